# ruff: noqa: E501
"""Held-out evaluation passages, set 52. Built by build_heldout.py heldout52.

Fifty documents of the kind an NGO working on North Korean workers sent abroad
actually holds, written blind (the finder's code was not read). A minority are the
core material staff type every day (interview summaries, question-and-answer
transcripts, e-mail threads, chat exports, phone-call notes, hotline logs,
translators' notes); the rest are genres no earlier set used (toolbox-talk
attendance sheets, lifeboat muster lists, code-review threads, suspicious-activity
report narratives, ambulance patient-care reports, repatriation-of-remains
checklists, heat-stress monitoring logs, settlement agreements, character
references for naturalisation, online account-attribution worksheets, port state
control detention reports, physiotherapy progress notes, online ask-me-anything
threads, near-miss reports, job-centre counselling records, industrial-accident
compensation claims, family-reunion applications, shelter chore rotas, choir
attendance books, first-birthday invitations with replies, ancestral-rite name
lists, medication administration records, translated loyalty pledges, sleep
diaries, brokers' fee ledgers, hiking-club attendance, pen-pal letters, translated
Russian administrative-offence records, work-patent payment receipts, sawmill shift
output boards, Chinese IOUs, restaurant promotional posts, satellite-phone call
logs, exchange KYC review notes, applicant-tracking exports, sanctions-screening
reviews, residence-transfer requests, bereavement-leave requests, whiteboard
transcriptions, video descriptions with comments, safe-house supply rotas,
vocational licence result notices and donor thank-you card batches), in English,
Korean and mixed Korean/English with Russian, Chinese, Arabic, Mongolian, Japanese,
Indonesian, Thai, Lao, Vietnamese and Polish. All persons are fictional; real
public figures are mentioned only neutrally.

Labelling convention (as in the preceding sets):
- {{r:...}} a mention of a registered private person (listed in the passage's
  "persons" as (romanized name, Hangul name, role, aliases)); {{p:...}} a mention
  of an unregistered private person; {{u:...}} a public name: a real public figure,
  a real place, a real organisation or company, a real ship, app or platform.
- Every fictional person is private, whatever their office (a fictional minister,
  judge, police officer, consul, doctor, inspector, pastor or interpreter is private).
- Invented businesses, sites, churches and vessels are left unmarked.
- A mention is labelled as the text writes it: the name only, without particles
  (박철민이 -> {{r:박철민}}이; the affectionate suffix 이 after a given name also stays
  outside) and without titles (리 반장님 -> {{r:리}} 반장님, Mr {{p:Ho}}, Dr {{p:X}}),
  but Chinese forms of address are labelled whole (老周, 小王, 王总) and Russian
  and Polish names keep their case endings (Пака, Кима, Kima).
- A nickname, alias or online persona that refers to a person is a mention of that
  person; the same word used as an ordinary word is not.
- In an e-mail address or login only the part that spells the person's name is
  labelled; role accounts are unmarked.
- A surname discussed as a word is unmarked, and so are ordinary words that look
  like names (이상, 위해, "No,", "So,", "an", "do", "song", "moon").
- Country names are public places whenever they stand as nouns, also attributively
  (DPRK, 북한 사람, 중국 돈); nationality adjectives and derived words (Korean,
  한국어, 중국산, 러시아인) are not marked.
- A possessive 's, a plural -s, particles and emoji stay outside a mention;
  zero-width characters, fullwidth letters and a line break inside a name stay
  inside. Initials standing for a person are mentions.
- Generic kinship or role words used instead of a name (엄마, 형, 반장, "the cook")
  are not mentions.
"""

PASSAGES: list[dict] = [
    {
        "id": "h52-en-01",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("So Kwang-nam", "소광남", "witness", ["Kwang-nam", "SO KVAN NAM"]),
            ("Do Hyon-chol", "도현철", "supervisor", ["Hyon-chol"]),
        ],
        "note": "Toolbox-talk attendance sheet from a Vladivostok housing site, transcribed from a phone photo; names in Cyrillic capitals; surnames So, Do, An, Ha, No, Song, Jo beside the words so, do, an, no, song; Russian engineer with initials and with name and patronymic; CRLF.",
        "text": """TOOLBOX TALK ATTENDANCE - transcribed from the witness's phone photo
Transcribed by: {{p:Naomi Park}} (casework volunteer), 4 June 2024
Original: one A4 sheet, printed Russian form, names handwritten in Cyrillic by the brigade leader

Site: residential block 7, {{u:Sedanka}}, {{u:Vladivostok}}
Date: 14.08.2019, 07:10-07:25
Topic: work at open slab edges; checking harness lanyards
Talk given by: {{p:Гусев А.В.}}, safety engineer of the general contractor
Translated for the Korean workers by: {{r:Do Hyon-chol}} (brigade leader)

No. | Name as written | Trade | Signed
1 | {{r:ДО ХЁН ЧОЛЬ}} | brigade leader | yes
2 | {{r:СО КВАН НАМ}} | formwork | yes
3 | {{p:ЧХВЕ ЁН СУ}} | formwork | yes
4 | {{p:КАН ИР}} | rebar | yes
5 | {{p:АН ЧХОЛЬ МИН}} | rebar | yes
6 | {{p:ХА ЁН ИЛЬ}} | welder | yes
7 | {{p:ЮН СОН ДЖИН}} | welder | X only
8 | {{p:ЧО МЁН ХО}} | concrete | yes
9 | {{p:НО ГВАН У}} | concrete | yes
10 | {{p:СОН ЧХОН ИК}} | labourer | crossed out

Volunteer's notes (after a call with the witness, interpreter {{p:Lee Bo-ram}})
- Mr {{r:So}} says everyone signed before the talk had even started; {{r:Hyon-chol}} stood at the door and handed the pen to each man. So the signatures do not show that anyone understood a word.
- Row 7: {{p:Yun}} could not write Russian letters and made a cross. {{r:So Kwang-nam}} believes {{p:Yun Song-jin}} is the man who fell from the fourth floor in October of the same year (see the ambulance file 2019-10). Please do not merge the two files until this is confirmed.
- Row 10: {{p:Song}} was crossed out because he was lying in the dormitory with a fever. The witness hummed a song {{p:Song}} used to sing on the bus; he asked that it be noted that {{p:Chon-ik}} had a good voice.
- Row 5: this is an {{p:An}} from {{u:Hamhung}}, not the {{p:An}} in the second brigade. The witness calls the first one "{{p:Big An}}".
- Row 9: No, the witness is sure: {{p:No Kwang-u}} signed for himself. {{p:No}} was the only one on the team who could read the Russian heading, and he read it aloud to {{p:Jo}} and {{p:Ha}}.
- {{p:Гусев}} never spoke to the Korean workers directly. According to the witness, {{r:Do}} translated the first sentence and then said in Korean: "You know all this already, just sign."
""",
    },
    {
        "id": "h52-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yu Chang-sop", "유창섭", "witness", ["Chang-sop", "YU CHANG SOP"]),
            ("Mun Kyong-su", "문경수", "coworker", ["Moon Kyong Su", "Kyong-su"]),
        ],
        "note": "Lifeboat muster list from a tuna longliner, annotated after an interview; crew in capitals, Chinese officers, Indonesian single names, a Filipino nickname; surname Moon beside the ordinary word moon, Yu beside you; a minder listed as the cook; the word cook not a mention.",
        "text": """MUSTER LIST - F/V XIN HAI 826 (flag: {{u:Vanuatu}})
Posted in the mess room. Photographed by a crew member; copy given to the NGO's maritime researcher, {{p:Tom Aldridge}}, in {{u:Port Louis}}, November 2021.

Master: {{p:ZHOU Haibin}}
Chief officer: {{p:LIN Zhiqiang}}
Chief engineer: {{p:CHEN Guoliang}}

Signals
7 short + 1 long blasts: general emergency, go to muster station A (aft deck, port side)
Continuous bell: fire, go to muster station B (wheelhouse deck)

Duty | In charge | Substitute
Liferaft No. 1, launching | {{r:YU CHANG SOP}} | {{r:MOON KYONG SU}}
Liferaft No. 2, launching | {{p:PAK SONG HUN}} | {{p:RI TAE MYONG}}
EPIRB from bridge | {{p:WANG Jun}} | {{p:SUTRISNO}}
SART and flares | {{p:SUTRISNO}} | {{p:AGUS SETIAWAN}}
Blankets and water | {{p:HYON CHANG GIL}} (cook) | {{p:HO KWANG IL}}

Researcher's annotations (interview with Mr {{r:Yu}}, 3 March 2022, interpreter {{p:Seo Hyun-ah}})

1. Mr {{r:Yu}} says the list went up on the wall the day before the flag-state inspection in {{u:Suva}} and came down the day after. In fourteen months on board he remembers no drill. "If you ask the Indonesians they will say the same," he said; {{p:Agus}} had told him the same thing about an earlier trip.

2. "{{r:MOON KYONG SU}}" is how the Chinese officers spelled the name; he himself writes it {{r:Mun Kyong-su}}. {{r:Kyong-su}} was made substitute on the raft because he was the only one of the Koreans who could swim. On the night the line hauler caught fire there was no moon, and it was {{r:Mun}} who found the flare box by touch.

3. {{p:HYON CHANG GIL}} is listed as cook, but according to Mr {{r:Yu}} the cook was in fact {{p:Jomar}}, the Filipino, whom everyone called "{{p:Joms}}". {{p:Hyon}} was the minder sent with the six North Koreans. He kept their seaman's books in the wheelhouse safe and sat in on every conversation the master had with them. {{p:Hyon}} never touched a pot, Mr {{r:Yu}} laughed.
""",
    },
    {
        "id": "h52-en-03",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ro Un-song", "로은성", "witness", ["Un-song", "Roh Eun-sung"]),
            ("Jang Kum-chol", "장금철", "coworker", ["Kum-chol"]),
        ],
        "note": "Code-review thread exported from a private repository and annotated by a researcher; IT workers behind Western personas; persona names, GitHub logins and commit e-mail local parts labelled; a reviewer called Song, the word 'do', an employer's real staff names; a nickname for a young programmer.",
        "text": """EXPORT: pull request #412 "Fix payment webhook retry" (provided by the employer's counsel; repository name removed)
Platform: {{u:GitHub}}
Annotations in [brackets] by {{p:Hana Seo}}, research officer, after two sessions with {{r:Ro Un-song}}

---
@{{p:jasonwu}}-dev opened this pull request on 3 Feb 2022
  Retries now back off exponentially. Tested locally. Please review @{{p:mkowalski}} @{{p:priya}}-s

@{{p:mkowalski}} commented on 3 Feb 2022
  Looks fine, but why is the timezone in every commit UTC+8 when {{p:Jason}} is supposedly in {{u:Austin}}? Not blocking, just curious lol

@{{p:jasonwu}}-dev commented on 4 Feb 2022
  I travel a lot for family. Will rebase today.

@{{p:priya}}-s requested changes on 4 Feb 2022
  Please do not swallow the exception on line 88. Also the test names are in a language I can't read?

@{{p:jasonwu}}-dev commented on 5 Feb 2022
  Sorry, auto-translated by my IDE. Fixed.

Commit 9f3e1a2 (author: {{p:Jason Wu}} <{{p:jason.wu.dev}}@gmail.com>)
  Co-authored-by: {{p:Kevin Tran}} <{{p:kevintran}}.codes@outlook.com>
Commit b71c0d4 (author: {{p:Jason Wu}} <{{p:jason.wu.dev}}@gmail.com>)
  Signed-off-by: {{p:Daniel Song}} <{{p:dsong}}@employer-domain>

@{{p:dsong}} approved these changes on 6 Feb 2022
  Merging. {{p:Jason}}, can you hop on the standup tomorrow with video for once?
---

[A1] Mr {{r:Ro}} identified the account "{{p:Jason Wu}}" as one his team in {{u:Shenyang}} ran in shifts from 2021 to early 2022. Three people typed under it: {{r:Un-song}} himself, {{r:Jang Kum-chol}}, and a 19-year-old they called "{{p:Little Pyong}}" ({{p:Kim Pyong-il}}). {{r:Kum-chol}} wrote most of the code; {{r:Ro}} did the chat because his English was best.

[A2] "{{p:Kevin Tran}}" was a second persona on the same laptop. {{r:Roh Eun-sung}} (the spelling on his South Korean ID) says {{p:Kevin}} was used for a different client and that "{{p:Kevin}} and {{p:Jason}} should never appear together". This commit is the mistake that shows they did.

[A3] The test names in Korean were written by {{p:Pyong-il}}. {{r:Un-song}} remembers the team leader, {{p:Sim Yong-bom}}, slapping him for it.
""",
    },
    {
        "id": "h52-en-04",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Han Song-mi", "한성미", "relative", ["Song-mi"]),
            ("Han Yong-dok", "한영덕", "witness", ["Yong-dok"]),
        ],
        "note": "Bank suspicious-activity report narrative shared by the account holder's lawyer; subjects in capitals with account numbers, Chinese and Russian counterparties, a compliance analyst and her manager; surname Han beside the place name Han River; CRLF.",
        "text": """SUSPICIOUS ACTIVITY REPORT - NARRATIVE SECTION (copy released to the subject's counsel under a court order; identifiers of bank staff other than the filer retained as released)

Filing institution: retail bank, {{u:Seoul}} branch network
Prepared by: {{p:Jung Ha-eun}}, AML analyst
Reviewed by: {{p:Baek Sung-ho}}, head of financial crime compliance

Subject 1: {{r:HAN SONG-MI}} (DOB 1988-05-19), account ending 4471
Subject 2 (counterparty): {{p:LIU Chunmei}}, individual, {{u:Yanji}}, {{u:China}}
Subject 3 (counterparty): {{p:TSOI Vadim}}, individual, {{u:Khabarovsk}}, {{u:Russia}}

Narrative
Between 2 March and 29 August 2023 the account of Subject 1 received eleven incoming transfers totalling KRW 38,600,000 through two payment apps and a money-transfer operator. Nine transfers originated from Subject 2 (Ms {{p:Liu}}), two from Subject 3 (Mr {{p:Tsoi}}). Within 48 hours of each credit, Ms {{r:Han}} withdrew most of the amount in cash at branches near the {{u:Han River}}.

At a branch interview on 7 September 2023, Ms {{r:Han}} stated that the money was her brother's wages from construction work in {{u:Khabarovsk}}, and that her brother, {{r:HAN YONG-DOK}}, had "left {{u:North Korea}} for work" and was unable to hold an account. She stated she did not know Ms {{p:Liu}} personally and that {{p:Liu Chunmei}} was "the person who carries the money for Korean workers there". She named a second intermediary, a man she called "Uncle {{p:Choi}}", whom she had never met.

The analyst notes that remittances from a {{u:DPRK}} national working abroad may implicate sanctions and that the customer's explanation could not be verified. The account was restricted on 12 September 2023.

Counsel's note appended to the copy (from Attorney {{p:Oh Min-seo}}, 18 March 2024):
1. Ms {{r:Song-mi}} is a resettled North Korean and a client of our office. Her brother {{r:Yong-dok}} escaped from the {{u:Khabarovsk}} site in January 2024 and is now in {{u:Seoul}}. He confirms the transfers were his own savings, carried by {{p:Liu}}, and that "Uncle {{p:Choi}}" is {{p:Choi Dong-man}}, a cook at the workers' canteen who also took a 15% cut.
2. {{p:Tsoi}} is an ethnic Korean taxi driver in {{u:Khabarovsk}}. Mr {{r:Han}} says {{p:Vadim}} helped him twice without taking a fee.
""",
    },
    {
        "id": "h52-en-05",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kye Chol-ho", "계철호", "witness", ["Chol-ho", "KYE CHOL HO"]),
        ],
        "note": "Ambulance patient-care report from a Doha construction site; paramedic crew with Indian, Qatari and Filipino names, site foreman, a co-worker giving a false name; patient in capitals and as 'Mr Kye'; real ambulance service and hospital public; fullwidth letters in the printed patient name.",
        "text": """PATIENT CARE REPORT (copy obtained by the patient, typed out by the NGO because the scan is faint)
Service: {{u:Hamad Medical Corporation}} Ambulance Service
Incident no.: 2019-11-0437    Unit: A-112
Crew: {{p:Rajesh Nair}} (paramedic, lead), {{p:Khalid Al-Marri}} (paramedic), {{p:Joy Santos}} (EMT trainee)

Time of call 10:42 | On scene 10:58 | Depart scene 11:21 | At hospital 11:44
Location: building site, plot 23, {{u:Lusail}}
Caller: site safety officer {{p:Imran Qureshi}}, mob. on file

PATIENT
Name (as given by co-worker, typed in fullwidth by the form system): {{r:ＫＹＥ ＣＨＯＬ ＨＯ}}
Nationality: {{u:DPRK}}    Age: approx. 30    ID: not produced (foreman states passports "kept in office")

HISTORY
Per co-worker, who gave his name as "Mr {{p:Kim}}" and refused to give a first name: patient fell approx. 3 m from scaffold platform at approx. 10:30, landed on left side. Foreman {{p:Ri Myong-guk}} arrived during assessment and asked the crew to treat the patient on site rather than transport. Crew declined. Mr {{p:Ri}} then insisted on accompanying the patient; {{p:Nair}} allowed one escort.

ASSESSMENT
GCS 15. Pain 8/10 left chest and wrist. Deformity left wrist. Reduced air entry left base. SpO2 93% on air. Patient answers questions only after looking at the foreman.

TREATMENT
O2 via mask. Splint left wrist. IV access by {{p:Al-Marri}}. Fentanyl per protocol.

HANDOVER
To triage nurse {{p:Maryam Hussain}} and Dr {{p:S. Fernando}}, {{u:Hamad General Hospital}} emergency department, 11:44.

Crew remarks ({{p:R. Nair}}): The escort ({{p:Ri}}) answered for the patient repeatedly. When {{p:Joy}} asked the patient his name directly, the escort replied. Patient said one word in English, "{{r:Chol-ho}}", pointing to himself. Recommend the hospital social worker is informed.

NGO note ({{p:Grace Ahn}}, caseworker, 2024): Mr {{r:Kye}} confirms the report. The co-worker who called himself "Mr {{p:Kim}}" was in fact {{p:Paek Se-jin}}, who had been told not to give his real name. {{r:Kye Chol-ho}} was sent back to {{u:Pyongyang}} six weeks later with the wrist still in plaster; he escaped on a later posting to {{u:Russia}}.
""",
    },
    {
        "id": "h52-en-06",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Kim Yong-nam", "김영남", "other", ["Yong-nam"]),
            ("Kim Ok-hui", "김옥희", "relative", ["Ok-hui"]),
        ],
        "note": "Repatriation-of-remains checklist with funeral director's e-mails, Kuwait; the deceased registered and named in Arabic script on the permit; a private Kim beside a surname-only consular officer, an embalmer, a Kuwaiti police officer; a public figure named neutrally; mixed line endings.",
        "text": """REPATRIATION OF REMAINS - CHECKLIST (funeral director's working copy, forwarded to the NGO by the family's lawyer)
Deceased: {{r:KIM YONG NAM}}    Arabic on death permit: {{r:كيم يونغ نام}}
Date of death: 17.06.2020, {{u:Al Jahra}}, {{u:Kuwait}}
Next of kin (per employer): none recorded. Per NGO: wife {{r:Kim Ok-hui}}, {{u:Sinuiju}}.

[x] Death notification from police - signed Sgt. {{p:Faisal Al-Enezi}}, {{u:Jahra}} police station
[x] Medical report - Dr {{p:Anil Kumar}}
[x] Embalming certificate - {{p:Mohammed Riyaz}} (embalmer)
[ ] Consular mortuary certificate - {{u:DPRK}} embassy, officer {{p:Jo}} (no first name given)
[x] Airline booking (cargo) - {{u:Kuwait Airways}}, via {{u:Beijing}}
[ ] Escort - co-worker {{p:Kim Chun-sik}} named by employer, then withdrawn

From: {{p:Sandeep Rao}} <{{p:sandeep.rao}}@...>
To: {{p:Leah Friedman}} (NGO)
Date: 2 July 2020
{{p:Leah}}, the embassy sent Mr {{p:Jo}} with a letter saying the body will not be released to anyone except the company. They gave us no name for the family. Your note says Mrs {{r:Kim}} ({{r:Ok-hui}}) is the widow; is there any document we can use? I cannot put "{{r:Kim Ok-hui}}, {{u:Sinuiju}}" on a cargo manifest without a consular stamp.
Also: the company says the escort will now be a man named {{p:Pang}}, not {{p:Kim Chun-sik}}. {{p:Pang}} came to our office and asked to see the face. We refused until the paperwork is complete.
{{p:Sandeep}}

From: {{p:Leah Friedman}}
To: {{p:Sandeep Rao}}
Date: 3 July 2020
Thank you, {{p:Sandeep}}. We have no document; {{r:Ok-hui}} is inside the {{u:DPRK}} and we know of her only through a co-worker who left, {{p:Chae Myong-jin}}. {{p:Myong-jin}} says {{r:Yong-nam}} had complained of chest pain for a week and was told to keep working. Please photograph the body before release if you can do so lawfully; Dr {{p:Kumar}}'s report mentions bruising on the forearms.
The embassy itself is not something we can approach. We will write to the {{u:Kuwait Society for Human Rights}}.
{{p:Leah}}
""",
    },
    {
        "id": "h52-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Sok Chang-ho", "석창호", "witness", ["Chang-ho", "Seok Chang-ho"]),
            ("O Myong-guk", "오명국", "supervisor", []),
            ("Ha Jin-u", "하진우", "coworker", ["Jin-u"]),
        ],
        "note": "Third-person interview summary, logging camp in Amur Oblast; a one-letter surname O beside o'clock and the interjection, Ha beside a laugh, Russian names with case endings in quoted speech, Russian diminutives, a dog's name that is not a person, the word 'the cook'; text continues well beyond the first paragraph.",
        "text": """INTERVIEW SUMMARY (third person) - case NK-L-0912
Interviewee: {{r:SOK Chang-ho}} (South Korean documents: {{r:Seok Chang-ho}})
Interviewer: {{p:Rebecca Lim}}; interpreter: {{p:Yang Ji-soo}}
Date and place: 22 January 2024, NGO office, {{u:Seoul}}; 2 h 40 min

1. Background
Mr {{r:Sok}} was born in 1979 in {{u:Kilju}}. He was selected for logging work in {{u:Russia}} in 2014 through a forestry enterprise in his county and was sent with 31 other men by train from {{u:Pyongyang}} to {{u:Khasan}} and on to a camp about 80 km north of {{u:Tynda}}, {{u:Amur Oblast}}.

2. The camp
The camp was run by a North Korean enterprise under contract to a Russian timber company whose name Mr {{r:Sok}} never learned; the Russians at the camp called their boss "{{p:Palych}}". The Korean side was led by {{r:O Myong-guk}}, whom the men called simply "{{r:O}} the chief". Mr {{r:Sok}} explains that {{r:O}} was strict about the morning line-up: at six o'clock sharp everyone stood in front of the portrait of {{u:Kim Il Sung}} and {{u:Kim Jong Il}} while {{r:O}} read the daily quota. "Oh, he loved that hour," Mr {{r:Sok}} said.

3. Work and pay
Each team of four had to fell and skid a set volume per day. Mr {{r:Sok}} worked with {{r:Ha Jin-u}}, {{p:Ri Kwang-song}} and a young man from {{u:Hyesan}} known only as "{{p:Cheol-i}}" (the interpreter notes it could be {{p:Chol}} with the affectionate ending). {{r:Jin-u}} was the saw operator. Pay was calculated by the cubic metre, but after the "plan contribution", food and lodging, Mr {{r:Sok}} received about 2,000 roubles a month in cash. He says {{r:Ha}} once asked {{r:O}} for a written account and was made to write a self-criticism instead. Ha, he said, laughing, that was the last time anyone asked.

4. The accident of February 2015
A tree split while {{r:Ha}} was cutting and a branch struck {{p:Ri Kwang-song}} on the head. The Russian driver, whom the workers called {{p:Vitya}}, took {{p:Kwang-song}} to the hospital in {{u:Tynda}} in his truck. Mr {{r:Sok}} recalls {{p:Vitya}} shouting at {{r:O}}: "{{p:Вите}} всё равно, я его везу!" ({{p:Vitya}} doesn't care, I'm taking him). {{r:O}} reported to the enterprise that {{p:Ri}} had been careless. {{p:Kwang-song}} was sent home in April with headaches that never stopped. Mr {{r:Sok}} heard from {{p:Ri}}'s cousin, {{p:Ri Kwang-ok}}, that he died in 2017.

5. Leaving the camp
In August 2016 Mr {{r:Sok}} and {{r:Jin-u}} walked out at night and reached the railway. A Russian woman at the station, {{p:Tamara Ivanovna}}, sold them tickets without asking for passports; they had none, because {{r:O}} kept them. Mr {{r:Sok}} stayed in {{u:Russia}} until 2019, working for cash on dachas near {{u:Vladivostok}}, and reached {{u:South Korea}} through {{u:Mongolia}}. {{r:Ha Jin-u}} was caught in {{u:Ussuriysk}} in 2017. Mr {{r:Sok}} does not know what happened to {{r:Jin-u}} after that.

6. Other names
- "Bear": the camp dog, not a person.
- {{p:Ko Yong-man}}, the cook, who secretly gave {{r:Chang-ho}} bread for the road. Mr {{r:Sok}} asks that {{p:Ko}} be protected above all; he believes {{p:Ko}} is still in {{u:Russia}}.
""",
    },
    {
        "id": "h52-en-08",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Choe Un-hyang", "최은향", "witness", ["Un-hyang", "Choi Eun-hyang"]),
            ("Ryu Pong-su", "류봉수", "supervisor", ["Pong-su"]),
        ],
        "note": "E-mail thread between a caseworker, an outside lawyer and an interpreter about a restaurant worker's claim; quoted replies with '>' markers, signatures with names and e-mail local parts, a role mailbox not labelled, surname Ryu/Yu confusion discussed, a Chinese manager with a form of address; CRLF.",
        "text": """From: {{p:Mina Cho}} <{{p:mina.cho}}@ngo-mail.org>
To: {{p:Jonathan Reyes}} <{{p:jreyes}}@lawfirm-mail.com>
Cc: {{p:Kyung-ah Park}} <interpreting@ngo-mail.org>
Subject: RE: RE: {{r:Choe}} - restaurant claim, next steps
Date: Tue, 9 Apr 2024 16:02

{{p:Jonathan}},

Thanks for the call this morning. To answer your two questions:

1. Yes, Ms {{r:Choe Un-hyang}} is the same person as "{{r:Choi Eun-hyang}}" on her resident card. The Chinese police record spells her as CUI ENXIANG; I've asked {{p:Kyung-ah}} to confirm the characters.

2. The manager she names is {{r:Ryu Pong-su}}. In her first interview the note-taker wrote "Yu", which is wrong; {{r:Ryu}} is the North Korean spelling and the one she uses. The Chinese owner of the building was Mr {{p:Gao}}, whom the staff called {{p:高总}}.

Ms {{r:Choe}} is fine with a video meeting on the 16th if {{p:Kyung-ah}} interprets. She asked again that nothing be sent to her workplace address.

Best,
{{p:Mina}}
--
{{p:Mina Cho}} | Casework Coordinator

> From: {{p:Jonathan Reyes}}
> Sent: Tue, 9 Apr 2024 11:40
> {{p:Mina}}, quick recap of what I need before filing:
> (a) confirmation that "{{r:Choi}}" and "{{r:Choe}}" are one person;
> (b) the full name of the manager ("{{r:Pong-su}}"?) and the owner;
> (c) whether the other waitresses ({{p:Kim Hyang-mi}}, {{p:Ri Sol-ju}}? - surely not, please check the spelling - and "{{p:Ok-bun}}") could be witnesses.
> {{p:J.R.}}

>> From: {{p:Kyung-ah Park}}
>> Sent: Mon, 8 Apr 2024 21:15
>> Dear both, on (c): the second waitress is {{p:Ri Sol-hui}}, not the other name - my typo, sorry! {{p:Ok-bun}} is a nickname; her name is {{p:Han Ok-bun}} according to Ms {{r:Choe}}. {{p:Hyang-mi}} returned to {{u:Pyongyang}} in 2020. Ms {{r:Choe}} also mentioned a cook, {{p:Pyon}}, and {{p:Pyon}}'s wife, who did the accounts, but could not remember the wife's name.
>> {{p:Kyung-ah}}
""",
    },
    {
        "id": "h52-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Chon Hak-chol", "전학철", "witness", ["Hak-chol", "CHON HAK CHOL"]),
            ("Sin Tong-il", "신동일", "supervisor", []),
        ],
        "note": "Heat-stress monitoring log from a Kuwaiti site with WBGT readings and worker checks; names in capitals, Nepali, Bangladeshi and Egyptian workers and an Indian nurse; Korean surnames Sin, Chon, Yu; the word 'sin' nowhere, the word 'yu' absent; a worker listed only by badge number; annotations by a caseworker.",
        "text": """HEAT STRESS MONITORING LOG - Site HS-4 (residential towers), {{u:Sabah Al-Ahmad Sea City}}, {{u:Kuwait}}
Supplied by: the witness, {{r:Chon Hak-chol}}, who photographed it on the site nurse's desk
Typed by: {{p:Dev Malhotra}} (volunteer); all checks by the site nurse, {{p:Lakshmi Menon}}

Date: 21 July 2018. Mid-day break rule in force 11:00-16:00 (the log shows work during that window).

Time | WBGT (C) | Area | Worker checked | Badge | Temp | Action
09:00 | 31.2 | Tower B slab | {{r:CHON HAK CHOL}} | K-1107 | 37.4 | water
09:00 | 31.2 | Tower B slab | {{p:RAM BAHADUR THAPA}} | N-2231 | 37.1 | water
10:30 | 33.8 | Tower B slab | {{p:YU SONG CHOL}} | K-1112 | 38.6 | shade 15 min
10:30 | 33.8 | Tower C core | {{p:MD. RAFIQUL ISLAM}} | B-0419 | 37.9 | shade
12:10 | 35.6 | Tower B slab | {{p:KIM JONG SU}} | K-1109 | 39.2 | sent to clinic
12:10 | 35.6 | Tower B slab | (no name) | K-1115 | 38.8 | "returned to work per foreman"
13:40 | 36.1 | Tower C core | {{p:AHMED SAYED ABDELRAHMAN}} | E-0876 | 37.6 | water
13:40 | 36.1 | Tower B slab | {{p:PAEK UN GIL}} | K-1101 | 39.5 | clinic, then "released to foreman {{r:SIN}}"
15:00 | 34.0 | Tower B slab | {{r:SIN TONG IL}} (foreman) | K-1100 | - | signed log

Foreman's signature: {{r:Sin Tong-il}} (in Hangul: {{r:신동일}})
Safety officer's countersignature: {{p:Tariq Mahmood}}

Caseworker's notes (from interview with Mr {{r:Chon}}, 5 May 2023):
- Mr {{r:Chon}} says the Korean brigade worked through the ban every day that summer. The nurse, Ms {{p:Menon}}, argued with foreman {{r:Sin}} in English that nobody else on the site understood. "The nurse was the only person who ever took our temperature."
- Badge K-1115 was {{p:Ri Chang-sok}}. Mr {{r:Chon}} thinks {{r:Sin}} left the name blank so that there would be no record that {{p:Chang-sok}} was sent back to work.
- {{p:PAEK UN GIL}} ({{p:Paek Un-gil}}) collapsed again two days later. {{r:Hak-chol}} and {{p:Yu Song-chol}} carried him to the clinic. According to Mr {{r:Chon}}, {{r:Sin Tong-il}} later told the brigade that {{p:Paek}} had "a weak heart from birth".
- "{{p:KIM JONG SU}}" is not a mistake for anyone famous; he was a plasterer from {{u:Nampo}}.
""",
    },
    {
        "id": "h52-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pak Se-hyok", "박세혁", "witness", ["Se-hyok", "Park Se-hyuk"]),
            ("Pak Kum-ju", "박금주", "relative", ["Kum-ju"]),
        ],
        "note": "Settlement agreement between a former Polish-shipyard worker and a subcontractor; parties defined by capitals and quotation marks, Polish names with case endings, signatories, witnesses to signatures, the claimant's mother as beneficiary; the word 'Party' not a name.",
        "text": """SETTLEMENT AGREEMENT

This Agreement is made on 14 November 2023 between:

(1) {{r:PAK SE HYOK}} (also known as {{r:Park Se-hyuk}}), residing in {{u:Seoul}}, {{u:Republic of Korea}} ("the Claimant"); and

(2) a ship-outfitting subcontractor registered in {{u:Gdańsk}}, {{u:Poland}}, represented by its management board member {{p:Tomasz Wierzbicki}} ("the Company").

RECITALS
(A) Between March 2015 and June 2016 the Claimant carried out welding work at a shipyard in {{u:Gdynia}} through a labour supplier with which the Company had a contract.
(B) The Claimant alleges that wages for that period were paid into an account controlled by the supplier's representative, {{p:Kim Tae-yong}}, and by a {{u:DPRK}} official known to the workers as "Comrade {{p:Sang}}", and that he received only a small part of them.
(C) The Company denies liability but wishes to resolve the matter without admission.

IT IS AGREED:
1. The Company shall pay the Claimant PLN 86,000 within 30 days.
2. At the Claimant's written request, PLN 20,000 of that sum shall be paid to his mother, {{r:PAK KUM JU}}, through an account nominated by the Claimant's counsel, it being understood that Ms {{r:Pak Kum-ju}} resides in the {{u:Republic of Korea}} since 2022.
3. The Company shall provide a certificate of employment stating the Claimant's name, trade and dates of work. The certificate shall read "{{r:Pak Se Hyok}}" and not the name "{{p:Pak Se Hyon}}" used in the supplier's list, which the parties agree was a clerical error.
4. The Claimant withdraws the complaint lodged with the {{u:National Labour Inspectorate}} ({{u:Państwowa Inspekcja Pracy}}) on 2 February 2023 concerning the Company. Nothing in this Agreement prevents the Claimant from giving evidence about {{p:Kim Tae-yong}} or "{{p:Sang}}" to any authority.
5. Confidentiality does not apply to communications between the Claimant and the NGO that assisted him, or to his statements to the {{u:United Nations}}.

Signed:
For the Company: {{p:Tomasz Wierzbicki}} ____
Witness to signature: {{p:Agnieszka Lewandowska}}, legal counsel
The Claimant: {{r:박세혁}} ({{r:Pak Se-hyok}}) ____
Witness to signature: {{p:Yoon Da-hye}}, interpreter

Annex (counsel's memo to file, {{p:A. Lewandowska}}): Pan {{p:Wierzbicki}} asked whether Pan {{p:Kima}} (the supplier's man) would be named in any public report. I told him that is a matter for the Claimant. Pan {{r:Pak}} said through the interpreter that he would name {{p:Kim}} and "{{p:Sang}}" to anyone who asked, and that his mother, {{r:Kum-ju}}, had waited seven years for this money.
""",
    },
    {
        "id": "h52-en-11",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Jo Song-bom", "조성범", "witness", ["Song-bom", "Sam Jo"]),
            ("Jo Hae-yon", "조해연", "relative", ["Hae-yon"]),
        ],
        "note": "Character reference supporting a naturalisation application in the UK; a former Russian construction worker using an English first name; surname Jo beside 'Joe' as a separate person, a daughter's name, an employer and fellow volunteers; referee's own details; CRLF.",
        "text": """CHARACTER REFERENCE - application for naturalisation as a British citizen

Applicant: {{r:JO Song-bom}} (known at work as "{{r:Sam Jo}}")
Date of birth: 30 September 1981

Referee: {{p:Margaret Ellison}}
Occupation: retired headteacher; churchwarden
Address: {{u:New Malden}}, {{u:Surrey}}
Known the applicant since: March 2017

To whom it may concern,

I have known {{r:Song-bom}} for nearly seven years, first as a member of the English conversation group I run at our church hall and later as a friend of my family. He came to {{u:New Malden}} in 2017 after, as he has told me, several years as a construction worker in {{u:Russia}} under conditions I will not attempt to describe here. His own account has been submitted separately.

{{r:Sam}}, as everyone at the hall calls him, has worked since 2018 for a local kitchen-fitting firm owned by {{p:Joe Harding}}. I mention this because people regularly confuse "{{r:Jo}}" and "{{p:Joe}}" in our little community, and the two men now make a joke of it. Mr {{p:Harding}} tells me that Mr {{r:Jo}}'s work is meticulous and that he trains the younger fitters.

The applicant's daughter, {{r:Hae-yon}}, joined him in 2019 and attends the local secondary school, where I used to teach. {{r:Jo Hae-yon}} has been a prefect this year. I have seen her father at every parents' evening.

I know of nothing in his character or conduct that would make him unsuitable for citizenship. He has volunteered with our food bank every Saturday since 2020 alongside {{p:Derek}} and {{p:Yasmin Qureshi}}, and he organised a collection for the family of a fellow Korean, Mr {{p:Pak}}, when {{p:Pak}} was in hospital last winter.

I confirm that I am not related to the applicant, and I have no financial interest in the application.

Yours faithfully,
{{p:Margaret Ellison}}
{{p:M. Ellison}}
""",
    },
    {
        "id": "h52-en-12",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Hwang Chol-u", "황철우", "witness", ["Chol-u", "HwangCU"]),
        ],
        "note": "Online ask-me-anything thread with a former Sakhalin worker; usernames with the name part labelled, emoji, a moderator, upvote counts, a commenter joking about the name Moon and about the word 'no'; quoted names of others; real public figures mentioned neutrally.",
        "text": """r/korea - AMA: I worked 6 years on building sites in {{u:Sakhalin}} for the North Korean state. Ask me anything (with interpreter)

Posted by u/{{r:HwangCU}}_official · pinned by moderator u/{{p:minjoon}}_mod

Hi. My name is {{r:Hwang Chol-u}}. I was a tiler and plasterer in {{u:Yuzhno-Sakhalinsk}} from 2012 to 2018. Today my friend {{p:Eunji}} (u/{{p:eunji}}_translates) will type my answers in English. I will answer from 9 pm KST 🙂

---
u/throwaway_sakh (412 points)
Were you allowed to talk to Russians at all?

  u/{{r:HwangCU}}_official (388 points)
  Officially no. But the Russian foreman, {{p:Andrei}}, taught me numbers so I could read the tile boxes. Our political guy, Comrade {{p:Kim}}, did not know. When {{p:Kim}} came, {{p:Andrei}} pretended to shout at me 😂

---
u/{{p:dmitri_k}} (290 points)
I'm from {{u:Sakhalin}}. My dad worked next to a Korean brigade in 2015, he still talks about a guy named "{{p:Myong-su}}" who fixed everyone's phones. Same place?

  u/{{r:HwangCU}}_official (301 points)
  Maybe! There was {{p:Ri Myong-su}} in my brigade, he could fix anything. Please say hello to your father. What is his name?

    u/{{p:dmitri_k}} (150 points)
    {{p:Sergei}}. {{p:Sergei Koval}}. He drove the concrete truck 🙏

      u/{{r:HwangCU}}_official (210 points)
      {{p:Sergei}}!!! The truck man with the big moustache. He gave {{p:Myong-su}} his old phone. Thank you {{p:Sergei}} 🙇

---
u/banana_republic_99 (55 points)
Did you ever meet {{u:Moon Jae-in}} after you came to the South? Or is it like "moon" everyone asks you lol

  u/{{r:HwangCU}}_official (60 points)
  No, never. I met only the police officer who protects me, Mr {{p:Noh}}, and my teacher at {{u:Hanawon}}.

---
u/{{p:minjoon}}_mod
Thanks {{r:Chol-u}} and {{p:Eunji}}! Thread locked. Please don't DM Mr {{r:Hwang}} asking for his location.
""",
    },
    {
        "id": "h52-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kang Tok-su", "강덕수", "witness", ["Tok-su", "KANG TOK SU"]),
            ("Rim Chol-gwang", "림철광", "supervisor", ["Lim Chol Gwang"]),
        ],
        "note": "Port state control detention report for a fish carrier with DPRK crew, with an NGO annex; crew list in capitals with surname-first and surname-last orders, inspectors and agent named, a master with a Chinese name in Latin and Hanzi, a Myanmar cook; Rim/Lim variants; the word 'master' not a name.",
        "text": """REPORT OF INSPECTION - FORM B (detention)
Port: {{u:Busan}}    Authority: {{u:Busan Regional Office of Oceans and Fisheries}}
Ship: MV SEA LUCKY 7 (reefer / fish carrier)    Flag: {{u:Sierra Leone}}    IMO: 9XXXXXX (withheld)
Date of inspection: 11 October 2022    Inspectors: {{p:Yoon Jae-hoon}} (PSCO 1), {{p:Ma Seong-jin}} (PSCO 2)
Agent: {{p:Bae Hyun-soo}}, local ship agency

Deficiencies (extract)
01 - 18203 Maximum hours of work / minimum hours of rest: records show crew no. 5-11 working 18-20 h per day during transshipment. GROUND FOR DETENTION.
02 - 18101 Seafarers' employment agreements: SEAs for crew no. 5-11 not on board. Master states they are "kept by the company". GROUND FOR DETENTION.
03 - 18204 Wages: no wage accounts for crew no. 5-11.
04 - 07109 Fixed fire extinguishing: CO2 release not tested.

Crew list (as presented)
1 Master {{p:ZHANG Wenhua}} ({{p:张文华}})
2 Chief officer {{p:HUANG Lei}}
3 Chief engineer {{p:ZHANG Tao}}
4 Cook {{p:Min Min Aung}}
5 AB {{r:LIM CHOL GWANG}}
6 AB {{r:KANG TOK SU}}
7 OS {{p:CHOE SONG IL}}
8 OS {{p:SONG IL HO}}
9 OS {{p:HO JIN MYONG}}
10 Oiler {{p:YOM KWANG CHOL}}
11 Wiper {{p:JU RYONG NAM}}

Inspector's narrative ({{p:Yoon}}): Crew 5-11 are nationals of the {{u:DPRK}}. None would speak to the inspectors without no. 5, {{r:LIM CHOL GWANG}}, present. Through the agent, Mr {{p:Bae}}, the master said that {{r:Lim}} is the "crew representative". No. 6, {{r:Kang}}, approached PSCO 2 at the gangway and said in Korean that they had not been paid for eleven months; he then walked away when {{r:Lim}} appeared. Master {{p:Zhang}} could not produce any contract.

---
ANNEX (NGO, added 2023 after interview with {{r:Kang Tok-su}} in {{u:Seoul}}; interviewer {{p:Irene Kwak}})
- {{r:LIM CHOL GWANG}} on the crew list is {{r:Rim Chol-gwang}}, a {{u:Ministry of Fisheries}} enterprise man who was never a sailor. {{r:Rim}} held the passports and took the wages from the Chinese operator.
- {{p:SONG IL HO}} and {{p:CHOE SONG IL}} are different people; the inspectors' notes mixed them up. {{p:Il-ho}} was seventeen, {{r:Tok-su}} says, and lied about his age to be sent abroad.
- The cook, {{p:Min Min Aung}} from {{u:Myanmar}}, gave {{r:Kang}} a phone number for the {{u:Busan}} seafarers' centre. That is how {{r:Tok-su}} escaped when the ship returned to {{u:Busan}} in 2023.
""",
    },
    {
        "id": "h52-en-14",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ri Ok-son", "리옥선", "relative", ["Ok-son", "Lee Ok-sun"]),
            ("Ri Tae-guk", "리태국", "witness", ["Tae-guk"]),
        ],
        "note": "Helpline call log over one evening shift; callers give partial names, a caller's WhatsApp display name, a Cantonese-speaking factory owner, a brother and sister with surname Ri/Lee; call-taker initials; a caller called Do beside the verb 'do'; CRLF.",
        "text": """HELPLINE LOG - evening shift, Thu 15 Feb 2024
Call-takers on shift: {{p:SK}} ({{p:Seo-yeon Kang}}), {{p:TH}} ({{p:Tim Hartley}})
All times KST. Names as given by callers; do not copy into the case database without consent.

18:04 | in | {{p:SK}} | Caller: woman, gave name "{{r:Ok-son}}", in {{u:Incheon}}. Her brother {{r:Ri Tae-guk}} worked at a seafood plant in {{u:Donggang}} and left the dormitory on 9 Feb. He called her from a borrowed phone on 12 Feb. She thinks he is with a broker called "Teacher {{p:Jin}}". Asked us not to call back on weekdays (her husband does not know). Surname on her resident card: {{r:Lee Ok-sun}}. > case NK-F-2201 opened.

18:31 | in | {{p:TH}} | {{u:WhatsApp}} voice call, display name "Pastor {{p:Daniel}} 🙏". English speaker, says he runs a shelter near {{u:Chiang Rai}} and has two Korean men with him, "Mr {{p:Do}} and his nephew". Could not give the nephew's name. When asked what they need he said "what do we do about money for the bus". > passed to {{p:SK}}; promised call-back.

18:52 | out | {{p:SK}} | Called back "Pastor {{p:Daniel}}" ({{p:Daniel Somchai}}). Spoke to Mr {{p:Do}} in Korean: {{p:Do Yong-chan}}, 52, logging in {{u:Khabarovsk Krai}} until 2019, then in {{u:China}}. The nephew is {{p:Do Kwang-min}}. Neither is the brother from the 18:04 call. > referred to partner in {{u:Bangkok}}.

19:40 | in | {{p:SK}} | {{r:Ok-son}} again. The brother called: he is in {{u:Shenyang}}, with {{p:Jin}} and a woman who cooks, "Auntie {{p:Hwa}}". {{r:Tae-guk}} says the factory owner, Mr {{p:Leung}} ({{p:梁生}}), reported him to the police. {{r:Ok-son}} crying; {{p:SK}} stayed on line 25 min.

21:02 | out | {{p:SK}} | Texted {{r:Ok-son}} ({{u:KakaoTalk}}) the safety advice sheet. Reply: "thank you {{p:Seo-yeon}} teacher".

End of shift summary ({{p:SK}}): 1 new case ({{r:Ri}} family). {{p:TH}} to write to {{p:Daniel}} tomorrow re bus money for the {{p:Do}} uncle and nephew.
""",
    },
    {
        "id": "h52-en-15",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kwon Hyok-chan", "권혁찬", "witness", ["Hyok-chan"]),
        ],
        "note": "Physiotherapy progress notes for a former logging worker; clinician initials, a referring GP, an interpreter who also appears in her first name only, a former co-worker mentioned in the patient's history, exercises named after people (not persons in context), the patient's daughter.",
        "text": """PHYSIOTHERAPY PROGRESS NOTES - outpatient musculoskeletal
Patient: {{r:KWON Hyok-chan}}    MRN: 0071-552
Referred by: Dr {{p:Hong Seung-woo}} (GP) for chronic low back pain and left sciatica
Interpreter: {{p:Ahn So-young}} (Korean/English, booked via the NGO)

Session 1 - 06/03/2024 (PT: {{p:E. Marsh}})
S: 44M. Ten years of logging in {{u:Russia}} ({{u:Khabarovsk Krai}}), carrying logs by hand. Back injured 2016 when a log rolled; no treatment then. Pain 7/10, worse on sitting > 30 min. Pt says a co-worker, {{p:Ho Song-nam}}, carried him back to the camp.
O: Lumbar flexion limited to mid-shin. SLR L 40 deg, R 75 deg.
A: Mechanical LBP with L radicular features; high fear-avoidance.
P: Education, McKenzie extension trial, walking programme. Pt's daughter {{p:Yu-na}} to help with home exercises.

Session 2 - 13/03/2024 ({{p:E. Marsh}})
S: Mr {{r:Kwon}} reports pain 6/10. Did exercises twice a day "because {{p:Yu-na}} checks". Tearful talking about the camp; interpreter {{p:So-young}} paused the session for a few minutes.
O: SLR L 50 deg.
P: Continue. Add bird-dog. Discussed referral to psychology with Mr {{r:Kwon}}; he agreed.

Session 3 - 27/03/2024 (PT: {{p:R. Osei}}, covering for {{p:Emma}})
S: {{r:Hyok-chan}} says "better". Slept 5 h. Asked whether {{p:Emma}} is coming back.
O: Lumbar flexion to ankles.
A: Improving. So far so good; keep same plan.
P: Graded return to lifting. Ms {{p:Ahn}} unavailable next time - interpreter {{p:Choi}} booked.

Session 4 - 10/04/2024 ({{p:E. Marsh}})
S: Pain 4/10. Mr {{r:Kwon}} told interpreter {{p:Choi Jae-won}} that his friend {{p:Song-nam}} "has the same back and no physiotherapist" and is still in {{u:Russia}}; asked if our clinic could send him the exercise sheet. Explained we cannot.
P: Discharge planning. Letter to Dr {{p:Hong}}.

Signed: {{p:Emma Marsh}}, MCSP
""",
    },
    {
        "id": "h52-en-16",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Paek Nam-il", "백남일", "witness", ["Nam-il", "Baek Nam-il"]),
            ("Ju Yong-hwan", "주용환", "supervisor", ["Yong-hwan"]),
        ],
        "note": "Three near-miss reports from a Qatari construction site, with the witness's comments; reporters, witnesses and supervisors in each form; South Asian, Kenyan and Egyptian workers, a British HSE manager; Paek/Baek spellings; surname Ju; mixed line endings.",
        "text": """NEAR-MISS REPORTS (3) - copies kept by the witness, {{r:Paek Nam-il}}, who was the Korean brigade's "safety contact" on paper

NM-0231 | 04/05/2019 | Level 14, core wall
What happened: a bundle of rebar slipped from the tower crane sling and fell about 8 m onto the deck, 2 m from workers.
Reported by: {{p:Samuel Kiprop}} (banksman)
Workers nearby: {{r:BAEK NAM IL}}, {{p:HAN SONG JIN}}, {{p:MOHAMMED SHAHIDUL}}
Supervisor informed: {{r:JU YONG HWAN}} (Korean subcontractor)
Action: toolbox talk on slinging; crane operator {{p:Farhan Ali}} retrained.
HSE manager: {{p:Gareth Pryce}}

NM-0247 | 19/05/2019 | Level 15, east edge
What happened: edge protection removed to pass formwork; worker stepped within 0.5 m of the open edge without harness.
Reported by: {{p:Ahmed Fawzy}} (safety officer)
Worker involved: "{{p:HAN}}" (first name not recorded)
Supervisor informed: {{r:JU}}
Action: verbal warning to worker. Edge reinstated.

NM-0260 | 30/05/2019 | Labour camp, block K
What happened: cooking gas cylinder leaking in room K-12 (occupied by 14 Korean workers).
Reported by: {{r:Paek Nam-il}}
Persons present: {{p:Song Myong-chol}}, {{p:Han Song-jin}}, {{p:O Kyong-hun}}
Supervisor informed: {{r:Ju Yong-hwan}}
Action: "cylinder removed by supervisor". Camp boss Mr {{p:Rashid}} informed.

Witness's comments (interview 2023, interpreter {{p:Jeon Hye-rim}}):
- {{r:Nam-il}} says NM-0247 was really about {{p:Han Song-jin}}, who was pushed to work faster by {{r:Yong-hwan}}. The warning went to {{p:Han}}, not to {{r:Ju}}.
- In NM-0260 the cylinder was "removed" into the next room. The room was not cooled in summer, so they cooked inside; {{r:Ju}} charged each man 20 riyals a month for gas.
- {{p:Gareth}} was kind and tried. {{p:Samuel}} the banksman taught {{r:Paek}} English hand signals.
- {{p:O Kyong-hun}}, who shared the bunk below, later lost two fingers; {{r:Nam-il}} could not find any report of that.
""",
    },
    {
        "id": "h52-en-17",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Tak Mi-ran", "탁미란", "witness", ["Mi-ran"]),
            ("Hyon Chol-jun", "현철준", "witness", ["Chol-jun"]),
        ],
        "note": "Batch list of donor thank-you cards written by former workers, typed by a fundraising assistant; donors' names and titles, writers' first names only on some cards, a donor family name used as plural, a corporate donor (invented, unmarked); mailing status column; a card signed with a nickname.",
        "text": """THANK-YOU CARD BATCH - year-end appeal 2023 (batch 4 of 6)
Typed by {{p:Olivia Brandt}}, fundraising assistant. Cards written in Korean by programme participants; English lines are {{p:Hyejin}}'s translations. Check before posting: no surnames of participants on envelopes!

Card | To (donor) | Written by | Message (translated, short) | Status
4-01 | Mr and Mrs {{p:Whitfield}} | {{r:Mi-ran}} | "Your gift paid for my nursing books. I think of the {{p:Whitfield}}s when I study at night." | posted
4-02 | Dr {{p:Anjali Rao}} | {{r:Chol-jun}} | "After the ship I did not trust anyone. Your letter last year said I was brave." | posted
4-03 | The {{p:Nakamura}} family | {{p:Sun-hee}} | "Thank you for the winter coat money." | posted
4-04 | {{p:Pat O'Leary}} | {{r:Tak Mi-ran}} (full name - removed before posting, {{p:OB}}) | "Please tell {{p:Pat}} that my mother is safe now." | HOLD
4-06 | Rev. {{p:Helen}} and the Tuesday prayer group | Granny {{p:Kim}} (nickname in the programme) | "I am 71, I sewed in {{u:Dandong}} for nine years, now I sew for your bazaar." | posted
4-07 | {{p:Samir}} and {{p:Leila Haddad}} | {{r:Hyon Chol-jun}} | "I saw {{u:Beirut}} on the news and thought of you." | HOLD - {{p:OB}}: surname again, fix
4-08 | {{p:James Moon}} | {{p:Kwang-ho}} | "Mr {{p:Moon}}, the moon on your card looked like the one over the camp in {{u:Tynda}}." | posted

Notes for {{p:Hyejin}}:
- Granny {{p:Kim}} is {{p:Kim Pok-sun}}; she wants to sign as "Granny {{p:Kim}}" always.
- Card 4-08: {{p:Kwang-ho}} drew a moon. Please don't translate his drawing, ha.
""",
    },
    {
        "id": "h52-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yang Chol-su", "양철수", "witness", ["철수"]),
        ],
        "note": "Job-centre counselling record for a former Russian construction worker; counsellor and team leader named with titles outside, a referral to a company's HR contact, the client's wife by given name with particles, a former brigade mate met again in Korea, honorific -씨 and -님 after names, the word 이상 not a name.",
        "text": """취업상담일지 (제3차)

내담자: {{r:양철수}} (남, 1983년생)  |  상담사: {{p:정유진}}  |  상담일: 2024.05.13. 14:00~15:10
참여 프로그램: 취업성공패키지 2단계  |  통역: 없음 (내담자 한국어 소통 가능)

1. 지난 상담 이후 변화
- {{r:양철수}} 님은 지난달 지게차 운전기능사 필기에 합격함. 실기는 6월 예정.
- 배우자 {{p:명순}} 씨가 4월부터 요양보호사 교육을 받기 시작하여 오전 시간에 아이를 돌봐야 함. {{p:명순}}이가 교육을 마치는 7월 이후 전일제 근무 희망.

2. 경력 사항 재확인
- 2011~2017년 {{u:러시아}} {{u:블라디보스토크}}와 {{u:나홋카}} 건설 현장에서 미장, 타일, 방수 작업. 내담자 표현으로는 "한 번도 돈을 제대로 받아 본 적 없음".
- 당시 작업반장은 {{p:허}} 반장이었고, 같은 반에서 일한 {{p:길영수}} 씨를 작년 {{u:안산}}에서 우연히 다시 만났다고 함. {{p:길영수}} 씨는 현재 인테리어 업체에서 일하며 내담자에게 타일 일을 같이 하자고 권유 중.
- 내담자는 "{{p:영수}} 형 밑에서 일하면 또 반장 밑에 있는 기분"이라며 망설임. 상담사가 기분을 더 묻자 {{u:러시아}}에서 {{p:허}} 반장이 여권을 가져간 이야기를 다시 함. 이상의 내용은 심리상담 연계 여부 검토 필요.

3. 구인처 연계
- {{u:인천}} 소재 물류센터(지게차), 인사 담당 {{p:문성호}} 과장에게 이력서 전달 예정. {{p:문}} 과장은 북한이탈주민 채용 경험 있음.
- 타일 시공 업체(대표 {{p:한기택}}) - 내담자가 {{p:길영수}} 씨와의 관계 때문에 보류 요청.

4. 상담사 소견
- {{r:철수}} 씨는 성실하고 기술 습득이 빠름. 다만 "반장", "책임자" 같은 말에 민감하게 반응함. 팀장 {{p:오세영}} 님과 협의하여 {{u:남북하나재단}} 심리상담 연계 제안 예정.
- 다음 상담: 5.27. 실기 시험 준비 상황 확인.

작성: {{p:정유진}} / 확인: {{p:오세영}} 팀장
""",
    },
    {
        "id": "h52-ko-02",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ryom Kwang-hun", "렴광훈", "witness", ["광훈", "염광훈"]),
            ("Ryom Song-ae", "렴성애", "relative", ["성애"]),
        ],
        "note": "Industrial-accident compensation claim with an account of the accident and an earlier injury on a Russian logging site; DPRK-style surname 렴 and South Korean 염 for the same man; employer, co-worker witness, labour attorney and doctor; Russian medic in Hangul transliteration; the wife given by name; CRLF.",
        "text": """요양급여 신청서 - 재해경위 및 첨부 진술 (사본)

신청인(재해자): {{r:렴광훈}} (주민등록상 성명: {{r:염광훈}})
사업장: 경기도 소재 목재 가공업체 / 사업주: {{p:장대호}}
재해일시: 2024년 2월 6일 10시 20분경
대리인: 공인노무사 {{p:배수정}}

1. 재해경위
신청인은 재단기 옆에서 합판을 옮기던 중 적재된 합판 더미가 무너지면서 허리와 왼쪽 다리를 다쳤습니다. 당시 옆에서 함께 작업하던 {{p:마승철}} 씨가 합판을 들어 올려 신청인을 꺼냈고, 공장장 {{p:고영민}} 씨가 119에 신고했습니다. 신청인은 {{u:아주대학교병원}} 응급실로 이송되었고 담당의 {{p:서민재}} 교수로부터 요추 압박골절 진단을 받았습니다.

2. 기존 질환 관련 진술 (신청인 본인 진술을 노무사가 정리)
저는 {{u:북한}}에 있을 때 2013년부터 2017년까지 {{u:러시아}} {{u:아무르주}}의 벌목장에 파견되었습니다. 2015년 겨울에 통나무가 굴러 허리를 다쳤는데, 그때 치료는 {{u:러시아}} 사람 간호사 {{p:나탈리야}}가 진통제를 준 것이 전부였습니다. 우리 작업반 반장 {{p:채}} 동무는 병원에 가면 돈이 든다며 사흘 만에 다시 일을 시켰습니다. 같이 일하던 {{p:계룡남}} 동무가 제 몫까지 나무를 날라 주었습니다. 이번 사고 전에도 허리가 아팠던 것은 사실이지만, {{u:한국}}에 와서 5년 동안 일하면서 병원에 간 적은 없었습니다.

3. 가족 사항
배우자 {{r:렴성애}}(본명 그대로 사용)는 현재 {{u:부천}}에서 식당 일을 하고 있으며, 신청인이 일을 못 하게 되어 가계가 어렵습니다. {{r:성애}}는 제가 다친 이후 밤에도 일을 더 하고 있습니다.

4. 목격자 확인
목격자 {{p:마승철}}: "{{r:광훈}}이 형님이 밑에 깔렸을 때 제가 제일 먼저 갔습니다. 공장장님이 바로 신고했습니다." (서명 {{p:마승철}})

5. 노무사 의견
기존 손상이 있었더라도 이번 사고로 악화된 부분은 업무상 재해로 인정되어야 합니다. {{u:러시아}}에서의 부상 기록은 존재하지 않으므로 신청인의 진술과 {{p:계룡남}}의 이름만 남깁니다. 사업주 {{p:장대호}}는 재해 발생 사실을 인정하였습니다.

{{u:근로복지공단}} {{u:수원지사}} 귀중
2024. 3. 4.  대리인 {{p:배수정}} (인)
""",
    },
    {
        "id": "h52-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ku Yong-hui", "구영희", "witness", ["영희"]),
            ("Kim Chol-bom", "김철범", "relative", ["철범"]),
            ("Kim Su-ryon", "김수련", "relative", ["수련", "수련이"]),
        ],
        "note": "Application for help bringing a husband and daughter from a third country, filled in by a former Chinese garment-factory worker; family table, a contact person in Yanji given as 老金 and as Korean honorific, a broker's alias, a pastor; the daughter's childhood name; particles after names; 이상 as a word.",
        "text": """제3국 체류 가족 입국 지원 신청서 (단체 내부 양식)

신청인: {{r:구영희}} / 1979년생 / 2022년 입국 / 연락처: 담당자 보관
담당 활동가: {{p:윤하늘}}

가. 가족 사항
관계 | 성명 | 출생년도 | 현재 위치(추정) | 비고
남편 | {{r:김철범}} | 1976 | {{u:중국}} {{u:지린성}} {{u:연길}} | 2019년 {{u:중국}} 봉제공장 파견 중 이탈
딸 | {{r:김수련}} | 2004 | {{u:연길}} (남편과 함께) | 아명 "{{r:수련이}}"로 불림
시누이 | {{p:김철옥}} | 1980 | {{u:북한}} {{u:함경북도}} | 연락 안 됨

나. 경위 (신청인이 직접 작성, 맞춤법만 수정)
저는 2016년부터 {{u:단둥}}의 봉제공장에서 일했습니다. 같은 공장에서 재단 일을 하던 남편 {{r:철범}} 씨와 만나 결혼했고, 딸 {{r:수련}}이는 고향 시어머니가 키웠습니다. 2019년에 남편이 먼저 공장을 나왔고, 저는 관리원 {{p:석}} 지도원이 눈치를 채는 바람에 나오지 못하다가 2021년에야 나왔습니다. 남편은 그사이 {{u:연길}}에서 조선족 {{p:金}} 사장님, 그러니까 다들 {{p:老金}}이라고 부르는 분 집에 숨어 지냈고, 2022년에 {{r:수련}}이를 데려오는 데까지 성공했습니다. 지금 두 사람은 {{p:老金}}의 창고 2층에 있습니다.

다. 연락 경로
- {{p:老金}} (본명 {{p:김광춘}}, 조선족, 식품 도매): 위챗으로 한 달에 한 번 연락.
- 브로커 "{{p:왕}} 선생": 여권 비용으로 1인 2,800만 원을 요구함. 본명은 모름. 이상하게도 {{p:왕}} 선생은 제 남편 이름을 {{r:김철범}}이 아니라 "{{r:진철범}}"이라고 부름 ({{u:중국}}식 발음으로 부르는 것 같음).
- {{p:송정훈}} 목사님: {{u:방콕}} 쪽 경로를 알아봐 주시기로 함. {{p:송}} 목사님께는 딸 이름만 알려 드렸습니다.

라. 활동가 의견 ({{p:윤하늘}})
{{r:영희}} 님의 남편 {{r:김철범}} 씨는 {{u:북한}} 당국의 파견 노동자 신분이었으므로 체포 시 강제송환 위험이 매우 큽니다. "{{p:왕}} 선생"의 요구액은 시세보다 높으므로 다른 경로를 우선 검토합니다. 시누이 {{p:김철옥}} 씨에 대해서는 어떠한 연락도 시도하지 않기로 신청인과 합의했습니다.
""",
    },
    {
        "id": "h52-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Son Hyang-ok", "손향옥", "witness", ["향옥"]),
            ("Mo Chun-hwa", "모춘화", "witness", ["춘화", "춘화 언니"]),
        ],
        "note": "Shelter chore rota with residents' notes; residents by full name, given name, and nickname (곰 언니, a pet name used as a name), honorific 언니 outside, a volunteer with a Mongolian name, the word 곰 also used as an ordinary word (teddy bear), emoji; surname 모 and 손 beside homographs (모 = all, 손 = hand).",
        "text": """🧹 쉼터 청소 당번표 - 2024년 6월 (2층 여성 숙소)

요일 | 거실·주방 | 욕실 | 분리수거·세탁실
월 | {{r:손향옥}} | {{r:모춘화}} | {{p:진보람}}
화 | {{p:곽미순}} | {{r:손향옥}} | {{r:모춘화}}
수 | {{p:진보람}} | {{p:곽미순}} | {{r:손향옥}}
목 | {{r:모춘화}} | {{p:진보람}} | {{p:곽미순}}
금 | 다 같이 (봉사자 {{p:Enkhjargal}} 님과 함께 대청소)
토·일 | 각자 방

📌 메모 (생활지도 {{p:백수아}} 선생님)
1. {{r:향옥}} 씨는 6월 둘째 주에 병원 검진이 있어 화요일 욕실을 {{p:보람}} 씨와 바꿨어요. 손 다친 거 다 나을 때까지 물청소는 빼 주세요.
2. {{r:춘화}} 언니가 분리수거 규칙을 다시 써서 붙였어요. 모두 꼭 읽어 주세요! 모든 페트병은 라벨 떼기. (글씨 띄어쓰기는 {{r:춘화}} 언니 스타일 그대로 😅)
3. "{{p:곰}} 언니" ({{p:곽미순}} 님)가 거실에 곰 인형을 놓아뒀는데 치우지 말아 달래요. {{p:곰}} 언니는 {{u:중국}} 식당에 있을 때 동료가 준 인형이라고 합니다.
4. {{p:Enkhjargal}} 님({{u:몽골}} 유학생 봉사자)은 금요일마다 오십니다. 이름이 길어서 다들 "{{p:엥케}}"라고 부르는데 본인도 좋아해요.

📝 거주자 한마디
- {{r:모춘화}}: 세탁실 건조기 고장, {{p:백}} 선생님께 말씀드렸음.
- {{p:진보람}}: 수요일에 {{r:향옥}} 언니랑 바꿔도 돼요?
- {{r:손향옥}}: {{p:보람}}아 나는 괜찮아. 대신 목요일 반찬은 네가 😄
- {{p:곽미순}}: 나 그렇게 부르지 마 ㅋㅋ ({{p:곰}} 언니 씀)
""",
    },
    {
        "id": "h52-ko-05",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Chae Yong-il", "채용일", "witness", ["용일"]),
            ("Chae Kum-hui", "채금희", "relative", ["금희"]),
        ],
        "note": "Phone-call notes from a caseworker talking with a former Kuwait construction worker; timestamps, the worker's sister, a Kuwaiti sponsor in Hangul and Arabic, a Pakistani co-worker, a Korean embassy employee; given names with vocative 아/야 and with 이가; CRLF.",
        "text": """통화 메모 - 2024.02.19 (월) 10:05~10:41
통화자: {{r:채용일}} (본인) / 기록: {{p:유다인}}

10:05 본인 전화. 목소리 안정적. 누나 {{r:채금희}} 씨가 지난주 {{u:대전}}으로 이사해서 연락처가 바뀌었다고 함. 새 번호는 본인 동의하에 케이스 파일에만 기록.

10:09 {{u:쿠웨이트}} 건 추가 진술:
 - 스폰서(카필) 이름은 "{{p:압둘라}}" 혹은 "{{p:아부 파이살}}"로 불렸음. 아랍어 표기를 누나가 사진으로 갖고 있다며 불러 줌: {{p:عبدالله الرشيدي}}.
 - 현장에서 {{u:파키스탄}} 출신 동료 {{p:이므란}}이 자주 도와줌. {{p:이므란}}이가 자기 휴대폰으로 누나에게 문자를 보내게 해 준 것이 2019년 탈출 계기였다고 함.
 - 북측 관리자: {{p:지경호}} 소장. {{p:지}} 소장은 "조국에 보낼 돈"이라며 월급의 80%를 가져갔다고 함.

10:20 본인이 울먹임. "{{p:이므란}}아, 고맙다는 말도 못 했다"고 반복. 잠시 쉬었다가 재개.

10:25 {{u:쿠웨이트}} 주재 한국대사관 직원 {{p:남궁민호}} 씨가 당시 도와준 일 다시 확인. {{p:남궁}} 선생님 이름은 공개 보고서에 넣지 말아 달라고 요청.

10:33 누나 {{r:금희}} 씨와 통화 연결 요청 → 다음 주 수요일 3자 통화로 잡음. {{r:금희}}는 동생 {{r:용일}}이가 {{u:쿠웨이트}}에 있을 때 보낸 편지 4통을 보관 중.

10:41 종료. 다음 통화: 2.28. (3자 통화, 통역 불필요)
""",
    },
    {
        "id": "h52-ko-06",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Pyon Mi-gyong", "변미경", "witness", ["미경"]),
            ("Yun Chun-ok", "윤춘옥", "supervisor", ["윤 지배인"]),
            ("Sol Kyong-ae", "설경애", "coworker", ["경애"]),
        ],
        "note": "First-person interview summary from a woman who worked at a seafood processing plant in Donggang; Chinese owner with 老 and 总 forms, a Chinese line leader 小刘, a supervisor referred to by title, co-workers by given name with 이 and 언니, the surname 설 beside 설날 (the holiday), 윤 beside ordinary words; long text.",
        "text": """면담 요약 (1인칭 정리본) - 사례번호 CN-S-0418
면담일: 2023년 11월 8일 / 면담자: {{p:허지원}} / 정리: {{p:허지원}}, 검토: {{p:김다솜}}

저는 {{r:변미경}}이고 1994년 {{u:평안북도}} {{u:신의주}}에서 태어났습니다. 2017년 봄에 {{u:중국}} {{u:랴오닝성}} {{u:둥강}}의 수산물 가공공장으로 파견되었습니다. 함께 간 여성은 모두 42명이었고, 저는 제2작업반이었습니다.

우리를 관리한 사람은 {{r:윤춘옥}} 지배인이었습니다. {{r:윤}} 지배인은 공장 사장인 {{p:周}} 사장, {{u:중국}} 사람들은 {{p:周总}}이라고 부르던 사람과 직접 이야기하는 유일한 사람이었습니다. 우리는 {{p:周总}}을 본 적이 몇 번 없습니다. 작업장에서 매일 우리를 감독한 것은 조장 {{p:小刘}}였는데, {{p:小刘}}는 나이 어린 {{u:중국}} 여자로 우리에게 못되게 굴지는 않았습니다.

하루 작업은 아침 6시에 시작해서 밤 10시쯤 끝났습니다. 오징어를 손질하고 게살을 발라냈습니다. 손이 얼어서 감각이 없어질 때가 많았습니다. 같은 줄에서 일한 {{r:설경애}} 언니는 손가락이 갈라져 피가 났는데도 장갑을 한 켤레만 받았습니다. 설날에도 쉬지 못했고, {{r:경애}} 언니는 그날 밤 숙소에서 "설이 뭐냐, 우리한테는 설도 없다"며 울었습니다.

월급은 한 번도 직접 받아 본 적이 없습니다. {{r:윤}} 지배인이 "국가 계획분"과 "식비", "숙소비"를 떼고 나면 한 달에 100위안 정도가 남는다고 했는데, 그것도 귀국할 때 준다며 장부에만 적었습니다. 2018년 여름에 {{p:명화}}라는 동생이 그 장부를 보여 달라고 했다가 총화 시간에 비판을 받았습니다. {{p:명화}}이는 그 뒤로 말을 거의 하지 않았습니다.

2019년에 {{r:윤춘옥}} 지배인이 교체되고 {{p:방}} 지배인이 왔습니다. {{p:방}} 지배인은 더 엄했습니다. 그해 겨울 {{r:경애}} 언니가 아파서 쓰러졌을 때 {{p:방}} 지배인은 병원 대신 숙소에 눕혀 두라고 했습니다. {{p:小刘}}가 몰래 약을 사다 주었습니다. 저는 그때 {{p:小刘}}의 본명이 {{p:刘佳}}라는 것을 처음 알았습니다.

저는 2020년 1월, 코로나 때문에 공장이 멈췄을 때 숙소를 나왔습니다. {{p:周总}}의 운전기사였던 조선족 {{p:최}} 씨가 {{u:단둥}}까지 태워 주었습니다. {{p:최}} 씨의 이름은 끝까지 모릅니다. 그 뒤 {{u:라오스}}와 {{u:태국}}을 거쳐 2021년에 {{u:한국}}에 왔습니다.

검토자 메모({{p:김다솜}}): "{{r:윤}} 지배인"과 "{{p:방}} 지배인"은 다른 사람. 진술 내 "설"은 명절 이름이므로 이름이 아님. {{p:周总}}의 본명은 확인되지 않음.
""",
    },
    {
        "id": "h52-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ham Un-jong", "함은정", "witness", ["은정"]),
            ("Ma Chol", "마철", "witness", ["철이"]),
        ],
        "note": "Choir rehearsal attendance book with part assignments and the conductor's remarks; one-syllable given name 철 with the affectionate 이 kept outside, surname 마 and 함 beside the ordinary words 마 (yam) and 함 (box), a Japanese accompanist in katakana and Latin, a soloist called by a pet name, absence reasons mentioning a former work site.",
        "text": """새봄 합창단 연습 출석부 (2024년 3월~4월)
지휘: {{p:도경민}} / 반주: {{p:マツモト・ユイ}} ({{p:Matsumoto Yui}}) / 총무: {{p:염수진}}

파트 | 이름 | 3/2 | 3/9 | 3/16 | 3/23 | 3/30 | 4/6
소프라노 | {{r:함은정}} | O | O | O | 지각 | O | O
소프라노 | {{p:남기숙}} | O | 결 | O | O | O | O
알토 | {{p:석정란}} | O | O | O | O | 결 | O
알토 | {{p:하순애}} | O | O | 결 | O | O | O
테너 | {{r:마철}} | O | O | O | O | O | O
테너 | {{p:옥태성}} | 결 | 결 | O | O | O | O
베이스 | {{p:국현우}} | O | O | O | O | O | 결
베이스 | {{p:Bolat}} | O | O | O | O | O | O

결석 사유 메모 ({{p:염수진}} 총무)
- 3/9 {{p:남기숙}}: 손녀 돌잔치.
- 3/16 {{p:하순애}}: 야간 근무. {{p:순애}} 씨는 {{u:중국}}에 있을 때도 밤에만 일했다며 웃으심.
- 3/30 {{p:석정란}}: 병원. 다음 주 복귀.
- 3/2, 3/9 {{p:옥태성}}: 건설 현장 출장. {{p:옥}} 선생님은 {{u:러시아}} 현장에서도 노래를 하셨다고 함.
- 3/23 {{r:함은정}} 지각: 마 농장 일 끝나고 옴. (함 가득 캔 마를 가져와서 다 같이 나눠 먹음 🙂)

지휘자 메모 ({{p:도경민}})
- 솔로 파트: 「그리운 금강산」 2절 독창은 {{r:철}}이가 맡기로. {{r:마철}} 씨는 {{u:카타르}} 건설 현장에서 "노래하는 용접공"으로 불렸다고 함. {{r:철}}이 본인은 그 별명을 싫어함.
- {{p:Bolat}} 씨({{u:카자흐스탄}} 출신 고려인 4세)는 가사 발음이 가장 정확함. {{p:볼랏}} 씨에게 한국어 발음을 배우는 단원이 있을 정도.
- {{p:유이}} 선생님 반주 악보는 4/13까지 {{p:수진}} 씨가 제본.
- {{r:은정}} 씨와 {{p:기숙}} 씨 소프라노 화음 좋아짐. 함씨 성을 가진 단원이 한 명 더 들어오면 명단에 이름 전체를 쓸 것 (지금은 {{r:함}} 씨 하나).
""",
    },
    {
        "id": "h52-ko-08",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Ok Chol-min", "옥철민", "witness", ["철민"]),
            ("Ok Ha-ram", "옥하람", "other", ["하람", "하람이"]),
        ],
        "note": "First-birthday invitation sent by a former IT worker and the replies collected in a shared note; the baby's name with 이 and 이의, guests' first names, a surname 옥 beside 옥 (jade) in the word 옥반지, a former fellow worker from Shenyang by nickname, emoji, zero-width space inside one name; mixed line endings.",
        "text": """💌 우리 {{r:하람}}이의 첫 생일에 초대합니다 💌

안녕하세요, {{r:하람}}이 아빠 {{r:옥철민}}입니다.
저희 딸 {{r:옥하람}}이 벌써 첫 번째 생일을 맞았습니다.
{{u:한국}}에 와서 처음 생긴 가족의 기쁜 날, 함께해 주시면 감사하겠습니다.

일시: 2024년 9월 21일 (토) 낮 12시
장소: {{u:부평}} 한식 뷔페 2층 소연회장
※ 축의금은 정중히 사양합니다. 와 주시는 것만으로 충분합니다.

- {{r:철민}}, {{p:은비}} 드림

---- 답장 모음 (아내 {{p:은비}}가 정리) ----
{{p:정\u200b수\u200b민}} 목사님: 당연히 가야지요. {{r:철민}} 형제 가정에 축복을!
{{p:Yerlan}} (회사 동료): Congratulations {{r:Chol-min}}! I will come with {{p:Aigerim}} 🎉
{{p:박하늘}}: {{r:하람}}이 이름 너무 예뻐요. 저도 갑니다!
{{p:문태윤}} 선생님 ({{u:남북하나재단}} 상담사): 참석합니다. 옥반지 같은 건 안 가져가도 되죠? 😄
"{{p:큰곰}}" ({{u:선양}} 때 같이 있던 형): {{r:철민}}아 축하한다. 나는 못 가지만 선물은 보낸다
{{p:한송이}}: ❤️❤️ 가요!

---- {{p:은비}} 메모 ----
- "{{p:큰곰}}"은 {{u:선양}}에서 컴퓨터 일 할 때 같은 방 쓰던 {{p:곽영진}} 오빠. 남편이 {{p:영진}} 오빠 이름을 초대장에 쓰지 말라고 해서 별명으로만 씀.
- {{p:Yerlan}} 씨 부인 이름은 {{p:Aigerim}}. 아이 자리 1개 추가.
- {{p:정수민}} 목사님 기도 순서 12:20.
""",
    },
    {
        "id": "h52-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Im Tae-hyon", "임태현", "witness", ["태현"]),
        ],
        "note": "Memorial name list prepared by a former logger for a Chuseok ancestral rite, remembering family and co-workers who died in Russia; names with Hanja, honorific kin terms kept outside, nicknames from the camp, a Russian driver remembered in Hangul and Cyrillic; 이상 and 위해 as ordinary words.",
        "text": """추석 차례 때 함께 기억할 이름 (2023년 9월, {{r:임태현}} 작성, 상담사 {{p:고은채}} 타이핑)

※ 이 명단은 제사상에 올릴 지방이 아니라, 제가 이름이라도 한 번 부르고 싶은 사람들입니다. 이상의 이름은 외부에 공개하지 않습니다.

1. 아버지 {{p:임창규}}({{p:林昌奎}}) - 1998년 {{u:함경남도}} {{u:단천}}에서 돌아가심.
2. 어머니 {{p:서옥분}} - 2011년 돌아가심. 제가 {{u:러시아}}에 있을 때라 장례에 못 감.
3. 형 {{p:임태식}} - 생사 모름. 2010년 군 입대 후 소식 없음.
4. {{p:황보철}} 동무 - 2014년 2월, {{u:아무르주}} 벌목장에서 나무에 깔려 사망. 다들 "{{p:보철}}이"라고 불렀음. 시신은 {{u:블라디보스토크}}를 거쳐 고향으로 보냈다고 들었음.
5. "{{p:꼬마}}" - 본명 {{p:지명호}}. 19살에 왔다가 2015년 폐렴으로 사망. 반장 {{p:우}} 씨가 병원에 안 보냄.
6. {{p:Коля}} ({{p:콜랴}}) - {{u:러시아}} 운전기사. 2016년 빙판길 사고로 사망. 우리를 위해 빵을 몰래 실어다 준 사람. 성은 {{p:Смирнов}}였던 것 같음.
7. {{p:모윤석}} 아저씨 - 식당 밥 짓던 분. 2017년 귀국 후 소식 없음. 살아 계시면 이름 빼 주세요.

상담사 메모 ({{p:고은채}})
- {{r:태현}} 님이 4번 {{p:황보철}}을 부를 때 "{{p:황보}} 동무"라고도 하심. {{p:황보}}는 복성(두 글자 성)으로 보임.
- 5번 "{{p:꼬마}}"는 별명. 같은 벌목장 출신 다른 면담자({{p:김}} 모 씨) 진술과 일치.
- 7번 {{p:모윤석}} 님 생존 여부 확인 전까지 이름 비공개.
""",
    },
    {
        "id": "h52-ko-10",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Nam Yong-bok", "남영복", "witness", ["영복", "영복이"]),
            ("Jin Chang-su", "진창수", "coworker", ["창수"]),
        ],
        "note": "KakaoTalk group chat export among former Qatar construction workers; display names with emoji and a zero-width joiner, a nickname 짱구, the surname 진 beside 진짜, the surname 남 beside 남 (others), a deleted message, photos; chat timestamps in Korean format.",
        "text": """카카오톡 대화 - 도하 형제들 (5명)
저장한 날짜 : 2024-03-02 22:14

--------------- 2024년 3월 1일 금요일 ---------------
[{{r:남영복}}🌴] [오후 8:02] 다들 삼일절 잘 보냈나
[{{r:진창수}}] [오후 8:03] 쉬는 날이라 집에 있었다 ㅋㅋ 진짜 오랜만에 잠 실컷 잠
[{{p:짱구}}] [오후 8:05] 형들 나 이번에 이사함 {{u:수원}}으로
[{{r:남영복}}🌴] [오후 8:05] {{p:짱구}} 축하한다 ㅎㅎ 남의 집 살이 끝이냐
[{{p:짱구}}] [오후 8:06] 아직 월세지 뭐 ㅋ
[{{p:황\u200d인철}}] [오후 8:10] {{r:영복}}아 지난번에 말한 그 NGO 사람 연락 왔냐
[{{r:남영복}}🌴] [오후 8:12] 어 {{p:제니}} 선생님. 다음 주에 인터뷰 한다. 우리 {{u:카타르}} 있을 때 이야기
[{{r:진창수}}] [오후 8:12] {{p:명}} 소장 이야기도 하냐?
[{{r:남영복}}🌴] [오후 8:13] 해야지. {{p:명성국}}이 여권 뺏은 거랑 월급 떼먹은 거
[{{p:황\u200d인철}}] [오후 8:14] 나도 같이 하고 싶은데 이름은 안 나가게 해 달라고 해라
[{{r:진창수}}] [오후 8:15] 삭제된 메시지입니다.
[{{r:진창수}}] [오후 8:15] 아 잘못 보냄. {{r:영복}}이 너 그때 {{p:방글라}} 친구 이름 기억나냐 우리 물 갖다주던
[{{r:남영복}}🌴] [오후 8:17] {{p:라자크}}! {{p:Abdur Razzaq}}. 걔 덕분에 살았지
[{{p:짱구}}] [오후 8:18] 사진
[{{p:짱구}}] [오후 8:18] 이거 {{u:루사일}} 현장 ㅋㅋ {{r:창수}}형 완전 애기다
[{{r:진창수}}] [오후 8:19] 야 {{p:동훈}}아 그거 지워라 진짜
[{{p:짱구}}] [오후 8:19] ㅋㅋㅋㅋ 싫어
[{{p:황\u200d인철}}] [오후 8:30] 그럼 다들 잘 자라 🙏

※ 활동가 {{p:제니}}({{p:Jenny Han}}) 메모: "{{p:짱구}}" = {{p:구동훈}}, "{{p:방글라}}" = {{u:방글라데시}} 출신 동료를 부르던 말 → 여기서는 {{p:라자크}} 한 사람을 가리킴. "{{p:길성}}" = {{p:도길성}}. "{{p:명}} 소장" = {{p:명성국}}.
""",
    },
    {
        "id": "h52-ko-11",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Cha Sun-bok", "차순복", "witness", ["순복"]),
        ],
        "note": "Medication administration record at a shelter clinic with nurses' initials and signatures, prescribing doctor, a patient refusing medicine and asking for a co-worker from her Chinese restaurant days; initials in Latin and Hangul; the surname 차 beside 차 (tea) in the notes; CRLF.",
        "text": """투약 기록지 (MAR) - 2024년 4월 1주
환자: {{r:차순복}} (여, 58) / 병록번호 24-0117 / 처방의: {{p:노현석}} 원장
알레르기: 페니실린

약품 | 용법 | 4/1 | 4/2 | 4/3 | 4/4 | 4/5
설트랄린 50mg | 1일 1회 아침 | {{p:KJ}} | {{p:KJ}} | 거부 | {{p:PH}} | {{p:PH}}
졸피뎀 5mg | 취침 전 필요시 | - | {{p:ㅇㅅ}} | {{p:ㅇㅅ}} | - | {{p:ㅇㅅ}}

서명 확인: {{p:KJ}} = 간호사 {{p:김지은}} / {{p:PH}} = 간호사 {{p:박하윤}} / {{p:ㅇㅅ}} = 야간 간호조무사 {{p:오세라}}

간호 기록
4/3 08:10 ({{p:김지은}}) 설트랄린 복용 거부. "이 약 먹으면 {{p:최}} 동무 꿈을 꾼다"고 함. {{p:최}} 동무가 누구냐 물으니 {{u:중국}} 식당에서 같이 일하던 {{p:최련희}}라고 함. 따뜻한 차를 드리고 30분 후 다시 권했으나 거부. {{p:노}} 원장님께 보고.
4/3 14:00 ({{p:노현석}}) 면담. 악몽 호소. 다음 주 정신건강의학과 {{p:하지원}} 교수 진료 의뢰. 설트랄린 유지.
4/4 08:05 ({{p:박하윤}}) 복용함. {{r:순복}} 님이 "{{p:하윤}} 선생이 주면 먹는다"고 농담.
4/5 22:30 ({{p:오세라}}) 잠이 안 온다며 졸피뎀 요청. 투약. 식당 이야기 하며 {{p:련희}}, {{p:금순}}, {{p:옥화}} 이름을 여러 번 부름.

※ 참고: {{r:차순복}} 님은 2015~2019년 {{u:중국}} {{u:닝보}} {{u:북한}} 식당 근무. 식당 책임자 {{p:차}} 씨는 본인과 친척 아님(본인 확인).
""",
    },
    {
        "id": "h52-ko-12",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Hyon-u", "리현우", "witness", ["현우", "이현우"]),
            ("Kye Song-nam", "계성남", "official", []),
        ],
        "note": "Transcribed loyalty pledge signed by a construction brigade before leaving for Russia, with a translator's note; public figures named in the pledge, the brigade roster with DPRK spelling 리/림 and the South Korean 이/임, a political officer as witness; signatures as written; the word 결의 and 위해 not names.",
        "text": """[번역자 주: 아래는 탈북민 {{r:리현우}} 씨가 보관하던 서약서 사진을 그대로 옮긴 것이다. 원문 표기를 유지하였다.]

충 성 의 서 약

우리 {{u:조선로동당}}의 령도 밑에 해외에 파견되는 우리 건설려단 제3작업반 전체 성원들은 경애하는 {{u:김정은}} 동지께 끝없이 충실할 것을 엄숙히 맹세한다.

하나. 우리는 해외에서도 조국의 영예를 빛내기 위해 계획과제를 무조건 넘쳐 수행한다.
하나. 우리는 외국 사람들과 사사로이 접촉하지 않으며 자본주의 사상 문화에 물젖지 않는다.
하나. 우리는 매주 생활총화에 빠짐없이 참가하며 동지들의 결함을 제때에 비판한다.

2016년 4월 11일 {{u:평양}}

작업반장 {{p:림영수}} (수표)
성원 {{r:리현우}} (수표)
성원 {{p:방철민}} (수표)
성원 {{p:리광혁}} (수표)
성원 {{p:탁성진}} (수표)
성원 {{p:주명일}} (수표)
성원 {{p:함영철}} (수표)
립회: 보위지도원 {{r:계성남}} (수표)

[번역자 주 - {{p:천소희}}]
1. "{{p:림영수}}"는 남한식으로 {{p:임영수}}, "{{r:리현우}}"는 {{r:이현우}}로 표기된다. 서약서 제출 후 이들은 {{u:러시아}} {{u:하바롭스크}}로 출발하였다.
2. "{{r:계성남}}"은 보위지도원으로, {{r:현우}} 씨에 따르면 현장에서도 매일 서약서 내용을 외우게 했다. {{r:계}} 지도원은 2018년 귀국.
3. {{p:방철민}}과 {{p:탁성진}}은 2017년에 현장을 이탈하였다가 {{p:탁성진}}만 붙잡혔다고 한다. {{p:주명일}}과 {{p:함영철}}은 계속 남았다.
4. "맹세", "결의", "위해" 등은 이름이 아니다. {{u:김정은}}은 공인으로 표기한다.
""",
    },
    {
        "id": "h52-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kong Myong-sil", "공명실", "witness", ["명실"]),
        ],
        "note": "Sleep diary kept for trauma therapy by a former restaurant worker in Cambodia and Vietnam, with the therapist's weekly comment; dreams naming the restaurant manager and fellow waitresses, a Vietnamese landlady, the surname 공 beside 공 (ball/zero) and 공연 (performance); fullwidth digits in one line; a Vietnamese title Bà kept outside.",
        "text": """수면 일지 (치료 과제) - {{r:공명실}}
치료사: {{p:우서연}} / 기간: 2024. 1. 8 ~ 1. 14

날짜 | 누운 시각 | 잠든 시각(추정) | 깬 횟수 | 일어난 시각 | 꿈 / 메모
1/8 (월) | 23:00 | 02:30 | 3 | 07:00 | 식당 꿈. {{p:현}} 지배인이 공연 순서표를 찢음. 깨서 물 마심.
1/9 (화) | 22:30 | 01:00 | 2 | 06:40 | 꿈 없음. 낮에 {{p:예린}}이랑 통화해서 그런가.
1/10 (수) | 23:30 | 03:10 | 4 | 07:30 | {{u:프놈펜}} 식당 주방. {{p:金花}} 언니, {{p:리은별}}, {{p:한솔}}이가 나를 부르는데 대답을 못 함.
1/11 (목) | 23:00 | 00:40 | 1 | 06:50 | 공 차는 아이들 소리에 깸. 기분 괜찮음.
1/12 (금) | 00:30 | 04:00 | 3 | 08:00 | {{u:하노이}} 숙소 주인 Bà {{p:Lan}} 아주머니 꿈. {{p:란}} 아주머니는 늘 친절했는데 꿈에서는 문을 잠금.
1/13 (토) | 23:00 | 01:30 | 2 | 07:10 | 공연 꿈 또. 무대에서 노래 가사가 생각 안 남. {{p:현경주}} 지배인이 웃음.
1/14 (일) | 22:40 | 00:20 | 1 | 06:30 | 교회. {{p:소}} 집사님이 점심 사 줌. 잠 제일 잘 잔 날.

주간 평균: 잠들기까지 약 2시간 40분 / 깬 횟수 ２．３회 / 점수 ５점 만점에 ２점

치료사 메모 ({{p:우서연}})
- {{r:명실}} 님은 악몽 속 인물을 항상 실명으로 적습니다. 가장 자주 나오는 사람은 {{u:캄보디아}}와 {{u:베트남}} 식당의 지배인 {{p:현경주}}(꿈에서는 "{{p:현}} 지배인").
- 1/10의 "{{p:金花}} 언니"는 {{u:중국}} 출신 주방 보조로, 본명은 {{p:진화}} 또는 {{p:김화}}일 가능성. {{p:리은별}}, {{p:한솔}}은 같은 식당 복무원.
- 1/14 "{{p:소}} 집사님" = 교회 {{p:소정애}} 집사. 안전한 관계로 보임.
- 다음 주: 잠들기 전 공간(침실) 정리 과제 추가.
- 점수는 공(0)점인 날이 없어서 다행.
""",
    },
    {
        "id": "h52-ko-14",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Myong Un-ha", "명은하", "witness", ["은하"]),
            ("Kwak Pyong-chol", "곽병철", "other", ["곽 사장"]),
        ],
        "note": "A broker's fee ledger transcribed by an investigator after a client handed it over; clients listed by surname plus initial syllable, nicknames, Chinese 'helpers' with 老 and 小 forms, amounts in yuan and won; the surname 명 beside 명 (counter for people); CRLF.",
        "text": """[조사관 전사본] 브로커 장부 (2019~2021) - 제공: {{r:명은하}} / 전사: {{p:권나래}}
※ 원본은 스프링 노트, 연필. 장부 주인은 "{{r:곽}} 사장"({{r:곽병철}})으로 추정. 금액 단위 표기 그대로.

날짜 | 고객 | 출발지 | 인원 | 받은 돈 | 나간 돈 | 비고
19.03 | {{p:김ㅊ}} | {{u:선양}} 식당 | 1명 | 2,000만 | {{p:老崔}} 800 | 식당 여자, 선불
19.05 | {{p:박*호}} | {{u:훈춘}} 수산 | 2명 | 3,600만 | {{p:小马}} 1,200 / 차 500 | 형제
19.08 | "{{p:꼬리}}" | {{u:단둥}} 봉제 | 1명 | 1,500만 | {{p:老崔}} 600 | 후불 약속 - 못 받음!!
19.11 | {{r:명ㅇㅎ}} | {{u:단둥}} 봉제 | 1명 | 1,800만 | {{p:老崔}} 700 / {{p:소}}선생 200 | 언니 {{p:명은주}} 보증
20.01 | {{p:리창*}} | {{u:블라디}} 건설 | 1명 | 2,500만 | {{p:Саша}} 900 | {{u:러시아}} 쪽 {{p:사샤}} 통해
20.01~ | (코로나 중단) | | | | |
21.06 | {{p:탁}} | {{u:연길}} | 3명 | 5,000만 | {{p:小马}} 1,500 / {{p:老崔}} 1,000 | 모녀+1

조사관 메모 ({{p:권나래}})
1. {{r:명ㅇㅎ}} = 제보자 {{r:명은하}} 본인. 언니 {{p:명은주}} 씨가 보증을 섰다고 함. 이 장부에서 "명"은 사람 수(명)와 성(명)이 섞여 있으므로 주의.
2. "{{p:꼬리}}"는 제보자도 누구인지 모름. 후불 미지급으로 {{r:곽}} 사장이 {{u:단둥}}까지 찾아가 협박했다는 소문만 있음.
3. {{p:老崔}}는 {{u:중국}} 측 운반책 {{p:최춘식}}(조선족)으로 보임. {{p:小马}}는 운전기사 {{p:马小军}}.
4. "{{p:홍}} 여사"는 {{u:서울}}에서 고객을 소개해 주던 사람. {{r:은하}} 씨 말로는 {{r:곽병철}}과 부부 사이일 수 있음.
""",
    },
    {
        "id": "h52-ko-15",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yon Kyong-chol", "연경철", "witness", ["경철"]),
            ("Ha Mi-yong", "하미영", "other", ["미영"]),
        ],
        "note": "Hiking-club attendance post on a community app with comments; members by full name, given name with 이/아, nicknames, a leader called 대장님 (title), a Mongolian member; surname 연 beside 연 (kite) and 연휴; surname 하 beside 하 (laughing ㅎ) and 하산; emoji and hashtags with names.",
        "text": """[공지] 🏔️ 4월 정기산행 출석 체크 (관악산, 4/14 일)
작성자: {{p:방대근}} 대장

출발: 사당역 4번 출구 08:30 / 하산 후 식사: 순두부집

참석 ✅
1. {{p:방대근}} (대장)
2. {{r:연경철}}
3. {{r:하미영}} (총무)
4. {{p:어진수}}
5. {{p:Munkhbat}} ({{p:뭉흐}} 씨)
6. {{p:탁영애}}
7. {{p:권오성}} + 아들 {{p:지호}}

불참 ❌
- {{p:설기남}}: 연휴 끝나고 야간 근무
- {{p:지용철}}: 무릎

댓글
{{r:연경철}}: 대장님 저 김밥 10줄 싸 갑니다 ㅎㅎ {{u:러시아}} 현장에서 산 탈 때는 빵 한 조각이었는데 🥲
{{r:하미영}}: {{r:경철}}씨 최고! 회비는 저한테 주세요 하하
{{p:Munkhbat}}: 저도 갑니다!! 보즈(만두) 가져가요 🇲🇳
{{p:방대근}}: {{p:뭉흐}} 씨 만두 기대합니다. {{r:미영}} 총무님 명단 확인 부탁해요
{{p:어진수}}: {{r:경철}}이형 이번엔 천천히 가요 ㅋㅋ 지난번에 날아다님
{{p:탁영애}}: 저 연 날리는 거 가져가도 되나요? 정상에서 날리고 싶어요
{{r:하미영}}: {{p:영애}} 언니 연은 바람 보고요~ 😂
{{p:설기남}}: 다음엔 꼭 갑니다. {{r:연경철}} 형님 사진 많이 찍어 주세요

#관악산 #새터민산악회 #{{r:경철}}형김밥 #{{p:뭉흐}}만두
""",
    },
    {
        "id": "h52-ko-16",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Nam Chol-hyok", "남철혁", "witness", ["철혁"]),
        ],
        "note": "Pen-pal letter from a former Sakhalin fishery worker to a Polish university student, in Korean with a few Polish words; the student's name with a Polish vocative ending, her grandmother, the writer's Russian co-workers in Hangul, a fellow worker by nickname, family members; the surname 남 beside 남 (south) and 남쪽.",
        "text": """{{p:마르타}}에게 ({{p:Marta}}, Droga {{p:Marto}}!)

안녕하세요, {{p:마르타}} 씨. 지난번 편지와 {{u:크라쿠프}} 사진 정말 고마웠어요. 할머니 {{p:Zofia}} 님께서 직접 구워 주셨다는 과자 이야기를 읽고, 저도 어머니가 만들어 주던 감자떡이 생각났어요.

저는 요즘 {{u:인천}}에서 냉동 창고 일을 하고 있어요. 추운 곳에서 일하는 건 익숙해요. {{u:사할린}} 수산 공장에서 5년 있었으니까요. 거기서는 우리 노동자 30명이 명태를 손질했는데, {{u:러시아}} 사람 감독 {{p:이고르}}는 말은 거칠어도 우리에게 점심 빵을 더 챙겨 줬어요. 진짜 무서운 사람은 우리 쪽 관리자 {{p:석}} 부장이었어요. {{p:석}} 부장은 우리가 {{p:이고르}}랑 말만 해도 총화 때 비판했어요.

같이 일한 친구 중에 "{{p:갈매기}}"라는 별명의 친구가 있었어요. 본명은 {{p:지영남}}인데, 새처럼 말랐다고 다들 그렇게 불렀어요. {{p:영남}}이는 제가 남쪽으로 떠나던 날 밤 문 앞까지 배웅해 줬어요. 지금은 어디 있는지 몰라요.

{{p:마르타}} 씨가 물어본 제 이름 이야기: 제 이름은 {{r:남철혁}}이에요. 성 "남"은 한자로 南, 남쪽이라는 뜻이에요. 어릴 때 친구들이 너는 남쪽으로 가겠다고 놀렸는데, 결국 정말 남쪽에 왔네요. {{u:폴란드}}에서는 제 이름을 어떻게 읽어요? Chol-hyok이 어렵죠? 그냥 "{{r:철혁}}"이라고 불러도 돼요.

어머니 {{p:허순녀}}와 동생 {{p:남철호}}는 아직 {{u:북한}}에 있어요. 편지에 가족 이야기를 쓰는 건 처음이에요.

Do zobaczenia! 건강하세요.
{{r:철혁}} 드림
2024. 10. 3.

(자원봉사자 {{p:유가온}} 메모: 펜팔 프로그램 규정상 마지막 문단의 가족 이름은 발송 전 본인과 다시 상의함.)
""",
    },
    {
        "id": "h52-ko-17",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Sin Ok-ju", "신옥주", "witness", ["옥주"]),
            ("Tae Hyok-nam", "태혁남", "witness", ["혁남"]),
        ],
        "note": "Vocational licence exam result notice from a training centre, with a list of candidates masked in the middle syllable and the instructor's congratulation messages; masked names like 신*주 labelled, full names in the messages, surname 태 beside 태도 and 태양; 신 beside 신청.",
        "text": """[합격 안내] 2024년 제2회 국가기술자격 실기시험 결과 - 직업훈련센터 조리·용접반

아래 훈련생의 합격을 축하드립니다. (개인정보 보호를 위해 이름 가운데 글자를 가렸습니다)

한식조리기능사
- {{r:신*주}} (합격)
- {{p:문*희}} (합격)
- {{p:구*영}} (불합격 - 재응시 신청 가능)

특수용접기능사
- {{r:태*남}} (합격)
- {{p:하*철}} (합격)
- {{p:어*수}} (합격)

재응시 신청: 9월 2일까지 행정실 {{p:나현주}} 주임에게.

--- 강사 단체문자 (조리반 {{p:백은숙}} 강사) ---
{{r:옥주}} 씨 축하해요!!! 칼질할 때 손 떨던 첫날 생각나요. {{p:문정희}} 씨도 고생 많았어요. {{p:구세영}} 씨, 실망하지 말고 다음에 꼭 같이 붙어요 💪

--- 강사 단체문자 (용접반 {{p:표상훈}} 강사) ---
{{r:혁남}}아, {{p:하대철}}, {{p:어민수}} 모두 축하한다. {{r:태혁남}}이는 {{u:쿠웨이트}}에서 용접했다더니 역시 태도가 다르다. 태양 아래서 일한 경력은 어디 안 간다 ㅎㅎ

--- {{r:신옥주}} 답장 ---
선생님 감사합니다 🙏 {{u:중국}} 식당에서 7년 동안 주방 보조만 했는데 이제 진짜 요리사예요. {{p:정희}} 언니랑 같이 기뻐하고 있어요.

--- {{r:태혁남}} 답장 ---
{{p:표}} 선생님 덕분입니다. {{p:대철}}이랑 {{p:민수}} 형이 제일 먼저 축하해 줬습니다.
""",
    },
    {
        "id": "h52-mixed-01",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kim Song-gwang", "김성광", "witness", ["Song-gwang", "Ким Сон Гван"]),
        ],
        "note": "Russian administrative-offence record against a DPRK worker found without registration, with Korean and English translator's notes; Russian names in full with patronymics, in initials and in case forms (Кима, Киму), attesting witnesses, a Kyrgyz interpreter, the brigade leader named in the record; CRLF.",
        "text": """ПРОТОКОЛ об административном правонарушении № 25 ПК 0417731
(Administrative offence record - photocopy provided by the witness; Korean/English notes by the NGO)

Дата: 17 марта 2019 г.   Место составления: г. {{u:Владивосток}}, ул. Русская, 2
Составил: старший инспектор отдела по вопросам миграции, капитан полиции {{p:Шевченко Игорь Олегович}}

Сведения о лице: {{r:Ким Сон Гван}}, 12.04.1985 г.р., гражданин {{u:КНДР}}, паспорт № (не предъявлен)
Место работы: строительный объект, бригадир {{p:Пак Ён Чер}}

Существо правонарушения: гражданин {{r:Ким Сон Гван}} находился на территории {{u:РФ}} без постановки на миграционный учёт по месту пребывания (ч. 4 ст. 18.8 {{u:КоАП РФ}}).

Понятые: 1) {{p:Зуева Марина Петровна}}; 2) {{p:Абдуллаев Р.Ш.}}
Переводчик: {{p:Токтосунов Бакыт}} (кыргызский/русский/корейский - со слов)

Объяснение лица: «Паспорт у бригадира {{p:Пака}}. Я не знаю адрес». (записано со слов переводчика)
Подпись: {{r:Ким С.Г.}}   Инспектор: {{p:И.О. Шевченко}}

---
[번역자 메모 / Translator's note - {{p:안유나}}]
1. 피의자 "{{r:Ким Сон Гван}}"은 본 단체 면담자 {{r:김성광}} 씨. 러시아어 조서에서 {{r:Кима}}, {{r:Киму}} 같은 격변화 형태로도 나옴(2쪽). English: {{r:Kim Song-gwang}}.
2. 여권을 가진 "бригадир {{p:Пак Ён Чер}}" = 작업반장 {{p:박영철}}. {{r:성광}} 씨 설명으로는 {{p:박}} 반장이 경찰서에 와서 벌금 2,000루블을 내고 그를 데려갔으며, 그 돈은 나중에 월급에서 두 배로 떼었다고 함.
3. "Переводчик {{p:Токтосунов}}": he spoke Korean only a little; Mr {{r:Kim}} says {{p:Bakyt}} mostly guessed. The record says the statement was given "со слов переводчика" (according to the interpreter), i.e. {{r:Kim}}'s words were never read back to him.
4. 참고인 {{p:Абдуллаев}} (initials only) was a market trader; {{p:Зуева}} was a cleaner at the police station, per {{r:Song-gwang}}.
5. Inspector {{p:Shevchenko}} appears in two other records we hold (files R-0211, R-0388).
""",
    },
    {
        "id": "h52-mixed-02",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ho Chang-nam", "허창남", "witness", ["Chang-nam", "Хо Чан Нам"]),
            ("So Il-gwon", "소일권", "coworker", ["Il-gwon", "Со Ир Гвон"]),
        ],
        "note": "Russian work-patent payment receipts (NDFL advance payments) photographed by a worker, with a Korean caseworker's table and English remarks; payers' names in Cyrillic capitals, a bank cashier, a Russian intermediary company's director; surnames Ho and So beside the English words 'so' and 'ho'; a payer listed only as 'KIM' in a Latin field.",
        "text": """[사례 NK-R-0733] 특허(патент) 선납 영수증 사본 정리 - 작성: {{p:이하은}} / review: {{p:Daniel Brooks}}

영수증 원문 ({{u:Сбербанк}} 창구 영수증 발췌)
① Плательщик: {{r:ХО ЧАН НАМ}} | ИНН: - | Назначение: НДФЛ фиксированный авансовый платеж (патент) | Сумма: 4 800,00 | Кассир: {{p:Лапина Е.}}
② Плательщик: {{r:СО ИР ГВОН}} | Сумма: 4 800,00 | Кассир: {{p:Лапина Е.}}
③ Плательщик: {{p:ЧВЕ МЁН ИЛЬ}} | Сумма: 4 800,00 | Кассир: {{p:Ганиева З.}}
④ Плательщик (latin field): {{p:KIM}} | Сумма: 9 600,00 | Кассир: {{p:Ганиева З.}}
⑤ Плательщик: ООО «Восток-Строй-Сервис» (за {{r:ХО Ч.Н.}}) | Сумма: 14 400,00 | Подпись директора: {{p:Мельников А.А.}}

정리표
번호 | 납부자 (한글) | 기간 | 비고
① | {{r:허창남}} | 2019.05 | 본인 창구 납부 (현장 밖 외출 허락받은 날)
② | {{r:소일권}} | 2019.05 | {{r:허창남}}과 같이 감
③ | {{p:최명일}} | 2019.06 | {{r:창남}} 씨가 대신 납부
④ | "{{p:KIM}}" | 2019.06 | 2개월분 - 누구인지 불명. {{r:창남}} 씨 추측: {{p:김혁}} 또는 작업반장 {{p:김응철}}
⑤ | 회사 대납 | 2019.07~09 | 이후 월급에서 "특허비" 명목으로 공제

English remarks ({{p:D. Brooks}}):
- So the patent fees were paid by the workers themselves for at least two months, and by the intermediary for three, which was then recovered from wages. Mr {{r:Ho}} says the brigade leader, {{p:Kim Ung-chol}}, told them the patent was "a gift from the Russian side".
- {{r:So Il-gwon}} (receipt ②) has confirmed by phone. {{r:Il-gwon}} says {{r:Ho}} was the one who knew where the bank was.
- The director {{p:Melnikov}} signed receipt ⑤ personally. His company appears in the receipts of two other cases; cross-check with {{p:Ha-eun}}.
""",
    },
    {
        "id": "h52-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Sang-hun", "리상훈", "witness", ["Sang-hun", "Ли Сан Хун"]),
            ("Chu Kwang-ho", "주광호", "supervisor", ["Kwang-ho"]),
        ],
        "note": "Sawmill shift output board from a Siberian timber yard, transcribed from a photo: Korean brigade members in Hangul with Russian shift masters in Cyrillic; the witness's notes in Korean and English; a worker nicknamed after a tool; the surname Чу/주 and Ли/리 forms; the word 'board' not a name.",
        "text": """ВЫРАБОТКА СМЕНЫ / 작업반 일일 실적판 - лесопильный цех, участок 3
(Photo taken 11 Nov 2017 by {{r:Ri Sang-hun}}; transcribed by {{p:Park Ji-hoon}}, NGO research intern)
Location: timber yard near {{u:Tulun}}, {{u:Irkutsk Oblast}}

Смена 1 (08:00-20:00) | Мастер: {{p:Фёдоров В.}}
이름 | 규격 | м³ | 비고
{{p:함광일}} | 50x150 | 6.2 |
{{r:리상훈}} | 50x150 | 5.8 |
{{p:봉철진}} | 25x100 | 4.1 | 톱날 교체
"{{p:도끼}}" | 25x100 | 7.3 | 最高
{{p:왕철수}} | брус 100x100 | 5.0 |
Итого: 28.4 м³   Бригадир: {{r:주광호}}

Смена 2 (20:00-08:00) | Мастер: {{p:Аюшеев Б.}}
이름 | 규격 | м³ | 비고
{{p:염명수}} | 50x150 | 5.5 |
{{p:차경일}} | 50x150 | 5.1 | 손 부상
{{p:우영남}} | 25x100 | 3.9 |
Итого: 14.5 м³   Бригадир: {{r:Чу К.Х.}}

NGO notes
- {{r:상훈}} 씨 설명: "{{p:도끼}}"(axe) is the nickname of {{p:구철웅}}, the strongest man in the brigade. {{p:철웅}}이 형 is always at the top of the board, 그래서 반장 {{r:주광호}}가 다른 사람들 목표를 {{p:철웅}} 기준으로 올렸다고 함.
- {{p:차경일}} hurt his hand on the night shift; master {{p:Аюшеев}} ({{p:Bair Ayusheev}}, a Buryat) wanted to call a doctor but {{r:Chu}} refused. {{r:Sang-hun}} says {{p:Bair}} later brought bandages from home.
- {{p:왕철수}} is Korean despite the surname 왕; {{r:Sang-hun}} says the Russians thought he was Chinese.
""",
    },
    {
        "id": "h52-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Kyong-hui", "김경희", "witness", ["Kyong-hui", "金京姬"]),
            ("Ryang Myong-dok", "량명덕", "supervisor", ["梁明德"]),
        ],
        "note": "Chinese IOU from a garment-factory manager to a worker, with a Korean translation and English file note; names in Hanzi, the guarantor by 老 form, witness signatures, fingerprint; a registered supervisor's Chinese-character name; a private Kim beside the public Kim Kyong-hui distinction noted (same name as a public figure, here a private woman).",
        "text": """欠 条 (원문 사진 전사)

今欠到 {{r:金京姬}} 同志工资人民币 壹万贰仟元整 (¥12,000.00)，
于2020年12月31日前还清。如到期未还，由担保人 {{p:老宋}} 负责偿还。

欠款人：{{r:梁明德}} (按手印)
担保人：{{p:宋国强}}
见证人：{{p:朴春花}}、{{p:李美兰}}
2019年8月15日 于 {{u:丹东}}

---
[한국어 번역 - {{p:장서윤}}]
차용증
오늘 {{r:김경희}} 동무의 임금 인민폐 12,000위안을 빌렸으며 2020년 12월 31일 전에 모두 갚는다. 기한까지 갚지 못하면 보증인 {{p:老宋}}({{p:송}} 씨)이 책임지고 갚는다.
채무자: {{r:량명덕}} (손도장) / 보증인: {{p:송국강}} / 증인: {{p:박춘화}}, {{p:리미란}}

---
File note (English, {{p:Helen Park}}, 2 Feb 2024):
- The creditor is our interviewee {{r:Kim Kyong-hui}} (b. 1991). She is not the public figure of the same name; we record her as a private person. {{r:Kyong-hui}} worked at a garment factory in {{u:Dandong}} from 2016 to 2020.
- The debtor {{r:梁明德}} is {{r:Ryang Myong-dok}}, the North Korean manager of the workers' dormitory. {{r:Ryang}} wrote this IOU after {{r:Kyong-hui}} threatened to tell the Chinese owner that her wages had not been paid for eight months.
- Guarantor {{p:宋国强}} ({{p:Song Guoqiang}}), called {{p:老宋}} by everyone, is the Chinese factory's logistics manager. Witnesses {{p:朴春花}} and {{p:李美兰}} ({{p:Pak Chun-hwa}}, {{p:Ri Mi-ran}}) were co-workers.
""",
    },
    {
        "id": "h52-mixed-05",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Han Chun-mi", "한춘미", "witness", ["Chun-mi", "春美"]),
        ],
        "note": "Promotional WeChat Moments posts by a North Korean restaurant in Shenyang, captured by a researcher, with customers' comments and Korean/English annotations; waitresses' stage names in Chinese and Korean, the manager's Chinese nickname, emoji, Chinese customers' display names; mixed line endings.",
        "text": """[Capture: {{u:WeChat}} Moments, account "平壤◯◯馆 沈阳店", 2018-03 to 2018-05 - saved by {{p:Yoo Seung-min}}, researcher]

2018-03-08 19:20
🌸三八妇女节快乐🌸 今晚8点 朝鲜姑娘为您演唱！领唱：{{r:春美}}、{{p:金花}}、{{p:玉兰}} 💃 预订电话 ***
  评论 / comments:
  {{p:张哥}}：{{r:春美}}唱得太好了👍
  {{p:辽宁老王}}：上周去了，{{p:玉兰}}的二胡绝了
  {{p:Lily刘}}：求合影📸

2018-04-15 12:00
太阳节特别套餐 ¥288 冷面+烤肉 🥩 服务员{{p:英姬}}为您推荐
  评论:
  {{p:老郑}}：{{p:英姬}}中文越来越好了
  {{p:王总}}：包间已订，让{{r:春美}}来唱《阿里郎》

2018-05-20 21:45
[视频] 今晚演出精彩片段 🎤 {{r:春美}} {{p:金花}} {{p:玉兰}} {{p:英姬}} {{p:顺姬}}
  评论:
  平壤馆-{{p:金经理}}：是的，欢迎大家来捧场 🙏

---
연구원 주석 / Researcher's notes ({{p:유승민}})
1. "{{r:春美}}" = 면담자 {{r:한춘미}} ({{r:Han Chun-mi}}). 식당 안에서는 본명 대신 이 무대 이름을 썼다고 함. {{r:Chun-mi}} confirmed the other names: "{{p:金花}}" is {{p:리금화}}, "{{p:玉兰}}" is {{p:조옥란}}, "{{p:英姬}}" is {{p:강영희}}, and "{{p:顺姬}}" ({{p:순희}}) arrived in May 2018; she does not know {{p:순희}}'s surname.
2. The account that replies as "平壤馆-{{p:金经理}}" was run by the manager, {{p:김정순}}, whom Chinese customers called {{p:金经理}}.
3. "{{p:王总}}" was a regular who booked private rooms; {{r:춘미}} 씨는 {{p:王总}}이 올 때마다 {{p:김}} 지배인이 여자 복무원들에게 술을 따르게 했다고 진술.
""",
    },
    {
        "id": "h52-mixed-06",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Pang Chol-su", "방철수", "witness", ["Chol-su"]),
            ("Pang Yong-ok", "방용옥", "relative", ["Yong-ok"]),
        ],
        "note": "Satellite-phone call log exported from a longliner's handset and annotated in Korean and English; who called whom, crew use charged to wages, a Taiwanese captain and a fishing master, a Korean crew member's wife called through a broker's phone in China; call duration columns; CRLF.",
        "text": """[위성전화 통화 기록 / Satellite phone log - {{u:Iridium}} handset, F/V SHUN FA 31]
Exported by the NGO from a photo of the handset screen (2020-07 to 2020-09). Notes: KR by {{p:정민아}}, EN by {{p:Laura Chen}}

Date (UTC) | Dir | Number | Dur | Used by (captain's book) | 금액 공제
2020-07-03 02:14 | out | +886 *** | 12:40 | Capt. {{p:Lai}} | -
2020-07-09 11:02 | out | +86 433 *** | 03:10 | {{r:PANG CHOL SU}} | US$ 30
2020-07-09 11:07 | out | +86 433 *** | 01:05 | {{r:PANG CHOL SU}} | US$ 10
2020-07-22 05:50 | in | +886 *** | 25:00 | {{p:Tsai}} (fishing master) | -
2020-08-01 13:30 | out | +62 *** | 04:12 | {{p:Budi Santoso}} | US$ 40
2020-08-14 09:15 | out | +86 433 *** | 02:00 | {{p:HWANG KUM CHOL}} | US$ 20
2020-09-02 12:00 | out | +86 433 *** | 06:30 | {{r:PANG CHOL SU}} | US$ 60

설명 ({{p:정민아}})
- +86 433은 {{u:연변}} 지역번호. 세 번 모두 브로커 {{p:현}} 씨의 전화였고, {{p:현}} 씨가 {{u:회령}} 쪽 휴대폰과 연결해서 아내 {{r:방용옥}} 씨와 통화하게 했다고 함.
- 9월 2일 통화에서 {{r:용옥}} 씨가 "애들 아버지 살아 있으면 됐다"고 함. {{r:철수}} 씨는 이 말을 하며 울었음.
- {{p:HWANG KUM CHOL}} = {{p:황금철}}. 같은 배 {{u:북한}} 선원. 통화 상대는 모름.

Notes ({{p:Laura Chen}})
- Capt. {{p:Lai}} ({{p:Lai Wen-chieh}}) and fishing master {{p:Tsai}} used the phone free of charge. Crew were charged US$ 10 per minute, deducted from their final settlement. Mr {{r:Pang}} says the deductions were recorded by the minder, {{p:Ro}}, not by the captain.
- {{p:Budi}} is an Indonesian deckhand; {{r:Chol-su}} remembers {{p:Budi}} lending him his turn on the phone once.
- Please do not call the +86 433 number; {{p:Hyon}} may still be active and {{r:Yong-ok}} could be at risk.
""",
    },
    {
        "id": "h52-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Sim Hyon-jin", "심현진", "witness", ["Hyon-jin"]),
        ],
        "note": "Crypto-exchange KYC review notes shared in litigation, with a former DPRK IT worker's Korean comments; fake identities with Western, Japanese and Chinese names, selfie reviewers' names, a team leader known by a nickname, usernames; real exchange public; English-word surname So beside 'so'.",
        "text": """KYC REVIEW NOTES - batch of 6 accounts flagged for "document reuse" (exhibit C-14, produced by the exchange)
Reviewer: {{p:Aisha Bello}} (L2 compliance) | QA: {{p:Tomás Ferreira}}

Acct | Name on ID | Nationality (claimed) | Issue | Decision
A-1 | {{p:Ethan Cole}} | CA | same selfie background as A-3 | reject
A-2 | {{p:Takumi Saito}} / {{p:斎藤 拓海}} | JP | MRZ check digit invalid | reject
A-3 | {{p:Wei Zhang}} / {{p:张伟}} | SG | same selfie background as A-1 | reject
A-4 | {{p:Marcus Lee}} | US | liveness fail; eyes closed in 3 frames | escalate
A-5 | {{p:Hyun So}} | KR | login IP in {{u:Shenyang}} | escalate
A-6 | {{p:Daniel Ortiz}} | PH | OK | approve (later frozen)

{{p:A. Bello}}: Flagged A-1 and A-3 because the curtain behind "{{p:Ethan}}" and "{{p:Wei}}" is identical. So either two people share a room or one person made both. A-5 "{{p:So}}" writes in fluent Korean in support chat but the ID is a scan.
{{p:T. Ferreira}}: Agree. Escalating A-4/A-5 to {{p:Priya}} in FIU.

---
증인 코멘트 (전 IT 노동자 {{r:심현진}}, 2024.06 면담, 기록 {{p:노은별}})
- A-1~A-4는 {{u:선양}}에서 같은 방을 쓰던 우리 팀 계정이 맞다. 커튼은 숙소 창문 커튼. "{{p:Ethan Cole}}"은 제가, "{{p:Wei Zhang}}"은 {{p:류성민}}이 운영했다.
- "{{p:Takumi Saito}}"는 팀장 {{p:백영호}}가 만든 신분. 우리는 {{p:백}} 팀장을 "사장님"이 아니라 "{{p:영감}}"이라고 불렀다. (영감 = old man, nickname)
- A-5 "{{p:Hyun So}}"는 {{p:소현철}}, 우리 팀 막내. {{p:현철}}이가 채팅에서 한국어를 써서 다 들켰다고 {{p:영감}}이 크게 화냈다.
- A-6 "{{p:Daniel Ortiz}}"는 다른 팀. 모르는 사람.
- 저 {{r:현진}}은 2022년 {{u:라오스}} 경유로 탈출. 현재 {{u:서울}}.
""",
    },
    {
        "id": "h52-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kang Chol-song", "강철송", "witness", ["Chol-song"]),
            ("Yu Kwang-jin", "유광진", "supervisor", ["Kwang-jin"]),
        ],
        "note": "Applicant-tracking system export from a remote-hiring company, with recruiters' comments and a former IT worker's Korean annotations; candidate personas, recruiters, interviewers, a reference whose e-mail local part spells a name; a team leader surnamed Yu beside 'you'; real platforms public.",
        "text": """ATS EXPORT - Req #DEV-2291 "Senior Full-Stack Engineer (remote)" - candidates flagged by security, exported 2023-11-02

Candidate | Source | Stage | Recruiter | Interviewer | Notes
{{p:Brian Kim}} | {{u:LinkedIn}} | Rejected (tech screen) | {{p:Chloe Martin}} | {{p:Raj Patel}} | camera off, audio lag
{{p:Alex Chen}} | {{u:Indeed}} | Rejected (security) | {{p:Chloe Martin}} | {{p:Sofia Alvarez}} | same phone number as {{p:Brian Kim}}
{{p:Ryo Tanaka}} | referral | Offer withdrawn | {{p:Mark Dunn}} | {{p:Raj Patel}} | laptop shipped to freight forwarder
{{p:Jin Park}} | {{u:Upwork}} | Rejected | {{p:Mark Dunn}} | {{p:Sofia Alvarez}} | refused ID verification on video

Comment thread ({{p:Chloe Martin}}): {{p:Brian}} and {{p:Alex}} gave the same reference, "{{p:Michael Ross}}" <{{p:michael.ross}}.ref@...>. When {{p:Raj}} asked {{p:Brian}} where he went to school, the answer matched {{p:Alex}}'s CV word for word.
({{p:Raj Patel}}): Honestly, if you ask me, {{p:Ryo}} was the strongest coder of the four.
({{p:Mark Dunn}}): Laptop for {{p:Ryo Tanaka}} was sent to an address that turned out to be a laptop farm. Security has it.

---
주석 (면담자 {{r:강철송}}, 기록 {{p:문하진}})
- "{{p:Brian Kim}}"과 "{{p:Alex Chen}}"은 {{u:단둥}} 숙소에서 {{r:철송}} 본인과 {{p:탁은혁}}이 돌아가며 쓰던 가짜 이름. 추천인 "{{p:Michael Ross}}"도 우리가 만든 이메일.
- "{{p:Ryo Tanaka}}"는 팀장 {{r:유광진}}. {{r:유}} 팀장은 코딩을 제일 잘했음. 그래서 "{{p:Ryo}}가 제일 잘한다"는 평가가 맞음 ㅎㅎ
- "{{p:Jin Park}}"은 {{p:박진}}이라는 실제 이름을 거꾸로 쓴 것. {{p:박진}}은 {{r:광진}} 팀장의 조카라고 들었음.
- {{r:Kang}}: "{{r:Yu}} made us use cameras only with filters. You could not see our faces."
""",
    },
    {
        "id": "h52-mixed-09",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jon Un-sil", "전은실", "witness", ["Un-sil", "Jeon Eun-sil"]),
        ],
        "note": "Sanctions-screening hit review for an NGO's grant payment to a former worker; false-positive analysis between a private beneficiary and a designated person with a similar name, the reviewer's Korean explanation; public designated individuals named neutrally; private beneficiary in North and South spellings; the surname Jon beside the English name John.",
        "text": """SANCTIONS SCREENING - HIT REVIEW FORM
Payment: livelihood grant, KRW 3,000,000 | Beneficiary: {{r:JEON EUN-SIL}} (resident card) / {{r:Jon Un-sil}} ({{u:DPRK}} spelling, per intake)
Screening tool hit: 87% match against a designated individual on the {{u:UN Security Council}} consolidated list ({{u:DPRK}} regime)
Reviewer: {{p:John Whitaker}} (finance) | Second reviewer: {{p:임소라}} (programme)

1. Hit details
The tool matched "{{r:JON UN SIL}}" against a listed entry with the surname JON and a similar given name. Listed persons of that surname are officials of {{u:DPRK}} state bodies; none is a woman born in 1988.

2. Identifiers compared
Beneficiary: F, DOB 1988-02-11, born {{u:Chongjin}}, resident of {{u:Gwangju}} since 2021, former waitress in {{u:Vientiane}}.
Listed person: M, different DOB, designated for activities unrelated to overseas restaurants.
Result: FALSE POSITIVE.

3. Reviewer comment ({{p:J. Whitaker}})
Cleared. For the file: the programme team asked why the tool hit on "Jon" and not on my name; "John" and "Jon" are different strings to the tool. Ms {{r:Jeon}} should not be told about the hit.

4. 2차 검토 의견 ({{p:임소라}})
{{r:전은실}} 님은 2016~2019년 {{u:라오스}} {{u:비엔티안}}의 {{u:북한}} 식당에서 일했던 분으로, 제재 대상자와는 성별·생년·이력 모두 다릅니다. "{{r:전은실}}"을 북한식으로 쓰면 "{{r:Jon Un-sil}}"이 되어 동명이인처럼 보일 뿐입니다. 같은 식당에서 일했던 {{p:전혜경}} 님({{r:은실}} 님 사촌)도 내년 지원 대상인데, 미리 같은 검토 메모를 붙여 두겠습니다.
식당 책임자였던 {{p:라철만}}과 그 부인 {{p:허옥경}}에 대해서는 지급과 무관하므로 기록하지 않습니다.

Approved for payment: {{p:Alan Ng}}, finance director, 12 Sep 2024.
""",
    },
    {
        "id": "h52-mixed-10",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Paek Myong-hui", "백명희", "witness", ["Myong-hui", "명희"]),
            ("Sok Yong-dae", "석용대", "supervisor", ["Yong-dae", "용대"]),
        ],
        "note": "Translator's notes on a transcript of an interview with a former seafood-plant worker; Korean source quotes with English glosses, dialect forms of names, a nickname explained, names the translator could not hear clearly marked as uncertain, Chinese line leaders; the verb 'do' and the word 'so'; mixed line endings.",
        "text": """TRANSLATOR'S NOTES - interview NK-C-0612 (audio 2 of 3)
Translator: {{p:Kim Min-seo}} | for: {{p:Rachel Adler}}, editor | draft 2

[00:03:10] "{{r:용대}}이 동지가 사람 잡는 귀신이었지요"
→ "Comrade {{r:Yong-dae}} was a devil who wore people down." {{r:Yong-dae}} = {{r:Sok Yong-dae}}, the section chief. She uses the given name with 이 + 동지, which in her dialect is mocking rather than friendly. I kept "Comrade" and dropped the 이.

[00:05:42] "{{p:쌍가매}}네 엄마" → "{{p:Ssanggamae}}'s mother". {{p:Ssanggamae}} (twin whorls) is a childhood nickname of a co-worker's son, used here to refer to the co-worker herself, {{p:Ri Chun-ok}}. So the person meant is {{p:Chun-ok}}, not a child. Please do not translate the nickname literally.

[00:09:15] "{{p:小孙}}이하고 {{p:大孙}}이" → two Chinese line leaders, both surnamed Sun, called {{p:Xiao Sun}} and {{p:Da Sun}}. She adds 이 to both. In the English I wrote "{{p:Little Sun}} and {{p:Big Sun}}".

[00:12:30] (unclear) "{{p:명수}}... {{p:명숙}}이?" I cannot hear whether she says {{p:Myong-su}} (male) or {{p:Myong-suk}} (female). Context (dormitory of women) suggests {{p:Myong-suk}}. Flagged [?].

[00:15:02] "저 {{r:명희}}는 그때 스물두 살이었습니다" → she refers to herself in the third person: "I, {{r:Myong-hui}}, was twenty-two then." Kept, as it is characteristic of how Ms {{r:Paek}} speaks.

[00:18:47] "{{r:석}} 과장이 뭘 하라면 해야지, 안 하면 어떡합니까" → "When Section Chief {{r:Sok}} told you to do something you did it; what else could you do?"

[00:21:30] She names the interpreter at the factory as "조선족 {{p:최}} 선생". I rendered it "Mr {{p:Choe}}, the ethnic-Korean interpreter"; the name itself is only the surname {{p:최}}.

General: she always says "{{r:용대}}" without a surname when angry and "{{r:석}} 과장" when calm. {{p:Rachel}}, I suggest we keep the difference in the English.
""",
    },
    {
        "id": "h52-mixed-11",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("O Song-chol", "오성철", "witness", ["Song-chol", "오 선생"]),
            ("Kim Tae-sop", "김태섭", "supervisor", ["Tae-sop"]),
        ],
        "note": "Question-and-answer interview transcript in Korean with English interviewer lines, Mongolian construction site in Ulaanbaatar; speaker labels with surname O (Q/O labels), the interjection 'oh' and 오 (five) as a number word, Mongolian foremen and a landlady with Cyrillic names, the supervisor's nickname, a child's name.",
        "text": """TRANSCRIPT - interview with {{r:O Song-chol}}, 2024-04-18, {{u:Seoul}}
Interviewer: {{p:Ben Harlow}} (BH) | Interpreter: {{p:Seo Da-eun}} (SDE) | Witness: {{r:오성철}} ({{r:O}})

BH: Could you start with where you worked in {{u:Mongolia}}?
SDE: {{u:몽골}} 어디서 일하셨는지부터 말씀해 주시겠어요?
{{r:O}}: {{u:울란바토르}}요. 2015년부터 2018년까지 아파트 짓는 데서 일했습니다. 오 층짜리도 있고 십이 층짜리도 있고.
SDE: In {{u:Ulaanbaatar}}, 2015 to 2018, building apartments, five-storey and twelve-storey blocks.
BH: Oh, and who was in charge of your group?
{{r:O}}: {{r:김태섭}}이라고, 우리는 "{{r:망치}}"라고 불렀습니다. 뭐든 망치로 두드려서 해결하는 사람이라.
SDE: A man called {{r:Kim Tae-sop}}; they called him "{{r:Hammer}}" because he solved everything by hitting it.
BH: Did you have contact with Mongolian workers?
{{r:O}}: 현장 십장이 {{u:몽골}} 사람 {{p:바트에르덴}}이었어요. {{p:Батэрдэнэ}}. 좋은 사람이었어요. 그리고 우리가 밖에서 잘 때 집주인 할머니 {{p:체렌}}, {{p:Цэрэн}} 할머니가 있었는데 겨울에 석탄을 더 줬어요.
SDE: The site foreman was a Mongolian, {{p:Baterdene}}, a good man. And when they lodged outside the site, the landlady, an old woman called {{p:Tseren}}, gave them extra coal in winter.
BH: Were you paid?
{{r:O}}: {{r:태섭}}이가 다 가져갔지요. 한 달에 오십 달러 정도 줬나.
SDE: {{r:Tae-sop}} took it all; maybe fifty dollars a month reached him.
BH: Is there anyone else you'd like to mention?
{{r:O}}: 같이 일한 {{p:명진}}이, {{p:차명진}}이요. 2017년에 발판에서 떨어졌는데, {{r:망치}}가 병원비 아끼려고 {{p:바트에르덴}}한테 말도 안 하게 했어요. 그리고 제 딸 {{p:오은비}}, 제 딸은 {{u:북한}}에 있습니다. 이름 꼭 빼 주세요.
SDE: A co-worker, {{p:Cha Myong-jin}}, fell from scaffolding in 2017; "{{r:Hammer}}" stopped them telling {{p:Baterdene}} to avoid hospital costs. And his daughter, {{p:O Un-bi}}, is in {{u:North Korea}} - he asks that her name be removed.
BH: Of course. Thank you, Mr {{r:O}}.
""",
    },
    {
        "id": "h52-mixed-12",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Tong Chol-min", "동철민", "witness", ["Chol-min"]),
        ],
        "note": "Kuwaiti residence-transfer request (sponsorship change) in Arabic with an English working translation and Korean caseworker notes; old and new sponsors named in Arabic and Latin, a Public Authority for Manpower officer, a witness, the worker's name in Arabic script; the surname Tong/동 beside 동 (east/copper); CRLF.",
        "text": """طلب تحويل إقامة (نموذج) - نسخة مصورة
{{u:الهيئة العامة للقوى العاملة}} - {{u:الكويت}}

اسم العامل: {{r:دونغ تشول مين}}
الجنسية: {{u:كوريا الشمالية}}
صاحب العمل الحالي: {{p:سالم عبدالله المطيري}}
صاحب العمل الجديد: {{p:ناصر فهد العجمي}}
توقيع الموظف المختص: {{p:منيرة الصباح}}
الشاهد: {{p:راجيش كومار}}

--- English working translation ({{p:Nadia Haddad}}, volunteer) ---
Request for transfer of residence - {{u:Public Authority for Manpower}}, {{u:Kuwait}}
Worker: {{r:TONG CHOL MIN}} (Arabic: {{r:دونغ تشول مين}})
Nationality: {{u:North Korea}}
Current employer (sponsor): {{p:Salem Abdullah Al-Mutairi}}
New employer: {{p:Nasser Fahad Al-Ajmi}}
Officer: {{p:Munira Al-Sabah}} (no relation to the ruling family, per the officer)
Witness: {{p:Rajesh Kumar}}

--- 담당자 메모 ({{p:남지혜}}) ---
- 신청인 {{r:동철민}} 씨는 2018년 {{u:쿠웨이트}} 건설 현장에서 이탈. 원래 스폰서 {{p:알무타이리}}({{p:Al-Mutairi}})는 북측 회사와 계약한 사람이고, 새 스폰서 {{p:나세르}} 씨는 {{r:철민}} 씨가 몰래 일하던 타일 가게 주인.
- 이 신청은 거절됨. 이유: 원 스폰서가 "도주" 신고. {{r:동}} 씨에 따르면 신고는 북측 소장 {{p:구명준}}이 {{p:알무타이리}}를 시켜서 한 것.
- 증인 {{p:Rajesh Kumar}}는 가게 동료. {{p:라제시}} 씨가 아랍어 서류를 대신 작성해 줌.
- 동쪽 항구 근처 구리(동) 작업장 이야기는 다른 사건과 혼동한 것으로 보임 → 삭제.
""",
    },
    {
        "id": "h52-mixed-13",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jang Yong-ho", "장용호", "witness", ["Yong-ho"]),
            ("Jang Kil-su", "장길수", "relative", ["Kil-su"]),
        ],
        "note": "Bereavement-leave request written by a DPRK worker on a Mongolian building site and refused, in Korean with the Mongolian contractor's Cyrillic endorsement and an English summary by the NGO; the dead father's name, the brigade leader and political officer, Mongolian site manager and HR clerk; honorific 아버님 outside.",
        "text": """청 원 서 (사본) - 작업반장에게

작업반장 {{p:홍명철}} 동지 앞

저는 제2작업반 미장공 {{r:장용호}}입니다. 2016년 10월 3일 고향 {{u:함흥}}에서 온 편지를 받았는데 아버지 {{r:장길수}}께서 9월 20일에 돌아가셨다고 합니다. 장례는 이미 끝났겠지만 어머니 혼자 계시니 열흘만 귀국을 허락해 주시기를 청원합니다. 비행기 값은 제 몫의 돈에서 떼어 주십시오.

2016년 10월 4일  청원인 {{r:장용호}}

(뒷면 손글씨)
불허. 계획 미달 기간 중 귀국 불가. - {{p:홍명철}}
확인: 당비서 {{p:리정남}}

(몽골어 메모, 현장 관리자)
Ажилтан {{r:Жан Ён Хо}} - эцэг нь нас барсан. Компани 3 хоногийн чөлөө өгөх боломжтой. - {{p:Б. Ганбаатар}}, талбайн менежер
Хүний нөөц: {{p:Оюунчимэг}}

--- English summary (NGO, {{p:Sophie Turner}}) ---
{{r:Jang Yong-ho}} asked his brigade leader, {{p:Hong Myong-chol}}, for ten days' leave to go home after his father, {{r:Jang Kil-su}}, died in {{u:Hamhung}}. {{p:Hong}} refused on the back of the form and the party secretary {{p:Ri Jong-nam}} countersigned. The Mongolian site manager, {{p:B. Ganbaatar}}, wrote that the company could give three days ("the worker's father has died; the company can grant three days' leave"); HR clerk {{p:Oyuunchimeg}} initialled it. {{r:Yong-ho}} says {{p:Ganbaatar}} came to the dormitory to offer condolences and {{p:Hong}} told him to leave.
{{r:Yong-ho}} still has the form. He asks that his late father's name be kept in the record: "아버님... no, write {{r:장길수}}, that is his name."
""",
    },
    {
        "id": "h52-mixed-14",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Cha Kwang-su", "차광수", "witness", ["Kwang-su", "KS"]),
            ("Mun Hye-gyong", "문혜경", "witness", ["Hye-gyong", "HG"]),
        ],
        "note": "Transcription of a whiteboard photo from a case-planning session: arrows, initials for witnesses and staff, names in Korean and English shorthand, a to-do column with owners' first names; initials as mentions; Moon/Mun variants beside the word 'Mon'; public agencies.",
        "text": """WHITEBOARD - case planning 2024-07-08 (photo transcribed by {{p:Jiwoo}}; arrows shown as ->)

[LEFT] WITNESSES
{{r:KS}} ({{r:차광수}}) - {{u:Sakhalin}} bldg 2014-19 -> ready for statement ✔
{{r:HG}} ({{r:Moon H-G}} / {{r:문혜경}}) - {{u:Dandong}} sewing 2017-20 -> NOT ready, needs counselling first
{{r:KS}} + {{r:HG}} met at {{u:Hanawon}} -> cross-contamination risk? interview separately

[MIDDLE] PERPETRATORS / NAMES MENTIONED
"{{p:big Ri}}" = {{p:리영길}} ({{r:KS}}'s brigade leader) -> same as "{{p:Ri Y.G.}}" in {{r:HG}}'s file? NO - different {{p:Ri}}
{{p:백}} 지배인 ({{r:HG}}'s factory) -> full name unknown
{{p:Sergei}} (driver, helped {{r:KS}}) - protect!!

[RIGHT] TO DO / OWNER / DUE
statement {{r:KS}} | {{p:Dana}} + {{p:Ji-woo}} | Mon 15/7
counsellor referral {{r:HG}} | {{p:Minsu}} | this week
letter to {{u:Ministry of Unification}} re: {{r:Kwang-su}}'s ID | {{p:Dana}} | 31/7
call {{r:Hye-gyong}}'s caseworker Ms {{p:Bang}} | {{p:Minsu}} | -

[BOTTOM, red marker] DON'T write full names on the board!! - {{p:D.}}
(below, in blue) sorry 😅 - {{p:J.}}
""",
    },
    {
        "id": "h52-mixed-15",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ahn Myong-chol", "안명철", "witness", ["Myong-chol"]),
        ],
        "note": "YouTube video description with chapters and pinned/viewer comments for a testimony video by a former Russian construction worker; channel handles, commenters' display names in Korean, Russian and English, the surname An/Ahn beside the article 'an'; the host's first name; real platform public.",
        "text": """[{{u:YouTube}}] {{u:러시아}} 건설 현장 7년, 여권 없이 살았습니다 | 탈북민 {{r:안명철}} 님 인터뷰 (Eng sub)
채널: @{{p:hanna}}_bridge_tv · 조회수 48,211회 · 2024. 5. 30.

{{r:안명철}} 님은 2010년부터 2017년까지 {{u:모스크바}}와 {{u:상트페테르부르크}} 건설 현장에서 일했습니다. In this episode, host {{p:Hanna}} talks with Mr {{r:Ahn}} about passports, wages and an escape on foot.
※ 출연자 보호를 위해 함께 일한 분들의 이름은 가명입니다 (영상 속 "{{p:철수}}", "{{p:영수}}"는 가명).

00:00 인트로
01:12 "여권은 {{p:박}} 소장 금고에"
09:40 월급 명세서 없는 월급
17:25 {{u:러시아}} 아저씨 {{p:Михалыч}}
25:03 An escape at dawn
33:50 {{u:한국}}에서의 첫 해

📌 고정 댓글 - @{{p:hanna}}_bridge_tv
시청해 주셔서 감사합니다. {{r:명철}} 님께 응원 댓글 남겨 주세요! 영어 자막은 {{p:Grace}} 님이 만들어 주셨어요 💛

댓글
@{{p:jiyeonpark}}8721: {{r:명철}} 님 목소리 떨리실 때 저도 울었어요. 건강하세요 🙏
@{{p:Андрей}}_spb: Я работал с корейцами на {{u:Крестовском}}. Привет {{r:Мён Чхолю}}, если это ты!
@{{p:tom_h}}: Did {{p:Mikhalych}} ever find out you escaped? What an absolute legend.
   └ @{{p:hanna}}_bridge_tv: {{p:Tom}}, he did! Watch 17:25 again 😊
@포천{{p:김}}사장: 우리 공장에도 북에서 오신 분 계신데 이 영상 보여 드렸어요
@{{p:Sun-hee}}_nk: 저도 {{u:모스크바}}에 있었어요. {{p:박}} 소장 이름 들으니 소름... 혹시 {{p:박광수}}?
   └ @{{p:hanna}}_bridge_tv: {{p:Sun-hee}} 님, 실명은 댓글에 쓰지 말아 주세요 🙏 (삭제 요청드립니다)
""",
    },
    {
        "id": "h52-mixed-16",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kwon Yong-sun", "권용순", "witness", ["Yong-sun", "이모"]),
            ("Kwon Su-bin", "권수빈", "relative", ["Su-bin"]),
        ],
        "note": "Safe-house supply rota on an escape route through Laos and Thailand, in Korean and English with Lao and Thai helpers' names in their scripts; guests coded by first names and initials, a mother and daughter, a driver and a pastor, a guest called '이모' (aunt) as a pet name used like a name; emoji.",
        "text": """SAFE HOUSE ROTA - week of 12 Aug (print, don't email)
Coordinator: {{p:Noi}} / 연락: {{p:에스더}} 전도사

Guests this week (first names only!): {{r:용순}} + {{r:수빈}} (모녀), {{p:K.J.}}, {{p:Chol}}
※ {{r:용순}} 씨 = 다들 "{{r:이모}}"라고 부름 / {{r:Su-bin}} is 14

Day | Shopping & cooking | Driver | Night watch
Mon | {{p:Noi}} ({{p:น้อย}}) | {{p:Somsak}} ({{p:สมศักดิ์}}) | {{p:에스더}}
Tue | {{r:이모}} cooks, {{p:Noi}} shops | {{p:Somsak}} | {{p:Bounmy}} ({{p:ບຸນມີ}})
Thu | {{r:Yong-sun}} + {{r:Su-bin}} 🍲 | - (no moves) | {{p:Noi}}
Fri | {{p:Noi}} | {{p:Somsak}} -> to {{u:Chiang Khong}} 04:00 | Pastor {{p:Lee}}

Shopping list
- rice 10kg, eggs, instant noodles (for {{p:Chol}} - only eats 라면 😂)
- sanitary pads, {{r:Su-bin}}'s asthma inhaler (ask Dr {{p:Pim}})
- SIM cards x2 - NOT in guests' names

Notes
- {{p:Chol}} worked in {{u:Russia}} (logging), came down through {{u:China}}. Knee injury - Dr {{p:Pim}} ({{p:พิมพ์ชนก}}) will see him Wed.
- {{r:이모}}'s husband is still in {{u:Dandong}}. Do not ask about him in front of {{r:수빈}}.
- Pastor {{p:Lee}} ({{p:이}} 목사님) arrives Fri with the car. If police stop the car: we are a church group from {{u:Udon Thani}}.
""",
    },
]
