# ruff: noqa: E501
"""Held-out evaluation passages, set 36. Markers: {{r:..}} registered private person,
{{p:..}} unregistered private person, {{u:..}} public name (figure, place, organisation,
company, ship). Built by build_heldout.py heldout36.

Labelling convention for this set: every fictional person is private whatever their
office (a fictional police inspector, spokesperson, judge, pastor or consul is private);
only real, well-known public figures, real places and real organisations, companies and
ships are public. Invented businesses, agencies and churches are left unmarked. Chinese
forms of address such as 老周, 小李, 王姐, 周经理 are labelled whole (a bare title such as
老板 is not a name and stays unmarked). For a Korean name followed
by an honorific or title (김철수 씨, 박 반장) only the name part is labelled, and particles
and the hypocoristic suffix (철수가, 영희는, 명철이가, 혁아) stay outside the marker; English
titles (Mr, Dr, Pastor) and possessive 's also stay outside. Messenger usernames are
labelled without the leading @. Crossed-out names in transcriptions are still labelled.
Names in capitals, lower case, initials, fullwidth letters or with zero-width characters
inside are labelled as they stand."""

PASSAGES: list[dict] = [
    {
        "id": "h36-en-01",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pak Kwang-chol", "박광철", "witness", ["Kwang-chol", "PAK KWANG CHOL"]),
            ("Choe Myong-hun", "최명훈", "supervisor", ["Choi Myong-hun", "CHOE MYONG HUN"]),
            ("Mun Song-il", "문성일", "coworker", ["Moon", "MUN SONG IL"]),
        ],
        "note": "Kazakh intercity coach manifest with the witness's dictated notes; passport names in capitals, Kazakh/Kyrgyz/Uzbek passengers, conductor in Cyrillic; surnames Mun read as Moon beside the moon, Song beside song, Han, O beside the interjection, Kang; destinations in capitals are public.",
        "text": """ANNOTATED COPY. Manifest photographed by W on his phone, October 2018; transcribed by {{p:Dana Seitkali}} (volunteer), 11 March 2019. Original in Russian and Kazakh; headings translated. Names as printed, in capitals.

INTERCITY COACH - PASSENGER MANIFEST / ВЕДОМОСТЬ ПАССАЖИРОВ
Station: {{u:Sayran}} bus station, {{u:Almaty}}
Route: {{u:Almaty}} - {{u:Taraz}} - {{u:Shymkent}}
Departure: 21.10.2018 22:40   Coach: 02 KZ, 49 seats
Driver 1: {{p:ZHUMABEKOV NURLAN}}   Driver 2: {{p:SERIKBAYEV A.}}
Conductor: {{p:Ахметова Гульнара}}

SEAT | NAME | DOC | CIT | TO
01 | {{p:IVANOVA TATYANA}} | N1172**** | KAZ | {{u:TARAZ}}
02 | {{p:IVANOV ROMAN}} | N1172**** | KAZ | {{u:TARAZ}}
03 | {{p:TOKTOGULOV ERMEK}} | AC23***** | KGZ | {{u:SHYMKENT}}
04 | {{r:CHOE MYONG HUN}} | 8364***** | PRK | {{u:SHYMKENT}}
05 | {{r:PAK KWANG CHOL}} | 8364***** | PRK | {{u:SHYMKENT}}
06 | {{r:MUN SONG IL}} | 8364***** | PRK | {{u:SHYMKENT}}
07 | {{p:RI CHOL JIN}} | 8364***** | PRK | {{u:SHYMKENT}}
08 | {{p:KANG YONG SU}} | 8364***** | PRK | {{u:SHYMKENT}}
09 | {{p:HAN MYONG}} | 8364***** | PRK | {{u:SHYMKENT}}
10 | - | - | - | -
11 | {{p:SONG KWANG}} | 8364***** | PRK | {{u:SHYMKENT}}
12 | {{p:NURPEISOVA AIGERIM}} | N0983**** | KAZ | {{u:TARAZ}}
13 | {{p:KIM HYOK}} | 8364***** | PRK | {{u:SHYMKENT}}
14 | {{p:ABDULLAEV RUSTAM}} | FA01***** | UZB | {{u:SHYMKENT}}
15 | {{p:O UN CHOL}} | 8364***** | PRK | {{u:SHYMKENT}}
16 | {{p:BEISENOVA ZH.}} | N0412**** | KAZ | {{u:TARAZ}}

W'S NOTES (interview of 3 February 2019, translated from Korean)

Seat 04 is {{r:Choe}}, our leader. In {{u:Kazakhstan}} the contractor's papers wrote him as {{r:Choi Myong-hun}}; the passport says {{r:CHOE}}. He kept all nine passports in a plastic bag and handed them to the conductor one at a time. {{p:Gulnara}} looked at each photo and then at each face. {{r:Choe}} stood in the aisle the whole time so that nobody else spoke to her.

Seat 05 is me. Seat 06 is {{r:Mun Song-il}}, my friend from {{u:Hamhung}}. The girl at the ticket window read {{r:MUN}} as {{r:Moon}} and called him "Mister {{r:Moon}}". He liked that. There was a big moon over the steppe that night and {{r:Song-il}} said it was following him to make sure he did not run.

07 and 08, {{p:Ri Chol-jin}} and {{p:Kang Yong-su}}, welders. {{p:Kang}} had a fever from {{u:Taraz}} onwards and {{p:Chol-jin}} gave him his coat.

09, {{p:Han Myong}}. Nineteen years old. {{p:Han}} had never been on a night bus and was sick twice.

11, {{p:Song Kwang}}. {{p:Song}} sang the same song under his breath all night, a song about a mother waiting at a gate.

13, {{p:Kim Hyok}}. Everyone just said {{p:Hyok}}.

15, {{p:O Un-chol}}, the security man, sat two rows behind us so he could see every head. O, he was awake the whole night. Nobody slept properly while {{p:O}} was watching.

The Uzbek man in 14, {{p:Rustam}}, offered us bread and {{p:O}} told us to refuse. The Kyrgyz boy in 03, {{p:Ermek}}, asked {{r:Kwang-chol}} in Russian where we were from. I said "{{u:China}}". {{r:Choe}} heard it and later said I had done well.

In {{u:Shymkent}} we were met by the Kazakh contractor, {{p:Yerlan Dzhaksybekov}}; his own workers called him {{p:Yerlan}}-aga. On paper we belonged to the {{u:Korea General Corporation for External Construction}}, but the money went from {{p:Yerlan}} to {{r:Choe}} and from {{r:Choe}} to the embassy in {{u:Astana}}. {{r:PAK KWANG CHOL}}""",
    },
    {
        "id": "h36-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("An Jong-ho", "안정호", "witness", ["정호"]),
            ("Do Yong-chol", "도영철", "coworker", []),
        ],
        "note": "Emergency department triage log in Korean with medical abbreviations (C/C, P/I, V/S, r/o, NPO, f/u); witness surname 안 beside negation 안, coworker surname 도 beside particle 도; Chinese form of address 老周 with Hangul transliteration; staff names with 선생/RN/Dr.; real hospital and institutions public.",
        "text": """{{u:국립중앙의료원}} 권역응급의료센터 트리아지 기록 (발췌, 2019.08.14 야간)
※ {{u:하나원}} 연계 환자 포함. 환자 본인 요청으로 사본 제공, 주민번호 삭제.

22:05 | Pt. {{r:안정호}} (M/41) | KTAS 3
C/C: Lt. hand pain, 3일 전 작업 중 손상 (s/p 열상, 자가 봉합 흔적)
P/I: {{u:러시아}} {{u:아무르주}} 벌목장 근무 중 손상 → {{u:중국}} 경유 입국 (입국 3주차). 동반: 동료 {{r:도영철}} (M/38). 통역 불요.
V/S: BP 138/88, HR 96, RR 18, BT 37.9, SpO2 98%
Hx: HTN(-), DM(-), Tbc(+) 2014년 {{u:함흥}}에서 치료했다고 함
r/o wound infection, r/o FDP tendon injury → OS consult
담당: ER Dr. {{p:윤서진}} / RN {{p:정다은}}
메모: 본인 이름을 "{{r:안정호}}"라고 한 뒤 "여기서는 그냥 {{r:정호}}라고 불러 달라"고 함. 보호자 {{r:도}}씨는 환자를 "{{r:안}} 동지"라고 부름. 호칭 정정 요청은 안 함. {{r:도영철}}도 우측 어깨 통증 호소했으나 접수는 안 하겠다고 함.

22:40 | Pt. {{p:석미향}} (F/27) | KTAS 2
C/C: abd. pain (RLQ), N/V x3
P/I: {{u:중국}} {{u:단둥}} 수산물 가공공장 근무 이력. 브로커 "{{p:라오저우}}"({{p:老周}})를 통해 이동했다고 함. 공장 조장 "{{p:小李}}"가 월급 관리.
V/S: BP 102/64, HR 118, RR 22, BT 38.4
Dx: r/o acute appendicitis → GS 협진, NPO, IV line
보호자: 없음. 연락: {{u:하나원}} 담당 {{p:오세린}} 선생 (야간 연락 안 됨, 익일 f/u)
메모: 환자가 "{{p:미향}}이라고 불러 주세요"라고 함. 동행한 지인 {{p:곽순옥}}은 대기실에서 귀가.

23:15 | Pt. {{p:리영숙}} (F/52) | KTAS 4
C/C: 두통, 불면 2주
P/I: 남편 {{p:한태성}}이 {{u:쿠웨이트}} 건설현장 파견 중 연락 두절 (2017~). 환자는 "{{p:태성}}이 아버지 소식만 알면 잠이 온다"고 반복.
V/S: BP 162/98, HR 84, BT 36.6
Hx: HTN? 복약력 불명
plan: BP recheck, 정신건강의학과 f/u 권고, 사회사업팀 {{p:민경아}} 팀장 의뢰
메모: 주소 기재 시 이름을 {{p:이영숙}}으로 써 달라 함 (남쪽 표기). 신분증상 {{p:리영숙}}.

23:50 | Pt. {{p:하동민}} (M/33) | KTAS 3
C/C: Rt. ankle sprain, 계단에서 넘어짐
P/I: {{u:몽골}} {{u:울란바토르}} 아파트 건설현장 출신. 입국 후 {{u:안산}} 거주.
V/S: WNL
plan: X-ray, splint, OS OPD f/u
담당: Dr. {{p:문기석}} (PGY-2) / RN {{p:하}}
메모: RN {{p:하}} 선생이 환자 성이 같다고 하자 환자가 웃음. "하, 남쪽에도 하씨가 많네요." 환자는 동료 {{p:명철}}이가 {{u:다르항}}에 남아 있다고 함.

00:20 재평가 | Pt. {{r:안정호}}
OS Dr. {{p:백승훈}}: tendon intact, I&D 후 abx, 내일 OPD f/u. 환자 귀가 원치 않음. {{r:도영철}}이 밤새 옆에 있겠다고 함. 보호자 성명 칸에 "{{r:도}}"만 적음.

인계: RN {{p:정다은}} → RN {{p:한보람}} (01:00)
확인: 수간호사 {{p:채미경}}""",
    },
    {
        "id": "h36-mixed-01",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ri Song-chol", "리성철", "witness", ["성철", "Songchol", "sc_1984"]),
            ("Ko Man-sik", "고만식", "supervisor", ["Ko"]),
        ],
        "note": "Telegram group export (Russian, Korean, English) with display names, @usernames (labelled without the @) and forwarded messages; witness writes from a borrowed phone; supervisor surname 고 beside the verb ending -고 and English 'go'; emoji; Koryo-saram volunteer; Nakhodka/Vladivostok places and a ferry.",
        "text": """Telegram Desktop · export · chat "помощь / 도움 / help" · exported 02.04.2019

[28.03.2019 23:41] {{p:Ирина Цой}} (@{{p:irina_tsoi_vl}}):
Ребята, он на связи. Пишет с чужого телефона, номер не сохранять 🙏

[28.03.2019 23:43] {{p:Ирина Цой}} (@{{p:irina_tsoi_vl}}):
[Forwarded from {{r:Songchol}} (@{{r:sc_1984}})]
저 {{r:리성철}}입니다. {{u:나홋카}} 숙소에서 나왔어요. {{r:고만식}} 반장이 여권 가지고 있어요. 지금 {{u:블라디보스토크}} 가는 버스 기다리고 있어요

[28.03.2019 23:44] {{p:Mike Hwang}} (@{{p:mhwang_ngo}}):
Thanks {{p:Irina}}. Ask him: is anyone with him? Does {{r:Ko}} know he left?

[28.03.2019 23:46] {{p:Ирина Цой}} (@{{p:irina_tsoi_vl}}):
{{p:Майк}}, он один. Говорит, {{r:Ко}} спит, пьяный. Сосед по комнате, {{p:Чон}}, знает, но не скажет.

[28.03.2019 23:47] Pastor {{p:Yun}} (@{{p:yun_dh}}):
{{r:성철}} 형제님 무사하시길 기도합니다 🙏🙏 {{u:블라디보스토크}} 도착하면 {{p:이리나}} 자매님이 역에서 만나면 됩니다

[28.03.2019 23:49] {{p:Mike Hwang}} (@{{p:mhwang_ngo}}):
@{{p:yun_dh}} please no names in this chat. Go by initials from now on. Not "{{r:성철}}", just "S".

[28.03.2019 23:50] Pastor {{p:Yun}} (@{{p:yun_dh}}):
네 알겠습니다 목사님 아니고 간사님 😅

[28.03.2019 23:58] {{p:Ирина Цой}} (@{{p:irina_tsoi_vl}}):
[Forwarded from {{r:Songchol}} (@{{r:sc_1984}})]
버스 탔어요. {{p:정혁}}이가 돈 빌려줬어요. {{p:혁}}이 나중에 꼭 갚아야 돼요. {{r:고}} 반장은 아침 6시에 일어나고 인원 점검 해요

[29.03.2019 00:03] {{p:Mike Hwang}} (@{{p:mhwang_ngo}}):
OK. {{p:Irina}}, can {{p:Vadim}} pick him up at the {{u:Vladivostok}} bus station instead of you? Less risk for you.

[29.03.2019 00:05] {{p:Ирина Цой}} (@{{p:irina_tsoi_vl}}):
{{p:Вадим}} на смене до 8. Я сама. Не волнуйтесь 💪

[29.03.2019 06:12] {{p:Ирина Цой}} (@{{p:irina_tsoi_vl}}):
Встретила. Он у меня. Ест. Говорит, бригадир {{r:Ко Ман Сик}} уже звонил {{p:Чону}} три раза.

[29.03.2019 06:20] Pastor {{p:Yun}} (@{{p:yun_dh}}):
할렐루야!! S 형제 ({{r:리성철}}) 무사 도착 🙌 — sorry {{p:Mike}}

[29.03.2019 06:31] {{p:Mike Hwang}} (@{{p:mhwang_ngo}}):
Deleting this chat at noon. Next steps by phone. Not via {{u:Mangyongbong 92}} route under any circumstances, {{u:Rajin}} side is watched.

[29.03.2019 06:33] {{p:Ирина Цой}} (@{{p:irina_tsoi_vl}}):
Понял. То есть поняла 🙂 {{p:Ирина}}""",
    },
    {
        "id": "h36-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yi Chang-ho", "이창호", "witness", ["Chang-ho", "Ri Chang-ho", "Lee Chang-ho"]),
            ("Choe Song-nam", "최성남", "supervisor", ["Choi"]),
            ("Paek Il", "백일", "coworker", ["Il"]),
        ],
        "note": "UN-style interview summary with numbered paragraphs and footnotes; Sarawak coal mine; witness surname in three romanizations (Yi/Ri/Lee), supervisor Choe/Choi, one-syllable given name Il; Malaysian, Chinese-Malaysian and Iban private persons; real bodies (Special Rapporteur's office, Security Council) public.",
        "text": """CONFIDENTIAL - SUMMARY OF INTERVIEW
File ref.: DPRK/OW/2019/044   Interview language: Korean, with interpretation
Interviewer: {{p:Agnes Mwangi}}   Interpreter: {{p:Seo Ha-eun}}
Prepared for the {{u:Office of the United Nations High Commissioner for Human Rights}} ({{u:Seoul}})

1. The interviewee, {{r:Yi Chang-ho}} (male, born 1976, {{u:Kaechon}}), was deployed from 2013 to 2015 to a coal mine in {{u:Sarawak}}, {{u:Malaysia}}, with a group of about 50 DPRK nationals. He spells his surname "{{r:Yi}}"; his Malaysian work pass gave it as "{{r:RI CHANG HO}}", and the NGO that referred him wrote "{{r:Lee Chang-ho}}".[1]

2. The group travelled from {{u:Pyongyang}} via {{u:Beijing}} to {{u:Kuala Lumpur}} and onward to {{u:Sibu}}. It was led by {{r:Choe Song-nam}}, whom Mr {{r:Yi}} describes as "the team leader and the one who held the money". A second official, referred to only as "Instructor {{p:Kye}}", was responsible for political study. Mr {{r:Yi}} did not know {{p:Kye}}'s given name.

3. According to Mr {{r:Yi}}, the Malaysian contractor paid wages into an account controlled by {{r:Choe}}. Workers received an allowance of roughly 10 per cent. {{r:Choe}} explained the deductions as contributions to the "{{u:Workers' Party of Korea}}" and as payment for food. Mr {{r:Yi}} was shown a ledger once, by the mine's Chinese-Malaysian clerk, {{p:Ling Mei Fong}}. Ms {{p:Ling}} told him in simple Korean that the monthly transfer for the group exceeded 40,000 ringgit.[2]

4. The interviewee's closest colleague was {{r:Paek Il}}; see para. 6.

5. Working hours were described as 12 hours underground six days a week. A Malaysian shift supervisor, {{p:Ahmad Zulkifli}}, is said to have complained to the contractor about the hours; Mr {{p:Ahmad}} was subsequently moved to another pit. An Iban driver, {{p:Jugah anak Nyandang}}, sometimes brought the men fruit. {{p:Jugah}} is described as "the only one who laughed with us".

6. Mr {{r:Paek Il}} (born c. 1980, {{u:Anju}}) was injured on 9 November 2014 when a roof bolt failed. Mr {{r:Yi}} carried him to the surface with another worker, {{p:Ryang Chol-ho}}. {{r:Choe}} did not allow {{r:Il}} to be taken to {{u:Sibu Hospital}} until the following morning. The interviewee states that {{r:Paek}} lost the use of his left hand and was sent home in December 2014; he has heard nothing of {{r:Il}} since.

7. The interviewee recalls that {{r:Choi}} (he used both spellings) warned the group that families in the DPRK would be held responsible for any contact with South Koreans. Mr {{r:Ri}} considered this credible because a worker from an earlier group, {{p:Hwang Kum-chol}}, had been recalled and, he was told, sent with his wife {{p:Kim Sun-ok}} to a "re-education" facility.[3]

8. In 2015 the interviewee left the dormitory with the help of a Malaysian church volunteer, {{p:Daniel Tan}}, and travelled to {{u:Kuching}}. He reached the {{u:Republic of Korea}} in 2016. He has not contacted his brother, {{p:Yi Chang-su}}, or his mother, {{p:Kim Ok-hui}}, for fear of consequences to them.

9. The interviewee is aware of {{u:Security Council}} resolution 2397 (2017) and asked whether the workers in {{u:Sarawak}} had been sent home. The interviewer was not able to answer.

10. The interviewee consents to the use of this account by the {{u:Special Rapporteur on the situation of human rights in the Democratic People's Republic of Korea}} without his name. {{r:Chang-ho}} asked that {{r:Paek Il}}'s name be withheld as well.

Footnotes
[1] Spelling note by interpreter {{p:Seo}}: the witness writes {{r:이창호}}; the northern rendering is {{r:Ri Chang-ho}}.
[2] Figure as recalled by the interviewee; not verified. {{p:Ling}} could not be traced.
[3] Unverified. Mr {{p:Hwang}}'s name as recalled; birth year unknown. Cross-checked against file DPRK/OW/2018/112 (witness {{p:K.S.R.}}), which mentions a "{{p:Hwang}} from {{u:Sunchon}}".""",
    },
    {
        "id": "h36-ko-02",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jo Myong-chol", "조명철", "witness", ["명철"]),
            ("Ho Yong-hui", "허영희", "relative", ["영희"]),
            ("Ju Kwang-sok", "주광석", "supervisor", []),
        ],
        "note": "Transcription of a handwritten letter from a worker in Russia to his wife, with spelling mistakes, crossed-out words rendered as [삭제: ...], illegible parts; names with particles 영희는/명철이가, hypocoristic -이, crossed-out name still labelled; surname 주 beside 주 (week); 허 beside the interjection 허.",
        "text": """[전사본. 원본: 연필, 공책 종이 2장 양면. 전사자 {{p:노은지}}. 맞춤법은 원문대로, 지운 글자는 [삭제: ...], 읽을 수 없는 곳은 [판독불가].]

{{r:영희}}에게

{{r:영희}}야 잘 있니. 나는 잘 있다. 여기는 {{u:울란우데}}라는 곳인데 [삭제: 날씨가] 겨울이 너무 길다. 편지를 몇일 전부터 쓸려고 했는데 [삭제: {{r:주}} 반장이] 시간이 없어서 이제 쓴다.

{{p:은별}}이는 학교 잘 다니니. {{p:은별}}이가 올해 몇 학년이 됬는지 자꾸 헷갈린다. 아버지가 미안하다고 전해줘. {{p:은철}}이는 아직도 [판독불가] 아프니. 약은 {{p:송}} 의사 선생한테 부탁해라. {{p:송}} 선생은 돈 안 받을꺼다. 내가 전에 그 집 지붕 고쳐줬다.

여기 일은 힘들지 않다고 쓸려고 했는데 거짓말은 못 하겠다. 하루에 열네 시간 미장일 한다. 한 주에 하루도 못 쉴때가 많다. {{r:주광석}} 반장은 [삭제: 나쁜 사람] 엄한 사람이다. {{r:주}} 반장이 돈을 다 가지고 있다가 일년에 두번 준다고 하는데 아직 한번도 못 받았다. 허, 이런 말 쓰면 안되는데.

같은 방에 {{p:림창수}}라는 사람이 있는데 {{u:신의주}} 사람이다. {{p:창수}}가 나보고 편지 쓰지 말라고 한다. 검열한다고. 그래서 이 편지는 {{p:갈리나}}라는 로씨야 아주머니한테 맡긴다. {{p:갈리나}} 아주머니 아들 {{p:세료자}}가 {{u:중국}}에 장사하러 다닌다. 거기서 누가 {{u:조선}}으로 보내준다고 했다. [삭제: 돈을 조금 같이]

{{r:명철}}이가 없다고 어머니한테 너무 의지하지 말고 어머니 말씀 잘 들어라. 어머니가 너는 고집이 쎄다고 하시지만 나는 그게 좋다. 우리 {{r:영희}}는 고집이 있어야 된다.

[2장 앞면]

{{p:창수}}가 어제 [판독불가] 다쳤다. 손가락이다. {{r:주광석}}이가 병원에 안 보낸다. 나는 {{p:창수}}한테 내 장갑을 줬다. 나는 장갑 없어도 된다. 걱정 마라.

[삭제: {{p:박영남}}] 그 사람 얘기는 하지 말자. 너도 알지. 작년에 먼저 온 사람인데 [삭제: 도망] 어디로 갔는지 모른다. {{r:주}} 반장이 우리를 다 모아놓고 그 사람 이름 부르면 안된다고 했다.

{{r:영희}}야. 내년 봄에 돌아간다고 했는데 또 연장될지 모른다. 어떻해야 될지 모르겠다. 기다려 달라고 하기도 미안하다. 그래도 기다려 줘.

[2장 뒷면, 가장자리에 세로로]
{{p:은별}}이 {{p:은철}}이 보고싶다. 어머니 건강하세요. 처남 {{p:허영수}}한테 술 끊으라고 해라.

2016년 12월 [판독불가]일
{{u:울란우데}}에서 {{r:명철}}이가

[전사자 주: 수신인 {{r:허영희}}는 2019년 탈북. 발신인 {{r:조명철}}의 현재 행방 미상. 편지 전달 경로의 {{p:갈리나}}, {{p:세료자}}는 성 불명.]""",
    },
    {
        "id": "h36-mixed-02",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Kim Yong-chol", "김영철", "witness", ["金永哲", "Ким Ен Чер", "KIM YONG CHOL"]),
            ("Chae Sun-hui", "채순희", "relative", ["蔡顺姬"]),
        ],
        "note": "Chinese and Russian customs declarations for a shuttle driver at Suifenhe/Pogranichny with a parcel list; the same Korean worker in Hanja, Cyrillic and capitals; Chinese forms of address 老周, 小李, 王姐 labelled whole; Russian patronymics; NGO remarks in English and Korean; border crossings public.",
        "text": """[Scans 1-3, uploaded by field contact. Personal numbers removed.]

=== 1. ТАМОЖЕННАЯ ДЕКЛАРАЦИЯ (пассажирская) ===
Пункт пропуска: {{u:Пограничный}}
ФИО: {{p:Дьяченко Сергей Викторович}}
Гражданство: РФ
Следую из: {{u:Суйфэньхэ}} (КНР)
Сопровождаемый багаж: 3 места
Перечень (посылки, не для продажи):
 - от {{r:Ким Ен Чер}} для {{p:Пак Сун Ок}}, {{u:Уссурийск}} — одежда, 2 кг
 - от {{p:Ли Мен Хо}} для {{p:Хан Чун Сик}}, {{u:Артём}} — лекарства
 - от {{p:Чвэ Ен Хи}} (sic) — документы
Подпись: {{p:С. В. Дьяченко}}
Отметка таможни: инспектор {{p:Гончаренко О. А.}}

=== 2. 中华人民共和国海关 进出境旅客行李物品申报单 ===
口岸：{{u:绥芬河}}
姓名：{{p:王建国}}
性别：男   国籍：中国
随行人员：{{p:王丽}}（妻）
携带物品：包裹三件。收件人：{{r:金永哲}}（朝鲜籍，{{u:乌苏里斯克}}建筑工地），寄件人：{{r:蔡顺姬}}（{{u:丹东}}）
备注：{{p:老周}}代收，{{p:小李}}开车
签名：{{p:王建国}}

=== 3. NGO remarks ===
Parcel chain as explained by {{r:Chae Sun-hui}} (W's wife, now in {{u:Seoul}}):
- {{r:Sun-hui}} worked in a seafood plant in {{u:Dandong}}; the plant's cook, "{{p:王姐}}" (Sister {{p:Wang}}), put her in touch with {{p:王建国}}, a driver who does the {{u:Suifenhe}} run.
- {{p:老周}} is {{p:王建国}}'s partner on the Russian side. {{p:小李}} is {{p:老周}}'s nephew, who drives. Nobody knows {{p:小李}}'s full name.
- On the Russian side the driver {{p:Sergei Dyachenko}} carries "Korean parcels" for a fee. {{p:Seryozha}} (as {{r:Sun-hui}} calls him) wrote her husband's name as {{r:Ким Ен Чер}}.
- 남편 {{r:김영철}}은 {{u:우수리스크}} 아파트 공사장에서 일했다고 함. 반장 이름은 {{p:계}}씨라고만 앎. 같은 공사장 {{p:리명호}} (= "{{p:Ли Мен Хо}}" on the list) is from the same village, {{u:회령}}.
- "{{p:Чвэ Ен Хи}}" is probably {{p:최영희}}, a woman in the {{u:Dandong}} plant. {{r:순희}}는 {{p:영희}} 언니라고 부름.
- {{r:KIM YONG CHOL}} has not written since the parcel of March 2018.""",
    },
    {
        "id": "h36-en-03",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pak Hyon-u", "박현우", "witness", ["hyonu", "hyon", "pak"]),
            ("Choe Tae-il", "최태일", "supervisor", ["choi", "choe", "mr choi"]),
        ],
        "note": "SMS thread in lower case with typos between a Nepali co-worker in Qatar and an NGO caseworker; names lower-cased and misspelt (pak/park, choi/choe, hyonu); 'so', 'an', 'do', 'ok' as words; Nepali and Filipino private persons; Doha places and a real company-like stadium name public.",
        "text": """[SMS export, phone of {{p:Raj Kumar Gurung}}, 14-16 May 2018. Shared with consent. Times local to {{u:Doha}}.]

14/05 21:02 {{p:raj}}: hi maam this is {{p:raj}} from camp 4 {{u:al wakrah}}. {{p:bina}} give me ur number
14/05 21:03 {{p:raj}}: its about the korean guy {{r:pak}}. {{u:north korea}} one
14/05 21:10 {{p:helen}}: Hi {{p:Raj}}, yes {{p:Bina}} told me. Is he safe? Don't use his full name here pls
14/05 21:12 {{p:raj}}: sorry. he ok. he sleep in our room 2 night now. his boss {{r:mr choi}} looking for him evry where
14/05 21:12 {{p:raj}}: {{r:choi}} not {{r:choe}}. i dont know. both
14/05 21:15 {{p:helen}}: ok. does he have his passport?
14/05 21:16 {{p:raj}}: no. {{r:choi}} have all passport. 30 guys
14/05 21:16 {{p:raj}}: so he cant go airport
14/05 21:20 {{p:helen}}: understood. what does he want to do
14/05 21:24 {{p:raj}}: he want go {{u:south korea}}. he say his name {{r:hyonu}} but we call {{r:hyon}}. he say sister in {{u:seoul}} maybe. name {{p:pak mi ran}} or {{p:park miran}} he not sure how spell
14/05 21:25 {{p:raj}}: also {{p:jun}} from {{u:philipines}} know him. {{p:jun}} is foreman at site
14/05 21:31 {{p:helen}}: thank you {{p:raj}}. do not let him go out. I will call {{p:mr tamang}} at the embassy tmrw
14/05 21:33 {{p:raj}}: which embasy. {{u:nepal}} or {{u:korea}}
14/05 21:34 {{p:helen}}: {{u:korea}}. the south one :)
15/05 07:48 {{p:raj}}: maam {{r:choi}} come to camp this morning with other korean {{p:kang}}. ask {{p:ram}} security guard about {{r:pak}}
15/05 07:49 {{p:raj}}: {{p:ram}} say he dont know nothing
15/05 07:49 {{p:raj}}: good guy {{p:ram}}
15/05 08:10 {{p:helen}}: ok. is {{r:hyon}} hidden?
15/05 08:11 {{p:raj}}: yes in {{p:suresh}} bed with blanket lol
15/05 08:12 {{p:raj}}: an other korean come yesterday also. young. {{p:kang}} no, other one. {{p:song}}? he say {{r:hyonu}} brother but not real brother
15/05 08:12 {{p:raj}}: so i dont trust
15/05 12:30 {{p:helen}}: dont trust him. do not open the door for any koreans except {{r:hyon}}
15/05 12:31 {{p:raj}}: ok maam
15/05 19:05 {{p:raj}}: the guy {{p:song}} is from {{r:choi}} team. {{p:jun}} confirm. he work {{u:lusail}} side stadium
15/05 19:40 {{p:helen}}: noted. {{p:min-ji}} from our office will come with a driver tomorrow 6am. she speaks korean
15/05 19:41 {{p:raj}}: {{p:minji}} ok. what car
15/05 19:45 {{p:helen}}: white, {{p:abdullah}} driving. he will call you
16/05 05:58 {{p:raj}}: they here
16/05 06:20 {{p:raj}}: {{r:hyonu}} gone with them. he cry. he say thank you {{p:raj}} thank you {{p:suresh}}. he give me his korean book
16/05 06:21 {{p:raj}}: {{r:pak}} say pls tell {{p:kang}} nothing
16/05 06:40 {{p:helen}}: thank you so much {{p:Raj}}. delete these msgs pls
16/05 06:41 {{p:raj}}: ok. god bless {{r:park hyon u}}""",
    },
    {
        "id": "h36-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Choe Un-ha", "최은하", "witness", ["은하"]),
            ("Kang Myong-ok", "강명옥", "supervisor", []),
            ("Sol Hyang", "설향", "coworker", ["향"]),
        ],
        "note": "Voice-memo transcript full of fillers (음, 어, 그니까, 뭐지, 막); garment factory in Hunchun; one-syllable given name 향 with vocative 향아; supervisor surname 강 beside the river word 강; Chinese managers as 老孙, 小张 (whole) and 刘 with 经理/사장 (surname only); correction of names mid-sentence.",
        "text": """[음성메모 전사. 파일명 녹음_0312.m4a, 길이 06:41. 전사: {{p:변지수}}. 말버릇 그대로 옮김.]

어… 이거 녹음 되는 거 맞나. 음. 됐다. 그니까 나는 {{r:최은하}}고, 어, 이거는 그냥 나 잊어버릴까 봐 하는 거. 날짜는 2020년 3월 12일.

음, 그니까 {{u:훈춘}}에 간 게 2016년 봄이었고. 공장은, 뭐지, 옷 공장. 중국 사람 공장인데 우리 조선 여자들이 한 이백 명? 이백 명은 넘었다. 건물 두 동.

우리 관리하는 사람이 {{r:강명옥}}이라고, 어, {{r:강}} 지도원. 다들 {{r:강}} 지도원이라고 했어. 그니까 {{r:강명옥}} 지도원이 다 했어. 여권도 그 사람이, 돈도 그 사람이. 막 아침에 총화하고. 음… {{r:강}} 지도원 목소리가 진짜, 아, 지금도 생각하면 막 가슴이 뛰어.

같은 방에 {{r:설향}}이. {{r:향}}이는 {{u:청진}}에서 왔는데 나보다 세 살 어려. "{{r:향}}아, {{r:향}}아" 하면 "언니 왜" 하고. 어, {{r:향}}이가 재봉을 제일 잘했어. 그래서 오히려 더 혼났어. 잘하는 애한테 계획을 더 주니까.

중국 사람은, 음, 공장 사장이 {{p:刘}} 사장. {{p:류}} 사장이라고 불렀어, 우리는. 그 밑에 {{p:老孙}}이라고 나이 많은 아저씨가 있었는데 {{p:老孙}}은 좋은 사람이었어. 그리고 {{p:小张}}. {{p:小张}}은 젊은 남자애, 통역 비슷하게 했는데 조선말을 쪼끔 했어. 연변 사람. 어… 성이 {{p:장}}이니까 {{p:小张}}이지. 이름은 몰라.

그니까 문제는 뭐였냐면. 한 달에, 음, 중국 돈으로 이천 얼마 나온다고 했는데 우리 손에는 백 위안? 백오십? 그 정도. 나머지는 {{r:강}} 지도원이 가져가서 국가에 바친다고. 강 건너 {{u:조선}}으로 보낸다고. 그 강이 {{u:두만강}}이지. 공장 옥상에서 보였어, 강.

어, 그리고 2017년 겨울에 {{r:향}}이가 손을 다쳤어. 재봉틀 바늘이 손톱을 뚫고. {{r:강명옥}}이 처음엔 병원 안 보내고. 그때 {{p:老孙}}이 자기 오토바이로 {{r:설향}}이를 병원에 데려갔어. 그거 때문에 {{p:老孙}}이 {{p:刘}} 사장한테 혼났대. 음.

또 누구 있었지. 아, {{p:옥주}}. {{p:김옥주}}. 우리 조장. {{p:옥주}} 언니는 {{r:강}} 지도원 편이었는데, 어, 그래도 밤에는 우리 편. 뭐라 그러지, 두 얼굴. 아니 나쁜 뜻 아니고.

그리고 {{p:은정}}이. {{p:류은정}}. 얘는 2018년에 없어졌어. 아침에 점호하는데 없어. 그래서 {{r:강}} 지도원이, 음, 우리 방 사람들 다 불러다가 막, 그니까, 일주일 동안 밖에 못 나가게 하고. {{p:은정}}이는 지금 어디 있는지 몰라. {{u:한국}} 왔으면 좋겠다.

음… 나는 2019년에, 그니까 작년에 나왔어. {{p:小张}}이 도와줬어. 이거는, 어, 이거는 녹음하면 안 되는 건가. 몰라. {{p:小张}} 미안.

마지막으로. {{r:향}}아, 너 이거 들을 일은 없겠지만. 언니 잘 있다. {{r:은하}} 언니 잘 있다고.

[녹음 종료]""",
    },
    {
        "id": "h36-mixed-03",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Hong Chol-u", "홍철우", "witness", ["Chol-u", "철우"]),
            ("Yon Sang-gil", "연상길", "supervisor", ["Yon"]),
        ],
        "note": "Bilingual e-mail thread (English/Korean) between a Seoul NGO and a Gdańsk lawyer, with nested quoted replies (> and >>), signatures and a forwarded note; generic mailbox addresses; Polish names with diacritics; surname 연 beside 연 (year) and 'Yon'; Song as name and as word; real shipyard city, courts and agencies public.",
        "text": """From: {{p:Park Ji-won}} <intake@example-ngo.kr>
To: {{p:Katarzyna Wiśniewska}} <biuro@example-kancelaria.pl>
Cc: {{p:Tomasz Zieliński}}
Subject: Re: Re: 북한 노동자 사건 / former DPRK welder, {{u:Gdańsk}} 2016
Date: Tue, 9 Jul 2019 10:14 +0900

Dear {{p:Katarzyna}},

Thank you. Yes, our client agrees to give a statement by video. He asked me to write his name as {{r:Hong Chol-u}} ({{r:홍철우}}), not "{{r:Hong Czol U}}" as in the Polish agency papers.

On your question about the foreman: the client says {{r:Yon Sang-gil}} ({{r:연상길}}) was the team leader for all 14 welders. {{r:Yon}} is his surname. Some papers wrote "{{r:Yeon}}", which is the southern spelling.

Best,
{{p:Ji-won}}

{{p:박지원}} 드림 / intake team

> On Mon, 8 Jul 2019, {{p:Katarzyna Wiśniewska}} wrote:
> Dear Ms {{p:Park}},
> I have now seen the agency's worker list. Two questions:
> 1) Is "{{r:Yon S.G.}}" the same person as the "brigadier" in your client's account?
> 2) Could the client confirm the name of the Polish supervisor? The list gives "{{p:Marek Dąbrowski}}" but a colleague of mine, {{p:Tomek}}, thinks it was {{p:Dąbrowski}}'s deputy, {{p:Grzegorz Lewandowski}}.
> Best regards,
> {{p:Katarzyna Wiśniewska}}
> adwokat
>
>> On Fri, 5 Jul 2019, {{p:Park Ji-won}} wrote:
>> 안녕하세요 변호사님 (Dear Counsel),
>> 저희 내담자 {{r:홍철우}} 씨는 2016년 {{u:그단스크}} 조선소 하청업체에서 용접공으로 일했습니다. 반장 {{r:연상길}}이 임금을 전부 받아 갔고, 한 달에 100달러 정도만 받았다고 합니다.
>> Our client {{r:Chol-u}} worked as a welder for a subcontractor at a shipyard in {{u:Gdańsk}} in 2016. He says {{r:Yon}} collected the wages and paid about 100 USD a month.
>> 같은 팀 동료 {{p:송일남}} 씨와 {{p:오경호}} 씨도 같은 조건이었다고 합니다. {{p:Song Il-nam}} sang in the dormitory every night; the client remembers the song but not the title.
>> Regards, {{p:Ji-won Park}}

---------- Forwarded message ----------
From: {{p:Tomasz Zieliński}}
To: {{p:Katarzyna Wiśniewska}}
Subject: Fwd: lista
{{p:Kasia}}, the worker list has {{r:HONG CHOL U}}, {{p:SONG IL NAM}}, {{p:O KYONG HO}} and {{r:YON SANG GIL}} under the agency in {{u:Gdynia}}. {{p:Dąbrowski}} signed it. The {{u:Państwowa Inspekcja Pracy}} report of 2017 mentions "Pan {{p:Lewandowski}}" by name only. Worth asking the {{u:Sąd Okręgowy w Gdańsku}} for the file? {{p:T.}}

Reply from {{p:박지원}} (10 Jul):
> 1) Yes. The client says "{{r:연}} 반장" and "{{r:Yon}}" are the same man. 연 (year) is a joke among them: "{{r:연}} 반장은 1년 내내 화가 나 있다".
> 2) The client says the Polish supervisor was "{{p:Marek}}", tall, and the deputy was "{{p:Grzegorz}}", who gave them coffee. He is not sure of surnames.
{{r:철우}} 씨가 직접 통화하고 싶어 합니다. {{p:Ji-won}}""",
    },
    {
        "id": "h36-en-04",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Kwang-il", "리광일", "witness", ["RI", "Kwang Il"]),
            ("Chu Yong-ho", "주영호", "supervisor", ["CHU Y.H.", "Chu Y.H."]),
        ],
        "note": "CSV export of a dormitory roster pasted as text, with quoted fields containing commas, surname and given name in separate columns, Hangul column, supervisor initials column, free-text notes; surnames that are English words (SO, AN, HAN, SONG, DO, MOON as spelled); sites in Russia public.",
        "text": """# export from shared sheet "obshchezhitie_2017" (NGO copy, cleaned; rows 8, 17, 20, 21 removed at the witness's request), UTF-8
# columns: no,surname,given,hangul,born,site,leader,notes
1,{{r:RI}},{{r:Kwang Il}},{{r:리광일}},1981,"{{u:Vladivostok}}, {{u:Russky Island}}",{{r:CHU Y.H.}},"witness; source of this list"
2,{{p:SO}},{{p:Myong Chol}},{{p:소명철}},1979,"{{u:Vladivostok}}, {{u:Russky Island}}",{{r:CHU Y.H.}},
3,{{p:AN}},{{p:Yong}},{{p:안용}},1990,"{{u:Vladivostok}}, {{u:Russky Island}}",{{r:CHU Y.H.}},"so young, first contract"
4,{{p:HAN}},{{p:Chol Su}},{{p:한철수}},1975,{{u:Artyom}},{{p:KYE S.}},
5,{{p:SONG}},{{p:Hak}},{{p:송학}},1984,{{u:Artyom}},{{p:KYE S.}},"sang, song leader at gatherings"
6,{{p:DO}},{{p:Kum Ryong}},{{p:도금룡}},1986,{{u:Artyom}},{{p:KYE S.}},"do not contact: family at risk"
7,{{p:MUN}},{{p:Il Nam}},{{p:문일남}},1977,{{u:Ussuriysk}},{{r:CHU Y.H.}},"spelled {{p:MOON}} in Russian permit"
9,{{p:CHOE}},{{p:Ung}},{{p:최웅}},1992,{{u:Ussuriysk}},{{r:CHU Y.H.}},"{{p:CHOI}} in contract"
10,{{p:KIM}},{{p:Yong Nam}},{{p:김용남}},1980,{{u:Nakhodka}},{{p:RYU T.}},
11,{{p:KIM}},{{p:Yong Nam}},{{p:김영남}},1988,{{u:Nakhodka}},{{p:RYU T.}},"same romanization as row 10, different person"
12,{{p:O}},{{p:Se Hyon}},{{p:오세현}},1985,{{u:Nakhodka}},{{p:RYU T.}},
13,{{p:HA}},{{p:Jin}},{{p:하진}},1991,{{u:Nakhodka}},{{p:RYU T.}},"injured 2017-06, sent home"
14,{{p:YU}},{{p:Kyong Su}},{{p:유경수}},1978,{{u:Khabarovsk}},{{p:RYU T.}},
15,{{p:JONG}},{{p:Ho}},{{p:정호}},1982,{{u:Khabarovsk}},{{p:RYU T.}},
16,{{p:KO}},{{p:Chol}},{{p:고철}},1984,{{u:Khabarovsk}},{{r:CHU Y.H.}},"nickname {{p:Bear}} / {{p:곰}}"
18,{{p:RIM}},{{p:Hyok}},{{p:림혁}},1989,{{u:Vladivostok}},{{r:CHU Y.H.}},"brother of row 19"
19,{{p:RIM}},{{p:Chol}},{{p:림철}},1987,{{u:Vladivostok}},{{r:CHU Y.H.}},
22,{{r:CHU}},{{r:Yong Ho}},{{r:주영호}},1970,ALL,,"team leader; holds passports"
23,{{p:KYE}},{{p:Sang Ho}},{{p:계상호}},1972,{{u:Artyom}},,"deputy leader, security"
# note by {{p:E.K.}}: rows 10/11 verified with witness {{r:Kwang Il}}; rows 4-6 from {{p:Han Chol-su}}'s sister, {{p:Han Kyong-ae}}. {{r:Chu Y.H.}} = {{r:Chu Yong-ho}}; {{p:Kye S.}} = {{p:Kye Sang-ho}}""",
    },
    {
        "id": "h36-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yang Mi-suk", "양미숙", "witness", ["미숙"]),
            ("Yang Kwang-chol", "양광철", "relative", ["광철"]),
        ],
        "note": "Korean church bulletin (주보) with order of worship, sermon summary on Joseph in Egypt, prayer requests and announcements; church titles 목사/장로/권사/집사/전도사 after names (name only labelled); biblical figures public; a fictional church left unmarked; witness's brother sent to Russia.",
        "text": """새빛교회 주보 · 2019년 11월 17일 (추수감사주일) · 제31권 46호

■ 주일 낮 예배 (오전 11시)
인도: {{p:박성훈}} 목사
찬송: 589장 「넓은 들에 익은 곡식」 ........ 다같이
기도: {{p:최동규}} 장로
성경 봉독: 창세기 45:1-8 ........ {{p:김은실}} 권사
찬양: 할렐루야 찬양대 (지휘 {{p:노진혁}} 집사, 반주 {{p:서하늘}})
설교: 「형들을 만난 {{u:요셉}}」 ........ {{p:박성훈}} 목사
축도: {{p:박성훈}} 목사

■ 설교 요약
{{u:요셉}}은 형들의 손에 팔려 {{u:애굽}}으로 내려갔습니다. 자기 뜻으로 간 길이 아니었습니다. 오늘도 자기 뜻과 상관없이 먼 땅으로 보내져 일하는 이들이 있습니다. 우리 교회 {{r:양미숙}} 자매님의 오빠 {{r:양광철}} 님도 지금 {{u:러시아}} 어딘가에서 일하고 있습니다. {{u:요셉}}이 {{u:바로}}의 궁에서 형들을 알아보았듯, 하나님께서 가족을 다시 만나게 하실 것을 믿습니다.

■ 기도 제목
1. {{r:미숙}} 자매님 가정: 오빠 {{r:광철}} 님의 건강과 소식. {{u:블라디보스토크}} 건설 현장에 있다가 2018년 이후 연락 끊김.
2. {{p:한영애}} 집사님: 모친 {{p:리순덕}} 님 수술 (다음 주 화요일, {{u:세브란스병원}})
3. 새가족 {{p:탁민규}}, {{p:탁수아}} 남매의 교회 정착
4. 북한이탈주민 청년부: {{p:명호}} 형제의 대학 입시, {{p:은정}} 자매의 취업
5. {{p:길현숙}} 전도사님의 {{u:몽골}} 단기선교 ({{u:울란바토르}}, 12월 2일~16일)

■ 교회 소식
- 추수감사 헌금 위원: {{p:정우진}} 집사, {{p:도미란}} 집사, {{p:문재석}} 집사. 명단은 게시판 참조. 문의는 {{p:도}} 집사님께.
- 통일 기도회: 수요일 저녁 7시 30분, 인도 {{p:안수연}} 간사. {{p:안}} 간사님께서 {{u:통일부}} 세미나 자료를 나눠 주십니다.
- 북한 해외노동자 관련 강의: 12월 1일 오후 2시, 강사 {{p:허정민}} 변호사. 장소 교육관 2층.
- 바자회 수익금은 {{u:대한적십자사}}를 통해 전달합니다.
- 생일: {{p:우미경}} 권사(11/18), {{p:함동진}} 청년(11/20), {{r:양}} 자매 ({{r:미숙}}, 11/21)

■ 섬기는 이
주방: {{p:곽정애}} 권사 외 3명 / 주차: {{p:배진우}} 집사 / 안내: {{p:염소희}}, {{p:소윤아}}
※ 다음 주 대표기도: {{p:봉태섭}} 장로""",
    },
    {
        "id": "h36-en-05",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Han Yong-gil", "한영길", "witness", ["Yong-gil"]),
            ("Sin Myong-chol", "신명철", "supervisor", ["Shin"]),
        ],
        "note": "Shipping agent's crew change notice for a fishing vessel at Port Louis, crew list by rank with DPRK, Indonesian, Filipino and Taiwanese crew; invented vessel and agency unmarked; airport named after a person, real airlines and ports public; surnames Han and Sin/Shin; a remark after the list.",
        "text": """CREW CHANGE NOTICE No. PL/19/0231
From: Port agency desk, {{u:Port Louis}}, {{u:Mauritius}}
To: Master, F/V Hai Feng 88 / Owners' rep. / {{u:Mauritius Ports Authority}} / Passport & Immigration Office
Attn: Capt. {{p:LIN Chih-wei}}
Date: 04 Sep 2019
Handled by: {{p:Priya Ramgoolam}} (ops), {{p:Jean-Marc Lagesse}} (duty agent)

Vessel ETA {{u:Port Louis}} 06 Sep 2019 0600LT, berth: fishing port, {{u:Trou Fanfaron}}.

OFF-SIGNERS (repatriation via {{u:Dubai}} and {{u:Beijing}})
1. Bosun   {{r:HAN YONG GIL}}        DPRK  PP 745******
2. AB      {{p:KANG CHOL NAM}}       DPRK  PP 745******
3. AB      {{p:RI SONG HO}}          DPRK  PP 745******
4. OS      {{p:PAEK JIN}}            DPRK  PP 745******
5. Oiler   {{p:SUPRIYADI}}           IDN   PP B27******
6. Cook    {{p:DELA CRUZ, RONALDO}}  PHL   PP P33******

ON-SIGNERS (arr. {{u:Sir Seewoosagur Ramgoolam International Airport}}, flight {{u:Emirates}} EK 703, 05 Sep)
1. Bosun   {{r:SIN MYONG CHOL}}      DPRK
2. AB      {{p:CHOE KWANG SU}}       DPRK
3. AB      {{p:YUN HAK}}             DPRK
4. Oiler   {{p:AGUS SETIAWAN}}       IDN
5. Cook    {{p:VILLANUEVA, JOEL}}    PHL

Hotel: 1 night, {{u:Caudan}} area, 5 rooms. Transport: {{p:Ravi}} (driver), mobile on file.

REMARKS
a) DPRK crew travel as a group. Group leader for off-signers: {{r:Han Yong-gil}}; for on-signers: {{r:Sin Myong-chol}} (written "{{r:Shin}}" on the owners' list; same person).
b) Owners' rep. Mr {{p:Chen}} asks that DPRK passports be handed to Bosun {{r:Sin}} only, not to crew individually. Agent notes this is not agency practice; refer to Capt. {{p:Lin}}.
c) Off-signer {{p:PAEK JIN}} reported a hand injury on 28 Aug. Master requests clinic visit before flight. Dr {{p:Ah-Kong}} ({{u:Victoria Hospital}}, {{u:Candos}}) on call.
d) AB {{p:Ri Song-ho}} asked the radio officer, {{p:Wu}}, whether he could telephone {{u:Pyongyang}}. Refused by Bosun {{r:Han}}.
e) Cook {{p:Joel}} replaces {{p:Ronaldo}}, whose contract ends. {{p:Dela Cruz}} to sign off with his wages settled in USD cash; DPRK crew wages paid "to group account" per owners.

[handwritten on agency copy:] {{p:Priya}} - the bosun {{r:Han}} looked very ill. Ask {{p:J-M}} to check at airport. Also {{p:Supriyadi}} says the DPRK crew were not paid for 11 months. Flag to {{u:ITF}} inspector {{p:Desiré}}? {{p:P.R.}}""",
    },
    {
        "id": "h36-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ryu Kwang-myong", "류광명", "witness", ["Kwang-myong", "Yu", "광명"]),
            ("Han Song-chol", "한성철", "supervisor", ["Han"]),
            ("So Myong-guk", "소명국", "coworker", ["So", "명국"]),
        ],
        "note": "Construction site accident report (Qatar) in English with Korean witness statements and translations; injured worker's surname Ryu/Yu/류/유; supervisor Han beside 한 (one) and 'Han'; coworker So as sentence-initial 'So' and 소 (cow); Indian, Egyptian, Nepali and Bangladeshi staff; real hospital, ministry and DPRK company public.",
        "text": """INCIDENT / ACCIDENT REPORT - FORM HSE-07
Project: residential towers, {{u:Lusail}}, {{u:Qatar}}
Report no.: LUS-2016-0419    Date of incident: 19 Apr 2016, approx. 14:20
Reported by: {{p:Sanjay Menon}}, HSE Officer
Subcontractor: DPRK formwork crew, supplied via {{u:GENCO}} ({{u:Korea General Corporation for External Construction}})

1. INJURED PERSON
Name: {{r:RYU KWANG MYONG}} (site ID card: "{{r:YU KWANG MYONG}}")
Trade: carpenter / formwork. Nationality: DPRK.
Injury: fall from 2nd-level scaffold (approx. 4.5 m). Suspected fracture L. leg, head laceration.

2. IMMEDIATE ACTION
First aid by {{p:Ramesh}} (first aider, Nepal). Ambulance called 14:31 by site engineer Eng. {{p:Mahmoud Fathy}}. DPRK crew leader {{r:Han Song-chol}} initially asked that the IP be taken to the crew's own clinic; refused by Eng. {{p:Mahmoud}}. IP taken to {{u:Hamad General Hospital}} 15:05.

3. WITNESS STATEMENTS
(a) {{r:So Myong-guk}}, carpenter, DPRK (interpreted by {{p:Kim Tae-yang}}, Korean engineer of the main contractor)
원문: "{{r:광명}}이가 발판 끝에서 거푸집을 잡고 있었습니다. 발판 고정핀이 하나 빠져 있었습니다. 한 번만 더 당기라고 {{r:한}} 반장이 소리쳤고, {{r:광명}}이가 당기다가 떨어졌습니다."
Translation: "{{r:Kwang-myong}} was holding the formwork at the end of the platform. One fixing pin was missing. Leader {{r:Han}} shouted to pull once more, and {{r:Kwang-myong}} fell while pulling."
Interpreter's note: "한 번" means "once"; "{{r:한}} 반장" is the leader's surname. The witness calls the IP by his given name.

(b) {{r:Han Song-chol}}, DPRK crew leader
원문: "{{r:류광명}} 동무가 부주의했습니다. 안전교육은 매일 합니다."
Translation: "Comrade {{r:Ryu Kwang-myong}} was careless. We do safety training every day."

(c) {{p:Md. Rafiqul Islam}}, scaffolder (Bangladesh)
"Korean leader {{r:Han}} say hurry hurry. Pin missing since morning. I tell {{p:Sanjay}} sir at 9."

4. ROOT CAUSE (preliminary)
Missing scaffold pin; production pressure. So far no toolbox talk record for the DPRK crew since March. {{r:So}} states that training is "talk about the plan".

5. FOLLOW-UP
- {{p:Sanjay Menon}} to notify {{u:Ministry of Administrative Development, Labour and Social Affairs}}.
- Project manager Mr {{p:Ahmed Al-Kuwari}} informed 16:10.
- Hospital contact: Dr {{p:Fatima Noor}}, orthopaedics.
- Leader {{r:Han}} asked twice for the IP's passport to be "returned to the crew". Passport is held by leader {{r:Han}} already; noted.

ADDENDUM 22 Apr 2016 ({{p:S.M.}}):
IP discharged to the DPRK camp at {{u:Al Wakrah}} against medical advice. {{r:명국}}이 ({{r:So}}) visited the site office and said "소처럼 일하다 소처럼 죽는다". Interpreter {{p:Kim}} translates: "we work like cattle and die like cattle". {{r:Yu}} not seen since. {{p:Mahmoud}} has asked {{p:Kim Tae-yang}} to try to contact {{r:So}}.""",
    },
    {
        "id": "h36-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Chol-jun", "김철준", "witness", ["Chol-jun"]),
            ("Yom Tae-gil", "염태길", "supervisor", ["Yom"]),
            ("Jang Song-hui", "장성희", "coworker", ["Song-hui"]),
        ],
        "note": "Emirati labour complaint and court filing (Dubai) in legal English with numbered claims, parties, exhibit list and witness list; fictional judge, lawyers, PRO and company staff private; invented company unmarked; real courts, ministry, free zone and places public; names in capitals in the caption.",
        "text": """IN THE {{u:DUBAI COURTS}} - COURT OF FIRST INSTANCE, LABOUR DIVISION
Labour Case No. [redacted]/2018
Referred by the {{u:Ministry of Human Resources and Emiratisation}}, complaint ref. MOHRE/DXB/18/*****

CLAIMANTS:
1. {{r:KIM CHOL JUN}}, DPRK national, formerly employed as mason
2. {{r:JANG SONG HUI}}, DPRK national, formerly employed as tiler
represented by Advocate {{p:Layla Haddad}}, with {{p:Omar Siddiqui}}, legal consultant

RESPONDENT:
A general contracting company registered in {{u:Dubai}} (licence on file), represented by its PRO, Mr {{p:Faisal Karim}}

Presiding Judge: Judge {{p:Khalid Al-Mansoori}}
Court interpreter (Korean/Arabic/English): Ms {{p:Eun-ju Ha}}

STATEMENT OF CLAIM

1. The First Claimant, Mr {{r:Kim Chol-jun}}, worked for the Respondent at sites in {{u:Al Quoz}} and {{u:Dubai Silicon Oasis}} from 3 February 2016 to 11 May 2018.

2. The Second Claimant, Mr {{r:Jang Song-hui}}, worked at the same sites from 3 February 2016 to 11 May 2018. (The interpreter notes that "{{r:Song-hui}}" is a man's name here.)

3. The Claimants were recruited in the DPRK and placed with the Respondent through a team leader, Mr {{r:Yom Tae-gil}}, who was not an employee of the Respondent. Mr {{r:Yom}} received all salaries in cash from the Respondent's site accountant, Mr {{p:Rajesh Pillai}}.

4. The Respondent's own payroll shows a monthly salary of AED 1,800 for each Claimant. The Claimants state that they each received approximately AED 150 per month from Mr {{r:Yom}}.

5. The passports of both Claimants were held by Mr {{r:Yom}} and, when he travelled, by a Mr {{p:Paek}} ("the deputy"). The Respondent's HR officer, Ms {{p:Grace Mendoza}}, confirmed by e-mail (Exhibit C-4) that the Respondent "had no objection" to this arrangement.

6. On 11 May 2018 the Claimants left their accommodation in {{u:Sonapur}} and presented themselves at a police station in {{u:Al Qusais}}, where Captain {{p:Hamad Al-Suwaidi}} took their statements.

CLAIMS: unpaid wages (AED 97,200 each), end-of-service gratuity, return air ticket, compensation for withholding of passports.

EXHIBITS
C-1 Payroll extracts (source: Mr {{p:Pillai}})
C-2 Photographs of the accommodation, taken by Mr {{r:Jang}}
C-3 Statement of co-worker Mr {{p:Ri Yong-chan}}
C-4 E-mail from Ms {{p:Mendoza}}
C-5 Medical note, Dr {{p:Sunil Varma}}, for Mr {{r:Kim}}'s back injury

WITNESSES PROPOSED
- Mr {{p:Ri Yong-chan}}, co-worker (now outside the UAE; video link requested)
- Mr {{p:Bilal Ahmed}}, security guard at the {{u:Sonapur}} camp
- Mr {{p:Rajesh Pillai}}, site accountant

Note of Advocate {{p:Haddad}} for the file (not filed): {{r:Chol-jun}} fears that {{r:Yom}} has reported him and {{r:Song-hui}} to the embassy in {{u:Abu Dhabi}}. {{p:Omar}} to check whether {{u:UNHCR}} can be informed. Judge {{p:Al-Mansoori}} has set the next hearing for 14 October. {{p:L.H.}}""",
    },
    {
        "id": "h36-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kye Sung-ho", "계승호", "witness", ["승호"]),
            ("Pyon Kwang-nam", "변광남", "supervisor", ["변"]),
            ("Ri Tok-su", "리덕수", "coworker", ["덕수", "덕"]),
        ],
        "note": "Worker's diary in Korean with dates in several formats (2017.3.4, 17/4/9, 2018-02-30 impossible date), short entries, names with particles and hypocoristic -이; surname 변 beside 변 (change/stool) and 변명; one-syllable nickname 덕; name at the very start of an entry and at the end of the document; Khabarovsk places.",
        "text": """[일기장 사본 일부. 원본 소지자 요청으로 가족 이름 일부 가림 없이 전사.]

2017.3.4
{{r:덕수}}가 오늘 처음 우리 방에 왔다. {{u:함흥}} 사람. 말이 많다. {{r:변}} 반장이 {{r:덕수}}를 나하고 같은 조에 넣었다.

2017.3.5
눈. 영하 26. 콘크리트 안 굳는다고 {{r:변광남}}이 화를 냈다. 날씨가 변한 걸 왜 우리한테 뭐라 하는지.

2017.3.9
{{p:봉철}}이 형이 아프다. {{p:봉철}}이 형은 열이 나는데 {{r:변}} 반장은 꾀병이라고 했다. {{r:덕}}이가 자기 약을 줬다.

17/4/9
일요일인데 일. {{u:하바롭스크}} 시내 아빠트 9층. {{p:세르게이}}라는 러시아 감독이 우리한테 담배를 줬다. {{r:변}}이 보고 뺏었다.

2017.4.15
태양절. 오전 쉬고 {{u:김일성}} 동상 사진 앞에서 충성의 노래. 오후 다시 일. {{r:덕수}}는 노래를 못해서 입만 벙긋.

2017.5.1
월급날이라는데 아무도 못 받았다. {{r:변광남}}이 "국가과제 먼저"라고 했다. 변명은 늘 같다.

2017.6.?
날짜 모르겠다. 며칠째 비. {{p:오명식}}이 떨어질 뻔했다. {{p:명식}}이는 그날 밤 울었다.

2017.7.27
전승절. 고기 나옴. {{p:곽}} 보위원이 와서 수첩 검사. 내 수첩은 이 일기가 아니라 학습장만 보여 줬다. {{r:덕}}이가 망을 봐 줬다.

2017.9.31
(9월은 30일까지다. 잘못 씀. {{r:덕수}}가 웃었다.)
{{p:갈랴}} 아주머니네 가게에서 {{r:덕수}}하고 빵을 샀다. 외상. {{r:변}} 반장한테 말하면 안 된다.

2017.12.31
한 해 끝. 집에 {{p:순옥}}이, {{p:경남}}이 생각. {{p:경남}}이는 이제 여덟 살.

2018.1.15
{{r:변}} 반장이 {{u:평양}}에 간다. 대신 {{p:하성민}}이 반장 대리. {{p:하}} 반장 대리는 사람이 낫다.

2018-02-30
(이 날짜도 없다. 그냥 쓴다. 요즘 날짜가 다 같다.)
{{r:덕수}}가 밤에 나한테 "{{r:승호}}야, 넌 집에 가면 뭐 할래" 했다. 나는 모르겠다고 했다.

2018.3.3
{{r:변광남}} 돌아옴. {{p:하성민}}은 다시 평조원.

2018.5.20
{{r:덕수}}가 없다. 아침 점호에 없었다. {{r:변}} 반장이 우리 방 전원 불러서 물었다. 나는 모른다고 했다. 진짜 모른다. {{p:곽}} 보위원이 {{u:블라디보스토크}}에서 왔다.

2018.5.21
{{r:리덕수}}는 조국을 배신한 놈이라고 {{r:변}}이 총화에서 말했다. 다들 고개 숙였다. {{p:봉철}}이 형만 안 숙였다.

2018.6.6
{{p:세르게이}} 감독이 조용히 나한테 "{{r:Токсу}} ок" 라고 했다. 무슨 뜻인지 모르겠다. 괜찮다는 뜻이면 좋겠다.

2018.8.15
나도 간다. 이 일기는 {{p:갈랴}} 아주머니한테 맡긴다. {{r:계승호}}""",
    },
    {
        "id": "h36-mixed-05",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jon Chol-ho", "전철호", "witness", ["Chol-ho", "철호"]),
            ("Kwon Ung-il", "권웅일", "supervisor", ["Kwon"]),
        ],
        "note": "Mongolian coal mine shift roster in Mongolian Cyrillic with Korean and English annotations; Mongolian workers by given name and patronymic initial; DPRK workers in Hangul and romanization; shift codes A/B/C; surname 전 beside 전 (before/electric); real mining town, province and capital public.",
        "text": """ЭЭЛЖИЙН ХУВААРЬ / 교대 근무표 / SHIFT ROSTER
Уурхай: underground section 2, {{u:Налайх}} ({{u:Nalaikh}}), {{u:Улаанбаатар}}
Сар: 2018 оны 11-р сар    Зохиосон: ээлжийн мастер {{p:Б. Ганбаатар}}
A = 07:00-15:00, B = 15:00-23:00, C = 23:00-07:00, - = амралт (rest)

№ | Нэр / 이름 | 1-7 | 8-14 | 15-21 | 22-30
1 | {{p:Ганбаатар Б.}} (мастер) | A | A | B | B
2 | {{p:Энхбаяр Д.}} | A | B | C | -
3 | {{p:Мөнх-Эрдэнэ С.}} | B | C | - | A
4 | {{p:Отгонбаяр Ц.}} | C | - | A | B
5 | {{p:Сүхбат Ж.}} | - | A | B | C
6 | {{r:권웅일}} {{r:Kwon Ung Il}} (солонгос бригадир) | A | A | A | A
7 | {{r:전철호}} {{r:Jon Chol Ho}} | C | C | C | C
8 | {{p:맹철}} {{p:Maeng Chol}} | C | C | C | C
9 | {{p:방학수}} {{p:Pang Hak Su}} | C | C | C | C
10 | {{p:탁영일}} {{p:Thak Yong Il}} | C | C | C | C
11 | {{p:엄광호}} {{p:Om Kwang Ho}} | B | B | B | B
12 | {{p:피명수}} {{p:Phi Myong Su}} | B | B | B | B

Тайлбар (notes):
- Солонгос ажилчид амралтгүй. Бригадир {{r:Квон}} хэлсэн. (The Korean workers take no rest day; brigadier {{r:Kwon}} said so.)
- 11/14: {{p:Пан}} ({{p:방학수}}) гараа гэмтээсэн, {{p:Энхбаяр}} эмнэлэг руу авч явсан.

[NGO annotation, {{p:Nomin}} / {{p:Jae-hee}}, 2019]
- Roster photographed by W ({{r:Jon Chol-ho}}) in the brigade room. W says the Korean rows were filled in by {{r:Kwon}} himself; the Mongolian master {{p:Ganbaatar}} only signed.
- "전에는 A 근무도 했는데 {{r:권}} 반장이 우리 조를 다 C로 돌렸어요. 전기도 자주 나갔어요." ({{r:철호}})
- W on {{p:Maeng Chol}}: "{{p:맹철}}이는 동생 같았어요." On {{p:Pang}}: the injury on 14 Nov is real; {{p:Энхбаяр}} ({{p:Enkhbayar}}) drove him to a hospital in {{u:Ulaanbaatar}} in his own car and {{r:Kwon}} docked {{p:Pang}}'s food ration for three days.
- {{p:Om Kwang-ho}} was the brigade's "guide" (security). W: "{{p:엄}}이 있으면 말 안 해요."
- W heard the Korean brigade was contracted through a company in {{u:Erdenet}}; no name known.
- {{p:Sükhbat}} ({{p:Сүхбат}}) and {{p:Otgonbayar}} later told {{p:Nomin}} that {{r:Chol-ho}} was the hardest worker on C shift. {{r:JON CHOL HO}}""",
    },
    {
        "id": "h36-en-07",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ok Myong-sun", "옥명순", "witness", ["Myong-sun"]),
            ("Cha Kum-hui", "차금희", "supervisor", ["Cha"]),
        ],
        "note": "Czech employment agency's worker list for a sewing plant, with Czech staff names with diacritics, DPRK women workers in capitals with dates and permit numbers, handwritten margin notes; surnames Ok and Cha beside 'OK' and 'cha(i)'; real Czech towns, ministry and labour office public.",
        "text": """PERSONÁLNÍ AGENTURA - SEZNAM PRACOVNÍKŮ / WORKER LIST (copy for client)
Client: sewing plant, {{u:Náchod}} district
Contact at client: Ing. {{p:Jaroslava Horáková}}
Agency coordinator: {{p:Petr Dvořák}}   Prepared: 12. 4. 2006
Permits issued by: {{u:Úřad práce Náchod}}

No. | Surname | Given name | DOB | Permit | Line
1 | {{r:CHA}} | {{r:KUM HUI}} | 1961 | P-06-0113 | group leader
2 | {{r:OK}} | {{r:MYONG SUN}} | 1979 | P-06-0114 | line 1
3 | {{p:PAK}} | {{p:SUN HUI}} | 1980 | P-06-0115 | line 1
4 | {{p:RI}} | {{p:HYANG}} | 1983 | P-06-0116 | line 1
5 | {{p:KIM}} | {{p:OK RAN}} | 1978 | P-06-0117 | line 2
6 | {{p:CHOE}} | {{p:UN JONG}} | 1982 | P-06-0118 | line 2
7 | {{p:HWANG}} | {{p:MI OK}} | 1977 | P-06-0119 | line 2
8 | {{p:SO}} | {{p:YONG AE}} | 1984 | P-06-0120 | line 3
9 | {{p:AN}} | {{p:SUN}} | 1981 | P-06-0121 | line 3
10 | {{p:KANG}} | {{p:CHUN HWA}} | 1976 | P-06-0122 | line 3
11 | {{p:PAEK}} | {{p:SOL}} | 1985 | P-06-0123 | packing
12 | {{p:HAM}} | {{p:JONG NYO}} | 1974 | P-06-0124 | packing

Notes (agency):
- All 12 workers housed in the hostel at {{u:Hronov}}. Group leader {{r:Cha Kum-hui}} holds the documents (per DPRK side).
- Salaries paid into one account in the name of {{r:Cha}}. Mr {{p:Dvořák}} has asked Ing. {{p:Horáková}} to confirm this is OK with the {{u:Ministerstvo práce a sociálních věcí}}.
- Interpreter: Mgr. {{p:Lucie Nováková}} (Korean), Tuesdays only.

[Handwritten in margin, in Czech, translated:]
"{{p:Petr}} - paní {{r:Cha}} says no overtime pay, 'it is OK'. Worker no. 2 ({{r:Ok}}) came to me crying. Ask {{p:Lucie}}. {{p:J.H.}}"
"No. 9 ({{p:An Sun}}) sick 3 days, {{r:Cha}} would not let her see Dr {{p:Novotný}} in {{u:Hronov}}. - {{p:L.N.}}"

[NGO note, 2019, interview with {{r:Ok Myong-sun}} in {{u:Seoul}}:]
{{r:Myong-sun}} confirms the list. She says "{{r:차}} 조장" kept their pay and that the Czech women at the plant, especially "{{p:Jarka}}" ({{p:Jaroslava}}) and the interpreter "{{p:Lucie}}", tried to help. {{p:Paek Sol}} (no. 11) was the youngest; {{p:Sol}} cried every night for her mother. {{p:Ri Hyang}} later married a Czech man, per rumour. {{r:Ok}} herself left in 2007 via {{u:Prague}}. Asked about {{p:Hwang Mi-ok}}, she said "{{p:미옥}}이 언니는 돌아갔어요" and that she has had no news of her since.""",
    },
    {
        "id": "h36-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Sol-hwa", "김설화", "witness", ["雪花", "설화", "Snow"]),
            ("Ri Chun-ok", "리춘옥", "supervisor", ["李春玉", "춘옥"]),
        ],
        "note": "WeChat group chat of a karaoke bar (KTV) in Shenyang in Chinese with Korean messages, stickers and emoji; waitresses by stage names (雪花, 明珠) and as 小金; Chinese forms of address 阿明, 小金, 王哥, 王总, 赵总 labelled whole, the bare title 老板 (boss) left unmarked; DPRK manager in Hanja and Hangul; real city, district and restaurant chain not used.",
        "text": """[微信群聊天记录 截图转文字 / screenshot transcription by NGO, 2019-10]
群名：KTV 3号包厢 订房群 (8人)

2018-07-14 20:02 {{p:阿明}}：今晚3号包厢 8点半 6个人 老规矩 🍺
2018-07-14 20:03 {{p:王哥}}：收到 @{{p:阿明}} 要朝鲜妹妹唱歌吗
2018-07-14 20:05 {{p:阿明}}：要 {{r:雪花}}和{{p:明珠}} 🎤🎤
2018-07-14 20:06 {{r:李春玉}}：好的。{{r:雪花}}今晚在。{{p:明珠}}请假。换{{p:小金}}
2018-07-14 20:06 {{p:王哥}}：哪个{{p:小金}} 😂 你们那边都姓金
2018-07-14 20:07 {{r:李春玉}}：{{p:金银花}}。唱得好
2018-07-14 20:07 {{p:阿明}}：👍👍
2018-07-14 23:40 {{p:王哥}}：{{r:雪花}}唱的《阿里郎》太好听了 😭
2018-07-14 23:41 老板：谢谢{{p:王总}}捧场 🙏 下次再来
2018-07-15 00:12 {{p:阿明}}：{{r:春玉}}姐 {{r:雪花}}可以加微信吗
2018-07-15 00:13 {{r:李春玉}}：不可以。规定。
2018-07-15 00:13 {{p:阿明}}：😅

2018-09-09 19:30 {{r:李春玉}}：今天朝鲜国庆节，店里休息。明天正常营业。
2018-09-09 19:31 老板：@{{p:阿明}} @{{p:王哥}} 明天8折

2018-11-02 22:15 {{p:小马}}：3号包厢有人吗 {{p:赵总}}要过来
2018-11-02 22:16 老板：有人。5号吧
2018-11-02 22:16 {{p:小马}}：{{r:雪花}}在吗
2018-11-02 22:20 {{r:李春玉}}：{{r:雪花}}不舒服
2018-11-02 22:21 {{p:小马}}：那{{p:明珠}}
2018-11-02 22:21 {{r:李春玉}}：好

[NGO notes, in Korean and English]
- 증언자 {{r:김설화}}는 {{u:선양}} {{u:시타}} 거리 KTV에서 2016~2018년 일함. 예명 "{{r:雪花}}"({{r:설화}}, {{r:Snow}}). Her real name also means snowflower, so the stage name was only her own name in Chinese reading.
- "{{r:李春玉}}" = {{r:리춘옥}}, 지배인. {{r:설화}}는 "{{r:춘옥}} 동지" 또는 "지배인 동지"라고 부름. The group chat account was {{r:Ri Chun-ok}}'s own phone; workers had no phones.
- "{{p:明珠}}" = {{p:최명주}}, "{{p:小金}}/{{p:金银花}}" = {{p:김은화}}. Both still in {{u:China}} as of 2019 per W.
- "老板" is the Chinese owner, surname {{p:朴}} (a Korean-Chinese), W calls him {{p:박}} 사장. "{{p:阿明}}" and "{{p:王哥}}" were regular customers; "{{p:赵总}}" a businessman. W: "{{p:왕}} 사장은 팁을 많이 줬는데 {{r:춘옥}} 동지가 다 가져갔어요."
- W sang "Arirang" that night. 그날 {{p:阿明}}이 위챗을 물어봤고, 그 뒤로 {{r:리춘옥}}이 {{r:설화}}를 한 달 동안 홀에 못 나가게 했다고 함. {{r:Sol-hwa}}""",
    },
    {
        "id": "h36-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pak Yong-nam", "박영남", "witness", ["Yong-nam", "Park Young-nam"]),
            ("Kang Hyong-sop", "강형섭", "supervisor", []),
        ],
        "note": "Insurance claim for a work accident in Malta: claim form fields, employer's declaration, loss adjuster's notes and a medical report; Maltese, Serbian and Italian private persons; witness romanized Pak and Park; real hospital, towns, regulators and insurer-type bodies public only when real; invented employer and insurer unmarked.",
        "text": """EMPLOYERS' LIABILITY - CLAIM NOTIFICATION FORM
Policy holder: construction subcontractor, {{u:Mosta}}, {{u:Malta}} (policy no. EL-2017-****)
Claim ref.: CL/17/04412

SECTION A - INJURED EMPLOYEE
Surname: {{r:PAK}}   Forename(s): {{r:YONG NAM}}
Nationality: Korean (DPRK)   Date of birth: 14/02/1982
Occupation: labourer   Start date: 03/2016
Address: workers' accommodation, {{u:Żebbuġ}}

SECTION B - ACCIDENT
Date/time: 22/08/2017, approx. 10:45
Place: private villa site, {{u:Swieqi}}
Description (employer): "Employee lost footing on wet steps while carrying blocks and fell approx. 2m. Supervisor Mr {{r:KANG}} was present."
Witnesses: {{r:Kang Hyong-sop}} (DPRK group supervisor); {{p:Dragan Petrović}} (site foreman)

SECTION C - MEDICAL
Taken to {{u:Mater Dei Hospital}}, {{u:Msida}}. Treating doctor: Dr {{p:Claire Camilleri}}. Diagnosis: fracture of right wrist (distal radius), contusions.

SECTION D - EMPLOYER'S DECLARATION
Signed: {{p:Joseph Borg}}, Director. Date 25/08/2017.

--- LOSS ADJUSTER'S FILE NOTES ({{p:M. Grech}}) ---
29/08 Visited site. Foreman {{p:Petrović}} says steps had no handrail. Mr {{p:Borg}} says handrail was "ordered".
29/08 Attempted to interview the claimant. Mr {{r:Kang}} insisted on being present and answered for him. Claimant said only "yes" and "sorry". Interpreter not available.
04/09 Spoke to Dr {{p:Camilleri}} by phone. Claimant discharged 24/08 "to his supervisor".
11/09 Call from Fr. {{p:Paul Azzopardi}}, parish priest in {{u:Żebbuġ}}, who says the DPRK workers do not receive their wages themselves and that Mr {{r:Pak}} has been working one-handed since 28/08. Referred to {{u:Department of Industrial and Employment Relations}}? To discuss with {{p:Ms Falzon}} (claims manager).
15/09 Second visit with interpreter {{p:Kim Ye-rin}} (student, {{u:University of Malta}}). Claimant gave name as {{r:Pak Yong-nam}}; his ID card reads "{{r:PARK YOUNG NAM}}". {{r:Kang}} again present. Claimant confirmed he has not been paid since June. Mr {{r:Kang}} said wages are "sent to the family". Claimant asked {{p:Ye-rin}} in Korean whether {{u:Malta}} is close to {{u:Korea}}.
20/09 Employer informs us that Mr {{r:Pak}} and two colleagues, {{p:Ri Chol}} and {{p:Sin Kwang-hyok}}, have "returned home". Benefit payment cannot be made. {{p:Giulia Ferrante}} (Italian co-worker, tiler) telephoned to say {{r:Yong-nam}} was driven to the airport by Mr {{r:Kang}} with his arm still in plaster.
22/09 File to {{p:Ms Falzon}}. Recommend referral to the Police ({{u:Malta Police Force}}) re withholding of wages. {{p:M.G.}}""",
    },
    {
        "id": "h36-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ho Chang-sik", "허창식", "witness", ["許昌植", "Heo Chang-sik", "HO CHANG SIK"]),
            ("Ri Sun-hwa", "리순화", "relative", ["李順花", "Lee Soon-hwa"]),
        ],
        "note": "Broker's remittance ledger with the same senders and recipients in Hanja, Hangul and two romanizations, Chinese and Korean column heads, fee arithmetic; names separated by slashes and 、; Korean-Chinese brokers 老崔 and 小韩 labelled whole; real cities on both sides of the border public.",
        "text": """[장부 사본 / 汇款账本 복사본, 2017년분 일부. NGO 전사 및 대조표 첨부]

日期 | 汇款人 / 보낸 사람 | 收款人 / 받는 사람 | 金额(元) | 手续费 | 备注
2017.01.20 | {{r:許昌植}} | {{r:李順花}} | 3000 | 900 | {{u:惠山}}
2017.02.18 | {{p:金英男}}/{{p:김영남}} | {{p:朴貞淑}} | 2000 | 600 | {{u:会寧}}
2017.03.21 | {{r:許昌植}} | {{r:李順花}} | 3000 | 900 | {{p:老崔}}经手
2017.03.21 | {{p:崔光日}}、{{p:崔光月}} | {{p:韓玉女}} | 5000 | 1500 | 兄弟两人
2017.04.30 | {{p:姜哲}} | {{p:姜明淑}} | 1500 | 450 | {{p:小韩}}经手
2017.05.19 | {{r:許昌植}} | {{r:李順花}} | 2500 | 750 |
2017.06.22 | {{p:文成浩}} | {{p:文小蘭}} | 1000 | 300 | 退回
2017.07.20 | {{r:許昌植}} | {{r:李順花}} | 3000 | 900 | {{u:惠山}}

[NGO 대조표 / concordance]
한자 | 한글 | 북한식 로마자 | 남한식 로마자 | 비고
{{r:許昌植}} | {{r:허창식}} | {{r:Ho Chang-sik}} | {{r:Heo Chang-sik}} | 증언자. {{u:러시아}} {{u:사할린}} 건설 현장
{{r:李順花}} | {{r:리순화}} | {{r:Ri Sun-hwa}} | {{r:Lee Soon-hwa}} | 증언자의 처, {{u:혜산}} 거주
{{p:金英男}} | {{p:김영남}} | {{p:Kim Yong-nam}} | {{p:Kim Young-nam}} | 같은 현장
{{p:朴貞淑}} | {{p:박정숙}} | {{p:Pak Jong-suk}} | {{p:Park Jeong-suk}} | {{p:김영남}}의 어머니
{{p:崔光日}} / {{p:崔光月}} | {{p:최광일}} / {{p:최광월}} | {{p:Choe Kwang-il}} / {{p:Choe Kwang-wol}} | {{p:Choi}} 형제 |
{{p:韓玉女}} | {{p:한옥녀}} | {{p:Han Ok-nyo}} | {{p:Han Ok-nyeo}} | {{p:최}}씨 형제의 어머니
{{p:姜哲}} | {{p:강철}} | {{p:Kang Chol}} | {{p:Kang Cheol}} | 이름이 쇠(鋼鐵)라는 낱말과 같음
{{p:文成浩}} | {{p:문성호}} | {{p:Mun Song-ho}} | {{p:Moon Seong-ho}} | 송금 반송됨

비고:
1. 중개인 "{{p:老崔}}"({{p:라오추이}})는 {{u:长白}} 쪽, "{{p:小韩}}"은 그 조카. 증언자 {{r:허창식}}은 {{p:老崔}}를 "{{p:최}} 선생"이라고 부름.
2. 수수료 30%. {{r:창식}} 씨에 따르면 {{r:순화}}가 실제로 받은 돈은 장부 금액의 절반 정도.
3. 06.22 {{p:文成浩}} 건은 "退回"(반송). 증언자: "{{p:성호}}는 그 달에 {{u:유즈노사할린스크}}에서 다쳐서 돌아갔다."
4. {{r:HO CHANG SIK}}은 2018년 {{u:한국}} 입국. 처 {{r:Lee Soon-hwa}}와는 {{p:老崔}}를 통해 한 번 통화.""",
    },
    {
        "id": "h36-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Sok Yong-jin", "석영진", "witness", ["Yong-jin", "Seok"]),
            ("Tak Chang-gyu", "탁창규", "supervisor", ["Tak"]),
        ],
        "note": "Court interpreter's private notes from a UK asylum appeal hearing: shorthand (A, HOPO, IJ, Q/A), interpreter's term queries, Korean words kept in the notes; witness surname Sok/Seok; supervisor Tak beside 'tak' sound; fictional judge, presenting officer and counsel private; real tribunal, ministry and places public.",
        "text": """INTERPRETER'S NOTES - not part of the record
Hearing: {{u:First-tier Tribunal (Immigration and Asylum Chamber)}}, {{u:Taylor House}}, {{u:London}}
Appeal no. PA/*****/2019   Date: 17 Oct 2019
IJ: Judge {{p:R. Whitcombe}}   HOPO: Mr {{p:D. Okafor}}   A's counsel: Ms {{p:H. Lindqvist}}, instr. by {{p:Gareth Pryce}}
A: {{r:SOK Yong-jin}} (writes {{r:석영진}}; HO papers "{{r:SEOK YONG JIN}}")
Interpreter: me ({{p:N.K.}}), Korean. Checked A understands me - yes, though he says my accent is "from {{u:Seoul}}".

10:08 IJ intro. A confirms name. Spelling: A prefers {{r:Sok}}. IJ: "We'll use Mr {{r:Sok}}."
10:15 Counsel Q: where worked? A: {{u:Russia}}, {{u:Tynda}}, {{u:Amur}} region, logging, 2011-2014. Then construction in {{u:Moscow}} region 2015-2017.
10:22 Q: who supervised? A: "{{r:탁창규}}". Spelled for IJ: T-A-K. {{r:Tak}}. A adds: "탁 하고 치면 다들 일어났다" = when he banged (tak!) everybody got up. I interpreted as "when he struck the table". Flagged onomatopoeia to IJ.
10:31 HOPO XX: inconsistency in dates - screening interview says 2012. A: interviewer wrote wrong. A mentions interviewer "Miss {{p:Patel}}" by name. IJ: noted.
10:40 A on co-worker: "{{p:Kwak Song-min}}, we called him {{p:Song-min}}, or just {{p:Kwak}}." Later in evidence A says "{{p:성민}}이가" - rendered as "{{p:Song-min}}".
10:52 A becomes upset describing death of co-worker "{{p:Ri Tae-jin}}" in 2013 (tree fall). A says {{r:Tak}} made them bury {{p:Tae-jin}} near the camp; no doctor. IJ offers break. A declines.
11:05 HOPO: why not claim in {{u:Poland}}/{{u:Germany}} en route? A: did not know. Says driver "{{p:Lech}}" brought him across. Also a Korean pastor in {{u:Berlin}}, "Pastor {{p:Jeong}}" - he does not know given name.
11:20 Term query: A used "보위지도원" - I rendered "security instructor". Counsel asked for a gloss: political security officer attached to the group. A names him "{{p:Chang}}" - not to be confused with {{r:Chang-gyu}} ({{r:Tak}}). IJ asked me to confirm these are two different people. A: yes. {{p:Chang}} = {{p:장}}, {{r:Chang-gyu}} = {{r:창규}}.
11:35 A says his wife "{{p:Om Kyong-hui}}" and son "{{p:Sok Jin-hyok}}" remain in {{u:Chongjin}}. Son is called "{{p:Hyok}}" at home.
11:48 Re-exam. A confirms he was sent via the "{{u:Korea General Corporation for External Construction}}". HOPO objects - speculation. IJ: note.
12:05 IJ reserves decision.

Own notes after hearing:
- Check spelling "{{p:Kwak}}" vs "{{p:Gwak}}" for the written record; counsel {{p:Lindqvist}} asked.
- {{p:Pryce}} asked whether I knew a Mr {{p:Yeom}} from the {{u:Embassy of the Republic of Korea}} in {{u:London}} - I do not.
- Claim fee sheet to {{p:Tanya}} in bookings.
- Mr {{r:Sok}} thanked me on the stairs. Told him I cannot talk with him. {{r:Yong-jin}} said "알아요, 감사합니다". {{p:N.K.}}""",
    },
    {
        "id": "h36-ko-06",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Mo Kyong-chol", "모경철", "witness", ["경철"]),
            ("Kwak Yong-sam", "곽용삼", "supervisor", ["곽"]),
        ],
        "note": "Korean-Chinese contractor's site work log (작업일지) in Korean with weather, headcount and material lines; DPRK crew leader and workers, Chinese and Russian staff; surname 모 beside 모 (all/seedling) and 모레; real Russian and Chinese cities, companies and border crossings public; mixed line endings.",
        "text": """작업일지 (현장: {{u:블라디보스토크}} {{u:루스키섬}} 기숙사동 내장공사)
작성: 현장대리 {{p:최춘길}} (연변, {{u:연길}} 출신)
※ NGO 제공본. 원문 한국어, 일부 러시아어 메모.

2017.10.02 (월) 맑음, 6°C
- 투입: 북측 미장팀 14명 (팀장 {{r:곽용삼}}), 러시아 전기공 3명 ({{p:안드레이}}, {{p:코스차}}, {{p:일리야}}), 중국 목수 5명 (반장 {{p:老于}})
- 작업: 3층 미장, 4층 천장틀
- 특이: {{r:곽}} 팀장이 인원 대장 제출 거부. "모두 14명"이라고만 함. 모 아니면 도.
- 자재: 석고보드 {{u:크나우프}} 120장 입고

2017.10.03 (화) 비
- 3층 미장 중단 (습도). {{r:곽용삼}}이 북측 인원을 지하 배관 청소로 돌림.
- 북측 {{r:모경철}} 손 베임. {{p:일리야}}가 붕대 감아 줌. {{r:곽}} 팀장은 모레까지 일하라고 함.

2017.10.05 (목) 흐림
- 발주처 감독 {{p:Смирнов В. П.}} 방문. {{p:스미르노프}} 감독: 북측 인원 야간작업 금지 통보.
- {{r:곽}} 팀장 답: "우리는 야간작업 안 합니다." (실제로는 함 — {{p:코스차}} 증언)
- {{u:나홋카}} 현장에서 북측 인원 2명 추가 합류: {{p:길상철}}, {{p:도명일}}.

2017.10.09 (월) 맑음
- {{p:老于}} 반장과 {{r:곽용삼}} 말다툼. 원인: 북측이 중국팀 공구 사용. 내가 중재. {{p:老于}}는 {{p:于}} 사장(본명 {{p:于建华}})의 친척.
- {{r:경철}}이 (북측, {{r:모}}씨) 손 상태 나빠짐. {{u:태평양국립의과대학}} 병원 진료 요청 → {{r:곽}} 거부.

2017.10.12 (목) 눈 조금
- 회사 본사 ({{u:선양}}) {{p:김영훈}} 부장 방문. 공정 지연 문책.
- {{p:김}} 부장에게 북측 노임 지급 방식 문의. 답: "{{u:릉라도무역회사}} 쪽과 직접 정산, 현장은 모른다."

2017.10.16 (월) 맑음
- 북측 {{p:도명일}} 결근. {{r:곽}} 팀장: "아프다." {{p:일리야}} 말로는 전날 밤 {{r:곽}}에게 맞았다고 함. 확인 불가.
- 점심 때 {{r:모경철}}이 나한테 몰래 "{{u:한국}} 가는 길이 있냐"고 물었다. 대답 못 함.

2017.10.20 (금) 맑음
- 3층 미장 완료. 4층 착수.
- {{p:길상철}}, {{p:도명일}} {{u:나홋카}}로 복귀.
- 저녁 {{p:안드레이}} 생일, 러시아팀 회식. 북측은 불참 ({{r:곽}} 지시).

[NGO 메모] 작성자 {{p:최춘길}}은 2019년 {{u:서울}}에서 인터뷰. 일지 속 {{r:경철}} = 증언자 {{r:모경철}}과 동일인 확인. "모 아니면 도"는 윷놀이 말이지 사람 이름 아님.""",
    },
    {
        "id": "h36-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Hyang-mi", "최향미", "witness", ["Hyang-mi"]),
            ("Pak Chol-min", "박철민", "relative", ["Chol-min"]),
        ],
        "note": "NGO hotline volunteer's call log in English with timestamps and shorthand; the caller's brother written with a zero-width space inside the surname (pasted from a web form) and plain; fullwidth-letter name from a Chinese form; callers by initials; Song/Moon/An as words; real hotlines, agencies and places public.",
        "text": """HOTLINE CALL LOG - week 32/2019 (volunteer: {{p:Lauren Becker}})

Mon 05/08 14:10 | inbound | KR landline | 11 min
Caller: F, gave name {{r:Choe Hyang-mi}}. Calling about her brother {{r:Pa\u200bk Chol-min}} (name copied from her web form; she says it is {{r:Pak Chol-min}}, half-brother, different father). Brother in {{u:Russia}} since 2016, last contact 2018 via a trader in {{u:Hunchun}}. Asked if we can find him. Explained limits. She will send photo.
Action: case file opened; pass to {{p:Sun-young}} (Korean speaker) for callback.

Mon 05/08 16:45 | inbound | +86 | 3 min, dropped
Male voice, Korean, said only "{{p:Kim}}" and "{{u:Yanji}}". Line dropped. No callback number.

Tue 06/08 09:30 | outbound | callback to {{r:Hyang-mi}} by {{p:Sun-young Lim}}
{{r:Hyang-mi}} says her brother worked for "{{u:Mansudae}}"? Not sure. Then says no, construction in {{u:Vladivostok}}. Trader was "Uncle {{p:Song}}" - a Korean-Chinese man she calls {{p:Song}}. She does not know his given name.
She also named a co-worker of her brother: {{p:Moon Kwang-su}}, who came to {{u:Seoul}} in 2018 and "is on TV sometimes". {{p:Sun-young}} thinks she may mean {{p:Mun Kwang-su}}, who has spoken at our events. Will check, with consent.
Action: {{p:S.L.}} to ask {{p:Mun}} if he knew {{r:Chol-min}}.

Tue 06/08 15:20 | inbound | KR mobile | 24 min
Caller: M, {{p:K.J.H.}}, former worker, {{u:Kuwait}} 2014-16. Wants to give testimony. Mentions team leader "{{p:An}}" - an honest man, he says, "an exception". Gives the name of the minder as {{p:Ri Myong-sik}}, "{{p:Ri}} the guide".
Action: referral to {{u:Korea Hana Foundation}} for counselling; interview to be scheduled by {{p:David Osei}}.

Wed 07/08 11:00 | inbound | email forwarded to log
Form submission from "{{p:ＰＡＫ ＳＵＮ ＨＵＩ}}" (fullwidth letters - typed on a Chinese phone). Says she is {{r:Chol-min}}'s cousin in {{u:Shenyang}} and has an address. {{r:Hyang-mi}} had mentioned a cousin "{{p:순희}}". Likely the same person: {{p:Pak Sun-hui}}.
Action: do NOT reply from main account. {{p:Lauren}} to discuss with {{p:Dae-ho}} (safety).

Thu 08/08 10:15 | outbound | {{p:Sun-young Lim}} to {{p:Mun Kwang-su}}
{{p:Mun}} remembers a "{{p:Chol-min}}" in {{u:Vladivostok}}, different surname. Probably not our {{r:Chol-min}}. {{p:Mun}} suggests asking {{p:Han Jong-su}}, who was team leader there. {{p:Han}} left the group in 2018.

Fri 09/08 17:50 | inbound | KR landline | 6 min
{{r:Choe Hyang-mi}}, upset. Received a call from an unknown man asking about her "brother in {{u:Russia}}". She gave no information. Advised her to report to police ({{u:Korean National Police Agency}} 112) and to the {{u:Ministry of Unification}} hotline if repeated.
Action: escalate to {{p:Dae-ho Yoon}}. Flag possible leak from the {{u:Shenyang}} contact. {{p:L.B.}}""",
    },
    {
        "id": "h36-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Rim Chol-ung", "림철웅", "witness", ["철웅", "곰"]),
            ("Sin Ok-gyong", "신옥경", "coworker", ["옥경"]),
        ],
        "note": "KakaoTalk chat export between two defectors in Seoul about former co-workers in a Kuwait construction crew; chat names as sender labels; nickname 곰 for the witness beside the animal and a 곰탕 restaurant; 신 beside 신발/신난다; 옥 beside 감옥; hypocoristic -이 and vocative -아; real Seoul districts and Kuwait places public.",
        "text": """카카오톡 대화 내보내기 · {{r:곰}}, {{r:옥경}}
저장한 날짜 : 2020-02-11 23:04

--------------- 2020년 2월 11일 화요일 ---------------
[{{r:옥경}}] [오후 9:02] {{r:철웅}}오빠 뭐해
[{{r:곰}}] [오후 9:03] 곰탕 먹고 있다 ㅋㅋ {{u:신림}}
[{{r:옥경}}] [오후 9:03] {{r:곰}}이 곰탕 먹네ㅋㅋㅋㅋ
[{{r:곰}}] [오후 9:05] {{r:옥경}}아 너 {{p:태혁}}이 소식 들었냐
[{{r:옥경}}] [오후 9:05] 무슨 소식
[{{r:곰}}] [오후 9:07] {{p:태혁}}이 {{u:쿠웨이트}}에서 나왔대. {{p:정남}}이 형이 그러던데
[{{r:옥경}}] [오후 9:07] 헐 진짜?? {{p:도태혁}}??
[{{r:곰}}] [오후 9:08] ㅇㅇ 지금 {{u:태국}}이래
[{{r:옥경}}] [오후 9:09] 와 신난다 ㅠㅠ 근데 {{p:김}} 반장은
[{{r:곰}}] [오후 9:10] {{p:김강혁}}이는 아직 거기 있겠지 뭐. 그 인간은 거기서 뼈를 묻을 놈이야
[{{r:옥경}}] [오후 9:11] {{p:강혁}}이 반장 얘기하니까 또 화나네. 나 {{u:쿠웨이트시티}} 식당에 있을 때 그 사람이 우리 월급 다 가져갔잖아
[{{r:곰}}] [오후 9:12] 알지. 너네 식당 {{p:함}} 지배인이랑 짝짜꿍이었잖아
[{{r:옥경}}] [오후 9:13] {{p:함정란}} 언니 ㅋㅋ 그 언니도 불쌍해. 위에서 시키니까
[{{r:곰}}] [오후 9:14] 그건 그렇고 {{p:태혁}}이 {{u:한국}} 오면 같이 밥 먹자. {{p:정남}}이 형도 부르고
[{{r:옥경}}] [오후 9:14] 좋아 내가 {{u:강남}}에서 쏨 ㅎㅎ
[{{r:옥경}}] [오후 9:15] 아 근데 오빠 그 {{p:량}}씨 아저씨 기억나? 현장 용접하던
[{{r:곰}}] [오후 9:16] {{p:량명수}}? 감옥 간 사람?
[{{r:옥경}}] [오후 9:16] 감옥 아니고 돌아갔다던데. 감옥인지 뭔지 모르지만
[{{r:곰}}] [오후 9:18] {{p:명수}} 아저씨 좋은 사람이었는데. 신발 없을 때 자기 신발 줬어
[{{r:옥경}}] [오후 9:19] ㅠㅠ
[{{r:곰}}] [오후 9:20] 아 그리고 다음주 목요일 인터뷰 있다. 그 단체에서. {{p:하윤정}} 선생이라고
[{{r:옥경}}] [오후 9:21] 나도 그 선생 알아. {{p:윤정}} 쌤 좋아
[{{r:옥경}}] [오후 9:21] 오빠 이름 말해도 돼?
[{{r:곰}}] [오후 9:22] 내 이름은 {{r:림철웅}}인데 뭐 어때. 근데 {{p:태혁}}이 이름은 빼
[{{r:옥경}}] [오후 9:22] ㅇㅋ
[{{r:옥경}}] [오후 9:23] 사진을 보냈습니다.
[{{r:곰}}] [오후 9:24] ㅋㅋㅋ 이거 {{u:아흐마디}} 숙소 앞이네. 옆에 {{p:은철}}이 있다
[{{r:옥경}}] [오후 9:25] 맞아 {{p:방은철}}. 걔는 아직 {{u:쿠웨이트}}
[{{r:곰}}] [오후 9:26] {{r:신옥경}} 이런 사진 아직도 갖고 있냐 지워라
[{{r:옥경}}] [오후 9:26] 싫어 ㅋㅋ 잘자 {{r:곰돌이}}
[{{r:곰}}] [오후 9:27] 너도 자라 {{r:옥경}}아""",
    },
    {
        "id": "h36-mixed-08",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Song Yong-chan", "송영찬", "witness", ["Yong-chan", "영찬"]),
            ("Mun Tae-hun", "문태훈", "supervisor", ["Moon Tae-hoon"]),
        ],
        "note": "SRT subtitle file of a filmed interview: Korean speech lines with English subtitle lines, numbered cues and timestamps; the witness named Song beside the word song and 노래; supervisor Mun/Moon beside 문 (door); interviewer and crew in credits; Chinese fishing-port and Uruguayan port public.",
        "text": """1
00:00:01,000 --> 00:00:04,200
[인터뷰 / Interview: {{r:송영찬}} {{r:Song Yong-chan}}, 2019.11, {{u:서울}}]

2
00:00:05,100 --> 00:00:09,800
제 이름은 {{r:송영찬}}입니다. 2014년부터 원양어선을 탔습니다.
My name is {{r:Song Yong-chan}}. I worked on fishing boats from 2014.

3
00:00:10,200 --> 00:00:15,500
배는 중국 배였고요, {{u:저우산}}에서 출항해서 {{u:몬테비데오}}까지 갔어요.
The boat was Chinese. It sailed from {{u:Zhoushan}} to {{u:Montevideo}}.

4
00:00:16,000 --> 00:00:21,300
우리 북한 선원이 열한 명, 반장은 {{r:문태훈}}이라는 사람이었어요.
There were eleven of us from the North. The leader was a man called {{r:Mun Tae-hun}}.

5
00:00:21,800 --> 00:00:26,000
{{r:문}} 반장은 선실 문을 밖에서 잠갔어요. 밤마다.
Leader {{r:Mun}} locked the cabin door from outside. Every night.

6
00:00:26,500 --> 00:00:31,900
중국 선장은 {{p:赵}} 선장, {{p:자오}} 선장이라고 불렀어요. 선장은 우리한테 관심 없었어요.
The Chinese captain, Captain {{p:Zhao}}, did not care about us.

7
00:00:32,400 --> 00:00:38,000
제일 친했던 건 {{p:지광호}}. {{p:광호}}는 노래를 잘했어요. 갑판에서 노래하면 다 조용해졌어요.
My closest friend was {{p:Ji Kwang-ho}}. {{p:Kwang-ho}} sang well. When he sang a song on deck, everyone fell quiet.

8
00:00:38,500 --> 00:00:43,100
그 노래 때문에 {{r:문태훈}}한테 많이 맞았어요. 남조선 노래라고.
He was beaten by {{r:Mun}} for that song, because it was a southern song.

9
00:00:43,600 --> 00:00:49,000
필리핀 선원 {{p:Arnel}}, 그 사람이 우리한테 영어를 가르쳐 줬어요. "Song" 이 노래라는 말이라고.
A Filipino crewman, {{p:Arnel}}, taught us English. He said "song" is the word for a song.

10
00:00:49,500 --> 00:00:54,000
그래서 다들 저를 "{{r:Song}}"이라고 불렀어요. 노래 못하는 {{r:송}}.
So everyone called me "{{r:Song}}". The {{r:Song}} who cannot sing.

11
00:00:54,500 --> 00:01:00,200
2017년 {{u:몬테비데오}} 항에서 {{p:광호}}가 먼저 배에서 내렸어요. 다시 안 돌아왔어요.
In 2017, in the port of {{u:Montevideo}}, {{p:Kwang-ho}} went ashore first. He did not come back.

12
00:01:00,700 --> 00:01:05,300
그 다음 항차에 저도 내렸어요. {{p:Arnel}}하고 우루과이 신부님 Padre {{p:Ignacio}}가 도와줬어요.
On the next voyage I went ashore too. {{p:Arnel}} and a Uruguayan priest helped me.

13
00:01:05,800 --> 00:01:09,000
[Interviewer {{p:Claire Dubois}}: 지금 {{p:광호}} 씨 소식은요? / Do you know where {{p:Kwang-ho}} is?]

14
00:01:09,500 --> 00:01:13,000
몰라요. {{u:우루과이}}에 있으면 좋겠어요.
I don't know. I hope he is in {{u:Uruguay}}.

15
00:01:13,500 --> 00:01:18,000
[END. Camera: {{p:Jae-won Seo}} · Subtitles: {{p:Min-ha Kwon}} · Translation check: {{r:Yong-chan}} (the speaker)]""",
    },
    {
        "id": "h36-en-11",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kil Su-bong", "길수봉", "witness", ["Su-bong"]),
            ("Ho Kwang-u", "허광우", "supervisor", ["Ho"]),
        ],
        "note": "Site diary kept by a Namibian project clerk at a monument-building site near Windhoek with DPRK artists and labourers; real monuments, ministry, company and places public; Namibian, Owambo and Herero private names; supervisor surname Ho beside 'ho' and 'Ho Chi Minh'; witness's one-syllable nickname 'Bong'.",
        "text": """SITE DIARY - monument works, outskirts of {{u:Windhoek}} ({{u:Namibia}})
Kept by: {{p:Ndapewa Shikongo}}, project clerk
Contractor: {{u:Mansudae Overseas Project Group of Companies}}
Client liaison: Mr {{p:Tjikuua}} (ministry, referred to as "the Colonel" by everyone)

Mon 4 Mar 2013
Crew today: 22 Koreans, 9 Namibian labourers. Korean chief: Mr {{r:Ho Kwang-u}}. Interpreter: Comrade {{p:Pak}}, who speaks some English and no Afrikaans. Namibian foreman: {{p:Petrus Nghifindaka}}.
Weather hot. Casting of bronze relief panels continues. Mr {{r:Ho}} asks again for more water tanks.

Tue 5 Mar
Visit by photographer from {{u:The Namibian}} turned away by Mr {{r:Ho}}. {{p:Petrus}} says he has seen the same monuments style at {{u:Heroes' Acre}} and the {{u:Independence Memorial Museum}}, also by this company.
One Korean worker, {{r:Kil Su-bong}}, cut his arm on the mould. I drove him to the clinic in {{u:Katutura}}. Nurse {{p:Helena Kambonde}} stitched it. He did not want to give his name; wrote "{{r:KIL}}" only. The Koreans call him "{{r:Bong}}".

Thu 7 Mar
Mr {{r:Ho}} and {{p:Pak}} argue in Korean all morning. {{p:Petrus}} jokes "ho ho ho" when Mr {{r:Ho}} shouts. Mr {{r:Ho}} did not laugh.
Korean worker {{p:Yun Chol}} told {{p:Petrus}} in bad English that they are paid "no money, only food". Asked {{p:Petrus}} not to repeat it.

Mon 11 Mar
The Colonel visited with two men from the {{u:Ministry of Defence}}. They inspected the relief of {{u:Sam Nujoma}}. Mr {{r:Ho}} presented the Colonel with a painting.
Labourer {{p:Kaarina Amutenya}} (Namibian) complains the Koreans work through lunch and the Namibians are blamed for being slow.

Wed 13 Mar
{{r:Su-bong}} back at work with arm in a sling. Mr {{r:Ho}} made him carry buckets one-handed. {{p:Petrus}} took the bucket away from him. {{r:Bong}} said "thank you, brother" in English. First time I heard him speak.

Fri 15 Mar
Mr {{p:Kavari}} (Herero elder, visiting his nephew {{p:Uazuva}} on the crew) asked why the Koreans never go to town. {{p:Pak}} said "they prefer". {{p:Petrus}} did not believe it. Neither do I.

Mon 18 Mar
Three Korean workers sent home today: {{r:Kil Su-bong}}, {{p:Yun Chol}}, {{p:Ri Man-gil}}. Mr {{r:Ho}} says their contracts finished. {{p:Yun}} had told me his contract was three years and he had done eight months. {{r:Su-bong}} gave {{p:Petrus}} his gloves.

[Added 2019 by NGO: the witness {{r:Kil Su-bong}} confirmed this diary to us in {{u:Seoul}}. He remembers "{{p:Petrus}}" and "the lady clerk", {{p:Ndapewa}}. He was punished in {{u:Pyongyang}} for the injury; Mr {{r:Ho}} reported it as carelessness.]""",
    },
    {
        "id": "h36-ko-08",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Bang Myong-hui", "방명희", "witness", ["명희"]),
            ("Bang Sung-chol", "방승철", "relative", ["승철"]),
        ],
        "note": "Korean radio script for a broadcast to North Korea reading listeners' letters: host and guest names with titles, letter writers by given name or surname only, a song request; real broadcasters, places and public figures neutral only; surname 방 beside 방 (room) and 방송.",
        "text": """[{{u:KBS 한민족방송}} 「보고 싶은 얼굴」 원고 · 2019년 5월 8일 방송분 · 진행 {{p:오수진}} 아나운서, 초대 손님 {{p:남궁현}} 변호사]

(시그널 음악)

{{p:오수진}}: 어버이날입니다. 오늘도 {{u:평양}}, {{u:함흥}}, {{u:청진}}, 그리고 {{u:러시아}}와 {{u:중국}} 어딘가에서 이 방송을 들으실 여러분께 인사드립니다. 진행에 {{p:오수진}}입니다. 오늘은 {{p:남궁현}} 변호사님 모셨습니다.

{{p:남궁현}}: 안녕하십니까. {{p:남궁현}}입니다.

{{p:오수진}}: 첫 번째 사연입니다. {{u:서울}}에 사시는 {{r:방명희}} 님이 보내 주셨어요. 방송에서 이름을 밝혀도 된다고 하셨습니다.

(사연 낭독) "저는 {{r:방명희}}입니다. 제 동생 {{r:방승철}}은 2016년 {{u:러시아}} {{u:하바롭스크}}로 건설 일을 하러 갔습니다. {{r:승철}}아, 누나다. 이 방송을 듣고 있다면 방 안에서 몰래라도 들어 다오. 엄마 {{p:최금순}}은 작년 겨울에 돌아가셨다. 엄마가 마지막까지 {{r:승철}}이 이름을 불렀다. {{r:승철}}이 너는 꼭 살아서 나와라. 누나 {{r:명희}}가."

{{p:오수진}}: ……. {{p:남궁현}} 변호사님, 해외 파견 노동자들이 이런 방송을 들을 수 있을까요?

{{p:남궁현}}: 현장에 따라 다릅니다. 방 하나에 열 명 넘게 자는 숙소가 많고, 라디오는 반장이 관리하는 경우가 많습니다. 그래도 러시아 현장에서 몰래 들었다는 증언은 꽤 있습니다. {{u:유엔}} {{u:안전보장이사회}} 결의로 2019년 말까지 송환하게 되어 있지만 여전히 남아 있는 사람들이 있다고 합니다.

{{p:오수진}}: 두 번째 사연. {{u:경기도}} {{u:안산}}의 "{{p:철}}이 엄마"라는 분이세요. 이름은 밝히지 말아 달라고 하셨습니다.

(사연 낭독) "남편이 {{u:쿠웨이트}}에 간 지 7년입니다. 남편 성은 {{p:길}}가입니다. 같이 간 {{p:성}} 반장님, 혹시 이 방송을 들으시면 우리 {{p:철}}이 아버지 소식 좀 알려 주세요."

{{p:오수진}}: 두 분 사연 보내 주신 분께 {{p:남궁현}} 변호사님이 한 말씀 해 주시죠.

{{p:남궁현}}: 가족을 찾는 일은 {{u:대한적십자사}} 이산가족 창구와 {{u:통일부}}에 문의하실 수 있습니다. {{r:명희}} 님, 힘내십시오.

{{p:오수진}}: 신청곡은 {{r:방명희}} 님이 고르신 「어머니의 노래」입니다. {{r:승철}} 씨, 그리고 먼 곳에 계신 모든 분들께 보냅니다.

(음악)

[편집자 메모: 작가 {{p:함소영}}, PD {{p:유재성}}. 두 번째 사연자 남편 성씨 표기 재확인 요망.]""",
    },
    {
        "id": "h36-mixed-09",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Yong-ok", "김용옥", "witness", ["金龍玉", "용옥", "小金"]),
            ("Cha Myong-sil", "차명실", "supervisor", ["車明實"]),
        ],
        "note": "Seafood processing plant staff roster in Chinese from Donggang with DPRK women in Hanja, fullwidth Latin romanization typed on a Chinese input method and Hangul; Chinese managers 老周, 小李, 周经理; several women nicknamed 小金; NGO comments in Korean and English; real city, port and province public.",
        "text": """{{u:东港}}市 水产加工厂 — 朝鲜籍员工名单 (2018年3月)
厂长：{{p:周德明}}（{{p:老周}}）  车间主任：{{p:李红梅}}  翻译：{{p:小李}}（{{p:李成浩}}，朝鲜族）

序号 | 姓名 | 拼音/罗马字 | 车间 | 宿舍
1 | {{r:車明實}} | {{r:ＣＨＡ ＭＹＯＮＧ ＳＩＬ}} | 管理（带队） | A-101
2 | {{r:金龍玉}} | {{r:ＫＩＭ ＹＯＮＧ ＯＫ}} | 剥虾 | A-102
3 | {{p:金善姬}} | {{p:ＫＩＭ ＳＯＮ ＨＵＩ}} | 剥虾 | A-102
4 | {{p:金玉花}} | {{p:ＫＩＭ ＯＫ ＨＷＡ}} | 剥虾 | A-102
5 | {{p:朴恩英}} | {{p:ＰＡＫ ＵＮ ＹＯＮＧ}} | 鱼片 | A-103
6 | {{p:崔香}} | {{p:ＣＨＯＥ ＨＹＡＮＧ}} | 鱼片 | A-103
7 | {{p:韓雪}} | {{p:ＨＡＮ ＳＯＬ}} | 冷库 | A-104
8 | {{p:吳秀貞}} | {{p:Ｏ ＳＵ ＪＯＮＧ}} | 冷库 | A-104

备注：1号{{r:車明實}}统一管理护照和工资。{{p:老周}}同意。{{p:李主任}}不同意，{{p:周经理}}说"朝鲜那边的规矩"。
备注2：2、3、4号都叫"{{p:小金}}"，车间分别叫大{{p:小金}}、二{{p:小金}}、三{{p:小金}}。

[NGO 메모]
- 증언자 {{r:김용옥}} (2번, "{{r:金龍玉}}"). 공장에서는 "큰 {{r:小金}}"으로 불림. 로마자는 중국어 입력기로 쳐서 전각 글자로 되어 있음.
- 1번 "{{r:車明實}}" = {{r:차명실}}, 여성 책임자. 증언자는 "{{r:차}} 책임자 동지"라고 부름.
- {{p:老周}} = {{p:周德明}} 공장장. "{{p:周}} 사장"이라고도 함. {{p:小李}}는 조선족 통역 {{p:이성호}}.
- {{p:李红梅}} 주임은 증언자에게 몰래 휴대폰을 빌려 준 사람. "{{p:홍매}} 언니".
- 7번 {{p:韓雪}}({{p:한설}})은 2018년 여름 냉동창고에서 동상. {{r:차명실}}이 {{u:단둥}} 병원 이송을 막았다고 함.
- The witness says "{{p:Ｏ ＳＵ ＪＯＮＧ}}" is {{p:오수정}}, who was sent back to {{u:Sinuiju}} in 2019 after the plant was inspected by {{u:Liaoning}} officials.
- Port: {{u:Dandong Port}}. W saw {{u:Sinuiju}} from the {{u:Yalu River}} bank on days off, with {{p:은영}} ({{p:朴恩英}}). {{r:Yong-ok}}""",
    },
    {
        "id": "h36-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Na Kyong-su", "나경수", "witness", ["경수"]),
            ("U Chang-min", "우창민", "supervisor", ["우"]),
        ],
        "note": "NGO case-conference minutes in Korean with agenda items, attendees with job titles, decisions and action owners; witness surname 나 beside the pronoun 나; supervisor surname 우 beside 우 (right) and 우리; many real agencies, ministries and places public; staff names with 팀장/간사/변호사.",
        "text": """사례회의 회의록 (제2019-17차)
일시: 2019. 9. 24.(화) 14:00~15:40 / 장소: 본부 3층 회의실
참석: {{p:조은비}} 사무국장, {{p:강태민}} 팀장(법률), {{p:서윤아}} 간사(상담), {{p:이도현}} 변호사(자문), {{p:탁지호}} 간사(기록)
불참: {{p:정민우}} 팀장 (해외 출장, {{u:울란바토르}})

1. 사례 OW-2019-052 (증언자 {{r:나경수}}, 남, 1983년생)
- 경과: 2015~2018년 {{u:러시아}} {{u:연해주}} {{u:우수리스크}} 건설 현장. 2018년 {{u:블라디보스토크}}에서 이탈, {{u:중국}}·{{u:라오스}}·{{u:태국}} 경유 2019년 3월 입국. {{u:하나원}} 수료 후 {{u:인천}} 거주.
- 상담 내용 ({{p:서윤아}} 간사): 작업반장 {{r:우창민}}이 임금 전액을 관리. 증언자는 "{{r:우}} 반장이 우리 돈으로 {{u:평양}}에 집을 샀다"고 말함. 나는 그 말이 과장일 수 있다고 봄(간사 의견).
- 증언자는 "{{r:경수}}"라고 불리기를 원함. 보고서에는 가명 "K"로 표기.
- 같은 현장 동료 {{p:피영남}}, {{p:옥철}}의 이름이 나옴. {{p:옥철}}은 2017년 사고로 사망했다고 함. 보위지도원은 "{{p:맹}} 지도원".

2. 논의
- {{p:강태민}} 팀장: {{u:유엔}} 인권최고대표사무소({{u:OHCHR}}) 서울사무소에 자료 제공 여부. 증언자 동의서 필요.
- {{p:이도현}} 변호사: 국내 법원 손해배상 청구는 실익 낮음. {{u:국가인권위원회}} 진정도 관할 문제.
- {{p:조은비}} 국장: {{u:국제노동기구}}({{u:ILO}}) 강제노동 협약 관련 보고서에 사례로 포함 검토.
- {{p:서윤아}} 간사: 증언자 가족(모친 {{p:김복순}}, 여동생 {{p:나경희}})이 {{u:회령}}에 있어 신변 위험 우려. 이름은 내부 기록에만.

3. 결정 사항
- 가. 증언 녹취록 2차 검수: {{p:탁지호}} 간사 (10/4까지)
- 나. {{u:OHCHR}} 제공용 요약본 작성: {{p:강태민}} 팀장
- 다. {{u:통일부}} 북한인권기록센터 기록 이관 여부는 증언자와 재상담 후 결정: {{p:서윤아}} 간사
- 라. {{r:우창민}} 관련 정보는 다른 증언(OW-2018-031, 증언자 {{p:H.M.S.}})과 대조: {{p:이도현}} 변호사

4. 기타
- {{p:정민우}} 팀장 출장 보고는 다음 회의로.
- 다음 회의: 10. 8.(화) 14:00

기록: {{p:탁지호}} / 확인: {{p:조은비}}""",
    },
    {
        "id": "h36-en-12",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yun Chol-nam", "윤철남", "witness", ["Chol-nam"]),
            ("Pak Kyong-hui", "박경희", "coworker", ["Kyong-hui"]),
        ],
        "note": "Route reconstruction and detention list for escapees passing through China, Laos and Thailand: itinerary with real cities, river, border posts, detention centre and agencies public; fellow escapees by initials, given names and full names; a broker known only as 'Brother Two'; a Lao driver and Thai officers private.",
        "text": """ROUTE RECONSTRUCTION - case OW-2019-061 (witness {{r:Yun Chol-nam}})
Compiled by {{p:Hannah Cho}} from two interviews and the {{u:Bangkok}} detention list.

Leg 1. {{u:Vladivostok}} - {{u:Ussuriysk}} by car (driver: "{{p:Kolya}}", Russian). Crossing into {{u:China}} at {{u:Suifenhe}} with a borrowed Chinese ID. Broker on the Chinese side known only as "{{p:Brother Two}}" ({{p:二哥}}).
Leg 2. {{u:Suifenhe}} - {{u:Harbin}} - {{u:Kunming}} by train, 3 days. Travelled with {{r:Pak Kyong-hui}} (F, former restaurant worker from {{u:Ningbo}}) and a teenage boy, {{p:Ryong}}, whose surname {{r:Chol-nam}} never learned.
Leg 3. {{u:Kunming}} - {{u:Mengla}} by bus. Crossed into {{u:Laos}} on foot at night near {{u:Boten}}. Guide: a Lao-speaking Akha man, {{p:Ajoe}}.
Leg 4. {{u:Luang Namtha}} - {{u:Huay Xai}} by minivan (driver {{p:Somchai}}, not to be confused with the Thai officer of the same name, below). Boat across the {{u:Mekong}} to {{u:Chiang Saen}}.
Leg 5. Arrested by Thai police near {{u:Chiang Rai}}; officer {{p:Somchai Boonmee}} wrote the names. Transferred to the {{u:Immigration Detention Center}} in {{u:Suan Phlu}}, {{u:Bangkok}}.

DETENTION LIST (copy, 14 Jun 2019, names as written by Thai staff)
1. {{r:YOON CHUL NAM}} - M - "{{u:North Korea}}"
2. {{r:PARK KYUNG HEE}} - F - "{{u:North Korea}}"
3. {{p:RYONG}} - M - "{{u:North Korea}}" (minor)
4. {{p:LEE SOON OK}} - F - "{{u:North Korea}}"
5. {{p:CHOI JIN}} - M - "{{u:North Korea}}"
6. {{p:NGUYEN VAN T.}} - M - {{u:Vietnam}} (unrelated)

Notes
- {{r:Chol-nam}} says {{p:Lee Soon-ok}} (4) is really {{p:Ri Sun-ok}}, a woman from {{u:Hyesan}}, and {{p:Choi Jin}} (5) is {{p:Choe Jin}}, "{{p:Jin}}" for short. The Thai staff used southern spellings.
- {{r:Kyong-hui}} was separated from the group on 20 June and flown out first; {{r:Chol-nam}} last saw her at the IDC gate.
- The group was visited by Mr {{p:Lim}} from the {{u:Embassy of the Republic of Korea}} in {{u:Bangkok}} and by {{u:UNHCR}}. A Thai volunteer, {{p:Noi}}, brought clothes.
- {{r:Yun}} reached {{u:Incheon International Airport}} on 29 July 2019. {{p:Ryong}}'s whereabouts unknown to us; {{r:YOON CHUL NAM}} asked us to try.""",
    },
    {
        "id": "h36-mixed-10",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Hyon Tae-sop", "현태섭", "witness", ["태섭", "Хён Тэ Соп"]),
            ("Ji Myong-guk", "지명국", "supervisor", ["Дзи", "지"]),
        ],
        "note": "Russian classified advert and WhatsApp exchange between a Russian site manager and a Koryo-saram broker offering a DPRK brigade, with the witness's Korean annotations; Russian names with patronymics and diminutives; supervisor surname 지 beside 지금/지도; Cyrillic renderings of Korean names; real cities and a federal migration body public.",
        "text": """[Скриншоты, предоставлены свидетелем. Перевод и пометки на корейском.]

=== Объявление, сайт объявлений, {{u:Хабаровск}}, март 2017 ===
"Бригада отделочников (КНДР), 15 чел., опыт, без выходных, недорого. Жильё своё. Звонить {{p:Виктору Сергеевичу}}."

=== WhatsApp: {{p:Олег Прорабыч}} ↔ {{p:Виктор Пак}} ===
{{p:Олег}}: Добрый день, {{p:Виктор Сергеевич}}. По объявлению. Нужна бригада на объект в {{u:Комсомольск-на-Амуре}}.
{{p:Виктор}}: Здравствуйте, {{p:Олег}}. Бригада есть. Старший у них {{r:Дзи}}, {{r:Дзи Мен Гук}}. По-русски немного говорит.
{{p:Олег}}: Документы? Патенты? {{u:ФМС}} проверяет.
{{p:Виктор}}: Всё есть. Оплата через меня, наличными, им на руки не давать. Так {{r:Дзи}} просит.
{{p:Олег}}: Понял. А этот, который в прошлый раз ногу сломал, {{p:Хван}}, тоже будет?
{{p:Виктор}}: {{p:Хвана}} отправили домой. Будет новый, {{r:Хён}}. Молодой.
{{p:Олег}}: Ладно. Пусть {{r:Дзи}} позвонит {{p:Саше}}, это мой мастер. {{p:Александр Игоревич}}.

[증언자 메모 / 한국어]
- "{{r:Хён}}"이 나다. {{r:현태섭}}. 러시아 사람들은 "{{r:Хён Тэ Соп}}"이라고 썼다.
- "{{r:Дзи Мен Гук}}" = {{r:지명국}} 반장. 지금도 그 이름만 들으면 속이 뒤집힌다. {{r:지}} 반장은 러시아 말을 조금 했고, 그래서 {{p:빅토르}}와 직접 돈 얘기를 했다.
- {{p:Виктор Пак}}는 고려인 {{p:박 빅토르}}. 우리말은 못했다. 할아버지가 {{u:함경도}} 출신이라고 했다.
- "{{p:Хван}}"은 {{p:황명호}}. 2016년에 다리 부러지고 돌아갔다. 그 뒤 소식 없음.
- 마스터 "{{p:Саша}}"({{p:알렉산드르}})는 좋은 사람. 점심에 우리한테 빵을 줬다. {{r:지}} 반장 몰래.
- "без выходных" = 쉬는 날 없음. 진짜 그랬다. {{u:콤소몰스크나아무레}} 현장에서 1년 동안 쉰 날은 네 번. 4월 15일, 9월 9일, 10월 10일, 그리고 {{p:황}}씨 송별하는 날.

[NGO: {{r:Tae-sop}}'s notes verified against the phone. {{u:Khabarovsk}} ad still online in 2019 under another name. {{p:Viktor Pak}} not contacted.]""",
    },
    {
        "id": "h36-ko-10",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ho Sun-gil", "허순길", "witness", ["순길"]),
            ("Kwak Chol-su", "곽철수", "supervisor", []),
        ],
        "note": "Brigade attendance board and ration list in Korean, names listed with 、, / and commas, some given names alone and some full; counts and marks (○ × △); surname 허 beside 허락 and 허리; supervisor 곽철수 with a particle; name as the last token of the document; Qatar places public.",
        "text": """출근부 겸 배급표 (2015년 8월, {{u:카타르}} {{u:도하}} {{u:알와크라}} 숙소 3동)
작성: 작업반장 {{r:곽철수}} / 보관: 반장 사물함
표기: ○ 출근, × 결근, △ 반일

1조: {{r:허순길}}、{{p:모명호}}、{{p:차일}}、{{p:석용남}}、{{p:방춘식}}
2조: {{p:표광진}}/{{p:태영철}}/{{p:란성호}}/{{p:우혁}}
3조: {{p:남궁철}}, {{p:제갈명수}}, {{p:선우경일}}, {{p:황보진}}

8/1 전원 ○
8/2 전원 ○
8/3 {{p:차일}} × (고열), 나머지 ○
8/4 {{p:차일}} △, {{p:우혁}} × — 허리 부상
8/5 {{p:우혁}} ×, {{r:순길}} △ (허락 없이 의무실 감)
8/6 전원 ○ (체육의 날 취소)
8/7~8/13 전원 ○
8/14 {{p:란성호}} × — 반장 허락, 본국 전화
8/15 오전 행사 (조국해방의 날), 오후 ○

배급 (1인/주): 쌀 3.5kg, 라면 5봉, 식용유 0.5L
※ {{p:모명호}}、{{p:방춘식}} 담배 배급 없음 (벌칙)
※ {{p:남궁철}}은 요리 담당이라 2조 배급에서 뺌

반장 메모 ({{r:곽철수}}):
- {{r:허순길}}이 말이 많다. 주의.
- {{p:제갈명수}}, {{p:선우경일}} 두 사람은 {{u:함흥}} 같은 직장 출신. 같이 두지 말 것.
- 보위원 {{p:태}} 동지가 8/20 점검 예정.

[NGO 주석] 이 표는 증언자 {{r:순길}} 씨가 휴대폰으로 찍어 둔 것. 2조 "{{p:우혁}}"은 성이 {{p:우}}, 이름이 {{p:혁}}. 3조는 모두 두 글자 성씨라 반장이 따로 묶었다고 함. 증언자는 8/5 "허락 없이" 의무실에 갔다는 이유로 그 주 배급의 절반을 받지 못했다. 사진 속 3조 마지막 이름은 {{p:황보진}}""",
    },
    {
        "id": "h36-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jong Kum-song", "정금성", "witness", ["Kum-song", "Jung"]),
        ],
        "note": "News wire-style report on overseas DPRK workers: real heads of state and bodies mentioned only as such and neutrally, quotations only from fictional persons (witness under a pseudonym, NGO staff, a fictional analyst and a fictional company spokesperson, all private); many real places, bodies and resolutions public; ordinary words beside names (moonlight, a pseudonymous Song and his brother).",
        "text": """{{u:SEOUL}}, Dec 20 - Thousands of North Korean workers remain abroad despite a {{u:United Nations}} deadline that falls on Sunday, according to former labourers and researchers, with many believed to have shifted to student or trainee visas in {{u:Russia}} and {{u:China}}.

{{u:UN Security Council}} resolution 2397, adopted in December 2017 after a missile launch, required member states to send home all North Korean nationals earning income in their territories within 24 months.

"Nothing changed on our site," said a former construction worker who gave his name as {{r:Jong Kum-song}}, 41, and who left a site near {{u:Moscow}} this year. {{r:Jong}}, who now lives in {{u:Seoul}}, said his brigade leader, a man he identified only by the surname {{p:Ryom}}, told workers in the autumn that they would stay "until the work is done".

{{r:Kum-song}}'s account could not be independently verified. He said {{p:Ryom}} collected wages from a Russian subcontractor and kept passports in a locked cabinet, practices described by other former workers interviewed by human rights groups.

{{u:Russia}} told the {{u:UN}} sanctions committee in a report this year that the number of North Korean workers in the country had fallen sharply. {{u:China}} has also said it is implementing the resolutions. Neither report gave a breakdown by visa type.

{{p:Eun-ji Baek}}, a researcher at a {{u:Seoul}}-based monitoring group, said former workers had described colleagues being re-registered as "students" at vocational colleges in the {{u:Russian Far East}}. "The moonlight shift is still there," she said, using the workers' term for unofficial night work.

A spokesperson for one {{u:Vladivostok}} developer, {{p:Anna Volkova}}, said the company "does not employ foreign nationals in violation of Russian law". She declined to comment on subcontractors.

The {{u:Ministry of Unification}} in {{u:Seoul}} said in a statement that it was "closely monitoring" the situation.

Analyst {{p:Dmitri Kurganov}}, who studies labour migration at a university in {{u:Khabarovsk}}, said the deadline would "change paperwork more than people". {{p:Kurganov}} estimated that several thousand North Koreans remained in the {{u:Primorsky Krai}} and {{u:Khabarovsk Krai}} regions alone.

{{r:Jong}}, whose wife and two daughters remain in {{u:Sinpo}}, said he hoped the deadline would be enforced. "I was one of the lucky ones," he said. A second former worker, who asked to be identified only as {{p:Song}}, said he had not heard from his brother, {{p:Song Chol-ho}}, since the brother was moved from {{u:Ulan-Ude}} to an unknown site in March.

(Reporting by {{p:J. Han}}; editing by {{p:Clarence Fernandez}})""",
    },
    {
        "id": "h36-ko-11",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Paek Man-sik", "백만식", "coworker", ["만식"]),
            ("Tae Yong-chol", "태영철", "witness", ["영철"]),
        ],
        "note": "Memorial address (추도사) in Korean read by a former co-worker for a worker who died on a Russian logging site; deceased named with 고(故) and 동지/형님, family by relation and name; surname 백 beside 백 (hundred) and 백두산; 태 beside 태어나다; real places and mountains public; speaker signs at the end.",
        "text": """추도사 — 고 {{r:백만식}} 형님을 보내며
(2020년 4월 5일, {{u:경기도}} {{u:파주}} {{u:임진각}} 망배단 앞. 낭독: {{r:태영철}})

{{r:만식}}이 형님.

형님이 {{u:아무르주}} {{u:틴다}} 벌목장 눈밭에 쓰러진 지 벌써 5년이 되었습니다. 백 일도 못 채우고 돌아가셨다고, 사람들은 형님을 "백일 {{r:백}}"이라고 불렀지요. 형님은 그 말을 듣고도 웃었습니다.

형님은 1969년 {{u:양강도}} {{u:삼지연}}에서 태어났습니다. {{u:백두산}} 아래서 나무를 하며 자랐다고, 그래서 나무는 자기가 제일 잘 안다고 했습니다. 그 말이 맞았습니다. 우리 작업반 스물두 명 가운데 톱을 제일 잘 다룬 사람이 형님이었습니다.

반장 {{p:한정호}}는 형님에게 늘 제일 먼 구역을 맡겼습니다. {{p:한}} 반장은 형님이 말을 잘 안 듣는다고 했지만, 실은 형님이 우리 몫까지 대신 말해 주었기 때문입니다. 보위원 {{p:석}} 동지가 우리 방을 뒤질 때도 형님이 앞에 섰습니다.

2015년 1월 17일, 영하 41도. 형님은 아침부터 기침을 했습니다. {{p:우진}}이가 쉬라고 했고, 저도 쉬라고 했습니다. {{p:한정호}}는 계획이 밀렸다고 했습니다. 형님은 그날 오후 세 시쯤 쓰러졌고, 러시아 운전수 {{p:표도르}} 아저씨가 형님을 트럭에 싣고 {{u:틴다}}로 달렸지만 늦었습니다.

형님의 시신은 {{u:블라디보스토크}}를 거쳐 고향으로 보내졌다고 들었습니다. 형수님 {{p:김영자}} 씨와 아들 {{p:백진혁}}, 딸 {{p:백은주}}가 형님을 받았는지 저는 모릅니다. {{p:진혁}}이는 올해 스무 살이 되었겠지요. {{p:은주}}는 열일곱.

저는 2017년에 그곳을 나와 이 땅에 왔습니다. {{p:우진}}이도 작년에 왔습니다. {{p:강우진}}, 여기 제 옆에 서 있습니다. 우리는 형님 이름을 잊지 않겠습니다. {{r:백만식}}. 백 번, 천 번 부르겠습니다.

{{r:만식}}이 형님, 편히 쉬십시오.

2020년 4월 5일
형님의 동생 {{r:영철}} 올림""",
    },
    {
        "id": "h36-mixed-11",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jo Kyong-nam", "조경남", "witness", ["趙京南", "경남"]),
            ("Jo Kyong-il", "조경일", "relative", ["趙京日", "경일"]),
        ],
        "note": "Family-tracing worksheet with a genealogy sketch: Hanja, Hangul and romanized names of three generations, arrows and brackets, relatives sent to Kuwait and Libya; clan seat (본관) as a place; surname 조 beside 조 (team/trillion); real places public; NGO English notes.",
        "text": """FAMILY TRACING WORKSHEET - case FT-2020-009
Requester: {{r:趙京南}} / {{r:조경남}} / {{r:Jo Kyong-nam}} (in {{u:Seoul}} since 2018)
본관: {{u:한양}} 조씨 (requester is unsure)

[GENERATION 1]
{{p:趙秉洙}} {{p:조병수}} (1931-1998) ═ {{p:林福順}} {{p:림복순}} (1935-?)
  home: {{u:함경북도}} {{u:길주군}}

[GENERATION 2]
├─ {{p:趙成浩}} {{p:조성호}} (1956-2012) ═ {{p:崔貞愛}} {{p:최정애}} (1959- )
│    └─ children: see GEN 3
├─ {{p:趙成玉}} {{p:조성옥}} (F, 1960- ) ═ {{p:河明哲}} {{p:하명철}}
│    └─ {{p:하은별}} (F, 1988- ) - "in {{u:Libya}}? with a construction team, 2011"
└─ {{p:趙成日}} {{p:조성일}} (1963-2001)

[GENERATION 3 - children of {{p:조성호}}]
├─ {{r:趙京日}} {{r:조경일}} {{r:Jo Kyong-il}} (1981- ) ── sent to {{u:Kuwait}} 2014, construction
├─ {{r:趙京南}} {{r:조경남}} (1984- ) ── requester; {{u:Russia}} ({{u:Nakhodka}}) 2013-2017
└─ {{p:趙京淑}} {{p:조경숙}} (F, 1987- ) ═ {{p:안철민}}

NGO NOTES ({{p:Yeon-su}}, {{p:Gabriel}})
1. Priority: {{r:Kyong-il}}, the requester's elder brother. Last letter 2016 via a co-worker, {{p:Ko Sang-hun}}, who was sent home from {{u:Kuwait}}. {{r:경남}} 씨는 형을 "{{r:경일}}이 형"이라고 부름.
2. {{p:Ha Un-byol}} (cousin) - the requester says "{{p:은별}}이 {{u:리비아}}에 갔다는 건 소문". Low priority unless new info.
3. Requester's mother {{p:Choe Jong-ae}} still in {{u:Kilju}}; do not contact.
4. {{p:조경숙}}'s husband {{p:An Chol-min}}: the requester does not trust him. Not to be approached.
5. "조" in the requester's notes sometimes means 조 (work team), e.g. "3조" - not the family name.
6. Cross-check with {{u:Korea Hana Foundation}} and the {{u:International Committee of the Red Cross}} tracing service ({{u:ICRC}}) - consent form signed by {{r:Jo Kyong-nam}} on 3 Feb 2020.""",
    },
    {
        "id": "h36-en-14",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ri Hye-gyong", "리혜경", "witness", ["Hye-gyong", "Lee Hye-kyung"]),
            ("Chong Myong-sop", "정명섭", "supervisor", ["Chong"]),
        ],
        "note": "Sworn affidavit in legal English ('I, ..., make oath and say') by a former restaurant worker in Cambodia and Vietnam, numbered paragraphs, exhibits marked with initials, jurat with a fictional solicitor; witness name in northern and southern forms; supervisor Chong as full name, surname with Mr and possessive; fellow waitresses by full and given names; restaurants left unnamed; real courts and embassy public.",
        "text": """IN THE MATTER OF an application under the Immigration Acts

AFFIDAVIT

I, {{r:RI HYE GYONG}}, also known in the {{u:Republic of Korea}} as {{r:Lee Hye-kyung}}, of an address known to my solicitors, MAKE OATH and say as follows:

1. I was born on 2 May 1990 in {{u:Pyongyang}}. I make this affidavit from my own knowledge. Where I rely on what others told me, I say so.

2. From 2011 to 2014 I worked as a waitress and singer at a DPRK-run restaurant in {{u:Phnom Penh}}, {{u:Cambodia}}. From 2014 to 2016 I worked at a similar restaurant in {{u:Hanoi}}, {{u:Vietnam}}.

3. In both places the manager was {{r:Chong Myong-sop}}. He was known to guests as "Mr {{r:Chong}}" and to us as "지배인 동지" (comrade manager). {{r:Chong}} held our passports and all the tips. There is now produced and shown to me marked "RHG-1" a photograph of the staff in {{u:Hanoi}} in 2015 in which {{r:Chong}} is standing on the left.

4. There were 14 women. I name those I am sure of: {{p:Kang Un-a}}, {{p:Sin Mi-ryong}}, {{p:Ryu Sol-ju}}, {{p:Kim Hyang-sim}} and {{p:Ho Jin-ok}}. {{p:Un-a}} was the group leader under {{r:Chong}}. {{p:Sol-ju}} was my closest friend.

5. We were not allowed to leave the building except in pairs. A Cambodian cook, {{p:Sokha}}, sometimes bought us shampoo. In {{u:Hanoi}} a Vietnamese driver, Mr {{p:Tuan}}, took us to the market every second Sunday with {{r:Chong}}'s deputy, {{p:Ri Chang-gil}}.

6. In April 2016 I heard that a group of restaurant workers from {{u:Ningbo}} had reached the {{u:Republic of Korea}}. {{r:Chong}} called a meeting and told us that they had been kidnapped. {{p:Sol-ju}} whispered to me: "나도 납치되고 싶다" (I want to be kidnapped too).

7. On 19 August 2016 {{p:Sol-ju}} and I left the restaurant during a delivery and went to the {{u:Embassy of the Republic of Korea}} in {{u:Hanoi}}. We were transferred via {{u:Bangkok}}. There is now produced and shown to me marked "RHG-2" my travel certificate.

8. I believe my mother, {{p:Pak Sun-ja}}, and my younger brother, {{p:Ri Hye-chol}}, were questioned after I left. A woman who came out in 2018, {{p:Kim Hyang-sim}}, told me in {{u:Seoul}} that my brother had been sent to work in {{u:Kangson}}.

9. I fear that if I am returned to {{u:Vietnam}} or {{u:Cambodia}} I may be found by persons connected with {{r:Chong Myong-sop}}.

SWORN at {{u:Manchester}}
this 4th day of November 2019
before me {{p:Alistair Breen}}, Solicitor ..........................
Interpreter: {{p:Minji Kang-Holt}}, who swore to interpret truly
{{r:Hye-gyong}}""",
    },
    {
        "id": "h36-ko-12",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("O Kyong-sim", "오경심", "witness", ["경심"]),
            ("Ma Sang-dok", "마상덕", "other", []),
        ],
        "note": "Excerpt from a Korean criminal judgment (fictional) against a broker who defrauded a former overseas worker: 피고인/피해자/증인 labels, legal citations, court and prosecution bodies public; fictional judges, prosecutor and defence lawyer private; surname 오 beside 오(five) and 오전; surname 마 beside 마치/마음; witness names in full and surname-only forms.",
        "text": """{{u:서울중앙지방법원}}
제○형사부
판  결
사    건  2019고단○○○○ 사기
피 고 인  {{r:마상덕}} (62년생, 무직)
검    사  {{p:노재훈}} (기소), {{p:허은비}} (공판)
변 호 인  변호사 {{p:구민석}} (국선)
판결선고  2020. 6. 11.

주    문
피고인을 징역 1년 6월에 처한다.

이    유
범 죄 사 실
피고인은 북한이탈주민의 가족 송금 및 {{u:북한}} 내 가족 탈북을 주선하는 이른바 "브로커"이다.

피해자 {{r:오경심}}(여, 49세)은 2013년부터 2017년까지 {{u:중국}} {{u:단둥}} 소재 수산물 가공공장에 파견되어 일하다가 2018년 대한민국에 입국한 사람이다.

피고인은 2018. 10. 초순경 {{u:서울}} {{u:양천구}} {{u:신월동}} 소재 커피숍에서 피해자에게 "내가 {{u:중국}} {{u:연길}}에 있는 사람을 통해 {{u:혜산}}에 있는 네 딸 {{p:리은하}}를 석 달 안에 데려올 수 있다. 비용은 1,500만 원이다"라고 거짓말을 하였다.

그러나 사실 피고인은 {{u:중국}} 내 협력자로 내세운 "{{p:老马}}"({{p:라오마}})와 연락이 끊긴 상태였고, 피해자의 딸을 데려올 의사나 능력이 없었다.

피고인은 이에 속은 피해자로부터 2018. 10. 15.부터 2019. 2. 20.까지 4회에 걸쳐 합계 1,500만 원을 교부받아 이를 편취하였다.

증거의 요지
1. 증인 {{r:오경심}}, {{p:김태성}}, {{p:방주희}}의 각 법정진술
2. 피고인에 대한 경찰 피의자신문조서 ({{u:서울양천경찰서}})
3. 계좌거래내역 (예금주 {{p:마상훈}} — 피고인의 동생)

증인 {{p:김태성}}은 피고인에게 같은 방식으로 700만 원을 건넸다고 진술하였고, 증인 {{p:방주희}}는 피해자 {{r:오}}씨에게 피고인을 소개한 사람으로서 "{{r:마}} 사장이 자기가 {{u:장백}}에 사람이 있다고 했다"고 진술하였다. 피고인은 마치 중국 측과 연락이 되는 것처럼 행세하였다.

양형의 이유
피해자는 해외 파견 노동으로 번 돈이 아니라 입국 후 식당에서 일하여 모은 돈을 건넸다. 피해자는 법정에서 "오전에는 식당, 오후에는 청소 일을 해서 모은 돈"이라고 진술하였다. 피고인은 피해 일부(300만 원)를 변제하였다. 피해자 {{r:경심}}은 피고인의 처벌을 원하고 있다.

판사  {{p:윤해솔}}
(※ 원문 일부. 증인 {{p:김태성}}의 진술서에 나오는 {{u:단둥}} 공장 책임자 "{{p:성}} 지도원"은 이 사건과 무관하여 생략.)""",
    },
    {
        "id": "h36-en-15",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kang Song-hwan", "강송환", "witness", ["Song-hwan"]),
            ("Han Kyu-chol", "한규철", "supervisor", ["Han"]),
        ],
        "note": "Qatari labour dispute filing (Labour Dispute Settlement Committee) with party table, claim schedule and an annex of co-claimants; witness given name Song-hwan beside 'song'; supervisor Han; Qatari, Indian and Filipino private persons; invented company unmarked; real ministries, committees and places public.",
        "text": """STATE OF {{u:QATAR}}
{{u:Ministry of Administrative Development, Labour and Social Affairs}}
{{u:Labour Dispute Settlement Committee}} - Second Committee
Complaint No. ****/2019

PARTIES
Complainant (1): {{r:KANG SONG HWAN}}, DPRK, ID on file, mason
Co-complainants: see Annex A
Respondent: a contracting company registered in {{u:Doha}} (CR on file)
Representative of complainants: {{p:Fatima Al-Marri}}, legal aid volunteer; assisted by Rev. {{p:Joseph Thomas}}, chaplain
Respondent's representative: Mr {{p:Ajith Nair}}, HR manager

STATEMENT
1. The complainants worked on the respondent's sites at {{u:Al Rayyan}} and {{u:Msheireb}} from 2016 to 2019.
2. Their wages were paid monthly to a DPRK group leader, {{r:Han Kyu-chol}}, against his signature on a payroll sheet. The respondent's accountant, Mr {{p:Renato Santos}}, confirms this.
3. The complainants state they received between QAR 80 and QAR 120 per month from {{r:Han}}, described as "pocket money".
4. The respondent states that it was unaware of the arrangement. Mr {{p:Nair}} accepts that passports were "kept by the Korean team leader for safekeeping".
5. On 3 September 2019 {{r:Han}} informed the complainants that they would be flown to {{u:Pyongyang}} via {{u:Beijing}}. Complainant (1), Mr {{r:Kang}}, and two others left the accommodation and approached the Ministry office in {{u:Doha}}.

CLAIMS (per complainant)
Unpaid wages 36 months; end-of-service gratuity; return ticket; passport return.

ANNEX A - CO-COMPLAINANTS
2. {{p:SO KWANG MIN}} - carpenter
3. {{p:MOON CHOL}} - steel fixer (passport spelling {{p:MUN}})

INTERNAL NOTE ({{p:F. Al-Marri}}):
Mr {{r:Song-hwan}} says his name means "pine returning" and laughs that it is not a song. Co-complainant {{p:So}} is frightened; so is {{p:Moon}}, who asked that we write {{p:Mun Chol}}. Rev. {{p:Thomas}} will accompany them to the hearing. {{r:Han}} was seen outside the Ministry building on 5 Sept with another Korean, possibly {{p:Kye}}, the camp "security". The hearing is set for 22 Sept before Judge {{p:Abdulrahman Al-Kuwari}}. {{p:Ajith}} has offered to settle the gratuity only.""",
    },
    {
        "id": "h36-mixed-12",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Choe Ung-chol", "최웅철", "witness", ["Ung-chol", "웅철"]),
            ("Ri Pong-sun", "리봉순", "coworker", ["봉순", "Pong-sun"]),
        ],
        "note": "Podcast panel transcript in English with Korean interjections: host and guests by speaker labels (first names and surnames), a former worker and his former co-worker; laughter markers; real universities avoided, real places, ILO and UN bodies public; 'Pong' nickname; names at line starts after speaker labels.",
        "text": """[Podcast transcript - episode 42: "Sent abroad". Auto-transcribed, corrected by {{p:Hyein}}.]

{{p:TOM}}: Welcome back. I'm {{p:Tom Reilly}}, and with me as always is {{p:Hyein Cha}}.
{{p:HYEIN}}: 안녕하세요. Hi everyone.
{{p:TOM}}: Today we have two guests who worked abroad for the North Korean state. They've asked us to use their real names. {{r:Choe Ung-chol}} spent four years in {{u:Russia}} - {{u:Vladivostok}}, then {{u:Sakhalin}}.
{{r:UNG-CHOL}}: 네, 안녕하세요. Hello.
{{p:TOM}}: And {{r:Ri Pong-sun}}, who worked in a textile factory in {{u:Liaoning}}.
{{r:PONG-SUN}}: Hello. 반갑습니다.
{{p:HYEIN}}: So, {{r:웅철}} 씨, let's start with you. 어떻게 가게 되셨어요? How did you end up going?
{{r:UNG-CHOL}}: 음, my cousin {{p:Myong-ho}} went first, in 2012. He came back with a TV. Everyone wanted to go after that. [laughs]
{{p:TOM}}: A TV.
{{r:UNG-CHOL}}: Yes. A {{u:Samsung}}, with the label scratched off. [laughter]
{{p:HYEIN}}: And {{r:봉순}} 씨?
{{r:PONG-SUN}}: For women it is different. The factory group was chosen by the {{u:Workers' Party}} committee. My neighbour {{p:Ok-hui}} was chosen, I was chosen. Our leader was a woman, {{p:Yang}}. {{p:양}} 지도원. {{p:Yang Myong-suk}}.
{{p:TOM}}: And you two know each other?
{{r:UNG-CHOL}}: We met in {{u:Seoul}}. [laughs] At the {{u:Hanawon}}? No, after. At a church.
{{r:PONG-SUN}}: He says "church", I say he came for the food. [laughter]
{{p:HYEIN}}: {{r:Pong}}, can I call you {{r:Pong}}?
{{r:PONG-SUN}}: Everybody calls me {{r:Pong}}. Ping-pong. [laughs]
{{p:TOM}}: {{r:Ung-chol}}, on {{u:Sakhalin}} - who was in charge?
{{r:UNG-CHOL}}: A man called {{p:Hwang}}. {{p:Hwang Il-bong}}. And his deputy {{p:Ji}}. They took everything. At the end of three years I had 400 dollars.
{{p:HYEIN}}: 사백 달러.
{{r:UNG-CHOL}}: 네. Four hundred.
{{p:TOM}}: The {{u:International Labour Organization}} has a word for that.
{{r:UNG-CHOL}}: Yes. I learned it in {{u:Seoul}}. Forced labour. At the time we just said "계획" - the plan.
{{p:HYEIN}}: We'll take a short break. After the break, {{r:Pong-sun}} tells us about the night {{p:Ok-hui}} got sick. This is {{p:Hyein}}.
{{p:TOM}}: And {{p:Tom}}. Stay with us.""",
    },
    {
        "id": "h36-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Son Jong-hui", "손정희", "witness", ["정희"]),
            ("Son Jong-su", "손정수", "relative", ["정수"]),
        ],
        "note": "Notes of a broker-arranged phone call between a defector in Seoul and her brother working in Russia, with timestamps and bracketed remarks; brother speaks through the broker's phone; surname 손 beside 손 (hand) and 손님; code names; real places public; names at the start of lines.",
        "text": """통화 기록 (2019. 12. 14. 토, 21:30~21:52, 녹음 없음, 메모로만)
기록: 상담원 {{p:여민정}} / 통화자: {{r:손정희}} (의뢰인)
중개: 브로커 "{{p:삼촌}}" 휴대폰 경유 (의뢰인은 본명 모름, {{u:훈춘}} 사람)

21:30 연결. {{p:삼촌}}이 먼저 받음. "손님 바꿔 줄게요."
21:31 {{r:정수}} 목소리. 의뢰인 울기 시작.
{{r:손정희}}: "{{r:정수}}야, 누나야."
{{r:손정수}}: "누나, 누나 맞아?"
21:33 {{r:정수}} 씨는 현재 {{u:러시아}} {{u:블라고베셴스크}} 건설 현장. 오늘은 일요일이 아닌데 반장 {{p:강}}씨가 술 마시러 나가서 몰래 나왔다고 함. [{{p:강}} 반장 이름은 {{p:강명길}}이라고 함]
21:35 의뢰인: 어머니 {{p:윤옥자}} 소식 물음. {{r:정수}}: "엄마는 작년 가을에 손을 다쳐서… 괜찮아." [의뢰인이 "손을?" 하고 되물음]
21:37 {{r:정수}}: 같은 방에 {{u:청진}} 사람 {{p:주광철}}, {{p:리성남}}. {{p:광철}}이가 망을 봐 주고 있다고.
21:40 의뢰인이 "나와라, 방법이 있다"고 하자 {{r:정수}}가 잠시 침묵. "누나, 여기 {{p:채}} 지도원이 있어. 그 사람 눈이 무서워."
21:42 {{p:삼촌}}이 끼어듦: "시간 됐어요." 의뢰인이 5분만 더 부탁.
21:44 {{r:정수}}: 처 {{p:김은경}}, 딸 {{p:손유나}} 안부 부탁. "{{p:유나}}가 올해 학교 들어가."
21:46 의뢰인: "{{r:정수}}야, 누나가 돈 보낼게. {{p:삼촌}}한테." [상담원 메모: 송금은 권하지 않음. 사후 상담 필요]
21:48 {{r:정수}}: "누나, {{u:한국}} 가면 {{r:정희}} 누나 집에서 밥 먹자." 의뢰인 대답 못함.
21:50 {{p:삼촌}}: "끊어요." 연결 종료 21:52.

[상담원 소견] 의뢰인 {{r:정희}} 씨는 통화 후 30분간 진정이 필요했음. 동생 {{r:손정수}} 씨가 말한 "{{p:채}} 지도원"은 기존 사례(OW-2018-044, 증언자 {{p:M.J.}})의 "{{p:채영호}}"와 같은 사람일 가능성. 브로커 "{{p:삼촌}}"의 실명은 {{p:박}}씨라는 것만 알려짐. 다음 통화는 1월 중 {{p:삼촌}}이 연락하기로.
{{p:여민정}}""",
    },
    {
        "id": "h36-mixed-13",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kang Chol-ho", "강철호", "witness", ["Чхоль Хо", "Chol-ho"]),
            ("Yo Song-nam", "여성남", "supervisor", ["Ё", "여"]),
        ],
        "note": "Vladivostok hostel guest register (Russian headings, Latin and Cyrillic names, passport series) starting with a guest's name, followed by the hostel administrator's notes and the witness's Korean and English comments; supervisor surname 여 beside 여기/여자 and Cyrillic Ё; witness given name in Cyrillic; real streets, station and places public.",
        "text": """{{p:Лебедева Ольга}} — администратор, смена 12-13.09.2018
ЖУРНАЛ РЕГИСТРАЦИИ ГОСТЕЙ / hostel near {{u:Vladivostok}} railway station, {{u:Aleutskaya}} street

№ | ФИО | Паспорт | Гражд. | Заезд | Выезд | Койка
211 | {{p:Sato Kenji}} | TK****** | JPN | 12.09 | 14.09 | 3A
212 | {{p:Müller, Jonas}} | C4****** | DEU | 12.09 | 13.09 | 3B
213 | {{r:Кан Чхоль Хо}} | 8364***** | КНДР | 12.09 | — | 5A
214 | {{r:Ё Сон Нам}} | 8364***** | КНДР | 12.09 | 13.09 | 5B
215 | {{p:Иванов Денис}} | 05 ** ****** | РФ | 12.09 | 15.09 | 4A
216 | {{p:Li Wei}} | E******* | CHN | 13.09 | 14.09 | 4B

Примечания ({{p:О. Лебедева}}):
- 213/214 пришли вместе. Платил {{r:Ё}} за обоих, наличными. Паспорт 213 был у него.
- 13.09 утром {{r:Ё}} ушёл «на вокзал» и вернулся в 11. Гость 213 ({{r:Чхоль Хо}}) в это время спросил у меня по-русски, где полиция. Я позвонила {{p:Игорю}} (охрана).
- В 12:30 {{r:Ё}} выписался, 213 остался. Оплачено ещё 2 ночи — кем, не знаю. Гость из 212, {{p:Jonas}}, дал ему 5000 рублей. {{p:Игорь Семёнов}} отвёз 213 к пастору {{p:Андрею}}.

[Witness comments, 2019, in Korean and English]
- 213번이 나, {{r:강철호}}. 214번 "{{r:Ё Сон Нам}}"은 {{r:여성남}}, 우리 현장 부반장. 여기 호스텔에는 {{u:나홋카}}로 가는 기차 때문에 하룻밤 묵었어요.
- {{r:여}} 부반장이 아침에 {{u:블라디보스토크역}}에 표 사러 간 사이에 나왔어요. 여자 관리인 ({{p:올가}})이 경비 {{p:이고르}}를 불렀고, {{p:이고르}}가 나를 교회로 데려갔어요.
- The German boy {{p:Jonas}} gave me money. I never learned his surname until I saw this page: {{p:Müller}}.
- Pastor {{p:Andrei}} ({{p:안드레이}} 목사) hid me for six weeks. His wife {{p:Marina}} cooked.
- {{r:Yo}} went back to the site alone. I heard later from {{p:Sim Kyong-ho}} that {{r:Yo Song-nam}} was punished and sent home. {{r:Chol-ho}}""",
    },
    {
        "id": "h36-en-16",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Ho-nam", "김호남", "witness", ["Ho-nam"]),
            ("Chon Kyong-sik", "천경식", "supervisor", ["Chon"]),
        ],
        "note": "Auditor's payroll reconciliation memo for a Polish shipyard subcontractor in Szczecin: table of workers with agency list names and bank payee, Polish staff with diacritics, a DPRK team leader as sole payee; real cities, labour inspectorate and social insurance bodies public; surname Chon beside 'Chon' in Polish transcription 'Czon'.",
        "text": """MEMO - PAYROLL RECONCILIATION (draft)
To: {{p:Anna Kowalczyk}}, compliance
From: {{p:Michał Wróbel}}, external auditor
Re: welding subcontract, hull section works, {{u:Szczecin}}, Jan-Jun 2016
Date: 30 Sep 2016

1. Scope. I compared the agency's worker list (12 DPRK welders) with bank transfers and {{u:ZUS}} registrations.

2. Findings.
Worker (agency list) | Hours billed | Paid to
{{r:KIM HO NAM}} | 1,612 | {{r:CZON KJONG SIK}}
{{p:PAK TONG IL}} | 1,590 | {{r:CZON KJONG SIK}}
{{p:RI MYONG SU}} | 1,604 | {{r:CZON KJONG SIK}}
{{p:SONG KYU}} | 1,577 | {{r:CZON KJONG SIK}}
{{p:HAN YONG DOK}} | 1,610 | {{r:CZON KJONG SIK}}
(7 further rows omitted; same payee)

All wages for all 12 workers were paid into a single personal account held by {{r:Chon Kyong-sik}} (Polish documents: "{{r:Czon Kjong Sik}}"), the group's team leader. No worker holds an account.

3. Interviews. With Pan {{p:Jerzy Mazur}} (site manager) and Pani {{p:Ewa Sikorska}} (agency HR). Mr {{p:Mazur}} says "the Koreans prefer it this way". Ms {{p:Sikorska}} says the arrangement was requested by {{r:Chon}} and approved by the agency's owner, Mr {{p:Zbigniew Kaczmarek}}.

4. Worker contact. Through interpreter {{p:Ji-hye Nowicka}} I spoke briefly with one worker, {{r:Kim Ho-nam}}, in the presence of {{r:Chon}}. {{r:Ho-nam}} said he was "satisfied". After {{r:Chon}} left the room he asked {{p:Ji-hye}} how much a welder earns in {{u:Poland}}.

5. Recommendation. Refer to the {{u:Państwowa Inspekcja Pracy}} ({{u:PIP}}) and to the {{u:Straż Graniczna}}. Hold further payments to {{r:Chon}}. {{p:Anna}}, please also inform {{p:Tomasz}} in legal and the yard's director, Mr {{p:Krzysztof Lis}}. Note that {{p:Lis}} is the director's surname and also means "fox" - no one is being called a fox here.

{{p:M.W.}}""",
    },
]
