# ruff: noqa: E501
"""Held-out evaluation passages, set 19. Markers: {{r:..}} registered private person,
{{p:..}} unregistered private person, {{u:..}} public name (figure, place, organisation,
company, ship). Built by build_heldout.py heldout19."""

PASSAGES: list[dict] = [
    {
        "id": "h19-en-01",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("O Myong-chol", "오명철", "witness", []),
            ("Ban Jae-sik", "반재식", "supervisor", ["Goat"]),
            ("Yu Song-hui", "유성희", "relative", []),
        ],
        "note": "Interviewer Q/A transcript, Qatar construction; one-letter surname O; Do/Song/Ban as names and as words; Nepali, Egyptian, Bangladeshi private persons; airport and boulevard.",
        "text": """INTERVIEW TRANSCRIPT - Session 2 of 3
Interviewee: {{r:O Myong-chol}} (W.)   Interviewer: I.   Interpreter present.
Location: {{u:Seoul}}, interview room B.

I: Last time you stopped when you arrived in {{u:Doha}}. Can you go on from there?
W: We landed at {{u:Hamad International Airport}} in March 2015, forty-two of us. A bus took us to a compound in {{u:Al Wakrah}}. The man in charge was {{r:Ban Jae-sik}}. We called him the {{r:Goat}} because of his little beard.

I: Was {{r:Ban}} employed by the company or by the state?
W: Both. On paper he worked for {{u:Namgang Construction}}, but everyone knew {{r:Ban}} reported to the embassy. He never hit anyone himself. He had {{p:Do Chang-ho}} do it.

I: Who was {{p:Do Chang-ho}}?
W: A team leader from {{u:Hamhung}}. Whatever the {{r:Goat}} said, {{p:Do}} did. Do you understand? {{p:Do}} was not a bad man alone, but with {{r:Ban}} behind him he was dangerous. There was a ban on leaving the compound after dark, and {{p:Do}} enforced the ban with a pipe.

I: Did you have contact with foreign workers?
W: A Nepali scaffolder, {{p:Bishnu}}. {{p:Bishnu Tamang}}. He shared water with us at noon. And the Egyptian site engineer, Mr {{p:Hany}} - {{p:Hany Mahmoud}}, he wrote his name for me on a cement bag. When the heat passed fifty degrees Mr {{p:Hany}} stopped the pour, and the {{r:Goat}} screamed at him in Korean that he could not understand.

I: Was anyone keeping accounts?
W: The accountant, {{p:Song}}. {{p:Song}} kept two ledgers. We made up a rude song about him, "{{p:Song}} counts twice", and sang the song only in the toilet block.

I: Did you send money home?
W: Never directly. My wife, {{r:Yu Song-hui}}, was paid something through the office in {{u:Pyongyang}}, maybe a quarter of what they promised. {{r:Song-hui}} wrote once that she received three hundred dollars for the whole year. You see, {{r:Yu}} is a proud woman. For her to write that, it was bad.

I: When did you decide to leave?
W: After {{p:Ma Yong-nam}} died. {{p:Yong-nam}} fell from the eleventh floor of the tower on {{u:Lusail Boulevard}}. The report said heart failure. {{p:Ma}} was twenty-six.

I: Who signed the report?
W: Dr {{p:Kang}} from the embassy clinic, and {{r:Ban Jae-sik}}. {{r:Jae-sik}} signed first, Dr {{p:Kang}} under him.

I: How did you get out?
W: A Bangladeshi driver, {{p:Md. Rafiqul Islam}} - we said {{p:Rafiq}} - drove me to the {{u:Embassy of the Republic of Korea}}. {{p:Rafiq}} prayed at the {{u:Imam Muhammad ibn Abd al-Wahhab Mosque}} on Fridays and he said Islam forbids leaving a man to die. I think of that often.

I: Thank you, Mr {{r:O}}. We will stop here for today.""",
    },
    {
        "id": "h19-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jo Un-hyang", "조은향", "witness", ["Hyangi"]),
            ("Choe Kwang-il", "최광일", "supervisor", []),
            ("Han Pok-sil", "한복실", "relative", []),
        ],
        "note": "Case intake form with labelled fields, Chinese seafood plant; ALL CAPS name; Choe/Choi variant; surname Ok next to the word ok; Chinese names in pinyin and hanzi; company names.",
        "text": """CASE INTAKE FORM - Overseas Labour Programme
Case no.: OL-2019-0447          Intake date: 14 May 2019
Caseworker: {{p:Hannah Whitfield}}    Interpreter: {{p:Seo Da-eun}}

1. Name of interviewee: {{r:JO UN-HYANG}}
2. Other names used: {{r:Jo Eun-hyang}} (passport), "{{r:Hyangi}}" (family)
3. Year/place of birth: 1994, {{u:Chongjin}}, {{u:North Hamgyong}}
4. Sending enterprise: {{u:Rungrado General Trading Corporation}}
5. Worksite: seafood processing plant, {{u:Donggang}}, {{u:Liaoning}}; Chinese owner {{u:Dalian Haixing Aquatic Products Co., Ltd.}}
6. Period abroad: Aug 2016 - Nov 2018

7. Supervisors named:
 - {{r:Choe Kwang-il}}, DPRK manager of the 180 women. On Chinese payroll sheets written "{{r:Choi Guangyi}}". Interviewee calls him "Manager {{r:Choe}}" throughout.
 - {{p:Wang Lifen}} ({{p:王丽芬}}), Chinese line manager. The women called her {{p:Wang}} jie.

8. Co-workers named:
 - {{p:Ok Chun-hwa}}, dormitory leader. Interviewee: "{{p:Ok}} said it was ok to cry in the shower, nowhere else."
 - {{p:Ri Kum-ju}}, age approx. 22, hand injury (see 10).
 - "Little {{p:Pyo}}" ({{p:Pyo Sol-mi}}), youngest in the room.

9. Family in DPRK: mother {{r:Han Pok-sil}}, b. 1966; younger brother (name withheld by interviewee). {{r:Han}} was visited by security officials after the interviewee's departure (hearsay, via broker).

10. Narrative summary:
Shifts of 14-16 hours peeling squid and crab; two days off per year. Passports held by {{r:Choe}}. Wages paid to {{r:Choe Kwang-il}} in bulk by the Chinese owner; the women received monthly "food money" of 150 yuan. In March 2018 {{p:Kum-ju}} cut her hand on the conveyor; {{r:Choi}} refused hospital care and {{p:Wang Lifen}} drove her to a clinic in her own car. Afterwards {{p:Wang}} was moved to another plant.
Interviewee left during a power failure in November 2018 with help of a Korean-Chinese broker, "Mr {{p:Jin}}" ({{p:金}}先生, Korean reading {{p:김}}). Route via {{u:Kunming}} and {{u:Laos}}; arrived at {{u:Hanawon}} 2019.

11. Risk assessment: Mother ({{r:Pok-sil}}) at risk. Interviewee asks that her family name not be published. She prefers to be addressed as {{r:Un-hyang}}.

12. Referrals: {{u:Korea Legal Aid Corporation}}; counselling at {{u:Ewha Womans University}} clinic; contact with the {{u:UN Special Rapporteur on the situation of human rights in the DPRK}} only with consent.

Signed: {{p:H. Whitfield}}""",
    },
    {
        "id": "h19-en-03",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Ri Song-jin", "리성진", "witness", []),
            ("Pak Thae-un", "박태운", "supervisor", []),
            ("Gil Yong-su", "길영수", "coworker", []),
        ],
        "note": "Lawyer's witness statement with numbered paragraphs, St Petersburg construction; Ri/Lee variant; zero-width space inside a surname; Gil surname vs 'gill'; Russian patronymic and diminutive; stadium, metro, airport, Admiral ship.",
        "text": """WITNESS STATEMENT OF {{r:RI SONG-JIN}}

I, {{r:Ri Song-jin}} (also spelled {{r:Lee Song Jin}} in my South Korean documents), make this statement in support of the complaint filed by {{u:Citizens' Alliance for North Korean Human Rights}}. I speak Korean; it was interpreted to me by {{p:Anna Kwon}}.

1. From April 2016 to September 2017 I worked on construction sites in {{u:St Petersburg}}, first on the stadium at {{u:Krestovsky Island}} and then on apartment blocks near {{u:Prospekt Veteranov}} metro station.

2. Our brigade of thirty was led by {{r:Pa\u200bk Thae-un}}. {{r:Pak}} held all our passports in a safe in the site office. I saw the safe open once; {{r:Thae-un}} kept the key on a cord round his neck.

3. The Russian general contractor's foreman was {{p:Valentin Petrovich}}. I do not know his family name. The Russians called him {{p:Valya}} and we called him "{{p:Petrovich}}". {{p:Valentin Petrovich}} paid {{r:Park}} in cash at the end of each month. I saw envelopes.

4. My partner on the formwork was {{r:Gil Yong-su}}. {{r:Gil}} had a cough that sounded like a fish gasping, as if it had gills. In December 2016 {{r:Yong-su}} collapsed on the fourth floor. {{r:Pak}} said he was lazy. {{p:Lyudmila}}, the Russian woman who ran the canteen, called an ambulance herself. He was taken to the {{u:Mechnikov Hospital}}.

5. {{r:Gil}} was sent back to {{u:Pyongyang}} by train from {{u:Ladozhsky Station}} in January 2017, without being paid. Before he left he gave me his mother's address in {{u:Sariwon}}: {{p:Kye Sun-hui}}, care of the People's Unit 14. I have not been able to contact {{p:Kye}}.

6. I decided to leave after the visit of a delegation from the {{u:Korean Workers' Party}}. A man named {{p:Hyon}}, from the {{u:Ministry of State Security}}, spoke to us in the dormitory. {{p:Hyon}} said that anyone who tried to run would be "returned by the Russians like a parcel".

7. On 2 September 2017 I walked out of the site. I took the metro from {{u:Prospekt Veteranov}} to {{u:Ploshchad Vosstaniya}}. A Kyrgyz man, {{p:Bakyt}}, who sold shawarma near the station, let me sleep in his storeroom. {{p:Bakyt}} contacted a pastor, {{p:Pyotr Nikolaevich Kim}}, a Koryo-saram, who drove me to {{u:Moscow}}.

8. I flew from {{u:Sheremetyevo}} with a document issued by the {{u:UNHCR}} office. I have not seen {{r:Pak Thae-un}} since, but I heard from {{p:Anna}} that {{r:Pak}} now supervises workers repairing the cruiser {{u:Admiral Nakhimov}} in {{u:Severodvinsk}}.

9. I believe the facts stated in this witness statement are true.

Signed: {{r:Ri S.J.}}     Witness to signature: {{p:Anna Kwon}}""",
    },
    {
        "id": "h19-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Mun Chol-jin", "문철진", "witness", []),
            ("Bang Sok-ho", "방석호", "supervisor", []),
            ("Jong Hae-ryong", "정해룡", "coworker", ["곰"]),
        ],
        "note": "Diary from an Amur logging camp; surnames 방 and 문 next to the nouns 방 (room) and 문 (door); nickname 곰 next to a real bear; -이 forms; Russian names in Hangul and Cyrillic.",
        "text": """[{{r:문철진}}의 일기. 원본 공책에서 옮겨 적음. 괄호 안은 옮긴이 설명]

2015년 11월 3일
새벽 다섯 시에 {{r:방}} 반장이 우리 방 문을 발로 차고 들어왔다. 문이 부서질 뻔했다. {{r:방석호}}는 어제 할당량을 못 채운 조를 부르더니 나와 {{r:곰}}을 세워 놓고 한 시간 동안 욕을 했다. {{r:곰}}은 {{r:정해룡}}의 별명이다. 덩치가 커서 다들 {{r:곰}}이라 부른다. 진짜 곰은 어제 저녁 벌목장 가장자리에서 봤다. 러시아 운전수 {{p:세료자}}가 총을 꺼냈지만 곰은 숲으로 사라졌다.

11월 9일
{{u:틴다}}에서 보급차가 왔다. 운전수는 {{p:세료자}}가 아니라 {{p:니콜라이 이바노비치}}라는 늙은이였다. {{p:니콜라이}} 영감은 담배 두 갑을 주고 우리 중 누구 이름도 묻지 않았다. {{r:해룡}}이는 담배를 받아 품에 넣었다가 {{r:방}} 반장에게 빼앗겼다. {{r:방석호}}가 담배를 어디에 쓰는지 우리는 다 안다. {{u:블라디보스토크}}에서 오는 검열원들에게 바치는 것이다.

11월 15일
생활총화. 세포비서 {{p:우명국}}이 {{u:김정은}} 원수님의 말씀을 읽었다. {{p:우}} 비서는 목소리가 작아서 뒤에 앉은 사람들은 하나도 듣지 못했다. 나는 자기비판에서 톱날을 부러뜨린 일을 말했다. {{r:정해룡}}은 아무 말도 하지 않았다. {{r:방}} 반장이 {{r:곰}}더러 입이 없느냐고 소리쳤다.

11월 20일
집에서 편지가 왔다. 아내 {{p:순덕}}의 글씨다. {{p:순덕}}이 말로는 {{u:함흥}} 집 지붕이 샜는데 어머니가 혼자 고쳤다고 한다. 딸 {{p:하나}}는 유치원에서 노래를 배운다고 했다. 하나도 빠짐없이 적으려다 보니 편지가 세 장이나 되었다.

11월 27일
{{p:세료자}}에게 내 이름을 러시아 글자로 적어 달라고 했다. 그는 자기 이름도 옆에 적어 주었다: {{p:Серёжа Волков}}. 성이 {{p:볼코프}}인데 늑대라는 뜻이라고 했다. 나는 {{p:세료자}}에게 {{r:해룡}}이 별명은 곰이라고 가르쳐 주었다. {{p:세료자}}는 웃으면서 "{{r:메드베디}}"라고 불렀다. 그 뒤로 러시아 사람들은 모두 {{r:해룡}}이를 {{r:메드베디}}라고 부른다.

12월 4일
취사원 {{p:옥희}} 아주머니가 앓아누웠다. {{p:옥희}} 아주머니 대신 {{r:곰}}이 밥을 했다. 죽이 탔다. {{r:방}} 반장은 탄 죽을 먹고도 아무 말을 안 했다. 이상한 날이다.

12월 11일
보위원 {{p:석}} 동무가 {{u:하바롭스크}}에서 내려왔다. {{p:석}} 동무는 사람마다 따로 불러서 러시아 사람과 무슨 말을 했는지 물었다. 나는 {{p:세료자}}에게 담배를 얻은 일만 말했다. {{r:곰}}은 {{p:니콜라이}} 영감 이야기를 했다가 밤새 서 있는 벌을 받았다. 석 달 전에도 {{p:석}} 동무가 다녀간 뒤에 {{p:림광수}}라는 젊은 애가 사라졌다. {{p:광수}}가 어디로 갔는지 아무도 말하지 않는다. 다들 {{u:연해주}} 쪽으로 갔다고 수군거릴 뿐이다.

12월 15일
눈이 허리까지 쌓였다. 일을 못 하는 날은 할당량이 다음 날로 넘어간다. {{r:방}} 반장은 이런 날에도 방에 불을 못 때게 한다. 장작이 계획분이라서다. {{r:해룡}}이가 몰래 가져온 나무토막으로 밤새 난로를 지폈다. 나는 그 불빛으로 이 일기를 쓴다. {{p:순덕}}이와 {{p:하나}}에게 보낼 편지도 같이 쓴다.

12월 19일
{{r:정해룡}}이 다쳤다. 쓰러지는 낙엽송에 어깨를 맞았다. {{p:니콜라이 이바노비치}}가 트럭으로 {{u:틴다}} 병원까지 데려다주었다. {{r:방석호}}는 사고 보고서에 "본인 부주의"라고 썼다. 나는 그 보고서에 서명하지 않았다. 문 앞에 서서 {{r:방}} 반장을 한참 쳐다보기만 했다. 내일 무슨 일이 생길지 모르겠다.

[옮긴이: 일기는 여기서 끊긴다. {{r:문}} 씨는 2016년 3월 {{u:하바롭스크}}를 거쳐 탈출했다.]""",
    },
    {
        "id": "h19-ko-02",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Choe Un-byol", "최은별", "witness", ["별이"]),
            ("Ri Yong-chol", "리영철", "supervisor", []),
        ],
        "note": "Police statement record in 문/답 format (label 문 next to a surname 문), Dandong garment factory; 리 지배인 and 이영철 variant; Chinese names by Korean reading and hanzi; ordinary words 별, 진주, 나라.",
        "text": """진 술 조 서

진술인: {{r:최은별}} (여, 1997년생)
사건: 국외 강제노동 피해 관련 참고인 진술
작성: {{u:서울지방경찰청}} 보안수사대, 경위 {{p:남궁훈}}

문: 진술인은 언제, 어디로 파견되었나요.
답: 2017년 5월에 {{u:중국}} {{u:단둥}}의 봉제 공장으로 갔습니다. 공장 이름은 {{u:단둥화성복장유한공사}}였습니다. 같이 간 여성이 백이십 명 정도였습니다.

문: 공장의 북측 책임자는 누구였나요.
답: {{r:리영철}} 지배인입니다. 남쪽 식으로는 {{r:이영철}}이라고 쓰겠지요. 다들 {{r:리}} 지배인이라고만 불렀습니다. {{r:리영철}}은 여권을 모두 거둬서 사무실 금고에 넣었습니다.

문: 중국 측 관리자는 누구였나요.
답: 사장은 {{p:류}} 사장이라고 불렀는데, 이름은 {{p:류젠궈}}, 한자로 {{p:刘建国}}입니다. 현장 반장은 조선족 여자 {{p:김춘매}}였습니다. {{p:춘매}} 언니는 우리말을 해서 {{r:리}} 지배인의 말을 중국 사람들에게 옮겼습니다.

문: 작업 시간과 임금은 어떠했나요.
답: 아침 일곱 시부터 밤 열두 시까지 일했습니다. 월급은 {{p:류젠궈}} 사장이 {{r:리영철}}에게 한꺼번에 주었고, 우리는 한 달에 백 위안 정도 받았습니다. 나라에 바치는 충성자금이라고 했습니다.

문: 같이 일한 사람 중 기억나는 사람이 있나요.
답: {{p:문진주}}라는 동무가 있었습니다. {{u:진주}}가 아니라 {{u:평양}} 사람입니다. {{p:진주}}는 진주 목걸이 같은 걸 한 번도 못 봤다고 웃곤 했습니다. {{p:문}} 동무는 2018년 겨울에 손가락이 재봉틀에 찍혔는데 {{r:리}} 지배인이 병원에 보내지 않았습니다. 그때 {{p:춘매}} 언니가 약을 사다 주었습니다.

문: 공장 안에서 감시는 어떻게 이루어졌나요.
답: 세 명씩 조를 짜서 서로 감시하게 했습니다. 우리 조는 저와 {{p:진주}}, 그리고 {{p:한옥란}}이었습니다. {{p:옥란}}이는 나이가 제일 어려서 자주 울었습니다. 한 달에 한 번 {{u:심양}} 영사관에서 {{p:방}} 참사라는 사람이 와서 생활총화를 지도했습니다. {{p:방}} 참사는 {{r:리영철}} 지배인보다 높은 사람이었습니다. 방 안에 모여 앉으면 {{p:방}} 참사가 한 사람씩 일으켜 세워 자기비판을 시켰습니다.

문: 외출은 가능했나요.
답: 한 해에 두 번, 설과 {{u:김일성}} 생일에만 단체로 {{u:압록강}} 공원에 나갔습니다. 그때도 {{r:리}} 지배인과 {{p:춘매}} 언니가 앞뒤에서 따라왔습니다. 공원 건너편으로 {{u:신의주}}가 보였습니다.

문: 진술인은 공장에서 어떻게 불렸나요.
답: 친구들은 저를 {{r:별이}}라고 불렀습니다. 밤하늘에 별이 보이는 날이 거의 없었는데도요. {{r:은별}}이라고 부르는 사람은 {{r:리}} 지배인뿐이었습니다.

문: 탈출 경위를 말해 보세요.
답: 2019년 3월에 중국 브로커 {{p:장웨이}}({{p:张伟}})의 차를 타고 {{u:선양}}으로 갔습니다. {{p:장}} 씨는 {{p:춘매}} 언니의 사촌이라고 했습니다. 그 뒤 {{u:쿤밍}}을 거쳐 {{u:라오스}}로 갔습니다.

문: 임금 대장 같은 문서를 본 적이 있나요.
답: 한 번 봤습니다. {{p:춘매}} 언니가 사무실을 청소할 때 저를 데려갔는데, 책상 위에 중국어로 된 명단이 있었습니다. 제 이름 옆에 이천 위안이라고 적혀 있었습니다. 저는 한 번도 그 돈을 받은 적이 없습니다.

문: 더 할 말이 있나요.
답: {{p:진주}}가 아직 거기 있습니다. {{r:리영철}} 지배인이 {{p:진주}}를 벌주지 않았으면 좋겠습니다.

위 조서를 진술인에게 열람하게 하였던바 진술한 대로 오기나 증감 변경할 것이 없다고 말하므로 간인한 후 서명하게 하다.
진술인 {{r:최은별}} (서명)""",
    },
    {
        "id": "h19-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ha Song-min", "하성민", "witness", ["성민이"]),
            ("Yom Jong-suk", "염정숙", "relative", []),
            ("Ji Kwang-ho", "지광호", "supervisor", ["털보"]),
        ],
        "note": "Letter to family from an Ulaanbaatar construction site; surnames 하 and 지 as one syllable; nickname 털보 also used for a foreign driver's beard; Mongolian names in Hangul; square and airport named after people.",
        "text": """어머니께

어머니, 저 {{r:성민이}}입니다. 이 편지는 인편으로 보내니 다른 사람에게 보이지 마십시오. {{u:울란바토르}}에 온 지 벌써 일 년 반이 되었습니다. 여기는 겨울에 영하 사십 도까지 내려갑니다. 그래도 벌목장에 간 사람들보다는 낫다고들 합니다.

우리 건설대는 {{u:수흐바타르 광장}} 근처 아파트 공사장에서 일합니다. 광장 한가운데에 {{u:담딘 수흐바타르}}의 동상이 있는데, 몽골 사람들은 그 앞에서 결혼사진을 찍습니다. 소장은 {{r:지광호}}라는 사람입니다. 수염이 길어서 우리끼리는 {{r:털보}}라고 부릅니다. {{r:지}} 소장은 성격이 급해서 지난달에는 삽을 집어던졌습니다. 어머니가 걱정하실까 봐 지금까지 말하지 않았습니다.

몽골 사람 중에 {{p:바트에르덴}}이라는 기사가 있습니다. 레미콘 차를 모는데, 우리 말을 몇 마디 압니다. {{p:바트에르덴}}은 한국 드라마를 보고 배웠다고 합니다. 그 사람도 수염이 덥수룩해서 처음에는 털보가 둘이라고 웃었습니다. 그의 누이 {{p:오윤체체그}}는 현장 식당에서 일하는데, 가끔 우리에게 양고기 국을 더 떠 줍니다. {{p:오윤}} 누나라고 부르면 좋아합니다.

같은 방을 쓰는 {{p:하경철}} 형은 {{u:신의주}} 사람입니다. 저와 성이 같아서 다들 큰 {{p:하}}, 작은 {{r:하}}라고 부릅니다. 제가 작은 {{r:하}}입니다. 하하, 어머니 웃으시겠지요. {{p:경철}}이 형은 손재주가 좋아서 {{r:털보}} 소장의 라디오도 고쳐 주었습니다.

지난 가을에는 사고가 있었습니다. 비계에서 {{p:박춘일}}이라는 청년이 떨어졌습니다. {{p:춘일}}이는 다리가 부러져서 {{u:몽골 국립 외상센터}}에 두 주일 있었습니다. 병원에서 {{p:간바타르}}라는 몽골 의사가 치료를 해 주었는데, {{p:간바타르}} 선생은 왜 보험이 없느냐고 여러 번 물었습니다. {{r:지광호}} 소장은 병원비를 {{p:춘일}}이 월급에서 떼겠다고 했습니다. {{p:춘일}}이는 지금 {{u:평양}}으로 돌아갔습니다. {{r:지}} 소장은 그 뒤로 안전모를 꼭 쓰라고 하지만, 안전모는 열 사람에 하나뿐입니다.

돈 이야기를 해야겠습니다. 한 달에 받는 돈은 거의 없습니다. 계획분은 {{r:지}} 소장이 가져가고, 나머지는 대사관에 바친다고 합니다. 그래서 이번에는 {{p:바트에르덴}}에게 부탁해서 {{p:오윤}} 누나가 {{u:칭기즈칸 국제공항}}으로 가는 길에 중국 사람 편으로 백 달러를 보냅니다. 받으시면 {{p:경희}}의 학비에 쓰십시오.

어머니, 동생 {{p:경희}}는 잘 있는지요. 옆집 {{p:달수}} 아저씨는 아직 {{u:남포}}에 계신지요. 편지 끝에 이름을 꼭 써 주십시오. {{r:염정숙}}이라고 쓰시면 제가 어머니 글씨인 줄 압니다. 지난번 편지는 {{r:정숙}}이라고만 쓰셔서 {{r:지}} 소장이 누구냐고 캐물었습니다.

요즘은 일요일마다 {{u:간단 사원}} 근처 시장에 물을 길으러 갑니다. 거기서 중국 상인 {{p:왕}} 씨를 만나 어머니 소식을 묻곤 합니다. {{p:왕}} 씨는 {{u:단둥}}을 오가는 사람이라 {{u:조선}} 소식을 조금 압니다. 지난주에 {{p:왕}} 씨가 {{u:남포}}에 큰물이 났다고 했는데, 우리 동네는 괜찮은지 걱정입니다. 혹시 {{p:달수}} 아저씨 댁이 잠겼으면 제 몫의 옥수수를 나누어 드리십시오. 여기서는 제가 아무것도 해 드릴 수 없어서 마음이 아픕니다.

여름이 오면 다시 쓰겠습니다. 건강하십시오.

2018년 2월, {{u:울란바토르}}에서
아들 {{r:하성민}} 올림

(추신) {{r:털보}}에게는 이 편지 이야기를 하지 마십시오. {{p:경철}}이 형도 모릅니다.""",
    },
    {
        "id": "h19-en-04",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Kim Chol-min", "김철민", "witness", ["K.C.M."]),
            ("Moon Sang-gu", "문상구", "supervisor", []),
        ],
        "note": "Medical record excerpt, Sarawak coal mine; patient by initials K.C.M. and Kim C.M.; Moon surname near the word moon; Malay doctors and nurse with bin/binti; hospital and street named after people.",
        "text": """{{u:SARAWAK GENERAL HOSPITAL}}, {{u:KUCHING}}
Department of Orthopaedics - Discharge Summary (excerpt, copy released to patient on request)

Patient: {{r:KIM CHOL MIN}}          Sex: M          Age: 34
Nationality: DPRK          Passport no.: 836xxxxxx
Employer (per admission form): {{u:Borneo Coal Resources Sdn Bhd}}, {{u:Kapit}}
Next of kin: "{{r:MOON SANG GU}} (supervisor)" - see note below
Attending: Dr {{p:Nurul Aini binti Hassan}}
Admitted: 12/08/2014          Discharged: 29/08/2014

HISTORY
Pt {{r:Kim C.M.}} brought to A&E by company van. Crush injury L foot from mine cart, approx. 3 days before admission. Driver (Encik {{p:Rosli}}, per triage note) reports pt continued working after injury "because supervisor said so". Pt speaks no English or Malay. Interpretation by Korean-speaking nurse {{p:Lim Mei Ling}} ({{p:林美玲}}); pt's companion Mr {{r:Moon}} declined to leave the room during history taking.

FINDINGS
Open fractures 2nd-4th metatarsals L, wound infected. Multiple old healed rib fractures (imaging). Weight 51 kg. Pt disclosed to SN {{p:Lim}}, while Mr {{r:Moon}} was outside, that he had not been paid for eight months and that his passport was kept by the company. SN {{p:Lim}} recorded this and informed Dr {{p:Nurul}}.

MANAGEMENT
Debridement and K-wire fixation 13/08 (Mr {{p:Thiruchelvam}}, consultant). IV antibiotics. Social worker Puan {{p:Siti Hajar}} consulted 15/08; she noted pt "afraid, repeatedly asks about supervisor". Mr {{r:Moon Sang-gu}} visited daily and on 20/08 requested early discharge; request refused by Dr {{p:Nurul Aini}}.

ADDITIONAL NOTE (Dr {{p:N.A. Hassan}}, 28/08)
On the night of 27/08, a full moon and a public holiday, pt was found at the ward door with his bag. When asked, {{r:K.C.M.}} said {{r:Moon}} had told him a car would take him to {{u:Miri}} and then to {{u:Kuala Lumpur International Airport}} for "return to homeland". Pt appeared distressed. Hospital security (Sgt. {{p:Awang}}) informed. {{u:Royal Malaysia Police}} contacted per protocol. Mr {{r:Moon}} left the premises and has not returned.

DISCHARGE
Discharged 29/08 to the care of {{u:Tenaganita}} shelter, {{u:Jalan Tunku Abdul Rahman}}. Follow-up clinic in six weeks. Patient instructed not to bear weight. Pt asked that his name be written as "{{r:Kim Chol-min}}" and not "{{r:Kim Cheol Min}}" on the follow-up card.

Signed: Dr {{p:Nurul Aini binti Hassan}}, MMC reg. xxxxx
cc: Puan {{p:Siti Hajar Abdullah}}, Medical Social Work; file""",
    },
    {
        "id": "h19-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("So Myong-hun", "소명훈", "witness", []),
            ("Bae Man-sok", "배만석", "supervisor", []),
        ],
        "note": "KakaoTalk export with display names and emoji; surname 배 next to the noun 배 (boat); So as name and as English word; fullwidth name; ship names (Kapitan, Chinese trawler).",
        "text": """Talk_2020.3.14 00:51.txt
저장한 날짜 : 2020-03-14 00:51

--------------- 2020년 3월 12일 목요일 ---------------
[{{p:Jess}} (NKLW)] [오후 2:03] Hi {{r:명훈}} 씨, is this a good time to talk about the boat?
[{{r:소명훈}}] [오후 2:05] 네 괜찮아요. 지금 일 끝났어요
[{{p:Jess}} (NKLW)] [오후 2:06] So last time you said the captain was called {{r:배}}. Is that his name or a nickname?
[{{r:소명훈}}] [오후 2:08] 이름이요 ㅋㅋ {{r:배만석}}. 다들 {{r:배}} 선장이라고 했어요. 배에서 {{r:배}} 선장 말이 곧 법이었어요
[{{p:Jess}} (NKLW)] [오후 2:08] Haha ok. And the boat itself had a Chinese name?
[{{r:소명훈}}] [오후 2:11] {{u:Liao Dan Yu 2317}} 이었어요. {{u:Dandong}}에서 출항했어요. 선주는 중국 사람 {{p:孙}} 사장, {{p:쑨}} 사장
[{{p:Jess}} (NKLW)] [오후 2:12] Got it. {{p:Sun}} as in {{p:孙}}, right? Not sun like the sky 😅
[{{r:소명훈}}] [오후 2:12] 네 맞아요
[{{p:Jess}} (NKLW)] [오후 2:15] How many Koreans on board?
[{{r:소명훈}}] [오후 2:17] 열여덟 명. 중국 선원은 다섯. 기관장은 {{p:장}} 씨 🙂 {{p:장더민}}. 좋은 사람이었어요
[{{r:소명훈}}] [오후 2:18] 우리 조장은 {{p:용남}}이 형. {{p:차용남}}

--------------- 2020년 3월 13일 금요일 ---------------
[{{p:Jess}} (NKLW)] [오전 10:40] Morning! One more question: you mentioned a Russian ship that stopped you?
[{{r:소명훈}}] [오전 10:52] 러시아 국경경비대요. 배 이름은 잘 기억 안 나는데 {{u:Kapitan Dranitsyn}} 같은 이름이었어요. 아니다, 그건 쇄빙선이고... 경비정은 번호만 있었어요
[{{r:소명훈}}] [오전 10:53] 그때 {{r:배}} 선장이 우리 여권을 바다에 던지려고 했어요. {{p:장}} 씨가 막았어요
[{{p:Jess}} (NKLW)] [오전 10:55] That's really important. So {{p:Jang}} stopped {{r:Bae}}?
[{{r:소명훈}}] [오전 10:57] 네. 그리고 {{p:용남}}이 형이 맞았어요. 많이
[{{p:Jess}} (NKLW)] [오전 10:58] I'm so sorry. Is {{p:Cha Yong-nam}} still on the boat, do you know?
[{{r:소명훈}}] [오전 11:06] 몰라요. 작년에 {{u:Nakhodka}}에서 내렸다는 말만 들었어요
[{{r:소명훈}}] [오전 11:07] 사진 보낼게요. 선장 이름표 있는 거
[{{r:소명훈}}] [오전 11:07] 사진
[{{p:Jess}} (NKLW)] [오전 11:09] Received. It says "船长 {{r:ＢＡＥ ＭＡＮ ＳＯＫ}}" in fullwidth letters. Is that the same {{r:Bae Man-sok}}?
[{{r:소명훈}}] [오전 11:10] 네 그 사람이에요
[{{p:Jess}} (NKLW)] [오전 11:12] Thank you {{r:Myong-hun}}. I'll pass this to {{p:Daniel}} for the {{u:Walk Free}} report. Mr {{r:So}}, can we quote you by initials only?
[{{r:소명훈}}] [오전 11:15] 네 그렇게 해 주세요. {{r:S.M.H.}}로요
[{{p:Jess}} (NKLW)] [오전 11:15] 👍""",
    },
    {
        "id": "h19-mixed-02",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Im Sun-ae", "임순애", "witness", []),
            ("Yi Chang-gon", "이창곤", "supervisor", ["리창곤"]),
            ("Im Chol", "임철", "relative", []),
        ],
        "note": "Translator's notes with Korean glosses in brackets, Polish shipyard and greenhouse; Yi/Ri/Lee variants; Im surname for two persons; Polish diminutives; airport named after Lech Wałęsa; soft hyphen inside a name.",
        "text": """TRANSLATOR'S NOTES - interview with {{r:Im Sun-ae}} [{{r:임순애}}], recorded 3 June 2021
Translator: {{p:Kang Hye-rin}}. Square brackets = original Korean or my gloss.

p. 1
She says she arrived at {{u:Gdańsk Lech Wałęsa Airport}} [{{u:그단스크 레흐 바웬사 공항}}] in 2012 with nine other women. They were taken by van to a greenhouse near {{u:Kwidzyn}}. The head of the group was {{r:Yi Chang-gon}} [{{r:리창곤}}]; she uses "{{r:리}} 과장" [section chief {{r:Ri}}] throughout. In the Polish payroll he appears as "{{r:Lee Chang Gon}}". I have kept {{r:Yi}} in the English.

p. 2
The Polish farm owner: "{{p:Zbigniew}}, we said {{p:Zbyszek}}" [{{p:즈비셰크}}]. His wife {{p:Małgorzata}} [{{p:마우고자타}}], "pani {{p:Gosia}}" - {{p:Gosia}} is the diminutive. {{p:Gosia}} brought them apples and once a jar of honey, which {{r:Yi}} confiscated. She uses the word 몰수 [confiscation] ironically.

p. 3
Later (2014) transferred to welding at a shipyard subcontractor in {{u:Gdynia}}. The company name she remembers as "{{u:Crist}}" [{{u:크리스트}}]. Shipyard worker who helped her: "{{p:Krzysiek}}" [{{p:크시셰크}}], surname possibly {{p:Nowa\u00adkowski}}. He taught her the Polish word for "stop". She says {{p:Krzysiek}} was "the only man who asked my name."

p. 4
Her brother {{r:Im Chol}} [{{r:임철}}] was in the same shipyard, different brigade. Important: there are two people surnamed {{r:Im}} in this testimony: her and her brother. When she says "{{r:임}} 동무" she means her brother; when the supervisor says "{{r:임순애}}!" he means her. {{r:Chol}} was injured in 2015 (burn, left arm) and treated at {{u:Szpital Miejski im. Jana Pawła II}} [hospital named after the Pope]. {{r:Chol}}'s foreman was a Korean named {{p:Ok}} [{{p:옥}}]; I'm marking it so nobody reads "Ok" as "okay" in the transcript.

p. 5
On wages: "{{r:리}} 과장 said the money goes to the country" [나라에 바친다]. The {{u:Państwowa Inspekcja Pracy}} [Polish labour inspectorate] visited once; {{r:Yi}} told the women to say they were students from {{u:Kim Il Sung University}}.

p. 6
Left Poland 2016 via the {{u:Embassy of the Republic of Korea in Warsaw}}. Says a Vietnamese woman at the bus station in {{u:Warsaw}}, "chị {{p:Hoa}}" [{{p:호아}} 언니], lent her a phone. {{p:Hoa}} did not ask anything.

Translator's comment: she repeatedly says "{{r:철}}이" for her brother [affectionate]. Rendered as "{{r:Chol}}".""",
    },
    {
        "id": "h19-mixed-03",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Sin Hyon-u", "신현우", "witness", []),
            ("Kye Yong-bom", "계영범", "supervisor", []),
        ],
        "note": "NGO caseworker e-mail with Korean quotations, Angola and Equatorial Guinea monument building; Sin as surname and as word; Angolan and Equatoguinean private persons; presidents, airport, university and company named after people.",
        "text": """From: {{p:Rachel Osei-Bonsu}} <r.osei@[redacted].org>
To: {{p:Minji}}; {{p:Tom Haverford}}
Subject: Fwd: follow-up, Mr {{r:Sin}} (Angola/EG case)
Date: Tue, 9 Nov 2021 16:22

Hi {{p:Minji}}, hi {{p:Tom}},

Quick update after my second call with Mr {{r:Sin Hyon-u}} ({{r:신현우}}). He is fine with us using his surname. His words: "제 이름은 {{r:신}}이라고만 써 주세요." He is worried about sin - his word - meaning he feels guilty for leaving his team behind. I told him it is not a sin to survive.

Background in brief. {{r:Sin}} worked 2011-2013 for {{u:Mansudae Overseas Project Group}} in {{u:Luanda}}, building the memorial complex for {{u:Agostinho Neto}}, then 2014-2016 in {{u:Malabo}} and {{u:Bata}} in {{u:Equatorial Guinea}}. The team leader in both places was {{r:Kye Yong-bom}} ({{r:계영범}}). Mr {{r:Sin}} says "{{r:계}} 부장은 한 번도 웃지 않았다" - Director {{r:Kye}} never once smiled.

New names he gave me:
- {{p:João Manuel}} - Angolan driver, "{{p:주앙}} 아저씨". {{p:João}} took the workers to the market on Sundays and let them phone from his mobile.
- Dona {{p:Filomena}} - {{p:João}}'s mother, sold them fish. {{r:Sin}} cried when he talked about {{p:Filomena}}.
- {{p:Santiago Nsue Ondo}} - site engineer in {{u:Bata}}, employed by the Equatoguinean ministry. {{p:Nsue}} ({{p:은수에}}) apparently argued with {{r:Kye}} about the lack of helmets.
- {{p:Pak Nam-il}} ({{p:박남일}}) - coworker, died 2015 in {{u:Malabo}}; {{r:Kye}} had the body flown out via {{u:Malabo International Airport}} within two days. {{p:Nam-il}}'s name is also on Mr {{r:Sin}}'s list of missing colleagues, so please cross-check with the {{p:Jeon}} file.

He also says that {{u:Teodoro Obiang Nguema Mbasogo}} visited the {{u:Bata}} site once and shook hands with {{r:Kye Yong-bom}}, and that there were photos in the newspaper. If we can find that photo it would corroborate a lot. {{p:Tom}}, could you check the archive of {{u:Ebano}}? The {{u:Universidad Nacional de Guinea Ecuatorial}} library might have copies.

On safety: {{r:Hyon-u}}'s sister is still in {{u:Hyesan}}. He does NOT want the name {{r:Hyon-u}} in anything public. I've flagged the file.

Next step: formal statement with {{p:Minji}} interpreting, 23 Nov, at the {{u:Mapo}} office. I'll bring the map of the {{u:Avenida Hoji Ya Henda}} site he drew.

Best,
{{p:Rachel}}

--
{{p:Rachel Osei-Bonsu}} | Casework Coordinator""",
    },
    {
        "id": "h19-ko-04",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Yu Kyong-ho", "유경호", "witness", ["류경호"]),
            ("O Thae-sik", "오태식", "supervisor", ["여우"]),
            ("No Jong-hun", "노정훈", "coworker", []),
        ],
        "note": "Witness's annotated list of co-workers, Moscow construction; nicknames 여우 and 족제비; surnames 노, 오, 강 next to the nouns 노, 강; 유/류 variant; Russian names in Hangul; avenue and square named after people.",
        "text": """[함께 일한 사람들 명단 - {{r:유경호}} 작성, 2022년 1월. 원문은 손글씨, 괄호 안은 작성자 본인의 설명]

{{u:모스크바}} {{u:레닌스키 대로}} 주택 공사장, 2017~2019년, 제7건설대

1. {{r:오태식}} - 건설대장. 모두 {{r:여우}}라고 불렀다. 눈치가 빨라서 붙은 별명이다. {{r:오}} 대장은 러시아 말을 잘해서 러시아 회사 사람들과 직접 돈 이야기를 했다. 여우같이 웃으면서 우리 몫을 떼어 갔다. 여권은 {{r:여우}}가 가방에 넣고 다녔다.

2. {{p:안덕수}} - 부대장. 별명 {{p:족제비}}. 밤마다 숙소를 돌며 누가 전화기를 숨겼는지 뒤졌다. {{p:족제비}}한테 걸리면 {{r:오태식}}에게 바로 보고가 올라갔다. {{p:안}} 부대장은 {{u:경성}} 출신이다.

3. {{r:노정훈}} - 나와 같은 미장조. 나이는 나보다 두 살 아래. 배를 타던 사람이라 노 젓는 흉내를 내며 사람들을 웃겼다. {{r:노}} 동무는 2018년 여름 비계에서 떨어져 허리를 다쳤다. {{r:정훈}}이는 그 뒤에도 두 달을 더 일했다.

4. {{p:강철민}} - 용접공. {{u:청진}} 사람. 고향 이야기를 하면 늘 강 건너 {{u:두만강}} 이야기가 나왔다. {{p:강}} 씨는 2019년 봄에 {{u:셰레메티예보 공항}}에서 귀국했다. 아프다는 이유였다.

5. {{p:송이}} 아주머니 - 숙소 취사원. 성은 모른다. 가을이면 러시아 사람들이 파는 버섯을 사다가 송이버섯이라고 우기며 국을 끓였다. {{p:송이}} 아주머니 국은 맛이 있었다.

6. {{p:알료샤}} - 러시아 사람 현장감독. 본명은 {{p:알렉세이 드미트리예비치 쿠즈네초프}}. {{p:알료샤}}는 {{r:노정훈}}이 다쳤을 때 구급차를 불렀다. {{r:여우}}는 {{p:알료샤}}에게 한국 담배 한 보루를 주며 없던 일로 해 달라고 했다.

7. {{p:타티야나 세르게예브나}} - 러시아 회사 회계원. 우리 임금이 {{r:오}} 대장의 계좌로 들어간다는 것을 알고 있었다. {{p:타냐}}라고 부르면 싫어했다.

8. {{p:은혜}} - 본명 {{p:리은혜}}. 같은 공사장 식당에서 일하던 여성. 소망이 무엇이냐 물으면 늘 어머니를 한 번 보는 것이라 했다. {{p:은혜}}는 2019년 가을에 사라졌다. {{p:족제비}}가 며칠 동안 미친 사람처럼 찾아다녔다.

9. {{p:이고리}} - 우즈베크 출신 일꾼. 우리와 같은 층에서 일했다. {{p:이고리}}의 형은 {{u:푸시킨 광장}} 근처에서 택시를 몰았다.

10. {{p:방철}} - 운전수. 우리 건설대 차를 몰았다. {{p:철}}이라고 한 글자로 불렀다. {{r:오태식}}이 어디를 가든 {{p:방철}}이 태워 갔다. 그래서 {{r:여우}}의 비밀을 제일 많이 아는 사람이라고들 했다. 방 안에서 {{p:방}} 기사가 입을 여는 걸 본 사람은 없다.

11. {{p:하산}} - 타지크 출신 인부. 이름이 우리 고향 {{u:하산}}과 같아서 다들 웃었다. {{u:하산}}은 두만강 건너 러시아 땅 이름이다. {{p:하산}}은 라마단 때도 쉬지 않고 일했다. {{r:노정훈}}이 다친 날 {{p:하산}}이 제일 먼저 달려왔다.

12. {{p:곽}} 영감 - 본명은 모른다. 경비원. 다들 {{p:곽}} 영감이라고 했다. 밤에 숙소 문을 잠그는 일을 맡았는데 {{p:은혜}}가 사라진 날 밤에는 문이 열려 있었다. {{p:족제비}}는 {{p:곽}} 영감을 의심했지만 {{r:여우}}가 감쌌다.

[작성자 덧붙임]
이 명단에 있는 사람들 중 {{r:오태식}}과 {{p:안덕수}}는 지금도 {{u:러시아}}에 있다고 들었다. {{r:노정훈}}은 소식을 모른다. 내 이름은 남쪽 서류에 {{r:류경호}}로 올라 있지만 고향에서는 {{r:유경호}}로 썼다. 둘 다 나다. 명단을 쓰면서 {{r:정훈}}이 생각이 많이 났다. 노를 젓는 시늉을 하던 그 손이 아직도 떠오른다. {{r:여우}}에 대해서는 더 쓸 말이 많지만 여기서 줄인다.""",
    },
    {
        "id": "h19-ko-05",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Do Sung-chol", "도승철", "witness", []),
            ("Han Myong-gil", "한명길", "supervisor", []),
        ],
        "note": "Interview transcript in Korean, Kuwait construction; surname 도 before the particle 도 and next to the word 도; surname 한 next to the numeral 한; Arab, Indian and Filipino names in Hangul; mosque and tower named after people.",
        "text": """[면담 녹취 - 2회차. 면담자: 조사원 A. 피면담자: {{r:도승철}}. 녹음 시간 48분]

조사원: {{r:도}} 선생님, 지난번에 {{u:쿠웨이트}} 공항에 도착한 데까지 말씀하셨어요.
{{r:도승철}}: 네. 2014년 9월에 {{u:쿠웨이트 국제공항}}에 내렸어요. 마흔 명 가까이 됐는데 {{r:도}}씨 성은 저 하나였고, 나머지는 다 김가, 리가, 박가였어요.

조사원: 현장은 어디였습니까.
{{r:도승철}}: {{u:자베르 알아흐마드}} 주택단지 공사였어요. 시공사는 현지 회사 {{u:알샤야 건설}}이라고 들었어요. 우리 책임자는 {{r:한명길}} 지배인이었어요. {{r:한}} 지배인은 한 번 화가 나면 한 시간씩 소리를 질렀어요.

조사원: {{r:한명길}} 씨는 어떤 사람이었습니까.
{{r:도승철}}: 평양에서 온 사람인데, 대사관 사람들하고 가까웠어요. 월급은 쿠웨이트 회사가 {{r:한}} 지배인에게 주고, {{r:한명길}}이가 우리한테 조금씩 나눠 줬어요. 한 달에 백 디나르 받기로 했는데 실제로는 이십 디나르도 못 받았어요.

조사원: 현지 사람 중에 기억나는 사람이 있습니까.
{{r:도승철}}: 감독관이 {{p:무함마드 알아지미}}라는 쿠웨이트 사람이었어요. {{p:무함마드}} 씨는 여름에 한낮 작업을 금지하는 법이 있다고 {{r:한}} 지배인한테 여러 번 말했어요. 그런데도 {{r:한}} 지배인은 문을 잠그고 안에서 일을 시켰어요. 인도 사람 {{p:라지브}}도 있었어요. {{p:라지브 쿠마르}}. 전기공이었는데 저한테 영어 숫자를 가르쳐 줬어요.

조사원: 동료 중에 다친 사람이 있었나요.
{{r:도승철}}: {{p:도}}가 하나 더 있었어요. 제 사촌이 아니라 {{p:도명수}}라는 동무인데, 성이 같아서 다들 형제냐고 물었어요. {{p:명수}}도 그 질문에 질려서 나중엔 그냥 형제라고 했어요. 그 {{p:명수}}가 2015년 7월에 더위 먹고 쓰러졌어요. 필리핀 간호사 {{p:마리셀}} 씨가 물수건을 해 줬어요. {{p:마리셀 산토스}}. 그 사람 아니었으면 {{p:명수}}는 죽었을 거예요.

조사원: 숙소 생활은 어땠습니까.
{{r:도승철}}: 컨테이너 하나에 열두 명이 잤어요. 에어컨이 고장 나면 {{r:한}} 지배인 방에만 고쳐 줬어요. 방장은 {{p:길순남}}이라는 나이 든 동무였는데, {{p:길}} 방장은 밤마다 누가 몰래 전화를 쓰는지 세었어요. 길 건너 방글라데시 사람들 숙소에서 {{p:샤히둘}}이라는 청년이 우리한테 빵을 던져 주곤 했어요. {{p:샤히둘 이슬람}}이라고 이름을 종이에 써 줬는데, {{p:길}} 방장이 그 종이를 {{r:한명길}}에게 갖다 바쳤어요. 그날 이후로 {{p:샤히둘}}은 우리 쪽을 쳐다보지도 않았어요.

조사원: 종교 활동은 어땠습니까.
{{r:도승철}}: 우리는 못 했죠. 그래도 금요일마다 {{u:그랜드 모스크}}에서 기도 소리가 들렸어요. {{p:무함마드}} 씨가 {{u:셰이크 자베르 알아흐마드 문화센터}} 앞을 지나갈 때 저 건물 이름이 옛날 아미르 이름이라고 알려 줬어요. 나라 이름이 사람 이름에서 온 데도 있다고 해서 놀랐어요.

조사원: 언제 그곳을 떠나셨습니까.
{{r:도승철}}: 2016년 봄이요. {{r:한}} 지배인이 저를 귀국 명단에 넣었어요. 공항 가는 날 {{p:라지브}}가 전화번호를 적어 줬는데 {{r:한명길}}이가 빼앗아 찢었어요. 저도 할 말이 많았지만 아무 말도 못 했어요.

조사원: 그 뒤로 {{p:라지브}} 씨와 연락이 된 적은 있습니까.
{{r:도승철}}: 없어요. 남쪽에 와서 페이스북에서 찾아봤는데 {{p:라지브 쿠마르}}가 너무 많았어요.

조사원: 오늘은 여기까지 하겠습니다. {{r:승철}} 씨, 고생하셨습니다.
{{r:도승철}}: 네, 선생님도 고생하셨어요.""",
    },
    {
        "id": "h19-ko-06",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Song Mi-ok", "송미옥", "witness", []),
            ("Ma Chun-hui", "마춘희", "coworker", []),
            ("Kim Yong-dok", "김영덕", "supervisor", []),
        ],
        "note": "Court judgment excerpt (civil damages), Hunchun seafood plant; plaintiffs named then abbreviated; surname 마 next to the word 마 (hemp, yam); 송 surname vs 송 in compound words; Chinese names in Korean reading; state bodies and companies.",
        "text": """{{u:서울중앙지방법원}}
제○민사부
판 결

사건 2021가합○○○○ 손해배상(기)
원고 1. {{r:송미옥}}
     2. {{r:마춘희}}
피고 {{u:조선민주주의인민공화국}} 외 1

주 문
1. 피고들은 공동하여 원고 {{r:송미옥}}에게 50,000,000원, 원고 {{r:마춘희}}에게 30,000,000원 및 각 이에 대한 지연손해금을 지급하라.

이 유
1. 기초사실
가. 원고 {{r:송미옥}}(이하 '원고 {{r:송}}'이라 한다)과 원고 {{r:마춘희}}(이하 '원고 {{r:마}}'라 한다)는 2016년 8월경 피고 {{u:조선릉라도무역총회사}}의 알선으로 {{u:중국}} {{u:길림성}} {{u:훈춘시}} 소재 수산물 가공공장에 파견되었다.

나. 위 공장의 북측 관리 책임자는 {{r:김영덕}}(이하 '{{r:김영덕}}'이라 한다)이었고, 중국 측 공장장은 {{p:리우창}}(중국명 {{p:刘强}}, 이하 '{{p:류강}}'이라 한다)이었다. {{r:김영덕}}은 원고들의 여권을 회수하여 보관하였고, {{p:류강}}은 원고들의 임금을 {{r:김영덕}} 명의 계좌로 송금하였다.

다. 원고들은 하루 15시간 이상 오징어 손질 작업에 종사하였다. 원고 {{r:마}}는 2017년 겨울 작업대에서 미끄러져 손목이 골절되었으나 {{r:김영덕}}은 치료를 허락하지 아니하였다. 같은 숙소의 {{p:장명화}}가 마(麻)로 된 헝겊으로 손목을 묶어 주었다고 원고 {{r:마}}는 진술하였다.

2. 판단
가. 증인 {{p:배순임}}의 증언에 의하면, {{r:김영덕}}은 매월 생활총화에서 원고들에게 "송금은 당의 사업"이라고 말하며 임금 지급 요구를 묵살한 사실이 인정된다. 증인 {{p:배순임}}은 원고 {{r:송}}과 같은 작업반에 있었고, 원고 {{r:송}}을 "{{r:미옥}}이"라고 불렀다.

나. 또한 갑 제7호증(조선족 통역원 {{p:최금화}}의 진술서)에 의하면 {{p:최금화}}는 {{p:류강}}의 지시로 원고들의 작업 시간을 기록하였는데, 그 기록이 실제보다 하루 5시간가량 적게 작성되었다. {{p:금화}}는 위 기록의 사본을 보관하다가 2020년 {{u:연길}}에서 이 사건 원고 측 대리인에게 전달하였다.

다. 피고들은 {{r:마춘희}}의 부상이 작업과 무관하다고 주장하나, {{u:훈춘시 인민병원}}의 진료 기록 및 증인 {{p:장명화}}의 진술에 비추어 위 주장은 받아들이지 아니한다. 한편 {{p:장명화}}는 법정에서 {{r:춘희}}를 "{{r:마}} 언니"가 아니라 "{{r:춘희}} 언니"라고 불렀다고 하였는바, 이는 원고 {{r:마}}의 신원에 관한 피고들의 의문 제기를 배척하기에 충분하다.

라. 피고 {{u:조선민주주의인민공화국}}은 이 법원의 재판권이 미치지 아니한다고 주장하나, 원고들의 청구는 피고 {{u:조선릉라도무역총회사}}가 사법적 성격의 고용계약에 기초하여 한 행위에 관한 것이므로 위 주장도 받아들이지 아니한다.

마. 손해배상의 범위에 관하여 보건대, 원고 {{r:송}}은 파견 기간 동안 약정 임금의 대부분을 지급받지 못하였고, {{r:김영덕}}으로부터 수차례 폭언을 들었으며, 귀국을 거부한 동료 {{p:한춘실}}이 강제로 송환되는 장면을 목격하였다. {{p:한춘실}}은 원고 {{r:송}}과 같은 {{u:함경북도}} {{u:김책시}} 출신으로, 원고 {{r:송}}은 법정에서 "{{p:춘실}}이가 끌려가는 것을 보고 며칠을 먹지 못하였다"고 진술하였다. 원고 {{r:마}}는 손목 부상의 후유증으로 현재까지 무거운 물건을 들지 못한다. 이러한 사정과 그 밖에 변론에 나타난 여러 사정을 참작하여 위자료를 주문 기재 금액으로 정한다.

3. 결론
원고들의 청구는 이유 있어 이를 인용하기로 하여 주문과 같이 판결한다.""",
    },
    {
        "id": "h19-en-05",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jung Myong-su", "정명수", "witness", []),
            ("Ri Kyong-ae", "리경애", "witness", []),
            ("Pyo Chol-ung", "표철웅", "official", []),
        ],
        "note": "Petition draft to the UN Special Rapporteur citing earlier testimonies by code and by name; Jong/Jung/Chung variants; Pyo surname; UN officials, presidents and a writer as public figures; ordinary capitalised words.",
        "text": """DRAFT v3 - not for circulation
To: {{u:Elizabeth Salmón}}, {{u:Special Rapporteur on the situation of human rights in the Democratic People's Republic of Korea}}
Cc: {{u:Office of the United Nations High Commissioner for Human Rights}}, {{u:Seoul}} field office
From: a coalition of eleven organisations (list in annex)

Re: Continued dispatch of DPRK workers to the {{u:Russian Federation}} after the 2019 repatriation deadline set by {{u:UN Security Council}} resolution 2397

Dear Special Rapporteur,

1. We write to draw your attention to new testimonies gathered between 2022 and 2024 which show that the practice described in your predecessor {{u:Tomás Ojea Quintana}}'s reports has not stopped but changed form.

2. Witness B-7, Mr {{r:Jung Myong-su}} (in earlier submissions spelled {{r:Chung Myong Su}}; in the DPRK {{r:Jong Myong-su}}), worked in 2022-2023 on residential blocks in {{u:Vladivostok}} under a "student visa". Mr {{r:Jung}} states that the students were housed near {{u:Far Eastern Federal University}} but never attended a class. "We were students of cement," {{r:Myong-su}} said.

3. Witness B-9, Ms {{r:Ri Kyong-ae}}, describes a sewing workshop in {{u:Ussuriysk}} run by a Korean woman she knew only as Director {{p:Sim}}. Director {{p:Sim}}'s Russian partner, {{p:Oleg Vitalyevich Zhdanov}}, held the lease. Ms {{r:Ri}} states that Director {{p:Sim}} told the women that President {{u:Vladimir Putin}} and {{u:Kim Jong Un}} had "agreed they may work freely", a claim repeated to her by a Russian security guard, {{p:Stas}}.

4. Both witnesses identify a DPRK official who visited the sites: {{r:Pyo Chol-ung}}, reportedly attached to the consulate in {{u:Nakhodka}}. Witness B-7 recalls that {{r:Pyo}} carried a list of names and checked each worker's face against it. Witness B-9 recalls {{r:Pyo Chol-ung}} telling Director {{p:Sim}} that "nobody leaves before the Party says". It is our understanding that {{r:Pyo}} remains in post.

5. These accounts are consistent with earlier testimonies submitted to your mandate in 2021 (Annex C), in particular that of the late Mr {{p:Hwang Kum-chol}}, who died in {{u:Khabarovsk}} in 2020. Mr {{p:Hwang}}'s widow, {{p:Choe Mi-hwa}}, has asked that his name be used; we therefore do so.

6. Hope, in the words of {{u:Primo Levi}} which Witness B-9 asked us to quote, is a form of resistance. We respectfully ask that you:
 (a) request information from the {{u:Government of the Russian Federation}} on the number of DPRK nationals entering on study and tourist visas since 2020;
 (b) raise with the {{u:Ministry of Foreign Affairs}} of the DPRK the cases of Witness B-7 and Witness B-9, without disclosing names;
 (c) call for the release of passports held by officials such as Mr {{r:Pyo}}.

7. The witnesses may be referred to as Witness B-7 and Witness B-9 in any public report. Ms {{r:Kyong-ae}} and Mr {{r:Myong-su}} have not consented to publication of their full names.

Drafting: {{p:S. Yun}} / comments to {{p:Ha-eun}} by Friday. Check spelling "{{r:Jung}}" vs "{{r:Jong}}" throughout before sending.""",
    },
    {
        "id": "h19-en-06",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Hong Su-bok", "홍수복", "witness", []),
            ("Ryu Kwang-chol", "류광철", "supervisor", []),
        ],
        "note": "Analyst's description of a payslip and cash ledger, Dubai construction; names in ALL CAPS on the slip; Ryu/Yu/Yoo variants; OK as approval vs a person; Filipino and Pakistani clerks; road, airport and company named after people.",
        "text": """EVIDENCE NOTE 14 - Description of payslip and ledger page (photographs supplied by witness)
Prepared by: {{p:Farah Qureshi}}, research volunteer. Reviewed: {{p:D. Lindqvist}}.

Item 14-A: Payslip, one page, printed, English.
Header: {{u:EMIRATES GULF CONTRACTING LLC}}, {{u:Sheikh Zayed Road}}, {{u:Dubai}}.
Employee name: {{r:HONG SU BOK}}     Employee no.: EGC-NK-0213
Designation: Mason     Project: Residential Tower B, {{u:Al Barsha}}
Period: October 2016
Basic salary: AED 1,100     Overtime (96 hrs): AED 540
Deductions: "Accommodation" AED 300; "Group fund" AED 1,180 (!)
Net paid: AED 160     Paid to: "{{r:YOO KWANG CHUL}} (group leader) on behalf"
Approved: OK / {{p:M.L. DELA CRUZ}}, HR

Comment: The "Group fund" deduction matches what Mr {{r:Hong}} calls the "loyalty money". The payee "{{r:YOO KWANG CHUL}}" is, per Mr {{r:Hong}}, the same person as his group leader {{r:Ryu Kwang-chol}}, whose name the DPRK passport gives as "{{r:RYU KWANG CHOL}}". We recommend indexing him under {{r:Ryu}}, with {{r:Yu}} and {{r:Yoo}} as cross-references. Note that "OK" on the slip is an approval stamp, not a person; the approving clerk is {{p:Maria Luz Dela Cruz}}, whom Mr {{r:Hong}} remembers as "{{p:Ate Luz}}" - "{{p:Luz}} was the only office person who smiled at us."

Item 14-B: Handwritten ledger page, Korean, photographed in {{r:Ryu}}'s room by the witness in December 2016.
Columns: name / "계획" (plan) / "실수령" (actually received). Fourteen rows. Legible names include {{p:Sok Chang-ryol}}, {{p:Ju Hak-bom}}, {{p:Ho Il}} and "{{p:Ho}} junior" (probably a relative of {{p:Ho Il}}), {{p:Tak Yong-sun}}, and the witness ("{{r:홍수복}}"). Row 9 reads "{{p:U}}", a single syllable; Mr {{r:Hong}} confirms a coworker surnamed {{p:U}} ({{p:우}}), given name unknown. Totals at the bottom are signed "{{r:류}}".

Item 14-C: Photograph of a site pass issued at {{u:Al Maktoum International Airport}} for a delivery, bearing the name of the Pakistani driver, {{p:Imran Shah}}. Mr {{r:Hong}} says {{p:Imran}} carried letters for the workers to the post office in {{u:Deira}}.

Assessment: The slip and the ledger together show that about 85% of Mr {{r:Hong Su-bok}}'s wages were transferred to {{r:Ryu}}. {{r:Ryu}}'s own position is unclear: Mr {{r:Hong}} believes he answered to a man from the consulate called {{p:Kwak}}, but has no document. Mr {{r:Hong}} asks that his given name {{r:Su-bok}} not appear in any publication. {{p:Farah}} will redact before the file goes to the {{u:International Labour Organization}} desk officer.""",
    },
    {
        "id": "h19-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("An Yong-gil", "안용길", "witness", []),
            ("Chae Kwang-nam", "채광남", "supervisor", []),
        ],
        "note": "Translated Russian police record, Vladivostok; surname An beside the article an; Russian officers with patronymics and Cyrillic; Akademik ship, streets and square named after people.",
        "text": """Translation from Russian. Certified translator: {{p:Olga Tsoi}}.

MINISTRY OF INTERNAL AFFAIRS - {{u:Pervorechensky District Police Department}}, {{u:Vladivostok}}
RECORD OF ADMINISTRATIVE DETENTION No. 2514/18

Date: 11 March 2018, 23:40. Place: {{u:Svetlanskaya Street}} 147, near the stop "{{u:Ploshchad Borcov za Vlast Sovetov}}".
Officer: Senior Sergeant {{p:Denis Olegovich Lapshin}} ({{p:Лапшин Д.О.}}).

An unidentified Asian male was detained after a report by a shop assistant, {{p:Kristina Sergeevna Belova}}, that a man was sleeping in the doorway of the pharmacy. The male presented no documents. With the help of an interpreter by telephone, the detained person gave his name as {{r:AN YONG GIL}} ({{r:Ан Ён Гиль}}), citizen of the DPRK, born 1987.

{{r:An}} stated that he worked at a construction site on {{u:Russkaya Street}} for the company {{u:OOO Primorstroy-Invest}} and that his documents were held by his brigade leader, {{r:Chae Kwang-nam}} ({{r:Чхэ Гван Нам}}). {{r:An}} stated that he had not been paid since September 2017, that he had been beaten by {{r:Chae}} on 9 March and that he had left the site because he was afraid of being sent home by sea on the vessel "{{u:Akademik Lavrentyev}}" which, according to {{r:An}}, was loading at the {{u:Vladivostok Sea Commercial Port}}.

Visible injuries were recorded: bruising of the left eye, abrasions on both wrists. The detained person was examined at 01:10 on 12 March by paramedic {{p:Ruslan Ilyasov}}.

At 02:30 a man presenting himself as {{r:Chae Kwang-nam}} arrived at the department with the passport of {{r:An Yong-gil}} and a letter from the Consulate General of the DPRK. {{r:Chae}} requested the release of {{r:An}} into his custody. Lieutenant {{p:Vadim Yurievich Gorshkov}}, duty officer, noted that the detained person "refused to leave with {{r:Chae}} and was in an agitated state".

By decision of Lt. {{p:Gorshkov}}, {{r:An Yong-gil}} was transferred to the centre for temporary detention of foreign citizens pending a decision of the {{u:Federal Migration Service}}.

Addendum by translator ({{p:O. Tsoi}}): In the Russian original the surname is written {{r:Ан}}; in the bilingual form the clerk wrote it in capitals so that it would not be read as an article ("an"). The name "{{r:Чхэ}}" is an unusual Russian transliteration of {{r:채}} ({{r:Chae}}). The street name "Svetlanskaya" and the stop named after the fighters for Soviet power are public places. The shop assistant {{p:Belova}} later gave a second statement (not translated here). I have also seen a note in the file: "interpreter {{p:Lee}}, telephone, 00:15-00:40", with no first name. An appeal was later filed with the help of {{p:Dmitry}} from the human rights group {{u:Memorial}}, which has since been liquidated.

Signature of detained: {{r:Ан Ё.Г.}}      Signature of officer: {{p:Лапшин}}""",
    },
    {
        "id": "h19-ko-07",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Im Yong-ran", "임영란", "witness", []),
            ("Bong Chang-su", "봉창수", "supervisor", ["두꺼비"]),
            ("Kim Su-jin", "김수진", "relative", ["수진이"]),
        ],
        "note": "Caseworker's counselling log in Korean, Sakhalin fish processing; nickname 두꺼비 also the animal; given names alone; -이 forms; ordinary words 임, 봉, 수진 in compounds; Russian and Nepali names in Hangul; street and university named after writers.",
        "text": """[상담 일지 - 내담자 {{r:임영란}} / 담당: {{u:하나센터}} 상담사 {{p:곽은주}}]

2023. 4. 3. (1회기)
내담자 {{r:임영란}} 씨 첫 방문. {{u:사할린}} {{u:유즈노사할린스크}} 인근 수산물 가공 공장에서 2015~2019년 근무. 공장 이름은 {{u:사할린 피시 프로덕트}}라고 기억함. 관리자는 {{r:봉창수}}. 별명이 {{r:두꺼비}}였다고 함. 이유를 묻자 "얼굴이 두꺼비 같아서"라고 웃음. 첫 회기 치고는 표정이 밝은 편.

2023. 4. 10. (2회기)
{{r:영란}} 씨가 딸 {{r:수진}} 이야기를 함. 출국 당시 {{r:수진}}이는 열한 살. 지금은 {{u:함흥}}에서 외할머니 {{p:곽순녀}}와 산다고 함. {{r:김수진}}이라는 이름은 아버지 성을 따른 것. 내담자는 "{{r:수진이}}가 저를 원망할 것"이라며 오래 울었음. 임시 조치로 수면 상담 연계.

2023. 4. 17. (3회기)
공장 생활 진술. 하루 14시간 연어 손질. {{r:봉}} 관리자는 여성들을 "{{r:두꺼비}} 동무"라고 부르게 했다고 함. 회식 때 누가 진짜 두꺼비를 잡아 와서 {{r:봉창수}}의 책상에 올려놓은 일이 있었고, 범인으로 몰린 사람이 {{p:경실}}이(성 미상). {{p:경실}}이는 그 일로 2017년 봄에 귀국 조치됨. 내담자가 봉투에 든 돈을 {{p:경실}}에게 몰래 건넸다고 함.

2023. 4. 24. (4회기)
러시아인 관계자: 공장 주인 {{p:세르게이 파블로비치}}(성 모름), 현장 반장 {{p:나타샤}}. {{p:나타샤}}는 고려인 3세라 한국어를 조금 했고 본명은 {{p:나탈리야 텐}}. {{p:텐}} 반장이 {{r:봉}} 관리자 몰래 여성들에게 병원 진료를 받게 해 줌. 진료는 {{u:안톤 체호프 거리}}에 있는 개인 병원. 내담자는 "{{u:체호프}}가 누구냐"고 물었다가 {{p:나타샤}}가 {{u:사할린 국립대학교}} 앞의 동상을 보여 주었다고 함.

2023. 5. 8. (5회기)
네팔 출신 노동자 {{p:수닐 구룽}} 언급. {{p:수닐}}은 같은 공장에서 냉동 창고를 담당. 임금 문제로 {{r:두꺼비}}와 다툰 뒤 다른 공장으로 옮김. 내담자: "{{p:수닐}}이 제일 용감했어요." 이번 회기에서 처음으로 {{r:봉창수}}의 폭행을 구체적으로 진술함(기록 별도 보관).

2023. 5. 15. (6회기)
임금 정산 관련 법률 상담 연계. 내담자는 {{u:대한법률구조공단}}에 가는 것을 망설임. 이유: 같은 공장에 있던 {{p:임순복}}이 먼저 남한에 왔는데, {{p:순복}}이가 내담자의 신원을 밝히지 말아 달라고 부탁했다고 함. 성이 같아서 둘이 자매냐는 말을 많이 들었다고. 다음 회기에서 {{p:임순복}} 씨와 함께 오는 방안 논의.

2023. 5. 22. (7회기)
"{{r:두꺼비}}는 지금도 거기 있을 거예요." 봉투, 봉급, 봉사 같은 말을 들으면 {{r:봉}} 씨 얼굴이 떠오른다고 함. 다음 회기까지 딸 {{r:수진}}에게 쓰는 편지를 써 오기로 함. 상담사 소견: 외상 후 스트레스 증상 뚜렷, 정신건강의학과 연계 필요. 담당 {{p:곽}}.

2023. 5. 29. (8회기)
{{p:임순복}} 씨 동행. 두 사람 모두 긴장한 모습. {{p:순복}} 씨는 {{r:봉창수}}가 2019년 이후 {{u:블라디보스토크}}의 다른 공장으로 옮겼다고 들었다고 함. {{r:영란}} 씨가 써 온 편지를 읽어 줌. 편지 첫 줄은 "{{r:수진}}아, 엄마다." 편지는 전달 방법이 없어 상담실 보관. {{p:순복}} 씨가 편지를 듣고 "우리 {{p:은실}}이한테도 써야겠다"고 함({{p:은실}}: {{p:순복}} 씨의 딸로 보임). 다음 회기에 법률 상담 동행 예정.""",
    },
    {
        "id": "h19-mixed-04",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Bang Il-nam", "방일남", "witness", ["Пан Ир Нам"]),
            ("Kwon Hyok-chol", "권혁철", "supervisor", []),
        ],
        "note": "Telegram export with timestamps, Russian/English/Korean; Bang as surname and as the English word bang; Cyrillic names of private persons and of a public figure; soft hyphen and zero-width space inside names; mosque and street named after people.",
        "text": """Telegram Desktop export - chat "Kazan case" (3 participants)

{{p:Marina K}}, [14.02.2023 21:04]
Добрый вечер. I found him. The worker from the {{u:Kazan}} site is {{r:Пан Ир Нам}}, in Korean I think {{r:방일남}}? He is staying with my neighbour {{p:Rinat}}.

{{p:Ji-woo}} 🇰🇷, [14.02.2023 21:10]
네 맞아요, {{r:Bang Il-nam}}. Is Mr {{r:Bang}} safe right now?

{{p:Marina K}}, [14.02.2023 21:12]
Yes. {{p:Rinat}} and his wife {{p:Gulnara}} give him food. He heard a bang on the door yesterday and hid in the bathroom for an hour. It was only the postman 😅

{{p:Ji-woo}} 🇰🇷, [14.02.2023 21:15]
Poor man. Can you ask him who the brigade leader was? Last time he said {{r:Kwon}}.

{{p:Marina K}}, [14.02.2023 21:31]
He wrote it for me: "{{r:권혁철}}". In Russian papers {{r:Квон Хёк Чхоль}}. He says {{r:Kwon}} took everyone's passport in {{u:Vladivostok}} before the train.

{{p:Ji-woo}} 🇰🇷, [14.02.2023 21:33]
{{r:권}} 반장... ok. {{r:일남}} 씨한테 이렇게 전해 주세요: "{{r:일남}} 씨, 걱정 마세요. {{p:지우}}예요."

{{p:Marina K}}, [14.02.2023 21:40]
Done. He smiled. He also says there was a Russian foreman {{p:Ай\u00adдар}} - {{p:Aidar Khamitov}} - who was kind. {{p:Aidar}} took him once to see the {{u:Kul Sharif Mosque}} in the {{u:Kremlin}}.

{{p:Sergei Park}}, [14.02.2023 22:02]
Joining late, sorry. I'm {{p:Seryozha}}, the lawyer. Don't write full names here please. Use initials: {{r:B.I.N.}} for him, {{r:K.H.C.}} for {{r:Kwon}}.

{{p:Ji-woo}} 🇰🇷, [14.02.2023 22:05]
Understood, {{p:Sergei}}. Sorry!

{{p:Marina K}}, [14.02.2023 22:10]
Ok. {{r:B.I.N.}} says the company was {{u:TatStroyMontazh}} and they lived in a hostel on {{u:ulitsa Baumana}}. He says the portrait of {{u:Ким Чен Ын}} was in the hostel kitchen and {{r:К\u200bвон}} made them bow every morning.

{{p:Sergei Park}}, [14.02.2023 22:14]
Good. Ask if anyone else left with him.

{{p:Marina K}}, [14.02.2023 22:30]
One more, named {{p:Yong-su}}, surname he does not know. {{p:Yong-su}} went to {{u:Moscow}} by bus. Also a cook, "아줌마 {{p:선희}}". And a Tajik driver, {{p:Farrukh}}, who took {{p:Yong-su}} to the bus station.

{{p:Ji-woo}} 🇰🇷, [14.02.2023 22:33]
{{p:선희}} 아주머니 might be the same woman mentioned in the {{u:Novosibirsk}} file. I will check with {{p:Hyun-jae}} tomorrow.

{{p:Sergei Park}}, [14.02.2023 22:41]
Tomorrow 10:00 I call {{u:UNHCR}} {{u:Moscow}}. {{p:Marina}}, please keep him inside. Bang, and the door stays shut 🙂

{{p:Marina K}}, [14.02.2023 22:42]
👍""",
    },
    {
        "id": "h19-mixed-05",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jo Kwang-hyok", "조광혁", "witness", []),
            ("Ho Song-gil", "허성길", "supervisor", []),
            ("Mun Tae-ryong", "문태룡", "coworker", []),
        ],
        "note": "Bilingual interview notes, squid jigger stranded in Montevideo; Ho as surname and as 'land ho'; Jo/Cho and Mun/Moon variants; Uruguayan and Chinese private persons; hospital, avenue and port with person or date names; ship names.",
        "text": """INTERVIEW NOTES (EN/KO) - {{r:조광혁}} ({{r:Jo Kwang-hyok}}, also {{r:Cho Kwang Hyuk}})
Interviewer: {{p:Lucía Fernández}} / Korean support: {{p:Yoon Se-ra}}

Background
{{r:Jo}} was one of eleven DPRK crew on the Chinese squid jigger {{u:Lu Rong Yuan Yu 606}}, which fished the South Atlantic in 2019-2020 and was later detained in the {{u:Port of Montevideo}}. The Korean crew answered to their own "chief", {{r:Ho Song-gil}} ({{r:허성길}}), not to the Chinese captain {{p:Zhao}} ({{p:赵}}, "{{p:자오}} 선장").

Key quotes
- "{{r:허}} 반장은 선장보다 더 무서웠어요. 선장은 중국 사람이라 말이 안 통했고, {{r:허}} 반장은 말이 통해서 더 무서웠어요."
- On the first sight of land after 14 months: "Somebody shouted 'land ho' in English, from a film, and everybody looked at {{r:Ho}}, because that is his name. {{r:Ho}} did not laugh."
- About the Chinese cook Lao {{p:Wang}} (老{{p:王}}, {{p:왕}} 씨): "{{p:왕}} 씨가 우리한테 라면을 몰래 줬어요."

Injuries
{{r:Mun Tae-ryong}} ({{r:문태룡}}; in the Uruguayan hospital record "{{r:MOON TAE RYONG}}") lost two fingers to a jigging reel in March 2020. {{r:Tae-ryong}} was treated at {{u:Hospital Maciel}} by Dr {{p:Valeria Pereira}}. {{r:Jo}}: "{{r:태룡}}이는 병원에서 처음으로 깨끗한 침대에 누웠다고 했어요." The moon was full that night, {{r:Jo}} added; {{r:Moon}} joked that the moon had come to visit its namesake.

Local contacts
- Don {{p:Ernesto}} ({{p:Ernesto Silveira}}), port watchman, who let the men phone from his booth.
- Padre {{p:Julio}}: priest at a church near {{u:Avenida 18 de Julio}}; {{p:Julio}} brought clothes and a Korean Bible from a pastor in {{u:Buenos Aires}}.
- {{p:Ana}}, {{p:Ernesto}}'s daughter, who taught {{r:Jo}} to say "gracias".

Chain of command (as {{r:Jo}} describes it)
{{r:허성길}} → a man at the DPRK embassy in {{u:Havana}} called "{{p:Ri}} 참사" → {{u:Korea Myongji Trading Company}}. {{r:Ho}} phoned {{p:Ri}} every Sunday from a satellite phone. After the ship was detained, {{r:Ho Song-gil}} and three others flew out via {{u:Carrasco International Airport}}; {{r:Jo}} and {{r:Mun}} stayed behind.

Interviewer's note ({{p:L.F.}})
{{r:Jo}} insists that {{r:Ho}}'s first name is written 성길 and NOT Sung-gil. Keep "{{r:Ho Song-gil}}". {{p:Se-ra}} to double-check Hangul for "{{p:Ri}} 참사" with the {{u:Mansudae}} list - probably not relevant.""",
    },
    {
        "id": "h19-ko-08",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Thak Myong-hui", "탁명희", "witness", []),
            ("Phyon Kwang-su", "편광수", "supervisor", ["까치"]),
        ],
        "note": "KakaoTalk export in Korean between two former farm workers from Primorye; display names with emoji; zero-width space inside a Hangul name; nickname 까치 next to real magpies; surname 편 next to 편지 and 편; display name 은하수 that is an ordinary word.",
        "text": """카카오톡 대화 - {{r:탁명희}} 님과 {{p:은하수}} 님
저장한 날짜 : 2022-11-02 23:14

--------------- 2022년 10월 30일 일요일 ---------------
[{{r:탁\u200b명희}} 🌸] [오후 8:02] 언니 자요?
[{{p:은하수}} ✨] [오후 8:05] 아니 안 자. {{r:명희}}야 무슨 일 있어?
[{{r:탁\u200b명희}} 🌸] [오후 8:07] 오늘 상담 선생님이 {{u:우수리스크}} 농장 이야기를 다시 물어봤어요. {{r:까치}} 이름을 대라고
[{{p:은하수}} ✨] [오후 8:08] {{r:편광수}}? 그냥 말해. 이제 무서울 거 없잖아
[{{r:탁\u200b명희}} 🌸] [오후 8:10] 그래도 {{r:편}} 반장 생각만 하면 손이 떨려요. 편지 쓰는 것도 다 검열했잖아요
[{{p:은하수}} ✨] [오후 8:11] 맞아. 편지 한 장 쓰면 {{r:까치}}가 먼저 읽었지 ㅋㅋ 그래서 {{r:까치}}야. 까치처럼 남의 집 소식을 제일 먼저 물어 오니까
[{{r:탁\u200b명희}} 🌸] [오후 8:13] 농장 뒤에 진짜 까치가 많았잖아요. 까치가 울면 손님 온다던데 우리한테는 검열원만 왔어요
[{{p:은하수}} ✨] [오후 8:14] ㅋㅋㅋ 그러니까
[{{r:탁​명희}} 🌸] [오후 8:20] 언니는 {{r:까치}} 본명을 처음에 어떻게 알았어요?
[{{p:은하수}} ✨] [오후 8:24] 영사관에서 온 {{p:주}} 참사가 "{{r:편광수}} 동무" 하고 부르는 걸 들었지. 그 전엔 다들 {{r:편}} 반장, {{r:까치}} 반장 했으니까
[{{r:탁​명희}} 🌸] [오후 8:26] {{p:주}} 참사 기억나요. 안경 쓴 사람. {{p:주명훈}}이었나
[{{p:은하수}} ✨] [오후 8:27] 몰라 그건. 성만 알아

--------------- 2022년 10월 31일 월요일 ---------------
[{{r:탁\u200b명희}} 🌸] [오전 9:20] 언니, 러시아 주인 이름 기억나요? 배추밭 주인
[{{p:은하수}} ✨] [오전 9:31] {{p:빅토르 스테파노비치}}. 우리는 {{p:빅토르}} 할아버지라고 했지. 그 집 손녀가 {{p:다샤}}
[{{p:은하수}} ✨] [오전 9:32] {{p:다샤}}가 {{u:아르툠}}에 있는 병원에 너 데려갔잖아. 네가 낫에 베였을 때
[{{r:탁\u200b명희}} 🌸] [오전 9:35] 맞다. {{p:다샤}} 언니… {{p:다리야}}가 본명이었죠
[{{p:은하수}} ✨] [오전 9:36] 응. 그리고 중국 사람 {{p:량}} 씨. {{p:량더차이}}. 트랙터 몰던 사람
[{{r:탁\u200b명희}} 🌸] [오전 9:40] {{p:량}} 씨는 편 가르기 좋아했잖아요. 중국 사람 편, 조선 사람 편
[{{p:은하수}} ✨] [오전 9:41] 그랬지 ㅎㅎ 그래도 {{r:편광수}}보다는 나았어

--------------- 2022년 11월 2일 수요일 ---------------
[{{r:탁\u200b명희}} 🌸] [오후 10:50] 언니 오늘 다 말했어요. {{r:편광수}}, {{p:빅토르}} 할아버지, {{p:량}} 씨, 그리고 언니 이름은 안 댔어요
[{{p:은하수}} ✨] [오후 10:52] 잘했어. 내 이름은 {{p:손은하}}라고 대도 돼. 이제 괜찮아
[{{r:탁\u200b명희}} 🌸] [오후 10:53] {{p:은하}} 언니 ㅠㅠ 고마워요
[{{p:은하수}} ✨] [오후 10:55] 그리고 {{p:금철}}이 오빠 얘기도 했어? 도망치다 잡힌
[{{r:탁\u200b명희}} 🌸] [오후 10:58] 했어요. {{p:리금철}}. {{r:편}} 반장이 {{p:금철}} 오빠를 {{u:블라디보스토크}} 영사관으로 보냈다고
[{{p:은하수}} ✨] [오후 11:00] 잘했다 우리 {{r:명희}}. 이제 자
[{{r:탁\u200b명희}} 🌸] [오후 11:01] 네 언니도요 🌙
[{{p:은하수}} ✨] [오후 11:02] 은하수 보면서 잔다 ㅋㅋ 잘 자""",
    },
    {
        "id": "h19-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ok Song-ho", "옥성호", "witness", []),
        ],
        "note": "Medical record excerpt in Korean, injuries from a Khabarovsk logging camp; surname 옥 next to 감옥 and 옥수수; doctors and nurse as private persons; hospitals named after people (김만유병원); Russian names in Hangul.",
        "text": """{{u:국립중앙의료원}} 외래 진료 기록 (발췌, 환자 본인 요청으로 사본 발급)

환자: {{r:옥성호}} (남, 41세)
진료과: 정형외과 / 담당의: {{p:서민재}} / 기록: 간호사 {{p:배하은}}
진료일: 2021. 6. 14.

[주호소]
오른쪽 어깨 통증, 팔을 머리 위로 들지 못함. 약 5년 전 벌목 작업 중 통나무에 깔림.

[병력]
환자는 2013~2017년 {{u:러시아}} {{u:하바롭스크주}} {{u:체그도민}} 인근 벌목장에서 일했다고 진술함. 부상 당시 현장 의료진 없이 같은 작업조의 {{p:하철웅}}이 나뭇가지로 부목을 대 주었다고 함. 환자: "{{p:철웅}}이 아니었으면 팔을 잘랐을 겁니다." 러시아 현지 병원 진료는 작업반장 {{p:신}} 씨가 허락하지 않음. 한 달 뒤 러시아인 운전수 {{p:바실리}}가 몰래 {{u:체그도민}} 읍 병원에 데려가 엑스선 촬영을 했으나 치료는 받지 못함.

[과거력]
2008년 {{u:평양}} {{u:김만유병원}}에서 맹장 수술. 2017년 귀국 후 약 8개월간 구금(환자 표현: "옥에 갇혔다", 즉 감옥). 구금 중 영양 상태 불량, 옥수수죽으로 연명했다고 함. {{r:옥}} 씨는 "성이 {{r:옥}}인데 옥살이까지 했다"며 웃었음.

[가족력]
모친 {{p:허봉녀}} 고혈압. 형 {{p:옥성철}}은 북한 거주 중으로 연락 두절.

[진찰 소견]
오른쪽 어깨 관절 운동 범위 제한(거상 90도). 쇄골 원위부 변형 유합. 극상근 위축. 양측 손가락 동상 후유증.

[검사]
단순 방사선: 쇄골 골절 부정유합, 견봉쇄골 관절염.
초음파: 회전근개 전층 파열 의심 → MRI 예약.

[평가 및 계획]
1. 쇄골 부정유합 및 회전근개 파열 의심. MRI 후 수술 여부 결정.
2. 심리 지원 필요: 환자가 진료 중 작업반장 이름을 말하며 불안해함. {{u:하나원}} 수료 후 {{u:안성}}에서 거주 중이며 지역 {{u:하나센터}} 상담사 {{p:노은비}}와 연계되어 있음. {{p:노}} 상담사에게 회신 요청.
3. 산재 유사 사례로 {{u:대한법률구조공단}} 안내문 제공.

[간호 기록]
14:20 환자 대기 중 보호자 없이 혼자 옴. 동행인 {{p:옥}}이라는 사람이 전화로 안부를 물어옴(환자 말로는 같은 성의 먼 친척 {{p:옥수련}}). 간호사 {{p:배하은}} 확인.
14:45 진료 후 환자가 "{{p:신}} 반장이 지금도 러시아에 있느냐"고 물음. 답변하지 않고 상담 연계 안내.
14:55 환자가 진료비 수납 창구 직원 {{p:안소희}}에게 길을 물음. {{p:안}} 직원이 지하철역까지 안내함.
15:00 귀가.

[사회복지 상담 기록 - 의료사회복지사 {{p:윤다정}}, 2021. 6. 21.]
환자는 벌목장에서 함께 일한 사람들의 이름을 적어 왔음: {{p:하철웅}}, {{p:도만길}}, {{p:표}} 씨(이름 모름), 러시아인 {{p:바실리}}. 환자는 {{p:도만길}}이 2016년 겨울 동상으로 발가락을 잃었다고 함. 작업반장 {{p:신}} 씨의 본명은 {{p:신영춘}}으로 기억한다고 함. 환자 요청에 따라 이 명단은 의무기록에 포함하지 않고 상담 파일에만 보관하기로 함. 의료비 지원 신청서 작성 도움.

[추기 - 담당의 {{p:서민재}}, 2021. 6. 28.]
MRI 결과 회전근개 전층 파열 확인. 관절경 수술 예정일 2021. 7. 19. 환자는 수술 동의서에 이름을 "{{r:옥성호}}"로 서명하였으며, 북한 여권상 표기는 "{{r:OK SONG HO}}"였다고 함. 보험 서류상 표기와 일치시킬 것.""",
    },
    {
        "id": "h19-en-08",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("No Kwang-sik", "노광식", "witness", []),
            ("Ha Chol-ung", "하철웅", "supervisor", []),
            ("Nam Dong-il", "남동일", "coworker", []),
        ],
        "note": "First-person testimony, Namibia monument and housing sites; No and Ha as surnames and as ordinary words ('No one', 'Ha!'); Namibian private persons; president, avenue and airport named after people.",
        "text": """STATEMENT OF {{r:NO KWANG-SIK}} - as told to a volunteer, {{u:Seoul}}, 2019

My name is {{r:No Kwang-sik}}. No one in my family had been abroad before me. In 2011 I was selected for a construction group going to {{u:Namibia}} for {{u:Mansudae Overseas Project Group}}. We flew through {{u:Beijing}} and {{u:Addis Ababa}} and landed at {{u:Hosea Kutako International Airport}} near {{u:Windhoek}}.

Our group leader was {{r:Ha Chol-ung}}. {{r:Ha}} had been to {{u:Senegal}} before and liked to tell us how the Africans admired our statues. Ha! The Namibians I met admired our cheapness, not our statues. {{r:Chol-ung}} kept our passports in a metal box under his bed and the key in his shoe.

We first worked on the military museum at {{u:Okahandja}}, then on houses near {{u:Sam Nujoma Drive}}. The statue of {{u:Sam Nujoma}} at the {{u:Independence Memorial Museum}} was also our work, though I only carried cement for it. No, I never saw the President himself. Only his statue.

My closest friend was {{r:Nam Dong-il}} from {{u:Kaesong}}. {{r:Dong-il}} was good at languages and learned some Oshiwambo from a Namibian foreman, Mr {{p:Shikongo}}. Mr {{p:Shikongo}} - {{p:Petrus}}, he told us to call him - had a daughter, {{p:Ndapewa}}, who brought us mangoes. {{r:Ha}} said we must not eat anything from the locals. {{r:Nam}} ate the mangoes anyway, and {{r:Ha Chol-ung}} made him stand in the sun for the whole lunch break.

There was also a Herero woman who cooked for the Namibian workers, Mrs {{p:Tjivikua}}. {{p:Tjivikua}} gave {{r:Dong-il}} a small radio. It was the first time any of us heard South Korean songs. {{r:Dong-il}} hid the radio in a cement bag. When {{r:Ha}} found it in 2013 he reported {{r:Nam}} to the embassy and {{r:Nam Dong-il}} was sent home on the next flight. I do not know what happened to him.

A German engineer, {{p:Klaus Reinhardt}}, asked me once why we never had a day off. I said no. I mean, I said nothing. {{r:Ha}} was standing behind me. {{p:Klaus}} understood and did not ask again.

In 2015 the {{u:United Nations}} sanctions were discussed in the newspapers, and the Namibian government said the Koreans would leave. We were moved at night to another site and told to say we were "technicians". Another group leader came, {{p:Yun}}, and {{p:Yun}} and {{r:Ha}} argued about money. I heard {{p:Yun}} say that {{r:No}} and three others should go home first because we had "seen too much".

I left the group in {{u:Windhoek}} in March 2016 with help from a Namibian pastor, Reverend {{p:Hamutenya}}, and a Korean-Namibian businesswoman, Mrs {{p:Lee}}. Mrs {{p:Lee}} paid for my ticket. I will not say more about her.

Today I work in {{u:Incheon}}. If {{r:Ha}} reads this: No, I have not forgotten.""",
    },
    {
        "id": "h19-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yang Hak-chol", "양학철", "witness", []),
            ("Sin Yong-bom", "신용범", "supervisor", ["Shin Yong Bum"]),
        ],
        "note": "Witness's list of co-workers at a Khabarovsk logging camp, English; one-syllable names Ok, So, Ma, Im alone and as words; initials and ALL CAPS; Sin/Shin variant; Russian diminutive; Akademik ship and station.",
        "text": """LIST OF CO-WORKERS - compiled by {{r:Yang Hak-chol}} for the documentation project, {{u:Chegdomyn}} logging site No. 3, 2012-2015. Comments are his, translated by {{p:J. Baek}}.

1. {{r:SIN YONG-BOM}} - site chief. Also written {{r:Shin Yong Bum}}. "{{r:Sin}} decided who ate and who did not. To us that was the only sin that mattered."
2. {{p:Ok Kwang-jin}} - deputy. "{{p:Ok}} was not ok. He drank Russian spirit with the drivers and beat people the morning after."
3. {{p:So Chang-ik}} - saw operator, from {{u:Tanchon}}. "{{p:So}} lost an ear to frostbite. So did two others, but {{p:So}} never complained."
4. {{p:Ma Sun-gil}} - cook's helper. "Old {{p:Ma}}. He told us stories of his ma, his mother, who fed forty people in the famine."
5. {{p:Im Tu-hwan}} and his cousin {{p:Im Chang-su}}. "The two {{p:Im}}s. {{p:Tu-hwan}} was the strong one. {{p:Chang-su}} ran away in 2014 towards {{u:Komsomolsk-on-Amur}}."
6. {{p:K.S.R.}} - I will give only his initials, because his family is still in {{u:Hyesan}}. {{p:K.S.R.}} was the best mechanic in the camp.
7. {{p:Kim C.H.}} - there were three Kims with the initials C.H. I mean the one from {{u:Musan}}, not the one from {{u:Kilju}}. {{p:Kim C.H.}} of {{u:Musan}} died under a falling larch in 2013. {{r:Sin}} wrote "illness".
8. {{p:Volodya}} - Russian truck driver. Full name {{p:Vladimir Gennadyevich Tkachenko}}. "{{p:Volodya}} drove the timber to the railway at {{u:Novy Urgal}} station. {{p:Volodya}} sold us bread."
9. Aunt {{p:Zina}} - Russian woman who ran the shop in {{u:Chegdomyn}}. {{p:Zinaida}}. She let us pay in cigarettes.
10. {{p:Bayarmaa}} - Mongolian woman, worked for the Chinese subcontractor as interpreter. {{p:Bayarmaa}} spoke Russian, Chinese and a little Korean.
11. {{p:Liu}} - Chinese foreman of the subcontractor {{u:Heilongjiang Forest Industry Group}}. We said "{{p:류}} 반장". {{p:Liu}} and {{r:Sin}} shared the money, we believed.

Other notes by {{r:Yang}}:
- "I am {{r:Yang Hak-chol}}. My name in the camp register was {{r:YANG HAK CHOL}}; the Russians wrote {{r:Ян Хак Чхоль}}. I left in 2015 with the help of a man I will call only {{p:Pasha}}."
- "Men were sent home by ship from {{u:Vanino}} on the {{u:Akademik Sakharov}}? No - I am not sure of the ship. Write only {{u:Vanino}}."
- "{{r:Sin Yong-bom}} is said to be in {{u:Amur Oblast}} now. If you find {{r:Shin}}, do not use my name."
- "Please do not mix up {{p:So Chang-ik}} with {{p:So Chol}}, who came in 2014. {{p:Chol}} was a boy of twenty."

Compiled and signed: {{r:Y.H.C.}}""",
    },
    {
        "id": "h19-en-10",
        "language": "en",
        "eol": "crlf",
        "persons": [],
        "note": "No registered persons: NGO caseworker's e-mail summarising a Chinese garment factory visit; only unregistered private persons; Chinese names in pinyin, hanzi and Korean reading; public figures, companies and streets named after people; capitalised ordinary words.",
        "text": """From: {{p:Eun-ji Baek}}
To: Field team
Subject: Notes from Hunchun trip - please do NOT forward
Date: 2 October 2019

Dear all,

A short summary of what I heard in {{u:Hunchun}} last week. No worker I spoke to agreed to be registered, so please treat every name below as confidential background only.

1. The factory. The women I met work at a garment plant in the {{u:Hunchun Border Economic Cooperation Zone}}, sub-contracted by {{u:Yanbian Tianyu Garments}} for export to a European brand that I will not put in writing. About 300 North Korean women, all from {{u:Pyongyang}} and {{u:Nampo}}.

2. The people. My main contact was a Korean-Chinese shop owner, Mrs {{p:Piao}} ({{p:朴}}, in Korean {{p:박}}), who sells soap to the dormitory. {{p:Piao}} says the women call the North Korean manager "Director {{p:Gong}}" and his deputy "{{p:Sunny}}", an English nickname because she smiles. {{p:Gong}} and {{p:Sunny}} never leave the women alone. Two of the women, {{p:Hye-gyong}} and {{p:Ryon-hui}}, spoke to me for ten minutes in the back of the shop. {{p:Ryon-hui}} said: "Tell people we are not free." {{p:Hye-gyong}} said nothing at all.

3. The Chinese side. The factory boss is {{p:Zhang Hongmei}} ({{p:张红梅}}). Mrs {{p:Zhang}} pays the wages to the manager, not to the women. A driver, Mr {{p:Yao}}, takes the women to the bathhouse on {{u:Chunhua Street}} once a month. {{p:Yao}} told Mrs {{p:Piao}} that Director {{p:Gong}} carries all the passports in a briefcase.

4. Context. The portraits of {{u:Kim Il Sung}} and {{u:Kim Jong Il}} hang in the dormitory hall; the women have to dust them every morning. A poster of {{u:Xi Jinping}} and the Chairman together was put up after the 2019 summit. None of this is secret, but it shows how closely the plant is tied to the state.

5. Hope. One woman had a small picture of {{u:Mother Teresa}} in her sewing box, and a Bible verse in Chinese. Faith, she said, is the last thing they cannot take.

6. Follow-up. {{p:Dae-hyun}}, could you check whether {{u:Yanbian Tianyu Garments}} appears in the {{u:UN Panel of Experts}} reports? {{p:Mirae}}, please do not contact Mrs {{p:Piao}} by WeChat; she asked me to come in person only. I will see her again in December with {{p:Hannah}}.

Thanks,
{{p:Eun-ji}}

P.S. The taxi driver from {{u:Yanji Chaoyangchuan International Airport}}, a Mr {{p:Jin Chengri}} ({{p:金成日}}, {{p:김성일}}), offered to help next time. I am not sure he can be trusted: {{p:Jin}} asked too many questions.""",
    },
    {
        "id": "h19-ko-10",
        "language": "ko",
        "eol": "crlf",
        "persons": [],
        "note": "No registered persons: Korean first-person account from a Qatar stadium site; only unregistered persons; surnames 진, 단, 구 next to ordinary words; Bangladeshi, Nepali and Indian names in Hangul; stadium and street named after emirs.",
        "text": """저는 2013년부터 2016년까지 {{u:카타르}} {{u:도하}}의 경기장 공사장에서 일했습니다. 이름은 밝히지 않겠습니다. 같이 일한 사람들 이름은 말할 수 있는 데까지 말하겠습니다.

우리 건설대 대장은 {{p:진}} 씨였습니다. {{p:진학수}}. 진짜 이름인지는 모르겠습니다. {{p:진}} 대장은 진흙탕에서도 구두를 신고 다녔습니다. 부대장은 {{p:단}}이라는 사람이었는데, {{p:단}} 부대장은 단 한 번도 우리와 밥을 같이 먹지 않았습니다. 그 밑에 작업반장 {{p:구명식}}이 있었습니다. {{p:구}} 반장은 아홉 시간을 일하면 구 시간을 더 일하라고 농담을 했습니다. 아무도 웃지 않았습니다.

현장은 {{u:칼리파 국제경기장}} 보수 공사였습니다. 경기장 이름이 옛날 아미르 이름이라고 방글라데시 사람 {{p:모닐}}이 가르쳐 주었습니다. {{p:모닐 호사인}}. {{p:모닐}}은 우리말로 "밥", "물", "괜찮아"를 할 줄 알았습니다. 네팔 사람 {{p:람 바하두르}}는 철근공이었는데 여름에 쓰러져서 그 뒤로 못 봤습니다. {{p:람}}의 친구 {{p:다와}}가 울면서 {{p:람}}의 짐을 챙겼습니다.

우리 숙소는 {{u:알라얀}}의 노동자 캠프였습니다. 숙소에서 제일 나이 많은 분이 {{p:봉녀}} 아주머니였는데, 식당 일을 했습니다. 아주머니 남편 {{p:탁}} 씨도 같은 현장에서 일했습니다. 부부가 같이 나온 건 드문 일이었습니다. {{p:탁}} 씨는 밤마다 {{p:봉녀}} 아주머니에게 고향 {{u:원산}} 이야기를 했다고 합니다.

현장에는 다른 나라 북한 건설대도 있었습니다. 옆 건설대 대장은 {{p:하}} 씨였는데, 우리 {{p:진}} 대장과 사이가 나빴습니다. 두 사람이 싸우는 날이면 {{p:하}} 대장네 사람들과 우리는 서로 말도 못 했습니다. 그쪽 건설대에 {{p:은철}}이라는 제 고향 친구가 있었는데, {{p:은철}}이와는 화장실 앞에서만 몰래 이야기했습니다. {{p:은철}}이는 {{u:칼리파 거리}} 쪽 호텔 공사장에서 일하다 팔을 다쳤는데도 귀국하지 않겠다고 버텼습니다. 집에 가면 빚만 남는다는 것이었습니다.

숙소 창문으로는 {{u:아스파이어 타워}}가 보였습니다. 밤이면 불빛이 바뀌었습니다. {{p:모닐}}은 그 탑을 "횃불"이라고 불렀습니다. 저는 그 불빛을 보면서 {{u:원산}} 바닷가 등대를 생각했습니다.

돈 문제는 다들 압니다. 한 달 월급이 천 리얄이라고 했지만 우리 손에 들어온 건 백 리얄도 안 됐습니다. 나머지는 {{p:진}} 대장이 "국가 계획분"이라며 가져갔습니다. 인도 사람 경리 {{p:수레시}} 씨가 장부를 보여 준 적이 있습니다. {{p:수레시 나이르}}. 그 사람 덕분에 우리가 얼마를 벌었는지 처음 알았습니다. {{p:수레시}} 씨는 그 일로 해고됐다고 들었습니다.

2015년 겨울에는 {{u:국제노동기구}} 사람들이 캠프를 보러 온다고 해서 {{p:단}} 부대장이 우리에게 새 작업복을 나눠 주었습니다. 조사단이 떠나자마자 작업복을 다시 걷어 갔습니다. 그날 {{p:구}} 반장이 "구경 잘했지?" 하고 웃었습니다.

저는 2016년 봄 귀국 직전에 {{u:하마드 국제공항}}에서 빠져나왔습니다. {{p:모닐}}이 소개해 준 택시 기사 {{p:아흐마드}}가 저를 {{u:한국 대사관}}까지 태워 주었습니다. {{p:아흐마드}} 씨는 돈을 받지 않았습니다. {{p:진}} 대장과 {{p:단}} 부대장이 지금 어디 있는지는 모릅니다. {{p:봉녀}} 아주머니와 {{p:탁}} 씨가 무사하기만 바랍니다. {{p:은철}}이도 살아 있기를 바랍니다. 저는 지금도 그 사람들 이름을 하나하나 적어 둡니다.""",
    },
    {
        "id": "h19-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Hyang-mi", "리향미", "witness", ["Lee Hyang Mi"]),
            ("Kang Tong-ho", "강동호", "supervisor", ["곰"]),
            ("Ri Hyang-sun", "리향순", "relative", []),
        ],
        "note": "Bilingual case intake fields from a Malaysian restaurant and factory; two sisters sharing a surname; nickname 곰 (bear) in Korean next to English 'bear'; Malay and Bangladeshi private persons; towers, airport and street named after people.",
        "text": """INTAKE / 접수 기록 - Case KL-07
Date / 일자: 2018-05-21      Interviewer / 면담자: {{p:Aishah Rahman}}      Interpreter / 통역: {{p:정수아}}

Name / 성명: {{r:리향미}} ({{r:Ri Hyang-mi}}; Malaysian immigration record: "{{r:LEE HYANG MI}}")
Sister / 자매: {{r:리향순}} ({{r:Ri Hyang-sun}}) - still in {{u:Kuala Lumpur}} as of intake
Worksite / 작업장: restaurant "{{u:Pyongyang Koryo Restaurant}}" near {{u:Jalan Ampang}}, then a glove factory in {{u:Klang}}
Supervisor / 관리자: {{r:강동호}} ({{r:Kang Tong-ho}}), nickname "{{r:곰}}" (bear)

Narrative / 진술 요지
{{r:향미}} 씨 says that she and {{r:향순}}이 were sent together in 2015. "We were told we would see the {{u:Petronas Twin Towers}} every day. We saw them from the kitchen window, once." The manager {{r:Kang}} was called {{r:곰}} because he was big and slow, "like a bear that sleeps in the day and eats at night." {{r:곰}} 관리자는 매일 밤 매상을 세었다고 함.

In 2017, after the incident at {{u:Kuala Lumpur International Airport}} involving {{u:Kim Jong-nam}}, the restaurant closed and the women were moved to the glove factory. The factory owner was Mr {{p:Tan Boon Huat}} ({{p:陈文发}}); the line supervisor was a Malay woman, Kak {{p:Rosnah}}. {{p:Rosnah}} 언니가 {{r:향미}}에게 말레이어를 가르쳐 줌. A Bangladeshi worker, {{p:Abdul Karim}}, repaired the machines; {{p:Karim}} gave {{r:Hyang-sun}} his phone to call the embassy of the Republic of Korea, but {{r:Kang Tong-ho}} found out.

Key concern / 주요 우려
{{r:Hyang-sun}} was moved to an unknown place after the phone incident. {{r:Hyang-mi}} believes {{r:Kang}} took her to the DPRK embassy on {{u:Jalan Batai}}. "{{r:강}} 관리자는 {{r:향순}}이를 '배신자'라고 불렀어요."

Other names / 기타 인물
- {{p:Pak}} "아바이" ({{p:박}} 씨) - old cook in the restaurant, from {{u:Kaesong}}.
- {{p:Mimi}} - a singer at the restaurant; real name {{p:Jon Mi-ok}} ({{p:전미옥}}).
- Encik {{p:Hafiz}}: landlord of the workers' flat in {{u:Klang}}.

Action / 조치
Referred to {{u:SUHAKAM}} and the Korean embassy. {{r:Hyang-mi}} asked: "Please find my sister. {{r:향순}}이 is only twenty-three." Next appointment: 2018-05-28 with {{p:Aishah}} and {{p:수아}}.""",
    },
    {
        "id": "h19-ko-11",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Kye Chun-sim", "계춘심", "witness", ["춘심이"]),
            ("Yun Man-gil", "윤만길", "supervisor", ["털보"]),
        ],
        "note": "Korean petition-style statement to the National Human Rights Commission citing an Equatorial Guinea and Angola site; nickname 털보; surname 윤 and 계 with titles and particles; Equatoguinean and Angolan names in Hangul; presidents and airport as public names.",
        "text": """진 정 서

진정인: {{r:계춘심}}
피진정인: {{u:조선민주주의인민공화국}} {{u:만수대창작사}} 해외사업소 관계자 {{r:윤만길}} 외
수신: {{u:국가인권위원회}} 위원장

1. 진정인은 2012년부터 2016년까지 {{u:적도기니}} {{u:말라보}}와 {{u:앙골라}} {{u:루안다}}의 건설 현장에서 취사원으로 일하였습니다. 진정인은 남편 없이 혼자 나갔으며, 현장 사람들은 진정인을 "{{r:춘심이}} 동무" 또는 "{{r:계}} 동무"라고 불렀습니다.

2. 현장 책임자는 {{r:윤만길}}이었습니다. {{r:윤}} 소장은 턱수염을 길러 모두가 {{r:털보}}라고 불렀습니다. {{r:털보}} 소장은 대통령궁 공사를 맡았다고 자랑하며 {{u:테오도로 오비앙 응게마 음바소고}} 대통령과 악수한 사진을 숙소에 걸어 두었습니다. 그러나 노동자들의 임금은 단 한 번도 제대로 주지 않았습니다.

3. 현지인 중에는 적도기니 사람 {{p:마리아 은동}}이 진정인과 함께 부엌에서 일하였습니다. {{p:마리아}}는 진정인에게 스페인어로 숫자를 가르쳐 주었고, 진정인이 아플 때 약을 가져다주었습니다. 또 운전수 {{p:프란시스코 에소노}}가 있었는데, {{p:에소노}} 씨는 {{r:윤}} 소장의 심부름으로 시장을 다녔습니다. 진정인은 {{p:프란시스코}}의 차를 타고 시장에 갈 때만 바깥 공기를 마실 수 있었습니다.

4. 2014년 앙골라로 옮긴 뒤에는 앙골라 사람 {{p:조아킹 마테우스}}가 현장 감독을 하였습니다. {{p:조아킹}}은 {{r:털보}}에게 노동자들에게 휴일을 주라고 여러 번 말하였으나, {{r:윤만길}}은 "우리 사람들은 쉬지 않는다"고 대답하였습니다. {{u:아고스티뉴 네투}} 기념관 공사가 끝날 무렵, 진정인과 같은 방을 쓰던 {{p:윤옥자}}가 쓰러졌습니다. {{p:옥자}}는 소장과 성이 같았지만 아무 관계도 없었습니다. {{p:윤옥자}}는 병원에 가지 못하고 숙소에서 숨졌습니다. 그날 밤 {{p:옥자}}의 시신은 {{u:루안다}} {{u:4 de Fevereiro 국제공항}}을 통해 평양으로 보내졌다고 들었습니다.

5. 진정인은 2016년 귀국 명단에 오르자 {{p:조아킹}}과 그의 부인 도나 {{p:루시아}}의 도움으로 현장을 떠났습니다. {{p:루시아}} 부인은 진정인을 자기 집에 숨겨 주었고, 그 뒤 {{u:유엔난민기구}} 사무소로 데려다주었습니다.

6. 진정인은 앞서 {{u:북한인권정보센터}}에 진술한 {{p:소명철}}의 증언(2019년)과 {{p:방금희}}의 증언(2020년)이 진정인의 경험과 같다는 것을 확인하였습니다. {{p:소명철}}은 {{u:말라보}}에서 {{r:털보}} 소장 밑에서 미장공으로 일한 사람입니다.

7. 진정인이 기억하는 동료 취사원과 노동자는 다음과 같습니다. {{p:한정실}}(취사원, {{u:함흥}} 출신), {{p:리봉수}}(미장공), {{p:봉수}}의 동생 {{p:리봉철}}, 그리고 나이가 어려 모두 "막내"라고 부르던 {{p:차은성}}. {{p:은성}}이는 앙골라에서 말라리아에 걸렸으나 {{r:털보}} 소장이 약값을 아낀다며 병원에 보내지 않았습니다. {{p:한정실}} 언니가 자기 몫의 돈으로 약을 사다 먹였습니다. 진정인은 이 사람들의 가족이 북한에 남아 있으므로 위원회가 이들의 이름을 외부에 공개하지 않기를 바랍니다.

8. 이에 진정인은 위원회가 위 사실을 조사하고, {{u:유엔 북한인권 특별보고관}}에게 이를 알려 줄 것을 요청합니다.

위 진정 내용은 모두 사실이며, 진정인은 필요한 경우 위원회에 출석하여 진술할 의사가 있습니다. 관련 자료도 함께 제출하겠습니다.

2023년 9월 4일
진정인 {{r:계춘심}} (인)""",
    },
    {
        "id": "h19-en-11",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pyon Song-ae", "변성애", "witness", []),
            ("Yi Jae-bok", "이재복", "relative", ["Ri Jae-bok"]),
        ],
        "note": "Letter to family written in English translation, Mongolian greenhouse; Yi/Ri variant; Mongolian names with patronymic initial; nickname Sparrow for an unregistered person; square and airport named after people; emoji beside a name.",
        "text": """[Letter, translated from Korean by {{p:Grace Han}}. Original handwritten, sent via a Chinese trader.]

Dear Father,

It is your daughter {{r:Song-ae}}. I hope you and Mother are well and that your back no longer hurts. I am writing from {{u:Ulaanbaatar}} where I have been for nineteen months. We work in a greenhouse on the edge of the city, growing cucumbers for a Mongolian company, {{u:Tavan Bogd Agro}}.

The head of our group is a woman, Comrade {{p:Kil}}. {{p:Kil}} is strict but fair, not like the men at the building sites. Her deputy is {{p:Yom Sun-jong}}, whom everybody calls {{p:Sparrow}} because she is small and talks all day. {{p:Sparrow}} knows every rumour in the compound.

The Mongolian owner is Mr {{p:Batbayar}}, and his wife {{p:Oyunchimeg}} does the accounts. Mr {{p:B. Ganbold}}, the foreman, has a son studying at the {{u:National University of Mongolia}}. {{p:Ganbold}} once took four of us in his car to see {{u:Sükhbaatar Square}} and the statue of {{u:Chinggis Khaan}}. I thought of you then, Father, because you always said a man should see the world once.

Please tell {{r:Jae-bok}} that his wife is well. I know he is in {{u:Sinpo}} now. Tell my husband {{r:Yi Jae-bok}} - no, you will write {{r:Ri Jae-bok}}, of course, I have been reading English labels too long - that I am saving for our own house. {{r:Jae-bok}}'s mother, {{p:Hwa-yong}}, must be patient with him.

We are paid, but most of it goes to the group fund. Comrade {{p:Kil}} says the Fatherland needs it. I do not argue. {{p:Sparrow}} argued once and was sent to wash pots for a month.

There is a Kazakh girl here from {{u:Bayan-Ölgii}}, {{p:Aigerim}} 🌷, who works in the packing room. {{p:Aigerim}} 🌷 draws flowers on our hands with a pen. She asked my name and I told her {{r:Pyon}}. She laughed because in her language it sounds like nothing at all. I like her.

Next month a group goes home through {{u:Chinggis Khaan International Airport}}. I am not on the list. Comrade {{p:Kil}} says perhaps next year. Please do not worry.

Your daughter,
{{r:Pyon Song-ae}} ({{r:변성애}})

P.S. If Auntie {{p:Mun}} from the third floor asks about me, tell her I am studying. Not a lie - I am studying cucumbers.""",
    },
    {
        "id": "h19-en-12",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Jon Kum-song", "전금성", "witness", []),
        ],
        "note": "Diary kept in English by a South Korean volunteer interpreter at a Polish farm case; single registered witness; Jon/Jeon/Chun variants; Polish names with diminutives; street and square named after people; the word 'gold' as a name gloss.",
        "text": """Interpreter's diary - {{u:Lublin}} visit, kept by {{p:Park Ji-hoon}}

Mon 6 May
Met Mr {{r:Jon Kum-song}} for the first time at the {{u:Caritas}} office on {{u:ulica Józefa Piłsudskiego}}. His passport spelling is {{r:JON KUM SONG}}; the Polish police wrote "{{r:Jeon Geum-seong}}" and the farm contract "{{r:Chun Kum Song}}". Three spellings, one tired man. He asked me to call him {{r:Kum-song}}. Kum means gold, he said, "and I have none."

Tue 7 May
{{r:Jon}} described the tomato farm near {{u:Zamość}}. The owner, {{p:Henryk}}, and his son {{p:Tomek}} ({{p:Tomasz Wróbel}}) ran it. {{p:Henryk}} paid the Korean group leader, a man called {{p:Choe}}, in cash. {{p:Choe}} kept everything. {{r:Kum-song}} says {{p:Tomek}} felt bad and once gave him 200 złoty in secret. Note to self: {{p:Tomek}} may be willing to testify.

Wed 8 May
Long session. {{r:Jon}} talked about {{p:Gang-il}}, his bunkmate, who cut his leg with a sickle. The farm neighbour, pani {{p:Halina}}, drove {{p:Gang-il}} to the hospital named after {{u:Jan Bosco}}? He is not sure of the name. {{p:Halina}} stayed with him all night. {{p:Choe}} was furious.

Thu 9 May
Day off for me. Walked across {{u:Plac Litewski}} and past the statue of {{u:Marshal Piłsudski}}. Thought about how many names in this country belong to streets. {{r:Jon}} told me yesterday that in {{u:Wonsan}} his street had no name at all.

Fri 10 May
Meeting with lawyer {{p:Agnieszka Nowak}}. {{p:Agnieszka}} wants written statements from {{p:Tomek}} and {{p:Halina}}. {{r:Kum-song}} worries about {{p:Choe}}'s family connections. I told him {{p:Choe}} is now far away; {{r:Jon}} laughed and said {{p:Choe}} is never far away.

Sat 11 May
Last session. {{r:Jon Kum-song}} signed the statement as "{{r:전금성}}". He asked me to write down for him the names of everybody who had been kind: {{p:Tomek}}, {{p:Halina}}, {{p:Gang-il}}, and a Ukrainian seasonal worker, {{p:Oksana}}, who had shared her bread. I wrote them on the back of a {{u:Biedronka}} receipt. He folded it into his wallet.""",
    },
    {
        "id": "h19-ko-12",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Sok Hye-ryon", "석혜련", "witness", []),
            ("Ju Tong-chol", "주동철", "supervisor", ["족제비"]),
            ("Hyon Ok-bun", "현옥분", "coworker", []),
        ],
        "note": "Translator's gloss-style Korean record of an interview about a Chinese squid processing plant in Rongcheng; nickname 족제비; surnames 석, 주, 현 next to 석 달, 주인, 현장; Chinese names by Korean reading and hanzi; ordinary words 별, 나라.",
        "text": """[면담 정리 - 통역 메모 포함. 대괄호 안은 통역자 {{p:연지민}}의 설명]

면담 대상: {{r:석혜련}}. 2016~2019년 {{u:중국}} {{u:산둥성}} {{u:룽청}}의 오징어 가공 공장에서 일함. 공장 이름은 {{u:룽청해양식품유한공사}}[{{u:荣成海洋食品有限公司}}].

1. 관리자
공장의 북측 관리자는 {{r:주동철}}. 여성들은 그를 {{r:족제비}}라고 불렀다[몸이 가늘고 눈이 작아서라고 함]. {{r:주}} 관리자는 공장 주인 {{p:쑨리}}[{{p:孙立}}, 한국식 독음 {{p:손립}}]과 중국어로 직접 이야기할 정도로 중국어를 잘했다. {{r:석혜련}}의 말: "주인보다 {{r:족제비}}가 더 무서웠어요." 석 달에 한 번 영사관 사람이 와서 {{r:주동철}}과 같이 술을 마셨다고 함.

2. 같은 작업반
가장 가까웠던 동료는 {{r:현옥분}}. {{r:옥분}}이는 {{u:단천}} 출신으로 나이는 스물다섯. 현장에서는 "{{r:현}} 동무"라고 불렀다[현장의 '현'과 성이 같아서 농담이 많았다고 함]. {{r:옥분}}이는 2018년 겨울 냉동 창고에서 쓰러졌는데, {{r:족제비}}는 꾀병이라고 했다. 중국인 반장 {{p:왕샤오옌}}[{{p:王晓燕}}]이 약을 가져다주었다. {{p:샤오옌}}은 한국어를 조금 할 줄 알았다.

3. 다른 인물
- {{p:별}}[본명 모름]: 공장에서 노래를 제일 잘하던 여성. 밤하늘에 별이 보이면 {{p:별}}이가 노래를 불렀다고 함.
- {{p:나라}}[본명 {{p:김나라}}]: 가장 어린 노동자. 나라를 위해 일한다는 구호를 외칠 때마다 다들 {{p:나라}}를 쳐다보며 웃었다고 함.
- {{p:류}} 기사[{{p:刘}}, {{p:류}}]: 트럭 운전사. 이름은 모름.
- 필리핀 선원 {{p:호세 레예스}}: 항구에서 오징어 상자를 내리던 사람. {{p:호세}}가 {{r:석혜련}}에게 영어 알파벳을 가르쳐 주었다.

4. 작업과 임금
하루 작업은 새벽 여섯 시에 시작해 밤 열한 시에 끝났다. 오징어 껍질을 벗기는 일이라 손이 늘 짓물렀다. 월급은 {{p:쑨리}} 사장이 {{r:주동철}}에게 한꺼번에 주었고, 여성들에게는 한 달에 이백 위안 정도가 돌아왔다. {{r:주}} 관리자는 나머지를 "나라에 바치는 돈"이라고 했다. {{r:석혜련}}은 한 번 {{p:샤오옌}}에게 자기 이름이 적힌 임금 장부를 보여 달라고 했는데, {{p:샤오옌}}은 {{r:족제비}}가 알면 큰일 난다며 거절했다. 그 대신 {{p:샤오옌}}은 장부에 적힌 숫자를 종이에 옮겨 적어 주었다. {{r:혜련}}은 그 종이를 신발 깔창 밑에 넣어 두었다가 한국까지 가지고 왔다[통역자 확인: 종이 원본 있음, 사본 첨부].

공장 안에서는 진짜 족제비도 자주 나왔다. 창고에 쌓아 둔 말린 오징어를 노렸다고 한다. 여성들은 족제비가 나올 때마다 "{{r:주}} 관리자 왔다"고 속삭이며 웃었다. {{r:주동철}}은 그 농담을 알고 있었는지, 창고에 쥐덫을 놓으라고 {{r:옥분}}이에게 시켰다.

5. 탈출
2019년 5월, {{r:혜련}}은 {{p:샤오옌}}의 도움으로 공장을 나와 {{u:칭다오}}로 갔다. 그 뒤 선교사 {{p:문}} 목사[{{p:문성호}}]의 안내로 {{u:베트남}}을 거쳐 입국. {{p:문}} 목사는 문 앞까지만 데려다주고 바로 돌아갔다고 함. {{r:혜련}} 씨는 {{r:옥분}}이가 아직 공장에 있는지 알고 싶어 함.

6. 통역자 메모
[{{r:석혜련}} 씨는 "{{r:석}}"을 돌 석(石)이 아니라 주석 석(錫)이라고 여러 번 강조함. {{r:주동철}}의 '주'는 붉을 주(朱)라고 함. 면담 중 {{r:족제비}} 이야기를 할 때마다 목소리가 작아졌음. 주인 {{p:쑨리}}에 대해서는 "나쁜 사람은 아니었다"고 함. {{r:현옥분}}의 가족은 {{u:단천}}에 있으므로 이름 공개 불가.]""",
    },
    {
        "id": "h19-mixed-07",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Chae Yong-sun", "채용순", "witness", []),
            ("Pak Kwang-nam", "박광남", "coworker", ["Bak Kwang Nam"]),
        ],
        "note": "WhatsApp export between a Nepali construction worker and a Korean interpreter about a Russian Far East site; Pak/Park/Bak variants; Nepali and Russian names; emoji beside names; ALL CAPS; ship named after an admiral.",
        "text": """[12/03/2021, 19:02:11] {{p:Suman Rai}}: Hello sister. This is {{p:Suman}}, the Nepali guy from the {{u:Vladivostok}} site. You asked about the Korean men
[12/03/2021, 19:03:40] {{p:박하윤}}: 네 안녕하세요 {{p:Suman}}! Yes thank you. Do you remember a man called {{r:Chae}}?
[12/03/2021, 19:05:02] {{p:Suman Rai}}: {{r:CHAE}} yes!! Quiet man. Always with his friend {{r:Park}}. We called them "tea and biscuit" 😂
[12/03/2021, 19:05:45] {{p:박하윤}}: ㅋㅋ. {{r:Chae Yong-sun}} and {{r:Pak Kwang-nam}}, right? In the DPRK list it says {{r:Bak Kwang Nam}}
[12/03/2021, 19:07:30] {{p:Suman Rai}}: Maybe. We just said {{r:Park}} and {{r:Chae}}. {{r:Park}} was strong, he carried two blocks. {{r:Chae}} spoke little English
[12/03/2021, 19:08:12] {{p:박하윤}}: {{r:채용순}} 씨가 지금 서울에 있어요. He says you helped him a lot 🙏
[12/03/2021, 19:09:55] {{p:Suman Rai}}: Really?? Tell him {{p:Suman}} says hello. Also {{p:Dil Bahadur}} says hello, he is my cousin, he was also there
[12/03/2021, 19:11:20] {{p:박하윤}}: I will! Can you tell me who was the boss of the Korean group?
[12/03/2021, 19:14:03] {{p:Suman Rai}}: Korean boss was "Comrade {{p:Yu}}" ... I mean we said {{p:Yu}}. Big glasses. The Russian boss was {{p:Andrei}}, {{p:Andrei Nikolaevich}}, he was ok
[12/03/2021, 19:14:50] {{p:박하윤}}: {{p:유}} 반장... okay. And the Russian company?
[12/03/2021, 19:16:31] {{p:Suman Rai}}: {{u:DalStroyInvest}}. Building near the shipyard where the {{u:Admiral Vinogradov}} was repaired. {{r:Park}} loved to look at that ship
[12/03/2021, 19:17:10] {{p:박하윤}}: Did anything happen to {{r:Park}}?
[12/03/2021, 19:20:44] {{p:Suman Rai}}: One day 2019 summer {{r:Park}} fell. {{p:Yu}} did not call ambulance. {{p:Andrei}} called. {{r:Chae}} cried. After that {{r:Park}} disappeared, they said he went home
[12/03/2021, 19:21:30] {{p:박하윤}}: 😢 Thank you for telling me. Can I share this with my colleague {{p:Daniel Cho}}?
[12/03/2021, 19:22:15] {{p:Suman Rai}}: Yes ok. But not my family name please. Only {{p:Suman}}
[12/03/2021, 19:22:40] {{p:박하윤}}: Of course 👍
[13/03/2021, 08:01:12] {{p:Suman Rai}}: Sister one more thing. {{r:Chae}} gave me a paper with his mother name, {{p:Ro Sun-ja}}. I still have it. {{p:Ro}} something. I send photo
[13/03/2021, 08:01:40] {{p:Suman Rai}}: <attached: IMG-20210313-WA0003.jpg>
[13/03/2021, 08:10:05] {{p:박하윤}}: 감사합니다!! It says {{p:로순자}}. I will give it to {{r:용순}} 씨 today
[13/03/2021, 08:11:00] {{p:Suman Rai}}: 👍 {{p:Suman}} 🇳🇵""",
    },
    {
        "id": "h19-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [],
        "note": "No registered persons: bilingual list of names with glosses, compiled for a Kuwait housing site; only unregistered persons; Arab, Egyptian, Indian names in both scripts; one-syllable Korean names (Yu, Ha, O); public names that look like names.",
        "text": """NAME LIST WITH GLOSSES / 이름 목록 (통역 주석 포함)
Compiled by volunteer {{p:Seo-yeon}} from three interviews, {{u:Jaber Al-Ahmad City}} housing project, {{u:Kuwait}}, 2014-2017.
None of the interviewees agreed to be named. Names below are of third persons only.

A. North Korean group
- {{p:Ha Tae-ung}} ({{p:하태웅}}) - group leader. Interviewees say "{{p:하}} 대장" [chief {{p:Ha}}]. "Ha!" was also his favourite word when angry, so interviewees laugh when they say it.
- {{p:O Chang-min}} ({{p:오창민}}) - deputy. One interviewee says only "{{p:O}}" or "{{p:오}} 부대장". Not to be confused with the interjection "O" in translated prayers.
- {{p:Yu Sol}} ({{p:유설}}) - young worker; "{{p:설}}이" [affectionate]. {{p:Yu}} died in 2016 after a fall; body sent home via {{u:Kuwait International Airport}}.
- {{p:Kim Tae-song}}, {{p:Kim Tae-sung}} - same person? Interviewee 2 spells "{{p:Tae-song}}", interviewee 3 "{{p:태성}}". Probably the same man.
- "Big {{p:Mun}}" [큰 {{p:문}}] and "Little {{p:Mun}}" [작은 {{p:문}}] - two workers surnamed {{p:Mun}}/{{p:문}}, given names unknown.

B. Local and foreign persons
- {{p:Abu Faisal}} ({{p:아부 파이살}}) - Kuwaiti site owner's representative. {{p:Abu Faisal}} paid {{p:Ha Tae-ung}} in cash.
- Eng. {{p:Mostafa El-Sayed}} ({{p:무스타파}}), Egyptian. {{p:Mostafa}} complained to the ministry about 16-hour days.
- {{p:Joseph Varghese}} ({{p:조셉}}) - Indian storekeeper from {{u:Kerala}}. {{p:Joseph}} gave workers phone cards.
- {{p:Nanda}} - Sri Lankan cleaner at the camp; {{p:난다}} 아주머니.

C. Public names (do not redact)
{{u:Sheikh Jaber Al-Ahmad Al-Sabah}} (the late Emir; the city is named after him); {{u:Jaber Al-Ahmad Hospital}}; {{u:Al-Ahmadi}}; {{u:Kuwait Oil Company}}; {{u:Embassy of the DPRK in Kuwait}}; {{u:Namgang Construction}}; {{u:Ministry of Social Affairs and Labour}}; {{u:Fahad Al-Salem Street}}; {{u:Kim Jong Un}}.

D. Gloss notes
[{{p:하}} 대장 is written with Hangul 하, which also means "to do" in compounds; interviewees use 하 alone only for the person.]
[{{p:O Chang-min}} wrote his name in Latin letters once as "{{p:OH}}", and in the payroll as "{{p:O.C.M.}}".]
[An interviewee used the nickname "{{p:Sultan}}" for {{p:Abu Faisal}}; "{{p:Sultan}}" here is not a title.]""",
    },
]
