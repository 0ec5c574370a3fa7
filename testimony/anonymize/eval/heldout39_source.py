# ruff: noqa: E501
"""Held-out evaluation passages, set 39. Built by build_heldout.py heldout39.

Forty documents of the kind an NGO working on North Korean workers sent abroad
actually holds (messenger exports from WhatsApp, Telegram, WeChat, LINE, KakaoTalk
and Slack, court judgments and an indictment, parliamentary questions, a payroll
sheet pasted as text, a hospital discharge summary, a shelter intake form, a police
incident report, researcher field notes, timestamped interview transcripts, an OCR
of a scanned letter, issue-tracker comments, an immigration detention log,
newspaper clippings, an insurance claim, a seminar handout, a diary, a hotline log,
a family letter, a radio script, a calendar export, a forum thread, an asylum
interview record, a crew list, a recruitment contract, Markdown notes with pasted
JSON, a CSV export, social-media posts, voicemail transcripts and a translated death
certificate), in English, Korean and mixed Korean/English with Russian, Chinese,
Arabic, Mongolian, Japanese, Polish, Spanish and Malay.

Labelling convention:
- {{r:...}} a mention of a registered private person (listed in the passage's
  "persons" as (romanized name, Hangul name, role, aliases)); {{p:...}} a mention
  of an unregistered private person; {{u:...}} a public name: a real public figure,
  a real place, a real organisation or company, a real ship. Real public figures
  are only mentioned neutrally.
- Every fictional person is private, whatever their office (a fictional minister,
  judge, police officer, consul, doctor, inspector, pastor or interpreter is private).
- Invented businesses, sites and vessels are left unmarked.
- A mention is labelled as the text writes it: the name only, without particles
  (박철민이 -> {{r:박철민}}이; the affectionate suffix 이 after a given name also stays
  outside) and without titles (리 반장님 -> {{r:리}} 반장님, Mr {{p:Ho}}, Dr {{p:X}}),
  but Chinese forms of address are labelled whole (老周, 小王, 王总) and Russian
  names keep their case endings (Пака, Кима).
- A nickname or alias that refers to a person is a mention of that person even when
  it is not registered as an alias; the same word used as an ordinary word is not.
- In an e-mail address or login only the local part is labelled, and only when it
  spells the person's name (kim.yongho@..., yongho_k); role accounts are unmarked.
- A surname discussed as a word ("the surname 박 means gourd") is unmarked, and so
  are ordinary words that look like names (이상, 명이라, 맹세해, 위해, "No,", "So,").
- Country names are public places whenever they stand as nouns, also attributively
  (DPRK, PRC, North Korea, 한국, 북한 사람, 중국 돈); nationality adjectives and
  derived words (Korean, Chinese, 한국어, 중국산, 러시아인) are not marked.

Clarifications added for this set:
- The possessive 's and a plural -s stay outside ({{p:Pak}}'s, "the two {{p:Kim}}s"),
  and so do vocative endings (-a, -ya, 아, 야) and emoji written next to a name.
- Initials that stand for a person (K.C.M., Kim C.M., HMC) are mentions of that person.
- Zero-width characters, soft hyphens and fullwidth letters inside a name belong to
  the mention; a name broken across a line (with or without a hyphen) is one mention
  that includes the break.
- In a social-media handle, file name or URL only the part that spells the name is
  labelled (the "@" stays outside: @{{p:handle}}); handles that do not spell a name
  but are used as a person's nickname are labelled too, as nicknames.
- OCR-garbled names are labelled as the scan renders them ({{p:Kirn}} for Kim).
- Polish and Mongolian case endings written onto a name stay inside the mention,
  like Russian ones (Zawadzkiego, Pakiem, Хёнтэй); a suffix joined with a hyphen
  (Хён-тэй) or a Korean/Japanese particle or honorific stays outside.
- A name inside a hashtag is labelled like a name in a handle (#JusticeFor{{p:X}});
  a country name inside a hashtag compound is marked as a public place.
- A spelling or inflected form quoted only to discuss spelling or grammar ("use
  Mun, not Moon"; the case forms "Muna", "Bangiem") is unmarked, like a surname
  discussed as a word; a form quoted to say how a document or a person writes this
  person's name ("he is RI YONG NAM in the passport") is a mention.
- Three-letter nationality codes in tables (CHN, PRK, IDN) are not marked.
- Generic Korean kinship or role words used instead of a name (엄마, 형, 반장,
  막내) are not mentions; a pet name that is used like a name is.
"""

PASSAGES: list[dict] = [
    {
        "id": "h39-en-01",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ha Myong-chol", "하명철", "witness", ["Myong-chol", "HMC"]),
            ("Do Kwang-sik", "도광식", "supervisor", ["Jangbu"]),
        ],
        "note": "WhatsApp group export of an NGO outreach team in Qatar; sender names on every line, surnames Ha, Do and An next to 'ha ha', 'do' and 'an', nickname meaning 'the ledger', initials, vocative -a after a given name, @mention, emoji, a consul and a nun with titles.",
        "text": """{{u:WhatsApp}} Chat with {{u:Doha}} follow-up (restricted)

02/03/2021, 08:10 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even {{u:WhatsApp}}, can read or listen to them.
02/03/2021, 08:12 - {{p:Farah Siddiqui}}: Morning all. {{p:Joel}} got a voice note last night from the worker we met behind the labour camp in {{u:Al Wakrah}}. Surname {{r:Ha}}, given name {{r:Myong-chol}}
02/03/2021, 08:13 - {{p:Joel Mensah}}: Yes. The photo of his ID says {{r:HA MYONG CHOL}} but the copy of his QID says {{r:HA MYONGCHOL}}, no space
02/03/2021, 08:13 - {{p:Farah Siddiqui}}: ha ha of course it does
02/03/2021, 08:14 - {{p:Joel Mensah}}: <Media omitted>
02/03/2021, 08:15 - {{p:Joel Mensah}}: He says the team leader is {{r:Do}}. {{r:Do Kwang-sik}}. The men call him {{r:Jangbu}}, "the ledger", because he writes down what everyone owes for food and electricity
02/03/2021, 08:16 - {{p:Priya Raman}}: What do we do if {{r:Do}} is the one holding the passports?
02/03/2021, 08:17 - {{p:Farah Siddiqui}}: We don't do anything until {{r:Myong-chol}} says so. So, nobody calls the sponsor yet please
02/03/2021, 08:21 - {{p:Priya Raman}}: Noted 👍
02/03/2021, 08:40 - {{p:Joel Mensah}}: Second name he gave: {{p:An Song-jin}}, same room, bricklayer. {{p:An}} hurt his back in January and {{r:Do}} sent him back to work after three days
02/03/2021, 08:41 - {{p:Joel Mensah}}: an ambulance was never called. {{p:Song-jin}} was taken to a private clinic in the {{u:Industrial Area}} by a driver called {{p:Bikash}}
02/03/2021, 08:43 - {{p:Farah Siddiqui}}: Is {{p:Bikash}} the Nepali driver {{p:Rahul}} mentioned?
02/03/2021, 08:44 - {{p:Rahul Thapa}}: yes, {{p:Bikash Gurung}}. He drives for the same sponsor. I can ask him on Friday after prayers
02/03/2021, 09:02 - {{p:Priya Raman}}: @{{p:Rahul}} careful, {{p:Bikash}} sleeps in the same compound as {{r:Do}}'s men
02/03/2021, 09:05 - {{p:Rahul Thapa}}: ok 🙏
02/03/2021, 11:30 - {{p:Farah Siddiqui}}: Spoke to the consular officer at the {{u:Korean Embassy}}, Mr {{p:Seo}}. He said they can receive {{r:Myong-chol}} only if he walks in himself. They cannot send a car
02/03/2021, 11:32 - {{p:Joel Mensah}}: Same as with the man from {{u:Lusail}} last year
02/03/2021, 11:33 - {{p:Farah Siddiqui}}: Yes, {{p:Seo}} remembered him. Name was {{p:Yun}} something
02/03/2021, 11:34 - {{p:Priya Raman}}: {{p:Yun Chol}}. He went out through {{u:Hamad International Airport}} in the end, Sister {{p:Agnes}} drove him
02/03/2021, 14:10 - {{p:Joel Mensah}}: New voice note from {{r:Ha}}. Transcript by {{p:Minji}} below
02/03/2021, 14:11 - {{p:Minji Park}}: "{{r:Do}} banjangnim told us the Embassy people will sell us to the South. {{p:Song-jin}}-a says he does not believe it. I am not sure. Please do not phone me after 9, {{r:Jangbu}} collects the phones at 9."
02/03/2021, 14:12 - {{p:Minji Park}}: (banjangnim = team leader, honorific. The "-a" is only the vocative ending after {{p:Song-jin}})
02/03/2021, 14:15 - {{p:Farah Siddiqui}}: Thank you {{p:Minji}} 🙏 So no calls after 21:00. Everyone please put that in the notes for {{r:HMC}}
02/03/2021, 14:20 - {{p:Joel Mensah}}: This message was deleted
02/03/2021, 14:21 - {{p:Joel Mensah}}: Wrong chat sorry
03/03/2021, 07:55 - {{p:Rahul Thapa}}: {{p:Bikash}} says there are 46 North Koreans at the site and a boss comes from {{u:Doha}} on Thursdays. He does not know the boss's name, only that the men stand up when he comes in
03/03/2021, 07:58 - {{p:Priya Raman}}: Could be the {{p:Ri}} from the company office? {{p:Farah}} you had a name from the {{u:Ministry of Labour}} complaint
03/03/2021, 08:03 - {{p:Farah Siddiqui}}: The complaint form only says "{{p:R.Y.C.}}, manager". Not enough to do anything with
03/03/2021, 08:05 - {{p:Farah Siddiqui}}: {{u:ILO}} project office asked for an update on the {{u:DPRK}} cases by end of month. I will draft it without names
03/03/2021, 08:06 - {{p:Joel Mensah}}: 👍 and I will ask {{r:Ha}} if {{p:An}} wants to be in it at all""",
    },
    {
        "id": "h39-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Mun Hyok-chol", "문혁철", "witness", ["Moon Hyeok-cheol", "Hyok Chol Mun", "M. H."]),
            ("Bang Ki-ung", "방기웅", "supervisor", ["Ki Ung Bang", "B. K."]),
            ("So Jin-hyok", "서진혁", "coworker", ["Seo Jin-hyeok", "Jin Hyok So", "S. J."]),
        ],
        "note": "Unofficial English translation of a Polish labour-court judgment (Gdynia shipyard); given-name-first order from the Polish file, South Korean romanization in the claim, initials of the anonymised version, surnames Bang, So and Moon beside 'bang', 'so' and 'moon', fictional judges and inspector private.",
        "text": """UNOFFICIAL ENGLISH TRANSLATION - prepared for the legal clinic, not for filing
Translator's note: published Polish judgments are anonymised; this translation was made from the parties' copy, which gives the names in full, in the order of the Polish file (given name first). Polish case endings on the Korean names ("Muna", "Bangiem") are rendered in the nominative.

Case ref. IV P 212/19

JUDGMENT
IN THE NAME OF THE {{u:REPUBLIC OF POLAND}}

{{u:Gdańsk}}, 14 October 2020

The {{u:District Court Gdańsk-Północ in Gdańsk}}, IV Labour and Social Insurance Division, composed of:
Presiding: Judge {{p:Agnieszka Wróblewska}}
Lay judges: {{p:Teresa Kołodziej}}, {{p:Henryk Szulc}}
Recording clerk: {{p:Marta Lis}}

having examined at the hearing of 30 September 2020 the case brought by {{r:Hyok Chol Mun}} (in the statement of claim also written {{r:Moon Hyeok-cheol}}) against Baltic Hull Services sp. z o.o. of {{u:Gdynia}} for payment of remuneration,

1. orders the defendant to pay the claimant PLN 38,412.60 with statutory interest from 1 February 2019;
2. dismisses the remainder of the claim;
3. orders the defendant to pay the costs of the proceedings.

STATEMENT OF REASONS

The claimant, {{r:Hyok Chol Mun}}, a citizen of the {{u:Democratic People's Republic of Korea}}, worked from March 2016 to January 2019 as a welder on hull sections at the shipyard in {{u:Gdynia}}. He was one of eleven workers from the {{u:DPRK}} placed with the defendant through an intermediary. The group was led by {{r:Ki Ung Bang}}, entered in the defendant's records as "coordinator".

The claimant testified that {{r:Bang}} held the bank cards of all eleven workers and withdrew the salaries each month; the workers received between USD 100 and 150 in cash. He said: "{{r:Bang}} told us the rest goes to the loyalty fund. Nobody asked more. If you ask, you go home." The Court found this testimony credible. It is consistent with the statement of the witness {{r:Jin Hyok So}}, who shared a room with the claimant in the hostel in {{u:Gdańsk-Stogi}}, and with the bank statements obtained from {{u:PKO Bank Polski}}.

The witness {{r:So}} described how the claimant was injured on 9 November 2018: a steel plate slipped from a sling with a loud bang and struck his left foot. The claimant was taken to hospital by the Polish foreman, {{p:Zbigniew Nowicki}}. According to the witness {{r:So}}, {{r:Bang}} arrived at the hospital within an hour, took the claimant's documents and forbade him to speak to the doctor "without {{r:Bang}} in the room". The witness {{p:Nowicki}} confirmed that he saw {{r:Ki Ung Bang}} at the hospital but could not say what was discussed, as the conversation was in Korean.

The defendant's HR specialist, {{p:Ewa Kamińska}}, testified that the defendant paid the full salaries into the workers' accounts and "had no reason to think the money did not reach them". The Court notes, however, that in 2017 an inspector of the {{u:National Labour Inspectorate}}, {{p:Paweł Dudek}}, recorded that the workers' hours far exceeded those in the time sheets, and that the defendant did not respond to that finding. Two other workers named by the claimant, {{p:Chol Ung Ri}} and {{p:Kwang Sok Kim}}, left {{u:Poland}} in 2018; the summons to them could not be served. The witness {{p:Kim}} is believed to be in {{u:Pyongyang}}.

The Court did not accept the defendant's argument that {{r:Mun}} had been employed by the intermediary alone. The defendant's managers gave daily instructions directly to the claimant, via {{r:Bang}} as interpreter. The manager {{p:Tomasz Grabowski}} called the claimant "the best welder of the Koreans" and asked for him by name. It is not so that the defendant merely "received a service".

The claimant's later residence in the {{u:Republic of Korea}}, where he now uses the name {{r:Moon Hyeok-cheol}}, has no bearing on the claim. He appeared by video link from {{u:Seoul}}; the interpreter was {{p:Ewelina Park-Nowak}}.

Note to file (clinic): in the anonymised version on the court portal the claimant appears as {{r:M. H.}} and the witness as {{r:S. J.}}; {{r:Bang}} appears as {{r:B. K.}}; the interpreter's name is omitted. Appeal period runs until 4 November. Supervising advocate: dr hab. {{p:Jan Moon-Zieliński}}""",
    },
    {
        "id": "h39-en-03",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Lim Son-hui", "림선희", "witness", ["Rim Son-hui", "Im Seon-hui", "Son-hui"]),
            ("Na Yong-ae", "나영애", "coworker", ["Yong-ae"]),
            ("Kwon Sun-bok", "권순복", "supervisor", []),
        ],
        "note": "European Parliament written question with the Commission's answer and an NGO staff note; northern, southern and Hangul-derived spellings of the surname 림, surnames No and Na beside 'No.' and 'no', a real commissioner mentioned neutrally, fictional MEP and assistant private.",
        "text": """Parliamentary question - E-001874/2023
Question for written answer E-001874/2023 to the Commission
Rule 144
{{p:Margarethe Lindqvist-Haas}} ({{u:Verts/ALE}})

Subject: Seafood processed by {{u:DPRK}} workers in {{u:Liaoning}} entering the Union market

According to testimony collected by a {{u:Brussels}}-based NGO and shared with Members, women from the {{u:Democratic People's Republic of Korea}} have worked since at least 2017 in seafood processing plants in {{u:Donggang}} and {{u:Dandong}}, {{u:China}}, some of which supply frozen fillets to importers in the Union. One former worker, named in the NGO's summary as {{r:Lim Son-hui}}, states that she peeled and packed shrimp for fourteen hours a day, that her wages were paid to a "manager" from {{u:Pyongyang}}, and that cartons from her line were labelled for a wholesaler in {{u:Bremerhaven}}.

1. Is the Commission aware of these reports?
2. Which measures will it take to ensure that products made with such labour are not placed on the Union market?
3. Will it raise the matter with the authorities of the {{u:People's Republic of China}}?

Submitted: 6.6.2023

Answer given by High Representative/Vice-President {{u:Borrell}} on behalf of the {{u:European Commission}} (12.9.2023)

The Commission is aware of reports that nationals of the {{u:DPRK}} continue to work abroad in breach of {{u:UN Security Council}} resolution 2397 (2017). The {{u:EU}} has implemented the relevant resolutions. It is for the Member States to enforce them. The Commission does not comment on individual companies or on the content of testimony it has not received. No. 3: the {{u:EU}} raises the issue of forced labour regularly in its dialogue with {{u:China}}.

----
NGO staff note (internal, not for the website) - {{p:R. Okafor}}, 14.9.2023

Background for the file. {{p:Lindqvist-Haas}}'s assistant, {{p:Tobias Engel}}, had asked us in May for "one named case". We sent the annex below. The MEP used only {{r:Lim}}'s name, in the northern spelling. When we met {{r:Son-hui}} in {{u:Seoul}} she used {{r:Im Seon-hui}} on her new ID, and her caseworker writes {{r:Rim Son-hui}}. Same woman; three spellings in one file is asking for trouble.

Annex as sent on 22.5.2023 (consent column added afterwards):

| # | Name as given          | Role at plant       | Consent to name |
|---|------------------------|---------------------|-----------------|
| 1 | {{r:LIM Son Hui}}          | packer, line 3      | yes, in writing |
| 2 | {{r:NA Yong Ae}}           | packer, line 3      | no              |
| 3 | {{p:NO Kum Sil}}           | shrimp peeler       | no (in {{u:DPRK}})    |
| 4 | {{p:KYE Ok Hwa}}           | peeler              | unknown         |
| 5 | {{r:KWON Sun Bok}}         | "guide" (지도원)    | n/a             |
| 6 | {{p:HAN Chun Mae}}         | dorm head           | n/a             |

{{r:Na}} said no, very clearly, on the phone: no name, no photo, no age. We had already sent the table; {{p:Tobias}} confirmed in writing that row 2 was not used. {{r:Yong-ae}} still works in {{u:Gyeonggi}} and her sister is in {{u:North Korea}}.

{{r:Kwon}} is the guide who took the women's phones on arrival and, according to both {{r:Lim}} and {{r:Na}}, read their letters home. {{r:Son-hui}} says {{r:Kwon Sun-bok}} "was not cruel, only afraid" and that the Chinese plant director, {{p:Sun Lijun}}, dealt only with her. {{p:No}} and {{p:Kye}} are the two women {{r:Lim}} last saw in 2020; no news since.

Next step: {{p:Dagmar}} will send {{p:Lindqvist-Haas}} a short reply thanking her and explaining that any follow-up question must not name {{r:Na}}. No further names to the office without a fresh consent form.""",
    },
    {
        "id": "h39-en-04",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Kang Song-il", "강성일", "witness", ["Кан Сон Ир"]),
            ("Ri Yong-nam", "리영남", "supervisor", ["Ли Ён Нам", "Lee Young-nam"]),
        ],
        "note": "Russian payroll sheet for a Vladivostok brigade pasted as a pipe table with an NGO note; Cyrillic and passport spellings of every worker, Russian case endings in a quoted message, Ri/Lee for one brigadier, surnames O, An, Ma and So in capitals, Russian accountant with initials after the surname.",
        "text": """[pasted from "vedomost_mart2019_brig7.xlsx", sheet 1, columns trimmed. Sent by a former site engineer, see note]

OOO "Vostok-Monolit" - residential complex "Morskaya Terrasa", {{u:Vladivostok}}
Payroll sheet, March 2019, Brigade 7 (finishing)
Brigadier: {{r:Ли Ён Нам}}   Timekeeper: {{p:Пак Хё Сон}}   Checked: {{p:Сергеева Н.В.}}

| No | Name (patent)      | Passport           | Post       | Days | Accrued | Advance | Plan   | Paid   |
|----|--------------------|--------------------|------------|------|---------|---------|--------|--------|
| 1  | {{r:Ли Ён Нам}}         | {{r:RI YONG NAM}}       | brigadier  | 31   | 68 000  | 0       | 0      | 68 000 |
| 2  | {{p:Пак Хё Сон}}        | {{p:PAK HYO SON}}       | timekeeper | 31   | 55 000  | 0       | 20 000 | 35 000 |
| 3  | {{r:Кан Сон Ир}}        | {{r:KANG SONG IL}}      | plasterer  | 30   | 52 500  | 5 000   | 40 000 | 7 500  |
| 4  | {{p:Чо Мён Су}}         | {{p:JO MYONG SU}}       | plasterer  | 30   | 52 500  | 5 000   | 40 000 | 7 500  |
| 5  | {{p:Ким Чхоль Ун}}      | {{p:KIM CHOL UN}}       | tiler      | 29   | 50 750  | 5 000   | 40 000 | 5 750  |
| 6  | {{p:Хан Гым Чхоль}}     | {{p:HAN KUM CHOL}}      | tiler      | 31   | 54 250  | 0       | 40 000 | 14 250 |
| 7  | {{p:О Гван Хо}}         | {{p:O KWANG HO}}        | painter    | 31   | 49 600  | 5 000   | 40 000 | 4 600  |
| 8  | {{p:Ан Сон Бок}}        | {{p:AN SONG BOK}}       | painter    | 12   | 19 200  | 0       | 15 000 | 4 200  |
| 9  | {{p:Ма Чхун Иль}}       | {{p:MA CHUN IL}}        | labourer   | 31   | 43 400  | 5 000   | 35 000 | 3 400  |
| 10 | {{p:Со Ён Гиль}}        | {{p:SO YONG GIL}}       | labourer   | 31   | 43 400  | 5 000   | 35 000 | 3 400  |
| 11 | {{p:Юн Мён Хак}}        | {{p:YUN MYONG HAK}}     | labourer   | 0    | 0       | 0       | 0      | 0      |

Total paid out: 158 300. Cards: {{u:Sberbank}}, all held by the brigadier.

NOTE ({{p:A. Brennan}}, 14.06.2021)
- The "Plan" column is not in the company template. The engineer who sent the file, {{p:Dmitry}}, says {{r:Ri}} added it by hand every month and the accountant, {{p:Nadezhda Sergeeva}}, never asked about it. {{p:Dmitry}} wrote on {{u:Telegram}}: "деньги отдавали {{r:Ли}}, у {{r:Кана}} и у {{p:Чо}} вычитали по сорок тысяч, {{p:Юн}} лежал в больнице".
- {{r:Kang Song-il}} (row 3) is our witness from the {{u:Seoul}} interviews. By phone he confirmed about 7,000 a month, "sometimes nothing", and that {{r:Ri}} kept the rest "for the plan". {{r:Kang}} also confirmed that {{p:Jo}} in row 4 was his roommate on {{u:Russky Island}} before the brigade moved to this site.
- The brigadier appears as {{r:Ли Ён Нам}} here, {{r:RI YONG NAM}} in the passport and {{r:Lee Young-nam}} in the South Korean interview transcript. One person.
- Row 8, {{p:An}}, worked 12 days: {{r:Kang}} says he was sent back through {{u:Khasan}} in mid-March after an argument with the brigadier. Row 11, {{p:Yun}}, was in hospital all month with a broken wrist.
- Do not circulate the original file: its metadata shows the engineer's login, {{p:d.kuzmenko}}.""",
    },
    {
        "id": "h39-en-05",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("No Chol-ho", "노철호", "witness", ["Chol-ho"]),
            ("Ma Kyong-il", "마경일", "supervisor", []),
            ("Gil Sung-ho", "길승호", "coworker", ["Sung-ho"]),
        ],
        "note": "Hospital discharge summary from Ulaanbaatar in English; capitalised patient names, surname No beside clinical 'No known allergies' and 'No such person', surname Ma and Gil, Mongolian doctors with patronymic initials, 'Pt' abbreviations, a company director and embassy official with only surnames.",
        "text": """{{u:FIRST CENTRAL HOSPITAL OF MONGOLIA}}
Department of Burns and Plastic Surgery
{{u:Ulaanbaatar}}, {{u:Sükhbaatar District}}

DISCHARGE SUMMARY (English copy, issued at the request of the patient's representative)

Patient: {{r:NO CHOL HO}}          Sex: M      DOB: 1983-07-19
Nationality: {{u:DPRK}}              Passport: 64780xxxx
Admitted: 2018-11-02 23:40 via Emergency      Discharged: 2018-11-21
Attending: Dr {{p:B. Enkhtuya}}      Resident: Dr {{p:G. Tsetsegmaa}}
Interpreter: {{p:Oyunbileg}} (Korean-Mongolian, hospital roster)

Presenting complaint: Burns to both forearms, neck and face after a bitumen boiler ignited on a construction site in {{u:Bayanzürkh}} district. Brought in by two co-workers; accompanying person registered as {{r:MA KYONG IL}} ("team leader").

History: Pt states he was heating bitumen on the roof of a 7-storey block at approx. 21:00 without protective equipment. No known allergies. No previous surgery. Smoker, ~10/day.

On admission: partial-thickness burns approx. 14% TBSA (both forearms, anterior neck, left cheek). Airway clear. BP 135/85, HR 112.

Course in hospital:
- 02/11 Fluid resuscitation (Parkland). Tetanus prophylaxis.
- 05/11 Excision and split-skin grafting, left forearm (Dr {{p:Enkhtuya}}, Dr {{p:Batzorig}}). Blood group B Rh+; 2 units, directed donation from co-worker {{r:GIL SUNG HO}}, arranged by Mr {{r:Ma}}.
- 09/11 Pt asked the resident, through the interpreter, whether he could stay "longer than the others know". Dr {{p:Tsetsegmaa}} recorded the request and informed the social worker, {{p:D. Sarangerel}}.
- 12/11 Mr {{r:Ma}} requested discharge "because the company will pay no more days". Declined on medical grounds.
- 14/11 Mr {{r:Ma}} returned with Mr {{p:Kim}} ("company director") and a representative of the {{u:Embassy of the DPRK}}, Mr {{p:Hwang}}. They were not admitted to the ward after 20:00.
- 15/11 Pt seen alone by the social worker ({{r:Ma}} asked to wait outside). Pt reports no wages received since July; passport kept by {{r:Ma Kyong-il}}. Co-workers {{r:Gil}} and {{p:Ri Song-chol}} had visited at night "without permission". Pt: "{{r:Sung-ho}} gave me his blood and {{r:Ma}} did not say thank you to him."
- 17/11 Graft take ~90%. Dressings changed by nurse {{p:Altantsetseg}}.
- 19/11 Social worker contacted {{u:Mongolian Red Cross Society}} at Pt's request. Pt then withdrew the request the same evening after a phone call from Mr {{p:Kim}}.

Discharge: 21/11 to the care of Mr {{r:Ma}}, against the advice of the social work team. Wound-care instructions given in Korean through {{p:Oyunbileg}}. Medication: cefuroxime, paracetamol, silver sulfadiazine.

Follow-up: 28/11, outpatient. Pt did not attend. Call to the number left by {{r:Ma}}: a man answered "No such person" in Korean and hung up. Second call 30/11: no answer.

Dr {{p:B. Enkhtuya}}, Head of Department                      [stamp]

Requested by: {{p:Lkhagvasüren Dorj}}, caseworker, for {{r:No Chol-ho}} (consent form signed 15/11, witnessed by {{p:D. Sarangerel}}). Copy to: {{u:Mongolian Red Cross Society}}, {{u:Darkhan}} branch, no other.""",
    },
    {
        "id": "h39-en-06",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Song Chol-u", "송철우", "witness", ["Chol-u"]),
            ("Ryu Kwang-jin", "류광진", "supervisor", ["Yu Kwang-jin", "Ryu K.J."]),
            ("Han Tae-sik", "한태식", "coworker", []),
        ],
        "note": "Kuwaiti police incident report in sworn English translation with a counsel's addendum; names in capitals from civil IDs, Ryu/Yu spellings of one supervisor, surname Song beside 'a song', Arabic names of fictional officers with ranks, Korean honorific -dongmu after a surname.",
        "text": """{{u:STATE OF KUWAIT}} - {{u:MINISTRY OF INTERIOR}}
{{u:Farwaniya}} Security Directorate - {{u:Jleeb Al-Shuyoukh}} Police Station
INCIDENT REPORT (unofficial translation from Arabic by {{p:Samir Haddad}}, sworn translator, prepared for counsel)

Report no.: 1177/2017        Received: 23/08/2017 02:15
Reporting officer: First Lieutenant {{p:Abdullah Fahad Al-Azmi}}
Duty officer: Sergeant {{p:Mishal Al-Rashidi}}

1. Nature of incident: assault / person found injured in a public place.

2. Details: At 01:40 a patrol (Sgt {{p:Al-Rashidi}}, Cpl {{p:Nasser Al-Otaibi}}) found an Asian male lying behind the refuse containers of Block 4, bleeding from the head and holding his left hand. Residents said they had heard shouting and then someone singing a song very loudly, "like a drunk". The man produced a civil ID in the name of {{r:SONG CHOL U}}, nationality {{u:North Korea}}, occupation "mason", sponsor Al-Dhafra Construction Co. W.L.L. He spoke neither Arabic nor English. Through a Bangladeshi bystander, {{p:Md. Rafiqul Islam}}, who knows some Korean from an earlier job, he said he had been beaten by "his boss" and had run from the workers' accommodation.

3. At 02:30 three men arrived in a white pickup and asked for the injured man. The first, who said he was the workers' supervisor, gave his name as {{r:RYU KWANG JIN}} (civil ID spelling {{r:YU KWANG JIN}}). He stated that {{r:Song}} had been drinking and fell on the stairs. The second gave his name as {{r:HAN TAE SIK}}. The third refused to give a name and was recorded as "driver, unknown". Sgt {{p:Al-Rashidi}} did not allow them to approach the injured man.

4. The injured man was taken by ambulance to {{u:Farwaniya Hospital}}. The duty doctor, Dr {{p:Reem Al-Shammari}}, recorded a scalp laceration, two fractured fingers and bruising to the back, and wrote: "injuries not consistent with a fall".

5. Statement of Mr {{r:Han}}, taken 23/08 at 10:00 through the interpreter Ms {{p:Kim Soo-yeon}}, provided by the {{u:Embassy of the Republic of Korea}} at the station's request: He works with {{r:Song}} at the same site in {{u:Sabah Al-Salem}}. He was asleep and saw nothing. In the morning he heard Mr {{r:Ryu}} say that "{{r:Chol-u}} will be sent home". Statement ends.

Interpreter's remark, recorded at her request: while Mr {{r:Ryu}} was outside smoking, Mr {{r:Han}} said quietly in Korean, "please help {{r:Song}}-dongmu, he did nothing". She states that "dongmu" means comrade and is a form of address.

6. Action: file referred to the {{u:Public Prosecution}} ({{u:Farwaniya}}) on 24/08/2017. The {{u:Public Authority for Manpower}} was notified of the sponsor's details. Lt {{p:Al-Azmi}} requested that the supervisor, {{r:Ryu K.J.}}, be summoned.

[End of translation. Translator: {{p:S. Haddad}}, stamp no. 2291]

COUNSEL'S NOTE (office of Adv. {{p:Lulwa Al-Mutairi}}, 12/09/2017)
- Mr {{r:Song}} was discharged on 26/08 into the custody of the sponsor; the sponsor's PRO, {{p:Jassim Al-Kandari}}, collected him at 07:00, before our paralegal {{p:Ahmed}} arrived.
- On 03/09 the station informed us that {{r:Song Chol-u}} had left {{u:Kuwait}} through {{u:Kuwait International Airport}} on 01/09. Mr {{r:Yu}} (sic, the station uses the civil ID spelling) did not answer the summons and the file was closed.
- Mr {{r:Han Tae-sik}} could not be reached; the sponsor says he "finished his contract".
- The bystander {{p:Rafiqul}} is willing to give a statement. Keep his number out of any document that leaves the office.""",
    },
    {
        "id": "h39-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            (
                "Kim Chun-myong",
                "김춘명",
                "witness",
                ["K.C.M.", "Kim C.M.", "KCM", "Chun-myong", "Kolya"],
            ),
            ("O Sung-chol", "오성철", "supervisor", ["Oh Seong-cheol"]),
        ],
        "note": "Researcher's field notes from the Amur logging region with abbreviations; the respondent mostly as initials (with and without dots, lower case in a file name), a Russian alias, surname O as a bare letter, Yi/Ri spellings, Russian diminutives, a nickname built from 'Little' and a surname.",
        "text": """FIELD NOTES - Amur trip, Sept 2019 - NOT FOR CIRCULATION
(abbrev.: R = respondent, TL = team leader, LC = logging camp, w/ = with, b/c = because, ~ = approx., ?? = check)

11/09, {{u:Tynda}}
- Arr. from {{u:Khabarovsk}} by the {{u:BAM}} train, 27 h. Met {{p:Vitya}} (driver, ex-forestry, contact via {{p:L.}}) at the station.
- R1 = {{r:K.C.M.}}, b. ~1974, {{u:North Hamgyong}}. Worked 2011-17 at LC "Sosnovy", ~80 km N of {{u:Tynda}}, {{u:Amur Oblast}}. Left the camp in 2017, undocumented since, odd jobs for Russians, who call him "{{r:Kolya}}".
- Int. 1 (2 h 10, in the car, no rec. - R refused):
  * TL at the LC was {{r:O Sung-chol}} ("{{r:O}} taejang"). {{r:O}} kept all passports in a metal box in his trailer. R: "{{r:O}} was not bad, he was scared of the party secretary." Party sec. = {{p:Pyon}}; R says everyone called him "{{p:Pyon}} secretary", no given name.
  * Quota 5-6 m3/day/man; shortfall -> deduction from the "plan" money. R's closest friend {{p:Yi Kum-dong}} (on the camp roster {{p:Ri Kum Dong}}) lost two fingers to a chainsaw in 2015 and kept working b/c otherwise sent home w/ debt.
  * 2016: two men ran, {{p:Chon}} and "{{p:Little Ho}}" (작은 {{p:허}}). {{p:Chon}} caught in {{u:Skovorodino}} after 3 days; R does not know about {{p:Ho}}. Asked twice. "No."
  * R heard {{p:Pyon}} tell {{r:O}} that {{p:Chon}}'s family "will be dealt with".

12/09
- 2nd mtg w/ {{r:KCM}}, at {{p:Vitya}}'s dacha. Rec. allowed this time (file tynda_{{r:kcm}}_0912.m4a, 1 h 34).
- R corrected me: TL is {{r:O Sung-chol}}, NOT {{r:Oh Seong-cheol}} as I typed yesterday; the southern spelling came from my keyboard, not from R. Use the {{u:DPRK}} spelling in the report.
- {{p:Kum-dong}}: R thinks he is in {{u:Chegdomyn}}, {{u:Khabarovsk Krai}}, married to a Russian woman, {{p:Galina}}, working at a sawmill. ?? check w/ {{p:Sergei P.}}
- R's mother {{p:Pak Sun-ok}} in {{u:Chongjin}}; last contact 2018 through a broker, "Mr {{p:Choe}}", ~USD 300 per call.
- Money: {{r:Kim C.M.}} puts the annual "plan" per man at ~USD 800 to the state plus ~USD 150 "loyalty"; food deducted on top. Matches what {{p:Ryom}} (R3 of 2018 trip) said for a camp near {{u:Chegdomyn}}.
- R asked whether {{r:Chun-myong}} can be his name "in the book". Told him no book, only a report, and no names.

13/09
- Sawmill in {{u:Chegdomyn}}: manager ({{p:Anatoly Zh.}}) says no Koreans there since 2018. {{p:Yi}} not found. {{p:Sergei P.}} will ask at the church.
- Called Dr {{p:Lee}} in {{u:Seoul}} (our {{u:Ministry of Unification}} contact): OK to cite {{r:KCM}}'s testimony anonymised.
- Reflection: R very careful not to name others; gave {{r:O}}'s name only after I said {{r:O}} had left {{u:Russia}} in 2018 (info from {{p:L.}}). So is {{r:Chun-myong}} safe? Not really. Do not put "{{r:Kolya}}" in any writing. Do not mention {{p:Vitya}} or the dacha. Transcribe the m4a myself, not {{p:Hyun-woo}}.""",
    },
    {
        "id": "h39-en-08",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Jang Un-hui", "장은희", "witness", ["Chang Eun-hee", "Un-hui"]),
            ("Hong Myong-ok", "홍명옥", "supervisor", []),
            ("Ban Chun-hwa", "반춘화", "coworker", ["Chun-hwa"]),
        ],
        "note": "Timestamped interview transcript (seafood plant in Donggang) with speaker labels; surname Ban beside 'phone ban' and a discussion of the word 반, vocative -ya, a Chinese form of address in characters and pinyin, a name in an audio file name, Hangul name inside English text.",
        "text": """Transcript - Interview 2022-11 / SEA-07
Location: {{u:Seoul}}, NGO office (room 2)
Interviewer (INT): {{p:Seong Eun-ji}}
Respondent (R): {{r:Jang Un-hui}} (asks to be written {{r:Chang Eun-hee}} in any publication)
Interview in Korean; English translation: {{p:D. Whitfield}}
Audio: SEA07_{{r:jang_uh}}_20221114.wav

[00:00:12] INT: Thank you for coming again. Could you say where you worked?
[00:00:18] R: In {{u:Donggang}}. The plant was by the sea, past the new bridge. Clams first, then shrimp, then squid.
[00:00:41] INT: How many of you?
[00:00:44] R: About two hundred women from our side. Our leader was {{r:Hong}}. {{r:Hong Myong-ok}}. We said "{{r:Hong}} chidowon".
[00:01:03] INT: Was she strict?
[00:01:05] R: (laughs) In between. She had to answer to the men. Above her was {{p:Ri}}, the security one, we never knew his first name. And the Chinese boss, we called him {{p:老刘}}, {{p:Lao Liu}}.
[00:01:31] INT: And the phone ban, when did that start?
[00:01:35] R: From the first day. No phones. But {{r:Ban}}... my friend {{r:Ban Chun-hwa}}, she hid one.
[00:01:52] INT: Ban is her family name?
[00:01:54] R: Yes, like 반 in "half". The girls teased her, half here, half dreaming.
[00:02:20] INT: What happened to the phone?
[00:02:23] R: {{r:Hong}} found it in 2020, in the covid time, when nobody could go home. {{r:Chun-hwa}} had to stand in front of everyone and read a self-criticism. Then {{p:Ri}} took {{r:Chun-hwa}} away for two days.
[00:03:02] INT: Do you know where she is now?
[00:03:05] R: No. I heard she was sent back in 2023 with the group of {{p:Kye Sun-ae}} and {{p:Pak Yong-hui}}. [crying] Sorry.
[00:03:30] [recording paused]
[00:05:11] [recording resumed]
[00:05:13] INT: We can stop any time.
[00:05:15] R: It's fine. Ask.
[00:05:19] INT: How did you leave the plant?
[00:05:22] R: There was a Korean-Chinese driver, Mr {{p:Jin}}, who brought the fish from the harbour. {{r:Hong}} trusted him. One night in the rain he waited by the gate. {{r:Hong}} saw me go. She said only "{{r:Un-hui}}-ya, put on your coat". That is all she said.
[00:06:04] INT: She let you go?
[00:06:07] R: I don't know. Maybe she did not want trouble with {{p:Ri}}. Maybe she was kind. I think about it every day.
[00:06:30] INT: And Mr {{p:Jin}}?
[00:06:33] R: He took me to {{u:Shenyang}}. Then other people. I only knew them as "uncle" and "auntie".
[00:07:10] INT: Did you get any wages?
[00:07:12] R: In four years, maybe 1,200 yuan in my hand. {{r:Hong}} kept a book. Each month she showed us the number and said "the rest goes to the fatherland". Sometimes {{p:老刘}} gave us apples.
[00:07:48] INT: Is there anyone else we could speak to?
[00:07:51] R: {{p:Son Ok-ju}}, she came out one year after me, she is in {{u:Incheon}}. But ask her first, don't say I gave her name. And never write {{r:Chun-hwa}}'s name, her mother is still in {{u:Hyesan}}.

[end of recording 00:08:30]

Transcriber's note ({{p:DW}}): R wrote her supervisor's name on paper as {{r:홍명옥}}. "Chidowon" (지도원) = guide/instructor. R's own name is spelled {{r:Jang Un-hui}} on her old passport and {{r:Chang Eun-hee}} on her South Korean ID; I used the first throughout. {{p:Seong}} to check with R before any quote of {{r:Ban}} goes out.""",
    },
    {
        "id": "h39-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Chang-ho", "리창호", "witness", ["Chang-ho", "Charlie"]),
            ("Na Kwang-chol", "나광철", "supervisor", []),
            ("Jon Yong-bok", "전용복", "coworker", ["Yong-bok"]),
        ],
        "note": "Uncorrected OCR of a scanned letter from an Algerian site engineer (Oran housing project); OCR confusions rn/m, l/I, 0/O inside names, a supervisor's name split across a line break, an English nickname for a worker, the sender's initial-dot-surname e-mail local part.",
        "text": """[OCR text, scan_0043.pdf, pp. 1-2, uncorrected. Quality: low (carbon copy). Extracted by {{p:m.ferreira}}, 2020-02-17]

{{u:Oran}}, le 3 fevrier 2020

To the Director
Human rights organisation, {{u:London}}

Dear Sir or Madarn,

My narne is {{p:Karirn Benali}}, I arn a civil engineer. From 2016 to 2019 I was site engineer for a private prornoter on a housing project of 600 units near {{u:Bir El Djir}}, {{u:Oran}} province, {{u:Algeria}}. I write in English because my colleague {{p:Nadia}} told rne your office reads English better than French.

On our project the structure works were given to a subcontractor which used about 80 workers frorn {{u:North Korea}}. Their chief was Mr {{r:NA Kwang-choI}}. He spoke good Russian and some French and he did all the talking. The workers were not allowed to speak with us. Only one, {{r:Rl Chang-ho}}, who we called "{{r:Charlie}}", spoke some French, and Mr {{r:Na}} used hirn as interpreter when he was busy.

I saw the following things rnyself:
1. Mr {{r:Na Kwang-
chol}} kept all the passports. When the police carne for a control in 2017, he brought thern in a plastic bag.
2. The workers lived in containers on site, 8 per container, with no air conditioning in surnrner (45 C).
3. In August 2018 the worker {{r:J0N Yong-bok}} fell frorn the scaffolding on the 5th floor. Mr {{r:Na}} did not want an arnbulance. I drove {{r:Yong-b0k}} rnyself to {{u:EHU d'Oran}}. Dr {{p:Harnidi}} said his leg was broken in two places. The next day Mr {{r:Na}} took hirn out of the hospital.
4. {{r:Charlie}} told rne later that {{r:Jon}} was sent horne and that the cost of the hospital was taken frorn the salary of all workers.

l| I ,.' --- page 2 ---  '; ||

5. The promoter paid the subcontractor every rnonth. I do not know how rnuch reached the workers. {{r:Chang-ho}} said once "rnoney? no, no rnoney, only for Mr {{r:Na}}" and then he was afraid and asked rne not to repeat it.
6. A man frorn the {{u:DPRK}} ernbassy in {{u:Algiers}}, Mr {{p:Kirn Yong-su}}, carne every two or three rnonths. The workers stood in a line when he carne. The cook, Mr {{p:Pak}}, prepared special food.
7. In 2019 our owner, Mr {{p:Larbi Mansouri}}, ended the contract because of "the sanctions". The workers left in one night. I do not know where they went. {{r:Rl Chang-ho}} left me a paper with his narne in Korean, {{r:리창호}}, and an address in {{u:Pyongyang}}, which I attach.

I write now because my friend {{p:Yacine}} showed rne an article about North Korean workers in {{u:Russia}}. I think the sarne thing happened here and nobody wrote about it. I can meet sorneone from your office in {{u:Algiers}} or in {{u:Marseille}}. Please do not write to rny company address.

Yours faithfully,
{{p:K. BENALI}}
e-rnail: {{p:k.benali}}@ gmail.corn (OCR unclear)
tel. +213 5x xx xx xx

[Attachment 1 - handwritten slip, OCR failed; manual note by {{p:MF}}: slip shows "{{r:리창호}}" and a district in {{u:Pyongyang}}; address withheld from this file.]""",
    },
    {
        "id": "h39-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Kyong-ho", "최경호", "witness", ["Choi Kyung-ho", "Kyong-ho"]),
            ("Ri Man-gil", "리만길", "supervisor", ["Lee Man-gil", "Man-gil"]),
            ("Choe Un-ju", "최은주", "relative", ["Choi Eun-joo", "Un-ju"]),
        ],
        "note": "Issue-tracker thread about duplicate person records in an NGO case database; names in file paths, URL slugs, JSON and an issue title, commenters' logins that spell their names, Choe/Choi and Ri/Lee pairs, a different person with a near-identical name.",
        "text": """casebook / issues / #412

Duplicate person records: "{{r:Choe Kyong-ho}}" vs "{{r:Choi Kyung-ho}}" ({{u:Qatar}} 2017 batch) #412
Open - opened by {{p:tkessler}} - 7 comments - labels: data-quality, sensitive

{{p:tkessler}} commented on 3 Mar 2024
Importing the 2017 {{u:Qatar}} interviews created two person records for what looks like one man:
- person/1187 {{r:Choe Kyong-ho}} (source: interviews/2017/{{r:choe_kh}}_doha_01.txt)
- person/2203 {{r:Choi Kyung-ho}} (source: intake/{{r:CHOI_KYUNGHO}}_form.pdf)
Both have the same team leader (person/1190, {{r:Ri Man-gil}}) and the same sister ({{r:Choe Un-ju}}). Merge?

{{p:hyejin-o}} commented on 3 Mar 2024
Same person. On the intake form he is spelled the southern way because the {{u:Hanawon}} staff typed it for him. The sister has the same split: {{r:Choe Un-ju}} in 1188, {{r:Choi Eun-joo}} in 2204.
Also, 1190 lives at https://casebook.internal/p/{{r:ri-man-gil}} while the 2019 batch has /p/{{r:lee-man-gil}} (person/2711). Probably a third duplicate.

{{p:tkessler}} commented on 4 Mar 2024
@{{p:hyejin-o}} thanks. The merge script keys on the hangul field; 1187 has {{r:최경호}} but 2203 has it empty. Current export of 1187:

{"id": 1187, "name": "{{r:Choe Kyong-ho}}", "hangul": "{{r:최경호}}", "aliases": [], "relatives": [{"id": 1188, "name": "{{r:Choe Un-ju}}", "relation": "sister"}], "supervisor": 1190, "sites": ["{{u:Lusail}}", "{{u:Al Khor}}"]}

I'll fill the hangul of 2203 by hand and add "{{r:Choi Kyung-ho}}" as alias.

{{p:marco-b}} commented on 4 Mar 2024
Careful with auto-merge: person/0944 is {{p:Choe Kyong-hui}}, a different person (woman, seafood plant, {{u:Dandong}}). The fuzzy matcher scores her 0.91 against {{r:Kyong-ho}}. Her brother {{p:Choe Kyong-chol}} is 0945, also unrelated to our man.

{{p:hyejin-o}} commented on 5 Mar 2024
Right. For {{r:Ri}}: the 2019 record says "{{r:Lee Man-gil}}, born 1971, {{u:Kangwon}}", same year as 1190. {{r:Man-gil}} was TL at two sites, so witnesses from both batches name him. I'd merge 1190 and 2711.

{{p:jsong}} commented on 5 Mar 2024
Objection on 2711. {{r:Choe}} says in the 2017 transcript "{{r:Ri}} banjang is from {{u:Kaesong}}", while the 2019 witness ({{p:Pyon Hak-su}}, person/2708) gives {{u:Kangwon}}. Could be two TLs. Keep 2711 separate until {{r:Kyong-ho}} can be asked. {{r:Un-ju}} is in touch with the {{u:Busan}} office, {{p:Seo-yeon}} can ask her.

{{p:tkessler}} commented on 6 Mar 2024
Done: merged 1187 <- 2203 and 1188 <- 2204. 1190/2711 left open, tagged needs-witness-check. Found audio/2017/{{r:choe_kyongho}}_part2.m4a not linked to anything; linked to 1187.

{{p:marco-b}} commented on 6 Mar 2024
Reminder: the repo is private but issue titles are posted to the {{u:Slack}} channel. Please stop putting names in titles. Renamed to "Duplicate person records (2017 batch)". @{{p:jsong}} @{{p:hyejin-o}} @{{p:tkessler}}

{{p:marco-b}} changed the title Duplicate person records: "{{r:Choe Kyong-ho}}" vs "{{r:Choi Kyung-ho}}" ({{u:Qatar}} 2017 batch) -> Duplicate person records (2017 batch)""",
    },
    {
        "id": "h39-en-11",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Jo Kwang-nam", "조광남", "witness", ["Kwang-nam"]),
            ("Kim Pyong-gu", "김평구", "supervisor", []),
        ],
        "note": "Malaysian immigration depot movement and contact log (Sarawak mine workers), English with Malay headings and titles; names in capitals with detainee numbers, a note quoted in Hangul, Yu/Ryu spellings, Malay honorifics Encik and Puan, abbreviated ranks.",
        "text": """{{u:JABATAN IMIGRESEN MALAYSIA}} / {{u:IMMIGRATION DEPARTMENT OF MALAYSIA}}
{{u:Depot Imigresen Bukit Jalil}} - Blok C
DETAINEE MOVEMENT AND CONTACT LOG (extract; copy released to counsel under access request 44/2017)

Detainee: {{r:JO KWANG NAM}}    No.: BJ/C/17/0412    Nationality: {{u:DPRK}}
Arrested: 14/03/2017, {{u:Kuching}}, {{u:Sarawak}} (overstay)
Co-arrestees: {{p:YU SONG CHOL}} (0413), {{p:CHOE MYONG IL}} (0414), {{p:KANG HYOK}} (0415)

16/03 09:10  Received from {{u:Kuching}} by flight, escort Insp. {{p:Azman Yusof}}. Property: 1 bag, 1 phone (held), no passport. - Pn. {{p:Siti Noraini}}
16/03 14:30  Medical screening. Bruise left eye, old. Detainee says "work accident". - Dr {{p:Kavitha}}
17/03 10:05  Visit request by Encik {{r:KIM PYONG GU}}, {{u:DPRK}} passport, states he is the company representative of the four. Detainee {{r:JO}} refused to come to the visiting room. {{p:YU}}, {{p:CHOE}} and {{p:KANG}} met the visitor, 20 min. - Pn. {{p:Siti Noraini}}
17/03 10:40  After the visit detainee {{p:YU}} asked to see an officer "without the Korean". Refused (no interpreter). - Kpl {{p:Rosli}}
18/03 11:00  Visit: {{u:Embassy of the DPRK}}, Counsellor {{p:Hyon}} and Encik {{r:Kim}}. Detainee {{r:Jo}} again refused. Counsellor {{p:Hyon}} asked that {{r:Jo}} be moved to the same cell as the others. Noted; no action. - Insp. {{p:Azman}}
18/03 16:20  Detainee {{r:Jo}} handed a note in Korean to Kpl {{p:Rosli}}. Copy to file. Translated 21/03 by Mr {{p:Lee Jae-won}} (interpreter, arranged by counsel): "I am {{r:조광남}}. I do not want to go with {{r:김평구}}. {{p:Song-chol}} also does not want to go. Please call the {{u:UN}}."
20/03 09:30  {{u:UNHCR}} visit, Ms {{p:Priya Nair}} and Mr {{p:Daniel Tan}}. Detainee {{r:Jo}} interviewed 1 h. Detainee {{p:YU}} asked to be interviewed; officer on duty allowed 15 min. - Pn. {{p:Siti}}
21/03 08:00  Detainee {{p:Yu}} refusing food since 19/03 evening. - Kpl {{p:Rosli}}
22/03 13:15  {{p:Yu}} to {{u:Hospital Kuala Lumpur}} (dehydration), escort Kpl {{p:Rosli}} and L/Kpl {{p:Faizal}}. Returned 23/03 18:00.
24/03 10:00  Counsel visit, Mr {{p:Ng Wei Lun}} with interpreter Mr {{p:Lee}}. Spoke with {{r:Jo}} and {{p:Ryu Song-chol}} (spelling used by interpreter).
25/03 15:45  Detainees {{p:CHOE}} and {{p:KANG}} removed to {{u:KLIA}} for departure to {{u:Beijing}} with Encik {{r:Kim Pyong-gu}}. - Insp. {{p:Azman}}
27/03 11:30  Court order served: removal of {{r:JO KWANG NAM}} and {{p:YU SONG CHOL}} stayed pending hearing. - Pn. {{p:Siti Noraini}}
30/03 09:00  {{r:Kwang-nam}} asked the officer for a Bible in Korean. Provided by chaplain Rev. {{p:Samuel Lim}}. - Kpl {{p:Rosli}}

[End of extract. Certified true copy, Pn. {{p:Siti Noraini binti Hassan}}, Pegawai Imigresen]

Counsel's note ({{p:Ng}}): both men transferred to {{u:UNHCR}} care 11/04 and resettled through {{u:Bangkok}} in June. {{r:Kim}} sent a letter to the depot on 2/04 demanding "his workers"; no reply given. Keep the log; the 17/03 entry is the only record that {{r:Kim}} saw {{p:Yu}} alone.""",
    },
    {
        "id": "h39-en-12",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pae Yong-sik", "배용식", "other", ["Bae Yong-sik", "Yong-sik"]),
            ("Kang Ok-hui", "강옥희", "relative", ["Ok-hui"]),
            ("Faisal Al-Enezi", "파이살 알에네지", "official", ["Al-Enezi", "Enezi"]),
        ],
        "note": "English-language newspaper clipping from Kuwait with the next day's letter to the editor and an NGO margin note; the dead worker in Pae/Bae spellings, a fictional labour inspector registered as an official, a foreman known only as Moon next to 'moon' as a word, a reporter's byline and fictional NGO spokesperson.",
        "text": """[Clipping, The Gulf Standard, 15 July 2016, p. 4. Scanned for file KW-16-022]

Death of North Korean worker at housing site raises questions over midday ban

By {{p:Rania Khoury}}, Staff Reporter

{{u:KUWAIT CITY}}: A North Korean construction worker died on Tuesday after collapsing at a housing project in {{u:Sabah Al-Ahmad City}}, co-workers and a labour inspector told The Gulf Standard, in what would be at least the third death of a {{u:DPRK}} national on a Kuwaiti site this year.

{{r:Pae Yong-sik}}, 44, a steel fixer, was taken to {{u:Adan Hospital}} at around 2:30 pm and pronounced dead on arrival, according to a hospital source. The summer ban on outdoor work between 11 am and 4 pm, enforced by the {{u:Public Authority for Manpower}} (PAM), was in force.

Inspector {{r:Faisal Al-Enezi}} of PAM, who visited the site on Wednesday, said he had found "clear evidence that work continued through the ban period". {{r:Al-Enezi}} said a report had been sent to his superiors and that the contractor, Al-Rawdha Building Co., faced a fine. "This is not the first time for this company," he said.

Two co-workers, who spoke on condition of anonymity, said the men often worked late into the night as well. "We poured concrete under the moon and then again at noon," one said. They described the site foreman, whom they knew only as {{p:Moon}}, as "a hard man but not the worst". {{p:Moon}} could not be reached.

According to the co-workers, {{r:Yong-sik}} talked constantly about his wife, {{r:Kang Ok-hui}}, and their son in {{u:Pyongsong}}. "He said {{r:Ok-hui}} had been sick and he needed to stay one more year," one said.

{{p:Marta Solberg}}, a researcher with the Gulf Labour Monitor, said the deaths of {{p:Hwang Chol}} in March and {{p:Ri Kwang-il}} in May had also been attributed to "heart failure". "Three men in their forties. Heart failure is not an explanation," she said. {{u:Amnesty International}} and {{u:Human Rights Watch}} have previously raised concerns about {{u:DPRK}} labour in the {{u:Gulf}}.

The {{u:Embassy of the DPRK}} in {{u:Kuwait}} did not respond to a request for comment. Al-Rawdha's site manager, {{p:Suresh Pillai}}, said the company "follows all regulations".

[Photo caption: Mr {{r:Bae Yong-sik}} in a 2014 photo provided by a former co-worker.]

---
[Clipping, same paper, 16 July 2016, Letters]

Sir, - Your report on the death of Mr {{r:Pae}} ("Death of North Korean worker...", 15 July) was welcome but incomplete. I worked beside the North Korean team in 2015. Their passports were kept by their group leader, Mr {{p:Chu}}, and nobody could go to a clinic without his note. Inspector {{r:Al-Enezi}} deserves credit, but fines do nothing for Mrs {{r:Kang}}.
{{p:J. D'Souza}}, {{u:Salmiya}}

---
[Margin note, pencil, NGO file copy, by {{p:H. Said}}:] Is "{{r:Enezi}}" willing to talk off the record? Ask {{p:Rania}}. The "{{p:Moon}}" in the article is probably {{p:Mun Sok-chon}} from the 2015 list - check with {{p:Jae-hoon}} before using. {{r:Bae}}/{{r:Pae}}: same man, use {{r:Pae}}.""",
    },
    {
        "id": "h39-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Sok Yong-chol", "석영철", "other", ["Seok Young-cheol", "Yong-chol"]),
            ("Jang Myong-hak", "장명학", "supervisor", ["Chang Myong-hak"]),
            ("Om Kwang-su", "엄광수", "coworker", ["Eom Gwang-su"]),
        ],
        "note": "P&I crew death claim notification and handler's notes for a squid jigger calling at Montevideo; form fields with names in capitals, Jang/Chang and Om/Eom spellings, Chinese master and bosun, Uruguayan agent and forensic doctor, an unregistered widow as next of kin.",
        "text": """EASTERN MUTUAL P&I ASSOCIATION
CREW PERSONAL INJURY / ILLNESS / DEATH - CLAIM NOTIFICATION
Form C-3 (to be completed by Member or local correspondent)

Claim ref.: EM/23/C/00917            Date of notification: 2023-05-09
Vessel: HUA YU 818 (squid jigger, flag: {{u:Panama}})       Member: Hua Yu Ocean Fishing Co., {{u:Zhoushan}}
Master: {{p:WU JIANPING}}                                      Local correspondent: {{p:Martín Pereyra}}, {{u:Montevideo}}

1. CREW MEMBER
Surname: {{r:SOK}}         Given names: {{r:YONG CHOL}}          Rank: deckhand
Nationality: {{u:DPRK}} (crew list: "Korean")        Date of birth: 1981-02-11
Seaman's book no.: not held on board (per Master: "kept by group leader")
Next of kin (crew file): wife, {{p:RI SUN HUI}}, {{u:Nampho}}, {{u:DPRK}} - no address, no telephone

2. INCIDENT
Date/time: 2023-04-27, approx. 03:10 LT        Position: 45 S 60 W (high seas, {{u:South Atlantic}})
Type: [ ] injury  [ ] illness  [X] death
Description (Master): "Crew {{r:SOK YONG CHOL}} found unconscious in forward store. Resuscitation not successful. Body kept in freezer hold no. 4 until port."
Witnesses: bosun {{p:CHEN GUOHUA}}; crew group leader {{r:JANG MYONG HAK}} (crew list spelling: {{r:CHANG MYONG HAK}}); deckhand {{r:OM KWANG SU}}

3. PORT / MEDICAL
Arrival {{u:Montevideo}} 2023-05-06. Body received by {{u:Prefectura Nacional Naval}} and transferred to the morgue of the {{u:Poder Judicial}}, forensic examination by Dr {{p:Lucía Fernández}}. Preliminary finding: hypothermia and blunt trauma to the chest; final report pending. Surviving crew examined at {{u:Hospital Maciel}}: {{r:OM KWANG SU}} treated for frostbite, two toes.

4. CLAIM
Death benefit under crew contract: USD 30,000. Repatriation of remains: estimated USD 12,500.
Payee requested by Member: Mr {{r:JANG MYONG HAK}}, "on behalf of the family".

5. DECLARATION
Signed: {{p:Wu Jianping}}, Master                   Countersigned: {{p:M. Pereyra}}

-------------------------------------------------------------
CLAIMS HANDLER'S NOTES (internal) - {{p:E. Lindahl}}, {{u:Oslo}} office
2023-05-10  Spoke to {{p:Pereyra}}. He says the Koreans are kept apart; {{r:Jang}} answers for all of them and "the others only look at the floor". The deceased is written {{r:Seok Young-cheol}} in the Uruguayan forensic file (Spanish-speaking clerk used a South Korean romanization table), {{r:SOK YONG CHOL}} on the crew list. Same man.
2023-05-11  {{p:Pereyra}} got five minutes alone with {{r:Om}} at the hospital through a Korean-speaking nurse, Sra. {{p:Kim}} (Uruguayan-Korean). {{r:Om}} said {{r:Yong-chol}} had been locked in the forward store "for punishment" after an argument with {{r:Jang}} about cigarettes and food. He asked that this not be repeated to the Master. Nurse {{p:Kim}}'s note attached; she spells him {{r:Eom Gwang-su}}.
2023-05-12  Member (per Ms {{p:Zhou Li}}, claims dept.) insists on paying {{r:Jang}}. Our position: no payment to any person other than the next of kin or a court-appointed representative. {{p:Ri Sun-hui}} cannot be reached. Referred to {{p:R. Haugen}} (legal).
2023-05-15  {{p:Haugen}}: possible sanctions issue ({{u:UN Security Council}} res. 2397, para 8). Hold all payments. Inform the {{u:Uruguay}} authorities of the witness account? Decision with {{p:Haugen}} and {{p:Lindahl}} only.
2023-05-18  Vessel sailed 05-17 with {{r:Jang}} and {{r:Om}} on board; {{r:Om}} discharged from hospital 05-16 against advice. Remains still in {{u:Montevideo}}.""",
    },
    {
        "id": "h39-en-14",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yun Hye-song", "윤혜성", "witness", ["Hye-song", "Y.H.S."]),
            ("Do Chang-min", "도창민", "witness", ["Chang-min"]),
            ("Lim Hak-bong", "임학봉", "supervisor", ["Rim Hak-bong"]),
        ],
        "note": "University seminar handout with case vignettes and discussion questions; pseudonym in quotes, initials with dots, surname Do beside the verb 'do', Lim/Rim, fictional authors in a reading list, real UN rapporteurs and a real leader named neutrally.",
        "text": """{{u:SOAS University of London}}
MA seminar "Labour, Migration and the State"
Week 7 handout: Labour export from the {{u:DPRK}} - evidence and ethics
Convenor: Dr {{p:Helen Marchetti}} (office hours Thu 2-4, room 4421)

1. WHY THIS WEEK
Estimates of {{u:DPRK}} workers abroad before 2017 range from 50,000 to over 100,000. The 2014 report of the {{u:Commission of Inquiry}} chaired by {{u:Michael Kirby}} and the later reports of the Special Rapporteur {{u:Tomás Ojea Quintana}} rely on a small number of testimonies. What do we do with so few voices?

2. CASE VIGNETTES (from published testimony; names as published, with the witnesses' consent)

Vignette A - "{{r:Hye-song}}" ({{r:Yun Hye-song}}, b. 1990). Sewing-machine operator at a garment factory in {{u:Hunchun}}, {{u:Jilin}}, 2015-2019. Dormitory of 40 women, one day off a month, a "guide" who read all letters. {{r:Yun}} left during a hospital visit. In her words: "We were told the factory belonged to the fatherland and we belonged to the factory."

Vignette B - {{r:Do Chang-min}} (b. 1978). Construction in {{u:Kuwait}}, then {{u:Russia}}. {{r:Do}} describes team leader {{r:Lim Hak-bong}} (written {{r:Rim Hak-bong}} in some sources) collecting a fixed "plan" of USD 700 a month per man. When {{r:Do}} fell ill in {{u:St Petersburg}}, {{r:Lim}} arranged a private doctor rather than a hospital, "so that nothing was written down". {{r:Chang-min}} is one of the few witnesses who speaks of his team leader with sympathy: "{{r:Lim}} had a family in {{u:Pyongyang}} too."

Vignette C - "Mr {{p:P.}}" (anonymous). Fishing crew, {{u:West Africa}}, 2016. Not reproduced: the witness withdrew consent in 2022. Note how the withdrawal itself is part of the evidence base we must respect.

3. DISCUSSION QUESTIONS
a) {{r:Y.H.S.}} published under her own name; Mr {{p:P.}} did not. What does each choice cost, and whom?
b) Vignette B quotes {{r:Do}} on {{r:Lim}}. {{r:Lim}} never consented to anything. Is it fair to name him? Does it matter that he was a supervisor?
c) Many sources write "{{u:Kim Jong Un}}'s foreign currency" as shorthand. Is that helpful analysis or a headline?
d) Do numbers or names persuade policymakers more? Bring one example.

4. READING (required *, optional +)
* {{p:Park, S.-Y.}} (2019). "Workers for the Fatherland: Contracts and Quotas". Journal of Asian Labour 12(3).
* {{p:Lindgren-Hughes, T.}} and {{p:Ahn, M.}} (2021). Sent Abroad. {{u:Oxford}}: Clarion Press. Ch. 2 and 5.
+ {{p:Choe, H.}} (2018). "The plan and the envelope". Working paper.
+ {{p:Delacroix, A.}} (2020). "Testimony and consent in closed-state research". Ethics & Fieldwork 4.

5. PRACTICAL
Presentations: {{p:Grace}} and {{p:Tomasz}} (Vignette A), {{p:Ji-won}} and {{p:Oliver}} (Vignette B). Please do not circulate this handout outside the class; {{r:Chang-min}} and {{r:Hye-song}} agreed to classroom use only. Questions to {{p:h.marchetti}}@soas.ac.uk or to the TA, {{p:Ahn Min-seo}}.""",
    },
    {
        "id": "h39-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Han Song-min", "한성민", "witness", ["성민", "쫑"]),
            ("Pang Kwang-ho", "방광호", "supervisor", []),
        ],
        "note": "KakaoTalk PC export between a former worker from a Russian site and his sister; sender names in brackets on every line, surname 방 beside 방 'room', 한 beside 한 'one', a childhood pet name with vocative 아, 형 and 언니 after given names, a broker with 사장, system lines.",
        "text": """{{p:한성희}} 님과 {{u:카카오톡}} 대화
저장한 날짜 : 2022-05-14 23:02:11

--------------- 2022년 5월 12일 목요일 ---------------
[{{r:한성민}}] [오후 8:41] 누나 자?
[{{p:한성희}}] [오후 8:42] 아니 ㅎㅎ 왜 {{r:쫑}}아
[{{r:한성민}}] [오후 8:43] 내일 그 단체 사람 만나기로 한 거 있잖아. {{p:정다은}} 선생님
[{{p:한성희}}] [오후 8:43] 응 {{p:정}} 선생님 좋은 분이야. 나도 한 번 만나 봤어
[{{r:한성민}}] [오후 8:45] 근데 {{r:방}} 반장 이름까지 말해야 돼?
[{{p:한성희}}] [오후 8:46] 네가 말하고 싶은 만큼만 해. {{r:방광호}} 그 사람 아직 {{u:블라디보스토크}}에 있다며
[{{r:한성민}}] [오후 8:47] {{p:용철}}이 말로는 작년에 {{u:하바롭스크}}로 옮겼대
[{{r:한성민}}] [오후 8:47] 거기서도 방 한 칸에 열두 명씩 재운다더라
[{{p:한성희}}] [오후 8:48] 사진
[{{p:한성희}}] [오후 8:48] 이 사람 맞아? {{p:은옥}}이 언니가 보내줬어
[{{r:한성민}}] [오후 8:50] 맞아 {{r:방}} 반장. 옆에 선 사람은 {{p:리철웅}}. 보위원
[{{r:한성민}}] [오후 8:50] 누나 그 사진 {{p:김은옥}} 씨 말고 아무한테도 보내지 마
[{{p:한성희}}] [오후 8:51] 알았어 🙏
[{{r:한성민}}] [오후 8:55] {{p:철수}}형이랑 {{p:광혁}}이는 아직 거기 있어. 이름 나가면 걔네가 다쳐
[{{p:한성희}}] [오후 8:56] 그럼 이름은 빼고 일만 말해
[{{r:한성민}}] [오후 8:57] 응. 근데 {{r:방광호}}는 말할래. 그 사람이 우리 돈 다 가져갔잖아
[{{p:한성희}}] [오후 8:58] 그건 네 마음이야. 엄마 생각도 하고
[{{r:한성민}}] [오후 8:58] 엄마는 {{p:최}} 사장 통해서 돈 받았대?
[{{p:한성희}}] [오후 9:01] 지난달에 {{p:박순녀}} 이름으로 보냈어. 엄마가 그 아줌마 이름으로 받는 게 안전하대
[{{p:한성희}}] [오후 9:01] {{p:최}} 사장이 수수료 30% 뗐어 😤
[{{r:한성민}}] [오후 9:02] 많이 뗐네
[{{p:한성희}}] [오후 9:03] 그래도 {{p:최철}} 사장이 제일 믿을 만하대. {{p:현아}}네 언니도 그 사람 썼어

--------------- 2022년 5월 13일 금요일 ---------------
[{{r:한성민}}] [오후 6:12] 누나 만나고 왔어
[{{r:한성민}}] [오후 6:12] {{p:정다은}} 선생님이랑 통역하는 {{p:박지훈}} 씨 있었어
[{{p:한성희}}] [오후 6:14] 어땠어?
[{{r:한성민}}] [오후 6:16] 괜찮았어. {{r:방}} 반장 얘기 했어. {{p:세르게이}} 얘기도 했고. {{u:러시아}} 감독인데 우리한테 물 갖다주던 사람
[{{r:한성민}}] [오후 6:17] 그리고 {{p:용철}}이 다친 거
[{{p:한성희}}] [오후 6:18] {{p:용철}}이 이름도 말했어?
[{{r:한성민}}] [오후 6:19] 아니 그냥 "같은 조 동무"라고 했어
[{{p:한성희}}] [오후 6:20] 잘했다 우리 {{r:성민}}이 👍
[{{r:한성민}}] [오후 6:21] ㅋㅋ 누나가 {{r:쫑}}이라고 안 불러서 놀랐네
[{{p:한성희}}] [오후 6:22] 다 컸으니까 ㅎㅎ 다음 주에 {{u:안산}} 올 거지?
[{{r:한성민}}] [오후 6:23] 응 {{p:현아}}한테도 안부 전해줘

--------------- 2022년 5월 14일 토요일 ---------------
[{{p:한성희}}] [오전 10:02] {{r:성민}}아 {{p:정}} 선생님이 전화했어. 네 얘기 보고서에 넣어도 되냐고
[{{p:한성희}}] [오전 10:03] 이름은 "{{r:H}}" 로만 쓴대. {{r:방광호}}는 실명으로 써도 되냐고 물어보더라
[{{r:한성민}}] [오전 10:10] 응 써도 돼. {{r:방}} 반장은 다 아는 사람이야. 우리 현장에서 {{r:방광호}} 모르는 사람 없어
[{{r:한성민}}] [오전 10:11] 대신 {{p:리철웅}}은 빼 달라고 해줘. 그 사람 가족이 {{u:평양}}에 있어서 괜히 우리 쪽 사람들이 다쳐
[{{p:한성희}}] [오전 10:12] 알았어 그렇게 전할게
[{{p:한성희}}] [오전 10:15] 그리고 {{p:박지훈}} 씨가 너 통역할 때 {{u:러시아}}어 단어 물어봤다던데, 무슨 말이었어?
[{{r:한성민}}] [오전 10:18] "브리가디르". 반장이라는 뜻. {{p:세르게이}}가 {{r:방}} 반장을 그렇게 불렀어
[{{r:한성민}}] [오전 10:19] {{p:박지훈}} 씨 러시아어 잘하더라. {{u:연해주}}에서 몇 년 살았대
[{{p:한성희}}] [오전 10:21] 다행이다. 근데 {{p:은옥}}이 언니가 그러는데 {{p:김은옥}} 말고 다른 {{p:은옥}}이 또 있대 ㅋㅋ 같은 교회에
[{{r:한성민}}] [오전 10:22] ㅋㅋㅋ 헷갈리겠다
[{{p:한성희}}] [오전 10:24] 키 큰 {{p:은옥}}이 언니, 작은 {{p:은옥}}이 언니로 불러
[{{r:한성민}}] [오전 10:25] 작은 언니가 {{p:김은옥}} 씨지?
[{{p:한성희}}] [오전 10:25] 응 맞아
[{{p:한성희}}] [오전 10:31] 한 가지 더. 엄마한테 네 얘기 한 마디도 하지 말래. {{p:최}} 사장이
[{{r:한성민}}] [오전 10:33] 알아. 엄마는 내가 아직 {{u:러시아}}에 있는 줄 알아야 돼
[{{p:한성희}}] [오전 10:34] 😢 다음 주에 맛있는 거 먹자 {{r:쫑}}아
{{p:한성희}}님이 나갔습니다.""",
    },
    {
        "id": "h39-ko-02",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("O Jong-ran", "오정란", "witness", ["정란"]),
            ("O Yong-chol", "오영철", "relative", ["영철"]),
            ("Ma Jong-su", "마정수", "other", ["마동수"]),
        ],
        "note": "Korean criminal judgment (fraud by a broker promising to bring a worker out of a Russian site); spaced-out headings, defendant with a false name, surnames 오 and 마 beside 오전/오후 and 마치, prosecutors, defence counsel and judge as fictional private persons, 한 as 'one'.",
        "text": """서 울 중 앙 지 방 법 원
판          결

사        건    2021고단4417 사기
피   고   인    {{r:마정수}} (7x0312-1xxxxxx), 무직
                주거 {{u:서울}} {{u:관악구}} (이하 생략)
검        사    {{p:윤서진}}(기소), {{p:함동훈}}(공판)
변   호   인    변호사 {{p:임재경}}(국선)
배상신청인     {{r:오정란}}
판 결 선 고    2022. 3. 17.

주          문
피고인을 징역 1년 6개월에 처한다.
피고인은 배상신청인 {{r:오정란}}에게 편취금 27,000,000원을 지급하라.
위 배상명령은 가집행할 수 있다.

이          유
범 죄 사 실
피고인은 '{{r:마동수}}'라는 가명을 사용하면서 탈북민들 사이에서 이른바 '{{r:마}} 사장'으로 불리며, {{u:북한}}에 있는 가족과의 송금 및 연락을 중개하여 온 사람이다.

피고인은 2019. 8. 중순 오후 무렵 {{u:서울}} {{u:양천구}}에 있는 커피전문점에서 피해자 {{r:오정란}}에게 "{{u:러시아}} {{u:블라디보스토크}} 건설 현장에 파견되어 있는 동생 {{r:오영철}}을 {{u:중국}}을 거쳐 {{u:한국}}으로 데려오겠다. 현지에 사람이 있으니 비용만 주면 마치 택시 부르듯 빼낼 수 있다"라고 말하였다.

그러나 사실 피고인은 {{u:연해주}} 현지의 '안내인'이라는 {{p:김용남}}과 연락한 사실이 없었고, {{r:오영철}}의 소재조차 알지 못하였으며, 피해자로부터 돈을 받더라도 이를 생활비 등에 사용할 생각이었을 뿐 {{r:영철}}을 데려올 의사나 능력이 없었다.

피고인은 이와 같이 피해자를 기망하여 이에 속은 피해자로부터 2019. 8. 21. 오전 10,000,000원, 같은 해 9. 30. 12,000,000원, 같은 해 11. 14. 5,000,000원 등 합계 27,000,000원을 피고인 명의 계좌로 송금받아 편취하였다.

피고인 및 변호인의 주장에 대한 판단
피고인 및 변호인은, 피고인이 실제로 {{u:중국}} {{u:훈춘}}에 있는 {{p:강철호}}라는 사람에게 돈의 일부를 보냈고 {{r:오영철}}을 데려오려고 노력하였으므로 편취의 고의가 없었다고 주장한다.
살피건대, 피고인은 {{p:강철호}}의 인적 사항이나 연락처를 전혀 제출하지 못하였고, 피고인 명의 계좌에서 해외로 송금된 내역도 없다. 피고인이 수사기관에서 "{{p:김용남}}에게 현금으로 주었다"고 하였다가 법정에서는 "{{p:강철호}}에게 보냈다"고 진술을 바꾼 점, 피해자 외에도 {{p:백순희}}, {{p:류정애}} 등 다른 탈북민들로부터 비슷한 명목으로 돈을 받았다가 돌려준 사실이 있다는 증인 {{p:정명훈}}의 진술 등에 비추어 보면, 피고인의 위 주장은 받아들이지 않는다.

증거의 요지
1. 증인 {{r:오정란}}의 법정진술
2. {{p:정명훈}}에 대한 경찰 진술조서(피고인에게 피해자를 소개한 사람)
3. {{u:카카오톡}} 대화 내용 캡처(피고인이 "{{r:영철}}이 이번 주에 국경 넘는다"고 보낸 메시지 포함)
4. 계좌거래내역, 피고인 명의 휴대전화 통화내역

양형의 이유
피해자는 단 한 명뿐인 혈육인 동생 {{r:오영철}}을 만나기 위해 식당 일로 모은 돈을 전부 건넸다. 피고인은 피해자가 돈을 더 보낼 수 없게 되자 "{{r:영철}}이가 {{u:훈춘}}에서 잡혔다", "{{p:김용남}}이 돈을 들고 사라졌다"는 등의 말을 지어내어 책임을 회피하였다. {{r:오영철}}은 현재까지 소재가 확인되지 않고 있다. 피고인은 수사기관에서 자신이 '{{r:마동수}}'가 아니라고 부인하다가 법정에서 비로소 범행을 인정하였다. 피해자 {{r:오정란}}은 "{{r:마}} 사장이 동생 사진까지 보여 줘서 믿었다"고 진술하였고, 지금까지 피해가 회복되지 않았다. 다만 피고인에게 동종 전과가 없는 점, 피고인의 처 {{p:한미경}}이 피해 회복을 위해 노력하겠다는 탄원서를 제출한 점 등을 참작한다.

법령의 적용
1. 범죄사실에 대한 해당법조: 형법 제347조 제1항(포괄하여)
2. 배상명령: 소송촉진 등에 관한 특례법 제31조, 제25조 제1항

이상의 이유로 주문과 같이 판결한다.

판사    {{p:서윤아}}""",
    },
    {
        "id": "h39-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Gil Sun-yong", "길순영", "witness", ["순영", "길수현"]),
            ("Pang Mi-ran", "방미란", "supervisor", []),
            ("So Un-byol", "서은별", "coworker", ["은별"]),
        ],
        "note": "Shelter intake interview form for a woman from a Hunchun seafood plant; surname 길 beside 길 'road', 방 beside 방 'room', 서 beside 서서 'standing', 문 beside 문 'door', 나 as the counsellor's surname and as 'I', a Chinese form of address, chosen pseudonym.",
        "text": """□ 입소 면담 기록지 — 여성 쉼터 '새봄의 집'
작성일: 2023. 9. 4.   작성자: 상담사 {{p:나혜진}}   배석: 간사 {{p:유동현}}
※ 외부 반출 금지. 실명은 이 기록지에만 기재.

1. 인적 사항
 - 성명: {{r:길순영}} (외부 문서에는 가명 '{{r:길수현}}' 사용 희망)
 - 생년: 1994년   출생지: {{u:함경북도}} {{u:청진시}}
 - 입국: 2023. 6. {{u:인천국제공항}} (제3국 경유)
 - {{u:하나원}} 수료: 2023. 8. 31.

2. 해외 파견 경력
 - 2017. 4. ~ 2022. 11. {{u:중국}} {{u:길림성}} {{u:훈춘시}} 소재 수산물 가공공장 (포장조)
 - 북측 관리: 지도원 {{r:방미란}}(당시 40대 중반), 보위원 {{p:허}} 씨(이름 모름)
 - {{u:중국}} 측: 사장 {{p:王总}}, 통역 {{p:小金}}(조선족 여성, 본명 {{p:김련화}}로 추정)

3. 동반 탈출자 및 연락 인원
 - {{r:서은별}}(1996년생, 같은 포장조) — 함께 탈출. 현재 {{u:하나원}} 교육 중.
 - {{p:리옥심}}(1990년생) — 공장 잔류, 연락 없음.
 - {{p:정향미}} — 2021년 귀국 조치됨(본인 진술).

4. 가족 관계
 - 부: {{p:길영수}}(2015년 사망)   모: {{p:문순애}}({{u:청진}} 거주 추정)
 - 남동생: {{p:길명철}}(군 복무 중으로 알고 있음)

5. 면담 내용 요약
 {{r:순영}} 씨는 파견 기간 동안 하루 12~14시간 서서 일했고, 한 방에 여덟 명이 지냈다고 함. 밤에는 기숙사 문을 밖에서 잠갔고, {{r:방}} 지도원이 열쇠를 가지고 있었다고 함. 여권은 입국 직후 {{r:방미란}}이 걷어 갔고, 임금은 한 번도 직접 받지 못했다고 진술.
 2020년 이후 코로나로 귀국이 막히자 작업 시간이 더 늘었고, {{r:은별}}이가 손목을 다쳤을 때도 {{r:방}} 지도원은 "참으라"고만 했다고 함. 다만 {{r:순영}} 씨는 "{{r:방}} 선생도 위에서 시키는 대로 한 사람"이라며 처벌을 원하지는 않는다고 밝힘.
 탈출은 2022년 11월, 공장에 생선을 싣고 오던 운전기사 {{p:老崔}}의 도움을 받았다고 함. 길을 몰라 {{r:은별}}이와 함께 사흘간 산길을 걸었다고 진술.
 본인 말: "나는 괜찮은데 {{r:은별}}이가 밤마다 울어요. 엄마 이름을 불러요."

6. 파견 중 생활(추가 진술)
 - 하루 일과: 05:30 기상, 06:00 작업 시작, 점심 20분, 저녁 9시 이후 작업 종료. 월 1회 휴무.
 - 매주 토요일 생활총화. {{r:방}} 지도원과 {{p:허}} 보위원이 진행. {{p:리옥심}}이 총화에서 자주 비판을 받았다고 함.
 - 2019년 겨울 {{p:정향미}}가 손가락을 기계에 다쳤을 때 {{p:老崔}}가 병원에 데려다 주려 했으나 {{p:허}} 보위원이 막았다고 함.
 - 같은 공장에 다른 지방에서 온 조가 두 개 더 있었음. 그 조 지도원 이름은 {{p:계순희}}, {{p:탁영란}}으로 기억.
 - 임금: 본인은 {{u:중국}} 측이 1인당 월 2,000~2,500위안을 북측에 지급한다고 {{p:小金}}에게서 들었으나, 본인 손에 들어온 것은 명절 때 100위안 정도였다고 함.

7. 상담자 의견
 - 수면 장애, 악몽 호소. 정신건강의학과 연계 필요({{p:문지성}} 선생님, 다음 주 화요일).
 - {{r:서은별}}과 같은 방 배정 희망 → 허용.
 - 가명 '{{r:길수현}}' 사용 및 '길' 성 자체도 외부에 쓰지 말 것(흔하지 않은 성이라 신원 노출 우려).
 - 담당: {{p:나혜진}}, 보조: {{p:유동현}}. 다음 면담 2023. 9. 11.

8. 지원 계획
 - 신변보호담당관 {{p:조현우}} 경위와 연락(9. 6. 예정). 본인 동의 하에 {{r:은별}} 씨와 함께 면담.
 - 법률 상담: 공익변호사 {{p:마은지}} 변호사 연계. {{u:중국}} 공장 측 미지급 임금 문제 검토.
 - 교회 봉사자 {{p:안수정}} 씨가 주말 동행 희망. 본인은 "아직 모르는 사람은 무섭다"며 보류.""",
    },
    {
        "id": "h39-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Jong-hyok", "리정혁", "witness", ["정혁"]),
            ("So Myong-guk", "서명국", "supervisor", []),
        ],
        "note": "Worker's diary from a St Petersburg construction site, copied out after escape with bracketed notes; North Korean forms of address (동무, 반장 동무, 직장장), the diarist named by others, affectionate 이 after given names, 하 as an interjection and in 하루, 서 in 서서, Russian and Uzbek coworkers.",
        "text": """[원본은 공책 두 권. 2019년 탈출 직후 본인이 {{u:서울}}에서 옮겨 적음. [ ] 안은 옮겨 적을 때 덧붙인 말.]

2018년 3월 2일 금요일. 눈.
{{u:상트페테르부르크}} 온 지 열하루째. 현장은 {{u:쿠프치노}} 쪽 24층짜리. {{r:서명국}} 반장 동무가 첫날부터 "계획은 한 달에 팔백"이라고 했다. 팔백이 무슨 소린지 {{p:철남}}이가 밤에 알려줬다. 달러다. 하루 종일 서서 미장을 했더니 다리가 내 것 같지 않다.

3월 9일. 흐림.
{{r:서}} 반장이 저녁 총화 때 "{{r:정혁}}이 동무는 손이 느리다"고 했다. 다들 나를 봤다. 하, 고향에서는 손 빠르다는 소리만 들었는데. 끝나고 {{p:하철남}} 동무가 담배를 한 대 줬다. {{p:철남}}이는 {{u:함흥}} 사람인데 말이 없다.

3월 23일. 비.
{{u:러시아}} 감독 {{p:세르게이}} 아저씨가 점심에 빵을 나눠 줬다. {{r:서}} 반장이 보고 나중에 받지 말라고 했다. 우즈베크 사람 {{p:아지즈}}는 우리 반을 보고 "코레이스키 로봇"이라고 웃는다.

4월 15일. 맑음.
태양절. 일 안 했다. {{p:김}} 직장장이 {{u:모스크바}}에서 와서 강연을 했다. 직장장 동무 이름은 {{p:김형식}}이라고 {{p:철남}}이가 귀띔해 줬다. 강연 끝나고 충성자금 얘기. 한 사람당 이백.

5월 6일.
{{p:철남}}이가 비계에서 떨어졌다. 삼 층 높이. 팔이 부러졌다. {{r:서명국}} 반장은 병원에 안 보내고 {{p:림}} 지도원이 아는 {{u:러시아}} 의사를 불렀다. 의사 이름은 {{p:바샤}}. 돈은 {{p:철남}}이 계획에서 깐다고 한다.

5월 7일.
{{p:하}} 동무가 밤새 앓았다. 나는 옆에서 물수건만 갈았다. [그때 {{p:철남}}이가 "{{r:정혁}}아, 나 집에 못 가겠지" 했다. 잊히지 않는다.]

6월 30일.
{{r:서}} 반장 생일이라고 다 같이 이십씩 걷었다. {{p:박경일}} 동무는 돈이 없어서 {{r:서}} 반장 앞에서 울었다. {{r:서명국}} 동무가 "됐다" 하고 넘어갔다. 반장도 사람이긴 하다.

8월 19일.
{{p:철남}}이 귀국 결정. 팔이 제대로 안 붙어서 일 못 한다고. 떠나기 전날 밤 {{p:철남}}이가 자기 집 주소를 내 손바닥에 볼펜으로 써 줬다. {{u:함흥시}} {{u:사포구역}}. 아침에 씻어 버렸다. 외웠다.

10월 2일. 비.
새로 온 조 다섯 명. 그중 {{p:남궁혁}}이라는 애가 스무 살이다. {{r:서}} 반장이 나보고 가르치라고 했다. 애가 말을 잘 듣는다. 성이 길어서 다들 그냥 "{{p:남궁}}"이라고 부른다.

11월 7일. 눈.
영하 십오 도. {{p:아지즈}}가 자기 장갑을 {{p:남궁혁}}한테 줬다. {{p:림}} 지도원이 보고 돌려주라고 했다. {{p:아지즈}}는 어깨만 으쓱했다. {{r:서명국}} 반장은 못 본 척했다. 반장 동무가 요즘 말이 없다. {{u:평양}}에서 검열단이 온다는 소문.

12월 20일.
검열단 왔다 감. 단장은 {{p:조}} 부장이라고 했다. 우리 반 계획 미달. {{r:서}} 반장이 총화에서 혼자 비판받았다. 밤에 반장 동무가 나한테 "{{r:정혁}}이, 너는 여기서 오래 있지 마라" 했다. 무슨 뜻인지 아직 모르겠다.

[여기부터 두 번째 공책]
2019년 1월 3일.
{{p:림}} 지도원이 우리 반 전화를 다 걷었다. {{p:세르게이}} 아저씨가 나한테 몰래 유심을 줬다. 아저씨 이름은 쓰지 말자. 이미 썼구나.

1월 28일. 맑음.
{{p:남궁}}이가 {{p:아지즈}}한테서 {{u:러시아}} 말을 배운다. "스빠시바", "스꼴까". {{r:서}} 반장이 모른 척해 준다. 나는 {{p:세르게이}} 아저씨가 준 유심을 양말 속에 넣고 다닌다. {{u:서울}}에 있다는 고모... 아니, 고모가 아니라 아버지 친구분 딸 {{p:윤선화}} 씨 번호를 외웠다.

[옮긴이 주: {{p:하철남}}의 소식은 그 뒤로 모른다. {{r:서명국}} 반장은 2019년 봄에 {{u:블라디보스토크}}로 갔다고 들었다. 나, {{r:리정혁}}은 2019년 2월에 현장을 나왔다.]""",
    },
    {
        "id": "h39-ko-05",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Kye Yong-hwan", "계영환", "witness", ["영환"]),
            ("Ryu Chol-jun", "류철준", "supervisor", ["유철준"]),
            ("Jong Min-ho", "정민호", "official", []),
        ],
        "note": "National Assembly written questions and ministry answers on a Kuwait protection case; fictional committee member, aide and consul private (the consul registered as an official), 류/유 spellings, surname with 씨 and 영사, a table of earlier cases, surname 계 beside 계획.",
        "text": """제410회 국회(정기회) 외교통일위원회 국정감사
서면질의 및 답변서

질의위원: {{p:백승연}} 위원
답변기관: {{u:외교부}}(재외동포영사실), {{u:통일부}}(인도협력국)
제출일: 2023. 10. 27.

【질의 7】 {{u:쿠웨이트}} 체류 {{u:북한}} 노동자 보호 요청 사건 처리 경과
 2022년 4월 {{u:쿠웨이트}}에서 {{u:북한}} 건설 노동자 {{r:계영환}} 씨가 {{u:주쿠웨이트 대한민국 대사관}}에 보호를 요청하였으나, 대사관이 약 3주간 신병을 확보하지 못하는 사이 {{r:계영환}} 씨가 북측 관리자에게 다시 끌려갔다는 제보가 있음.
 가. 최초 접수 일시, 담당 영사, 조치 내역은?
 나. 북측 관리자로 지목된 {{r:류철준}}(일부 자료에는 '{{r:유철준}}')에 대하여 주재국에 어떤 요청을 하였는지?
 다. 같은 현장의 {{p:리광명}}, {{p:김성혁}} 등 추가 보호 요청자가 있었는지?

【답변】 ({{u:외교부}})
 가. {{u:주쿠웨이트 대한민국 대사관}}은 2022. 4. 11.(월) 16:20경 {{r:계영환}} 씨의 전화를 접수하였으며, 당시 담당은 {{r:정민호}} 영사였음. {{r:정}} 영사는 같은 날 주재국 {{u:내무부}}에 신변 보호 협조를 요청하였고, 4. 12. 현지 경찰과 함께 숙소를 방문하였으나 {{r:계}} 씨를 만나지 못하였음.
 나. 개인정보 보호 및 외교 관계상 구체적 답변이 어려운 점 양해 바람. 다만 대사관은 {{r:류}} 씨가 {{r:계영환}} 씨의 여권을 보관하고 있다는 진술을 주재국에 전달하였음.
 다. 2022년 중 같은 현장 관련 추가 보호 요청은 접수되지 않았음. {{p:리광명}}, {{p:김성혁}}은 대사관 기록에서 확인되지 않음.

【질의 8】 최근 5년간 재외공관 접수 {{u:북한}} 해외 노동자 보호 요청 현황(성명 포함)

【답변】 ({{u:외교부}})
 연도 | 국가 | 성명 | 결과
 2019 | {{u:카타르}} | {{p:윤철}} | 국내 입국
 2019 | {{u:러시아}} | {{p:강명학}} | 국내 입국
 2020 | {{u:몽골}} | {{p:한옥순}} | 국내 입국
 2021 | {{u:러시아}} | (본인 비공개 요청) | 국내 입국
 2022 | {{u:쿠웨이트}} | {{r:계영환}} | 신병 미확보
 ※ 성명은 본인이 공개에 동의한 경우에 한하여 기재함. {{r:계영환}} 씨는 동의 여부를 확인할 수 없으나 위원실 요구 자료에 이미 실명이 기재되어 그대로 인용함.

【질의 9】 {{r:계영환}} 씨 가족의 소재 확인 요청 처리
 {{r:계영환}} 씨의 형 {{p:계영수}} 씨는 2018년 입국하여 {{u:인천}}에 거주 중이며, 동생 {{r:영환}} 씨의 생사 확인을 여러 차례 요청하였다고 함. {{u:통일부}}의 조치는?

【답변】 ({{u:통일부}})
 {{u:통일부}}는 2022. 5. {{p:계영수}} 씨의 요청을 접수하여 {{u:외교부}}에 관련 정보를 요청하였음. 현재까지 {{r:계영환}} 씨의 소재는 확인되지 않았으며, {{p:계영수}} 씨에게는 담당 사무관 {{p:조은비}}를 통해 분기별로 진행 상황을 알리고 있음.

【질의 10】 보호 요청 이후 재외공관의 대응 지침 개선 여부
 {{r:계영환}} 씨 사건 당시 대사관이 야간·주말에 차량과 인력을 보내지 못한 것으로 알려짐. 2019년 {{u:카타르}}의 {{p:윤철}} 씨 사건 때에도 종교인 봉사자 차량으로 이동하였다는 보도가 있었음. 재외공관 대응 지침을 개선하였는지?

【답변】 ({{u:외교부}})
 2023. 3. 「해외 체류 {{u:북한}} 주민 보호 업무 처리 지침」을 개정하여, 보호 요청 접수 시 공관장 보고를 1시간 이내로 하고 주재국 당국과의 협조 채널을 사전에 지정하도록 하였음. {{r:정민호}} 영사 등 당시 담당자의 의견을 개정에 반영하였음. 다만 주재국 영토 내에서 공관이 직접 신병을 확보하는 데에는 국제법상 한계가 있음을 양해 바람.

【추가 확인 사항】 (위원실 보좌관 {{p:신재용}} 메모)
 - {{r:정민호}} 영사는 2023. 2. 정기 인사로 본부 귀임. 당시 통화 녹취는 없다고 함.
 - 제보자 {{p:리성국}}(현지 네팔 노동자 통역)에 따르면, {{r:류철준}}은 "{{r:영환}}이는 아파서 쉬고 있다"고 말하고 다녔다고 함.
 - 현장 명칭은 답변서에 없음. 계획대로 종합감사 때 재질의 예정.""",
    },
    {
        "id": "h39-ko-06",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Song-hui", "김송희", "witness", ["KSH", "김SH", "송희"]),
            ("Chae Kum-ok", "채금옥", "supervisor", ["CKO"]),
            ("Ma Hyang-ok", "마향옥", "coworker", ["향옥"]),
        ],
        "note": "Korean researcher's field notes from Dandong (garment factory) with abbreviations and symbols; initials in Latin letters, mixed Hangul-Latin initials, a single-letter initial for a local helper, Chinese forms of address in characters, surname 마 beside 마음, 마침 and 마을.",
        "text": """현장 메모 — {{u:단둥}} 2차 조사 (2019. 7. 8.~7. 12.)
약어: R=응답자, 지=지도원, 봉=봉제공장, ㅅ={{u:중국}} 측 사장, ?=확인 필요, ★=인용 가능
※ 실명 대신 이니셜. 색인은 별도 보관(연구실 금고).

7/8 (월)
- {{u:인천}}→{{u:단둥}} 배편 도착. 현지 협력자 {{p:J}} 씨(조선족, 택시 기사) 만남. 마침 비.
- 봉 위치: {{u:신의주}} 맞은편 강변 공단. 북측 여성 약 300명 추정. 기숙사 3동.

7/9 (화)
- R1 = {{r:KSH}}(20대 후반, {{u:평안북도}} 출신). 봉 재봉반. 2016년 파견. 면담 40분, 시장 뒤 식당 2층.
  · 지 = {{r:CKO}}. R은 "{{r:채}} 선생"이라 부름. ★"{{r:채}} 선생은 밤에 우리 빨래까지 걷어 줬어요. 그런데 총화 때는 무서웠어요."
  · 하루 13~15시간, 월 2회 휴무. 임금 액수 R은 모름. ㅅ = {{p:孙总}}.
  · 같은 방 {{r:마향옥}} — R의 "제일 친한 언니". {{r:향옥}} 언니가 재봉틀 바늘에 손가락을 찔려 3일 쉼, 그 3일치 계획은 방 전체가 나눠 채움.
  · R: "{{r:마}} 언니는 마음이 약해서 매일 밤 울었어요."
  · 보위원 {{p:박}} 씨, 이름 모름. 남자. 한 달에 한 번 옴.

- R2 = {{p:PYS}}(30대 중반, 같은 봉 포장반). 면담 25분, {{p:J}} 씨 차 안.
  · R2는 {{r:CKO}}가 아니라 다른 지도원 {{p:림명화}} 밑에 있음. ★"{{p:림}} 지도원은 말을 안 해요. 눈으로 다 해요."
  · R2가 아는 R1: "{{r:송희}}는 노래를 잘해서 명절 공연 때 늘 앞에 섰어요."
  · R2의 동생 {{p:박윤철}}은 {{u:러시아}} 건설 현장 파견 중이라고 함. R2 본인이 이름을 먼저 말함 — 메모에는 남기되 보고서 제외.
  · 공장 의무실 중국인 간호사 {{p:王姐}}가 여자들한테 진통제를 몰래 줬다고 함.

7/10 (수)
- R1 재면담 시도 → 실패. {{p:J}} 씨 말로는 공장에서 외출 금지령.
- 대신 {{p:J}} 씨 사촌 {{p:김춘매}}(봉 {{u:중국}} 측 직원, 조선족)와 통화 20분. ★"그 여자들 이름은 몰라요. 다 '{{u:조선}} 아가씨'라고 불러요. 지도원만 알아요, {{r:채}} 씨." {{p:김춘매}} 말로 {{p:孙总}}은 북측에 1인당 월 1,900위안 지급.
- {{p:김춘매}}에 따르면 {{r:채금옥}}은 2018년 겨울 교체 예정이었으나 연장. 후임 후보 {{p:탁명순}}?

7/11 (목)
- 세관 앞에서 R1을 우연히 봄. 대열로 이동 중. 눈 마주침, 인사 못 함.
- (메모 원본에 R1 실명 {{r:김송희}}를 썼다가 지움. 앞으로는 {{r:김SH}}로 통일. {{r:송희}} 씨 본인도 이니셜 원함.)
- 저녁: {{p:J}} 씨 집. 부인 {{p:小李}}가 국수 해 줌. 마을 사람들 말로는 작년 여름 공장에서 한 명 "사라짐" → 이름 {{p:홍련희}}? 소문 수준.

7/12 (금)
- 귀국. 배 안에서 정리.
- 확인할 것: ① {{r:CKO}}와 {{p:탁명순}}의 관계(같은 군 출신?) ② {{p:홍련희}} 건 ③ {{p:孙总}} 회사 등기
- 지도교수 {{p:윤}} 교수님께 보고. 동료 {{p:하은}} 씨에게 녹취 없음을 알릴 것(모든 면담 비녹음).
- 1차 조사({{u:훈춘}}, 2018. 10.) 메모와 대조: 그때 R3였던 {{p:최옥란}}이 말한 "{{u:단둥}}에 있는 마씨 성 가진 언니"가 {{r:마향옥}}일 가능성? 마씨는 드문 성이라 단정 말 것.
- 느낀 점: {{r:KSH}}가 {{r:채}} 지도원을 미워하지 않는 것이 인상적. {{r:향옥}} 언니 얘기할 때만 목소리가 떨림.""",
    },
    {
        "id": "h39-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Son Hyok-chol", "손혁철", "witness", ["혁철"]),
            ("Ko Yong-dok", "고영덕", "supervisor", []),
            ("Son Mi-gyong", "손미경", "relative", ["미경"]),
        ],
        "note": "Hotline call log of a Korean NGO over one week; callers who give only a self-chosen name, surname 손 beside 손 'hand', 임 beside 임금, 노 as a staff surname, a pastor and a police officer with titles, a caller's brother at a Russian site, several unrelated calls.",
        "text": """[상담 전화 기록] 2024년 1월 셋째 주
야간 당번: {{p:임다솜}} / 주간 당번: {{p:노재현}} / 검토: {{p:변희정}} 팀장

#24-0115-01  1.15.(월) 22:41  발신: 여성, 30대 추정, 자칭 "{{r:미경}}"
 - {{u:러시아}} {{u:블라디보스토크}} 건설 현장에 있던 오빠 {{r:손혁철}}(41)이 현장을 나와 숨어 있다고 함. 오빠가 손을 다쳐 치료가 필요.
 - 현장 관리자 이름은 {{r:고영덕}}. 오빠 여권을 {{r:고}} 씨가 갖고 있음.
 - 조치: 내일 주간 당번 {{p:노재현}}에게 인계. 연락처 확보.

#24-0116-01  1.16.(화) 10:05  {{p:노재현}} → {{r:손미경}} 씨 회신 통화
 - 본인 실명 {{r:손미경}}, 2015년 입국, {{u:경기도}} {{u:화성}} 거주.
 - {{r:혁철}} 오빠와는 {{u:텔레그램}}으로 연락. 오빠가 있는 곳: {{u:우수리스크}} 근처 러시아인 집. 집주인 이름 {{p:나탈리야}}.
 - {{r:고영덕}} 반장이 현지 한인 교회 {{p:박}} 목사님에게 "도망자 있으면 알려 달라"고 했다는 소문 → 교회 쪽 연결 보류.
 - 조치: {{p:변희정}} 팀장 보고. 현지 협력자 {{p:세묘노프}} 씨와 상의 예정.

#24-0116-02  1.16.(화) 14:30  발신: 남성, 자칭 "{{p:리춘식}}", {{u:중국}} 번호
 - 임금 체불 건 문의. {{u:단둥}} 봉제공장 관련. 딸이 거기 있다고 함. 이름은 말하지 않음.
 - 통화 중 끊김. 재발신 안 됨.

#24-0117-01  1.17.(수) 09:12  {{r:손미경}} 씨 재통화
 - 오빠 상태 악화. 손가락 두 개 괴사 의심. {{u:러시아}} 병원은 여권 없이 못 간다고 {{p:나탈리야}} 씨가 말함.
 - {{r:손혁철}} 씨 본인과 3자 통화 시도({{p:노재현}} 통역). 본인 확인: 생년 1983, {{u:함경남도}} {{u:단천}} 출신. ★"{{r:고}} 반장이 나를 찾으면 {{r:미경}}이한테도 해가 갈까 봐."
 - 조치: {{u:유엔난민기구}} 연결 검토. 공익변호사 {{p:오세진}} 변호사 자문 요청.

#24-0118-01  1.18.(목) 23:55  발신: 여성, 자칭 "{{p:하늘}}"
 - 본인이 2019년 {{u:몽골}} 파견 노동자의 아내라고 함. 남편 {{p:조}} 씨 소식 문의. 남편 이름 끝까지 말하지 않음.
 - 조치: 상담 안내만. {{p:임다솜}}.

#24-0118-02  1.18.(목) 16:40  {{r:손미경}} 씨 발신
 - 오빠가 어젯밤 {{r:고영덕}} 반장 쪽 사람을 {{u:우수리스크}} 시장에서 봤다고 함. 이름은 {{p:강명수}}, 같은 현장 운전수. {{r:혁철}} 오빠는 숨었고 들키지 않았다고.
 - {{r:미경}} 씨: "오빠가 자꾸 자기가 잘못했다고 해요. 손이 그렇게 됐는데도."
 - 조치: {{p:세묘노프}} 씨에게 이동 경로 재검토 요청.

#24-0119-01  1.19.(금) 11:20  {{p:변희정}} 팀장 메모
 - {{r:손혁철}} 건: {{p:세묘노프}} 씨가 {{u:우수리스크}} 사설 의원 연결해 주기로 함. 비용은 기금에서.
 - {{u:경찰청}} 신변보호 담당 {{p:문}} 경위에게 {{r:손미경}} 씨 신변 보호 상담 요청. {{r:미경}} 씨 본인 동의함.
 - 다음 주 통화 당번표 변경: 화요일 {{p:노}}, 목요일 {{p:임}}.

#24-0120-01  1.20.(토) 20:15  발신: 남성, 자칭 "{{p:두만강}}"
 - 2017년 {{u:쿠웨이트}} 건설 현장에서 일했다고 함. 같이 일한 {{p:계영환}}이라는 사람 소식을 아느냐고 물음. 국회에서 이름이 나왔다는 기사를 봤다고.
 - 당번 {{p:임다솜}}: 개인 정보 확인 불가 안내. 본인 연락처 남기지 않음.
 - 메모: {{p:변희정}} 팀장에게 공유. 임금 체불 관련 문의 이번 주만 세 건.""",
    },
    {
        "id": "h39-ko-08",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jang Yong-ho", "장영호", "witness", ["영호"]),
            ("Kim Sun-ok", "김순옥", "relative", ["순옥"]),
            ("Jang Saet-byol", "장샛별", "relative", ["샛별"]),
        ],
        "note": "Typed transcription of a wife's pencil letter from North Korea to her husband on a Kuwait site, with the transcriber's notes; teknonym '샛별이 아버지', 이가 after a given name, neighbourhood people with 동무, 어머니, 아저씨 and 선생님, the courier known by surname only, 장 beside 장마당.",
        "text": """[편지 원문 옮김. 원본: 학습장 종이 2장, 연필, 일부 번짐.
 {{r:장영호}} 씨가 2019년 {{u:쿠웨이트}} 현장에서 받아 보관해 온 것. 귀국하던 {{p:변}} 동무 편에 전달되었다고 함. 옮긴이: {{p:송지아}}. 맞춤법은 원문대로.]

그리운 {{r:샛별}}이 아버지에게

오래간만에 소식 전합니다. 그동안 몸 성히 잘 있는지요. 거기는 여름이면 해가 불처럼 뜨겁다고 {{p:철호}}네 아버지가 그러던데 일하는데 쓰러지지나 않는지 걱정입니다.

우리는 다 무고합니다. 어머님도 봄내 앓으시다가 요즘은 일어나 앉으십니다. {{r:샛별}}이는 올해 소학교 3학년이 되었습니다. 담임 {{p:한정희}} 선생님이 {{r:샛별}}이가 글씨를 잘 쓴다고 학급 게시판에 붙여 주었답니다. {{r:샛별}}이가 아버지 보라고 자기 이름을 크게 써서 이 편지에 넣는다고 하는데 종이가 모자라 못 넣습니다.

당신 앞으로 나온 것이라고 하면서 지난 달에 {{p:최}} 부장 동무가 입쌀 20키로하고 콩기름 한 병을 가져다 주었습니다. 그런데 옆집 {{p:방순실}} 어머니네는 남편이 {{u:로씨야}} 간 지 삼 년인데 아무것도 못 받았다고 합니다. 그 집 남편이 {{p:길남}}이 아버지입니다. 혹시 그쪽 소식 들으면 알려 주십시오.

인민반장 {{p:리명숙}} 동무가 당신 소식을 자꾸 묻습니다. 별일 없다고만 했습니다. {{p:장}} 씨 아저씨(당신 사촌형님)는 장마당에서 쌀 장사를 시작했는데 단속에 두 번 걸렸습니다.

{{p:변}} 동무가 이번에 들어가면서 당신한테 이 편지를 전해 주겠다고 해서 급히 씁니다. {{p:변}} 동무가 당신네 반장 {{p:우}} 동무는 사람이 괜찮다고 하더군요. 그래도 말조심 하십시오. 편지는 읽고 꼭 태우십시오.

그리고 알려 드릴 일이 있습니다. 작년 겨울에 {{p:길남}}이 아버지 일로 보위부에서 사람이 나와 우리 집에도 왔었습니다. 당신 이름을 묻고, 당신이 어느 나라에 가 있는지, 편지가 오는지 물었습니다. 나는 {{u:쿠웨이트}}라는 나라 이름밖에 모른다고 했습니다. 그 사람 성이 {{p:탁}}가라고 {{p:리명숙}} 동무가 나중에 알려 주었습니다. 그 뒤로는 다시 안 왔습니다. 걱정 마십시오.

우리 작업반 {{p:송옥희}} 동무가 시집을 갔습니다. 신랑은 {{u:순천}} 사람인데 {{p:송}} 동무 어머니가 반대하다가 나중에 허락했답니다. 잔치에 국수를 했는데 {{r:샛별}}이가 세 그릇이나 먹어서 다들 웃었습니다.

어머님이 당신 어릴 때 얘기를 하시면서 "{{r:영호}}는 어려서부터 고집이 세서 거기 가서도 반장한테 대들까 봐 걱정"이라고 하십니다. 제발 참으십시오. {{p:철호}}네 아버지 말이 거기는 한번 눈 밖에 나면 먼저 돌려보낸다고 하더군요.

아래는 {{r:샛별}}이가 쓴 것입니다.
"아버지 보고 싶습니다. 나는 공부를 잘합니다. {{p:은정}}이보다 받아쓰기를 더 잘합니다. 아버지 빨리 오세요. {{r:장샛별}} 올림"

{{r:영호}} 씨, 돈 생각은 말고 몸만 건강하게 돌아오십시오. 계획이니 뭐니 못 채워도 사람이 있어야지요. {{r:샛별}}이가 밤마다 아버지 언제 오냐고 묻습니다.

주체 108년 5월 11일
{{u:평성}}에서 당신의 {{r:순옥}}이가

[옮긴이 주]
1. "{{r:샛별}}이 아버지"는 딸 이름을 붙여 남편을 부르는 말. 편지 안에서 {{r:장영호}} 씨 이름은 한 번만 나옴.
2. {{r:장영호}} 씨는 2020년 현장을 떠나 2021년 입국. 편지를 태우지 않고 신발 깔창 밑에 넣어 가지고 나왔다고 함.
3. 공개 시 {{r:김순옥}}, {{r:장샛별}}, {{p:방순실}}, {{p:리명숙}} 이름은 반드시 가릴 것. {{r:영호}} 씨 본인은 자기 이름만 써도 된다고 함.
4. "{{p:우}} 동무"는 {{u:쿠웨이트}} 현장 반장 {{p:우현철}}로 보임({{r:장영호}} 씨 확인). 편지 속 "{{p:철호}}네 아버지"는 같은 현장에 있던 {{p:오경남}}.
5. 옮긴이 {{p:송지아}} / 검토 {{p:나윤서}}.""",
    },
    {
        "id": "h39-ko-09",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Yom Kwang-chol", "염광철", "witness", ["광철"]),
            ("Do Yong-il", "도영일", "supervisor", []),
            ("Ok Mi-hyang", "옥미향", "relative", ["미향"]),
        ],
        "note": "Korean newspaper clipping on a former Polish shipyard worker, with a related-articles box and the reporter's e-mail; Polish names in Hangul transcription, surname 도 with 씨 and 반장, surname 옥 beside 옥살이, a quoted labour inspector, a bylined reporter and photographer.",
        "text": """[스크랩] 한빛일보 2021년 11월 22일 자 10면 (사회)

"용접 불꽃 아래서 6년" {{u:폴란드}} 조선소 {{u:북한}} 노동자 첫 실명 증언

{{u:폴란드}} {{u:그단스크}}와 {{u:그디니아}}의 조선소에서 2012년부터 6년간 일했다는 {{u:북한}} 출신 {{r:염광철}}(47) 씨가 본지와 만나 처음으로 실명 증언에 나섰다. {{r:염}} 씨는 2019년 국내에 입국했다.

{{r:염광철}} 씨는 "하루 12시간 넘게 선체 블록을 용접했지만 월급날 손에 쥔 돈은 100달러 남짓이었다"며 "나머지는 반장이 '계획분'이라며 모두 가져갔다"고 말했다. {{r:염}} 씨가 지목한 반장은 {{r:도영일}} 씨다. {{r:염}} 씨에 따르면 {{r:도}} 반장은 노동자 18명의 은행 카드와 비밀번호를 모두 관리했고, 여권은 현지 중개업체 사무실 금고에 보관됐다.

2016년 {{u:폴란드}} {{u:국가노동감독청}}은 이 조선소 하청업체를 점검해 초과근무 위반을 적발했다. 당시 점검을 맡았던 감독관 {{p:크시슈토프 보이치크}} 씨는 본지와의 통화에서 "{{u:북한}} 노동자들은 질문에 답하지 않았고, 한국어를 하는 사람이 대신 답했다"고 회고했다. 그 '대신 답한 사람'이 {{r:도영일}} 씨였는지는 확인되지 않았다.

{{r:염}} 씨는 동료 {{p:리명철}} 씨가 2017년 작업 중 손목을 다쳤는데도 병원에 가지 못했다고 말했다. "{{r:도}} 반장은 '병원 가면 기록이 남는다, 기록이 남으면 다 집에 간다'고 했어요." {{p:리}} 씨의 현재 소식은 알 수 없다.

{{r:염}} 씨가 실명을 밝히기로 한 것은 아내 {{r:옥미향}} 씨 때문이다. {{r:옥}} 씨는 2020년 {{u:중국}}을 거쳐 먼저 입국했다. {{r:염}} 씨는 "{{r:미향}}이가 '숨어 살면 옥살이나 다름없다'고 했다"며 웃었다. 부부는 현재 {{u:경기도}} {{u:부천}}에 산다.

{{u:북한}} 노동자 송출을 연구해 온 {{p:하지원}} 박사는 "{{u:유엔 안전보장이사회}} 결의 2397호 이후 유럽 내 {{u:북한}} 노동자는 공식적으로 모두 귀국했어야 한다"며 "{{r:염}} 씨 같은 증언이 실제 규모를 밝히는 데 중요하다"고 말했다.

{{r:염}} 씨가 기억하는 조선소 생활은 단조로웠다. 새벽 5시에 숙소에서 버스를 타고 조선소로 가서 밤 9시에 돌아왔다. 일요일 오후에만 쉬었고, 그때도 숙소 밖으로 나가려면 {{r:도}} 반장의 허락을 받아 두 명 이상 함께 나가야 했다. 폴란드인 작업반장 {{p:마레크}} 씨는 {{u:북한}} 노동자들에게 커피를 자주 사 줬는데, {{r:도영일}} 씨는 이를 못마땅하게 여겨 "받지 말라"고 했다고 한다.

{{r:염}} 씨는 {{r:도}} 씨에 대해 "나쁜 사람이라기보다 자기도 위에서 계획을 못 채우면 끝장나는 사람이었다"고 했다. {{r:도}} 반장 위에는 {{u:바르샤바}}에 머무는 '회사 대표' {{p:김}} 모 씨가 있었는데, 노동자들은 그를 '{{p:큰 김}}'이라고 불렀다.

2018년 조선소 계약이 끝나자 노동자들은 몇 명씩 나뉘어 귀국길에 올랐다. {{r:염}} 씨는 귀국 직전 {{u:베를린}}을 경유하는 과정에서 일행에서 벗어났다. 그는 "{{r:미향}}이가 먼저 나가 있지 않았다면 그런 생각도 못 했을 것"이라고 말했다.

한편 {{u:주한 폴란드 대사관}}은 본지 질의에 "해당 사안은 이미 {{u:폴란드}} 당국이 조사를 마쳤다"고 답했다.

글 {{p:김지윤}} 기자 {{p:kimjy}}@hanbit-news.kr / 사진 {{p:도한결}} 기자

──────────────
[관련 기사]
· "{{u:러시아}} 벌목장에서 온 편지" — {{p:박성진}} 씨 가족 이야기 (2021. 9. 3.)
· {{u:쿠웨이트}} 건설 현장 {{u:북한}} 노동자 {{p:배영식}} 씨 사망 5년 (2021. 7. 12.)
· [인터뷰] 탈북 여성 {{p:길순애}} "{{u:중국}} 공장 기숙사 문은 밖에서 잠겼다" (2021. 5. 20.)

[스크랩 메모 — {{p:정하윤}}] {{r:염광철}} 씨 기사. 본인 동의 받고 게재됨. {{r:옥미향}} 씨 이름은 기사에 나간 대로. {{r:도영일}}은 우리 DB에 '{{r:도영일}}/{{r:Do Yong-il}}'로 있음. 기자 {{p:김지윤}} 연락처 받아 둠.""",
    },
    {
        "id": "h39-ko-10",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Namgung Chol", "남궁철", "witness", ["한길", "철"]),
            ("Yang Sun-dok", "양순덕", "relative", ["순덕"]),
            ("Pyo Yong-man", "표영만", "supervisor", []),
        ],
        "note": "Radio script for a programme broadcast towards North Korea, with a producer's cover note; the guest under an on-air pseudonym that is also an ordinary word (한길), a one-syllable given name beside 철 'season' and 철이 들다, 양 beside 양 'sheep', 표 beside 기차표, host and producer private.",
        "text": """[대본] 〈고향으로 가는 편지〉 제214회 — 방송일 2022. 12. 3.(토) 23:00 / 재방 12. 4. 05:00
연출: {{p:고은채}}   작가: {{p:백소연}}   진행: {{p:윤하람}}
※ 제작진 메모: 출연자 본명 {{r:남궁철}}. 본인 요청으로 방송에서는 '{{r:한길}}'로만 부름. 어머니 성함({{r:양순덕}})과 고향 지명은 절대 읽지 말 것. 본명이 나오는 부분은 녹음 후 삭제.

(시그널 음악 10초, 줄이며)

진행 {{p:윤하람}}: 고향에 계신 여러분, 안녕하십니까. 〈고향으로 가는 편지〉의 {{p:윤하람}}입니다. 겨울 철이 되니 고향 생각이 더 납니다. 오늘은 {{u:몽골}} 건설 현장에서 일하다 온 분을 모셨습니다. '{{r:한길}}'이라는 이름으로 인사드리겠습니다. {{r:한길}} 씨, 어서 오십시오.

{{r:한길}}: 안녕하십니까. 이렇게 말씀드리게 되니 떨립니다.

진행: {{u:몽골}}에는 언제 가셨습니까?

{{r:한길}}: 2016년 봄에 갔습니다. {{u:울란바토르}} 시내 아파트 공사였습니다. 처음엔 양 떼만 보이는 나라인 줄 알았는데 도시는 크더군요. 기차표도 없이 트럭 짐칸에 실려서 국경을 넘었습니다.

진행: 거기서 생활은 어떠셨어요?

{{r:한길}}: 하루 열네 시간 일했습니다. 우리 반장이 {{r:표영만}}이라는 사람이었는데, 한 달에 계획분을 못 채우면 밥을 줄였습니다. {{r:표}} 반장도 위에서 닦달을 받으니까 그랬겠지요. 그래도 배고픈 건 배고픈 겁니다.

진행: 같이 일한 분들은요?

{{r:한길}}: {{p:석진}}이라는 동생이 있었습니다. 스무 살이었는데 철이 없어서 밤에 몰래 {{u:몽골}} 사람 가게에 가서 사탕을 사 먹다가 들켰습니다. {{r:표}} 반장이 그 애를 한 달 동안 제일 힘든 데 보냈어요. 그리고 {{p:배}} 씨라는 분, 나이 많은 분인데, 그분이 {{p:석진}}이를 많이 감싸 줬습니다.

진행: 몸이 아프거나 다치면 어떻게 했습니까?

{{r:한길}}: 참았습니다. 겨울에 영하 삼십 도까지 내려가는데, 손이 얼어서 터지면 {{p:배}} 씨가 돼지기름을 발라 줬습니다. 한 번은 제가 열이 나서 사흘을 못 일어났는데, {{r:표}} 반장이 {{u:몽골}} 의사를 데려왔어요. 여자 의사였는데 이름이 {{p:어용체체그}}였던 것 같습니다. 그분이 약을 주면서 반장한테 뭐라고 화를 냈는데, 말은 못 알아들었어도 무슨 뜻인지는 알았습니다.

진행: 지금 이 방송을 듣고 계실 어머니께 한 말씀 하시겠습니까?

{{r:한길}}: (잠시 침묵) 어머니, 저 {{r:철}}입니다. 잘 있습니다. 밥 잘 먹고 있습니다. 어머니 생신이 동지 지나서인데, 올해도 같이 못 해 드려서 죄송합니다.

(제작진 메모: 위 "저 {{r:철}}입니다" 부분은 본명 일부라 녹음본에서 '저 아들입니다'로 교체. 출연자 동의함.)

진행: 고향에 계신 분들께 하고 싶은 말씀은요?

{{r:한길}}: 해외에 나가면 돈을 번다고들 합니다. 그런데 번 돈은 거의 다 위로 올라갑니다. {{u:몽골}}에서 삼 년 있으면서 제 손에 쥔 건 이백 달러도 안 됩니다. 나가시려는 분들, 그걸 알고 가셨으면 합니다.

진행: 오늘 귀한 이야기 들려주신 {{r:한길}} 씨, 고맙습니다. 다음 주에는 {{u:러시아}} 벌목장에서 일한 {{p:은하}} 씨의 이야기를 전해 드립니다. 지금까지 {{p:윤하람}}이었습니다.

(시그널 음악, 올리며 끝)

[후기 — 연출 {{p:고은채}}] 녹음 후 {{r:남궁철}} 씨가 "{{r:표영만}} 이름은 나가도 되느냐"고 다시 물음. 반장 이름은 이미 방송 원고에서 {{r:표}}로만 줄임. {{p:석진}}, {{p:배}} 씨도 실명 일부이므로 방송본에서 '한 동생', '나이 많은 분'으로 교체. 한길이라는 이름은 본인이 "한길로 살고 싶어서" 골랐다고 함. 어머니 {{r:순덕}} 님 얘기는 전부 삭제. 작가 {{p:백소연}} 확인 완료.""",
    },
    {
        "id": "h39-ko-11",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Choe Kwang-bom", "최광범", "witness", ["광범", "Choi Kwang-beom", "choi_kb"]),
            ("Sim Chang-gil", "심창길", "supervisor", ["창길"]),
            ("Won Tae-song", "원태성", "coworker", ["태성"]),
        ],
        "note": "Korean interview transcript with timestamps (Kuwait construction); surname 원 beside the currency 원, 심 beside 심하다, speaker labels, a transcriber's bracketed notes, a Kuwaiti sponsor and a Bangladeshi driver, 이가 after given names.",
        "text": """녹취록 — 면담 번호 KW-2023-05
일시: 2023. 6. 14. 14:00~15:10   장소: {{u:서울}} {{u:마포구}} 사무실
면담자(면): {{p:류하진}}   응답자(응): {{r:최광범}}(1979년생)   배석: {{p:설지호}}(기록)
파일명: KW2023-05_{{r:choi_kb}}.m4a  ※ 응답자 요청으로 14:32~14:35 녹음 중단

[00:00:05] 면: 오늘 편하게 말씀해 주시면 됩니다. 언제 {{u:쿠웨이트}}에 가셨어요?
[00:00:11] 응: 2015년 가을입니다. {{u:평양}}에서 {{u:베이징}}을 거쳐서 갔습니다. 같이 간 사람이 스물두 명.
[00:00:30] 면: 현장은 어디였어요?
[00:00:33] 응: {{u:자베르 알아흐마드}} 신도시 쪽, 주택 짓는 현장이었습니다. 우리 반장이 {{r:심창길}}. 다들 "{{r:심}} 반장"이라고 했습니다.
[00:00:52] 면: 그분은 어떤 사람이었어요?
[00:00:55] 응: 심하게 굴 때도 있었지만… 나쁜 사람이라고는 못 하겠습니다. 계획이 하루 단위로 있었으니까요. {{r:창길}}이 형도 불쌍한 사람입니다. [웃음] 나이는 저보다 두 살 많았어요.
[00:01:20] 면: 임금은 어떻게 받으셨어요?
[00:01:23] 응: 한 달에 백 디나르 정도가 나오게 돼 있었는데, 손에 쥔 건 이십, 삼십. 나머지는 {{r:심}} 반장이 '계획분'으로. 우리 돈으로 치면 한 달에 만 원도 안 되는 날이 있었어요. 아, 남쪽 돈으로는 얼마인지 모르겠네요, 원으로는.
[00:02:04] 면: 같이 지낸 분 중에 기억나는 분은요?
[00:02:07] 응: {{r:원태성}}. {{r:태성}}이가 제일 친했습니다. {{r:원}} 씨가 성이라 남쪽 사람들은 돈 얘기하는 줄 알더라고요. [웃음]
[00:02:25] 면: {{r:원태성}} 씨는 지금 어디 계세요?
[00:02:29] 응: 몰라요. 2017년에 {{r:태성}}이가 비계에서 떨어졌습니다. 허리를 다쳤는데 {{r:심}} 반장이 병원에 안 보냈어요. {{u:쿠웨이트}} 사람 스폰서, {{p:무함마드}}라는 사람이 와서 보고 병원에 가라고 했는데 {{r:창길}}이 형이 "우리가 알아서 한다"고. 결국 {{r:태성}}이는 석 달 뒤에 귀국했습니다.
[00:03:15] 면: 그 스폰서 이름을 정확히 아세요?
[00:03:18] 응: {{p:무함마드 알아즈미}}? 그렇게 들었어요. 운전하던 방글라데시 사람 {{p:카림}}이 알려 줬습니다. {{p:카림}}이 우리한테 물도 주고 담배도 줬어요.
[00:03:50] 면: 현장에서 다른 나라 사람들과 이야기할 수 있었나요?
[00:03:54] 응: 안 됐죠. 보위원 {{p:허명수}}가 항상 봤습니다. {{p:허}} 씨는 반장보다 더 무서웠어요. 한 번은 {{p:카림}}이랑 얘기하다가 {{p:허명수}}한테 걸려서 저녁 총화 때 서서 비판받았습니다.
[00:04:30] [녹음 중단 — 응답자 요청]
[00:07:41] [녹음 재개]
[00:07:43] 면: 괜찮으세요?
[00:07:45] 응: 네. {{r:태성}}이 얘기만 하면 그렇습니다. 그 애 어머니가 {{u:남포}}에 있는데, 제가 그 주소를 압니다. 나중에라도 꼭 전하고 싶은 말이 있어서.
[00:08:10] 면: 어떻게 현장을 떠나셨어요?
[00:08:13] 응: 2018년 봄에 {{u:대한민국 대사관}}에 전화를 했습니다. 번호는 {{p:카림}}이가 인터넷에서 찾아 줬어요. 영사가 {{p:정}} 영사라고 했던 것 같은데… 사흘 뒤에 교회 목사님 차를 타고 대사관에 들어갔습니다. 목사님은 {{p:이요셉}} 목사님.
[00:08:50] 면: 마지막으로 하고 싶은 말씀 있으세요?
[00:08:53] 응: {{r:심창길}}이 형 이름은 써도 됩니다. 그런데 나쁘게만 쓰지 말아 주십시오. 그 형도 위에 {{p:김}} 부장이 있었어요. 그리고 {{r:태성}}이는… 이름 쓰지 마세요. 살아 있으면 곤란해지니까.

[기록자 주 — {{p:설지호}}] 응답자는 본인 이름을 {{r:최광범}}, {{u:한국}} 신분증에는 {{r:최광범}}(영문 {{r:Choi Kwang-beom}})으로 씀. "{{u:자베르 알아흐마드}}"는 응답자 발음대로 적음. 같은 현장 증언 KW-2021-11({{p:리영호}})과 교차 확인 필요.""",
    },
    {
        "id": "h39-ko-12",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Pyo Un-hui", "표은희", "witness", ["은희", "표소연"]),
            ("Jin Kwang-su", "진광수", "coworker", ["광수"]),
            ("An Myong-suk", "안명숙", "relative", ["명숙"]),
        ],
        "note": "A caseworker's calendar exported as a weekly agenda (Polish greenhouse case); names in event titles, attendee lists and e-mail local parts, role accounts unmarked, surname 안 beside 안 'not', 표 beside 기차표 and 발표, 진 beside 진료, '나' as the calendar owner.",
        "text": """{{p:정수아}}의 캘린더 — 2023. 11. 6. ~ 2023. 11. 12. (내보내기: 일정 목록 보기)
계정: {{p:sua.jung}}@hanul-center.or.kr   공유: {{p:byun.mh}}@hanul-center.or.kr (보기 전용), cases@hanul-center.or.kr

2023년 11월 6일 (월)
 09:30–10:00  주간 회의 — 3층 회의실
              참석자: {{p:변민호}}, {{p:안지혜}}, {{p:서태웅}}, 나
 10:30–12:00  {{r:표은희}} 씨 2차 면담 @ {{u:하나원}} 면회실
              메모: 통역 불필요. {{u:폴란드}} 온실 농장 건. 동생 {{p:표은철}} 소식 먼저 묻지 말 것
 14:00–14:30  [전화] {{r:안명숙}} 씨 ({{r:은희}} 씨 이모) — 가족관계 확인
              → 통화 안 됨. 문자 남김
 16:00–17:00  {{p:서태웅}} 간사와 보고서 분담

2023년 11월 7일 (화)
 10:00–11:00  [화상] {{u:바르샤바}} 변호사 {{p:Katarzyna Zając}} + 통역 {{p:한예린}}
              안건: {{r:은희}} 씨·{{r:진광수}} 씨 임금 청구 가능성, 농장 명칭 확인
              링크: meet.example/abc-defg (주최: {{p:kzajac}}@kancelaria-zajac.pl)
 13:00–13:30  점심 — {{p:안지혜}}
 15:00–16:00  {{r:진광수}} 씨 전화 면담 ({{u:인천}} 거주)
              메모: {{r:광수}} 씨는 {{r:표은희}} 씨와 같은 온실. 관리자 {{p:방철민}} 이름 재확인. 진료 예약 도와드리기

2023년 11월 8일 (수)
 09:00–18:00  [외근] {{u:대전}} — 기차표 예매 완료(KTX 08:12 {{u:서울역}})
              {{p:명성희}} 씨 면담(전 {{u:러시아}} 파견), 담당: 나, {{p:서태웅}}
 19:30        {{p:서태웅}} 간사 귀가 확인 연락

2023년 11월 9일 (목)
 10:00–10:30  {{r:안명숙}} 씨 회신 통화 (오전 중 가능하다고 문자 옴)
              메모: {{r:명숙}} 이모님은 2011년 입국. {{r:은희}} 씨 어머니 {{p:안명옥}} 님과 자매
 11:00–12:00  {{p:변민호}} 팀장 1:1
 14:00–16:00  포럼 발표 준비 (발표자: {{p:변민호}}, 토론: {{p:윤가을}} 교수)
 16:30        {{p:방철민}} 관련 자료 {{p:Zając}} 변호사에게 송부 ({{p:byun.mh}} 참조)

2023년 11월 10일 (금)
 10:00–12:00  {{u:국가인권위원회}} 간담회 — 참석: {{p:변민호}}, 나
 14:00–15:00  {{r:표은희}}·{{r:진광수}} 씨 동의서 서명 (사무실)
              메모: {{r:은희}} 씨는 가명 '{{r:표소연}}' 희망. {{r:광수}} 씨는 실명 OK
 15:00–15:30  {{r:은희}} 씨 교통비 지급 (영수증)
 17:00        주간 일지 마감 → cases@

2023년 11월 11일 (토)
              (개인) {{p:지혜}} 결혼식 12:00 {{u:광화문}}

2023년 11월 12일 (일)
              —

[반복 일정] 매주 화 20:00 상담 전화 당번 ({{p:정수아}}/{{p:안지혜}} 격주)
[메모] {{r:표은희}} 씨 사건 번호 HN-23-041. 관련자 {{p:방철민}}(관리자), {{p:Tomasz}}(농장 감독, 성 모름). 농장 쪽 연락 금지.
[할 일] {{p:표은철}} 소식 관련 {{u:통일부}} 문의는 {{r:은희}} 씨 동의 후에만 / {{r:안명숙}} 씨 주소 변경 반영""",
    },
    {
        "id": "h39-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kwak Jin-su", "곽진수", "witness", ["시베리아곰", "sibir_bear", "진수"]),
            ("Ok Chang-ryol", "옥창렬", "supervisor", []),
            ("Yang Tae-gil", "양태길", "coworker", ["태길"]),
        ],
        "note": "Online community post and comments searching for a former coworker from a Tynda logging camp; nickname handles (Korean and Latin) labelled as nicknames, 형님, 동지 and 반장 after names, 옥 beside 감옥, 양 beside 양말, a second supervisor with the same surname, the moderator's handle.",
        "text": """[북녘이웃 카페 > 자유게시판]
제목: 시베리아 벌목장에서 같이 일했던 분을 찾습니다 (2003~2008, {{u:틴다}})
작성자: {{r:시베리아곰}} ({{r:sibir_bear}}) | 2022.02.17 21:40 | 조회 412 | 댓글 8

안녕하세요. 저는 2003년부터 2008년까지 {{u:러시아}} {{u:아무르주}} {{u:틴다}} 근처 벌목 사업소에서 일했던 사람입니다. 2012년에 {{u:한국}}에 왔고 지금은 {{u:대구}}에 삽니다. 실명은 쪽지로만 알려 드리겠습니다.

같은 작업반에 있던 {{r:양태길}} 동무를 찾습니다. {{u:함경남도}} {{u:북청}} 사람이고 1975년생, 저보다 세 살 아래입니다. 2007년 겨울에 나무에 깔려 다리를 다쳤는데, 작업반장 {{r:옥창렬}}이 병원에 안 보내고 일주일 만에 다시 산에 올려 보냈습니다. {{r:태길}}이는 그때부터 다리를 절었습니다. 그 뒤 제가 먼저 사업소를 나와서 소식을 모릅니다.

{{r:태길}}이는 양말을 꼭 두 켤레씩 신었습니다. 발이 얼면 안 된다고요. 그 양말 얘기를 하면 아는 분은 아실 겁니다. {{r:양}} 동무 소식 아시는 분 쪽지 부탁드립니다.

그리고 {{r:옥}} 반장 얘기를 하면, 그 사람 때문에 감옥 같은 5년이었지만 지금은 원망하지 않습니다. 그 사람도 계획에 목이 매인 사람이었으니까요.

────────── 댓글 8 ──────────
{{p:두만강물}} | 02.17 22:05
{{r:곰}}님 글 보니 눈물이 나네요. 저는 2005~2009 {{u:체그도민}} 쪽에 있었습니다. 거기도 옥씨 성 가진 반장이 있었는데 이름이 {{p:옥철}}이었어요. 같은 사람은 아닌 것 같네요.

 └ {{r:시베리아곰}} | 02.17 22:20
 네, {{r:옥창렬}} 반장은 {{u:틴다}}에만 있었습니다. {{p:두만강물}}님도 고생 많으셨습니다.

{{p:moonlight_77}} | 02.18 09:12
혹시 {{r:진수}} 형님 아니세요? 저 {{p:승일}}입니다. 2006년에 {{r:태길}}이 형이랑 같은 천막에서 잤던 {{p:강승일}}요. 쪽지 드렸습니다!

 └ {{r:시베리아곰}} | 02.18 10:03
 {{p:승일}}아!!! 살아 있었구나. 쪽지 봤다. 전화하자.

{{p:북청아재}} | 02.18 13:47
{{u:북청}} 사람인데요, {{r:양태길}}이라는 이름은 못 들어 봤습니다. 그래도 동네 사람들한테 물어볼게요. {{r:곽}} 선생님 힘내세요.

 └ {{r:sibir_bear}} | 02.18 14:10
 고맙습니다. 그런데 제 성은 어떻게 아셨어요? ^^; 글에서 지워 주세요.

 └ {{p:북청아재}} | 02.18 14:15
 아 죄송합니다. {{p:승일}}님 댓글 보고 짐작했어요. 지웠습니다.

{{p:한라봉}}(카페지기) | 02.18 15:00
공지: 게시글이나 댓글에 실명, 특히 {{u:북한}}에 가족이 있을 수 있는 분의 실명을 쓰지 말아 주세요. 작성자분이 동의하셨기에 본문의 이름은 두지만, 댓글의 성 언급은 삭제 처리했습니다. 쪽지 기능을 이용해 주세요. — 카페지기 {{p:한라봉}} 드림

{{p:별이엄마}} | 02.19 08:31
{{u:틴다}}… 저희 아버지도 거기 계셨어요. {{p:하경수}}라는 이름인데 혹시 기억하시나요? 2004년에 돌아오셨다가 몇 해 뒤 돌아가셨어요.

 └ {{r:시베리아곰}} | 02.19 09:02
 {{p:별이엄마}}님, 제가 간 게 2003년이라 겹치는 기간이 짧습니다. 그래도 하씨 성 가진 분이 옆 작업반에 계셨던 기억은 납니다. 키가 크고 노래를 잘하셨어요. 혹시 아버님이 {{u:함흥}} 분이셨나요? 쪽지 드릴게요.

 └ {{p:별이엄마}} | 02.19 09:40
 네 맞아요 {{u:함흥}}이요. 노래 잘하셨어요. 쪽지 기다릴게요. 고맙습니다.

{{p:moonlight_77}} | 02.19 22:18
형님, 통화하고 나서 생각났는데 {{r:태길}}이 형은 2009년쯤 {{u:블라디보스토크}} 건설 쪽으로 옮겼다는 얘기를 {{p:용남}}이한테 들었어요. {{p:리용남}}이요, 그 키 작은. 그 뒤는 모르겠어요.""",
    },
    {
        "id": "h39-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pak Kwang-chol", "박광철", "supervisor", ["Пак Кван Чоль"]),
            ("Ri Song-ho", "리성호", "witness", ["Ли Сон Хо", "Lee Sung-ho", "성호"]),
        ],
        "note": "Telegram group export of a Russian foreman's chat with a Korean brigade in St Petersburg, annotated in Korean; Russian case endings on Korean surnames (Пака, Паку, Паком), the name Ли beside the Russian particle ли, Russian patronymics and diminutives, Korean translation notes in brackets.",
        "text": """{{u:Telegram}} — экспорт чата «Объект {{u:Кудрово}}, бригада 3» (2019-03-11 — 2019-03-14)
[제공: {{r:리성호}} 씨, 2021. 본인 휴대폰 백업. 현장: {{u:상트페테르부르크}} 동쪽 외곽 신축 단지. 괄호 안 한국어는 번역자 {{p:윤슬기}} 주석]

11.03.2019 07:02 {{p:Андрей Викторович}}: Доброе утро. Бригада 3 сегодня на 9-й секции, штукатурка. {{r:Пак}}, подтверди.
11.03.2019 07:05 {{r:Пак Кван Чоль}}: Подтверждаю. 14 человек.
11.03.2019 07:06 {{p:Андрей Викторович}}: Вчера было 15. Где пятнадцатый?
11.03.2019 07:11 {{r:Пак Кван Чоль}}: {{r:Ли Сон Хо}} болеет. Температура.
   (번역: "{{r:리성호}}가 아픕니다. 열이 납니다." — 실제로는 전날 손을 다침. {{r:성호}} 씨 본인 진술)
11.03.2019 07:12 {{p:Андрей Викторович}}: Пусть {{r:Ли}} идёт к врачу, у нас есть договор с поликлиникой на {{u:Коломяжском}}.
11.03.2019 07:20 {{r:Пак Кван Чоль}}: Не надо врача. Мы сами.
11.03.2019 07:21 {{p:Андрей Викторович}}: {{r:Пак}}, это не вопрос. Если у человека травма, я отвечаю. Спроси у {{r:Ли}}, может ли он хотя бы встать.
   (번역: "{{r:박}}, 이건 물어보는 게 아니야. 다친 사람이 있으면 내 책임이다.")
11.03.2019 08:40 {{p:Светлана}} (ОТ и ТБ): {{p:Андрей}}, кто пострадавший? Нужен акт.
11.03.2019 08:42 {{p:Андрей Викторович}}: {{p:Светка}}, потом. Сначала пусть {{r:Паку}} объяснят, что без акта нельзя.
   (ОТ и ТБ = 산업안전 담당. {{p:스베틀라나}}의 성은 {{p:Гущина}}.)
11.03.2019 09:15 {{r:Пак Кван Чоль}}: Акт не нужен. {{r:Ли}} упал дома.
11.03.2019 09:16 {{p:Светлана}} (ОТ и ТБ): Дома — это где? В вагончике на объекте?
11.03.2019 09:30 {{p:Андрей Викторович}}: Не знаю, придёт ли он завтра. Поставлю 14.

12.03.2019 07:03 {{r:Пак Кван Чоль}}: 14 человек. {{p:Чо Ын Хёк}} тоже не выйдет.
12.03.2019 07:04 {{p:Андрей Викторович}}: Что с {{p:Чо}}?
12.03.2019 07:10 {{r:Пак Кван Чоль}}: Помогает {{r:Ли}}.
   (실제: {{p:조은혁}}은 {{r:성호}} 씨를 데리고 몰래 약국에 갔다가 {{r:박}} 반장에게 들킴. 벌로 하루 숙소 청소.)
12.03.2019 12:31 {{p:Дильшод}}: {{p:Андрей Викторович}}, корейцы опять без обеда работают. {{r:Ким}}... нет, {{r:Пак}} им запрещает.
   ({{p:딜쇼드}} = 우즈베크 인부. "{{r:Ким}}"이라고 잘못 불렀다가 정정.)
12.03.2019 12:40 {{p:Андрей Викторович}}: {{p:Дильшод}}, не твоё дело.
12.03.2019 18:02 {{p:Андрей Викторович}}: {{r:Пак}}, завтра в 10 придёт инспектор {{p:Ермаков}} из {{u:Госинспекции труда}}. Все с патентами. {{r:Ли}} и {{p:Чо}} тоже.

13.03.2019 10:45 {{p:Андрей Викторович}}: Инспектор спрашивал, почему у {{r:Ли}} рука в бинтах. Я сказал — не знаю. Поговорите с {{r:Паком}} сами, {{p:Светлана Игоревна}}.
13.03.2019 10:50 {{p:Светлана}} (ОТ и ТБ): Уже поговорила. Ваш {{r:Пак}} сказал, что {{r:Ли Сон Хо}} «неаккуратный».
13.03.2019 11:02 {{p:Ермаков А.С.}} добавлен в группу
13.03.2019 11:03 {{p:Ермаков А.С.}}: Прошу сегодня до 17:00 прислать список бригады с номерами патентов.
13.03.2019 16:58 {{r:Пак Кван Чоль}}: [файл: бригада3_список.xlsx]
13.03.2019 17:30 {{p:Ермаков А.С.}} покинул группу

14.03.2019 07:01 {{r:Пак Кван Чоль}}: 13 человек.
14.03.2019 07:02 {{p:Андрей Викторович}}: Кого нет?
14.03.2019 07:15 {{r:Пак Кван Чоль}}: {{r:Ли}} уехал домой.
   ([번역자 주] "집에 갔다"는 사실이 아님. {{r:리성호}} 씨는 이날 새벽 숙소를 나와 {{u:모스크바}}행 버스를 탔다고 진술. {{u:한국}}에서는 {{r:Lee Sung-ho}}로 등록.)
14.03.2019 07:16 {{p:Андрей Викторович}}: Понял. Удачи ему.""",
    },
    {
        "id": "h39-mixed-02",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kim Son-hui", "김선희", "witness", ["金善姬", "善姬", "선희"]),
            ("Choe Myong-ok", "최명옥", "supervisor", ["崔明玉", "崔姐"]),
        ],
        "note": "WeChat group log of a Hunchun seafood plant's Chinese management with Korean annotations; Hanja forms of the workers' names, Chinese forms of address labelled whole (老王, 小金, 崔姐, 王总), 朝鲜 as a country noun, 金 as 'gold' and in 金额, Korean-Chinese staff, a worker list in Chinese.",
        "text": """{{u:微信}}群聊记录「{{u:珲春}}海鲜加工厂-管理」导出 (2020-06-02 ~ 06-05)
[자료 출처: 공장 조선족 직원 {{p:小金}}이 2021년 본인 휴대폰에서 캡처해 제공. 한국어 번역·주석: {{p:한서윤}}]

2020-06-02 08:15 {{p:王总}}: 今天{{u:朝鲜}}工人那边几个人上班？
2020-06-02 08:17 {{p:小金}}: {{p:王总}}，{{r:崔姐}}说今天78个。{{r:金善姬}}和{{p:李今花}}发烧，在宿舍。
 (번역: {{p:왕}} 사장님, {{r:최}} 언니가 오늘 78명이라고 합니다. {{r:김선희}}와 {{p:리금화}}가 열이 나서 숙소에 있습니다.)
2020-06-02 08:20 {{p:王总}}: 发烧？疫情期间不能随便。让{{p:老刘}}去看看。
2020-06-02 08:45 {{p:老刘}}: 看过了。{{r:崔明玉}}不让进宿舍，说她们自己管。
 ({{p:老刘}} = 공장 관리부장 {{p:刘建军}}. {{r:崔明玉}} = {{r:최명옥}}, 북측 지도원.)
2020-06-02 09:02 {{p:王总}}: {{p:小金}}你跟{{r:崔姐}}说，有病必须上报，不然{{u:珲春}}防疫站来了我们都完蛋。
2020-06-02 09:30 {{p:小金}}: 说了。{{r:崔姐}}说是感冒，不是新冠。她说{{u:朝鲜}}那边规定不能去{{u:中国}}医院。
 (번역: {{r:최}} 언니는 감기지 코로나가 아니라고 합니다. {{u:조선}} 쪽 규정상 {{u:중국}} 병원에 못 간다고 합니다.)

2020-06-03 07:50 {{p:小金}}: 今天80个。{{p:李今花}}回来上班了，{{r:金善姬}}还在宿舍。
2020-06-03 10:12 {{p:老刘}}: 三号线今天金额不对，少了二十箱。{{r:崔姐}}说是{{r:金善姬}}那组的问题。
 (번역: 3호 라인 오늘 금액이 안 맞습니다. 스무 상자가 모자랍니다. {{r:최}} 언니는 {{r:김선희}} 조의 문제라고 합니다. — "金额"의 金은 성이 아님)
2020-06-03 10:30 {{p:王总}}: 人都不在怎么是她的问题？{{p:小金}}你去问问。
2020-06-03 11:05 {{p:小金}}: 问了。{{r:善姬}}组的其他人说是冷库的问题。{{p:小周}}记错了数。
2020-06-03 11:06 {{p:小周}}: 我没记错！
2020-06-03 11:07 {{p:王总}}: 行了行了。

2020-06-04 22:40 {{p:小金}}: {{p:王总}}，{{r:金善姬}}情况不好，咳嗽很厉害。{{p:今花}}偷偷跟我说的。
 (번역: {{p:금화}}가 몰래 말해 줬는데 {{r:선희}} 상태가 안 좋고 기침이 심합니다.)
2020-06-04 22:41 {{p:小金}}: 请不要跟{{r:崔姐}}说是{{p:今花}}说的。
2020-06-04 22:55 {{p:王总}}: 明天早上我自己去。
2020-06-05 09:20 {{p:王总}}: 人送到{{u:珲春市医院}}了。{{r:崔明玉}}跟着去的，还有他们那边的{{p:朴}}同志。
2020-06-05 09:21 {{p:王总}}: 以后宿舍每天测体温，{{p:小金}}负责，表格发给{{p:老刘}}。
2020-06-05 14:10 {{p:老刘}}: 医院说是肺炎，要住院一周。{{r:崔明玉}}不同意，说下午就带回去。
2020-06-05 14:12 {{p:王总}}: 医生说了算。{{p:小金}}你在医院陪着，别让她们把人带走。
2020-06-05 14:30 {{p:小金}}: 好的。{{p:朴}}同志一直在打电话，好像是打给{{u:罗先}}那边。
 (번역: {{p:박}} 동지가 계속 전화를 하는데 {{u:라선}} 쪽에 거는 것 같습니다.)
2020-06-05 18:45 {{p:小金}}: {{p:王总}}，{{r:崔姐}}刚才哭了。她说如果{{r:善姬}}出事，她回去就完了。
 (번역: {{r:최}} 언니가 방금 울었습니다. {{r:선희}}에게 무슨 일이 생기면 자기는 돌아가서 끝장이라고 합니다.)
2020-06-05 18:50 {{p:王总}}: 告诉她，人在医院最安全。

[별첨: 같은 날 {{p:小金}}이 보낸 명단 사진 일부 (한자 → 한글)]
 1. {{r:金善姬}} — {{r:김선희}} (3호 라인, 조장)
 2. {{p:李今花}} — {{p:리금화}} (3호 라인)
 3. {{p:朴英玉}} — {{p:박영옥}} (3호 라인)
 4. {{p:韩春梅}} — {{p:한춘매}} (냉동고)
 5. {{p:车顺女}} — {{p:차순녀}} (냉동고)
 6. {{r:崔明玉}} — {{r:최명옥}} (지도원)

[번역자 주] "{{p:朴}}同志"는 북측 보위원 {{p:박}} 모 씨로 추정. {{r:김선희}} 씨는 이 일 이후 2021년 탈출, 현재 {{u:한국}} 거주, 자료 제공에 동의함. {{p:小金}}(본명 {{p:金美兰}})의 신원은 외부 공개 금지.""",
    },
    {
        "id": "h39-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("So Kyong-ae", "서경애", "witness", ["Seo Kyung-ae", "Kyong-ae"]),
            ("Pyon Dok-su", "변덕수", "supervisor", []),
        ],
        "note": "Polish asylum interview record with English working translation and the applicant's answers transcribed in Korean; Polish case endings on Korean names (Pyonem, Pyona), pani/pan before names, So/Seo spellings, surname 변 beside 변덕 'fickleness', the applicant's husband and others unregistered.",
        "text": """{{u:URZĄD DO SPRAW CUDZOZIEMCÓW}} — Departament Postępowań Uchodźczych
PROTOKÓŁ PRZESŁUCHANIA / RECORD OF INTERVIEW (working translation for counsel; Korean answers as transcribed by the interpreter)

Sygnatura: DPU-2018-WAW-0934        Data: 2018-09-12, {{u:Warszawa}}, ul. Taborowa
Przesłuchujący / Interviewer: {{p:Anna Wieczorek}}
Tłumacz / Interpreter: {{p:Ewa Nam-Kowalska}} (koreański)
Pełnomocnik / Counsel: adw. {{p:Michał Sobczak}}
Wnioskodawczyni / Applicant: {{r:SO KYONG AE}}, ur. 1985, obyw. {{u:KRLD}}

P: Proszę podać imię i nazwisko. / Q: State your name.
O: {{r:서경애}}입니다. 남쪽 식으로는 {{r:Seo Kyung-ae}}라고 쓴다고 들었습니다.
A: "{{r:So Kyong-ae}}. I was told that in the South it is written {{r:Seo Kyung-ae}}."

P: Gdzie Pani pracowała w {{u:Polsce}}? / Q: Where did you work in {{u:Poland}}?
O: {{u:그단스크}} 근처 조선소 식당에서 밥을 했습니다. 2014년부터. 우리 조 책임자는 {{r:변덕수}}였습니다.
A: "I cooked in the canteen for the workers at a shipyard near {{u:Gdańsk}}, from 2014. Our group leader was {{r:Pyon Dok-su}}."
[Uwaga tłumacza: w dalszej części wnioskodawczyni mówi o nim „{{r:변}} 반장". W protokole: „z panem {{r:Pyonem}}", „od pana {{r:Pyona}}".]

P: Czy pan {{r:Pyon}} zabierał Pani wynagrodzenie? / Q: Did Mr {{r:Pyon}} take your wages?
O: 네. 카드를 {{r:변}} 반장이 다 가지고 있었습니다. 한 달에 오십 달러 주었습니다. 그 사람은 변덕이 심해서 어떤 달은 하나도 안 줬습니다.
A: "Yes. {{r:Pyon}} kept all the cards. He gave us fifty dollars a month. He was moody, some months he gave nothing."
[Uwaga tłumacza: „변덕" = kaprys; nie jest to nazwisko.]

P: Kto jeszcze pracował z Panią? / Q: Who else worked with you?
O: 같이 밥한 사람은 {{p:장옥희}}, {{p:김련실}}. 용접공 중에 제 남편 {{p:김학철}}이 있었습니다. 남편은 2016년에 먼저 귀국했습니다.
A: "In the kitchen: {{p:Jang Ok-hui}} and {{p:Kim Ryon-sil}}. Among the welders, my husband {{p:Kim Hak-chol}}. My husband was sent home first, in 2016."
P: Dlaczego mąż wrócił? / Q: Why did your husband return?
O: {{r:변}} 반장한테 대들었습니다. 동료 {{p:리철국}}이가 다쳤는데 병원에 안 보내서.
A: "He argued with {{r:Pyon}}. A colleague, {{p:Ri Chol-guk}}, was injured and {{r:Pyon}} did not send him to hospital."

P: Jak Pani opuściła grupę? / Q: How did you leave the group?
O: 2018년 6월에 {{u:폴란드}} 사람 {{p:마우고자}} 아주머니가 도와줬습니다. 식당에 채소 가져다주던 분입니다. 그분 차를 타고 {{u:바르샤바}}로 왔습니다.
A: "In June 2018 a Polish woman, {{p:Małgorzata}}, who delivered vegetables to the canteen, helped me. I came to {{u:Warsaw}} in her car."
[Uwaga pełnomocnika: pani {{p:Małgorzata}} prosi o nieujawnianie nazwiska; w aktach sprawy jako „świadek {{p:M.}}"]

P: Czego się Pani obawia w razie powrotu? / Q: What do you fear if returned?
O: 남편이 어떻게 됐는지 모릅니다. 제가 도망쳤으니 남편도, {{u:신의주}}에 있는 어머니 {{p:박금순}}도 끌려갔을 겁니다.
A: "I do not know what happened to my husband. Because I ran away, my husband and my mother, {{p:Pak Kum-sun}}, in {{u:Sinuiju}}, will have been taken away."

P: Czy chce Pani coś dodać? / Q: Anything to add?
O: {{r:경애}}라는 이름으로 신문에 나오지 않게 해 주세요. 그리고 {{p:장옥희}} 언니가 아직 {{u:폴란드}}에 있을지도 모릅니다.
A: "Please make sure my name does not appear in the newspapers. And {{p:Jang Ok-hui}} may still be in {{u:Poland}}."

Odczytano, podpisano. / Read over and signed. — {{p:A. Wieczorek}}, {{p:E. Nam-Kowalska}}, {{r:서경애}}""",
    },
    {
        "id": "h39-mixed-04",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Ryom Chol-su", "렴철수", "witness", ["Yeom Cheol-su", "철수"]),
            ("Kim Yong-gil", "김용길", "supervisor", []),
        ],
        "note": "Spanish/English crew list of a squid jigger in Callao with a Korean NGO annotation; names in capitals without hyphens in the list, Chinese, Indonesian, Filipino and North Korean crew, Ryom/Yeom spellings, a Peruvian port agent and inspector, the surname Tak beside 'tak' nowhere, list numbers.",
        "text": """ROL DE TRIPULACIÓN / CREW LIST
Nave / Vessel: ZHE PU YUAN 66 (potero / squid jigger)      Bandera / Flag: {{u:China}}
Puerto de arribo / Port of arrival: {{u:Callao}}, {{u:Perú}}      Fecha / Date: 2022-03-18
Agente / Agent: Transmar Andina S.A.C. — {{p:Jorge Villanueva Quispe}}
Presentado a / Submitted to: {{u:Capitanía Guardacostas Marítima del Callao}}

N° | Apellidos y nombres / Surname, given names | Cargo / Rank      | Nacionalidad | Pasaporte
01 | {{p:SUN, GUOQIANG}}                        | Capitán / Master   | CHN          | E8421xxxx
02 | {{p:LIU, HAIBO}}                           | 1er oficial        | CHN          | E7710xxxx
03 | {{p:ZHANG, YONG}}                          | Jefe de máquinas   | CHN          | E9023xxxx
04 | {{p:CHEN, XIAOMING}}                       | Contramaestre      | CHN          | EH310xxxx
05 | {{p:WANG, LEI}}                            | Cocinero           | CHN          | E6654xxxx
06 | {{p:SETIAWAN, AGUS}}                       | Marinero           | IDN          | C4412xxxx
07 | {{p:PRATAMA, RIZKI}}                       | Marinero           | IDN          | C5521xxxx
08 | {{p:HIDAYAT, DENI}}                        | Marinero           | IDN          | C5019xxxx
09 | {{p:DELA CRUZ, JOMAR}}                     | Engrasador         | PHL          | P2231xxxx
10 | {{p:REYES, ARNEL}}                         | Marinero           | PHL          | P4408xxxx
11 | {{r:KIM, YONG GIL}}                        | Marinero (*)       | PRK          | 836xxxxxx
12 | {{r:RYOM, CHOL SU}}                        | Marinero           | PRK          | 836xxxxxx
13 | {{p:TAK, SONG RYONG}}                      | Marinero           | PRK          | 836xxxxxx
14 | {{p:PAEK, UN CHOL}}                        | Marinero           | PRK          | 836xxxxxx
15 | {{p:HAN, KUM SONG}}                        | Marinero           | PRK          | 836xxxxxx
(*) "jefe de grupo coreano" — anotación a mano del agente

Observaciones del inspector (Tte. Primero {{p:R. Salazar}}): tripulantes 11 a 15 no presentan libreta de embarque; el capitán {{p:Sun}} declara que "los documentos los guarda el señor {{r:Kim}}". Se comunicó a {{u:DICAPI}} y a {{u:Migraciones}}.

───────────────────────────
[NGO 주석 — {{p:하윤재}}, 2022. 4.]
- 위 명단 12번 {{r:RYOM, CHOL SU}} = 우리 증언자 {{r:렴철수}} 씨. 남쪽 표기로는 {{r:Yeom Cheol-su}}. {{u:페루}} 통역 {{p:Carmen Li}} 씨를 통해 {{u:카야오}} 항에서 2022. 3. 20. 첫 접촉.
- 11번 {{r:김용길}}이 북측 조장. {{r:철수}} 씨 말로는 여권과 선원수첩을 모두 {{r:김}} 조장이 보관. 선장 {{p:孙国强}}({{p:SUN, GUOQIANG}})과는 {{r:김용길}}만 대화함.
- 13번 {{p:탁성룡}}, 14번 {{p:백운철}}, 15번 {{p:한금성}}: 2016년부터 같은 배. {{p:한금성}}은 2021년 {{u:남대서양}} 조업 중 손가락 절단.
- 6~8번 {{u:인도네시아}} 선원 중 {{p:Deni}}가 {{r:철수}} 씨에게 휴대폰을 빌려줌. {{p:Deni Hidayat}} 연락처는 별도 보관.
- 현지 변호사 {{p:Rosa Mendoza}}: 선원들이 하선을 원하면 {{u:Migraciones}}에 보호 신청 가능. 단 {{r:김용길}}이 동행하면 어렵다고 함.
- 3. 22. 출항. {{r:렴철수}} 씨 하선 실패. 마지막 메시지: "{{p:윤재}} 선생님, 다음 항구에서."
- Observación: en la lista del agente de 2021 ({{u:Montevideo}}) el n° 12 figura como "{{r:RYOM CHOLSU}}", sin espacio.""",
    },
    {
        "id": "h39-mixed-05",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kang Hyon-chol", "강현철", "witness", ["Kang Hyun-chul", "كانغ هيون تشول"]),
            ("Chu Myong-dok", "주명덕", "supervisor", ["CHU MYONG DOK", "تشو ميونغ دوك"]),
        ],
        "note": "Trilingual (Korean/English/Arabic) labour supply contract between a North Korean construction company and a Kuwaiti contractor, with a worker annex and an NGO cover note; Arabic names in Arabic script with السيد, Korean names in Arabic transliteration, signatories and witnesses as fictional private persons, 주 beside 주 'week'.",
        "text": """[NGO 메모: 아래는 {{r:강현철}} 씨가 2019년 {{u:쿠웨이트}} 현장을 떠날 때 몰래 사진으로 찍어 온 계약서 사본을 옮긴 것. 아랍어 부분은 {{p:Layla Haddad}} 씨가 확인. 옮긴이 {{p:주하은}}.]

로력 공급 계약서 / LABOUR SUPPLY AGREEMENT / عقد توريد عمالة
계약 번호 / No. KW-SD-2016/031

갑 / Party A / الطرف الأول: ○○ 건설 무역회사, {{u:평양}} (이하 "공급자"), 대표 {{r:주명덕}} / represented by Mr {{r:CHU MYONG DOK}} / يمثلها السيد {{r:تشو ميونغ دوك}}
을 / Party B / الطرف الثاني: Al-Sanad General Trading & Contracting Co. W.L.L., {{u:الكويت}} / {{u:Kuwait}}, represented by Mr {{p:Khalid Nasser Al-Enezi}} / يمثلها السيد {{p:خالد ناصر العنزي}}

제1조 (로력) 공급자는 을의 {{u:صباح الأحمد}} / {{u:Sabah Al-Ahmad}} 주택 건설 현장에 미장공, 철근공, 조적공 등 60명을 공급한다.
Article 1 (Labour). The Supplier shall provide 60 workers (plasterers, steel fixers, masons) for Party B's housing project at {{u:Sabah Al-Ahmad}}.
المادة 1: يلتزم المورد بتوفير ستين عاملاً لمشروع الطرف الثاني.

제2조 (로임) 을은 로동자 1인당 월 KWD 300을 공급자 대표의 계좌로 송금한다. 로동자 개인에게 직접 지급하지 않는다.
Article 2 (Wages). Party B shall pay KWD 300 per worker per month into the account of the Supplier's representative. No payment shall be made to individual workers.
المادة 2: يدفع الطرف الثاني 300 دينار شهرياً عن كل عامل إلى حساب ممثل المورد، ولا تدفع للعمال مباشرة.

제3조 (로동 시간) 주 6일, 1일 10시간을 기본으로 하며 초과 작업은 공급자 대표와 협의한다.
Article 3 (Hours). Six days a week, ten hours a day; overtime by agreement with the Supplier's representative.

제4조 (관리) 로동자의 여권, 생활, 규율은 공급자 대표가 책임진다. 을의 직원은 로동자와 직접 접촉하지 않는다.
Article 4 (Supervision). The workers' passports, accommodation and discipline are the responsibility of the Supplier's representative. Party B's staff shall not deal with the workers directly.

서명 / Signed / التوقيع
갑: {{r:주명덕}} (서명)        을: {{p:Khalid N. Al-Enezi}} (signature) / {{p:خالد العنزي}}
입회인 / Witnesses / الشهود: {{p:Rajesh Menon}} (site manager); {{p:عبد الله الرشيدي}} ({{p:Abdullah Al-Rashidi}}, PRO); {{p:림성수}} (통역 / interpreter)
{{u:Kuwait City}}, 14 March 2016

부록 1: 로동자 명단 (일부) / Annex 1: list of workers (extract) / الملحق 1
 1. {{p:김철민}} / {{p:KIM CHOL MIN}} / {{p:كيم تشول مين}} — 미장
 2. {{p:송영남}} / {{p:SONG YONG NAM}} / {{p:سونغ يونغ نام}} — 미장
 3. {{r:강현철}} / {{r:KANG HYON CHOL}} / {{r:كانغ هيون تشول}} — 철근
 4. {{p:홍일범}} / {{p:HONG IL BOM}} / {{p:هونغ إيل بوم}} — 철근
 5. {{p:지광수}} / {{p:JI KWANG SU}} / {{p:جي كوانغ سو}} — 조적
 … (이하 55명 생략 / 55 further names omitted)

[NGO 메모 계속] 계약서에 적힌 대로 임금은 전부 {{r:주명덕}} 명의 계좌로 들어갔다고 {{r:강현철}} 씨가 확인({{u:한국}} 이름 표기 {{r:Kang Hyun-chul}}). {{r:주}} 대표는 주 1회 현장에 왔고, 실제 현장 반장은 {{p:송영남}}. 을 측 {{p:Rajesh Menon}}은 {{r:강현철}} 씨에게 두 번 물을 사 줬다가 {{r:주명덕}}의 항의로 다른 현장으로 옮겨졌다고 함. 명단 1번 {{p:김철민}}은 2018년 사고로 사망했다는 소문이 있으나 미확인. {{u:유엔}} 전문가 패널 보고서와 대조 예정(담당 {{p:주하은}}, 검토 {{p:Layla}}).""",
    },
    {
        "id": "h39-mixed-06",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Jong Yong-chan", "정용찬", "witness", ["チョン・ヨンチャン", "チョン", "용찬"]),
        ],
        "note": "LINE chat between a Japanese journalist and a Korean NGO staffer arranging an interview with a former fishing crewman; Japanese and Korean mixed, names with さん, くん and 씨 outside, katakana renderings of Korean names, 北朝鮮 and 韓国 as country nouns, a stamp line, a Japanese fixer and editor.",
        "text": """[{{u:LINE}}] {{p:森下 彩}}とのトーク履歴
保存日時：2023/08/30 23:14

2023/08/28(月)
21:02	{{p:森下 彩}}	{{p:지수}}さん、こんばんは！来週の取材の件です🙏
21:03	{{p:한지수}}	こんばんは {{p:森下}}さん。네, 말씀하세요 😊
21:05	{{p:森下 彩}}	{{r:チョン・ヨンチャン}}さんの都合は9月5日でも大丈夫でしょうか？場所は{{u:新潟}}か{{u:東京}}か…
21:07	{{p:한지수}}	{{r:용찬}} 씨는 {{u:東京}}がいいそうです。{{u:新潟}}は港が近くて、船を見ると思い出すから嫌だと言っていました
21:08	{{p:森下 彩}}	わかりました。配慮します
21:10	{{p:森下 彩}}	もう一つ、お名前の表記です。記事では「{{r:チョン}}さん」だけでいいですか？フルネームはNGとのこと、{{p:大野}}デスクにも伝えました
21:12	{{p:한지수}}	네. 성만 써 주세요. {{r:정}} 씨 본인도 그게 좋대요. 그리고 배 이름도 빼 주세요
21:13	{{p:森下 彩}}	了解です！
21:20	{{p:한지수}}	참고로, 같은 배에 있던 {{p:황병덕}} 씨 얘기가 나올 수 있어요. 선단 관리자였던 사람. {{r:용찬}} 씨가 많이 무서워해요
21:21	{{p:森下 彩}}	{{p:ファン・ビョンドク}}さんですね。記事には出しません
21:22	{{p:한지수}}	ありがとうございます 🙇‍♀️
21:35	{{p:森下 彩}}	[スタンプ]

2023/08/29(火)
10:15	{{p:森下 彩}}	通訳は{{p:金}}さん（在日三世の方）にお願いしようと思っていますが、{{r:チョン}}さんは北の言葉に慣れている人の方がいいでしょうか
10:40	{{p:한지수}}	{{p:김}} 선생님이면 괜찮을 것 같아요. 지난번 {{p:리순희}} 씨 인터뷰 때도 좋았어요
10:41	{{p:森下 彩}}	{{p:リ・スニ}}さん、あの時はありがとうございました。お元気ですか？
10:45	{{p:한지수}}	네 잘 지내요. 지금 {{u:大阪}}에서 일해요 ㅎㅎ
11:02	{{p:森下 彩}}	あと、写真撮影はシルエットのみで。カメラマンは{{p:佐々木}}くんです
11:03	{{p:한지수}}	{{p:佐々木}}くん、前回の方ですね 👍
14:30	{{p:森下 彩}}	確認です。{{r:チョン}}さんは2014年から2019年まで{{u:中国}}船籍のイカ釣り船で、{{u:日本海}}と{{u:北太平洋}}で操業、{{u:北朝鮮}}の船員として…で合っていますか？
14:52	{{p:한지수}}	맞아요. 그리고 {{u:韓国}}에 온 건 2021년. 배에서 같이 일한 {{p:박영수}} 씨, {{p:최광일}} 씨는 아직 소식 없어요
14:53	{{p:森下 彩}}	{{p:パク}}さんと{{p:チェ}}さん…名前は記事に出しません。大丈夫です
15:10	{{p:한지수}}	{{r:용찬}} 씨가 {{p:森下}}さん에게 전해 달래요. 「{{u:日本}}の海が見えた日が一番つらかった」
15:12	{{p:森下 彩}}	…胸が詰まります。当日、直接お聞きします

2023/08/30(水)
22:50	{{p:한지수}}	{{p:森下}}さん, 죄송한데 {{r:정용찬}} 씨가 하루 미뤄 달래요. 9/6 가능?
22:58	{{p:森下 彩}}	大丈夫です！{{p:大野}}デスクにも連絡します。{{p:金}}さんにも
23:01	{{p:한지수}}	감사합니다 🙏 {{r:용찬}} 씨 대신 인사 전해요
23:02	{{p:森下 彩}}	[スタンプ]
23:05	{{p:森下 彩}}	あ、もう一点だけ。{{p:大野}}デスクから、船の管理者の{{p:ファン}}さんについて「公開情報で確認できる範囲で」背景を調べたいと言われました。{{r:チョン}}さんに負担がかからない形で進めます
23:07	{{p:한지수}}	그건 {{r:용찬}} 씨한테 먼저 물어볼게요. {{p:황병덕}} 씨 이름은 아직 {{u:北朝鮮}}에 가족이 있는 다른 선원들한테도 위험할 수 있어요. {{p:변}} 팀장님하고도 상의할게요
23:08	{{p:森下 彩}}	もちろんです。{{p:変}}さん…いえ、{{p:ピョン}}さんにもよろしくお伝えください
23:09	{{p:한지수}}	ㅋㅋ {{p:ピョン}}さん 맞아요. 전할게요
23:10	{{p:森下 彩}}	それと、当日の会場は{{u:新宿}}の会議室です。{{p:佐々木}}くんが10時に入ります。{{r:チョン}}さんと{{p:지수}}さんは11時で
23:12	{{p:한지수}}	네! {{r:용찬}} 씨 {{u:成田}}から来るので、{{p:김}} 선생님이 駅で迎えてくれるそうです
23:13	{{p:森下 彩}}	完璧です。おやすみなさい🌙""",
    },
    {
        "id": "h39-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            (
                "Pak Hyong-su",
                "박형수",
                "witness",
                ["Ｐａｋ Ｈｙｏｎｇ－ｓｕ", "형수", "hyongsu.pak"],
            ),
            ("Yun Gil-nam", "윤길남", "supervisor", []),
        ],
        "note": "Markdown data-cleaning notes on web-form tips with a pasted JSON record; fullwidth letters and an ideographic space inside names, zero-width spaces and soft hyphens inside names, a given name identical to the kinship word 형수 (used both ways), 하나 inside 하나원, names in a pipe table, a login with @.",
        "text": """# 데이터 정리 노트 — 2024-02 웹 폼 제보 (intake-form v3)

> 작성: {{p:서다인}} · 검토 요청: @{{p:jihun.k}} · 상태: WIP

## 1. 문제
웹 폼으로 들어온 제보 37건 중 11건의 이름 필드에 이상 문자가 섞여 있어 중복 탐지가 안 됨. 대부분 휴대폰 자판이나 번역기에서 복사한 것으로 보임.

| 제보 ID | 원문 이름 필드 | 문제 | 정규화 후 |
|---|---|---|---|
| F-0211 | {{r:Ｐａｋ Ｈｙｏｎｇ－ｓｕ}} | 전각 문자 | {{r:Pak Hyong-su}} |
| F-0214 | {{p:Kim\u200bChol\u200bJin}} | zero-width space (U+200B) | {{p:Kim Chol Jin}} |
| F-0219 | {{p:리\u200b영\u200b심}} | ZWSP | {{p:리영심}} |
| F-0220 | {{p:Cho\u00adi Eun\u00adjung}} | soft hyphen (U+00AD) | {{p:Choi Eunjung}} |
| F-0223 | {{r:윤 길남}} | 성과 이름 사이 공백 | {{r:윤길남}} |
| F-0226 | {{p:ＨＡＮ　ＳＯＮＧ　ＩＬ}} | 전각 + 전각 공백 | {{p:HAN SONG IL}} |
| F-0228 | {{p:o kwang nam}} | 소문자, 하이픈 없음 | {{p:O Kwang-nam}} |

## 2. 중복 후보
- F-0211 {{r:Ｐａｋ Ｈｙｏｎｇ－ｓｕ}} ↔ F-0230 {{r:박형수}} ↔ 2022년 면담 기록의 "{{r:형수}} 씨". 같은 사람으로 판단 ({{u:러시아}} 건설, {{u:하바롭스크}}, 반장 {{r:윤길남}}).
- **주의**: F-0230 본문의 "형수님"은 형의 아내라는 가족 호칭이지 이름이 아님. 자동 치환 금지.
- F-0214 {{p:Kim Chol Jin}} ↔ F-0230 `others`의 {{p:김철진}}: 같은 사람일 가능성 높음. {{p:철진}} 본인 제보인지 확인 필요.

F-0230 원본 (폼 export 그대로):

```json
{
  "id": "F-0230",
  "submitted": "2024-02-09T22:41:07+09:00",
  "name": "{{r:박형수}}",
  "name_latin": "{{r:Pak Hyong\u00adsu}}",
  "contact": "{{r:hyongsu.pak}}@proton.me",
  "site": "{{u:Khabarovsk}}",
  "supervisor": "{{r:윤길남}}",
  "others": ["{{p:김철진}}", "{{p:안영수}}", "{{p:Ri\u200bMyong\u200bsim}}"],
  "message": "형수님({{p:김하나}})이 이 폼을 알려 줬습니다. 저는 2021년에 나왔습니다. {{r:윤}} 반장은 아직 {{u:하바롭스크}}에 있습니다. {{p:철진}}이도 같이 있었는데 소식을 모릅니다. {{p:안영수}} 동무는 2020년에 귀국했습니다."
}
```

## 3. 결정
- 정규화: NFKC → U+200B/U+00AD 제거 → 공백 정리. 원문은 `raw_name`에 보관.
- 이름이 일반 낱말과 겹치는 경우(형수, 하나, 나, 길, 안, 오 등)는 자동 치환하지 말고 사람이 확인. 예: "{{u:하나원}}"의 하나, "안 됨"의 안.
- {{p:김하나}} 씨는 제보자가 아니라 제보자 가족. 별도 레코드 만들지 않음.
- {{r:윤길남}}은 F-0223과 F-0230 두 건에서 반장으로 지목. 기존 DB의 {{p:윤길남}}(2019, {{u:몽골}})과는 생년이 달라 다른 사람.

## 4. TODO
- [ ] @{{p:jihun.k}}: 병합 스크립트에 NFKC 추가 (PR #58)
- [ ] F-0226 {{p:ＨＡＮ　ＳＯＮＧ　ＩＬ}} 재연락 — 연락처 없음
- [x] F-0219 {{p:리영심}} 본인 확인 완료 ({{p:나은}} 간사, 2/14)
- [ ] F-0220 {{p:Choi Eunjung}}: 본문이 {{u:중국}} {{u:단둥}} 공장 얘기 → {{p:하윤재}} 님께 전달""",
    },
    {
        "id": "h39-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pak Song-il", "박성일", "witness", ["Пак Сон Ир"]),
        ],
        "note": "CSV export of a pre-employment medical check at an Ulaanbaatar district health centre, Mongolian Cyrillic/Latin/Hangul name columns, pasted into a Korean note; surnames O, An, So, Ma and Pyo in capitals, a Mongolian doctor with a patronymic initial, most workers unregistered.",
        "text": """[메모] 아래 CSV는 {{r:박성일}} 씨가 2019년 {{u:울란바토르}}를 떠날 때 의료센터 직원 {{p:Оюунаа}} 씨에게서 받은 파일. 엑셀에서 CSV로 저장해 그대로 붙임. 정리: {{p:변서하}}

Ажилд орохын өмнөх эрүүл мэндийн үзлэг / 취업 전 건강검진 결과 (2019-04-16)
Ажил олгогч: "Сүлд Барилга" ХХК (고용주, {{u:몽골}} 현지 건설사. 실제 작업 관리는 북측 반장) / Хариуцсан: {{p:Г. Ганбаатар}}
Хэлмэрч: {{p:Оюунаа}} / Бүртгэсэн: сувилагч {{p:Б. Цэцэгээ}}
№,Овог нэр,Name (passport),이름,Нас,Дүгнэлт,Тэмдэглэл
1,{{r:Пак Сон Ир}},{{r:PAK SONG IL}},{{r:박성일}},38,Эрүүл,
2,{{p:Хван Чол Ман}},{{p:HWANG CHOL MAN}},{{p:황철만}},45,Даралт ихсэлт,бригадир
3,{{p:Ли Ын Чол}},{{p:RI UNG CHOL}},{{p:리응철}},33,Эрүүл,
4,{{p:Ким Мён Хо}},{{p:KIM MYONG HO}},{{p:김명호}},41,Сүрьеэ сэжигтэй,рентген давтах
5,{{p:Чон Гван Бок}},{{p:JON KWANG BOK}},{{p:전광복}},29,Эрүүл,
6,{{p:Ан Хёк}},{{p:AN HYOK}},{{p:안혁}},36,Нуруу өвдөлт,
7,{{p:О Сон Ман}},{{p:O SONG MAN}},{{p:오성만}},50,Зүрх,ЭКГ
8,{{p:Юн Чол}},{{p:YUN CHOL}},{{p:윤철}},27,Эрүүл,
9,{{p:Со Гым Рён}},{{p:SO KUM RYONG}},{{p:서금룡}},39,Эрүүл,
10,{{p:Ма Ён Гил}},{{p:MA YONG GIL}},{{p:마영길}},44,Гэмтэл (зүүн гар),2018 осол
11,{{p:Хан Ён Су}},{{p:HAN YONG SU}},{{p:한영수}},31,Эрүүл,
12,{{p:Пё Ун Чол}},{{p:PYO UN CHOL}},{{p:표운철}},35,Эрүүл,
Эмч: {{p:Д. Мөнхзул}},,,,,,{{u:Сонгинохайрхан}} дүүргийн эрүүл мэндийн төв

[메모 계속]
- 2번 {{p:황철만}}이 반장(бригадир). {{r:성일}} 씨는 "{{p:황}} 반장이 검진 결과를 보고 4번 {{p:김명호}}를 바로 귀국시켰다"고 함. 결핵 의심(Сүрьеэ сэжигтэй)이었는데 치료 대신 귀국.
- 10번 {{p:마영길}}: 2018년 거푸집 사고로 왼팔 부상. "{{p:Ма}}" 표기. {{r:박성일}} 씨와 같은 방.
- 7번 {{p:오성만}}은 최고령. ЭКГ(심전도) 재검 표시가 있으나 재검을 받았는지 모름.
- 의사 {{p:Мөнхзул}} 선생은 {{r:Пак}} 씨에게 "몸이 아프면 다시 오라"고 몽골어로 적어 줌. {{r:성일}} 씨가 그 종이를 아직 가지고 있음.
- 통역: 의료센터 직원 {{p:Оюунаа}}(한국어 가능, {{u:서울}} 유학 경험).
- 6번 {{p:안혁}}과 9번 {{p:서금룡}}은 {{r:성일}} 씨와 같은 미장조. {{p:안혁}}은 허리 통증(Нуруу өвдөлт)으로 진통제만 받음. {{p:서금룡}}은 2019년 말 {{u:에르데네트}} 현장으로 옮겼다고 함.
- 12번 {{p:표운철}}은 검진 다음 달 현장 이탈, 이후 소식 없음. {{p:황}} 반장이 그 뒤로 전원 여권을 회수했다고 {{r:박성일}} 씨가 진술.
- 3번 {{p:리응철}}, 11번 {{p:한영수}}는 {{r:성일}} 씨가 "모르는 조"라고 함. 같은 건물 다른 층 작업.
- 이 명단 중 {{u:한국}}에 온 사람은 {{r:박성일}} 씨 한 명. 나머지 이름은 외부 공개 금지. {{u:몽골}} 현지 협력자 {{p:Болормаа}} 씨에게도 공유하지 말 것.""",
    },
    {
        "id": "h39-mixed-09",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Chon Myong-su", "전명수", "other", ["Jeon Myeong-su", "Myongsu", "명수"]),
        ],
        "note": "Social-media posts (an X thread, an Instagram caption and replies) about a worker who died in Qatar; handles that spell names and handles used as nicknames, a name inside a hashtag, a zero-width space inside a name written to dodge filters, fullwidth capitals, emoji beside names, a real organisation tagged.",
        "text": """[캡처 정리 — 2020. 11. 캠페인팀 {{p:노하린}}. 게시물 원문 그대로, 줄바꿈만 정리]

① {{u:X}} (구 {{u:트위터}}) — @{{p:seoyeon_activist}} ({{p:서연}} | 이주노동 인권)
1/ {{u:카타르}} 건설 현장에서 일하던 {{u:북한}} 노동자 {{r:전명수}} 씨가 2020년 8월 숨졌다는 소식을 전합니다. 향년 39세. 유족은 {{u:북한}}에 있어 연락조차 닿지 않습니다. #JusticeFor{{r:Myongsu}} #{{u:Qatar}} #{{u:북한}}노동자
2/ 같은 현장 노동자의 증언: "{{r:명수}} 형은 한낮에도 철근을 옮겼다. 관리자 {{p:R}}가 쉬지 못하게 했다." ({{p:R}}의 실명은 공개하지 않습니다)
3/ {{u:Human Rights Watch}} @{{u:hrw}} 와 @{{u:amnesty}} 에 이 사건의 조사를 요청합니다 🙏 RT 부탁드려요.

  ↳ @{{p:doha_nurse_k}} ({{p:Kavya}}): I was on shift that day at the clinic. A Korean man was brought in around 1pm, no pulse. Nobody gave his name. I think it's him. 💔
  ↳ @{{p:seoyeon_activist}}: @{{p:doha_nurse_k}} thank you {{p:Kavya}}. Could you DM me? 🙏
  ↳ @{{p:jjang_gu_99}}: 이름 그대로 쓰면 검색에 걸려서 삭제됨 ㅋㅋ {{r:전\u200b명수}} 님 RIP
  ↳ @{{p:seoyeon_activist}}: @{{p:jjang_gu_99}} 그런 장난 하지 마세요. 유족이 있는 분입니다.

② {{u:Instagram}} — {{p:ilhae.kim}} (사진: 공사장 펜스와 국화)
{{r:Jeon Myeong-su}} 🕯️ 1981–2020
그는 {{u:함흥}}에서 왔고, {{u:도하}}의 뜨거운 공기 속에서 일했습니다. 우리는 그의 얼굴을 모릅니다. 이름만 압니다. {{r:전\u200b명수}}.
#{{r:전명수}} #JusticeFor{{r:Myongsu}} #MigrantLivesMatter #{{u:카타르}}월드컵
💬 {{p:ha.na_0707}}: 🙏🙏 {{r:명수}} 님 편히 쉬세요
💬 {{p:mr_moon_kr}}: 기사 링크 있나요? {{p:Ｍｏｏｎ}}입니다 (기자)
💬 {{p:ilhae.kim}}: @{{p:mr_moon_kr}} {{p:문}} 기자님 DM 드렸어요
💬 {{p:hyungjoon.lee}}: 현장 반장이 {{p:ＲＩ　ＣＨＯＬ}}이라는 얘기가 있던데 확인된 건가요?
💬 {{p:ilhae.kim}}: @{{p:hyungjoon.lee}} 확인 안 된 이름은 댓글에 쓰지 말아 주세요 🙏

③ 캠페인팀 메모 ({{p:노하린}})
- "{{p:R}}" = 제보자가 말한 반장 {{p:리철}}로 보임. 미확인이므로 우리 계정에서는 언급 금지.
- @{{p:doha_nurse_k}} = {{p:Kavya Menon}}, {{u:Hamad Medical Corporation}} 간호사라고 함. 신원 보호.
- {{p:ilhae.kim}} 계정 주인 {{p:김일해}} 씨는 {{u:광주}} 교회 청년부. 게시물에 {{r:명수}} 씨 이름만 썼고 사진은 없음.
- 해시태그 #JusticeFor{{r:Myongsu}} 게시물 약 1,200건 (11/20 기준). 가짜 사진 2건 신고함.
- @{{p:jjang_gu_99}} 계정은 이름을 일부러 끊어 쓰는 장난을 반복. 차단 검토. 필터가 중간에 끊긴 이름을 놓치는지 {{p:태오}} 님이 확인하기로.
- {{u:카타르}} 현지 제보자 {{p:Bikram}} 씨: {{r:명수}} 씨 숙소 동료 {{p:조금철}}, {{p:변학수}}가 9월에 귀국했다고 전함. 두 사람 이름도 게시 금지.""",
    },
    {
        "id": "h39-mixed-10",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Hyon Chol-jin", "현철진", "witness", ["Хён Чол Жин", "Hyon Cholchin", "Хён"]),
        ],
        "note": "Voicemail transcripts (automatic transcription, corrected) from a Mongolian field contact to the Seoul office, switching between Mongolian, English and Korean; Mongolian suffixes written with and without a hyphen after names, the one-letter surname О in Cyrillic and Latin, a message left by the witness himself, [inaudible] gaps.",
        "text": """음성사서함 녹취 — {{u:울란바토르}} 협력자 {{p:Болормаа}} 씨 → {{u:서울}} 사무실 (2023. 3.)
자동 변환 후 {{p:정예나}} 수정. [ ] 안은 몽골어 부분 번역({{p:Энхжин}} 씨).

#1  2023-03-02 18:41 (1:52)
"Сайн байна уу, {{p:Болормаа}} байна. Hello {{p:Yena}}, it's {{p:Bolormaa}}. Өнөөдөр {{r:Хён Чол Жин}}-тэй уулзсан. [오늘 {{r:현철진}} 씨를 만났어요.] He is okay but very scared. His boss, {{p:О Гван Нам}}, came to the ger district yesterday looking for him. {{p:О}} гэдэг хүн, [오라는 사람이요], short, glasses. {{r:Хён}} says {{p:O}} has his passport. Please call me back. Баяртай."

#2  2023-03-03 09:15 (0:58)
"{{p:Yena}}, sorry, again {{p:Bolormaa}}. I forgot: the other worker, {{p:Ри Мён Гил}}, {{p:Ri Myong-gil}}... [inaudible] ...went back to {{u:Darkhan}} site. {{r:Хёнтэй}} хамт байсан [{{r:현}} 씨와 같이 있었던] man. {{r:Cholchin}} asks if you can find out if {{p:Ri}} is safe. Okay. Bye bye."

#3  2023-03-05 21:07 (2:31)
"Би {{p:Болормаа}}. 오늘 경찰서 갔어요. {{u:Цагдаагийн ерөнхий газар}}... no, district police, {{u:Сонгинохайрхан}}. Officer {{p:Батбаяр}} was nice. He says if {{r:Hyon}} goes to {{u:UNHCR}} first, police will not send him to the embassy. But {{p:O}}-ийн хүмүүс [{{p:오}} 반장 쪽 사람들] are watching the bus stop. My cousin {{p:Мөнх-Эрдэнэ}} will drive. Is the {{u:Korean Embassy}} open on Saturday? [inaudible] ...OK, 전화 주세요."

#4  2023-03-07 07:30 (0:41)
"Hello, {{p:Bolormaa}}. Short message. {{r:Cholchin}} ... sorry, {{r:Hyon Chol-jin}}, slept at my sister {{p:Сарантуяа}}'s place. Everything fine. {{p:Мөнх-Эрдэнэ}} drives him at ten."

#5  2023-03-09 20:12 (1:20) — 본인 메시지
"여보세요. 저 {{r:현철진}}입니다. {{p:볼로르마}} 누나 전화로 합니다. 오늘 {{u:유엔}} 사무실에 갔다 왔습니다. 거기 {{p:Sarah}}라는 분이 한국말 조금 하는 분을 불러 줬습니다. 제 이름을 세 번 물어봤습니다. {{r:Хён}}, {{r:Hyon}}, {{r:현}}, 다 다르게 써서요. [웃음] {{p:오광남}} 반장 얘기는 아직 안 했습니다. 무섭습니다. {{p:리명길}} 동무 소식 알면 알려 주십시오. 감사합니다."

#6  2023-03-10 11:02 (0:35)
"{{p:Yena}}, {{p:Bolormaa}}. {{r:Хён}} is now with {{u:UNHCR}} partner shelter. Don't call my number for a week, {{p:О Гван Нам}}'s people called my husband {{p:Ганзориг}}. Bye."

[{{p:정예나}} 메모] {{p:O}}/{{p:О}}/{{p:오}} = {{p:오광남}}, 반장. #2의 {{p:Ri}} = {{p:리명길}}. {{r:현철진}} 씨 이름은 몽골 문서에 {{r:Хён Чол Жин}}, 유엔 서류에 {{r:HYON CHOL JIN}}. {{p:Болормаа}} 씨 번호는 2주간 사용 금지.""",
    },
    {
        "id": "h39-mixed-11",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Chae Yong-jin", "채용진", "witness", ["Yong Jin Chae"]),
            (
                "Piotr Zawadzki",
                "피오트르 자바츠키",
                "other",
                ["Piotra Zawadzkiego", "Piotrowi Zawadzkiemu", "Zawadzki", "자바츠키"],
            ),
        ],
        "note": "Polish indictment (trafficking charge against a fictional Polish recruiter) with a Korean translator's memo; Polish case endings on Polish and Korean names (Zawadzkiego, Zawadzkiemu, Pakiem), parents' names in the genitive, given-name-first Korean names, the witness's name 채용진 beside the word 채용 'hiring'.",
        "text": """{{u:Prokuratura Okręgowa w Gdańsku}}
II Wydział do spraw Przestępczości Zorganizowanej
{{u:Gdańsk}}, dnia 20 maja 2021 r.
Sygn. akt PO II Ds. 14.2020

AKT OSKARŻENIA
przeciwko {{r:Piotrowi Zawadzkiemu}}
oskarżonemu o przestępstwo z art. 189a § 1 k.k.

Do {{u:Sądu Okręgowego w Gdańsku}}

Oskarżam:
{{r:Piotra Zawadzkiego}}, s. {{p:Henryka}} i {{p:Barbary}} z d. {{p:Malinowskiej}}, ur. 14.02.1972 r. w {{u:Elblągu}}, zam. w {{u:Gdyni}}, prezesa zarządu spółki Pomorze Work Solutions sp. z o.o.,
o to, że:
w okresie od marca 2015 r. do grudnia 2018 r. w {{u:Gdyni}}, {{u:Gdańsku}} i innych miejscowościach, wspólnie i w porozumieniu z ustalonym obywatelem {{u:KRLD}} {{p:Ki Chol Pakiem}}, przyjmował i przekazywał do pracy w stoczni co najmniej 46 obywateli {{u:KRLD}}, w tym pokrzywdzonych: {{r:Yong Jin Chae}}, {{p:Kwang Hyok Ri}}, {{p:Song Chol Kim}}, {{p:Myong Il Han}} i {{p:Un Gil So}}, wykorzystując ich położenie i zależność, w celu ich wykorzystania w pracy przymusowej,
tj. o przestępstwo z art. 189a § 1 k.k.

UZASADNIENIE (fragment)
Pokrzywdzony {{r:Yong Jin Chae}} zeznał, że wynagrodzenie wypłacano na karty, które przechowywał {{p:Ki Chol Pak}}, a oskarżony wiedział o tym co najmniej od 2016 r. Świadek {{p:Bogusław Kaczmarek}}, kierownik robót, zeznał, że w rozmowie z {{p:Pakiem}} oskarżony powiedział: „Koreańczycy nie dostają pieniędzy do ręki, tak jest taniej dla wszystkich". Inspektor {{u:Państwowej Inspekcji Pracy}} {{p:Joanna Lewandowska}} stwierdziła w 2017 r. czas pracy przekraczający 12 godzin na dobę. Funkcjonariusze {{u:Straży Granicznej}} ustalili, że paszporty pokrzywdzonych znajdowały się w biurze spółki {{r:Zawadzkiego}}.

Wnoszę o wezwanie na rozprawę:
1. pokrzywdzonego {{r:Yong Jin Chae}} (za pośrednictwem pełnomocnika, adw. {{p:Katarzyny Wilk}}),
2. świadka {{p:Bogusława Kaczmarka}},
3. świadka {{p:Joanny Lewandowskiej}}.

Prokurator {{p:Tomasz Jabłoński}}

────────────
[번역 메모 — {{p:채윤아}}, 2021. 6.]
- 피해자 1번 {{r:Yong Jin Chae}} = 우리 증언자 {{r:채용진}} 씨. {{u:폴란드}} 문서는 이름-성 순서라서 "{{r:Yong Jin Chae}}". 한국어 번역문에서는 {{r:채용진}}으로 통일.
- 주의: 이 사건의 핵심이 불법 채용 알선이라, 번역문에 "채용"이라는 낱말이 자주 나옴. {{r:채용진}} 씨 이름과 헷갈리지 않게 이름에는 반드시 "씨"를 붙였음.
- 피고인 {{r:자바츠키}}는 2019년 체포 후 보석 상태. {{r:Zawadzki}} 측 변호인은 모든 결정을 {{p:Pak}}이 내렸다고 주장할 것으로 보임.
- {{p:Ki Chol Pak}} = 북측 관리자 {{p:박기철}}. 기소장에는 "ustalony" (신원 확인됨)라고만 되어 있고 {{u:폴란드}}를 떠난 것으로 보임.
- {{p:Un Gil So}} = {{p:서은길}} 씨로 추정. {{r:채용진}} 씨는 "{{p:은길}}이는 {{u:청진}} 사람"이라고 기억.""",
    },
    {
        "id": "h39-mixed-12",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Mun Song-chol", "문성철", "witness", ["Moon Sung-chul", "성철"]),
        ],
        "note": "Slack channel thread (Korean, English and Malay) about a Sarawak coal-mine case; display names and @mentions, Malay titles Encik and Puan outside the name, a Malaysian Chinese lawyer with the surname Lim, a soft hyphen inside a pasted name, Mun/Moon spellings, Korea Utara as a country noun.",
        "text": """#case-{{u:sarawak}}-2017  (스레드 내보내기, 2017-05-08 ~ 05-10)

{{p:홍지민}}  오전 10:12
@{{p:Aisyah}} 혹시 {{u:Kuching}} 변호사님 답장 왔어요? {{r:문성철}} 씨 건이요

{{p:Aisyah Rahman}}  10:20 AM
Belum lagi. Encik {{p:Lim}} kata dia akan call esok pagi. He says the {{u:Jabatan Tenaga Kerja Sarawak}} file lists {{r:MUN SONG CHOL}} as "pekerja asing dari {{u:Korea Utara}}", employer: Bumi Hijau Mining Sdn Bhd.

{{p:홍지민}}  오전 10:22
고마워요! {{u:한국}} 쪽 서류에는 {{r:Moon Sung-chul}}로 되어 있어서 처음에 다른 사람인 줄 알았어요 😅

{{p:Daniel Ong}}  10:31 AM
fyi the name in the mine's payroll PDF copies out as "{{r:Mun Song­chol}}" — there's a soft hyphen in it, so our search didn't find it. Fixed the index.

{{p:Aisyah Rahman}}  10:35 AM
Also: Puan {{p:Norhayati}} from the clinic in {{u:Bintulu}} confirmed she treated "a Korean worker with crushed fingers" in March. She remembers the group leader, she said "Encik {{p:Kang}}", did all the talking.

{{p:홍지민}}  오전 10:40
{{p:강}} 반장 = {{p:강영호}}일 가능성. {{r:성철}} 씨가 면담 때 말한 이름이에요. @{{p:민서}} 면담록 3쪽 확인 부탁해요

{{p:민서}}  오전 10:58
확인했어요. "{{p:강영호}} 반장이 손가락 다친 걸 보고 광산 의무실에만 보냈다" 맞아요. 그리고 같은 막사 {{p:지용수}}, {{p:탁철}} 이름도 나와요

{{p:Daniel Ong}}  11:05 AM
Saya akan cross-check dengan senarai pekerja dari {{u:Jabatan Imigresen}}. {{p:Tak Chol}} ada dalam senarai, {{p:Ji Yong Su}} tak ada.

{{p:Aisyah Rahman}}  11:06 AM
lol "tak ada" and {{p:Tak}}, confusing thread 😂 ("tak ada" = "not there")

{{p:홍지민}}  오후 2:14
{{u:Kuala Lumpur}} 대사관 {{p:성}} 영사님한테서 연락 왔어요. {{r:문성철}} 씨가 직접 연락하면 보호 절차 시작 가능하대요. {{r:성철}} 씨한테는 {{p:Norhayati}} 간호사님 통해서만 연락 가능해서 {{p:Aisyah}} 님이 부탁해 주실 수 있을까요?

{{p:Aisyah Rahman}}  2:30 PM
Boleh. I'll ask Puan {{p:Norhayati}} tomorrow. Should I use "Mun" or "Moon"?

{{p:홍지민}}  오후 2:33
Mun으로요. 본인이 그렇게 써요. "Moon"은 {{u:한국}}에서 누가 잘못 옮긴 거 👍

{{p:Daniel Ong}}  May 10, 9:02 AM
Update: Encik {{p:Lim Wei Ming}} (the lawyer) says the employer has applied to send the whole group back via {{u:Kuching}} next Friday. We have about a week.

{{p:민서}}  오전 9:10
ㅠㅠ {{r:성철}} 씨 빨리 나와야 할 텐데요. {{p:강영호}}가 옆에 있으면 아무 말도 못 할 거예요.""",
    },
    {
        "id": "h39-mixed-13",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Kye Chol-ung", "계철웅", "other", ["كي تشول أونغ", "KYE CHOL UNG"]),
            ("Ju Yong-sop", "주용섭", "supervisor", ["جو يونغ سوب"]),
        ],
        "note": "Algerian civil-register death certificate extract in Arabic with a Korean sworn-style translation and an English file note; Korean names transliterated into Arabic script, parents' names, the declarant as supervisor, a fictional registrar and doctor, Arabic forms of Pyongyang and North Korea as public names.",
        "text": """[원문 — 아랍어]
{{u:الجمهورية الجزائرية الديمقراطية الشعبية}}
{{u:ولاية وهران}} — {{u:بلدية بئر الجير}}
مستخرج من سجل عقود الوفاة — رقم العقد: 0412 / سنة 2018

في اليوم الرابع عشر من شهر أوت سنة ألفين وثمانية عشر، على الساعة الخامسة مساءً، توفي بمستشفى {{u:المؤسسة الاستشفائية الجامعية أول نوفمبر}} المسمى: {{r:كي تشول أونغ}}
المولود بتاريخ: 1976/03/09 في: {{u:بيونغ يانغ}}، {{u:كوريا الشمالية}}
المهنة: عامل بناء
ابن: {{p:كي يونغ سو}} و: {{p:كيم أوك سون}}
الحرر بناءً على تصريح السيد: {{r:جو يونغ سوب}}، مسؤول العمال، البالغ من العمر 52 سنة
وشهادة الطبيب: الدكتور {{p:بلقاسم حميدي}}
ضابط الحالة المدنية: {{p:مراد بن عيسى}}

[번역 — 한국어]
{{u:알제리민주인민공화국}} / {{u:오랑}}주 — {{u:비르 엘 지르}}시
사망 등록부 발췌 — 등록 번호 0412 / 2018년

2018년 8월 14일 17시, {{u:오랑 11월1일 대학병원}}에서 아래 사람이 사망하였다:
성명: {{r:계철웅}} (아랍어 표기 {{r:كي تشول أونغ}}, 여권 표기 {{r:KYE CHOL UNG}})
생년월일: 1976. 3. 9.   출생지: {{u:평양}}, {{u:북한}}
직업: 건설 노동자
부: {{p:계영수}}   모: {{p:김옥순}} (아랍어 표기를 한글로 되살린 것이므로 정확하지 않을 수 있음)
신고인: {{r:주용섭}} 씨, "노동자 책임자", 52세
사망 확인 의사: {{p:벨카셈 하미디}}
등록 공무원: {{p:무라드 벤아이사}}

[번역자 주 — {{p:오세린}}]
- 아랍어 표기로는 한국 이름의 모음이 구별되지 않아 성 كي(계)가 "키"로도 읽힘. 부모 이름 {{p:كي يونغ سو}}, {{p:كيم أوك سون}}은 {{r:계철웅}} 씨 여권에 없는 정보라 신고인 {{r:주용섭}}이 불러 준 것으로 보임.
- 사망 원인 칸은 발췌본에 없음. {{r:주용섭}}은 병원에서 "심장마비"라고 말했다고 {{p:Benali}} 씨 동료 {{p:Nadia}} 씨가 전함.
- 같은 현장의 {{p:전용복}}(2018년 추락 부상, OCR 편지 참조)과 {{r:계철웅}} 씨는 같은 숙소였다고 함. {{r:계}} 씨의 가족에게 사망 사실이 전달되었는지는 알 수 없음.

[English file note — {{p:R. Haddad}}]
Received 2019-02 from {{p:Karim Benali}} (see OCR letter file). {{r:Kye Chol-ung}} is almost certainly the welder whom {{p:Benali}}'s site team called "Ammi {{r:Kye}}" (ammi = uncle). The declarant, {{r:Ju Yong-sop}}, signed as "responsible for the workers"; no family member was present. Body repatriated via {{u:Algiers}} on 2018-08-29 according to the site doctor, Dr {{p:Hamidi}}. Ask the {{u:ICRC}} delegation in {{u:Algiers}} whether they were informed. Do not confuse with {{p:Kye Chol-u}} (Kuwait file).""",
    },
]
