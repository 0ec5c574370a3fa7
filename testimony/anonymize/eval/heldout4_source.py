# ruff: noqa: E501
"""Held-out evaluation passages, set 4. Markers: {{r:..}} registered private person,
{{p:..}} unregistered private person, {{u:..}} public name. Built by build_heldout.py heldout4."""

PASSAGES: list[dict] = [
    {
        "id": "h4-en-01",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ri Chol-jun", "리철준", "witness", []),
            ("Pak Song-il", "박성일", "supervisor", []),
        ],
        "note": "First-person statement, North Korean romanization, minder by surname alone later.",
        "text": """Statement of {{r:Ri Chol-jun}}, given in {{u:Seoul}}
I was sent to {{u:Kuwait}} in 2013 by {{u:Namgang General Construction}}. Our minder was {{r:Pak Song-il}}. {{r:Pak}} kept our passports in a red bag.
We had a day off maybe twice a year. On the hot days {{r:Pak}} still said no rest. My friend {{p:Jang Myong-gil}} fainted on the scaffold and {{r:Pak}} told him he is lazy.
I, {{r:Ri}}, signed nothing.""",
    },
    {
        "id": "h4-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [("Choe Un-hui", "최은희", "witness", ["Auntie Choe"])],
        "note": "Interviewer summary; witness surname Choe next to public figures Kim Jong-un and Kim Il-sung.",
        "text": """Interviewer summary (case 2019-044). The witness, {{r:Choe Un-hui}} (b. 1979, {{u:South Hamgyong}}), worked at a seafood plant in {{u:Dandong}}. Co-workers called her "{{r:Auntie Choe}}". She says portraits of {{u:Kim Il-sung}} and {{u:Kim Jong-il}} hung over the packing line and that the team leader, a Mr {{p:Kim}}, read out speeches of {{u:Kim Jong-un}} each morning. {{r:Choe}} earned 300 yuan a month on paper; she received none of it.""",
    },
    {
        "id": "h4-en-03",
        "language": "en",
        "eol": "lf",
        "persons": [("So Yong-nam", "소영남", "witness", []), ("An Chol", "안철", "coworker", [])],
        "note": "Bare surnames that are English words (So, An) next to the same words used ordinarily.",
        "text": """Q: Who slept in your container?
A: Me, {{r:So Yong-nam}}, and {{r:An Chol}}. So we were six in one box. An old fan, no window.
Q: Did {{r:An}} ever complain?
A: {{r:An}} said it once to the minder, so he was sent back. {{r:So}} was also on the list, I mean me, but I kept quiet.
Q: And so you stayed?
A: So I stayed. An hour later {{r:An}} was gone to the airport.""",
    },
    {
        "id": "h4-en-04",
        "language": "en",
        "eol": "crlf",
        "persons": [("No Kwang-chol", "노광철", "witness", ["Noh Gwang-cheol"])],
        "note": "Surname No / Noh, both romanizations; the word 'no' ordinary elsewhere.",
        "text": """Case note, hurried: witness {{r:No Kwang-chol}} (also written {{r:Noh Gwang-cheol}} in his SK ID) - logging, {{u:Tynda}}, {{u:Amur Oblast}}.
No days off Jan-Mar. Says No.
12 camp boss {{p:Hwang}} beat {{p:Yun Chang-ho}} with an axe handle. {{r:No}} says no one reported it.
Interpreter: Ms {{p:Seo}}? check spelling. No passport until {{u:Vladivostok}}.""",
    },
    {
        "id": "h4-en-05",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ha Jong-suk", "하정숙", "witness", []),
            ("Do Myong-sik", "도명식", "supervisor", []),
        ],
        "note": "Ha and Do as surnames, 'do' as verb.",
        "text": """Translator's note. {{r:Ha Jong-suk}} uses "{{r:Do}}" for the restaurant manager {{r:Do Myong-sik}}; I do not change it. Where she laughs ("ha ha") I leave it out. She says {{r:Do}} would do the counting of tips himself. {{r:Ha}} worked at the {{u:Pyongyang Koryo Restaurant}} in {{u:Ulaanbaatar}} with {{p:Oyunchimeg}}, a Mongolian cashier, and a cook called {{p:Batbayar}}.""",
    },
    {
        "id": "h4-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [("Rim Kyong-ae", "림경애", "witness", ["Lim Kyung-ae", "Kyong-ae"])],
        "note": "N/S romanizations of one person, given name alone, reversed order.",
        "text": """Letter forwarded by the church in {{u:Yanji}}:
Dear teacher, this is {{r:Kyong-ae}}. In the factory papers I was {{r:Rim Kyong-ae}}, in the Chinese police paper {{r:Lim Kyung-ae}}, and the Korean pastor writes {{r:Kyung-ae Lim}}. Please tell Mr {{p:Baek Sung-ho}} I am safe. My sister {{p:Rim Kyong-sun}} is still in {{u:Hoeryong}}, do not write her name anywhere.""",
    },
    {
        "id": "h4-en-07",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Jo Song-chol", "조성철", "witness", []),
            ("Yu Hak-chol", "유학철", "supervisor", []),
        ],
        "note": "Messenger thread, zero-width characters inside names, emoji near names.",
        "text": """[09:12] caseworker: met {{r:Jo S\u200bong-chol}} today 👍
[09:13] caseworker: he says minder {{r:Yu\u200b Hak-chol}} took 70% for "loyalty fund"
[09:15] reviewer: is {{r:Yu}} same as {{p:Ryu}} from case 31?
[09:16] caseworker: dont know. {{r:Jo}} 😢 cried when talking about {{p:Son Mi-ok}} (wife)
[09:17] reviewer: ok. put {{r:Jo}} under Witness F""",
    },
    {
        "id": "h4-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [("Kim Chol-min", "김철민", "witness", [])],
        "note": "Witness Kim next to Kim Chaek University, Kim Il-sung Square, Kimchaek city, Kim Jong Un.",
        "text": """Report to the Special Rapporteur on contemporary forms of slavery. The victim, Mr {{r:Kim Chol-min}}, a graduate of {{u:Kim Chaek University of Technology}}, was assigned in 2016 to an IT unit in {{u:Shenyang}} run by {{u:Korea Osong Shipping}}'s sister firm. Before departure the group gathered at {{u:Kim Il-sung Square}}; {{r:Kim}} recalls a speech by {{u:Kim Jong Un}} being played. His family lives in {{u:Kimchaek}}. {{r:Kim Chol-min}}'s minder, {{p:Ri Yong-su}}, kept his laptop passwords.""",
    },
    {
        "id": "h4-en-09",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Moon Hye-jin", "문혜진", "witness", []),
            ("Song Kwang-il", "송광일", "coworker", []),
        ],
        "note": "Moon, Song as surnames and as English words.",
        "text": """We worked under the moon most nights.
{{r:Moon Hye-jin}} (that is me) sang a song to keep awake. {{r:Song Kwang-il}} laughed at the song.
{{r:Song}} was from {{u:Chongjin}}. Later {{r:Moon}} - I mean myself - was moved to the greenhouse near {{u:Gdańsk}}, the full moon was the only calendar.""",
    },
    {
        "id": "h4-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Han Song-ho", "한성호", "witness", []),
            ("Bang Il-nam", "방일남", "coworker", []),
        ],
        "note": "List of co-workers; Bang, Gang, Han, Ma as surnames.",
        "text": """List of co-workers at the {{u:Lusail}} site, {{u:Qatar}} (as dictated by {{r:Han Song-ho}}):
1. {{r:Bang Il-nam}} - rebar
2. {{p:Gang Chol}} - welder, injured 2015
3. {{p:Ma Young-sik}} - cook
4. {{p:Seo Jin-hyok}} - driver
5. {{p:Baek}} (first name unknown) - team leader
6. {{p:Ryu Song-gun}} - safety officer of {{u:Genco}}
Note: "the gang" in line 2 of his earlier statement refers to the work team, not to {{p:Gang}}.""",
    },
    {
        "id": "h4-en-11",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Chŏng Myŏng-ch'ŏl", "정명철", "witness", ["Jeong Myeong-cheol", "Chung Myung-chul"])
        ],
        "note": "McCune-Reischauer with diacritics and apostrophe, RR, and a third spelling.",
        "text": """Translator's note on the name: the witness signs as {{r:Chŏng Myŏng-ch'ŏl}}. The passport issued in {{u:Pyongyang}} reads CHONG MYONG CHOL; the South Korean resident card reads {{r:Jeong Myeong-cheol}}; the interviewer first wrote {{r:Chung Myung-chul}}. Below I use {{r:Chŏng}}. His uncle, {{p:Chŏng T'ae-ho}}, worked on the {{u:Rason}} docks.""",
    },
    {
        "id": "h4-en-12",
        "language": "en",
        "eol": "crlf",
        "persons": [("Yang Chun-hwa", "양춘화", "witness", [])],
        "note": "Timeline with all caps names and initials.",
        "text": """TIMELINE - {{r:YANG CHUN-HWA}}
2012-03  recruited via {{u:Ministry of External Economic Relations}}
2012-05  arrives {{u:Hunchun}} garment factory; supervisor {{p:O Chang-rim}}
2014-11  {{r:Y.C.H.}} beaten by {{p:O}} for talking to {{p:Liu Fang}} (Chinese staff)
2015-02  escapes with {{p:K. M. S.}}
2016-08  reaches {{u:Incheon}}""",
    },
    {
        "id": "h4-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Sin Kwang-ho", "신광호", "witness", []),
            ("Kang Myong-ok", "강명옥", "relative", []),
        ],
        "note": "Russian names in Latin and Cyrillic next to Korean names.",
        "text": """{{r:Sin Kwang-ho}} worked for a subcontractor of {{u:Zenit}} in {{u:St Petersburg}}. The Russian foreman {{p:Sergei Ivanovich Volkov}} ({{p:Сергей Волков}}) paid cash to the minder, not to the workers. A Tajik worker, {{p:Rustam}}, lent {{r:Sin}} a phone to call his wife {{r:Kang Myong-ok}}. {{p:Volkov}} later testified in court in {{u:Moscow}}.""",
    },
    {
        "id": "h4-en-14",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Cha Yong-bok", "차영복", "witness", []),
            ("Hong Sun-ja", "홍순자", "coworker", []),
        ],
        "note": "Fullwidth letters in names.",
        "text": """Typed from the witness's handwritten form (Korean keyboard, fullwidth letters kept): Name: {{r:Ｃｈａ Ｙｏｎｇ－ｂｏｋ}}. Work: fishing boat, {{u:Indian Ocean}}, vessel registered in {{u:Vanuatu}}. Friend on board: {{r:ＨＯＮＧ Ｓｕｎ－ｊａ}}, the only woman cook. Captain: {{p:Wang}}. {{r:Cha}} says {{r:Hong}} was never paid.""",
    },
    {
        "id": "h4-en-15",
        "language": "en",
        "eol": "crlf",
        "persons": [("Ri Myong-hui", "리명희", "witness", [])],
        "note": "Medical staff in Africa; African names; soft hyphen inside a name.",
        "text": """NGO case notes. {{r:Ri Myong-hui}}, nurse, sent to a clinic in {{u:Dar es Salaam}} by the {{u:Korea Medical Cooperation Centre}}. The Tanzanian administrator {{p:Joseph Mwakyusa}} and a pharmacist, {{p:Amina Juma}}, saw the doctors hand over earnings to Dr {{p:Ri Chang\u00adsu}}, the group head.
{{r:Ri}} (the witness) is not related to him. She also met {{p:Chidi Okafor}}, a Nigerian volunteer.""",
    },
    {
        "id": "h4-en-16",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Son Yong-chol", "손영철", "witness", []),
            ("Mun Kwang-su", "문광수", "supervisor", []),
        ],
        "note": "Son as surname and as noun 'son'; Mun as variant of Moon.",
        "text": """My son was born the year I left. I am {{r:Son Yong-chol}}. In {{u:Dubai}} the boss {{r:Mun Kwang-su}} said "{{r:Son}}, your son will eat if you work". {{r:Mun}} kept the passports in the site office of {{u:Al Habtoor}}. The Indian worker {{p:Rajesh Kumar}} gave me bread. {{r:Mun}}'s deputy was {{p:Tak}}.""",
    },
    {
        "id": "h4-en-17",
        "language": "en",
        "eol": "lf",
        "persons": [("Jon Hyok", "전혁", "witness", []), ("Ko Un-ju", "고은주", "relative", [])],
        "note": "One-syllable given name; given name alone; Jon as surname.",
        "text": """Q. Your name?
A. {{r:Jon Hyok}}. Just {{r:Hyok}} at home.
Q. Who is {{r:Un-ju}}?
A. My mother, {{r:Ko Un-ju}}. She stayed in {{u:Sinuiju}}.
Q. Did the minder know about her?
A. Yes. {{p:Hyon}} the minder said if {{r:Hyok}} runs, {{r:Ko Un-ju}} goes to the mountains. Everybody understood.""",
    },
    {
        "id": "h4-en-18",
        "language": "en",
        "eol": "crlf",
        "persons": [("Kim Su-yon", "김수연", "witness", [])],
        "note": "Malta; Maltese and Filipino names; witness Kim.",
        "text": """{{r:Kim Su-yon}} was employed by a cleaning subcontractor in {{u:Valletta}}, {{u:Malta}}.
The Maltese owner, {{p:Joseph Camilleri}}, told us he paid {{u:Korea Rungrado}} directly. A Filipina maid, {{p:Maria Santos}}, and her husband {{p:Rodel Dela Cruz}} gave {{r:Kim}} a SIM card.
{{p:Camilleri}} denied it in a letter to {{u:Times of Malta}}.""",
    },
    {
        "id": "h4-en-19",
        "language": "en",
        "eol": "lf",
        "persons": [("Paek Chol-u", "백철우", "witness", ["Baek Cheol-woo"])],
        "note": "Paek/Baek; Czech and Polish names; shipyard.",
        "text": """Statement. I, {{r:Paek Chol-u}} ({{r:Baek Cheol-woo}}), welded at the {{u:Crist}} shipyard in {{u:Gdynia}} in 2014-2016. The Polish brigadier {{p:Tomasz Kowalski}} knew our wages went to {{u:Wonye}}. Before that I was in {{u:Nový Jičín}}; a Czech woman, {{p:Jana Nováková}}, sold us cheap shoes. {{r:Paek}} = me.""",
    },
    {
        "id": "h4-en-20",
        "language": "en",
        "eol": "lf",
        "persons": [("Yu Myong-sil", "유명실", "witness", [])],
        "note": "Vietnamese, Thai, Indonesian names; reversed name order.",
        "text": """Interview summary: {{r:Myong-sil Yu}} worked in a garment plant in {{u:Hai Phong}}? no - it was a Chinese plant with Vietnamese staff. Her line supervisor {{p:Nguyễn Thị Lan}} and the Thai buyer {{p:Somchai Wongsakul}} visited once. An Indonesian fisher, {{p:Budi Santoso}}, met her brother later. {{r:Yu}} says {{p:Lan}} was kind.""",
    },
    {
        "id": "h4-en-21",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Chae Song-min", "채성민", "witness", []),
            ("Kye Yong-nam", "계영남", "official", []),
        ],
        "note": "Kuwait; Arab and Turkish names; official in embassy.",
        "text": """At the {{u:Al-Mutlaa City}} project the Kuwaiti engineer {{p:Khalid Al-Rashidi}} and the Turkish foreman {{p:Mehmet Yılmaz}} saw {{r:Chae Song-min}} collapse.
The embassy counsellor, {{r:Kye Yong-nam}}, came from {{u:Kuwait City}} and told {{r:Chae}} he had shamed the {{u:Workers' Party of Korea}}. {{r:Kye}} took him to the airport himself.""",
    },
    {
        "id": "h4-en-22",
        "language": "en",
        "eol": "lf",
        "persons": [("Ryu Kyong-sik", "류경식", "witness", ["Yoo Kyung-sik"])],
        "note": "Ryu/Yoo; ships named; Chinese characters name.",
        "text": """Fishing, 2017. {{r:Ryu Kyong-sik}} (SK spelling {{r:Yoo Kyung-sik}}) was on the {{u:Chon Ma San}}, transferring catch to a Chinese vessel whose master was {{p:Zhang Wei}} ({{p:张伟}}). The North Korean captain {{p:Pyon Il-guk}} kept the crew list. {{r:Ryu}} hid under nets near {{u:Nampo}}.""",
    },
    {
        "id": "h4-en-23",
        "language": "en",
        "eol": "lf",
        "persons": [("Kim Il", "김일", "witness", ["Il"])],
        "note": "One-syllable given name 'Il' alone; public figure Kim Il-sung nearby.",
        "text": """The witness is {{r:Kim Il}} - not to be confused with {{u:Kim Il-sung}}, he jokes. Friends call him {{r:Il}}. In {{u:Ulan-Ude}} he logged timber for {{u:Sungri General Corporation}}. {{r:Il}} says the minder {{p:Ro}} counted every log. {{p:Ro Chang-sik}} (same man) kept a whip.""",
    },
    {
        "id": "h4-en-24",
        "language": "en",
        "eol": "crlf",
        "persons": [("O Hye-ran", "오혜란", "witness", [])],
        "note": "One-letter surname O; 'O' in other uses avoided.",
        "text": """Case file, witness {{r:O Hye-ran}}: restaurant in {{u:Vientiane}}? No - {{u:Phnom Penh}}.
Manager {{p:Kwon Yong-hui}}. {{r:O}} sang for guests from 6pm to 2am.
The Cambodian owner of the building, {{p:Sok Dara}}, never spoke to the girls. {{r:Hye-ran}} escaped with {{p:Sim Eun-jong}} in 2018 to the {{u:Embassy of the Republic of Korea}}.""",
    },
    {
        "id": "h4-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Rim Myong-su", "림명수", "witness", []),
            ("Kang Chol", "강철", "supervisor", []),
        ],
        "note": "First-person Korean; particles on full names and surname+honorific; 임금 (wage) and 강철 steel-like ordinary words.",
        "text": """저는 {{r:림명수}}입니다. 2015년에 {{u:쿠웨이트}}로 갔습니다. 감독은 {{r:강철}}이었는데, {{r:강}} 반장님이 여권을 다 걷어 갔습니다. 임금은 한 번도 제 손에 들어오지 않았습니다. 강철 같은 철근을 하루 열네 시간 날랐습니다. {{r:강철}}이가 소리 지르면 다들 조용했습니다.""",
    },
    {
        "id": "h4-ko-02",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Pak Un-jong", "박은정", "witness", []),
            ("Choe Kum-suk", "최금숙", "coworker", []),
        ],
        "note": "Interviewer summary; surname+씨 with and without space; ordinary words 최고, 박수.",
        "text": """면담 요약: 증언자 {{r:박은정}}(1982년생, {{u:량강도}})은 {{u:단둥}}의 수산물 가공공장에서 일했다.
동료 {{r:최금숙}}과 같은 방을 썼다. {{r:박}}씨는 최고 기온이 35도인 날에도 쉬지 못했다고 한다.
{{r:최}} 씨는 2016년 병으로 귀국했다. 관리원 {{p:조명철}}은 박수를 치며 "충성 자금"을 걷었다.""",
    },
    {
        "id": "h4-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [("Ri Yong-ho", "리영호", "witness", ["이영호"])],
        "note": "North/South Hangul of the same person (리/이); public figures 김정은, 김일성 next to witness.",
        "text": """문: 성함을 말씀해 주십시오.
답: {{r:리영호}}입니다. 남한에 와서는 {{r:이영호}}로 바꿨습니다.
문: 출국 전에 무엇을 했습니까?
답: {{u:김일성광장}}에서 궐기대회를 했습니다. {{u:김정은}} 동지의 말씀을 받들라고 했습니다. 그 뒤 {{u:러시아}} {{u:하바롭스크}}로 갔습니다. 같이 간 {{p:김성국}}이도 {{u:김일성}}, {{u:김정일}} 초상화를 방에 걸었습니다.""",
    },
    {
        "id": "h4-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Son Myong-hui", "손명희", "witness", []),
            ("Jo Kwang-nam", "조광남", "supervisor", []),
        ],
        "note": "조장 (team leader) ordinary word vs surname 조; 손 (hand) ordinary vs surname 손.",
        "text": """저 {{r:손명희}}는 식당에서 일했습니다. 조장은 {{r:조광남}}이었고 {{r:조}} 조장은 손님이 준 팁을 손으로 세어 가져갔습니다. {{r:조광남}}의 처 {{p:한옥순}}도 같이 감시했습니다. 손이 다 트도록 설거지를 했습니다. {{r:손명희}}라는 이름은 절대 쓰지 마십시오.""",
    },
    {
        "id": "h4-ko-05",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Yun Chol-ho", "윤철호", "witness", []),
            ("Hwang Song-mi", "황성미", "relative", []),
        ],
        "note": "Many particles: 은, 를, 에게, 한테, 의, 와, 도, 까지, 이라고.",
        "text": """{{r:윤철호}}는 {{u:시베리아}} 벌목장에서 7년을 보냈다.
아내 {{r:황성미}}에게 편지를 보내려 했지만 보위원 {{p:주영철}}이 막았다. {{p:주영철}}한테 맞은 사람이 {{r:윤철호}}뿐만이 아니었다.
{{r:황성미}}의 오빠 {{p:황성진}}도 같은 작업소에 있었고, {{p:황성진}}까지 도망쳤다고 한다. 동료들은 그를 "{{r:윤}} 영감"이라고 불렀다.""",
    },
    {
        "id": "h4-ko-06",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ma Kyong-il", "마경일", "witness", []),
            ("Bang Chun-sik", "방춘식", "coworker", []),
        ],
        "note": "Ordinary words 마음, 방, 방법 vs surnames 마, 방.",
        "text": """{{r:마경일}} 증언. 우리는 한 방에 열 명이 잤다. 옆자리는 {{r:방춘식}}이었다. 마음이 약한 {{r:방}} 씨는 밤마다 울었다. 도망갈 방법은 없었다. {{r:마}}씨(증언자 본인)는 {{u:카타르}} {{u:도하}} 외곽 현장에서 {{u:남강건설}} 소속이었다.""",
    },
    {
        "id": "h4-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Han Chol-su", "한철수", "witness", ["철수"]),
            ("Seo Myong-ok", "서명옥", "relative", []),
        ],
        "note": "Given name alone with particles; 한국 (country, public) and 서명 (signature, ordinary) near surnames 한, 서.",
        "text": """편지: 어머니, {{r:철수}}입니다. {{u:한국}}에 무사히 왔습니다. 여기서 서명을 여러 번 했습니다. {{r:한철수}}라는 이름 대신 새 이름을 씁니다. 누이 {{r:서명옥}}에게 안부 전해 주세요. {{r:철수}}가 돈을 보내면 {{r:명옥}}이 누나가 받을 겁니다. 이웃 {{p:현}} 아바이에게는 말하지 마세요.""",
    },
    {
        "id": "h4-ko-08",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Kim Hyon-u", "김현우", "witness", []),
            ("Choe Song-chol", "최성철", "supervisor", []),
        ],
        "note": "Witness Kim and supervisor Choe near 김책공업종합대학, 김책시, 김정숙.",
        "text": """{{r:김현우}}는 {{u:김책공업종합대학}}을 졸업하고 {{u:중국}} {{u:선양}}의 IT 파견조에 배치되었다.
책임자 {{r:최성철}}은 매일 밤 코드 실적을 점검했다. {{r:김현우}}의 고향은 {{u:김책시}}이다.
{{r:최}} 책임자는 {{u:김정숙}} 어머님의 은덕을 자주 말했다고 한다. 같은 조의 {{p:리광혁}}, {{p:정금철}}도 증언 의사가 있다.""",
    },
    {
        "id": "h4-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jong Sun-ae", "정순애", "witness", []),
            ("Yu Kwang-jin", "유광진", "coworker", []),
        ],
        "note": "정말 and 유리 (glass) ordinary words; surnames 정, 유 with honorifics.",
        "text": """정말 힘들었습니다. 저 {{r:정순애}}는 {{u:폴란드}} 온실에서 토마토를 땄습니다. 유리 온실 안은 40도였습니다. {{r:유광진}} 동무가 쓰러졌을 때 {{r:유}}동무를 업고 나온 것도 저였습니다. 폴란드 사람 {{p:아그니에슈카}}가 물을 주었습니다. {{r:정}} 동무, 말조심하라고 반장 {{p:길영수}}가 경고했습니다.""",
    },
    {
        "id": "h4-ko-10",
        "language": "ko",
        "eol": "lf",
        "persons": [("Ri Chun-ok", "리춘옥", "witness", [])],
        "note": "Russian name in Hangul and Cyrillic; Chinese name in Hangul and characters.",
        "text": """{{r:리춘옥}}은 {{u:블라디보스토크}}의 건설 현장 식당에서 일했다. 러시아인 감독 {{p:세르게이 페트로프}}({{p:Сергей Петров}})는 임금을 직접 주겠다고 했지만 지배인 {{p:문영남}}이 거절했다. 중국인 자재상 {{p:왕리밍}}({{p:王立明}})도 사정을 알았다. {{r:리춘옥}}씨는 2019년에 귀국 명령을 받았다.""",
    },
    {
        "id": "h4-ko-11",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ko Yong-chol", "고영철", "witness", []),
            ("Ju Hak-nam", "주학남", "supervisor", []),
        ],
        "note": "고생, 주인 ordinary words vs surnames 고, 주.",
        "text": """고생 많았습니다.
저는 {{r:고영철}}입니다. {{u:아랍에미리트}} {{u:두바이}}에서 미장 일을 했습니다.
집 주인은 아랍 사람 {{p:아흐메드 알마즈루이}}였고, 우리를 관리한 건 {{r:주학남}}입니다. {{r:주}} 지도원은 매달 "충성의 외화"를 거뒀습니다.
{{r:고}}는 (제가) 그때 서른둘이었습니다.""",
    },
    {
        "id": "h4-ko-12",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Sin Ok-hwa", "신옥화", "witness", []),
            ("No Chang-ho", "노창호", "supervisor", []),
        ],
        "note": "신발, 노동 ordinary words; surname 노 with 씨 and 선생.",
        "text": """{{r:신옥화}} 진술서
신발 공장({{u:훈춘}})에서 하루 15시간 노동. 작업반장 {{r:노창호}}. {{r:노}}씨는 화장실도 10분만 허락했다. 중국인 사장 {{p:류젠궈}}는 {{r:노창호}} 선생에게 돈을 넘겼다. {{r:신}} 동무라고 불렸다. 같이 일한 {{p:방순희}}, {{p:김은정}}, {{p:오미란}}.""",
    },
    {
        "id": "h4-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Chae Myong-jin", "채명진", "witness", []),
            ("Ri Kwang-ho", "리광호", "official", []),
        ],
        "note": "Q&A in Korean; official of 보위성; 이번, 이상 ordinary words.",
        "text": """질문: 이번 파견은 누가 결정했습니까?
답: {{u:국가보위성}} 지도원 {{r:리광호}}가 명단을 올렸습니다. 이상한 점은 {{r:리}} 지도원이 저 {{r:채명진}}을 두 번이나 빼려 했다는 겁니다.
질문: 왜요?
답: {{r:채명진}}이의 아버지 {{p:채봉수}}가 예전에 {{u:중국}}에 다녀왔기 때문입니다.""",
    },
    {
        "id": "h4-ko-14",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Gang Eun-hee", "강은희", "witness", []),
            ("Pyon Song-il", "변성일", "supervisor", []),
        ],
        "note": "Zero-width characters inside Hangul names; emoji.",
        "text": """[메신저] 활동가: {{r:강\u200b은희}} 님 오늘 면담 완료 🙏
활동가: 감독관 이름은 {{r:변\u200c성일}}이라고 함
검토자: {{r:변성일}}? 카톡 캡처에선 {{r:변 성일}}로 나옴
활동가: 같은 사람 맞음 ㅇㅇ. {{r:은희}}님이 {{p:연화}} 언니 얘기도 했어요 😭""",
    },
    {
        "id": "h4-ko-15",
        "language": "ko",
        "eol": "lf",
        "persons": [("Hong Il-chon", "홍일천", "witness", [])],
        "note": "홍수 (flood), 도로 (road) ordinary words; Mongolian names in Hangul.",
        "text": """홍수가 난 해였다. {{r:홍일천}}은 {{u:몽골}} {{u:울란바토르}} 근처 도로 공사에 있었다. 몽골인 통역 {{p:바트에르덴}}과 현장소장 {{p:간바타르}}가 북한 노동자들의 임금 장부를 보았다. {{r:홍}} 씨는 감독 {{p:도명호}}의 눈을 피해 {{p:바트에르덴}}에게 사정을 말했다.""",
    },
    {
        "id": "h4-ko-16",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Song-hui", "김성희", "witness", ["성희"]),
            ("Kim Song-ho", "김성호", "relative", []),
        ],
        "note": "Two Kims in a family next to 김정은; given names alone with particles 아, 야.",
        "text": """{{r:김성희}}의 남동생 {{r:김성호}}도 {{u:러시아}}에 파견되었다. 어머니는 편지에 "{{r:성희}}야, {{r:성호}}를 잘 돌봐라"라고 썼다. 편지 봉투에는 {{u:김정은}} 원수님 만세라는 구호가 찍혀 있었다. {{r:성희}}는 편지를 {{u:모스크바}}에서 받았다.""",
    },
    {
        "id": "h4-ko-17",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ryu Chol-nam", "류철남", "witness", ["유철남"]),
            ("Jang Mi-ran", "장미란", "coworker", []),
        ],
        "note": "류/유 variants; 장미 (rose) ordinary word next to surname 장.",
        "text": """진술인 {{r:류철남}}(남한 주민등록상 {{r:유철남}}).
{{u:체코}} 공장에서 장미 무늬 천을 짰다. 동료 {{r:장미란}}은 손가락을 다쳤다.
{{r:장}} 동무의 치료비도 임금에서 뺐다. 관리인 {{p:라명수}}는 체코 사장 {{p:파벨 드보르자크}}에게 "{{r:류}}는 말을 안 듣는다"고 했다.""",
    },
    {
        "id": "h4-ko-18",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("An Myong-chol", "안명철", "witness", []),
            ("Ri Hyang", "리향", "relative", []),
        ],
        "note": "안전, 안 ordinary words vs surname 안; one-syllable given name 향.",
        "text": """안전모도 없이 일했다. {{r:안명철}}은 {{u:카타르}}에서 떨어져 다리를 다쳤지만 병원에 안 보내 줬다. {{r:안}} 씨의 아내 {{r:리향}}은 {{u:평양}}에 있다. {{r:향}}이에게 연락하면 보위부가 안다고 {{r:안명철}} 씨는 걱정했다. 같이 다친 {{p:석영광}}은 결국 송환되었다.""",
    },
    {
        "id": "h4-ko-19",
        "language": "ko",
        "eol": "lf",
        "persons": [("Tak Song-ae", "탁성애", "witness", [])],
        "note": "Vietnamese and Thai names in Hangul; 전기 (electricity), 송금 ordinary words.",
        "text": """{{r:탁성애}}는 {{u:베트남}} {{u:하노이}}의 북한 식당에서 일했다. 전기가 자주 나갔다. 베트남인 주방 보조 {{p:응우옌 반 남}}과 태국 손님 {{p:솜차이}}가 팁을 몰래 쥐여 주었다. 송금은 지배인 {{p:기은순}}이 모두 했다. {{r:탁}} 동무는 2017년 귀국했다.""",
    },
    {
        "id": "h4-ko-20",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Choe Kwang-il", "최광일", "witness", []),
            ("Won Hye-suk", "원혜숙", "relative", []),
        ],
        "note": "Surname alone before honorific with and without space; 원 (won currency) ordinary.",
        "text": """{{r:최광일}} 씨 면담 메모
- 월급 약속: 600달러, 실제: 0원
- {{r:최}}씨 처 {{r:원혜숙}}은 {{u:함경북도}} {{u:청진}} 거주
- {{r:원}} 여사에게 매달 쌀 10kg이 배급된다고 속였음
- 현장: {{u:쿠웨이트}} {{u:알무틀라}}, 회사 {{u:조선평양건설총회사}}
- 감독 {{p:손}} 반장, 통역 {{p:석}}씨""",
    },
    {
        "id": "h4-ko-21",
        "language": "ko",
        "eol": "lf",
        "persons": [("Rim Sun-hui", "림순희", "witness", ["임순희"])],
        "note": "림/임 variants; 임무, 임금 ordinary words.",
        "text": """{{r:림순희}}(일명 {{r:임순희}})는 임무를 받고 {{u:말레이시아}}가 아닌 {{u:중국}} {{u:연길}}로 갔다. 임금은 전액 상납되었다. {{r:임}} 씨는 같은 공장의 {{p:함경옥}}, {{p:최명화}}와 함께 탈출을 계획했다. 중국인 브로커 {{p:리우창}}이 도왔다.""",
    },
    {
        "id": "h4-ko-22",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Pak Yong-nam", "박영남", "witness", []),
            ("So Chang-ok", "소창옥", "supervisor", []),
        ],
        "note": "소 surname vs 소 (cow) and 소장 (director); 박 with honorifics.",
        "text": """{{r:박영남}}의 진술: 현장 소장은 {{r:소창옥}}이었다. 소처럼 일하라고 {{r:소}} 소장이 말했다. {{r:박}} 동지는 그 말을 잊지 못한다. {{u:이라크}} 출신 기사 {{p:하산 알자부리}}가 {{r:소창옥}}에게 항의했지만 소용없었다.""",
    },
    {
        "id": "h4-ko-23",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Kye Sun-nyo", "계순녀", "witness", []),
            ("Ri Myong-guk", "리명국", "coworker", []),
        ],
        "note": "List of co-workers in Korean; mixed private names; 명단.",
        "text": """동료 명단 (증언자 {{r:계순녀}} 작성)
1) {{r:리명국}} - 목수, {{u:하바롭스크}}
2) {{p:전영철}} - 용접공
3) {{p:심}} 아무개 - 운전수
4) {{p:하경수}} - 취사원
※ {{r:리명국}}은 2018년 탈출, 현재 {{u:대한민국}} 거주.""",
    },
    {
        "id": "h4-ko-24",
        "language": "ko",
        "eol": "lf",
        "persons": [("Ok Chol-jin", "옥철진", "witness", [])],
        "note": "Soft hyphen and word joiner inside Hangul names; 옥 surname vs 감옥.",
        "text": """{{r:옥\u00ad철진}}은 감옥 같은 숙소에서 살았다고 했다. 보위원 {{p:공\u2060명식}}이 문을 밖에서 잠갔다. {{r:옥}} 씨는 {{u:몰타}}에서 돌아온 뒤 {{u:대한민국}}으로 왔다. 동료 {{p:현철}}이도 같은 숙소였다.""",
    },
    {
        "id": "h4-mixed-01",
        "language": "mixed",
        "eol": "crlf",
        "persons": [("Rim Chol-ung", "림철웅", "witness", ["Lim Cheol-woong"])],
        "note": "Bilingual transcript; Hangul and romanized forms of one person.",
        "text": """Interpreter: 이름이 뭐예요?
Witness: {{r:림철웅}}입니다.
Interpreter (EN): He says his name is {{r:Rim Chol-ung}}; in {{u:Seoul}} it is spelled {{r:Lim Cheol-woong}}.
Witness: {{u:쿠웨이트}}에서 {{p:김광진}} 반장 밑에 있었어요.
Interpreter (EN): In {{u:Kuwait}} he was under team leader {{p:Kim Kwang-jin}}.""",
    },
    {
        "id": "h4-mixed-02",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Yu Song-hui", "유성희", "witness", ["Yoo Sung-hee"]),
            ("Kang Tae-sik", "강태식", "supervisor", ["Big Kang"]),
        ],
        "note": "English case note with Hangul names in parentheses.",
        "text": """Case 2020-07. Witness: {{r:Yoo Sung-hee}} ({{r:유성희}}). Supervisor: {{r:Kang Tae-sik}} ({{r:강태식}}), known in the camp as "{{r:Big Kang}}". {{r:Kang}} worked for {{u:Rungrado General Trading Corporation}} ({{u:릉라도무역총회사}}). {{r:Yu}} left the site in {{u:Sharjah}} in 2019.""",
    },
    {
        "id": "h4-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [("Choe Myong-nam", "최명남", "witness", ["Choi Myung-nam", "Myong-nam"])],
        "note": "Korean message with romanized names and English.",
        "text": """From: {{r:Choi Myung-nam}}
To: {{p:Lee Ji-won}} (NGO)
{{p:지원}} 선생님, 저 {{r:명남}}이에요. The lawyer Ms {{p:Park}} asked for my old passport. 여권은 {{p:리성철}} 지도원이 가져갔어요. {{r:Myong-nam}} (= {{r:최명남}}) can come on Friday.""",
    },
    {
        "id": "h4-mixed-04",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kim Yong-chol", "김영철", "witness", []),
            ("Pak Hye-gyong", "박혜경", "relative", []),
        ],
        "note": "Witness shares his name with a North Korean general; here he is a private person and must be marked.",
        "text": """UN submission draft, victim 3: {{r:Kim Yong-chol}} ({{r:김영철}}), born 1975, {{u:North Pyongan}}.
(Not the general.) Posted by {{u:Korea Sobaeksu Trading Company}} to {{u:Moscow}}. Wife {{r:Pak Hye-gyong}} ({{r:박혜경}}) remains in {{u:Kusong}}.
Submitted by {{u:Citizens' Alliance for North Korean Human Rights}}.""",
    },
    {
        "id": "h4-mixed-05",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Un-sil", "리은실", "witness", []),
            ("Jong Chol-min", "정철민", "coworker", []),
        ],
        "note": "Messenger thread mixing Hangul and English with ZWJ/emoji.",
        "text": """활동가A: {{r:Ri Un-sil}} 님 통화함 ✅
활동가B: {{r:정철민}} 씨 연락처는?
활동가A: {{r:Un-sil}} says {{r:Jong Chol-min}} is in {{u:Busan}} now 👨‍👩‍👧
활동가B: ok {{r:Jong}}한테는 내가 연락할게
활동가A: 🙆‍♀️ {{r:은실}}님은 다음주 화요일""",
    },
    {
        "id": "h4-mixed-06",
        "language": "mixed",
        "eol": "crlf",
        "persons": [("Han Kum-ok", "한금옥", "witness", [])],
        "note": "Chinese characters and pinyin; Korean names written in hanja.",
        "text": """Translator's note: the factory register ({{u:丹东}}) lists the witness as {{r:韓金玉}}? No - the register writes {{r:韩金玉}} (simplified), i.e.
{{r:Han Kum-ok}} / {{r:한금옥}}. The Chinese manager is {{p:Li Jianguo}} ({{p:李建国}}).
{{r:Han}} says {{p:Li}} never spoke Korean.""",
    },
    {
        "id": "h4-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Sim Kwang-chol", "심광철", "witness", []),
            ("Ro Yong-ae", "로영애", "relative", ["Noh Young-ae"]),
        ],
        "note": "로/노 variants, English summary with Korean quote.",
        "text": """Summary: {{r:Sim Kwang-chol}} describes the {{u:Irkutsk}} logging site. Quote: "{{r:로영애}}(제 처)한테 돈이 간다고 했는데 거짓말이었어요." His wife {{r:Ro Yong-ae}} later defected; her ROK name is {{r:Noh Young-ae}}. The minder {{p:Kwak Chol}} and the Russian buyer {{p:Dmitry Sokolov}} split the money.""",
    },
    {
        "id": "h4-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [("Kim Ok-sun", "김옥순", "witness", [])],
        "note": "Fullwidth Latin in Korean text; honorifics.",
        "text": """증언자 {{r:ＫＩＭ ＯＫ－ＳＵＮ}}({{r:김옥순}}) 씨는 {{u:Ｍａｌｔａ}}가 아니라 {{u:Ｐｏｌａｎｄ}}에 있었다고 정정했다. {{r:김}} 여사님의 감독관은 {{p:Ｒｉ}} 과장이었다.""",
    },
    {
        "id": "h4-mixed-09",
        "language": "mixed",
        "eol": "crlf",
        "persons": [("Ryom Song-il", "렴성일", "witness", ["Yeom Seong-il"])],
        "note": "렴/염 surname, Arabic and Russian mixed.",
        "text": """Witness {{r:Ryom Song-il}} / {{r:렴성일}} / {{r:Yeom Seong-il}}.
Site: {{u:Doha}}, contractor {{u:Qatari Diar}}. Foreman {{p:عبد الله الكعبي}} ({{p:Abdullah Al-Kaabi}}).
Minder: {{p:김철웅}}. {{r:렴성일}}은 하루 17시간 일했다고 진술.""",
    },
    {
        "id": "h4-mixed-10",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pang Hak-su", "방학수", "witness", ["Bang Hak-soo"]),
            ("Ri Mi-gyong", "리미경", "coworker", []),
        ],
        "note": "방학 (school vacation) as ordinary word next to surname 방; English mix.",
        "text": """방학 때 면담함. Witness {{r:Pang Hak-su}} (SK: {{r:Bang Hak-soo}}) worked with {{r:리미경}} at a seafood plant in {{u:Donggang}}. {{r:방학수}} 씨가 말하길 {{r:Ri Mi-gyong}} was beaten by {{p:Yun}} the team head. {{r:Pang}}'s cousin {{p:Pang Chol}} is still in {{u:Sinpo}}.""",
    },
    {
        "id": "h4-mixed-11",
        "language": "mixed",
        "eol": "crlf",
        "persons": [("Jon Kyong-hui", "전경희", "witness", [])],
        "note": "African posting, French/English names, Korean narrative.",
        "text": """{{r:전경희}}는 {{u:Angola}} {{u:Luanda}}의 병원에서 간호사로 일했다.
Angolan doctor Dr. {{p:António Mbala}} said: "{{r:Jon}} worked nights without pay." 대표 {{p:리철수}} 선생이 수입을 {{u:Mansudae Overseas Project Group}}에 보냈다.
{{r:Kyong-hui}} confirmed this.""",
    },
    {
        "id": "h4-mixed-12",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Choe Hyok-chol", "최혁철", "witness", []),
            ("Kim Yu-na", "김유나", "relative", []),
        ],
        "note": "Witness Choe next to public figure Choe Ryong-hae; joined given name.",
        "text": """Translator's note: when {{r:Choehyokchol}} (he writes it joined) mentions "{{u:최룡해}}" he means the official {{u:Choe Ryong-hae}}, not a relative. His daughter is {{r:Kim Yu-na}} ({{r:김유나}}, mother's surname), not the figure skater. {{r:최혁철}} 씨는 {{u:Mongolia}}의 광산에 있었다.""",
    },
    {
        "id": "h4-en-25",
        "language": "en",
        "eol": "mixed",
        "persons": [("Ri Su-gyong", "리수경", "witness", [])],
        "note": "Report to the UN rapporteur listing many unregistered co-workers and perpetrator entities.",
        "text": """Annex B - persons named by Witness D ({{r:Ri Su-gyong}})
Co-workers at the {{u:Zhejiang}} wig factory: {{p:Kim Hyang-mi}}, {{p:Pak Sol-ju}}, {{p:Ri Ok-ryon}}, {{p:Ho Chun-hwa}} and a girl called {{p:Pom}}.
Chinese staff: {{p:Chen Xiaoling}} (HR), {{p:Zhou Bin}} (guard).
Dispatching body: {{u:Korea Unha General Trading Corporation}}; receiving company: {{u:Hangzhou Meida Hair Products}}.
Minder: {{p:Rim Yong-chol}}, replaced in 2018 by {{p:Kang Jin}}.
The witness asks that none of these names reach the {{u:DPRK Permanent Mission in Geneva}}.""",
    },
    {
        "id": "h4-en-26",
        "language": "en",
        "eol": "crlf",
        "persons": [("Hyon Kwang-song", "현광성", "witness", [])],
        "note": "Witness with little schooling, typos, inconsistent spellings of other people's names.",
        "text": """my name {{r:hyon kwang song}}. i work {{u:russia}}, city {{u:krasnoyarsk}}, build house for {{u:Sibstroy}} company.
boss is {{p:chang il bom}}, sometime we say {{p:jang ilbom}}. he take money.
my frend {{p:choe yong gil}} sick, nobody take him hospital. {{p:Yong Gil}} die? i dont know.
russian man {{p:Andrei}} give us cigaret. {{p:Nikolai Petrovich}} is boss of russian side.
the party secretary {{p:Sok}}, he also watch us.""",
    },
    {
        "id": "h4-en-27",
        "language": "en",
        "eol": "lf",
        "persons": [("Pae Mi-hyang", "배미향", "witness", [])],
        "note": "Surnames that are English words used both ways (Ha, Do, Yu, Han, Ma); Seo and Baek as bare surnames.",
        "text": """Interviewer's summary. {{r:Pae Mi-hyang}} remembers the restaurant staff in {{u:Beijing}}: manager {{p:Ha}}, accountant {{p:Yu}}, cooks {{p:Han}} and {{p:Ma}}, and the singer {{p:Do Un-byol}}. "Ha!" she says, "{{p:Ha}} could not even count." What did you do on days off? "Do? We had none." {{p:Seo}} from the embassy and {{p:Baek}} from {{u:Ryugyong Restaurant}} HQ came monthly. The building belonged to {{u:Beijing Haitian Group}}.""",
    },
    {
        "id": "h4-ko-25",
        "language": "ko",
        "eol": "crlf",
        "persons": [("Mun Chol", "문철", "witness", [])],
        "note": "Particles 께서, 께, 처럼, 부터, 이나, 마저 on unregistered names; 문 (door) ordinary word.",
        "text": """{{r:문철}} 진술 (2차)
{{p:리영식}} 지배인께서 문을 잠그라고 하셨습니다.
{{p:허명철}} 선생께 편지를 드렸지만 답이 없었습니다.
{{p:차은별}}처럼 어린 애들까지 끌려 왔습니다.
{{p:변학철}}부터 {{p:장국진}}이나 {{p:함경수}}마저 다 귀국했습니다.
그 뒤 {{u:원산}} 출신 {{p:태성}}이가 왔습니다.""",
    },
    {
        "id": "h4-ko-26",
        "language": "ko",
        "eol": "lf",
        "persons": [("Song Chun-hui", "송춘희", "witness", [])],
        "note": "Timeline in Korean; organisations named after places and people; many unregistered names.",
        "text": """{{r:송춘희}} 연표
2011.04 {{u:평양}} {{u:김일성종합대학}} 앞에서 집결, 인솔자 {{p:주경철}}
2011.06 {{u:러시아}} {{u:나홋카}} 도착, 숙소 책임자 {{p:한영식}}
2013.02 동료 {{p:오금순}}, {{p:지명희}} 와 함께 작업
2014.09 {{p:오금순}} 사망, 보위원 {{p:명길남}} 이 보고 은폐
2016.01 {{u:블라디보스토크}} 경유 탈출, 한국인 선교사 {{p:최요한}} 도움""",
    },
    {
        "id": "h4-ko-27",
        "language": "ko",
        "eol": "mixed",
        "persons": [("Ri Chol", "리철", "witness", ["철"])],
        "note": "One-syllable given name alone; 철 (season) ordinary word; nickname-like 아바이, 동무.",
        "text": """여름 철이 되면 일이 더 많았다.
{{r:리철}}은 {{u:쿠웨이트}}에서 {{p:남}} 반장과 {{p:구명진}} 조장 밑에 있었다.
고향 친구 {{p:순철}}이와 {{p:영남}}이가 같은 현장이었다.
{{r:철}}아, 어머니가 부르던 소리가 들렸다고 한다.
{{p:탁}} 아바이는 {{r:철}}이를 아들처럼 대했다.""",
    },
    {
        "id": "h4-mixed-13",
        "language": "mixed",
        "eol": "crlf",
        "persons": [("Kim Kyong-ok", "김경옥", "witness", [])],
        "note": "Korean case note with English, many public organisations and unregistered perpetrators.",
        "text": """Case KR-22-114 / 증언자 {{r:김경옥}}
Sector: fishing. 선박: {{u:Tae Yang 3}}, 선적항 {{u:Wonsan}}.
Perpetrators: 선장 {{p:오광철}} (Captain {{p:O Kwang-chol}}), 정치지도원 {{p:Ryang Song-ho}}.
Receiving side: Chinese agent {{p:Sun Haiyang}} ({{p:孙海洋}}? unconfirmed), company {{u:Dalian Ocean Fishing}}.
Consent: UN only. Reviewer: {{p:정하나}}.""",
    },
    {
        "id": "h4-mixed-14",
        "language": "mixed",
        "eol": "lf",
        "persons": [("Chu Song-ok", "주성옥", "witness", [])],
        "note": "Translator's note with romanized and Hangul names of unregistered people; public places.",
        "text": """Translator's note (KO->EN): {{r:주성옥}} names three women from the {{u:Hwasong}} region: "{{p:김순덕}}, {{p:박옥희}}, 그리고 {{p:윤진주}}". I render them {{p:Kim Sun-dok}}, {{p:Pak Ok-hui}} and {{p:Yun Jin-ju}}. The Russian landlady is {{p:Людмила}} ({{p:Lyudmila}}). The workshop was in {{u:Nakhodka}}, owned by {{u:Primorye Construction}}.""",
    },
]
