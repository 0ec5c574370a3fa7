# ruff: noqa: E501
"""Held-out evaluation passages, set 51. Built by build_heldout.py heldout51.

Fifty documents of the kind an NGO working on North Korean workers sent abroad
actually holds, written blind (the finder's code was not read). A minority are the
core material staff type every day (interview summaries, question-and-answer
transcripts, e-mail threads, chat exports, phone-call notes, reviewers' comments,
case meeting minutes, clinic notes, a family member's account); the rest are
genres no earlier set used (civil deposition transcripts, nursing shift-handover
notes, engine-room logbooks, supplier self-assessment questionnaires, newsroom
story budgets, itemised hospital invoices, stowaway reports, bills of lading with
cover e-mails, joint NGO open letters, security guards' occurrence books, coroner's
inquest records, SWIFT transfer messages, radio call-in transcripts, asylum appeal
determinations, parent-teacher conference notes, apartment residents' meeting
minutes, household account books, birth registration worksheets, interpreters'
name-pronunciation sheets, dormitory rules notices, wage-advance slips, card-game
score sheets, DNA reference-sample logs, video-letter scripts, transcribed
handwritten address books, vocational-course peer evaluations, mine lamp-room
tallies, restaurant tip-pool sheets, photo metadata exports, translated traffic
accident reports, labour-inspectorate complaint intakes, fit-to-fly certificates,
customs seizure notices, translators' endnotes, party raffle draws, overtime claim
sheets, shore-leave pass registers and a translated letter of introduction), in
English, Korean and mixed Korean/English with Russian, Chinese, Arabic, Mongolian,
Polish, Vietnamese, Indonesian, Nepali, Uzbek and Spanish. All persons are
fictional; real public figures are mentioned only neutrally.

Labelling convention (as in the preceding sets):
- {{r:...}} a mention of a registered private person (listed in the passage's
  "persons" as (romanized name, Hangul name, role, aliases)); {{p:...}} a mention
  of an unregistered private person; {{u:...}} a public name: a real public figure,
  a real place, a real organisation, court or company, a real app or platform.
- Every fictional person is private, whatever their office. Invented businesses,
  sites, churches and vessels are left unmarked.
- The name only is labelled: particles, the affectionate suffix 이, vocative 아/야,
  titles and honorifics (씨, 동무, 반장, Mr, Dr), possessive 's, plural -s and emoji
  stay outside. Chinese forms of address (老刘, 小赵, 王总, Xiao Liu) are labelled
  whole; Russian and Polish names keep their case endings.
- Nicknames that refer to a person are mentions; the same word used as an ordinary
  word is not. A surname discussed as a word is not a mention; neither are words
  that merely look like names (So, No, An, Do, song, moon, 이상, 위해).
- Initials standing for a person are mentions. In e-mail addresses, handles, file
  names and URLs only the part that spells the name is labelled; role accounts are
  unmarked. Zero-width characters, soft hyphens, fullwidth letters and line breaks
  inside a name stay inside the mention. OCR-garbled names are labelled as written.
- Generic kinship and role words (엄마, 형, 반장, the cook) are not mentions.
- Country names are public where they stand as nouns, also before another noun in
  Korean (북한 식당, 러시아 벌목장); adjectives and compounds (Korean, 중국인,
  한국어) are not.
"""

PASSAGES: list[dict] = [
    {
        "id": "h51-en-01",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("O Kyong-nam", "오경남", "witness", ["Oh Kyung-nam", "Kyong-nam"]),
            ("So Chang-ho", "소창호", "supervisor", ["Chang-ho"]),
        ],
        "note": "Remote civil deposition in a US forced-labour suit over a Chinese squid plant; one-letter surname O beside 'O as in zero', supervisor So beside sentence-initial 'So', co-workers Do, Ha, An and Yu beside the ordinary words; Chinese accountant as Xiao Liu; counsel and reporter private; CRLF.",
        "text": """{{u:UNITED STATES DISTRICT COURT FOR THE WESTERN DISTRICT OF WASHINGTON}}
AT {{u:SEATTLE}}

JANE DOE 1 et al., Plaintiffs,
v.
NORTHSTAR COLD CHAIN LLC, Defendant.
Case No. 2:23-cv-01774

REMOTE VIDEOTAPED DEPOSITION OF {{r:O KYONG-NAM}}
Taken via {{u:Zoom}}, Tuesday, 14 May 2024, 9:02 a.m. Pacific

APPEARANCES:
For the Plaintiffs: {{p:Rebecca Lindqvist}}, Esq., and {{p:Tomas Arriaga}}, Esq.
For the Defendant: {{p:Gerald M. Haskins}}, Esq.
Interpreter: {{p:Sarah Baek}} (Korean), sworn
Court Reporter: {{p:Denise Whitfield}}, CCR No. 3381
Videographer: {{p:Marcus Oyelaran}}

EXAMINATION BY MS. {{p:LINDQVIST}}:
Q. Good morning. Please state your full name for the record.
A. {{r:O Kyong-nam}}. On my South Korean resident card it is spelled {{r:Oh Kyung-nam}}.
Q. Your family name is one letter?
A. One letter, yes. In {{u:America}} people always ask me, "O as in zero?"
Q. Where were you working in the spring of 2019?
A. In {{u:Hunchun}}, {{u:Jilin Province}}, at a squid processing plant near the river.
Q. Who was in charge of the Korean workers there?
A. The team leader was {{r:So Chang-ho}}. We called him Instructor {{r:So}}.
MR. {{p:HASKINS}}: Objection, foundation.
MS. {{p:LINDQVIST}}: You may answer.
A. So, Instructor {{r:So}} kept the passports in his room and he collected the wages from the Chinese side. {{r:Chang-ho}} was his given name, but nobody used it. Only the Chinese manager said "{{r:Chang-ho}}" when he was angry.
Q. Who was the Chinese manager?
A. Mr {{p:Jiang}}. {{p:Jiang Wenbo}}. The accountant was a young woman, we called her {{p:Xiao Liu}}.
Q. Did {{p:Xiao Liu}} pay you directly?
A. No. No one was paid directly. She gave an envelope to Instructor {{r:So}}, and he gave us a notebook with numbers.
Q. I'm showing you what has been marked Exhibit 14. Do you recognise it?
A. Yes. That is the list I wrote in the dormitory. My friend {{p:Do Yong-su}} helped me remember the names.
Q. Do you know where Mr {{p:Do}} is today?
A. I do not know. I think he was sent back in 2020.
Q. The fourth line reads "{{p:Ha}}". Who is that?
A. {{p:Ha Myong-sil}}, a woman on the trimming line. She had a beautiful voice. Every Saturday evening we had to sing a song for the Leader, and {{p:Ha}} always sang first.
Q. And line seven, "{{p:An}}"?
A. {{p:An Song-hui}}. She was an older woman, maybe fifty. She cut her hand on the machine and Instructor {{r:So}} told her to wrap it in plastic and continue.
Q. Line nine, "{{p:Yu}}."
A. {{p:Yu Chol}}. He tried to talk to a Chinese driver, and the next week he was gone.
MR. {{p:HASKINS}}: Move to strike everything after "{{p:Yu Chol}}" as non-responsive.
MS. {{p:LINDQVIST}}: Mr {{r:O}}, how much were you told you would earn?
A. Three hundred dollars a month. I received, in two years, maybe four hundred dollars in total.
THE INTERPRETER: The interpreter notes that the witness referred to himself in the third person, as his mother did, "{{r:경남}}이는 돈을 못 받았다." The interpreter has rendered it in the first person.
MS. {{p:LINDQVIST}}: Thank you. Let's go off the record.
THE VIDEOGRAPHER: Off the record at 10:47 a.m.

REPORTER'S CERTIFICATE
I, {{p:Denise Whitfield}}, certify that the witness, {{r:O KYONG-NAM}}, was duly sworn through the interpreter, {{p:Sarah Baek}}, and that the foregoing is a true record.
/s/ {{p:D. Whitfield}}
""",
    },
    {
        "id": "h51-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ryu Song-ae", "류송애", "witness", ["Song-ae", "Ryu"]),
            ("Pak Jin-hyok", "박진혁", "relative", ["Jin-hyok"]),
        ],
        "note": "Hospital nursing shift-handover (SBAR) notes for a former restaurant worker; nurses' first names and initials, bed-neighbours as private persons; patient's surname Ryu and given name Song-ae beside the word 'song'; brother visiting; doctor initials; ward names unmarked, hospital public.",
        "text": """{{u:Korea University Anam Hospital}} - Ward 7B - Nursing handover (SBAR)
Night -> Day, 03/11, 07:00. Outgoing: {{p:Kim Hye-won}} RN. Incoming: {{p:Seo Da-eun}} RN, {{p:Lim}} (student nurse).

Bed 12 - {{r:RYU Song-ae}}, F, 31
S: Admitted 01/11 via ED with pneumonia, R lower lobe. Settled night. Sats 95% on 2L.
B: Came out of {{u:DPRK}} 2022 via third country. Worked in restaurant in {{u:Vladivostok}} 2017-2020, reports long hours and unheated dorm. Hx of TB treated 2021 at {{u:Hanawon}} clinic. Speaks Korean only, understands a little Russian. Prefers to be called "{{r:Song-ae}}", NOT "Ms {{r:Ryu}}" (says it reminds her of roll call).
A: Temp down to 37.6 at 04:00. Appetite poor. Woke 02:30 distressed after a dream, asking for "{{p:Chun-hwa}} 언니" (a co-worker from the restaurant, per pt). Settled after chat with interpreter on phone line.
R: Continue IV abx per Dr {{p:Yoon J.}} Chest physio today 10:00 with {{p:Mariam}} (physio). Social worker {{p:Hwang Eun-ji}} to see re discharge plan.
Visitors: brother {{r:Pak Jin-hyok}} (different surname - half-brother, confirmed by pt) came 20:00, left 21:15. Pt asked us NOT to give any info by phone to anyone except {{r:Jin-hyok}}. Note on chart. A man calling himself "Mr {{p:Jang}}" phoned the nurses' station at 23:10 asking if "{{r:Ryu}} from the restaurant" was here. Nothing disclosed. Security (Officer {{p:Baek}}) informed; {{p:Baek}} logged it.
Pt sings quietly to herself at night (a song from the restaurant stage shows, she says). Not distressing to bed 11.

Bed 11 - {{p:Jeong Ok-bun}}, F, 78
S: Post-op day 2, hip. Pain 3/10.
B/A/R: No change. Daughter {{p:Lee Mi-ran}} visiting at 11:00. Mrs {{p:Jeong}} and {{r:Song-ae}} chatting a lot, which is good for both.

Bed 14 - {{p:Nguyen Thi Lan}}, F, 44
S: Day 4, cellulitis L leg. Vietnamese interpreter booked 14:00 ({{p:Tran}}, agency). Husband {{p:Do Van Hung}} brings food.

Misc: {{p:Hye-won}} swapped with {{p:Dahye}} for Thursday nights. Dr {{p:Yoon}} wants bloods on {{r:RYU}} and {{p:Jeong}} before rounds. - {{p:HW}}
""",
    },
    {
        "id": "h51-en-03",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kang Chol-u", "강철우", "witness", ["Chol-u", "Kang"]),
            ("Tong Myong-jun", "동명준", "supervisor", ["Chief Tong"]),
        ],
        "note": "Engine-room logbook of a reefer vessel with North Korean oilers, photographed and typed up; watchkeepers by surname only, initials columns, Indonesian and Ukrainian engineers, surname Tong beside 'tonnes'; entries continue over several days with a handwritten remark by the witness.",
        "text": """ENGINE ROOM LOG BOOK - M/V (name withheld) - transcribed from photos supplied by {{r:K.C.U.}}
Vol. 3, pp. 41-44. Columns: Date | Watch | Engineer | Oiler | ME rpm | FO cons (t) | Remarks

2018-09-14 | 00-04 | 2/E {{p:Hartono}} | {{r:Kang}} | 112 | 1.4 | Purifier No.2 cleaned
2018-09-14 | 04-08 | C/E {{p:Marchenko}} | {{p:Ri}} | 112 | 1.5 | FW gen. OK
2018-09-14 | 08-12 | 3/E {{p:Budi}} | {{p:Jon}} | 110 | 1.4 | Bilge pumped, 2 tonnes
2018-09-14 | 12-16 | 2/E {{p:Hartono}} | {{r:Kang}} | 110 | 1.4 | Oiler {{r:KANG}} sick, relieved by {{p:Jon}}
2018-09-15 | 00-04 | 2/E {{p:Hartono}} | {{p:Jon}} | 0 | 0.3 | Drifting, transshipment
2018-09-15 | 04-08 | C/E {{p:Marchenko}} | {{p:Ri}} / {{p:Jon}} | 0 | 0.3 | double watch ordered by Ch. {{r:Tong}}
2018-09-15 | 08-12 | 3/E {{p:Budi}} | {{r:Kang}} | 0 | 0.2 | -
2018-09-16 | 00-04 | 2/E {{p:Hartono}} | {{r:Kang}} | 105 | 1.3 | steam leak aux boiler, {{r:KANG}} burned L forearm
2018-09-16 | 04-08 | C/E {{p:Marchenko}} | {{p:Ri}} | 105 | 1.3 | first aid by C/O {{p:Petrenko}}
Signature column for 09-16: "{{p:O.Marchenko}}" / "{{p:B.Hartono}}" / "{{r:강}}" / "{{p:리}}"

Typist's note ({{p:J. Fairbairn}}, volunteer, 2 Feb 2024):
The Korean oilers signed in Korean, one syllable each. {{r:Kang Chol-u}} (our witness) says "{{p:Ri}}" is {{p:Ri Kwang-il}} from {{u:Nampo}}, and "{{p:Jon}}" is {{p:Jon Hak-bom}}, the youngest, about 22. The fourth Korean, the political officer {{r:Tong Myong-jun}}, never stood a watch; the crew called him Chief {{r:Tong}} although he was not an engineer. The Ukrainian chief engineer, {{p:Oleksandr Marchenko}}, wrote "{{p:Ri}}" in Latin letters; the 2/E {{p:Bambang Hartono}} wrote "{{r:Kang}}" and sometimes "{{r:Kan}}".
Handwritten in Korean under the 09-16 burn entry, in {{r:Chol-u}}'s hand: "{{r:동}} 지도원이 병원 못 간다고 함" = "Instructor {{r:Tong}} said no hospital." We have the photo of the burn (file {{r:kang}}_arm_0916.jpg).
Fuel figures are in tonnes; "t" is not a name. 3/E {{p:Budi Santoso}} is listed in the crew list as Indonesian. Purifier notes by {{p:Budi}} appear in English and Bahasa.
""",
    },
    {
        "id": "h51-en-04",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Mun Hye-gyong", "문혜경", "witness", ["Hye-gyong", "Moon Hye-kyung"]),
        ],
        "note": "Apparel brand's supplier self-assessment questionnaire for a Dandong garment subcontractor, with the NGO's annotations; respondent and HR staff in pinyin and Hanzi, questionnaire field labels, witness appears as Mun and as Moon beside 'full moon'; auditor and brand staff private; mixed line endings.",
        "text": """SUPPLIER SELF-ASSESSMENT QUESTIONNAIRE (SAQ) - Tier 2 - v4.1
Supplier: Dandong Hengxin Garment Co., Ltd. (subcontractor to Tier 1 "Ocean Bright Apparel")
Completed by: {{p:Zhao Meiling}} ({{p:赵美玲}}), HR Manager
Date: 2023-06-30
Reviewed by (brand): {{p:Julia Brandt}}, Responsible Sourcing
[NGO annotations in square brackets by {{p:Emma Kowalczyk}}, 2024]

Section C - Foreign workers
C1. Does the facility employ workers who are not nationals of the country of production?
  Answer: No.
  [Witness {{r:Mun Hye-gyong}} worked on Line 3 of this facility from March 2021 to October 2022 with about 120 other women from the {{u:DPRK}}.]
C2. If yes, list the recruitment agencies used.
  Answer: N/A
  [{{r:Mun}} says the women were brought by bus from the {{u:Sinuiju}} side and were handed over by a {{u:DPRK}} manager called {{p:Kye}}. The Chinese side dealt with "{{p:老孙}}", a Mr {{p:Sun}}, whom {{r:Hye-gyong}} believes was the owner's brother-in-law.]
C3. Are any workers' identity documents held by management?
  Answer: No. All workers keep own ID.
  [All passports were kept by the {{u:DPRK}} team leader, {{p:Jang Kum-sil}}. {{r:Hye-gyong}} saw her own passport twice in 19 months.]
C4. Name of the person responsible for worker grievances:
  Answer: {{p:Zhao Meiling}}
  [None of the Korean women could speak to Ms {{p:Zhao}}. Complaints went to {{p:Jang}}, who reported them to {{p:Kye}}.]
C5. Working hours (normal week):
  Answer: 8 h/day, 5 days, overtime voluntary, max 36 h/month
  [{{r:Mun}}: 7:00-22:00 with two breaks, one rest day a month "on the full moon", i.e. roughly once a month; the women called the day off "the moon day". She remembers a Chinese supervisor, {{p:Wang Jie}} ({{p:王杰}}), who counted pieces and shouted "快点" at them.]
C6. Attach payroll for the most recent month.
  Answer: attached (Annex 4)
  [Annex 4 lists no Korean names. {{r:Hye-gyong}} says payroll for the Korean line was kept separately by {{p:Xiao Sun}}, the owner's niece, in a red ledger.]

Section D - Declaration
I, {{p:Zhao Meiling}}, declare that the information provided is accurate.
Signature: {{p:赵美玲}}   Stamp: [company chop]

Reviewer comment ({{p:J. Brandt}}, 2023-07-12): "Low risk. No follow-up needed."
NGO comment ({{p:E.K.}}): Witness now lives in {{u:Incheon}} and uses the South Korean spelling {{r:Moon Hye-kyung}}. Do not forward this annotated copy to the brand without her consent.
""",
    },
    {
        "id": "h51-en-05",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Han Sol-mi", "한솔미", "witness", ["Sol-mi", "SM"]),
            ("Choe Tae-bok", "최태복", "witness", ["Tae-bok"]),
        ],
        "note": "Newsroom story budget (planning list) pasted in an e-mail; reporters' and editors' bylines, slugs built from names, source codes; witnesses under initials and first names; Mongolian fixer; a real newspaper and wire agency public; surname Song as an editor beside 'song contest'.",
        "text": """From: desk-asia@ (role account)
To: asia-team list
Subject: Story budget - week 24 - KEEP INTERNAL

WEEKEND BUDGET (as of Thu 18:40)

1. NKWORKERS-MONGOLIA (lead, Sat)
   Reporter: {{p:Ines Carvalho}}. Editor: {{p:Daniel Song}}. Photos: {{p:Bayarmaa}}.
   ~2,400 words. Construction brigades in {{u:Ulaanbaatar}}; two former workers on record with first names changed. Main voice "{{r:Sol-mi}}" (real name {{r:Han Sol-mi}}, IN THE VAULT ONLY - do not put in the CMS). Second voice {{r:Choe Tae-bok}}, ex-welder, now in {{u:Seoul}}; happy to be named as "Mr {{r:Choe}}" but no photo of face. Fixer in {{u:UB}}: {{p:Enkhjargal Batbold}} ("{{p:Enkhee}}"), paid via agency.
   Status: draft in, needs legal. {{p:Daniel}} to read Friday a.m.
   Slug in CMS: nkw-mongolia-{{r:solmi}}-v3 -> RENAME before publish!

2. UN-PANEL-SIDEBAR (Sat, web only)
   Reporter: {{p:Chen Yiting}}. 600 words on the {{u:UN Panel of Experts}} mandate lapse. No private names.

3. SONG-CONTEST-PYONGYANG (Sun, culture)
   Reporter: {{p:Kim Ye-jin}}. The state song contest on {{u:KCTV}}; wire copy from {{u:Reuters}}. Not related to {{p:Song}}.

4. FOLLOW-UP: SHIPYARD-POLAND (held)
   Reporter: {{p:Tomasz Wierzbicki}}. Source "{{p:K}}" stopped answering. {{p:Tomasz}} to try once more via {{u:Signal}}, then spike.

Notes from {{p:Daniel}}:
- {{r:SM}} has asked three times to see her quotes. {{p:Ines}}, please read them to her by phone with the interpreter ({{p:Park Ha-na}}), don't send text.
- {{r:Tae-bok}} mentioned a foreman named {{p:Ganbold}} and a Korean manager "{{p:Ri Yong-ho}}". Unless {{p:Ri}} is a public official (he isn't), no surname in print.
- Legal read: {{p:Harriet Okonkwo}} (ext. 4471).
-- {{p:D.S.}}
""",
    },
    {
        "id": "h51-en-06",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ri Pyong-chol", "리평철", "witness", ["Pyong-chol", "Lee Byung-chul"]),
            ("Sim Chun-ok", "심춘옥", "relative", []),
        ],
        "note": "Itemised hospital invoice from a Kuwaiti private hospital, paid by the NGO; patient name in capitals with a 'LEE' spelling in one place, treating doctors and an Arabic name in script, accounts clerk; company guarantor; CRLF.",
        "text": """AL-NOOR SPECIALIST HOSPITAL - {{u:SALMIYA}} - {{u:KUWAIT}}
ITEMISED INVOICE No. INV-2019-08832
Patient: {{r:RI PYONG CHOL}}   MRN: 00417729   Civil ID: (not provided)
Nationality: {{u:DPRK}}   Sponsor/Guarantor: Gulf Star General Trading & Contracting (contact: Mr {{p:Abdullah Al-Enezi}})
Admission: 03-Jul-2019 22:41   Discharge: 09-Jul-2019 11:00
Attending: Dr {{p:Mohammed Haddad}} (Orthopaedics)   Anaesthetist: Dr {{p:Priya Raman}}

Code     Description                                   Qty   KWD
ER01     Emergency consultation (Dr {{p:M. Haddad}})        1    25.000
XR14     X-ray L forearm 2 views                          1    18.000
CT02     CT head non-contrast                             1    90.000
OR31     ORIF radius (Dr {{p:Haddad}}, assist Dr {{p:Sunil}})  1   640.000
AN05     General anaesthesia (Dr {{p:Raman}})                1   120.000
WD01     Ward bed, shared, per day                        6   180.000
PH--     Pharmacy (see attached)                          -    76.450
PT01     Physiotherapy session (Ms {{p:Grace}})              2    30.000
                                                     TOTAL  1,179.450
Less: sponsor deposit                                            100.000
BALANCE DUE                                                    1,079.450

Remarks (billing): Sponsor refused balance 10-Jul. Patient's co-worker Mr {{p:Son Il-gwang}} signed as contact; mobile number disconnected. Billing clerk {{p:Fatima}} / {{p:فاطمة الرشيدي}}.

Handwritten on the NGO copy: Paid 12-Aug-2019 from emergency fund, auth. {{p:Claire Mendes}}. Receipt issued in the name "{{r:LEE BYUNG CHUL}}" by mistake - same patient. {{r:Pyong-chol}} was released to the brigade on 9 July by foreman {{p:Jon}} and was back on the site two weeks later with the cast on. His wife, {{r:Sim Chun-ok}}, learned of the accident only in 2021. See also statement of {{r:Ri}}, 4 March 2022.
""",
    },
    {
        "id": "h51-en-07",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("No Chol-ho", "노철호", "witness", ["Chol-ho", "Roh Cheol-ho"]),
        ],
        "note": "Master's stowaway report to P&I club and port agent, with NGO follow-up; stowaway surname No beside the word 'No' and 'No.'; crew by rank and name from several nations, Filipino and Ukrainian officers, Uruguayan port agent; ports public; mixed line endings.",
        "text": """STOWAWAY REPORT (to P&I Club and Agents) - Form SR-2
Vessel: bulk carrier (name withheld)   Flag: (withheld)   Voyage No. 27/19
Port where stowaway boarded: {{u:Nakhodka}}, {{u:Russian Federation}}   Date discovered: 22 Nov 2019, 06:15 LT

1. Particulars of stowaway
Surname: {{r:NO}}        Given names: {{r:CHOL HO}}        [as stated by stowaway; written in Korean by him as "{{r:노철호}}"]
Nationality claimed: North Korean   Documents: none   Age stated: 34
Language: Korean, some Russian. Communication via 2/O {{p:Reyes}} using a phone translator app.

2. Circumstances of discovery
Found by AB {{p:Dmytro Kovalenko}} and OS {{p:Jomar Dela Cruz}} in the steering gear room during rounds. Stowaway was cold but conscious. He repeated "No {{u:Korea}}, no {{u:Korea}}" and showed a photo of a woman and child. Master informed by C/O {{p:Andriy Shevchuk}} at 06:25.

3. Search
Full search of vessel completed 09:40 by C/O {{p:Shevchuk}}, Bosun {{p:Rolando Abad}} and crew. No further stowaways. No. 3 hold not opened (sealed cargo).

4. Statement of stowaway (summary by Master)
Mr {{r:No}} states that he worked two years on a construction site in {{u:Vladivostok}} and later {{u:Nakhodka}}; his brigade leader ("{{p:Pak}}") kept his passport. He left the dormitory at night with the help of a Russian taxi driver named {{p:Vitya}}, who did not know he would board a ship. He climbed the mooring rope. He asks not to be returned to {{u:Russia}}.

5. Action
P&I correspondents and agents notified. Next port: {{u:Montevideo}}, ETA 28 Dec. Agent: {{p:Sebastián Ferreira}}, Ferreira Shipping. Stowaway kept in spare cabin, meals from cook {{p:Ernesto}}.

Master: Capt. {{p:Vasyl Hnatiuk}}   Signature: {{p:V. Hnatiuk}}

----
NGO file note ({{p:Lucia Benítez}}, {{u:Montevideo}}, Feb 2020): We met {{r:Chol-ho}} on 30 Dec with the {{u:UNHCR}} liaison. He now uses the South Korean spelling {{r:Roh Cheol-ho}}. He wants the crew thanked, especially the cook {{p:Ernesto}} and the Filipino seaman {{p:Jomar}}, who gave him his own jacket. Case handed to {{p:Yi Seo-yeon}} in {{u:Seoul}}. Mr {{r:No}} asks that his wife's name (given verbally) not be written anywhere. No objection from the agent.
""",
    },
    {
        "id": "h51-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Gil Yong-nam", "길영남", "witness", ["Yong-nam"]),
        ],
        "note": "Bill of lading fields pasted into a researcher's e-mail tracing seafood exports; shipper and consignee companies invented (unmarked), contact persons in shipper/notify fields, a signatory by initials, Chinese names in pinyin and Hanzi, e-mail addresses with name local parts and role accounts; witness surname Gil.",
        "text": """From: {{p:anika.sorensen}}@researchmail.example
To: {{p:j.holloway}}@ngo.example; casework@ngo.example
Cc: {{p:ha.jiwoo}}@ngo.example
Subject: RE: B/L for the {{u:Hunchun}} squid shipment - matches {{r:Gil}}'s account

{{p:Jim}}, {{p:Jiwoo}} -

Pasting the relevant fields from the bill of lading I pulled from the trade database. Mr {{r:Gil}} said the cartons he packed in June 2019 had a green fish logo and went "to {{u:America}} through {{u:Korea}}". This looks like it.

  B/L No.: HCSE190617-0042
  Shipper: Hunchun Haixing Aquatic Products Co., Ltd. / Attn: {{p:Li Xiaodong}} ({{p:李晓东}})
  Consignee: TO ORDER
  Notify party: Blue Harbor Seafood Importers Inc., Attn: {{p:Michael Tran}}, tel. (on file)
  Vessel/Voyage: (feeder) / (mother vessel) via {{u:Busan}}
  Port of loading: {{u:Dalian}}   Port of discharge: {{u:Long Beach}}
  Description: FROZEN SQUID TUBES 1,850 CTNS, 18,500 KG
  Marks: HX / GREEN FISH / LOT 0617
  Place and date of issue: {{u:Dalian}} 2019-06-21
  Signed for the carrier by: {{p:W.Q.}} (as agent)

The shipper contact "{{p:Li Xiaodong}}" is, I think, the "{{p:Xiao Li}}" or "{{p:小李}}" in {{r:Yong-nam}}'s statement, the one who came to the packing hall with the Korean brigade leader {{p:Chae}}. {{r:Gil Yong-nam}} described him as "young, glasses, always on the phone". Not conclusive.

Also: the notify party contact {{p:Michael Tran}} is still on their website. Don't contact him.

{{p:Jiwoo}}, could you ask {{r:Yong-nam}} on Thursday whether the green fish logo had Chinese characters? And whether {{p:Chae}} ever mentioned {{u:Busan}}.

Thanks,
{{p:Anika}}

> On Mon, {{p:Jim Holloway}} wrote:
> Any luck with the B/L? {{r:Gil}}'s statement is going to the lawyers on the 15th.
> {{p:J.}}
""",
    },
    {
        "id": "h51-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [],
        "note": "Joint NGO open letter to a foreign ministry with a long signatory block; organisations public where real, invented ones unmarked; individual signatories (private, fictional) with titles and affiliations; one workers' case named with consent (unregistered); a real minister mentioned neutrally by office.",
        "text": """JOINT OPEN LETTER
To: the Minister of Foreign Affairs of {{u:Poland}}
Re: North Korean workers in shipyards and subcontracting chains in the {{u:European Union}}

Dear Minister,

We, the undersigned organisations and individuals, write to ask your ministry to publish the findings of its review of work permits issued to citizens of the {{u:DPRK}} between 2010 and 2018, and to support the victims who came forward.

Among them is a former welder, {{p:Hwang Kum-chol}}, who worked in {{u:Gdańsk}} and {{u:Szczecin}} between 2012 and 2016 and has consented to be named. Mr {{p:Hwang}} has described how a brigade leader he knew only as "Comrade {{p:Jo}}" took his passport on arrival and how his wages were paid to a company account he never saw. His colleague {{p:Ri Hyon-su}} died in 2014 after a fall; Mr {{p:Ri}}'s family in {{u:Chongjin}} has never received his remains.

We recall the findings of the {{u:UN Panel of Experts}} and of the {{u:International Labour Organization}} on this issue, and the resolutions of the {{u:European Parliament}}.

Signed,

Organisations:
{{u:Human Rights Watch}}
{{u:Anti-Slavery International}}
{{u:Citizens' Alliance for North Korean Human Rights}}
{{u:Transitional Justice Working Group}}
Fundacja Wolne Ręce ({{u:Warsaw}})
North Star Migrant Legal Clinic

Individuals (affiliations for identification only):
Prof. {{p:Magdalena Zielińska}}, Faculty of Law, {{u:Gdańsk}}
Dr {{p:Paweł Nowakowski}}, labour historian
{{p:Agnieszka Wrona}}, attorney-at-law, {{u:Warsaw}}
{{p:Hae-won Jo}}, researcher (not related to the brigade leader named above)
{{p:Kenji Moriyama}}, journalist
Sister {{p:Teresa Lim}}, Missionary Sisters, {{u:Gdynia}}
{{p:Ji-hoon An}}, former consultant
{{p:Marek Do}}, trade union steward, {{u:Solidarność}} shipyard branch

Contact for this letter: {{p:Ewa Szymańska}}
""",
    },
    {
        "id": "h51-en-10",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Yu Kyong-hui", "유경희", "witness", ["Kyong-hui", "Yoo Kyung-hee"]),
            ("Ho Nam-il", "허남일", "supervisor", ["Ho"]),
        ],
        "note": "Security guards' occurrence book at a Doha labour-camp gate, typed from a phone photo; guards' names and badge initials, Nepali and Kenyan guards, Korean cook and minder; surnames Yu and Ho beside 'you' and the exclamation 'ho'; a WhatsApp forward; CRLF.",
        "text": """OCCURRENCE BOOK - GATE 2 - ACCOMMODATION BLOCK C, {{u:Industrial Area}}, {{u:Doha}}
(typed from photographs; spelling as in original)

12/01/2017 18:00 Shift handover. {{p:Bishnu Thapa}} -> {{p:Joseph Mwangi}}. Nothing to report. {{p:B.T.}}
12/01/2017 19:40 Korean van returned from site, 22 workers. Supervisor Mr {{r:HO}} counted them at gate as usual. {{p:J.M.}}
12/01/2017 21:15 Female Korean cook (name given as {{r:YU}}) asked to use gate phone. Mr {{r:Ho}} came and took her back inside. He said "she is not allowed." Cook was crying. {{p:J.M.}}
12/01/2017 22:05 Mr {{r:Ho Nam-il}} asked for key to store room. Given. Returned 22:30. {{p:J.M.}}
13/01/2017 06:00 Handover {{p:Mwangi}} -> {{p:Thapa}}. {{p:J.M.}}
13/01/2017 07:10 Van out, 21 workers. One worker stayed back, said sick ({{p:KIM}}). {{p:B.T.}}
13/01/2017 11:30 Camp boss Mr {{p:Saleh}} visited with the Korean company man Mr. {{p:Pang}}. {{p:B.T.}}
13/01/2017 14:20 Ho! big argument in block C kitchen, Mr {{r:HO}} and cook {{r:YU}}. Guard {{p:Thapa}} went to check, was told to leave. {{p:B.T.}}
13/01/2017 16:00 Cook {{r:Yu}} came to gate again, gave me paper with phone number, said "you call, please". I did not call. Gave paper to supervisor {{p:Anil}}. {{p:B.T.}}

Note written by NGO volunteer {{p:Anil Gurung}} (former security supervisor) when he shared the photos, 2023:
"I am the {{p:Anil}} in the book. The paper had a South Korean number and the name {{r:Kyong\u200b-hui}}. I kept it for six years. {{p:Bishnu}} and I talked about it many times. In February the cook was gone. Mr {{r:Ho}} told our camp boss she had 'gone home for mother's funeral'. Please if you find {{r:Yu Kyong-hui}}, tell her {{p:Bishnu}} did not forget. I sent the photos to {{p:Joseph}} on {{u:WhatsApp}} also, he is in {{u:Nairobi}} now."
Follow-up (caseworker {{p:Ok Seung-min}}): Number belongs to a church in {{u:Daejeon}}. Pastor confirmed a {{r:Yoo Kyung-hee}} arrived in 2018. Passing on {{p:Anil}}'s message.
""",
    },
    {
        "id": "h51-en-11",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yang Man-su", "양만수", "coworker", ["Man-su"]),
            ("Jon Sun-bok", "전순복", "relative", []),
        ],
        "note": "Record of a coroner's inquest (extract) into a North Korean worker's death at a Russian timber yard, with an English-language summary for the family; coroner, pathologist, Russian witnesses with patronymics and case endings, interpreter; deceased registered, widow registered; Yang as surname.",
        "text": """RECORD OF INQUEST (EXTRACT) - unofficial English rendering prepared for the family
Investigative Committee file 11902050031000087 - district of {{u:Tynda}}, {{u:Amur Oblast}}
Death of: {{r:YANG MAN SU}} (in Russian documents: {{r:Ян Ман Су}}), born 1978, citizen of the {{u:DPRK}}

Present at the hearing of 19 March 2019: senior investigator {{p:Artyom Viktorovich Zhukov}}; forensic expert {{p:Galina Sergeyevna Orlova}}; interpreter {{p:Kim Vladimir Nikolaevich}}; company representative {{p:Dmitry Fedorov}}; {{u:DPRK}} representative {{p:Kim Chang-son}}.

1. Findings of the forensic expert
Dr {{p:Orlova}} found that Mr {{r:Yang}} died of crush injuries to the chest consistent with a falling log. Blood alcohol: none. Time of death estimated 16 March 2019, between 14:00 and 16:00.

2. Evidence of witnesses
2.1 {{p:Sergei Ivanovich Lapin}}, crane operator, stated that the loading was directed by the Korean brigade leader, whom he knew as "{{p:Pak}}", and that {{p:Paka}} (sic, Russian accusative, i.e. {{p:Pak}}) had ordered the men to work under the suspended load to save time. {{p:Lapin}} said he shouted a warning.
2.2 {{p:Ri Tong-chol}}, co-worker of the deceased, through the interpreter, stated that nobody ordered anyone and that {{r:Yang Man-su}} walked under the load "by his own carelessness". The interpreter {{p:Kim V.N.}} noted that {{p:Ri}} answered while looking at the {{u:DPRK}} representative.
2.3 {{p:Kim Chang-son}} declined to answer further questions.

3. Conclusion
The investigator found no grounds to open a criminal case. The body to be repatriated via {{u:Vladivostok}}.

Note for the family (NGO, 2024): Mrs {{r:Jon Sun-bok}}, the widow of {{r:Man-su}}, received in 2019 only a verbal message that her husband "died a hero's death on the front of foreign currency earning". She learned the name of the crane operator from this record. A former co-worker now in {{u:Seoul}}, who asks to be called "Uncle {{p:Chol}}" — we use {{p:Chol}} below — says the brigade leader was {{p:Pak Song-gun}}, and that {{p:Pak}} told the men to say nothing to {{p:Zhukov}}. {{p:Chol}} also says {{p:Ri Tong-chol}} cried afterwards in the dormitory. Mrs {{r:Jon}} wants Mr {{p:Lapin}} to know she is grateful for his warning.
""",
    },
    {
        "id": "h51-en-12",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Un-jong", "최은정", "witness", ["Un-jong"]),
        ],
        "note": "SWIFT MT103 message pasted into an e-mail from a bank's compliance officer to the NGO; ordering and beneficiary customer fields in capitals, a Chinese trading-company contact in the remittance info, initials in field 70; banks public (real bank types invented here so unmarked); compliance staff private.",
        "text": """From: {{p:Rahul Menon}} (Financial Crime Compliance)
To: {{p:Oh Soo-jin}}
Subject: Requested copy - outgoing transfer 2016 - client consent on file

Dear Ms {{p:Oh}},

As agreed with your client, Ms {{r:Choe Un-jong}}, who attended our branch with you on 2 April, please find below the relevant fields of the message. Some fields are masked as per our policy.

{1:F01XXXXXXXAXXX0000000000}{2:I103XXXXXXXXXXXXN}
:20:FT16214XXXX
:23B:CRED
:32A:160801USD4850,00
:50K:/XXXXXXXX9921
{{r:CHOE UN JONG}}
C/O HANA GOLDEN TRADING
{{u:DANDONG}} {{u:LIAONING}} {{u:CN}}
:59:/XXXXXXXX0047
{{p:KANG MYONG SUK}}
{{u:SHENYANG}} {{u:CN}}
:70:/RFC/SALARY SETTLEMENT JUL {{r:C.U.J.}} VIA MR {{p:ZHOU}}
:71A:SHA

Please note field 50K: the ordering customer appears as "{{r:CHOE UN JONG}}" but the account belonged to the trading company, and the branch staff recall the transfer being instructed by a man, not by Ms {{r:Choe}}. The beneficiary "{{p:KANG MYONG SUK}}" is unknown to us. In field 70 "{{r:C.U.J.}}" appears to be your client's initials, and "MR {{p:ZHOU}}" an intermediary.

Regards,
{{p:Rahul Menon}}

---- forwarded note from {{p:Soo-jin}} to the team ----
{{r:Un-jong}} says she never had a bank account in {{u:China}} and never saw $4,850. She thinks {{p:Kang Myong-suk}} is the wife of the restaurant's manager, {{p:Ho Yong-bom}}, and "{{p:Zhou}}" is {{p:老周}}, the landlord of the restaurant building in {{u:Dandong}}. {{p:Ho}}'s wife came to the restaurant only once, in July 2016 - the month of the transfer. -{{p:SJ}}
""",
    },
    {
        "id": "h51-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jo Kwang-hyok", "조광혁", "witness", ["Kwang-hyok", "Cho Kwang-hyuk", "Hyoki"]),
            ("Ri Su-ryon", "리수련", "relative", ["Su-ryon"]),
            ("Kil Yong-sam", "길영삼", "supervisor", ["Kil", "Big Spanner"]),
        ],
        "note": "Long third-person interview summary, Kuwait construction 2014-2017; several paragraphs, witness surname Jo beside 'job', nickname Hyoki, supervisor nicknamed Big Spanner beside an ordinary spanner, wife by given name, Pakistani and Egyptian co-workers, Arabic names; later paragraphs carry most of the mentions.",
        "text": """INTERVIEW SUMMARY - W-2023-061
Interviewee: {{r:JO Kwang-hyok}} (SK documents: {{r:CHO Kwang-hyuk}})
Interviewer: {{p:Leah Feldman}}; interpreter: {{p:Bae Min-seo}}
Date/place: 7 and 9 November 2023, NGO office, {{u:Seoul}}
Length: 2 sessions, 5 h 10 min in total

Background
{{r:Jo}} was born in 1981 in {{u:Hamhung}}. He trained as a plasterer in the army and worked for a provincial construction enterprise before being selected for overseas work in 2013. Selection took eight months and required, in his words, "two cartons of cigarettes for every signature". His wife {{r:Ri Su-ryon}} and their son stayed in {{u:Hamhung}}.

Departure and arrival
He flew from {{u:Pyongyang}} to {{u:Kuwait}} via {{u:Beijing}} in March 2014 with 31 other men. At the airport the brigade leader, {{r:Kil Yong-sam}}, collected all passports "for safekeeping". {{r:Kil}} was a big man, and the workers called him "{{r:Big Spanner}}" because he hit people with whatever tool was in his hand; {{r:Jo}} insists he once saw {{r:Kil}} hit a man with an actual spanner.

Work and pay
The brigade worked on a residential tower in {{u:Jahra}} for a Kuwaiti contractor. The site manager was an Egyptian engineer, Eng. {{p:Tarek}} — {{r:Jo}} remembers him as "{{p:Tarek Mahmoud}}" — who was "polite but never looked at us". A Pakistani steel fixer, {{p:Imran}}, shared water and cigarettes with the Koreans at the fence; {{r:Kil}} forbade this after a month. {{r:Jo}} was told he would earn 120 KWD a month. In three years, he estimates, he received about 1,100 USD in total; the rest went to "plan payments", "loyalty funds" and food.

Dormitory
Thirty-two men in four rooms of a camp in {{u:Sulaibiya}}. The camp owner's son, whom the Koreans called "{{p:Abu Faisal}}", sometimes brought them old fans. {{r:Jo}}'s roommates were {{p:Choe Il-nam}}, {{p:Hong Sang-ryol}} and a young man from {{u:Kimchaek}}, {{p:Son Hyok}}, who was nicknamed "{{p:Sparrow}}" for his size. The men called {{r:Jo}} "{{r:Hyoki}}".

Incident, August 2016
During the midday heat ban the brigade was made to work indoors on an unventilated floor. {{p:Son Hyok}} collapsed. {{r:Big Spanner}} refused to call an ambulance; {{p:Hong}} and {{r:Jo}} carried {{p:Son}} down eleven floors. Eng. {{p:Tarek}} drove him to {{u:Farwaniya Hospital}}. {{r:Kil}} later told the brigade that {{p:Sparrow}} had "faked it" and deducted two weeks' wages from {{r:Kwang-hyok}} and {{p:Hong}} for "leaving their posts". {{p:Son}} was sent home in October.

Letters from home
{{r:Su-ryon}} wrote four times, through the company office. Every letter had been opened. In the third she wrote that their son had been chosen to play the accordion at school; {{r:Jo}} cried telling us this. He last heard from {{r:Ri Su-ryon}} in 2017.

Assessment (interviewer)
Consistent across both sessions; dates match the tower's construction timeline. {{r:Kwang-hyok}} asks that {{r:Su-ryon}}'s name never be used in anything published. Follow-up: ask about the job transfer to the second site and whether {{p:Imran}} could be traced. - {{p:LF}}
""",
    },
    {
        "id": "h51-en-14",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Song Mi-ok", "송미옥", "witness", ["Mi-ok"]),
        ],
        "note": "Transcript of a Korean-diaspora radio call-in show (English service); hosts and callers by first name, caller towns public; a caller called Song beside the station's song request segment, 'So' and 'No' as words; a Vietnamese caller; on-air name plus registered witness calling in.",
        "text": """TRANSCRIPT - "Open Line", community radio, {{u:Toronto}}, Sunday 21:00 segment
Hosts: {{p:Grace Kwon}} and {{p:Daniel Ahn}}. Producer: {{p:Priyanka}}.
Theme tonight: "Work abroad - your stories"

{{p:GRACE}}: ...and that was the song our listener asked for last week. So, the lines are open. First caller, you're on the air.
CALLER 1 ({{r:Mi-ok}}, {{u:Mississauga}}): Hello? Am I on? My name is {{r:Song Mi-ok}}. People at church call me Auntie {{r:Song}}.
{{p:DANIEL}}: Welcome, Auntie {{r:Song}}. What would you like to tell us?
{{r:MI-OK}}: I worked in a restaurant in {{u:Phnom Penh}}, a Korean restaurant, from 2011. We sang and served. The manager was Mrs {{p:Kye}}, a very cold woman, and the one who watched us was a man, {{p:Pyon}}. {{p:Pyon}} 동무 we had to say.
{{p:GRACE}}: Were you paid?
{{r:MI-OK}}: No. No money, only "you will get it at the end". The end never came. My friend {{p:Chae Ok-hui}} got sick and they sent her back, no doctor.
{{p:DANIEL}}: {{r:Mi-ok}}, thank you so much for sharing that. Do you know what happened to {{p:Ok-hui}}?
{{r:MI-OK}}: I don't know. If she hears this... {{p:옥희}}야, it's me, {{r:미옥}}이.
{{p:GRACE}}: Thank you, {{r:Mi-ok}}. Next caller, line two.
CALLER 2 ({{p:Tuan}}, {{u:Brampton}}): Hi {{p:Grace}}, hi {{p:Dan}}. I'm Vietnamese, I used to eat in those restaurants in {{u:Hanoi}}. There was a singer, everybody called her "{{p:Moon}}". I think it was her real surname, Moon, or she just liked the moon song she always sang? I always wondered.
{{p:DANIEL}}: Could be either! Moon is a Korean surname, by the way. Thanks, {{p:Tuan}}.
CALLER 3 (Mr. {{p:Lee}}, {{u:North York}}): I just want to say, these people are not criminals...
{{p:GRACE}}: Mr. {{p:Lee}}, we're running short on time, sorry. We'll come back to you.
[Producer note, {{p:Priyanka}}: call-back numbers kept on the studio sheet only. {{r:Song}} asked to be connected to a counsellor; passed to {{p:Hana Jeon}} at the settlement agency Monday.]
""",
    },
    {
        "id": "h51-en-15",
        "language": "en",
        "eol": "crlf",
        "persons": [
            (
                "Paek Chol-su",
                "백철수",
                "witness",
                ["Chol-su", "Baek Cheol-soo", "PCS", "Bai Zhexiu"],
            ),
            ("Chu Yong-ae", "주영애", "relative", []),
        ],
        "note": "Asylum appeal determination (First-tier Tribunal style) after the appellant's identity as a North Korean was doubted; judge and representatives private, Home Office public; appellant as PCS and under a Chinese identity; a Chinese 'uncle' and a Korean-Chinese broker; tribunal-style paragraph numbering; CRLF.",
        "text": """{{u:First-tier Tribunal (Immigration and Asylum Chamber)}}
Appeal Number: PA/04417/2022

THE IMMIGRATION ACTS
Heard at {{u:Taylor House}} on 11 January 2024
Decision and Reasons promulgated on 2 February 2024

Before: JUDGE OF THE FIRST-TIER TRIBUNAL {{p:HARGREAVES}}

Between: {{r:PCS}} (ANONYMITY ORDER MADE), Appellant
and THE SECRETARY OF STATE FOR THE HOME DEPARTMENT, Respondent

Representation: For the Appellant: Ms {{p:N. Adeyemi}}, Counsel, instructed by Greene & Patel Solicitors. For the Respondent: Mr {{p:T. Fairclough}}, {{u:Home Office}} Presenting Officer.

1. The Appellant claims to be a national of the {{u:DPRK}}, {{r:Paek Chol-su}}, born in 1985. The Respondent refused his claim, finding that he is a Chinese national, "{{r:Bai Zhexiu}}", on the basis of a Chinese identity card found in his possession.

2. The Appellant's account is that he was sent to work on construction sites in {{u:Russia}} in 2015, escaped in 2018, and was sheltered in {{u:Yanji}} by a Korean-Chinese man, Mr {{p:Jin}}, who obtained the Chinese card for him through a broker known as "{{p:Fat Jin}}" (no relation).

3. I heard evidence from the Appellant through a Korean interpreter, Mr {{p:Seo}}, and from a witness, Ms {{p:Ha Eun-byeol}}, a North Korean who knew the Appellant in {{u:Yanji}}. Ms {{p:Ha}} was cross-examined by Mr {{p:Fairclough}}; I found her an entirely credible witness.

4. The Appellant gave detailed evidence of his home town, {{u:Hyesan}}, and his mother, {{r:Chu Yong-ae}}, including the name of her work unit. Mr {{p:Fairclough}} submitted that such details are available online. I do not agree: the Appellant described the market near the {{u:Yalu}} in a way that matches the linguist's report of Dr {{p:Choi}}.

5. The Respondent relied on the "{{r:Bai Zhexiu}}" card. The Appellant explained that Mr {{p:Jin}} paid for it so that he could travel. Ms {{p:Ha}} confirmed she had seen {{p:Fat Jin}} at the flat. The card's issue date falls on a day when, according to Ms {{p:Ha}}, the Appellant was ill in bed.

6. I find that the Appellant is {{r:Paek Chol-su}} and a national of the {{u:DPRK}}. The appeal is allowed on asylum grounds.

Signed: {{p:A. Hargreaves}}, Judge of the First-tier Tribunal

[Caseworker note: {{r:Chol-su}} prefers the South Korean spelling {{r:Baek Cheol-soo}} in letters. Tell {{p:Eun-byeol}} the outcome - she asked. {{p:KO}}]
""",
    },
    {
        "id": "h51-en-16",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Hwang Ok-hwa", "황옥화", "witness", ["Ok-hwa", "Okhwa"]),
            ("Min Jae-sok", "민재석", "coworker", ["Jae-sok"]),
        ],
        "note": "E-mail thread between two caseworkers and an interpreter with quoted replies and signature blocks; witness name in an e-mail local part and in a file name; lower-case given name; a Mongolian employer; a registered co-worker with surname Min beside 'min' for minutes; CRLF.",
        "text": """From: {{p:Yerin Shim}} <{{p:yerin.shim}}@ngo.example>
Sent: Thursday, 4 April 2024 16:22
To: {{p:Callum Reid}} <{{p:c.reid}}@ngo.example>
Cc: {{p:Nara Baatar}} <{{p:nara.b}}@interpreters.example>
Subject: RE: RE: {{r:Hwang}} follow-up + transcript

{{p:Callum}},

Spoke to {{r:Ok-hwa}} this morning for 40 min. {{r:Min}}'s part (re {{r:Min Jae-sok}}) will be in the next email, I'm getting my notes mixed up. She's fine with us using the transcript but wants the name of the restaurant removed.

She confirmed the Mongolian landlord was {{p:Ganzorig}} and his wife {{p:Tsetseg}} ("{{p:Tsetsegmaa}}" on the lease). The Korean manager was {{p:Kim Yong-gil}}; she thinks {{p:Kim}}'s deputy was called {{p:Ryo}} or {{p:Ryu}}, she's not sure which.

Transcript attached: {{r:hwang_okhwa}}_2024-04-04_final.docx

{{p:Yerin}}

--
{{p:Yerin Shim}} | Caseworker
NGO name | {{u:Seoul}}

-----Original Message-----
From: {{p:Callum Reid}}
Sent: Thursday, 4 April 2024 09:05
Subject: RE: {{r:Hwang}} follow-up

Thanks {{p:Yerin}}. Did {{r:okhwa}} say anything about {{r:Jae-sok}}? {{p:Nara}} mentioned he might be in {{u:Ulaanbaatar}} still.

{{p:C.}}

-----Original Message-----
From: {{p:Nara Baatar}}
Sent: Wednesday, 3 April 2024 22:47

Hi both - yes, my cousin {{p:Bolormaa}} saw a Korean man near the {{u:State Department Store}} who matched the description of {{r:Min}}. I told {{r:Hwang Ok-hwa}} this during the call last week and she cried. Please handle carefully. {{p:Nara}}
""",
    },
    {
        "id": "h51-en-17",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pak Yu-na", "박유나", "relative", ["Yu-na", "Yuna"]),
            ("Kim Sol-hui", "김솔희", "witness", ["Sol-hui"]),
        ],
        "note": "Parent-teacher conference notes (school counsellor) about the daughter of a former overseas worker now resettled; teacher and counsellor private, classmates by first name and initials, father left behind named; homeroom teacher Mr Do beside 'do'; school unmarked (invented), city public.",
        "text": """Parent-Teacher Conference Notes - Grade 5, Class 3 - CONFIDENTIAL
Student: {{r:PAK Yu-na}}   Parent present: {{r:KIM Sol-hui}} (mother)
Teacher: Mr {{p:Do Hyun-woo}} (homeroom)   Also present: Ms. {{p:Noh}} (school counsellor), {{p:Kang Se-ah}} (interpreter/NGO)
Date: 16 Oct 2024, 15:30

1. Academic
{{r:Yuna}} is doing well in maths and art. Reading in Korean still below grade level; Mr {{p:Do}} suggests the after-school reading club. English is hard for her - she came from {{u:China}} at 9 and had no English before.

2. Social
{{r:Yu-na}} has two close friends, {{p:Seo-yeon}} and {{p:Haru}}. Last month a classmate ({{p:J.H.}}) told others that {{r:Yuna}}'s mother "was a spy in {{u:China}}". Mr {{p:Do}} spoke to {{p:J.H.}}'s parents. Ms. {{p:Noh}} will do a class session on families.

3. Mother's concerns
Ms {{r:Kim}} explained (through {{p:Se-ah}}) that she worked in a seafood factory in {{u:Donggang}} and then a restaurant before escaping; {{r:Yu-na}} was born in {{u:China}} and her father, {{p:Pak Chol-ung}}, a Chinese-Korean who registered the birth, is no longer in contact. {{r:Sol-hui}} is worried that {{r:Yu-na}} will be asked about her father at school. She asked that the school use only "Mother: {{r:Kim Sol-hui}}" on forms.

4. Actions
- Mr {{p:Do}}: what to do about the family tree project - offer an alternative topic.
- Ms. {{p:Noh}}: check in with {{r:Yu\u00adna}} fortnightly.
- {{p:Se-ah}}: pass on info about the {{u:Korea Hana Foundation}} tutoring programme.
Next meeting: after winter break.
""",
    },
    {
        "id": "h51-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ro Myong-gil", "로명길", "witness", ["명길", "노명길"]),
            ("Ryom Tae-sik", "렴태식", "supervisor", ["렴", "곰"]),
            ("Kim Pun-hui", "김분희", "relative", ["분희"]),
        ],
        "note": "Long Korean interview summary, Amur logging camp 2012-2016; witness surname in northern (로) and southern (노) spelling, supervisor 렴 nicknamed 곰 beside an actual bear, particles and 이 suffix after given names, Russian names in Hangul transcription and Cyrillic, several paragraphs with most mentions after the first.",
        "text": """면담 요약서 (내부용)
면담 대상: {{r:로명길}} (남, 1976년생, 남측 주민등록상 {{r:노명길}})
면담자: {{p:정하은}} / 기록: {{p:유다빈}}
일시·장소: 2024년 2월 14일, 사무실 2층 상담실

1. 파견 경위
{{r:로명길}} 씨는 {{u:함경북도}} {{u:길주군}} 출신으로, 2012년 봄 임업성 산하 벌목 사업소 노동자로 선발되어 {{u:러시아}} {{u:아무르주}} {{u:틴다}} 인근 벌목장으로 파견되었다. 선발 과정에서 "뇌물로 담배 열 보루와 돼지 한 마리를 바쳤다"고 진술했다. 출국 직전 아내 {{r:김분희}} 씨와 딸을 {{u:청진}} 역에서 마지막으로 보았다.

2. 작업장과 관리자
벌목장의 작업반장은 {{r:렴태식}}이었다. 노동자들은 {{r:렴}} 반장을 뒤에서 "{{r:곰}}"이라고 불렀는데, 덩치가 크고 겨울이면 털모자를 눌러써서 그렇게 불렀다고 한다. 진술인은 실제로 2014년 겨울 숙소 근처에 곰이 나타나 모두가 도망쳤을 때 "진짜 곰보다 {{r:곰}} 반장이 더 무서웠다"며 웃었다. {{r:렴태식}}은 매달 계획분을 채우지 못하면 식량 배급을 절반으로 줄였고, 돈을 숨긴 사람을 찾는다며 숙소를 뒤졌다.

{{u:러시아}} 측 현장 책임자는 {{p:세르게이}}라는 사람이었고, {{u:러시아}} 운전수 {{p:볼로댜}}({{p:Володя}})가 원목을 실어 날랐다. 진술인은 {{p:볼로댜}}가 몰래 빵과 소시지를 주었다고 기억한다. 통역은 {{u:조선}} 쪽 보위원 출신 {{p:한성국}}이 맡았는데, {{p:한성국}}이는 러시아어를 잘하지 못해 {{p:세르게이}}와 늘 다투었다.

3. 임금
계약상 월 300달러를 약속받았으나, 4년 동안 실제 손에 쥔 돈은 약 1,200달러였다고 한다. 나머지는 "충성자금", "계획분", 숙식비 명목으로 공제되었다. 진술인은 같은 조의 {{p:차영호}}, {{p:방철}}, {{p:우광남}}과 함께 장부를 몰래 적었으나, 2015년 {{r:렴}}에게 들켜 빼앗겼다.

4. 사고
2015년 1월, 같은 조의 {{p:우광남}}이 쓰러지는 나무에 다리가 깔렸다. {{r:곰}} 반장은 병원에 보내지 않고 사흘 동안 숙소에 눕혀 두었다. {{p:광남}}이는 결국 {{p:볼로댜}}의 차로 {{u:틴다}} 병원에 실려 갔고, 이후 귀국 조치되었다. 진술인은 "{{p:광남}}아, 살아 있으면 연락해라"라고 말하며 한참 울었다.

5. 가족
{{r:분희}}에게서 온 편지는 4년간 두 통이었다. 두 번째 편지에 딸이 소학교에 들어갔다고 적혀 있었다. {{r:명길}} 씨는 2016년 탈출 후 {{u:한국}}에 입국하였으며, 아내 {{r:김분희}}와 딸의 이름이 어떤 자료에도 나오지 않기를 강하게 원한다.

6. 면담자 의견
진술이 일관되며 지명, 계절, 작업 공정 묘사가 구체적임. 다만 {{r:렴태식}}의 나이와 출신지는 불확실. 다음 면담에서 {{p:한성국}}의 역할, {{p:차영호}}·{{p:방철}}의 현재 소재 확인 예정. ({{p:정하은}})
""",
    },
    {
        "id": "h51-ko-02",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Chang Kum-ok", "장금옥", "witness", ["금옥"]),
        ],
        "note": "Korean apartment residents' meeting (반상회) minutes where a resettled former worker is discussed; unit numbers beside names, 씨 and 님 honorifics, a building manager, a neighbour with surname 하 and 문; particles; the registered witness appears as 장 씨 and by full name; CRLF.",
        "text": """○○아파트 3동 반상회 회의록
일시: 2024년 5월 17일(금) 19:30 / 장소: 3동 경로당
참석: 반장 {{p:문정숙}}(301호), {{p:하동수}}(305호), {{p:이미경}}(402호), {{p:오세진}}(503호)… 외 11세대
관리사무소: {{p:최태환}} 과장
기록: {{p:이미경}}

1. 지난 회의 결과 보고 ({{p:문정숙}} 반장)
- 엘리베이터 교체 공사 6월 3일부터. 공사 기간 중 계단 이용 부탁.
- 음식물 쓰레기 수거 시간 변경 건은 관리사무소 {{p:최}} 과장님이 구청에 문의 중.

2. 안건: 층간 소음 민원 (204호 ↔ 304호)
- 204호 {{p:하명자}} 씨가 민원 제기 (회의 중 305호 {{p:하동수}} 씨 세대로 잘못 불러 정정함).
- 304호 {{r:장금옥}} 씨는 불참. {{p:문}} 반장이 사전에 통화함. {{r:장}} 씨 말로는 밤에 재봉 일을 집에서 한다고 함.
- {{p:오세진}} 씨: "북에서 온 분이라 잘 모르실 수도 있으니 너무 몰아세우지 말자."
- {{p:이미경}}: {{r:금옥}} 씨가 예전에 {{u:중국}} 공장에서 밤새 일하던 습관이 있다고 들음. 직접 말해 보겠다고 함.
- 결론: {{p:문정숙}} 반장과 {{p:이미경}} 씨가 {{r:장금옥}} 씨를 방문해 방진 매트 지원(관리비 예산) 안내하기로.

3. 기타
- 502호 {{p:송}} 할머니 병원 입원 - 반 모금 5만 원 전달 ({{p:하동수}} 씨 담당).
- 다음 반상회 6월 21일.

※ 첨부(비공개): {{r:장금옥}} 씨가 {{p:이미경}} 씨에게 보낸 문자 — "{{p:미경}} 언니 미안해요. {{u:중국}}에서 {{p:리}} 반장이 밤에도 일 시켜서 그게 버릇이 됐어요. 이제 밤에는 안 할게요. {{r:금옥}}"
""",
    },
    {
        "id": "h51-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Pak Son-hwa", "박선화", "witness", ["선화"]),
            ("Ri Chol", "리철", "relative", ["철이"]),
        ],
        "note": "Household account book (가계부) kept by a former restaurant worker in Dandong, photographed and transcribed; entries name the manager, co-workers, a Chinese landlady (王姐) and a broker (老金); the brother 철 with the affectionate 이 (labelled without it); amounts in yuan; terse handwritten style.",
        "text": """가계부 (사진 전사, 원문 그대로) — 제공: {{r:박선화}} / 전사: {{p:권소율}}
2017년 {{u:단둥}}

3월
3/1  월급 (받은 것) 200원 / 장부상 1,800원 — 차액 {{p:홍}} 지배인이 "당자금"
3/2  {{p:王姐}} 방세 (숙소 관리) 50원 — {{p:왕}} 언니가 몰래 사과 줌
3/5  {{p:순영}}이 생일 과자 15원 ({{p:순영}}, {{p:은주}}, 나 셋이 나눔)
3/9  {{p:홍영순}} 지배인 "충성의 외화" 100원 — 강제
3/12 {{p:은주}} 약값 빌려줌 30원 (→ 4/1 받음)
3/20 {{r:철}}이한테 보낼 돈 모으기 시작 ★ 0원

4월
4/1  월급 200원. {{p:은주}} 30원 갚음.
4/8  {{p:老金}} 전화카드 20원 ({{p:김}} 사장 — 조선족, 몰래)
4/15 태양절 공연 의상 60원 (!!) {{p:홍}}이 전원 부담이라고 함
4/22 {{r:철}}이 돈 80원 숨김 (베개 속)

5월
5/1  월급 150원 — 손님 적다고 깎음
5/3  {{p:노순영}} 귀국 조치 ㅠㅠ {{p:순영}}아 잘 가
5/10 {{p:老金}}한테 맡김 {{r:철}}이 돈 200원 — {{p:老金}}이 {{u:혜산}}으로 보내준다고
5/28 {{p:王姐}} 딸 결혼 축의금 20원

[전사자 주: "{{r:철}}이"는 {{r:선화}} 씨의 남동생 {{r:리철}}. 성이 다른 이유는 아버지가 다르기 때문이라고 본인 설명. {{p:老金}}({{p:김}} 사장)은 송금 브로커로 추정. {{p:홍영순}}은 식당 지배인, {{p:은주}}({{p:조은주}})와 {{p:순영}}({{p:노순영}})은 동료 복무원. {{r:박선화}} 씨는 이 돈이 {{r:철}}에게 닿았는지 지금도 모른다.]
""",
    },
    {
        "id": "h51-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Chun-hyang", "김춘향", "witness", ["춘향"]),
            ("Kim Ha-ram", "김하람", "relative", ["하람"]),
        ],
        "note": "Caseworker's worksheet for filling in a South Korean birth registration for a child born in China to a former worker; form field labels (성명, 부, 모), a Chinese father in Hanzi and Hangul, a hospital midwife, the caseworker and a community-centre clerk; the child's given name 하람 is also an ordinary-looking word.",
        "text": """출생신고서 작성 준비 메모 (담당: {{p:윤서진}} 사회복지사)
대상 가정: {{r:김춘향}} 님 (2021년 입국, 자녀 1명)

■ 신고서 항목별 확인 사항
① 출생자
  - 성명(한글): {{r:김하람}}  / 한자: 없음
  - 본: {{u:김해}}
  - 성별: 여   출생일시: 2019. 8. 23. 04시 10분
  - 출생장소: {{u:중국}} {{u:지린성}} {{u:옌지시}} 소재 병원 (출생증명서 번역본 있음)
② 부
  - 성명: {{p:刘建军}} ({{p:류젠쥔}}) — {{u:중국}} 국적, 연락 두절
  - {{r:춘향}} 님 말씀: "{{p:류}} 씨는 {{r:하람}}이를 한 번도 안 안아봤어요." → 부 인적사항은 출생증명서에 기재된 대로만 적기로.
③ 모
  - 성명: {{r:김춘향}}  주민등록번호: (별도 보관)
④ 신고인: 모

■ 메모
- 출생증명서상 아이 이름은 "{{r:刘佳慧}}"({{r:류자후이}}). {{r:하람}}으로 바꾸려면 개명이 아니라 출생신고 시 {{u:한국}} 이름으로 신고 가능한지 주민센터 {{p:배}} 주무관에게 확인 필요.
- {{p:배수정}} 주무관(민원 창구 3번) 답변 (6/12): 가능하나 동일인 소명서 필요.
- 조산사 서명란: {{p:金美兰}} ({{p:김미란}}) — 조선족 조산사, {{r:춘향}} 님이 은인이라고 함.
- {{r:춘향}} 님은 원래 {{u:연길}} 수산물 공장 파견 노동자였음. 공장 얘기는 이번에 묻지 않음.

■ 다음 방문: 6/20 오전 10시, {{r:하람}}이 어린이집 하원 전.
(작성: {{p:윤서진}} / 검토: {{p:조}} 팀장)
""",
    },
    {
        "id": "h51-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yun Hyang-mi", "윤향미", "witness", ["향미"]),
            ("Ok Chol-min", "옥철민", "coworker", ["철민"]),
        ],
        "note": "KakaoTalk group-chat export among volunteer interviewers arranging a meeting with two witnesses; display names with emoji and suffixes, a zero-width space inside a name, 쌤 and 님 suffixes, surname 옥 (also 'jade') and 오, a nickname 꼬맹이 used for a person; timestamps in KakaoTalk export format.",
        "text": """{{u:카카오톡}} 대화 — 면담팀 🗂 (4명)
저장한 날짜 : 2024-03-08 22:14

--------------- 2024년 3월 8일 금요일 ---------------
[{{p:오지현}} 🌷] [오후 7:02] 내일 {{r:향미}}쌤 면담 몇 시였죠?
[{{p:서준}}] [오후 7:03] 11시요. 장소는 {{r:윤향미}} 님이 카페 말고 사무실이 편하시대요
[{{p:오지현}} 🌷] [오후 7:03] 넵 👍
[{{p:김다운}}(통역)] [오후 7:10] 저 내일 10시 반까지 갈게요. 근데 {{r:옥철민}} 씨도 같이 오신대요?
[{{p:서준}}] [오후 7:11] 네 {{r:철민}} 씨가 {{u:러시아}} 건설장 얘기 같이 하고 싶다고
[{{p:서준}}] [오후 7:11] {{r:향미}}님이랑 {{r:옥}} 선생님 같은 현장은 아니었고, {{u:블라디보스토크}} 같은 회사였대요
[{{p:오지현}} 🌷] [오후 7:15] 아 그럼 {{p:꼬맹이}} 얘기도 나오겠네요 ㅋㅋ 지난번에 {{r:철민}}씨가 말한 그 반장 별명
[{{p:김다운}}(통역)] [오후 7:16] 꼬맹이가 별명이었어요? 저는 진짜 아이 얘긴 줄 ㅠ
[{{p:서준}}] [오후 7:17] ㅋㅋ 네 {{p:박}} 반장이요. 키가 작아서 {{p:꼬맹이}}. 본명 {{p:박성룡}}
[{{p:오지현}} 🌷] [오후 7:20] 옥 반지 얘기도 하셨던 거 기억나세요? {{r:철민}} 씨 어머니가 준 거 {{p:박}} 반장이 빼앗았다고
[{{p:서준}}] [오후 7:21] 네 그것도 물어볼게요
[{{p:김다운}}(통역)] [오후 7:33] 혹시 {{r:향\u200b미}}쌤이 불편해하시면 {{r:철민}} 씨 먼저 할까요?
[{{p:오지현}} 🌷] [오후 7:35] 좋아요. 그리고 {{p:준}}아 녹음기 충전 ㅎㅎ
[{{p:서준}}] [오후 7:35] 넹 🔋
[{{p:이경희}} 팀장] [오후 9:58] 내일 {{r:윤향미}} 님 동의서 두 장 출력해 가세요. {{r:옥철민}} 님 건은 지난번 동의서 있음.
[{{p:오지현}} 🌷] [오후 10:01] 네 팀장님!
""",
    },
    {
        "id": "h51-ko-06",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Yong-suk", "리영숙", "witness", ["영숙", "이영숙"]),
            ("Chae Kwang-nam", "채광남", "supervisor", []),
        ],
        "note": "Interpreters' name-pronunciation and spelling sheet prepared before a court hearing; each name in Hangul, romanization, Cyrillic or Hanzi and how to say it; surnames discussed as words are unmarked while the people themselves are marked; Russian names with case endings; a table layout.",
        "text": """통역인용 인명 발음·표기 정리표 (법정 출석 전 배포, 외부 유출 금지)
작성: {{p:남궁유진}} / 2024. 9.

| 한글 | 로마자(사건기록) | 원어 표기 | 발음 메모 |
|---|---|---|---|
| {{r:리영숙}} | {{r:RI Yong Suk}} | — | 증인. 북한식 '리'. 판사가 '{{r:이영숙}}'으로 부르면 정정하지 말 것(본인 동의). |
| {{r:채광남}} | {{r:CHAE Kwang Nam}} | {{r:Чхэ Кван Нам}} | 식당 지배인. {{u:러시아}} 기록은 '{{r:Чхэ}}'. |
| {{p:정미향}} | {{p:JONG Mi Hyang}} | — | 동료 복무원. '종'이 아니라 '정'. |
| {{p:아나스타시야 볼코바}} | {{p:Anastasia Volkova}} | {{p:Анастасия Волкова}} | 건물주. 대격 '{{p:Волкову}}'가 나오면 같은 사람. |
| {{p:드미트리 소콜로프}} | {{p:Dmitry Sokolov}} | {{p:Дмитрий Соколов}} | 경찰관. 생격 '{{p:Соколова}}'. |
| {{p:왕리쥔}} | {{p:Wang Lijun}} | {{p:王立军}} | 중국인 식자재 공급업자. |

참고:
- '리'와 '이'는 같은 성이다. 성씨 '채'는 채소의 '채'와 한자가 다르다는 얘기를 증인이 할 수 있음. (성씨 자체 설명은 이름으로 통역하지 말고 설명으로.)
- 법원 PDF에서 복사하면 증인 이름이 전각 문자 "{{r:ＲＩ　ＹＯＮＧ　ＳＵＫ}}"로 붙여질 수 있음.
- 증인은 자신을 "{{r:영숙}}이"라고 부르는 버릇이 있음 — 1인칭으로 통역.
- 증인이 "{{r:채}} 지배인", "지배인 동지"라고만 할 때 모두 {{r:채광남}}.
- {{p:정미향}}을 증인은 "{{p:미향}}이", "{{p:향}}이"라고도 부름.
- 경찰관 {{p:소콜로프}}는 조서에서 "{{p:Д. Соколов}}"로 서명.
문의: {{p:남궁유진}} 또는 {{p:피터 한}}(영어 통역)
""",
    },
    {
        "id": "h51-ko-07",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Sok Chol-jun", "석철준", "supervisor", []),
        ],
        "note": "Dormitory rules notice from a North Korean construction brigade in Kuwait, transcribed from a photo the witness kept; rule list naming duty monitors and room heads, 동무 and 동지 titles, a public figure's birthday, the brigade's political officer registered; surnames 석 (also 'three') and 방 (also 'room') beside those words; mixed line endings.",
        "text": """[사진 전사 — 원문 게시물, {{u:쿠웨이트}} 숙소 식당 벽]

숙소 생활 규정 (제3차 개정)
주체105(2016)년 3월 1일

1. 모든 성원은 아침 5시 30분에 기상하며 5시 40분까지 점검을 받는다. 점검 책임: {{p:방영철}} 동무(1호실장).
2. 외출은 3명 이상 조를 이루어 하며 조장은 반드시 {{r:석철준}} 지도원 동지의 승인을 받는다.
3. 방마다 실장을 둔다. 1호실 {{p:방영철}}, 2호실 {{p:지명수}}, 3호실 {{p:탁성일}}, 4호실 {{p:용범}}.
4. 외국인(현지인, 파키스탄인, 인도인 등)과의 사적인 대화를 금지한다. 위반 시 {{r:석}} 지도원에게 즉시 보고한다.
5. 휴대전화 소지를 금지한다. 적발된 전화는 {{r:석}} 지도원 동지가 보관한다.
6. 4월 15일 {{u:김일성}} 동지 탄생일에는 전원 정장을 갖추고 충성의 노래 모임에 참가한다. 노래 지휘: {{p:탁성일}} 동무.
7. 생활총화는 매주 토요일 저녁 8시. 사회: {{p:지명수}} 동무.
8. 식당 당번은 방 순서대로 한다 (1호실 → 4호실).

이상 지키지 않는 성원은 귀국 조치한다.
작업반장 {{p:마동혁}} / 지도원 {{r:석철준}}

[전사자 주 — {{p:진소희}}, 2023]
사진 제공 증인은 3호실 소속이었으며 방 번호를 기억함. 증인에 따르면 "{{p:용범}}"은 성을 빼고 부르던 이름으로, 본명은 {{p:구용범}}. {{r:석철준}}은 보위부 출신이었다고 하며, {{p:마동혁}} 반장보다 실권이 컸다. 증인이 "석 달 동안 외출이 없었다"고 말할 때의 '석'은 숫자이며 사람이 아님.
""",
    },
    {
        "id": "h51-ko-08",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Pyon Hak-chol", "변학철", "witness", ["학철"]),
        ],
        "note": "Transcribed wage-advance slips (가불 전표) from a Mongolian construction site kept by a worker; each slip names the requester, approver and witness signer, with stamps and signatures as single syllables; Mongolian accountant in Cyrillic; signatures like '변' and '학철' and seal text; NGO annotation at the end.",
        "text": """가불 전표 묶음 (7매) — 증인 {{r:변학철}} 제공, {{u:울란바토르}} 현장 2018~2019
전사: {{p:모세린}} (원본 스캔: {{r:pyon_hc}}_slips_01-07.pdf)

[1] 2018.06.02  신청자: {{r:변학철}}  금액: 50,000투그릭  사유: 치과
     승인: {{p:염}} (반장 도장)  입회: {{p:송재혁}}
[2] 2018.07.15  신청자: {{r:변학철}}  금액: 30,000투그릭  사유: 작업화
     승인: {{p:염명수}}  입회: {{p:송}}
[3] 2018.09.01  신청자: {{r:변학철}}, {{p:도광훈}} (2인)  금액: 각 20,000  사유: 추석 "선물"
     승인: {{p:염}}  비고: 회계 {{p:Батцэцэг}} 확인 (몽골어 서명)
[4] 2018.11.20  신청자: {{r:학철}} (이름만 씀)  금액: 100,000  사유: (빈칸)
     승인: {{p:염명수}}  입회: 없음
[5] 2019.01.05  신청자: {{p:도광훈}}  금액: 40,000  사유: 약값
     승인: {{p:염}}  입회: {{r:변}}
[6] 2019.02.28  신청자: {{r:변학철}}  금액: 200,000  사유: "충성자금 선납" (반장 글씨)
     승인: {{p:염명수}}, 확인: 당비서 {{p:권}}
[7] 2019.04.10  신청자: {{r:변학철}}  금액: 0 (취소 표시)  입회: {{p:Батцэцэг}}, {{p:송재혁}}

[NGO 메모 — {{p:모세린}}]
- 증인 설명: 가불은 실제로 받은 것이 아니라 반장 {{p:염명수}}가 "빚"으로 달아 놓은 것이 대부분. [4]의 10만 투그릭은 받은 적 없다고 함.
- [6]의 당비서 "{{p:권}}"은 {{p:권영길}}로 추정 (증인 기억).
- 몽골인 회계 {{p:바트체첵}}({{p:Батцэцэг}})은 증인에게 친절했다고 함. 영어를 조금 했고 {{u:한국}} 드라마를 좋아했다.
- {{p:도광훈}}은 2019년 여름 귀국. {{p:송재혁}}의 소재는 모름.
- {{r:학철}} 씨는 원본을 돌려받길 원함 → 5월 면담 때 반환.
""",
    },
    {
        "id": "h51-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ju Song-il", "주성일", "witness", ["성일"]),
        ],
        "note": "Card-game (화투/카드) score sheet from a Russian construction dormitory, reconstructed by a witness; players by nickname, surname or given name in a table, the registered witness as 주 (also 'week') and by given name; nicknames 안경 (glasses) and 감자 (potato) used for people beside the ordinary words; particles.",
        "text": """카드놀이 점수표 재구성 (증인 {{r:주성일}}이 기억으로 그림, 2024.1.)
장소: {{u:하바롭스크}} 건설 숙소 2호실, 2018년 겨울 매주 일요일 밤 (소등 후 몰래)

| 회차 | {{r:주}} | {{p:안경}} | {{p:감자}} | {{p:명호}} | 벌칙 |
|---|---|---|---|---|---|
| 1주 | 12 | 30 | 5 | 18 | {{p:감자}} 설거지 |
| 2주 | 25 | 10 | 22 | 8 | {{p:명호}} 빨래 |
| 3주 | 9 | 41 | 14 | 3 | {{p:명호}}, 반장한테 걸림 |
| 4주 | — | — | — | — | 중단 (검열) |

설명 ({{r:주성일}} 진술 요약, 기록 {{p:황보슬기}}):
- "{{p:안경}}"은 {{p:인명철}}. 안경을 써서. 안경은 {{u:중국}}에서 산 싸구려였다고.
- "{{p:감자}}"는 {{u:양강도}} 출신 {{p:허만복}}. 감자 농사 짓던 집이라 {{p:감자}}로 불림. 숙소에서 감자를 제일 잘 깎았다.
- "{{p:명호}}"는 {{p:길명호}}. 제일 어리고 잘 졌다.
- 3주 차에 {{p:명호}}가 소리를 질러서 반장 {{p:함}}에게 걸렸다. {{p:함}} 반장은 카드를 태우고 {{r:성일}}이와 {{p:명호}}에게 자기비판서를 쓰게 했다.
- 증인은 "한 주 내내 일요일 밤만 기다렸다"고 함.
- 점수 칸의 "{{r:주}}"는 증인 본인.

""",
    },
    {
        "id": "h51-ko-10",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Kye Ok-nyo", "계옥녀", "relative", ["옥녀"]),
            ("Kye Yong-chol", "계영철", "other", ["영철"]),
        ],
        "note": "DNA reference-sample collection log for identifying the remains of a worker who died abroad; sample donors with relationship codes, collecting nurse and witness signatures, a sealed-bag chain; the missing worker registered as 'other'; surnames 계 and 구; initials; CRLF.",
        "text": """유전자 참고시료 채취 기록지
사건번호: 2024-실종-017 / 대상(실종·사망 추정자): {{r:계영철}} (1979년생, 2017년 {{u:러시아}} {{u:사할린}} 파견 중 사망 추정)
채취 장소: {{u:서울}} ○○병원 진단검사의학과 / 채취일: 2024.07.02

| 번호 | 시료제공자 | 관계 | 시료 | 채취자 | 입회 |
|---|---|---|---|---|---|
| R-01 | {{r:계옥녀}} | 누나 | 구강상피 2 | {{p:구민지}} 간호사 | {{p:안수현}} |
| R-02 | {{p:계순녀}} | 누나 | 구강상피 2 | {{p:구민지}} | {{p:안수현}} |
| R-03 | {{p:문철}} | 외사촌 | 혈액 1 | {{p:구}} 간호사 | {{p:안}} |

비고
- R-02 {{p:계순녀}}는 {{u:중국}} 거주, 화상 동의 후 {{u:단둥}} 협력병원에서 별도 채취 예정 → 이번 기록은 예약 번호만.
- {{r:옥녀}} 님 진술: 동생 {{r:영철}}이는 {{u:사할린}} 건설 현장에 갔고, 2017년 말 같은 현장의 {{p:도성민}}이라는 사람이 "{{r:영철}}이가 사고로 죽었다"고 전했다. {{p:도성민}}은 이후 {{u:한국}}에 입국했으며, 연락처를 {{p:안수현}} 활동가가 갖고 있음.
- {{r:계영철}}의 유해는 현지 묘지에 묻혔다는 소문만 있음. {{u:러시아}} 측 기록상 이름이 "{{r:Ке Ён Чхоль}}"로 적혔을 가능성.
- 시료 봉인: 봉투 번호 S-8812~8816, 봉인자 {{p:구민지}}, 확인 {{p:K.S.H.}}

서명: 채취자 {{p:구민지}} / 입회 {{p:안수현}} / 시료제공자 {{r:계옥녀}}
""",
    },
    {
        "id": "h51-ko-11",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Son Mi-hyang", "손미향", "witness", ["미향", "향이"]),
            ("Son Il-bok", "손일복", "relative", []),
        ],
        "note": "Script of a video letter a former restaurant worker recorded for family in the North, with the producer's cut notes; vocative 아/야 after given names, 이 suffix, a pet name 향이 registered as an alias, the mother addressed only as 어머니 (not a mention), producers and a camera operator named; 손 as surname beside 손 'hand'.",
        "text": """영상편지 대본 (촬영용) — 비공개 보관
출연: {{r:손미향}} / 연출: {{p:남도윤}} / 촬영: {{p:하지민}} / 날짜: 2023.12.20

#1 (정면, 창가)
어머니, {{r:미향}}이에요. 잘 계세요? 아버지 {{r:손일복}} 동지 생신이 지났는데 제가 아무것도 못 해 드렸어요.
#2
저는 잘 있어요. 따뜻한 데서 살고, 밥도 많이 먹어요. {{p:순옥}}아, 너도 보고 있니? 언니가 네 결혼식도 못 가서 미안해.
#3 (손을 카메라 쪽으로)
제 손 보세요. {{u:중국}} 식당에서 일할 때 튼 손이 이제 다 나았어요. 그때 같이 일한 {{p:정옥}}이, {{p:은별}}이 소식은 저도 몰라요. {{p:정옥}}아, 살아 있으면 꼭 연락해.
#4
{{p:림}} 지배인이 어머니한테 뭐라고 했는지 몰라도, 저는 도망친 게 아니에요. 살려고 나온 거예요.
#5 (마무리)
아버지, 어머니, {{p:순옥}}아. 우리 {{r:향이}} 아직 살아 있어요. 꼭 다시 만나요.

[연출 메모 — {{p:남도윤}}]
- #3의 "손" 클로즈업 좋음. 성이 '손'이라 자막에 "손 보세요"가 이름처럼 보이지 않게 주의.
- #4 {{p:림}} 지배인 이름은 방송용 편집본에서 삭제 ({{r:미향}} 씨 요청). 실명 {{p:림정애}}.
- "{{r:향이}}"는 어머니가 부르던 애칭. 자막 유지.
- {{p:지민}} 씨, #2 음성 레벨 다시 확인 부탁.
- 동생 {{p:손순옥}}의 이름은 최종본에서 "동생"으로만.
""",
    },
    {
        "id": "h51-ko-12",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Tak Yong-ran", "탁영란", "witness", ["영란"]),
        ],
        "note": "Transcription of a small handwritten address book a former garment worker brought out of China; entries with names, nicknames, phone fragments and abbreviations; a Chinese forewoman as 张姐, a broker as 老崔, names written with one syllable crossed out (still labelled), a co-worker recorded only by her home town (not a mention); transcriber's notes.",
        "text": """수첩 주소록 전사본 — 소유자 {{r:탁영란}} / 전사 {{p:배은솔}} / 2024.4.
(원본: 손바닥 크기 빨간 수첩, 12쪽. 전화번호는 가림 처리)

p.1
  {{p:张姐}} ({{p:장}} 언니) — 조장, 중국인. 139-****-**21
  {{p:老崔}} — {{u:연길}}. "급할 때만". 158-****-**07
  {{p:리}} 지도원 — 번호 없음 (X 표시)
p.2
  {{p:복순}}이 — 같은 방. {{u:신의주}}
  {{p:명실}} 언니 — 재봉 3반
  "{{u:함흥}} 애" — 이름 모름 ({{r:영란}} 씨 설명: {{u:함흥}}에서 온 막내)
p.3
  {{p:최봉철}} = {{p:老崔}}? (물음표 본인 글씨)
  {{p:김〰순〰옥}} → 줄 그어 지움, 옆에 "{{p:순옥}} 언니 귀국"
p.4
  {{p:阿芳}} — 식당 아줌마, 만두
  {{p:Nhung}} — {{u:베트남}} 동료? (로마자로 씀)
p.5 (뒤표지 안쪽)
  엄마 생일 음 9.3 / 동생 {{p:영호}} 군대

[전사자 메모]
- "{{p:张姐}}"는 공장 조장 {{p:张丽华}}로, {{r:영란}} 씨가 "{{p:장}} 언니"라고 불렀다. 한국어 '장'과 {{u:중국}} 성 '张'이 같은 글자처럼 쓰였다.
- "{{p:老崔}}"는 조선족 브로커로, {{r:탁영란}} 씨 탈출을 도운 사람. 본명이 {{p:최봉철}}인지 본인도 확신 없음.
- p.3의 지워진 이름 "{{p:김〰순〰옥}}"은 함께 일하다 귀국한 {{p:김순옥}}. 원본 그대로 물결표 포함해 옮김.
- "{{u:함흥}} 애"는 이름이 아니라 설명이므로 가리지 않음.
- {{p:Nhung}}은 같은 공단 {{u:베트남}} 여성 노동자로 {{r:영란}}이와 손짓으로 대화했다고 함.
""",
    },
    {
        "id": "h51-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Choe Kum-song", "최금성", "witness", ["금성"]),
            ("Ryang Hye-ok", "량혜옥", "witness", ["혜옥"]),
        ],
        "note": "Peer-evaluation forms from a vocational training course for resettled North Koreans (welding), typed up by the instructor; evaluator and evaluatee names in a grid, free-text comments using given names with particles, 'the instructor' unnamed, surname 량 and 금성 (also Venus / a company name unmarked); training centre public.",
        "text": """[{{u:남북하나재단}} 위탁] 용접 기능사 과정 4기 — 조별 동료평가 결과 (강사 입력본)
조: 3조 ({{r:최금성}}, {{r:량혜옥}}, {{p:심재훈}}, {{p:봉수연}})
입력: 강사 {{p:탁민우}}

■ 평가자: {{r:최금성}}
  - {{r:량혜옥}}: 5 / "{{r:혜옥}} 씨는 꼼꼼함. 북에서 공장 다녀서 손이 빠름."
  - {{p:심재훈}}: 4 / "{{p:재훈}}이 형 출석 좀."
  - {{p:봉수연}}: 5 / "{{p:수연}} 씨 설명 잘해줌."
■ 평가자: {{r:량혜옥}}
  - {{r:최금성}}: 5 / "{{r:금성}} 오빠는 {{u:러시아}}에서 용접 해봐서 잘함. 근데 말이 너무 없음."
  - {{p:심재훈}}: 3 / "지각 많음."
  - {{p:봉수연}}: 5 / "{{p:수연}}이 최고 👍"
■ 평가자: {{p:심재훈}}
  - {{r:최금성}}: 5 / "{{u:금성전자}} 아님 ㅋㅋ 진짜 {{r:금성}} 형. 시범 잘 보여줌."
  - {{r:량혜옥}}: 4 / "{{r:량}} 누나 깐깐함."
  - {{p:봉수연}}: 4
■ 평가자: {{p:봉수연}}
  - {{r:최금성}}: 5 / "{{u:러시아}} 현장에서 다쳤던 손인데도 잘하심. {{r:최}} 선생님 존경."
  - {{r:량혜옥}}: 5 / "{{r:혜옥}} 언니 덕분에 통과."
  - {{p:심재훈}}: 4 / "{{p:재훈}} 씨 늦어도 분위기 메이커."

[강사 메모] {{r:금성}} 씨가 {{u:러시아}} 현장 얘기를 하다가 힘들어함. 담당 상담사 {{p:우정아}} 선생님께 공유. 평가표 원본은 파기.
""",
    },
    {
        "id": "h51-ko-14",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("An Myong-suk", "안명숙", "witness", ["명숙"]),
            ("Ri Kang", "리강", "supervisor", ["강물"]),
        ],
        "note": "Korean question-and-answer interview transcript with speaker labels (문/답 and names), seafood plant in Hunchun; witness surname 안 beside the negative 안 (not), supervisor 리강 whose given name 강 is also 'river'; Chinese workers by 小 forms, a Korean-Chinese interpreter; long with mentions throughout.",
        "text": """녹취록 (문답식) — 면담 2회차
진술인: {{r:안명숙}} / 질문: {{p:조서윤}} / 배석: {{p:권태오}}
일시: 2024.6.3. 14:00~16:20

{{p:조서윤}}: 지난번에 {{u:훈춘}} 수산 공장에 들어간 게 2017년 봄이라고 하셨죠.
{{r:안명숙}}: 네. 3월에. 우리 일행이 마흔 명이었어요.
{{p:조서윤}}: 그때 책임자가 누구였어요?
{{r:안명숙}}: {{r:리강}}이라고, 책임자요. 우리는 "{{r:리}} 책임자 동지"라고 불렀어요. 이름이 외자라 강, 강물의 강. 그래서 뒤에서는 "{{r:강물}}"이라고도 했어요, 농담으로.
{{p:조서윤}}: 별명이 재밌네요. ({{r:안명숙}}: 웃음) 그분이 월급을 관리했나요?
{{r:안명숙}}: 네, 다 {{r:리강}}이 관리했어요. 우리 손에는 한 푼도 안 들어왔어요. 안 준 게 아니라 "저금해 준다"고 했죠.
{{p:조서윤}}: {{u:중국}} 사람 관리자도 있었어요?
{{r:안명숙}}: 있었어요. {{p:小赵}}라고 젊은 남자, 그리고 {{p:孙主任}}. {{p:孙}} 주임은 나이가 많았어요. {{p:小赵}}는 우리한테 잘해 줬어요. 과자도 주고.
{{p:권태오}}: 통역은 누가 했어요?
{{r:안명숙}}: 조선족 아줌마, {{p:金英子}}. 우리는 "{{p:영자}} 아주머니"라고 했어요. {{p:영자}} 아주머니가 없으면 {{r:리}} 책임자도 {{u:중국}} 사람하고 말을 못 했어요.
{{p:조서윤}}: 같이 일한 사람 중에 기억나는 분은요?
{{r:안명숙}}: {{p:오순희}}, {{p:백경애}}, 그리고 제일 어린 {{p:설화}}. {{p:설화}}는 열아홉 살이었어요. 손가락을 기계에 다쳤는데 {{r:리강}}이 병원에 안 보냈어요. {{p:영자}} 아주머니가 몰래 약을 사다 줬고요.
{{p:조서윤}}: {{p:설화}} 씨 성은 기억하세요?
{{r:안명숙}}: {{p:방}}이요. {{p:방설화}}.
{{p:조서윤}}: 잠깐 쉴까요?
{{r:안명숙}}: 아니요, 안 쉬어도 돼요.
{{p:권태오}}: ({{p:조서윤}}에게) 10분만 쉬죠. {{r:명숙}} 씨 물 좀 드세요.
— 휴식 —
{{p:조서윤}}: {{r:안}} 선생님, 아까 {{p:오순희}} 씨 얘기하다 마셨는데.
{{r:안명숙}}: {{p:순희}} 언니는 2018년에 {{p:孙}} 주임한테 대들었다가 바로 귀국했어요. 그 뒤로는 몰라요.
""",
    },
    {
        "id": "h51-ko-15",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Hyon Chang-dok", "현창덕", "witness", ["창덕"]),
        ],
        "note": "Mine lamp-room check-in/check-out tally kept by a North Korean crew at a Russian coal mine, reconstructed from a notebook; lamp numbers beside surnames, Russian lamp-room attendant in Cyrillic and Hangul with case endings, a shift foreman; 현 (also 'current') and 하 surnames; numbers that look like names are not; mixed line endings.",
        "text": """램프실 출입 대장 (재구성) — 증인 {{r:현창덕}} 수첩 기반
탄광: {{u:러시아}} {{u:케메로보주}} 소재 (이름 비공개) / 기간: 2015년 11월 셋째 주

날짜 | 교대 | 램프번호 | 이름 | 입갱 | 출갱 | 비고
11.16 | 1교대 | 017 | {{r:현}} | 06:10 | 15:40 |
11.16 | 1교대 | 018 | {{p:하}} | 06:10 | 15:40 |
11.16 | 1교대 | 019 | {{p:표}} | 06:12 | 18:05 | 연장 (조장 지시)
11.16 | 1교대 | 020 | {{p:석}} | 06:12 | 18:05 | 연장
11.17 | 1교대 | 017 | {{r:현창덕}} | 06:05 | 15:30 |
11.17 | 1교대 | 018 | {{p:하영진}} | 06:05 | — | 미출갱 → 19:20 구조
11.17 | 1교대 | 019 | {{p:표}} | 06:08 | 15:30 |
11.18 | 휴무 | — | — | — | — | {{p:하영진}} 병원
11.19 | 1교대 | 017 | {{r:창덕}} | 06:10 | 16:00 | 램프실 {{p:Галина}} 확인

[증인 설명, 기록 {{p:피소영}}]
- 램프실 담당은 {{u:러시아}} 여자 {{p:갈리나}}({{p:Галина Петровна}}). 우리 조는 "{{p:갈리나}} 아주머니"라고 불렀다. 출갱 시간이 늦으면 {{p:Галину Петровну}}가 직접 갱 입구까지 나와 봤다.
- 11월 17일 {{p:하영진}}이 갱 안에서 가스에 쓰러져 네 시간 뒤에야 나왔다. 조장 {{p:표성호}}가 "계획 끝내고 나가라"고 해서 신고가 늦어졌다.
- {{u:러시아}} 측 교대 감독 {{p:Николай}}가 {{p:표성호}}와 크게 싸웠다. {{p:Николая}}는 그 후 다른 갱으로 옮겨졌다.
- 020번 "{{p:석}}"은 {{p:석진호}}. 017번은 본인({{r:현}}). 현재 {{p:하영진}}의 소재는 모름.
- 수첩 원본 표지에 "{{r:창덕}}이 꺼" 라고 적혀 있음 (본인 글씨 아님, 동료 {{p:석진호}}가 씀).
""",
    },
    {
        "id": "h51-ko-16",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kong Un-byol", "공은별", "witness", ["은별", "별이"]),
            ("Sa Myong-hwa", "사명화", "supervisor", []),
        ],
        "note": "Tip-pool distribution sheet from a North Korean restaurant in Vientiane, typed from a photo, with the witness's notes; waitresses' stage names and real names, 별이 as a pet name, surname 사 (also 'four') and 공 (also 'ball'/'zero'), Lao cashier, Chinese tour guides who tipped; kip amounts.",
        "text": """봉사료(팁) 분배표 — 2019년 8월 (사진 전사)
식당: {{u:비엔티안}} 소재 {{u:조선}} 식당 / 작성: 지배인 {{r:사명화}}

이름(무대명) | 실명 | 공연 | 홀 | 배분(킵)
{{r:별이}} | {{r:공은별}} | 4 | 22 | 0
{{p:진달래}} | {{p:류정심}} | 4 | 20 | 0
{{p:해당화}} | {{p:엄선미}} | 3 | 24 | 0
{{p:봄이}} | {{p:기향순}} | 4 | 18 | 0
합계: 팁 수령 4,350,000킵 → 전액 "식당 운영비" (서명: {{r:사}})

[증인 {{r:공은별}}의 설명, 기록 {{p:용하린}}]
- 손님들이 무대 끝나면 {{r:별이}}한테, {{p:진달래}}한테 따로 돈을 줬는데 그 자리에서 {{r:사}} 지배인이 걷어 갔다. 사 월, 오 월에는 {{u:중국}} 단체 손님이 많아서 팁이 많았다.
- 공연 4회 = 한 달에 네 번 특별 공연. '공'은 제 성인데 동료들이 "공짜로 일하는 {{r:공}} 동무"라고 놀렸다.
- {{u:라오스}} 사람 캐셔 {{p:Noy}}({{p:노이}})가 팁 액수를 몰래 적어 두었다가 나중에 보여 줬다.
- 중국인 가이드 {{p:小黄}}이 자주 손님을 데려왔다. {{p:小黄}}은 {{r:별이}}에게 명함을 줬다가 {{r:사명화}}에게 혼났다.
- {{p:류정심}}({{p:정심}}이)은 2020년 코로나 때 귀국했다.
""",
    },
    {
        "id": "h51-ko-17",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Do Kyong-ae", "도경애", "relative", ["경애"]),
            ("Kim Tong-hyok", "김동혁", "other", ["동혁", "약골"]),
        ],
        "note": "Written account by a mother about her son sent to Qatar and her own later escape; family members by kinship words (unmarked) and by names, son's nickname, the son's friends who returned, a woman in the neighbourhood unit (인민반장, unmarked as a role) named separately; surname 도 (also 'province', 'also') beside the words.",
        "text": """어머니의 진술서 (자필 원고 타자본)
작성자: {{r:도경애}} / 정리: {{p:마은결}}

저는 {{u:함경남도}} {{u:단천}}에서 온 {{r:도경애}}입니다. 아들 {{r:김동혁}}이 2015년에 {{u:카타르}} 건설장으로 갔습니다. 우리 {{r:동혁}}이는 어릴 때부터 몸이 약해서 제가 "{{r:약골}}"이라고 불렀는데, 그 애가 외국에 간다고 하니 가슴이 철렁했습니다.

동네 인민반장이 {{p:봉}}씨네 아주머니였는데, 그 집 아들 {{p:봉현수}}도 같이 갔습니다. {{p:현수}}하고 {{r:동혁}}이는 소학교 동창이었지요. 둘이 떠나는 날 {{p:현수}} 엄마와 저는 역에서 같이 울었습니다.

{{r:동혁}}이가 보낸 편지는 세 통뿐이었습니다. 두 번째 편지에 "반장 {{p:길}} 동지가 잘 돌봐 준다"고 써 있었지만, 나중에 돌아온 {{p:현수}}가 몰래 알려 주었습니다. {{p:길}}이라는 반장이 애들을 때리고, 월급은 하나도 안 줬다고요. 도 당위원회에 가서 따져 볼까 했는데 남편이 말렸습니다. 저도 무서웠습니다.

2018년에 {{r:동혁}}이가 "사고로 다쳐서 조금 늦게 온다"는 말만 전해 들었습니다. 그 뒤로 소식이 끊겼습니다. {{p:현수}} 말로는 같이 있던 {{p:로승철}}이라는 사람이 {{r:동혁}}이를 병원에 데려갔다고 합니다.

저는 2020년에 나왔습니다. 이 글을 쓰는 것도, 혹시 어디선가 {{r:동혁}}이나 {{p:로승철}} 씨, 아니면 {{p:길}} 반장을 아는 사람이 읽을까 해서입니다. 우리 {{r:약골}}, 엄마 여기 있다.

[정리자 주] 진술인은 본인을 "{{r:경애}}"로만 표기해 달라고 요청함. 인민반장 "{{p:봉}}씨네 아주머니"의 이름은 {{p:봉금순}}. "도 당위원회"의 '도'는 행정구역.
""",
    },
    {
        "id": "h51-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Sin Ung-chol", "신웅철", "witness", ["Ung-chol", "웅철"]),
            ("Ma Chol-ho", "마철호", "supervisor", ["Ma"]),
        ],
        "note": "Photo metadata (EXIF/XMP) export of pictures a witness took on a Russian site, pasted with a researcher's Korean notes; camera owner, file names, XMP person tags, a Russian foreman in Cyrillic and Latin, 'Artist' and 'Copyright' fields; supervisor surname Ma beside 'MA' for master's or the Korean 마; an uploader login.",
        "text": """$ exiftool -a -G1 IMG_2041.JPG (발췌)
[IFD0]  Make                : {{u:Samsung}}
[IFD0]  Model               : SM-J530F
[IFD0]  Artist              : {{r:Sin Ung Chol}}
[IFD0]  Copyright           : (c) {{r:UNGCHOL}} 2017
[ExifIFD] DateTimeOriginal  : 2017:10:03 13:22:41
[GPS]   GPSPosition         : 43 deg 7' N, 131 deg 54' E   (= {{u:Vladivostok}}, 대략)
[XMP-mwg-rs] RegionName     : {{r:Ma Chol Ho}}, {{p:Пётр Семёнович}}, {{p:Kang}}
[XMP-dc] Subject            : site, brigade, {{r:ma}}, {{p:petya}}
[XMP-xmp] CreatorTool       : Gallery (uploaded by {{p:jiwon.lee}}_research)

$ exiftool -a -G1 IMG_2047.JPG (발췌)
[IFD0]  Artist              : {{r:Sin Ung Chol}}
[XMP-mwg-rs] RegionName     : {{p:Kang Tong-ho}}, {{p:Ri Song-jin}}
[XMP-dc] Description        : "{{p:동호}} and {{p:송진}} after pouring"

── 연구원 메모 ({{p:이지원}}) ──
- Artist 필드의 {{r:Sin Ung Chol}}은 증인 {{r:신웅철}} 본인. 휴대폰을 {{u:블라디보스토크}} 시장에서 중고로 사서 이름을 직접 입력했다고 함.
- RegionName 태그는 내가 아니라 {{r:웅철}} 씨가 2018년에 직접 단 것. "{{r:Ma Chol Ho}}"는 작업반장 {{r:마철호}}, "{{p:Пётр Семёнович}}"는 러시아인 현장 감독({{r:Ung-chol}}은 "{{p:Petya}}"라고 불렀음).
- Subject의 "{{r:ma}}"는 반장({{r:마}} 반장) 태그. 소문자라 검색에 주의.
- IMG_2047의 {{p:Kang Tong-ho}}와 {{p:Ri Song-jin}}은 같은 조 동료. {{p:강동호}}는 2019년 사망 (추락), {{p:리송진}}은 귀국.
- 공개 전에 모든 파일에서 EXIF 삭제 필수. 업로드 계정 {{p:jiwon.lee}}_research 도 기록에서 지우기.
""",
    },
    {
        "id": "h51-mixed-02",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Hong Tae-ryong", "홍태룡", "witness", ["Tae-ryong", "태룡"]),
        ],
        "note": "Translated Russian traffic-accident report (справка о ДТП) about a van carrying North Korean workers, with Korean translator's notes; drivers and traffic police inspector with patronymics and case endings, victims listed in Cyrillic transliteration of Korean names; CRLF.",
        "text": """СПРАВКА О ДОРОЖНО-ТРАНСПОРТНОМ ПРОИСШЕСТВИИ / 교통사고 확인서 (번역: {{p:정유라}})
{{u:Приморский край}}, г. {{u:Уссурийск}}, 14.02.2019, 07:35

Участник 1 (운전자 1): {{p:Гусев Андрей Викторович}}, 1971 г.р. — 승합차 운전자 (회사 소속)
Участник 2 (운전자 2): {{p:Юсупов Рустам Бахтиёрович}}, 1988 г.р. — 트럭 운전자
Пострадавшие (부상자): {{r:Хон Тхэ Рён}}, {{p:Ли Мён Гир}}, {{p:Пак Сон Чер}} — граждане {{u:КНДР}}
Инспектор ДПС: ст. лейтенант {{p:Ковалёв И.С.}}

Обстоятельства (경위): 승합차가 빙판길에서 미끄러져 트럭과 충돌. 인스펙터 {{p:Ковалёв}}는 운전자 {{p:Гусева}}의 과속을 지적함.

[번역자 주]
1. "{{r:Хон Тхэ Рён}}"은 {{r:홍태룡}}(증인). "{{p:Ли Мён Гир}}"은 {{p:리명길}}, "{{p:Пак Сон Чер}}"은 {{p:박성철}}로 확인({{r:태룡}} 씨 진술).
2. 러시아어 "{{p:Гусева}}"는 {{p:Гусев}}의 생격 — 같은 사람.
3. {{r:Tae-ryong}} 씨에 따르면 사고 후 북측 책임자 {{p:위}} 부장이 세 사람을 병원에 보내지 않고 숙소로 데려갔다. {{p:Ли Мён Гир}}({{p:명길}})은 갈비뼈가 부러졌는데도 다음 날 출근했다고 함.
4. 트럭 운전자 {{p:Юсупов}}는 {{u:우즈베키스탄}} 출신. 증인은 "{{p:루스탐}}이 제일 먼저 뛰어와서 도와줬다"고 기억.
""",
    },
    {
        "id": "h51-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kwak Song-ho", "곽성호", "witness", ["Song-ho", "성호"]),
            ("Bang Il-su", "방일수", "coworker", ["Il-su", "일수"]),
        ],
        "note": "Labour-inspectorate complaint intake form (Qatar) filled in English by an NGO volunteer with Korean notes; complainant and co-complainant, a Nepali camp boss and an Indian HR officer, the NK company representative, an Arabic employer name in script; surname Bang beside 'bang' and 방 'room'; form fields.",
        "text": """COMPLAINT INTAKE - Labour Relations Department (draft prepared by NGO volunteer, not yet filed)
Complainant: {{r:KWAK Song Ho}}   Nationality: {{u:DPRK}}   Passport: held by employer
Co-complainant: {{r:BANG Il Su}}
Employer (sponsor): Al-Waha Contracting W.L.L. — owner Mr {{p:Khalid Al-Kuwari}} ({{p:خالد الكواري}})
Company representative ({{u:DPRK}} side): Mr {{p:Ri Hyon-gu}}
HR officer: {{p:Suresh Nair}}   Camp boss: {{p:Dil Bahadur Gurung}}

Nature of complaint: non-payment of wages (14 months), confiscation of passport, excessive hours in summer.

Details (volunteer's notes in Korean):
- {{r:성호}} 씨와 {{r:일수}} 씨는 2017~2019년 {{u:Lusail}} 현장. 매달 급여명세서에는 1,200리얄로 찍혔지만 실제 돈은 {{p:리현구}} 대표가 전부 가져감.
- 여름 낮 작업 금지 시간에도 실내 작업 시킴. {{p:Gurung}} 씨(캠프 관리인)가 "bang bang, work work"라며 문을 두드렸다고 함 — 웃으면서 말했지만 무서웠다고.
- {{r:방일수}} 씨는 방 배정 때문에 {{p:리}} 대표와 다투고 맞음. {{r:Il-su}}의 왼쪽 귀 청력 손상 (진단서 없음).
- HR {{p:Suresh}} 씨는 친절했으나 "Mr. {{p:Ri}}와 직접 얘기하라"고만 했음.
- {{r:Song-ho}} asks: can the complaint be filed without his name? → ask lawyer {{p:Fatma Yılmaz}}.

Signature of complainant: {{r:곽성호}}   Date: ______
Volunteer: {{p:Dong-hyun Ra}} / {{p:라동현}}
""",
    },
    {
        "id": "h51-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Chon Ok-sun", "천옥순", "witness", ["Ok-sun", "옥순"]),
        ],
        "note": "Fit-to-fly medical certificate issued in Kuala Lumpur before a former worker's transfer, with the NGO escort's Korean notes; doctor and clinic staff, escort and a Malaysian immigration officer, the patient's brother-in-law; initials after a signature; surname Chon spelled Jeon in one document.",
        "text": """FITNESS TO FLY CERTIFICATE
Klinik Seri Kembangan — Dr {{p:Lim Wei Ling}}, MBBS (MMC Reg. 48211)

Patient name: {{r:CHON OK SUN}} (passport name) / {{r:JEON OK-SOON}} ({{u:UNHCR}} document)
Date of birth: 05/05/1988   Sex: F
Diagnosis: recovering from lower limb fracture (R tibia), cast removed 10/09; mild anaemia.
Fit to fly: YES, with wheelchair assistance at departure and arrival airports.
Escort required: YES — escort: Ms {{p:Yoo Bo-ra}} (NGO)
Certified by: Dr. {{p:Lim W.L.}}   Date: 17/09/2018   Stamp: [clinic]

인솔자 메모 ({{p:유보라}}):
- {{r:옥순}} 씨는 {{u:사라왁}} 건설 현장에서 다리를 다쳤는데 현장 책임자 {{p:장명진}}이 치료를 안 시켜서 뼈가 잘못 붙음. Dr {{p:Lim}}이 재골절 위험 있다고 했음.
- 공항 출입국 직원 Encik {{p:Faizal}}이 여권 이름({{r:CHON}})과 {{u:UNHCR}} 서류 이름({{r:JEON}})이 달라 30분 지연.
- 형부 {{p:Ahmad Rizal}}은 말레이시아인, 공항까지 배웅. {{r:옥순}} 씨 언니 {{p:천옥희}}와 결혼.
- 기내에서 {{r:Ok-sun}} 씨가 "{{p:장}} 책임자 얼굴이 자꾸 생각난다"고 함 → 도착 후 상담 연결.
""",
    },
    {
        "id": "h51-mixed-05",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Yom Chol-gyu", "염철규", "witness", ["Chol-gyu", "철규"]),
        ],
        "note": "Chinese customs seizure notice (暂扣凭单) for letters and photos a worker tried to send home, with English gloss and Korean notes; customs officers by name and badge, the sender and addressee, a courier clerk, names written in Chinese characters for Korean names; mixed line endings.",
        "text": """{{u:中华人民共和国}}{{u:丹东海关}} 暂扣凭单 / Customs Detention Receipt (gloss: {{p:Fiona Chang}})
编号 No.: DD-2018-07791
当事人 (Party): {{r:廉哲奎}} ({{r:YOM CHOL GYU}}), 朝鲜籍
收件人 (Addressee): {{p:廉顺花}} ({{p:Yom Sun-hwa}}), {{u:朝鲜}} {{u:平安北道}} {{u:新义州}}
暂扣物品 (Items detained): 信件 3封 (letters ×3), 照片 11张 (photos ×11), 现金 人民币 2,000元
经办人 (Officer): {{p:刘伟}} / 警号 (badge) 210743   复核 (Checked): {{p:孟晓燕}}
快递网点 (Courier counter): {{p:金春梅}} (前台)

Korean notes (case officer {{p:남보람}}):
- {{r:철규}} 씨는 {{u:단둥}} 전자부품 공장 파견 노동자. 여동생 {{p:염순화}}에게 편지·사진·돈을 보내려다 세관에 걸림.
- 택배 창구 직원 {{p:金春梅}}({{p:김춘매}})는 조선족으로, 그 전에도 두 번 몰래 보내 줬다고 함.
- 이 일 후 공장 관리 책임자 {{p:심명국}}이 {{r:Chol-gyu}}를 자기비판 시킴. {{p:심}} 책임자는 "{{p:刘}} 경관이 우리한테 다 알려줬다"고 했음.
- 사진 11장 중 하나가 {{r:철규}} 씨와 동료 {{p:권용남}}·{{p:은학}}이 공장 옥상에서 찍은 것. {{p:은학}}이는 2019년 귀국.
""",
    },
    {
        "id": "h51-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Chi Hyon-a", "지현아", "witness", ["Hyon-a", "현아"]),
            ("Chi Man-sik", "지만식", "relative", ["Man-sik"]),
        ],
        "note": "Translator's endnotes for the English edition of a former worker's memoir, each note glossing a Korean term or name in the chapter; author and her father, co-workers, a Chinese landlady and a missionary; 'Hyon-a' as author and also the Korean vocative 현아; surname 지 (also 'earth/paper') discussed as a word once.",
        "text": """TRANSLATOR'S NOTES — "Needle and Thread" by {{r:Chi Hyon-a}} (trans. {{p:Eleanor Park}})
Chapter 6: "The Factory by the River"

1. p. 112, "{{r:현아}}야": the author's mother calling her. The vocative -야 is kept in the Korean because {{r:Hyon-a}} hears it in her sleep throughout the chapter.
2. p. 113, 지 (Chi): the family name, which can also mean "paper" in one Chinese reading; the author plays on this when her supervisor calls her "the paper girl". I have glossed rather than translated the pun.
3. p. 115, "{{p:명란}} 언니": {{p:Myong-ran}}, the oldest woman in the dormitory, whose surname the author never learned. 언니 is "older sister" used for any older woman friend.
4. p. 117, "{{p:金老板}}": the factory owner, {{p:Jin}} in Mandarin, {{p:김}} 사장 to the Korean women. I have used "Boss {{p:Jin}}".
5. p. 118, "{{p:순덕}}이": {{p:Sun-dok}}, the author's bunkmate. The suffix -이 is affectionate.
6. p. 121, "{{p:왕}} 아주머니": Mrs {{p:Wang}} ({{p:王阿姨}}), the landlady of the flat the women were moved to in 2019.
7. p. 124, "아버지 {{r:지만식}}": the author's father, {{r:Chi Man-sik}}, a retired miner in {{u:Musan}}. The author chose to print his name; we have her written consent.
8. p. 126, "{{p:천}} 지도원": the North Korean minder, surname {{p:Chon}}; the author gives no given name.
9. p. 130, "Pastor {{p:Kim}}": a Korean-American missionary in {{u:Shenyang}}; the author asked that his surname alone be used.
10. p. 131, "{{p:순덕}}아, 미안해": the chapter's last line, left in Korean by the author's wish. {{p:Sun-dok}} stayed behind.
""",
    },
    {
        "id": "h51-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Kum-hyang", "리금향", "witness", ["Kum-hyang", "금향"]),
            ("Pong Yong-dae", "봉용대", "witness", ["Yong-dae", "용대"]),
        ],
        "note": "Raffle draw results from a shelter's year-end party, pasted from a spreadsheet with the MC's Korean script; ticket numbers with winners' first names, nicknames and initials, volunteers and staff, a donor company (invented, unmarked); winners include two registered witnesses; emoji after names.",
        "text": """2023 송년회 경품 추첨 결과 (Year-end party raffle) — MC: {{p:Jun-ho}} & {{p:Sarah}}

Ticket | Winner | Prize | Notes
017 | {{r:금향}} 🎉 | 전기밥솥 (rice cooker) | {{r:Ri Kum-hyang}} — 본인 수령
032 | {{p:Min-ji}} (volunteer) | {{u:Starbucks}} 카드 | 자원봉사자는 재추첨하기로 → 083
083 | {{r:용대}} 삼촌 | 겨울 패딩 | {{r:Pong Yong-dae}}, 사이즈 XL 교환
104 | {{p:J.S.}} | 영화표 2매 | 이름 가림 요청 ({{p:정숙}} 씨)
121 | "Grandpa {{p:Tiger}}" 🐯 | 홍삼 세트 | = {{p:호}} 할아버지 ({{p:Ho Gyong-sam}})
150 | {{p:Bo-eun}} | 헤어드라이어 |

MC script (Korean part, {{p:준호}}):
"자, 다음은 17번! ... {{r:금향}} 언니! 축하드려요! 언니 작년에도 밥솥 갖고 싶다고 하셨잖아요 ㅎㅎ"
"83번! {{r:용대}} 삼촌! 삼촌 {{u:러시아}}에서 추운 데서 고생하셨으니까 패딩 딱이네요!"
"121번은… {{p:호랑이}} 할아버지! 🐯 {{p:호}} 할아버지 어디 계세요?"

Staff note ({{p:Sarah Kwon}}): please don't post the photo with {{r:Kum-hyang}} and {{r:Yong-dae}} on {{u:Instagram}} — {{r:Yong-dae}} is still worried about Mr. {{p:Jo}} from the old company seeing it. Photos: {{p:Hye-rin}} to blur faces.
""",
    },
    {
        "id": "h51-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jong Se-yong", "정세용", "witness", ["Se-yong", "세용"]),
            ("Kim Ok-ju", "김옥주", "relative", ["Ok-ju"]),
            ("Rim Chang-gon", "림창건", "supervisor", ["Rim"]),
        ],
        "note": "Reviewers' comments on a draft testimony, exported from a word processor with comment authors and quoted text; the draft quotes a mix of Korean and English; reviewers by name and initials; witness Jong spelled Chung in one comment; wife registered; 'Rim' beside 'rim' of a helmet; fullwidth letters in one pasted name.",
        "text": """Comments exported from: Testimony_W-2024-009_draft3.docx

[Comment 1] {{p:Hana Sato}} (HS), 12/03
Quoted text: "{{r:정세용}} 씨는 2016년 {{u:블라디보스토크}}로 파견되었다."
Comment: Should we use {{r:Jong Se-yong}} or {{r:Chung Se-yong}} in the English version? His SK ID says {{r:Chung}}.

[Comment 2] {{p:Daniel Ortiz}} (DO), 12/03
Reply to HS: {{r:Se-yong}} told me he prefers "{{r:Jong}}". Keep {{r:Jong}} throughout.

[Comment 3] {{p:Baek Su-a}}, 12/04
Quoted text: "{{r:림}} 반장이 안전모 챙을 잡고 흔들었다"
Comment: "챙" = the rim of the helmet. In English: "Foreman {{r:Rim}} grabbed the rim of his helmet and shook it" — careful, "{{r:Rim}}"/"rim" side by side reads oddly. Suggest "the brim".

[Comment 4] {{p:Hana Sato}} (HS), 12/04
Quoted text: "아내 {{r:김옥주}}에게 보낸 돈"
Comment: {{r:Ok-ju}}'s name — does she consent? She is still in the {{u:DPRK}}. I'd redact to "his wife".

[Comment 5] {{p:Daniel Ortiz}} (DO), 12/05
Reply: Agree, redact {{r:김옥주}} everywhere. Also the pasted name in para 14 is in fullwidth letters ("{{r:ＲＩＭ　ＣＨＡＮＧ　ＧＯＮ}}") — copied from the Russian company roster PDF. Please normalise to {{r:Rim Chang-gon}} before the name check.

[Comment 6] {{p:Baek Su-a}}, 12/05
Quoted text: "동료 {{p:조명일}}, {{p:탁성국}}과 함께"
Comment: {{p:Cho Myong-il}} is also witness W-2023-044 — cross-reference? {{p:탁성국}}: no other record.

[Comment 7] {{p:D.O.}}, 12/06
Resolved all. Sending draft4 to {{r:세용}} 씨 via interpreter {{p:Go Eun-ji}}.
""",
    },
    {
        "id": "h51-mixed-09",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ryu Kwang-song", "류광성", "witness", ["Kwang-song", "광성", "Ryu"]),
        ],
        "note": "Telegram chat export (JSON-ish text) between an NGO fieldworker, a Russian lawyer and the witness; usernames with name parts, Russian messages with case endings, Korean messages with particles, a zero-width joiner inside a Russian name, a voice message file name; the witness's employer's minder.",
        "text": """{{u:Telegram}} Desktop export — chat "{{p:ЮК}} / {{r:Kwang-song}}"
messages.html → text

[12.09.2022 20:14] {{p:Yuna K}} (@{{p:yuna_k}}_field): {{p:Anton}}, did you get the documents for {{r:Ryu}}?
[12.09.2022 20:16] {{p:Антон Белов}} (@{{p:belov}}_law): Да, получил. Паспорт {{r:Рю}} у бригадира, его фамилия {{p:Ким}}?
[12.09.2022 20:17] {{p:Yuna K}}: Not {{p:Kim}}. {{p:Сон}}. Brigadier {{p:Son Yong-chan}}.
[12.09.2022 20:19] {{p:Антон Белов}}: Понял. Я напишу заявление от имени {{r:Рю Кван Сона}}. {{p:Сона}} (бригадира) указывать?
[12.09.2022 20:20] {{p:Yuna K}}: Yes please, name {{p:Сон Ён Чхан}}.
[12.09.2022 20:31] {{r:광성}} (@{{r:gwangsong}}77): {{p:유나}} 선생님 저 지금 숙소 나왔어요
[12.09.2022 20:31] {{p:Yuna K}}: {{r:광성}} 씨 어디세요? 안전한 곳이에요?
[12.09.2022 20:33] {{r:광성}}: 마트 앞. {{p:손}} 반장 아직 몰라요. {{p:Ва\u200dся}} 아저씨가 차 가지고 온대요
[12.09.2022 20:34] {{p:Yuna K}}: {{p:Vasya}}? the driver? @{{p:belov}}_law do you know him?
[12.09.2022 20:36] {{p:Антон Белов}}: {{p:Вася}} — {{p:Василий Рыков}}, мой клиент, надёжный.
[12.09.2022 20:40] {{r:광성}}: [voice message: audio_{{r:ryu}}_20220912_2040.ogg, 0:47]
[12.09.2022 20:41] {{p:Yuna K}}: {{p:안톤}}, he says {{p:Vasya}} is here. Thank you.
[12.09.2022 21:05] {{p:Антон Белов}}: Хорошо. Завтра в 10 у меня в офисе. {{r:Кван Сон}}, не волнуйтесь.
""",
    },
    {
        "id": "h51-mixed-10",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Hyon Un-sil", "현은실", "witness", ["Un-sil", "은실"]),
            ("Ri Tok-jin", "리덕진", "supervisor", ["Tok-jin"]),
        ],
        "note": "Caseworker's phone-call notes typed during a call, half Korean half English shorthand; witness and her former manager, a Chinese police officer, a hospital nurse, a cousin; abbreviations like 'W' for witness (not a name); surname Hyon and 현 'current' (현재); initials; CRLF.",
        "text": """Call notes — 2024-02-19 10:05-10:40 — caller: {{r:현은실}} (W) — taken by {{p:SJ}} ({{p:Seo Jae-in}})

- W calling from cousin's phone (cousin = {{p:Hyon Mi-ryong}}, {{p:미령}}). 현재 {{u:인천}} 거주.
- 어제 밤 꿈에 {{r:리덕진}} 나옴 → couldn't sleep. {{r:Ri}} was her manager at the seafood plant in {{u:Donggang}} 2016-18.
- Recalls new detail: {{r:Tok-jin}} had a Chinese police contact, "Officer {{p:Qi}}" ({{p:齐警官}}), who came every month for dinner. W thinks {{p:Qi}} tipped {{r:Ri}} off when {{p:Pyo Sun-ae}} tried to escape in 2017. {{p:순애}} was caught at the bus station.
- W asks: is {{p:Pyo Sun-ae}} alive? → no info. Told her honestly.
- Health: knee pain again. Nurse {{p:Kang}} at the clinic told her to come Thurs.
- W mentioned {{p:현}} 조장 — NOT related to her, just same surname. Full name {{p:Hyon Chol-nam}}, the shift leader.
- Next: send W the list of names for photo check; ask if she remembers {{p:Qi}}'s full name.
- {{r:Un-sil}} said thanks, 10:40 end.
{{p:SJ}}
""",
    },
    {
        "id": "h51-mixed-11",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Hyok-chol", "김혁철", "witness", ["Hyok-chol", "혁철", "KHC"]),
            ("Ha Yong-sim", "하용심", "witness", ["Yong-sim", "용심"]),
        ],
        "note": "Case meeting minutes of an NGO team, agenda items with staff initials as owners and witness codes; two registered witnesses by code, initials and names; a lawyer, a psychologist, a journalist asking for contacts; surname Ha beside 'ha ha'; action table; real agencies public.",
        "text": """CASE MEETING — minutes — 2024.10.08 (Tue) 14:00
Present: {{p:YJ}} (chair, {{p:Yoon Ji-hye}}), {{p:MP}} ({{p:Mark Pearson}}), {{p:Eun-chae}}, Dr. {{p:Ko}} (psychologist, by phone)
Apologies: {{p:Seung-woo}}
Minutes: {{p:Eun-chae}}

1. W-2024-031 ({{r:KHC}}) — {{r:김혁철}}
- {{p:MP}}: {{r:Hyok-chol}}'s statement on the {{u:Kuwait}} site is complete (3 sessions). Ready for legal review by Attorney {{p:Lim}}.
- Dr. {{p:Ko}}: he is sleeping better; OK to proceed but no more than 1h sessions.
- {{r:혁철}} 씨가 언론 인터뷰 원함 → {{p:YJ}}: 아직 이르다, 법률 검토 후.

2. W-2024-034 — {{r:하용심}} ({{r:Ha Yong-sim}})
- {{r:용심}} 씨 identified the restaurant manager from the photo array as {{p:Mun Sol-ok}} (photo #4). Also pointed at #7 ({{p:Kye}}) saying "ha ha, this one is the cook, she was kind".
- {{p:Eun-chae}}: {{r:Ha}} wants to know if {{p:Mun}} is still in {{u:Shenyang}}. → nobody knows.

3. Journalist request
- {{p:Olivia Grant}} ({{u:BBC}}) asked for contacts of {{r:혁철}} and {{r:용심}}. Decision: no contacts given; we will ask them.

Actions:
| # | Action | Owner | Due |
| 1 | Send {{r:KHC}} statement to {{p:Lim}} | {{p:MP}} | 10/15 |
| 2 | Ask {{r:Hyok-chol}} and {{r:Yong-sim}} re media | {{p:YJ}} | 10/11 |
| 3 | Photo-array report for {{r:Ha}} | {{p:Eun-chae}} | 10/18 |
""",
    },
    {
        "id": "h51-mixed-12",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Cha Song-gun", "차성군", "witness", ["Song-gun", "성군"]),
        ],
        "note": "Overtime claim sheet reconstructed for a wage claim against a Polish shipyard subcontractor, pasted from a spreadsheet with Korean column notes; brigade members by romanized passport names, Polish foremen with case endings, a timekeeper's initials, a witness who is also a brigade member; surname Cha beside 'cha' (tea) in Korean.",
        "text": """Nadgodziny / Overtime claim (reconstruction) — brygada nr 4 — 2014-05
Source: witness {{r:CHA SONG GUN}} (notebook) + Polish timesheets (copies via mec. {{p:Joanna Wilk}})

Name (passport) | 한글 | Reg. h | OT h (claimed) | OT h (paid) | Foreman
{{r:CHA SONG GUN}} | {{r:차성군}} | 176 | 112 | 0 | {{p:Nowak}}
{{p:PAK MYONG SU}} | {{p:박명수}} | 176 | 108 | 0 | {{p:Nowak}}
{{p:KO UN CHOL}} | {{p:고은철}} | 176 | 96 | 0 | {{p:Zieliński}}
{{p:SO KWANG IL}} | {{p:소광일}} | 160 | 120 | 0 | {{p:Zieliński}}
{{p:YU SONG MIN}} | {{p:유성민}} | 176 | 104 | 0 | {{p:Nowak}}
Timekeeper initials on Polish sheets: "{{p:A.K.}}"

Korean notes ({{p:나윤희}}, paralegal):
- {{r:성군}} 씨 수첩에는 매일 "차 마시는 시간 없음"이라고 적혀 있음 (차 = tea, 본인 성과 무관).
- {{u:폴란드}} 반장 {{p:Nowak}}은 {{r:Song-gun}} 씨가 "{{p:노박}} 반장"이라 부름. 서류에는 "{{p:Piotr Nowak}}"; 변호사 서신에서는 "{{p:Piotra Nowaka}}"(대격).
- {{p:Zieliński}} 반장은 {{u:폴란드}} 서류에 "{{p:Zielińskiego}}"로도 나옴.
- {{p:소광일}}은 "{{p:So}}" 라고만 불렸고, 영어 "so"와 헷갈리지 않도록 표기 주의.
- 브리가디르(북측) {{p:계명호}}가 수당 전액 수령 — timesheet에 서명 "{{p:Kye}}".
""",
    },
    {
        "id": "h51-mixed-13",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Paek Hye-ryon", "백혜련", "witness", ["Hye-ryon", "혜련"]),
        ],
        "note": "Social media thread (X/Twitter-style) pasted with replies: an activist's post about a former restaurant worker's book talk, replies with handles that spell names, hashtags containing names, emoji right after names, a reply in Korean with particles; a public author and a real venue; the witness's manager in a quoted screenshot.",
        "text": """[screenshot text, pasted by {{p:Jae}} for the social-media log]

@{{p:minseo_park}}_hr · 2h
So moved by {{r:Hye-ryon}}'s talk tonight at {{u:Kyobo Bookstore}} 📚 She worked 3 yrs in a restaurant in {{u:Ningbo}} and never saw a single paycheck. #{{r:백혜련}}_북토크 #NorthKoreanWorkers
  💬 12  🔁 40  ❤️ 211

  ↳ @{{p:daniel_yoo}}88 · 1h
  Was this the same restaurant where {{p:Kang Mi-jong}} was manager? The one in that 2019 article?

  ↳ @{{p:minseo_park}}_hr · 1h
  @{{p:daniel_yoo}}88 please don't post names of other people here 🙏 {{r:Hye-ryon}} asked us not to.

  ↳ @{{p:sunhee}}_kimchi · 58m
  {{r:혜련}}님 진짜 용감해요 💪 {{r:혜련}}이 언니 화이팅!!

  ↳ @{{p:jhkim}}_writes · 40m
  Met her after the talk, she signed my copy "{{p:지현}}에게 — {{r:혜련}}" 🥹

  ↳ @{{p:Tomo_Fujii}} · 12m
  Great event! Thanks @{{p:minseo_park}}_hr and moderator {{p:Lee Seo-hyun}}.

[NGO log note, {{p:Jae}}: asked @{{p:daniel_yoo}}88 to delete reply — deleted 21:40. "{{p:Kang Mi-jong}}" name now on screenshot only; restrict this file. {{r:Paek Hye-ryon}} informed by {{p:Ju-eun}}.]
""",
    },
    {
        "id": "h51-mixed-14",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Won Chol-ung", "원철웅", "witness", ["Chol-ung", "철웅"]),
            ("Ju Myong-dok", "주명덕", "supervisor", ["Myong-dok"]),
        ],
        "note": "Shore-leave pass register from a port in Uruguay for a fishing vessel with Korean and Indonesian crew, photographed by a port chaplain, with Korean annotations; passes issued by name and rank, the political officer holding passes, agents and immigration officers with Spanish names; surname Won beside 'won' and the currency 원; CRLF.",
        "text": """REGISTRO DE PASES DE FRANQUEO / SHORE LEAVE PASS REGISTER — {{u:Puerto de Montevideo}}
Vessel: F/V (name withheld)   Agent: {{p:Martín Olivera}}   Date: 04/03/2016

Pass | Name | Rank | Out | In | Issued by
001 | {{p:SUGIANTO}} | AB | 10:00 | 18:00 | Insp. {{p:Laura Pereyra}}
002 | {{p:BUDI HARTONO}} | AB | 10:00 | 17:45 | {{p:L. Pereyra}}
003 | {{r:WON CHOL UNG}} | OS | — | — | withheld by ship ({{r:JU MYONG DOK}})
004 | {{p:KIM SONG JIN}} | OS | — | — | withheld by ship
005 | {{r:JU MYONG DOK}} | "2/O" | 11:00 | 14:00 | Insp. {{p:Pereyra}}
006 | {{p:RIZKY}} | cook | 10:00 | 18:30 | {{p:G. Suárez}}

Notes in Korean (port chaplain Fr. {{p:Pablo Lee}} / {{p:이바울}} 신부):
- {{r:원철웅}}, {{p:김성진}} 두 사람의 패스는 {{r:주명덕}}이 "정치지도원" 권한으로 보관. {{r:철웅}} 씨는 "돈 한 푼(원) 없이 내려가 봐야 소용없다"고 했지만 사실은 못 나가게 한 것.
- {{r:주}} 지도원은 "2/O"(2등 항해사)로 등록되어 있었으나 항해 업무는 안 했다고 {{u:인도네시아}} 선원 {{p:Sugianto}}가 말함.
- {{r:Chol-ung}} won't talk on the ship. {{p:Sugianto}} passed me his note: "신부님 도와주세요 — {{r:철웅}}".
- 이민국 {{p:Pereyra}} 조사관에게 상황 설명 → 다음 입항 때 면담 시도. Agent {{p:Olivera}} says the ship sails 03/07.
""",
    },
    {
        "id": "h51-mixed-15",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Sol Kyong-ok", "설경옥", "witness", ["Kyong-ok", "경옥"]),
        ],
        "note": "Clinic consultation notes (SOAP) from a volunteer doctor at a resettlement support centre, Korean and English mixed as doctors type; patient's history names the Chinese factory doctor, the minder and a co-worker; 설 surname beside 설 (Lunar New Year); doctor's initials; a referral to a named specialist.",
        "text": """[Outpatient note] 2024-01-30 / Dr. {{p:Han Ji-soo}} (volunteer GP)
Pt: {{r:설경옥}} (F/42) — ID on file

S) 양손 저림, 어깨 통증 x 6 mo. 설 연휴 지나고 악화. Worked 2014-2019 in a garment factory in {{u:Hunchun}}, 14 h/day sewing. Says the factory doctor ("Dr. {{p:Pu}}", {{p:朴医生}}) only gave painkillers. Minder {{p:Kim Chol-yong}} did not allow hospital visits. Co-worker {{p:Ri Ok-gyong}} had same symptoms ("{{p:옥경}}이도 손이 다 굳었어요").
O) Phalen (+) bilat, Tinel (+) R. Grip ↓ R>L. Shoulder ROM limited.
A) Bilat CTS, R>L. R rotator cuff tendinopathy. r/o cervical radiculopathy.
P) Wrist splints. NCS referral → Dr. {{p:Yeo Min-gyu}} (neurology, partner hospital). PT 2x/wk. F/U 4 wk.
   Pt asks whether it can be documented for her testimony → yes, medical summary to caseworker {{p:Oh Ha-young}} with pt consent (signed).

Addendum (02-02): {{r:Kyong-ok}} called — {{p:Ri Ok-gyong}} is also in {{u:Korea}}, wants to see the same doctor. Pls schedule. {{p:HJS}}
""",
    },
    {
        "id": "h51-mixed-16",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ra Kwang-su", "라광수", "witness", ["Kwang-su", "광수"]),
            ("Ri Myong-hwan", "리명환", "official", []),
        ],
        "note": "Translated North Korean letter of introduction (소개신) a worker carried to Russia, Korean original with English translation and a researcher's commentary; the issuing official registered (official role), the bearer, a receiving enterprise representative, the translator; 라 surname beside the syllable in '러시아' and '라' as a music note; stamps and seals.",
        "text": """[Original, transcribed]
소개신
{{u:조선민주주의인민공화국}} ○○건설련합회사
수신: {{u:로씨야}} 련방 {{u:하바롭스크}} 주재 대표부 {{p:채영길}} 동지 앞
이 동무 {{r:라광수}}(1982년생, 미장공)를 우리 회사 해외 건설 작업반 성원으로 소개합니다.
주체103(2014)년 4월 2일
회사 간부부장 {{r:리명환}} (인)

[English translation by {{p:Mira Sandoval}}]
Letter of Introduction
{{u:Democratic People's Republic of Korea}}, ○○ Construction Joint Company
To: Comrade {{p:Chae Yong-gil}}, Representative Office in {{u:Khabarovsk}}, {{u:Russian Federation}}
This is to introduce Comrade {{r:Ra Kwang-su}} (born 1982, plasterer) as a member of our company's overseas construction brigade.
2 April 2014 (Juche 103)
{{r:Ri Myong-hwan}}, Head of Cadre Department (seal)

[Commentary, {{p:Ahn Jun-seo}}]
{{r:Kwang-su}} kept this letter folded inside his shoe for five years. The official {{r:Ri Myong-hwan}} signed similar letters for at least three other workers we know, including {{p:Tae Son-il}} and {{p:Yang Hak-rim}}. The addressee, {{p:Chae Yong-gil}}, is remembered by {{r:광수}} 씨 as "{{p:채}} 대표" who took everyone's passports at {{u:Khabarovsk}} airport. Note the old spelling {{u:로씨야}} for {{u:Russia}}. {{r:Ra}} says the letter was the only document he was ever allowed to keep; he sang "도레미파솔라시도" to stay awake on night shifts, and the other men joked that the 라 was for {{r:라광수}}.
""",
    },
]
