# ruff: noqa: E501
"""Held-out evaluation passages, set 11 (blind). Markers: {{r:..}} registered private person,
{{p:..}} unregistered private person, {{u:..}} public name (figure, place, organisation,
company, ship). Built by build_heldout.py heldout11."""

PASSAGES: list[dict] = [
    {
        "id": "h11-en-01",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Kwang-il", "최광일", "witness", ["CHOI KVAN IR"]),
            ("Ryu Son-gun", "류선군", "supervisor", []),
        ],
        "note": "First-person account, apartment construction in Vladivostok; minder holds passports in a box; Russian permit spelling of the witness's name; Russian foreman by first name.",
        "text": """My name is {{r:Choe Kwang-il}}. On the Russian work permit they wrote {{r:CHOI KVAN IR}}, and the other men laughed at it for a week. I went to {{u:Vladivostok}} in March 2016 with a brigade of thirty men from {{u:Hamhung}}. We were building apartment blocks on the hill above {{u:Vtoraya Rechka}} for a Russian company, {{u:Primstroy-Vostok}}, but our contract was with {{u:Korea Rungra 888 General Corporation}}, and we never saw the contract.

The minder was {{r:Ryu Son-gun}}. On the first night in the dormitory he collected our passports in a rice sack. He said it was so we would not lose them. {{r:Ryu}} kept them in a metal box under his bed and slept with the key on a string around his neck. In two and a half years I held my passport once, for twenty minutes, when the migration police came to count us.

We worked from six in the morning until eleven at night, and in summer we poured concrete by the light of the moon because the Russian foreman, {{p:Vitaly}}, wanted a floor a week. {{p:Vitaly}} paid the company, the company paid {{r:Ryu}}, and {{r:Ryu}} paid us in promises. Every month he read out the deductions: the plan contribution, the loyalty fund for the birthday of {{u:Kim Jong Un}}, food, the dormitory, the cost of our flight. What was left was about forty dollars, and that was kept "for safety" until we went home.

My bunkmate was {{p:Han Chol-jin}}, an older man with a bad back. When {{p:Chol-jin}} fell from the scaffolding in the second winter, {{r:Ryu}} would not let the Russians call an ambulance. Our brigade leader, a man named {{p:Mun}}, carried him to the bus himself. {{p:Mun}} was punished for it with a self-criticism session in front of everyone.

I want it written that {{r:Ryu Son-gun}} told us if anyone ran, his family in {{u:Hamhung}} would be sent to the mountains. I believed him. I still believe him.""",
    },
    {
        "id": "h11-en-02",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("O Yong-nam", "오영남", "witness", []),
            ("Kang Tae-sik", "강태식", "supervisor", ["Gang Tae-sik"]),
        ],
        "note": "Interviewer summary in third person, Qatar stadium-area construction; one-letter surname witness; Nepali co-worker; minder spelled two ways.",
        "text": """INTERVIEW SUMMARY - prepared by case officer, second session

The interviewee, Mr {{r:O Yong-nam}} (born 1979, {{u:Sinuiju}}), worked in {{u:Qatar}} from 2012 to 2015 for a North Korean construction unit subcontracted to a local firm, {{u:Al Wakra Building Contracting}}. Mr {{r:O}} describes a working day of fourteen to sixteen hours, six and a half days a week, with the half day spent on political study. He states that he was never shown his employment contract and that all passports were held by the unit's manager, {{r:Kang Tae-sik}}.

Mr {{r:O}} was at first reluctant to give the manager's name and referred to him only as "the director". Later in the session he confirmed the name and noted that Qatari documents spell it {{r:Gang Tae-sik}}. According to Mr {{r:O}}, {{r:Kang}} received the workers' salaries in cash from the subcontractor and paid out only small amounts for food. Workers who complained were told that the rest was going to the state.

He recalls a Nepali worker on the same site, {{p:Bishnu Tamang}}, who lent him a phone so he could hear news from outside. {{p:Bishnu}} was later moved to another site; Mr {{r:O}} believes this was because {{r:Kang}} complained to the Qatari supervisor, a Mr {{p:Al-Marri}}. The interviewee could not say whether {{p:Al-Marri}} understood the situation of the North Korean workers.

In August 2014 a co-worker, {{p:Yu Myong-chol}}, collapsed from heat on the roof of a building near {{u:Lusail}}. Mr {{r:O}} states that {{p:Yu}} was taken back to the camp rather than to a hospital, and that he was sent home to {{u:Pyongyang}} three weeks later. He has not heard of him since.

The interviewee wishes to add that the word "no" was not used on the site. He says: "You can say yes, or you can say nothing." He was visibly upset when describing his wife, {{p:Choe Ok-sun}}, who was called to the local office in {{u:Sinuiju}} after his defection.

Follow-up: confirm spelling of the co-worker's name with the interviewee at the next meeting.""",
    },
    {
        "id": "h11-en-03",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jo Hyang-mi", "조향미", "witness", ["HM"]),
            ("Rim Kyong-ae", "림경애", "supervisor", ["Lim Kyung-ae"]),
        ],
        "note": "Q/A transcript, seafood processing plant in Donggang, China; speaker labels with the witness's initials; female team leader with two romanizations; Chinese owner.",
        "text": """TRANSCRIPT, session 1 (English translation). INT = interviewer, {{r:HM}} = witness.

INT: Please state your name for the record.
{{r:HM}}: {{r:Jo Hyang-mi}}. My family name is {{r:Jo}}, with a J.
INT: Where did you work?
{{r:HM}}: At a seafood factory in {{u:Donggang}}, in {{u:Liaoning}}. We peeled shrimp and cleaned squid. It was owned by a Chinese man, Mr {{p:Sun}}. We called him boss {{p:Sun}}, but we almost never saw him.
INT: Who was in charge of the North Korean women?
{{r:HM}}: Our team leader was {{r:Rim Kyong-ae}}. In the South you would write it {{r:Lim Kyung-ae}}. She was from the {{u:Ministry of Fisheries}}, I think, or she said so.
INT: What were your hours?
{{r:HM}}: From half past six in the morning until ten at night, and if a container came, until two or three. We stood the whole time. My hands cracked from the salt water.
INT: Did you receive wages?
{{r:HM}}: Team leader {{r:Rim}} kept a book. Every month she told us the number, and every month she said the money had gone to the state. We got twenty or thirty yuan for soap and sanitary pads.
INT: Were you allowed to leave the compound?
{{r:HM}}: Only in a group, with {{r:Rim}} or her deputy, {{p:Kim Un-jong}}. Once a month to the market. {{p:Un-jong}} counted us at the gate going out and coming in.
INT: You mentioned a friend earlier.
{{r:HM}}: Yes. {{p:Pak Sol-hwa}}. She was from {{u:Chongjin}}. {{p:Sol-hwa}} tried to use a Chinese worker's phone to call her mother. Somebody reported her. {{r:Rim Kyong-ae}} made her stand in front of all of us while we criticised her, and two weeks later she was sent home. I do not know what happened to her.
INT: Who reported her?
{{r:HM}}: I think it was {{p:Un-jong}}. But I cannot be sure, so please do not write that as a fact.
INT: Understood.""",
    },
    {
        "id": "h11-en-04",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Ri Song-jin", "리성진", "witness", ["sj", "jinny"]),
            ("Hwang Man-ho", "황만호", "supervisor", ["the bear"]),
        ],
        "note": "Messenger log (translated, lower case) between a worker in a Russian logging camp and his cousin abroad; nicknames, a zero-width space and a soft hyphen inside names, emoji.",
        "text": """[chat export, translated by volunteer, typos kept]

[22:41] {{p:dong-hun}}: u there
[22:43] {{r:sj}}: here. only 10 min, battery low
[22:43] {{p:dong-hun}}: how is it
[22:44] {{r:sj}}: bad. {{r:the bear}} took the phones again from the other barrack
[22:44] {{p:dong-hun}}: which bear lol
[22:45] {{r:sj}}: {{r:hwang}}. {{r:hwang man\u200bho}}. the minder. dont write his name here pls
[22:45] {{p:dong-hun}}: ok ok sorry 🙏
[22:47] {{r:sj}}: we cut till 9 at night now, snow to the knee. {{p:kolya}} says minus 41 tomorrow
[22:47] {{p:dong-hun}}: {{p:kolya}} is the russian?
[22:48] {{r:sj}}: yes driver. {{p:kolya}} good guy, gives us bread
[22:50] {{p:dong-hun}}: did u get paid
[22:50] {{r:sj}}: lol
[22:51] {{r:sj}}: {{r:the bear}} says after the plan. always after the plan
[22:52] {{p:dong-hun}}: aunt {{p:mi\u00adsuk}} asked about u. she says ur mom is ok
[22:53] {{r:sj}}: tell her dont talk to anybody about me. the office in {{u:hyesan}} knows everything
[22:53] {{p:dong-hun}}: ok
[22:55] {{r:sj}}: {{p:chang-su}} from our brigade cut his foot w the saw yesterday. they didnt take him to {{u:tynda}}. {{r:hwang}} wrapped it himself
[22:55] {{p:dong-hun}}: thats crazy
[22:56] {{r:sj}}: if they see this im dead. delete
[22:56] {{p:dong-hun}}: i save it for the ngo like u said. ms {{p:lee}} from the office will call u sunday
[22:57] {{r:sj}}: ok. tell her call me {{r:jinny}} not my name
[22:57] {{p:dong-hun}}: 👍
[22:58] {{r:sj}}: battery 2%
[23:02] {{p:dong-hun}}: {{r:jinny}}??
[23:40] {{p:dong-hun}}: ??""",
    },
    {
        "id": "h11-en-05",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Yang Chol-u", "양철우", "witness", ["YCU"]),
            ("Pak Hyon-dok", "박현덕", "supervisor", ["PHD", "Park"]),
            ("Yang Kum-hui", "양금희", "relative", []),
        ],
        "note": "Interviewer's handwritten notes typed up: abbreviations, initials, lower case; Kuwait construction; witness's sister registered; companies and places.",
        "text": """notes - mtg w/ {{r:YCU}} 14/3, cafe nr station, approx 2h, no recording (his request)

- {{r:YCU}} = {{r:Yang Chol-u}}, b. 1983 {{u:Nampo}}. {{u:kuwait}} 2010-13, then {{u:UAE}} briefly
- site: housing project S of {{u:Kuwait City}}, main contractor {{u:Al Mulla Construction}} (?? check), NK unit under {{u:Namgang Construction}}
- hrs: 5am-9pm, "more in ramadan bc kuwaitis slow in day so we faster at night"
- pp: all held by mgr {{r:PHD}} - {{r:Pak Hyon-dok}}. {{r:Y}}. says kuwaiti docs prob. spell "{{r:Park}}". {{r:Pak}} kept them in office safe, only out for renewals
- wages: {{r:Y}}. never saw pay slip. {{r:Pak}} "gave 100 KD per yr at new year". est. 90% taken
- threat: {{r:Pak}} told men their families wd be "reviewed" if anyone talked to foreigners
- co-workers: {{p:Jang}} (given name not recalled), {{p:Kim Yong-bom}} ("{{p:Yong-bom}}" - friend, still in NK?), a boy called {{p:Chol}} who was 18
- {{p:Yong-bom}} broke arm, worked 1 wk w/ arm in sling. {{r:Y}}. very emotional here, took break
- Indian foreman {{p:Rajesh}} - "kind man", gave water. surname unknown
- sister {{r:Yang Kum-hui}} in {{u:Nampo}}, {{r:Y}}. fears for her. {{r:Kum-hui}} has 2 kids. last contact via broker 2019
- {{r:Y}}. wants to know if UN can protect {{r:Kum-hui}} - explained limits, he understood
- ask next time: exact dates, name of NK unit chief in {{u:Kuwait}} ({{r:Y}}. said "chief {{p:So}}"?? or "so-and-so" - unclear, pls check w/ interpreter)

TODO: send {{p:Hannah}} copy; check {{u:Namgang}} entries in sanctions list""",
    },
    {
        "id": "h11-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ma Chun-sik", "마춘식", "witness", []),
            ("Ji Hak-pom", "지학범", "official", ["CHI HAK BOM"]),
        ],
        "note": "Roster copied from a site document in ALL CAPS, with the witness's annotations; Russian city names; surname that is an English word.",
        "text": """Document 7 (copy of a page from a brigade register, photographed by the witness in 2018, transcribed as written; annotations in brackets are the witness's).

BRIGADE 3 - SITE {{u:NOVOSIBIRSK}} - OBJECT "{{u:ZARECHNY}}" RESIDENTIAL
RESPONSIBLE: {{r:CHI HAK BOM}} (SECURITY)

01 {{r:MA CHUN SIK}} - CARPENTER - PASSPORT HELD
02 {{p:KIM SONG RYONG}} - CARPENTER - PASSPORT HELD
03 {{p:RI YONG HO}} - PLASTERER - PASSPORT HELD [not the general, just a man with the same name]
04 {{p:TONG IL}} - PLASTERER - PASSPORT HELD
05 {{p:HAM SONG CHOL}} - LABOURER - SENT HOME 06.18
06 {{p:SIN MYONG IL}} - LABOURER - PASSPORT HELD
07 {{p:PAEK NAM SU}} - WELDER - PASSPORT HELD

Witness's explanation, recorded by the interviewer:

The man marked as responsible is {{r:Ji Hak-pom}}. In the North we say {{r:Ji}}, but on this Russian list it came out as {{r:CHI}}. He was from the {{u:Ministry of State Security}} and he held all our passports. Number one is me, {{r:Ma Chun-sik}}. People joke about my surname; in Korean {{r:Ma}} is also a kind of yam.

Number three had the same name as {{u:Ri Yong Ho}}, the old army chief, so the Russians teased him. Number five, {{p:Ham}}, was sent home after he asked {{r:Ji}} for his wages in front of the Russian engineer, {{p:Oleg Petrovich}}. {{p:Oleg Petrovich}} did not understand what was happening. Before {{p:Ham}} left he gave me his winter boots.

{{p:Tong Il}} had a strange name for a person, it means unification, his father was a party man. {{p:Paek}} was the best welder on the site. The work was from seven to nine, seven days, and when the building was late, through the night. {{r:Ji Hak-pom}} wrote every deduction in a separate notebook, which I did not photograph.""",
    },
    {
        "id": "h11-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Sok Kwang-myong", "석광명", "witness", []),
            ("Jang Un-ha", "장은하", "relative", ["Un-ha"]),
        ],
        "note": "Letter (translation) from a fishing-boat worker to his wife, never sent; captain and first mate; ship and port names; wife's and children's names.",
        "text": """[Letter found among the witness's papers, written on the back of a catch log. Translated from Korean. The witness says he never managed to send it.]

My dear {{r:Un-ha}},

We are somewhere south of the equator. The {{u:Ryongsong 7}} has not touched land in five months. The reefer ship that takes our catch comes every six weeks, and the captain says perhaps one day it will take a letter.

Do not worry about my hands. They are better. Captain {{p:Chae}} gave me ointment. He is a hard man but not a cruel one. The cruel one is the first mate, {{p:Yun Ki-bong}}, who hits the young ones with a rope end when the nets come up slow. We work until we cannot stand, sometimes twenty hours, then sleep four. {{p:Yun}} says the quota is the quota.

Has {{p:Chol-min}} started school? Tell him his father is catching squid as big as him. Tell {{p:Ok-hui}} that I have her drawing in my pocket. It is wet, but I still have it.

I have not been paid. {{p:Yun Ki-bong}} says the money goes to the company in {{u:Wonsan}} and they will give it to you. If nobody comes to you with money, {{r:Un-ha}}, do not go and ask. Do not go to the office. Remember what happened to {{p:Song-ho}}'s wife when she asked.

There is a boy here from {{u:Sinpo}}, {{p:Jo Ryong}}, sixteen or seventeen. I look after him. He cries at night. I tell him about our house and the persimmon tree.

If this letter reaches you, burn it after reading. I am your husband {{r:Kwang-myong}}, and I am coming home.

{{r:Sok Kwang-myong}}

[Interviewer: the witness confirmed his wife is {{r:Jang Un-ha}}. He always called her {{r:Un-ha}}; his mother called her {{r:Jang}}-ssi. He asks that the children's names be removed.]""",
    },
    {
        "id": "h11-en-08",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ryom Il-gwang", "렴일광", "witness", []),
            ("No Chang-gil", "노창길", "supervisor", ["Noh"]),
        ],
        "note": "Diary entries (translated) from a construction site in Ulaanbaatar; manager with the surname No; Mongolian driver and co-workers; the word no used as an ordinary word.",
        "text": """[Extracts from a pocket diary kept by {{r:Ryom Il-gwang}} in {{u:Ulaanbaatar}}, 2015. Translated; dates as in the original.]

3 February. Minus 32. Poured the third floor slab with heaters under tarpaulin. Started 6, stopped 1 at night. Director {{r:No}} came at midnight to count the bags of cement. No food after seven because the cook was sick.

9 February. {{r:No Chang-gil}} collected the "voluntary" contribution for the Day of the Shining Star. Ten dollars each. We have not been paid since November. {{p:Kwon}} asked when. {{r:No}} said: after the plan. {{p:Kwon}} said nothing more.

14 February. The Mongolian driver {{p:Batbayar}} took me and {{p:Son Ung-il}} to the {{u:Narantuul}} market to buy nails. {{p:Batbayar}} bought us buuz with his own money. {{p:Ung-il}} ate four. No one must know.

2 March. Passports. The Mongolian labour office wants to check the workers. {{r:No}} gave the passports back for one hour and took them again at the gate. {{p:Son}} held his so tight his knuckles were white.

17 March. A letter from my mother through the embassy post. She writes that she is well and that the neighbourhood chief, Mrs {{p:Yi}}, visits often. That means they are watching her.

25 March. {{p:Kwon Hyok-chol}} fell from the second floor. The Mongolian engineer, {{p:Enkhtuya}}, wanted to call the hospital. {{r:No}} said no, he said we have our own doctor. Our doctor is {{p:Kwon}}'s cousin who was a vet.

30 March. {{r:Noh}}, as the Mongolians write it on the gate list, told us there will be a new contract and the men who complain will not be on it. Sixteen hours today.

[Interviewer: the witness explains the Mongolian company, {{u:Erdene Barilga}}, spelled the director's name {{r:Noh}} on every document.]""",
    },
    {
        "id": "h11-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Cha Yong-su", "차영수", "witness", ["Mr Cha"]),
            ("Thae Myong-sik", "태명식", "supervisor", []),
        ],
        "note": "Email thread between two caseworkers about a statue-building worker in Africa; caseworkers named; Mansudae company and a public figure with the same surname as the supervisor.",
        "text": """From: {{p:Grace Oduya}}
To: {{p:Min-seo Park}}
Subject: RE: RE: intake 2021-044 (Africa statues)

Hi {{p:Min-seo}},

Thanks for sending the second interview. A few points before we write it up.

1) The witness, {{r:Cha Yong-su}}, says he worked for {{u:Mansudae Overseas Project Group}} in {{u:Windhoek}} from 2009 and then in {{u:Dakar}}. I think we should keep both locations; the {{u:Heroes' Acre}} dates match what the {{u:UN Panel of Experts}} published.

2) The supervisor, {{r:Thae Myong-sik}}. Please note he is NOT related to {{u:Thae Yong-ho}}; Mr {{r:Cha}} was very clear about that and laughed when I asked. {{r:Thae}} held the passports in {{u:Windhoek}} and, according to {{r:Cha}}, slapped two workers who asked about overtime pay.

3) Hours: 5:30 to 21:00 on the statue site, plus night shifts before the inauguration. I'd quote Mr {{r:Cha}} directly here.

4) There's an unnamed Namibian driver and a local welder called {{p:Tjiposa}}. Do we need his full name? {{r:Cha}} only knew "{{p:Tjipo}}".

Best,
{{p:Grace}}

----- Original message -----
From: {{p:Min-seo Park}}

{{p:Grace}} - attached. {{r:Cha}} was tired today, we stopped after an hour. He named one more co-worker, {{p:Nam Kyong-chol}}, who died of malaria in 2012 in {{u:Dakar}}; {{r:Thae}} told the men {{p:Nam}} had been "sent home for health reasons". He wants {{p:Kyong-chol}}'s family to know the truth, but he doesn't know how to reach them.

His own wife is in {{u:Kaesong}}; he asked us not to name her anywhere.

{{p:Min-seo}}""",
    },
    {
        "id": "h11-en-10",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Ri Un-gyong", "리은경", "witness", ["Lee Eun-kyung"]),
            ("Pang Chol-ung", "방철웅", "supervisor", ["Bang"]),
            ("Ri Kum-chol", "리금철", "relative", []),
        ],
        "note": "Statement read back to the witness with her corrections to spellings and facts; textile factory in Hunchun; surname that is an English word; brother registered.",
        "text": """STATEMENT READ BACK - corrections made by the witness are marked [CORR].

1. My name is {{r:Ri Un-gyong}}. [CORR: the witness asks that her South Korean ID spelling, {{r:Lee Eun-kyung}}, also be recorded.] I was born in {{u:Hoeryong}} in 1990.

2. From 2016 to 2019 I worked at a garment factory in {{u:Hunchun}}, {{u:Jilin Province}}, sewing jackets for export. The factory belonged to a Chinese company, {{u:Hunchun Huaxin Garments}}.

3. The manager of our group of 120 women was {{r:Pang Chol-ung}}. [CORR: the interpreter had written "{{r:Bang}}". The witness says "{{r:Pang}}" is how it is said in the North, but either is fine.] {{r:Pang}} kept our passports and our factory ID cards.

4. We worked from 7 am until 11 pm, and on bang days - [CORR: the interpreter explains this was "big days", the days when a shipment was due - the witness says she meant "days when everything goes bang", a joke among the women] - until 2 or 3 am.

5. We were told our wages were 1,800 yuan a month. I received about 150. {{r:Pang Chol-ung}} said the rest went to the Party and to "the fund". [CORR: the witness wants to add that {{r:Pang}}'s deputy, {{p:Sim Yong-ok}}, also took money for "dormitory repairs".]

6. A co-worker, {{p:Kye Hye-ran}}, was beaten by {{p:Sim}} for talking to a Chinese security guard. [CORR: not beaten, slapped twice. The witness wants to be exact.] {{p:Hye-ran}} was twenty-two.

7. My brother {{r:Ri Kum-chol}} was called in by the security office in {{u:Hoeryong}} after I left. [CORR: the witness learned this from a broker, Mr {{p:Chu}}, and cannot confirm it herself.] [CORR 2: the witness asks that the broker not be called Mr; she says "{{p:Chu}} is a woman".]

8. I confirm that this statement is true. Signed, {{r:Ri Un-gyong}}.""",
    },
    {
        "id": "h11-en-11",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Chong Song-hak", "정성학", "witness", ["Jeong Seong-hak", "Jong Song Hak"]),
            ("Ryu Kyong-sop", "류경섭", "supervisor", ["Yu Kyung-sub"]),
        ],
        "note": "Translator's note explaining spelling variants of names in a testimony from a Russian construction site in Kazan; North/South romanizations side by side; public figures with the same surnames.",
        "text": """TRANSLATOR'S NOTE on names in the testimony of {{r:Chong Song-hak}} (sessions 1-3)

The witness's name appears in three forms in the file. In his North Korean passport it was {{r:Jong Song Hak}}; in the South Korean resettlement documents it is {{r:Jeong Seong-hak}}; in my translation I have used {{r:Chong Song-hak}} throughout, following the McCune-Reischauer spelling used for the rest of the file. All three are the same person. The surname is {{r:정}} ({{r:鄭}}), the same character as in {{u:Jong Song-nam}}, the former head of {{u:Kim Il Sung University}}, but there is no family connection.

The site manager is given as {{r:Ryu Kyong-sop}}. The Russian contractor's papers, which the witness photographed, read "{{r:Ю Кен Соп}}", which becomes {{r:Yu Kyung-sub}} when written back in South Korean style. The witness pronounces the surname with an initial r, as people in the North do. Where the witness says simply "the manager" or "old {{r:Ryu}}", I have left it as spoken.

The witness uses the name {{p:Mitya}} for a Russian crane operator; this is a short form of {{p:Dmitry}}. Another Russian, called {{p:Aleksandr Kuzmin}} in the documents, is "{{p:Sasha}}" in his speech. I have kept the short forms in quotations.

The witness's friend {{p:So Kwang-hun}} is sometimes "{{p:Kwang-hun}}" and sometimes just "{{p:So}}". I have not changed this. Please note the sentence in session 2, "so he took the passports", where "so" is the English word and not the friend.

The place names {{u:Kazan}}, {{u:Naberezhnye Chelny}} and {{u:Tatarstan}} are given in the usual English form. The company the workers belonged to is {{u:Sobaeksu Trading Company}}; I have not been able to confirm the spelling.

One more: the witness calls his brigade leader "{{p:Kalmaegi}}" ("the seagull"), because of his voice. His real name was {{p:Yom Tae-u}}. {{p:Yom}} is mentioned four times in session 3.""",
    },
    {
        "id": "h11-en-12",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("An Myong-hun", "안명훈", "witness", []),
            ("Kim Chol-jun", "김철준", "supervisor", []),
        ],
        "note": "First-person account of a welder at a Polish shipyard; Polish co-workers and a foreman with diacritics; one-syllable surname that is also an English word.",
        "text": """I am {{r:An Myong-hun}}. I was a welder. In 2014 they sent forty-eight of us from {{u:Chongjin}} to {{u:Poland}}, to the shipyards in {{u:Gdynia}} and {{u:Szczecin}}. The Polish company that hired us was {{u:Armex}}, or that is what was on our jackets, but our manager was a North Korean, {{r:Kim Chol-jun}}, from a company in {{u:Pyongyang}}.

{{r:Kim}} had everything: our passports, our work permits, our bank cards. Yes, we had bank cards, because Polish law needed it. The salary went onto the card, and on the same day {{r:Kim Chol-jun}} took us to the cash machine in a group, one by one, and took the money. He kept the cards in a briefcase. An honest man would not need a briefcase like that.

The Polish foreman was {{p:Krzysztof Wójcik}}. The Poles called him {{p:Krzysiek}}. He did not like what he saw, I think. Once {{p:Krzysiek}} asked me through a phone translator why we worked Sundays. I could not answer with {{r:Kim}} standing there.

We worked twelve hours on the ship and then two more cleaning. Inside the hull in summer it was like a furnace. A man from my room, {{p:Ri Pyong-ho}}, fainted twice. The second time a Polish welder, {{p:Tomasz}}, carried him up the ladder. {{r:Kim}} told {{p:Pyong-ho}} he was lazy.

There was a Ukrainian woman in the canteen, {{p:Oksana}}, who gave us extra soup. {{p:Oksana}} also told me the word "paszport" and told me I had a right to it. I did not believe her.

My wife's name I will not give. My mother is {{p:Paek Sun-ja}}; I give it because she died in 2017, before I left.

I left the dormitory at night in 2018 with the help of {{p:Wójcik}}'s cousin. I will not say more about that. {{r:Kim Chol-jun}}, I heard, went back to {{u:Pyongyang}} and was rewarded.""",
    },
    {
        "id": "h11-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Song Hye-gyong", "송혜경", "witness", []),
            ("Mun Chang-ok", "문창옥", "supervisor", ["Moon"]),
        ],
        "note": "Third-person interviewer summary, textile factory in Dandong; witness surname Song and supervisor surname Moon alongside the ordinary words song and moon; Chinese owner and workers.",
        "text": """Summary of interview, textile worker, {{u:Dandong}} (2017-2020)

The witness, Ms {{r:Song Hye-gyong}}, was one of about 200 North Korean women at a textile factory in the {{u:Zhenxing District}} of {{u:Dandong}}, across the {{u:Yalu River}} from {{u:Sinuiju}}. The factory made shirts and children's clothing, much of it with foreign labels. The Chinese owner, Mr {{p:Liu Jianhua}}, visited rarely; the women's lives were controlled by their own manager, Ms {{r:Mun Chang-ok}}, whom the Chinese staff called "Manager {{r:Moon}}".

Ms {{r:Song}} describes a working day from 6:30 am until 11 pm, sometimes until 1 am, with one day off a month. The women were locked into the dormitory at night. Passports were collected on arrival by {{r:Mun}} and a male security official the women knew only as Comrade {{p:Pak}}.

Every morning the women sang a song in praise of {{u:Kim Jong Un}} before starting work. Ms {{r:Song}} laughed when recalling it: "Every day the same song, and then the same shirts." When she once asked Manager {{r:Mun}} about wages, she was told that the moon would fall before a woman from {{u:Sinuiju}} could ask questions.

Ms {{r:Song}} recalls a Chinese line supervisor, {{p:Wang Li}}, who sometimes let the women rest. {{p:Wang}} was later moved to another workshop. A Korean-Chinese interpreter, {{p:Jin Meihua}} (Korean reading {{p:Kim Mi-hwa}}), carried messages for the women to a shop outside.

One of the youngest women, {{p:Han Song-mi}}, tried to hang herself in the dormitory bathroom in 2019. {{p:Song-mi}} survived. Ms {{r:Song}} says that {{r:Mun Chang-ok}} forbade the others from speaking of it and made {{p:Han}} work the next day.

Ms {{r:Song}}'s mother remains in {{u:Sinuiju}}. The witness was unable to say whether her mother has been questioned.""",
    },
    {
        "id": "h11-en-14",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Hyon Kwang-chol", "현광철", "witness", []),
            ("Jon Ung-sop", "전웅섭", "supervisor", ["Chon", "Jeon"]),
            ("Ruslan Abdullaev", "루슬란 압둘라예프", "other", ["Руслан"]),
        ],
        "note": "Q/A transcript, construction in Tashkent and Bishkek; Uzbek contractor registered; Kyrgyz driver; Russian names in Cyrillic; supervisor surname in three spellings.",
        "text": """Q: You were in {{u:Uzbekistan}} first?
A: Yes, {{u:Tashkent}}, 2013. Then {{u:Bishkek}} for one year. Building a hotel and then private houses.
Q: Who employed you?
A: On paper a company called {{u:Koryo Building Tashkent}}. In reality, the man with the contracts was an Uzbek, {{r:Ruslan Abdullaev}}. We called him {{r:Ruslan}}-aka, the way the Uzbeks did. On his business card it was "{{r:Руслан Абдуллаев}}".
Q: And the North Korean side?
A: Our chief was {{r:Jon Ung-sop}}. You may see it as {{r:Chon}} or {{r:Jeon}}, it is the same. {{r:Jon}} took the money from {{r:Ruslan}} every month, in dollars, in an envelope. I saw it with my own eyes once, in the site office.
Q: Did {{r:Abdullaev}} know the workers were not paid?
A: I think he knew. He said to me once in Russian, "{{r:Jon}} is a bad man." But he kept giving him the envelope.
Q: What were the hours?
A: From sunrise, maybe five, until ten or eleven. In {{u:Bishkek}} in winter, less, because it was dark. Then we had political study in the container with {{r:Jon}}.
Q: Were there other foreigners on the site?
A: Tajik workers. And a Kyrgyz driver, {{p:Azamat}}. {{p:Azamat}} was young, he liked Korean films, he asked me about {{u:Seoul}} and I said I had never been. A Russian engineer, {{p:Galina Sergeyevna}} - "{{p:Галина Сергеевна}}" - was responsible for the drawings.
Q: Did anyone try to leave?
A: {{p:Kang Hak-chol}}. He went to the Korean church in {{u:Bishkek}}. {{r:Jon}} and two men from the embassy found him the next day. {{p:Hak-chol}} was sent back through {{u:Beijing}}.
Q: Do you know what happened to him?
A: No. His wife, {{p:Ri Myong-sun}}, lived in the same apartment block as my mother. My mother wrote that {{p:Myong-sun}} and the child were moved away. She did not write where.
Q: Let us stop here for now.""",
    },
    {
        "id": "h11-en-15",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kil Yong-ho", "길용호", "witness", []),
            ("Hamad Al-Habsi", "하마드 알합시", "other", ["حمد الحبسي", "Abu Saif"]),
        ],
        "note": "First-person account from a construction site in Oman; Omani sponsor registered, named in Arabic script and by a kunya; Pakistani and Filipino co-workers; NK manager unregistered.",
        "text": """My name is {{r:Kil Yong-ho}}. I worked in {{u:Oman}} from 2011 to 2014, on villas and a school near {{u:Sohar}}. The sponsor on my visa was an Omani businessman, {{r:Hamad Al-Habsi}}. On the visa paper his name was in Arabic, {{r:حمد الحبسي}}, and the Pakistani workers read it out for me. Everyone on the site called him {{r:Abu Saif}}.

{{r:Abu Saif}} came perhaps twice a month in a white car. He paid our North Korean manager, {{p:Sin Hak-su}}, for all forty of us. {{p:Sin}} kept our passports in the site office in a cupboard with a padlock. When the labour inspectors came, {{p:Sin}} gave the passports out in the morning and took them back in the evening.

Our day was from five in the morning until eight at night, then the meeting. In July the Omani law said no work outside at midday, so {{p:Sin}} made us work inside the buildings at midday instead, with no air.

I received in three years about six hundred dollars. {{p:Sin Hak-su}} said the rest went to the state and to the fund. Once, a Filipino electrician, {{p:Jun-Jun Dela Cruz}}, asked me how much I was paid. When I told him, {{p:Jun-Jun}} did not believe me. He told {{r:Al-Habsi}}'s son, {{p:Saif}}, who was maybe twenty. {{p:Saif}} came to our camp and shouted at {{p:Sin}} in English. After that {{p:Sin}} told us that anyone who talked to foreigners would be sent home and "his family would answer for it".

My friend on the site was {{p:Kim Tong-hyok}}. We slept on the same mattress, him in the day, me at night, when there were night shifts. {{p:Tong-hyok}} had a daughter he had never seen.

A Pakistani driver, {{p:Imran}}, took me to {{u:Muscat}} once for a medical check. On the way he asked if I was a prisoner. I said no. I was lying.""",
    },
    {
        "id": "h11-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Pyon Song-guk", "변성국", "witness", []),
            ("Om Tae-jun", "엄태준", "supervisor", ["두꺼비"]),
        ],
        "note": "1인칭 진술, 하바롭스크 변강 벌목장; 지배인이 별명으로 불림; 애칭 '이'가 붙은 이름; 러시아 운전수; 성+동무.",
        "text": """저는 {{r:변성국}}입니다. 2012년 가을에 {{u:함경북도}} {{u:김책시}}에서 뽑혀서 {{u:러시아}} {{u:하바롭스크}} 변강의 {{u:체그도민}} 벌목장으로 갔습니다. 우리를 데려간 것은 {{u:임업성}} 산하 회사였고, 현장 책임자는 {{r:엄태준}} 지배인이었습니다. 사람들은 뒤에서 그를 '{{r:두꺼비}}'라고 불렀습니다. 목이 짧고 눈이 툭 튀어나와서 그랬습니다.

도착한 날 {{r:엄}} 지배인이 여권을 모두 거두었습니다. 잃어버리면 안 되니까 자기가 보관한다고 했습니다. 그 뒤로 3년 동안 제 여권을 본 적이 없습니다. {{r:두꺼비}}는 여권을 사무실 금고에 넣고 열쇠를 늘 허리춤에 차고 다녔습니다.

일은 새벽 다섯 시에 시작해서 밤 아홉 시, 열 시까지 했습니다. 겨울에는 영하 40도에도 나갔습니다. 계획을 못 하면 그날 저녁밥을 반으로 줄였습니다. 월급은 한 달에 얼마라고 말로는 했지만 실제로 손에 쥔 돈은 거의 없었습니다. {{r:엄태준}}이가 충성자금, 식비, 숙소비, 비행기표 값을 떼고 나면 남는 게 없다고 했습니다.

같은 조에 {{p:철룡}}이라는 스무 살 먹은 애가 있었습니다. {{p:철룡}}이는 {{u:청진}}에서 온 아이였는데 첫 겨울에 발가락 두 개를 동상으로 잃었습니다. 러시아 운전수 {{p:사샤}}가 병원에 데려가자고 했는데 {{r:엄}} 지배인이 안 된다고 했습니다. 결국 우리 조장 {{p:방}} 동무가 소독약을 구해 와서 치료했습니다. {{p:방}} 동무는 그 일로 총화 때 비판을 받았습니다.

{{p:사샤}}는 본명이 {{p:알렉산드르}}였는데 우리한테 담배도 주고 빵도 줬습니다. {{r:두꺼비}}는 러시아 사람하고 말하는 걸 보면 바로 불러다가 욕을 했습니다.

{{r:엄}} 지배인은 도망치는 놈이 있으면 그 가족은 산골로 간다고 늘 말했습니다. 제 처 {{p:순옥}}이와 딸이 {{u:김책}}에 있었기 때문에 저는 3년 동안 아무 말도 못 했습니다. 2015년에 귀국 명단에 제 이름이 오른 걸 보고서야 떠날 결심을 했습니다. {{p:철룡}}이가 지금 어디 있는지는 모릅니다.""",
    },
    {
        "id": "h11-ko-02",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ha Un-byol", "하은별", "witness", []),
            ("Jin Ok-ran", "진옥란", "supervisor", []),
        ],
        "note": "면담 요약(3인칭), 다롄 수산물 가공공장 여성 노동자; 중국인 사장과 반장 이름이 한자와 한글로; 성+씨, 언니 호칭.",
        "text": """면담 요약 (2차 면담, 작성: 담당 상담원)

증언자 {{r:하은별}}(1994년생, {{u:평안남도}} {{u:남포}} 출신)은 2017년 3월부터 2020년 1월까지 중국 {{u:랴오닝성}} {{u:다롄}}의 수산물 가공공장에서 일했다고 진술함. 공장은 중국 회사 {{u:다롄해통수산}} 소유였으며, 북한 여성 노동자 약 150명이 오징어 손질과 조개 선별 작업을 함.

{{r:하은별}} 씨에 따르면 북측 관리 책임자는 {{r:진옥란}}이었음. 노동자들은 {{r:진}} 반장, 또는 그냥 '반장 동지'라고 불렀음. {{r:진옥란}}은 도착 첫날 여권을 모두 회수했고, 귀국할 때까지 돌려주지 않았다고 함. 증언자는 "{{r:진}} 반장이 여권 든 가방을 들고 다니는 걸 보면 다들 고개를 숙였다"고 말함.

근무 시간은 오전 6시부터 밤 10시까지였고, 물량이 많은 날에는 새벽 2시까지 일함. 한 달에 쉬는 날은 하루였음. 임금은 중국 측에서 북측 회사로 일괄 지급되었고, 증언자는 3년 동안 약 2,000위안만 받았다고 진술함.

중국인 사장은 {{p:刘志强}}으로, 여성들은 '{{p:류}} 사장'이라고 불렀음. 현장의 한족 반장 {{p:张伟}}({{p:장웨이}})는 북한 여성들에게 비교적 친절했다고 함. {{p:장웨이}}가 과일을 몰래 넣어 주다가 {{r:진}} 반장에게 들킨 뒤로는 다른 작업장으로 옮겨졌다고 함.

증언자는 같은 방을 쓰던 {{p:옥심}} 언니를 여러 번 언급함. {{p:옥심}} 언니(성은 {{p:리}}씨로 기억)는 손에 염증이 생겨 고름이 났는데도 계속 일했고, {{r:진옥란}}이 병원에 보내 주지 않았다고 함. 또 {{p:경화}}라는 동료는 중국 노동자의 휴대폰으로 집에 전화하려다 적발되어 2019년 여름 귀국 조치됨.

증언자의 어머니 {{p:최순덕}}과 남동생은 {{u:남포}}에 거주 중. 증언자는 가족의 이름이 공개되는 것을 강하게 우려함.

※ 다음 면담 시 {{p:경화}}의 성, 귀국 날짜 확인 필요.""",
    },
    {
        "id": "h11-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Thak Myong-su", "탁명수", "witness", []),
            ("Kuk Jong-chol", "국정철", "official", ["된장국"]),
            ("Thak Hye-yong", "탁혜영", "relative", []),
        ],
        "note": "문답 녹취록, 상트페테르부르크 건설 현장; 보위지도원 성이 일반 명사와 같음; 러시아 현장 소장 이름; 딸 등록.",
        "text": """녹취록 (1차 면담 중 일부, 문 = 면담자, 답 = 증언자 {{r:탁명수}})

문: 러시아 어디에서 일하셨습니까?
답: {{u:상트페테르부르크}}입니다. 2016년부터 2년 반 동안 아파트 짓는 현장에 있었습니다. 주로 미장하고 타일 붙이는 일을 했습니다.
문: 그 현장의 북측 책임자는 누구였습니까?
답: 회사 사장은 따로 있었고, 실제로 우리를 감시한 건 보위지도원 {{r:국정철}}이었습니다. 다들 {{r:국}} 지도원이라고 불렀지요. 국 끓여 먹는 그 국 자를 써서, 뒤에서는 '{{r:된장국}}'이라고 놀렸습니다. 물론 앞에서는 말도 못 했습니다.
문: 여권은 누가 가지고 있었습니까?
답: {{r:국정철}}이가 다 가지고 있었습니다. 러시아 경찰이 검문 오는 날에만 나눠 줬다가 저녁에 다시 걷었습니다.
문: 하루에 몇 시간 일했습니까?
답: 아침 일곱 시부터 밤 열한 시까지요. 러시아 현장 소장인 {{p:이고리}}가 밤에는 소음 때문에 일하면 안 된다고 해도, {{r:국}} 지도원은 창문을 담요로 가리고 계속 시켰습니다.
문: 임금은요?
답: 러시아 회사에서 한 사람당 한 달에 5만 루블 정도 나온다고 들었습니다. 우리 손에 들어온 건 한 달에 3천 루블도 안 됐습니다.
문: 같이 일한 분들 중에 기억나는 사람이 있습니까?
답: {{p:태일}}이라고, {{u:단천}}에서 온 친구가 있었습니다. {{p:태일}}이는 비계에서 떨어져 허리를 다쳤는데, {{r:국}} 지도원이 러시아 병원에 보내지 않고 숙소에 눕혀 놨습니다. 나중에 {{p:태일}}이 아버지가 돌아가셨다는 소식이 왔는데 그것도 한 달 뒤에야 알려 줬습니다.
문: 가족 이야기를 해 주시겠습니까?
답: 딸 {{r:탁혜영}}이가 {{u:평양}}에 있습니다. 대학생입니다. {{r:혜영}}이 때문에 제가 여기서 이 말을 하는 게 맞는지 지금도 모르겠습니다. {{r:국정철}}이는 "너희 가족 주소는 다 알고 있다"고 늘 말했습니다.
문: 오늘은 여기까지 하겠습니다. 고맙습니다.""",
    },
    {
        "id": "h11-ko-04",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Kye Sun-hwa", "계순화", "witness", ["순화", "꽃순이"]),
            ("Kye Myong-sil", "계명실", "relative", ["명실이"]),
            ("O Kwang-sam", "오광삼", "supervisor", []),
        ],
        "note": "카카오톡 대화 기록(원문 그대로): 러시아 건설 현장 노동자 누나와 탈북한 동생; 별명, 오타, 이모지, 이름 안의 제로폭 공백; 성 한 글자 관리자.",
        "text": """[카카오톡 대화 내보내기 / 증언자 제공 / 오타 원문 유지]

2018년 11월 3일 토요일
[{{r:명실이}}] [오후 11:02] 언니 자??
[{{r:꽃순이}}] [오후 11:05] 안자 지금 숙소 화장실 ㅋㅋ 여기서만 폰 됨
[{{r:명실이}}] [오후 11:05] 언니 괜찮아? 목소리 듣고싶다ㅠㅠ
[{{r:꽃순이}}] [오후 11:06] 전화는 안돼 {{r:오}}가 옆방에 있어
[{{r:명실이}}] [오후 11:06] {{r:오}}가 누구
[{{r:꽃순이}}] [오후 11:07] {{r:오광\u200b삼}} 우리 책임자 ㅡㅡ 그 인간이 여권 다 갖구있어
[{{r:명실이}}] [오후 11:07] 헐
[{{r:꽃순이}}] [오후 11:09] 요즘 새벽 5시반부터 밤 11시까지 일해 벽돌나르고 몰탈비비고
[{{r:꽃순이}}] [오후 11:09] 여자들은 밥도하고 청소도 하고 그다음 현장 나감
[{{r:명실이}}] [오후 11:10] 돈은 받았어?
[{{r:꽃순이}}] [오후 11:11] 받긴 뭘 받어 😂 {{r:오광삼}}이 다 떼가 충성자금이래
[{{r:꽃순이}}] [오후 11:12] {{p:영애}}언니는 손목 다쳤는데 병원 안보내줌
[{{r:명실이}}] [오후 11:12] 진짜 나쁜놈이다 {{r:오}}씨
[{{r:꽃순이}}] [오후 11:13] 쉿 ㅋㅋ 근데 러시아 반장 {{p:나타샤}}아줌마는 좋아 빵줌 🍞
[{{r:명실이}}] [오후 11:14] 엄마가 언니 걱정해 {{p:철}}이 오빠도
[{{r:꽃순이}}] [오후 11:15] 엄마한테 나 잘있다고만 해 {{u:회령}} 보위부에서 누가 찾아오면 모른다고 하고
[{{r:명실이}}] [오후 11:15] 알았어
[{{r:명실이}}] [오후 11:16] 언니 이 대화 지울까?
[{{r:꽃순이}}] [오후 11:17] 난 지워야돼 너는 남겨 나중에 필요할수도
[{{r:꽃순이}}] [오후 11:17] 그리고 {{r:순화}}라고 부르지마 여기선 다 {{r:계순화}} 동무야 ㅋ
[{{r:명실이}}] [오후 11:18] ㅋㅋㅋ 알았어 {{r:꽃순}}언니 💕
[{{r:꽃순이}}] [오후 11:20] {{r:오}} 나온다 간다

[면담자 메모: '{{r:꽃순이}}'는 증언자 {{r:계순화}}의 별명, '{{r:명실이}}'는 동생 {{r:계명실}}. 대화 당시 증언자는 {{u:모스크바}} 근교 {{u:힘키}}의 주택 건설 현장에 있었음.]""",
    },
    {
        "id": "h11-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yun Chang-ho", "윤창호", "witness", []),
            ("Kim Yong-dok", "김영덕", "relative", []),
        ],
        "note": "어머니에게 쓴 편지(부치지 못함), 모스크바 건설 현장; 책임자는 직함과 성으로만; 어머니 등록; 동네 사람, 동료 이름; 지도자 이름과 거리명.",
        "text": """어머니께

어머니, 그간 몸 건강하십니까. 아들 {{r:창호}}입니다. 여기 {{u:모스크바}}는 벌써 눈이 왔습니다. 저는 잘 있으니 걱정하지 마십시오. 이렇게 쓰라고 {{p:한}} 부장이 말했습니다. 편지는 모두 {{p:한}} 부장이 먼저 읽고 나서 대사관으로 보낸다고 합니다.

그래서 이 편지는 부치지 못할 것 같습니다. 그래도 씁니다.

어머니, 여기서는 아침 여섯 시부터 밤 열두 시까지 일합니다. 일요일도 없습니다. 지난달에는 {{u:레닌스키 대로}} 옆에 있는 큰 건물 내부 공사를 했는데, 사흘 동안 거의 자지 못했습니다. 러시아 사람 {{p:세르게이}} 반장이 우리더러 "로봇"이라고 부릅니다. 웃으면서 말하는데 저는 웃음이 안 나옵니다.

돈은 아직 한 푼도 못 받았습니다. {{p:한}} 부장 말로는 계획을 다 하면 귀국할 때 한꺼번에 준다고 합니다. 그런데 먼저 간 {{p:용남}}이 형도 빈손으로 갔다고 들었습니다. 여권은 여기 와서 한 번도 못 봤습니다.

{{p:강}}씨네 {{p:은주}}는 시집갔습니까? 옆집 {{p:리}} 할머니는 아직 정정하십니까? 어머니 혼자 땔감 하시기 힘드실 텐데 {{p:영철}}이한테 부탁하십시오. {{p:영철}}이는 제 부탁이면 들어줄 겁니다.

여기 같이 있는 {{p:문길}}이는 {{u:신포}}에서 왔는데 그 친구 어머니가 어머니 또래입니다. 둘이 밤에 고향 얘기를 합니다. {{p:문길}}이가 어제는 울었습니다.

어머니, 누가 찾아와서 제 이야기를 물으면 아무것도 모른다고 하십시오. {{u:김정은}} 원수님 생일 충성자금도 여기서 냈다고 하면 됩니다.

어머니 {{r:김영덕}} 님께, 아들 {{r:윤창호}} 올림.

[면담자 주: 증언자는 이 편지를 2019년 12월 숙소에서 썼고, 탈출할 때 외투 안감에 넣어 가지고 나왔다고 함. 어머니 성함은 {{r:김영덕}}. '{{p:한}} 부장'의 전체 이름은 모른다고 함.]""",
    },
    {
        "id": "h11-ko-06",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Paek Sung-nam", "백승남", "witness", ["白承男"]),
            ("Ri Kwang-son", "리광선", "supervisor", ["李光善", "이광선"]),
        ],
        "note": "현장 문서 명단 전사(한자 이름, 한글 이름 병기), 쿠웨이트 건설; 증언자의 설명; 같은 성의 공인; 관리자 이름 남북 표기.",
        "text": """[자료 3: 증언자가 촬영한 작업반 명단. 원문은 한자와 한글 혼용. 괄호 안은 증언자 설명.]

{{u:朝鮮南江建設會社}} 쿠웨이트 지사 - 第2作業班 名單 (2013年 5月)
責任者: {{r:李光善}}
1. {{r:白承男}} 목공
2. {{p:金成哲}} 목공
3. {{p:朴英浩}} 철근공
4. {{p:崔日男}} 철근공 (귀국)
5. {{p:玄東植}} 미장공
6. {{p:文昌日}} 잡역

증언자 설명:

맨 위 책임자 {{r:李光善}}은 {{r:리광선}}입니다. 남쪽 식으로 쓰면 {{r:이광선}}이지요. {{r:리광선}}이는 {{u:남강건설}}에서 파견된 사람인데 여권을 전부 가지고 있었습니다. 쿠웨이트 사람들은 "미스터 {{r:리}}"라고 불렀습니다.

1번이 저, {{r:백승남}}입니다. 2번 {{p:김성철}}이는 저하고 같은 고향 {{u:개천}} 사람입니다. 3번 {{p:박영호}}는 나이가 제일 많았는데, 허리가 아파도 {{r:리}} 책임자가 쉬라는 말을 한 번도 안 했습니다.

4번 {{p:최일남}}은 2013년 여름에 귀국했습니다. 낮 기온이 50도 가까이 되는 날 지붕에서 쓰러졌는데, 쿠웨이트 감독관 {{p:무함마드}}가 병원에 데려갔습니다. 그 일로 {{r:리광선}}이가 대사관에 불려 갔고, 돌아와서 {{p:일남}}이를 바로 귀국시켰습니다.

5번 {{p:현동식}}은 {{p:현}} 씨라고 불렀는데, 이름이 {{u:현영철}} 인민무력부장하고 성이 같다고 다들 놀렸습니다. 친척은 아닙니다. 6번 {{p:문창일}}은 열여덟 살이었습니다.

우리는 새벽 네 시 반에 일어나서 밤 아홉 시까지 일했습니다. 라마단 때는 밤에도 일했습니다. 월급은 {{r:이광선}}이 쿠웨이트 회사 {{u:알가님 건설}}에서 한꺼번에 받았고, 우리한테는 1년에 두 번 50디나르씩 줬습니다.""",
    },
    {
        "id": "h11-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Chae Mun-hyok", "채문혁", "witness", []),
            ("Sol Kyong-nam", "설경남", "supervisor", []),
        ],
        "note": "수첩 일기 발췌, 야쿠츠크 건설 현장; 사장 호칭; 야쿠트인 운전수와 러시아 감독; 동료의 고향과 이름; 날짜별 짧은 기록.",
        "text": """[증언자 {{r:채문혁}}의 수첩 일기 일부. 원문 그대로 옮김.]

1월 4일. 영하 48도. {{u:야쿠츠크}}에 온 지 두 달. 오늘도 콘크리트 못 부음. 대신 얼음 깨기. 아침 6시~밤 10시. {{r:설}} 사장이 저녁 총화에서 계획 미달이라고 욕함.

1월 9일. 월급날이라는데 아무것도 없음. {{r:설경남}} 말로는 본사 송금이 늦어서라고. 작년에도 똑같은 말. {{p:동철}}이가 참지 못하고 언제 주냐고 물었다가 따귀 맞음.

1월 15일. 여권 문제. 이민국 검사 나온다고 {{r:설}} 사장이 여권을 나눠줌. 두 시간 뒤 다시 걷어감. 내 여권 사진을 처음 봄. 내 얼굴 같지가 않다.

1월 22일. 야쿠트 운전수 {{p:아이탈}}이 시내까지 태워줌. {{p:아이탈}}은 우리 얼굴이 자기네랑 비슷하다고 웃음. 시장에서 양말 삼.

2월 2일. {{p:동철}}이 손가락 동상. 러시아 감독 {{p:발렌티나}} 아주머니가 약을 줌. {{r:설}} 사장은 모르게.

2월 16일. 광명성절. 충성의 노래 모임. {{u:김정일}} 장군님 생일이라고 하루 쉼. 한 달에 처음 쉼. 잠만 잠.

2월 20일. {{u:함흥}}에서 온 신입 {{p:도명철}} 도착. 스무 살. {{p:도}} 동무는 첫날부터 {{r:설경남}}한테 여권 달라고 했다가 혼남. 겁이 없음. 걱정됨.

3월 1일. 집사람 편지가 대사관 편으로 옴. 뜯어본 흔적. {{p:은정}}이가 학교에서 상 받았다고. 편지 끝에 '{{p:박}} 선생이 자주 온다'고 씀. 안전원이다.

3월 8일. {{p:명철}}이 없어짐. 밤새 찾음. {{r:설}} 사장 얼굴이 하얘짐.

[면담자 주: '{{p:박}} 선생'은 증언자 가족을 감시하던 지역 안전원으로 추정. '{{r:설}} 사장'은 현장 책임자 {{r:설경남}}.]""",
    },
    {
        "id": "h11-ko-08",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Kwak Yong-il", "곽영일", "witness", ["K"]),
            ("Pyo Chang-sik", "표창식", "supervisor", ["P"]),
        ],
        "note": "면담자 손글씨 메모 타이핑본: 약어, 이니셜, 화살표; 카타르 건설; 이니셜로만 적힌 증언자와 관리자; 동료 별명; 공인 이름.",
        "text": """면담 메모 (손글씨 옮김) - 0612, 장소: 사무실 2층, 통역 없음

- {{r:K}}({{r:곽영일}}), 81년생, {{u:신의주}} → {{u:카타르}} 2011~2014
- 현장: {{u:도하}} 외곽 아파트/호텔, 하청 {{u:젠코}}(?) → 북측 회사 명칭 기억 못함. "{{u:만수대}}는 아님"
- 근무: 5시~20시, 여름엔 한낮 쉬는 척 → 실내작업. 금요일도 작업
- 여권: 책임자 {{r:P}}가 보관. {{r:P}} = {{r:표창식}}. {{r:K}} 말로는 "{{r:표}} 지배인", 노동자들끼리는 "{{r:표창}}" (표창장 농담)
- 임금: 월 $750 계약이라고 들음 / 실수령 월 $100 미만 / "나머지는 국가과제금"
- 위협: {{r:P}}가 "도망가면 {{u:신의주}} 집 식구들 다 끝" → {{r:K}} 여러 번 반복함
- 동료:
  · {{p:깍두기}} - 본명 {{p:우성철}}, 머리 모양 때문에 별명. {{p:성철}}이 2013년 발목 골절, 깁스한 채로 2주 뒤 현장 복귀
  · {{p:림}} 조장 - 이름 모름. 친절했음
  · 네팔 노동자 {{p:람}}({{p:Ram}}?) - 같은 현장 철근 작업, 물 나눠줌
- 가족: 처 {{p:명희}}, 아들 1. 현재 연락 두절. 브로커 통해 2020년 1회 소식
- {{r:K}} 요청: {{r:P}} 실명 보고서에 꼭 넣어달라고 함. "{{r:표창식}}이가 한 짓은 다 적어야" → 설명함(심사 후 결정)
- 기타: {{r:K}}, {{u:김정은}} 시대 들어와서 과제금 더 올랐다고 함 (2012 이후)

다음: {{p:우성철}} 연락처 있는지 물어볼 것. 통역 {{p:정}} 선생 섭외 (화요일)""",
    },
    {
        "id": "h11-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Son Mi-ryong", "손미령", "witness", []),
            ("Wang Jianguo", "왕젠궈", "other", ["王建国", "왕건국"]),
            ("Kang Chun-hwa", "강춘화", "supervisor", []),
        ],
        "note": "1인칭 진술, 옌지 봉제공장; 중국인 사장 등록(한자, 한글 음역, 한국식 한자음); 조선족 통역; 여성 관리자; 동료 애칭.",
        "text": """저는 {{r:손미령}}이라고 합니다. 2018년부터 2021년까지 중국 {{u:지린성}} {{u:옌지}}에 있는 봉제공장에서 일했습니다. 공장 사장은 한족인 {{r:王建国}}이었는데, 우리는 중국말 그대로 {{r:왕젠궈}} 사장이라고 하기도 하고, 조선말 한자음으로 {{r:왕건국}} 사장이라고 부르기도 했습니다. 보통은 그냥 {{r:왕}} 사장이었습니다.

우리 북한 여성 노동자들을 관리한 건 {{r:강춘화}}였습니다. 나이는 쉰 정도였고, {{u:평양}}에서 온 사람이었습니다. {{r:강춘화}}는 {{r:왕}} 사장하고만 말을 하고 우리는 중국 사람과 한마디도 못 하게 했습니다. 여권은 처음 공항에서 내리자마자 {{r:강}} 관리원이 다 걷어 갔습니다.

아침 7시부터 밤 11시까지 미싱을 돌렸습니다. 주문이 몰리면 새벽 3시까지도 했습니다. 잠이 부족해서 바늘에 손가락을 찔리는 사람이 많았습니다. 제 옆자리 {{p:은실}}이는 손톱 위로 바늘이 관통했는데, {{r:강춘화}}가 반창고만 붙여 주고 다시 앉으라고 했습니다.

통역은 조선족 {{p:朴英姬}}, 우리말로 {{p:박영희}} 씨가 했습니다. {{p:박영희}} 씨는 마음이 좋아서 가끔 우리한테 한국 노래를 몰래 들려줬습니다. {{r:강}} 관리원이 알았으면 큰일 났을 겁니다.

월급은 {{r:왕}} 사장이 {{r:강춘화}}한테 한꺼번에 줬습니다. 우리 손에는 한 달에 100위안, 많아야 200위안이 들어왔습니다. 나머지는 "조국에 바치는 돈"이라고 했습니다. 코로나 때는 2년 동안 귀국도 못 하고 공장 밖으로 한 발짝도 못 나갔습니다.

같이 일한 동무들 중에 {{p:향순}}이, {{p:금옥}}이, {{p:류정}}이가 기억납니다. {{p:류정}}이는 이름 때문에 "{{p:류경호텔}}"이라고 놀림을 받았습니다. {{u:류경호텔}}처럼 키가 크다고요.

제 어머니는 {{u:회령}}에 계십니다. 어머니 이름은 여기서 말하지 않겠습니다.""",
    },
    {
        "id": "h11-ko-10",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Ryang Hak-chol", "량학철", "witness", []),
            ("Viktor Morozov", "빅토르 모로조프", "other", ["Виктор Морозов", "Витя"]),
            ("Tak Yong-gil", "탁용길", "supervisor", []),
        ],
        "note": "3인칭 면담 보고, 연해주 농장; 러시아인 농장주 등록(키릴 문자, 애칭, 한글 음역); 러시아 노동자 이름 키릴; 북측 관리자.",
        "text": """면담 보고 (연해주 농장 노동 관련)

증언자 {{r:량학철}}(1976년생, {{u:함경남도}} {{u:단천}} 출신)은 2015년부터 2018년까지 러시아 {{u:연해주}} {{u:우수리스크}} 근교의 대형 농장에서 콩과 옥수수, 온실 채소 재배 작업을 했다고 진술함. 농장은 러시아 회사 {{u:프리모르스키 아그로}} 소유였고, 러시아인 농장주는 {{r:빅토르 모로조프}}({{r:Виктор Морозов}})였음.

증언자에 따르면 {{r:모로조프}}는 북한 노동자 60명의 임금을 북측 책임자 {{r:탁용길}}에게 일괄 지급함. {{r:탁용길}}은 노동자들의 여권을 농장 사무실 옆 자기 방에 보관했고, 증언자는 3년 동안 여권을 한 번 보았다고 함.

작업 시간은 파종기와 수확기에 새벽 4시부터 밤 10시까지, 하루 18시간에 이르렀음. 증언자는 "{{r:탁}} 반장은 해가 지면 트랙터 불빛으로 일을 시켰다"고 말함. 러시아 노동자들은 오후 6시면 퇴근했다고 함.

증언자는 농장주를 '{{r:비탸}}'라고 부르기도 함. 러시아 노동자들이 {{r:Витя}}라고 불러서 따라 했다고 함. 증언자는 {{r:빅토르}}가 북한 노동자들의 실제 수령액을 알고 있었는지 확신하지 못함.

러시아 트랙터 기사 {{p:Николай Белов}}({{p:니콜라이}})는 증언자에게 러시아어를 가르쳐 주었고, 2017년 가을 증언자의 동료 {{p:지성혁}}이 농기계에 손을 다쳤을 때 {{p:니콜라이}}가 직접 {{u:우수리스크}} 병원으로 데려갔음. 이 일로 {{r:탁}} 반장은 {{p:성혁}}을 귀국시켰고, {{p:니콜라이}}는 더 이상 북한 노동자 구역에 들어오지 못하게 됨.

증언자는 고향의 처 {{p:리선희}}와 두 아들의 안전을 걱정함. 증언자가 떠난 뒤 {{u:단천}} 보위부의 {{p:홍}} 지도원이 집을 찾아왔다는 소식을 2019년 브로커를 통해 들었음.

※ 농장 회사명은 증언자 기억에 따른 것으로 확인 필요.""",
    },
    {
        "id": "h11-ko-11",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ju Hyon-u", "주현우", "witness", []),
            ("Maeng Chang-bok", "맹창복", "supervisor", []),
        ],
        "note": "1인칭 진술, 원양 오징어잡이 배(남대서양); 선장 등록; 배 이름과 항구, 회사; 외국인 선원 이름(필리핀, 인도네시아); 어린 동료 애칭.",
        "text": """저는 {{r:주현우}}입니다. 2016년 봄에 {{u:원산}}에서 원양어선을 탔습니다. 배 이름은 {{u:룡성 12호}}였고, 처음엔 {{u:블라디보스토크}}까지 간다고 했는데 실제로는 중국 배에 옮겨 타서 남쪽 바다로 갔습니다. 나중에 보니 {{u:포클랜드}} 근처였습니다. 중국 회사 {{u:중위안 원양어업}}의 배였고, 우리 북한 선원 14명은 따로 관리됐습니다.

우리를 관리한 건 선장이 아니라 우리 쪽 정치 책임자였는데, 배에서는 다들 {{r:맹}} 선장이라고 불렀습니다. 이름은 {{r:맹창복}}입니다. {{r:맹창복}}이는 출항하자마자 우리 선원수첩과 여권을 다 거둬서 자기 선실 서랍에 넣었습니다.

오징어잡이는 밤일입니다. 해 질 때부터 해 뜰 때까지 불을 켜고 낚고, 낮에는 손질하고 냉동하고 상자에 담습니다. 하루 스무 시간을 일한 날도 많았습니다. 잠은 서너 시간. {{r:맹}} 선장은 졸면 물을 끼얹었습니다.

배에는 필리핀 선원 {{p:에드윈}}과 인도네시아 선원 {{p:아궁}}, {{p:데디}}도 있었습니다. {{p:에드윈}}은 한 달에 400달러를 받는다고 했습니다. 제가 받은 돈은 18개월 동안 200달러였습니다. {{r:맹창복}}이가 나머지는 회사와 국가에 들어간다고 했습니다.

제일 어린 선원은 {{p:광진}}이었습니다. 열일곱 살이었고 {{u:신포}} 수산사업소 출신이었습니다. {{p:광진}}이는 뱃멀미가 심해서 처음 두 달은 밥을 거의 못 먹었습니다. {{p:아궁}}이 생강을 씹으라고 줬습니다. 그 인도네시아 사람이 아니었으면 {{p:광진}}이는 살아서 못 돌아왔을 겁니다.

2017년 가을 {{u:몬테비데오}} 항구에 들어갔을 때, 우리는 배에서 한 발짝도 못 내렸습니다. {{r:맹}} 선장은 "여기서 내리는 놈은 바다에 빠진 걸로 처리한다"고 했습니다. 저는 그 말을 믿었습니다.

제 아버지 {{p:주병삼}}도 평생 배를 탔습니다. 아버지는 이 이야기를 모르십니다.""",
    },
    {
        "id": "h11-ko-12",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Sin Yong-ae", "신영애", "witness", []),
            ("Ko Tong-il", "고동일", "supervisor", []),
            ("Bat-Erdene", "바트에르덴", "other", ["Бат-Эрдэнэ", "바트"]),
        ],
        "note": "면담 요약, 몽골 다르한 건설 현장 취사원 여성; 몽골인 운전수 등록(키릴, 한글, 줄임); 관리자 성이 일반 낱말과 같음; 동료와 가족.",
        "text": """면담 요약 - 몽골 건설 현장 (작성: 상담원)

증언자 {{r:신영애}}(1985년생, {{u:평안북도}} {{u:정주}} 출신)는 2014년부터 2017년까지 몽골 {{u:다르한}}의 아파트 건설 현장에서 취사원으로 일함. 남성 노동자 80명의 식사를 여성 3명이 맡았고, 새벽 4시에 일어나 밤 11시까지 일했다고 함. 취사 일이 끝나면 현장에서 벽돌 나르기도 했음.

북측 책임자는 {{r:고동일}}이었음. 증언자는 "{{r:고}} 책임자"라고 부름. {{r:고동일}}은 도착 첫날 모든 여권을 걷었고, 몽골 노동청 점검이 있을 때만 잠깐 돌려줬다고 함. 증언자는 "고생은 우리가 하고 돈은 {{r:고}} 책임자가 세었다"고 말함.

증언자가 가장 많이 언급한 사람은 몽골인 운전수 {{r:바트에르덴}}({{r:Бат-Эрдэнэ}})임. 노동자들은 그를 "{{r:바트}}"라고 불렀음. {{r:바트}}는 식자재를 사러 시장에 갈 때 증언자를 태워 갔고, 2016년 겨울 증언자가 화상을 입었을 때 몰래 약을 사다 줬다고 함. 증언자는 {{r:바트에르덴}}이 북한 노동자들의 처지를 알고 있었다고 믿음.

함께 일한 취사원 {{p:옥별}}(성은 {{p:전}}씨)은 2016년 임신 사실이 알려져 귀국 조치됨. 증언자는 {{p:전옥별}}의 이후 소식을 모름. 다른 취사원 {{p:차}} 아주머니는 50대였고 허리가 좋지 않았음.

임금: 증언자는 3년 동안 약 300달러를 받았다고 진술함. {{r:고동일}}은 "계획분"과 "충성자금"을 공제했다고 함.

몽골 측 회사는 {{u:다르한 하우징}}(추정), 현장 감독은 몽골인 여성 {{p:사랑게렐}}. 증언자는 {{p:사랑게렐}}이 몇 번 {{r:고}} 책임자에게 노동 시간 문제를 항의했으나 바뀐 것은 없었다고 함.

가족: 남편 {{p:최}}씨와 딸이 {{u:정주}}에 있음. 증언자는 남편의 이름을 밝히기를 원하지 않음.""",
    },
    {
        "id": "h11-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ok Chol-nam", "옥철남", "witness", []),
            ("Mo Kyong-hun", "모경훈", "supervisor", []),
        ],
        "note": "진술서 낭독 확인과 정정 기록, 블라디보스토크 조선소 용접; 이름 표기 정정; 성이 일반 낱말과 같은 인물들; 러시아 감독.",
        "text": """진술서 확인 기록 - 증언자에게 읽어 주고 정정 사항을 [정정]으로 표시함.

1. 저는 {{r:옥철남}}입니다. 1980년 {{u:청진}}에서 태어났습니다. [정정: 통역이 '{{r:오철남}}'으로 적었던 것을 '{{r:옥철남}}'으로 고침. 증언자는 "구슬 옥 자"라고 설명함.]

2. 2013년부터 2017년까지 {{u:블라디보스토크}}의 {{u:즈베즈다 조선소}} 하청 현장에서 용접공으로 일했습니다. [정정: 증언자는 조선소 이름이 확실하지 않다고 함. 다만 {{u:볼쇼이 카멘}} 쪽이었다고 함.]

3. 북측 책임자는 {{r:모경훈}}이었습니다. 우리는 {{r:모}} 부장이라고 불렀습니다. [정정: 통역이 직함을 '과장'으로 적었음. '{{r:모}} 부장'이 맞다고 함.]

4. {{r:모경훈}}은 우리 여권과 러시아 노동허가증을 모두 가지고 있었습니다. [정정: 노동허가증은 러시아 회사 사무실에 있었고, 여권만 {{r:모}} 부장이 가졌음.]

5. 하루 작업은 아침 7시부터 밤 10시까지였고, 배 인도 날짜가 다가오면 밤을 새웠습니다.

6. 러시아 쪽 감독은 {{p:유리 세묘노프}}였습니다. [정정: '{{p:유리}}'는 이름이고 성은 '{{p:세묘노프}}'인지 '{{p:세묘노바}}'인지 확실하지 않다고 함. 증언자는 '유리창 할 때 유리'라고 농담함.]

7. 같은 조의 {{p:국철}}이가 2015년에 용접 불똥에 눈을 다쳤습니다. {{r:모}} 부장은 러시아 병원에 보내지 않았습니다. [정정: 처음에는 안 보냈다가 사흘 뒤 {{p:유리}}가 항의해서 보냈다고 고침.]

8. 월급은 거의 받지 못했습니다. 1년에 한두 번 50달러, 100달러 정도였습니다.

9. {{r:모경훈}}은 "너희가 딴생각하면 고향 식구들이 먼저 안다"고 했습니다. [정정: 증언자는 이 문장을 그대로 적어 달라고 함.]

10. 제 형 {{p:옥철수}}는 지금도 {{u:청진}}에 있습니다. [정정: 형의 이름은 빼 달라고 했다가, 다시 넣어도 된다고 함. 형은 2021년에 사망했다고 함.]

위 내용이 사실임을 확인합니다. {{r:옥철남}}""",
    },
    {
        "id": "h11-ko-14",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Nam Jong-hyok", "남정혁", "witness", []),
            ("Ro Song-il", "로성일", "supervisor", ["노성일"]),
        ],
        "note": "1인칭 진술, 앙골라 루안다 동상·청사 건설; 관리자 이름 로/노 두 표기; 포르투갈어권 현지인 이름; 회사·지도자·도시 이름.",
        "text": """저는 {{r:남정혁}}입니다. 미술 공부를 조금 해서 {{u:만수대창작사}}에 들어갔고, 2010년에 해외 사업으로 {{u:앙골라}} {{u:루안다}}에 갔습니다. 처음에는 동상 받침대를 만들었고, 나중에는 정부 청사 건물 공사에 투입됐습니다. 조각가로 갔는데 결국 미장공, 목수, 잡역부 노릇을 다 했습니다.

현장 책임자는 {{r:로성일}}이었습니다. 남쪽 사람들은 {{r:노성일}}이라고 쓰겠지요. {{r:로}} 책임자는 앙골라 공항에서 우리 여권을 다 걷었고, 4년 동안 한 번도 돌려주지 않았습니다. 앙골라 경찰이 검문하면 {{r:로성일}}이가 직접 나가서 서류 뭉치를 보여줬습니다.

작업은 새벽 5시부터 저녁 8시까지였고, 그다음에는 숙소 마당에서 생활총화를 했습니다. 낮에는 40도 가까이 올라갔습니다. 말라리아에 걸린 사람이 여럿이었는데, 약은 {{r:로}} 책임자가 쥐고 있다가 계획을 잘한 사람에게만 줬습니다.

같은 방을 쓴 {{p:우}} 동무, {{p:우광민}}이는 2012년 말라리아로 죽었습니다. 시신은 현지에서 화장했다고 들었습니다. {{r:노성일}}은 {{p:광민}}이 가족에게 병으로 귀국했다고 알렸다고 합니다.

현지 노동자 중에 {{p:주앙}}이라는 청년이 있었습니다. 정식 이름은 {{p:주앙 마누엘 다시우바}}였던 것 같습니다. {{p:주앙}}은 우리한테 포르투갈어를 가르쳐 줬고, 우리가 받는 돈 얘기를 듣고 믿지 못했습니다. 앙골라 회사 감독 {{p:페르난다}} 씨도 우리에게 친절했지만 {{r:로}} 책임자 앞에서는 아무 말도 못 했습니다.

우리가 번 돈은 전부 {{u:만수대해외개발회사}} 계좌로 들어갔습니다. 우리는 한 달에 20달러 정도 받았습니다. 동상 제막식 때는 앙골라 대통령 {{u:도스산투스}}도 왔는데, 우리는 숙소에 갇혀 있어야 했습니다.

제 처와 아들은 {{u:평양}} {{u:대동강구역}}에 삽니다. 이름은 밝히지 않겠습니다.""",
    },
    {
        "id": "h11-ko-15",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Tong-chol", "리동철", "witness", []),
            ("Jassim Al-Kuwari", "자심 알쿠와리", "other", ["جاسم الكواري", "자심"]),
            ("Hwang Pyong-nam", "황병남", "supervisor", []),
        ],
        "note": "문답 녹취, 카타르 건설 현장; 카타르 스폰서 등록(아랍 문자, 한글 음역); 네팔·방글라데시 동료; 관리자 이름과 공인의 동성.",
        "text": """[녹취록 발췌 / 질문: 면담자, 대답: 증언자 {{r:리동철}}]

질문: {{u:카타르}}에는 언제 가셨습니까?
대답: 2013년입니다. {{u:도하}} 북쪽 {{u:알코르}}라는 데서 주택 단지를 지었습니다. 우리 북한 사람 50명이 한 팀이었습니다.
질문: 누가 고용주였습니까?
대답: 비자에는 카타르 사람 {{r:자심 알쿠와리}}라고 돼 있었습니다. 아랍 글자로 {{r:جاسم الكواري}}라고 쓰여 있었고, 네팔 사람이 읽어 줬습니다. 우리는 그냥 {{r:자심}} 사장이라고 불렀습니다.
질문: 북측 책임자는요?
대답: {{r:황병남}}입니다. 우리끼리는 {{r:황}} 소장이라고 했습니다. {{u:황병서}}하고 이름이 비슷해서 {{r:황병남}}이가 자기 친척이라고 허풍을 쳤는데, 아무도 안 믿었습니다.
질문: 여권은요?
대답: {{r:황}} 소장이 다 가졌습니다. {{r:자심}} 사장 회사 직원이 와서 여권 복사본을 달라고 하면 {{r:황병남}}이 자기가 복사해서 줬습니다.
질문: 일한 시간은요?
대답: 새벽 4시 반 출발, 저녁 7시에 현장에서 나왔습니다. 숙소에 오면 또 학습이 있었습니다. 여름에 한낮 작업 금지 시간이 있었는데 그 시간에는 컨테이너 안에서 철근을 묶었습니다.
질문: 같이 일한 외국인 중에 기억나는 사람이 있습니까?
대답: 네팔 사람 {{p:수닐}}, 방글라데시 사람 {{p:라힘}}이 있었습니다. {{p:라힘}}은 벵골 글자로 자기 이름을 {{p:রহিম}}이라고 써 줬습니다. {{p:수닐}}은 한국 드라마를 좋아해서 저한테 {{u:서울}} 이야기를 물었습니다. 저는 가 본 적이 없다고 했습니다.
질문: 북한 동료는요?
대답: {{p:봉남}}이 형이 제일 친했습니다. 성은 {{p:길}}씨. 2014년 여름에 열사병으로 쓰러졌는데 {{r:황}} 소장이 병원에 안 보내고 숙소에서 물만 먹였습니다. {{p:봉남}}이 형은 그해 가을에 귀국했습니다. 소식은 모릅니다.
질문: 고맙습니다. 잠깐 쉬겠습니다.""",
    },
    {
        "id": "h11-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Bang Kum-song", "방금성", "witness", ["Pang Kum-song"]),
            ("Ha Chol-gyu", "하철규", "supervisor", []),
        ],
        "note": "Interpreted interview: English questions, Korean answers with English rendering; Russian logging site in Amur; short surnames; Russian machine operator in Cyrillic, Latin and Hangul with diminutive.",
        "text": """[Interpreted interview. Q in English; answers in Korean as spoken, followed by the interpreter's English.]

Q: Could you tell us your name and where you worked?
A: 제 이름은 {{r:방금성}}입니다. {{u:아무르주}} {{u:스코보로디노}} 근처 벌목장에서 2014년부터 2017년까지 일했습니다.
(Interpreter: My name is {{r:Bang Kum-song}} - he says the North Korean spelling would be {{r:Pang}}. He worked at a logging site near {{u:Skovorodino}}, {{u:Amur Oblast}}, 2014 to 2017.)

Q: Who was in charge?
A: {{r:하철규}} 소장입니다. 다들 {{r:하}} 소장이라고 불렀어요. 여권도 {{r:하}} 소장이 가지고 있었습니다.
(Interpreter: The director was {{r:Ha Chol-gyu}}. Everyone called him Director {{r:Ha}}. He held the passports too.)

Q: What was a normal day?
A: 새벽 다섯 시에 나가서 밤 열 시에 들어왔어요. 눈이 허리까지 와도 나갔어요. 러시아 기사 {{p:파벨}}이, 우리는 {{p:파샤}}라고 했는데, {{p:파샤}}가 날씨 나쁘면 그만하자고 해도 {{r:하}} 소장이 안 된다고 했어요.
(Interpreter: Out at five, back at ten at night, even in snow up to the waist. A Russian machine operator, {{p:Pavel}} - they called him {{p:Pasha}} - would say stop when the weather was bad, and {{r:Ha}} refused.)

Q: Were you paid?
A: 1년에 두 번, 백 달러씩. 나머지는 '계획분'이라고 했어요. 제 친구 {{p:옥영철}}이는 3년 동안 한 푼도 못 받았어요.
(Interpreter: Twice a year, a hundred dollars. The rest was called the "plan share". His friend {{p:Ok Yong-chol}} received nothing in three years.)

Q: Is there anything else you want to say?
A: {{p:영철}}이 엄마가 아직 {{u:김책}}에 계세요. 이름 나가면 안 돼요.
(Interpreter: {{p:Yong-chol}}'s mother is still in {{u:Kimchaek}}. His name must not come out.)""",
    },
    {
        "id": "h11-mixed-02",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Do Chung-il", "도충일", "witness", ["dochung", "충일"]),
            ("Jegal Won", "제갈원", "supervisor", ["jegal", "JG"]),
        ],
        "note": "Messenger log in Korean and English between a worker on a Chinese seafood plant and an NGO volunteer; two-syllable surname, fullwidth letters, emoji, a zero-width space; volunteer's name; Chinese co-workers.",
        "text": """[WeChat export, provided by volunteer {{p:Ellie Shin}}; Korean kept, English as typed]

{{r:dochung}}: 누나 hi
{{p:ellie}}: hi {{r:충일}}! 괜찮아? are you safe
{{r:dochung}}: ok ok. 지금 쉬는시간 5분
{{p:ellie}}: where r u now, still {{u:Weihai}}?
{{r:dochung}}: 네 {{u:웨이하이}} 수산공장. 새우 까는거 맨날 ㅠ 손 다 터짐
{{p:ellie}}: hours?
{{r:dochung}}: 아침6시 밤11시. container 오면 새벽까지
{{p:ellie}}: 😢 and passport?
{{r:dochung}}: {{r:ＪＧ}}가 다 가지고 있어요
{{p:ellie}}: {{r:JG}} = ?
{{r:dochung}}: {{r:제갈}} 지배인. {{r:제갈\u200b원}}. 성이 두글자라 다들 {{r:제갈}}이라고만함 ㅋㅋ
{{p:ellie}}: ah ok {{r:jegal}}. he is NK side?
{{r:dochung}}: yes. 돈도 그사람이 다받아요. 나는 한달 200위안? 그것도 가끔
{{p:ellie}}: the chinese boss knows?
{{r:dochung}}: 老{{p:刘}} 알아요 아마. 근데 신경안씀. {{p:刘}}사장 딸 {{p:샤오메이}}는 좋은사람 우리한테 물줌 🙂
{{p:ellie}}: ok. did anything happen to {{p:kyong-ho}}?
{{r:dochung}}: {{p:경호}}형 아직 아파요. 기침 계속함. {{r:제갈}}이 병원 안보내줌
{{p:ellie}}: i'll tell {{p:daniel}} at the office. he can ask a doctor
{{r:dochung}}: 고마워요 누나 🙏
{{r:dochung}}: 아 그리고 {{p:미정}}이 누나 알죠? 여자숙소에 있는. 그 누나 이번달 귀국한대요. 무서워함
{{p:ellie}}: 왜?
{{r:dochung}}: 중국 폰 썼다고 {{r:JG}}가 보고했대요
{{p:ellie}}: 😞 ok
{{r:dochung}}: 가야돼요 {{r:제갈}} 온다
{{p:ellie}}: take care {{r:충일}}아
{{r:dochung}}: 👍

[Volunteer's note: "{{r:dochung}}" is {{r:Do Chung-il}} ({{r:도충일}}); his minder's full name is {{r:Jegal Won}}. {{p:Ellie}} is my English name; my Korean name is {{p:신은지}}.]""",
    },
    {
        "id": "h11-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ham Yong-sun", "함영순", "witness", []),
            ("Chu Ki-hwan", "주기환", "supervisor", ["Joo Ki-hwan"]),
        ],
        "note": "Caseworker email in English quoting the witness's Korean statement; garment factory in Hunchun; supervisor in two spellings; caseworkers' names in headers and signatures, initials as a signature.",
        "text": """From: {{p:Sophie Lemaire}}
To: {{p:Jae-won Yoo}}
Cc: {{p:Hyun-ju Kim}}
Subject: {{r:Ham Yong-sun}} - quotes for the submission

Hi {{p:Jae-won}},

Below are the passages from Ms {{r:Ham}}'s statement that I'd like to quote, with your translation. Could you check the Korean against the recording?

(a) Hours and confinement:
"아침 7시부터 밤 12시까지 일했어요. 기숙사 문은 밖에서 잠갔고, 열쇠는 {{r:주기환}} 관리원이 가지고 있었어요."
- "We worked from 7 am to midnight. The dormitory door was locked from outside, and the key was with the manager, {{r:Chu Ki-hwan}}."
(South Korean spelling would be {{r:Joo Ki-hwan}}; I'd use {{r:Chu}} since that's what's on the factory list.)

(b) Passports and wages:
"여권은 {{r:주}} 관리원이 {{u:훈춘}} 공항에서 바로 걷어 갔어요. 월급은 한 번도 제 손으로 받아 본 적 없어요."
- "{{r:Chu}} took our passports at the airport in {{u:Hunchun}}. I never once received my wages in my own hands."

(c) Threats:
"{{r:주기환}}이가 '너희 집이 {{u:무산}} 어디인지 다 안다'고 했어요."
- "{{r:Chu Ki-hwan}} said: 'We know exactly where your house in {{u:Musan}} is.'"

(d) The co-worker:
"{{p:춘심}}이는 열아홉 살이었어요. 쓰러졌는데 일어나라고 발로 찼어요."
- "{{p:Chun-sim}} was nineteen. She collapsed and he kicked her to make her get up."
Who kicked her - {{r:Chu}} or the Chinese line boss, {{p:Zhang}}? The Korean is ambiguous. Please ask Ms {{r:Ham Yong-sun}} at Thursday's session.

Thanks,
{{p:Sophie}}

---
{{p:Sophie}} - I'll check. (d): she told me off the record it was {{p:Zhang Wei}}, not {{r:Chu}}. I'll confirm on tape.
{{p:JW}}""",
    },
    {
        "id": "h11-mixed-04",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Yom Kwang-su", "염광수", "witness", ["YOM KWANG SU"]),
            ("Sim Chang-ryol", "심창렬", "supervisor", ["SIM CHANG RYOL", "Shim"]),
        ],
        "note": "Bilingual dormitory roster from a Russian construction site (Hangul, Latin capitals, Cyrillic), with the witness's comments in Korean and the interviewer's in English.",
        "text": """[Photograph 12: dormitory roster posted on the door of room 4, construction site, {{u:Yekaterinburg}}, 2019. Three columns as on the original: Hangul / Latin / Cyrillic.]

4호실 (ROOM 4 / КОМНАТА 4)
실장: {{r:염광수}} / {{r:YOM KWANG SU}} / {{r:ЁМ КВАН СУ}}
- {{p:조명길}} / {{p:JO MYONG GIL}} / {{p:ЧО МЁН ГИЛЬ}}
- {{p:리혁}} / {{p:RI HYOK}} / {{p:РИ ХЁК}}
- {{p:문상호}} / {{p:MUN SANG HO}} / {{p:МУН САН ХО}}
- {{p:도정남}} / {{p:DO JONG NAM}} / {{p:ДО ЧОН НАМ}}
담당: {{r:심창렬}} / {{r:SIM CHANG RYOL}} / {{r:СИМ ЧАН РЁЛЬ}}

증언자 설명 (witness, in Korean):
실장은 저예요. 방 청소하고 인원 보고하는 거. 담당 {{r:심창렬}}은 보위원이었어요. {{r:심}} 보위원이 매일 밤 열한 시에 와서 세어 봤어요. 여권은 {{r:심창렬}}이 다 가지고 있었고요.
{{p:명길}}이는 {{u:강계}}에서 왔고, {{p:리혁}}이는 제일 어렸어요. {{p:혁}}이가 2019년 겨울에 러시아 현장 감독 {{p:Андрей}}한테 전화기를 빌렸다가 걸려서 귀국했어요.
{{p:문상호}}랑 {{p:도정남}}은 지금도 거기 있을 거예요.

Interviewer's note (English):
The witness, {{r:Yom Kwang-su}}, was "room head" (실장) of room 4. The person marked 담당 ("in charge") is {{r:Sim Chang-ryol}}, a security officer; the Russian company's staff wrote his name as {{r:Shim}} in emails the witness later saw. The Russian foreman {{p:Andrei}} (surname unknown) is the one mentioned in connection with {{p:Ri Hyok}}'s phone call. Hours on this site, per the witness: 07:00-23:00, seven days, for the {{u:Atomstroy}} housing project. Wages: none received in cash during 2019; "the plan contribution" deducted by {{r:Sim}}.

Note the Cyrillic for {{p:Do Jong-nam}} renders the surname as "{{p:ДО}}"; the witness says people on the site called him {{p:Do}}-dongmu.""",
    },
    {
        "id": "h11-mixed-05",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kim Son-hui", "김선희", "witness", ["KSH"]),
            ("Pak Kyong-ho", "박경호", "supervisor", ["Bak"]),
        ],
        "note": "Interviewer's rough notes mixing English abbreviations and Hangul names; Chinese textile factory in Shenyang; supervisor in several spellings; Chinese workers in characters; Kim Il Sung name in a place.",
        "text": """int. notes / 2nd mtg / {{r:KSH}} / 11.09

- {{r:KSH}} = {{r:김선희}} ({{r:Kim Son-hui}}), b. 1992 {{u:Hamhung}}, {{u:함흥}} {{u:사포구역}}
- factory: garment, {{u:Shenyang}} ({{u:沈阳}}) {{u:Hunnan}} district, 2016-2020, approx 300 NK women
- mgr: {{r:박경호}} / {{r:Pak Kyong-ho}} / factory ID card said "{{r:Bak}}" / women called him {{r:박}} 부장
- {{r:Pak}} held pp's in safe. only returned 1 day for "health check" at {{u:China-Korea Friendship Hospital}}(?)
- hrs: 7:00-23:30 / Sun half day / "we were machines" (우리는 기계였어요)
- pay: contract said 2,000 RMB/mo. received 100-150. {{r:박}} 부장: "나머지는 조국에"
- chinese staff: 组长 {{p:李红梅}} ({{p:Li Hongmei}}) - strict but not cruel; guard 老{{p:赵}} - ({{p:Zhao}}) let women buy snacks
- NK co-workers: {{p:정은}} (no surname given, "not like the leader, ha"), {{p:Sol-mi}}, 언니 {{p:Ri Kum-hyang}} ({{p:금향}} 언니, oldest, 38)
- incident 2018: {{p:금향}} 언니 fainted on line; {{r:Pak}} said she was faking; {{p:李红梅}} called ambulance anyway -> {{p:Kum-hyang}} sent home 2 wks later
- threats: {{r:Pak}}: "your family in {{u:Hamhung}} is in my notebook"
- {{r:KSH}} very calm today, more detail than mtg 1
- her mother {{p:홍옥자}} ({{p:Hong Ok-ja}}) - DO NOT include, witness request
- to check: {{u:Kim Il Sung Square}} reference (she said the women "practised for" a parade there before departure) - in {{u:Pyongyang}}, not relevant?

next: show her photo of factory gate from {{p:Dae-hyun}}'s report""",
    },
    {
        "id": "h11-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("U Chol-bom", "우철범", "witness", ["Woo Cheol-beom"]),
            ("Sok Ho-nam", "석호남", "supervisor", ["Seok"]),
            ("Kazimierz Nowak", "카지미에시 노바크", "other", ["Kazik"]),
        ],
        "note": "Translator's note (English with Korean) on names in a testimony from a Polish greenhouse and shipyard; one-letter surname; Polish employer registered; Korean and Polish name forms.",
        "text": """Translator's note to the file of {{r:U Chol-bom}} ({{r:우철범}})

1. The witness's surname is a single syllable, {{r:우}} ({{r:禹}}). In the North it is written {{r:U}}, in the South {{r:Woo}}; his ROK documents read {{r:Woo Cheol-beom}}. In the testimony he sometimes refers to himself as "{{r:철범}}이" when quoting what others called him. I have translated these as "{{r:Chol-bom}}".

2. The North Korean manager is {{r:석호남}} ({{r:Sok Ho-nam}}). Polish documents write it {{r:Seok}}. The witness often says "{{r:석}} 과장" (Section Chief {{r:Sok}}).

3. The Polish employer at the greenhouse near {{u:Grudziądz}} is {{r:Kazimierz Nowak}}, whom the witness calls "{{r:카지크}}" ({{r:Kazik}}), as the Polish workers did. In the Korean text the witness writes "{{r:노바크}} 사장" once. Mr {{r:Nowak}} is the person the witness says paid the wages into a single account controlled by {{r:Sok}}.

4. Other persons named in the testimony: the Polish forewoman {{p:Agnieszka}} ("{{p:아그니에슈카}}", "{{p:Aga}}"); a Ukrainian seasonal worker {{p:Taras}}; the witness's room-mate {{p:류광일}} ({{p:Ryu Kwang-il}}), who later went to the shipyard in {{u:Gdańsk}} with him; and a doctor at the hospital in {{u:Toruń}}, Dr {{p:Ewa Zielińska}}, who treated {{p:Kwang-il}} for a chemical burn.

5. The company names {{u:Nowak Ogrody}} and {{u:Stocznia Gdańsk}} are left in their Polish forms. The first is the employer's firm and carries his surname.

6. Hours: the witness gives "아침 여섯 시부터 밤 열 시" (6 am to 10 pm) in the greenhouse and "열두 시간 두 교대" at the shipyard; I have translated the latter as "two twelve-hour shifts back to back", which the witness confirmed. "석 달 동안 월급이 없었다" I have given as "no wages for three months".

7. The witness asked me to note that {{r:석호남}} threatened the workers' families in {{u:Sariwon}} by name. The names of those family members are omitted at his request.""",
    },
    {
        "id": "h11-mixed-07",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Yu Myong-dok", "유명덕", "witness", ["Ryu Myong-dok"]),
            ("Kye Jong-hwan", "계정환", "supervisor", ["Gye"]),
        ],
        "note": "First-person English account with Korean words and names, Kuwaiti and Qatari sites; name split across a line by a hyphen; Kuwaiti sponsor in Arabic script; Filipino and Nepali co-workers.",
        "text": """I am {{r:Yu Myong-dok}}. In the North my name is {{r:Ryu Myong-dok}}, {{r:류명덕}}, but here everyone writes {{r:Yu}}, so I use that. I was in {{u:Kuwait}} from 2008 and in {{u:Qatar}} from 2012, always construction, always the same company, {{u:Korea Namgang}}, always the same boss, {{r:계정환}}.

{{r:Kye Jong-hwan}} - we said "{{r:계}} 사장", Sajang {{r:Kye}} - was from {{u:Pyongyang}}, {{u:Mangyongdae}} district, and he was proud of it. In {{u:Kuwait}} our sponsor was a Kuwaiti man, {{p:Fahad Al-Enezi}}, {{p:فهد العنزي}}, but we saw him maybe three times. Everything went through {{r:Kye}}: passports, money, letters, even the medicine.

Our days: 4:30 wake, 5:00 bus, work until 7 or 8 at night, then 학습, study, one hour. In summer the Kuwaiti law stops outdoor work at noon, so {{r:Kye}} put us in the basements. I remember the heat in the basement of the tower on {{u:Gulf Road}} more than anything in my life.

I never held my wages. {{r:계정환}} said the state takes 70 percent and the rest goes to "food and 관리비". There was nothing. When I asked, once, he said, "{{r:명덕}}이, 네 어머니 건강은 괜찮냐?" - "{{r:Myong-dok}}, is your mother's health all right?" That was the threat. Everyone understood.

My closest friend there was {{p:Sol Chang-
hyok}}. {{p:Chang-hyok}} was a carpenter from {{u:Kaechon}}. A Filipino foreman, {{p:Romeo Bautista}}, liked his work and gave him his old phone. {{r:Kye}} found it. {{p:창혁}}이 was sent home two weeks later. I don't know what happened to him.

In {{u:Qatar}} there was a Nepali boy, {{p:Prakash}}, who shared his food with me when {{r:Kye}} cut our rations. I owe {{p:Prakash}} a debt I can't pay.

I left in 2015. {{r:Gye}}, as they wrote his name in Qatar, is still abroad, I was told, now in {{u:Russia}}.""",
    },
    {
        "id": "h11-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jong Ok-hwa", "정옥화", "witness", ["okhwa", "옥화"]),
            ("Chang Mi-ae", "장미애", "supervisor", ["장미", "rose"]),
        ],
        "note": "KakaoTalk log in Korean with English words between a seafood worker in China and her cousin in Seoul; supervisor nicknamed with an ordinary word; soft hyphen and zero-width space inside names; emoji.",
        "text": """[KakaoTalk 대화 / 제공: 증언자 사촌 / 원문 유지]

{{p:sujin}} [9:14 PM] {{r:옥화}}야 괜찮아??
{{r:okhwa}} [9:20 PM] 언니 ㅠㅠ 지금 겨우 폰봄
{{p:sujin}} [9:20 PM] 어디야 아직 {{u:룽커우}}?
{{r:okhwa}} [9:21 PM] 응 {{u:Longkou}} 그 수산공장. 오징어 손질
{{p:sujin}} [9:22 PM] 오늘 몇시까지 했어
{{r:okhwa}} [9:22 PM] 새벽 1시 ㅋㅋ 내일 6시 기상
{{p:sujin}} [9:23 PM] 미쳤다 진짜
{{r:okhwa}} [9:24 PM] {{r:장미}}가 오늘 또 난리침 🌹💢
{{p:sujin}} [9:24 PM] {{r:장미}}?
{{r:okhwa}} [9:25 PM] 우리 관리원 {{r:장\u00ad미애}} ㅋㅋ 다들 {{r:장미}}라고 불러 가시가 있어서
{{p:sujin}} [9:25 PM] ㅋㅋㅋㅋ 가시 ㅋㅋ
{{r:okhwa}} [9:26 PM] 응 {{r:rose}} 🌹 여권 다 {{r:장미}} 가방에 있어
{{p:sujin}} [9:27 PM] 월급은?
{{r:okhwa}} [9:28 PM] 이번달도 없음. {{r:장미애}} 동무가 "위에서 안내려왔다" 매달 똑같은말
{{p:sujin}} [9:29 PM] 이모한테 말했어?
{{r:okhwa}} [9:30 PM] 엄마한텐 절대 말하지마. 엄마 {{u:혜산}}에 있는데 보위부 {{p:백}}씨가 자꾸 온대
{{p:sujin}} [9:30 PM] 알았어. 그 {{p:향\u200b미}}언니는?
{{r:okhwa}} [9:31 PM] {{p:향미}}언니 손 다쳐서 칼질 못함 근데 {{r:장미}}가 계속 일시킴
{{r:okhwa}} [9:32 PM] 중국 반장 小{{p:王}}이 약 사다줬어 착함
{{p:sujin}} [9:33 PM] 다행이다
{{p:sujin}} [9:34 PM] Mr. {{p:Kwon}} from the NGO wants to talk to you. ok?
{{r:okhwa}} [9:35 PM] 무서워 언니
{{p:sujin}} [9:35 PM] 괜찮아 안전해. 이름 안나가게 한대
{{r:okhwa}} [9:37 PM] ㅇㅋ 근데 내 이름 {{r:정옥화}} 말고 다른걸로 해줘
{{p:sujin}} [9:37 PM] ㅇㅇ 걱정마 {{r:옥화}}야
{{r:okhwa}} [9:38 PM] 간다 {{r:장미}} 순찰돌아 🏃‍♀️

[면담자 메모: {{p:sujin}} = 증언자의 사촌 {{p:최수진}}. '{{r:장미}}'/'{{r:rose}}'는 관리원 {{r:장미애}}의 별명.]""",
    },
    {
        "id": "h11-mixed-09",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kang Il-nam", "강일남", "witness", ["Gang Il-nam"]),
            ("Chong Hak-myong", "정학명", "supervisor", ["Jeong", "Jong"]),
        ],
        "note": "Bilingual Q/A transcript with speaker labels as names; Russian construction in Novosibirsk then Chita; witness surname spelled Kang/Gang; co-worker sharing the supervisor's surname; Russian and Buryat names; interviewer named in the speaker list.",
        "text": """[Transcript, session 2. Speakers: INT ({{p:Park Ji-young}}, interviewer), {{r:KANG}} (witness), TR (interpreter). Korean and English as spoken.]

INT: Mr {{r:Kang}}, last time you mentioned {{u:Chita}}. {{u:치타}}에 언제 가셨어요?
{{r:KANG}}: 2017년 봄이요. {{u:노보시비르스크}}에서 1년 있다가 {{u:치타}}로 옮겼어요.
INT: Who moved you?
{{r:KANG}}: {{r:정학명}}이요. 우리 책임자.
TR: {{r:Chong Hak-myong}}, his manager. In the documents you gave us it is spelled {{r:Jeong}}.
INT: 그 {{r:정}} 책임자가 여권을 가지고 있었나요?
{{r:KANG}}: 네. 러시아 오자마자. 비행기에서 내리자마자 걷어 갔어요. "{{r:정}} 동지가 보관한다." 그게 끝이었어요.
INT: Working hours in {{u:Chita}}?
{{r:KANG}}: 아침 여섯 시부터 밤 열 시. 겨울엔 영하 35도. 그래도 했어요. {{r:Jong}} - {{r:정학명}}이는 보일러실에서 차 마시고.
TR: He says from six to ten, minus thirty-five in winter, and the manager sat in the boiler room drinking tea.
INT: Were there Russians on the site?
{{r:KANG}}: 러시아 감독 {{p:Борис}}, {{p:보리스}} 아저씨. 그리고 부랴트 사람 운전수 {{p:바이르}}. {{p:바이르}}가 한국말 몇 마디 알았어요.
TR: A Russian supervisor, {{p:Boris}}, and a Buryat driver, {{p:Bair}}, who knew a few Korean words.
INT: Did anyone get hurt?
{{r:KANG}}: {{p:일룡}}이... {{p:정일룡}}. 책임자하고 성은 같은데 친척은 아니에요. 크레인에서 떨어진 철근에 맞았어요. {{r:정학명}}이 사고 보고를 안 했어요. {{p:일룡}}이는 그 다음 주에 귀국.
TR: A co-worker, {{p:Jong Il-ryong}} - same surname as the manager but not related - was hit by rebar from a crane. The manager did not report it. He was sent home the following week.
INT: 가족분들은요?
{{r:KANG}}: 아내는 {{u:원산}}에 있어요. 이름은 안 말할게요. 제 동생 {{p:강일수}}는... 2019년에 {{u:평양}}에 불려 갔다고 들었어요.
INT: Thank you, Mr {{r:Gang}} - sorry, {{r:Kang}}. Let's take a break.
{{r:KANG}}: 괜찮아요. 둘 다 맞아요.""",
    },
    {
        "id": "h11-mixed-10",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Chon Hye-suk", "천혜숙", "witness", []),
            ("Zhou Guoqiang", "저우궈창", "other", ["周国强", "주국강"]),
            ("Won Yong-ae", "원용애", "supervisor", []),
        ],
        "note": "Caseworker summary in English with Korean and Chinese names; wig and eyelash factory in Hunchun area; Chinese owner registered in three forms; NK supervisor; Chinese and Korean-Chinese co-workers.",
        "text": """CASE SUMMARY (EN/KO) - prepared for the legal team

Witness: {{r:Chon Hye-suk}} ({{r:천혜숙}}), born 1988, {{u:Onsong}} ({{u:온성}}), {{u:North Hamgyong}}.
Period: 2015-2019. Workplace: hair products factory (wigs and false eyelashes) in {{u:Tumen}} ({{u:图们}}), {{u:Jilin}}, owned by Chinese businessman {{r:Zhou Guoqiang}} ({{r:周国强}}). The witness knew him as "{{r:저우}} 사장"; some North Korean women read the characters in Korean as "{{r:주국강}}".

1. Control. The North Korean women (approx. 90) were supervised by {{r:원용애}} ({{r:Won Yong-ae}}), who held all passports. The witness: "{{r:원}} 지도원이 여권을 자기 방 금고에 넣었어요." The witness has never seen a contract.

2. Hours. 6:30-23:00, with shifts until 3:00 when orders came from abroad. The work - knotting hair by hand - is close and slow; the witness says several women developed eye problems. One day off per month.

3. Wages. The owner's accountant, {{p:Jin Xiuying}} ({{p:金秀英}}, a Korean-Chinese woman the workers called {{p:김수영}} 언니), told the witness privately that each worker's wage was 2,200 yuan. The witness received 100-200 yuan per month. {{r:Won}} said the rest went to the state.

4. Threats and punishment. After a co-worker, {{p:Pak Yong-hui}} ({{p:박영희}}), asked {{r:Zhou}} directly about wages, {{r:원용애}} held a criticism session and {{p:Yong-hui}} was sent back to {{u:Onsong}} in 2017. {{r:Won}} told the others that "{{p:영희}}'s family will be looked after", which the witness understood as a threat.

5. The owner's role. The witness believes {{r:Zhou}} knew about the passports: "{{r:周}}사장이 우리 여권 복사본 가지고 있었어요." Ms {{p:Jin}} apparently kept the copies.

6. Other persons: a security guard, Lao {{p:Ma}}; the witness's bunkmate {{p:Hyon Sun-ok}} ({{p:현순옥}}); the witness's daughter (name withheld) in {{u:Onsong}}.

Note on names: {{r:Chon}} is the witness's preferred spelling. The supervisor's surname is written {{r:Won}} throughout.""",
    },
]
