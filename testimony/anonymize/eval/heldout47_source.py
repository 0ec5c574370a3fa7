# ruff: noqa: E501
"""Held-out evaluation passages, set 47. Built by build_heldout.py heldout47.

Fifty documents of the kind an NGO working on North Korean workers sent abroad
actually holds. Half are the core material, typed the way the NGO's own staff type
them (interview summaries, question-and-answer transcripts with speaker labels,
phone-call notes, reviewers' comments on a draft testimony, family members'
accounts, coordinators' memos, case meeting minutes and e-mail threads); the other
half are genres no earlier set used (translators' certificates of accuracy, powers
of attorney, trustees' board resolutions, transcribers' romanization style guides,
post-mortem report extracts, cemetery burial registers, open-source vessel-tracking
worklogs, task-board exports, slide-deck speaker notes, rally running orders,
translated social-insurance statements, bail applications, dental treatment
records, film-festival programme notes, shelter residents' council election
tallies, eulogies, charity auction catalogues, charity-run team rosters, apartment
mailbox directories, lost-baggage reports, foremen's daily site reports, ship radio
logs, staff training quizzes with answer keys, intranet FAQ pages and surgical
consent forms), in English, Korean and mixed Korean/English with Russian, Chinese,
Arabic, Vietnamese, Thai, Nepali, Mongolian, Polish and Japanese. All persons are
fictional; real public figures are mentioned only neutrally.

Labelling convention:
- {{r:...}} a mention of a registered private person (listed in the passage's
  "persons" as (romanized name, Hangul name, role, aliases)); {{p:...}} a mention
  of an unregistered private person; {{u:...}} a public name: a real public figure,
  a real place, a real organisation or company, a real ship, app or platform.
- Every fictional person is private, whatever their office (a fictional minister,
  judge, police officer, consul, doctor, inspector, pastor or interpreter is private).
- Invented businesses, sites, churches and vessels are left unmarked.
- A mention is labelled as the text writes it: the name only, without particles
  (박철민이 -> {{r:박철민}}이; the affectionate suffix 이 after a given name and a
  vocative 아/야 also stay outside) and without titles or honorifics (리 반장 ->
  {{r:리}} 반장, 김 동무, 박 씨, Mr {{p:Ho}}, Dr {{p:X}}), but Chinese forms of address
  are labelled whole (老周, 小王, 王总) and Russian and Polish names keep their case
  endings (Пака, Кима, Kima, Pakiem).
- A possessive 's, a plural -s, particles and emoji stay outside a mention.
- Zero-width characters, fullwidth letters and OCR errors inside a name stay inside
  the mention; initials standing for a person are mentions.
- A nickname or pet name that refers to a person is a mention of that person; the
  same word used as an ordinary word is not. Generic kinship or role words used
  instead of a name (엄마, 형, 반장, "the cook") are not mentions.
- In an e-mail address or login only the local part is labelled, and only when it
  spells the person's name; where the local part also holds digits or other words
  only the part that spells the name is labelled; role accounts are unmarked.
- Speaker labels that are a person's name, surname or initials are mentions;
  Q/A/INT-style labels are not.
- A surname discussed as a word is unmarked, and so are ordinary words that look
  like names (So, No, Do, Song as a song, the moon).
- Country names are public places whenever they stand as nouns, also attributively
  (DPRK, North Korea, 러시아 벌목장, 북한 사람, 중국 돈); nationality adjectives and
  derived words (Korean, Chinese, 한국어, 조선말, 러시아인) are not marked.
"""

PASSAGES: list[dict] = [
    {
        "id": "h47-en-01",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Kwang-song", "리광성", "witness", ["Kwang-song", "Lee Kwang-seong"]),
            ("Song Chol-ho", "송철호", "supervisor", []),
            ("O Myong-suk", "오명숙", "relative", ["Myong-suk"]),
        ],
        "note": "Third-person interview summary, logging in Amur Oblast and building in Vladivostok; brigade leader Song beside the ordinary word song; wife O beside the interjection O; North/South spellings of one name; a Russian forester by first name only.",
        "text": """INTERVIEW SUMMARY (third person) - file W-2291
Interviewer: {{p:Hwang Da-eun}} | Interview in Korean, no interpreter | 14 May 2025, {{u:Seoul}} office

{{r:Ri Kwang-song}} (b. 1983, {{u:Hamhung}}) worked for a logging enterprise near {{u:Tynda}}, {{u:Amur Oblast}}, from 2016 to 2019, and then on apartment blocks in {{u:Vladivostok}} until he left the site in October 2021. He asked that the South Korean spelling of his name, {{r:Lee Kwang-seong}}, not appear in anything we publish, because a cousin in {{u:Incheon}} uses the same spelling online.

Logging. The team of 24 was run by brigade leader {{r:Song Chol-ho}}. {{r:Song}} kept the passports in a biscuit tin in his own cabin and handed them out only for the yearly registration with the migration office. Every evening {{r:Song}} made the team sing one song before the self-criticism session; {{r:Kwang-song}} remembers it was nearly always the same song, and that nobody dared to ask for another. The plan figure was 500 cubic metres per man per month. A Russian forester called {{p:Gennady}} sometimes paid the men in cash for extra loads; {{r:Song}} found out in the second winter and took the money "for the loyalty fund".

{{u:Vladivostok}}. After the 2019 deadline in {{u:UN Security Council}} resolution 2397 the men were not sent home; instead they were moved on student visas to a building site on {{u:Russky Island}}. Pay there was nominally 40,000 roubles a month, of which the men saw about a fifth. {{r:Ri}} says the deductions were announced as "plan contribution", "dormitory" and "gifts for the holidays".

Family. His wife {{r:O Myong-suk}} stayed in {{u:Hamhung}} with their daughter {{p:Un-ha}}, who was six when he left. He last spoke to {{r:O}} in March 2022 through a broker in {{u:Yanji}}. He remembers the first words: "O, you are alive." {{r:Myong-suk}} told him that the local security officer, a man she called only {{p:Cha}}, had visited twice. He does not want us to contact her.

Interviewer's note: Mr {{r:Ri}} was calm and precise about dates but could not name the Russian company that owned the site. He gave permission for the summary to be used in our submission to the {{u:Office of the High Commissioner for Human Rights}}, initials only.
""",
    },
    {
        "id": "h47-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("An Chol-jin", "안철진", "witness", ["Chol-jin", "Ahn Cheol-jin"]),
            ("Jo Yong-nam", "조영남", "supervisor", []),
            ("Ha Song-il", "하성일", "coworker", ["Song-il", "Blackie"]),
        ],
        "note": "Long question-and-answer transcript with surname speaker labels (AN beside the article 'an', YU beside 'you'), Polish shipyard in Gdynia; Polish names with case endings; a supervisor called by nickname and title; co-worker Ha beside the laugh 'ha'; Lech Walesa and the Ever Given mentioned as public names.",
        "text": """TRANSCRIPT - interview 2 of 2 (working copy, lightly cleaned)
Date: 9 September 2024, 10:05-11:48
Place: our meeting room, {{u:Seoul}}
Present: {{p:JUNG Ha-rin}} (interviewer), {{r:AN Chol-jin}} (interviewee), {{p:YU Seo-yeon}} (note-taker; speaks Polish)
Speaker labels: {{p:JUNG}} / {{r:AN}} / {{p:YU}}

{{p:JUNG}}: Thank you for coming back. Last time we stopped when you arrived in {{u:Poland}}. Can we start from the first morning?
{{r:AN}}: Yes. We landed in {{u:Warsaw}} in the evening, in March 2016, and a minibus drove us all night to {{u:Gdynia}}. There were eleven of us. Comrade {{r:Jo}} sat in front with the driver and kept the passports in a plastic folder on his knees.
{{p:JUNG}}: {{r:Jo}} is {{r:Jo Yong-nam}}, the one you called the chairman?
{{r:AN}}: Yes. We called him Chairman {{r:Jo}} even though he was not chairman of anything. He was the representative of the company from {{u:Pyongyang}}. He liked the title.
{{p:JUNG}}: And the site?
{{r:AN}}: A shipyard. We did welding on hull sections. I think the sections were for a ship being built for {{u:Norway}}, but I am not sure. The Polish workers had the same job as us but a different canteen.
{{p:YU}}: Can I ask about the Polish foreman? You mentioned a name last time.
{{r:AN}}: {{p:Marek}}. Pan {{p:Marek}}. He was kind. He shouted a lot, but he shouted at everybody.
{{p:YU}}: The other workers said "z {{p:Markiem}}" when they talked about going to him? Like "I will talk with {{p:Marek}}"?
{{r:AN}}: Yes, I heard that many times. "Z {{p:Markiem}}, z {{p:Markiem}}." I learned it before I learned "good morning".
{{p:JUNG}}: How many hours a day?
{{r:AN}}: Twelve, sometimes fourteen. Sunday was half a day, and in the afternoon there was the study session. You know, reading the newspaper, criticism.
{{p:JUNG}}: Who led the study session?
{{r:AN}}: {{r:Jo}}. Or if he was in {{u:Gdańsk}} for meetings, {{r:Ha Song-il}} read out the article.
{{p:JUNG}}: Was {{r:Ha}} a supervisor?
{{r:AN}}: No, no. An ordinary worker like me, but he had beautiful handwriting and a loud voice, so he was the one who read. Ha! He would not like to hear me say that. We called him {{r:Blackie}} because he worked on the outside of the hull all summer and got very dark.
{{p:JUNG}}: Did {{r:Song-il}} also weld?
{{r:AN}}: Yes. He was better than me. In 2017 he burned his arm badly. The Polish nurse at the gate wanted to send him to the hospital, and {{r:Jo}} said no, he would take him himself. He took him back to the dormitory.
{{p:YU}}: Do you remember the nurse's name?
{{r:AN}}: Only that the men called her Pani {{p:Ewa}}. She gave {{r:Blackie}} cream and bandages every day for two weeks. I think she got in trouble with somebody for it.
{{p:JUNG}}: Let's talk about pay. What were you told in {{u:Pyongyang}}?
{{r:AN}}: That we would get 300 dollars a month in our hands and the rest would go to the state. In {{u:Gdynia}} we were told that the company in {{u:Poland}} paid our money into an account in the name of the Korean company. Every month {{r:Jo}} gave us a little cash, about 100 zloty, sometimes less. We signed a paper in Polish that none of us could read.
{{p:JUNG}}: Did anybody ask what the paper said?
{{r:AN}}: One time. A young man, {{p:Pyon}}. {{p:Pyon}} asked, and the next week he was sent home. Nobody asked after that.
{{p:JUNG}}: Do you know his full name?
{{r:AN}}: {{p:Pyon Kwang-hyok}}, I think. From {{u:Nampo}}. He was maybe twenty-five.
{{p:YU}}: May I go back to the folder? You said {{r:Jo}} kept the passports.
{{r:AN}}: All the time. At the work-permit office he gave them to the clerk and took them back before we left the room. The clerk said something to him, and {{r:Jo}} laughed and said "{{u:Korea}}, {{u:Korea}}". That was all the Polish he spoke in front of us.
{{p:JUNG}}: You mentioned {{u:Solidarity}} last time.
{{r:AN}}: Yes. On the way into {{u:Gdańsk}} there is the big monument with the crosses, and once the bus went past the old shipyard gate with the photographs. Someone on the bus, a Polish driver, pointed and said "{{u:Wałęsa}}". I did not know who that was until I came to {{u:South Korea}}.
{{p:JUNG}}: When did you decide to leave?
{{r:AN}}: In 2021. During the pandemic we could not go home and could not go out. We heard that a ship was stuck in the canal, the {{u:Ever Given}}, on the Polish television in the canteen, and {{r:Song-il}} said: if a ship that big can get stuck, so can we. He meant we will be stuck in {{u:Poland}} forever. After that I started to think about it seriously.
{{p:JUNG}}: How did you leave?
{{r:AN}}: I prefer not to say the details on the recording. A Korean pastor in {{u:Berlin}} helped. I went by train.
{{p:JUNG}}: That's fine. We will keep that part off the record. What happened to {{r:Song-il}}?
{{r:AN}}: I heard from a friend in {{u:Seoul}} that he went back to {{u:Pyongyang}} in 2023 with the others. I don't know after that.
{{p:YU}}: Is there anything about Chairman {{r:Jo}} you want to add?
{{r:AN}}: Only that he was afraid too. He had a wife and two sons in {{u:Pyongyang}}. An order came and he followed it. But he kept some of our money for himself, everybody knew that.
{{p:JUNG}}: Thank you, Mr {{r:An}}. Shall we stop here?
{{r:AN}}: Yes. You can use my testimony, but with another name, please. Not {{r:Chol-jin}}, and not the South Korean spelling {{r:Ahn Cheol-jin}} either.

[END OF RECORDING 11:48]

Note-taker's remarks ({{p:YU}}): The shipyard is most probably the one named in the 2016-2018 press reports on North Korean welders in {{u:Gdynia}}; we should not name it from this testimony alone. The Polish phrases have been checked. "Pan" and "Pani" are titles, not names. The interviewee used "an" and "you" in English a few times; these are words, not names.
""",
    },
    {
        "id": "h47-en-03",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Do Yong-chol", "도영철", "witness", ["Yong-chol", "Toh Young-cheol"]),
            ("Moon Hae-sun", "문해순", "relative", ["Hae-sun"]),
        ],
        "note": "Follow-up phone-call notes with CRLF, Kuwait construction; witness Do beside the verb 'do' and the word 'do not'; his aunt Moon beside President Moon Jae-in; a caseworker with a Western given name and the surname Moon; emoji.",
        "text": """PHONE NOTES - follow-up call #3
Case: KW-0447 | Caller: {{p:Sarah Moon}} (caseworker) | 21 Feb 2025, 14:10-14:32 KST

Called {{r:Do Yong-chol}} on the number he gave in January. He answered on the 2nd ring 🙂.
- He asked us again: do not call after 9 pm his time, his roommate is suspicious. I said we will do our best.
- He is still in {{u:Kuwait}}, now at a site near {{u:Jahra}}; he says there are 30 North Korean men on the site and "many Indians and Egyptians".
- {{r:Yong-chol}} says the new manager is "worse than the last one" and has taken all phones for a week. He was calling from a phone he borrowed from an Egyptian worker.
- His aunt, {{r:Moon Hae-sun}}, lives in {{u:Daegu}} (she came south in 2009). {{r:Do}} wants us to pass a message: he is healthy, he got her letter. I said I would call Mrs {{r:Moon}} tomorrow.
- He mentioned that in 2018 the men watched TV pictures of President {{u:Moon Jae-in}} in {{u:Pyongyang}} and the manager said "see, unification soon". Nobody believed it. ({{r:Do}}'s words, not mine.)
- He asked whether he should try to go to the embassy of the {{u:Republic of Korea}}. I said we cannot advise on that over the phone; the legal team will call.

Action items:
1. Call {{r:Hae-sun}} (aunt) - {{p:Sarah}}, 22 Feb.
2. Ask legal ({{p:Daniel}}) re embassy question.
3. Do NOT leave voicemail. 🙏

Note for the file: in the old intake form his name is spelled {{r:Toh Young-cheol}}; same person.
""",
    },
    {
        "id": "h47-en-04",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("No Kum-sil", "노금실", "witness", ["Kum-sil", "Roh Geum-sil"]),
            ("Jong Ok-hwa", "정옥화", "supervisor", ["Ok-hwa"]),
        ],
        "note": "Reviewers' comments exported from a shared draft testimony, seafood processing in Dandong; witness surname No beside the answer 'No'; reviewers appear as comment initials; Chinese forms of address labelled whole; Sinuiju and the Yalu as places.",
        "text": """DRAFT TESTIMONY T-118 - reviewer comments (export from the shared document, v4)
Testimony of: {{r:NO Kum-sil}} (seafood processing, {{u:Dandong}}, 2017-2020)
Reviewers: {{p:JK}} = {{p:Jae-kyung Kim}}; {{p:RL}} = {{p:Rachel Lim}}; {{p:TB}} = {{p:Tomasz Bielecki}}

[{{p:JK}}1] p.1, line 4 - "No, I never saw the contract." Please keep the "No," at the start; it is her answer to the question and it shows she was asked directly. Not the surname!
[{{p:RL}}2] p.1 - We spell her name {{r:No Kum-sil}} in the file and {{r:Roh Geum-sil}} in the hospital papers from {{u:Seoul}}. Pick one for the publication; I suggest neither, use "Ms {{r:N.}}"
[{{p:JK}}3] p.2, para 2 - The team leader is {{r:Jong Ok-hwa}}. Elsewhere the draft calls her "{{r:Ok-hwa}} unni" - that is how {{r:Kum-sil}} addressed her. Keep the name, drop "unni", or explain it in a footnote.
[{{p:TB}}4] p.2 - "{{p:孙经理}}" is the factory manager (Manager {{p:Sun}}). Do we know his full name? If not, leave as is; translating it as "Mr {{p:Sun}}" loses that it is a title.
[{{p:RL}}5] p.2 - She also mentions "{{p:小刘}}", a young Chinese driver who brought the women to the market once a month. Fine to keep.
[{{p:JK}}6] p.3 - The claim that the women saw {{u:Sinuiju}} across the {{u:Yalu River}} from the dormitory roof: plausible, the dormitory was near the river bank, per her sketch.
[{{p:TB}}7] p.3 - "{{r:Jong}} took our phones on the first day" vs. p.5 "we never had phones". Contradiction? Ask {{r:Kum-sil}}.
[{{p:JK}}8] re {{p:TB}}7 - Not a contradiction: she means they had phones from {{u:Pyongyang}} with no SIM, which {{r:Jong}} collected. Clarified on the call of 3 March.
[{{p:RL}}9] p.4 - Reference to the {{u:UN Panel of Experts}} report on seafood exports: cite the 2019 report (S/2019/171), not the news article.
[{{p:TB}}10] p.4 - {{r:No}} says "no one was paid in 2020". I'd soften to "she was not paid in 2020", she cannot know about everyone.
[{{p:JK}}11] Resolved all. Sending to {{p:Rachel}} for final read.
""",
    },
    {
        "id": "h47-en-05",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("So Yon-hui", "소연희", "relative", ["Yon-hui"]),
            ("So Kwang-il", "소광일", "witness", ["Kwang-il", "Beanpole", "Il"]),
        ],
        "note": "Family member's account of a brother's work in Ulaanbaatar, half CRLF; surname So beside the discourse word 'So,'; nickname Beanpole; Mongolian names; a one-syllable given name alone.",
        "text": """FAMILY ACCOUNT - taken down by {{p:Park Ji-won}}, 2 April 2025, by phone, in Korean; English summary in her words

My name is {{r:So Yon-hui}}. I came to {{u:South Korea}} in 2015. My younger brother is {{r:So Kwang-il}}, born 1989. In our village everybody called him {{r:Beanpole}} because he grew so tall at fourteen.

So, what I know is from two people. First, a woman from {{u:Chongjin}} I met in {{u:Hanawon}}, who had a husband in {{u:Mongolia}}. Second, a Mongolian man, {{p:Batbayar}}, who phoned me in 2023. {{p:Batbayar}} worked as a driver for a building company in {{u:Ulaanbaatar}}, and {{r:Kwang-il}} was on his site.

{{p:Batbayar}} said the Koreans lived in containers behind the site near the {{u:Tuul River}}, twenty men. They worked from seven in the morning until it was dark. In winter it was minus thirty. He said {{r:Beanpole}} - he used the same name, he heard the others calling him that - always asked him for cigarettes and news.

{{p:Batbayar}}'s wife, {{p:Oyuntsetseg}}, sometimes gave the men bread. One day in 2022 she gave {{r:Kwang-il}} a phone to call me. I heard his voice for one minute. He said: "Sister, it's me, {{r:Il}}." At home only our mother called him {{r:Il}}, so I knew it was really him.

So that is all. I don't know if he is still there. I want to know if he is alive. I am not asking you to bring him; I know you can't.

Staff note: {{r:Yon-hui}} agreed that we contact {{p:Batbayar}} through our partner in {{u:Ulaanbaatar}}. She does not want her brother's name used in any report. Do not confuse with the unrelated case of {{p:So Chol}} (file MN-012).
""",
    },
    {
        "id": "h47-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Hyon Chang-bok", "현창복", "witness", ["Chang-bok"]),
            ("Kang Hyok", "강혁", "witness", ["Hyok"]),
        ],
        "note": "Coordinator's memo assigning cases, with a table of staff logins and a visit by the Special Rapporteur and the High Commissioner's office; witness with a one-syllable given name used alone; staff logins spelling names; role accounts unmarked.",
        "text": """MEMO
From: {{p:Esther Yang}}, programme coordinator
To: casework team
Date: 3 June 2025
Re: assignments for June; Special Rapporteur's visit

1. Visit. The Special Rapporteur on the situation of human rights in the {{u:DPRK}}, {{u:Elizabeth Salmón}}, will meet survivors in {{u:Seoul}} on 19 June. The {{u:OHCHR}} field office ({{u:Seoul}}) is coordinating. We have been asked for two people willing to speak about overseas work. I propose {{r:Hyon Chang-bok}} ({{u:Russia}} construction) and {{r:Kang Hyok}} ({{u:Qatar}}). Both have said yes in principle. {{r:Hyok}} wants to meet her without cameras; {{r:Chang-bok}} is fine with a photo from behind.

2. Assignments.

| Case      | Lead             | Login        | Backup        |
|-----------|------------------|--------------|---------------|
| RU-0318   | {{p:Minji Seo}}        | {{p:mseo}}         | {{p:Oh Tae-yang}}   |
| QA-0092   | {{p:Oh Tae-yang}}      | {{p:taeyang.oh}}   | {{p:Minji Seo}}     |
| CN-0577   | {{p:Benedict Nam}}     | {{p:bnam}}         | {{p:Esther Yang}}   |
| MN-0012   | {{p:Esther Yang}}      | {{p:eyang}}        | {{p:Benedict Nam}}  |

Please note: the shared inbox (casework@, intake@) is a role account and must not be used for personal correspondence with survivors.

3. Reminder. The High Commissioner, {{u:Volker Türk}}, mentioned overseas workers in his last statement to the {{u:Human Rights Council}}; {{p:Minji}} will circulate the text.

4. {{r:Hyon}} asked me to thank everyone for the winter coat. 😊

- {{p:E.Y.}}
""",
    },
    {
        "id": "h47-en-07",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Yu Chol-man", "유철만", "witness", ["Chol-man"]),
            ("Paek Song-ho", "백성호", "supervisor", []),
        ],
        "note": "Case meeting minutes, CRLF, construction in Qatar; surname-first with comma in capitals; witness Yu beside 'you'; Nepali co-workers with a kinship term; real stadium, company and ministry as public names.",
        "text": """CASE MEETING MINUTES - 11 March 2025
Present: {{p:Kwon Na-yeon}} (chair), {{p:Ian Pearce}} (legal), {{p:Lee So-ra}} (psychosocial), {{p:Jang Min}} (minutes)
Apologies: {{p:Hong}}

Item 1: QA-0092, {{r:YU, Chol-man}}
{{p:Kwon}} summarised: {{r:Yu}} worked 2015-2019 on building sites in {{u:Doha}}, including subcontract work near {{u:Lusail Stadium}}. Employer of record was a Qatari contractor; the North Korean side was managed by {{r:PAEK, Song-ho}}. {{r:Paek}} held the passports and the bank cards.
{{p:Ian}}: For the complaint to the {{u:Ministry of Labour}} in {{u:Qatar}} we need his ID number; {{r:Chol-man}} says you can find it on the old residence card photo. I told him: if you have the photo, send it. He said "you will get it".
{{p:Lee}}: He spoke warmly about two Nepali workers who shared food with him, {{p:Ram Bahadur Thapa}} and {{p:Dil Kumari}}. He called the older one "{{p:Thapa}} dai" (dai, दाइ = elder brother in Nepali). He is worried they were blamed when he left.
Decision: {{p:Ian}} to draft the complaint; {{p:Lee}} to continue sessions fortnightly. We will not name {{p:Thapa}} or {{p:Dil Kumari}} anywhere.

Item 2: general
- {{u:Amnesty International}} has asked for aggregated numbers on {{u:Qatar}} cases. {{p:Kwon}} to reply, numbers only.
- Next meeting 25 March.

Minutes: {{p:J.M.}}
""",
    },
    {
        "id": "h47-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pak Sun-hui", "박순희", "witness", ["Sun-hui", "Park Soon-hee"]),
            ("Kim Yong-ae", "김영애", "supervisor", []),
        ],
        "note": "E-mail thread between NGO staff and a university researcher about a garment-factory witness in Hunchun; e-mail addresses whose local parts spell names, a role account, quoted replies with '>' and a signature block; witness in two romanizations.",
        "text": """From: {{p:ha.jimin}}@nkworkers-watch.org
To: {{p:d.whitford}}@soas.ac.uk
Cc: research@nkworkers-watch.org
Subject: Re: Re: interview request - {{u:Hunchun}} garment factory
Date: Tue, 8 Apr 2025 16:41 +0900

Dear {{p:David}},

Thanks for your patience. I spoke with {{r:Pak Sun-hui}} yesterday. She is willing to talk to you for your project, on three conditions: no recording, her name not in the thesis (not {{r:Park Soon-hee}} either, which is on her {{u:ROK}} ID), and an interpreter she knows. I suggested Ms {{p:Bae}} - {{p:Bae Yoo-jin}}, who interpreted for us last year.

On your question about the factory: {{r:Sun-hui}} worked in a garment factory in {{u:Hunchun}}, {{u:Jilin}}, from 2016 to 2019, sewing jackets. She is clear that labels from several Western brands were sewn in there, but I would not print brand names on her word alone. Her team leader was {{r:Kim Yong-ae}}, who she says was "strict but not cruel".

Best,
{{p:Jimin}}

--
{{p:Ha Jimin}} | Research Officer
nkworkers-watch.org | +82 2 xxx xxxx

> On 4 Apr 2025, at 10:02, {{p:David Whitford}} <{{p:d.whitford}}@soas.ac.uk> wrote:
> Dear {{p:Jimin}}, dear colleagues,
> I'm writing up a chapter on the {{u:Hunchun}} factories for my PhD at {{u:SOAS}} and would be very grateful for one more interview. I read the 2017 {{u:Reuters}} investigation and the {{u:Outlaw Ocean Project}} reporting, and want to compare with a first-hand account.
> Many thanks,
> {{p:David}}

> > On 1 Apr 2025, research@nkworkers-watch.org wrote:
> > Dear Mr {{p:Whitford}}, your request has been passed to Ms {{p:Ha}}, who will reply this week.
""",
    },
    {
        "id": "h47-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kye Hyang-mi", "계향미", "witness", ["Hyang-mi", "Little Swallow"]),
            ("Ri Un-sil", "리은실", "supervisor", ["Un-sil"]),
        ],
        "note": "First-person interview summary of a restaurant waitress in Vientiane and Hanoi who crossed to Thailand; nickname Little Swallow beside the ordinary word swallow; Vietnamese, Lao and Thai names; Air Koryo and Thai immigration as public names.",
        "text": """INTERVIEW SUMMARY (first person, translated from Korean; approved by the interviewee)
Interviewer: {{p:Choi Eun-bi}} | 27 November 2024

I am {{r:Kye Hyang-mi}}. I was sent abroad in 2014 at twenty-one, to a North Korean restaurant in {{u:Vientiane}}. We flew {{u:Air Koryo}} to {{u:Beijing}} and then went on by train and bus. There were fourteen of us girls and a manager, {{r:Ri Un-sil}}, who was about forty.

At the restaurant we served, sang and danced every evening. The customers were mostly South Korean tourists and businessmen, some Chinese, some Lao. The other girls called me {{r:Little Swallow}} because I was small and moved fast between the tables. I swallowed my pride every day, but I liked the singing.

{{r:Un-sil}} took our tips every night and wrote the amounts in a notebook. Once a Lao regular, an older man the staff called Uncle {{p:Khamphone}}, left a big tip in my hand and said I should keep it. {{r:Ri}} saw it and I was not allowed to work in the hall for a month. I washed dishes with a Lao woman, {{p:Noy}}, who taught me some Lao words.

In 2017 the restaurant moved us to {{u:Hanoi}}. There the landlord's daughter, {{p:Nguyễn Thị Hoa}}, was friendly with me; we talked with gestures and some English. {{p:Hoa}} told me that people can go to {{u:Thailand}} and then to {{u:South Korea}}. I did not answer her, but I remembered.

In 2019 I left. I will not describe the route. I reached {{u:Bangkok}}, and a Thai officer at the {{u:Immigration Bureau}}, a kind woman whose name tag said {{p:Siriporn}}, gave me water and a blanket before the interview. I was sent to {{u:Seoul}} in 2020.

Interviewer's note: {{r:Hyang-mi}} asked that "{{r:Little Swallow}}" be kept out of any published text, as former colleagues would recognise it.
""",
    },
    {
        "id": "h47-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Chu Myong-guk", "주명국", "witness", ["Myong-guk"]),
            ("Sok Yong-bae", "석영배", "supervisor", []),
        ],
        "note": "Short Q&A transcript with initials as speaker labels, distant-water squid fishing; initials labelled; the real tanker Lighthouse Winmore and the port of Busan; a Vietnamese deckhand by surname; ordinary word 'deck' and 'bridge'.",
        "text": """Q&A TRANSCRIPT (excerpt, pp. 4-5)
Interviewer: {{p:S.K.L.}} | Interviewee: {{r:C.M.G.}} | 15 Jan 2025
Speaker labels are initials.

{{p:SKL}}: How many North Koreans were on the boat?
{{r:CMG}}: Nine. The rest were Chinese and two Vietnamese. One Vietnamese boy, {{p:Trần}}, was only seventeen.
{{p:SKL}}: Who was in charge of the Koreans?
{{r:CMG}}: A man we called Captain {{r:Sok}}, but he was not the captain. The real captain was Chinese, Captain {{p:Zhang}}. {{r:Sok Yong-bae}} was the political man. He slept near the bridge and watched us on deck.
{{p:SKL}}: Did you ever come into a port?
{{r:CMG}}: Not for months. Fuel came from other ships at sea. One time the sailors said the tanker was the {{u:Lighthouse Winmore}}, but I only heard the name, I didn't see it written.
{{p:SKL}}: How did you leave the boat?
{{r:CMG}}: In 2018 we were transferred, and the new boat went to {{u:Busan}} for repairs. I left it there. {{r:Sok}} was asleep.
{{p:SKL}}: Thank you, {{r:Myong-guk}}. Let's take a break.
""",
    },
    {
        "id": "h47-en-11",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ho Chol-su", "허철수", "witness", ["Chol-su"]),
        ],
        "note": "Coordinator's memo on a Japanese journalist's request; Japanese names in Latin and kanji with honorifics outside; a tag-style login; the NHK, Asahi Shimbun and Japanese politicians as public names; witness surname Ho beside 'ho'.",
        "text": """COORDINATOR'S MEMO - media request
To: {{p:Sung-min}}, {{p:Grace}}
From: {{p:Esther}}
18 Feb 2025

A freelance journalist from {{u:Osaka}}, {{p:Tanaka Yuki}} ({{p:田中由紀}}さん), writing for the {{u:Asahi Shimbun}}, wants to interview someone who worked in {{u:Russia}}. She has interviewed our partners before and came recommended by Prof. {{p:Sato}} ({{p:佐藤}}先生) at {{u:Waseda University}}.

I asked {{r:Ho Chol-su}}. {{r:Ho}} agreed, on condition that {{p:Tanaka}}-san uses a pseudonym and no photographs. He laughed "ho ho, famous in {{u:Japan}}" and then was serious: his brother is still in {{u:Khabarovsk}}.

{{p:Tanaka}}'s earlier piece mentioned the abduction issue and a speech by Prime Minister {{u:Shigeru Ishiba}}; her editor also asked for comment on {{u:Chongryon}}. We do NOT comment on that.

Her contact: {{p:yuki_tanaka}}_press on {{u:Signal}}. Please don't share {{r:Chol-su}}'s number with her; route everything through me.

{{p:E.}}
""",
    },
    {
        "id": "h47-en-12",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Sim Kyong-ae", "심경애", "witness", ["Kyong-ae"]),
        ],
        "note": "Translator's certificate of accuracy attached to a translated statement, CRLF; translator and notary are private; the witness's name in capitals, surname-first with comma, and in Hangul; a linguists' institute and a real tribunal as public names.",
        "text": """CERTIFICATE OF TRANSLATION ACCURACY

I, {{p:Margaret Han-Pearson}}, of {{u:London}}, a member of the {{u:Chartered Institute of Linguists}}, certify that:

1. I am competent to translate from Korean into English.
2. The attached document, headed "진술서" and signed by {{r:SIM, Kyong-ae}} ({{r:심경애}}) on 4 November 2024, is a true and accurate translation of the original Korean document presented to me.
3. The name of the declarant is rendered throughout as {{r:SIM KYONG-AE}}, following the spelling in her travel document. The form "{{r:Shim Kyung-ae}}" used in an earlier informal translation refers to the same person.
4. Where the original uses the North Korean term 로동 (labour), I have translated it as "labour" and noted the spelling in square brackets.

Signed: {{p:M. Han-Pearson}}
Date: 12 November 2024

Sworn before me: {{p:Jonathan Okonjo}}, Notary Public, {{u:City of Westminster}}
For use in proceedings before the {{u:First-tier Tribunal (Immigration and Asylum Chamber)}}
""",
    },
    {
        "id": "h47-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [],
        "note": "Trustees' board resolution with no registered persons; trustees and officers private; a bank, auditor, foundation and UN fund as public names; surnames So and Do as trustees beside the words 'so' and 'do'; no survivor named.",
        "text": """RESOLUTION OF THE BOARD OF TRUSTEES
Passed by written procedure, 30 January 2025

Trustees voting: {{p:Helen So}} (Chair), {{p:Peter Do}}, {{p:Kang Ji-hoon}}, {{p:Miriam Adeyemi}}, {{p:Choi Yoon-seo}}
Company Secretary: {{p:R. Kowalczyk}}

WHEREAS the organisation has received a grant from the {{u:United Nations Voluntary Fund for Victims of Torture}} and a further grant from the {{u:Open Society Foundations}};
AND WHEREAS the Chair has so advised, and the Treasurer, Mr {{p:Do}}, has confirmed that the reserves policy permits it;

IT IS RESOLVED THAT:
1. The organisation opens a restricted account with {{u:Shinhan Bank}} for survivor emergency support.
2. {{u:Samil PwC}} is reappointed as auditor for the 2025 financial year.
3. The Chair, Ms {{p:So}}, and one other trustee are authorised to sign.
4. Staff shall do all things necessary to give effect to this resolution. No survivor shall be named in any board paper.

Votes: 5 in favour. Certified by {{p:R.K.}}, Company Secretary.
""",
    },
    {
        "id": "h47-en-14",
        "language": "en",
        "eol": "lf",
        "persons": [],
        "note": "Transcribers' romanization style guide; surnames and syllables discussed as words stay unmarked; only the worked example's fictional speaker and the team leader he quotes, the guide's author and real public figures used as spelling examples are labelled.",
        "text": """STYLE GUIDE FOR TRANSCRIBERS - names and romanization (v3, internal)
Prepared by {{p:Benedict Nam}}; comments to {{p:bnam}}

1. Surnames. North Korean speakers write 리, 류, 로 where South Koreans write 이, 유, 노. Transcribe what the speaker says. In English text use McCune-Reischauer for North Korean names (Ri, Ryu, Ro) unless the person uses another spelling. Note that the surnames O, An, Ha, So, Yu, No and Do look like English words; never "correct" them.
2. Public figures keep their established spellings: {{u:Kim Jong Un}} (no hyphen), {{u:Kim Il Sung}}, {{u:Yoon Suk Yeol}}, {{u:Lee Jae-myung}}, {{u:Ban Ki-moon}}.
3. Russian forms. The surname 김 appears in Russian documents as Ким, in the genitive Кима; 박 as Пак, Пака. Do not translate the case endings away in the transcript.
4. Chinese forms of address (老 + surname, 小 + surname) are kept in Hanzi with a gloss.
5. Worked example from interview 14 (speaker {{p:Ri Sung-chol}}). He said: "{{p:최}} 반장 동지가 그랬어요." Transcribe as spoken; in the English gloss write "Team leader {{p:Choe}} said so." In the public file put only the case number, not {{p:Ri}}'s name.
6. Never use a person's name in a file name. Use the case number.

Questions: ask {{p:Benedict}} or {{p:Esther}}.
""",
    },
    {
        "id": "h47-en-15",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ryu Kwang-chol", "류광철", "coworker", ["Kwang-chol"]),
        ],
        "note": "Extract from a translated Russian post-mortem report on a construction worker in Novosibirsk; the deceased's name in Cyrillic with case endings and in Latin capitals; pathologist and investigator private; initials; a real morgue authority and city as public names.",
        "text": """[Unofficial translation, prepared for the family's lawyer. Extract, pp. 1-2 of 6]

REPORT OF FORENSIC MEDICAL EXAMINATION No. 1187
{{u:Novosibirsk Regional Bureau of Forensic Medical Examination}}

Deceased: {{r:RYU KWANG CHOL}} (as in passport; Russian spelling: {{r:Рю Кван Чхоль}}), male, citizen of the {{u:DPRK}}, born 1986.
Examination performed by: forensic pathologist {{p:Елена Викторовна Сорокина}} ({{p:E.V. Sorokina}}).
Ordered by: investigator {{p:Д.А. Быков}}, Investigative Department for {{u:Leninsky District}}.
Identified by: {{p:Хан Сон Ир}} ({{p:Han Song-il}}), representative of the employer.

Circumstances (from the investigator's order): on 14.02.2023 at about 06:40 the body of {{r:Рю}} was found at the foot of the scaffolding on the construction site. The representative {{p:Хана}} (genitive as in the original) stated that {{r:Рю}} had been working the night shift alone.

Findings (summary): multiple fractures consistent with a fall from height; signs of hypothermia. Blood alcohol: not detected.

Translator's note: The Russian text refers to the deceased as "{{r:Рю К.Ч.}}" and, in one place, "гражданина {{r:Рю}}". The family spells the name {{r:Ryu Kwang-chol}}; his co-workers called him {{r:Kwang-chol}}. Translation: {{p:T.B.}}
""",
    },
    {
        "id": "h47-en-16",
        "language": "en",
        "eol": "lf",
        "persons": [],
        "note": "Open-source investigation worklog on vessel tracking; real ships (Wise Honest, Lighthouse Winmore, Rich Glory) and real organisations public; analysts private by first name, initials and login; invented vessels unmarked; no survivor named.",
        "text": """OSINT WORKLOG - vessel tracking, project "Grey Water" (internal)

2025-01-08 09:12 [{{p:ahmed.r}}] Pulled AIS history for the {{u:Wise Honest}} (IMO 8905490) for 2017-2018. Matches the {{u:US Department of Justice}} forfeiture filing. Nothing new.
2025-01-08 11:40 [{{p:ahmed.r}}] Checked the {{u:Lighthouse Winmore}} transfers reported by the {{u:UN Panel of Experts}}. Gaps in AIS near {{u:Yeosu}} and in the {{u:East China Sea}}.
2025-01-09 10:05 [{{p:lena_k}}] Witness RU-0455 mentioned a fishing boat called "Sea Star 7" - invented or mis-remembered? No match in {{u:MarineTraffic}} or {{u:Equasis}}. Leave unmarked in the report.
2025-01-09 14:22 [{{p:lena_k}}] Satellite image from {{u:Planet Labs}} of {{u:Nampo}} port, 3 Dec 2024: two tankers at the oil terminal.
2025-01-10 08:55 [{{p:JH}}] {{p:Jae-hyun}} here: the {{u:Rich Glory}} was seized by {{u:Indonesia}} in 2018 - check the court file in {{u:Jakarta}}.
2025-01-10 09:30 [{{p:ahmed.r}}] OK {{p:Jae-hyun}}. {{p:Lena}}, can you draft the chart?
2025-01-10 17:03 [{{p:lena_k}}] Draft chart saved as chart_v1.png. Sources: {{u:Global Fishing Watch}}, {{u:Lloyd's List}}.
""",
    },
    {
        "id": "h47-en-17",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yang Chol-hun", "양철훈", "witness", ["Chol-hun"]),
            ("Yang Mi-ran", "양미란", "relative", ["Mi-ran"]),
        ],
        "note": "Bail application for a detained former worker in Seoul-bound transit in Bangkok; surety and lawyer private; applicant and sister share a surname; a Thai judge is private; Thai names and a real court and prison as public names.",
        "text": """IN THE {{u:BANGKOK SOUTH CRIMINAL COURT}} ({{u:ศาลอาญากรุงเทพใต้}})
Application for temporary release (bail) - Black Case No. Or. 1402/2568

Applicant/Accused: Mr {{r:YANG CHOL HUN}}, national of the {{u:Democratic People's Republic of Korea}}, presently held at the {{u:Immigration Detention Center}}, {{u:Suan Phlu}}
Counsel: {{p:Somsak Chaiyaporn}}, attorney-at-law, with {{p:Ploy Srisuk}}

1. The Accused entered {{u:Thailand}} on 2 February 2025 without a passport and was arrested in {{u:Chiang Rai}} province. He has stated through an interpreter that he worked in {{u:China}} from 2017 and left his work site in {{u:Shenyang}}.
2. Surety: his sister, Ms {{r:YANG MI RAN}}, a citizen of the {{u:Republic of Korea}} residing in {{u:Suwon}}, offers a cash guarantee of 50,000 baht. Ms {{r:Yang}} has travelled to {{u:Bangkok}} and will attend court.
3. The Accused has no criminal record, and the {{u:UNHCR}} office in {{u:Bangkok}} has been notified.
4. The application is supported by a letter from Father {{p:Anthony Kim}} of a {{u:Bangkok}} parish and by the statement of Ms {{r:Mi-ran}}.

Presiding judge (for the record): Khun {{p:Wanida}}
Interpreter (Korean-Thai): {{p:Park Ha-neul}}

Annex: photocopy of Ms {{r:Yang}}'s {{u:ROK}} passport; the Accused's handwritten note "{{r:철훈}}" on the detention form.
""",
    },
    {
        "id": "h47-en-18",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Chong Hye-ran", "정혜란", "witness", ["Hye-ran", "Swallow"]),
        ],
        "note": "Film-festival programme notes for a documentary; the director, producer and composer are private; a former worker appears under her real name once and a pseudonym otherwise; real festival, broadcaster and actors as public names; the film title contains ordinary words.",
        "text": """{{u:DMZ International Documentary Film Festival}} - Programme notes
Section: Frontlines | Screening 3 | {{u:Goyang}}, {{u:Megabox Baekseok}}, 19:30

THE LONG SHIFT (2025, 84 min, Korean/Russian/English with English subtitles)
Director: {{p:Lim Seo-hyun}} | Producer: {{p:Ahmad Rahimi}} | Music: {{p:Kōji Maeda}} ({{p:前田浩二}})

A woman who spent six years in a textile factory in {{u:Russia}} retraces her shift: the bus at five, the sewing line, the roll-call, the bus back. The film calls her "{{r:Swallow}}"; at the end, with her consent, her real name, {{r:Chong Hye-ran}}, appears on screen for three seconds. {{p:Lim}} met {{r:Hye-ran}} in 2021 through a shelter in {{u:Seoul}}.

Narration is read by the actor {{u:Kim Hye-soo}}; archive footage courtesy of {{u:KBS}} and {{u:Arirang TV}}.

Director's statement ({{p:Lim Seo-hyun}}): "I wanted the length of the shift to be felt, not described. Ms {{r:Chong}} timed every scene with me."

Q&A after the screening with the director, moderated by {{p:Jasmine Oh}}.
""",
    },
    {
        "id": "h47-en-19",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ri Song-hwa", "리송화", "witness", ["Song-hwa"]),
        ],
        "note": "Airline lost-baggage property irregularity report, CRLF; the passenger's name in airline format SURNAME/GIVEN; fullwidth letters in a copied name; a staff agent by first name; real airlines and airports as public names.",
        "text": """PROPERTY IRREGULARITY REPORT
File reference: ICNKE48213
Airline: {{u:Korean Air}} | Flight KE 658 {{u:Bangkok}} ({{u:BKK}}) - {{u:Seoul Incheon}} ({{u:ICN}}) | 11 MAR 2025

Passenger name: {{r:RI/SONGHWA}} MS
Name as typed on the claim form (copied from phone): {{r:ＲＩ ＳＯＮＧ ＨＷＡ}}
Contact: c/o nkworkers-watch.org, tel +82 2 xxxx xxxx (NGO office; passenger has no own phone)
Bag tag: KE 184 772; 1 bag, blue, soft, 12 kg
Contents (as declared): clothes, two books, one envelope of photographs, a winter jacket
Remarks: Passenger accompanied by NGO staff member {{p:Lee So-ra}}. Passenger speaks Korean only; Ms {{p:Lee}} signed on her behalf. Bag may have been left at transfer in {{u:Suvarnabhumi Airport}}; {{u:Thai Airways}} ground handling notified.
Agent: {{p:Ji-yeon}} ({{u:ICN}} BSO)

Passenger's note (added by staff, in Korean): "{{r:송화}}의 사진 봉투가 제일 중요합니다."
""",
    },
    {
        "id": "h47-en-20",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jo Kum-song", "조금성", "witness", ["Kum-song"]),
        ],
        "note": "Fishing vessel radio log transcribed for a case file; call signs and an invented vessel unmarked; Thai and Vietnamese crew by name; a Korean crew member by surname Jo; a real coastguard and port; ordinary radio words ('Roger', 'Over') beside names.",
        "text": """RADIO LOG (transcribed from photographs of the handwritten log) - vessel "Hai Long 28" (invented name per case file)
Transcriber: {{p:Nguyen Thanh Tam}} | Case: SEA-0019

03/09 0600 Pos 05°12'N 112°40'E. Crew check: Capt. {{p:Lin}}, engineer {{p:Somchai}}, deckhands {{p:Nguyễn Văn Đức}}, {{p:Trần Minh}}, {{r:Jo}} (Korean), {{p:Anan}}. Over.
03/09 1400 Call from "Hai Long 31", skipper {{p:Wu}}: fuel transfer tomorrow. Roger.
04/09 0230 {{r:Jo}} injured hand in winch. Capt. {{p:Lin}} refuses to call port. {{p:Somchai}} bandaged.
05/09 1100 {{r:JO K.S.}} fever. Requested medevac. Refused by company by sat phone.
07/09 0900 Contact with {{u:Malaysian Maritime Enforcement Agency}} patrol. {{r:Jo Kum-song}} transferred for treatment at {{u:Kota Kinabalu}}. Over and out.

Transcriber's note: {{r:Kum-song}} confirms he is the "{{r:Jo}}" of this log. The word "Roger" is radio procedure, not a person.
""",
    },
    {
        "id": "h47-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Yong-ho", "김영호", "witness", ["영호"]),
            ("Pang Chol-min", "방철민", "supervisor", ["철민", "곰"]),
            ("Thak Sun-ok", "탁순옥", "relative", ["순옥"]),
            ("Ma Kwang", "마광", "coworker", ["광"]),
        ],
        "note": "Long Korean interview summary (Khabarovsk and St Petersburg construction); names with particles, 씨, 동무, 반장 and the affectionate suffix; nickname 곰 beside the ordinary word 곰; one-syllable given name 광 alone; Russian names in Cyrillic with case endings; country names as nouns; Putin and Kim Jong Un mentioned neutrally.",
        "text": """면담 요약서 (3인칭) - 사례번호 RU-0318

면담자: {{p:서민지}} / 면담일: 2025년 4월 22일, {{u:서울}} 사무실 / 통역 없음
피면담자: {{r:김영호}} (가명 사용 요청, 1979년생, {{u:함경남도}} {{u:단천}} 출신)

1. 파견 경위
{{r:김영호}} 씨는 2013년 {{u:평양}}의 한 건설 회사 소속으로 {{u:러시아}} {{u:하바롭스크}}에 파견되었다. 파견 전 {{u:평양}}에서 두 달 동안 '해외 생활 교양'을 받았는데, 강사는 "{{u:로씨야}} 사람들과 말을 섞지 말라", "돈은 조국에 바치는 충성의 자금"이라고 반복했다고 한다. 본인은 당시 아내 {{r:탁순옥}}과 아들 하나를 두고 떠났으며, 파견 기간은 3년이라고 들었으나 실제로는 7년 가까이 {{u:러시아}}에 머물렀다.

2. {{u:하바롭스크}} 현장 (2013~2017)
현장은 시내 외곽의 아파트 신축 공사장이었고, {{u:북한}} 노동자 약 40명이 한 층짜리 가건물에서 생활했다. 작업반장은 {{r:방철민}}이었다. {{r:영호}} 씨에 따르면 {{r:방철민}}은 키가 크고 어깨가 넓어 노동자들 사이에서 '{{r:곰}}'으로 불렸다. "{{r:곰}}이 오면 다들 담배를 껐다"고 한다. 본인은 "곰처럼 느린 사람이 아니라 곰처럼 무서운 사람이었다"고 웃으며 말했다(여기서 앞의 '곰'은 별명, 뒤의 '곰'은 동물을 말함).

{{r:방}} 반장은 매달 노동자들에게 '계획분'으로 1인당 미화 800달러를 요구했고, 이를 채우지 못하면 다음 달로 빚이 넘어갔다. 노동자들은 낮에는 현장에서 일하고 밤과 주말에는 '청부'라 불리는 개인 일(러시아인 주택 수리, 도배 등)을 해서 계획분을 맞췄다. {{r:김영호}} 씨는 한 러시아인 집주인 {{p:Сергей Иванович}}의 집에서 세 달 동안 주말마다 타일 작업을 했고, 이 사람을 "{{p:세르게이}} 아저씨"라고 불렀다. 현장 러시아인 작업감독(прораб)은 {{p:Иванов}}였는데, 노동자들은 그를 "{{p:이바노프}} 동무"라고 장난스럽게 불렀다고 한다. 본인이 기억하는 러시아어 문장 중 하나는 "У {{p:Сергея}} всегда есть чай"({{p:세르게이}} 집에는 항상 차가 있다)로, 동료들과 농담처럼 쓰던 말이었다.

같은 방을 쓰던 동료 {{r:마광}}은 나이가 어려 모두 "{{r:광}}아"라고 불렀다. {{r:광}}이는 2015년 겨울 비계에서 떨어져 다리를 다쳤는데, {{r:방}} 반장은 병원에 데려가지 않고 숙소에서 쉬게 했다. 러시아인 의사를 부른 것은 {{p:세르게이}} 아저씨였다. {{r:영호}} 씨는 "{{r:광}}이가 그때 울면서 엄마를 찾았다"고 했다. {{r:마광}}은 2016년 먼저 귀국했고 그 뒤 소식은 모른다.

3. {{u:상트페테르부르크}} 현장 (2017~2020)
2017년 말 {{r:김영호}} 씨는 {{u:상트페테르부르크}}의 대형 주거단지 공사장으로 옮겨졌다. 이 무렵 {{u:유엔 안전보장이사회}} 결의로 {{u:북한}} 노동자의 신규 취업허가가 막혔다는 이야기를 들었지만, 현장에서는 "학생 비자"나 "연수" 명목으로 계속 일했다고 한다. 여기서 책임자는 {{p:허}} 동무가 아니라 '{{p:허}} 지배인'으로 불린 사람이었는데, 이름은 모른다. 본인은 {{p:허}} 지배인이 {{u:보위부}} 사람이라고 생각했다.

이 시기에 {{r:영호}} 씨는 같은 숙소의 {{p:남기철}} 씨와 가까워졌다. {{p:기철}}이는 휴대전화를 몰래 갖고 있었고, 두 사람은 밤에 {{u:남한}} 드라마를 조금씩 보았다. 2019년 {{p:남기철}} 씨가 전화기 때문에 적발되어 {{u:평양}}으로 소환되었고, 그 다음 주 '총화'에서 {{r:김영호}} 씨도 "동무는 {{p:남기철}}이와 무슨 이야기를 했소"라는 추궁을 받았다.

4. 송금과 가족
{{r:영호}} 씨는 7년 동안 가족에게 직접 돈을 보낸 적이 거의 없다고 했다. 2018년 한 번, 귀국하는 동료 편에 미화 300달러를 아내 {{r:탁순옥}}에게 보냈고, {{r:순옥}} 씨가 받았다는 편지를 6개월 뒤에 받았다. 편지에는 "{{r:영호}} 씨, 아들이 소학교에 들어갔어요"라고 쓰여 있었다고 한다. 이 편지는 탈출 과정에서 잃어버렸다.

5. 이탈
2020년 코로나19로 귀국이 막히고 현장 일도 줄자, 계획분을 채우지 못한 노동자들이 숙소 안에 갇혀 지내는 일이 많아졌다. {{r:김영호}} 씨는 2020년 9월 숙소를 나와 {{u:모스크바}}로 이동했고, 이후 {{u:유엔난민기구}}({{u:UNHCR}}) 사무소와 접촉해 제3국을 거쳐 2021년 {{u:한국}}에 입국했다. 경로에 대해서는 구체적으로 말하지 않기를 원했다.

6. 기타 진술
- 2019년 4월 {{u:김정은}} 위원장이 {{u:블라디보스토크}}에서 {{u:블라디미르 푸틴}} 대통령과 정상회담을 했을 때, 현장에서는 "이제 우리도 일을 계속할 수 있다"는 말이 돌았다고 한다.
- 숙소에는 '{{u:로동신문}}'이 한 달 늦게 들어왔고, 일요일 오전마다 {{r:방}} 반장이 기사를 읽게 했다.
- 본인은 {{r:방철민}}을 원망하지 않는다고 했다. "{{r:철민}}이도 위에서 시키는 대로 한 것뿐"이라는 것이다.

6-1. 추가 확인 (4월 29일 전화 통화, {{p:서민지}})
- 숙소 구조: {{u:하바롭스크}} 숙소는 방 여섯 개에 2층 침대가 있었고, 한 방에 7~8명이 잤다. 화장실은 밖에 있었다. 겨울에는 영하 35도까지 내려갔고, 난로 당번은 막내인 {{r:광}}이가 자주 맡았다.
- 여권: 도착 첫날 {{r:방}} 반장이 모두의 여권을 걷었다. 출입국 관리소에 갈 때만 잠시 돌려주었고, 건물 밖에서 다시 거두었다. {{r:영호}} 씨는 "내 여권을 손에 쥔 시간은 7년 동안 다 합쳐 한 시간도 안 된다"고 했다.
- 임금: {{u:러시아}} 회사가 지급한 월급이 얼마였는지는 본인도 모른다. 다만 {{p:세르게이}} 아저씨가 "너희 회사는 한 사람당 한 달에 6만 루블을 받는다"고 말해 준 적이 있다고 한다. 노동자 손에 들어온 돈은 '생활비' 명목의 한 달 3천~5천 루블이었다.
- 동료들: 같은 작업반에는 {{u:함흥}} 출신의 {{p:길성남}}, {{u:청진}} 출신 {{p:옥}} 씨(이름 모름), 그리고 나이 많은 {{p:석}} 아바이가 있었다. {{p:길성남}}은 손재주가 좋아 러시아인 집 일을 가장 많이 맡았다. {{p:석}} 아바이는 2016년 심장 문제로 귀국했다.
- {{u:러시아}} 경찰: 2016년 한 번 검문에 걸렸는데, 경찰관이 서류를 보고 "{{u:Корея}}? Север?"라고 묻고는 그냥 보내 주었다. {{p:이바노프}}가 미리 전화를 해 두었다는 소문이 있었다.
- 종교: {{u:상트페테르부르크}} 시기에 한 러시아인 정교회 신자 할머니가 노동자들에게 빵과 털양말을 가져다주었는데, 노동자들은 그를 "{{p:나타샤}} 할머니"라고 불렀다. 실제 이름인지는 모른다. {{r:영호}} 씨는 이 할머니 덕분에 '하나님'이라는 말을 처음 들었다고 했다.
- 가족 연락: 2021년 {{u:한국}} 입국 후 중개인을 통해 아내 {{r:순옥}} 씨와 한 번 통화했다. {{r:탁순옥}} 씨는 "보위원이 두 번 찾아왔다"고 했고, 그 뒤로는 연락하지 않고 있다. 아들의 이름은 공개하지 말아 달라고 했다.
- 본인은 이 진술이 {{u:유엔}} 인권 메커니즘과 {{u:국제노동기구}}({{u:ILO}})에 제출되는 것에 동의했다. 단, 현장 주소와 러시아인들의 이름은 빼 달라고 했다.

7. 면담자 의견
진술은 시기와 장소에 대해 일관되며, 2015년 부상 건은 동료 이름({{r:마광}})까지 구체적이다. 별명 '{{r:곰}}'은 공개 보고서에 쓰지 않는다. 영문 보고서에는 {{r:Kim Yong-ho}} 대신 'Mr {{r:K}}'로 표기할 것. 러시아인 {{p:Иванов}}와 {{p:Сергей Иванович}}의 이름도 공개하지 않는다.

작성: {{p:서민지}} / 검토: {{p:오태양}}
""",
    },
    {
        "id": "h47-ko-02",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Han Song-mi", "한송미", "witness", ["송미"]),
            ("Ha Jong-nam", "하정남", "supervisor", []),
        ],
        "note": "Korean phone-call memo with CRLF, wig factory in China; witness given name with particles; supervisor surname 하 beside the verb stem 하-; a bare surname with 반장; emoji; Chinese names in Hanzi with a form of address.",
        "text": """[전화 메모] 2025.3.7 (금) 오후 3:20~3:45
통화자: {{p:윤다솜}} (상담팀) ↔ {{r:한송미}} 씨
사례: CN-0577 (가발 공장, {{u:중국}} {{u:훈춘}})

- {{r:송미}} 씨가 먼저 전화함. 목소리 밝음 😊
- 지난번 말한 공장 관리자 이름을 다시 확인: {{r:하정남}}. 노동자들은 "{{r:하}} 반장"이라고 불렀음. "하라면 해야 했어요"라는 말을 여러 번 함.
- 공장 사장은 중국인 {{p:王建国}}, 직원들은 "{{p:王总}}"이라고 부름. {{r:송미}}는 {{p:王总}}이 {{u:북한}} 여성들을 직접 대한 적은 거의 없고, 모든 지시는 {{r:하}} 반장을 통해 내려왔다고 함.
- 하루 작업: 오전 7시~밤 11시, 머리카락 한 올씩 심는 작업. 눈이 많이 나빠졌다고 함.
- 같은 방 동료 {{p:은정}}이 얘기도 함 ("{{p:은정}}이는 아직 거기 있을 거예요").
- 다음 주 화요일 오후에 면담 일정 다시 잡기로 함. 장소는 {{u:안산}} 시내 카페 희망.
- {{r:한송미}} 씨 요청: 녹음은 하지 말 것 🙏

※ 다음 통화 담당: {{p:윤다솜}} / 백업 {{p:정}} 선생님
""",
    },
    {
        "id": "h47-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Chae Un-gyong", "채은경", "relative", ["은경"]),
            ("Kwak Chol", "곽철", "witness", ["철"]),
        ],
        "note": "Korean family account by a mother about her son in a Kuwait construction crew; one-syllable given name 철 with vocative and affectionate suffix; 동무 and 씨; the son's name as written in a Kuwaiti document in capitals; country names as nouns.",
        "text": """가족 진술 (어머니) - 2025년 1월 16일, {{u:인천}} 자택 방문, 기록 {{p:임하늘}}

저는 {{r:채은경}}이고, 2012년에 혼자 {{u:한국}}에 왔습니다. 아들 {{r:곽철}}은 {{u:북한}}에 남았어요. 아들 이름이 외자라 동네에서는 다들 "{{r:철}}아, {{r:철}}아" 불렀지요.

2016년에 {{r:철}}이가 {{u:쿠웨이트}}로 건설 노동을 나갔다는 소식을 중개인을 통해 들었어요. 같이 간 사람 중에 {{p:변}} 동무라는 사람이 있었는데, 그 집 어머니와 제가 고향에서 아는 사이라 소식이 조금씩 왔습니다.

2018년에 중개인이 사진 한 장을 보내왔어요. {{u:쿠웨이트}} 체류증 같은 서류였는데 영어로 {{r:KWAK CHOL}}이라고 써 있었습니다. 사진 속 얼굴이 말라서 한참 울었어요.

{{p:변}} 동무 어머니 말로는, 거기 책임자가 {{p:권영수}}라는 사람인데 돈을 다 가져가고 애들을 하루 열네 시간씩 일을 시켰대요. 여름에는 50도가 넘었다고요.

2020년 이후로는 소식이 끊겼어요. {{r:철}}이가 살아 있는지, {{u:조선}}으로 돌아갔는지도 몰라요. 저는 우리 {{r:철}}이 이름이 어디 보고서에 나와도 괜찮아요. 누구라도 알아봐 주면 좋겠어요.

기록자 메모: {{r:은경}} 씨는 아들 이름 공개에 동의했으나, 아들 안전을 고려해 공개하지 않기로 팀에서 결정함. {{p:변}} 동무의 본명은 모름.
""",
    },
    {
        "id": "h47-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jon Kum-chol", "전금철", "witness", ["금철"]),
            ("Yom Myong-sik", "염명식", "supervisor", []),
            ("Son Hye-gyong", "손혜경", "relative", []),
        ],
        "note": "Korean case meeting minutes with a table of cases; staff by surname plus title; a witness and his supervisor in Vladivostok; surname-first with comma; MOU, Ministry of Unification and a real hospital as public names.",
        "text": """사례회의록 제2025-07호
일시: 2025년 2월 26일 14:00 / 장소: 3층 회의실
참석: {{p:권나연}} 팀장, {{p:이소라}}, {{p:장민}}, {{p:오태양}} / 기록: {{p:장민}}

안건 1. RU-0402 {{r:전, 금철}}
- {{p:권}} 팀장: {{r:전금철}} 씨는 2014~2019년 {{u:블라디보스토크}} 건설 현장. 책임자 {{r:염명식}}이 임금 대장을 두 개 만들었다는 진술. {{r:염}} 책임자의 이름은 다른 사례(RU-0318)에도 등장하는지 확인 필요.
- {{p:이소라}}: {{r:금철}} 씨가 최근 불면 호소. {{u:국립중앙의료원}} 정신건강의학과 연계 제안.
- {{p:오태양}}: 아내 {{r:손혜경}} 씨가 {{u:통일부}}에 가족 찾기 신청을 한 상태라고 함.
- 결정: {{p:이소라}} 선생님이 의료 연계 진행, {{p:오}} 선생님이 RU-0318과 교차 확인.

안건 2. 현황표
| 사례 | 이름 | 국가 | 담당 |
| RU-0402 | {{r:전금철}} | {{u:러시아}} | {{p:장민}} |
| QA-0092 | {{p:유철만}} | {{u:카타르}} | {{p:오태양}} |
| CN-0577 | {{p:한송미}} | {{u:중국}} | {{p:윤다솜}} |

기타: 다음 회의 3월 12일. 외부 발표 자료에는 이름 대신 사례번호만 사용.
""",
    },
    {
        "id": "h47-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Mi-ok", "리미옥", "witness", ["미옥", "이미옥"]),
        ],
        "note": "Korean reviewer comments on a draft testimony (restaurant in Cambodia); North and South spellings 리/이 of one surname; the surname 리 discussed as a word stays unmarked; ordinary words 이상 and 미소 near names; reviewer initials as labels.",
        "text": """[검토 의견] 증언 초안 T-131 ({{r:리미옥}}, {{u:캄보디아}} {{u:프놈펜}} 식당, 2015~2018)
검토자: {{p:KNY}}({{p:권나연}}), {{p:SM}}({{p:서민지}})

{{p:KNY}}-1) 1쪽: 본문에서는 '{{r:리미옥}}', 부록에서는 '{{r:이미옥}}'. 동일인임. 북한식 표기 '리'를 유지하되 각주로 설명할 것. (리/이 성씨 표기 차이 설명은 일반론이므로 이름 아님)
{{p:SM}}-2) 2쪽: "{{r:미옥}}이는 늘 미소를 지었다"는 동료의 말 인용 - 동료 {{p:조경희}} 씨의 진술에서 가져온 것이니 출처 표시.
{{p:KNY}}-3) 3쪽: 식당 지배인 "{{p:남}} 선생" - 본명 확인 안 됨. 그대로 두되 실명처럼 보이지 않게 "지배인 {{p:남}} 씨(가명 아님, 성만 확인)"로.
{{p:SM}}-4) 3쪽: 손님 중 {{u:캄보디아}} 경찰 간부 {{p:Sokha}}({{p:សុខា}})가 여종업원들에게 선물을 줬다는 부분은 사실 확인이 어려움. 삭제 권고.
{{p:KNY}}-5) 4쪽: 2시간 이상 노래 연습 - '이상'은 이름 아님, 수정 불필요.
{{p:SM}}-6) 전체: {{r:미옥}} 씨 본인이 최종본을 읽고 서명하기로 함. 3월 20일까지.
""",
    },
    {
        "id": "h47-ko-06",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Yun Chol-nam", "윤철남", "witness", ["철남"]),
            ("Hong Yong-sil", "홍용실", "supervisor", []),
            ("Tong Hyon-u", "동현우", "coworker", ["현우"]),
        ],
        "note": "Korean Q&A transcript with name speaker labels, half CRLF, Mongolian construction; a surname 동 beside the word 동무 and 동(洞); a Mongolian interpreter; fullwidth letters in a badge name; names in capitals.",
        "text": """녹취록 (발췌) - 2024년 12월 3일, 면담자 {{p:박지원}}, 피면담자 {{r:윤철남}}
화자 표시: {{p:박지원}} / {{r:윤철남}}

{{p:박지원}}: {{u:몽골}}에는 언제 가셨어요?
{{r:윤철남}}: 2017년 봄이요. {{u:울란바토르}} 외곽 아파트 공사였습니다. 우리는 스무 명.
{{p:박지원}}: 관리하던 사람은요?
{{r:윤철남}}: {{r:홍용실}}이라고, 우리는 {{r:홍}} 지도원이라고 불렀어요. 말수가 적은 사람이었는데, 돈 문제는 칼 같았어요.
{{p:박지원}}: 같이 일한 동료 중에 기억나는 분 있으세요?
{{r:윤철남}}: {{r:동현우}}요. 성이 '동'이라 다들 "{{r:동}} 동무"라고 했는데, 발음이 우스워서 웃음이 났지요. {{r:현우}}는 몽골말을 빨리 배웠어요. 현장 통역하는 {{u:몽골}} 여자, {{p:Нарантуяа}} 씨하고도 곧잘 이야기했고요.
{{p:박지원}}: 통역사 이름을 정확히 아세요?
{{r:윤철남}}: 작업복에 이름표가 있었는데 영어로 {{p:ＮＡＲＡＮ}}이라고 크게 써 있었어요. 우리는 "{{p:나랑}} 선생"이라고 했어요.
{{p:박지원}}: 월급은 어떻게 받으셨어요?
{{r:윤철남}}: {{r:홍}} 지도원이 한 달에 한 번, {{u:몽골}} 돈으로 조금 줬어요. 나머지는 "국가 계획"이라고요. 어느 동에 있는 은행인지도 몰라요. 우리는 통장도 본 적 없습니다.
{{p:박지원}}: {{r:현우}} 씨는 지금 어디 있는지 아세요?
{{r:윤철남}}: 2019년에 {{u:조선}}으로 돌아갔다고 들었어요. {{r:DONG HYON U}}, 그 친구 여권에 그렇게 써 있었던 게 기억나요.
""",
    },
    {
        "id": "h47-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Sin Hyang-sun", "신향순", "witness", ["향순"]),
        ],
        "note": "Korean coordinator's memo on a press conference; public officials and politicians by name and title; a staff member's login and e-mail; zero-width space inside a witness's name copied from a messenger; ordinary words 신 (shoes) and 향 near the name.",
        "text": """[업무 메모] 기자회견 준비 - 코디네이터 {{p:문지아}} → 팀 전체
2025년 5월 8일

1. 5월 20일 {{u:국회}} 소통관 기자회견 확정. {{u:더불어민주당}}과 {{u:국민의힘}} 의원실 양쪽에 공동 주최를 요청했음. {{u:통일부}} 장관 축사는 불확실.
2. 증언자: {{r:신향\u200b순}} 씨({{u:카톡}}에서 복사한 이름에 보이지 않는 문자가 들어가 있으니 보도자료 작성 시 주의). {{r:향순}} 씨는 얼굴 공개 불가, 음성 변조 요청.
3. 준비물: 신발 벗는 공간 필요 (신 벗고 들어가는 좌식 대기실), 향 없는 꽃.
4. 보도자료 초안 담당 {{p:박지원}} (사내 계정 {{p:jiwon.park}}, 메일 {{p:jiwon.park}}@nkworkers-watch.org), 언론 문의는 press@ 계정으로만.
5. {{u:엘리자베스 살몬}} {{u:유엔}} {{u:북한}} 인권 특별보고관의 영상 메시지 요청 중 - {{u:유엔인권사무소}} {{u:서울}} 사무소 통해 확인.
6. {{r:신향순}} 씨 교통비 지급: 회계 {{p:강}} 주임에게 요청.
""",
    },
    {
        "id": "h47-ko-08",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kil Yong-su", "길용수", "witness", ["용수", "Gil Yong-soo"]),
            ("Ra Sun-gi", "라순기", "coworker", []),
        ],
        "note": "Korean e-mail thread with quoted replies; e-mail addresses spelling names; a witness in Revised Romanization inside Korean text; a construction site in Abu Dhabi; an Emirati official and a Pakistani co-worker; the surname 라 beside the syllable 라 in endings.",
        "text": """보낸 사람: {{p:오태양}} <{{p:taeyang.oh}}@nkworkers-watch.org>
받는 사람: {{p:이소라}} <{{p:sora.lee}}@nkworkers-watch.org>
제목: RE: {{u:아랍에미리트}} 사례 자료

{{p:소라}} 씨,

{{r:길용수}} 씨(여권 영문 {{r:Gil Yong-soo}}) 자료 정리했습니다. {{u:아부다비}} 현장에서 2016~2019년, 철근 작업. 같은 숙소 동료 {{r:라순기}} 씨도 2020년에 {{u:한국}}에 들어왔다고 하니, {{r:라}} 씨 연락처를 {{r:용수}} 씨에게 물어보는 게 좋겠습니다. {{u:파키스탄}} 동료 {{p:Imran}}이라는 사람이 영어를 가르쳐 줬다고 하네요.

참고로 현지 노동부 직원 {{p:Khalid Al Mansoori}}라는 이름이 서류에 보이는데, 실존 공무원인지 확인이 안 됩니다. 공개 자료에는 쓰지 말죠.

{{p:태양}} 드림

-----원본 메시지-----
보낸 사람: {{p:이소라}} <{{p:sora.lee}}@nkworkers-watch.org>
> {{p:태양}} 씨, {{r:길용수}} 씨 건 자료 좀 보내 주세요. 다음 주 수요일 면담이라서요. 그리고 {{p:권}} 팀장님이 "{{u:UAE}} 사례는 {{u:국제앰네스티}} 자료와 비교하라"고 하셨어요.
""",
    },
    {
        "id": "h47-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kang Chol-ung", "강철웅", "witness", ["철웅"]),
        ],
        "note": "Korean slide-deck speaker notes for a seminar; the speaker and moderator private; a witness quoted with 씨 and by initials; real officials, UN bodies and ILO conventions as public names; the ordinary words 강철 (steel) and 웅 near the surname 강.",
        "text": """[발표자 노트] 세미나 "해외 파견 노동과 강제노동" - 발표 {{p:서민지}}

슬라이드 1 (표지)
- 인사. 사회자 {{p:황다은}} 님께 감사.

슬라이드 3 (규모)
- {{u:유엔 안전보장이사회}} 결의 2397호(2017): 24개월 안에 송환 규정.
- {{u:국제노동기구}} 강제노동 협약(제29호) 지표 11개 중 여권 압수, 임금 체불, 이동 제한 강조.

슬라이드 5 (증언)
- 증언자 {{r:K.C.U.}} - 강철 자재를 나르는 일을 했다는 점이 중요. 화면에는 이니셜만.
- 말로는: "{{r:강철웅}} 씨는 '강철처럼 버티라'는 말을 매일 들었다고 합니다." → 실명 말하지 말 것! "{{r:철웅}} 씨"도 안 됨. 그냥 "한 증언자"로.

슬라이드 7 (국제 대응)
- {{u:볼커 튀르크}} {{u:유엔}} 인권최고대표 2024년 보고서 인용.
- {{u:러시아}}·{{u:중국}} 정부 입장 - 중립적으로 소개.

슬라이드 9 (질의응답)
- 예상 질문: {{u:한국}} 정부의 역할? → {{u:통일부}}의 『{{u:북한}} 인권 보고서』 언급.
""",
    },
    {
        "id": "h47-ko-10",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Pyo Un-suk", "표은숙", "witness", ["은숙"]),
        ],
        "note": "Korean rally running order with timings; MC and speakers private, one witness registered and her name in a hashtag; a real parliamentary committee, commission and square as public names; the placard slogan with ordinary words.",
        "text": """[진행 순서] "돌아오지 못한 노동자들" 추모 집회
2025년 6월 25일(수) 18:00~19:30 / {{u:광화문광장}} 북측

18:00 사회 {{p:문지아}} - 개회, 묵념 (1분)
18:05 여는 말 - 대표 {{p:권나연}}
18:15 연대 발언 - {{u:국가인권위원회}} 관계자(미정), {{u:국회 외교통일위원회}} 위원장실(서면 메시지 대독)
18:30 증언 - {{r:표은숙}} 씨 ({{u:중국}} 봉제 공장 2015~2019), 통역 없음, 얼굴 가림막 사용
18:45 노래 - 합창단 "새날" (지휘 {{p:곽민준}})
19:00 편지 낭독 - {{r:은숙}} 씨가 동료 {{p:복순}}이에게 쓴 편지, 대독 {{p:이소라}}
19:15 피켓 퍼포먼스 - 구호: "여권을 돌려달라", "임금을 돌려달라"
19:25 폐회

SNS 해시태그: #{{r:표은숙}}의_편지 (본인 동의함), #돌아오지못한노동자
담당: 무대 {{p:장민}}, 안전 {{p:오태양}}, 경찰 신고 {{p:강}} 주임
""",
    },
    {
        "id": "h47-ko-11",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Mun Kyong-il", "문경일", "witness", ["경일"]),
        ],
        "note": "Korean dental treatment record for a former worker, half CRLF; patient name in a form field and in a note with particles; dentist and hygienist private; tooth numbers and ordinary medical words; a real public health-insurance body.",
        "text": """치과 진료 기록지
기관: 새봄치과의원 (협력 병원) / 의뢰: 엔지오 상담팀 {{p:이소라}}

환자명: {{r:문경일}} (남, 52세) / 건강보험: {{u:국민건강보험공단}} 의료급여 1종
진료일: 2025.02.11 / 담당의: {{p:고은비}} 원장 / 치위생사: {{p:남궁현}}

주소(C.C.): "이가 다 흔들려요." 상악 좌측 통증 3개월.
현병력: {{u:러시아}} 벌목장 근무 중(2011~2019) 치과 치료 전무. 본인 말로는 "{{p:변}} 반장이 이 아프다고 하면 소금물로 헹구라고 했다."
검사: #16, #17 동요도 3도, #26 치근 파절. 전반적 치주염.
계획: #26 발치, 스케일링 후 부분 틀니 상담. 임플란트는 비용 문제로 보류.
비고: {{r:경일}} 님은 치과 의자에 눕는 것을 매우 불안해함. 다음 진료 때 {{p:이소라}} 선생님 동석 요청. 환자 본인이 "{{r:문경일}}이라는 이름을 병원 밖에 알리지 말아 달라"고 함.
""",
    },
    {
        "id": "h47-ko-12",
        "language": "ko",
        "eol": "lf",
        "persons": [],
        "note": "Korean shelter residents' council election tally; candidates and tellers are unregistered private persons; nicknames in votes; spoiled ballots with ordinary words; the Ministry of Unification's Hanawon as public.",
        "text": """[개표 결과] 쉼터 입소자 자치회장 선거 - 2025년 3월 2일
선거관리: {{p:우정희}}(입소자), {{p:전다은}}(직원) / 참관: {{p:탁미영}}

| 기호 | 후보 | 득표 |
| 1 | {{p:채순영}} | 9 |
| 2 | {{p:하명길}} | 7 |
| 3 | {{p:어금옥}} | 3 |

무효 의심표 2장: 한 장에는 "다 좋아요", 한 장에는 "{{p:명길}}이 삼촌" (후보를 별명으로 적은 것으로 보아 논의 후 유효 처리, 위 7표에 포함). 최종 무효표 1장.
당선: 기호 1번 {{p:채순영}} 씨. 부회장은 차점자 {{p:하}} 씨.
비고: 후보 {{p:어금옥}} 씨는 {{u:하나원}} 동기인 {{p:순영}} 언니를 지지한다며 사퇴 의사를 밝혔으나 표는 그대로 집계함.
서명: {{p:우정희}}, {{p:전다은}}, {{p:탁미영}}
""",
    },
    {
        "id": "h47-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Tae-sik", "리태식", "coworker", ["태식", "이태식", "깡통"]),
            ("Kong Yong-nyo", "공영녀", "relative", []),
        ],
        "note": "Korean eulogy for a former worker, read at a memorial; the deceased by full name, given name with vocative and affectionate suffix, and South Korean spelling; his wife; a nickname; the ordinary words 공 (ball) and 태 near surnames; real places.",
        "text": """추도사 - 故 {{r:리태식}} 님을 보내며
2025년 1월 9일, 낭독 {{p:권나연}}

{{r:태식}} 씨, 아니 우리가 늘 부르던 대로 "{{r:태식}}아" 하고 불러 봅니다.

{{r:태식}}이는 {{u:남포}}에서 태어나 스물여섯에 {{u:러시아}} {{u:사할린}}으로 갔습니다. 건설 현장에서 9년, 공 하나 찰 시간도 없이 일했습니다. 그래도 일요일 저녁이면 숙소 마당에서 깡통을 공 삼아 차며 웃던 사람이라고, 함께 일한 {{p:도성만}} 씨가 전해 주었습니다. 동료들은 그를 "{{r:깡통}}"이라고 불렀다지요.

2019년 {{u:한국}}에 와서 {{r:이태식}}이라는 이름으로 새 주민등록증을 받던 날, {{r:태식}} 씨는 "이제 리가 아니라 이래요" 하며 웃었습니다.

{{u:북한}}에 남은 아내 {{r:공영녀}} 님께 이 소식이 닿을 날이 오기를 바랍니다. {{r:영녀}} 씨의 이름을 마지막까지 부르던 그를 우리는 기억합니다.

편히 쉬세요, {{r:태식}}아.
""",
    },
    {
        "id": "h47-ko-14",
        "language": "ko",
        "eol": "lf",
        "persons": [],
        "note": "Korean staff training quiz with answer key on anonymisation; example persons in questions are unregistered private; surnames discussed as words and ordinary words (안, 오, 하, 소) stay unmarked; real laws and bodies as public names.",
        "text": """[신입 직원 교육] 증언 비식별화 퀴즈 + 답안
작성: {{p:오태양}} / 검토: {{p:벤 남}}

1. 다음 문장에서 비식별 처리해야 할 부분은? "{{p:안영철}} 씨가 안에서 문을 잠갔다."
 → 답: '{{p:안영철}}'만. 두 번째 '안'은 '안쪽'이라는 뜻의 보통 단어.
2. "{{p:오}} 반장이 오후 다섯 시에 왔다." 에서 이름은?
 → 답: 첫 번째 '{{p:오}}'(성)만 가린다. 오후의 '오'는 해당 없음.
3. 증언자가 "{{p:하순녀}} 동무가 하라는 대로 했다"고 말했다. 가릴 부분은?
 → 답: '{{p:하순녀}}'. '동무'는 호칭이라 그대로 둔다.
4. '소'라는 성씨를 가진 사람이 있는가?
 → 답: 있다. 성씨 '소'는 단어로서 언급될 때는 이름이 아니다.
5. {{u:개인정보 보호법}}상 가명처리의 정의는 몇 조에 있는가?
 → 답: 제2조 제1호의2. 관련 기관: {{u:개인정보보호위원회}}.
6. 영어 보고서에서 "Mr {{p:So}} said so."를 처리하면?
 → 답: "Mr [X] said so." (두 번째 so는 단어)

채점: {{p:오태양}}, {{p:장민}}
""",
    },
    {
        "id": "h47-ko-15",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Hwang Sun-bok", "황순복", "witness", ["순복"]),
            ("Hwang Myong-ho", "황명호", "relative", []),
        ],
        "note": "Korean power of attorney, CRLF; principal and agent with ID placeholders; the principal's name repeated in a signature line with (인); a lawyer's firm invented; a real court and ministry as public names.",
        "text": """위 임 장

위임인
 성명: {{r:황순복}} ({{r:黃順福}})
 생년월일: 1968. 3. 12.
 주소: {{u:경기도}} {{u:시흥시}} (이하 생략)

수임인
 성명: 변호사 {{p:안지혜}}
 소속: 법무법인 새길 ({{u:서울}} {{u:서초구}})

위임인 {{r:황순복}}은 위 수임인에게 다음 사항을 위임합니다.
1. 위임인의 동생 {{r:황명호}}({{u:북한}} 거주 추정)의 소재 확인을 위한 {{u:통일부}} 이산가족 정보 조회 신청
2. {{u:서울가정법원}}에 대한 가족관계 관련 신청 일체
3. 위 각 호와 관련한 서류의 수령

2025년 2월 20일
위임인 {{r:황순복}} (인)
""",
    },
    {
        "id": "h47-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pae Chol-ung", "배철웅", "witness", ["철웅", "Chol-ung", "Bae Cheol-woong"]),
            ("Ju Kyong-hui", "주경희", "relative", ["경희"]),
        ],
        "note": "Mixed Korean/English e-mail thread with a partner NGO in Vladivostok; names in e-mail addresses; Russian name with genitive ending; three romanizations of one witness; Hangul name with particles next to its romanization.",
        "text": """From: {{p:Anna Petrova}} <{{p:a.petrova}}@primorye-help.ru>
To: {{p:Jang Min}} <{{p:min.jang}}@nkworkers-watch.org>
Subject: Re: {{r:배철웅}} 씨 건 / case of Mr {{r:Pae}}

Dear {{p:Min}},

I met Mr {{r:Pae Chol-ung}} again yesterday at the café near the station. He asked me to write that he is "OK but tired". He showed me a paper from the migration service where his name is written {{r:Пэ Чхор Ун}}; the clerk told him that the paper was given through the office of {{p:Смирнова}} (Ms {{p:Smirnova}}, the head of the local department).

Best wishes,
{{p:Anna}}

> 2025.2.3 {{p:장민}} 작성:
> {{p:Anna}} 씨 안녕하세요,
> {{r:배철웅}} 씨가 {{u:한국}}에 있는 누나 {{r:주경희}} 씨(성이 다름 - 재혼 가정)와 통화를 원합니다. {{r:철웅}} 씨에게 전해 주실 수 있을까요? Korean-side contact: {{r:경희}} 씨, via us only. {{u:남한}} 번호는 절대 직접 전달하지 말아 주세요.
> In our files he is also "{{r:Bae Cheol-woong}}" (South Korean spelling) - same person.
> {{p:Min}}
""",
    },
    {
        "id": "h47-mixed-02",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Choe Kum-ryong", "최금룡", "witness", ["금룡", "Kum-ryong", "Choi Geum-ryong"]),
            ("Kye Sang-chol", "계상철", "supervisor", ["Kapitan", "Капитан", "까삐딴"]),
        ],
        "note": "Mixed interview summary of a logging worker in Russia's Far East, English text with Korean quotations and Russian phrases; supervisor's Russian nickname 'Kapitan' in Latin and Cyrillic beside the ordinary word captain; Russian names with case endings; place names in both scripts.",
        "text": """INTERVIEW SUMMARY / 면담 요약 - RU-0455
Interviewer: {{p:Oh Tae-yang}} | 2 Dec 2024 | Korean with Russian phrases

{{r:Choe Kum-ryong}} ({{r:최금룡}}, South Korean spelling {{r:Choi Geum-ryong}}) spent 2012-2018 at a logging camp north of {{u:Tynda}} ({{u:Тында}}), then two years on construction in {{u:Blagoveshchensk}} ({{u:Благовещенск}}).

The camp leader was {{r:Kye Sang-chol}}. Russian truck drivers called him "{{r:Kapitan}}", because he always wore an old naval cap; the Koreans took over the nickname, so {{r:금룡}} says "우리도 다 {{r:까삐딴}}이라고 했어요". He was not a ship's captain and had never been at sea.

Russian contacts: a driver, {{p:Володя}}, who sold the men cigarettes and once drove {{r:Kum-ryong}} to a clinic ("к {{p:Володе}} все ходили" - everybody went to {{p:Volodya}}). Also the camp's Russian owner, {{p:Пётр Андреевич}}, whom the men never saw; {{r:Kye}} reported to him by phone.

Pay: "{{r:계상철}}이가 돈을 다 가져갔어요. 달러로 받아서 루블로 줬는데 계산은 몰라요." The Russian side paid per cubic metre; the men received about 10%.

Quote for the report (approved): "저는 나무를 베러 간 게 아니라 빚을 갚으러 간 거였어요."

Note: in the Russian migration record the name appears as {{r:Цой Гым Рён}}. Do not use {{r:Kapitan}} or {{r:Капитан}} in public texts; "captain" as a word is fine.
""",
    },
    {
        "id": "h47-mixed-03",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Moon Song-hui", "문성희", "relative", ["성희"]),
            ("Moon Kyong-su", "문경수", "witness", ["경수", "Kyong-su"]),
        ],
        "note": "Mixed KakaoTalk call notes with CRLF; two registered persons with the surname Moon beside the English word moon; emoji; a one-syllable surname used alone in Hangul with 씨; an unregistered broker by nickname.",
        "text": """[Call notes] {{u:KakaoTalk}} voice call, 2025-03-14 21:05 KST
Staff: {{p:Lee So-ra}} | Caller: {{r:문성희}} 씨 ({{r:Moon Song-hui}})

- {{r:성희}} 씨 says her brother {{r:Moon Kyong-su}} called her from {{u:Qatar}} last night, first time in 2 years 😭
- He said "tonight the moon is big here too" - she thinks this is a code they used as children for "I am OK".
- {{r:경수}}'s manager changed; new manager is called "{{p:Tiger}}" by the workers (real name unknown).
- {{r:Kyong-su}} asked about the broker "Uncle {{p:Ppang}}" ({{p:빵}} 아저씨) in {{u:Yanbian}}; {{r:문}} 씨 doesn't trust him.
- Next step: {{r:Moon}} (sister) will send a photo of his last letter via {{u:KakaoTalk}}. {{p:So-ra}} to log it.
- No money transfer requested. 👍

Follow-up: {{p:So-ra}}, 17 Mar.
""",
    },
    {
        "id": "h47-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Sol Myong-jin", "설명진", "witness", ["명진"]),
            ("Chang Tok-su", "장덕수", "supervisor", []),
        ],
        "note": "Mixed Q&A transcript with interpreter, speaker labels by role and by name; the witness's surname 설 beside the word 설명 (explanation), which stays unmarked; Chinese boss by form of address; seafood plant in Donggang; a Hangul name inside an English sentence with a particle.",
        "text": """TRANSCRIPT (bilingual working copy) - CN-0601 - 2025.1.20
Interviewer (INT): {{p:Rachel Lim}} | Interpreter: {{p:Kwon Na-yeon}} ({{p:KWON}}) | Witness: {{r:설명진}} ({{r:SOL}})

INT: Could you describe the factory?
{{p:KWON}}: 공장에 대해 설명해 주시겠어요?
{{r:SOL}}: {{u:둥강}}({{u:东港}})에 있는 수산물 가공 공장이었어요. 오징어, 게. 여자 200명 정도.
{{p:KWON}}: A seafood plant in {{u:Donggang}}. Squid and crab. About two hundred women.
INT: Who supervised you?
{{r:SOL}}: {{r:장덕수}}라고, 남자 관리자였어요. 우리는 {{r:장}} 부장님이라고 불렀어요. {{u:중국}} 사장은 {{p:老黄}}.
{{p:KWON}}: A man, {{r:Chang Tok-su}}; they called him Director {{r:Chang}}. The Chinese owner was "{{p:老黄}}" - {{p:Old Huang}}.
INT: Did {{r:Chang}} keep your documents?
{{r:SOL}}: 네, 여권이랑 휴대폰 다. {{r:명진}}이 너는 말이 많다고 자주 혼났어요. (laughs)
{{p:KWON}}: Yes, passports and phones. She says she, {{r:Myong-jin}}, was often scolded for talking too much.
INT: Thank you. For the record, 설명 in the Korean question means "explanation"; it isn't a name.
""",
    },
    {
        "id": "h47-mixed-05",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Nam Il-gwang", "남일광", "witness", ["일광", "Il-gwang"]),
            ("Bang Yong-mi", "방영미", "relative", []),
        ],
        "note": "Mixed case meeting minutes; staff named by initials and given names; witness in Poland with Polish case endings on a Korean surname (Nama, Namem); a real Polish labour inspectorate and ministry; action list with logins.",
        "text": """CASE MINUTES / 사례회의 - 2025.04.02
참석: {{p:KNY}}, {{p:TB}}, {{p:SM}}, {{p:OTY}} | 기록 {{p:OTY}}

1. PL-0021 {{r:NAM Il-gwang}} ({{r:남일광}})
- {{p:TB}}: Polish lawyer {{p:Agnieszka Nowak}} replied. Wrote: "Pan {{r:Nam}} może złożyć skargę; rozmawiałam z panem {{r:Namem}} przez tłumacza." She also spoke to the {{u:Państwowa Inspekcja Pracy}} about the yard in {{u:Szczecin}}.
- {{p:KNY}}: {{r:일광}} 씨 wife {{r:방영미}} is in {{u:Pyongyang}}; any public step may affect her. 공개 소송은 보류.
- {{p:SM}}: In the Polish documents he is "{{r:Nama Il-gwanga}}" in genitive - typed by the clerk, keep as is in the file.
- Decision: 비공개 진정만 진행. {{p:Tomasz}} to reply to Ms {{p:Nowak}} by Friday.

2. Logins for the new case database: {{p:tbielecki}}, {{p:nykwon}}, {{p:mseo}}, {{p:tyoh}}. Admin account (admin@) stays with IT.
""",
    },
    {
        "id": "h47-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ok Chun-hwa", "옥춘화", "witness", ["춘화", "Chun-hwa"]),
            ("Ma Sung-chol", "마승철", "supervisor", []),
        ],
        "note": "Mixed reviewer comments in a tracked-change style on a testimony of work in Laos; names in capitals with comma; the surname 옥 and 마 used alone; a Lao police officer; Korean suffixes on Latin names; 'OK' beside the surname Ok.",
        "text": """REVIEW - draft testimony T-140 ({{r:OK, Chun-hwa}} / {{r:옥춘화}})
Reviewer: {{p:Grace Yoon}}

§1 "{{r:Ok}} says the restaurant in {{u:Vientiane}} opened in 2013" - OK, but cite the interview page.
§2 Manager {{r:MA, Sung-chol}} - 본문에선 "{{r:마}} 지배인", 부록에선 "Manager {{r:Ma}}". 통일 필요.
§3 The Lao police officer "{{p:Bounmy}}" is mentioned as having taken money. Fact-check impossible → delete name.
§4 "{{r:Chun-hwa}}는 2016년에 {{u:Laos}}를 떠났다" - please write the whole sentence in one language.
§5 Her friend "{{p:순덕}}이" (no surname) - keep "{{p:순덕}}", drop 이 in translation.
§6 Good overall. {{r:옥}} 씨 agreed to publication under initials {{r:O.C.H.}}
- {{p:G.Y.}}
""",
    },
    {
        "id": "h47-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Sok Chol-ho", "석철호", "coworker", ["철호"]),
        ],
        "note": "Mixed cemetery burial register from the Russian Far East, transcribed with Korean notes; names in Cyrillic surname-first with initials and in Hangul; other buried persons unregistered; the cemetery keeper private; a real city and consulate.",
        "text": """Журнал захоронений / burial register (extract, transcribed by {{p:Anna Petrova}})
Кладбище: {{u:Морское}}, {{u:Владивосток}} | Section 14

| № | Ф.И.О. | Дата смерти | Примечание |
| 311 | {{p:Ковалёв Н.П.}} | 02.01.2019 | - |
| 312 | {{r:Сок Чхор Хо}} | 17.01.2019 | гражданин {{u:КНДР}}, без родственников |
| 313 | {{p:Ли Ен Сук}} | 20.01.2019 | гражданка {{u:Республики Корея}} |
| 314 | {{p:Ермакова Т.В.}} | 29.01.2019 | - |

메모 ({{p:장민}}): 312번이 {{r:석철호}} 씨로 보임. 동료 {{p:량성철}} 씨 진술과 사망일 일치. 묘지 관리인 {{p:Виктор}} 씨(성 모름)에 따르면 "{{u:북한}} 총영사관에서 아무도 오지 않았다"고 함. 313번 {{p:Ли Ен Сук}}은 다른 사람({{u:남한}} 국적).
Note: keeper {{p:Виктора}} asked for nothing in return. {{r:철호}} 씨 묘에는 번호만 있고 이름 없음.
""",
    },
    {
        "id": "h47-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Gu Yong-suk", "구영숙", "witness", ["영숙"]),
            ("Un Kwang-jin", "은광진", "witness", ["광진"]),
        ],
        "note": "Mixed task-board export (cards, lists, assignees as @logins); witness names in card titles with particles; logins spelling staff names; an English-word login ('sunny') that is a nickname; labels and checklist items with ordinary words.",
        "text": """Board: Casework Q2 2025 (export, JSON flattened to text)

List: To do
- Card: "{{r:구영숙}} 씨 면담 일정 잡기" | Assignee: @{{p:dasom.yoon}} | Due: 2025-04-10 | Label: 상담
- Card: "Translate {{r:Un Kwang-jin}} statement (RU)" | Assignee: @{{p:tbielecki}} | Label: translation
  Checklist: [ ] glossary check  [ ] {{r:광진}} 씨 확인 전화  [x] file created

List: Doing
- Card: "{{r:영숙}}이 언니 병원 동행" | Assignee: @{{p:sunny}} ({{p:Sunny}} = {{p:Lee So-ra}}) | Label: 의료
  Comment by {{p:sunny}}: 4/12 {{u:서울아산병원}} 예약 완료 ☀️

List: Done
- Card: "Export data for {{u:UN OHCHR}} submission" | Assignee: @{{p:esther}} | Label: advocacy
- Card: "Check: is '은' in card 2 a surname?" → yes, {{r:은광진}} = {{r:Un Kwang-jin}}. Not the particle.

Archived: "Old card: {{p:dasom}}'s training plan"
""",
    },
    {
        "id": "h47-mixed-09",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Chol-jun", "김철준", "witness", ["철준"]),
        ],
        "note": "Mixed translated Polish social-insurance (ZUS) contribution statement with Korean notes; the insured's name in Polish form with case endings (Kima); the employer invented; ZUS and Polish places public; the clerk private.",
        "text": """ZAKŁAD UBEZPIECZEŃ SPOŁECZNYCH - Informacja o stanie konta ubezpieczonego
({{u:ZUS}} 가입 내역 확인서, 비공식 번역 {{p:Tomasz Bielecki}})

Ubezpieczony: {{r:KIM CHOL JUN}}
Data urodzenia: 1985-07-02 | Obywatelstwo: {{u:KRLD}} ({{u:Korea Północna}})
Płatnik składek: (firma usługowa, {{u:Gdańsk}}) - invented name withheld

Okresy: 2016-04 → 2018-11, podstawa wymiaru: minimalne wynagrodzenie.
Uwagi urzędnika: "Konto Pana {{r:Kima}} nie wykazuje wpłat za 2018-06 - 2018-11." Podpis: {{p:J. Wójcik}}

번역자 메모: 위 문장은 {{r:김철준}} 씨 계좌에 2018년 6~11월 납부 기록이 없다는 뜻(폴란드어 소유격 형태). {{r:철준}} 씨는 그 기간에도 {{u:Gdynia}} 조선소에서 일했다고 진술함. {{u:폴란드}} 쪽 변호사 {{p:Nowak}} 씨에게 전달 예정.
""",
    },
    {
        "id": "h47-mixed-10",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ro Un-byol", "로은별", "witness", ["은별", "Un-byol", "Star", "별"]),
        ],
        "note": "Mixed charity auction catalogue; artists and donors private; a former worker's embroidery with her name and pseudonym; the ordinary word 별 (star) beside the given name 은별; a real auction house and gallery as public names; emoji.",
        "text": """CHARITY AUCTION 2025 - Catalogue / 자선 경매 도록
Hosted with {{u:Seoul Auction}} (pro bono) | Preview at {{u:Arario Gallery}}

Lot 1 - "{{u:Yalu}} at Dawn", oil on canvas, by {{p:Park Joon-seo}}. Estimate ₩800,000.
Lot 2 - Embroidered cushion "별 하나" (One Star), by {{r:Ro Un-byol}} ({{r:로은별}}). She learned to embroider in a garment factory in {{u:Dandong}}. "별을 수놓을 때마다 집 생각이 났어요." - {{r:은별}}. Estimate ₩300,000. ⭐
Lot 3 - Signed football, donated by {{p:Daniel Cho}}. Estimate ₩150,000.
Lot 4 - Dinner for four at a North Korean-style restaurant, donated by the owner, Mrs {{p:Jeon}}. 🍜

Auctioneer: {{p:Kim Na-rae}}
Artist's note for Lot 2: the artist signs as "{{r:Star}}" ({{r:별}}이) - please do not print {{r:Un-byol}} on the label.
""",
    },
    {
        "id": "h47-mixed-11",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Cha Kwang-su", "차광수", "witness", ["광수"]),
        ],
        "note": "Mixed charity-run team roster, CRLF; runners surname-first with commas, in capitals and with nicknames; a registered former worker among staff runners; English-word surnames Song and Moon beside the words song and moon; a real marathon and sponsor company.",
        "text": """TEAM ROSTER - "Run for the Workers" / {{u:Seoul Marathon}} 10K, 16 March 2025
Sponsor: {{u:Lotte}} (team shirts)

| Bib | Runner | Size | Note |
| 4101 | {{p:MOON, Ga-eun}} | S | 팀장 |
| 4102 | {{p:SONG, Ji-ho}} | M | playlist: one song per km 🎵 |
| 4103 | {{r:CHA, Kwang-su}} | L | 본인 희망으로 실명 등록 안 함 → bib name "{{r:KS}}" |
| 4104 | {{p:Walker, Amy}} | M | - |
| 4105 | {{p:NAM, Ha-eun}} | S | 별명 "{{p:토끼}}" |

Meeting point: {{u:Gwanghwamun}} Gate, 07:00. Under a full moon the night before? No - 그날은 그믐.
{{r:광수}} 씨 says: "{{p:Song}} 씨랑 같이 뛸게요."
""",
    },
    {
        "id": "h47-mixed-12",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Hyon Ok-sun", "현옥순", "witness", ["옥순"]),
            ("Jin Kum-hui", "진금희", "supervisor", []),
        ],
        "note": "Mixed apartment mailbox directory from a Hunchun dormitory block, Chinese and Korean; residents in Hanzi and Hangul; Chinese forms of address; room numbers; zero-width joiner inside a name copied from a photo caption; a real city and company.",
        "text": """信箱名录 / 우편함 명단 (사진에서 옮김, {{p:윤다솜}})
{{u:珲春市}} 某小区 7号楼 (건물 관리: 공장 기숙사)

| 信箱 | 姓名 | 비고 |
| 101 | {{p:金顺女}} | 조선족 주민 |
| 102 | {{r:玄玉顺}} | {{r:현옥순}} 씨 방 (여성 노동자 8명 공동) |
| 103 | {{r:陈金姬}} | {{r:진금희}} = 반장, 한자 이름으로 등록 |
| 104 | {{p:老李}} | 관리인, 본명 {{p:李国强}} |
| 105 | 空 | - |

메모: 102호 명패 사진 설명에는 "{{r:玄\u200d玉顺}}"로 보이지 않는 문자가 들어가 있음. {{r:옥순}} 씨 확인: 맞음. {{r:진}} 반장은 {{p:小张}}(통역)과 같이 105호를 창고로 썼다고 함.
근처 {{u:中国邮政}} 우체국을 통해 편지를 받았으나 반장이 먼저 열어 봤다고 함.
""",
    },
    {
        "id": "h47-mixed-13",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Yong-nam", "리용남", "supervisor", ["용남"]),
            ("Pak Il-do", "박일도", "coworker", ["일도"]),
        ],
        "note": "Mixed foreman's daily construction site report from Kuwait, English form with Arabic names and Korean notes; the North Korean foreman and a worker registered; an Indian safety officer and Egyptian engineer; Nepali workers; a real ministry and city; the word 'do' beside the given name Il-do.",
        "text": """DAILY SITE REPORT / 일일 작업 보고 - Project: residential tower (invented), {{u:Kuwait City}}
Date: 2018-07-14 | Temp. max 49°C | Report by: site engineer {{p:Mahmoud Abdel-Fattah}} ({{p:محمود عبد الفتاح}})

Manpower:
- {{u:DPRK}} crew (foreman {{r:RI Yong-nam}}): 42
- Nepali crew (foreman {{p:Hari Gurung}}): 18
- Indian steel fixers: 12

Activities: slab pour level 17; rebar level 18.
Incidents: 13:20 worker {{r:PAK Il-do}} collapsed (heat). First aid by safety officer {{p:Rajesh Menon}}. Foreman {{r:Ri}} refused transfer to hospital. Noted for {{u:Public Authority for Manpower}}.
Instructions: do not work 12:00-16:00 (midday ban). Foreman to do roll-call.

[한국어 메모 - 증언자 제공 사진에서 옮김, {{p:장민}}] 이 보고서의 "{{r:PAK Il-do}}"는 증언자가 말한 {{r:일도}}이와 같은 사람. {{r:리용남}} 소장은 "{{r:박일도}}는 꾀병"이라고 했다고 함. 정오 작업 금지 규정이 있었는데도 {{r:용남}}이 작업을 시켰음.
Arabic note on margin: "المشرف الكوري {{r:ري}} رفض" (the Korean supervisor {{r:Ri}} refused).
""",
    },
    {
        "id": "h47-mixed-14",
        "language": "mixed",
        "eol": "lf",
        "persons": [],
        "note": "Mixed intranet FAQ page; staff named by role accounts and some by name; example names in FAQ answers are unregistered private; real apps, platforms and laws as public; surnames discussed as words unmarked.",
        "text": """# FAQ - 증언 파일 다루기 (intranet, last edited by {{p:bnam}})

Q1. 증언자 이름을 파일명에 써도 되나요?
A. 안 됩니다. 사례번호만. 예: "RU-0318_interview2.docx" (O), "{{p:kimyongho}}_interview2.docx" (X).

Q2. {{u:카톡}}으로 증언자와 연락해도 되나요?
A. {{u:카카오톡}}은 백업이 되므로 민감한 내용은 {{u:Signal}}을 사용하세요. 계정: casework@ (role account).

Q3. What if a witness's surname is "Ha" or "O"?
A. Transcribe it. Surnames like Ha, O, An, No are ordinary English words too; the anonymiser team has been told. If the transcript says "Mr {{p:Ha}} laughed: ha ha", only the first Ha is a name.

Q4. 자료 삭제 요청이 오면?
A. {{u:개인정보보호위원회}} 지침에 따라 30일 이내 처리. 담당: {{p:Esther Yang}} (privacy@).

Q5. Who to ask about translation?
A. Russian: {{p:Anna}}; Polish: {{p:Tomasz}}; Chinese: {{p:다솜}} 씨.
""",
    },
    {
        "id": "h47-mixed-15",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("U Chol-guk", "우철국", "witness", ["철국"]),
        ],
        "note": "Mixed surgical consent form from a hospital in Dandong, Chinese with Korean and English notes; the patient under the one-letter surname U; a minder signing as 'representative'; doctors private; names in Hanzi; the syllable 우 beside the surname.",
        "text": """手术知情同意书 / 수술 동의서 (사본, 번역 메모 포함)
医院: {{u:丹东市第一医院}} | 科室: 普外科

患者姓名: {{r:禹哲国}} ({{r:U Chol-guk}} / {{r:우철국}}) | 性别: 男 | 年龄: 34
诊断: 急性阑尾炎 | 拟行手术: 腹腔镜阑尾切除术
主刀医生: {{p:刘海涛}} | 麻醉医生: {{p:周敏}}

患者签字: (空白) - 환자 본인 서명 없음
代理人签字: {{p:白正浩}} 关系: 单位负责人 (= {{u:북한}} 측 관리자 {{p:백정호}})

번역 메모 ({{p:윤다솜}}): 환자 본인 대신 관리자 {{p:백정호}}가 '단위 책임자'로 서명함. {{r:철국}} 씨는 "우리는 서명할 권리도 없었다"고 진술. The patient's surname is U (우); "우" here is not the word for right or rain. Dr {{p:Liu}} told the interpreter "{{p:小白}} will pay" - i.e. the manager.
""",
    },
]
