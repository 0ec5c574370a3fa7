# ruff: noqa: E501
"""Held-out evaluation passages, set 59. Built by build_heldout.py heldout59.

About fifty documents of the kind an NGO working on North Korean workers sent abroad
could plausibly receive or write, written blind (the finder's code was not read and
the finder was not run). A few are the core material staff type every day (third-person
interview summaries in English and Korean, a question-and-answer transcript, Korean
interview notes and mixed Korean/English notes); the rest are genres no earlier set
used (construction snag lists, material requisition slips, winter-road convoy lists,
wildlife-encounter reports, catch-share settlement sheets, fixers' invoices with day
notes, speaker-diarisation correction sheets, reference-manager (RIS) exports,
shared-map pin exports, newsletter unsubscribe-feedback exports, criminal-injuries
compensation applications, lobby-day group assignments, book-signing queue lists,
depression-screening score sheets, restitution schedules, temple lantern-dedication
lists, Lunar New Year rice-cake order sheets, shift-swap request slips, peer-support
check-in notes, children's football rosters, dormitory wall-inscription transcriptions,
back-of-photograph inscriptions, transcription-service job tickets, charity-bazaar
donation lists, calligraphy exhibition entry lists, church new-member cards,
reconstructed wall newspapers, documentary lower-third caption lists, community
newspaper people columns, sports-day team lists, Chinese workshop honour-and-shame
boards, WeChat group nickname lists, Russian private-renovation order books, Avito
listing captures, Polish fare-evasion payment demands, Japanese crowdfunding reward
lists, Vietnamese Zalo poll exports, Qatari health-card application batches, Mongolian
phone-card sales ledgers, ITF boarding notes, tool-crib sign-out logs, stand-up bot
reports, nickname glossaries and buyers' grievance-mechanism case logs), in English,
Korean and mixed Korean/English with Russian, Chinese, Arabic, Mongolian, Polish,
Vietnamese, Japanese and Indonesian. Settings: construction in Kuwait, Qatar, Russia
and Mongolia, logging in the Russian Far East, seafood and garment factories in China,
distant-water fishing, a Polish shipyard, restaurants in Russia and Vietnam, and
resettlement in South Korea and the UK. All persons are fictional; real public figures
are mentioned only neutrally.

Labelling convention:
- {{r:...}} a mention of a registered private person (listed in the passage's
  "persons" as (romanized name, Hangul name, role, aliases)); {{p:...}} a mention
  of an unregistered private person; {{u:...}} a public name: a real public figure,
  a real place, a real organisation or company, a real platform or app. Real public
  figures are only mentioned neutrally.
- Every fictional person is private, whatever their office (a fictional inspector,
  judge, monk, pastor, conductor, captain, doctor or interpreter is private).
- Invented businesses, sites, temples, churches and vessels are left unmarked.
- A mention is labelled as the text writes it: the name only, without particles
  (박철민이 -> {{r:박철민}}이; the affectionate suffix 이 after a given name also stays
  outside) and without titles (리 반장님 -> {{r:리}} 반장님, Mr {{p:Ho}}, Dr {{p:X}}),
  but Chinese forms of address are labelled whole (老周, 小王, 王总) and Russian
  and Polish names keep their case endings (Пака, Кима, Kima, Pakiem).
- A nickname or alias that refers to a person is a mention of that person even when
  it is not registered as an alias; the same word used as an ordinary word is not.
- In an e-mail address, login or handle only the part that spells the person's name
  is labelled; role accounts are unmarked.
- A surname discussed as a word ("the surname 소 is romanized So") is unmarked, and so
  are ordinary words that look like names (So, An, Oh, Ha, you, song, moon, 오, 안).
- A possessive 's, particles and emoji stay outside a mention; zero-width characters
  and fullwidth letters inside a name stay inside it. Initials standing for a person
  are mentions.
- Country names are public places whenever they stand as nouns, also attributively
  (DPRK, North Korea, 한국, 북한 사람, 중국 돈); nationality adjectives and derived
  words (Korean, Chinese, 한국어, 중국산, 러시아인, 북한이탈주민) are not marked.
- Generic kinship or role words used instead of a name (엄마, 형, 반장, "the cook")
  are not mentions.
"""

PASSAGES: list[dict] = [
    {
        "id": "h59-en-01",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Pyon Chol-ho", "변철호", "witness", ["Chol-ho", "PYON CHOL HO", "Pyon"]),
            ("So Kwang-il", "소광일", "supervisor", ["So", "Rooster"]),
            ("An Myong-su", "안명수", "coworker", ["An", "Myong-su"]),
            ("Pyon Un-jong", "변은정", "relative", ["Un-jong"]),
        ],
        "note": "Core: third-person interview summary, construction brigade in Kuwait. Surnames So and An beside sentence-initial 'So' and 'An'; nickname Rooster; Korean forms 안 씨 / 명수 quoted; the surname 소 discussed as a word is unmarked.",
        "text": """INTERVIEW SUMMARY (third person)
Case ref.: KW-19-044 | Sensitivity: HIGH | Version 2 (after back-reading)
Interviewee: {{r:PYON Chol-ho}} ({{r:변철호}}), born 1981 in {{u:Hamhung}}, {{u:South Hamgyong Province}}
Interviewer: {{p:Lydia Marsh}} | Interpreter: {{p:Yun Ha-eun}} | Reviewer: {{p:D.O.}}
Date and place: 14 June 2023, interview room 2, {{u:Seoul}}

1. Recruitment. Mr {{r:Pyon}} worked as a plasterer at a building-materials enterprise in {{u:Hamhung}} until 2014. He says the man who put his name forward for work abroad was the enterprise's cadre-section chief, whom he knew only as Chief {{p:Ko}}, and that the selection took eleven months because his wife's uncle had once been detained. He paid nothing himself; his wife, {{r:Pyon Un-jong}}, sold a sewing machine to pay "for the paperwork". {{r:Chol-ho}} does not know to whom the money went.

2. Departure and arrival. He flew from {{u:Pyongyang}} to {{u:Beijing}} and on to {{u:Kuwait}} in March 2015 with thirty-one other men. At {{u:Kuwait International Airport}} their passports were collected by the brigade leader, {{r:So Kwang-il}}, who kept them in a locked steel cabinet in the site office for the whole three years. So the men never held their own documents; {{r:So}} gave them back only at the departure gate, and only to those who were going home.

3. The site. The brigade was lent to a Kuwaiti contractor building villas south of {{u:Jahra}}, and later a shopping centre near {{u:Mangaf}}. Working hours were 6 a.m. to 8 p.m., with a two-hour break in summer. Mr {{r:Pyon}} describes the midday ban on outdoor work as "a rule for the Kuwaitis to see": when the inspector's car had left, {{r:So Kwang-il}} sent the plasterers inside the unfinished villas, "where it was hotter than outside".

4. The nickname. The men called {{r:So}} "{{r:Rooster}}" because he woke them at 4:30 by banging a pot lid. Asked whether {{r:Rooster}} hit anyone, {{r:Chol-ho}} said he saw him slap a young welder, {{p:Ri Hyon-u}}, twice in 2016, for falling asleep at the evening study session. He did not see other violence, but "everyone knew" {{r:So}} could send a man home, which was worse.

5. Wages. The Kuwaiti side paid, he believes, about 300 dinars a month per man. He received between 40 and 60 dinars, in cash, from the brigade accountant {{p:Chae}}, who read out the deductions in front of the whole brigade: the "plan" to the state, food, lodging, the loyalty fund. An hour after payday {{r:So}} collected a further ten dinars from every man for what he called the brigade fund. {{p:Chae}} wrote nothing down for that.

6. {{r:An Myong-su}}. His closest friend was {{r:An Myong-su}} ({{r:안명수}}), a carpenter from {{u:Sinpo}}. In August 2016 {{r:An}} collapsed on the roof of villa 14 and was driven to {{u:Farwaniya Hospital}} by a Pakistani driver, {{p:Imran}}, without {{r:So}}'s permission. {{r:Myong-su}} came back after three days; {{r:Rooster}} made him write a self-criticism for "leaving the collective without an order". {{r:An}} was sent back to {{u:North Korea}} early in 2017. Mr {{r:Pyon}} asked us to find out whether {{r:An Myong-su}} is alive (section 9).

7. Reviewer's note ({{p:D.O.}}): the interpreter reports that in Korean Mr {{r:Pyon}} says "{{r:안}} 씨" and "{{r:명수}}" interchangeably for his friend; in this summary both are rendered by the surname except in quoted speech. The surname 소 is romanized So throughout this file; please do not change it to Soh.

8. Contact with family. He was allowed one telephone call home in three years, from {{r:So}}'s mobile, in 2017. {{r:Un-jong}} told him their son had joined the army. He has had no contact with {{r:Un-jong}} since March 2018, when he left the dormitory at night and took a taxi to the {{u:Embassy of the Republic of Korea in Kuwait}}.

9. Requests. (a) Tracing for {{r:An Myong-su}}, born around 1984, {{u:Sinpo}}. (b) No publication of his wife's name. (c) The summary may be shared with the {{u:ILO}} only with the names of {{r:Pyon Un-jong}} and {{r:An}} removed.

Back-read to the interviewee on 21 June 2023 by {{p:Yun Ha-eun}}. Signed {{p:L. Marsh}}.""",
    },
    {
        "id": "h59-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ryom Hyok", "염혁", "witness", ["Hyok", "RYOM", "Хёк"]),
            ("Ju Song-chol", "주성철", "supervisor", ["Ju", "Bear-Paw", "곰발"]),
            ("Song Il-nam", "송일남", "coworker", ["Song", "Il-nam"]),
        ],
        "note": "Core: question-and-answer transcript, logging camp north of Tynda. Speaker labels are mentions; one-syllable given name Hyok; 'Ha' as a laugh and 'song' as a word beside the surnames Ha and Song; Cyrillic forms of the names.",
        "text": """TRANSCRIPT - interview T-0412 (question and answer, English rendering)
Recorded 9 November 2022, {{u:Incheon}}. Interviewer {{p:HA Ji-won}} ({{p:HA}}); interviewee {{r:RYOM Hyok}} ({{r:RYOM}}); interpreter {{p:Choi Seo-yeon}} ({{p:CHOI}}), who speaks only where marked.

{{p:HA}}: Can you say your name the way you want it written?
{{r:RYOM}}: {{r:Ryom Hyok}}. Just one syllable, {{r:Hyok}}. In the camp the Russians wrote "{{r:Хёк}}" on my boots so nobody would take them.
{{p:HA}}: Where was the camp?
{{r:RYOM}}: North of {{u:Tynda}}, four hours by truck on the winter road. {{u:Amur Oblast}}. Our sector was "the 17th kilometre". I never knew a proper name.
{{p:HA}}: Who was in charge of the sector?
{{r:RYOM}}: The sector chief was {{r:Ju Song-chol}}. We called him {{r:Bear-Paw}}. In Korean, {{r:곰발}}. Because of his hands, they were like shovels.
{{p:HA}}: Ha. {{r:Bear-Paw}}. Did he ever use those hands on anyone?
{{r:RYOM}}: On me, once. In February 2017 I cut my foot with the chainsaw, not deep, and I asked to rest two days. {{r:Ju}} hit me on the ear and said a soldier of the Party does not rest for a scratch. After that I heard badly on this side for a month.
{{p:CHOI}}: He points to his left ear.
{{p:HA}}: Was anybody above {{r:Ju}}?
{{r:RYOM}}: The company representative in {{u:Tynda}}, Comrade {{p:Wi}}. I saw {{p:Wi}} two times, at New Year. And the Russian side had a master, {{p:Gennady}}. {{p:Gennady}} was fair. He gave us tea with sugar and he shouted at {{r:Bear-Paw}} once about the cut foot, but I did not understand the words.
{{p:HA}}: Tell me about {{r:Song Il-nam}}.
{{r:RYOM}}: {{r:Il-nam}} was my partner on the saw. He was from {{u:Kilju}}. He was older, thirty-eight. In the evening in the barrack he sang, always the same song about the {{u:Namdae River}}, and {{r:Ju}} let him, because {{r:Ju}} liked that song too.
{{p:HA}}: What happened to him?
{{r:RYOM}}: In March 2018 a larch came down the wrong way. {{r:Song}} was under it. We carried him to the truck, {{p:Gennady}} drove him to {{u:Tynda}}. {{r:Ju Song-chol}} told us next day that {{r:Song}} was "sent to the homeland for treatment". Nobody saw {{r:Il-nam}} again. Some men said {{r:Song}} died in the truck.
{{p:HA}}: How were you paid?
{{r:RYOM}}: The Russian company paid the Korean company by cubic metres. We got coupons for the camp shop, and every year maybe one hundred and fifty dollars in cash before going home on leave. {{r:Ju}} kept a notebook of every man's cubic metres. {{r:Bear-Paw}}'s notebook was red.
{{p:HA}}: So you left in which year?
{{r:RYOM}}: 2019, from {{u:Khabarovsk}}. I will not say how.
{{p:HA}}: That's fine. Thank you, {{r:Hyok}}. Is there anything you want to add?
{{r:RYOM}}: Only that {{r:Il-nam}}'s wife is in {{u:Kilju}}. If anybody can tell her. Her name I don't know.
[Recording ends 01:12:48.]""",
    },
    {
        "id": "h59-ko-01",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Kye Sun-hui", "계순희", "witness", ["순희", "Sun-hui"]),
            ("Jong Ok-ryon", "정옥련", "supervisor", ["옥련", "정"]),
            ("Ri Kum-hyang", "리금향", "coworker", ["금향", "향"]),
        ],
        "note": "Core: Korean interview notes, seafood processing plant near Dandong. Particles and the affectionate 이 outside; one-syllable pet name 향; Chinese forms of address labelled whole, 老板 unmarked; 정 as surname alone.",
        "text": """면담 메모 (2차) - 사례번호 CN-22-117
일시: 2023. 2. 8. 14:00-16:40 / 장소: {{u:서울}} 사무실 2층
면담자: {{r:계순희}} (1990년생, {{u:평안북도}} {{u:신의주}} 출신)
기록: {{p:한지민}} / 통역 불필요 / 검토: {{p:오세진}}

■ 파견 경위
- 2017년 4월 {{u:신의주}}에서 버스로 {{u:압록강}} 다리를 건너 {{u:단둥}}으로 감. 같은 버스에 여성 노동자 43명.
- {{r:순희}} 씨 말로는 "다들 3년이면 집 한 채 값을 번다고 들었다". 모집은 도 무역회사 소속 지도원 {{r:정옥련}}이 담당.
- 공장은 {{u:东港}} 외곽 수산물 가공공장. {{u:중국}} 측 사장은 "{{p:王总}}"이라고만 불렀고, 현장 관리인은 {{p:小刘}}.

■ 작업·생활
- 오전 6시 반 기상, 7시부터 밤 10시까지 오징어·새우 손질. 성수기엔 새벽 1시까지.
- 숙소 밖 외출은 한 달에 한 번, 조별로, 반드시 {{r:정}} 지도원 동행. {{r:정옥련}} 지도원은 휴대전화를 전부 걷어 갔고, 노동자끼리 {{u:중국}} 사람과 말하면 "총화 때 보자"고 했다 함.
- 작업반장은 {{p:박은하}}. {{r:순희}}는 {{p:은하}} 언니는 나쁜 사람이 아니었다고 강조함. "{{p:은하}} 언니도 위에서 시키니까."
- 老板 ({{p:王总}})이 한 번 직접 와서 생산량이 떨어졌다고 화를 냈고, 그 뒤 한 달 동안 휴일이 없었음.

■ 임금
- {{u:중국}} 측이 1인당 월 2,400위안 정도를 회사에 지불했다고 {{p:小刘}}가 말해줬다 함.
- 본인 손에 들어온 건 월 100~150위안. 나머지는 국가계획분, 식비, 충성자금. {{r:정}} 지도원이 장부를 관리.
- 2019년 설 무렵 "{{u:조선}}에 보낼 선물비"로 석 달치를 못 받음.

■ {{r:리금향}} 관련 (중요)
- 같은 방 동료 {{r:리금향}} (당시 22세 추정, {{u:남포}} 출신). {{r:순희}}는 "{{r:향}}아"라고 불렀음.
- 2019년 8월 {{r:금향}}이가 손목 인대를 다쳐 병원에 가야 했는데 {{r:정옥련}}이 허락하지 않음. {{p:小刘}}가 몰래 진통제를 사다 줌.
- 9월에 {{r:금향}}이는 "귀국" 명단에 올라 먼저 돌아감. 이후 소식 없음.
- 면담자 요청: {{r:리금향}} 안부를 알 수 있으면 알려 달라. 단 {{r:금향}}이 가족에게 해가 가지 않게.

■ 기타
- {{r:순희}} 씨는 2020년 1월 공장 회식 중 화장실 창문으로 나와 {{u:단둥}} 시내까지 걸어갔다고 진술. 이후 경로는 본인이 말하지 않기로 함.
- {{r:계순희}} 씨는 {{r:정옥련}} 실명 공개에 동의하지 않음 (보복 우려). 보고서에는 "지도원 {{r:J}}"로 표기.
- 다음 면담: 3월 중, {{p:한지민}} 담당.""",
    },
    {
        "id": "h59-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ha Chun-gil", "하춘길", "witness", ["Chun-gil", "HA", "춘길"]),
            ("Yu Sang-hun", "유상훈", "supervisor", ["Yu", "Glasses", "안경"]),
            ("Jo Tae-song", "조태성", "coworker", ["Jo", "Tae-song", "태성"]),
        ],
        "note": "Core: mixed Korean/English interview notes, Qatar tower site. Surnames Ha, Yu and Jo typed lower-case in shorthand beside 'you', 'ha' and 'jo' as ordinary words; nickname 안경/Glasses; Arabic name of a Qatari foreman; Hangul names with particles.",
        "text": """notes - {{r:하춘길}} 2nd session?? no: file name below
file: QA-2021-08_{{r:ha}}_{{r:chungil}}_s2.txt
date 2023-05-17 / where: 사무실, {{u:Mapo-gu}} / who: me ({{p:Seo-yeon}}), {{p:Tom B.}} observing
interviewee: {{r:하춘길}} ({{r:Ha Chun-gil}}), b.1978, {{u:Wonsan}}

- arrived {{u:Doha}} Aug 2015 via {{u:Beijing}}, {{u:Dubai}}. group of 28.
- site: residential tower, {{u:Lusail}}. Korean co. = "{{p:Jang}}'s company" (he doesn't know the official name). Qatari main contractor, site foreman {{p:Abu Khalid}} / {{p:أبو خالد}} - {{r:Chun-gil}} liked him, "he gave us water and dates in Ramadan".
- 반장 = {{r:유상훈}}. everyone called {{r:yu}} "{{r:안경}}" ({{r:Glasses}}) bc thick glasses. {{r:춘길}} says {{r:Yu}} was "not cruel, just afraid" - afraid of the 대표 above him, a man called {{p:Kang}} who came from {{u:Doha}} city every Friday.
- Q: did you keep your passport? A: no, {{r:유}} 반장 kept all. ha - he laughs here - "we didn't even know what colour it was inside".
- pay: told 900 riyal/month. got ~150-200 cash. rest "to the state". he once asked {{r:Glasses}} for the list, {{r:Yu Sang-hun}} said "you want to see the list? you go ask {{p:Kang}} then", meaning: don't.
- heat: 2016 summer, {{r:조태성}} collapsed on level 31. {{r:태성}}이 was 24. {{r:Ha}} and another man ({{p:Sok}}?) carried him down the stairs bc hoist was off. {{p:Abu Khalid}} called ambulance -> {{u:Hamad General Hospital}}. {{r:Yu}} was furious that the Qatari side "saw".
- {{r:Jo}} came back after 4 days, worked again from day 6. {{r:Tae-song}} was sent home end of 2016 "for health". {{r:춘길}} thinks {{r:jo}} had kidney problems, he was yellow.
- jo = also what they called the night shift ("조" = group) -> NOT the man, careful when coding. e.g. "야간 조", "3조".
- escape: 2018, with help of Nepali co-worker {{p:Bishnu}}. he doesn't want details in writing.

to do:
[ ] cross-check {{r:Jo Tae-song}} with case QA-2019-03 (same man? spelled "{{r:Cho Tae-sung}}" there, site in {{u:Al Wakrah}})
-- {{p:SY}}""",
    },
    {
        "id": "h59-ko-02",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("O Yong-nam", "오영남", "witness", ["영남", "오"]),
            ("Tak Myong-hwan", "탁명환", "supervisor", ["탁", "상어"]),
            ("Mun Chol", "문철", "coworker", ["철", "Moon"]),
        ],
        "note": "Core: Korean third-person interview summary, squid-jigging and trawler work on a Chinese-owned vessel. The surname 오 beside 오 (five) and 오다 forms; nickname 상어; one-syllable given name 철 with the affectionate 이; Chinese captain 老陈 labelled whole.",
        "text": """[면담 요약 - 3인칭]
사례: SEA-21-009 / 작성: {{p:김다은}} / 최종 검토: {{p:류정호}}
면담 대상: {{r:오영남}} (1987년생, {{u:함경남도}} {{u:신포}})

1. {{r:오영남}} 씨는 2016년 봄 수산사업소 추천으로 해외 선원 파견 명단에 올랐다. 본인은 "오 년을 채우면 배 한 척 값"이라는 말을 들었다고 한다. 출국은 {{u:남포}}항이 아니라 {{u:중국}} {{u:다롄}}을 거쳤다.

2. 배는 {{u:중국}} 선주 소유의 오징어 채낚기 어선이었고, 선장은 {{p:老陈}}, 항해사는 {{p:小周}}라고 불렸다. 북측 선원 12명의 책임자는 {{r:탁명환}}. 선원들은 {{r:탁}} 책임자를 뒤에서 "{{r:상어}}"라고 불렀는데, {{r:영남}} 씨 설명으로는 "이빨 빠진 상어처럼 웃어서"라고 한다.

3. 조업은 {{u:동해}}와 {{u:러시아}} 수역 경계 부근. 하루 작업은 오후 다섯 시부터 다음 날 오전 아홉 시까지, 낮에 네다섯 시간 잠. 한 번 나가면 오 개월 넘게 입항하지 않은 적도 있었다고 함.

4. 임금은 어획량 비율로 계산한다고 했으나, {{r:오}} 씨는 한 번도 계산서를 본 적이 없다. {{r:탁명환}}이 "조국에 바칠 몫"을 먼저 떼고 나머지를 귀국할 때 준다고 했다. 2018년 귀항 때 받은 돈은 미화 600달러가량.

5. 동료 {{r:문철}} (당시 30세 전후, {{u:신포}})에 대하여: {{r:영남}} 씨와 같은 침실. {{r:오영남}} 씨는 {{r:철}}이를 "친동생 같았다"고 한다. 2017년 10월 기관실 근처에서 {{r:문철}}이 손가락 두 개를 잃었을 때 {{p:老陈}}은 가까운 항구로 가자고 했으나 {{r:상어}}가 반대했다. 결국 {{p:小周}}가 붕대를 감아 주었고 배는 열하루 뒤에야 입항했다.

6. {{r:철}}이는 {{u:중국}} 선원들 사이에서 "{{r:Moon}}"이라고 불렸다 (문 → Moon). 기록 시 주의: 같은 배 {{u:중국}} 선원 {{p:老孟}}도 있었음. 면담 중 {{r:영남}} 씨가 "{{r:문}}이"라고 할 때와 "문 (door)"이라고 할 때를 구분할 것 ("기관실 문이 잠겨 있었다"는 일반어).

7. {{r:탁}} 책임자의 폭력: 직접 본 것은 2회. 한 번은 {{p:배성국}}(가명 아님, 본명)에게 식판을 던졌고, 한 번은 {{r:오}} 씨 본인의 뺨을 때렸다. "{{r:상어}}가 때릴 땐 아무도 안 쳐다봤다."

8. {{r:오영남}} 씨는 2019년 {{u:다롄}} 입항 중 이탈. 이후 경로는 비공개.

9. 면담자 요청 사항: {{r:문철}}의 생사 확인. 보고서에는 {{r:탁명환}}의 성만 쓰고 이름은 쓰지 말 것.""",
    },
    {
        "id": "h59-mixed-02",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Hwang Kum-chol", "황금철", "witness", ["Kum-chol", "황"]),
            ("Pang Song-ho", "방성호", "supervisor", ["Pang", "Bang"]),
            ("Om Ji-hyok", "엄지혁", "coworker", ["Ji-hyok", "Om", "지혁"]),
        ],
        "note": "Core: mixed Korean/English notes on a Mongolian apartment construction site. Surname Pang spelled Bang beside 'bang' as a sound; Om beside 'om' in a Mongolian word; Mongolian names in Cyrillic and Latin; Hangul names with particles.",
        "text": """[interview notes / 면담 노트] MN-2022-031
interviewee: {{r:HWANG Kum-chol}} / {{r:황금철}}, 1985, {{u:Chongjin}}
by: {{p:Jae-eun}} (KR/EN), {{p:Oyunaa}} (MN interpreter, by phone from {{u:Ulaanbaatar}})
session 1 of 2, 2022-11-03

1) 경위 / background
- sent to {{u:Mongolia}} 2016 with 60+ men, construction. site = 16-storey apartment block, {{u:Khan-Uul}} district, {{u:Ulaanbaatar}}.
- Mongolian company director {{p:Батболд}} ({{p:Batbold}}), site engineer {{p:Sarnai}}. {{r:Kum-chol}} remembers {{p:Sarnai}} as "the only one who asked our names".
- 북측 책임자: {{r:방성호}}. men said "{{r:Bang}} 반장" - {{r:Pang}} on the paper roster.

2) daily life
- winter -30. they lived in the unfinished 2nd floor, plastic on windows. "bang bang all night" = wind on plastic, not a person.
- {{r:황}} 씨 says food was ok in 2016, bad from 2017 when {{r:방성호}} started selling the rice to a Mongolian shop ({{p:Туяа}}'s shop, by the market).
- side jobs: {{r:Pang}} sent men on weekends to private houses in {{u:Zaisan}} to do tiling. money went to {{r:Pang}}.

3) {{r:엄지혁}} / {{r:Om Ji-hyok}}
- {{r:엄지혁}}, 27 then, from {{u:Hamhung}}. {{r:지혁}}이는 {{r:금철}} 씨 조카뻘 (not real relative).
- Jan 2018: {{r:Om}} fell through an opening on 7th floor, broke leg. {{r:Bang}} did not want hospital, {{p:Sarnai}} insisted -> {{u:National Trauma and Orthopaedic Research Center}}.
- after 2 weeks {{r:Om Ji-hyok}} was sent home via {{u:Zamyn-Üüd}}? or by plane? {{r:Hwang}} not sure.
- note for coding: Mongolian word "ом" in the interpreter's text (= mantra) is NOT a name.

4) wages
- Mongolian side paid per m2. {{r:Kum-chol}} got about 200,000 tögrög / month "on good months". Deductions read out by {{r:방}} 반장.
- 2017 Nov: no pay, "for the 70th anniversary"? (he is unsure which anniversary).

5) escape
- 2019 spring, with Mongolian acquaintance {{p:Ганзориг}} ({{p:Ganzorig}}). NOT for the report.

-- {{p:JE}} / {{p:O.}}""",
    },
    {
        "id": "h59-en-03",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Sin Kwang-ho", "신광호", "witness", ["Sin", "SHIN K.H.", "K.H. Sin"]),
            ("Ri Jong-nam", "리종남", "supervisor", ["RI J.N.", "Ri", "Jong-nam"]),
            ("Kim Un-song", "김운성", "coworker", ["Un-song", "KIM U.S."]),
        ],
        "note": "New genre: construction snag (punch) list from a Qatari tower, photographed by the witness and annotated. Names as initials and abbreviated signatures, surname Sin beside the site spelling SHIN, Nepali and Indian tradesmen, the client's engineer; fullwidth letters in one signature.",
        "text": """SNAG LIST - TOWER B, LEVELS 22-24 (transcribed from photographs)
Source: 9 photos taken by {{r:Sin Kwang-ho}} on his work phone, Nov 2017, site in {{u:Lusail}}, {{u:Qatar}}. Transcribed by {{p:M. Farrow}} (NGO), 2 Feb 2024. Witness comments in [brackets], recorded by {{p:Ji-ho}} on 5 Feb.

Rev. 3 | Issued by: Client's Rep. Eng. {{p:Faisal Al-Haddad}} | Contractor QA: {{p:R. Menon}}
Subcontract labour (finishes): brigade 4, leader {{r:RI J.N.}}

No. | Loc. | Defect | Resp. | Target | Closed / sign
22-001 | Apt 2201 kitchen | Tile lippage >2mm, 6 tiles | {{r:SHIN K.H.}} | 12/11 | OK {{p:R.M.}}
22-002 | Apt 2201 bath | Grout missing behind WC | {{r:SHIN K.H.}} | 12/11 | OK {{p:R.M.}}
22-006 | Apt 2204 | Paint runs, 2nd coat | {{r:KIM U.S.}} | 15/11 | OK {{r:Ri}}
23-001 | Apt 2301 | Door frame out of plumb | {{p:Santosh K.}} | 15/11 | OK {{p:R.M.}}
23-002 | Apt 2302 bath | Tiles hollow (tap test) 11 no. | {{r:ＳＨＩＮ　Ｋ．Ｈ．}} | 16/11 | OK {{p:R.M.}}
24-001 | Apt 2401 | Floor screed hollow | {{p:PAK T.I.}} / {{r:KIM U.S.}} | 18/11 | rework
24-003 | Apt 2404 | Plaster on glazing | "night gang" | 19/11 | -

[{{r:Kwang-ho}}: "{{r:SHIN K.H.}}" is me. The Indian QA man wrote it that way from my helmet sticker. Our leader {{r:Ri Jong-nam}} told us each snag with our name on it is minus two riyals from the pay. Nobody told the Qataris that. I had the most snags on 22 and 23 because {{r:Ri}} gave me the bathrooms, which are the hardest.]
[{{r:Kwang-ho}}: {{p:PAK T.I.}} is {{p:Pak Thae-il}}, from {{u:Kanggye}}. I do not want my friend {{p:Thae-il}} named in any report, he still has family there.]
[{{r:Kwang-ho}}: {{r:Un-song}} was nineteen or twenty, the youngest. {{r:KIM U.S.}} on the list is him. For 24-001 {{r:Ri}} made {{r:Un-song}} redo the screed alone at night, after a 14-hour day. "Night gang" on 24-003 means us, the Koreans, working after the others had gone. It is not on the timesheets.]

Transcriber's note ({{p:M.F.}}): the handwritten "OK" in 22-006 is signed with the single Latin letter group "Ri"; the witness confirms the brigade leader signed it himself. The surname is spelled Sin in our records and SHIN on site documents. Initials have been left exactly as written.""",
    },
    {
        "id": "h59-en-04",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Chae Yong-il", "채영일", "witness", ["Yong-il", "CHAE"]),
            ("Hyon Myong-gu", "현명구", "supervisor", ["Hyon", "M.G. HYON", "Hyun"]),
        ],
        "note": "New genre: material requisition slips from a Kuwaiti villa site, with a storekeeper's and engineer's signatures and the witness's explanation of side sales. Names in signature form, Arabic and Malayalam names, a login-style stores code made from a name.",
        "text": """MATERIAL REQUISITION SLIPS - four slips, copies kept by the witness
Project: private villas, block 4, {{u:Sabah Al-Ahmad}} area, {{u:Kuwait}}. Period: May-June 2016.
Provided by {{r:Chae Yong-il}} (plasterer, brigade 2) on 3 Oct 2023. Transcription: {{p:Hannah Pryce}}. Witness's remarks follow each slip.

MRS No. 0418 | Date 04/05/2016
Requested by: {{r:M.G. HYON}} (Korean gang) | Items: white cement 40 bags, tile adhesive 60 bags
Approved: Site Eng. {{p:Tarek Mansour}} | Issued: Storekeeper {{p:Biju Thomas}} | Received: {{r:Chae}}
Remark ({{r:Yong-il}}): I carried the bags. Only 25 adhesive went to block 4. The rest {{r:Hyon}} loaded on a pickup that came at night.

MRS No. 0431 | Date 11/05/2016
Requested by: {{r:HYON}} | Items: gypsum plaster 80 bags, corner bead 200 pcs
Approved: {{p:T. Mansour}} | Issued: {{p:Biju}} | Received: {{p:KANG S.}}
Remark: {{p:Kang Sok-bom}} signed. {{p:Sok-bom}} told me twenty bags went to a villa in {{u:Mubarak Al-Kabeer}} where {{r:Hyon Myong-gu}} had a private job for the brigade on Fridays.

MRS No. 0452 | Date 19/05/2016
Requested by: {{r:Hyun}} | Items: primer 20 drums
Approved: {{p:Tarek}} | Issued: {{p:B. Thomas}} | Received: {{r:Y.I. CHAE}}
Remark: the Indian storekeeper spelled him "{{r:Hyun}}", on the stores computer the code is {{r:HYUNMG}}01. {{p:Biju}} was a good man. He asked me in English why we sign for more than we use; I could not answer.

MRS No. 0503 | Date 16/06/2016
Requested by: {{r:HYON}} | Items: tile adhesive 40 bags, grout 10 boxes
Approved: {{p:Ahmed Fawzy}} | Issued: {{p:Biju}} | Received: {{r:Chae}}
Remark ({{r:Yong-il}}): After this slip the Kuwaiti owner's son came and counted the tiles. {{r:Hyon Myong-gu}} gathered us and said if anybody talks, he goes home. At the evening meeting {{r:Hyon}} made {{p:Sok-bom}} confess that he "lost" the bags. {{p:Kang}} was sent back to {{u:Pyongyang}} in July.

Analyst's note ({{p:H.P.}}): "Korean gang" is the site's term for the brigade and is not a name. The side-job villas were the source of the brigade leader's "fund"; compare {{r:Chae}}'s account in interview KW-23-101, para. 14.""",
    },
    {
        "id": "h59-en-05",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Kang Chol-jun", "강철준", "witness", ["Chol-jun", "Кан Чер Дюн"]),
            ("Paek Sung-ryol", "백승렬", "supervisor", ["Paek", "Пэк", "Пэка"]),
            ("Yun Kwang-chol", "윤광철", "coworker", ["Kwang-chol", "Юн"]),
        ],
        "note": "New genre: winter-road convoy lists from a logging concession in Khabarovsk Krai, Russian original with English gloss. Cyrillic names with case endings (Пэка, Юна, Пэком), Russian drivers, the Korean-style Cyrillic transcription Кан Чер Дюн.",
        "text": """WINTER-ROAD CONVOY LISTS (зимник), two sheets, January-February 2018
Logging concession north of {{u:Chegdomyn}}, {{u:Verkhnebureinsky District}}, {{u:Khabarovsk Krai}}. Photographed by {{r:Kang Chol-jun}}; original in Russian; gloss by {{p:Anna Lebedeva}} (volunteer translator), March 2023.

Sheet 1. КОЛОННА № 7, 14.01.2018, участок "Северный" -> {{u:Чегдомын}}
Старший колонны: {{p:Мамонтов В.С.}} (senior of the convoy: {{p:Mamontov V.S.}})
1. Урал 4320, гос. № ***, водитель {{p:Гусев А.П.}}, пассажиры: {{r:Пэк}} (бригадир {{u:КНДР}}), {{r:Кан Чер Дюн}}
2. КамАЗ лесовоз, водитель {{p:Шубин Д.}}, пассажир: {{r:Юн}}
3. КамАЗ лесовоз, водитель {{p:Ткаченко Н.Н.}}, без пассажиров
4. ГАЗ-66 (топливо), водитель {{p:Гусев М.А.}}
Связь: рация, позывной "Берёза". Выезд 06:00. Отметка о прибытии: 19:40, подпись {{p:Мамонтов}}.
Примечание: пассажира {{r:Юна}} высадить у медпункта. Сопровождает бригадир {{r:Пэк}}.
[Gloss: "drop passenger {{r:Yun}} at the first-aid post; accompanied by brigade leader {{r:Paek}}." {{r:Chol-jun}} says this was the day {{r:Kwang-chol}} had frostbite on both feet.]

Sheet 2. КОЛОННА № 9, 02.02.2018, {{u:Чегдомын}} -> участок "Северный"
Старший колонны: {{p:Мамонтов В.С.}}
1. Урал, водитель {{p:Гусев А.П.}}, пассажиры: {{r:Пэк}}, 3 чел. ({{u:КНДР}}) по списку бригадира
2. КамАЗ, водитель {{p:Шубин Д.}}, груз: продукты, пила "Штиль" 2 шт.
Примечание: {{r:Юна}} обратно не брать, по указанию {{r:Пэка}}.
[Gloss: "do not take {{r:Yun}} back, on {{r:Paek}}'s instruction."]

Witness's account ({{r:Kang Chol-jun}}, interview 11 March 2023, interpreted by {{p:Lee Soo-bin}}):
"The Russians wrote me as {{r:Кан Чер Дюн}}, like the old Koreans from {{u:Sakhalin}} write. {{r:Yun Kwang-chol}} and I came from the same county. On the 14th {{r:Paek Sung-ryol}} did not want to take him to {{u:Chegdomyn}}, he said frostbite is laziness. The driver, {{p:Alexander Petrovich}}, said he would not drive without {{r:Kwang-chol}} in the cab. I heard later that {{p:Гусев}} had a fight with {{r:Пэком}} about it. On the 2nd of February {{r:Paek}} came back without him. {{r:Paek}} said {{r:Yun}} was 'sent home'. {{p:Mamontov}} told me in bad Korean 'friend, hospital, {{u:Khabarovsk}}'. I never saw {{r:Kwang-chol}} again."

Translator's note ({{p:A.L.}}): "Берёза" (birch) is a radio call sign, not a name. The stamp of the timber company is illegible. I translated "по списку бригадира" as "per the brigade leader's list"; no such list was provided.""",
    },
    {
        "id": "h59-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Cha Kyong-su", "차경수", "witness", ["Kyong-su", "Cha", "Ча"]),
            ("Rim Tae-ho", "림태호", "coworker", ["Tae-ho", "Rim", "Лим"]),
        ],
        "note": "New genre: wildlife (brown bear) encounter reports from a logging camp, translated from Russian, with the camp hunter's and brigade's names. Nickname Misha for the bear versus a person called Misha; Korean worker names in Russian transliteration (Лим, Ча); 'Cha' beside 'cha' (tea).",
        "text": """WILDLIFE ENCOUNTER REPORTS - logging plot 41, {{u:Amur Oblast}}, 2017 season
Translated from the camp's "журнал встреч с дикими животными" by {{p:Pavel Orlov}}. Copies supplied by {{r:Cha Kyong-su}}, who worked at plot 41 from 2016 to 2018.

Report 3/17 | 28.05.2017, 11:20 | Reported by: forest master {{p:I.V. Kuzmin}}
Animal: brown bear, adult, approx. 200 kg. Place: skid road, km 4. Persons present: {{p:Kuzmin I.V.}}, hunter {{p:Misha Tarasov}}, Korean workers {{r:Лим}} and {{r:Ча}}.
Description: the bear came out to the cook's tent of the Korean brigade. Worker {{r:Лим}} threw a pot. Hunter {{p:Tarasov}} fired two warning shots. Bear left north. No injuries.
Measures: food waste to be burned daily. Responsible: brigade leader {{p:Хан}}.

Report 5/17 | 16.06.2017, 05:40 | Reported by: hunter {{p:M.A. Tarasov}}
Animal: brown bear (the same, per {{p:Tarasov}}; the Korean workers call it "Misha" after the hunter, as a joke).
Persons present: Korean workers {{r:Ча К.С.}}, {{r:Лим Т.Х.}}, {{p:Ко}}.
Description: bear at the latrines. Worker {{r:Лим Т.Х.}} climbed onto a stack. {{p:Tarasov}} not present at first; arrived 05:55, fired once. Worker {{p:Ко}} injured his hand while running (cut on wire).
Measures: the Korean brigade is forbidden to leave the barrack at night without a torch. Brigade leader {{p:Хан}} informed.

Witness's comments ({{r:Kyong-su}}, recorded by {{p:Grace Oh}}, 19 Sept 2023):
- "{{r:Лим}} is {{r:Rim Tae-ho}}, and {{r:Ча}} is me. In Russian they write the surname 림 as Лим."
- "Misha the bear we named after {{p:Misha}} the hunter because both were fat and slow. {{p:Misha}} laughed about it. He was kind to us, he gave {{r:Tae-ho}} his tea, and we called tea 'cha' with him, a joke on my name."

Translator's note ({{p:P.O.}}): In report 5 "Misha" is the bear's nickname and not a person; in report 3 "{{p:Misha Tarasov}}" is the hunter. {{r:Ча К.С.}} = {{r:Cha K.S.}}.""",
    },
    {
        "id": "h59-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ko Hyon-chol", "고현철", "witness", ["Hyon-chol", "KO H.C.", "Ko"]),
            ("Ma Kwang-su", "마광수", "supervisor", ["Ma", "MA K.S.", "Kwang-su"]),
            ("Hyon Song-il", "현성일", "coworker", ["Song-il", "HYON S.I."]),
        ],
        "note": "New genre: catch-share settlement sheets from a Chinese-flagged tuna longliner with a mixed North Korean, Indonesian and Chinese crew. Surname Ma beside a Chinese Ma; Indonesian 'Pak' (Mr) beside the Korean surname Pak; Hyon as both a surname and part of a given name; Indonesian and Chinese names; deductions 'remitted to agent'.",
        "text": """CREW SHARE SETTLEMENT - TRIP 2019/2 (photocopy, 2 pages, partly torn)
Vessel: longliner, Chinese flag (name withheld). Fishing area: western {{u:Indian Ocean}}. Landing: {{u:Port Louis}}, 14 Nov 2019.
Received from {{r:Ko Hyon-chol}} (deckhand, NK crew) via {{p:Bu Nining}}, {{u:Serikat Buruh Migran Indonesia}} volunteer. Notes by {{p:Ellen Carver}}.

Gross catch value (USD): 612,400. Crew share pool 28% = 171,472. Points total: 146.

Name | Position | Points | Gross share | Advance | Slop chest | Other | Net | Paid to
{{p:ZHANG Wei}} | Captain | 12 | 14,093 | 0 | 0 | 0 | 14,093 | self
{{p:MA Jun}} | Chief engineer | 8 | 9,395 | 0 | 0 | 0 | 9,395 | self
{{r:MA K.S.}} | NK crew leader | 5 | 5,872 | 0 | 40 | 0 | 5,832 | agent
{{r:KO H.C.}} | Deckhand | 3 | 3,523 | 0 | 86 | 3,437 (remitted) | 0 | agent
{{r:HYON S.I.}} | Deckhand | 3 | 3,523 | 0 | 64 | 3,459 (remitted) | 0 | agent
{{p:PAEK C.N.}} | Deckhand | 3 | 3,523 | 0 | 98 | 3,425 (remitted) | 0 | agent
{{p:SO M.H.}} | Deckhand | 3 | 3,523 | 0 | 51 | 3,472 (remitted) | 0 | agent
{{p:Agus Setiawan}} | Deckhand | 3 | 3,523 | 1,200 | 140 | 0 | 2,183 | self (bank)
[... 9 lines torn ...]
Signed: Captain {{p:Zhang Wei}} | Crew rep. (NK): {{r:Ma Kwang-su}} | Crew rep. (ID): {{p:Agus S.}}

Handwritten in Indonesian at the foot (by {{p:Agus}}): "Orang {{u:Korea}} tidak terima uang, semua ke agen. Potongan ditulis Pak {{r:Ma}}." ("The Koreans do not receive money, all to the agent. The deductions were written by Mr {{r:Ma}}.") Indonesian "Pak" here means "Mr" and is not the Korean surname.

{{r:Ko Hyon-chol}}'s explanation (call, 2 March 2024, interpreted by {{p:Kim Yoo-na}}):
- "{{r:MA K.S.}} is {{r:Ma Kwang-su}}, the leader of us five. The Chinese engineer was also a {{p:Ma}}, {{p:Ma Jun}}; that is why the Chinese called our leader 'Korean {{r:Ma}}'."
- "The 'remitted' column means {{r:Kwang-su}} sent it to the company agent in {{u:Port Louis}}. We did not see one dollar. {{r:Ma}} kept his own 5,832, or the agent gave it to him; I do not know."
- "{{r:HYON S.I.}} is {{r:Hyon Song-il}}, my cousin's friend. {{r:Song-il}} had the worst job, baiting hooks at night. {{p:PAEK C.N.}} is {{p:Paek Chol-nam}}; {{p:SO M.H.}} is {{p:So Myong-hak}}."
- "So you see, the Indonesians got about two thousand, we got nothing."

Note ({{p:E.C.}}): the name {{r:Hyon-chol}} and the surname of {{r:Hyon Song-il}} share the syllable 현 (Hyon); they are different people and not related.""",
    },
    {
        "id": "h59-en-08",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Jon Hyok-chol", "전혁철", "witness", ["Hyok-chol", "Jon", "JHC"]),
            ("Hong Su-ryon", "홍수련", "witness", ["Su-ryon", "Hong"]),
            ("Kim Tok-sil", "김덕실", "supervisor", ["Tok-sil", "Kim"]),
        ],
        "note": "New genre: a fixer's invoice with day-by-day notes for a research trip to Vladivostok. Witness codes built from initials, the surname Jon beside the English given name Jon, a restaurant manageress called Madam Kim (title outside), Russian drivers' names, an e-mail local part that spells the fixer's name.",
        "text": """INVOICE No. 2023-17
From: {{p:Dmitry Sokolov}}, fixer/interpreter, {{u:Vladivostok}} ({{p:d.sokolov}}.vl@example.ru)
To: research team, attn. {{p:Jon Whitaker}} (team lead) and {{p:Park Eun-bi}}
Period: 11-17 September 2023

Day 1 (11.09) | Airport pickup (2 pax), SIM cards, briefing | 9,000 RUB
Notes: met {{p:Jon}} and {{p:Eun-bi}} at {{u:Knevichi}}. Agreed code names for the interviewees: {{r:JHC}} (construction) and {{r:HSR}} (restaurant). Driver {{p:Oleg}}.

Day 2 (12.09) | Site visit, {{u:Russky Island}} (exterior only) | 14,000 RUB
Notes: photos of the dormitory container block from the road. A guard asked {{p:Oleg}} for documents. No contact with workers.

Day 3 (13.09) | Interview {{r:JHC}}, 3h + transport | 18,500 RUB
Notes: {{r:JHC}} = {{r:Jon Hyok-chol}}, the man introduced by Father {{p:Andrei}} at the Catholic parish. Interview in the car park of a shopping centre on {{u:Russkaya Street}}. {{r:Hyok-chol}} spoke quickly, worried his brigade leader would notice he was missing. Note for {{p:Jon W.}}: the interviewee has your first name as his surname in Latin letters, so in my notebook I use only his initials.

Day 4 (14.09) | Translation of {{r:JHC}} notes | 7,000 RUB
Day 5 (15.09) | Restaurant visit + interview {{r:HSR}}, 2h | 16,000 RUB (incl. meal 4,200)
Notes: restaurant near {{u:Svetlanskaya Street}}. Manageress, whom staff call "Madam {{r:Kim}}", watched the floor the whole evening. {{r:Su-ryon}} served us and gave me a phone number written on the bill. Met {{r:HSR}} next morning at the fish market for 40 min. {{r:Hong Su-ryon}} says {{r:Kim Tok-sil}} holds all passports of the 11 waitresses and sends two girls at a time to the market.

Day 6 (16.09) | Second meeting {{r:HSR}} (cancelled by her) | 3,000 RUB (waiting time)
Notes: {{r:Hong}} sent an SMS: "오늘 안 돼요. {{r:김}} 실장 있어요." ({{r:Kim}} the manageress was there). I waited 2 h.

Day 7 (17.09) | Airport drop-off, debrief | 6,000 RUB

TOTAL: 116,300 RUB. Payment to the card of {{p:D. Sokolov}} (details by phone).

Remarks for {{p:Eun-bi}}: please do not use {{r:Su-ryon}}'s real name in the draft. "Madam {{r:Kim}}" ({{r:Tok-sil}}) may recognise the market meeting. I am not comfortable going back to that restaurant.
- {{p:D.S.}}""",
    },
    {
        "id": "h59-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pak Chol-u", "박철우", "witness", ["Chol-u", "Pak", "park"]),
            ("Chu Yong-dok", "주영덕", "supervisor", ["Chu", "Joo"]),
            ("Ri Sol-mi", "리설미", "relative", ["Sol-mi"]),
        ],
        "note": "New genre: a speaker-diarisation correction sheet for an automatic transcript. ASR mis-hearings of names are mentions as written (park, Chew, Solomy); 'park' as an ordinary noun is not; SPEAKER_nn labels mapped to names; reviewer's initials.",
        "text": """DIARISATION & NAME CORRECTION SHEET
Audio: INT-2024-006_part2.wav (58:31) | ASR engine output v1 | Reviewer: {{p:Nadia Karim}} ({{p:NK}}) | Second check: {{p:Tomasz Wiśniewski}} ({{p:TW}})
Speakers in recording: interviewer {{p:Claire Dunn}}, interpreter {{p:Lim Jae-hee}}, interviewee {{r:Pak Chol-u}}.

A. Speaker mapping
SPEAKER_00 -> {{p:Claire Dunn}} (interviewer)
SPEAKER_01 -> {{p:Lim Jae-hee}} (interpreter) - ASR split her into SPEAKER_01 and SPEAKER_03; merge.
SPEAKER_02 -> {{r:Pak Chol-u}} (interviewee) - some segments wrongly given to SPEAKER_01 where {{r:Pak}} and {{p:Jae-hee}} overlap.

B. Segment corrections (ASR text -> corrected text)
[00:02:11] SPEAKER_00: "So mr {{r:park}} you said the brigade was in the park?" -> "So Mr {{r:Pak}}, you said the brigade was near the park?" (the second "park" is a real park, keep lower case)
[00:02:19] SPEAKER_01: "he says yes near the {{u:Victory Park}} in {{u:Moscow}}" -> OK
[00:04:52] SPEAKER_02 -> SPEAKER_01: "the leader was Mr {{r:Chew}}" -> "the leader was Mr {{r:Chu}}" ({{r:주}}; also written {{r:Joo}} in his earlier statement)
[00:05:03] SPEAKER_00: "Mr {{r:Chew Young-duck}}?" -> "Mr {{r:Chu Yong-dok}}?"
[00:11:15] SPEAKER_01: "his wife {{r:Solomy}} wrote letters" -> "his wife {{r:Sol-mi}} wrote letters" ({{r:설미}})
[00:11:31] SPEAKER_02 (Korean, not transcribed by ASR) -> add gloss: "[in Korean: {{r:설미}}가 편지를 세 번 보냈는데 {{r:주}} 반장이 두 통을 뜯어 봤다]"
[00:14:02] SPEAKER_00: "and {{r:Solomi}} is still in {{u:Pyongyang}}?" -> "and {{r:Sol-mi}} is still in {{u:Pyongyang}}?"
[00:27:02] SPEAKER_00: "Did Mr {{r:Jew}} know?" -> "Did Mr {{r:Chu}} know?" (ASR error, please check all "Jew"/"Chew"/"Joo" in file)
[00:40:00-00:44:10] long Korean passage by SPEAKER_02, ASR output nonsense ("{{r:ri sol me}} ... {{r:chew young duck}} ..."). Re-transcribe manually; the second group in that garble is {{r:Chu Yong-dok}}'s name.

C. Notes
1. {{p:Kim Jong-hak}} is a co-worker, not the leader. Do not confuse with any public figure named Kim Jong.
2. "park" appears 14 times in the ASR text; only 3 are the surname. Search-and-replace is NOT safe.
3. Final names for index: {{r:PAK Chol-u}} ({{r:박철우}}), {{r:CHU Yong-dok}} ({{r:주영덕}}), {{r:RI Sol-mi}} ({{r:리설미}}, wife), {{p:KIM Jong-hak}}.""",
    },
    {
        "id": "h59-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yom Song-chol", "염성철", "witness", ["Swallow", "Y.S.C."]),
            ("Mun Kyong-ae", "문경애", "witness", ["Kyong-ae", "Moon Kyung-ae"]),
        ],
        "note": "New genre: a reference-manager (RIS) export of a research library. Fictional authors are private; interview records cite witnesses by name, initials and pseudonym (Swallow); Moon as a surname beside 'moon' in a title; tags and file names containing names.",
        "text": """TY  - RPRT
AU  - {{p:Whitfield, Claire}}
AU  - {{p:Noh, Seung-ah}}
TI  - Timber and Debt: North Korean Loggers in the Russian Far East, 2014-2019
PY  - 2021
PB  - (internal working paper)
CY  - {{u:Seoul}}
KW  - logging; {{u:Amur Oblast}}; {{u:Tynda}}; debt
N1  - Cites interviews 07, 11 and 19 (see below). Interview 11 = "{{r:Swallow}}".
ER  -

TY  - UNPB
AU  - {{p:Hallström, Erik}}
TI  - Under a Borrowed Moon: Women Restaurant Workers Sent Abroad
PY  - 2022
N1  - Draft chapter. Ch. 3 based on the account of {{r:Moon Kyung-ae}} (name used with consent). "Moon" in the title is not her name - it refers to the Chuseok moon.
L1  - file:///library/pdf/{{p:hallstrom}}_borrowed_moon_draft3.pdf
ER  -

TY  - PCOMM
AU  - {{p:Noh, Seung-ah}}
TI  - Interview 11 with "{{r:Swallow}}" (pseudonym), former logger, {{u:Khabarovsk Krai}}
PY  - 2020
DA  - 2020/06/18
N1  - Real name in the sealed key: {{r:YOM Song-chol}} ({{r:염성철}}). Cite only as "{{r:Swallow}}" or "{{r:Y.S.C.}}". Audio: int11_{{r:yom}}_final.m4a
KW  - {{r:swallow}}; brigade-leader {{p:Jang}}; injury
ER  -

TY  - PCOMM
AU  - {{p:Whitfield, Claire}}
TI  - Interview 19 with {{r:Mun Kyong-ae}}, former waitress, {{u:Shenyang}} and {{u:Vladivostok}}
PY  - 2021
N1  - Spelled {{r:Moon Kyung-ae}} on her South Korean ID. {{r:Kyong-ae}} mentions the manager "Director {{p:Sim}}" and co-worker {{p:Kang Yu-na}}. Crosscheck with {{p:Hallström}} ch. 3.
ER  -

TY  - RPRT
AU  - {{u:International Labour Organization}}
TI  - Hard to See, Harder to Count: Survey Guidelines to Estimate Forced Labour of Adults and Children
PY  - 2012
CY  - {{u:Geneva}}
N1  - Methodology reference; used by {{p:Whitfield}} and {{p:Noh}} for the coding frame.
ER  -

TY  - PCOMM
AU  - {{p:Whitfield, Claire}}
TI  - Follow-up call with {{r:Swallow}}
DA  - 2021/02/02
N1  - {{r:Y.S.C.}} confirms he was in {{u:Tynda}} in 2016, not 2015. Mentions his sister {{p:Yom Ok-hui}} in {{u:Hyesan}}. Tag: #{{r:swallow}}-followup
ER  - """,
    },
    {
        "id": "h59-en-11",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Choe Kum-ryong", "최금룡", "witness", ["Kum-ryong", "Choe", "Choi"]),
            ("Wi Chang-su", "위창수", "supervisor", ["Wi", "Chang-su"]),
            ("Tong Myong-ok", "동명옥", "witness", ["Myong-ok", "Tong"]),
        ],
        "note": "New genre: a shared-map pin export (KML) of sites reported by witnesses. Names inside XML descriptions and extended data; the surname Wi beside Wi-Fi; Tong beside 'tong' (桶, barrel) on a shop sign; witness codes.",
        "text": """<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2">
<Document>
<name>Sites reported by witnesses (INTERNAL - do not share link)</name>
<description>Maintained by {{p:Ingrid Solberg}} and {{p:Baek Ha-neul}}. Last edit: {{p:ingrid.solberg}}@ 2024-01-19. Pins are approximate (+/- 500 m).</description>
<Placemark>
<name>Site 01 - dormitory, {{u:Lusail}}</name>
<description>Reported by {{r:Choe Kum-ryong}} (W-031), 2016-2018. Brigade leader {{r:Wi Chang-su}}. Labour camp behind the batching plant. {{r:Kum-ryong}}: "we had Wi-Fi only in {{r:Wi}}'s room, ha, Wi-Fi for {{r:Wi}}". Corroborated by {{p:Ram Prasad}} (Nepali co-worker, phone, 2022).</description>
<ExtendedData><Data name="witness"><value>{{r:CHOE Kum-ryong}}</value></Data><Data name="confidence"><value>medium</value></Data></ExtendedData>
<Point><coordinates>51.52,25.42,0</coordinates></Point>
</Placemark>
<Placemark>
<name>Site 02 - tower site, {{u:Lusail}}</name>
<description>Same brigade. {{r:Choi}} (spelled so by the Qatari HR) worked floors 12-40. {{r:Chang-su}} had an office container at the north gate. Second leader from 2017: {{p:Sin Yong-ho}}.</description>
<Point><coordinates>51.51,25.41,0</coordinates></Point>
</Placemark>
<Placemark>
<name>Site 03 - garment factory, {{u:Dandong}}</name>
<description>Reported by {{r:Tong Myong-ok}} (W-044), 2017-2019. Sign at gate reads "大桶" (big barrel, a shop sign); factory name withheld. Overseer {{p:Kim Sun-ok}}; Chinese manager {{p:老孙}}. {{r:Myong-ok}} says the gate guard was called {{p:小吕}}. "Tong" (桶) on the sign is not her.</description>
<ExtendedData><Data name="witness"><value>{{r:TONG Myong-ok}}</value></Data></ExtendedData>
<Point><coordinates>124.38,40.12,0</coordinates></Point>
</Placemark>
<Placemark>
<name>Site 04 - women's dormitory, {{u:Dandong}}</name>
<description>{{r:Tong}}: 5th floor of a residential block, 42 women. Roommates named: {{p:Kye Hyang}}, {{p:Ri Jin-a}}, {{p:O Un-byol}}. {{p:Un-byol}} "left first". Overseer {{p:Kim}} lived on the same floor.</description>
<Point><coordinates>124.37,40.13,0</coordinates></Point>
</Placemark>
</Document>
</kml>""",
    },
    {
        "id": "h59-en-12",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Jin-hui", "리진희", "witness", ["Jin-hui", "Jinny"]),
        ],
        "note": "New genre: a newsletter unsubscribe-feedback export. E-mail local parts that spell names are labelled, role accounts not; donors and volunteers; a witness named in a donor's complaint; nicknames; emoji outside names.",
        "text": """Newsletter unsubscribe feedback - export 2024-03-01 (last 30 days)
Platform: {{u:Mailchimp}} | Exported by {{p:Rosa Delgado}} (comms)

email | first_name | reason | free_text
{{p:j.hargreaves}}@example.co.uk | {{p:James}} | too_many | Love your work but weekly is too much. Will donate via {{p:Sarah}} at church instead.
{{p:minji.kwon}}92@example.kr | {{p:Min-ji}} | other | 저는 이제 {{u:부산}}으로 이사해서요. 감사했습니다 🙏 - {{p:권민지}}
{{p:daveyboy}}_{{p:hollis}}@example.com | {{p:Dave}} | complaint | You published {{r:Jin-hui}}'s full story with her photo blurred but her earrings showed. I know her from the cafe in {{u:Yeonnam-dong}}. If I recognised {{r:Jinny}}, others can. Please take more care.
press@example-media.com | | not_relevant |
{{p:gkim}}1955@example.com | {{p:Grace}} | complaint | The story about the logging camp said the brigade leader was called "{{p:Bear}}". My late husband's nickname was {{p:Bear}} and it upset me. I know it is not your fault. God bless {{p:Grace Kim}}
finance@example-foundation.org | | too_many |
{{p:b.moon}}@example.com | {{p:Bella}} | other | Full moon of giving? Not for me this year. - {{p:Bella Moon}}

Note ({{p:R.D.}}): the complaint about {{r:Ri Jin-hui}}'s photo passed to {{p:Hye-won}} (protection lead) on 28 Feb; photo removed from the site same day; {{r:Jin-hui}} informed by phone, she was calm. "Bear" in {{p:Grace}}'s note refers to a brigade leader in story 12 and to her late husband; both are private.""",
    },
    {
        "id": "h59-en-13",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Kim Chol-jin", "김철진", "witness", ["Chol-jin", "CJ", "Kim"]),
            ("Sok Il-gwang", "석일광", "supervisor", ["Sok", "Il-gwang"]),
            ("Kim Hye-ryon", "김혜련", "relative", ["Hye-ryon"]),
        ],
        "note": "New genre: a criminal-injuries compensation application drafted for a survivor living in the UK. Form headings, a caseworker's name and e-mail, the initials CJ, the surname Kim shared by the applicant and his sister, the brigade leader Sok, Polish and Russian medical staff.",
        "text": """CRIMINAL INJURIES COMPENSATION - APPLICATION (DRAFT FOR CLIENT REVIEW)
Prepared by {{p:Bethany Cole}}, caseworker ({{p:bethany.cole}}@example.org.uk) | Client ref. UK-22-088
Scheme: {{u:Criminal Injuries Compensation Authority}}

Section 1 - Applicant
Surname: {{r:KIM}} | Forenames: {{r:CHOL JIN}} | Known as: "{{r:CJ}}" at college
Date of birth: 02/07/1986 | Place of birth: {{u:Chongjin}}, {{u:North Korea}}
Address: c/o the NGO, {{u:New Malden}}, {{u:Surrey}} | Telephone: via caseworker

Section 2 - The crime of violence
Date(s): 2019-2020 | Place: this section concerns injuries suffered in the {{u:United Kingdom}} only (see note)
Note from {{p:B.C.}}: the Scheme covers crimes of violence in {{u:Great Britain}}. Mr {{r:Kim}}'s injuries from the brigade in {{u:Poland}} (beatings by brigade leader {{r:Sok Il-gwang}} in {{u:Gdańsk}}, 2016-2017) fall outside it. We keep them here only as background for the trafficking claim. {{r:Chol-jin}}, please confirm you want to apply only for the assault in {{u:London}} in 2020.

Section 3 - Description (client's words, translated by {{p:Yoo Seo-hyun}})
"In {{u:Gdańsk}} our leader {{r:Sok}} hit me many times, on the back with a pipe, once on the face. A Polish doctor, dr {{p:Nowak}}, fixed my tooth and asked what happened, {{r:Sok Il-gwang}} answered for me. In 2019 I came to {{u:London}}. In March 2020 a man I knew from the brigade, {{p:Han}}, found me at the bus stop in {{u:New Malden}} and said {{r:Il-gwang}} was looking for me because of money. He hit me and I fell. My arm was broken. {{p:Han}} ran away. Police officer PC {{p:Daniel Reeve}} came to the hospital. My sister {{r:Hye-ryon}} was with me."

Section 4 - Injuries and treatment
Fracture of the left radius; treated at {{u:Kingston Hospital}}, March 2020. Treating doctor: Dr {{p:Aleksandra Wójcik}}. Physiotherapy (6 sessions) with Mr {{p:Ivanov}}. Dental treatment in {{u:Gdańsk}} (2017) not claimed.

Section 5 - Police report
Reported 14/03/2020 to the {{u:Metropolitan Police}}, crime ref. withheld. Officer in case: DC {{p:R. Amin}}. Suspect identified as "{{p:HAN}}" (no further name). No charge.

Section 6 - Witnesses
{{r:KIM Hye-ryon}} (sister; lives with applicant). Statement attached (translated by {{p:Yoo Seo-hyun}}): "I saw {{p:Han}} push my brother. {{r:Chol-jin}} cried out. I called 999 from {{r:CJ}}'s phone."

Section 7 - Declaration
Signature: ______________ ({{r:KIM Chol-jin}}) | Date: ___

Caseworker's checklist ({{p:B.C.}}): [x] GP letter (Dr {{p:Patel}}) [ ] police disclosure [ ] sister's ID [x] interpreter's certificate ({{p:Yoo}}). Two people named {{r:Kim}} on the form, applicant and sister; make sure the witness section says {{r:Hye-ryon}}.""",
    },
    {
        "id": "h59-en-14",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Song Hyang-mi", "송향미", "witness", ["Hyang-mi", "Song"]),
            ("Paek Chol-su", "백철수", "witness", ["Chol-su", "Paek", "Baek"]),
        ],
        "note": "New genre: lobby-day group assignments for survivors and staff meeting parliamentary offices. Fictional staffers and interns are private, real institutions public; the surname Song beside 'song'; witness spelled Paek and Baek; a buddy-system table.",
        "text": """LOBBY DAY - GROUP ASSIGNMENTS (v4, 9 May 2024)
Venue: {{u:European Parliament}}, {{u:Brussels}} | Theme: forced labour of North Korean workers abroad and the {{u:EU}}'s forced labour regulation
Coordinator: {{p:Marek Zieliński}} | Safeguarding: {{p:Hae-jin}} | Photographer: NONE (agreed with survivors)

Group A (09:30-12:00) - lead {{p:Sophie Laurent}}
- Survivor speaker: {{r:Song Hyang-mi}} (restaurant, {{u:Shenyang}} / {{u:Ningbo}}) - interpreter {{p:Jeong Da-hye}}
- Staff: {{p:Sophie Laurent}}, {{p:Kwon Tae-yang}} (policy)
- Meetings: office of an MEP on the trade committee (staffer {{p:Lukas Hofer}}); {{u:Subcommittee on Human Rights}} secretariat (Ms {{p:Ana Ribeiro}})
- Buddy: {{p:Hae-jin}} stays with {{r:Hyang-mi}} between meetings.
- {{r:Song}} will sing at the evening event (one song only, her choice). Do not introduce her by full name; "{{r:Hyang-mi}}" is fine.

Group B (13:00-16:30) - lead {{p:Marek Zieliński}}
- Survivor speaker: {{r:Paek Chol-su}} (shipyard, {{u:Gdańsk}}; construction, {{u:St Petersburg}}) - interpreter {{p:Choi Min-seo}}
- Staff: {{p:Marek}}, {{p:Oskar Nilsson}}
- Meetings: office of a Polish MEP (staffer {{p:Agnieszka Kowal}}); {{u:European Commission}} {{u:DG Trade}} (desk officer {{p:Pierre Dumont}}), by video
- Buddy: {{p:Oskar}}
- Note: the Commission's list spells him "{{r:Baek Cheol-soo}}". Badge should read "{{r:Chol-su}}" only.

Reminders
1. {{r:Paek}} prefers to sit near the door. {{r:Song Hyang-mi}} needs a break every 40 min.
- {{p:M.Z.}}""",
    },
    {
        "id": "h59-en-15",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ryu Kyong-hui", "류경희", "witness", ["Kyong-hui", "Ryu", "Yoo Kyung-hee"]),
            ("Ryu Chol-min", "류철민", "relative", ["Chol-min", "Minnie"]),
        ],
        "note": "New genre: a book-launch signing-queue list with requested dedications. Dedication names are mentions (To Jae, Ms Yu), the author's own pen name, a brother with a nickname, emoji outside names, one-syllable names, 'Yu/Ryu/Yoo' spellings.",
        "text": """BOOK LAUNCH - SIGNING QUEUE (volunteer clipboard, typed up afterwards)
Book: "Three Winters in the Sawmill" by {{r:Ryu Kyong-hui}} (pen name on the cover: {{r:Yoo Kyung-hee}})
Venue: community hall, {{u:Kingston upon Thames}} | 22 April 2024 | Queue volunteers: {{p:Alfie}} and {{p:Soo-ah}}
Author's request: she signs "{{r:경희}}" in Hangul only. No photos of her face. Her brother {{r:Chol-min}} sits beside her and hands her the pen.

No. | Name for dedication | Requested text | Notes
1 | {{p:Jae}} | "To {{p:Jae}}" | one syllable, spell J-A-E
2 | (none) | signature only |
3 | Ms {{p:Yu}}'s class | "To Year 10 and Ms {{p:Yu}}" | teacher at local school; Yu not Ryu!
4 | {{p:Tom}} | "{{p:Tom}} - keep going" | asked the author about the sawmill in {{u:Tynda}}, she answered briefly
5 | {{p:Sun-ok}} (from the church) | "{{p:순옥}} 언니께" | knows the author personally; they hugged
6 | {{p:Olek}} | "Dla {{p:Olka}}" | Polish, wanted it in Polish ("for {{p:Olek}}")
7 | {{p:Moon}} | "To {{p:Moon}} 🌙" | his actual name, not a joke
8 | {{p:Gareth}} | "To {{p:Gareth}}" | asked if "{{r:Minnie}}" (the brother) could also sign - yes, {{r:Chol-min}} signed "{{r:철민}}" under his sister's name

Volunteer notes ({{p:Soo-ah}}):
- Queue was 46 people; we stopped after 20 because {{r:Kyong-hui}} was tired. Only rows with a requested text or a note are typed up here.
- One man asked {{r:Ryu}} whether she knew his cousin in {{u:Tynda}}, {{p:Ri Song-hak}}. She said no. He gave me a note with his number for her; I gave it to {{r:Chol-min}}.
- {{r:Minnie}} is what {{r:Kyong-hui}} calls her brother ("{{r:민이}}"), please don't print that.""",
    },
    {
        "id": "h59-en-16",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("So Un-gyong", "소은경", "witness", ["Un-gyong", "So"]),
            ("O Nam-chol", "오남철", "witness", ["Nam-chol", "O"]),
            ("An Jong", "안정", "witness", ["Jong", "An"]),
        ],
        "note": "New genre: depression-screening (PHQ-9) score sheets kept by a counsellor for clients who were overseas workers. Single-letter and two-letter surnames (O, So, An) beside the words 'so', 'an', 'O' in item text; a one-syllable given name Jong; clinician's initials; scores and risk flags.",
        "text": """PHQ-9 SCORE SHEET - overseas-worker support group, Q1 2024
Counsellor: Dr {{p:Eunice Mbeki-Lee}} ({{p:EML}}) | Supervisor: Prof. {{p:Kang Ji-soo}} | CONFIDENTIAL - clinical file
Scoring: 0-4 minimal, 5-9 mild, 10-14 moderate, 15-19 mod. severe, 20-27 severe. Item 9 = thoughts of self-harm (any score > 0 triggers the safety protocol).

Client | Former work | 12 Jan | 9 Feb | 8 Mar | Item 9 | Notes
{{r:SO Un-gyong}} | restaurant, {{u:Vladivostok}} | 17 | 14 | 11 | 1/0/0 | safety plan 12 Jan; {{r:Un-gyong}} says sleep better since moving flat
{{r:O Nam-chol}} | construction, {{u:Kuwait}} | 9 | 12 | 13 | 0/0/0 | rising; {{r:O}} lost job in Feb; refer to employment team ({{p:Hyun-woo}})
{{r:AN Jong}} | logging, {{u:Amur Oblast}} | 22 | 19 | 15 | 2/1/0 | GP informed 12 Jan (Dr {{p:Fraser}}); {{r:Jong}} attending every session

Session notes (excerpt)
12 Jan - Ms {{r:So}} scored 1 on item 9, "sometimes I think it would be easier not to wake up". So we made a safety plan together; her friend {{p:Mi-rae}} is her emergency contact.
9 Feb - Mr {{r:O}} angry at the group, said "O, you people think talking fixes debt." (The interpreter {{p:Yeon-su}} kept the exclamation "오" as O; it is not his name there.) Mr {{r:O}}'s score went up after he was dismissed from the warehouse.
9 Feb - Mr {{r:An}} talked for the first time about the brigade leader ({{p:Ryang}}) and the death of a co-worker, {{p:Kye Sun-chol}}, in 2017. An important session. {{r:Jong}} asked that {{p:Kye}}'s name not be written down; I have written it here only in the clinical file.

{{p:EML}} / 8 March 2024""",
    },
    {
        "id": "h59-en-17",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Rim Yong-chol", "림영철", "witness", ["R.Y.C.", "Yong-chol"]),
            ("Yang Myong-hui", "양명희", "witness", ["Y.M.H.", "Myong-hui"]),
        ],
        "note": "New genre: a restitution schedule annexed to a sentencing order against a labour broker. Victims identified by initials are mentions; the defendant and his associates are fictional private persons; the court and places are public; initials that are not persons (USD, AUSA) are not mentions.",
        "text": """{{u:UNITED STATES DISTRICT COURT FOR THE DISTRICT OF COLUMBIA}}
United States v. {{p:Lin Guohua}}, Crim. No. 23-cr-00### (fictional docket, NGO training copy)
ATTACHMENT A TO JUDGMENT - SCHEDULE OF RESTITUTION

The defendant {{p:LIN Guohua}}, also known as "Uncle {{p:Lin}}" and "{{p:林老板}}", shall pay restitution to the victims listed below, identified by initials pursuant to 18 U.S.C. § 3771. Payments shall be made to the Clerk of Court and disbursed pro rata.

Victim | Work and location | Loss category | Amount (USD)
{{r:R.Y.C.}} | construction, {{u:Kuwait}} | unpaid wages; recruitment fee | 18,450.00
{{r:Y.M.H.}} | restaurant, {{u:Shenyang}} | unpaid wages | 9,720.00
{{p:K.S.I.}} | seafood plant, {{u:Dandong}} | unpaid wages | 7,300.00
{{p:P.C.N.}} | seafood plant, {{u:Dandong}} | unpaid wages; medical | 11,005.50
{{p:H.K.}} | fishing vessel (details sealed) | unpaid share | 14,200.00
Total: 60,675.50

Joint and several liability: with co-defendants {{p:Ri Tong-chun}} ({{p:Li Dongchun}}) and {{p:Zhao Mingyu}}, to the extent of the losses of {{r:R.Y.C.}}, {{p:K.S.I.}} and {{p:P.C.N.}}.
Forfeited funds (see Attachment B) shall first be applied to {{r:Y.M.H.}}, per the parties' stipulation.
Signed: Hon. {{p:Margaret T. Alvarez}}, United States District Judge

---
NGO covering note ({{p:Rachel Kim}}, legal team) - for the training session, not for the client files:
- "{{r:R.Y.C.}}" is our client {{r:Rim Yong-chol}}; the initials put the surname first. {{r:Yong-chol}} knows and agreed.
- "{{r:Y.M.H.}}" is {{r:Yang Myong-hui}}. {{r:Myong-hui}} asks whether she will have to speak to {{p:Lin}}'s lawyers again. Answer: no.
- AUSA, USD and DOJ are abbreviations, not people. "{{p:H.K.}}" is a person (the fisherman), not {{u:Hong Kong}}.
- Uncle {{p:Lin}} is what the workers called the defendant; {{r:Myong-hui}} calls him "{{p:린}} 삼촌".""",
    },
    {
        "id": "h59-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ho Chun-ok", "허춘옥", "witness", ["춘옥"]),
            ("Pak Song-chol", "박성철", "coworker", ["성철"]),
        ],
        "note": "New genre: a Buddhist temple's lantern-dedication list for Buddha's Birthday. Dharma names are private names (title 보살/거사 outside); the deceased (영가) are mentions; invented temple unmarked; country names as nouns public.",
        "text": """불기 2568년 부처님오신날 연등 축원 명단 (일부 발췌)
○○사 종무소 / 접수 담당: {{p:보현행}} 보살 / 발췌 제공: 사무국 {{p:정윤서}} (당사자 동의 받음)

번호 | 축원 대상 | 축원 내용 | 접수자 | 비고
31 | {{r:허춘옥}} 가족 ({{p:허명수}}, {{p:김순덕}}) | 북녘 가족 무병장수 | {{r:허춘옥}} |
32 | 영가 {{r:박성철}} | 왕생극락 | {{r:허춘옥}} | 2017년 {{u:러시아}} 건설현장에서 사망한 동료
33 | {{p:허은별}} | 학업성취 | {{r:허춘옥}} | 딸
34 | 영가 {{p:리덕순}} | 왕생극락 | {{p:대자행}} 보살 |
35 | {{p:최영호}}, {{p:최지안}} | 가내화목 | {{p:최영호}} 거사 |
36 | 무명 영가 ({{u:북한}} 노동자들) | 왕생극락 | {{r:허춘옥}} | 이름 모르는 분들

비고 ({{p:정윤서}}):
- {{r:춘옥}} 씨가 {{r:성철}} 씨 이름을 연등에 쓰고 싶다고 해서 함께 방문. {{r:박성철}} 씨는 {{u:블라디보스토크}} 현장에서 추락사한 것으로 알려짐. 유족 연락은 닿지 않음.
- 36번 "{{u:북한}} 노동자들"은 특정인이 아님. {{p:보현행}} 보살님이 "이름 없는 등도 똑같이 밝다"고 하심.
- {{r:허춘옥}} 씨 딸 {{p:은별}}이 이름은 홈페이지 공개 명단에서 빼 달라고 요청.""",
    },
    {
        "id": "h59-ko-04",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Kang Son-hwa", "강선화", "witness", ["선화", "강"]),
        ],
        "note": "New genre: a Lunar New Year rice-cake order sheet for a small business run by a former overseas worker. Names with 님/씨/언니 outside, phone-number tails, a one-syllable name, a nickname; in the invented shop name only the name part is labelled.",
        "text": """2024 설 떡 주문서 ({{r:선화}}네 떡방앗간) - 단체 주문 취합: 사무국 {{p:문지호}}
※ 떡집 사장 {{r:강선화}} 씨는 우리 단체 면담자 출신. 주문은 {{r:선화}} 씨에게 직접, 입금은 단체 계좌.

| 주문자 | 품목 | 수량 | 수령 | 연락처 | 메모
| {{p:김은주}} 님 | 가래떡 | 3kg | 2/8 사무실 | ***-1128 |
| {{p:리광혁}} 씨 | 절편, 인절미 | 각 1kg | 배송 | ***-4410 | {{r:선화}} 언니한테 안부
| {{p:한}} 목사님 | 가래떡 | 10kg | 2/7 교회 | ***-0902 | 교회 명의
| {{p:박순}} | 떡국떡 | 2kg | 2/8 사무실 | ***-7735 | 이름 외자 "순" 맞음
| {{p:오세영}} | 시루떡 | 1판 | 배송 | ***-2201 |
| {{p:Emily}} (자원봉사) | 인절미 | 1kg | 2/8 사무실 | ***-5519 |
| {{p:꽃분이}} 할머니 ({{p:최분녀}}) | 송편 | 1kg | 배송 | ***-3307 | 다들 "{{p:꽃분이}}"라고 부름
| {{p:정명철}} | 가래떡 | 5kg | 2/8 사무실 | ***-6604 | {{u:청진}} 출신, {{r:강}} 사장님과 {{u:중국}}에서 같은 공장
| {{p:유나}} | 떡국떡 | 1kg | 2/8 사무실 | ***-9021 |

합계 24.5kg + 시루떡 1판 / 총액은 {{r:강선화}} 사장님이 2월 5일까지 알려주기로.
※ {{p:정명철}} 씨와 {{r:선화}} 씨는 {{u:훈춘}} 수산공장 같은 조였음 (면담 기록 CN-21-044 참고). 공장 얘기는 주문서에 더 쓰지 말 것 - {{p:지호}}""",
    },
    {
        "id": "h59-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jon Kum-sil", "전금실", "witness", ["금실", "전"]),
            ("Ma Yong-hui", "마영희", "coworker", ["영희", "마"]),
        ],
        "note": "New genre: shift-swap request slips from a food factory in Korea where a former overseas worker now works. The surname 전 beside 전 as a contraction of 저는 and 전 (before); 마 surname beside 마 in ordinary words; foreman's and HR names; reasons mention NGO interviews.",
        "text": """[교대 근무 변경 신청서 - 사본 3매, 본인 제공]
○○식품 {{u:안산}}공장 / 생산2팀

① 신청일 2023.10.04
신청자: {{r:전금실}} (야간) ↔ 교대 상대: {{p:응우옌 티 란}} (주간)
변경일: 10/11 / 사유: 병원 진료 (실제: 단체 면담)
팀장 확인: {{p:윤재석}} (서명) / 인사 확인: {{p:최다솜}}
본인 메모: 전 병원이라고 썼어요. 면담이라고 쓰면 {{p:윤}} 팀장님이 꼬치꼬치 물어봐서.

② 신청일 2023.11.15
신청자: {{r:전금실}} ↔ 교대 상대: {{r:마영희}}
변경일: 11/20 / 사유: 개인 사정
팀장 확인: {{p:윤재석}}
본인 메모: {{r:영희}} 언니도 {{u:중국}} 공장에서 일했던 사람. {{r:마}} 언니랑은 서로 바꿔줌. 마침 그날 언니도 시간이 됐다.

③ 신청일 2024.01.03
신청자: {{r:마영희}} ↔ 교대 상대: {{r:전금실}}
변경일: 01/08 / 사유: 증언 녹화 (단체)
팀장 확인: 반려 - "연초 물량" ({{p:윤재석}})
본인 메모: 이번엔 {{r:영희}} 언니 차례였는데 반려됨. 전에 한 번 바꿔 준 게 있어서 {{r:금실}}이가 미안해함. 단체 {{p:서하은}} 선생님이 녹화를 2월로 미룸.

※ 정리 ({{p:서하은}}): {{r:전금실}} 씨와 {{r:마영희}} 씨는 2016-2019년 {{u:단둥}} 의류공장 동료. 두 사람 다 근무표에 단체 이름이 나오는 걸 원치 않음.""",
    },
    {
        "id": "h59-ko-06",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Chol-nam", "리철남", "witness", ["곰", "철남"]),
            ("Kim Yon-hui", "김연희", "witness", ["해바라기", "연희"]),
        ],
        "note": "New genre: check-in round notes from a peer-support group where members use chosen nicknames (곰, 해바라기, 별, 바다). Nicknames referring to members are mentions; the same words as ordinary nouns are not; facilitator's name; a brigade leader mentioned by surname.",
        "text": """동료지원모임 '쉼표' 체크인 기록 (9회차, 2024.02.21)
진행: {{p:하윤정}} / 기록: {{p:이도윤}} / 참석 6명 (별칭 사용, 실명은 출석부에만)

오늘의 질문: "요즘 나를 버티게 하는 것 한 가지"

- {{r:곰}}: 요즘 잠을 좀 잔다. 곰처럼 겨울잠 자고 싶다고 해서 다들 웃음. {{u:아무르주}} 벌목장 얘기는 아직 힘들다고 함. 반장 {{p:주}} 씨 이름 나오자 말을 멈춤.
- {{r:해바라기}}: 베란다에 해바라기 씨를 심었다고. 본인 별칭이랑 같아서 {{p:별}}이 놀림. {{r:연희}}라는 이름도 이제 써도 괜찮다고 함 (모임 안에서만).
- {{p:별}}: 야간 알바 끝나고 별 보면서 걷는 게 좋다. {{u:쿠웨이트}}에서는 별을 본 적이 없다고.
- {{p:바다}}: 바다는 아직 싫다 (원양어선). 그래도 별칭은 바꾸지 않겠다고 함. "바다가 나를 이긴 건 아니니까."
- {{p:민들레}}: 지각. 딸 {{p:수아}} 어린이집 때문에. 체크인 생략.
- {{p:하윤정}} (진행자): {{r:곰}}님 말 끊지 않기, 다음 주 {{r:해바라기}}님 발표 예정 안내.

기록자 메모 ({{p:이도윤}}): {{r:철남}} 씨({{r:곰}})가 끝나고 따로 {{p:하윤정}} 선생님께 면담 요청. {{r:김연희}} 씨({{r:해바라기}})는 {{p:별}}님과 같이 귀가.""",
    },
    {
        "id": "h59-ko-07",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Sin Ok-hwa", "신옥화", "witness", ["옥화"]),
            ("Chang Ha-ram", "장하람", "relative", ["하람"]),
        ],
        "note": "New genre: a children's football team roster with parents' contacts. Children's given names with the affectionate 이 outside, 'X 엄마' forms with only the child's name labelled, the coach's name, the surname 신 beside 신 (shoes) in ordinary text.",
        "text": """[토요 유소년 축구교실 '한울FC' 2024 봄학기 명단]
감독: {{p:배준영}} / 총무(학부모): {{r:신옥화}} / 장소: 구민운동장

번호 | 이름 | 학년 | 포지션 | 보호자 | 비고
1 | {{r:장하람}} | 초4 | GK | {{r:신옥화}} (모) | 총무
2 | {{p:김주원}} | 초4 | DF | {{p:김영미}} (모) |
3 | {{p:리은우}} | 초3 | DF | {{p:리성진}} (부) |
4 | {{p:박서준}} | 초4 | MF | {{p:박}} 집사님 | 교회 차량
5 | {{p:오윤}} | 초3 | MF | {{p:오정숙}} (조모) | 외자 이름
6 | {{p:Daniel}} ({{p:한다니엘}}) | 초4 | FW | {{p:한미숙}} (모) |

총무 메모 ({{r:옥화}}):
- 축구화(신발) 없는 애들 있음. 신 사이즈 적어 오기. {{p:주원}}이는 220, {{r:하람}}이는 230.
- {{p:은우}} 아빠 {{p:성진}} 씨는 토요일 야간 근무라 {{p:윤}}이 할머니가 같이 데려옴.
- {{r:하람}} 엄마(저)는 4월 13일 못 나옴 - 단체 증언 모임. 대신 {{p:한미숙}} 언니가 간식 담당.

단체 메모 ({{p:노지은}}): {{r:신옥화}} 씨는 학부모들에게 본인 과거({{u:중국}} 공장 파견)를 말하지 않았음. 명단은 단체 보관용으로만 받음. {{r:하람}}이 사진 사용 금지.""",
    },
    {
        "id": "h59-ko-08",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ryang Song-gun", "량성군", "witness", ["성군"]),
            ("Kim Hyok", "김혁", "coworker", ["혁"]),
        ],
        "note": "New genre: transcription of inscriptions scratched on the walls of an abandoned workers' dormitory in Russia, with a former resident's identifications. One-syllable names (혁, 철), names with 이/아 vocatives, a brigade leader insulted by surname, dates and home towns.",
        "text": """[기숙사 벽 낙서 전사] 촬영: 프리랜서 기자 {{p:Anton Vlasov}} (2021.9, {{u:블라디보스토크}} 외곽 폐기숙사 3층) / 전사·주석: {{p:임소라}}
※ 판독 불가 부분은 ■. 식별 주석은 당시 거주자 {{r:량성군}} 씨 (2023.4 면담)

A-1 "2016.3.8 {{r:김혁}} {{u:신포}}에서 왔다 감"
 → {{r:성군}}: {{r:혁}}이는 같은 방. 2018년에 먼저 귀국.
A-2 "엄마 보고싶다 - {{p:철}}"
 → {{r:성군}}: 외자 이름 {{p:철}}은 두 명 있었음. 누군지 모름.
A-3 "{{p:박}}■■ 개■■" (욕설)
 → {{r:성군}}: {{p:박}} 반장 욕. 반장이 보고 지우라고 했는데 안 지워짐.
A-4 "{{p:명순}}아 기다려라 2017"
 → {{r:성군}}: 누구 애인인지 모름. 이름만.
B-1 "{{r:성군}} {{r:혁}} {{p:광남}} 삼총사"
 → 본인. "{{p:광남}}이는 {{p:차광남}}, {{u:함흥}} 사람."
B-2 "조국이여 ■■" (구호)
B-3 "3년 = 1095일 -{{r:혁}}"
 → {{r:성군}}: {{r:혁}}이가 날짜를 매일 지웠음.

전사자 메모 ({{p:임소라}}): A-3는 성 뒤 글자가 긁혀 있어 성만 확실. {{r:량성군}} 씨는 {{r:김혁}} 씨 가족에게 이 사진을 보여줄 수 있는지 물어봄 - 보류.""",
    },
    {
        "id": "h59-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yun Kum-ok", "윤금옥", "witness", ["금옥"]),
            ("Yun Myong-chol", "윤명철", "relative", ["명철"]),
        ],
        "note": "New genre: transcribed inscriptions on the backs of photographs a witness brought from abroad. Handwritten names with 이와/에게, nicknames, a Chinese name, dates; the NGO's identification notes.",
        "text": """[사진 뒷면 메모 전사] 제공: {{r:윤금옥}} (2023.11) / 정리: {{p:강예린}}
※ 원본은 본인 보관. 스캔 6장.

사진 1 (흑백, 단체사진)
뒷면: "1999년 {{u:함흥}} 인민학교 졸업 - 앞줄 왼쪽 두 번째 {{r:금옥}}, 뒷줄 {{r:명철}}이 오빠"
주석: {{r:윤명철}} = 본인 오빠. 현재 {{u:북한}}에 있음.

사진 2 (컬러, 공장 기숙사)
뒷면: "2017.5 {{u:연길}} 숙소에서 {{p:향미}}랑 {{p:은정}}이랑"
주석: {{p:향미}}는 {{p:리향미}}, {{p:은정}}은 성 모름.

사진 3
뒷면: "{{p:老金}}이 찍어줌 / 2017 가을"
주석: {{p:老金}} = 공장 조선족 관리인 {{p:김춘식}}. 본인 말로 "나쁜 사람 아니었다".

사진 4
뒷면: "{{p:깜순}}이 생일 (2018.2.3)"
주석: {{p:깜순}}이는 {{p:조은순}}의 별명 (피부가 까매서). 생일날 작업반장 {{p:한정애}}가 과자를 사줬다고 함.

사진 5
뒷면: "오빠에게 - 보내지 못함"
주석: {{r:명철}} 오빠에게 보내려던 사진. 지도원 {{p:편}} 동지가 편지 검열해서 못 보냄.

사진 6
뒷면: 글씨 없음.

정리자 메모: {{r:금옥}} 씨는 사진 3, 4는 전시 가능, 1, 5는 불가 (오빠 {{r:명철}} 얼굴). {{p:깜순}}이 본명은 어디에도 쓰지 말 것.""",
    },
    {
        "id": "h59-ko-10",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Choe Un-hyang", "최은향", "witness", ["은향", "CEH"]),
            ("Sim Chol-bom", "심철범", "supervisor", ["심", "철범"]),
        ],
        "note": "New genre: a job ticket sent to a transcription service, with a proper-noun list for the transcriber. File names containing romanized names, initials, the surname 심 beside 심정/심하다, a Chinese manager's name, a warning about a homophone.",
        "text": """[녹취 전사 의뢰서]
의뢰 기관: (사)단체 기록팀 / 담당: {{p:유가람}} ({{p:garam.yu}}@example.or.kr)
전사 업체: ○○속기 / 담당 속기사: {{p:정미선}}
의뢰일: 2024.03.11 / 납기: 2024.03.22

1. 파일
- 240305_{{r:CEH}}_01.wav (1:12:40)
- 240305_{{r:CEH}}_02.wav (0:48:15)
- 240307_{{r:choe}}_followup.m4a (0:21:03)

2. 화자
- 면담자: {{p:유가람}} (Q)
- 구술자: {{r:최은향}} (A) - 1992년생, {{u:중국}} {{u:훈춘}} 수산물 공장 2017-2020
- 통역 없음

3. 고유명사 목록 (전사 시 아래 표기 그대로)
- {{r:심철범}}: 공장 북측 책임자. 구술자는 "{{r:심}} 지배인", "{{r:철범}}이 아바이"라고 부름. ※ "심정", "심하다", "심심하다"와 혼동 주의 - 문맥상 사람일 때만 이름.
- {{p:金经理}}: {{u:중국}} 측 관리자. 구술자 발음 "진 징리".
- {{p:허순영}}: 같은 방 동료. "{{p:순영}}이" 라고 함.
- {{p:로은실}}: 식당 책임자. "{{p:로}} 동무"로 나옴.
- {{u:훈춘}}, {{u:두만강}}, {{u:나선}}: 지명.

4. 요청
- 이름이 불분명하면 [이름?]으로 표시하고 추측하지 말 것.
- 구술자가 우는 부분은 (울음)으로만.
- 파일명에 있는 {{r:CEH}}는 구술자 이니셜. 전사본 파일명은 "구술자A"로 바꿔서 납품.

담당 {{p:유가람}} / 확인 {{p:박세린}} 팀장""",
    },
    {
        "id": "h59-ko-11",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ko Pun-hui", "고분희", "witness", ["분희"]),
        ],
        "note": "New genre: a charity bazaar's donated-items list. Donors' names with 님/씨/가족, a donor nickname, an item made by a former worker; the surname 고 beside 고 in 그리고/고마워요; 김 (laver) beside the surname 김.",
        "text": """2023 나눔 바자회 기증 물품 목록 (12월 9일, 교회 친교실)
정리: 봉사자 {{p:염다은}} / 확인: {{p:송지섭}} 간사

번호 | 물품 | 기증자 | 판매가 | 비고
1 | 손뜨개 목도리 5개 | {{r:고분희}} 님 | 15,000 | 직접 뜬 것
2 | 전기밥솥 (새것) | {{p:장민호}}·{{p:이수정}} 부부 | 30,000 |
3 | 아동 도서 40권 | {{p:하은}}이네 | 권당 1,000 |
4 | 김 선물세트 | {{p:김}} 권사님 | 8,000 |
5 | 손뜨개 모자 3개 | {{r:분희}} 씨 | 10,000 |
6 | 겨울 점퍼 | 익명 | 12,000 |
7 | 유자차 20병 | {{p:빵순이}} ({{p:박정순}}) | 5,000 |
8 | 커피 드립세트 | {{p:Chris Walker}} | 20,000 |
9 | 털실 한 박스 | {{p:고}} 집사님 ({{p:고영애}}) | - | {{r:분희}} 씨 뜨개용으로 전달

메모 ({{p:염다은}}):
- 1번, 5번은 {{r:고분희}} 씨가 {{u:러시아}}에 있을 때 배운 뜨개질이라고 함. 목도리 설명 카드에 "{{u:북한}}에서 오신 {{r:분희}} 님이 만든"이라고 쓰지 말고 "봉사자 작품"이라고만 쓰기로.
- 9번 {{p:고영애}} 집사님과 {{r:고분희}} 씨는 친척 아님 (같은 성씨일 뿐).
- 그리고 {{p:빵순이}}님이 고마워요 카드 남기심.""",
    },
    {
        "id": "h59-ko-12",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Chong Tae-sik", "정태식", "witness", ["태식", "송암"]),
        ],
        "note": "New genre: an entry list for a community calligraphy exhibition. Artists' pen names (호) are mentions; titles of works (봄, 강) are not; a teacher's name; a work quoting a worker's hometown.",
        "text": """[제5회 한마음 서예전 출품 목록] 장소: 구청 1층 로비 / 지도: {{p:학산}} {{p:윤병옥}} 선생

번호 | 작가 (호) | 작품 | 서체 | 비고
1 | {{p:윤병옥}} ({{p:학산}}) | 上善若水 | 해서 | 찬조 출품
2 | {{r:정태식}} ({{r:송암}}) | "그리운 {{u:청진}}" | 한글 궁체 |
3 | {{p:서말순}} ({{p:소담}}) | 봄 | 한글 판본체 |
4 | {{p:리정남}} | 山高水長 | 예서 | 호 없음
5 | {{r:송암}} | "어머니" | 한글 흘림 | 2번 작가
6 | {{p:한소희}} ({{p:청하}}) | 강 | 한글 |

작품 설명 카드 초안 ({{p:학산}} 선생 검토):
- {{r:송암}} {{r:정태식}} 님은 {{u:러시아}} 벌목장에서 일하던 시절 나무껍질에 글씨를 연습했다고 합니다. "그리운 {{u:청진}}"은 고향을 그린 작품입니다.
- 호 "송암(松巖)"은 소나무와 바위라는 뜻. ※ {{r:태식}} 님 요청: 경력 소개에서 "벌목장"은 빼고 "해외에서"로.
- 3번 "봄"과 6번 "강"은 작품 제목이며 작가 이름이 아님.

담당 {{p:주하린}}""",
    },
    {
        "id": "h59-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Un-ha", "리은하", "witness", ["은하"]),
            ("Ri Chung-song", "리충성", "relative", ["충성"]),
        ],
        "note": "New genre: a church new-member registration card. The given name 충성 beside 충성 (loyalty) and 충성자금 as ordinary words; 은하 as a name beside 은하수; the person who brought her (인도자) and church officers; family members in North Korea.",
        "text": """[새가족 등록카드] ○○교회 / 등록일 2024.01.14 / 담당: 새가족부 {{p:마현숙}} 권사

이름: {{r:리은하}} (여, 1989)
주소: {{u:인천}} {{u:남동구}} (상세 생략)
가족: 남편 없음 / 아들 {{p:리준}} (7세) / {{u:북한}} 거주 가족: 오빠 {{r:리충성}}, 어머니 {{p:김복녀}}
인도자: {{p:변순자}} 집사
신앙 경력: 없음 ({{u:중국}} 체류 시 조선족 교회 두 번 방문)

기도제목 (본인 작성):
1. {{u:북한}}에 있는 오빠 {{r:충성}}이와 엄마 건강
2. {{p:준}}이 초등학교 적응
3. 공장 일 (야간) 계속할 수 있게

새가족부 메모 ({{p:마현숙}}):
- {{r:은하}} 자매는 {{u:중국}} 의류공장 파견 노동자였다고 함. 오빠 이름이 "{{r:충성}}"이라 처음에 웃었다고, 본인도 웃으며 얘기함. 공장에서 월급 떼인 걸 "충성자금"이라고 불렀다고. 충성이라는 말이 지겹다고.
- {{p:변순자}} 집사님이 {{r:은하}} 씨를 공장 동료 {{p:남궁미라}} 씨 소개로 만남.
- 주보 새가족 소개란에는 "{{r:은하}} 자매"로만 (성 빼고). 사진 X.
- 은하수 찬양팀 (청년부)에 관심 있다고 함 - 팀장 {{p:차예준}} 형제에게 연결.""",
    },
    {
        "id": "h59-ko-14",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Pyo Kwang-jin", "표광진", "witness", ["광진"]),
            ("Kil Sang-bom", "길상범", "coworker", ["상범", "길"]),
        ],
        "note": "New genre: wall-newspaper (벽보) texts from an overseas construction site, reconstructed by a former worker. Titles 동무/동지/반장 outside; the surname 길 beside 길 (road); praise and criticism of named workers.",
        "text": """[벽보 전사 - 기억 재구성] 제공: {{r:표광진}} (2016-2019 {{u:상트페테르부르크}} 건설현장) / 정리: {{p:원세아}}
※ 사진 없음. 본인이 기억으로 다시 쓴 것. 문장은 본인 표현 그대로.

【2017년 5월호 - 모범 따라 배우기】
"3작업반 {{r:길상범}} 동무는 하루 계획을 180%로 넘쳐 수행하였다. 모두 {{r:길상범}} 동무를 따라 배우자!"
→ {{r:광진}}: {{r:상범}}이는 이거 붙고 나서 놀림 많이 받았다. "{{r:길}} 동무 가는 길이 우리 길이다"라고.

【2017년 9월호 - 비판란】
"미장공 {{p:탁영수}} 동무는 작업 중 {{u:러시아}} 사람과 사적인 말을 나누었다. 동무의 각성을 촉구한다." (작성: 작업반장 {{p:한경일}})
→ {{r:광진}}: {{p:영수}}는 담배 하나 얻은 것뿐. 그 뒤 {{p:탁}} 동무는 한 달 동안 야간만.

【2018년 11월호 - 귀국자 환송】
"{{r:길상범}} 동무의 건강한 귀국을 축하한다."
→ {{r:광진}}: 건강한 귀국 아님. {{r:상범}}이는 허리를 다쳐서 돌려보내졌다. 길에서 넘어진 게 아니라 비계에서 떨어졌다. 반장 {{p:한}} 동지가 이렇게 쓰게 했다.

정리자 메모 ({{p:원세아}}): "{{r:길}} 동무 가는 길이 우리 길이다"에서 첫 단어만 사람. {{r:길상범}} 씨 소재는 모름.""",
    },
    {
        "id": "h59-ko-15",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Han Song-ryon", "한송련", "witness", ["송련", "김소연"]),
            ("Ra Ung-bom", "라응범", "witness", ["응범", "박민수"]),
        ],
        "note": "New genre: a broadcast lower-third (name caption) list for a documentary. Pseudonyms used on screen are mentions of the same persons; fictional experts are private; the PD's and editor's names; 'OO' placeholders are not names.",
        "text": """[다큐 '돌아오지 못한 월급' 인물 자막 리스트 v3] 연출 {{p:신유라}} PD / 편집 {{p:강태오}} / 2024.04.02

컷 | 화면 자막 (하단) | 실제 인물 | 비고
003 | {{r:김소연}}(가명) / 前 해외 식당 종업원 | {{r:한송련}} | 얼굴 모자이크, 음성 변조
011 | {{r:박민수}}(가명) / 前 {{u:러시아}} 건설 노동자 | {{r:라응범}} | 뒷모습만
017 | {{p:이하진}} / 변호사 | {{p:이하진}} | 실명 OK
024 | {{p:오가영}} / 연구원 | {{p:오가영}} | 실명 OK
031 | {{r:김소연}}(가명) | {{r:한송련}} | 재등장 - 직함 생략
052 | 北 파견 노동자 OOO 씨 (음성) | {{p:전영길}} | 전화 녹음, 이름 자막 금지
058 | {{r:박민수}}(가명) | {{r:라응범}} |

작가 메모 ({{p:문채원}}):
- 052는 자막에 "OOO"으로만. {{p:전영길}} 씨는 아직 해외에 있음.
- {{r:송련}} 씨 요청: "{{r:김소연}}"이라는 가명이 흔한 이름이라 좋다고 함.
- {{r:응범}} 씨가 본인 가명 "{{r:박민수}}"를 한 번 더 바꾸고 싶다고 함 → {{p:신유라}} PD 확인 필요.
- 가명 인물 두 명 실명은 이 파일에만. 편집실 공유 폴더에 올리지 말 것.""",
    },
    {
        "id": "h59-ko-16",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Mun Hyang-sil", "문향실", "witness", ["향실"]),
            ("Yo Kang-chol", "여강철", "relative", ["강철"]),
        ],
        "note": "New genre: the people-in-the-news column (인사·동정·결혼·부음) of a community newspaper. Fictional private persons, real ministries and foundations public; the given name 강철 beside 강철 (steel); the surname 여 beside 여 in ordinary words.",
        "text": """[동포소식 제112호 - 사람들] (월간 지역 소식지, 2024년 5월)

■ 인사
- {{u:남북하나재단}} 지역 적응센터 상담사로 {{p:천은비}} 씨가 새로 부임했다.
- 사단법인 ○○ 이사장에 {{p:도경민}} 목사가 연임됐다.

■ 동정
- {{r:문향실}} 씨(前 {{u:중국}} 수산공장 노동자)가 {{u:국회}} 토론회에서 해외 파견 노동 실태를 증언했다. {{r:문향실}} 씨는 "이름을 걸고 말하는 건 처음"이라고 했다.
- 요리교실 강사 {{p:함영숙}} 씨가 {{u:통일부}} 장관 표창을 받았다.

■ 결혼
- {{p:곽진우}} 군과 {{p:여소희}} 양이 4월 20일 {{u:수원}}에서 결혼했다. 신부 {{p:소희}} 씨는 어릴 때 부모와 함께 정착했다.

■ 부음
- {{r:여강철}} 씨(63) 별세. 고인은 {{u:러시아}} 벌목장과 건설현장에서 14년간 일했고 2015년 정착했다. 유족: 딸 {{r:문향실}}(어머니 성을 따름), 아들 {{p:여진혁}}. 빈소: {{u:안산}}.
※ 편집자 정정: 지난 호에 고인 이름을 "{{r:려강철}}"로 잘못 적었습니다. 본인이 남쪽 표기 "{{r:여강철}}"을 원했습니다. 강철 같은 분이셨다고 {{r:향실}} 씨는 전했다.

편집 {{p:노하윤}} / 사진 없음 (유족 요청)""",
    },
    {
        "id": "h59-ko-17",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Pak Kwang-il", "박광일", "witness", ["광일", "번개"]),
        ],
        "note": "New genre: team lists for a community sports day of resettled North Koreans. Nicknames (번개, 왕눈이) as mentions beside 번개 as weather; team names (청팀/백팀) and event names are not names; captains and the organiser.",
        "text": """[2024 가을 한마음 운동회 팀 편성표] 주최: 지역 정착민 모임 / 진행: {{p:심하준}}

청팀 (주장 {{r:박광일}})
- {{r:박광일}}, {{p:태은경}}, {{p:리명호}}, {{p:오순}}, {{p:김다솜}}, {{p:Lucas Park}}
백팀 (주장 {{p:조영심}})
- {{p:조영심}}, {{p:최혁}}, {{p:한별}}, {{p:왕눈이}} ({{p:강미숙}}), {{p:안동철}}, {{p:로지현}}

종목별 출전
- 이어달리기: 청 {{r:번개}}({{r:광일}}) / 백 {{p:최혁}}
- 줄다리기: 전원

진행 메모: 비 예보 - 번개 치면 실내로. {{r:광일}} 씨 별명이 "{{r:번개}}"라 단톡방에서 헷갈림. 예보의 번개는 날씨, 이어달리기 {{r:번개}}는 사람. {{r:박광일}} 씨는 {{u:카타르}} 건설현장에서 10년 일함. {{p:왕눈이}} 언니는 사회자 {{p:남기쁨}} 씨 어머니.""",
    },
    {
        "id": "h59-mixed-03",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kim Sun-hui", "김순희", "witness", ["金顺姬", "순희"]),
            ("Ri Ok-ju", "리옥주", "coworker", ["李玉珠", "옥주"]),
        ],
        "note": "New genre: a Chinese garment workshop's honour-and-shame board (红黑榜), transcribed from a photo with Korean and English notes. North Korean workers' names in Chinese characters, Chinese forms of address labelled whole, the Chinese team leader, 红/黑 as ordinary words.",
        "text": """[红黑榜 transcription] 원본 사진: {{r:김순희}} 제공 (2018.6, {{u:珲春}} 의류공장 2车间) / 전사·번역: {{p:Wang Xiaoyu}} / 메모: {{p:Jiwoo}}

二车间 六月红黑榜
红榜 (表扬):
 1. {{r:金顺姬}} - 日产量第一, 连续三周无返工
 2. {{p:朴明玉}} - 主动加班
 3. {{p:小韩}} (检验) - 发现批量质量问题
黑榜 (批评):
 1. {{r:李玉珠}} - 上班时间睡觉 (6月12日)
 2. {{p:赵某}} - 迟到三次
 3. {{p:崔英姬}} - 返工率 8%
班长: {{p:王丽}} / 车间主任: {{p:刘建国}}

English gloss: Red board (praise): {{r:Kim Sun-hui}}, {{p:Pak Myong-ok}}, "{{p:Little Han}}" (QC). Black board (criticism): {{r:Ri Ok-ju}} for sleeping on shift on 12 June, "{{p:Zhao}} so-and-so" for lateness, {{p:Choe Yong-hui}} for rework.

메모 ({{p:Jiwoo}}, 면담 2023.9):
- {{r:순희}} 씨: "红榜에 올라도 돈은 안 나왔다. {{u:중국}} 반장 {{p:王丽}}가 사진 찍어 가서 우리 지도원한테 보여줬다."
- {{r:옥주}}는 6월 11일 밤 새벽 3시까지 일하고 12일 아침에 졸았다. {{r:리옥주}} 이름이 黑榜에 붙은 날 지도원 {{p:남}} 동무가 총화에서 또 비판.
- {{p:小韩}} = 조선족 검사원 {{p:한춘매}}. 친절했다고.
- "红" and "黑" alone are colours, not names. {{p:赵某}} = 중국인 남성 노동자, 이름 모름.""",
    },
    {
        "id": "h59-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Choe Yong-ae", "최영애", "supervisor", ["崔组长", "崔"]),
            ("Kim Mi-hwa", "김미화", "other", ["金美花", "小金", "Mihwa"]),
        ],
        "note": "New genre: a WeChat group's member nickname list (群昵称), leaked by a factory clerk, with English/Korean notes. Nicknames with emoji and role prefixes; only the name parts are labelled; Chinese forms of address whole; a bare job title is unmarked.",
        "text": """{{u:WeChat}} group "东港XX水产-管理群" - member list (screenshot OCR, 2019-03) / source: ex-clerk via {{p:Lina}} / notes: {{p:H. Seo}}

群昵称 (group nickname) | notes
🐟{{p:老周}}-总经理 | GM, {{p:周国强}}
{{p:刘厂长}} | plant manager
{{r:小金}}翻译 | interpreter {{r:金美花}} ({{r:Kim Mi-hwa}}), Chinese-Korean
{{r:崔组长}}({{u:朝鲜}}组) | NK side leader, {{r:Choe Yong-ae}}
{{p:阿美}}🌸 | HR clerk {{p:吴美玲}}
财务-{{p:陈姐}} | accounts
{{p:Lily}}_仓库 | warehouse, {{p:李丽}}
保安队长 | security chief (no name shown)
{{p:小赵}} | driver

Notes:
- {{r:小金}} posted on 2019-03-02: "{{r:崔组长}}说下个月工资统一给她, 不发个人." ("Leader {{r:Choe}} says next month's wages all go to her, not to individuals.")
- {{p:老周}} replied with a thumbs-up.
- {{r:Mihwa}} later told {{p:Lina}} she felt bad translating that. {{r:Kim Mi-hwa}} is a possible witness; she is not a victim.
- 우리 면담자 (SEA-coded) said "{{r:최영애}} 조장" was called "{{r:崔}}" by the Chinese.
- "保安队长" is a role, not a name. {{p:陈姐}} appears only once.""",
    },
    {
        "id": "h59-mixed-05",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ryu Sung-chol", "류승철", "supervisor", ["Рю", "Рю Сын Чер"]),
            ("Ham Kwang-nam", "함광남", "witness", ["Хам", "광남"]),
        ],
        "note": "New genre: a Russian intermediary's order book for private renovation jobs done by a North Korean brigade, with Korean notes. Russian clients' names with case endings, Korean names in Cyrillic (Рю, Хам, Рю Сын Чер), the dacha settlement names, payments 'to Рю'.",
        "text": """[Тетрадь заказов - частные ремонты, 2018] 사진 제공: {{r:함광남}} / 번역: {{p:Ксения}} ({{p:Kseniya}}) / 메모: {{p:윤하}}

Дата | Заказчик | Адрес | Работа | Бригада | Сумма | Кому
12.05 | {{p:Смирнова Л.П.}} | {{u:Уссурийск}} | плитка, ванная | {{r:Рю}} + 2 | 45 000 | {{r:Рю}}
19.05 | {{p:Иванов С.}} | дача, {{u:Артём}} | крыша | {{r:Хам}}, {{p:Ко}} | 60 000 | {{r:Рю}}
02.06 | {{p:Ольга}} (знакомая {{p:Серёжи}}) | {{u:Владивосток}}, {{u:Чуркин}} | обои | {{r:Хам}} | 18 000 | {{r:Рю}}
16.06 | {{p:Ахмедов Р.}} | {{u:Владивосток}} | стяжка | {{r:Рю Сын Чер}} + 3 | 70 000 | {{r:Рю}} (аванс 20 000 {{p:Ахмедову}} вернуть?)
Итого за июнь передано {{r:Рю}}: 88 000. Мне ({{p:Виктор}}): 10%.

번역 메모 ({{p:Ксения}}): "Кому" = "to whom (paid)". The 20 000 advance was to be returned to {{p:Ахмедов}}; {{p:Ольга}} is an acquaintance of {{p:Серёжа}}, the notebook owner's friend.

면담 메모 ({{p:윤하}}):
- {{r:광남}} 씨: 노트 주인 {{p:Виктор}}는 {{u:러시아}} 중개인. {{r:류승철}} 반장(= {{r:Рю}})이 주말마다 사람을 보냄.
- "{{r:Хам}}"은 본인. "{{p:Ко}}"는 {{p:고영범}}. 돈은 전부 {{r:류}} 반장이 받고, 우리는 담배 한 보루.
- {{r:류승철}}은 이 돈 일부를 "충성자금"으로 냈다고 했지만 {{r:함광남}} 씨는 믿지 않음.""",
    },
    {
        "id": "h59-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Il-hyok", "김일혁", "supervisor", ["Саша", "Sasha", "일혁"]),
            ("Sok Chun-ho", "석춘호", "witness", ["춘호"]),
        ],
        "note": "New genre: captured classified-ad listings (Avito) for renovation services placed on behalf of a North Korean brigade, with a witness's notes. The Russian alias Саша/Sasha for a Korean brigade leader is a mention; 'Саша' as a different Russian person is also private; seller profile names and review authors.",
        "text": """[{{u:Avito}} listings - captured 2019-2020 by {{p:Olga Reznik}}] notes in Korean by {{p:채윤}} after showing them to {{r:석춘호}}

Listing 1 (2019-04-11, {{u:Хабаровск}})
Title: Ремонт квартир под ключ. Корейская бригада, быстро, недорого
Seller: "{{r:Саша}}" (profile since 2017, 4.8★, 61 reviews)
Text: Плитка, штукатурка, ламинат. Бригада 5-10 человек. Звонить {{r:Саше}} с 8 до 22.
Reviews:
- {{p:Марина К.}}: "Корейцы работали до ночи, аккуратно. {{r:Саша}} по-русски говорит хорошо."
- {{p:Дмитрий}}: "Цена хорошая, но ребята выглядели уставшими."
- {{p:Саша Пономарёв}}: "Всё ок." (a Russian customer also called {{p:Sasha}})

Listing 2 (2020-01-20, {{u:Хабаровск}})
Title: Отделочные работы. Опыт 10 лет
Seller: "{{r:Саша}} Ремонт"
Text: Работаем без выходных. Зимой тоже.

Notes ({{p:채윤}}):
- {{r:춘호}} 씨 확인: "{{r:Саша}}" = 반장 {{r:김일혁}}. {{u:러시아}} 사람들이 부르기 쉽게 "{{r:Sasha}}"라고 함. 전화는 {{r:일혁}}이 반장 본인 것.
- 리뷰 쓴 {{p:Марина К.}} 집에서 {{r:춘호}} 씨가 일함. "{{p:Марина}} 아주머니가 빵을 줬다."
- "{{p:Саша Пономарёв}}"는 {{u:러시아}} 손님. {{r:Саша}}와 다른 사람.
- 리뷰 "ребята выглядели уставшими" (the lads looked tired): {{r:석춘호}} 씨는 이 말을 듣고 한참 말이 없었음.""",
    },
    {
        "id": "h59-mixed-07",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kim Song-jin", "김성진", "witness", ["Kim Song Jin", "Kima", "성진"]),
            ("Chon Myong-il", "천명일", "coworker", ["Czon", "Chon", "명일"]),
        ],
        "note": "New genre: Polish public-transport fare-evasion payment demands (wezwanie do zapłaty) issued to North Korean shipyard workers, with Korean and English notes. Polish case endings (Pana Kima, Pana Czona), ticket inspectors' names, the transport authority as public; the brigade leader who paid the fines.",
        "text": """[Wezwania do zapłaty - 2 szt., kopie od {{r:김성진}}] {{u:Gdańsk}}, 2017 / 번역·메모: {{p:Agata Nowicka}}, {{p:Yerin}}

WEZWANIE DO ZAPŁATY nr 17/04/****
Wystawca: {{u:ZTM w Gdańsku}}
Pasażer: Pan {{r:KIM SONG JIN}}, obywatel {{u:KRLD}}, paszport nr *******
Linia tramwajowa nr 8, przystanek "{{u:Stocznia SKM}}", 03.04.2017, godz. 06:12
Kontroler: nr identyfikatora 0412 ({{p:Marek Lis}})
Uwagi kontrolera: Pasażer nie posiada biletu. Nie mówi po polsku. Za Pana {{r:Kima}} tłumaczył kolega, Pan {{r:Czon}}, który także nie posiadał biletu (wezwanie nr 17/04/**** wystawione na Pana {{r:Czona}}).

WEZWANIE DO ZAPŁATY nr 17/05/****
Pasażer: Pan {{r:CHON MYONG IL}}
Linia 8, 11.05.2017, godz. 06:05 / Kontroler: nr 0388 ({{p:Piotr Zając}})
Uwagi: Pasażer okazał bilet ważny dzień wcześniej. Opłatę uiścił na miejscu Pan {{p:Ri}} (kierownik grupy).

English gloss ({{p:Agata}}): "Payment demand. Passenger: Mr {{r:Kim Song Jin}}, {{u:DPRK}} citizen... The passenger's colleague, Mr {{r:Chon}}, interpreted for Mr {{r:Kim}} and also had no ticket." In the Polish text the surnames take case endings.

메모 ({{p:Yerin}}, {{r:성진}} 씨 면담):
- 조선소 출근 버스가 고장 나서 트램을 탔다고. 표 사는 법을 아무도 몰랐음.
- 벌금은 반장 {{p:리경수}}({{p:Ri}})가 내고 월급에서 두 배로 뗐다. {{r:명일}}이도 마찬가지.
- {{r:천명일}} 씨 소식은 2018년 이후 모름. {{r:성진}} 씨는 "{{r:Czon}}이라고 쓰인 종이를 보고 웃었다"고 함.""",
    },
    {
        "id": "h59-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Yu Son-ok", "유선옥", "witness", ["ユ・ソノク", "Son-ok", "선옥"]),
        ],
        "note": "New genre: a crowdfunding reward-fulfilment list for a Japanese edition of a testimony book. Backers' names in kanji and kana with 様 outside, name-credit rewards, the author's katakana name, a translator; the platform and country names public.",
        "text": """[{{u:CAMPFIRE}} リターン発送リスト / reward fulfilment] project: 『凍った海の手紙』日本語版 / 著者 {{r:ユ・ソノク}} ({{r:Yu Son-ok}}) / 訳 {{p:佐藤美咲}}
export 2024-02-10 by {{p:Kenji Mori}} / notes EN+KR by {{p:Da-bin}}

支援者 | コース | リターン | お名前掲載 | 発送
{{p:田中一郎}} 様 | 3,000円 | 本1冊 | 「{{p:田中一郎}}」 | 済
{{p:金子由美}} 様 | 10,000円 | 本+著者オンライン対話 | 「{{p:ゆみ}}」 | 未
匿名希望 | 30,000円 | 全部入り | 掲載なし | 済
{{p:李明花}} 様 | 10,000円 | 本+オンライン対話 | 「{{p:李明花}}」 | 未

notes:
- サインは{{r:ソノク}}さん本人. 著者 wants to sign "{{r:선옥}}" in Hangul under the katakana.
- Online talk (10,000円 course) with {{r:Son-ok}}: 3/2, interpreter {{p:佐藤}}. {{p:金子}}様 and {{p:李}}様 only.
- 한국어 메모: {{r:유선옥}} 씨는 {{u:일본}} 출판은 처음. {{r:선옥}} 씨가 {{u:러시아}} 원양어선 식당 얘기는 책 2장에만 있다고 확인함.""",
    },
    {
        "id": "h59-mixed-09",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Hyang-sim", "리향심", "witness", ["Hyang-sim", "Hương", "향심"]),
            ("Paek Yong-mi", "백영미", "supervisor", ["Paek", "Mi"]),
        ],
        "note": "New genre: a Zalo group poll export from Vietnamese kitchen staff of a North Korean restaurant in Hanoi, with Korean and English notes. Vietnamese kinship titles (chị, anh, em) stay outside; a Korean waitress known by a Vietnamese name; the one-syllable nickname Mi; 'mì' (noodles) as an ordinary word.",
        "text": """[{{u:Zalo}} nhóm "Bếp nhà hàng" - bình chọn / poll export, 2019-11-28] source: former kitchen helper {{p:Nguyễn Thị Thu}} via {{p:Linh}} / notes: {{p:Soo-min}}

Bình chọn: "Quà chia tay chị {{r:Hương}} (nhân viên Hàn) - mua gì?"
Tạo bởi: {{p:Thu}} 🍜
- Khăn lụa (6): {{p:Thu}}, anh {{p:Tuấn}}, {{p:Mai}}, em {{p:Bình}}, chị {{p:Lan}}, {{p:Hoàng}}
- Mì gói cho đường về (1): anh {{p:Tuấn}} 😂

Bình luận:
{{p:Thu}}: Chị {{r:Hương}} nói không được nhận quà lớn, bà {{r:Mi}} sẽ lấy mất.
{{p:Tuấn}}: Bà {{r:Mi}} là quản lý mà. Đưa lúc bà {{r:Mi}} đi chợ.
{{p:Lan}}: Mua nhỏ thôi, giấu trong mì 😅

메모 ({{p:Soo-min}}):
- "{{r:Hương}}" = {{r:리향심}}. {{u:베트남}} 직원들이 {{r:향심}}을 부르기 쉽게 붙인 이름. {{r:Hyang-sim}} 씨 본인이 확인 (2023 면담).
- "bà {{r:Mi}}" = 식당 책임자 {{r:백영미}}. 베트남어로 bà는 호칭.
- "mì" = 라면 (일반어). {{r:Mi}}와 다름.
- {{r:향심}} 씨: "스카프는 {{r:백}} 실장이 검사할 때 못 봤다. 지금도 있다." """,
    },
    {
        "id": "h59-mixed-10",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            (
                "Kang Myong-chol",
                "강명철",
                "witness",
                ["KANG MYONG CHOL", "كانغ ميونغ تشول", "명철"],
            ),
            ("Jo Kwang-bom", "조광범", "supervisor", ["JO KWANG BOM", "جو"]),
        ],
        "note": "New genre: a batch list of health-card applications submitted by a Qatari contractor for North Korean workers, Arabic/English with Korean notes. Names in Latin capitals and Arabic script, a PRO and a clinic clerk, the surname Jo in Arabic (جو), the health authority public.",
        "text": """HEALTH CARD APPLICATIONS - BATCH 14 / طلبات البطاقة الصحية - الدفعة ١٤
Submitted by: company PRO {{p:Mohammed Saleem}} / {{p:محمد سليم}} to {{u:Hamad Medical Corporation}}, 2016-09-18
Copy obtained by {{r:강명철}}; notes by {{p:Ye-jin}} and Arabic reading by {{p:Rania Haddad}}

No. | Name / الاسم | Nationality | QID | Remarks
1 | {{r:JO KWANG BOM}} / {{r:جو كوانغ بوم}} | {{u:DPRK}} / {{u:كوريا الشمالية}} | 2864******* | group leader
2 | {{r:KANG MYONG CHOL}} / {{r:كانغ ميونغ تشول}} | {{u:DPRK}} | 2864******* |
3 | {{p:PAK SONG IL}} / {{p:باك سونغ إيل}} | {{u:DPRK}} | 2864******* |
4 | {{p:RI CHUN HO}} / {{p:ري تشون هو}} | {{u:DPRK}} | 2864******* | not collected
5 | {{p:HAN TAE SONG}} | {{u:DPRK}} | 2864******* |
Collected by: {{r:JO K.B.}} on behalf of all (signature) / Clerk: {{p:Fatima}} ({{p:F. Al-Kuwari}})

Remark in Arabic at foot: "استلم السيد {{r:جو}} جميع البطاقات" = "Mr {{r:Jo}} received all the cards."

메모 ({{p:Ye-jin}}):
- {{r:명철}} 씨: 카드는 한 번도 본 적 없음. {{r:조광범}} 반장이 전부 가지고 있었다.
- 4번 {{p:리춘호}}는 카드 발급 전에 귀국. 이유 모름.
- {{p:Rania}}: "{{u:كوريا الشمالية}}" = {{u:North Korea}}, written in the nationality column only once; the rest "{{u:DPRK}}".
- {{r:Kang}} says {{p:Fatima}} at the clinic asked him in English "where is your card?" and {{r:Jo}} answered for him.""",
    },
    {
        "id": "h59-mixed-11",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jong Chol-ung", "정철웅", "witness", ["Чон", "철웅"]),
            ("Hyon Pyong-ho", "현병호", "supervisor", ["Хён", "병호"]),
        ],
        "note": "New genre: a Mongolian shop's ledger of prepaid phone-card sales near a construction site, Mongolian Cyrillic with Korean notes. Buyers noted as 'Солонгос' plus a surname, Mongolian shopkeepers' names, telecom brands public, 'Хён' as a surname.",
        "text": """[Карт борлуулалтын дэвтэр - {{u:Unitel}}/{{u:Mobicom}}, 2017] дэлгүүр: {{u:Улаанбаатар}}, {{u:Хан-Уул}} (барилгын талбайн хажууд) / 사진: {{r:정철웅}} / 번역: {{p:Энхжаргал}} / 메모: {{p:Dong-hyun}}

Огноо | Худалдан авагч | Карт | Дүн | Тэмдэглэл
03.11 | {{u:Солонгос}} {{r:Чон}} | {{u:Unitel}} 5000 | 5,000 |
03.11 | {{u:Солонгос}} {{r:Хён}} (дарга) | {{u:Mobicom}} 10000 ×3 | 30,000 | зээлээр
05.11 | {{p:Бат-Эрдэнэ}} | {{u:Unitel}} 3000 | 3,000 |
10.11 | {{u:Солонгос}} {{r:Хён}} | {{u:Mobicom}} 10000 ×2 | 20,000 | зээлээр
12.11 | {{u:Солонгос}} {{p:Ким}} (залуу) | {{u:Unitel}} 2000 | 2,000 | {{r:Хён}}-д хэлэхгүй
15.11 | {{p:Сарантуяа}} эгч | {{u:Unitel}} 5000 | 5,000 |
Дарга {{r:Хён}}-ий өр: 50,000. {{p:Оюунаа}} (эзэн) гарын үсэг.

번역 ({{p:Энхжаргал}}): "Солонгос" = Korean. "дарга" = boss. "зээлээр" = on credit. "{{r:Хён}}-д хэлэхгүй" = "don't tell {{r:Hyon}}".

메모 ({{p:Dong-hyun}}):
- {{r:철웅}} 씨: "{{r:Чон}}"은 본인. {{r:Хён}} = 반장 {{r:현병호}}. 반장은 외상으로 카드 사서 본인 전화에 썼다. 노동자는 전화 금지.
- "{{u:Солонгос}} {{p:Ким}} (залуу)" = 젊은 {{p:김}}, {{p:김은철}}로 추정. 몰래 카드를 사서 집에 전화하려 함. {{p:Оюунаа}} 아주머니가 {{r:병호}}한테 말하지 않았음.
- {{r:정철웅}} 씨는 {{p:Оюунаа}} 씨에게 고맙다는 말을 전해 달라고 함.""",
    },
    {
        "id": "h59-mixed-12",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ha Song-nam", "하성남", "witness", ["Ha", "Song-nam", "성남"]),
            ("Tak Chun-sik", "탁춘식", "supervisor", ["Tak", "춘식"]),
        ],
        "note": "New genre: an ITF inspector's boarding notes on a fishing vessel in port, English with Korean quotes. Surnames Ha and Tak beside 'ha' (a laugh) and 'tak' (Indonesian 'not'), the Chinese master, Indonesian crew, the union and port public; a bosun called by a nickname.",
        "text": """ITF INSPECTOR - BOARDING NOTES (internal)
Port: {{u:Busan}} (outer anchorage, by launch) | Date: 2019-08-07 | Inspector: {{p:Lee Dong-wook}} | With: {{p:Siti Rahma}} (Indonesian interpreter)
Vessel: Chinese-flag longliner (IMO withheld) | Master: {{p:CHEN Haibo}} | Crew: 24 (Chinese 6, Indonesian 12, North Korean 6?)

10:40 Met master {{p:Chen}} on the bridge. Crew list shows 18 names only. {{p:Chen}} says the other six "are not crew, passengers".
11:05 Mess room. Indonesian crew ({{p:Budi}}, {{p:Eko}}, {{p:Wahyu}}) say six Koreans work on deck, sleep in the net store. {{p:Budi}}: "Mereka kerja, tak boleh bicara." (= "They work, they're not allowed to talk.") "tak" here = Malay/Indonesian "not".
11:30 Net store. Found five men. One spoke briefly (Korean), gave his name as {{r:하성남}} ({{r:Ha Song-nam}}). Said: "{{r:탁}} 동지가 말하지 말랬어요." - {{r:Tak}} is their leader. {{r:Ha}} looked at the door the whole time.
11:42 {{r:Tak Chun-sik}} came in, took {{r:Song-nam}} out by the arm. {{r:Tak}} said in Korean: "우리는 선원 아니다. 일 안 한다." Hands of all five: cuts, salt sores.
12:30 Left. Reported to {{u:Busan Regional Office of Oceans and Fisheries}} port state control duty officer ({{p:Kim Se-ra}}). Vessel sailed 16:00 before re-inspection.

Follow-up (2019-08-09, {{p:L.D.W.}}): no contact possible with {{r:Ha}}. Note: "ha" in {{p:Siti}}'s notes is a laugh, not the name. Pak {{p:Gendut}} = bosun {{p:Zhou Wen}}; "Pak" there = Indonesian "Mr", not the Korean surname. Passed to {{p:Jin-young}} at the NGO in case {{r:하성남}} ever contacts them.""",
    },
    {
        "id": "h59-mixed-13",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Yun Chol-su", "윤철수", "witness", ["YCS", "Yun", "철수"]),
            ("Wang Jae-bok", "왕재복", "supervisor", ["Wang", "WJB"]),
        ],
        "note": "New genre: a tool-crib sign-out log from a Kuwaiti site, English/Arabic/Korean. Initials and badge codes as mentions; the Korean surname Wang beside a Chinese Wang; Indian and Egyptian crib attendants; an unreturned-tool deduction.",
        "text": """TOOL CRIB SIGN-OUT LOG / سجل صرف العدد - Site 3, {{u:Sabah Al-Salem}}, {{u:Kuwait}} - page 41 (copy)
Crib attendant: {{p:Suresh Nair}} (day), {{p:Mahmoud Eid}} / {{p:محمود عيد}} (night)
Provided by {{r:윤철수}}; notes {{p:Seo-hyun}}

Date | Tool | Badge | Name | Out | In | Attendant
21/07/17 | Angle grinder #12 | K-031 | {{r:YCS}} | 06:10 | 18:40 | {{p:SN}}
21/07/17 | Drill #4 | K-002 | {{r:WJB}} | 06:15 | - | {{p:SN}}
22/07/17 | Angle grinder #12 | K-031 | {{r:Yun C.S.}} | 06:05 | 19:10 | {{p:Suresh}}
22/07/17 | Laser level | K-002 | {{r:Wang J.B.}} | 07:00 | 21:30 | {{p:محمود}}
23/07/17 | Mixer paddle | C-114 | {{p:Wang Lei}} | 06:30 | 17:00 | {{p:SN}}
24/07/17 | Drill #4 NOT RETURNED - charge to K-031 (30 KD) | | {{r:YCS}} | | | {{p:Mahmoud}}

메모 ({{p:Seo-hyun}}):
- K-031 = {{r:철수}} 씨 본인. K-002 = 반장 {{r:왕재복}}.
- C-114 {{p:Wang Lei}}는 {{u:중국}} 회사 노동자, 우리 반장 {{r:Wang}}과 무관.
- 7/21 드릴 #4는 {{r:WJB}}(반장)가 가져가서 안 돌려줬는데, 7/24에 {{r:윤철수}} 씨 배지로 청구됨. 30디나르를 {{r:철수}} 씨 월급에서 뗌.
- {{p:Suresh}} 씨가 "{{r:Yun}}, not you, I know" 라고 했다고.""",
    },
    {
        "id": "h59-mixed-14",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jang Un-byol", "장은별", "witness", ["Un-byol", "은별", "UB"]),
            ("Mo Chang-ho", "모창호", "witness", ["Mo", "Chang-ho"]),
        ],
        "note": "New genre: stand-up bot reports posted by NGO staff in Slack, English and Korean. Staff handles labelled on the name part; witnesses by name, initials and case code; 'UB' as both a witness's initials and Ulaanbaatar; the surname Mo beside 'mo' (moment).",
        "text": """#casework-standup - daily reports ({{u:Slack}}, 2024-04-16)

@{{p:minseo.k}} ({{p:Min-seo}})
Yesterday: 2nd interview with {{r:Jang Un-byol}} (restaurant, {{u:Vladivostok}}). 3h, good. {{r:Un-byol}} brought photos.
Today: write up; send consent form v3 to {{r:UB}}. (UB = {{r:은별}}, not {{u:Ulaanbaatar}}!)
Blockers: none

@{{p:tkowalski}} ({{p:Tomek}})
Yesterday: call with {{r:Mo Chang-ho}}'s lawyer (Adv. {{p:Seo}}) re asylum appeal.
Today: evidence bundle. {{r:Chang-ho}} wants his {{u:Ulaanbaatar}} site photos included.
Blockers: waiting for translation from {{p:Hye-rin}}. back in a mo.

@{{p:hyerin}}.p ({{p:Hye-rin}})
어제: {{r:모창호}} 진술서 번역 60%. {{r:모}} 씨 표현 중 "{{p:곰탱이}} 반장" 누군지 확인 필요 ({{p:곰탱이}} = {{p:지명혁}}?).
오늘: 번역 마무리, {{p:Tomek}}에게 전달.
Blockers: {{r:은별}} 씨 2차 녹음 전사 대기.

@{{p:jwoo}} ({{p:Jae-woo}})
Yesterday: database cleanup, merged duplicates for {{r:Mo}}/{{r:Moh}} ({{r:Chang-ho}}).
Today: off.
Blockers: —""",
    },
    {
        "id": "h59-mixed-15",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kye Tong-il", "계동일", "supervisor", ["솥뚜껑", "Pot-lid"]),
            ("No Chol-gyu", "노철규", "supervisor", ["여우", "Fox"]),
        ],
        "note": "New genre: a researcher's nickname glossary (별명 사전) linking nicknames in testimonies to persons. Nicknames referring to persons are mentions; the same words as ordinary nouns in the explanations are not; the surname 노 beside 노 (oar) and No; witness codes.",
        "text": """[별명 사전 / Nickname glossary - working file, v7] 작성: {{p:Yoon Hae-rin}} / last edit 2024-05-02
Rule: the nickname is coded to a person only if two witnesses agree. 'word' = ordinary meaning.

{{r:솥뚜껑}} ({{r:Pot-lid}}) - {{r:계동일}}, brigade leader, {{u:Lusail}} 2015-18. Source: W-12, W-19. Why: a pot lid (솥뚜껑) was his wake-up gong; also his hands. W-19 also says "{{r:Pot-lid}}" in English.
{{r:여우}} ({{r:Fox}}) - {{r:노철규}}, representative, {{u:Kuwait City}}. Source: W-07, W-12. Why: 여우처럼 교활해서. Note: "노" in W-07 transcript p.4 is the oar (노를 젓다), not {{r:노철규}}. W-12 once says "{{r:Fox}}" in English.
{{p:삐삐}} ({{p:Beeper}}) - {{p:함정민}}, political instructor. Source: W-03, W-21. Why: always reporting upward.
{{p:곰}} ({{p:Bear}}) - DISPUTED: W-08 = {{p:주영식}} ({{u:Tynda}}); W-15 = {{p:강만복}} ({{u:Tynda}}?). Do not code.
{{p:왕눈이}} ({{p:Big Eyes}}) - {{p:송미란}}, restaurant manager, {{u:Shenyang}}. Source: W-22, W-30.
할배 - not a nickname of one person: word "grandpa", used for any older man. Exception: W-05 p.9 "할배 {{p:리}}" = {{p:리근철}}.
{{p:깡통}} ({{p:Tin Can}}) - {{p:변학수}}, driver. Source: W-03 only - PROVISIONAL.

Usage examples (for coders):
- "{{r:솥뚜껑}}이 오늘도 새벽에 두드렸다" → person.
- "솥뚜껑을 닦았다" → word.
- "{{r:여우}} 대표가 또 왔다" → person; "여우 같은 놈" about a different man → word.
- "{{r:Fox}} took our passports" (W-12, EN) → person.

Open questions for {{p:Jun-seo}}: is "{{p:삐삐}}" in W-21 the same as in W-03? W-21 says {{p:함}} 지도원.""",
    },
    {
        "id": "h59-mixed-16",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Choe Hye-gyong", "최혜경", "witness", ["Hye-gyong", "CHG", "혜경"]),
            ("Ri Myong-sun", "리명순", "supervisor", ["Ri", "명순"]),
        ],
        "note": "New genre: a seafood buyer's grievance-mechanism case log recording an NGO complaint about a Chinese supplier plant. The buyer's staff and auditors are fictional private persons; the witness by initials and name; the supplier's overseer; the NGO's e-mail local part.",
        "text": """GRIEVANCE MECHANISM - CASE LOG
Case GM-2023-041 | Channel: NGO submission (e-mail from {{p:hwang.jisu}}@example.org) | Owner: {{p:Claudia Fernández}} (Responsible Sourcing) | Status: OPEN

2023-06-02 | Intake ({{p:C.F.}}): NGO reports that a supplier plant near {{u:Dandong}} used North Korean workers in 2018-2020. Witness coded {{r:CHG}}. NGO contact: {{p:Hwang Ji-su}}.
2023-06-05 | {{p:C.F.}}: Requested redacted testimony. Assigned auditor {{p:Rahul Mehta}} (third-party firm).
2023-06-20 | NGO sent summary: {{r:CHG}} = {{r:Choe Hye-gyong}}, worker at the plant 2018-2020; wages withheld; overseer {{r:Ri Myong-sun}} held passports.
2023-07-11 | {{p:R. Mehta}}: unannounced visit. Plant manager {{p:Sun Jianhua}} says no foreign workers "since 2020". Dormitory building B locked; manager says storage.
2023-07-12 | {{p:R.M.}}: worker interview (Chinese worker {{p:小杨}}) - recalls "朝鲜人" until 2021; "{{r:李队长}}" (= {{r:Ri}}?) in charge.
2023-08-01 | {{p:C.F.}} to NGO: can witness confirm building B?
2023-08-09 | NGO ({{p:Ji-su}}): {{r:혜경}} 씨 confirms building B was the women's dorm; {{r:리명순}} slept on the 1st floor. {{r:Hye-gyong}} is willing to answer written questions only.
2023-09-15 | Escalated to Head of Sourcing {{p:Peter Lindqvist}}. Supplier suspended pending investigation.
2023-10-02 | {{p:C.F.}}: remediation discussion. Question whether {{r:Hye-gyong}} and former co-workers ({{p:K.O.S.}}, {{p:P.U.J.}}) can receive back wages via the NGO.

Internal note ({{p:C.F.}}): "{{r:李队长}}" in the auditor's note is probably {{r:Ri Myong-sun}}; do not write her name in supplier-facing documents.""",
    },
]
