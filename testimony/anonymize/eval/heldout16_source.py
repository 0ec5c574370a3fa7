# ruff: noqa: E501
"""Held-out evaluation passages, set 16 (blind). Markers: {{r:..}} registered private person,
{{p:..}} unregistered private person, {{u:..}} public name (figure, place, organisation,
company, ship, street, law). Built by build_heldout.py heldout16.
Conventions: titles (Comrade, Manager, Dr, 반장, 씨, 동무, 언니...) and Korean particles,
including the Hangul affectionate suffix 이 after a given name, stay OUTSIDE the marker."""

PASSAGES: list[dict] = [
    {
        "id": "h16-en-01",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Song Kwang-chol", "송광철", "witness", ["Songi"]),
            ("Mun Yong-su", "문용수", "supervisor", ["Moon"]),
            ("Ha Jin", "하진", "coworker", []),
        ],
        "note": "Gulf construction, first person; Song/Moon/Ha/Do used as names and as ordinary words; one-syllable given name; Dr title outside marker.",
        "text": """My name is {{r:Song Kwang-chol}}. On the site in {{u:Doha}} everyone said {{r:Song}}, and the Nepali welders turned it into a little song of their own: "{{r:Songi}}, {{r:Songi}}, bring water." I left {{u:Pyongyang}} in March 2015 with forty men of the {{u:Namgang Construction Company}}.

The man who kept our passports was Manager {{r:Mun Yong-su}}. The Qatari clerk, {{p:Khalid Al-Marri}}, once typed his name the southern way, {{r:Moon}}, and Manager {{r:Moon}} liked it so much he signed like that afterwards. We poured concrete under the moon until two in the morning, then slept four hours. The wage on paper was nine hundred riyals. I saw perhaps sixty. {{r:Mun}} said the rest was our loyalty gift to {{u:Kim Jong Un}}.

My friend was {{r:Ha Jin}} from {{u:Hamhung}}. Ha, he would say, ha, at everything, even at the political instructor, Comrade {{p:Do}}. "Do not laugh in my meeting," {{p:Do}} told him. At the Saturday self-criticism {{r:Jin}} had to confess that he smiled at {{p:Maricel}}, the Filipina who sold phone cards at the gate.

In 2017 {{r:Ha}} fell from the fourth floor of a tower off {{u:Al Waab Street}}. The Indian foreman, {{p:Rajesh Nair}}, drove him to {{u:Hamad General Hospital}} in his own car. {{r:Moon}} came an hour later and told Dr {{p:Osman}} that {{r:Ha Jin}} had slipped while resting. {{r:Jin}} lived, and was flown home in November.

I walked out of the camp in {{u:Al Wakrah}} in January 2018 on {{p:Rajesh}}'s phone and his advice.""",
    },
    {
        "id": "h16-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Ok-hwa", "김옥화", "witness", []),
            ("Choe Myong-suk", "최명숙", "supervisor", ["Choi"]),
            ("O Yun-hui", "오윤희", "coworker", []),
        ],
        "note": "Interviewer notes, Chinese seafood plant; Choe/Choi variants; bare surname O; Chinese names in pinyin and hanzi, diminutive Xiao Liu; Mr/Aunt/Dr titles.",
        "text": """Interview notes, {{u:Seoul}}, 14 May 2022. Interviewee: {{r:KIM Ok-hwa}} (F, b. 1996, {{u:Sinuiju}}). Interviewer: {{p:J. Harlow}}.

- Sent 2017 to a crab and squid plant in {{u:Donggang}}, {{u:Liaoning}}, run by {{u:Haiyang Aquatic Products Co.}}; about 180 North Korean women on two floors.
- Passports collected at {{u:Dandong}} station by the living manager, Section Chief {{r:Choe Myong-suk}}. {{r:Ok-hwa}} spells her "{{r:Choi}}, like on TV". {{r:Choe}} slept in the workers' room.
- Shifts 6:00 to 23:00, peeling shrimp in ice water. In peak season "twenty-one hours, two days running". The Chinese line leader, called {{p:Xiao Liu}} ({{p:小刘}}), possibly {{p:Liu Jianguo}} ({{p:刘建国}}), timed toilet breaks.
- Wages: the plant paid about 2,300 yuan per head; {{r:Ok-hwa}} got "150, sometimes nothing". Owner {{p:Wang Lixin}} ({{p:王立新}}) came twice; {{r:Choi}} told them to smile at Mr {{p:Wang}}.
- Closest friend {{r:O Yun-hui}}, two beds over. {{r:Yun-hui}} cut her palm on a shell in 2018; taken to a clinic only after {{r:O}} fainted on the line. Dr {{p:Zhang}} there asked no questions.
- Threats: {{r:Choe}} said families in {{u:Sinuiju}} "can be moved to the mountains". Mother {{p:Pak Chun-ja}}, brother {{p:Ok-chol}}; no news since.
- Escape Feb 2020 with {{r:Yun-hui}}; a Korean-Chinese taxi driver, {{p:Jin}}, drove them to {{u:Shenyang}}. {{r:O Yun-hui}} was caught near {{u:Kunming}}; fate unknown.""",
    },
    {
        "id": "h16-en-03",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ri Myong-guk", "리명국", "witness", ["Lee Myung-kook"]),
            ("Jo Sang-hun", "조상훈", "supervisor", ["Cho Sang Hoon"]),
        ],
        "note": "Q/A transcript, Polish shipyard; Ri/Lee and Jo/Cho romanizations; Polish diminutive Grzesiek, Pan/Pani titles; ship named after a person; No as ordinary word.",
        "text": """Q: Please state your name.
A: {{r:Ri Myong-guk}}. On my South Korean card it is {{r:Lee Myung-kook}}.
Q: Where did you work?
A: {{u:Gdańsk}}, then {{u:Gdynia}}, 2014 to 2016. Welding, for a subcontractor called {{u:Baltyk Steel Services}}. Forty-six of us, from {{u:Wonsan}}.
Q: Who was in charge?
A: Comrade {{r:Jo}}. {{r:Jo Sang-hun}}. On the Polish work permit he was {{r:Cho Sang Hoon}}. {{r:Jo}} kept our passports in a biscuit tin in his room.
Q: Your hours?
A: Seven in the morning to ten at night, twelve days out of fourteen. The Polish foreman, {{p:Grzegorz}}, said it was against the law. We called him {{p:Grzesiek}}, like the Poles did. {{p:Grzesiek}} once gave me his gloves.
Q: Did {{r:Jo}} know?
A: {{r:Sang-hun}} knew everything. He told Pan {{p:Nowak}} the gloves were a gift from the Party.
Q: Wages?
A: The contract said 1,400 złoty. I got a hundred dollars a month in an envelope.
Q: Did anyone object?
A: {{p:Kang Chol}}. {{p:Chol}} asked where the money went. A week later {{p:Kang}} was on the train to {{u:Warsaw}} and then home. His wife, {{p:Hye-ran}}, I do not know.
Q: How did you leave?
A: A woman in the shop by the dock, Pani {{p:Krystyna}}, wrote a number on my receipt. No, I did not call at once. In 2016 I called, and {{p:Krystyna}}'s son {{p:Marek}} drove me to the police.
Q: What were you welding then?
A: The ferry {{u:Tadeusz Kościuszko}}. I put the letters on the stern myself.""",
    },
    {
        "id": "h16-en-04",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Bang Su-nam", "방수남", "witness", []),
            ("Yu Sun-hui", "유순희", "relative", []),
            ("Kang Yong-bok", "강영복", "supervisor", []),
        ],
        "note": "Unsent letter to a wife, Vladivostok construction; Russian patronymic, diminutive and Cyrillic initials; Bang/Yu/Do as names and words; company named after founder; street.",
        "text": """[Letter written in 2019 by {{r:Bang Su-nam}} to his wife and never sent; handed to the interviewer in 2023.]

My dear {{r:Sun-hui}}, my little {{r:Yu}},

It is snowing in {{u:Vladivostok}}. We are building a twenty-storey block on {{u:Svetlanskaya Street}} for {{u:Yershov Stroy}}, the firm the old Russian named after himself. Comrade {{r:Kang}} takes our pay on the twentieth. The Russian foreman, {{p:Viktor Andreyevich}}, hands it over in an envelope marked {{p:В. А. Ершов}}. The young Russians call him {{p:Vitya}}. {{p:Vitya}} asked me once in bad Chinese why I never had a single rouble.

We start at six and stop at midnight. Bang, bang, the hammers, all night; I hear them in my sleep. Last week {{p:Hwang}} from the next bed fell asleep on the scaffold, and {{r:Kang Yong-bok}} made him stand in the corridor until morning. {{p:Hwang Un-gil}} is fifty-one.

Do not tell Mother about my hand. The doctor at the polyclinic, a kind woman, {{p:Galina}}, stitched it for free. {{r:Kang}} wrote "minor injury" in his book.

Give {{p:Chol-ung}} my love. Tell {{p:Ung-i}} that his father is not a thief, whatever Secretary {{p:Ri}} says at the meeting in {{u:Chongjin}}.

Yours, {{r:Su-nam}}

P.S. If {{r:Kang}} reads this, {{r:Sun-hui}}, I am finished.""",
    },
    {
        "id": "h16-en-05",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("No Chang-il", "노창일", "witness", ["Rho Chang-il"]),
            ("Pak Yong-ho", "박용호", "supervisor", []),
            ("An Jae-ung", "안재웅", "coworker", []),
        ],
        "note": "Reconstructed brigade roster, Mongolia; names in capitals and reversed order; No/Rho; An and So as names and ordinary words; zero-width space inside a name; Mongolian names in Latin and Cyrillic; public names that look like person names.",
        "text": """Brigade roster, {{u:Ulaanbaatar}} site, 2016-2018, written from memory by {{r:NO Chang-il}} (spelled {{r:Rho Chang-il}} in his South Korean papers). An asterisk marks men still there when he left.

1. {{r:NO Chang-il}}, plasterer. That is me.
2. {{r:PAK Yong-ho}}, brigade leader. On the Mongolian visa: {{r:Yong-ho PAK}}. Took all passports at {{u:Chinggis Khaan International Airport}}.
3. {{p:RI Kum-song}}*, electrician, from {{u:Kanggye}}.
4. {{p:SO Hak-chol}}, mason. So thin we called him {{p:Chopstick}}. Sent home 2017 after fainting.
5. {{r:AN Jae-ung}}*, carpenter. {{r:Jae-ung}} kept the accounts for {{r:Pa\u200bk}} and knew what the owner paid.
6. {{p:HAN Song-i}}*, cook.
7. {{p:Kye Chun-bom}}, driver.

Notes. The owner's son, {{p:Batbayar}} ({{p:Батбаяр}}), paid {{r:Pak}} in cash every month, about 700 dollars a man. An envelope of that size never reached us. {{r:An}} said we saw eighty. Hours: 7:00 to 22:00, and in summer, with light until eleven, longer.

{{p:Oyuna}}, the Mongolian woman who ran the canteen next door, let {{p:Kum-song}} charge his phone. {{r:Yong-ho}} found out and the whole brigade did self-criticism for two nights in the container behind {{u:Sukhbaatar Square}}.

{{r:Chang-il}} left in May 2018, in the back of {{p:Ganbold}}'s truck toward {{u:Zamyn-Üüd}}.""",
    },
    {
        "id": "h16-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Hyang", "최향", "witness", ["Hyang-i"]),
            ("Ri Jong-hui", "리정희", "supervisor", ["Director Ri"]),
        ],
        "note": "Chat log, Vientiane restaurant; one-syllable given name; Lao names with Lao script and nickname; emoji right after a name; NGO worker by first name; manager only by title and surname.",
        "text": """[Messenger export, March 2021. Names of the chat participants as saved in the phone.]

[22:14] {{p:Grace}} (NGO): are you safe? where are you now
[22:15] {{r:Hyang}}: still in the dormitory above the restaurant. {{r:Ri}} took my phone at 9 but I have the old one
[22:15] {{p:Grace}} (NGO): who is {{r:Ri}}
[22:16] {{r:Hyang}}: Director {{r:Ri}}. {{r:Ri Jong-hui}}. she runs the {{u:Pyongyang Okryu House}} on {{u:Setthathirath Road}}
[22:17] {{r:Hyang}}: we sing for the Korean tourists until 11 then clean until 2. {{r:Jong-hui}} keeps all our passports in the safe
[22:18] {{p:Grace}} (NGO): ok. can the driver still help?
[22:18] {{r:Hyang}}: {{p:Souk}} 🙏 yes. {{p:Souksavanh}} ({{p:ສຸກສະຫວັນ}}) says tomorrow after lunch. his sister {{p:Noy}} will wait at the market
[22:22] {{r:Hyang}}: {{r:Ri}} said today at the meeting that {{p:Myong-ok}} who ran last year is in a camp now. is that true
[22:23] {{p:Grace}} (NGO): we don't know. {{p:Myong-ok}} reached {{u:Bangkok}} in 2020, that is all I can say
[22:25] {{r:Hyang}}: ok. delete this. if {{r:Choe Hyang}} disappears please tell Mr {{p:Kham}}
[22:25] {{p:Grace}} (NGO): {{p:Kham}} who?
[22:26] {{r:Hyang}}: {{p:Khamphone}}, the landlord. he is good""",
    },
    {
        "id": "h16-en-07",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ho Chol-jin", "허철진", "witness", ["Professor"]),
            ("Choe Song-gun", "최성근", "supervisor", []),
            ("Yun Kum-chol", "윤금철", "coworker", []),
        ],
        "note": "Angola statue and construction workshop, first person; Ho as surname vs Ho Chi Minh; nickname 'Professor' also used as a plain word; Portuguese names, Dona title, diminutive Zé; streets and mausoleum named after public figures.",
        "text": """They called me {{r:Professor}} in {{u:Luanda}} because I wore glasses. My name is {{r:Ho Chol-jin}}; I went in 2013 with the {{u:Mansudae Overseas Project Group}} to cast bronze.

Our workshop was on {{u:Rua Amílcar Cabral}}, and we also did the finishing near the {{u:Agostinho Neto Mausoleum}}. The head of the team was the sculptor {{r:Choe Song-gun}}. {{r:Choe}} was an artist and also the man with the key to the passport drawer. When an Angolan official came, {{r:Song-gun}} showed him the drawings; when we asked about money, {{r:Choe}} showed us the portrait of {{u:Kim Jong Il}}.

From six in the morning we were on the scaffold, and after dinner we built houses for a private client, Senhor {{p:Tavares}}, until midnight. Two jobs, one wage, and the wage went to {{r:Choe}}.

My partner was {{r:Yun Kum-chol}}. {{r:Kum-chol}} learned Portuguese from the driver, {{p:Manuel da Silva}}, whom everybody called {{p:Zé}}. {{p:Zé}} had a friend, Dona {{p:Esperança}}, who sold fish on the beach, and {{r:Yun}} was in love with her daughter, {{p:Kiala}}. At the self-criticism meeting {{r:Choe}} read out {{p:Kiala}}'s name three times.

In 2015 {{r:Kum-chol}} was sent home for "ideological weakness". Before he left he gave me {{p:Zé}}'s number. A year later {{p:Manuel}} drove me to the airport, and the {{r:Professor}} flew to {{u:Lisbon}}. I once read that {{u:Ho Chi Minh}} also worked abroad as a young man. He was luckier.""",
    },
    {
        "id": "h16-en-08",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Kim Song-nam", "김성남", "witness", ["K.S.N."]),
            ("Ryu Kyong-il", "류경일", "official", ["Yu Kyong-il"]),
        ],
        "note": "Quoted personnel document plus analyst comment, Equatorial Guinea; capitals, initials, Ryu/Yu variant; soft hyphen inside a name; Spanish/Fang names; president and avenue named after public figures.",
        "text": """Excerpt quoted from a 2016 evaluation form recovered from the workers' office in {{u:Bata}}, {{u:Equatorial Guinea}} (translation; layout kept):

    NAME: {{r:KIM SONG-NAM}}    BORN: 1984, {{u:Tanchon}}
    UNIT: 3rd team, {{u:Korea Namgang Construction}} ({{u:Bata}} branch)
    ASSESSED BY: {{r:RYU KYONG-IL}}, security officer
    REMARKS: Comrade {{r:K.S.N.}} is diligent but talks with local people. He was seen twice with the foreman {{p:NSUE}} and with the woman {{p:ROSA}}. Self-criticism held 12 and 19 March. Recommend close watch. His wife {{p:JONG Ok-sun}} and son in {{u:Tanchon}} to be informed.

Analyst comment. {{r:Kim Song-nam}} confirmed the form is about him. He said {{r:Ryu}} wrote most of these forms; in the Spanish documents of the contractor, {{u:Constructora Ecuatorial}}, he appears as {{r:Yu Kyong-il}}, and on one pay list as {{r:Ryu Kyong\u00adil}}. The foreman is {{p:Santiago Nsue Obama}}; {{p:Nsue}} gave the workers bread. {{p:Rosa}} is Mamá {{p:Rosa}}, who cooked at the gate.

{{r:Song-nam}} worked 6:00 to 21:00 on a hotel on {{u:Avenida de la Independencia}}; on {{u:Teodoro Obiang Nguema Mbasogo}}'s visits the team worked through the night. He received about 40 of 600 dollars. He says his co-worker {{p:Pyon Il-su}} died of malaria in 2015 and {{r:Ryu}} ordered the body sent home without a report. {{p:Il-su}} was 29.""",
    },
    {
        "id": "h16-en-09",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Jo Nam-hyok", "조남혁", "witness", []),
            (
                "Piao Zhenguo",
                "박진국",
                "supervisor",
                ["Pak Jin-guk", "Park", "朴振国", "Captain Piao"],
            ),
        ],
        "note": "Fishing boat, interviewer notes; one person as Piao / Pak / Park / 朴振国; park as an ordinary word; ship named after a person; Russian and Chinese crew names.",
        "text": """Interviewer notes (second session). {{r:Jo Nam-hyok}}, 41, deckhand on a Chinese-flagged squid boat, 2018-2019, grounds off {{u:Sakhalin}} and in the {{u:Sea of Japan}}.

The boat was the {{u:Admiral Makarov}}, an old Russian trawler renamed in Chinese but still carrying the admiral's name on the bow. The captain was a Korean-Chinese man, {{r:Piao Zhenguo}} ({{r:朴振国}}). The North Koreans called him {{r:Pak Jin-guk}}, or Captain {{r:Pak}}; the South Korean agent at {{u:Busan}} wrote {{r:Park}}. {{r:Jo}} says that when they finally saw a park in {{u:Busan}} he laughed, because the only {{r:Park}} he knew was the captain.

Crew: eighteen North Koreans, four Chinese, one Russian engineer, {{p:Oleg}}. The North Korean boss on board was {{p:Kye Myong-chan}}, who took the passports and seamen's books. {{p:Kye}} and {{r:Piao}} split the catch money. Twenty hours a day on deck during the squid season, lights on all night.

{{r:Nam-hyok}} describes a fight in October 2018: the Chinese cook, {{p:Lao Deng}} ({{p:老邓}}), gave extra rice to a boy, {{p:Mun Hyon-u}}; {{p:Kye}} beat {{p:Hyon-u}} for accepting it. Captain {{r:Piao}} watched. {{p:Oleg}} stepped in and {{p:Oleg Smirnov}} was not hired again.

In port at {{u:Vladivostok}}, {{r:Jo}} slipped off while {{p:Kye}} was drunk.""",
    },
    {
        "id": "h16-en-10",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Do Kyong-min", "도경민", "witness", []),
            ("Hwang Il-chon", "황일천", "supervisor", []),
            ("Mamadou Diop", "마마두 디오프", "other", ["Modou"]),
        ],
        "note": "Senegal monument workshop, first person; Do as surname and verb; foreign registered person with diminutive; airport and monument named after public figures; Wolof names.",
        "text": """Do you know the big statue in {{u:Dakar}}, the {{u:African Renaissance Monument}}? I am {{r:Do Kyong-min}}, and I sanded that bronze in 2009, at the {{u:Mansudae Art Studio}} workshop in {{u:Ouakam}}.

We were sixty. The chief engineer was {{r:Hwang Il-chon}}. {{r:Hwang}} had been to {{u:Kim Il Sung University}} and reminded us every day. He held our passports in the office safe and the key on a string around his neck. Our day was twelve hours on the statue, then four more casting small busts for sale. The money for the busts went to {{r:Il-chon}}'s envelope.

The Senegalese interpreter was {{r:Mamadou Diop}}. Everyone said {{r:Modou}}. {{r:Modou}} spoke French and a little Chinese, and he was the only one who asked me, "{{r:Kyong-min}}, do they pay you?" I said no. {{r:Diop}} went quiet.

My friend {{p:Pang Chol-nam}} cut his leg on a plate, and a nurse from {{u:Hôpital Principal}}, {{p:Aminata}}, sewed it. {{p:Chol-nam}} wanted to thank {{p:Aminata}} with a drawing, and {{r:Hwang}} called a meeting about it. {{p:Pang}} criticized himself for an hour. Then {{r:Do}}, me, had to criticize {{p:Pang}}.

When {{u:Abdoulaye Wade}} came to see the face of the woman statue, {{r:Hwang}} stood in front. I left through {{u:Léopold Sédar Senghor International Airport}} in 2010, when the contract ended, because {{r:Modou}}'s cousin {{p:Ousmane}} had a friend in the South Korean embassy.""",
    },
    {
        "id": "h16-en-11",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ha Un-byol", "하은별", "witness", []),
            ("No Kyong-ho", "노경호", "supervisor", ["Rho Kyung-ho", "Noh"]),
            ("Kim Chun-hwa", "김춘화", "other", ["Jin Chunhua", "金春花", "Boss Jin"]),
        ],
        "note": "Q/A, Chinese garment factory; one minder as No/Rho/Noh with No and no as ordinary words; Korean-Chinese owner as Jin Chunhua / 金春花 / Kim Chun-hwa; Xiao diminutive.",
        "text": """Q: Where were you?
A: {{u:Hunchun}}, in {{u:Jilin}}. A garment factory of about three hundred, all North Korean girls except the Chinese mechanics. 2016 to 2019.
Q: Who supervised you?
A: The minder was {{r:No Kyong-ho}}. In the Chinese police file he is {{r:Rho Kyung-ho}}, and on his work permit {{r:Noh}}. No, sorry, the other way round. Comrade {{r:No}}, we said.
Q: And the owner?
A: A Korean-Chinese woman, {{r:Jin Chunhua}}, {{r:金春花}}. In Korean, {{r:Kim Chun-hwa}}. We called her Boss {{r:Jin}}. {{r:Chun-hwa}} paid the money to {{r:Kyong-ho}}, never to us.
Q: How much did you get?
A: The first year, nothing; "saving for the nation". Later thirty yuan a month for soap.
Q: Hours?
A: Eight in the morning to one at night when there was an order from Korea or Europe. Once thirty-six hours, with {{p:Sol-hui}} sleeping under the machine. {{p:Sol-hui}} is my cousin, {{p:Ri Sol-hui}}.
Q: Was anyone punished?
A: {{p:Ok-ryon}}. A Chinese mechanic, {{p:Xiao Zhou}}, gave her a phone. {{r:No}} found it. At the meeting all of us had to say {{p:Ok-ryon}} was a traitor. I said it too. {{p:Yang Ok-ryon}} went home the next week.
Q: How did you leave?
A: In 2019 Boss {{r:Jin}} closed the second floor. On the bus to the border I asked the driver, {{p:Lao Cui}}, to stop for the toilet. I ran. {{p:Cui}} waited ten minutes, he told me later, before he called {{r:Rho}}.""",
    },
    {
        "id": "h16-en-12",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Hyon Chol-u", "현철우", "witness", []),
            ("Ri Kwang-nam", "리광남", "supervisor", ["Lee Kwang-nam"]),
            (
                "Saeed bin Rashid Al Falasi",
                "사이드 빈 라시드 알팔라시",
                "other",
                ["سعيد بن راشد الفلاسي", "Abu Rashid"],
            ),
        ],
        "note": "Interviewer summary, UAE construction; Arabic names in Latin and Arabic script with kunya; Ri/Lee; roads and towers named after rulers; self-criticism.",
        "text": """Summary of interview with {{r:Hyon Chol-u}} (M, 38), recorded in {{u:Seoul}}, 2 October 2023.

{{r:Hyon}} worked in the {{u:United Arab Emirates}} from 2014 to 2017, first on a villa compound in {{u:Abu Dhabi}}, then on a warehouse along {{u:Sheikh Zayed Road}} in {{u:Dubai}}. His team leader was {{r:Ri Kwang-nam}}, spelled {{r:Lee Kwang-nam}} on the Emirati labour card. {{r:Ri}} took passports at the airport "for registration" and never returned them.

The local sponsor was {{r:Saeed bin Rashid Al Falasi}} ({{r:سعيد بن راشد الفلاسي}}). Workers knew him as {{r:Abu Rashid}}. {{r:Chol-u}} saw {{r:Al Falasi}} hand {{r:Kwang-nam}} a bag of cash twice. The Pakistani cook, {{p:Imran}}, said the wage was 1,200 dirhams; {{r:Hyon}} received about 100.

Work: 5:00 to 20:00, in July with a long break only on the days inspectors came. Every Saturday night, self-criticism. {{r:Chol-u}} was made to criticize his friend {{p:Sin Jong-man}}, who had bought a cheap radio from {{p:Imran}}. {{p:Jong-man}} was sent home within a week. {{r:Ri}} said {{p:Sin}}'s parents in {{u:Haeju}} "would understand their son's crime".

A driver from {{u:Kerala}}, {{p:Thomas}}, let {{r:Hyon Chol-u}} use his phone at night. In 2017 {{p:Thomas}} and a Sudanese guard, {{p:Abdelrahman}} ({{p:عبد الرحمن}}), helped him get to a consulate. He also recalls {{u:Burj Khalifa}} "lit up for {{u:Sheikh Khalifa}}" on the night he ran.""",
    },
    {
        "id": "h16-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kang Myong-jin", "강명진", "witness", []),
            ("So Il-gwang", "서일광", "supervisor", []),
            ("Jon Hyok", "전혁", "coworker", []),
        ],
        "note": "Stadium construction, St Petersburg, first person; So as surname and sentence adverb; one-syllable given name; Russian names with patronymic, diminutives and Cyrillic; prospect and island names.",
        "text": """So, you want to hear about the stadium. I am {{r:Kang Myong-jin}}, from {{u:Kaechon}}. In 2016 I was one of the North Koreans on the {{u:Zenit Arena}} on {{u:Krestovsky Island}}, {{u:Saint Petersburg}}, through a Russian subcontractor.

Our section chief was {{r:So Il-gwang}}. Section Chief {{r:So}} kept the passports and the bank cards the Russians issued; we never touched either. So we had no money and no papers. {{r:Il-gwang}} was not cruel by nature, I think. He was afraid of the embassy man, Comrade {{p:Kye}}.

The Russian foreman was {{p:Sergei Ivanovich}}, "{{p:Seryozha}}" when he was drunk. {{p:Sergei}} kept a list of our names in Cyrillic: {{r:Кан}}, {{r:Со}}, {{r:Чон}}. I was number 14, {{r:Кан Мён Джин}}.

We worked from seven in the morning to eleven at night. In November my friend {{r:Jon Hyok}} collapsed in the container where we slept. {{r:Hyok}} was forty-seven. A nurse, {{p:Lyudmila Petrovna}}, came with the ambulance. {{p:Lyuda}} ({{p:Людмила}}) said his heart had stopped hours earlier. {{r:So}} wrote "illness" and the body went home by train. {{r:Jon}}'s wife, {{p:Kim Pok-sil}}, got a letter, nothing else.

After that I began to talk with {{p:Seryozha}}. In 2017, on a Sunday, he drove me along {{u:Nevsky Prospekt}} to a church where a Korean pastor, Pastor {{p:Yi}}, waited. So ended my contract.""",
    },
    {
        "id": "h16-en-14",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pang Hye-song", "방혜성", "witness", ["Bang Hye-sung"]),
            ("Kim Sun-ae", "김순애", "supervisor", []),
        ],
        "note": "Interviewer notes, Cambodia restaurant; Pang/Bang variants and Hye-song containing Song; Vietnamese name with Anh title, Khmer name with Bong title; boulevard named after a king; tuk-tuk driver.",
        "text": """Notes, interview with {{r:Pang Hye-song}} (F, 27), {{u:Bangkok}}, 9 June 2019. In her South Korean asylum file: {{r:Bang Hye-sung}}.

{{r:Hye-song}} spent three years (2015-2018) as a waitress at a North Korean restaurant, first in {{u:Siem Reap}} near {{u:Angkor Wat}}, then on {{u:Norodom Boulevard}} in {{u:Phnom Penh}}. Twelve waitresses shared two rooms upstairs. The manager was {{r:Kim Sun-ae}}, Manager {{r:Kim}} to the staff, "{{r:Sun-ae}} auntie" to the regular customers.

Day: 9:00 prep, lunch, cleaning, song-and-dance show at 19:00 and 21:00, accounts and self-criticism until 1:00. {{r:Kim}} kept passports and tips. {{r:Pang}} estimates she kept "nothing at all, maybe ten dollars at New Year".

The building belonged to a Vietnamese businessman, {{p:Nguyễn Văn Hùng}}; the waitresses called him Anh {{p:Hùng}}. A tuk-tuk driver, {{p:Sokha}}, whom the girls addressed as Bong {{p:Sokha}}, brought tourists from {{u:Pub Street}} and, {{r:Hye-song}} says, brought her a SIM card hidden in a can of milk.

Her roommate {{p:Ryu Chong-a}} was sent home in 2017 after a Korean customer, Mr {{p:Baek}}, left his card with her. {{r:Sun-ae}} made {{p:Chong-a}} read her confession at the table while the rest of them ate.

{{r:Bang}} left in August 2018, in {{p:Sokha}}'s tuk-tuk, to a church near the {{u:Independence Monument}}.""",
    },
    {
        "id": "h16-en-15",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Jon Sung-ho", "전성호", "witness", []),
            ("Ri Tong-chun", "리동춘", "official", ["Yi Tong-chun"]),
            ("Jon Kum-hui", "전금희", "relative", []),
        ],
        "note": "Asylum statement excerpt, Primorsky farm; fullwidth letters inside a name; reversed order; Ri/Yi; family terms and sister by given name; Russian farmer with patronymic; collective farm named after a person.",
        "text": """Statement (excerpt), {{u:UNHCR}} office, {{u:Moscow}}, 11 April 2019. Applicant: {{r:Sung-ho JON}}, written by the Russian clerk as {{r:ＪＯＮ Ｓｕｎｇ-ｈｏ}}.

"I, {{r:Jon Sung-ho}}, born 1987 in {{u:Hyesan}}, came to {{u:Primorsky Krai}} in 2016 to grow vegetables in greenhouses near {{u:Ussuriysk}}. The farm belonged to a Russian, {{p:Anatoly Pavlovich Zaitsev}}. The Korean part was run by the security officer {{r:Ri Tong-chun}}; the Russians wrote {{r:Yi}}. {{r:Tong-chun}} held the passports of all twenty of us.

We worked from four in the morning until eight in the evening in summer, and then carried boxes to the trucks. {{p:Anatoly Pavlovich}} paid {{r:Ri}} by the kilogram. I saw him count the notes. {{p:Zaitsev}}'s daughter-in-law, {{p:Tanya}}, once gave us apples and {{r:Ri}} made us throw them into the stove.

My sister {{r:Jon Kum-hui}} is still in {{u:Hyesan}}. {{r:Kum-hui}} is the reason I stayed silent for two years. When I received her letter saying Mother had died, {{r:Ri Tong-chun}} said that {{r:Kum-hui}} would follow if I made trouble.

The farm is next to the old {{u:Lenin Collective Farm}}. A Korean-Russian neighbour, {{p:Valentina Tsoi}} ({{p:Валентина Цой}}), drove me to the train in her husband {{p:Kolya}}'s car in February 2019."

Interviewer's note: {{r:Jon}} asked that {{r:Kum-hui}}'s name be removed from any public version.""",
    },
    {
        "id": "h16-ko-01",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Rim Kwang-hyok", "림광혁", "witness", []),
            ("Choe Man-su", "최만수", "supervisor", ["Цой"]),
            ("Jo Yong-gil", "조영길", "coworker", []),
        ],
        "note": "Russian logging, first person; particles and 이라고 welded to names; affectionate 이 after given name (outside marker); surname + 반장/동무; Russian diminutive in Hangul; 최 as Цой in Cyrillic.",
        "text": """저는 {{r:림광혁}}이라고 합니다. 2013년 가을에 {{u:체그도민}} 벌목장으로 갔습니다. {{u:임업성}} 산하 사업소였는데 우리 작업반은 스물두 명이었습니다.

반장은 {{r:최만수}}였습니다. {{r:최}} 반장은 {{u:하바롭스크}}에 내리자마자 여권을 다 걷어갔습니다. "조국이 보관한다"고 했지만 실은 {{r:만수}} 반장 방 금고에 있었습니다. 러시아 사람들은 그를 {{r:Цой}}라고 불렀습니다.

일은 새벽 다섯 시부터 밤 열 시까지였습니다. 영하 사십 도에도 나갔습니다. 제 톱 짝은 {{r:조영길}}이었습니다. {{r:영길}}이는 열아홉 살, {{u:함흥}} 사람이었습니다. {{r:영길}}이가 손가락 두 개를 잃었을 때 {{r:최만수}}는 장부에 "계획 미달"이라고만 적었습니다.

러시아 운전수 {{p:미샤}}가 우리한테 담배를 팔았습니다. 서류에는 {{p:미하일 볼코프}}라고 써 있었습니다. {{p:미샤}}의 아내 {{p:나타샤}}는 마을에서 가게를 했습니다.

토요일마다 생활총화를 했습니다. 보위원 {{p:량}} 동지가 구석에 앉아 들었습니다. {{p:량철수}}는 제가 {{p:나타샤}}네 가게에 간 것을 다 알고 있었습니다. 저는 자기비판을 세 번이나 했습니다. 임금은 한 달에 백 달러라고 들었지만 손에 쥔 것은 담뱃값 정도였습니다.

2016년 봄, {{p:미샤}}의 트럭을 타고 {{u:블라디보스토크}}까지 갔습니다. {{r:조}} 동무에게는 말하지 못했습니다. 지금도 {{r:영길}}이 생각을 합니다.""",
    },
    {
        "id": "h16-ko-02",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Song Un-jong", "송은정", "witness", []),
            ("Han Myong-ok", "한명옥", "supervisor", []),
            ("Ri Hyang-mi", "리향미", "coworker", ["Yi Hyang-mi"]),
        ],
        "note": "Interviewer memo in Korean, Chinese seafood plant; 언니, 관리원, 씨 titles; Chinese names in Hangul and hanzi; 리/이 variants; 왕 사장.",
        "text": """면담자 메모 (2021.9.3, {{u:서울}})

구술자 {{r:송은정}}(여, 1994년생, {{u:청진}} 출신). 2017년부터 2020년까지 {{u:랴오닝성}} {{u:둥강}}의 게·오징어 가공 공장에서 일함. 회사 이름은 {{u:해양수산식품유한공사}}로 기억함.

- 관리원은 {{r:한명옥}}. {{r:한}} 관리원이 {{u:단둥}}역에서 여권을 걷었고 이후 한 번도 돌려주지 않음. {{r:명옥}}이는 나이가 많지 않았으나 모두 "관리원 동지"라고 불렀다고 함.
- 작업 시간은 아침 여섯 시부터 밤 열한 시까지. 성수기에는 스무 시간 넘게. 중국인 조장 {{p:류}} 씨({{p:刘}})가 화장실 가는 시간을 쟀음.
- 임금: 공장이 한 사람당 2,000위안 넘게 냈다고 {{p:왕}} 사장({{p:王德华}})이 말했다 함. {{r:은정}} 씨가 받은 것은 한 달 100위안 안팎.
- 가장 가까웠던 사람은 {{r:향미}} 언니. {{r:리향미}}, 남쪽 서류로는 {{r:이향미}}. {{r:향미}} 언니가 얼음물에 손이 얼어 터졌을 때 {{r:한명옥}}은 "충성심 부족"이라고 함.
- 조선족 통역 {{p:김춘실}} 아주머니가 몰래 약을 줌. {{p:춘실}}이 아주머니 이야기를 할 때 구술자가 울었음.
- 매주 토요일 총화. {{r:송은정}}은 남조선 노래를 흥얼거렸다는 이유로 비판받음. 그 노래를 가르쳐 준 사람은 청소부 {{p:쑨}} 아주머니.
- 가족: 어머니 {{p:박옥녀}}, 남동생 {{p:은철}}이. {{r:한}} 관리원이 "{{u:청진}}에 있는 너희 어머니가 어떻게 될지 생각하라"고 협박.
- 2020년 2월 봉쇄 중 {{r:향미}} 언니와 함께 탈출. {{r:향미}}는 {{u:쿤밍}}에서 잡힘.""",
    },
    {
        "id": "h16-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kang Chol-ho", "강철호", "witness", []),
            ("Pak Sang-gil", "박상길", "supervisor", ["Park Sang-gil", "돼지"]),
            ("Jang Un-bok", "장은복", "coworker", []),
        ],
        "note": "Q/A transcript in Korean, Kuwait construction; nickname 돼지; Latin-letter romanization inside Korean text; Arabic names in Hangul and Arabic script; 지배인 title.",
        "text": """문: 이름과 나이를 말씀해 주십시오.
답: {{r:강철호}}, 마흔한 살입니다.
문: 어디에서 일했습니까?
답: {{u:쿠웨이트}}입니다. 2015년부터 3년 동안 {{u:남강건설}} 소속으로 {{u:자흐라}} 주택단지를 지었습니다.
문: 책임자는 누구였습니까?
답: 지배인 {{r:박상길}}입니다. 현지 회사 서류에는 {{r:Park Sang-gil}}로 되어 있었습니다. 우리끼리는 {{r:돼지}}라고 불렀습니다. {{r:박}} 지배인이 여권을 다 가지고 있었습니다.
문: 하루에 몇 시간 일했습니까?
답: 새벽 네 시 반에 나가서 밤 아홉 시에 들어왔습니다. 여름에는 오십 도였습니다. {{r:상길}}이는 에어컨 있는 사무실에 있었고요.
문: 임금은 받았습니까?
답: 현지 회사 사장 {{p:압둘라 알사바히}}({{p:عبدالله الصباحي}})가 한 사람당 500디나르를 냈다고 들었습니다. 저는 한 달에 30디나르 정도 받았습니다.
문: 다친 사람이 있었습니까?
답: {{r:장은복}}이가 비계에서 떨어졌습니다. {{r:은복}}이는 허리를 다쳤는데 {{r:돼지}}가 병원에 안 보냈습니다. 이집트 사람 기사 {{p:마흐무드}}가 자기 차로 데려갔습니다. {{p:마흐무드}} 아니었으면 {{r:장은복}}은 죽었을 겁니다.
문: 어떻게 나왔습니까?
답: {{p:마흐무드}}의 사촌 {{p:하산}}이 대사관 전화번호를 알려 줬습니다. 2018년 1월에 나왔습니다. {{r:은복}}이와 {{p:성국}}이는 남았습니다.""",
    },
    {
        "id": "h16-ko-04",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Yu Kwang-su", "유광수", "witness", []),
            ("Ri Yong-chol", "리용철", "supervisor", ["용철이"]),
        ],
        "note": "Korean Q/A, Mongolia; Mongolian names in Hangul and Cyrillic; public square and airport named after persons; 선생/아저씨 titles; 가/는 particles.",
        "text": """문: 몽골에는 언제 갔습니까?
답: 2017년 봄입니다. {{u:울란바토르}} 아파트 공사장이었습니다. 저 {{r:유광수}}를 포함해서 서른 명이었습니다.
문: 누가 여권을 가져갔습니까?
답: {{r:리용철}}이라는 작업반장이었습니다. {{u:칭기즈칸 국제공항}}에서 내리자마자 걷어갔습니다. {{r:리}} 반장은 몽골 말을 조금 했습니다.
문: 몽골 사람들과는 어땠습니까?
답: 현장 주인은 {{p:바트바야르}}({{p:Батбаяр}}) 사장이었고, 그 밑에 감독 {{p:간톨가}}가 있었습니다. {{p:간톨가}}는 우리에게 친절했습니다. {{r:용철}}이는 그걸 싫어했습니다.
문: 일하는 시간은요?
답: 아침 일곱 시부터 밤 열 시까지, 여름엔 더 늦게까지요. 여름엔 해가 길어서요.
문: 생활총화는 했습니까?
답: 매주 했습니다. {{p:최}} 선생이라고, 대사관에서 오는 사람이 있었는데 {{p:최}} 선생 앞에서는 모두 떨었습니다. 한 번은 {{p:문성진}}이가 몽골 여자 {{p:오윤}}한테 웃었다고 사흘 동안 비판받았습니다. {{p:성진}}이는 결국 귀국했습니다.
문: 가족은요?
답: 아내 {{p:김선화}}와 딸 {{p:유진}}이가 {{u:순천}}에 있습니다. {{r:리용철}}이 "네 딸 학교 생각해라"고 했습니다.
문: 어떻게 나왔습니까?
답: {{u:수흐바타르 광장}} 근처에서 {{p:간톨가}} 아저씨 조카 {{p:바야르}}가 택시를 불러 줬습니다. {{r:광수}}야, 빨리 가라, 하고요.""",
    },
    {
        "id": "h16-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Mun Chol-su", "문철수", "witness", []),
            ("Mun Hye-ok", "문혜옥", "relative", ["혜옥이"]),
            ("Ju Kyong-nam", "주경남", "supervisor", []),
        ],
        "note": "Letter in Korean, Polish shipyard; sister addressed by given name with 아/야 vocative; Polish names in Hangul with Latin; 동지 title; ship named after a person.",
        "text": """[{{r:문철수}}가 2015년 {{u:그단스크}}에서 누이에게 쓴 편지. 보내지 못했다고 함.]

사랑하는 {{r:혜옥}}아,

오빠는 잘 있다. {{u:그디니아}} 조선소에서 배에 용접을 한다. 지금 만드는 배 이름이 {{u:프레데리크 쇼팽}}이라는데, 피아노 치던 사람 이름이라고 폴란드 반장 {{p:야체크}}가 알려 줬다. {{p:야체크 코발스키}}({{p:Jacek Kowalski}})는 좋은 사람이다.

우리 책임자는 {{r:주경남}} 동지다. {{r:주}} 동지가 여권과 통장을 다 가지고 있다. 월급이 얼마인지 {{r:경남}} 동지만 안다. 폴란드 사람들 말로는 한 달에 천 즐로티가 넘는다는데, 오빠가 받는 건 백 달러 정도다.

일은 아침 일곱 시부터 밤 열 시까지 한다. 일요일도 두 번에 한 번은 일한다. 옆 침대 {{p:강영수}} 동무가 지난달 쓰러졌는데 {{r:주경남}}이 "꾀병"이라고 했다. {{p:영수}}는 지금도 기침을 한다.

{{r:혜옥}}아, 어머니께 오빠 손 다친 얘기는 하지 마라. 조선소 식당 아주머니 {{p:바샤}}가 약을 줬다. {{p:바르바라}}라는 이름인데 모두 {{p:바샤}}라고 부른다.

총화 때 {{r:주}} 동지가 너희 학교 이야기를 했다. 오빠가 잘못하면 {{r:혜옥}}이가 대학에 못 간다고. 그러니 오빠는 조용히 있겠다.

{{r:철수}} 오빠가""",
    },
    {
        "id": "h16-ko-06",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Hyon Myong-il", "현명일", "witness", ["HYON Myong-il"]),
            ("Jang Song-min", "장성민", "supervisor", ["Чан"]),
            ("O Kwang-hyok", "오광혁", "coworker", []),
        ],
        "note": "Roster in Korean, Moscow construction; fullwidth Latin name inside Korean text; one-syllable given name 철 with vocative 아; bare surname 오 and 장 with titles; Russian patronymic and diminutive in Hangul; avenue named after Lenin.",
        "text": """[{{r:현명일}}이 기억으로 적은 {{u:모스크바}} 공사장 작업반 명단, 2018년]

러시아 회사 출입증에는 제 이름이 {{r:ＨＹＯＮ Ｍｙｏｎｇ-ｉｌ}}처럼 넓은 글씨로 찍혀 있었다.

1. {{r:장성민}} — 소장. 여권 보관. 러시아 사람들은 {{r:Чан}}이라고 불렀다.
2. {{r:현명일}} — 나. 미장공.
3. {{r:오광혁}} — 타일공. {{r:광혁}}이는 {{u:남포}} 출신. 손재주가 좋아 {{r:장}} 소장이 아꼈다.
4. {{p:리만길}} — 전기공. {{p:만길}}이 아저씨, 쉰다섯.
5. {{p:한성욱}} — 2018년 6월 현장에서 떨어져 사망. {{p:성욱}}이 처 {{p:정미란}}은 {{u:평성}}에 있다.
6. {{p:도철}} — 막내. 외자 이름이라 다들 "{{p:철}}아" 하고 불렀다.

(메모) 러시아 감독은 {{p:드미트리 세르게예비치}}, 다들 {{p:디마}}라고 했다. {{p:디마}}가 한 달에 한 번 {{r:장성민}}에게 현금 봉투를 주었다. 한 사람 몫이 한 달 2만 루블이라는데 우리가 받은 건 2천 루블. 하루 열네 시간 일하고, 밤에는 {{u:레닌 대로}} 쪽 건물 지하에서 잤다.

{{r:오}} 동무가 {{p:디마}}한테 전화를 빌렸다가 들켰다. {{r:장}} 소장은 {{r:오광혁}}을 사흘 동안 총화에 세웠고, 나는 {{r:광혁}}이를 비판해야 했다. 2019년 3월, 타지크 사람 {{p:루스탐}}이 나를 {{u:카잔역}}까지 데려다 주었다.""",
    },
    {
        "id": "h16-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Sol-hwa", "김설화", "witness", []),
            ("Pang Sun-dok", "방순덕", "supervisor", []),
        ],
        "note": "Korean chat log, Vientiane restaurant; emoji right after names; 방 as surname and as ordinary word (room); Lao names in Hangul and Lao script; 지배인/언니 titles.",
        "text": """[카카오톡 대화 일부, 2019년 11월. 구술자의 허락을 받아 옮김.]

{{p:민지}} (활동가): 지금 통화 돼요?
{{r:설화}}: 안 돼요. {{r:방}} 지배인이 방 앞에 있어요 😰
{{p:민지}} (활동가): 알겠어요. 글로 해요
{{r:설화}}: {{r:방순덕}} 지배인이 오늘 또 여권 얘기했어요. 도망가면 {{u:비엔티안}} 경찰이 바로 잡는대요
{{r:설화}}: 근데 {{p:분미}} 🙂 언니가 거짓말이래요. {{p:분미}}({{p:ບຸນມີ}})는 식당 옆 세탁소 언니
{{p:민지}} (활동가): {{p:분미}} 씨 믿을 수 있어요?
{{r:설화}}: 네. {{p:분미}} 언니 남편 {{p:솜삭}}이 뚝뚝 기사예요
{{r:설화}}: 어제 {{p:은하}}가 총화에서 울었어요. 손님한테 웃었다고. {{r:순덕}}이 아줌마가 {{p:은하}} 엄마 {{u:평양}}에 있다고 협박했어요
{{r:설화}}: 우리 아침 아홉 시부터 새벽 한 시까지 일해요. 팁은 {{r:방}} 지배인이 다 가져가요
{{p:민지}} (활동가): 토요일 오후 두 시, {{u:탓루앙}} 앞. {{p:솜삭}} 씨 차 번호 보낼게요
{{r:설화}}: 네 ❤️ {{r:김설화}}라고 부르지 말고 {{p:쏨}}이라고 불러 달라고 하세요
{{p:민지}} (활동가): ?
{{r:설화}}: {{p:솜삭}} 씨 부인 이름이 {{p:쏨}}이라서, 언니인 척하려고요""",
    },
    {
        "id": "h16-ko-08",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ha Song-chol", "하성철", "witness", []),
            ("An Myong-su", "안명수", "supervisor", []),
            ("Kye Yong-jin", "계용진", "coworker", []),
        ],
        "note": "Angola workshop, Korean first person; surnames 하 and 안 next to ordinary 하루/안 (not); 기사장 title; Portuguese names in Hangul with 도나/세뇨르; mausoleum and street named after public figures; Kim Il Sung statue.",
        "text": """저는 {{r:하성철}}입니다. 2012년부터 {{u:루안다}}에 있었습니다. {{u:만수대해외개발회사그룹}}에서 동상과 기념비를 만들었습니다.

책임자는 {{r:안명수}} 기사장이었습니다. {{r:안}} 기사장은 여권을 안 돌려주었습니다. 하루는 제가 여권을 보여 달라고 했더니 {{r:명수}} 기사장이 "너 {{r:하}} 동무는 사상이 썩었다"고 했습니다.

작업장은 {{u:아밀카르 카브랄 거리}}에 있었고, 낮에는 {{u:아고스티뉴 네투}} 기념관 마감을 했습니다. 밤에는 포르투갈 사람 {{p:페레이라}} 씨 집을 지었습니다. 하루 열여섯 시간이었습니다. 그 돈은 다 {{r:안명수}}한테 갔습니다.

제 짝 {{r:계용진}}은 앙골라 운전수 {{p:주앙}}하고 친했습니다. {{p:주앙 바티스타}}는 우리한테 포르투갈 말을 가르쳐 주었습니다. {{r:용진}}이가 시장 아주머니 도나 {{p:마리아}}한테 생선을 사다가 들켰습니다. 총화에서 {{r:안}} 기사장이 {{r:계}} 동무를 한 시간 동안 세워 두었습니다. {{p:마리아}} 아주머니 딸 {{p:룰라}}가 그걸 보고 울었다고 {{p:주앙}}이 나중에 말해 주었습니다.

2015년에 {{r:용진}}이는 귀국했습니다. {{r:계용진}}의 어머니 {{p:최순복}}이 {{u:개성}}에서 아프다는 편지가 왔기 때문입니다. 저는 2016년에 {{p:주앙}}의 도움으로 {{u:리스본}}행 비행기를 탔습니다. {{r:성철}}이가 살아 있다고 {{p:주앙}}한테 전해 주세요.""",
    },
    {
        "id": "h16-ko-09",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Pae Yong-nam", "배용남", "witness", []),
            ("Ko In-chol", "고인철", "official", []),
            ("Wang Dezhi", "왕더즈", "supervisor", ["王德志", "왕 선장"]),
        ],
        "note": "Distant-water fishing boat, Korean first person; surname 배 next to ordinary 배 (ship); 고 surname; ship named after Kim Chaek and university named after him (public); Chinese captain in Hangul and hanzi; 지도원 title.",
        "text": """저 {{r:배용남}}은 2018년에 중국 원양어선을 탔습니다. 배 이름은 중국말이었는데, 그 전에 우리 배로 쓸 때는 {{u:김책호}}였다고 합니다. {{u:김책공업종합대학}}을 나온 기관장 {{p:함}} 동무가 그렇게 말했습니다.

선장은 중국 사람 {{r:왕더즈}}({{r:王德志}})였습니다. 우리는 {{r:왕}} 선장이라고 불렀습니다. 조선 사람 쪽 책임자는 정치지도원 {{r:고인철}}이었습니다. {{r:고}} 지도원이 선원수첩과 여권을 가지고 있었고, {{r:왕더즈}}와 돈을 나눴습니다.

오징어철에는 하루 스무 시간씩 갑판에 있었습니다. 불을 켜 놓고 밤새 낚았습니다. 선원은 조선 사람 열여섯, 중국 사람 다섯이었습니다. 중국인 요리사 {{p:라오류}}가 밥을 더 주면 {{r:고인철}}이가 화를 냈습니다.

제일 어린 {{p:림성국}}이는 열여덟 살이었습니다. {{p:성국}}이가 손을 크게 다쳤는데 {{r:인철}}이는 "배에서 내리면 끝"이라고 했습니다. {{r:왕}} 선장이 {{u:다롄}} 항구 의사 {{p:장}} 선생한테 데려갔습니다. 그 일로 {{r:고}} 지도원과 {{r:왕}} 선장이 크게 싸웠습니다.

가족 얘기를 하자면, 제 처 {{p:송미경}}과 아들 {{p:배현}}이가 {{u:신포}}에 있습니다. 총화 때마다 {{r:고인철}}은 "{{u:신포}}에 있는 네 식구"를 들먹였습니다.

2019년 가을 {{u:부산}}항 근처에서 배가 고장 났을 때, 저는 그 배에서 내렸습니다.""",
    },
    {
        "id": "h16-ko-10",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Sin Hyok", "신혁", "witness", ["혁이"]),
            ("Pyon Tae-gwon", "변태권", "supervisor", []),
            ("Jo Kum-song", "조금성", "coworker", []),
        ],
        "note": "Self-criticism session in Qatar, Korean reconstructed dialogue; one-syllable given name 혁; 조금 (a little) next to surname 조 and given name 금성 (also Venus); 동무/반장; Nepali names; public figure name in loyalty slogan.",
        "text": """{{u:카타르}} {{u:도하}}, 2016년 8월 어느 토요일 밤. {{r:신혁}}이 기억하는 생활총화 장면이다.

반장 {{r:변태권}}이 먼저 말했다. "{{r:조금성}} 동무, 일어서라." {{r:금성}}이는 조금 떨면서 일어났다.

"동무는 지난 화요일 네팔 사람 {{p:라메시}}한테서 전화를 빌렸지?"
"아닙니다, 반장 동지. {{p:라메시}}가 먼저 사진을 보여 준 겁니다."
"{{r:혁}}이, 네가 말해 봐라."

{{r:신혁}}은 그날을 잊지 못한다. {{r:조}} 동무는 그의 동향이었고, 둘 다 {{u:원산}}에서 왔다. 그러나 {{r:변}} 반장 옆에는 대사관에서 온 {{p:허}} 참사가 앉아 있었다. {{r:혁}}은 "{{r:금성}} 동무가 경각성이 부족했습니다"라고 말했다.

하루 일은 새벽 네 시에 시작해서 밤 아홉 시에 끝났다. 낮 기온은 사십팔 도였다. 월급은 현지 회사 {{u:알자베르 건설}}이 {{r:변태권}}에게 한꺼번에 주었고, 한 사람당 한 달에 손에 쥐는 건 백 리얄이 안 됐다. 나머지는 "{{u:김정은}} 원수님께 드리는 충성자금"이라고 했다.

다음 주 {{r:조금성}}은 귀국 비행기를 탔다. {{p:라메시 타파}}는 {{r:혁}}에게 "{{r:Kum}} gone?"이라고 물었다. {{r:신혁}}이 현장을 떠난 것은 2017년 겨울, 인도 사람 감독 {{p:수닐}}의 차에서였다.""",
    },
    {
        "id": "h16-ko-11",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yun Chae-ryon", "윤채련", "witness", []),
            ("Do Mi-suk", "도미숙", "supervisor", []),
        ],
        "note": "Interviewer memo, Chinese garment factory in Korean; surname 도 next to ordinary -도 particle; Korean-Chinese owner as 진 사장 and 金; 씨/언니/아주머니; many unregistered co-workers.",
        "text": """면담 메모, 2022년 4월. 구술자 {{r:윤채련}}, 스물아홉, {{u:혜산}} 출신.

{{r:채련}} 씨는 2016년 {{u:단둥}}의 봉제공장으로 갔다. 같이 간 여성은 모두 쉰두 명. 관리 책임자는 {{r:도미숙}}. {{r:도}} 책임자도 여자였고, 나이는 마흔쯤. {{r:미숙}}이 언니라고 부르라고 했지만 아무도 그렇게 부르지 못했다고 한다.

공장 주인은 조선족 {{p:진춘매}} 사장({{p:金春梅}}). 중국 직원들은 {{p:진}} 사장, 우리는 {{p:김}} 사장이라고 했다. {{p:진춘매}}가 {{r:도미숙}}에게 월급을 한꺼번에 넘겼다.

일은 아침 일곱 시 반부터 밤 열두 시. 납기 때는 이틀 밤을 새웠다. 중국인 기계공 {{p:샤오왕}}이 재봉틀을 고쳐 주며 몰래 사탕을 줬다.

같은 방 사람들: {{p:황금실}}, {{p:리옥별}}, 막내 {{p:은}}이. {{p:금실}}이 언니는 손가락이 바늘에 꿰여 {{p:정}} 의사가 있는 조선족 병원에 갔다. {{r:도미숙}}은 병원비를 {{p:황금실}}의 월급에서 뺐다.

총화 때 {{r:채련}}이는 {{p:옥별}}이를 비판해야 했다. {{p:옥별}}이가 중국 드라마를 봤다는 것. {{r:도}} 책임자는 "너희 부모도 다 알게 된다"고 했다.

2019년 {{r:윤채련}}은 {{p:샤오왕}}의 오토바이를 타고 공장을 나왔다.""",
    },
    {
        "id": "h16-ko-12",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Cha Kwang-il", "차광일", "witness", []),
            ("Ryu Myong-chol", "류명철", "official", ["유명철"]),
        ],
        "note": "Excerpt quoted from a report in Korean, Equatorial Guinea; soft hyphen inside a Hangul-romanized name; 류/유 variant; 유명 (famous) as an ordinary word next to 유명철; Spanish names in Hangul; president's name public.",
        "text": """아래는 {{u:적도기니}} {{u:말라보}} 건설 현장에서 나온 보고서 한 장을 구술자 {{r:차광일}}이 기억나는 대로 옮긴 것이다.

「보고. 3작업반 {{r:차광일}}은 현지인과 자주 접촉함. 스페인어를 배우고 있음. 현지 감독 {{p:산티아고}}와 담배를 나눠 피우는 것이 목격됨. 3월 12일, 19일 총화에서 자기비판함. 처 {{p:리경희}}와 아들에게 통보 바람. 보위지도원 {{r:류명철}}.」

{{r:광일}} 씨에 따르면 이 보고서를 쓴 {{r:류}} 지도원은 현장에서 유명한 사람이었다. 현지 회사 서류에는 {{r:Ryu Myong\u00adchol}}, 다른 서류에는 {{r:유명철}}로 적혀 있었다. {{r:명철}}이는 여권 서른 개를 가방에 넣고 다녔다.

현지 감독의 이름은 {{p:산티아고 은수에}}. {{p:은수에}}는 팡족이었고, 노동자들에게 빵을 주었다. 식당 아주머니 {{p:로사}}는 마마 {{p:로사}}로 불렸다. {{r:차광일}}은 {{p:로사}} 아주머니가 준 약 덕분에 말라리아에서 살았다고 한다. 같은 반 {{p:편일수}}는 2015년 말라리아로 죽었다. {{p:일수}}의 시신은 보고서 없이 귀국했다.

하루 작업은 아침 여섯 시부터 밤 아홉 시. {{u:테오도로 오비앙 응게마 음바소고}} 대통령이 현장을 보러 오는 날에는 밤을 새웠다. 월급은 한 달 600달러라고 들었으나 {{r:광일}}이 받은 것은 40달러 안팎이었다.""",
    },
    {
        "id": "h16-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yang Chun-hui", "양춘희", "witness", []),
            ("Son Hak-nam", "손학남", "supervisor", []),
        ],
        "note": "Senegal workshop, Korean first person told by a cook; 손 surname next to ordinary 손 (hand); Wolof names in Hangul and Latin; monument and airport names public; 아저씨/선생.",
        "text": """저는 {{r:양춘희}}이고, {{u:다카르}}에서 작업반 밥을 지었습니다. 2010년부터 2년입니다. 남자들은 {{u:만수대창작사}} 작업장에서 동상을 만들었고, 저는 그 사람들 밥을 했습니다.

책임자는 {{r:손학남}}이었습니다. {{r:손}} 책임자는 손이 아주 컸는데, 그 손으로 여권 꾸러미를 늘 쥐고 다녔습니다. {{r:학남}} 동지는 여자라고 저를 더 심하게 감시했습니다.

시장에서 쌀을 팔던 {{p:파투}} 아주머니가 저한테 월로프 말을 가르쳐 주었습니다. {{p:파투 은디아예}}({{p:Fatou Ndiaye}})라는 분입니다. {{p:파투}}의 아들 {{p:모두}}가 자전거로 채소를 날라다 주었습니다.

아침 네 시에 일어나 밤 열한 시에 잤습니다. 남자들은 열여섯 시간씩 일했습니다. {{p:리철범}} 아저씨는 {{p:모두}}한테 그림을 그려 줬다가 총화에 섰습니다. {{r:손학남}}이 {{p:철범}}이 아저씨한테 "조국의 재산을 팔아먹었다"고 했습니다.

우리가 고생해서 만든 {{u:아프리카 르네상스 기념비}}를 {{u:압둘라예 와드}} 대통령이 보러 왔을 때 {{r:손}} 책임자가 맨 앞에 섰습니다.

2012년에 {{r:춘희}}, 제가 {{u:레오폴 세다르 상고르 국제공항}}에서 귀국 비행기를 기다리다가 화장실로 가서 {{p:파투}} 아주머니가 소개한 {{p:우스만}} 선생을 만났습니다.""",
    },
    {
        "id": "h16-ko-14",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Un-ha", "김은하", "witness", []),
            ("Ri Sun-bok", "리순복", "supervisor", []),
            ("Mun Ok-rim", "문옥림", "coworker", []),
        ],
        "note": "Cambodia restaurant, Korean interview notes; surname 문 next to ordinary 문 (door); 언니/지배인; Khmer name with 봉 title; Vietnamese landlord; boulevard named after king; Pyongyang restaurant as public.",
        "text": """구술: {{r:김은하}}, 스물여섯. 면담 장소 {{u:방콕}}, 2019년 12월.

{{r:은하}} 씨는 2016년부터 {{u:프놈펜}}의 {{u:평양랭면관}}에서 접대원으로 일했다. 지배인은 {{r:리순복}}. {{r:리}} 지배인은 밤마다 문을 잠그고 열쇠를 가져갔다. 여권도 {{r:순복}}이 지배인 금고에 있었다.

하루 일과: 아침 아홉 시 준비, 점심 장사, 저녁 공연 두 번, 자정 넘어 총화. 손님이 준 팁은 그 자리에서 {{r:리순복}}에게 바쳤다.

같은 방 {{r:문옥림}} 언니. {{r:옥림}} 언니는 {{u:평양음악무용대학}}을 나와 가야금을 탔다. 문 앞에 앉아 있는 {{r:문}} 언니를 한국 손님 {{p:정}} 사장이 자꾸 불렀다. {{r:리}} 지배인은 {{r:옥림}}이를 총화에 세웠다.

건물 주인은 베트남 사람 {{p:응우옌 반 훙}}. 직원들은 {{p:훙}} 아저씨라고 했다. 뚝뚝 기사 {{p:소카}}는 봉 {{p:소카}}로 불렸다. {{p:소카}}가 {{u:노로돔 대로}}에서 교회 전단을 몰래 건넸다.

{{r:은하}} 씨의 어머니 {{p:최경애}}는 {{u:평양}}에 있다. {{r:순복}}이 지배인은 "너희 어머니 직장이 어떻게 될지 모른다"고 말했다.

2018년 9월, {{r:김은하}}는 {{p:소카}}의 뚝뚝을 타고 {{u:독립기념탑}} 근처 교회로 갔다.""",
    },
    {
        "id": "h16-ko-15",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Ri Chang-su", "리창수", "witness", ["이창수", "Lee Chang-soo"]),
            ("Kang Ho-nam", "강호남", "supervisor", []),
        ],
        "note": "Escape narrative, Sakhalin construction to consulate; 리/이/Lee for one person; surname 강 next to ordinary 강 (river); Russian names with patronymic and Cyrillic; 호 inside a name vs 호 (ship number); pastor title.",
        "text": """{{u:사할린}} {{u:유즈노사할린스크}}에서 3년을 일하고 도망친 {{r:리창수}}의 이야기. 한국에 온 뒤 주민등록에는 {{r:이창수}}, 여권에는 {{r:Lee Chang-soo}}로 되어 있다.

"저는 아파트 공사장 미장공이었습니다. 작업반장은 {{r:강호남}}. {{r:강}} 반장은 강가 숙소에서 여권 스물다섯 개를 베개 밑에 두고 잤습니다. 러시아 회사 사장 {{p:세르게이 니콜라예비치 페트로프}}가 {{r:호남}}이 반장에게 현금을 줬습니다.

일은 아침 일곱 시부터 밤 열한 시까지였습니다. 한 달 임금이 4만 루블이라는데 저한테 온 건 3천 루블이었습니다.

같이 자던 {{p:황철용}}이가 2017년 겨울 동상에 걸렸습니다. {{p:철용}}이 발가락을 러시아 의사 {{p:이리나}}({{p:Ирина}})가 잘라 냈습니다. {{r:강호남}}은 {{p:황}} 동무를 '게으름뱅이'라고 총화에서 비판했습니다.

현장 경비 {{p:고샤}}는 고려인이었습니다. 할아버지 때 이름이 {{p:김}} 씨라고 했습니다. {{p:게오르기 김}}({{p:Георгий Ким}})이 본명입니다. {{p:고샤}}가 '{{u:코르사코프}} 항구에 {{u:영광호}}가 들어온다, 타지 마라'고 알려 줬습니다. 그 배는 귀국선이었습니다.

2018년 봄, 저는 {{p:고샤}}의 차를 타고 {{u:대한민국 총영사관}}으로 갔습니다. 거기서 {{p:한}} 목사님을 만났습니다. {{r:창수}}야, 이제 살았다, 하고 목사님이 말했습니다.\"""",
    },
    {
        "id": "h16-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Yong-dok", "리용덕", "witness", ["Yi Yong-deok"]),
            ("Kim Chang-bom", "김창범", "supervisor", ["Bear"]),
            ("Ri Myong-hui", "리명희", "relative", []),
        ],
        "note": "English interviewer notes with Korean quotations; same person in Hangul with particles and in Latin; nickname Bear also used as an ordinary word; two persons sharing surname Ri; Russian names with Cyrillic.",
        "text": """Interview 3, {{r:Ri Yong-dok}} (South Korean ID: {{r:Yi Yong-deok}}), logging and road construction near {{u:Khabarovsk}}, 2014-2017.

{{r:Ri}} describes the camp chief, {{r:Kim Chang-bom}}, as "a bear of a man"; the workers called him {{r:Bear}} ({{r:곰}}). Quote: "{{r:김창범}}이가 여권을 다 걷었어요. {{r:창범}}이 방에 가면 금고가 있었는데, 거기 {{u:김일성}} 초상 뒤에 열쇠가 있었어요."

Hours: 5:00 to 21:00 in winter, "until the light went" in summer. A real bear once came to the cutting line, he says, and {{r:Bear}} sent men out anyway.

Russian contacts: the timber buyer {{p:Aleksandr Fyodorovich}} ({{p:Александр Фёдорович}}), called {{p:Sasha}}, and his driver {{p:Kostya}}. {{p:Sasha}} paid {{r:Kim}} monthly in cash; {{r:Yong-dok}} estimates the workers saw one tenth.

Co-workers named: {{p:Pak Il-nam}} ("{{p:일남}}이 형"), {{p:Choe Jun}}, and a boy from {{u:Musan}}, {{p:Ho Kwang}}. {{p:Kwang}} lost an eye to a splinter; {{r:Kim Chang-bom}} recorded it as carelessness. At the Saturday 총화 {{p:Jun}} had to criticize {{p:Il-nam}} for asking about wages.

Family: wife {{r:Ri Myong-hui}} ({{r:리명희}}) in {{u:Chongjin}}. "{{r:명희}}한테 무슨 일이 생길까 봐 아무 말도 못 했어요." {{r:Myong-hui}}'s brother {{p:Ri Chol}} is a party cadre, he adds, which made it worse.

Escape: 2017, with {{p:Kostya}}'s help, to {{u:Moscow}} and the {{u:UNHCR}} office.""",
    },
    {
        "id": "h16-mixed-02",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Chae Hyang-sun", "채향순", "witness", []),
            ("Sok Kum-ok", "석금옥", "supervisor", []),
        ],
        "note": "Korean narrative with Chinese names in pinyin and hanzi and Latin romanizations; 언니/관리원; factory named after founder; Chinese diminutive Xiao / Lao; Weihai.",
        "text": """저는 {{r:채향순}}입니다. 2017년에 {{u:산둥성}} {{u:웨이하이}}의 수산물 공장으로 갔습니다. 공장 이름은 {{u:Liu Shi Seafood}}, 중국말로 {{u:刘氏水产}}, 주인 할아버지 성을 딴 이름이었습니다.

관리원은 {{r:석금옥}}이었습니다. 서류에는 {{r:SOK KUM OK}}, 중국 사람들은 {{r:Shi Jinyu}}({{r:石金玉}})라고 불렀습니다. {{r:석}} 관리원이 여권과 휴대폰을 다 가져갔습니다.

일은 아침 다섯 시 반부터 밤 열한 시까지, 새우 껍질을 깠습니다. 중국인 반장 {{p:Liu Qiang}}({{p:刘强}}), 다들 {{p:Xiao Liu}}라고 했는데, 사장 {{p:Liu Baoshan}}의 손자였습니다. {{p:Lao Liu}}, 그러니까 할아버지는 가끔 와서 귤을 주었습니다.

같은 방 언니들: {{p:정영애}}, {{p:홍설미}}. {{p:영애}} 언니는 {{p:Xiao Liu}}한테 한국 노래를 배웠다가 총화에서 울었습니다. {{r:금옥}}이 관리원은 "{{p:정영애}} 동무 어머니가 {{u:해주}}에 계시지?" 하고 물었습니다. 그 말이면 충분했습니다.

임금은 한 달 2,500위안이라는데 저는 200위안 받았습니다. {{r:Sok}}은 나머지가 "{{u:조선로동당}} 자금"이라고 했습니다.

2019년 {{p:홍설미}}와 같이 도망쳤습니다. 조선족 할머니 {{p:Piao Shunji}}, 우리말로 {{p:박순희}} 할머니가 우리를 {{u:칭다오}}까지 데려다 주었습니다. {{p:설미}}는 지금 {{u:서울}}에 있습니다.""",
    },
    {
        "id": "h16-mixed-03",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Yu Song-il", "유성일", "witness", []),
            ("Ho Chang-nam", "허창남", "supervisor", ["Heo Chang-nam"]),
        ],
        "note": "Bilingual chat log, Vladivostok construction; zero-width space inside a name; Yu/Ho/Song as names and as ordinary English words; 허/Ho/Heo; Russian diminutive; Uzbek driver.",
        "text": """[Telegram chat, Nov 2018, between an NGO volunteer and a worker at a site in {{u:Vladivostok}}. Korean kept as written.]

vol_{{p:Anna}}: Hi, is this {{r:Song-il}}?
{{r:Yu}}: 네 {{r:유성일}}입니다. 영어 조금 해요
vol_{{p:Anna}}: ok. Are you alone? Can you talk?
{{r:Yu}}: {{r:허}} 반장 잠 자요. {{r:Ho}} sleep. 10 min
vol_{{p:Anna}}: Who is {{r:Ho}}? Your boss?
{{r:Yu}}: {{r:Ho Chang-nam}}. South write {{r:Heo}}. {{r:창남}}이 passport all have. 40 passport
vol_{{p:Anna}}: How many hours do you work?
{{r:Yu}}: 6 to 23. every day. Sunday also. money no
{{r:Yu}}: {{p:Kim Myong-chol}} maybe. {{p:명철}}이 형 wife sick in {{u:Hamhung}}. he afraid
{{r:Yu}}: and {{p:Pa\u200bk}}. young {{p:Pak}}, 19
vol_{{p:Anna}}: ok. You know {{p:Dima}}'s driver? The Uzbek one
{{r:Yu}}: {{p:Rustam}}? {{p:Рустам}} yes. {{p:Rustam}} good
vol_{{p:Anna}}: {{p:Rustam}} will be at the gate on {{u:Russkaya Street}} Saturday 2am. Ho ho, don't be late 😊
{{r:Yu}}: ho ho?
vol_{{p:Anna}}: just a joke. Santa. never mind
{{r:Yu}}: ok. if {{r:허창남}} wake up I go""",
    },
    {
        "id": "h16-mixed-04",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Won Chol-jun", "원철준", "witness", []),
            ("Paek Nam-su", "백남수", "supervisor", ["Baek Nam-soo"]),
            ("Ri Hak", "리학", "coworker", []),
        ],
        "note": "Bilingual roster, Kuwait construction; fullwidth letters in a romanized name; Paek/Baek; one-syllable given names; reversed order; Arabic names Latin/Arabic/Hangul; Kim Il Sung badge (public name).",
        "text": """[Roster given by {{r:Won Chol-jun}} / {{r:원철준}}, {{u:Kuwait}} housing project, 2015-2018. Hangul as he wrote it; romanization added by interviewer.]

1. {{r:백남수}} — {{r:Paek Nam-su}} ({{r:Baek Nam-soo}} in his Kuwaiti residence card). Team leader. Took passports at {{u:Kuwait International Airport}}.
2. {{r:원철준}} — {{r:Chol-jun WON}}, written {{r:ＷＯＮ Ｃｈｏｌ-ｊｕｎ}} on the company badge. Mason.
3. {{r:리학}} — {{r:Ri Hak}}. Steel fixer. Everyone said {{r:Hak}}, "the scholar". {{r:학}}이는 {{u:김일성}} 배지를 잃어버려서 사흘 총화를 받았다.
4. {{p:조명길}} — {{p:Jo Myong-gil}}. Driver. {{p:명길}}이는 2016년에 귀국.
5. {{p:방은}} — {{p:Pang Un}}. Cook, 52.
6. {{p:석룡}} — {{p:Sok Ryong}}. Died 2017, heatstroke. {{r:남수}}가 "병사"로 보고했다.

Others (not Korean): site engineer {{p:Faisal Al-Mutairi}} ({{p:فيصل المطيري}}, {{p:파이잘}}), who paid {{r:Paek}} 450 dinars a head per month; Bangladeshi tea boy {{p:Rahim}}; Egyptian nurse {{p:Nadia}} who treated {{p:Ryong}} too late.

{{r:철준}}의 메모: "하루 열일곱 시간. 손에 쥔 돈 한 달 20디나르. {{p:Rahim}}이 준 전화로 {{u:Seoul}}에 연락.\"""",
    },
    {
        "id": "h16-mixed-05",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jong Yu-ri", "정유리", "witness", ["Yuri"]),
            ("Ma Chun-sil", "마춘실", "supervisor", []),
        ],
        "note": "English Q/A with Korean answers, Laos restaurant; given name Yu-ri identical to Russian male name Yuri used for a different (unregistered) person; emoji next to a name; Lao names; 지배인; Ma as Korean surname.",
        "text": """Q: Your name, please.
A: {{r:정유리}}. {{r:Jong Yu-ri}}. At the restaurant the Russian guests called me {{r:Yuri}}, like a man, and laughed.
Q: Where was this?
A: {{u:Luang Prabang}}, then {{u:Vientiane}}. 2017 to 2019. 식당 이름은 {{u:평양 옥류관}}이었어요.
Q: Who managed it?
A: {{r:마춘실}} 지배인이요. Manager {{r:Ma}}. {{r:Ma Chun-sil}}. {{r:춘실}}이 아줌마가 여권을 다 가지고 있었어요.
Q: Russian guests?
A: Tourists. One, {{p:Yuri Borisovich}}, a real {{p:Yuri}}, came every week. {{r:마}} 지배인 liked him because he paid in dollars.
Q: Your hours?
A: 아침 아홉 시부터 새벽 한 시. Singing, serving, cleaning. 팁은 {{r:마춘실}}한테.
Q: Who helped you leave?
A: {{p:Phet}} 💛. {{p:Phetsamone}}, a Lao girl who sold flowers outside. {{p:펫}}이 언니 brother {{p:Bounthavy}} had a motorbike.
Q: Self-criticism?
A: Every night. {{r:유리}} was criticized for smiling at {{p:Yuri}}, can you imagine. {{r:Yuri}} and {{p:Yuri}}!
Q: When did you leave?
A: 2019년 4월, {{u:Pi Mai}} festival. Water everywhere, nobody looked. {{p:Bounthavy}} drove me to the {{u:Friendship Bridge}}.""",
    },
    {
        "id": "h16-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Tak Yong-chol", "탁영철", "witness", []),
            ("Tak Mi-ran", "탁미란", "relative", []),
            ("Kwon Song-hak", "권성학", "supervisor", []),
        ],
        "note": "Korean letter with translator's English notes, Szczecin shipyard; Song inside a given name; 권 과장 title; Polish names in Latin and Hangul with Pan title and diminutive; street named after a Polish hero.",
        "text": """[Translator's note: letter from {{r:Tak Yong-chol}} to his daughter {{r:Mi-ran}}, written in {{u:Szczecin}} in 2017 and given to us by Father {{p:Tomasz}} of the parish on {{u:Ulica Kościuszki}}.]

{{r:미란}}아,

아빠는 {{u:슈체친}} 조선소에서 용접을 한다. 하루 열네 시간, 일요일에도 반나절. 아빠 이름이 폴란드 서류에는 {{r:TAK YONG CHOL}}로 되어 있다고 Pan {{p:Zbigniew}}가 보여 주었다. {{p:즈비그니에프}} 아저씨는 이 배의 감독이야. 젊은 사람들은 그를 {{p:Zbyszek}}라고 부른다.

우리 책임자는 {{r:권성학}} 과장이다. {{r:권}} 과장이 여권과 은행 카드를 다 가지고 있다. 월급이 들어오면 {{r:성학}}이 과장이 은행에 같이 가서 돈을 찾아 간다. 아빠한테는 한 달에 100달러 정도 준다.

옆방 {{p:남궁철}} 아저씨가 지난달 총화에서 울었다. Pani {{p:Ewa}}라는 가게 아주머니한테 빵을 얻었다고. {{r:권성학}}은 {{p:남궁}} 동무 가족이 {{u:남포}}에 있다는 걸 두 번 말했다.

{{r:미란}}아, 엄마 {{p:장은순}}한테는 아빠가 건강하다고만 해라.

[Translator's note: "Pan {{p:Zbigniew}}" is {{p:Zbigniew Wróbel}}. Father {{p:Tomasz}} says {{r:Tak}} left the hostel in March 2018 with {{p:Wróbel}}'s help. {{r:탁영철}} is now in {{u:Germany}}; {{r:Tak Mi-ran}} is, as far as he knows, still in {{u:Nampo}}.]""",
    },
    {
        "id": "h16-mixed-07",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Sim Kyong-hwa", "심경화", "witness", []),
            ("Kim Yong-ae", "김영애", "supervisor", ["Jin Rong'ai"]),
        ],
        "note": "Excerpt quoted from a Chinese police record in English translation with Hangul and hanzi; soft hyphen inside a romanized name; names in capitals and reversed; Korean names read in Chinese (Kim = Jin); police officer and interpreter unregistered.",
        "text": """Excerpt quoted in the NGO case file, translated from a 2019 record of the {{u:Hunchun}} public security bureau (hanzi and Hangul as in the original):

    Person detained: {{r:SHEN Jinghua}} ({{r:沈京花}}), North Korean, stated name {{r:심경화}} / {{r:Sim Kyong\u00adhwa}}, age 24.
    Employer: {{u:Hunchun Hengda Garment Co.}}; manager of North Korean staff: {{r:JIN Rong'ai}} ({{r:金荣爱}}, Korean reading {{r:김영애}}).
    Officer: {{p:Zhao Peng}}. Interpreter: {{p:Cui Meilan}} ({{p:崔美兰}}).
    Statement: "I left because {{r:Kim}} took my passport and I was not paid. I worked 7 to 24 hours."

Case worker's comment. The line "7 to 24 hours" means 7:00 to midnight, says {{r:Kyong-hwa}}. {{r:Sim}} confirmed that the manager was {{r:김영애}} 반장, whom the workers called {{r:영애}} 반장님 to her face and "{{r:金}}" behind her back.

{{r:경화}}는 이렇게 말했다: "{{p:Zhao}} 경찰은 저를 돌려보내려고 했어요. {{p:최미란}} 통역, 아니 {{p:Cui}} 선생이 조선족이라 제 말을 천천히 옮겨 주었어요." {{p:Cui Meilan}} also phoned a church. Pastor {{p:Kang}}, a Korean-American, paid the fine.

Two co-workers are named in the record only as {{p:LI}} and {{p:PU}}: {{r:Sim}} identifies them as {{p:Ri Song-ok}} and {{p:Pu Hyon-ju}}. {{p:Hyon-ju}} was returned to {{u:Onsong}} in 2020.""",
    },
    {
        "id": "h16-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Myong Kwang-son", "명광선", "witness", []),
            ("Ok Chol-nam", "옥철남", "official", []),
        ],
        "note": "Fishing boat, Korean first person with English-script crew names; Indonesian and Filipino names and nicknames; surname 옥 and 명; ship named after a person; 지도원 title.",
        "text": """저는 {{r:명광선}}입니다. 2019년에 {{u:Taiwan}} 선적 참치 연승어선을 탔습니다. 배 이름은 {{u:Chen Kai Shan No. 8}}이었는데, 선주 할아버지 이름을 땄다고 했습니다. 선장은 대만 사람 Captain {{p:Lin}}, {{p:Lin Wen-hsiung}}({{p:林文雄}})입니다.

조선 사람 일곱 명의 책임자는 지도원 {{r:옥철남}}이었습니다. {{r:옥}} 지도원은 우리 선원수첩을 자기 캐비닛에 넣고 잠갔습니다. {{r:Ok Chol-nam}}, 선장 장부에는 그렇게 적혀 있었습니다.

나머지 선원은 인도네시아 사람과 필리핀 사람이었습니다. 인도네시아 사람 {{p:Agus Setiawan}}, 우리는 {{p:아구스}}라고 했습니다. {{p:Budi}}, {{p:Wayan}}. 필리핀 사람 {{p:Jun-Jun}}, 본명은 {{p:Reynaldo Cruz}}. {{p:Jun-Jun}}이 기타를 쳤습니다.

하루 스무 시간 낚싯줄을 감았습니다. 임금은 선장이 {{r:철남}}이한테 한꺼번에 주었습니다. 저는 열 달 동안 300달러를 받았습니다.

{{p:Agus}}가 손을 다쳤을 때 {{r:옥철남}}이 "조선 사람은 가까이 가지 마라"고 했습니다. 저는 갔습니다. 그래서 총화에서 사흘 동안 비판받았습니다. {{r:광선}}이는 사상이 약하다고.

{{u:Mauritius}} {{u:Port Louis}}에 들어갔을 때 {{p:Jun-Jun}}이 선원 선교센터 Sister {{p:Grace}} 이야기를 해 주었습니다. 거기로 갔습니다.""",
    },
    {
        "id": "h16-mixed-09",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kil Song-u", "길성우", "witness", []),
            ("Yom Chang-sik", "염창식", "supervisor", ["Yam"]),
        ],
        "note": "Oman construction, English narrative with Korean speech; Arabic names in Latin and Arabic script with Abu kunya; Sultan Qaboos as public name in a street and mosque; 동무/동지.",
        "text": """{{r:Kil Song-u}} spent 2016-2018 building villas outside {{u:Muscat}}, {{u:Oman}}. He speaks quickly and switches between English and Korean.

"Our boss was {{r:Yom Chang-sik}}. {{r:염창식}} 동지. We say {{r:Yom}} 동지, the Omani say Mister {{r:Yam}}. He take passport first day, in the bus from {{u:Muscat International Airport}}. {{r:창식}}이가 '조국에서 보관한다' 했는데, no, it was in his bag.

Work from 5 until 8 at night, in June 5 until 11 because of heat in the middle. Sponsor is {{p:Abu Salim}}, real name {{p:Hamed Al-Harthi}} ({{p:حمد الحارثي}}). {{p:Hamed}} pay {{r:Yom}} cash, every month.

My friend {{p:Ri Chol-ung}}, we call him {{p:철웅}}이. {{p:Chol-ung}} fall from roof near {{u:Sultan Qaboos Street}}. The Indian supervisor Mr {{p:Varghese}}"—he paused—"{{p:Varghese}} take him to hospital. {{r:Yom Chang-sik}} was angry. In 총화 he say {{p:철웅}}이가 '외국인에게 신세를 졌다'.

I was praying once in front of {{u:Sultan Qaboos Grand Mosque}}, not praying, just sitting, and a Bangladeshi man, {{p:Jamal}}, sat beside me. {{p:Jamal}} had a brother in {{u:Seoul}}. After that {{r:성우}}, me, I had a plan."

{{r:Kil}} left in March 2018. {{p:Ri Chol-ung}}'s mother, {{p:Kim Kum-ja}}, he believes, is in {{u:Sariwon}}.""",
    },
    {
        "id": "h16-mixed-10",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Son Yun-a", "손윤아", "witness", []),
            ("Cha Ok-sun", "차옥선", "supervisor", []),
        ],
        "note": "English summary with Hangul names, Cambodia restaurant to Thailand via Laos; Son as surname vs son (child); Vietnamese names with Chị title; Lao boatman; Mekong and Friendship Bridge.",
        "text": """Case summary, {{r:Son Yun-a}} ({{r:손윤아}}), F, 24, interviewed in {{u:Bangkok}}, 2 May 2018.

{{r:Son}} was a waitress in {{u:Siem Reap}} from 2015. Her manager, {{r:Cha Ok-sun}} ({{r:차옥선}} 지배인), took passports on arrival and kept tips. "{{r:차}} 지배인 said my mother's son, my little brother {{p:윤철}}이, would lose his place at school." The brother, {{p:Son Yun-chol}}, is 15 and lives in {{u:Pyongsong}}.

Workday 10:00 to 01:00. Weekly self-criticism led by {{r:Ok-sun}}; {{r:Yun-a}} was made to criticize {{p:Hong Chun-mi}} for speaking to a Vietnamese regular, {{p:Trần Thị Lan}}. The waitresses called her Chị {{p:Lan}}. {{p:Chun-mi}} was sent back to {{u:Pyongyang}} in 2016.

Chị {{p:Lan}} later helped {{r:Yun-a}}. Her husband {{p:Phạm Quốc Bảo}} drove her to the Lao border in 2018; a Lao boatman, {{p:Vieng}} ({{p:ວຽງ}}), took her across the {{u:Mekong}} at night, and a Thai policeman, Sergeant {{p:Somchai}}, handed her to the {{u:Immigration Detention Center}}.

{{r:윤아}} 씨 remembers the last words of {{r:차옥선}}: "{{r:손윤아}}, 너 하나 때문에 우리 식당 문 닫는다." She does not know whether the restaurant near the {{u:Royal Independence Gardens}} closed.""",
    },
]
