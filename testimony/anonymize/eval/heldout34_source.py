# ruff: noqa: E501
"""Held-out evaluation passages, set 34. Markers: {{r:..}} registered private person,
{{p:..}} unregistered private person, {{u:..}} public name (figure, place, organisation,
company, ship, law, UN body). Built by build_heldout.py heldout34. All persons are fictional;
real public figures appear only in neutral factual mentions. Fictional officials acting in a
public role (spokespersons, judges, signing police officers) are marked {{u:..}}."""

PASSAGES: list[dict] = [
    {
        "id": "h34-en-01",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Chol-ung", "리철웅", "witness", ["Chol-ung", "Lee Cheol Woong", "Li Zhewen"]),
            ("Kang Myong-sik", "강명식", "supervisor", ["Spoon"]),
            ("Hwang Sun-ok", "황순옥", "relative", ["Sun-ok"]),
        ],
        "note": "UK asylum solicitor's case memo; client in three spellings (North, South, a purchased Chinese identity); brigade leader nicknamed Spoon beside the ordinary word spoon; impossible memo date 30 February and a YYYY-DD-MM date; Russian foreman with diminutive; VK handle; closing initials of the caseworker.",
        "text": """PRIVILEGED AND CONFIDENTIAL - PREPARED FOR THE PURPOSE OF LEGAL ADVICE
CASE MEMO - ref. NK/23/0117

To: {{p:Margaret Okafor}}, supervising solicitor
From: {{p:Daniel Yoo}}, caseworker
Cc: interpreter {{p:Han Mi-rae}}; file
Date: 30 February 2023 (as typed on the attendance note; the meeting was on 28 February)
Client: {{r:RI Chol-ung}} ({{r:리철웅}}), b. 11/04/1984. Recorded by the {{u:Home Office}} at screening as "{{r:LEE Cheol Woong}}" and on the false travel document as "{{r:LI Zhewen}}".

1. Summary of instructions

Mr {{r:Ri}} was born in {{u:Kimchaek}}. In 2016 he was sent to a logging camp near {{u:Tynda}} in {{u:Amur Oblast}}, and from 2018 he worked in a construction brigade in {{u:St Petersburg}}, housed in a dormitory off {{u:Primorsky Prospekt}}. In both places the brigade leader was {{r:Kang Myong-sik}} ({{r:강명식}}), whom the men called "{{r:Spoon}}". The client explains the nickname: "He took a spoon out of every bowl." That is, {{r:Kang}} took a cut of everything, from the wages to the rice ration. {{r:Spoon}} kept the passports in a biscuit tin under his bunk.

The client says he was paid, on average, the equivalent of USD 40 a month out of a nominal USD 550. The rest went to "plan money" and to what {{r:Kang Myong-sik}} called the loyalty fund. He does not know which company in {{u:Pyongyang}} held the contract; the Russian side was a subcontractor the men called "{{u:Baltstroi}}".

2. The incident of August 2019

On 3 August 2019 a coworker, {{p:Choe Song-jin}}, fell from scaffolding. The client and another worker, {{p:Yun Tae-hyok}}, carried {{p:Choe}} to the site cabin. {{r:Kang}} told them not to call an ambulance. The Russian foreman, {{p:Sergei Lapin}} ("{{p:Seryozha}}" to the workers), called one anyway, and {{p:Lapin}} lost his job a week later. {{p:Song-jin}} died at {{u:Mariinsky Hospital}} on 5 August. That evening {{r:Spoon}} accused the client and {{p:Yun}} of "talking to foreigners" and told them both they would be on the next train to {{u:Vladivostok}}.

On 9 August the client walked out of the dormitory at 4 a.m. {{p:Seryozha}}'s wife, {{p:Natalya Lapina}}, met him at {{u:Chyornaya Rechka}} metro station and bought him a ticket to {{u:Moscow}}. He says {{p:Natalya}} gave him 20,000 roubles and a SIM card. He spent fourteen months in {{u:Moscow}} working for cash at a market, then travelled overland to {{u:China}}. In {{u:Shenyang}} a broker he knew only as "Old {{p:Jin}}" sold him a Chinese passport in the name {{r:LI Zhewen}}. He arrived at {{u:Heathrow Airport}} on 14 November 2022 and claimed asylum at the border.

3. Family

The client's wife, {{r:Hwang Sun-ok}} ({{r:황순옥}}), and daughter, {{p:Ri Un-byol}} (b. 2010), remain in {{u:Kimchaek}}. The last news came in 2021 through a broker, Mr {{p:Jo}}, who said that {{r:Sun-ok}} and {{p:Un-byol}} had been questioned by the {{u:Ministry of State Security}} after the client's escape. {{r:Hwang}}'s brother, {{p:Hwang Chol}}, was reportedly dismissed from his post at the port. The client cries when he speaks about {{p:Un-byol}}; please allow extra time in the next session.

4. Credibility points to address

(a) Names. {{r:RI Chol-ung}}, {{r:LEE Cheol Woong}} and {{r:LI Zhewen}} are the same person. The screening officer used the South Korean spelling of the surname. The witness statement must explain this, and explain {{r:Li Zhewen}} as a purchased identity.
(b) Dates. The screening record gives the arrival in {{u:Russia}} as "2016-14-03". This is 14 March 2016 written in the wrong order; it is not an inconsistency, but the refusal letter may treat it as one.
(c) Nationality. The {{u:Home Office}} will argue that the client can obtain the protection of the {{u:Republic of Korea}}. We need an expert report; Dr {{p:Eleanor Whitcombe}} has agreed in principle.
(d) Corroboration. {{p:Yun Tae-hyok}} reached {{u:Seoul}} in 2021 and is willing to give a statement. {{p:Tae-hyok}} independently describes {{r:Spoon}}, the tin of passports and the death of {{p:Song-jin}}. Contact is through Pastor {{p:Kim Dong-hyun}} of {{u:Seoul Nambu Church}}.

5. Medical

The client's GP, Dr {{p:Priya Natarajan}}, has referred him to the {{u:Helen Bamber Foundation}} for assessment. He reports back pain (a logging injury, 2017) and nightmares in which {{r:Kang}} is standing at the end of his bed. He asked that the interpreter not be Ms {{p:Choi}} again because she "sounds like a {{u:Pyongyang}} announcer".

6. Next steps

- {{p:Daniel}} to draft the witness statement by 15 March; {{p:Mi-rae}} to read it back in Korean.
- Ask the client whether {{p:Natalya}} can be approached. He has only her {{u:VK}} handle, {{p:natasha.lapina84}}.
- Letter of support from Rev. {{p:Park Jin-ho}} of the {{u:New Malden Korean Methodist Church}}, where Mr {{r:Ri}} has attended since January.
- Consider whether {{r:Chol-ung}} should be referred to the {{u:National Referral Mechanism}} as a potential victim of trafficking; discuss with {{p:Margaret}} first.

{{p:DY}}""",
    },
    {
        "id": "h34-mixed-01",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Yun Kum-hui", "윤금희", "witness", ["금희", "Kum-hui"]),
            ("Jang Hyang-mi", "장향미", "coworker", ["향미", "Hyang-mi"]),
            ("Kim Tok-su", "김덕수", "other", ["덕수"]),
        ],
        "note": "Shelter sign-in sheet, table rows with name and signature columns; fullwidth name; zero-width space inside a resident's name; impossible date 02/30; a man refused entry is registered as 'other'; factory owner in Chinese characters; staff titles 실장/쌤/변호사 outside markers.",
        "text": """{{u:한빛여성쉼터}} ({{u:Hanbit Women's Shelter}}) 출입 기록부 / VISITOR & RESIDENT SIGN-IN SHEET
Binder 3, pp. 14-15. Scanned 2024-03-05 by {{p:Jenna Cho}} (intern). Handwriting transcribed as written; illegible = [?]

날짜 DATE | 입실 IN | 성명 NAME | 구분 TYPE | 목적 PURPOSE | 담당 STAFF | 퇴실 OUT | 서명 SIGN
02/27 | 09:10 | {{r:윤금희}} | 입소자 resident | 외출 복귀 (야간 알바) | {{p:서은정}} 실장 | - | {{r:금희}}
02/27 | 10:25 | {{p:Agnes Mwangi}} | visitor | {{u:UNHCR}} 면담 준비 | {{p:서}} 실장 | 12:40 | {{p:A. Mwangi}}
02/27 | 13:00 | {{r:ＹＵＮ ＫＵＭ－ＨＵＩ}} | resident | {{u:이대목동병원}} 정형외과 | - | 17:35 | {{r:윤}}
02/28 | 14:15 | {{p:박성철}} 변호사 | visitor | 법률상담: {{r:윤금희}} 님 임금체불 건 ({{u:단둥}} 수산물 공장) | {{p:서은정}} | 16:00 | {{p:박}}
02/28 | 18:30 | {{p:리선화}} | 입소자 | 귀가 | - | - | {{p:선화}}
02/29 | 09:00 | {{p:Grace Lim}} | volunteer | 한국어 수업 level 2 ({{r:금희}}, {{p:선화}}, {{p:옥란}}) | {{p:은정}} 쌤 | 11:00 | {{p:G. Lim}}
02/30 [?] | 11:00 | {{r:장향미}} | 방문 visitor | {{r:금희}} 언니 면회. 같은 공장 출신 | {{p:은정}} 쌤 | 13:20 | {{r:향미}} ♡
03/01 | 10:00 | {{p:최\u200b옥란}} | 입소자 | 휴일 외출 ({{u:목동}}) | - | 19:40 | {{p:최옥란}}
03/02 | 20:40 | {{r:김덕수}} (남) | ??? | 자칭 "{{r:금희}} 오빠". 입실 거절 REFUSED | 야간 {{p:오승연}} | 20:45 | (서명 거부)
03/03 | 09:30 | {{r:Jang Hyang-mi}} | visitor | "visiting {{r:Kum-hui}}, bringing kimchi" (English practice) | {{p:Oh}} | 10:15 | {{r:Hyang-mi}}
03/03 | 15:00 | {{p:김영미}} 상담사 ({{u:남북하나재단}}) | 방문 | 사례관리: {{r:윤금희}}, {{p:리선화}} | {{p:서은정}} | 16:30 | {{p:김영미}}

비고 NOTES (야간 근무자 {{p:오승연}}):
- 03/02 밤 {{r:김덕수}}라는 남자가 와서 {{r:금희}} 씨를 찾음. "{{r:금희}}가 나한테 빚이 있다"고 함. {{r:금희}} 씨는 {{r:덕수}}를 {{u:단둥}} 공장 시절의 브로커로 기억함 (본인 진술). 인상착의: 50대, 검은 패딩, 함경도 말씨.
- {{r:향미}} 씨 말로는 {{r:덕수}}가 공장 사장인 {{p:왕}} 사장의 통역이었다고 함. {{p:왕}} 사장 = {{p:王建国}}? ({{r:향미}} 씨가 메모지에 한자로 써 줌.)
- 재방문 시 {{u:양천경찰서}}에 바로 신고할 것. {{p:서}} 실장님께 보고 완료.
- {{r:Kum-hui}} asked (in English - practice!) that her name not be written on the whiteboard by the door any more. Staff please use room numbers only. - {{p:Jenna}}
- 02/30 날짜는 {{p:은정}} 쌤이 잘못 쓴 것 같음 (02/29 다음 날은 03/01). 원본 그대로 둘 것.
- {{p:최옥란}} 씨 이름 칸에 이상한 공백 있음 (스캔 문제?). {{p:옥란}} 씨 본인 확인함.""",
    },
    {
        "id": "h34-mixed-02",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kye Ok-ryon", "계옥련", "witness", ["옥련", "Ok-ryon"]),
            ("Pak Hye-gyong", "박혜경", "supervisor", ["혜경"]),
            ("Nguyễn Văn Tùng", "응우옌 반 뚱", "coworker", ["Tùng", "뚱"]),
        ],
        "note": "Staff list of a DPRK restaurant in Hanoi with Vietnamese and Korean columns and researcher annotations; Korean names in caps without hyphens, Hangul, a South Korean spelling and a Vietnamese rendering; Vietnamese kinship honorifics chị/anh outside markers; Vietnamese given names that are ordinary words; streets and districts public.",
        "text": """STAFF LIST / DANH SÁCH NHÂN VIÊN
{{u:Nhà hàng Bình Nhưỡng}} ({{u:Pyongyang Koryo Restaurant}}), {{u:Hoàn Kiếm}}, {{u:Hà Nội}}
Source: copy given by the landlord's bookkeeper, {{p:Lê Thị Thu Hà}}, to our researcher in June 2019. Annotations in [brackets] by {{p:김세라}} (조사팀), checked against the testimony of {{r:계옥련}}.

STT | Họ và tên | 조선어 | Chức vụ / 직책 | Ghi chú / 비고
1 | {{r:PAK HYE GYONG}} | {{r:박혜경}} | Quản lý (manager) | [지배인. 종업원들은 "{{r:박}} 지배인" 또는 "{{r:혜경}} 동지"라고 불렀음. 베트남 직원들은 "chị {{r:Pak}}"]
2 | {{p:RI MYONG SU}} | {{p:리명수}} | Kế toán (accountant) | [{{r:박혜경}}의 남편이라는 소문. 보위 담당? {{r:옥련}}: "{{p:리}} 선생은 말이 없었다"]
3 | {{r:KYE OK RYON}} | {{r:계옥련}} | Phục vụ, ca sĩ (waitress, singer) | [구술자. 2019.9 이탈]
4 | {{p:RI SOL HUI}} | {{p:리설희}} | Phục vụ, accordion | [{{r:옥련}}과 같은 방. {{p:설희}}는 {{u:평양상업대학}} 출신]
5 | {{p:HAN CHUN MI}} | {{p:한춘미}} | Phục vụ | [2019.3 귀국]
6 | {{p:CHO UN JONG}} | {{p:조은정}} | Phục vụ, múa (dance) | [남측 표기 {{p:Jo Eun-jung}}]
7 | {{p:KIM YONG AE}} | {{p:김영애}} | Bếp (cook) | [{{p:영애}} 언니, 최고참]
8 | {{p:TONG KUM RAN}} | {{p:동금란}} | Bếp phụ | [{{u:신의주}} 출신]
9 | {{p:O SU RYON}} | {{p:오수련}} | Phục vụ | [베트남 쪽 장부에는 "{{p:Ô Su Liên}}"으로 적힘]
10 | {{r:Nguyễn Văn Tùng}} | {{r:응우옌 반 뚱}} | Bảo vệ (security) | [{{r:옥련}}의 이탈을 도운 사람. "anh {{r:Tùng}}"]
11 | {{p:Trần Thị Mai}} | - | Rửa bát (dishwasher) | [{{p:Mai}} = 매화? 조선 직원들은 "{{p:마이}}"라고 부름]
12 | {{p:Phạm Đức Anh}} | - | Phụ bếp | [조선 직원들은 "{{p:득아인}}이"라고 불렀음]
13 | {{p:Đỗ Thị Hồng Nhung}} | - | Thu ngân (cashier) | [{{p:Nhung}}은 한국어를 조금 함]

[조사 메모 / research note]
{{r:옥련}} says the list is accurate except that No. 5, {{p:한춘미}}, went home in March 2019 and was replaced by a girl she knew only as "{{p:향}}이" ({{p:Hyang}}). Manager {{r:Pak}} kept everyone's passports in the safe behind the cashier's desk; {{p:Nhung}} knew the code but was told never to open it. "{{r:박}} 지배인은 무서운 사람은 아니었어요. 무서운 건 {{p:리명수}} 선생이었지요."

On 14 September 2019 the restaurant closed early for a delegation from the {{u:Embassy of the DPRK in Hanoi}}. That night {{r:Tùng}} and his wife, chị {{p:Lan}}, drove {{r:Ok-ryon}} to {{u:Bến xe Nước Ngầm}}, where she took a night bus to {{u:Vinh}} and then crossed into {{u:Laos}} at {{u:Cầu Treo}}. She reached {{u:Bangkok}} eleven days later. {{r:계옥련}}: "{{r:뚱}} 오빠가 없었으면 나는 지금 {{u:평양}}에 있어요. {{p:Lan}} 언니가 반미를 열 개나 싸 줬어요."

{{r:혜경}} 지배인은 10월에 소환되었고, {{p:리명수}}는 남았다. {{p:Lê Thị Thu Hà}} told us the restaurant reopened in 2020 under a new name, {{u:Nhà hàng Hoa Mộc Lan}}, with a male manager called {{p:Ri}} - very likely {{p:리명수}}. {{p:Hà}} asked us not to put her name in anything public; in the report she is "the bookkeeper".

{{r:옥련}}이는 {{p:설희}} 소식을 제일 궁금해한다. {{p:리설희}}는 2020년 초 {{u:하노이}}에서 {{u:선양}}으로 옮겨졌다는 말이 있다. {{r:Tùng}} lost his job in October. {{r:Nguyễn Văn Tùng}} now drives a taxi for {{u:Grab}}.""",
    },
    {
        "id": "h34-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Sin Myong-hwa", "신명화", "witness", ["Myong-hwa"]),
            ("Jong Kwang-chol", "정광철", "supervisor", []),
            ("Sita Gurung", "시타 구룽", "coworker", ["Sita", "시따"]),
        ],
        "note": "Unofficial English summary of a Nepali police First Information Report; informant with 'son of' patronymic; caps passport names; recording inspector is a fictional official in a public role (public); Nepali surnames Thapa and Gurung repeated across relatives; bare surnames; an annexed letter with a Korean vocative; Nepali-calendar date and a YYYY-DD-MM clerical date.",
        "text": """UNOFFICIAL ENGLISH SUMMARY OF FIRST INFORMATION REPORT (JAHERI)
Prepared for our files by {{p:Anjali Shrestha}}, paralegal. The Nepali original is on file; page references are to the original.

Police office: {{u:Metropolitan Police Circle, Durbarmarg}}, {{u:Kathmandu}}
FIR no.: 212/079/80
Date of registration: 2079-11-30 B.S. (the English column reads "2023-14-03", a clerical error for 14 March 2023)
Recording officer: Police Inspector {{u:Suresh Kumar Bhandari}}

Informant: {{p:Ram Bahadur Thapa}} (52), son of {{p:Hari Bahadur Thapa}}, owner of the building at {{u:Lazimpat}}, Ward No. 2, {{u:Kathmandu Metropolitan City}}, let to the "{{u:Pyongyang Okryu Restaurant}}".
Accused: (1) {{r:JONG KWANG CHOL}} (as in passport), {{u:DPRK}} national, manager of the restaurant; (2) a man known to the informant as "Mr {{p:Ho}}"; (3) others unknown.
Victims: (1) {{r:SIN MYONG HWA}}, {{u:DPRK}} national, about 27, cook; (2) {{r:Sita Gurung}} (23), daughter of {{p:Dil Bahadur Gurung}}, of {{u:Syangja}} district, waitress.
Offences alleged: hurt and wrongful confinement under the {{u:Muluki Criminal Code, 2074}}; transportation of a person under the {{u:Human Trafficking and Transportation (Control) Act, 2064}}.

Statement of the informant (summary, pp. 2-4)
On the night of 12 March 2023 at about 23:30 the informant, who lives on the top floor, heard screaming from the staff rooms on the second floor. He went down with his nephew, {{p:Suman Thapa}}. He found the waitress {{r:Sita Gurung}} on the landing with a cut on her forehead. {{r:Sita}} told him that the manager, {{r:Jong}}, had struck her with a ladle when she tried to stop him taking the cook, {{r:Sin Myong-hwa}}, downstairs. From the window the informant saw {{r:Jong Kwang-chol}} and Mr {{p:Ho}} pushing {{r:Sin}} into a white {{u:Toyota}} van. {{p:Suman}} took a photograph of the number plate.

The informant knows the cook as "{{r:Myong-hwa}}" because she bought vegetables every morning from his wife, {{p:Kamala Thapa}}, who keeps a stall at the gate. {{p:Kamala}} told him that {{r:Myong-hwa}} had cried on the stairs several times in February and had once said the word "home" in English. {{p:Thapa}} states that {{r:Jong}} owed him two months' rent and had asked him twice, "Where is the back door key?"

Statement of {{r:Sita Gurung}} (summary, pp. 5-7)
{{r:Sita}} has worked at the restaurant since November 2022. She was hired by {{r:Jong}} through her cousin, {{p:Bimala Gurung}}, who had worked there before her. Her wage of NPR 15,000 was paid late every month. The Korean women were not allowed out except with Mr {{p:Ho}}, and only to the vegetable stall and the bank. The other Korean staff she knows by given names: "{{p:Un-ju}}", "{{p:Kyong-hui}}", "{{p:Sol}}", and an older woman she calls Auntie {{p:Ri}}. {{r:Jong}}'s wife, {{p:Kim Chun-hui}}, kept the accounts. {{r:Sita}} says that {{r:Myong-hwa}} taught her to count in Korean and called her "little sister". On the night of 12 March, {{r:Sita}} held on to {{r:Myong-hwa}}'s arm; {{r:Jong}} hit her with the ladle and {{p:Ho}} pulled her away by the hair. {{r:Gurung}} was treated at {{u:Bir Hospital}} by Dr {{p:Nabin Karki}} (three stitches).

Before the night of 12 March, {{r:Myong-hwa}} had asked {{r:Sita}} to keep a folded letter "for if I disappear". {{r:Sita Gurung}} handed the letter to the police at the time of this report (exhibit 1).

Police action (p. 8)
Inspector {{u:Bhandari}} informed the {{u:Department of Immigration}} and the airport police at 01:10. Departure records later showed {{r:JONG KWANG CHOL}} and {{r:SIN MYONG HWA}} on a morning flight from {{u:Tribhuvan International Airport}} to {{u:Beijing}} on 13 March. Mr {{p:Ho}} has not been identified; the van was registered to a {{u:Thamel}} travel agency owned by {{p:Prakash Maharjan}}, who told the police he had lent it to "the Korean manager" for the day.

Annex: exhibit 1 (English translation by {{p:Lee Soo-jin}}, volunteer, {{u:Korean Association in Nepal}})
"To my little sister {{r:Sita}} (「{{r:시따}}야, 부탁한다」). If I am taken, please tell the Korean church in {{u:Lalitpur}}. My name is {{r:Sin Myong-hwa}}, from {{u:Hamhung}}. My mother is {{p:Kang Ok-nyo}} and my brother is {{p:Sin Chol}}. Manager {{r:Jong}} says I talk too much to Nepali people. If I go home I will be criticised, maybe worse. {{r:Sita}}, thank you for the apples. - {{r:Myong-hwa}}"

Paralegal's note: contact {{r:Sita}} through her cousin only. - {{p:A.S.}}""",
    },
    {
        "id": "h34-mixed-03",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Ho Chang-gil", "허창길", "witness", ["Chang-gil", "창길", "Tchang Kil", "Kil"]),
            ("Yom Tae-sik", "염태식", "supervisor", []),
            ("Moussa Sarr", "무사 사르", "coworker", ["Moussa", "무사"]),
        ],
        "note": "French pay sheet from a statue workshop in Dakar, surname-first caps in French transliteration (Tchang, Tchol), Senegalese names, signature column with Hangul signatures and initials; 'M. Sarr' is the worker's own initial signature, not Monsieur; a university named after a historical figure; Korean annotations and English notes; impossible period end 30/02.",
        "text": """[Scan note] Document 7 of the {{u:Dakar}} batch, photographed in 2011 by {{p:Ibrahima Faye}} from the site office binder. French original; Korean annotations by {{p:정하윤}} (번역), English notes by {{p:Tom Reyes}}.

ÉTAT DE PAIE - MAIN D'ŒUVRE
Chantier : {{u:Monument de la Renaissance africaine}}, {{u:Collines des Mamelles}}, {{u:Ouakam}}, {{u:Dakar}}
Entreprise : {{u:Mansudae Overseas Projects}} - atelier de sculpture et de moulage
Période : du 01/02/2009 au 30/02/2009
Chef d'atelier : M. {{r:YOM Tae Sik}} ({{r:염태식}})
Visa du contrôleur : {{p:A. Diallo}}

N° | NOM Prénom | Nationalité | Qualification | Jours | Taux (FCFA/j) | Net à payer | Émargement
1 | {{r:HO Tchang Kil}} | {{u:RPDC}} | sculpteur | 28 | - | versé à l'entreprise | {{r:허창길}}
2 | {{p:KIM Yong Tchol}} | {{u:RPDC}} | mouleur | 28 | - | versé à l'entreprise | {{p:김영철}}
3 | {{p:PAK Son Il}} | {{u:RPDC}} | soudeur | 27 | - | versé à l'entreprise | {{p:박선일}}
4 | {{p:RI Myong Goun}} | {{u:RPDC}} | ferrailleur | 28 | - | versé à l'entreprise | {{p:리명군}}
5 | {{r:SARR Moussa}} | {{u:Sénégal}} | manœuvre | 26 | 3 500 | 91 000 | {{r:M. Sarr}}
6 | {{p:NDIAYE Fatou}} | {{u:Sénégal}} | cuisinière | 28 | 2 500 | 70 000 | {{p:F. Ndiaye}}
7 | {{p:DIOP Mamadou Lamine}} | {{u:Sénégal}} | manœuvre | 20 | 3 500 | 70 000 | empreinte
8 | {{p:FAYE Ousmane}} | {{u:Sénégal}} | chauffeur | 28 | 4 000 | 112 000 | {{p:O. Faye}}
9 | {{p:GUEYE Cheikh}} | {{u:Sénégal}} | gardien de nuit | 28 | 3 000 | 84 000 | {{p:Cheikh}}

Observations (manuscrit) :
« Les ouvriers coréens sont payés par l'entreprise directement - voir M. {{r:Yom}}. »
« {{r:Moussa}} absent le 14 et le 15 (enterrement de son oncle {{p:Abdoulaye Sarr}} à {{u:Rufisque}}). »
« Avance de 10 000 F à {{p:Fatou}} accordée par M. {{r:Yom}}, à retenir en mars. »
« {{p:Cheikh}} demande une lampe. Voir {{p:Diallo}}. »

[주석 - {{p:정하윤}}]
- 1번 {{r:HO Tchang Kil}} = {{r:허창길}} (북측 로마자 {{r:Ho Chang-gil}}). 구술자. 현장에서는 "{{r:창길}} 동무", 세네갈 노동자들은 그냥 "{{r:Kil}}"이라고 불렀다고 함.
- 임금란의 "versé à l'entreprise"(회사에 지급) = 북측 노동자 개인은 현금을 받지 않았다는 뜻. {{r:허창길}} 진술: 한 달 생활비 20달러를 {{r:염태식}} 반장에게서 받았고, 그것도 명절 전에는 "충성자금"으로 다시 걷어 갔다.
- {{r:염}} 반장은 {{u:만수대창작사}} 조각가 출신. 현장 책임은 {{r:염태식}}, 정치 담당은 {{p:곽}} 지도원 (명단에 없음). {{r:창길}}: "{{p:곽}}가는 밤마다 우리 방을 돌았다."
- 2번 {{p:KIM Yong Tchol}} = {{p:김영철}}, 4번 {{p:RI Myong Goun}} = {{p:리명군}}. 프랑스식 표기 때문에 "{{p:Tchol}}", "{{p:Goun}}"으로 적힘.
- 5번 {{r:Moussa Sarr}} ({{r:무사 사르}}): {{r:창길}}과 친했음. "{{r:무사}}가 가끔 땅콩하고 망고를 가져다줬다. {{r:무사}}네 집에도 한 번 갔다가 {{r:염}} 반장한테 자기비판 했다."

[EN note - {{p:Tom}}]
The "Émargement" column holds signatures. The Korean workers signed in Hangul; the Senegalese signed with initials, and {{p:Diop}} with a thumbprint. "{{r:M. Sarr}}" in row 5 is {{r:Moussa}}'s own signature (M = {{r:Moussa}}), not "Monsieur {{r:Sarr}}". The night guard, {{p:Cheikh Gueye}}, later studied at the {{u:Université Cheikh Anta Diop}}; {{p:Ibrahima}} is in touch with him. {{p:Fatou Ndiaye}} still lives in {{u:Ouakam}} and remembers {{r:Chang-gil}} as "le petit sculpteur qui chantait".
Period end "30/02/2009" is as written on the original.""",
    },
    {
        "id": "h34-en-03",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Petrus Shikongo", "페트루스 시콩고", "witness", ["Petrus"]),
            ("Choe Hyon-u", "최현우", "supervisor", ["Oupa"]),
            ("Ri Song-gwang", "리성광", "coworker", ["Song-gwang", "Sonny"]),
        ],
        "note": "Namibian High Court transcript with speaker labels in caps; the presiding judge is a fictional official in a public role (public), counsel and interpreters private; the foreman's nickname Oupa beside the ordinary Afrikaans word oupa for a grandfather; statues and buildings named after public figures; caps names in examination headings.",
        "text": """IN THE HIGH COURT OF NAMIBIA
MAIN DIVISION - {{u:WINDHOEK}}
Case No.: CC 14/2017

THE STATE
versus
{{p:JOHANNES KAPUKA}} (Accused 1)
{{r:CHOE HYON U}} (Accused 2)

BEFORE: The Honourable Justice {{u:Nandjembo}}
For the State: Ms {{p:L. Amukoto}}
For Accused 1: Mr {{p:R. Tjiueza}}
For Accused 2: Mr {{p:H. van Rooyen}}
Interpreter (Oshiwambo/English): Mr {{p:Simeon Haufiku}}
Interpreter (Korean/English): Ms {{p:Yoon Seo-yeon}}

Charges: contraventions of the {{u:Combating of Trafficking in Persons Act, 2018}} and of the {{u:Labour Act, 2007}}.

[RECORD - DAY 3, MORNING SESSION]

COURT: Good morning. Ms {{p:Amukoto}}, your next witness.
MS {{p:AMUKOTO}}: The State calls {{r:Petrus Shikongo}}, My Lady.

{{r:PETRUS SHIKONGO}} (sworn, through interpreter)

EXAMINATION-IN-CHIEF BY MS {{p:AMUKOTO}}:
Q: Mr {{r:Shikongo}}, where were you employed between 2015 and 2016?
A: At the site of the {{u:Ministry of Defence}} headquarters in {{u:Windhoek}}, and before that at {{u:Heroes' Acre}}, doing repairs.
Q: Who employed you?
A: Accused 1, Mr {{p:Kapuka}}. His company was subcontracting for the Koreans, for {{u:Mansudae Overseas Projects}}.
Q: Who gave you instructions on site?
A: The Korean foreman. Mr {{r:Choe}}. We called him "{{r:Oupa}}".
Q: Why "{{r:Oupa}}"?
A: Because he was old and grey, My Lady. Like my own oupa in {{u:Oshakati}}. But my oupa was kind.
COURT: Is the person you call {{r:Oupa}} present in court?
A: Yes. There, accused 2.
COURT: Let the record reflect that the witness points to accused 2, {{r:Choe Hyon-u}}.
Q: How many Korean workers were on the site?
A: Maybe eighty. They lived in containers behind the fence. I knew some names: {{p:Kim}}, {{p:Pak}} the welder, and my friend {{r:Song-gwang}}. We called him "{{r:Sonny}}".
Q: What was {{r:Sonny}}'s full name?
A: {{r:Ri Song-gwang}}. He wrote it for me on a cement bag.
Q: What did {{r:Ri}} tell you about his pay?
A: He said the money goes to {{r:Oupa}}, and from {{r:Oupa}} to their country. {{r:Sonny}} got nothing in his hand. He asked me for bread. Sometimes I gave him my lunch, and Mr {{r:Choe}} shouted at him.

MR {{p:VAN ROOYEN}}: Objection, My Lady. Hearsay as to what the Korean workers were paid.
COURT: Noted, Mr {{p:van Rooyen}}. I will admit it provisionally. Proceed.

Q: Mr {{r:Shikongo}}, what happened on 30 February 2016?
A: [Interpreter clarifies] The witness says "the last day of February".
COURT: The record will read 29 February 2016. Ms {{p:Amukoto}}, please have your documents corrected; the charge sheet also says "30 February".
MS {{p:AMUKOTO}}: As the Court pleases.
A: On that day {{r:Sonny}} fell from the roof of the store building. His leg was broken. {{r:Oupa}} said nobody must call an ambulance. Mr {{p:Kapuka}} agreed with him. We put {{r:Song-gwang}} in the back of a bakkie and a Korean driver took him away. I never saw him again.
Q: Did you speak to anyone about this?
A: To my supervisor from the union, Mr {{p:Festus Nangolo}}, and to the labour inspector, Ms {{p:Ndapewa Iipinge}}.

CROSS-EXAMINATION BY MR {{p:TJIUEZA}}:
Q: Mr {{r:Shikongo}}, you were dismissed by my client in April 2016 for stealing cement, not so?
A: No. That was {{p:Festus}}' cousin, {{p:Tomas}}. I was dismissed because I talked to the inspector.
Q: You have a grudge against Mr {{p:Kapuka}}.
A: I have no grudge. I want to know where {{r:Sonny}} is.
MR {{p:TJIUEZA}}: No further questions.

CROSS-EXAMINATION BY MR {{p:VAN ROOYEN}}:
Q: You do not speak Korean. How do you know accused 2 gave orders?
A: {{r:Oupa}} pointed, and everybody moved. Even {{p:Kapuka}} moved.
Q: The statue of {{u:Sam Nujoma}} at the {{u:Independence Memorial Museum}} - were you involved in that?
A: No, that was before my time. My brother {{p:Erastus Shikongo}} worked there.
COURT: Mr {{p:van Rooyen}}, where is this going?
MR {{p:VAN ROOYEN}}: I will move on, My Lady.

RE-EXAMINATION BY MS {{p:AMUKOTO}}:
Q: Mr {{r:Petrus}}, sorry, Mr {{r:Shikongo}}: did you ever receive any message from {{r:Ri Song-gwang}}?
A: Once, in 2017, a Korean I did not know gave me a paper. It said "{{r:Petrus}} thank you" in English, and a drawing of a bread.

COURT: Thank you, Mr {{r:Shikongo}}. You are excused. We adjourn until 14:15.

[Transcribed by {{u:Namibia Transcription Services}}, transcriber {{p:M. Kauari}}]""",
    },
    {
        "id": "h34-en-04",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Chol-jin", "김철진", "witness", ["Chol-jin"]),
            ("Ryu Hak-bom", "류학범", "supervisor", ["Bear"]),
            ("Sim Ung-il", "심웅일", "coworker", ["Ung-il"]),
        ],
        "note": "UAE entry permit application printout with field labels, caps names, mother's and spouse's names, Arabic-script rendering, PRO e-mail address; the group leader nicknamed Bear beside the idiom 'bear in mind' and the honorific 'bhai'; impossible date of birth 30 February; NGO notes below.",
        "text": """ENTRY PERMIT APPLICATION - EMPLOYMENT (PRIVATE SECTOR)
Printout from typing centre, data as entered
Authority: {{u:General Directorate of Residency and Foreigners Affairs - Dubai}} ({{u:GDRFA}})
Work permit: {{u:Ministry of Human Resources and Emiratisation}}
Application no.: 201/2016/7/004117
Typing centre: {{u:Al Twar Typing and Documents Clearing}} - typist: {{p:Joseph Mathew}}

SPONSOR (ESTABLISHMENT)
Establishment name: {{u:Al Fajr Gulf Building Contracting LLC}}
Establishment card no.: 2/1/77xxxx
Owner / partner: {{p:SAEED OBAID AL NUAIMI}}
Authorised signatory (PRO): {{p:FAISAL IQBAL}}
PRO e-mail: {{p:faisal.iqbal}}@alfajrgulf.ae
PRO mobile: +971 50 xxx xx41

EMPLOYEE
Full name (English, as in passport): {{r:KIM CHOL JIN}}
Full name (Arabic): {{r:كيم تشول جين}}
Mother's full name: {{p:PAK OK SUN}}
Nationality: {{u:KOREA, DEMOCRATIC PEOPLE'S REPUBLIC}}
Date of birth: 30/02/1986
Place of birth: {{u:PYONGSONG}}
Passport no.: 6xxxxx12, issued {{u:PYONGYANG}}, valid to 2021
Profession: MASON
Religion: NONE
Marital status: MARRIED - spouse: {{p:RI KUM HYANG}}
Address in {{u:UAE}}: labour accommodation, {{u:Al Muhaisnah}} 2, {{u:Dubai}}
Contact person in {{u:UAE}}: {{r:RYU HAK BOM}} (group leader), mobile +971 55 xxx xx08

Sponsor's internal remarks (printed):
Group of 24 workers, all {{u:DPRK}}. Group leader Mr {{r:Ryu}} keeps passports and Emirates IDs. Salaries to group leader's account only ({{u:Emirates NBD}}). Site: villas at {{u:Jumeirah Village Circle}}. Next permit in batch: {{r:SIM UNG IL}}, mason.

------------------------------------------------------------
NGO NOTES ({{p:Leila Haddad}}, 3 May 2018, {{u:Amman}} office)

1. The witness, {{r:Kim Chol-jin}}, gave us this printout together with his own copy of the labour contract. He says {{r:Ryu Hak-bom}}, known to the men as "{{r:Bear}}", signed everything on their behalf; the workers never saw the permits. Bear in mind that "{{r:Bear}}" is also how the PRO addressed {{r:Ryu}} in the voice messages {{r:Chol-jin}} played to us ("{{r:Bear}} bhai, passports are ready").
2. The mother's name is correct. {{r:Chol-jin}} says he was born on 20 February 1986; the typist entered "30/02/1986", a date that does not exist, and nobody at the {{u:GDRFA}} counter noticed.
3. His coworker {{r:Sim Ung-il}} (permit on the next page of the batch) worked beside him at {{u:Jumeirah Village Circle}} and later at a tower in {{u:Business Bay}}. {{r:Ung-il}} broke two fingers in 2017; {{r:Bear}} took him to a private clinic, not to {{u:Rashid Hospital}}, and paid the doctor, Dr {{p:Mohan Pillai}}, in cash.
4. The sponsor on paper, Mr {{p:Al Nuaimi}}, never met the workers. {{r:Chol-jin}}: "{{p:Saeed}} came once, with his son, {{p:Hamdan}}, to look at the villas. He shook {{r:Ryu}}'s hand and left."
5. {{p:Faisal}}, the PRO, is Pakistani. The workers called him "{{p:Pais}}" because they could not say the F. He gave {{r:Ung-il}} a SIM card in 2017; {{r:Ryu}} found it and confiscated it.
6. After {{u:Security Council resolution 2397}}, which required the return of {{u:DPRK}} workers by December 2019, {{r:Ryu Hak-bom}} told the group they would "change company". {{r:Kim Chol-jin}} left the accommodation in March 2018 with the help of a Filipino driver, {{p:Arnel}}, and reached the {{u:Embassy of the Republic of Korea}} in {{u:Abu Dhabi}}.
7. Wife {{p:Ri Kum-hyang}} and two sons remain in {{u:Pyongsong}}. {{r:Chol-jin}} asks that his mother's name ({{p:Pak Ok-sun}}) be removed from anything we publish.

Redaction before sharing: all names above except the company, authorities and places. - {{p:L.H.}}""",
    },
    {
        "id": "h34-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Chol-min", "김철민", "witness", ["철민"]),
            ("Ri Yong-ho", "리영호", "relative", ["영호", "이영호"]),
            ("Pak Sun-ja", "박순자", "relative", ["순자"]),
        ],
        "note": "Korean church intercession list; church titles 집사/권사/성도/형제/자매/목사 outside markers; names with particles (김철민이, 영호를, 박은); North and South spellings of the same surname (리/이); a given name 은혜 that is also the word for grace; children's names; places of deployment public.",
        "text": """{{u:새빛교회}} 북한선교부 - 3월 넷째 주 중보기도 제목 (교인 내부용, 외부 유출 금지)
작성: {{p:오정숙}} 권사 / 확인: {{p:이승우}} 목사

1. 해외에 파견된 북녘 근로자들과 그 가족을 위하여

- {{p:한미숙}} 집사님의 오빠 {{r:리영호}} 형제 ({{u:러시아}} {{u:블라디보스토크}} 건설 현장). 작년 가을 이후 연락이 끊겼습니다. 집사님은 남쪽 식으로 "{{r:이영호}}"라고 쓰시지만 여권에는 "{{r:리영호}}"로 되어 있다고 합니다. 하나님께서 {{r:영호}}를 지켜 주시고, 겨울 현장에서 다치지 않게 해 주시기를. {{r:영호}} 형제의 아내 {{p:최금실}} 자매와 딸 {{p:리은혜}}를 위해서도 기도해 주세요. 딸 이름이 {{p:은혜}}라서 집사님이 늘 "하나님의 은혜가 그 집에 있다"고 하십니다.
- 지난달 등록하신 {{r:김철민}} 성도. {{r:김철민}}이 {{u:쿠웨이트}} 건설 현장에서 3년을 일하다 나왔습니다. {{r:철민}} 형제의 아내 {{r:박순자}} 자매와 두 아이 {{p:김은별}}, {{p:김은성}}이 아직 {{u:함흥}}에 있습니다. {{r:철민}} 형제 말로는 "{{r:박}}은 내가 살아 있는 것도 모를 것"이라고 합니다 (집에서는 아내를 성으로 불렀다고 하네요). {{r:순자}} 자매가 보위부 조사를 받지 않도록 기도합시다.
- {{p:강순덕}} 권사님의 조카 {{p:강명철}} ({{u:중국}} {{u:단둥}} 봉제 공장). {{p:명철}}이는 올해 스물셋. 공장에서 손을 다쳤다는 소식을 들었습니다.
- {{p:문혁}} 형제의 친구 {{p:량수길}}, {{p:채광}} ({{u:몽골}} {{u:울란바토르}} 아파트 건설). 두 사람 다 {{u:함경남도}} {{u:단천}} 출신. {{p:문혁}} 형제가 {{p:수길}}이를 "우리 {{p:곰보}}"라고 부르던데, 어릴 때 별명이라고 합니다.
- {{u:카타르}} {{u:도하}}에서 일한다는 {{p:정미하}} 성도님의 남동생 {{p:정광수}}. 누님이 {{p:광수}}를 마지막으로 본 것이 2011년입니다.

2. 정착 중인 분들을 위하여

- {{p:정은경}} 자매: {{u:하나원}} 수료 후 {{u:인천}} {{u:남동구}}에 배정. 요양보호사 자격증 시험 (4월).
- {{r:김철민}} 성도: {{u:고용노동부}} 직업훈련 신청 중. {{r:철민}} 형제는 용접을 배우고 싶어 합니다. {{p:박동규}} 장로님이 아시는 공장에 연결해 주시기로.
- {{p:류설화}} 자매와 아들 {{p:류지성}}: {{p:지성}}이가 학교에서 말투 때문에 놀림을 받는다고 합니다.
- {{p:표영남}} 형제: 허리 수술 후 회복. {{p:영남}} 형제는 {{u:폴란드}} 농장에서 일할 때 다쳤다고 합니다.

3. 북한선교부 사역

- 3/30 (주일 오후) 탈북민 초청 예배. 간증: {{r:김철민}} 성도. 사회는 {{p:이승우}} 목사님. {{p:오정숙}} 권사님이 식사 준비, {{p:한미숙}} 집사님과 {{p:강순덕}} 권사님이 도와주시기로.
- 성가대 특송: "내 주를 가까이". 반주 {{p:윤다인}} 자매.
- 간증 원고는 {{r:철민}} 형제 요청으로 이름과 지명을 빼고 주보에 싣지 않습니다. {{r:박순자}} 자매 이름은 절대 공개하지 말 것.

※ 기도 제목 수정 요청은 {{p:오정숙}} 권사님(010-xxxx-3317) 또는 북한선교부 카톡방 "{{u:새빛 북한선교}}"로.""",
    },
    {
        "id": "h34-ko-02",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Hong Un-byol", "홍은별", "witness", ["은별"]),
            ("Pang Chol-ho", "방철호", "coworker", ["방준서", "철호"]),
            ("Mo Kyong-sik", "모경식", "supervisor", []),
        ],
        "note": "Excerpt of a Hanawon graduate list (research copy): table rows with name, birth year, home county, overseas deployment and assigned residence; new names after a legal name change registered as variants; surname 모 (also the anonymising 모 of 김모 씨), surname 방 beside the word 방 (room), surname 석 beside 석 달; impossible graduation date 2월 30일; Hanawon and counties public.",
        "text": """[대외비 - 연구용 사본] {{u:북한이탈주민정착지원사무소}}({{u:하나원}}) 제○○기 수료생 명단 발췌
발췌 기준: 해외 파견 노동 경력자 / 발췌자: {{p:노승희}} 연구원 / 원본 대조: {{p:임다솜}}
수료일: 2019. 2. 30. (원문대로 - 실제 수료일 확인 필요)

연번 | 성명 | 성별 | 출생 | 출신지 | 해외 파견 경력 | 거주지 배정 | 비고
1 | {{r:홍은별}} | 여 | 1990 | {{u:청진시}} | {{u:훈춘}} 수산물가공 (2014~2017) | {{u:시흥시}} | 동반 입소: 딸 {{p:홍하은}} (개명 예정)
2 | {{r:방철호}} | 남 | 1978 | {{u:순천시}} | {{u:연해주}} 건설 (2013~2018) | {{u:인천광역시}} {{u:남동구}} | 개명 신청: {{r:방준서}}. {{r:홍은별}}과 같은 브로커
3 | {{p:석옥순}} | 여 | 1985 | {{u:혜산시}} | {{u:단둥}} 봉제 | {{u:대구광역시}} {{u:달서구}} | -
4 | {{p:지명훈}} | 남 | 1981 | {{u:함흥시}} | {{u:쿠웨이트}} 건설 | {{u:천안시}} | 본인 요청: 연락처 비공개
5 | {{r:모경식}} | 남 | 1969 | {{u:평양시}} | {{u:연해주}} 건설 - 작업반장 | {{u:서울특별시}} {{u:노원구}} | {{r:방철호}}의 현지 반장이었음 (본인 진술)
6 | {{p:한송이}} | 여 | 1994 | {{u:회령시}} | {{u:프놈펜}} 식당 | {{u:부산광역시}} {{u:사하구}} | -
7 | {{p:차은혜}} | 여 | 1993 | {{u:신의주시}} | {{u:비엔티안}} 식당 | {{u:부산광역시}} {{u:사하구}} | {{p:한송이}}와 같은 날 입국
8 | {{p:공영호}} | 남 | 1976 | {{u:강계시}} | {{u:몽골}} 광산 | {{u:원주시}} | 진폐 의심, 정밀검사 의뢰

[비고란 세부 - 연구원 메모]
- {{r:홍은별}} 씨는 면담에서 "{{r:은별}}이라고 불러 주세요"라고 함. {{u:훈춘}} 공장에서 {{r:은별}} 씨 조장은 {{p:함순녀}}, 공장 사장은 {{p:林志强}}({{p:린즈창}}). 딸 {{p:하은}}이는 {{u:중국}} 출생, 호적상 이름 {{p:林小雪}}.
- {{r:방철호}} 씨는 {{u:하나원}} 교육 중 개명을 신청해 {{r:방준서}}로 바뀔 예정. 방 배정 때 "{{r:방}} 씨가 방이 없다"는 농담을 들었다고 함. 현지에서 {{r:모경식}} 반장 밑에서 일했고 두 사람은 같은 기수로 수료. {{r:철호}} 씨는 {{r:모}} 반장과 같은 지역 배정을 원하지 않았음.
- {{r:모경식}} 씨: 본인은 "반장이었지만 나도 피해자"라고 진술. {{r:방준서}}(구 {{r:방철호}}) 씨 진술과 엇갈리는 부분 있음 - 임금 착복 여부. {{r:모}} 씨 처 {{p:양미순}}은 {{u:평양}} 거주.
- {{p:석옥순}} 씨: 성 때문에 교육생들이 "{{p:석}} 달 언니"라고 놀림 (석 달 만에 탈출). {{u:단둥}} 공장 동료 {{p:길춘화}}가 아직 공장에 있다고 함.
- {{p:한송이}}·{{p:차은혜}}: 같은 식당 출신은 아님. {{p:송이}} 씨는 {{u:프놈펜}}, {{p:은혜}} 씨는 {{u:비엔티안}}. 둘 다 지배인 이름으로 "{{p:마}} 지배인"을 댐 - 동일인 여부 확인 필요.
- {{p:공영호}} 씨 동료 {{p:어명길}}은 광산 사고로 사망 (2016, 본인 진술).

※ 이 사본은 {{u:통일부}} 승인 연구 목적 외 사용 금지. 보고서에는 연번과 이니셜만 사용할 것 (예: 1번 → {{r:H.E.B.}}). 작성자 {{p:노승희}}.""",
    },
    {
        "id": "h34-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Song Il-gwon", "송일권", "witness", ["일권"]),
            ("Cha Sun-yong", "차순영", "witness", []),
        ],
        "note": "Ministry of Unification press release (Korean): the quoted spokesperson, centre director and contact officials are fictional officials in a public role (public); real UN rapporteur and Security Council resolution named only neutrally; oral-history contributors appear under pseudonyms (가명), still private; 김모 씨 pattern with surname only marked; researchers listed as authors are private.",
        "text": """보 도 자 료
{{u:통일부}} | 보도 일시: 2024. 11. 14.(목) 10:00 이후 | 배포: 2024. 11. 13.(수)
담당 부서: {{u:북한인권기록센터}} 조사기록과 | 책임자: 과장 {{u:한동석}} (02-2100-xxxx) | 담당자: 사무관 {{u:문지영}}

「해외 파견 {{u:북한}} 노동자 구술 기록집」 발간
- {{u:러시아}}·{{u:중국}}·{{u:중동}}·{{u:아프리카}} 등 파견 경험 탈북민 52명 구술 수록 -

□ {{u:통일부}}({{u:북한인권기록센터}})는 해외에 파견되어 일한 경험이 있는 탈북민 52명의 구술을 담은 「해외 파견 {{u:북한}} 노동자 구술 기록집」을 11월 14일 발간한다고 밝혔다.

 ○ 기록집에는 {{u:러시아}}의 벌목·건설 현장, {{u:중국}}의 수산물·봉제 공장, {{u:중동}}의 건설 현장, {{u:몽골}} 광산, {{u:폴란드}} 농장과 조선소, {{u:아프리카}}의 동상 제작 현장, {{u:동남아시아}}와 {{u:네팔}}의 식당에서 일한 경험이 담겼다.

 ○ 구술자들은 여권 압수, 하루 14~16시간 노동, 임금의 대부분을 '계획분'과 '충성자금' 명목으로 빼앗긴 경험 등을 증언하였다.

□ 구술자 중 한 명인 {{r:송일권}}(가명, 50대) 씨는 {{u:러시아}} {{u:아무르주}} 벌목장에서 6년간 일했다. {{r:송}} 씨는 "작업반장 {{p:김}}모 씨가 월급 장부를 혼자 들고 다녔고, 우리는 한 번도 그 장부를 본 적이 없다"고 말했다.

 ○ {{u:쿠웨이트}} 건설 현장에서 일한 {{r:차순영}}(가명, 40대) 씨는 "여름에는 50도가 넘는 날에도 점심시간이 20분이었다"고 증언했다. {{r:차순영}} 씨의 동료였던 {{p:명}}모 씨는 현장에서 추락해 숨졌다고 한다.

□ {{u:북한인권기록센터}} {{u:최윤석}} 센터장은 "구술자 한 분 한 분의 기억이 {{u:북한}} 인권 기록의 중요한 자료가 된다"며 "구술자의 신변 보호를 위해 모든 이름은 가명으로 처리하였다"고 밝혔다.

 ○ {{u:통일부}} {{u:윤세라}} 부대변인은 이날 정례 브리핑에서 기록집 발간 사실을 설명하고, "{{u:유엔 안전보장이사회}} 결의 제2397호에 따라 해외 파견 노동자는 2019년 말까지 송환되었어야 한다"고 말했다.

 ○ 해외 파견 노동 문제는 {{u:유엔 인권이사회}}와 {{u:엘리자베스 살몬}} {{u:유엔 북한인권 특별보고관}}의 보고서에서도 다루어진 바 있다.

□ 기록집은 {{u:국립통일교육원}}과 전국 공공도서관에 배포되며, {{u:북한인권기록센터}} 누리집에서 전자책으로 볼 수 있다.

붙임 1. 기록집 목차 (구술자는 모두 가명)
 제1장 벌목장의 겨울 - {{r:송일권}}, {{p:차기남}}, {{p:변수향}}
 제2장 사막의 현장 - {{r:차순영}}, {{p:어진호}}, {{p:태광식}}
 제3장 바다와 공장 - {{p:설은하}}, {{p:노혜란}}, {{p:국향미}}
 제4장 초원과 광산 - {{p:길명호}}, {{p:용철수}}
 제5장 {{u:아프리카}}의 동상 - {{p:채기석}}, {{p:목창훈}}
 제6장 식당의 노래 - {{p:봄이}}, {{p:하늘}}, {{p:진달래}}
 ※ 제6장 구술자들은 본인이 고른 별칭을 가명으로 사용함.

붙임 2. 집필진
 책임 집필 {{p:손미경}}(외부 연구위원), 공동 집필 {{p:장태윤}}, {{p:이수아}}, 녹취 정리 {{p:박가은}}, 감수 {{p:오명섭}}

[구술 발췌 - 붙임 3 중]
"우리 반장 {{p:김}}가는 술만 먹으면 '너희 {{r:일권}}이 같은 놈들은…' 하고 나를 들먹였어요. 동무들이 {{r:일권}}이 형은 왜 맨날 당하냐고 했지요." - {{r:송일권}}(가명)

이 보도자료와 관련하여 더 자세한 내용을 원하시면 {{u:북한인권기록센터}} 사무관 {{u:문지영}}(02-2100-xxxx)에게 연락 주시기 바랍니다.""",
    },
    {
        "id": "h34-ko-04",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Choe Yong-nam", "최영남", "witness", ["영남"]),
            ("Tae Chang-ho", "태창호", "supervisor", ["곰"]),
            ("Ju Kwang-myong", "주광명", "coworker", ["광명", "Kwang-myong", "jkm_busan"]),
        ],
        "note": "Subtitle export of a defector YouTube episode with live-chat replay; host known by given name only; supervisor nicknamed 곰 beside real bears in the taiga and a chat user's handle containing 곰; coworker's given name 광명 beside the city 광명시; chat usernames treated as private aliases, those containing real-looking names included; emoji; channel and platform public.",
        "text": """[자막 + 실시간 채팅 리플레이 export] {{u:유튜브}} 채널 「{{u:통일언니TV}}」 제87화 "{{u:러시아}} 벌목공 삼촌의 이야기 🌲🐻"
업로드: 2023.10.05 / 자막: 자동 생성 후 수정 ({{p:은주}} 편집)

1
00:00:03,100 --> 00:00:07,400
{{p:은주}}: 안녕하세요 여러분~ {{u:통일언니TV}} {{p:은주}}예요 🙋‍♀️

2
00:00:07,500 --> 00:00:12,900
{{p:은주}}: 오늘은 {{u:러시아}} {{u:아무르주}} 벌목장에서 8년 일하셨던 {{r:최영남}} 삼촌 모셨어요!

3
00:00:13,000 --> 00:00:17,200
{{r:최영남}}: 네 안녕하십니까. {{r:최영남}}입니다. 가명 아니고 본명입니다, 하하.

[채팅] {{p:곰돌이아빠}}: 삼촌 반가워요 👏
[채팅] {{p:kim_sunhee88}}: {{p:은주}}언니 오늘도 화이팅

4
00:00:17,300 --> 00:00:24,800
{{p:은주}}: 삼촌, 벌목장에 진짜 곰이 나와요?
{{r:최영남}}: 나오지요. 곰도 나오고 반장 {{r:곰}}도 나오고. (웃음)

5
00:00:24,900 --> 00:00:31,000
{{r:영남}}: 우리 반장이 {{r:태창호}}라고, 덩치가 산만 해서 다들 {{r:곰}}이라고 불렀어요. 진짜 곰은 사람 보면 도망가는데 {{r:곰}}은 안 도망가요.

[채팅] {{p:밤하늘123}}: ㅋㅋㅋㅋ {{r:곰}} 반장
[채팅] {{p:곰돌이아빠}}: 제 닉네임이랑 겹치네요 😅

6
00:00:31,100 --> 00:00:39,600
{{p:은주}}: {{r:태}} 반장님은 어떤 분이셨어요?
{{r:최영남}}: {{r:태창호}}는... 음. 일은 잘했어요. 근데 돈 문제는 무서웠지요. 월급날 되면 {{r:곰}}이 장부 들고 와서 이거 빼고 저거 빼고.

7
00:00:39,700 --> 00:00:47,300
{{r:최영남}}: 제일 친한 동무가 {{r:주광명}}이었어요. {{r:광명}}이는 {{u:함경북도}} {{u:길주}} 사람.
{{p:은주}}: {{r:광명}}이요? {{u:경기도}} {{u:광명}}시 할 때 그 {{u:광명}}요?
{{r:최영남}}: 네 맞아요, 그 {{r:광명}}이. 이름이 밝을 광 자에 밝을 명 자.

[채팅] {{p:광명사는아지매}}: 저 {{u:광명}} 살아요 ㅎㅎ 반갑습니다
[채팅] {{p:Daniel Park}}: (English) Was {{r:Kwang-myong}} okay in the end?

8
00:00:47,400 --> 00:00:58,000
{{r:최영남}}: {{r:광명}}이가 2015년에 나무에 깔려서 허리를 다쳤어요. {{r:곰}}이 병원을 안 보내 줘서 제가 러시아 운전수 {{p:사샤}}한테 부탁을 했어요. {{p:사샤}}가 {{u:틴다}} 병원까지 실어다 줬지요.

9
00:00:58,100 --> 00:01:06,400
{{p:은주}}: 와... 그 {{p:사샤}}라는 분 지금도 연락하세요?
{{r:영남}}: 못 하지요. {{p:알렉산드르}}, 성은 모르고. {{p:사샤}}의 부인이 {{p:올가}}였는데 빵을 구워 줬어요.

[채팅] {{p:nk_freedom_jay}}: 러시아 사람들 착한 사람도 많아요
[채팅] {{p:pyo.youngsoo}}: 저도 {{u:아무르주}} 있었어요!! 혹시 {{u:틴다}} 3번 사업소? ({{p:표영수}}입니다)
[채팅] {{p:은주}} (채널 주인): @{{p:pyo.youngsoo}} 실명은 지워 주세요~ 위험할 수 있어요 🙏

10
00:01:06,500 --> 00:01:14,900
{{r:최영남}}: 아 그리고 우리 작업반에 {{p:로}}가라고, {{p:로철웅}}이 있었는데 이 사람이 {{r:곰}}한테 다 일러바쳤어요.
{{p:은주}}: 아 그런 사람 꼭 있죠 ㅠㅠ

11
00:01:15,000 --> 00:01:22,300
{{r:최영남}}: 나중에 {{r:태창호}}가 {{u:평양}}으로 소환되고 {{p:로철웅}}이가 반장이 됐어요. 그때부터 {{r:광명}}이랑 저는 도망칠 생각을 했지요.


12
00:01:22,400 --> 00:01:30,800
{{r:최영남}}: 지금은 {{u:경기도}} {{u:광명}}... 아 이러면 안 되는데 (웃음). 그냥 {{u:경기도}}라고 해 주세요.
{{p:은주}}: 편집할게요 삼촌 ㅋㅋ ✂️

13
00:01:30,900 --> 00:01:38,200
{{p:은주}}: {{r:주광명}} 삼촌은 지금 어디 계세요?
{{r:최영남}}: {{r:광명}}이는 2018년에 저보다 먼저 나왔어요. 지금 {{u:부산}}에서 배 타요. 오늘 방송 보라고 했는데 {{r:광명}}아, 보고 있나? 👋

[채팅] {{p:광명사는아지매}}: {{r:광명}}삼촌 보고 계세요?? ㅋㅋ
[채팅] {{r:jkm_busan}}: 보고 있다 {{r:영남}}아 ㅋㅋㅋ {{r:곰}} 얘기는 왜 하노 → ({{r:주광명}} 본인 추정, {{p:은주}} 메모)""",
    },
    {
        "id": "h34-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Han Kwang-il", "한광일", "witness", ["광일"]),
            ("Jo Pok-sun", "조복순", "relative", []),
            ("Han Un-hyang", "한은향", "relative", ["은향", "강아지"]),
            ("Han Song-min", "한성민", "relative", ["똘똘이", "성민"]),
        ],
        "note": "Letter from a worker in Russia to his mother, carried by hand; pet names 우리 강아지 (his daughter) and 똘똘이 (his nephew) beside a real puppy next door and the adjective 똘똘하다; names with particles and vocatives; surname+가 for a disliked man; supervisor surname 연 beside 연락; envelope address line; North Korean spelling 로씨야.",
        "text": """{{r:조복순}} 어머님 앞
({{u:함경남도}} {{u:북청군}} ○○리 3반, {{p:정만복}} 동무 편에)

어머니께

어머니, 그간 몸 건강하십니까. 불효자 {{r:광일}}이 {{u:로씨야}} 땅에서 문안 올립니다. 이 편지는 휴가로 먼저 들어가는 {{p:정만복}} 동무 편에 보냅니다. {{p:만복}}이는 우리 현장에서 제일 믿을 만한 사람이니 어머니도 {{p:만복}}이한테는 무엇이든 물어보십시오. 우편으로 보내면 다 뜯어본다고 해서 이렇게 사람 편에 보냅니다.

여기는 {{u:울라디보스또크}}에서 차로 세 시간 들어가는 건설장입니다. 겨울이 고향보다 한 달 일찍 옵니다. 저는 아픈 데 없이 잘 있으니 걱정 마십시오. 밥은 하루 세 끼 먹습니다. 반찬이 적어서 그렇지 배는 안 곯습니다. (어머니, 이건 거짓말이 아닙니다.)

우리 {{r:강아지}}는 잘 있습니까? {{r:은향}}이가 올해 학교에 들어갔겠지요. 떠날 때 {{r:은향}}이가 제 다리를 붙들고 "아버지 가지 마오" 하던 것이 눈에 밟혀 밤에 잠이 안 옵니다. 우리 {{r:강아지}}한테 아버지가 돈 많이 벌어서 빨간 책가방 사 간다고 전해 주십시오. {{r:은향}}이 엄마 {{p:선옥}}이는 아직도 장마당에 나갑니까? {{p:선옥}}이한테 너무 무리하지 말라고 해 주십시오.

형님 댁 {{r:똘똘이}}도 많이 컸겠지요. {{r:똘똘이}}는 이름처럼 똘똘해서 떠날 때도 제 주소를 외우겠다고 했습니다. {{r:성민}}이가 공부 잘하면 나중에 {{u:김책공업종합대학}}에 꼭 보내라고 형님께 말씀드려 주십시오. 형님 {{p:한광철}}이는 아직도 광산에 다닙니까?

옆집 {{p:순복}}이네 강아지는 아직 살아 있습니까? 우리 {{r:강아지}}가 그 강아지를 그렇게 좋아했는데. 그 강아지 이름이 {{p:순복}}이네 할머니가 지은 '바둑이'였지요.

여기 사정을 조금 씁니다. 우리 작업반장은 {{p:연}} 반장입니다. {{p:연}} 반장은 나쁜 사람은 아닌데 위에서 시키는 대로만 합니다. 연락은 한 달에 한 번 반장을 통해서만 할 수 있습니다. 어머니, 만일 {{p:최}}가 놈이 우리 집에 찾아오면 문을 열어 주지 마십시오. {{p:최}}가는 제 보증을 서 주었다고 돈을 달라고 할 것입니다. 그런 돈은 없습니다. {{p:최경수}} 그 사람이 {{u:평양}}에서 무엇이라고 하든 믿지 마십시오.

{{u:로씨야}} 사람들 중에도 좋은 사람이 있습니다. 우리 현장 앞에서 빵을 파는 {{p:나따샤}} 아주머니는 제가 {{r:은향}}이 사진을 보여 주니까 사탕을 한 봉지 주었습니다. 그 사탕을 이 편지와 같이 보냅니다. 우리 {{r:강아지}} 하나, {{r:똘똘이}} 하나 주십시오. 나머지는 어머니 드십시오.

어머니, 제 걱정은 하지 마시고 약 꼭 챙겨 드십시오. 내년 봄이면 돌아갑니다. 그때까지 몸 성히 계십시오.

{{u:로씨야}}에서 아들 {{r:광일}} 올림
(2017년 11월 30일 밤, 숙소에서)

추신: {{p:만복}}이한테 편지를 주면서 돈 50딸라도 같이 맡겼습니다. {{p:만복}}이 어머니 {{p:전옥녀}} 아주머니 댁으로 찾으러 가십시오. 봉투 겉에 {{r:한광일}}이라고 쓰지 않은 것은 일부러 그런 것입니다.

[NGO 보관 메모: 원본 편지는 {{r:한광일}} 씨가 2019년 탈북 후 어머니 {{r:조복순}} 씨가 보관하던 것을 브로커 {{p:엄}} 씨를 통해 돌려받은 것. 딸 {{r:한은향}}, 조카 {{r:한성민}}의 실명은 공개 금지. 번역·입력: {{p:도현아}}]""",
    },
    {
        "id": "h34-mixed-04",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kang Chol-su", "강철수", "witness", ["철수", "Chol-su", "Чолсу"]),
            ("Mun Ki-nam", "문기남", "supervisor", ["여우"]),
            ("Jo Song-il", "조성일", "coworker", ["성일", "감자", "Song-il"]),
        ],
        "note": "Worker's diary in Korean with broken Russian in Cyrillic and Hangul transliteration, with English translator's notes; supervisor nicknamed 여우 beside a real fox; coworker nicknamed 감자 beside real potatoes; Russian names in Cyrillic, Hangul and Latin, with diminutives and patronymics; surname 문 beside 문 (door); impossible date 2월 30일 in a diary heading.",
        "text": """[Translator's note ({{p:Julia Baek}}): Diary of {{r:Kang Chol-su}}, notebook 2, pp. 31-38, {{u:Moscow}} construction site, 2017-2018. Russian words are left as he wrote them; my glosses are in square brackets marked TN.]

2017.10.3 (화) 비
오늘도 {{r:여우}}가 새벽 다섯 시에 우리를 깨웠다. "빠샬리! 빠샬리!" [TN: пошли, "let's go"] {{r:문기남}} 반장을 다들 {{r:여우}}라고 부르는 것은 눈이 가늘고 말을 살살 하기 때문이다. {{r:여우}}는 러시아 말을 우리보다 조금 더 안다. 그래서 더 무섭다.

2017.10.5 (목) 흐림
브리가지르 [TN: бригадир, foreman] {{p:세료가}}는 착한 사람이다. 점심때 나한테 "{{r:Кан}}, кушать!" 했다. [TN: "{{r:Kang}}, eat!" - he means {{r:Kang}}.] 진짜 이름은 {{p:Сергей Николаевич}}라고 한다. {{p:세료가}}가 {{r:감자}}한테 담배를 주었다.
{{r:감자}}는 {{r:조성일}}이다. 감자를 너무 좋아해서 {{r:감자}}가 되었다. 오늘 저녁에도 {{r:성일}}이는 식당 뒤에서 감자 세 알을 훔쳐 왔다. 우리는 난로에 구워 먹었다. Я не понимаю 감자 왜 이렇게 맛있나.

2017.10.9 (월) 맑음
{{r:여우}}가 월급을 안 준다. "Денег нет" [TN: "no money"] 이 말은 {{r:여우}}한테서 배운 러시아 말이다. 러시아 사람들 앞에서 {{r:여우}}는 "Денег нет, денег нет" 하고, 우리 앞에서는 "충성자금 바쳐라" 한다. {{r:문}} 반장 방 문은 늘 잠겨 있다.

2017.10.15 (일) 눈
첫눈. 현장 옆 숲에서 여우 한 마리를 보았다. 진짜 여우다. {{r:성일}}이가 "우리 {{r:여우}}보다 저 여우가 더 착하게 생겼다" 해서 웃었다. 웃다가 {{p:변}} 지도원한테 들켰다. {{p:변}}가는 아무 말도 안 했지만 수첩에 뭘 적었다.

2017.10.22 (일)
나찰니크 [TN: начальник, the Russian site boss] {{p:이반 뻬뜨로비치}}가 왔다. {{p:Иван Петрович}}. 뚱뚱하고 목소리가 크다. {{p:이반}}은 {{r:여우}}하고 악수를 하고 봉투를 주었다. 봉투 안에는 우리 돈이 있을 것이다.
{{r:감자}}가 "Спасибо, {{p:Иван Петрович}}!" 하고 인사했는데 발음이 이상해서 {{p:이반 뻬뜨로비치}}가 웃었다. [TN: "Thank you, {{p:Ivan Petrovich}}!"]

2017.11.7
러시아 명절이라고 일을 안 했다. 나는 {{p:갈랴}} 아주머니 가게에서 전화 카드를 샀다. {{p:Галя}} 아주머니는 나를 "{{r:Чолсу}}" 라고 부른다. [TN: an attempt at "{{r:Chol-su}}".] 고향에 있는 처 {{p:림정희}}한테 전화할 수는 없다. 그냥 카드만 만지작거렸다.

2018.2.30 (?)
[TN: the date is as written - there is no 30 February. Probably 2 March.]
{{r:성일}}이가 아프다. 열이 난다. {{r:여우}}는 "Больница нет" [TN: "no hospital"] 한다. {{p:세료가}}가 아스피린을 가져왔다. {{r:감자}}야 죽지 마라. 너 죽으면 감자는 누가 훔쳐 오냐.

2018.3.4
{{r:조성일}}이 좀 나았다. {{p:세료가}} 부인 {{p:Марина}}({{p:마리나}})가 수프를 보냈다. 우리는 {{p:세료가}}한테 "{{p:Серёжа}}, хорошо!" 했다. {{r:여우}}는 몰랐다.

2018.3.12
{{r:문기남}}이 나를 불렀다. 누가 {{p:세료가}}하고 말을 많이 한다고 일렀다고 한다. 아마 {{p:탁}}가일 것이다. {{p:탁광남}}이는 {{r:여우}} 옆에만 붙어 다닌다. {{r:여우}}가 "{{r:강철수}} 동무, 조심하라우" 했다. 나는 Я не понимаю 했다. 러시아 말로 모른다고 하니 {{r:여우}}도 더 묻지 않았다.

2018.3.20
{{r:감자}}하고 약속했다. 봄이 되면 같이 간다. 어디로 가는지는 여기 쓰지 않는다.

[TN: The last entry is dated 2018.3.20. According to {{r:Chol-su}}, he and {{r:Song-il}} left the site in May 2018 with the help of {{p:Sergei}} ("{{p:Seryoga}}") and reached the office of the {{u:UNHCR}} in {{u:Moscow}}. {{r:Jo Song-il}} is now in {{u:Incheon}}. The supervisor, {{r:Mun Ki-nam}}, was reportedly recalled to {{u:Pyongyang}} later that year.]""",
    },
    {
        "id": "h34-en-05",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Ryom Kwang-hyok", "렴광혁", "witness", ["Kwang-hyok"]),
            ("Chae Myong-jun", "채명준", "supervisor", []),
            ("Agnieszka Wróbel", "아그니에슈카 브루벨", "coworker", ["Aga", "Agnieszka"]),
        ],
        "note": "Polish greenhouse farm shift roster (Polish headings, English annotations): caps surname-first Korean names without hyphens, Polish diminutives (Aga, Zbyszek, Kasia) and Pan/Pani honorifics outside markers; impossible roster dates 29.02 and 30.02 (2017); Polish case inflection (Kasię); the oldest worker called by bare surname Pak; farm, agency and towns public.",
        "text": """GRAFIK ZMIAN / SHIFT ROSTER - tydzień 9/2017
{{u:Gospodarstwo Ogrodnicze Zielony Dwór}}, szklarnie A-D, gm. {{u:Warka}}, woj. {{u:mazowieckie}}
Agencja: {{u:Hanul Labour Services Sp. z o.o.}} ({{u:Gdańsk}})
Brygadzista (PL): {{p:Zbigniew Kowalczyk}} ("{{p:Zbyszek}}") / Kierownik grupy (KR): {{r:CHAE MYONG JUN}}
Copy kept by {{r:Agnieszka Wróbel}}, packer; annotations in English by {{p:Marta Lis}} ({{u:La Strada Foundation}})

Data | Zmiana | Szklarnia | Pracownik | Nr | Godz. | Uwagi
27.02 pon | I 6-14 | A | {{r:RYOM KWANG HYOK}} | K-07 | 8 | -
27.02 pon | I 6-14 | A | {{p:PAK CHOL NAM}} | K-08 | 8 | -
27.02 pon | II 14-22 | B | {{p:KIM HYOK}} | K-11 | 8 | -
27.02 pon | II 14-22 | B | {{r:Agnieszka Wróbel}} | P-02 | 8 | pakowanie
28.02 wt | I 6-14 | A | {{r:RYOM KWANG HYOK}} | K-07 | 8 | + II? (see note 1)
28.02 wt | I 6-14 | C | {{p:SO UN GYONG}} | K-14 | 8 | -
28.02 wt | II 14-22 | C | {{p:Katarzyna Nowak}} | P-05 | 4 | chora - {{p:Kasia}} do domu 18:00
29.02 śr | I 6-14 | D | {{p:PAK CHOL NAM}} | K-08 | 8 | -
30.02 czw | I 6-14 | A | {{r:RYOM KWANG HYOK}} | K-07 | 8 | -
30.02 czw | I 6-14 | A | {{p:KYE SONG CHOL}} | K-09 | 8 | -
30.02 czw | II 14-22 | B | {{r:Aga}} | P-02 | 8 | zastępstwo za {{p:Kasię}}
03.03 pt | I 6-14 | D | {{p:KIM HYOK}} | K-11 | 8 | -
03.03 pt | I 6-14 | D | {{p:SO UN GYONG}} | K-14 | 8 | Pan {{p:Henryk}} - traktor

Podpis kierownika zmiany: {{p:Z. Kowalczyk}}
Podpis kierownika grupy: {{r:채명준}}

Notes ({{p:Marta Lis}}, {{u:Warsaw}}, June 2017)
1. The roster was printed on a Monday and the dates continue 28.02, 29.02, 30.02 into March; in 2017 there was no 29 or 30 February. {{r:Agnieszka}} says the office simply kept counting. The Korean workers in fact worked both shifts on several of these days, but each worker was listed for only eight hours. {{r:Aga}} remembers {{r:Ryom Kwang-hyok}} (K-07) in greenhouse A at six in the morning and in greenhouse B at ten at night on the same day.
2. The Korean workers were numbered, K-01 to K-22. {{r:Chae}}, the group leader, referred to them by number in front of the Polish staff. {{r:Kwang-hyok}} told us the men called each other by given names only in the dormitory: "{{p:Chol-nam}}", "{{p:Hyok}}", "{{p:Song-chol}}". {{p:Pak}} was the oldest; the others called him "uncle".
3. Pay went to the agency and from the agency to {{r:Chae Myong-jun}}. Pan {{p:Kowalczyk}} told {{r:Agnieszka Wróbel}} that the farm paid "the same as for Poles, 13 złoty an hour". {{r:Ryom}} says he received about 120 złoty a month in cash.
4. Pani {{p:Halina}}, the owner's mother, brought soup to greenhouse A in February. {{r:Chae}} made the Koreans refuse it. {{r:Aga}}: "{{p:Halina}} cried. She said she had never seen men refuse soup."
5. In April 2017 {{r:Chae}} moved eight of the men, including {{p:So Un-gyong}} and {{p:Kye Song-chol}}, to a shipyard subcontractor in {{u:Gdynia}}. {{r:Ryom Kwang-hyok}} stayed on the farm until the agency contract ended in 2018. {{p:Zbyszek}} wrote him a reference; see file 2018/04.
6. The inspection by the {{u:Państwowa Inspekcja Pracy}} on 12 May 2017 found "no irregularities". {{r:Agnieszka}} says the Koreans were sent to the dormitory for the day of the inspection and {{p:Katarzyna}} and {{p:Henryk Zając}} were told to say there were "six, not twenty-two".

{{p:M.L.}}""",
    },
    {
        "id": "h34-mixed-05",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pak Un-chol", "박은철", "witness", ["Un-chol", "은철"]),
            ("Tak Yong-gun", "탁영건", "supervisor", []),
            ("Agus Setiawan", "아구스 스티아완", "coworker", ["Agus", "아구스"]),
        ],
        "note": "WhatsApp group export of former crew of a distant-water fishing vessel (English, Korean, some Indonesian); display names as speaker labels; Indonesian honorific Pak (Mr) outside markers beside the Korean surname Pak/박 as a name; 박은 as surname plus topic particle beside the given name 은철; bosun title outside; ship names public; emoji.",
        "text": """{{u:WhatsApp}} Chat with Ex-crew {{u:Hai Feng 812}} 🐟
Messages and calls are end-to-end encrypted.
[02/03/2021, 21:14:05] {{p:Hana Kim}} (NGO): Hi all, thank you for joining. This group is only for the statement about {{u:Hai Feng 812}}. Please do not share outside 🙏
[02/03/2021, 21:15:40] {{r:Agus Setiawan}}: ok mbak {{p:Hana}}
[02/03/2021, 21:16:02] {{p:Riko Pratama}}: siap 👍
[02/03/2021, 21:20:11] {{p:Hana Kim}} (NGO): {{r:은철}} 씨도 들어왔어요. {{r:Un-chol}} was on the boat in 2019, he is in {{u:Seoul}} now. I will translate.
[02/03/2021, 21:21:30] {{r:은철 Un-chol}}: 안녕하세요. {{r:Agus}} 형님 반갑습니다 😭😭
[02/03/2021, 21:22:04] {{r:Agus Setiawan}}: {{r:Pak}}!!! bro you alive 😭 I think about you every day
[02/03/2021, 21:22:30] {{p:Hana Kim}} (NGO): (for {{r:은철}} 씨: {{r:Agus}} 씨가 "{{r:박}}! 살아 있었구나, 매일 생각했다"래요)
[02/03/2021, 21:23:15] {{p:Dedi Kurniawan}}: Pak {{p:Riko}} this is the Korean boy who fix the net?
[02/03/2021, 21:23:50] {{p:Riko Pratama}}: yes Pak {{p:Dedi}}. the small one. bosun {{r:Tak}} always hit him
[02/03/2021, 21:25:02] {{p:Hana Kim}} (NGO): Can you tell me about the bosun? Full name if you know.
[02/03/2021, 21:26:41] {{r:Agus Setiawan}}: we call him bosun {{r:Tak}}. Korean from north. Captain {{p:Wang}} is chinese, bosun {{r:Tak}} is the boss of the north korean guys. 6 north korean on board.
[02/03/2021, 21:27:13] {{r:은철 Un-chol}}: 갑판장 이름은 {{r:탁영건}}입니다. {{u:남포}} 사람. 선장은 {{p:왕}} 선장, 중국 사람. 이름은 {{p:王海}}라고 들었어요.
[02/03/2021, 21:28:00] {{p:Hana Kim}} (NGO): Bosun = {{r:Tak Yong-gun}}, from {{u:Nampo}}. Captain = {{p:Wang Hai}} {{p:王海}} (Chinese).
[02/03/2021, 21:31:45] {{r:은철 Un-chol}}: 우리 조선 사람 여섯 명: 저, {{p:리광수}}, {{p:김명학}}, {{p:최웅}}, {{p:한덕보}}, 그리고 {{r:탁}} 갑판장. {{p:광수}} 형이 제일 고생했어요.
[02/03/2021, 21:33:02] {{p:Hana Kim}} (NGO): (메모) {{r:박}}은 2019년 4월 {{u:남포}}에서 운반선 {{u:Ryong Gang 3}}호를 타고 나가 해상에서 {{u:Hai Feng 812}}로 옮겨 탔음. 당시 스물두 살.
[02/03/2021, 21:35:27] {{r:Agus Setiawan}}: {{p:Kwang-su}} had bad hand, infection. bosun say no medicine. {{p:Riko}} give him antibiotic from his bag
[02/03/2021, 21:40:44] {{r:은철 Un-chol}}: {{p:리코}} 형님 감사합니다. 그 약 아니었으면 {{p:광수}} 형 손 잘랐을 거예요.
[02/03/2021, 21:42:31] {{r:Agus Setiawan}}: in october 2019 we transfer to {{u:Zhe Yuan Leng 7}} near {{u:Somalia}}? or {{u:Oman}}? I not sure. bosun {{r:Tak}} and the north korean go with carrier ship. {{r:Pak}} stay. only {{r:Pak}}.
[02/03/2021, 21:43:59] {{r:은철 Un-chol}}: 저는 그때 바다에 뛰어들려고 했어요. {{r:Agus}} 형님이 잡아 줬어요. {{r:탁}} 갑판장이 저를 두고 간 건 제가 아파서였어요.
[02/03/2021, 21:45:20] {{p:Hana Kim}} (NGO): {{r:Agus}}, is that right? You stopped him?
[02/03/2021, 21:46:02] {{r:Agus Setiawan}}: yes. I hold him. he cry. I say {{r:Pak}} you go home with us to {{u:Indonesia}}. but he cannot. then in {{u:Busan}} port... long story 🙏
[02/03/2021, 21:48:36] {{r:은철 Un-chol}}: 맞아요 {{r:아구스}} 형님은 영웅입니다
[02/03/2021, 21:50:00] {{p:Hana Kim}} (NGO): OK. Tomorrow I send statement draft. {{r:은철}} 씨 거는 한국어로, {{r:Agus}} and {{p:Riko}} in Bahasa, translated by Mbak {{p:Wulan}} ({{p:Wulan Sari}}).
[02/03/2021, 21:50:31] {{p:Riko Pratama}}: 👍
[02/03/2021, 21:51:12] {{r:은철 Un-chol}}: 감사합니다 {{p:하나}} 선생님. {{r:박은철}} 올림 ㅎㅎ""",
    },
    {
        "id": "h34-ko-06",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Hyang-sim", "리향심", "witness", ["향심", "李香心"]),
            ("Hyon Ok-sil", "현옥실", "supervisor", ["玄玉实"]),
            ("Kim Un-song", "김은성", "coworker", ["은성", "金恩星"]),
        ],
        "note": "Chinese police interrogation record (询问笔录) with 问/答 lines and a Korean translation under each; DPRK names in Chinese characters and Hangul; Chinese honorific prefixes and suffixes (老孙, 小王, 赵总, 金姐, 组长) outside markers; interrogating officers' names blanked in the original; interpreter is a private Korean-Chinese; impossible date 2月30日; Public Security Bureau, cities and company public.",
        "text": """[번역 대조본] 询问笔录 (심문 조서) - 원문 중국어, 한국어 번역 병기. 번역: {{p:채하린}} (NGO 자원봉사)

时间: 2018年2月30日 14时10分至16时40分 (원문 그대로. 2월 30일은 없는 날짜 - 3월 2일로 추정)
地点: {{u:丹东市公安局}}{{u:振兴分局}} 询问室
询问人: (성명 가림), (성명 가림)  工作单位: {{u:振兴分局}}
翻译人: {{p:朴美兰}} ({{p:박미란}}), 朝鲜族, {{u:延边}} 人
被询问人: {{r:李香心}} ({{r:리향심}}), 女, 1994年生, 朝鲜国籍, 原在{{u:东港市}}{{u:丹东金达服装有限公司}}工作

问: 你叫什么名字?
(문: 이름이 무엇인가?)
答: 我叫{{r:李香心}}。
(답: 저는 {{r:리향심}}입니다.)

问: 你是怎么来{{u:中国}}的?
(문: {{u:중국}}에 어떻게 왔는가?)
答: 2016年跟三十个人一起从{{u:新义州}}坐车过来的。带队的是{{r:玄玉实}}。
(답: 2016년에 서른 명이 함께 {{u:신의주}}에서 차를 타고 왔습니다. 인솔자는 {{r:현옥실}}이었습니다.)

问: 工厂里谁管你们?
(문: 공장에서 누가 너희를 관리했는가?)
答: 朝鲜这边是{{r:玄}}组长。中国这边是{{p:赵}}总, {{p:赵国强}}。还有一个管宿舍的小{{p:王}}。
(답: 조선 쪽은 {{r:현}} 조장입니다. 중국 쪽은 {{p:자오}} 사장, {{p:자오궈창}}입니다. 기숙사를 관리하는 {{p:왕}} 씨 청년도 있었습니다.)

问: 你们的工资是怎么发的?
(문: 임금은 어떻게 지급되었는가?)
答: 工资都给{{r:玄玉实}}。我们自己拿不到。一个月给我们一百块钱零用。
(답: 임금은 모두 {{r:현옥실}}에게 갔습니다. 우리는 직접 받지 못했습니다. 한 달에 용돈으로 100위안을 주었습니다.)

问: 跟你一起跑出来的是谁?
(문: 너와 함께 도망친 사람은 누구인가?)
答: {{r:金恩星}}。她是我同屋的。
(답: {{r:김은성}}입니다. 같은 방을 쓰던 동무입니다.)

问: {{r:金恩星}}现在在哪里?
(문: {{r:김은성}}은 지금 어디 있는가?)
答: 不知道。过江以后我们走散了。
(답: 모릅니다. 강을 건너고 나서 헤어졌습니다.) [번역자 주: 원문 "过江"은 강을 건넜다는 뜻이지만 {{r:리향심}} 씨는 나중에 면담에서 "강이 아니라 공장 담장을 넘었다"고 정정함.]

问: 谁帮助你们逃跑?
(문: 누가 도망을 도왔는가?)
答: 没有人帮助。
(답: 아무도 돕지 않았습니다.)

问: 出租车司机老{{p:孙}}说, 是一个叫"{{p:金}}姐"的人给他打电话的。
(문: 택시 기사 {{p:쑨}} 씨는 "{{p:김}} 언니"라는 사람이 전화했다고 말했다.)
答: 我不认识。
(답: 모르는 사람입니다.)

问: 你认识{{p:崔永哲}}吗?
(문: {{p:최영철}}을 아는가?)
答: 认识。他是工厂的翻译。
(답: 압니다. 공장 통역입니다.)

[이하 생략 - 조서 6쪽 중 4쪽까지]

被询问人签名: {{r:李香心}} (손도장)
翻译人签名: {{p:朴美兰}}

[NGO 메모 - {{p:채하린}}]
- 이 조서 사본은 {{p:朴美兰}}({{p:박미란}}) 씨가 통역 일을 그만둔 뒤 우리에게 넘겨준 것. {{r:향심}} 씨는 2018년 3월 {{u:단둥}} 변방구류소를 거쳐 강제송환됨. 사건은 {{u:유엔 인권최고대표사무소 서울사무소}}에도 전달함.
- 조서의 "{{p:金}}姐"({{p:김}} 언니)는 {{r:은성}} 씨의 사촌 {{p:김순영}}으로 추정. {{p:순영}} 씨는 {{u:심양}}에서 식당 일을 했음.
- {{r:리향심}} 씨는 2019년 재탈북하여 2020년 {{u:인천공항}}으로 입국. 현재 {{r:현옥실}} 조장에 대한 진술서 작성 중. {{r:현}} 조장은 아직 {{u:동항}} 공장에 있다고 함.
- {{r:김은성}} 씨 행방 불명. {{r:은성}} 씨 어머니 {{p:로정숙}} 씨가 {{u:신의주}}에 있음.""",
    },
    {
        "id": "h34-en-06",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Jon Chol-gwang", "전철광", "witness", ["Chol-gwang", "Чон Чхоль Гван"]),
            ("Ko Yong-dok", "고영덕", "supervisor", []),
            ("Sok Myong-il", "석명일", "coworker", ["Myong-il"]),
        ],
        "note": "Certified translation of a Mongolian hospital certificate with Cyrillic originals in brackets; Mongolian patronymic initials before given names (D. Oyunchimeg), names in Cyrillic and Latin; DPRK patient in Cyrillic transliteration; bare surnames Ko, Jon and Sok; impossible admission date 2018.02.30 and a YYYY-DD-MM date; hospital, ministry and mine company public.",
        "text": """CERTIFIED TRANSLATION FROM MONGOLIAN
(original: ЭМНЭЛГИЙН ТОДОРХОЙЛОЛТ)

{{u:Ministry of Health of Mongolia}} / {{u:Эрүүл мэндийн яам}}
{{u:Orkhon Province General Hospital}} ({{u:Орхон аймгийн Нэгдсэн эмнэлэг}}), {{u:Erdenet}}
Department of Traumatology and Orthopaedics

MEDICAL CERTIFICATE No. 0331

Patient: {{r:JON CHOL GWANG}} / {{r:ЧОН ЧХОЛЬ ГВАН}}
Sex: male. Age: 34. Nationality: {{u:DPRK}} ({{u:БНАСАУ}})
Employer (as stated by the person accompanying): {{u:Khangai Stone LLC}} ({{u:Хангай Стоун ХХК}}), quarry at {{u:Bulgan}}
Accompanied by: {{r:KO YONG DOK}} (group leader), and by interpreter {{p:Ganbold Tserendorj}} ({{p:Ганболд Цэрэндорж}})

Date of admission: 2018.02.30 [translator: as in the original]
Date of discharge: 2018-14-03 [translator: as in the original; day and month are reversed]

Diagnosis: closed fracture of the right tibia and fibula; contusion of the chest; crush injury of two fingers of the left hand.
Circumstances (from the accompanying person): fall of a stone block at the quarry.
Treatment: reduction, plaster cast, analgesia, observation. Surgery was recommended; the accompanying person, Mr {{r:Ko}}, refused surgery on behalf of the patient and requested early discharge.
Recommendation: rest 8 weeks; follow-up X-ray in 4 weeks; no heavy work for 6 months.

Attending physician: Dr {{p:D. Oyunchimeg}} ({{p:Д. Оюунчимэг}}), traumatologist
Head of department: Dr {{p:B. Tsogtbaatar}} ({{p:Б. Цогтбаатар}})
Nurse on duty: {{p:S. Narantuya}} ({{p:С. Нарантуяа}})
Stamp of the hospital. Signatures.

------------------------------------------------------------
I certify that this is a true and complete translation of the attached document.
Translator: {{p:Enkhjargal Batsukh}} ({{p:Энхжаргал Батсүх}}), sworn translator, {{u:Ulaanbaatar}}, licence no. 214
------------------------------------------------------------

NGO NOTES (case MN-2019-08, {{p:Jiho Kang}})

1. {{r:Jon Chol-gwang}} gave us the Mongolian original in 2019 in {{u:Seoul}}. He had kept it inside the lining of his jacket. The Cyrillic spelling on the certificate, {{r:Чон Чхоль Гван}}, is how the hospital wrote his name from his passport; his name in Korean is {{r:전철광}}.
2. {{r:Chol-gwang}} says the doctor, Dr {{p:Oyunchimeg}}, argued with {{r:Ko Yong-dok}} for half an hour about the surgery. {{r:Ko}} said the company would not pay and that {{r:Jon}} would be "treated at home". The interpreter, {{p:Ganbold}}, quietly told {{r:Chol-gwang}} in Russian: "Не подписывай" ("do not sign"). He signed anyway, because {{r:Ko}} was standing next to him.
3. The quarry was worked by 40 {{u:DPRK}} men. The coworker who carried him to the truck, {{r:Sok Myong-il}}, is from the same town, {{u:Tanchon}}. {{r:Myong-il}} later told {{r:Chol-gwang}} that {{r:Ko}} had reported the accident to {{u:Pyongyang}} as "carelessness of the worker {{r:Jon}}". {{r:Sok}} was himself injured in 2018 (dust in the eyes) and treated by the same nurse, {{p:Narantuya}}.
4. The leg healed badly. In {{u:Seoul}}, Dr {{p:Lee Hyun-woo}} at {{u:Korea University Guro Hospital}} operated again in 2020.
5. {{r:Chol-gwang}}'s wife, {{p:Kim Yong-suk}}, and son, {{p:Jon Hyok}}, remain in {{u:Tanchon}}. Do not publish the names. {{p:Hyok}} was nine when his father left.
6. Dates 2018.02.30 and 2018-14-03 are as written on the original; the real admission date was probably 28 February and discharge 14 March 2018. {{r:Jon}} confirms "about two weeks".""",
    },
    {
        "id": "h34-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            (
                "Chon Hak-su",
                "천학수",
                "witness",
                ["Chun Hak-soo", "Чон Хак Су", "학수", "Hak-su", "Chonny", "Чонни"],
            ),
            (
                "Myong Chang-ryol",
                "명창렬",
                "supervisor",
                ["Myung Chang-ryul", "Мён Чан Рёль", "Beard", "Борода", "수염"],
            ),
            ("Pyo Ok-hui", "표옥희", "coworker", ["Pyo Ok-hee", "Пё Ок Хи", "옥희", "Ok-hui"]),
        ],
        "note": "Translator's working glossary of names for a Russian case file: one row per person with Hangul, North and South romanisations, Russian renderings, nicknames and notes; the brigade leader's nickname Beard/Борода/수염 beside the ordinary words; a second glossary section for places and organisations (public); surnames 명, 천, 표 that are also common syllables.",
        "text": """TRANSLATOR'S WORKING GLOSSARY - case file RU-2021-33 (do not circulate)
Compiled by {{p:Yoo Na-rae}} ({{p:유나래}}); Russian checked by {{p:Viktor Pak}} ({{p:Виктор Пак}}). Last update: 2021-11-31 (sic - use 30 Nov).
Rule: always translate names to the CANONICAL form in column 1 when drafting. Never "correct" a name inside a quotation.

A. PERSONS
CANONICAL | 한글 | variants seen in the file | role / notes
{{r:CHON Hak-su}} | {{r:천학수}} | {{r:Chun Hak-soo}} (ROK ID card), {{r:Чон Хак Су}} (Russian migration card), {{r:Hak-su}}, {{r:학수}}, "{{r:Chonny}}" (what the Russian foreman called him) | witness. NB Russian "Чон" is also used for the surname 전 ({{p:Чон Ён Чоль}} = {{p:전영철}}, row 9) - check context.
{{r:MYONG Chang-ryol}} | {{r:명창렬}} | {{r:Myung Chang-ryul}} (ROK press spelling), {{r:Мён Чан Рёль}}, "{{r:Beard}}" / "{{r:Борода}}" / "{{r:수염}}" | brigade leader. The men called him by the nickname only. Do not translate "beard" as a name where the witness means an actual beard (interview 3, p. 12: "he shaved his beard for the inspection").
{{r:PYO Ok-hui}} | {{r:표옥희}} | {{r:Pyo Ok-hee}}, {{r:Пё Ок Хи}}, {{r:Ok-hui}}, {{r:옥희}} | cook. Wife of nobody in the brigade - earlier draft wrongly said wife of row 5.
{{p:SO Kwang-nam}} | {{p:서광남}} | {{p:Seo Kwang-nam}}, {{p:Со Гван Нам}}, "Old {{p:So}}" | coworker; died 2019. "So" at the start of an English sentence is not him.
{{p:KIM Il-gwang}} | {{p:김일광}} | {{p:Kim Il Gwang}} (no hyphen, Russian contract), {{p:Ким Ир Гван}} | coworker. NB "Ир" for 일 in Russian spelling.
{{p:RI Chun-bok}} | {{p:리춘복}} | {{p:Lee Choon-bok}}, {{p:Ли Чун Бок}}, {{p:춘복}}이 | political minder (보위지도원). The witness calls him "{{p:리}} 지도원" or "{{p:Ri}} the minder".
{{p:Sergei Andreyevich KRUGLOV}} | {{p:세르게이 안드레예비치 크루글로프}} | {{p:Сергей Андреевич Круглов}}, {{p:Seryozha}}, {{p:Серёжа}}, "{{p:Kruglov}}" | Russian site foreman.
{{p:Valentina IGOREVNA}}? | {{p:발렌티나}} | {{p:Валентина}}, {{p:Valya}}, {{p:Валя}}, {{p:발랴}} 아주머니 | canteen woman; surname unknown ({{p:Igorevna}} is her patronymic, not a surname - the column is wrong, leave as is until confirmed).
{{p:CHON Yong-chol}} | {{p:전영철}} | {{p:Чон Ён Чоль}}, {{p:Jeon Young-chul}} | driver of the brigade truck; NOT the witness (see row 1).
{{p:HWANG Myong-ae}} | {{p:황명애}} | {{p:Hwang Myung-ae}}, {{p:명애}} | witness's wife, in {{u:Hoeryong}}. Do not put in any English draft.
{{p:CHON Su-rim}} | {{p:천수림}} | {{p:수림}}이, {{p:Su-rim}} | witness's daughter, b. 2011.

B. PLACES AND ORGANISATIONS (not for redaction)
{{u:Vladivostok}} | {{u:블라디보스토크}} / {{u:울라지보스또크}} (NK spelling) | {{u:Владивосток}}
{{u:Ussuriysk}} | {{u:우수리스크}} | {{u:Уссурийск}}
{{u:Rungrado General Trading Corporation}} | {{u:릉라도무역총회사}} | - ({{u:DPRK}} contracting company named in the file)
{{u:UNHCR}} | {{u:유엔난민기구}} | {{u:УВКБ ООН}}

C. NOTES ON DIFFICULT PASSAGES
- Interview 2, p. 4: "{{r:Beard}} said the plan was two floors a week." → "{{r:명창렬}}이 주 2층이 계획이라고 했다." Keep "{{r:수염}}" in the Korean draft if the witness says {{r:수염}}; explain once in a footnote.
- Interview 2, p. 9: "{{r:학수}}야, {{r:옥희}} 동무한테 밥 더 달라고 해라" - said by {{p:서광남}} to the witness. {{r:Ok-hui}} gave extra rice to the sick men; {{r:Myong}} punished her for it.
- Interview 3, p. 12: the witness says "{{p:Валя}} 아주머니 had a beard of flour on her chin" - this is a joke, not a reference to {{r:Beard}}.
- Interview 4: the witness refers to the minder only as "{{p:춘복}}이" (contemptuous). Translate as "{{p:Chun-bok}}", not "Mr {{p:Ri}}".
- {{r:Chonny}} appears in the Russian foreman's statement: "{{r:Чонни}} был лучший штукатур" ("{{r:Chonny}} was the best plasterer"). Keep {{r:Chonny}}.

- {{p:N.Y.}} / {{p:V.P.}}""",
    },
    {
        "id": "h34-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Chol-man", "김철만", "witness", ["KCM", "K.C.M.", "Chol-man"]),
            ("Ri Ok-sun", "리옥순", "witness", ["ROS", "R.O.S.", "Ok-sun"]),
        ],
        "note": "Interim narrative grant report listing beneficiaries by code, initials, age and sex; initials with and without dots, and initials that look like acronyms (ROS, KCM) beside real acronyms (NGO, HRC, ILO); a staff name split across a line break; case stories with pseudonymous given names; donor, countries and partner organisations public.",
        "text": """INTERIM NARRATIVE REPORT (months 1-6)
Grant: {{u:Linden Human Rights Fund}} ref. LHRF-2023-117
Project: "Legal and psychosocial support for former overseas workers from the {{u:DPRK}}"
Reporting period: 1 January - 30 June 2023
Prepared by: {{p:Park Seo-yeon}}, project manager; reviewed by {{p:Michael Ashford}}, director

1. Overview
In the first six months the project supported 14 beneficiaries (9 men, 5 women) who had worked abroad in {{u:Russia}}, {{u:China}}, {{u:Kuwait}}, {{u:Qatar}}, {{u:Mongolia}}, {{u:Cambodia}} and {{u:Laos}}. Beneficiaries are identified below by code and initials only, as agreed with the donor. Initials follow the order surname - given name.

2. Beneficiaries
Code | Initials | Age | Sex | Sector of deployment | Services
B-01 | {{r:K.C.M.}} | 34 | M | logging | legal, medical
B-02 | {{p:P.S.H.}} | 41 | F | seafood processing | psychosocial
B-03 | {{r:R.O.S.}} | 29 | F | restaurant | legal, psychosocial
B-04 | {{p:H.M.}} | 52 | M | construction | medical
B-05 | {{p:C.Y.G.}} | 38 | M | construction | legal
B-06 | {{p:J.K.H.}} | 45 | M | mining | medical, vocational
B-07 | {{p:O.E.J.}} | 26 | F | restaurant | psychosocial
B-08 | {{p:S.D.I.}} | 47 | M | construction | legal
B-09 | {{p:K.Y.}} | 61 | M | logging | medical
B-10 | {{p:T.H.N.}} | 33 | F | garment | vocational
B-11 | {{p:M.S.}} | 40 | M | construction | legal
B-12 | {{p:Y.C.H.}} | 36 | M | construction | psychosocial
B-13 | {{p:B.K.S.}} | 31 | F | seafood processing | legal, psychosocial
B-14 | {{p:A.I.R.}} | 44 | M | logging | medical
(Age at intake. B-09 was 60 at intake but turned 61 in March; the database shows both.)

3. Case stories (names changed)
3.1 {{r:KCM}} (B-01), whom we call "{{r:Chol-man}}" in this report, spent seven years at a logging camp in {{u:Khabarovsk Krai}}. He arrived in {{u:Seoul}} in 2022 with an untreated shoulder injury. Our counsellor, {{p:Choi
Ye-jin}}, accompanied him to {{u:Seoul National University Hospital}}, where he had surgery in April. {{r:K.C.M.}} is now pursuing a wage claim with the help of a volunteer lawyer, {{p:Lim Dong-hoon}}, against the South Korean-registered front company that recruited his brigade. {{r:Chol-man}} told {{p:Ye-jin}}: "For the first time somebody wrote down what they owe me."
3.2 {{r:ROS}} (B-03), "{{r:Ok-sun}}", worked for three years as a waitress and singer in {{u:Phnom Penh}}. She came to us through the {{u:Korea Hana Foundation}}. {{r:R.O.S.}} has severe insomnia and has attended 11 sessions with {{p:Ye-jin}} and with our psychiatrist, Dr {{p:Kwon Min-seok}}. She asked us to record that her manager in {{u:Phnom Penh}}, a woman she calls only "Comrade {{p:Han}}", kept the waitresses' passports and phones. {{r:Ok-sun}} hopes to sit the national high-school equivalency exam in August.
3.3 {{p:C.Y.G.}} (B-05) and {{p:Y.C.H.}} (B-12) worked on the same project in {{u:Lusail}} ({{u:Qatar}}) and in {{u:Kuwait City}}; {{p:CYG}} was the witness in a submission to the {{u:ILO Committee of Experts}} that {{p:Park Seo-yeon}} drafted with {{p:YCH}}'s help.

4. Activities against the log-frame
- Legal consultations: 41 (target 40). Lawyers: {{p:Lim Dong-hoon}}, {{p:Yoon Ha-neul}}.
- Psychosocial sessions: 96 (target 80). Counsellors: {{p:Choi Ye-jin}}, {{p:Baek So-ra}}.
- Submissions: 1 to the {{u:ILO}}, 1 to the {{u:UN Human Rights Council}} ({{u:HRC}}) universal periodic review of the {{u:DPRK}}, with the {{u:Citizens' Alliance for North Korean Human Rights}}.
- Training for 18 NGO staff on trauma-informed interviewing, facilitated by Dr {{p:Anna Kowalski}} (she asked to be listed as "{{p:Anna}}" on the certificates).

5. Challenges
Two beneficiaries ({{p:K.Y.}} and {{p:A.I.R.}}) withdrew from the legal track after relatives in the {{u:DPRK}} were questioned. {{p:AIR}} - the man, not the word - asked that his initials not appear in any public report; in the public version he will be "B-14".

6. Financial note
See annex B. Expenditure 47% of budget. Signed: {{p:Park Seo-yeon}}, 30 June 2023.""",
    },
    {
        "id": "h34-en-08",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Paek Nam-il", "백남일", "witness", ["Nam-il", "Baek Nam-il"]),
            ("Yang Chol-gi", "양철기", "supervisor", []),
            ("Kwak Il-bong", "곽일봉", "coworker", ["Il-bong"]),
        ],
        "note": "E-mail chain (newest first) between an NGO in Seoul and a Polish lawyer about a shipyard case: header lines with display names and addresses whose local parts are names, quoted replies, signatures with titles and phone numbers, long legal disclaimers; a witness name split across a line break; South and North spellings of the surname (Baek/Paek); shipyard city and state bodies public.",
        "text": """From: {{p:Sarah Kwon}} <{{p:sarah.kwon}}@lantern-rights.org>
Sent: Wednesday, 17 March 2021 10:42
To: {{p:Tomasz Zieliński}} <{{p:t.zielinski}}@kancelaria-zielinski.pl>
Cc: {{p:Min-ji Oh}} <{{p:minji.oh}}@lantern-rights.org>; {{p:Ewa Sobczak}} <{{p:e.sobczak}}@kancelaria-zielinski.pl>
Subject: RE: RE: Witness statement - {{u:Gdańsk}} shipyard subcontractor / {{r:Paek}}

Dear {{p:Tomasz}},

Thank you. Yes, we can confirm that Mr {{r:Paek Nam-il}} ({{r:백남일}}; his South Korean ID now reads "{{r:Baek Nam-il}}") is willing to give evidence by video link. He prefers Wednesdays. His former coworker, Mr {{r:Kwak Il-bong}}, has not yet replied; {{p:Min-ji}} is trying through his church in {{u:Daejeon}}.

On your question about the foreman: the man {{r:Nam-il}} calls "{{r:Yang}} the group leader" is {{r:Yang Chol-gi}} ({{r:양철기}}). According to {{r:Nam-il}}, {{r:Yang}} held the workers' passports and collected their bank cards after every payday. {{r:Il-bong}} described the same practice in his 2019 interview with our colleague {{p:Ji-hoon}}.

We would be grateful if {{p:Ewa}} could send the Polish translation by Friday.

Best regards,
{{p:Sarah}}

--
{{p:Sarah Kwon}} | Senior Legal Officer
{{u:Lantern Human Rights Centre}}, {{u:Seoul}}
T +82 2 xxx xx17 | {{p:sarah.kwon}}@lantern-rights.org
CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may contain legally privileged information. If you are not the intended recipient, please notify the sender immediately and delete this message. Any unauthorised use, disclosure or copying is strictly prohibited. {{u:Lantern Human Rights Centre}} does not accept liability for any errors or omissions in the contents of this message.

-----Original Message-----
From: {{p:Tomasz Zieliński}} <{{p:t.zielinski}}@kancelaria-zielinski.pl>
Sent: Tuesday, 16 March 2021 18:05
To: {{p:Sarah Kwon}} <{{p:sarah.kwon}}@lantern-rights.org>
Subject: RE: Witness statement - {{u:Gdańsk}} shipyard subcontractor / {{r:Paek}}

Dear Ms {{p:Kwon}},

Many thanks for the draft statement of Mr {{r:Paek}}. Two questions before we file with the {{u:Sąd Okręgowy w Gdańsku}}:

1. In paragraph 7 Mr {{r:Paek
Nam-il}} says the group leader was "{{r:Yang}}". Is this the same person as "{{r:YANG CHOL GI}}" in the list of workers supplied by the {{u:Straż Graniczna}} ({{u:Border Guard}})?
2. Paragraph 12 mentions a coworker "{{r:Kwak}}" who was injured in the dry dock in 2016. Could Mr {{r:Kwak}} give a statement as well?

For your information, the {{u:Państwowa Inspekcja Pracy}} inspector who visited in 2016, Mr {{p:Grzegorz Malinowski}}, is retired but has agreed to speak to us.

Z poważaniem / Kind regards,
{{p:Tomasz Zieliński}}
adwokat / attorney-at-law
{{u:Kancelaria Adwokacka Zieliński i Wspólnicy}}
ul. {{u:Długa}} 4, 80-831 {{u:Gdańsk}}
tel. +48 58 xxx xx 90

Niniejsza wiadomość jest poufna i przeznaczona wyłącznie dla adresata. Jeżeli nie są Państwo adresatem, prosimy o niezwłoczne poinformowanie nadawcy i usunięcie wiadomości. / This message is confidential and intended only for the addressee.

-----Original Message-----
From: {{p:Min-ji Oh}} <{{p:minji.oh}}@lantern-rights.org>
Sent: Monday, 15 March 2021 09:12
To: {{p:Tomasz Zieliński}}; {{p:Sarah Kwon}}
Subject: Witness statement - {{u:Gdańsk}} shipyard subcontractor / {{r:Paek}}

Dear Mr {{p:Zieliński}},

Please find attached the draft witness statement of {{r:PAEK Nam Il}} (file name: Statement_{{r:PAEK_NamIl}}_v3.docx). {{r:Nam-il}} worked as a welder for a subcontractor at the shipyard from 2014 to 2017. He has reviewed the Korean version with me. His wife, {{p:Ri Yong-mi}}, is not to be named in the Polish filing.

Kind regards,
{{p:Min-ji Oh}} ({{p:오민지}})
Case Officer
{{u:Lantern Human Rights Centre}}
This message may contain confidential information. If you have received it by mistake, please let us know by replying to {{p:minji.oh}}@lantern-rights.org and then delete it.""",
    },
    {
        "id": "h34-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Yang Song-i", "양송이", "witness", ["송이", "Song-i", "young song E"]),
            ("Kwon Tae-jun", "권태준", "supervisor", []),
            ("Mun Chol", "문철", "coworker", ["moon chill"]),
        ],
        "note": "Zoom auto-transcript with speaker labels and timestamps; auto-captioning garbles Korean names (Yang Song-i rendered as 'young song E', 양송이 also a mushroom); Korean speech transcribed in Hangul inside an English transcript; the witness's given name 송이 beside 송이버섯; the title Director (and its garbled caption 'director cone') stays outside the marker, only Kwon/cone marked; 양송이버섯 (the mushroom) left unmarked; restaurant in Kuwait and Qatar; participants listed with organisations and cities.",
        "text": """{{u:Zoom}} Meeting - Auto Transcript (edited for speaker labels only)
Topic: Case review - {{u:Gulf}} restaurant workers / {{u:걸프}} 식당 노동자 사례 검토
Date: 2022-06-09
Participants: {{p:Kim Ji-won}} ({{u:Lantern Human Rights Centre}}, {{u:Seoul}}), {{p:David Morrow}} ({{u:Lantern}}, {{u:London}}), {{p:Oh Seung-hee}} (interpreter), {{p:Leila Haddad}} ({{u:Amman}}), {{p:Rahul Menon}} (volunteer, {{u:Doha}})

[00:00:04] {{p:Kim Ji-won}}: Okay, I think we're recording. Hi everyone. Today is about {{r:Yang Song-i}}'s case.
[00:00:11] {{p:David Morrow}}: Sorry, the captions say "{{r:young song E}}". Is that her?
[00:00:15] {{p:Kim Ji-won}}: Yes. {{r:Yang Song-i}}, {{r:양송이}}. Like the mushroom, actually. 양송이버섯. She laughs about it.
[00:00:24] {{p:Oh Seung-hee}} (interpreter): 네, 본인도 "{{r:송이}}라고 불러 달라"고 했어요.
[00:00:30] {{p:David Morrow}}: Great. So {{r:Song-i}} worked in {{u:Kuwait City}} first?
[00:00:36] {{p:Kim Ji-won}}: Right. A restaurant in {{u:Salmiya}}, 2015 to 2017, then she was moved to {{u:Doha}}. The manager in both places was a man called {{r:Kwon Tae-jun}}. The girls called him "Director {{r:Kwon}}", {{r:권}} 사장. Sorry - {{r:권}} 사장님.
[00:00:49] {{p:David Morrow}}: The transcript has "director {{r:cone}}". I'll fix it later.
[00:01:20] {{p:Rahul Menon}}: Can I jump in? In {{u:Doha}}, the restaurant was near {{u:Al Sadd}}. I used to eat there. The cashier was a Korean man, {{r:Mun}} - {{r:Mun Chol}}, I think. Very quiet.
[00:01:31] {{p:Kim Ji-won}}: {{r:문철}}! Yes. {{r:송이}} 씨가 "{{r:문철}} 오빠가 몰래 전화를 빌려줬다"고 했어요. He lent her a phone.
[00:01:40] {{p:David Morrow}}: The captions now say "{{r:moon chill}}". Brilliant.
[00:01:43] {{p:Kim Ji-won}}: Ha. {{r:Mun}}'s status - we don't know. {{r:Song-i}} thinks he went back in 2019.
[00:01:50] {{p:Leila Haddad}}: And the other waitresses? Any names?
[00:01:54] {{p:Kim Ji-won}}: Three given names: {{p:Un-hui}}, {{p:Pom}}, and {{p:Chun-ok}}. {{p:봄}}이는 열아홉 살. Spring, literally. And {{p:Chun-ok}} was the accordion player.
[00:02:06] {{p:Oh Seung-hee}} (interpreter): 봄이 아니라 {{p:봄}}이요, 사람 이름. Just to be clear for the transcript.
[00:02:10] {{p:David Morrow}}: Noted. And the woman who helped her leave {{u:Qatar}}?
[00:02:15] {{p:Kim Ji-won}}: A Filipina nurse, {{p:Maricel Reyes}}, who lived upstairs. {{p:Maricel}} took {{r:Song-i}} to the {{u:Embassy of the Republic of Korea in Doha}} in a taxi, in October 2019.
[00:02:26] {{p:Rahul Menon}}: I know {{p:Maricel}}. She's back in {{u:Manila}} now. I can ask her.
[00:02:31] {{p:David Morrow}}: Please do, {{p:Rahul}}. {{p:Ji-won}}, anything on the family?
[00:02:35] {{p:Kim Ji-won}}: 어머니 {{p:한옥분}}, 남동생 {{p:양성철}}. Both in {{u:Wonsan}}. {{r:송이}} 씨 부탁: 가족 이름은 절대 문서에 쓰지 말 것. So please delete that from the transcript, {{p:Seung-hee}}.
[00:02:46] {{p:Oh Seung-hee}} (interpreter): 알겠습니다. I'll redact before sharing.
[00:02:49] {{p:David Morrow}}: Last thing - the captioning keeps writing "{{r:young song E}}", "director {{r:cone}}", "{{r:moon chill}}". We should run the name tool on it before it leaves {{u:Zoom}}.
[00:02:56] {{p:Kim Ji-won}}: Yes. 이상입니다. Thanks, all. 👋
[00:02:58] Recording stopped.

[Auto-caption errors noted by {{p:S.H.O.}}: "{{r:young song E}}" = {{r:Yang Song-i}}; "director {{r:cone}}" = Director {{r:Kwon}}; "{{r:moon chill}}" = {{r:Mun Chol}}. Original caption lines: "so today's about {{r:young song E}}'s case", "the girls called him director {{r:cone}}", "{{r:moon chill}} I think very quiet".]""",
    },
    {
        "id": "h34-en-09",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Kim Song-hui", "김송희", "witness", ["Song-hui"]),
            ("Pak Yong-chol", "박영철", "witness", ["Yong-chol"]),
            ("Jo Myong-hak", "조명학", "supervisor", []),
        ],
        "note": "Data-breach incident log of an NGO's case-management system: staff usernames (jlee, p.okoro, hrim) and full names, witness names inside file names with underscores and in caps, a supervisor named in an exported document; timestamps with an impossible date 2024-05-32; vendor, software and regulator public; the word 'pak' as a project-code file prefix; a zero-width space inside the data-protection lead's name.",
        "text": """INCIDENT LOG - INC-2024-007
Title: Unauthorised access to case-management system ("{{u:CaseBox}}")
Severity: HIGH. Status: contained, under review.
Incident owner: {{p:Patrick Okoro}} (IT contractor, {{u:Nimbus Secure Ltd}}). Data protection lead: {{p:Hye\u200b-rim Seo}}.

Timestamp (KST) | Actor | Event | Notes
2024-05-11 02:14 | system | 41 failed logins for user "{{p:jlee}}" | source IP 185.xx.xx.201 (VPN exit node). User = {{p:Jiyoon Lee}}, case officer.
2024-05-11 02:19 | "{{p:jlee}}" | successful login | MFA prompt approved on {{p:Jiyoon}}'s phone. {{p:Jiyoon}} says she approved it half-asleep.
2024-05-11 02:21 | "{{p:jlee}}" | opened folder /witnesses/gulf/ | -
2024-05-11 02:23 | "{{p:jlee}}" | exported 3 files | witness_{{r:KIM_Song_Hui}}_interview2.docx; witness_{{r:PAK_Yong_Chol}}_statement_FINAL.pdf; memo_{{r:Jo_Myong_Hak}}_role.docx
2024-05-11 02:31 | "{{p:jlee}}" | opened /witnesses/russia/ | no export recorded
2024-05-11 02:40 | system | session ended | -
2024-05-11 08:55 | {{p:Jiyoon Lee}} | reported suspicious MFA prompt to {{p:p.okoro}} | {{p:Patrick}} disabled "{{p:jlee}}" at 09:02
2024-05-11 09:30 | {{p:Patrick Okoro}} | forced password reset for all 14 staff accounts | accounts incl. "{{p:hrim}}", "{{p:dmorrow}}", "{{p:skwon}}", "{{p:mjoh}}"
2024-05-11 11:00 | {{p:Hye-rim Seo}} | notified director {{p:Michael Ashford}} | decision: notify the {{u:Personal Information Protection Commission}} within 72 hours
2024-05-12 14:20 | {{p:Hye-rim Seo}} | list of affected data subjects drafted | see below
2024-05-13 10:05 | {{p:Michael Ashford}} | notification filed with the {{u:Personal Information Protection Commission}} | ref. PIPC-2024-xxxx
2024-05-32 09:00 | {{p:Sarah Kwon}} | calls to affected witnesses | [date as entered in the log - should be 2024-06-01]

AFFECTED DATA SUBJECTS (draft, {{p:H.S.}})
1. {{r:KIM Song Hui}} ({{r:김송희}}), witness - interview 2 transcript, includes home county and family names. {{r:Song-hui}} was called by {{p:Sarah}} on 1 June; she was calm but asked whether her mother, {{p:Jong Ok-nyo}}, is named in the file. Answer: yes, once.
2. {{r:PAK Yong Chol}} ({{r:박영철}}), witness - signed statement. {{r:Yong-chol}} could not be reached by phone; {{p:Min-ji}} visited him in {{u:Ansan}} on 2 June. {{r:Pak}} was angry: "I told {{r:Jo}}'s people nothing, and now you lose my name to hackers."
3. {{r:JO Myong Hak}} ({{r:조명학}}) - not a witness; named as the alleged site supervisor in {{u:Kuwait}}. The memo also names his deputy, {{p:Ri Kang-su}}, and a Kuwaiti sponsor, {{p:Fahad al-Mutairi}}. Legal advice from {{p:Ewa Sobczak}}: the supervisor is a data subject too.
4. Family members named inside file 1: {{p:Jong Ok-nyo}} (mother), {{p:Kim Song-jin}} (brother). Inside file 2: {{p:Choe Hye-ran}} (wife of {{r:Pak Yong-chol}}).
5. Staff named inside the files: {{p:Jiyoon Lee}}, {{p:Sarah Kwon}}, interpreter {{p:Oh Seung-hee}}.

Root cause (preliminary, {{p:P.O.}}): MFA fatigue attack on a single account; no evidence of lateral movement. The {{u:CaseBox}} vendor, {{u:Ardent Software}}, confirmed their logs match ours. Files in /witnesses/russia/ (incl. pak_2019_notes.txt - "pak" here is the project code, not a name) were opened but not exported.

Actions: (a) number-matching MFA for all users by 20 May - owner {{p:Patrick}}; (b) rename witness files to codes only, no names (owner {{p:Hye-rim}}); (c) support calls for {{r:Song-hui}} and {{r:Yong-chol}} with counsellor {{p:Baek So-ra}}; (d) lessons-learned session - {{p:Michael}} to chair.""",
    },
    {
        "id": "h34-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yun Chun-ok", "윤춘옥", "relative", ["춘옥"]),
            ("Jang Hyok-jin", "장혁진", "relative", ["혁진"]),
            ("Jang Un-ha", "장은하", "relative", ["은하", "장은아"]),
        ],
        "note": "Newspaper obituary of a (fictional) well-known defector activist, who is public and marked {{u:..}} in every form (full name, 장 대표, romanised); his private relatives registered or private (wife, son, daughter, son-in-law, grandchildren, a brother left in the North); colleagues quoted are private; funeral hall, newspaper and organisations public; 유족 list format.",
        "text": """[부고] 해외 파견 노동자 출신 인권운동가 {{u:장명철}} 전 {{u:두만강인권연대}} 대표 별세
{{u:한빛일보}} | 2024.03.18 | 입력 09:12

{{u:러시아}} 벌목장과 {{u:쿠웨이트}} 건설 현장에서 일한 경험을 바탕으로 {{u:북한}} 해외 파견 노동자의 실태를 알려 온 {{u:장명철}} 전 {{u:두만강인권연대}} 대표가 17일 오전 지병으로 별세했다. 향년 68세.

1956년 {{u:함경북도}} {{u:회령}}에서 태어난 {{u:장}} 대표는 1990년대 {{u:하바롭스크}} 인근 벌목장에서 7년, 2000년대 초 {{u:쿠웨이트}}에서 3년을 일했다. 2004년 탈북해 2005년 {{u:한국}}에 입국한 뒤 {{u:두만강인권연대}}를 세우고 해외 파견 노동자의 증언을 모으는 일에 힘썼다. 2014년에는 {{u:유엔 북한인권 조사위원회}}({{u:COI}}) 공청회에서 증언했다. 영문 저서 『{{u:The Timber Road}}』로 알려져 해외에서는 "{{u:Jang Myong-chol}}"이라는 이름으로 더 유명했다.

고인은 생전에 "벌목장에서 죽은 동무들의 이름을 한 사람도 빼놓지 않고 기록하겠다"고 말하곤 했다. 그와 함께 일한 {{p:김다혜}} 사무국장은 "{{u:장}} 대표님은 증언자들의 이름을 지키는 일에 누구보다 엄격했다"며 "기록에는 이름을 남기되 보고서에는 절대 싣지 말라고 하셨다"고 회고했다.

오랜 동료인 탈북민 {{p:리성국}} 씨는 "{{u:장명철}} 형님은 {{u:하바롭스크}}에서 나를 살려 준 사람"이라며 "형님이 아니었으면 나는 그 숲에서 얼어 죽었을 것"이라고 말했다. {{p:리}} 씨는 현재 {{u:인천}}에 산다.

유족으로는 부인 {{r:윤춘옥}} 씨, 아들 {{r:장혁진}}({{u:한국수자원공사}} 근무) 씨, 딸 {{r:장은하}}(간호사) 씨, 사위 {{p:오준석}} 씨, 며느리 {{p:최수빈}} 씨, 손자 {{p:장도윤}}, 손녀 {{p:오서아}} 양이 있다. 북에 남은 형 {{p:장명수}} 씨와는 끝내 다시 만나지 못했다.

부인 {{r:윤춘옥}} 씨는 2009년 {{u:중국}}을 거쳐 입국해 남편과 재회했다. {{r:춘옥}} 씨는 "남편은 마지막까지 {{p:명수}} 아주버님 이름을 불렀다"고 전했다. 아들 {{r:혁진}} 씨는 "아버지가 남긴 증언 녹취 300여 건은 유언대로 {{u:국사편찬위원회}}에 기증할 예정"이라고 밝혔다. 딸 {{r:은하}} 씨가 아버지의 병상을 지켰다.

빈소는 {{u:서울아산병원}} 장례식장 15호실, 발인은 20일 오전 7시, 장지는 {{u:파주}} {{u:동화경모공원}}. ☎ 02-3010-xxxx

[정정] 이 기사의 초판에서 딸 {{r:장은하}} 씨의 이름을 '{{r:장은아}}'로, 손녀 {{p:오서아}} 양의 이름을 '{{p:오세아}}'로 잘못 표기했기에 바로잡습니다. 또 고인의 생일을 '1956년 2월 30일'로 적었으나 이는 {{u:북한}} 공민증의 오기로, 유족은 "실제 생일은 아무도 모른다"고 밝혔습니다.

(기자: {{p:한지민}} {{p:jimin.han}}@hanbitilbo.example)""",
    },
    {
        "id": "h34-mixed-08",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Yang Hye-suk", "양혜숙", "witness", ["감자엄마", "Hye-suk", "혜숙"]),
            ("Ri Pok-nyo", "리복녀", "relative", ["할매"]),
            ("Choe Yong-chun", "최용춘", "other", ["밤", "Chestnut"]),
        ],
        "note": "Remittance spreadsheet exported as CSV with sender and receiver nicknames (감자엄마, 할매, 밤/Chestnut, 도깨비) beside ordinary words (감자, 밤 at night), real names where known, brokers and couriers; the word 밤 as a nickname and as 'night'; honorific 사장 outside markers; amounts in KRW, CNY and KPW; towns public.",
        "text": """# remittances_2019-2022_v4.csv - exported from {{u:Google Sheets}} by {{p:Seo-yeon}} for the family-separation report. DO NOT UPLOAD.
# Columns: no, date, sender_alias, sender_name, receiver_alias, receiver_name, receiver_town, broker, courier, amount_krw, fee_pct, delivered, note
1,2019-03-02,{{r:감자엄마}},{{r:양혜숙}},{{r:할매}},{{r:리복녀}},{{u:혜산}},{{r:밤}},{{p:도깨비}},2000000,30%,CNY 7800,first transfer; {{r:할매}} confirmed by phone
2,2019-06-15,{{r:감자엄마}},{{r:양혜숙}},{{r:할매}},{{r:리복녀}},{{u:혜산}},{{r:밤}},{{p:도깨비}},1500000,30%,CNY 5900,"{{r:밤}} 사장 says 밤에만 전화 가능"
4,2019-12-24,{{r:감자엄마}},{{r:양혜숙}},{{p:감자}},{{p:김감자}}?,{{u:혜산}},{{r:밤}},{{p:도깨비}},500000,30%,CNY 1900,"for {{r:혜숙}}'s son - nickname {{p:감자}}, real name {{p:김진혁}}"
5,2020-02-30,{{r:감자엄마}},{{r:양혜숙}},{{r:할매}},{{r:리복녀}},{{u:혜산}},{{r:밤}},-,1000000,35%,FAILED,"date as entered (30 Feb); border closed - COVID; Mr {{r:Chestnut}} kept 100000 as 'risk fee'"
7,2021-04-05,{{r:Hye-suk}},{{r:양혜숙}},Granny {{r:Ri}},{{r:리복녀}},{{u:Hyesan}},{{r:Choe Yong-chun}},{{p:도깨비}},3000000,45%,CNY 9000,"English entry by {{p:David}}; {{r:Choe}} raised fee to 45%"
9,2022-01-20,{{r:감자엄마}},{{r:양혜숙}},{{r:할매}},{{r:리복녀}},{{u:혜산}},{{r:최}} 브로커,{{p:도깨비}},2000000,50%,CNY 5200,"{{r:할매}} sick; {{p:도깨비}} = courier {{p:박순철}}, caught 2022-03?"
10,2022-07-07,{{r:감자엄마}},{{r:양혜숙}},{{r:할매}},{{r:리복녀}},{{u:혜산}},{{r:최용춘}},-,1000000,50%,UNKNOWN,"no confirmation; {{r:Hye-suk}} thinks Granny {{r:Ri}} died in spring"

# NOTES ({{p:Seo-yeon}}):
# - "{{r:밤}}" = broker {{r:최용춘}} ({{r:Choe Yong-chun}}), {{u:연길}} based, Korean-Chinese. {{r:Hye-suk}} calls him "{{r:밤}}" (chestnut) because he sold roasted chestnuts in {{u:Yanji}} ({{u:연길}} = {{u:Yanji}}). In English rows he is "Mr {{r:Chestnut}}". Not to be confused with 밤 = night in row 2.
# - {{r:감자엄마}} = {{r:양혜숙}}, our witness ({{u:Kuwait}} restaurant, 2013-2016). Her son {{p:김진혁}} is nicknamed {{p:감자}}; row 4 receiver column says "{{p:김감자}}" - that is {{r:혜숙}}'s joke, not a real name.
# - {{r:할매}} = {{r:리복녀}}, {{r:혜숙}}'s mother-in-law, in {{u:Hyesan}}. Row 10: probably died April 2022 (information from {{p:도깨비}}'s wife, {{p:림순애}}).
# - Totals: see tab 2. Fees rose from 30% to 50% after the border closure.
# - Rows 3, 6 and 8 (other families) moved to tab 3.""",
    },
    {
        "id": "h34-ko-08",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Ok-hwa", "김옥화", "witness", ["옥화"]),
            ("Pyon Song-ho", "변성호", "relative", ["성호"]),
            ("Yon Kwang-su", "연광수", "supervisor", []),
        ],
        "note": "List of missing overseas workers compiled from informants: one row per worker with birth year, home county (public), place of deployment, last news and the informant with relationship; supervisor surname 연 beside 연락/연도; surnames 변, 방, 남 that are also common syllables; informants' names in the last column; a county-level place list; a zero-width space inside one name and a fullwidth social-media handle.",
        "text": """{{u:등불인권센터}} 해외 파견 노동자 행방불명자 명단 (제보 기반) - 2024년 6월 갱신본
※ 내부 자료. 가족 동의 없이 외부 공개 금지. 정리: {{p:설민아}}, 검토: {{p:남궁혁}}

번호 | 성명 | 출생 | 고향(시·군) | 파견지 / 업종 | 마지막 소식 | 제보자 (관계)
1 | {{r:변성호}} | 1981 | {{u:명간군}} | {{u:하바롭스크}} / 벌목 | 2019.3 동료 {{p:남용길}}이 목격 | {{r:김옥화}} (처)
2 | {{p:방학철}} | 1975 | {{u:홍원군}} | {{u:블라디보스토크}} / 건설 | 2018.10 전화 | {{p:방은주}} (딸)
3 | {{p:남\u200b기순}} | 1990 | {{u:정주시}} | {{u:훈춘}} / 수산물 가공 | 2020.1 편지 | {{p:남기철}} (오빠)
4 | {{p:석동혁}} | 1969 | {{u:삼수군}} | {{u:몽골}} / 광산 | 2017.5 | {{p:석미향}} (여동생)
5 | {{p:리경애}} | 1995 | {{u:평양시}} {{u:선교구역}} | {{u:씨엠립}} / 식당 | 2019.12 SNS | {{p:한유리}} (친구, 같은 식당)
6 | {{p:지광철}} | 1978 | {{u:통천군}} | {{u:쿠웨이트}} / 건설 | 2016.8 | {{p:지순옥}} (어머니)
7 | {{p:국명남}} | 1984 | {{u:어랑군}} | {{u:카타르}} / 건설 | 2019.6 | {{p:탁영순}} (처)
8 | {{p:우철진}} | 1987 | {{u:희천시}} | {{u:폴란드}} / 조선소 용접 | 2018.2 | {{p:우철민}} (동생)
9 | {{p:마은숙}} | 1992 | {{u:사리원시}} | {{u:비엔티안}} / 식당 | 2020.3 | {{p:마은혜}} (언니)
10 | {{p:임종수}} | 1973 | {{u:단천시}} | {{u:루안다}} / 건설 | 2015.11 | {{p:임혜련}} (딸)

[비고 - {{p:설민아}}]
- 1번 {{r:변성호}}: 제보자 {{r:김옥화}} 씨는 2022년 입국. {{r:옥화}} 씨 말로는 남편 {{r:성호}} 씨가 2019년 3월 {{u:하바롭스크}} 벌목장에서 작업반장 {{r:연광수}}와 다툰 뒤 다른 사업소로 옮겨졌다고 함. 그 뒤로 연락 없음. {{r:연}} 반장은 연락을 일부러 끊게 했다고 {{r:옥화}} 씨는 믿음. 목격자 {{p:남용길}} 씨(2021 입국)는 "{{r:변}} 동무가 트럭에 실려 가는 걸 봤다"고 진술. {{p:남}} 씨 연락처는 {{p:남궁혁}} 팀장이 보관.
- 1번 추가: {{r:연광수}} 반장 본인도 2020년에 소환되었다는 말이 있음 ({{r:김옥화}} 씨 전언). {{r:변성호}} 씨 아들 {{p:변지훈}}(2008년생)은 {{r:옥화}} 씨와 함께 입국.
- 2번 {{p:방학철}}: 딸 {{p:방은주}} 씨는 {{u:블라디보스토크}} 식당에서 아버지를 한 번 만났다고 함. "{{p:방}} 반장님"이라고 불렸다 함 (직책은 미확인).
- 5번 {{p:리경애}}: 제보자 {{p:한유리}} 씨와 같은 식당. {{p:경애}}는 2019년 12월 {{u:프놈펜}}으로 옮겨졌다는 소문. {{p:유리}} 씨는 {{p:경애}}의 SNS 계정 "{{p:ｋｙｏｎｇａｅ＿９５}}"를 기억함 (지금은 삭제됨).
- 7번 {{p:국명남}}: 처 {{p:탁영순}} 씨는 남편 성이 드문 '{{p:국}}'씨라 찾기 쉬울 것이라고 함. 국가 기관 문의 결과 없음.
- 10번 {{p:임종수}}: {{u:앙골라}} 현장 책임자 이름을 {{p:임혜련}} 씨는 "{{p:염}} 지배인"으로 기억.

※ 연도 표기: 마지막 소식 연도는 제보자 기억에 의존. 4번 {{p:석동혁}}의 "2017.5"는 제보자 {{p:석미향}} 씨가 "석 달 전"이라고 한 것을 계산한 것.""",
    },
    {
        "id": "h34-ko-09",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Ma Sun-hui", "마순희", "witness", ["순희"]),
            ("Ma Yong-chol", "마영철", "relative", ["영철", "막내"]),
            ("Kye Hak-nam", "계학남", "coworker", ["학남"]),
        ],
        "note": "Transcript of a radio call-in with song dedications: host unnamed (진행자), callers identified by town and given name, dedications to relatives abroad by pet names (막내 registered as a brother's name, also the ordinary word for youngest); singer and songs named (real singer, neutral); surname 마 beside the interjection 마; 꼬맹이 as a pet name and as the ordinary word; a private caller sharing the name of the historical figure 김구 (public only when the historical figure is meant); broadcaster and programme public.",
        "text": """[방송 녹취] {{u:KBS 한민족방송}} 「{{u:보고 싶은 얼굴 그리운 목소리}}」 2023년 9월 28일 (추석 특집) - 신청곡 코너 발췌
녹취·정리: {{p:봉수아}} (자원봉사). 진행자 이름은 녹취에서 생략.

진행자: 자, 다음 전화 연결해 보겠습니다. {{u:경기도}} {{u:안산}}에서 전화 주신 {{r:순희}} 님, 안녕하세요?
{{r:마순희}}: 네, 안녕하세요. {{u:안산}} 사는 {{r:마순희}}입니다.
진행자: 추석인데 누구한테 노래 보내고 싶으세요?
{{r:마순희}}: 우리 {{r:막내}}요. 남동생 {{r:영철}}이. {{u:러시아}}에 일하러 나갔는데 벌써 8년째예요. {{r:영철}}아, 듣고 있니? 누나다.
진행자: 아이고... 동생분 성함이 {{r:마영철}} 씨 맞으시죠?
{{r:마순희}}: 네, {{r:마영철}}이. 우리 집 막내라서 식구들이 다 "{{r:막내}}"라고 불렀어요. 마, 이제는 {{r:막내}}도 마흔이 넘었지만요. (웃음)
진행자: 어떤 노래 신청하셨어요?
{{r:마순희}}: {{u:나훈아}} 선생님 「고향역」이요. {{r:영철}}이가 어릴 때 그 노래를 그렇게 불렀어요. 카세트 늘어날 때까지.
진행자: 혹시 {{r:영철}} 씨 옆에 같이 계신 분들한테도 한마디 하실래요?
{{r:마순희}}: {{r:영철}}이랑 같이 간 {{r:계학남}} 씨요. {{r:학남}} 씨 어머니가 {{u:청진}}에 계신데, 우리가 연락할 길은 없지만... {{r:학남}} 씨도 건강하라고요. {{r:계}} 씨네 어머니 {{p:최봉녀}} 아주머니가 우리 엄마랑 친구였어요.
진행자: 네, 꼭 전해지길 바랍니다. {{r:마순희}} 님 고맙습니다.

[음악: 「고향역」]

진행자: 이번엔 {{u:중국}} {{u:연길}}에서 문자로 사연 보내 주셨어요. "{{p:리화}}"라고만 쓰셨네요. 읽어 드릴게요. "{{u:캄보디아}}에 있는 우리 {{p:꼬맹이}}, 우리 딸 {{p:은지}}야. 엄마는 잘 있다. {{p:꼬맹이}}가 식당에서 노래한다는 말 들었다." 아이고... 신청곡은 「반갑습니다」네요.
진행자: {{p:꼬맹이}}라고 부르는 따님이 벌써 스물셋이라고 쓰셨어요. 엄마 눈엔 평생 꼬맹이죠.

[음악: 「반갑습니다」]

진행자: 마지막 전화입니다. {{u:부산}}에서 {{p:김구}} 님... 아, 그 {{u:김구}} 선생님과 동명이인이시라고요? (웃음) 네, 연결합니다.
{{p:김구}}: 하하, 네. 이름 때문에 학교 다닐 때 별명이 '{{p:백범}}'이었습니다. {{u:부산}}에서 배 타는 {{p:김구}}입니다.
진행자: 누구한테 보내세요?
{{p:김구}}: {{u:쿠웨이트}}에서 같이 일했던 {{p:송진호}} 형님요. {{p:진호}} 형님은 2016년에 먼저 귀국했어요. 형님 딸 {{p:송미래}}가 태어났을 때 현장에서 다 같이 미역국 끓여 먹었습니다. 반장 {{p:도}} 씨 몰래요.
진행자: 반장님 성함은 말씀 안 하셔도 돼요 (웃음).
{{p:김구}}: 네, 그냥 {{p:도}} 반장이라고 할게요. 신청곡은 「홀로 아리랑」입니다.

[음악: 「홀로 아리랑」]

진행자: 보내 주신 사연들, 고맙습니다. 연락이 닿지 않는 가족분들께도 이 목소리가 닿기를 바랍니다. 다음 주에 뵙겠습니다.

[녹취자 메모 - {{p:봉수아}}: {{r:마순희}} 씨는 방송 후 우리 센터에 연락해 {{r:마영철}} 씨 실종 신고를 함 (2019년 이후 소식 없음). {{r:영철}} 씨의 {{u:러시아}} 현장 반장은 {{p:리}}가로만 기억. 「고향역」 가사에 나오는 '코스모스'를 {{r:순희}} 씨가 동생 별명으로 착각한 부분은 삭제함. 방송에 나온 {{p:김구}} 씨는 독립운동가 {{u:김구}}와 이름만 같은 사인(私人)이므로 가명 처리 필요.]""",
    },
    {
        "id": "h34-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Hyon Yong-chol", "현영철", "witness", ["Yong-chol", "Hyun Young-chul", "Johnny"]),
            ("Rodel Santos", "로델 산토스", "supervisor", ["Rodel"]),
            ("Kye Chang-il", "계창일", "coworker", ["Chang-il"]),
        ],
        "note": "Reference letter from a Filipino site supervisor in Qatar for a former DPRK worker now in Seoul; the writer is a registered supervisor (letterhead, signature block, e-mail local part); the worker in North and South spellings and an English nickname Johnny; minder mentioned by surname; Qatari places, company, ministry and World Cup stadium public; letter dated with an impossible 31 April.",
        "text": """{{u:Gulf Pearl Contracting W.L.L.}}
P.O. Box 2xxxx, {{u:Doha}}, {{u:State of Qatar}}

31 April 2023 [sic]

TO WHOM IT MAY CONCERN

Re: Mr {{r:HYON Yong-chol}} (now registered in the {{u:Republic of Korea}} as {{r:Hyun Young-chul}})

I, {{r:Rodel Santos}}, Senior Site Supervisor at {{u:Gulf Pearl Contracting W.L.L.}}, am writing at the request of Mr {{r:Hyon}} to confirm his employment history and to recommend him for work in the construction industry.

From March 2014 to November 2017 Mr {{r:Hyon Yong-chol}} worked under my supervision as a steel fixer and later as a formwork carpenter on two of our projects: a residential tower in {{u:Lusail}} and the access roads around {{u:Al Bayt Stadium}} in {{u:Al Khor}}. He was supplied to our company, together with about forty other workers from the {{u:DPRK}}, by a subcontractor. I was not involved in the arrangements between the subcontractor and the workers, and I cannot comment on their pay.

What I can say is this. {{r:Yong-chol}} was the most careful worker in his group. On the site we called him "{{r:Johnny}}", because his Korean name was difficult for the Indian and Nepali foremen, and he accepted it with good humour. He, in turn, always called me "Sir {{r:Rodel}}". {{r:Johnny}} could read drawings better than some of my engineers. In 2016 he noticed a mistake in the rebar schedule for the podium slab that would have cost us two weeks; our structural engineer, Mr {{p:Venkat Subramanian}}, asked me to thank him in writing, which I did.

I also want to mention his coworker and friend, Mr {{r:Kye Chang-il}}, who I understand is also now in {{u:Seoul}}. {{r:Chang-il}} and {{r:Yong-chol}} worked as a pair. When {{r:Chang-il}} was injured in August 2016 (a fall from formwork, broken wrist), it was {{r:Johnny}} who carried him to our site clinic. Our nurse, Ms {{p:Grace Obinna}}, treated him. The workers' own group leader, a man we knew only as Mr {{p:Pak}}, did not allow {{r:Chang-il}} to go to {{u:Hamad General Hospital}}, and I regret that I did not insist.

The {{u:DPRK}} workers worked long hours, often beyond what our company required, and were not free to leave the camp in {{u:Industrial Area}} without Mr {{p:Pak}} or his deputy, Mr {{p:Ri}}. I reported my concerns about hours to our HSE manager, Mr {{p:Alan Fletcher}}, in 2016. I understand that these concerns are now a matter of public record following inspections by the {{u:Ministry of Labour}} and reports by the {{u:International Labour Organization}}.

I recommend Mr {{r:Hyon}} without reservation. He is honest, skilled and quick to learn. I would employ him again.

Please feel free to contact me at {{r:rodel.santos}}@gulfpearl.qa or +974 5xxx xx27. My previous supervisor, Mr {{p:Tariq Hameed}}, who also knew Mr {{r:Hyon}}, has retired to {{u:Lahore}} and can be reached through me.

Yours faithfully,

{{r:Rodel Santos}}
{{r:RODEL B. SANTOS}}
Senior Site Supervisor
{{u:Gulf Pearl Contracting W.L.L.}}

cc: {{p:Maria Santos}} (HR) - no relation
Attachment: copy of my 2016 letter of thanks to Mr {{r:Hyon}}, countersigned by {{p:V. Subramanian}}""",
    },
    {
        "id": "h34-en-11",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Nam Kyong-suk", "남경숙", "witness", ["Kyong-suk"]),
            ("So Mi-hyang", "서미향", "coworker", ["Mi-hyang"]),
            ("Ri Chun-gil", "리춘길", "supervisor", []),
        ],
        "note": "Medical log of an immigration detention centre in Bangkok: tabular entries with date, detainee ID and name, complaint, action and staff initials; Thai staff by first names with Thai titles (Nurse, Khun) outside markers; detainee names in caps and mixed case, a surname So at the start of a sentence; a restaurant manager in Vientiane mentioned in a detainee's account; hospitals and agencies public.",
        "text": """IMMIGRATION DETENTION CENTRE - {{u:Suan Phlu}}, {{u:Bangkok}}
MEDICAL ROOM DAILY LOG - Block F (women) - copy provided with detainees' consent via {{u:UNHCR}}
Transcribed by {{p:Natalie Wong}} (NGO), spellings as in the log.

Date | Time | Detainee ID / name | Complaint | Action | Staff
2019-11-02 | 08:40 | F-0213 {{r:NAM KYONG SUK}} | headache, not sleeping 4 days | paracetamol; refer to Dr | Nurse {{p:Siriporn}}
2019-11-02 | 09:15 | F-0214 {{r:SO MI HYANG}} | cough, fever 38.2 | observe, fluids | Nurse {{p:Siriporn}}
2019-11-03 | 10:00 | F-0213 {{r:NAM KYONG SUK}} | seen by Dr | sleep aid 3 days; counselling request | Dr {{p:Anan W.}}
2019-11-03 | 10:20 | F-0221 {{p:CHOE UN HUI}} | toothache | refer dentist (Thurs) | Dr {{p:Anan W.}}
2019-11-04 | 14:30 | F-0214 {{r:So Mi-hyang}} | fever 39.0 | transfer to {{u:Police General Hospital}} | Nurse {{p:Wanida}}, Dr {{p:Anan W.}}
2019-11-05 | 09:00 | F-0213 {{r:Nam Kyong-suk}} | asks about friend F-0214 | informed: in hospital, stable | Nurse {{p:Siriporn}}
2019-11-06 | 11:45 | F-0230 {{p:KIM HYANG}} | pregnant approx. 20 wks, check-up | refer {{u:Rajavithi Hospital}} ANC | Nurse {{p:Wanida}}
2019-11-07 | 16:10 | F-0214 {{r:SO MI HYANG}} | returned from hospital, pneumonia | antibiotics 7 days | Nurse {{p:Siriporn}}
2019-02-30 | 08:00 | F-0213 {{r:NAM KYONG SUK}} | [entry date as written; probably 2019-11-08] anxiety, crying | talk with interpreter | Khun {{p:Malee}} (interpreter)
2019-11-09 | 13:00 | F-0221 {{p:CHOE UN HUI}} | dentist: extraction | done | Dr {{p:Kittipong}} (visiting)
2019-11-11 | 10:30 | F-0213 {{r:NAM KYONG SUK}} | cleared for departure | medical summary given | Dr {{p:Anan Wongsakul}}

Counselling note (2019-11-08, Khun {{p:Malee}}, Korean-Thai interpreter, with Ms {{p:Yoon Hye-jin}}, {{u:UNHCR}} protection):
{{r:Nam Kyong-suk}} (F-0213) says she and {{r:So Mi-hyang}} (F-0214) worked for two years in a restaurant in {{u:Vientiane}}. So they knew each other before detention - {{r:Mi-hyang}} is "like a sister". The manager was {{r:Ri Chun-gil}}, whom they called "{{r:Ri}} 지배인". {{r:Ri}} kept their passports and took their tips. {{r:Kyong-suk}} says that when {{r:Mi-hyang}} fell ill in {{u:Vientiane}} in 2018, {{r:Ri Chun-gil}} refused to take her to a doctor and she was treated by a Lao cook, {{p:Bounmy}}, with herbal medicine. The two women left the restaurant in October 2019 with the help of a Lao tuk-tuk driver, {{p:Khamla}}, and crossed the {{u:Mekong}} to {{u:Nong Khai}}, where they were arrested by the {{u:Royal Thai Police}}. {{r:Kyong-suk}} cries when she talks about her son, {{p:Ri Song-jin}}, aged 7, who is with her mother, {{p:Pak Kum-ok}}, in {{u:Hamhung}}. She is afraid that {{r:Ri}} (the manager, no relation to her son) will report her family.
Interpreter's note: the detainee pronounced her friend's surname as "{{r:So}}"; the log spells it "{{r:SO}}", South Korean documents will spell it "{{r:Seo}}". Same person.

Nurse {{p:Siriporn}}: {{r:Mi-hyang}} still weak but cleared for travel 2019-11-11 with {{r:Kyong-suk}}. Both transferred to the care of the {{u:Embassy of the Republic of Korea}}.""",
    },
    {
        "id": "h34-mixed-09",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            (
                "Choe Ha-rim",
                "최하림",
                "relative",
                ["하림", "Ha-rim", "Harim", "崔夏林", "夏林", "Cuī Xiàlín"],
            ),
            ("Choe Kwang-nam", "최광남", "witness", ["광남"]),
            ("Sun Meiling", "쑨메이링", "relative", ["孙美玲", "메이링"]),
        ],
        "note": "Bilingual school enrolment form for the child of a former overseas worker: form labels in Korean and English, the child's name in Hangul, romanisation, Chinese characters and pinyin from a Chinese birth certificate; father's and mother's fields, guardian and emergency contacts; fullwidth letters in a pasted ID field; names with particles (광남의, 하림이는); school, district office and hospital public; impossible birth date 2012.02.30.",
        "text": """{{u:새나래학교}} 입학 지원서 / {{u:SAENARAE SCHOOL}} APPLICATION FOR ADMISSION (2024학년도)
※ 북한이탈주민 및 제3국 출생 자녀를 위한 대안학교 입학 지원서입니다. / For children of North Korean defectors, including those born in third countries.

1. 학생 인적 사항 / STUDENT
성명(한글) Name (Korean): {{r:최하림}}
성명(영문) Name (English): {{r:CHOE HA RIM}} (여권) / {{r:Choe Ha-rim}}
출생증명서상 성명 Name on Chinese birth certificate: {{r:崔夏林}} ({{r:Cuī Xiàlín}})
생년월일 Date of birth: 2012. 02. 30. (출생증명서 원문 그대로 - 실제 2012. 03. 01.로 추정, 담당 {{p:홍지수}} 확인)
출생지 Place of birth: {{u:중국}} {{u:랴오닝성}} {{u:둥강시}}
외국인등록번호 / 주민등록번호: １２０３０１－４＊＊＊＊＊＊ (복사 붙여넣기 - 전각 문자)
현 주소 Address: {{u:경기도}} {{u:시흥시}} (상세 생략)
사용 언어 Languages: 중국어(상), 한국어(중), 영어(하)
이전 학교 Previous school: {{u:东港市第三小学}} ({{u:Donggang No. 3 Primary School}}), 4학년 수료

2. 부모 / PARENTS
부 Father: {{r:최광남}} ({{r:CHOE KWANG NAM}}), 1980년생, 북한이탈주민 (2021 입국). 직업: 용접공
 - 해외 파견 경력: {{u:중국}} {{u:둥강}} 수산물 가공 공장 관리 보조 (2009~2015), 이후 공장 이탈
모 Mother: {{r:孙美玲}} ({{r:Sun Meiling}} / {{r:쑨메이링}}), 중국 국적, 1986년생. 현재 {{u:둥강}} 거주
 - 부모 관계: 사실혼 (혼인 신고 안 됨)

3. 보호자 / GUARDIAN (학생과 동거하는 사람)
성명 Name: {{r:최광남}} (부) / 연락처 010-xxxx-2218
비상연락처 Emergency contact 1: {{p:김향란}} (고모, father's sister) 010-xxxx-7741
비상연락처 Emergency contact 2: 관할 경찰서 신변보호담당관 (학교 측 메모: 경찰관 성명·개인 연락처는 기재하지 말 것)

4. 지원 동기 / WHY DO YOU WANT TO STUDY HERE? (학생 본인 작성 / written by the student)
저는 {{r:최하림}}입니다. {{u:중국}}에서는 {{r:夏林}}이라고 불렸습니다. 아빠 {{r:광남}}이 먼저 {{u:한국}}에 와서 2022년에 저를 데리러 왔습니다. 엄마는 {{u:중국}}에 있습니다. 엄마 이름은 {{r:메이링}}입니다. 한국 학교에서는 친구들이 제 말투를 이상하다고 해서 {{u:새나래학교}}에 오고 싶습니다. 제 친구 {{p:林佳怡}}({{p:린자이}})도 {{u:중국}}에서 왔는데 여기 다닙니다. 저는 커서 간호사가 되고 싶습니다. 그리고 엄마를 {{u:한국}}에 모셔 오고 싶습니다.

5. 보호자 의견 / GUARDIAN'S STATEMENT
저 {{r:최광남}}의 딸 {{r:하림}}이는 {{u:중국}}에서 태어나 한국말이 서툽니다. {{r:하림}}이는 엄마 {{r:메이링}}과 떨어져 많이 힘들어합니다. 저는 {{u:둥강}} 공장에서 일할 때 {{r:하림}}이 엄마를 만났습니다. 저는 공장에서 북측 관리원 {{p:리명실}} 밑에서 일했고, 그 공장 일을 지금 {{u:통일부}}와 인권단체에 증언하고 있습니다. 그래서 학교에서 {{r:하림}}이의 이름이 밖으로 나가지 않도록 부탁드립니다.

6. 첨부 서류 / DOCUMENTS
☑ 출생증명서 사본 (중국어, 번역 공증: {{p:왕수진}} 행정사) ☑ {{u:하나원}} 수료증 사본 (부) ☑ 건강검진 결과 ({{u:시흥시보건소}}) ☐ 이전 학교 성적표 (요청 중)

[학교 사용란 / FOR SCHOOL USE]
접수: 2024. 1. 15. / 면접: {{p:홍지수}} 교사, {{p:안태경}} 교감 / 결과: 합격 - 중국어 지원반 배정 (담임 {{p:여은비}})
메모: {{r:Ha-rim}} speaks Mandarin at home with her father. 학생이 "{{r:Harim}}"이라고 영어 이름 칸에 썼음 - 여권상 표기와 다름, 그대로 둠.""",
    },
    {
        "id": "h34-en-12",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Chae Un-gyong", "채은경", "witness", ["Un-gyong", "蔡恩京", "Cai Enjing"]),
            ("Ri Mi-ok", "리미옥", "supervisor", ["Mi-ok", "李美玉", "Li Meiyu"]),
            ("Wang Lihua", "왕리화", "coworker", ["Lihua", "王丽华"]),
        ],
        "note": "Social-compliance audit notes from a seafood processing plant in Donggang: DPRK workers' names in Korean romanisation, Chinese characters and pinyin from the factory roster; Chinese staff with surname + title (Manager Sun, Ms Zhou) and 老/小 prefixes outside markers; interview codes; a very long paragraph; the auditing firm, buyer brand and plant are public companies; bare surnames Wang, Chae, Sun; the worker calls the team leader 'Mi-ok 동지'.",
        "text": """SOCIAL COMPLIANCE AUDIT - WORKER INTERVIEW NOTES (EXTRACT, CONFIDENTIAL)
Audit firm: {{u:Meridian Ethical Audits Ltd}}, {{u:Hong Kong}}
Site: {{u:Donggang Haiyang Food Co., Ltd.}} ({{u:东港海洋食品有限公司}}), {{u:Donggang}}, {{u:Liaoning}}
Commissioned by: {{u:Nordhavn Seafood AB}} ({{u:Gothenburg}})
Lead auditor: {{p:Emily Tan}}; co-auditor: {{p:Zhao Jun}}; Korean interpreter: {{p:Jin Xiuying}} ({{p:김수영}}), Korean-Chinese, hired locally
Audit dates: 12-14 June 2017 (announced), follow-up 30 February 2018 (as typed in the firm's schedule; the visit took place on 1 March)

1. Management interview
General manager {{p:Sun Guoqiang}} ({{p:孙国强}}) and HR officer Ms {{p:Zhou Li}} stated that the plant employs 420 workers, "all Chinese, some ethnic Korean". The worker roster provided on day 1 listed 386 names. On day 2 the auditors observed a separate production hall (hall 4, squid and pollock) with approximately 70 women who were not on the roster. Manager {{p:Sun}} stated these were "trainees from a partner agency". Ms {{p:Zhou}} later provided a second list, titled in Chinese "朝鲜研修生名单", with 68 names written in Chinese characters, e.g. {{r:蔡恩京}}, {{r:李美玉}}, {{p:金红花}}, {{p:朴英玉}}, {{p:韩春实}}. The list gives {{r:李美玉}} as "带队" (team leader).

2. Worker interviews (hall 4) - codes W-41 to W-46
Interviews took place in the canteen with the interpreter only. The team leader, {{r:Ri Mi-ok}} ({{r:李美玉}}, pinyin "{{r:Li Meiyu}}" on the roster), insisted on being present for the first two interviews; the auditors asked her to leave, and she waited at the door. Interviews W-41 and W-42 are therefore of limited value.

W-43: {{r:Chae Un-gyong}} (roster: {{r:蔡恩京}}, pinyin "{{r:Cai Enjing}}"), 26, from {{u:Sinuiju}}. She said the women work from 6:30 to 21:00 with two breaks, seven days a week except on Chinese public holidays, that they have never been paid directly, and that their passports are "kept by the team leader for safety". She described the wage as "sent home by the team leader" and said that each woman receives about 150 yuan a month for soap and sanitary items; {{r:Un-gyong}} said that in the winter of 2016 several women had frostbite on their fingers from the freezing room, and that one woman, whom she named as {{p:Kim Hong-hwa}} ({{p:金红花}}), had been sent home after she fainted on the line and was never replaced; asked who decides on sick leave, she said "{{r:Mi-ok}} 동지" and then corrected herself to "the team leader"; asked whether she could leave the dormitory, she said that the women go out once a month in a group to the market, accompanied by {{r:Ri Mi-ok}} and a Chinese driver, Old {{p:Liu}} ("老{{p:刘}}"), and that she had never been to the sea although the plant is 800 metres from it; she asked the interpreter, {{p:Jin Xiuying}}, whether it was true that in {{u:South Korea}} factory workers have their own phones, and then asked that this question not be written down; she gave the name of her closest friend on the line as {{p:Pak Yong-ok}} ({{p:朴英玉}}) and of the woman in charge of the dormitory as {{p:Han Chun-sil}}, whom the Chinese staff call Xiao {{p:Han}} ("小{{p:韩}}"); she stated that the only Chinese worker who spoke to them regularly was a line supervisor named {{r:Wang Lihua}} ({{r:王丽华}}), who sometimes brought fruit, and that "{{r:Lihua}} 언니" had been moved to another hall after {{r:Ri Mi-ok}} complained; {{r:Chae}} finished the interview by saying she did not want anything to change because "if it changes, we go home and the next group comes".

W-44 to W-46: similar statements; names withheld at the workers' request.

3. Chinese staff interview
{{r:Wang Lihua}} (line supervisor, hall 2, formerly hall 4) confirmed that the Korean women work longer hours than Chinese workers and that their wages are paid by the plant "to the agency". {{r:Wang}} stated that Manager {{p:Sun}} told her not to speak to "the North Korean girls". {{r:Lihua}} asked for her name to be kept out of the report; the auditors agreed. Her husband, {{p:Gao Feng}}, also works at the plant as a forklift driver.

4. Findings (summary)
Zero tolerance: forced labour indicators (retention of identity documents, withheld wages, restriction of movement). Recommended action to the buyer: suspend orders pending remediation; notify under the {{u:UN Security Council}} sanctions regime, given {{u:Security Council resolution 2375}} on work authorisations for {{u:DPRK}} nationals.
Auditor's note: {{p:Zhao Jun}} has been asked by Manager {{p:Sun}} for the names of the workers interviewed. This request was refused. - {{p:E. Tan}}""",
    },
]
