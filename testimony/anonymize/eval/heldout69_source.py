# ruff: noqa: E501
"""Held-out evaluation passages, set 69. Built by build_heldout.py heldout69.

Fifty documents of the kind an NGO working on North Koreans sent abroad as forced
labourers could plausibly receive or write, written blind (the finder's code was not
read and the finder was not run). All genres are ones the earlier sets' opening lines
do not list (OECD National Contact Point specific-instance submissions, union shop
stewards' notebooks, garbage record book extracts, forensic speaker-comparison reports,
GEDCOM family-tracing files, SQL dumps of a case database, LaTeX report sources,
documentary audio-description scripts, Maltese work-permit refusal appeals, OFAC
licence applications, deportation charter manifests, Gulf visa-block allocation sheets,
insolvency proofs of debt, journalists' source-protection logs, missing-person notice
requests, memoranda of understanding with focal-point annexes, port welfare committee
minutes, pension-fund complaints, school transfer enrolment forms, exit-entry record
certificates, bakery lettering order books, goshiwon room registers, constitutional
complaints, TV casting lists, call-recording file lists, Korean criminal trial
protocols, dashcam footage analysis memos, sentence-completion test sheets, garnishment
applications, book publishing contracts, YouTube collaboration revenue sheets,
university personal statements, adult-literacy class diaries, phone speed-dial lists,
Russian blood-test reports, Chinese dormitory check-out handover sheets, Polish
immigration-office appointment SMS threads, Russian reconciliation statements, Chinese
broken-needle logs, Russian KS-2 acceptance acts, Polish residence-permit decisions,
Metrash2 screen OCR, video edit decision lists, XLIFF files, Graphviz network files,
emergency contact cards, weighbridge ticket registers, Gosuslugi status printouts,
group-photo identification keys and word-level speech-recognition JSON), in English,
Korean and mixed Korean/English with Russian, Chinese, Arabic, Mongolian, Polish and
Maltese settings. Some passages use CRLF line breaks (three mix CRLF and LF),
zero-width characters, fullwidth letters, names split across line breaks, double
spaces and emoji. All persons are fictional; real public figures are mentioned only
neutrally.

Labelling convention (as in the preceding sets):
- {{r:...}} a mention of a registered private person (listed in the passage's
  "persons" as (romanized name, Hangul name, role, aliases)); {{p:...}} a mention of
  an unregistered private person; {{u:...}} a public name: a real public figure, a
  real place, a real organisation, company, ship, app or platform, a real law or
  treaty.
- Every fictional person is private, whatever their office. Invented businesses,
  sites, vessels and channels are left unmarked.
- A mention is labelled as the text writes it: the name only, without particles,
  the affectionate or vocative suffix (철민이가, 철민아 -> 철민), titles and
  honorifics (리 반장님 -> 리, Mr Ho -> Ho), possessive 's, plural -s and emoji;
  Chinese forms of address are labelled whole (老周, 小王, 王总); Russian and Polish
  names keep their case endings.
- Initials, nicknames, code names and pen names that stand for a person are
  mentions; generic kinship or role words (엄마, 형, 반장, the cook) are not, nor is
  a surname discussed as a word or an ordinary word that looks like a name.
- In logins, e-mail addresses, handles, channel names and file names only the part
  that spells the name is labelled. In GEDCOM NAME lines the given name and the
  surname between slashes are separate mentions.
- Zero-width characters, fullwidth letters, a LaTeX tie and a line break inside a
  name stay inside the mention.
- Country names are public whenever they stand as nouns, also attributively (북한
  사람, 러시아 회사); nationality adjectives and derived words (Korean, 한국어,
  중국산) are not marked.
"""

PASSAGES: list[dict] = [
    {
        "id": "h69-en-01",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Kum-hyang", "리금향", "witness", ["Kum-hyang Ri", "Lee Geum-hyang"]),
            ("Pak Song-mi", "박성미", "witness", ["Song-mi Pak"]),
            ("Jon Myong-hui", "전명희", "supervisor", []),
        ],
        "note": "OECD National Contact Point specific-instance submission against a seafood importer buying from a Chinese plant; witnesses in capitals, surname-last and Hangul; a third worker by initials only; Chinese manager in Latin and Hanzi; importer's buyer and counsel private; the word song beside the given name Song-mi; counsel's e-mail local part.",
        "text": """SPECIFIC INSTANCE SUBMISSION UNDER THE OECD GUIDELINES
To: {{u:German National Contact Point}} for the {{u:OECD Guidelines for Multinational Enterprises}}, {{u:Federal Ministry for Economic Affairs and Climate Action}}, {{u:Berlin}}
Submitted by: Haven Labour Watch e.V. (the "Complainant"), represented by {{p:Tobias Brenner}}, Rechtsanwalt
Enterprise concerned: Nordhafen Seafood Trading GmbH, {{u:Bremerhaven}} (the "Importer")
Date: 14 June 2024

1. SUMMARY

1.1 This submission concerns the Importer's purchases of frozen pollock and squid fillets from Donghai Ocean Foods Co., Ltd., a processing plant in {{u:Donggang}}, {{u:Liaoning}}. Between 2019 and 2023 the plant employed women sent by the {{u:Democratic People's Republic of Korea}}, supervised by state minders, in conditions which the Complainant considers forced labour within the meaning of the {{u:Forced Labour Convention, 1930}}.

1.2 The Complainant relies on three former workers. Two consented to be named: Ms {{r:RI Kum-hyang}} ({{r:리금향}}) and Ms {{r:PAK Song-mi}} ({{r:박성미}}). The third asked to be identified only as {{p:K.Y.O.}} Their accounts were recorded in {{u:Seoul}} by the Complainant's caseworker {{p:Hannah Fielding}} with the interpreter {{p:Yun Ha-jin}}.

2. FACTS

2.1 Ms {{r:Ri}} crossed from {{u:Sinuiju}} to {{u:Dandong}} by bus in March 2019 with 38 other women. Their passports were collected at the border by the team leader, {{r:Jon Myong-hui}}, and were not returned until the day the women left. Ms {{r:Pak}} confirms this: "Comrade {{r:Jon}} kept the passports in the office safe. The Chinese manager, {{p:Wang Jianguo}} ({{p:王建国}}), had the second key."

2.2 Shifts in the thawing and filleting hall ran from 6 a.m. to 9 p.m., seven days a week in the peak season. Ms {{r:Kum-hyang Ri}} worked on the pollock line between {{p:Kang Ok-ryon}} and {{p:Choe Un-sim}}; both were sent home in 2021 after collapsing at the bench. According to Ms {{r:Ri}}, Mr {{p:Wang}} told the women that anyone who collapsed twice "goes back across the river".

2.3 Wages were paid by the plant into an account controlled by the {{u:DPRK}} side. Ms {{r:Song-mi Pak}} received 200 yuan a month in cash from {{r:Jon}}; the remainder was described to the women as "the plan". She names the company representative who came twice a year from {{u:Shenyang}} as {{p:Ri Chol-ho}}, "a tall man who smoked in the cold store".

2.4 Every Saturday evening {{r:Jon Myong-hui}} held a life-review session. Each woman had to criticise herself and one other woman, and the session ended with a song. {{p:K.Y.O.}} recalls that when {{p:Choe}} wept during a session in 2020, {{r:Jon}} made her stand facing the wall until the song was over.

3. THE IMPORTER'S SUPPLY CHAIN

3.1 Bills of lading obtained by the Complainant show 41 reefer containers shipped from {{u:Dalian}} to {{u:Bremerhaven}} between 2020 and 2023, consigned to the Importer. The Importer's purchasing manager, {{p:Sabine Krüger}}, visited the plant in October 2019. Ms {{r:Ri}} remembers "a German lady with short grey hair" walking through the hall beside {{p:Wang Jianguo}} while the Korean women were told to keep their eyes on the fish.

3.2 These facts are consistent with the reporting published in 2023 by {{u:The Outlaw Ocean Project}} on North Korean workers in seafood plants in {{u:Liaoning}}.

4. REQUEST

The Complainant asks the NCP to offer its good offices, and in particular to facilitate a dialogue in which the Importer commits to remediation for the women, including Ms {{r:Pak}} and Ms {{r:Ri}}.

Contact for this submission: {{p:Tobias Brenner}}, {{p:t.brenner}}@havenlabourwatch.example, +49 421 555 0193""",
    },
    {
        "id": "h69-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Tae-hyok", "김태혁", "witness", ["Tae-hyok"]),
            ("Ri Song-gun", "리성근", "supervisor", []),
            ("Pak Il-nam", "박일남", "coworker", []),
        ],
        "note": "Union shop steward's notebook from a Polish shipyard, translated from Polish; welders' names copied from a board in capitals; Korean surnames So and Han beside the English word so; Polish nickname and diminutive; doctor with lower-case dr title; Hangul signature on a glued note; Polish labour inspectorate and union public.",
        "text": """SHOP STEWARD'S NOTEBOOK - hull assembly hall B
Translated from Polish by {{p:Agnieszka Lis}} (volunteer), abbreviations kept as in the original
Steward: {{p:Marek Zieliński}}, {{u:NSZZ Solidarność}} works committee, {{u:Gdynia}}

12.03.2016
Morning briefing. 9 Koreans on our section from today, welders, via a subcontractor (Baltic Steel Partners - NOT on our list of firms!!). Foreman {{p:Kowal}} says they are "sorted out, not our business". Names from the board: {{r:KIM TAE HYOK}}, {{r:PAK IL NAM}}, {{p:HAN SONG CHOL}}, {{p:SO KWANG IL}}, {{p:RI MYONG SU}} + 4 I could not read. They have one man who speaks some Russian, {{r:Ri Song-gun}}, who does not weld. He is their boss, so I think.

14.03.2016
Asked {{r:Kim}} (the tall one, 3G/4G, a good welder) about gloves. He looked at {{r:Ri}} before he answered. {{r:Ri}} answered for him: "Everything is fine." So. Everything is fine.

18.03.2016
{{p:Grzesiek}} ({{p:Wójcik}}) shared his coffee with {{r:Pak}} at break. {{r:Ri Song-gun}} came and took {{r:Pak}} away by the sleeve. Later {{p:Grzesiek}} got a word from {{p:Kowal}}: no "fraternising".

02.04.2016
Saturday and Sunday shifts for the Koreans, 12 h each. Our people: 8 h + overtime by choice. Asked HR ({{p:Ewa Nowacka}}) for their time sheets. Pani {{p:Ewa}} says the subcontractor keeps them. Wrote to the labour inspectorate ({{u:PIP}}, {{u:Gdańsk}} office).

19.04.2016
{{r:Kim Tae-hyok}} burned his forearm (spatter under the sleeve). No entry in the first-aid book. I wrote it here instead: 19.04, 14:20, {{r:KIM T.H.}}, left forearm, 2nd degree?? {{p:So}} and {{p:Han}} took him to the washroom, {{r:Ri}} said no doctor. I said I would call the doctor myself. Then the doctor came (dr {{p:Bożena Kaczmarek}}, from the yard clinic).

03.05.2016
{{r:Tae-hyok}} back on the line, bandage. He showed me with his fingers: 100 for him, out of 1000? Not sure I understood. {{p:Myong-su}} said in Russian "деньги домой не идут" (the money does not go home).

20.05.2016
Works committee. Chair {{p:Stanisław Pietrzak}}. Decided to ask management officially. {{p:Pietrzak}} worried about "politics". I said it is not politics, it is a burn on a man's arm.

07.06.2016
The 9 Koreans gone overnight. Replaced by 6 others, new names. {{r:Pak Il-nam}} left his gloves in my locker with a note: 고맙습니다 {{r:박일남}}. Glued on this page.""",
    },
    {
        "id": "h69-en-03",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ryu Song-chol", "류성철", "witness", ["Song-chol", "Ryu S.C."]),
            ("Kim Myong-guk", "김명국", "supervisor", ["Kim M.G."]),
        ],
        "note": "Garbage Record Book (MARPOL Annex V) extract from a squid jigger with signatures in capitals, initials and Hangul, followed by a volunteer's annotations from an interview; Chinese master and second officer; North Korean cook with the one-letter surname O; port-state control officer with an initial; CRLF.",
        "text": """GARBAGE RECORD BOOK - PART I - extract, pp. 14-15
Photocopy supplied by a port state control officer. Annotations in square brackets by the NGO's maritime volunteer, {{p:Colin Strachan}}.
Vessel: Hai Feng 818 (squid jigger), flag {{u:Comoros}}
Regulation: {{u:MARPOL}} Annex V

Date       | Time | Position            | Cat. | m3  | Method                       | Officer in charge
03/02/2019 | 0830 | 44°12'S 060°40'W    | A    | 0.4 | incinerated                  | {{r:KIM MYONG GUK}} C/O
03/02/2019 | 1615 | 44°20'S 060°52'W    | D    | 0.2 | discharged >12 nm            | {{p:LI JIANPING}} 2/O
05/02/2019 | 0710 | 44°31'S 061°05'W    | F    | 0.3 | retained on board            | {{r:Kim M.G.}}
07/02/2019 | 2340 | 44°47'S 061°19'W    | I    | 1.2 | accidental loss, see remarks | {{r:RYU SONG CHOL}} (bosun)
08/02/2019 | 0900 | 44°50'S 061°22'W    | D    | 0.2 | discharged >12 nm            | {{p:Li J.P.}}
Remarks 07/02: part of the jigging line and 40 lures lost while clearing a foul. Crew member {{p:JANG CHOL}} injured right hand. Master informed.
Master's signature, p. 14: {{p:ZHOU HAI}}   Master's signature, p. 15: {{p:Zhou Hai}}

[Annotations]
[1] The entry of 07/02 is signed "{{r:류성철}}" in Hangul, with "{{r:RYU SONG CHOL}}" printed beside it by another hand. A bosun is not an officer and should not sign. When I met {{r:Song-chol}} in {{u:Busan}} in 2021 he said the chief officer, {{r:Kim}}, ordered him to sign because the Chinese second officer, {{p:Li}}, refused to sign for a loss he had not seen.
[2] {{r:Ryu}} says the lost gear was not lost: {{r:Kim Myong-guk}} had the broken line thrown over the side to avoid a deduction from the officers' bonus. {{p:Jang}} cut his hand on it. The cook, {{p:O}}, stitched the wound with a sewing needle because the master, {{p:Zhou}}, would not divert to {{u:Puerto Madryn}}.
[3] Port state control inspection at {{u:Montevideo}}, 22/03/2019, signed by inspector {{p:R. Ferreira}}. No deficiency recorded for Annex V. {{r:Ryu S.C.}} says the crew were kept below during the inspection and only {{r:Kim M.G.}} and {{p:Zhou}} met the inspector.
[4] Other North Korean crew named by {{r:Ryu}}: {{p:Jang Chol}} (deckhand), {{p:O Kwang-su}} (cook), {{p:Hyon Il}} (motorman).""",
    },
    {
        "id": "h69-en-04",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yu Chol-jun", "유철준", "witness", ["Chol-jun", "Yoo Cheol-jun"]),
            ("Han Kwang-myong", "한광명", "supervisor", ["Kwang-myong"]),
        ],
        "note": "Forensic speaker-comparison expert report on voice notes from a minder; surname Yu beside the pronoun you, surname Han; Korean quotations with vocative and subject particles outside the name; exhibit codes with initials; expert, solicitor and reference speakers private; WhatsApp public.",
        "text": """FORENSIC SPEAKER COMPARISON REPORT
Prepared for: {{p:Priya Raman}}, solicitor, acting for Mr {{r:YU Chol-jun}}
Prepared by: Dr {{p:Helen Marsh}}, forensic phonetician
Report date: 9 September 2023

1. Instructions
1.1 I am asked whether the speaker in three questioned recordings (Q1-Q3) is the same person as the speaker in a known reference recording (K1). The questioned recordings are voice notes received on {{u:WhatsApp}} by my instructing solicitor's client, Mr {{r:Yu}}, between 2 and 11 February 2023. Mr {{r:Yu}} identifies the speaker as {{r:Han Kwang-myong}}, the former political supervisor of his construction brigade in {{u:Vladivostok}}. K1 is a public video in which a man introduced as "Mr {{r:Han}}" speaks at a restaurant opening in {{u:Ussuriysk}}.

2. Materials
Q1  voice note, 0:47, file PTT-20230202-WA0004.opus
Q2  voice note, 1:12, file PTT-20230207-WA0011.opus
Q3  voice note, 0:29, file PTT-20230211-WA0002.opus
K1  extract 3:05-6:40 of the video, audio only
R1-R4  reference speakers of similar age and dialect, recorded for this report: {{p:R. Chae}}, {{p:M. Kye}}, {{p:S. Ro}}, {{p:J. Sin}}

3. Content of the questioned recordings (as transcribed by the interpreter {{p:Kim Da-eun}}; Korean in brackets)
Q1: "Hey {{r:Chol-jun}}, you think you are safe down there? (야 {{r:철준}}아, 거기선 안전한 줄 아니?) Your mother is still in {{u:Chongjin}}, you know."
Q2: "{{r:Yu Chol-jun}}, listen to me. {{p:Sang-ho}} has already said everything. ({{p:상호}}가 벌써 다 말했어.) Come back before the end of the month and I will speak for you."
Q3: "This is {{r:Kwang-myong}}. ({{r:한광명}}이다.) Do not make me call again."
Note: in Q3 the speaker names himself. Self-naming is not in itself evidence of identity, since a speaker may use another person's name.

4. Analysis
4.1 Fundamental frequency: mean F0 in Q1-Q3 is 118-124 Hz; in K1 121 Hz. Of the reference speakers, {{p:Chae}} and {{p:Sin}} fall within the same range.
4.2 Formants: long-term formant distributions of Q and K overlap closely; R1-R4 less so.
4.3 Dialect and articulation: all four recordings show features typical of {{u:North Hamgyong}} speech, including the final intonation in "-ni" questions. Mr {{r:Yu}} told my instructing solicitor that {{r:Han}} grew up in {{u:Hoeryong}}; I have not relied on this.
4.4 Voice quality: a creaky offset at phrase ends is present in Q1, Q2, Q3 and K1, and absent in R1, R3 and R4. R2 ({{p:Kye}}) shows it intermittently.

5. Conclusion
On the verbal scale used in my laboratory, the findings provide moderate support for the proposition that the speaker of Q1-Q3 and the speaker of K1 are the same person, rather than different speakers of similar age and dialect. I express no view on whether the speaker of K1 is in fact {{r:Han Kwang-myong}}.

Statement of truth: I confirm that I have made clear which facts and matters referred to in this report are within my own knowledge. {{p:H. Marsh}}""",
    },
    {
        "id": "h69-en-05",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Chol-min", "김철민", "witness", ["Gim Cheol-min", "Chol-min"]),
            ("Pak Sun-ok", "박순옥", "relative", ["Park Soon-ok"]),
            ("Kim Chol-ho", "김철호", "relative", ["Chol-ho"]),
        ],
        "note": "GEDCOM 5.5.1 family-tracing file exported from genealogy software; given names and surnames between slashes as separate mentions, romanized variants under ROMN, a custom Hangul tag, submitter and informants private; birth places in North Korea and Russian and Kuwaiti work places public.",
        "text": """0 HEAD
1 SOUR FamilyTrace
2 VERS 4.2
1 GEDC
2 VERS 5.5.1
2 FORM LINEAGE-LINKED
1 CHAR UTF-8
1 SUBM @U1@
0 @U1@ SUBM
1 NAME {{p:Ruth}} /{{p:Anand}}/
1 NOTE Tracing caseworker. Tree built from interviews with {{r:Kim Chol-min}} (2022-11-04, 2023-01-19).
0 @I1@ INDI
1 NAME {{r:Chol-min}} /{{r:KIM}}/
2 GIVN {{r:Chol-min}}
2 SURN {{r:KIM}}
2 ROMN {{r:Cheol-min}} /{{r:GIM}}/
3 TYPE revised romanization
1 _HANGUL {{r:김철민}}
1 SEX M
1 BIRT
2 DATE ABT 1979
2 PLAC {{u:Hamhung}}, {{u:South Hamgyong}}, {{u:North Korea}}
1 OCCU logging, {{u:Khabarovsk Krai}} 2008-2013
1 FAMC @F1@
0 @I2@ INDI
1 NAME {{p:Tong-sik}} /{{p:KIM}}/
1 _HANGUL {{p:김동식}}
1 SEX M
1 DEAT Y
2 DATE 1997
2 NOTE Died during the famine; date from {{r:Chol-min}}'s memory only.
1 FAMS @F1@
0 @I3@ INDI
1 NAME {{r:Sun-ok}} /{{r:PAK}}/
2 ROMN {{r:Soon-ok}} /{{r:PARK}}/
1 _HANGUL {{r:박순옥}}
1 SEX F
1 BIRT
2 DATE ABT 1953
1 RESI
2 PLAC {{u:Hamhung}}
2 NOTE Last contact by smuggled phone 2019 via broker {{p:Choe}} in {{u:Yanji}}.
1 FAMS @F1@
0 @I4@ INDI
1 NAME {{r:Chol-ho}} /{{r:KIM}}/
1 _HANGUL {{r:김철호}}
1 SEX M
1 BIRT
2 DATE 1982
1 OCCU construction, {{u:Kuwait}} 2012-2017
1 NOTE Informant {{p:Choe Yong-ae}} (cousin) says {{r:Chol-ho}} returned from {{u:Kuwait}} with a back injury; worked under brigade leader {{p:Sok Myong-il}}.
1 FAMC @F1@
1 FAMS @F2@
0 @I5@ INDI
1 NAME {{p:Mi-ran}} /{{p:JONG}}/
1 _HANGUL {{p:정미란}}
1 SEX F
1 NOTE Wife of {{r:Chol-ho}}. Name uncertain: {{r:Chol-min}} also remembers her as "{{p:Mi-ra}}".
1 FAMS @F2@
0 @I6@ INDI
1 NAME {{p:Yong-ae}} /{{p:CHOE}}/
1 SEX F
1 NOTE Cousin on the mother's side; resettled in {{u:Incheon}}; contact via {{p:R. Anand}}.
0 @F1@ FAM
1 HUSB @I2@
1 WIFE @I3@
1 CHIL @I1@
1 CHIL @I4@
0 @F2@ FAM
1 HUSB @I4@
1 WIFE @I5@
0 TRLR""",
    },
    {
        "id": "h69-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ryang Myong-jun", "량명준", "witness", ["Yang Myeong-jun", "Myong-jun"]),
            ("Kim Song-hyok", "김성혁", "coworker", ["Song-hyok"]),
            ("Kye Chang-ho", "계창호", "supervisor", []),
        ],
        "note": "SQL dump of a small case database (MySQL INSERT statements) for Kuwait construction testimonies; names inside quoted string values, semicolon-separated alias lists, staff logins spelling names, a role account left unmarked, escaped quotes and Hangul in values; Kuwaiti and North Korean bodies public.",
        "text": """-- MySQL dump 10.13  Distrib 8.0.36
-- Host: localhost    Database: casefile_kw
-- ------------------------------------------------------

LOCK TABLES `users` WRITE;
INSERT INTO `users` VALUES (1,'admin','Administrator',NULL),(2,'{{p:lfoster}}','{{p:Laura Foster}}','caseworker'),(3,'{{p:jmoon}}','{{p:Jae-won Moon}}','interpreter'),(4,'intake','Intake desk',NULL);
UNLOCK TABLES;

LOCK TABLES `persons` WRITE;
INSERT INTO `persons` VALUES (101,'{{r:Ryang Myong-jun}}','{{r:량명준}}','witness','{{r:Yang Myeong-jun}};{{r:RYANG MYONG JUN}}'),(102,'{{r:Kim Song-hyok}}','{{r:김성혁}}','coworker','{{r:Song-hyok}}'),(103,'{{r:Kye Chang-ho}}','{{r:계창호}}','supervisor',''),(104,'{{p:Ho Yong-nam}}','{{p:허영남}}','coworker','');
UNLOCK TABLES;

LOCK TABLES `interviews` WRITE;
INSERT INTO `interviews` VALUES (5001,101,'2023-04-18','{{p:lfoster}}','{{r:Myong-jun}} worked in {{u:Kuwait}} 2014-2017 on a housing project near {{u:Jahra}}. Brigade of 60 under {{r:Kye Chang-ho}}, sent by a company he calls \\'Number 5\\'. Passport held by {{r:Kye}} throughout.'),(5002,101,'2023-05-02','{{p:jmoon}}','Follow-up. {{r:Ryang}} says {{r:Song-hyok}} fell from formwork in Aug 2016 and was treated at {{u:Jahra Hospital}}; {{r:Kye}} told the hospital he was \\'{{p:Ho}}\\' to use {{p:Ho Yong-nam}}\\'s insurance card.'),(5003,102,'2023-06-11','{{p:lfoster}}','Phone call with {{r:Kim Song-hyok}} (now in {{u:Seoul}}). Confirms fall. Says {{p:Ho}} was sent home in 2017 and {{r:Kye}} stayed on as liaison with the Kuwaiti sponsor, a Mr {{p:Al-Mutairi}}.');
UNLOCK TABLES;

LOCK TABLES `events` WRITE;
INSERT INTO `events` VALUES (9001,101,'2016-08-14','injury','{{r:Kim S.H.}} fall, 2nd floor formwork'),(9002,101,'2017-11-30','departure','brigade repatriated after {{u:Public Authority for Manpower}} refused renewals; {{r:R.M.J.}} on the last flight'),(9003,103,'2017-11-30','note','{{r:계창호}} remained in {{u:Kuwait City}} per {{r:량명준}}');
UNLOCK TABLES;
-- Dump completed on 2023-06-12  9:14:03""",
    },
    {
        "id": "h69-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Yong-chol", "리영철", "witness", ["Yong-chol", "Lee Young-cheol"]),
            ("Mun Kyong-hui", "문경희", "witness", ["Moon Kyung-hee"]),
            ("Sok Hak-chol", "석학철", "supervisor", []),
        ],
        "note": "LaTeX source of a research report section on Sakhalin and Siberian work; names in footnotes, small caps and a table, interviewer with a LaTeX tie between initial and surname, label keys and citation keys that are not names, surname Mun romanized as Moon beside the word moon; Sakhalin places and a real sanctions resolution public.",
        "text": """\\section{Recruitment, departure and the first winter}\\label{sec:departure}

Most of the men we interviewed were recruited through their workplace rather than by application. As {{r:Ri Yong-chol}}\\footnote{Interview R-07, conducted by {{p:M.~Okonjo}} in {{u:Seoul}}, 3 May 2023. {{r:Ri}} asked to be named.} put it, ``you did not apply, you were told''. Selection involved a background check of three generations, which {{r:Yong-chol}} passed only because an uncle's record had been ``cleaned'' by a relative, {{p:Ri Sang-gil}}, who worked at the county security office.

Women were rarer at the logging and construction sites covered here. The exception is {{r:Mun Kyong-hui}}, who cooked for a brigade on \\textsc{{{u:Sakhalin}}} from 2015 to 2018.\\footnote{Interview R-12, {{p:M.~Okonjo}} and {{p:J.~Paek}}, {{u:Ansan}}, 21 June 2023. Her South Korean documents give her name as {{r:Moon Kyung-hee}}.} {{r:Mun}} described the kitchen as ``the only warm room'': men came in to thaw their hands and she learned ``everything about everyone''. She remembers a night in January 2016 when the moon was so bright the brigade worked without floodlights to save diesel, on the orders of the brigade leader, {{r:Sok Hak-chol}}.

\\subsection{The brigade leader}\\label{subsec:sok}

{{r:Sok}} appears in five of our interviews. {{r:Ri}} and \\textsc{{{r:Mun}}} both describe him withholding wages for ``plan arrears'', and a third interviewee, {{p:Chong Kwang-u}}, recalls that \\emph{{{r:Sok}}} confiscated a radio from a worker named {{p:Pyon}} and smashed it on the stove.\\footnote{Interview R-15, {{p:J.~Paek}}, by telephone, 9 August 2023.} Our findings on wage deductions are consistent with the reporting cited in \\citet{panel2019} and with the prohibition introduced by {{u:UN Security Council resolution 2397}}.

\\begin{table}[h]
\\centering
\\caption{Interviewees cited in this section}\\label{tab:interviewees}
\\begin{tabular}{llll}
\\hline
Code & Name (as consented) & Site & Years \\\\
\\hline
R-07 & {{r:Ri Yong-chol}} & {{u:Yuzhno-Sakhalinsk}} & 2014--2019 \\\\
R-12 & {{r:Mun Kyong-hui}} & {{u:Kholmsk}} & 2015--2018 \\\\
R-15 & {{p:Chong K.U.}} & {{u:Tynda}} & 2012--2016 \\\\
\\hline
\\end{tabular}
\\end{table}

% TODO ({{p:MO}}): check with {{r:Yong-chol}} whether {{p:Ri Sang-gil}} may be named at all -- he may still be in the country.
% {{p:JP}}: {{r:Kyong-hui}} OK'd her name on 2023-10-02, see consent log.""",
    },
    {
        "id": "h69-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Hyang-mi", "최향미", "witness", ["Hyang-mi"]),
            ("Choe Hyang-il", "최향일", "relative", ["Hyang-il", "Dumpling"]),
        ],
        "note": "Audio-description script for a documentary with timecodes, on-screen captions in capitals, a pet name used like a name, Chinese supervisor addressed with a Chinese form of address, narrator and describer private; Hunchun, Ansan and the Tumen River public.",
        "text": """AUDIO DESCRIPTION SCRIPT - "Thread" (52') - v3 for recording
Describer: {{p:Judith Ames}}   Voice: {{p:Owen Pryce}}   Checked by: {{p:Seo-yeon Bae}}

[00:00:41] Dawn. A river bank in winter. Captions: {{u:TUMEN RIVER}}, 2017.
[00:01:58] A narrow kitchen in a high-rise flat. A woman in her forties, {{r:Choe Hyang-mi}}, pours barley tea. Caption: {{r:CHOE HYANG-MI}}, FORMER SEAMSTRESS, {{u:HUNCHUN}}.
[00:02:30] She holds up a photo of two children on a beach. Her finger rests on the smaller one.
   ({{r:Hyang-mi}}, sync): "This is {{r:Hyang-il}}. My little brother. We called him {{r:Dumpling}}."
[00:03:12] Close-up: the back of the photo. Handwriting in Korean: {{r:향일}}이 일곱 살.
[00:04:05] Archive footage, blurred faces. Rows of women at sewing machines under strip lights.
[00:04:40] A Chinese man in a padded jacket walks the rows. Subtitle of a woman's voice: "{{p:老孙}} is coming, heads down."
[00:05:15] Over the footage, a woman's voice, face unseen. Caption: "{{p:JI-SU}}" (NAME CHANGED).
   ({{p:Ji-su}}, VO): "{{r:Hyang-mi}} sat next to me. She sewed faster than anyone, even faster than Mrs {{p:Ryo}}, our line leader."
[00:06:02] {{r:Choe}} at her kitchen table, turning the photo over and over.
[00:07:20] A bus terminal at night. Caption: {{u:ANSAN}}, 2022.
[00:07:48] A young man in a hoodie steps off a bus, looks around, lifts a hand. It is {{r:Hyang-il}}, grown up.
[00:08:10] {{r:Hyang-mi}} runs. She stops one pace short of him.
   ({{r:Hyang-il}}, sync): "Noona."
[00:08:31] She touches his face the way she touched the photo.
[00:09:02] End of sequence. Title card: {{r:DUMPLING}}.
[Note to voice: please pronounce "{{r:Choe}}" as one syllable, "Chweh". At 00:09:20 the dumplings on the table are only food; read the line plainly.]
[00:09:20] On the kitchen table, a plate of steamed dumplings, untouched.""",
    },
    {
        "id": "h69-en-09",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Hwang Kwang-sik", "황광식", "witness", ["Kwang-sik"]),
            ("Jo Un-chol", "조은철", "coworker", []),
            ("Pyon Sang-hun", "변상훈", "supervisor", []),
        ],
        "note": "Maltese construction employer's appeal against work-permit refusals for North Korean workers after the 2017 sanctions, copy kept by the NGO with a caseworker's cover note; worker list with passport-style names; Maltese director, architect and lawyer private; Identity Malta, Jobsplus and a Security Council resolution public; a name split across a line break; CRLF.",
        "text": """[Cover note, NGO file MT-03] Copy obtained from {{r:Hwang Kwang-sik}} in 2022. He never saw the original; {{r:Pyon}} told the men the permits "were being fixed". - {{p:D. Attard}}

To: The Chairperson, {{u:Immigration Appeals Board}}, {{u:Valletta}}
From: Camilleri & Sons Building Contractors Ltd, Triq il-Kbira, {{u:Mosta}}
Re: Appeal against refusal of single permit renewals, ref. SP/2017/11843 to SP/2017/11849
Date: 19 October 2017

Dear Madam,

1. We appeal against the decision of {{u:Identity Malta}} dated 28 September 2017 refusing to renew the single permits of the following seven employees, all nationals of the {{u:Democratic People's Republic of Korea}}, employed by us as stone masons and plasterers since 2014:

   1. {{r:HWANG KWANG SIK}}   passport 836410xxx
   2. {{r:JO UN CHOL}}        passport 836410xxx
   3. {{p:KIM HYON U}}        passport 836410xxx
   4. {{p:RIM CHANG SU}}      passport 836411xxx
   5. {{p:TAK YONG IL}}       passport 836411xxx
   6. {{p:AN SONG GUK}}       passport 836412xxx
   7. {{r:PYON SANG HUN}}     passport 745109xxx (team leader)

2. The refusal refers to {{u:UN Security Council resolution 2375}}. We respectfully submit that the resolution prohibits new work authorisations and does not, in our reading, oblige a member state to end existing employment at once. Our employees have worked without complaint for three years. Our site architect, Perit {{p:Mario Vella}}, can confirm the quality of their work at the {{u:Sliema}} and {{u:Swieqi}} projects.

3. The team leader, Mr {{r:Pyon}}, manages the men's wages and accommodation and has assured our director, Mr {{p:Joseph Camilleri}}, that each employee receives his salary. Salaries are paid monthly by bank transfer to an account in Mr {{r:Pyon}}'s name, as the employees requested in writing (copies attached, signed by Mr {{r:Hwang}}, Mr {{r:Jo}}, Mr {{p:Rim}} and Mr {{p:Tak}}).

4. Mr {{p:An}}'s permit expires later; he is not part of this appeal but we ask that his case be considered with the others. {{p:An}}, as the men call him, is our best plasterer.

5. We also ask for an extension of time so that the employees may complete the roof at {{u:Swieqi}} before departure.

Yours faithfully,
{{p:Joseph Camilleri}}, Director
cc: Dr {{p:Claire Azzopardi}}, advocate; {{u:Jobsplus}}

[Caseworker's note, 2022] {{r:Kwang-sik}} says the written requests in point 3 were drafted by {{r:Pyon Sang-
hun}} in Maltese and English, which none of the men could read. {{r:Jo Un-chol}} refused to sign at first; {{r:Pyon}} stopped his rice ration for a week. {{p:Kim Hyon-u}} signed for {{r:Jo}} in the end.""",
    },
    {
        "id": "h69-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Chae Yong-bok", "채영복", "witness", ["Yong-bok"]),
            ("Ri Ok-sun", "리옥순", "relative", ["Ok-sun", "Lee Ok-soon"]),
        ],
        "note": "Draft OFAC specific licence application by a US law firm for a compensation payment to the widow of a worker killed on a Russian site; deceased and widow registered, DPRK and Chinese intermediaries and firm staff unregistered; US sanctions regulations, Treasury, OFAC and Russian places public.",
        "text": """DRAFT - PRIVILEGED - v2 ({{p:KL}} edits)

{{u:Office of Foreign Assets Control}}
Licensing Division
{{u:U.S. Department of the Treasury}}
{{u:Washington, DC}} 20220

Re: Application for a specific licence under the {{u:North Korea Sanctions Regulations}}, 31 C.F.R. part 510

1. Applicant
Harbor Rights Project, Inc., a non-profit organisation incorporated in {{u:New York}}, represented by {{p:Katherine Lowell}} and {{p:Daniel Ahn}} of counsel.

2. Transaction for which a licence is sought
2.1 The Applicant seeks authorisation to transfer USD 18,500 in settlement funds to Ms {{r:RI Ok-sun}} ({{r:리옥순}}), resident in {{u:South Pyongan Province}}, {{u:DPRK}}, widow of the late Mr {{r:CHAE Yong-bok}} ({{r:채영복}}).
2.2 Mr {{r:Chae}} was killed on 4 March 2019 in a fall at a residential construction site in {{u:Kazan}}, {{u:Russia}}. The settlement was reached with the Russian general contractor's insurer following a claim brought in 2022 by the Applicant with the assistance of Russian counsel, {{p:Irina Sokolova}}.
2.3 No funds will be paid to or through any {{u:DPRK}} government entity. The Applicant proposes delivery through a relative of Ms {{r:Ri}} resident in {{u:Yanbian}}, {{p:Ri Chun-hwa}}, who will receive the funds in cash in {{u:Yanji}} and carry them across in instalments. [{{p:KL}}: we cannot propose this in these words. Rework with {{p:Daniel}}.]

3. Background
3.1 Mr {{r:Chae Yong-bok}} was one of 42 workers of a {{u:DPRK}} construction company working in {{u:Tatarstan}} from 2017. His co-workers {{p:Pak Chol-ung}} and {{p:Ri Hyon-sik}}, now in the {{u:Republic of Korea}}, witnessed the fall. According to them, the brigade leader, {{p:Kang Tok-su}}, delayed calling an ambulance for about forty minutes.
3.2 After Mr {{r:Chae}}'s death the brigade leader informed Ms {{r:Ri}} by letter that her husband had "died of illness". Ms {{r:Ok-sun}} learned the true cause in 2021 from {{p:Pak Chol-ung}}'s mother, {{p:Kim Pun-nyo}}, who had heard from her son by smuggled phone call.
3.3 The Applicant is not aware of any family member of Mr {{r:Yong-bok}} other than Ms {{r:Ri}} and their daughter, {{p:Chae Hyang}}, born 2008.

4. Contact
{{p:Katherine Lowell}}, {{p:klowell}}@harborrights.example
[{{p:DA}}: add {{u:OFAC}} case ID once assigned; attach {{p:Irina}}'s settlement letter in translation.]""",
    },
    {
        "id": "h69-en-11",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Song Ki-chol", "송기철", "witness", ["Ki-chol"]),
            ("Ha Yong-min", "하영민", "coworker", ["Yong-min"]),
            ("Ri Man-gil", "리만길", "supervisor", []),
        ],
        "note": "Passenger manifest of a removal flight from Kuwait with seat numbers and passport-style names, escort officers' remarks and the NGO's annotations from a later interview; surnames Song and Ha beside the words song and ha; group leader marked in the list; Kuwaiti ministry, airlines and airports public.",
        "text": """PASSENGER MANIFEST - SPECIAL FLIGHT KU 2931 - KWI-PEK - 14 DEC 2018
Escort: {{u:Ministry of Interior}}, Deportation Department. Officer in charge: Lt {{p:Fahad Al-Enezi}}
Onward: {{u:Air Koryo}} JS 152 PEK-FNJ, 15 DEC (arranged by group leader)

SEAT  NAME                      SEX  DOC NO.      REMARKS
11A   {{r:RI MAN GIL}}               M    654xxxxxx    GROUP LEADER, HOLDS 21 PASSPORTS
11B   {{p:KANG CHOL U}}              M    836xxxxxx
11C   {{p:PAE MYONG SIK}}            M    836xxxxxx
12A   {{r:SONG KI CHOL}}             M    836xxxxxx    ARM IN SLING
12B   {{r:HA YONG MIN}}              M    836xxxxxx
12C   {{p:HAN KUM RYONG}}            M    836xxxxxx
13A   {{p:KIM IL SU}}                M    836xxxxxx
13B   {{p:KIM IL SONG}}              M    836xxxxxx    NOT SAME AS 13A
13C   {{p:CHOE SONG HO}}             M    836xxxxxx
14A   {{p:JANG HYON CHOL}}           M    836xxxxxx
17A   {{p:HONG MYONG CHOL}}          M    836xxxxxx
17B   {{p:PAK JONG HO}}              M    836xxxxxx
17C   {{p:CHONG IL NAM}}             M    836xxxxxx
18A   {{p:WON SANG HUI}}             M    836xxxxxx
Escorts 19A-19C: Sgt. {{p:Al-Rashidi}}, Cpl. {{p:Bader}}, Officer {{p:Al-Enezi}}

Officer's remarks (translated from Arabic): Group boarded without incident. Passenger {{r:SONG}} (12A) asked to see a doctor before departure; group leader {{r:RI}} refused on his behalf and the passenger did not insist. Passenger {{p:KIM IL SONG}} asked the cabin crew for water. No other requests. Handed over to {{u:Kuwait Airways}} station manager at {{u:Beijing Capital International Airport}}.

NGO annotation (interview with {{r:Song Ki-chol}}, {{u:Seoul}}, 2021):
- {{r:Ki-chol}} says the sling was for a wrist he broke on the site in {{u:Sabah Al-Ahmad City}} three weeks earlier; {{r:Ri Man-gil}} would not let him go to hospital in {{u:Kuwait}} because a hospital record "would follow the group home".
- On the plane {{r:Ha Yong-min}} sat beside him and hummed a song under his breath the whole flight. "Ha, he said, at least we are not walking home." {{r:Yong-min}} was his closest friend; {{r:Song}} does not know where he is now.
- {{r:Song}} and {{p:Kim Il-song}} (13B, not the other {{p:Kim Il-su}}) slipped away from the group during the night transfer in {{u:Beijing}}; {{p:Il-song}} was caught in {{u:Shenyang}}. {{r:Ki-chol}} reached {{u:Laos}} in 2019.""",
    },
    {
        "id": "h69-en-12",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Kang Myong-dok", "강명덕", "witness", ["Myong-dok"]),
            ("Ri Chang-sop", "리창섭", "supervisor", ["Rhee Chang-sop"]),
        ],
        "note": "Recruiting agent's visa-block allocation sheet for a Qatar contractor, pasted from a spreadsheet with a pipe layout, followed by the agent's e-mail notes; DPRK names squeezed together or split, Nepali and Indian workers sharing the block, agency staff private; Qatari ministry and Doha public; half CRLF and half LF.",
        "text": """VISA BLOCK ALLOCATION - block no. 2015/BV/40713 - 120 x mason, 40 x steel fixer
Sponsor: Al Wakra General Contracting W.L.L.
Prepared by: {{p:Suresh Pillai}}, Gulf Horizon Manpower, {{u:Doha}}

Row | Visa no.   | Trade        | Name on passport         | Nationality | Agent        | Status
001 | 40713-001  | mason        | {{r:KANG MYONGDOK}}            | {{u:DPRK}}        | {{r:RI CHANGSOP}}    | issued
002 | 40713-002  | mason        | {{p:CHOE KWANGHO}}             | {{u:DPRK}}        | {{r:RI CHANGSOP}}    | issued
003 | 40713-003  | mason        | {{p:SO YONGCHOL}}              | {{u:DPRK}}        | {{r:RI CHANGSOP}}    | issued
004 | 40713-004  | steel fixer  | {{p:RYANG SONG U}}             | {{u:DPRK}}        | {{r:RI CHANGSOP}}    | issued
005 | 40713-005  | steel fixer  | {{p:KIM CHOL}}                 | {{u:DPRK}}        | {{r:RI CHANGSOP}}    | cancelled (medical)
006 | 40713-006  | mason        | {{p:BIKASH THAPA}}             | {{u:Nepal}}       | {{p:S. Pillai}}      | issued
007 | 40713-007  | steel fixer  | {{p:JO HAK SU}}                | {{u:DPRK}}        | {{r:RI CHANGSOP}}    | issued
008 | 40713-008  | steel fixer  | {{p:CHON UN SONG}}             | {{u:DPRK}}        | {{r:RI CHANGSOP}}    | issued

-----Original Message-----
From: {{p:Suresh Pillai}}
To: {{p:Anwar Hossain}}
Subject: block 40713 - Korean side

{{p:Anwar}} bhai, the Korean agent Mr {{r:Rhee}} (he writes it {{r:Ri Chang Sop}} on his card, {{r:리창섭}}) wants 30 more visas from this block for next quarter. He says the {{u:Ministry of Administrative Development, Labour and Social Affairs}} will not look at {{u:DPRK}} names separately if they are inside a mixed block. I do not like this. Row 005 {{p:Kim}} was cancelled after the medical and Mr {{r:Ri}} asked me to put another man on the same visa number, a {{p:Kim Chol-jin}}, "same surname, nobody will see". I refused.

Also: worker {{r:Kang}} (row 001) came to our office alone on Friday, without Mr {{r:Ri}}. He had  a paper with our address and two words in English: "passport" and "help". I gave him water and called {{p:Mariam}} from the embassy list. He left before she came. I think his name is {{r:Myong-dok}}, he pointed to the row and said it.

Regards, {{p:Suresh}}

[NGO note: {{r:Kang Myong-dok}} confirmed this visit in his 2019 interview. He was sent back to {{u:Pyongyang}} two weeks later and left again in 2021 through {{u:China}}.]""",
    },
    {
        "id": "h69-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Kwang-jin", "최광진", "witness", ["Choi Kwang-jin", "Kwang-jin"]),
            ("Ri Tong-hyok", "리동혁", "coworker", ["Tong-hyok"]),
        ],
        "note": "English translation of two proofs of debt lodged with a Polish bankruptcy trustee for unpaid shipyard wages; creditors in surname-first and surname-last order, Polish names with case endings in quoted Polish phrases, trustee, director and translator private; the Gdańsk court and the Polish Bankruptcy Law public.",
        "text": """[Translation from Polish. Translator: {{p:Joanna Maj}}, sworn translator, repertory no. 412/2021]

To the Trustee in Bankruptcy, {{p:Katarzyna Wróbel}}
Bankruptcy of Pomorskie Konstrukcje Stalowe sp. z o.o. in liquidation
{{u:District Court Gdańsk-Północ}}, Economic Division for Bankruptcy and Restructuring, case no. GD1G/GU/118/20

PROOF OF DEBT No. 1
Creditor: {{r:CHOE Kwang-jin}}, born 02.11.1985, citizen of the {{u:Democratic People's Republic of Korea}}, residing in {{u:Seoul}}, represented under a power of attorney by {{p:Marta Zawadzka}}, attorney-at-law
Amount claimed: PLN 31,480.00 (unpaid wages, 03.2018 - 11.2018) plus statutory interest
Category: first (employment claims), Art. 342 of the {{u:Bankruptcy Law}}
Grounds: The Creditor worked as a fitter at the bankrupt's section in {{u:Gdynia}}, assembling hull blocks, under a contract dated 10.01.2017 signed on the bankrupt's behalf by its then director, {{p:Tomasz Grabowski}}. The Creditor never received the contract in a language he understands. His wages were paid into an account held by a person named {{p:Kim Ju-song}}, described in the bankrupt's records as "coordinator". In the records the Creditor appears as "{{r:Choi Kwang Jin}}" and, in the payroll for October 2018, as "{{r:Kwang Jin Choe}}".
Evidence: (1) copy of the contract; (2) statement of the Creditor; (3) testimony of {{p:Paweł Sikora}}, foreman; (4) the bankrupt's payroll, to be obtained from the Trustee.

PROOF OF DEBT No. 2
Creditor: {{r:RI Tong-hyok}}, born 17.06.1983, citizen of the {{u:Democratic People's Republic of Korea}}, residing in {{u:Incheon}}, represented as above
Amount claimed: PLN 27,960.00 (unpaid wages, 04.2018 - 11.2018)
Grounds: as in Proof No. 1. The Creditor worked beside Mr {{r:Choe}} on the same section. The foreman, Mr {{p:Sikora}}, confirmed to the Creditor's representative on 14.09.2021 that "{{r:Ri}} and {{r:Choe}} worked every Saturday" and that the pay lists were handed over every month "Panu {{p:Kimowi}}" (to Mr {{p:Kim}}).

Statement of the Creditor {{r:Ri Tong-hyok}} (extract): "We were told by {{p:Kim Ju-song}} that the Polish company was paying, but our money went to the plan. From the ship section only {{r:Kwang-jin}} and I left. {{p:Rim}} and {{p:Jong}} went back to {{u:Pyongyang}}."

Signed: {{p:Marta Zawadzka}}, attorney-at-law, on behalf of {{r:Choe Kwang-jin}} and {{r:Ri Tong-hyok}}
Date: 30.09.2021

[Trustee's handwritten note in the margin, translated: "Ask Mr {{p:Grabowskiego}}'s lawyer about the account of {{p:Kima}}. - {{p:KW}}"]""",
    },
    {
        "id": "h69-en-14",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Paek Hyon-su", "백현수", "witness", ["HERON", "Hyon-su"]),
            ("Kim Sol-ji", "김솔지", "other", ["WREN"]),
            ("Tak Chol-nam", "탁철남", "supervisor", ["Tak Cheol-nam"]),
        ],
        "note": "Investigative journalist's source-protection log with bird code names standing for persons (HERON, WREN, also an unregistered KESTREL) beside ordinary bird words; Signal handles; a sealed key section with real names; editor and lawyer private; Signal public.",
        "text": """SOURCE PROTECTION LOG - project "Timber" - {{p:E. Lindqvist}}
Rule: real names only in the sealed key at the bottom; code names everywhere else.

2023-02-03  First contact from {{r:HERON}} via fixer {{r:WREN}}. {{r:HERON}} worked at a logging camp in {{u:Amur Oblast}} 2014-2018. Agreed: {{u:Signal}} only, disappearing messages 1 week.
2023-02-10  Call with {{r:HERON}}, 47 min, {{r:WREN}} interpreting. Names the camp chief as "{{r:Tak}}". Says {{r:Tak}} is still in {{u:Russia}}, runs workers in {{u:Blagoveshchensk}}.
2023-02-11  Told editor ({{p:Nadia}}) about {{r:Tak}}. She wants a second source before we name him.
2023-02-19  {{r:WREN}} introduces {{p:KESTREL}}, another ex-logger, who confirms {{r:Tak}}'s beatings. {{p:KESTREL}} does not want any quotes used.
2023-03-01  Watched herons on the river while waiting for {{r:HERON}}'s call. Note to self: change the code names if this log is ever subpoenaed; birds are too obvious.
2023-03-02  {{r:HERON}} sends three photos: the camp sign, a wage card, a group photo. In the group photo he circles {{r:Tak}} and a man he calls {{p:Kkangpae}} ("gangster"), the camp security man.
2023-03-15  Legal read with {{p:Robert Quayle}}. {{p:Quayle}}: naming {{r:Tak Chol-nam}} is defensible if we have two sources + documents. Wage card is the document.
2023-04-04  {{r:WREN}} says someone asked about {{r:HERON}} at a church in {{u:Suwon}}. Moved all contact to new numbers. {{r:WREN}}'s new handle: @{{r:solji}}_k. {{r:HERON}}'s new handle: @river_bird_79 (no name in it, good).
2023-05-20  Published. {{r:Tak}} named; {{r:HERON}} quoted as "a former logger"; {{p:KESTREL}} not quoted.

--- SEALED KEY (encrypt before sync) ---
{{r:HERON}} = {{r:Paek Hyon-su}} ({{r:백현수}}), b. 1981, {{u:Kilju}}; now {{u:Gyeonggi-do}}
{{r:WREN}} = {{r:Kim Sol-ji}} ({{r:김솔지}}), freelance fixer/interpreter
{{p:KESTREL}} = {{p:Ri Jun-ho}} ({{p:리준호}}), b. 1979; do not contact directly, only via {{r:Sol-ji}}
{{r:Tak}} = {{r:Tak Chol-nam}} ({{r:탁철남}}), camp chief, also seen as "{{r:Tak Cheol-nam}}" in a Russian court record
{{p:Kkangpae}} = unknown; {{r:Hyon-su}} thinks his surname was {{p:Ho}}""",
    },
    {
        "id": "h69-en-15",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jang Yong-hun", "장용훈", "other", ["Yong-hun", "Chang Yong-hoon"]),
            ("Jang Yong-gil", "장용길", "relative", ["Yong-gil"]),
        ],
        "note": "Draft request for an INTERPOL Yellow Notice prepared by the NGO for a family lawyer; missing worker in several spellings and a Russian Cyrillic form with case ending; last known contacts, a Russian landlady and a broker with a Chinese form of address; INTERPOL, the Korean police and Primorsky places public.",
        "text": """DRAFT FOR COUNSEL - REQUEST FOR PUBLICATION OF A YELLOW NOTICE
For submission by: {{u:Korean National Police Agency}}, {{u:INTERPOL}} National Central Bureau {{u:Seoul}}
Applicant: {{r:JANG Yong-gil}} (brother of the missing person), through counsel {{p:Lim Seo-hyun}}
Prepared by: NGO caseworker {{p:Bae Ji-hoon}}, 6 November 2023

A. IDENTITY OF THE MISSING PERSON
Family name: {{r:JANG}}
Forename: {{r:Yong-hun}}
Other spellings: {{r:CHANG Yong-hoon}}; {{r:Jang Yong Hun}}; in Russian documents {{r:Чан Ён Хун}}
Korean name: {{r:장용훈}}
Date of birth: 22.08.1986 Sex: M Height: approx. 168 cm
Distinguishing marks: scar across the back of the left hand (chainsaw, 2015); front tooth missing
Nationality: {{u:Democratic People's Republic of Korea}} (no passport in his possession; the passport was held by the site management)

B. CIRCUMSTANCES OF THE DISAPPEARANCE
B1. {{r:Yong-hun}} worked on a housing site in {{u:Ussuriysk}}, {{u:Primorsky Krai}}, from 2017. In May 2019 he left the site at night with a co-worker, {{p:Ko Chang-il}}. The two men stayed for eleven days in a rented room belonging to {{p:Valentina Petrovna Gusakova}}, who later told a volunteer that "{{r:Чана}} увезли на белой машине" (they took {{r:Jang}} away in a white car).
B2. On 2 June 2019 {{r:Yong-hun}} called his brother {{r:Yong-gil}} in {{u:Seoul}} from a number in {{u:Vladivostok}}. He said that a broker, known to him only as "{{p:老金}}", would take him to {{u:Hunchun}} the next night. This was the last contact.
B3. {{p:Ko Chang-il}} reached {{u:Seoul}} in 2020. He states that he and {{r:Jang}} were separated at the car; he was put on a different route by a second broker, {{p:Pak Chun-sik}}, and never saw {{r:Yong-hun}} again.
B4. The site's brigade leader at the time, {{p:Ryom Myong-chol}}, is believed to have reported both men as "absconded" to the {{u:DPRK}} consulate general in {{u:Nakhodka}}.

C. PERSONS TO CONTACT
- Applicant: {{r:Jang Yong-gil}}, {{u:Seoul}}, via counsel
- Witness: {{p:Ko Chang-il}}, via the NGO
- Landlady: {{p:V. P. Gusakova}}, {{u:Ussuriysk}} (speaks Russian only)

D. PHOTOGRAPHS
Two photographs supplied by {{r:Yong-gil}}: (1) 2014, {{u:Kimchaek}}, with his mother; (2) 2018, {{u:Ussuriysk}}, site canteen, with {{p:Ko}} and a man {{r:Yong-gil}} identifies as "{{p:Tae-song}}".

[{{p:BJH}}: check with {{p:Lim}} whether the Russian form {{r:Чан Ён Хун}} should go in the "other names" field or in the remarks.]""",
    },
    {
        "id": "h69-en-16",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Hyon Chol-ung", "현철웅", "witness", ["Chol-ung"]),
        ],
        "note": "Annex to a memorandum of understanding between a Seoul NGO and a London legal clinic listing focal points, deputies and escalation contacts with e-mail addresses and phone numbers; staff e-mail local parts spelling names beside role mailboxes; one referred witness registered; surnames Moon and So among staff; CRLF.",
        "text": """ANNEX B - FOCAL POINTS AND ESCALATION CONTACTS
to the Memorandum of Understanding on Case Referral and Data Sharing (signed 1 March 2024)

B.1 Day-to-day focal points
Party A ({{u:Seoul}}): {{p:Moon Ji-yeon}}, Legal Support Coordinator - {{p:jiyeon.moon}}@party-a.example - +82 2 555 0114
Party B ({{u:London}}): {{p:Oliver Grant}}, Senior Caseworker - {{p:ogrant}}@party-b.example - +44 20 7946 0321
Deputies: {{p:So Hye-rin}} ({{p:hyerin.so}}@party-a.example); {{p:Amira Haddad}} ({{p:a.haddad}}@party-b.example)
Shared mailbox for referrals: referrals@party-a.example (not to be used for witness names)

B.2 Interpreters cleared under this MoU are listed in Annex C. Interpreters are not focal points.

B.3 Escalation
Level 1: the focal points ({{p:Moon}} / {{p:Grant}})
Level 2: Party A Director {{p:Hong Seok-ju}}; Party B Supervising Solicitor {{p:Fiona McBride}}
Level 3: the chairs of the two boards (Rev. {{p:Choi Dong-hwan}}; Lord {{p:Pennington}} is NOT a party to this MoU and must not be copied)

B.4 First joint case
The Parties confirm that the first case referred under this MoU is that of Mr {{r:HYON Chol-ung}} ({{r:현철웅}}), a former construction worker in {{u:Qatar}} and {{u:Russia}} now living in {{u:London}}. Party B will prepare Mr {{r:Hyon}}'s claim; Party A will provide the interview of {{r:Chol-ung}} recorded on 12 January 2024 by {{p:So Hye-rin}}. Mr {{r:Hyon}}'s consent form names only {{p:Oliver Grant}} and {{p:Moon Ji-yeon}} as persons who may see his file; so no other staff member may open it without new consent.

B.5 Changes to this Annex are made by e-mail between the focal points and take effect on acknowledgement. So far: none.
Signed for Party A: {{p:Hong Seok-ju}}   Signed for Party B: {{p:Fiona McBride}}""",
    },
    {
        "id": "h69-en-17",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Kwang-nam", "리광남", "witness", ["Kwang-nam"]),
            ("Jong Sung-ho", "정성호", "supervisor", []),
        ],
        "note": "Port welfare committee minutes in Las Palmas on North Korean crew seen on a reefer and a trawler; members private, chaplain with Fr title outside; crew names reported by a Filipino seafarer; an ITF inspector, a Guardia Civil officer and a port doctor private; Stella Maris, the ITF, the Guardia Civil and the Maritime Labour Convention public.",
        "text": """PORT WELFARE COMMITTEE - {{u:LAS PALMAS DE GRAN CANARIA}}
Minutes of the meeting of 11 April 2019, seafarers' centre, {{u:Puerto de la Luz}}

Present: {{p:Carmen Suárez}} (chair), Fr {{p:Tomás Herrera}} ({{u:Stella Maris}}), {{p:Jonas Eriksen}} ({{u:ITF}} inspector), Dr {{p:Yolanda Medina}} (port health), {{p:Pedro Santana}} (ship agents' association), {{p:Ana Batista}} (secretary)

1. Minutes of the previous meeting: approved.

2. Ship visits, March
Fr {{p:Herrera}} reported 31 visits. On the reefer Arctic Pearl ({{u:Panama}} flag) a Filipino AB, {{p:Jun-jun Dela Cruz}}, told him there were six Korean "fishermen" in transit aboard, transferred at sea from a trawler, who were not allowed ashore and did not appear on the crew list he was shown. {{p:Dela Cruz}} gave two names, written on a cigarette packet: "{{r:RI KWANG NAM}}" and "{{p:CHOE IN SU}}". He said one of them, {{r:Kwang-nam}}, had asked him in English "where is {{u:Korea}} embassy, South".

3. Discussion
Mr {{p:Eriksen}} said that if these men are crew of the trawler and not passengers, the {{u:Maritime Labour Convention}} applies and he would ask to see their employment agreements. Fr {{p:Tomás}} asked that the committee not act in a way that puts the men at risk: "If we make noise, the man in charge takes the noise out on them." He understood from {{p:Dela Cruz}} that the man in charge was an officer the Koreans called "{{r:Jong}} the chief", identified by {{p:Dela Cruz}} as {{r:Jong Sung-ho}}.
Dr {{p:Medina}} noted that the port health declaration for the reefer listed 22 crew and no passengers.

4. Action
- Mr {{p:Eriksen}} to contact the {{u:Guardia Civil}} liaison officer, Sergeant {{p:Luis Cabrera}}, informally.
- Fr {{p:Herrera}} to revisit the reefer with {{p:Ana Batista}}, carrying Korean-language leaflets from the {{u:Federation of Korean Seafarers' Unions}}
- The chair to write to the NGO in {{u:Seoul}} which {{p:Jonas}} mentioned.

5. Update added 2 May 2019
The reefer sailed on 14 April for {{u:Busan}}? [secretary: not confirmed]. On 20 April {{r:Ri Kwang-nam}} telephoned the seafarers' centre from a number in {{u:Tenerife}}. He said that {{r:Jong}} had left the ship in {{u:Santa Cruz de Tenerife}} with {{p:Choe}} and the others, and that he, {{r:Ri}}, was alone at a bus station. Fr {{p:Herrera}} and {{p:Carmen}} drove to meet him; he is now in the care of the NGO. {{r:Kwang-nam}} says the man who gave his name to {{p:Dela Cruz}} was his friend {{p:Choe In-su}}, from {{u:Nampo}}.

Next meeting: 9 May 2019. Minutes: secretary.""",
    },
    {
        "id": "h69-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Han Sun-sil", "한순실", "witness", ["순실"]),
            ("Jo Kyong-nam", "조경남", "relative", ["경남", "Cho Kyung-nam", "곰"]),
        ],
        "note": "Pension-fund complaint on a government petition portal about a refused survivor's pension; applicant and late husband with particles and honorifics, the husband's brigade nickname, pension-office clerk and employers private, a daughter addressed with the vocative suffix; National Pension Service, the National Pension Act and Russian places public.",
        "text": """[국민신문고 민원 신청]
처리기관: {{u:국민연금공단}}
민원 제목: 남편 사망에 따른 유족연금 부지급 결정에 대한 이의 및 재심사 요청
신청인: {{r:한순실}} (1972년생)

1. 민원 내용
저는 2016년에 입국한 북한이탈주민 {{r:한순실}}입니다. 제 남편 {{r:조경남}}은 2023년 8월 건설현장에서 쓰러져 세상을 떠났습니다. 남편 명의로 유족연금을 청구하였으나 공단 지사 담당자이신 {{p:오지훈}} 주임님께서 "연금보험료 납부기간이 3분의 1에 미달한다"며 부지급 결정 통지서를 보내 주셨습니다.

2. 사정
남편 {{r:경남}} 씨는 2009년부터 2013년까지 {{u:러시아}} {{u:하바롭스크}}에 건설노동자로 파견되었습니다. 그곳에서 허리를 다쳐 돌아왔고, 2015년에 저보다 먼저 {{u:한국}}에 왔습니다. 여기 와서는 2016년부터 2022년까지 인테리어 회사 두 곳에서 일했는데, 첫 번째 회사 사장 {{p:최동규}} 씨가 처음 2년 동안 4대보험을 들어 주지 않았습니다. 같이 일한 반장 {{p:박영수}} 씨가 이 사실을 확인해 주겠다고 하였습니다.

그 현장에 같이 있던 {{p:김광혁}} 씨도 남편이 그때부터 허리가 아팠다고 말해 줄 수 있습니다. {{p:광혁}} 씨 말로는 현장 사람들이 남편을 "{{r:곰}}"이라고 불렀다고 합니다. 남편은 힘이 세서 시멘트 두 포대를 한 번에 지고 다녔고, 그래서 허리가 망가졌습니다. 작업반장 {{p:리창식}}이는 아프다는 사람을 "꾀병쟁이"라고 하면서 일을 더 시켰다고 합니다.

3. 요청 사항
가. 첫 번째 회사에서 일한 기간(2016.3.~2018.2.)에 대하여 사업장 가입 누락 확인 및 추후 납부를 인정해 주시기 바랍니다.
나. 그 기간이 인정되면 {{u:국민연금법}}에 따른 유족연금 요건을 다시 심사해 주시기 바랍니다.
다. 딸 {{p:조은별}}(2005년생)이 대학생이라 생활이 어렵습니다. {{p:은별}}이는 아버지가 돌아가신 뒤 휴학을 했습니다.

4. 첨부
- 사망진단서, 가족관계증명서
- 반장 {{p:박영수}} 씨 확인서(자필)
- {{p:김광혁}} 씨 진술서(작성 도움: 정착도우미 {{p:서민정}} 선생님)

[상담 메모 - NGO 상담원 {{p:권나래}}]
- {{r:순실}} 님 전화(9/14): 공단에서 "{{r:조경남}} 님 건은 사업장 조사 후 회신"이라고 함. 담당 {{p:오지훈}} 주임 친절했다고.
- {{p:최동규}} 사장 연락 안 됨. 반장 {{p:박영수}} 씨는 확인서 써 줌.
- {{p:은별}}이한테는 아직 연금 얘기 안 했다고 함. "{{p:은별}}아, 엄마가 다 알아서 할게"라고만 했다고.
- {{r:한순실}} 님 본인도 {{u:중국}} 수산물 공장 파견 경력 있음(2011~2014). 별도 상담 필요.""",
    },
    {
        "id": "h69-ko-02",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Ha-eun", "김하은", "other", ["金夏恩", "하은"]),
            ("Kim Son-hwa", "김선화", "witness", ["선화"]),
        ],
        "note": "Korean elementary-school transfer enrolment form for a worker's child born in China, with the teacher's intake notes; child's Korean and Chinese names, Chinese father in Hanzi, aunt, settlement counsellor and teachers private; school and Hunchun public; the child's given name with the affectionate suffix outside.",
        "text": """전입학 신청서 (초등학교)
학교: ○○초등학교 (행정실 접수 2024. 2. 19. 접수자 {{p:정유리}})

1. 학생
성명: {{r:김하은}}   한자/외국어 성명: {{r:金夏恩}} (여권 영문명 {{r:JIN XIA'EN}})
생년월일: 2015. 6. 3.   성별: 여
전입 학년: 3학년 (현지 학교 2학년 수료)
이전 학교: {{u:中国}} {{u:吉林省}} {{u:珲春市}} 第三小学 (재학기간 2022. 9. ~ 2023. 12.)

2. 보호자
모: {{r:김선화}} (1984년생, 북한이탈주민, 2023. 11. 입국, {{u:하나원}} 수료)
부: {{p:刘建华}} (외국 국적, 2020년 이후 연락 두절) - 친권 관련 서류 미제출
주소: (임대아파트, 상세주소 생략)
연락처: 010-xxxx-xxxx (모)

3. 비상연락처
1) 이모 {{p:김선옥}} (010-xxxx-xxxx)
2) 정착지원센터 전담 상담사 {{p:윤미경}} 선생님 (031-xxx-xxxx)

4. 특기사항 (보호자 기재)
아이는 중국어가 편하고 한국어는 듣기만 조금 합니다. 집에서는 "{{r:夏恩}}"이라고 부릅니다. {{u:중국}}에서 할머니 {{p:刘秀兰}}이 키워서 할머니를 많이 찾습니다.

5. 담임 예정 교사 면담 메모 (3학년 2반 {{p:남궁현}})
- 모 {{r:선화}} 씨와 면담(2/21). 어머니는 2013년부터 {{u:훈춘}} 수산물 가공공장에 파견되어 일하다가 공장을 나와 아이 아버지를 만났다고 함. 자세한 사정은 묻지 않음.
- {{r:하은}}이는 처음에 이름을 물으니 "{{r:夏恩}}"이라고 중국어로 대답함. 우리 이름 "{{r:김하은}}"도 알고는 있음.
- 다문화 언어강사 {{p:왕나}} 선생님(중국어) 수업 지원 요청. 같은 반 {{p:이서준}}, {{p:박지우}}는 중국어 조금 가능.
- 어머니 요청: 아이 사진이 학교 홈페이지에 올라가지 않게 해 달라. 아빠 쪽 친척({{p:刘}} 씨 집안)이 찾을까 봐 걱정.
- 교감 {{p:한정숙}} 선생님께 보고 완료.""",
    },
    {
        "id": "h69-ko-03",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            (
                "Jong Myong-su",
                "정명수",
                "witness",
                ["Jeong Myeong-su", "JEONG MYEONGSU", "CHONG MYONG SU"],
            ),
        ],
        "note": "Proxy application for a Korean exit-entry record certificate with the result table and the NGO caseworker's memo; applicant in Hangul, South Korean passport romanization, North Korean passport romanization and Russian Cyrillic; relatives met in Yanji and a broker unregistered; immigration office clerk private; CRLF.",
        "text": """출입국에 관한 사실증명 발급 신청서 (대리 신청)

신청인(정보주체)
  성명: {{r:정명수}}   영문 성명: {{r:JEONG MYEONGSU}}
  생년월일: 1980. 4. 11.   성별: 남
위임받은 사람
  성명: {{p:한다솜}}   관계: 정착지원 단체 상담원
  위임장: 신청인 자필 서명 "{{r:정명수}}" 및 무인 첨부
발급 목적: 민사소송 증거 제출용
조회 기간: 2015. 1. 1. ~ 2024. 3. 31.
접수: {{u:법무부}} {{u:서울출입국·외국인청}}, 담당 주무관 {{p:이준혁}}

[발급 결과]
번호 | 구분 | 일자         | 출입국항     | 행선지/출발지
1    | 입국 | 2017. 6. 14. | {{u:인천공항}}     | (여행증명서)
2    | 출국 | 2018. 9. 22. | {{u:인천공항}}     | {{u:연길}}
3    | 입국 | 2018. 9. 29. | {{u:인천공항}}     | {{u:연길}}
※ 2017. 6. 14. 이전 기록 없음.

[상담원 메모 - {{p:한다솜}}]
- {{r:명수}} 씨는 2010~2015년 벌목장과 건설현장에 파견되어 있었음. 그때 여권 영문명은 {{r:CHONG MYONG SU}}, 현지 이민국 서류에는 {{r:Чон Мён Су}}로 적혀 있었다고 함. 이 증명서에는 당연히 안 나옴.
- 2018년 {{u:연길}} 방문: 누나 {{p:정명순}} 씨와 조카 {{p:최은혁}}을 만나러 갔다고 함. 그때 연결해 준 사람이 브로커 {{p:최철}}. 소송 상대방이 바로 이 {{p:최철}}이고, {{r:정명수}} 씨가 {{p:최철}}에게 1,800만 원을 줬는데 누나를 데려오지 못했음.
- 증인 후보: 같이 돈을 모아 준 직장 동료 {{p:곽동민}} 씨.
- 변호사 {{p:서윤재}} 님께 원본 전달(4/3). {{p:서윤재}} 변호사 요청: 누나 이름 표기를 소장과 맞출 것 ({{p:정명순}} / {{p:鄭明順}}).
- {{r:명수}} 씨 본인 요청: 조카 {{p:은혁}}이 이름은 소장에 넣지 말 것.""",
    },
    {
        "id": "h69-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yun Ok-hui", "윤옥희", "witness", ["옥희", "Yoon Ok-hee"]),
            ("Ri Myong-suk", "리명숙", "coworker", ["명숙"]),
        ],
        "note": "Order book of a social-enterprise bakery where two former garment workers bake, typed from the counter notebook; names inside cake lettering with vocative and affectionate suffixes outside, a surname with a job title, an NGO volunteer's English name, ordinary words that look like names (은혜, 별) in other lettering; bakers and staff registered.",
        "text": """○○베이커리 주문 장부 (3월) - 카운터 노트 옮김 / 작성: 매니저 {{p:문가영}}
제빵: {{r:윤옥희}} 팀장, {{r:리명숙}} 기사

날짜 | 주문자 | 케이크 | 레터링 | 픽업 | 담당
3/2 | {{p:최은정}} | 생크림 1호 | "{{p:은혜}}야 첫돌 축하해" | 3/3 11시 | {{r:옥희}}
3/4 | {{p:하상욱}} | 초코 2호 | "{{p:박순녀}} 할머니 팔순 축하드려요" | 3/5 14시 | {{r:명숙}}
3/6 | 교회 청년부 | 시트 3호 | "주님의 은혜에 감사드립니다" | 3/8 10시 | {{r:옥희}}
3/7 | {{p:김다인}} | 레터링 도시락 | "{{p:정훈}}♡{{p:소라}} 1000일" | 3/7 19시 | {{r:명숙}}
3/9 | {{p:오세진}} | 생크림 2호 | "수고했어 {{p:김}} 대리 🎉" | 3/9 18시 | {{r:옥희}}
3/11 | NGO 사무국 | 과일 3호 | "{{p:Sarah}} 쌤 그동안 고마웠어요" | 3/12 15시 | {{r:옥희}}
3/14 | {{p:Daniel Cho}} | 미니 | "Happy birthday {{p:Yuna}}" | 3/14 17시 | {{r:명숙}}
3/15 | {{p:윤정미}} | 생크림 2호 | "{{p:영호}}야 생일 축하해 우리 아들" | 3/16 12시 | {{r:옥희}}
3/18 | {{p:이보람}} | 떡케이크 | "별이 빛나는 밤에" | 3/19 11시 | {{r:명숙}}
3/20 | {{r:리명숙}} (직원 주문) | 생크림 1호 | "{{p:철진}}이 생일 축하, 엄마가" | 3/20 19시 | {{r:옥희}}

비고 (매니저 {{p:문가영}})
- 3/6 레터링 글자 수 초과, 교회 {{p:성은미}} 집사님이 줄여도 된다고 하심.
- 3/11 NGO 케이크는 {{r:윤옥희}} 팀장님이 직접 주문 받음. {{p:Sarah}} 선생님 송별회. {{r:옥희}} 언니가 "{{p:사라}} 선생님 덕분에 여기 왔다"고 서비스로 초 세트 넣음.
- 3/20 {{r:명숙}} 기사 아들 {{p:철진}}이 생일. 직원가 적용. {{r:명숙}} 씨가 "아들 데려오고 처음 차려 주는 생일"이라고 함.
- 4월부터 {{r:윤}} 팀장 주 4일 근무.""",
    },
    {
        "id": "h69-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Pyon Chol-ho", "변철호", "witness", ["철호"]),
        ],
        "note": "Goshiwon room register typed from the manager's ledger with a notes column; Korean, Chinese, Vietnamese and Nepali residents, a manager with the one-syllable surname 나 beside the pronoun 나, an owner addressed as 사장님 without a name, an NGO caseworker; one former Kuwait construction worker registered.",
        "text": """○○고시원 입실자 대장 (2층) - 2024년 1월 정리 / 총무 {{p:나}} 실장

호실 | 성명 | 생년 | 입실일 | 월세 | 비상연락 | 비고
201 | {{p:김태윤}} | 1998 | 23.05.02 | 38 | 모 {{p:김정란}} | 취준생
202 | {{p:응우옌 반 훙}} ({{p:NGUYEN VAN HUNG}}) | 1995 | 23.07.15 | 35 | 형 {{p:Nguyen Van Tuan}} | 공장, 야간
203 | {{r:변철호}} | 1976 | 23.09.01 | 38 | NGO {{p:신소연}} 간사 | 2016~19 {{u:쿠웨이트}} 건설. 허리 통증
204 | {{p:장웨이}} ({{p:张伟}}) | 1990 | 23.10.20 | 35 | 없음 | 식당 주방
205 | (공실) | | | | |
206 | {{p:박용수}} | 1961 | 22.12.01 | 32 | 딸 {{p:박지혜}} | 일용직
207 | {{p:Bishnu Rai}} | 1993 | 24.01.03 | 35 | 사촌 {{p:Hari Rai}} | 비자 확인함

총무 메모
1/4  203 {{r:변철호}} 님 월세 1주 늦어짐. {{r:철호}} 님이 "다음 주 일당 받으면 드린다"고 함. 나는 사장님께 말 안 함.
1/9  203호에 NGO {{p:신소연}} 간사님 방문. {{r:변}} 선생님 병원 동행한다고 함. 공용 주방에서 {{p:장웨이}} 씨가 통역 비슷하게 도와줌(중국어 조금).
1/12 {{p:박용수}} 님 딸 {{p:지혜}} 씨 옴. 아버지 짐 일부 가져감.
1/15 {{r:철호}} 님이 밤에 잠꼬대로 누구 이름을 계속 부른다고 202 {{p:훙}} 씨가 말함. "{{p:광식}}아, {{p:광식}}아" 한다고. 낮에 물어보니 {{r:변철호}} 님이 {{u:쿠웨이트}}에서 같이 일하다 다친 동료 {{p:리광식}}이라고 함. 더 묻지 않음.
1/20 207 {{p:비슈누}} 씨 입실 서류 사본 {{p:나}} 실장 보관.""",
    },
    {
        "id": "h69-ko-06",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Pang Kum-chol", "방금철", "witness", ["금철", "Bang Geum-cheol"]),
            ("Rim Hak-su", "림학수", "supervisor", ["임학수"]),
        ],
        "note": "Constitutional complaint by a former logger excluded from settlement protection after years in Russia; claimant name beside the word 방금 (just now), supervisor in North and South spellings (림/임), Koryo-saram wife in Cyrillic with case ending, counsel and co-workers private; the Constitutional Court, the Ministry of Unification and the defectors' act public.",
        "text": """헌법소원심판청구서

청 구 인  {{r:방금철}} (1975. 3. 2.생)
대 리 인  법무법인 ○○ 담당변호사 {{p:류지선}}, {{p:한보경}}
피청구인  {{u:통일부}} 장관

청 구 취 지
「{{u:북한이탈주민의 보호 및 정착지원에 관한 법률}}」 중 보호 결정 기준 조항은 헌법에 위반된다는 결정을 구합니다.

청 구 이 유
1. 사건의 개요
가. 청구인 {{r:방금철}}은 2005년 벌목 노동자로 {{u:러시아}} {{u:아무르주}}의 벌목장에 파견되었습니다. 파견 당시 작업소 책임자는 {{r:림학수}}(남측 표기 {{r:임학수}})였고, 그는 청구인을 포함한 노동자 전원의 여권을 보관하였습니다.
나. 청구인은 2008년 겨울 동료 {{p:최광일}}과 함께 벌목장을 이탈하였습니다. {{p:최광일}}은 이틀 뒤 붙잡혔고, 청구인은 그 뒤 {{p:최광일}}의 소식을 듣지 못하였습니다.
다. 청구인은 이후 12년 동안 여권 없이 현지 각지의 건설현장에서 일하였고, 2014년 고려인 {{p:Ирина Ким}}과 사실혼 관계를 맺었습니다. 청구인은 "{{p:Ирины}}가 없었으면 그 겨울을 넘기지 못했을 것"이라고 진술합니다.
라. 청구인은 2021년 {{u:한국}}에 입국하여 보호를 신청하였으나, {{u:통일부}}는 청구인이 체류국에 장기간 생활 근거지를 두고 있었다는 이유로 보호 대상에서 제외하는 결정을 하였습니다.

2. 청구인이 처했던 상황
청구인이 그곳에 머문 것은 자유로운 선택이 아니었습니다. {{r:림학수}}는 이탈자를 찾으면 현지 경찰에 넘기거나 직접 데려가겠다고 공공연히 말했고, 실제로 청구인의 동료 {{p:강성민}}, {{p:리순철}}은 2010년 {{u:블라디보스토크}}에서 붙잡혀 송환되었습니다. 방금 말씀드린 바와 같이, 청구인은 여권을 되찾을 방법이 없었습니다.

3. 기본권 침해
가. 평등권: 같은 시기 {{u:중국}}을 거쳐 바로 입국한 사람은 보호 결정을 받았습니다. 청구인의 동료였던 {{p:변영호}}는 2009년 제3국을 거쳐 입국하여 보호 결정을 받았습니다.
나. 인간의 존엄과 가치 및 행복추구권 (생략)

4. 결론
{{u:헌법재판소}}께서 청구인 {{r:방금철}}의 사정을 살펴 위헌 결정을 내려 주시기 바랍니다.

첨부: 청구인 진술서, {{p:변영호}} 사실확인서, {{p:Ирина Ким}} 진술서(번역문, 번역인 {{p:김알렉산드라}})

2022. 8. 16.
청구인 대리인 변호사 {{p:류지선}}

[사무장 메모: {{r:금철}} 님이 "{{r:림}} 작업소장 이름은 빼 달라"고 하셨다가 다시 넣어도 된다고 하심. {{p:류}} 변호사님 확인 필요.]""",
    },
    {
        "id": "h69-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Song Un-byol", "송은별", "witness", ["하늘", "은별"]),
            ("Cha Myong-hun", "차명훈", "witness", ["명훈"]),
        ],
        "note": "TV talk-show casting sheet for former overseas workers with stage names; a stage name that is also the ordinary word for sky, a surname with the title PD, writers and a producer private, an unregistered third candidate and an NGO contact; the programme and the broadcaster public; ordinary uses of 하늘 and 별 unmarked.",
        "text": """[{{u:이제 만나러 갑니다}}] 해외파견 노동자 특집 섭외 리스트 v4
담당: {{p:고은비}} PD / 메인작가 {{p:서하린}} / 자료조사 {{p:민지}}

번호 | 출연 후보 | 나이 | 파견지/직종 | 출연 조건 | 상태
1 | {{r:송은별}} (예명 "{{r:하늘}}") | 34 | {{u:단둥}} 식당 접대원 | 얼굴 공개 가능, 본명 불가 | 확정
2 | {{r:차명훈}} | 45 | {{u:카타르}} 건설 | 모자이크+음성변조 | 협의 중
3 | {{p:라영철}} | 52 | {{u:사할린}} 벌목 | 스튜디오 출연 불가, VCR만 | 보류
4 | {{p:엄순희}} | 39 | 수산물 가공 | 가족 {{u:북한}} 거주, 출연 불가 | 취소

섭외 메모 ({{p:서하린}})
- 1번 {{r:하늘}} 씨: 본명 {{r:송은별}}. 예명은 본인이 정함. "고향에서 하늘만 보고 살았다"고. 녹화 때 자막은 "{{r:하늘}}(가명)"으로. {{r:은별}} 씨 어머니 이야기는 빼 달라고 함.
- 2번 {{r:명훈}} 씨: 현장 작업반장 {{p:주영길}} 이야기 하고 싶어 함. 법무팀 {{p:허}} 변호사님이 실명 언급은 안 된다고 해서 "{{p:주}} 반장"도 빼기로. {{r:차명훈}} 씨는 "그럼 무슨 말을 하냐"고 아쉬워함.
- 3번 {{p:라영철}} 선생님: 벌목장 이야기 좋은데 건강 문제. {{p:김}} PD가 집으로 찾아가 VCR만 찍는 방향 제안.
- 4번 {{p:엄순희}} 씨는 동생 {{p:엄순옥}}이 아직 북에 있어서 최종 취소. NGO {{p:신}} 국장님이 연결해 주신 분.
- 공통: 출연료 계좌는 본명 계좌. {{r:하늘}} 씨 계좌 명의 {{r:송은별}} 확인. 녹화일 별이 뜨는 밤 야외 촬영은 없음.

방송사 확인: {{u:채널A}} 편성팀 {{p:노재석}} 과장 회신 대기.""",
    },
    {
        "id": "h69-ko-08",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Yong-chun", "김영춘", "witness", ["영춘"]),
            ("Pak Sung-il", "박승일", "supervisor", []),
            ("Kim Yong-sik", "김영식", "relative", ["영식"]),
        ],
        "note": "List of call-recording files copied from a former worker's Android phone with the NGO's listening notes; contact names inside file names (a surname fused to the title 반장, a given name with 이형), numbers without names, kinship-only contacts unmarked, a Russian foreman and an NGO counsellor; the Korean file-name pattern with date and time.",
        "text": """[증거자료 목록] {{r:김영춘}} 님 휴대폰 통화 녹음 파일 (본인 동의, 2023. 4. 2. 복사)
복사·청취: NGO 상담원 {{p:김미나}} / 검토: {{p:류}} 변호사

번호 | 파일명 | 길이
1 | 통화 녹음 {{r:영식}}이형_230301_201455.m4a | 12:04
2 | 통화 녹음 {{r:박}}반장(현장)_230302_073012.m4a | 03:41
3 | 통화 녹음 010-7xxx-xxxx_230303_093012.m4a | 00:58
4 | 통화 녹음 엄마_230305_210533.m4a | 08:17
5 | 통화 녹음 {{p:Sergey}} 프로라브_230306_181204.m4a | 01:30
6 | 통화 녹음 {{r:박}}반장(현장)_230308_230145.m4a | 06:52
7 | 통화 녹음 {{p:순이}} 누나_230310_140022.m4a | 04:10
8 | 통화 녹음 정착센터 {{p:정}}선생님_230312_101510.m4a | 02:33
9 | 통화 녹음 변호사 {{p:윤}}_230315_163047.m4a | 09:45

청취 메모
1번: 형 {{r:김영식}} 씨와 통화. 형은 {{u:블라디보스토크}} 건설현장 시절 같이 있었던 {{p:안철국}} 소식을 물음. {{r:영식}} 형 말로는 {{p:철국}}이 아직 그쪽에 있다고.
2번: {{r:박승일}} 반장. "{{r:영춘}}아, 너 이번 달 과제금 아직이다" (과제금 = 상납금). {{r:영춘}} 님은 대답 없이 끊음.
3번: 번호만 저장. 여성 목소리, 중국어. 내용 불명.
4번: 어머니와 통화. 이름 언급 없음. 개인 통화라 청취 중단.
5번: 러시아인 작업반장(프로라브) {{p:세르게이}}. 러시아어. "{{r:Пак}} сказал, что ты больше не работаешь" - 여기서 {{r:Пак}}은 {{r:박승일}} 반장을 말함.
6번: 다시 {{r:박}} 반장. 밤 11시. 욕설. "{{r:김영춘}}이, 네 형도 다 안다."
7번: {{p:순이}} 누나 = 교회 집사 {{p:차순이}} 님. 쉼터 안내.
8번: {{p:정}} 선생님(정착센터). 병원 예약.
9번: {{p:윤}} 변호사 첫 상담.

※ 검토 의견({{p:류}}): 2번, 6번이 핵심. 5번도 {{r:박}} 반장 관련이므로 번역문 첨부.""",
    },
    {
        "id": "h69-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Hong Sol-hui", "홍설희", "witness", ["설희"]),
            ("Tak Yong-man", "탁영만", "other", []),
            ("Ri Kyong-ae", "리경애", "coworker", ["경애"]),
        ],
        "note": "Korean criminal trial protocol extract with question-and-answer witness examination in a broker fraud case; witness, defendant and a co-worker registered, judge, prosecutor, defence counsel and clerk private; the defendant's nickname with the title 사장 outside, a Chinese broker with a Chinese form of address, the ordinary word 설 (New Year) near the witness's name.",
        "text": """{{u:서울중앙지방법원}}
공 판 조 서 (제3회)
사건 2023고단4471 사기
재판장 판사 {{p:권혁진}}   법원사무관 {{p:이소희}}
검사 {{p:남다은}}   피고인 {{r:탁영만}}   변호인 변호사 {{p:정우석}}

증인 {{r:홍설희}}에 대한 신문

검사
문: 증인은 피고인을 언제 처음 만났나요.
답: 2019년 설 무렵에 {{u:단둥}}에서 만났습니다. 저는 그때 수산물 공장에서 일하다가 나와 있었습니다. 같이 나온 {{r:리경애}} 언니가 "{{r:탁}} 사장이라는 사람이 남쪽까지 보내 준다"고 해서 만났습니다.
문: 피고인이 증인에게 무엇이라고 했나요.
답: 남쪽에 가면 돈을 벌어서 갚으면 된다고, 1인당 1,500만 원이라고 했습니다. {{r:경애}} 언니와 저 두 사람 몫으로 3,000만 원이었습니다.
문: 그 돈은 누구에게 주었나요.
답: 남쪽에 온 뒤에 제가 통장으로 {{r:탁영만}} 씨에게 보냈습니다. 처음에는 {{p:老崔}}라는 사람 계좌로 보내라고 했다가 나중에 {{r:탁}} 사장 본인 계좌로 바꾸라고 했습니다.
문: 피고인은 약속대로 증인을 남쪽까지 데려왔나요.
답: 아닙니다. 저희는 {{u:라오스}}까지 가서 {{p:노진호}}라는 다른 사람에게 넘겨졌습니다. {{p:노진호}} 씨가 "{{r:탁}} 사장한테 돈 못 받았다"며 저희를 두 달 동안 방에 두었습니다.

변호인
문: 증인은 피고인이 아니라 {{p:노진호}}에게 속은 것 아닌가요.
답: {{p:노진호}} 씨는 {{r:탁}} 사장이 보낸 사람이라고 했습니다.
문: 증인과 함께 있었던 {{r:리경애}}는 현재 어디에 있나요.
답: {{r:경애}} 언니는 {{u:라오스}}에서 붙잡혀 북송되었습니다. 그 뒤로 소식이 없습니다.
문: 그렇다면 {{r:리경애}}가 피고인에게 돈을 주기로 한 사실을 증인이 직접 본 것은 아니지 않나요.
답: 제가 옆에 있었습니다. {{r:탁영만}} 씨가 "{{r:설희}}, {{r:경애}} 두 사람 합쳐서 3,000"이라고 말하는 것을 들었습니다.

재판장
문: 증인이 공장에 있을 때 관리하던 사람 이름을 기억하나요.
답: 저희 작업반 책임자는 {{p:전옥순}}이라는 여성이었고, 공장 쪽 관리자는 {{p:孙经理}}라고 불렀습니다.
재판장: 이 부분은 이 사건과 직접 관련이 없으므로 더 묻지 않겠습니다.

재판장은 다음 기일을 2024. 5. 14. 10:30으로 지정하고, 변호인이 신청한 증인 {{p:노진호}}에 대하여는 소재 확인 후 채부를 결정하겠다고 고지.

법원사무관 {{p:이소희}}   재판장 판사 {{p:권혁진}}""",
    },
    {
        "id": "h69-ko-10",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Sim Chol-gyu", "심철규", "witness", ["철규"]),
            ("Hwang Pyong-nam", "황병남", "supervisor", []),
        ],
        "note": "NGO analyst's memo on dashcam footage from a Vladivostok taxi recording a worker being taken from the street; speech transcribed with timestamps, Korean and Russian names, a minder known by surname plus title, the taxi driver and a passer-by unregistered; half CRLF and half LF.",
        "text": """[영상 분석 메모] 블랙박스 영상 (택시, {{u:블라디보스토크}}, 2019. 10. 3.)
제공: 택시 기사 {{p:Андрей Волков}} → 현지 활동가 {{p:이고르}} → NGO
분석: {{p:문채원}} / 한국어 청취 보조: {{p:강태민}}

00:00:12 택시가 건설현장 숙소 앞 길가에 정차. 조수석 뒷문으로 남성 탑승(이하 "남성 A"). 남성 A는 나중에 {{r:심철규}} 본인이 자기라고 확인함.
00:00:31 남성 A: "빨리요, 빨리." (한국어)
00:00:35 기사({{p:볼코프}}): "Куда?" 남성 A가 종이를 보여 줌.
00:00:52 뒤쪽에서 남성 2명이 차로 달려옴. 한 명이 운전석 창문을 두드림.
00:01:03 창밖 남성(이하 "남성 B"): "{{r:철규}}야! 내려! {{r:심철규}}, 너 지금 뭐 하는 거야!"
00:01:10 남성 B가 기사에게 러시아어로: "Это наш рабочий. Он болен." (우리 노동자다, 아프다)
00:01:18 {{r:철규}} 님 확인: 남성 B = 당시 숙소 담당 지도원 {{r:황병남}}. 현장에서는 "{{r:황}} 지도원"으로 불림.
00:01:25 두 번째 남성(이하 "남성 C"): "{{r:황}} 동지, 문 열렸습니다." {{r:철규}} 님은 남성 C를 작업반원 {{p:우경호}}로 봄. "{{p:경호}}는 시키는 대로 했을 뿐"이라고 함.
00:01:40 차 문이 열리고 {{r:철규}} 님이 끌려 나감. 기사 {{p:Волков}}가 "Эй! Эй!" 외침.
00:01:58 행인 여성이 휴대폰으로 촬영하는 모습이 보임(신원 불명).
00:02:20 영상 끝.

분석 의견
1. 남성 B의 얼굴은 00:01:05~00:01:09에 비교적 선명함. {{r:철규}} 님 외에 다른 전직 노동자 {{p:배영찬}} 님도 사진을 보고 "{{r:황병남}}이 맞다"고 함.
2. 기사 {{p:볼코프}} 씨는 이 영상을 경찰에 제출하지 않았다고 {{p:이고르}}가 전함. {{p:Андрей}}는 "그날 밤 그 사람이 다시 와서 돈을 주고 갔다"고 함.
3. {{r:심철규}} 님은 이날 숙소로 돌아가 2주간 감금되었다가 11월에 다시 탈출함. 두 번째에는 {{p:이고르}}의 차를 탐.
4. 공개 시 얼굴 처리 대상: 남성 A, 남성 C, 행인. 남성 B({{r:황}})는 법률 검토 후 결정.""",
    },
    {
        "id": "h69-ko-11",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("O Kum-ran", "오금란", "witness", ["금란"]),
            ("Choe Yu-jin", "최유진", "relative", ["유진"]),
            ("Ma Sun-ok", "마순옥", "supervisor", []),
        ],
        "note": "Sentence-completion test sheet of a former garment worker with the psychologist's summary; one-syllable surnames 오 and 마 beside ordinary words (오늘, 마음), the daughter with the affectionate suffix outside, a friend and a teacher, a place name (Ningbo) public; printed stems kept.",
        "text": """문장완성검사(SCT) 응답지 - 성인용 (발췌)
피검자: {{r:오금란}} (여, 46세)   검사일: 2024. 1. 23.   검사자: 임상심리사 {{p:허윤정}}

1. 나에게 가장 좋았던 때는 → {{r:유진}}이 태어났을 때.
2. 내가 어렸을 때는 → 배가 고팠다. 오늘은 배는 안 고프다.
3. 나의 어머니는 → 아직 거기 계신다. 이름을 쓰면 안 될 것 같다.
5. 나를 가장 힘들게 한 사람은 → {{r:마순옥}} 반장. {{r:마}} 반장은 밤에도 재봉틀을 돌리게 했다.
6. 내가 믿는 사람은 → {{p:은주}} 언니, 그리고 {{p:김}} 선생님.
8. 다른 사람들은 나를 → "{{r:금란}}이는 독하다"고 한다. 독해야 살았다.
9. 내가 잊고 싶은 것은 → {{u:닝보}} 봉제공장 기숙사. 2층 침대, 열두 명.
11. 나의 딸은 → {{r:최유진}}. 중학교 2학년. 나보다 키가 크다.
12. 내가 두려워하는 것은 → {{r:유진}}이가 내 과거를 아는 것.
14. 나의 가장 큰 결점은 → 마음이 급하다.
15. 언젠가 나는 → {{r:유진}}이랑 바다에 가고 싶다.
17. 내가 일하던 곳의 사람들은 → {{p:정화}}, {{p:옥심}}, {{p:향미}}. 다 같이 웃던 날도 있었다. {{r:마}} 반장이 없을 때.
19. 남자들은 → 공장 사장 {{p:陈}} 씨는 우리 이름도 몰랐다. 번호로 불렀다.
21. 나의 아버지는 → 기억이 잘 안 난다.
23. 내 생각에 가장 좋은 친구는 → {{p:은주}} 언니. {{p:송은주}}. 같이 넘어왔다.
25. 내가 바라는 것은 → 오래 사는 것. 오늘처럼.

검사자 소견 ({{p:허윤정}})
피검자는 딸({{r:유진}})과 관련된 문항에서 가장 긍정적인 정서를 보였으며, 과거 작업장 관리자({{r:마순옥}})에 관한 문항에서 분노와 두려움이 뚜렷하였다. 3번 문항에서 어머니의 이름을 쓰지 않은 것은 가족 안전에 대한 경계로 보인다. {{r:오금란}} 님은 검사 후 "{{p:은주}} 언니한테 이 종이 보여 줘도 되냐"고 물었으며, 검사자는 본인 선택이라고 안내하였다. 담당 사회복지사 {{p:정다운}}에게 결과 공유(본인 동의).""",
    },
    {
        "id": "h69-ko-12",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Om Kyong-chol", "엄경철", "witness", ["경철"]),
            ("Ko Myong-jin", "고명진", "other", []),
        ],
        "note": "Application for a garnishment and collection order against a broker's bank deposit, filed by a former Qatar worker; creditor, debtor, the debtor's wife and a fellow victim; legal practitioner private; the court and the bank public; the word 고 in compound verbs near the surname 고.",
        "text": """채권압류 및 추심명령 신청서

채 권 자  {{r:엄경철}} (주민등록번호 생략)
          대리인 법무사 {{p:정소연}}
채 무 자  {{r:고명진}} (1971. 9. 30.생)
제3채무자 {{u:주식회사 국민은행}} (대표이사 생략)

청구채권의 표시
금 21,000,000원. {{u:서울남부지방법원}} 2022가단21870 대여금 사건의 집행력 있는 판결 정본에 기한 원금 및 지연손해금

압류할 채권의 표시
채무자가 제3채무자에 대하여 가지는 예금채권 중 위 청구금액에 이르기까지의 금액 (별지 목록 기재)

신 청 이 유
1. 채권자 {{r:엄경철}}은 2013년부터 2016년까지 {{u:카타르}} 건설현장에 파견되었던 사람으로, 2018년 입국 후 채무자 {{r:고명진}}에게 북에 남은 아내 {{p:유선희}}와 아들 {{p:엄진혁}}을 데려와 달라며 2,100만 원을 건넸습니다.
2. 채무자는 돈을 받고도 가족을 데려오지 않았고, 채권자는 소송을 제기하여 승소하였으나 채무자는 변제하지 않고 있습니다.
3. 채권자가 알아본 바에 따르면 채무자는 자기 명의 계좌 외에 처 {{p:노은실}} 명의 계좌도 사용하고 있으나, 우선 채무자 명의 예금채권에 대하여 이 신청을 합니다.
4. 같은 채무자에게 돈을 건넨 피해자로 {{p:도성진}}이 있으며, 그는 별도로 소송을 진행 중입니다.

첨부서류: 집행력 있는 판결정본 1통, 송달증명원 1통, 확정증명원 1통

2024. 3. 7.
채권자 대리인 법무사 {{p:정소연}} (인)

{{u:서울남부지방법원}} 귀중

[사무소 메모 - 사무원 {{p:박하람}}]
- {{r:경철}} 님 말씀: {{r:고}} 씨가 처음에는 "석 달이면 된다"고 했다고. {{r:고명진}}은 다른 탈북민들한테도 "{{r:고}} 선생"으로 통함.
- 아내 {{p:선희}} 씨, 아들 {{p:진혁}}이 소식은 2020년 이후 없음. 신청서에 이름 넣는 것 본인 동의 받음.
- {{p:도성진}} 님 사건 담당은 {{p:한}} 변호사님. 자료 공유는 {{r:엄경철}} 님 동의 후.""",
    },
    {
        "id": "h69-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kye Un-jong", "계은정", "witness", ["바람", "은정"]),
            ("Pang Hye-suk", "방혜숙", "supervisor", []),
        ],
        "note": "Book publishing contract for a former seafood worker's memoir under a pen name that is also the ordinary word for wish/wind; pen name and real name registered, the memoir's minder registered, ghost-writer, publisher, editor and foreign-rights agent private; the word 바람 used ordinarily in clauses is unmarked.",
        "text": """출판권 설정 계약서

저작물의 표시: 『차가운 손 - 어느 수산물 공장의 3년』 (가제)
저작자: 필명 {{r:바람}} (본명 {{r:계은정}}, 이하 "갑")
출판사: 도서출판 ○○, 대표 {{p:문태일}} (이하 "을")
구술 정리(공동작업자): {{p:이하윤}} 작가 (이하 "병")

제1조 (목적) 이 계약은 갑이 저작한 위 저작물의 출판에 관하여 갑과 을 사이의 권리와 의무를 정한다.

제5조 (저작자 표시) ① 저작물의 표지와 판권면에는 저작자를 필명 "{{r:바람}}"으로만 표시한다. ② 을은 갑의 본명 "{{r:계은정}}"을 어떠한 홍보물에도 사용하지 아니한다. ③ 구술 정리자 표시는 "정리 {{p:이하윤}}"으로 한다.

제6조 (등장인물의 실명) ① 작품 중 등장하는 작업반장 {{r:방혜숙}}, 동료 {{p:차옥화}}, {{p:림정심}} 및 중국인 관리자 {{p:于}} 씨의 실명은 출간 전 가명으로 바꾼다. ② 다만 갑의 바람에 따라, 작업반장 {{r:방혜숙}}의 성(姓)은 그대로 두고 이름만 바꿀 수 있다.

제9조 (인세) 정가의 10퍼센트로 하며, 그중 2퍼센트는 병에게 지급한다.

제12조 (해외 번역 출판) 을은 해외 판권 중개를 에이전트 {{p:Emily Hart}}에게 위임할 수 있으며, 번역본에서도 제5조와 제6조를 지키게 한다.

제15조 (안전) 을은 갑의 신변 안전을 위하여 저자 사진, 낭독회, 언론 인터뷰 일정을 갑과 미리 협의한다. 갑이 원하지 않으면 바람이 세게 부는 날의 야외 사인회처럼 사소한 일정이라도 취소할 수 있다.

2024년 2월 5일
갑 {{r:바람}} ({{r:계은정}}) (서명)   을 도서출판 ○○ 대표 {{p:문태일}} (인)   병 {{p:이하윤}} (서명)

[편집자 메모 - {{p:정서연}}]
- 원고 3장: "{{r:방}} 반장이 우리 손을 얼음물에 담그게 했다." → 가명 처리 후 성 "방"도 바꿔야 하는지 {{r:은정}} 님께 확인.
- {{p:옥화}} 언니 에피소드(손가락 동상)는 {{r:은정}} 님이 꼭 넣고 싶어 함.
- {{p:Emily}}가 영어판 제목으로 "Cold Hands"를 제안.""",
    },
    {
        "id": "h69-ko-14",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Jong Chol-min", "정철민", "witness", ["철민", "Jeong Cheol-min"]),
            ("Pyo Kwang-il", "표광일", "coworker", ["광일", "곰탱이"]),
        ],
        "note": "YouTube collaboration revenue-share sheet of defector creators with channel names containing given names and surnames (only the name part labelled), a guest who was the host's co-worker at a Siberian logging camp, an editor and a thumbnail designer; YouTube public; CRLF.",
        "text": """[{{u:유튜브}} 협업 정산표] 2024년 1분기 - 작성: 편집자 {{p:한솔}}

채널 | 운영자 | 영상 | 조회수 | 수익(원) | 배분
{{r:철민}}TV | {{r:정철민}} | {{u:시베리아}} 벌목장 24시 (게스트 {{r:표광일}}) | 412,300 | 1,236,000 | {{r:정철민}} 50 / {{r:표광일}} 30 / 편집 20
{{p:유나}}의 서울살이 | {{p:마유나}} | {{r:철민}} 오빠랑 고향 간식 먹방 | 188,900 | 541,000 | {{p:마유나}} 60 / {{r:정철민}} 25 / 편집 15
탈북남자 {{p:강}}씨 | {{p:강현우}} | 해외파견 썰 합방 | 95,400 | 262,000 | {{p:강현우}} 50 / {{r:정철민}} 30 / 편집 20
{{p:박}}씨네 밥상 | {{p:박선애}} | 설 특집 | 61,200 | 173,000 | 단독 (협업 아님)

메모
- "{{u:시베리아}} 벌목장 24시": {{r:광일}} 형님 출연료는 1회 지급으로 합의했었는데, {{r:철민}} 님이 조회수가 잘 나와서 30% 배분으로 바꾸자고 함.
- {{r:표광일}} 님은 얼굴 모자이크 요청. 썸네일 디자이너 {{p:세아}} 님께 전달.
- 영상 속 "{{p:리}} 작업소장"은 {{r:광일}} 님 요청으로 "삐" 처리. {{r:정철민}} 님은 실명 그대로 가자고 했으나 {{r:표광일}} 님 반대.
- {{p:유나}} 님 먹방 영상에서 {{r:철민}} 님이 {{r:광일}} 님 별명 "{{r:곰탱이}}"를 말함. 자막에서는 뺌.
- {{p:강}}씨 채널 정산은 {{p:강현우}} 님 계좌 변경으로 2월 말 지급.
- 다음 분기: {{r:Jeong Cheol-min}} 영어 자막판 채널 개설 검토 (번역 {{p:Lucy}} 님).""",
    },
    {
        "id": "h69-ko-15",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Sok Un-ha", "석은하", "witness", ["은하"]),
            ("Sok Jong-ho", "석정호", "relative", ["정호"]),
        ],
        "note": "University application personal statement by the daughter of a worker sent to Kuwait, with a mentor's bracketed comments; the applicant's given name beside the ordinary word 은하 (galaxy) discussed as a word, the father by name and by kinship term, teachers and a mentor with an English name, a classmate with the affectionate suffix outside; Kuwait public.",
        "text": """2025학년도 수시모집 자기소개서 (초안 3) - 지원자 {{r:석은하}}
[멘토 코멘트는 대괄호, 작성: {{p:Grace}} 멘토]

1. 고등학교 재학 기간 중 학업에 기울인 노력과 학습 경험
저는 중학교 2학년 때 {{u:한국}}에 와서 처음으로 과학 교과서를 읽었습니다. 처음 배운 단어 중 하나가 '은하'였습니다. 제 이름이 하늘의 강이라는 뜻이라는 것을 그때 알았습니다. 물리 담당 {{p:김현주}} 선생님께서는 방과 후마다 저에게 중학교 과정부터 다시 설명해 주셨습니다. [{{p:Grace}}: {{p:김현주}} 선생님 실명 괜찮은지 선생님께 여쭤보기]

2. 의미를 두고 노력한 교내 활동
과학동아리 '별자리'에서 친구 {{p:윤하윤}}과 함께 교내 천체관측회를 열었습니다. {{p:하윤}}이는 제가 처음 전학 왔을 때 급식실 자리를 맡아 준 친구입니다.

3. 지원 동기와 성장 과정
저희 아버지 {{r:석정호}}는 제가 여섯 살 때 {{u:쿠웨이트}}로 일하러 가셨습니다. 아버지는 건설현장에서 4년을 일하셨지만 돌아오실 때 가져오신 것은 손목시계 하나였습니다. 나중에 아버지께서 "작업반장 {{p:천}} 동무가 월급을 다 걷어 갔다"고 말씀하신 것을 기억합니다. [{{p:Grace}}: 이 문장은 입학사정관이 정치적으로 받아들일 수 있어요. 빼거나 순화 권장] 아버지가 어떤 일을 겪으셨는지 알고 싶어 저는 노동과 인권을 공부하기로 마음먹었습니다.
"{{r:정호}} 씨" 하고 이름을 불러 드리면 아버지는 지금도 웃으십니다. 여기 와서 아버지를 이름으로 부르는 사람은 정착 도우미 {{p:노경미}} 선생님뿐이었기 때문입니다.

[{{p:Grace}} 총평]
- {{r:은하}} 학생, 3번 좋아요. 다만 아버지 성함 "{{r:석정호}}"는 빼고 "아버지"로만 쓰는 게 안전할 것 같아요. {{r:은하}} 학생 이름은 어차피 지원서에 들어가니까 괜찮고요.
- '은하'라는 단어 이야기는 첫 문단에 두는 게 좋아요.
- 담임 {{p:박소연}} 선생님 추천서와 내용이 겹치지 않게 {{p:하윤}}이 이야기는 줄여도 돼요.""",
    },
    {
        "id": "h69-ko-16",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Pae Pun-ok", "배분옥", "relative", ["분옥"]),
            ("An Yong-chol", "안영철", "witness", ["영철"]),
        ],
        "note": "Adult-literacy class diary of an elderly mother whose son worked in Qatar, typed with her spelling mistakes and the teacher's corrections in brackets; the surname 안 beside the negative adverb 안, classmates called by given name with 할머니/언니, the teacher private; the son's co-worker and his minder mentioned by surname and title.",
        "text": """한글교실 일기장 - {{r:배분옥}} (78세) / 선생님: {{p:조은희}}
(틀린 글자는 그대로 옮기고, 선생님이 고친 것은 [ ] 안에)

3월 4일 월요일
오늘 처음 일기를 쓴다. 글씨가 안 이쁘다[예쁘다]. 우리 아들 {{r:안영철}}이가 공책을 사 주엇다[주었다]. {{r:영철}}이는 {{u:카타르}}에서 집을 지엇다[지었다]. 손이 다 갈라져서 왓다[왔다].

3월 6일 수요일
{{p:복순}} 할머니가 결석햇다[결석했다]. 허리가 안 좋다고 한다. {{p:말순}} 언니가 내 옆에 안자서[앉아서] 받침을 가르쳐 주엇다[주었다].

3월 11일 월요일
선생님이 "{{r:분옥}} 어머니 글씨가 제일 많이 늘었어요" 하고 칭찬하셧다[칭찬하셨다]. 집에 와서 {{r:영철}}이한테 자랑햇다[자랑했다]. 아들이 웃엇다[웃었다].

3월 13일 수요일
아들이 밤에 잠을 안 잔다. 그쪽 이야기는 안 한다. 한 번 물어보니 "{{p:김}} 반장", "{{p:차}} 지도원" 이름만 말하고 입을 다물엇다[다물었다]. 같이 일한 {{p:성호}}라는 사람이 떨어져서 다첫다고[다쳤다고] 한다.

3월 18일 월요일
오늘은 편지 쓰기. 나는 {{r:안영철}}에게 편지를 썻다[썼다]. "{{r:영철}}아 고맙다. 엄마가 글을 배워서 너한테 편지를 쓴다." 선생님이 눈물이 난다고 하셧다[하셨다].

3월 20일 수요일
{{p:복순}} 할머니 다시 나오셧다[나오셨다]. {{p:말순}} 언니는 손주 {{p:지안}}이 돌이라서 안 왓다[왔다].

[선생님 메모 - {{p:조은희}}]
{{r:배분옥}} 어머님 진도 빠름. 아드님 {{r:안영철}} 씨가 상담을 원하시면 센터 {{p:민}} 팀장님께 연결. 어머님 말씀으로는 {{r:안}} 씨가 현장에서 다친 동료({{p:성호}}) 일을 마음에 두고 있다고 함.""",
    },
    {
        "id": "h69-ko-17",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yo Myong-suk", "여명숙", "witness", ["명숙"]),
            ("Choe Kwang-nam", "최광남", "supervisor", []),
        ],
        "note": "Printout of a former seafood worker's phone speed-dial list and favourites with the NGO's notes; contact labels combining surnames with titles and kinship words, a canteen worker saved with a Chinese form of address while the boss's wife is saved by a role word (unmarked), emoji after a name, a husband saved under a joke nickname; the surname 여 beside the interjection 여보세요.",
        "text": """[단축번호/즐겨찾기 목록] {{r:여명숙}} 님 휴대폰 화면 캡처 옮김 (2024. 5. 8., 본인 동의)

단축번호
1  음성사서함
2  딸 💕
3  {{p:순영}}언니
4  {{r:최}}반장 (옛날 번호)
5  {{p:王姐}}
6  정착센터 {{p:하}}선생님
7  교회 {{p:문}} 권사님
8  {{p:Jenny}} 👩‍⚖️
9  택시

즐겨찾기
- {{p:순영}}언니 ⭐
- {{p:김미령}}
- {{p:깡패}}
- 老板娘

NGO 메모 (상담원 {{p:도은지}})
- 4번 "{{r:최}}반장"은 {{u:훈춘}} 수산물 공장 시절 작업반장 {{r:최광남}}. {{r:명숙}} 님은 "번호가 살아 있는지 모른다, 지우지도 못하겠다"고 함. {{r:최광남}}이 2018년 귀국했다는 소문을 {{p:순영}} 언니한테 들었다고.
- 5번 {{p:王姐}} = 공장 식당 아주머니 {{p:王秀英}}. {{r:여명숙}} 님이 공장을 나올 때 도와준 사람.
- 즐겨찾기 "{{p:깡패}}"는 남편 {{p:이동규}} 씨. 농담으로 저장했다고 웃음. 위험 인물 아님.
- "老板娘"은 공장 사장 부인. 이름 모름.
- 8번 {{p:Jenny}} = 법률지원 {{p:제니 한}} 변호사.
- 통화할 때 {{r:명숙}} 님은 늘 "여보세요, {{r:여명숙}}입니다" 하고 받음. 본인 성을 "{{r:려}}"로 쓰던 습관이 남아 서류에 "{{r:려명숙}}"으로 적은 적 있음.""",
    },
    {
        "id": "h69-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pak Myong-chol", "박명철", "witness", ["Пак Мён Чхоль", "명철"]),
            ("Ko Yong-su", "고영수", "supervisor", ["Ко Ён Су"]),
        ],
        "note": "Russian complete blood count report for a construction worker with an NGO nurse's Korean and English annotations; patient in Cyrillic full form, initials and surname-only with Russian case endings, the brigade leader in Cyrillic and Hangul, Russian doctor and lab technician private; Vladivostok public.",
        "text": """ОБЩИЙ АНАЛИЗ КРОВИ (клинический)
Пациент: {{r:Пак Мён Чхоль}}   Пол: м   Дата рождения: 14.02.1988
Направил: врач-терапевт {{p:Смирнова Е.А.}}   Материал взят: 17.11.2018 08:40
Лаборатория: клинико-диагностическая, г. {{u:Владивосток}}

Показатель        Результат   Норма
Гемоглобин (HGB)  92 г/л      130-160   ↓
Эритроциты (RBC)  3,4×10^12/л 4,0-5,0   ↓
Лейкоциты (WBC)   11,8×10^9/л 4,0-9,0   ↑
Тромбоциты (PLT)  210×10^9/л  180-320
СОЭ               34 мм/ч     2-15      ↑

Исполнитель: лаборант {{p:Иванова Т.}}   Проверил: {{p:Смирнова}}
Примечание врача: У пациента {{r:Пака}} выраженная анемия. Рекомендована госпитализация. Сопровождающий ({{r:Ко Ён Су}}) от госпитализации отказался от имени пациента.

[NGO 간호사 자원봉사자 {{p:류소은}} 메모, 2023]
- {{r:명철}} 씨 본인이 보관하던 원본 사진. 헤모글로빈 92면 중등도 빈혈. 백혈구·ESR 상승은 감염 가능성.
- "Сопровождающий {{r:Ко Ён Су}}" = 작업반장 {{r:고영수}}. {{r:명철}} 씨 말로는 {{r:고}} 반장이 "입원하면 하루 일당이 다 날아간다"며 의사 {{p:스미르노바}} 선생 앞에서 서류에 대신 서명했다고.
- 같은 숙소 {{p:Ри Хак Чхоль}}(={{p:리학철}})도 비슷한 증상으로 같은 주에 검사받았다고 하는데 결과지 없음.
- English summary for Dr {{p:Allen}}: Hb 92 g/L, WBC 11.8, ESR 34 on 17 Nov 2018. Admission recommended, refused on the patient's behalf by the brigade leader ({{r:Ko Yong-su}}). Patient {{r:Pak Myong-chol}} ({{r:P.M.C.}}) says he was back on the site the same afternoon.
- {{r:П. М. Ч.}} 이니셜로 된 두 번째 결과지(12월)는 흐려서 판독 불가.""",
    },
    {
        "id": "h69-mixed-02",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Choe Sun-hui", "최순희", "witness", ["순희", "崔顺姬"]),
            ("Jang Ok-ran", "장옥란", "supervisor", ["张玉兰"]),
        ],
        "note": "Chinese garment-factory dormitory check-out handover sheet with Hanzi transcriptions of Korean names, a Chinese dormitory manager addressed with a Chinese form of address, and the witness's Korean annotations and an English summary; names in Hanzi and Hangul for the same persons; CRLF.",
        "text": """宿舍退宿交接单
宿舍楼: 3号楼 412室   退宿日期: 2020年1月9日
退宿人员: {{r:崔顺姬}} / {{p:金英爱}} / {{p:李春花}} / {{p:韩明淑}}
带队负责人: {{r:张玉兰}}（朝方）   宿管: {{p:刘桂芳}}

物品        数量  状态      备注
床铺/被褥    4套   完好
电风扇      1台   损坏      {{p:李春花}}说是原来就坏的
暖水瓶      2个   缺1个     扣款20元，从{{r:崔顺姬}}押金扣
钥匙        4把   交回3把   {{p:金英爱}}钥匙遗失，扣款10元
押金退还    400元 已退      由{{r:张玉兰}}统一领取

宿管签字: {{p:刘桂芳}}   负责人签字: {{r:张玉兰}}
备注: 四人押金由带队{{r:张}}统一领取，本人未签字。——{{p:刘姐}}

[{{r:최순희}} 님 메모 (2023, {{u:서울}})]
- 제 이름 {{r:崔顺姬}} = {{r:최순희}}. {{p:金英爱}} = {{p:김영애}}, {{p:李春花}} = {{p:리춘화}}, {{p:韩明淑}} = {{p:한명숙}}.
- {{r:张玉兰}}은 우리 작업반장 {{r:장옥란}}. 보증금 400원은 {{r:장}} 반장이 다 가져가고 우리한테 한 푼도 안 줬음.
- 선풍기는 원래 고장 나 있었는데 {{p:춘화}}가 말해도 안 들어줌. 보온병 값은 제 보증금에서 뺐다고 적혀 있는데 보증금 자체를 못 받았음.
- {{p:刘姐}}({{p:류}} 씨 아주머니)는 좋은 사람이었음. 마지막 날 몰래 사과를 줬음.

[English summary, {{p:J. Whitfield}}]
Dormitory check-out sheet, 9 Jan 2020. Deposits (400 yuan) for four women, including {{r:Choe Sun-hui}}, were collected by the North Korean team leader {{r:Jang Ok-ran}} ({{r:Zhang Yulan}} in the Chinese record). {{r:Sun-hui}} says none was passed on.""",
    },
    {
        "id": "h69-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kang Chol-song", "강철성", "witness", ["Chol-song", "KANG CHOL SONG"]),
        ],
        "note": "SMS thread between a Polish voivodeship office's appointment system, a volunteer and a former shipyard worker, exported with timestamps; Polish automated messages with the name in capitals and in Polish case forms, Korean and English replies, an interpreter and a case officer; the voivodeship office public.",
        "text": """SMS export - numer +48 5xx xxx xxx (telefon wolontariusza {{p:Piotr Nowak}}) - wątek: {{u:UW Gdańsk}}
2019-02-11 09:02  {{u:UW GDANSK}}: Szanowny Panie {{r:KANG CHOL SONG}}, potwierdzamy wizyte w sprawie karty pobytu: 2019-02-19 godz. 10:30, stanowisko 7. Prosimy zabrac paszport.
2019-02-11 09:15  {{p:Piotr}}: {{r:철성}} 씨, 19일 10시 30분 예약 확정! 여권 가져오세요. Passport!
2019-02-11 09:40  {{p:Piotr}}: (forwarded to {{r:Chol-song}}) ok?
2019-02-11 21:12  +48 6xx ({{r:Chol-song}}): 여권 없어요. {{p:리}} 부장이 가지고 있어요.
2019-02-11 21:14  {{p:Piotr}}: Rozumiem. I will ask pani {{p:Agata}}.
2019-02-12 08:30  {{p:Piotr}} → {{p:Agata Kaczmarek}} ({{u:UW}}): Dzień dobry Pani {{p:Agato}}, pan {{r:Kang}} nie ma paszportu, paszport trzyma jego koordynator, pan {{p:Ri}}. Co robić?
2019-02-12 11:05  {{p:Agata Kaczmarek}}: Proszę przyjść z kopią i z tłumaczem. Sprawę pana {{r:Kanga}} prowadzi inspektor {{p:Marcin Duda}}.
2019-02-12 11:20  {{p:Piotr}}: 여권 복사본이랑 통역사 {{p:소영}} 씨랑 같이 가요. OK?
2019-02-12 22:47  +48 6xx ({{r:Chol-song}}): 네 감사합니다 {{p:피오트르}} 선생님 🙏
2019-02-19 07:50  {{p:Piotr}}: {{p:So-young}} is coming at 10:00. Meet at the main door.
2019-02-19 12:31  {{p:Piotr}} → {{p:Iwona}} (NGO): Done. Inspektor {{p:Duda}} przyjął wniosek pana {{r:Kanga Chol Songa}} bez paszportu, na razie. {{r:Kang}} very nervous, {{p:Ri}} called him 4x during the visit.
2019-02-27 09:02  {{u:UW GDANSK}}: Szanowny Panie {{r:KANG CHOL SONG}}, prosimy o uzupelnienie dokumentow w terminie 14 dni. Sygnatura: WSC-II-P.6151.xxxx.2019
2019-02-27 09:30  {{p:Piotr}}: {{r:철성}} 씨, 서류 더 필요해요. 내일 전화해요.
2019-03-04 18:44  +48 6xx ({{r:Chol-song}}): {{p:피오트르}} 선생님 저 이제 이 번호 못 써요. {{p:리}} 부장이 전화기 가져가요. 미안합니다. {{r:강철성}}
2019-03-04 18:51  {{p:Piotr}}: {{r:Chol-song}}?? Gdzie jesteś? 어디예요?
[no further replies]""",
    },
    {
        "id": "h69-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Han Tok-su", "한덕수", "supervisor", ["Хан Док Су"]),
            ("Kim Hyon-chol", "김현철", "witness", ["Ким Хён Чхоль"]),
        ],
        "note": "Russian reconciliation statement between a general contractor and a North Korean subcontracting brigade, photographed and annotated in Korean and English by a former worker; signatories in Cyrillic with initials, a brigade leader whose Hangul name coincides with a well-known South Korean politician's (a private person here), Russian accountants private; the name-collision case is labelled private.",
        "text": """АКТ СВЕРКИ взаимных расчётов за период: 01.01.2017 - 31.12.2017
между ООО «Восток-Монолит» и бригадой (руководитель {{r:Хан Д.С.}})

Дата       Документ                      Дебет        Кредит
31.03.2017 Акт КС-2 № 3                  4 120 000,00
05.04.2017 Платёжное поручение № 211                  4 000 000,00
30.06.2017 Акт КС-2 № 7                  5 380 000,00
10.07.2017 Расходный кассовый ордер № 88              5 000 000,00 (получил {{r:Хан Док Су}})
30.09.2017 Акт КС-2 № 11                 4 900 000,00
15.10.2017 Расходный кассовый ордер № 104             4 900 000,00 (получил {{r:Хан Д.С.}})
Сальдо на 31.12.2017 в пользу бригады: 500 000,00 руб.

От ООО «Восток-Монолит»: гл. бухгалтер {{p:Лебедева О.Н.}}
От бригады: руководитель {{r:Хан Д.С.}}, свидетель {{r:Ким Х.Ч.}}

[{{r:김현철}} 메모, 2022]
- 이 종이는 제가 서명한 것입니다. "свидетель {{r:Ким Х.Ч.}}" = {{r:김현철}}. {{r:한덕수}} 반장(남쪽의 그 유명한 정치인과 이름만 같은 사람)이 서명하라고 해서 했습니다.
- 회사가 1년에 1,940만 루블을 줬는데 우리 작업반 30명이 받은 것은 한 달에 1만 루블 정도였습니다. 나머지는 {{r:한}} 반장이 현금으로 받아 {{p:정}} 대표부 사람에게 넘겼다고 들었습니다.
- 경리 {{p:Лебедева}} 아주머니는 "{{r:Хан}} всё забирает"라고 혼잣말을 하곤 했습니다.
- 같이 서명 현장에 있었던 사람: {{p:송광진}}, {{p:림철}}.

[English note by {{p:K. Doyle}}]
Reconciliation statement for 2017. Total certified works RUB 14.4 million, of which cash orders of RUB 9.9 million were signed for by {{r:Han Tok-su}} personally. The witness, {{r:Kim Hyon-chol}}, signed as "witness" ({{r:Ким Хён Чхоль}} per his own transliteration). Note: the leader's Korean name is identical to that of a South Korean public figure; no connection.""",
    },
    {
        "id": "h69-mixed-05",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ryang Sun-ae", "량순애", "witness", ["梁顺爱", "LIANG SHUN'AI", "순애"]),
            ("Chae Yong-sil", "채영실", "supervisor", ["蔡英实"]),
        ],
        "note": "Chinese garment factory broken-needle log (断针记录) photographed by an auditor, with Korean notes from a former sewing operator and an English audit remark; Korean names in Hanzi and pinyin, a Chinese QC inspector called by a Chinese form of address, line numbers; Dandong public.",
        "text": """断针记录表  车间: 缝制二车间 (朝鲜班)   月份: 2019年7月
日期  | 时间  | 机台 | 操作员                  | 断针 | 碎片找齐 | 组长         | QC
07-02 | 09:40 | 14   | {{r:梁顺爱}}                  | 1    | 是       | {{r:蔡英实}}       | {{p:周敏}}
07-02 | 15:10 | 22   | {{p:金银姬}}                  | 1    | 否(缺1)  | {{r:蔡英实}}       | {{p:周敏}}
07-05 | 21:55 | 14   | {{r:梁顺爱}}                  | 2    | 是       | {{r:蔡}}           | {{p:小周}}
07-09 | 23:30 | 09   | {{p:朴春梅}}                  | 1    | 是       | {{r:蔡英实}}       | (空)
07-11 | 02:15 | 14   | {{r:LIANG SHUN'AI}}           | 1    | 是       | {{r:CAI YINGSHI}}  | {{p:ZHOU MIN}}
07-18 | 22:40 | 31   | {{p:韩玉珍}}                  | 1    | 否       | {{r:蔡英实}}       | {{p:周敏}}
备注: 7月11日凌晨2点记录由{{p:小周}}补签。缺失碎片批次已隔离。

[{{r:량순애}} 님 메모, 2023]
- {{r:梁顺爱}}가 저({{r:량순애}})입니다. {{r:蔡英实}}은 우리 조장 {{r:채영실}}.
- 7월 11일 새벽 2시 15분: 그때 우리는 새벽 3시까지 일했습니다. 바늘이 부러진 건 졸아서였습니다. {{r:채}} 조장이 "{{r:순애}}, 너 또냐" 하고 소리 질렀습니다.
- {{p:金银姬}} = {{p:김은희}}, {{p:朴春梅}} = {{p:박춘매}}, {{p:韩玉珍}} = {{p:한옥진}}. {{p:은희}}는 조각을 못 찾아서 그날 저녁밥을 못 먹었습니다.
- QC {{p:周敏}}(우리는 "{{p:小周}}"라고 불렀음)은 괜찮은 사람. 새벽 기록은 {{p:小周}}가 아침에 와서 대신 사인한 것.

[Audit remark - {{p:R. Gomes}}, {{u:Dandong}} factory visit]
Needle log shows entries at 21:55, 23:30, 02:15 and 22:40, i.e. night work on the Korean line. Operator {{r:Liang Shun'ai}} (= {{r:Ryang Sun-ae}}) appears three times in one month on the same machine. Line leader "{{r:Cai Yingshi}}" signs for her own team; QC {{p:Zhou Min}} countersigned one entry after the fact. Recommend interview with operators without the line leader present.""",
    },
    {
        "id": "h69-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            (
                "Rim Kwang-chol",
                "림광철",
                "supervisor",
                ["Рим Кван Чхоль", "Lim Kwang-cheol", "계산기"],
            ),
            ("Son Hyok", "손혁", "witness", ["Сон Хёк"]),
        ],
        "note": "Russian KS-2 acceptance act for finishing works with signatures of the contractor's engineer and a North Korean brigade leader, annotated in Korean and English; Russian names with initials and case endings, a Korean surname Son beside the English word son, a brigade nickname; Kazan public.",
        "text": """Унифицированная форма № КС-2
АКТ О ПРИЁМКЕ ВЫПОЛНЕННЫХ РАБОТ № 14 от 30.09.2018
Стройка: жилой комплекс, г. {{u:Казань}}, корпус 3
Подрядчик: бригада {{r:Рим К.Ч.}} (субподряд)
Заказчик: ООО «Казань-Стройинвест»

№ | Наименование работ                 | Ед.  | Кол-во | Стоимость, руб.
1 | Штукатурка стен, 6-9 этажи         | м2   | 4 820  | 1 446 000
2 | Шпатлёвка                          | м2   | 4 820  | 723 000
3 | Укладка плитки, санузлы            | м2   | 612    | 489 600
Итого: 2 658 600 руб.

Сдал: бригадир {{r:Рим Кван Чхоль}} /подпись/
Принял: инженер технадзора {{p:Гарипов Р.Ф.}} /подпись/
Согласовано: прораб {{p:Сафин}}

[{{r:손혁}} 메모]
- "бригадир {{r:Рим Кван Чхоль}}" = 작업반장 {{r:림광철}}. 우리는 뒤에서 "{{r:계산기}}"라고 불렀습니다. 모든 걸 돈으로 계산해서.
- 6~9층 미장 4,820제곱미터를 우리 12명이 3주 만에 했습니다. 밤 11시까지. 저, {{p:윤철남}}, {{p:박성국}}, {{p:곽명호}} 등.
- 감리 {{p:가리포프}}는 {{r:림}} 반장과 사이가 좋았고, 작업반원 누구와도 말하지 않았습니다.
- 돈은 {{r:림광철}}이 받아서 "계획분"을 빼고 우리 손에는 한 사람 3,000루블 정도 줬습니다.

[English note - {{p:M. Hale}}]
{{r:Son Hyok}} says he was the youngest in the brigade; the others treated him like a son. The act shows RUB 2.66 million for works he says were done by 12 men in three weeks. Signature "{{r:Рим К.Ч.}}" matches the leader {{r:Rim Kwang-chol}}; {{r:Son}} also saw the prorab, {{p:Safin}}, hand an envelope to {{r:Rim}}. {{r:Сон Хёк}} is how {{r:Hyok}}'s name was written on his site pass.""",
    },
    {
        "id": "h69-mixed-07",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kim Chung-il", "김충일", "witness", ["Chung-il"]),
            ("Ri Yong-gap", "리영갑", "supervisor", []),
        ],
        "note": "Polish voivode's decision refusing a temporary residence and work permit, with a volunteer's Korean summary and an English file note; Korean names declined in Polish (Kima, Kimowi Chung Ilowi) and an indeclinable Ri, the decision-signing official and the employer's president private with Polish case endings; the voivode's office and the Polish Act on Foreigners public; CRLF.",
        "text": """{{u:WOJEWODA POMORSKI}}
{{u:Gdańsk}}, dnia 14 marca 2018 r.
WSC-II-S.6151.xxxx.2017

DECYZJA
Na podstawie art. 100 ust. 1 pkt 6 {{u:ustawy o cudzoziemcach}}, po rozpatrzeniu wniosku Pana {{r:KIM CHUNG IL}}, obywatela {{u:Koreańskiej Republiki Ludowo-Demokratycznej}},
odmawiam
udzielenia cudzoziemcowi {{r:Kimowi Chung Ilowi}} zezwolenia na pobyt czasowy i pracę.

UZASADNIENIE
Wniosek złożył w imieniu cudzoziemca pełnomocnik pracodawcy, Pan {{r:Ri Yong Gap}}. Pracodawca, spółka Baltic Hull Services sp. z o.o., reprezentowana przez prezesa zarządu Pana {{p:Adama Michalskiego}}, zatrudniał Pana {{r:Kima}} jako spawacza. W toku postępowania ustalono, że wynagrodzenie Pana {{r:Kima}} przekazywane było na rachunek Pana {{r:Ri}}, a nie na rachunek cudzoziemca.
Od decyzji przysługuje odwołanie do Szefa {{u:Urzędu do Spraw Cudzoziemców}} w terminie 14 dni.
z up. Wojewody: {{p:Beata Szulc}}, kierownik oddziału

[자원봉사자 {{p:권예린}} 요약]
- {{r:김충일}} 씨 체류허가 거부 결정. 이유: 월급이 본인 계좌가 아니라 {{r:리영갑}} 계좌로 들어감.
- 결정문의 "{{r:Ri Yong Gap}}"은 회사에서 "{{r:리}} 부장"으로 불리던 {{r:리영갑}}.
- {{r:충일}} 씨는 결정문을 처음 봄. {{r:리}} 부장이 "서류 문제"라고만 했다고.
- 회사 사장 {{p:미할스키}} 씨는 통화에서 "모든 건 {{r:Ri}} 씨가 처리했다"고만 함. 같은 현장 용접공 {{p:조명길}}, {{p:하승호}} 씨도 같은 결정을 받았을 것으로 추정.

[English file note - {{p:T. Brooks}}]
{{r:Chung-il}} wants to appeal, but the 14-day deadline passed in March 2018. {{r:Kim}} learned of the decision only in 2023, when {{p:Szulc}}'s office sent a copy at our request.""",
    },
    {
        "id": "h69-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Song-guk", "김성국", "witness", ["Song-guk", "كيم سونغ غوك"]),
            ("Chon Yong-ho", "전영호", "supervisor", []),
        ],
        "note": "OCR of Metrash2 app screenshots (Qatar residency and absconding status) sent by a construction worker, with OCR noise, Arabic and English fields and the caseworker's Korean notes; worker's name in capitals, in Arabic script and with a fullwidth-letter OCR artefact, the team leader's name inside a sponsor note; Metrash2 and the Qatari ministry public.",
        "text": """[OCR - {{u:Metrash2}} screenshot 1/3, received via {{u:KakaoTalk}} 2018-06-02]
الاسم / Name: {{r:KIM SONG GUK}}
الاسم بالعربي: {{r:كيم سونغ غوك}}
Nationality: {{u:KOREA, DEMOCRATIC PEOPLE'S REP.}}
QID: 2844080xxxx   Expiry: 2018-11-30
Sponsor: 2-xxxxx AL SAAD STEEL & BUILDING CO. W.L.L.
Status: Valid

[OCR - screenshot 2/3]
Report type: Absconding / بلاغ تغيب
Reported by: PRO {{p:Mohammed Saleh}} on behalf of sponsor
Worker: {{r:ＫＩＭ SONG GUK}}   (as read by OCR)
Date of report: 2018-05-29
Note: "worker left accommodation, team leader {{r:CHON YONG HO}} informed"

[OCR - screenshot 3/3]
{{u:Ministry of Interior}} - Services - Complaints - "No records found"

[상담원 메모 - {{p:함지원}}]
- {{r:성국}} 씨가 보낸 캡처 3장. 2번 화면에 '무단이탈 신고'가 떠 있음. 신고일 5월 29일인데 {{r:김성국}} 씨는 5월 31일에 숙소를 나왔다고 함. 나오기 이틀 전에 이미 신고된 것.
- 신고 메모에 나오는 "{{r:CHON YONG HO}}"는 팀장 {{r:전영호}}. {{r:성국}} 씨 말로는 {{r:전}} 팀장이 "너 도망갈 거 다 안다"며 미리 회사 PRO {{p:Saleh}}에게 말했다고.
- 같은 날 신고된 동료: {{p:량철수}}, {{p:한금성}}. 둘 다 아직 숙소에 있음.
- 다음 단계: 변호사 {{p:Fatima Al-Kuwari}} 님 상담 예약. {{r:Kim}} 씨 여권은 {{r:전영호}}가 보관 중.""",
    },
    {
        "id": "h69-mixed-09",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Chun-ok", "리춘옥", "witness", ["춘옥", "Lee Chun-ok"]),
            ("Pak Yong-nam", "박영남", "coworker", ["영남"]),
            ("Song Myong-sil", "송명실", "supervisor", []),
        ],
        "note": "CMX-style edit decision list for a documentary about seafood-plant workers, with clip names built from interviewees' names, editor's comments in English and Korean, speaker names in subtitles; only the name part of clip names is labelled; Song as a surname beside the word song in a music cue.",
        "text": """TITLE: COLD_HANDS_ROUGHCUT_V7
FCM: NON-DROP FRAME
* EDITOR: {{p:Minji Seo}}   DIRECTOR: {{p:Adam Kerr}}

001  A001     V     C        00:12:04:10 00:12:19:02 01:00:00:00 01:00:14:16
* FROM CLIP NAME: INT_{{r:ChunOk}}_kitchen_01.mov
* COMMENT: {{r:춘옥}} 씨 오프닝 - "손이 얼어서 감각이 없었어요"
002  A014     V     C        00:03:41:00 00:03:52:12 01:00:14:16 01:00:26:04
* FROM CLIP NAME: BROLL_{{u:dandong}}_plant_ext.mov
003  A002     V     C        00:25:10:05 00:25:31:20 01:00:26:04 01:00:47:19
* FROM CLIP NAME: INT_{{r:ChunOk}}_kitchen_02.mov
* COMMENT: subtitle "{{r:Ri Chun-ok}}, former fish-plant worker" - check spelling, her SK ID says {{r:Lee Chun-ok}}
004  A007     V     C        00:08:02:11 00:08:20:00 01:00:47:19 01:01:05:08
* FROM CLIP NAME: INT_{{r:Pak_YN}}_car.mov
* COMMENT: {{r:박영남}} - voice altered, face blurred. {{r:Yong-nam}} says "{{r:Song}} watched us even in the toilet."
005  A007     V     C        00:09:15:00 00:09:29:13 01:01:05:08 01:01:19:21
* FROM CLIP NAME: INT_{{r:Pak_YN}}_car.mov
* COMMENT: {{r:영남}}: "{{r:송명실}} 반장은 노래를 시켰어요. 아침마다 같은 노래."
006  M003     A     C        00:00:00:00 00:00:48:00 01:01:05:08 01:01:53:08
* FROM CLIP NAME: MUSIC_factory_morning_song.wav
* COMMENT: morning song over B-roll, no relation to {{r:Song Myong-sil}}
007  A003     V     C        00:31:00:00 00:31:22:09 01:01:53:08 01:02:15:17
* FROM CLIP NAME: INT_{{r:ChunOk}}_kitchen_03.mov
* COMMENT: {{r:Chun-ok}} names the minder: "{{r:송명실}}이, {{r:송}} 반장." Keep or bleep? -> legal ({{p:Ruth}})
* {{p:AK}}: keep {{r:Song}} bleeped for festival cut. {{p:Minji}}, pls also blur name tag at 01:02:05.""",
    },
    {
        "id": "h69-mixed-10",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ji Myong-ho", "지명호", "witness", ["명호", "Myong-ho"]),
            ("Namgung Hyok", "남궁혁", "supervisor", ["Namkung Hyuk"]),
        ],
        "note": "XLIFF 1.2 file of a testimony being translated from Korean to English, with source and target segments, a translator's note and a reviewer's comment; the two-syllable surname 남궁 with the title 반장 outside, surname-only and given-name-only mentions in both languages, translator and reviewer private; Tomsk public.",
        "text": """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="testimony_T-031.docx" source-language="ko" target-language="en" datatype="plaintext">
  <header><note from="PM">Translator: {{p:Helen Cho}}; reviewer: {{p:Yerin Park}}</note></header>
  <body>
   <trans-unit id="1">
    <source>저는 {{r:지명호}}입니다. 2012년부터 2016년까지 {{u:톰스크}} 건설현장에 있었습니다.</source>
    <target state="translated">My name is {{r:Ji Myong-ho}}. From 2012 to 2016 I was at a construction site in {{u:Tomsk}}.</target>
   </trans-unit>
   <trans-unit id="2">
    <source>작업반장은 {{r:남궁혁}}이었습니다. 우리는 그냥 "{{r:남궁}} 반장"이라고 불렀습니다.</source>
    <target state="translated">The brigade leader was {{r:Namgung Hyok}}. We just called him "Brigade Leader {{r:Namgung}}".</target>
    <note from="translator">{{r:남궁}} is a two-syllable surname; do not split as "Nam Gung". Some documents spell it {{r:Namkung Hyuk}}.</note>
   </trans-unit>
   <trans-unit id="3">
    <source>{{r:남궁}} 반장은 "{{r:명호}}야, 너는 손이 빠르니 두 사람 몫을 해라"라고 했습니다.</source>
    <target state="needs-review">Brigade Leader {{r:Namgung}} said, "{{r:Myong-ho}}, you are quick with your hands, so do the work of two."</target>
   </trans-unit>
   <trans-unit id="4">
    <source>같은 방을 쓰던 {{p:우창일}}이가 발을 다쳤을 때도 {{r:남궁혁}}은 병원에 보내지 않았습니다.</source>
    <target state="translated">When {{p:U Chang-il}}, who shared my room, hurt his foot, {{r:Namgung Hyok}} did not send him to hospital either.</target>
    <note from="reviewer">{{p:YP}}: "{{p:U}}" alone looks like a typo in English. Suggest "{{p:Woo Chang-il}}" with a footnote? Ask {{r:Myong-ho}}.</note>
   </trans-unit>
   <trans-unit id="5">
    <source>{{p:창일}}이는 그 뒤로 절뚝거리며 일했습니다. 저는 지금도 그 모습이 생각납니다.</source>
    <target state="new"/>
   </trans-unit>
  </body>
 </file>
</xliff>""",
    },
    {
        "id": "h69-mixed-11",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kwak Chol-jin", "곽철진", "other", ["Kwak"]),
            ("Min Yong-ae", "민영애", "witness", ["영애"]),
            ("Sin Tae-ung", "신태웅", "other", []),
        ],
        "note": "Graphviz DOT file mapping a broker network that moved workers out of a Chinese seafood plant, with node labels in Korean, Chinese and English, edge labels with sums, comments by the analyst; node IDs built from romanized surnames and initials (labelled whole), a Chinese broker with a Chinese form of address; Yanji and Dandong public.",
        "text": """// broker_network_v3.dot - analyst: {{p:S. Rahimi}} - do not share outside the case team
digraph brokers {
  rankdir=LR;
  node [shape=box, fontname="Noto Sans CJK KR"];

  {{r:kwak_cj}}   [label="{{r:곽철진}}\\n({{r:Kwak Chol-jin}}, '{{r:곽}} 사장')\\n{{u:Yanji}}"];
  {{r:sin_tu}}    [label="{{r:신태웅}}\\n({{r:Sin Tae-ung}})\\n{{u:DPRK}} side, {{u:Dandong}}"];
  {{p:lao_zhao}}  [label="{{p:老赵}}\\n({{p:赵立军}})\\ndriver/safe house"];
  {{r:min_ya}}    [label="{{r:민영애}}\\n({{r:Min Yong-ae}})\\nwitness W-22", style=filled, fillcolor=lightyellow];
  {{p:jo_h}}      [label="{{p:조향}}\\n({{p:Jo Hyang}})\\nco-worker, caught 2019"];

  {{r:sin_tu}} -> {{r:kwak_cj}}   [label="lists of workers"];
  {{r:kwak_cj}} -> {{p:lao_zhao}} [label="RMB 8,000 / person"];
  {{p:lao_zhao}} -> {{r:min_ya}}  [label="moved 2019-03"];
  {{p:lao_zhao}} -> {{p:jo_h}}    [label="moved 2019-03, arrested"];
  {{r:min_ya}} -> {{r:kwak_cj}}   [label="KRW 15m owed", style=dashed];
}
// NOTE {{p:SR}}: {{r:Yong-ae}} says {{r:Kwak}} and {{r:Sin}} were in contact by phone; {{r:Sin Tae-ung}} supplied names of women "who might run". Source: W-22 interview 2023-08-14.
// TODO: add {{p:Hyang}}'s sister ({{p:조명}}) once {{r:영애}} confirms the spelling.""",
    },
    {
        "id": "h69-mixed-12",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Cha Yong-suk", "차용숙", "witness", ["Yong-suk"]),
            ("Cha Kum-bok", "차금복", "relative", ["금복"]),
            ("Do Sang-chol", "도상철", "witness", ["상철", "To Sang-chol"]),
            ("Kye Hun", "계훈", "supervisor", ["Kye"]),
        ],
        "note": "Bilingual wallet-size emergency contact (ICE) cards prepared by the NGO for former workers living in New Malden, typed from the print file; names in capitals, Hangul and surname-last order, a former minder listed under 'do not contact', a GP and an NGO volunteer; the surname Do beside the English verb do; double spaces, one inside a name; New Malden and the NHS public.",
        "text": """ICE CARDS - print batch 2024-03 (3 cards) - prepared by {{p:Mina Lee}}, checked by {{p:Grace Oh}}

========================================
IN CASE OF EMERGENCY / 비상시 연락처
Name / 이름: {{r:CHA YONG-SUK}} / {{r:차용숙}}
Lives in: {{u:New Malden}}
Languages: Korean only (some Russian)
1) Sister / 언니:  {{r:Cha  Kum-bok}} ({{r:차금복}}) 07xxx xxx xxx
2) NGO helpline: {{p:Mina}} 07xxx xxx xxx
Medical: type 2 diabetes, insulin. GP: Dr {{p:Patel}}
DO NOT CONTACT / 연락 금지: {{r:KYE HUN}} ({{r:계훈}})
========================================

========================================
IN CASE OF EMERGENCY / 비상시 연락처
Name / 이름: {{r:DO SANG-CHOL}} / {{r:도상철}}
Lives in: {{u:New Malden}}
Languages: Korean, basic English
1) Friend / 친구: {{r:Yong-suk Cha}} 07xxx xxx xxx
2) NGO helpline: {{p:Mina}} 07xxx xxx xxx
Medical: hearing loss right ear (site accident, {{u:Kuwait}} 2015)
DO NOT CONTACT / 연락 금지: {{r:Kye Hun}}
Note: Mr {{r:Do}} does not always hear his name called - please touch his shoulder. Do speak slowly.
========================================

========================================
IN CASE OF EMERGENCY / 비상시 연락처
Name / 이름: {{p:PYON MI-GYONG}} / {{p:변미경}}
1) Husband / 남편: {{p:Ri Sang-jun}} 07xxx xxx xxx
2) NGO helpline: {{p:Mina}} 07xxx xxx xxx
Medical: none known. {{u:NHS}} number on reverse.
========================================

[Note for {{p:Grace}}] {{r:용숙}} 언니가 {{r:금복}} 언니 번호 바뀌었다고 함 - 인쇄 전 확인! {{r:상철}} 씨는 {{r:계}} 지도원 이름을 카드에 넣는 것 자체를 무서워했는데 결국 넣기로 함. "{{r:계훈}}이 여기까지 올 리는 없지만" 이라고.""",
    },
    {
        "id": "h69-mixed-13",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Kang Tok-chol", "강덕철", "witness", ["Кан Док Чхоль", "덕철"]),
            ("Ri Hyong-gwon", "리형권", "supervisor", ["Ли Хён Гвон", "저울"]),
        ],
        "note": "Russian timber weighbridge ticket register from a logging site in the Amur region, with driver and loader names in Cyrillic and a former logger's Korean annotations and English summary; the North Korean foreman written Ли in Russian and 리 in Korean, Russian drivers with patronymic initials, a nickname; half CRLF and half LF.",
        "text": """ЖУРНАЛ ВЗВЕШИВАНИЯ ЛЕСОВОЗОВ   весовая № 2, {{u:Амурская область}}   январь 2016
Дата  | Талон | Автомобиль | Водитель         | Погрузка (бригада) | Брутто, т | Нетто, т | Весовщик
05.01 | 0112  | КамАЗ 43118 | {{p:Гусев А.П.}}       | {{r:Кан Д.Ч.}}            | 38,4      | 22,1     | {{p:Мельникова}}
05.01 | 0113  | КамАЗ 43118 | {{p:Шубин В.}}         | {{r:Кан Д.Ч.}}            | 39,0      | 22,7     | {{p:Мельникова}}
06.01 | 0119  | Урал        | {{p:Гусев А.П.}}       | {{p:Пён С.}}              | 37,2      | 20,9     | {{p:Мельникова}}
07.01 | 0124  | КамАЗ 43118 | {{p:Шубин В.}}         | {{r:Кан Д.Ч.}}            | 40,1      | 23,8     | {{p:Ткач}}
Приёмку подтвердил: мастер {{r:Ли Хён Гвон}}

[{{r:강덕철}} 메모]
- "{{r:Кан Д.Ч.}}"가 저입니다. 적재 담당이었고, 통나무를 규정보다 많이 실으라는 지시를 받았습니다. 총중량 40톤 넘는 것도 있었습니다.
- "мастер {{r:Ли Хён Гвон}}" = 우리 작업소 책임자 {{r:리형권}}. 현지 사람들은 "{{r:Ли}}"라고 불렀고, 우리는 뒤에서 "{{r:저울}}"이라고 했습니다. 무게만 따지는 사람이라서.
- 운전수 {{p:구세프}}는 과적이라고 몇 번 항의했는데, {{r:리}} 책임자가 담배 한 보루를 주고 입을 막았습니다.
- {{p:Пён С.}} = {{p:변상익}}. 1월 6일에 발을 다쳐서 그 뒤로는 명단에 없습니다.

[English summary - {{p:O. Brandt}}]
Weighbridge log, January 2016. Loading by {{r:Kang Tok-chol}}'s team; trucks regularly over 38 t gross. Acceptance signed by the foreman, recorded as {{r:Li Hyon Gvon}} ({{r:Ri Hyong-gwon}}). {{r:Kang}} says {{r:Ri}} rewarded drivers for not complaining.""",
    },
    {
        "id": "h69-mixed-14",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Choe Yong-il", "최영일", "witness", ["Чвэ Ён Иль", "Yong-il"]),
            ("Ho Chang-bom", "허창범", "supervisor", ["Хо Чхан Бом"]),
        ],
        "note": "Printout of a Gosuslugi application status page (notification of arrival of a foreign citizen) with a worker's name in Cyrillic capitals and a minder listed as host, and the NGO's Korean and English notes; the Korean surname Ho beside the interjection ho, a zero-width space inside a Cyrillic name copied from the portal; Gosuslugi and the Russian interior ministry public.",
        "text": """{{u:Госуслуги}} - Мои заявления - Уведомление о прибытии иностранного гражданина
Заявление № 3412xxxxxx от 12.02.2020
Статус: Отказ в приёме

Иностранный гражданин: {{r:ЧВЭ ЁН ИЛЬ}}
Гражданство: {{u:КНДР}}
Цель въезда: учёба
Принимающая сторона: {{r:Хо\u200bЧхан Бом}} (физическое лицо)
Подал: {{p:Орлова Наталья Викторовна}} (представитель)
Комментарий ведомства: Цель въезда не соответствует фактической деятельности. Обратитесь в подразделение по вопросам миграции {{u:МВД России}}.

[NGO 메모 - {{p:안소희}}]
- {{r:Чвэ Ён Иль}} = {{r:최영일}}. 2020년에 "학생 비자"로 들어갔지만 실제로는 건설현장에서 일함.
- 숙소 제공자(принимающая сторона)로 적힌 "{{r:Хо Чхан Бом}}"은 현장 책임자 {{r:허창범}}. 포털에서 복사할 때 이름 사이에 보이지 않는 문자가 들어가 있었음. {{r:허}} 책임자 본인은 러시아어를 못해서 서류는 {{p:Орлова}}라는 여성이 대신 냈다고 {{r:영일}} 씨가 말함.
- 거부 사유: "입국 목적과 실제 활동 불일치". {{r:최영일}} 씨는 이 통지 뒤 2주 만에 {{r:허창범}}에 의해 다른 현장으로 옮겨짐.

[English note - {{p:P. Walsh}}]
{{r:Yong-il}} laughed when he saw the host's name: "Ho, ho - {{r:Ho}} never hosted anyone, he locked us in." The portal rejected the notification; {{r:Choe}} was moved within two weeks.""",
    },
    {
        "id": "h69-mixed-15",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Paek Song-hui", "백성희", "witness", ["성희"]),
            ("Tong Chang-sik", "동창식", "supervisor", ["Dong Chang-sik"]),
            ("Ryu Kyong-hui", "류경희", "coworker", ["경희"]),
        ],
        "note": "Identification key for a group photograph of a women's construction-finishing brigade in Ulaanbaatar, numbered silhouettes with names in Hangul, romanization and Mongolian Cyrillic, and the NGO's notes; the surname 동 beside the ordinary word 동 (building block), a Mongolian site engineer; Ulaanbaatar public.",
        "text": """[단체사진 인물 대조표] 사진 P-117 - {{u:울란바토르}} 아파트 현장, 2017년 가을 (제공: {{r:백성희}})
작성: {{p:이주원}} / 확인: {{r:백성희}}, {{r:류경희}}

앞줄 (왼쪽부터)
1. {{r:동창식}} - 작업소 책임자. {{u:몽골}} 서류에는 {{r:Дон Чан Шик}}.
2. {{r:백성희}} ({{r:Paek Song-hui}}) - 도장공. 본인.
3. {{r:류경희}} ({{r:Ryu Kyong-hui}}) - 도장공. "{{r:경희}}는 지금 {{u:인천}}에 있음" ({{r:성희}} 님 말).
4. {{p:한옥실}} - 미장공. 2018년 귀국.
뒷줄 (왼쪽부터)
5. {{p:Батбаяр}} ({{p:Batbayar}}) - 몽골인 현장 기사
6. 얼굴 가려짐 - 이름 모름
7. {{p:김순덕}} - 취사원. "{{p:순덕}} 아주머니"
8. {{r:동}} 책임자 부인이라고 들은 여성 - 이름 모름

메모
- 사진 뒤에 "3동 준공 기념"이라고 적혀 있음. 여기서 "동"은 건물 동. {{r:동창식}} 책임자와 관계없음.
- {{r:성희}} 님: "{{r:동}} 책임자는 사진 찍을 때만 웃었다." 월급 봉투는 {{r:동창식}}이가 직접 나눠 주고 바로 다시 걷어 갔다고.
- {{p:Батбаяр}} 기사는 한국어를 조금 해서 {{r:경희}}한테 몽골어를 가르쳐 줬다고 함.
- English caption draft: Women of a {{u:DPRK}} finishing brigade, {{u:Ulaanbaatar}}, 2017. Front, 2nd and 3rd from left: {{r:Paek Song-hui}} and {{r:Ryu Kyong-hui}} (names used with consent). Front left: the site chief, {{r:Tong Chang-sik}}.""",
    },
    {
        "id": "h69-mixed-16",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Hwangbo Chol", "황보철", "witness", ["Hwangbo", "철"]),
            ("Kil Yong-jo", "길용조", "supervisor", ["용조"]),
        ],
        "note": "Word-level speech-recognition JSON of a bilingual interview with segment and word timings; a two-syllable surname, an ASR mis-hearing of the witness's name labelled as written, names fused with particles in word tokens (name part labelled), the supervisor's surname 길 beside the ordinary word 길 (road) and the English word kill in a transcript; the interviewer is unregistered.",
        "text": """{
  "job_id": "asr-2024-0611-{{r:hwangbo}}",
  "model": "multilingual-large",
  "languages": ["ko", "en"],
  "segments": [
    {"id": 0, "speaker": "SPK_1", "start": 3.12, "end": 6.40, "text": "Could you say your name for the recording?", "speaker_label": "{{p:Claire Dunn}}"},
    {"id": 1, "speaker": "SPK_2", "start": 7.02, "end": 9.88, "text": "제 이름은 {{r:황보철}}입니다. {{r:Wangbo Chol}}.", "speaker_label": "{{r:Hwangbo Chol}}",
     "words": [
       {"w": "제", "s": 7.02, "e": 7.20, "p": 0.99},
       {"w": "이름은", "s": 7.21, "e": 7.66, "p": 0.98},
       {"w": "{{r:황보철}}입니다.", "s": 7.70, "e": 8.81, "p": 0.71},
       {"w": "{{r:Wangbo}}", "s": 8.95, "e": 9.40, "p": 0.42},
       {"w": "{{r:Chol}}.", "s": 9.41, "e": 9.88, "p": 0.66}
     ]},
    {"id": 2, "speaker": "SPK_1", "start": 10.50, "end": 13.10, "text": "Thank you, Mr {{r:Hwangbo}}. Who was in charge at the site?", "speaker_label": "{{p:Claire Dunn}}"},
    {"id": 3, "speaker": "SPK_2", "start": 13.90, "end": 19.75, "text": "{{r:길용조}}라는 사람입니다. 우리는 {{r:길}} 반장이라고 했어요. 현장 가는 길에서도 감시했습니다.", "speaker_label": "{{r:Hwangbo Chol}}",
     "words": [
       {"w": "{{r:길용조}}라는", "s": 13.90, "e": 14.85, "p": 0.88},
       {"w": "사람입니다.", "s": 14.86, "e": 15.40, "p": 0.97},
       {"w": "우리는", "s": 15.60, "e": 15.95, "p": 0.99},
       {"w": "{{r:길}}", "s": 16.00, "e": 16.21, "p": 0.93},
       {"w": "반장이라고", "s": 16.22, "e": 16.90, "p": 0.96},
       {"w": "했어요.", "s": 16.91, "e": 17.20, "p": 0.99}
     ]},
    {"id": 4, "speaker": "SPK_3", "start": 20.10, "end": 24.30, "text": "He says the brigade leader, {{r:Kil Yong-jo}}, watched them even on the road to the site. He said he would kill anyone who ran.", "speaker_label": "{{p:Yujin Han}} (interpreter)"},
    {"id": 5, "speaker": "SPK_2", "start": 25.00, "end": 28.60, "text": "{{p:명진}}이가 도망갔을 때 {{r:용조}}가 직접 찾으러 갔어요.", "speaker_label": "{{r:Hwangbo Chol}}"},
    {"id": 6, "speaker": "SPK_1", "start": 29.10, "end": 31.00, "text": "And {{p:Myong-jin}} was caught?", "speaker_label": "{{p:Claire Dunn}}"}
  ],
  "review": {"corrected_by": "{{p:yhan}}", "note": "seg 1: ASR heard '{{r:Wangbo Chol}}' for {{r:Hwangbo Chol}}; keep as heard in the raw file"}
}""",
    },
]
