# ruff: noqa: E501
"""Held-out evaluation passages, set 44. Built by build_heldout.py heldout44.

Forty-six documents of the kind an NGO working on North Korean workers sent abroad
actually holds. Half are the core material, typed the way the NGO's own staff type
them (third- and first-person interview summaries, question-and-answer transcripts
with speaker labels, phone-call notes, reviewers' comments on a draft testimony,
family members' accounts, coordinators' memos, interpreters' running notes and a
transcribed handwritten statement); the other half are genres no earlier set used
(arbitration award extracts, seafarers' articles of agreement, testimony-database
commit logs, auto-captioned video-call transcripts, translated sponsor no-objection
certificates, coastguard rescue logs, grant budget justifications, encyclopaedia
talk-page discussions, letters to the editor, freedom-of-information responses,
conference poster abstracts, job advertisements, church baptism registers,
missing-person leaflets, legal-aid application forms, vaccination certificates,
audio-file inventories, workshop sticky-note transcriptions, interpreters'
timesheets, mobile-payment histories, piece-rate tally sheets, translated Russian
income certificates and livestream chat logs), in English, Korean and mixed
Korean/English with Russian, Chinese, Arabic, Mongolian and Polish. Settings:
construction in Kuwait, Qatar and the UAE, logging and building in Russia, seafood,
garment and wig factories in China, distant-water fishing boats, Mongolia and a
Polish shipyard. All persons are fictional.

Labelling convention:
- {{r:...}} a mention of a registered private person (listed in the passage's
  "persons" as (romanized name, Hangul name, role, aliases)); {{p:...}} a mention
  of an unregistered private person; {{u:...}} a public name: a real public figure,
  a real place, a real organisation or company, a real ship, app or law. Real public
  figures are only mentioned neutrally.
- Every fictional person is private, whatever their office (a fictional arbitrator,
  coastguard officer, pastor, inspector, consul, doctor or interpreter is private).
- Invented businesses, sites and vessels are left unmarked.
- A mention is labelled as the text writes it: the name only, without particles
  (박철민이 -> {{r:박철민}}이; the affectionate suffix 이 after a given name also stays
  outside) and without titles (리 반장님 -> {{r:리}} 반장님, 씨, 동무, 동지, 지배인,
  Mr, Dr, Captain), but Chinese forms of address are labelled whole (老孙, 小金,
  王总) and Russian and Polish names keep their case endings (Валеры, Kima).
- Possessive 's, plural -s, particles and emoji stay outside a mention; zero-width
  characters, fullwidth letters and a line break inside a name stay inside.
- A nickname, pet name, baptismal name or initials standing for a person are
  mentions of that person; the same word used as an ordinary word is not.
- In e-mail addresses, handles, hashtags and file names only the part that spells
  the person's name is labelled; role accounts are unmarked. ASR- or OCR-garbled
  names are labelled as written.
- A surname discussed as a word is unmarked, and so are ordinary words that look
  like names (So, No, An, Do, Oh, Ha, song, moon, 조장, 노동, 송금, 안에서, 하루).
- Country names standing as nouns are public (DPRK, North Korea, 중국, 북한 사람);
  nationality adjectives and derived words (Korean, Russian, 중국산) are not marked.
"""

PASSAGES: list[dict] = [
    {
        "id": "h44-en-01",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ri Chol-ho", "리철호", "witness", ["Lee Cheol-ho", "Chol-ho"]),
            ("Pak Song-gun", "박성군", "supervisor", ["Park Sung-gun"]),
            ("An Kyong-ae", "안경애", "relative", []),
        ],
        "note": "Third-person interview summary, Kuwait construction; CRLF; witness in North and South spellings, brigade leader as Pak and Park, wife with surname An beside sentence-initial 'An', co-worker with surname So beside sentence-initial 'So', a nickname for an unnamed manager, Egyptian foreman, public leaders, newspaper, hospital and airline.",
        "text": """INTERVIEW SUMMARY - CASE KW-2023-014
Interviewer: {{p:Hannah Seo}} (programme officer). Language: Korean; summary typed in English by the interviewer.
Date/place: 14 June 2023, NGO office, {{u:Seoul}}. Duration 2 h 10 min.

1. Background. The interviewee, {{r:Ri Chol-ho}} (his South Korean resident card spells it {{r:Lee Cheol-ho}}), was born in 1979 in {{u:Hamhung}}. From 2014 to 2017 he worked as a steel fixer for a North Korean construction company on a housing project in {{u:Mubarak Al-Kabeer}}, south of {{u:Kuwait City}}. He was recruited through his factory's party committee and flew out via {{u:Beijing}} on {{u:Air Koryo}}.

2. Working conditions. He describes 12-hour shifts from 5 a.m., seven days a week in summer, with a break only when the heat passed 50 degrees. The brigade leader, {{r:Pak Song-gun}}, kept all passports in a locked tin box in the site container. {{r:Pak}} answered to the company's deputy representative, a heavy man the workers called "{{p:Ttongbae}}" (pot-belly); {{r:Chol-ho}} never learned his real name.

3. Injury. In August 2015 he fell from scaffolding. An Egyptian foreman employed by the Kuwaiti main contractor, {{p:Ahmed Fathy}}, drove him to {{u:Adan Hospital}} in his own car. {{r:Ri}} was back on site after three days; the hospital bill was deducted from his account "with interest", according to {{r:Pak Song-gun}}.

4. Wages. Nothing in hand for the first eight months ("loyalty fund", "living costs"), afterwards about 50 dinars a month. An older worker, {{p:So Myong-gil}}, kept a notebook of what each man was owed. So the men trusted him more than the accountant. {{p:So}} was sent home in 2016 after the notebook was found in his mattress; {{r:Chol-ho}} does not know what happened to him.

5. Family. His wife, {{r:An Kyong-ae}}, stayed in {{u:Hamhung}} with their son. {{r:An}} was called in twice by the local security office while he was abroad, once because he had "talked to an Indian" on site. He has had no contact with her since 2019.

6. Ideology. Portraits of {{u:Kim Il Sung}} and {{u:Kim Jong Il}} hung in the site office; Saturday study sessions were led by {{r:Pak}} from the {{u:Rodong Sinmun}}, which arrived weeks late from the embassy.

Follow-up: ask {{r:Chol-ho}} whether "{{r:Park Sung-gun}}", as he wrote the name on the consent form, is still in {{u:Kuwait}}.""",
    },
    {
        "id": "h44-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jo Kwang-il", "조광일", "witness", ["Kwang-il", "Cho Kwang-il"]),
            ("Ryu Hak-chol", "류학철", "supervisor", ["Yu Hak-chol", "Yoo Hak-cheol"]),
        ],
        "note": "Question-and-answer transcript with speaker labels, logging camp in Amur Oblast; interviewee's surname Jo as a speaker label, camp head as Ryu and as Yu, co-workers with surnames Do and Song beside 'Do you' and the word song, Russian foreman with first name, patronymic and diminutive.",
        "text": """TRANSCRIPT (English translation) - session 2 of 3
Interviewee: {{r:JO Kwang-il}} | Interviewer: {{p:Rachel Min}} (RM) | Translator: {{p:Choi Yu-jin}}
Subject: logging camp north of {{u:Tynda}}, {{u:Amur Oblast}}, winters 2015-2018
Speaker labels: RM = interviewer; {{r:JO}} = interviewee

RM: Last time you mentioned the camp head. Can you say his name again for the record?
{{r:JO}}: {{r:Ryu Hak-chol}}. The Russians wrote it {{r:Yu Hak-chol}}, without the R, so on the timber sheets he is just {{r:Yu}}.
RM: Did you call him by name?
{{r:JO}}: No. We said "comrade camp head". Only the Russian foreman used his name. {{p:Gennady Ivanovich}} - we called him {{p:Gena}} - would shout "{{r:Ryu}}! {{r:Ryu}}!" across the yard when the trucks were late.
RM: What was your job?
{{r:JO}}: Felling the first winter, then loading. In the loading team there were three of us: me, {{p:Do Sang-ho}} and a young man from {{u:Kilju}}, {{p:Song}}. Do you want his full name? {{p:Song Chol-nam}}. He sang the same song every time the saw stopped, we begged him to learn a second one.
RM: What happened to {{p:Do}}?
{{r:JO}}: A log rolled onto his leg in February 2017. Do you know what they do? They don't send you to hospital. {{p:Sang-ho}} lay in the barracks for two weeks until {{p:Gena}} drove him to {{u:Tynda}} in his own truck.
RM: Who paid for the hospital?
{{r:JO}}: {{p:Gena}} paid. Later {{r:Ryu}} deducted the same amount from {{p:Do}}'s account anyway, and {{p:Song}} said so out loud at the meeting. After that {{p:Chol-nam}} was put on night guard for a month.
RM: Did anyone from {{u:Pyongyang}} visit?
{{r:JO}}: Once a year, two men from the company headquarters. They stayed one night in {{r:Ryu}}'s cabin and left with the account books.
RM: Is there anything you want us not to publish?
{{r:JO}}: Don't write {{r:Kwang-il}}. My mother still calls me that, and my aunt in {{u:Chongjin}} would know at once.""",
    },
    {
        "id": "h44-en-03",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Un-jong", "김은정", "witness", ["Un-jong", "Kim Eun-jung", "Eun-jung"]),
        ],
        "note": "Follow-up phone-call notes in bullet points, seafood factory near Dandong; witness in two spellings, Chinese manager in pinyin and as 老孙, team leader with surname Ha beside the interjection 'Ha!', an elder sister who shares the witness's surname, staff named by first name and surname.",
        "text": """CALL NOTES - follow-up no. 3
Caller: {{p:J. Whitfield}} | Callee: {{r:Kim Un-jong}} | 11 Sept 2023, 16:05-16:40 KST, {{u:KakaoTalk}} voice call
- {{r:Un-jong}} sounds well, has started a hairdressing course in {{u:Incheon}}.
- Confirms the factory was on the edge of {{u:Donggang}}, about an hour from {{u:Dandong}}; peeling shrimp and cleaning crab, March 2017 - November 2019.
- Chinese line manager: {{p:Sun Jianguo}}. The women called him {{p:老孙}}, "Old Sun". She says he was "not the worst of them".
- The North Korean side was run by a woman team leader, {{p:Ha Yong-mi}}, whom she still calls "team leader {{p:Ha}}". She laughed: "Ha! {{p:Yong-mi}} would skin me if she knew I'm talking to you."
- Two girls from her room, {{p:Pak Sol-ju}} and {{p:Ri Hyang}}, fainted in the freezer hall in August 2018; {{p:老孙}} drove them to the clinic himself and {{p:Ha}} docked their pay for the afternoon.
- Her elder sister {{p:Kim Un-ha}} is still in {{u:Sinuiju}}; no contact since 2020. Do NOT write to the sister's old address.
- Wants the spelling {{r:Kim Eun-jung}} on our consent form, not the North Korean one.
- Action: {{p:Whitfield}} to send the photos from {{r:Eun-jung}}'s old phone to {{p:Dara}} for a metadata check. Next call after Chuseok.""",
    },
    {
        "id": "h44-en-04",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Yong-nam", "최영남", "witness", ["Choi Young-nam", "Young-nam", "Yong-nam"]),
            ("Hwang Sok-ju", "황석주", "supervisor", ["Sok-ju"]),
        ],
        "note": "Reviewer's numbered comments on a draft testimony about a Chinese squid boat; witness in three spellings, political officer with title Captain outside, Chinese skipper in pinyin and as 老陈, cook with surname No beside 'No one', brother sharing the witness's surname, the word moon, reviewer's closing initials.",
        "text": """REVIEW OF DRAFT TESTIMONY T-118 (distant-water fishing, 2016-2019) - round 2
Reviewer: {{p:Nadia Kowalczyk}} | Drafted by: {{p:Min Ji-hoon}} | 4 March 2024

General. The draft reads well but mixes spellings of the witness: para 1 has {{r:Choe Yong-nam}}, para 4 {{r:Choi Young-nam}} and para 9 just "{{r:Young-nam}}". Please use {{r:Choe Yong-nam}} throughout and keep the South Korean spelling for the annex only.

Para 3. "The captain" is named as {{r:Hwang Sok-ju}} in para 3 and as Captain {{r:Hwang}} in para 7. From the audio (41:20) I understand the Chinese skipper was {{p:Chen Dongsheng}}, whom the crew called {{p:老陈}}, and that {{r:Hwang}} was the North Korean political officer on board. Please make the distinction clear; {{r:Sok-ju}} was never in command of the vessel.

Para 5. The boat left {{u:Shidao}} in May 2016, fished for squid off {{u:Sakhalin}} and transshipped at sea. Fine.

Para 6. "No one got off the boat for fourteen months." The draft later says the cook, {{p:No Kil-su}}, went ashore in {{u:Nakhodka}} with a toothache. Either soften para 6 or ask {{r:Yong-nam}} again whether {{p:No}} really went ashore.

Para 8. The sentence quoting the New Year address of {{u:Kim Jong Un}} is not in the audio. Remove.

Para 10. The witness's brother, {{p:Choe Yong-chol}}, is named in full; he is still in {{u:North Korea}}. Replace with "his younger brother".

Para 11. "Under a full moon we threw the dead man's boots overboard" - keep, it is the strongest line in the text. Do check with {{r:Choe}} that the dead man's name ({{p:Jon Kwang-u}}) may appear at all.

- {{p:N.K.}}""",
    },
    {
        "id": "h44-en-05",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("O Kum-sil", "오금실", "witness", ["Kum-sil", "Kumi"]),
            ("Sin Tae-ho", "신태호", "coworker", ["Shin Tae-ho"]),
        ],
        "note": "Coordinator's memo for a field trip to Mongolia; mixed line endings; a witness with the one-letter surname O (also as 'O, Kum-sil' and a nickname), the surname discussed as a word, a coordinator surnamed Oh beside the interjection 'Oh,', Mongolian landlord with initial, interpreter with a Mongolian short name, airline and embassy street public.",
        "text": """MEMO
To: field team ({{u:Ulaanbaatar}} trip) | From: {{p:Grace Oh}}, programme coordinator | 2 May 2024
Re: interviews 13-17 May

1. Flights: {{u:MIAT Mongolian Airlines}} OM302 from {{u:Incheon}} on 13 May. {{p:Daniel}} has the booking references.
2. Interviewees confirmed so far:
   - {{r:O Kum-sil}} (sewing workshop on the east side of {{u:Ulaanbaatar}}, 2016-2019). O is her surname, not an initial: on the tracking sheet she is "{{r:O, Kum-sil}}". Please don't "correct" it to Oh.
   - {{r:Sin Tae-ho}}, who drove the company van in the same compound. He will only come if {{r:Kum-sil}} is not in the room; they fell out in 2019 over money {{r:Tae-ho}} says she owes him.
   - Possibly the Mongolian landlord, {{p:Batbayar Dorj}} (Mr {{p:B.}} in the 2022 notes), who rented the dormitory building to the company.
3. Interpreter for Mongolian: {{p:Enkhjargal Tseveen}} ({{p:Jagaa}}). She has worked with us before and knows {{r:O}}.
4. Security: do not book the hotel on {{u:Peace Avenue}} near the embassy again. Meet {{r:Shin Tae-ho}} at the guesthouse, not in a cafe.
5. {{r:Kum-sil}} asked that in messages we only call her "{{r:Kumi}}".
6. Oh, and the consent forms: {{p:Thomas}} is printing the Korean ones. The Mongolian version still needs a check by {{p:Jagaa}}.
- {{p:G.O.}}""",
    },
    {
        "id": "h44-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kang Chol-su", "강철수", "witness", ["Chol-su"]),
            ("Yun Song-ho", "윤성호", "supervisor", ["Yoon Sung-ho"]),
        ],
        "note": "First-person statement summary, villa construction in Qatar; brigade leader in North and South spellings with a warning about a namesake, Korean title quoted in romanization, Nepali co-worker, Qatari sponsor, security man by surname only, witness's own initials as signature, FIFA and Lusail public.",
        "text": """STATEMENT (summary in the witness's own words, first person, read back to him on 9 February 2024)

I am {{r:Kang Chol-su}}. I was in {{u:Qatar}} from 2013 to 2016 with a North Korean company building villas near {{u:Lusail}}. Everyone knew the stadiums for the {{u:FIFA}} World Cup were going up nearby, but we never worked on them.

Our brigade leader was {{r:Yun Song-ho}}. In {{u:Seoul}} people would write it {{r:Yoon Sung-ho}}; I once saw that name in a newspaper about a different man, a businessman, so please be careful. {{r:Yun}} was not cruel, but he was afraid of the representative above him, whom we only called "jibaein dongji", comrade manager. I never heard that man's name.

The Nepali workers in the next camp were kinder to us than our own people. One of them, {{p:Ram Bahadur Thapa}}, lent me his phone twice so I could listen to South Korean songs. "Thank you, {{p:Ram}}" was all the English I had.

The sponsor was a Qatari, {{p:Khalid Al-Mannai}}. We saw him once, when he came with two inspectors. That morning {{r:Yun}} told us to hide the extra bunk beds in the container.

Comrade {{p:Yang}}, the security man, checked our lockers every Friday. When he found my radio he said nothing, only took it. The next week {{p:Yang}} was listening to it himself.

I sent money to my mother through the company; it never arrived. I left {{u:Doha}} in December 2016 and came to the South in 2018.

{{r:K.C.S.}}""",
    },
    {
        "id": "h44-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pak Myong-su", "박명수", "witness", ["Park Myung-soo", "Myong-su"]),
        ],
        "note": "Interpreter's timestamped running notes, construction in Khabarovsk; W abbreviation, Russian foreman in Latin and Cyrillic with a genitive ending, brigade leader with surname No beside the word 'No', a daughter's pet name, the witness's given name wrapped across a line at its hyphen, DPRK consulate public.",
        "text": """INTERPRETER'S RUNNING NOTES (not a transcript) - {{p:Lena Hwang}}, 3 Nov 2023
W = witness. Times from the recorder.

00:02 W confirms his name: {{r:Pak Myong-su}}; his South Korean passport has {{r:Park Myung-soo}}.
00:06 Site: residential towers in {{u:Khabarovsk}}, 2017-2019, plastering and later welding.
00:11 Russian foreman: W says "Валера" = {{p:Valery Kuznetsov}}. W uses the Russian genitive: "у {{p:Валеры}} в бытовке" (in Valera's site hut). {{p:Kuznetsov}} let them warm up there.
00:19 North Korean brigade leader: W calls him "{{p:No}} banjang", brigade leader {{p:No}}; full name {{p:No Chang-gyu}}. No first-hand violence by him, W says, "he shouted, that's all".
00:24 Co-worker {{p:Chang-min}} (surname unknown to W) burned his hands with the welding torch in 2018; {{p:No}} told him to keep working with gloves over the bandages.
00:31 W emotional speaking about his daughter {{p:Pak Se-byol}}, whom he calls {{p:Byori}}. She was four when he left. Break.
00:40 Resumed. W mentions going to the {{u:Consulate General of the DPRK in Nakhodka}} once for a passport stamp, escorted.
00:52 W asks that the summary call him only {{r:Myong-
su}}, never by surname, and that {{p:Byori}}'s name be removed.""",
    },
    {
        "id": "h44-en-08",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Mun Hye-suk", "문혜숙", "relative", ["Moon Hye-sook", "Moon"]),
            ("Ri Kwang-song", "리광송", "witness", ["Kwang-song", "Lee Kwang-song"]),
        ],
        "note": "Mother's account of her son in Dubai, typed by a staff member; mixed line endings; mother in North and South spellings and as Mrs Moon beside the word moon, son with Song in his given name, a pet name, supervisor by bare surname, neighbour, ICRC and places public.",
        "text": """FAMILY ACCOUNT - typed by {{p:Esther Paik}} after a visit to the mother's flat in {{u:Gimpo}}, 20 Jan 2024

The mother, {{r:Mun Hye-suk}} (she now signs {{r:Moon Hye-sook}}), spoke for about an hour about her son, {{r:Ri Kwang-song}}, who went to {{u:Dubai}} in 2015 with a North Korean construction company. She left through {{u:China}} herself in 2018 and has heard nothing from {{r:Kwang-song}} since the spring of 2019.

"When he phoned from {{u:Dubai}} he said the moon there is orange, not white like over {{u:Hyesan}}. I thought he was making it up."

He worked under a man called {{p:Jong}}; she never heard the given name. "{{p:Jong}} stood next to him during every call, you could hear him breathing."

A neighbour from {{u:Hyesan}}, {{p:Kye Ok-hwa}}, whose husband was in the same company, told her in 2019 that {{r:Kwang-song}} had been moved to a site in {{u:Sharjah}} after a fight.

She calls her son "{{r:Ttolttori}}" (clever one) and cried when she said it. Mrs {{r:Moon}} asked whether the {{u:International Committee of the Red Cross}} could look for him. I explained our limits and promised to ask Dr {{p:Seong}}.

{{r:Ri}}'s date of birth per the mother: 3 March 1990; she is not sure of the company name.""",
    },
    {
        "id": "h44-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jon Hyang-mi", "전향미", "witness", ["Hyang-mi", "Jeon Hyang-mi"]),
            ("Kim Song-hui", "김성희", "supervisor", ["Song-hui"]),
        ],
        "note": "Volunteer's third-person interview summary, garment factory in Hunchun; witness in North and South spellings, team leader whose given name starts with Song beside the word song, Chinese owner as 王总 and in pinyin, a Chinese-Korean interpreter, the Kim Il Sung badge public, two other women by given name only.",
        "text": """INTERVIEW SUMMARY (volunteer draft, unchecked)
Witness: {{r:Jon Hyang-mi}} ({{r:Jeon Hyang-mi}} on her {{u:Hanawon}} certificate). Interview by {{p:Sophie Carter}} with {{p:Yoo Da-in}} interpreting, 28 Nov 2023.

{{r:Hyang-mi}} worked from 2016 to 2020 in a garment factory in {{u:Hunchun}}, {{u:Jilin}}, sewing padded jackets for export. About 120 North Korean women lived on the third floor of the factory building and were not allowed to leave it except in groups of five.

The team leader was {{r:Kim Song-hui}}, a woman in her forties. The workers called her "comrade {{r:Song-hui}}" to her face and "{{r:Chamsae}}" (sparrow) behind her back, because she never stopped talking. {{r:Kim}} read out each woman's output every evening. Those at the bottom had to sing a song of self-criticism; {{r:Hyang-mi}} says she had to sing twice.

The factory owner was a Chinese businessman, {{p:Wang Haitao}}, whom everyone called {{p:王总}}. He came once a month. A Chinese-Korean interpreter, {{p:Jin Meihua}}, passed his orders to {{r:Kim}}.

Two other women from her line, {{p:Sun-ok}} and {{p:Chun-hwa}}, were sent home in 2019 for talking to Chinese workers at the gate. {{r:Hyang-mi}} had to hand in her {{u:Kim Il Sung}} badge when she left the group in 2020.""",
    },
    {
        "id": "h44-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Song-man", "리성만", "witness", ["Lee Sung-man", "Song-man"]),
        ],
        "note": "Extract from an arbitration award between a Kuwaiti contractor and a labour subcontractor; sole arbitrator, counsel, tribunal secretary and Kuwaiti project manager are private; witness statement by a former worker in two spellings; ICC, UN Security Council resolution and Kuwaiti authority public; an invented subcontractor unmarked.",
        "text": """{{u:INTERNATIONAL CHAMBER OF COMMERCE}} - {{u:INTERNATIONAL COURT OF ARBITRATION}}
Case No. 2xxxx/AYZ (anonymised extract)
Claimant: Gulf Coast Building Contracting W.L.L. ({{u:Kuwait}})
Respondent: Sea Pine General Trading (invented name for the purposes of this extract)

FINAL AWARD - extract, paragraphs 112-118
Sole Arbitrator: Ms {{p:Helena Brückner}}. Secretary to the Tribunal: Mr {{p:Omar Haddad}}.

112. The Claimant, represented by Mr {{p:Yusuf Al-Saleh}} and Ms {{p:Priya Nair}}, contends that the Respondent supplied 86 workers who were nationals of the {{u:DPRK}}, in breach of {{u:UN Security Council}} resolution 2397 (2017) and of clause 14.3 of the Subcontract.

113. The Respondent's project manager, Mr {{p:Faisal Al-Enezi}}, stated in his first witness statement that he "did not ask about the workers' nationality" and that the workers' passports were held by "their own team leader, Mr {{p:Kim}}".

114. The Tribunal has also received the written statement of Mr {{r:Ri Song-man}} (spelled {{r:Lee Sung-man}} in the Korean translation), a former worker at the site, who was not cross-examined. Mr {{r:Ri}} states that he was paid nothing directly and that the workers' wages went to the team leader's account.

115. The Tribunal notes that the {{u:Public Authority for Manpower}} of {{u:Kuwait}} cancelled the relevant work permits in December 2017.

116. The Tribunal does not need to decide whether {{r:Song-man}}'s account is accurate in every detail. It is sufficient that Mr {{p:Al-Enezi}} accepted in cross-examination that he had seen the passports in Mr {{p:Kim}}'s office.""",
    },
    {
        "id": "h44-en-11",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Han Kwang-jin", "한광진", "witness", ["Kwang-jin", "HAN KWANG JIN"]),
        ],
        "note": "Seafarers' articles of agreement (crew sign-on sheet) of a Chinese-operated squid boat under a flag of convenience; CRLF; surname and given names in separate capitals columns, one-syllable surnames YU, SO, DO, RI, a North Korean 'manager' who did not fish, sentence-initial 'So' and a printed 'Do not sign', a crew nickname.",
        "text": """ARTICLES OF AGREEMENT - CREW LIST AND SIGN-ON SHEET (copy, page 2 of 3)
Vessel: LU RONG YU 6xx (name partly illegible) | Flag: {{u:Sierra Leone}} | Port of registry: {{u:Freetown}}
Port of engagement: {{u:Shidao}}, {{u:Shandong}}, {{u:China}}
Master: {{p:ZHANG DEQIANG}} | Chief officer: {{p:LIU CHUNLEI}}
Copy handed over in 2022 by a former crew member, {{r:HAN KWANG JIN}}; annotations by {{p:M. Ferreira}} in square brackets.

No. | SURNAME | GIVEN NAMES | NATIONALITY | CAPACITY | SIGNED ON | SIGNATURE
07 | {{r:HAN}} | {{r:KWANG JIN}} | {{u:DPRK}} | deckhand | 2018-04-11 | [signed in Hangul]
08 | {{p:YU}} | {{p:CHOL}} | {{u:DPRK}} | deckhand | 2018-04-11 | [thumbprint]
09 | {{p:SO}} | {{p:MYONG HO}} | {{u:DPRK}} | deckhand | 2018-04-11 | [signed]
10 | {{p:DO}} | {{p:IL NAM}} | {{u:DPRK}} | cook | 2018-04-11 | [signed]
11 | {{p:RI}} | {{p:UN SONG}} | {{u:DPRK}} | "manager" | 2018-04-11 | [signed; see note 1]
12 | {{p:WANG}} | {{p:XIAOJUN}} | {{u:China}} | bosun | 2018-04-02 | [signed]

[Note 1: {{r:Han}} says the "manager" on line 11, {{p:Ri Un-song}}, was the North Korean minder and never fished. So the wages of lines 07-10 were paid to {{p:Ri}}, not to the crew.]
[Note 2: the cook on line 10, {{p:Do Il-nam}}, is the man {{r:Kwang-jin}} calls "{{p:Gukja}}" (ladle).]
[Note 3: {{p:Yu Chol}} and {{p:So Myong-ho}} were transferred at sea to another boat in October 2018; {{r:Kwang-jin}} never saw them again.]
[Note 4: the master, {{p:Zhang}}, initialled every page; the chief officer's signature is missing on page 3.]
[Note 5: "Do not sign for another person" is printed at the foot of each page in Chinese and English.]""",
    },
    {
        "id": "h44-en-12",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Paek Chol-u", "백철우", "witness", ["Baek Cheol-woo", "Chol-u"]),
        ],
        "note": "Commit log of the NGO's testimony repository; author names and e-mail local parts that spell names, a role account, a surname inside a file name, a branch name containing a reviewer's name, a zero-width space inside the witness's name, Russian foreman by first name and patronymic in Cyrillic.",
        "text": """$ git log --date=short --format='%h %an <%ae> %ad%n    %s' -- testimonies/T-201/
a3f9c21 {{p:Yuna Cho}} <{{p:yuna.cho}}@example-ngo.org> 2024-02-06
    T-201: redact co-worker's name (was "{{p:Kim Chol-u}}") in para 7, per review
d51e0b8 {{p:Yuna Cho}} <{{p:yuna.cho}}@example-ngo.org> 2024-02-06
    T-201: remove zero-width space from "{{r:Paek\u200bChol-u}}" in para 2 (broke search)
9be0d47 {{p:Marcus Lindqvist}} <{{p:mlindqvist}}@example-ngo.org> 2024-02-05
    T-201: add Cyrillic spelling of the foreman ({{p:Виктор Сергеевич}}) to glossary
4c1e2aa data-bot <data-bot@example-ngo.org> 2024-02-05
    nightly: rebuild search index (no content change)
7f3c9e1 {{p:Song Ji-a}} <{{p:jia.song}}@example-ngo.org> 2024-02-04
    Merge branch 'review-{{p:jia-song}}' into main
e07b3d9 {{p:Yuna Cho}} <{{p:yuna.cho}}@example-ngo.org> 2024-02-02
    rename T-201_{{r:paek}}_v2.md -> T-201_v3.md (surname out of file name)
71ad802 {{p:Marcus Lindqvist}} <{{p:mlindqvist}}@example-ngo.org> 2024-02-01
    T-201: witness consents to "{{r:Baek Cheol-woo}}" in the annex only; body keeps W-201
2c9aa10 {{p:Song Ji-a}} <{{p:jia.song}}@example-ngo.org> 2024-01-30
    T-201: fix dates of the {{u:Novosibirsk}} period (2016-2018, not 2015); {{r:Chol-u}} confirmed by phone
0be1f44 intake <intake@example-ngo.org> 2024-01-29
    T-201: import from intake form (source: {{u:Hanawon}} referral)""",
    },
    {
        "id": "h44-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pak Ok-chol", "박옥철", "witness", ["Ok-chol", "Park Ok-chul"]),
        ],
        "note": "Auto-generated video-call captions with app speaker labels; ASR-garbled spellings of the witness and a manager, names spelled out letter by letter, a former South Korean president and Kim Jong Un as public beside a cook surnamed Moon, So as surname beside 'says so', a device label as speaker.",
        "text": """Auto-generated captions - {{u:Zoom}} meeting "Case review W-77" - 12 Apr 2024 (uncorrected export)
Speakers as labelled by the app: {{p:Sarah Lim}}, {{p:Jae-won}} (interpreter), iPhone (2)

00:00:03 {{p:Sarah Lim}}: OK, we're recording. {{p:Jae}}, can you ask him to say his name slowly?
00:00:09 {{p:Jae-won}}: He says his name is {{r:Pak Ok-chol}}.
00:00:14 iPhone (2): {{r:Park Oak Chul}}. {{r:P-A-K}}.
00:00:20 {{p:Sarah Lim}}: Thank you. And he was on the boat with Mr {{p:So}}, is that right?
00:00:26 {{p:Jae-won}}: Yes, {{p:So Chang-gil}}, the boatswain. He says so, yes.
00:00:33 {{p:Sarah Lim}}: {{r:Pak}} said last time that the manager hit him. Can he name the manager?
00:00:41 {{p:Jae-won}}: The manager was, uh, {{p:Chay Mun Sik}}.
00:00:45 {{p:Jae-won}}: Sorry, the captions are wrong. {{p:Choe}}. {{p:C-H-O-E}}. {{p:Choe Mun-sik}}.
00:00:58 iPhone (2): When {{u:Moon Jae-in}} met {{u:Kim Jong Un}} we watched it on the captain's TV.
00:01:06 {{p:Sarah Lim}}: And the cook had the same surname?
00:01:10 {{p:Jae-won}}: Yes, {{p:Moon Il-bong}}. No relation, he laughs. The crew called {{p:Moon}} "the president" after that.
00:01:19 {{p:Sarah Lim}}: Lovely. {{r:Ok-chol}}, we'll stop here for today.""",
    },
    {
        "id": "h44-en-14",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jang Un-chol", "장운철", "witness", ["Chang Un-chol", "جانغ أون تشول"]),
        ],
        "note": "Certified translation of a Kuwaiti sponsor's no-objection certificate for a transfer of residence; worker in capitals, in a South spelling and in Arabic script; HR manager and sworn translator private; a one-syllable Korean surname written in Arabic in a margin note; Kuwaiti authority, governorate and country public; invented companies unmarked.",
        "text": """[Certified translation from Arabic]
{{u:State of Kuwait}}
Crescent Towers Contracting Co. W.L.L.

To: {{u:Public Authority for Manpower}} - Work Permits Department, {{u:Farwaniya}} branch
Subject: No-objection certificate for transfer of residence (Article 18)

We, Crescent Towers Contracting Co. W.L.L., declare that we have no objection to the transfer of the residence and work permit of the worker:
Name: {{r:JANG UN CHOL}}
Nationality: {{u:Democratic People's Republic of Korea}}
Passport No.: 836xxxxxx | Civil ID: 2xxxxxxxxxxx
to the sponsorship of Blue Gulf General Contracting Co., without any financial claim.

Signed: {{p:Abdullah Saad Al-Rashidi}}, Human Resources Manager [company stamp]

Translator's notes:
1. The Arabic original writes the worker's name as "{{r:جانغ أون تشول}}".
2. A handwritten note in the margin reads "تم الاستلام - {{p:كو}}" (received - {{p:Ko}}). According to the worker this is the company's North Korean representative, {{p:Ko Yong-bom}}, who collected all such certificates.
Translated by {{p:Rania Mansour}}, sworn translator no. 1147, {{u:Kuwait City}}.

[NGO annotation] {{r:Chang Un-chol}} says he never asked for a transfer; the certificate was used to move him and about twenty other men to another site after {{p:Ko}} quarrelled with the first sponsor.""",
    },
    {
        "id": "h44-en-15",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Jo Myong-chol", "조명철", "witness", ["Cho Myung-chul", "Myong-chol"]),
        ],
        "note": "Translated coastguard incident log of a night rescue of two North Korean crew who jumped from a Chinese trawler; CRLF; names in capitals as stated, a surname given as both Ri and Lee, coastguard officers with ranks outside the mention, a third man surnamed Ha, 'No injuries' at line start, the lawyer's remark with the client's own spelling.",
        "text": """{{u:KOREA COAST GUARD}} - {{u:Mokpo}} Coast Guard Station
Patrol vessel 3xx - incident log (translated extract, released to the family's lawyer)
All times KST, 17 May 2019.

02:14 Radar contact, small inflatable, 11 nm south-west of {{u:Heuksando}}.
02:41 Two persons recovered from the water. Both state they are North Korean crew who jumped from a Chinese trawler. Names as stated: {{r:JO MYONG CHOL}} (b. 1988), {{p:RI SONG}} (b. 1994; surname also given as "{{p:LEE}}").
02:55 Boarding party led by Inspector {{p:Kwon Dae-hyun}}. No weapons found.
03:10 {{r:JO}} states that a third man, {{p:Ha Chol}}, intended to jump but was held back by the political officer.
03:30 Medical: {{p:RI}} hypothermic, treated on board by Sergeant {{p:Oh Seung-min}}. No injuries to {{r:JO}}.
04:05 Vessel returning to {{u:Mokpo}}. Persons to be handed over to the {{u:National Intelligence Service}} on arrival.
05:20 Handed over. Log closed by Lieutenant {{p:Seo Jun-ho}}.

[Remark by the lawyer, {{p:Shin Ha-ram}}] {{r:Jo Myong-chol}} is our client; he now spells his name {{r:Cho Myung-chul}}. {{r:Myong-chol}} has asked us to find out whether {{p:Ha}} is alive.""",
    },
    {
        "id": "h44-en-16",
        "language": "en",
        "eol": "lf",
        "persons": [],
        "note": "Grant budget justification annex with no registered persons; staff named with titles outside the mention, a departed interpreter by bare surname Ha, a Mongolian researcher with an initial, a witness named by accident with Mrs, donor, NGO partner, auditor and region public, sentence-initial 'So far'.",
        "text": """ANNEX C - BUDGET JUSTIFICATION (Year 2)
Donor: {{u:National Endowment for Democracy}} | Project: "Voices from the Sites" | Currency: USD

1.1 Project lead, 50% - Dr {{p:Amara Singh}}. Supervises research design and all witness contact.
1.2 Korean-English interpreter, 120 days at $210 - Ms {{p:Yoo Eun-ji}}, replacing Mr {{p:Ha}}, who left in March.
1.3 Field researcher, {{u:Mongolia}}, 60 days - {{p:Oyunchimeg B.}}; includes per diem in {{u:Ulaanbaatar}}.
1.4 Data manager, 20% - {{p:Felix Brandt}}.
2.1 Witness travel: 30 trips x $180. Witnesses are referred to by code only (W-201 to W-230). Includes a taxi for Mrs {{p:Paek}} from {{u:Suwon}}, who cannot use public transport.
2.2 Interview venue hire, {{u:Seoul}}: 24 days x $95.
3.1 Translation of Russian court records from {{u:Primorsky Krai}}: vendor Lingua Bridge, 40,000 words.
4.1 Digital-security training for staff by {{u:Access Now}} (in kind, no cost).
5.1 External audit by {{u:KPMG Samjong}}.
So far no line is overspent; the Year 1 underspend on 2.1 (COVID-19) is requested as carry-over.
Prepared by {{p:F. Brandt}}, checked by Dr {{p:Singh}}.""",
    },
    {
        "id": "h44-en-17",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Sok Chang-ho", "석창호", "other", ["Seok Chang-ho"]),
        ],
        "note": "Encyclopaedia talk-page discussion about naming a worker who died in a Russian logging camp; signatures with usernames, only those that spell a person's name labelled; a real UN Special Rapporteur and the Human Rights Council public; the dead man in two spellings and by bare surname; his sister named.",
        "text": """Talk:North Korean workers in {{u:Russia}}

== Naming the logger who died in 2019? ==
The section "Deaths" currently names the man who died at the logging site near {{u:Tynda}} in 2019 as "{{r:Sok Chang-ho}}", citing a single {{u:Daily NK}} report. His relatives may still be in the North. I'd remove the name. --Tundra-fox (talk) 09:12, 3 March 2024 (UTC)
:Keep. The name also appears in {{u:The Guardian}}. --{{p:JiwooPark}} (talk) 10:40, 3 March 2024 (UTC)
::That article spells it {{r:Seok Chang-ho}}, so we're not even sure it is the same man. --Tundra-fox (talk) 11:02, 3 March 2024 (UTC)
:::The {{u:UN}} Special Rapporteur, {{u:Elizabeth Salmón}}, referred to the case without a name in her report to the {{u:Human Rights Council}}. That seems the right standard for us too. --Borscht&Kimchi (talk) 14:27, 3 March 2024 (UTC)
::::His sister, {{p:Sok Myong-ok}}, gave an interview in {{u:Seoul}} and asked for the name to be used. Not sure that settles it. --{{p:JiwooPark}} (talk) 15:55, 3 March 2024 (UTC)
:::::Removed for now, replaced with "a 34-year-old logger"; {{r:Sok}}'s name can go back if a second source appears. --{{p:Minseo_Kang}} (talk) 08:03, 4 March 2024 (UTC)""",
    },
    {
        "id": "h44-en-18",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yu Chang-sik", "유창식", "witness", ["Yoo Chang-sik"]),
        ],
        "note": "Letter to the editor from a worker's daughter; father surnamed Yu in North and South spellings beside many uses of 'you', Russian co-worker by first name, brigade leader by bare surname with a romanized title, Kim Jong Un and Vladimir Putin public, newspaper and places public, signature with city.",
        "text": """LETTERS | {{u:The Korea Herald}}

Sir - Your report "Sent abroad, paid in promises" (14 May) brought back my father's story. {{r:Yu Chang-sik}} - he spelled it {{r:Yoo Chang-sik}} after he came to the South - spent four winters in a logging camp in {{u:Khabarovsk Krai}} in the early 2000s.

You wrote that the workers "were allowed to keep a small share". My father kept nothing. He said that you could not keep what you never saw. The only kindness he spoke of was a Russian driver, {{p:Nikolai}}, who gave him a pair of felt boots, and the only name he ever cursed was that of his brigade leader, "{{p:Tak}} banjang".

When {{u:Kim Jong Un}} met {{u:Vladimir Putin}} at the {{u:Vostochny Cosmodrome}} last September, the television called it a new chapter. For men like {{r:Yu}} it was the same old book.

My father died in 2021 in {{u:Busan}}. I do not want your readers' pity. I want you to keep asking who was paid for his winters.

{{p:Yoo Ji-hye}}, {{u:Busan}}""",
    },
    {
        "id": "h44-en-19",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pak Hyon-u", "박현우", "witness", ["Hyon-u"]),
        ],
        "note": "Freedom-of-information reply from the Polish labour inspectorate, translated by the requester with Polish quotations; Polish case endings on Korean surnames (Paka, Kimowi), inspectorate, law and cities public, a Polish city in the locative, the inspector and requester private, the NGO's note linking one quotation to a registered witness.",
        "text": """{{u:Państwowa Inspekcja Pracy}} - Okręgowy Inspektorat Pracy w {{u:Gdańsku}}
Reply to a request for access to public information (English translation by the requester, Polish quoted where relevant)
To: Mr {{p:Tomasz Wiśniewski}}, {{u:Gdynia}}

1. In 2015-2016 the Inspectorate carried out three inspections at a hull-outfitting subcontractor in {{u:Gdynia}}. Fourteen citizens of the {{u:DPRK}} were found working as welders.
2. The names of individuals are withheld under Article 5(2) of the {{u:Act on Access to Public Information}}.
3. The attached protocol (page 4) was not fully anonymised. It quotes "zeznania pana {{r:Paka}}" (the statement of Mr {{r:Pak}}) and records that "wynagrodzenie wypłacano panu {{p:Kimowi}}" (wages were paid to Mr {{p:Kim}}), described as the group's "koordynator".
Signed: inspector {{p:Agnieszka Zielińska}}

[NGO note] Our witness {{r:Pak Hyon-u}} (W-88) confirms he is the "pan {{r:Pak}}" of the protocol; the inspector interviewed him in the canteen with the coordinator, {{p:Kim}}, standing two metres away. {{r:Hyon-u}} left {{u:Poland}} in 2017.""",
    },
    {
        "id": "h44-en-20",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yang Chol-hun", "양철훈", "witness", ["Chol-hun"]),
        ],
        "note": "Conference poster abstract with author list in citation style (surname with initials, one author surnamed An), affiliations and association public, pseudonym codes unmarked, one interviewee named with permission, professor with title outside, sentence-initial 'An estimated'.",
        "text": """POSTER P-17 | {{u:Association for Asian Studies}} Annual Conference 2025, {{u:Columbus}}, {{u:Ohio}}

Counting the uncounted: wage retention among North Korean workers in {{u:Russia}} and {{u:China}}, 2014-2020
{{p:Ri C.-W.}}(1), {{p:Whitaker M.}}(2), {{p:An S.}}(1)
(1) {{u:Korea University}}, {{u:Seoul}}; (2) {{u:University of Leeds}}

Background. An estimated tens of thousands of North Korean workers were abroad before the 2019 deadline set by the {{u:UN Security Council}}. Little is known about how much of their pay they kept.
Method. We coded 46 testimonies collected 2018-2023 (pseudonymised W1-W46) for amounts promised, received and remitted.
Findings. Median retention was under 10%. One interviewee, quoted with permission under his own name, {{r:Yang Chol-hun}}, describes receiving "one month's wage in three years" in {{u:Tomsk}}; {{r:Yang}} kept the receipts.
Acknowledgements. We thank Prof. {{p:Do Hyun-jae}}, the {{u:Citizens' Alliance for North Korean Human Rights}} and our interviewees, especially {{r:Chol-hun}}.""",
    },
    {
        "id": "h44-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Choe Kwang-nam", "최광남", "witness", ["광남"]),
            ("Ri Tong-su", "리동수", "supervisor", ["이동수"]),
        ],
        "note": "Korean interview summary, logging camp near Tynda; brigade leader in North and South spellings and as 리 반장, Russian inspector with a Russian diminutive in Hangul, a co-worker with 동무 and by given name with the affectionate 이, company manager with the bare title 지배인 elsewhere, Kim Jong Un public, regions and cities public.",
        "text": """면담 요약서 (사건번호 RU-2022-031)
면담자: {{p:정다은}} 연구원 / 일시: 2022년 10월 5일 / 장소: {{u:서울}} 사무실

1. 인적 사항: {{r:최광남}} 씨는 1975년 {{u:함경북도}} {{u:김책시}} 출생으로, 2013년부터 2018년까지 {{u:러시아}} {{u:아무르주}} {{u:틴다}} 인근 벌목장에서 일했다고 진술함.
2. 작업반: 작업반장은 {{r:리동수}}(남측 표기로는 {{r:이동수}})였으며, 벌목공 열두 명이 한 천막에서 생활함. {{r:리}} 반장은 매일 아침 계획량을 불러 주었고, 계획을 못 채운 날에는 저녁밥을 반으로 줄였다고 함.
3. {{u:러시아}} 측 검수원: {{u:러시아}} 사람 {{p:세르게이}}가 목재 검수를 맡았는데, {{r:광남}} 씨에게 담배를 자주 주었다고 함. 노동자들은 그를 "{{p:세료자}}"라고 불렀음.
4. 동료: 같은 천막의 {{p:방철}} 동무와 가장 가까웠다고 함. {{p:철}}이는 2016년 겨울 손가락 두 개를 잃었고, 치료는 {{u:틴다}} 시내 병원에서 받았으나 비용은 본인 몫에서 공제되었음.
5. 상부: 회사 지배인 {{p:김성만}}은 한 달에 한 번 {{u:하바롭스크}}에서 왔다 갔다고 함. 지배인이 올 때마다 {{r:리동수}}가 장부를 들고 마중을 나갔음.
6. 사상 교양: 토요일마다 {{u:김정은}}의 노작 학습이 있었고, 빠지면 비판서를 써야 했음.
7. 요청 사항: 진술서에는 본명 대신 "벌목공 C"로 써 달라고 함. {{r:최}} 씨의 딸은 아직 {{u:청진}}에 있음.""",
    },
    {
        "id": "h44-ko-02",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Song Il-ho", "송일호", "witness", ["일호"]),
            ("Han Kyong-sik", "한경식", "supervisor", []),
        ],
        "note": "Korean question-and-answer transcript with 문/답 labels, Kuwait construction; CRLF; witness surnamed 송 beside 송금 and the surname discussed as a word (송가), manager with 지배인 and 동지 outside, a Kuwaiti employer known by his kunya, Egyptian supervisor, a welder by full name and by given name with 이.",
        "text": """녹취록 (발췌) - 2023년 4월 18일 / 면담자 {{p:윤서아}}(문), 진술인 {{r:송일호}}(답)

문: {{u:쿠웨이트}}에는 언제 가셨습니까?
답: 2012년 봄에 {{u:평양}}에서 {{u:베이징}}을 거쳐 {{u:쿠웨이트}}로 들어갔습니다. 현장은 {{u:쿠웨이트시티}}에서 차로 40분 걸리는 곳이었습니다.
문: 현장 책임자는 누구였습니까?
답: 지배인은 {{r:한경식}}이라는 사람이었습니다. 우리는 그냥 "{{r:한}} 지배인"이라고 불렀고, 반장들은 {{r:한경식}} 동지라고 불렀습니다.
문: 임금은 어떻게 받으셨나요?
답: 송금은 회사가 알아서 한다고 했는데, 집에 간 돈은 한 푼도 없었습니다. {{u:쿠웨이트}} 사장, {{p:아부 칼리드}}라고 불리던 분이 한번은 직접 돈을 주려고 했는데 {{r:한}} 지배인이 가로챘습니다.
문: {{r:송}} 선생님, 잠깐 쉬었다 할까요?
답: 괜찮습니다. 계속하지요.
문: 같이 일한 분들 가운데 기억나는 이름이 있습니까?
답: {{p:도명길}}이라는 용접공이 있었습니다. {{p:명길}}이는 더위를 먹고 쓰러졌는데, 이집트 사람 감독 {{p:마흐무드}}가 얼음물을 부어 줘서 살았습니다.
문: 더 하고 싶은 말씀이 있습니까?
답: 제 이름은 {{r:일호}}라고만 써 주세요. 송가는 남쪽에도 많지만, 그 현장에 송가는 저 하나였으니까요.""",
    },
    {
        "id": "h44-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Ok-ryon", "김옥련", "witness", ["옥련"]),
        ],
        "note": "Korean phone-call memo, seafood plant in Dandong; Chinese boss by Korean title, full name with Hanzi and a Chinese form of address, woman team leader beside the ordinary word 조장, two different people named 옥희, staff member surnamed 하 beside 하루, a Chinese co-worker in Hangul and Hanzi.",
        "text": """통화 메모 - 2024.1.9(화) 14:20~14:45 / 담당: {{p:하은지}}

- {{r:김옥련}} 씨와 통화. 목소리 밝음. {{u:부산}}에서 요양보호사 교육을 받는 중.
- {{u:단둥}} 수산물 가공공장(2016~2019) 관련 추가 확인:
  · 중국인 관리자는 {{p:왕}} 사장. 본명은 {{p:왕더성}}({{p:王德胜}}), 여공들은 {{p:王老板}}이라고 부름.
  · 북측 책임자는 여성 조장 {{p:리순애}}. 조장은 매일 밤 휴대폰이 있는지 검사했다고 함.
  · 같은 방 동료 {{p:옥희}}는 친동생 {{p:김옥희}}와 다른 사람임. 혼동 주의.
  · 하루 14시간 작업, 한 달 휴일은 하루.
  · {{u:중국}} 여성 직원 "{{p:샤오진}}"({{p:小金}})이 몰래 과자를 넣어 줬다고 함.
- 동생 {{p:김옥희}}는 아직 {{u:혜산}}에 있음. 2021년 이후 연락 끊김.
- 다음 통화: 설 이후. {{p:하}} 간사가 설문지를 먼저 보내기로 함.
- {{r:옥련}} 씨 요청: 보고서에는 "{{u:단둥}}"만 쓰고 공장 이름은 쓰지 말 것.""",
    },
    {
        "id": "h44-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ha Chol-min", "하철민", "witness", ["철민"]),
            ("Yun Mi-ok", "윤미옥", "relative", ["미옥"]),
        ],
        "note": "Korean family account by a worker's wife, distant-water fishing; husband surnamed 하 beside 하루 and 하지만, given name with the affectionate 이가, a Chinese captain and a political officer with titles outside, another crew member's wife, country names public as nouns.",
        "text": """가족 진술 기록 - 작성: {{p:오세진}} 상담원
진술인: {{r:윤미옥}}(배우자) / 2023년 8월 22일 / {{u:인천}} 자택

{{r:윤미옥}} 씨는 남편 {{r:하철민}}이 2017년 봄 원양어선을 탄다며 {{u:남포}}를 떠났다고 말함. 배는 {{u:중국}} 배였고, 선원 대부분이 {{u:북한}}에서 온 사람들이었다고 들었음.

"{{r:철민}}이가 떠나기 전날 밤, 하루만 더 있다 가라고 했어요. 하지만 회사에서 정한 날이라 안 된다고 하더라고요."

같은 배에 탄 {{p:노경수}}의 아내 {{p:김순덕}}이 2018년 가을에 소식을 전해 주었다고 함. 배가 {{u:러시아}} 수역에서 오징어를 잡다가 고장이 나서 석 달 동안 바다 위에 떠 있었고, 선장 {{p:류}} 씨(중국인)는 선원들에게 하루 한 끼만 주었다고 함. 정치지도원 {{p:마}} 동무가 편지를 모두 뜯어 보았다고 함.

{{r:윤}} 씨는 2019년 {{u:중국}}을 거쳐 입국했으며, 그 뒤로 남편 소식은 모름.

"제 남편 이름을 그대로 써도 돼요. {{r:철민}} 씨가 살아 있다면 이걸 보고 알 거예요. {{r:하}} 씨 집안 사람들은 다 고집이 세거든요." """,
    },
    {
        "id": "h44-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Yong-chol", "리영철", "witness", ["이영철", "영철"]),
            ("Pak Jong-hun", "박정훈", "supervisor", []),
        ],
        "note": "Korean reviewer's comments on a draft testimony, Qatar construction; witness in North and South spellings, team leader beside the ordinary word 조장, reviewer surnamed 조 signing with the bare surname, researcher surnamed 안 beside 안에서, a Nepali co-worker's real name, Kim Jong Il public.",
        "text": """검토 의견서 - 증언 초안 QA-07 ({{u:카타르}} 건설, 2014~2017)
검토자: {{p:조은비}} / 초안 작성: {{p:안태민}} / 2024.3.15

1. 표기 통일: 증언자 이름이 1쪽에는 {{r:리영철}}, 3쪽에는 {{r:이영철}}, 5쪽에는 "{{r:영철}}"로 되어 있음. 본문은 {{r:리영철}}로 통일하고 남측 표기는 각주로 돌릴 것.
2. 2쪽 "조장 {{r:박정훈}}"과 4쪽 "{{r:박}} 반장"이 같은 사람인지 확인 필요. 녹음(00:37:10)을 들어 보면 조장은 {{r:박정훈}}이고 반장은 따로 있음({{p:최}} 반장).
3. 6쪽에 {{u:도하}} 숙소의 주소가 그대로 나옴. 삭제 요망.
4. 7쪽: 네팔 노동자 "{{p:비말}}"은 실명이므로 "네팔 동료"로 바꿀 것.
5. 8쪽의 {{u:김정일}} 사망 언급은 시기가 맞지 않음. 증언자는 2014년에 출국했으므로 "출국 전"으로 고칠 것.
6. 9쪽 "숙소 안에서 문을 잠갔다"는 누가 잠갔는지 분명히 할 것.
7. 전반적으로 좋음. {{p:안}} 연구원 수고 많았음.
- {{p:조}}""",
    },
    {
        "id": "h44-ko-06",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("An Myong-hui", "안명희", "witness", ["명희"]),
        ],
        "note": "Korean coordinator's weekly memo; mixed line endings; witness surnamed 안 beside 안에서 and 안 돌려줬다, a brigade leader by bare surname, a second unregistered worker, staff surnamed 유 and 남궁, the manager's wife called 동지, Ministry of Unification and the UN human-rights office public.",
        "text": """[업무 메모] 2월 셋째 주 면담 일정 (작성: 코디네이터 {{p:유지원}})

- 2/19(월) 10시: {{r:안명희}} 씨 2차 면담. 장소 {{u:마포구}} 쉼터. 면담자 {{p:남궁현}}, 통역 불필요.
  · {{r:안명희}} 씨는 {{u:몽골}} {{u:울란바토르}} 봉제공장(2015~2018) 출신. 지난 면담에서 "반장 동무가 여권을 안 돌려줬다"고만 함. 반장 이름 확인 필요(1차 기록에는 "{{p:허}} 반장").
  · 방 안에서 녹음하되 창가 자리는 피할 것.
- 2/20(화): 휴무.
- 2/21(수) 14시: {{p:석민호}} 씨({{u:러시아}} 건설, 미등록) 사전 통화. 통화자 {{p:유}} 간사.
- 2/22(목): {{u:통일부}} 담당자 회의. 비공개 회의이므로 참석자 이름은 적지 않음.
- 참고: {{r:명희}} 씨는 아직 "동지"라는 말을 습관처럼 씀. 면담자는 놀라지 말 것. 그가 말한 "{{p:송화}} 동지"는 공장 지배인의 부인이라고 함.
- {{u:유엔인권최고대표사무소 서울사무소}}에 보낼 사례 요약은 {{p:남궁}} 선생이 금요일까지.""",
    },
    {
        "id": "h44-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kang Song-chol", "강성철", "witness", ["성철"]),
            ("Ho Myong-su", "허명수", "supervisor", []),
        ],
        "note": "Transcription of a handwritten Korean statement, Mongolia construction; struck-out name still labelled, DPRK-style spelling with 이였다 after a name, manager with 지배인 동지, Mongolian driver with 아저씨, co-worker with the affectionate 이가, the ordinary word 맹세, Kim Il Sung statue public.",
        "text": """[자필 진술서 전사본] 원본: 줄 노트 3장, 연필. 전사: {{p:문소희}} / 대조: {{p:변지호}}
표기: [판독 불가], ~~ ~~ 사이는 원문에서 줄을 그어 지운 글자

진술인 {{r:강성철}}

나는 2014년부터 2017년까지 {{u:몽골}} {{u:울란바토르}}에서 아파트 건설을 하였다. 우리 회사 지배인 동지는 {{r:허명수}}였다. 우리 반장은 ~~{{p:김광}}~~ {{p:김광철}}이였다.
매달 [판독 불가] 딸라를 바쳤다. {{r:허}} 지배인은 그것을 충성자금이라고 하였다.
{{u:몽골}} 사람 운전수 {{p:바트}}가 나에게 빵을 주었다. {{p:바트}} 아저씨는 좋은 사람이다.
2016년 겨울에 동무 {{p:룡철}}이가 비계에서 떨어졌다. 병원에 가지 못하고 숙소에 누워 있었다.
나는 떠나기 전에 {{u:김일성}} 동상 앞에서 맹세하였다. 그러나 [판독 불가] 지금은 그 맹세가 부끄럽다.

2022. 6. {{r:성철}} 씀""",
    },
    {
        "id": "h44-ko-08",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Un-sim", "리은심", "witness", ["은심"]),
        ],
        "note": "Korean job advertisements from a Yanbian classifieds paper with Chinese lines, submitted by a witness; contact persons with titles 실장 and 선생 outside, a Chinese form of address with a title labelled whole, a WeChat ID spelling a name, Chinese cities and regions public.",
        "text": """[자료] 2018년 {{u:연변}} 지역 생활정보지 구인 광고 (원문 조선어·중국어 병기, {{r:리은심}} 씨 제보)

■ 수산물 가공 인력 대량 모집 ■
근무지: {{u:훈춘}} 경제개발구 / 인원: 단체 인력 100명 / 숙식 제공
※ 북측 단체 인력 우선. 개인 응시 불가.
연락처: {{p:김}} 실장({{p:김동혁}}) 139-xxxx-xxxx / 中方联系人: {{p:刘经理}}
위챗: {{p:jindonghyuk}}88

■ 봉제공 모집 (여성) ■
근무지: {{u:도문}} / 월 1,800위안(회사 일괄 지급) / 기숙사 있음
연락: {{p:박}} 선생 135-xxxx-xxxx

[제보자 메모] {{r:은심}} 씨는 2018년 이 광고를 보고 온 북측 노동자들과 같은 공장에서 일했음. 광고 속 "{{p:김}} 실장"이 {{u:평양}} 회사의 {{u:선양}} 대표부와 {{u:중국}} 공장을 이어 주는 사람이었다고 함. {{p:刘经理}}는 공장 인사 담당이었음.""",
    },
    {
        "id": "h44-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Pak Kum-chol", "박금철", "witness", ["요셉", "금철"]),
        ],
        "note": "Korean church baptism register of a congregation of North Korean arrivals; baptismal names as mentions beside legal names, the pastor with 목사 outside, a deaconess by bare surname, a member surnamed 노 beside the word 노동, Hanawon and foreign cities public, country names public as nouns.",
        "text": """○○교회 세례 교인 명부 (2022년도, 발췌)

번호 | 세례명 | 성명 | 생년 | 세례일 | 집례 | 비고
14 | {{r:요셉}} | {{r:박금철}} | 1981 | 2022.4.17 | {{p:정요한}} 목사 | {{u:러시아}} 건설 노동(2011~2016) 후 입국, {{u:하나원}} 수료
15 | {{p:한나}} | {{p:오순영}} | 1990 | 2022.4.17 | {{p:정요한}} 목사 | {{u:중국}} {{u:단둥}} 봉제공장 출신
16 | {{p:다니엘}} | {{p:노성진}} | 1977 | 2022.10.2 | {{p:정요한}} 목사 | {{u:쿠웨이트}} 건설 현장 출신

※ {{r:요셉}} 형제(본명 {{r:박금철}})는 {{u:블라디보스토크}}에서 같이 일하던 동료 {{p:김학수}}의 소식을 알고 싶어 함. 교회 소식지에는 세례명만 쓰기로 함.
※ {{p:노성진}} 형제는 노동 중 입은 허리 부상으로 장기 치료 중. 심방은 {{p:오}} 권사가 맡음.
※ {{r:금철}} 형제의 간증은 12월 성탄 예배 때 예정.""",
    },
    {
        "id": "h44-ko-10",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("No Kwang-hyok", "노광혁", "witness", ["광혁", "꼬마"]),
        ],
        "note": "Korean missing-person leaflet posted online; missing worker surnamed 노 beside 노동자, a nickname, given name with the affectionate 이, brother's Telegram handle spelling his name, hashtag with the name part labelled, a Russian foreman by first name, emoji outside.",
        "text": """사람을 찾습니다 🙏

이름: {{r:노광혁}} (1986년생, 남) / 고향: {{u:함경남도}} {{u:단천}}
2016년부터 {{u:러시아}} {{u:상트페테르부르크}} 건설 현장에서 일하다가 2019년 6월 현장을 떠났다는 소식을 마지막으로 연락이 끊겼습니다.
특징: 왼쪽 눈썹 위 흉터, 러시아어를 조금 함. 현장 노동자 합숙소에서는 "{{r:꼬마}}"라는 별명으로 불렸습니다.
{{u:러시아}} 업체 십장 {{p:안드레이}} 씨가 2019년 여름 {{u:푸시킨}}에서 그를 마지막으로 봤다고 합니다.

{{r:광혁}}이를 보신 분, 함께 일하셨던 분은 꼭 연락 주세요 😢
연락: 형 {{p:노광철}} / {{u:텔레그램}} @{{p:kwangchol_no}}
#{{r:노광혁}}을_찾습니다 #사람을찾습니다""",
    },
    {
        "id": "h44-ko-11",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Jo Un-byol", "조은별", "witness", ["은별"]),
            ("Chae Yong-gil", "채용길", "supervisor", []),
        ],
        "note": "Korean legal-aid application form for a wage claim over a wig factory in Liaoning; CRLF; applicant surnamed 조 beside the word 조장, the former brigade leader now living in the South named as respondent, witnesses listed, lawyer with title outside, Korea Legal Aid Corporation public.",
        "text": """법률구조 신청서 ({{u:대한법률구조공단}} 양식 발췌) / 작성 도움: {{p:길소연}} 활동가

신청인 성명: {{r:조은별}} / 생년월일: 1992.xx.xx / 주소: {{u:경기도}} {{u:안산시}} (상세 생략)
상대방: (1) ○○무역 (2) {{r:채용길}} (당시 작업반장, 현재 {{u:대한민국}} 거주)
사건 개요: 신청인은 2015년부터 2018년까지 {{u:중국}} {{u:랴오닝성}}의 가발 공장에서 일하며 임금을 한 번도 직접 받지 못하였음. 신청인은 {{r:채}} 반장이 여성 노동자 40명의 임금을 가로챘다고 주장함. {{r:채용길}}은 2019년 입국하여 현재 {{u:인천}}에 거주하는 것으로 알려짐.
참고인: {{p:조옥순}}(신청인의 어머니), {{p:위명화}}(같은 공장 동료, 당시 조장)
첨부: 진술서 1부, 공장 사진 3매, {{r:은별}} 씨의 작업 수첩 사본
접수 담당: {{p:권}} 변호사 / 접수일: 2024.5.2""",
    },
    {
        "id": "h44-ko-12",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Sok Il-gwang", "석일광", "witness", ["일광", "СОК ИР ГВАН"]),
        ],
        "note": "Korean translation of a Russian COVID-19 vaccination certificate with Russian quoted; the worker in Cyrillic capitals and Hangul, the doctor in Cyrillic and in Hangul with a title, a co-worker in Cyrillic and Hangul, the country's full name and the Russian city public.",
        "text": """[번역] 예방접종 증명서 (러시아어 원문 → 한국어) / 번역: {{p:김나탈리야}}
원문 제목: «Сертификат о вакцинации против COVID-19»

성명: {{r:СОК ИР ГВАН}} ({{r:석일광}})
생년월일: 1984.xx.xx / 국적: {{u:조선민주주의인민공화국}}
접종: 1차 2021.7.2, 2차 2021.7.23 / 백신명: Гам-КОВИД-Вак
접종 기관: Городская поликлиника № 3, {{u:Владивосток}}
담당 의사: {{p:Соколова И. П.}} (서명)

[번역자 주] 증명서의 이름은 {{u:러시아}} 측이 여권의 영문 표기를 다시 옮긴 것으로, 본인은 "{{r:석일광}}"이 맞다고 확인함. 담당 의사 {{p:소콜로바}} 선생은 현장 노동자들을 무료로 진료해 주었다고 함. 같은 날 접종한 동료 {{p:КИМ ЁН ХО}}({{p:김영호}})의 증명서 사본도 함께 제출됨.
[메모] {{r:일광}} 씨는 이 증명서 덕분에 2022년 현장 밖 병원에 갈 수 있었다고 함.""",
    },
    {
        "id": "h44-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Do Kyong-ho", "도경호", "witness", ["경호"]),
        ],
        "note": "Korean inventory of interview audio files; witness surnamed 도 with given name 경호 beside the ordinary word 경호원, names inside file names labelled, a surname discussed as a word, Jeju Island public, a security officer by bare surname with 씨.",
        "text": """[녹음 파일 목록] 외장하드 B / 폴더 2023_면담 / 정리: {{p:편해린}}

파일명 | 길이 | 내용 | 비고
230412_{{r:도경호}}_1.m4a | 01:12:40 | {{u:쿠웨이트}} 현장 생활 | 원본
230412_{{r:도경호}}_2.m4a | 00:48:05 | 여권 압수, 경호원 동행 외출 | {{r:경호}} 씨 요청으로 38분 이후 비공개
230415_W-14_{{p:홍}}.m4a | 00:35:10 | {{u:러시아}} 벌목 | 진술인 {{p:홍영식}}, 파일명에서 성 삭제 예정
230502_통화_{{r:도}}.m4a | 00:09:12 | 후속 통화 | {{r:도}} 씨가 말한 보위원 {{p:맹}} 씨 관련
230520_{{u:제주도}}_행사.m4a | 00:55:00 | 면담 아님 | 행사 녹음

※ 성씨 "도"와 지명의 "도"가 파일명에서 헷갈리므로, 앞으로 파일명에는 이름을 넣지 않음.
※ 경호원 관련 내용(현장 보위원 {{p:맹}} 씨가 외출 때마다 따라붙음)은 2번 파일 20분 전후.""",
    },
    {
        "id": "h44-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Hong Sun-hui", "홍순희", "witness", ["Sun-hui", "순희"]),
            ("Cha Kyong-ok", "차경옥", "supervisor", []),
        ],
        "note": "Raw Korean/English interview notes, wig factory in Tumen; witness in Hangul and romanization, team leader with 조장 outside, Chinese owner and his sister as Chinese forms of address, a friend by given name with the affectionate 이, emoji outside, border town public, staff by first name.",
        "text": """면담 노트 (raw, KR/EN) - 2023.12.6 - interviewer {{p:Lucy Bae}}
W = {{r:홍순희}} ({{r:Hong Sun-hui}}), wig factory in {{u:Tumen}} ({{u:图们}}), 2017-2020

- 공장 owner: Chinese, {{p:张总}}, came on Mondays only. On the floor: his sister, {{p:张姐}}.
- North Korean 책임자: {{r:차경옥}} 조장. W: "{{r:차}} 조장은 무서웠어요. She counted the hairs, literally."
- Daily quota: 3 hand-tied wigs. Missed quota → 토요일 자아비판.
- W's best friend: {{p:Mi-ran}} ({{p:미란}}이), eyes went bad in 2019, sent home via {{u:남양}}.
- {{p:张姐}} sometimes slipped W 사탕 🍬 when {{r:Cha}} wasn't looking.
- W asks: don't use "{{r:순희}}" in the report, too recognisable in {{u:Tumen}}.
- TODO: {{p:Lucy}} to check photos with {{p:Ben}}; ask W again about the dates of {{r:Kyong-ok}}'s transfer.""",
    },
    {
        "id": "h44-mixed-02",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kye Chol-jun", "계철준", "witness", ["Chol-jun", "철준", "Чолджун"]),
            (
                "Mikhail Yegorov",
                "미하일 예고로프",
                "supervisor",
                ["Михаил Егоров", "Михалыч", "Misha"],
            ),
        ],
        "note": "Korean/English/Russian question-and-answer transcript, greenhouse construction near Ussuriysk; CRLF; Russian boss by full name, patronymic nickname with a genitive ending and an English diminutive, the witness's name in Cyrillic, brigade leader surnamed 로 with the surname then discussed as a word, consulate city public.",
        "text": """[Transcript, KR/EN/RU] Session 1 - 2023.9.14 - Q: {{p:Daniel Kwak}} / A: {{r:계철준}}

Q: {{u:Ussuriysk}}에서 어떤 일을 하셨어요?
A: 비닐하우스 짓는 일이요. {{u:러시아}} 사장은 {{r:Михаил Егоров}}, 우리는 "{{r:Михалыч}}"라고 불렀어요.
Q: {{r:Михалыч}}? Is that a nickname?
A: 네, 아버지 이름으로 부르는 거래요. {{r:Михалыча}} 없으면 일이 안 돌아갔어요.
Q: And the Korean side?
A: 반장은 {{p:로명수}}. {{p:로}} 반장은 돈만 셌어요.
Q: Is that the surname people in the South write as 노?
A: 네, 같은 성이에요. 남쪽에선 "노"라고 쓰죠.
Q: Did {{r:Misha}} know about the wages?
A: 알았죠. 한번은 저한테 "{{r:Чолджун}}, это не моё дело" 그랬어요. Not his business, he said.
Q: Did you ever go to the consulate?
A: {{u:블라디보스토크}} 총영사관에 한 번, 여권 때문에요. {{p:로}} 반장이 따라왔어요.
Q: {{r:철준}} 씨, 마지막 질문이에요. What would you tell {{r:Yegorov}} now?
A: 고맙다고요. He paid for my tooth.""",
    },
    {
        "id": "h44-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Yu Myong-guk", "유명국", "witness", ["Yoo Myung-guk", "명국"]),
        ],
        "note": "Korean/English call log, Kuwait construction; Kuwaiti sponsor known only by his kunya in Arabic script and romanization, Pakistani foreman, North Korean manager surnamed Pak with a Korean title, witness's South spelling, messaging apps and a landmark public.",
        "text": """통화 메모 / call log - 2024.2.27 - {{p:Jina}} → {{r:유명국}}

- {{r:유명국}} 씨 ({{u:Kuwait}} 2015-2018) callback. Now lives in {{u:Daegu}}.
- Kuwaiti sponsor: W remembers only the kunya "{{p:أبو فهد}}" ({{p:Abu Fahad}}). W: "{{p:Abu Fahad}} 사장님은 좋은 분이었어요, he gave us dates at Ramadan."
- Site foreman was Pakistani, {{p:Imran}}; spoke a little Korean by the end.
- Korean side: "{{p:Pak}} 지배인", full name {{p:Pak Jong-nam}}. {{p:Pak}} kept the passports in the office safe.
- W asked whether the spelling {{r:Yoo Myung-guk}} on his {{u:Hanawon}} papers matters for the statement. Told him no.
- They were taken once to the {{u:Kuwait Towers}} for a group photo "to send home".
- Next step: consent form via {{u:Telegram}}, not {{u:KakaoTalk}} ({{r:명국}} 씨 request).""",
    },
    {
        "id": "h44-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Hyok-chol", "리혁철", "witness", ["Lee Hyuk-chul", "혁철"]),
            ("Tak Yong-su", "탁용수", "coworker", ["Tak"]),
        ],
        "note": "Korean/English team memo with emoji, distant-water squid fishing; witness in North and South spellings, co-worker by bare surname, Chinese captain as 老黄 with a particle outside, a political officer nicknamed 오징어 beside 오징어 as the catch, interpreter surnamed Do beside 'Do NOT', IOM and Montevideo public.",
        "text": """[Team memo 📌] 원양어선 사례 - next steps (from {{p:Soo-ah}}, 2024.5.8)

1) {{r:리혁철}} ({{r:Lee Hyuk-chul}}) 3차 면담 확정 ✅ 5/14 2pm, Room B.
2) 동료 {{r:탁용수}}: 아직 연락 안 됨 😞 {{r:Tak}} 씨는 {{u:Montevideo}}에서 하선했다는 얘기가 있음. {{u:IOM}} 쪽에 문의 필요.
3) 선장: Chinese, "{{p:老黄}}" ({{p:Huang}}). {{r:혁철}} 씨: "{{p:老黄}}이 제일 나빴어요."
4) 😂 {{r:혁철}} 씨 said the crew called the political officer "{{p:오징어}}" because he never got wet. 오징어 잡이는 밤에만 했음.
5) Interpreter: Mr {{p:Do}} can't make the 14th, ask {{p:Hyun-woo}} 🙏
6) Do NOT share the deck photos outside the team.""",
    },
    {
        "id": "h44-mixed-05",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pak Chang-ryol", "박창렬", "witness", ["Park Chang-ryeol", "창렬"]),
            ("Ri Sung-ho", "리승호", "supervisor", ["Lee Seung-ho"]),
        ],
        "note": "Korean/English reviewer comments on a draft testimony, logging in Khabarovsk Krai; witness in Hangul, North and South spellings, supervisor as Ri and Lee and as 리 with two titles, Russian master by patronymic only and by full name, 'no one' lowercase, a dead co-worker with 동무.",
        "text": """[Review comments - T-233 (logging, {{u:Khabarovsk Krai}})] reviewer: Dr. {{p:Kim Hae-won}}

p.1 - 이름 표기: {{r:박창렬}} / {{r:Park Chang-ryeol}} / {{r:Pak Chang-ryol}} 세 가지가 섞여 있음. EN은 {{r:Pak Chang-ryol}}, KR은 {{r:박창렬}}로 통일.
p.2 - "반장 {{r:Ri Sung-ho}}" vs p.6 "{{r:Lee Seung-ho}}": same person? 녹음상 같은 사람 ✔
p.3 - the Russian 마스터 "{{p:Petrovich}}" = {{p:Anatoly Petrovich Sidorov}}? 확인 필요.
p.4 - quote "{{r:Pak}} said no one would come for us" - fine as is.
p.5 - "{{u:Khabarovsk}}" → should be the region, not the city.
p.7 - 동무 {{p:편철}} 사망 이야기: family consent 필요.
p.8 - quote "리 반장 동지" → keep as "{{r:리}} 반장 동지".
Overall good. {{r:창렬}} 씨 will like it 👍""",
    },
    {
        "id": "h44-mixed-06",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Kim Tae-sik", "김태식", "witness", ["Tae-sik"]),
            ("Kim Yu-na", "김유나", "relative", ["Yu-na", "유나"]),
        ],
        "note": "Korean/English family account by a daughter about her father's work in Mongolia; mixed line endings; daughter with a vocative particle outside, father's friend with 아저씨 and 'uncle', Mongolian foreman in Cyrillic and Latin, public cities.",
        "text": """Family account / 가족 진술 (typed by {{p:Rebecca Han}}, KR quotes verbatim) - 2024.4.3

Speaker: {{r:김유나}} ({{r:Kim Yu-na}}), 27, daughter of {{r:김태식}}, who worked in {{u:Ulaanbaatar}} (2012-2016) as a plasterer. She left {{u:Chongjin}} in 2019; her father is still there.

"아빠는 {{u:몽골}}에서 돌아오면 항상 말이 없었어요. He brought back a Mongolian scarf for mum and nothing for himself."
"엄마가 그랬어요. '{{r:유나}}야, 아빠한테 {{u:몽골}} 얘기 묻지 마.'"
Father's friend {{p:장명길}} 아저씨 (she calls him "uncle {{p:Jang}}") told her later that the Mongolian foreman, {{p:Ганбаатар}} ({{p:Ganbaatar}}), paid the men directly once and was never hired again.
"제 이름은 써도 되는데, 아빠 이름은 절대 안 돼요. Not {{r:Tae-sik}}, just 'father'."
{{r:Yu-na}} will bring the scarf next time.""",
    },
    {
        "id": "h44-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Chu Yong-jin", "주영진", "witness", ["Ju Yong-jin", "Yong-jin", "영진"]),
            ("Pae Kum-sok", "배금석", "supervisor", ["PAE KUM SOK"]),
        ],
        "note": "Korean/English interpreter's running notes, Kuwait construction, pasted from a shared document; a zero-width space inside a Hangul name, fullwidth capitals with ideographic spaces, a zero-width joiner in a co-worker's name, Indian engineer with Mr. outside, 'Do you know' beside the city.",
        "text": """통역 메모 (interpreter running notes) - {{p:Yoon Ha-jin}} - 2023.11.21, {{u:Kuwait}} case
(copied from the shared doc; some names came through with stray characters, left as is)

00:03 W: {{r:주영진}}. On his Kuwaiti ID it was {{r:Ju Yong-jin}}.
00:07 W on the 반장: "{{r:배\u200b금석}}". "{{r:배}} 반장은 술을 좋아했어요."
00:12 Employer's Indian site engineer: Mr. {{p:Suresh}}, kind to the men.
00:15 (pasted from W's phone contacts): "{{r:ＰＡＥ\u3000ＫＵＭ\u3000ＳＯＫ}}"
00:20 W's roommate: {{p:고\u200d창호}}, from {{u:Sariwon}}.
00:26 W: "Do you know {{u:Kuwait City}}? We never saw it, only the site."
00:31 W's wife {{p:Han Ok-ju}} is in {{u:Wonsan}}; no contact.
00:40 W asks us to use "{{r:영진}}" only.""",
    },
    {
        "id": "h44-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ryom Chol-gyu", "렴철규", "witness", ["Yeom Cheol-gyu", "Yeom", "철규"]),
        ],
        "note": "Transcription of sticky notes from a survivors' workshop whiteboard, Korean/English/Russian; a Russian name in Latin and Cyrillic, a participant in Hangul, North and South spellings, a brigade leader by bare surname, the words Song and No at note starts, UN public, emoji outside.",
        "text": """Workshop "What I want the world to know" - whiteboard transcription (photo 3 of 5), 2024.6.1
Facilitator: {{p:Mina Chu}}. Colours as on the board.

[yellow] "배고팠다. Hungry every day in {{u:Russia}}." (unsigned)
[yellow] "{{p:Vasya}} gave me bread. Спасибо, {{p:Вася}}!"
[pink] "{{r:렴철규}}: I want my name written. {{r:Ryom Chol-gyu}}. Not a number."
[pink] "To {{p:Ok-hui}}: 미안해, I couldn't send the money."
[green] "반장 {{p:엄}} - 용서 못 함"
[green] "{{u:UN}} please check the companies 🙏"
[blue] "Song for my mother 🎵 - 아리랑 말고 다른 노래"
[blue] "No more 충성자금!"

Facilitator's note: the pink note signed "{{r:Yeom}}" at the bottom is also by {{r:철규}}; he asked that both pink notes be kept together.""",
    },
    {
        "id": "h44-mixed-09",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Sim Kwang-ho", "심광호", "witness", ["Shim Kwang-ho", "광호"]),
        ],
        "note": "Interpreter's monthly timesheet, English with Korean; CRLF; witness in Hangul and as Shim, a co-worker surnamed Yu who is not on the list, a Koryo-saram relay interpreter, doctor with title outside, finance approver with an initial, 'So-called' at line start, a bank and a video app public.",
        "text": """INTERPRETER TIMESHEET / 통역 시간 기록 - April 2024
Interpreter: {{p:Park Ji-soo}} | Rate: ₩60,000/h

Date | Witness code | Hours | Notes
04-02 | W-311 | 2.0 | {{u:Zoom}}; {{r:심광호}} joined 20 min late
04-05 | W-311 | 1.5 | in person, {{u:Yeouido}}; {{r:Shim}} brought his co-worker {{p:Yu Song-chol}} (not on our list)
04-09 | W-298 | 3.0 | Russian-Korean relay with {{p:Olga Kim}}
04-12 | W-311 | 0.5 | phone; {{r:광호}} 씨 cancelled, 몸이 안 좋다고 함
04-16 | W-305 | 2.5 | So-called "relay" was not needed after all
04-23 | - | 1.0 | prep meeting with Dr. {{p:Ahn}}
Total: 10.5 h = ₩630,000

Approved: {{p:H. Nam}} (finance) | Pay to: {{u:KB Kookmin Bank}} account ending 4471""",
    },
    {
        "id": "h44-mixed-10",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jin Son-hwa", "진선화", "witness", ["선화"]),
        ],
        "note": "Mobile-payment (WeChat Pay) transaction history with Chinese columns and Korean/English annotations; the account belongs to a Chinese-Korean woman named in Hanzi and Hangul, a Chinese form of address 小金 and 崔老师 labelled whole, a broker in Hanzi, China Mobile and cities public, the witness in a note.",
        "text": """[{{u:WeChat Pay}} 账单 export - columns translated] provided by {{r:진선화}}, 2024.2
Account holder (实名): {{p:金美兰}}

时间 | 交易对方 | 金额 | 备注
2019-03-02 14:11 | {{p:朴成哲}} | -500.00 | "{{r:선화}} 집에"
2019-03-16 09:30 | {{p:小金}} | +320.00 | 加班费
2019-04-01 10:02 | {{p:崔老师}} | -1,000.00 | 中介
2019-04-01 10:05 | {{u:中国移动}} | -50.00 | 话费

[NGO note] {{r:진선화}} used the account of {{p:金美兰}} ({{p:김미란}}), a Chinese-Korean co-worker, because North Korean workers could not open accounts. {{p:朴成哲}} ({{p:박성철}}) is a broker in {{u:延吉}} ({{u:Yanji}}) who forwarded money to her mother in {{u:Hoeryong}}. "{{p:崔老师}}" was a Chinese middleman she never met. {{p:小金}} is {{p:金美兰}}'s nickname at the factory.""",
    },
    {
        "id": "h44-mixed-11",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ma Kyong-hui", "마경희", "witness", ["Kyong-hui", "경희"]),
        ],
        "note": "Piece-rate tally sheet from a garment factory in Dandong, transcribed from a photo, Korean with Chinese and an English annotation; a Korean surname 마 beside a Chinese supervisor 马 with a title labelled whole, women surnamed 안 and 오, the team leader surnamed Ha, one worker's name romanized in the annotation.",
        "text": """[Tally sheet 계수표, transcribed from a photo] 3작업반, 2018년 7월 첫째 주 / garment factory, {{u:丹东}}

이름 | 월 | 화 | 수 | 목 | 금 | 토 | 계 | 비고
{{r:마경희}} | 42 | 40 | 45 | 38 | 44 | 41 | 250 |
{{p:방순옥}} | 35 | 33 | 0 | 0 | 30 | 34 | 132 | 병
{{p:안영실}} | 48 | 50 | 47 | 49 | 51 | 48 | 293 | 모범
{{p:오은주}} | 40 | 39 | 41 | 40 | 40 | 39 | 239 |
조장 확인: {{p:하춘심}} / 中方: {{p:马主管}}

[Annotation by {{p:Laura Kim}}] {{r:Kyong-hui}} says the zeros for {{p:Bang Sun-ok}} on Wednesday and Thursday were the days she was at the clinic; {{p:Ha}} still deducted a day's food. The piece rate was ¥0.8 per garment, but none of it reached the women. {{r:마}} 씨 kept this photo on a memory card sewn into her coat.""",
    },
    {
        "id": "h44-mixed-12",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Chol-jin", "김철진", "witness", ["Chol-jin", "КИМ ЧХОЛЬ ДЖИН", "철진"]),
        ],
        "note": "Translated Russian income certificate (spravka) with Korean notes; the worker in Cyrillic, Latin and Hangul, a company representative in Cyrillic with a genitive ending and in DPRK Hangul spelling, accountant and director with initials, the Russian tax service and city public.",
        "text": """[Translation / 번역] СПРАВКА О ДОХОДАХ (income certificate) за 2018 год
Issued by: ООО «Сибирь-Монтаж», {{u:Новосибирск}}

Employee / 직원: {{r:КИМ ЧХОЛЬ ДЖИН}} / {{r:Kim Chol-jin}} / {{r:김철진}}
Gross income 2018: 312 000 руб.
Note in the original: «Выплачено через представителя {{p:Ли Сон Ира}}» (paid through the representative {{p:Li Son Ir}})
Chief accountant: {{p:Морозова Т. В.}} | Director: {{p:Бойко А. Н.}}
Submitted to: {{u:ФНС России}}

[메모] {{r:철진}} 씨: "이 돈 중에 제가 받은 건 한 달에 100달러 정도예요." The representative "{{p:Ли}}" is {{p:리성일}} ({{u:DPRK}} spelling), 회사 대표. {{r:Chol-jin}} says {{p:리성일}} signed for all 60 workers.""",
    },
    {
        "id": "h44-mixed-13",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Paek Yong-ae", "백영애", "witness", ["Yong-ae", "영애"]),
        ],
        "note": "Export of a livestream chat during a testimony broadcast about North Korean restaurants in China; usernames with name parts labelled, a fullwidth username, a zero-width space inside a manager's name, honorific 님 and emoji outside, a non-name handle containing 'moon', Kim Jong Un public, YouTube public.",
        "text": """[Chat log export - {{u:YouTube}} live "해외 파견 노동자 증언 라이브", 2024.3.9] moderator export, usernames kept

[20:01] 진행자_{{p:미나}}: 오늘 게스트는 {{r:백영애}} 님입니다 👏
[20:02] {{p:jinsu_kim}}88: 안녕하세요!!
[20:03] moon_river: {{r:영애}}님 화이팅 🔥
[20:05] {{p:Ｋｉｍ\u3000Ｓｏｒａ}}: 식당에서 몇 년 일하셨어요?
[20:06] 진행자_{{p:미나}}: {{r:영애}} 씨는 {{u:중국}} {{u:선양}}의 {{u:북한}} 식당에서 4년 일하셨어요.
[20:08] anon_7781: 혹시 {{p:리\u200b춘희}} 지배인 아세요?
[20:09] 진행자_{{p:미나}}: 실명 언급은 자제 부탁드려요 🙏 (메시지 숨김)
[20:12] {{p:so_yeon}}: {{r:영애}}님 목소리 너무 좋아요 ㅠㅠ
[20:14] 곰돌이🐻: {{u:김정은}} 얘기도 해 주세요
[20:15] 진행자_{{p:미나}}: 오늘은 식당 이야기만 합니다 😅
[20:17] {{r:백영애}}(게스트): 식당 책임자는 {{p:최}} 지배인 동지였고, 노래는 매일 밤 불렀어요.""",
    },
]
