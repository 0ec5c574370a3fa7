# ruff: noqa: E501
"""Held-out evaluation passages, set 21. Markers: {{r:..}} registered private person,
{{p:..}} unregistered private person, {{u:..}} public name (figure, place, organisation,
company, ship). Built by build_heldout.py heldout21."""

PASSAGES: list[dict] = [
    {
        "id": "h21-en-01",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("An Kwang-su", "안광수", "witness", ["Kwang-su"]),
            ("O Yong-nam", "오영남", "supervisor", []),
            ("Son Hak-chol", "손학철", "coworker", []),
        ],
        "note": "Kuwait housing site, first person; witness surname An and minder surname O next to the article 'An' and the interjection 'O'; coworker Son next to the word son; Arab kunya, Indian and Egyptian names; places and causeway named after rulers.",
        "text": """My name is {{r:An Kwang-su}}. An engineer from our ministry told me before I left that {{u:Kuwait}} was a reward for good families. It was not a reward.

I landed at {{u:Kuwait International Airport}} in August 2015 with thirty-one other men from {{u:South Hamgyong}}. We were met by {{r:O Yong-nam}}, the political minder, and by the sponsor's man, a Kuwaiti everyone called {{p:Abu Faisal}}. O, how I envied the Bangladeshi cleaners in the arrivals hall: they held their own passports. Ours went into {{r:O}}'s leather bag before we reached the bus, and I did not see mine again for three years.

On paper we were employed by {{u:Namgang Construction}} and we worked on villas at {{u:Sabah Al-Ahmad Sea City}}. The shift began at five and ended when {{r:O}} said it ended, usually at ten at night, in August sometimes at one in the morning. An hour for lunch was written on the board in Arabic. In practice we had twenty minutes.

My bunkmate was {{r:Son Hak-chol}}, a carpenter from {{u:Hamhung}}. {{r:Son}} kept a photograph of his son inside his cap. The son was six. {{r:Hak-chol}} used to say the boy had never seen the sea, and here was his father standing in it to the knees, pouring concrete for a rich man's jetty.

In July 2016 an older man, {{p:Ri Tong-sik}}, fell from the third level. {{r:O}} would not call an ambulance, because an ambulance meant police. In the end {{p:Abu Faisal}} drove {{p:Ri}} to {{u:Mubarak Al-Kabeer Hospital}} in his own car. The doctor there, an Egyptian, Dr {{p:Hesham}}, asked {{p:Tong-sik}} who his employer was. {{p:Tong-sik}} looked at {{r:O}} and said nothing. Dr {{p:Hesham Abdel-Fattah}} wrote "fall at home" because that is what {{r:O Yong-nam}} told him.

Each month the company paid our wages to {{r:O}}. {{r:O}} handed each man an envelope marked 120 dinars with 15 dinars inside. The rest was the loyalty fund for {{u:Kim Jong Un}}, plus the dormitory fee, plus the fee for sending the fee to {{u:Pyongyang}}. "{{r:Kwang-su}}," he told me once, "you are lucky you are not in {{u:Siberia}}."

There was one decent foreman, a man from {{u:Kerala}} named {{p:Thomas Varghese}}. {{p:Varghese}} let us drink from his cooler. The Kuwaiti engineer, Mr {{p:al-Rashidi}}, once asked {{r:Son}} in English why we never took a Friday off. {{r:Son}} knew three English words. He said: "No. Sorry. Thank you." {{p:Al-Rashidi}} laughed and gave {{r:Hak-chol}} a bottle of {{u:Pepsi}}, and {{r:O}} took it from him that evening.

Driving back from the site we could see the {{u:Sheikh Jaber Al-Ahmad Al-Sabah Causeway}} going up over {{u:Kuwait Bay}}. {{r:Son}} said our grandsons would read that it was built by Koreans. Not by us. By Koreans.

In 2018 {{r:O}} was recalled to {{u:Pyongyang}}. The new minder, {{p:Chu Myong-gil}}, was younger and worse. {{p:Chu}} cancelled the half-Friday. I walked out of the dormitory on a Friday in March and took a taxi to {{u:Kuwait City}}; the driver, a Pakistani called {{p:Imran}}, did not charge me. {{r:An}}, I told myself in the taxi, you have no passport and no Arabic. I went anyway.""",
    },
    {
        "id": "h21-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Sok Kwang-ho", "석광호", "witness", ["광호"]),
            ("Kil Yong-su", "길영수", "supervisor", ["곰"]),
            ("Jon Hyok", "전혁", "coworker", ["혁"]),
        ],
        "note": "Russian logging camp, first person in Korean; surnames 석/길/전 beside the words 석 달, 길, 전에; nickname 곰 beside the animal and a bear-fur hat; big/small 석; vocative 혁아; Russian locals in Hangul.",
        "text": """나는 {{r:석광호}}다. 2012년 가을 {{u:체그도민}} 벌목장으로 파견되었고, 석 달 만에 몸무게가 9킬로그램 빠졌다. 작업반에 나와 성이 같은 사람이 하나 더 있어서 나는 큰 {{r:석}}, 다른 사람은 작은 {{p:석}}으로 불렸다. 작은 {{p:석}}의 이름은 {{p:석만길}}이었다. {{p:만길}}이는 스무 살이었고 {{u:김책시}}에서 왔다.

반장은 {{r:길영수}}였다. 다들 뒤에서 그를 {{r:곰}}이라고 불렀다. 덩치가 곰 같아서가 아니라 겨울 내내 곰 가죽 모자를 벗지 않아서였다. 길이 얼어붙은 새벽에도 {{r:길}} 반장은 우리를 숲으로 내몰았다. 누가 "길이 미끄러워 못 가겠습니다" 하면 {{r:길영수}}는 "길은 내가 낸다"고 했다. {{r:곰}}이 술을 마신 날에는 아무도 입을 열지 않았다.

나와 한 조로 톱을 잡은 사람은 {{r:전혁}}이었다. {{r:혁}}이는 전에 {{u:원산}}에서 건설 돌격대에 있었다고 했다. 손이 빨라서 {{r:길}} 반장이 "{{r:전}} 동무 반만 해라" 하고 비꼬았다. 하루 열여섯 시간을 일하고 막사로 돌아오면 {{r:혁}}이가 난로에 감자를 구웠다. "{{r:혁}}아, 너는 왜 안 먹냐" 하면 "형님 먼저 드시라요" 했다.

보위지도원은 {{p:하}}라는 사람이었다. {{p:하}} 지도원은 한 달에 한 번 {{u:하바롭스크}}에서 내려와 우리 수첩을 검사했다. 하루는 {{p:만길}}이 수첩에 어머니 이름을 적어 놓은 것을 보고 "이게 누구냐"고 물었다. 어머니 {{p:조순녀}}라고 하니까 {{p:하}}는 그 장을 찢었다.

막사에는 스물네 명이 잤다. 제일 나이 많은 사람은 {{p:우봉식}} 아바이였다. 밤에 바람이 우우 하고 울면 {{p:우}} 아바이는 "저건 우리 고향 뒷산 소리다" 하며 웃었다. {{p:우}} 아바이 옆자리는 {{p:안철}}이었는데 {{p:안}}은 말이 없었다. 안 그래도 말수가 적은데 {{p:하}} 지도원이 다녀가면 아예 입을 닫았다. {{p:철}}이라고 불러도 겨우 고개만 들었다. 나중에 알고 보니 {{p:안철}}의 형이 {{u:요덕}}에 끌려가 있었다.

벌목장에는 의사가 없었고 위생원 {{p:옥순희}}가 약을 나눠 주었다. {{p:옥}} 위생원은 약이 떨어지면 옥수수 가루로 죽을 쑤어 앓는 사람에게 먹였다. {{r:곰}}은 {{p:옥순희}}에게도 계획을 내렸다. 환자가 사흘 넘게 누워 있으면 {{p:옥}} 위생원 책임이라고 했다.

러시아 사람들도 있었다. 목재를 싣고 가는 트럭 운전수는 {{p:볼로댜}}였다. 본명은 {{p:블라디미르 세묘노비치}}라고 했는데 우리는 {{p:볼로댜}} 아저씨라고 불렀다. {{p:볼로댜}}의 조수 {{p:사샤}}는 담배를 팔았다. 마을 가게 주인 {{p:갈리나}} 아주머니는 외상을 주었다. {{r:곰}}은 러시아 사람과 말하지 말라고 했지만 {{r:곰}} 자신도 {{p:갈리나}}에게 보드카를 외상으로 샀다.

월급은 한 번도 손에 쥐어 보지 못했다. {{r:길영수}}가 장부를 들고 와서 "충성자금", "당자금", "숙식비"를 빼고 나면 남는 것이 없다고 했다. 계획 목재는 {{u:조선노동당}} 창건일까지 채워야 한다고 했고, {{u:김정은}} 동지께 충성하는 길이라고 했다. 그 길 끝에 무엇이 있는지 나는 몰랐다.

2013년 2월, {{r:혁}}이가 넘어지는 나무에 다리를 깔렸다. {{r:길}} 반장은 {{u:체그도민}} 병원에 보내지 않고 막사에 눕혀 두었다. 사흘 뒤 {{p:볼로댜}}가 몰래 {{r:전혁}}을 트럭에 태워 {{u:우르갈}} 역까지 데려갔다. 그 뒤로 {{r:혁}}이 소식은 모른다. {{r:길영수}}는 우리에게 {{r:전혁}}이 "조국을 배반했다"고 말했다.

나는 2014년 {{u:블라디보스토크}}를 거쳐 빠져나왔다. 가끔 {{r:광호}}야, 하고 부르던 {{r:혁}}이 목소리가 생각난다.""",
    },
    {
        "id": "h21-mixed-01",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Do Kyong-ae", "도경애", "witness", ["Kyong-ae"]),
            ("Ma Chun-sik", "마춘식", "supervisor", []),
            ("Nam Song-hui", "남성희", "coworker", ["Song-hui"]),
        ],
        "note": "Mongolia construction dormitory, interviewer notes in English with Korean quotations; surname Do beside 'Do you', Ma beside the dialect interjection 마, Nam beside 남 (others); Mongolian names in Latin, Hangul and Cyrillic; square and airport named after historical figures.",
        "text": """INTERVIEW NOTES - case MN-0417 (draft, internal)
Date: 14/06/2019, {{u:Seoul}} office, room B
Interviewer: {{p:Hye-jin}}
W: {{r:DO Kyong-ae}} ({{r:도경애}}), b. 1979, {{u:Chongjin}}. Cook at a construction dormitory.

Do not use W's name in the public report. Site details OK.

- Left {{u:Pyongyang}} Apr 2014, train to {{u:Beijing}}, flight to {{u:Ulaanbaatar}}, landed {{u:Chinggis Khaan International Airport}}.
- Group of 46, three women: W, {{r:Nam Song-hui}} ({{r:남성희}}), and one W knows only as "{{p:Sunny}}" ({{p:햇살}}이).
- Site: apartment blocks, {{u:Khan-Uul}} district, south of {{u:Zaisan}}. NK side = "{{u:Korea Myohyang Construction}}" per W.
- Team leader {{r:Ma Chun-sik}} ({{r:마춘식}}). W: "{{r:마}} 반장은 말끝마다 '마, 시키는 대로 해라' 했어요. 경상도 사람도 아닌데." (W laughs.)
- Hours: up 04:30, cooks for 46, three meals + night meal for the concrete shift. "잠은 네 시간. 많이 자면 다섯 시간."
- Mongolian employer paid approx. USD 700/man/month to {{r:Ma}}. W got about USD 30 "when {{r:Ma}} was in a good mood". Rest = plan money + "충성자금" before {{u:Kim Jong Un}}'s birthday.
- Passports: in a safe in {{r:Ma}}'s room; key held by the security man, {{p:Pyon}} (보위원 {{p:변}}). W says "{{p:변}} 보위원" every time, never his given name.
- Q: did anyone try to leave?
  W: "Do you mean run away? 도망가도 갈 데가 없어요. {{u:Mongolia}} is big, but it is all 남의 땅."
- {{r:Song-hui}}: hand caught in the meat grinder, Nov 2015. {{r:Ma}} refused a hospital for two days. Then taken to {{u:First Central Hospital}}. Mongolian doctor, W remembers "{{p:오유나}} 선생님" = prob. {{p:Oyuna}} / {{p:Oyuntsetseg}}; W showed a note with "{{p:Оюунцэцэг}}" on it.
- W on {{r:Nam}}: "남들은 몰라요. {{r:남}} 동무가 제일 고생했어요. 손가락 두 개 잃고도 밥을 했어요."
- Shop owner near the site: {{p:Bat-Erdene}}, W calls him "{{p:바트}} 아저씨". {{p:Bat}} sold them phone cards on credit. {{r:Ma}} found out and beat {{p:Sunny}} for it, not {{p:Bat-Erdene}}.
- Family threat: {{r:Ma}} told W her husband {{p:Ri Kwang-jin}} would "go to the mountains" (= prison camp) if she made trouble. W: "{{p:광진}}이 아빠는 지금도 거기 있어요. 소식 몰라요."
- Exit: May 2017. Walked along {{u:Peace Avenue}} to {{u:Sukhbaatar Square}}, asked a taxi driver ({{p:Gantulga}}? W unsure) for "{{u:Korea}}". Reached the {{u:Embassy of the Republic of Korea}}.
- W saw the {{u:Chinggis Khaan}} statue on the square and thought it was "their {{u:Kim Il Sung}}".

FOLLOW-UP
1. {{p:Sunny}}'s real name. W thinks surname {{p:조}}, "{{p:조}}씨 언니". {{p:Jo}} or {{p:Cho}} - ask.
2. {{r:Ma}}'s current whereabouts. W heard {{r:마춘식}} moved to a site in {{u:Darkhan}}.
3. {{r:Kyong-ae}} asked us not to call her on Sundays. Do not.""",
    },
    {
        "id": "h21-en-02",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("So Chol-min", "소철민", "witness", ["Chol-min"]),
            ("Ha Song-gil", "하성길", "supervisor", []),
            ("Yu Kwang-nam", "유광남", "coworker", ["Weasel"]),
        ],
        "note": "Vladivostok building brigade, interviewer shorthand; witness surname So as sentence-initial 'So', brigade leader Ha beside laughter 'ha ha', coworker Yu beside 'you'; Russian client with patronymic, diminutive and Cyrillic; streets named after admirals.",
        "text": """Int. 2 with {{r:So}} (SCM)
22 Nov, by phone, {{u:Busan}}
So. Where to start.

{{r:So Chol-min}}, b. 1988, {{u:Sinpo}}. Plasterer and tiler.
Mar 2016 arr. {{u:Vladivostok}} by train via {{u:Tumangang}} - {{u:Khasan}}.
Brigade of 12 under {{r:Ha Song-gil}}. Company on paper: {{u:Korea Rungrado General Trading Corporation}}.

Sites:
1) tower block, {{u:Snegovaya Pad}}, spring-summer 2016
2) flat renovations, {{u:Admiral Fokin Street}} and {{u:Svetlanskaya}}, 2016-18

{{r:Ha}} negotiated with clients, kept all cash. Target $800/man/month "to the company". {{r:So}} got 3,000-5,000 roubles some months, nothing others.
Asked about wages once. {{r:Ha}} said: "Ha ha. You think this is {{u:Seoul}}?"
Hours 07:00 to 01:00 near deadlines. Slept in the flats they were fixing, on cement bags.

Coworker {{r:Yu Kwang-nam}}, called {{r:Weasel}} (thin, quick, always found food). {{r:Yu}} told SCM you can't save a kopeck here, so you eat what you earn. SCM: "You see, {{r:Yu}} was right."
{{r:Weasel}} had a Russian girlfriend? SCM laughs, says no, a Russian "grandmother", {{p:Baba Valya}}, who fed him borscht.

Client for most of 2017: {{p:Sergei Anatolyevich Kuzmin}}, "{{p:Seryozha}}". Saved in SCM's phone as "{{p:Серёжа}} хозяин". {{p:Kuzmin}} paid {{r:Ha}}, never the men. {{p:Seryozha}}'s wife {{p:Natasha}} gave SCM her son's old boots.
Uzbek foreman on the tower job: {{p:Rustam}}. {{p:Rustam}} warned them about migration raids.

Minder from the consulate: {{p:Kang}}. SCM does not know his given name. Came every 2nd Sunday. "{{p:Kang}} came, {{r:Ha}} got nervous, {{r:Ha}} got nervous, we got hit."
Self-criticism sessions Sunday nights. Portraits of {{u:Kim Il Sung}} and {{u:Kim Jong Il}} in the brigade room. {{u:Rodong Sinmun}} read aloud, weeks old.

Injury: Sep 2017 cut left wrist, angle grinder. {{r:Ha}} stitched it himself with fishing line. Infected. {{p:Natasha}} took him to {{u:Vladivostok Clinical Hospital No. 2}}. Paid herself.
Scar shown on video call. Photographed with consent.

Apr 2018 {{r:Yu}} disappeared. Left a note: "Sorry, {{r:Chol-min}}." {{r:Ha}} accused SCM of knowing. Beaten. Then {{p:Kang}} threatened SCM's mother ({{p:Kim Ok-sil}}) and sister ({{p:So Mi-yong}}) in {{u:Sinpo}}.
NB {{p:Mi-yong}} shares the surname. Do not confuse her with W.

Exit: Aug 2018, with help from {{p:Rustam}}'s cousin, through {{u:Moscow}} to a third country.
No news of {{r:Weasel}}.
Yes he consents to the report.
So. End.""",
    },
    {
        "id": "h21-ko-02",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("U Chol-jin", "우철진", "witness", ["철진"]),
            ("Mun Kwang-il", "문광일", "supervisor", []),
            ("Tan Yong-ho", "단용호", "coworker", ["다람쥐"]),
        ],
        "note": "Kuwait site, Korean interviewer memo; surname 우 beside 우리, 문 beside the word door, 단 beside the conjunction 단; nickname 다람쥐; Arab names in Hangul and Arabic script; a private mother sharing a public figure's name; impossible date.",
        "text": """면담 메모 (약식)
일시: 2019.11.?? 오후 / 장소: 사무실 2층 / 면담자: {{p:정은}}
증언자: {{r:우철진}} (남, 1983년생, {{u:함경북도}} {{u:청진}} 출신). 이하 '{{r:우}}'로 적음.

1. 파견 개요
- {{u:쿠웨이트}} 2016.5 ~ 2019.2. 서류상 소속 {{u:남강건설}}.
- 현장: {{u:자흐라}} 주택단지 → {{u:쿠웨이트시티}} 고층 건물 내장 공사.
- 도착 당일 {{u:쿠웨이트 국제공항}}에서 지배인 {{r:문광일}}이 여권 회수. {{r:우}}: "문 앞에 {{r:문}} 지배인이 서서 하나씩 받아 갔어요. 문 밖으로 나가는 사람은 다 여권이 없었지요."

2. 노동 시간
- 새벽 4:30 기상 ~ 밤 11시. 여름 한낮 작업 금지 규정이 있으나 {{r:문}} 지배인이 "실내 작업"이라며 문 닫고 일 시킴.
- 금요일 오전만 휴식. 단, 계획 미달 주에는 없음.
- {{r:우}}의 표현: "우리는 사람이 아니라 레미콘이었어요."

3. 동료
- {{r:단용호}}, 별명 {{r:다람쥐}}. 체구 작고 비계 타는 게 빨라서. {{r:우}}와 같은 방.
- 단, {{r:단}}은 말을 잘 안 했음. 2017년 여름 비계에서 떨어져 갈비뼈 골절. {{u:자베르 알아흐마드 병원}}으로 감. 치료비는 임금에서 공제.
- {{r:다람쥐}}가 퇴원한 날 {{r:문광일}}이 "{{r:용호}}는 조국의 재산을 축냈다"고 총화에서 비판.
- 부지배인 {{p:도}}: "{{p:도}} 부지배인도 같은 패"라고 함. 이름 모름.

4. 현지인
- 쿠웨이트 측 감독 {{p:아부 칼리드}}. 명함에 "{{p:أبو خالد}}". {{r:우}}는 "{{p:칼리드}} 아버지"라고 번역해서 부름.
- 발주처 기사 {{p:무타이리}} 씨 ({{p:المطيري}}). {{p:무타이리}}가 한번은 물을 사다 줌.
- 인도인 반장 {{p:라지브}}, 방글라데시 노동자 {{p:카림}}. {{p:카림}}과 담배를 나눠 피우다 걸려서 {{r:우}}가 자기비판.

5. 임금/공제
- 월 계약액 약 350디나르 (본인 추정). 실수령 0~20디나르.
- "충성자금" 명목 공제 매월. {{u:김정은}} 생일(1.8) 전에 추가로 100디나르. 2018년 2월 30일(본인이 그렇게 말함. 날짜 불명확)에도 "특별 과제금" 공제.

6. 가족 위협
- {{r:문광일}}이 "네 어머니 {{p:김정숙}}이 {{u:청진}}에서 편히 사는 줄 아냐"고 협박.
- 참고: 모친 이름이 {{u:김정숙}}({{u:김정일}} 생모)과 같아서 어릴 때 동네에서 놀림을 받았다고 함. 모친 {{p:김정숙}}은 지금 연락 두절.
- 처 {{p:하순옥}}, 딸 {{p:은별}}. {{p:은별}}이는 2019년에 열 살.

7. 탈출
- 2019.2 금요일 새벽, {{r:다람쥐}}와 함께 숙소 문을 넘음. {{r:단용호}}는 중간에 돌아감. 이후 소식 모름.
- 택시 기사({{p:이르판}}, 파키스탄인)가 {{u:주쿠웨이트 대한민국 대사관}}까지 태워 줌.

8. 기타 진술
- 같은 방: {{p:국성호}}, {{p:탁영범}}. {{p:국}}은 취사 담당이었는데 국이라고 해 봐야 소금물에 양배추. {{p:탁영범}}은 {{r:문광일}}의 처조카라 일을 거의 안 함. {{r:우}}는 {{p:탁}}이 밀고자였다고 의심. 탁 까놓고 말하면 다 알았다고.
- 2017년 가을 {{u:사바 알아흐마드 해양도시}} 현장에 한 달 지원. 거기서 다른 작업반 반장 {{p:주명철}}을 만남. {{p:주}} 반장은 주 7일 일을 시켰다고 함.
- 현장 옆 모스크 이름은 기억 못 함. 금요일마다 기도 소리가 나면 {{r:단}}이 "우리도 쉬는 날"이라고 중얼거렸음.

※ {{r:철진}} 씨 본인은 {{r:문}} 지배인의 실명 공개를 원함. 팀 회의에서 논의.""",
    },
    {
        "id": "h21-en-03",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jo Un-hui", "조은희", "witness", ["Cho Eun-hee"]),
            ("Mun Hye-suk", "문혜숙", "supervisor", ["Moon"]),
            ("No Kyong-sil", "노경실", "coworker", []),
        ],
        "note": "Dandong seafood plant, Q/A transcript through an interpreter; coworker surname No beside answers 'No'; supervisor Mun also written Moon beside the moon; Chinese owner Wang with xiao/lao forms beside the public minister Wang Yi; witness in two romanizations.",
        "text": """TRANSCRIPT - Interview 7, session 2 (English rendering)
Present: INT (interviewer), W ({{r:Jo Un-hui}}), IP (interpreter, {{p:Park Ji-soo}})

INT: Last time you told us about the dormitory. Can we start with the factory itself?
W: It was a seafood plant in {{u:Donggang}}, outside {{u:Dandong}}. Crab, squid, clams. The sign said {{u:Haiyang Aquatic Products}}. We were two hundred North Korean women and about thirty Chinese.
INT: Who was in charge of the North Korean women?
W: {{r:Mun Hye-suk}}. We called her team leader {{r:Mun}}. The Chinese wrote her name as {{r:Moon}} on the shift board, so the Chinese called her {{r:Moon}} too.
INT: What hours did you work?
W: From six in the morning. We finished when the moon was already high, eleven, twelve. In crab season we slept four hours. {{r:Moon}} said the moon does not rest either.
INT: Did anyone refuse?
W: My friend {{p:Hwang}}... no, I will say her name later. First {{r:No Kyong-sil}}. {{r:No}} refused once.
INT: Did she say no?
W: No. She did not say anything. She sat on the floor. {{r:No}} was sick, her hands were split from the salt water. {{r:Mun}} pulled her up by the hair.
IP: The witness says "{{r:경실}}이" here, the given name, as a friend would.
INT: Who owned the factory?
W: A Chinese man, {{p:Wang}}. We said {{p:Wang}} laoban, boss {{p:Wang}}. His nephew ran the freezers, we called him Xiao {{p:Wang}}, little {{p:Wang}}. There was also an old guard at the gate, Lao {{p:Li}}. {{p:老李}}... sorry, old {{p:Li}}. Lao {{p:Li}} was kind. He let us buy noodles.
INT: Was the owner related to any official?
W: People said his name was {{p:Wang Jun}}. Not like {{u:Wang Yi}}, the minister. Just {{p:Wang}}.
INT: How were you paid?
W: We were never paid in the hand. {{p:Wang}} paid the company. The company paid {{r:Mun}}. {{r:Mun Hye-suk}} gave us a paper every month. Eighteen hundred yuan written. Then minus the loyalty money for {{u:Kim Jong Un}}, minus food, minus "the gift for the {{u:Day of the Sun}}", minus electricity. One month I had forty yuan left.
INT: And your passport?
W: {{r:Mun}} kept all two hundred passports in a suitcase. Only when Chinese police came she gave them out, and took them back the same night.
INT: You said you would tell us about your friend.
W: {{p:Hwang Sun-mi}}. {{p:Sun-mi}} was from {{u:Hyesan}}. In September 2018 {{p:Sun-mi}} took a taxi to the {{u:Sino-Korean Friendship Bridge}} and just stood there looking at {{u:Sinuiju}}. I do not know why. {{r:Moon}} found her and she was sent home across that same bridge a week later.
INT: Did you see her again?
W: No.
INT: How did you leave?
W: In 2019 a Korean-Chinese driver, {{p:Jin}}, the one who brought the squid, told me there was a church in {{u:Shenyang}}. Pastor {{p:Kim}}. I will not say more about Pastor {{p:Kim}}.
IP: The witness asks that the driver's name be removed in any publication.
INT: Of course. Last question. Is there anything you want the people responsible to know?
W: Tell {{r:Mun}} that {{r:Un-hui}} is alive. She said I would die in {{u:China}}.
INT: Thank you, Ms {{r:Cho}}... sorry, Ms {{r:Jo}}.
W: {{r:Cho Eun-hee}} is my South Korean spelling. Both are fine.
[END OF SESSION, 16:42]""",
    },
    {
        "id": "h21-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Pang Un-ju", "방은주", "witness", ["은주"]),
            ("Son Mi-hyang", "손미향", "supervisor", ["여우"]),
            ("Ok Kum-hui", "옥금희", "coworker", []),
        ],
        "note": "Hunchun seafood plant, Korean Q/A transcript labelled 문/답; witness 방 beside 방 (room), supervisor 손 beside 손 (hand) and nickname 여우 beside the animal; 옥 beside 옥수수; Chinese names with 小/老 and 사장, in Hanzi and Hangul.",
        "text": """녹취록 (2020-07-03, 2차 면담, 일부)
면담자: 문 / 증언자: 답 / 배석: {{p:최윤서}}(기록)

문: 지난번에 숙소 이야기를 하다가 멈췄는데요. 방은 몇 명이 썼나요?
답: 방 하나에 열두 명이요. 제 이름이 {{r:방은주}}니까 애들이 "{{r:방}} 씨가 방장 해라" 해서 제가 방장을 했어요. 웃기지요.
문: 공장은 어디였습니까?
답: {{u:훈춘}} 변경경제합작구에 있는 수산물 가공공장이요. 간판은 {{u:훈춘해성수산}}이었어요. 러시아에서 들어온 게랑 명태를 손질했어요.
문: 관리하는 사람은 누구였어요?
답: {{r:손미향}} 조장이요. 우리끼리는 {{r:여우}}라고 했어요. 생긴 게 여우 같아서가 아니라, 중국 사장 앞에서는 웃고 돌아서면 딴사람이 돼서요. {{r:손}} 조장은 손이 매웠어요. 손바닥으로 뺨을 때리면 귀가 울렸어요.
문: 작업 시간은요?
답: 아침 여섯 시부터 밤 열 시, 물량 많으면 새벽 두 시까지요. 손이 얼어서 칼을 못 쥐면 {{r:여우}}가 장갑을 벗으라고 했어요. 장갑 끼면 느리다고.
문: 같이 일한 사람 중에 기억나는 사람이 있나요?
답: {{r:옥금희}}요. {{r:금희}}는 저보다 두 살 어렸어요. {{r:옥}}이가 손이 제일 빨랐는데, 2019년 겨울에 손가락이 썩어 들어갔어요. 동상이요.
문: 치료는 받았습니까?
답: {{r:손미향}}이 처음엔 안 보냈어요. 중국 사람 중에 샤오{{p:리}}, 小{{p:李}}라는 남자가 있었는데 그 사람이 사장한테 말해서 {{u:훈춘시 인민병원}}에 갔어요. 의사가 손가락 두 마디를 잘랐어요. 그 뒤로 {{r:금희}}는 옥수수 껍질 벗기는 일만 했어요.
문: 사장은 어떤 사람이었어요?
답: {{p:王}} 사장이요. 한국말로는 {{p:왕}} 사장. 조선족 통역이 "{{p:왕}} 사장님" 하면 {{p:왕}} 사장은 웃기만 했어요. 경비는 라오{{p:장}}, 老{{p:张}}이라고 불렀어요. 라오{{p:장}} 할아버지가 가끔 사과를 줬어요.
문: 돈은 받았습니까?
답: 한 달에 천오백 위안이라고 들었어요. 손에 쥔 건 백 위안도 안 됐어요. 충성자금, 식비, 전기값, {{u:김정은}} 원수님 생일 선물 값. {{r:여우}}가 장부를 읽어 주면 다들 아무 말도 안 했어요.
문: 여권은요?
답: 처음 {{u:권하}} 세관을 넘자마자 {{r:손}} 조장이 걷어 갔어요. 밖에 나가는 건 한 달에 한 번, 다섯 명씩 묶어서, {{r:손미향}}이 따라 나왔어요.
문: 가족 이야기를 한 적이 있나요?
답: 제 동생 {{p:방은철}}이 {{u:나선}}에서 군대에 있었어요. {{r:여우}}가 "{{p:은철}}이 군복 벗기는 거 일도 아니다" 했어요. 그 말 듣고는 아무것도 못 했어요.
문: 조선족 통역은 누구였어요?
답: {{p:김춘화}}라는 아주머니요. {{p:춘화}} 아주머니는 {{u:연길}} 사람인데 우리말을 하니까 {{r:손}} 조장이 제일 경계했어요. {{p:김}} 통역이 우리랑 말하면 {{r:여우}}가 꼭 옆에 와서 섰어요.
문: 같은 방에 또 누가 있었나요?
답: {{p:길순영}}이랑 {{p:하명옥}} 언니요. {{p:순영}}이는 길에서 주운 휴대폰을 이불 속에 숨겼다가 걸렸어요. {{p:길}}이가 벌로 일주일 동안 화장실 청소를 했어요. {{p:하}} 언니는 하루에 게를 팔백 마리씩 깠어요. 하, 지금 생각해도 손이 저려요.
문: 북한 쪽 남자 관리자도 있었습니까?
답: 보위 쪽에서 온 {{p:탁}} 부장이요. {{p:탁}} 부장은 한 달에 한 번 {{u:도문}}에서 왔어요. {{p:탁}} 부장이 오는 날에는 {{r:손미향}}도 손을 떨었어요.
문: 나오게 된 계기는요?
답: 2020년 1월에 코로나 때문에 못 돌아가게 됐잖아요. 계약 끝난 사람도 못 갔어요. {{r:금희}}가 "언니, 우리 여기서 죽어" 했어요. 그래서 샤오{{p:리}}한테 부탁했어요. 샤오{{p:리}}가 {{u:연길}}에 아는 사람이 있다고 했어요.
문: {{r:옥금희}} 씨는요?
답: 못 데려왔어요. {{r:옥}}이는 아직 거기 있을 거예요. 이름 나가면 안 돼요. {{r:은주}}가 나왔다는 것도요.
(녹음 중단. 증언자 요청.)""",
    },
    {
        "id": "h21-en-04",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Pak Myong-chol", "박명철", "witness", ["Bak Myong-chol"]),
            ("Song Tae-ho", "송태호", "supervisor", []),
            ("Gang Il-bok", "강일복", "coworker", ["Kang Il-bok"]),
        ],
        "note": "Qatar sites, NGO intake form with fields; witness name in fullwidth capitals and passport spelling; supervisor Song beside the word song; coworker Gang beside 'a gang of'; hospital, airport and mosque named after persons; impossible intake date.",
        "text": """INTAKE FORM - OVERSEAS LABOUR
Case no.: QA-2020-031
Intake date: 31/09/2020 (sic - form dated by staff)
Staff: {{p:M. Okafor}}

1. NAME (as given): {{r:ＰＡＫ ＭＹＯＮＧ ＣＨＯＬ}}
   Korean: {{r:박명철}}
   Other spellings: {{r:PARK MYONG CHUL}} (passport), {{r:Bak}} (Qatari ID card)
2. DOB: 1985-02-??
3. Origin: {{u:Kaesong}}
4. Country of work: {{u:Qatar}}
   Period: 03/2013 - 11/2017
5. NK employer: {{u:GENCO}}
   Local company: {{u:Al Sadd Contracting W.L.L.}}
6. Sites: residential towers, {{u:Lusail}}; road works near {{u:Al Wakrah}}; one season at {{u:Hamad International Airport}} (car park)
7. Team leader: {{r:SONG Tae-ho}}
   Security official: {{p:Ri}} (given name unknown)
8. Hours: 06:00-22:00, often to 01:00. One rest day per month, sometimes none.
9. Wages: contract QAR 1,200/month per W. Received QAR 100-150. Deductions: "loyalty fund", "{{u:Kim Jong Un}} gift fund", food, dormitory, "state plan".
10. Passport: taken by {{r:Song}} at the airport, 03/2013. Never returned.
11. Family in {{u:DPRK}}: wife {{p:Kim Hyang-mi}}, son {{p:Chol-ung}} (b. 2010), mother (name not given)
12. Coworkers named by W:
    - {{r:GANG Il-bok}} ("{{r:Kang}}"), plasterer, from {{u:Sariwon}}
    - {{p:Pyon}} (surname only), driver
    - "{{p:Chopstick}}" - tall welder, real name unknown
    - {{p:Ram Bahadur Thapa}}, Nepali, other company; W calls him {{p:Ram}}
13. Consent to share with partners: YES / use of name: NO

NARRATIVE SUMMARY (staff)
W states that every morning before the bus {{r:Song}} made the brigade sing a song about {{u:Kim Il Sung}}. Song practice was compulsory, and anyone who forgot the words lost the Friday. {{r:Song Tae-ho}} kept all passports in a locked box under his bed.

In June 2015 {{r:Gang}} collapsed from heat at the {{u:Lusail}} site. A gang of Bangladeshi workers from the next plot carried him into the shade. {{r:Song}} wanted him back at work the same day; the Qatari site engineer, Mr {{p:Al-Kuwari}}, called an ambulance and {{r:Kang}} was taken to {{u:Hamad General Hospital}}. After two days {{r:Song}} collected him. {{r:Il-bok}} told W the hospital bill was taken from his wages.

W describes {{p:Chopstick}} as "the only one who argued with {{r:Song}}". {{p:Chopstick}} disappeared in 2016. {{p:Ri}} told the brigade he had been "sent home for health reasons".

W made friends with {{p:Ram}}, who shared phone credit. {{p:Ram Bahadur}} showed him videos of {{u:Kathmandu}}. {{r:Song}} saw them together and W had to write a self-criticism. W says {{p:Ri}} read it aloud.

The bus to {{u:Lusail}} passed the {{u:Imam Muhammad ibn Abd al-Wahhab Mosque}} every day. W thought it was a palace.

Exit: 11/2017, W went to a Sudanese taxi driver, {{p:Osman}}, who drove him to a church compound in {{u:Doha}}. No further details recorded at W's request.

Referrals: {{u:International Labour Organization}} (for info only). Follow-up call booked with Mr {{r:Pak}} via {{u:Signal}}.

Signed: {{p:M. Okafor}}
Reviewed: {{p:J. Lindqvist}}""",
    },
    {
        "id": "h21-ko-04",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Kang Tae-hyok", "강대혁", "witness", ["대혁"]),
            ("Pyo Sung-il", "표승일", "supervisor", []),
            ("Yon Chang-su", "연창수", "coworker", ["꺽다리"]),
        ],
        "note": "Equatorial Guinea construction, Korean intake form; witness 강 beside 강 (river), manager 표 beside 표 (ticket, table), coworker 연 beside 연 2회 and 연락; romanized registered name in a Korean form; Spanish and Chinese local names in Hangul; public president and studio.",
        "text": """접수 양식 (해외 파견 노동 피해)
접수번호: AF-2021-007
접수일: 2021. 4. 1.
담당: {{p:서지원}}

■ 인적 사항
성명: {{r:강대혁}}
영문: {{r:KANG DAE-HYUK}}
별칭: 동료들이 "{{r:강}} 기사", "{{r:대혁}}이"라고 부름
출생: 1981년 ?월 ?일 / {{u:평안남도}} {{u:남포}}
가족(북): 처 {{p:림향순}}, 딸 {{p:강유정}}

■ 파견 정보
파견국: {{u:적도기니}}
지역: {{u:말라보}}, {{u:바타}}, {{u:오얄라}}
기간: 2014.10 ~ 2017.12
북측 소속: {{u:만수대창작사}} 해외사업소 (본인 진술)
현지 발주: 관공서 건물, 기념탑, 경기장 보수

■ 관리자
지배인: {{r:표승일}}
보위원: {{p:국}} (이름 모름)
작업반장: {{p:지만호}}

■ 진술 요지
1) 도착하자 {{r:표승일}}이 여권과 귀국 비행기 표를 모두 걷음. 표를 돌려 달라고 하면 {{r:표}} 지배인은 "표 받아서 어디 가게?"라고 함.
2) 작업 시간: 오전 5시 ~ 밤 10시. 기념탑 공사 마감 때는 이틀 연속 밤샘. 말라리아로 쓰러져도 작업표에는 "출근"으로 적힘. 작업표는 {{r:표}} 지배인이 직접 씀.
3) 임금: 월 미화 150달러 약정이라고 들음. 실제 수령 월 10~20달러. "충성자금", "혁명자금" 공제. 연 2회 {{u:평양}}에 "과제금" 송금.
4) 동료 {{r:연창수}}, 별명 {{r:꺽다리}}. 키가 190센티미터 가까이 돼서. {{r:연}} 씨는 미장공. 2016년 3월 {{u:바타}} 현장에서 비계 붕괴로 다리 골절. {{u:라 파스 의료센터}}에 실려 감. 그 뒤 연락 끊김.
5) {{p:지만호}} 반장은 {{r:강대혁}}에게 {{r:연창수}}의 짐을 정리하라고 함. 짐 속에 {{r:창수}}가 딸에게 쓴 편지가 있었는데 {{p:국}} 보위원이 가져감.
6) 현지인: 현장 감독 {{p:페드로}}, 요리사 {{p:필로메나}} 아주머니 ("{{p:필로}} 아줌마"). 중국 업체 직원 {{p:류}} 씨. {{p:필로메나}}가 몰래 바나나를 줌. {{p:류}} 씨가 휴대폰을 빌려줌.
7) 대통령 {{u:테오도로 오비앙}}의 사진이 관공서마다 걸려 있었는데, {{r:표}} 지배인이 "저 사람도 우리 {{u:김정은}} 원수님을 존경한다"고 말함.
8) 가족 위협: {{p:국}} 보위원이 "{{p:향순}}이랑 딸은 {{u:남포}}에 잘 있다. 계속 잘 있게 하려면 입 닫아라"라고 함.
9) 탈출: 2017.12, {{p:류}} 씨의 도움으로 {{u:말라보 국제공항}} → {{u:마드리드}} 경유. 이후 제3국.

■ 면담자 메모
- 증언자가 언급한 다른 북측 인원: 운전수 {{p:남}} (이름 모름), 취사원 {{p:도}}씨 형제. 증언자는 형을 큰 {{p:도}}, 동생을 작은 {{p:도}}라고 부름. 작은 {{p:도}}는 도면을 볼 줄 알아서 {{r:표}} 지배인이 아꼈다고 함.
- 현지 경찰 {{p:후안}} 경사가 현장에 두 번 왔으나 {{r:표승일}}이 돈을 주고 돌려보냈다고 진술.
- "강물만 보면 {{u:대동강}} 생각이 났다", "{{r:꺽다리}}는 키만 컸지 겁이 많았다" 등 감정 진술 다수.
- 숙소는 컨테이너 네 동. 한 동에 스무 명. 에어컨 없음.
- 증언자가 가져온 사진 1매: 기념탑 앞 단체 사진. 앞줄 왼쪽부터 {{p:지만호}}, {{r:연창수}}, 증언자, {{p:남}} 운전수라고 설명함. 사진 뒷면에 "2015.6.31 {{u:바타}}"라고 적혀 있음(날짜 오류). 사진은 복사 후 반환.

■ 기타
- 증언자는 강 건너 {{u:카메룬}} 쪽으로 도망친 사람이 있다고 들음. 이름: "{{p:변}}가", 추정.
- {{r:강}} 씨 본인 요청: {{r:연창수}}의 생사 확인.
- 면담 중 {{r:대혁}} 씨가 두 번 휴식 요청.

확인: {{p:서지원}} / 검토: {{p:안은비}}""",
    },
    {
        "id": "h21-en-05",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Min Jae-ung", "민재웅", "witness", []),
            ("Ok Song-chol", "옥성철", "coworker", []),
            ("Bang Chol-u", "방철우", "supervisor", []),
        ],
        "note": "Court judgment excerpt (unofficial translation), Saint Petersburg stadium and housing sites; plaintiffs Min and Ok beside 'min.' and 'ok', minder Bang beside 'bang'; the state and its leader as public defendants; Russian foreman with patronymic and diminutive; avenue named after a saint.",
        "text": """{{u:SEOUL CENTRAL DISTRICT COURT}}
17th Civil Division
JUDGMENT (excerpt; unofficial English translation prepared for the plaintiffs)

Case: Damages
Plaintiffs: 1. {{r:Min Jae-ung}}  2. {{r:Ok Song-chol}}
Counsel for the Plaintiffs: Attorney {{p:Jeong Da-eun}}
Defendants: 1. {{u:Democratic People's Republic of Korea}}  2. {{u:Kim Jong Un}}

ORDER
1. The Defendants shall jointly pay each Plaintiff KRW 21,000,000 with interest...
(omitted)

REASONS
1. Facts
A. Plaintiff {{r:Min Jae-ung}} (hereinafter "Plaintiff {{r:Min}}") and Plaintiff {{r:Ok Song-chol}} (hereinafter "Plaintiff {{r:Ok}}") were dispatched in May 2016 to {{u:Saint Petersburg}}, {{u:Russian Federation}}, as members of a construction brigade organised under the {{u:Ministry of State Security}}. They worked first on finishing works at the stadium on {{u:Krestovsky Island}} and from 2017 on residential buildings in the {{u:Primorsky District}}.
B. The brigade was supervised by {{r:Bang Chol-u}} (hereinafter "{{r:Bang}}"), who held the passports of all 38 workers. According to Plaintiff {{r:Min}}, {{r:Bang}} locked them in a safe "and the door closed with a bang every night, so we knew the key was in his pocket."
C. Working hours were from 06:00 to 24:00, with a 20 min. meal break at noon and a 15 min. break at 18:00. Plaintiff {{r:Min}} testified that in the months before the stadium's opening the brigade worked 21 hours a day.
D. The Russian general contractor paid the brigade's wages in cash to {{r:Bang}}. Of an agreed 60,000 roubles per worker per month, Plaintiff {{r:Ok}} received between 3,000 and 6,000 roubles. The remainder was withheld as "loyalty funds", "revolutionary funds" and a fee for the {{u:Workers' Party of Korea}}.
E. When the Plaintiffs signed a Russian-language "labour contract" in June 2016, {{r:Bang}} asked Plaintiff {{r:Ok}} whether he understood it. Plaintiff {{r:Ok}} replied "ok", which {{r:Bang}} recorded as consent. Plaintiff {{r:Ok}} does not read Russian.
F. In March 2018 Plaintiff {{r:Ok}}'s brother, {{p:Ok Song-nam}}, who worked in the same brigade, was injured by a falling steel beam. {{r:Bang}} refused to call an ambulance. A Russian foreman, {{p:Andrei Viktorovich Lebedev}}, known to the workers as {{p:Andryusha}}, drove {{p:Song-nam}} to the {{u:Mariinsky Hospital}} on {{u:Liteyny Prospekt}}. {{p:Lebedev}} paid the admission fee himself.
G. In May 2018 the Plaintiffs left the dormitory, walked along {{u:Nevsky Prospekt}}, and sought protection. They arrived in the {{u:Republic of Korea}} in November 2018 via {{u:Pulkovo Airport}}.

2. Evidence
Testimony of witness {{p:Ko Sun-dok}}, a former cook of the brigade; written statement of {{p:Lebedev}} (Exhibit A-7); copy of a passport page in the name "{{r:MIN JAE UNG}}" (Exhibit A-2); messages sent by {{r:Bang}} to Plaintiff {{r:Min}}'s wife, {{p:Choe Yu-ri}}, via a relative in {{u:Hyesan}} (Exhibit A-11). In the messages {{r:Bang}} wrote that "{{r:Jae-ung}} will be remembered as a traitor, and so will {{p:Yu-ri}}."
The witness {{p:Ko}} stated that {{r:Bang Chol-u}} kept a second notebook, "{{r:Bang}}'s black book", listing which workers had spoken to Russians. {{p:Ko Sun-dok}} stated that Plaintiff {{r:Ok}} was listed because he had accepted cigarettes from {{p:Andryusha}}.

3. Judgment on the claim
A. The Court finds that the confiscation of passports, the working hours described in 1.C, the withholding of wages described in 1.D and the threats described in 2 constitute forced labour attributable to the Defendant {{u:Democratic People's Republic of Korea}}, in breach of, among others, {{u:UN Security Council}} Resolution 2397.
B. As to the Defendant {{u:Kim Jong Un}}, the Court finds that (omitted)...

4. Conclusion
The Plaintiffs' claims are accepted.

(Signatures omitted)""",
    },
    {
        "id": "h21-mixed-02",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ha Yong-chol", "하영철", "witness", ["영철"]),
            ("Pae Kwang-song", "배광성", "supervisor", ["Bae"]),
            ("No Chang-hun", "노창훈", "coworker", []),
        ],
        "note": "KakaoTalk PC export between an NGO staffer and a foreign researcher about a squid-boat witness; chat participant names on every line; 배 as surname and as boat, 노 as surname and as oar, 하 beside laughter; zero-width space inside a name; emoji; Chinese captain; ship and port names.",
        "text": """{{p:Tom Becker}} 님과 카카오톡 대화
저장한 날짜 : 2021-05-02 23:41:07

--------------- 2021년 4월 29일 목요일 ---------------
[{{p:Tom Becker}}] [오후 9:02] Hi {{p:지은}}, got the transcript, thank you 🙏
[{{p:Tom Becker}}] [오후 9:03] Quick q on line 40: "배 위에서 {{r:배}}가 다 봤다" - is 배 the boat or a person??
[{{p:지은}}] [오후 9:05] ㅋㅋㅋ 둘 다요
[{{p:지은}}] [오후 9:05] 배 위에서 (on the boat) {{r:배}}가 (captain's deputy {{r:배광성}}) 다 봤다
[{{p:지은}}] [오후 9:06] {{r:하​영철}} 씨가 그 사람을 항상 "{{r:배}} 부선장"이라고 불러요. 중국 사람들은 {{r:Bae}}라고 했대요
[{{p:Tom Becker}}] [오후 9:06] ok so {{r:Bae}} = {{r:Pae Kwang-song}}, the NK minder on board?
[{{p:지은}}] [오후 9:07] 네 맞아요. 선장은 중국 사람이고 {{r:배광성}}이 북한 선원 19명 관리
[{{p:Tom Becker}}] [오후 9:08] 👍 and the boat name again?
[{{p:지은}}] [오후 9:08] {{u:Lu Rong Yuan Yu 607}}. 오징어 채낚기. 2018-19 시즌 {{u:Montevideo}} 기항
[{{p:Tom Becker}}] [오후 9:10] Captain's name?
[{{p:지은}}] [오후 9:11] {{r:영철}} 씨는 라오{{p:천}}이라고만 기억해요. 老{{p:陈}}
[{{p:지은}}] [오후 9:11] 부인 사진을 맨날 보여줬대요 ㅎㅎ
[{{p:Tom Becker}}] [오후 9:13] And line 52, "{{r:노}}가 없어서" - oar?
[{{p:지은}}] [오후 9:14] 아 그건 사람이에요 😅 {{r:노창훈}}. 같은 방 쓰던 동료
[{{p:지은}}] [오후 9:14] "{{r:노}}가 없어서 혼자 했다" = because {{r:No}} wasn't there I did it alone
[{{p:Tom Becker}}] [오후 9:15] Haha ok. Korean is hard. No more questions tonight 😂
[{{p:지은}}] [오후 9:15] 하하 내일 해요

--------------- 2021년 4월 30일 금요일 ---------------
[{{p:Tom Becker}}] [오전 8:40] Morning. Where did {{r:No Chang-hun}} go after the ship?
[{{p:지은}}] [오전 8:52] {{r:창훈}} 씨는 2019년 3월에 배에서 떨어졌어요. 실종 처리
[{{p:지은}}] [오전 8:52] {{r:하영철}} 씨 말로는 {{r:배}} 부선장이 밤에 작업 시켰대요. 파도 높은데
[{{p:Tom Becker}}] [오전 8:55] 😔 Was it reported in {{u:Uruguay}}?
[{{p:지은}}] [오전 8:58] 몰라요. 선장 老{{p:陈}}은 {{u:Montevideo}}에서 "accident at sea"라고만 했대요
[{{p:지은}}] [오전 8:59] 그리고 {{r:Ha}} 씨 어머니 이름은 빼 주세요. {{p:길명숙}}. 아직 {{u:Rason}}에 계세요
[{{p:Tom Becker}}] [오전 9:01] Of course. Removing {{p:Kil Myong-suk}} from everything.
[{{p:Tom Becker}}] [오전 9:03] Also the Indonesian deckhand - {{p:Agus}}? He's in line 77
[{{p:지은}}] [오전 9:05] 네 {{p:Agus Setiawan}}. {{p:Agus}}가 {{r:영첳}} 씨한테 담배를 줬대요
[{{p:지은}}] [오전 9:05] 아 오타. {{r:영철}} 씨
[{{p:Tom Becker}}] [오전 9:06] And the Filipino cook, {{p:Jun-jun}}?
[{{p:지은}}] [오전 9:07] {{p:Jun-jun}} 맞아요. 본명은 모른대요
[{{p:Tom Becker}}] [오전 9:10] Wages: 19 men x USD 500 paid to {{r:Pae}}, men got USD 50-80?
[{{p:지은}}] [오전 9:12] 네. 나머지는 "충성자금"이랑 {{u:조선노동당}} 과제금. 하루 20시간 작업, 손가락 동상
[{{p:Tom Becker}}] [오전 9:13] Ugh. Thanks {{p:지은}} 🙏 will send draft Monday
[{{p:지은}}] [오전 9:14] 👍👍""",
    },
    {
        "id": "h21-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jon Myong-su", "전명수", "witness", ["명수"]),
            ("Kuk Chol", "국철", "supervisor", []),
            ("Tak Yong-gil", "탁용길", "coworker", ["족제비"]),
        ],
        "note": "KakaoTalk mobile export between an NGO worker and a former Vladivostok builder; supervisor 국철 beside 국 (soup), 국정원 and 철근 (rebar); 탁 beside 탁 치다; vocative 명수야 in a forwarded message; zero-width space inside a name; Russian and Uzbek names in Hangul and Cyrillic; emoji.",
        "text": """{{r:전명수}} 님과 카카오톡 대화
저장한 날짜 : 2022. 1. 9. 오후 3:20

2022년 1월 8일 토요일
2022. 1. 8. 오후 8:01, {{p:윤서}} : {{r:명수}} 씨 안녕하세요~ 지난번에 말씀하신 반장 이름 다시 한번 확인해도 될까요?
2022. 1. 8. 오후 8:03, {{r:전명수}} : 네 {{r:국​철}}이요 ㅋㅋ 이름이 짧아서 다들 헷갈려해요
2022. 1. 8. 오후 8:03, {{r:전명수}} : 다들 {{r:국}} 반장이라고 불렀어요
2022. 1. 8. 오후 8:04, {{p:윤서}} : 아 네ㅎㅎ {{r:국}} 반장님 이름이 {{r:철}} 한 글자인 거죠?
2022. 1. 8. 오후 8:05, {{r:전명수}} : 네 {{r:국철}}. {{u:블라디보스토크}} {{u:루스키섬}} 현장에서 철근 나르는 작업반 반장이었어요
2022. 1. 8. 오후 8:05, {{r:전명수}} : 철근 나르는 데 {{r:철}}이 반장이니까 애들이 "철이 철 나른다"고 뒤에서 웃었어요 😅
2022. 1. 8. 오후 8:07, {{p:윤서}} : ㅋㅋㅋ 근무 시간은 어땠어요?
2022. 1. 8. 오후 8:09, {{r:전명수}} : 아침 6시부터 밤 12시요. 여름엔 새벽 1시까지. 밥은 {{r:국}} 반장 마누라가 국 끓여서 현장에 가져왔어요. 국이라고 해봐야 배추 몇 잎
2022. 1. 8. 오후 8:10, {{r:전명수}} : 그 마누라도 이름 있어요 {{p:변옥희}}
2022. 1. 8. 오후 8:12, {{p:윤서}} : 같은 방 쓰신 분은 {{r:탁용길}} 씨 맞죠?
2022. 1. 8. 오후 8:13, {{r:전명수}} : 네 {{r:족제비}} ㅋㅋ 얼굴이 좁고 길어서요
2022. 1. 8. 오후 8:13, {{r:전명수}} : {{r:탁}}이는 성격이 급해서 책상을 탁 치고 일어나곤 했어요. {{r:국}} 반장한테 대들다가 맞았어요
2022. 1. 8. 오후 8:15, {{r:전명수}} : 러시아 감독은 {{p:사샤}}. {{p:알렉산드르 이바노비치}}. 폰에 {{p:Саша}}로 저장돼 있었어요
2022. 1. 8. 오후 8:16, {{r:전명수}} : 우즈벡 사람 {{p:벡조드}}도 있었는데 {{p:벡조드}}가 우리한테 빵 많이 줬어요 🍞
2022. 1. 8. 오후 8:18, {{p:윤서}} : 월급은요?
2022. 1. 8. 오후 8:21, {{r:전명수}} : 한 달에 4만 루블이라고 들었는데 손에 들어온 건 3천, 4천. 충성자금, 당비, 숙박비 다 떼고요. {{u:김정은}} 생일 때는 "특별충성자금"이라고 또 뗐어요
2022. 1. 8. 오후 8:21, {{r:전명수}} : 여권은 {{r:국철}}이 도착하자마자 걷었어요

2022년 1월 9일 일요일
2022. 1. 9. 오후 2:40, {{p:윤서}} : {{r:명수}} 씨, 어제 말씀하신 동생분 메시지 캡처 보내주실 수 있나요?
2022. 1. 9. 오후 2:52, {{r:전명수}} : [사진]
2022. 1. 9. 오후 2:52, {{r:전명수}} : 2018년에 동생이 중국 폰으로 보낸 거예요. 글자로 옮기면
2022. 1. 9. 오후 2:53, {{r:전명수}} : "{{r:명수}}야 오빠 잘 있어? {{r:국}} 반장이 집에 왔었어. 오빠가 말 안 들으면 나랑 엄마 추방된대. 제발 조용히 있어 -{{p:명희}}"
2022. 1. 9. 오후 2:54, {{p:윤서}} : 😢 {{p:명희}} 씨 이름은 보고서에서 뺄게요
2022. 1. 9. 오후 2:55, {{r:전명수}} : 네 {{p:전명희}}. 꼭 빼주세요. 엄마 {{p:심정애}}도요
2022. 1. 9. 오후 2:58, {{r:전명수}} : 그리고 {{u:국정원}}에서 조사받을 때도 {{r:국}} 반장 얘기 다 했어요. 그쪽에선 {{r:국철}}을 이미 알더라고요
2022. 1. 9. 오후 3:01, {{p:윤서}} : 알겠습니다. {{r:탁용길}} 씨는 지금 어디 계신지 아세요?
2022. 1. 9. 오후 3:05, {{r:전명수}} : 몰라요. 2019년 {{u:연해주}}에서 코로나 전에 도망갔다는 말만 들었어요. {{r:족제비}}는 살아 있을 거예요 잘 도망가니까
2022. 1. 9. 오후 3:06, {{r:전명수}} : 아 그리고 {{u:인천공항}} 도착했을 때 마중 나온 {{p:한}} 목사님 이름도 빼주세요 🙏
2022. 1. 9. 오후 3:07, {{p:윤서}} : 네 그럼요. 감사합니다 {{r:명수}} 씨!""",
    },
    {
        "id": "h21-en-06",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Pyon Kyong-sik", "변경식", "witness", ["PYON K.S."]),
            ("Chu Tong-hun", "주동훈", "supervisor", []),
        ],
        "note": "Moscow hospital discharge record translated from Russian with NGO annotations; registered patient and minder written in Cyrillic transliteration and initials; doctors with patronymics, a nurse's diminutive; hospital, institute and avenue named after persons.",
        "text": """[Translation from Russian. Translator's notes in square brackets. Provided by the witness; copy on file.]

{{u:Moscow City Health Department}}
{{u:City Clinical Hospital named after S. P. Botkin}}
Department of Traumatology No. 2

DISCHARGE SUMMARY (extract from medical record No. 17-4482)

Patient: {{r:ПЁН КЁН СИК}} [= {{r:Pyon Kyong-sik}}, {{r:변경식}}]
Date of birth: 00.00.1979 [field left as zeros in the original]
Citizenship: {{u:DPRK}}
Address: not stated. Employer: "{{u:Stroy-Invest LLC}}" [per accompanying person]
Admitted: 14.11.2019, 02:40, by ambulance from construction site, {{u:Leninsky Prospekt}}, bldg. 146
Discharged: 29.11.2019
Accompanied by: {{r:ЧУ ДОН ХУН}} [{{r:Chu Tong-hun}}], who stated he is the patient's "team leader" and interpreter.

Diagnosis: Closed fracture of the left calcaneus with displacement. Contusion of the lumbar region. Exhaustion (BMI 17.1).
History (from accompanying person): fell from scaffolding, height approx. 3 m. [{{r:Pyon}} told us he fell from the fifth floor. He says {{r:Chu}} told the doctors 3 metres so the hospital would not call the police.]
Treatment: open reduction, internal fixation (16.11.2019). Surgeon: {{p:A. G. Khachaturyan}}. Anaesthesia: {{p:Petrova E. V.}}
Condition on discharge: satisfactory. Walking with crutches.
Recommendations: no load on the left leg for 8 weeks. Follow-up at a district polyclinic. Referral for rehabilitation to {{u:Sklifosovsky Institute}} [not used].
Attending physician: {{p:Irina Sergeyevna Morozova}}
Head of department: {{p:Morozov}} [no relation, {{r:Pyon}} says; he asked]

Note in margin, handwritten: "Pt. asked nurse {{p:Lyuba}} for phone. Refused by acc. person. 21.11." [{{p:Lyuba}} = {{p:Lyubov}}. {{r:Pyon}} remembers her as "{{p:류바}}".]

---
NGO annotations ({{p:K. Haddad}}, 03/2020):
1. {{r:PYON K.S.}} is the spelling on his work card; his passport, which {{r:Chu}} kept, reads "{{r:PYON KYONG SIK}}".
2. {{r:Chu Tong-hun}} signed the consent form for the operation himself. Dr {{p:Morozova}} wrote "patient does not speak Russian; consent via representative".
3. After discharge {{r:Chu}} took {{r:Pyon}} back to the dormitory on the 31st of November [sic, in {{r:Pyon}}'s written statement]. He was made to sort screws while sitting, 14 hours a day. {{r:Chu}} told him the hospital bill, about 240,000 roubles, would be repaid from the brigade's wages; the brigade blamed {{r:Kyong-sik}}.
4. A coworker, {{p:Rim Hak-su}}, visited him twice in hospital. {{p:Rim}} is still in {{u:Moscow}} as far as we know. Do not contact.
5. Dr {{p:Khachaturyan}} gave {{r:Pyon}} a phone number for the {{u:Civic Assistance Committee}}. {{r:Pyon}} called it in February 2020 from a phone belonging to a Kyrgyz worker, {{p:Bakyt}}.
6. The "loyalty fund" and "plan money" deductions are described in his first interview. {{r:Chu}} is said to be the nephew of a senior official; we have not verified this and will not publish it.

Filed by: {{p:K. Haddad}}
Checked: {{p:Sun-hee}}""",
    },
    {
        "id": "h21-ko-06",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Sin Kwang-chol", "신광철", "witness", ["광철"]),
            ("Kum Sun-hwa", "금순화", "relative", ["순화"]),
            ("Ri Pyong-ho", "리병호", "supervisor", []),
        ],
        "note": "Unsent letter from a Qatar construction worker to his wife, handed to the NGO; wife 금 beside 금요일 and 금반지, writer 신 beside 신 (shoes); son addressed by vocative 혁아; minder 리 in several spellings; stadium and airport named after emirs; very short lines.",
        "text": """사랑하는 {{r:순화}}에게

여보.
잘 있소?
{{r:광철}}이오.

이 편지가 당신 손에 들어갈지 모르겠소. 여기 {{u:도하}}에서는 편지를 부치려면 {{r:리}} 지도원한테 먼저 보여야 하오. 그래서 이건 부치지 않을 편지요. 그래도 쓰오.

금요일 아침이오. 금요일은 여기 사람들이 쉬는 날이라는데 우리는 오전만 쉬오. 오늘은 그 오전도 없소. {{u:루사일}} 현장 기초 공사가 늦어져서 {{r:리병호}} 지도원이 새벽 네 시에 깨웠소. 신을 신을 새도 없이 버스에 탔소. 여기 신발은 한 달이면 밑창이 녹아 버리오. 땅이 그만큼 뜨겁소.

{{r:순화}}, 당신이 시집올 때 어머니가 준 금반지 기억하오? 떠나기 전날 내가 그걸 팔아 여비를 보탰지. 돌아가면 더 큰 금반지를 사 주겠다고 했는데, 미안하오. 여기 와서 삼 년 동안 손에 쥔 돈이 그 반지 값도 안 되오. 월급은 {{r:리}} 지도원이 회사에서 한꺼번에 받아서 충성자금, 국가계획금, 식비를 떼고 우리한테는 종이 한 장만 보여 주오. {{u:김정은}} 원수님 생일이 있는 달에는 그 종이도 없소.

{{p:혁}}아.
아버지다.
키가 많이 컸겠구나. 엄마 말 잘 듣고 있냐. 아버지가 일하는 곳 옆에는 {{u:칼리파 국제경기장}}이라는 큰 경기장이 있다. 너 공 차는 거 좋아하지. 거기서 세계 축구 경기를 한단다. 아버지는 그 경기장 옆 주차장을 만들었다.

여보, 같이 일하는 {{p:신창혁}}이라는 사람이 있소. 나랑 성이 같아서 사람들이 큰 {{r:신}}, 작은 {{p:신}} 하고 부르오. 내가 큰 {{r:신}}이오. 작은 {{p:신}}은 {{u:혜산}} 사람인데 지난달에 더위를 먹고 쓰러졌소. {{r:리병호}}는 {{u:하마드 병원}}에 보내지 않고 숙소에 눕혀 두었소. 네팔 사람 {{p:수닐}}이 얼음을 가져다줬소. {{p:수닐}}은 우리말로 "고맙습니다"를 할 줄 아오.

우리 방에는 여덟 명이 자오. {{p:남철준}}, {{p:방영수}}, {{p:하}}씨 형제, 그리고 {{u:함흥}}에서 온 {{p:육}}씨. {{p:육}}씨는 육십이 다 된 사람인데도 하루 열여섯 시간을 버티오. {{p:방영수}}는 방 청소 당번을 맨날 남한테 떠넘겨서 {{p:남철준}}이랑 자주 싸우오. 싸우면 {{p:철준}}이가 이기오. 밤에 {{p:하}}씨 형제 중 동생이 자다가 엄마 하고 우는 소리를 내면 다들 모른 척하오.

현장 감독은 {{p:알쿠와리}}라는 카타르 사람이오. {{p:쿠와리}} 씨는 점심때 우리한테 물을 더 주라고 {{r:리}} 지도원한테 말했다가 {{r:리병호}}가 돌아서서 욕하는 걸 못 알아들었소. 처음 {{u:하마드 국제공항}}에 내렸을 때 여권을 걷어 간 것도 {{r:병호}} 그 사람이오.

{{r:리}} 지도원은 남쪽 사람들처럼 자기를 "{{r:이병호}}"라고 부르는 사람이 있으면 뺨을 때리오. 우리 반 {{p:곽}}씨가 한번 그랬다가 귀가 멍멍해졌소. 그래도 {{p:곽명일}}이는 웃었소. 나는 그게 더 무서웠소.

어머니께는 내가 건강하다고만 전해 주오. 아버님 산소에는 {{p:금동수}} 형님이 대신 다녀왔다고 들었소. 형님께도 고맙다고 해 주오. 처남 {{p:동수}} 형님 말고는 믿을 사람이 없소.

{{r:리}} 지도원이 지난 총화 때 그랬소. 집에 편지로 여기 사정을 쓰는 놈은 가족이 {{u:평양}}에서 쫓겨난다고. 그래서 이 편지는 부치지 않소. 언젠가 내 손으로 줄 테니 그때까지 기다려 주오.

2017년 5월 금요일
{{u:카타르}}에서
{{r:신광철}}

(추신. {{r:금순화}} 동무라고 쓰려다가 그냥 여보라고 썼소. {{r:순화}}야, 보고 싶소.)""",
    },
    {
        "id": "h21-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Gil Chang-ho", "길창호", "witness", ["Kil Chang-ho"]),
            ("Wang Sung-nam", "왕성남", "supervisor", []),
            ("Pyon Chol", "변철", "coworker", ["철"]),
        ],
        "note": "Khabarovsk building site, interpreted transcript alternating English questions and Korean answers; Korean supervisor surnamed Wang beside a Chinese foreman Wang; coworker 변 beside 변소 and given name 철 beside 철근; witness 길 beside 길 (road); Russian foreman with diminutive in two scripts; street named after a governor.",
        "text": """Transcript, interview H-22 (interpreted). INT = interviewer (English), IP = interpreter ({{p:Seo-yeon}}), W = witness.

INT: Please state your name.
IP: 성함 말씀해 주세요.
W: {{r:길창호}}입니다. 옛날 여권에는 {{r:Kil Chang-ho}}로 돼 있었어요.
IP: {{r:Gil Chang-ho}}. His old passport said {{r:Kil}}.
INT: Where did you work?
IP: 어디서 일하셨어요?
W: {{u:하바롭스크}}요. 2015년부터 2018년까지 아파트 짓는 현장이요. {{u:무라비요프아무르스키 거리}} 뒤쪽.
IP: In {{u:Khabarovsk}}, 2015 to 2018, an apartment site behind {{u:Muravyov-Amursky Street}}.
INT: Who was your team leader?
IP: 작업반장이 누구였어요?
W: {{r:왕성남}}이요. {{r:왕}} 반장.
IP: {{r:Wang Sung-nam}}. Team leader {{r:Wang}}.
INT: {{r:Wang}} - was he Chinese?
IP: 중국 사람이었어요?
W: 아니요, 우리 반장은 조선 사람이에요. 그런데 현장에 중국 사람 {{p:왕}} 씨도 있었어요. 미장 쪽 책임자. 그래서 그 사람은 "중국 {{p:왕}}", 우리 반장은 "우리 {{r:왕}}"이라고 불렀어요.
IP: No, he was Korean. There was also a Chinese foreman called {{p:Wang}}, for plastering. They said "Chinese {{p:Wang}}" and "our {{r:Wang}}".
INT: How long were your days?
IP: 하루에 몇 시간 일하셨어요?
W: 아침 일곱 시부터 새벽 한두 시. {{r:왕성남}}이 계획 못 채우면 밤새 시켰어요. 길이 얼어서 버스가 못 오는 날도 걸어서 갔어요. 길에서 넘어져도 {{r:왕}} 반장은 안 봐줬어요.
IP: Seven in the morning to one or two at night, all night if they missed the plan. When the roads froze they walked.
INT: Tell me about your coworkers.
IP: 같이 일한 사람들 얘기해 주세요.
W: {{r:변철}}이요. {{r:철}}이는 철근공이었어요. 철근 묶는 거. {{r:변}}이가 말을 더듬어서 {{r:왕}} 반장이 벌로 변소 청소를 맨날 시켰어요.
IP: {{r:Pyon Chol}}, a rebar worker. He stuttered, so {{r:Wang}} made him clean the toilets as punishment.
INT: Any Russians you remember?
IP: 기억나는 러시아 사람 있어요?
W: 프라랍, 감독이요. {{p:니콜라이 스테파노비치}}. 우리는 {{p:콜랴}}라고 했어요. {{p:콜랴}}가 {{r:철}}이한테 장갑을 줬어요. 그리고 경비 서던 할머니 {{p:타마라}}.
IP: The site manager, {{p:Nikolai Stepanovich}}, "{{p:Kolya}}". {{p:Kolya}} gave {{r:Chol}} gloves. And an old woman guard, {{p:Tamara}}.
INT: Were you paid?
IP: 월급은 받으셨어요?
W: 조금요. 한 달 3만 루블이라는데 {{r:왕}} 반장이 충성자금, 계획분, 식비 떼고 2천, 3천 줬어요. {{u:김정은}} 원수님 생일 전에는 아예 없었어요.
IP: A little. Nominally thirty thousand roubles; after deductions two or three thousand. Nothing in the month of {{u:Kim Jong Un}}'s birthday.
INT: What happened to {{r:Pyon Chol}}?
IP: {{r:변철}} 씨는 어떻게 됐어요?
W: 2017년 겨울에 손이 얼어서... {{u:하바롭스크 제1병원}}... 아니, {{u:제2병원}}이었나. {{p:콜랴}}가 데려갔어요. {{r:변철}}이 돌아오고 나서 {{r:왕성남}}이 "{{r:철}}이 때문에 계획 망쳤다"고 다 들으라고 했어요.
IP: Winter 2017, frostbite. {{p:Kolya}} took him to hospital - the witness is not sure which. Afterwards {{r:Wang}} blamed {{r:Chol}} in front of everyone.
INT: Thank you, Mr {{r:Gil}}. Shall we stop?
IP: 잠깐 쉴까요, {{r:길}} 선생님?
W: 네.""",
    },
    {
        "id": "h21-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Hyon Tae-u", "현태우", "witness", ["Tae-u"]),
            ("Jo Myong-nam", "조명남", "supervisor", ["Cho"]),
            ("Mun Kyong-il", "문경일", "coworker", ["Moon"]),
        ],
        "note": "Email thread between NGO staff and a Dakar researcher about North Korean builders in Senegal; coworker Moon beside 'full moon'; supervisor Jo/Cho; a private Senegalese Diop beside a university and avenue named after Cheikh Anta Diop; airports named after presidents; a former president as public figure.",
        "text": """From: {{p:Claire Dubois}} <casework@ngo.example>
To: {{p:Mamadou Ndiaye}}
Cc: {{p:Ji-hoon Seo}}
Date: Tue, 8 Mar 2022 10:14
Subject: RE: RE: {{u:Senegal}} site - witness {{r:Hyon}}

{{p:Mamadou}},

Thank you for the photos. {{r:Hyon Tae-u}} recognised two places: the workers' compound behind the {{u:African Renaissance Monument}} and the housing site off {{u:Avenue Cheikh Anta Diop}}. He says they were brought in through {{u:Léopold Sédar Senghor International Airport}} in 2011 and flew out through the new {{u:Blaise Diagne International Airport}} in 2018, which fits.

He names the minder as {{r:Jo Myong-nam}}. On the site the Senegalese workers called him "Monsieur {{r:Cho}}". {{r:Jo}} held the passports and the phones. {{r:Tae-u}} says the men worked 6 a.m. to 10 p.m., and on statue work for {{u:Mansudae Overseas Project Group}} sometimes through the night.

Could you ask your contacts about a Senegalese foreman, {{p:Moustapha Diop}}? {{r:Hyon}} says {{p:Moustapha}} was the only one who spoke to them. (Not related to {{u:Cheikh Anta Diop}}, obviously, though {{r:Tae-u}} thought at first that the avenue was named after him!)

Best,
{{p:Claire}}

-----Original message-----
From: {{p:Mamadou Ndiaye}}
Date: Mon, 7 Mar 2022 18:52
Subject: RE: {{u:Senegal}} site - witness {{r:Hyon}}

Dear {{p:Claire}},

Yes, I know of {{p:Moustapha}}. {{p:Diop}} now works in {{u:Thiès}}. He remembers "the Koreans" well. He told me about a worker they called "{{r:Moon}}", who fainted on the scaffolding one night under a full moon and fell two metres. The minder refused to take him to {{u:Hôpital Principal de Dakar}}. {{p:Moustapha}} drove "{{r:Moon}}" to a private clinic in {{u:Ouakam}} himself and paid 40,000 CFA.

He also says that the money was paid by the contractor to the minder, not to the men, and that the Koreans called it "loyalty money". He heard the word "{{u:Kim Jong Un}}" many times.

A Senegalese woman, {{p:Aminata Sow}}, sold them food on credit. {{p:Aminata}} says {{r:Cho}} paid her debts once, all at once, before they left, "like a man closing a shop".

{{p:Mamadou}}

-----Original message-----
From: {{p:Ji-hoon Seo}}
Date: Mon, 7 Mar 2022 09:03
Subject: {{u:Senegal}} site - witness {{r:Hyon}}

All,

Notes from yesterday's call with {{r:Hyon Tae-u}} ({{r:현태우}}):
- 2011-2018, {{u:Dakar}}. Monument maintenance, then housing and a stadium job.
- Minder: {{r:Jo Myong-nam}} ({{r:조명남}}).
- Friend: {{r:Mun Kyong-il}} ({{r:문경일}}), called "{{r:Moon}}" by the Senegalese. {{r:Mun}} injured 2016 (fall). {{r:Kyong-il}} sent home 2017, no news.
- Another worker, {{p:Chae}}, died of malaria 2014 (per {{r:Hyon}}). Body sent home. {{r:Jo}} told the men {{p:Chae}} died of "carelessness".
- {{r:Hyon}}'s wife {{p:Pak Sun-im}} and daughter in {{u:Nampho}}. {{r:Jo}} mentioned them "every week".
- He remembers the statue's opening and President {{u:Abdoulaye Wade}}'s speech; the workers were kept behind a fence.
- Left via {{u:Blaise Diagne}} on a group flight; escaped during the transit in {{u:Addis Ababa}}. Help from an Ethiopian cleaner he knows as {{p:Abebe}}.

{{p:Mamadou}}, could you check with {{p:Moustapha}}?

{{p:Ji-hoon}}""",
    },
    {
        "id": "h21-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yuk Song-jin", "육성진", "witness", ["성진"]),
            ("Pyo Mi-ok", "표미옥", "supervisor", []),
            ("Chon Un-byol", "천은별", "coworker", ["은별"]),
        ],
        "note": "Dandong hospital record translated from Chinese with interviewer memo, garment factory; patient 육 beside 육 일 and 육류, supervisor 표 beside 체온표, coworker 천 beside 천 위안 and 천 (cloth); registered name in Hanzi and pinyin; Chinese doctor and nurse with 小; impossible discharge date.",
        "text": """[번역본] 중국어 원문 입원 기록 요약 + 면담 메모
번역: {{p:최련화}} / 확인: {{p:민하준}}

{{u:단둥시 제1인민병원}} 외과 입원 기록 (요약)
환자 성명: {{r:陆成珍}} (병원 전산 표기 {{r:LU CHENGZHEN}}, 본인 확인 {{r:육성진}})
성별: 여 / 나이: 24세 / 국적: {{u:조선}}
직장: {{u:단둥화성복장유한공사}}
입원: 2019년 6월 ?일 (원문 판독 불가) / 퇴원: 2019년 6월 31일 (원문대로)
주소: 복통 6일.
현병력: 환자는 6일 전부터 우하복부 통증이 있었으나 직장에서 계속 일함. 동반자 {{r:表美玉}}(직장 관리자, {{u:조선}} 국적)는 "{{r:陆}}는 평소에 꾀병이 많다"고 진술함.
진단: 급성 충수염, 국소 복막염.
처치: 충수절제술 시행. 집도의 {{p:刘建国}}.
경과: 수술 후 체온 38.9도. 체온표 참조. 간호사 小{{p:张}}이 "환자가 밤에 울면서 집에 가고 싶다고 함"이라고 기록.
비고: 입원비는 동반자가 현금 납부. 환자 본인 서명란은 동반자가 대신 서명.
면회 기록: 6월 ?일 {{r:表美玉}}, 6월 ?일 {{p:金}}(공장 측), 6월 ?일 {{r:表美玉}}. 그 외 면회 없음.

[면담 메모 - 2020.2, {{u:서울}}]
- {{r:성진}} 씨는 병원 이름을 "{{p:류}} 선생님 병원"이라고 기억함. {{p:류젠궈}} 의사를 {{p:류}} 선생님이라고 부른 것.
- 공장: {{u:압록강}} 건너 {{u:신의주}}가 보이는 곳. 하루 15시간 재봉. 계약서에는 월 천 위안이라는데 손에 쥔 건 백 위안도 안 됨. 충성자금, 식비, "{{u:조선노동당}} 창건 기념 과제금".
- 관리자 {{r:표미옥}}. 다들 "{{r:표}} 조장"이라고 함. {{r:표}} 조장이 작업량을 표로 만들어 벽에 붙였고, 표 맨 아래 세 명은 밥을 반만 줌.
- 배가 아프다고 한 날부터 엿새 동안 {{r:표미옥}}이 병원에 안 보냄. 육 일째 되는 날 쓰러져서 중국인 공장장 {{p:金}} 사장({{p:김}} 사장, 조선족)이 차로 데려감.
- {{r:육}} 씨 본인 말: "육 일을 참았어요. 육류는커녕 죽도 못 먹었어요."
- 동료 {{r:천은별}}. {{r:은별}}이는 재단반. 천을 자르다가 재단 가위에 손바닥을 베었을 때 {{r:표}} 조장이 반창고만 주고 돌려보냄. {{r:천}} 씨는 그 뒤로 왼손을 잘 못 씀.
- 같은 방 {{p:연순희}}, {{p:우정란}}. {{p:연}} 언니가 {{r:성진}} 씨 몫의 일을 대신 해 줌. {{p:우정란}}은 {{r:표미옥}}에게 밀고하는 사람이었다고 함.
- 가족: 어머니 {{p:심명자}}, {{u:평안북도}} {{u:룡천}} 거주. {{r:표}} 조장이 "너희 엄마 {{u:룡천}}에서 농장으로 보낸다"고 한 적 있음.
- 하루 일과: 새벽 5시 반 기상, 6시 작업 시작, 점심 20분, 저녁 20분, 밤 9시 "생활총화", 그 뒤 자정까지 다시 작업. 일요일 오후만 휴식인데 그날은 {{u:김정은}} 원수님 노작 학습.
- 공장에 온 조선 측 보위원은 {{p:탁명준}}. {{r:성진}} 씨는 그를 "{{p:탁}} 선생"이라고만 불렀음. 한 달에 한 번 {{u:신의주}}에서 {{u:압록강}} 다리를 건너옴. {{p:탁}} 선생이 오면 {{r:표미옥}}이 기숙사 방 검사를 함.
- 재단반 반장은 {{p:국영애}}. {{p:국}} 반장은 {{r:천은별}}의 손 상처를 보고도 보고하지 않음.
- 퇴원 후 일주일 만에 재봉틀 앞에 다시 앉음. 실밥은 {{p:연순희}}가 뽑아 줌.
- 2019년 가을 {{u:단둥}} 시내 외출 때 조선족 식당 주인 {{p:허}} 아주머니를 통해 탈출. {{p:허}} 아주머니 실명은 공개 금지.

※ 원문 사본은 {{r:육성진}} 씨가 보관. 병원 기록의 "{{r:陆成珍}}"이 본인이라는 확인서 첨부.""",
    },
    {
        "id": "h21-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yang Mi-rae", "양미래", "witness", ["Mirae"]),
            ("Kim Ok-hwa", "김옥화", "supervisor", ["Ok-hwa"]),
            ("Do Sun-yong", "도순영", "coworker", ["Squirrel"]),
        ],
        "note": "WhatsApp export between a caseworker and a former Hunchun garment worker; coworker surnamed Do beside 'Do you', supervisor Ok-hwa beside 'ok', nickname Squirrel beside a real squirrel; soft hyphen inside a name; display name with emoji; Korean-Chinese manager in Hanzi and romanization.",
        "text": """12/03/2021, 21:04 - Messages and calls are end-to-end encrypted.
12/03/2021, 21:04 - {{p:Dana Kim}}: Hi {{r:Mirae}}! It's {{p:Dana}} from the office. Is now ok to ask a few things?
12/03/2021, 21:09 - {{r:Mirae}} 🌸: ok 😊
12/03/2021, 21:10 - {{p:Dana Kim}}: Thank you! First: the line manager's name. You said Auntie {{r:Kim}}?
12/03/2021, 21:12 - {{r:Mirae}} 🌸: {{r:Kim Ok-hwa}}. {{r:김옥화}}
12/03/2021, 21:12 - {{r:Mirae}} 🌸: we say {{r:Ok-hwa}} auntie but not nice auntie 😤
12/03/2021, 21:13 - {{p:Dana Kim}}: Ok. And {{r:Ok-hwa}} was North Korean, not Chinese?
12/03/2021, 21:15 - {{r:Mirae}} 🌸: yes from {{u:Chongjin}}. Chinese manager is other person. {{p:Jin Meihua}}. {{p:金美花}}. we say {{p:김미화}}
12/03/2021, 21:15 - {{r:Mirae}} 🌸: two {{r:Kim}}, very confusing haha
12/03/2021, 21:16 - {{p:Dana Kim}}: Haha yes. Do you remember the factory name?
12/03/2021, 21:18 - {{r:Mirae}} 🌸: {{u:Hunchun Jinhai Garment}}. in {{u:Hunchun}}, near {{u:Tumen River}}
12/03/2021, 21:18 - {{r:Mirae}} 🌸: <Media omitted>
12/03/2021, 21:19 - {{r:Mirae}} 🌸: this is the gate
12/03/2021, 21:21 - {{p:Dana Kim}}: Thank you 🙏 And your friend, {{r:Do Sun­yong}}?
12/03/2021, 21:23 - {{r:Mirae}} 🌸: {{r:Sun-yong}}!! we call her {{r:Squirrel}} 🐿️ because she keep bread in her cheek
12/03/2021, 21:23 - {{r:Mirae}} 🌸: one time real squirrel come in dormitory and everybody scream "{{r:Squirrel}} {{r:Squirrel}}" and she get angry 😂
12/03/2021, 21:25 - {{p:Dana Kim}}: 😂 Do you know where {{r:Do}} is now?
12/03/2021, 21:31 - {{r:Mirae}} 🌸: no. still in {{u:China}} I think. {{r:Ok-hwa}} send her to other factory 2020
12/03/2021, 21:32 - {{p:Dana Kim}}: Working hours?
12/03/2021, 21:34 - {{r:Mirae}} 🌸: 7 morning to 11 night. sometimes 2 night if order big. Sunday half
12/03/2021, 21:34 - {{r:Mirae}} 🌸: {{r:Kim Ok-hwa}} lock the door at night
12/03/2021, 21:35 - {{p:Dana Kim}}: And wages?
12/03/2021, 21:38 - {{r:Mirae}} 🌸: they say 2000 yuan. we get 150. loyalty money for {{u:Kim Jong Un}}, food money, dormitory money. {{r:Ok-hwa}} write in book
12/03/2021, 21:39 - {{r:Mirae}} 🌸: passport in Boss {{p:Liu}} safe. {{p:Liu}} and {{r:Ok-hwa}} have key
12/03/2021, 21:40 - {{p:Dana Kim}}: Is {{p:Liu}} the Chinese owner?
12/03/2021, 21:41 - {{r:Mirae}} 🌸: yes {{p:刘}} 사장. {{p:Liu Dewei}}
12/03/2021, 21:44 - {{p:Dana Kim}}: Last one for tonight: how did you get out?
12/03/2021, 21:52 - {{r:Mirae}} 🌸: taxi driver Lao {{p:Jin}}. Lao {{p:Jin}} is {{p:Jin Meihua}} cousin. I pay 3000 yuan later
12/03/2021, 21:52 - {{r:Mirae}} 🌸: please not write {{p:Jin}} name 🙏🙏
12/03/2021, 21:53 - {{p:Dana Kim}}: We won't. I'll use "driver". Thank you {{r:Mirae}} ❤️
12/03/2021, 21:54 - {{r:Mirae}} 🌸: thank you {{p:Dana}} unnie
13/03/2021, 08:02 - {{r:Mirae}} 🌸: {{p:Dana}} unnie one more. {{r:Ok-hwa}} husband is {{p:Pak Chol-jun}}, he is security man, he come every month from {{u:Rason}}. he say my mother {{p:Yang Sun-ja}} will go to farm if I talk
13/03/2021, 08:03 - {{r:Mirae}} 🌸: {{p:Pak}} is very scary
13/03/2021, 08:15 - {{p:Dana Kim}}: Thank you for telling me. Noted, and we will keep your mother's name out. Do rest today 💛""",
    },
    {
        "id": "h21-en-09",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Nam Hyok", "남혁", "witness", ["Hyok"]),
            ("Choe Sang-gil", "최상길", "supervisor", ["Tsoi"]),
            ("Jang Ok-ran", "장옥란", "official", []),
        ],
        "note": "Moscow brigade ledger copied by the witness, with the Russian contractor's payroll in Cyrillic and NGO notes; all-caps surnames that are English words or abbreviations (NAM, MA, MIN, SO, HA, O, YU); team leader's Russian surname Tsoi beside the singer Viktor Tsoi; avenue named after a marshal.",
        "text": """EXHIBIT 4 - Brigade ledger, October 2018 (handwritten notebook of the team leader, photographed by W; transcribed by NGO)

Site: residential block, {{u:Marshal Zhukov Avenue}}, {{u:Moscow}}
Contractor: {{u:StroyMontazh-Invest LLC}}
Team leader: {{r:CHOE SANG-GIL}}
Cashier (consulate side): {{r:JANG OK-RAN}}

No | Name | Days | Gross RUB | Plan | Loyalty | Food+dorm | Net
1 | {{r:NAM HYOK}} | 31 | 52,000 | 30,000 | 8,000 | 9,500 | 4,500
2 | {{p:MA TONG-IL}} | 31 | 52,000 | 30,000 | 8,000 | 9,500 | 4,500
3 | {{p:MIN KYONG-HO}} | 29 | 48,600 | 30,000 | 8,000 | 9,500 | 1,100
4 | {{p:SO IL-NAM}} | 31 | 52,000 | 30,000 | 8,000 | 9,500 | 4,500
5 | {{p:HA KWANG-MIN}} | 12 | 20,100 | 30,000 | 8,000 | 9,500 | -27,400
6 | {{p:O CHUN-HO}} | 31 | 52,000 | 30,000 | 8,000 | 9,500 | 4,500
7 | {{p:YU CHANG-SU}} | 31 | 52,000 | 30,000 | 8,000 | 9,500 | 4,500
8 | {{p:PANG SONG-U}} | 30 | 50,300 | 30,000 | 8,000 | 9,500 | 2,800
9 | {{p:RI CHOL}} | 31 | 52,000 | 30,000 | 8,000 | 9,500 | 4,500
10 | {{p:KIM IL}} | 31 | 52,000 | 30,000 | 8,000 | 9,500 | 4,500
Total withheld "for the Fatherland": 380,000 RUB
Remark (in Korean in the original): "{{p:HA}} - sick 19 days, debt carried to Nov. {{p:MIN}} - 2 days punishment. {{r:NAM}} - self-criticism done."
Signed: {{r:Choe}} / {{r:Jang}}

NGO NOTES
a) Line 5: {{p:Ha Kwang-min}} was the man with the crushed foot described in W's interview (p. 14). His "net" is negative: the brigade treated hospital days as debt. {{p:Ha}}, in W's words, "owed the Party money for being injured".
b) {{p:O Chun-ho}} and {{p:So Il-nam}}: W confirms both are real names. {{p:O}} is the oldest man in the brigade. So the one-letter surname is not an abbreviation.
c) {{p:Min}}'s "punishment days": two days' wages deducted for speaking to an Uzbek worker, {{p:Farrukh}}.
d) {{r:Jang Ok-ran}} is listed at the consulate as an accountant. W says {{r:Jang}} collected the "loyalty" column in cash on the 5th of each month and carried it in a {{u:Sberbank}} envelope.

EXHIBIT 5 - Contractor's payroll (extract), same month, in Russian
Бригада №7, бригадир {{r:ЦОЙ С.}}
1. {{r:НАМ ХЁК}} - 52 000
2. {{p:МА ТОН ИР}} - 52 000
3. {{p:МИН ГЁН ХО}} - 48 600
...
Получил: {{r:Цой}} (signature)

NGO NOTES
e) The contractor's accountant wrote {{r:Choe}} as "{{r:Цой}}" ({{r:Tsoi}}), the usual Russian spelling of the surname. W says the Russians on site teased {{r:Choe Sang-gil}} by singing songs of {{u:Viktor Tsoi}} whenever he walked past, and {{r:Tsoi}} never understood why.
f) The full payroll total matches the ledger's gross column. Every rouble went to {{r:Цой С.}}; none of the men signed. The contractor's site manager, {{p:Dmitry Olegovich}}, told W through a Kazakh driver, {{p:Yerlan}}, that "your {{r:Tsoi}} takes it all".
g) {{r:Hyok}} asks that line 9 ({{p:Ri Chol}}) be blacked out before any publication: {{p:Chol}} is still in {{u:Russia}}.""",
    },
    {
        "id": "h21-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Hyok-chol", "최혁철", "witness", ["Choi Hyuk-chul", "Chey"]),
            ("Ri Man-bok", "리만복", "supervisor", ["Chopstick"]),
            ("Pang Kum-song", "방금성", "coworker", ["Frog"]),
        ],
        "note": "Translator's note on a Sakhalin crab-processing and trawler testimony; one witness in Choe/Choi/Chey spellings and Hyok/Hyuk, minder Ri/Lee/Yi plus the nickname Chopstick beside real chopsticks, coworker nicknamed Frog; city, university and ships named after persons; soft hyphen in a name.",
        "text": """TRANSLATOR'S NOTE to the English version of testimony S-09
Translator: {{p:Esther Ryu}}
Date: 2021-?-14 (month illegible in my own notes; I will correct it)

1. Names and spellings

The witness, {{r:최혁철}}, writes his name in Latin letters as {{r:Choe Hyok-chol}}, which is the North Korean convention and the one used in this translation. His South Korean resettlement documents say {{r:Choi Hyuk-chul}}. The Russian fishing company's crew list, which he photographed, says "{{r:CHEY KHYOK CHKHOL}}", and the Russians on board called him {{r:Chey}}. I have kept "{{r:Choe}}" throughout, except in quotations, where I keep what was said.

The political minder on the trawler is {{r:리만복}}. North Korean spelling: {{r:Ri Man-bok}}. In the witness's South Korean paperwork it appears as {{r:Lee Man-bok}}, and in one Russian document as {{r:Yi}}. All of these are one man. The crew called him "{{r:Chopstick}}" ({{r:젓가락}}): tall and thin, and he ate with his own steel chopsticks, which he never lent. Where the witness says "{{r:Chopstick}} took the chopsticks away", the first is the man and the second is the cutlery.

The witness's closest friend is {{r:방금성}}, {{r:Pang Kum-song}}. His nickname was "{{r:Frog}}" ({{r:개구리}}) because he could hold his breath in the fish hold. Note: 금성 is also the Korean name of the planet Venus and of several factories; the witness never uses it in that sense. Where he says "{{r:금성}}이" he means his friend.

2. Other people (unregistered in our system; please check before publication)

- The Russian captain: {{p:Gennady Pavlovich Shubin}}, "{{p:Pavlych}}". The witness calls him {{p:파블리치}}.
- The Russian cook, a woman he remembers as "{{p:Aunt Tonya}}" or "{{p:Tonya}}"; her full name may be {{p:Antonina Ku­zina}}.
- A second Korean worker, {{p:Ri Song-dok}}. Not related to the minder. The witness calls him "small {{p:Ri}}" and the minder "big {{r:Ri}}".
- The ship's mechanic, {{p:Zhenya}}, who lent the witness his phone.

3. Places and ships

The crab was processed at {{u:Nevelsk}} and the trawler was the {{u:Kapitan Gorbunov}}; in spring 2019 he was moved to a second vessel, the {{u:Admiral Nevelskoy}}, which he calls "the admiral". Where the witness mentions "the admiral" he means this ship, not a person. The town {{u:Nevelsk}} is named after the same admiral, {{u:Gennady Nevelskoy}}. He also names {{u:Korsakov}} and {{u:Yuzhno-Sakhalinsk}}.

He studied at the {{u:Kim Chaek University of Technology}} for one year before being sent to sea. "{{u:Kim Chaek}}" in his testimony therefore refers to the university or to the city of {{u:Kimchaek}}, never to a person he knew.

4. Difficult passages

p. 6: "{{r:혁철}}아, 네가 {{r:개구리}} 대신 들어가라" - the minder speaking, ordering the witness into the hold in place of {{r:Pang}}. I have translated: "{{r:Hyok-chol}}, you go down instead of {{r:Frog}}."
p. 9: "{{r:Chopstick}} was reading {{u:Rodong Sinmun}} aloud to us, an issue from three weeks before, about {{u:Kim Jong Un}}'s visit to {{u:Vladivostok}}." Kept as is.
p. 11: the witness says {{r:Frog}} "was sent back through {{u:Khasan}}" in October 2019. He has not heard from {{r:Kum-song}} since.
p. 12: "Eighteen hours a day, twenty when there was crab." The minder kept the seamen's books; {{p:Pavlych}} said he had no say. The wages were paid by the company to {{r:Ri Man-bok}}.

{{p:E. Ryu}}""",
    },
    {
        "id": "h21-en-11",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Ok Chang-ryol", "옥창렬", "witness", ["Chang-ryol"]),
            ("Sok Myong-gil", "석명길", "supervisor", []),
        ],
        "note": "Namibian police witness statement with interpreter, Windhoek construction; witness surname Ok beside 'OK' and 'ok'; Namibian officers and a Korean community interpreter; drive, airport and a former president's name used for public places; short lines; partial date.",
        "text": """{{u:NAMIBIAN POLICE FORCE}}
{{u:Windhoek}} Police Station
WITNESS STATEMENT (CR 14/?/2016)

Surname: {{r:OK}}
First names: {{r:CHANG RYOL}}
Nationality: {{u:DPRK}}
Occupation: construction worker
Address: workers' compound, off {{u:Sam Nujoma Drive}}, {{u:Windhoek}}
Interpreter: Mr {{p:Kim Dong-su}} (Korean community, {{u:Windhoek}})
Statement taken by: Const. {{p:N. Shikongo}}

I, {{r:Ok Chang-ryol}}, state in Korean through the interpreter:

1. I came to {{u:Namibia}} in April 2014 through {{u:Hosea Kutako International Airport}} with a group of 24 workers. We were brought by {{u:Mansudae Overseas Project}}. We worked on a government building and later on a museum.

2. Our leader was {{r:Sok Myong-gil}}. {{r:Sok}} took our passports at the airport and put them in his room. I have not had my passport since then.

3. We worked from 05:00 to 21:00. Sometimes until midnight. There was one day of rest per month.

4. On the night of 11 ... [date not completed] I asked {{r:Sok}} for my wages for the last eight months. {{r:Sok Myong-gil}} said my wages were paid to the Fatherland as loyalty money for {{u:Kim Jong Un}}. I said that was not OK. He hit me in the face with a torch. Another worker, {{p:Hong Chol-jin}}, pulled him away.

5. I ran out of the compound. A security guard, Mr {{p:Petrus}}, called the police.

6. I do not want to go back to the compound. {{r:Sok}} will send me home. In {{u:Korea}}, I mean {{u:North Korea}}, my wife {{p:Ri Yong-hui}} and my son will be punished.

Q (Const. {{p:Shikongo}}): Are you injured?
A: My eye. And my tooth.
Q: Do you want to open a case of assault?
A: [witness speaks with interpreter for a long time] Yes.
Q: Ok.

Read back to the witness in Korean by Mr {{p:Kim}}. Signed: {{r:옥창렬}}
Interpreter: {{p:김동수}}
Const. {{p:Shikongo}}

---
OCCURRENCE BOOK, same station, next day (copy obtained by NGO):
08:10 Two men from the {{u:Embassy of the DPRK}} enquired about Mr {{r:Ok}}. One gave his name as {{p:Ri}}.
08:25 Sgt {{p:Hamutenya}} informed.
09:40 {{r:Sok Myong-gil}} arrived with the embassy men. Requested release of "our worker {{r:Ok}}".
10:05 Complainant {{r:OK C.R.}} refused to see them.
11:30 Complainant transferred to {{u:Windhoek Central Hospital}} for eye examination, escorted by Const. {{p:Shikongo}}.
15:50 Complainant released from hospital. Referred to {{u:UNHCR}} partner, Ms {{p:Beata}}.
ok.

---
NGO note: The statement is the only document from the 2016 period where {{r:Chang-ryol}} is named in full. The worker {{p:Hong}} is believed to have been sent home in 2017. The museum is the one near {{u:Heroes' Acre}}; we do not name it in the report. Note that {{u:Sam Nujoma}}, after whom the drive is named, is the former president; he has no connection with the case.""",
    },
    {
        "id": "h21-ko-08",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Chu Song-hak", "주성학", "witness", ["성학"]),
            ("Sin Tae-bong", "신태봉", "supervisor", []),
            ("Ji Kwang-ho", "지광호", "coworker", []),
        ],
        "note": "Primorye soybean farm brigade ledger photographed by the witness, with his explanations; one-syllable surnames used alone in the remarks column (하, 도, 지, 안, 전, 연, 금) beside the words 안, 전, 지급, 주 7일; supervisor 신 beside 신발; Russian farm owner with patronymic, Chinese manager in Hanzi.",
        "text": """작업반 월별 정산표 (2017년 9월분) - 사본
촬영: {{r:주성학}} / 옮겨 적음: 사무국
농장: {{u:연해주}} {{u:미하일롭카}} 구역 콩 농장
러시아 측 농장주: {{p:이고리 페트로비치 카르포프}}
중국 측 관리인: {{p:张}} 씨
작업반장: {{r:신태봉}}

번호 | 성명 | 출근 | 총액 | 국가납부 | 충성자금 | 식비 | 지급
1 | {{r:주성학}} | 30 | 25,000 | 15,000 | 3,000 | 4,000 | 3,000
2 | {{r:지광호}} | 30 | 25,000 | 15,000 | 3,000 | 4,000 | 3,000
3 | {{p:하명철}} | 25 | 20,800 | 15,000 | 3,000 | 4,000 | -1,200
4 | {{p:도경남}} | 29 | 24,100 | 15,000 | 3,000 | 4,000 | 1,100
5 | {{p:안수길}} | 27 | 22,500 | 15,000 | 3,000 | 4,000 | 500
6 | {{p:전영호}} | 30 | 25,000 | 15,000 | 3,000 | 4,000 | 3,000
7 | {{p:남기철}} | 30 | 25,000 | 15,000 | 3,000 | 4,000 | 3,000
8 | {{p:연봉수}} | 30 | 25,000 | 15,000 | 3,000 | 4,000 | 3,000
9 | {{p:금철}} | 30 | 25,000 | 15,000 | 3,000 | 4,000 | 3,000
10 | {{p:마상훈}} | 28 | 23,300 | 15,000 | 3,000 | 4,000 | 1,300

비고(반장 필적):
{{p:하}} - 병가 5일. 미지급분 다음 달 이월.
{{p:도}} - 무단이탈 1일. 처벌 공제.
{{r:지}} - 탈곡기 벨트 파손. 변상 2,000 다음 달.
{{p:안}} - 안 나옴 3일.
{{p:연}}, {{p:금}} - 이상 없음.
전 달 미납분: {{p:전}} 1,500 (완납).
확인: {{r:신태봉}}

증언자 설명 ({{r:주성학}}, 2019년 면담)
- "총액"은 농장주 {{p:카르포프}}가 작업반에 준다고 한 돈. 실제로는 현금으로 {{r:신태봉}}에게 한꺼번에 줌. 우리는 "지급" 칸 숫자만큼도 못 받은 달이 많았음.
- 주 6일이라고 했지만 가을 수확 때는 주 7일. 새벽 5시부터 해 질 때까지, 해 지면 헤드라이트 켜고 밤 11시까지.
- {{p:안}}이 안 나온 사흘은 열이 40도까지 올라서였음. {{r:신}} 반장은 "{{p:안수길}}이는 꾀병"이라고 적음. {{p:수길}}이는 그 뒤 {{u:우수리스크}} 병원에 갔다가 폐렴 진단.
- {{r:지광호}}가 벨트를 끊은 게 아니라 원래 낡은 것이었음. {{r:지}}가 따지자 {{r:신}} 반장이 신발을 벗어 {{r:지광호}}의 머리를 때림. 그 신발은 {{p:카르포프}}가 준 러시아 군화였음.
- {{p:도경남}}의 "무단이탈"은 마을 가게에 빵 사러 간 것. {{p:张}} 씨가 가게 주인 {{p:발렌티나}}에게 이르는 바람에 걸림.
- 충성자금 3,000은 매달 고정. 2월 {{u:광명성절}}과 4월 {{u:태양절}}이 있는 달에는 "특별" 명목으로 더 뗐다고 함. {{u:김정은}} 동지 이름으로 된 감사장을 한 번 받았는데 돈은 없었음.
- 여권은 {{u:블라디보스토크}} 도착 날 {{r:신태봉}}이 걷어서 {{u:나홋카}}에 있는 영사관 사람에게 넘겼다고 들음.
- 사진은 {{r:신}} 반장이 {{u:조선노동당}} 창건일 행사에 간 사이 {{r:성학}} 씨가 반장 방에서 찍음. 찍는 걸 {{p:남기철}}이 망을 봐 줌. {{p:기철}}이에게는 아무 일도 없었기를 바란다고 함.

※ 표의 "-1,200"은 빚. {{p:하명철}}은 병가 때문에 농장에 빚을 진 셈. {{r:주성학}} 씨 요청으로 3~10번 성명은 공개본에서 지움.""",
    },
    {
        "id": "h21-ko-09",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("No Kwang-il", "노광일", "witness", ["광일"]),
            ("Ha Chol-ung", "하철웅", "supervisor", ["곰보"]),
            ("Son Chang-gil", "손창길", "coworker", []),
        ],
        "note": "Telegram chat copied as text between an NGO staffer and a former fisherman on a Chinese squid boat; witness 노 beside 노동, supervisor 하 beside laughter 하하 and nickname 곰보, coworker 손 beside 손 (hand); zero-width space in a name; Chinese captain in Hanzi and Hangul; ship registration names; emoji.",
        "text": """[Telegram] {{p:박다인}} ↔ {{r:노광일}}
(대화 복사본, 2021.11.02~03)

[02.11.21 20:11] {{p:박다인}}: {{r:광일}} 님 안녕하세요 🙂 오늘 잠깐 괜찮으세요?
[02.11.21 20:14] {{r:노광일}}: 네 됩니다
[02.11.21 20:15] {{p:박다인}}: 배 이름부터 다시 여쭤볼게요. 처음 타신 배요
[02.11.21 20:17] {{r:노광일}}: {{u:辽丹渔 2788}}. 우리는 그냥 "{{u:2788호}}"라고 했어요. {{u:단둥}} 배예요
[02.11.21 20:17] {{r:노광일}}: 선장은 중국 사람 {{p:于}} 선장. {{p:위}} 선장이라고 했어요
[02.11.21 20:18] {{p:박다인}}: 북한 선원은 몇 명이었어요?
[02.11.21 20:20] {{r:노광일}}: 열네 명. 관리하는 사람은 {{r:하철웅}}. 얼굴에 마마 자국이 있어서 뒤에서는 {{r:곰보}}라고 했어요
[02.11.21 20:20] {{r:노광일}}: {{r:하}} 지도원 앞에서 그 별명 부르면 죽어요 ㅋㅋ
[02.11.21 20:21] {{p:박다인}}: 하하 네 ㅋㅋ 작업 시간은요?
[02.11.21 20:24] {{r:노광일}}: 오징어 철에는 저녁 여섯 시부터 아침 여덟 시까지 집어등 켜고 낚고, 낮에는 손질하고 얼리고. 잠은 세 시간
[02.11.21 20:24] {{r:노광일}}: 노동이 아니라 그냥 벌이었어요
[02.11.21 20:26] {{p:박다인}}: 😢 같이 계셨던 {{r:손​창길}} 님 얘기도 해주실 수 있어요?
[02.11.21 20:30] {{r:노광일}}: {{r:창길}}이는 제 고향 친구예요. {{u:청진}}. {{r:손}}이가 겨울에 손이 얼어서 손가락 하나 잘랐어요
[02.11.21 20:31] {{r:노광일}}: {{p:위}} 선장은 병원 가자고 했는데 {{r:곰보}}가 안 된다고. 배가 항구에 들어가면 다 도망간다고요
[02.11.21 20:33] {{r:노광일}}: 결국 중국 선원 老{{p:马}}, 라오{{p:마}}가 칼을 불에 달궈서 잘랐어요 🔪
[02.11.21 20:35] {{p:박다인}}: 월급은 어떻게 받으셨어요?
[02.11.21 20:39] {{r:노광일}}: 선주가 한 명당 한 달 3천 위안씩 {{r:하철웅}}한테 줬대요. 우리는 한 항차 끝나면 2백, 3백. 나머지는 충성자금, {{u:조선노동당}} 과제금, "배값"
[02.11.21 20:40] {{r:노광일}}: {{r:하}} 지도원이 {{u:김정은}} 원수님 생일 전에 특별 과제 있다고 또 걷었어요
[02.11.21 20:41] {{p:박다인}}: 여권이나 선원수첩은요?
[02.11.21 20:42] {{r:노광일}}: {{r:곰보}} 가방에. 한 번도 못 봤어요

[03.11.21 09:02] {{r:노광일}}: 어제 말 못 한 거요
[03.11.21 09:03] {{r:노광일}}: 2019년 봄에 {{u:나홋카}}로 가는 러시아 게잡이 배로 옮겨졌어요. {{u:Капитан Сорокин}}? 그런 이름. 러시아 선장 {{p:미샤}}
[03.11.21 09:04] {{r:노광일}}: {{p:미샤}}가 {{r:하철웅}}한테 "너희 사람들 왜 월급 안 주냐" 했다가 싸웠어요
[03.11.21 09:05] {{r:노광일}}: 그때 {{r:창길}}이는 {{u:2788호}}에 남았어요. 그 뒤로 몰라요
[03.11.21 09:10] {{p:박다인}}: 가족분들 이름은 보고서에서 빼드릴게요
[03.11.21 09:12] {{r:노광일}}: 네. 엄마 {{p:명순옥}}, 동생 {{p:노광미}}. {{r:곰보}}가 엄마 이름 알고 있어요. 그게 제일 무서워요
[03.11.21 09:13] {{r:노광일}}: 그리고 {{r:창길}}이 아버지 {{p:손덕삼}}도 빼 주세요
[03.11.21 09:15] {{p:박다인}}: 네 꼭요. 고맙습니다 {{r:광일}} 님 🙏
[03.11.21 09:16] {{r:노광일}}: 👍""",
    },
    {
        "id": "h21-ko-10",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Pyo Chol-nam", "표철남", "witness", ["철남"]),
            ("Kwak Yong-ho", "곽영호", "supervisor", ["너구리"]),
            ("Chi Song-ho", "지성호", "coworker", ["지"]),
        ],
        "note": "Russian police statement from Ussuriysk translated into Korean; witness 표 beside 기차표 and 표, coworker 지 beside 지금 and verb endings in -지; supervisor nicknamed 너구리 beside a raccoon; Koryo-saram interpreter with Russian given name in Hangul and Cyrillic; investigator with patronymic; street named after Lenin.",
        "text": """진술조서 (러시아어 원문 번역본)
{{u:러시아 연방 내무부}} {{u:우수리스크}} 시 경찰서
작성 일시: 2019년 2월 ?일 14시 20분
조사관: 경위 {{p:세르게예프 이반 이바노비치}}
통역: {{p:류드밀라 김}} ({{p:Людмила Ким}}, 고려인, 자원 통역)
진술인: {{r:표철남}} (러시아 문서상 {{r:ПХЁ ЧХОЛЬ НАМ}})

질문: 성명과 국적을 말하시오.
진술: {{r:표철남}}입니다. {{u:조선민주주의인민공화국}} 사람입니다.
질문: 어제 {{u:레닌 거리}} 버스 정류장에서 여권 없이 발견되었다. 왜 여권이 없나.
진술: 여권은 관리원 {{r:곽영호}}가 가지고 있습니다. {{u:블라디보스토크}}에 도착한 날부터 가지고 있었습니다. 지금도 그 사람이 가지고 있을 겁니다.
질문: 어디서 일했나.
진술: {{u:우수리스크}} 북쪽 아파트 공사장입니다. 러시아 회사 이름은 모릅니다. 현장 감독은 {{p:바딤}}이라는 사람이었습니다.
질문: 왜 현장을 떠났나.
진술: 1년 반 동안 돈을 한 번도 못 받았습니다. 하루 열일곱 시간 일했습니다. {{r:곽영호}}는 돈이 다 "충성자금"으로 조국에 간다고 했습니다. 조국에 가는지, {{r:곽}} 씨 주머니로 가는지 우리는 모르지요.
질문: {{r:곽영호}}는 어떤 사람인가.
진술: 우리는 {{r:너구리}}라고 불렀습니다. 눈 밑이 까매서요. {{r:너구리}}는 밤마다 방을 돌면서 휴대폰을 뒤졌습니다.
질문: 현장에 다른 조선 관리자도 있었나.
진술: 보위원 {{p:연}} 씨가 한 달에 한 번 {{u:나홋카}}에서 왔습니다. {{p:연}} 씨가 다녀가면 {{r:너구리}}가 더 심해졌습니다. 이름은 {{p:연덕수}}라고 들었는데 확실하지는 않습니다.
질문: 다친 사람은 있었나.
진술: 작년 가을에 {{r:지성호}}가 콘크리트 믹서에 손을 다쳤습니다. {{r:곽영호}}는 붕대만 감아 주었습니다. 러시아 의사는 못 만났습니다. {{p:바딤}}이 약국에서 약을 사 왔습니다. {{r:지}}는 그 손으로 다음 날도 일했습니다.
질문: 누구와 함께 도망쳤나.
진술: 혼자입니다. 원래 {{r:지성호}}하고 같이 가기로 했는데 {{r:지}}는 마지막에 안 나왔습니다. {{r:성호}}는 집에 아이가 둘 있습니다. 이해합니다. {{r:지}}를 탓하지는 않습니다.
질문: 기차표나 버스표를 샀나.
진술: 표는 못 샀습니다. 돈이 없었습니다. 택시 기사 {{p:아르투르}}({{p:Артур}})가 공짜로 정류장까지 태워 줬습니다.
질문: 앞으로 어떻게 하길 원하나.
진술: 돌아가면 저는 죽습니다. {{u:나홋카}}에 있는 우리 총영사관 사람들이 오면 저를 데려갈 겁니다. 난민 신청을 하고 싶습니다.
질문: 가족은.
진술: 처 {{p:리은심}}, 아들 {{p:표혁}}. {{u:함경남도}} {{u:단천}}에 있습니다. {{r:곽}} 씨가 "{{p:혁}}이 학교 못 다니게 한다"고 했습니다.
질문: 다른 증인이 있나.
진술: 같이 일한 {{p:탁}}씨, {{p:변}}씨, 그리고 우즈베키스탄 사람 {{p:쇼히스타}}. {{p:쇼히스타}}는 {{p:바딤}}의 조카입니다. 지금 어디 있는지는 모르지요.

위 진술을 통역을 통해 읽어 주었고 진술인은 내용이 맞다고 확인함.
진술인 서명: {{r:표철남}}
통역인 서명: {{p:Л. Ким}}
조사관 서명: {{p:세르게예프}}

[번역자 주 - {{p:한유진}}]
1. 원문에는 "ПХЁ"와 "ПЁ"가 섞여 있음. 같은 사람({{r:표철남}})임.
2. "{{r:너구리}}"는 원문에 "енот"(너구리)로 옮겨져 있고, 조사관이 이를 별명이 아니라 동물 이야기로 오해한 흔적이 있음(다음 질문이 "현장에 동물이 있었나"). 번역본에서는 별명으로 처리함.
3. 진술인은 2019년 3월 {{u:유엔난민기구}}와 면담했다고 함. 이후 제3국 이동. {{r:철남}} 씨 본인 동의하에 번역본 보관.""",
    },
    {
        "id": "h21-ko-11",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kum Yong-nam", "금영남", "witness", ["영남"]),
            ("Nam Chol-gyu", "남철규", "supervisor", []),
            ("Ju Kwang-sok", "주광석", "coworker", ["광석"]),
        ],
        "note": "First-person oral testimony from a Moscow building site, transcribed; witness 금 beside 금요일, supervisor 남 beside 남의/남쪽, coworker 주 beside 주 7일 and given name 광석 beside 광석 (ore); vocative 광석아; Tajik and Russian names; square, airport and station named after persons.",
        "text": """[구술 녹취 정리본 - 증언자 {{r:금영남}}, 2022년 가을, 본인 확인 완료]

저는 {{r:금영남}}입니다. 고향은 {{u:강원도}} {{u:원산}}이고요. 2016년 여름에 {{u:모스크바}}로 갔습니다. {{u:셰레메티예보 공항}}에 내렸을 때 제일 먼저 한 일이 여권을 내주는 거였어요. 작업반장 {{r:남철규}}가 서른 명 여권을 비닐봉지 하나에 쓸어 담았어요. 같이 내린 사람 중에 {{p:석윤호}}라는 사람은 석 달 만에 {{u:평양}}으로 돌려보내졌어요. 왜 그랬는지는 아무도 몰라요.

{{r:남}} 반장은 말버릇이 "남의 나라에서 남의 돈 버는 거 쉬운 줄 아냐"였어요. 그러면서 우리 돈은 자기가 다 가져갔지요. 남쪽 사람들 얘기만 나와도 눈을 부라렸고요. {{r:남철규}}는 {{u:평양}} 사람이라 우리 지방 사람들을 우습게 봤어요.

현장은 {{u:모스크바}} 남서쪽 아파트 단지였는데 회사 이름은 러시아 말이라 잘 몰라요. 주 6일이라고 계약서에 쓰여 있었다는데 실제로는 주 7일. 새벽 여섯 시부터 밤 열두 시. 겨울에는 영하 25도에서 미장을 했어요. 금요일이든 일요일이든 다 똑같았어요.

제일 친한 사람은 {{r:주광석}}이었어요. {{r:광석}}이는 {{u:김책제철연합기업소}}에서 일하다 온 사람이라 다들 "{{r:광석}}이가 광석 캐다 왔다"고 놀렸어요. 사실 제철소에서는 광석을 녹이지 캐진 않거든요. {{r:주}} 씨는 그 농담을 싫어했어요.

2018년 1월에 {{r:광석}}이가 비계에서 떨어졌어요. {{r:남}} 반장은 구급차 부르면 경찰이 온다고 못 부르게 했어요. 타지크 사람 {{p:파르비즈}}가 자기 차에 {{r:광석}}이를 태우고 병원에 갔어요. 저도 따라갔어요. 차 안에서 "{{r:광석}}아, 눈 떠라" 하고 계속 불렀어요. {{p:파르비즈}}가 "{{p:Парвиз}}"라고 종이에 써 주면서 무슨 일 있으면 전화하라고 했어요.

{{r:광석}}이는 다리를 절게 됐어요. 병원비는 {{r:남철규}}가 "너희 작업반 공동 책임"이라며 우리 월급에서 뗐어요. 월급이라고 해 봐야 한 달에 4만 루블 받는다고 들었는데 손에 쥔 건 2천, 3천이었어요. 충성자금, 계획분, 숙식비. {{u:김정은}} 원수님 생일이 있는 1월에는 "충성의 선물" 돈을 또 뗐어요.

작업반에는 우리 조선 사람 말고도 타지크, 우즈베크 사람들이 있었어요. 우리 방에는 {{p:하}}가 셋이라 큰 {{p:하}}, 작은 {{p:하}}, 늙은 {{p:하}}라고 불렀어요. 늙은 {{p:하}}는 {{p:하덕만}} 아바이인데 예순이 넘었어요. 그 아바이가 밤마다 하, 하, 숨을 몰아쉬면서 잤어요. 다들 걱정했는데 {{r:남}} 반장은 "늙은 게 엄살"이라고만 했어요.

방 주인 할머니는 {{p:니나}}였어요. {{p:니나 바실리예브나}}. {{p:니나}} 할머니가 저한테 러시아 말을 조금 가르쳐 줬어요. {{r:남}} 반장은 그것도 싫어했어요.

한번은 일요일에 작업반 전체가 {{u:붉은광장}}하고 {{u:푸시킨 광장}}에 "견학"을 갔어요. 사진 찍어서 본국에 보고한다고요. 광장에 서 있는데 {{r:주광석}}이 제 귀에 대고 "{{r:영남}}아, 여기서 그냥 걸어가 버리면 어떨까" 했어요. 그때는 못 했지요.

2019년 여름에 저 혼자 {{u:레닌그라드스키 역}}에서 기차를 탔어요. 표는 {{p:파르비즈}}가 사 줬어요. {{r:광석}}이는 못 데려왔어요. 다리가 그래서요. 지금도 그게 제일 마음에 걸려요.

고향에는 어머니 {{p:한정옥}}이 계세요. {{r:남철규}}가 "네 어미가 {{u:원산}}에서 편히 살고 싶으면 조용히 있어라"라고 했던 게 생각나요. 그래서 이름은 꼭 빼 주세요. {{r:금}} 씨라고만 써 주세요.""",
    },
    {
        "id": "h21-mixed-04",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Kil Ok-ryon", "길옥련", "witness", ["Gil Ok-ryeon"]),
            ("Sin Hye-gyong", "신혜경", "supervisor", []),
            ("Bang Un-ha", "방은하", "coworker", ["은하"]),
        ],
        "note": "Bilingual Korean/English intake form for a Hunchun garment worker; registered names in fullwidth Latin letters; supervisor 신 beside 신경질 and Sin as an English word look-alike; coworker 은하 beside 은하수 and 방 beside 방 (room); Korean-Chinese and Han Chinese managers in Hanzi, Hangul and pinyin; partial dates.",
        "text": """접수 양식 / INTAKE FORM (bilingual)
접수번호 Case no.: CN-2021-112
담당 Staff: {{p:Lena Park}} / {{p:박은솔}}

성명 Name: {{r:길옥련}} / {{r:ＫＩＬ ＯＫ－ＲＹＯＮ}}
남측 표기 ROK spelling: {{r:Gil Ok-ryeon}}
생년 Born: 1993
출신 Origin: {{u:함경북도}} {{u:회령}} / {{u:Hoeryong}}, {{u:North Hamgyong}}
파견지 Place of work: {{u:훈춘}} / {{u:Hunchun}}, {{u:Jilin}}
업체 Company: {{u:훈춘금성복장유한공사}} ({{u:Hunchun Jinxing Garment Co.}})
기간 Period: 2017.03 ~ 2020.??
관리자 Supervisor: {{r:신혜경}} / {{r:Ｓｉｎ Ｈｙｅ－ｇｙｏｎｇ}}
보위 Security: {{p:표}} 부장 / Section chief {{p:Pyo}} (given name unknown)
동료 Coworkers: {{r:방은하}}, {{p:류정심}}, {{p:곽}}씨 언니

요약 SUMMARY (staff, in English with quotes as spoken)
W worked in a garment factory in {{u:Hunchun}} with about 300 North Korean women, sewing padded jackets for export. Hours: 06:30 to 23:00, "일요일 오후만 쉬었어요". Passports were taken at the {{u:Quanhe}} border crossing by {{r:신혜경}}.

On the supervisor: "{{r:신}} 반장은 신경질이 심했어요. 바늘 하나 잃어버리면 방 전체가 밥을 굶었어요." W says {{r:Sin}} counted the needles every night. (Staff note: {{r:Sin}} is the surname, not the English word.)

On wages: agreed CNY 1,800/month; W received CNY 100-200. Deductions: "충성자금", "당 과제", "식비", "{{u:김정은}} 원수님 선물 자금". The Chinese owner, {{p:崔}} 사장 (a Korean-Chinese, "{{p:최}} 사장님", pinyin {{p:Cui}}), paid {{r:Sin Hye-gyong}} directly.

On her friend: "{{r:은하}}는 이름처럼 은하수 같았어요. 밤에 옥상에서 별을 보면서 {{r:은하}}가 고향 노래를 불렀어요." {{r:방은하}} was from {{u:Chongjin}}. In 2019 {{r:Bang}} developed a cough; {{r:Sin}} said it was "laziness". A Chinese line manager, 小{{p:刘}} ("샤오{{p:류}}", Xiao {{p:Liu}}), took {{r:Un-ha}} to {{u:Hunchun City People's Hospital}}: tuberculosis. After that {{r:방은하}} was sent home across the {{u:Tumen River}}. W does not know if {{r:Un-ha}} is alive.

On security: {{p:표}} 부장 came monthly from {{u:Rason}}. "{{p:표}} 부장 앞에서는 표정 관리해야 했어요." W says {{p:Pyo}} told her in 2019 that her younger brother {{p:Kil Ok-chol}} ({{p:길옥철}}) "could lose his place at the university" if she made trouble.

On exit: 2020.?? (W unsure of month - "코로나 때, 추울 때"). A cleaner, {{p:왕}} 아줌마 ({{p:王}}阿姨), put W in touch with a broker. W asks that "{{p:王}}阿姨" and the broker (老{{p:金}}... W corrects: "{{p:金}} 씨") never be named.

Consent / 동의: 공개 시 가명 사용 (pseudonym if published). 가명 Pseudonym: (to be assigned)
Signature / 서명: {{r:옥련}}""",
    },
    {
        "id": "h21-mixed-05",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Hwang Chol-su", "황철수", "witness", ["철수"]),
            ("Yang Kum-ok", "양금옥", "relative", []),
            ("Kang Myong-hak", "강명학", "official", []),
        ],
        "note": "Smuggled letter from a mother in North Korea to her son on a Russian site, Korean text with English translator's notes; son's name 철수 beside the verb 철수 (withdraw), mother 양/금/옥 beside 양 (amount), 금 (gold) and 옥 (prison); security officer 강 beside 강 (river); kinship forms.",
        "text": """[Document 3: letter in Korean, handwritten, 2 pages. Delivered to the witness in {{u:Vladivostok}} by a trader in 2018. English translator's notes in brackets, by {{p:Yoon Se-ra}}.]

{{r:철수}}야 보아라.

엄마다. 네가 떠난 지 벌써 두 해가 되는구나. 이 편지는 {{p:박}}씨 아주머니 편에 보낸다. [TN: the trader; the witness knows her only as "{{p:박}}씨 아주머니". Not further identified.]

요즘 동네에서는 {{u:러시아}}에 간 회사가 철수한다는 소문이 돈다. [TN: "철수한다" here is the verb "to withdraw/pull out", not the son's name {{r:Chol-su}}.] 철수하면 너도 돌아오는 거냐. 엄마는 네가 오면 좋겠다가도, 빈손으로 오면 어쩌나 싶다.

지난달에 보위부 {{r:강명학}}이가 또 다녀갔다. [TN: {{r:Kang Myong-hak}}, a local security officer. The mother uses the familiar "-이가", as for someone younger.] {{r:강}} 지도원은 네가 거기서 무슨 말을 하고 다니는지 다 안다고 하더라. 네 동생 {{p:철민}}이를 군대에서 빼 버릴 수도 있다고 했다. 강 건너 중국 장사꾼하고 연락하는 것도 다 안다고. 엄마는 아무 말도 안 했다.

{{p:철민}}이는 잘 있다. {{p:순덕}}이 고모가 쌀을 조금 보냈다. 양이 많지는 않아도 한 달은 먹는다. [TN: "양" here means "amount". The mother's own surname is {{r:Yang}}; she signs below.]

아버지 제사 때 금반지를 팔았다. 미안하다. 네가 돌아오면 다시 사 주겠다는 그 금반지다. [TN: "금" = gold. Not the mother's given name {{r:금옥}}, though the witness laughed at this line.]

옆집 {{p:옥}}이네 아버지는 작년에 옥에 갔다. [TN: first "{{p:옥}}" is a neighbour's child, {{p:Ok}}; "옥에 갔다" = "went to prison". The witness says the neighbour was {{p:Ri Ok-sun}}'s father.] {{u:러시아}}에서 돌아와서 월급 얘기를 했다가 그리 됐다. 그러니 너는 아무 말도 말아라. 거기 반장이 때려도 참아라. [TN: the witness's team leader was {{p:Chae Il-nam}}; the mother does not name him.]

{{p:영란}}이는 시집갔다. 너한테 안부 전하라더라. [TN: {{p:Yong-ran}}, a former girlfriend. The witness asked that this line be cut in any publication.]

밥 잘 먹고, 추우면 {{p:볼로댜}}인지 하는 러시아 사람한테 옷 얻어 입어라. 네가 지난번 편지에 쓴 그 사람 말이다. [TN: {{p:Volodya}}, a Russian foreman on the witness's site; see interview 2.]

{{r:철수}}야, 몸 성히 있다가 오너라.

엄마 {{r:양금옥}}

[TN: The letter is undated. The trader's visit places it in the autumn of 2018. The witness, {{r:Hwang Chol-su}}, showed us the original and kept it. He had not been allowed to answer it: letters went through the site minder, {{p:Ju}}, and {{p:Ju}} opened everything. In his interview {{r:Chol-su}} said his mother's warning about the neighbour was "the real message", and that {{r:Kang}} visiting her was the reason he did not try to leave until 2019. His mother's name and his brother's name are to be removed from the public version. {{r:황철수}} himself agreed to be named.]""",
    },
    {
        "id": "h21-mixed-06",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Yu Son-ho", "유선호", "witness", []),
            ("Jon Kwang-myong", "전광명", "supervisor", []),
            ("Ma Hyon-u", "마현우", "coworker", []),
        ],
        "note": "Kuwaiti sponsor company's wage sheet for a North Korean crew, with the crew's own Korean notes and NGO remarks; Arabic names in Arabic script and romanized (kafeel, engineer, Egyptian accountant); Korean surnames Yu, Jon, Ma, O in capitals; districts and hospital named after emirs.",
        "text": """WAGE SHEET / كشف رواتب - May 2017 (copy)
Sponsor (kafeel): {{p:فهد العنزي}} ({{p:Fahd al-Anezi}})
Company: {{u:Al-Anezi General Trading & Contracting Co. W.L.L.}}
Site: villas, {{u:Sabah Al-Salem}} block 4
Prepared by: {{p:Magdy Fawzy}} (accountant)
Received for the crew by: {{r:JON KWANG MYONG}} / {{r:전광명}}

No. | Name (passport) | 이름 | Days | KWD
1 | {{r:YU SON HO}} | {{r:유선호}} | 31 | 180
2 | {{r:MA HYON U}} | {{r:마현우}} | 31 | 180
3 | {{p:O KYONG CHOL}} | {{p:오경철}} | 31 | 180
4 | {{p:SOK CHANG BOK}} | {{p:석창복}} | 28 | 162
5 | {{p:HAN IL GWANG}} | {{p:한일광}} | 31 | 180
6 | {{p:KUK SONG U}} | {{p:국성우}} | 31 | 180
Total: 1,062 KWD - paid in cash to Mr {{r:Jon}} on 04/06/2017

Remarks in Arabic (translated): "Engineer {{p:Nasser}} confirms attendance. Worker no. 4 absent 3 days, hospital." [signed] {{p:ناصر الرشيدي}}

Korean notes written by {{r:Yu Son-ho}} on the back of his copy (translated by NGO):
"5월분. 받은 돈 12디나르. 나머지 {{r:전}} 지배인. 충성자금 100, 생활비 50, 기타."
"{{p:석}}이 사흘 병원. {{u:아단 병원}}. {{r:전광명}}이 그 사흘 치를 빚으로 적음."
"{{r:마}}는 이번 달도 0. 전 달 빚."
"{{p:오}}씨 아버지 돌아가심. 못 감. {{r:전}} 지배인이 말하지 말라 함."

NGO REMARKS
1. The company paid KWD 180 per man per month, in cash, to {{r:Jon Kwang-myong}}. {{r:Yu}} received 12. The difference is consistent with the "loyalty fund" and "plan" deductions described by {{r:Yu Son-ho}} in interview.
2. "{{r:마}}는 이번 달도 0": {{r:Ma Hyon-u}} had been injured in March (fall, {{u:Jaber Al-Ahmad Hospital}}); his treatment was recorded as debt. "전 달 빚" = "debt from the previous month" - "전" here is "previous", not {{r:Jon}}.
3. "{{p:석}}이" is worker no. 4, {{p:Sok Chang-bok}}. He was treated for heat exhaustion at {{u:Adan Hospital}}. Engineer {{p:Nasser al-Rashidi}} wrote him "absent", not "injured", at {{r:Jon}}'s request ({{r:Yu}} says).
4. {{p:O Kyong-chol}}'s father died in {{u:Sinpo}} in May 2017. {{p:O}} learned of it from {{r:Jon}} three weeks later and was told not to tell the others. O, how {{r:Yu}} cried telling us this.
5. The kafeel, {{p:Fahd al-Anezi}}, has been contacted by our partner in {{u:Kuwait City}}, {{p:Sara Haddad}}. {{p:Al-Anezi}} says he paid in full and "what the Koreans do inside is the Koreans' business".
6. {{p:Magdy}} (accountant, Egyptian) kept a second copy. {{p:Magdy Fawzy}} is willing to testify.
7. The crew's passports: kept by {{r:Jon}} in the site office; {{p:Kuk Song-u}} saw them in a drawer labelled "{{u:Namgang}}".

Filed: {{p:S. Haddad}} / {{p:T. Nakamura}}""",
    },
    {
        "id": "h21-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Yang Chol-ho", "양철호", "witness", ["Chol-ho"]),
            ("Ryu Kwang-sik", "류광식", "supervisor", ["Yu Kwang-sik"]),
            ("Ko Man-sik", "고만식", "coworker", ["Go"]),
        ],
        "note": "Interviewer shorthand in English and Korean on North Korean builders in Luanda; minder Ryu/Yu/류 beside 'you', coworker Ko/Go beside the verb 'go' and Korean 고; Portuguese diminutive Zé beside the public José Eduardo dos Santos; mausoleum, airport and avenue named after persons.",
        "text": """Notes - {{r:양철호}} (YCH), 3rd session
{{u:Seoul}}, 2022-04-?? (W unsure of the day we met; so am I)
Present: me ({{p:Hyun-woo}}), {{p:Da-som}} (notes check)

Site: {{u:Luanda}}, {{u:Angola}}. 2012-2017.
Work: finishing on the {{u:Memorial Dr. António Agostinho Neto}} complex, then apartment blocks south of {{u:Avenida Deolinda Rodrigues}}.
Arr. via {{u:Aeroporto Internacional 4 de Fevereiro}}. Group 40. NK side: {{u:Mansudae Overseas Project}}.

Minder: {{r:류광식}}. Spellings in W's docs: {{r:RYU KWANG SIK}}; W's SK lawyer wrote {{r:Yu Kwang-sik}}. W: "{{r:류}} 지도원은 항상 '너, 너' 했어요." i.e. he addressed them with "you, you" - not "{{r:Yu}}, {{r:Yu}}". (Be careful in the English draft: "{{r:Yu}} said you..." reads badly. Use {{r:Ryu}}.)

Hours: 05:30-22:00. "고, 고, 고! 하면서 밀었어요" - {{r:Ryu}} shouting "go" in English at them, learned from the Angolan foremen. NB not to be confused with coworker {{r:Ko}}.

Coworker: {{r:고만식}}, {{r:Ko Man-sik}}. Angolans called him "{{r:Go}}", W says. "{{r:Go}}, go!" - the foremen's joke. {{r:만식}}이는 {{u:평양}} 출신. Strong, carried cement for two.
- 2015: {{r:Ko}} fell ill (malaria?). Taken to {{u:Clínica Girassol}} by an Angolan driver, {{p:Zé}}. {{p:Zé}} = {{p:José Manuel}}, W thinks. Not {{u:José Eduardo dos Santos}} (W laughed - the president's face was on posters everywhere).
- {{r:Ryu}} made {{r:Man-sik}} pay the clinic bill from wages. W: "{{r:고}} 씨는 2년 치 월급을 빚졌어요."

Wages: USD 150/mo on paper (W heard). Received USD 10-20. "충성자금" + "당 과제". Before {{u:Kim Jong Un}}'s birthday extra.
Passports: {{r:Ryu}}'s safe.

Local people:
- Dona {{p:Esperança}}, sold bread. "{{p:에스페란사}} 아줌마".
- A Cuban doctor, Dr {{p:Alvarez}}, at the {{u:Clínica Girassol}}? W not sure of the clinic.
- Portuguese engineer {{p:Nuno}}. {{p:Nuno}} gave W his old phone in 2016. {{r:Ryu}} found it, W punished (3 days no food).

Family: wife {{p:Kim Un-sil}} ({{p:김은실}}), daughter {{p:Yang Ji-hye}}. {{r:Ryu}}: "{{p:은실}}이가 {{u:평양}}에서 쫓겨나는 걸 보고 싶냐."

Exit 2017: from the site to the {{u:Embassy of the Republic of Korea in Angola}} in a taxi. Driver? W: "{{p:Zé}} 아니에요, 다른 사람." Unknown.

TODO:
- check whether {{r:Go}}/{{r:Ko}}/{{r:고만식}} is the same man as the "{{p:Ko}}" in case AO-03 (different site? prob. different person - that {{p:Ko}} was from {{u:Hamhung}}).
- ask {{r:Chol-ho}} about the statue work, if any.""",
    },
    {
        "id": "h21-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Sol-mi", "김솔미", "witness", ["Sol-mi"]),
            ("Ri Jong-hui", "리정희", "supervisor", ["Lee Jung-hee"]),
            ("Ho Un-gyong", "허은경", "coworker", ["Heo Eun-kyung"]),
        ],
        "note": "NGO referral letter to a UN mandate about Dandong seafood workers, English with Korean and Chinese excerpts; Chinese owner surnamed Sun beside the word sun; supervisor Ri/Lee/리; coworker Ho/Heo/허 beside 'ho'; UN rapporteurs and leaders as public figures; private Kim beside Kim Jong Un.",
        "text": """[Letterhead]
To: Office of the {{u:UN Special Rapporteur on the situation of human rights in the DPRK}}
Attn: Ms {{u:Elizabeth Salmón}}
Cc: {{u:OHCHR Seoul}}
Date: 2023.03.?? (draft 2)
Re: Submission - forced labour of North Korean women in seafood processing, {{u:Dandong}}, {{u:Liaoning}}

Dear Special Rapporteur,

We submit the following summary of testimony from a former worker, Ms {{r:Kim Sol-mi}} ({{r:김솔미}}), who has consented to being named to your office but not publicly. We are aware that your predecessor, Mr {{u:Tomás Ojea Quintana}}, raised the issue of overseas workers in his 2019 report.

1. Ms {{r:Kim}} worked from 2017 to 2020 in a seafood plant in the {{u:Donggang}} area, owned by a Chinese businessman surnamed {{p:Sun}} ({{p:孙}}, "{{p:손}} 사장"). The workers worked in the open yard under the sun from 05:00 until dark in summer, and in the freezing rooms until 23:00 in winter. Boss {{p:Sun}}'s son, {{p:Sun Haoran}} ({{p:孙浩然}}), managed the night shift.

2. The North Korean team leader was {{r:Ri Jong-hui}} ({{r:리정희}}; in Chinese documents {{r:李正姬}}; in the South Korean press report cited below, "{{r:Lee Jung-hee}}"). Ms {{r:Kim}} states that {{r:Ri}} held all passports and that wages were paid by {{p:Sun}} directly to {{r:Ri}}. Of CNY 2,000 per month, workers received CNY 100-300. Deductions were described as "충성자금" (loyalty funds), "국가 과제금" and "{{u:Kim Jong Un}} birthday gift".

3. Ms {{r:Kim}}'s account, in her words (translated):
"{{r:리정희}} 반장은 '너희 가족 다 내 손에 있다'고 했어요. 우리 엄마 이름까지 알고 있었어요." ("Team leader {{r:Ri}} said 'your families are all in my hands'. She even knew my mother's name.") Ms {{r:Kim}}'s mother, {{p:Pak Chun-hwa}}, lives in {{u:Sinuiju}}, across the {{u:Yalu River}}.

4. A coworker, {{r:Ho Un-gyong}} ({{r:허은경}}; South Korean spelling {{r:Heo Eun-kyung}}), lost part of two fingers in a shell-cracking machine in 2019. Ms {{r:Kim}} says {{r:Ri}} kept {{r:Ho}} working for two days before allowing her to be taken to the {{u:Dandong Central Hospital}}. The hospital bill was deducted from {{r:Un-gyong}}'s wages. Ms {{r:Kim}} last saw {{r:Heo}} in 2020.

5. Other persons named by Ms {{r:Kim}} (to be kept confidential): the dormitory guard, old {{p:Zhang}} ("老{{p:张}}"); a Korean-Chinese interpreter, {{p:Jin Hua}}; the security official who visited monthly from {{u:Sinuiju}}, {{p:Kim}} (no relation to Ms {{r:Kim}}; "{{p:김}} 부장"); and a coworker, {{p:Ho Myong-ok}} (no relation to {{r:Ho Un-gyong}}), who was sent back in 2018 after speaking to a Chinese driver, Xiao {{p:Liu}}.

6. Ms {{r:Kim}} left the plant in August 2020 during the border closure. She reached the {{u:Republic of Korea}} via {{u:Laos}} in 2021. She was interviewed by our staff ({{p:J. Choi}}, {{p:M. Bae}}) at our office in {{u:Seoul}}.

We would be grateful if your office would raise these facts with the governments of the {{u:People's Republic of China}} and the {{u:Democratic People's Republic of Korea}}, and we remain at your disposal.

Yours sincerely,
{{p:Kang Hye-rim}}
Director

Annex A: statement of Ms {{r:Kim Sol-mi}} (Korean original, 14 pages)
Annex B: photograph of {{r:Ho}}'s hand (with consent)""",
    },
]
