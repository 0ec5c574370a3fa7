# ruff: noqa: E501
"""Held-out evaluation passages, set 67. Built by build_heldout.py heldout67.

Fifty documents of the kind an NGO working on North Koreans sent abroad as forced
labourers could plausibly receive or write, written blind (the finder's code was not
read and the finder was not run). All genres are ones the earlier sets' opening lines
do not list (withhold-release-order petitions, employment-appeal skeleton arguments,
masters' notes of sea protest, blockchain wallet-attribution reports, hospital social
workers' psychosocial assessments, copyright takedown notices, embassy demarche
talking points, ILO article 24 representations, credit-report dispute letters,
supply-chain tier-mapping worksheets, modern-slavery statement reviews, hospital
chaplaincy referrals, book-review threads, trade-fair exhibitor lists, evaluation
terms of reference, PGP-signed e-mail exchanges, field-mission security check-in
logs, personal-rehabilitation creditor lists, advance-directive counselling records,
adult-guardianship petitions, health-insurance dependant registrations, marriage
registration worksheets, lease-fraud victim applications, defence counsel's written
opinions, small-claims complaints, resident-registration fact-finding notes,
polling-station observer rosters, civil-defence training completion lists, pet
registration and lost-pet records, objections to administrative fines, cooking-class
handouts with participants' notes, market merchants' dues ledgers, probation
supervision logs, transcribed North Korean returnee luggage inspection lists, Russian
police wanted bulletins, Russian expulsion rulings, Russian intoxication examination
acts, Chinese labour-arbitration applications, Chinese 12345 hotline work orders,
Chinese separation certificates, Xiaohongshu posts with comments, Douyin comment
sections, Chinese letters-and-visits petitions, Gulf sponsorship-transfer requests,
Gulf court-case SMS notifications, Polish social-insurance contribution statements,
Mongolian site information boards, Vietnamese landlords' confirmation letters,
Kuwaiti medical-committee decisions and Japanese lawyers' notices of engagement), in
English, Korean and mixed Korean/English with Russian, Chinese, Arabic, Mongolian,
Polish, Vietnamese and Japanese. Some passages use CRLF line breaks (one mixes CRLF
and LF), zero-width characters, a soft hyphen, fullwidth letters and emoji. All
persons are fictional; real public figures are mentioned only neutrally.

Labelling convention (as in the preceding sets):
- {{r:...}} a mention of a registered private person (listed in the passage's
  "persons" as (romanized name, Hangul name, role, aliases)); {{p:...}} a mention
  of an unregistered private person; {{u:...}} a public name: a real public figure,
  a real place, a real organisation or company, a real ship, app, platform or law.
- Every fictional person is private, whatever their office (a fictional judge,
  police officer, consul, doctor, inspector, notary, pastor or interpreter is private).
- Invented businesses, sites, churches and vessels are left unmarked.
- A mention is labelled as the text writes it: the name only, without particles
  (박철민이 -> {{r:박철민}}이; the affectionate suffix 이 after a given name also stays
  outside) and without titles (리 반장님 -> {{r:리}} 반장님, Mr {{p:Ho}}, Dr {{p:X}}),
  but Chinese forms of address are labelled whole (老周, 小王, 王总) and Russian and
  Polish names keep their case endings (Пака, Кима, Kima, Pakiem).
- A nickname, alias or false identity that refers to a person is a mention of that
  person; the same word used as an ordinary word is not.
- In an e-mail address, handle or file name only the part that spells the name is
  labelled; role accounts are unmarked.
- A surname discussed as a word is unmarked, and so are ordinary words that look
  like names.
- Country names are public places whenever they stand as nouns, also attributively
  (DPRK, PRC, 북한 사람, 중국 돈); nationality adjectives and derived words (Korean,
  Chinese, 한국어, 중국산, 러시아인) are not marked.
- A possessive 's, plural -s, particles and emoji stay outside a mention;
  zero-width characters, soft hyphens and fullwidth letters inside a name stay inside.
- Initials standing for a person are mentions.
- Generic kinship or role words used instead of a name (엄마, 형, 반장, "the cook")
  are not mentions; a pet name used like a name is.
"""

PASSAGES: list[dict] = [
    {
        "id": "h67-en-01",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Sun Guoqiang", "쑨궈창", "supervisor", ["老孙", "Sun"]),
            ("Sok Yong-nam", "석용남", "witness", ["Seok Yong-nam", "Yong-nam"]),
            ("Chae Kum-hyang", "채금향", "witness", ["Kum-hyang"]),
            ("Ju Song-chol", "주성철", "supervisor", ["Joo Sung-chul"]),
        ],
        "note": "Withhold Release Order petition to US customs on Chinese seafood processing; witnesses in capitals and Hangul, brigade leader in North and South spellings, Chinese workshop director as 老孙 and in pinyin, the ordinary word sun beside the surname Sun, statute names public.",
        "text": """PETITION FOR A WITHHOLD RELEASE ORDER
Submitted pursuant to 19 U.S.C. 1307 and 19 C.F.R. 12.42(b)

To: Forced Labor Division, Office of Trade, {{u:U.S. Customs and Border Protection}}
Prepared by: {{p:Rebecca Alvarez-Tran}} (supply-chain researcher) and {{p:Hong Min-seo}} (Korean-language analyst)
Reviewed by: {{p:Daniel K. Whitfield}}, outside counsel
Date: 14 November 2024

1. MERCHANDISE
Frozen Alaska pollock fillets and Pacific cod portions (HTSUS 0304.75 and 0304.71) processed at Haifeng Bay Aquatic Foods Co., Ltd. (the "Facility"), Industrial Park Road, {{u:Hunchun}}, {{u:People's Republic of China}}, and shipped to at least three {{u:U.S.}} importers between 2019 and 2024 (Annex C).

2. SUMMARY
Between 2017 and 2023 the Facility employed between 180 and 260 nationals of the {{u:Democratic People's Republic of Korea}}. Under section 321(b) of the {{u:Countering America's Adversaries Through Sanctions Act}} goods produced wholly or in part by North Korean nationals are presumed to be made with forced labor. The petition does not rely on the presumption alone: two former workers have given detailed statements, summarised below, which show at least six of the standard indicators of forced labour (retention of identity documents, withholding of wages, restriction of movement, isolation, intimidation and abusive working conditions).

3. WITNESS EVIDENCE
3.1 Witness A: {{r:SOK Yong-nam}} ({{r:석용남}}), male, born 1987. Worked at the Facility from March 2018 to October 2020 on the thawing and filleting line. Mr {{r:Sok}} states that on arrival the brigade leader, {{r:JU Song-chol}}, collected every worker's passport "for safekeeping" and that he never saw his own again until the day he left. According to {{r:Sok}}, {{r:Ju}} received the monthly wage envelopes from the Chinese accountant, Ms. {{p:Tian}}, and handed each worker between 150 and 300 yuan of a nominal 2,600.

3.2 Witness B: {{r:CHAE Kum-hyang}} ({{r:채금향}}), female, born 1992. Worked on the packing line from June 2017 to March 2023. Ms. {{r:Chae}} describes shifts starting before the sun came up and ending after 10 p.m. in the peak season, with two rest days a month. She names the Chinese workshop director as Mr. {{r:Sun Guoqiang}}, known on the floor as "{{r:老孙}}", and states that {{r:Sun}} and the brigade leader kept a joint list of "disobedient" women who lost their Sunday rest. {{r:Kum-hyang}} also names the political instructor, {{p:Ri Kwang-bom}}, who held self-criticism sessions every Saturday evening.

3.3 Co-workers named by both witnesses: {{p:Kang Ryon-hui}}, {{p:Rim Ok-sun}}, {{p:Pak Hye-gyong}} (team leader, packing) and {{p:Ho Un-jong}}. Witness A adds {{p:Tak Chol-hun}}, who lost two fingers on the band saw in 2019 and was sent home without compensation. The names of Chinese line supervisors {{p:Zhang Lihua}} and {{p:Wang Jun}} appear in both statements.

3.4 Corroboration. A Facility attendance photograph shared on a Chinese social-media site in 2019 (Annex D) shows {{r:Ju}} standing beside {{r:Sun}}. South Korean records list {{r:Ju}} under the spelling "{{r:Joo Sung-chul}}" on a 2015 entry for a fisheries delegation. Witness A recognised {{r:Joo}} in a photo array administered by {{p:Hong}} on 2 September 2024.

4. SHIPMENTS
Bills of lading obtained from commercial databases (Annex C) show 41 containers shipped from {{u:Dalian}} to two West Coast ports. The shipper is the Facility; the consignees are listed in Annex C only.

5. REQUEST
The petitioners respectfully request that the agency issue a Withhold Release Order against seafood processed at the Facility. Witnesses A and B consent to be contacted through the petitioners only; please do not contact {{r:Yong-nam}} or {{r:Kum-hyang}} directly.

Contact: {{p:r.alvarez}}@[withheld] | +1 202 [withheld]""",
    },
    {
        "id": "h67-en-02",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Pyon Il-gwang", "편일광", "witness", ["Il-gwang", "Byun Il-kwang"]),
            ("Rim Hyang-mi", "림향미", "relative", ["Hyang-mi", "Lim Hyang-mi"]),
            ("Yun Jae-dok", "윤재덕", "supervisor", ["Yoon", "Yoon Jae-duk"]),
        ],
        "note": "Skeleton argument for the claimant in an Employment Appeal Tribunal appeal, New Malden restaurant; claimant's name in South and North spellings, respondent's director Yun/Yoon, judge and counsel fictional and private, paragraph cross-references, a judge surnamed Grace and counsel with the middle name Grace beside the word grace, case-law citations with real court names public; CRLF.",
        "text": """IN THE {{u:EMPLOYMENT APPEAL TRIBUNAL}}
Appeal No. EA-2024-000381

BETWEEN:
MR {{r:IL-GWANG PYON}}
Appellant
- and -
GOLDEN HARVEST DINING LIMITED
Respondent

SKELETON ARGUMENT ON BEHALF OF THE APPELLANT
for the preliminary hearing listed before HHJ {{p:Tayler-Wood}}

Counsel for the Appellant: {{p:Sophie Grace Okonjo}}
Instructed by: Patel Brennan Solicitors (ref. {{p:AB}}/{{r:PYON}}/0214)

A. INTRODUCTION
1. The Appellant, Mr {{r:Pyon}}, appeals against the reserved judgment of Employment Judge {{p:Grace}} sent to the parties on 3 June 2024, by which his claims for unlawful deductions from wages, holiday pay and race discrimination were dismissed. At the hearing below the Appellant was referred to as "Mr {{r:Byun}}"; his name in his South Korean passport is {{r:BYUN IL KWANG}}, and in his North Korean documents it was {{r:Pyon Il-gwang}}. Nothing turns on the spelling.
2. The Appellant was born in {{u:Sinuiju}}, {{u:DPRK}}. From 2012 to 2016 he was sent to work on construction sites in {{u:Kuwait}} by a North Korean state company; he has described that period in a witness statement (Bundle p. 112). He arrived in the {{u:United Kingdom}} in 2019 and was granted refugee status. From January 2021 to February 2023 he worked as a kitchen porter and later as a cook at the Respondent's restaurant in {{u:New Malden}}.
3. The Respondent's sole director is Mr {{r:Yun Jae-dok}}, who gave evidence below under the name "{{r:Jae Yoon}}". The Appellant's case was, and is, that Mr {{r:Yun}} treated him in a manner that reminded him of the brigade leaders in {{u:Kuwait}}: his wages were paid in cash, short by between 80 and 240 pounds a week, and he was told that a "North Korean should be grateful for any job". With respect, the Tribunal below did not engage with that evidence at all.

B. GROUNDS
4. Ground 1: the Employment Judge erred in law in holding that the Appellant's wife, Mrs {{r:Rim Hyang-mi}}, was not a credible witness because she "spoke through an interpreter and hesitated" (Reasons, para 41). Hesitation through interpretation is not a proper basis for an adverse credibility finding: see the guidance of the {{u:Court of Appeal}} in cases collected at para 17 below. Mrs {{r:Rim}} (in the ET1 her name is spelled "{{r:Lim}}") worked front of house and saw the envelopes handed over on Fridays by the manager, Ms {{p:Seo Da-in}}.
5. Ground 2: the Employment Judge failed to make findings on the evidence of the Appellant's co-worker Mr {{p:Bae Hyun-woo}}, whose statement (Bundle p. 188) confirms that Mr {{r:Yoon}} kept a notebook of "advances" which were then deducted, and of the Nepali chef Mr {{p:Bikash Gurung}}, who said the same.
6. Ground 3: the Employment Judge wrongly treated the Appellant's refusal to sign the 2022 "new contract" as a resignation. The document was in English only; the Appellant could not read it, and the Respondent's accountant, Mr {{p:Andrew Lim}}, accepted in cross-examination that no one explained it to him.

C. THE ROLE OF THE APPELLANT'S PAST
7. The Respondent's counsel, Mr {{p:Oliver Stanbridge}}, submitted below that references to {{u:Kuwait}} were "irrelevant and prejudicial". The Appellant does not invite this Tribunal to make findings about events abroad. But the Appellant's reaction to cash envelopes, to a notebook of debts and to threats about his status is part of the context in which the Judge had to assess whether he "chose" to leave.
8. Grace should not be confused with leniency: the Appellant seeks no indulgence, only that his evidence and that of Mrs {{r:Rim}} be assessed on the same footing as that of Mr {{r:Yun}}.

D. ORDER SOUGHT
9. The appeal should be allowed and the claims remitted to a differently constituted tribunal.

{{p:SOPHIE GRACE OKONJO}}
Garden Court Annex, 11 October 2024""",
    },
    {
        "id": "h67-en-03",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Sun-hui", "최순희", "coworker", ["Sun-hui"]),
            ("Ro Tae-hyok", "로태혁", "witness", ["Tae-hyok", "Roh Tae-hyuk"]),
            ("Kye Myong-jun", "계명준", "supervisor", ["Kye M.J."]),
        ],
        "note": "Translated master's note of sea protest sworn before a Russian notary, with a crew list and a caseworker's annotations; master named in full, by surname, by initials and in Cyrillic with case endings; seaman's injury; the word 'rose' (the wind rose) beside a crew member named Ro.",
        "text": """NOTE OF SEA PROTEST
(English translation of a Russian original; translator {{p:M. Sidorenko}}; copy received from the witness, 2023)

Port of {{u:Nakhodka}}, {{u:Russian Federation}}, 19 January 2019

Before me, {{p:Lyudmila Petrovna Grishina}}, notary of the {{u:Nakhodka}} notarial district, appeared {{r:Kye Myong-jun}}, Master of the motor vessel PEARL STREAM, flag {{u:Sierra Leone}}, gross tonnage 2,986, who declared as follows:

1. The vessel sailed from {{u:Nampho}} on 9 January 2019 with a cargo of bagged cement, 2,400 tonnes, and deck cargo of steel pipes, bound for {{u:Nakhodka}}.
2. On 14 January, in the {{u:Sea of Japan}}, the wind rose to force 9 from the north-west. At 03:40 the lashings of the deck cargo parted and two pipes shifted to starboard. The Master ordered the crew on deck to re-secure the cargo.
3. During this work Ordinary Seaman {{r:Ro Tae-hyok}} was struck by a pipe and suffered injuries to the left leg. He received first aid from the Second Officer, {{p:Hyon Kwang-su}}, who acts as medical officer.
4. Seawater entered No. 2 hold through a damaged ventilator. Part of the cargo may be wet.
5. The Master therefore protests against all losses and damage caused by the heavy weather and reserves the right to extend this protest at time and place convenient.

Witnesses to the events: Chief Officer {{p:So Chol-jin}}; Bosun {{p:Pak Ung-il}}.
Signed: {{r:Kye M.J.}} (Master). Signature of the notary. Seal.
Registered in the register under No. 25/114-n/25-2019-1-77.
Port agent present: {{p:Artyom Volkov}} (Vostok Shipping Agency).

CREW LIST (annex to the protest, as typed)
1 Master {{r:KYE MYONG JUN}}
2 C/O {{p:SO CHOL JIN}}
3 2/O {{p:HYON KWANG SU}}
4 C/E {{p:RI YONG DOK}}
5 2/E {{p:JANG SONG MAN}}
6 Bosun {{p:PAK UNG IL}}
7 AB {{p:KIM KWANG CHOL}}
8 AB {{p:O MYONG HO}}
9 OS {{r:RO TAE HYOK}}
10 Cook {{r:CHOE SUN HUI}}
11 Messman {{p:RYANG HYOK}}

CASEWORKER'S ANNOTATIONS ({{p:J. Whitlock}}, interview of 22 May 2023, interpreter {{p:Yoo Ji-hye}})
- {{r:Tae-hyok}} confirms he is no. 9. He says the protest leaves out that the Master sent the men on deck without harnesses after the Chief Officer had refused, and that Mr {{r:Kye}} threatened to write a "bad report" to the company in {{u:Pyongyang}} if anyone complained.
- The notary's translator wrote the Master's name in the Russian register as "{{r:Ке Мён Чжун}}"; in the port agent's e-mail of 20 January he appears as "капитана {{r:Ке}}" (genitive).
- {{r:Ro}} was seen on 20 January by a Russian doctor, Dr. {{p:Nesterenko}}, at the port clinic (fracture of the fibula). He was not allowed to stay ashore. The cook, {{r:Choe Sun-hui}}, the only woman aboard, looked after him on the return voyage. {{r:Ro}} describes {{r:Sun-hui}} as "the only one who asked how I was".
- Translator's note: the register entry lists the witness as "{{r:Ро Тхэ Хёк}}"; the agent spelled it "{{r:Roh Tae-hyuk}}" in the crew change request.
- Next step: ask Mr {{r:Ro}} whether he can name the company representative who met the vessel ("comrade {{p:Kang}}").""",
    },
    {
        "id": "h67-en-04",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jo Un-sim", "조은심", "coworker", ["Aiko Tanaka"]),
            ("Rim Jin-hyok", "림진혁", "coworker", ["Lucas Bennett"]),
            ("Hyon Chol-min", "현철민", "witness", ["Chol-min", "Kevin Tan", "kevintan"]),
            ("Kim Song-hwan", "김성환", "supervisor", ["Daniel Moreno", "Song-hwan"]),
            ("Han Ye-rim", "한예림", "other", ["Ye-rim"]),
        ],
        "note": "Blockchain wallet-attribution memo on North Korean IT workers; false Western personas used by a registered witness and his team leader, login handles with only the name part labelled, unregistered teammates with their own personas, exchanges, chains and platforms public; 'Mint' and 'Bridge' as ordinary words.",
        "text": """CONFIDENTIAL - LEGAL PRIVILEGE ASSERTED
WALLET ATTRIBUTION MEMO No. 7
Prepared for: litigation team
Prepared by: {{r:Han Ye-rim}}, open-source investigator; peer review by {{p:Tomasz Wierzbicki}}
Date: 3 March 2025

1. Purpose
To document which wallets received payments for freelance software work performed by a North Korean IT team based in {{u:Shenyang}}, {{u:China}}, between 2020 and 2022, as described by our witness {{r:Hyon Chol-min}} ("Witness H"), who left the team in 2023 and now lives in {{u:South Korea}}.

2. Personas described by the witness
Witness H states that each team member operated under at least one Western persona with a purchased identity and a freelancer profile. He identified the following from screenshots:

| Persona | Used by (per Witness H) | Platform handle |
|---|---|---|
| "{{r:Kevin Tan}}" | Witness H himself | {{r:kevintan}}_dev |
| "{{r:Daniel Moreno}}" | team leader {{r:Kim Song-hwan}} | {{r:dmoreno}}.codes |
| "{{r:Lucas Bennett}}" | {{r:Rim Jin-hyok}} | {{r:lucasb}}_fullstack |
| "{{r:Aiko Tanaka}}" | {{r:Jo Un-sim}} (the only woman on the team) | {{r:aikotanaka}}92 |

Witness H adds that the persona "{{r:Daniel Moreno}}" was shared: "{{r:Song-hwan}} wrote the code reviews, but anyone could log in when the client wanted a video call and {{r:Kim}} did not want to show his face." Where this memo says "{{r:Moreno}}" it means the account, which Witness H attributes to {{r:Kim}}.

3. Payment flow
Clients paid the personas through {{u:Upwork}} and by direct transfer in USDT on the {{u:Tron}} network. The witness recalls that {{r:Kim}} required every member to forward payments within 24 hours to a "collector" wallet (W-1). From W-1 funds moved through two intermediate wallets (W-2, W-3) to deposit addresses at {{u:Binance}} and at an over-the-counter desk in {{u:Dandong}} run by a Chinese broker the team called "{{p:老曹}}" ({{p:Cao Jianming}}).

4. Attribution of W-1
W-1 received 212 inbound transfers of which 61 can be matched, by amount and date, to invoices that Witness H saved. Of these, 19 were invoices of "{{r:Kevin Tan}}", 23 of "{{r:Daniel Moreno}}" and 11 of "{{r:Lucas Bennett}}". The timing matches the witness's account that {{r:Chol-min}} forwarded each payment the same evening. No outflow from W-1 to a Bridge contract or a Mint function was observed; "bridge" and "mint" in the transaction labels of the explorer refer to token contract functions, not persons.

5. Overlap with public reporting
W-2 shares a deposit address with a cluster described in a 2023 {{u:United Nations Panel of Experts}} report. {{u:OFAC}} has designated other addresses in the same cluster. We do not rely on these for attribution.

6. Open questions for the next interview (interviewer {{r:Ye-rim}}, interpreter {{p:Baek So-yeon}})
- Did {{r:Jo Un-sim}} operate "{{r:Aiko Tanaka}}" alone, or did {{r:Rim Jin-hyok}} also use it?
- Who was the "security" officer the witness calls Mr {{p:Ri}}, and did he have wallet access?
- Did {{r:Kevin}} (the persona) ever hold a {{u:GitHub}} account in the same name?

{{r:Y.R.H.}} / {{p:T.W.}}""",
    },
    {
        "id": "h67-en-05",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Chon Kyong-ho", "전경호", "witness", ["Kyong-ho", "Jeon Kyung-ho"]),
            ("Mun Son-hwa", "문선화", "relative", ["Son-hwa", "Moon Sun-hwa"]),
            ("Chon Ha-eun", "전하은", "relative", ["Ha-eun", "Hailey"]),
        ],
        "note": "Hospital social worker's psychosocial assessment in Toronto for a former logger in the Russian Far East; patient and wife in North and South spellings, daughter with an English name, surname Mun/Moon beside 'honeymoon', collateral contacts (pastor, settlement worker, interpreter) private, hospital and agencies public; CRLF.",
        "text": """{{u:NORTH YORK GENERAL HOSPITAL}} - SOCIAL WORK
PSYCHOSOCIAL ASSESSMENT

Patient: {{r:CHON, Kyong-ho}} (registered as {{r:JEON, KYUNG HO}})   MRN: 4471-09xx   DOB: 1969-08-02
Unit: 4 West (Medicine)   Attending: Dr. {{p:A. Raghunathan}}
Social worker: {{p:Naomi Feldstein}}, MSW, RSW
Interpreter: {{p:Grace Chung}} (Korean, in person), 2 sessions
Referral: by charge nurse {{p:Mei-Ling Farrow}}, concerns re: discharge planning, low mood, possible hoarding of medication.

REASON FOR REFERRAL
56-year-old man admitted 2025-02-11 with decompensated heart failure. Nursing report he refuses to let staff contact family and keeps pills in his pillowcase.

SOURCES OF INFORMATION
Patient interview (x2); wife {{r:Mun Son-hwa}} by phone; daughter {{r:Ha-eun}} in person; chart review; phone call with settlement worker {{p:Justin Ahn}} (local settlement agency).

HISTORY (as reported by patient, via interpreter)
Mr. {{r:Chon}} was born in {{u:Hoeryong}}, {{u:North Korea}}. In 1998 he was sent by a state logging enterprise to a camp near {{u:Tynda}} in the {{u:Amur Oblast}}, {{u:Russia}}, where he worked "eleven winters". He describes the work brigade as "like a prison without a wall": passports held by the brigade leader (he names him only as "Chief {{p:Rim}}"), wages paid once a year and mostly taken as "plan contributions". He escaped in 2009 with help from a Russian truck driver he calls "Uncle {{p:Kolya}}" and reached {{u:Seoul}} in 2010. He met his wife there; they immigrated to {{u:Canada}} in 2014 with their daughter.
He reports nightmares about the camp, particularly about a co-worker, {{p:Yang Chol-su}}, who died in a tree-felling accident in 2004 and whose body was "sent back in a box with a number on it". He says he hides medication because in the camp "the medicine box was kept by {{p:Rim}} and you begged for each pill".

FAMILY / SUPPORTS
Wife: {{r:Son-hwa}}, 52, works at a bakery; spells her name "{{r:Moon Sun-hwa}}" on Canadian documents. She says the couple has not had a holiday since their honeymoon and that her husband "cannot sit still when he is not working". Mrs. {{r:Moon}} asked that she be called rather than texted.
Daughter: {{r:Chon Ha-eun}} ("{{r:Hailey}}"), 19, student at a local university. {{r:Hailey}} is the family's main English speaker and has been interpreting for her father informally; she is tired and worried about exams.
Patient's brother, {{p:Chon Kyong-nam}}, remains in {{u:North Korea}}; no contact since 2017. Patient fears that hospital records could reach "the embassy". Reassured about confidentiality.
Church: the family attends a Korean church nearby; Pastor {{p:Bae}} visits monthly. Patient agreed that Pastor {{p:Bae}} may be informed of admission.

MENTAL STATUS (brief)
Alert, oriented. Mood "heavy". Affect constricted. Denies current suicidal ideation; reports passive wish "not to wake up" in January. No plan. PHQ-9 = 17.

ASSESSMENT
Chronic trauma symptoms related to forced labour abroad, compounded by medical illness and loss of role as provider. Medication hiding appears to be a trauma-related safety behaviour rather than intent to overdose, but requires monitoring.

PLAN
1. Discussed with Dr. {{p:Raghu\u00adnathan}}: blister packs; pharmacist {{p:Kwame Osei}} to review.
2. Referral to {{u:Centre for Addiction and Mental Health}} trauma clinic (Korean-speaking clinician requested).
3. Family meeting 2025-02-19 with {{r:Kyong-ho}}, {{r:Son-hwa}} and {{r:Ha-eun}}, interpreter booked (not the daughter).
4. Connect {{r:Hailey}} with campus counselling; she consented.

{{p:N. Feldstein}}, MSW, RSW  2025-02-14 15:20""",
    },
    {
        "id": "h67-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("O Kyong-suk", "오경숙", "witness", ["Oh Kyung-sook", "Kyong-suk"]),
            ("Ri Jin-song", "리진송", "relative", ["Jin-song"]),
        ],
        "note": "Copyright takedown notice to a video platform over a leaked testimony interview; witness with the one-letter surname O beside 'O-ring' and 'O' as a letter, son named Jin-song with 'song' as a word nearby, uploader's handle and real name, NGO videographer owns copyright; platform, owner company and statute public.",
        "text": """To: Copyright Agent, {{u:Google LLC}} / {{u:YouTube}}
Subject: Notification of claimed infringement - 3 videos
Date: 8 July 2024

Dear Copyright Agent,

I write on behalf of the copyright owner identified below to notify you, under 17 U.S.C. 512(c)(3) of the {{u:Digital Millennium Copyright Act}}, of material on your service that infringes its copyright.

1. Copyright owner and contact
Owner: the organisation named in the signature block (an NGO registered in {{u:Seoul}}). Rights in the footage were assigned to it by the videographer, {{p:Choi Seung-won}}, by written agreement dated 5 March 2021.
Authorised agent: {{p:Lauren Mbeki-Hart}}, Legal Officer.

2. Original work
An unpublished interview recorded on 12 March 2021, in which a former restaurant worker, Ms {{r:O Kyong-suk}}, describes her time at a North Korean state restaurant in {{u:Vladivostok}}, {{u:Russia}}. The footage was recorded for a protected testimony archive and shown only once, in a closed session, with Ms {{r:O}}'s face blurred.

3. Infringing material
(a) https://www.youtube.com/watch?v=[id withheld] - "LEAKED: North Korean waitress tells ALL" - uploaded 2 July 2024 by the channel "TruthDrop {{p:Sang-gu}}"
(b) https://www.youtube.com/shorts/[id withheld] - a 58-second clip of the same footage, same channel
(c) https://www.youtube.com/watch?v=[id withheld] - reupload by the channel "@{{p:mike_loughran}}_reacts"
The uploads show the footage WITHOUT the blurring. Ms {{r:O}} is fully identifiable, as is her son, {{r:Ri Jin-song}}, whose photograph she holds up at minute 14:20. The title of clip (b) even gives her name as "{{r:Oh Kyung-sook}}". The channel's "About" page gives the owner's name as {{p:Park Sang-gu}}; we believe he obtained the file from a former contractor, {{p:Ethan Ko}}, whose access was revoked in 2022.

4. Why urgent
Ms {{r:Kyong-suk}}'s mother and sister remain in {{u:North Korea}}. Beyond the copyright issue, the disclosure creates a serious risk to them. We request removal within 24 hours and that the videos not be reinstated on a counter-notice without prior notice to us.

5. Note on the content
At 09:10 in video (a) Ms {{r:O}} sings part of a song the waitresses performed for guests; at 11:05 she explains that the kitchen's pressure cooker had a broken O-ring and that the manager, Ms {{p:Kang Hye-ryon}}, made the staff pay for it. At 14:20 she says that {{r:Jin-song}} was six when she left. The letter "O" on the restaurant's apron logo is not her initial.

6. Statements
I have a good faith belief that the use of the material in the manner complained of is not authorised by the copyright owner, its agent, or the law. The information in this notification is accurate, and under penalty of perjury, I am authorised to act on behalf of the owner of an exclusive right that is allegedly infringed.

/s/ {{p:Lauren Mbeki-Hart}}
Legal Officer
cc: {{p:Choi Seung-won}}; file {{r:OKS}}-2021-03 (case worker {{p:Yeon Da-hye}})""",
    },
    {
        "id": "h67-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Paek Chol-ung", "백철웅", "coworker", ["Paek"]),
            ("Yang Kwang-nam", "양광남", "witness", ["Kwang-nam", "Yang K.N."]),
            ("Yang Mi-ok", "양미옥", "relative", ["Mi-ok"]),
            ("Sin Hyok-chol", "신혁철", "supervisor", ["Shin Hyuk-chul"]),
        ],
        "note": "Talking points drafted by an NGO for a diplomat's demarche in Ulaanbaatar about workers held after trying to leave a construction site; Mongolian officials, lawyer and police officer fictional and private with patronymic-style names, Mongolian name Bat beside the word bat; only a few public places and bodies.",
        "text": """RESTRICTED - DRAFT TALKING POINTS (v3, tracked changes accepted)
Demarche to the Consular Department, Ministry of Foreign Affairs - for use by the Deputy Head of Mission
Drafted by: {{p:Clara Hoffmeister}} (NGO liaison); comments from {{p:Pieter van Dongen}} (political officer)

CONTEXT (not for use)
- On 2 September three North Korean workers left a residential construction site in the {{u:Khan-Uul}} district. One of them, {{r:Yang Kwang-nam}}, phoned his cousin in {{u:Seoul}}, {{r:Yang Mi-ok}}, from a borrowed phone at 04:12 that morning and asked for help. {{r:Mi-ok}} contacted our partner NGO the same day.
- The other two are known to us only by name: {{r:Paek Chol-ung}} and {{p:Ri Song-gun}}. According to {{r:Kwang-nam}}, {{r:Paek}} had a broken wrist that the site manager, {{r:Sin Hyok-chol}}, refused to have treated.
- At 11:30 on 3 September the three were stopped at a bus station by police. The officer in charge gave his name to a Mongolian bystander as Senior Lieutenant {{p:Bat-Erdene Gansukh}}. Since then the cousin has received no news. A Mongolian lawyer, {{p:Oyunchimeg Dashdorj}}, tried to visit on 5 September and was told by a duty officer, {{p:Tserendorj}}, that the men were "handed to their employer".
- {{r:Sin}} is known in South Korean records as "{{r:Shin Hyuk-chul}}" (a 2016 visa application). Our partner believes he works for a company affiliated with a North Korean construction ministry; we have not verified this.

POINTS TO MAKE
1. We have received credible information that three {{u:DPRK}} nationals, including Mr {{r:Yang K.N.}}, were detained on 3 September and may face forced return.
2. We recall the commitment of {{u:Mongolia}} to the principle of non-refoulement and ask for assurance that no return will take place while their situation is assessed.
3. We request that a lawyer (Ms {{p:Oyunchimeg}}) or a representative of {{u:UNHCR}} be given access to the three men.
4. We would welcome information on their whereabouts and health, in particular that of Mr {{r:Paek}}.

IF ASKED
- How do you know their names? - From a family member abroad. We will not name her.
- Are they not simply runaway employees? - That is a question for an individual assessment. Our concern is that they be able to ask for protection.
- Is this about sanctions? - Separately, yes, we note that {{u:DPRK}} workers should have been repatriated under the resolutions of the {{u:UN Security Council}}. That is not the purpose of this demarche.

DO NOT SAY
- Do not mention {{r:Mi-ok}}'s name or where she lives.
- Do not mention the name of the bystander ({{p:Munkhbat}}), who asked not to be identified; note that Munkh and Bat are common name elements, and that "bat" in the officer's notebook photo is a Mongolian abbreviation, not a person.

[Comment {{p:PvD}}: shorten IF ASKED section; Ambassador prefers four points max.]
[Comment {{p:CH}}: accepted; {{r:Yang}}'s cousin consents to us using his full name with the Ministry.]""",
    },
    {
        "id": "h67-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Rim Kyong-chol", "림경철", "witness", ["Kyong-chol"]),
            ("Tak Un-gyong", "탁은경", "witness", ["Un-gyong"]),
            ("So Yong-sik", "소용식", "supervisor", ["So"]),
        ],
        "note": "Draft ILO article 24 representation by a trade union on North Korean workers in Russia; witnesses appear as 'Worker A/B' (unmarked designations) and by name in a confidential annex, supervisor with the surname So beside the adverb 'so', Russian contractor staff with case endings in quoted Russian; ILO bodies and conventions public.",
        "text": """DRAFT - NOT FOR FILING
REPRESENTATION UNDER ARTICLE 24 OF THE {{u:ILO}} CONSTITUTION
alleging non-observance by the {{u:Russian Federation}} of the {{u:Forced Labour Convention, 1930 (No. 29)}}

Submitted to the {{u:Governing Body of the International Labour Office}} by [union name], represented by its General Secretary, {{p:Helga Ström-Nilsen}}
Drafting team: {{p:Marco Bellandi}}, {{p:Ji-woo Seong}}; legal review {{p:Anneke Visser}}

I. THE FACTS
1. The union has obtained sworn statements from two former North Korean workers, referred to in this representation as Worker A and Worker B. Their names are given in Annex II, which is confidential and is submitted to the Office only.
2. Worker A worked from 2017 to 2021 on residential construction sites in {{u:Khabarovsk}}. Worker B worked from 2018 to 2022 as a seamstress in a workshop in {{u:Ussuriysk}} supplying work uniforms to Russian firms.
3. Both workers state that their passports were held by the North Korean group leader, that they could not leave the site or the dormitory without permission, that between 70 and 90 per cent of their earnings were taken by the sending company, and that they were told their families would be punished if they "ran away".
4. Worker A states that in March 2019 the group leader locked eleven men in a container overnight for failing to meet a concrete-pour quota. The Russian general contractor's foreman, named by Worker A as {{p:Gennady Sokolov}}, told him in Russian "это дело {{r:Со}}, не моё" ("that is {{r:So}}'s business, not mine").
5. Worker B states that the workshop owner, a Russian citizen named {{p:Irina Valerievna Kuzmina}}, paid the workers' wages in cash to the North Korean forewoman, {{p:Ju Myong-sil}}, in a sealed envelope. Worker B never saw the contents.

II. ALLEGED NON-OBSERVANCE
6. The union submits that the Government has failed to suppress forced labour in its territory, as required by Article 1 of the Convention, because the labour inspectorate did not act on complaints made in 2020 by a Russian electrician, {{p:Pavel Zhukov}}, about workers being locked in.
7. The union also refers to observations of the {{u:Committee of Experts on the Application of Conventions and Recommendations}}.

III. REQUEST
8. The union requests that the representation be declared receivable and referred to a tripartite committee.

ANNEX II (CONFIDENTIAL - FOR THE OFFICE ONLY)
Worker A: {{r:RIM Kyong-chol}} ({{r:림경철}}), born 1985. Now resident in {{u:South Korea}}. Group leader at the {{u:Khabarovsk}} sites: {{r:SO Yong-sik}} ({{r:소용식}}). Other workers named: {{p:Kim Tae-ryong}}, {{p:Ri Chung-il}}, {{p:Ho Yong-chol}} (locked in the container with {{r:Kyong-chol}}).
Worker B: {{r:TAK Un-gyong}} ({{r:탁은경}}), born 1990. Forewoman: {{p:JU Myong-sil}}. Other workers named: {{p:Chon Hye-suk}}, {{p:Ri Ok-hwa}}.
Note by {{p:J.S.}}: Worker A spells his group leader's surname "So" and says everyone was so afraid of Mr {{r:So}} that they did not speak at meals. The Russian foreman wrote the name in a notebook as "{{r:Со Ен Сик}}"; Worker A recognised it. {{r:Un-gyong}} asks that her statement be attributed only to "Worker B" in any public document, and Worker A agrees to the same.""",
    },
    {
        "id": "h67-en-09",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Kang Yu-jin", "강유진", "witness", ["Yu-jin", "Eugene Kang"]),
            ("Cha Tong-su", "차동수", "other", ["Mr Cha", "Tommy"]),
        ],
        "note": "Letter disputing a credit report in the UK after a broker opened accounts in a resettled woman's name; witness with an English first name, broker with an alias, lenders and credit agencies public, caseworker and adviser private; address lines, account table; 'Cha' beside the words for tea and car; CRLF.",
        "text": """Ms {{r:Yu-jin Kang}}
Flat [withheld]
[postcode withheld]

{{u:Experian}} Ltd
Customer Support Centre
PO Box 8000

12 August 2024

Dear Sir or Madam,

Re: Dispute of entries on my credit report - fraud
Name on your file: {{r:KANG, YU JIN}} (also listed as "{{r:Eugene Kang}}" and "{{r:Yujin Kang}}")

I am writing, with the help of my adviser Mr {{p:Thomas Oduya}} of {{u:Citizens Advice}}, to dispute the following entries on my credit report, which I did not open and which I believe were opened by a man who helped me when I first arrived in 2021.

| Lender | Type | Opened | Balance | Listed address |
|---|---|---|---|---|
| {{u:Vanquis Bank}} | credit card | 03/2022 | 2,940 | 14 [road], {{u:New Malden}} |
| [catalogue retailer] | store account | 05/2022 | 611 | same |
| [mobile network] | phone contract | 06/2022 | 1,204 | same |

Background. I was born in {{u:North Korea}}. From 2015 to 2019 I worked in a garment factory in {{u:China}}, where the North Korean managers held our passports and our wages. After I escaped and was resettled, a Korean man named {{r:Cha Tong-su}}, who told everyone to call him "{{r:Tommy}}", offered to help me with my bank account and phone. Mr {{r:Cha}} kept my documents "to make copies" for several weeks. I now know that the address in {{u:New Malden}} on these accounts is a flat rented by Mr {{r:Cha}} and his partner, {{p:Sandra Whelan}}. I have never lived there.

I did not receive any statements. I first learned about these accounts when a debt collection agent, Mr {{p:Gavin Parkes}}, telephoned me in May 2024. I reported the matter to {{u:Action Fraud}} on 21 May 2024 (reference NFRC240500xxxx). Detective Constable {{p:Rachel Amadi}} has confirmed that {{r:Tommy Cha}} is under investigation for similar frauds against at least two other women from {{u:North Korea}}, Ms {{p:Ri}} and Ms {{p:Kye Hyang-suk}}.

Please:
1. remove the three entries above;
2. add a notice of correction in the text below;
3. confirm when the lenders have been contacted.

Notice of correction (please add):
"I, {{r:Yu-jin Kang}}, did not open the accounts with the credit card lender and two other lenders in 2022. They were opened without my knowledge by a person who had my documents. This has been reported to the police."

Yours faithfully,
{{r:Kang Yu-jin}}

Adviser's note (not sent): Client says "{{r:Cha}}" in Korean is also the word for tea and car, and that {{r:Cha}} used to joke that his name was "a dance, a drink and a car". Client's friend {{p:Oh Seon-a}} has the same problem with the same man; ask if she wants a separate appointment. {{p:T.O.}}""",
    },
    {
        "id": "h67-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Yong-ho", "김용호", "other", ["老金"]),
            ("Zhou Ping", "저우핑", "other", ["周姐"]),
            ("Ho Chol-bom", "허철범", "witness", ["Chol-bom", "Heo Cheol-beom"]),
            ("Ryu Sol-hui", "류설희", "witness", ["Sol-hui", "Yoo Seol-hee"]),
            ("Ri Tong-chol", "리동철", "supervisor", ["Director Ri"]),
        ],
        "note": "Supply-chain tier-mapping worksheet pasted as tab-separated text, garment and wig supply chains in China; factory contact persons, auditors and brokers private, invented firms unmarked; witnesses in a source column, supervisor as 'Director Ri' with the title outside; Ho as surname beside 'ho' in a Chinese shop sign; only places public.",
        "text": """TIER MAP v0.9 - outerwear & hair products (internal; do not share with brands yet)
Owner: {{p:Ines Carvalho}} | last edit {{p:Kofi Mensah}} 2024-10-02 17:41

Tier\tEntity\tLocation\tContact person (as given)\tLink to {{u:DPRK}} labour\tSource\tConfidence
T1\tNorthgate Apparel Ltd (brand)\t{{u:UK}}\t{{p:Fiona Lamb}} (sourcing)\tnone direct\tbrand disclosure\t-
T2\tHuaxing Garments Co.\t{{u:Dandong}}\t{{p:Liu Qiang}} (GM), {{p:小梁}} (merch.)\tsubcontracts to T3a\tshipping records\tmedium
T3a\tXinyue Textile Workshop\t{{u:Donggang}}\t{{r:Zhou Ping}} ("{{r:周姐}}")\tNorth Korean seamstresses 2017-2022\t{{r:Ryu Sol-hui}}, {{r:Ho Chol-bom}}\thigh
T3b\tWang's Hair Crafts\t{{u:Tumen}}\t{{p:Wang Haiyan}}\tNorth Korean women on wig knotting\t{{r:Sol-hui}} (secondhand)\tlow
T4\tKorean side manager\t(site dormitory)\t{{r:Ri Tong-chol}}\t"Director {{r:Ri}}" held passports\t{{r:Chol-bom}}\thigh
Audit\tcompliance audit of T2, 2021\t{{u:Dandong}}\tauditor {{p:Chen Yuting}}\tno foreign workers found (T3 not visited)\taudit summary\t-
Broker\tlabour broker\t-\t{{r:Kim Yong-ho}} (Chinese-Korean), {{r:老金}}\tarranged North Korean workers for T3a\t{{r:Ho Chol-bom}}\tmedium

NOTES
- {{r:Ho}} ({{r:Heo Cheol-beom}} on his South Korean ID) worked at T3a as a cutter from 2018 to 2020, one of four men among about 90 women. He says that {{r:Ri Tong-chol}} introduced himself as "Director" and that the Chinese owner, {{r:Zhou Ping}}, dealt with nobody else. The shop sign over the side entrance reads 和 ("he"/"ho") - that is a Chinese character meaning harmony, not the witness's surname.
- {{r:Ryu Sol-hui}} (spelled "{{r:Yoo Seol-hee}}" in her asylum file) was a seamstress at T3a 2017-2022. She names her team leader {{p:Pak Kum-ju}} and two co-workers, {{p:Jon Song-hui}} and {{p:Kang Hae-yon}}, and says {{r:周姐}} came on the floor only when buyers' inspectors came. {{r:Sol-hui}} heard from {{p:Kang}} that some of them were later sent to T3b.
- Link T2 -> T3a: bills of lading for T2 list fabric deliveries to T3a. {{p:小梁}} (merchandiser at T2, real name possibly {{p:Liang Xiaofei}}) confirmed to our researcher {{p:Tang Wei}} by phone that "cutting is outsourced".
- The 2021 audit of T2 by {{p:Chen Yuting}} did not visit T3a; the audit report lists only T2's own 300 Chinese workers.
- {{r:Chol-bom}} identified a photograph of the broker {{r:Kim Yong-ho}}; he also recognised {{r:老金}} as the same person.
- Next: ask {{r:Ho Chol-bom}} and {{r:Ryu Sol-hui}} separately about T3b; ask {{r:Ryu}} whether "Director {{r:Ri}}" visited T3b.""",
    },
    {
        "id": "h67-en-11",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Ok-ran", "김옥란", "witness", ["Ok-ran", "Gim Ok-ran"]),
            ("Jang Myong-gil", "장명길", "supervisor", ["Chang Myung-gil"]),
        ],
        "note": "NGO analyst's comments on a seafood company's modern-slavery statement; company officers, auditors and NGO reviewers fictional and private, witness in Kim/Gim spellings, supervisor in North and South spellings, the statute and a regulator public; comment thread with initials.",
        "text": """REVIEW OF MODERN SLAVERY STATEMENT FY2023 - OCEANA FRESH GROUP PLC
Reviewer: {{p:Hannah Seo-Whitcombe}}; second reviewer: {{p:Abdul Rahman Siddiqui}}
Statement signed by: {{p:Richard Halloway}}, CEO, approved by the Board on 28 June 2024

Section 1 - Structure and supply chains
Statement text: "Our frozen whitefish is sourced from processors in {{u:China}} who are audited annually by independent third parties."
Comment [{{p:HSW}}]: The statement does not name the processors. Our mapping (Annex A) shows that at least one of them employed North Korean workers until 2023. Witness {{r:Kim Ok-ran}} ("{{r:Gim Ok-ran}}" in her refugee file) worked there 2016-2022 and was interviewed by us in March 2024.
Comment [{{p:ARS}}]: Agree. Suggest we quote the statement's own words back at them: "we have found no evidence of forced labour".

Section 2 - Policies
Statement text: "Our Supplier Code prohibits the retention of workers' identity documents."
Comment [{{p:HSW}}]: Ms {{r:Kim}} states that on arrival in 2016 the North Korean manager {{r:Jang Myong-gil}} collected all passports, and that they were kept in a safe in the office of the Chinese vice-director, Mr {{p:Xu}}. {{r:Ok-ran}} saw the safe when she was called in to be reprimanded in 2019.
Comment [{{p:RH}}, via investor relations]: We have asked our supplier for comment.

Section 3 - Due diligence and audits
Statement text: "Audits in 2022 and 2023 by a leading social compliance firm found no critical non-conformances."
Comment [{{p:ARS}}]: The audit firm's lead auditor was {{p:Jennifer Ochoa}} (per the supplier's website photo). Announced audits. {{r:Kim Ok-ran}} says that on audit days the North Korean women were sent to the dormitory and the floor was staffed by Chinese temporary workers brought in by a contractor, Mr {{p:Fang}}. Her team leader, {{p:Choe Un-hui}}, told them to stay silent.
Comment [{{p:HSW}}]: {{r:Jang}} is spelled "{{r:Chang Myung-gil}}" in the supplier's own 2019 staff list that a former Chinese employee, {{p:Zheng Lan}}, gave us. He appears there as "Korean coordinator".

Section 4 - Training
Comment [{{p:ARS}}]: Statement says 100% of buyers trained. No mention of training at processor level.

Section 5 - Effectiveness
Comment [{{p:HSW}}]: The company refers to the {{u:Modern Slavery Act 2015}} only in the title. It does not mention the presumption against North Korean labour in {{u:U.S.}} law, although it exports to the {{u:U.S.}} through a subsidiary.

Overall rating: 2/10.
Next steps: letter to the Board chair, Dame {{p:Patricia Wellbeloved}} (draft by {{p:ARS}}); copy to the company's head of sustainability, {{p:Oliver Nakamura-Brown}}. Share findings with {{r:Ok-ran}} first (via caseworker {{p:Yun Ha-na}}) and check what she is comfortable with.""",
    },
    {
        "id": "h67-en-12",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Joy Kim", "조이 김", "other", ["Joy"]),
            ("Paek Nam-il", "백남일", "witness", ["Nam-il", "Baek Nam-il"]),
            ("Paek Jin-u", "백진우", "relative", ["Jin-u"]),
            ("Hwang Chun-ok", "황춘옥", "relative", ["Chun-ok"]),
        ],
        "note": "Hospital chaplaincy referral and visit notes in a London hospital; elderly patient formerly in a Russian logging camp, son still in North Korea, late wife, chaplains and volunteers private; names in prayer requests; 'Joy' as a volunteer's name beside the word joy; CRLF.",
        "text": """CHAPLAINCY, SPIRITUAL AND PASTORAL CARE - REFERRAL AND CONTACT RECORD
{{u:Kingston Hospital}}, Ward: Cedar (elderly care)

Referral received: 06/03/2025 10:15 from Staff Nurse {{p:Joy Adebayo}}
Patient: {{r:BAEK, Nam-il}} (Mr), age 81
Faith/belief (as recorded on admission): "none / Christian?" - patient's son-in-law unsure
Reason for referral: Patient tearful at night, keeps asking for "a priest to write to my son". Speaks little English. Korean-speaking chaplaincy volunteer requested.

Contact 1 - 06/03/2025 14:30 - Chaplain Rev. {{p:Margaret Ellery}} with volunteer {{r:Joy Kim}} interpreting
Mr {{r:Baek}} was pleased to hear Korean. He explained, with great emotion, that he wants to pray for his son {{r:Jin-u}}, who is in {{u:North Korea}}, and for his wife {{r:Hwang Chun-ok}}, who died in {{u:Seoul}} in 2019. He said he was sent to cut timber in {{u:Russia}} in the 1990s and that "a man called {{p:Sung}}" (his brigade leader) would not let him go home for his son's wedding. He said he does not know if {{r:Jin-u}} is alive. He asked whether it was wrong to pray "without belonging to a church". Reassured.
Prayer (at his request): for {{r:Jin-u}}, for {{r:Chun-ok}}, and for "my friends who did not come back": {{p:Ri Hak-son}}, {{p:Choe Kil-nam}}, {{p:O Song-ho}}.
Volunteer note ({{r:J.K.}}): He spelled his name for me as "{{r:Paek Nam Il}}" and said "{{r:Baek}} is the Southern way". There was real joy on his face when I read Psalm 23 in Korean.

Contact 2 - 08/03/2025 11:00 - Chaplain Father {{p:Tomasz Lewandowski}} (RC) at patient's request after he heard "there is a Polish priest"; volunteer {{r:Joy Kim}}
Mr {{r:Nam-il Baek}} told Fr {{p:Tomasz}} that in the camp a Polish forestry engineer, "Pan {{p:Zbigniew}}", once gave him bread. He wanted to thank "the Polish church". He asked again about writing to {{r:Jin-u}}. Explained that the chaplaincy cannot send letters into {{u:North Korea}}; offered to link him with the {{u:British Red Cross}} family tracing service. He accepted. Son-in-law, Mr {{p:Daniel Hwang-Price}}, informed by phone and agreed to help with the tracing form.
Son's details as given: {{r:Paek Jin-u}}, born about 1972, last known in the north-east; married to {{p:Ryang Mi-sun}}; a daughter, {{p:Paek Song-mi}}.

Contact 3 - 10/03/2025 16:45 - Rev. {{p:Ellery}}
Patient asleep; left a card in Korean written by {{r:Joy}}. Will revisit Thursday.
Handover to weekend on-call chaplain Rev. {{p:Samuel Okoro}}: if Mr {{r:Paek}} deteriorates, family asks to be called first ({{p:Daniel}}).""",
    },
    {
        "id": "h67-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Son Il-nam", "손일남", "coworker", ["Il-nam"]),
            ("Kye Chol-hun", "계철훈", "witness", ["Chol-hun", "Gye Cheol-hoon", "K.C. Hoon"]),
            ("Choe Pong-su", "최봉수", "supervisor", ["Choi Bong-soo", "Bear"]),
            ("Kye Sun-rye", "계순례", "relative", ["Sun-rye"]),
        ],
        "note": "Book-review thread on a logging-camp memoir; the author under his pen name and real name, the brigade leader's nickname 'the Bear' beside real bears, reviewers' display names (one in fullwidth letters, one with emoji), a reviewer confusing the author with a public figure, platform public.",
        "text": """{{u:Goodreads}} > Books > The Winter Ledger: Eleven Years in a Siberian Timber Camp
by {{r:K.C. Hoon}} ({{u:Goodreads}} Author)
4.21 avg rating - 1,318 ratings - 204 reviews

★★★★★ {{p:Maggie Delacroix}} rated it amazing
Read in two nights. {{r:Hoon}} (the author's real name, he says in the afterword, is {{r:Kye Chol-hun}}) writes without self-pity about the camp near {{u:Tynda}}. The chapters about his brigade leader, a man everyone called "the {{r:Bear}}", are terrifying. The real bears in the forest were less dangerous than the {{r:Bear}} in the office. The chapter on his mother, {{r:Sun-rye}}, waiting for letters that never came, destroyed me.
  37 likes · 4 comments
  > {{p:ｊｉｍｉｎ}}＿ｒｅａｄｓ: same! the letter chapter 😭 did he ever find out what happened to his mom?
  > {{p:Maggie Delacroix}}: @{{p:ｊｉｍｉｎ}}＿ｒｅａｄｓ no spoilers but see the epilogue. {{r:Chol-hun}} does get one phone call.
  > Bookworm_{{p:Dariusz}} 📚: The Polish edition spells him {{r:Kie Czol Hun}}, took me ages to find this page.

★★★☆☆ {{p:Tomás Ferreira}} rated it liked it
Important testimony but the middle third drags. Too many names of co-workers ({{p:Ri Chang-ho}}, {{r:Son Il-nam}}...) without enough about who they were. I did like {{r:Son}}, the one who carved chess pieces out of larch. The translator, {{p:Elizabeth Kang-Moreau}}, deserves credit.
  > {{p:Ruth}}_reads: {{r:Son}} and the chess set was my favourite bit too. "I lost every game to {{r:Il-nam}} and won every argument."

★★★★★ {{p:Sasha P.}} 🇷🇺, reader in {{u:Khabarovsk}}
I grew up forty km from such a camp. We children knew the Koreans only as silent men in padded jackets. {{r:Ке Чхоль Хун}} gives them faces. Thank you.

★★☆☆☆ gr8reader77
I thought this was by the guy who was the North Korean ambassador and defected? No, that's {{u:Thae Yong-ho}}, different person. This one is a worker, not a diplomat. Fine but bleak.
  > {{p:Maggie Delacroix}}: lol yes, very different books

★★★★☆ {{p:Hye-jin Oh}} (librarian) rated it really liked it
Recommended for our book club. Discussion question I used: why does the author never name "the {{r:Bear}}" until the last chapter? (He finally writes it: {{r:Choe Pong-su}}, "{{r:Choi Bong-soo}} as they would say in the South".) A reader pointed out that {{r:Choe}} might still be alive and that the author took a risk. {{r:Kye}} says in an interview that he decided "a bear has no right to hide in the forest forever".
  > {{p:kwon.j}}: Is the {{r:Kye Sun-rye}} in the dedication the mother?
  > {{p:Hye-jin Oh}}: yes 🙏""",
    },
    {
        "id": "h67-en-14",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Mun Kwang-jin", "문광진", "witness", ["Kwang-jin", "Moon Kwang-jin"]),
            ("Kim Hyon-u", "김현우", "supervisor", ["Kim Hyun-woo", "Brian Kim"]),
        ],
        "note": "Researcher's annotated exhibitor list from a seafood trade fair; exhibitor companies invented and unmarked, booth staff names private, a registered witness identifies a former manager now working under an English name, the fair, city and venue public; booth numbers look like codes, 'Moon' as a surname beside Moon Bay brand.",
        "text": """{{u:Seafood Expo Global}} 2024 - {{u:Barcelona}}, 23-25 April
Exhibitor list extract (hall 3, {{u:China}} pavilion and neighbours) with field notes by {{p:A. Sørensen}} and {{p:Lee Da-bin}}

Booth | Exhibitor | Staff seen on stand (card or badge) | Note
3A201 | Dalian Ocean Star Foods Co. | {{p:Sun Xiaodong}} (sales director) | collected catalogue; pollock, cod
3A207 | Moon Bay Seafood Co. | {{p:Kevin Zhao}}, {{p:Wendy Li}} | brand name only, no relation to the witness's surname
3A215 | Hunchun Northern Aquatic Products | {{p:Piao Chunhua}}, {{p:Jin Zhe}} | Korean-speaking staff (ethnic Korean)
3A219 | Yalu River Fisheries Trading | {{r:Brian Kim}}, {{p:Chloe Wu}} | SEE BELOW
3B102 | Nordic Whitefish AS ({{u:Norway}}) | {{p:Erik Haugland}} | supplier of raw material to 3A201 and 3A219

NOTES ON 3A219
- On the stand a man introduced himself as "{{r:Brian Kim}}, export manager"; business card: "{{r:KIM HYUN WOO}}". Fluent Korean with a northern accent; told {{p:Da-bin}} he was "from {{u:Yanbian}}".
- We showed a photo from the stand (taken from the aisle, face visible) to our witness {{r:Mun Kwang-jin}} on 2 May. {{r:Kwang-jin}} worked at a fish processing plant in {{u:Hunchun}} 2016-2020. He says "{{r:Brian}}" is {{r:Kim Hyon-u}}, who was the North Korean "representative" at the plant and handled the workers' wages. "We called him Representative {{r:Kim}}. He did not have an English name then."
- {{r:Mun}} (who now spells it {{r:Moon}}) also recognised in the same photo the woman next to {{r:Kim}} only as "a Chinese interpreter" - not {{p:Chloe Wu}}, he thinks.
- According to {{r:Moon Kwang-jin}}, the plant's Chinese owner was {{p:Yang Shufen}}, and its North Korean workers included {{p:Pak Chung-nam}}, {{p:Kye Yong-ae}} and {{p:Jon Ho-sung}}, who were moved to "a bigger plant near {{u:Dalian}}" in 2020.
- {{p:Erik Haugland}} (3B102) told {{p:A.S.}} that his company sold to "several Chinese processors" but did not recognise the Yalu River name. Not pursued.
- Other visitors of interest: a buyer who introduced herself as {{p:Sarah Mitchell}} from a {{u:UK}} retailer was on the 3A219 stand for 40 minutes.

Follow-up: ask {{r:Kwang-jin}} whether {{r:Kim Hyun-woo}} ever travelled abroad while he was at the plant. {{p:DB}} to draft.""",
    },
    {
        "id": "h67-en-15",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Un-ha", "리은하", "witness", ["Un-ha", "Lee Eun-ha"]),
            ("Jong Kwang-hyok", "정광혁", "witness", ["Kwang-hyok", "Jeong Kwang-hyeok"]),
        ],
        "note": "Terms of reference for a final evaluation of a legal-aid project, with a key-informant list and two beneficiary case studies; donor and UN bodies public, evaluators, staff and partners private; roles in a table; 'Hope' as a project name.",
        "text": """TERMS OF REFERENCE
Final evaluation of the project "Access to Justice for North Koreans Formerly in Forced Labour Abroad" (2022-2025)

1. Background
The project, funded by the {{u:European Instrument for Democracy and Human Rights}}, provides legal aid, documentation and psychosocial referral to North Koreans who were sent abroad to work in {{u:Russia}}, {{u:China}} and the Gulf and who now live in {{u:South Korea}} or {{u:Europe}}. It is implemented by our organisation with two partners. Internally the project is known as "Project Hope"; "Hope" in this document is the project, not a person.

2. Purpose and scope
The evaluation will assess relevance, effectiveness, efficiency, sustainability and safeguarding, with particular attention to how beneficiaries' identities were protected.

3. Evaluation team
Lead evaluator (external): to be selected. Internal focal point: {{p:Maria José Quintero}}. Safeguarding adviser: Dr. {{p:Felix Ampofo}}. The evaluator will work with the interpreter pool coordinated by {{p:Baek Seung-hee}}.

4. Key informants (indicative)
| Name | Role | Organisation | Mode |
|---|---|---|---|
| {{p:Kang Ji-won}} | Project manager | our organisation | in person |
| {{p:Song Hye-rin}} | Lawyer | partner 1 | in person |
| {{p:Park Tae-yang}} | Psychologist | partner 1 | in person |
| {{p:Agnieszka Zielińska}} | Coordinator | partner 2 | online |
| Dr. {{p:Helen Forsyth}} | Programme officer | donor delegation | online |

5. Beneficiary case studies (with consent; names to be replaced by codes in the report)
CS-1: {{r:Ri Un-ha}} ({{r:Lee Eun-ha}} on South Korean ID), former restaurant worker in {{u:Shenyang}}, supported in a wage claim and a name-change application. Her lawyer was Ms {{p:Song}}. Ms {{r:Ri}} has agreed to a 60-minute interview in Korean, with her friend {{p:Yoo Seon-mi}} present.
CS-2: {{r:Jong Kwang-hyok}}, former construction worker in {{u:Qatar}}, supported in a claim before a labour tribunal through a local lawyer, Mr. {{p:Khalid Al-Mannai}}, and in psychosocial counselling with {{p:Park Tae-yang}}. {{r:Kwang-hyok}} prefers a phone interview. He has asked that his brother-in-law {{p:Ham Song-jin}} not be contacted.
The evaluator must not contact {{r:Un-ha}} or {{r:Jong}} directly; all contact goes through {{p:Kang Ji-won}}.

6. Deliverables and timeline
Inception report (15 May), data collection (June), draft report (15 July), validation workshop, final report (31 August).

7. Safeguarding
The evaluator will sign the code of conduct. Audio recordings will be deleted after transcription. In the report, beneficiaries will be referred to as CS-1 and CS-2 only.

Approved: {{p:Sung-min Hwang}}, Executive Director, 3 March 2025""",
    },
    {
        "id": "h67-en-16",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Marta Kowalczyk", "마르타 코발치크", "other", ["Marta"]),
            ("Baek Eun-ji", "백은지", "other", ["Eun-ji Baek", "Eun-ji"]),
            ("Ju Hye-song", "주혜성", "witness", ["Hye-song", "Joo Hye-sung"]),
            ("Ri Pyong-hun", "리병훈", "supervisor", ["Lee Byung-hoon"]),
        ],
        "note": "PGP clear-signed e-mail exchange between an NGO and a journalist about a witness, with armoured signature blocks, key user IDs and quoted replies; e-mail local parts labelled only where they spell a name, role accounts unmarked; the word 'Hash' and base64 noise; mixed CRLF/LF.",
        "text": """-----BEGIN PGP SIGNED MESSAGE-----
Hash: SHA512

From: {{r:Marta Kowalczyk}} <{{r:marta.kowalczyk}}@protonmail.example>
To: {{r:Eun-ji Baek}} <desk@ngo.example>
Date: Tue, 18 Feb 2025 09:42:17 +0100
Subject: Re: Re: possible interview - restaurant worker

Dear {{r:Eun-ji}},

Thank you. I verified your key fingerprint with you by phone yesterday ({{p:Tomasz}}, my editor, was on the call). My piece is about North Korean restaurants in {{u:Vladivostok}} and what happened to their staff after 2019.

You mentioned a woman who worked at one of them until 2020. I would of course only use a pseudonym. Could she speak to me in March? I will be in {{u:Seoul}} from 10 to 16 March.

Best,
{{r:Marta}}

> On Mon, 17 Feb 2025, {{r:Eun-ji Baek}} wrote:
> Dear Ms {{r:Kowalczyk}} -- we can ask her. Her name is {{r:Ju Hye-song}}. Please do not
> write it in any unencrypted message. She spells it {{r:Joo Hye-sung}} on her
> South Korean ID. She worked under a manager called {{r:Ri Pyong-hun}}, who she
> says is still in {{u:Russia}}. Ms {{r:Ju}} is worried that if {{r:Ri}} reads the article
> he will recognise details (the broken aquarium, the karaoke machine).
> Colleagues {{p:Kim Seo-yeon}} and {{p:Ahn Jae-hyun}} will be at the interview.
> -- {{r:EJB}}

-----BEGIN PGP SIGNATURE-----

iQIzBAEBCgAdFiEE4q7Ge3LmW9kXh1rQpYz0nC8m2zUFAme0QkkACgkQpYz0nC8m
2zU3dA/+JkEo1yZrHaSnLTqRk8bW0mJcXvN5Ux7aD2Qz4Yk1fLpGh6tBw9rE3sMn
=Q7xK
-----END PGP SIGNATURE-----

-----BEGIN PGP SIGNED MESSAGE-----
Hash: SHA512

From: {{r:Eun-ji Baek}} <desk@ngo.example>
To: {{r:Marta Kowalczyk}} <{{r:marta.kowalczyk}}@protonmail.example>
Date: Wed, 19 Feb 2025 16:05:51 +0900
Subject: Re: Re: Re: possible interview - restaurant worker

Dear {{r:Marta}},

{{r:Hye-song}} agrees to meet on 12 March at 2 p.m. at our office. She asks for the pseudonym "Ms {{r:J.}}" rather than a made-up Korean name. Two conditions:
1. You do not name the restaurant or {{r:Lee Byung-hoon}} (she now uses the southern spelling of the manager's name too).
2. You do not describe the other waitresses she mentions ({{p:Kang Ryon-ok}}, {{p:So Un-mi}}, {{p:Pak Yu-na}}), who may have been returned to {{u:Pyongyang}}.

The interpreter will be {{p:Yoon Chae-won}}. Our security lead {{p:Daniel Osei}} asks that you leave your phone in a locker during the interview.

Regards,
{{r:Eun-ji}}

--
{{r:Baek Eun-ji}} | Documentation Team
PGP: 0x8C6F 2A91 D44B 7E03 (uid "{{r:Eun-ji Baek}} <desk@ngo.example>")

-----BEGIN PGP SIGNATURE-----

iQIzBAEBCgAdFiEEk3pW8cL0vR2sYx7uN5mHfQ1bTzgFAme1YdMACgkQN5mHfQ1b
TzjVnhAAm2fYwX8rPq0TnJc3VbL6kR1eZs9gHoW4aUiQ7xDyE2lMtC5vNfJhB8oK
=hR4m
-----END PGP SIGNATURE-----""",
    },
    {
        "id": "h67-en-17",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Lena Fischer", "레나 피셔", "other", ["Lena"]),
            ("Jung Ha-ram", "정하람", "other", ["Ha-ram"]),
            ("Hwang Myong-dok", "황명덕", "witness", ["Myong-dok", "Heron"]),
            ("Sok Ryon-hui", "석련희", "witness", ["Ryon-hui", "Willow"]),
        ],
        "note": "Field-mission security check-in log for interviews in Mongolia; witnesses referred to by bird and tree code names (Heron, Willow) that are mentions, while other code words (Nest, Orchard, Kettle) stand for places and are not; driver, fixer and hotel staff private; timestamps and status codes.",
        "text": """MISSION SECURITY CHECK-IN LOG - MN-2024-09 ({{u:Ulaanbaatar}} / {{u:Darkhan}})
Team: {{r:Lena Fischer}} (lead), {{r:Jung Ha-ram}} (interpreter), {{p:Yusuf Demir}} (security focal point, remote, {{u:Berlin}})
Code words: NEST = team hotel; ORCHARD = safe apartment; KETTLE = bus station; HERON = witness 1; WILLOW = witness 2. Check-in every 3 hours; missed check-in + 30 min = call fixer; + 60 min = call embassy duty officer.

Date/time (local) | From | Status | Note
09-16 07:58 | {{r:LF}} | GREEN | Team at NEST. Fixer {{p:Enkhjargal}} confirmed driver {{p:Ganbold}} for 10:00.
09-16 10:41 | {{r:JHR}} | GREEN | At ORCHARD. {{r:HERON}} arrived with his friend {{p:Chol}} (not to be interviewed).
09-16 13:47 | {{r:LF}} | GREEN | Interview with {{r:Heron}} ongoing. He is fine, tired. Lunch break.
09-16 16:52 | {{r:LF}} | AMBER | {{r:Heron}} says a man from the site, "Mr {{p:Ri}} from the office", phoned his friend asking where they were. {{r:Heron}} ({{r:Hwang Myong-dok}}) wants to finish today. Extra care on exit.
09-16 17:30 | {{p:YD}} | - | Ack. Recommend {{p:Ganbold}} drops {{r:Heron}} at KETTLE not at his lodging. Do not use his name on the phone again, {{r:Lena}}.
09-16 19:04 | {{r:LF}} | GREEN | {{r:Heron}} dropped. All at NEST.
09-17 08:02 | {{r:JHR}} | GREEN | Leaving for {{u:Darkhan}} with {{p:Ganbold}}. Weather fine.
09-17 11:10 | {{r:JHR}} | RED | Missed 11:00 check-in - phone dead, charging in car. Sorry.
09-17 11:14 | {{p:YD}} | - | Noted. Back to GREEN. Power bank next time, {{r:Ha-ram}}.
09-17 13:35 | {{r:LF}} | GREEN | Met {{r:WILLOW}} at a cafe in {{u:Darkhan}}. She came with her daughter's teacher, Ms {{p:Oyuntsetseg}}, who speaks Korean. {{r:Willow}} prefers to talk at the cafe.
09-17 16:58 | {{r:LF}} | GREEN | Interview done. {{r:Willow}} ({{r:Sok Ryon-hui}}) named two others from the garment workshop who may want to talk: {{p:Ri Kum-sil}} and {{p:Han Ok-hui}}. Not contacted.
09-17 21:20 | {{r:JHR}} | GREEN | Back at NEST. Hotel night manager {{p:Batbayar}} asked about the "Korean visitors" yesterday; told him we are researchers.
09-18 09:00 | {{r:LF}} | GREEN | Debrief call with {{p:Yusuf}}. {{r:Myong-dok}} texted that he is safe. {{r:Ryon-hui}} will call {{r:Ha-ram}} on Friday.
09-18 12:40 | {{r:LF}} | GREEN | Flight to {{u:Seoul}} boarded. End of log.

Post-mission note ({{p:YD}}): code name "Heron" was said aloud twice in the hotel lobby; next mission rotate code names. Recommend we do not use "Willow" again because {{r:Sok}}'s Mongolian friend nicknamed her that.""",
    },
    {
        "id": "h67-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("An Chun-sil", "안춘실", "witness", ["춘실", "An Chun-sil"]),
            ("Pang Kwang-ho", "방광호", "other", ["방 사장"]),
        ],
        "note": "Personal-rehabilitation creditor list drafted by a law office for a former restaurant worker; the surname 안 beside the negation 안 and the surname 방 beside 방 (room), broker as 방 사장 with the title outside, friends from the settlement centre and church as private creditors, banks and court public.",
        "text": """개인회생 채권자목록 (초안 v2) - 신청인 {{r:안춘실}}
작성: 사무장 {{p:정다혜}} / 검토: 변호사 {{p:오승민}}
관할: {{u:서울회생법원}}

순번 | 채권자 | 채권 원인 | 잔존 원금 | 비고
1 | {{u:KB국민카드}} | 신용카드 이용대금 | 3,412,000 | 2021~2023
2 | {{u:우리은행}} | 마이너스통장 | 5,000,000 | 연체 7개월
3 | {{r:방광호}} | 탈북 비용 차용증 | 12,000,000 | 2019년 작성, 연 20% 약정
4 | {{p:김순녀}} | 지인 차용 | 2,000,000 | {{u:하나원}} 동기
5 | {{p:최명희}} | 지인 차용 | 800,000 | 교회 권사
6 | {{p:리영철}} | 지인 차용 | 1,500,000 | 고향 사람, 지방 거주
7 | {{p:박은주}} | 월세 보증금 대여 | 3,000,000 | 전 직장 동료

작성 메모 ({{p:정다혜}}):
- 의뢰인 {{r:안춘실}} 님은 2016~2019년 {{u:러시아}} {{u:블라디보스토크}}의 {{u:북한}} 식당에서 일했음. 식당 지배인 {{p:한영애}}가 여권을 보관했고, 월급은 "계획분"을 떼고 거의 안 줬다고 함. 탈출 후 {{u:중국}}을 거쳐 입국하는 과정에서 브로커 {{r:방광호}}에게 비용을 빌림.
- 3번 채권자 {{r:방}} 사장은 차용증 원본을 갖고 있고, 매달 전화로 독촉함. {{r:춘실}} 님 말로는 "{{r:방}} 사장이 안 갚으면 북에 있는 동생한테 알리겠다고 했다"고 함. → 변호사님께 보고. 협박 부분은 별도 상담 필요.
- 차용증상 채권자 이름이 "{{r:方光浩}}"로 한자 병기되어 있음. 동일인.
- 4번 {{p:김순녀}} 님과 5번 {{p:최명희}} 권사님은 "돈 안 받아도 된다"고 했으나, 목록에서 빼면 편파변제 문제가 생길 수 있어 일단 기재.
- 6번 {{p:리영철}} 씨는 의뢰인과 같은 고향 출신. 연락처 확인 안 됨. 의뢰인 동생 {{p:안춘희}}를 통해 주소 확인 예정.
- 7번 {{p:박은주}} 씨 - 원룸 방 보증금 300만 원 대여. 방을 뺄 때 돌려받기로 함.
- 의뢰인은 식당 시절 동료 {{p:계향미}}, {{p:정은별}}과도 돈거래가 있었으나 두 사람 모두 현재 연락 두절, 채무 아님 (의뢰인이 빌려준 쪽).
- 소득: {{u:대한법률구조공단}} 상담 시 {{p:윤소라}} 상담관이 확인한 급여명세서 기준 월 1,980,000원.
- 다음 주 화요일 의뢰인 방문 예정. {{r:안춘실}} 님이 아이를 맡길 곳이 없으면 {{p:오승민}} 변호사님이 전화로 대신 진행.""",
    },
    {
        "id": "h67-ko-02",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Yang Tok-su", "양덕수", "witness", ["덕수"]),
            ("Yang Mi-yong", "양미영", "relative", ["미영"]),
            ("Choe Hak-rim", "최학림", "supervisor", []),
        ],
        "note": "Advance-directive counselling record at a registration office; elderly man formerly on Kuwaiti construction sites, daughter present, counsellor private; names of dead co-workers recalled during counselling; '덕수궁' as a place containing the given name 덕수; CRLF.",
        "text": """사전연명의료의향서 상담 기록지
등록기관: {{u:국민건강보험공단}} 노원지사
상담일시: 2025. 3. 4.(화) 14:00~15:10
상담자: {{p:김현정}} (상담사 번호 N-2231)
작성자(본인): {{r:양덕수}} (1951년생, 남)
동석자: 딸 {{r:양미영}}

1. 상담 경위
본인이 직접 전화로 예약함. 딸 {{r:미영}} 씨가 동행. 본인은 북한이탈주민으로 2008년 입국. 당뇨·심부전으로 {{u:서울아산병원}} 외래 진료 중.

2. 상담 내용 요약
- 연명의료의 의미(심폐소생술, 인공호흡기, 혈액투석, 항암제 투여)와 호스피스 이용에 대해 설명함.
- 본인은 "기계에 매달려 사는 건 싫다"고 분명히 말함. 이유를 묻자, 1990년대 {{u:쿠웨이트}} 건설 현장에서 함께 일하던 동료 {{p:림용삼}}이 추락 사고 후 현지 병원에서 한 달 동안 기계에 연결돼 있다가 숨졌고, 그동안 작업반장 {{r:최학림}}이 "치료비가 계획분에서 나간다"며 동료들 월급에서 돈을 걷었다고 이야기함.
- 본인 말: "{{p:용삼}}이는 말 한마디 못 하고 갔다. 나는 내 입으로 정해 두고 싶다."
- 같은 현장 동료로 {{p:강철수}}의 이름도 언급함. {{p:강철수}} 씨는 {{u:남한}}에 있다고 들었으나 연락은 없다고 함.
- 당시 한 방을 쓴 {{p:허명일}}, {{p:조광석}}과는 "{{p:명일}}이가 몰래 라디오를 듣다 걸려서 셋이 같이 총화를 받았다"고 함. {{p:조광석}}은 귀국 후 소식 모름.
- {{r:최학림}} 반장에 대해서는 "지금도 살아 있으면 {{u:평양}}에서 잘 살 거다"라고 함. (상담 취지와 무관하여 자세히 묻지 않음)

3. 본인의 결정
- 심폐소생술, 인공호흡기, 혈액투석, 항암제 투여 모두 "원하지 않음"
- 호스피스 이용 "이용 희망"
- 열람 허용 여부: "열람 가능" (딸 {{r:양미영}})

4. 가족 의견
- {{r:미영}} 씨는 처음에는 "아버지가 너무 일찍 포기하는 것 같다"며 울었으나, 상담자가 의향서는 언제든 변경·철회 가능함을 설명하자 동의함.
- 본인은 {{u:북한}}에 남은 아들 {{p:양덕호}}(생사 불명)에게도 "이 결정을 알려 줄 방법이 있으면 좋겠다"고 함. 방법 없음을 안내.
- 상담 끝 무렵 {{r:미영}} 씨 남편 {{p:이준호}} 씨가 손자 {{p:서준}}이를 데리고 와서 대기실에서 기다림. 본인이 "{{p:서준}}이한테는 아직 말하지 마라"고 당부.

5. 기타
- 본인은 {{u:덕수궁}} 근처에서 20년 전에 찍은 사진을 보여 주며 "내 이름이랑 같다고 {{u:남한}} 와서 제일 먼저 간 곳"이라며 웃음.
- 본인이 "{{r:덕수}}야, 잘했다" 하고 혼잣말을 함. 딸이 "아버지는 힘들 때 자기 이름을 불러요"라고 설명.
- 서명 확인 후 등록 완료. 등록증 발급 안내.
- 다음 진료 시 담당의 {{p:박지훈}} 교수에게 의향서 등록 사실을 알리도록 권유함.

상담자 {{p:김현정}} (서명)""",
    },
    {
        "id": "h67-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Chon Yong-gil", "전용길", "witness", ["용길"]),
            ("Chon Song-hui", "전성희", "relative", ["성희"]),
            ("Ham Kyong-il", "함경일", "coworker", []),
        ],
        "note": "Adult-guardianship petition to a family court for a former logger with dementia; petitioner daughter, guardian candidate, relatives' consent list, a co-worker whose surname and given name 함경일 start like the province 함경도; court and hospital public; 사건본인 and 청구인 as role words.",
        "text": """성년후견개시 심판청구서

청 구 인   {{r:전성희}} (1979년생)
           주소: (생략)
           사건본인과의 관계: 딸
사건본인   {{r:전용길}} (1948년생)
           등록기준지: (생략)
후견인 후보자  {{r:전성희}}

{{u:서울가정법원}} 귀중

청 구 취 지
1. 사건본인에 대하여 성년후견을 개시한다.
2. 사건본인의 성년후견인으로 청구인 {{r:전성희}}를 선임한다.
라는 심판을 구합니다.

청 구 원 인
1. 사건본인의 경력
사건본인 {{r:전용길}}은 {{u:북한}} {{u:함경남도}} 출신으로, 1995년부터 2003년까지 {{u:러시아}} {{u:하바롭스크}} 지방의 벌목장에 파견되어 일하였습니다. 사건본인은 그곳에서 함께 일한 동료 {{r:함경일}}과 2003년 함께 탈출하여 2004년 {{u:대한민국}}에 입국하였습니다. 사건본인은 평소 "{{r:함경일}}이 없었으면 나는 얼어 죽었다"고 말하곤 하였는데, 두 사람 모두 {{u:함경도}} 출신이라 벌목장에서는 "큰 {{r:함}} 씨"와 "작은 {{r:전}} 씨"로 불렸다고 합니다.

2. 사건본인의 현재 상태
사건본인은 2022년경부터 기억력 저하를 보였고, 2024. 9. 대학병원 신경과에서 알츠하이머형 치매(중등도) 진단을 받았습니다(소갑 제3호증, 담당의 {{p:정윤서}}). 사건본인은 현재 딸인 청구인을 벌목장 시절 작업반장이던 "{{p:로}} 반장"으로 착각하여 "{{p:로덕만}} 동지, 오늘 할당량은 채웠습니다"라고 말하는 일이 잦습니다.

3. 후견의 필요성
가. 사건본인 명의의 예금과 임대주택 계약을 관리할 사람이 필요합니다.
나. 2024. 11. 사건본인의 먼 친척이라고 주장하는 {{p:전기철}}이 사건본인을 찾아와 통장과 도장을 가져간 일이 있었습니다. 청구인이 알고 되찾았습니다.
다. 사건본인의 벌목장 동료 {{r:함경일}} 씨는 현재 {{u:인천}}에 거주하며 청구인에게 "{{r:용길}} 형님 돈은 한 푼도 건드리지 말라"고 당부하였습니다.

4. 친족 관계 및 의견
| 성명 | 관계 | 의견 |
| {{r:전성희}} | 딸 | 청구인 |
| {{p:전성민}} | 아들 | 동의 (해외 거주, 동의서 첨부) |
| {{p:최옥순}} | 사건본인의 처 | 2019년 사망 |
| {{p:전용수}} | 사건본인의 동생 | {{u:북한}} 거주 추정, 연락 불가 |
| {{p:김태영}} | 청구인의 배우자 | 동의 |

5. 후견인 후보자의 적격
청구인 {{r:성희}}는 사건본인과 함께 살며 2년간 실질적으로 돌봄을 맡아 왔습니다. 사회복지사 {{p:한지민}}의 사례관리 기록(소갑 제6호증)에도 이러한 사실이 나타나 있습니다.

첨부서류
1. 가족관계증명서 2. 진단서({{p:정윤서}} 의사) 3. 동의서({{p:전성민}}, {{p:김태영}}) 4. 사례관리 기록
2025. 1. 15.
청구인 {{r:전성희}} (인)""",
    },
    {
        "id": "h67-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jo Kum-ok", "조금옥", "witness", ["금옥"]),
            ("Liu Jianguo", "류젠궈", "relative", ["刘建国", "류건국"]),
        ],
        "note": "Counter notes on a health-insurance dependant registration for a former Chinese factory worker and her Chinese husband; husband's name in Hanzi, Korean reading and pinyin; the word 조금 (a little) beside the surname 조 and given name 금옥; husband's relatives with Chinese forms of address; agency public.",
        "text": """[{{u:국민건강보험공단}} 지사 창구 상담 메모 - 피부양자 자격취득 신고]
접수번호 2025-0318-0442 / 담당 {{p:서지원}} 주임

직장가입자: {{r:조금옥}} (북한이탈주민, 2021년 입국, 현재 식품공장 생산직)
신고 대상 피부양자: 배우자 {{r:刘建国}} ({{r:류젠궈}}, {{r:LIU JIANGUO}}, {{u:중국}} 국적, 외국인등록증 소지)

상담 내용:
- 가입자 {{r:조금옥}} 님이 남편을 피부양자로 올리려고 방문. 한국어는 조금 서툴다고 하나 의사소통 문제없음.
- 가입자 설명: 2014~2019년 {{u:중국}} {{u:단둥}}의 봉제공장에 파견되어 일했음. 당시 {{u:북한}} 측 관리자 {{p:리명숙}}이 여권과 임금을 관리. 공장 창고 관리인이던 {{r:刘建国}} 씨가 2019년 탈출을 도와주었고, 이후 혼인.
- 혼인관계 증빙: {{u:중국}} 결혼증 번역본 제출. 번역자 {{p:김해란}}(행정사). 번역본에는 남편 이름이 "{{r:류건국}}"(한자음)으로, 외국인등록증에는 "{{r:LIU JIANGUO}}"로 되어 있어 동일인 확인서 요청함.
- 남편 소득: 없음(구직 중). 재산: 없음.
- 가입자가 남편의 부모도 올릴 수 있는지 문의. 시부 {{p:刘德胜}}, 시모 {{p:王秀兰}}은 {{u:중국}} 거주로 국내 거소 요건 불충족 → 불가 안내.
- 가입자 말로는 시누이 "{{p:小梅}}"({{p:刘小梅}})가 남편 대신 서류를 떼어 보내 줌. 시누이의 남편 "{{p:老张}}"이 공증 사무소에 아는 사람이 있다고 함.
- 가입자가 "남편이 말을 조금밖에 못 하니 전화는 저한테 해 달라"고 요청. 연락처는 가입자 번호로 등록.
- 가입자 회사 인사 담당 {{p:윤성호}} 대리와 통화하여 재직 확인 완료.

처리 결과: 동일인 확인서 보완 후 재방문. 보완 시 {{r:금옥}} 님 혼자 와도 됨 안내.
특이사항: 가입자가 예전 공장 동료 {{p:정순애}}, {{p:리은정}}도 {{u:한국}}에 와 있다며 같은 문제로 상담받게 하고 싶다고 함. 지사 다문화 상담 창구({{p:최유나}} 상담원) 안내.

메모 작성 {{p:서지원}} / 확인 {{p:박경민}} 차장""",
    },
    {
        "id": "h67-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kang Song-jin", "강송진", "witness", ["송진"]),
            ("Ri Hyang-sim", "리향심", "witness", ["향심", "이향심"]),
        ],
        "note": "Settlement helper's worksheet for filling in a marriage registration form; bride and groom both formerly in a Chinese seafood plant, parents' names in North Korea entered in the form, two witnesses, the bride's surname written 리 and 이; 송진 (pine resin) as an ordinary word; district office public.",
        "text": """혼인신고서 작성 도움 메모 (정착도우미 {{p:남궁은비}} 작성, 2025. 4. 2.)
장소: {{u:노원구청}} 민원실 옆 휴게 공간

① 혼인당사자
남편: {{r:강송진}} (1988년생) / 등록기준지: {{u:하나원}} 수료 시 지정된 주소
아내: {{r:이향심}} (1993년생) - 북에서는 "{{r:리향심}}"이었는데 가족관계등록부에는 "{{r:이향심}}"으로 올라가 있음. 서류에는 등록부대로 "이"로 씀.

② 부모 성명란
남편의 부: {{p:강태혁}} / 모: {{p:박순복}} - 두 분 모두 {{u:북한}} 거주 추정. 생년월일 모름 → "미상" 기재 가능한지 담당 주무관 {{p:오민지}} 님께 확인함. 가능.
아내의 부: {{p:리철남}}(사망) / 모: {{p:최영숙}} - 모친은 2022년 입국, 현재 {{u:대구}} 거주.

③ 증인
증인 1: {{p:박선영}} (교회 집사, {{r:향심}} 씨 직장 선배)
증인 2: {{p:장명수}} ({{r:송진}} 씨와 같은 공장에서 일했던 친구)
※ 증인 서명은 미리 받아 옴. {{p:장명수}} 씨 도장이 흐리게 찍혀서 다시 받아야 할 수도 있음.

④ 두 사람 사정 (본인들 동의 하에 기록)
- 두 사람은 2017~2020년 {{u:중국}} {{u:훈춘}}의 수산물 가공공장에서 처음 만남. 남편은 냉동 창고, 아내는 포장 라인. 당시 북측 관리원 {{p:계영남}}이 남녀 노동자가 말을 섞지 못하게 감시했다고 함.
- {{r:송진}} 씨 말: "{{p:계영남}}이가 없는 날 송진 냄새 나는 창고 뒤에서 몰래 몇 마디 한 게 다였다." (창고 옆에 소나무 목재가 쌓여 있었다고.)
- 아내 쪽 팀장 {{p:허은실}}이 두 사람 사이를 눈치채고 보고하려 했으나, 중국인 조장 "{{p:小金}}"이 말려 주었다고 함.
- 2020년 코로나로 공장이 멈췄을 때 함께 탈출. 입국은 {{r:향심}} 씨가 6개월 먼저.

⑤ 기타 확인 사항
- 자녀 없음. 자녀의 성·본 협의란 "아니요".
- 아내가 남편 성을 따르지 않는다는 점을 {{r:송진}} 씨가 처음 알고 놀람. "{{r:향심}}이는 그대로 {{r:리향심}}, 아니 {{r:이향심}}이다."
- 신고 후 주민센터에서 전입 정리 필요. 담당 통장 {{p:김복남}} 님께 연락 예정.
- 두 사람이 결혼식에 {{p:남궁은비}} 도우미와 {{u:하나원}} 담임이던 {{p:서윤희}} 선생님을 초대하고 싶다고 함.

접수 완료. 접수번호 노원-2025-혼인-0211. 처리 담당 {{p:오민지}} 주무관.""",
    },
    {
        "id": "h67-ko-06",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("O Chol-ho", "오철호", "witness", ["철호"]),
            ("Song Un-ju", "송은주", "relative", ["은주"]),
        ],
        "note": "Application for recognition as a lease-fraud victim; the landlord, his family and the estate agent private, other victims in the same building private, applicant with the one-letter surname 오 beside the time word 오전 and 오후, wife's surname 송; ministry committee and city public; CRLF.",
        "text": """전세사기피해자 결정 신청서 - 첨부 경위서
제출처: {{u:국토교통부}} 전세사기피해지원위원회 (경유: 지역 전세피해지원센터)

신청인: {{r:오철호}} (1985년생)
배우자: {{r:송은주}} (1987년생)
임차 주택: {{u:인천}} {{u:미추홀구}} 소재 다세대주택 (이하 "이 사건 주택") 302호
임대인: {{p:남경태}} / 공인중개사: {{p:윤미숙}}

경 위 서

1. 저는 북한이탈주민입니다. 2012~2017년 {{u:카타르}} 건설 현장에서 일했고, 그때 월급을 거의 받지 못한 채 작업반장 {{p:한명식}}의 감시를 받으며 지냈습니다. 2019년 입국 후 물류센터에서 일하며 모은 돈과 대출로 2022. 5. 전세보증금 1억 3천만 원에 이 사건 주택을 임차하였습니다.

2. 계약 당시 공인중개사 {{p:윤미숙}}은 "임대인 {{p:남경태}} 사장님은 건물만 40채가 넘는 분이라 절대 문제없다"고 하였고, 선순위 근저당도 "곧 말소된다"고 하였습니다. 계약서는 오전 11시에 {{p:윤미숙}}의 사무실에서 작성하였고, 임대인은 오지 않고 임대인의 아들 {{p:남우진}}이 위임장을 가지고 대리하였습니다.

3. 2024. 2. 이 사건 주택이 경매에 넘어갔다는 통지를 받았습니다. 그날 오후 같은 건물 201호 {{p:김하늘}} 씨, 401호 {{p:정대현}} 씨와 함께 {{p:남경태}}에게 전화했으나 받지 않았습니다. {{p:남우진}}은 "아버지가 아프시다"고만 했습니다.

4. 같은 건물 임차인 중 확인된 피해자는 저를 포함해 8세대입니다. 대표로 {{p:김하늘}} 씨가 연락을 맡고 있고, 501호 {{p:박소연}} 씨는 이미 결정을 받았습니다. 102호 할머니({{p:최정자}} 님)는 글을 잘 못 읽으셔서 제 아내 {{r:은주}}가 서류를 도와드리고 있습니다.

5. 저는 {{u:카타르}}에서 돈을 빼앗긴 뒤 "{{u:남한}}에 가면 내 돈은 내가 지킨다"는 생각 하나로 살았습니다. 그런데 또 빼앗겼다는 생각에 잠을 자지 못합니다. 아내 {{r:송은주}}도 같은 회사에서 야간 근무를 하며 버티고 있습니다. {{u:북한}}에 있을 때 같은 동네 살던 {{p:오영남}} 형님(저와 성만 같고 친척 아님)이 저를 위로해 주러 왔는데, "{{r:철호}}야, 너는 왜 맨날 당하냐"고 해서 울었습니다.

6. 위와 같은 사정으로 전세사기피해자 결정을 신청합니다. 법률 상담은 {{p:이정훈}} 변호사(무료 법률상담)에게 받았습니다.

2025. 2. 20.
신청인 {{r:오철호}} (서명)

[센터 접수 담당 {{p:홍세영}} 메모: 신청인 {{r:오}} 씨 진술 일관됨. 출신 관련 내용은 위원회 판단과 무관하나 본인이 넣기를 원해 그대로 둠.]""",
    },
    {
        "id": "h67-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Kwang-chol", "김광철", "witness", ["광철", "Gim Kwang-chol"]),
            ("Pak Tu-sik", "박두식", "supervisor", ["두식", "Dusik"]),
        ],
        "note": "Defence counsel's written opinion for a man accused of lending his bank account to a phone-fraud ring; the recruiter was his former brigade leader in Russia and appears as 박 과장 (title outside, also as a messenger display name), by given name and as a messenger nickname; fraud victims, investigators and prosecutor private; messenger app public.",
        "text": """변 호 인 의 견 서

사    건   2024형제31207 전자금융거래법위반
피 의 자   {{r:김광철}}
검    사   {{p:윤태준}}

위 사건에 관하여 피의자의 변호인은 다음과 같이 의견을 제출합니다.

1. 사건의 개요
피의자는 2024. 6. 자신 명의의 {{u:농협은행}} 계좌와 체크카드를 성명불상자에게 양도하였고, 위 계좌가 전화금융사기 피해금 수취에 이용되었다는 혐의를 받고 있습니다. 위 계좌로 피해금을 송금한 피해자는 {{p:홍순자}}(72세), {{p:이미경}}(54세), {{p:장동혁}}(31세) 등 3명입니다.

2. 피의자의 경력과 위 계좌를 넘기게 된 경위
가. 피의자는 북한이탈주민으로, 2013~2018년 {{u:러시아}} {{u:상트페테르부르크}}의 건설 현장에 파견되어 일하였습니다. 당시 작업반장이 {{r:박두식}}이었습니다.
나. 피의자는 2020년 입국하였는데, 2024. 5. {{u:텔레그램}}으로 "{{r:박}} 과장"이라는 이름의 계정이 연락해 왔습니다. 이 계정은 자신을 "{{r:두식}}이 형"이라고 소개하였고, 피의자는 그가 {{r:박두식}}임을 알아보았다고 진술합니다. {{r:박두식}}도 2021년 탈북하여 국내에 있다는 소문이 있었다고 합니다.
다. {{r:박두식}}은 "통장만 빌려주면 한 달에 100만 원을 주겠다. 네가 {{u:러시아}}에서 {{p:림철}}이 대신 맞아 줬던 거 기억하지? 이번엔 내가 도와주마"라고 하였다고 합니다. 여기서 {{p:림철}}은 당시 같은 현장의 동료로, 할당량을 채우지 못해 반장에게 맞던 사람입니다.
라. 피의자는 과거 {{r:박두식}} 반장의 말을 거역하면 어떤 일이 생기는지 몸으로 겪었기에, "그 사람 말이면 몸이 먼저 움직였다"고 진술합니다. 피의자의 이러한 심리 상태는 {{u:남북하나재단}} 심리상담사 {{p:정소희}}의 소견서(별첨 2)에도 나타나 있습니다.

3. 의견
가. 피의자는 계좌가 사기에 쓰일 것을 알지 못하였습니다. {{r:박두식}}은 "해외 건설 자재 대금을 받는 통장"이라고 하였습니다.
나. 피의자는 피해 사실을 안 즉시 은행에 지급정지를 요청하였고, 담당 수사관 {{p:강민호}} 경위에게 {{r:박두식}}의 {{u:텔레그램}} 대화 내용을 모두 제출하였습니다.
다. 피의자는 피해자 {{p:홍순자}} 님께 사과 편지를 썼고, 일부 변제를 위해 200만 원을 공탁할 예정입니다.
라. 피의자의 직장 동료 {{p:최준영}}, 교회 목사 {{p:안성철}}이 탄원서를 제출하였습니다(별첨 3, 4).

4. 결론
피의자 {{r:김광철}}에 대하여 기소유예 처분을 하여 주시기 바랍니다. 아울러 피의자가 지목한 {{r:박두식}}({{u:텔레그램}} 닉네임 "{{r:박}} 과장", 다른 대화방에서는 "{{r:Dusik}}88")에 대한 수사를 요청합니다.

2025. 1. 8.
피의자의 변호인 변호사 {{p:허지은}}""",
    },
    {
        "id": "h67-ko-08",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Sim Yong-ae", "심영애", "witness", ["영애"]),
            ("Ryu Kyong-sim", "류경심", "coworker", ["경심", "유경심"]),
        ],
        "note": "Small-claims complaint between two women who had worked together in a Chinese garment factory; defendant's surname written 류 and 유, the word 심 (heart, core) beside the surname 심, witnesses and the plaintiff's son private; court public; statement of facts.",
        "text": """소 장 (소액사건)

원    고   {{r:심영애}}
           (주소 생략)
피    고   {{r:류경심}} (주민등록상 "{{r:유경심}}")
           (주소 생략)

대여금 청구의 소

청 구 취 지
1. 피고는 원고에게 4,500,000원 및 이에 대하여 2024. 3. 1.부터 다 갚는 날까지 연 12%의 비율로 계산한 돈을 지급하라.
2. 소송비용은 피고가 부담한다.
3. 제1항은 가집행할 수 있다.

청 구 원 인
1. 원고와 피고는 2015~2019년 {{u:중국}} {{u:단둥}}의 같은 봉제공장에 파견되어 일하였습니다. 당시 피고 {{r:류경심}}은 원고가 속한 작업조의 조장이었고, 북측 책임자는 {{p:김정미}}였습니다.
2. 원고와 피고는 각각 입국한 뒤 2023년 같은 교회 모임에서 다시 만났습니다. 피고는 "딸 {{p:리하나}}의 학원비가 급하다"며 원고에게 2023. 9. 10. 3,000,000원, 2023. 11. 20. 1,500,000원을 빌려 갔고, 2024. 2. 말까지 갚겠다고 약속하였습니다(갑 제1호증 {{u:카카오톡}} 대화).
3. 그러나 피고는 변제기가 지나도록 갚지 않고, 원고의 연락을 피하고 있습니다. 피고는 원고의 아들 {{p:심재민}}에게 "엄마한테 공장 때 일 다 까발리기 전에 조용히 하라고 해라"라는 문자를 보냈습니다(갑 제3호증).
4. 원고는 피고가 공장 시절 조장으로서 다른 노동자들을 감시하여 {{p:김정미}}에게 보고하던 일을 기억하고 있으나, 이 사건은 그와 무관하게 빌려준 돈을 돌려받으려는 것입니다. 원고는 피고를 미워하는 마음이 아니라, 자신의 돈을 돌려받고 싶은 것이 이 소송의 핵심(심)이라고 말합니다.
5. 돈을 빌려줄 때 함께 있었던 {{p:전옥화}}, {{p:방은실}}이 이 사실을 알고 있으며, 필요하면 증인으로 나오겠다고 하였습니다. {{p:방은실}}도 공장 시절 {{r:경심}}이와 같은 조였습니다.
6. 원고가 피고에게 보낸 내용증명(갑 제2호증)은 "폐문부재"로 반송되었습니다. 피고의 현 남편 {{p:조성훈}} 명의로 된 주소로도 보냈으나 같은 이유로 반송되었습니다.

입 증 방 법
1. 갑 제1호증 {{u:카카오톡}} 대화 캡처 (원고 {{r:심영애}} ↔ 피고 {{r:류경심}})
2. 갑 제2호증 내용증명 및 반송 봉투
3. 갑 제3호증 문자 메시지 캡처 ({{r:경심}} → {{p:심재민}})

2024. 6. 3.
원고 {{r:심영애}} (인)
{{u:서울남부지방법원}} 귀중

[작성 지원: 법률홈닥터 {{p:배수현}} 변호사 / 메모: 원고는 "{{r:영애}}"라고 불러 달라고 함]""",
    },
    {
        "id": "h67-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Hyon Mi-ran", "현미란", "witness", ["미란"]),
            ("Hyon Kwang-song", "현광성", "relative", ["광성"]),
        ],
        "note": "A neighbourhood chief's field notes for the annual resident-registration fact-finding survey; household heads and residents private, 통장 used both as the job title and as 'bankbook', 현미 (brown rice) beside the surname 현 and given name 미란, a resident who worked in a Vietnamese restaurant abroad; district office public.",
        "text": """2024년 하반기 주민등록 사실조사 - 현장 확인 메모
조사원: 12통 통장 {{p:임정숙}} / 동행: 주민센터 {{p:류승완}} 주무관
{{u:양천구}} {{u:신월동}} 일대 (세부 주소 생략)

[가구 1] 세대주 {{p:고병철}} - 거주 확인. 부인 {{p:문정희}}, 아들 {{p:고준서}}. 이상 없음.

[가구 2] 세대주 {{r:현미란}} - 3회 방문 끝에 만남. 본인, 아들 {{r:현광성}} 거주.
- {{r:미란}} 씨는 북한이탈주민. 2016~2019년 {{u:베트남}} {{u:하노이}}의 {{u:북한}} 식당에서 일했다고 함. "그때 여권을 지배인 {{p:리순옥}}이가 가지고 있어서 은행 통장 하나 못 만들었다"며, 지금도 통장 만드는 게 제일 뿌듯했다고 웃음.
- 아들 {{r:광성}}이는 고등학생, 학교 가서 없음. {{r:현광성}} 명의 전입은 2023년.
- 세대원으로 올라가 있는 {{p:계순녀}}(모친)는 실제로는 {{u:인천}} 요양병원 입원 중. {{r:현미란}} 씨가 "어머니 주소를 옮기면 병원비 지원이 끊긴다고 들었다"고 하여, {{p:류승완}} 주무관이 그렇지 않다고 안내. 다음 주 주민센터 방문하기로 함.
- 부엌에 현미 포대가 쌓여 있길래 물었더니 "식당 시절 동료 {{p:박선화}}가 농사짓는 남편이랑 보내 준 것"이라고 함.
- 본인 요청: 식당 시절 동료 {{p:김향}}, {{p:최은정}}이 같은 구에 산다는데 연락처를 알 수 없느냐고 물음 → 개인정보라 안 된다고 안내.

[가구 3] 세대주 {{p:진영수}} - 부재. 옆집 {{p:오순례}} 할머니 말로는 2개월 전 이사. 거주불명 등록 절차 안내문 부착.

[가구 4] 세대주 {{p:Nguyen Thi Lan}} (결혼이민자) - 남편 {{p:한동규}}, 딸 {{p:한지유}}. 거주 확인. {{p:Lan}} 씨가 [가구 2]의 {{r:미란}} 씨와 친하다고 함. 두 사람이 베트남어 몇 마디로 인사한다고.


특이사항: [가구 2] {{r:현\u200b미란}} 씨가 자기 통장을 두고 "통장님 통장이랑 제 통장은 다른 거죠?" 하고 농담함. 다음 조사 때도 {{r:미란}} 씨 댁은 저녁 7시 이후 방문 권장.
작성 {{p:임정숙}} / 확인 {{p:류승완}}""",
    },
    {
        "id": "h67-ko-10",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Chang-gil", "리창길", "witness", ["창길", "이창길"]),
        ],
        "note": "Polling-station observer roster with an NGO volunteer coordinator's notes; parties real and public, observers and station staff private, a former Mongolian construction worker appears as 리창길 and 이창길, the word 참관 and the name 참관인 nearby; the station is in a school.",
        "text": """제22대 국회의원선거 투표소 참관인 명단 (사전투표 제외)
투표소: {{u:상계3동}} 제4투표소 (○○초등학교 체육관)
투표관리관: {{p:송민규}} / 투표사무원: {{p:김가은}}, {{p:박서진}}

| 시간대 | 참관인 | 추천 | 비고 |
|---|---|---|---|
| 06:00~09:00 | {{p:장영호}} | {{u:더불어민주당}} | |
| 06:00~09:00 | {{p:오세라}} | {{u:국민의힘}} | |
| 09:00~12:00 | {{r:이창길}} | 무소속 후보 {{p:윤석태}} | 북한이탈주민 자원봉사자 |
| 09:00~12:00 | {{p:하지원}} | {{u:국민의힘}} | |
| 12:00~15:00 | {{p:민경수}} | {{u:더불어민주당}} | |
| 12:00~15:00 | {{p:서유나}} | 무소속 후보 {{p:윤석태}} | |
| 15:00~18:00 | {{p:최동훈}} | 무소속 후보 {{p:윤석태}} | |
| 15:00~18:00 | {{p:엄태규}} | {{u:더불어민주당}} | |

[NGO 자원봉사 코디네이터 {{p:구민서}} 메모]
- {{r:창길}} 씨는 우리 단체 증언 참여자. {{u:몽골}} {{u:울란바토르}} 건설 현장에서 2014~2018년 일했고, 그때 현장 책임자 {{p:한성일}}이 "선거는 100% 찬성하는 것"이라고 가르쳤다고 함. "이번이 처음으로 제대로 보는 선거"라며 참관을 자원함.
- 신분증 이름은 "{{r:이창길}}"이지만 본인은 "{{r:리창길}}"로 불리기를 좋아함. 명단에는 신분증대로 기재.
- 무소속 후보 측 연락 담당 {{p:백승현}} 씨가 참관 신청 처리. {{r:리창길}} 씨에게 참관인 수당 안내함.
- 12시 교대 때 {{p:민경수}} 참관인이 늦어 {{r:창길}} 씨가 10분 더 있었음. 투표관리관 {{p:송민규}} 님이 고맙다고 인사.
- {{r:창길}} 씨 후기: "투표함에 넣을 때 아무도 안 쳐다봐서 이상했다. {{u:울란바토르}}에서 같이 일하던 {{p:조영철}}이, {{p:김명국}}이한테 보여 주고 싶다."
- 다음 선거 때도 참관 희망. 같은 동네 사는 {{p:황순미}} 씨(증언 참여자 아님)도 관심 있다고 함.""",
    },
    {
        "id": "h67-ko-11",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Chae Yong-bom", "채용범", "witness", ["용범"]),
            ("Ko Myong-chan", "고명찬", "coworker", ["명찬"]),
            ("Pyo Song-nam", "표성남", "coworker", ["성남"]),
        ],
        "note": "Civil-defence training completion list with an instructor's remarks; three former Qatar construction workers in the list, one given name 성남 identical to the city name 성남 (which is public when it means the city), surname 채 beside 채용 (hiring), 고 and 표 as ordinary syllables; CRLF.",
        "text": """2025년 민방위 기본교육(1년차) 이수자 명단
교육일: 2025. 5. 14.(수) 14:00~18:00 / 장소: 구민회관 3층 대강당
강사: {{p:윤재석}} (민방위 전문강사) / 담당: 안전총괄과 {{p:손현아}}

연번 | 성명 | 생년 | 이수 | 비고
1 | {{p:권혁진}} | 1993 | O |
2 | {{r:고명찬}} | 1986 | O | 북한이탈주민
3 | {{p:김도현}} | 1994 | O |
4 | {{p:남궁선}} | 1990 | X | 조퇴 (15:40)
5 | {{r:채용범}} | 1985 | O | 북한이탈주민
6 | {{p:박지성}} | 1992 | O | 동명이인 주의
7 | {{r:표성남}} | 1987 | O | 북한이탈주민, {{u:성남시}}에서 전입

강사 의견 ({{p:윤재석}}):
- 심폐소생술 실습 때 {{r:채용범}}, {{r:고명찬}}, {{r:표성남}} 씨 세 분이 서로 아는 사이인 듯 같은 조를 원함. 알고 보니 2010년대에 {{u:카타르}} 건설 현장에서 같이 일했다고 함.
- {{r:용범}} 씨가 실습 중 "현장에서 {{p:봉철호}}가 쓰러졌을 때 이걸 알았으면 살렸을 거다"라고 해서 잠시 분위기가 무거워짐. {{r:명찬}} 씨 말로는 당시 반장 {{p:리학봉}}이 "구급차 부르면 우리 다 쫓겨난다"고 막았다고.
- {{r:표성남}} 씨는 이름 때문에 출석 부를 때마다 "{{u:성남}}에서 오셨어요?"라는 질문을 받는다고 웃음. 실제로 {{u:성남시}}에서 이사 왔다고. 본인은 "{{r:성남}}이는 제 이름이지 고향이 아니다"라고 농담.
- 화생방 교육 시 {{r:고명찬}} 씨가 질문: "북에서 배운 방독면 쓰는 법이랑 똑같다." 친구 {{r:채용범}} 씨는 "{{r:명찬}}이는 그때도 제일 빨랐다"고 함.
- 채용 관련 질문(민방위 훈련 불참 시 채용 불이익 여부)이 나와서 담당 {{p:손현아}} 주무관이 답변.
- 6번 {{p:박지성}} 씨는 축구 선수와 동명이인이라 다른 교육생들이 사진을 찍으려 함. 본인이 불편해하여 제지.
- {{p:남궁선}} 씨 조퇴 사유: 자녀 하원. 보충교육 일정 문자 발송 예정.

확인: 안전총괄과 {{p:손현아}} / 팀장 {{p:길태순}}""",
    },
    {
        "id": "h67-ko-12",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Tong Kum-son", "동금선", "witness", ["금선"]),
            ("Tong Hyok", "동혁", "relative", ["혁"]),
        ],
        "note": "Pet registration form and a lost-dog report for a woman formerly in a Russian fish plant; the dog is called 복순이 and the cat 철수 (animal names, not persons, unmarked), the owner's surname 동 beside 동 (district) and 동물 (animal), vet and neighbours private; a son called by his one-syllable given name.",
        "text": """[동물등록 신청서 사본 + 유실 신고 메모 - 동물보호센터 상담 기록]
상담자: {{p:나혜원}} (동물보호센터) / 2025. 2. 7.

1. 소유자 정보
성명: {{r:동금선}} / 연락처: 010-****-**** / 주소: ○○동 (세부 생략)
동거인: 아들 {{r:동혁}} (2009년생)

2. 등록 동물
① 이름: 복순이 / 종류: 개(진돗개 믹스) / 성별: 암 / 나이: 약 4세 / 내장형 칩 등록
② 이름: 철수 / 종류: 고양이(코리안 숏헤어) / 성별: 수 / 나이: 약 2세 / 등록 신규

3. 유실 신고 (복순이)
- 유실 일시: 2025. 2. 5. 저녁 7시경, 아파트 놀이터 부근
- 신고자 {{r:동금선}} 님 진술: 아들 {{r:혁}}이가 산책시키다 목줄이 풀려 달아남. 이웃 {{p:차은솔}} 씨가 편의점 쪽으로 뛰어가는 걸 봤다고 함.
- 보호자 요청: 전단지에 자기 이름 대신 아들 이름과 번호를 넣어 달라고 함. 이유를 묻자 "옛날 같이 일하던 사람들이 내 이름을 보면 찾아올까 봐"라고 함.

4. 상담 중 들은 이야기 (보호자 동의 하에 기록, 센터 사회복지사 {{p:전다은}} 공유)
- {{r:금선}} 님은 2013~2018년 {{u:러시아}} {{u:캄차카}}의 수산물 가공 공장에서 일함. 당시 북측 여성 반장 {{p:마옥희}}가 "개만도 못한 것들"이라는 말을 자주 했다고. "그래서 나는 개한테 제일 좋은 이름을 주고 싶었다. 복 많이 받으라고 복순이."
- 고양이 이름 철수는 아들이 지음. 아들 {{r:동혁}}은 "우리 반에 철수라는 애는 없어서 괜찮다"고 했다고.
- 공장 시절 같은 방 동료 {{p:허순정}}, {{p:리봄}}과는 지금도 연락. {{p:리봄}} 씨가 복순이 찾는 전단지를 단톡방에 올려 주었다고 함.
- 동물병원 {{p:김태형}} 수의사가 칩 번호 확인해 줌. 병원 원장 {{p:성민아}} 님도 게시판에 공고.

5. 조치
- 센터 보호 동물 목록 확인 → 유사 개체 없음.
- 2. 9. 인근 동 주민 {{p:유병찬}} 씨가 복순이로 보이는 개를 데리고 있다고 연락 → 보호자에게 전달.
- 2. 9. 오후 {{r:동금선}}·{{r:동혁}} 모자가 방문하여 확인. 복순이 맞음. 인계 완료.
- 보호자 말: "{{r:혁}}이가 울어서 동네가 다 알았어요." 철수는 집에서 잘 있음.

기록 {{p:나혜원}}""",
    },
    {
        "id": "h67-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Mo Chol-jun", "모철준", "witness", ["철준"]),
            ("Yom Tae-guk", "염태국", "coworker", ["태국"]),
        ],
        "note": "Written objection to a parking fine; the car belongs to a former logger and was driven by his old co-worker 염태국, whose given name 태국 is also the Korean name of Thailand (public when it means the country), surname 모 beside 모두 and 모르다; enforcement officer and witnesses private.",
        "text": """과태료 부과 사전통지에 대한 의견진술서

수 신: ○○구청장 (교통지도과)
사 건: 주정차위반 과태료 사전통지 (차량번호 12가 3456, 위반일시 2025. 3. 18. 10:42)
진술인: {{r:모철준}} (차량 소유자)

1. 진술 요지
위 일시에 위 차량을 운전한 사람은 제가 아니라 제 친구 {{r:염태국}}이며, 당시 응급 상황이었으므로 과태료 부과를 면제하여 주시기 바랍니다.

2. 경위
- 저와 {{r:염태국}}은 2000년대에 {{u:러시아}} {{u:아무르주}}의 벌목장에서 같이 일한 사이입니다. 그때 우리 작업반장 {{p:도상철}}은 병든 사람을 모두 "꾀병"이라고 했고, 동료 {{p:석정호}}는 제때 치료를 받지 못해 발가락을 잃었습니다. 그래서 우리 둘은 지금도 누가 아프면 무조건 병원부터 갑니다.
- 2025. 3. 18. 아침 {{r:태국}}이가 제 차를 빌려 갔습니다. 그날 {{r:태국}}이의 아내 {{p:진미향}} 씨가 갑자기 복통을 일으켜 {{r:염태국}}이 병원 응급실 앞에 차를 세우고 아내를 부축해 들어갔습니다. 단속 카메라에 찍힌 장소가 바로 그 응급실 앞 도로입니다.
- 응급실 간호사 {{p:안소희}} 님이 당시 상황을 기억하고 확인서를 써 주셨습니다(첨부 2). 진료 기록에는 담당의 {{p:홍진우}} 선생님 이름이 있습니다.
- 저는 그 시간에 직장(물류센터)에 있었고, 팀장 {{p:윤태식}} 님이 출근 기록을 확인해 주었습니다(첨부 3).

3. 기타
- {{r:염태국}}은 사람들이 이름을 듣고 "{{u:태국}} 사람이냐"고 자주 묻는데, 순수한 {{u:함경도}} 사람입니다. 이번에도 단속 공무원 {{p:편상욱}} 주무관님이 전화로 "{{r:태국}} 씨가 외국인이냐"고 물으셔서 설명드렸습니다.
- 저 {{r:모철준}}은 이 차를 {{r:태국}}이뿐 아니라 같은 교회 {{p:하성민}} 집사님에게도 가끔 빌려드리지만, 그날은 아니었습니다. 모두 사실이며, 제가 모르는 내용은 적지 않았습니다.
- 필요하면 {{r:염태국}} 본인이 직접 구청에 가서 진술하겠다고 합니다. {{r:태국}}이 연락처: 010-****-****

첨부: 1. 운전자 확인서({{r:염태국}} 서명) 2. 응급실 간호사 확인서({{p:안소희}}) 3. 출근 기록
2025. 4. 2.
진술인 {{r:모철준}} (서명)""",
    },
    {
        "id": "h67-ko-14",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kye Ok-bun", "계옥분", "witness", ["옥분"]),
            ("Kye Chun-hwa", "계춘화", "relative", ["춘화"]),
        ],
        "note": "Cooking-class handout on North Korean dishes with participants' notes; the instructor worked in a North Korean restaurant in China; dish names that look like words, a participant named 두부 as a nickname, honorific 선생님 outside, 평양냉면 as a dish name unmarked, the instructor's sister named in a recipe story; community centre private.",
        "text": """[○○복지관 평생교육 - "{{u:북한}} 음식 만들기" 4주차 안내문]
강사: {{r:계옥분}} 선생님 / 보조: 자원봉사자 {{p:신하윤}}
오늘의 메뉴: 두부밥, 인조고기밥, 언감자떡

▶ 강사 이야기
"저는 2012년부터 2017년까지 {{u:중국}} {{u:선양}}의 {{u:북한}} 식당에서 일했습니다. 주방장은 {{p:리영남}} 동무였고, 저는 주로 두부밥을 맡았어요. 손님들이 '두부밥 아줌마'라고 불렀지요. 두부밥은 원래 장마당 음식인데, 식당에서는 '특별 메뉴'로 비싸게 팔았습니다. 손님이 낸 돈은 한 푼도 우리 손에 안 들어왔어요. 지배인 {{p:손경애}}가 다 걷었지요."
"언감자떡은 언니 {{r:계춘화}}한테 배웠어요. 고난의 행군 때 {{r:춘화}} 언니가 밭에서 얼어 버린 감자를 주워 와서 만들어 줬어요. 지금 언니는 {{u:평양}}에 있는지 어디 있는지 몰라요."

▶ 만드는 법 (두부밥)
1. 두부를 삼각형으로 썰어 기름에 노릇하게 지진다.
2. 두부 가운데를 칼로 갈라 밥을 채운다.
3. 고춧가루, 파, 마늘, 간장으로 양념장을 만들어 바른다.

▶ 지난주 참가자 소감 (게시판에서 옮김)
- {{p:한미숙}}: 인조고기밥 처음 먹어 봤는데 쫄깃해요. {{r:계}} 선생님 최고!
- {{p:오준혁}}: 우리 조 {{p:두부}} 형님(별명, 본명 {{p:두민호}}) 덕분에 두부가 안 부서졌어요 ㅋㅋ
- {{p:Ayaan Malik}}: Very tasty. Teacher {{r:Ok-bun}} is kind.
- {{p:정수빈}}: 언감자떡 이야기 듣고 울었어요. {{r:옥분}} 선생님 언니 {{r:춘화}} 님 꼭 만나시길.
- {{p:최재원}}: 다음엔 평양냉면 해 주세요~

▶ 자원봉사자 메모 ({{p:신하윤}})
- {{r:계옥분}} 선생님이 수업 중 식당 동료 {{p:한순옥}}, {{p:김명화}}를 떠올리며 "같이 두부 지지던 애들"이라고 함. 두 사람 소식은 모른다고.
- 다음 주 재료비 정산은 복지관 담당 {{p:백진경}} 팀장님께. 선생님이 장 볼 때 {{p:마금순}} 권사님이 도와주기로.
- 선생님 요청: 수업 사진에 얼굴 나오지 않게. "{{r:계옥분}}"이라는 이름도 복지관 소식지에는 "{{r:계}} 선생님"으로만.""",
    },
    {
        "id": "h67-ko-15",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ra Sun-bok", "라순복", "witness", ["순복", "나순복"]),
            ("Ra Myong-sik", "라명식", "relative", ["명식"]),
        ],
        "note": "Traditional market merchants' association dues ledger with the treasurer's notes; a stall holder who had worked in a Polish shipyard canteen appears as 라순복 and 나순복, her husband 라명식; shop names are invented businesses and unmarked even when they contain 순복; 나 as a pronoun beside the surname 나.",
        "text": """○○시장 상인회 2025년 1분기 회비 장부 (총무 {{p:허경호}} 정리)

호수 | 점포명 | 대표 | 1월 | 2월 | 3월 | 비고
A-01 | 제일건어물 | {{p:문창수}} | 20,000 | 20,000 | 20,000 |
A-02 | 할매순대 | {{p:조말순}} | 20,000 | 20,000 | - | 3월분 4/2 납부 약속
A-03 | 순복이네 반찬 | {{r:라순복}} | 20,000 | 20,000 | 20,000 | 신규(1월 입점)
A-04 | 대박청과 | {{p:김성태}} | 20,000 | - | - | 연락 안 됨
B-01 | 진주떡집 | {{p:강진주}} | 20,000 | 20,000 | 20,000 | 상인회 부회장
B-02 | 바다김밥 | {{p:천미라}} | 면제 | 면제 | 면제 | 화재 피해로 면제(이사회 결정)

총무 메모:
- A-03 {{r:라순복}} 사장님: 사업자등록증에는 "{{r:나순복}}"으로 되어 있음. 본인 말로는 북에서는 "{{r:라}}"였는데 {{u:남한}} 와서 "{{r:나}}"로 올라갔다가, 최근 개명 신청해서 다시 "{{r:라}}"로 바꾸는 중이라고. 장부에는 일단 "{{r:라순복}}".
- {{r:순복}} 사장님은 2015~2018년 {{u:폴란드}} {{u:그단스크}} 조선소 근처 숙소에서 {{u:북한}} 노동자들 밥을 해 주었다고 함. "나는 용접은 안 했고 밥만 했다. 그래도 월급은 관리원 {{p:오상진}}이가 다 가져갔다." 같은 숙소 취사원 {{p:유정란}} 씨는 지금 {{u:부산}}에 있다고.
- 남편 {{r:라명식}} 씨가 새벽에 물건 받으러 옴. {{r:명식}} 씨는 "우리 집사람이 반찬 하나는 나라에서 제일"이라고 자랑. 부부가 같은 성 "{{r:라}}"라서 처음에 남매인 줄 알았음.
- 3월 상인회 총회 때 {{r:라순복}} 사장님이 "나도 회의에 들어가도 되느냐"고 물어서 당연하다고 함. 회장 {{p:신동욱}} 님이 환영 인사.
- B-02 {{p:천미라}} 사장님 화재 때 {{r:순복}} 사장님이 반찬 50인분을 만들어 돌림. 이사 {{p:강진주}} 님 제안으로 감사패 검토.
- A-04 {{p:김성태}} 사장님 아들 {{p:김준호}}에게 연락해 보기로.

정리 {{p:허경호}} / 감사 {{p:임채원}}""",
    },
    {
        "id": "h67-ko-16",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Won Kwang-ik", "원광익", "witness", ["광익"]),
            ("Ri Hyok-chol", "리혁철", "coworker", ["혁철"]),
            ("Won Ok-hui", "원옥희", "relative", ["옥희"]),
        ],
        "note": "Probation officer's supervision log for a man convicted of assault after a drinking quarrel with a former co-worker from a Russian construction site; surname 원 beside the currency 원 in amounts, co-worker 리혁철 as victim, mother and employer private; CRLF.",
        "text": """보호관찰 면담일지 (대상자 {{r:원광익}}, 사건번호 2024고단4412 상해)
담당 보호관찰관: {{p:문세진}}

[1차 면담] 2024. 10. 2. 10:00 (관찰소 면담실)
- 준수사항 고지. 대상자는 벌금 300만 원 대신 보호관찰 2년 및 사회봉사 120시간.
- 사건 경위(대상자 진술): 2024. 6. 술자리에서 {{r:리혁철}}과 다투다 얼굴을 때림. 두 사람은 2015~2019년 {{u:러시아}} 건설 현장에서 같은 작업반이었음. "{{r:혁철}}이가 '너는 그때 반장 {{p:최수길}}한테 고자질했잖아' 하길래 참지 못했다."
- 대상자는 그 말이 사실이 아니라고 함. 당시 고자질한 사람은 {{p:강영만}}이라고.
- 피해자 {{r:리혁철}}과는 형사조정에서 합의(합의금 150만 원). 조정위원 {{p:서경애}}.

[2차 면담] 2024. 11. 6.
- 직장: 인테리어 업체 {{p:조태현}} 사장 밑에서 일용직. 월 230만 원 정도. 사장님 말로는 성실함.
- 어머니 {{r:원옥희}}(70세)와 동거. {{r:옥희}} 님이 전화로 "우리 {{r:광익}}이 술만 안 마시면 된다"고 함.
- 음주 문제 → 관찰소 연계 중독상담사 {{p:엄지혜}} 상담 주 1회 안내.

[3차 면담] 2024. 12. 11.
- 상담 4회 참석 확인({{p:엄지혜}} 상담사 회신).
- 대상자: "{{r:혁철}}이한테 먼저 연락해 볼까 생각 중. {{u:러시아}}에서 같이 고생한 사람은 그놈밖에 없다." → 피해자 접근은 준수사항 위반이 아니나, 피해자가 원하지 않으면 중단하도록 안내.

[4차 면담] 2025. 1. 15.
- {{r:원광익}}, {{r:리혁철}} 두 사람이 함께 관찰소 앞 카페에서 만났다고 보고. {{r:리혁철}} 씨가 먼저 사과했다고. 당시 현장 동료 {{p:방철수}}, {{p:표명일}}의 소식도 나눔.
- 사회봉사 36시간 이행(무료급식소, 담당 {{p:심은정}}).
- 어머니 {{r:원옥희}} 님 건강 악화(입원), 대상자 간병 병행. 사회봉사 일정 조정 요청 → 승인({{p:문세진}}).

[5차 면담] 2025. 2. 19.
- 음주 재발 없음. 직장 계속. 월 급여 250만 원으로 오름.
- 대상자: "{{r:광익}}이가 사람 됐다고 엄마가 좋아한다."
- 다음 면담 3. 19. / 특이사항 없음.""",
    },
    {
        "id": "h67-ko-17",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kil Un-song", "길은송", "witness", ["은송"]),
            ("Ma Chol-nam", "마철남", "supervisor", ["철남"]),
        ],
        "note": "Transcription (by a former worker, from memory and a photographed page) of a North Korean returnees' luggage inspection list at the end of a Middle East posting; names with 동무 and 동지 outside, the surname 길 beside 길 (road), the supervisor surnamed 마; the worker's own comments in brackets.",
        "text": """[전사본 - 증언자 {{r:길은송}}이 사진으로 남긴 귀국자 짐 검사표 일부와 기억을 바탕으로 다시 씀. 괄호 안은 증언자 설명]

귀국 대상자 휴대품 검사 목록
건설 ○○연합기업소 해외 작업반 / 검사 책임자: 작업반장 {{r:마철남}} 동지 / 입회: 보위 지도원 {{p:염정수}} 동지

번호 | 성명 | 휴대품 | 검사 결과
1 | {{p:김원철}} | 옷가지, 텔레비죤 1대, 쌀 10kg | 통과
2 | {{p:안명호}} | 옷가지, 녹음기 1대, 카세트 12개 | 카세트 3개 회수 ({{u:남조선}} 노래)
3 | {{r:길은송}} | 옷가지, 재봉기 1대, 사진 | 사진 2장 회수
4 | {{p:류경식}} | 옷가지, 휴대전화 1대 | 휴대전화 회수
5 | {{p:리성국}} | 옷가지, 시계 2개 | 통과
6 | {{p:차광범}} | 옷가지, 영어 사전 | 사전 회수, 총화 대상
7 | {{p:하동일}} | 옷가지, 약품 | 통과

(증언자 설명)
- 3번이 나다. 회수된 사진 2장은 현장 친구 {{p:박은철}}, {{p:정호남}}이랑 {{u:쿠웨이트}} 바닷가에서 찍은 것. "외국 풍경이 찍힌 사진은 사상적으로 나쁘다"고 {{r:마철남}} 반장이 가져갔다.
- 2번 {{p:안명호}} 동무는 {{u:남조선}} 노래가 든 카세트 때문에 귀국 후 어떻게 됐는지 모른다. {{p:명호}}는 노래를 좋아했다.
- 6번 {{p:차광범}}은 영어 사전 때문에 총화를 받았는데, {{r:마철남}}이가 "영어는 적의 말"이라고 했다. 웃긴 건 {{r:철남}}이 자기도 몰래 영어 단어장을 갖고 있었다는 거다.
- 4번 {{p:류경식}}의 휴대전화는 {{p:염정수}} 지도원이 직접 가져갔다. 나중에 {{p:염정수}}가 그 전화를 자기가 쓰는 걸 {{p:리성국}}이가 봤다고 했다.
- 귀국길은 {{u:쿠웨이트}}에서 {{u:베이징}}을 거쳐 {{u:평양}}. 길이 멀어서 다들 짐을 줄였다.
- 이 목록 사진은 귀국 전날 밤 {{p:하동일}}이가 몰래 찍어 줬다. 나({{r:은송}})는 그 뒤 다시 나갔다가 탈출했다.

[전사: {{p:육소영}}(인턴), 검토: {{p:권태민}}. 증언자 {{r:길은송}} 님 확인 2025. 3. 10.]""",
    },
    {
        "id": "h67-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pak Yong-chol", "박영철", "witness", ["Пак Ен Чер", "Yong-chol"]),
            ("Sin Chol-man", "신철만", "coworker", ["Син Чер Ман", "Chol-man"]),
            ("Kim Hak-su", "김학수", "supervisor", ["Ким Хак Су"]),
        ],
        "note": "Russian police wanted bulletin (orientirovka) for two North Korean workers who left a Vladivostok site, photographed and annotated by an NGO in mixed Korean/English; Cyrillic names with case endings, the brigade leader who reported them, Russian officers private; the bulletin's 'Ким' in the genitive; only the city and country public.",
        "text": """[사진 전사 - 2019년 {{u:블라디보스토크}} 시내 버스정류장에 붙어 있던 전단. 증언자 {{r:박영철}} 제공. 번역/주석: {{p:Anna Lee}} (EN), {{p:조하윤}} (KO)]

ОРИЕНТИРОВКА
Разыскиваются граждане {{u:КНДР}}, самовольно покинувшие место работы (строительный объект):
1. {{r:ПАК ЕН ЧЕР}}, 1984 г.р., рост около 170 см, худощавого телосложения, шрам на левой брови.
2. {{r:СИН ЧЕР МАН}}, 1988 г.р., рост около 165 см, коротко стрижен.
Со слов руководителя бригады гр. {{r:Ким Хак Су}}, указанные лица 14.08.2019 около 23:00 ушли из общежития, взяв документы из сейфа. Просьба при обнаружении сообщить в ОП № 3 {{u:УМВД России по г. Владивостоку}}, ст. лейтенант полиции {{p:Ермаков Д. С.}}, или дежурному. Заявление {{r:Кима Хак Су}} зарегистрировано в КУСП № 18822.
Исполнитель: {{p:Ткаченко О. В.}}

--- NGO annotations ---
[EN] Item 1 is our witness {{r:Pak Yong-chol}}. He confirms the scar. He says he did NOT take documents from the safe: the passports of both men had been taken by the brigade leader {{r:Kim Hak-su}} on arrival and never returned. "{{r:Kim}} told the police we stole them. We left with nothing but our phones."
[KO] 2번은 {{r:신철만}}. {{r:영철}} 씨 말로는 {{r:철만}}이는 2020년 {{u:중국}}을 거쳐 입국했다가 지금은 연락이 끊겼음. 현장은 9층짜리 건물 공사장. 반장 {{r:김학수}} 외에 부반장 {{p:허성일}}, 통역 {{p:박예린}}(조선족)이 있었다고.
[EN] Note on the Russian: "Со слов руководителя бригады гр. {{r:Ким Хак Су}}" = "according to the brigade leader, citizen {{r:Kim Hak Su}}". "Заявление {{r:Кима Хак Су}}" = "the statement of {{r:Kim Hak Su}}" (genitive -а on the surname only). The officer's name "{{p:Ермаков}}" appears in a second bulletin too.
[KO] 전단을 사진 찍은 사람은 현지 교회 집사 {{p:Svetlana Pak}}({{p:Светлана Пак}}). 고려인이며 우리 증인과는 성만 같음. {{p:스베틀라나}} 집사가 2019년 8월 {{r:영철}} 씨를 이틀 숨겨 주었다고 함.
[EN] {{r:Yong-chol}} also remembers a Russian driver, "{{p:Vitya}}", who drove both men to {{p:Svetlana}}'s house. Not contacted. Do not publish {{p:Svetlana}}'s name.
[KO] 확인 필요: {{r:Sin Chol-man}}의 현재 소재 - {{p:조하윤}}이 하나센터 담당자 {{p:민경진}}에게 문의 예정.""",
    },
    {
        "id": "h67-mixed-02",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ri Song-ho", "리성호", "witness", ["Ли Сон Хо", "Song-ho"]),
            ("Jon Kum-chol", "전금철", "supervisor", ["Чон Гым Чер"]),
        ],
        "note": "Extract from a Russian district court ruling on administrative expulsion of a North Korean worker, with a Korean summary and English comments by a lawyer; judge, interpreter and officers fictional and private; Cyrillic names with case endings (Ли Сон Хо, Чона); court named generically; CRLF.",
        "text": """ПОСТАНОВЛЕНИЕ по делу об административном правонарушении (выдержка)
г. {{u:Хабаровск}}, 21 марта 2019 г.
Судья районного суда {{p:Колесникова Т. А.}}, с участием переводчика {{p:Цой В. Г.}}, рассмотрев дело в отношении гражданина {{u:КНДР}} {{r:Ли Сон Хо}}, 1983 г.р., ...
УСТАНОВИЛ: {{r:Ли Сон Хо}} нарушил режим пребывания: срок действия разрешения на работу истёк 01.02.2019. Со слов {{r:Ли Сон Хо}}, его паспорт находится у руководителя бригады {{r:Чона Гым Чера}}, который отказался его вернуть. Представитель работодателя {{p:Логинов С. П.}} пояснил, что {{r:Чон Гым Чер}} выехал в {{u:КНДР}}.
ПОСТАНОВИЛ: признать {{r:Ли Сон Хо}} виновным ... назначить наказание в виде административного штрафа в размере 2000 рублей с административным выдворением за пределы {{u:Российской Федерации}} в форме контролируемого самостоятельного выезда.

[KO 요약 - {{p:한서율}} 변호사실]
- 사건 당사자: {{r:리성호}} (러시아어 표기 "{{r:Ли Сон Хо}}"). 증언자 본인.
- 여권은 반장 {{r:전금철}}이 가지고 있었다고 법정에서 진술했는데, 판사({{p:콜레스니코바}})는 이를 확인하지 않음. 회사 측 {{p:로기노프}}가 "{{r:전금철}}은 이미 귀국했다"고만 함.
- 통역({{p:최 빅토르}}, 고려인)은 {{r:성호}} 씨 말을 절반만 옮겼다고 {{r:성호}} 씨가 기억함. "나는 '반장이 여권을 빼앗았다'고 했는데 통역은 '반장이 보관한다'고 했다."
- 같은 날 같은 법정에서 동료 {{p:한덕룡}}, {{p:리광남}}도 같은 처분. 두 사람은 실제로 "자진 출국" 형태로 북송됨. {{r:성호}} 씨만 공항으로 가는 길에 탈출.

[EN - comments by {{p:Mark Feldman}}, pro bono counsel]
1. Note the declension: "{{r:Чона Гым Чера}}" is the genitive of "{{r:Чон Гым Чер}}"; our index should link both to {{r:Jon Kum-chol}}.
2. The "controlled self-departure" form meant the employer, not the state, arranged travel. {{r:Ri}}'s account of being driven to the airport by the company's security man ("{{p:Yun}}") fits this.
3. Interpreter "{{p:Цой В. Г.}}" = {{p:Tsoi Viktor}}; he is the same person as "{{p:최 빅토르}}" in the Korean summary.
4. {{r:Song-ho}} says the duty officer, Kapitan {{p:Zaitsev}}, told him in broken Korean "집에 가라". Ask whether he can describe {{p:Zaitsev}}.""",
    },
    {
        "id": "h67-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kang Chol-ung", "강철웅", "supervisor", ["Кан Чер Ун", "Chol-ung"]),
            ("Yun Myong-guk", "윤명국", "witness", ["Юн Мен Гук", "Myong-guk"]),
        ],
        "note": "Russian medical intoxication examination act for a North Korean brigade leader after a site accident, with a witness's Korean comments and an English summary; the brigade leader tested positive while the injured worker waited; doctor, nurse and police private; Cyrillic and Korean versions of the same names.",
        "text": """АКТ медицинского освидетельствования на состояние опьянения № 412
Дата: 06.11.2018, время начала 21:40
Наименование медицинской организации: наркологический диспансер (г. {{u:Уссурийск}})
Сведения об освидетельствуемом: {{r:Кан Чер Ун}}, 1975 г.р., гражданин {{u:КНДР}}, должность: бригадир
Основание: протокол о направлении, составленный инспектором {{p:Савельевым А. Н.}}
Освидетельствование проводил: врач {{p:Гурьянова Е. М.}}
Результат исследования выдыхаемого воздуха: 0,82 мг/л (21:52); 0,79 мг/л (22:08)
Медицинское заключение: установлено состояние опьянения.
Подпись врача: {{p:Гурьянова}}. Медсестра: {{p:Белова И.}}

[증언자 {{r:윤명국}} 코멘트 - 통역 {{p:황다솜}}]
- 그날 저녁 {{r:명국}} 씨는 비계에서 떨어져 팔이 부러졌는데, 반장 {{r:강철웅}}은 술에 취해 있었음. "{{r:강철웅}} 반장이 '병원 가면 다 쫓겨난다, 참아라' 했다." 러시아인 현장 소장 {{p:Oleg}}이 경찰을 불렀고, 경찰이 반장을 검사소로 데려감. 그 사이 {{r:명국}} 씨는 두 시간 넘게 기다렸다고.
- 서류의 "{{r:Кан Чер Ун}}"은 {{r:강철웅}}이 맞음. 반장은 러시아어를 못 해서 통역으로 같은 작업반 {{p:정금성}}이 따라감.
- 응급실에 데려다준 사람은 러시아인 용접공 {{p:Дима}}. "{{p:디마}}가 없었으면 팔을 잃었을 거다."
- 작업반 동료 {{p:현충길}}, {{p:오광일}}이 그날 현장에 있었음. {{p:현충길}}은 이후 귀국.

[EN summary - {{p:Rachel Ng}}, research]
The act shows that brigade leader {{r:Kang Chol-ung}} ("{{r:Кан Чер Ун}}" in the form) was drunk (0.82 mg/l) on the evening when our witness {{r:Yun Myong-guk}} was injured. {{r:Yun}}'s own name does not appear in this act. His hospital record should be under "{{r:Юн Мен Гук}}". {{r:Myong-guk}} says the site manager {{p:Oleg}} (surname unknown) later told him that {{r:Kang}} was sent back in December 2018. Request to the clinic for {{r:Yun}}'s record: drafted by {{p:R.N.}}, to be signed by {{r:Yun}}.""",
    },
    {
        "id": "h67-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Chong Un-hyang", "정은향", "witness", ["郑银香", "Un-hyang"]),
            ("Ri Yong-sil", "리영실", "supervisor", ["李英实", "리 관리원"]),
            ("Zhao Guoqiang", "자오궈창", "other", ["赵国强", "赵总", "老赵"]),
        ],
        "note": "Draft Chinese labour-arbitration application prepared for a North Korean seafood worker who stayed in China, with Korean and English margin notes; names in Hanzi and Hangul for the same persons, factory boss as 赵总 and 老赵 (labelled whole), the Korean title 관리원 outside; arbitration commission public.",
        "text": """劳动人事争议仲裁申请书 (草稿 v1)

申请人: {{r:郑银香}}, 女, 朝鲜籍 (护照号略), 住址: 略
被申请人: 某水产食品有限公司 (以下简称"公司"), 法定代表人: {{r:赵国强}}
仲裁委员会: {{u:珲春市劳动人事争议仲裁委员会}}

仲裁请求:
1. 请求裁决被申请人支付申请人2019年3月至2020年12月拖欠工资共计人民币38,600元;
2. 请求裁决被申请人退还扣押的护照;
3. 请求裁决被申请人支付经济补偿金。

事实与理由:
申请人于2017年4月经朝方派遣到公司从事鱿鱼加工工作。公司将工资交给朝方管理人员{{r:李英实}},申请人本人从未领取。2019年3月以后,{{r:李英实}}以"上缴计划"为由全额扣留。申请人多次向车间主任{{p:孙丽萍}}反映,{{p:孙丽萍}}说"这是你们朝鲜人自己的事,找{{r:赵总}}去"。{{r:赵国强}}则表示工资已全部支付给朝方。同车间{{u:朝鲜}}工人{{p:金善姬}}、{{p:朴美玉}}可以作证。

[KO 메모 - {{p:윤채린}} 간사]
- 신청인 {{r:정은향}} 님은 2021년 공장에서 나와 현재 {{u:중국}}에 체류 중(신변 보호 필요). {{u:중국}} 변호사 {{p:王律师}}({{p:王海峰}})가 무료로 검토해 주기로 함.
- "朝方管理人员 {{r:李英实}}" = {{r:리영실}} 관리원. {{r:은향}} 님 말로는 {{r:리영실}}이가 노동자들 월급 봉투를 공장 사무실에서 받아 그 자리에서 "충성자금"이라며 걷었음.
- "{{r:赵总}}"은 공장 사장 {{r:赵国强}}. 노동자들은 뒤에서 "{{r:老赵}}"라고 불렀다고. {{r:老赵}}는 {{r:리영실}}과 자주 술을 마셨음.
- 증인 {{p:金善姬}}(= {{p:김선희}}), {{p:朴美玉}}(= {{p:박미옥}})은 이미 귀국했을 가능성 높음 → 증인으로 쓰기 어려움. 대신 중국인 동료 {{p:刘娟}}이 증언 가능하다고 함.

[EN note - {{p:Sam Whitaker}}, legal adviser]
Risk: filing under her real name {{r:Zheng Yinxiang}} (the pinyin of {{r:郑银香}}) would alert the company and possibly the {{u:DPRK}} consulate. Discuss with {{r:Un-hyang}} whether {{p:Wang}} can file with a protective request. Do not e-mail the draft to {{p:Sun Liping}} ({{p:孙丽萍}}), who is still the workshop head.""",
    },
    {
        "id": "h67-mixed-05",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Hong Chun-mi", "홍춘미", "witness", ["洪春美", "춘미"]),
            ("Ku Yong-chol", "구영철", "supervisor", ["具永哲", "老具"]),
        ],
        "note": "Chinese 12345 government hotline work order about women locked in a factory dormitory, filed by a Chinese neighbour, with a Korean NGO annotation and English summary; caller and call-taker private, handle-style form fields, 老具 labelled whole; city hotline and city public.",
        "text": """{{u:丹东市}}12345政务服务便民热线 工单
工单编号: 2021-0613-00287
受理时间: 2021-06-13 22:41   受理人: 话务员 {{p:林晓燕}}
来电人: {{p:刘先生}} (匿名要求: 是)   联系方式: 138****6621
诉求类型: 投诉-劳动保障
诉求内容: 来电人称其住所对面的服装厂宿舍楼晚上经常上锁,里面住着几十名{{u:朝鲜}}女工,昨晚有一名女工从二楼窗户跳下受伤,被厂里的{{u:朝鲜}}管理人员{{r:具永哲}}(工人们称他"{{r:老具}}")带走,没有送医院。来电人要求有关部门核实。
办理单位: 区人社局劳动监察大队
处理结果: 经现场核查,该厂负责人{{p:杨春生}}称宿舍门锁系防盗需要,女工受伤系"自行摔倒",已就医。监察员{{p:宋建军}}、{{p:韩冰}}。回访来电人,来电人表示"不满意"。

[KO 주석 - {{p:엄수아}}]
- 창문에서 뛰어내린 사람이 우리 증언자 {{r:홍춘미}}({{r:洪春美}}) 님. 다리 골절. {{r:춘미}} 님은 "{{r:구영철}}이가 병원 대신 숙소 방에 눕혀 놓고 열흘 동안 아무도 못 들어오게 했다"고 함.
- 신고한 "{{p:刘先生}}"은 길 건너 슈퍼마켓 주인 {{p:刘伟}}로 추정. {{r:춘미}} 님이 창문으로 몇 번 손을 흔든 적 있는 사람.
- 공장 사장 {{p:杨春生}}은 우리 다른 자료에도 "{{p:杨总}}"으로 나옴.
- 같은 방에 있던 {{p:박향숙}}, {{p:리금단}}, {{p:최설경}}이 {{r:춘미}} 님을 몰래 돌봐 줬다고. 특히 {{p:리금단}}은 자기 밥을 나눠 줌.
- {{r:구영철}}의 한자 이름 "{{r:具永哲}}"은 공장 출입 명부에도 있음(자료 M-14).

[EN summary - {{p:J. Park}}]
Hotline ticket confirms a fall from a dormitory window on 12 June 2021 and that the North Korean manager ({{r:Ku Yong-chol}}, "{{r:老具}}") removed the injured woman. Labour inspectors {{p:Song}} and {{p:Han}} accepted the factory's version. {{r:Hong Chun-mi}} is willing to be named in a closed submission only.""",
    },
    {
        "id": "h67-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Myong-hui", "리명희", "witness", ["李明姬", "명희"]),
            ("Han Kyong-ae", "한경애", "coworker", ["韩京爱", "경애"]),
            ("Pak Sun-bok", "박순복", "coworker", ["朴顺福", "순복"]),
        ],
        "note": "Batch of Chinese separation certificates issued by a garment factory to three North Korean women, obtained later by an NGO, with a Korean checklist; Hanzi names matched to Hangul, the HR clerk and legal representative private; 明 and 京 as ordinary characters elsewhere; city public.",
        "text": """离职证明 (3份, 扫描件转录)

离职证明
兹证明{{r:李明姬}}(护照号: 略)自2016年5月1日至2019年11月30日在我公司缝纫车间担任缝纫工,现已解除劳动关系。特此证明。
某服装有限公司(盖章) 人事专员: {{p:张静}}  2019年11月30日

离职证明
兹证明{{r:韩京爱}}(护照号: 略)自2016年5月1日至2019年11月30日在我公司缝纫车间担任缝纫工,现已解除劳动关系。特此证明。
某服装有限公司(盖章) 人事专员: {{p:张静}}  2019年11月30日

离职证明
兹证明{{r:朴顺福}}(护照号: 略)自2017年3月1日至2019年11月30日在我公司整烫车间担任整烫工,现已解除劳动关系。特此证明。
某服装有限公司(盖章) 人事专员: {{p:张静}}  法定代表人: {{p:陈明亮}}  2019年11月30日

[KO 체크리스트 - 작성 {{p:권나래}}, 2024. 8.]
☑ {{r:李明姬}} = 증언자 {{r:리명희}}. 본인이 이 증명서를 처음 봄. "우리는 이런 종이가 있는 줄도 몰랐다." 증명서상 "解除劳动关系"(노동관계 해지) 날짜 2019. 11. 30.은 실제로 {{u:신의주}}로 버스 태워 보낸 날.
☑ {{r:韩京爱}} = {{r:한경애}}. {{r:명희}} 님과 같은 조. {{r:경애}} 님은 2023년 입국, 우리와 연락 중(담당 {{p:성지호}}).
☑ {{r:朴顺福}} = {{r:박순복}}. 다림질 담당. {{r:순복}} 님은 귀국 후 소식 없음. {{r:리명희}} 님은 "{{r:순복}}이 언니는 손가락이 늘 데어 있었다"고 기억.
☐ 인사 담당 {{p:张静}}(장징) - 연락 시도 안 함.
☐ 법정대표 {{p:陈明亮}} - 기업 등기 확인 필요 ({{u:단둥}} 소재).
☐ 북측 관리자(증명서에 없음): {{r:명희}} 님 말로는 {{p:오순애}} 지도원, 조장 {{p:김은희}}.

[EN - {{p:Dana Morris}}]
The three certificates give the same end date, which matches {{r:Ri Myong-hui}}'s account that the whole team was sent home together when the factory "paused" North Korean labour. {{r:Han Kyong-ae}} can confirm the date independently. Note: "明" and "京" also appear in the company's product codes (e.g. 明-12); do not mistake them for name fragments.""",
    },
    {
        "id": "h67-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Son-a", "김선아", "witness", ["金善娥", "Sona", "선아"]),
            ("Ryom Hye-gyong", "렴혜경", "coworker", ["혜경", "廉惠京"]),
        ],
        "note": "Xiaohongshu note by a Chinese diner reminiscing about a North Korean restaurant, with comments, captured by an NGO that identified two waitresses; Chinese nicknames (小金, 小廉) labelled whole, emoji and hashtags outside mentions, the app public; Korean and English analyst notes.",
        "text": """[{{u:小红书}} 笔记截图转录 - 2023-07-02]
@吃货{{p:阿杰}} ✨
标题: 怀念那家{{u:朝鲜}}餐厅 🥺 服务员小姐姐唱歌太好听了
正文: 2018年经常去{{u:西塔}}那家{{u:朝鲜}}餐厅,冷面一绝!有个服务员叫"{{r:小金}}",中文说得特别好,还会弹电子琴🎹。另一个"{{r:小廉}}"跳舞很厉害。2019年底再去,她们都不在了,经理说"回国了"。不知道她们现在怎么样了…… #冷面 #{{r:小金}}你在哪
❤️ 2.1万  ⭐ 3,402  💬 618

评论:
@{{p:Lily_王}}: 我也记得{{r:小金}}!她说她叫{{r:金\u200b善娥}},还教我说"반갑습니다"😂
  回复 @{{p:阿杰}}: 对对对,就是她!
@北方的狼: 听说那些服务员工资都被收走了,挺可怜的
@小鹿乱撞: {{r:小廉}}全名好像是{{r:廉惠京}}?我生日那天她给我唱了《阿里郎》🥹
@{{p:老陈}}说事: 经理是个男的姓{{p:崔}},很凶,不让她们跟客人多聊
  回复 @{{p:Lily_王}}: 对,{{p:崔经理}}!有一次{{r:小金}}跟我多说了两句就被叫走了

[KO 메모 - {{p:신예원}}]
- "{{r:小金}}" = 우리 증언자 {{r:김선아}} 님으로 확인({{r:선아}} 님이 직접 캡처 보고 울었음). "{{r:小廉}}" = 같은 식당 동료 {{r:렴혜경}}. {{r:혜경}} 씨는 2019년 귀국 후 소식 모름.
- "{{p:崔经理}}" = 지배인 {{p:최광수}}. {{r:선아}} 님 말로는 {{p:최광수}}가 손님과 이야기한 날은 밤에 "생활총화"를 열었다고.
- 댓글의 @{{p:Lily_王}}은 단골이던 중국인 대학생 {{p:王丽}}로 추정. {{r:선아}} 님이 "{{p:丽丽}}"라고 기억.

[EN - {{p:K. Osei}}]
Post confirms dates (2018-2019) and names the restaurant's manager by surname only ({{p:Choe}}). {{r:Kim Son-a}} ("{{r:Sona}}" on her current documents) consents to us archiving the screenshot. Blur all usernames before any use.""",
    },
    {
        "id": "h67-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Chu Kwang-myong", "주광명", "witness", ["朱光明", "광명"]),
            ("Pak Chol", "박철", "supervisor", ["朴哲", "박 지도원"]),
        ],
        "note": "Douyin comment section under a video of North Korean construction workers at a Chinese site, captured with an NGO's notes; commenters' handles mostly not names; one worker named in Hanzi matches the city name 광명 (Gwangmyeong, public when it means the city); the platform public.",
        "text": """[{{u:抖音}} 视频评论区 转录 - 视频标题: "工地上的{{u:朝鲜}}兄弟,干活真拼" 2020-09-14]

👤 工地老王: 这是我们工地,他们一天干14个小时,中午就吃一个馒头
👤 {{p:张}}工头在此: 带队的那个姓{{r:朴}}的,朝鲜人都叫他"지도원",谁都不敢说话
👤 风一样的男子: 左边第三个小伙子叫{{r:朱光明}},会说几句中文,人很好 👍
   ↳ 工地老王: 对,{{r:小朱}}!上次帮我搬了一下午钢筋,一分钱不要
👤 {{p:李晓峰}}: 心疼,他们的工资都上交了吧
👤 路人甲: 别乱说,人家是正规派遣
👤 {{p:赵}}姐爱生活: {{r:朴哲}}那个人我见过,在小卖部买烟从来不给钱 😤
👤 工地老王: 后来{{r:小朱}}不见了,听说是跑了 🙏

[KO 메모 - {{p:하은결}}]
- 영상 속 "{{r:朱光明}}" = 증언자 {{r:주광명}}. {{r:광명}} 씨 본인이 영상을 찾아 보내 줌. 입국 후 첫 거주지가 {{u:광명시}}였는데 "내 이름이랑 같은 도시라서 신기했다"고.
- "{{r:朴哲}}" = 현장 지도원 {{r:박철}}. {{r:광명}} 씨 말: "{{r:박철}} 지도원은 {{u:중국}} 사람들한테도 돈을 안 냈다. 우리한테는 더했다."
- 댓글 "工地老王" = 중국인 현장 책임자 {{p:王建国}}으로 추정. {{r:광명}} 씨는 "{{p:왕}} 씨가 몰래 담배를 줬다"고 기억.
- 같은 영상 속 동료: {{p:석영진}}, {{p:홍수길}} ({{r:광명}} 씨 식별).

[EN - {{p:A. Novak}}]
Handles like "工地老王", "风一样的男子" and "路人甲" are nicknames without a personal name and are not labelled; "{{p:张}}工头在此" and "{{p:赵}}姐爱生活" contain surnames. {{r:Chu Kwang-myong}} and {{r:Pak Chol}} both appear.""",
    },
    {
        "id": "h67-mixed-09",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Sun Xiuying", "쑨슈잉", "other", ["孙秀英", "孙大姐"]),
            ("Pang Un-ok", "방은옥", "witness", ["方恩玉", "은옥"]),
        ],
        "note": "Chinese letters-and-visits petition by a Chinese landlady about North Korean women's unpaid wages in her building, with a Korean NGO summary; the petitioner as 孙大姐 (labelled whole), North Korean names in Hanzi and Hangul, officials private; petition bureau and city public; CRLF.",
        "text": """信访信 (复印件)

致{{u:延吉市信访局}}:

我叫{{r:孙秀英}},是某小区3号楼的房东。我楼下租给一家海鲜加工厂做宿舍,里面住着二十多个{{u:朝鲜}}女工。我想反映以下情况:
一、这些女工每天早上五点坐车去厂里,晚上十一点才回来,一个月只休息一天。
二、她们的负责人是一个叫{{p:韩英哲}}的男人,他每个月把女工的工资拿走,只给她们一点零花钱。有个女工叫{{r:方恩玉}},她偷偷跟我说,三年没拿到一分钱。
三、今年三月,有个女工{{p:金春花}}发高烧,{{p:韩英哲}}不让她去医院,是我叫的出租车。
四、厂里的{{p:刘厂长}}说这事他管不了。

请领导重视。
信访人: {{r:孙秀英}}  2019年5月
(附: 照片3张)

[KO 요약 - {{p:조민혁}} 연구원]
- 진정인 {{r:孙秀英}}(쑨슈잉) 씨는 여공 숙소 건물의 중국인 집주인. 증언자 {{r:방은옥}}({{r:方恩玉}}) 님이 "{{r:孙大姐}}"라고 부르던 사람. {{r:은옥}} 님 말: "{{r:孙大姐}}가 몰래 만두를 갖다줬다."
- 북측 책임자 "{{p:韩英哲}}" = {{p:한영철}}. {{r:방은옥}} 님은 "{{p:한영철}}이 진정 사실을 알고 우리를 다른 숙소로 옮겼다"고 함.
- 열이 났던 여공 "{{p:金春花}}" = {{p:김춘화}}. 현재 생사 불명.
- 信访局 답변은 없었음. {{r:孙秀英}} 씨는 2020년 {{p:刘厂长}}({{p:刘志刚}})에게 "쓸데없는 짓 하지 말라"는 말을 들었다고 {{r:은옥}} 님에게 전함.
- {{r:방은옥}} 님 요청: {{r:孙大姐}}에게 피해가 가지 않도록 이 문서는 외부 공개 금지.""",
    },
    {
        "id": "h67-mixed-10",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ro Kyong-su", "로경수", "witness", ["Kyong-su", "Roh Kyung-soo"]),
            ("Sin Tae-hun", "신태훈", "supervisor", ["Shin Tae-hoon"]),
            ("Ahmed Al-Marri", "아흐마드 알마리", "other", ["أحمد المري", "Abu Khalid"]),
        ],
        "note": "Draft Qatari sponsorship-transfer request in Arabic and English for a North Korean construction worker, with Korean notes from an NGO; Arabic name and kunya (Abu Khalid) of the new sponsor's PRO labelled, 'Al' articles inside the name, the North Korean team leader in two spellings; ministry public.",
        "text": """طلب نقل كفالة / REQUEST FOR TRANSFER OF SPONSORSHIP (draft, not submitted)
To: {{u:Ministry of Labour}}, {{u:State of Qatar}}
Worker: {{r:RO KYONG SU}} / الاسم: {{r:رو كيونغ سو}}   Nationality: {{u:DPRK}}   QID: 2xx-408-xxxxx
Current sponsor: [construction company, QID of company withheld]
New sponsor (proposed): [landscaping company], represented by its PRO Mr. {{r:Ahmed Al-Marri}} ({{r:أحمد المري}})
Reason for transfer: non-payment of wages for more than three months; passport retained by a third party.

Statement of the worker (English translation):
"My wages were paid by the company into a card that was held by our team leader, {{r:Sin Tae-hun}}. I never received the card. Since January I have received nothing. Mr. {{r:Sin}} also keeps my passport."
Signed: {{r:Ro Kyong-su}}   Witness: {{p:Rajesh Nair}} (site foreman)

[KO 메모 - {{p:임하진}}]
- {{r:로경수}} 님은 2017년 {{u:도하}} 현장에 파견. 팀장 {{r:신태훈}}(한국식 표기 "{{r:Shin Tae-hoon}}")이 임금카드를 모두 가지고 있었음. 같은 팀 {{p:장덕구}}, {{p:계명호}}도 같은 상황.
- 새 스폰서 쪽 PRO {{r:Ahmed Al-Marri}} 씨는 현장 사람들 사이에서 "{{r:Abu Khalid}}"(أبو خالد)로 불림. {{r:경수}} 님이 "{{r:아부 칼리드}}가 우리 편이 되어 줬다"고 함.
- 인도인 현장 반장 {{p:Rajesh}} 씨가 증인 서명. {{r:경수}} 님 말로는 {{p:Rajesh}}가 "{{r:Sin}}이 카드를 갖고 ATM에 가는 걸 여러 번 봤다"고 함.
- 초안만 작성하고 제출하지 않음: {{r:신태훈}}이 눈치채고 {{r:경수}} 님을 먼저 귀국시켰음(2018. 3.). {{r:Roh Kyung-soo}}는 입국 후 우리 단체에 이 초안 사진을 제공.""",
    },
    {
        "id": "h67-mixed-11",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Choe Yong-jin", "최영진", "witness", ["Yong-jin", "CHOE YONG JIN"]),
            ("Hong Song-chol", "홍성철", "coworker", ["Song-chol"]),
        ],
        "note": "Exported SMS notifications from a UAE court case-management system about a North Korean worker's labour claim, bilingual Arabic/English, with Korean notes; case numbers, the judge and the employer's representative fictional and private; Arabic transliterations of Korean names; courts public; CRLF.",
        "text": """[SMS export - sender: ADJD-Courts]
2017-09-03 10:12  عزيزي {{r:تشوي يونغ جين}}، تم تسجيل الدعوى العمالية رقم 4471/2017 بنجاح.
2017-09-03 10:12  Dear {{r:CHOE YONG JIN}}, labour case no. 4471/2017 has been registered successfully.
2017-09-20 08:30  Reminder: hearing of case 4471/2017 before Judge {{p:Khalid Al-Suwaidi}} on 24/09/2017 09:00, {{u:Abu Dhabi Labour Court}}, hall 3.
2017-09-24 13:05  Case 4471/2017: hearing adjourned to 08/10/2017. Reason: defendant's representative ({{p:Mohammed Tariq}}) requested time to submit documents.
2017-10-08 12:47  Case 4471/2017: claimant absent. Case struck off. To reopen, submit a request within 60 days.
2017-10-08 12:48  الدعوى 4471/2017: تغيب المدعي {{r:تشوي يونغ جين}}. شطب الدعوى.

[KO 메모 - {{p:남가영}}]
- {{r:최영진}} 님 휴대폰에서 추출한 문자. {{r:영진}} 님은 2017년 {{u:아부다비}} 건설 현장에서 임금 체불로 노동법원에 소를 제기함. 통역은 같은 현장 동료 {{r:홍성철}}이 도와줌(영어 조금 가능).
- 10월 8일 "원고 불출석"의 이유: 그 전날 북측 현장 책임자 {{p:남기철}}이 {{r:영진}} 님과 {{r:성철}} 씨를 숙소에 가둠. {{r:홍성철}} 씨가 몰래 휴대폰을 숨겨 와서 이 문자만 남았음.
- 판사 이름 "{{p:Khalid Al-Suwaidi}}", 회사 측 대리인 "{{p:Mohammed Tariq}}"은 문자에 나온 그대로.
- {{r:Song-chol}} 씨는 이후 귀국, 소식 모름. {{r:Yong-jin}} 님은 2019년 탈출.
- 아랍어 문자의 "{{r:تشوي يونغ جين}}"이 {{r:최영진}} 님 이름 표기. 영어 문자에는 "{{r:CHOE YONG JIN}}".""",
    },
    {
        "id": "h67-mixed-12",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Chol-jin", "김철진", "witness", ["Chol-jin", "Kim Czol Dzin"]),
            ("Pak Myong-nam", "박명남", "supervisor", ["Myong-nam"]),
        ],
        "note": "Polish social-insurance contribution statement (ZUS) printout for a North Korean shipyard welder, with Korean and English notes; Polish declension of Korean names (Kima, Pakiem), the Polish payroll clerk and agency owner private; ZUS and the city public; 'Pan' and 'Pani' titles outside.",
        "text": """{{u:ZUS}} - Informacja o stanie konta ubezpieczonego (wydruk, fragment)
Ubezpieczony: {{r:KIM CHOL JIN}}   Obywatelstwo: {{u:KRLD}}
Płatnik: [agencja pracy tymczasowej], {{u:Gdańsk}}
Okresy: 03/2016 - 11/2017
Podstawa wymiaru składek: 1 850,00 PLN miesięcznie (minimalne wynagrodzenie)
Uwagi: brak zgłoszenia do ubezpieczenia chorobowego za okres 04/2016 - 09/2016.

Pismo przewodnie agencji (fragment): "W odpowiedzi na zapytanie Pana {{r:Kima}} informujemy, że wszystkie składki zostały opłacone. W sprawie wynagrodzenia prosimy kontaktować się z Panem {{r:Pakiem}}, koordynatorem grupy. Z poważaniem, {{p:Katarzyna Wróbel}}, kadry."

[KO 메모 - {{p:이수민}}]
- {{r:김철진}} 님은 2016~2017년 {{u:그단스크}} 조선소 하청 용접공. {{u:폴란드}} 서류에는 최저임금(1,850즈워티)으로 신고되어 있지만 실제로 손에 쥔 돈은 월 100달러 정도. 나머지는 그룹 책임자 {{r:박명남}}이 가져감.
- "Pana {{r:Kima}}"는 {{r:김철진}} 님, "Panem {{r:Pakiem}}"은 {{r:박명남}}. 폴란드어 격변화.
- 에이전시 담당 {{p:Katarzyna Wróbel}}은 {{r:철진}} 님이 조회를 요청했을 때 {{r:박명남}}에게 먼저 전화했다고. 그날 밤 {{r:명남}}이 "왜 쓸데없는 걸 묻냐"며 {{r:철진}} 님을 혼냄.
- 같은 그룹 동료: {{p:리광철}}, {{p:조명선}}, {{p:한수일}}.

[EN - {{p:Piotr Zając}}, volunteer]
The statement shows contributions only on the minimum wage, consistent with {{r:Kim}}'s account. The name appears as "{{r:Kim Czol Dzin}}" in one older ZUS letter; same person. Ask {{r:Chol-jin}} if he still has the letter from Pan {{r:Pak}}.""",
    },
    {
        "id": "h67-mixed-13",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kang Hyok-jun", "강혁준", "witness", ["Hyok-jun"]),
            ("Tak Song-il", "탁성일", "supervisor", ["Тагсонил"]),
        ],
        "note": "Transcription of a Mongolian construction-site information board photographed by a former worker, with Korean and English notes; Mongolian names with patronymic initials, the North Korean foreman's name run together in Mongolian Cyrillic, the word Батлав (approved) not a name although it resembles Бат; city public.",
        "text": """[Зураг - барилгын талбайн мэдээллийн самбар, 2017 оны 9-р сар. 증언자 {{r:강혁준}} 촬영]

БАРИЛГЫН ТАЛБАЙН МЭДЭЭЛЭЛ
Объект: 12 давхар орон сууцны барилга, {{u:Улаанбаатар}} хот
Захиалагч: [компани]
Гүйцэтгэгч: [компани]
Барилгын ажлыг удирдагч (инженер): {{p:Д. Ганбаатар}}
Хөдөлмөр хамгааллын ажилтан: {{p:Б. Оюунчимэг}}
Гадаад ажилчдын хариуцагч: {{r:Тагсонил}}
Утас: 9911-xxxx
Батлав: {{p:С. Энхбаяр}}

[KO 메모 - {{p:문소희}}]
- 현장 게시판의 "{{r:Тагсонил}}"은 북측 현장 책임자 {{r:탁성일}}. 몽골어 서류에 성과 이름을 붙여 써서 이렇게 됐다고 {{r:혁준}} 님이 설명. "{{r:탁성일}}이는 {{u:몽골}} 사람들 앞에서는 웃고, 우리 앞에서는 소리만 질렀다."
- 안전 담당 {{p:Оюунчимэг}} 씨는 {{u:한국}} 드라마를 좋아해서 {{r:혁준}} 님에게 한국어를 물어보곤 했음. {{r:탁성일}}이 이를 알고 {{r:혁준}} 님을 다른 현장으로 보냄.
- "Батлав"는 "승인함"이라는 뜻의 단어, 사람 이름 아님. 그 옆 {{p:С. Энхбаяр}}가 서명자.
- 같은 현장 동료: {{p:전경만}}, {{p:리준호}}.

[EN - {{p:Bolormaa T.}}, translator]
"Гадаад ажилчдын хариуцагч" = person responsible for foreign workers. The board lists {{r:Tak Song-il}} only as "{{r:Тагсонил}}". {{r:Kang Hyok-jun}} confirms it is the same man. Engineer {{p:Ganbaatar}} may be willing to speak to us.""",
    },
    {
        "id": "h67-mixed-14",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Mun Hye-ryon", "문혜련", "witness", ["Hye-ryon"]),
            ("Nguyen Van Hung", "응우옌반흥", "other", ["ông Hùng", "Hùng"]),
        ],
        "note": "Vietnamese landlord's handwritten confirmation letter about a North Korean restaurant worker who rented a room after leaving the restaurant, with Korean and English notes; Vietnamese names with diacritics, honorifics ông/bà/chị outside, the restaurant manager private; city public.",
        "text": """GIẤY XÁC NHẬN
Tôi tên là {{r:Nguyễn Văn Hùng}}, chủ nhà trọ tại phường {{u:Cầu Giấy}}, {{u:Hà Nội}}.
Tôi xác nhận: từ tháng 3 năm 2020 đến tháng 8 năm 2020, chị {{r:Mun Hye Ryon}} (quốc tịch {{u:Triều Tiên}}) đã thuê phòng số 4 nhà tôi. Chị {{r:Hye Ryon}} nói với tôi rằng chị làm ở nhà hàng {{u:Triều Tiên}} gần đó nhưng đã nghỉ. Có một người đàn ông {{u:Triều Tiên}} tên là {{p:Ri}} đến hỏi chị hai lần, tôi nói không biết. Vợ tôi, bà {{p:Trần Thị Mai}}, cũng biết việc này.
{{u:Hà Nội}}, ngày 12 tháng 10 năm 2023
Người xác nhận: {{r:Nguyễn Văn Hùng}} (ký tên)

[KO 메모 - {{p:김가윤}}]
- 증언자 {{r:문혜련}} 님이 식당을 나온 뒤 숨어 지낸 집의 주인 {{r:Nguyễn Văn Hùng}}(응우옌반흥) 씨의 확인서. {{r:혜련}} 님은 "{{r:흥}} 아저씨"라고 부름.
- 식당에 찾아왔던 "{{p:Ri}}"는 식당 지배인 {{p:리경남}}. {{r:혜련}} 님 말로는 {{p:리경남}}이 다른 종업원 {{p:오선화}}, {{p:정유경}}을 데리고 돌아다녔다고.
- {{r:Hùng}} 씨 아내 {{p:Mai}} 씨가 밥을 해 줬다고.

[EN - {{p:Linh Pham}}, interpreter]
Translation note: "chị" and "bà" are forms of address (older sister / Mrs), not part of the names. {{r:Hye-ryon}} confirms the letter is from ông {{r:Hùng}}.""",
    },
    {
        "id": "h67-mixed-15",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Yun Chol-gyu", "윤철규", "witness", ["Chol-gyu", "Yoon Chul-kyu"]),
            ("Chang Kwang-sop", "장광섭", "supervisor", ["Kwang-sop"]),
        ],
        "note": "Kuwaiti medical-committee decision on a North Korean worker's injury percentage, Arabic and English, with Korean notes; the committee doctors fictional and private with Dr outside, the worker's name in Arabic script, the team leader who signed for him; ministry public.",
        "text": """{{u:Ministry of Health}} - {{u:State of Kuwait}}
Medical Committee for Work Injuries - Decision No. 2211/2016
قرار اللجنة الطبية
Name of injured: {{r:YUN CHOL GYU}} / اسم المصاب: {{r:يون تشول غيو}}
Nationality: Korean ({{u:DPRK}})
Injury: crush injury, right hand, at construction site, 14/02/2016
Decision: permanent partial disability 18% (eighteen per cent).
Committee: Dr. {{p:Fahad Al-Enezi}} (chair), Dr. {{p:Mona Hassan}}, Dr. {{p:Suresh Menon}}
Received on behalf of the worker by: {{r:JANG KWANG SOP}} (group leader), signature

[KO 메모 - {{p:오하린}}]
- {{r:윤철규}} 님은 2016년 2월 현장에서 손을 다침. 위원회가 18% 장해를 인정했지만 결정문은 본인이 아니라 작업반장 {{r:장광섭}}이 받아 감. 보상금도 {{r:장광섭}}이 회사에서 받았고 {{r:철규}} 님은 한 푼도 못 받음.
- 같은 현장 동료 {{p:허명수}}가 "{{r:광섭}}이가 보상금 봉투를 들고 웃는 걸 봤다"고 {{r:철규}} 님에게 말했다고.
- 결정문 사본은 통역을 맡았던 인도인 간호사 {{p:Anjali}} 씨가 몰래 복사해 줌.

[EN - {{p:Omar Haddad}}]
{{r:Yun}} ("{{r:Yoon Chul-kyu}}" in {{u:Seoul}}) confirms the injury.""",
    },
    {
        "id": "h67-mixed-16",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Choe Mi-hyang", "최미향", "witness", ["崔美香", "미향"]),
            ("Kim Tong-il", "김동일", "other", ["金東一"]),
        ],
        "note": "Japanese lawyer's notice of engagement sent to a money-lender on behalf of a North Korean woman who had worked in a Chinese factory and later lived in Japan, with Korean notes; names in kanji and hangul, lawyer and clerk private with titles (弁護士, 様) outside; city public.",
        "text": """受任通知
令和6年5月20日
株式会社○○ファイナンス 御中
〒 {{u:大阪市}}(以下略)
弁護士 {{p:田中 誠}}

拝啓 当職は、下記の者(以下「依頼者」)から債務整理の依頼を受け、受任いたしました。今後、依頼者及びその家族への直接の連絡・取立てはお控えください。

依頼者: {{r:崔 美香}}({{r:チェ・ミヒャン}})
債務の内容: 貸金(保証人: {{r:金 東一}}様)

担当事務員: {{p:佐藤 由美}}
敬具

[KO 메모 - {{p:조은비}}]
- 의뢰인 {{r:최미향}}({{r:崔美香}}) 님은 2014~2018년 {{u:중국}} 봉제공장에 파견되었다가 탈출, 이후 {{u:일본}}에서 생활. 대부업체 채무는 브로커 {{r:김동일}}({{r:金東一}})이 {{r:미향}} 님 이름으로 보증을 서게 한 것.
- 변호사 {{p:田中}} 선생님은 {{r:미향}} 님의 공장 시절 이야기를 듣고 무료로 맡아 줌. 사무원 {{p:佐藤}} 씨가 한국어를 조금 함.
- 공장 시절 반장 {{p:송옥순}}, 동료 {{p:류진아}}.""",
    },
]
