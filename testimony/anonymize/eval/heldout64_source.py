# ruff: noqa: E501
"""Held-out evaluation passages, set 64. Built by build_heldout.py heldout64.

Fifty documents of the kind an NGO working on North Koreans sent abroad as forced
labourers could plausibly receive or write, written blind (the finder's code was not
read and the finder was not run). A few are the core material staff type every day
(third-person interview summaries, interview notes in Korean and mixed Korean/English,
question-and-answer transcripts, an e-mail thread with quoted replies and signatures);
the rest are genres the earlier sets' opening lines do not list, or list only once
(court interpreters' personal session logs, translated Russian hospital discharge
summaries, UAE exchange-house remittance ledgers, seafarers' allotment-note registers,
burial-at-sea log entries, GCC pre-employment medical-fitness batches, hunger-strike
monitoring logs, translated Russian prison release certificates, grant review panel
score sheets, Qatari site induction registers, OCR'd translated company orders with
line-end hyphenation, dormitory fire-evacuation headcount sheets, photographers'
contact-sheet notes, panel-survey respondent tracking sheets, wage-claim calculation
worksheets pasted as tab-separated text, translated Malaysian police reports, research
ethics committee minutes, church volunteers' diaries, consular detention-visit notes,
travel-certificate review memos, settlement-school yearbook pages, office wall-calendar
transcriptions, Hanja name verification worksheets, alternative-school parent
newsletters, Korean hospital discharge summaries, JANDI workspace exports, club
settlement sheets, supplementary-document request letters, OCR'd magazine interviews,
caregivers' journals, university group-project role sheets, after-school centre
attendance books, dormitory bed rosters with shift codes, Viber, Zalo and LINE chat
exports, Microsoft Teams meeting chats, translation-platform string comments,
translated Mongolian khoroo residence certificates, Polish labour-court hearing
minutes, Chinese outpatient medical records, Russian forklift-operator admission
registers and hotel housekeeping room-status logs), in English, Korean and mixed
Korean/English with Russian, Chinese, Arabic, Japanese, Mongolian, Polish,
Vietnamese, Malay and Nepali. Some passages use CRLF line breaks, zero-width
characters, fullwidth letters, emoji, names broken across lines and varying
romanisations. All persons are fictional; real public figures are mentioned only
neutrally.

Labelling convention (as in the preceding sets):
- {{r:...}} a mention of a registered private person (listed in the passage's
  "persons" as (romanized name, Hangul name, role, aliases)); {{p:...}} a mention
  of an unregistered private person; {{u:...}} a public name: a real public figure,
  a real place, a real organisation or company, a real ship, app, platform or law.
- Every fictional person is private, whatever their office (a fictional judge,
  doctor, consul, police officer, pastor or interpreter is private).
- Invented businesses, sites, churches, hospitals and vessels are left unmarked.
- A mention is labelled as the text writes it: the name only, without particles
  (박철민이 -> {{r:박철민}}이; the affectionate suffix 이 after a given name also stays
  outside) and without titles or honorifics (리 반장님 -> {{r:리}} 반장님, 김 동지 ->
  {{p:김}} 동지, Mr {{p:Ho}}, Dr {{p:X}}), but Chinese forms of address are labelled
  whole (老周, 小王, 王总) and Russian and Polish names keep their case endings
  (Пака, Кима, Czanga).
- A nickname or alias that refers to a person is a mention of that person even when
  it is not registered as an alias; the same word used as an ordinary word is not.
- In an e-mail address or login only the local part is labelled, and only when it
  spells the person's name; role accounts are unmarked.
- A surname discussed as a word is unmarked, and so are ordinary words that look
  like names.
- Country names are public places whenever they stand as nouns, also attributively
  (DPRK, 한국, 북한 사람, 중국 돈); nationality adjectives and derived words (Korean,
  한국어, 중국산, 러시아인) are not marked.
- A possessive 's, a plural -s, particles and emoji stay outside a mention.
- Zero-width characters, soft hyphens, fullwidth letters and a line break inside a
  name stay inside the mention. Initials standing for a person are mentions.
- Generic kinship or role words used instead of a name (엄마, 형, 반장, "the cook")
  are not mentions; a pet name used like a name is.
"""

PASSAGES: list[dict] = [
    {
        "id": "h64-en-01",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Agnieszka Wróblewska", "아그니에슈카 브루블레프스카", "other", ["Agnieszka"]),
            ("Ri Kwang-hyok", "리광혁", "witness", ["Kwang-hyok", "Lee Kwang-hyuk"]),
            ("Jang Song-nam", "장성남", "supervisor", []),
            ("Paek Il-bong", "백일봉", "coworker", ["Il-bong"]),
        ],
        "note": "Court interpreter's personal session log, relay interpreting Korean-English-Polish in a Gdansk labour claim; claimant in passport, Hangul and Polish social-insurance spellings; supervisor's name in Polish declension; Polish judge, lay judges, counsel and foreman are private.",
        "text": """INTERPRETER'S PERSONAL LOG - NOT PART OF THE COURT RECORD
Interpreter: {{p:Hanna Seo}} (Korean <> English), in relay with sworn translator {{r:Agnieszka Wróblewska}} (English <> Polish)
Court: {{u:Sąd Okręgowy w Gdańsku}}, Labour and Social Insurance Division
Matter: claim of {{r:RI Kwang Hyok}} against a hull-block subcontractor (unpaid wages, injury)

HEARING 1 - 14 March 2024, courtroom 214
09:05  Sworn in together with {{r:Agnieszka}}. Presiding judge {{p:Marek Dąbrowski}}; lay judges {{p:Halina Zielińska}} and {{p:Tadeusz Kowal}}. Claimant's counsel {{p:Joanna Pietrzak}}; for the defendant adw. {{p:Krzysztof Lis}}.
09:12  Judge asked the claimant to state his name. He said "{{r:리광혁}}", then read it from the passport copy: "{{r:RI KWANG HYOK}}". Counsel {{p:Pietrzak}} pointed out that the {{u:ZUS}} printout has "{{r:Li Kwang Hjok}}" and the hostel register "{{r:Lee Kwang-hyuk}}". Judge: "Which is correct?" Rendered: "All of them are me. In the South they write it the other way."
09:20  Arrival in {{u:Gdynia}} in May 2019, bus from {{u:Warsaw}}, eleven men. Claimant named the brigade leader as "{{r:장성남}} 반장". Clerk typed "{{r:Czang Song Nam}}"; I spelled {{r:Jang Song-nam}} for her. Judge {{p:Dąbrowski}} then referred to him as "pan {{r:Czang}}" and later "pieniądze od pana {{r:Czanga}}" - kept the Polish form in my notes, rendered as "money from Mr {{r:Jang}}".
09:41  Passports: collected on the first evening "by {{r:Jang}} and a man from the embassy, {{p:Kye}}". Claimant was not sure of {{p:Kye}}'s given name. Possibly "{{p:Kye Myong-chol}}", possibly not. Flagged to counsel at the break.
10:02  Wages. Claimant: 1,200 zł a month into his hand, the rest "went to the plan". Defence counsel {{p:Lis}} objected that the contract names a monthly gross of 4,300 zł. Counsel asked who signed for the cash. Answer: "{{r:일봉}}이 signed the sheet for our group, because his hand is neat." I rendered the name only: "{{r:Il-bong}} signed".
10:15  Short break. {{r:Agnieszka}} asked me how to write {{r:Il-bong}}'s full name for the protocol. Gave her {{r:PAEK Il Bong}} as in the claimant's notebook; the Polish side wrote "{{r:Pek Ir Bong}}" (sic, corrected on the record at 10:31).
10:33  Injury, 3 February 2021, bay 4: steel plate slipped from the crane hook. Foreman on shift was a Pole, {{p:Zbigniew Mazur}}, whom the men called "{{p:Zbyszek}}". Claimant: "{{p:Zbyszek}} shouted, {{r:Il-bong}} pulled me back, but my foot was already under it." Judge asked whether {{p:Mazur}} reported it. Claimant: "He wanted to. {{r:Jang}} said no hospital, we have our own doctor."
10:50  The "own doctor" was a woman called Dr {{p:Ryu}}, a DPRK national living in the hostel. Only surname known.
11:20  Evidence of the hospital visit eventually made on 9 February: the discharge card signed by dr n. med. {{p:Ewa Nowak-Sikora}} of a {{u:Gdynia}} hospital. Counsel read out the card; I sight-translated the Polish summary into Korean for the claimant from the English relay.

HEARING 2 - 11 April 2024
09:03  Claimant present; co-worker {{r:Paek Il-bong}} appeared by video link from {{u:Seoul}}. He gave his name as "{{r:백일봉}}". Witness has a South Korean ID now; he confirmed he is the "{{r:Pek Ir Bong}}" of the protocol.
09:18  Witness {{r:Paek}}: "{{r:Jang Song-nam}} kept a red notebook. Every name, every zloty." Asked who else saw the notebook: "{{p:Kim Chol-u}}, the cook, and the driver {{p:Tak}}."
09:40  Defence counsel put it to the witness that {{r:Jang}} was merely a translator for the men. Witness laughed. Rendered the laugh in my notes only, not into Polish.
10:05  The witness addressed the claimant directly: "{{r:광혁}}아, 괜찮아?" Judge asked what was said. Rendered: "{{r:Kwang-hyok}}, are you all right?" - wrote the name in full for the clerk: {{r:Kwang-hyok}}.
10:22  Adjourned. Judgment to be announced 30 April. {{r:Agnieszka}} and I agreed a glossary: 반장 = brigadzista = brigade leader; 보위원 = security officer (claimant used it once about {{p:Kye}}).

""",
    },
    {
        "id": "h64-en-02",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Kim Yong-nam", "김영남", "witness", ["Yong-nam", "Kim Yen Nam"]),
            ("Choe Hak-chol", "최학철", "supervisor", []),
            ("Kim Un-sil", "김은실", "relative", []),
        ],
        "note": "Translated Russian hospital discharge summary (vypisnoy epikriz), Vladivostok; patient's name in Cyrillic, Latin and Hangul; Russian doctors, nurse and translator private; accompanying brigade leader and a co-worker who donated blood; CRLF.",
        "text": """CERTIFIED TRANSLATION FROM RUSSIAN
Translator: {{p:Olga Semyonova}}, translation bureau, {{u:Vladivostok}}

DISCHARGE SUMMARY (ВЫПИСНОЙ ЭПИКРИЗ)
Medical record No. 4471/22
Department of Traumatology, city clinical hospital, {{u:Primorsky Krai}}

Patient: {{r:КИМ ЕН НАМ}} ({{r:KIM YEN NAM}}), male, date of birth 17.08.1986
Citizenship: {{u:DPRK}}. Passport No. 836112xxx
Address: workers' hostel, construction site, {{u:Russky Island}}
Employer (as stated by accompanying person): construction company "Vostok-Stroy-Service"

Admitted: 22.11.2022, 16:40, by ambulance (crew of paramedic {{p:Sergei Lukin}})
Discharged: 09.12.2022

Diagnosis on admission: Closed fracture of the left tibia and fibula with displacement. Contusion of the left hip.
Circumstances of injury (from the patient, through an interpreter): fell from scaffolding, height approx. 3 m, at 15:20 on 22.11.2022.
Interpreter at admission: {{r:Choe Hak-chol}} ({{r:ЧХВЕ ХАК ЧХОЛЬ}}), stated to be the patient's brigade leader. Note by the admitting doctor {{p:A. V. Pavlenko}}: the accompanying person answered most questions on the patient's behalf.

Treatment:
23.11.2022 - operation: open reduction, internal fixation of the tibia with a plate. Surgeon {{p:Igor Vadimovich Bondarenko}}, assistant {{p:E. R. Sadykova}}, anaesthetist {{p:Timur Khasanov}}.
Blood transfusion 1 unit; donor a co-worker, {{p:Ри Чхоль Су}} ({{p:Ri Chol-su}}), compatible group.
Antibiotic therapy, anticoagulants, analgesia.

Course: uneventful. Wound healed by primary intention. On 01.12.2022 the patient asked the ward nurse {{p:Valentina Petrovna}} for a telephone to call his wife. According to the nurse's entry, the brigade leader {{r:Чхве}} took the telephone away and told the nurse the patient "does not need to call anyone".

Condition at discharge: satisfactory. Walks with crutches without weight on the left leg.

Recommendations:
1. Follow-up with a traumatologist at the place of residence in 14 days; X-ray in 6 weeks.
2. No physical work for at least 3 months. Sick leave certificate issued No. 9100233 (for the period 22.11.2022 - 09.12.2022), to be extended by the outpatient clinic.
3. Removal of the plate after 12 months.

Attending physician: {{p:Bondarenko I. V.}}
Head of Department: {{p:Kravets N. S.}}

TRANSLATOR'S NOTE: the patient's name is written in the Russian record as "{{r:Ким Ен Нам}}". In the Korean original of his later statement he writes "{{r:김영남}}"; the NGO file uses {{r:Kim Yong-nam}}. His wife, to whom he wanted to telephone, is {{r:Kim Un-sil}} ({{r:김은실}}), living in {{u:Hamhung}}.

NGO CASE NOTE (added by caseworker {{p:Bae Ji-won}}, 14.03.2023):
{{r:Yong-nam}} says that after discharge he was not taken to any follow-up. {{r:Choe}} kept the sick-leave certificate. He was back on the site by mid-January, "carrying buckets with one leg", until he left in April with help from the co-worker {{p:Chol-su}} mentioned above. {{r:Yong-nam}} would like the record kept in case the plate ever has to come out here in {{u:Seoul}}.
""",
    },
    {
        "id": "h64-en-03",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Fatima K", "파티마 K", "other", ["FK"]),
            ("Sun Guowei", "쑨궈웨이", "other", []),
            ("Ryu Myong-guk", "류명국", "witness", ["Myong-guk", "Ryu M G"]),
            ("O Chang-ho", "오창호", "supervisor", ["O C H"]),
            ("Ryu Song-mi", "류성미", "relative", []),
        ],
        "note": "UAE exchange-house remittance ledger extract produced in a civil claim; sender and beneficiary columns, abbreviated and truncated names, surname O next to zeros, Arabic, Indian and Pakistani cashiers and agents private; the exchange house, banks and cities public.",
        "text": """EXHIBIT C-7: EXTRACT FROM BRANCH TRANSACTION REGISTER
Branch: {{u:Al Ansari Exchange}}, {{u:Al Quoz}} Industrial Area 3, {{u:Dubai}}
Period: 01.06.2016 - 31.08.2016. Produced under cover letter from compliance officer {{p:Rashid Al Suwaidi}}.
Fields: DATE | TXN REF | SENDER | SENDER ID | BENEFICIARY | CORRESP. | AMOUNT AED | CASHIER

05.06.2016 | TT-16-066214 | {{r:O CHANG HO}} | P-0036xxxxx | {{r:SUN GUOWEI}} | {{u:Bank of China}}, {{u:Dandong}} | 24,000.00 | {{r:FATIMA K}}
12.06.2016 | TT-16-067930 | {{r:RYU MYONG GUK}} | P-0041xxxxx | {{r:RYU SONG MI}} | cash pay-out agent, {{u:Dandong}} | 1,100.00 | {{p:ARJUN NAIR}}
12.06.2016 | TT-16-067931 | {{p:HWANG KUM CHOL}} | P-0041xxxxx | {{p:HWANG KUM CHOL}} (self) | cash pay-out agent, {{u:Dandong}} | 950.00 | {{p:ARJUN NAIR}}
12.06.2016 | TT-16-067932 | {{p:KANG SONG JIN}} | P-0039xxxxx | {{p:LI HONGMEI}} | cash pay-out agent, {{u:Dandong}} | 1,000.00 | {{p:ARJUN NAIR}}
19.06.2016 | TT-16-069102 | {{r:OH CHANG HO}} | P-0036xxxxx | {{r:SUN GUO WEI}} | {{u:Bank of China}}, {{u:Dandong}} | 30,000.00 | {{p:M. IMRAN}}
03.07.2016 | TT-16-071448 | {{r:RYU M G}} | P-0041xxxxx | {{r:RYU S M}} | cash pay-out agent, {{u:Dandong}} | 600.00 | {{r:FATIMA K}}
17.07.2016 | TT-16-073390 | {{r:O C H}} | P-0036xxxxx | {{r:SUN GUOWEI}} | {{u:Bank of China}}, {{u:Dandong}} | 26,500.00 | {{p:ARJUN NAIR}}
31.07.2016 | TT-16-075012 | {{r:RYU MYONG GUK}} | P-0041xxxxx | {{r:RYU SONG MI}} | cash pay-out agent, {{u:Dandong}} | 0.00 (cancelled) | {{p:M. IMRAN}}
07.08.2016 | TT-16-076877 | {{r:O CHANG HO}} | P-0036xxxxx | {{r:SUN GUOWEI}} | {{u:Bank of China}}, {{u:Dandong}} | 18,000.00 | {{r:FATIMA K}}

Cashier notes field (free text, verbatim):
TT-16-066214: "cust. came w/ 6 workers, all passports held by him. supervisor says ok" - {{r:FK}}
TT-16-067930: "sender says this is first salary sent home. cust. does not speak english, colleague translated (MR {{p:KANG}})" - {{p:AN}}
TT-16-075012: "cancelled at request of MR {{r:O}}, he says sender is not allowed to remit this month" - {{p:MI}}

Claimant's annotation (statement of {{r:Ryu Myong-guk}}, para. 41): "The first transfer to my sister {{r:Song-mi}} arrived. The second one I never sent; {{r:O Chang-ho}} took the receipt out of my hand at the counter. The Pakistani cashier, {{p:Imran}}, saw it. {{r:O}} was sending twenty, thirty thousand dirham at a time to {{r:Sun}}, a Chinese man, I think that was the company's money. {{p:Kum-chol}} and {{p:Song-jin}} were in my team."

Branch manager's certification: true extract, {{p:Joseph D'Souza}}, 22.02.2024.
""",
    },
    {
        "id": "h64-en-04",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Han Chung-il", "한충일", "witness", ["Chung-il"]),
            ("Kang Tae-song", "강태성", "supervisor", []),
            ("Han Ok-ryon", "한옥련", "relative", ["Ok-ryon"]),
            ("Song Jin-hyok", "송진혁", "coworker", []),
        ],
        "note": "Seafarers' allotment-note register of a manning agency for a distant-water longliner, with NGO remarks; names in capitals with given name first and last, payee column naming a company account and a single family payee; surname Song beside the word song; Indonesian and Chinese crew private.",
        "text": """ALLOTMENT NOTE REGISTER - crew of F/V "HAI FENG 818" (longliner)
Manning agent's copy, voyage 2019/03. Transcribed by {{p:Lina Hartono}} from photographs supplied by the witness.
Columns: No. | Crew name | Rank | Monthly wage USD | Allotment USD | Payee | Payee account / place

01 | {{p:ZHOU Haibin}} | Master | 3,800 | 2,000 | {{p:ZHOU Lili}} (wife) | {{u:Zhoushan}}
03 | {{r:KANG TAE SONG}} | Bosun / DPRK team leader | 900 | 800 | "company" | acct 0021-xxx, {{u:Nampho}}
04 | {{r:HAN CHUNG IL}} | AB | 550 | 500 | "company" | acct 0021-xxx, {{u:Nampho}}
05 | {{r:SONG JIN HYOK}} | AB | 550 | 500 | "company" | acct 0021-xxx, {{u:Nampho}}
06 | {{p:RIM HYON U}} | OS | 450 | 420 | "company" | acct 0021-xxx, {{u:Nampho}}
07 | {{p:JON IL GUK}} | OS | 450 | 420 | "company" | acct 0021-xxx, {{u:Nampho}}
08 | {{p:CHOL MIN HAN}} | OS | 450 | 420 | "company" | acct 0021-xxx, {{u:Nampho}}
09 | {{p:Budi SANTOSO}} | Oiler | 600 | 300 | {{p:SANTOSO Sri Wahyuni}} (mother) | {{u:Tegal}}
11 | {{p:WANG Jun}} | Fishing master | 2,600 | 1,200 | {{p:WANG Fang}} | {{u:Ningbo}}

Signatures column: entries 03-08 all signed in the same hand, "{{r:강태성}}".
Remark by agent's clerk ({{p:X. Lu}}): "DPRK crew allotment by group contract, individual payee not required."

NGO REMARKS ({{p:Lina Hartono}}, 2 May 2023)
- {{r:Han Chung-il}} (line 04) confirms the register. He never signed an allotment note; he was told his wages went "to the company and then to the family". His mother {{r:Han Ok-ryon}} in {{u:Sinpo}} received, in two years, "rice twice and a bag of soybean oil". {{r:Ok-ryon}} told him this by letter carried by a crew member of the next rotation.
- Line 08 is entered surname last by mistake; the man is {{p:Han Chol-min}}, no relation to {{r:Chung-il}}. He is called "{{p:Chol-min}}" in the witness's account.
- {{r:Song Jin-hyok}} (line 05) is the crewman who sang on deck. The witness: "Every night {{r:Song}} sang the same song, 'Where are you, dear general', and the bosun {{r:Kang}} told him to stop, it was bad for the line." {{r:Jin-hyok}} went home in 2020 and there is no news of him.
- The Indonesian oiler {{p:Budi}} is the one who lent {{r:Chung-il}} his phone in {{u:Port Louis}}. {{p:Budi Santoso}} agreed to be contacted; his number is with {{p:Lina}}.
- {{r:Kang Tae-song}}'s allotment (800 of 900) went to the same account. The witness says {{r:Kang}} kept a second notebook with the real figures, and that the fishing master {{p:Wang}} paid the Korean team a cash bonus in {{u:Mauritius}} which {{r:Kang}} took: "Mr {{p:Wang}} gave the envelope to {{r:Tae-song}}, not to us."
""",
    },
    {
        "id": "h64-en-05",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Choe", "최", "supervisor", []),
            ("Jo Kwang-jin", "조광진", "coworker", ["Kwang-jin", "Cho Kwang-jin"]),
            ("Ri Won-chol", "리원철", "witness", ["Won-chol", "Lee Won-cheol"]),
            ("Jo Mi-hyang", "조미향", "relative", []),
        ],
        "note": "Burial-at-sea entry in a reefer carrier's official log book with the master's letter and the witness's annotations; deceased crewman registered; Filipino, Ukrainian and Myanmar officers private; position in the Pacific, agency and port public; CRLF.",
        "text": """OFFICIAL LOG BOOK - EXTRACT (copy certified by master)
Vessel: reefer carrier "OCEAN PEARL", flag of convenience; IMO No. on file
Page 47

14.08.2018 0615 LT  Chief officer {{p:Rodel M. Bautista}} reports crewman {{r:JO KWANG JIN}}, fisheries worker (transferred from F/V "Lu Rong 12" during transshipment 09.08), found unresponsive in No. 2 crew cabin by fellow worker {{r:RI WON CHOL}}.
14.08.2018 0622 LT  Master {{p:Oleksandr Hrytsenko}} and 2/O {{p:Aung Kyaw Min}} attended. No pulse, no breathing. CPR attempted 0622-0655 by C/O {{p:Bautista}} and A/B {{p:Jomar Villanueva}}. Radio medical advice requested via {{u:CIRM}} {{u:Rome}} at 0630.
14.08.2018 0710 LT  Death confirmed on advice of CIRM duty doctor. Presumed cause: cardiac. Body placed in cold store No. 4, separate compartment.
14.08.2018 1200 LT  Position 12°41'N 158°07'E. Next port {{u:Busan}} ETA 29.08. Owners and DPRK crew representative informed.
16.08.2018 0900 LT  DPRK crew representative Mr. {{r:Choe}} (on board since 09.08) requests burial at sea. States family consent obtained by radio via company. Master notes no written consent available.
16.08.2018 1600 LT  Burial at sea carried out. Position 15°02'N 150°55'E, depth approx. 5,200 m. Engines stopped 1558-1612. Body sewn in canvas by bosun {{p:Edgardo Lim}}, weighted. Present: Master, C/O, 2/O, bosun, DPRK crew representative {{r:Choe}}, and 7 DPRK fisheries workers including {{r:Ri Won Chol}}.
16.08.2018 1615 LT  Personal effects of the deceased inventoried: 1 bag, clothes, 1 photograph (woman and child), 34 USD, 1 notebook. Handed to Mr. {{r:Choe}} against signature.

Master's letter to owners' agent {{u:Wallem}} {{u:Busan}}, 17.08.2018 (extract):
"I record my objection that the burial was requested by the DPRK representative in haste. No death certificate from a port doctor was possible. Mr {{r:Choe}} refused to give me the name of the next of kin. I enclose the inventory. - {{p:O. Hrytsenko}}"

WITNESS ANNOTATIONS (NGO interview with {{r:Ri Won-chol}}, {{u:Seoul}}, 2021; interviewer {{p:Jung Ha-eun}})
- "{{r:Kwang-jin}} had chest pain for three days. He asked {{r:Choe}} for the ship's doctor. There was no doctor. I found him in the morning."
- "The photograph was of his wife {{r:Mi-hyang}} and the boy. {{r:Choe}} kept it. His wife is {{r:Jo Mi-hyang}}, in {{u:Chongjin}}. She was never told it was the sea."
- "The Burmese officer, {{p:Aung}}, said a prayer in his language. The captain stood with his hat off. {{r:Choe}} only checked his watch."
- Spelling: the log has {{r:JO KWANG JIN}}; his seaman's book, which the witness saw, had "{{r:CHO KWANG JIN}}". The witness himself appears as {{r:RI WON CHOL}}; in his South Korean papers he is {{r:Lee Won-cheol}}.
- The witness asks that if the family is ever reached, {{r:Mi-hyang}} be told the position and the date. Interviewer {{p:Jung}} has copied the position above into the case file for that purpose.
""",
    },
    {
        "id": "h64-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ji Kwang-su", "지광수", "coworker", ["Kwang-su"]),
            ("Chae Ung-chol", "채웅철", "witness", ["Ung-chol"]),
            ("Sok Kyong-il", "석경일", "supervisor", ["Kyong-il"]),
        ],
        "note": "GCC pre-employment medical-fitness batch result sheet from a Pyongyang-issued group medical re-checked in Kuwait, with the NGO's notes; 'FIT/UNFIT' results; Arabic, Egyptian and Indian clinic staff private; GAMCA, Kuwait, hospitals' cities public; one worker's name split over a line.",
        "text": """MEDICAL FITNESS EXAMINATION - GROUP RESULT SHEET
Approved medical centre, {{u:Farwaniya}}, {{u:Kuwait}}   (re-examination on arrival, residence visa category 18)
Batch: KW-MED-2015-0914 | Sponsor file: construction company, {{u:Jahra}} site | Accompanying: {{r:SOK KYONG IL}} (group leader)
Examining physician: Dr. {{p:Hany Abdel-Fattah}} | Radiologist: Dr. {{p:Sunita Pillai}} | Lab: Mr. {{p:Anwar Qasim}}

#  | Name (as passport)          | Age | Chest X-ray | HIV/HBV/HCV | VDRL | Result
1  | {{r:SOK KYONG IL}}               | 44  | NAD        | neg         | neg  | FIT
2  | {{r:CHAE UNG CHOL}}              | 29  | NAD        | neg         | neg  | FIT
3  | {{p:HYON SONG CHOL}}             | 31  | old healed lesion, R apex | neg | neg | FIT (review)
4  | {{p:KIL MYONG HO}}               | 27  | NAD        | neg         | neg  | FIT
5  | {{r:JI KWANG
SU}}                                | 35  | NAD        | HBsAg POS   | neg  | UNFIT
6  | {{p:PHYO IL NAM}}                | 38  | NAD        | neg         | neg  | FIT
7  | {{p:UM CHOL JUN}}                | 24  | NAD        | neg         | neg  | FIT
8  | {{p:WI HYOK}}                    | 26  | NAD        | neg         | neg  | FIT
Remarks: No. 5 UNFIT, to be repatriated per {{u:GAMCA}} rules. Signed: {{p:H. Abdel-Fattah}}. Receptionist: {{p:Noura}}.

Handwritten on the copy (Arabic, translated by NGO volunteer {{p:Mariam Haddad}}): "Group leader insisted the unfit man be re-tested. Refused. - {{p:Hany}}"

NGO NOTES ({{p:Jessica Lim}}, 3 Oct 2022), interview with {{r:Chae Ung-chol}}:
{{r:Ung-chol}} is No. 2. He remembers No. 5 well: {{r:Ji Kwang-su}}, "{{r:Kwang-su}} from {{u:Kaechon}}". After the result, {{r:Sok Kyong-il}} took {{r:Kwang-su}} into a corridor and shouted at him for "hiding a disease from the Party". {{r:Kwang-su}} did not go home; {{r:Sok}} sent him to work in the cement store, where the Kuwaiti inspectors did not go. {{r:Ung-chol}} thinks {{r:Kyong-il}} was afraid the company would lose a slot.
{{p:Hyon Song-chol}} (No. 3) coughed all winter. {{p:Kil Myong-ho}} and {{p:Um Chol-jun}} were in {{r:Ung-chol}}'s room. {{p:Phyo}}, the oldest, was the cook. {{p:Wi Hyok}} worked the concrete pump and "never said a word, even to {{p:Phyo}}".
{{r:Ung-chol}} asks us not to contact the medical centre; he fears Dr. {{p:Hany}} would remember the group leader's face and "people talk".
""",
    },
    {
        "id": "h64-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Hyon Su-ryon", "현수련", "witness", ["Su-ryon", "Hyun Soo-ryun"]),
            ("Ho Mi-ok", "허미옥", "coworker", ["Mi-ok"]),
            ("Yang Kum-hui", "양금희", "coworker", ["Kum-hui"]),
        ],
        "note": "Hunger-strike monitoring log kept by an NGO visitor at a Bangkok immigration detention centre; three women formerly working in a Chinese garment factory; Thai officers, nurse, UNHCR officer and other detainees private; emoji after names; surname Yang next to 'yang'.",
        "text": """HUNGER STRIKE MONITORING LOG - women's room 6, {{u:Immigration Detention Centre}}, {{u:Suan Phlu}}, {{u:Bangkok}}
Kept by: {{p:Kanya Sirisuk}} (visitor, partner organisation), for the {{u:Seoul}} office. Daily entries, 10-minute visit slots.

Day 1 - Mon 5 June 2017
Three women refused breakfast and lunch: {{r:HYON Su Ryon}} (34), {{r:HO Mi Ok}} (28), {{r:YANG Kum Hui}} (41). All three worked in a garment factory in {{u:Dandong}} before crossing. They have been in room 6 for 71 days. Demand: transfer date. Duty officer Pol. Sgt. {{p:Somchai}} says "they will eat tomorrow".
Day 2 - Tue 6 June
{{r:Su-ryon}} speaks for the three. Weight (room scale): {{r:Su-ryon}} 47 kg, {{r:Mi-ok}} 44 kg, {{r:Kum-hui}} 52 kg. {{r:Kum-hui}} takes water with salt. The Chinese detainee {{p:Zhang Yan}} shares sugar with them secretly; asked her to stop because it breaks the strike. She laughed: "yin and yang, sister {{r:Yang}} needs sugar."
Day 3 - Wed 7 June
Nurse Khun {{p:Pimchanok}} measured blood pressure. {{r:Mi-ok}} dizzy, 85/50. Sent a message to Ms. {{p:Helen Park}} at {{u:UNHCR}} {{u:Bangkok}} 🙏 no reply yet.
Day 4 - Thu 8 June
{{r:Ho Mi-ok}} fainted in the toilet queue at 06:00 per room leader {{p:Nguyen Thi Lan}} (Vietnamese detainee). Taken to the clinic, returned at 11:00. {{r:Su-ryon}} asked me to write down: "We are not criminals. We worked for Manager {{p:Piao}} and Sister {{p:Jin}} in {{u:Dandong}} for three years, and we want to go to our country, {{u:South Korea}}."
Day 5 - Fri 9 June
Officer Pol. Lt. {{p:Wiroj Chaiyasit}} came to the room and said the list goes to the embassy next week. {{r:Kum-hui}} 😢 said she heard that before, in April. {{r:Su-ryon}} asked for his name in writing; he wrote "{{p:Wiroj}}" on my notebook.
Day 6 - Sat 10 June
No visits on Saturday. Phone message from {{p:Nguyen Thi Lan}} via her sister: all three drank milk in the evening.
Day 7 - Mon 12 June
Strike ended Sat 10 June evening after {{p:Helen Park}} of {{u:UNHCR}} visited with interpreter {{p:Lee Ji-hye}} and confirmed the list. Weights: {{r:Hyon}} 45 kg, {{r:Ho}} 42 kg, {{r:Yang}} 50 kg. {{r:Mi-ok}} still dizzy. {{r:Yang Kum-hui}} asked me to send regards to "Pastor {{p:Moon}}" who helped them in {{u:Laos}}.

Note for file: in the Seoul database {{r:Su-ryon}} is registered as "{{r:Hyun Soo-ryun}}". Please merge.
""",
    },
    {
        "id": "h64-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Tak Jong-hyok", "탁정혁", "witness", ["Jong-hyok"]),
            ("Mun Nam-chol", "문남철", "coworker", ["Nam-chol", "Moon"]),
        ],
        "note": "Translated Russian prison release certificate with the caseworker's cover note; Cyrillic name with patronymic-less Korean order, Russian case endings, colony staff private; co-defendant nicknamed Moon beside the moon; places and the penitentiary service public.",
        "text": """Cover note - {{p:Seo Yun-ah}}, caseworker, to {{p:Daniel Kwak}}, legal team, 19 January 2024

{{p:Daniel}}, attached is my working translation of the release certificate of {{r:Tak Jong-hyok}}. The original is a standard form of the {{u:Federal Penitentiary Service}}; the colony is in {{u:Khabarovsk Krai}}. {{r:Jong-hyok}} kept it folded inside his shoe all the way to {{u:Ulan-Ude}}, hence the missing corner.

-----
{{u:FEDERAL PENITENTIARY SERVICE OF RUSSIA}}
Correctional colony (general regime), {{u:Khabarovsk Krai}}

CERTIFICATE OF RELEASE No. 0187441
Issued to citizen {{r:Так Чон Хёк}} ({{r:TAK CHON KHYOK}}), born 1989, native of the {{u:DPRK}}, citizen of the {{u:DPRK}},
convicted 12.04.2019 by the {{u:Zheleznodorozhny District Court of Khabarovsk}} under Art. 112 part 1 of the {{u:Criminal Code of the Russian Federation}} (intentional infliction of moderate harm to health) to 2 (two) years' deprivation of liberty.
Served in custody from 02.02.2019 to 01.02.2021.
Released 01.02.2021 on expiry of sentence.
Destination: for handover to the representative of the {{u:Embassy of the DPRK}} for deportation.
Travel document: not issued. Allowance paid: 850 roubles.
Head of the colony: Colonel of Internal Service {{p:V. N. Gorshkov}}
Head of special department: {{p:O. I. Melnikova}}
Photograph of released person (stamp). Signature of released person: "{{r:탁정혁}}"
-----

Translator's notes
1. The court decision (not attached) names the victim as "{{p:Рим Кван Иль}}" (genitive "{{p:Рима}}" in the judgment), i.e. {{p:Rim Kwang-il}}. {{r:Jong-hyok}} says {{p:Rim}} was the brigade's deputy leader and that the fight started when {{p:Rim}} struck {{r:Mun Nam-chol}} for hiding cigarette money.
2. The co-defendant, "{{r:Мун Нам Чхоль}}", received a suspended sentence. In the prosecution file he is "{{r:Муна}}" and "{{r:Муном}}" depending on the sentence. The men called him "{{r:Moon}}" because of his round face; {{r:Jong-hyok}}: "On the night of the fight there was a full moon and {{r:Moon}} said it was bad luck to stay in."
3. On 01.02.2021 the handover to the embassy did not happen: the embassy's man, "{{p:Ko}}", did not come (COVID rules, per the guard {{p:Sergei}}). The colony released {{r:Tak}} to the street with the certificate. A Buryat cellmate, {{p:Bato Dorzhiev}}, had given him an address in {{u:Ulan-Ude}}.
4. The lawyer appointed at trial was advocate {{p:L. A. Fedorchuk}}. The interpreter at trial was a Korean woman from {{u:Sakhalin}}, {{p:Lyudmila Kan}}; {{r:Jong-hyok}} says she was kind and told him to write down the name of every guard.
5. {{r:Nam-chol}}'s whereabouts are unknown. {{r:Jong-hyok}} last saw {{r:Nam-chol}} at the court in April 2019.

- {{p:Yun-ah}}
""",
    },
    {
        "id": "h64-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Michael Brennan", "마이클 브레넌", "other", ["Brennan"]),
            ("Aiko Tanabe", "아이코 다나베", "other", ["Tanabe"]),
            ("Grace Yoon", "그레이스 윤", "other", ["Grace"]),
            ("Pak Song-hui", "박성희", "witness", ["Song-hui", "Park Sung-hee"]),
        ],
        "note": "Grant review panel score sheet with reviewers' comments on an NGO proposal; the proposal's project lead and a named testimony example; reviewers, foundation staff and other applicants private; foundations, universities and UN bodies public.",
        "text": """REVIEW PANEL SCORE SHEET - Round 3, Human Rights Documentation Window
Application HRD-24-117: "Remembering the sent-away: a testimony archive of North Korean overseas workers"
Applicant organisation's project lead: {{r:Grace Yoon}}

Panel: Prof. {{r:Michael Brennan}} (chair), Dr. {{r:Aiko Tanabe}}, {{p:Sophie Lemaire}}, {{p:Kwon Do-hyun}}
Secretariat: {{p:Ellie Tran}} (programme officer)

Criterion                    | {{r:Brennan}} | {{r:Tanabe}} | {{p:Lemaire}} | {{p:Kwon}} | Mean
Relevance                    | 5       | 5      | 4       | 5    | 4.75
Methodology                  | 4       | 3      | 4       | 4    | 3.75
Safeguarding                 | 3       | 2      | 3       | 3    | 2.75
Budget                       | 4       | 4      | 3       | 4    | 3.75

Reviewer comments

{{r:Brennan}}: A strong and timely application. Ms {{r:Yoon}} has run similar work before with the {{u:Transitional Justice Working Group}} and the letters from {{u:Korea University}} are convincing. My one concern is that the proposal quotes a named witness at length.

{{r:Tanabe}}: I must mark down safeguarding. Section 2.3 reproduces the testimony of "{{r:Pak Song-hui}}, 39, formerly a seafood worker in {{u:Hunchun}}", together with her supervisor's name (a "Director {{p:Jin}}") and her daughter's school. Even if {{r:Song-hui}} consented, the proposal circulates to forty people. Page 9 then calls her "{{r:Park Sung-hee}}" - is this the same person? If the team cannot keep one spelling, how will it keep a pseudonym key?

{{p:Lemaire}}: Agree with {{r:Aiko}}. Also, Annex B lists the interviewers' full names ({{p:Jeon Soo-bin}}, {{p:Marcus Hale}}, {{p:Ryoo Ha-na}}). Fine for a budget, but I would ask for initials in any public report. I note that {{r:Grace}} has addressed data retention clearly.

{{p:Kwon}}: I know the field well. The proposal is realistic. The example of Mrs {{r:Pak}} is the most moving part of the application; I would keep it but anonymise. The comparison with the {{u:Commission of Inquiry on Human Rights in the Democratic People's Republic of Korea}} report is apt. I disagree with {{r:Michael}} on the budget: the interpreter rate is low.

Chair's summary ({{r:M. Brennan}}): Recommend funding, conditional on (a) removal of {{r:Pak Song-hui}}'s name and details from all circulated versions, (b) a single romanisation convention, (c) a revised safeguarding plan reviewed by Dr. {{r:Tanabe}}. {{p:Ellie}} to write to {{r:Grace Yoon}} by 15 May.

Declared conflicts: {{p:Kwon Do-hyun}} previously worked with the applicant's chair, Rev. {{p:Han Sung-ho}}. Declared; panel agreed {{p:Kwon}} may score.
""",
    },
    {
        "id": "h64-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kye Chol-ho", "계철호", "witness", ["Chol-ho"]),
            ("Yun Pom-chol", "윤범철", "supervisor", []),
        ],
        "note": "Qatari construction site induction register with trainer's remarks and the witness's annotations; multinational attendee list with Nepali, Indian, Bangladeshi, Egyptian and Filipino names; DPRK workers with company-assigned English names; the site locations and contractors' real umbrella entities public.",
        "text": """SITE INDUCTION REGISTER - HSE
Project: residential towers, plot 44, {{u:Lusail}}, {{u:Qatar}}
Induction session 2016/07/11, 06:30-08:00, induction room B. Language: English with translators.
Trainer: {{p:Ramesh Thapa}} (HSE officer). Witness: {{p:Mohamed Salah Eldin}} (site admin).

No | Name                      | Trade        | Company ID | Translator used         | Sign
3  | {{p:Md. Shafiqul Islam}}          | Steel fixer  | 20881      | -                       | {{p:Shafiq}}
4  | {{p:Rajesh Kannan}}               | Electrician  | 30117      | -                       | {{p:R. Kannan}}
5  | {{r:KYE CHOL HO}}                 | Plasterer    | 40206      | {{r:YUN}} (group leader)       | {{r:계철호}}
6  | {{p:HAM SONG IL}}                 | Plasterer    | 40207      | {{r:YUN}} (group leader)       | {{p:함성일}}
7  | {{p:CHOE KUM SONG}}               | Plasterer    | 40208      | {{r:YUN}} (group leader)       | {{p:최금성}}
8  | {{r:YUN POM CHOL}}                | Foreman      | 40201      | -                       | {{r:윤범철}}
9  | {{p:Ahmed Fawzy Mahmoud}}         | Scaffolder   | 50310      | -                       | {{p:A. Fawzy}}
10 | {{p:Jonel Dela Cruz}}             | Safety watch | 60012      | -                       | {{p:J. Dela Cruz}}

Trainer's remarks ({{p:R. Thapa}}): Nos 5-7 did not answer the quiz themselves. Group leader Mr. {{r:Yun}} answered for all three and signed for attendance. Told Mr. {{r:Yun}} workers must answer in person next time. No. 6 asked (through No. 10, who knows some Korean words) where the drinking water station is. Note for {{p:Mohamed}}: DPRK group only allowed out of the camp with Mr. {{r:Yun}}.

WITNESS ANNOTATIONS ({{r:Kye Chol-ho}}, interview in {{u:Seoul}}, 2023; NGO interviewer {{p:Lim Da-eun}})
- "That is me at line 5. The Nepali teacher, {{p:Ramesh}}, was a good man. He tried to give us the paper in Korean but {{r:Yun Pom-chol}} took it."
- "{{p:Song-il}} asked about water because we had none in the afternoon. The Filipino, {{p:Jonel}}, knew 'mul' (water) and 'ppalli'. After the training {{r:Yun}} slapped {{p:Song-il}} for speaking to a foreigner."
- "{{p:Kum-song}} is {{p:Choe Kum-song}} from {{u:Sariwon}}. We shared a bunk."
- "The Bangladeshi, {{p:Shafiq}}, gave {{r:Chol-ho}} - me - his old phone in 2017. {{r:Pom-chol}} found it under the mattress."
""",
    },
    {
        "id": "h64-en-11",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Jon Hye-gyong", "전혜경", "witness", ["Hye-gyong", "Jeon Hye-kyung"]),
            ("Rachel Kim", "레이철 김", "other", ["Rachel"]),
            ("Sim Tae-u", "심태우", "supervisor", []),
        ],
        "note": "E-mail thread with nested quoted replies and signatures between an NGO researcher, a journalist and a lawyer about a restaurant worker's testimony; local parts of e-mail addresses that spell names; Kim/Gim, Jon/Jeon variants; role mailbox unmarked; half the newlines CRLF.",
        "text": """From: {{r:Rachel Kim}} <{{r:rachel.kim}}@nkworkerswatch.org>
To: {{p:Tom Ashworth}} <{{p:t.ashworth}}@ashworthlegal.co.uk>
Cc: research@nkworkerswatch.org
Date: Thu, 7 Mar 2024 10:14:22 +0900
Subject: Re: Re: Fwd: restaurant testimony - consent for quotation

{{p:Tom}},

Yes - {{r:Hye-gyong}} confirmed this morning by phone that she consents to the quotation in para 12, but not to her real surname. Please use "Ms {{r:J.}}" throughout. She is fine with the name of the manager, {{r:Sim Tae-u}}, being used, since he is the subject of the complaint.

Best,
{{r:Rachel}}

--
{{r:Rachel Kim}} ({{r:김레이철}})
Senior Researcher | NK Workers Watch | {{u:Seoul}}
{{u:Signal}}: +82 10 xxxx xxxx

On Wed, 6 Mar 2024 at 18:02, {{p:Tom Ashworth}} <{{p:t.ashworth}}@ashworthlegal.co.uk> wrote:
> Dear {{r:Rachel}},
>
> Thank you. Before we file, I need to be sure of two spellings. Your note says "{{r:Jon Hye-gyong}}" but the journalist's draft (below) says "{{r:Jeon Hye-kyung}}". Also is the manager "{{r:Sim}}" or "{{r:Shim}}"?
>
> Kind regards,
> {{p:Tom}}
> --
> {{p:Thomas Ashworth}}, Solicitor
> Ashworth Legal LLP, {{u:London}}
>
> On Tue, 5 Mar 2024, {{p:Min-ji Gim}} <{{p:minji.gim}}@newsdesk-korea.com> wrote:
>> Hi both,
>>
>> Draft para 12 of my piece for your check:
>> "{{r:Jeon Hye-kyung}}, 31, spent four years as a waitress and singer at a North Korean restaurant in {{u:Vladivostok}}. Her manager, {{r:Shim Tae-woo}}, confiscated tips nightly, she said. 'We danced for Russian tourists and Chinese businessmen, and {{r:Sim}} counted every rouble.'"
>> I also interviewed her roommate there, {{p:Kang Su-jin}}, who left a year later. {{p:Su-jin}} asks not to be named.
>>
>> {{p:Min-ji}}
>> --
>> {{p:Gim Min-ji}} | Investigations desk
>>
>>> On Mon, 4 Mar 2024, {{r:Rachel Kim}} wrote:
>>>> Forwarding {{r:Hye-gyong}}'s written statement (Korean, with my rough English). Please note Mr {{r:Sim}}'s deputy was a woman called {{p:Ri Sol-mi}}; {{r:Hye-gyong}} is less sure of her given name. The {{u:Russian Federation}} authorities never inspected the restaurant according to her.
>>>>
>>>> ---------- Forwarded message ----------
>>>> From: {{r:전혜경}} <{{r:hyekyung.jeon}}88@gmail.com>
>>>> Subject: 진술서
>>>> 안녕하세요 {{r:레이철}} 선생님, 진술서 보내드립니다. {{r:심태우}} 지배인 이야기는 3쪽에 있어요. {{p:수진}}이 얘기는 빼 주세요.
""",
    },
    {
        "id": "h64-en-12",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Chol-min", "김철민", "witness", ["Chol-min", "Gim Cheol-min"]),
            ("Ri Hak-chol", "리학철", "supervisor", ["Hak-chol"]),
        ],
        "note": "OCR of a scanned English translation of a Russian construction company's disciplinary order, with line-end hyphenation splitting names, OCR confusions (rn for m, 1 for l), a running header and page number; Russian director and HR officer private; later NGO margin note.",
        "text": """[OCR output, scan 3 of 5, file order_0412_en.pdf, engine confidence 81%]

LIMITED LIABILITY COMPANY "DALSTROY-
INVEST", {{u:Vladivostok}}

ORDER No. 41-k                                              12 April 2018

On the application of disciplinary measures and deduc-
tions from wages

In connection with the violation of labour discipline by the
workers of brigade No. 3 (brigade leader {{r:RI HAK CHOL}}), exp-
ressed in unauthorised absence from the site on 8 April 2018
from 14:00 to 19:30, and on the basis of the memorandum of the
brigade leader {{r:Ri Hak-
chol}} dated 9 April 2018,

I ORDER:
1. To issue a reprimand to the following workers:
   1.1 {{r:Kirn Chol Min}} (personnel No. 3-017), plasterer;
   1.2 {{p:Pak Myong Sik}} (personnel No. 3-021), plas-
       terer;
   1.3 {{p:Rim Jong Ho}} (personnel No. 3-009), concrete worker;
   1.4 {{p:Sin Kwang Ryong}} (personnel No. 3-030), car-
       penter.
2. To deduct from the wages of the persons named in item 1
   an amount equal to ten working days, the deducted amounts
   to be transferred to the account specified by the brigade
   leader {{r:R1 Hak Chol}}.
3. The brigade leader {{r:Ri Hak Chol}} to conduct an expla-
   natory talk with the workers of the brigade.
4. Control over the execution of this order is entrusted to
   the deputy director for personnel {{p:N. S. Tkache-
   nko}}.

Director                                          {{p:A. V. Shirokov}}
Acquainted with the order:  ______ {{r:Kim Ch.M.}}   ______ {{p:Pak M.S.}}
                            ______ {{p:Rim J.H.}}    ______ {{p:Sin K.R.}}

- 3 -                  DALSTROY-INVEST / HR / 2018

[handwritten margin note, transcribed by NGO volunteer {{p:Hwang Seo-yeon}}:]
The witness {{r:Kim Chol-min}} (registered as {{r:Gim Cheol-min}} in {{u:Hanawon}}) says the "unauthorised absence" was the afternoon when {{r:Hak-chol}} sent four men to work on the director's dacha near {{u:Artyom}}. {{r:Chol-min}} and {{p:Myong-sik}} laid tiles, {{p:Jong-ho}} and {{p:Kwang-ryong}} built a shed. {{p:Shirokov}}'s wife, {{p:Irina}}, gave them tea. Then {{r:Ri}} reported them absent and took ten days of pay "for the Party fund". {{r:Chol-min}} signed the order without reading it; he could not read Russian.
""",
    },
    {
        "id": "h64-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pak Jin-hyok", "박진혁", "witness", ["Jin-hyok", "Park Jin-hyuk", "Bak Jin-hyeok"]),
            ("Rim Yong-su", "림영수", "supervisor", ["Lim Young-soo"]),
            ("Pak Kum-sun", "박금순", "relative", ["Kum-sun"]),
            ("Ri Ung-il", "리응일", "coworker", ["Ung-il", "Lee Eung-il", "Rhee Ung-il"]),
        ],
        "note": "Third-person interview summary of a logger in Amur Oblast; witness, supervisor and co-worker each in two or three romanisations (Pak/Park/Bak, Rim/Lim, Ri/Lee/Rhee/Yi); Russian camp doctor and timber buyer private; unregistered Yi beside registered Ri.",
        "text": """INTERVIEW SUMMARY
Interviewee: {{r:PAK Jin-hyok}} (South Korean ID: {{r:Park Jin-hyuk}}; {{u:Hanawon}} record: {{r:Bak Jin-hyeok}})
Interview date: 22 August 2023, {{u:Incheon}}. Interviewer: {{p:Noh Eun-chae}}. Interpreter: none (Korean). Summary written by {{p:Noh}}.

1. Background. {{r:Pak}} was born in 1979 in {{u:Tanchon}}, {{u:South Hamgyong Province}}. He served in the army and then worked at a magnesite mine. In 2011 he applied to work abroad because his mother, {{r:Pak Kum-sun}}, needed medicine.

2. Dispatch. He left {{u:Pyongyang}} by train in March 2012 with 38 men, crossing at {{u:Tumangang}} to {{u:Khasan}} and on to {{u:Tynda}}, {{u:Amur Oblast}}. The logging enterprise was run by the {{u:Ministry of Forestry}} of the {{u:DPRK}} as a "branch". The camp leader was {{r:Rim Yong-su}}, whom {{r:Pak}} describes as "not cruel, but afraid of everyone above him". (In a 2019 article in a South Korean paper the same man appears as "{{r:Lim Young-soo}}".)

3. Work. Felling and skidding, norm of 8 cubic metres a day per two-man team. {{r:Pak}}'s partner was {{r:Ri Ung-il}}. The teams sold part of the timber "on the side" to a Russian buyer, {{p:Vitaly}}, to meet the plan payment. {{r:Rim}} took 60 per cent.

4. Injury. In January 2014 {{r:Ung-il}} was hit by a falling tree. {{r:Jin-hyok}} and another logger, {{p:Yi Sang-man}}, carried him 4 km to the road. (Note: {{p:Yi Sang-man}} is not related to {{r:Ri Ung-il}}; the witness insisted on writing "이" for one and "리" for the other.) A Russian doctor in {{u:Tynda}}, Dr. {{p:Galina Sorokina}}, set {{r:Ung-il}}'s leg. {{r:Rim Yong-su}} paid the hospital in timber.

5. Escape. In 2016 {{r:Pak}} left the camp with {{r:Ung-il}}. They reached {{u:Moscow}} by train with money from {{p:Vitaly}} and approached the {{u:UNHCR}} office. They were separated in 2017: {{r:Ung-il}} went to the {{u:United States}} as "{{r:Rhee Ung-il}}" and {{r:Pak}} to {{u:South Korea}}. In {{u:Seoul}}, {{r:Lee Eung-il}} is the spelling on the letters {{r:Ung-il}} still sends.

6. Family. {{r:Kum-sun}} died in 2015; {{r:Jin-hyok}} learnt this from a broker, Auntie {{p:Choi}}, in 2018. His younger brother {{p:Pak Jin-chol}} remains in {{u:Tanchon}}.

7. Credibility. Consistent with earlier statement to {{u:NIS}} (as reported by the witness). Interviewer {{p:Noh}} notes the witness became emotional when speaking about {{r:Ung-il}}'s injury.

8. Follow-up. {{p:Noh Eun-chae}} to ask {{r:Bak Jin-hyeok}} (he uses this spelling on his bank card) for photographs of the camp; {{r:Jin-hyok}} says {{p:Yi}} had a camera.
""",
    },
    {
        "id": "h64-en-14",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Sin Yong-il", "신영일", "coworker", ["Yong-il"]),
            ("Ju Yong-chol", "주영철", "witness", ["Yong-chol"]),
            ("Kwak Il-nam", "곽일남", "supervisor", []),
        ],
        "note": "Fire-evacuation headcount sheet from a workers' dormitory in Ulaanbaatar, with the fire-brigade officer's note and the witness's later comments; Mongolian names with patronymic initials private; room numbers beside names; CRLF.",
        "text": """FIRE EVACUATION HEADCOUNT - workers' dormitory, {{u:Bayanzurkh}} district, {{u:Ulaanbaatar}}
Date: 18.01.2017  Alarm: 02:47  Assembly point: car park
Counted by: {{r:KWAK IL NAM}} (DPRK group) and {{p:B. Enkhtuya}} (building manager)

Floor 2 (DPRK construction group, 12 persons; rooms 202, 203 and 206 empty that night)
Rm 201: {{r:Ju Yong Chol}} ✓ / {{p:Ri Song Hun}} ✓ / {{p:Han Kwang Chol}} ✓ / {{p:O Tae Hyok}} ✓
Rm 204: {{p:Kang Chol Ryong}} ✓ / {{r:Sin Yong Il}} MISSING -> found 03:05 / {{p:Kim Hyok}} ✓ / {{p:Pang Tong Chol}} ✓
Rm 205: {{r:Kwak Il Nam}} ✓ (leader) / {{p:Ryang Myong Su}} ✓ / {{p:Sok Chol}} ✓ / {{p:Mo Kwang Il}} ✓

Floor 3 (Mongolian tenants): headcount by {{p:B. Enkhtuya}}; all present. Injured: {{p:Ganbold D.}} (smoke, taken to hospital by ambulance).

Fire brigade officer's note (translated from Mongolian by {{p:Oyunchimeg}}): Fire started in the corridor of floor 2 from an electric heater. The DPRK leader would not let the brigade enter rooms 204-206 "because of documents". Senior Lieutenant {{p:Ts. Batbayar}}.

WITNESS COMMENTS ({{r:Ju Yong-chol}}, 2022, to NGO researcher {{p:Hong Seul-gi}}):
"Room 204 - {{r:Yong-il}} was asleep, he was drunk, and {{r:Kwak}} counted him as missing only when the Mongolian woman asked. {{p:Kwang-chol}} and I ran back and carried {{r:Yong-il}} out. {{r:Kwak Il-nam}} was shouting about the passports in 205; there was a bag of passports under his bed. The firemen wanted to go in, {{r:Il-nam}} stood in front of the door. The Mongolian officer pushed him away. The next week {{r:Kwak}} made us write that the fire was {{r:Yong-il}}'s fault."
""",
    },
    {
        "id": "h64-en-15",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("So Kyong-hui", "서경희", "witness", ["Kyong-hui"]),
            ("Mo Chang-il", "모창일", "supervisor", []),
            ("Daniel Reyes", "다니엘 레예스", "other", ["Dan"]),
        ],
        "note": "Photographer's contact-sheet notes from a shoot in Dandong and later in Seoul; frame numbers with captions, consent codes, initials for people who refused; surname So beside the word so; Chinese shop owners with forms of address labelled whole; river, bridge and cities public.",
        "text": """CONTACT SHEET NOTES - roll DD-05 (digital, frames 001-148)
Photographer: {{r:Daniel Reyes}}. Fixer: {{p:Liu Wen}}. Notes typed {{u:Seoul}}, 3 Nov 2019.
Consent codes: C = consented, NC = no consent (do not publish face), U = unknown.

001-014  {{u:Sino-Korean Friendship Bridge}} from the {{u:Yalu River}} promenade, {{u:Dandong}}, dawn. No people identifiable.
015-022  Seafood processing street, {{u:Donggang}}. Bus with DPRK women workers arriving 06:40. U. Faces blurred in all selects.
023      Woman at bus door looking at camera. Later identified by her as herself: {{r:So Kyong-hui}}. C (given 2019, Seoul).
024-031  Minder with clipboard counting women off the bus. The women called him "{{r:모}} 지도원". {{r:Kyong-hui}} gave his full name as {{r:Mo Chang-il}}. NC (not asked). Do not publish.
032-040  Shop front, dried-fish wholesaler. Owner {{p:老郑}} ({{p:Zheng Guoqiang}}) posed with the fixer. C.
041      {{p:老郑}}'s wife {{p:郑嫂}} refused; frame to be deleted. NC.
042-057  Canteen window, women eating in shifts. U.
059-090  Night: dormitory windows, lights off at 22:00. U.
091-104  Seoul, {{r:Kyong-hui}}'s flat, {{u:Nowon-gu}}. Portraits, hands, her notebook. C. So far the strongest frames are 097 and 102. She asked me to call her "{{r:Kyong}}" in captions; she does not want "{{r:So}}" used. So: first name only.
105-111  Her notebook pages: list of women in her line: "{{p:순옥}}, {{p:명화}}, {{p:은정}}, {{p:향미}}, {{p:금별}}". Do NOT publish legible pages. Flagged for {{p:Haruka}} (picture editor).
112-130  {{r:Kyong-hui}} with her friend from the same factory, {{p:Ri Sun-ok}}, at a cafe. {{p:Sun-ok}}: C for hands only. {{p:R.S.O.}} in captions if needed.
131-148  {{u:Han River}} at dusk, {{r:Kyong-hui}} walking away. C.

Caption drafts (for {{p:Haruka Mori}}, picture desk):
- 023: "A woman steps off a workers' bus in {{u:Donggang}}, 2019. She later escaped to {{u:South Korea}}." (Name withheld.)
- 097: "{{r:Kyong}}, 34, who worked four years in a seafood plant, at home in {{u:Seoul}}." - {{r:Dan}}, check that {{r:Kyong}} is OK with age.
Note from {{p:Haruka}}: {{r:Daniel}}, please send the release forms for {{p:Zheng}} and {{p:Sun-ok}} before Friday.
""",
    },
    {
        "id": "h64-en-16",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ahn Yu-jin", "안유진", "other", []),
            ("Baek Seung-ho", "백승호", "other", []),
            ("Chon Myong-suk", "전명숙", "witness", ["Myong-suk"]),
            ("Kang Hyon-u", "강현우", "witness", ["Hyon-u"]),
            ("Lim Ji-yeon", "임지연", "other", ["Ji-yeon"]),
        ],
        "note": "Panel-survey respondent tracking sheet for wave 3 of a resettlement study, pasted as tab-separated text; respondent names, contact persons and interviewers in columns, status notes with shorthand; two registered respondents and a registered interviewer among many unregistered ones.",
        "text": """WAVE 3 TRACKING - overseas-worker returnees panel (export from shared sheet, 14/02/2024)
RID\tName\tContact via\tInterviewer\tW1\tW2\tW3 status\tNotes
R-004\t{{r:Chon Myong-suk}}\tself ({{u:KakaoTalk}})\t{{r:Lim Ji-yeon}}\tdone\tdone\tbooked 20/02\tprefers {{u:Guri}} cafe; {{r:Myong-suk}} bringing daughter
R-007\t{{p:Yun Hye-song}}\tsister {{p:Yun Hye-ryon}}\t{{r:Lim Ji-yeon}}\tdone\tdone\tno answer x3\ttry via {{p:Hye-ryon}} after Lunar NY
R-011\t{{r:Kang Hyon-u}}\tself\t{{r:Baek Seung-ho}}\tdone\tdone\tdone 09/02\t{{r:Hyon-u}} moved to {{u:Cheonan}}; new job at logistics centre
R-012\t{{p:Ryu Chang-jin}}\tpastor {{p:Oh Dong-su}}\t{{r:Baek Seung-ho}}\tdone\trefused\tDROP\tdo not contact again ({{p:Oh}} says)
R-015\t{{p:Hong Sun-hwa}}\tself\t{{r:Lim Ji-yeon}}\tdone\tdone\tbooked 22/02\t{{p:Sun-hwa}} needs interpreter? no - Korean fine
R-019\t{{p:Kil Ok-hui}}\tcaseworker {{p:Chung Mi-rae}}\t{{r:Ahn Yu-jin}}\tdone\tmissed\trebooking\t{{p:Ok-hui}} in hospital Dec; ask {{p:Mi-rae}}
R-023\t{{p:Nam Chol-u}}\tcousin\t{{r:Baek Seung-ho}}\tdone\tdone\tmoved abroad\tnow in {{u:London}} ({{u:New Malden}})
R-026\t{{p:Ho Kyong-sim}}\tself\t{{r:Lim Ji-yeon}}\tdone\tdone\tbooked 27/02\tw/ R-004 same factory in {{u:Hunchun}}

Comments (cell H1 thread):
{{r:Baek Seung-ho}}: {{r:Ji-yeon}}, can you take R-023 by video? {{p:Chol-u}} asked for a woman interviewer anyway.
{{r:Lim Ji-yeon}}: OK. Also R-004 and R-026 know each other - {{r:Myong-suk}} told me {{p:Kyong-sim}} was her line leader in {{u:Hunchun}}. Keep interviews separate.
{{r:Ahn Yu-jin}}: noted. {{r:Hyon-u}}'s wave 3 audio is on the drive, file R-011_W3_{{r:kang}}.m4a.
""",
    },
    {
        "id": "h64-en-17",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Adam Nowicki", "아담 노비츠키", "other", ["Adam"]),
            ("Ewelina Sowa", "에벨리나 소바", "other", []),
            ("Yoo Jin-hee", "유진희", "other", []),
            ("Ri Song-ho", "리성호", "witness", ["Song-ho"]),
            ("Kim Kyong-il", "김경일", "witness", ["Kyong-il"]),
            ("Hwang Chol-jun", "황철준", "supervisor", []),
        ],
        "note": "Wage-claim calculation worksheet for a labour claim about a Polish shipyard, pasted from a spreadsheet as tab-separated text; claimants in columns, formulas as text, reviewer comments; Polish payroll clerk and agency staff private; surname Song beside song-like given name.",
        "text": """Wage claim calc - v4 (pasted from Claims_{{u:Gdansk}}.xlsx, sheet "calc")
Prepared by {{r:Ewelina Sowa}} for {{r:Adam Nowicki}}; checked by {{r:Yoo Jin-hee}}
Claimant\tPeriod\tMonths\tContract gross PLN/m\tPaid in hand PLN/m\tShortfall/m\tTotal shortfall\tSource
{{r:RI Song Ho}}\t05/2018-11/2020\t31\t3,900\t900\t=D2-E2\t93,000\tpayroll ZUS + statement
{{r:KIM Kyong Il}}\t05/2018-11/2020\t31\t3,900\t900\t=D3-E3\t93,000\tpayroll ZUS + statement
{{p:PAEK Hyon Chol}}\t09/2018-11/2020\t27\t3,900\t900\t=D4-E4\t81,000\tpayroll ZUS only
{{p:SONG Il Chol}}\t05/2018-11/2020\t31\t3,900\t900\t=D6-E6\t93,000\tpayroll ZUS only
{{r:HWANG Chol Jun}}\t05/2018-11/2020\t31\t5,200\t-\t-\t-\tEXCLUDE (brigade leader, respondent?)

Comments:
[C2] {{r:Yoo Jin-hee}}: {{r:Song-ho}} says cash was 900 only after Sept 2018; before that 600. Recalc rows 2-3?
[C2] {{r:Ewelina Sowa}}: agreed for {{r:Ri}}; but {{r:Kyong-il}} says 900 throughout. Keep separate.
[A6] {{r:Yoo Jin-hee}}: {{p:Song Il-chol}} - in statements also "{{p:Il-chol}}". He is not contactable; ZUS data only.
[A7] {{r:Adam Nowicki}}: {{r:Hwang}} signed the payroll for everyone as "{{r:Hwang Ch.J.}}". Witness {{r:Ri Song-ho}}: "{{r:Chol-jun}} signed and the agency man, {{p:Piotr}}, handed him an envelope." Agency contact was {{p:Piotr Zając}} - see file note of 12/01.
[A4] {{r:Ewelina Sowa}}: {{p:Paek}} (row 4) was moved from another site; payroll shows the employer as "{{p:K. Hyon}}" for Sep-Dec 2018? Probably a clerk's error ({{p:Krystyna Hyon}}? no such person found). Ask {{r:Kyong-il}}.
[G8] {{r:Yoo Jin-hee}}: totals ok. {{r:Adam}}, please confirm court fee basis before we send to {{r:Song-ho}} and {{r:Kyong-il}}.
""",
    },
    {
        "id": "h64-en-18",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ryang Jong-nam", "량정남", "witness", ["Jong-nam"]),
            ("Choe Yong-gil", "최용길", "supervisor", ["Yong-gil"]),
        ],
        "note": "Translated Malaysian police report (laporan polis) from a coal-mine town in Sarawak, with the NGO's annotations; Malay complainant, police officers, interpreter and Iban mine workers private; Sarawak towns and the Royal Malaysia Police public; the worker's name in the Malay form with 'bin'-less order.",
        "text": """TRANSLATION FROM MALAY
{{u:POLIS DIRAJA MALAYSIA}} - POLICE REPORT
Report No.: MUKAH/001234/14
Station: {{u:Balai Polis Mukah}}, {{u:Sarawak}}
Date/time of report: 12/11/2014, 21:35

Complainant: {{p:Awang Jamil bin Hassan}}, IC No. 7008xx-13-xxxx, age 44, occupation: security supervisor, coal mine, {{u:Balingian}}
Language of report: Malay. Officer receiving: Cpl. {{p:Nor Azlina binti Ahmad}}

Report (translation): "I am the security supervisor of the mine. At about 19:00 today a North Korean worker, {{r:RYANG JONG NAM}}, came to the guard post and asked for help. He showed me his hand which was bleeding. He said, through another worker who speaks a little English, {{p:KIM YONG HO}}, that his leader, named {{r:CHOE}}, had hit him with an iron bar because he refused to work a third shift. He asked me to keep his passport, but he does not have his passport; he said Mr. {{r:Choe}} keeps all the passports. After that, four North Korean workers came and took {{r:RYANG}} back to their hostel. One of them was {{r:CHOE YONG GIL}}. I do not know the names of the others. My colleague {{p:Jugah anak Nyandang}} also saw this. I make this report so that the police can check the welfare of the worker. That is all."
Signature of complainant: {{p:Awang}}
Signature of officer: {{p:N. Azlina}}

Action taken (station log, Insp. {{p:Mohd Faizal Rahman}}): 13/11/2014 visited the hostel with interpreter {{p:Lee Wei Ming}} (Mandarin-Korean, from {{u:Sibu}}). Met leader {{r:CHOE YONG GIL}}, who stated the worker injured his hand on a machine. Worker {{r:RYANG}} did not want to make a statement. Case closed - NFA.

NGO ANNOTATIONS ({{p:Yap Hui Ling}}, 2016, after contact with {{r:Ryang Jong-nam}} in {{u:Kuala Lumpur}}):
- {{r:Jong-nam}} confirms he went to the guard post. "The Malay guard, Pak {{p:Awang}}, gave me his own bandage." ("Pak" is the Malay for "Mr", not the Korean surname.)
- The worker who interpreted, {{p:Kim Yong-ho}}, was sent back to the {{u:DPRK}} two weeks later. {{r:Jong-nam}}: "{{r:Yong-gil}} said {{p:Yong-ho}} talked too much."
- When the inspector came, {{r:Choe}} made {{r:Jong-nam}} stand next to him and answer only "yes". The Chinese interpreter {{p:Lee}} looked at {{r:Jong-nam}}'s face "for a long time".
- The Iban guard {{p:Jugah}} later helped {{r:Jong-nam}} leave by longboat to {{u:Mukah}} in 2015.
""",
    },
    {
        "id": "h64-en-19",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yoo Hae-rin", "유해린", "other", ["Hae-rin"]),
            ("Pae Kyong-sik", "배경식", "witness", ["Kyong-sik"]),
            ("Pae Sun-hwa", "배순화", "relative", ["Sun-hwa"]),
        ],
        "note": "Research ethics committee minutes reviewing an amendment to a testimony study; committee members and staff private; applicant and a named participant whose recording leaked; Pae/Bae/Pai variants; university, ministry and data regulator public.",
        "text": """{{u:UNIVERSITY OF SHEFFIELD}}
RESEARCH ETHICS COMMITTEE - MINUTES OF MEETING 2024/05 (extract)
Date: 16 May 2024. Location: Room 2.14 and online.
Present: Prof. {{p:Helen Whitaker}} (Chair), Dr. {{p:Kofi Mensah}}, Dr. {{p:Sarah Lindqvist}}, Mr. {{p:James O'Neill}} (lay member), Dr. {{p:Priya Raman}}
In attendance: {{p:Laura Finch}} (Secretary); Dr. {{r:Yoo Hae-rin}} (applicant, item 4 only)
Apologies: Dr. {{p:Tomasz Zieliński}}

Item 4. Amendment AM-117 to study 041277: "Life histories of North Korean overseas workers"
4.1 Dr. {{r:Yoo}} presented the amendment: inclusion of relatives of workers as participants, and a new data-storage arrangement.
4.2 The Chair raised an incident reported on 2 April: an interview recording of a participant had been shared by a research assistant with a journalist. Dr. {{r:Yoo}} confirmed the participant is Mr {{r:Pae Kyong-sik}} (spelled "{{r:Bae Kyeong-sik}}" in the consent form and "{{r:Pai}}" in the assistant's e-mail). The recording contained Mr {{r:Pae}}'s voice and the name of his sister, {{r:Pae Sun-hwa}}, who is still in {{u:North Korea}}.
4.3 Dr. {{r:Yoo}} reported that the assistant, Ms {{p:Jeong Da-in}}, had been removed from the study. The journalist, {{p:Mark Devlin}}, had agreed in writing not to use the recording. {{r:Kyong-sik}} had been informed in person and "was shaken but not angry". {{r:Hae-rin}} offered to meet him again with a counsellor, Ms {{p:Seo Ah-reum}}.
4.4 Dr. {{p:Mensah}} asked whether the breach had been notified to the {{u:Information Commissioner's Office}}. The Secretary confirmed a report was made on 4 April.
4.5 Dr. {{p:Lindqvist}} questioned the inclusion of relatives: relatives such as {{r:Sun-hwa}} could be put at risk by the very fact of participation. Dr. {{r:Yoo}} clarified that only relatives outside the {{u:DPRK}} would be approached.
4.6 Mr {{p:O'Neill}} asked that the participant information sheet be re-read by a North Korean reader; Dr. {{r:Yoo}} suggested Mrs {{p:Han Ok-sun}} of a local community association.
4.7 Decision: Favourable opinion with conditions: (a) audio files to be held only on university storage; (b) the assistant's access revoked (done); (c) {{r:Pae Kyong-sik}} and any participant named in a breach to be offered withdrawal; (d) report back at the July meeting.
Action: {{p:Laura Finch}} to send the decision letter; Dr. {{r:Yoo}} to confirm {{r:Kyong-sik}}'s decision on withdrawal.
""",
    },
    {
        "id": "h64-en-20",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Song-mi", "최송미", "witness", ["Song-mi", "Choi Song-mi"]),
            ("Emma Clarke", "엠마 클라크", "other", ["Emma"]),
        ],
        "note": "Volunteer ESL tutor's lesson notes with a woman formerly working in a Chinese garment factory; example sentences the learner wrote about co-workers and family; classmates, tutor's colleagues and a teaching app; 'Song' in names beside the word song.",
        "text": """ESL tutoring - lesson notes, learner: {{r:Song-mi}} ({{r:CHOE Song-mi}})
Tutor: {{r:Emma Clarke}}. Venue: community centre, {{u:New Malden}}. Level: A2.

Lesson 7 - 3 Oct 2023
Topic: past simple, talking about work. {{r:Song-mi}} wrote five sentences:
1. "I worked in a factory in {{u:Dandong}} for three years."
2. "My line leader was Ms {{p:Pak}}. She was strict." (Corrected "strick" -> "strict".)
3. "My friend {{p:Un-hui}} sewed collars and I sewed sleeves."
4. "We sang a song every morning." ({{r:Song-mi}} laughed: "my name is Song, the song is not me.")
5. "The Chinese boss, Boss {{p:Lü}}, did not talk to us."
Homework: write about a friend.

Lesson 8 - 10 Oct 2023
Homework text (uncorrected): "My friend name is {{p:Ri Un-hui}}. She is from {{u:Kanggye}}. She is funny. In the dormitory she sleep next to me. Our minder {{p:Jong}} teacher did not like her. {{p:Un-hui}} go back to {{u:Korea}} in 2020 and I not hear from her." Corrected together. {{r:Song-mi}} asked how to say "지도원" - we agreed "minder".
Note: {{r:Song-mi}} used the {{u:Duolingo}} app on the bus. Suggested the {{u:BBC Learning English}} podcasts.

Lesson 9 - 17 Oct 2023
{{r:Song-mi}} brought a classmate, {{p:Kang Hye-ryon}}, who joins from next week. {{p:Hye-ryon}} is more advanced (B1). Speaking: "Introduce your family." {{r:Song-mi}}: "My mother is {{p:Kim Ok-sil}}. My father died. I have one brother, {{p:Choe Song-il}}. He is in North Korea." She wanted to stop there.
Admin: {{p:Maureen}} (centre coordinator) asked for {{r:Song-mi}}'s surname for the register; she prefers "{{r:Choi}}", as on her bank card.

Lesson 10 - 24 Oct 2023
Pair work {{r:Song-mi}} / {{p:Hye-ryon}}: role-play at the GP. {{p:Hye-ryon}} played the doctor. Very good.
Cover next week: my colleague {{p:Ben Okoro}} will teach; {{r:Emma}} away.
""",
    },
    {
        "id": "h64-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Han Chol", "한철", "coworker", []),
            ("Choe Kwang-nam", "최광남", "witness", ["광남"]),
            ("Jung Eun-bi", "정은비", "other", ["은비"]),
            ("Ri Tong-su", "리동수", "supervisor", []),
        ],
        "note": "Church volunteer's diary kept in Vladivostok while secretly helping North Korean construction workers; the worker's given name with the affectionate suffix outside, honorifics 씨, 집사님, 반장, 동무 outside; Russian shop owner and church members private; city, districts and Russian chain shops public.",
        "text": """봉사 일기 ({{r:정은비}})

2018년 10월 3일 (수)
저녁 예배 후 {{p:문성호}} 목사님이 조용히 부르셨다. 교회 뒤편 공사장에서 일하는 북한 사람 하나가 자꾸 교회 앞을 서성인다고. 이름은 모르고 키가 작고 안경을 썼다고 하셨다. {{p:장미경}} 집사님이 빵을 싸 주라고 하셔서 봉지에 담아 두었다.

2018년 10월 5일 (금)
그 사람을 만났다. 이름이 {{r:최광남}}이라고 했다. {{u:블라디보스토크}} {{u:루스키섬}} 쪽 아파트 공사를 한단다. 처음엔 "선생님" 하고 부르더니 내가 나이가 더 어리다니까 "{{r:은비}} 동무"라고 해서 둘 다 웃었다. 반장이 {{r:리동수}}라는 사람인데 일요일 오전에만 숙소를 비운다고 한다.

2018년 10월 7일 (주일)
{{r:광남}} 씨가 예배가 끝날 무렵 왔다. 같은 작업반 {{r:한철}}이라는 동생을 데리고. {{r:한철}}이는 스무 살이 겨우 넘어 보였다. 둘 다 손이 갈라져 있어서 {{p:장미경}} 집사님이 연고를 주셨다. {{r:광남}}이가 "{{r:리}} 반장 동지 알면 우린 끝입니다" 해서 교회 이름은 절대 입 밖에 내지 않기로 했다.

2018년 10월 20일 (토)
{{u:스포르티브나야}} 시장에서 러시아 아주머니 {{p:나탈리야}} 씨 가게에 겨울 양말을 맡겨 두었다. {{r:광남}} 씨가 일요일에 찾아가기로. {{p:나탈리야}} 씨 남편 {{p:세르게이}} 씨는 예전에 북한 노동자들과 같이 일해 봐서 사정을 안다.

2018년 11월 4일 (주일)
{{r:광남}} 씨 혼자 왔다. {{r:한철}}이가 발판에서 떨어져 허리를 다쳤는데 {{r:리동수}} 반장이 병원에 안 보낸다고 한다. {{p:문성호}} 목사님이 아는 한인 의사 {{p:김 빅토르}} 선생님께 전화하셨다. 내일 밤에 숙소 근처 {{u:Магнит}} 앞에서 만나기로.

2018년 11월 6일 (화)
{{p:김 빅토르}} 선생님 말씀으로는 {{r:한철}}이 허리뼈에 금이 간 것 같다고. 진통제만 두고 왔다. {{r:광남}} 씨는 울지 않았는데 나는 돌아오는 버스에서 울었다.

2018년 12월 16일 (주일)
{{r:광남}} 씨가 이제 못 온다고 했다. {{r:리}} 반장이 눈치를 챘다고. 마지막으로 {{r:광남}} 씨가 평양에 있는 딸 이름을 알려 주었다. {{p:최유리}}. "{{p:유리}}가 내년에 소학교 들어갑니다." 기도 제목으로 적어 둔다.

2019년 3월 10일 (주일)
{{r:한철}}이가 {{u:북한}}으로 돌려보내졌다는 소식을 {{p:나탈리야}} 씨를 통해 들었다. {{r:최광남}} 씨 소식은 없다.
""",
    },
    {
        "id": "h64-ko-02",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Kang Chol-u", "강철우", "witness", ["철우"]),
            ("Kang Myong-hwa", "강명화", "relative", []),
        ],
        "note": "Consular detention-visit note by a South Korean consulate officer visiting a North Korean worker held in a Russian migrant detention centre; consular staff, Russian officers and lawyer private; the consulate, the detention centre's city and Russian agencies public; CRLF.",
        "text": """영사 면회 기록 (대외비)

작성: {{u:주블라디보스토크 대한민국 총영사관}} 영사 {{p:노현석}}
동행: 행정원 {{p:박소연}} (러시아어 통역)
면회 일시: 2019. 9. 24.(화) 14:00~14:50
면회 장소: {{u:연해주}} 외국인 임시 수용 시설 면회실

1. 면회 대상자
 - 성명: {{r:강철우}} (러시아 측 기록: {{r:KAN CHKHOL U}} / {{r:Кан Чхоль У}})
 - 생년: 1988년생, {{u:함경북도}} {{u:김책시}} 출신(본인 진술)
 - 구금 사유: 체류 기한 도과, 강제퇴거 결정 (2019. 9. 11. {{u:나홋카}} 시 법원)

2. 진술 요지
 - 대상자는 2016년 건설 노동자로 파견되어 {{u:나홋카}} 항만 인근 현장에서 근무. 작업반장 {{p:황봉철}}이 여권을 보관.
 - 2019년 8월 임금 문제로 반장과 다툰 뒤 숙소를 이탈, 한인 교회 신자 {{p:최 알렉산드르}}의 집에 3주간 머묾.
 - 9월 초 경찰 검문에서 적발. 여권이 없어 신원 확인까지 {{p:황봉철}} 반장이 경찰서에 와서 "우리 사람"이라고 진술했다고 함.
 - 대상자는 "{{u:대한민국}}으로 가고 싶다"는 의사를 명확히 밝힘. 서면 의사 확인서에 "{{r:강철우}}"로 자필 서명.
 - 가족: 처 {{r:강명화}}(평양 거주 아님, {{u:김책}}), 자녀 1명. 처의 안전을 가장 걱정함. "{{r:명화}}한테는 아무 연락도 가지 않게 해 달라"고 여러 번 말함.

3. 시설 측 면담
 - 시설 당직 책임자 {{p:드미트리 코발료프}} 대위: 북한 영사관 직원이 이미 두 차례 면회 신청을 했다고 함. 대상자는 북측 면회를 거부.
 - 통역 {{p:박소연}} 행정원에 따르면 대상자와 같은 방에 우즈베키스탄인 {{p:아지즈}}와 중국인 {{p:왕}} 모 씨가 있음. {{p:아지즈}}가 대상자에게 담배를 나눠 준다고.

4. 조치 및 건의
 - {{u:외교부}} 본부 및 {{u:유엔난민기구}} 모스크바 사무소에 통보 (담당 {{p:이수진}} 서기관 경유).
 - 현지 변호사 {{p:알렉세이 그리벤코}} 선임 검토.
 - {{r:철우}} 씨가 요청한 물품(내의, 양말, 성경) 다음 면회 시 전달.

5. 특이사항
 - 면회 종료 직전 대상자가 "{{p:황}} 반장은 나쁜 사람이 아니라 위에서 시키는 대로 한 것"이라고 덧붙임.
 - 다음 면회: 10. 1.(화) 예정. 작성자 {{p:노현석}}, 확인 총영사 {{p:정태윤}}.
""",
    },
    {
        "id": "h64-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Han Un-jong", "한은정", "witness", ["은정", "Han Eun-jeong"]),
            ("Han Song-il", "한성일", "relative", ["성일"]),
        ],
        "note": "Embassy review memo on a travel-certificate application by a woman who left a Mongolian textile factory; staff initials, reviewer and Mongolian police officer private; the applicant's name in Hangul, Mongolian Cyrillic and a brother's name; embassy and Mongolian agencies public.",
        "text": """여행증명서 발급 신청 검토 메모

작성: {{u:주몽골 대한민국 대사관}} 영사과 실무관 {{p:오지현}}
검토: 영사 {{p:최민규}}
일자: 2017. 4. 12.

1. 신청인
 - 성명: {{r:한은정}} (여, 1985년생). 몽골 출입국 기록상 {{r:ХАН ЫН ЖОН}}, 라틴 표기 {{r:HAN UN JONG}}
 - 현재 소재: {{u:울란바토르}} 시내 보호 시설 (시설 담당 {{p:Д. Сарантуяа}} 씨)
 - 신청 경위: 2017. 4. 8. 시설 담당자 {{p:사랑토야}} 씨와 함께 대사관 방문, 대한민국 입국 희망 의사 표시

2. 신청인 진술 요약
 - 2014년부터 {{u:울란바토르}} 외곽 섬유 공장에서 재봉공으로 근무. 북측 책임자 {{p:리명수}}, 조장 {{p:김선녀}}.
 - 월급은 한 번도 직접 받지 못함. {{p:김선녀}} 조장이 공장 측 몽골인 회계 {{p:바트에르덴}} 씨에게서 일괄 수령.
 - 2017. 3. 말 공장 밖 병원 진료 중 이탈. 진료한 몽골인 의사 {{p:오윤게렐}} 선생이 시설을 소개.
 - 가족: 오빠 {{r:한성일}}(1981년생)이 {{u:러시아}} {{u:하바롭스크}}에 건설 노동자로 파견 중이라고 함. 본인은 "{{r:성일}} 오빠가 나 때문에 불려 들어갈까 봐" 걱정.

3. 신원 확인
 - 신청인이 소지한 공장 출입증 사진과 대조: 일치. 출입증 성명란 "{{r:한은정}}".
 - {{u:몽골 경찰청}} 외국인과 {{p:간바트}} 경감에게 조회 요청 (4. 10.). 회신: 체류 기간 경과 외 특이사항 없음.
 - 신청인이 처음 대사관에 전화했을 때 "{{r:은정}}이"라고만 말해 통화 기록상 이름이 "{{r:은정}}"으로만 남아 있음 → 동일인 확인.

4. 검토 의견
 - 여행증명서 발급 요건 충족 판단. {{u:외교부}} 및 {{u:통일부}}에 보고 후 발급 예정.
 - 공장 측 북한 인원이 시설 주변을 찾는다는 정보({{p:사랑토야}} 씨 제보)가 있어 이동 일정은 {{p:최민규}} 영사만 관리.
 - {{r:한성일}} 관련 정보는 보고서 본문에서 제외하고 별첨으로만 관리할 것.

실무관 {{p:오지현}} (인)
""",
    },
    {
        "id": "h64-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Sin Ye-jin", "신예진", "witness", ["예진"]),
            ("Sin Kwang-chol", "신광철", "relative", []),
            ("Bang Su-a", "방수아", "other", ["수아"]),
        ],
        "note": "Alternative school for young resettlers, yearbook page transcription: class list with one-line messages, rolling-paper style nicknames, teachers with 선생님; a student whose father worked in Kuwait; emoji after names; school and district public.",
        "text": """{{u:한겨레중고등학교}} 2022학년도 졸업앨범 - 고3 2반 (전사본, 개인정보 편집 전)

담임: {{p:윤지호}} 선생님 / 부담임: {{r:방수아}} 선생님
사진 촬영: 하늘사진관 {{p:최동진}} 기사님

학생 명단과 한마디
{{p:강하늘}} - "{{p:하늘}}이 하늘 간다 ✈ 항공정비과 합격!"
{{p:김은혜}} - "3년 동안 급식 당번 {{p:은혜}}💛 고마웠어요"
{{p:리철수}} - "{{p:철수}} 아니고 {{p:철쑤}}라고 불러줘 ㅋㅋ"
{{p:박명옥}} - "엄마 사랑해요. {{p:명옥}}이가"
{{r:신예진}} - "아빠, {{u:쿠웨이트}} 모래바람 속에서 보내준 편지 다 모아놨어. 이제 우리 같이 살자. - {{r:예진}}"
{{p:오은별}} - "별명 별똥별⭐ 이제 대학생!"
{{p:정유나}} - "{{u:중국}}에서 온 지 2년, 한국말 늘었죠?"

롤링페이퍼 (교실 뒤 게시판)
- "{{r:예진}}아 너 없었으면 수학 망했어 - {{p:은별}}"
- "{{r:방수아}} 쌤 최고!! 상담실 사탕 다 먹은 거 저예요 - {{p:유나}}"
- "{{p:윤지호}} 선생님, 저희 때문에 흰머리 늘어서 죄송해요 - 2반 일동"

담임 편지 ({{p:윤지호}})
"... {{r:예진}}이는 아버님({{r:신광철}} 님)이 해외에 계시는 동안 동생을 돌보며 공부했습니다. 아버님이 작년 가을 입국하셔서 졸업식에 오신다니 제가 더 설렙니다. {{p:철수}}는 ... (이하 생략)"

편집 메모 ({{r:방수아}}): 앨범 외부 배포본에서는 {{r:예진}}이 한마디 중 국가명과 아버님 성함 삭제. {{p:유나}} 한마디의 '{{u:중국}}'도 본인 요청으로 삭제.
""",
    },
    {
        "id": "h64-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ok Hye-ryon", "옥혜련", "witness", ["혜련"]),
            ("Kwon Na-rae", "권나래", "other", ["나래"]),
            ("Ok Chol-nam", "옥철남", "relative", []),
        ],
        "note": "Transcription of an NGO office wall calendar for one month: birthdays, interview slots, hospital accompaniment, initials and nicknames, staff and volunteers; surname 옥 and given names that are ordinary words; holidays and public venues public.",
        "text": """사무실 벽 달력 전사 - 2023년 11월 (사진 보고 {{p:민서}}가 타이핑, 원본은 폐기)

1(수) 오전 10시 {{r:옥혜련}} 님 2차 면담 ({{r:나래}}) / 오후 월례회의
2(목) {{p:준호}} 샘 휴가
3(금) {{r:혜련}} 님 {{u:서울아산병원}} 동행 - {{p:지수}}
6(월) 🎂 {{p:은숙}} 생일 (케이크: {{p:도윤}} 담당)
7(화) 번역 검수 마감 - {{p:Sophie}} 영문본
8(수) {{p:K.S.H.}} 님 첫 통화 (남성, {{u:쿠웨이트}} 건설) 오후 3시 → {{r:권나래}}
9(목) 후원자 편지 발송
10(금) {{u:통일부}} 간담회 ({{p:박}} 국장님 대신 {{p:수민}} 참석)
13(월) {{r:옥철남}} 씨 신원 확인 서류 마감 ({{r:혜련}} 님 오빠, 중국 체류 중)
14(화) 🎂 {{r:나래}} 생일!!!
16(목) {{p:장}} 선생님 법률 자문 2시
17(금) 수능 - 사무실 10시 출근
20(월) {{p:곰돌이}}(={{p:김현곤}} 님) 면담 재조정 요망
21(화) {{u:국가인권위원회}} 제출 마감
22(수) {{r:혜련}} 님 3차 면담 - 녹음 X (본인 요청)
24(금) 송년회 장소 예약 - {{p:도윤}}
27(월) {{p:은숙}} 반차
28(화) {{p:Sophie}} 귀국
29(수) {{p:K.S.H.}} 님 대면 면담 (장소 미정) → {{r:나래}} + {{p:준호}}
30(목) 월말 정산

포스트잇 (달력 옆):
"{{r:옥철남}} 서류 → {{r:혜련}} 님이 직접 가져오신대요 - {{r:나래}}"
"{{p:곰돌이}} 님 전화번호 바뀜, 새 번호는 캐비닛 - {{p:도윤}}"
""",
    },
    {
        "id": "h64-ko-06",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Chol-nam", "김철남", "witness", ["金哲男", "철남"]),
            ("Ri Kwang-jin", "리광진", "supervisor", ["李光进"]),
            ("Pak Sun-ae", "박순애", "coworker", ["朴顺爱"]),
        ],
        "note": "Hanja name-verification worksheet matching Chinese work-permit names of seafood-factory workers in Hunchun to Hangul names; Chinese simplified characters, Korean readings, duplicates and uncertain matches; Chinese officials and the factory's Chinese staff private; registered names appear in Hanzi and Hangul.",
        "text": """한자 성명 대조 작업지 - {{u:훈춘}} 수산물 가공 공장 파견자 (중국 취업허가 명단 기준)
작성: {{p:남궁연}} / 검토: {{p:차윤호}} / 2024. 1. 30.

원자료: 중국 측 외국인 취업허가 명단 사본 (제공자: 익명), 한자 간체. 발급 담당 {{p:张建国}}.

번호 | 명단 한자 | 한국식 독음 | 대조 결과 | 비고
1 | {{r:李光进}} | {{r:리광진}} | 확인 | 북측 책임자. 증언자 {{r:철남}}: "{{r:리광진}} 지배인"
2 | {{r:金哲男}} | {{r:김철남}} | 확인 | 본 사건 증언자 본인
3 | {{r:朴顺爱}} | {{r:박순애}} | 확인 | 여성 작업반장. 증언에선 "{{r:순애}} 언니"
4 | {{p:金英姬}} | {{p:김영희}} | 확인 | 숙소 식당
5 | {{p:金英熙}} | {{p:김영희}} | 불확실 | 4번과 동명이인? 한자 다름(姬/熙)
6 | {{p:崔明浩}} | {{p:최명호}} | 확인 | 운전
7 | {{p:韩玉花}} | {{p:한옥화}} | 확인 |
8 | {{p:卢成哲}} | {{p:로성철}} | 불확실 | 노/로 표기 혼용. 증언자는 "{{p:성철}}"이라고만 기억
9 | {{p:车美香}} | {{p:차미향}} | 확인 |
10 | {{p:吕春实}} | {{p:려춘실}} | 미확인 | 남측 독음 '{{p:여춘실}}'

대조 메모
- {{r:김철남}} 씨는 자기 이름 한자를 "{{r:金哲男}}"으로 알고 있었고, 명단과 일치.
- 1번 {{r:李光进}}: 증언자 진술 "우리는 한자를 안 쓰는데 중국 사람들이 이렇게 썼다". 북한식 표기 '리', 남한식 '이'.
- 공장 중국 측 관리자 {{p:王经理}}와 통역 {{p:小崔}}(조선족 {{p:최춘화}})가 명단을 작성했다고 함. {{p:小崔}}는 4번·5번이 같은 사람이라고 한 적 있음({{r:철남}} 기억).
- 3번 {{r:박순애}}: 다른 증언자 {{p:Y}}의 진술에도 등장 ("{{r:박순애}} 반장").
- 주의: 명단 하단 서명란의 "{{p:刘}}" 서명은 공안국 담당자로 보임 ({{p:刘警官}}). 공개본에서 삭제.
- {{p:차윤호}} 의견: 5번과 10번은 보고서에 넣지 말 것.
""",
    },
    {
        "id": "h64-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Yong-hui", "리영희", "witness", ["영희", "이영희"]),
            ("Jon Kum-sil", "전금실", "supervisor", []),
            ("Ho Chol", "허철", "supervisor", []),
            ("Ri Yong-sun", "리영순", "relative", ["영순"]),
        ],
        "note": "Korean interview notes with a former North Korean restaurant worker in Phnom Penh; 리/이 spelling of the witness, honorifics and titles outside (지배인, 보위원, 동무, 언니), Khmer and Chinese customers private; cities and the Cambodian capital's districts public.",
        "text": """면담 노트 (내부용)
면담자: {{p:송하윤}} / 기록: {{p:송하윤}} / 통역 없음
피면담자: {{r:리영희}} (남측 신분증상 {{r:이영희}}), 1992년생
일시: 2023. 6. 14. 오후 2시~5시 / 장소: {{u:서울}} {{u:양천구}} 사무실

■ 파견 경위
- {{u:평양}} {{u:장철구평양상업대학}} 졸업 후 2013년 식당 봉사원으로 선발. 같이 뽑힌 동기는 {{p:김설화}}, {{p:문은향}}, {{p:최진주}} 등 12명.
- 2014년 3월 {{u:베이징}} 경유 {{u:프놈펜}} 도착. 식당은 {{u:프놈펜}} 시내, 관광객 상대.

■ 식당 관리
- 지배인 {{r:전금실}}(여, 50대). 봉사원들은 "{{r:전}} 지배인 동지" 또는 뒤에서 "호랑이"라고 불렀다고 함. (별명은 공개본 삭제)
- 보위원 {{r:허철}}. 여권, 휴대전화 모두 {{r:허철}}이 보관. 외출은 한 달에 한 번, 5명씩, {{r:허}} 보위원 인솔.
- 매일 밤 11시 총화. {{r:전금실}} 지배인이 팁을 걷어 장부에 적음. 봉사원 몫은 없었음.

■ 동료
- {{p:설화}} 언니: 노래를 제일 잘해서 무대 중심. 2016년 귀국.
- {{p:은향}}이: {{r:영희}}와 같은 방. 캄보디아 손님이 준 꽃을 받았다가 비판받음.
- 중국 손님 {{p:陈先生}}이 자주 와서 {{p:진주}}에게 명함을 줌 → {{r:허철}}이 명함을 찢음.
- 캄보디아인 주방 보조 {{p:Sokha}}, {{p:Dara}} 두 명. {{p:Sokha}}가 {{r:영희}}에게 크메르어 숫자를 가르쳐 줌.

■ 탈출
- 2017년 9월 단체 외출 중 {{u:러시안 마켓}}에서 이탈. 미리 연락한 한국인 선교사 {{p:정}} 목사 부부의 도움.
- 이탈 직후 {{r:허철}}이 {{u:프놈펜}} 시내 한인 식당들을 돌며 찾았다는 이야기를 나중에 들음.

■ 가족
- 어머니는 사망. 언니 {{r:리영순}}이 {{u:평안남도}} {{u:순천}}에 있음. {{r:영순}} 언니 남편 {{p:조광일}}은 군인.
- "{{r:영순}} 언니한테 무슨 일이 생길까 봐 이름은 꼭 빼 달라"고 재차 요청 → 공개본에서 가족 정보 전부 삭제.

■ 면담자 메모
- 피면담자는 자신의 이름을 쓸 때 "{{r:리영희}}"로 씀. 은행, 병원 서류는 "{{r:이영희}}". 데이터베이스에 두 표기 모두 등록 요청.
- 다음 면담 때 {{p:김설화}}, {{p:문은향}} 사진 확인 예정. {{r:영희}} 씨가 2주 뒤 연락 주기로.
""",
    },
    {
        "id": "h64-ko-08",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Aibek", "아이벡", "coworker", []),
            ("Hwang Nam-il", "황남일", "witness", ["남일"]),
            ("Paek Song-chol", "백성철", "supervisor", []),
            ("Ro Jin-u", "로진우", "coworker", ["진우", "노진우"]),
        ],
        "note": "Korean question-and-answer transcript with speaker labels (문/답 and initials), construction in St Petersburg; co-worker as 로/노, Russian foreman and landlady private, a Kyrgyz co-worker; stadium and districts public; half CRLF.",
        "text": """녹취록 - 증언자 {{r:황남일}} (2회차)
일시: 2024. 2. 7. / 질문: {{p:유다현}}(이하 "문") / 답변: {{r:황남일}}(이하 "답")
※ 괄호 안은 녹취자 {{p:표지훈}}의 메모

문: 지난번에 {{u:상트페테르부르크}}에 도착한 이야기까지 하셨어요. 처음 현장은 어디였어요?
답: {{u:크레스톱스키섬}} 경기장 옆 아파트요. 우리 작업반이 스물두 명이었는데, 반장이 {{r:백성철}}이었어요.
문: {{r:백성철}} 반장은 어떤 사람이었어요?
답: {{r:백}} 반장은... 말은 좋게 하는데 돈 문제는 칼 같았어요. 러시아 사람들한테 받은 돈을 하나도 안 보여 줬어요.
문: 러시아 쪽 담당자 이름 기억하세요?
답: 십장(прораб)이 {{p:안드레이}}였어요. {{p:안드레이 니콜라예비치}}. 우리는 "{{p:안드레이}} 동무"라고 불렀어요. (웃음)
문: 같이 일한 사람 중에 가까웠던 사람은요?
답: {{r:로진우}}. {{u:남포}} 사람이에요. {{r:진우}}랑 둘이 미장을 했어요. 한국 와서 보니까 남쪽에선 "{{r:노진우}}"라고 쓰더라고요.
문: {{r:진우}} 씨는 지금 어디 있어요?
답: 2019년에 먼저 귀국했어요. 아니, 끌려갔다고 해야 맞죠. {{r:백성철}}이 보위부에 보고해서.
문: 무슨 일이 있었는데요?
답: {{r:진우}}가 키르기스 사람 {{r:아이벡}}한테 전화기를 빌려서 집에 전화를 했어요. {{r:아이벡}}은 좋은 사람이었는데, {{r:아이벡}} 전화기에 평양 번호가 남아서.
문: 그때 {{r:남일}} 씨는 어떻게 됐어요?
답: 저도 총화에서 비판받았어요. "{{r:황남일}} 동무는 {{r:로진우}} 동무의 행동을 알고도 보고하지 않았다."
(증언자 한동안 침묵. 녹취 일시정지 2분)
문: 괜찮으세요? 조금 쉬었다 할까요?
답: 괜찮아요. 계속해요.
문: 숙소는 어땠어요?
답: 현장 컨테이너요. 겨울엔 러시아 할머니 {{p:갈리나}} 씨 집 지하에서 몇 명이 잤어요. {{p:갈리나}} 할머니가 감자를 쪄 줬어요.
문: 그 집 주소 기억하세요?
답: {{u:프리모르스키 구}}였던 것 같은데, 정확히는 몰라요.
문: 마지막으로, 탈출할 때 도와준 사람이 있었어요?
답: 한국 교회 집사님, {{p:최}} 집사님이요. 이름은 모르고. 그리고 {{r:아이벡}}이 공항까지 태워 줬어요.
(녹취 종료 16:42. 다음 회차: {{r:남일}} 씨 일정 확인 후 {{p:유다현}}이 연락)
""",
    },
    {
        "id": "h64-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Mun Ha-ru", "문하루", "other", ["하루"]),
            ("Mun Kyong-ok", "문경옥", "relative", ["경옥"]),
            ("Seol Min-jae", "설민재", "other", []),
        ],
        "note": "Alternative-school parent newsletter (가정통신문) with event schedule, volunteer parents and a student's essay mentioning a mother who worked in a Chinese factory; given names that are ordinary words (하루 'a day', 나래, 다솜), honorifics outside; public venues and agencies marked.",
        "text": """가정통신문 제2024-11호

학부모님께,

싱그러운 6월입니다. 이번 달 행사와 안내 사항을 알려 드립니다.

1. 현장 체험 학습 (6월 14일 금)
 - 장소: {{u:국립민속박물관}} 및 {{u:경복궁}}
 - 인솔: {{r:설민재}} 교사(중등반), {{p:임다솜}} 교사(초등반)
 - 학부모 봉사: {{p:강옥순}} 어머님, {{p:조명철}} 아버님께서 함께해 주십니다.
 - 하루 일정이니 도시락을 싸 주세요.

2. 글쓰기 대회 수상자
 - 최우수: 중2 {{r:문하루}} "엄마의 손"
 - 우수: 중1 {{p:박나래}}, 초6 {{p:김온유}}
 - 장려: 초5 {{p:리은별}}, 초4 {{p:최한빛}}

 [최우수작 일부 - 학생과 어머님 동의를 받아 싣습니다]
 "우리 엄마 {{r:문경옥}}은 {{u:중국}} {{u:단둥}}에서 옷 공장에 다녔다. 엄마 손가락에는 바늘에 찔린 자국이 많다. 엄마는 공장에서 {{p:장}} 반장이라는 사람이 무서웠다고 했다. 하루에 열여섯 시간을 일했다고 한다. 나는 하루가 그렇게 긴 줄 몰랐다. 내 이름도 {{r:하루}}인데. ... 엄마, {{r:경옥}} 씨, 이제 천천히 살아요." ({{r:문하루}})

3. 상담 주간 (6월 17~21일)
 - 담당: {{r:설민재}} 선생님(중등), {{p:임다솜}} 선생님(초등), 상담 선생님 {{p:한지수}}.
 - {{u:남북하나재단}} 전문상담사 {{p:오세영}} 선생님이 20일(목)에 오십니다.

4. 기타
 - 지난달 급식 봉사해 주신 {{p:리순희}} 어머님, {{p:하명숙}} 어머님께 감사드립니다.
 - 분실물: 남색 점퍼(이름표 "{{p:온유}}"), 필통(이름 없음).

교장 {{p:권태호}} 드림
문의: 행정실 {{p:남윤정}} 선생님
""",
    },
    {
        "id": "h64-ko-10",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Jo Hyon-u", "조현우", "other", []),
            ("Jang Chol-jin", "장철진", "witness", ["철진"]),
            ("Jang Hye-song", "장혜성", "relative", []),
        ],
        "note": "Korean hospital discharge summary for a resettler with an old untreated injury from a logging camp in Russia; physicians, nurses, social worker and interpreter private; the hospital and agencies public; patient's name with honorific 님 outside; CRLF.",
        "text": """퇴원 요약지 (Discharge Summary)
{{u:국립중앙의료원}} 정형외과
등록번호: 0031xxxx / 환자명: {{r:장철진}} (M/46)
입원일: 2023-09-04 / 퇴원일: 2023-09-19
주치의: {{r:조현우}} / 전공의: {{p:김태린}} / 담당 간호사: {{p:엄소정}}

[주 호소]
우측 어깨 통증 및 운동 제한, 10년 이상 지속.

[현병력]
환자는 2012년경 {{u:러시아}} {{u:아무르주}} 벌목장에서 작업 중 통나무에 어깨를 맞은 후 치료받지 못함(환자 진술). 당시 작업반 책임자(환자 표현 "{{p:곽}} 반장")가 병원 이송을 허락하지 않았다고 함. 현지 러시아인 벌목공 {{p:Виктор}}(빅토르)가 나무 부목을 대 주었다고 진술. 2022년 입국 후 {{u:하나원}}에서 처음 진료받음.

[입원 중 경과]
2023-09-05 관절경하 회전근개 봉합술 및 견봉 성형술 시행 (집도 {{r:조현우}}).
수술 후 경과 양호. 재활의학과 협진: 보조기 6주 착용.
의료사회복지팀 {{p:윤슬기}} 사회복지사 상담: 의료급여 1종 확인, 간병 지원 연계.
입원 중 환자가 자주 악몽을 호소하여 정신건강의학과 협진 의뢰({{p:허지원}} 교수) - 외상후스트레스 선별 양성.

[퇴원 시 상태]
통증 VAS 3/10. 보조기 착용 보행 자립.

[퇴원 처방]
진통제, 위장 보호제 2주분.

[외래 추적]
정형외과 {{r:조현우}} 2주 후 / 재활의학과 4주 후 / 정신건강의학과 {{p:허지원}} 2주 후.

[기타]
보호자: 배우자 {{r:장혜성}}(연락처 차트 참조). 입원 중 매일 방문.
{{r:장철진}} 님은 의사소통에 문제 없으나 의학 용어 설명 시 {{u:남북하나재단}} 의료통역 봉사자 {{p:한미래}} 님 동석 선호.
환자 요청: 진료 기록에 "{{u:러시아}} 벌목장" 기재는 유지하되 외부 제출 시 작업반 책임자 성씨 삭제.
작성: 전공의 {{p:김태린}} / 확인: {{r:조현우}}
""",
    },
    {
        "id": "h64-ko-11",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kye Ok-hwa", "계옥화", "witness", ["옥화"]),
            ("Yang Seo-jun", "양서준", "other", ["서준"]),
            ("Son Ga-eun", "손가은", "other", ["가은"]),
        ],
        "note": "JANDI workspace topic export between NGO staff about a case of a woman who worked in a Chinese wig factory; display names with team tags, mentions with @, file names with names; surname 계 beside the word 계; a broker nicknamed; app names public.",
        "text": """[{{u:JANDI}}] 토픽: #사례-0342 내보내기 (2024-04-02 ~ 2024-04-05)

2024-04-02 09:12 {{r:양서준}}(법률팀): @{{r:손가은}} 어제 {{r:계옥화}} 님 2차 진술 녹취 올려 주실 수 있나요?
2024-04-02 09:20 {{r:손가은}}(상담팀): 네 올렸어요 📎 0342_{{r:계옥화}}_2차.m4a
2024-04-02 09:21 {{r:손가은}}(상담팀): 참고로 {{r:옥화}} 님이 가발 공장 이름은 끝까지 말씀 안 하셨어요. 지역은 {{u:후루다오}}? {{u:훈춘}}? 둘 중 하나라고.
2024-04-02 10:03 {{r:양서준}}(법률팀): 공장 쪽 북측 관리자 이름은요?
2024-04-02 10:05 {{r:손가은}}(상담팀): 여성 관리자 "{{p:채}} 부장", 남성 보위 "{{p:리명훈}}". {{p:채}} 부장 이름은 모른대요. 중국 측 사장은 {{p:老金}}이라고만.
2024-04-02 10:06 {{r:손가은}}(상담팀): 아 그리고 브로커 별명이 "{{p:깐부}}"였대요 ㅋㅋ 본명 {{p:하경택}}?? 확실하지 않음
2024-04-02 11:30 {{p:임하람}}(사무국): 계 모임 회비 공지 - 이번 달 {{p:하람}}이가 걷습니다 🙏
2024-04-02 11:31 {{r:양서준}}(법률팀): ㅎㅎ 여기 사례 토픽이에요 {{p:하람}} 님
2024-04-02 11:32 {{p:임하람}}(사무국): 헉 죄송 😂 삭제할게요

2024-04-03 14:40 {{r:양서준}}(법률팀): @{{r:손가은}} {{r:계}} 선생님 녹취 들었는데 12분쯤에 언니 이름이 나와요. "{{p:계옥란}}". 언니가 아직 공장에 있는 거죠?
2024-04-03 14:52 {{r:손가은}}(상담팀): 네, {{p:옥란}} 언니는 2022년까지 같이 있었고 그 뒤로는 모른대요. 공개본에서 빼야 해요.
2024-04-03 15:10 {{p:정우석}}(IT): 녹취 파일명에 실명 넣지 말아 주세요. 규칙상 사례번호만.
2024-04-03 15:12 {{r:손가은}}(상담팀): 앗 수정했습니다 → 0342_2차.m4a

2024-04-05 17:02 {{r:양서준}}(법률팀): 진정서 초안 올렸어요. 진정인 {{r:계옥화}}, 대리인 {{r:양서준}} 변호사. @{{p:박도현}} 팀장님 검토 부탁드립니다.
2024-04-05 17:45 {{p:박도현}}(팀장): 확인. {{p:리명훈}}은 진정서에 "성명불상 보위원"으로. {{r:옥화}} 님께 전달은 {{r:가은}} 씨가 해 주세요. {{u:카카오톡}}은 쓰지 말고 직접.
""",
    },
    {
        "id": "h64-ko-12",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ju Chang-son", "주창손", "other", ["창손"]),
            ("Ma Yong-ae", "마영애", "witness", ["영애"]),
        ],
        "note": "Hometown association picnic settlement sheet pasted as tab-separated text; members with nicknames (아바이, 할머니 etc.), couples, receipts; one witness who worked in Russia; shops and parks public where real.",
        "text": """함북 향우회 봄 야유회 회비 정산 (2024.5.12 {{u:양재시민의숲}})
총무: {{r:주창손}} / 감사: {{p:안명길}}
이름\t회비\t추가\t비고
{{r:주창손}}\t20,000\t\t총무
{{p:안명길}}\t20,000\t\t감사
{{r:마영애}}\t20,000\t김밥 30줄\t김밥 재료비 별도 청구 → 아래
{{p:황보철}}\t40,000\t\t부부 ({{p:황보철}}+{{p:리정숙}})
{{p:청진 아바이}}\t면제\t\t만 80세 이상 (={{p:김덕삼}} 어르신)
{{p:오금순}}\t20,000\t\t
{{p:오금순}} 딸 {{p:지유}}\t10,000\t\t학생
{{p:탁영남}}\t20,000\t막걸리 10병\t
{{p:방철}}\t미납\t\t다음 모임 때 받기
{{p:전순복}}\t20,000\t\t
{{p:김}} 원장\t50,000\t후원\t{{p:김민성}} 한의원 원장님
합계\t240,000\t

지출
김밥 재료 ({{r:마영애}} 님)\t62,000\t영수증 있음 ({{u:이마트}} 양재점)
막걸리 ({{p:탁영남}} 님 현물)\t-\t
돗자리·종이컵\t18,500\t{{r:창손}}
{{p:청진 아바이}} 택시비\t14,000\t
합계\t94,500\t

잔액 145,500원 → 향우회 통장 이월.

메모 ({{r:주창손}}):
- {{r:영애}} 누님이 김밥 싸면서 {{u:러시아}} {{u:하바롭스크}} 식당 얘기를 또 하셨는데 다음 달 인권단체 면담에 같이 가 드리기로 함. 그 단체 담당 {{p:정하은}} 씨 번호 받음.
- {{p:방철}}이는 전화 안 받음. {{p:철}}이 형수 {{p:전순복}} 님한테 전달 부탁.
- 다음 총무는 {{p:탁영남}} 씨가 하기로.
""",
    },
    {
        "id": "h64-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Cha Yong-ho", "차용호", "witness", ["용호"]),
            ("Yeo Sang-hun", "여상훈", "other", []),
        ],
        "note": "Supplementary-document request letter from a public foundation to a resettler applying for an employment incentive, with the applicant's handwritten reply; officials, employer and guarantor private; the foundation, ministry and centres public; the employer's representative with 대표 outside.",
        "text": """{{u:남북하나재단}}

수신: {{r:차용호}} 님 ({{u:인천광역시}} {{u:남동구}})
(경유) {{u:인천남부하나센터}}
제목: 취업장려금 신청 관련 보완 서류 제출 요청

1. 귀하의 건강과 행복을 기원합니다.
2. 귀하께서 2024. 2. 28. 신청하신 취업장려금(2년차)과 관련하여, 아래 서류의 보완을 요청드립니다.
 가. 재직증명서 원본 (현 사업장 대표 {{p:류정환}}의 직인 날인본)
 나. 4대 보험 가입 내역 확인서 (2023. 3. ~ 2024. 2.)
 다. 이전 사업장 퇴직 증명 (사업장 대표 {{p:문기석}}, 폐업 시 폐업사실증명원으로 대체 가능)
3. 보완 기한: 2024. 4. 15.(월)까지. 기한 내 미제출 시 신청이 반려될 수 있습니다.
4. 문의: 취업지원부 담당 {{r:여상훈}} 주임 (02-xxxx-xxxx), 하나센터 담당 {{p:배윤아}} 상담사.

{{u:남북하나재단}} 이사장 (직인 생략)
기안자 {{r:여상훈}} / 검토자 {{p:심재원}} 과장 / 결재권자 {{p:노정민}} 부장

---------------------------------------------
[공문 여백에 신청인 자필 메모 - {{p:배윤아}} 상담사가 사진으로 전달]

{{r:여상훈}} 주임님께
다 준비했습니다. 그런데 '다' 서류가 문제입니다. 이전 사업장은 {{p:문기석}} 사장님 공장인데 작년에 문 닫았고 사장님 전화를 안 받습니다. 같이 일한 {{p:석광민}} 형님도 사장님 연락처 모른다고 합니다.
그리고 제가 {{u:러시아}}에서 일한 10년은 경력으로 하나도 안 쳐 주는 겁니까. 거기서 {{p:김}} 반장한테 돈 다 뺏기고 여기 와서 또 서류 때문에 못 받으면 억울합니다.
신원보증인은 {{p:한성민}} 목사님이고 필요하면 목사님이 재단에 전화하신답니다.
{{r:차용호}} 올림

[재단 회신 메모 - {{r:여상훈}}]
폐업사실증명원은 {{u:국세청}} 홈택스에서 발급 가능, {{p:배윤아}} 상담사님께 발급 도움 요청드림. {{r:용호}} 님께 해외 경력 인정 불가 사유 설명 완료(전화, 4/3). {{p:한성민}} 목사님 통화 필요 없음.
""",
    },
    {
        "id": "h64-ko-14",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Kwang-hyok", "김광혁", "witness", ["광혁"]),
            ("Rim Chol-su", "림철수", "supervisor", []),
        ],
        "note": "OCR'd magazine interview with two-column layout broken into lines, a Korean name split across a line, an OCR misreading of the supervisor's surname, running header and caption; reporter and photographer private; places public.",
        "text": """[OCR 결과 - 월간지 2021년 3월호 p.42-43 스캔, 인식률 낮음]

월간 사람과 길 | 2021. 3 | 42

"{{u:쿠웨이트}}의 여름, 우리는 모래 속에서 일했다"
해외 파견 노동자 출신 {{r:김광
혁}} 씨 인터뷰

글 {{p:송지아}} 기자 | 사진 {{p:편도훈}}

{{u:쿠웨이트 시티}} 외곽의 건설 현장. 한낮 기온이 섭씨 50도를 넘는 날에도 일은 멈추지 않았다. {{r:김광혁}}(가명 아님, 본인 요청) 씨는 2012년부터 4년간 그곳에서 철근공으로 일했다.

- 하루 일과는 어땠나요.
"새벽 4시에 일어나서 5시부터 일했어요. 점심때 두 시간 쉬는 건 {{u:쿠웨이트}} 법 때문이었는데, 우리 반장 {{r:림철
수}}는 그 시간에도 숙소 공사를 시켰어요."

- {{r:림}} 반장은 어떤 사람이었나요.
"{{r:렴철수}}..." (OCR 주: 원문 '{{r:림철수}}'의 오인식으로 보임)
"{{r:림철수}} 반장도 위에서 압박을 받았겠죠. 그래도 사람 목숨보다 계획이 먼저였어요. 같은 방 쓰던 {{p:최명
진}}이가 열사병으로 쓰러졌을 때도 병원 대신 숙소로 데려갔어요."

- {{p:최명진}} 씨는 어떻게 됐나요.
"며칠 누워 있다가 다시 나갔어요. {{p:명진}}이는 그 뒤로 말이 없어졌어요."

43 | 사람과 길

[사진 설명] {{u:서울}} {{u:구로구}}의 한 카페에서 만난 {{r:김광혁}} 씨. 사진 {{p:편도훈}}

- 한국에 와서 가장 힘든 점은.
"말투요. 제가 '{{r:광혁}}이'라고 저를 부르면 다들 웃어요. (웃음) 그리고 거기 두고 온 동료들. {{p:현성일}}, {{p:리광호}}, {{p:방명철}}... 이름을 하나하나 다 외우고 있어요."

- 마지막으로 하고 싶은 말은.
"{{u:쿠웨이트}} 정부에도, {{u:유엔}}에도 말하고 싶어요. 그 현장에 아직 사람이 있다고요."
(정리 {{p:송지아}})
""",
    },
    {
        "id": "h64-ko-15",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Sin Mun-sik", "신문식", "witness", ["문식"]),
            ("Sin Yu-ri", "신유리", "relative", ["유리"]),
            ("Pyo Eun-sook", "표은숙", "other", ["은숙"]),
        ],
        "note": "Caregiver's journal for an elderly resettler who once worked in a Siberian logging camp; daily entries with visitors, nurses, a pastor and former co-workers; given name 유리 that is also the word 'glass'; honorifics 님, 어르신, 간호사님 outside; hospital and ward public where real.",
        "text": """간병 일지 (간병인 {{r:표은숙}})
환자: {{r:신문식}} 어르신 (82세, 남) / {{u:서울의료원}} 7병동 12호

5월 2일
오전 6시 체온 37.2. 아침 미음 반 그릇. {{r:신문식}} 어르신 밤새 잠꼬대 - "{{p:덕수}}야, 톱 놓지 마라." 나중에 여쭤보니 {{u:시베리아}} 벌목장 때 친구라고.
오후 2시 따님 {{r:신유리}} 님 면회. 귤 사 오심. 유리창 닦아 드림.
담당 간호사 {{p:이하은}} 간호사님이 욕창 주의하라고 하심. 2시간마다 체위 변경.

5월 3일
아침 식사 조금 나아짐. 어르신이 옛날 얘기 많이 하심. 1970년대 {{u:소련}} {{u:하바롭스크주}} 벌목장에서 일하셨다고. 반장이 "{{p:도치}}" (별명, 도끼처럼 사람을 팬다고) - 본명은 {{p:전도천}}이었다고 하심.
저녁에 교회 {{p:곽성민}} 목사님 오셔서 기도.

5월 5일
어린이날이라 {{r:유리}} 님이 손주 {{p:하준}}이 데리고 옴. 어르신 기분 좋으심. "{{p:하준}}아, 할아버지는 나무꾼이었다."
{{r:은숙}}(나)는 오후 반차, 대체 간병인 {{p:염정순}} 씨.

5월 8일
옛 동료라는 분 면회 - {{p:안태식}} 어르신(84). 두 분이 한참 우심. "{{r:문식}}아, 살아 있었구나." {{p:안태식}} 어르신 말씀으로는 {{p:덕수}} 어르신(성은 {{p:노}})은 거기서 돌아가셨다고.
주치의 {{p:맹준석}} 선생님 회진: 다음 주 퇴원 검토.

5월 10일
{{r:신유리}} 님과 퇴원 후 요양원 상의. {{u:국민건강보험공단}} 장기요양 등급 신청 도와드림. 사회복지사 {{p:도미란}} 선생님 연결.
어르신이 종이에 옛 동료 이름들 적어 주심: {{p:노덕수}}, {{p:안태식}}, {{p:함기봉}}, {{p:우종만}}. "이거 {{r:유리}}한테 줘라."
""",
    },
    {
        "id": "h64-ko-16",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ko Seung-woo", "고승우", "other", ["승우"]),
            ("Ri Pom-il", "리범일", "witness", ["범일"]),
        ],
        "note": "University group-project role sheet for an oral-history assignment interviewing a former worker in Mongolia; students with student IDs, nicknames and initials; a professor and TA private; the university and Mongolian cities public; 'ㅇㅇ' placeholders unmarked.",
        "text": """[북한인권과 구술사] 기말 조별과제 - 3조 역할 분담표
과목: {{u:서강대학교}} 사회학과 / 담당 교수 {{p:나윤석}} / 조교 {{p:채하린}}

조원
1. {{r:고승우}} (2019xxxx) - 조장, 섭외·일정
2. {{p:임수빈}} (2020xxxx) - 녹취·전사
3. {{p:Kenji Watanabe}} (교환학생) - 영문 요약
4. {{p:박채원}} (2021xxxx) - 자료 조사 ({{u:몽골}} 건설 현장)
5. {{p:유건}} (2020xxxx) - 발표

구술자: {{r:리범일}} 선생님 (1975년생, {{u:울란바토르}} 건설 현장 2010~2016)
※ 보고서에는 "{{r:R}} 선생님"으로 표기하기로 합의 (교수님 지시)

일정
- 10/12 사전 통화 ({{r:승우}})
- 10/19 1차 구술 (구술자 자택, {{u:경기도}} {{u:안산시}}) - {{r:승우}}, {{p:수빈}}, {{p:건}}
- 10/26 2차 구술 - {{r:승우}}, {{p:채원}}, {{p:켄지}}
- 11/09 중간 점검 ({{p:채하린}} 조교님)

1차 구술 메모 ({{p:임수빈}})
- {{r:리범일}} 선생님은 "{{r:범일}}이라고 불러 달라"고 하심 (학생들이 불편해해서 "선생님"으로 통일).
- 몽골 현장 책임자는 "{{p:계}} 지배인", 작업반장은 "{{p:최광수}}". 몽골인 현장소장 {{p:Батбаяр}} ({{p:바트바야르}}) 씨는 우호적이었다고.
- 같은 숙소 동료 {{p:한정일}}, {{p:우명호}}는 2016년에 같이 귀국 명령을 받았으나 {{r:범일}} 선생님만 이탈.
- 민감: ㅇㅇ시 출신 가족 이야기는 녹취 중단 요청 → 전사에서 제외.

역할 조정 (단톡 요약)
- {{p:건}}이가 발표 자료 PPT, {{p:Kenji}}는 영문 요약 대신 일본 자료 비교 ({{u:아사히신문}} 기사).
- {{p:채원}}: {{u:국가인권위원회}} 보고서 인용 부분 정리.
- {{r:고승우}}: 최종본 취합. {{p:나윤석}} 교수님께 구술자 동의서 사본 제출 (원본은 {{r:리범일}} 선생님 보관).
""",
    },
    {
        "id": "h64-ko-17",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jong Ha-neul", "정하늘", "other", ["하늘"]),
            ("Jong Myong-sil", "정명실", "relative", ["명실"]),
            ("Yu Da-eun", "유다은", "other", ["다은"]),
        ],
        "note": "After-school community children's centre attendance book with guardian contacts and remarks; children named by given name with 이 suffix outside, guardians with 어머님/아버님; a mother who worked in a Chinese factory; the given name 하늘 beside the word 하늘 'sky'; centre volunteers private.",
        "text": """지역아동센터 출결부 - 2024년 3월 4주차
센터장: {{p:강은주}} / 생활복지사: {{r:유다은}}

이름 | 학년 | 월 | 화 | 수 | 목 | 금 | 보호자 | 비고
{{r:정하늘}} | 초3 | O | O | X | O | O | 모 {{r:정명실}} | 수: 병원(어머님 동행)
{{p:김도윤}} | 초2 | O | O | O | O | O | 부 {{p:김성철}} |
{{p:리소망}} | 초4 | O | X | X | O | O | 모 {{p:리은경}} | 화·수 감기
{{p:최지안}} | 초1 | O | O | O | O | 지각 | 조모 {{p:강순녀}} |
{{p:박예준}} | 초5 | O | O | O | X | O | 모 {{p:박향}} | 목: 태권도 승급 심사
{{p:한별}} | 초3 | O | O | O | O | O | 모 {{p:한옥주}} |

생활 기록 ({{r:유다은}})
- 3/25(월) 미술 시간에 하늘 그리기. {{r:하늘}}이가 자기 이름이랑 같다고 제일 열심히 그림. {{p:한별}}이는 별을 그림 ⭐
- 3/27(수) {{r:하늘}}이 결석. {{r:정명실}} 어머님이 {{u:보라매병원}} 진료(어머님 본인) 때문에 같이 갔다고 문자 주심. 어머님이 {{u:중국}} 공장에서 일하실 때 다친 손목 치료 중.
- 3/28(목) {{p:소망}}이 회복해서 등원. {{p:리은경}} 어머님이 감사 인사로 떡 보내심.
- 3/29(금) {{p:지안}}이 할머니({{p:강순녀}} 님) 늦게 오셔서 {{r:다은}}이 18:40까지 돌봄.
- 자원봉사: 대학생 {{p:노윤서}}(수학), {{p:탁민혁}}(영어). {{p:민혁}} 쌤 다음 주 시험으로 결석.

상담 메모 (대외비)
{{r:명실}} 어머님 요청: {{r:하늘}}이 아버지 쪽 이야기({{u:러시아}}에 파견됐다가 연락 끊김)는 아이 앞에서 꺼내지 말 것. 아버지 성함 {{p:정광수}} - 기록은 센터장 {{p:강은주}}만 열람.
""",
    },
    {
        "id": "h64-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Un-hyang", "김은향", "witness", ["은향"]),
            ("Ryu Jong-ok", "류정옥", "supervisor", []),
        ],
        "note": "Dormitory bed roster with shift codes from a seafood plant in Donggang, pasted as tab-separated text with Chinese headers and Korean names; Chinese managers with forms of address labelled whole; shift codes A/B/N/OFF beside names.",
        "text": """宿舍床位表 / 숙소 침대 배정표 - 3号楼 2层 (2019年 11月)
管理: {{p:周主任}} / 북측 책임: {{r:류정옥}}
房间\t床位\t姓名\t班次\t备注
201\t上\t{{r:김은향}}\tA\t
201\t下\t{{p:오설미}}\tA\t
201\t上\t{{p:강진옥}}\tB\t
201\t下\t{{p:황보은실}}\tN\t夜班组长
202\t上\t{{p:리향미}}\tB\t
202\t下\t{{p:태옥별}}\tOFF\t病假 (手)
202\t上\t{{p:조금주}}\tN\t
202\t下\t{{r:류정옥}}\t-\t책임자
班次: A 06:00-14:00 / B 14:00-22:00 / N 22:00-06:00 / OFF 休息

备注 (中文, 车间 {{p:小刘}} 写): 202 {{p:太玉星}} 手受伤, {{p:周主任}}说不用去医院.

증언자 메모 ({{r:김은향}}, 2023, {{u:서울}}):
"201호 위 칸이 저예요. {{p:설미}}랑 같은 A조. {{p:옥별}}이가 손을 다쳤을 때 {{r:류정옥}} 동지가 병원에 못 가게 했어요. 중국 사람 {{p:小刘}}가 몰래 붕대를 줬어요. N조는 {{p:황보}} 언니가 조장이었고요. {{u:둥강}} 공장 이름은 말 못 해요."
""",
    },
    {
        "id": "h64-mixed-02",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jo Hyon-chol", "조현철", "witness", ["Hyon-chol", "Чжо"]),
            ("Valentina Kim", "발렌티나 김", "other", ["Валя", "Valya"]),
        ],
        "note": "Viber group chat export between a Koryo-saram church helper, a Russian contractor and an escaped worker in Vladivostok; Russian, Korean and English; emoji after names; a Russian diminutive for a registered helper; the app and city public.",
        "text": """{{u:Viber}} chat export - group "помощь / 도움" (exported 14.05.2019)
[02.05.19 21:14] {{r:Валентина Ким}}: {{r:Хён Чхоль}}, ты где? {{r:현철}} 씨 어디예요?
[02.05.19 21:16] {{r:Jo Hyon-chol}}: 숙소 나왔습니다. {{u:Вторая Речка}} 버스 정류장
[02.05.19 21:17] {{p:Andrei Savchenko}}: I can pick him up in 20 min. White {{u:Toyota}}.
[02.05.19 21:17] {{r:Валентина Ким}}: {{p:Андрей}}, спасибо 🙏 {{r:Хён Чхоль}}, 흰 차 타요. 운전사 {{p:안드레이}}
[02.05.19 21:40] {{p:Andrei Savchenko}}: Got him. He is ok, cold.
[02.05.19 21:41] {{r:Jo Hyon-chol}}: {{r:발렌티나}} 누님 고맙습니다 😭
[03.05.19 08:02] {{r:Валентина Ким}}: Доброе утро. Пастор {{p:Ли}} зайдёт в 10.
[03.05.19 08:05] {{r:Jo Hyon-chol}}: 네. {{p:리명호}} 반장이 찾을 겁니다. 전화 꺼 놨습니다.
[03.05.19 10:31] {{p:Ли Сергей}}: {{r:Валя}}, я у вас. {{r:Чжо}} спит.
[03.05.19 10:33] {{r:Валентина Ким}}: Пусть спит. {{p:Andrei}}, he needs a coat, size 50?
[04.05.19 19:12] {{r:Jo Hyon-chol}}: 누님, 같이 일하던 {{p:원일}}이도 나오고 싶어합니다. {{p:한원일}}.
[04.05.19 19:20] {{r:Валентина Ким}}: Не сейчас. 지금은 안 돼요. 너무 위험해요 ⚠️
""",
    },
    {
        "id": "h64-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Chae Ok-byol", "채옥별", "witness", ["Ok-byol", "옥별"]),
            ("Nguyen Thu Ha", "응우옌 투 하", "other", ["Thu Hà", "chị Hà"]),
        ],
        "note": "Zalo chat export between a Vietnamese hotel receptionist and a North Korean restaurant worker in Hanoi, with a Korean NGO worker joining; Vietnamese kinship terms (chị, em, anh) outside the name; diacritics; city districts and the app public.",
        "text": """{{u:Zalo}} - trò chuyện với "{{r:Hoa Mai}}" (xuất 21/09/2018)
[12/09/2018 22:41] {{r:Thu Hà}}: Em ơi, em ổn không? 괜찮아요?
[12/09/2018 22:43] {{r:Hoa Mai}} ({{r:Ok-byol}}): chị {{r:Hà}} 저 괜찮아요. 지배인 {{p:Kang}} 자요
[12/09/2018 22:44] {{r:Thu Hà}}: Ngày mai chị làm ca sáng ở khách sạn. Em đến lúc 2 giờ được không?
[12/09/2018 22:46] {{r:Hoa Mai}} ({{r:Ok-byol}}): {{p:Sol-hwa}} 언니도 같이 가면 안돼요?
[12/09/2018 22:47] {{r:Thu Hà}}: Chị hỏi anh {{p:Tuấn}} đã. Anh {{p:Tuấn}} có xe.
[13/09/2018 09:10] {{r:Nguyễn Thu Hà}}: Chị thêm anh {{p:Minh}} vào nhóm. Anh ấy là người {{u:Hàn Quốc}}, làm ở tổ chức.
[13/09/2018 09:12] {{p:Park Min-hyuk}}: 안녕하세요 {{r:옥별}} 씨. 저는 {{p:박민혁}}입니다. 오늘 2시 {{u:Hoàn Kiếm}} 호텔 로비에서 봬요.
[13/09/2018 13:58] {{r:Thu Hà}}: Em đến chưa? {{p:Kang}} có đi theo không?
[13/09/2018 14:20] {{p:Park Min-hyuk}}: 만났습니다. {{r:채옥별}} 씨 무사합니다 🙏 {{p:Solhwa}} 씨는 못 나왔어요.
""",
    },
    {
        "id": "h64-mixed-04",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ri Chung-guk", "리충국", "witness", ["Chung-guk", "リ・チュングク"]),
            ("Sato Mayumi", "사토 마유미", "other", ["佐藤真由美", "Mayumi"]),
        ],
        "note": "LINE chat export between a Japanese journalist and a former worker now in Seoul; Japanese with Korean; Japanese name in kanji and romaji, katakana rendering of the Korean name, honorifics さん and 씨 outside; CRLF.",
        "text": """[{{u:LINE}}] {{r:リ・チュングク}}さんとのトーク履歴
保存日時：2023/07/02 21:10

2023/06/28(水)
19:02 {{r:佐藤真由美}} {{r:リ}}さん、こんばんは。来週の取材、よろしくお願いします。
19:05 {{r:리충국}} 네 {{r:사토}} 씨. 화요일 괜찮습니다.
19:06 {{r:佐藤真由美}} ありがとうございます！通訳は{{p:金}}さん（{{p:金美玲}}さん）にお願いしました。
19:10 {{r:리충국}} {{p:김미령}} 씨 알아요. 좋아요.
19:12 {{r:佐藤真由美}} {{u:ウラジオストク}}の現場の話を中心に伺いたいです。班長の{{p:ホン}}さんのことも。
19:15 {{r:리충국}} {{p:홍영진}} 반장 이야기는 괜찮은데 이름은 쓰지 마세요. 그리고 {{p:태성}}이 얘기도 빼 주세요.
19:16 {{r:佐藤真由美}} 了解しました。{{p:テソン}}さんの件は記事に入れません。
2023/07/02(日)
20:58 {{r:리충국}} {{r:마유미}} 씨, 사진은 손만 찍어 주세요 🙏
21:01 {{r:佐藤真由美}} はい、もちろんです。カメラマンは{{p:山田}}（{{p:山田健太}}）です。
""",
    },
    {
        "id": "h64-mixed-05",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Lee Soo-ah", "이수아", "other", ["Soo-ah"]),
            ("Kim Ji-hoon", "김지훈", "other", ["Ji-hoon", "JH"]),
            ("Paek Kum-chol", "백금철", "witness", ["Kum-chol", "Baek Geum-cheol"]),
        ],
        "note": "Microsoft Teams meeting chat export of an NGO case meeting, display names with zero-width space and fullwidth letters inside, reactions, @mentions, Korean and English; the app public.",
        "text": """{{u:Microsoft Teams}} - Meeting chat: Weekly case review (2024-03-11)
[10:01] {{r:Kim\u200bJi-hoon}}: Morning all. Agenda: 1) case 0417 {{r:Paek Kum-chol}} 2) media request 3) AOB
[10:02] {{r:Lee Soo-ah}}: 👍
[10:03] {{p:Ｈａｎｎａｈ Ｗｏｏ}}: Joining from {{u:London}}, audio only
[10:05] {{r:Kim\u200bJi-hoon}}: @{{r:Lee Soo-ah}} {{r:금철}} 씨 어제 통화 어땠어요?
[10:06] {{r:Lee Soo-ah}}: 괜찮았어요. {{r:Baek Geum-cheol}}으로 은행 계좌 열었대요. 예전 {{u:카타르}} 현장 반장 {{p:문광수}}가 한국에 왔다는 소문 때문에 불안해함
[10:08] {{p:Ｈａｎｎａｈ Ｗｏｏ}}: Is {{p:Mun}} confirmed in Korea?
[10:09] {{r:JH}}: Not confirmed. Only rumour via Auntie {{p:Sun}}
[10:09] {{r:Lee Soo-ah}}: {{p:Sun}} 이모 = {{p:선옥}} 이모요
[10:12] {{p:Ｈａｎｎａｈ Ｗｏｏ}}: Media request from {{p:David Cho}} at the paper - wants {{r:Kum-chol}}. I said no until he's ready.
[10:13] {{r:Kim\u200bJi-hoon}}: Agree. ❤️ by {{r:Lee Soo-ah}}
""",
    },
    {
        "id": "h64-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ha Yeon-woo", "하연우", "other", []),
            ("Yun Chol-ung", "윤철웅", "witness", ["Chol-ung", "Yoon Cheol-woong"]),
            ("Claire Dubois", "클레르 뒤부아", "other", ["Claire"]),
        ],
        "note": "Translation-platform string comments for the Korean, English and French versions of a testimony web page; placeholders in braces, string keys containing a surname, translators' comments; fullwidth capitals in one string; the platform public.",
        "text": """{{u:Crowdin}} - project "testimonies-web", file story_031.json, comments export
Key: story031.title
  ko: "{{r:윤철웅}}의 이야기: {{u:쿠웨이트}}의 4년"
  en: "The story of {{r:Yun Chol-ung}}: four years in {{u:Kuwait}}"
  comment ({{r:Claire Dubois}}, fr proofreader): Should we use "{{r:Yoon Cheol-woong}}" as in his passport? The FR draft by {{p:Lucas Martin}} has "{{r:Youn Tchol-oung}}".
  reply ({{r:Ha Yeon-woo}}, PM): Use {{r:Yun Chol-ung}} everywhere (his request).
Key: story031.para4
  ko: "반장 {{p:ＣＨＯＩ}}는 여권을 돌려주지 않았다."
  comment ({{r:Claire}}): the source has fullwidth letters in the surname - copy-paste from a PDF? Normalising to "{{p:CHOI}}".
  reply ({{r:Ha Yeon-woo}}): Yes, normalise. Also rename key story031.para4_{{p:choi}} -> story031.para4
Key: story031.para7
  ko: "동료 {{p:명훈}}이는 더위에 쓰러졌다."
  comment ({{p:Lucas Martin}}): is {{p:Myong-hun}} a pseudonym? @{{r:Ha Yeon-woo}}
  reply ({{r:Ha Yeon-woo}}): real given name - {{r:Chol-ung}} agreed. Keep.
""",
    },
    {
        "id": "h64-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kil Song-nam", "길성남", "witness", ["Song-nam"]),
            ("Dorjiin Oyuunaa", "도르지인 오유나", "other", ["Oyuunaa", "Оюунаа"]),
        ],
        "note": "Translated Mongolian khoroo residence certificate with the NGO's notes; Mongolian patronymic-first names in Cyrillic and Latin, initials, a North Korean worker's name in Mongolian Cyrillic; districts and agencies public.",
        "text": """ОРШИН СУУГАА ТУХАЙ ТОДОРХОЙЛОЛТ / Residence certificate (translation)
{{u:Сүхбаатар дүүрэг}} ({{u:Sukhbaatar district}}), 8-р хороо, {{u:Улаанбаатар}}
No. 244, 2016.10.03

This certifies that citizen of the {{u:DPRK}} {{r:Гил Сон Нам}} ({{r:KIL SONG NAM}}), passport No. 745xxxxxx, resided at the address of {{p:Бат-Эрдэнийн Ганзориг}} (apartment 12) from 2016.03.01 to 2016.09.30.
Khoroo governor: {{p:Ц. Нарангэрэл}}    Social worker: {{r:Д. Оюунаа}}

NGO note (translated by {{r:Dorjiin Oyuunaa}}, who also signed the original as social worker):
{{r:Song-nam}} lived in the flat of Mr {{p:Ganzorig}} after leaving the construction camp. His group leader, {{p:Pak Chol-jun}}, came to the khoroo office twice asking for him. {{r:Oyuunaa}} told {{p:Pak}} she did not know any Korean. {{r:Kil Song-nam}} was later taken to the {{u:Embassy of the Republic of Korea}} by {{p:Ganzorig}}'s son {{p:Temuulen}}.
""",
    },
    {
        "id": "h64-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Hong Il-gwang", "홍일광", "witness", ["Il-gwang", "Hong Ir Gwang"]),
            ("Pang Chol-hun", "방철훈", "supervisor", []),
        ],
        "note": "Polish labour-court hearing minutes excerpt with English gloss and the claimant's Korean answers; Polish case endings on Korean names (Honga, Panga), judge, clerk and witnesses private; court and city public.",
        "text": """PROTOKÓŁ ROZPRAWY (extract) - {{u:Sąd Rejonowy Gdańsk-Północ}}, IV Wydział Pracy, 18.09.2023
Przewodniczący: SSR {{p:Anna Kubiak}}; protokolant: {{p:Oliwia Lewandowska}}
Powód: {{r:Hong Ir Gwang}}; tłumacz języka koreańskiego: {{p:Min-seo Park}}

Sąd przesłuchał powoda {{r:Honga}} (English: the court heard the claimant {{r:Hong}}).
Powód zeznał: "반장 {{r:방철훈}}이 여권을 가져갔습니다." (The brigade leader {{r:Pang Chol-hun}} took my passport.) Tłumacz: brygadzista {{r:Pang Czol Hun}}.
Pytanie pełnomocnika pozwanego, mec. {{p:Rafał Szymański}}: czy powód widział umowę? Powód: "{{r:방}} 반장만 봤습니다."
Sąd postanowił wezwać świadka {{p:Jerzego Wójcika}} (kierownik budowy) oraz ustalić adres świadka {{r:Panga}}.
Świadek {{p:Wójcik}} (by phone note): knew {{r:Il-gwang}} as "{{r:Ilek}}".
""",
    },
    {
        "id": "h64-mixed-09",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Pok-sil", "김복실", "witness", ["복실", "金福实"]),
            ("Kim Hyang-ryon", "김향련", "supervisor", []),
        ],
        "note": "Chinese outpatient medical record (门诊病历) from a Dandong hospital with a Korean translation and NGO note; the patient's name in Hanzi and Hangul, Chinese doctor with 医生 outside, accompanying minder; city public.",
        "text": """{{u:丹东市}} 医院 门诊病历 (사본) / 외래 진료 기록
姓名: {{r:金福实}}  性别: 女  年龄: 27  国籍: 朝鲜
就诊日期: 2018-07-16  科室: 皮肤科
主诉: 双手皮疹、瘙痒2月 (양손 피부 발진, 가려움 2개월)
现病史: 患者在水产加工厂工作, 长期接触海水及消毒液. 陪同人: {{r:金香莲}} (翻译/管理).
诊断: 接触性皮炎
处理: 外用药膏, 建议避免接触, 戴手套.
医生: {{p:王丽娟}} (签名)

번역 메모 ({{p:안소희}}):
- 환자 {{r:김복실}} 씨. 동행인 "{{r:金香莲}}"은 공장 북측 관리자 {{r:김향련}}. {{r:복실}} 씨에 따르면 {{r:김향련}}이 "장갑은 사치"라고 했다고.
- {{p:王丽娟}} 医生은 친절했고 조선족 간호사 {{p:소영}} 씨가 통역을 도와줌.
""",
    },
    {
        "id": "h64-mixed-10",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Tong Kyong-su", "동경수", "witness", ["Kyong-su"]),
            ("Sergei Mikhailov", "세르게이 미하일로프", "supervisor", ["Михайлов"]),
        ],
        "note": "Russian forklift-operator admission register (журнал допуска) with Korean annotations; Cyrillic names in the instrumental and genitive case, surname Tong next to a word; site engineer registered; city public.",
        "text": """ЖУРНАЛ ДОПУСКА К РАБОТЕ НА ПОГРУЗЧИКЕ / 지게차 작업 허가 대장
Склад стройматериалов, {{u:Хабаровск}}. Ответственный: инженер {{r:С. А. Михайлов}}
№ | Ф.И.О. | Удостоверение | Допуск | Подпись
1 | {{p:Ковалев Илья}} | 27-0441 | да | {{p:Ковалев}}
2 | {{r:Тон Кён Су}} | нет | стажёр, с {{p:Ковалевым}} | {{r:동경수}}
3 | {{p:Ким Ен Чхоль}} | нет | нет | {{p:김영철}}

Заметка {{r:Михайлова}}: стажёр {{r:Тон}} работает только с {{p:Ковалевым}}.

메모 ({{r:동경수}} 증언 정리, {{p:지혜원}}):
{{r:Sergei}} 기사는 면허 없이 지게차를 몰게 하지 말라고 했는데 우리 반장 {{p:곽영일}}이 밤에 시켰다. {{p:영철}}이가 지게차에 발을 다쳤다. {{p:일랴}}가 병원에 데려갔다.
""",
    },
    {
        "id": "h64-mixed-11",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ra Mi-ryong", "라미령", "witness", ["Mi-ryong", "미령"]),
            ("Ri Un-ho", "리운호", "supervisor", ["Lee Un-ho"]),
        ],
        "note": "Mixed Korean/English interview notes of a garment worker in Shenyang; names inline with particles, 'Ra' beside 'ra', Chinese shop owner, broker; cities public.",
        "text": """Interview notes - {{r:Ra Mi-ryong}} (2nd session), 11 Jan 2024, interviewer {{p:Sung-min}}
- 2015~2019 {{u:선양}} garment factory. Line leader {{r:리운호}} (남). Chinese owner "{{p:孙总}}".
- {{r:미령}} 씨: "{{r:리운호}} 동지가 잔업 수당을 다 가져갔어요."
- Dorm 6 people: {{p:강설희}}, {{p:변미향}}, {{p:우정실}} + 2 others. {{p:설희}}랑 제일 친함.
- Escape 2019: broker {{p:朴姐}} ({{p:Piao}}?) → {{u:Kunming}} → {{u:Laos}}.
- Note: in {{u:Hanawon}} records = "{{r:Ra Mi Ryong}}"; Chinese ID card she used = {{r:罗美玲}}? (unclear). Ask {{r:Mi-ryong}} next time.
- {{r:Lee Un-ho}}: spelling used by the journalist {{p:Helen Baek}} in her article - same person.
""",
    },
    {
        "id": "h64-mixed-12",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ho Jong-nam", "허종남", "witness", ["Jong-nam"]),
            ("Anna Schmidt", "안나 슈미트", "other", ["Anna"]),
        ],
        "note": "Mixed Korean/English question-and-answer transcript with speaker initials, fishing vessel in the Indian Ocean; Taiwanese captain and Indonesian crew private; ports public.",
        "text": """Q&A transcript - {{r:HO Jong-nam}}, 2023-10-05, via interpreter {{p:Park Ye-rin}}
Q ({{r:AS}}): When did you board?
A ({{r:HJN}}): 2017년 3월, {{u:Port Louis}}에서요.
Q ({{r:AS}}): Who was in charge of the Korean crew?
A ({{r:HJN}}): 조장 {{p:최영범}}. Captain은 대만 사람 {{p:Lin}}.
Q ({{r:Anna}}): And the Indonesians?
A ({{r:HJN}}): {{p:Slamet}}, {{p:Eko}}. {{p:Eko}}가 나한테 담배를 줬어요.
Interpreter note ({{p:Ye-rin}}): He calls the captain "{{p:린}} 선장" → label Captain {{p:Lin}}.
Q ({{r:Anna Schmidt}}): Did {{p:Choe}} keep your seaman's book?
A ({{r:Jong-nam}}): 네. 다 {{p:최}} 조장이.
""",
    },
    {
        "id": "h64-mixed-13",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Pyon Sol-mi", "변설미", "witness", ["Sol-mi"]),
            ("Jo Yong-chun", "조용춘", "supervisor", []),
        ],
        "note": "Hotel housekeeping room-status log from a Vladivostok hotel where restaurant workers lodged; Russian maids' names, DND codes, Korean room occupants; hotel invented; half CRLF.",
        "text": """Housekeeping log / Журнал горничных - floor 5, 14.02.2017
Maid: {{p:Светлана}} ({{p:Sveta}}) / Supervisor: {{p:Ирина Павловна}}
502 | OCC | DND | {{r:Пён Соль Ми}}, {{p:Ким Хян Ок}} | "руководитель {{r:Чо}} не разрешил уборку"
503 | OCC | clean | {{r:Jo Yong-chun}} (manager) | пепельница
504 | OCC | clean | {{p:Ри Ен Хи}}, {{p:О Сун Ён}}
Note by {{p:Sveta}}: девушка из 502 ({{r:Соль Ми}}) плакала, просила телефон.
NGO note: {{r:Sol-mi}} remembers "{{p:스베타}}" and that {{r:조용춘}} had the key of 502.
""",
    },
]
