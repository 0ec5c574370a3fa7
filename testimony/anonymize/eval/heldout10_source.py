# ruff: noqa: E501, W291
"""Held-out evaluation passages, set 10 (blind). Markers: {{r:..}} registered private person,
{{p:..}} unregistered private person, {{u:..}} public name (figure, place, organisation,
company, ship). Built by build_heldout.py heldout10."""

PASSAGES: list[dict] = [
    {
        "id": "h10-en-01",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jang Kwang-su", "장광수", "witness", []),
            ("Choe Yong-nam", "최용남", "supervisor", ["Accountant"]),
        ],
        "note": "Construction site in Vladivostok, first person; minder known by a job nickname; Russian foreman in Cyrillic and Latin; surname-words used as ordinary words.",
        "text": """I am {{r:Jang Kwang-su}}, born 1979 in {{u:Hamhung}}. From 2016 to 2019 I worked on apartment blocks in {{u:Vladivostok}}, on the {{u:Russky Island}} side and later near {{u:Svetlanskaya Street}}. Our group belonged to a company the Russians called {{u:Rungrado}}, and on paper we were employees of a local firm, {{u:OOO Primorstroy-Vostok}}.

The minder was {{r:Choe Yong-nam}}. We called him the {{r:Accountant}} because he kept a small green book with every man's debts in it: debts for food, for the flight, for the "loyalty fund". {{r:Choe}} held all twenty-six passports in a bag he slept on. When I asked for mine to get a medical check, {{r:Choe Yong-nam}} said a passport was state property and I was only borrowing my face.

We started at six and stopped when the light went, in summer after ten at night. Then there was "private work", plastering flats for Russians, and that money also went to the {{r:Accountant}}. In three years I was paid, in my hand, about four hundred dollars.

The Russian foreman was {{p:Сергей Палыч}}. His full name was {{p:Сергей Павлович Кулик}}, and the younger Koreans wrote it {{p:Sergei Kulik}}. {{p:Kulik}} was not cruel. He drank, but he also told {{r:Choe}} twice that a man with a broken hand cannot lay tiles. The man with the broken hand was my roommate {{p:Ri Man-gil}}. {{p:Man-gil}} was sent home in 2018 with his hand in a plastic bag of ice, and I heard his wife in {{u:Sinpo}} was told he had been careless.

So I kept working. No one I knew refused. There was one older man, {{p:Ko Chang-hun}}, who said openly at the Saturday self-criticism that he wanted his wages. {{p:Ko}} was moved to a site in {{u:Nakhodka}} that week. Nothing more was heard.

In 2019 I walked out of the dormitory with the clothes I had on and went to a church whose address {{p:Kulik}}'s wife, {{p:Tamara}}, had written on a cigarette packet.""",
    },
    {
        "id": "h10-en-02",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Kang Myong-chol", "강명철", "witness", []),
            ("Hwang Sun-gil", "황순길", "supervisor", []),
        ],
        "note": "Interviewer summary, Kuwait construction; sponsor named in Arabic script and transliteration; Gang/Kang variants; Filipino site nurse.",
        "text": """SUMMARY OF INTERVIEW (third person, prepared by interviewer)

The witness, {{r:Kang Myong-chol}} (also spelled {{r:Gang Myeong-cheol}} in his South Korean resettlement papers), worked in {{u:Kuwait}} from 2012 to 2015 for a subcontractor of {{u:Al Rawda General Trading & Contracting}}. The North Korean side was organised by the {{u:Namgang Construction Company}}.

{{r:Kang}} states that the team leader, {{r:Hwang Sun-gil}}, collected passports at {{u:Kuwait International Airport}} before the men had left the arrival hall. {{r:Hwang}} told them that the Kuwaiti sponsor required it. The sponsor's name appears on the witness's residence card copy as {{p:خالد العنزي}}; the witness pronounces it "{{p:Khalid}}" and calls him "the big {{p:Khalid}}" to distinguish him from a Pakistani driver, also {{p:Khalid}}.

Working hours: roughly 5:30 until 19:00, with a break only in the hottest months after the ministry ban on midday work. According to {{r:Myong-chol}}, {{r:Hwang}} ignored the ban whenever inspectors were not expected. In August 2013 a worker from the same team, {{p:Kim Ung-il}}, collapsed on a roof slab. He was taken to the site clinic where a Filipino nurse, {{p:Maricel Dizon}}, put him on a drip. The witness says {{p:Maricel}} later asked him quietly, in English, whether the men were being paid. He did not answer.

Wages: the sponsor paid the company; the company paid {{r:Hwang Sun-gil}}; the workers received about 10% in cash, the rest recorded as "plan contributions". The witness kept a notebook. {{r:Hwang}} found it and burned it.

The witness's elder brother, {{p:Kang Myong-sik}}, was in the same rotation but on a different site in {{u:Jahra}}. The brothers met twice in three years.

Interviewer's note: the witness asked that his home county not be recorded.""",
    },
    {
        "id": "h10-en-03",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ryu Hyang-mi", "류향미", "witness", ["Hyangmi"]),
            ("Kye Ok-sun", "계옥순", "supervisor", []),
            ("Zhang Wei", "张伟", "other", []),
        ],
        "note": "Q/A transcript, Chinese seafood plant near Donggang; Chinese owner in Chinese characters; female team leader; Ryu/Yu variants; 'ok' as ordinary word.",
        "text": """Q: Please state your name for the recording.
A: {{r:Ryu Hyang-mi}}. In {{u:China}} they wrote {{r:Yu Xiangmei}} on my work card.

Q: Where did you work?
A: At a seafood processing plant outside {{u:Donggang}}, near {{u:Dandong}}. Squid and crab. The company name on the gate was {{u:Liaoning Haifeng Aquatic Products}}.

Q: Who owned it?
A: A Chinese man, {{r:张伟}}. We said Boss {{r:Zhang}}. {{r:Zhang}} almost never came to the floor. His manager was a woman, {{p:刘红梅}}, Manager {{p:Liu}}. {{p:Liu}} was the one who counted the trays.

Q: And the Korean side?
A: Our team leader was {{r:Kye Ok-sun}}. {{r:Kye}} was from the {{u:Ministry of Fisheries}} trading company, she said, but we thought she was security. She held the passports in the office safe. {{r:Ok-sun}} had the only key.

Q: How long were your days?
A: From half past five in the morning until eleven, twelve at night if a ship came in. We had one day off a month, sometimes none.

Q: Were you allowed out?
A: Only in groups of five, with {{r:Kye}} or her deputy {{p:Mun Jong-hui}}. Is that ok to say? {{p:Jong-hui}} was kinder. She let us buy soap.

Q: It is ok. Were you paid?
A: We were told our salary was 1,800 yuan. I saw 200, maybe 250 a month. The rest went to the "state plan". Once a girl, {{p:Sol Ae-ryon}}, asked Boss {{r:Zhang}} directly through the Chinese interpreter. The next week {{p:Ae-ryon}} was sent back to {{u:Sinuiju}}.

Q: Did anyone help you?
A: The interpreter, {{p:Jin Meiling}}, she was Korean-Chinese. {{p:Meiling}} bought medicine for me when my hands got infected from the salt. I will not say more about {{p:Meiling}}, she has a family.

Q: Thank you, {{r:Hyang-mi}}. Shall we stop?
A: Yes, ok.""",
    },
    {
        "id": "h10-en-04",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Kim Chang-min", "김창민", "witness", ["K.C.M."]),
            ("Yang Tae-ryong", "양태룡", "supervisor", ["Y.T.R.", "Yang the Hammer"]),
        ],
        "note": "Interviewer's hand-written notes typed up: abbreviations, initials, lower case, question marks; logging camp Amur oblast.",
        "text": """notes - interview w/ {{r:K.C.M.}} 14/03, 2nd session, ~2h, interpreter present

- {{r:K.C.M.}} = {{r:kim chang-min}}, b. 1983 {{u:Musan}}, logging {{u:Amur obl.}} 2009-13, camp near {{u:Tygda}}? (check spelling) "sector 12"
- recruited via {{u:Sungri General Trading}}? says paid bribe 300 usd to get on list (to whom? - "a man at the party cttee", no name)
- supervisor: {{r:Y.T.R.}} ({{r:yang tae-ryong}}), men called him "{{r:Yang the Hammer}}" - hit people w/ axe handle. {{r:yang}} kept passports in metal box in his hut
- hrs: 5am-10pm summer, winter shorter bc dark but "night quota" w/ lamps
- wages: told 30% of contract, saw ~nothing first yr, then 50-60 usd/mo
- coworker {{p:p.d.s.}} (won't give full name, "{{p:pak}}") lost 2 fingers, chainsaw, 2011; {{r:yang}} made him keep working w/ bandage. {{r:K.C.M.}} v. upset here, break 10 min
- russian contractor "{{p:vitya}}" - {{p:viktor}}? - bought logs direct from koreans for vodka + cash, {{r:yang}} took cut
- mentions {{p:hyon}} - cook? or driver? unclear. ask next time
- family: wife {{p:o kyong-ae}} + daughter in {{u:musan}}. {{r:yang}} told him at meeting wife "would be looked after" = threat ({{r:K.C.M.}}'s words)
- escape 2013 via {{u:Blagoveshchensk}} -> {{u:Moscow}} -> {{u:UNHCR}}

to do: get map, confirm camp name, ask re {{p:hyon}}, re {{p:p.d.s.}} whereabouts
o/c no photos""",
    },
    {
        "id": "h10-en-05",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Han Song-chol", "한성철", "witness", []),
            ("Paek Il-gwon", "백일권", "official", []),
        ],
        "note": "Roster copied from a company document (ALL CAPS names) with witness commentary; Qatar construction; Paek/Baek spellings.",
        "text": """The witness, {{r:Han Song-chol}}, brought a photograph of a page from the team register kept in the site office in {{u:Doha}}. He copied it for us by hand. It lists the men of "Unit 3" of the {{u:Genco}} group working for a contractor of {{u:Qatari Diar}} in {{u:Lusail}}, 2014:

UNIT 3 - NAMES / PASSPORT HELD BY / REMARKS
1. {{r:HAN SONG CHOL}} - {{r:PAEK IL GWON}} - fitter
2. {{p:RI CHUN HO}} - {{r:PAEK IL GWON}} - fitter, sick 11 days Jul
3. {{p:JON KWANG MYONG}} - {{r:PAEK IL GWON}} - welder
4. {{p:CHOE SONG IL}} - {{r:PAEK IL GWON}} - welder
5. {{p:SO MYONG HUN}} - {{r:PAEK IL GWON}} - labourer, "ideology weak"
6. {{p:KIM CHOL}} - {{r:PAEK IL GWON}} - labourer
7. {{p:PYON YONG DOK}} - {{r:PAEK IL GWON}} - labourer, returned Oct
8. {{p:TAK HYON SU}} - {{r:PAEK IL GWON}} - cook

Witness's comments: {{r:Paek}} (he also wrote it "{{r:Baek}}") was the company's political officer and held every passport. The "remarks" column was his. "Ideology weak" next to {{p:So Myong-hun}} meant {{p:So}} had complained that the men had not been paid for five months. {{p:Pyon}} "returned Oct" means he was sent home after falling from scaffolding; {{r:Han}} says {{p:Pyon Yong-dok}} could not walk. {{p:Tak}}, the cook, was the oldest and protected the younger men when he could.

Working hours were 6:00 to 18:00 on the site, then evening work in a car workshop owned by a man the workers knew only as "{{p:Abu Faisal}}". {{r:Song-chol}} says the evening wages were paid in cash to {{r:Paek Il-gwon}} at the gate.""",
    },
    {
        "id": "h10-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Sin Dong-hyok", "신동혁", "witness", []),
            ("Ri Pong-su", "리봉수", "supervisor", ["Lee Bong-su"]),
        ],
        "note": "Fishing boat, first person; captain with N/S romanizations; Chinese crew; ship names public; 'bang' and 'do' as words.",
        "text": """I was on the fishing boat for two seasons, 2017 and 2018. The boat was registered as the {{u:Lu Rong Yuan Yu 118}}, a Chinese squid jigger, but it fished in Russian waters off {{u:Sakhalin}} with a Korean crew of fourteen and four Chinese officers. I am {{r:Sin Dong-hyok}}. Write {{r:Shin}} if you like, that is how the Chinese said it.

Our Korean boss on board was {{r:Ri Pong-su}}. He had been to {{u:South Korea}} before, he said, once, on a cargo ship, and he liked to be called "Captain {{r:Ri}}" although the real captain was Chinese, {{p:王建国}}, Captain {{p:Wang}}. On the crew list that the Chinese side kept, {{r:Ri}} was written "{{r:Lee Bong-su}}". That is the same man.

We worked the lights from dusk to dawn and then sorted and froze until noon. Do you know what that means? It means you sleep four hours if there is no storm. When the catch was good {{r:Ri Pong-su}} made us work through the day too.

In October 2017 a wave threw {{p:Han Yong-sik}} against the winch. There was a bang and he did not get up. His leg was broken. Captain {{p:Wang}} wanted to go to {{u:Korsakov}}. {{r:Ri}} said no, a Korean could not land in {{u:Russia}} without papers, and the papers were in {{r:Ri}}'s cabin. {{p:Yong-sik}} stayed on a bunk for nine days until a transfer ship, the {{u:Zhe Dai Yu Leng 0805}}, came.

Our wages were supposed to be a share of the catch. At the end of the season {{r:Pong-su}} read out a list: fuel, food, "contribution to the {{u:Central Committee}}", and we each owed money. My friend {{p:Do Kwang-il}} laughed out loud at the list. {{r:Ri}} wrote his name down. {{p:Kwang-il}} did not come on the second season.""",
    },
    {
        "id": "h10-en-07",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Jo Un-byol", "조은별", "witness", []),
            ("Ha Yong-chun", "하영춘", "supervisor", []),
        ],
        "note": "Ulaanbaatar construction and sewing, third-person summary; Mongolian driver and landlady; surname Ha and Jo; names of streets and companies.",
        "text": """The witness, a woman of 34 who asked to be recorded under her own name, {{r:Jo Un-byol}}, worked in {{u:Ulaanbaatar}} between 2015 and 2017, first in a garment workshop in the {{u:Khan-Uul}} district and then as a cook for a construction team building a hotel on {{u:Peace Avenue}}. The team was sent by a trading company she names as {{u:Korea Rungrado General Trading Corporation}}.

Her supervisor was {{r:Ha Yong-chun}}. {{r:Ha}} was responsible for the women's group, eleven seamstresses. {{r:Jo}} says he kept the passports "in his jacket, always in his jacket", and that he read their letters from home before handing them out. When a seamstress named {{p:Ri Kum-sil}} received a letter saying her mother was ill, {{r:Ha Yong-chun}} kept it for two weeks. {{p:Kum-sil}} found out from another woman.

Hours in the workshop were from 7 am to midnight, with fifteen minutes for each meal. {{r:Un-byol}} estimates that she was paid the equivalent of $30 per month out of a contract wage of around $300.

A Mongolian driver, {{p:Bat-Erdene}}, drove the women between the dormitory and the workshop. {{p:Bat-Erdene}} sometimes stopped at a shop so they could buy sanitary pads, which {{r:Ha}} did not provide. Ha! she said, laughing, the men never thought about that. The dormitory was rented from a Mongolian woman, {{p:Oyunchimeg}}, whom the women called "{{p:Oyuna}} auntie".

In 2017 {{r:Ha}} was replaced by a man named {{p:Kwon Hyok}}. {{r:Jo}} says {{p:Kwon}} was worse: he made the women sew on Sundays for a private customer, a Chinese trader, and kept the money.""",
    },
    {
        "id": "h10-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Mun Chol-jin", "문철진", "witness", ["Chico"]),
            ("O Sang-hun", "오상훈", "supervisor", []),
        ],
        "note": "Statue and construction work in Africa (Angola, Namibia), first person; surname O and Mun/Moon; Portuguese-speaking foreman; public company Mansudae.",
        "text": """I worked for {{u:Mansudae Overseas Project Group}} in {{u:Angola}} and then in {{u:Namibia}}, from 2010 to 2014. My name is {{r:Mun Chol-jin}}. In the South my family name is written {{r:Moon}}, like the former president {{u:Moon Jae-in}}, but we are not related, of course.

In {{u:Luanda}} we built apartment blocks for a state company. Later in {{u:Windhoek}} we worked on a military building and a statue. The man in charge of our team was {{r:O Sang-hun}}. Only a fool would cross {{r:O}}. He kept our passports, and when the Angolan police came to the site to check, {{r:O Sang-hun}} showed them photocopies and a letter.

Our day began at 5:00. Lunch was rice with salt cabbage. We stopped at 20:00 and in the last year often at 23:00, because the project was late. If a man was sick, his name was still on the list, and {{r:O}} deducted his food.

The Angolan foreman on the site was {{p:João Baptista}}. He called me "{{r:Chico}}" because he could not say my name. {{p:João}} gave us water in bottles, which was forbidden, and once he gave my friend {{p:Sim Kyong-ho}} a phone to call home. {{p:Kyong-ho}} could not reach anyone, the number in {{u:Pyongyang}} had been cut off.

I was paid at the end, $700 for four years. The contract said $450 a month. When I asked about the difference, {{r:O}} said the {{u:Workers' Party}} needed it more than I did and that my mother in {{u:Chongjin}} was still healthy, wasn't she. I understood.""",
    },
    {
        "id": "h10-en-09",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Pak Yong-ho", "박영호", "witness", []),
            ("Pak Sun-hui", "박순희", "relative", []),
        ],
        "note": "Letter from a worker in Russia to his wife, translated; family names and child nicknames; minder mentioned by surname; letter confiscated and later given to NGO.",
        "text": """[Translation of a letter written in {{u:Khabarovsk}}, March 2018, never sent. The writer, {{r:Pak Yong-ho}}, gave it to us in 2020.]

Dear {{r:Sun-hui}},

I hope this reaches you through Comrade {{p:Nam}}'s cousin, who is going home on leave. Do not show it to anyone, not even your brother.

I am well. Please do not believe it if they tell you I am not. The work is heavy, we are building a shopping centre now, and we work until the lamps are switched off, sometimes until one in the morning. We have not been paid since November. Comrade {{p:Sok}} says the money is being sent to you directly by the company. Has it come? If it has not, do not ask at the office. I mean this. {{p:Sok}} said that families who "make trouble" will be reported. I don't want you to go through what {{p:Chol-u}}'s mother went through.

How is our {{p:Kkoma}}? Is she still called {{p:Kkoma}} at school or has she grown too tall? Tell {{p:Un-jong}} that her father has seen the sea here, it is grey, not blue like in the picture books. And tell my mother that I eat well.

I met a Russian man, {{p:Aleksei}}, who drives the cement truck. He has a daughter the same age as {{p:Un-jong}}. He showed me a photograph. He gave me the paper I am writing on.

I think of you, {{r:Sun-hui}}, every night. If I do not come home next spring, go to your sister {{p:Pak Sun-ok}} in {{u:Kimchaek}} and stay there.

Your husband,
{{r:Yong-ho}}

[Interviewer: the letter was confiscated by the minder in 2018 and recovered from the dormitory office by another worker. {{r:Pak}} never learned whether the wages reached his wife, {{r:Pak Sun-hui}}.]""",
    },
    {
        "id": "h10-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yun Chol-gyu", "윤철규", "witness", []),
            ("Chon Kyong-nam", "전경남", "supervisor", []),
            ("Kwak Man-sok", "곽만석", "coworker", []),
        ],
        "note": "Statement read back to the witness with his corrections inserted; name spellings corrected in-line; St Petersburg stadium construction.",
        "text": """STATEMENT OF {{r:YUN CHOL-GYU}} - read back to the witness on 22 May, corrections in square brackets

1. My name is {{r:Yun Chol-gyu}} [witness: on my Russian work permit it is "{{r:Yun Cher Gyu}}", please add]. I was born in {{u:Hyesan}} in 1986.

2. From 2015 to 2017 I worked in {{u:St Petersburg}} on the stadium at {{u:Krestovsky Island}} and then on residential buildings in {{u:Kudrovo}}. [witness: not "stadium" only, we also did the car park.]

3. Our supervisor was {{r:Jon Kyong-nam}} [witness: correct spelling "{{r:Chon}}", he wrote it {{r:Chon Kyong-nam}}]. {{r:Chon}} kept the passports of all the workers in a safe at the dormitory on {{u:Obukhovskoy Oborony Avenue}}.

4. We worked from 7:00 until 22:00, seven days a week, except for the {{u:Kim Il Sung}} and {{u:Kim Jong Il}} birthdays.

5. My friend {{r:Kwak Man-sok}} was beaten by {{r:Chon}} in front of the team in September 2016 for meeting a Russian woman. [witness: she was not his girlfriend, she was an Uzbek cleaner, {{p:Dilnoza}}, she only gave him bread.] After that {{r:Kwak}} was kept in the dormitory for a month and then sent home.

6. {{r:Man-sok}}'s team was taken over by {{p:Ri Chang-nam}} [witness: {{p:Ri}} from {{u:Hoeryong}}, not the other {{p:Ri}}]. 

7. I received in total about 60,000 roubles in two years. [witness: maybe 65,000. I am not sure.]

8. I left the dormitory in July 2017 with the help of a Russian, {{p:Mikhail}} [witness: {{p:Misha}}, I don't know his surname], who drove me to {{u:Moscow}}.

I confirm that this statement, with the corrections above, is true. - {{r:Y.C.G.}}""",
    },
    {
        "id": "h10-en-11",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Ok-hui", "김옥희", "witness", ["okki"]),
            ("Song Ju-yong", "송주영", "supervisor", []),
        ],
        "note": "Translated messenger chat between a textile worker in China and a contact, lower case, typos, emoji, zero-width space inside a name; Song as name and as word.",
        "text": """[chat log, {{u:WeChat}}, translated from Korean by the interviewer, spelling kept as in original where English was used]

21:14 contact: are u ok? u didnt answer yesterday
21:40 {{r:okki}}: sorry {{r:song}} checked phones again 😩
21:41 contact: who is {{r:song}}
21:41 {{r:okki}}: the woman boss. {{r:song ju\u200byong}}. she takes phones every night but i hid this one in rice bag
21:42 contact: ok be careful
21:43 {{r:okki}}: today 17 hrs. my eyes hurt. {{p:miok}} fainted at the machine
21:43 contact: {{p:miok}} is ur friend?
21:44 {{r:okki}}: {{p:kim mi ok}} from my hometown. {{r:song}}s husband drove her to clinic but came back with her in 1 hour lol no its not funny
21:46 contact: did they pay u this month
21:47 {{r:okki}}: no. {{r:song}} said wages go to "the center" and we get at the end. end of what 🙄
21:48 {{r:okki}}: the chinese boss mr {{p:lin}} gave us each 50 yuan for new year. {{r:song}} took it back next day
21:50 contact: can u leave
21:51 {{r:okki}}: no passport. {{r:ju yong}} has them in her room. also my mom in {{u:hyesan}}... they know where she lives
21:52 {{r:okki}}: listen to this song when u sleep ok, i sent u link 🎵
21:53 contact: i will. what is ur real name for the report
21:55 {{r:okki}}: {{r:kim ok\u00adhui}}. but use {{r:okki}} its safer
22:03 {{r:okki}}: she is coming. bye ❤️

[Interviewer: the factory was in {{u:Hunchun}}, operated by {{u:Hunchun Jinyi Garment Co.}} The witness reached {{u:Seoul}} in 2021.]""",
    },
    {
        "id": "h10-en-12",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("An Jong-suk", "안정숙", "witness", []),
            ("So Yong-ae", "소영애", "supervisor", []),
        ],
        "note": "Third-person summary, Chinese seafood plant in Hunchun; surnames An and So alongside ordinary English 'an' and 'so'; Chinese owner; ship name.",
        "text": """The witness, {{r:An Jong-suk}}, is a woman in her late twenties. She was sent to {{u:Hunchun}} in 2016 with a group of 140 women and assigned to a fish-processing plant belonging to a company she names as {{u:Hunchun Pohang Industrial Park}} tenant "{{u:Jinhai Food}}". She stayed for three years.

{{r:An}} says that her group leader, {{r:So Yong-ae}}, was an older woman who had been a local official of the {{u:Socialist Women's Union}}. {{r:So}} confiscated passports on the bus from the border and never returned them. So the women had no documents at all, and, as {{r:An}} put it, "no name that belonged to us".

The women peeled shrimp, boned fish and packed squid from 6:00 to 22:00 or later, on an hourly quota. When a cargo of frozen pollock arrived from the {{u:Lian Xing 8}} they worked through the night. An extra shift was never paid. {{r:Jong-suk}} estimates a monthly cash allowance of 150 yuan.

A Chinese line manager, {{p:Piao Chunhua}} ({{p:朴春花}}), was an ethnic Korean and spoke to the women in Korean. {{p:Piao}} warned {{r:An Jong-suk}} in 2018 that {{r:So}} was reporting on who talked to outsiders. It was an act of kindness, {{r:An}} says.

In 2018 a worker, {{p:Hyon Un-ha}}, tried to send a message to her mother through a Chinese truck driver. {{r:So Yong-ae}} found out. {{p:Un-ha}} was locked in a storeroom for two days. The witness does not know what happened to her afterwards.

The witness also mentions a man from the consulate in {{u:Shenyang}} who visited twice, whom she knew only as "Director {{p:Yom}}".""",
    },
    {
        "id": "h10-en-13",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Choe Ryong-il", "최룡일", "witness", []),
            ("Jong Hak-bom", "정학범", "supervisor", ["Chong Hak-pom", "Jeong Hak-beom"]),
        ],
        "note": "Q/A transcript with speaker labels, Amur logging; supervisor spelled three ways; witness shares surname with a public official; Russian names.",
        "text": """INTERVIEWER: Let's start again from the camp. Which camp was it?
{{r:CHOE}}: Camp number 4 of the {{u:Tumen-gang}} enterprise, near {{u:Urgal}}. It is in {{u:Khabarovsk Krai}}, but the trains went to {{u:Chegdomyn}}.

INTERVIEWER: And your full name, for the record, as you want it written?
{{r:CHOE}}: {{r:Choe Ryong-il}}. Some people write {{r:Choi Ryong Il}}. No relation to {{u:Choe Ryong-hae}}, I wish I had his rations.

INTERVIEWER: Who was your superior?
{{r:CHOE}}: The work-team head was {{r:Jong Hak-bom}}. On the Russian list he was "{{r:Chong Hak Pom}}", and when I came to the South the {{u:NIS}} officer wrote "{{r:Jeong Hak-beom}}", so there are three of him. {{r:Jong}} was from the {{u:Ministry of Forestry}}, a former soldier.

INTERVIEWER: What did {{r:Hak-bom}} do with your documents?
{{r:CHOE}}: Everyone's passport went to him at the station in {{u:Tumangang}}. We never saw them again until the trip home. I didn't go home.

INTERVIEWER: Describe a normal day.
{{r:CHOE}}: Wake at four-thirty, porridge, walk to the cutting area. Cut until dark. In summer that is ten, eleven at night. Then the count. If the count is short, {{r:Jong}} takes it from the food. In 2012 my partner {{p:Ri Kwang-chol}} was hit by a falling tree. {{p:Kwang-chol}} died in the truck on the way to {{u:Chegdomyn}}. {{r:Jong Hak-bom}} wrote "accident due to carelessness" and we had to sign it.

INTERVIEWER: Were there Russians in the camp?
{{r:CHOE}}: A Russian master, {{p:Nikolai Ivanovich}}, and his nephew {{p:Dima}}. {{p:Nikolai}} paid us in secret for extra logs, in roubles, and {{r:Jong}} knew and took half. {{p:Dima}} was just a boy.

INTERVIEWER: How did you leave?
{{r:CHOE}}: In 2014. A Korean-Russian woman from the church, {{p:Lyudmila Kim}}, took me in her car. She said her grandfather was born in {{u:Hamgyong}} province.""",
    },
    {
        "id": "h10-en-14",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Sol-hui", "리설희", "witness", ["Lee Seol-hee"]),
            ("Pang Chol-su", "방철수", "supervisor", []),
        ],
        "note": "First-person narrative of a nurse-aid in a UAE labour camp clinic; surname Pang/Bang; Filipino and Indian staff; Emirati sponsor in Arabic script.",
        "text": """My name in {{u:North Korea}} was {{r:Ri Sol-hui}}. In my South Korean ID I am {{r:Lee Seol-hee}}. I was sent to {{u:Dubai}} in 2013 as a medical assistant for a camp of about 300 North Korean construction workers in {{u:Jebel Ali}}. The work was for a local contractor whose owner we never saw. The visa sponsor on our papers was {{p:سعيد بن راشد}}, "Mr {{p:Saeed}}".

The head of our camp was {{r:Pang Chol-su}}. The South Koreans would write {{r:Bang}}. {{r:Pang}} had an office in a container with the passports in a steel cabinet. He also kept the medical records, which is why I worked closely with him, though I wished I did not.

The men came to me with heat stroke, cut hands, infected feet, back injuries. I was only allowed to give paracetamol and bandages. If a man needed hospital, {{r:Pang Chol-su}} had to agree, and he rarely agreed, because hospital cost money and time. There was one case I cannot forget. A welder, {{p:Kim Tae-hyon}}, had a burn on his arm that went bad. After eight days {{r:Pang}} let me take him to the clinic in {{u:Al Quoz}}. The Filipino nurse there, {{p:Joy}}, {{p:Joy Santos}}, shouted at me in English for waiting so long. She was right. The Indian doctor, Dr {{p:Menon}}, said he could lose the arm. {{p:Tae-hyon}} did not lose the arm, but he could not work, and {{r:Pang}} sent him home with a bill.

The men worked from 5 in the morning until 8 at night. In {{u:Ramadan}} they worked at night. Most received 20 or 30 dollars a month for cigarettes.

My own pay was not much better. When I asked {{r:Chol-su}} about it he said, "Your father's pension depends on you, {{r:Sol-hui}}." My father was in {{u:Nampo}}.

In 2016 {{p:Joy}} helped me to reach the South Korean consulate.""",
    },
    {
        "id": "h10-en-15",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ho Sung-chol", "허성철", "witness", []),
            ("Kim Jong-u", "김정우", "official", ["Big Ears"]),
        ],
        "note": "Interviewer memo on escape from Russian site; private Kim sharing name elements with leaders; Mongolian and Russian helpers; streets named after people.",
        "text": """MEMO - follow-up interview, witness {{r:HO SUNG-CHOL}}

1. Background. {{r:Ho}} worked in {{u:Moscow}} (2017-2019) for the {{u:Korea Kangsong Trading Company}} renovating flats. The dormitory was a former hostel on {{u:Lenin Street}} in {{u:Khimki}}; the work sites were all over the city, one near {{u:Pushkin Square}}.

2. Security officer. The group's security officer was {{r:Kim Jong-u}}. Workers called him "{{r:Big Ears}}" and, behind his back, "the {{r:little General}}", because his name sounded like {{u:Kim Jong Un}}'s. {{r:Ho}} insists on this: "everyone knew {{r:Jong-u}} was not a relative of anyone, that's why it was funny." {{r:Kim}} held passports and also collected the workers' monthly "loyalty payment" of $800 each.

3. Hours. From 8:00 to 23:00, sometimes until 2:00 when a client needed a flat done by a deadline.

4. Incident. In March 2019 a worker, {{p:Kang Chun-ho}}, was caught with a mobile phone. {{r:Kim Jong-u}} beat him and made the team criticise him. {{p:Chun-ho}} was told he would be sent home and that his family in {{u:Kaechon}} would be "informed". {{p:Kang}} tried to hang himself that night; {{r:Ho}} and another worker, {{p:Im Yong-chan}}, cut him down.

5. Escape. {{r:Ho}} left the site in May 2019. A Kyrgyz plasterer, {{p:Azamat}}, let him stay two nights. A Russian volunteer, {{p:Olga Sergeyevna}}, took him to the {{u:UNHCR}} office. {{r:Ho}}'s brother-in-law {{p:Nam Kyong-su}} was interrogated at home afterwards.

6. Follow-up. Ask about {{p:Im}}'s current location. Obtain the name of the client near {{u:Pushkin Square}} if he remembers.""",
    },
    {
        "id": "h10-en-16",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yu Kwang-myong", "유광명", "witness", []),
        ],
        "note": "First person, shipyard and agricultural work in Poland and Malta era recollection; single registered person; many unregistered coworkers; 'Yu' vs 'you' and 'Ma' as a word.",
        "text": """People ask why I stayed so long. I am {{r:Yu Kwang-myong}}. I went abroad three times: to {{u:Poland}} in 2011 to a shipyard subcontractor in {{u:Gdynia}}, to a tomato farm near {{u:Lublin}} in 2014, and to {{u:Malta}} for a short construction job in 2016. The agency on the Korean side was always some branch of {{u:General Bureau for Cooperation with Foreign Countries}}.

In {{u:Gdynia}} we welded hull sections for a yard whose Polish manager was {{p:Tomasz}}. {{p:Tomasz Nowak}}, I think. He was polite. He did not know, or chose not to know, that our minder {{p:Ri Hyon-chol}} took our cards and our salaries. {{p:Hyon-chol}} was a small man who sang in the evening. He sang well, I remember that.

We worked twelve hours, six days, and on Sunday there was "study", which meant reading {{u:Rodong Sinmun}} articles aloud. My bunk-mate was {{p:Ma Chol-un}}. Ma, he always said, meaning his mother, she will be proud. {{p:Chol-un}} sent nothing home in two years because there was nothing to send.

On the farm near {{u:Lublin}} the minder was a woman, {{p:Ryom Sun-ae}}. {{p:Ryom}} was harder than {{p:Ri}}. She took away our boots at night so nobody would run. A Ukrainian worker, {{p:Oksana}}, gave me a pair of old trainers which I hid under the greenhouse floor.

In {{u:Malta}} it was a hotel in {{u:Sliema}}. The foreman there was a Maltese, {{p:Joseph Camilleri}}, "{{p:Joe}}". {{p:Joe}} asked me once what I did on my day off. I said we had no day off. He said, you are joking. I was not.

The men I remember best are {{p:Chol-un}}, and an older welder, {{p:Sok Tu-man}}. {{p:Tu-man}} died of a stroke in {{u:Gdynia}} in 2012. His body was sent home in a box and we had to pay for the box.""",
    },
    {
        "id": "h10-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Yong-chol", "김영철", "witness", []),
            ("Ri Tu-sik", "리두식", "supervisor", ["곰"]),
        ],
        "note": "Korean first-person narrative, Russian logging camp; supervisor nicknamed with an ordinary word (곰); names before particles and with honorifics; same word used literally.",
        "text": """제 이름은 {{r:김영철}}입니다. 2011년부터 2015년까지 {{u:로씨야}} {{u:아무르주}} {{u:틴다}} 근처 벌목장에서 일했습니다. 우리를 보낸 건 {{u:림업성}} 산하 회사였는데, 현지에서는 {{u:승리무역회사}}라고 불렀습니다.

우리 작업반 책임자는 {{r:리두식}}이었습니다. 사람들은 그를 {{r:곰}}이라고 불렀어요. 덩치가 크고 겨울에도 잠만 잔다고 해서요. 그런데 {{r:곰}}이 깨어 있을 때는 무서웠습니다. 여권은 도착한 날 {{r:리두식}} 동무가 다 걷어 갔고, 다시는 못 봤습니다.

아침 다섯 시에 일어나서 밤 아홉 시, 열 시까지 나무를 베었습니다. 하루 과제를 못 하면 밥을 줄였어요. 월급은 계약서에 600딸라라고 돼 있었지만 저는 한 달에 많아야 50딸라 받았습니다. 나머지는 "충성자금", "당자금"이라고 {{r:리}} 반장이 다 떼어 갔습니다.

제 옆에서 톱질하던 {{p:영남}}이가 2013년 봄에 발을 다쳤습니다. {{p:최영남}}이라고, {{u:함흥}}에서 온 스물세 살 청년이었어요. {{r:두식}}이는 — 우리끼리는 그렇게 불렀어요 — {{p:영남}}이한테 붕대 감고 다시 나가라고 했습니다. 결국 {{p:영남}}이는 발가락 두 개를 잃었습니다.

숲에서 진짜 곰을 본 적도 있습니다. 그때 {{p:상훈}} 아바이가 불을 피워서 쫓아냈지요. {{p:상훈}} 아바이는 {{p:한상훈}}이라는 분인데 우리 중 제일 나이가 많았습니다.

로씨야 운전수 {{p:바실리}}는 우리한테 담배를 팔았습니다. {{p:Василий}}라고 쓰더군요. {{p:바샤}}라고도 불렀고요. {{r:곰}}은 {{p:바샤}}한테서 보드까를 받고 통나무를 빼돌렸습니다.

2015년에 저는 {{u:하바롭스크}}로 도망쳤습니다. 고향 {{u:단천}}에 있는 아내 {{p:순옥}}이와 아들 {{p:철이}} 생각에 지금도 잠을 못 잡니다.""",
    },
    {
        "id": "h10-ko-02",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Pak Mi-yong", "박미영", "witness", []),
            ("Jon Hye-suk", "전혜숙", "supervisor", []),
        ],
        "note": "Korean Q/A transcript, Chinese textile factory in Dandong; surname + 씨 forms; 언니 kinship terms; Chinese owner in Hanja.",
        "text": """문: 성함을 말씀해 주세요.
답: {{r:박미영}}입니다.

문: 어디서 일하셨습니까?
답: {{u:중국}} {{u:단동}}에 있는 피복공장입니다. 간판에는 {{u:丹东华丰服装有限公司}}라고 써 있었어요. 우리는 그냥 {{u:화풍}}이라고 했습니다.

문: 책임자는 누구였습니까?
답: 조선 쪽 책임자는 {{r:전혜숙}}이라는 여자였습니다. 나이는 마흔 좀 넘었고요. {{r:전}} 씨는 보위부 출신이라는 소문이 있었어요. 여권은 {{r:전혜숙}}이가 다 가지고 있었습니다. 우리는 앞에서는 "{{r:혜숙}} 동지"라고 하고 뒤에서는 "{{r:전}} 반장"이라고 했어요.

문: 중국인 사장은요?
답: 사장은 {{p:孙立军}}이라고, {{p:쑨}} 사장이라고 불렀어요. {{p:쑨}} 사장은 돈만 알았지 우리가 어떻게 사는지는 관심이 없었습니다.

문: 하루 몇 시간 일했습니까?
답: 아침 여섯 시 반부터 밤 열두 시까지요. 주문이 밀리면 새벽 두 시까지 했습니다. 한 달에 쉬는 날은 하루였어요.

문: 임금은 받으셨습니까?
답: 한 달에 중국돈 100원 정도 손에 쥐었어요. 나머지는 다 국가에 바친다고 했습니다. 같이 일하던 {{p:은주}} 언니가 한 번 {{r:전}} 씨한테 따졌다가 한 달 동안 외출 금지를 당했어요. {{p:은주}} 언니 성은 {{p:구}} 씨였어요, {{p:구은주}}.

문: 다른 사람들은 어떻게 됐습니까?
답: 제 단짝이던 {{p:선화}}는 손가락이 재봉틀에 찍혀서 병원에 갔는데, 병원비를 자기가 갚아야 한다고 했대요. {{p:선화}}가 울면서 저한테 말했어요. "{{r:미영}}아, 우리는 여기서 사람이 아니야."

문: 그 말을 한 분 성함은 기억하십니까?
답: {{p:로선화}}요. {{p:노선화}}라고 쓰는 사람도 있어요.""",
    },
    {
        "id": "h10-ko-03",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Choe Kum-chol", "최금철", "witness", []),
            ("Kang Yong-ho", "강영호", "supervisor", ["호랑이"]),
        ],
        "note": "Korean transcribed phone chat (KakaoTalk-style) between workers in Russia; no punctuation, typos, nicknames, emoji, zero-width space in a name.",
        "text": """[{{u:카톡}} 대화 캡처를 면담자가 옮겨 적음. 맞춤법은 원문 그대로]

{{r:금철}}: 야 자냐
{{p:별}}: 안자 왜
{{r:금철}}: {{r:호랑이}} 오늘 또 지랄함 ㅋㅋ 아니 웃을일 아님
{{p:별}}: 또 누구
{{r:금철}}: {{p:명수}}형 ㅠㅠ 벽돌 늦게 날랐다고 뺨때림
{{p:별}}: 미쳤네 {{r:강영\u200b호}} 진짜
{{r:금철}}: 쉿 이름 쓰지마 폰 검사한대 내일
{{p:별}}: 알써 근데 여권은 언제 준대
{{r:금철}}: 안줌 ㅋ 귀국할때 준다고 {{r:호랑이}}가 그랬음 {{r:강}}반장이 금고에 넣어둠
{{p:별}}: 돈은
{{r:금철}}: 이번달도 0 😡 {{p:학철}}이가 물어봤다가 사상투쟁회의 나감
{{p:별}}: 와...
{{r:금철}}: {{u:블라디}} 현장은 좀 낫다던데 {{p:정일}}이 거기있잖아
{{p:별}}: {{p:정일}}이 말로는 거기도 똑같대 {{p:최정일}} 걔네 반장 {{p:윤}}씨가 더 심하대
{{r:금철}}: ㅋㅋ 어디나 똑같네
{{p:별}}: 엄마한테 연락함?
{{r:금철}}: 못함 {{r:호랑이}}가 편지도 다 뜯어봄
{{p:별}}: 힘내 {{r:금철}}아 💪
{{r:금철}}: 너도 {{p:별}}아 자라 내일 5시 기상
{{p:별}}: 근데 {{p:명수}}형 괜찮음? 얼굴 부었다던데
{{r:금철}}: 몰라 {{p:박명수}}형 오늘 밥도 안먹음 ㅠ 러시아 감독 {{p:사샤}}가 약 줬대
{{p:별}}: {{p:사샤}} 착하네 우리 반장들보다 백배 나음
{{r:금철}}: ㅋㅋ 그니까 근데 이거 지워 진짜 {{r:강영호}} 알면 우리 다 귀국임
{{p:별}}: ㅇㅋ 지운다 잘자

[면담자 메모: "{{r:금철}}"은 증언자 {{r:최금철}}, "{{p:별}}"은 같은 현장 동료 {{p:안별}}(본명 {{p:안은별}}). "{{r:호랑이}}"는 현장 책임자 {{r:강영호}}의 별명. 현장은 {{u:블라디보스또크}} {{u:루스끼섬}} 아빠트 건설장, 2018년.]""",
    },
    {
        "id": "h10-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ham Chun-sik", "함춘식", "witness", []),
            ("Jo Kwang-il", "조광일", "supervisor", []),
        ],
        "note": "Korean interviewer summary (third person), Kuwait construction; Kuwaiti sponsor in Arabic script and Hangul transcription; Filipino driver; 씨 and 동지 forms.",
        "text": """면담 요약 (면담자 작성)

증언자 {{r:함춘식}}(52세)은 2008년부터 2013년까지 {{u:꾸웨이트}}에서 건설 노동자로 일하였다. 파견 기관은 {{u:남강건설}}이었고, 현장은 {{u:꾸웨이트시}} 외곽 {{u:자흐라}}의 주택 단지였다.

현장 책임자는 {{r:조광일}}이었다. 증언자에 따르면 {{r:조광일}} 동지는 공항에 내리자마자 여권을 모두 회수하였고, "스폰서가 보관한다"고 설명하였다. 그러나 증언자는 2011년 {{r:조}} 씨의 방에서 여권 묶음을 직접 보았다고 한다. 스폰서의 이름은 체류증 사본에 {{p:فهد المطيري}}로 적혀 있으며, 증언자는 이를 "{{p:파하드}}"라고 발음하였다.

노동 시간은 새벽 다섯 시부터 저녁 일곱 시까지였고, 여름철 한낮 작업 금지 기간에도 {{r:조}} 책임자는 작업을 계속시켰다. 임금은 계약상 월 500디나르 수준이었다고 들었으나 실제로 손에 쥔 것은 월 20~30디나르였다.

2010년 여름 같은 작업반의 {{p:문성국}}이 열사병으로 쓰러졌다. 필리핀인 운전수 {{p:Rodel}}({{p:로델}})이 몰래 병원으로 데려갔고, {{p:성국}}은 살아났으나 곧바로 귀국 조치되었다. {{r:함춘식}}은 "{{p:로델}}이 아니었으면 {{p:성국}}이는 죽었다"고 말하였다.

증언자는 또한 {{r:조광일}}의 부하로 경리 일을 보던 {{p:현영남}}을 언급하였다. {{p:현}} 씨는 노동자들의 "계획분"을 장부에 적었고, 증언자가 장부를 보여 달라고 하자 "{{r:춘식}} 동무는 그럴 자격이 없다"고 하였다.

증언자의 처 {{p:리옥화}}와 딸은 현재 {{u:평성}}에 있는 것으로 알려져 있으며, 증언자는 가족의 안전을 이유로 고향 동네 이름의 기록을 거부하였다.""",
    },
    {
        "id": "h10-ko-05",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ri Kyong-hui", "리경희", "witness", []),
            ("Pak Chol-ung", "박철웅", "supervisor", []),
            ("Sim Yon-ok", "심연옥", "coworker", ["다람쥐"]),
        ],
        "note": "Korean letter from a seafood factory worker in China to her mother; nickname that is an ordinary word (다람쥐); given names with affectionate 이 and particles.",
        "text": """어머니께

어머니, 그동안 건강하셨습니까. 저 {{r:경희}}입니다. 이 편지는 먼저 귀국하는 {{p:옥주}} 언니 편에 보냅니다. 언니가 {{u:신의주}}에 들르면 어머니께 직접 전해 드린다고 했습니다.

저는 {{u:동항}}의 수산물 가공 공장에서 잘 지내고 있습니다. 하루 일이 좀 길기는 합니다. 새벽 다섯 시 반에 일어나서 밤 열한 시까지 오징어를 손질합니다. 손이 소금물에 불어서 많이 갈라졌지만 걱정하지 마십시오.

우리 책임자는 {{r:박철웅}} 선생입니다. {{r:박}} 선생은 규율이 엄합니다. 여권은 책임자 선생이 다 보관하고 있고, 우리는 공장 밖으로 나갈 수 없습니다. 임금은 귀국할 때 한꺼번에 준다고 합니다. 어머니, 혹시 회사에서 돈이 왔습니까? 안 왔으면 말씀하지 마십시오. {{r:철웅}} 선생이 집에 연락할 수도 있다고 했습니다.

여기서 제일 친한 동무는 {{r:연옥}}이입니다. {{r:심연옥}}, {{u:남포}} 아이입니다. 작고 빨라서 다들 {{r:다람쥐}}라고 부릅니다. {{r:다람쥐}}가 없었으면 저는 벌써 울다가 지쳤을 겁니다. 공장 뒷산에 진짜 다람쥐가 사는데 {{r:연옥}}이는 그게 자기 동생이라고 농담을 합니다.

중국 사람 관리인 {{p:왕}} 씨는 우리한테 사탕을 주기도 합니다. 이름이 {{p:王丽}}라고 하는데 우리는 {{p:리리}}라고 부릅니다.

{{p:경호}}는 학교 잘 다닙니까? {{p:경호}}한테 누나가 꼭 돌아간다고 전해 주십시오. 아버지 제사 때 제 몫까지 절을 해 주십시오.

2017년 11월
딸 {{r:경희}} 올림

[면담자 주: 증언자 {{r:리경희}}는 이 편지를 보내지 못하고 보관하다가 2019년 탈출 시 가지고 나왔다.]""",
    },
    {
        "id": "h10-ko-06",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Yom Hyon-u", "염현우", "witness", []),
            ("Ri Sang-chol", "리상철", "official", []),
        ],
        "note": "Korean roster copied from a dispatch document, names partly in Hanja, with witness commentary; Qatar site; 리/이 spelling variation.",
        "text": """증언자 {{r:염현우}}가 기억해서 다시 적은 파견 명단 (원본은 {{u:도하}} 숙소 사무실 벽에 붙어 있었음)

{{u:조선능라도무역총회사}} {{u:카타르}} 지사 제2작업반 (2015년 3월)
반장: {{p:金成男}} ({{p:김성남}})
정치지도원: {{r:李相哲}} ({{r:리상철}})
반원:
 1. {{p:車光浩}} ({{p:차광호}}) 용접
 2. {{r:廉賢宇}} ({{r:염현우}}) 철근
 3. {{p:宋日國}} ({{p:송일국}}) 철근
 4. {{p:方明哲}} ({{p:방명철}}) 미장
 5. {{p:魯春吉}} ({{p:로춘길}}) 미장
 6. {{p:許京淑}} ({{p:허경숙}}) 취사

증언자 설명:
명단에 적힌 정치지도원 {{r:리상철}}은 남쪽에 와서 보니 {{r:이상철}}이라고 쓰더라. 여권은 {{r:리}} 지도원이 전부 가지고 있었다. 반장 {{p:김성남}}은 실제로는 {{r:리상철}}이가 시키는 대로만 했다.

{{p:송일국}}은 남쪽 배우하고 이름이 같아서 우리가 놀렸다. {{p:일국}}이는 2015년 여름에 비계에서 떨어져 허리를 다쳤는데, {{r:상철}}이가 병원에 안 보내고 숙소에 눕혀 두었다. 

취사원 {{p:허경숙}} 아주머니는 유일한 여자였다. 우리는 {{p:경숙}} 아주머니라고 불렀다. 아주머니가 몰래 밥을 더 주었다.

작업 시간은 아침 여섯 시부터 저녁 일곱 시, 여덟 시까지였다. 금요일에도 쉬지 않았다. 임금은 매달 "{{u:조선로동당}} 충성자금"으로 150달러씩 떼었고, 나머지도 숙식비로 깎여 손에 들어온 것은 거의 없었다.

카타르 현장 감독은 네팔 사람 {{p:Ram Bahadur}}였는데 우리는 "{{p:람}}"이라고 했다. {{p:람}}은 우리가 돈을 못 받는다는 걸 알고 자기 도시락을 나눠 주기도 했다.

2016년에 {{r:리상철}}이 갑자기 본국으로 소환되고 {{p:김성남}} 반장이 여권을 맡게 되었다. 그때 {{p:성남}}이가 술에 취해 금고를 열어 둔 틈에 나는 내 여권을 꺼내 나왔다.""",
    },
    {
        "id": "h10-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("O Chang-rim", "오창림", "witness", []),
            ("Yi Myong-sik", "이명식", "supervisor", ["리명식"]),
        ],
        "note": "Korean Q/A about a fishing boat; one-syllable surname 오 (also the number/word), 리/이 variants, Chinese captain in Hanja; ship names.",
        "text": """면담자: 본인 소개를 부탁드립니다.
{{r:오창림}}: 저는 {{r:오창림}}입니다. {{u:원산}}에서 왔습니다. 2016년부터 2018년까지 중국 어선을 탔습니다.

면담자: 배 이름을 기억하십니까?
{{r:오창림}}: 처음 배는 {{u:辽丹渔23155}}였고, 나중 배는 {{u:鲁荣渔2682}}였습니다. 둘 다 중국 배인데 {{u:동해}}에서 오징어를 잡았습니다.

면담자: 조선 쪽 책임자는요?
{{r:오창림}}: {{r:리명식}}이라는 사람입니다. 남쪽 서류에는 {{r:이명식}}으로 돼 있을 겁니다. {{r:명식}}이는 {{u:수산성}} 사람이라고 했어요. 선원들 여권하고 선원수첩을 다 {{r:리}} 책임자가 가지고 있었습니다.

면담자: 선장은 중국인이었습니까?
{{r:오창림}}: 네, 선장은 {{p:于海涛}}, 우리는 "{{p:위}} 선장"이라고 했습니다. {{p:위}} 선장은 술을 많이 마셨어요. 선장하고 {{r:리명식}}이하고 돈 문제로 자주 싸웠습니다.

면담자: 하루에 몇 시간 일했습니까?
{{r:오창림}}: 스무 시간 정도요. 밤새 불을 켜고 낚고, 낮에는 손질하고 얼리고. 다섯, 여섯 시간 자면 많이 잤지요. 오 년 동안 탄 사람도 있었는데 저는 두 해 했습니다.

면담자: 다친 사람은 없었습니까?
{{r:오창림}}: {{p:태성}}이가 그물에 손이 감겨서 뼈가 부러졌습니다. {{p:리태성}}. 그런데 {{r:이명식}} 책임자는 배를 항구에 대지 않았어요. {{p:태성}}이는 보름 동안 그 손으로 일했습니다.

면담자: 임금은요?
{{r:오창림}}: 한 철 끝나면 "분배"를 한다고 했는데, 기름값, 밥값, 국가 납부금을 빼니까 오히려 빚이 졌다고 했습니다. 그 말을 듣고 {{p:석진}} 아저씨가 책상을 쳤는데, 그 다음 해에는 {{p:석진}} 아저씨가 배에 안 탔습니다. {{p:김석진}} 아저씨요.""",
    },
    {
        "id": "h10-ko-08",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ko Un-jong", "고은정", "witness", []),
            ("Tak Yong-su", "탁영수", "supervisor", ["탁 부장"]),
        ],
        "note": "Korean first person, Mongolian construction and sewing; Mongolian names in Cyrillic and Hangul; 하늘 as nickname and as word.",
        "text": """저는 {{r:고은정}}이라고 합니다. 2014년 가을에 {{u:몽골}} {{u:울란바따르}}로 갔습니다. 처음에는 봉제 공장에서, 나중에는 건설 현장 식당에서 일했습니다.

우리를 데리고 간 사람은 {{r:탁영수}} 부장이었습니다. 다들 "{{r:탁}} 부장"이라고만 불렀어요. {{r:탁영수}}는 비행기에서 내리자마자 "여권은 분실 위험이 있으니 내가 맡는다"며 다 가져갔습니다. 나중에 돌려 달라고 했더니 {{r:영수}} 부장은 "너희 집 주소는 내가 다 안다"고 했습니다. 그게 무슨 뜻인지는 다들 알았지요.

봉제 공장은 몽골 사람 소유였는데, 사장 이름은 {{p:Ганбаатар}}, 우리는 {{p:간바타르}} 사장이라고 했어요. {{p:간바타르}} 사장은 우리 임금을 {{r:탁}} 부장 통장으로 넣었습니다. 우리는 한 달에 몽골돈으로 몇 만 투그릭, 딸라로 치면 20딸라쯤 받았습니다.

하루에 열여섯 시간을 일했습니다. 아침 일곱 시부터 밤 열한 시까지요. 하늘이 캄캄할 때 나가서 캄캄할 때 들어왔어요.

같이 간 동무 중에 {{p:하늘}}이라는 애가 있었어요. 진짜 이름은 {{p:천하늘}}이 아니고 {{p:천순녀}}인데, 하도 키가 커서 {{p:하늘}}이라고 불렀어요. {{p:하늘}}이는 2015년 겨울에 폐렴에 걸렸는데 {{r:탁}} 부장이 병원에 안 보내서, 몽골 아주머니 {{p:Сарантуяа}}, {{p:사랑토야}} 아주머니가 자기 돈으로 약을 사다 줬습니다.

식당에서 일할 때는 현장 책임자가 {{p:변광호}}라는 사람이었어요. {{p:변}} 씨는 {{r:탁}} 부장보다는 나았습니다.

2016년에 저는 {{u:울란바따르}}에 있는 남조선 대사관, 지금 생각하면 {{u:대한민국 대사관}}으로 갔습니다. {{p:사랑토야}} 아주머니가 택시비를 줬어요.""",
    },
    {
        "id": "h10-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kye Hyon-chol", "계현철", "witness", ["ㄱㅎㅊ"]),
            ("Pyon Man-sik", "변만식", "supervisor", ["ㅂㅁㅅ"]),
        ],
        "note": "Korean interviewer hand notes typed up: abbreviations, initials (Hangul consonants and Latin), arrows, question marks; Russian construction in Kazan and Moscow.",
        "text": """면담 메모 2차 (녹음X, 수기 → 타이핑)

- 증언자 {{r:ㄱㅎㅊ}} ({{r:계현철}}), 41세, {{u:청진}} 출신
- 2014~18 {{u:로씨야}}: {{u:까잔}} → {{u:모스크바}}. 아빠트 내장, 타일
- 소속: {{u:릉라도}}? 본인도 확실X. "{{u:평양}}에서 온 회사"
- 책임자 {{r:ㅂㅁㅅ}} = {{r:변만식}}. 여권 회수 (도착 당일, 역에서)
  → {{r:변}}: "스폰서 요구" 주장. 증언자: 거짓말
  → {{r:만식}}이 밤마다 휴대폰 검사
- 시간: 08~23시, 주 7일. 설, {{u:태양절}}만 휴무
- 임금: 월 USD 50 내외 수령 (계약 700?)
  → "충성자금" 월 500 고정
- 동료 {{p:ㅈㄱㅊ}} (이름 거부) - 2016 추락, 다리 골절. {{r:변}}이 병원 X → 러시아 업주 {{p:Рустам}} ({{p:루스탐}}, 따따르인)이 몰래 병원
- {{p:루스탐}} 부인 {{p:Гульнара}} 도 도움?? 재확인 필요
- 가족: 처 + 아들. 2017 처가 {{u:보위부}} 소환됐다는 소식 ({{p:K}}라는 동료 통해)
  → 증언자 울음, 10분 휴식
- 이탈: 2018.5 {{u:모스크바}} → 교회 목사 {{p:Kim}} ({{p:김}} 목사, 한국계 러시아인) 도움
- 다음: {{p:ㅈㄱㅊ}} 실명 / {{p:K}} 동료 / {{p:김}} 목사 연락처 재확인

[메모 끝. {{r:ㄱㅎㅊ}} 본인 서명 받음]""",
    },
    {
        "id": "h10-ko-10",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Jin Song-hak", "진성학", "witness", []),
            ("Hyon Chol-nam", "현철남", "supervisor", []),
        ],
        "note": "Korean first person, Equatorial Guinea and Senegal construction; African foreman, Senegalese cook; surnames 진/현; public monument and company.",
        "text": """나는 {{r:진성학}}이다. 2009년에 {{u:만수대창작사}} 해외사업단 소속으로 {{u:적도기니}}에 갔고, 2012년에는 {{u:세네갈}} {{u:다카르}}로 옮겼다. {{u:다카르}}에서는 {{u:아프리카 르네상스 기념비}} 보수 공사와 관공서 건물 공사를 했다.

우리 건설대 대장은 {{r:현철남}}이었다. {{r:현철남}}이는 {{u:만수대}}에서 잔뼈가 굵은 사람이라 현지 관리들하고 잘 통했다. 여권은 출국할 때부터 {{r:현}} 대장이 들고 있었다. 현지 경찰이 검문하면 {{r:철남}}이가 나가서 서류 뭉치를 보여 주고 돈을 쥐여 주었다.

일은 새벽 다섯 시 반에 시작했다. 점심 한 시간 빼고 저녁 여덟 시까지 일하고, 공기가 밀리면 밤 열한 시까지 전등을 켜고 일했다. 월급은 계약상 한 달 600딸라라고 들었는데 손에 쥔 건 30딸라에서 50딸라 사이였다. "계획분"을 못 채우면 그것도 없었다.

현장의 세네갈 사람 반장은 {{p:Mamadou Diallo}}였다. 우리는 "{{p:마마두}}"라고 불렀다. {{p:마마두}}는 우리한테 왜 돈을 안 받냐고 자꾸 물었는데, {{r:현}} 대장이 우리한테 {{p:마마두}}하고 말하지 말라고 했다. 숙소 식당 아주머니 {{p:Aminata}}는 우리한테 망고를 줬다.

같이 일하던 {{p:송철}}이가 2013년에 말라리아에 걸렸다. {{p:송철}}이 성은 {{p:추}} 씨, {{p:추송철}}이다. {{r:현철남}}은 약값이 아깝다고 며칠을 버티다가 결국 병원에 보냈는데 {{p:송철}}이는 그 병원에서 죽었다. 시신은 화장해서 재만 보냈다고 들었다. {{p:송철}}이 어머니는 {{u:개천}}에 사신다.

나는 2014년에 귀국하라는 지시를 받았을 때 도망쳤다.""",
    },
    {
        "id": "h10-ko-11",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Song Hye-ran", "송혜란", "witness", []),
            ("Jong Kwang-bok", "정광복", "supervisor", []),
        ],
        "note": "Korean interviewer summary, textile factory in Hunchun; Korean-Chinese owner in Hanja and Hangul; numbered findings; 언니/오빠 kinship terms; family threatened.",
        "text": """증언 요지 (면담자 정리)

1. 증언자 {{r:송혜란}}(29세, 여)은 2017년 4월 {{u:훈춘}}의 피복 가공 공장에 파견되었다. 공장은 {{u:琿春市新華服裝廠}}으로, 조선족 사장 {{p:金東浩}}({{p:김동호}})가 운영하였다.

2. 파견단 책임자는 {{r:정광복}}이었다. 증언자는 {{r:정광복}}을 "{{r:정}} 지배인"이라고 불렀다. {{r:정}} 지배인은 여권과 휴대전화를 모두 회수하였으며, 여성 노동자들이 숙소 밖으로 나가는 것을 금지하였다.

3. 노동 시간은 오전 7시부터 밤 12시까지였다. 중국 측은 주 1회 휴무를 약속했으나 {{r:광복}}이 이를 "애국 노동"으로 대체하였다.

4. 증언자는 월 1,500위안의 계약 임금 중 약 100위안만을 받았다고 진술하였다. 나머지는 책임자 {{r:정}} 씨가 "국가 계획분"으로 가져갔다.

5. 같은 숙소의 {{p:명희}} 언니({{p:하명희}})는 2018년 재봉틀 바늘에 손가락이 관통되었다. {{p:김동호}} 사장이 병원비를 대겠다고 했으나 {{r:정광복}}이 거절하고 숙소에서 치료하게 하였다. 증언자는 "{{p:명희}} 언니 손이 까맣게 변했다"고 말하였다.

6. 증언자는 공장 경비였던 조선족 청년 {{p:리성민}}을 "{{p:성민}} 오빠"라고 부르며, 그가 몰래 가족에게 전화를 걸 수 있게 해 주었다고 진술하였다. 증언자의 어머니 {{p:최정애}}는 {{u:회령}}에 거주한다.

7. 2019년 증언자가 이탈한 후, 증언자의 오빠 {{p:송혜철}}이 {{u:국가보위성}}에 불려가 조사를 받았다는 소식을 들었다고 한다.

8. 증언자는 {{r:정광복}}이 노동자들에게 "남조선으로 가면 가족이 다 죽는다"고 수시로 말하였으며, {{r:정}} 지배인 본인도 매달 {{u:심양}} 영사관에 보고서를 보냈다고 진술하였다.""",
    },
    {
        "id": "h10-ko-12",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Pae Chol-ho", "배철호", "witness", []),
            ("Mun Il-nam", "문일남", "supervisor", ["연필"]),
        ],
        "note": "Korean first person, St Petersburg and Novosibirsk construction; minder nicknamed with an ordinary word (연필); Russian landlady in Cyrillic; 김정은 as public figure.",
        "text": """{{u:상트뻬쩨르부르그}} 현장 이야기를 하겠습니다. 저는 {{r:배철호}}입니다. 2016년에 {{u:상트뻬쩨르부르그}}로 가서 2018년에 {{u:노보시비르스크}}로 옮겼습니다.

우리 작업반을 감시하던 사람은 {{r:문일남}}이었습니다. 늘 귀에 연필을 꽂고 다니면서 누가 무슨 말을 했는지 수첩에 적었어요. 그래서 별명이 {{r:연필}}이었습니다. "{{r:연필}} 온다" 하면 다들 입을 다물었지요. {{r:문일남}}이 여권을 다 가지고 있었고, 러시아 경찰이 오면 {{r:문}} 씨가 나가서 대답했습니다.

일은 아침 일곱 시부터 밤 열한 시까지 했습니다. 일요일에는 오전에 {{u:김정은}} 원수님 말씀 학습을 하고 오후에 또 일했습니다. 돈은 한 달에 5,000루블쯤 손에 쥐었어요. 계약은 그 열 배였다고 나중에 들었습니다.

제일 기억나는 건 {{p:강혁}}이입니다. {{p:혁}}이는 스물두 살이었는데 2017년 겨울에 비계에서 떨어졌습니다. {{r:연필}}이 러시아 병원에 가면 안 된다고 해서, 숙소 주인 할머니 {{p:Валентина Петровна}}가 구급차를 불렀어요. 우리는 그분을 {{p:발렌찌나}} 할머니라고 불렀습니다. {{p:혁}}이는 살았지만 바로 귀국됐습니다. {{p:강혁}}이 아버지가 {{u:은덕군}}에서 보위원한테 불려갔다는 소식을 나중에 들었습니다.

{{u:노보시비르스크}}에서는 책임자가 바뀌어서 {{p:함}} 씨라는 사람이 왔는데, 이름은 끝까지 몰랐습니다. {{p:함}} 씨는 {{r:연필}}보다는 말이 없었습니다.

제 처 {{p:윤미화}}는 지금도 {{u:함흥}}에 있습니다. 제가 나온 뒤로 처가 어떻게 됐는지 모릅니다. {{p:미화}}가 무사하다는 소식 하나만 들어도 좋겠습니다. 딸 {{p:배은별}}이는 올해 학교에 들어갔을 겁니다.""",
    },
    {
        "id": "h10-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Won Hye-gyong", "원혜경", "witness", []),
            ("Ri Chun-sil", "리춘실", "supervisor", []),
            ("Cha Min-jong", "차민정", "coworker", []),
        ],
        "note": "Korean statement read back with the witness's corrections in brackets; seafood factory in Shandong; names corrected in-line.",
        "text": """진술서 (면담자가 낭독하고 증언자가 수정함. 수정 사항은 [ ] 안에 표시)

1. 나 {{r:원혜경}}은 1992년 {{u:남포}}에서 태어났다. [증언자: {{u:남포}}가 아니라 {{u:온천군}}. 고쳐 주세요.]

2. 나는 2016년 6월부터 2019년 2월까지 {{u:중국}} {{u:산동성}} {{u:위해}}의 수산물 가공 공장에서 일하였다. 공장 이름은 {{u:威海海洋食品有限公司}}이었다.

3. 우리 여성 노동자 80명을 관리한 사람은 {{r:리춘선}}이었다. [증언자: {{r:춘선}}이 아니라 {{r:춘실}}, {{r:리춘실}}.] {{r:리춘실}}은 입국 첫날 여권을 회수하였다.

4. 하루 노동 시간은 아침 6시부터 밤 10시까지였다. [증언자: 화물선 들어오는 날은 새벽까지.]

5. 나와 같은 조였던 {{r:차민정}}은 2017년 11월 냉동 창고에서 쓰러졌다. [증언자: 창고가 아니라 작업대 옆에서. {{r:민정}}이는 그 전날부터 열이 있었어요.] {{r:리}} 책임자는 {{r:차민정}}을 병원에 보내지 않았다.

6. 중국인 공장장 {{p:陈志强}}은 {{r:민정}}이를 병원에 보내자고 했으나 {{r:리춘실}}이 거절하였다. [증언자: 공장장 이름은 {{p:천}} 공장장이라고만 알았어요. 한자는 나중에 명함을 보고 알았어요.]

7. 나는 월급을 한 번도 직접 받지 못하였다. [증언자: 한 번 받았어요. 2018년 설에 200위안.]

8. 나의 어머니 {{p:원정옥}}은 [증언자: 어머니 성은 {{p:원}}이 아니에요. {{p:박정옥}}입니다.] 내가 {{u:중국}}에 있는 동안 인민반장으로부터 "딸이 말썽을 일으키면 가족이 책임진다"는 말을 들었다.

위 내용이 사실임을 확인합니다. {{r:원혜경}} (서명)""",
    },
    {
        "id": "h10-ko-14",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ri Hae-suk", "리해숙", "witness", []),
            ("Kim Chol-jun", "김철준", "relative", []),
        ],
        "note": "Korean testimony of a wife at home about her husband's dispatch to Russia and the threats to the family; children's nicknames; security officials.",
        "text": """저는 파견 나간 사람이 아니라 남은 가족입니다. 제 이름은 {{r:리해숙}}이고, 남편은 {{r:김철준}}입니다. 남편은 2013년에 {{u:로씨야}} {{u:울라지보스또크}} 건설 현장으로 갔습니다.

남편이 간 지 반년쯤 지나서 회사 사람이 집에 왔어요. 자기 이름은 {{p:량}} 부장이라고만 했습니다. {{p:량}} 부장은 "{{r:철준}} 동무가 일을 잘하고 있다, 그런데 돈은 국가 사업에 쓰이니 기다려라"라고 했어요. 그 뒤로 3년 동안 남편 월급이라고 받은 건 쌀 20킬로 두 번, 돈 50딸라였습니다.

2015년 겨울에 남편이 편지를 보냈는데, 편지를 가져온 사람이 남편 작업반 동료 {{p:오세진}}이었습니다. {{p:세진}} 씨가 조용히 "{{r:철준}}이 형님이 손을 다쳤다, 책임자 {{p:표}} 씨가 병원에 안 보낸다"고 말해 줬어요. 책임자 이름은 {{p:표광일}}이라고 했습니다.

그 일을 인민반에서 누가 들었는지, 한 달 뒤에 보위부에서 {{p:허}} 지도원이 찾아왔습니다. "남편이 {{u:로씨야}}에서 허튼소리 하면 당신하고 애들도 무사하지 못한다"고 했어요. 우리 큰애 {{p:복동}}이가 그때 열 살이었는데 그 말을 다 들었습니다. 작은애는 {{p:다롱}}이라고 불렀는데 아직 어려서 몰랐지요.

남편은 2016년에 돌아왔는데, 오른손 손가락 두 개가 굽어서 펴지지 않았습니다. 돈은 한 푼도 못 가지고 왔어요. 남편은 "{{p:표광일}}이가 다 가져갔다"고만 했습니다.

2018년에 저는 아이들을 데리고 나왔습니다. 남편 {{r:김철준}}은 같이 오지 못했습니다. 시어머니 {{p:장순덕}}을 두고 올 수 없다고 했어요.""",
    },
    {
        "id": "h10-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kwon Chol-ung", "권철웅", "witness", []),
            ("Ri Yong-gil", "리용길", "supervisor", ["용길이"]),
        ],
        "note": "English interviewer notes with verbatim Korean quotes and Hangul names in brackets; Russian construction in Yuzhno-Sakhalinsk; N/S spellings.",
        "text": """Interview notes - witness {{r:Kwon Chol-ung}} ({{r:권철웅}}), session 1

Worked 2015-2018 in {{u:Yuzhno-Sakhalinsk}} on housing for a Russian developer, crew of 40 under the {{u:Korea Kyonghung Trading}} umbrella. Minder: {{r:Ri Yong-gil}} ({{r:리용길}}; in SK documents probably "{{r:Lee Yong-gil}}").

On passports, in his words: "공항에서 {{r:용길}}이가 다 걷었어요. '잃어버리면 큰일 난다'면서." ("{{r:Yong-gil}} collected them all at the airport, saying it would be a disaster if we lost them.")

Hours: 07:00 to 22:00 in summer. He says "해 떨어지면 전등 켜고 또 했어요" - when the sun set they switched on lamps and carried on.

Pay: contract amount unknown. Received RUB 3,000-5,000/month. "{{r:리용길}} 반장이 '충성자금'이라고 다 떼 갔어요."

Injury: coworker {{p:Ju Hyok-chol}} ({{p:주혁철}}), fell from the 5th floor in 2017, both legs broken. Russian site engineer {{p:Andrei Petrenko}} ({{p:Андрей Петренко}}) called an ambulance against {{r:Ri}}'s wishes. {{r:Kwon}}: "{{p:안드레이}}가 아니었으면 {{p:혁철}}이는 죽었어요." {{p:Hyok-chol}} was repatriated three weeks later, in a wheelchair.

Family threat: {{r:Ri}} told {{r:Chol-ung}} in a one-on-one "talk" that his father in {{u:Tanchon}} was "getting old and should not have worries". Witness understood as a threat.

Other names mentioned: cook "Auntie {{p:Pongnye}}" - correction: {{p:Pongnye}} is her given name, surname {{p:Yang}} ({{p:양봉녀}}). Driver {{p:Seryozha}}, no surname.

Witness fled in Aug 2018 via {{u:Korsakov}} ferry. Next session: photos of the dormitory on {{u:Kommunistichesky Prospekt}}.""",
    },
    {
        "id": "h10-mixed-02",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ryang Sol-ju", "량설주", "witness", ["설주", "Solju"]),
            ("Choe Kwang-hyok", "최광혁", "supervisor", []),
        ],
        "note": "Messenger chat between an NGO staffer and a woman working in a Chinese seafood plant, mixing Korean and English, lower case, emoji, soft hyphen and fullwidth letters in names.",
        "text": """[messenger log, copied by staff member {{p:박지현}}, Korean/English as typed]

NGO: hi {{r:solju}} r u safe to talk?
{{r:solju}}: 네 지금 화장실ㅋ 5분
NGO: ok. how many hours today
{{r:solju}}: 새벽5시~밤11시 또 🥲 {{r:최광\u00ad혁}} 오늘 검사함
NGO: who is that again
{{r:solju}}: 우리 책임자. {{r:choe kwang hyok}}. 중국애들은 {{r:Ｃｈｏｅ}}라고 못하고 {{r:cui}}라고 불러
NGO: ok got it. passport?
{{r:solju}}: 없어요 {{r:최}}가 금고에
NGO: 월급은?
{{r:solju}}: 없음 ㅋㅋ 100元 받음 이번달. 나머지 "국가"
NGO: 😔 is {{p:eunha}} still there
{{r:solju}}: {{p:은하}} 언니 어제 쓰러졌어 ㅠㅠ
NGO: {{p:Ｋｉｍ eunha}}? {{p:김은하}}?
{{r:solju}}: ㅇㅇ {{p:은하}}언니
NGO: omg. hospital?
{{r:solju}}: 중국 사장 老{{p:刘}}이 데려감 {{r:광혁}}이 막았는데 {{p:刘}}사장이 그냥 데려감 👍
NGO: good. did anyone say anything to your family?
{{r:solju}}: 엄마한테 편지 왔는데 보위부 사람이 집에 왔대 😢 {{r:choe}}가 보고했나봐 내가 말 많다고
NGO: im so sorry. we will keep your name out of everything
{{r:solju}}: 고마워요 {{p:jihyun}}쌤 진짜로
NGO: no problem. how many girls in your room now
{{r:solju}}: 12명. {{p:은하}}언니 자리 비어있음
NGO: good. stay safe {{r:설주}}
{{r:solju}}: ㅇㅋ 가야됨 🏃‍♀️

[Staff note: witness {{r:Ryang Sol-ju}}, {{u:Donggang}} seafood plant, 2019. Last message received 03:12 local time.]""",
    },
    {
        "id": "h10-mixed-03",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Pak Chol-min", "박철민", "witness", []),
            ("Kim Tong-chol", "김동철", "supervisor", []),
        ],
        "note": "Bilingual Q/A transcript (English questions, Korean answers with interpreter's English); Amur logging; Park/Pak/Bak variants and hyphenless spellings.",
        "text": """Q: Could you give your name?
A: {{r:박철민}}입니다.
[INTERPRETER: {{r:Pak Chol-min}}. He says in the South his registration is "{{r:Park Cheolmin}}".]

Q: Where were you sent?
A: {{u:아무르주}}, {{u:스보보드니}} 근처 벌목장이요. 2010년부터 2014년까지요.
[INTERPRETER: {{u:Amur}} region, near {{u:Svobodny}}, 2010 to 2014.]

Q: Who was in charge of your group?
A: {{r:김동철}}이요. 우리는 "{{r:김}} 지도원"이라고 했어요. {{r:동철}}이는 원래 {{u:인민무력부}}에 있었대요.
[INTERPRETER: A man called {{r:Kim Tong-chol}}, "Instructor {{r:Kim}}". He had previously been with the {{u:Ministry of People's Armed Forces}}.]

Q: What happened to your passports?
A: {{u:두만강역}}에서 {{r:김}} 지도원이 다 걷었어요. 다시는 못 봤어요.

Q: How many hours did you work?
A: 여름엔 새벽 4시 반부터 밤 10시까지. 하루 목표가 있어서 못 채우면 밤에도 했어요.
[INTERPRETER: In summer, 4:30 am to 10 pm, quota-based.]

Q: Was anyone hurt?
A: 제 친구 {{p:방성일}}이가... {{p:성일}}이는 2012년에 나무에 깔려서 허리를 다쳤어요. {{r:김동철}}이가 러시아 병원에 보내지 말라고 해서, 숙소에서 한 달 누워 있었어요.
[INTERPRETER: His friend {{p:Pang Song-il}} - he spells it {{p:Bang Seongil}} - was crushed by a tree in 2012. {{r:Kim Tongchol}} refused hospital. He lay in the dormitory for a month.]

Q: And the Russians?
A: 러시아 사람 {{p:Фёдор}}, {{p:표도르}} 아저씨가 우리 통나무를 샀어요. 돈은 {{r:김}} 지도원 주머니로.
[INTERPRETER: A Russian, {{p:Fyodor}}, bought logs from them. The money went to {{r:Kim}}.]

Q: Did you get any wages?
A: 4년에 800달러요. 그것도 마지막에.

Q: Thank you, Mr {{r:Pak}}.
A: 감사합니다.""",
    },
    {
        "id": "h10-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Chae Myong-hun", "채명훈", "witness", []),
            ("Sok Kwang-jin", "석광진", "official", []),
        ],
        "note": "Bilingual roster (ALL CAPS Latin + Hangul) from a Russian migration form, with witness notes; Rostov construction; surname-words NO, SO, HA in caps.",
        "text": """Copy of the list the witness photographed at the {{u:Rostov-on-Don}} site office, 2017. Left column as in the Russian migration form (Latin caps), right column added by the witness in Hangul.

No. | NAME ({{u:FMS}} FORM) | 이름 | NOTES (witness)
1 | {{r:CHAE MYONG HUN}} | {{r:채명훈}} | me
2 | {{r:SOK KWANG JIN}} | {{r:석광진}} | "responsible person" - kept all passports
3 | {{p:NO CHOL SU}} | {{p:노철수}} | plasterer, from {{u:Kanggye}}
4 | {{p:SO KUM HO}} | {{p:소금호}} | plasterer, we called him {{p:소금}} (salt)
5 | {{p:HA JONG NAM}} | {{p:하정남}} | electrician, sent home 2018
6 | {{p:RIM SONG GUK}} | {{p:림성국}} | driver of our van
7 | {{p:KIM YONG}} | {{p:김용}} | cook

Witness's explanation ({{r:Chae}}, in English and Korean as he wrote it):

"{{r:Sok Kwang-jin}} is security, not a worker. On the form he is a 'carpenter'. {{r:석광진}}이 여권 전부 갖고 있었음. No one could go out without him. {{p:Ha Jong-nam}} asked for his passport to send money home by {{u:Western Union}} - {{r:Sok}} said no, and {{p:하정남}}은 2018년에 귀국당함.

We worked 8 to 10, 8 in the morning to 10 at night, 7 days. Salary on paper 35,000 roubles. In hand about 4,000. 

{{p:소금}}이 is funny, he says his name is salt so he cannot rot. {{p:Kum-ho}} is still there I think."

The Russian site manager, per the witness, was {{p:Igor Valentinovich}} ({{p:Игорь Валентинович}}) of {{u:Don-Stroy Invest}}.""",
    },
    {
        "id": "h10-mixed-05",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Sol Kyong-ok", "설경옥", "witness", []),
            ("Kim Su-ryon", "김수련", "supervisor", []),
        ],
        "note": "English summary quoting a Korean diary kept by a garment worker in Liaoning; diary entries in Korean with dates; nicknames; Chinese supervisor in Chinese characters.",
        "text": """The witness, {{r:Sol Kyong-ok}}, kept a small diary during her two years (2018-2020) at a garment factory in {{u:Dandong}}'s {{u:Zhenxing}} district. She allowed us to transcribe several entries. Translations by the interviewer follow each entry.

2018.9.14
오늘도 밤 12시. {{r:수련}} 동지가 또 휴대폰 검사. {{p:옥별}}이 울었다.
(Midnight again today. Comrade {{r:Su-ryon}} checked the phones again. {{p:Ok-byol}} cried.)

2018.11.2
월급날. 손에 150원. 나머지는 "계획". {{r:김수련}}이 웃으면서 "조국이 기억한다"고 함.
(Payday. 150 yuan in hand. The rest is "the plan". {{r:Kim Su-ryon}} said, smiling, "the Fatherland will remember".)

2019.2.5
설날. 쉬는 날인데 주문 때문에 오후 4시까지 일함. 중국 조장 {{p:赵敏}} 언니가 만두 줌.
(Lunar New Year. A holiday, but we worked until 4 pm because of an order. The Chinese line leader, {{p:Zhao Min}}, gave us dumplings.)

2019.7.20
{{p:정아}} 손가락 바늘에 찔림. {{r:김}} 반장이 병원 안 보냄. {{p:정아}}야 미안해.
({{p:Jong-a}} pierced her finger on a needle. Team leader {{r:Kim}} did not send her to hospital. I'm sorry, {{p:Jong-a}}.)

2020.1.10
엄마 편지. {{p:경철}}이 군대 갔대. 보위부 {{p:성}} 씨가 집에 왔었대. 무섭다.
(Letter from Mum. {{p:Kyong-chol}} has gone to the army. A Mr {{p:Song}} from {{u:State Security}} came to the house. I'm afraid.)

Interviewer's notes: {{p:Kyong-chol}} is the witness's younger brother, {{p:Sol Kyong-chol}}. "{{p:Ok-byol}}" is {{p:Ri Ok-byol}}, a co-worker aged 19. The witness says {{r:Kim Su-ryon}} held the passports of all 60 women in a locked drawer and took them to the {{u:DPRK Consulate General in Shenyang}} once a year "for registration".""",
    },
    {
        "id": "h10-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Jin-hyok", "리진혁", "witness", ["Yi Jin-hyeok"]),
            ("Ho Chang-gol", "허창걸", "supervisor", []),
        ],
        "note": "Korean narrative with translator's English glosses in brackets; Tomsk and Irkutsk construction; Russian names in Cyrillic and Latin; name split over a line break with a hyphen.",
        "text": """[Translator's working draft. Korean original with English glosses.]

저는 {{r:리진혁}}입니다 [I am {{r:Ri Jin-hyok}}; his South Korean ID reads {{r:Yi Jin-hyeok}}]. 2012년부터 2016년까지 {{u:똠스크}}와 {{u:이르꾸쯔크}}에서 건설 일을 했습니다.

우리 반장은 {{r:허창걸}}이었습니다 [team leader {{r:Ho Chang-gol}}]. {{r:허}} 반장은 말을 허투루 하는 사람이 아니었어요 [a man who never spoke idly]. 여권은 {{r:허}} 반장 가방 속에 있었고, 그 가방은 늘 그 사람 옆에 있었습니다.

하루 열다섯 시간 일했습니다 [15 hours a day]. 겨울에는 영하 40도에서도 일했어요. 장갑이 모자라서 {{p:동수}}가 손가락 동상에 걸렸어요 [a co-worker, {{p:Tong-su}}, got frostbite]. {{p:동수}} 성은 {{p:길}} 씨예요, {{p:길동수}} [surname {{p:Kil}} - the translator first misread it as the word "road"].

러시아 현장 감독은 {{p:Евгений}}였는데 [site manager {{p:Yevgeny}}], 우리한테는 "{{p:제냐}}"라고 부르라고 했어요. {{p:Zhenya}} was the witness's word for a decent man: he paid for {{p:Tong-su}}'s treatment. Written in his notebook as {{p:Ev-
geny Morozov}} (the line break is in the witness's handwriting).

임금은 한 달 만 루블 약속이었는데 [10,000 roubles promised], 실제로는 천 루블, 이천 루블 받았어요. 나머지는 {{r:창걸}}이가 "{{u:조선로동당}}에 바친다"고 했어요.

제 아버지 {{p:리명남}}은 {{u:혜산}}에 계십니다 [his father, {{p:Ri Myong-nam}}, lives in {{u:Hyesan}}]. 제가 도망친 뒤에 아버지가 {{u:국가보위성}}에 끌려갔다고 들었습니다.""",
    },
    {
        "id": "h10-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pak Kum-song", "박금성", "witness", []),
            ("Yun Hak-chol", "윤학철", "supervisor", []),
        ],
        "note": "Email from a witness typed with a Korean input method: fullwidth Latin letters, Korean and English mixed; Gulf construction in Oman; Omani sponsor in Arabic script.",
        "text": """From: (witness)
Subject: re: 추가 증언 / additional statement

안녕하세요. this is {{r:Ｐａｋ Ｋｕｍ-ｓｏｎｇ}}, sorry my english keyboard is broken so letters look strange.

you ask about {{r:Ｙｕｎ}}. {{r:윤학철}} was our 작업반장 in {{u:Ｍｕｓｃａｔ}} 2013~2015. he keep all passport in 사무실 safe. when {{u:오만}} police check, {{r:Yun Hak-chol}} show copy only.

hours: 5am - 7pm, 여름엔 점심 쉬는시간 조금. friday also work, {{r:학철}}이가 "we are not muslim" 하면서.

money: sponsor {{p:سالم البلوشي}} ({{p:Ｓａｌｉｍ}}) pay company, company pay {{r:Ｙｕｎ}}, {{r:Ｙｕｎ}} pay us maybe 10%. 
나머지는 "당자금".

also you ask about the accident. it was {{p:Ｃｈｏｉ}} - {{p:최명호}}. he fall from crane 2014 and his back broke. {{p:명호}} 형은 지금 {{u:평양}}에 있다고 들었어요 but i dont know true or not.

a pakistani man {{p:Imran}} drive us to site every day, he is good man. he say to me "my friend, why you no money". i not answer.

my wife {{p:옥순}} and son in {{u:Anju}}. please dont write city. 

thank you
{{r:금성}} ({{r:Ｋ.Ｓ. Ｐａｋ}})""",
    },
    {
        "id": "h10-mixed-08",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kang Chol-ho", "강철호", "witness", []),
            ("Ri Hyon-su", "리현수", "supervisor", ["현수"]),
            ("Chong Sun-ae", "정순애", "relative", []),
        ],
        "note": "English interviewer summary with Korean phrases, Qatar stadium-area construction; Kang/Gang; Jong/Chong/Jeong for the same relative; streets named after public figures.",
        "text": """Interview summary - witness {{r:Kang Chol-ho}} ({{r:강철호}}), interviewed in {{u:Seoul}}

The witness worked in {{u:Qatar}} 2012-2016 on housing and road projects around {{u:Al Wakrah}} and on {{u:Al Khalifa Street}}, for a Qatari contractor subcontracting to the {{u:Korea Namgang General Construction Corporation}}. His SK passport reads "{{r:Gang Cheol-ho}}".

The team's responsible official was {{r:Ri Hyon-su}} ({{r:리현수}}). The witness refers to him throughout as "{{r:현수}} 동지" or just "{{r:Hyon-su}}". {{r:Ri}} held all passports from the moment the team landed. The witness quotes him: "여권은 국가 재산이다" (the passport is state property).

Working hours were 5:00 to 18:00 in the cooler months, and in summer the team was moved to night shifts from 19:00 to 5:00. One day off a month. {{r:Kang}} was paid approximately 100 riyals a month in cash.

The witness's wife, {{r:Chong Sun-ae}} ({{r:정순애}}; the witness spelled it "{{r:Jeong Sun-ae}}" in his written notes and "{{r:Jong Sunae}}" on a later form), was visited at home in {{u:Pyongsong}} by a man from the company in 2015 after {{r:Kang}} complained about the food. The man, whom {{r:Sun-ae}} knew only as "Comrade {{p:Choe}}", told her that her husband "needed encouragement from home".

A fellow worker, {{p:Rim Kwang-chol}}, died on site in 2014 from heat stroke. {{r:Ri Hyon-su}} reported the death as heart failure. An Indian site engineer, {{p:Rajesh}}, wanted to call an ambulance earlier; {{r:Hyon-su}} refused. {{p:Kwang-chol}}'s body was flown to {{u:Pyongyang}} via {{u:Beijing}} on {{u:Air Koryo}}.

The witness left the team in 2016 through the help of a Nepali co-worker, {{p:Bishnu}}, and the {{u:Korean Embassy}}.""",
    },
    {
        "id": "h10-mixed-09",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Kwang-jin", "김광진", "witness", ["광진이"]),
            ("Yom Chang-su", "염창수", "supervisor", ["Yeom"]),
        ],
        "note": "Fishing crew group chat (Korean and English mixed), Taiwanese-flagged longliner in the Indian Ocean; captain in Chinese characters; nicknames; zero-width space; 'yes/no' and 'ok' noise.",
        "text": """[group chat exported by the witness {{r:Kim Kwang-jin}}, 2019, off {{u:Mauritius}}; crew of the longliner {{u:Fu Yuan Yu 7866}}. Names as displayed in the app.]

{{r:광진}}: 형들 오늘 몇시간 잠?
{{p:철이형}}: 3시간 ㅋ
{{p:곰돌이}}: 난 2시간
{{r:광진}}: {{r:염}} 아저씨 또 밥 줄임??
{{p:곰돌이}}: ㅇㅇ {{r:염창\u200b수}} 미친놈 어제 그물 늦었다고
{{p:철이형}}: 야 조용 {{r:염}}이 폰 본다
{{r:광진}}: no he cant read this its my phone
{{p:곰돌이}}: captain {{p:林}} 오늘 {{r:yeom}} 한테 소리지름 ㅋㅋ 기름값 때문에
{{p:철이형}}: {{p:林}} 선장도 똑같음 돈만 밝힘
{{r:광진}}: 여권 {{r:염}}이 아직 가지고있지?
{{p:철이형}}: ㅇ 선장실 금고. {{p:林}}船长 하고 둘이 열쇠
{{p:곰돌이}}: {{p:상혁}}이 손 괜찮냐
{{p:철이형}}: 안괜찮아 붓고 냄새남 😷 {{r:염}}이 항구 안간대
{{r:광진}}: 내가 {{p:lin}} 선장한테 말해볼게
{{p:곰돌이}}: ㄴㄴ 괜히 너까지 맞는다 {{r:광진}}아

[Witness's key, given at interview: "{{p:철이형}}" = {{p:Pak Chol}}, deckhand; "{{p:곰돌이}}" = {{p:Kim Se-ung}}, youngest crew, called "teddy bear"; "{{p:상혁}}" = {{p:No Sang-hyok}}, hand infected after a hook injury; "{{p:林}} 선장" = the Taiwanese captain {{p:林志明}} ({{p:Lin Chih-ming}}); "{{r:염}}" = {{r:Yom Chang-su}}, the Korean crew boss who held the passports and the wage ledger. The crew worked 18-20 hours a day. No wages were received during the 14-month voyage.]""",
    },
    {
        "id": "h10-mixed-10",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Hwang Un-ok", "황은옥", "witness", []),
            ("Kim Yong-suk", "김영숙", "supervisor", []),
        ],
        "note": "Korean testimony with English interviewer interjections and translations; restaurant-and-sewing workers in Vladivostok and Harbin; private person sharing a name with a leader's wife; Chinese owner.",
        "text": """[Interview in Korean, interviewer's English notes interleaved]

저는 {{r:황은옥}}이에요. 처음엔 {{u:블라디보스또크}}의 조선 식당, 그러니까 {{u:평양관}}이라는 식당에서 일했고, 2017년에 {{u:할빈}} 봉제 공장으로 옮겼어요.
> Witness: {{r:Hwang Un-ok}}. Restaurant "{{u:Pyongyang-gwan}}", {{u:Vladivostok}}, then garment factory, {{u:Harbin}}.

식당 책임자는 {{r:김영숙}} 지배인이었어요. {{u:김정일}} 장군님 부인 {{u:김영숙}}하고 이름이 같다고 손님들이 농담하면 {{r:김}} 지배인은 웃지도 않았어요.
> Manager {{r:Kim Yong-suk}}. (Same name as {{u:Kim Jong Il}}'s wife, which guests joked about.)

{{r:영숙}} 지배인이 우리 여권을 다 가지고 있었어요. 노래하고 춤추고 서빙하고, 밤 한 시까지. 낮에는 또 청소랑 연습.
> Passports held by {{r:Kim}}. Work until 1 am: singing, dancing, serving; cleaning and rehearsal in the daytime.

월급은 없었어요. 손님들이 주는 팁도 {{r:김영숙}}이가 다 걷었어요. 같이 일하던 {{p:설화}}는 팁을 숨겼다가 걸려서 한 달 동안 노래를 못 했어요.
> No wages. Tips confiscated. Co-worker {{p:Sol-hwa}} caught hiding tips, punished.

{{u:할빈}}에서는 중국 사장 {{p:马建军}} 밑에서 일했는데, {{p:마}} 사장은 괜찮은 사람이었어요. 근데 책임자는 또 조선 사람, {{p:방}} 씨라는 남자였어요. {{p:방}} 씨가 문을 밖에서 잠갔어요.
> {{u:Harbin}}: Chinese owner {{p:Ma Jianjun}}, "Boss {{p:Ma}}". Korean minder surnamed {{p:Pang}} locked the dormitory from outside.

제 동생 {{p:은철}}이는 {{u:평양}}에 있어요. 제가 나왔으니까 동생이 어떻게 될지...
> Younger brother {{p:Un-chol}} in {{u:Pyongyang}}. Witness crying; we paused here.""",
    },
]
