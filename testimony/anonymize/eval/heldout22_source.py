# ruff: noqa: E501
"""Held-out evaluation passages, set 22. Markers: {{r:..}} registered private person,
{{p:..}} unregistered private person, {{u:..}} public name (figure, place, organisation,
company, ship). Built by build_heldout.py heldout22."""

PASSAGES: list[dict] = [
    {
        "id": "h22-en-01",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pak Myong-chol", "박명철", "witness", ["Park Myung-chul", "Myong-chol"]),
            ("Bang Chol-ho", "방철호", "supervisor", []),
            ("Won Il-nam", "원일남", "coworker", ["Il-nam"]),
        ],
        "note": "Qatar housing and car-park sites, first person; witness name in North, South and fullwidth (upper and lower case) spelling; team leader Bang beside the sound 'bang, bang'; coworker Won beside the currency won; Nepali with honorific dai, Qatari kunya, Indian engineer; hospital, road and ruler names that look like persons.",
        "text": """My name is {{r:Pak Myong-chol}}. The resettlement office in {{u:Seoul}} spelled it {{r:Park Myung-chul}}, and on the scan of my old Qatari residence card, which the lawyer sent over, it came out as {{r:ＰＡＫ ＭＹＯＮＧ ＣＨＯＬ}}, in those wide letters the machine makes; the payslips printed {{r:Ｐａｋ}} the same way. It is all the same man. On the site everybody just said {{r:Pak}}.

I landed at {{u:Hamad International Airport}} on 3 September 2016 with twenty-three other men. The contract said we worked for {{u:Kumsong General Construction}} as a subcontractor of {{u:Al Darwish Contracting}}. We built staff housing near {{u:Lusail}} and later a car park.

Our team leader was {{r:Bang Chol-ho}}. When {{r:Bang}} was angry he struck the steel table in the canteen with his palm, bang, bang, and twenty-four men stood up. {{r:Bang Chol-ho}} took our passports at the airport "for safekeeping". I never held mine again in {{u:Qatar}}.

We started at four in the morning to beat the heat, took a break between eleven and two that {{r:Bang}} called a rest, though we spent it carrying rebar in the shade, and finished at eight or nine at night. Sixteen hours was normal. In Ramadan the inspectors came less, so the days got longer, not shorter.

My closest friend was {{r:Won Il-nam}}, a welder from the west coast. The company paid in riyals, not in won, and {{r:Won}} used to say he was the only won any of us would ever bring home. {{r:Il-nam}} had a wife, {{p:Kye Sun-ok}}, and a little daughter he called {{p:Ppoppi}}. He showed me her photo once; {{r:Bang}} saw it and put it in his own pocket.

There were Nepali men in the next camp. One of them, {{p:Bishnu Thapa}}, spoke some Korean from an earlier job in the South. We called him {{p:Thapa}} dai, as his friends did. {{p:Bishnu}} told {{r:Il-nam}} and me that in {{u:Qatar}} a worker could go to the labour court. {{r:Won}} asked him what a court was for. {{p:Thapa}} did not understand the question.

The sponsor's man was a Qatari called {{p:Abu Hamad}}; his real name, I learned later, was {{p:Nasser al-Kuwari}}. {{p:Abu Hamad}} put the team's money into {{r:Bang}}'s hands every month: about 1,200 riyals a man, the Indian engineer Mr {{p:Suresh Nair}} told us. {{r:Bang}} gave each of us 100. The rest went to the loyalty fund, the "plan", and a fee for a flight home that none of us had taken.

In July 2017 a young plasterer, {{p:Kim Chol-jun}}, collapsed from the heat at the car park. {{r:Bang}} said {{p:Chol-jun}} was lazy. Mr {{p:Nair}} called an ambulance himself and {{p:Kim}} was taken to {{u:Hamad General Hospital}}. {{r:Bang}} went along and came back alone. We were told {{p:Chol-jun}} had been sent home to {{u:Pyongyang}}. Nobody saw him go.

The security man, {{p:Ryom}}, came from the embassy twice a month. {{p:Ryom}} lectured us on {{u:Kim Jong Un}} and on the sanctions, and said Emir {{u:Tamim bin Hamad Al Thani}} respected our country. We drove past the Emir's portrait on {{u:Salwa Road}} every morning.

I left in November 2017 with {{r:Won Il-nam}}. {{p:Bishnu}} lent us his phone, and we reached the South Korean embassy in {{u:West Bay}}. In the taxi {{r:Won}} kept saying my name, {{r:Myong-chol}}, {{r:Myong-chol}}, as if I might disappear.""",
    },
    {
        "id": "h22-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Han Song-chol", "한성철", "witness", ["성철"]),
            ("Pang Hak-su", "방학수", "supervisor", ["Bang Hak-soo"]),
            ("Pyon Yong-ho", "변용호", "coworker", ["용호"]),
        ],
        "note": "Kuwait housing site, first person in Korean; surnames 한/방/변 beside 한 번, 한숨, 방 하나, 변소, 변하다; a minder surnamed 길 beside the word 길; -가 family suffix; Egyptian, Indian, Bangladeshi and Kuwaiti names in Hangul with kunya.",
        "text": """나는 {{r:한성철}}이다. 2015년 봄 {{u:평양}}에서 {{u:쿠웨이트}}에 들어갔다. 한 번 나가면 삼 년이라고 했고, 한 푼이라도 벌어 오겠다고 아내 {{p:계순희}}에게 약속했다. 지금 생각하면 한숨이 나오는 약속이었다.

우리 작업반은 스물여섯 명이었고 반장은 {{r:방학수}}였다. 현장은 {{u:자흐라}} 신도시 주택단지였고, 서류상 회사는 {{u:조선금릉건설회사}}였다. 숙소는 컨테이너 여섯 개를 이어 붙인 것이었는데 방 하나에 여덟 명이 잤다. {{r:방}} 반장만 혼자 방을 썼다. 그 방 문에는 자물쇠가 두 개 달려 있었고, 그 안 금고에 우리 여권이 들어 있었다.

새벽 네 시에 일어나 밤 열 시, 열한 시까지 미장을 했다. 여름 한낮에는 오십 도를 넘었다. 쿠웨이트 법으로는 한낮에 밖에서 일을 못 시키게 되어 있다고 현장 감독인 이집트 사람 {{p:마흐무드}}가 말해 주었다. {{p:마흐무드}} 씨가 그 말을 하자 {{r:방학수}}는 "그건 아랍 사람들 법"이라고 했다. 우리는 점심을 먹자마자 다시 비계에 올라갔다.

나와 한 조였던 사람이 {{r:변용호}}다. {{r:용호}}는 {{u:함흥}} 사람으로 나보다 네 살 아래였다. 변소 청소는 늘 {{r:변}} 동무 차지였다. {{r:방}} 반장이 "{{r:변}}가는 변소나 치워라" 하며 웃었기 때문이다. 사람이 그렇게 변하는 줄 몰랐다. 처음엔 말이 많던 {{r:용호}}가 반년 만에 입을 닫았다.

돈 이야기를 하자면 이렇다. 쿠웨이트 업주가 한 사람당 한 달에 백오십 디나르쯤을 {{r:방}} 반장에게 준다고 들었다. 우리 손에 들어온 것은 한 달 십 디나르, 어떤 달은 그것도 없었다. {{r:방학수}}는 장부를 펴 놓고 "충성자금", "계획분", "숙식비"를 불러 주었다. 연말에는 {{u:김정은}} 원수님 생신 충성자금이라며 한 번 더 걷었다.

현장에는 여러 나라 사람이 있었다. 인도 사람 {{p:라주}}, 방글라데시 사람 {{p:카림}}, 그리고 후원자 쪽 사람으로 {{p:아부 나세르}}라고 불리는 노인이 있었다. {{p:아부 나세르}}의 본명은 {{p:파이살 알무타이리}}라고 나중에 들었다. {{p:카림}}은 자기 전화기를 빌려주겠다고 했지만 나는 무서워서 받지 못했다. {{p:라주}}는 우리더러 "{{u:코리아}}, 노 머니?" 하고 물었다.

2016년 7월, {{r:용호}}가 3층 비계에서 떨어졌다. {{r:방}} 반장은 구급차를 부르지 못하게 했다. {{p:마흐무드}}가 자기 차에 {{r:용호}}를 태우고 {{u:파르와니야 병원}}으로 갔다. 의사가 이름을 물었을 때 {{r:용호}}는 자기 이름 대신 "{{u:코리아}}"라고만 했다고 한다. 한 달 뒤 {{r:변용호}}는 귀국 조치되었다. 대사관에서 나온 {{p:길}} 지도원이 직접 데리고 {{u:쿠웨이트 국제공항}}으로 갔다. 공항 가는 길에 무슨 일이 있었는지 아무도 모른다. {{p:길}} 지도원은 돌아와서 "{{r:변}}이는 조국의 품에 안겼다"고만 했다.

그해 겨울 나는 {{p:카림}}의 전화기를 빌려 {{u:서울}}에 사는 사촌 {{p:한성미}}에게 연락했다. {{p:성미}}는 {{u:대한민국 대사관}}으로 가라고 했다. 2017년 1월 어느 금요일 아침, {{r:방학수}}가 대사관 회의에 간 틈에 나는 택시를 탔다. 운전사는 파키스탄 사람 {{p:샤히드}}였고 돈을 받지 않았다. 지금도 꿈에 "{{r:성철}}이 형" 하고 부르는 {{r:용호}} 목소리가 들린다.""",
    },
    {
        "id": "h22-mixed-01",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Yu Song-ho", "유성호", "witness", ["Song-ho"]),
            ("Sok Myong-gil", "석명길", "supervisor", ["Seok Myung-gil"]),
            ("Ha Kwang-chol", "하광철", "coworker", ["Kwang-chol"]),
        ],
        "note": "Kuala Lumpur condominium site, English case notes with Korean quotations; witness Yu beside 'you', leader 석 beside 석 달, coworker Ha beside laughter 하하 and 하루; a cook named Kang Chol like the expelled ambassador and like the word 강철 (steel); Malaysian taukeh Tan beside 'tan'; restaurant brand Kim Gary.",
        "text": """CASE NOTES - MY-2018-007 (two sessions, interpreter present)
Interviewee: {{r:YU Song-ho}} ({{r:유성호}}), b. 1985 or 86, {{u:Sariwon}}. Steel fixer.
Interviewer: {{p:Lim}}. Interpreter: Ms {{p:Chae}}.

1. Arrival. {{u:Kuala Lumpur International Airport}}, Feb 2016, visa-free entry, group of 19. Worked for a Chinese-Malaysian subcontractor, {{u:Syarikat Tan Brothers}}, on condominium towers off {{u:Jalan Klang Lama}}.

2. Team leader {{r:Sok Myong-gil}} ({{r:석명길}}). W: "{{r:석}} 반장은 석 달에 한 번씩 사람을 바꿨어요. 말 안 듣는 사람은 {{u:사라왁}} 탄광으로 보낸다고." {{r:Sok}} had picked up a little English from the Chinese foreman and would shout "{{r:Yu}}! You! Faster!" W imitates this and laughs.

3. Passport. Q: did you keep it? W: "You joking? 첫날 공항에서 {{r:석명길}}이 다 걷어 갔어요."

4. Hours. 07:00 to 23:00, seven days. The monthly rest day was cancelled whenever the plan was behind, i.e. almost always. "하루 열여섯 시간. 비 오는 날만 조금 쉬었어요."

5. Pay. The taukeh, Mr {{p:Tan Ah Kow}} (W: "{{p:탄}} 사장님"), paid about RM 2,000 a man to {{r:Sok}}. W received RM 150 at most. Mr {{p:Tan}}, who had a deep tan "like a fisherman", felt sorry for the men and once bought the whole team {{u:Kim Gary}} take-away. {{r:석}} 반장 kept the receipts and the change.

6. Coworker {{r:Ha Kwang-chol}} ({{r:하광철}}). W: "{{r:광철}}이는 하루 종일 웃었어요. 하하, 하고. {{r:하}} 동무가 웃으면 반장이 더 화를 냈어요." In Aug 2016 {{r:Kwang-chol}} fell from formwork and broke a wrist. A Bangladeshi labourer, {{p:Rahim}}, took him to {{u:Hospital Kuala Lumpur}} on his motorbike. Dr {{p:Nurul Huda}} set the wrist. {{r:Sok}}: "{{r:하광철}}이는 이제 쓸모없다." {{r:Ha}} was sent back in October.

7. Feb 2017. After {{u:Kim Jong-nam}} was killed at {{u:klia2}}, {{r:Sok}} locked the team in the dormitory for three weeks. W: "{{u:김정남}}이 누군지 우리는 몰랐어요. 그냥 큰일 났다고만." W knew that ambassador {{u:Kang Chol}} was expelled because {{r:Sok}} read the order out. Their cook was also called {{p:Kang Chol}} ({{p:강철}}); the men teased him: "{{p:강철}}이는 강철이라 안 쫓겨난다." {{p:Kang}} was 51.

8. Exit. Mar 2017, before the exit ban. W walked to {{u:Masjid Jamek}} station; a Malay man, Encik {{p:Faiz}}, lent him a phone and called {{u:UNHCR}}. {{p:Faiz}} refused money.

9. Family. Mother {{p:Kim Pok-sun}} and brother {{p:Yu Song-min}} still in {{u:Sariwon}}. W: "{{p:성민}}이가 걱정돼요. 저 때문에 {{p:성민}}이 군대도 못 갈 거예요." W asks that {{r:Song-ho}} not appear anywhere.

TODO: check with {{p:Chae}} the spelling {{r:Seok Myung-gil}} used in the South Korean NIS file.""",
    },
    {
        "id": "h22-en-02",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Kang Song-min", "강성민", "witness", ["Gang Song Min", "Song-min"]),
            ("No Yong-chan", "노용찬", "supervisor", ["Roh Yong-chan"]),
            ("Ri Chol-gyu", "리철규", "coworker", ["Lee Chul-kyu", "Chol-gyu"]),
        ],
        "note": "Polish shipyard welders, legal-aid intake form with Surname:/Given name(s):/DOB fields and an impossible date; team leader No beside the answer 'No', witness spelled Gang beside 'the gang'; Ri/Lee variants; Polish diminutives and a priest; agency named after its owner, airport named after Lech Wałęsa, hospital named after a saint.",
        "text": """LEGAL AID INTAKE FORM - CONFIDENTIAL
Organisation: {{u:Helsinki Foundation for Human Rights}}
File no.: PL/2019/031
Intake by: {{p:Marta Zielińska}} (paralegal)
Interpreter: {{p:Yoon Da-som}} ({{p:윤다솜}})

PART A - CLIENT
Surname: {{r:GANG}}
Given name(s): {{r:SONG MIN}}
Name in Korean script: {{r:강성민}}
Other spellings: {{r:KANG Song-min}} (work permit), {{r:Kang Songmin}} (bank card)
DOB: 29.02.1983 (as stated; 1983 was not a leap year - verify)
Place of birth: {{u:Kimchaek}}
Nationality: DPRK. Languages: Korean, some Russian.

PART B - EMPLOYMENT
Sending company (DPRK): {{u:Korea Sonbong General Corporation}}
Polish agency: {{u:Wróbel Personnel Sp. z o.o.}} (owner {{p:Zbigniew Wróbel}})
Worksite: hull-block welding hall, {{u:Baltic Hull Works}}, {{u:Gdynia}}
Period: 03.2016 - 11.2018
Hours reported: 06:00-22:00 Mon-Sat; Sundays until 14:00.

PART C - PERSONS NAMED BY CLIENT
1. Name: {{r:NO Yong-chan}} ({{r:노용찬}}). Team leader of the welding gang, also held the money. South Korean press would write {{r:Roh}}.
2. Name: {{r:RI Chol-gyu}}; spelled {{r:Lee Chul-kyu}} in client's notebook. Welder, client's bunkmate.
3. Name: Pan {{p:Wróbel}}. Agency owner. Client never spoke to him directly.
4. Name: {{p:Krzysztof Malinowski}}, hall foreman, called "{{p:Krzysiek}}" by the Polish welders.
5. Name: ks. {{p:Andrzej Nowicki}}, parish priest.

PART D - ACCOUNT (client's words via interpreter, condensed)
The gang had eleven welders and was run by {{r:No}}. Asked whether {{r:No}} ever gave the gang a free Sunday, client answered: "No. Never." Because the permit said {{r:Gang}}, {{p:Krzysiek}} called client "{{r:Gang}} from the gang" and the Polish men laughed; {{r:No}} did not like the Polish men laughing.

Passports were kept by {{r:No}} in a drawer at the agency office on {{u:ulica Świętojańska}}. The agency paid about PLN 2,800 net per welder into accounts at {{u:PKO Bank Polski}}, but the cards were held by {{r:No Yong-chan}}. Client received USD 100 a month in cash, sometimes 50. {{r:No}} said the rest was "the plan" for {{u:Kim Jong Un}}.

In October 2017 {{r:Chol-gyu}} was burned on the forearm by slag. {{r:No}} forbade a doctor. A Polish welder, {{p:Tomasz}} ({{p:Tomek}}), drove {{r:Ri}} to {{u:Szpital św. Wincentego a Paulo}} after the shift. {{r:No}} then moved {{r:Ri Chol-gyu}} to night shifts and docked two months' cash. Client: "{{r:Chol-gyu}} said {{p:Tomek}} was a good man. No, he said, {{p:Tomek}} is a brother."

Threats: {{r:No}} told client that his wife {{p:Pak Un-ju}} and son {{p:Kang Il-bom}} would "go to the countryside" if client talked to Poles. Client last heard from {{p:Un-ju}} in 2018 through a broker, Mr {{p:Cha}} (see notes).

Exit: 11.2018. Client went to ks. {{p:Nowicki}} after Mass; the priest drove him to {{u:Gdańsk Lech Wałęsa Airport}}, and from {{u:Warsaw Chopin Airport}} client went to the {{u:Embassy of the Republic of Korea}}.

PART E - NOTES
- Mr {{p:Cha}}: broker in {{u:China}}; client knows only the surname. {{p:Cha}} charged 3 million won per message.
- Do not contact {{r:No}} or the agency. {{u:Państwowa Inspekcja Pracy}} file requested.
- Client asks to be called {{r:Song-min}}, not "{{r:Gang}}".""",
    },
    {
        "id": "h22-ko-02",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Mun Un-jong", "문은정", "witness", ["은정"]),
            ("Kang Ok-sun", "강옥순", "supervisor", []),
            ("Kong Myong-hui", "공명희", "coworker", ["명희", "공주"]),
        ],
        "note": "Chinese seafood plant in Donggang, interview transcript with 문:/답: speaker labels while the witness's surname is 문; supervisor 강 beside 압록강 and 강 건너; coworker 공 beside 공장, 공짜 and her nickname 공주; Chinese managers with 老/小 in Chinese characters; a minder 안 beside 안 and 안경.",
        "text": """면담 녹취록 - 사건번호 CN-2023-14
일시: 2023년 6월 / 장소: {{u:서울}} 사무실
면담자: {{p:최}} 간사 / 진술인: {{r:문은정}} (1994년생, {{u:청진}} 출신)

문: 이름과 나이를 말씀해 주세요.
답: {{r:문은정}}입니다. 스물아홉입니다.
문: 어디서 일하셨어요?
답: {{u:랴오닝성}} {{u:둥강}}에 있는 수산물 가공 공장이요. 회사 이름은 {{u:둥강해원수산}}이었어요. 2017년 봄에 들어갔어요.
문: 몇 명이 있었어요?
답: 조선 여자가 이백 명 좀 넘었어요. 우리 작업반장이 {{r:강옥순}}이었어요. 우리끼리는 그냥 {{r:강}} 반장이라고 했어요.
문: 하루 일과는요?
답: 아침 여섯 시에 공장에 들어가서 밤 열 시, 물량 많으면 새벽 한 시까지 오징어 껍질 벗기고 게살 발랐어요. 한 주에 하루도 안 쉬었어요. 주 칠 일이요.
문: 공장 밖에 나갈 수 있었어요?
답: 못 나가요. 기숙사 문은 밖에서 잠갔어요. 열쇠는 {{r:강}} 반장이 가졌고요. 한 달에 한 번 {{u:압록강}} 가에 단체로 산책 가는 게 전부였어요. 강 건너가 바로 {{u:신의주}}예요. {{r:강옥순}}이는 그 강을 보면서 "조국이 저기 있다, 딴생각 말라"고 했어요.
문: 같이 일한 동무 중에 기억나는 사람이 있어요?
답: {{r:공명희}}요. {{r:명희}}는 {{u:함흥}}에서 왔어요. 우리가 "{{r:공주}}"라고 불렀어요. 성이 {{r:공}}가인 데다 손이 고와서요. 공장에서 제일 손이 빨랐어요. {{r:공}} 동무 손은 공짜로 쓰는 손이라고 {{r:강}} 반장이 웃었어요.
문: 월급은요?
답: 중국 사장이 한 사람당 한 달에 인민폐 이천 원씩 준다고 했는데 우리 손엔 백 원도 안 들어왔어요. 충성자금, 기숙사비, 식비 빼고 나면 없다고 했어요.
문: 사장 이름 알아요?
답: 조선족 통역이 "{{p:마}} 사장"이라고 했어요. 중국 사람들은 老{{p:马}}라고 불렀고요. 이름은 {{p:马建军}}인가 그랬어요. 그 밑에 관리원이 小{{p:王}}이었는데, 小{{p:王}}은 우리한테 잘해줬어요. 통역은 {{p:김춘화}} 언니, 조선족이었어요. {{p:춘화}} 언니가 몰래 사탕을 줬어요.
문: 다친 사람은 없었어요?
답: 있어요. 2019년 겨울에 {{r:명희}}가 기계에 손가락이 끼었어요. {{r:강옥순}}이 병원에 안 보냈어요. 이틀 지나서 小{{p:王}}이 {{u:둥강시 중심병원}}에 데려갔어요. {{r:명희}}가 울면서 "{{r:은정}}아, 나 이제 집에 못 가" 그랬어요.
문: 가족은요?
답: 어머니 {{p:홍순덕}}, 동생 {{p:문은철}}이요. {{r:강}} 반장이 "네가 딴생각하면 {{p:은철}}이 대학 못 간다"고 했어요.
문: 보위원도 있었어요?
답: 보위원 {{p:안}} 동무요. {{p:안}} 동무는 안 웃어요. 안경 쓰고 한 달에 한 번 {{u:단둥}} 영사관에서 왔어요. {{u:김정은}} 원수님 말씀을 읽어 주고 수첩 검사하고요.
문: 코로나 때는 어땠어요?
답: 2020년 1월에 국경이 닫혔어요. 계약이 끝난 사람도 못 돌아갔어요. 삼 년을 공장 안에서만 살았어요. {{r:명희}}는 그때 아팠는데 약도 없었어요.
문: 어떻게 나오셨어요?
답: 2022년 가을에 {{p:춘화}} 언니 사촌이라는 브로커 {{p:박}} 씨가 도와줬어요. {{u:선양}}, {{u:라오스}}로 해서 왔어요. {{r:명희}}한테는 말도 못 하고 왔어요.
문: 마지막으로 하고 싶은 말이 있어요?
답: {{r:공명희}}가 지금도 거기 있어요. {{r:명희}}야, 미안하다.""",
    },
    {
        "id": "h22-mixed-02",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("O Chol-nam", "오철남", "witness", ["Oh Chul-nam"]),
            ("Jon Myong-sik", "전명식", "supervisor", ["Chon Myong-sik", "Jeon Myung-sik"]),
            ("Kang Myong-jin", "강명진", "coworker", ["Gang Myong Jin", "명진"]),
        ],
        "note": "Kuwait construction, Korean statement with romanized passport names; witness surname O beside blood type O형; leader 전 in three romanizations beside 전에, 전화; Arabic kunya Abu/Umm in Latin and Hangul; districts and stadium named after emirs; real DPRK contractor name.",
        "text": """진술서 (요약본, 2018. 9.)

진술인: {{r:오철남}} (북한 여권 표기 {{r:O CHOL NAM}}, 남한 주민등록 영문 표기 {{r:Oh Chul-nam}})
파견 기간: 2014. 5. - 2017. 12. / 파견지: {{u:쿠웨이트}}
소속: {{u:조선대외건설총회사}} ({{u:GENCO}})

나는 {{r:오철남}}이다. 쿠웨이트 체류증에는 성 칸에 "{{r:O}}" 한 글자, 이름 칸에 "{{r:CHOL NAM}}"이 들어가 있었다. 병원 접수하는 필리핀 여자가 그 {{r:O}}를 보고 혈액형 칸인 줄 알고 "O형이냐"고 물었다. 실제로 내 혈액형도 O형이라서 웃었다. 동료들은 나를 "{{r:O}} 선생"이라고 놀렸다.

우리 반장은 {{r:전명식}}이었다. 회사 영문 서류에는 {{r:Chon Myong-sik}}, 쿠웨이트 회사 임금표에는 {{r:JON MYONG SIK}}로 적혀 있었고, 나중에 남한 신문에는 {{r:Jeon Myung-sik}}으로 나왔다. {{r:전}} 반장은 전에 {{u:리비아}}에서도 반장을 했다고 자랑했다. 전화기는 {{r:전}} 반장 혼자 가지고 있었다.

현장은 {{u:Sabah Al-Salem}} 구역의 학교 건물과 {{u:Jaber Al-Ahmad International Stadium}} 주변 보수 공사였다. 매일 아침 다섯 시부터 밤 열 시까지 일했다. 여름 한낮 작업 금지 기간에도 {{r:전명식}}은 우리를 가림막 안에서 일하게 했다.

후원자(kafeel)는 {{p:Abu Saud}}라고 불렸다. 우리는 {{p:아부 사우드}}라고 했다. 그의 아내 {{p:Umm Saud}}({{p:움 사우드}})가 회사 돈을 맡았다고 들었다. 월급은 한 사람당 180디나르로 계약되어 있었는데, {{r:전}} 반장이 {{p:Umm Saud}} 사무실에서 한꺼번에 받아 왔다. 우리 손에는 15디나르가 들어왔다.

같은 방을 쓴 사람이 {{r:강명진}}이다. 여권에는 {{r:GANG MYONG JIN}}으로 되어 있었다. {{r:명진}}이는 {{u:남포}} 출신으로 미장공이었다. 2016년 3월 {{r:Gang}}이 비계에서 떨어져 허리를 다쳤는데, 이집트 기사 {{p:Ahmed Samir}}가 {{u:Mubarak Al-Kabeer Hospital}}로 데려갔다. {{r:전}} 반장은 {{p:Ahmed}}에게 "우리 일에 끼어들지 말라"고 소리쳤다. {{p:Samir}} 기사는 그 뒤로 우리와 말을 하지 않았다.

보위 담당은 {{p:리성국}}이었다. {{p:Ri}}는 대사관에서 한 달에 두 번 왔고 "{{u:김정은}} 동지께 충성하라, 가족을 생각하라"고 했다. 내 아내 {{p:채옥희}}와 딸 {{p:오은별}}의 이름을 외워서 불렀다. 그게 제일 무서웠다.

수단 사람 운전수 {{p:Abdelrahman}}은 우리를 {{u:Kuwait City}} 시장에 한 번 데려간 적이 있다. 거기서 {{r:명진}}이가 처음으로 전화 카드를 샀다가 {{r:전}} 반장에게 들켰다. {{r:Jon}}은 {{r:명진}}이의 카드를 부수고 한 달 치를 깎았다.

2017년 12월, 나는 {{p:Abdelrahman}}의 차를 타고 {{u:대한민국 대사관}}으로 갔다. 떠나기 전날 밤 {{r:명진}}이가 "{{r:철남}}아, 너라도 가라" 하고 말했다. {{r:강명진}}은 아직 그곳에 있는지, 돌아갔는지 모른다.""",
    },
    {
        "id": "h22-en-03",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Mun Kyong-sik", "문경식", "witness", ["Moon Kyung-sik", "Kyong-sik"]),
            ("Yi Tae-gun", "이태근", "supervisor", ["Ri Tae-gun", "Rhee Tae-keun"]),
            ("Sin Ok-chol", "신옥철", "coworker", ["Ok-chol"]),
        ],
        "note": "Sarawak coal mine, e-mail thread with headers and quoted replies between an NGO and a Malaysian lawyer; witness Moon beside the moon, coworker Sin beside 'sinner'; Yi/Ri/Rhee variants; Malay honorifics Encik, Puan and Pak (also a Korean surname), Iban 'anak' name, Chinese-Malaysian Ah name; a private worker named Kim Jong-nam beside the public one.",
        "text": """From: Casework Team <casework@example.org>
To: {{p:Rajesh Pillai}} <counsel@example.my>
Cc: {{p:Hana Cho}}
Date: Tue, 14 Aug 2018 09:12 +0900
Subject: Re: Re: {{u:Sarawak}} coal mine - client {{r:MOON}} (our ref MY-2018-011)

Dear Mr {{p:Pillai}},

Thank you. Answers in order.

1. Spelling. Our client is {{r:Mun Kyong-sik}} in North Korean romanization; his South Korean ID says {{r:MOON Kyung-sik}}. Please use {{r:Moon}} in the papers, as on the ID. (He says the only thing he saw of {{u:Sarawak}} was the moon: the shift went down before sunrise and came up after dark.)

2. The supervisor. Client names him {{r:Yi Tae-gun}}. The mine's payroll lists "{{r:RI TAE GUN}}" and the sending company's letter has "{{r:Rhee Tae-keun}}". Same man. {{r:Yi}} held all 47 passports in a metal box in the site office and kept the key on his belt.

3. "Pak {{p:Ali}}" in our notes is not a Korean. It is how the men addressed the Malay canteen cook, Pak {{p:Ali}}, whose full name client never learned. The only Korean called {{p:Pak}} on that site was the welder {{p:Pak Sung-il}}, who left in 2014.

4. The coworker. {{r:Sin Ok-chol}} lost his left eye in the March 2015 roof fall. Client insists that {{r:Sin}} was "no sinner, no deserter" and asks that {{r:Ok-chol}} not be named in anything the company can read.

5. Yes, there was a worker named {{p:Kim Jong-nam}} in the third shift. No relation to {{u:Kim Jong-nam}}, obviously; after February 2017 {{r:Yi}} made him use his father's name on the roster.

Best regards,
{{p:Hana Cho}} for the Casework Team

-----Original Message-----
From: {{p:Rajesh Pillai}} <counsel@example.my>
Sent: Mon, 13 Aug 2018 17:40 +0800
To: Casework Team
Subject: Re: {{u:Sarawak}} coal mine - client {{r:MOON}}

Dear {{p:Hana}},

Before I file with {{u:SUHAKAM}} I need (a) one consistent spelling of the client and of the supervisor, and (b) the names of Malaysian staff who saw the conditions.

Encik {{p:Razak bin Osman}}, the Malaysian shift supervisor, has already given a statement to the {{u:Labour Department of Sarawak}}. He confirms twelve-hour shifts underground and a second shift on the surface "when Mr {{r:Rhee}} wanted". Encik {{p:Razak}} also says the canteen lady, Puan {{p:Siti Aminah}}, gave the Koreans rice without charge. Is "Pak {{p:Ali}}" in your notes the same as Encik {{p:Razak}}?

Two more: the lorry driver {{p:Ah Seng}} (surname {{p:Lau}}, I think), and an Iban man, {{p:Jimbun anak Lunyong}}, who drove {{r:Sin}} to {{u:Sarawak General Hospital}} in {{u:Kuching}}. {{p:Jimbun}} is willing to testify.

Regards,
{{p:Rajesh}}

-----Original Message-----
From: {{p:Hana Cho}}
Sent: Fri, 10 Aug 2018 11:02 +0900
To: {{p:Rajesh Pillai}}
Subject: {{u:Sarawak}} coal mine - client {{r:MOON}}

Dear Mr {{p:Pillai}},

As discussed, summary of our client's account. {{r:Kyong-sik}} arrived at {{u:Kuching International Airport}} in 2013 (month unclear) with 46 other men and was bussed to a coal mine near {{u:Mukah}} operated by {{u:Heng Lee Mining Sdn Bhd}}. Shifts ran 05:00-19:00, and on "plan days" to 23:00. The men were paid through {{r:Yi}}; client received nothing in cash for the first eleven months, then RM 100 a month. {{r:Yi Tae-gun}} told the men that the money went to the loyalty fund for {{u:Kim Jong Un}}. Client's wife, {{p:Ho Sun-ae}}, was visited twice by the security service in {{u:Chongjin}}.

Client left in May 2016 with {{p:Ah Seng}}'s help and reached the South Korean consulate via {{u:Wisma Bapa Malaysia}}, where a guard pointed him the way. {{r:Moon}} says he still dreams of the mine.

Kind regards,
{{p:Hana}}""",
    },
    {
        "id": "h22-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ju Yong-chol", "주영철", "witness", ["영철"]),
            ("To Kum-ok", "도금옥", "relative", []),
            ("Ju Yong-mi", "주영미", "relative", ["영미"]),
        ],
        "note": "Letter from a mother in North Korea to her son at a Vladivostok site, carried by a returning worker; vocatives 영철아 and 영미, surnames 주 and 도 beside 한 주, 주인, 평안남도, 도와; neighbours named only by surname with 씨네, 아주머니; a university named after Kim Chaek; NGO note at the end.",
        "text": """{{r:영철}}이 보아라.

{{r:영철}}아, 네가 떠난 지 벌써 두 해가 되었구나. 이 편지는 {{u:블라디보스토크}}에서 돌아온 {{p:석}} 씨네 아들 {{p:석준호}} 편에 보낸다. {{p:준호}}가 거기서 너를 한 번 봤다기에 밤새 잠을 못 잤다. 얼굴이 새까맣게 탔고 살이 많이 빠졌다고 하더구나. 어미는 그 말만 듣고도 가슴이 내려앉았다.

집은 별일 없다. 너도 알다시피 아버지 돌아가신 뒤로 한 주에 두 번은 인민반 일을 나가야 한다. 인민반장 {{p:마}} 아주머니가 요즘은 좀 봐준다. {{p:마}} 아주머니 아들도 {{u:쿠웨이트}}에 나가 있어서 그런 것 같다.

{{r:영미}}는 올해 {{u:김책공업종합대학}} 시험을 봤다. 떨어졌다. 담임 선생이 "오빠가 외화벌이 나갔으니 된다" 했는데 안 되었다. {{r:영미}}가 너한테 섭섭하다고 하지 말라고 했다. 그 애도 다 안다.

지난달에 회사 사람이라고 {{p:조}} 지도원이 왔다. {{p:조}} 지도원은 네 월급이라며 옥수수 이십 킬로하고 기름 한 병을 놓고 갔다. 그러면서 "{{r:주영철}}이가 거기서 딴생각하면 이것도 끊긴다"고 했다. 그리고 네 반장 {{p:하명수}} 동무 어머니라는 사람이 따라와서 "우리 {{p:명수}}가 {{r:영철}}이를 잘 돌봐 준다"고 하더라. 고맙다고 했다. 무슨 말을 더 하겠니.

{{p:준호}} 말로는 너희가 아침 다섯 시부터 밤 열한 시까지 일한다더구나. 집 주인 러시아 사람이 돈을 주는데 그 돈은 {{p:하}} 반장이 다 가져간다고. 여권도 반장이 가지고 있다고. 어미는 그런 건 묻지 않겠다. 다만 몸만 상하지 마라. 손 다친 데는 다 나았느냐. {{p:준호}}가 네 왼손 붕대 이야기를 하다가 입을 다물었다.

옆집 {{p:전}} 씨네 큰아들 {{p:전광일}}이 {{u:시베리아}}에서 돌아왔는데 한쪽 다리를 절더라. 아무도 왜 그런지 묻지 않는다. {{p:광일}}이 어머니가 나를 붙잡고 울었다. 너는 꼭 두 다리로 걸어서 돌아와라.

{{u:평안남도}} 도 인민위원회에서 올해 외화벌이 가족 표창을 한다고 하는데 우리 집도 명단에 있다고 한다. 표창 같은 건 바라지 않는다. 도와달라는 말도 안 하겠다. 그저 우리 {{r:영철}}이 얼굴 한 번 보면 된다.

추운 데서 양말 두 켤레씩 신어라. {{r:영미}}가 짠 양말을 {{p:준호}} 편에 보내려 했는데 {{p:석}} 씨가 짐이 많다고 못 가져간다 했다. 다음 사람 편에 보내마.

{{u:순천}}에서 어미 {{r:도금옥}}이 쓴다.
추신: {{r:영미}}가 한 줄 쓴다고 한다. "오빠, 나는 괜찮아. 오빠가 밥은 꼭 먹어. {{r:영미}}가."

[단체 메모 - 2020. 3.] 위 편지는 {{r:주영철}} 씨가 {{u:서울}} 도착 후 제출한 것임. 추신 마지막의 서명 "{{r:영미}}"는 원문 그대로 옮김. 편지에 나오는 {{p:석준호}}, {{p:하명수}}는 면담에서 {{r:영철}} 씨가 확인한 실명이므로 공개본에서 모두 가릴 것. 어머니 {{r:도금옥}} 씨와 동생 {{r:주영미}} 씨는 아직 {{u:북한}}에 있음.""",
    },
    {
        "id": "h22-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Yong-hun", "리영훈", "witness", ["Yi Yong-hun", "Ри Ён Хун", "Yong-hun"]),
            ("Choe Tae-song", "최태성", "supervisor", ["Choi Tae-sung", "Чхве"]),
            ("Sin Hyok", "신혁", "coworker", ["Hyok", "혁"]),
        ],
        "note": "Moscow apartment site, Telegram Desktop export mixing Russian, English and Korean; display names with a zero-width space and emoji; Cyrillic forms of Korean names (Чхве, Чой, Ри) and a Cyrillic-Latin homoglyph mix; one-syllable given name 혁 with emoji; Russian patronymics and diminutives, a guard who shares Putin's name and patronymic; avenue, metro station and hospital named after people.",
        "text": """{{u:Telegram Desktop}} - chat export (text)
Chat: Помощь / 도움

{{p:Нина Волкова}}, [05.11.2019 22:14]
Добрый вечер. This is {{p:Nina}} from {{u:Civic Assistance Committee}}. {{p:Даша}} gave me this number. Can you write in English?

{{r:Yong\u200bhun}} 🇰🇵, [05.11.2019 22:20]
little english. 한국말 돼요?

{{p:Нина Волкова}}, [05.11.2019 22:21]
Я не говорю по-корейски. My colleague {{p:Alla}} will join, she is koryo-saram.

{{p:Алла Ким}}, [05.11.2019 22:25]
안녕하세요, 저는 {{p:알라}}예요. 고려인이에요. 이름이 어떻게 되세요?

{{r:Yong\u200bhun}} 🇰🇵, [05.11.2019 22:27]
{{r:리영훈}}. 러시아 서류에는 {{r:Ри Ён Хун}}. 남조선 식으로 {{r:Yi Yong-hun}}이라고 써도 돼요

{{p:Алла Ким}}, [05.11.2019 22:28]
{{r:영훈}} 씨, 지금 어디 계세요?

{{r:Yong\u200bhun}} 🇰🇵, [05.11.2019 22:31]
{{u:Москва}}. {{u:Ленинский проспект}} 옆 공사장. 아파트 짓는 데예요
우리 반장 {{r:최태성}}이 자요. 지금만 폰 써요. 폰은 {{r:신혁}}이 거예요

{{p:Алла Ким}}, [05.11.2019 22:33]
폰이 {{r:혁}} 씨 거라고요?

{{r:Yong\u200bhun}} 🇰🇵, [05.11.2019 22:35]
네. {{r:혁}}이는 몰래 폰 가졌어요. {{r:Hyok}}👍 좋은 사람

{{p:Нина Волкова}}, [05.11.2019 22:40]
{{p:Alla}}, ask him about hours and passports please

{{p:Алла Ким}}, [05.11.2019 22:41]
Спрошу. 몇 시간 일하세요? 여권은 누가 갖고 있어요?

{{r:Yong\u200bhun}} 🇰🇵, [05.11.2019 22:47]
아침 6시부터 밤 12시. 일요일도. 여권은 {{r:최}} 반장 가방에. 러시아 사람들은 반장을 {{r:Чой}}라고 불러요. 러시아 서류엔 {{r:Чхве Тхэ Сон}}
돈은 프라랍 {{p:Дмитрий Олегович}}이 {{r:최}} 반장한테 줘요. 우리는 한 달 3000루블. 나머지는 계획금이래요

{{p:Алла Ким}}, [05.11.2019 22:49]
{{p:Nina}}, прораб - {{p:Дмитрий Олегович}}, они зовут его {{p:Дима}}. Паспорта у бригадира {{r:Чхве}}. 18 часов в день, без выходных.

{{p:Нина Волкова}}, [05.11.2019 22:52]
Понятно. Is anyone hurt? Does {{r:\u0421hoi}} know you are writing?

{{r:Yong\u200bhun}} 🇰🇵, [05.11.2019 22:58]
{{r:혁}}이 손 다쳤어요. 그라인더. 지난주. {{r:Choi}}가 병원 안 된대요
경비 {{p:Владимир Владимирович}} 아저씨가 {{u:Склиф}} 가라고 했어요. 그 아저씨 이름이 {{u:Путин}}하고 같아서 우리가 웃어요

{{p:Алла Ким}}, [05.11.2019 23:01]
{{u:Склиф}} = {{u:Sklifosovsky Institute}}, {{p:Nina}}. The guard {{p:Владимир Владимирович}} ({{p:Vova}}?) told them to go there.

{{p:Нина Волкова}}, [05.11.2019 23:03]
I can meet them at {{u:Площадь Ильича}} metro tomorrow 14:00. Only if safe.

{{r:Yong\u200bhun}} 🇰🇵, [05.11.2019 23:10]
내일 안 돼요. {{r:최태성}}이 내일 대사관 가요. 모레 돼요
{{r:혁}}아 사진 보내 → [photo]

{{r:Yong\u200bhun}} 🇰🇵, [05.11.2019 23:11]
[photo: hand, bandage]
이거 {{r:Hyok}} 손. {{r:혁}}이라고 이름 쓰지 마세요. 집에 엄마 있어요

{{p:Алла Ким}}, [05.11.2019 23:13]
알겠어요. 이름 안 써요. {{p:Nina}}, he asks us not to write {{r:Hyok}}'s name anywhere. His mother is in {{u:Kaesong}}.

{{r:Yong\u200bhun}} 🇰🇵, [07.11.2019 13:52]
지금 가요. {{r:혁}}이랑 둘이. {{r:Чой}} 몰라요

{{p:Нина Волкова}}, [07.11.2019 14:20]
We are here, exit 2. Blue jacket. {{p:Даша}} is with me.

[end of export]""",
    },
    {
        "id": "h22-en-04",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Kwang-il", "최광일", "witness", ["Chkhve Kvan Ir", "Kwang-il"]),
            ("Pyo Chang-nam", "표창남", "supervisor", ["Пхё Чхан Нам"]),
            ("Ma Chol-u", "마철우", "coworker", ["Ма Чхоль У"]),
        ],
        "note": "St Petersburg building site, translated Russian hospital discharge summary with a partial date of birth; Korean names in Cyrillic transliteration and in ALL CAPS; coworker Ma beside the cry 'ma, ma'; Russian doctors with initials and patronymics, nurse by first name and patronymic; an institute and an avenue named after people.",
        "text": """[Translation from Russian. NGO file RU-2017-022. Translator's remarks in square brackets.]

{{u:Dzhanelidze Research Institute of Emergency Medicine}}, {{u:Saint Petersburg}}
Department of Traumatology No. 2
DISCHARGE SUMMARY (extract from case history No. 17-4412)

Patient: {{r:ЧХВЕ КВАН ИР}} / {{r:CHKHVE KVAN IR}} [= {{r:Choe Kwang-il}}, as in his DPRK passport; South Korean spelling would be {{r:Choi Kwang-il}}]
Date of birth: __.__.1979 (year only; documents not presented)
Place of work (per patient): building site, {{u:Prospekt Marshala Zhukova}}, contractor {{u:Stroymontazh-Nord}}
Admitted: 14.03.2017, 02:40, by ambulance called by a passer-by
Discharged: 16.03.2017, at the insistence of the employer's representative

Diagnosis: closed fracture of the left calcaneus; contusion of the lumbar region; first-degree hypothermia; exhaustion.

History: Through the interpreter {{p:Nikolai Sergeyevich Kim}} [a koryo-saram volunteer, not hospital staff], the patient states that he fell from scaffolding of about three metres at approx. 23:00 and lay on the ground for some time. He reports working seven days a week from 07:00 to 23:00 since September 2016. He has no medical insurance. The passer-by, {{p:Oksana Melnik}}, waited with the patient for the ambulance and left her telephone number.

Course: X-ray, immobilisation, analgesia. On 15.03.2017 a man who introduced himself as the brigade leader, {{r:Пхё Чхан Нам}} ({{r:PKHYO CHKHAN NAM}}) [= {{r:Pyo Chang-nam}}], came to the department and requested that the patient be discharged, stating the patient would be treated "by our own doctor". The attending physician explained the risk of displacement. On 16.03.2017 the patient signed a refusal of further in-patient treatment in the presence of {{r:Pyo}}. The patient's passport was not presented; {{r:Pyo}} stated it was "kept at the office".

On 15.03 a coworker, {{r:Ма Чхоль У}} [= {{r:Ma Chol-u}}], visited and brought food. Nursing note, night of 15/16.03: "Patient called out 'ma, ma' repeatedly. Nurse on duty at first thought he was calling the visitor {{r:Ma}}. Patient tearful." [The patient confirms he was calling for his mother. He says {{r:Ma}} was the only man in the brigade who visited.]

Recommendations: plaster cast 8 weeks, no weight-bearing; follow-up with a trauma surgeon at place of residence; analgesics.

Attending physician: {{p:Т. С. Белова}} ({{p:Tatyana Sergeyevna Belova}})
Head of department: {{p:А. В. Гусев}}
Nurse on duty 15/16.03: {{p:Людмила Ивановна}} ({{p:Lyuda}})

[Translator's remarks, 2018:
1. {{r:Kwang-il}} says that after discharge {{r:Pyo}} took him back to the dormitory in a car belonging to the Russian foreman, {{p:Gennady}} ("{{p:Gena}}"). The cast was removed after four weeks by {{r:Pyo Chang-nam}} himself with tin snips. {{r:Choe}} walked with a stick for the rest of his contract and was made to sort tiles sitting down, twelve hours a day.
2. {{r:Ma Chol-u}} was later moved to a site near {{u:Pulkovo}}. {{r:Choe}} has had no contact with {{r:Ma}} since.
3. {{r:Pyo}} told {{r:Kwang-il}} that "the hospital bill" would be deducted; USD 900 was deducted from his "plan account" over three months. The hospital confirms that emergency care was free of charge.
4. {{r:Choe}}'s wife {{p:Pak Yong-ok}} lives in {{u:Tanchon}}. {{r:Pyo}} mentioned her by name twice in the car.
5. Dr {{p:Belova}} remembers the patient and is willing to confirm the discharge circumstances. {{p:Oksana}}'s number no longer works.]""",
    },
    {
        "id": "h22-ko-04",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Yi Chun-sik", "이춘식", "witness", ["족제비", "춘식"]),
            ("An Myong-ho", "안명호", "coworker", ["명호"]),
            ("Ma Kyong-su", "마경수", "supervisor", []),
        ],
        "note": "Sakhalin building sites, KakaoTalk PC export between two former workers now in Seoul; witness shown under the nickname 족제비 (also used as an ordinary word in an idiom), display name with a zero-width space; surname 안 beside 안 'not', 마 beside the dialect 마 됐다; Russian diminutives in Hangul; a town named after Chekhov, Lenin Street.",
        "text": """{{r:족제비}} 님과 {{u:카카오톡}} 대화
저장한 날짜 : 2021-04-02 23:10:45

--------------- 2021년 3월 28일 일요일 ---------------
[{{r:족제비}}] [오후 9:12] {{r:명호}}야 자냐
[{{r:안\u200b명호}}] [오후 9:13] 안 자 ㅋㅋ 왜
[{{r:족제비}}] [오후 9:13] 오늘 단체에서 {{p:윤}} 선생님 전화 왔다. {{u:사할린}} 얘기 증언하래
[{{r:안\u200b명호}}] [오후 9:15] 하지 마라
[{{r:안\u200b명호}}] [오후 9:15] 아니 해라. {{r:마경수}} 그 인간 이름 꼭 넣어라
[{{r:족제비}}] [오후 9:16] {{r:마}} 반장 실명은 공개본에 안 넣는대. 가린대
[{{r:안\u200b명호}}] [오후 9:16] 마 됐다. 가려도 된다. 얘기만 해라
[{{r:족제비}}] [오후 9:18] 너 {{u:코르사코프}} 항구에서 {{p:세르게이}} 아저씨 배 구경한 거 기억나?
[{{r:안\u200b명호}}] [오후 9:19] 그거 {{u:유즈노사할린스크}}에서 처음 간 날 아니냐. {{u:레닌 거리}} 아파트 현장
[{{r:족제비}}] [오후 9:20] 맞다. 거기서 하루 열여섯 시간
[{{r:안\u200b명호}}] [오후 9:20] 열여덟이지. 겨울엔 동상 걸리고. {{p:세료자}} 아저씨가 장갑 준 거 기억 안 나?
[{{r:족제비}}] [오후 9:21] {{p:세르게이 니콜라예비치}}. {{p:세료자}}. 우리한테 빵도 준 사람
[{{r:안\u200b명호}}] [오후 9:22] ㅇㅇ 그 아저씨 마누라 {{p:갈랴}} 아줌마도
[{{r:족제비}}] [오후 9:24] 월급 얘기도 해야 되냐
[{{r:안\u200b명호}}] [오후 9:25] 당연하지. 한 달 300달러 계약인데 {{r:마}} 반장이 50 줬잖아. {{u:김정은}} 생일 충성자금 따로 걷고
[{{r:안\u200b명호}}] [오후 9:25] 그리고 여권. {{r:마경수}} 방 금고
[{{r:족제비}}] [오후 9:27] {{r:명호}}야 너 {{u:체호프}} 현장도 갔었지
[{{r:안\u200b명호}}] [오후 9:28] 갔지. {{u:체호프}} 학교 수리. 거기서 {{p:성일}}이 형 쓰러졌잖아
[{{r:족제비}}] [오후 9:29] {{p:김성일}} 형... 감기라더니
[{{r:안\u200b명호}}] [오후 9:30] {{r:마}}가 병원 안 보냈어. 사흘 누워 있다가 {{u:사할린 주립병원}} 갔을 땐 늦었지
[{{r:안\u200b명호}}] [오후 9:30] {{p:성일}}이 형 이름은 넣어라. 그 형 가족도 알아야 돼
[{{r:족제비}}] [오후 9:31] 알았다 😢
[{{r:족제비}}] [오후 9:33] 근데 내 이름 진짜 {{r:이춘식}}으로 나가면 어떡하냐
[{{r:안\u200b명호}}] [오후 9:34] 가명 쓴대매. 너 별명 {{r:족제비}} 그거 쓰라 해 ㅋㅋㅋ
[{{r:족제비}}] [오후 9:34] 족제비 같은 소리 하네
[{{r:안\u200b명호}}] [오후 9:35] {{r:춘식}}아 그리고 {{p:하}} 지도원 얘기도 해. 그 사람이 제일 나빴다
[{{r:족제비}}] [오후 9:37] {{p:하}} 지도원은 무섭다. 아직도 꿈에 나와. 그 사람 딸이 {{u:김일성종합대학}} 다닌다고 자랑했잖아
[{{r:안\u200b명호}}] [오후 9:38] 그러니까 해. 안 하면 또 꿈에 나온다
[{{r:족제비}}] [오후 9:40] {{r:안}} 선생 말씀 잘 알겠습니다 ㅋㅋ
[{{r:안\u200b명호}}] [오후 9:41] 그리고 이번 주 토요일 {{p:변}} 씨 결혼식 가지?
[{{r:족제비}}] [오후 9:41] ㅇㅇ {{u:하나원}} 동기들 다 온대. {{p:변영자}} 누나 드디어 간다
[{{r:안\u200b명호}}] [오후 9:42] 신랑이 남쪽 사람이라며. {{p:정우}}라고
[{{r:족제비}}] [오후 9:43] 몰라 {{p:윤}} 선생님한테 물어봐
--------------- 2021년 3월 29일 월요일 ---------------
[{{r:족제비}}] [오전 7:02] {{r:명호}}야 어제 얘기 {{p:윤}} 선생님한테 다 했다
[{{r:안\u200b명호}}] [오전 7:30] 잘했다 {{r:춘식}}이 👍""",
    },
    {
        "id": "h22-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Paek Sun-hwa", "백순화", "witness", ["Bai Shunhua", "白顺花", "顺花"]),
            ("Ri Ok-ran", "리옥란", "supervisor", ["李玉兰", "Lee Ok-ran"]),
            ("Kye Un-mi", "계은미", "coworker", ["은미", "桂"]),
        ],
        "note": "Dandong seafood plant, WeChat export in Chinese and Korean between a worker and an ethnic-Korean interpreter; the supervisor's surname 李 alone beside a different Chinese driver 老李; names read in Chinese characters; a display name with a zero-width joiner and emoji; 老/小 prefixes; Zhongshan Road (named after Sun Yat-sen), Kim Il Sung badge in Chinese.",
        "text": """{{u:微信}}聊天记录导出 / {{u:WeChat}} export
对方: {{p:美玲}}姐 ({{p:金美玲}})
导出时间: 2019-09-02

2019-08-03 22:14:05 {{p:美玲}}姐: {{r:顺花}}, 睡了吗?
2019-08-03 22:15:10 {{r:Sun\u200dhwa}}🌸: 안 잤어요 언니. 방금 끝났어요
2019-08-03 22:15:40 {{p:美玲}}姐: 又到这么晚? 几点开始的?
2019-08-03 22:16:58 {{r:Sun\u200dhwa}}🌸: 새벽 5시요. {{r:李}}组长이 오늘 물량 두 배래요
2019-08-03 22:17:30 {{p:美玲}}姐: {{r:李玉兰}}? 你们那个{{r:리옥란}}?
2019-08-03 22:18:02 {{r:Sun\u200dhwa}}🌸: 네 {{r:리옥란}} 반장. 중국 사람들은 {{r:李}}组长이라고 해요. 오늘 {{r:은미}} 또 울렸어요
2019-08-03 22:18:40 {{p:美玲}}姐: {{r:은미}}是小{{r:桂}}吧? {{r:计恩美}}?
2019-08-03 22:19:15 {{r:Sun\u200dhwa}}🌸: 네 {{r:계은미}}. 중국 사람들이 小{{r:桂}}라고 불러요. 손이 다 터졌어요. 게 껍데기에
2019-08-03 22:20:01 {{p:美玲}}姐: 我明天跟{{p:孙}}厂长说
2019-08-03 22:20:44 {{r:Sun\u200dhwa}}🌸: 하지 마세요 언니. {{p:孙}}厂长한테 말하면 {{r:李}}组长이 알아요. 그러면 우리 다 벌 받아요
2019-08-03 22:21:30 {{p:美玲}}姐: 好好. 那我先问老{{p:李}}, 开车的那个老{{p:李}}, 他每天去你们宿舍
2019-08-03 22:22:12 {{r:Sun\u200dhwa}}🌸: 老{{p:李}} 아저씨는 좋아요. 老{{p:李}}는 {{r:李}}组长이랑 친척 아니죠?
2019-08-03 22:22:50 {{p:美玲}}姐: 哈哈 不是. 中国姓李的人太多了. 老{{p:李}}叫{{p:李国庆}}
2019-08-04 06:02:11 {{r:Sun\u200dhwa}}🌸: 언니 어제 월급날이었어요. 또 없어요
2019-08-04 06:03:40 {{p:美玲}}姐: 工厂给每个人两千八. 我看见{{p:孙立新}}签的表
2019-08-04 06:05:02 {{r:Sun\u200dhwa}}🌸: 우리는 한 달 백오십 원이요. 나머지는 {{r:리옥란}}이가 "충성자금" 한대요. {{u:金正恩}} 원수님 생일 선물이래요
2019-08-04 06:06:19 {{p:美玲}}姐: 太过分了
2019-08-10 21:40:33 {{r:Sun\u200dhwa}}🌸: 언니 {{r:은미}}가 쓰러졌어요. 열이 나요
2019-08-10 21:41:02 {{p:美玲}}姐: 送医院! {{u:丹东市第一医院}}, {{u:中山路}}那边
2019-08-10 21:42:10 {{r:Sun\u200dhwa}}🌸: {{r:李}}组长이 안 된대요. 보위원 {{p:조}} 동무가 내일 온대요
2019-08-10 21:43:55 {{p:美玲}}姐: 我让小{{p:张}}开车过去. 小{{p:张}}是我表弟 {{p:张磊}}
2019-08-10 23:58:12 {{r:Sun\u200dhwa}}🌸: 小{{p:张}} 왔어요. {{r:은미}} 병원 갔어요. 고마워요 언니 🙏
2019-08-11 08:14:40 {{p:美玲}}姐: {{r:白顺花}}, 你自己也小心
2019-08-11 08:16:02 {{r:Sun\u200dhwa}}🌸: {{r:白顺花}} ㅋㅋ 중국 이름 이상해요. 그냥 {{r:순화}}라고 해요
2019-08-20 22:30:10 {{r:Sun\u200dhwa}}🌸: 언니 오늘 {{u:鸭绿江}} 산책 갔어요. 강 건너 {{u:新义州}} 보였어요. {{r:리옥란}}이 "조국을 봐라" 했어요. {{u:中朝友谊桥}} 앞에서 사진 찍었어요. {{u:金日成}} 배지 달고
2019-08-20 22:31:00 {{p:美玲}}姐: 你想走吗?
2019-08-20 22:35:41 {{r:Sun\u200dhwa}}🌸: 몰라요. 엄마 {{p:최금녀}}, 동생 {{p:백순영}} 있어요. {{r:李}}组长이 "네 엄마 {{u:회령}}에 있지" 그랬어요
2019-08-31 23:02:18 {{p:美玲}}姐: 周六我在{{u:沈阳}}. 如果你想好了, 小{{p:张}}会在后门等
2019-08-31 23:10:05 {{r:Sun\u200dhwa}}🌸: {{r:은미}}도 같이 가도 돼요?
2019-08-31 23:11:30 {{p:美玲}}姐: 可以. 两个人
2019-09-01 04:20:12 {{r:Sun\u200dhwa}}🌸: 나와요 지금

[NGO note: {{r:Paek Sun-hwa}} ({{r:백순화}}) arrived in {{u:Seoul}} in 2020; {{r:Kye Un-mi}} did not come out. "{{p:美玲}}姐" is {{p:Kim Mi-ryong}}, an ethnic-Korean interpreter from {{u:Yanji}}.]""",
    },
    {
        "id": "h22-en-05",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Jong Myong-ok", "정명옥", "witness", ["Chong Myong-ok", "Myong-ok"]),
            ("Yu Chun-hwa", "유춘화", "supervisor", []),
            ("So Hyang-mi", "소향미", "coworker", ["Hyang-mi"]),
        ],
        "note": "Hunchun seafood plants, news article quoting public officials (a UN special rapporteur, a Chinese spokesperson) and private workers; supervisor Yu inside quotes full of 'you', coworker So beside sentence-initial 'So'; a factory manager who gives only his surname; ethnic-Korean interpreter with Chinese and Korean readings; companies and leaders.",
        "text": """North Korean women still peel fish in {{u:China}} despite {{u:UN}} ban, former workers say

{{u:HUNCHUN}} - Behind the grey walls of a seafood plant on the edge of the {{u:Hunchun Border Economic Cooperation Zone}}, several hundred North Korean women worked until at least 2022 peeling squid and cracking crab for export, according to three former workers interviewed for this article.

"We started at six and finished when the fish was finished," said {{r:Jong Myong-ok}}, 31, who arrived in 2017 and left in 2022. "Some nights that was two in the morning." {{r:Jong}}, who asked that her home town not be published, said the women were locked into their dormitory at night and allowed out once a month, in a group, to walk along the {{u:Tumen River}}.

Employment of North Korean workers abroad has been banned since December 2019 under a {{u:UN Security Council}} resolution. {{u:Elizabeth Salmón}}, the {{u:United Nations}} special rapporteur on human rights in the {{u:DPRK}}, said in a statement that overseas workers "are subjected to conditions that may amount to forced labour". Asked about the plants, {{u:Wang Wenbin}}, a spokesperson for {{u:China}}'s foreign ministry, said that his government "has always fully implemented" {{u:Security Council}} resolutions.

The women's team leader, {{r:Yu Chun-hwa}}, kept their passports and their wages, {{r:Myong-ok}} said. "You work or you go home to the mine, {{r:Yu}} would tell us. You, you and you." According to {{r:Chong Myong-ok}} - the spelling on her South Korean documents - the plant paid about 2,500 yuan per worker a month to {{r:Yu}}, and each woman received between 100 and 200 yuan.

A second former worker, {{r:So Hyang-mi}}, 27, described a night in the winter of 2020 when the plant's heating failed. "So we worked in our coats," she said. "{{r:Hyang-mi}}, {{r:Yu}} said to me, your hands are young, they will warm up." So {{r:Hyang-mi}} kept peeling until she fainted. {{r:So}} was taken to {{u:Hunchun City Hospital}} by an ethnic-Korean interpreter, {{p:Piao Chunji}}, who is known to the workers as {{p:박춘희}} and to her Chinese colleagues as 老{{p:朴}}.

A third woman, who gave only her given name, {{p:Sol-mi}}, said that during the pandemic, when the border was closed, the women were told their families in {{u:Chongjin}} would be "looked after" as long as they kept working. "They said our mothers' names out loud at the meetings," {{p:Sol-mi}} said. {{p:Sol-mi}}'s mother, she said, is called {{p:Kim Ok-bun}}.

A man who answered the telephone at {{u:Hunchun Dongsheng Aquatic Products}} and identified himself only as Mr {{p:Zhang}}, a manager, said the company employed "no foreign workers at present". He declined to say whether it had done so in the past. The plant's owner, according to company registration records, is {{p:Zhang Hongwei}}; it is not clear whether Mr {{p:Zhang}} on the telephone is the same person.

Investigators from the {{u:Outlaw Ocean Project}} reported in 2023 that seafood processed by North Korean workers reached importers abroad.

{{r:Jong}} said she still thinks of {{r:Hyang-mi}} and of {{r:Yu}}. "{{r:Yu Chun-hwa}} was also a prisoner," she said. "Only she had the keys." """,
    },
    {
        "id": "h22-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("An Jong-suk", "안정숙", "witness", ["安貞淑", "정숙"]),
            ("Sok Man-ho", "석만호", "supervisor", []),
            ("Ha Sun-bok", "하순복", "coworker", ["순복"]),
        ],
        "note": "Ulaanbaatar garment workshop, lawyer's consultation form with 성명:/생년월일:/출생지: fields and an impossible consultation date; surnames 안/석/하 used alone beside 안, 석 달, 하루, 하지만; name in Hanja and romanized capitals; Mongolian names in Cyrillic and Hangul; district named after Sükhbaatar, airport after Chinggis Khaan.",
        "text": """법률상담 기록지

상담번호: 2020-몽-07
상담일: 2020. 2. 30. (원문 그대로, 2. 20.의 오기로 보임)
상담자: {{p:공지훈}} 변호사 / 기록: {{p:도하은}} 간사

1. 내담자 인적사항
성명: {{r:안정숙}}
한자: {{r:安貞淑}}
영문(여권): {{r:AN JONG SUK}}
생년월일: 1981년 ?월 5일 (월 기억 못 함)
출생지: {{u:혜산시}}
가족: 남편 {{p:조광민}}({{u:북한}} 거주), 딸 {{p:조은비}}({{u:북한}} 거주)

2. 파견 내역
기간: 2016. 4. ~ 2019. 10.
장소: {{u:몽골}} {{u:울란바토르}} {{u:수흐바타르}} 구, 봉제공장 ({{u:칸 텍스타일}})
직종: 재봉공, 하루 14~16시간

3. 관련자
- 작업반장 {{r:석만호}}: 여권 보관, 임금 수령.
- 동료 {{r:하순복}}: 같은 방, {{u:김책시}} 출신.
- 몽골인 공장장 {{p:Ганбаатар}} ({{p:간바타르}}).
- 몽골인 통역 {{p:체첵마}} ({{p:Цэцэгмаа}}).
- 보위원 {{p:도}} 모 (이름 모름).

4. 진술 요지
내담자는 2016년 4월 {{u:칭기즈칸 국제공항}}에 도착하여 여성 서른두 명과 함께 공장 뒤 숙소에 배치되었다고 진술함. 작업반장 {{r:석만호}}가 공항에서 여권을 걷었고, 석 달이 지나도 돌려주지 않았음. 내담자가 여권을 묻자 {{r:석}} 반장은 "{{r:안}} 동무는 안 물어봐도 되는 걸 묻는다"고 했다고 함.

작업은 아침 7시부터 밤 11시까지였고, 납기 전에는 새벽 2시까지 계속됨. 하루 쉬는 날은 한 달에 한 번이었으나 그날도 {{r:석만호}}가 청소와 생활총화를 시켰다고 함.

임금은 공장장 {{p:간바타르}}가 한 사람당 월 미화 400달러를 {{r:석}} 반장에게 지급했다고 통역 {{p:체첵마}}가 내담자에게 말해 주었음. 내담자가 실제 받은 금액은 월 20~30달러. 나머지는 "충성자금"과 "계획금"으로 공제되었고 {{u:김정은}} 생일, {{u:김일성}} 생일에 따로 걷었다고 함.

동료 {{r:하순복}}은 2018년 겨울 재봉틀 바늘이 손을 관통하는 사고를 당함. {{r:하}} 동무는 하루를 참다가 쓰러졌고, {{p:체첵마}}가 {{u:국립외상정형외과센터}}로 데려감. 하지만 {{r:석}} 반장은 치료비를 {{r:순복}}의 임금에서 공제했다고 함. 내담자: "{{r:순복}}이가 하하 웃으면서 괜찮다고 했어요. 괜찮을 리가 없죠."

보위원 {{p:도}}는 석 달에 한 번 대사관에서 와서 숙소를 뒤졌고, 내담자의 남편 {{p:조광민}}의 이름을 대며 "남편 잘 있다"고 말했다고 함. 내담자는 이를 협박으로 받아들였음.

내담자는 2019년 10월, {{p:체첵마}}의 도움으로 {{u:주몽골 대한민국 대사관}}에 들어감. {{r:안정숙}}은 "{{r:순복}}이를 두고 나온 게 제일 마음에 걸린다"고 함.

5. 검토 의견
- {{r:석만호}}, 보위원 {{p:도}}에 대한 정보는 {{u:국가인권위원회}} 진정서에 포함 가능.
- 내담자는 공개 자료에 "{{r:안}} 씨"로도 표기되지 않기를 희망함.
- 다음 상담: {{p:공지훈}} 변호사, 3월 중.""",
    },
    {
        "id": "h22-mixed-05",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Do Yong-il", "도영일", "witness", ["Yong-il", "영일"]),
            ("Song Tae-ho", "송태호", "supervisor", []),
            ("Ri Kum-chol", "리금철", "coworker", ["Lee Geum-cheol", "금철"]),
        ],
        "note": "Dakar port, WhatsApp group export in English, French and Korean about a fisherman who left a Chinese trawler; witness Do beside 'do', political officer Song beside the crew singing a song; display names on every line; port chaplain with title Father; Senegalese names; avenue, airport and hospital named after people, trawler and reefer names.",
        "text": """{{u:WhatsApp}} Chat - {{u:Dakar}} port welfare
[11/03/2019, 20:02:11] Fr {{p:Bernard Diouf}}: Messages and calls are end-to-end encrypted.
[11/03/2019, 20:05:40] Fr {{p:Bernard Diouf}}: Friends, a Korean fisherman came to the {{u:Stella Maris}} centre this evening. He left the trawler {{u:Fu Hai 686}}. He has no passport. {{p:Ji-woo}}, can you speak with him tomorrow?
[11/03/2019, 20:07:02] {{p:Ji-woo}}: Yes Father. What is his name?
[11/03/2019, 20:09:15] Fr {{p:Bernard Diouf}}: He wrote {{r:DO YONG IL}} on paper. He is very afraid.
[11/03/2019, 20:10:30] {{p:Moussa Ndiaye}}: Le {{u:Fu Hai 686}} est à quai 3 depuis vendredi. 12 Coréens à bord, capitaine chinois.
[12/03/2019, 10:14:05] {{p:Ji-woo}}: Spoke with {{r:Do Yong-il}} ({{r:도영일}}), 34, from {{u:Sinpo}}. Deckhand. On the trawler since 2016 - three years without touching land except here.
[12/03/2019, 10:16:22] {{p:Ji-woo}}: He says the political officer on board is {{r:Song Tae-ho}}. {{r:Song}} keeps all 12 passports. The Chinese captain is called 老{{p:黄}} by the Chinese crew, {{p:Huang}}.
[12/03/2019, 10:17:40] {{p:Moussa Ndiaye}}: Captain is {{p:Huang Jiancheng}}, I have the crew list from the agency.
[12/03/2019, 10:20:11] {{p:Ji-woo}}: {{r:Do}} says: "What do I do now? If I do not go back, {{r:Song}} will report my family." His wife {{p:Ri Chun-hwa}}, son {{p:Do Kwang-myong}}.
[12/03/2019, 10:21:35] Fr {{p:Bernard Diouf}}: Tell {{r:Yong-il}} he can stay here tonight.
[12/03/2019, 10:25:50] {{p:Ji-woo}}: Work: 18-20 hours a day when fishing. Sleep in shifts. Pay "credited" to the company in {{u:Pyongyang}}, he never saw any. Every evening {{r:Song}} made them sing a song for the General - "장군님 노래" he says - before the night haul.
[12/03/2019, 10:27:12] {{p:Ji-woo}}: His friend on board, {{r:Ri Kum-chol}} (South spelling {{r:Lee Geum-cheol}}), hurt his back in January. No doctor. {{r:금철}}이 형 he calls him.
[12/03/2019, 11:02:44] {{p:Moussa Ndiaye}}: Je peux amener {{r:Ri}} à l'{{u:Hôpital Principal de Dakar}} si le capitaine accepte. Le médecin là-bas, Dr {{p:Fall}}, est un ami.
[12/03/2019, 11:05:19] Fr {{p:Bernard Diouf}}: {{p:Moussa}}, careful. If {{r:Song}} sees you with {{r:Kum-chol}} he will know where {{r:Do}} went.
[12/03/2019, 14:40:03] {{p:Aminata Sow}}: Bonjour à tous. {{u:IOM}} can do an interview Thursday, office on {{u:Avenue Cheikh Anta Diop}}.
[12/03/2019, 14:41:10] {{p:Ji-woo}}: Thank you {{p:Aminata}}! {{r:영일}} 씨 agrees. He asks if the {{u:Embassy of the Republic of Korea}} will know.
[12/03/2019, 14:45:30] {{p:Aminata Sow}}: Only if he wants.
[13/03/2019, 07:12:00] {{p:Moussa Ndiaye}}: Le reefer {{u:Lucky Star 8}} arrive samedi pour transborder. Après ça le {{u:Fu Hai 686}} repart vers la {{u:Mauritanie}}.
[13/03/2019, 07:15:22] {{p:Ji-woo}}: {{r:Do}} is crying. He says {{r:금철}}이 형 will be punished for him.
[14/03/2019, 16:30:45] {{p:Aminata Sow}}: Interview done. Flight from {{u:Blaise Diagne International Airport}} being arranged. Please no more names in this group, use "{{r:Y}}" for him.
[14/03/2019, 16:32:10] Fr {{p:Bernard Diouf}}: Understood. God keep {{r:Y}}. 🙏
[14/03/2019, 16:33:01] {{p:Ji-woo}}: 👍 {{r:Y}} says thank you to Father {{p:Bernard}} and to {{p:Moussa}}.""",
    },
    {
        "id": "h22-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Hwang Il-bom", "황일범", "witness", ["Hwang Il-beom", "IH", "Il-bom"]),
            ("Kim Yong-dok", "김용덕", "supervisor", []),
            ("Ok Hyon-u", "옥현우", "coworker", ["Bear"]),
        ],
        "note": "Amur logging camp, UK tribunal decision extracted from PDF with soft hyphens inside names and words; appellant referred to by initials; judge acting publicly; coworker nicknamed Bear beside a real bear; Russian foreman with patronymic and diminutive, Evenk hunter, koryo-saram shopkeeper also named Kim; a street named after Lenin.",
        "text": """IN THE {{u:UPPER TRIBUNAL}} (IMMIGRATION AND ASYLUM CHAMBER)
Appeal Number: PA/04417/2019

DECISION AND REASONS

Before: UPPER TRIBUNAL JUDGE {{u:HARWOOD}}

Between: {{r:IH}} (ANONYMITY DIRECTION MADE), Appellant
and THE {{u:SECRETARY OF STATE FOR THE HOME DEPARTMENT}}, Respondent

1. The appellant, {{r:IH}}, is a national of the {{u:Democratic People's Republic of Korea}}. His name as it appears in his expired DPRK passport is {{r:HWANG IL BOM}}; in the South Korean documents relied on by the respondent it is {{r:Hwang Il-beom}}. I shall refer to him as the appel\u00adlant.

2. The appellant's account is that between 2014 and 2017 he worked at a logging camp some 80 km north of {{u:Tynda}} in {{u:Amur Oblast}}. The camp was operated for the DPRK side by {{u:Korea Sungri Forestry Corporation}}.

3. He describes a team leader, {{r:Kim Yong\u00addok}}, who collected the workers' passports on arrival and kept them for three years. {{r:Kim}} set a daily quota of timber; the appellant says the working day began at 05:00 and ended at 21:00 or later, with one rest day a month "if the plan was met". It rarely was.

4. The appellant describes the Russian foreman of the concession, {{p:Gen\u00adnady Petrovich Lapin}}, whom the men called "{{p:Gena}}". {{p:Gennady Petrovich}} paid the DPRK side per cubic metre. The appellant never received cash from {{r:Kim Yong-dok}} beyond small sums for cigarettes. A koryo-saram shopkeeper in {{u:Tynda}}, {{p:Valentina Kim}}, also called {{p:Valya}}, sold the men bread on credit and "was no relation to our {{r:Kim}}", as the appellant put it.

5. A coworker, {{r:Ok Hyon-u}}, was known in the camp as "{{r:Bear}}" because, the appellant said, he once chased a bear out of the kitchen tent with a frying pan. In February 2016 {{r:Ok}} was struck by a falling larch. {{r:Kim}} refused to call a doctor. An Evenk hunter, {{p:Semyon}}, took {{r:Hyon-u}} on a snowmobile to the hospital on {{u:ulitsa Lenina}} in {{u:Tynda}}. {{r:Bear}} did not return to the camp; the appellant was told he had been "sent home".

6. The appellant says that {{r:Kim}} read out the names of workers' family members at political study sessions. He names his mother, {{p:Yun Kum-sun}}, and his sister, {{p:Hwang Il-sun}}, who live in {{u:Hyesan}}. The appellant left the camp in August 2017 with the help of {{p:Semyon}} and reached {{u:Vladivostok}} and, eventually, {{u:Hanawon}}.

7. In {{u:Seoul}} the appellant worked in a warehouse. He says he was recognised by a former camp worker, {{p:Jang Myong\u00adsu}}, who told him that {{r:Kim Yong-dok}} had been posted to the DPRK embassy in {{u:Moscow}}, and who later telephoned him to say that "the team leader knows where you are". The appellant came to the {{u:United Kingdom}} in 2018 and claimed asylum on arrival.

8. I have a report from Dr {{p:Helen Marsh}}, consultant psychiatrist, who diagnoses post-traumatic stress disorder. Dr {{p:Marsh}} records that the appellant "repeatedly returned to the injury of his friend {{r:Ok}}" and to the bear story, which he told with evident affection.

9. The respondent accepts that the appellant is a citizen of the {{u:Republic of Korea}} as well as the {{u:DPRK}}. The question is whether he can obtain protection there. I note the statements of {{u:Kim Jong Un}} on "traitors abroad" placed before me. I find the appellant's account of his work in the camp, of {{r:Kim}}, of {{p:Gena}} and of {{r:Bear}} credible and consistent.

10. For the reasons below, the appeal is dismissed on asylum grounds but allowed on Article 3 grounds.

Signed: Upper Tribunal Judge {{u:Harwood}}
Date: 12 Febru\u00adary 2020""",
    },
    {
        "id": "h22-ko-06",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Sok Un-byol", "석은별", "witness", ["은별"]),
            ("Jon Myong-gil", "전명길", "supervisor", []),
            ("Kil Sun-mi", "길순미", "coworker", ["순미"]),
        ],
        "note": "Jilin garment factories, Korean news article quoting a minister and a UN rapporteur (public) and former workers with pseudonyms (private); surnames 석/전/길 used alone beside 석 달, 전했다, 전화, 길; a worker who shares the minister's name; a news agency, the National Assembly and an autonomous prefecture.",
        "text": """"월급은 전쟁 자금으로"... 中 공장 北 노동자들 집단 항의, 탈출 여성 증언

[{{u:서울}}={{u:연합뉴스}}] {{u:중국}} {{u:지린성}}의 의류 공장에서 일하던 북한 여성 노동자들이 임금 체불에 항의해 집단 소요를 일으켰다는 보도가 나온 가운데, 당시 현장에 있었다는 여성의 증언이 나왔다.

2024년 초 {{u:허룽}}의 한 봉제 공장에서 일하다 탈출해 최근 입국한 {{r:석은별}}(가명·29) 씨는 "석 달 넘게 한 푼도 못 받았고, 밀린 돈이 조국의 전쟁 준비에 쓰였다는 소문이 돌면서 사람들이 참지 못했다"고 전했다.

{{r:석}} 씨에 따르면 공장에는 {{u:옌볜조선족자치주}} 일대 여러 공장에 흩어진 북한 여성 수백 명 중 약 이백 명이 있었다. 작업은 오전 6시부터 밤 11시까지 이어졌고, 주문이 몰리면 새벽 2시까지 재봉틀을 돌렸다. 여권은 작업반장 {{r:전명길}}이 보관했다.

{{r:석}} 씨는 "{{r:전}} 반장은 전에 {{u:단둥}} 공장에서도 반장을 했다는 사람"이라며 "{{r:전명길}}이 전화를 받고 나면 꼭 누군가 비판서를 썼다"고 말했다. 소요 당일 {{r:전}} 반장과 보위 지도원 {{p:황}} 모 씨가 작업장에 갇혔다는 보도에 대해서는 "그 자리에 있었지만 누가 무엇을 했는지는 말할 수 없다"며 말을 아꼈다.

함께 일한 {{r:길순미}}(가명·31) 씨의 이야기도 전했다. {{r:길}} 씨는 2023년 겨울 재봉틀에 손가락을 다쳤지만 병원에 가지 못했다. {{r:석}} 씨는 "{{r:순미}} 언니는 공장 마당에서 길 건너 병원 간판이 보였는데도 못 갔다"며 "{{r:순미}} 언니가 '{{r:은별}}아, 우린 길이 없다'고 하던 말이 잊히지 않는다"고 했다. {{r:길순미}} 씨의 현재 행방은 알려지지 않았다.

중국 측 공장 관리자로는 조선족 {{p:김룡철}} 씨와 한족 관리인 {{p:류}} 모 씨가 거론됐다. 노동자들은 {{p:류}} 씨를 "小{{p:刘}}"라고 불렀다고 {{r:석}} 씨는 전했다. {{p:김룡철}} 씨는 본지와의 통화에서 "공장은 이미 문을 닫았다"고만 말했다.

{{u:통일부}} {{u:김영호}} 장관은 이날 {{u:국회}}에서 "관련 보도를 예의주시하고 있다"고 밝혔다. 공교롭게도 {{r:석}} 씨와 함께 탈출한 남성 노동자 중에도 {{p:김영호}}라는 이름의 {{u:청진}} 출신 남성이 있었다고 {{r:석}} 씨는 말했다. 그는 "장관님과 이름이 같다고 {{u:하나원}} 동기들이 놀렸다"고 덧붙였다.

{{u:엘리자베스 살몬}} {{u:유엔}} 북한인권 특별보고관은 성명을 내고 "해외 파견 노동자들의 임금이 국가에 의해 조직적으로 몰수되고 있다"고 지적했다. {{u:중국 외교부}}는 "관련 상황을 알지 못한다"고 답했다.

{{r:석}} 씨는 {{u:회령}}에 어머니 {{p:정옥순}} 씨를 두고 왔다. "{{r:전}} 반장이 회의 때마다 엄마 이름을 불렀다. 그게 제일 무서웠다"고 그는 말했다. 그는 "{{u:김정은}}에게 바칠 돈이 아니라 우리 엄마한테 갈 돈이었다"며 눈물을 보였다.

{{p:최수연}} 기자""",
    },
    {
        "id": "h22-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Yun Kwang-hyok", "윤광혁", "witness", ["Kwang-hyok", "광혁", "Kwanghyok"]),
            ("Kong Yong-nam", "공용남", "supervisor", []),
            ("Jo Hyon-chol", "조현철", "coworker", ["현철"]),
        ],
        "note": "Vientiane hotel site and escape across the Mekong, LINE chat export in English, Thai and Korean with a Thai volunteer; supervisor Kong beside Mekong and Hong Kong; Thai honorifics P' and Khun, Lao Thao; coworker Jo; a province and a leader both named Kaysone Phomvihane, a hospital and a detention centre.",
        "text": """[{{u:LINE}}] Chat history with P'{{p:Noi}} 🌼
Saved on: 2018/06/02 23:01

2018/05/28(Mon)
21:12	P'{{p:Noi}} 🌼	Hello {{r:Kwanghyok}}, this is {{p:Noi}}. Khun {{p:Somchai}} gave me your {{u:LINE}}. You are safe now?
21:14	{{r:Kwanghyok}}	yes. {{u:Nong Khai}}. hotel. thank you
21:15	P'{{p:Noi}} 🌼	Good. My Korean is little. 한국어 조금. Can I ask questions for the report?
21:16	{{r:Kwanghyok}}	ok. 천천히
21:18	P'{{p:Noi}} 🌼	Where did you work in {{u:Laos}}?
21:21	{{r:Kwanghyok}}	{{u:Vientiane}}. hotel building. company {{u:Paektusan Construction}}. 2015 to 2018
21:22	P'{{p:Noi}} 🌼	Who was the boss?
21:25	{{r:Kwanghyok}}	korean boss {{r:Kong Yong-nam}}. {{r:공용남}}. lao boss Thao {{p:Bounmy}}
21:26	P'{{p:Noi}} 🌼	{{r:Kong}} like {{u:Mekong}} 555 😅
21:27	{{r:Kwanghyok}}	yes {{r:Kong}} ㅋㅋ. he say he work in {{u:Hong Kong}} before. not true
21:30	P'{{p:Noi}} 🌼	How many hours?
21:33	{{r:Kwanghyok}}	6am to 11pm. sunday also. 17 hour. {{r:공}} 반장이 시계 봐요
21:34	P'{{p:Noi}} 🌼	Passport?
21:35	{{r:Kwanghyok}}	{{r:Kong}} have. all 30 passport
21:40	P'{{p:Noi}} 🌼	Money?
21:44	{{r:Kwanghyok}}	Thao {{p:Bounmy}} pay {{r:Kong}}. we get 20 dollar. sometimes 0. 충성자금
21:47	P'{{p:Noi}} 🌼	Who came with you across the river?
21:50	{{r:Kwanghyok}}	friend {{r:조현철}}. {{r:Jo}}. he cannot swim. {{u:Mekong}} very big. lao fisherman {{p:Khamla}} take us in boat. 200 dollar. {{r:현철}}이가 돈 냈어요
21:52	P'{{p:Noi}} 🌼	Where is {{r:Jo}} now?
21:53	{{r:Kwanghyok}}	same hotel. sleeping. {{r:Jo}} 👍
21:55	P'{{p:Noi}} 🌼	Tomorrow Khun {{p:Somchai}} will take you to {{u:Bangkok}}. Police will send you to {{u:Suan Phlu Immigration Detention Centre}} first, do not be scared. It is normal.

2018/05/29(Tue)
08:02	{{r:Kwanghyok}}	누나 ({{p:Noi}}) good morning. {{r:현철}} 아파요. 발
08:05	P'{{p:Noi}} 🌼	What happened to his foot?
08:09	{{r:Kwanghyok}}	site accident 2017. {{r:Kong}} no hospital. {{u:Mahosot Hospital}} only one time. {{r:Kong}} say money
08:11	P'{{p:Noi}} 🌼	I will tell {{p:Somchai}}. He knows a doctor, Dr {{p:Wanchai}}.
08:20	{{r:Kwanghyok}}	one more. my mother {{p:Pak Chun-ok}} in {{u:Hamhung}}. {{r:Kong}} know. please no name in report
08:21	P'{{p:Noi}} 🌼	Of course. I write only "{{r:K}}". OK?
08:22	{{r:Kwanghyok}}	ok {{r:K}} 😊

2018/06/01(Fri)
19:40	P'{{p:Noi}} 🌼	{{r:Kwanghyok}} are you at {{u:Suan Phlu}}?
19:52	{{r:Kwanghyok}}	yes. {{r:Jo}} also. Korean embassy man come tomorrow
19:53	P'{{p:Noi}} 🌼	Good. Before you go: the Lao boss Thao {{p:Bounmy}}, full name?
19:58	{{r:Kwanghyok}}	{{p:Bounmy Sisavath}}. he is good man. he say {{r:Kong}} is bad. he show us picture of {{u:Kaysone Phomvihane}}, say he come from {{u:Kaysone Phomvihane}} province ㅋㅋ
20:01	P'{{p:Noi}} 🌼	haha. ok. fly safe. 화이팅 {{r:광혁}} 🙏""",
    },
    {
        "id": "h22-en-07",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Jo Kwang-hyok", "조광혁", "witness", ["Hyok", "Kwang-hyok"]),
            ("Man Tok-su", "만덕수", "supervisor", ["万"]),
            ("Tak Un-gi", "탁은기", "coworker", ["Un-gi"]),
        ],
        "note": "Chinese squid jigger in the South Atlantic and the port of Montevideo, ship's crew list with ALL CAPS names and Chinese characters plus caseworker notes; bosun surnamed Man beside 'man', read 万 in Chinese with 老; a combining accent in a Filipino name, an Indonesian mononym, an impossible date of birth; vessels, a hospital named after a person, a Catholic seafarers' charity, an airport.",
        "text": """CREW LIST / 船员名单
Vessel: {{u:LU YAN YUAN YU 027}} ({{u:鲁烟远渔027}})
Port of call: {{u:Montevideo}}, arrival 14.04.2019

No. Name                          Rank           Nat. DOB
01  {{p:CHEN HAIBO}} {{p:陈海波}}               Master         CHN  1971-05-??
02  {{p:WANG LEI}} {{p:王磊}}                   Chief Officer  CHN  1983-11-02
03  {{p:JOSE\u0301 DELA CRUZ}}                  Chief Engineer PHL  1969-02-30
04  {{p:AGUS SANTOSO}}                   Oiler          IDN  1990-07-14
05  {{p:SUTRISNO}}                       Deckhand       IDN  1995-01-01
06  {{r:MAN TOK SU}}                     Bosun          PRK  1975-00-00
07  {{r:JO KWANG HYOK}}                  Deckhand       PRK  1992-08-19
08  {{r:TAK UN GI}}                      Cook           PRK  1988-03-03
09  {{p:RI CHOL}}                        Deckhand       PRK  1990-10-10
10  {{p:PAK SONG HUN}}                   Deckhand       PRK  1987-06-21
11  {{p:O KUK CHOL}}                     Deckhand       PRK  1994-12-01
12  {{p:KIM MYONG GUK}}                  Deckhand       PRK  1985-04-15

CASEWORKER NOTES (interview with crew no. 07, {{u:Montevideo}}, 22.04.2019)

{{r:Jo}} says the nine Korean men on board were supplied through a Chinese agency; only six appear on this list. The other three, including {{p:Kye Song-il}} and a boy everyone called "{{p:Kkoma}}", were transferred at sea to the reefer {{u:Hai Feng 718}} in February and are not on any list {{r:Jo}} has seen.

{{r:Man}}, the bosun, is also the minder. The Chinese officers call him 老{{r:万}}. {{r:Jo}}: "{{r:Man}} is not a bad man, but he is the man who writes the reports." {{r:Man Tok-su}} holds the Korean passports and the seamen's books in the captain's safe.

Hours: jigging lights on from dusk to dawn, then freezing and packing until noon; 18 to 20 hours. No days off for eleven months. Pay is credited to the company in {{u:Pyongyang}}; {{r:Hyok}} has received USD 40 in cash in two years, from {{p:José}}, not from {{r:Man}}.

The cook, {{r:Tak Un-gi}}, scalded his arm in March. There is no medic. The Filipino chief engineer {{p:Jose\u0301}} dressed the burn with honey and cling film. {{r:Un-gi}} kept cooking. {{r:Tak}} told {{r:Jo}} that {{r:Man}} had written "{{r:Tak}} careless" in the report.

The Indonesian oiler {{p:Agus}} lent {{r:Kwang-hyok}} a phone at sea, when the ship passed close to the {{u:Falkland Islands}} and there was signal. {{r:Hyok}} called nobody: "Who would I call? My mother has no phone." His mother is {{p:Choe Ok-sil}}, in {{u:Sinpo}}.

In port, {{r:Jo}} crushed two fingers in a winch and was taken by the agent, {{p:Martín Acosta}}, to {{u:Hospital Maciel}}. A nurse there, {{p:Lucía}}, asked him in English if he wanted to go home. He said no. {{p:Lucía Pereira}} called an {{u:ITF}} inspector and the {{u:Prefectura Naval}}.

Captain {{p:Chen}} (老{{p:陈}}) told {{p:Acosta}} that {{r:Jo}} was "a good worker, a bit weak in the head". {{r:Man}} came to the hospital the next morning with {{p:Wang Lei}} to take {{r:Jo}} back on board; {{p:Lucía}} would not let them in.

Status: {{r:Jo}} is staying at a shelter run by the {{u:Apostleship of the Sea}}; a flight from {{u:Carrasco International Airport}} is being discussed. {{r:Un-gi}} and {{r:Man}} sailed with the {{u:LU YAN YUAN YU 027}} on 25.04.""",
    },
    {
        "id": "h22-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yi Kwang-su", "이광수", "witness", ["광수"]),
            ("Ma Yong-chol", "마용철", "supervisor", []),
            ("Song Man-bok", "성만복", "coworker", ["만복"]),
        ],
        "note": "Vladivostok building brigade, photographed wage ledger with a column of names and an NGO commentary; surnames 이/마/성 used alone beside 이 대장, 이 씨, 성실, 성과, 만 원; a minder named by surname only with (수표); Russian names with patronymic in Hangul and Cyrillic; a street named after a merchant.",
        "text": """2018년 7월분 로임 및 계획금 납부 대장
단위: {{u:블라디보스토크}} 제3작업반 ({{u:조선은하무역회사}} {{u:연해주}} 대표부)
작업반장: {{r:마용철}} (수표)

번호 / 성명 / 직종 / 총액(루블) / 계획분 / 충성자금 / 숙식비 / 실지급 / 비고
1 / {{r:마용철}} / 반장 / 60,000 / 30,000 / 5,000 / 0 / 25,000 /
2 / {{r:이광수}} / 미장 / 45,000 / 30,000 / 5,000 / 7,000 / 3,000 /
3 / {{r:성만복}} / 타일 / 45,000 / 30,000 / 5,000 / 7,000 / 0 / 병결 5일 공제
4 / {{p:김철진}} / 목수 / 45,000 / 30,000 / 5,000 / 7,000 / 3,000 /
5 / {{p:주영남}} / 목수 / 45,000 / 30,000 / 5,000 / 7,000 / 3,000 /
6 / {{p:도광호}} / 용접 / 48,000 / 32,000 / 5,000 / 7,000 / 4,000 /
7 / {{p:안성국}} / 잡역 / 40,000 / 28,000 / 5,000 / 7,000 / 0 / 사상투쟁 벌금
8 / {{p:리명수}} / 미장 / 45,000 / 30,000 / 5,000 / 7,000 / 3,000 /
9 / {{p:한금철}} / 타일 / 45,000 / 30,000 / 5,000 / 7,000 / 3,000 /
10 / {{p:공수남}} / 잡역 / 40,000 / 28,000 / 5,000 / 7,000 / 0 / 귀국 대기
11 / {{p:방철}} / 용접 / 48,000 / 32,000 / 5,000 / 7,000 / 4,000 /
12 / {{p:전일}} / 운전 / 50,000 / 33,000 / 5,000 / 7,000 / 5,000 /
합계 / / / 556,000 / 363,000 / 60,000 / 77,000 / 53,000 /
확인: 보위지도원 {{p:변}} (수표)

[단체 주석 - 2019. 11.]
이 대장은 {{r:이광수}} 씨가 2018년 8월 작업반 사무실에서 휴대전화로 찍어 가지고 나온 것이다. {{r:이}} 씨에 따르면 대장은 두 벌이었다. 하나는 러시아 측 감독 {{p:안드레이 빅토로비치}}({{p:Андрей Викторович}})에게 보여 주는 것으로 한 사람당 월 6만 루블이 적혀 있었고, 이 대장은 {{r:마}} 반장이 {{u:평양}}에 보고하는 것이었다.

{{r:이광수}} 씨는 "실지급 3,000루블도 손에 쥔 적이 없다. {{r:마용철}}이가 '귀국할 때 한꺼번에 준다'며 가지고 있었다"고 말했다. {{r:마}} 반장은 매달 총화 때 "성과가 없으면 충성자금이라도 성실히 내야 한다"고 했다고 한다.

3번 {{r:성만복}}은 {{r:이}} 씨와 같은 방을 썼다. 사람들은 그를 {{r:만복}}이라 부르거나 "{{r:성}} 동무"라고 불렀다. {{r:이광수}} 씨는 "{{r:성}} 동무는 성이 나도 말을 안 했다"고 기억한다. 2018년 7월 {{r:만복}}이는 {{u:세묘놉스카야 거리}}의 아파트 현장에서 허리를 다쳐 닷새를 누웠고, 그 닷새 치와 함께 한 달 실지급 전액이 깎였다. 비고란의 "병결 5일 공제"가 그것이다. {{r:이}} 씨는 "그 달 {{r:만복}}이가 받은 돈은 0원, 만 원도 아니고 0원"이라고 했다.

10번 {{p:공수남}}은 같은 달 "귀국 대기"가 되었다. {{r:이}} 씨는 {{p:공수남}}이 러시아 건물주 {{p:올가 세르게예브나}}에게 전화를 빌린 것이 발각되었기 때문이라고 들었다. {{p:수남}}이가 실제로 귀국했는지는 모른다.

7번 {{p:안성국}}의 "사상투쟁 벌금"에 대해서는 {{r:이}} 씨도 내용을 모른다. 보위지도원 {{p:변}} 씨는 한 달에 두 번 {{u:블라디보스토크}} 총영사관에서 왔다. {{p:변}} 지도원은 {{u:김정은}} 동지의 "해외 근로자들에게 주신 말씀"을 읽게 했다고 한다.

{{r:이광수}} 씨는 2018년 9월 러시아인 감독 {{p:안드레이}}의 도움으로 빠져나왔다. 대장에 이름이 적힌 나머지 열한 명(반장 포함)은 공개본에서 모두 가릴 것. 특히 {{r:마용철}}과 {{p:변}} 지도원은 {{r:이}} 씨의 가족({{u:개성}} 거주 어머니 {{p:정복희}})을 알고 있음.""",
    },
    {
        "id": "h22-mixed-07",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Pyo Chol-jin", "표철진", "witness", ["Chol-jin"]),
            ("Kang Il-hwan", "강일환", "supervisor", ["Gang Il-hwan"]),
            ("Pyo Chol-nam", "표철남", "relative", ["Chol-nam"]),
        ],
        "note": "Mongolia construction dispatch, a recruiter's roster in Korean with English NGO annotations; two brothers with the same surname Pyo on the roster so a bare 'Pyo' must be resolved; wives listed as guarantors; home towns and birth years beside names; airport under its old name, a square named after Kim Il Sung, a station, a ministry.",
        "text": """해외 건설 2차 파견 선발 명단 ({{u:몽골}}) / Recruiter's roster, 2nd dispatch to {{u:Mongolia}}
[NGO translation notes in square brackets. Source: photo taken by W in 2017.]

작업반장: {{r:강일환}} / Team leader: {{r:KANG Il-hwan}} (b. 1968)
인솔: {{u:대외경제성}} 파견과 {{p:류}} 지도원 [the escort, surname {{p:Ryu}}, given name unknown]

번호 | 성명 | 생년 | 출신 | 직종 | 비고
11 | {{p:김성혁}} | 1979 | {{u:해주}} | 미장 | 처 {{p:박은숙}} 담보
12 | {{p:정명철}} | 1982 | {{u:사리원}} | 목수 | 토대 좋음
13 | {{p:오광일}} | 1985 | {{u:해주}} | 철근 | 제대군인
14 | {{r:표철진}} | 1984 | {{u:옹진}} | 미장 | 처 {{p:림순애}} 담보, 동생 15번
15 | {{r:표철남}} | 1987 | {{u:옹진}} | 철근 | 형 14번
16 | {{p:우현수}} | 1980 | {{u:신천}} | 용접 | 부 {{p:우병식}} 당원
17 | {{p:석광진}} | 1990 | {{u:해주}} | 잡역 | 미혼, 모 담보
18 | {{p:남기철}} | 1977 | {{u:재령}} | 목수 | 2차 파견

[NGO notes:
- W is no. 14, {{r:Pyo Chol-jin}} ({{r:표철진}}). His younger brother, no. 15, is {{r:Pyo Chol-nam}}. In W's account "{{r:Pyo}}" alone always means the brother; W calls himself "I".
- "처 ... 담보" = "wife as guarantee". {{r:Chol-jin}}'s wife {{p:Rim Sun-ae}} is listed as his guarantor. W: "담보라는 게 인질이라는 말이에요."
- Team leader {{r:Kang Il-hwan}}, spelled {{r:Gang Il-hwan}} on the Mongolian work permit. W: "{{r:강}} 반장은 {{u:김일성광장}}에서 선서할 때부터 우리 여권 걷을 생각만 했어요."
- Group left {{u:Pyongyang Station}} in April 2017 by train, flew to {{u:Buyant-Ukhaa International Airport}}.]

Site: apartment blocks in {{u:Ulaanbaatar}}, for {{u:Altan Bulag Construction LLC}}. Mongolian foreman: {{p:Batbayar}} ({{p:바트바야르}}), called "{{p:Bataa}}". Hours 06:00-23:00.

W's account (condensed, interpreted):
"{{r:철남}}이는 나보다 세 살 아래예요. {{r:강일환}}이 {{r:철남}}이를 일부러 철근 조에 넣었어요. 형제가 같이 있으면 같이 도망간다고. {{p:바트}} 아저씨는 우리 형제를 구분 못 해서 그냥 둘 다 '{{r:표}}'라고 불렀어요. 그러면 {{r:강}} 반장이 '큰 {{r:표}}', '작은 {{r:표}}' 하고 고쳐 줬어요."

[W says {{p:바트}}, {{p:바타}} and "{{p:Bataa}}" interchangeably; all are the foreman {{p:Batbayar}}. He called both brothers "{{r:Pyo}}".]

"2018년 2월에 {{r:철남}}이가 손을 다쳤어요. {{r:강}} 반장이 병원을 안 보내서 {{p:바타}} 아저씨가 차로 {{u:제1병원}}에 데려갔어요. 그 일로 {{r:강일환}}이 {{r:철남}}이랑 저를 갈라놨어요. 저는 그해 가을에 {{u:대한민국 대사관}}으로 갔고, {{r:철남}}이는 못 왔어요. 16번 {{p:우현수}} 형이 {{r:철남}}이 소식을 전해 줬는데, 작년에 귀국했대요."

[W asks that no. 14 and no. 15 be blacked out entirely. He also asks us not to publish {{p:Woo Hyon-su}}'s name: {{p:Woo}} is still in {{u:Mongolia}}.]""",
    },
    {
        "id": "h22-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ju Song-il", "주성일", "witness", ["Song-il"]),
            ("Chang Hak-bong", "장학봉", "supervisor", ["Jang Hak-bong"]),
            ("Do Myong-hak", "도명학", "coworker", ["Myong-hak"]),
        ],
        "note": "Windhoek monument and office-block sites, a secret cash ledger kept by the witness with translated columns and commentary; coworker Do beside 'do', Chang/Jang variants; Namibian names with the honorific Meme, Herero and Oshiwambo names; avenues named after Sam Nujoma and Robert Mugabe, an airport named after Hosea Kutako, state president.",
        "text": """LEDGER - translated from the witness's pocket notebook (Korean), with his comments
Witness: {{r:Ju Song-il}} ({{r:주성일}}), b. 1983, {{u:Hamhung}}. Mason, {{u:Windhoek}} 2014-2017.
Employer of record: {{u:Mansudae Overseas Project Group of Companies}}

"I kept this because {{r:Chang}} kept his. Somebody had to keep the real one."

Month: 2016-03 (all sums in Namibian dollars)
Name               Contract   Plan     Loyalty  Board   Paid
{{r:Chang Hak-bong}}     -          -        -        -       (holds all)
{{r:Ju Song-il}}         9,000      6,000    1,000    1,500   500
{{r:Do Myong-hak}}       9,000      6,000    1,000    1,500   0  ("fine")
{{p:Ri Kwang-chol}}      9,000      6,000    1,000    1,500   500
{{p:Kim Hyok-nam}}       9,000      6,000    1,000    1,500   500
{{p:Chae Un-sik}}        9,000      6,000    1,000    1,500   500
{{p:Om Tae-ryong}}       9,000      6,000    1,000    2,000   0  (hospital)

Comments (witness):

1. {{r:Chang Hak-bong}} - in the company's English papers {{r:Jang Hak-bong}} - was our team leader. He collected our passports at {{u:Hosea Kutako International Airport}} and put them in the site office safe. {{r:Chang}} told the Namibian clerk, {{p:Petrus Shikongo}}, that the safe held "drawings".

2. "Plan" went to {{u:Pyongyang}}. "Loyalty" was for the Leader, {{u:Kim Jong Un}}. "Board" was rice, cabbage and a bed in a container in {{u:Katutura}}. What was left, if {{r:Chang}} did not find a reason for a fine, was "Paid".

3. {{r:Do Myong-hak}} was fined the whole month in March because he asked {{p:Petrus}} how much the Namibians were paid. {{r:Chang}} asked him, "What do you think you do here, {{r:Do}}? You do the work. You do not do the asking." {{r:Myong-hak}} did not ask again.

4. We worked from six in the morning until ten at night on the office block off {{u:Robert Mugabe Avenue}}, and in 2016 on repairs at the {{u:Independence Memorial Museum}} on {{u:Sam Nujoma Avenue}}. On Sundays {{r:Chang}} sent half of us to {{u:Heroes' Acre}} to clean the stonework our company had built years before.

5. {{p:Om Tae-ryong}} fell from the scaffold at the museum in February. {{p:Petrus}} and the security guard, {{p:Uaandja Kavari}}, took {{p:Om}} to {{u:Katutura State Hospital}}. The hospital did not charge, but {{r:Chang}} deducted 500 for "hospital" anyway. {{p:Tae-ryong}} went home in May with a bad leg.

6. The tea lady at the site office, Meme {{p:Ndapewa}}, gave us bread. {{r:Chang}} forbade it. Meme {{p:Ndapewa Nghipondoka}} kept giving it, through the fence, to {{r:Myong-hak}} and me.

7. In 2017 we heard on {{p:Petrus}}'s radio that President {{u:Hage Geingob}} had promised that the Koreans would leave. {{r:Chang}} said it was a lie. In November the company sent us home by air. In {{u:Beijing}} I left the group. {{r:Do}} stayed with the group. I do not know what happened to {{r:Do Myong-hak}}.

8. My wife is {{p:Yang Mi-ok}}, my son {{p:Ju Chol}}. {{r:Chang}} knew both names and used them. "{{r:Song-il}}, think of {{p:Chol}}," he would say when he handed me 500.""",
    },
    {
        "id": "h22-ko-08",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ko Myong-su", "고명수", "witness", ["명수"]),
            ("Jin Tae-sok", "진태석", "supervisor", []),
            ("No Un-chol", "노은철", "coworker", ["꼬마", "은철"]),
        ],
        "note": "Russian crab boat out of Nakhodka, a crew list followed by a Korean statement; surnames 고/진/노 beside 고기, 진짜, 노를 젓다, 노래, 노동; coworker nicknamed 꼬마 (also used as an ordinary word); Russian captain and owner with patronymics, diminutives and Cyrillic; a ship named after an admiral.",
        "text": """선원 명부 (러시아 선적 게잡이 배 {{u:아드미랄 마카로프}}호, 2017년 가을 항차, {{u:나홋카}} 출항)

1. 선장 {{p:파벨 그리고리예비치 소콜로프}} ({{p:Павел Григорьевич Соколов}}) - 러시아
2. 항해사 {{p:이고리}} - 러시아
3. 기관장 {{p:바실리 쿠즈민}} - 러시아
4. 조선 측 책임자 {{r:진태석}} - 조선
5. 갑판원 {{r:고명수}} - 조선
6. 갑판원 {{r:노은철}} - 조선 (18세)
7. 갑판원 {{p:최룡남}} - 조선
8. 갑판원 {{p:계철호}} - 조선
9. 조리원 {{p:안순길}} - 조선

진술 ({{r:고명수}}, 2019년 5월)

나는 {{r:고명수}}다. 2016년부터 두 해 동안 {{u:나홋카}}에서 러시아 배를 탔다. 배 이름은 {{u:아드미랄 마카로프}}였는데 우리는 그냥 "{{u:마카로프}}"라고 했다. 선주는 {{p:세르게이 이바노비치}}라는 사람이었고 러시아 선원들은 그를 {{p:세료자}}라고 불렀다. {{p:세르게이 이바노비치}}는 배에 한 번도 타지 않았다.

우리 조선 사람 여섯의 책임자는 {{r:진태석}}이었다. {{r:진}} 동무는 진짜 바다를 모르는 사람이었다. 배멀미를 하면서도 우리한테는 "진을 치고 버텨라"고 했다. 여권과 선원수첩은 {{r:진태석}}이 선장실 금고에 넣었다.

일은 배가 {{u:오호츠크해}}에 나가면 하루 스무 시간이었다. 통발을 올리고, 게를 고르고, 꼬마 게는 바다에 도로 던지고, 얼리고, 다시 통발을 내렸다. 고기 냄새가 몸에서 빠지지 않았다. 잠은 네 시간씩 교대로 잤다. 러시아 선원들은 여덟 시간 일하고 들어갔다.

제일 어린 사람이 {{r:노은철}}이었다. 열여덟 살이었고 우리는 다 {{r:꼬마}}라고 불렀다. {{r:꼬마}}는 노래를 잘했다. {{r:진}} 동무가 저녁마다 노래를 시키면 {{r:은철}}이가 불렀다. 러시아 기관장 {{p:바실리}}가 {{r:꼬마}}를 귀여워해서 초콜릿을 주곤 했다. 그런데 어리다고 봐주는 일은 없었다. {{r:노}} 동무는 어른 몫의 노동을 했다. {{r:진태석}}은 "{{r:노}}가는 노를 젓게 해야 정신을 차린다"며 웃었다.

돈은 선장이 한 사람당 한 달 육백 달러를 {{r:진}} 동무에게 준다고 {{p:이고리}}가 말해 주었다. 우리는 한 항차가 끝나면 이십 달러, 삼십 달러를 받았다. 나머지는 "계획분"이었고, {{u:김정은}} 동지 생일과 당 창건일에 따로 걷었다.

2017년 10월, {{r:꼬마}}가 갑판에서 통발 줄에 감겨 바다에 빠졌다. {{p:바실리}}가 뛰어들어 {{r:은철}}이를 건졌다. {{r:노은철}}은 갈비뼈가 부러졌지만 {{r:진태석}}은 {{u:나홋카}} 병원에 보내지 않았다. 배가 들어오자 선장 {{p:소콜로프}}가 직접 {{r:은철}}이를 {{u:나홋카 시립병원}}에 데려갔다. {{r:진}} 동무는 그 일로 선장과 크게 싸웠다.

2018년 봄에 나는 {{u:블라디보스토크}}에서 배를 내리면서 {{p:이고리}}의 도움으로 빠져나왔다. {{r:꼬마}}는 같이 가자고 해도 오지 않았다. 어머니 {{p:허순임}}이 {{u:청진}}에 있다고 했다. {{r:은철}}이는 "{{r:명수}} 형, 나는 노래나 하면서 기다릴게요" 했다.

내 아내 {{p:방은실}}은 내가 나온 뒤 {{u:청진}}에서 어디로 옮겨졌다고 들었다. {{r:진}} 동무가 보고했을 것이다. 고 녀석, 아니 {{r:진태석}}이 나를 많이 미워했다.""",
    },
    {
        "id": "h22-mixed-08",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Pak Kum-hui", "박금희", "witness", ["Bak Geum-hui", "Park Keum-hee", "금희"]),
            ("Hong Chol-bom", "홍철범", "supervisor", []),
            ("Mo Sun-ok", "모순옥", "coworker", ["순옥"]),
        ],
        "note": "Greenhouses near Lublin, bilingual Korean/English intake form with 성명/Name fields and romanized variants (Pak/Bak/Park); coworker surname 모 beside 모종, 모두, 모르다; Polish farmer with Pan/Pani, Ukrainian seasonal workers, a Polish NGO; hospital named after Cardinal Wyszyński, the border guard and an airport.",
        "text": """상담 접수표 / INTAKE FORM (KR-EN)
접수번호 / Case no.: PL-2020-004
접수일 / Date: 2020-07-09
담당 / Caseworker: {{p:서지민}} ({{p:Seo Ji-min}})

성명 / Name: {{r:박금희}} / {{r:PAK KUM HUI}}
기타 표기 / Other spellings: {{r:Bak Geum-hui}} (Polish visa), {{r:Park Keum-hee}} (South Korean ID)
생년월일 / DOB: 1990-??-14
출생지 / Place of birth: {{u:단천}} / {{u:Tanchon}}
파견지 / Worksite: tomato and strawberry greenhouses near {{u:Lublin}}
고용주 / Employer: {{u:Kowalczyk Farm Sp.j.}} (owner Pan {{p:Stanisław Kowalczyk}})
파견 기간 / Period: 2016-03 ~ 2019-10

관련 인물 / Persons named:
- 작업반장 / Team leader: {{r:홍철범}} ({{r:HONG Chol-bom}})
- 동료 / Coworker: {{r:모순옥}} ({{r:MO Sun-ok}}), b. 1988, {{u:Hamhung}}
- 농장주 부인 / Farmer's wife: Pani {{p:Bożena}}
- 우크라이나 노동자 / Ukrainian workers: {{p:Olena Hrytsenko}}, {{p:Oksana}} (surname unknown)

진술 요약 / Summary (client's words):
"새벽 다섯 시에 온실에 들어가서 밤 열 시에 나왔어요. 모종 옮기는 철엔 열두 시까지요. 한 달에 하루 쉬었어요. 여권은 {{r:홍}} 반장이 처음부터 가져갔어요."

"The Polish boss, Pan {{p:Kowalczyk}}, paid the money to {{r:Hong}}. I saw the envelopes. {{r:Hong}} gave us 100 złoty a month, sometimes 200 before the holidays. {{r:홍철범}}이는 나머지는 '조국에 보낸다'고 했어요."

"{{r:순옥}}이는 저랑 같은 방 썼어요. {{r:모}} 언니는 모르는 게 없었어요. 모종 기르는 것도, 폴란드 말도 조금. 그래서 {{r:홍}} 반장이 {{r:모순옥}}을 제일 미워했어요. 모두 보는 앞에서 '{{r:모}} 동무는 말이 많다'고 비판했어요."

"In August 2018 {{r:Sun-ok}} fainted in the greenhouse. It was 45 degrees inside. Pani {{p:Bożena}} called an ambulance and {{r:Sun-ok}} went to {{u:Szpital im. Kardynała Wyszyńskiego}}. {{r:Hong}} was angry at Pani {{p:Bożena}}, not at the heat."

"The Ukrainian women, {{p:Olena}} and {{p:Oksana}}, were paid every Friday, in their hands. {{p:Olena}} asked me why I never got money. I did not know what to say. {{p:Olena Hrytsenko}} later gave me the number of {{u:La Strada}}."

"{{r:홍}} 반장은 제 어머니 {{p:리순애}} 이름을 알고 있었어요. '{{r:금희}}야, 어머니 생각해라' 하고요."

처리 / Action:
- 2019-10: client left the farm with {{p:Olena}}'s help; bus to {{u:Warsaw}}; {{u:Straż Graniczna}} and {{u:Embassy of the Republic of Korea}} informed.
- {{u:Państwowa Inspekcja Pracy}} {{u:Lublin}}: complaint filed 2020-06.
- Do not contact Pan {{p:Kowalczyk}} directly; {{r:Hong}} may still be in touch with him.
- {{r:Mo Sun-ok}}: whereabouts unknown; client believes {{r:Mo}} was sent home via {{u:Lublin Airport}} in 2019.""",
    },
    {
        "id": "h22-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Un-hyang", "리은향", "witness", ["Lee Eun-hyang", "Yi Un-hyang", "Un-hyang"]),
            ("Jong Kum-sil", "정금실", "supervisor", ["Chong Kum-sil", "Jeong Geum-sil"]),
            ("Ok Chun-ae", "옥춘애", "coworker", ["Frog", "Chun-ae"]),
        ],
        "note": "Garment factory in Tumen city, translated interview transcript with Q:/A:/INT: speaker labels; supervisor Jong in three spellings right beside 'Kim Jong Un' and 'Kim Jong Il'; coworker nicknamed Frog beside real frogs in the river; Chinese managers with Xiao/Lao and characters; a brand, a university hospital and border towns.",
        "text": """TRANSCRIPT (translated from Korean) - interview CN-2021-031, session 2
Present: Q = interviewer; A = witness; INT = interpreter ({{p:Bae}})

Q: Last time you told us about the dormitory. Today, the factory. Can you say your name for the recording?
A: {{r:Ri Un-hyang}}. In {{u:Seoul}} they wrote {{r:Lee Eun-hyang}}.
INT: She says her registration card has "{{r:Lee}}", but at home it was always {{r:Ri}}.
Q: Where was the factory?
A: In {{u:Tumen}}, in {{u:Jilin}}. Across the river from {{u:Namyang}}. We sewed jackets. The labels said {{u:Northwind Apparel}}.
Q: Who was in charge of your group?
A: {{r:Jong Kum-sil}}. {{r:Jong}} banjang.
INT: "Banjang" is team leader. In South Korean spelling she would be {{r:Jeong Geum-sil}}; on the Chinese roster it was {{r:Chong Kum-sil}}.
Q: What was she like?
A: {{r:Jong}} was... she loved {{u:Kim Jong Un}} more than her own children, she said so. Every morning we bowed to the portraits of {{u:Kim Il Sung}} and {{u:Kim Jong Il}}, and then {{r:Jong Kum-sil}} read the quota.
Q: What were the hours?
A: Six to midnight. When a container was due, until three. Sunday afternoon we washed clothes. Two hundred and ten women.
Q: Your passport?
A: {{r:Jong}} had it. All of them. In a bag with a lock.
Q: Were you paid?
A: The Chinese boss, 老{{p:赵}} - Lao {{p:Zhao}}, {{p:Zhao Guoqiang}} - paid {{r:Jong}}. {{r:Jong}} paid us: 100 yuan, sometimes 50. Xiao {{p:Liu}} from the office told me the factory paid 2,300 each.
INT: She wrote the names for me: 老{{p:赵}}, 小{{p:刘}}. Xiao {{p:Liu}} is a young woman, {{p:Liu Fang}}.
Q: Tell us about {{r:Ok Chun-ae}}.
A: {{r:Frog}}! We called her {{r:Frog}}. Because in summer, when they walked us along the {{u:Tumen River}}, the frogs were singing and {{r:Chun-ae}} sang back at them, "gaegul, gaegul". {{r:Jong}} hit her for it. After that everyone called her {{r:Frog}}, even {{r:Jong}}.
Q: What happened to her?
A: In 2019 {{r:Ok}} got the needle through her finger, and it went bad. {{r:Jong}} said work with the other hand. Xiao {{p:Liu}} took her to {{u:Yanbian University Hospital}} in {{u:Yanji}}. They cut off the top of the finger.
Q: Did {{r:Chun-ae}} come back to work?
A: Yes. With nine fingers. {{r:Frog}} sewed faster than me with nine.
Q: Did anyone threaten your families?
A: {{r:Jong}} knew my mother's name, {{p:Han Pok-hui}}, and my brother, {{p:Ri Chol-u}}. She said them at the criticism meeting. "{{r:Ri Un-hyang}}, your brother {{p:Chol-u}} is in the army. Think about him."
INT: She is crying. Short pause.
Q: When did you leave?
A: In March 2020, when the border was closed and the factory stopped for the virus. Xiao {{p:Liu}} left the back door open. I think on purpose. A Korean-Chinese driver, Mr {{p:Piao}}, took me to {{u:Yanji}}. {{r:Frog}} did not come. She said, "{{r:Un-hyang}}, go, someone must tell."
Q: Do you know where {{r:Ok Chun-ae}} is now?
A: No. I hope she is still singing at the frogs.""",
    },
    {
        "id": "h22-ko-09",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Sok Jin-u", "석진우", "witness", ["진우"]),
            ("Sok Un-hui", "석은희", "relative", ["은희"]),
            ("Ma Un-sil", "마은실", "other", []),
        ],
        "note": "Seoul hospital discharge summary for a worker injured at a Moscow site; surnames 석 and 마 beside 석고붕대, 석 달, 마취, 마비; a resident surnamed 문 beside 문진; sister as guardian; hospital named after Louis Severance, Moscow hospital named after Botkin; the former site manager known only by surname.",
        "text": """퇴원요약지 (Discharge Summary)

병원: {{u:연세대학교 세브란스병원}} 정형외과
환자명: {{r:석진우}} (남/36)  등록번호: 1120****
입원일: 2019-03-04  퇴원일: 2019-03-21
주치의: {{p:한지수}} 교수  /  전공의: {{p:문태인}}
보호자: {{r:석은희}} (누나, 연락처 별도)
의뢰: {{u:하나원}} 의료지원 연계, 사회사업팀 {{r:마은실}} 상담사

진단명
1. 좌측 경골 간부 부정유합 (2017년 골절 후 방치)
2. 좌측 비골신경 부분 마비 의증
3. 영양결핍

현병력
환자는 2016년부터 2018년까지 {{u:러시아}} {{u:모스크바}} 소재 아파트 건설현장에서 근무하였다고 함. 2017년 11월 3층 높이 비계에서 추락하여 좌측 하퇴부를 다쳤으나 당시 현장 책임자(환자 진술상 "{{p:도}} 반장")가 병원 이송을 거부하였고, 러시아인 동료 {{p:알렉세이}}가 다음 날 {{u:보트킨 병원}} 응급실로 데려가 석고붕대 고정만 받았다고 함. 이후 석 달 동안 추가 진료 없이 작업을 계속하였고, 석고붕대는 환자가 직접 제거하였다고 함.

환자에 따르면 근무 시간은 07시~23시, 휴일은 월 1회였으며 여권은 {{p:도}} 반장이 보관함. 임금은 거의 받지 못하였다고 함. 2018년 8월 현장을 이탈하여 2019년 1월 입국.

입원 경과
전공의 {{p:문태인}}의 문진 시 환자는 통증보다 "다리가 마음대로 안 움직인다"는 점을 호소함. 2019-03-06 전신마취 하 교정절골술 및 금속판 고정술 시행. 수술 후 특이 합병증 없음. 비골신경 마비 증상은 부분 호전. 보호자 {{r:석은희}} 씨가 매일 방문함. 환자는 입원 중 야간에 수차례 놀라서 깨는 모습을 보였고, 간호사 {{p:윤슬기}}에게 "{{p:도}} 반장이 온다"고 말한 적 있음.

퇴원 시 상태
목발 보행 가능. 통증 조절 양호.

퇴원 처방
- 진통제 2주분
- 재활의학과 외래 (2019-04-02)
- 정형외과 외래 {{p:한지수}} 교수 (2019-04-16)

사회사업팀 메모 ({{r:마은실}})
{{r:석진우}} 님은 {{u:하나원}} 퇴소 후 누나 {{r:석은희}} 님과 {{u:인천}}에 거주 예정. {{r:은희}} 님은 2014년 먼저 입국. 환자는 러시아 현장 동료 중 {{p:리광명}}, {{p:주철호}}의 소식을 알고 싶어 함. 특히 "{{p:광명}}이는 나보다 더 많이 다쳤다"고 반복함. 정신건강의학과 협진 권유하였으나 환자는 "마음은 괜찮다"며 보류함. {{r:진우}} 님 요청으로 진료기록 사본 발급 시 러시아 현장 책임자 {{p:도}} 씨 관련 진술은 제외함. 담당 {{r:마}} 상담사 연락처는 보호자에게 전달함.

작성: 전공의 {{p:문태인}} / 확인: {{p:한지수}}""",
    },
    {
        "id": "h22-mixed-09",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Sin Kwang-bom", "신광범", "witness", ["광범"]),
            ("An Tok-hun", "안덕훈", "supervisor", ["Ahn Deok-hun"]),
            ("Yang Il-do", "양일도", "coworker", ["일도"]),
        ],
        "note": "Kinshasa statue and stadium projects, Korean 문:/답: transcript with English translator's notes; surnames 신/안/양 beside 신발, 안, 양이 많다; Congolese names with Papa/Maman honorifics; statues, a mausoleum, a boulevard, an airport and state leaders named Kabila and Lumumba.",
        "text": """Transcript, interview CD-2018-02 (Korean original, translator's notes in English)

문: 성함과 어디서 일하셨는지 말씀해 주세요.
답: {{r:신광범}}입니다. 2011년부터 2016년까지 {{u:콩고민주공화국}} {{u:킨샤사}}에 있었습니다. {{u:만수대창작사}} 해외사업 쪽으로 나갔어요.
[TN: {{u:Mansudae Art Studio}}. W is a sculptor's assistant and concrete worker.]
문: 무슨 일을 하셨어요?
답: 동상이요. {{u:로랑데지레 카빌라}} 묘소하고 {{u:파트리스 루뭄바}} 동상, 그리고 경기장 보수요.
[TN: the {{u:Laurent-Désiré Kabila}} mausoleum and the {{u:Patrice Lumumba}} statue on {{u:Boulevard Lumumba}}.]
문: 책임자는 누구였어요?
답: {{r:안덕훈}}이요. 우리끼리는 {{r:안}} 과장이라고 했어요. {{r:안}} 과장은 안 웃는 사람이었어요.
[TN: W alternates between "{{r:안}}" and "{{r:Ahn}}" when he speaks English; same man.]
문: 하루에 몇 시간 일했어요?
답: 아침 다섯 시부터요. 밤에는 불 켜 놓고 열한 시까지. 비 오는 철엔 쉬는 날이 있었는데 {{r:안덕훈}}이 그날도 숙소 청소를 시켰어요.
문: 여권은요?
답: {{r:안}} 과장 방 금고요. 현지인 경비 Papa {{p:Mbuyi}}가 그 방 열쇠를 하나 더 가지고 있었어요. Papa {{p:Mbuyi}}는 좋은 사람이었어요.
[TN: "Papa" is a Congolese term of respect for an older man, not a kinship term here. Full name per W: {{p:Jean-Pierre Mbuyi Kalala}}.]
문: 임금은 받으셨어요?
답: 정부가 회사에 주는 돈이 얼마인지 몰랐어요. 우리는 한 달에 오십 달러. 양이 많을 때는 백 달러. 나머지는 충성자금이요. {{u:김정은}} 동지 생일에 따로 또.
[TN: "양이 많을 때" = "when the workload was large".]
문: 같이 일한 분 중에 다친 분이 있어요?
답: {{r:양일도}}요. {{r:일도}}는 {{u:평양}} 사람이고 저보다 두 살 위였어요. 2014년에 발판이 무너져서 다리가 부러졌어요. {{r:안}} 과장은 중국 약만 줬어요. Maman {{p:Kapinga}}가, 식당 아주머니인데, {{r:양}} 동무를 {{u:Hôpital du Cinquantenaire}}에 데려갔어요.
[TN: Maman = respectful address for a woman. W does not know her full name; the kitchen staff called her Maman {{p:Kapinga}} or Mama {{p:Kapi}}.]
문: 그 뒤로 {{r:양일도}} 씨는요?
답: 석 달 누워 있다가 다시 나왔어요. 신도 못 신고 맨발로 시멘트 날랐어요. 그 발로요.
[TN: "신" here = shoes.]
문: 가족에게 연락은 됐어요?
답: 안 됐어요. {{r:안}} 과장이 제 처 {{p:김순옥}} 이름을 알았어요. "{{r:신}} 동무, {{p:순옥}}이 잘 있다더라" 그렇게. 그게 협박이에요.
문: 어떻게 나오셨어요?
답: 2016년에 {{u:조셉 카빌라}} 대통령 쪽에서 동상 값을 다 안 줬다고 회사가 철수했어요. {{u:은질리 국제공항}}으로 가는 버스에서 제가 화장실 간다고 내렸어요. 택시 기사 {{p:Jolie}}라는 여자가 {{u:Gombe}} 쪽 한국 대사관까지 태워 줬어요.
[TN: "{{p:Jolie}}" per W; surname unknown.]
문: 마지막으로 하시고 싶은 말씀은요?
답: {{r:일도}} 형, 미안해요. {{r:양일도}}가 아직 거기 있으면, 누가 신발 한 켤레만 줬으면 좋겠어요.""",
    },
    {
        "id": "h22-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ham Yong-gil", "함영길", "witness", ["Yong-gil"]),
            ("Kang Chol-bom", "강철범", "other", ["Chol-bom"]),
            ("Kang Chol-ung", "강철웅", "relative", ["Chol-ung"]),
        ],
        "note": "Saint Petersburg stadium site, draft petition to FIFA and a UN rapporteur with signatories; witness Ham beside 'ham'; two brothers surnamed Kang; a Russian foreman who shares a famous entrepreneur's name; public officials named in the address block; stadium named after Kirov and its sponsor, island, airport.",
        "text": """DRAFT v3 - NOT FOR CIRCULATION - names of workers to be removed before sending

To: Mr {{u:Gianni Infantino}}, President, {{u:FIFA}}
Cc: Mr {{u:Tomoya Obokata}}, {{u:UN}} Special Rapporteur on contemporary forms of slavery
Re: The death of a North Korean worker at the {{u:Krestovsky Stadium}} site, {{u:Saint Petersburg}}, November 2016

Dear Mr {{u:Infantino}},

We write about {{r:Kang Chol-bom}}, a 47-year-old North Korean construction worker who, according to a coworker, died of a heart attack in a container dormitory on {{u:Krestovsky Island}} in November 2016, while building the stadium. The stadium, now called {{u:Gazprom Arena}}, stands on the site of the old {{u:Kirov Stadium}}.

The coworker, {{r:Ham Yong-gil}}, worked beside {{r:Chol-bom}} for eleven months. {{r:Ham}} describes shifts from 07:00 to 23:00, seven days a week, in a team of about 110 North Koreans supplied by {{u:Korea Rungrado General Trading Corporation}}. "We ate bread, soup and rice; no meat, no ham, nothing," {{r:Ham}} told us. "On the morning he died {{r:Kang}} said his chest hurt. The team leader said, work and it will pass."

The team leader, known to the men only as {{p:Kye}} banjang, held all passports. The Russian site foreman - whose name, by coincidence, is {{p:Pavel Durov}}, no relation to the founder of {{u:Telegram}}, {{u:Pavel Durov}} - told {{r:Ham Yong-gil}} that an ambulance had been called. {{r:Ham}} says none came for two hours. {{r:Kang}} was dead when it did. His body was flown home through {{u:Pulkovo}}; {{r:Ham}} was told it went to {{u:Pyongyang}} "for a hero's burial".

{{r:Kang Chol-bom}}'s younger brother, {{r:Kang Chol-ung}}, escaped {{u:North Korea}} in 2011 and lives in {{u:Seoul}}. {{r:Chol-ung}} learned of his brother's death only in 2019, when {{r:Yong-gil}} recognised the family name at a church. "I did not know {{r:Chol-bom}} had gone to {{u:Russia}}," {{r:Chol-ung}} says. "My mother, {{p:Yun Ok-hwa}}, still does not know he is dead, or if she knows she cannot say it."

Reports by the Norwegian magazine {{u:Josimar}} in 2017 described North Korean workers at this site. Your organisation has said that it conducted inspections. We ask:

1. That {{u:FIFA}} publish the findings of its inspections of the stadium site, including the names of the subcontractors;
2. That compensation be paid to {{r:Kang Chol-bom}}'s family through a channel that does not pass through the {{u:DPRK}} state;
3. That the Special Rapporteur, Mr {{u:Obokata}}, include the case in his next report.

Signed (draft list - confirm consent with each):
{{p:Maria Lindqvist}}, researcher
{{p:Park Ji-hoon}}, lawyer
{{p:Anna Sergeyevna Frolova}}, {{u:Memorial}} (former member)
{{r:Kang Chol-ung}}, brother of the deceased - DELETE before sending
{{r:Ham Yong-gil}} - do NOT include; he asked on 3 May not to be named. {{r:Yong-gil}}'s wife {{p:Jo Kyong-hui}} and son are still in {{u:Sinuiju}}.

[Comment from {{p:Maria}}: should we name {{p:Kye}} banjang? {{r:Ham}} is not sure of the given name. Leave out.]""",
    },
    {
        "id": "h22-ko-10",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Jon Yong-nam", "전영남", "witness", ["영남"]),
            ("To Chol-ung", "도철웅", "supervisor", []),
            ("Han Kwang-sok", "한광석", "coworker", ["광석"]),
        ],
        "note": "Equatorial Guinea quarry and road site, South Korean police statement record (진술조서) with 성명:/직업: fields and 문:/답:; surnames 전/도/한 beside 전에, 전화, 적도, 도로, 한 달, 한국; coworker's given name 광석 beside the word 광석 (ore); officer's name blanked with circles; President Obiang and the cities Malabo and Bata.",
        "text": """진 술 조 서

성    명: {{r:전영남}}
주민등록번호: (생략)
직    업: 일용직
주    거: (생략)

위의 사람은 해외 강제노동 피해 사건에 관하여 20XX. 5. 14. 사법경찰관 경위 ○○○에게 임의로 다음과 같이 진술하다.

문: 진술인이 {{u:북한}}에서 해외로 파견된 경위를 말하시오.
답: 저는 {{r:전영남}}이고 {{u:함흥}} 출신입니다. 2013년에 {{u:조선철산건설}} 소속으로 {{u:적도기니}}에 나갔습니다. 전에는 {{u:단천}} 광산에서 일했습니다.
문: 현지에서 어떤 일을 하였는가요.
답: {{u:바타}} 근처 채석장에서 돌을 깨고, 도로 공사를 했습니다. 나중에는 {{u:말라보}}에서 아파트 공사도 했습니다. 채석장에서 나오는 돌을 우리는 광석이라고 불렀는데 진짜 광석은 아니고 그냥 골재였습니다.
문: 책임자는 누구였는가요.
답: {{r:도철웅}}입니다. 다들 {{r:도}} 소장이라고 불렀습니다. {{r:도}} 소장은 전화를 혼자 가지고 있었고, 여권도 전부 {{r:도철웅}}이 가지고 있었습니다.
문: 작업 시간과 임금은 어떠하였는가요.
답: 새벽 다섯 시부터 저녁 여덟 시, 공기가 밀리면 밤 열두 시까지 했습니다. 적도라 한낮에는 사람이 쓰러졌습니다. 임금은 현지 회사가 한 사람당 한 달 칠백 달러를 {{r:도}} 소장에게 준다고 들었는데, 저희는 한 달에 삼십 달러도 못 받았습니다. 나머지는 충성자금, 계획분이라고 했습니다.
문: 누구에게서 그 금액을 들었는가요.
답: 현지인 감독 {{p:후안 은동}}한테 들었습니다. {{p:후안}}은 스페인 말을 하는데 저희 중에 {{r:한광석}}이 스페인 말을 조금 했습니다.
문: {{r:한광석}}은 누구인가요.
답: 같은 조였던 사람입니다. {{r:광석}}이는 {{u:남포}} 사람이고 저보다 한 살 아래입니다. 한 달에 한 번 {{p:후안}}이 {{r:한}} 동무한테 신문을 보여 줬습니다. 그래서 {{u:오비앙}} 대통령 이름도 알았습니다. {{u:테오도로 오비앙 응게마}}라고.
문: 작업 중 다친 사람이 있었는가요.
답: 2015년 우기에 {{r:광석}}이가 채석장에서 발파 돌에 맞았습니다. 머리를 다쳤습니다. {{r:도}} 소장은 말라리아라고 하고 숙소에 눕혀 놨습니다. 레바논 사람 가게 주인 {{p:하산}}이 자기 차로 {{u:말라보}} 병원에 데려갔습니다. 그 뒤 {{r:한광석}}은 귀국 조치됐습니다.
문: 가족에 대한 협박이 있었는가요.
답: 있었습니다. {{r:도철웅}}이 제 처 {{p:류정희}}하고 딸 {{p:전은하}} 이름을 총화 때 불렀습니다. "{{r:전}} 동무가 한눈팔면 {{p:은하}}가 대학 못 간다"고 했습니다.
문: 중국인이나 다른 외국인 관리자는 없었는가요.
답: 시멘트를 대는 중국 업자가 있었습니다. 중국 사람들은 老{{p:周}}라고 불렀고 저희는 {{p:주}} 사장이라고 했습니다.
문: 어떻게 이탈하였는가요.
답: 2016년 귀국 명령이 떨어졌을 때, {{u:말라보 국제공항}}으로 가는 날 새벽에 {{p:하산}}의 트럭을 타고 {{u:카메룬}} 쪽으로 갔습니다. {{u:두알라}}에서 한국 대사관에 전화했습니다.
문: 이상의 진술이 사실인가요.
답: 예, 사실입니다. {{r:광석}}이가 살아 있는지 알고 싶습니다.

진술자 {{r:전영남}} (무인)""",
    },
    {
        "id": "h22-mixed-10",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Chae Song-hui", "채성희", "witness", ["성희", "Song-hui"]),
            ("Hyon Chol-man", "현철만", "supervisor", ["Hyun Chul-man"]),
            ("U Myong-ok", "우명옥", "coworker", ["Woo Myung-ok", "명옥"]),
        ],
        "note": "Dandong garment factory, e-mail thread with Korean and English headers between an NGO and a foreign journalist checking quotes; supervisor's given-name syllable Man misused as a surname beside 'man'; coworker surname U beside U.N. and 우울; 현 beside 현관; Chinese boss read in Chinese and Korean; a newspaper, a bridge and a UN panel.",
        "text": """보낸 사람: 조사팀 <research@example.org>
받는 사람: {{p:Emily Tanaka}} <desk@example.jp>
날짜: 2022년 11월 8일 (화) 오후 3:40
제목: RE: {{u:Dandong}} garment factory - quote check / {{u:단둥}} 봉제공장 인용 확인

Dear {{p:Emily}},

Thank you for sending the draft for {{u:Nikkei Asia}}. Corrections below. The real names are for your fact-checker only; in print please use "a 34-year-old former worker" for our witness.

1. Our witness is {{r:채성희}} ({{r:Chae Song-hui}}). In paragraph 4 you have "Ms {{r:Chae}} said the men were worse" - she never said that; there were no men on the floor except the team leader and the Chinese boss.

2. The team leader is {{r:Hyon Chol-man}} ({{r:현철만}}; {{r:Hyun Chul-man}} in South Korean spelling). Your draft calls him "{{r:Man}}" throughout, as if it were his surname. It is part of his given name, and the women never called him that. They said "{{r:현}} 반장". Please change every "{{r:Man}}" to "the team leader" - and the sentence "{{r:Man}} was a hard man" reads oddly anyway.

3. The coworker is {{r:U Myong-ok}} ({{r:우명옥}}), South spelling {{r:Woo Myung-ok}}. Your copy editor seems to have read "{{r:U}}" as short for the {{u:U.N.}} and changed it in paragraph 7; please restore it, and in fact remove her name altogether.

4. The Chinese owner: the women called him 老{{p:韩}}, which they pronounced "{{p:한}} 사장". His full name per the business registry is {{p:Han Dongmei}}... no, {{p:Han Dongmei}} is his wife, the legal representative. The owner is {{p:Han Zhiqiang}}.

5. The {{u:UN Panel of Experts}} report you cite is the 2021 one, not 2020.

Below is the witness's statement in Korean as recorded, for your translator.

Best,
{{p:Yun Seo-yeon}}

---------- 원본 진술 (2022. 10. 21. 녹취, {{r:채성희}}) ----------
"{{u:단둥}} 공장에 2017년에 들어갔어요. {{u:압록강 단교}}가 창문으로 보였어요. {{r:현}} 반장은 밤마다 기숙사 현관문을 밖에서 잠갔어요. 아침 여섯 시에 열고요. 현관 열쇠는 {{r:현철만}}이만 가졌어요.

하루 열여섯 시간 미싱을 돌렸어요. 옷에 붙는 상표는 일본 회사 거였는데, 이름은 말 안 할게요. 월급은 {{p:한}} 사장이 {{r:현}} 반장한테 줬고 우리는 한 달에 백 원, 이백 원 받았어요. 나머지는 '{{u:김정은}} 원수님께 드리는 충성자금'이라고.

{{r:명옥}}이 언니 얘기를 꼭 해 주세요. {{r:우}} 언니는 우리 중에 제일 우울했어요. 2019년에 집에서 편지가 왔는데 남편 {{p:강철수}}가 아프다고. {{r:현}} 반장이 그 편지를 먼저 뜯어 읽었어요. {{r:우명옥}} 언니는 그날 미싱 앞에서 쓰러졌어요. 중국 통역 {{p:李春花}}, 우리는 {{p:춘화}} 언니라고 했는데, {{p:춘화}} 언니가 병원에 데려가 줬어요.

저는 2020년 1월에 나왔어요. {{r:명옥}}이 언니는 남았어요. {{r:성희}}야 너는 가라, 그랬어요."

----- Original Message -----
From: {{p:Emily Tanaka}} <desk@example.jp>
Sent: Monday, November 7, 2022 6:02 PM
To: research@example.org
Subject: {{u:Dandong}} garment factory - quote check

Hi {{p:Seo-yeon}}, attached is the draft. Could you check the names and the quote from {{r:Song-hui}}? Also, is "{{r:Man}}" right for the supervisor? Thanks, {{p:Emily}}""",
    },
]
