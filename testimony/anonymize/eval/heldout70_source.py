# ruff: noqa: E501
"""Held-out evaluation passages, set 70. Built by build_heldout.py heldout70.

Fifty-one documents of the kind an NGO working on North Koreans sent abroad as forced
labourers could plausibly receive or write, written blind (the finder's code was not
read and the finder was not run). All genres are ones the earlier sets' opening lines
do not list (seafarers' hours-of-rest records, respirator fit-test registers,
confined-space entry logs, concrete cube test registers, dialysis session logs,
crematorium booking registers, commit-authorship analysis memos, alleged-perpetrator
profile cards, NGO after-action reviews, restaurant flower-garland sales ledgers,
Maltese band-club committee minutes, easy-read testimony summaries, intensive-care
visitor registers, optometry records, arm-wrestling brackets, amnesty application
trackers, harness inspection registers, forest-guard patrol reports, columbarium
enshrinement registers, credit-union loan committee minutes, prosecutors' disposition
notices, one-ton truck dispatch logbooks, hospital diet order slips, print-shop job
books, community-centre petition intake books, shelter outing requests, disability
assessment opinions, banner-posting applications, festival booth operator lists,
side-dish shop credit books, day-labour office dispatch books, transcribed North
Korean study-session speech records, university course discussion boards,
nursing-home admission counselling records, holiday train-ticket booking lists,
Russian food-handler medical-book registers, Chinese seafood-plant hygiene spot
checks, garment sample-room sign-out books, logging-camp fuel issue sheets, Chinese
operating-theatre schedules, Mongolian butchers' credit ledgers, Polish shipyard
locker lists, Russian district police officers' visit notes, hot-work permit
registers, Chinese train-ticket refund applications, Lao visa-extension queue lists,
Filipino crew farewell-party contribution lists, Vietnamese market purchase books,
Kuwaiti camp reconciliation records, Chinese Spring Festival duty rosters and mixed
Korean/English field notes), in English, Korean and mixed Korean/English with
Russian, Chinese, Arabic, Mongolian, Polish, Vietnamese, Lao, Filipino, Nepali and
Maltese. Some passages use CRLF line breaks (some mix CRLF and LF), zero-width
characters, fullwidth letters, names split across line breaks, double spaces, OCR
errors and emoji. All persons are fictional; real public figures are mentioned only
neutrally.

Labelling convention (as in the preceding sets):
- {{r:...}} a mention of a registered private person (listed in the passage's
  "persons" as (romanized name, Hangul name, role, aliases)); {{p:...}} a mention
  of an unregistered private person; {{u:...}} a public name: a real public figure,
  a real place, a real organisation, company, ship, platform or law.
- Every fictional person is private, whatever their office. Invented businesses,
  sites, churches and vessels are left unmarked.
- A mention is labelled as the text writes it: the name only, without particles,
  the affectionate suffix 이, the household suffix 네, titles or honorifics
  (김철민씨 -> {{r:김철민}}씨, 박 반장 -> {{r:박}} 반장, 순희네 -> {{p:순희}}네,
  Mr {{p:Ho}}); Chinese forms of address are labelled whole (老周, 小王, 王总);
  Russian and Polish names keep their case endings.
- Nicknames and initials that stand for a person are mentions; the same words used
  as ordinary words are not. A surname discussed as a word is not a mention.
- In e-mail addresses, handles and file names only the part that spells the name is
  labelled. OCR-garbled names are labelled as written; zero-width characters,
  fullwidth letters and a line break inside a name stay inside the mention.
- Country names are public where they stand as nouns, also attributively (북한
  사람, 중국 돈); nationality adjectives and derived words (Korean, 한국어,
  러시아인) are not marked.
"""

PASSAGES: list[dict] = [
    {
        "id": "h70-en-01",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ri Kwang-su", "리광수", "witness", ["Kwang-su", "Lee Kwang-soo"]),
            ("Choe Song-nam", "최성남", "supervisor", ["Song-nam"]),
            ("Wang Jianguo", "왕젠궈", "supervisor", ["王建国"]),
        ],
        "note": "Squid jigger's record of hours of rest under the MLC, photographed on board; surnames in capitals with given names unhyphenated, a Filipino name written surname-first with a comma, the sentence-initial word 'So' beside the surname So, master's initials, NGO annotation with North and South spellings of the witness; CRLF.",
        "text": """RECORD OF HOURS OF REST - SHIP'S COPY
(format after the {{u:ILO}}/{{u:IMO}} guidelines; {{u:Maritime Labour Convention, 2006}}, Standard A2.3)

Vessel: HAI FENG 818 (squid jigger)      Flag: {{u:Togo}}      Port of registry: {{u:Lomé}}
Month: MARCH 2019
Master: {{r:WANG Jianguo}} ({{r:王建国}})
Area: high seas off {{u:Argentina}}, outside the EEZ; transshipment to reefer expected at {{u:Montevideo}} roads

No. | Name | Rank | Days with less than 10 h rest | Signature of seafarer | Remarks
1  | {{r:WANG Jianguo}}      | Master          | 0  | signed |
2  | {{p:ZHOU Bin}}          | Chief Officer   | 2  | signed |
3  | {{p:LIU Haitao}}        | Chief Engineer  | 1  | signed |
4  | {{p:DELA CRUZ, Romeo}}  | Bosun           | 6  | signed | hand injury 11/3
5  | {{p:Budi SANTOSO}}      | Oiler           | 3  | signed |
6  | {{p:AGUS Salim}}        | Cook            | 0  | signed |
7  | {{r:CHOE SONG NAM}}     | Jigging crew leader | 24 | signed |
8  | {{r:RI KWANG SU}}       | Jigger          | 27 | (signed by no. 7) | refused to sign 14/3
9  | {{p:KIM CHOL}}          | Jigger          | 27 | (signed by no. 7) |
10 | {{p:SO MYONG IL}}       | Jigger          | 26 | (signed by no. 7) |
11 | {{p:O CHUN GIL}}        | Jigger          | 27 | (signed by no. 7) | fever 20-23/3, worked
12 | {{p:HAN OK DOL}}        | Jigger          | 25 | (signed by no. 7) |

Master's remarks:
Hours for the Korean jigging crew were entered by crew leader {{r:Choe}}, who signs for his men as agreed with the manning agent. Jigger {{r:Ri}} refused to sign on 14 March and said the hours were wrong; crew leader {{r:Choe}} signed in his place. So noted. Bosun {{p:Romeo}} to rest 3 days after hand injury. Jigger {{p:O}} seen by me on 21/3, paracetamol given, fit for light duty.
- {{r:W.J.G.}}

[NGO annotation, added 2023 - not part of the original]
The photograph was taken on board by the bosun, {{p:Romeo Dela Cruz}}, who later sent it to a seafarers' chaplain in {{u:Montevideo}}. The witness, {{r:Ri Kwang-su}} (now registered in {{u:Seoul}} as {{r:Lee Kwang-soo}}), identified the sheet in interview on 9 May 2023. {{r:Kwang-su}} says the 24 next to {{r:Song-nam}} is the only honest figure on the page, because the crew leader slept in the day while the others jigged from sunset to five in the morning. He confirms that {{p:Kim Chol}} (no. 9) is not the {{p:Kim Chol}} from the 2018 trip, and that {{p:So Myong-il}} was the youngest, nineteen. The master, {{r:Wang}}, never came down to the jigging deck at night. {{p:Han Ok-dol}} was later transferred to another vessel at sea; we have no further trace of him.
""",
    },
    {
        "id": "h70-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ma Chol-jin", "마철진", "witness", ["Chol-jin"]),
            ("Yu Kwang-nam", "유광남", "supervisor", ["Kwang-nam"]),
            ("Rajesh Kumar Yadav", "라제시 쿠마르 야다브", "other", ["Rajesh"]),
        ],
        "note": "Qualitative respirator fit-test register from a Qatar tower site, photocopy given by the witness; names as on the ID in capitals, tester's initials as signature, Korean surnames Ha, An and Yu beside the article 'an' and the interjection 'ha', Nepali and Bangladeshi co-workers, mask maker as a public company.",
        "text": """RESPIRATORY PROTECTION - QUALITATIVE FIT TEST REGISTER
Project: residential tower, Plot 41, {{u:Lusail}}, {{u:Qatar}}
Main contractor: Sandline Interiors W.L.L.
Test method: saccharin / Bitrex taste test, half-face respirators ({{u:3M}} 6200, sizes S / M / L)
Tester: {{r:Rajesh Kumar Yadav}}, HSE officer
Date: 17 August 2018

No. | Name as on QID | Employer | Size | Result | Tester
1  | {{p:DIL BAHADUR GURUNG}}   | Sandline             | M | PASS            | {{r:R.K.Y.}}
2  | {{p:MOHAMMED SHAHID ALAM}} | Sandline             | M | PASS            | {{r:R.K.Y.}}
3  | {{p:SUNIL TAMANG}}         | Sandline             | S | PASS            | {{r:R.K.Y.}}
4  | {{r:MA CHOL JIN}}          | Korean sub. (team 3) | M | FAIL / retest S | {{r:R.K.Y.}}
5  | {{p:PAK SONG IL}}          | Korean sub. (team 3) | M | PASS            | {{r:R.K.Y.}}
6  | {{p:HA MYONG CHOL}}        | Korean sub. (team 3) | L | PASS            | {{r:R.K.Y.}}
7  | {{p:AN YONG SU}}           | Korean sub. (team 3) | M | PASS            | {{r:R.K.Y.}}
8  | {{p:RI SONG HO}}           | Korean sub. (team 3) | S | PASS            | {{r:R.K.Y.}}
9  | {{r:YU KWANG NAM}}         | Korean sub. (team 3) | - | NOT TESTED (team leader, does not enter tank) | -
10 | {{p:MD. RUBEL HOSSAIN}}    | Sandline             | L | PASS            | {{r:R.K.Y.}}

Tester's remarks:
The Korean workers were brought in together by their team leader, Mr {{r:Yu}}, who answered the screening questions on their behalf. An interpreter was not provided. Mr {{r:Ma}} failed twice on size M; when I asked if he could taste the bitter spray he looked at Mr {{r:Yu}} before answering. I retested {{r:Ma}} alone at 15:40, after {{r:Yu Kwang-nam}} had gone to the site office, and he passed on size S. Workers {{p:Ha}} and {{p:An}} said "yes" to every question, including "do you have a beard". Ha, none of them has a beard. Please arrange a Korean-speaking interpreter for the next round - {{r:Rajesh}}.

Note from the NGO (2022): {{r:Ma Chol-jin}} gave us this photocopy in {{u:Seoul}}. {{r:Chol-jin}} says {{r:Rajesh}} was the only outsider on that site who ever asked him his own name, and that {{r:Kwang-nam}} punished him afterwards for "talking to the Indian". He remembers {{p:Dil Bahadur}} from the same tank shift and thinks {{p:Ri Song-ho}} was sent home in 2019.
""",
    },
    {
        "id": "h70-en-03",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Kang Jong-hyok", "강정혁", "witness", ["Jong-hyok"]),
            ("Paek Nam-il", "백남일", "supervisor", ["Nam-il"]),
            ("Arun Pillai", "아룬 필라이", "other", ["Arun"]),
        ],
        "note": "Confined-space entry log from a Kuwait sewer project; entrants, attendants and supervisors in a table, surnames Tak, Pyo and Chae, an H2S alarm incident with the Kuwaiti inspector, HSE officer's comments, the witness's later annotations; mixed CRLF and LF.",
        "text": """CONFINED SPACE ENTRY LOG - Manhole MH-27 to MH-31, trunk sewer, {{u:Jahra}}, {{u:Kuwait}}
Client: {{u:Ministry of Public Works}}      HSE officer: {{r:Arun Pillai}}

Date  | Entrant | In | Out | Attendant (outside) | O2 / H2S / LEL | Entry supervisor
03/02 | {{r:KANG JONG HYOK}} | 07:10 | 09:40 | {{p:Mohammed Rafiq}} | 20.8 / 0 / 0 | {{r:PAEK NAM IL}}
03/02 | {{p:TAK CHOL U}}     | 07:12 | 09:41 | {{p:Mohammed Rafiq}} | 20.8 / 0 / 0 | {{r:PAEK NAM IL}}
03/02 | {{p:PYO MYONG GI}}   | 10:05 | 12:30 | {{p:Sanjay}}         | 20.7 / 1 / 0 | {{r:PAEK NAM IL}}
04/02 | {{r:KANG JONG HYOK}} | 07:05 | 12:50 | (none)               | not recorded | {{r:PAEK NAM IL}}
04/02 | {{p:CHAE UN SIK}}    | 07:06 | 12:51 | (none)               | not recorded | {{r:PAEK NAM IL}}
05/02 | {{p:TAK CHOL U}}     | 06:55 | 08:20 | {{p:Sanjay}}         | 20.9 / 12 / 0 ALARM | {{r:PAEK NAM IL}}

HSE officer's comments, 05/02:
Gas detector alarmed at 12 ppm H2S at 08:15 in MH-29. Entrant {{p:Tak}} came out unaided, coughing, and was given oxygen by attendant {{p:Sanjay Karki}}. On 04/02 two men were inside for almost six hours with no attendant and no readings; supervisor {{r:Paek}} signed the log in advance. When I raised this, Mr {{r:Paek Nam-il}} said the Korean team "does not need a watchman". Entry permits for team 4 suspended until retraining. Copied to the ministry inspector, Mr {{p:Fahad Al-Mutairi}}, who visited at 11:00 and spoke to {{r:Paek}} through the Korean company's interpreter, Ms {{p:Jin}}.
- {{r:A. Pillai}}

Inspector's note (handwritten, transcribed): Seen. No entry without attendant. Supervisor to attend induction. {{p:F. Al-M.}}

[Annotations by the witness, {{r:Kang Jong-hyok}}, interview of 22 June 2021]
- "On the 4th there was nobody on top because {{r:Nam-il}} sent {{p:Rafiq}} and the Indian boy to carry pipes. I was inside with {{p:Un-sik}}. We came up when our heads hurt."
- "{{r:Arun}} shouted at {{r:Paek}} for twenty minutes. After that we had an attendant every day for two weeks, then nothing again."
- "{{p:Chol-u}} coughed until the summer. We called him {{p:Table}}, because his family name sounds like the word for a table."
- "The interpreter {{p:Jin}} was not one of us, she was from the company office, ethnic Korean from {{u:China}}."
""",
    },
    {
        "id": "h70-en-04",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Myong-guk", "김명국", "witness", ["Myong-guk", "Ким М.Г."]),
            ("Ri Thae-song", "리태성", "supervisor", ["Thae-song", "Ли Тхэ Сон"]),
            ("Irina Sokolova", "이리나 소콜로바", "other", ["Irina Viktorovna", "Соколова"]),
        ],
        "note": "NGO translation of a Russian site laboratory's concrete cube test register from a housing site near St Petersburg; signatures kept in Cyrillic with initials, Russian names with patronymics and case endings, brigade leader in Russian and Korean spellings, translator's notes; witness's comments.",
        "text": """[Translation from Russian. Original: photographs IMG_0412 to IMG_0419, supplied by {{r:Kim Myong-guk}}. Signatures are reproduced as written. Translator: {{p:Anna Kwon}}.]

REGISTER OF CONTROL SAMPLES (CUBES 100x100x100 mm)
Site: residential complex, block 7, {{u:Kudrovo}}, {{u:Leningrad Oblast}}
Laboratory: site lab of the general contractor
Responsible: laboratory technician {{r:I. V. Sokolova}}

Date cast | Element | Class | Samples taken by | 7-day result, MPa | 28-day result, MPa | Signature
12.09.2017 | slab, floor 14, grips A-D | B25 | {{r:Ким М.Г.}} | 17.9 | 31.2 | {{r:Соколова}}
13.09.2017 | columns, floor 15 | B30 | {{r:Ким М.Г.}} | 19.4 | 36.0 | {{r:Соколова}}
15.09.2017 | walls, stair core | B25 | {{p:Пак Ч.}} | 11.2 | 19.8 (!) | {{r:Соколова}}
16.09.2017 | slab, floor 15 | B25 | {{p:Пак Ч.}} | - | - | samples not delivered
18.09.2017 | slab, floor 15 (repeat) | B25 | {{r:Ким М.Г.}} | 18.1 | 30.5 | {{p:Зайцев}}

Remarks column, entry of 15.09 (technician's hand):
Strength below class. Informed the foreman {{p:D. O. Zaytsev}} and the brigade leader of the Korean brigade, {{r:Ли Тхэ Сон}}. Samples for 16.09 not delivered; according to {{r:Ли}}, they "broke in the car". Request core drilling of the stair core.
{{r:Irina Viktorovna Sokolova}}

Remarks column, entry of 18.09 (foreman's hand):
Core drilling not required, agreed with the technical supervisor {{p:Gusev}}. {{p:Зайцев Д.О.}}

Translator's notes:
1. "{{p:Пак Ч.}}" is a second sampler from the Korean brigade. The witness reads it as {{p:Pak Chol}} or {{p:Pak Chun}}; he is not sure.
2. "{{r:Ли Тхэ Сон}}" is the Russian spelling of the brigade leader's name; the witness writes it {{r:Ri Thae-song}}.
3. "{{p:Зайцева}}" in the next photograph (IMG_0419) is not the foreman but his wife, {{p:Natalya Zaytseva}}, who ran the site canteen.

Witness's comments ({{r:Kim Myong-guk}}, interview, 2 March 2020):
"{{r:Thae-song}} told us to add water to the mix so it would pump faster in the cold. When {{r:Irina Viktorovna}} found the weak cubes he said the samples broke in the car. There was no car. {{p:Pak}} threw the cubes in the snow because {{r:Thae-song}} told him to. {{r:Sokolova}} was the only Russian who said 'good morning' to us. After this {{r:Ri}} took me off sampling and gave it to {{p:Pak}}, and {{p:Zaytsev}} pretended he saw nothing."
""",
    },
    {
        "id": "h70-en-05",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jang Kum-chol", "장금철", "witness", ["Kum-chol", "Chang Keum-chul"]),
            ("Rim Yong-dok", "림영덕", "supervisor", ["Lim Yong-dok"]),
            ("Leena Thomas", "리나 토머스", "other", ["Leena"]),
        ],
        "note": "Haemodialysis unit session log for a North Korean construction worker in Doha, copied by a nurse; nurses from India, the Philippines and Kenya, patient's name in two spellings and misspelt, company minder as visitor, a phone interpreter, the nurse's first name Faith beside the word faith, hospital and ministry as public names.",
        "text": """HAEMODIALYSIS UNIT - SESSION LOG (patient copy requested by NGO with patient's consent)
Facility: {{u:Hamad Medical Corporation}}, dialysis unit, {{u:Doha}}
Patient: {{r:JANG KUM CHOL}} (registered at ED as "{{r:CHANG KEUM CHUL}}", later corrected)   HC no.: ********
Nephrologist: Dr {{p:Samir Haddad}}
Schedule: Sun / Tue / Thu, 4 hours, AV fistula left arm

Session | Date | Pre-weight | Post-weight | Nurse | Remarks
1  | 02/10/2016 | 68.4 | 66.1 | {{r:Leena Thomas}}    | First session via temporary catheter. Pt anxious. Visitor Mr {{r:RIM}} stayed throughout.
2  | 04/10/2016 | 68.9 | 66.3 | {{p:Ma. Cristina Reyes}} | Tel. interpreter {{p:Jeon}} used for consent, 12 min.
3  | 06/10/2016 | 69.2 | 66.8 | {{p:Faith Wanjiru}}   | Pt asked nurse (by gesture) whether he can go home. Mr {{r:Rim}} answered for him: "no".
4  | 09/10/2016 | 67.9 | 65.7 | {{r:Leena Thomas}}    | Missed session 08/10 - "company bus not available". Informed Dr {{p:Haddad}}.
5  | 11/10/2016 | 70.8 | 67.0 | {{p:Cristina}}        | Fluid overload, SOB. Pt says he worked on site yesterday (!). Social worker {{p:Noura}} informed.
6  | 13/10/2016 | 68.0 | 66.0 | {{p:Faith}}           | Company rep {{r:Rim Yong-dok}} requests discharge to travel. Referred to Dr {{p:Haddad}}.
7  | 16/10/2016 | -    | -    | -                     | DID NOT ATTEND. Per company: "patient returned to home country".

Nursing note, Sister {{r:Leena}}, 13/10:
{{r:Kum-chol}} held my hand when Mr {{r:Rim}} went out to take a call and said "{{u:Korea}}, no". I do not know whether he meant North or South. I have faith that someone will follow up, but I have written it here so it is on record. Mr {{r:Rim}} signs the visitor book as "{{r:Lim}}". Escalated to the unit manager, Ms. {{p:Al-Sulaiti}}, and to the {{u:Ministry of Public Health}} liaison.
- {{r:L.T.}}

[NGO note, 2019] {{r:Jang Kum-chol}} was not returned home. He was moved to a company flat in {{u:Al Wakrah}} and dialysed privately for some months before the brigade sent him back via {{u:Beijing}}. His cousin, {{p:Jang Ok-sun}}, who reached {{u:South Korea}} in 2018, brought us this copy from Sister {{r:Leena}}.
""",
    },
    {
        "id": "h70-en-06",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("O Yong-chol", "오영철", "coworker", ["Yong-chol", "О Ён Чер"]),
            ("Pak Myong-sik", "박명식", "supervisor", ["Пак Мён Сик"]),
            ("Kye Hyon-u", "계현우", "witness", ["Hyon-u"]),
        ],
        "note": "Translated extract from a Khabarovsk crematorium booking register with the deceased worker's name in Russian transliteration (surname O), the company representative as applicant, Russian funeral agent and crematorium staff with patronymics and case endings, consulate as public organisation, witness's comments; CRLF.",
        "text": """[NGO translation of three pages photographed by a Russian funeral agent in 2018 and passed to the witness. Russian names are given as written, with a transliteration in brackets where helpful.]

CREMATORIUM - BOOKING REGISTER, {{u:Khabarovsk}}
Book No. 11 (2018)

Entry 0417
Deceased: {{r:О Ён Чер}} ({{r:O Yong Cher}}), citizen of the {{u:DPRK}}, born 1979
Date of death: 21.01.2018. Death certificate issued by the civil registry, {{u:Khabarovsk Krai}}.
Cause (as on the medical certificate): acute coronary insufficiency
Applicant: {{r:Пак Мён Сик}} ({{r:Pak Myong Sik}}), representative of the employer, passport of the {{u:DPRK}}
Funeral agent: {{p:Гриценко А.В.}}
Date of cremation: 24.01.2018, 10:30. Hall: none (no ceremony)
Urn: standard, collected 24.01.2018 by the applicant.
Receipt: cash, 18,400 roubles. Received by {{p:Л. Н. Мельникова}}.

Entry 0418
Deceased: {{p:Сидоренко Павел Ильич}}, citizen of the {{u:Russian Federation}}
Applicant: {{p:Сидоренко Г.П.}} (son)
[remaining columns not translated - unrelated case]

Note in the margin of entry 0417 (funeral agent's hand):
Body delivered by the employer's own van, not by the morgue. The applicant asked that the cremation be done "today, without relatives". I explained that it is impossible before the third day. The cashier, {{p:Мельникова}}, told me to accept. Interpreter from the company, {{p:Ким Светлана}}, did not give her patronymic.
{{p:А. Гриценко}}

Witness's comments ({{r:Kye Hyon-u}}, interview of 5 September 2019, {{u:Seoul}}):
- "{{r:Yong-chol}} was in my brigade for four years. He fell down in the hostel washroom in the morning and {{r:Pak Myong-sik}} did not call an ambulance for two hours."
- "The Russian agent, {{p:Gritsenko}}, gave me these photos secretly. He said: your friend's name is here, I want somebody to know."
- "{{r:Pak}} took the urn to the consulate. We were told the ashes went home to his wife, {{p:Chon Kum-hui}}, in {{u:Hamhung}}. I do not know if that is true."
- "The surname O is only one letter. At the crematorium they wrote it the Russian way, but to us he was always {{r:O Yong-chol}}."
- "The company interpreter, {{p:Svetlana}}, was {{p:Kim Svetlana}}, an ethnic Korean from {{u:Sakhalin}}."
NGO note: the {{u:Consulate General of the DPRK in Nakhodka}} did not reply to our letter. {{r:Hyon-u}} asked that his name be withheld in any publication.
""",
    },
    {
        "id": "h70-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ryu Song-hyok", "류성혁", "witness", ["Song-hyok", "Jin Wei"]),
            ("Hwang Ui-chol", "황의철", "supervisor", ["Leo", "Leo Huang"]),
        ],
        "note": "NGO researcher's memo analysing the commit authors of a freelance code repository built by North Korean IT workers under false identities; git shortlog output with names and e-mail local parts, handles, a client named Mark beside the verb 'mark', platforms and FBI as public names.",
        "text": """MEMO - commit authorship, repository "shop-backend" (client export received 14 Feb 2024)
From: {{p:Nadia Brooks}}, research
To: {{p:Owen Cho}}, legal; cc {{p:Mi-rae}}

1. What we have
The client, a small e-commerce firm in {{u:Ohio}}, hired "{{r:Jin Wei}}" through {{u:Upwork}} in 2021. After the {{u:FBI}} public service announcement on IT workers, the owner, {{p:Mark Delaney}}, exported the repository and sent it to us. Our witness, {{r:Ryu Song-hyok}}, says he wrote most of it from a flat in {{u:Shenyang}}.

2. git shortlog -sne (abridged)
   412  {{r:Jin Wei}} <{{r:jinwei}}.dev@...>
   198  {{r:Leo Huang}} <{{r:leohuang}}@...>
    57  {{p:Alex Tran}} <{{p:alextran}}.work@...>
    12  {{p:Mark Delaney}} <{{p:mark}}@...>
     3  deploy-bot <ci@...>

3. Mapping (per the witness)
- "{{r:Jin Wei}}" = {{r:Ryu Song-hyok}} himself. He says the name was bought, with a scanned ID, from a broker in {{u:Dandong}} known only as {{p:老孙}}.
- "{{r:Leo Huang}}" = team leader {{r:Hwang Ui-chol}}. {{r:Song-hyok}} says {{r:Leo}} reviewed every pull request and took 90 per cent of the fees. The handle {{r:leo-hwang}} appears in two early commits before it was changed.
- "{{p:Alex Tran}}" = another team member, {{p:Kim Hyok}}, who used a Vietnamese name because the client asked for someone "in {{u:Asia}}, good English". {{r:Song-hyok}} did not know him well.
- deploy-bot is an automated account, not a person.

4. Points to check
- Please mark which commits were pushed at Korean night hours; {{r:Ryu}} says the team worked 09:00-02:00.
- Commits by {{p:Mark}} are the client's own small fixes.
- The commit "fix: remove {{p:kimhyok}} test user" (June 2021) matches {{r:Ryu}}'s account of {{p:Kim Hyok}} leaving a test account under his real name. {{r:Hwang}} ordered it removed the same night.
- {{u:GitHub}} account metadata requested; {{u:Upwork}} has not replied.

5. Witness safety
{{r:Song-hyok}} asks that "{{r:Leo}}" not be named publicly; he believes {{r:Hwang}} is still in {{u:China}}. - {{p:N.B.}}
""",
    },
    {
        "id": "h70-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Cha Yong-ho", "차용호", "supervisor", ["Big Cha", "Ча Ён Хо", "Cha Yong Ho"]),
            ("Pang Tae-sik", "방태식", "supervisor", ["Landlord"]),
            ("Yun Kum-ok", "윤금옥", "supervisor", ["Kum-ok", "Yoon Geum-ok"]),
        ],
        "note": "NGO's internal index cards on alleged perpetrators, each with name variants (Russian, Hangul, South Korean romanization, nicknames), sources by witness name, Korean words 차 (car) and 방 (room) beside the surnames Cha and Pang, the nickname Landlord beside ordinary landlords.",
        "text": """ALLEGED PERPETRATOR INDEX - CONFIDENTIAL (cards P-014 to P-016; last reviewed 3 Nov 2022 by {{p:E. Morgan}})

CARD P-014
Name: {{r:CHA Yong-ho}}
Variants: {{r:Cha Yong Ho}}; {{r:차용호}}; {{r:Ча Ён Хо}}; "{{r:Big Cha}}"
Role: brigade leader, construction; later company deputy representative
Places: {{u:Vladivostok}} 2012-2015; {{u:Ussuriysk}} 2016-2018
Alleged conduct: confiscation of passports; beatings; deductions of up to 80% of wages
Sources: testimony T-031 ({{p:Sim Kwang-il}}); T-044 ({{p:Ko Un-chol}}); T-052 ({{p:Yang Jin-hyok}})
Notes: {{p:Ko}} says {{r:Cha}} drove a white car, and the men joked that "{{r:차}} has a 차". Not to be confused with {{p:Cha Myong-ho}} (P-021), a driver.

CARD P-015
Name: {{r:PANG Tae-sik}}
Variants: {{r:Bang Tae-sik}}; {{r:방태식}}; "{{r:Landlord}}"
Role: dormitory manager, seafood processing plant
Places: {{u:Donggang}}, {{u:Liaoning}} 2017-2020
Alleged conduct: locking workers in rooms at night; withholding food as punishment
Sources: T-061 ({{p:Ri Sun-bok}}); T-063 ({{p:Ho Kyong-ae}}); T-070 ({{p:Kim Ok-hui}} and {{p:Kim Song-ae}}, sisters)
Notes: The women called him "{{r:Landlord}}" because he controlled every room; he rented rooms to nobody. {{p:Sun-bok}} says: "{{r:방}} 선생은 방 열쇠를 다 갖고 있었다." Chinese factory staff called him {{r:老方}}; {{p:Ho}} heard the Chinese supervisor, {{p:小刘}}, use that name.

CARD P-016
Name: {{r:YUN Kum-ok}}
Variants: {{r:Yoon Geum-ok}}; {{r:윤금옥}}; "Auntie {{r:Yun}}"
Role: head waitress and political minder, restaurant
Places: {{u:Phnom Penh}} 2014-2016; {{u:Vientiane}} 2016-2019
Alleged conduct: reporting workers to the security official; confiscating mobile phones; arranging "special table" service
Sources: T-077 ({{p:Pak Un-byol}}); T-081 (anonymous, referred by Pastor {{p:Lim}})
Notes: {{p:Un-byol}} describes {{r:Kum-ok}} as "our mother and our jailer". A {{u:UN}} panel report mentions a restaurant in {{u:Vientiane}} but not {{r:Yun}} by name.

Cross-references: {{r:Cha}} and {{r:Pang}} are not related to each other. {{r:Yun}}'s husband, {{p:Jon Hak-chol}}, is believed to be a trade official ({{u:Ministry of External Economic Relations}}); not yet carded.
""",
    },
    {
        "id": "h70-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Un-jong", "리은정", "witness", ["Un-jong", "UJ"]),
            ("Hannah So", "한나 소", "other", ["Hannah"]),
            ("Joel Park", "조엘 박", "other", ["Joel"]),
        ],
        "note": "NGO after-action review of a failed and then successful pickup of a restaurant worker in Vientiane; staff surname So beside the sentence-initial 'So', staff initials, a Lao driver, a Thai contact, a code name for the worker, embassy and UNHCR as public.",
        "text": """AFTER-ACTION REVIEW - Operation "Lotus" (restricted)
Facilitator: {{p:Dana Whitfield}}   Note-taker: {{r:Joel Park}}
Present: {{r:Hannah So}}, {{r:Joel Park}}, {{p:Kyu-ri}} (hotline), Pastor {{p:Lim Chang-gyu}} by phone

1. What was supposed to happen
{{r:UJ}} ({{r:Ri Un-jong}}, 24, waitress) would leave the restaurant on her day off, 7 July, walk to the night market and get into a car driven by {{p:Bounmy}}, our Lao driver. {{r:Hannah}} would be in the car. The car would take her to a safe flat until the {{u:Embassy of the Republic of Korea}} in {{u:Vientiane}} could receive her.

2. What actually happened
{{r:UJ}} could not leave: the head waitress, whom she calls "Auntie {{p:Yun}}", kept all the girls in for a "study session". {{r:Un-jong}} sent one message from a customer's phone at 19:12 ("오늘 안 돼요"). {{r:So}} and {{p:Bounmy}} waited until 21:30. So the first attempt failed without anyone being exposed, which is the main positive.
On 11 July {{r:Un-jong}} left through the kitchen with the help of a Lao cook, {{p:Khamla}}, who did not know what she was doing. {{p:Bounmy}} picked her up at 14:05. The embassy was informed by {{r:Joel}} at 14:40.

3. What went well
- {{r:Hannah}}'s decision to wait for a second message instead of going to the restaurant.
- {{p:Kyu-ri}}'s script for the hotline in North Korean dialect.
- The contact from {{u:Nong Khai}}, Khun {{p:Somsak}}, had a second car ready.

4. What went badly
- We relied on one phone number. {{r:Un-jong}} had memorised {{r:Joel}}'s number but not {{r:Hannah}}'s.
- Pastor {{p:Lim}} posted a prayer request naming "a sister from the restaurant" on {{u:Facebook}} the same evening. He has removed it.
- The flat's landlord, Mrs {{p:Vilay}}, asked questions; we need a cover story.

5. Actions
- {{r:H.S.}}: second number card for future cases.
- {{r:J.P.}}: social media protocol to Pastor {{p:Lim}} and the church group.
- {{p:D.W.}}: review with {{u:UNHCR}} whether a referral was needed at all.
{{r:UJ}} is now in {{u:Seoul}} and asked us to thank "the tall driver" ({{p:Bounmy}}) and {{p:Khamla}}, "even though she did not know".
""",
    },
    {
        "id": "h70-en-10",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Pak Un-byol", "박은별", "witness", ["Un-byol", "Star"]),
            ("Song Mi-ok", "송미옥", "coworker", ["Mi-ok"]),
            ("Kang Chun-hwa", "강춘화", "supervisor", []),
        ],
        "note": "NGO's typed translation of a restaurant's handwritten flower-garland sales ledger in Vientiane; performers' names with the surname Song beside the word song, the nickname Star beside stars, guests by surname and nationality, a Lao official, the manager's initials; CRLF.",
        "text": """[Transcribed and translated from photographs of a ledger kept at the restaurant's cash desk, April 2018. Provided by {{r:Pak Un-byol}}. The Korean headings were: 날짜 / 상 / 손님 / 꽃 / 금액 / 받은 동무.]

Date | Table | Guest | Garlands | USD | Given to
02/04 | 3  | Mr {{p:Tanaka}} (Japanese, 4 pax)       | 2 | 40  | {{r:Song Mi-ok}}
02/04 | 7  | Korean group, Mr {{p:Jeon}} paying       | 5 | 100 | {{r:Pak Un-byol}}
03/04 | 1  | {{p:Thongsavanh}} (Lao, ministry)        | 1 | 20  | {{p:Kim Hyang}}
03/04 | 7  | Mr {{p:Jeon}} again                      | 3 | 60  | {{r:Un-byol}}
05/04 | 5  | Chinese, Mr {{p:Zhao}} + {{p:Lu}}        | 4 | 80  | {{p:Rim Ju-a}}
06/04 | 2  | Mr {{p:Tanaka}}                          | 1 | 20  | {{r:Mi-ok}}
07/04 | 9  | tour group (guide Ms {{p:Hong}})         | 6 | 120 | all, shared

Total for the week: 22 garlands, USD 440. Handed to Comrade {{r:Kang}} ({{r:K.C.H.}}), 08/04.

Translator's notes:
- Guests bought paper flower garlands and put them on a performer after a song. The money went to the restaurant, not to the performer.
- "{{r:Star}}" in the margin of 02/04 is {{r:Un-byol}}'s stage nickname; her given name means "silver star". On another page the manager wrote that the star performers must keep smiling "even if the song is finished".
- {{r:Kang Chun-hwa}} was the manager and kept this book herself.

{{r:Un-byol}}'s comments (interview, {{u:Seoul}}, 2020):
"Mr {{p:Jeon}} came every week. He always asked for {{r:Mi-ok}} to sing, then gave the flowers to me so that Comrade {{r:Kang}} would not think he liked only one girl. {{r:Song Mi-ok}} had the best voice. When a guest gave me five garlands, {{r:Kang Chun-hwa}} took me aside and asked what he said to me. {{p:Hyang}} and {{p:Ju-a}} were my roommates. I do not know where {{r:Mi-ok}} is now; I heard she was sent back to {{u:Pyongyang}} in 2019."
""",
    },
    {
        "id": "h70-en-11",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Carmel Borg", "카르멜 보르그", "other", ["Carmel"]),
            ("Hong Yong-gil", "홍영길", "witness", ["Yong-gil"]),
            ("Joe Farrugia", "조 파루자", "other", ["Ġużeppi Farrugia", "Joe"]),
        ],
        "note": "Minutes of a Maltese band club committee discussing an extension built with North Korean workers; Maltese names with dotted letters, a Maltese nickname, the Korean foreman known only as Mr Kim, the word 'will' beside a committee member named Will, hospital, newspaper and agencies as public.",
        "text": """BAND CLUB - COMMITTEE MEETING, MINUTES
Held at the club premises, {{u:Żabbar}}, Tuesday 14 March 2017, 20:00

Present: {{p:Ġorġ Camilleri}} (President), {{r:Carmel Borg}} (Secretary), {{r:Joe Farrugia}} (Treasurer), {{p:Rita Zammit}}, {{p:Will Mifsud}}, Fr {{p:Ġwann Vella}} (Spiritual Director)
Apologies: {{p:Josianne Grech}}

1. Minutes of the previous meeting were read and approved (proposed {{p:Rita}}, seconded {{p:Will}}).

2. Extension of the rehearsal hall
The Treasurer reported that the contractor, {{p:Mario Spiteri}} ("{{p:il-Bibi}}"), has completed the roof slab. The Secretary raised that the workers on site are Korean and appear to live on site in the container. One of them, whose name is {{r:Hong}}, cut his hand badly on Thursday and was taken to {{u:Mater Dei Hospital}} by the Secretary himself because "the foreman, Mr {{p:Kim}}, would not call anyone".
{{r:Carmel}} said Mr {{r:Hong Yong-gil}} told him in English "no money, three years", and showed him a notebook with the names of the others. Fr {{p:Ġwann}} asked whether they will be paid for the work on our club. {{p:Spiteri}} says he pays their company, not the men.

3. Discussion
{{p:Will}} said it is not the club's business. {{p:Rita}} disagreed and said she read in the {{u:Times of Malta}} that such workers are sent by {{u:North Korea}}. The President asked the Secretary to write to {{u:Jobsplus}} and {{u:Identity Malta}} to check whether the workers have permits. {{r:Joe}} will not pay the next instalment to {{p:Mario}} until this is clear.

4. Feast
Fireworks: {{p:Ġużi Mallia}} to confirm quantities. Band march: Maestro {{p:Cutajar}}.

Meeting closed 22:10.
{{r:C. Borg}}, Secretary

[NGO note, 2023: {{r:Hong Yong-gil}} left {{u:Malta}} with the brigade in late 2017 and reached {{u:South Korea}} in 2021. He remembered "Mister {{r:Carmel}}" and the hospital. {{r:Yong-gil}} said the foreman was {{p:Kim Song-chol}}; the notebook with the men's names was taken by {{p:Kim}} a week later.]
""",
    },
    {
        "id": "h70-en-12",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Sin Hye-gyong", "신혜경", "witness", ["Hye-gyong"]),
            ("Sin Hye-ryon", "신혜련", "relative", ["Hye-ryon"]),
            ("Cao Dewei", "차오더웨이", "supervisor", ["老曹", "Cao"]),
        ],
        "note": "Easy-read version of a seafood factory worker's testimony prepared for her to check; short first-person sentences with picture descriptions, a counsellor named Hope beside the verb hope, a caseworker named Grace beside 'grace', Chinese boss with title and as 老曹, friends by given name, emoji.",
        "text": """MY STORY - easy-read version
(for {{r:Hye-gyong}} to check with {{p:Grace}} before we use it)

[Picture: a woman with a suitcase]
My name is {{r:Sin Hye-gyong}}.
I am from {{u:Sinuiju}} in {{u:North Korea}}.
In 2017 I was sent to work in {{u:China}}.

[Picture: a big factory with fish]
I worked in a fish factory in {{u:Donggang}}.
We cut squid and crab.
We worked from 6 in the morning until 10 at night.
The Chinese boss was Boss {{r:Cao}}.
The Chinese workers called him {{r:老曹}}.

[Picture: a locked door]
We lived on the top floor of the factory.
The door was locked at night.
Our Korean leader was Comrade {{p:Kim}}. She kept the key.
My friends were {{p:Ok-hui}} and {{p:Sun-bok}}.
{{p:Sun-bok}} was sick many times. Comrade {{p:Kim}} said she was lazy.

[Picture: money with a cross on it]
We did not get our money.
Boss {{r:Cao}} paid our company, not us.
I got 100 yuan at New Year. That was all.

[Picture: a phone]
My sister {{r:Hye-ryon}} was in the same factory.
In 2020 {{r:Hye-ryon}} got very sick.
{{r:Sin Hye-ryon}} was sent home. I do not know if she is alive. 😢

[Picture: a plane]
In 2023 I left the factory. A kind woman helped me. I will not write her name.
Now I live in {{u:Seoul}}.

[Picture: two women talking]
I talk with {{p:Hope}}. {{p:Hope}} is my counsellor.
I hope my story helps other workers.
I want people to know about {{r:Hye-ryon}} and {{p:Sun-bok}}.

[Note for staff: {{p:Grace}} - please read slowly with {{r:Hye-gyong}}; she asked to keep the sentence about {{r:Cao Dewei}} as "Boss {{r:Cao}}" only. No grace period on the consent form: it has to be signed before the 30th. - {{p:Hope Adeyemi}}]
""",
    },
    {
        "id": "h70-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Tong Chol-ho", "동철호", "witness", ["Chol-ho", "Тон Чер Хо", "Dong Cheol-ho"]),
            ("Sim Hak-bom", "심학범", "supervisor", ["Hak-bom", "Сим Хак Бом"]),
        ],
        "note": "Translated intensive-care visitor register from a Vladivostok hospital; Cyrillic entries with transliteration, a Russian-Korean interpreter surnamed Li, the patient's surname Tong/Dong, Russian patronymics and genitive forms, brigade leader and company staff as visitors, witness's notes.",
        "text": """[NGO translation of a visitor register page, intensive care unit, city hospital, {{u:Vladivostok}}. Photographed by the patient's co-worker. Cyrillic kept where the spelling matters.]

Date | Time in-out | Visitor | To patient | Relationship | Nurse on duty
11.11.2016 | 10:05-10:20 | {{r:Сим Хак Бом}} | {{r:Тон Чер Хо}}, bed 4 | employer | {{p:Орлова}}
11.11.2016 | 10:05-10:20 | {{p:Светлана Ли}} | bed 4 | interpreter | {{p:Орлова}}
12.11.2016 | 15:30-15:35 | {{p:Захаров И.П.}} | bed 4 | employer (HR) | {{p:Бойко}}
13.11.2016 | 09:40-10:30 | {{p:Ким Ён Нам}} | bed 4 | "brother" | {{p:Бойко}}
14.11.2016 | 10:00-10:05 | {{r:Сим Хак Бом}} | bed 4 | employer | {{p:Орлова}}
14.11.2016 | 16:00-16:45 | отец {{p:Николай}} | beds 2, 4, 6 | chaplain | {{p:Орлова}}

Remark by the senior nurse, 13.11: The "brother" has a different surname from the patient. Visitor admitted after the patient nodded. Visitor gave the patient a telephone, which the nurse {{p:Бойко}} returned to {{r:Сима}} on 14.11 at his request. {{p:Н. Орлова}}

Translator's notes:
- "{{r:Тон Чер Хо}}" = {{r:Tong Chol-ho}}, our witness. In {{u:South Korea}} he now writes his name {{r:Dong Cheol-ho}}.
- "{{r:Сим Хак Бом}}" = {{r:Sim Hak-bom}}, the brigade leader. "{{r:Сима}}" is the same name in the genitive.
- The interpreter "{{p:Светлана Ли}}" is a Russian Korean. The Korean surname Ли is read as Ri or Lee.
- "отец {{p:Николай}}" means "Father {{p:Nikolai}}", the hospital chaplain. The word отец on its own only means father.

Witness's notes ({{r:Chol-ho}}, 2019):
"The 'brother' was {{p:Kim Yong-nam}} from my room. He lied to the nurse so he could bring me a phone to call my wife. {{r:Hak-bom}} found out and took it away the next day. The nurse {{p:Natalya}}, {{p:Орлова}}, was kind. {{r:Sim}} told the Russians I fell because I drank. I did not drink; the scaffold board broke."
""",
    },
    {
        "id": "h70-en-14",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jo Chang-ho", "조창호", "witness", ["Chang-ho", "Cho Chang-ho"]),
            ("Jo Mi-ran", "조미란", "relative", ["Mi-ran"]),
            ("Priya Shah", "프리야 샤", "other", []),
        ],
        "note": "Optometry record from a New Malden practice for a former welder at a Polish shipyard, forwarded to the NGO for an injury claim; patient's surname Jo/Cho, dispensing optician surnamed Ha beside the interjection, interpreter surnamed Moon beside the word moon, NHS and hospital as public.",
        "text": """OPTOMETRY RECORD - sight test and referral (copy supplied with patient's written consent)
Practice: High Street opticians, {{u:New Malden}}, {{u:Royal Borough of Kingston upon Thames}}
Patient: Mr {{r:JO Chang-ho}} (GP record: "{{r:CHO Chang Ho}}")    DOB: 1976
Accompanied by: wife, Mrs {{r:Jo Mi-ran}}; interpreter Ms {{p:Jin Moon}} (volunteer)
Optometrist: {{r:Priya Shah}}, MCOptom
Date: 8 January 2024. {{u:NHS}} sight test (eligible - income support)

History and symptoms:
Blurred distance vision R>L for 2 yrs, glare and "sand in the eyes" at night; says the moon looks "like two moons". Occupation history (via Ms {{p:Moon}}): arc welder 2014-2018 at a shipyard in {{u:Gdynia}}, {{u:Poland}}, sent by a North Korean company. States no welding visor for first year; "we used sunglasses". Wife reports he rubs his eyes at night. No diabetes. Father had "eye problem", no details.

Findings:
VA unaided R 6/24, L 6/12. Pinhole R 6/12, L 6/9. Bilateral pinguecula; early posterior subcapsular changes R>L. Fundus: no abnormality detected. IOP normal.

Plan:
1. Referral to eye clinic, {{u:Kingston Hospital}}, for cataract assessment (routine).
2. Spectacles: voucher issued; dispensed by {{p:Tom Ha}}, dispensing optician. Frames chosen by {{r:Mi-ran}}.
3. Letter to GP, Dr {{p:Eleanor Hughes}}.
4. Patient asked for a copy for "the organisation helping with the Polish case" - given.

Note added by {{p:T. Ha}}: Ha - he laughed when he saw the new glasses and said he can read his son's school letters now. Son is {{p:Jo Min-jun}}, age 11.
{{r:P. Shah}}

[NGO covering note: {{r:Chang-ho}} says the welders' brigade leader, {{p:Ri Myong-chol}}, kept the only good visor for himself. Co-worker {{p:Kye Song-il}} may be willing to give a statement about the glasses. Forwarded to the solicitor, {{p:Marta Nowak}}, on 15 Jan 2024.]
""",
    },
    {
        "id": "h70-en-15",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yang Chol-gwang", "양철광", "witness", ["Chol-gwang", "Radish"]),
            ("Sok Il-bong", "석일봉", "coworker", ["Bulldozer", "Il-bong"]),
            ("Min Tae-jun", "민태준", "supervisor", ["Tractor"]),
        ],
        "note": "NGO write-up of a New Year arm-wrestling bracket at a logging camp in Amur Oblast, reconstructed from the witness's drawing; nicknames that are ordinary words (Bear, Radish, Bulldozer, Tractor, Kettle) used both as names and as words, a Russian driver with a diminutive, brackets with surnames only.",
        "text": """ARM-WRESTLING BRACKET, NEW YEAR 2015 - logging camp near {{u:Tynda}}, {{u:Amur Oblast}}
(reconstructed from a drawing by {{r:Yang Chol-gwang}}, interview 4, 19 May 2022; nicknames as the men used them)

ROUND 1
{{r:Bulldozer}} ({{r:Sok Il-bong}})   beat   {{p:Kettle}} ({{p:Cho Yong-dae}})
{{p:Bear}} ({{p:Ham Kwang-jin}})      beat   {{r:Radish}} ({{r:Yang Chol-gwang}})
{{r:Tractor}} ({{r:Min Tae-jun}})     beat   {{p:Chu Song-hak}} (no nickname)
{{p:Vitya}} (Russian driver)         beat   {{p:Skinny}} ({{p:Pak Nam-su}})

SEMI-FINALS
{{r:Bulldozer}} beat {{p:Bear}}
{{r:Tractor}} beat {{p:Vitya}} ("{{p:Vitya}} let him win")

FINAL
{{r:Tractor}} beat {{r:Bulldozer}}

Notes from the interview:
- {{r:Chol-gwang}} was called {{r:Radish}} because he came from a farm and was pale. "I lost to {{p:Bear}} in ten seconds. {{p:Ham}} was really as strong as a bear."
- {{r:Tractor}} is the brigade leader, {{r:Min}}. "Nobody wanted to beat {{r:Min Tae-jun}}. {{r:Il-bong}} could have, everybody knew it. In the final {{r:Il-bong}} let go."
- {{p:Vitya}} ({{p:Viktor Shevchuk}}) drove the timber truck and brought vodka for the prize. The prize was one bottle and a tin of stewed meat.
- {{p:Kettle}} got his nickname because he boiled water for the whole brigade every morning; the camp kettle itself was a bucket on the stove.
- A bulldozer and a tractor really worked at the camp; the bulldozer driver was a Russian, {{p:Sanych}}.
- After New Year {{r:Tractor}} sent {{r:Bulldozer}} to the furthest cutting area for three weeks. {{r:Chol-gwang}} believes it was punishment for almost winning.
- {{p:Skinny}} ({{p:Pak Nam-su}}) died in a felling accident in March 2016 (see testimony T-088).
""",
    },
    {
        "id": "h70-en-16",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Yun Song-chol", "윤성철", "witness", ["Song-chol", "Yoon Song-chol"]),
            ("Maricel Bautista", "마리셀 바우티스타", "other", ["Maricel"]),
        ],
        "note": "Kuwait shelter's amnesty application tracker with Filipino, Sri Lankan, Ethiopian and one North Korean applicant; caseworker initials, Arabic sponsor names, a broker known by a nickname, the ministry and embassies as public, the North Korean's surname Yun/Yoon; mixed CRLF and LF.",
        "text": """AMNESTY 2024 - APPLICATION TRACKER (shelter internal; do not forward)
Amnesty period announced by the {{u:Ministry of Interior}}, {{u:Kuwait}}, 17 March - 17 June 2024
Caseworkers: {{r:Maricel Bautista}} ({{r:MB}}), {{p:Anoma Perera}} ({{p:AP}})

# | Applicant | Nationality | Sponsor / last employer | Status | CW
1 | {{p:Rowena Dela Paz}} | Filipino | {{p:Abdullah Al-Enezi}} | exit stamp done 02/04 | {{r:MB}}
2 | {{p:Kumari Wijesinghe}} | Sri Lankan | Mrs {{p:Al-Rashidi}} | absconding case cleared; ticket 11/04 | {{p:AP}}
3 | {{p:Tigist Alemu}} | Ethiopian | unknown | waiting for embassy travel document | {{r:MB}}
4 | {{r:YUN SONG CHOL}} | "Korean" | none (visa expired 2019) | see note | {{r:MB}}
5 | {{p:Jennalyn Soriano}} | Filipino | {{p:Fahad Al-Ajmi}} | done 28/03 | {{p:AP}}

Note on no. 4 ({{r:Maricel}}, 09/04):
Mr {{r:Yun}} came to the shelter on 5 April with a Nepali friend, {{p:Ram Bahadur}}. He was a construction worker with a North Korean company in {{u:Kuwait}} until 2019; when the others were sent home he ran away and has lived without papers, doing painting jobs for a broker called "{{p:Chacha}}". His passport is expired and held by nobody. The {{u:Embassy of the Republic of Korea}} in {{u:Kuwait}} said on the phone that they need to interview him first. Mr {{r:Yoon}} (spelling used by the embassy) is afraid to go to the immigration office because he thinks the North Korean side will be told.
Follow-up 16/04 ({{r:MB}}): Embassy officer Mr {{p:Baek}} interviewed {{r:Song-chol}} at the shelter, with {{p:Anoma}} present. Travel certificate in process. {{p:Ram Bahadur}} brought his bag from the room in {{u:Mahboula}}.
Follow-up 02/05 ({{r:MB}}): Exit cleared. {{r:Yun Song-chol}} flew to {{u:Incheon}} on 30/04. He asked us to thank {{p:Ram}} and "Ate {{r:Maricel}}".
""",
    },
    {
        "id": "h70-en-17",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Chon Yong-su", "전영수", "witness", ["Yong-su", "Jeon Young-soo"]),
            ("Ko Myong-hwan", "고명환", "supervisor", ["Myong-hwan"]),
        ],
        "note": "Monthly full-body harness inspection register from a Dubai tower site; harness numbers assigned to named workers, names in capitals and in given-name-first order, an OCR-garbled surname, the inspector's initials, Nepali and Pakistani riggers, a fullwidth name; CRLF.",
        "text": """FULL BODY HARNESS - MONTHLY INSPECTION REGISTER
Site: 32-storey residential tower, {{u:Jumeirah Village Circle}}, {{u:Dubai}}
Approved by: {{u:Dubai Municipality}} permit holder (main contractor)
Inspector: {{p:Imran Qureshi}} (competent person)
Month: October 2017

Harness No. | Issued to | Trade | Webbing | Buckles | Lanyard | Result | Sign
H-101 | {{r:CHON YONG SU}}     | formwork  | OK | OK | frayed | REPLACE LANYARD | {{p:I.Q.}}
H-102 | {{p:Yong Il Ri}}       | formwork  | OK | OK | OK | PASS | {{p:I.Q.}}
H-103 | {{p:KIRN SONG HUN}}    | formwork  | cut 2 cm | OK | OK | REJECT | {{p:I.Q.}}
H-104 | {{r:KO MYONG HWAN}}    | foreman   | OK | OK | OK | PASS | {{p:I.Q.}}
H-105 | {{p:ＲＩ ＰＹＯＮＧ ＧＩ}} | formwork  | - | - | - | NOT PRESENTED | -
H-110 | {{p:Bishnu Thapa}}     | rigger    | OK | OK | OK | PASS | {{p:I.Q.}}
H-111 | {{p:Asif Mehmood}}     | rigger    | OK | rusted | OK | REJECT | {{p:I.Q.}}

Inspector's remarks:
H-103 rejected and tagged red; foreman {{r:Ko}} took it back and said it will be "repaired". H-105 not presented; foreman says {{p:Ri}} "is sick". I saw H-105 in use on level 27 on 19/10 by a worker I could not identify. Korean team has 14 workers and 9 harnesses. Reported to HSE manager, Ms {{p:Farah}}.
{{p:I. Qureshi}}

[NGO note, 2021: register photographed by {{r:Chon Yong-su}} (in {{u:Seoul}} documents {{r:Jeon Young-soo}}). Names as read by {{r:Yong-su}}: "{{p:KIRN SONG HUN}}" is a misprint of {{p:Kim Song-hun}}; "{{p:Yong Il Ri}}" is {{p:Ri Yong-il}}, written given name first by the site office. {{r:Yong-su}} says {{r:Myong-hwan}} "repaired" H-103 with tape and gave it back to {{p:Song-hun}}. The worker on level 27 was {{p:Pyong-gi}}'s replacement, a newcomer named {{p:Kang}}.]
""",
    },
    {
        "id": "h70-en-18",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Yong-sik", "김영식", "supervisor", ["Ким Ен Сик", "Yong-sik"]),
            ("Nam Kwang-chol", "남광철", "witness", ["Kwang-chol"]),
            (
                "Sergei Bortnikov",
                "세르게이 보르트니코프",
                "official",
                ["Бортников", "Sergei Nikolaevich"],
            ),
        ],
        "note": "NGO translation of a Russian forest guard's patrol report on illegal felling by a North Korean logging brigade; Cyrillic names with initials and case endings, a Russian lessee's director, brigade leader in Russian spelling, witness's comments, federal agency and region as public.",
        "text": """[Translation from Russian. Source: photocopy obtained by the witness {{r:Nam Kwang-chol}} from a Russian driver in 2016.]

PATROL REPORT No. 37
Forestry district: {{u:Tyndinsky District}}, {{u:Amur Oblast}}
Date of patrol: 14 February 2016
Compiled by: state forest inspector {{r:S. N. Bortnikov}}
Accompanied by: forest guard {{p:A. V. Kuzmin}}, driver {{p:Lyokha}} (not an official)

1. In quarter 112, section 9, a felling of about 0.8 ha outside the boundary of the felling ticket was found. Stumps fresh. About 40 m3 of larch at the roadside.
2. At the site were 11 citizens of the {{u:DPRK}}. Their leader presented himself as {{r:Ким Ен Сик}} and showed a copy of a contract with the lessee. He did not speak Russian; the translation was done by one of the workers, {{r:Нам}} (first name not given).
3. The lessee is represented by the director, {{p:Gorbunov V. I.}}, who arrived at 15:40. {{p:Горбунов}} stated that the boundary marks "were moved by snow". He asked to "settle it here". The inspector refused.
4. A record of the violation was drawn up. Photographs 1-14 attached. Copy handed to {{p:Горбунову}} and to {{r:Киму}}.
5. Materials to be sent to the {{u:Federal Forestry Agency}} regional department and the police.
{{r:Бортников}} / {{p:Кузьмин}}

Witness's comments ({{r:Nam Kwang-chol}}, {{u:Seoul}}, 12 August 2019):
"I translated because I knew some Russian from school. {{r:Yong-sik}} told me to say that we only cut what we were told. It was true - {{p:Gorbunov}} showed {{r:Kim}} where to cut the day before. The inspector, {{r:Sergei Nikolaevich}}, was young and angry. The driver {{p:Lyokha}} laughed and said: this one does not take money. After the report {{r:Kim Yong-sik}} said that I translated badly on purpose, and I was not allowed to speak to Russians again. {{p:Yun Chol}} and {{p:Kang Song-bok}} from my group were also there; {{p:Song-bok}} took the photo of the report from the cab when {{p:Lyokha}} was asleep."
""",
    },
    {
        "id": "h70-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Chon Myong-su", "전명수", "coworker", ["명수"]),
            ("Ri Sun-nyo", "리순녀", "relative", ["이순녀", "순녀"]),
            ("Chon Hyok", "전혁", "relative", ["혁"]),
        ],
        "note": "Columbarium enshrinement register extract near the DMZ with notes by the NGO; deceased former Kuwait construction worker, wife's surname written 리 and 이, son's one-syllable given name 혁, 전 as surname beside the word 전 (before), fellow workers in the notes, Imjingak and Paju as public places.",
        "text": """○○추모공원 봉안당 안치 대장 (발췌)
소재지: {{u:경기도}} {{u:파주시}}
※ 아래는 유족 {{r:리순녀}} 님의 동의를 받아 단체가 옮겨 적은 것임.

안치번호 | 고인 성명 | 생년 | 사망일 | 안치일 | 신청인(관계) | 비고
B-3-117 | {{r:전명수}} | 1968 | 2022. 11. 3. | 2022. 11. 7. | {{r:이순녀}}(처) | 북향 칸 희망
B-3-118 | {{p:최경자}} | 1941 | 2022. 11. 5. | 2022. 11. 9. | {{p:박재훈}}(자) |
B-3-121 | {{p:한기섭}} | 1955 | 2022. 11. 20. | 2022. 11. 24. | {{p:한미정}}(녀) | 임시 안치

관리인 메모 (B-3-117):
신청인 {{r:이순녀}} 씨는 주민등록상 성이 "이"이나 본인은 "{{r:리순녀}}"로 불러 달라고 함. 아들 {{r:전혁}}(32) 동행. 고인이 생전에 "고향 쪽을 보게 해 달라"고 했다 하여 북쪽 창가 칸으로 배정함. 담당 {{p:윤기석}}.

단체 메모 (상담 기록 요약):
{{r:전명수}} 씨는 2008년부터 {{u:쿠웨이트}} 건설 현장에 파견되었다가 2013년 현장을 이탈하여 2015년 입국하였다. 돌아가시기 전 우리 단체에서 두 차례 증언하였고, 함께 일한 {{p:염철진}}, {{p:탁영호}}의 이름을 여러 번 말하였다. {{r:명수}} 씨는 "{{p:영호}}가 나 대신 맞았다"고 기억하였다.
부인 {{r:순녀}} 씨는 2016년 {{u:중국}}을 거쳐 입국하였다. 아들 {{r:혁}}이는 처음에 아버지 이야기를 꺼리다가 장례 뒤 연락해 왔다. {{r:혁}}이 말로는 아버지가 죽기 전에 "{{u:임진각}}에 한 번 더 가자"고 했다고 한다.
{{r:전혁}} 씨는 봉안 전에 아버지 증언 기록을 받아 볼 수 있는지 물었다. 담당 {{p:서민아}} 간사가 안내함. 안치 예식은 {{p:조병철}} 목사가 맡았다.
""",
    },
    {
        "id": "h70-ko-02",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Do Kyong-nam", "도경남", "other", []),
            ("Ho Chun-sil", "허춘실", "witness", ["춘실"]),
            ("Ri Chang-gil", "리창길", "witness", ["이창길", "창길"]),
        ],
        "note": "Credit union loan committee minutes for resettled members who had worked abroad; committee member surnamed 도 beside the particle 도, applicants as former seafood-plant and Russian construction workers, a guarantor, bare surnames with titles, Shinhyup and a foundation as public.",
        "text": """{{u:신협}} ○○지점 대출심사위원회 회의록 (제24-11차)

일시: 2024. 6. 12.(수) 16:00
장소: 2층 회의실
참석: 위원장 {{p:권혁준}}, 위원 {{r:도경남}}, 위원 {{p:마승희}}, 여신담당 {{p:남궁현}} (간사)

안건 1. 조합원 {{r:허춘실}} 소액 생활자금 대출 (300만 원)
- 여신담당 보고: 신청인은 2019년 입국한 북한이탈주민으로, {{u:중국}} {{u:훈춘}} 수산물 가공공장에서 4년간 일한 경력이 있음. 현재 김치 공장 생산직. 보증인 없음. {{u:남북하나재단}} 취업장려금 수령 이력 있음.
- {{r:도}} 위원: 소득은 적지만 연체 기록이 없다. 본 위원도 면담했는데, {{r:허춘실}} 조합원은 공장에서 받지 못한 임금 이야기를 하며 울었다. 생활자금 목적도 분명하다.
- {{p:마}} 위원: 금액을 200으로 낮추는 것도 검토하자.
- 결정: 원안 가결 (300만 원, 24개월).

안건 2. 조합원 {{r:리창길}} 사업자금 대출 (1,500만 원)
- 신청서상 성명은 {{r:이창길}}이나 본인은 "{{r:리창길}}"로 적어 달라고 요청함.
- 여신담당 보고: {{u:러시아}} {{u:블라디보스토크}} 건설 현장 경력 6년. 현재 인테리어 일용직. 1톤 트럭 구입 목적. 보증인 {{p:표상민}}(전 직장 동료, {{u:남한}} 출신).
- {{p:권혁준}} 위원장: {{p:표상민}} 씨 재직 증명이 없다. 보증도 약하다.
- {{r:도경남}} 위원: {{r:창길}} 씨가 {{u:러시아}}에서 벽돌을 쌓았다는데 기술은 확실하다. 트럭이 있어야 일도 받는다.
- 결정: 보류. 보증 보완 후 재심사. 담당 {{p:남궁현}}.

기타: {{r:춘실}} 씨가 추천한 조합원 {{p:장옥분}} 씨(같은 공장 출신) 신규 가입 상담 예정.

위원장 {{p:권혁준}} (서명)  간사 {{p:남궁현}} (서명)
""",
    },
    {
        "id": "h70-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Bang Sol-mi", "방솔미", "witness", ["솔미"]),
            ("Ju Tae-gyun", "주태균", "other", ["주"]),
        ],
        "note": "Prosecutor's disposition notice to the victim of a broker fraud, with the victim's handwritten notes; suspects by full name and surname with 씨, the surname 방 beside the word 방 (room), the surname 주 beside 주 (week), a co-victim, the prosecutor and investigator as private, prosecutors' office and police as public.",
        "text": """{{u:서울남부지방검찰청}}
사건처분결과 통지서

수신: {{r:방솔미}} 귀하
사건번호: 2024형제○○○○○호
피의자: 1. {{r:주태균}}  2. {{p:곽은지}}
죄명: 사기

위 사건에 관하여 다음과 같이 처분하였음을 알려드립니다.
- 피의자 {{r:주태균}}: 구공판 (2024. 9. 30.)
- 피의자 {{p:곽은지}}: 혐의없음(증거불충분) (2024. 9. 30.)

불기소 처분에 불복이 있을 경우 통지를 받은 날부터 30일 이내에 {{u:서울고등검찰청}}에 항고할 수 있습니다.

검사 {{p:여민석}}
(문의: 수사관 {{p:차유진}})

----- 피해자 메모 (통지서 뒷면, 본인 필체를 단체가 옮김) -----
{{r:주태균}}이는 "{{u:중국}}에 있는 네 동생을 데려와 주겠다"며 두 번에 걸쳐 1,200만 원을 받아 갔다. 나를 소개한 건 {{p:곽은지}} 언니였는데, {{p:은지}} 언니도 돈을 떼였다고 한다. 검사는 언니를 믿어 준 것 같다.
{{r:주}} 사장이 보여 준 사진 속 방은 {{u:단둥}}의 공장 기숙사 방이었다. 내가 {{u:중국}} 수산 공장에 있을 때 지내던 방과 똑같았다. 동생 {{p:방솔희}}는 아직 그 공장에 있다.
같이 당한 {{p:설미향}} 씨는 고소를 안 하겠다고 한다. {{p:미향}} 씨는 {{r:주}} 사장이 {{u:북한}} 쪽 사람을 안다고 해서 무서워한다.
다음 주 월요일에 단체 {{p:황보경}} 선생님과 {{u:대한법률구조공단}}에 가기로 함. — {{r:솔미}}
""",
    },
    {
        "id": "h70-ko-04",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ri Chang-gil", "리창길", "witness", ["창길", "리"]),
            ("Ok Song-hui", "옥성희", "relative", ["성희"]),
        ],
        "note": "One-ton truck driver's dispatch logbook kept by a former Russian construction worker; customers by surname and title, given names with 이 and 네, a dispatch-app nickname, the surname 옥 beside the word 옥 (jade), an old brigade mate met by chance, place names as public; CRLF.",
        "text": """2024년 용달 배차 일지 ({{r:리창길}})
차량: 1톤 카고 / 콜: 화물 앱 + 단골

날짜 | 출발 → 도착 | 의뢰인 | 금액 | 메모
7/1 | {{u:부천}} → {{u:인천}} {{u:남동구}} | 인테리어 {{p:민}} 실장 | 12만 | 타일 60박스. 하차 도움 없음
7/2 | {{u:부천}} 내 이사 | {{p:곽순자}} 할머니 | 8만 | 원룸. 손녀 {{p:다은}}이가 짐 정리
7/3 | {{u:시흥}} → {{u:안산}} | 앱 닉네임 "{{p:옥수수아빠}}" | 9만 | 냉장고 1. 욕설함. 차단
7/5 | {{u:부천}} → {{u:김포}} | 단골 {{p:변}} 사장 | 15만 | 합판. 다음 주 또
7/6 | 휴무 | - | - | 처 {{r:성희}} 병원 동행
7/8 | {{u:인천}} → {{u:부천}} | {{p:영자}}네 반찬가게 | 5만 | 냉동고. {{p:영자}} 아줌마가 떡 줌
7/9 | {{u:안산}} → {{u:시흥}} | {{p:최광식}} | 10만 | ※ 아래 메모

7/9 메모:
{{u:안산}} {{u:원곡동}}에서 짐 실어 준 사람이 {{u:블라디보스토크}} 현장에서 같이 미장하던 {{p:최광식}}이었다. 8년 만이다. {{p:광식}}이는 2019년에 나왔다고 함. 우리 작업반장 {{p:어}}반장은 소환돼서 들어갔다고 들었다 한다. {{p:광식}}이가 "{{r:창길}}이 형 살아 있었네" 하며 울었다. 같이 있던 {{p:황용남}} 소식은 모른다고.
{{p:광식}}이 전화번호 010-****-**** 받음. {{r:성희}}한테 말하니 다음 주에 집으로 부르자고 함.

7/10 메모:
{{r:옥성희}}(처) 옥반지 수선 맡김. 앱에서 "{{r:리}} 기사님 친절해요" 후기 3개. {{p:변}} 사장님이 {{r:리}} 기사 대신 아들 {{p:변준호}}를 보내겠다 함.
""",
    },
    {
        "id": "h70-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Ok-hwa", "김옥화", "witness", ["옥화"]),
            ("Kim Jong-nam", "김정남", "relative", []),
        ],
        "note": "Hospital diet order slips for a ward, with a dietitian's notes on a former garment-factory worker with tuberculosis; patients and staff names in a table, the patient's brother sharing a name with a well-known person but private here, given names with particles, a caregiver, the hospital and city as public.",
        "text": """{{u:국립중앙의료원}} 영양팀 - 병동 식이 처방 전표 (7병동, 2023. 3. 14. 중식)

병실 | 환자명 | 식이 | 비고 | 처방의
701-1 | {{p:노정숙}} | 당뇨식 1800 | 김치 제외 | {{p:편승우}}
701-2 | {{r:김옥화}} | 고단백 고열량식 | 결핵 격리, 1회용 식기 | {{p:편승우}}
701-3 | {{p:이하나}} | 연식 | 수술 후 2일 | {{p:국세라}}
702-1 | {{p:공덕수}} | 일반식 | 보호자식 1 추가 | {{p:국세라}}
702-2 | {{p:안하영}} | 금식 | 검사 대기 | {{p:국세라}}

영양사 메모 (701-2 {{r:김옥화}}):
- 체중 38kg. {{u:중국}} {{u:단둥}} 봉제 공장에서 5년 일하다 작년 탈출했다고 함. 공장에서는 "하루 두 끼, 옥수수밥"이었다고.
- 환자가 "입맛이 없다"며 병원 밥을 거의 남김. 통역 없이 대화 가능하나 {{u:북한}} 말씨가 강해 간병인 {{p:하순례}} 씨가 중간에서 도와줌.
- 면회 온 오빠 {{r:김정남}} 씨가 누룽지를 싸 와도 되는지 물음 → 주치의 {{p:편승우}} 선생님 허락 후 가능.
- {{r:옥화}} 씨 말로는 공장 동료 {{p:송미}}와 {{p:춘심}}이도 기침을 오래 했다고 함. 같은 방을 쓴 {{p:춘심}}이는 귀국했다고. 보건소 역학조사팀({{p:표윤희}} 주무관)에 접촉자 정보로 전달함.
- 다음 주부터 고열량 간식 추가. 담당 영양사 {{p:하나경}}.

※ {{r:김정남}} 씨는 동생 {{r:옥화}}가 "이제 하나도 안 아프다"고 말하지만 밤마다 기침한다고 함.
""",
    },
    {
        "id": "h70-ko-06",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Hyon Chol-bom", "현철범", "witness", ["철범"]),
            ("Hyon Kum-sun", "현금순", "relative", ["금순"]),
        ],
        "note": "Print-shop job book with orders for business cards, a missing-person flyer, a funeral portrait and a church bulletin; customers by name, surname and title, names printed on the jobs, the surname 현 beside 현수막 (banner), a given name 금순 beside 현금 (cash), English name on a business card.",
        "text": """○○인쇄 작업 대장 — 2023년 10월 ({{u:인천}} {{u:남동구}})

접수 | 주문자 | 작업 내용 | 수량 | 금액 | 결제
10/2 | {{p:양}} 목사님 (교회) | 주보 10/8자 | 200 | 6만 | 현금
10/4 | {{r:현철범}} | 전단지 "사람을 찾습니다" A4 컬러 | 500 | 7만 | 현금
10/4 | {{r:현철범}} | 현수막 90×300 "{{r:현금순}}을 찾습니다" | 1 | 4만 | 현금
10/6 | ○○통일센터 {{p:노은솔}} | 명함 {{p:노은솔}} / {{p:Eunsol Noh}} | 200 | 2만 | 카드
10/10 | {{p:문영재}} | 영정 사진 확대 (고 {{p:문태호}}) | 1 | 3만 | 카드
10/12 | 디자이너 {{p:한결}} | 외주 시안 3종 | - | 정산 | 월말

10/4 전단지 원고 (주문자가 손으로 쓴 것을 그대로 조판):
사람을 찾습니다
이름: {{r:현금순}} (1984년생, 여)
2016~2019년 {{u:중국}} {{u:훈춘}} 수산물 공장에서 일함. 키 158, 왼쪽 눈썹 위 흉터.
찾는 사람: 오빠 {{r:현철범}} (010-****-****)
"{{r:금순}}아, 오빠가 {{u:한국}}에 있다. 이 전단을 보면 연락해라."

사장 메모:
- {{r:현철범}} 씨가 동생 {{r:금순}}이 사진을 가져왔는데 너무 흐려서 {{p:한결}}이한테 보정 부탁함. 보정비는 안 받기로.
- {{r:철범}} 씨 말이 같은 공장에 있던 {{p:남옥경}}이라는 여자가 {{u:서울}}에 산다고, 그 사람 통해 {{u:훈춘}} 쪽에 전단을 보내 본다고.
- 현수막은 철거 전에 구청 허가 받으라고 안내함. 현금 결제.
- {{p:양}} 목사님이 주보 광고란에 "{{r:현금순}} 자매를 위해 기도합시다" 넣어도 되는지 {{r:현철범}} 씨한테 물어봐 달라고 하심 → 10/5 통화, 괜찮다고 함.
""",
    },
    {
        "id": "h70-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yon Hye-suk", "연혜숙", "witness", ["혜숙"]),
            ("Chu Yong-il", "추영일", "relative", ["영일"]),
        ],
        "note": "Community-centre petition intake book with civil-service staff and residents, a resettled former Polish shipyard welder's wife applying for benefits; staff surnames 연 and 추 beside the words 연 (year) and 추 (autumn), names with 씨, 님 and particles, Polish shipyard city and ministry as public.",
        "text": """{{u:노원구}} ○○동 행정복지센터 민원 접수부 (2024. 2. 19.)

번호 | 민원인 | 민원 | 담당 | 처리
01 | {{p:석동훈}} | 전입신고 | {{p:구민지}} | 완료
02 | {{r:연혜숙}} | 기초생활수급 신청(생계·의료), 긴급복지 상담 | {{p:배은혜}} | 접수, 현장 조사 예정
03 | {{p:길순례}} | 등본 발급 | {{p:구민지}} | 완료
04 | {{p:왕재석}} | 주차 민원 | {{p:도하늘}} | 구청 이첩
05 | {{r:연혜숙}} | 장애인 등록 문의(남편 {{r:추영일}}) | {{p:배은혜}} | 안내

02번 상담 메모 (담당 {{p:배은혜}}):
민원인 {{r:연혜숙}} 씨는 2018년 입국한 북한이탈주민. 남편 {{r:추영일}} 씨는 2014~2017년 {{u:폴란드}} {{u:그단스크}} 조선소에 용접공으로 파견되었다가 귀국 후 탈북함. 현재 허리 부상과 시력 저하로 일을 못 함.
{{r:혜숙}} 씨 본인은 식당 주방 일을 하다 작년 가을 손목을 다쳐 그만둠. 올해 추석 이후 수입 없음. 딸 {{p:추은별}}(중2).
{{r:혜숙}} 씨 말: "우리 아바이는 {{u:폴란드}}에서 돈 한 푼 못 받았어요. 반장 {{p:맹}}가가 다 가져갔지."
→ 남편 장애 등록은 {{u:국민연금공단}} 심사 필요. 서류 목록 드림. 동 주민센터 복지 담당 {{p:연소영}} 주무관과 연계.
→ 긴급복지는 {{p:도하늘}} 주무관과 협의 후 1년 연장 가능 여부 확인.
→ 민원인이 {{u:통일부}} 지정 하나센터 담당 {{p:성다은}} 선생님 연락처를 줌.
""",
    },
    {
        "id": "h70-ko-08",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Kim Yu-jong", "김유정", "witness", ["유정"]),
            ("Kye Pom", "계봄", "witness", ["봄"]),
            ("Sol Ha-ryong", "설하령", "other", ["하령"]),
        ],
        "note": "Shelter outing and overnight request slips for women who left overseas restaurants and factories; a resident named 봄 beside the word 봄 (spring), a staff member surnamed 설 beside 설 (New Year), companions and relatives by name, nickname 언니, places as public; mixed CRLF and LF.",
        "text": """○○쉼터 외출·외박 신청서 묶음 (2024년 3월) — 생활지도 {{r:설하령}}

[1] 신청인: {{r:김유정}} (203호)
구분: 외박 1박 / 3. 9.(토) ~ 3. 10.(일)
행선지: {{u:경기도}} {{u:안성}} — 언니 {{p:김유란}} 집
동행: 없음 / 귀소 예정: 일 18:00
사유: 언니 생일. {{u:중국}}에서 헤어진 뒤 처음 만남.
승인: {{r:하령}} (서명)

[2] 신청인: {{r:계봄}} (205호)
구분: 외출 / 3. 16.(토) 10:00 ~ 17:00
행선지: {{u:서울}} {{u:대림동}}
동행: {{p:장은실}} (같은 식당에서 일했던 언니, 현재 {{u:부천}} 거주)
사유: 봄옷 구입, 식당 동료 {{p:송이}} 소식 듣기
승인 보류 — 메모: {{u:대림동}}에 {{u:북한}} 식당 관계자가 드나든다는 말이 있음. {{r:봄}} 씨와 상담 후 결정. ({{r:설}})
→ 3. 14. 상담: {{r:봄}}이는 "{{p:은실}} 언니가 {{p:송이}}가 {{u:캄보디아}}에서 잡혀갔다는 말을 들었다"며 꼭 가야 한다고 함. 장소를 {{u:부천}} 카페로 바꾸는 조건으로 승인. {{r:하령}}

[3] 신청인: {{r:김유정}}
구분: 외출 / 3. 23.(토)
행선지: 병원 (치과) / 동행: 자원봉사자 {{p:나혜린}}
승인: {{r:설하령}}

[4] 신청인: {{p:옥순}} (201호)
구분: 외박 / 설 연휴 때 못 간 고향 모임 ({{u:충주}})
동행: {{p:옥순}}이 남편 될 사람 {{p:박준형}}
승인 불가 — 입소 3개월 미만. ({{r:설}})

비고: 관장 {{p:권미숙}} 확인. {{r:유정}}이 언니 {{p:유란}} 씨가 "동생을 데려가도 되냐"고 전화함 → 퇴소 절차 안내.
""",
    },
    {
        "id": "h70-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Chu Yong-il", "추영일", "witness", ["영일"]),
            ("Maeng Hak-chol", "맹학철", "supervisor", ["맹"]),
        ],
        "note": "Doctor's opinion for a disability assessment of a former logging and shipyard worker with finger amputations; patient's account of the accidents with the brigade leader and co-workers, the Russian doctor who treated him, the pension service and places as public, surname-only references with 반장 and 동무.",
        "text": """장애정도 심사용 진단서 및 소견서

환자 성명: {{r:추영일}}   성별: 남   생년: 1971
진단명: 1. 우측 제2·3수지 근위지절 이하 절단 상태  2. 요추 추간판 탈출증(L4-5)  3. 양안 시력 저하
발병(受傷) 일자: 2009년경(수지), 2016년경(요추) — 환자 진술

병력(환자 진술 요약):
환자는 2006~2011년 {{u:러시아}} {{u:하바롭스크주}} 벌목장에서 일하였고, 2009년 겨울 톱날 사고로 오른손 검지와 중지를 잃었다고 함. 당시 작업반장 {{r:맹학철}}이 "일을 더 하면 낫는다"며 병원에 보내지 않아 동료 {{p:탁명수}}가 헝겊으로 싸매 주었고, 사흘 뒤 {{u:러시아}} 운전수 {{p:Андрей}}가 읍내 병원에 데려가 절단 수술을 받았다 함. 수술한 {{u:러시아}} 의사 이름은 "{{p:Петрова}}"로 기억함.
이후 2014~2017년 {{u:폴란드}} 조선소 용접공으로 다시 파견됨. 2016년 철판 운반 중 허리를 다쳤으나 "{{r:맹}} 반장이 또 반장이었다"고 하며 치료를 받지 못했다고 진술함. 같은 작업반 {{p:변광호}} 동무가 파스를 구해 주었다고.

현재 상태:
우수 파악력 현저히 저하(악력 우 9kg / 좌 31kg). 요추 MRI상 L4-5 탈출, 좌측 하지 방사통.
보호자: 처 {{p:연혜숙}}.

의견:
상기 환자는 우수 2개 수지 절단으로 「{{u:장애인복지법}}」 상 지체장애 해당 여부에 대한 심사가 필요하다고 판단됨. 요추 질환은 6개월 이상 치료 후 재평가 권함.

발행일: 2024. 3. 4.
의료기관: {{u:서울의료원}} 재활의학과
전문의: {{p:국동현}} (인)

※ {{u:국민연금공단}} 제출용. 환자가 "{{r:영일}}이 손가락 얘기는 다 맞게 썼냐"고 두 번 확인함. 통역 없이 진료함.
""",
    },
    {
        "id": "h70-ko-10",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("So Kwang-hun", "소광훈", "witness", ["광훈"]),
            ("Kal Chol-man", "갈철만", "coworker", ["철만"]),
        ],
        "note": "Application to a district office to hang a person-seeking banner, with the banner wording and the official's review notes; the surname 소 beside the word 소 (cow), a co-worker's name in the banner with vocative 아, Qatar site and district office as public, official and applicant by name and title.",
        "text": """옥외광고물(현수막) 게시 신청서 — 지정 게시대

신청인: {{r:소광훈}}   주소: {{u:인천광역시}} {{u:연수구}} ○○로
게시 기간: 2024. 5. 1. ~ 5. 14. (14일)
게시 장소: ○○사거리 지정 게시대 3번
규격: 90×500cm / 1매
용도: 비영리(사람 찾기)

현수막 문안:
"2015~2018 {{u:카타르}} {{u:도하}} 건설 현장에서 함께 일한 {{r:갈철만}} 동무를 찾습니다. {{r:철만}}아, {{r:광훈}}이다. 연락 바란다. 010-****-****"

담당자 검토 의견 (건축과 광고물팀 {{p:엄태식}}):
- 비영리 목적 확인. 수수료 면제 대상.
- "동무"라는 표현에 대해 팀장님 의견 요청함.
- 팀장 {{p:육정민}}: 개인 간 호칭이므로 문제없음. 다만 전화번호 공개에 대해 신청인 동의 재확인할 것.

신청인 통화 메모 (4. 24., {{p:엄태식}}):
{{r:소광훈}} 씨는 "{{r:철만}}이는 {{u:카타르}}에서 나랑 같은 방을 썼고, 2018년에 먼저 빠져나갔다. 지금 {{u:인천}}에 산다는 말을 {{p:맹순옥}} 아주머니한테 들었다"고 함. 전화번호 공개 동의함.
신청인은 현장에서 다들 자기를 "{{r:소}}"라고 불렀다며 웃음. 소처럼 일만 해서 그랬다고.
추가로 "{{r:갈철만}}이라는 이름이 흔치 않으니 보면 알 것"이라고 함. 같은 방에 있던 {{p:황보석}}, {{p:리용삼}}의 이름도 넣고 싶다 했으나 글자 수 제한으로 제외하기로.

처리: 승인 (4. 25.) / 게시 5. 1. 게시대 관리 위탁업체 {{p:고동원}} 반장 확인.
""",
    },
    {
        "id": "h70-ko-11",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ryom Kyong-hui", "렴경희", "witness", ["염경희", "경희"]),
            ("Mun Chun-ok", "문춘옥", "coworker", ["춘옥"]),
        ],
        "note": "Local festival booth operators list for resettled women selling North Korean street food, with the organiser's notes; booth names containing personal names, surname written 렴/염, given names with 이네 and 언니, a customer who was a former Vladivostok restaurant manager, places and foundation as public.",
        "text": """제5회 ○○구 어울림 축제 — 먹거리 부스 운영자 명단 (최종)
일시: 2023. 10. 14.(토) 11:00~20:00 / 장소: {{u:양천구}} ○○공원 잔디광장
담당: 문화체육과 {{p:채서윤}} 주무관

부스 | 상호(표기명) | 대표자 | 보조 인력 | 메뉴 | 위생교육
A-1 | {{r:경희}}네 두부밥 | {{r:렴경희}} (등록증상 {{r:염경희}}) | {{r:문춘옥}} | 두부밥, 인조고기밥 | 이수
A-2 | 순대 | {{p:곽명선}} | {{p:곽예린}}(딸) | 순대, 농마국수 | 이수
A-3 | 떡볶이 | {{p:노현우}} (지역 청년회) | {{p:노지안}}, {{p:방유나}} | 떡볶이 | 이수
A-4 | 온반 | {{p:함옥련}} | - | 온반 | 미이수 → 당일 교육

운영 메모 ({{p:채서윤}}):
- A-1 상호 "{{r:경희}}네"는 대표자 이름을 딴 것. {{r:경희}} 씨가 "{{u:북한}} 음식이라고 크게 써도 되냐"고 물어 봄 → 가능.
- {{r:경희}} 씨와 {{r:춘옥}} 씨는 {{u:러시아}} {{u:블라디보스토크}}의 식당에서 같이 일했다고 함. 축제 당일 손님 중에 예전 식당 지배인 {{p:리명화}}로 보이는 사람이 왔다며 {{r:춘옥}} 씨가 한동안 부스 뒤에 숨어 있었음. {{r:렴경희}} 씨가 "{{r:춘옥}}이는 놀라서 그런다, 괜찮다"고 함.
- 나중에 확인해 보니 {{p:리명화}}가 아니라 비슷하게 생긴 관광객이었음. {{r:문춘옥}} 씨에게 {{u:남북하나재단}} 심리상담 안내함.
- A-4 {{p:함옥련}} 씨는 {{p:옥련}}이 아줌마로 통함. 위생교육 담당 {{p:윤도}} 강사가 현장 교육.
- 매출: A-1 두부밥 320인분 완판. {{r:경희}}네 부스가 제일 길게 줄 섰음.
""",
    },
    {
        "id": "h70-ko-12",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Paek Yong-ja", "백영자", "other", ["영자"]),
            ("Tak Song-ae", "탁성애", "witness", ["성애"]),
            ("Tak Jin", "탁진", "relative", ["진"]),
        ],
        "note": "Side-dish shop credit book kept by a resettled woman, transcribed by the NGO; customers as household names with 네, nicknames, given names with 이, the surname 탁 and the one-syllable name 진 beside ordinary words (탁자, 진하다), the owner's note on a customer who worked at a Chinese garment factory; CRLF.",
        "text": """{{r:영자}}네 반찬 — 외상 장부 (2023년 11월분)
※ 사장 {{r:백영자}} 님 동의로 단체가 옮겨 적음. 금액 단위: 원

날짜 | 손님 | 품목 | 금액 | 갚음
11/2 | {{p:순희}}네 | 콩나물, 도라지 | 7,000 | 11/10 ○
11/3 | {{r:탁}} 씨 ({{r:탁성애}}) | 가자미식해, 명태순대 | 15,000 |
11/5 | 경비 {{p:강}} 아저씨 | 김치 1kg | 9,000 | 11/5 ○
11/8 | {{p:봉순}}이 엄마 | 잡채 | 6,000 |
11/9 | {{r:성애}} | 두부밥 4 | 8,000 |
11/12 | 통장 {{p:유미경}} 씨 | 명절 전 선주문 | 40,000 | 선금 20,000
11/15 | {{r:진}}이 ({{r:성애}} 아들) | 떡 | 3,000 | 엄마가 갚기로

맨 뒷장 메모 ({{r:백영자}}):
{{r:탁성애}} 씨는 우리 가게 탁자에 앉아서 자주 운다. {{u:중국}} {{u:연길}} 봉제 공장에서 5년 있다 왔는데 거기서 월급을 한 번도 못 받았다고 한다. 공장 조장 {{p:안명옥}}이가 다 챙겼다고. 국물을 진하게 끓여 주면 좋아한다.
아들 {{r:탁진}}이는 {{u:한국}}에 와서 낳은 애라 {{u:북한}} 말을 못 한다. {{r:진}}이가 가게에 오면 엄마 외상값을 자기가 갚겠다고 동전을 세서 놓고 간다.
{{r:성애}} 씨 외상은 안 받아도 그만이다. {{p:순희}} 엄마가 "{{r:영자}} 언니는 장사를 모른다"고 한다.
{{r:성애}}랑 같은 공장 있던 {{p:소연}}이라는 여자가 {{u:인천}}에서 반찬가게 한다고 들음. 다음에 물어볼 것.
""",
    },
    {
        "id": "h70-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Hwang Kum-chol", "황금철", "witness", ["금철", "황"]),
            ("Ri Yong-sam", "리용삼", "coworker", ["용삼", "이용삼"]),
            ("Kyon Sang-uk", "견상욱", "other", ["견"]),
        ],
        "note": "Day-labour office dispatch book with site names and workers by surname, nickname and full name; two former Qatar construction workers, nicknames 곰 and 영감 beside the ordinary words, the surname 견, the office head's notes, places as public.",
        "text": """○○인력 출역 장부 — 2024. 1. 15.(월)
사무실: {{u:경기도}} {{u:시흥시}} {{u:정왕동}}

번호 | 이름 | 현장 | 직종 | 일당 | 수수료 | 비고
1 | {{r:황금철}} | {{u:송도}} 오피스텔 | 형틀 | 200,000 | 20,000 |
2 | {{r:리용삼}} | {{u:송도}} 오피스텔 | 형틀 | 200,000 | 20,000 | {{r:황}} 씨 추천
3 | {{p:곰}} ({{p:구본식}}) | 물류창고 | 잡부 | 150,000 | 15,000 |
4 | {{p:영감}} ({{p:채영만}}) | 물류창고 | 잡부 | 140,000 | 14,000 | 허리 아프다 함
5 | {{p:알리}} (우즈벡) | 철거 | 잡부 | 150,000 | 15,000 |
6 | {{p:Nguyen Van Long}} | 철거 | 잡부 | 150,000 | 15,000 |

소장 메모 ({{r:견상욱}}):
- {{r:황금철}}, {{r:리용삼}} 둘 다 {{u:카타르}}에서 건물 짓다 왔다고 함. 형틀 솜씨는 우리 사무실에서 제일. 현장 {{p:엄}} 반장이 둘만 따로 달라고 함.
- {{r:용삼}}이는 주민등록에 {{r:이용삼}}으로 되어 있어 통장도 이 이름. 본인은 {{r:리}}라고 부르라고.
- {{r:금철}}이가 "{{u:카타르}}에서는 일당 받아 본 적이 없다. 여기선 저녁에 바로 돈이 나오니 살 것 같다"고 해서 다들 웃음.
- {{p:곰}}은 덩치가 곰 같아서 붙은 별명. {{p:영감}}은 60이 넘어서 붙은 별명. 둘 다 본명 부르면 대답 안 함.
- {{r:황}} 씨가 {{u:카타르}} 때 반장이었던 {{p:현성철}}이 요즘 {{u:안산}}에 있다는 소문을 들었다며 그 사람 오면 자기는 같은 현장 안 간다고 함. 알겠다 함.
""",
    },
    {
        "id": "h70-ko-14",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Myong-chol", "리명철", "witness", ["명철"]),
            ("Jo Kwang-ho", "조광호", "supervisor", ["광호"]),
            ("Mun Song-ho", "문성호", "coworker", ["성호"]),
        ],
        "note": "Witness's transcription from memory of a weekly study-session speech record at an Ulaanbaatar construction site; speakers as 동무 and 지배인 with surnames, Kim Jong Un as a public figure beside the private surname Kim, the surname 조 beside the word 조 (group/team), NGO bracketed notes, Mongolian foreman.",
        "text": """[아래는 증언자 {{r:리명철}}이 기억에 의존해 다시 쓴 "주간 학습 토론 발언 기록"이다. 원본은 현장 당비서가 보관했다. 2017년 4월, {{u:몽골}} {{u:울란바토르}} 아파트 건설 현장.]

학습 제목: 경애하는 {{u:김정은}} 동지의 로작 학습 및 자기 결의
사회: 현장 당비서 {{r:조광호}}
참가: 1조·2조 작업반원 24명

발언 1. 1조 조장 {{p:김영혁}} 동무
"우리 조는 이번 주 계획을 105% 수행하였습니다. 그러나 {{p:오}} 동무가 {{u:몽골}} 사람과 담배를 나눠 피운 현상이 있었습니다. 앞으로 조 안에서 서로 단속하겠습니다."

발언 2. {{r:리명철}} 동무
"저는 지난주 현장에서 {{u:몽골}} 감독과 말을 주고받았습니다. 일 때문이었으나 허락 없이 한 것은 잘못입니다."
[증언자 주: {{u:몽골}} 감독은 {{p:Батболд}}라는 사람이었다. 일당을 올려 주겠다고 나에게 직접 말한 것이 문제가 되었다.]

발언 3. 2조 {{r:문성호}} 동무
"{{r:리명철}} 동무의 비판을 받아들입니다. 나도 {{p:Батболд}}와 인사했습니다."
[증언자 주: {{r:성호}}는 나를 감싸려고 일부러 자기도 말했다고 했다. 그 뒤 {{r:성호}}는 2조에서 빠졌다.]

총화. 당비서 {{r:조광호}}
"{{r:명철}} 동무와 {{r:성호}} 동무는 다음 주 자기비판서를 제출할 것. 1조 {{p:오}} 동무는 담배 배급 한 달 중지."
[증언자 주: {{r:광호}}는 그날 저녁 {{p:Батболд}}에게 가서 {{u:한국}} 사람 감독을 보내 달라고 했다. {{p:오}} 동무의 이름은 {{p:오창일}}이다. 그 뒤 {{r:조}} 비서가 나를 볼 때마다 "{{r:리명철}}이 요즘 말이 없네" 하고 웃었다.]
""",
    },
    {
        "id": "h70-ko-15",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Pak Ha-neul", "박하늘", "other", ["하늘", "Haneul"]),
            ("Pak Yong-chol", "박영철", "relative", ["영철"]),
        ],
        "note": "University course discussion board posts on overseas North Korean labour; students by student number and name, a resettled student writing about her father's Kuwait work, the given name 하늘 beside the word 하늘 (sky), the professor and TA as private, a UN special rapporteur and the university as public.",
        "text": """[{{u:한국외국어대학교}} 교양 "{{u:북한}} 인권과 이주노동" 2024-1학기 / 3주차 토론 게시판]

■ 글쓴이: 20231104 {{r:박하늘}}   작성 3/20 23:41
제 아버지 {{r:박영철}}은 2010년부터 4년 동안 {{u:쿠웨이트}} 건설 현장에 계셨어요. 저는 그때 초등학생이라 아버지 얼굴을 거의 못 봤어요. 아버지는 지금도 "하늘이 뜨거워서 못 살 곳"이라고만 하세요. 수업 자료에 나온 {{u:엘리자베스 살몬}} 특별보고관 보고서를 아버지께 읽어 드렸더니 "다 맞는 말"이라고 하셨어요. 익명으로 하고 싶었는데 그냥 제 이름으로 씁니다.
  └ 댓글 20221873 {{p:서지우}}: {{r:하늘}}님 글 읽고 울었어요. 아버님께 감사하다고 전해 주세요.
  └ 댓글 20231022 {{p:탁민재}}: 혹시 아버님 현장 반장 이름 기억하시면 NGO에 알리는 게 어떨까요?
    └ 답글 {{r:박하늘}}: 아버지 말로는 반장이 {{p:차}}씨였대요. {{p:차광일}}이라고. 근데 아버지가 그 얘기는 하지 말래요 😢

■ 글쓴이: 20221560 {{p:Oliver Grant}} (교환학생)   작성 3/21 10:02
I read {{r:Haneul}}'s post with the translator. My grandfather worked in {{u:Saudi Arabia}} in the 1970s as a Korean... no, sorry, that was my friend {{p:Min-seo}}'s grandfather. Anyway, the sky there is the same.

■ 조교 {{p:남윤서}} 공지   작성 3/21 12:00
개인 정보가 담긴 글은 본인이 원하면 비공개로 돌릴 수 있습니다. {{r:박하늘}} 학생은 따로 연락 주세요. 담당 교수 {{p:육준형}}.

  └ 댓글 {{r:박하늘}}: 괜찮아요. 아버지({{r:영철}} 씨라고 하면 동네 사람들은 다 알아요ㅎㅎ)가 오늘 "우리 {{r:하늘}}이 글 잘 썼다"고 하셨어요.
""",
    },
    {
        "id": "h70-ko-16",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Hong Sun-ok", "홍순옥", "relative", ["순옥"]),
            ("Ki Chol-ung", "기철웅", "witness", ["철웅", "곰돌이"]),
            ("Yang Mi-yong", "양미영", "relative", ["미영"]),
        ],
        "note": "Nursing-home admission counselling record for the mother of a former Siberian logging worker; family members by name and kinship, the mother calling her son by his childhood name, the surname 기 beside 기 (energy), the social worker and doctor as private, places and the long-term care insurance as public.",
        "text": """○○요양원 입소 상담 기록지

상담일: 2024. 4. 3.   상담자: 사회복지사 {{p:소다인}}
입소 희망자: {{r:홍순옥}} (여, 82세)   장기요양등급: 3등급 ({{u:국민건강보험공단}})
보호자: 아들 {{r:기철웅}} (52세), 며느리 {{r:양미영}} (48세)

1. 가족 상황
- 어르신은 2019년 {{u:중국}}을 거쳐 입국하심. 아들 {{r:기철웅}} 씨는 2003~2012년 {{u:러시아}} {{u:아무르주}} 벌목장에 파견되었다가 2013년 탈북하여 먼저 입국함.
- 아들 말: "어머니는 제가 {{u:러시아}}에 간 사이에 아버지({{p:기만수}})를 잃으셨어요. 제가 돈을 보낸다고 했는데 한 번도 못 보냈죠. 벌목장 책임자 {{p:한경택}}이가 우리 송금을 다 막았어요."
- 딸 {{p:기옥희}} 씨는 아직 {{u:북한}}에 있다고 함. 어르신이 딸 이야기를 하면 우심.

2. 건강 상태
- 경도 치매(주치의 {{p:맹재현}} 원장 소견), 고혈압. 기운이 없고 밤에 자주 깸.
- 어르신이 아들을 "{{r:철웅}}이"가 아니라 어릴 적 이름 "{{r:곰돌이}}"라고 부름. 며느리 {{r:미영}} 씨는 "시어머니가 저를 {{p:옥희}}로 착각하실 때가 있다"고 함.

3. 어르신 말씀 (녹취 아님, 상담자 기록)
"우리 {{r:곰돌이}}가 눈 속에서 나무를 베었다오. 편지 한 장에 손가락이 얼었다고만 썼지. {{p:만수}} 영감이 그 편지를 품에 넣고 돌아갔어."

4. 상담 결과
- 입소 가능 여부: 4월 중 2인실 공실 예정. 대기 2번.
- 아들 요청: 같은 고향 ({{u:함경북도}}) 출신 입소자 {{p:탁정자}} 어르신과 같은 층 배정 희망.
- 다음 방문: 4. 10. 며느리 {{r:양미영}} 씨 서류 지참.
""",
    },
    {
        "id": "h70-ko-17",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kang Tok-sun", "강덕순", "other", ["덕순"]),
            ("O Kum-nyo", "오금녀", "witness", ["금녀"]),
        ],
        "note": "Holiday train-ticket booking list kept by a resettled community leader for elderly members; names with seat numbers, ages and notes, the surname 오 beside the number 오, 열차 and station names, a former Mongolian construction worker's widow, Korail and KTX as public.",
        "text": """2024 추석 귀성 열차표 대리 예매 명단 ({{u:코레일}} 앱 / 예매 담당 {{r:강덕순}})

순번 | 성명 | 나이 | 열차 | 구간 | 좌석 | 비고
1 | {{r:오금녀}} | 74 | {{u:KTX}} 013 | {{u:서울}}→{{u:부산}} | 5호차 12A | 휠체어석 요청
2 | {{p:명순복}} | 71 | {{u:KTX}} 013 | {{u:서울}}→{{u:부산}} | 5호차 12B | {{r:금녀}} 언니와 같이
3 | {{p:지태룡}} | 69 | {{u:ITX}} | {{u:용산}}→{{u:익산}} | 3호차 7D |
4 | {{p:김하나}} | 66 | {{u:무궁화}} | {{u:청량리}}→{{u:안동}} | 2호차 33 | 아들 {{p:김동빈}}이 마중
5 | {{p:오정수}} | 77 | {{u:KTX}} 101 | {{u:서울}}→{{u:광주송정}} | 취소 | 입원

메모 ({{r:덕순}}):
- {{r:오금녀}} 언니는 오 년째 추석마다 {{u:부산}} 딸네 집에 감. 딸 {{p:남은주}}가 역에 마중. 남편 {{p:남기춘}} 씨는 {{u:몽골}} 건설장에서 일하다 다쳐서 돌아와 2015년에 돌아가셨다고 함. 언니가 "우리 영감({{p:기춘}})은 {{u:몽골}} 추위에 허리가 다 망가졌다"고 늘 말함.
- {{p:명순복}} 씨는 혼자 못 타니 {{r:금녀}} 언니 옆자리로.
- 5번 {{p:오}} 할아버지는 입원하셔서 취소. 수수료 면제 받음. 병원은 {{p:오정수}} 씨 조카 {{p:오윤희}}가 알려 줌.
- {{p:지태룡}} 씨는 올해 처음 고향 사람 모임에 나옴. {{u:러시아}} 벌목장 출신이라고.
- 표 값은 다 모임 회비로 먼저 내고, {{r:금녀}} 언니는 "{{r:덕순}}이가 고생한다"며 떡을 돌림.
""",
    },
    {
        "id": "h70-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Son-hwa", "김선화", "witness", ["Ким Сон Хва", "선화"]),
            ("Ri Ok-ran", "리옥란", "supervisor", ["Ли Ок Ран", "옥란"]),
        ],
        "note": "Russian food-handler medical-book register from a Vladivostok restaurant with Korean NGO notes; Cyrillic names of waitresses with initials and case endings, the manager in Russian and Korean, the Russian clinic's doctor, a zero-width space inside a name, given names with 이 in Korean comments.",
        "text": """[단체 메모] 아래는 {{r:김선화}} 씨가 2019년 휴대폰으로 찍어 둔 식당 위생수첩(санитарная книжка) 관리 대장 사진을 옮긴 것. 러시아어 원문 그대로, 괄호 안은 우리 주석.

ЖУРНАЛ УЧЁТА ЛИЧНЫХ МЕДИЦИНСКИХ КНИЖЕК
Ресторан (корейская кухня), {{u:Владивосток}}

№ | Ф.И.О. | Должность | № книжки | Медосмотр до | Подпись
1 | {{r:Ли Ок Ран}} | администратор | 25-114 | 03.2020 | {{r:Ли}}
2 | {{r:Ким Сон Хва}} | официант | 25-115 | 03.2020 | {{r:Ким С.Х.}}
3 | {{p:Пак Мён Сук}} | официант | 25-116 | 03.2020 | {{p:Пак}}
4 | {{p:Хан Ын Ха}} | повар | 25-117 | 11.2019 (!) | {{p:Хан}}
5 | {{p:Чон Хе\u200bРён}} | официант | 25-118 | 03.2020 | —
6 | {{p:Сергеева Т.А.}} | бухгалтер | 25-090 | 08.2020 | {{p:Сергеева}}

Отметка врача: Медосмотр проведён {{p:Гусейновой Л.Р.}}, поликлиника № 3. Книжки хранятся у администратора.

[단체 주석]
- 5번 이름 사이에 보이지 않는 문자가 들어가 있음 (원문 파일 그대로 둠). {{p:정혜련}}으로 읽힘. {{r:선화}} 씨 말로 {{p:혜련}}이는 2019년 가을에 먼저 귀국함.
- 1번 "{{r:Ли Ок Ран}}" = 지배인 {{r:리옥란}}. 수첩을 전부 {{r:옥란}} 동무가 가지고 있어서 아무도 병원 결과를 못 봤다고 함.
- 4번 {{p:한은하}}는 주방장. 검진 기한이 지났는데도 {{r:리}} 지배인이 "{{u:러시아}} 사람들은 안 본다"며 그냥 일을 시킴.
- 의사 "{{p:Гусейнова}}"는 검진 때 통역이 없어서 {{r:선화}}가 손짓으로 설명했다고 함. 의사가 {{r:선화}}에게 "Ты хорошо говоришь"라고 칭찬했고, 그날 밤 {{r:옥란}}이 "왜 {{u:로씨야}} 사람과 말을 섞느냐"고 추궁함.
- {{r:김선화}} 씨는 {{p:Сергеева}} 회계사가 월급 명세를 {{r:Ли}}에게만 줬다고 기억함.
""",
    },
    {
        "id": "h70-mixed-02",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ho Kyong-ae", "허경애", "witness", ["경애", "许京爱"]),
            ("Pang Tae-sik", "방태식", "supervisor", ["老方"]),
        ],
        "note": "Chinese seafood plant hygiene spot-check sheet with Korean workers' names in Chinese characters and a Korean translation and comments; Chinese forms of address (老方, 小刘, 刘姐, 王主任), Korean names in hanzi and Hangul, the Korean dormitory manager, emoji; CRLF.",
        "text": """{{u:东港}}某水产品加工厂 车间卫生抽查记录表
日期：2019年7月18日   抽查人：品控部 {{p:刘晓梅}}   陪同：{{p:王主任}}

序号 | 姓名 | 工位 | 发网 | 洗靴 | 指甲 | 结果
1 | {{r:许京爱}} | 剥虾线3 | ✓ | ✓ | ✓ | 合格
2 | {{p:金玉姬}} | 剥虾线3 | ✓ | ✗ | ✓ | 扣10元
3 | {{p:李顺福}} | 剥虾线3 | ✗ | ✓ | ✓ | 扣10元
4 | {{p:崔英淑}} | 分级 | ✓ | ✓ | ✗ | 扣10元
5 | {{p:张丽}}（中方） | 分级 | ✓ | ✓ | ✓ | 合格
备注：朝方工人扣款由{{r:老方}}统一签字。{{p:小刘}}已通知。

[단체 번역 및 증언자 설명 — {{r:허경애}}, 2023년 면담]
- "{{r:许京爱}}"는 저예요. {{u:중국}} 사람들은 저를 "{{r:许}}"라고 불렀어요.
- 2번 {{p:金玉姬}}는 {{p:김옥희}}, 3번 {{p:李顺福}}는 {{p:리순복}}. {{p:순복}}이는 그날 머리망이 찢어져서 벌금을 냈는데, 새 머리망도 자기 돈으로 사야 했어요.
- "{{r:老方}}"은 우리 숙소 관리원 {{r:방태식}}이에요. 벌금 10원씩 떼는 데 다 {{r:방}} 선생이 서명했어요. {{u:중국}} 품질 담당 {{p:刘}} 언니({{p:刘姐}})는 벌금이 너무 많다고 {{p:王主任}}한테 말했는데 소용없었어요 😔
- 4번 {{p:최영숙}} 언니는 손톱을 깎을 시간도 없었어요. 아침 6시부터 밤 10시까지 새우를 깠으니까.
- 이 사진은 {{p:刘晓梅}}가 몰래 찍게 해 줬어요. 그 언니 이름은 꼭 빼 주세요.
""",
    },
    {
        "id": "h70-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ju Un-sil", "주은실", "witness", ["은실", "朱恩实", "小朱"]),
            ("Yom Hye-ok", "염혜옥", "supervisor", ["혜옥", "阎惠玉"]),
        ],
        "note": "Garment factory sample-room sign-out book in Chinese with a Korean witness's explanations; Korean workers' names in hanzi and Hangul, Chinese staff as 小X and X姐, a buyer's merchandiser with an English name, the surname 주 beside 주 (week), the sewing-line leader's names in both scripts.",
        "text": """样衣间 借出/归还登记本  {{u:珲春}}某服装厂  2018年10月

日期 | 款号 | 借出人 | 用途 | 归还日期 | 经手
10/08 | W-2231 羽绒服 | {{p:小韩}}（业务） | 客户看样 | 10/12 | {{r:朱恩实}}
10/09 | W-2240 大衣 | {{p:Kelly Wu}}（客户跟单） | 拍照 | 10/09 | {{r:朱恩实}}
10/11 | W-2231 | {{r:阎惠玉}}（朝方组长） | 车间对版 | 未还 | {{r:朱恩实}}
10/15 | W-2255 | {{p:孙姐}} | 改版 | 10/20 | {{p:小周}}
10/18 | W-2231 | {{p:吴红霞}}（质检） | 查缝线 | 10/18 | {{r:朱恩实}}

[증언자 설명 — {{r:주은실}}, 2022. 6. 면담, 통역 없이 한국어]
- 저는 공장에서 견본실 보조였어요. {{u:중국}} 사람들은 저를 "{{r:小朱}}"라고 불렀어요. 주 6일, 아니 사실상 주 7일 일했어요.
- 10월 11일에 견본을 가져간 {{r:阎惠玉}}는 우리 조장 {{r:염혜옥}}이에요. 안 돌려줘서 제가 {{p:孙姐}}한테 혼났어요. {{r:혜옥}}이 언니는 그 견본을 보고 우리한테 밤새 똑같이 만들게 했어요. 그게 공장 몰래 다른 데 파는 물건이었다고 나중에 {{p:김순실}}이가 말해 줬어요.
- {{p:Kelly Wu}}는 외국 회사 쪽 사람이에요. 우리 라벨이 "Made in {{u:China}}"로 붙는 걸 보고도 아무 말 안 했어요.
- {{p:小韩}}은 조선족 청년인데, 저한테 몰래 라면을 줬어요. 이름은 {{p:한성민}}.
- 제 이름이 한자로 "{{r:朱恩实}}"로 적혀 있는데, 저는 {{r:주은실}}이에요. {{r:은실}}이라고 부른 사람은 같은 방 {{p:순실}}이뿐이었어요.
""",
    },
    {
        "id": "h70-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Yon Chang-hwan", "연창환", "witness", ["창환", "Ен Чан Хван"]),
            ("Han Kyong-taek", "한경택", "supervisor", ["Хан", "경택"]),
        ],
        "note": "Logging camp fuel issue sheet in Russian with the witness's Korean comments; Russian storekeeper and drivers with diminutives and patronymics, Korean brigade members in Cyrillic with initials, the brigade leader selling diesel, the surname 연 beside 연료 (fuel), Amur Oblast and a town as public.",
        "text": """ВЕДОМОСТЬ ВЫДАЧИ ГСМ — лесоучасток, {{u:Зейский район}}, {{u:Амурская область}}
Февраль 2011. Кладовщик: {{p:Ковалёв С.П.}}

Дата | Техника | Получил | Дизель, л | Бензин, л | Подпись
02.02 | ТДТ-55 №3 | {{p:Витёк}} (водитель) | 200 | — | {{p:Витёк}}
02.02 | бензопилы | {{r:Хан К.Т.}} (бригадир) | — | 40 | {{r:Хан}}
05.02 | ТДТ-55 №3 | {{p:Витёк}} | 180 | — | {{p:В. Рыбин}}
07.02 | бензопилы | {{r:Ен Ч.Х.}} | — | 20 | {{r:Ен}}
09.02 | КамАЗ | {{p:Михалыч}} | 300 | — | {{p:Михалыч}}
12.02 | бензопилы | {{r:Хан К.Т.}} | 200 (!) | 60 | {{r:Хан}}

Примечание кладовщика: 12.02 бригадир {{r:Хан}} получил 200 л дизеля, хотя у корейской бригады нет дизельной техники. Сообщено начальнику участка {{p:Дроздову}}.

[증언자 설명 — {{r:연창환}}, 2020. 10.]
- 7일에 휘발유 20리터를 받은 "{{r:Ен Ч.Х.}}"가 저예요. {{u:러시아}} 사람들은 제 성을 "Ен"으로 썼어요.
- 12일에 디젤 200리터는 우리 반장 {{r:한경택}}이 받아서 읍내 사람한테 팔았어요. 그 돈으로 반장은 술을 사고, 나머지는 당자금이라고 했어요. 연료를 팔다 걸리면 {{r:경택}}이는 우리 탓을 했어요.
- {{p:Витёк}}은 운전수 {{p:Виктор Рыбин}}이에요. 착한 사람이에요. {{p:Михалыч}}는 나이 든 트럭 운전수인데 진짜 이름은 몰라요.
- 창고지기 {{p:Ковалёв}}가 {{p:Дроздову}}한테 보고해서 {{r:한}} 반장이 한 달 동안 휘발유를 못 받았어요. 그 대신 우리가 톱을 손으로 갈아야 했죠. {{p:오영삼}}이랑 {{p:지문호}}가 그때 손을 많이 다쳤어요.
- 저 {{r:창환}}이는 그 겨울에 {{u:Зея}} 병원에 한 번도 못 갔어요.
""",
    },
    {
        "id": "h70-mixed-05",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Choe Un-gyong", "최은경", "witness", ["은경", "崔恩京"]),
            ("Choe Un-ha", "최은하", "relative", ["은하", "崔恩霞", "银河"]),
        ],
        "note": "Chinese hospital operating-theatre schedule with an English triage note and Korean comments by the witness's sister; patients in hanzi, surgeons and anaesthetists as X主任 and X医生, a Korean minder as 金老师, the word 은하 (galaxy) as a given name, Yanji and the hospital as public; mixed CRLF and LF.",
        "text": """{{u:延边大学附属医院}} 手术室排班表  2021-03-09（星期二）

台次 | 手术间 | 患者 | 科室 | 术式 | 主刀 | 麻醉
1 | 3号 | {{p:刘桂芳}} | 妇科 | 腹腔镜 | {{p:朴主任}} | {{p:高医生}}
2 | 3号 | {{r:崔恩京}} | 普外 | 阑尾切除（急） | {{p:金明哲}} | {{p:高医生}}
3 | 5号 | {{p:赵德胜}} | 骨科 | 内固定取出 | {{p:孙主任}} | {{p:马丽}}
4 | 5号 | {{p:王小宝}}（6岁） | 耳鼻喉 | 扁桃体 | {{p:李医生}} | {{p:马丽}}

Triage note (ED, 08:40, written in English by resident Dr. {{p:Jin Hua}}):
F, 27, {{u:DPRK}} national, garment factory worker. RLQ pain 2 days. Accompanied by "teacher" {{p:Kim}} (company), who insists on discharge after surgery the same day. Pt's sister {{r:Choe Un-ha}} works in same factory, not allowed to come.

[동생 {{r:최은하}}의 설명, 2023. 11. 단체 면담]
- 2번 {{r:崔恩京}}이 우리 언니 {{r:최은경}}이에요. 맹장이 터지기 직전이었대요. 공장 관리원 {{p:金老师}}(우리끼리는 {{p:김광수}} 동무라고 불렀어요)가 병원에 따라가서 "내일 출근 시키라"고 했대요.
- 수술한 {{p:金明哲}} 선생님은 조선족인데, {{p:김}} 동무한테 "사흘은 누워 있어야 한다"고 화를 냈대요. {{r:은경}} 언니는 그 의사 덕에 나흘 쉬었어요.
- 저는 {{r:은하}}라서 {{u:중국}} 사람들이 "{{r:银河}}"라고 놀렸어요. 별 이야기만 나오면 저를 쳐다봤죠.
- 언니 {{r:은경}}이는 2022년에 먼저 귀국했고 저는 남았다가 나왔어요. 같은 방 {{p:옥실}}이가 언니 소식을 전해 줬는데 그 뒤로 끊겼어요.
""",
    },
    {
        "id": "h70-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Sung Chol-ho", "승철호", "witness", ["철호", "Сүн"]),
            ("Chae Yong-bok", "채영복", "supervisor", ["Чэ", "영복"]),
            ("Oyunchimeg", "오윤치멕", "other", ["Оюунчимэг", "Оюунаа"]),
        ],
        "note": "Mongolian butcher's credit ledger in Mongolian Cyrillic for a North Korean construction brigade's canteen, with the witness's Korean comments; Mongolian names with the diminutive -аа, Korean names in Mongolian spelling, the brigade leader's debts, the surname 승 beside 승 (victory), Ulaanbaatar district as public.",
        "text": """ЗЭЭЛИЙН ДЭВТЭР — махны лангуу, {{u:Баянзүрх дүүрэг}}
Эзэн: {{r:Оюунчимэг}}

Огноо | Хэн | Юу | Үнэ (₮) | Төлсөн
2018.11.03 | Солонгос бригад, {{r:Чэ}} дарга | хонины мах 20 кг | 240,000 | 11.10
2018.11.17 | Солонгос бригад, {{r:Чэ}} | ясны мах 15 кг | 120,000 | —
2018.11.24 | {{r:Сүн}} (тогооч) | гэдэс | 30,000 | 11.24
2018.12.01 | {{r:Чэ}} дарга | хонины мах 25 кг | 300,000 | —
2018.12.08 | {{p:Бат-Эрдэнэ}} (жолооч) | үхрийн мах | 45,000 | 12.08
Нийт өр (Солонгос бригад): 420,000 ₮. {{p:Болд}} ахад хэлсэн.

[증언자 설명 — {{r:승철호}}, 2021. 5. 면담]
- 이 장부는 정육점 주인 {{r:오윤치멕}} 아주머니가 우리가 떠나기 전에 사진 찍으라고 보여 준 거예요. {{u:몽골}} 사람들은 그분을 "{{r:Оюунаа}}"라고 불렀어요.
- "{{r:Сүн}} (тогооч)"는 저예요. 저는 작업반 취사원이었어요. 성이 승이라 반장은 "승리하라고 {{r:승}}가"라고 놀렸어요.
- "{{r:Чэ}} дарга"는 우리 작업반장 {{r:채영복}}이에요. 외상으로 고기를 사서 우리한테는 뼈만 주고 살코기는 대사관 사람들 올 때 썼어요. 외상값 42만 투그릭은 안 갚고 2019년 1월에 귀국했어요.
- {{r:Оюунчимэг}} 아주머니 남편 {{p:Болд}} 아저씨가 현장까지 와서 돈 달라고 했는데, {{r:영복}}이가 "다음 주"라고만 했어요. 통역은 {{p:정명일}}이 했어요.
- 저 {{r:철호}}는 지금도 그 외상이 마음에 걸려요. 언젠가 {{u:울란바토르}}에 가면 갚고 싶어요.
""",
    },
    {
        "id": "h70-mixed-07",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kye Song-il", "계성일", "witness", ["Song-il", "Kye Song Il"]),
            ("Ri Myong-chol", "리명철", "supervisor", ["Ri", "Myong-chol"]),
            (
                "Krzysztof Wiśniewski",
                "크시슈토프 비시니에프스키",
                "other",
                ["Krzysiek", "Wiśniewski"],
            ),
        ],
        "note": "Polish shipyard locker allocation list with a Polish foreman's remarks and the witness's Korean and English comments; Polish case endings (Wiśniewskiego, Kima), North Korean welders written surname-first and given-name-first, the diminutive Krzysiek, Gdynia as public; CRLF.",
        "text": """LISTA PRZYDZIAŁU SZAFEK - szatnia B, hala 4 ({{u:Gdynia}})
Stan na: 03.04.2016   Sporządził: mistrz {{r:K. Wiśniewski}}

Nr szafki | Nazwisko i imię | Firma | Klucz wydany | Uwagi
B-41 | {{r:KYE Song Il}} | podwykonawca (KOR) | tak |
B-42 | {{p:PAK Chol Ung}} | podwykonawca (KOR) | tak |
B-43 | {{r:RI Myong Chol}} | podwykonawca (KOR) | tak, 2 klucze (!) |
B-44 | {{p:Song Hak KIM}} | podwykonawca (KOR) | nie | klucz u {{r:Ri}}
B-45 | {{p:Nowak Tomasz}} | własny | tak |
B-46 | {{p:Zieliński Marek}} | własny | tak |

Uwagi mistrza: Pan {{r:Ri}} zabrał klucz od szafki pana {{p:Kima}} i nie oddał. Koreańczycy przebierają się wszyscy razem w 10 minut. Zgłoszono do kierownika {{p:Adama Lewandowskiego}}. Zapasowa kłódka wydana przez {{r:Wiśniewskiego}} dla B-41.
{{r:K. Wiśniewski}}

[단체 메모 / NGO notes - interview with {{r:Kye Song-il}}, {{u:Seoul}}, Jan 2024]
- B-44 "{{p:Song Hak KIM}}" is {{p:Kim Song-hak}}, written in the wrong order. 반장 {{r:리명철}}이가 {{p:송학}}이 열쇠를 갖고 있었어요. "pana {{p:Kima}}" in the foreman's note is {{p:Kim Song-hak}} again.
- {{r:Myong-chol}} had two keys so he could search our lockers. 사물함에서 편지나 돈이 나오면 다 가져갔어요.
- {{u:폴란드}} 반장 {{r:Krzysiek}} (we could never say {{r:Wiśniewski}}) was kind. He gave {{r:Song-il}} - me - a spare lock once. {{r:리}} 반장이 그걸 보고 저를 때렸어요.
- {{p:Tomasz}} (B-45) brought us coffee in winter. {{p:Marek}} did not talk to us.
""",
    },
    {
        "id": "h70-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kil Hyon-chol", "길현철", "witness", ["현철", "Киль Хён Чхоль"]),
            ("Ko Song-man", "고성만", "supervisor", ["Ко Сон Ман", "성만"]),
        ],
        "note": "Russian district police officer's visit notes on a North Korean workers' flat, translated into Korean with the Cyrillic names kept; officer, landlady and neighbour with patronymics and case endings, the surname 길 beside 길 (road), the brigade leader in both scripts, the Korean fix-it nickname 만능, Ussuriysk as public.",
        "text": """[러시아어 원문 일부와 단체 번역. 출처: 증언자 {{r:길현철}}이 집주인에게서 받은 사본]

РАПОРТ участкового уполномоченного
г. {{u:Уссурийск}}, ул. ○○, д. 14, кв. 9
Проверка по заявлению гр. {{p:Мартыненко Л.И.}} (соседка, кв. 10) о шуме и проживании иностранцев.
В квартире находились 11 граждан {{u:КНДР}}. Старший — {{r:Ко Сон Ман}}, предъявил договор аренды, заключённый с собственником {{p:Тихоновой Г.А.}} Паспорта находятся у {{r:Ко}}. Гр. {{r:Киль Хён Чхоль}} пояснить ничего не смог.
Участковый ст. лейтенант {{p:Савченко А.Н.}}

[번역]
경찰 관구 담당관 보고서. {{u:우수리스크}}. 이웃 주민 {{p:마르티넨코}}의 신고(소음, 외국인 거주)에 따른 확인. 방 안에 {{u:조선}} 국적자 11명. 책임자 {{r:고성만}}이 임대차 계약서 제시, 집주인은 {{p:티호노바}}. 여권은 {{r:고성만}}이 보관. {{r:길현철}}은 아무 설명도 못 함. 담당 {{p:사브첸코}} 상위.

[증언자 설명]
- 경찰이 왔을 때 {{r:성만}}이가 저한테 "입 다물라"고 해서 한 마디도 못 했어요. {{u:러시아}} 말을 조금 알았는데도.
- 옆집 {{p:Людмила Ивановна}}는 우리 때문에 잠을 못 잔다고 했지만, 나중에 길 건너 가게에서 만나면 빵을 줬어요.
- 집주인 {{p:Галина}} 할머니는 {{r:고}} 반장한테 월세를 받았는데, 우리 월급에서 방값을 세 번이나 뺐어요.
- 작업반에서 {{p:만능}}이라고 불리던 {{p:남정수}}가 경찰 앞에서 전기 배선을 고쳐 보였어요. 그래서 경찰이 웃고 그냥 갔어요.
- 제 성이 "길"이라 {{u:러시아}} 사람들은 "Киль"이라고 썼어요. {{r:Киль}}이 저예요.
""",
    },
    {
        "id": "h70-mixed-09",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pyon Kwang-il", "변광일", "witness", ["Kwang-il", "광일"]),
            ("An Chol-su", "안철수", "supervisor", ["An", "철수"]),
            ("Hassan Al-Marri", "하산 알마리", "official", ["حسن المري"]),
        ],
        "note": "Hot-work permit register from a Doha stadium-precinct site in English with Arabic signatures and Korean annotations; a brigade leader with the surname 안 beside the negative 안 and the English word 'an', fire watchers from India and Nepal, a Qatari civil defence inspector in Arabic script, a private person whose name coincides with a Korean politician's.",
        "text": """HOT WORK PERMIT REGISTER - Zone C (steel works), {{u:Doha}}
Issuer: site safety office   Fire watch mandatory 30 min after work

Permit | Date | Work | Performed by | Fire watch | Issued by | Closed
HW-0712 | 11/05/2019 | welding, level 3 | {{r:PYON KWANG IL}} | {{p:Rakesh Nair}} | {{p:J. D'Souza}} | 17:40
HW-0713 | 11/05/2019 | grinding, level 3 | {{p:TONG MYONG SU}} | (none) | {{p:J. D'Souza}} | not closed
HW-0714 | 12/05/2019 | welding, level 4 | {{r:PYON KWANG IL}} | {{p:Prem Rai}} | {{p:J. D'Souza}} | 18:05
HW-0715 | 12/05/2019 | cutting, level 4 | {{r:AN CHOL SU}} (supervisor) | - | {{p:J. D'Souza}} | 16:00

Inspection remark (authority inspector, 13/05/2019):
Permit HW-0713 found open with no fire watch; burn mark on insulation at level 3. Supervisor Mr {{r:An}} informed. An improvement notice is issued.
{{r:حسن المري}} / {{r:Hassan Al-Marri}}

[단체 메모 — {{r:변광일}} 면담, 2022. 8.]
- HW-0713의 {{p:동명수}}는 혼자 그라인더 작업을 했어요. 불씨 감시원이 없었던 건 {{r:안철수}} 반장이 {{u:인도}} 사람 감시원을 다른 데 보냈기 때문이에요.
- 그 반장 이름이 {{u:남한}} 정치인 이름이랑 똑같다는 걸 {{u:한국}}에 와서 알았어요. 우리 반장 {{r:안철수}}는 그 사람이 아니에요 ㅎㅎ
- {{r:안}} 반장은 검사관이 오니까 "안 했다, 안 했다"만 했어요. {{p:Rakesh}}가 나중에 저한테 "your boss, very bad"라고 했어요.
- {{r:광일}}이가 용접 잘한다고 반장이 제 이름으로 허가서를 두 장씩 받았어요. 한 장은 {{p:명수}}나 {{p:정학}}이가 썼어요.
- 검사관 {{r:Al-Marri}}는 저한테 직접 "name?" 하고 물었는데 {{r:철수}}가 대신 대답했어요.
""",
    },
    {
        "id": "h70-mixed-10",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Song Yong-ae", "송영애", "witness", ["영애", "宋英爱"]),
            ("Kim Kwang-su", "김광수", "supervisor", ["金光洙", "金老师"]),
        ],
        "note": "Chinese railway ticket refund applications for a group of North Korean garment workers whose home leave was cancelled, with the witness's Korean notes; names in hanzi, passport numbers masked, a minder as 金老师, station staff as private, the surname Song in Korean and Chinese, Dandong station and China Railway as public.",
        "text": """{{u:中国铁路}} 退票申请单（团体） — {{u:丹东站}}
申请日期：2020年1月23日   经办：售票员 {{p:赵春燕}}

序号 | 旅客姓名 | 证件号 | 车次 | 退票原因 | 签名
1 | {{r:宋英爱}} | 护照 ******12 | K28 | 单位取消 | {{r:宋英爱}}
2 | {{p:崔美兰}} | 护照 ******31 | K28 | 单位取消 | 代签 {{r:金光洙}}
3 | {{p:安玉珠}} | 护照 ******07 | K28 | 单位取消 | 代签 {{r:金光洙}}
4 | {{p:韩春实}} | 护照 ******19 | K28 | 单位取消 | {{p:韩春实}}
领队：{{r:金光洙}}（{{r:金老师}}）  联系电话 138****0921
备注：因疫情，旅客暂不回国。退款由领队统一领取。值班站长 {{p:周建平}}

[증언자 메모 — {{r:송영애}}, 2024. 2.]
- 2020년 설에 3년 만에 집에 가는 거였는데, 역에서 {{r:김광수}} 지도원이 표를 다 걷어서 취소했어요. 코로나 때문이라고 했어요.
- {{u:중국}} 사람들은 {{r:김광수}}를 "{{r:金老师}}"라고 불렀어요. 우리는 그냥 지도원 동지.
- 2번 {{p:최미란}}, 3번 {{p:안옥주}}는 서명도 못 했어요. {{r:김}} 지도원이 대신 썼어요. 환불금은 한 푼도 못 받았어요.
- {{p:춘실}}이(4번 {{p:한춘실}})만 자기 손으로 서명했어요. {{p:춘실}}이는 "내 표는 내가 쓴다"고 했다가 그날 밤 총화에서 비판받았어요.
- 제 성 송은 한자로 宋인데, 영어로 Song이라고 쓰면 다들 노래냐고 물어요.
- 그 뒤로 3년을 더 {{u:단둥}}에 있었어요. 매표원 {{p:赵}} 아가씨가 울면서 "回家吧" 했던 게 생각나요.
""",
    },
    {
        "id": "h70-mixed-11",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Rim Ju-a", "림주아", "witness", ["Ju-a", "주아"]),
            ("Kang Chun-hwa", "강춘화", "supervisor", ["Chun-hwa"]),
            ("Somphone Keovongsa", "솜폰 께오봉사", "other", ["ສົມພອນ", "Somphone"]),
        ],
        "note": "Queue list from a visa-extension counter in Vientiane with Lao and English entries and the witness's Korean notes; Lao names in Lao script and romanised, a restaurant manager applying for the group, a travel agent, a Vietnamese and a Chinese applicant, Korean given names with 이; CRLF.",
        "text": """ບັນຊີລໍຖ້າ / QUEUE LIST - visa extension counter, {{u:Vientiane}}
Date: 14/08/2018   Officer: ທ. {{p:ບຸນມີ}} (Mr {{p:Bounmy S.}})

No. | Name | Nationality | Passport | Applicant / agent | Status
031 | {{p:NGUYEN THI LAN}} | {{u:Viet Nam}} | C****** | self | done
032 | {{p:ZHANG WEI}} | {{u:China}} | E****** | agent {{r:Somphone}} | done
033 | {{r:KANG CHUN HWA}} | {{u:DPRK}} | 8****** | self (group of 6) | pending
034 | {{r:RIM JU A}} | {{u:DPRK}} | 8****** | {{r:KANG CHUN HWA}} | pending
035 | {{p:PAK UN BYOL}} | {{u:DPRK}} | 8****** | {{r:KANG CHUN HWA}} | pending
036 | {{p:KIM HYANG}} | {{u:DPRK}} | 8****** | {{r:KANG CHUN HWA}} | pending
Remark: group passports kept by applicant no. 033. Agent: {{r:ສົມພອນ}} ({{r:Somphone Keovongsa}}), travel office.

[단체 메모 — {{r:림주아}} 면담, 2021]
- 비자 연장 때 우리 여권은 지배인 {{r:강춘화}} 동무가 다 가지고 갔어요. 저는 34번, {{p:은별}}이는 35번, {{p:향}}이는 36번.
- {{u:라오스}} 사람 {{r:Somphone}} 아저씨가 서류를 다 해 줬어요. {{r:Chun-hwa}} 지배인한테서 돈을 받고요.
- {{r:주아}}라는 제 이름을 {{u:라오스}} 직원이 "JU A"라고 띄어 써서, 한동안 제 이름이 두 개인 줄 알았어요.
- 그날 {{p:Bounmy}} 선생이 저한테 직접 "Are you OK?" 하고 물었는데 {{r:강}} 지배인이 옆에서 "OK, OK" 했어요.
""",
    },
    {
        "id": "h70-mixed-12",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Romeo Dela Cruz", "로미오 델라크루스", "other", ["Romeo", "Meo"]),
            ("Ri Kwang-su", "리광수", "witness", ["Kwang-su", "광수"]),
            ("Choe Song-nam", "최성남", "supervisor", ["Song-nam", "성남"]),
        ],
        "note": "Filipino crew's farewell-party (despedida) contribution list from a squid jigger, in Taglish with the witness's Korean comments; Filipino nicknames (Meo, Jun-Jun, Dodong), honorifics Kuya and Sir, Indonesian crew, Korean jiggers by surname, the crew leader forbidding the Korean crew to join; Montevideo as public.",
        "text": """DESPEDIDA ni Kuya {{r:Meo}} (Bosun) - ambagan / contributions
FV HAI FENG 818, April 2019, bago dumating sa {{u:Montevideo}}

Pangalan | Ambag (USD) | Dala
{{p:Jun-Jun Macaraeg}} | 20 | pancit (kung may noodles pa)
{{p:Dodong Villanueva}} | 20 | tuba? wala, juice na lang
{{p:Budi}} | 10 | sambal
{{p:Agus}} (Cook) | 10 | lutuin lahat hehe
Sir {{p:Zhou}} (C/O) | 30 | beer 1 case
Koreans - si {{r:Kwang-su}}, si {{p:Kim}}, si {{p:Myong-il}} | 0 | bawal daw sabi ni {{r:Song-nam}} 😞

Note ni {{p:Jun-Jun}}: Pasensya na Kuya {{r:Romeo}}, di nakasama ang mga Koreano. Pero si {{r:Kwang-su}} nagbigay ng sulat, nasa envelope. Ingat sa byahe pauwi sa {{u:Iloilo}}!

[단체 메모 — {{r:리광수}}, 2023. 5. 면담]
- {{r:Romeo}} 형님({{r:Meo}})이 배에서 내리기 전날 {{u:필리핀}} 선원들이 잔치를 했어요. 우리 {{u:조선}} 선원들은 반장 {{r:최성남}}이 못 가게 했어요.
- 저는 몰래 편지를 썼어요. 영어를 몰라서 "{{r:Romeo}} thank you, {{r:광수}}"만 썼어요. 그 편지에 우리 배 사정을 그림으로 그렸어요.
- {{p:김철}}이랑 {{p:소명일}}이도 쓰고 싶어 했는데 {{r:성남}}이가 보고 있어서 못 썼어요.
- {{p:Agus}}는 {{u:인도네시아}} 요리사예요. 우리한테 밥을 더 줬어요. {{p:Jun-Jun}}은 그 뒤에도 나한테 손짓으로 인사했어요.
- 나중에 {{r:Romeo}}가 그 사진(근무시간 기록)을 찍어서 목사님한테 보냈다는 걸 {{u:서울}}에 와서 알았어요.
""",
    },
    {
        "id": "h70-mixed-13",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Han Un-ha", "한은하", "witness", ["Un-ha", "은하", "Hà"]),
            ("Nguyen Thi Thu", "응우옌 티 투", "other", ["Nguyễn Thị Thu", "Thu"]),
        ],
        "note": "Vietnamese market purchase book kept for a North Korean restaurant in Hanoi, with Vietnamese stallholders (cô, chị, anh as titles), the Korean cook's annotations; Vietnamese names with diacritics, Korean surnames Han and Ha, the restaurant's manager and buyer, a bare given name Thu beside thu (autumn / collect), Hanoi as public.",
        "text": """SỔ ĐI CHỢ — nhà hàng, {{u:Hà Nội}}
Người mua: {{r:Un-ha}} (bếp) + {{p:Tuấn}} (lái xe)

Ngày | Hàng | Người bán | Tiền (đ) | Ghi chú
05/03 | rau cải, hành | cô {{p:Lan}} | 180.000 |
05/03 | thịt lợn 8 kg | anh {{p:Hùng}} | 960.000 | nợ 200.000
06/03 | đậu phụ | chị {{r:Thu}} | 90.000 |
07/03 | cá | bà {{p:Nguyễn Thị Bích}} | 400.000 | anh {{p:Ha}} ký
08/03 | thịt lợn 10 kg | anh {{p:Hùng}} | 1.200.000 | thu đủ
08/03 | ớt bột | chị {{r:Thu}} | 150.000 |
Tổng tuần: 2.980.000 đ. Đã nộp cho giám đốc {{p:Jon}}.

[한국어 메모 — {{r:한은하}}, 2022. 9. 면담]
- 저는 식당 주방 보조였어요. 장부 글씨는 운전수 {{p:Tuấn}}이 썼고, 저는 옆에서 물건만 골랐어요.
- 두부 파는 {{r:Thu}} 언니({{r:Nguyễn Thị Thu}})가 제일 친했어요. 언니가 저를 "em {{r:Hà}}"라고 불렀어요. 제 성 한을 {{u:베트남}} 사람들은 못 알아들었거든요.
- 7일에 서명한 {{p:Ha}}는 우리 식당 구매 담당 {{p:하정남}}이에요. 돈을 늘 조금씩 빼돌렸어요.
- 지배인 {{p:전옥선}}({{p:Jon}} 지배인)은 장부를 매일 저녁 검사했어요.
- 가을에 {{r:Thu}} 언니가 "thu là mùa thu" 하며 자기 이름이 가을이라고 가르쳐 줬어요. 제가 {{u:베트남}}을 떠난 게 그 가을이에요.
""",
    },
    {
        "id": "h70-mixed-14",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Sok Myong-jin", "석명진", "witness", ["Myong-jin", "명진"]),
            ("Pae Chang-su", "배창수", "supervisor", ["Chang-su", "창수"]),
            (
                "Abdulrahman Al-Shammari",
                "압둘라흐만 알샴마리",
                "other",
                ["Abu Faisal", "عبدالرحمن الشمري"],
            ),
        ],
        "note": "Record of a reconciliation (sulh) meeting in a Kuwaiti labour camp after a fight between a North Korean and a Bangladeshi worker, in English with Arabic and the witness's Korean comments; the camp boss by kunya (Abu Faisal), Arabic script names, a Bangladeshi worker and witness, the Korean brigade leader speaking for his man; mixed CRLF and LF.",
        "text": """محضر صلح / RECONCILIATION RECORD - labour camp, {{u:Sulaibiya}}
Date: 22/07/2017   Chaired by: camp manager {{r:عبدالرحمن الشمري}} ({{r:Abu Faisal}})

Parties:
1. {{r:SOK MYONG JIN}} (Korean company, room 14)
2. {{p:MD. JAHANGIR ALAM}} (cleaning company, room 31)
Witnesses: {{p:Shafiqul Islam}} (room 31), {{r:PAE CHANG SU}} (Korean team leader)
Interpreter: none; Mr {{r:Pae}} speaks some English

Summary: On 20/07 at the water cooler there was a fight. {{p:Jahangir}} says {{r:Sok}} pushed him; {{r:Sok}} did not speak. Mr {{r:Pae}} said his worker is "very sorry" and will "not come to cooler at night". Both parties shook hands. {{p:Jahangir}} gets 5 KD for his glasses, paid by Mr {{r:Pae}}.
Signed: {{r:Abu Faisal}} / {{p:جهانگیر}} / {{r:Pae}} (for {{r:Sok}})

[증언자 설명 — {{r:석명진}}, 2021. 1.]
- 밤에 물 마시러 냉수기에 갔다가 {{u:방글라데시}} 사람 {{p:자항기르}}랑 부딪혔어요. 제가 먼저 민 게 아니에요. 하지만 말을 못 하게 했어요.
- {{r:배창수}} 반장이 "네가 입을 열면 끝"이라며 대신 다 말했어요. 안경값 5디나르는 나중에 제 월급에서 10디나르로 뺐어요.
- 캠프 관리인 {{r:Abu Faisal}}은 좋은 사람이었어요. 저한테 몰래 "you, OK?" 물었어요.
- {{p:샤피쿨}}은 나중에 저한테 망고를 줬어요. {{p:Jahangir}}도 나중엔 인사했어요.
- {{r:창수}}는 그 뒤로 우리 방 사람들({{p:구영철}}, {{p:탁성진}})에게 밤에 물 마시러 나가지 말라고 했어요. 여름 밤에 물도 못 마셨어요.
""",
    },
    {
        "id": "h70-mixed-15",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Sun-bok", "리순복", "witness", ["순복", "李顺福"]),
            ("Jong Kum-hui", "정금희", "supervisor", ["郑金姬", "금희"]),
        ],
        "note": "Chinese seafood plant's Spring Festival duty roster with North Korean workers kept on shift while Chinese staff go home, with the witness's Korean comments; names in hanzi and Hangul, Chinese address forms (老杨, 小孙, 杨厂长), a North Korean line leader, a fullwidth-letter security guard code, Donggang as public.",
        "text": """2020年春节期间值班表 — 水产加工厂（{{u:东港}}）
编制：行政部 {{p:小孙}}   审批：{{p:杨厂长}}

日期 | 车间值班（朝方） | 冷库 | 门卫 | 带班领导
1/24 除夕 | {{r:李顺福}}、{{p:金玉姬}}、{{p:崔英淑}} | {{p:老杨}} | {{p:ＷＡＮＧ}}（保安） | {{r:郑金姬}}
1/25 初一 | {{r:李顺福}}、{{p:许京爱}} | {{p:老杨}} | {{p:ＷＡＮＧ}} | {{r:郑金姬}}
1/26 初二 | {{p:金玉姬}}、{{p:崔英淑}} | {{p:刘师傅}} | {{p:老马}} | {{p:小孙}}
1/27 初三 | 全体朝方 | {{p:刘师傅}} | {{p:老马}} | {{r:郑金姬}}
备注：中方员工放假。朝方员工正常生产，加班费由{{r:郑金姬}}统一结算。

[증언자 설명 — {{r:리순복}}, 2023. 10. 면담]
- 설에 {{u:중국}} 사람들은 다 집에 가고 우리만 새우를 깠어요. "{{r:李顺福}}"가 저예요.
- "{{r:郑金姬}}"는 우리 조장 {{r:정금희}}예요. 가공비 명목으로 설 특근비가 나왔다는데 우리는 구경도 못 했어요. {{r:금희}} 조장은 "당에 바친다"고 했어요.
- 경비 {{p:ＷＡＮＧ}}은 이름을 이렇게 크게 써서 우리가 "{{p:큰 왕}}"이라고 불렀어요. 그 {{p:큰 왕}}이 설날에 우리한테 만두를 갖다줬어요.
- {{p:老杨}} 할아버지는 냉동 창고 담당이었는데, {{p:옥희}}({{p:金玉姬}})가 손이 얼었을 때 자기 장갑을 줬어요.
- {{p:경애}} 언니({{p:许京爱}})는 초하루에 저랑 둘이 일했어요. {{r:순복}}아, 설인데 밥이라도 제대로 먹자고 했는데 {{r:정}} 조장이 못 하게 했어요.
""",
    },
    {
        "id": "h70-mixed-16",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jo Song-hui", "조성희", "witness", ["Song-hui", "성희", "Cho Sung-hee"]),
            ("Ha Chol-gu", "하철구", "supervisor", ["Chol-gu", "철구"]),
            ("Yu Mi-na", "유미나", "other", ["Mina", "미나"]),
        ],
        "note": "Interviewer's mixed Korean/English field notes from a session with a former Russian construction-site cook; speaker initials, names split across a line break and with a zero-width joiner, the surnames Jo, Ha and Yu beside English 'ha' and 'you', an interpreter named Mina, double spaces, the witness's South Korean spelling.",
        "text": """Field notes — session 2, {{r:Jo Song-hui}} ({{r:Cho Sung-hee}} on her ID), 2024-05-17, 14:00–16:10
Interviewer: {{p:Daniel Oh}} / Interp.: {{r:Yu Mi-na}} ({{r:Mina}})  / location: NGO office, {{u:Mapo-gu}}

- {{r:SH}} was cook for a brigade of 30 on a housing site in {{u:Yuzhno-Sakhalinsk}}, 2015–2017.  Brigade leader = {{r:Ha Chol-gu}} ({{r:하철구}}). Called him "{{r:철구}} 동지" to his face, "{{r:하}}가" behind his back.
- 식재료 돈은 {{r:철구}}가 다 관리. "쌀 10kg 사라고 돈 주고 20kg 사 왔다고 적으라 했어요."  → ledger fraud, ask if she kept anything.
- Co-workers she named: {{p:Ri Chang-ok}} (assistant cook), {{p:Sim Yong-
chol}} (electrician; fell from 4th floor 2016), {{p:Kwon\u200d Hak-su}} (driver).  Spelling of {{p:Sim}}'s name: {{p:심영철}} — check with T-088.
- When I said "you can stop any time", {{r:Mina}} translated and {{r:SH}} laughed: "Ha, {{r:하}} 반장이 들으면 웃겠네."
- {{r:성희}} 씨 asked that her daughter ({{p:조은솔}}, 12) not be mentioned anywhere.
- Russian neighbour who gave her winter boots: "Тётя {{p:Валя}}" → {{p:Valentina}}, surname unknown.
- Follow-up: {{r:Yu}} to send transcript by 24/05. {{r:Song-hui}} wants to read it with {{r:Mina}}, not alone.  You / {{r:Yu}} / me meeting on 31/05.
— {{p:D.O.}}
""",
    },
]
