# ruff: noqa: E501
"""Held-out evaluation passages, set 7 (blind). Markers: {{r:..}} registered private person,
{{p:..}} unregistered private person, {{u:..}} public name (figure, place, organisation,
company, ship). Built by build_heldout.py heldout7."""

PASSAGES: list[dict] = [
    {
        "id": "h7-en-01",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Kang Il-nam", "강일남", "coworker", ["Sparrow"]),
            ("Han Song-gwang", "한성광", "witness", ["Big Han"]),
            ("Ju Yong-chol", "주영철", "supervisor", ["Old Hook"]),
        ],
        "note": "Fisherman interview with speaker labels; vessel names; captain by nickname; crew by nicknames only.",
        "text": """Interview 2024-03-14, {{u:Busan}}. I = interviewer, W = witness {{r:Han Song-gwang}}.
I: Which boat were you on first?
W: The {{u:Ryongsong 7}}, a squid boat out of {{u:Wonsan}}. In 2019 they sold our fishing right and we were moved onto a Chinese boat, the {{u:Lu Rong Yu 2682}}, but the North Korean crew stayed together.
I: Who was the captain?
W: Captain {{r:Ju Yong-chol}}. Behind his back we said "{{r:Old Hook}}" because he caught men the way he caught squid. {{r:Ju}} had the only radio.
I: And the crew?
W: Eleven of us. {{r:Sparrow}} was the smallest, his real name {{r:Kang Il-nam}}. {{p:Big Eyes}} was from {{u:Hamhung}}. The cook was {{p:Uncle Ri}}, old, maybe sixty. They called me {{r:Big Han}}.
I: Did {{r:Ju}} beat people?
W: Once he hit {{r:Sparrow}} with a gaff. {{p:Uncle Ri}} hid {{r:Kang}} in the cold store for a night. Nobody said anything, not even the political officer, {{p:Choe}}.
I: What happened when you came into port?
W: At {{u:Dalian}} a Chinese agent, Mr {{p:Zhou}}... no, I mean {{p:Zhou}} was his name, {{p:Zhou Qiang}}, came on board with envelopes. The envelopes went to {{r:Ju}}. We saw none of it.
I: Thank you, {{r:Han}}. Anything to add?
W: Write that {{r:Sparrow}} is still out there. The {{u:Ryongsong 7}} never came back to {{u:Wonsan}}.""",
    },
    {
        "id": "h7-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pak Chol-ho", "박철호", "witness", ["Chol-ho"]),
            ("Ri Kwang-nam", "리광남", "coworker", ["Kwang-nam"]),
        ],
        "note": "Russian logging camp narrative; Russian names with patronymics, Cyrillic, diminutives; Putin public.",
        "text": """I, {{r:Pak Chol-ho}}, was at camp 12 of the {{u:Tyndales}} concession north of {{u:Tynda}} from 2015 to 2018. The camp belonged on paper to {{u:Sungri Forestry Company}} and the Russian partner was {{u:Amurlesprom}}.

The Russian brigadier was {{p:Nikolai Petrovich Sorokin}}, in Russian {{p:Николай Петрович Сорокин}}. We called him {{p:Petrovich}}, the way Russians do. He drank, but he was fair. His wife {{p:Valentina}} ran the shop at the railway halt and sold us bread on credit. The driver was {{p:Sasha}}, {{p:Aleksandr Gennadyevich Kim}}, a Koryo-saram whose grandfather came from {{u:Primorye}}; he spoke a little Korean and told us about {{u:Vladimir Putin}} on the television.

My partner on the saw was {{r:Ri Kwang-nam}}. {{r:Kwang-nam}} lost two fingers in the winter of 2016. The North Korean camp chief, {{p:Hwang Chol-su}}, said it was his own fault and took away his sick days. {{p:Sorokin}} drove him to the hospital in {{u:Tynda}} himself. At the hospital a nurse, {{p:Галина}} ({{p:Galina}}), wrote his name as {{r:Ли Гван Нам}}.

When {{r:Kwang-nam}} came back, {{p:Hwang}} made him sort logs. {{r:Ri}} told me: "{{r:Chol-ho}}, we will die in this forest." I left in 2018 through {{u:Khabarovsk}}. I do not know where {{r:Ri Kwang-nam}} is now.""",
    },
    {
        "id": "h7-en-03",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Son Il-guk", "손일국", "coworker", []),
            ("Jong Myong-su", "정명수", "witness", ["Jung Myung-soo"]),
            ("Yu Chang-ho", "유창호", "supervisor", []),
        ],
        "note": "Qatari construction camp; Nepali/Indian co-workers; Jong/Jung spellings; Yu as surname next to 'you'.",
        "text": """Caseworker summary. {{r:Jong Myong-su}} (South Korean ID: {{r:Jung Myung-soo}}) arrived in {{u:Doha}} in May 2014 with a team of forty-two from {{u:Chonnyon Construction}}, working as subcontractors on a housing project in {{u:Lusail}} for a Qatari firm, {{u:Al Sraiya Holding}}. The workers lived in a camp in the {{u:Industrial Area}}, four bunks to a container.

The team leader, {{r:Yu Chang-ho}}, collected the salaries. "You will get it in {{u:Pyongyang}}," {{r:Yu}} told them. {{r:Jong}} says the Qatari site engineer, {{p:Khalid Al-Marri}}, asked once why the Koreans worked at night; {{r:Yu}} answered that they liked the cool air.

His bunk mates were {{p:Pang Chol}}, {{r:Son Il-guk}} and a young man from {{u:Kaesong}} whom everyone called "the {{p:Student}}". A Nepali worker from the next camp, {{p:Dil Bahadur Gurung}}, traded cigarettes for rice. When {{r:Son}} fell from the fourth floor in August 2015, it was {{p:Gurung}} and an Indian foreman, {{p:Suresh Nair}}, who carried him to the road. {{r:Yu}} reported to the embassy that {{r:Son Il-guk}} had "returned home for family reasons".

{{r:Jong Myong-su}} left {{u:Qatar}} in 2016. He asks that {{p:Pang}}'s name not appear anywhere.""",
    },
    {
        "id": "h7-en-04",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Chae Mi-hyang", "채미향", "supervisor", []),
            ("Kim Un-suk", "김은숙", "witness", ["Un-suk", "K.U.S."]),
            ("Kim Yong-chol", "김영철", "relative", []),
        ],
        "note": "Caseworker follow-up notes over months; initials; witness Kim next to Kim Jong Un and the Ministry of State Security; caseworker initials too.",
        "text": """FOLLOW-UP LOG - client {{r:K.U.S.}} (file 2023-117)

2023-04-02 First meeting in {{u:Seoul}}. {{r:Kim Un-suk}} worked 2017-2020 in a garment factory in {{u:Hunchun}} run by {{u:Hunchun Huaxin Garments}}. Very tired, does not want photos. Husband {{r:Kim Yong-chol}} still in {{u:Chongjin}}. Case worker: {{p:J.H.P.}}

2023-05-10 {{r:Un-suk}} called. Headaches. Referred to Dr {{p:Oh Se-ra}} at {{u:Hanawon}} clinic.

2023-06-21 Met at the office. {{r:Kim}} named the factory line leader: {{r:Chae Mi-hyang}}, and the Chinese owner "Boss {{p:Liu}}". She said the political instructor read out letters from {{u:Kim Jong Un}} every Monday. {{r:Chae}} took phones.

2023-08-30 Client upset. Heard rumours that her husband {{r:Yong-chol}} was questioned by the {{u:Ministry of State Security}}. We did not contact anyone in the North.

2023-10-03 {{r:Un-suk}} asked if her testimony could go to the {{u:UN}}. Explained consent. She agreed to {{u:OHCHR}} only. Note: she does NOT want her name given to {{u:NIS}}.

2023-12-15 Closing note by {{p:J.H.P.}}: {{r:K.U.S.}} is working in a bakery in {{u:Incheon}}. Next check March. {{r:Chae Mi-hyang}} reportedly promoted.""",
    },
    {
        "id": "h7-en-05",
        "language": "en",
        "eol": "crlf",
        "persons": [("Ryu Kyong-chol", "류경철", "witness", ["Yoo Kyung-chul"])],
        "note": "Hospital discharge summary in English; doctors and nurses are private; hospital public; ALL CAPS name header.",
        "text": """{{u:VLADIVOSTOK CITY CLINICAL HOSPITAL No. 2}} - DISCHARGE SUMMARY (translated)
Patient: {{r:RYU KYONG CHOL}} / {{r:Рю Кён Чхоль}}
Date of birth: 1984-02-11. Nationality: DPRK. Employer: {{u:Rungrado Trading}}, construction site on {{u:Russky Island}}.
Admitted: 2017-07-03. Discharged: 2017-07-19.
Diagnosis: Fracture of left tibia, fall from height. Dehydration.
Attending physician: Dr. {{p:Elena V. Morozova}}. Surgeon: {{p:Igor Smirnov}}. Ward nurse: {{p:T. Kuznetsova}}.
Notes: Patient accompanied by compatriot Mr. {{r:Jon}} who acted as interpreter and insisted on early discharge. Patient could not answer questions without {{r:Jon}} present. Dr {{p:Morozova}} recommends 6 weeks without load.
Signature: {{p:E. Morozova}}

[Added by our translator:] {{r:Ryu}} says {{r:Jon}} was the site security man, full name {{r:Jon Kwang-hyok}}. {{r:Ryu}}, whose South Korean papers read {{r:Yoo Kyung-chul}}, went back to work after nine days.""",
    },
    {
        "id": "h7-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Cha Myong-il", "차명일", "witness", []),
            ("Kang Song-nam", "강성남", "supervisor", []),
        ],
        "note": "Police statement (Poland), Polish names; Kang by surname alone; police officer and interpreter private.",
        "text": """{{u:Komenda Miejska Policji w Gdańsku}} - statement of witness (English working translation)
Taken by: sierż. {{p:Marta Wiśniewska}}. Interpreter: {{p:Lee Ji-won}}.
Witness: {{r:Cha Myong-il}}, born 1979, citizen of DPRK, welder employed through {{u:Armex}} at the {{u:Crist}} shipyard.

I was brought to {{u:Poland}} in 2015. Our group leader was {{r:Kang Song-nam}}. {{r:Kang}} kept all passports in his room at the hostel on {{u:Marynarki Polskiej}} street. On 12 November a Polish colleague, {{p:Tomasz Nowak}}, saw {{r:Kang}} push me against a container because I asked about my pay. {{p:Nowak}} called the foreman, {{p:Krzysztof}}. After that {{r:Kang}} told everyone not to speak with Poles.

Another worker, {{p:Ri Yong-guk}}, was sent home in October. I do not know why. The welder {{p:O Chol-jin}} said {{p:Ri}} had spoken to a journalist.

Witness's signature: {{r:Cha Myong-il}}. The statement was read back to the witness by {{p:Lee}} in Korean.""",
    },
    {
        "id": "h7-en-07",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Moon Jae-sik", "문재식", "witness", []),
            ("Song Hye-ran", "송혜란", "witness", []),
            ("Bang Kwang-ho", "방광호", "witness", []),
        ],
        "note": "List of returnees; Moon/Song/Bang/Gang/Do/O as surnames; ordinary words moon/song nearby; Moon Jae-in public.",
        "text": """LIST OF RETURNEES INTERVIEWED, {{u:Ulaanbaatar}} transit, spring 2018 (compiled for the {{u:Ministry of Unification}})
No. | Name | Sector | Notes
1 | {{r:Moon Jae-sik}} | construction, {{u:Ulaanbaatar}} | not related to President {{u:Moon Jae-in}}
2 | {{r:Song Hye-ran}} | textile, {{u:Erdenet}} | sang a song at the farewell; do not quote
3 | {{r:Bang Kwang-ho}} | mining, {{u:Nalaikh}} | brother of {{p:Bang Kwang-su}} (still in {{u:Mongolia}})
4 | {{p:Gang Yong-il}} | construction | minor; no statement
5 | {{p:Do Un-hui}} | restaurant, {{u:Pyongyang Restaurant}} | wants to talk later, do call
6 | {{p:O Myong-hwa}} | restaurant | with {{p:Do}}
7 | {{p:No Chol}} | mining | says no to interview
Totals: 7. Interviewer: {{p:Baasanjav}} ({{u:Mongolian Red Cross}} volunteer).
Remarks: {{r:Moon}} and {{r:Bang}} arrived together on a night of full moon. {{r:Song}} knows {{p:O}} from the restaurant.""",
    },
    {
        "id": "h7-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [("Choe Yong-hui", "최영희", "witness", ["Choi Young-hee"])],
        "note": "Radio broadcast transcript; presenter and guests; public figures (UN rapporteur, Kim Il Sung); unregistered co-worker nickname.",
        "text": """[TRANSCRIPT - "Voices from the North", {{u:Radio Free Asia}} Korean service, English translation]

PRESENTER ({{p:Lee Seung-min}}): Good evening. Tonight we hear from a woman who spent four years in a seafood plant in {{u:Donggang}}, {{u:China}}. For her safety we use the name she gave us, but she has asked that we say it: {{r:Choe Yong-hui}}.

{{r:CHOE}}: Thank you, {{p:Seung-min}}. Yes, I am {{r:Choe Yong-hui}}. In the South they write {{r:Choi Young-hee}}.

PRESENTER: The {{u:UN Special Rapporteur}}, {{u:Elizabeth Salmón}}, has written about plants like yours.

{{r:CHOE}}: Yes. We peeled crab from six in the morning. Our leader was a woman we called "{{p:Sister Captain}}". Her real name was {{p:Ri Chun-ok}}. {{p:Ri}} was not cruel, she was afraid. On the birthday of {{u:Kim Il Sung}} we got one egg each.

PRESENTER: And the Chinese managers?

{{r:CHOE}}: The manager was Mr {{p:Gao}}, {{p:Gao Wenjun}}. He was kind to {{p:Mi-ran}}, the youngest, and {{p:Ri}} was punished for it.

PRESENTER: {{r:Choe Yong-hui}}, thank you. Next week: workers at the {{u:Kim Chaek Iron and Steel Complex}}.""",
    },
    {
        "id": "h7-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Hong Myong-chol", "홍명철", "coworker", []),
            ("Sim Kwang-chol", "심광철", "witness", ["Kwang-chol"]),
            ("Ri Jong-ae", "리정애", "relative", ["Jong-ae"]),
            ("Tak Yong-su", "탁영수", "supervisor", []),
        ],
        "note": "Long narrative (over 5,000 characters) with most names late in the text; split name across a line break; Kim Il Sung public.",
        "text": """Written account, translated from Korean. The author asked that the first part be kept as he wrote it, without names, because he wrote it while still afraid.

I was born in a mining town in the east, where the mountains come down almost to the sea and the wind off the water smells of coal and salt at the same time. My father worked underground and my mother sold noodles at the station. When I finished school I did my military service, ten years of it, most of it building roads in places where there were no cars. When I came home the mine was half closed and there was no ration. A man from the district office said there were places abroad where a worker could earn in a month what we earned here in ten years, and that the Party would choose the loyal ones. I was loyal. I had no idea what the word meant in practice.

We were trained for three weeks. They taught us how to answer if a foreigner asked about our wages (we were to say we were paid well and sent money home of our own free will), what songs to sing on the holidays, and that anyone who ran away would have his family sent to the mountains. Then we went by train to the border and by bus through a country whose name I was told not to say to anyone at home, and then by plane. The first thing I remember is the heat. It was like opening an oven. The second thing I remember is the smell of the camp toilets.

The work was concrete. For the first year I carried bags of cement up ladders. Later I learned to tie rebar and then I was trusted with the pump. We started at six and finished when the light was gone, and in the summer they had us work at night under floodlights because the foreign inspectors did not come at night. We had one day of rest a month, sometimes none. On the rest days we had self-criticism sessions in the morning and cleaned the camp in the afternoon. There was a television, but it only played discs brought from home.

Food was rice, cabbage soup and sometimes fish heads that the cook got cheaply from a market. Men got sick. When a man got sick he was not paid for the days he was sick, and the days were added to what he owed for food and for the bed. I learned that we all owed money. We owed money for the plane ticket, for the training, for the loyalty fund, for the gift to the Party on the great holidays, and for the electricity that ran the air conditioner which did not work. At the end of the first year I was told I had earned enough to send home the equivalent of two sacks of rice.

I do not want to write about the beatings in detail. There were beatings. Most were not by the foremen but by the men among us who were made responsible for others, who were afraid of being sent home themselves. I understand them now. I did not then.

The foreign workers in the next camp were from many countries. At first we were forbidden to speak to them. Later, when the managers were drunk, we did. They were surprised that we had no phones. Some of them gave us old phones and we hid them in the ceiling panels. One of those phones changed my life, because on it I saw pictures of the South, and I heard a song that I still cannot hear without crying.

Some nights I could not sleep for the heat, and I lay on the top bunk and listened to the generators and counted the days. I had promised myself I would count every day until I went home, and for two years I did. I wrote the numbers on the inside of a cigarette packet with a nail. When the packet was full I started another. Then one night during an inspection the packets were found and thrown away, and the man who found them laughed and asked me whether I was counting days in prison. After that I stopped counting. I think that was when I started to think about leaving, though I did not say it even to myself.

In the third year I decided to leave. I will not write how, because others may need the same road. I will only say that I was helped by people of three nationalities and by a church, and that I spent eleven months waiting in a room with no window before I could fly.

Now I can write the names, because the lawyer says they matter.

My name is {{r:Sim Kwang-chol}}. I worked for {{u:Namgang General Construction}} in {{u:Kuwait}} from 2011 to 2014, on a housing project in {{u:Jaber Al-Ahmad City}}. The company's office in {{u:Pyongyang}} is near {{u:Kim Il Sung Square}}, and our site manager liked to say that we were building a monument to {{u:Kim Il Sung}} in the desert.

The site manager was {{r:Tak Yong-su}}. {{r:Tak}} kept the passports. The men who beat others were {{r:Hong Myong-chol}} and a man from {{u:Hyesan}} we called "{{p:Shovel}}", whose name I think was {{p:Kye Chang-ho}}. {{r:Hong}} once broke the arm of {{p:Pak Il-song}}, who was nineteen. {{r:Tak}} reported it as an accident.

The Egyptian foreman who gave us the phones was {{p:Ahmed Fathy}}. The Filipino nurse in the company clinic, {{p:Marites Santos}}, treated {{p:Pak Il-song}} without a record. The pastor who helped me was Pastor {{p:Daniel Cho}}.

My wife is {{r:Ri Jong-ae}}. {{r:Jong-ae}} stayed in {{u:Tanchon}} with our daughter {{p:Sim Ok-ryon}}. I have not heard from {{r:Jong-ae}} since 2015. If anyone reads this who knows {{r:Ri Jong-\nae}}, tell her that {{r:Kwang-chol}} is alive.

Signed, {{r:Sim Kwang-chol}}""",
    },
    {
        "id": "h7-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yun Hye-song", "윤혜송", "witness", ["Hye-song"]),
            ("Pak Myong-sun", "박명순", "coworker", ["Granny Ok"]),
        ],
        "note": "Translator's memo on naming choices; nickname Granny Ok for a person not named Ok; soft hyphen inside a name; Pak/Park.",
        "text": """MEMO from the translator to the editing team
Re: interview with {{r:Yun Hye-song}}, tapes 3-5

1. The witness refers to an older co-worker as "{{r:Granny Ok}}". This is a nickname; her real name is {{r:Pak Myong-sun}} (the witness explained that she always wore an ok-coloured jade ring, so "ok" is not her surname). I have kept "{{r:Granny Ok}}" where the witness used it and "{{r:Park Myong\u00adsun}}" where she gave the full name in the South Korean spelling.

2. On tape 4 she says "{{r:Hye-song}}, you talk too much" - she is quoting her supervisor, {{p:Kwon Chol-nam}}, about herself.

3. "The Director" is a title used for {{p:Kwon}}'s superior at {{u:Korea Rungra 888 Trading Company}}; she never gave a name. I did not mark it.

4. The Chinese interpreter at the plant in {{u:Hunchun}} was {{p:Jin Meilan}}, an ethnic Korean from {{u:Yanbian}}; the witness also calls her "{{p:Meilan}}-eonni".

5. Places: {{u:Hoeryong}}, {{u:Tumen}}, {{u:Hunchun}}. Company: {{u:Hunchun Yongxin Aquatic Products}}.

- {{p:S. Park}}, translator""",
    },
    {
        "id": "h7-en-11",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Jo Myong-hui", "조명희", "supervisor", []),
            ("Jang Ok-ryon", "장옥련", "witness", ["Ok-ryon"]),
            ("Ri Sun-hui", "리순희", "coworker", []),
        ],
        "note": "Chinese seafood plant account; Chinese managers in pinyin and Hanzi; registered North Korean dormitory leader by surname.",
        "text": """My name is {{r:Jang Ok-ryon}}. From 2016 to 2019 I peeled shrimp and cleaned squid at {{u:Dandong Haiyang Seafood}} in the {{u:Donggang}} development zone. There were about three hundred of us, all women, from {{u:South Pyongan}} and {{u:Nampo}}.

The general manager was Chinese, {{p:Wang Jianguo}} ({{p:王建国}}). His deputy, {{p:Zhang Li}} ({{p:张丽}}), did the quality checks and shouted "kuai, kuai" at us. The North Korean side was run by {{r:Jo Myong-hui}}, the dormitory leader, and above her by a man from the embassy in {{u:Beijing}}, but we only saw him twice.

My friend {{r:Ri Sun-hui}} worked next to me. {{r:Sun-hui}} cut her hand on a crab shell and it went bad. {{p:Zhang}} wanted to send her to the hospital but {{r:Jo}} said no, the hospital would ask questions. {{p:Wang}} finally drove {{r:Ri}} to a clinic himself. After that {{r:Jo}} made {{r:Ok-ryon}} and {{r:Sun-hui}} write self-criticism every night for a week.

I remember one more name, a Chinese forklift driver, {{p:Lao Sun}}, who let us listen to his radio. He was {{p:Sun Dehai}} ({{p:孙德海}}).""",
    },
    {
        "id": "h7-en-12",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Min Sang-chol", "민상철", "supervisor", []),
            ("O Kum-chol", "오금철", "witness", ["Kum-chol"]),
            ("Hyok", "혁", "coworker", ["Ri Hyok"]),
        ],
        "note": "Diary entries (Mongolia); one-syllable given name Hyok; surname O; emoji; Mongolian names.",
        "text": """Diary of {{r:O Kum-chol}}, {{u:Ulaanbaatar}}, translated entries

3 Feb. Minus 30. Poured concrete anyway. {{r:Hyok}} fell asleep on the bus and the driver {{p:Ganbold}} covered him with his coat. Team leader {{r:Min}} saw it and shouted at {{p:Ganbold}}.

14 Feb. Letter from home, opened. My mother writes that {{p:Kum-sil}} married. I read it twice. {{r:Hyok}} 😂 laughed at me for crying.

16 Feb. Birthday of {{u:Kim Jong Il}}. Meeting. {{r:Min Sang-chol}} read the speech. Afterwards {{r:Ri Hyok}} said quietly, "{{r:O}}, do you think they pay us this year?" I said O no.

2 Mar. {{p:Tsetseg}}, the woman who sells buuz near the site, gave {{r:Hyok}} and me two each 🥟. I will remember her.

19 Mar. {{r:Hyok}} was taken to the embassy. Nobody says why. {{r:Min}} says he is "going home to study". 😞

20 Mar. I, {{r:Kum-chol}}, write this for {{r:Hyok}}. If this book is found, I wrote it myself.""",
    },
    {
        "id": "h7-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Chang-su", "리창수", "supervisor", []),
            ("An Yong-chol", "안영철", "witness", []),
            ("Gang Myong-ho", "강명호", "coworker", []),
        ],
        "note": "Shipyard in Poland; An and Gang surnames next to ordinary 'an' and 'gang'; zero-width joiner inside a name.",
        "text": """Statement summary. {{r:An Yong-chol}} worked at the {{u:Nauta}} shipyard in {{u:Gdynia}} from 2014 to 2016, hired through the Polish agency {{u:Wonder Sp. z o.o.}} He was an electrician in a gang of nine Koreans.

The gang was led by {{r:Ri Chang-su}}. {{r:An}} describes {{r:Ri}} as "an ordinary man who became an animal when the embassy called". His closest friend was {{r:Gang Myong\u200d-ho}}, a painter. {{r:Gang}} and {{r:An}} shared a room with {{p:Cha Kwang-il}} and the minder's spy, "the {{p:Rabbit}}".

The Polish foreman, {{p:Andrzej Kowalczyk}}, gave them an hour off when a Polish labour inspector, {{p:Beata Zielińska}} of the {{u:Państwowa Inspekcja Pracy}}, came. {{r:Gang}} wanted to speak to her; {{r:Ri}} stopped him.

In 2016 {{r:An Yong-chol}} heard that {{r:Gang}} had been sent to work in {{u:Russia}}. He would like to find him.""",
    },
    {
        "id": "h7-en-14",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Pak Song-chol", "박성철", "witness", ["Ｐａｋ"]),
            ("Kim Hyon-u", "김현우", "coworker", []),
        ],
        "note": "Malaysia coal mine; fullwidth Ｐａｋ; Malay and Chinese-Malaysian names; emoji; all caps.",
        "text": """Notes typed by a volunteer from a phone call, {{u:Kuching}}, {{u:Sarawak}} 📞
Caller: {{r:Ｐａｋ Ｓｏｎｇ－ｃｈｏｌ}} (typed on his phone in fullwidth, kept as is). Says {{r:Ｐａｋ}} is fine, we can use it.
Worked at a coal mine near {{u:Mukah}} owned by {{u:Bumi Arang Sdn Bhd}}, 2015-2017. Fifty DPRK workers.
Boss: Encik {{p:Rahman}}? no - Malaysian manager is {{p:Abdul Rahman bin Yusof}}. Chinese-Malaysian supervisor {{p:Lim Chee Keong}}.
DPRK minder: {{p:KIM SONG-IL}} 😠 "do not write his name in the open" - hence here only.
Friend: {{r:Kim Hyon-u}}. {{r:Hyon-u}} got sick with lungs, {{p:Lim}} paid for the doctor. {{r:Kim}} went home 2017.
Also mentioned: a Sarawakian cook, {{p:Aunty Siti}}, who hid letters.
Follow-up: ask {{r:Pak}} about the Malaysian police report after the {{u:Kim Jong-nam}} case in 2017 - all DPRK workers were moved after that.""",
    },
    {
        "id": "h7-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Yong-nam", "리영남", "witness", ["영남"]),
            ("Kang Sun-ok", "강순옥", "relative", ["순옥"]),
        ],
        "note": "Letter from a wife; given names with particles and vocative 아; kinship words unlabelled; children named.",
        "text": """{{r:영남}} 씨에게

당신이 {{u:러시아}}로 떠난 지 벌써 세 해가 되었어요. 나 {{r:순옥}}이는 애들 데리고 잘 있어요. {{p:은별}}이는 올해 소학교 들어갔고 {{p:은철}}이는 아직도 밤마다 아빠를 찾아요.

지난달에 {{p:정}}씨 아저씨가 {{u:하바롭스크}}에서 돌아왔는데, 당신 소식을 물으니 {{r:리영남}}이는 {{u:아무르}} 쪽 벌목장에 있다고만 하더군요. {{p:정}}씨 말로는 거기 반장 {{p:허광수}}가 사람을 많이 괴롭힌다고 해요. 몸조심해요.

어머니는 허리가 더 나빠지셨어요. 시누이 {{p:리영실}}이가 가끔 와서 도와줘요. 인민반장 {{p:최}} 아주머니가 당신 돈 얼마나 보내오냐고 자꾸 물어봐서 속상해요.

{{r:영남}}아, 제발 무사히만 돌아와요. 돈은 못 벌어도 괜찮아요.

{{u:함흥}}에서 당신의 아내 {{r:강순옥}} 씀""",
    },
    {
        "id": "h7-ko-02",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Tak Song-ho", "탁성호", "coworker", ["큰형"]),
            ("Jo Chol-min", "조철민", "witness", ["철민"]),
            ("Pyon Kwang-il", "변광일", "supervisor", []),
        ],
        "note": "Fisherman Q&A in Korean (문/답); vessel names; crew nicknames 큰형, 꼬맹이, 곰; 철민이가 particles.",
        "text": """면담 기록 (2023. 9. 7. {{u:서울}})
문: 성함을 말씀해 주세요.
답: {{r:조철민}}입니다. 배에서는 다들 {{r:철민}}이라고 불렀어요.
문: 어느 배를 타셨습니까?
답: 처음엔 {{u:원산}} 선적 {{u:대흥 12호}}를 탔고, 나중에 중국 배 {{u:辽大远渔 8호}}로 옮겼습니다. 선장은 {{r:변광일}}이었어요.
문: 선원들은 어땠습니까?
답: 열세 명이었어요. 제일 나이 많은 사람을 {{r:큰형}}이라고 불렀는데 본명은 {{r:탁성호}}예요. 막내는 {{p:꼬맹이}}, {{p:문}}가였고요. 덩치 큰 {{p:곰}}이라는 친구도 있었죠.
문: 선장이 폭행한 적이 있습니까?
답: {{r:변}} 선장은 술만 먹으면 때렸어요. {{p:꼬맹이}}가 그물 정리를 늦게 했다고 갑판에서 발로 찼어요. 그때 {{r:큰형}}이 막아섰다가 같이 맞았습니다.
문: 임금은요?
답: {{u:대련}} 항구에서 중국 대리인 {{p:왕}}씨... 아니, {{p:왕}}씨가 봉투를 주면 {{r:변광일}}이가 다 가져갔어요. {{r:철민}}이가 받은 건 담배 두 보루뿐이에요.
문: 더 하실 말씀은요?
답: {{r:큰형}}은 2020년에 배에서 죽었어요. 그 이름 꼭 남겨 주세요.""",
    },
    {
        "id": "h7-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Tae-sik", "김태식", "witness", []),
            ("Han Il-gwon", "한일권", "coworker", ["일권"]),
        ],
        "note": "Russian logging camp memoir in Korean; Russian names in Hangul and Cyrillic; patronymic; 한 as surname vs 한 (one).",
        "text": """나 {{r:김태식}}은 2012년부터 2017년까지 {{u:아무르주}} {{u:틴다}} 부근 제3벌목장에 있었다. 회사는 {{u:승리무역}}이었고 러시아 측은 {{u:아무르레스}}라는 회사였다.

러시아 감독은 {{p:세르게이 이바노비치}}, 러시아 글로 {{p:Сергей Иванович Белов}}였다. 우리는 그냥 {{p:벨로프}}라고 불렀다. {{p:벨로프}}는 한 달에 한 번 보드카를 가져와 우리 쪽 작업반장 {{p:남}}가에게 줬다.

같은 조에 {{r:한일권}}이 있었다. {{r:일권}}이는 한 번도 불평하지 않는 사람이었다. 한겨울에 나무가 넘어져 {{r:한}}이 다리를 다쳤을 때 {{p:남}} 반장은 병원에 안 보냈다. 러시아 운전수 {{p:볼로쟈}}({{p:Володя}})가 몰래 {{u:틴다}} 병원까지 태워다 줬다.

그 후 {{r:한일권}}은 귀국했다. 보위지도원 {{p:엄성철}}이 "{{r:한}}동무는 조국에서 치료받는다"고 했지만, 누구도 믿지 않았다.""",
    },
    {
        "id": "h7-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Hong Myong-sil", "홍명실", "supervisor", []),
            ("Yun Mi-hyang", "윤미향", "witness", ["미향"]),
            ("Ri Kyong-hui", "리경희", "coworker", ["경희"]),
        ],
        "note": "Chinese seafood plant account; Chinese names in Hanzi and Hangul reading; 언니 after a co-worker's given name left outside the span; 이가/는 particles.",
        "text": """저는 {{r:윤미향}}입니다. 2017년에 {{u:단둥}}의 {{u:단둥화성수산}}에 파견됐습니다. 가공공장에는 우리 여성 노동자가 이백 명 넘게 있었습니다.

공장 사장은 {{p:류지강}}({{p:刘志刚}})이라는 중국 사람이었고, 현장 관리는 {{p:마샤오훙}}({{p:马晓红}})이 맡았습니다. 우리는 {{p:마}} 과장이라고 불렀어요. 북한 쪽 책임자는 {{r:홍}} 지배인, 이름은 {{r:홍명실}}이었습니다.

제 옆자리에는 {{r:경희}} 언니가 있었어요. {{r:리경희}}는 저보다 다섯 살 많았고 {{u:남포}} 출신이었습니다. {{r:경희}}는 손이 빨라서 늘 할당량을 넘겼는데도 {{r:홍명실}}이가 돈을 다 떼갔어요.

한번은 {{p:마}} 과장이 우리에게 초콜릿을 줬다가 {{r:홍}} 지배인한테 들켜서 {{r:미향}}이랑 {{r:경희}}가 둘 다 자아비판을 했습니다. 그날 밤 {{r:경희}} 언니가 "{{r:미향}}아, 우리 언젠가 여기서 나가자" 했어요.""",
    },
    {
        "id": "h7-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Min-chol", "민철", "coworker", []),
            ("Chae Hyok", "채혁", "witness", ["혁"]),
            ("So Myong-guk", "소명국", "supervisor", []),
        ],
        "note": "Diary entries in Korean; one-syllable given name 혁 with 이; surname 소 vs 소 (cow); emoji; Kim Jong Un public.",
        "text": """{{u:카타르}} 일기 - {{r:채혁}}

5월 3일. 덥다. 오늘도 {{u:루사일}} 현장. 조장 {{r:소명국}}이 물을 두 번밖에 안 줬다. {{r:민철}}이가 쓰러졌다.

5월 4일. {{r:민철}}이는 숙소에 누워 있다. {{r:소}} 조장은 "소처럼 일해야 산다"고 했다. 소 같은 건 {{r:소명국}} 자기 자신이다.

5월 9일. 네팔 사람 {{p:람}}이 담배를 줬다. {{p:람}}은 우리 말로 "{{r:혁}}이, 좋아"라고 한다 😊

5월 15일. 정치학습. {{u:김정은}} 동지의 노작. 졸았다고 {{p:백}}반장한테 맞았다.

5월 20일. 집에서 편지. 누나가 "{{r:혁}}아 밥 잘 먹어라" 썼다. 울었다 😢 {{r:민철}}이가 놀렸다.

5월 28일. {{r:소}} 조장이 여권을 다시 걷었다. {{p:백}}반장 말로는 {{u:조선대외건설}} 본사 검열이 온단다.""",
    },
    {
        "id": "h7-ko-06",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Pyo Yong-ho", "표영호", "supervisor", []),
            ("Mun Song-hui", "문성희", "witness", ["성희"]),
            ("Mun Chol", "문철", "relative", ["철"]),
        ],
        "note": "Caseworker follow-up notes over months; 문 as surname vs 문 (door); initials ㅁㅅㅎ; counsellor names.",
        "text": """사후관리 기록 - 내담자 {{r:ㅁㅅㅎ}}

2022.02.14 첫 상담. {{r:문성희}} 씨, {{u:쿠웨이트}} 건설현장 식당에서 2015~2019 근무. 남동생 {{r:문철}}도 같은 현장. 담당 상담사 {{p:장수진}}.

2022.03.20 {{r:성희}} 씨 불면 호소. {{u:하나원}} 연계 {{p:이}} 선생님 소개.

2022.05.02 문을 잠그지 않으면 잠을 못 잔다고 함. 현장 식당 책임자 {{r:표영호}}에 대해 처음 말함. {{r:표}}가 여성 조리원들에게 술시중을 강요했다고.

2022.07.11 {{r:문철}}의 소식 들었다고 함 - {{u:쿠웨이트}}에서 {{u:중국}}으로 재파견. 내담자 불안 큼.

2022.09.30 {{r:문}} 씨 취업 ({{u:인천}} 물류센터). 동료 {{p:김}}모 씨와 갈등 있었으나 해결.

2022.12.22 종결 상담. {{r:성희}} 씨 "{{r:철}}이만 나오면 된다"고 함. 담당 {{p:장수진}}, 검토 {{p:ㅎㅈㅇ}}.""",
    },
    {
        "id": "h7-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Choe Kwang-ho", "최광호", "witness", []),
            ("Ri Myong-chol", "리명철", "other", []),
        ],
        "note": "Police statement in Korean (Korean police); detective and interpreter private; broker unregistered; Hanja name.",
        "text": """진 술 조 서

진술인: {{r:최광호}} ({{r:崔光浩}}), 1981년생
조사자: {{u:인천경찰청}} 외사과 경위 {{p:박준영}}
참여자: 통역 없음

문: 진술인은 어떻게 입국하였나요?
답: 저는 {{u:중국}} {{u:훈춘}}의 의류공장에서 일하다가 2019년 탈출하였습니다. 브로커 {{r:리명철}}의 도움을 받았습니다.
문: {{r:리명철}}은 어떤 사람인가요?
답: 조선족이고 {{u:연길}}에 삽니다. 중국 이름은 {{r:李明哲}}입니다. {{r:리}}가 저를 {{u:라오스}}까지 데려갔습니다.
문: 공장에서 폭행을 당한 적이 있나요?
답: 네. 직장장 {{p:계영수}}가 저와 {{p:량철진}}을 때렸습니다. {{p:량}}은 고막이 터졌습니다.
문: 더 할 말이 있나요?
답: {{p:박}} 경위님께 감사합니다. 제 가족이 {{u:혜산}}에 있으니 이름이 나가지 않게 해 주십시오.

진술인 {{r:최광호}} (무인)""",
    },
    {
        "id": "h7-ko-08",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ha Song-il", "하성일", "witness", []),
            ("Yang Kum-hui", "양금희", "witness", []),
            ("Jon Yong-bom", "전영범", "witness", []),
            ("Do Chol-hun", "도철훈", "witness", []),
        ],
        "note": "List of returnees in Korean; table layout; surnames 하, 도, 전; 김정일 public; agency names.",
        "text": """귀환자 명단 ({{u:통일부}} 제출용, 2019년 하반기)
번호 / 성명 / 파견지 / 비고
1 / {{r:하성일}} / {{u:러시아}} {{u:블라디보스토크}} 건설 / 2019.08 입국
2 / {{r:양금희}} / {{u:중국}} {{u:훈춘}} 의류 / 남편 {{p:윤상철}} 북한 잔류
3 / {{r:전영범}} / {{u:쿠웨이트}} 건설 / {{r:하성일}}과 동행
4 / {{r:도철훈}} / {{u:몽골}} {{u:울란바토르}} 건설 / 형 {{p:도철만}} 현지 잔류
5 / {{p:권옥순}} / {{u:중국}} {{u:단둥}} 수산 / 미성년 자녀 동반
6 / {{p:석}}○○ / {{u:폴란드}} 조선소 / 이름 확인 중
비고: {{r:도}}씨와 {{r:전}}씨는 {{u:김정일}} 사망 당시 {{u:평양}}에 있었음. {{r:양}}씨는 언론 접촉 거부. 작성자 {{p:오세훈}}.""",
    },
    {
        "id": "h7-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [("Pak Jong-suk", "박정숙", "witness", ["정숙"])],
        "note": "Radio transcript in Korean; presenter private; public figures 김정은, 최선희 (minister), 엘리자베스 살몬.",
        "text": """[{{u:KBS 한민족방송}} '고향의 소리' 녹취]

진행자({{p:한지민}}): 안녕하십니까. 오늘은 {{u:몽골}} 건설현장에서 일하셨던 {{r:박정숙}} 씨를 모셨습니다.
{{r:박정숙}}: 안녕하세요. 북에서는 다들 {{r:정숙}}이라고 불렀어요.
진행자: {{u:유엔}} {{u:엘리자베스 살몬}} 특별보고관이 해외 노동자 문제를 보고서에 담았는데요.
{{r:박정숙}}: 네, 들었습니다. 저는 {{u:울란바토르}} 식당에서 일했어요. 지배인은 {{p:림순실}}이라는 여자였는데, {{p:림}} 지배인은 외무상 {{u:최선희}} 얘기를 자주 했어요. 자기 먼 친척이라고요. 거짓말이었겠지요.
진행자: 동료들은요?
{{r:박정숙}}: {{p:은주}}, {{p:설화}}, 그리고 요리사 {{p:구}}씨 아저씨요. {{p:은주}}는 {{u:김정은}} 생일 공연 때 노래를 했어요.
진행자: {{r:정숙}} 씨, 고맙습니다. 다음 주에는 {{u:통일부}} 관계자를 모십니다.""",
    },
    {
        "id": "h7-ko-10",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Kang Chol-jin", "강철진", "witness", ["철진"]),
            ("Son Yong-ho", "손영호", "supervisor", []),
        ],
        "note": "Qatar construction camp story in Korean; Nepali and Indian names in Hangul; 손 surname vs 손 (hand); zero-width space inside a name.",
        "text": """{{u:도하}}의 여름은 지옥이었다. {{r:강철진}}은 2013년 {{u:조선고려건설}} 소속으로 {{u:카타르}}에 갔다.

현장 책임자는 {{r:손영호}}였다. {{r:손}} 책임자는 손에 늘 장부를 들고 다녔다. 노동자들의 월급은 그 장부에만 있었다.

{{r:철진}}이와 같은 컨테이너를 쓴 사람은 {{p:함\u200b명수}}, {{p:길영철}}, 그리고 "{{p:안경}}"이라고 불린 {{p:우}}씨였다. {{p:함명수}}는 열사병으로 두 번 쓰러졌다.

옆 캠프의 네팔 노동자 {{p:비슈누}}와 인도인 감독 {{p:라메시 쿠마르}}가 물을 나눠 줬다. {{r:손영호}}는 그걸 알고 {{r:강철진}}을 불러 "외국놈들하고 말하지 말라"고 했다.

{{r:강}}씨는 2015년 귀국 명령을 받았지만 {{u:오만}} 쪽으로 탈출했다.""",
    },
    {
        "id": "h7-ko-11",
        "language": "ko",
        "eol": "lf",
        "persons": [("Ri Un-hyang", "리은향", "witness", ["은향"])],
        "note": "Hospital discharge summary in Korean; doctors and nurses private; hospital public; Hanja name.",
        "text": """퇴 원 요 약 지
{{u:국립중앙의료원}} 정신건강의학과

환자명: {{r:리은향}} ({{r:李恩香}}) / 여 / 42세
입원일: 2024-01-08  퇴원일: 2024-01-29
주치의: {{p:정혜원}}  담당간호사: {{p:오지은}}

주호소: 불면, 악몽, 과거 해외 파견 노동({{u:중국}} {{u:연길}} 봉제공장) 중 외상 경험.
경과: 입원 중 환자는 공장 관리자 "{{p:쑨}} 사장"({{p:孙}})과 북측 관리원 {{p:길정란}}에 대한 악몽을 반복 호소함. {{r:은향}} 씨는 3주차부터 수면 개선.
보호자: 없음 (동료였던 {{p:최미옥}} 씨가 면회).
퇴원 후 계획: {{u:남북하나재단}} 연계, {{p:정}} 교수 외래 2주 후.

작성: {{p:정혜원}}""",
    },
    {
        "id": "h7-ko-12",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ko Yong-hui", "고영희", "witness", []),
            ("Pang Sung-nam", "방승남", "coworker", []),
        ],
        "note": "Translator memo in Korean; witness shares name with public figure 고용희 (different spelling kept private); Polish names in Hangul; 방 surname vs 방 (room).",
        "text": """번역자 메모 (폴란드 증언 녹음 3번)

1. 증언자 {{r:고영희}}는 {{u:김정은}}의 생모 {{u:고용희}}와 이름이 비슷하나 전혀 관계없음. 녹음 중 "{{r:고}}"라고만 한 곳도 증언자 본인임.
2. {{r:방승남}}은 같은 방을 쓴 동료. 증언자는 "{{r:방}}가"라고 부름. 방 이야기와 혼동하지 말 것.
3. 폴란드인 관리자 이름은 {{p:야누시 코발스키}}({{p:Janusz Kowalski}}), 통역은 {{p:안나}}. {{p:코발스키}}는 {{u:그단스크}} 조선소 하청업체 {{u:폴마르}} 소속.
4. "{{p:노랑머리}}"는 {{p:안나}}의 별명으로 보임.
5. 녹음 마지막에 언급된 "{{p:조}} 부장"은 대사관 직원으로, 본명 미상.

번역 {{p:ㅇㅅㅁ}}""",
    },
    {
        "id": "h7-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Chol-mu", "김철무", "witness", ["ㄱㅊㅁ", "철무"]),
            ("Kim Yong-ae", "김영애", "relative", []),
        ],
        "note": "Family messenger chat in Korean; initials ㄱㅊㅁ; emoji adjacent to names; Kim Il Sung Square and 김책 public.",
        "text": """[카톡 대화 - 증언자 제공 캡처, 이름 일부 그대로]
누나 {{r:김영애}}: {{r:철무}}야 잘 도착했어?? 😭
{{r:철무}}: 응 누나 {{u:인천}}이야
누나 {{r:김영애}}: {{u:김책공대}} 동창 {{p:석진}}이도 거기 있다던데
{{r:철무}}: {{p:석진}}이는 {{u:러시아}}에 남았어. {{u:블라디보스토크}} {{p:차}}반장 밑에
누나 {{r:김영애}}: 🙏{{r:ㄱㅊㅁ}} 이름 쓰지 마 어디에도
{{r:철무}}: 알았어. 근데 상담사 {{p:윤}}선생님이 {{r:ㄱㅊㅁ}}로 적자고 했어
누나 {{r:김영애}}: 엄마가 {{u:김일성광장}}에서 행사할 때마다 네 생각한대
{{r:철무}}: 👍 {{p:차}}반장 이름은 {{p:차경일}}이야 나중에 증언할게""",
    },
    {
        "id": "h7-mixed-01",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ri Song-chol", "리성철", "witness", ["Lee Sung-chul", "성철"]),
            ("Kye Myong-hak", "계명학", "supervisor", []),
        ],
        "note": "Korean case note with English fields; Ri/Lee spellings; vessel; Chinese agent in pinyin and Hanzi.",
        "text": """Case DPRK-FISH-031 / 증언자 {{r:리성철}} ({{r:Lee Sung-chul}})
Vessel: {{u:Chilbosan 3}} / 선적항 {{u:Chongjin}}; later transshipped to {{u:Zhe Dai Yu 11178}}.
Captain: {{r:Kye Myong-hak}} ({{r:계}} 선장). 증언자 말: "{{r:계명학}}이는 선원들 배급을 팔아먹었다."
Crew named: {{p:Ryom Chol}}, {{p:곽영길}}, "{{p:Shorty}}" (= {{p:곽}}의 동생 {{p:곽영수}}).
Chinese side: agent {{p:Chen Haibo}} ({{p:陈海波}}), company {{u:Zhoushan Pingtai Fishery}}.
Witness quote: "{{r:성철}}아, 너는 입만 다물면 산다" - {{r:Kye}} said this to him.
Reviewer: {{p:H. Seo}}. Consent: anonymised only.""",
    },
    {
        "id": "h7-mixed-02",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jong Kum-ok", "정금옥", "witness", ["Chung Keum-ok", "금옥", "Keum-ok"]),
            ("Pak Yong-jin", "박영진", "supervisor", []),
        ],
        "note": "Interview transcript switching between English and Korean; interpreter line; Chinese garment factory; 정씨는 particle.",
        "text": """INTERVIEWER: Please state your name.
WITNESS: {{r:정금옥}}입니다. In the South my card says {{r:Chung Keum-ok}}.
INTERVIEWER: Where did you work?
WITNESS: {{u:Hunchun}}, 의류공장이요. {{u:Hunchun Jinyuan Garments}}.
INTERPRETER ({{p:Kim Hana}}): She says the factory had about 400 North Korean women.
INTERVIEWER: Who was in charge?
WITNESS: 관리원 {{r:박영진}}. {{r:Pak}} 관리원은 휴대폰 검사를 매일 했어요. Chinese boss was Mr {{p:Li}}... {{p:Li Guohua}}.
INTERPRETER: She adds that a co-worker, {{p:Hyang-mi}}, was caught with a phone.
WITNESS: {{p:향미}}는 그날로 {{u:Tumen}}으로 보내졌어요. {{r:박영진}}이가 직접 데려갔어요.
INTERVIEWER: Is there anyone else you want to mention?
WITNESS: 같은 방 {{p:정}}씨는 언니 같았어요. {{p:정순애}}. 저랑 성이 같아서 다들 자매인 줄 알았어요.
INTERVIEWER: Thank you, {{r:Keum-ok}}.""",
    },
    {
        "id": "h7-mixed-03",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Maeng Il-bong", "맹일봉", "coworker", ["맹씨"]),
            ("Kim Kwang-jin", "김광진", "witness", ["Kwang-jin"]),
            ("Ho Chol-nam", "허철남", "supervisor", []),
        ],
        "note": "Russian construction site notes in Korean/English/Russian; Cyrillic Korean name; patronymic; all-caps; Kim Jong Un and Shoigu public.",
        "text": """Field notes, {{u:Vladivostok}}, 2021-10
증언자 {{r:김광진}} - construction, {{u:Russky Island}}, employer {{u:Mokran LLC}} (DPRK front per {{u:UN Panel of Experts}}).
Russian passport-office stamp spells him {{r:КИМ ГВАН ЧИН}}.
현장 작업반장: {{r:허철남}} ({{r:Хо Чер Нам}} in Russian documents). {{r:Ho}} took 800 USD/month "plan" from each.
Russian contractor contact: {{p:Dmitry Alekseyevich Fomin}} / {{p:Дмитрий Алексеевич Фомин}}, calls himself {{p:Dima}}.
{{r:광진}}이 말: "{{p:Dima}}는 나쁜 사람은 아니었다. 돈은 다 {{r:허}} 반장한테 갔다."
Context: after {{u:Sergei Shoigu}} visited {{u:Pyongyang}} in 2023, more workers came; {{r:Kwang-jin}} had already left.
Co-workers: {{p:RI CHOL-U}}, {{r:맹}}씨, {{r:Maeng Il-bong}} (same person as {{r:맹}}씨?).
Public context only: {{u:Kim Jong Un}} - {{u:Vladimir Putin}} summit at {{u:Vostochny}}.""",
    },
    {
        "id": "h7-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pyon Yong-sil", "변영실", "supervisor", []),
            ("Yu Hyang-mi", "유향미", "witness", ["향미"]),
            ("Yu Jong-chol", "유정철", "relative", []),
        ],
        "note": "Chinese seafood plant; Chinese manager names in Hanzi, pinyin and Hangul reading; Yu as surname and English 'you'; soft hyphen inside a name.",
        "text": """Translator's working copy - {{r:유향미}} 증언, seafood plant, {{u:Donggang}}
Chinese GM: {{p:于海涛}} ({{p:Yu Haitao}}, 한국어로 {{p:위하이타오}}). Note: {{p:Yu}} here is 于, not the Korean {{r:Yu}} (유).
Quality supervisor: {{p:周红梅}} / {{p:Zhou Hongmei}}. 작업자들은 "{{p:저우}} 반장"이라고 불렀음.
DPRK manager: {{r:변영실}}.
{{r:향미}}: "You know, {{r:변영실}}이 우리 월급에서 충성자금을 먼저 뗐어요."
Her brother {{r:Yu Jong\u00adchol}} ({{r:유정철}}) was in the same city at a garment plant; {{r:Yu}} siblings met once at {{u:Dandong}} station.
Company names: {{u:Dandong Xinyuan Aquatic}}, {{u:Korea Unha Trading}}.""",
    },
    {
        "id": "h7-mixed-05",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ri Kyong-su", "리경수", "supervisor", []),
            ("Hwang Myong-guk", "황명국", "witness", ["Hwang"]),
            ("Sok Il-ho", "석일호", "coworker", []),
        ],
        "note": "Kuwait construction, Q&A with speaker labels in Korean and English; Arabic names; emoji; ministry public.",
        "text": """Q: 어느 회사 소속이었습니까?
A ({{r:황명국}}): {{u:조선남강건설}}, in English {{u:Namgang General Construction}}. {{u:Kuwait City}}, 2012년부터.
Q: 현장 감독은?
A: 쿠웨이트 쪽은 {{p:Abu Fahad}}, 진짜 이름은 {{p:Faisal Al-Mutairi}}. 우리 쪽은 {{r:리}} 부장, {{r:Ri Kyong-su}}.
Q: Any friend you trust?
A: {{r:석일호}}. {{r:Sok}} and I came together from {{u:Kangwon}}. {{r:일호}}는 용접공이었어요 🔥
Q: 폭행이 있었습니까?
A: {{r:리}} 부장이 {{r:석일호}}를 때렸어요. 쿠웨이트 사람 {{p:Faisal}}이 보고 말렸어요 👏
Q: 임금은 얼마?
A: 서류상 600 dinar. 실제로는 {{u:대외경제성}}에 다 들어갔다고 {{r:리}}가 말했어요.
Q: Thank you, Mr {{r:Hwang}}.""",
    },
    {
        "id": "h7-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Choe Song-ae", "최성애", "witness", ["Choi Sung-ae"]),
            ("Kim Myong-su", "김명수", "relative", []),
        ],
        "note": "Wife's letter written in Korean with English translator's glosses in brackets; kinship words unlabelled; Choe/Choi.",
        "text": """[Letter, Korean original with translator's glosses]
사랑하는 {{r:명수}} 씨 [= her husband {{r:Kim Myong-su}}]
{{u:폴란드}}는 춥다지요. 당신이 {{u:그단스크}} 조선소에서 일한다고 {{p:오}}씨 아저씨가 전해 줬어요. [{{p:O}} = neighbour, returned worker {{p:O Yong-dok}}]
나는 {{u:신의주}}에서 잘 있어요. 큰애 {{p:경민}}이는 군대 갔고 작은애 {{p:경아}}는 공부 잘해요.
시어머님이 당신 이름 {{r:김명수}}를 부르시며 우세요.
[Translator: the writer, {{r:Choe Song-ae}} (South Korean spelling {{r:Choi Sung-ae}}), asks that the children's names be removed.]
보위부 {{p:하}} 지도원이 또 왔다 갔어요. [{{p:Ha}} = local security officer, first name unknown]
몸 성히 돌아와요. {{r:성애}}가.""",
    },
    {
        "id": "h7-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [("Ri Chol-u", "리철우", "witness", ["Yi Cheol-woo", "Chol-u"])],
        "note": "Hospital discharge summary (Chinese hospital) with Chinese, Korean and English; Hanzi doctor names; Ri/Yi/李.",
        "text": """{{u:延边大学附属医院}} ({{u:Yanbian University Hospital}}) 出院小结 / discharge summary (translated excerpt)
患者 Patient: {{r:李哲宇}} / {{r:리철우}} / {{r:Ri Chol-u}}
Employer: {{u:Yanji Tianhe Electronics}}, DPRK labour group.
主治医生 Attending: {{p:金东浩}} ({{p:Jin Donghao}}, 조선족, 한국어로 {{p:김동호}} 선생)
护士 Nurse: {{p:朴美玲}}
Diagnosis: chemical burn, right forearm.
Accompanied by: group leader {{p:Sin Yong-chol}} ({{p:신용철}}), who paid in cash and refused follow-up.
Note by NGO doctor {{p:Yi}}: patient later known in {{u:Seoul}} as {{r:Yi Cheol-woo}}. {{r:Chol-u}} says Dr {{p:Jin}} secretly gave him ointment for a month.""",
    },
    {
        "id": "h7-mixed-08",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Jo Un-byol", "조은별", "witness", ["은별"]),
            ("Ra Kyong-sik", "라경식", "supervisor", []),
        ],
        "note": "Mongolian restaurant/construction; Mongolian names in Cyrillic and Latin; name split across a line break; zero-width space.",
        "text": """{{u:Ulaanbaatar}} 식당 노동 증언 요약 / summary
증언자: {{r:조은별}}, waitress at {{u:Pyongyang Okryu Restaurant}} branch, 2016-2018.
지배인 {{r:라경식}} - took tips, locked the women in at night. {{r:Ra}} reported to the embassy counsellor, Mr {{p:Kang}}.
Mongolian landlord: {{p:Батбаяр}} ({{p:Batbayar}}), his wife {{p:Оюунаа}} ({{p:Oyunaa}}) brought food.
{{r:은별}}이는 "{{p:Oyunaa}} 아주머니가 없었으면 못 살았다"고 함.
Co-workers: {{p:Mun Ok\u200b-hui}}, {{p:설향}}, {{p:Sol-
hyang}} = {{p:설향}}? (check).
After the restaurant closed, {{r:Jo Un-
byol}} went to {{u:Erlian}} with help from a Chinese driver, {{p:Bao Yufeng}}.""",
    },
    {
        "id": "h7-mixed-09",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Hyon-chol", "김현철", "witness", []),
            ("Kim Su-ryon", "김수련", "coworker", []),
        ],
        "note": "NGO submission draft citing public figures named Kim and officials; private Kims side by side; 김 surname-only.",
        "text": """Draft submission to the {{u:Human Rights Council}}, para. 14-16 (Korean quotes kept)
14. Witness {{r:Kim Hyon-chol}} described the send-off ceremony at {{u:Kim Il Sung Square}} in 2017, where a letter from {{u:Kim Jong Un}} was read. He stated: "{{r:김현철}}이는 그날 처음으로 외국에 간다는 걸 알았다."
15. A second witness, {{r:Kim Su-ryon}} (no relation), worked in a textile unit in {{u:Dandong}}. Ms {{r:Kim}} ({{r:Su-ryon}}) recalls that the unit chief, {{p:김}} 부장 ({{p:Kim Tong-il}}), claimed to be a cousin of {{u:Kim Yo Jong}}.
16. The {{u:UN Panel of Experts}} and the former High Commissioner {{u:Michelle Bachelet}} have reported similar practices. {{r:김수련}}은 {{u:Kim Chaek}} 출신이며, her team leader {{p:Ri Yong-ok}} ({{p:리영옥}}) is still in {{u:China}}.""",
    },
    {
        "id": "h7-mixed-10",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Pyon Chol-ho", "변철호", "supervisor", []),
            ("Son Kum-chol", "손금철", "witness", ["금철"]),
            ("Kang Hyo-sun", "강효순", "relative", []),
        ],
        "note": "Caseworker messenger thread, Korean/English; emoji next to names; zero-width joiner; surname Son vs English son.",
        "text": """[2024-02-01 10:02] 상담사 {{p:민지}}: {{r:손금철}} 님 오늘 면담 완료 ✅
[10:03] 팀장 {{p:David Park}}: how is his son?
[10:04] {{p:민지}}: son은 아직 {{u:Nampo}}에 있대요. wife {{r:강효순}} 씨도.
[10:05] {{p:David Park}}: ok. did {{r:Son}} name the minder?
[10:07] {{p:민지}}: 네 👉 {{r:변\u200d철호}} ({{r:Pyon Chol-ho}}), {{u:Malaysia}} {{u:Sarawak}} 광산
[10:08] {{p:민지}}: {{r:금철}}님 말로는 {{r:Pyon}}이 여권 다 가져갔다고
[10:10] {{p:David Park}}: cross-check with {{u:Amnesty}} report. {{r:Kang Hyo-sun}} - do NOT log outside file
[10:11] {{p:민지}}: 🙆‍♀️ 알겠습니다""",
    },
    {
        "id": "h7-mixed-11",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Yang Chol-ung", "양철웅", "witness", ["철웅"]),
            ("No Myong-il", "노명일", "supervisor", []),
        ],
        "note": "Police report (Malaysia) excerpt in English with Korean witness remarks; Malay officer names; No as surname vs no.",
        "text": """{{u:Polis Diraja Malaysia}} - report no. KCH/2017/0931 (extract), officer: Insp. {{p:Mohd Faizal bin Ahmad}}
Complainant: {{r:YANG CHOL UNG}} (DPRK), worker at {{u:Selantik}} coal mine, {{u:Sri Aman}}.
States that group leader {{r:No Myong-il}} confiscated his passport. No receipt given. {{r:No}} said no worker may leave the hostel.
Witness remark (Korean, as spoken): "{{r:노명일}}이가 제 여권을 가지고 있어요. {{p:방}}씨도 봤어요."
Insp. {{p:Faizal}} notes: {{p:Bang}} (co-worker) not located. Malaysian co-worker {{p:Jimmy anak Ngelai}} confirms.
{{r:철웅}} was later released to {{u:UNHCR}}.""",
    },
    {
        "id": "h7-mixed-12",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pak Sun-hwa", "박순화", "witness", ["Park Soon-hwa", "순화", "Soon-hwa"]),
            ("Chu Yong-nam", "주영남", "coworker", ["Uncle Chu"]),
        ],
        "note": "Radio call-in transcript, Korean with English; nickname Uncle Chu; Park Chung-hee and Yoon Suk Yeol public; Pak/Park.",
        "text": """[Call-in segment, {{u:Voice of America}} Korean, translated in part]
HOST {{p:Jenny Cho}}: Our next caller is from {{u:Incheon}}.
CALLER: 안녕하세요, {{r:박순화}}예요. Host님이 {{r:Park Soon-hwa}}라고 소개해 주셨으면 해요.
HOST: Of course, {{r:Soon-hwa}}. You worked on a Chinese fishing fleet?
CALLER: 아니요, 식당이요, {{u:Shenyang}}. 요리사 {{r:Uncle Chu}} - {{r:주영남}} 아저씨 - 가 저를 많이 도와줬어요. {{r:Chu}} 아저씨는 {{u:박정희}} 시대 얘기를 몰래 들려줬어요.
HOST: Interesting. And the manager?
CALLER: 지배인 {{p:기옥란}}. {{p:Ki}} 지배인은 {{u:윤석열}} 대통령 얘기만 나와도 라디오를 꺼 버렸어요.
HOST: Thank you, {{r:Soon-hwa}}.""",
    },
    {
        "id": "h7-mixed-13",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Sim Myong-ho", "심명호", "coworker", []),
            ("Kong Yong-chol", "공영철", "witness", []),
            ("Ri Hak-chol", "리학철", "supervisor", []),
        ],
        "note": "Timeline in mixed languages; initials (R.H.C., ㄹㅎㅊ); all-caps; Kim Jong Il public.",
        "text": """TIMELINE / 연표 - {{r:KONG YONG-CHOL}} ({{r:공영철}})
2010-03 recruited by {{u:Korea Kangbong Trading}}
2010-06 {{u:Kuwait}}, 담당 {{r:리학철}} ({{r:R.H.C.}})
2011-12 {{u:Kim Jong Il}} 사망. 현장 애도 행사. {{r:Ri}} forced all-night vigil.
2012-08 {{r:Kong}} injured; co-worker {{r:심명호}} helped. 쿠웨이트 의사 Dr {{p:Nasser}} - Dr {{p:Nasser Al-Sabah}}? (name unsure).
2013-01 {{r:ㄹㅎㅊ}} (= {{r:리학철}}) beats {{r:Sim}}; {{r:Sim}} sent home.
2014-05 escape via {{u:Dubai}} with {{p:K.M.}}.
2015-02 arrives {{u:Seoul}}; {{r:공}}씨 says {{p:K.M.}} is {{p:김민}}, 22.""",
    },
]
