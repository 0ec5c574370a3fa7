# ruff: noqa: E501
"""Held-out evaluation passages, set 54. Built by build_heldout.py heldout54.

Fifty documents of the kind an NGO working on North Korean workers sent abroad
actually holds, written blind (the finder's code was not read). A minority are the
core material staff type every day (interview summaries, question-and-answer
transcripts, e-mail threads, KakaoTalk and Telegram chat exports, phone-call notes
and an interpreter's running notes); the rest are genres no earlier set used
(passport custody logs, parole hearing summaries, sentencing remarks, employment
reference-check notes, scaffold inspection tag registers, company-registry research
notes, records disposal logs, school field-trip permission slips, rent-arrears
letters with replies, lawyers' billing narratives, crew welfare-fund ledgers,
after-school tutoring logs, welder qualification registers, loyalty-fund
contribution lists, translated dormitory commandants' duty journals,
confiscated-items registers, daycare communication notebooks, language-school
report cards, church cell-group reports, parcel-locker pickup logs, funeral-home
arrangement forms, rotating-savings-club ledgers, scheduled SMS batches, union
membership applications, moving-day volunteer car assignments, logging brigade
formation tables, translated Russian search protocols, Chinese shift-handover
books, Qatari labour dispute committee decisions, Mongolian neighbourhood canvass
notes, bathhouse rotas, snowball-sampling referral logs, Polish residence
registration books, water-tanker delivery logs, CCTV review notes and Chinese
labour-agency group announcements), in English, Korean and mixed Korean/English
with Russian, Chinese, Arabic, Mongolian, Polish, Vietnamese, Filipino,
Indonesian and Portuguese. Settings: construction in Kuwait, Qatar, Russia and
Poland, logging in the Russian Far East, seafood and garment factories in China,
distant-water fishing, Mongolia, Angola, and resettlement in South Korea. All
persons are fictional; real public figures are mentioned only neutrally.

Labelling convention (as in the preceding sets):
- {{r:...}} a mention of a registered private person (listed in the passage's
  "persons" as (romanized name, Hangul name, role, aliases)); {{p:...}} a mention
  of an unregistered private person; {{u:...}} a public name: a real public figure,
  a real place, a real organisation or company, a real ship, app, platform, law or
  public programme.
- Every fictional person is private, whatever their office (a fictional judge,
  parole commissioner, police officer, consul, doctor, teacher or pastor is private).
- Invented businesses, sites, churches and vessels are left unmarked.
- A mention is labelled as the text writes it: the name only, without particles
  (박철민이 -> {{r:박철민}}이; the affectionate suffix 이 after a given name also
  stays outside) and without titles or honorifics (한 씨 -> {{p:한}} 씨, 박 반장 ->
  {{r:박}} 반장, Mr {{p:Ho}}), but Chinese forms of address are labelled whole (老周,
  小王, 王总) and Russian and Polish names keep their case endings (Пака, Kima).
- A possessive 's, a plural -s, particles and emoji stay outside a mention.
- A nickname or alias that refers to a person is a mention of that person even when
  it is not registered; the same word used as an ordinary word is not. Surnames
  that are ordinary words (An, O, So, Ha, Yu, Jo, No, Do, Song, Moon; 한, 하, 조) are
  labelled only where they refer to a person.
- Initials standing for a person are mentions. Zero-width characters, fullwidth
  letters and line breaks inside a name stay inside the mention.
- In e-mail addresses, handles and file names only the part that spells the name is
  labelled; role accounts are unmarked.
- Generic kinship or role words used instead of a name (엄마, 형, 반장, "the cook")
  are not mentions.
- Country names are public places whenever they stand as nouns, also attributively
  (North Korea, 한국, 북한 사람, 중국 돈); nationality adjectives and derived words
  (Korean, Chinese, 한국어, 중국산, 러시아인, 조선족) are not marked.
"""

PASSAGES: list[dict] = [
    {
        "id": "h54-en-01",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Myong-su", "리명수", "witness", ["Myong-su", "Lee Myung-soo"]),
            ("O Kum-chol", "오금철", "supervisor", ["Uncle O", "the Zero"]),
            ("Song Hyok", "송혁", "coworker", ["Hyok"]),
        ],
        "note": "Third-person interview summary, Kuwait road construction; brigade leader with the one-letter surname O beside 'o'clock' and the letter O, nickname Zero; coworker Song with one-syllable given name; unregistered deputy known by surname only, Egyptian foreman, Indian driver, Sri Lankan cook, staff initials.",
        "text": """INTERVIEW SUMMARY (session 2 of 3) - case W-24-118
Interviewer: {{p:Hannah Seo}}; interpreter: {{p:Do Yun-ji}}; notes typed by {{p:Hannah}} the same evening.
Place: meeting room B, {{u:Incheon}} office. Date: 14 June 2024.

Who: {{r:Ri Myong-su}} (b. 1979, {{u:Hamhung}}), on his South Korean ID {{r:Lee Myung-soo}}. Sent to {{u:Kuwait}} March 2015, back in {{u:Pyongyang}} December 2017, left {{u:North Korea}} through {{u:China}} in 2019.

Summary
{{r:Myong-su}} picked up where we stopped last time, with the move from the villa site in {{u:Jahra}} to the road job south of {{u:Kuwait City}}. The brigade of 31 men was led by {{r:O Kum-chol}}, a man of about fifty from {{u:Sinpo}}. {{r:Ri}} was careful to say that {{r:O}} never hit anyone himself. "{{r:O}} had {{p:Chang}} for that." {{p:Chang}} (given name unknown, possibly {{p:Chang Il-bong}}, he is not sure) was the deputy and the so-called safety officer; in practice he kept the passports and ran the self-criticism session every Saturday at five o'clock.

Work started at 4:30 to beat the heat and, in theory, stopped at eleven from June to August because of the midday work ban. {{r:Ri}} says the ban was kept only on days when an inspection car was seen on the road. On other days {{r:O Kum-chol}} told them to carry on under the tarpaulin. When I asked how they knew about the ban at all, he said the Egyptian foreman of the main contractor, {{p:Mahmoud}}, used to shout "eleven, eleven, go inside!", and that {{p:Mahmoud Fathy}} once argued with {{r:O}} in front of the men. {{r:O}} laughed it off and said the Egyptian could not count past eleven anyway.

The collapse. On a day he places in "the hottest week of August 2016" his friend {{r:Song Hyok}} collapsed at the asphalt paver. {{r:Hyok}} was 26, the youngest in the brigade, from the same street as {{r:Ri}}'s wife. The Indian driver of the water truck, {{p:Rajesh}}, poured water over him and wanted to drive him to {{u:Adan Hospital}}; {{r:O}} refused and had {{r:Hyok}} carried into the container. {{r:Song}} came round in the evening but could not keep food down for three days. {{r:Ri}} believes {{r:Song Hyok}} went home in 2017 "with his kidneys ruined"; he has heard nothing since. He asked us twice whether we could find out, and twice I had to say no.

Note on names: the men called the brigade leader "Uncle {{r:O}}" to his face and "the {{r:Zero}}" behind his back, because the letter O looks like a zero and because of what they were paid. Both refer to {{r:O Kum-chol}}. Not to be confused with {{p:O Jin-hui}}, the cook at the second camp, whom {{r:Myong-su}} mentioned once and who is no relation. He says {{p:Jin-hui}} was kind to {{r:Hyok}} after the collapse and kept back rice porridge for him.

Follow-up
- {{p:Yun-ji}} to check whether {{r:Hyok}}'s surname was written 송 or 성 in the session 1 notes.
- Ask {{r:Ri}} about {{p:Chang}}'s role in the passport confiscation, and about the Sri Lankan camp cleaner, {{p:Nimal}}, who may have seen the collapse.
""",
    },
    {
        "id": "h54-en-02",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Kang Chol-jun", "강철준", "witness", ["Chol-jun"]),
            ("Pyon Tae-sik", "변태식", "official", ["Pyon"]),
            ("Ha Un-song", "하은성", "coworker", []),
        ],
        "note": "Transcription of a photographed passport custody log from a Qatar dormitory; table with Hangul and romanized names, the keeper's one-syllable Hangul signature repeated in every row, fullwidth letters from OCR, a zero-width space inside a Hangul name, a crossed-out row, surname Ha beside the laugh 'ha'; CRLF.",
        "text": """PASSPORT CUSTODY LOG - TRANSCRIPTION
Source: six phone photos taken by {{r:Kang Chol-jun}} in the site office, {{u:Al Wakrah}}, {{u:Qatar}}, November 2018 (IMG_2231 to IMG_2236). Transcribed by {{p:Lee So-ra}}, checked by {{p:Ben Whitfield}}, 3 May 2023.

The ledger heading reads "려권 보관 및 반환 등록부" (passport custody and return register). It was kept by the safety officer {{r:Pyon Tae-sik}}, whose one-character signature ({{r:변}}) appears in the last column. Passport numbers are shortened here; rows 3 and 6 are left out at the witnesses' request.

| No. | Name as written | Passport | Handed in | Returned | Reason | Sig. |
|---|---|---|---|---|---|---|
| 1 | {{p:김성혁}} | 745..12 | 2018-03-02 | - | - | {{r:변}} |
| 2 | {{r:강철준}} | 836..40 | 2018-03-02 | 2018-06-11 | hospital ({{u:Hamad General Hospital}}) | {{r:변}} |
| 4 | {{r:하은성}} | 745..19 | 2018-03-02 | 2018-09-31 | exit | {{r:변}} |
| 5 | {{p:조\u200b명길}} | 651..07 | 2018-03-04 | - | - | {{r:변}} |
| 7 | {{p:ＲＩ ＳＯＮＧ－ＭＡＮ}} | 903..55 | 2018-03-04 | - | - | {{r:변}} |
| 8 | {{p:Jang Myong-ho}} | 903..56 | 2018-04-17 | - | - | {{r:변태식}} |
| 9 | ~~{{p:박}}...~~ | illegible | - | - | row crossed out | - |
| 10 | {{p:문기철}} | 745..30 | 2018-04-17 | 2018-04-18 | bank (salary card) | {{r:변}} |

Transcriber's notes
Row 4: this is {{r:Ha Un-song}}. The return date 31 September does not exist; {{r:Kang}} thinks the real date was 1 October, the day {{r:Ha}} was sent home after the fight with {{r:Pyon}}. {{r:Ha}} only saw his passport again at {{u:Hamad International Airport}}, when {{r:Pyon}} handed it to the escort. "Ha, now you are free," {{r:Pyon}} said to him, according to {{r:Chol-jun}}.
Row 5: the OCR tool left an invisible character inside the name; kept as found. {{r:Kang}} knew {{p:Jo Myong-gil}} only slightly.
Row 7: the OCR output came out in fullwidth capitals. This is {{p:Ri Song-man}}, the brigade's driver.
Row 8: the only row written in Latin letters, and the only one {{r:Pyon}} signed in full. {{r:Chol-jun}} says {{p:Jang}} was "a special case" and was taken away to {{u:Doha}} by two men from the company office.
Row 9: under the line the first syllable looks like 박. {{r:Kang}} remembers a {{p:Pak}} who arrived with the second group and disappeared after a week.
Row 10: {{p:Mun Ki-chol}} got his passport back for one day to open a salary card at {{u:Qatar National Bank}}; the card itself, {{r:Kang Chol-jun}} says, stayed with {{r:Pyon}}.
""",
    },
    {
        "id": "h54-en-03",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kwak Chol-ho", "곽철호", "witness", ["Chol-ho"]),
            ("Yu Sang-gil", "유상길", "supervisor", ["Bear"]),
            ("Kwak Un-ju", "곽은주", "relative", ["Un-ju"]),
        ],
        "note": "Question-and-answer transcript, logging camp in Khabarovsk Krai; interviewer's surname Moon as a speaker label beside the moon; supervisor Yu nicknamed Bear beside the animal; Russian forester with Cyrillic name and case forms; wife registered; the answer 'No.' beside a private No.",
        "text": """Transcript - interview KWK-02, recorded 9 October 2023, {{u:Seoul}}
Interviewer: {{p:Moon Ji-hye}} ({{p:MOON}}). Interviewee: {{r:Kwak Chol-ho}} ({{r:KWAK}}). Interpreting not needed.
Transcribed by {{p:Eun-bi}}, lightly cleaned.

{{p:MOON}}: Last time you said the camp was near {{u:Chegdomyn}}. Can you describe the first winter?
{{r:KWAK}}: We arrived in October 2011. Minus forty by December. The moon was up when we went out and up when we came back. You do not see the sun in the forest in January.
{{p:MOON}}: Who was in charge?
{{r:KWAK}}: The brigade leader was {{r:Yu Sang-gil}}. We called him {{r:Bear}}. Not because he was strong. Because he slept all winter in the warm hut while we cut.
{{p:MOON}}: Did you ever see a real bear?
{{r:KWAK}}: Twice. A bear took the food sack once. {{r:Yu}} blamed {{p:Tak}} for it and took a month of his points.
{{p:MOON}}: {{p:Tak}} is...?
{{r:KWAK}}: {{p:Tak Myong-il}}. The youngest. He was nineteen. Later he cut his foot with the saw. {{r:Bear}} did not report it to the Russians because a reported injury spoiled the plan.
{{p:MOON}}: Which Russians?
{{r:KWAK}}: The forester, {{p:Nikolai Zaitsev}}. {{p:Nikolai Petrovich}}. He measured the timber and signed the tickets. We had to give {{p:Zaitsev}} cigarettes and fish so he would count more cubes. The men said "нести {{p:Зайцеву}}" - "take it to {{p:Zaitsev}}" - when they meant a bribe. He was not a bad man. When {{p:Tak}} was hurt, {{p:Nikolai}} drove him to the clinic in his own UAZ, and {{r:Yu}} screamed at him that evening.
{{p:MOON}}: Did anyone write to your family?
{{r:KWAK}}: My wife, {{r:Un-ju}}, sent two letters through the office in {{u:Khabarovsk}}. {{r:Kwak Un-ju}}. They were opened. Her second letter said our son had been ill, and {{r:Yu}} read it out in front of everyone as an example of "bourgeois weeping".
{{p:MOON}}: I am sorry. Do you want to stop?
{{r:KWAK}}: No. Go on.
{{p:MOON}}: Your first statement mentions "{{p:No}}'s saw". Who was {{p:No}}?
{{r:KWAK}}: Yes, {{p:No Song-chol}}. Old {{p:No}}. He had the only good Stihl. When {{p:No}} went home, {{r:Bear}} kept the saw and sold it to the Russians.
{{p:MOON}}: And you left the camp how?
{{r:KWAK}}: In 2014. I walked out at night with {{p:Tak}} and {{p:Choe}}. {{p:Choe Kum-song}}. We got to {{u:Komsomolsk-on-Amur}} on a timber lorry. The driver, a Chechen, {{p:Ruslan}}, did not ask questions. From there, a church, then {{u:Moscow}}, then the {{u:UNHCR}} office.
{{p:MOON}}: Thank you, {{r:Chol-ho}}. Let's stop here.
""",
    },
    {
        "id": "h54-en-04",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Daniel Chun", "대니얼 전", "other", ["Chun Dae-il", "DC"]),
            ("Jang Song-mi", "장성미", "witness", ["Song-mi"]),
            ("Ko Nam-hyok", "고남혁", "witness", ["Nam-hyok"]),
        ],
        "note": "Summary of victim personal statements for a parole review in England; offender a private recruiter with Korean and English names and initials; victims by name, given name and surname; Probation officer, victim liaison officer, prison and Parole Board; surname Ko; song as an ordinary word near Song-mi.",
        "text": """VICTIM CONTACT SCHEME - SUMMARY FOR FILE
Re: parole review of {{r:Daniel Chun}} (also known as {{r:Chun Dae-il}}), currently held at {{u:HMP The Mount}}
Prepared by: {{p:Priya Natarajan}}, casework team, for the victims' representatives
Victim liaison officer: {{p:Gareth Hughes}}, {{u:Probation Service}}
Date of panel: 15 March 2024 (paper review; an oral hearing has been requested)

1. Background
In 2019 {{r:Chun}} was convicted at {{u:Southwark Crown Court}} of offences under the {{u:Modern Slavery Act 2015}} and of fraud. He ran a recruitment business that promised North Korean defectors living in {{u:New Malden}} construction work in {{u:Poland}} and then held their documents and wages. The sentencing judge described {{r:Chun}} as "a man who knew exactly which fears to use". {{r:DC}} (as the victims refer to him) is now eligible for review.

2. Statement of {{r:Jang Song-mi}}
Ms {{r:Jang}} was recruited by {{r:Chun}} in 2017. She worked for eleven weeks at a fish-processing plant near {{u:Gdańsk}} and was paid for three. She says she is afraid that, if released, {{r:Daniel Chun}} will return to {{u:New Malden}}, where she lives with her daughter. She asks for an exclusion zone covering the {{u:Royal Borough of Kingston upon Thames}}. {{r:Song-mi}} writes that she still cannot listen to the song that played in {{r:Chun}}'s car on the drive to {{u:Stansted}}; that detail is in her statement because, she says, "it is the only thing I can describe without shaking".

3. Statement of {{r:Ko Nam-hyok}}
Mr {{r:Ko}} also worked in {{u:Poland}}, on a shipyard in {{u:Gdynia}}. His statement concentrates on {{r:Chun}}'s associate {{p:Terry Lim}}, who met the workers at the airport and took the passports "for registration". {{r:Nam-hyok}} asks the panel to note that {{p:Lim}} was never charged and that {{r:Chun}} and {{p:Lim}} were in contact from prison in 2021 (he has seen messages). {{r:Ko}} is not opposed to release as such; he asks for a no-contact condition naming himself, Ms {{r:Jang}} and a third victim, {{p:Yoo Kyung-ae}}, who did not submit a statement.

4. Conditions requested
- No contact, direct or indirect, with {{r:Jang Song-mi}}, {{r:Ko Nam-hyok}}, {{p:Yoo Kyung-ae}}.
- Exclusion zone as above.
- No work in recruitment or in any business that arranges travel or employment.
- Disclosure of any contact with {{p:Terry Lim}} ({{p:Lim Tae-ri}}).
""",
    },
    {
        "id": "h54-en-05",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Marek Zielinski", "마렉 지엘린스키", "other", ["Zieliński", "Zielińskiego"]),
            ("Kim Yong-nam", "김영남", "supervisor", ["Kima"]),
            ("Ryu Chang-ho", "류창호", "witness", ["R.C.H."]),
        ],
        "note": "Translated oral reasons of a Polish regional court's sentence in a forced-labour case at a Gdynia shipyard subcontractor; Polish case forms kept in brackets, victims by initials as Polish courts do, fictional judges and translator private, a North Korean group leader whose name shares its form with a real public figure's but is private here; court, inspectorate, Border Guard public; mixed line endings.",
        "text": """TRANSLATION FROM POLISH - FOR THE INJURED PARTIES ONLY
{{u:Sąd Okręgowy w Gdańsku}} ({{u:Regional Court in Gdańsk}}), IV Criminal Division
Oral statement of reasons for the judgment of 12 December 2022, case IV K 143/21
Recorded in the courtroom and translated by {{p:Joanna Mazur}}, sworn translator of Korean and Polish.
Presiding: {{p:Katarzyna Lewandowska}}, judge of the Regional Court; lay judges {{p:Halina Dudek}} and {{p:Zbigniew Pawlak}}.

The court has found the defendant {{r:Marek Zieliński}} guilty of the offence under Article 189a(1) of the Criminal Code, that is, trafficking in human beings for the purpose of forced labour, and has sentenced him to four years' imprisonment.

The court has found the defendant {{r:Kim Yong-nam}} guilty of aiding that offence. [Translator's note: the defendant is a citizen of {{u:North Korea}} and was tried in his absence. He is not the North Korean politician of the same name; the original reads "oskarżony {{r:Kim Yong Nam}}", and elsewhere "wobec {{r:Kima}}" - "against {{r:Kim}}".]

The facts. Between March 2016 and June 2018 the company managed by {{r:Zieliński}} supplied welders and fitters to subcontractors working in the shipyards of {{u:Gdynia}}. The workers were nationals of {{u:North Korea}}. They were recruited in their country, were brought to {{u:Poland}} on work permits obtained by the defendant's company, and were housed in two buildings in {{u:Gdańsk}}. The injured parties {{r:R.C.H.}}, {{p:P.M.S.}}, {{p:K.I.}} and twenty-two others listed in the indictment worked up to twelve hours a day, six or seven days a week.

The court does not believe the explanations of the defendant {{r:Zieliński}} (original: "wyjaśnieniom oskarżonego {{r:Zielińskiego}} sąd nie dał wiary") that he did not know where the wages went. The bank statements show that the wages were transferred to an account controlled by {{r:Kim Yong-nam}}, and the witness {{p:Tomasz Grabowski}}, the defendant's own accountant, testified that {{r:Zieliński}} personally instructed him to make these transfers. {{p:Grabowski}} was credible. The court also notes the testimony of the labour inspector {{p:Ewa Nowicka}} of the {{u:Państwowa Inspekcja Pracy}}, who inspected the site in 2017 and was told by {{r:Zieliński}} that "the Koreans prefer it this way". Inspector {{p:Nowicka}} did not accept that explanation and neither does the court.

The testimony of the injured party {{r:R.C.H.}}, heard through an interpreter with the help of the {{u:Straż Graniczna}}, is detailed and consistent. {{r:R.C.H.}} described how the group leader {{r:Kim}} held all passports in a safe in his room and how {{r:Kim}}'s deputy, a man named {{p:Hong}}, took the men to and from the shipyard in a minibus. {{r:R.C.H.}} said the workers received around 100 dollars a month "for cigarettes". Asked by the defence counsel, attorney {{p:Piotr Wiśniewski}}, why he had not complained, he said that complaining to a Pole meant complaining to {{r:Kim}}. The court finds this entirely understandable.

[Translator's note from Mrs {{p:Mazur}} for {{r:Ryu Chang-ho}}: you are {{r:R.C.H.}} in this judgment. The court did not use your full name. If you wish to claim compensation, please call the office; {{p:Joanna}} will help with the forms.]
""",
    },
    {
        "id": "h54-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("An Hye-ryon", "안혜련", "witness", ["Hye-ryon", "Anne"]),
            ("No Kwang-il", "노광일", "witness", ["Kwang-il"]),
        ],
        "note": "Job-placement team's employment reference-check notes for two resettled former workers; surnames An and No beside the article 'an' and the answer 'No'; candidate's self-chosen English name; referees (line manager, Korean teacher, pastor) are private; Hana Foundation and Hanawon public.",
        "text": """REFERENCE CHECKS - job placement file, week of 4 March 2024
Checks done by phone by {{p:Mirae Han}} (placement officer). Candidates consented in writing. Internal notes, not for the employer.

Candidate 1: {{r:An Hye-ryon}} - applying for packing-line team lead, food plant in {{u:Gimpo}}

Referee 1: {{p:Choi Dong-hoon}}, line manager at her current job (bakery wholesaler, {{u:Bucheon}}). Called 4 Mar, 10:15.
- Has known {{r:Hye-ryon}} for two years. Calls her "{{r:Anne}}"; says the whole floor does, she chose it herself on day one because the Vietnamese colleagues found "{{r:Hye-ryon}}" hard to say.
- Reliable, never late. "If {{r:An}} says she will cover a shift, she covers it."
- Weakness: does not push back when the night supervisor, {{p:Kwon}}, hands her extra work. Mr {{p:Choi}} thinks this comes from "the way she worked before". He did not ask and I did not tell him anything about her past.
- Would rehire: yes, without hesitation. "Give {{r:Anne}} an hour and she finds an answer."

Referee 2: {{p:Yoo Min-ji}}, her Korean-language teacher at the {{u:Korea Hana Foundation}} learning centre. Called 4 Mar, 14:40.
- Ms {{r:An}} attended 2022-2023; top of her class in writing. {{p:Yoo}} mentioned that {{r:Hye-ryon}} helped an older classmate, {{p:Kye Sun-bok}}, with forms every week.
- Asked whether {{r:An}} can lead a team: "She led forty women in a garment factory in {{u:Dandong}}. She can lead anything." Note: {{r:An Hye-ryon}} told me herself about {{u:Dandong}}; {{p:Yoo}} should not have repeated it to a caller. I reminded her gently.

Candidate 2: {{r:No Kwang-il}} - applying for forklift driver, logistics centre, {{u:Icheon}}

Referee 1: Pastor {{p:Seo Jung-woo}}, church in {{u:Anyang}}. Called 5 Mar, 09:30.
- Has known {{r:Kwang-il}} since he left {{u:Hanawon}} in 2021.
- Asked if there were ever problems with drink. "No. Never." Asked if {{r:No}} ever missed work. "No, not that I know of."
- Pastor {{p:Seo}} added that Mr {{r:No}} had a forklift ticket in {{u:Russia}}, from the construction site in {{u:Vladivostok}}; not valid here, so he took the Korean licence last year.

Summary for {{p:Hyun-woo}} (team lead): {{r:An}} strong, recommend. {{r:No}} fine, recommend; second referee still to call. - {{p:MH}}
""",
    },
    {
        "id": "h54-en-07",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Yun Chol-min", "윤철민", "witness", ["Chol-min", "Yoon Cheol-min"]),
            ("Yun Hye-gyong", "윤혜경", "relative", ["Hye-gyong"]),
        ],
        "note": "E-mail thread between an NGO in Seoul and a partner in Ulaanbaatar about a former construction worker; quoted replies with '>' markers, name-spelling e-mail local parts and a role account, O' surname of a staff member, Mongolian landlord and lawyer, the witness's sister, embassy and IOM public; CRLF.",
        "text": """From: {{p:Tuya Batbold}} <{{p:tuya.batbold}}@steppe-legal.mn>
To: {{p:Sarah O'Neill}} <{{p:sarah.oneill}}@ngo-example.org>
Cc: casework <casework@ngo-example.org>
Subject: RE: RE: {{r:Yun}} - room, documents, next steps
Date: Thu, 7 Sep 2023 09:12 +0800

Dear {{p:Sarah}},

Short update. {{r:Chol-min}} moved yesterday. The new room is in {{u:Songinokhairkhan}}, a ger-district house; the landlord is a cousin of our driver {{p:Ganbold}}, so no questions asked. I paid two months (400,000 MNT) from the emergency line; receipt attached.

On documents: our lawyer {{p:Enkhbayar}} met the consular officer on Tuesday. The {{u:Embassy of the Republic of Korea in Mongolia}} will take the case once {{r:Yun}} is ready to go in; he is not ready yet, he is afraid someone from the site will see him at the gate. I understand him.

His sister question: he confirms the name is {{r:Yun Hye-gyong}}, born 1988, and that she left through {{u:China}} in 2016. He thinks {{r:Hye-gyong}} may be in {{u:Incheon}}. Can your side check quietly?

Best,
{{p:Tuya}}

> On Tue, 5 Sep 2023, {{p:Sarah O'Neill}} wrote:
> Dear {{p:Tuya}},
> Thank you for seeing Mr {{r:Yun}} so quickly. Two things from our side:
> 1) Please ask him to confirm his sister's full name and year of birth. In his first call he said "{{r:Hye-gyong}}", in the second "{{r:Hye-kyung}}"; probably the same person, but we need it right before {{p:Min-seo}} searches.
> 2) The old room: he said the man who found him there was {{p:Pak}}, the site's "interpreter". Is that the same {{p:Pak}} who came to your office in July? If so, please do not let {{r:Chol-min}} stay another night.
> {{p:Sarah}}
> --
> {{p:Sarah O'Neill}} | Casework Coordinator

>> On Sat, 2 Sep 2023, {{p:Tuya Batbold}} wrote:
>> {{p:Sarah}}, {{r:Yun Chol-min}} ({{r:Yoon Cheol-min}} on the note you sent) came to us today with {{p:Bolormaa}} from the church. He worked on the apartment blocks near the {{u:Chinggis Khaan International Airport}} road until June, then left the site. He says his brigade leader {{p:Ri Song-chol}} kept everyone's passports and that {{p:Ri}} is still in {{u:Ulaanbaatar}}. {{r:Yun}} is sleeping at a room {{p:Pak}} arranged for him and is scared of {{p:Pak}}. He would like to contact {{u:IOM}} but not yet.
>> {{p:Tuya}}
""",
    },
    {
        "id": "h54-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Yong-jin", "최영진", "witness", ["Yong-jin", "CHOE Y.J."]),
            ("Jo Sung-hak", "조승학", "supervisor", ["Jo", "JO SUNG HAK"]),
        ],
        "note": "Scaffold inspection tag register exported from a Qatar stadium-district site and annotated by the witness; team leads in capitals and initials, surnames Jo, So and Do beside ordinary words, Nepali, Indian and Filipino inspectors, a date 29 February 2019 that cannot exist; Lusail and ministry public.",
        "text": """SCAFFOLD TAG REGISTER - Zone C, residential tower, {{u:Lusail}} (export dated 02/03/2019)
Provided by {{r:Choe Yong-jin}}, who kept a copy on his phone. Annotations in [brackets] are his, as told to {{p:Lena Kwon}} on 18 May 2023.

Tag   | Level | Erected by (team lead) | Inspected by   | Date        | Tag colour | Remarks
C-101 | L3    | {{r:JO SUNG HAK}}            | {{p:B. Thapa}}       | 24/02/2019  | GREEN      | -
C-102 | L3    | {{r:JO SUNG HAK}}            | {{p:B. Thapa}}       | 24/02/2019  | RED        | missing toe boards
C-103 | L4    | {{p:SO MYONG DOK}}           | {{p:D. Kumar}}       | 25/02/2019  | GREEN      | -
C-104 | L4    | {{p:SO MYONG DOK}}           | {{p:D. Kumar}}       | 25/02/2019  | YELLOW     | ladder not tied
C-105 | L5    | {{r:CHOE Y.J.}}              | {{p:R. dela Cruz}}   | 27/02/2019  | GREEN      | -
C-106 | L5    | {{p:DO K.}}                  | {{p:R. dela Cruz}}   | 29/02/2019  | GREEN      | re-inspected
C-107 | L6    | {{r:JO SUNG HAK}}            | -              | -           | -          | not inspected, in use
C-108 | L6    | {{r:JO S.H.}}                | {{p:B. Thapa}}       | 01/03/2019  | RED        | base plates missing; do not use

[C-102: {{r:Jo}} changed the red tag to a green one himself when {{p:Thapa}} went to lunch. I saw it. {{p:Bikash}} shouted at him the next day but did not report it, I think because {{r:Jo}} gave him something.]
[C-103/104: {{p:So}} is {{p:So Myong-dok}} from my brigade. So, of all of us, he was the careful one; {{p:Myong-dok}} always tied the ladders, except that day, because {{r:Jo Sung-hak}} was shouting to finish.]
[C-106: the date is wrong, 2019 has no 29 February. {{p:Do}} told me later that {{p:Dela Cruz}} filled the tag on 1 March and wrote any date. {{p:Do Kwang-chol}} fell from C-107 on 3 March - the one nobody inspected. Broke his hip. He was taken to hospital by the Filipino inspector, {{p:Rommel}}, not by us. {{r:Jo}} told the company the fall was at the camp, not on site.]
[C-107: this is the scaffold. {{r:JO}} told me to erase that line from the register. I did not erase it, I photographed it.]

Note by {{p:Lena}}: {{r:Yong-jin}} has agreed that this table may be shared with the {{u:Ministry of Labour}} of {{u:Qatar}} if {{p:Do Kwang-chol}}'s case is ever raised, but only with his own name removed.
""",
    },
    {
        "id": "h54-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pak Ok-sun", "박옥순", "witness", ["Ok-sun"]),
            ("Sun Guoqiang", "쑨궈창", "supervisor", ["老孙", "孙国强", "Lao Sun"]),
        ],
        "note": "Open-source company-registry research notes corroborating a seafood-factory testimony in Hunchun; Chinese legal representative, shareholders and supervisor in Hanzi and pinyin, a Chinese form of address for the manager, a shareholder whose Chinese name is the Hanzi form of a Korean name; registry platforms and places public.",
        "text": """RESEARCH NOTES - corporate records, seafood plant named in testimony T-0412 ({{r:Pak Ok-sun}})
Researcher: {{p:Aiden Ko}}. Sources: {{u:National Enterprise Credit Information Publicity System}}, {{u:Qichacha}} (free tier), archived job ads. Started 11 Jan 2024.

0. What the testimony says
{{r:Ok-sun}} worked 2017-2019 in a squid and crab plant in the {{u:Hunchun}} border zone with about 200 North Korean women. She names the Chinese production manager as "{{r:老孙}}" ({{r:Lao Sun}}); the women called him "{{r:孙}} 사장" among themselves. She remembers the company sign only partly: "...水产品有限公司".

1. Candidate companies ({{u:Hunchun}}, aquatic products, founded before 2017, 100+ staff)
(a) a 水产品 company registered 2012. Legal representative: {{p:刘春梅}} ({{p:Liu Chunmei}}). Shareholders: {{p:刘春梅}} 60%, {{p:金哲}} ({{p:Jin Zhe}}) 40%. Supervisor: {{p:王海}}.
(b) a 食品 company registered 2015, address in the {{u:Hunchun Border Economic Cooperation Zone}}. Legal representative: {{r:孙国强}} ({{r:Sun Guoqiang}}). Shareholders: {{r:孙国强}} 100%. Manager (经理) listed as {{r:孙国强}}; supervisor {{p:孙丽}} ({{p:Sun Li}}, probably a relative).

2. Match
(b) fits best: a manager surnamed {{r:Sun}} who is also the sole shareholder would be "{{r:老孙}}" to the workers and "사장" to the Koreans. Showed {{r:Ok-sun}} the registry photo of {{r:Sun Guoqiang}}'s business licence signature on 15 Jan; she did not recognise the signature (not surprising) but said the company's old phone number "sounds right".
(a): {{p:金哲}} is the Chinese reading of a Korean name ({{p:Kim Chol}}); could be an ethnic Korean partner. {{r:Pak}} does not remember a {{p:Kim}} at the plant. Keep open.
""",
    },
    {
        "id": "h54-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jon Myong-hui", "전명희", "witness", ["Myong-hui"]),
        ],
        "note": "NGO records disposal log after retention periods and a consent withdrawal; file names with name parts (only the name part labelled), staff who destroyed and witnessed, an impossible disposal date, cloud storage platforms and the Korean data-protection regulator public.",
        "text": """RECORDS DISPOSAL LOG - 2024 Q1
Policy ref. DP-07 (retention: interview audio 5 years; transcripts 7 years; ID copies 1 year after case closure; consent withdrawn = destroy within 30 days)
Maintained by: {{p:Jung Ha-rin}} (data protection lead). Second signatory required for every line.

| # | Item | Location | Reason | Destroyed by | Witnessed by | Date |
|---|---|---|---|---|---|---|
| 1 | interview_{{p:Pak}}_2017_v3.docx, interview_{{p:Pak}}_2017_audio.m4a | shared drive /casework/2017 | retention (audio) expired | {{p:Jung Ha-rin}} | {{p:Tom Brennan}} | 08/01/2024 |
| 2 | W-17-044_{{p:songmi}}_ID.pdf | {{u:Google Drive}} (legacy) | ID copy, case closed 2022 | {{p:Jung Ha-rin}} | {{p:Tom Brennan}} | 08/01/2024 |
| 3 | IMG_{{p:hyejin}}_passport_front.jpg, IMG_{{p:hyejin}}_passport_back.jpg | {{u:Dropbox}} (legacy) | ID copy | {{p:Tom Brennan}} | {{p:Jung Ha-rin}} | 09/01/2024 |
| 4 | all records of {{r:Jon Myong-hui}} (W-21-109): 3 transcripts, 2 audio, intake form, photos | drive + paper file cabinet 2 | consent withdrawn 12/01/2024 | {{p:Jung Ha-rin}} | {{p:Oh Se-jin}} | 30/02/2024 |

Notes
Line 4: the date 30/02/2024 was entered by mistake; the paper file was shredded on 29/02 and the drive items deleted on 01/03. {{p:Se-jin}} to correct. {{r:Myong-hui}} asked on the phone that "everything with my name" be destroyed, including the notes of her sister's call. Her sister is {{p:Jon Myong-ok}}; {{p:Myong-ok}}'s own case (W-22-017) is NOT affected and must stay. Confirmation letter sent to {{r:Jon}} on 04/03 by registered post; Ms {{r:Jon}} signed for it.
Reportable to the {{u:Personal Information Protection Commission}}: no.
Reviewed by {{p:Ha-rin}}, 05/03/2024.
""",
    },
    {
        "id": "h54-en-11",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yu Kyong-ae", "유경애", "relative", ["Kyong-ae"]),
            ("Ri Jin", "리진", "relative", ["Jin", "Jinnie"]),
        ],
        "note": "Transcribed field-trip permission slips for an after-school club of children of resettled families; parents and children by full name, given name and pet name, a one-syllable given name, surname Yu beside the word 'you', signature lines, allergy notes; zoo and museum public.",
        "text": """SATURDAY CLUB - FIELD TRIP PERMISSION SLIPS (transcribed for the coordinator, originals in the red folder)
Trip: {{u:Seoul Grand Park}} zoo, Saturday 18 May 2024, 9:30-16:00. Leaders: {{p:Kang Da-eun}}, {{p:Michael Reyes}} (volunteer).

Slip 1
Child: {{r:Ri Jin}}, age 8. Parent/guardian: {{r:Yu Kyong-ae}} (mother).
"I give permission for my child {{r:Jin}} to join the trip." Signed: {{r:유경애}}.
Allergies: peanuts (EpiPen in his bag). Emergency contact: {{r:Yu Kyong-ae}}, and if no answer, neighbour {{p:Hong Sun-ja}}.
Note written on the back by the mother: "Teacher, {{r:Jinnie}} is scared of big animals since {{u:China}}. If he cries please call me, not scold. Thank you. {{r:Kyong-ae}}"

Slip 2
Child: {{p:Pak So-yul}}, age 10. Parent/guardian: {{p:Pak Chol}} (father).
Signed: {{p:박철}}. Allergies: none. Photo consent: NO (father wrote "no photos of {{p:So-yul}} anywhere").

Slip 3
Child: {{p:Ha Ji-an}}, age 11. Parent/guardian: {{p:Ha Song-nam}} (father).
Signed: {{p:하성남}}. Photo consent: yes. Comment: "{{p:Ji-an}} may leave at 15:00, I will pick up at the main gate."

Slip 4 - NOT RETURNED
Child: {{p:Mun Seo-a}}, age 9. Call the grandmother, {{p:Mun Kum-sil}}, before Thursday.

Coordinator's notes ({{p:Da-eun}}):
- Thank you all for the slips. If you have questions, you can call me any time.
- {{r:Jin}}'s EpiPen: {{p:Michael}} has done the training. Seat {{r:Jin}} next to {{p:Ji-an}}, they are friends.
- Mrs {{r:Yu}} asked whether she can come as a helper. Yes - there is a seat on the bus. Told her on the phone; {{r:Yu}} will bring kimbap for the leaders.
- Afternoon option if raining: {{u:National Museum of Korea}} children's museum.
""",
    },
    {
        "id": "h54-en-12",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Do Kum-hyang", "도금향", "witness", ["Kum-hyang"]),
            ("Bang Jae-sung", "방재성", "other", []),
        ],
        "note": "Letting agent's rent-arrears letter to a resettled former garment worker in England and a caseworker's reply; the tenant's surname Do beside the verb 'do', the landlord's surname Bang beside 'bang', agent, council officer and caseworker private, council and benefit agency public; CRLF.",
        "text": """HARTLEY & ROSS LETTINGS
14 Station Road, {{u:Croydon}}

Ms {{r:Kum-hyang Do}}
Flat 3, 27 Lennard Road

12 February 2024

Dear Ms {{r:Do}},

RENT ARREARS - GBP 1,140.00

Our records show that the rent for December, January and February has not been paid in full. On behalf of your landlord, Mr {{r:Bang}}, we ask you to pay the outstanding amount within 14 days. If you do not do so, or do not contact us, the landlord may serve notice under section 8.

Yours sincerely,
{{p:Lisa Cho}}
Property Manager

---

REPLY (sent by e-mail, 16 February 2024)

Dear Ms {{p:Cho}},

I am a caseworker supporting Ms {{r:Do Kum-hyang}}, with her written permission (attached). Ms {{r:Do}} received your letter on 14 February and asked me to reply because her written English is still limited.

1. The shortfall is not a refusal to pay. {{r:Kum-hyang}}'s housing element of {{u:Universal Credit}} was reduced in December after a change of circumstances was recorded wrongly. We have asked the {{u:Department for Work and Pensions}} for a mandatory reconsideration and expect the arrears to be paid directly to the landlord.

2. Ms {{r:Do}} has also applied to {{u:Croydon Council}} for a discretionary housing payment. The council officer, Mr {{p:Adeyemi}}, told me on 15 February that a decision is due within three weeks.

3. Ms {{r:Do}} would like Mr {{r:Bang}} to know two things. First, the front door of the building still does not close; it bangs all night, and on 2 February a stranger came up to the flats. Second, she has paid 1,900 pounds since December from her own wages, and she would like receipts for those payments. She says that when she telephoned Mr {{r:Bang Jae-sung}} directly in January, he told her to "talk to the agent", and that the agent's office told her to "talk to Mr {{r:Bang}}".

Please do not serve notice while these applications are pending. Ms {{r:Do}} works nights at a bakery and is not always free in the day; please send all letters to me as well as to her.

Kind regards,
{{p:Eleni Papadopoulos}}
Caseworker
cc: {{r:Do Kum-hyang}}; {{p:Min-jung}} (Korean-speaking volunteer who read the letter to {{r:Kum-hyang}})
""",
    },
    {
        "id": "h54-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Hwang Kum-hyok", "황금혁", "witness", ["Kum-hyok", "KH"]),
            ("Ma Chang-su", "마창수", "supervisor", ["Ma"]),
        ],
        "note": "Caseworker's running phone-call notes with a worker who left a Sakhalin construction site, typed fast in lower case with initials; supervisor surname Ma beside 'ma'am', Russian landlady with diminutive and case forms in Cyrillic, Central Asian driver, church contact; places public.",
        "text": """call log - {{r:hwang}} ({{r:KH}}) - {{u:sakhalin}}
typed live, not cleaned. {{p:jh}} = me ({{p:Ji-hoon}})

mon 22/1 21:40 (his time 23:40)
- {{r:KH}} calling from landlady's phone. left site in {{u:yuzhno-sakhalinsk}} fri night. walked to town.
- says {{r:ma}} (brigade leader {{r:ma chang-su}}) found out sun morning, called all the men in, said {{r:kum-hyok}} "ran to the south". {{r:ma}} took his bag + the phone he left behind.
- staying w/ russian woman, "{{p:valentina ivanovna}}", 60s, rents rooms. he calls her {{p:валя}}. she doesnt know who he is. told her hes a korean from {{u:uzbekistan}} lol
- asked: passport? -> with {{r:ma}}. always has been.
- next call wed same time.

wed 24/1 21:30
- {{r:kum-hyok}} ok. {{p:valya}} fed him soup. he heard her on the phone: "у меня живёт кореец, тихий" - he understood "{{p:Вали}}" has a korean staying, quiet one. worried.
- {{r:Ma}} called {{r:KH}}'s old number 6 times (a friend, {{p:Ryang}}, still has that sim, told him on {{u:WhatsApp}}). {{p:Ryang}} is {{p:ryang song-il}}, same brigade. trust?? {{r:KH}} says yes, {{p:song-il}} "is like my brother"

fri 26/1 22:10
- bad. {{r:ma}} + another man came to the market near {{p:valentina}}'s street, asking for a korean. {{r:kum-hyok}} saw them from the window. {{r:Ma Chang-su}} and "the tall one", maybe {{p:Pyo}} from the office.
- {{p:Валентина Ивановна}} told them nothing (!!). {{r:KH}} thinks she understood. she said to him after, in russian, "{{r:Ма}} твой - плохой человек" (roughly: your {{r:Ma}} is a bad man).
- plan: {{p:Farrukh}}, a taxi driver {{p:valya}} knows, can take him to {{u:korsakov}} sunday. from there ferry? no - {{r:KH}} has no passport. stay put. discussed w/ {{p:Sun-young}} (supervisor), she says call {{u:unhcr}} {{u:moscow}} office mon.
- {{r:KH}} asked "yes ma'am or no ma'am" when i explained - he learned "ma'am" from a filipino nurse at the hospital. told him im not ma'am lol. he laughed first time.
""",
    },
    {
        "id": "h54-en-14",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Kwang-song", "리광성", "witness", ["Kwang-song", "RKS"]),
            ("Sim Yong-dok", "심영덕", "supervisor", []),
            ("Ri Sol-hui", "리설희", "relative", ["Sol-hui"]),
        ],
        "note": "Pro bono law firm's billing narratives for a damages claim by a former Kuwait construction worker; fee earners by initials, client by surname, initials and given name, a defendant supervisor, the client's daughter, an expert and an interpreter; court and ILO public.",
        "text": """MATTER 2023-PB-017 - {{r:RI Kwang-song}} v. {{r:SIM Yong-dok}} and others (damages)
Pro bono time record, export for the quarterly report. Fee earners: {{p:JHK}} ({{p:Jang Hye-kyung}}, partner), {{p:DWL}} ({{p:Lee Dong-wook}}, associate), {{p:SP}} ({{p:Sophie Park}}, paralegal).

Date       | FE  | Hrs | Narrative
2023-07-03 | {{p:JHK}} | 1.5 | First meeting with client {{r:Ri}} and caseworker {{p:Nam}}; scope of claim; conflict check on {{r:Sim Yong-dok}} (clear).
2023-07-11 | {{p:DWL}} | 3.2 | Research: jurisdiction of the {{u:Seoul Central District Court}} over acts abroad; memo to {{p:JHK}}.
2023-07-19 | {{p:DWL}} | 1.1 | Call with {{r:RKS}} via interpreter {{p:Chae Won-hee}}: dates of wage deductions; {{r:Kwang-song}} recalls {{r:Sim}} announced the "loyalty contribution" at New Year 2015.
2023-08-30 | {{p:DWL}} | 2.4 | Meeting with expert Prof. {{p:Yoon}} (labour economics): method for lost-earnings estimate.
2023-09-12 | {{p:JHK}} | 1.0 | Call with client's daughter {{r:Ri Sol-hui}} (client asked that she be included); explained timeline; {{r:Sol-hui}} to collect {{r:Ri}}'s medical records.
2023-10-04 | {{p:DWL}} | 2.9 | Draft witness statement of {{r:Ri Kwang-song}}; paras 1-41; request for {{u:ILO}} reports on {{u:Kuwait}} migrant housing.
2023-10-20 | {{p:DWL}} | 1.3 | Call with {{r:RKS}}: corrections; client insists {{r:Sim}} "never touched anyone, he had {{p:Kye}} do it"; added para 42 on {{p:Kye}} ({{p:Kye Myong-chol}}).

Totals: {{p:JHK}} 2.5 h; {{p:DWL}} 10.9 h; {{p:SP}} 2.0 h. Written off: 0.0.
Note for the report (by {{p:SP}}): please refer to the client only as "a former construction worker"; do not name Mr {{r:Ri}}, {{r:Sol-hui}} or the defendants.
""",
    },
    {
        "id": "h54-en-15",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Rim Kwang-nam", "림광남", "witness", ["Kwang-nam", "Korea"]),
            ("Eduardo Santos", "에두아르도 산토스", "coworker", ["Eddie", "Ed"]),
            ("Lin Zhiming", "린즈밍", "supervisor", ["林船长", "Captain Lin"]),
        ],
        "note": "Crew welfare-fund ledger kept on a distant-water longliner, copied by a Filipino deckhand; Filipino, Indonesian, Vietnamese, Chinese and North Korean crew by nicknames (Jun-jun, Bong, Pak Budi with the Indonesian honorific outside), a North Korean crewman nicknamed after his country, the captain as 林船长; ports public, vessel invented and unmarked.",
        "text": """CREW WELFARE FUND - F/V Hai Xiang 68 (copy of the notebook kept in the mess, pages 4-6)
Copied by {{r:Eduardo Santos}} ("{{r:Eddie}}"), handed to the port chaplain in {{u:Port Louis}}, {{u:Mauritius}}, 2 March 2022. Amounts in US dollars. Everyone gives 5 USD each month, the fund pays for medicine, phone cards, and sends money home if someone is hurt or dies.

Month    | Paid in by                                             | Total | Paid out
Oct 2021 | {{r:Eddie}}, {{p:Jun-jun}}, {{p:Bong}}, Pak {{p:Budi}}, {{p:Agus}}, {{p:Hải}}, {{p:Tuấn}}, {{r:Korea}}, {{r:Rim}} (twice - see note), {{p:Lao Wu}} | 45 | 12 - phone cards ({{p:Agus}}, {{p:Hải}})
Nov 2021 | same, minus {{p:Lao Wu}} (refused)                        | 40 | 30 - antibiotics for {{p:Bong}} (hand infection)
Jan 2022 | same + {{p:Ramil}} (new)                                  | 45 | 85 - sent to {{p:Tuấn}}'s mother after his fall
Feb 2022 | same                                                   | 45 | 20 - {{r:Kwang-nam}}, dentist in {{u:Port Louis}} (captain refused)

Notes written in the notebook (English, by {{r:Ed}} unless marked):
- {{r:Korea}} = {{r:Rim Kwang-nam}}. We call him {{r:Korea}} because he is the only one from there. He does not mind. He says in {{u:North Korea}} nobody would call him that. "{{r:Rim}}" in October was written twice by {{p:Jun-jun}}; {{r:Rim}} and {{r:Korea}} are the same man, he paid once. (correction by {{p:Jun-jun}}: sorry {{r:Kwang-nam}}!!)
- {{r:林船长}} ({{r:Captain Lin}}) knows about the fund and said OK but he takes no part. {{p:Lao Wu}}, the chief engineer, said the fund is "union business" and stopped paying in November.
- {{r:Kwang-nam}}'s tooth: captain said no dentist, no port. When we reached {{u:Port Louis}} for transshipment {{r:Eduardo}} and {{p:Bong}} took {{r:Rim}} to the dentist on shore leave. {{r:Lin Zhiming}} was angry because {{r:Rim}} has no shore pass. (Note by {{r:Kwang-nam}}, in Korean, translated later by the chaplain's volunteer {{p:Grace Yoo}}: "thank you brothers, I will not forget {{r:Eddie}} and {{p:Bong}}".)
- Pak {{p:Budi}} is Indonesian, "Pak" is just respect, like sir. Not Korean!
""",
    },
    {
        "id": "h54-en-16",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Choe Byol", "최별", "relative", ["Byol", "Star"]),
            ("Ham Chun-hwa", "함춘화", "witness", ["Chun-hwa"]),
        ],
        "note": "Volunteer tutors' session log for a Thursday tutoring programme; a teenager with the one-syllable given name Byol nicknamed Star beside gold-star stickers, her mother a former garment worker in China, tutors by first name and initials, a classmate and a school teacher; exam body and places public; mixed line endings.",
        "text": """THURSDAY TUTORING - SESSION LOG (shared doc; newest at the bottom)
Tutors: {{p:Oliver Grant}} ({{p:OG}}), {{p:Ji-soo Baek}} ({{p:JSB}}), {{p:Mariam}} ({{p:M}}). Learners this term: {{r:Choe Byol}} (15, maths + English), {{r:Ham Chun-hwa}} (adult, GED Korean + social studies), {{p:Kim Tae-yang}} (14, maths).

7 Mar - {{p:OG}}
{{r:Byol}} did fractions, 18/20. She asked me to stop calling her "{{r:Star}}" in front of {{p:Tae-yang}} ("too childish"). Noted! Gave her a gold star sticker anyway, she put it on her phone case. {{r:Chun-hwa}} (her mum) waited in the corridor and then joined {{p:JSB}}.

7 Mar - {{p:JSB}}
{{r:Ham Chun-hwa}}: reading comprehension, old exam paper 2022. Slow but accurate. She said she learned to read fast "in the factory dormitory in {{u:Shenyang}}, under the blanket, with the torch". Did not push further. {{r:Chun-hwa}} wants to sit the exam in August, through the {{u:Korea Institute for Curriculum and Evaluation}} booking site; {{p:Ji-soo}} to help register.

14 Mar - {{p:M}}
{{p:Tae-yang}} absent (cold). {{r:Byol}} came alone; mum at work. Essay in English: "My name is {{r:Byol}}, it means star. My mother named me because in {{u:China}} she could see many stars from the factory roof." Lovely. Corrected tenses only. {{r:Byol}} says her homeroom teacher, Ms {{p:Jeon}}, thinks she should go to a specialist high school.

Note from coordinator {{p:Rosa}}: please do not write teachers' names here. The homeroom teacher above is {{p:Jeon}}, leave it at that.
""",
    },
    {
        "id": "h54-en-17",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Yong-chol", "김영철", "witness", ["Ким Ен Чер", "Yong-chol"]),
            ("Pak Son-il", "박선일", "coworker", ["Пак Сон Ир"]),
            ("Gennady Orlov", "겐나디 오를로프", "supervisor", ["Орлов", "Орлова", "Gena"]),
        ],
        "note": "Welder qualification register from a Vladivostok steel-structure site, English headings with Russian entries; North Korean welders in Cyrillic renderings, Russian site engineer with case forms, a Russian examiner with initials; a worker whose name is also that of a public figure but who is private; city and island public.",
        "text": """WELDER QUALIFICATION REGISTER (extract) - steel frame, block 2
Site: {{u:Vladivostok}}, {{u:Russky Island}} road section. Original in Russian; headings translated by {{p:Anna Kovaleva}} for the NGO, 2021.

| # | Welder (as written)  | Process | Cert. no.   | Tested    | Result | Examiner            | Notes (original)                       |
|---|----------------------|---------|-------------|-----------|--------|---------------------|----------------------------------------|
| 1 | {{r:Ким Ен Чер}}           | MMA     | ВЛ-117-2018 | 12.04.2018 | годен  | {{p:Сидоренко В.П.}}      | допуск выдан {{r:Орловым}}                  |
| 2 | {{r:Пак Сон Ир}}           | MMA     | ВЛ-118-2018 | 12.04.2018 | годен  | {{p:Сидоренко В.П.}}      | -                                      |
| 3 | {{p:Ли Гван Су}}           | MAG     | ВЛ-119-2018 | 12.04.2018 | не годен | {{p:Сидоренко В.П.}}    | пересдача; работает подсобником у {{p:Ли}}?? |
| 5 | {{p:Со Чан Гир}}           | MMA     | -           | -         | -      | -                   | не допускать, без сертификата (по указанию {{r:Орлова Г.А.}}) |

Translation of the notes column: 1 - clearance issued by {{r:Orlov}}; 3 - re-test; "works as a helper for {{p:Li}}??"; 5 - not to be admitted, no certificate (on the instruction of {{r:G.A. Orlov}}).

Witness comment ({{r:Kim Yong-chol}}, interview 2021-06-03):
I am number 1. Not the famous one, just a welder with the same name; the Russians always laughed about that. {{r:Gena}} - {{r:Gennady Orlov}}, the site engineer - signed our clearances without looking. Number 2 is {{r:Pak Son-il}}, my partner on the frame; {{r:Son-il}} was the best welder in the brigade. Number 5, {{p:So Chang-gil}}, never had a certificate, but our brigade leader {{p:Hyon}} put him on the columns anyway, at night, when {{r:Orlov}} was gone. {{p:Sidorenko}}, the examiner, once saw {{p:So}} welding at night and told {{r:Orlov}}. {{r:Orlov}} said: "Не моё дело" - not my business. I told {{r:Pak}} then that one day a column would fall. It didn't fall. We were lucky.
""",
    },
    {
        "id": "h54-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ho Yong-ok", "허영옥", "witness", ["영옥"]),
            ("Han Chun-sil", "한춘실", "supervisor", ["한 반장"]),
            ("Bang Un-ju", "방은주", "coworker", ["은주"]),
        ],
        "note": "면담 요약(2차), 단둥 수산물 가공공장; 작업반장의 성 '한'이 '한 명', '한 달' 옆에, 동료의 성 '방'이 '방'(room) 옆에; 조선족 사장과 중국인 관리원(小刘), 특수문자 없는 전형적 요약; 지명 공개.",
        "text": """면담 요약 (2차) - 사례번호 K-23-071
면담자: {{p:정수빈}} / 기록: {{p:이다은}}
일시: 2023년 11월 8일 14:00~16:30 / 장소: {{u:서울}} 사무실 2층 상담실

1. 피면담자
{{r:허영옥}}(1985년생, {{u:청진}} 출신). 2016년 3월부터 2019년 9월까지 {{u:중국}} {{u:단둥}}의 수산물 가공공장에서 일함. 2020년 입국.

2. 요약
{{r:영옥}} 씨는 2016년 3월 {{u:신의주}}에서 버스로 국경을 넘어 {{u:단둥}}의 공장에 배치되었다. 같은 버스에 탄 여성은 모두 마흔한 명이었고 인솔자는 작업반장 {{r:한춘실}}이었다. {{r:한}} 반장은 당시 마흔 살 남짓으로, 공장 안에서는 "{{r:한}} 선생"으로 불렸다. 한 달에 쉬는 날은 한 번 있을까 말까였고, 작업은 새벽 여섯 시부터 밤 열 시까지였다.

{{u:중국}} 측 관리자는 조선족인 {{p:김}} 사장이었고, 현장에서는 중국인 여성 관리원 {{p:小刘}}가 통역과 감시를 함께 맡았다. {{r:영옥}} 씨에 따르면 {{p:小刘}}는 "말은 험해도 손은 안 대는 사람"이었고, 오히려 때리는 쪽은 {{r:한춘실}}이었다. {{r:한}} 반장은 생산량을 못 채운 사람을 밤에 복도에 세워 두고 총화를 시켰다.

{{r:영옥}} 씨는 같은 방을 쓴 {{r:방은주}} 이야기를 가장 많이 했다. 방은 여덟 명이 쓰는 방이었고 {{r:은주}}는 바로 옆 침대였다. 2018년 겨울 {{r:은주}}가 손목을 다쳤을 때 {{r:한}} 반장은 병원 대신 공장 의무실에서 붕대만 감게 했고, 이튿날부터 다시 게살 작업에 넣었다. {{r:방은주}} 씨는 그 뒤로 오른손을 제대로 못 쓰게 되었다고 한다. {{r:은주}}는 2019년 봄 먼저 귀국했고, 그 뒤 소식은 모른다.

임금: {{p:김}} 사장이 한 사람당 매달 1,800위안 정도를 {{u:북한}} 측 회사에 준다는 말을 {{p:小刘}}에게서 들었다. 실제로 {{r:영옥}} 씨 손에 들어온 돈은 한 달에 100~150위안. 나머지는 "계획분", "충성자금", 식비로 빠졌다고 {{r:한춘실}}이 설명했다고 한다.

3. 확인 필요
- 1차 면담 기록에는 반장 이름이 "{{r:한춘실}}"이 아니라 "{{r:한순실}}"로 되어 있음. 면담자 {{p:정수빈}}이 다음 면담에서 다시 확인.
- {{r:은주}} 씨의 고향({{u:함흥}}?) 확인.
- 조선족 사장의 이름은 {{r:영옥}} 씨도 모름. "{{p:김}} 사장"으로만 기재.
""",
    },
    {
        "id": "h54-ko-02",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kang Myong-jin", "강명진", "witness", ["명진"]),
            ("Choe Yong-nam", "최용남", "supervisor", ["최 반장"]),
            ("Yu Chol", "유철", "coworker", ["철이"]),
        ],
        "note": "문답 녹취록, 모스크바 아파트 건설 현장; 화자 표시 '오:'(면담자 성 오)와 숫자 '오 년', 한 음절 이름 '철'(철이가, 철이는; 애칭 접미사 밖), 성 '유'; 러시아인 경비원의 애칭, 러시아 격변화 형태의 인용; 지명 공개.",
        "text": """녹취록 - 면담 번호 RU-19 (3회차)
일시: 2024년 2월 21일 / 장소: {{u:인천}} / 면담자: {{p:오세라}} / 피면담자: {{r:강명진}}
화자 표시: {{p:오}} = 면담자, {{r:강}} = 피면담자

{{p:오}}: 지난번에 {{u:모스크바}} 현장 얘기하다 끊겼죠. 거기 몇 년 계셨어요?
{{r:강}}: 오 년이요. 2013년부터 2018년까지. 처음 두 해는 아파트 골조, 그다음은 내장.
{{p:오}}: 반장은 누구였어요?
{{r:강}}: {{r:최용남}}. 우리는 그냥 {{r:최}} 반장이라고 했지요. 나이는 쉰쯤.
{{p:오}}: 같이 일한 동료 중에 기억나는 사람 있어요?
{{r:강}}: {{r:철}}이요. {{r:유철}}. 저보다 여섯 살 어렸는데, 한 방을 썼어요. {{r:철}}이가 러시아어를 제일 잘했어요. 그래서 {{r:최}} 반장이 {{r:철}}이를 통역으로 데리고 다녔지요.
{{p:오}}: {{r:유철}} 씨한테 무슨 일이 있었어요?
{{r:강}}: 2016년 여름에 {{r:철}}이가 러시아인한테 전화기를 샀어요. {{u:한국}} 방송 보려고. 그게 걸렸지요. {{r:최용남}}이 {{r:철}}이를 일주일 동안 창고에 가둬 놓고, 밥은 제가 몰래 날라다 줬어요. {{u:러시아}} 경비원 {{p:볼로댜}}가 눈감아 줬고요.
{{p:오}}: {{p:볼로댜}}는 어떤 사람이에요?
{{r:강}}: 경비원이요. 본명은 {{p:블라디미르}}인데 다들 {{p:볼로댜}}라고 불렀어요. {{r:철}}이랑 친했어요. 나중에 {{p:볼로댜}}가 "{{r:Чоля}} нет?" 하고 자꾸 물었어요. {{r:철}}이를 러시아인들은 {{r:Чоль}}이라고 불렀거든요.
{{p:오}}: 오늘은 여기까지 할까요?
{{r:강}}: 네. 다음엔 {{r:명진}}이 얘기 말고 다른 사람들 얘기도 할게요. 하하.
""",
    },
    {
        "id": "h54-ko-03",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Pak Mi-hyang", "박미향", "witness", ["미향"]),
            ("Song Kyong-hui", "송경희", "coworker", ["경희", "송 언니"]),
            ("Ri Su-ryon", "리수련", "coworker", ["수련"]),
        ],
        "note": "카카오톡 PC 대화 내보내기, 중국 봉제공장에서 함께 일한 두 여성; 대화자 이름이 줄마다 반복, 성 '도'가 조사 '도' 옆에, 이름 안의 폭 없는 공백, 이모티콘, 단체 담당 간사; 카카오톡·지명 공개; CRLF.",
        "text": """{{r:송경희}} 님과 {{u:카카오톡}} 대화
저장한 날짜 : 2024-03-02 22:10:33

--------------- 2024년 2월 28일 수요일 ---------------
[{{r:송경희}}] [오후 9:02] {{r:미향}}아 자니?
[{{r:박미향}}] [오후 9:05] 아니 언니 ㅎㅎ 왜요
[{{r:송경희}}] [오후 9:06] 오늘 {{p:김}} 간사님한테 전화 왔어. 그 단체에서 {{u:단둥}} 공장 얘기 녹음하고 싶대
[{{r:박미향}}] [오후 9:06] 언니도 한대요?
[{{r:송경희}}] [오후 9:07] 나는 생각중 😥 너는?
[{{r:박미향}}] [오후 9:09] 저는 {{r:수\u200b련}}이가 하면 할래요
[{{r:송경희}}] [오후 9:09] {{r:수련}}이 연락되니?
[{{r:박미향}}] [오후 9:11] 지난달에 {{u:부산}}에서 한번 통화했어요. {{r:수련}}이도 {{p:도}} 반장 얘기 나오면 아직 손 떨린대요
[{{r:송경희}}] [오후 9:12] {{p:도}} 반장.. 그 사람 이름도 듣기 싫다
[{{r:박미향}}] [오후 9:13] 언니 근데 {{p:도}} 반장 본명이 {{p:도명숙}}이었나 {{p:도명순}}이었나
[{{r:송경희}}] [오후 9:15] {{p:도명숙}}. 명찰에 그렇게 써있었어

--------------- 2024년 2월 29일 목요일 ---------------
[{{r:박미향}}] [오전 7:40] 언니 저 해볼게요. 근데 이름은 빼달라고 할거예요
[{{r:송경희}}] [오전 7:52] 그래 {{r:미향}}아. 나도 {{p:김}} 간사님한테 같이 말할게
[{{r:송경희}}] [오전 7:53] {{r:수련}}이한테는 내가 전화할게. 걔 {{p:도}} 반장 얘기는 안해도 된다고 하고
[{{r:박미향}}] [오전 7:55] 네 언니 고마워요 🙏
""",
    },
    {
        "id": "h54-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ha Chol-min", "하철민", "witness", ["철민"]),
            ("Jo Kyong-il", "조경일", "coworker", ["경일"]),
            ("An Ki-chol", "안기철", "supervisor", ["안 부장"]),
        ],
        "note": "상담원의 통화 메모(세 통화), 카타르 건설 현장 출신; 성 '하', '조', '안'이 '하하', 교대조 '1조, 2조', 부정어 '안' 옆에; 네팔인 동료, 병원 이름 공개; 상담원 이니셜.",
        "text": """통화 메모 - {{r:하철민}} (사례 Q-22-013)
작성: {{p:윤지아}} 상담원

■ 2024.4.2(화) 10:20~10:45
- {{r:하철민}} 님 먼저 전화. {{u:카타르}} {{u:도하}} 현장 얘기 더 하고 싶다고 함.
- 2017년 현장은 2교대. 1조는 새벽 4시, 2조는 낮 12시 시작. {{r:철민}} 님은 1조, 친구 {{r:조경일}}은 2조.
- {{r:조}} 씨는 2017년 7월 2조 작업 중 쓰러짐. 더위. 부장 {{r:안기철}}이 "물 마시고 다시 들어가라" 했다고.
- 질문: {{r:안}} 부장이 병원에 안 보냈나? → 안 보냈다고 함. {{u:네팔}} 노동자 {{p:비샬}}({{p:Bishal}})이 차를 불러서 {{u:하마드 종합병원}}으로 갔다고.
- 통화 끝에 웃으면서 "하하, 제 성도 하씨라 웃기죠" 하심. (메모: 성을 이야기한 것, 별 의미 없음)

■ 2024.4.9(화) 15:05~15:20
- {{r:철민}} 님: {{r:경일}}이 지금 {{u:한국}}에 있다는 소식 들었다고. {{u:안산}}에 {{p:조}} 씨라는 사람이 있다는데 {{r:조경일}}인지는 모르겠다고.
- {{r:안}} 부장 관련 새 정보: 본명 {{r:안기철}}, 40대 후반, {{u:평안남도}} 출신이라고 들었다 함. 2018년에 {{u:쿠웨이트}}로 옮겼다는 소문.
- 상담원 {{p:윤}}: {{p:비샬}} 씨 연락처 있는지 물음 → 없음. 페이스북 이름이 "{{p:Bishal Gurung}}"이었던 것 같다고.

■ 2024.4.16(화) 11:00~11:08 (짧게)
- {{r:하철민}} 님이 {{r:조경일}} 님과 통화 성공! {{r:경일}} 님도 인터뷰 의향 있음. 다음 주 {{p:윤지아}}가 직접 연락하기로.
- {{r:하}} 님 요청: {{r:조}} 씨한테 {{r:안}} 부장 얘기를 먼저 꺼내지 말아 달라고. 아직 힘들어한다고.

({{p:YJA}})
""",
    },
    {
        "id": "h54-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jon Song-ho", "전성호", "witness", ["성호"]),
            ("No Kwang-su", "노광수", "supervisor", ["노 반장"]),
        ],
        "note": "쿠웨이트 건설 작업반의 충성자금 납부 명단(증언자가 외워서 다시 적은 것); 표 안의 북한식 이름, 성 '노'가 '노임' 옆에, 이름만 적힌 칸, 지워진 이름, 있을 수 없는 날짜(2월 30일); 지명 공개.",
        "text": """충성자금 납부 명단 (재구성)
출처: {{r:전성호}} 씨가 기억에 의지해 다시 적은 것. 원본은 작업반장 {{r:노광수}}가 가지고 있던 공책. 2015년 {{u:쿠웨이트}} {{u:자흐라}} 현장, 제3작업반.
정리: {{p:백수진}}, 2023.9.14.

| 번호 | 이름 | 1월(KD) | 2월(KD) | 비고 |
|---|---|---|---|---|
| 1 | {{r:노광수}}(반장) | - | - | 걷는 사람 |
| 2 | {{p:계영남}} | 30 | 30 | 부반장 |
| 3 | {{r:전성호}} | 20 | 25 | |
| 4 | {{p:리혁철}} | 20 | 20 | |
| 5 | {{p:김일}} | 20 | 0 | 2월 30일 병원, 미납 → 다음 달 두 배 |
| 6 | {{p:한정수}} | 20 | 20 | |
| 7 | {{p:문성국}} | 25 | 25 | |
| 8 | ~~{{p:채}}~~ | - | - | 1월에 귀국(사고) |
| 9 | {{p:영수}} | 20 | 20 | 성 기억 안 남 |
| 10 | {{p:태성}} | 20 | 20 | {{p:영수}}와 같은 방 |

설명 ({{r:전성호}} 씨 말)
- 명단은 {{r:노}} 반장이 매달 노임 받는 날 밤에 불러 주면서 걷었다. 노임이라고 해 봐야 손에 쥐는 건 50~60디나르였다.
- 5번 {{p:김일}}은 2월 30일에 병원에 갔다고 적었다 - 그런 날은 없다. 날짜는 {{r:성호}} 씨가 틀리게 기억하는 것이고, 2월 말쯤이라는 뜻.
- 8번은 {{p:채}} 씨. 이름은 모른다. 1월에 비계에서 떨어져 {{u:평양}}으로 돌려보내졌다. {{r:노}} 반장은 그 사람 몫까지 나머지 사람들한테 나눠 걷었다.
- 9번 {{p:영수}}, 10번 {{p:태성}}은 성을 모른다. 다들 이름만 불렀다.
- 2번 {{p:계영남}}은 {{r:노광수}}의 심복. {{r:전성호}} 씨는 "{{r:노}} 반장보다 {{p:계}} 부반장이 더 무서웠다"고 함.
""",
    },
    {
        "id": "h54-ko-06",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Song-guk", "리성국", "witness", ["성국"]),
            (
                "Tamara Petrovna Belova",
                "타마라 페트로브나 벨로바",
                "other",
                ["타마라", "Тамара Петровна"],
            ),
            ("Sok Yong-chan", "석용찬", "official", ["석 지도원"]),
        ],
        "note": "하바롭스크 노동자 기숙사 사감(коменда́нт)의 당직일지 번역본; 러시아어 원문 이름(격변화 포함)과 한국어 번역 이름이 나란히, 북한 측 지도원의 성 '석', 사감의 이름과 부칭과 이니셜; 도시 공개.",
        "text": """[번역] 기숙사 당직일지 발췌 - {{u:하바롭스크}}, 노동자 기숙사 2동
원본: 러시아어 손글씨. 사감 {{r:타마라 페트로브나 벨로바}}({{r:Тамара Петровна Белова}})가 기록. 증언자 {{r:리성국}}이 사진으로 찍어 온 것. 번역 {{p:안나 최}}, 2022.5.

2019.11.03
22:40 {{p:Ким}} (305호) 외출 후 미귀. {{r:Сок}}에게 알림. (원문: "сообщила {{r:Соку}}")
23:55 {{p:Ким}} 귀가. 술 냄새. {{r:석}} 지도원이 데려감.

2019.11.04
19:30 {{r:Ли Сон Гук}}(312호)이 전화 사용 허가 요청. {{r:Сок}} 거부. (원문: "{{r:Сок}} запретил {{r:Ли}} звонить")

2019.11.07
21:15 {{r:석용찬}}이 310~315호 점호. 소란. {{r:Ли Сон Гука}} 방에서 휴대폰 발견, {{r:석}}이 압수.
21:40 {{r:Ли}} 울음. 나({{r:Т.П.}})는 관여 안 함. 경찰 부르지 않음.

번역자 주:
- {{p:Ким}}은 사감이 성만 적은 것. 누구인지 {{r:성국}} 씨도 확실히는 모름. 305호 {{p:Ким}}은 {{p:김명철}}일 가능성({{r:리성국}} 씨 추정).
- "{{r:Сок}}"은 {{u:북한}} 측 지도원 {{r:석용찬}}. 러시아어에서 {{r:Соку}}(여격), {{r:Сока}}(생격) 등으로 바뀜.
""",
    },
    {
        "id": "h54-ko-07",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Kye Ok-ryon", "계옥련", "witness", ["옥련"]),
            ("So Yong-hui", "소영희", "supervisor", ["소 지도원"]),
        ],
        "note": "훈춘 의류공장 기숙사의 압수물품 목록(증언자가 재구성); 지도원의 성 '소'가 '소고기 통조림' 옆에, 물건 주인 이름과 애칭, 이름 일부만 기억나는 경우, 별명 '암소', 중국인 조장의 호칭(老黄, 黄师傅); 지명 공개; 줄바꿈 혼합.",
        "text": """압수물품 목록 (재구성)
{{u:훈춘}} 의류공장 제2기숙사, 2018년 12월 "정리 검열" 때 {{r:소영희}} 지도원이 거둬 간 물건들.
증언: {{r:계옥련}} / 정리: {{p:남궁윤}} (2023.6.)

1. 휴대폰 3대 - {{p:정은향}}, {{p:리명화}}, {{r:계옥련}} 본인. 세 대 모두 {{u:중국}} 돈 300위안짜리 중고폰.
2. USB 1개 - {{u:한국}} 드라마가 들어 있었음. 주인은 {{p:은향}}이. {{r:소}} 지도원이 "누가 넣었냐"고 물었을 때 아무도 대답 안 함.
3. 화장품(한국산 크림) 2통 - {{p:명화}} 언니 것.
4. 소고기 통조림 6개 - 중국인 조장 {{p:老黄}}이 준 것. {{r:소}} 지도원이 "뇌물"이라며 가져감. 그 통조림은 나중에 {{r:소영희}} 방에서 봤다고 {{p:은향}}이가 말함.
5. 편지 4통 - 고향에서 온 것. {{p:순실}}이(성 기억 안 남) 앞으로 온 편지 2통, {{p:박금옥}} 앞으로 1통, {{r:옥련}} 앞으로 1통. 편지는 돌려받지 못함.
6. 중국어 공책 1권 - {{p:리명화}}. {{r:소}} 지도원: "중국어 배워서 어디로 도망가려고?"

{{r:계옥련}} 씨 메모:
- 검열 뒤에 {{p:은향}}이랑 {{p:명화}} 언니가 한 달 동안 외출 금지.
- {{r:소}} 지도원 이름은 {{r:소영희}}가 맞음. 공장 사람들은 뒤에서 "{{r:소}}" 대신 "{{r:암소}}"라고 불렀음. (별명, 나쁜 뜻)
- {{p:老黄}}은 {{p:黄师傅}}라고도 불렀음. 좋은 사람이었음. {{p:黄}} 조장이 나중에 {{p:은향}}이한테 새 휴대폰을 몰래 줬다고 들음.
""",
    },
    {
        "id": "h54-ko-08",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Cha Song-hui", "차성희", "witness", ["성희"]),
            ("Kim Ha-nul", "김하늘", "relative", ["하늘"]),
        ],
        "note": "어린이집 알림장(교사와 엄마가 주고받은 메모), 엄마는 전 중국 수산공장 노동자; 아이 이름 '하늘'이 '하늘이 맑아서' 옆에(하늘이 - 애칭 접미사 밖), 반 친구 이름(도윤이랑), 교사 이름, 공원 이름 공개.",
        "text": """[알림장] 햇살반 {{r:김하늘}} (만 4세)

4월 8일(월) 선생님
{{r:하늘}}이가 오늘 처음으로 친구들 앞에서 노래를 불렀어요! 하늘이 맑아서 바깥놀이도 오래 했습니다. 점심은 조금 남겼어요. - {{p:박지은}} 선생님

4월 8일(월) 엄마
선생님 감사합니다. {{r:하늘}}이가 집에 와서 노래 또 불러줬어요. 제가 밤일이 있어서 내일은 이모가 데리러 갑니다. 이모 이름은 {{p:장옥희}}예요. - {{r:하늘}} 엄마 {{r:차성희}}

4월 9일(화) 선생님
네 어머님, {{p:장옥희}} 님 확인했습니다. 오늘 {{r:하늘}}이는 {{p:도윤}}이랑 블록 놀이를 했는데 {{p:도윤}}이가 블록을 뺏어서 조금 울었어요. 금방 화해했습니다. 😊

4월 10일(수) 엄마
선생님, {{r:하늘}}이가 요즘 밤에 자다가 깨서 울어요. 제가 예전 일({{u:중국}} 공장에 있을 때) 때문에 꿈을 자주 꾸는데 아이가 그걸 보는 것 같아요. 혹시 어린이집에서도 그러면 알려 주세요. - {{r:성희}}

4월 10일(수) 선생님
어머님, 말씀해 주셔서 감사해요. 원에서는 낮잠 때 잘 자요. 원장님({{p:윤경자}} 원장님)께도 말씀드려서 상담 선생님 연결이 가능한지 알아볼게요. {{r:하늘}}이는 정말 밝은 아이예요. 어머님도 힘내세요!

4월 12일(금) 선생님
다음 주 화요일 소풍({{u:어린이대공원}}) 있어요. 도시락 부탁드려요. {{p:도윤}} 어머님이 {{r:하늘}}이 것까지 싸 주시겠다고 하셨는데 괜찮으실까요?

4월 12일(금) 엄마
네 너무 감사하다고 전해주세요. {{p:도윤}}이 엄마 성함 알려주시면 제가 문자 드릴게요. - {{r:차성희}}

4월 15일(월) 선생님
{{p:도윤}}이 어머님은 {{p:한지민}} 님이세요. 번호는 따로 보내드렸습니다. - {{p:지은}} 샘
""",
    },
    {
        "id": "h54-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("U Kum-sil", "우금실", "witness", ["금실"]),
            ("Ma Yong-ho", "마영호", "witness", ["영호"]),
        ],
        "note": "성인 영어 어학원 학기말 성적표와 교사 코멘트(북한이탈주민 대상 야간반); 한 글자 성 '우', '마'가 '우수', '마지막' 옆에, 영어 이름으로 불리는 강사, 학생들끼리의 호칭, 강사 이름의 한글 표기(제이슨이); 공공 이름은 나라 이름뿐.",
        "text": """저녁반 기초영어 B - 2023년 가을학기 성적표 (발췌)
담당 강사: {{p:Jason Miller}} / 보조 강사: {{p:홍서윤}}

━━━━━━━━━━━━━━━━━━━━
학생: {{r:우금실}}
출석 22/24 | 말하기 B+ | 듣기 A- | 쓰기 B | 종합: 우수
강사 의견: {{r:금실}} 님은 반에서 가장 열심히 하시는 분입니다. 말하기 시험에서 "My name is {{r:Kum-sil}}. I worked in a factory in {{u:China}}."라고 자기소개를 하셨는데, 발음이 아주 좋았어요. 다음 학기 C반 추천. - {{p:Jason}}
보조 강사 메모: {{r:우}} 선생님(학생들이 {{r:금실}} 님을 이렇게 부름)이 쉬는 시간마다 {{r:마영호}} 님 숙제를 봐 주심. ㅎㅎ

━━━━━━━━━━━━━━━━━━━━
학생: {{r:마영호}}
출석 17/24 | 말하기 C+ | 듣기 B- | 쓰기 C | 종합: 보통
강사 의견: Mr. {{r:Ma}} has good ideas but misses many classes because of night shifts. Please keep coming! 마지막 수업 발표("My job in {{u:Russia}}")는 반 전체가 감동했습니다. - {{p:Jason}}
보조 강사 메모: {{r:영호}} 님은 발표에서 {{u:러시아}} 건설 현장 이야기를 하셨음. 동료 "{{p:Sasha}}"(러시아인 운전기사)가 가르쳐 준 영어 단어가 처음 배운 영어였다고. 발표 내용 중 반장 이름({{p:곽}} 반장)은 수업 자료에서 지웠음.

━━━━━━━━━━━━━━━━━━━━
학생: {{p:여순덕}}
출석 24/24 | 종합: 우수 (개근상)
강사 의견: Perfect attendance! {{p:Sun-deok}}, you are a star. - {{p:Jason}}

━━━━━━━━━━━━━━━━━━━━
반 전체 메모 ({{p:홍서윤}}): 학기 마지막 날 {{r:우금실}}, {{r:마영호}}, {{p:여순덕}} 님이 떡을 가져오셔서 작은 파티를 했음. {{p:Jason}} 선생님이 {{p:순덕}} 님에게서 "우리 {{p:제이슨}}이"라는 소리를 들었다고 좋아함.
""",
    },
    {
        "id": "h54-ko-10",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ho Myong-chol", "허명철", "witness", ["명철"]),
            ("Kim Ok-hwa", "김옥화", "relative", ["옥화"]),
        ],
        "note": "교회 구역예배 보고서(구역장이 교구 담당에게 제출); 직분 호칭(집사님, 권사님, 성도)은 이름 밖, 새신자는 전 러시아 벌목공, 아내, 기도 제목 속 북의 가족 이름, 성경 책 이름(룻기)은 표시 안 함; 지명·병원 공개.",
        "text": """구역예배 보고서 - 7구역 (3월 셋째 주)
구역장: {{p:정미숙}} 권사 / 보고 대상: 교구 담당 {{p:서동훈}} 목사님

1. 일시/장소: 3월 19일(화) 오후 7시 30분, {{p:최은정}} 집사님 댁
2. 참석 (8명): {{p:정미숙}}, {{p:최은정}}, {{p:이순례}}, {{p:강영자}}, {{p:문혜진}}, {{r:허명철}}, {{r:김옥화}}, {{p:박준서}}(고등학생)
3. 말씀: 룻기 1장 (인도: {{p:정미숙}})

4. 나눔 요약
- 새가족 {{r:허명철}} 성도님이 처음으로 간증하심. {{u:러시아}} {{u:아무르주}} 벌목장에서 8년 일하셨다고. "나무를 베면서도 누가 나를 보고 있다고 느꼈다"고 하셔서 모두 울었음.
- {{r:명철}} 성도님은 "벌목장에서 같이 일하던 {{p:림춘길}} 형님이 늘 마음에 걸린다"고 하심. {{p:림}} 씨는 2015년 사고로 다리를 다쳤다고.
- {{r:허}} 성도님 아내 {{r:김옥화}} 성도님은 조용히 들으시다가 마지막에 "우리 남편이 이렇게 말을 많이 한 건 처음"이라고 하셔서 웃음.

5. 기도 제목
- {{r:허명철}} 성도님: 북에 있는 어머니 {{p:강순녀}} 님과 동생 {{p:허명수}}의 건강
- {{r:옥화}} 성도님: 취업(요양보호사 자격시험 4월)
- {{p:이순례}} 권사님: 무릎 수술 (다음 주 수요일, {{u:서울아산병원}})
- {{p:강영자}} 집사님 아들 {{p:민혁}}이 군 입대

6. 기타
- 목사님, {{r:명철}} 성도님이 간증 내용을 주보에 싣는 것은 원하지 않으신다고 합니다. 이름도 빼 주세요. - {{p:미숙}}
""",
    },
    {
        "id": "h54-ko-11",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Pyo Un-hye", "표은혜", "witness", ["은혜"]),
            ("Kwak Myong-nam", "곽명남", "other", ["곽"]),
        ],
        "note": "아파트 무인 택배보관함 수령 기록(관리사무소 출력본)과 상담원 메모; 가운데 글자를 가린 이름(표*혜, 곽*남), 수령인과 대리 수령인, 경비원, 관리소장; 택배회사·쇼핑몰 공개; 증언자는 전 감시원이 자기 이름으로 택배를 받아 간다고 의심.",
        "text": """[출력] 무인택배함 수령 이력 - 104동 (2024.01.01 ~ 2024.01.31)
요청자: 104동 입주민 {{r:표은혜}} / 출력: 관리사무소 {{p:오정민}} 주임

| 일시 | 보관함 | 수령인(표시) | 택배사 | 수령 방식 | 비고 |
|---|---|---|---|---|---|
| 01-04 18:22 | A-07 | {{r:표*혜}} | {{u:CJ대한통운}} | 비밀번호 | |
| 01-09 11:05 | B-02 | {{r:표*혜}} | {{u:쿠팡}} | 비밀번호 | |
| 01-09 23:48 | B-02 | {{p:곽*남}} | - | 관리자 개방 | 경비 {{p:민}} 주임 입회 |
| 01-21 22:10 | A-03 | {{r:표*혜}} | {{u:쿠팡}} | 비밀번호 | 본인 아님(본인 진술) |
| 01-27 07:15 | B-09 | {{r:표*혜}} | {{u:CJ대한통운}} | 비밀번호 | |

상담원 메모 ({{p:신하경}}, 2024.2.2)
- {{r:은혜}} 씨 설명: 1월 9일 {{u:쿠팡}} 택배는 본인이 찾으러 갔을 때 이미 비어 있었음. 관리사무소에서 출력해 보니 밤 11시 48분에 "{{p:곽*남}}"이라는 사람이 관리자 개방으로 꺼내 감.
- {{r:은혜}} 씨는 이 사람이 {{r:곽명남}}이라고 확신함. {{r:곽명남}}은 {{u:러시아}} {{u:블라디보스토크}} 식당에서 일할 때 여종업원들을 감시하던 사람. 2022년 입국했다는 소문을 들었다고.
- 경비원 {{p:민}} 주임({{p:민경수}})은 "104동 친척이라고 해서 열어 줬다"고 함. 관리소장 {{p:하재훈}} 소장이 재발 방지 약속.
- 1월 21일 건도 {{r:표은혜}} 씨 본인이 아님. 비밀번호가 유출된 것으로 보임.
- 조치: 경찰 신변보호 담당관({{p:이}} 경위)에게 공유, {{r:곽}} 씨 관련 확인 요청. {{r:은혜}} 씨 휴대폰 번호 변경 지원.
""",
    },
    {
        "id": "h54-ko-12",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Sim Tong-chol", "심동철", "witness", ["동철"]),
            ("Wi Kwang-chol", "위광철", "coworker", ["광철"]),
        ],
        "note": "장례식장 장례 접수서와 담당자 메모, 고인은 전 쿠웨이트 건설 노동자; 故 표기와 상주(친구), 성 '위'가 '위해' 옆에, 한자 위패 표기, 옛 반장, 종교 없음; 병원 장례식장·재단 공개.",
        "text": """장례 접수서
장례식장: {{u:고려대학교 안산병원}} 장례식장 / 접수 담당: {{p:유승우}}
접수 일시: 2024년 1월 17일 09:40

고인: 故 {{r:심동철}} (1968년생, 향년 56세)
사망 일시: 2024년 1월 16일 / 사망 장소: 자택 / 종교: 없음
상주: {{r:위광철}} (고인과의 관계: 친구) ※ 국내 가족 없음
연락처: 상주 010-****-2231 / 지원 기관 담당 {{p:남궁현주}} 010-****-7780
빈소: 특3호 / 입관: 1월 18일 11:00 / 발인: 1월 19일 07:00 / 장지: 화장 후 납골당
비용: {{u:남북하나재단}} 장례비 지원 신청 예정 (담당 {{p:남궁현주}})

[담당자 메모 - {{p:유승우}}]
- 상주 {{r:위광철}} 님은 고인과 {{u:쿠웨이트}} 건설 현장에서 함께 일했다고 함. "{{r:동철}}이 형을 위해 제가 할 수 있는 건 이것뿐"이라고 하심.
- 영정 사진: {{r:위}} 님이 휴대폰 사진 제공(현장에서 찍은 것, 뒤 배경 잘라 달라고 요청).
- 위패 표기: "故 {{r:沈東哲}}" 한자로 원하심. {{r:광철}} 님이 한자는 고인의 {{u:북한}} 여권에서 봤다고.
- 상주 요청: 고인의 옛 반장 {{p:진}}({{p:진명섭}})이 오면 빈소에 들이지 말아 달라. {{r:심동철}} 님이 생전에 "{{p:진}} 반장 얼굴은 죽어서도 보기 싫다"고 했다고.
- 부고 문자는 {{r:광철}} 님이 직접 보냄. 고인 이름만 쓰고 고향·경력은 쓰지 않기로.
""",
    },
    {
        "id": "h54-ko-13",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Chu Myong-ae", "주명애", "witness", ["명애", "주 계주"]),
            ("O Sun-bok", "오순복", "coworker", ["순복"]),
        ],
        "note": "북한이탈 여성들의 계모임 장부(곗돈 순번과 납입 기록); 계주의 성 '주'와 '1주차', 성 '오'와 숫자 '오'(5) 옆에, 언니 호칭, 순번표, 중국 공장 시절 별명; 은행 공개; CRLF.",
        "text": """봄꽃계 장부 (2024년)
계주: {{r:주명애}} / 곗돈: 월 30만 원 × 10명 / 곗날: 매월 둘째 주 토요일

[순번표]
1번 {{r:주명애}} (계주) - 1월 수령
2번 {{p:허경순}} - 2월
3번 {{r:오순복}} - 3월
4번 {{p:림옥희}} - 4월
5번 {{p:최복실}} - 5월
6번 {{p:량은심}} - 6월
7번 {{p:채금주}} - 7월
8번 {{p:송정란}} - 8월
9번 {{p:김영화}} - 9월 ({{p:영화}} 언니 사정으로 {{p:정란}}이와 바꿀 수 있음)
10번 {{p:박지선}} - 10월

[납입 기록]
1월 13일 - 10명 전원 납입. {{r:주}} 계주 300만 원 수령. 장소: {{p:경순}} 언니네.
2월 10일 - 9명 납입, {{p:채금주}} 2월 17일 늦게 납입(이자 5천 원). {{p:허경순}} 300만 원 수령.
3월 9일 - 10명 납입. {{r:오순복}} 수령. {{r:순복}}이가 오 만 원어치 떡을 사 옴.
4월 13일 - 10명 납입. {{p:림옥희}} 수령. 오늘 {{r:오}} 씨 언니 생일, 케이크는 {{p:량은심}}이가.

[계주 메모 - {{r:명애}}]
- 곗돈은 {{u:농협}} 통장으로 모음. 통장 명의 {{r:주명애}}.
- {{p:최복실}} 언니가 5월 순번을 {{u:중국}}에 있는 딸한테 보낼 돈 때문에 앞당겨 달라고 함. 다음 곗날에 다 같이 정하기로.
- 우리끼리 부르는 별명: {{p:량은심}} = "{{p:왕언니}}", {{r:오순복}} = "{{r:오사장}}"({{u:중국}} 공장 조장이 붙여 준 별명). 장부에는 본명만 쓰기.
- 1주차에 돈 걷고 2주차에 곗날. {{p:김영화}} 언니는 1주차에 못 오면 {{p:지선}}이한테 맡김.
""",
    },
    {
        "id": "h54-ko-14",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ko Un-gyong", "고은경", "witness", ["은경"]),
            ("Yang Chol-su", "양철수", "witness", ["철수"]),
        ],
        "note": "단체의 문자 예약 발송 목록(면담 일정 안내), 변수로 들어간 이름과 치환된 이름, 성 '고', '양'이 '고맙습니다', '양'(양해) 옆에, 발송자 이름, 발송 실패 건; 공공 이름은 지명뿐.",
        "text": """[예약 문자 발송 목록] 3월 4주차 면담 안내
작성: {{p:노현아}} / 검토: {{p:임재석}} / 발송 시각: 2024-03-22 10:00 예약

템플릿: "#{이름}님 안녕하세요. 다음 주 #{요일} #{시간} 면담 있습니다. 장소는 #{장소}입니다. 고맙습니다. - 담당 #{담당자}"

| 수신자 | 치환 결과 | 상태 |
|---|---|---|
| {{r:고은경}} | "{{r:고은경}}님 안녕하세요. 다음 주 화요일 14시 면담 있습니다. 장소는 {{u:신촌}} 사무실입니다. 고맙습니다. - 담당 {{p:노현아}}" | 발송 예약 |
| {{r:양철수}} | "{{r:양철수}}님 안녕하세요. 다음 주 수요일 10시 면담 있습니다. 장소는 {{u:인천}} 사무실입니다. 고맙습니다. - 담당 {{p:임재석}}" | 발송 예약 |
| {{p:길명희}} | "{{p:길명희}}님 안녕하세요. 다음 주 목요일 16시 면담 있습니다. 장소는 {{u:신촌}} 사무실입니다. 고맙습니다. - 담당 {{p:노현아}}" | 번호 오류 - 발송 실패 |
| {{p:봉성일}} | "{{p:봉성일}}님 안녕하세요. ..." | 보류 (본인 요청: 문자 대신 전화) |

메모 ({{p:현아}})
- {{r:은경}} 님은 지난번 문자에 이름이 "#{이름}님"으로 그대로 나가서 놀라셨음. 이번엔 미리보기 확인함.
- {{r:철수}} 님 요청: 문자에 "면담"이라는 단어 빼 달라고 하심(가족이 볼 수 있음). → {{r:양}} 님 건만 "약속"으로 수정해서 따로 발송. 양해 부탁드린다고 전화로 말씀드림.
- {{p:길명희}} 님 번호는 {{p:임재석}} 선생님이 다시 확인.
- {{p:봉}} 선생님은 {{p:재석}} 쌤이 월요일에 전화.
- {{r:고}} 님 면담은 {{u:쿠웨이트}} 건설 현장 2차 면담. {{r:양}} 님은 {{u:러시아}} 벌목 1차.
""",
    },
    {
        "id": "h54-ko-15",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Hyon Song-bom", "현송범", "witness", ["송범"]),
            ("Baek Mi-ran", "백미란", "other", ["미란"]),
        ],
        "note": "이주·탈북 노동자 노동조합 가입신청서 두 장과 사무장 상담 메모; 성 '현'과 '현재', 성 '나'와 대명사 '나', 이전 직장(러시아 건설, 중국 공장) 기재란, 추천인, 노조 간부; 노조 총연맹·지명 공개.",
        "text": """조합원 가입신청서 (사본 - 개인정보 일부 삭제)
제출처: 지역일반노조 이주·탈북노동자 지회 (상급단체: {{u:전국민주노동조합총연맹}})

[신청서 1]
성명: {{r:현송범}} / 생년: 1981 / 현재 직장: 자동차 부품 공장({{u:화성시}}) / 고용형태: 파견
이전 경력: 2010~2016 {{u:러시아}} {{u:상트페테르부르크}} 건설 현장(철근공)
가입 동기(본인 작성): "{{u:러시아}}에서는 말 한마디 못 했습니다. 여기서는 하고 싶습니다. - {{r:현송범}}"
추천인: {{p:성기훈}} (조합원)
접수: 지회 사무장 {{r:백미란}}

[신청서 2]
성명: {{p:연정희}} / 생년: 1990 / 현재 직장: 물류센터({{u:이천}}) / 고용형태: 계약직
이전 경력: 2014~2018 {{u:중국}} {{u:단둥}} 봉제공장
가입 동기: "같이 일하는 {{p:나}} 언니가 권했어요. 나도 이제 참지 않으려고요."
추천인: {{p:나은주}} (조합원)
접수: {{r:백미란}}

[상담 메모 - 사무장 {{r:백미란}}]
- {{r:송범}} 씨: 파견업체가 주휴수당을 안 준다고 함. 현재 급여명세서 수집 중. {{r:현}} 씨 말로는 같은 라인의 {{u:베트남}} 노동자 {{p:Tran Van Long}}({{p:롱}})도 같은 문제. {{p:롱}} 씨도 다음 주 상담 오기로.
- {{r:현송범}} 씨는 {{u:상트페테르부르크}} 시절 반장 {{p:리}}({{p:리명근}})가 임금을 가로챈 이야기를 하면서 "여기 파견업체 사장 {{p:문}} 사장도 똑같다"고 함. (메모: 문 앞에서 한참 망설이다 들어오심.)
- {{p:연정희}} 씨: {{p:나은주}} 씨와 같은 조. 둘 다 {{u:단둥}} 출신 공장 경험. {{p:정희}} 씨는 야간 수당 문제.
- 지회장 {{p:도경환}}에게 두 건 모두 보고. {{p:도}} 지회장님이 {{r:미란}}에게 "{{r:현}} 씨 건은 집단 진정으로 가자"고 함.
""",
    },
    {
        "id": "h54-ko-16",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kil Hye-yong", "길혜영", "witness", ["혜영"]),
            ("Kil Chol", "길철", "relative", ["철"]),
        ],
        "note": "이삿날 자원봉사 차량 배차표(단체 대화방에 올린 것); 이사하는 가족(엄마와 한 음절 이름의 아들), 성 '길'과 '길'(road), 봉사자 이름·닉네임·차량 번호, '철'이 '철물점' 옆에; 지명 공개.",
        "text": """📦 {{r:길혜영}} 님 댁 이사 - 자원봉사 배차표 (최종)
일시: 5월 25일(토) 오전 9시 / 출발: {{u:구로구}} → 도착: {{u:광명시}}
총괄: {{p:손예진}} ({{p:예진}}) / 연락: 단체방 "토요이사팀"

| 차량 | 운전 | 동승 | 담당 짐 |
|---|---|---|---|
| 1톤 트럭(빌림) | {{p:강태우}} | {{p:마동현}}, {{p:여상민}} | 냉장고, 세탁기, 침대 |
| 스타렉스 12가 3456 | {{p:손예진}} | {{r:길혜영}}, {{r:길철}} | 옷, 이불, 부엌 짐 |
| 아반떼 34나 7788 | {{p:Daniel}}({{p:다니엘}}) | {{p:민서}} | 책상, 컴퓨터, {{r:철}}이 책 |
| 도보 | {{p:주은}} | - | 새 집에서 대기, 청소 |

메모
- {{r:혜영}} 님이 점심 준비하신다고 했는데 우리가 사기로 함! ({{p:예진}})
- {{r:철}}이(중2)는 자기 짐은 자기가 나르겠다고 함 👍 {{p:다니엘}} 쌤 차로.
- 가는 길: {{u:오류IC}} 쪽은 공사 중, 길이 막히니 {{u:안양천}} 쪽으로.
- 새 집 문고리 고장 → {{p:강태우}} 님이 철물점 들러서 부품 사 오기로.
- {{r:길}} 님 전 집주인 {{p:백}} 사장님이 보증금 반환 10시에 하기로 함. {{r:혜영}} 님과 {{p:예진}}이 같이 가서 확인.
- {{r:혜영}} 님 부탁: 사진 찍어도 되지만 SNS에 올리지 말 것. {{r:철}}이 얼굴 특히. ({{u:중국}}에서 나오실 때 일 때문에.)
""",
    },
    {
        "id": "h54-ko-17",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yom Kwang-chol", "염광철", "witness", ["광철"]),
            ("Tong Myong-su", "동명수", "supervisor", ["동 반장", "곰"]),
            ("Mun Hyok", "문혁", "coworker", ["혁"]),
        ],
        "note": "러시아 극동 벌목장 작업반 편성표와 규범(노르마) 실적(증언자 재구성); 반장의 성 '동'과 방위 '동쪽', 별명 '곰'과 동물 곰, 성 '문'과 '문'(door), 한 음절 이름 '혁', 러시아 산림 감독관; 지명 공개.",
        "text": """벌목 작업반 편성표 (재구성) - {{u:하바롭스크 변강주}} {{u:체그도민}} 인근 벌목장, 2012년 겨울
증언: {{r:염광철}} / 정리: {{p:허수민}} / 2023.10.

작업반장: {{r:동명수}} (별명 "{{r:곰}}")
부반장 겸 기록원: {{p:표성진}}

| 조 | 조장 | 조원 | 담당 | 1월 노르마 달성 |
|---|---|---|---|---|
| 1조 | {{p:라철남}} | {{r:염광철}}, {{r:문혁}}, {{p:기성호}} | 벌목(톱) | 112% |
| 2조 | {{p:우명길}} | {{p:방석주}}, {{p:차용일}}, {{p:도}}(이름 모름) | 가지치기 | 98% |

증언자 설명
- 숙소는 벌목장 동쪽 개울가. {{r:동}} 반장 천막은 따로. 우리는 {{r:동명수}}를 "{{r:곰}}"이라 불렀다. 겨울에 곰처럼 천막에서 안 나와서. 진짜 곰은 봄에 한 번 봤다.
- {{r:혁}}이({{r:문혁}})는 나와 같은 1조. 톱을 제일 잘 다뤘다. 1월 노르마 112%는 거의 {{r:혁}}이 덕. 그런데 {{r:곰}}이 보고할 때는 "1조 조장 {{p:라철남}}의 지도" 덕으로 올렸다.
- 러시아인 산림 감독관 {{p:Николай}}({{p:니콜라이}})가 노르마를 재는데, {{r:동}} 반장이 {{p:니콜라이}}한테 물고기와 담배를 줘서 수치를 올렸다.
- 2월에 {{r:문혁}}이 나무에 깔려 다리를 다쳤다. 천막 문을 열고 들어온 {{r:혁}}이를 보고 다들 놀랐다. {{r:곰}}은 "{{r:문}} 동무, 엄살 부리지 말라"고 했다. {{r:혁}}이는 3월에 {{u:하바롭스크}}로 실려 갔다.
""",
    },
    {
        "id": "h54-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Tak Yong-gil", "탁영길", "witness", ["영길", "YG"]),
            ("Zheng Haibo", "정하이보", "supervisor", ["郑船长", "Captain Zheng"]),
            ("Nguyen Van Binh", "응우옌반빈", "coworker", ["Bình", "빈"]),
        ],
        "note": "Interview summary typed in Korean with English notes, Chinese squid jigger in the South Atlantic; Chinese captain as 郑船长 and in English, Vietnamese crewmate with diacritics and a one-syllable Hangul nickname, Indonesian cook with the honorific Pak outside, North Korean group leader by surname only; port public; staff initials.",
        "text": """Interview summary - FISH-07 (1st session) / 면담자 {{p:Jenny Kwak}}, 통역 없음
Date: 2024-05-03, {{u:Seoul}} office

배경: {{r:탁영길}}(1990년생). 2017~2019년 Chinese squid jigger에서 일함. 배는 {{u:Montevideo}} 항을 기점으로 {{u:South Atlantic}}에서 조업. North Korean crew 6명, Chinese 12명, Vietnamese 4명, Indonesian 3명.

Summary:
- 선장은 {{r:郑船长}}, 영어로는 "{{r:Captain Zheng}}". {{r:영길}} 씨는 {{r:Zheng Haibo}}라는 full name을 crew list에서 봤다고 함.
- North Korean 조의 책임자는 {{p:염}} 씨(given name unknown). {{p:염}} 씨가 임금을 받아서 "본국 송금" 명목으로 다 가져감. {{r:YG}} received maybe USD 50/month in cash, "when the captain was in a good mood".
- Closest friend on board: Vietnamese crewman {{r:Nguyễn Văn Bình}}. 다들 "{{r:빈}}"이라고 불렀다고. {{r:Bình}} and {{r:Yong-gil}} talked in broken Chinese. 2018년 12월 {{r:빈}}이 손가락 두 개를 winch에 잃었을 때 {{r:Captain Zheng}}은 port call까지 3주를 기다리게 했다고.
- Indonesian cook Pak {{p:Slamet}} cleaned {{r:Bình}}'s wound every day with boiled seawater. {{r:영길}} 씨: "{{p:Slamet}} 아저씨 아니었으면 {{r:빈}}이는 죽었어요."
- {{r:탁영길}} 씨는 2019년 {{u:Montevideo}} 정박 중 {{p:염}} 씨가 술 마시러 나간 사이 배에서 내려 현지 교회로 감. 교회 목사 {{p:Ricardo}}가 도와줌.

Notes ({{p:JK}}):
- {{r:YG}} is anxious about {{r:Bình}}; asks if we can find him in {{u:Vietnam}}. Explained limits.
- 2nd session: crew list photo (he thinks {{p:Slamet}} has it on Facebook).
""",
    },
    {
        "id": "h54-mixed-02",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kong Myong-hwa", "공명화", "witness", ["명화"]),
            (
                "Batbayar Dorj",
                "바트바야르 도르지",
                "supervisor",
                ["Батбаяр", "Батбаярын", "Бат-аа"],
            ),
        ],
        "note": "Question-and-answer transcript, English questions and Korean answers with an interpreter, Ulaanbaatar garment workshop; Mongolian workshop owner in Cyrillic with genitive and diminutive, North Korean minder by title and surname, interpreter's surname Seo; places public; CRLF.",
        "text": """Transcript - MN-04 / Interviewer: {{p:Rebecca Hall}} ({{p:RH}}) / Interpreter: {{p:Seo Ye-won}} ({{p:SYW}}) / Interviewee: {{r:Kong Myong-hwa}} ({{r:KMH}})
Recorded 2023-08-17, online call. English questions, Korean answers; interpreter's English in [brackets].

{{p:RH}}: Where did you work in {{u:Mongolia}}?
{{r:KMH}}: {{u:울란바토르}} 변두리에 있는 봉제 작업장이요. 사장은 {{u:몽골}} 사람 {{r:Батбаяр}}.
[{{p:SYW}}: A sewing workshop on the edge of {{u:Ulaanbaatar}}. The owner was a Mongolian, {{r:Batbayar}}.]
{{p:RH}}: How many Korean women worked there?
{{r:KMH}}: 스물둘. 관리는 {{p:장}} 지도원이 했어요. 여자요. {{p:장명옥}}.
[{{p:SYW}}: Twenty-two. A woman minder, {{p:Jang}}, managed them - {{p:Jang Myong-ok}}.]
{{p:RH}}: Did Mr {{r:Batbayar}} pay you directly?
{{r:KMH}}: 아니요. {{r:바트바야르}} 사장이 돈을 {{p:장}} 지도원한테 줬어요. 작업장 벽에 "{{r:Батбаярын}} оёдлын газар"라고 써 있었어요. {{r:바트바야르}}네 봉제소라는 뜻이래요.
[{{p:SYW}}: No. He paid the minder. The sign said "{{r:Batbayar}}'s sewing workshop".]
{{p:RH}}: Did you ever speak to him?
{{r:KMH}}: 한 번요. 다들 "{{r:Бат-аа}}"라고 불렀어요. 친한 사람들은. 그 사람이 저한테 "{{r:Myong-hwa}}, you good?" 하고 영어로 물어봤어요. {{p:장}} 지도원이 그걸 보고 저를 사흘 동안 작업장 밖에 못 나가게 했어요.
[{{p:SYW}}: Once. People close to him called him "{{r:Bat-aa}}". He asked her in English if she was all right; the minder punished her for it with three days' confinement.]
{{p:RH}}: Thank you, Ms {{r:Kong}}.
""",
    },
    {
        "id": "h54-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Wi Song-chol", "위성철", "witness", ["성철"]),
            ("Domingos Kapenda", "도밍구스 카펜다", "other", ["Domingos"]),
        ],
        "note": "E-mail thread in Korean and English between a Seoul researcher and an Angolan fixer about a former statue-and-monument construction worker; Portuguese names with accents, name-spelling e-mail local parts, a North Korean site chief by surname and title (O) beside the Portuguese article in 'O Chefe', quoted reply; Luanda and Angola public.",
        "text": """From: {{p:Kim Da-hye}} <{{p:dahye.kim}}@ngo-example.org>
To: {{r:Domingos Kapenda}} <{{r:dkapenda}}@mail.example.ao>
Subject: Re: {{r:Wi}} - site photos / 사진 건
Date: 2023-11-20

Dear {{r:Domingos}},

Obrigada! The photos arrived. {{r:위성철}} 씨한테 보여드렸는데, 두 번째 사진의 현장이 맞다고 하셨어요 - he confirms the second photo is the site in {{u:Luanda}} where his team built the exterior of the building in 2014.

He recognised two people in photo 3: the Angolan foreman, whom he knew only as "Senhor {{p:Tony}}", and the North Korean site chief, {{p:오}} 사장. 현장 사람들은 {{p:오}} 사장을 "O Chefe"(the boss)라고 불렀대요. Could you ask around whether anyone remembers {{p:Tony}}'s full name? {{r:성철}} 씨 says {{p:Tony}} once gave the Koreans a crate of oranges and {{p:오}} 사장 made them give it back.

{{r:Wi}} would also like to know if Dona {{p:Isabel}}, the woman who sold phone credit at the gate, is still there. 그분이 집에 전화할 수 있게 몰래 도와줬대요.

Best,
{{p:Da-hye}}

> On 2023-11-17, {{r:Domingos Kapenda}} wrote:
> Hi {{p:Da-hye}}, sending 5 photos from my cousin {{p:Manuel}}, who worked security near that site 2013-2016. {{p:Manuel}} says the Koreans lived in containers behind the wall. He remembers a thin one who spoke a bit of Portuguese; maybe your Mr {{r:Wi}}? Abraço, {{r:Domingos}}
""",
    },
    {
        "id": "h54-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Sol Myong-gil", "설명길", "witness", ["Myong-gil", "명길"]),
            ("Alex Shin", "알렉스 신", "other", ["Alex"]),
        ],
        "note": "Telegram chat export between an NGO worker and a construction worker in Vladivostok, Korean, English and Russian; handle with the name part labelled, Russian landlord and brigade leader with case forms, a zero-width space inside a name, emoji; Telegram and places public.",
        "text": """Telegram Desktop export - chat with "{{r:Myong-gil}} 🔨" (@{{r:myonggil}}_vlad)

[12.03.2024 21:14] {{r:Alex Shin}}: {{r:명길}} 씨 괜찮아요? 어제 답이 없어서
[12.03.2024 21:20] {{r:Myong-gil}} 🔨: 괜찮아요. 반장이 전화 검사했어요. 그래서 꺼 놨어요
[12.03.2024 21:21] {{r:Alex Shin}}: 반장 = {{p:Ryu}}?
[12.03.2024 21:22] {{r:Myong-gil}} 🔨: 네 {{p:류}} 반장. {{p:류성남}}
[12.03.2024 21:24] {{r:Myong-gil}} 🔨: 집주인 {{p:Игорь}}가 저한테 방 열쇠 줬어요. {{p:Игорю}} 고맙다고 말해야 하는데 러시아어 몰라요 ㅠ
[12.03.2024 21:25] {{r:Alex Shin}}: "Спасибо, {{p:Игорь}}" 하면 돼요 😊
[12.03.2024 21:25] {{r:Alex Shin}}: ok so plan stays: Friday, bus to {{u:Ussuriysk}}, {{p:Tae\u200bhun}} meets you there
[12.03.2024 21:31] {{r:Myong-gil}} 🔨: 알겠어요. {{p:류성남}}이 {{p:Игорь}} 집 알면 어떡해요
[12.03.2024 21:33] {{r:Alex Shin}}: {{p:Игорь}} said he told {{p:Рю}} nothing. 걱정 마세요
[12.03.2024 21:34] {{r:Myong-gil}} 🔨: {{r:Alex}} 씨 고마워요 🙏
[12.03.2024 21:35] {{r:Alex Shin}}: 금요일에 봐요 {{r:명길}} 씨. delete this chat after reading pls
""",
    },
    {
        "id": "h54-mixed-05",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Min Kyong-suk", "민경숙", "relative", ["경숙"]),
            ("Ri Tae-ho", "리태호", "witness", ["태호"]),
        ],
        "note": "Caseworker's phone-call notes in Korean and English with the wife of a former Kuwait worker; surname Min beside the English word 'min' (minutes), the husband's nickname from the site, an unregistered Pakistani driver and a Korean police officer; mixed line endings.",
        "text": """Call notes / 통화 메모 - case KW-31
Caller: {{r:민경숙}} (wife of {{r:리태호}}) / Taken by: {{p:Sophie Lim}}
2024-02-06 19:02, duration 24 min

- {{r:경숙}} 씨 called because {{r:태호}} 씨 won't talk about {{u:Kuwait}} at home. He has nightmares, shouts "{{p:Yasir}}!" in his sleep.
- Asked who {{p:Yasir}} is → {{r:경숙}} 씨 says {{p:Yasir}} was a Pakistani water-truck driver at the camp. {{r:Tae-ho}} told her once that {{p:Yasir}} hid him in the truck cabin when the brigade leader {{p:변}} was looking for him. (not sure why - check with {{r:Tae-ho}} directly)
- At the site {{r:태호}} 씨's nickname was "{{r:키다리}}" (tall guy). {{r:경숙}} 씨 laughed: "우리 집에선 그냥 {{r:태호}} 씨예요."
- She asked if {{r:Ri}} can get counselling without going to {{u:Hanawon}} again. → told her about the local 하나센터; will send the number.
- Follow-up call in 2 weeks, 10 min max (Ms {{r:Min}} said she can't talk long when {{r:Tae-ho}} is home).
""",
    },
    {
        "id": "h54-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Chae Un-byol", "채은별", "witness", ["은별", "CUB"]),
            ("Hong Su-gil", "홍수길", "supervisor", ["홍 과장"]),
        ],
        "note": "Interpreter's running notes (consecutive interpreting shorthand) at a journalist's interview about a restaurant in Shenyang; arrows and abbreviations, speaker initials, the restaurant manager by title and surname, a Chinese landlord by form of address (老杨), the journalist by surname Yoo and initial Y beside 'your'; places public.",
        "text": """interp. notes - {{p:Oh Min-jung}} (interpreter) - 2024.03.11 - journalist {{p:Yoo}} ({{p:Y}}) × {{r:채은별}} ({{r:CUB}})
(own shorthand; → = "then", ≠ = "not", ☐ = to check)

{{p:Y}}: how long in {{u:Shenyang}}? → {{r:CUB}}: 3년, 2016-19, 식당 "복무원"
{{r:CUB}}: 식당 책임자 {{r:홍}} 과장 = {{r:홍수길}}. 남자, 40대. 여자 복무원 14명
{{p:Y}}: did {{r:Hong}} take passports? → yes, 첫날. "{{r:홍}} 과장 금고"
{{r:CUB}}: 건물주 중국인 {{p:老杨}} ({{p:杨}} 씨). {{p:老杨}} 좋은 사람 ≠ 나쁜 사람. 가끔 과일 줌
{{p:Y}}: who were your customers? → {{r:CUB}}: 매일 밤 노래 공연, 손님 대부분 {{u:한국}} 관광객 + 조선족 사업가
{{r:CUB}}: "{{r:은별}}아, 웃어라" - {{r:홍수길}}이 손님 앞에서 늘 하던 말 (verbatim)
end 15:40. {{p:Yoo}} wants 2nd session; {{r:은별}} 씨 ok but without camera. ☐ tell {{p:Y}}'s producer {{p:Daniel Cho}}.
""",
    },
    {
        "id": "h54-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Paek Kwang-jin", "백광진", "witness", ["Пэк Гван Джин", "광진"]),
            ("Chang Yong-gil", "장영길", "supervisor", ["Чан Ен Гир", "Чан"]),
        ],
        "note": "Translated Russian search protocol from a workers' dormitory in Novosibirsk with the witness's Korean notes; Russian police officer and attesting witnesses with initials and case forms, North Korean names in Cyrillic renderings and their genitive, the brigade leader's safe; city public.",
        "text": """ПРОТОКОЛ ОБЫСКА (выемки) - copy received from {{r:백광진}}, translation: {{p:Elena Pak}} (KO/EN), notes by {{p:Jiwoo Lee}}

г. {{u:Новосибирск}}, 14 марта 2019 г.
Ст. лейтенант полиции {{p:Кравченко А.С.}}, в присутствии понятых {{p:Смирновой О.В.}} и {{p:Гусева Д.И.}}, произвёл обыск в общежитии, комн. 12, занимаемой гр. {{u:КНДР}} {{r:Чан Ен Гиром}}.
[Senior Lieutenant {{p:A.S. Kravchenko}}, with attesting witnesses {{p:O.V. Smirnova}} and {{p:D.I. Gusev}}, searched room 12 of the dormitory, occupied by {{u:DPRK}} citizen {{r:Chang Yong-gil}}.]

Изъято: 1) паспорта граждан {{u:КНДР}} - 23 шт., в том числе на имя {{r:Пэк Гван Джина}}, {{p:Ким Чер Мина}}, {{p:Ли Сон Ира}}; 2) тетрадь с записями на корейском языке; 3) наличные 412 000 руб.
[Seized: 23 {{u:DPRK}} passports, including those of {{r:Paek Kwang-jin}}, {{p:Kim Chol-min}}, {{p:Ri Song-il}}; a notebook in Korean; 412,000 roubles in cash.]

Со слов {{r:Чана}}: паспорта хранятся "для сохранности". [According to {{r:Chang}}: the passports were kept "for safety".]

Witness notes ({{r:광진}} 씨, in Korean, 2023):
- 이 날 {{r:장영길}} 반장 방에서 여권이 다 나왔다. {{r:장}} 반장은 경찰한테 "보관용"이라고 했다.
- 제 여권은 그 뒤에 돌려받았다. {{p:김철민}}, {{p:리성일}}은 못 받았다고 들었다.
- 경찰관 {{p:Кравченко}}는 {{r:장}} 반장과 한참 이야기하고 나서 돈 봉투 얘기는 조서에 안 썼다. 조서에는 412,000루블만 있다. 실제로는 더 많았다.
""",
    },
    {
        "id": "h54-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Yong-sil", "김영실", "witness", ["金英实", "영실"]),
            ("Wang Li", "왕리", "supervisor", ["王丽", "王班长"]),
        ],
        "note": "Chinese shift-handover book from a Dandong seafood plant, photographed by a North Korean worker, with the NGO's Korean translations and English comments; Chinese team leader as 王班长 (labelled whole), workers' Korean names in Chinese characters, 小张, a girl's nickname; city public.",
        "text": """交接班记录 (shift handover book) - 3号车间, 2018年5月
Photos by {{r:김영실}}; translation into Korean by {{p:Liu Mei}} (volunteer); comments in English by {{p:Hannah Choi}}.

5月3日 夜班 → 白班
原文: {{r:王班长}}交代: {{u:朝鲜}}工人{{p:朴春花}}手受伤, 不上流水线. {{p:小张}}替她.
번역: {{r:왕}} 반장 인계: {{u:북한}} 노동자 {{p:박춘화}} 손 부상, 라인 투입 안 함. {{p:샤오장}}이 대신.
Comment: {{p:Pak Chun-hwa}} is the woman {{r:Yong-sil}} described in session 2 (cut by the crab-shell machine).

5月9日 夜班 → 白班
原文: "{{p:小花}}"哭了一晚上, {{r:王丽}}说明天找{{p:车}}谈.
번역: "{{p:샤오화}}"가 밤새 울었음. {{r:왕리}}가 내일 {{p:차}} 씨와 이야기하겠다고 함.
Comment: "{{p:小花}}" (little flower) was the Chinese workers' nickname for {{p:박춘화}}; {{r:Yong-sil}} never used it.
""",
    },
    {
        "id": "h54-mixed-09",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kim Chol-su", "김철수", "witness", ["كيم تشول سو", "Chol-su"]),
            ("Ryom Song-il", "렴성일", "supervisor", ["ريوم سونغ إيل"]),
        ],
        "note": "Qatari labour dispute settlement committee decision (Arabic extract, English translation, Korean summary) on a North Korean worker's wage claim; fictional committee chair and members with Arabic names and the article al-, Korean names in Arabic script, the company representative; ministry and places public; CRLF.",
        "text": """قرار لجنة فض المنازعات العمالية - الدائرة الثالثة (extract)
Source: copy given to the NGO by {{r:김철수}} in 2022. Translation: {{p:Nour Haddad}}. Korean summary: {{p:Seo Jin-a}}.

[AR] برئاسة القاضي {{p:عبدالله بن راشد الكواري}} وعضوية السيد {{p:محمد السليطي}} والسيد {{p:أحمد فاروق}}.
[EN] Chaired by Judge {{p:Abdullah bin Rashid Al-Kuwari}}, with members Mr {{p:Mohammed Al-Sulaiti}} and Mr {{p:Ahmed Farouk}}.

[AR] المدعي: {{r:كيم تشول سو}}، كوري الجنسية. المدعى عليها: شركة مقاولات، ويمثلها السيد {{r:ريوم سونغ إيل}}.
[EN] Claimant: {{r:Kim Chol-su}}, Korean national. Respondent: a contracting company, represented by Mr {{r:Ryom Song-il}}.

[EN] The claimant seeks unpaid wages for 14 months. The respondent's representative, Mr {{r:Ryom}}, stated that wages were paid "to the workers' group account" in accordance with the workers' wishes. The committee notes that no worker's signature appears on the payment records presented by Mr {{r:Ryom}}. The committee orders the respondent to pay the claimant QAR 21,000 and to return his passport within seven days. Interpreter at the hearing: Mr {{p:Lee Sang-hoon}}.

[KO 요약] {{u:카타르}} {{u:노동부}} 산하 분쟁해결위원회 결정. {{r:김철수}} 씨가 14개월 임금 청구, 위원회가 21,000리얄 지급 + 여권 반환 명령. 회사 측 대리인은 {{r:렴성일}}({{u:북한}} 회사 대표). {{r:철수}} 씨 말: "{{r:렴}} 대표는 결정문 받고 웃었다. 돈은 결국 못 받았다." 여권은 돌려받았다고 함.
※ 흔한 이름이라 주의 - 다른 사례의 {{p:김철수}}(RU-22)와 다른 사람.
""",
    },
    {
        "id": "h54-mixed-10",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Oyunchimeg Tseren", "오윤치멕 체렌", "other", ["Оюунчимэг", "Оюунаа"]),
            ("Ryu Kyong-nam", "류경남", "supervisor", ["류 소장"]),
        ],
        "note": "Researcher's neighbourhood canvass notes around a North Korean workers' dormitory in Ulaanbaatar, English with Korean and Mongolian; Mongolian neighbours by given name and short form in Cyrillic, a kiosk owner, a North Korean site chief by surname and title, workers seen only by nicknames the neighbours gave them; district public.",
        "text": """Canvass notes - dormitory on the 3rd khoroo, {{u:Khan-Uul District}}, {{u:Ulaanbaatar}}
Researcher: {{p:Park Seo-yeon}}; local assistant: {{p:Tsolmon}} ({{p:Цолмон}}). 2023-07-22, 10:00-13:30.

House 1 - {{r:Оюунчимэг}} ({{r:Oyunchimeg}}), 50s, lives opposite. Neighbours call her {{r:Оюунаа}}.
- 2019년부터 건너편 건물에 {{u:북한}} 남자들 30명쯤 살았다고. "They never came to the shop alone."
- The boss is "{{r:Рю}}", she says; {{p:Tsolmon}} translated "{{r:Рю}} дарга" as "chief {{r:Ryu}}". → probably {{r:류경남}} 소장 from witness MN-07's account.
- {{r:Oyunchimeg}} gave workers hot water in winter 2021. 한 젊은 노동자를 "{{p:Бага}}" (little one)라고 불렀다고. She does not know his real name.

House 2 - kiosk owner {{p:Ганбаатар}} ({{p:Ganbaatar}})
- sells cigarettes to a worker he calls "{{p:Өндөр}}" (tall). "{{p:Өндөр}} always paid in small notes."
- Says {{r:류}} 소장 drives a white Land Cruiser. Did not want his name written. ({{p:Tsolmon}}: we promised, so use "kiosk owner" in the report.)

House 3 - no answer.

To do: show {{r:Oyunchimeg}} the photo from MN-07 ({{r:류경남}}). Ask {{p:Tsolmon}} to go back to House 3 on Monday.
""",
    },
    {
        "id": "h54-mixed-11",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Chang-ryol", "김창렬", "supervisor", ["Ким", "Кима"]),
            ("Han Sok-ju", "한석주", "witness", ["석주"]),
            (
                "Lyudmila Sergeyevna",
                "류드밀라 세르게예브나",
                "other",
                ["Люда", "Людмила Сергеевна"],
            ),
        ],
        "note": "Bathhouse (banya) rota at a construction camp near Kazan, Russian original with Korean translation and English notes; brigades named after their leaders in the Russian genitive (бригада Кима, бригада Хана), the bathhouse keeper by name, patronymic and diminutive, surname Han beside 한 (one); city public.",
        "text": """ГРАФИК БАНИ - общежитие, участок 4 (photo from {{r:한석주}}, 2017; transl. {{p:Vera Tsoi}}; notes {{p:Ian Moss}})

Вторник 18:00-20:00 - бригада {{r:Кима}}
Среда 18:00-20:00 - бригада {{r:Хана}}
Четверг 18:00-20:00 - бригада {{p:Пака}}
Суббота 16:00-22:00 - все ("кто успеет")
Ответственная: {{r:Людмила Сергеевна}} (тел. у охраны)

[번역]
화요일 18~20시 - {{r:김}} 반장 작업반
수요일 18~20시 - {{r:한}} 반장 작업반
목요일 18~20시 - {{p:박}} 반장 작업반
토요일 16~22시 - 전원 ("먼저 오는 사람")
관리: {{r:류드밀라 세르게예브나}}

Notes:
- "{{r:Хана}}" is the genitive of {{r:Хан}}; the brigade is {{r:Han Sok-ju}}'s own. {{r:석주}} 씨 was a brigade leader himself in 2017, so he is both the witness and "бригада {{r:Хана}}".
- "{{r:Кима}}" = {{r:Kim Chang-ryol}}, whose brigade had the best slot because {{r:Kim}} gave {{r:Люда}} vodka. {{r:석주}} 씨: "{{r:김창렬}}이 한 병 주면 한 시간 더."
- {{p:Пака}} = {{p:Pak Yong-chan}} (brigade 3). {{p:박}} 반장 brigade got Thursday, the day the water was coldest.
- Saturdays: "한 사람당 십 분" rule enforced by {{r:Людмила Сергеевна}}, who, {{r:Han}} says, was strict but kind - she let the injured {{p:Ri Chol-ung}} bathe alone on Sundays. The city was {{u:Kazan}}; the camp was at the stadium-area housing works.
""",
    },
    {
        "id": "h54-mixed-12",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Yun Ok-ju", "윤옥주", "witness", ["옥주"]),
        ],
        "note": "Snowball-sampling referral log of a research project on returnees from Angola, Poland and Kuwait, English with Korean; respondent codes beside names, referrers by nickname and surname only, an Angolan contact with a Portuguese name, staff initials; places public.",
        "text": """Referral log (snowball sample) - project "Workers abroad: women's perspectives" / PI Dr. {{p:Kang Eun-ji}}
Confidential. Names only in this file; reports use codes.

| Code | Name | Referred by | Country worked | Status | Notes |
|---|---|---|---|---|---|
| R-01 | {{r:윤옥주}} | seed (via church) | {{u:Poland}} (fish plant) | done x2 | referred R-02, R-03 |
| R-02 | {{p:성미란}} | {{r:옥주}} | {{u:Poland}} | done | "{{r:옥주}} 언니가 괜찮다고 해서" |
| R-03 | {{p:박은실}} | R-01 | {{u:Kuwait}} (cleaning, camp) | scheduled 4/12 | prefers female interviewer |
| R-04 | {{p:채선화}} | {{p:미란}} | {{u:Angola}} (cook, construction site) | contacted | nickname at the site "Dona {{p:Flor}}" |
| R-05 | ? ("{{p:해바라기}} 언니") | {{p:채선화}} | {{u:Angola}} | not reached | real name unknown; {{p:선화}} calls her {{p:해바라기}} |
| R-06 | {{p:João Baptista}} (not a respondent) | {{p:채선화}} | - | contact only | Angolan driver, {{u:Luanda}}; may know R-05 |
| R-07 | {{p:문영희}} | {{p:박은실}} | {{u:Kuwait}} | declined | "{{p:은실}}이한테 미안하다고 전해 달라" |

Notes ({{p:KEJ}}):
- {{r:Ok-ju}} asked not to be told whether R-02 and R-03 took part. Respect that.
- Dona {{p:Flor}} is what the Angolan workers called {{p:Chae Son-hwa}} because she grew flowers by the kitchen. Keep nickname out of transcripts.
- {{p:João}} is a contact, not a participant; no consent form needed, but do not record his surname in reports.
""",
    },
    {
        "id": "h54-mixed-13",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jang Chol-u", "장철우", "witness", ["JANG CHOL U", "철우"]),
            ("Krystyna Wojcik", "크리스티나 보이치크", "other", ["pani Krysia", "Wójcik"]),
        ],
        "note": "Polish workers' hostel residence registration book (książka meldunkowa) from Gdańsk with Korean and English notes; passport names in capitals, the Polish hostel manager with diminutive and case forms (pani Krysia, u pani Wójcik), a North Korean group leader in the Polish instrumental, DPRK as KRLD; city public.",
        "text": """KSIĄŻKA MELDUNKOWA - hotel robotniczy, ul. [usunięto], {{u:Gdańsk}} (strony 14-15, photo 2018)
Notes: {{p:Hyunji Park}} (KO/EN). Polish read by {{p:Marta Zając}}.

| Lp. | Nazwisko i imię | Obywatelstwo | Pokój | Od | Do | Uwagi |
|---|---|---|---|---|---|---|
| 41 | {{r:JANG CHOL U}} | {{u:KRLD}} | 7 | 02.03.2017 | 30.06.2018 | - |
| 42 | {{p:RI MYONG SU}} | {{u:KRLD}} | 7 | 02.03.2017 | 30.06.2018 | - |
| 43 | {{p:KIM JONG SIK}} | {{u:KRLD}} | 7 | 02.03.2017 | - | wyjechał bez wymeldowania |
| 44 | {{p:PAK SONG NAM}} | {{u:KRLD}} | 8 | 02.03.2017 | 30.06.2018 | kierownik grupy |

Uwagi administratora ({{r:K. Wójcik}}): "Klucze do pokoju 8 tylko u pana {{p:Paka}}. Rozmowy z {{p:Pakiem}} przez tłumacza."
[Manager's note: "Keys to room 8 only with Mr {{p:Pak}}. Conversations with {{p:Pak}} through the interpreter."]

{{r:철우}} 씨 설명 (2023):
- 관리인 아주머니 {{r:Krystyna Wójcik}}. 우리는 "pani {{r:Krysia}}"라고 불렀다. {{r:크리샤}} 아주머니가 가끔 빵을 줬다.
- 43번 {{p:김종식}}은 2017년 가을에 사라졌다. {{p:박성남}} 반장이 "{{p:종식}}이는 병으로 귀국했다"고 했지만 짐은 방에 그대로였다.
- {{p:박}} 반장이 모든 열쇠를 가지고 있었다. pani {{r:Wójcik}}도 알고 있었다. "u pani {{r:Wójcik}}" 사무실에 우리 여권 사본이 있었다.
""",
    },
    {
        "id": "h54-mixed-14",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Ri Kum-song", "리금성", "witness", ["금성"]),
            ("Muhammad Aslam", "무함마드 아슬람", "coworker", ["Aslam", "아슬람", "محمد أسلم"]),
        ],
        "note": "Water-tanker delivery log for a labour camp in Kuwait (English and Arabic columns, Korean notes by the witness); Pakistani and Indian drivers in Latin and Arabic script, North Korean receivers by surname and initials, a camp cook; impossible date 31/04; places public; mixed line endings.",
        "text": """WATER DELIVERY LOG - Camp 12, {{u:Sulaibiya}} | سجل توصيل المياه
(photographed by {{r:리금성}}, 2016; notes added 2023)

Date     | Tanker | Driver / السائق | Litres | Received by
03/04/16 | 42-118 | {{r:Muhammad Aslam}} / {{r:محمد أسلم}} | 10,000 | {{p:KIM}} (cook)
10/04/16 | 42-118 | {{r:M. Aslam}} | 10,000 | {{r:RI K.S.}}
17/04/16 | 51-007 | {{p:Suresh Nair}} / {{p:سوريش}} | 6,000 | {{r:RI K.S.}}
24/04/16 | 42-118 | {{r:Aslam}} | 10,000 | {{p:CHOE}}
31/04/16 | 42-118 | {{r:Aslam}} | 4,000 | {{p:CHOE}}

Notes by {{r:금성}} 씨:
- {{r:아슬람}}은 {{u:파키스탄}} 사람 운전기사. 물이 부족하다고 하니까 {{r:Aslam}}이 자기 돈으로 사 온 물을 더 줬다. 4월 31일은 없는 날짜인데 장부에 그렇게 적혀 있다. 실제로는 5월 1일. 그날 4,000리터밖에 안 왔다.
- {{p:KIM}}은 취사원 {{p:김명순}}. {{p:CHOE}}는 작업반장 {{p:최광일}}. {{p:최}} 반장은 물이 모자라면 샤워를 금지했다.
- {{p:Suresh}}는 {{u:인도}} 사람. 한 번만 왔다.
- 제가 "{{r:RI K.S.}}"로 사인한 건 두 번. {{r:Aslam}}은 저를 "Mister {{r:Ri}}"라고 불렀다.
""",
    },
    {
        "id": "h54-mixed-15",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Yo Kum-hui", "여금희", "witness", ["금희"]),
            ("Pong Yong-ho", "봉영호", "other", ["봉"]),
        ],
        "note": "CCTV review notes after an intimidation incident at a shelter for resettled women in Seoul, Korean with English timestamps and descriptions; a former restaurant minder identified by the resident, the security guard and staff by title, camera labels, surname Yo beside the vocative 여, a police officer; police station public.",
        "text": """CCTV review - shelter entrance, 2024-04-19 (Fri) / 검토: {{p:한소영}} 실장, {{p:Mark Evans}} (security volunteer)
Cameras: CAM-1 (front gate), CAM-2 (lobby). Resident present at review: {{r:여금희}}.

21:03:12 CAM-1 - Male, 40s, grey jacket, stands across the street. 10분 넘게 서 있음.
21:14:40 CAM-1 - Same male approaches gate, presses buzzer twice. 경비 {{p:조}} 선생님({{p:조만석}}) 인터폰 응답: "누구세요?" → 남자: "{{r:금희}} 있소?"
21:15:05 CAM-1 - Male leaves toward the bus stop.
21:40:00 CAM-2 - {{r:여금희}} enters lobby from inside corridor, talks to {{p:조}} 선생님 (she had heard her name on the intercom).

{{r:금희}} 씨 identification (review at 22:30):
- "이 사람 {{r:봉영호}}예요. {{u:선양}} 식당에서 우리 감시하던 사람."
- 식당에서는 "{{r:봉}} 지배인"이라 불렀다고. She is sure: the way he stands, one shoulder lower.
- "{{r:봉}} 씨가 여기 어떻게 알고 왔는지 모르겠어요." Asked whether anyone else from the restaurant is in {{u:Korea}}: "{{p:미향}}이 언니는 {{u:부산}}에 있어요. 상관없어요."

Actions:
- {{p:한소영}} 실장 reported to {{u:서울마포경찰서}} 22:50. 담당 {{p:권}} 경위({{p:권태진}}).
- Footage exported (MP4, 3 clips) and handed to {{p:권}} 경위 on USB.
- {{r:Kum-hui}} to stay in the inner room tonight; {{p:Mark}} and {{p:조만석}} to check the gate every hour.
- Note: on the intercom recording the man says "{{r:금희}} 있소?" - North Korean dialect ending. {{p:조}} 선생님 said "여, 누구요?" back - 여 here is just "hey", not her surname.
""",
    },
    {
        "id": "h54-mixed-16",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Zhao Jun", "자오쥔", "supervisor", ["赵经理", "老赵"]),
            ("Choe Myong-chol", "최명철", "supervisor", ["崔明哲", "崔组长"]),
            ("Kim Sun-hui", "김순희", "witness", ["金顺姬", "순희"]),
        ],
        "note": "Chinese labour agency's WeChat group announcement (群公告) and member replies captured by a North Korean garment worker, Chinese with Korean translation and English notes; @-mentions with Chinese names of Korean workers, the agency manager as 赵经理 and 老赵, the North Korean team leader as 崔组长 (labelled whole), nicknames in the member list; WeChat and city public.",
        "text": """{{u:WeChat}} group "服装厂-朝方员工通知" - 群公告 (screenshot 2019-06-02, from {{r:김순희}})
Translation: {{p:Zhou Min}} → Korean; notes in English by {{p:Esther Han}}.

群公告 ({{r:赵经理}} 发布):
各位注意: 本月工资推迟发放. 由{{r:崔组长}}统一领取. 有问题找{{r:崔明哲}}, 不要直接找工厂. @{{r:金顺姬}} @{{p:朴英爱}} @{{p:李明花}} 你们三个明天去办公室.
[번역] 모두 주목: 이번 달 임금 지급이 늦어집니다. {{r:최}} 조장이 일괄 수령합니다. 문제가 있으면 {{r:최명철}}에게 말하고 공장에 직접 찾아가지 마세요. @{{r:김순희}} @{{p:박영애}} @{{p:리명화}} 세 사람 내일 사무실로.

Replies:
{{r:崔组长}}: 收到, {{r:赵经理}}.
{{p:小李翻译}}: 好的
{{p:朴英爱}}: 👌

Notes:
- {{r:赵经理}} = {{r:Zhao Jun}}, agency manager; workers called him {{r:老赵}} when he was not there.
- "{{p:小李翻译}}" is the interpreter, {{p:Li Na}}, a Chinese woman; 翻译 means interpreter.
- {{r:순희}} 씨: "다음 날 사무실에 갔더니 {{r:최}} 조장이 우리 셋한테 '{{u:중국}} 사람한테 웃지 마라'고 했어요. {{p:영애}}가 {{p:小李}}랑 친해서요."
- The group was for workers from {{u:North Korea}} only; the factory itself was in {{u:Dandong}}.
""",
    },
]
