# ruff: noqa: E501
"""Held-out evaluation passages, set 5. Markers: {{r:..}} registered private person,
{{p:..}} unregistered private person, {{u:..}} public name. Built by build_heldout.py heldout5."""

PASSAGES: list[dict] = [
    {
        "id": "h5-en-01",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Song Min-ho", "송민호", "witness", []),
            ("Moon Chang-su", "문창수", "supervisor", ["Big Moon"]),
        ],
        "note": "Interviewer summary, Qatar; Song and Moon as surnames and as the words song/moon; registered nickname.",
        "text": """Interview summary, follow-up session, 14 March 2024. Interviewer: {{p:Yoon Ji-hye}}.
{{r:Song Min-ho}} (41) was sent to {{u:Qatar}} in 2016 with a brigade of 60 men from {{u:Chollima Overseas Construction}}. The brigade laid kerbs and drains on a stadium access road near {{u:Lusail}}. The site chief was {{r:Moon Chang-su}}, whom everybody called "{{r:Big Moon}}" because of his round face.
{{r:Song}} says the men worked from 5 a.m. until the moon was up, often 16 hours. On Sundays {{r:Moon}} held a "life review" session where each man had to criticise another. {{r:Song}} was criticised for humming a South Korean song he had heard on a Nepali worker's phone. After that {{r:Moon}} took his phone and his passport "for safekeeping"; the passports of all 60 men were kept in {{r:Moon}}'s safe at the camp office in {{u:Al Wakrah}}.
{{r:Min-ho}}'s wife in {{u:Hamhung}} was visited twice by a security officer, {{p:Jon}}, who told her that her husband "sings the enemy's songs". {{r:Song}} learned this from a worker who arrived later, {{p:Kang Hyok}}. Wages: 1,000 riyal a month were promised; the men received about 100, the rest went as "loyalty funds" to {{u:Pyongyang}}.""",
    },
    {
        "id": "h5-en-02",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Pak Chol-min", "박철민", "witness", ["C.M.P."]),
            ("Choe Gwang-il", "최광일", "supervisor", []),
        ],
        "note": "Hurried notes, Amur logging; initials with and without dots, reversed order, Cyrillic foreman unregistered.",
        "text": """notes 2/11 - call w/ {{r:C.M.P.}} (= {{r:Chol-min Pak}}, his old ID card says {{r:Pak Chol Min}})
- arrived {{u:Tynda}} winter 2011, sector 3, {{u:Amur Oblast}}. logging brigade of 12
- brigade chief {{r:Choe Gwang-il}} ("{{r:Choe}} took everything")
- RU side: foreman {{p:Виктор Семёнов}} / {{p:Viktor Semyonov}}. {{p:Semyonov}} paid the brigade in cash, {{r:Choe}} counted it in the truck
- {{r:C.M.P.}} lost 2 toes to frostbite Feb 2012, no doctor. {{r:Choe}} said "no hospital, no plan money"
- other men: {{p:Ri Yong-nam}} (ran away 2013?), {{p:Kim Tae-song}}, a boy from {{u:Kimchaek}} called {{p:Sun-il}}
- {{r:Pak}} wants his name out of any report. family still in {{u:Chongjin}}, mother 71
- ask {{r:CMP}} about the sawmill at {{u:Tygda}} and whether {{r:Gwang-il}} is still there
- next call Thu 10:00""",
    },
    {
        "id": "h5-en-03",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Han Su-jin", "한수진", "witness", []),
            ("O Kum-sil", "오금실", "supervisor", []),
        ],
        "note": "Transcript with surnames as speaker labels; one-letter surname O and the interjection Oh; Han Chinese; Hanja name.",
        "text": """Transcript, session 2 (audio 00:14:10 - 00:21:40)
{{p:LEE}}: You said the women's team had a leader. Who was it?
{{r:HAN}}: {{r:O Kum-sil}}. Team leader {{r:O}}. She was from {{u:Sinuiju}}, ten years older than us.
{{p:LEE}}: Was she a minder or a worker?
{{r:HAN}}: Both. She worked on the crab line like us, but she reported to the party secretary, Mr {{p:Ri}}. The Chinese owner, Boss {{p:Wang}}, did not speak Korean, so {{r:O}} translated. Most of the Chinese workers were {{u:Han}} Chinese from {{u:Shandong}}, a few were ethnic Koreans.
{{p:LEE}}: How many hours a day?
{{r:HAN}}: Six in the morning to eleven at night. Sometimes to one. When there was a big order from {{u:Japan}}, we did not sleep.
{{p:LEE}}: Did you get paid?
{{r:HAN}}: We saw the envelopes. {{r:O}} opened them and took out the "revolution money". Oh, and once {{r:Kum-sil}} cried because her own envelope was nearly empty too.
{{p:LEE}}: For the record, your full name?
{{r:HAN}}: {{r:Han Su-jin}}. In China the work card said {{r:韩秀珍}}.
{{p:LEE}}: Thank you, {{r:Su-jin}}. We stop here.""",
    },
    {
        "id": "h5-en-04",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jung Dae-ho", "정대호", "witness", ["Jong Tae-ho"]),
            ("Ri Hyon-chol", "리현철", "supervisor", ["Lee Hyun-chul"]),
        ],
        "note": "Signed statement, Polish shipyard; Jung/Jong/Chung and Ri/Lee/Rhee for the same people; Polish co-workers.",
        "text": """Written statement (translated from Korean, signed on each page)
My name is {{r:Jung Dae-ho}}. In {{u:North Korea}} it was written {{r:Jong Tae-ho}}. From 2014 to 2016 I welded hull sections in {{u:Gdynia}}, {{u:Poland}}, for a subcontractor of {{u:Baltic Hull Works}}. We were 28 welders. Our manager was {{r:Ri Hyon-chol}}; the Polish foremen wrote him as "{{r:Lee}}" or "{{r:Rhee}}", and they called me "{{r:Chung}}".
Every month the Polish company paid our wages into an account that {{r:Ri}} controlled. {{r:Ri}} gave each of us 100 or 150 dollars and said the rest was for "the plan". Our passports were in {{r:Ri Hyon-chol}}'s room. When a Polish welder, {{p:Tomasz}}, asked me why I never went into town, {{r:Ri}} told me not to speak to him again.
One foreman, Mr. {{p:Nowak}}, once gave me his old phone. {{r:Ri}} found it in two days. After that I was not allowed out of the dormitory for a month, and {{r:Hyon-chol}} said my brother in {{u:Wonsan}} would "learn the consequences".
I am making this statement so that the company knows what happened in its yard. I, {{r:Dae-ho}}, confirm it is true.""",
    },
    {
        "id": "h5-en-05",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Yu Song-mi", "유성미", "witness", []),
            ("Bang Chol-ho", "방철호", "supervisor", []),
        ],
        "note": "Messenger export between two staff; zero-width characters inside names, emoji; 'bang' and 'yu' as ordinary words.",
        "text": """[09:12] {{p:Hyun-woo}}: met {{r:Yu\u200bSong-mi}} today 🙏 she's ok
[09:12] {{p:Hyun-woo}}: she talked abt the {{u:Kuwait}} camp, 2015-17, cleaning + kitchen for the men
[09:13] {{p:Hyun-woo}}: boss = {{r:Bang\u200b Chol-ho}} 😡 everybody said "{{r:Bang}} sajang"
[09:14] {{p:Hyun-woo}}: {{r:Bang}} locked the kitchen door at night, bang, and that was it till 5am
[09:15] {{p:Ji-eun}}: ok. does {{r:Yu}} want her name in the report?
[09:16] {{p:Hyun-woo}}: NO. she said "if {{r:Bang}} reads this he knows its me"
[09:16] {{p:Hyun-woo}}: also pls dont write her sister {{p:Yu Song-ok}}, she's still in {{u:Hamhung}}
[09:17] {{p:Ji-eun}}: 👍 see yu at 3
[09:20] {{p:Hyun-woo}}: one more: {{r:Song\u200d-mi}} says the Kuwaiti sponsor {{p:Abu Khalid}} knew about the passports. he came to the camp every month with {{r:Bang}}
[09:21] {{p:Hyun-woo}}: photo of her hand later 📷""",
    },
    {
        "id": "h5-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Nam Kyong-il", "남경일", "witness", []),
            ("Ma Yong-dok", "마영덕", "supervisor", []),
        ],
        "note": "Summary, Mongolian construction; Nam next to Viet Nam, Ma next to 'my ma'.",
        "text": """Summary of interview with {{r:Nam Kyong-il}}, 52, former construction worker in {{u:Ulaanbaatar}} (2009-2012).
{{r:Nam}} was one of 40 North Korean men building apartment blocks for a Mongolian developer, {{u:Khaan Build}}. Their chief was {{r:Ma Yong-dok}}, a former army captain. Other foreign workers on the site came from {{u:Viet Nam}} and {{u:China}}; {{r:Nam}} remembers a Vietnamese mason, {{p:Tuan}}, who shared cigarettes with him.
{{r:Ma}} kept the passports and collected the monthly pay from the Mongolian site manager, {{p:Bat-Erdene}}. {{r:Nam}} says {{p:Bat-Erdene}} once asked the workers directly whether they got their money and {{r:Ma}} answered for them.
"My ma always said never trust a man who counts other men's money," {{r:Kyong-il}} told us, laughing. His mother died in {{u:Hyesan}} in 2011 while he was abroad; {{r:Ma}} told him only three months later. He was not allowed to go home for the funeral.
In winter the men worked at minus 30. {{r:Nam}}'s friend {{p:Choe Yong-ho}} fell from the fourth floor in January 2011 and broke his back. {{r:Ma Yong-dok}} had him flown home; {{r:Nam}} never heard of him again.""",
    },
    {
        "id": "h5-en-07",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Gang Myong-chol", "강명철", "witness", ["Kang Myong-chol"]),
            ("Do Yong-su", "도용수", "supervisor", []),
        ],
        "note": "Legal summary, distant-water squid boat; Gang/gang, Do/do; Chinese captain in Hanzi with title outside.",
        "text": """Case file 2021-117, summary for the legal team.
The witness, {{r:Gang Myong-chol}} (older documents: {{r:Kang Myong-chol}}), was one of a gang of 22 North Korean fishermen on the Chinese squid boat {{u:Hai Feng 818}}, out of {{u:Weihai}}, in 2018-19. The North Korean chief on board was {{r:Do Yong-su}}, whom the Chinese crew called Captain {{r:Do}} although the real captain was Chinese, Captain {{p:Zhang}} ({{p:张}}船长).
The boat stayed at sea for ten months; supplies and the catch were moved by transshipment. {{r:Gang}} says they worked shifts of 18-20 hours when the squid were running. What did they do when someone was sick? "{{r:Do}} would do nothing. He said, work or do not eat."
{{r:Myong-chol}} says {{r:Do}} kept a notebook of each man's "mistakes"; at the end of the season wages were cut for every mistake. Of eight months of promised pay, {{r:Gang}} received about 1,200 yuan in total. Two crew members, {{p:Ri Kwang-chol}} and a young man everyone called "{{p:Little Ri}}", were beaten by {{r:Do}} after they asked to go home.
The legal team should note: {{r:Gang}} is willing to testify, but only without his name.""",
    },
    {
        "id": "h5-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jo Un-hui", "조은희", "witness", []),
            ("Won Chol-su", "원철수", "coworker", []),
            ("Pyo Sung-il", "표성일", "coworker", []),
        ],
        "note": "Intake table and remarks, Hunchun garment factory; Won as surname, currency and verb; staff initials.",
        "text": """Intake table - {{u:Hunchun}} garment factory group (entered by {{p:S.Y.}}, checked by {{p:Mina}})

| # | Name | Age | From | Job | Notes |
|---|------|-----|------|-----|-------|
| 1 | {{r:Jo Un-hui}} | 34 | {{u:Chongjin}} | sewing line B | main witness; do not contact via WeChat |
| 2 | {{r:Won Chol-su}} | 45 | {{u:Hamhung}} | cutter | {{r:Won}} also worked in {{u:Russia}} 2008 |
| 3 | {{r:Pyo Sung-il}} | 29 | {{u:Pyongsong}} | presser | |
| 4 | {{p:Kim Ok-sun}} | 31 | {{u:Chongjin}} | sewing line B | not interviewed, still in {{u:China}} |
| 5 | {{p:Ri Chun-hwa}} | ? | ? | line leader | reported to Director {{p:Yang}} |

Remarks: the women were paid 2,300 yuan a month by the Chinese owner on paper; {{r:Jo}} says they received 200-300. North Korean money was also promised: 5,000 won a month to their families, which {{r:Jo}} thinks never arrived. In 2019 line B won the factory's "speed competition" and {{r:Won}} got a towel. {{r:Pyo}} says the prize was really meant for {{p:Ri Chun-hwa}}, who won nothing in the end either. {{r:Un-hui}} and {{r:Chol-su}} can be interviewed together; {{r:Sung-il}} prefers alone.""",
    },
    {
        "id": "h5-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Lee Sung-mi", "이성미", "witness", ["Ri Song-mi"]),
            ("Choi Yong-jin", "최용진", "supervisor", ["Choe Yong-jin"]),
        ],
        "note": "Phone-typed field note with fullwidth letters; Lee/Ri and Choi/Choe; Cyrillic name; initials as requested alias.",
        "text": """Field note typed on phone (autocorrect off), {{u:Vladivostok}} visit
ｗｉｔｎｅｓｓ： {{r:Ｌｅｅ Ｓｕｎｇ－ｍｉ}} (NK spelling {{r:Ri Song-mi}}), 38
worked 2017-2019 in a restaurant, then a sewing room run by a NK "company" in {{u:Vladivostok}}
manager {{r:ＣＨＯＩ}} = {{r:Choi Yong-jin}} aka {{r:Choe Yong-jin}}, about 50
- {{r:Ｃｈｏｉ}} took the passports on day 1
- girls sewed from 8 am to 2 am when there was an order from {{u:Moscow}}
- {{r:Sung-mi}} says one girl, {{p:Hyang-mi}}, swallowed pills after {{r:Choi}} told her that her father in {{u:Kanggye}} would lose his job. {{p:Hyang-mi}} survived, was sent home
- the Russian landlady {{p:Ｔａｔｉａｎａ}} / {{p:Татьяна}} sometimes brought food, {{r:Choi}} forbade it
- {{r:Lee}} wants to be called "{{r:SM}}" in our notes from now on""",
    },
    {
        "id": "h5-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Chol-ung", "김철웅", "witness", []),
            ("Choe Myong-hui", "최명희", "relative", []),
        ],
        "note": "Summary; private Kim and Choe next to Kim Jong-un, Choe Ryong-hae, Kim Chaek University, Kim Il-sung Square, Kimchaek city.",
        "text": """Interviewer summary. {{r:Kim Chol-ung}} studied at {{u:Kim Chaek University of Technology}} and was assigned in 2015 to a construction unit in {{u:Kuwait}}. He believes he was chosen because his wife, {{r:Choe Myong-hui}}, worked in the district party office in {{u:Kimchaek}} and her family had good songbun.
Before departure the men were taken to {{u:Kim Il-sung Square}} and swore an oath to {{u:Kim Jong-un}}. The unit's political officer, {{p:Kim Sang-ho}}, read out speeches every Monday; the men called him "{{p:Radio Kim}}" behind his back.
In 2016 a delegation came from {{u:Pyongyang}} and {{r:Chol-ung}} was told to say he earned 800 dollars a month. He earned nothing in cash. "The money went to the Marshal," he says. {{r:Myong-hui}} was called to the party office twice while he was away and asked whether {{r:Chol-ung}} had written letters.
When he escaped in 2018, {{r:Choe Myong-hui}} and their son were sent to a village near {{u:Musan}}. {{r:Kim}} does not know whether they are alive. He asked twice that {{r:Choe}}'s name be removed from anything we publish.
Note: the speech by {{u:Choe Ryong-hae}} that {{r:Kim}} mentions was a broadcast, not a visit.""",
    },
    {
        "id": "h5-en-11",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Sergei Volkov", "세르게이 볼코프", "supervisor", ["Сергей Волков"]),
            ("Ri Kum-chol", "리금철", "witness", ["Rhee Geum-cheol"]),
        ],
        "note": "Q&A; registered Russian contractor in Latin and Cyrillic; witness name in Cyrillic transliteration; Russian driver unregistered.",
        "text": """Q: Who paid you in {{u:Khabarovsk}}?
A: Nobody paid me. The Russian contractor, {{r:Sergei Volkov}}, gave the money to our chief, Comrade {{p:Hwang}}. I saw {{r:Volkov}} sign a paper, {{r:Сергей Волков}}, and I remember the letters because I was learning Russian from a driver, {{p:Kolya}}.
Q: Was {{p:Kolya}} his real name?
A: {{p:Nikolai}}. {{p:Николай}}. Everybody called him {{p:Kolya}}. He gave me bread.
Q: And {{r:Volkov}} knew you were not paid?
A: He knew. Once {{r:Sergei}} asked me, "{{r:Kum-chol}}, money?" and I said nothing, because {{p:Hwang}} was standing behind me.
Q: For the record, how is your name spelled?
A: In my Russian work permit it is {{r:Ри Гым Чхоль}}. In the South Korean passport, {{r:Rhee Geum-cheol}}. At home, {{r:Ri Kum-chol}}.
Q: What was the name of {{r:Volkov}}'s company?
A: {{u:Vostok Timber}}. The sign on the gate said {{u:Восток Лес}}.""",
    },
    {
        "id": "h5-en-12",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("So Chang-ho", "소창호", "witness", ["Old So"]),
            ("Yun Hak-su", "윤학수", "supervisor", ["Pockmark"]),
        ],
        "note": "Dictated statement, Dubai; surname So against sentence-initial 'So' and 'so much'; registered English nickname.",
        "text": """Statement of {{r:So Chang-ho}} (dictated, read back to him)
So. I will tell it from the start. I was sent to the {{u:United Arab Emirates}} in 2012, to a tower site in {{u:Dubai}}, with a unit of the {{u:Paektu Overseas Construction Bureau}}. Our chief was {{r:Yun Hak-su}}. Behind his back we called him "{{r:Pockmark}}", because of his face. {{r:Yun}} was not so bad in the first year, but so much money was demanded from {{u:Pyongyang}} that in the second year he took even our food money. I was so hungry I ate the bread the Indian workers threw away.
One night {{r:Pockmark}} found a Bible in the bag of {{p:Jo Sung-chol}}. {{p:Jo}} disappeared the next day. {{r:Yun}} told us {{p:Sung-chol}} had gone home sick. So that is what "sick" meant.
People in the camp called me "{{r:Old So}}" or just "{{r:So}}", even though I was only 36.
I, {{r:So Chang-ho}}, swear this is true.""",
    },
    {
        "id": "h5-en-13",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Oh Sun-hwa", "오순화", "witness", ["O Sun-hwa"]),
            ("Kang Tae-il", "강태일", "relative", []),
        ],
        "note": "Interview note with a logger's wife; Oh as surname and interjection; family threats.",
        "text": """Interview note, 3 May 2025, {{u:Incheon}} office. Present: the witness and interviewer {{p:Baek}}; no interpreter needed.
{{r:Oh Sun-hwa}} (NK spelling {{r:O Sun-hwa}}) left {{u:North Korea}} in 2019. Her husband, {{r:Kang Tae-il}}, was sent to a logging camp near {{u:Tynda}} in 2014 and is, as far as she knows, still in {{u:Russia}}.
"Oh, he wrote twice in five years," she says. Letters came through the company office in {{u:Pyongyang}} and had been opened. In 2017 a security officer named {{p:Ryang}} came to her house and said that if {{r:Tae-il}} ran away from the camp, {{r:Sun-hwa}} and the children would be sent to the mountains.
{{r:O}} says her husband's brigade leader was a man from their own town, {{p:Sin Kwang-ho}}, who once came to her house with a parcel: a coat and 50 dollars "from {{r:Tae-il}}". She believes {{p:Sin}} kept most of the money.
She wants to know whether {{r:Kang}} can be found in {{u:Russia}}. She asks that the report give neither her name nor his; she is afraid {{r:Kang}} would be punished for her escape. Oh, and her daughter's name, {{p:Kang Un-byol}}, must not appear either.""",
    },
    {
        "id": "h5-en-14",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Ok-hwa", "리옥화", "witness", ["Lee Ok-hwa"]),
            ("Liu Jianguo", "류젠궈", "supervisor", ["刘建国", "老刘"]),
        ],
        "note": "Summary, Dandong seafood plant; registered Chinese owner in Pinyin and Hanzi; unregistered Korean managers; Chinese nickname.",
        "text": """Summary - seafood processing, {{u:Dandong}}, 2016-2019.
{{r:Ri Ok-hwa}} worked in a squid and clam plant owned by a Chinese businessman, {{r:Liu Jianguo}} ({{r:刘建国}}). The workers called him {{r:老刘}} among themselves. The North Korean side was run by a woman manager, {{p:Pak Chun-ok}}, and a male security officer, {{p:Kye}}.
{{r:Ok-hwa}} says Boss {{r:Liu}} paid 1,800 yuan per worker per month to {{p:Pak}}, and the women received about 150 yuan "pocket money". The women lived four floors above the plant and were allowed out only in groups of five, led by {{p:Kye}}. When one worker, {{p:Hong Su-ryon}}, cut her hand badly, {{r:Liu}} wanted to take her to hospital; {{p:Pak}} refused and stitched it herself.
{{r:Ri}} left the plant in 2019 through a broker. In South Korea her name is {{r:Lee Ok-hwa}}. She says the Chinese foreman, {{p:小王}} ("{{p:Little Wang}}"), once told her that {{r:刘}} "also hates the North Korean managers but needs cheap hands".""",
    },
    {
        "id": "h5-en-15",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Hong Sung-chol", "홍성철", "witness", ["H.S.C."]),
            ("Ryu Kwang-nam", "류광남", "supervisor", []),
        ],
        "note": "Hurried notes, Qatar metro site; single-letter initials with dots for registered and unregistered people; ages and temperatures.",
        "text": """HSC notes (do not forward)
- {{r:H.}} = {{r:Hong Sung-chol}}, 44, {{u:Qatar}} 2013-2016, {{u:Lusail}} + {{u:Doha}} metro site
- boss {{r:R.}} (= {{r:Ryu Kwang-nam}}). {{r:R.}} had 2 deputies, {{p:K.}} and {{p:Mun}}
- 12-14h days in summer, 50°C; {{r:H.}} saw a Nepali man collapse, ambulance came late
- {{r:Ryu}} "sold" the Friday rest day to a Qatari contractor for extra cash, men worked 30 days/mo
- {{p:K.}} hit {{r:HSC}} with a pipe, Aug 2015, scar L arm
- {{r:Sung-chol}}'s wife + 2 kids in {{u:Sariwon}}. after he left, wife questioned by {{u:Ministry of State Security}} ~3x
- ask {{r:Hong}}: name of the Qatari sponsor? he said Mr {{p:Saleh}}
- ask {{r:Hong}} re {{p:Mun}}'s full name ({{p:Mun Chol}}? {{p:Mun Chol-ho}}?)""",
    },
    {
        "id": "h5-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Pak Yong-chol", "박영철", "witness", []),
            ("Mun Chang-gil", "문창길", "supervisor", ["곰보"]),
        ],
        "note": "문답 녹취, 아무르 벌목; '문:' 질문 표시와 성 문, 문(door); 별명 곰보; 한자 이름; 영철이 호칭.",
        "text": """문: 어디에서 일하셨습니까?
답: {{u:아무르주}} {{u:틴다}}에서 2010년부터 3년 동안 벌목했습니다.
문: 책임자는 누구였습니까?
답: {{r:문창길}}이라고, 우리는 뒤에서 {{r:곰보}}라고 불렀습니다. 얼굴이 얽어서요. {{r:문}} 반장은 아침 다섯 시에 숙소 문을 발로 차고 들어왔습니다.
문: 여권은요?
답: 도착하자마자 {{r:문창길}}이가 다 걷어 갔습니다. 러시아 쪽 감독 {{p:안드레이}}가 돈을 주면 {{r:곰보}}가 세어서 가방에 넣었습니다.
문: 한 달에 얼마를 받았습니까?
답: 계획분 바치고 나면 50달러도 안 됐습니다. "{{r:영철}}이 너는 왜 불평이 많냐" 하고 {{r:문}} 반장이 그랬지요.
문: 같이 일한 사람 중에 기억나는 사람은요?
답: {{p:리성남}}, {{p:최광혁}}. {{p:성남}}이는 톱에 다리를 다쳐서 먼저 돌아갔습니다.
문: 본인 성함을 확인하겠습니다.
답: {{r:박영철}}. 한자로는 {{r:朴永哲}}. 가족은 아직 {{u:청진}}에 있습니다. 이름은 꼭 빼 주십시오.""",
    },
    {
        "id": "h5-ko-02",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("An Myong-ho", "안명호", "witness", []),
            ("Ha Chol-guk", "하철국", "supervisor", []),
        ],
        "note": "면담 요약, 쿠웨이트; 성 안/하와 부정어 '안', '하루' 등.",
        "text": """면담 요약 (2023. 9. 12., {{u:서울}})
증언자 {{r:안명호}}(48세)는 2012년부터 2015년까지 {{u:쿠웨이트}} 건설 현장에서 일했다. 소속 회사는 '{{u:대동강건설}}'이라는 이름이었고, 현장 지배인은 {{r:하철국}}이었다. {{r:안}} 씨에 따르면 {{r:하}} 지배인은 임금을 한 번도 직접 주지 않았고, 월급날이면 "이번 달은 충성자금으로 다 바쳤다"고 말했다.
{{r:안명호}} 씨는 하루 14시간 이상 철근 작업을 했다. 쉬는 날은 한 달에 하루도 안 되었다고 한다. 여름에는 50도가 넘었고, 같은 조의 {{p:김혁}}이 쓰러졌을 때도 {{r:하}} 지배인은 "안 죽는다"며 작업을 계속시켰다.
여권은 입국 첫날 {{r:하철국}}이 모두 회수했다. {{r:명호}} 씨는 2015년 귀국 명령을 받았으나, 쿠웨이트인 감독 {{p:압둘라}}의 도움으로 한국 대사관에 연락했다고 한다.
북한에 남은 가족: 아내 {{p:정순희}}, 아들 하나. {{r:안}} 씨는 이들의 이름이 절대 공개되지 않기를 원한다. 안 그러면 다시는 면담에 응하지 않겠다고 했다.""",
    },
    {
        "id": "h5-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Choi Su-jin", "최수진", "witness", []),
            ("Song Kwang-ho", "송광호", "supervisor", []),
        ],
        "note": "메신저 대화 복사; 이름 안 제로폭 문자, 이모지, 씨 붙여쓰기, 초성; 송년회의 '송'.",
        "text": """[오후 2:03] {{p:지은}}: 오늘 {{r:최\u200b수진}} 씨 만났어요 😊
[오후 2:03] {{p:지은}}: {{u:훈춘}} 수산물 공장 얘기 많이 해줬어요
[오후 2:04] {{p:민재}}: 오 잘됐네요 👍 관리자 이름 나왔어요?
[오후 2:05] {{p:지은}}: 네 {{r:송광호}}라고 😡 {{r:송}} 지배인이 애들 월급을 다 가져갔대요
[오후 2:05] {{p:지은}}: 중국 사장은 {{p:리}} 사장?? 한자로 {{p:李}}라고만 알더라고요
[오후 2:06] {{p:민재}}: {{r:수진}}씨 가족은요
[오후 2:07] {{p:지은}}: 엄마랑 동생 {{u:신의주}}에 있음. 동생 이름 {{p:최수향}} 절대 쓰지 말래요 🙏
[오후 2:08] {{p:지은}}: 그리고 {{r:송\u200c광호}}가 밤에 애들 데려가서 노래 시켰대요... 송년회 때도
[오후 2:09] {{p:민재}}: 헐.. 그거 따로 적어둬요
[오후 2:10] {{p:지은}}: 넵 내일 {{r:최}}씨 다시 만나요 ㅎㅎ
[오후 2:10] {{p:지은}}: 아 그리고 파일명은 {{r:ㅊㅅㅈ}}로 저장했어요""",
    },
    {
        "id": "h5-ko-04",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Jong Chol-nam", "정철남", "witness", []),
            ("Rim Song-gun", "림성근", "supervisor", ["임성근"]),
        ],
        "note": "진술서, 카타르; 림/임 표기; '정', '정신력', '정도', '한 번' 등 일반어.",
        "text": """진술서
본인 {{r:정철남}}은 2014년 {{u:카타르}} {{u:도하}}의 주택 건설 현장에 파견되었습니다. 우리 작업반은 20명이었고, 반장은 {{r:림성근}}(남한식으로는 {{r:임성근}})이었습니다.
{{r:림}} 반장은 처음에는 사람이 좋아 보였습니다. 같이 지내면서 정도 들었습니다. 그러나 {{u:평양}}에서 계획이 올라오자 {{r:림성근}}은 사람이 달라졌습니다. 새벽 4시에 깨워 밤 10시까지 일을 시켰고, 금요일 휴일도 없앴습니다.
같은 반 {{p:한영수}} 동무가 더위에 쓰러졌을 때 {{r:림}} 반장은 "정신력이 약하다"며 물도 주지 않았습니다. {{p:영수}}는 그날 밤 숙소에서 죽었습니다. 보고서에는 심장병이라고 썼다고 들었습니다.
월급은 카타르 회사에서 한 달에 1,200리알이 나왔다고 하는데, 저는 한 번도 100리알 이상을 받은 적이 없습니다. 나머지는 {{r:성근}}이가 '당자금'이라며 가져갔습니다.
저는 2016년에 숙소를 탈출했습니다. 이 진술이 사실임을 확인합니다.
2024년 11월 5일 {{r:정철남}} (서명)""",
    },
    {
        "id": "h5-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Kwang-su", "김광수", "witness", []),
            ("Ri Myong-chol", "리명철", "official", ["이명철"]),
        ],
        "note": "면담 메모, 하바롭스크 벌목; 동무/동지 호칭; 김정은·김정일과 같은 성의 증언자; 같은 조.",
        "text": """면담 메모 – {{r:김광수}} (2차)
- 2009~2013 {{u:러시아}} {{u:하바롭스크}} 변강 벌목장.
- 당 비서: {{r:리명철}} 동지. 매주 토요일 생활총화, 2012년부터는 {{u:김정은}}의 말씀 학습. 그 전에는 {{u:김정일}} 말씀.
- 현장에서는 "{{r:광수}} 동무"라고 불렸음. {{r:리}} 동지 말버릇: "{{r:김}} 동무, 계획 못 하면 집에 못 간다."
- 같은 조: {{p:로철진}}, {{p:채명호}}, 러시아 운전수 {{p:사샤}}. {{p:사샤}}가 몰래 담배를 줌.
- 월 계획: 1인당 원목 정해진 양. 못 하면 식량을 줄임.
- 2012년 겨울 {{p:채명호}} 동무가 나무에 깔려 사망. {{r:리명철}}은 "사고 아님, 본인 부주의"로 보고.
- {{r:김광수}} 씨 동생 {{p:김광철}}은 {{u:함흥}}에서 보위부 조사를 받음 (2014).
- 확인 필요: {{r:리}} 동지 이름이 남한 자료에 {{r:이명철}}로 나오는지?""",
    },
    {
        "id": "h5-ko-06",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Yun Mi-ok", "윤미옥", "witness", []),
            ("Zhang Hong", "장홍", "supervisor", ["张红", "큰 장"]),
        ],
        "note": "녹취 정리, 단둥 의류공장; 중국인 사장(등록)과 같은 성 장의 북한 지배인(미등록); 화자 표시 이름; 언니/아주머니.",
        "text": """(녹취 정리, {{u:단둥}} 의류공장)
{{r:윤미옥}}: 공장 사장은 중국 여자였어요. {{r:张红}}, 우리는 {{r:장}} 사장이라고 불렀어요.
면담자: {{r:장홍}} 사장이 직접 돈을 줬나요?
{{r:윤미옥}}: 아니요, {{r:장}} 사장은 우리 쪽 지배인한테 줬어요. 지배인은 {{p:장금순}}이라는 여자였는데, 공교롭게도 성이 같아서 우리끼리는 사장을 '{{r:큰 장}}', 지배인을 '{{p:작은 장}}'이라고 했어요.
면담자: 하루에 몇 시간 일했어요?
{{r:윤미옥}}: 재봉을 16시간 했어요. 밤에 전기가 나가면 그때만 잤어요.
면담자: 같이 일한 분들 중에 기억나는 분은요?
{{r:윤미옥}}: {{p:은정}}이 언니, {{p:향미}}, 그리고 {{p:림옥순}} 아주머니. {{p:은정}} 언니는 손가락을 바늘에 찔려서 곪았는데 병원에 못 갔어요.
면담자: {{r:미옥}} 씨 본인은 언제 나오셨어요?
{{r:윤미옥}}: 2019년에요. {{u:단둥}}에서 {{u:선양}}으로, 거기서 {{u:라오스}}로 갔어요.""",
    },
    {
        "id": "h5-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Nam Sung-ho", "남성호", "witness", []),
            ("Nam Chun-ja", "남춘자", "relative", []),
            ("Won Kil-nam", "원길남", "supervisor", []),
        ],
        "note": "가족 피해 표; 성 남과 '남쪽/남의', 성 원과 화폐 '원'; 표 안 이름.",
        "text": """가족 피해 정리표 (증언자 {{r:남성호}})

| 관계 | 이름 | 나이 | 거주지 | 피해 내용 |
|---|---|---|---|---|
| 어머니 | {{r:남춘자}} | 68 | {{u:회령}} | 2016년 보위부 소환 3회 |
| 아내 | {{p:박은희}} | 41 | {{u:회령}} | 직장에서 해고 |
| 딸 | {{p:남유진}} | 15 | {{u:회령}} | 학교에서 '배신자 딸'로 불림 |
| 처남 | {{p:박은철}} | 38 | {{u:무산}} | 확인 안 됨 |

비고: {{r:남성호}} 씨는 2014~2016년 {{u:몽골}} {{u:울란바토르}}의 건설 현장에서 일했다. 관리자는 {{r:원길남}}. {{r:원}} 관리자는 한 달 임금 600달러 중 550달러를 '국가 과제'로 가져갔다. 북한 돈 몇만 원씩 집에 보내 준다고 했지만, {{r:춘자}} 씨는 한 번도 받지 못했다고 한다.
{{r:남}} 씨가 남쪽으로 온 뒤 가족은 남의 눈을 피해 살고 있다고 한다. {{r:길남}}이는 지금도 몽골에 있다는 소문이 있음.""",
    },
    {
        "id": "h5-ko-08",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Bang Un-ju", "방은주", "witness", []),
            ("Gang Tae-song", "강태성", "supervisor", []),
        ],
        "note": "휴대폰 급메모; 전각 숫자, 이름 안 제로폭 문자, 초성; 성 방/강과 '방', '강가'; 키릴 문자 이름.",
        "text": """메모(폰으로 급히)
{{r:방은주}} ２０１７～２０１９ {{u:블라디보스토크}} 식당+봉제
숙소 방 하나에 8명. {{r:방}}씨는 창가 쪽 자리
지배인 {{r:강\u200b태성}}. {{r:강}} 지배인이 여권 보관. 강가 산책도 금지
월급은 루블. 15,000루블 중 {{r:은주}} 손에 2,000
{{r:강태성}} 부인 {{p:최영란}}도 같이 와서 주방 책임
러시아 건물주 {{p:이리나}}({{p:Ирина}})
{{r:ㅂㅇㅈ}} 씨 요청: 식당 이름도 빼 달라 (나중에 확인)
한번은 {{r:강}}이 방에 들어와서 핸드폰 검사 → {{p:영란}}이 고자질했다고 함
근무: 오전 10시~새벽 1시, 식당 끝나면 봉제 (주문 있을 때)
2019년 봄 {{r:은주}}가 손님한테 팁 받았다가 {{r:강태성}}한테 뺏김
같은 방 {{p:김향}}이, {{p:리설경}} – 둘 다 아직 러시아에 있을 수도""",
    },
    {
        "id": "h5-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jo Hyang-mi", "조향미", "witness", []),
            ("Ryu Song-jin", "류성진", "coworker", ["유성진"]),
        ],
        "note": "편지; 언니/오빠/아저씨 호칭, 한 음절 성 배; '조'(작업조)와 성 조; 류/유.",
        "text": """{{r:향미}}가 쓴 편지 (상담 선생님께)
선생님, 저 {{r:향미}}예요. 지난번에 물어보신 것 다시 씁니다.
{{u:훈춘}} 공장에서 저는 2조였어요. 조장은 {{p:김옥란}} 언니였고, 우리 조에서 제일 어린 게 저였어요. 오빠처럼 챙겨준 사람은 보일러실의 {{r:성진}} 오빠예요. {{r:류성진}}. 남쪽에서는 {{r:유성진}}이라고 쓰겠지요. {{r:성진}} 오빠가 몰래 라면을 가져다 줬어요.
지배인은 {{p:배}} 아저씨라고만 알아요. {{p:배}} 지배인이 {{r:성진}} 오빠를 때린 건 제가 라면 때문에 들켜서예요. 그래서 지금도 미안해요.
{{r:류}} 오빠가 지금 어디 있는지 아시면 알려 주세요. 제 이름은 {{r:조향미}}인데 보고서에는 쓰지 말아 주세요. 엄마가 아직 {{u:온성}}에 계세요.
'조'는 이제 싫어요. 조장, 조별 총화, 다 싫어요.
{{r:향미}} 올림""",
    },
    {
        "id": "h5-ko-10",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Pak Sun-hui", "박순희", "witness", []),
            ("Choe Kum-chol", "최금철", "supervisor", []),
        ],
        "note": "사례 보고서 형식, 폴란드 조선소; 같은 성의 공인(박봉주, 최룡해, 리설주, 김정은); 폴란드인 동료.",
        "text": """[사례 2022-031] 폴란드 조선소 파견 노동자
1. 증언자: {{r:박순희}}(여, 1985년생). 2015~2017년 {{u:폴란드}} {{u:그단스크}} 인근 조선소 하청업체에서 용접 보조.
2. 관리자: {{r:최금철}}(남, 당시 50대). {{r:최}}는 매일 아침 {{u:로동신문}}을 읽히고 {{u:김정은}}의 노작을 외우게 함.
3. 증언 요지:
 가. 여권은 {{r:최금철}}이 보관.
 나. 폴란드 회사가 지급한 임금은 {{r:최}} 명의 계좌로 입금.
 다. {{r:순희}} 씨 등 여성 4명은 숙소 밖에 나갈 때 반드시 {{r:최}} 또는 부관 {{p:박철}}과 동행.
4. 참고: {{r:박}} 씨는 2016년 {{u:박봉주}} 총리 명의의 '감사문'이 현장에서 낭독되었다고 기억함. 같은 해 {{u:최룡해}}가 온다는 소문이 있었으나 사실이 아니었음.
5. 폴란드인 동료: {{p:마그다}}({{p:Magda}}), 현장 감독 {{p:Kowalski}} 씨.
6. 비고: 증언자는 {{u:리설주}} 관련 소문도 언급하였으나 본 사건과 무관하여 생략.""",
    },
    {
        "id": "h5-ko-11",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yu Chol-jin", "유철진", "witness", ["劉哲鎭"]),
            ("Sung Kwang-il", "성광일", "supervisor", []),
        ],
        "note": "면담자 메모; 한자 이름, 초성 기록; 성 '성'과 단어 '성'(姓), '성격', '성을 내다'.",
        "text": """면담자 메모
증언자 {{r:유철진}}({{r:劉哲鎭}}). 한자는 본인이 직접 적어 줌.
1. 작업장: {{u:쿠웨이트}} 주택단지, 2011~2013.
2. 책임자: 성은 {{r:성}}, 이름은 {{r:광일}}. 모두 '{{r:성}} 과장'이라고 불렀음. 성격이 급하고 성을 잘 냄.
3. 같이 간 사람: 본인({{r:ㅇㅊㅈ}}) 외에 {{p:ㄱㅁㅎ}}, {{p:ㅈㅅㄱ}} (본인 요청으로 초성만 기록).
4. {{r:성광일}}이 월급날 명단을 부르면 각자 서명만 하고 돈은 못 받음. {{r:철진}}이 서명을 거부하자 {{r:성}} 과장이 "너 집에 있는 어머니 생각해라"라고 함.
5. {{r:유}} 씨의 어머니 {{p:김복순}}은 2013년 {{u:평성}}에서 사망. 장례에 가지 못함.
6. {{r:성}} 과장 밑에서 통역을 하던 {{p:문영호}}는 아랍어를 조금 했음. {{r:철진}} 씨는 {{p:문}} 통역이 돈을 몰래 나눠 준 적이 있다고 기억함.""",
    },
    {
        "id": "h5-ko-12",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Ko Man-sik", "고만식", "witness", []),
            ("Jon Yong-nam", "전영남", "supervisor", []),
        ],
        "note": "면담자 정리, 원양 오징어잡이 배; 성 전과 '전'(저는), '전에'; 성 고와 '고향'; 중국인 선장.",
        "text": """{{r:고만식}} 씨 이야기 (면담자 정리)
{{r:고만식}} 씨는 {{u:청진}} 출신으로, 2017년 중국 어선 {{u:랴오위 365호}}에 배치되었다. 선원 가운데 북한 사람은 30명이었고, 이들을 감독한 사람은 지도원 {{r:전영남}}이었다.
"전 그냥 시키는 대로 했습니다. {{r:전}} 지도원이 무서웠으니까요." {{r:고}} 씨는 이렇게 말했다. 전에는 바다에 나가 본 적도 없었다고 한다.
배는 10개월 동안 항구에 들어가지 않았다. 하루 작업은 18시간을 넘겼고, 고향 생각에 멍하니 있으면 {{r:전영남}}이 "정신이 썩었다"며 밥을 줄였다. 중국인 {{p:왕}} 선장은 북한 선원들에게 직접 말을 걸지 못하게 되어 있었다.
{{r:만식}} 씨가 형이라고 부르던 {{p:차영호}}는 그물에 손이 끼어 손가락 둘을 잃었다. {{r:전}} 지도원은 치료 대신 "조국에 돌아가서 치료하라"고 했다.
{{r:고}} 씨는 2019년 배가 {{u:블라디보스토크}}에 들렀을 때 탈출했다. {{r:영남}}이가 지금 어디 있는지는 모른다고 한다.""",
    },
    {
        "id": "h5-ko-13",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Han Yong-chol", "한영철", "witness", []),
            ("Han Yong-suk", "한영숙", "relative", []),
        ],
        "note": "통화 기록; 같은 성의 남매, 영철이가 호칭; 수 '한'; 미등록 별명 꺽다리.",
        "text": """통화 기록 (2025.2.3, 15분)
발신: {{r:한영숙}} (증언자 {{r:한영철}}의 누나, {{u:서울}} 거주)
- "{{r:영철}}이가 한 달 전부터 연락이 안 돼요."
- {{r:영철}}이는 2018년 {{u:사할린}} 건설 현장에 나갔다가 2020년 탈출, 현재 {{u:블라디보스토크}} 근처에 숨어 있다고 함.
- 마지막 통화에서 {{r:영철}}이가 "{{p:꺽다리}}가 찾아왔다"고 했음. {{p:꺽다리}}는 현장 보위원 {{p:홍명길}}의 별명이라고 {{r:영숙}} 씨가 설명.
- {{r:한}} 씨(누나)는 동생이 한 번 더 전화하면 바로 우리에게 알려 주기로 함.
- {{r:한영철}} 씨 어머니 {{p:리옥순}}은 {{u:해주}}에서 보위부 방문을 한 번 받음.
- 참고: {{r:한영숙}} 씨는 면담자 {{p:송하늘}}에게 '언니'라고 불러 달라고 함.""",
    },
    {
        "id": "h5-ko-14",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Do Kyong-suk", "도경숙", "witness", []),
            ("Pyo Chol-u", "표철우", "supervisor", []),
        ],
        "note": "요약; 성 도와 조사 '도', '함경북도'; 성 표와 '기차표', '표에 적다'; 공공기관; 김책(도시, 대학).",
        "text": """[요약] {{r:도경숙}} 증언
{{r:도경숙}} 씨(52)는 {{u:함경북도}} {{u:김책시}} 출신이다. 2013년부터 2016년까지 {{u:단둥}}의 수산물 가공공장에 파견되었다. 공장 관리자는 {{r:표철우}}였으며, 여성 노동자 70여 명의 여권과 기차표도 {{r:표}} 관리자가 모두 보관했다.
{{r:도}} 씨는 "{{r:표}} 씨는 사람을 표로만 봤다"고 말한다. 그는 매일 작업량을 표에 적어 벽에 붙였고, 하위 다섯 명은 그날 저녁밥도 없었다.
{{r:경숙}} 씨는 2016년 귀국 직전에 탈출하여 {{u:하나원}}을 거쳤고, {{u:통일부}}와 {{u:국가정보원}} 조사에서도 같은 진술을 했다.
동료: {{p:방순옥}}, {{p:고은비}}. {{p:방순옥}} 씨는 당시 공장에서 손목이 부러졌다.
※ {{r:도}} 씨도 {{u:김책공업종합대학}}과는 관계없음 (같은 이름의 도시 출신일 뿐).""",
    },
    {
        "id": "h5-ko-15",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("O Chol-ho", "오철호", "witness", []),
            ("Ma Kum-sun", "마금순", "supervisor", []),
        ],
        "note": "급한 메모; 성 오와 '오전/오후/오월', 성 마와 '마지막'; 아주머니, 반장 호칭; 나이.",
        "text": """급히 적음 – {{r:오철호}}
- 나이 39, 2015~18 {{u:쿠웨이트}} → 2018~19 {{u:러시아}} {{u:노보시비르스크}}
- 오전 5시 기상, 오후 11시 취침. 오월부터 구월까지는 더 길게
- 식당 책임은 {{r:마금순}} 아주머니. {{r:마}} 아주머니가 식량을 빼돌렸다고 다들 욕함
- 마지막 달 월급: 0. {{r:마금순}}이가 "마지막 달은 귀국 비용"이라고
- 반장은 {{p:현}} 반장(이름 모름), 부반장 {{p:석철민}}
- {{r:오}} 씨 부인 {{p:류정화}}, 아들 {{p:오세진}}(12) – {{u:평양}} {{u:대동강구역}}
- {{r:철호}} 씨 말로는 {{p:석}} 부반장이 {{r:마}} 아주머니 편이었음
- 다음 면담: {{r:오}} 씨가 {{p:석철민}} 연락처를 줄 수 있다고 함""",
    },
    {
        "id": "h5-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Park Ji-hoon", "박지훈", "witness", ["Pak Ji-hun"]),
            ("Seo Man-chol", "서만철", "supervisor", []),
        ],
        "note": "Bilingual numbered summary; Hangul in parentheses, 반장/씨 after surnames, Cyrillic and Latin Russian owner, 지훈이.",
        "text": """Interview summary / 면담 요약
Witness: {{r:Park Ji-hoon}} ({{r:박지훈}}), NK spelling {{r:Pak Ji-hun}}. Worked 2016-2019 at a sawmill near {{u:Svobodny}}, {{u:Amur Oblast}}.
1. Supervisor {{r:Seo Man-chol}} ({{r:서만철}}) kept the passports. Quote: "{{r:서}} 반장이 여권을 금고에 넣었어요."
2. Work 6am-10pm, 7 days a week, -40°C in January.
3. {{r:박}} 씨 says the Russian owner {{p:Гриша}} ({{p:Grisha}}) paid cash directly to {{r:Seo}}.
4. Co-workers called him "{{r:지훈}}이"; {{r:Seo}} called him "{{r:박}} 동무".
5. Family: mother in {{u:Hyesan}} ({{u:혜산}}), younger brother {{p:박지철}} in the army.
6. {{r:Park}} asked: "제 이름이랑 {{r:서}} 반장 이름 둘 다 빼 주세요."
7. Follow-up by {{p:Yoo}} next week.""",
    },
    {
        "id": "h5-mixed-02",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Lee Myung-hee", "이명희", "witness", ["Ri Myong-hui"]),
            ("Jang Chol", "장철", "supervisor", []),
        ],
        "note": "Korean Q&A with English interviewer notes; speaker labels; 이 and 장 as ordinary words (이 사람, 장마당, 장부, 한 장); initials.",
        "text": """Q: 어디서 일하셨어요? (interviewer {{p:Kim}} typing)
{{r:이명희}}: {{u:모스크바}} 근처 아파트 공사장요. 2017년에. 여자들은 식당 일.
Q: 책임자는요?
{{r:이명희}}: {{r:장철}}. {{r:장}} 부장이라고 불렀어요. 이 사람이 돈을 다 관리했어요.
[note: {{r:Jang}} = same as "Comrade {{r:Jang}}" in her first interview, check]
Q: 돈 계산은 어떻게 알았어요?
{{r:이명희}}: 북한에 있을 때 장마당에서 장사했어요. 그래서 숫자를 잘 알아요. {{r:장}} 부장이 장부를 두 개 썼어요.
Q: 그 장부를 본 적 있어요?
{{r:이명희}}: 네. 한 장에는 4만 루블, 다른 장에는 8천.
[note: passport names: {{r:Ri Myong-hui}} (NK), {{r:Lee Myung-hee}} (SK). she signs as {{r:M.H. Lee}}]
Q: 같이 일한 사람은요?
{{r:이명희}}: {{p:Olga}}라는 러시아 요리사, 그리고 {{p:송화}} 언니. {{p:송화}} 언니는 {{r:장철}}이 무서워서 말도 못 했어요.""",
    },
    {
        "id": "h5-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Yoo Hye-jin", "유혜진", "witness", ["Yu Hye-jin"]),
            ("Kwak Song-chol", "곽성철", "supervisor", []),
        ],
        "note": "WhatsApp export; zero-width joiner inside Hangul name, emoji, Chinese nickname; 'yu' as a word.",
        "text": """[WhatsApp export]
03/04/24, 21:02 - {{p:Daniel}}: {{r:혜진}} 씨 interview done ✅
03/04/24, 21:02 - {{p:Daniel}}: she was in a {{u:Hunchun}} seafood plant 2014-2017
03/04/24, 21:03 - {{p:Soyeon}}: 👏 supervisor name?
03/04/24, 21:04 - {{p:Daniel}}: {{r:곽\u200d성철}} ({{r:Kwak}}? {{r:Gwak}}?) → {{r:Kwak Song-chol}} I think
03/04/24, 21:04 - {{p:Daniel}}: {{r:곽}} 지배인 took 90% of wages she says
03/04/24, 21:05 - {{p:Soyeon}}: ok. pls write her name as {{r:Yoo Hye-jin}} not {{r:Yu Hye-jin}}, she asked
03/04/24, 21:06 - {{p:Daniel}}: 👍 also she mentioned {{p:춘옥}} 언니 who helped her escape via {{u:Yanji}}
03/04/24, 21:07 - {{p:Daniel}}: and a Chinese guard "{{p:老张}}"
03/04/24, 21:08 - {{p:Soyeon}}: 🙏 {{r:Hye-jin}}'s mom still in {{u:Hoeryong}}?
03/04/24, 21:08 - {{p:Daniel}}: yes 😢
03/04/24, 21:09 - {{p:Soyeon}}: then NOTHING about {{r:Yoo}} in the newsletter
03/04/24, 21:10 - {{p:Daniel}}: 💯 btw "yu" in her texts = you, not a name lol""",
    },
    {
        "id": "h5-mixed-04",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Moon Kyong-ho", "문경호", "witness", []),
            ("Son Il-nam", "손일남", "supervisor", []),
        ],
        "note": "Korean statement with bracketed English translation; 손 (hand) and Son (son) next to surname Son; 문 (door).",
        "text": """Statement (Korean original with translator's English inserts)
저는 {{r:문경호}}입니다 [I am {{r:Moon Kyong-ho}}]. 2012년 {{u:쿠웨이트}} 건설 현장에 갔습니다.
책임자 {{r:손일남}}은 [the supervisor, {{r:Son Il-nam}},] 밤마다 숙소 문을 밖에서 잠갔습니다. 불이 나도 문을 못 열었을 겁니다.
{{r:손}} 책임자는 손이 컸습니다. 한 번 맞으면 귀가 울렸습니다. [{{r:Son}} had big hands; literally "his hand was big".]
{{r:손일남}}의 아들 {{p:손혁}}도 통역으로 같이 왔습니다. [{{r:Son}}'s son, {{p:Son Hyok}}, came along as interpreter.]
월급: 한 달 500디나르 약속, 실제 30디나르. [500 KWD promised, 30 received.]
저를 "{{r:경호}}야" 하고 이름으로 부른 사람은 {{p:김영호}} 형뿐이었습니다. [Only {{p:Kim Yong-ho}} called him by his given name, {{r:Kyong-ho}}.]
{{p:영호}} 형은 2013년 여름에 쓰러져서 돌아오지 못했습니다.""",
    },
    {
        "id": "h5-mixed-05",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Su-bok", "김수복", "witness", []),
            ("Chae Myong-su", "채명수", "supervisor", []),
        ],
        "note": "English notes quoting Korean; unregistered nickname of a registered supervisor ('we called him 두꺼비'); Cyrillic manager; portrait of Kim Jong-un.",
        "text": """Notes, 2nd interview, {{r:Kim Su-bok}} ({{r:김수복}})
- Russian construction site, {{u:Ulan-Ude}}? he says "{{u:울란우데}}". 2010-2014.
- brigade leader {{r:Chae Myong-su}}. we called him 두꺼비 → "{{r:두꺼비}}" (toad) because of his skin. {{r:Chae}} hated it.
- {{r:두꺼비}} confiscated phones every Sunday
- {{r:Su-bok}}: "{{r:채}} 반장은 나쁜 사람 아니었어요, 위에서 시키니까" - interesting, he defends {{r:Chae}} sometimes
- RU manager: {{p:Dmitry}} ({{p:Дмитрий Орлов}}), called the workers "корейцы"
- {{r:Kim}} lost hearing in his left ear, compressor blast 2013
- mentions {{u:Kim Jong-un}} "in the room"? no, he means the portrait. irrelevant
- other NK workers: {{p:Ri Chang-il}}, "{{p:Tiger}}" (real name unknown)""",
    },
    {
        "id": "h5-mixed-06",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Jeon Hyo-sun", "전효순", "witness", []),
            ("Hwang Kwang-myong", "황광명", "supervisor", []),
            ("No Chol", "노철", "coworker", []),
        ],
        "note": "Bilingual roster table, Polish shipyard; No as surname and word, 노 and 노동; Hangul and Latin in one cell.",
        "text": """{{u:Szczecin}} shipyard group / {{u:슈체친}} 조선소 그룹 — roster from the witness

| 이름 Name | Role | Years | 비고 Notes |
|---|---|---|---|
| {{r:전효순}} / {{r:Jeon Hyo-sun}} | cook | 2015-17 | witness |
| {{r:황광명}} / {{r:Hwang Kwang-myong}} | 책임자 manager | 2014-18 | passports, wages |
| {{r:노철}} / {{r:No Chol}} | welder | 2015-17 | returned to NK 2017 |
| {{p:Marek}} | Polish foreman | – | kind to workers |
| {{p:조명수}} | 보위원 security | 2016- | |

Notes: {{r:전}} 씨 says {{r:No}} had no gloves for months. No one complained because {{r:황}} 책임자 wrote down every complaint. 노동 시간: 12h+, 토요일도. {{r:Hyo-sun}} says {{r:노}} 동무 was sent home after he talked to {{p:Marek}} about money.""",
    },
    {
        "id": "h5-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Bak Chun-il", "박춘일", "witness", ["Pak Chun-il", "Park Choon-il"]),
            ("Yang Gwang-ho", "양광호", "supervisor", []),
        ],
        "note": "Case memo; one witness in five spellings (upper-case passport, Cyrillic, reversed English order); 양 in 양심.",
        "text": """사건 메모 (for the lawyers)
증언자: {{r:박춘일}} / passport (NK): {{r:PAK CHUN IL}} / Russian visa: {{r:Пак Чхун Ир}} / SK ID: {{r:Bak Chun-il}}. 신문 기사에서는 {{r:Park Choon-il}}로 나옴 (remove!).
2016-2019 {{u:Vladivostok}} 아파트 공사. 책임자 {{r:양광호}} ({{r:Yang Gwang-ho}}; the Russians wrote "{{r:Ян}}").
- "{{r:양}} 사장이 러시아 쪽 돈 받으면 우리한테는 봉투 하나"
- {{r:Chun-il Bak}} (as he signs in English) was beaten in 2018 by {{r:Yang}} and {{p:Kim Chol-su}}, a guard.
- hospital: {{u:Vladivostok Clinical Hospital No. 2}} – the Russian doctor {{p:Елена Смирнова}} wrote a report, {{r:Yang}} took it.
- {{r:춘일}} 씨: "{{r:양}} 사장은 양심도 없어요."
- TODO: ask {{r:Bak}} if the doctor's name can stay (probably not).""",
    },
    {
        "id": "h5-mixed-08",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Cho Eun-ha", "조은하", "witness", []),
            ("Ri Kwang-jin", "리광진", "supervisor", []),
        ],
        "note": "Phone memo in fullwidth Latin letters mixed with Hangul; zero-width space inside a Hangul name.",
        "text": """ｍｅｍｏ ｂｙ {{p:ＪＨ}}
ｗｉｔｎｅｓｓ ＝ {{r:Ｃｈｏ Ｅｕｎ－ｈａ}} （{{r:조은하}}）
ｐｌａｃｅ： {{u:Ｄａｎｄｏｎｇ}}，ｇａｒｍｅｎｔ，２０１８
지배인 {{r:리\u200b광진}} → {{r:Ｒｉ Ｋｗａｎｇ－ｊｉｎ}}
- {{r:리}} 지배인: passports + phones
- {{r:은하}}: 16h/day, 이 달 월급 ０
- co-worker {{p:Ｋｉｍ Ｓｏｎ－ｈｕｉ}} / {{p:김선희}} fainted, {{r:Ｒｉ}} laughed
- {{r:Ｃｈｏ}} 씨 family: father in {{u:Ｓｉｎｕｉｊｕ}}
- {{r:은하}} 씨 wants a call back, not before 8pm
- ｎｅｘｔ： ask about the 보위원 {{p:Ｐａｒｋ}}, first name unknown
- {{r:조은하}} left in 2019 via {{u:Ｙａｎｊｉ}}, 브로커 {{p:ㅈ}}씨""",
    },
    {
        "id": "h5-mixed-09",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jin Su-ok", "진수옥", "witness", []),
            ("Chu Myong-ae", "주명애", "supervisor", []),
        ],
        "note": "Translator's note; 언니/반장 titles, 수옥이 self-quote; Chinese owner Chen read as 진 in Korean, same as the witness's surname.",
        "text": """Translator's note on interview 7
The witness refers to her supervisor, {{r:Chu Myong-ae}} ({{r:주명애}}), mostly as "{{r:명애}} 언니" or "{{r:주}} 반장". I translate both as "team leader {{r:Chu}}". The witness, {{r:Jin Su-ok}} ({{r:진수옥}}), calls herself "{{r:수옥}}이" when quoting others: "{{r:수옥}}이, 빨리 해!"
The factory in {{u:Hunchun}} processed crab and pollock. {{r:Chu}} received the women's wages from the Chinese owner, Mr {{p:Chen}} ({{p:陈}}), whom the witness calls "{{p:진}} 사장". He is not related to her; {{r:Jin}} is her own family name, {{p:Chen}} is his, and Korean reads both the same way.
She also mentions a guard she calls "{{p:철수}} 오빠", who let the women phone home once, and a woman from {{u:Kanggye}}, {{p:Yun Pok-hui}}, who was sent back for "loose talk".
{{r:Su-ok}} says {{r:Myong-ae}} was "not cruel, only afraid".""",
    },
    {
        "id": "h5-mixed-10",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Yoon Sang-chol", "윤상철", "witness", ["Yun Sang-chol"]),
            ("Kang Ho-nam", "강호남", "supervisor", []),
            ("Gil Yong-dae", "길영대", "coworker", []),
        ],
        "note": "English questions, Korean answers, Qatar; 길 (road) next to surname 길; 강 in 강제.",
        "text": """Q: Please say your name for the recording.
{{r:윤상철}}: {{r:윤상철}}입니다. 여기 서류에는 {{r:Yoon Sang-chol}}, 북에서는 {{r:Yun Sang-chol}}.
Q: Who was in charge of your group in {{u:Doha}}?
{{r:윤상철}}: {{r:강호남}}이요. {{r:강}} 소장. 강제로 일 시키는 데는 도사였죠.
Q: Was anyone injured?
{{r:윤상철}}: {{r:길영대}}. 길에서 트럭에 치였어요. 현장 가는 길이 좁았거든요. {{r:영대}}가 피를 흘리는데 {{r:강호남}}이 "병원은 돈 든다"고.
Q: What happened to {{r:Gil}} after that?
{{r:윤상철}}: 다리를 절었어요. {{r:길}} 동무는 2015년에 귀국했어요. 그 뒤로는 몰라요.
Q: Your family?
{{r:윤상철}}: 처는 {{u:Wonsan}}, 아니 {{u:원산}}에 있어요. 이름은 말 안 할게요.
[interviewer {{p:Park}}: witness asks that {{r:Kang}}'s name also be removed because {{r:Kang}}'s family is from the same street]""",
    },
    {
        "id": "h5-mixed-11",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pang Myong-suk", "방명숙", "witness", ["Bang Myung-sook"]),
            ("Ri Chol", "리철", "relative", ["Lee Cheol"]),
        ],
        "note": "Pasted intake form with bilingual field labels; name fields, emergency contact, free-text field; 방 as room.",
        "text": """=== INTAKE FORM / 접수 양식 ===
Name / 이름: {{r:방명숙}}
Romanized / 영문: {{r:Bang Myung-sook}} (NK: {{r:Pang Myong-suk}})
DOB / 생년월일: 1987-03-14
Place of origin / 출신지: {{u:Hamhung}} / {{u:함흥}}
Overseas work / 해외 파견: {{u:Hunchun}} 봉제공장 2015-2018; {{u:Moscow}} restaurant 2018-2019
Husband / 남편: {{r:리철}} ({{r:Lee Cheol}}), still in NK – DO NOT CONTACT
Emergency contact / 비상 연락처: {{p:Ahn Se-ra}} (church volunteer)
Free text / 자유 기술:
"방 하나에 열 명이 잤어요. {{r:방}}씨라서 방장 하라고 놀림 받았어요. 러시아 식당 책임자는 {{p:Choe Hye-gyong}}, 중국 공장 때는 {{p:문}} 지배인."
Staff note: Ms {{r:Bang}} mentioned {{r:Chol}} was questioned after she left. {{r:Ri}} works at a machine plant.
Entered by: {{p:J. Kwon}}""",
    },
    {
        "id": "h5-mixed-12",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Hyon Chol-ung", "현철웅", "witness", ["Hyun Cheol-woong"]),
            ("Sok Yong-gil", "석영길", "supervisor", []),
        ],
        "note": "Forwarded e-mail with quoted lines; Mongolian co-workers; Korean inside English; names in a signature block.",
        "text": """From: {{p:Grace Han}}
To: legal team
Subject: Fwd: {{r:H.C.U.}} – {{u:Mongolia}} case

Forwarding the field officer's note below. Please use only the case number.

> On 12 Jan, {{p:Ganbold}} wrote:
> Met {{r:Hyon Chol-ung}} ({{r:현철웅}}) in {{u:Ulaanbaatar}} again. He worked 2017-2019 on a hotel site in {{u:Darkhan}}.
> The NK manager was {{r:Sok Yong-gil}}; workers said "{{r:석}} 과장" or "{{r:석영길}} 동지".
> {{r:Sok}} sold the workers' labour to two Mongolian firms at once, 12-hour shifts at each.
> A Mongolian cook, {{p:Oyuna}}, hid {{r:Chol-ung}} for two nights when he ran.
> {{r:현}} 씨 says: "{{r:석}} 과장 알면 우리 엄마 죽어요." Please keep names out.
> {{r:Hyun Cheol-woong}} is the spelling on his new SK papers.

--
{{p:Grace Han}} | Legal Officer | {{u:Citizens' Alliance for North Korean Human Rights}}""",
    },
    {
        "id": "h5-mixed-13",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Hyok", "김혁", "witness", []),
            ("Ri Chol-gi", "리철기", "coworker", []),
        ],
        "note": "Diary excerpts with bracketed translation, Siberia; one-syllable given name alone (혁아, 혁이), short name 철이 against 겨울철/철이 안 든.",
        "text": """Diary excerpts (witness's notebook, translated by {{p:Seo Ye-rin}})
1월 3일. 영하 42도. 겨울철에는 나무가 잘 쪼개진다고 {{r:철기}}가 말했다. [Jan 3. Minus 42. {{r:Chol-gi}} said wood splits well in winter.]
1월 9일. 반장이 "{{r:혁}}아, 너 오늘 계획 못 했다"고 소리쳤다. {{p:변}} 반장은 철이 안 든 사람이다. [Jan 9. The leader shouted, "{{r:Hyok}}, you missed the plan today." Leader {{p:Byon}} never grew up.]
1월 15일. {{r:리철기}} 동무가 손을 다쳤다. 도끼. 병원 없음. [Jan 15. Comrade {{r:Ri Chol-gi}} hurt his hand. Axe. No hospital.]
2월 1일. 돈 안 나옴. 석 달째. {{p:변}} 반장은 "{{u:평양}}에서 아직"이라고만 한다. [Feb 1. No money, third month. {{p:Byon}} only says "not yet from {{u:Pyongyang}}".]
2월 2일. 엄마 꿈. "{{r:혁}}이 밥 먹었니." [Feb 2. Dreamt of Mother. "{{r:Hyok}}, have you eaten?"]
2월 20일. {{r:철기}}랑 도망 얘기. 러시아 운전수 {{p:Вася}}가 {{u:스코보로디노}}까지 태워 준다고 함. [Feb 20. Talked with {{r:Chol-gi}} about running. The Russian driver {{p:Vasya}} says he will take us to {{u:Skovorodino}}.]
3월 1일. {{r:철}}이는 안 간다고. 가족 때문에. [Mar 1. {{r:Chol}} won't come. Because of his family.]
Translator's note: the notebook belongs to {{r:Kim Hyok}} ({{r:김혁}}). "{{r:철}}이" is what he called {{r:Ri Chol-gi}}; it is not the word 철 (iron, season).""",
    },
    {
        "id": "h5-mixed-14",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("An Jong-min", "안정민", "witness", ["Ahn Jeong-min"]),
            ("Ryom Song-ho", "렴성호", "supervisor", ["Yeom Seong-ho"]),
            ("Kim Ok-ju", "김옥주", "witness", []),
        ],
        "note": "Weekly field report listing cases; the same supervisor named by two witnesses in two spellings; 'An' as article, 안전모.",
        "text": """WEEKLY FIELD REPORT wk 37 / 주간 현장 보고
Case A – {{r:An Jong-min}} ({{r:안정민}}; SK: {{r:Ahn Jeong-min}})
 {{u:Kuwait}} → {{u:Qatar}}, 2010-2016. Supervisors: {{p:Ri Tong-il}} ({{u:Kuwait}}), {{r:Ryom Song-ho}} ({{u:Qatar}}).
 An important detail: {{r:An}} was made to sign a "voluntary donation" form every month.
 {{r:정민}} 씨 says 안전모도 없었다 (no helmets) and {{r:An}}'s cousin {{p:An Chol-u}} fell from a scaffold.
Case B – {{r:렴성호}} ({{r:Ryom}}) seems to be the same man: SK press spells him {{r:Yeom Seong-ho}}.
Case C – {{r:Kim Ok-ju}} ({{r:김옥주}}), cook, {{u:Lusail}} camp 2014. Says "{{r:렴}} 소장" beat a worker called {{p:Hak-chol}} for stealing onions. {{r:Ok-ju}} also knew {{r:Jong-min}} by sight.
Action: {{p:Minji}} to cross-check {{r:Ryom}} in the 2019 database; {{p:Tae-yang}} on leave until Friday.""",
    },
    {
        "id": "h5-mixed-15",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Moon Hye-ran", "문혜란", "witness", []),
            ("Kim Yong-jun", "김용준", "supervisor", []),
        ],
        "note": "Press context memo; private Moon and Kim next to Moon Jae-in, Kim Yo-jong, Putin, Xi; places Songrim, Hoeryong; 문 as door.",
        "text": """Context memo for the press officer (NOT for publication)
The witness, {{r:Moon Hye-ran}} ({{r:문혜란}}), is no relation of former President {{u:Moon Jae-in}}; two journalists asked. She worked 2018-2020 on a fish-processing ship, the {{u:Jin Hai 27}}, in Russian waters.
Her supervisor, {{r:Kim Yong-jun}}, read out statements by {{u:Kim Yo-jong}} over the ship's loudspeaker. {{r:Kim}} told the women that {{u:Vladimir Putin}} and {{u:Xi Jinping}} "stand with the Marshal", so escape was pointless. She quotes him: "{{r:김}} 지도원은 밤에 우리 방 문 앞에서 잤어요."
{{r:Hye-ran}} grew up in {{u:Songrim}}; her mother now lives in {{u:Hoeryong}}. A co-worker, {{p:Jang Un-mi}}, jumped overboard in 2019 near {{u:Nakhodka}} and was not found.
Journalists: please never print "{{r:Moon}}" together with her age or hometown, and never print the name {{r:Kim Yong-jun}}; {{r:Kim}}'s identity would point straight back at her.""",
    },
    {
        "id": "h5-en-16",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Pyo Myong-jin", "표명진", "witness", []),
            ("Pak Tong-chol", "박동철", "supervisor", ["Big Pak"]),
            ("Won Song-il", "원성일", "coworker", []),
            ("Pyo Kum-hui", "표금희", "relative", []),
        ],
        "note": "Long transcript (about 8,000 characters), Russian construction then Amur logging; nickname, won as currency and verb, Cyrillic names, public figures, relatives.",
        "text": """Transcript of recorded interview, two sessions, edited for length. Interviewer: {{p:Yoon Seo-hyun}}. Interpreter: none (the witness speaks some English; Korean passages are translated in brackets by {{p:Yoon}}).

SESSION 1

Q: Thank you for coming. For the recording, your name and year of birth.
A: {{r:Pyo Myong-jin}}. Born 1978, in {{u:Tanchon}}, {{u:South Hamgyong}}.
Q: When did you first go abroad to work?
A: 2009. I was 31. The company was {{u:Korea Rungra 888 Trading}}, a construction company, they said. Before that I was a mine worker in {{u:Tanchon}}. To be chosen you must have a clean family, no one in prison, no one gone to China. And you must pay. My wife sold our television so that I could pay the man at the district office.
Q: Who was that man?
A: I do not know his name. A Mr {{p:Kwon}}, maybe. He took 300 dollars.
Q: Where were you sent?
A: {{u:St Petersburg}}. First an apartment building, then a sports centre. We were 80 men. The Russian company was {{u:Baltstroy-Sever}}, but we never talked to them. Everything was through our chief.
Q: Who was the chief?
A: {{r:Pak Tong-chol}}. We called him "{{r:Big Pak}}". There was also a small {{p:Pak}}, {{p:Pak Yong-su}}, the accountant, so "{{r:Big Pak}}" was the boss and "{{p:Small Pak}}" counted the money.
Q: What was {{r:Pak Tong-chol}} like?
A: At first I thought he was a good man. He was from {{u:Hamhung}}, he knew my region, he gave us soju on the Day of the Sun. But the plan was too big. Every month {{u:Pyongyang}} wanted more. So {{r:Pak}} started taking everything. The Russians paid, I think, 600 or 700 dollars a man. We got 40, 50 dollars. Sometimes nothing, and {{r:Big Pak}} said, "This month you gave it to the Marshal."
Q: Did you see any documents about your wages?
A: Once. My friend {{r:Won Song-il}} cleaned the office and saw the list. He told me: "{{r:Myong-jin}}, they wrote 650 next to your name." I had received 45.
Q: What did {{r:Won}} do with that information?
A: Nothing. What can you do? If you complain, you are sent home, and at home you are a person who complained. {{r:Song-il}} only told me and one other man, {{p:Choe Kwang-su}}. {{p:Kwang-su}} told someone, and two days later {{r:Won}} was called to {{r:Big Pak}}'s office.
Q: What happened?
A: {{r:Pak}} hit him. With his hand, then with a belt. {{r:Won}} had a broken tooth. Then {{r:Pak Tong-chol}} said, "{{r:Won}}, you won't clean the office any more. You will carry cement." He carried cement for a year.
Q: How many hours did you work?
A: In summer from six until eleven at night. In winter less, because of the dark, maybe from seven until nine. Seven days. One day off a month, if the plan was done. In three years I had maybe 20 days off.
Q: Where did you sleep?
A: In containers on the site. Eight men, one container. In winter we put cardboard on the walls. A Russian security guard, {{p:Алексей}}, {{p:Alexei}}, sometimes brought us old blankets. {{r:Pak}} said not to accept anything from Russians, but we took them.
Q: Did you have your passport?
A: No. {{r:Pak}} took all passports at the airport in {{u:Pulkovo}}. I saw my passport again only in 2012, when I was sent to {{u:Amur}}.
Q: Why were you sent to {{u:Amur}}?
A: Because of the phone. In 2011 a worker from Uzbekistan, {{p:Rustam}}, sold me an old phone. I wanted to hear news. I listened to South Korean radio on it at night, under the blanket. Someone reported me. I think it was {{p:Small Pak}}, but I am not sure. {{r:Big Pak}} did not send me home, because then he would have a problem too. He sent me to the logging camp. That was the punishment.

SESSION 2

Q: Last time you told us about the transfer. Where was the logging camp?
A: Near {{u:Tynda}}. It was a camp of a company called {{u:Sungri Forestry}}, and the Russian partner was a man called {{p:Фёдоров}}, {{p:Fyodorov}}. The camp chief was not {{r:Pak}}, it was {{p:Sim Chol-ho}}. But {{r:Pak Tong-chol}} came in 2013 to inspect, because he had become a higher official. He shook my hand. He said, "{{r:Pyo}}, are you still alive?" He was laughing.
Q: Describe the logging work.
A: We cut trees from five in the morning. The plan was in cubic metres. If the brigade did not make the plan, no food for the evening, only soup. Many men had frostbite. One man, {{p:Ri Song-chol}}, we called him "{{p:Professor}}" because he had glasses, died in February 2014. A tree fell the wrong way. {{p:Sim}} wrote in the report that he was drunk. He was not drunk. There was no alcohol in that camp.
Q: Did anyone send his body home?
A: They burned it there, I think. His wife in {{u:Kimchaek}} got a letter. Only a letter.
Q: How did your family learn about what happened to you?
A: My wife, {{r:Pyo Kum-hui}}... in South Korea they say the wife keeps her own family name, but in my case she has the same surname, {{r:Pyo}}, it is a small clan, people laugh. {{r:Kum-hui}} was called to the enterprise office in 2012, after the phone. They told her I was "infected with capitalist ideas". They told her to write to me that I must work harder. She wrote. I have the letter still. [Shows letter; interviewer photographs first page only, names covered.]
Q: Where is {{r:Kum-hui}} now?
A: In {{u:Tanchon}}, with our daughter. I do not say my daughter's name. When I left Russia, the security people went to my wife again. A man from the {{u:Ministry of State Security}}, {{p:Jon Kwang-nam}}, told her that if she hears from me, she must report it. So she cannot hear from me.
Q: How did you leave Russia?
A: In 2016 I was in {{u:Tynda}} for a medical check. A Russian Korean, a woman called {{p:Marina Tsoi}}, {{p:Марина Цой}}, worked in the clinic. She gave me a number for the UN office. It took a long time. I reached {{u:Seoul}} in 2017.
Q: Do you know what happened to {{r:Won Song-il}}?
A: {{r:Song-il}} was sent home in 2013. I heard from another worker that he is in {{u:Hamhung}}, working in a factory. If you write about him, please do not write his name. If they read that {{r:Won}} talked about the wage list, they will find him.
Q: And {{r:Pak Tong-chol}}?
A: I think he is in {{u:Pyongyang}} now, a big man. Maybe in the Ministry. When I saw on television the delegation with {{u:Kim Jong-un}} in {{u:Vladivostok}} in 2019, I looked for {{r:Big Pak}}'s face, but no. It is funny. I hated him and still I looked for him.
Q: Let us go back to {{u:St Petersburg}} for a moment. What did you eat there?
A: Rice with corn, cabbage soup, sometimes pork fat. Meat once a month. The cook was a woman from {{u:Wonsan}}, we called her Auntie {{p:Ok}}. She cried when {{r:Pak}} sold our rice to a Tajik brigade. He said it was "exchange". Auntie {{p:Ok}} gave me her own bread sometimes, because I was thin.
Q: Were there competitions between brigades?
A: Yes, "socialist competition". Our brigade won twice. The prize was one day off and noodles. {{r:Won}} laughed and said, "We won, and {{r:Big Pak}} won more," because the Russian company paid a bonus for fast work and {{r:Pak}} kept it. Somebody repeated this joke too, and {{r:Song-il}} had to write a self-criticism of three pages.
Q: Did you ever send money home?
A: Twice. Through {{p:Small Pak}}. I gave 100 dollars each time. In North Korean money, they said, my wife would get about 600,000 won. She got half, she wrote. Who took the other half I do not know. Maybe {{p:Small Pak}}, maybe the man in {{u:Pyongyang}}, maybe everybody a little.
Q: Did the Russian guard {{p:Alexei}} know how you lived?
A: He saw. He said once in Russian, "rabstvo", slavery. I did not know the word. {{r:Won Song-il}} knew some Russian, he told me later what it means. After that {{p:Alexei}} was moved to another site. I do not know if it was because of us.
Q: Is there anything else you want on the record?
A: One thing. The Russians knew. {{p:Fyodorov}} knew, and the company in {{u:St Petersburg}} knew. They paid to {{r:Pak}} and they knew that we did not get the money. I want the Russian companies to know that we know.
Q: Thank you, Mr {{r:Pyo}}. We will send you the written version to check.
A: Send it to the church address, not to my phone. And please: {{r:Myong-jin}} is a common name, but {{r:Pyo Myong-jin}} from {{u:Tanchon}} who was in {{u:St Petersburg}} and {{u:Tynda}} is only one man.

[End of recording. Total time 2 h 14 min. Notes checked by {{p:Yoon}} and {{p:Lim Da-som}}.]""",
    },
    {
        "id": "h5-mixed-16",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Un-gyong", "리은경", "witness", ["Lee Eun-kyung"]),
            ("Song Chol-jin", "송철진", "supervisor", []),
            ("Ha Yong-nam", "하영남", "coworker", []),
            ("Ri Un-byol", "리은별", "relative", []),
        ],
        "note": "Long Korean interview (about 8,000 characters) with English staff notes, Dandong seafood plant; 송금/하루/은 particle/영남 region against names; Chinese boss in Hanzi; relatives.",
        "text": """면담 녹취 정리 (2회차) / Interview transcript, session 2
면담자: {{p:한지민}} / 증언자: {{r:리은경}} / notes in English by {{p:Rachel Cho}}
장소: {{u:서울}} 사무실. 녹음 동의 받음.

면담자: 지난번에 {{u:단둥}} 공장에 도착한 데까지 말씀하셨어요. 이어서 부탁드려요.
증언자: 네. 2016년 3월에 {{u:신의주}}에서 버스로 다리를 건넜어요. {{u:압록강}} 다리요. 여자만 120명이었어요. 공장은 수산물 가공, 오징어랑 게, 그리고 명태. 중국 사장은 {{p:孙}} 사장, 우리는 {{p:손}} 사장이라고 불렀어요. 한자로는 {{p:孫}}인데 중국 글자로는 좀 달라요.
[EN: The Chinese owner is Mr {{p:Sun}} ({{p:孙}}); the witness reads it the Korean way, {{p:손}}. Unregistered.]
면담자: 북한 쪽 책임자는 누구였어요?
증언자: {{r:송철진}} 지배인이요. 남자였고 마흔다섯쯤. 부지배인은 {{p:최}}라는 여자, 보위 지도원은 {{p:계명수}}. {{r:송}} 지배인이 제일 높았어요.
면담자: {{r:송철진}} 씨는 어떤 사람이었어요?
증언자: 처음에는 말을 부드럽게 했어요. "조국에 송금하는 돈이 여러분의 충성심이다" 이런 말을 자주 했어요. 송금, 송금. 우리는 뒤에서 그 사람을 '{{r:송금}}이'라고 불렀어요. 이름이 {{r:송}}이고 맨날 송금 얘기만 하니까.
[EN: Nickname pun: 송금 means "remittance"; the women called {{r:Song Chol-jin}} "{{r:Songgeum}}" (from 송금) behind his back. Only in that sentence is the nickname meant; everywhere else the word means remittance.]
면담자: 하루 일과를 말씀해 주세요.
증언자: 새벽 5시 반에 일어나요. 6시부터 작업. 점심 20분, 저녁 20분. 밤 10시, 주문이 많으면 새벽 1시, 2시까지. 하루 16시간은 보통이었어요. 하지만 힘든 건 시간보다 추위였어요. 냉동 창고에서 일하면 손가락이 안 펴져요.
면담자: 지난번에 출국 전 교육 얘기를 잠깐 하셨는데, 다시 자세히 말씀해 주시겠어요?
증언자: {{u:평양}}에서 보름 동안 교육을 받았어요. 여관 같은 데서 자면서요. 교육하는 사람은 {{p:방}} 선생이라고 했어요. {{p:방}} 선생이 제일 많이 한 말이 "중국에 가면 남조선 사람이 접근한다, 교회 사람은 다 간첩이다"였어요. 그리고 선서를 했어요. 돈은 조국에 바치고, 비밀을 지키고, 동무들을 감시하겠다고.
면담자: 선발은 어떻게 됐어요?
증언자: 우리 집이 출신이 괜찮았어요. 아버지가 제대군인이고. 그래도 뇌물을 냈어요. 어머니가 돼지 두 마리 판 돈으로요. 도당에 있는 {{p:오}} 부장이라는 사람한테 줬다고 들었어요. 그 사람은 오래전에 다른 데로 갔대요. 오, 그리고 신체검사도 있었어요. 키가 작거나 이가 나쁘면 떨어져요.
[EN: Selection: the family paid a bribe (two pigs) to a provincial party official, "{{p:O}}" 부장. "오," before 그리고 is an interjection, not the surname. Pre-departure training in {{u:Pyongyang}} by a lecturer called {{p:Pang}} ({{p:방}} 선생).]
면담자: 중국에 도착해서 처음 본 {{r:송철진}} 씨는 어땠어요?
증언자: 버스에서 내리니까 {{r:송}} 지배인이 서 있었어요. 이름을 한 명씩 불렀어요. "{{r:리은경}}!" 하니까 제가 "네!" 하고. 키가 크고 안경을 꼈어요. 첫날 저녁에 모두한테 말했어요. "여기는 중국이지만 여러분은 조선에 있는 것이다." 그 말이 무슨 뜻인지 나중에 알았어요.
면담자: 같이 일한 분 중에 가까운 분이 있었어요?
증언자: {{r:하영남}} 언니요. 저보다 여섯 살 많았어요. {{u:청진}} 사람인데, 말투가 좀 특이해서 남조선 드라마에 나오는 {{u:영남}} 사투리 같다고 애들이 놀렸어요. 이름도 {{r:영남}}이니까. {{r:영남}} 언니는 웃기만 했어요.
[EN: {{r:Ha Yong-nam}} is a registered co-worker. Her given name is spelled like {{u:Yeongnam}}, a region of South Korea; in the sentence about the accent it means the region, not her.]
면담자: {{r:하영남}} 씨는 지금 어디 계신지 아세요?
증언자: 몰라요. 그게 제일 마음 아파요. 2018년 겨울에 {{r:하}} 언니가 손을 크게 다쳤어요. 게 껍질 까는 기계에 손이 들어갔어요. 중국 노동자 {{p:小李}}, 우리는 {{p:리}} 언니라고 했는데, 그 언니가 소리 질러서 기계를 멈췄어요. {{p:리}} 언니 아니었으면 손을 잃었을 거예요.
[EN: {{p:Xiao Li}} ({{p:小李}}) is a Chinese co-worker, not the witness's family. The witness's own surname is written the same way in Korean.]
면담자: 치료는 받았어요?
증언자: {{p:손}} 사장이 병원에 데려가자고 했는데 {{r:송}} 지배인이 안 된다고 했어요. 밖에 나가면 도망칠 수도 있다고. 결국 공장 안에서 {{p:최}} 부지배인이 약만 발라 줬어요. {{r:영남}} 언니 손가락 두 개가 굽은 채로 굳었어요. 그래도 일은 계속했어요. 안 하면 밥이 없으니까.
면담자: 임금은 어떻게 받으셨어요?
증언자: 계약서는 본 적이 없어요. 중국 사장이 한 사람당 한 달에 2,000위안 정도 준다고 들었어요. 그 돈은 {{r:송철진}}한테 가요. 우리 손에는 한 달에 100위안, 150위안. 명절에 200. 나머지는 "국가 과제", "충성의 자금". 2017년에는 석 달 동안 한 푼도 안 줬어요. {{u:김정은}} 원수님 생일이라서 다 바쳤다고.
[EN: Promised about 2,000 yuan per worker per month; received 100-150. Three months unpaid in 2017, "for {{u:Kim Jong-un}}'s birthday".]
면담자: 여권이나 신분증은요?
증언자: 도착한 날 {{p:계명수}} 지도원이 다 걷어 갔어요. 외출은 한 달에 한 번, 다섯 명씩 줄 서서 {{p:계}} 지도원이나 {{r:송}} 지배인이랑 같이. 시장에 가서 비누, 생리대 사고 바로 와요. 30분.
면담자: 숙소는 어땠어요?
증언자: 공장 4층이 숙소였어요. 방 하나에 열두 명. 2층 침대 여섯 개. 창문에는 쇠창살. 화장실은 층마다 하나라서 아침마다 줄을 섰어요. 샤워는 일주일에 한 번, 찬물. 겨울에는 {{r:영남}} 언니랑 한 이불 덮고 잤어요. 언니가 "{{r:은경}}아, 발 차지 마라" 하고 웃었어요.
면담자: 생활총화도 있었어요?
증언자: 매주 토요일 저녁에요. 한 사람씩 일어나서 자기 잘못을 말하고, 다른 사람 잘못도 하나씩 말해야 해요. 할 말이 없으면 지어내요. 저는 {{p:옥희}}라는 애를 비판한 적이 있어요. 중국 노래를 흥얼거렸다고. 그게 지금도 미안해요. {{p:옥희}}는 그 뒤로 한 달 동안 외출 금지였어요.
[EN: Weekly self-criticism sessions. The witness once criticised a co-worker, {{p:Ok-hui}}, for humming a Chinese song; {{p:Ok-hui}} lost outings for a month.]
면담자: {{r:송철진}} 씨가 총화를 주관했어요?
증언자: 네, {{r:송}} 지배인이 앞에 앉고 {{p:계}} 지도원이 적었어요. {{r:송}} 지배인은 늘 "{{u:조선로동당}}의 은덕" 얘기를 했어요. 근데 한 번은 {{r:송철진}}이가 술을 마시고 와서 울었어요. 자기 딸이 아프다고. 그날은 총화가 없었어요.
면담자: 공장에서 다른 사고는 없었어요?
증언자: 2017년 여름에 암모니아가 샜어요. 냉동기에서. 열 명 넘게 쓰러졌어요. {{p:손}} 사장이 구급차를 불렀는데, {{r:송}} 지배인이 구급차를 돌려보냈어요. 대신 창문을 다 열라고 했어요. 그때 쓰러진 사람 중에 {{p:정혜영}}이라는 애는 지금도 기침을 한다고 들었어요. {{p:혜영}}이는 2018년에 먼저 귀국했어요.
[EN: Ammonia leak, summer 2017; {{r:Song}} sent the ambulance away. Co-worker {{p:Jong Hye-yong}} still coughs, returned 2018.]
면담자: 중국 사장은 그런 일을 알고 있었나요?
증언자: 알았어요. {{p:손}} 사장이 {{r:송}} 지배인한테 소리 지르는 걸 봤어요. 중국말이라 다 알아듣지는 못했어요. {{p:小李}} 언니가 나중에 말해 줬어요. 사장이 "사람이 죽으면 너희 나라가 책임지냐"고 했대요. 그래도 다음 달에 또 같은 계약을 했어요. 싼 사람이 필요하니까요.
면담자: 한 달에 쉬는 날은요?
증언자: 원래 한 달에 이틀이라고 했는데, 주문이 많으면 없어요. 2018년에는 설날 하루, {{u:김정일}} 생일 하루, {{u:김일성}} 생일 하루. 그게 다예요.
[EN: In 2018 only three days off. The leaders' birthdays are public holidays, not private names in this context.]
면담자: 가족은 어떻게 지내셨는지 아세요?
증언자: 제 동생 {{r:리은별}}이 {{u:평성}}에 있어요. 제가 나온 다음에 보위부가 {{r:은별}}이를 불러서 조사했다고 들었어요. 브로커가 전해 준 말이에요. {{r:은별}}이가 대학 추천에서 빠졌대요. 그게 저 때문이에요.
[EN: Sister {{r:Ri Un-byol}} (registered relative) was questioned after the witness escaped and lost her university recommendation. DO NOT PRINT. Note 은 is also the topic particle: "{{r:은별}}이는" = the sister, "동생은" = particle.]
면담자: 집에 편지나 돈을 보낼 수 있었어요?
증언자: 일 년에 한 번 편지를 쓸 수 있었어요. {{r:송}} 지배인이 다 읽고 봉투를 붙였어요. "잘 먹고 잘 지낸다"만 써야 해요. 돈은 귀국할 때 한꺼번에 준다고 했어요. 몇 년 모은 돈이라고. 근데 먼저 귀국한 {{p:혜영}}이한테 들으니까, 역에서 봉투를 받았는데 300위안이었대요. 3년 일하고.
면담자: 중국 공안과 부딪힌 적은요?
증언자: 한 번 검사가 나왔어요. 2018년 겨울. 그날 아침에 {{p:계}} 지도원이 스무 명을 트럭에 태워서 다른 창고에 숨겼어요. 비자가 없는 사람들이었어요. 저도 그 트럭에 있었어요. 여섯 시간 동안 불도 없이 앉아 있었어요. {{r:영남}} 언니가 노래를 작게 불러 줬어요.
[EN: During a Chinese inspection in winter 2018, twenty workers without proper visas were hidden in a warehouse for six hours. Officer {{p:Kye}} organised it.]
면담자: 그 사이에 다른 공장으로 옮긴 적은 없어요?
증언자: 2018년 봄에 석 달 동안 {{u:훈춘}} 봉제공장에 지원을 나갔어요. 거기 지배인은 {{p:류명호}}라는 남자였는데 {{r:송}} 지배인보다 더 무서웠어요. {{p:류}} 지배인은 재봉틀 바늘이 부러지면 월급에서 뺐어요. 거기서 {{p:하은주}}라는 애를 만났는데, {{r:하영남}} 언니랑 성이 같아서 자매냐고 물었더니 아니래요. 하, 그때 좀 웃었어요.
[EN: Three months in a {{u:Hunchun}} garment factory, 2018, manager {{p:Ryu Myong-ho}}. A girl there, {{p:Ha Un-ju}}, shares a surname with {{r:Ha Yong-nam}} but is unrelated. "하," in the last sentence is a laugh, not a name.]
면담자: 어떻게 나오게 되셨어요?
증언자: 2019년 9월에 공장 정전이 났을 때요. 담벼락 쪽 문이 열려 있었어요. {{r:영남}} 언니랑 같이 가기로 했는데, 언니는 마지막에 안 간다고 했어요. 집에 아들이 있다고. 그래서 혼자 나왔어요. 조선족 아주머니 {{p:김순자}} 씨가 {{u:선양}}까지 데려다 줬어요. 거기서 {{u:쿤밍}}, {{u:라오스}}, {{u:태국}}.
면담자: 한국에 오신 뒤에는요?
증언자: {{u:하나원}} 나와서 이름을 바꿨어요. 주민등록에는 {{r:이은경}}이에요. 영어로는 {{r:Lee Eun-kyung}}. 근데 북에서 쓰던 {{r:리은경}}으로 기억하는 사람이 더 많아요.
[EN: SK spelling {{r:Lee Eun-kyung}} / {{r:이은경}}; NK {{r:Ri Un-gyong}}. All forms must be removed.]
면담자: 혹시 {{r:송철진}} 씨 소식은 들으셨어요?
증언자: 제가 도망친 뒤에 {{r:송}} 지배인이 소환됐다고 들었어요. 공장에서 도망자가 나오면 책임자가 벌을 받아요. 솔직히 그 사람이 미우면서도 좀 안됐어요. 그 사람도 위에서 시키는 대로 한 거니까. 그래도 {{r:송철진}}이가 {{r:하}} 언니 손을 그렇게 만든 건 용서 못 해요.
면담자: {{r:하영남}} 씨 가족에 대해서 아시는 게 있어요?
증언자: 언니는 남편이랑 헤어졌고, 아들 하나가 {{u:청진}}에서 할머니랑 살아요. 아들 이름은 {{p:철웅}}이. 언니가 밤마다 "{{p:철웅}}이 지금 몇 살이지" 하고 손가락으로 셌어요. 그래서 언니는 못 나온 거예요. 제가 한국에 왔다는 걸 알면 언니가 의심받을 수도 있어요. 그러니까 언니 이름은 절대로요.
[EN: {{r:Ha Yong-nam}}'s son {{p:Chol-ung}} lives in {{u:Chongjin}} with his grandmother. Protect both.]
면담자: 같이 있던 분들 이름을 기억나는 대로 적어 주실 수 있어요?
[witness wrote a list by hand; typed by {{p:R.C.}}:]
1. {{r:하영남}} – 청진, 2조, 손 부상
2. {{p:정혜영}} – 암모니아 사고, 2018 귀국
3. {{p:옥희}} – 성 모름, 신의주
4. {{p:박금옥}} – 2조 조장, {{r:송}} 지배인 편
5. {{p:김설화}} – 포장, 노래 잘함
6. {{p:小李}} ({{p:리}} 언니) – 중국인
[EN: Only 1 is registered; 2-6 are unregistered private persons.]
면담자: 지금은 어떻게 지내세요?
증언자: 요양보호사 공부를 해요. 손이 아직 가끔 저려요. 냉동 창고 때문에. 밤에 꿈에 {{r:송}} 지배인이 나와서 이름을 불러요. "{{r:리은경}}!" 그러면 깨요. 상담 선생님, {{p:윤미래}} 선생님이 그건 시간이 지나면 나아진다고 했어요.
[EN: Counsellor {{p:Yun Mi-rae}} (private, not staff of ours).]
면담자: 마지막으로, 기록에서 빼야 할 이름을 다시 확인할게요.
증언자: 제 이름, 동생 {{r:은별}}이, {{r:영남}} 언니, 그리고 {{r:송}} 지배인 이름도요. {{r:송}} 지배인 이름이 나가면 공장이 어디인지 다 알아요. {{p:손}} 사장 이름은... 중국 사람이니까 괜찮을까요? 아니요, 그것도 빼 주세요. {{p:小李}} 언니도요.
면담자: 네, 모두 빼겠습니다. 수고 많으셨어요, {{r:은경}} 씨.
[EN summary for the file: {{r:Ri Un-gyong}} ({{r:리은경}}), 2016-2019, seafood plant in {{u:Dandong}}. Manager {{r:Song Chol-jin}} ({{r:송철진}}) confiscated wages and passports; co-worker {{r:Ha Yong-nam}} injured 2018, refused hospital; sister {{r:Ri Un-byol}} questioned. Unregistered: owner {{p:Sun}}, deputy {{p:Choe}}, security officer {{p:Kye Myong-su}}, Chinese co-worker {{p:Xiao Li}}, helper {{p:Kim Sun-ja}}. Checked by {{p:R.C.}}]""",
    },
]
