# ruff: noqa: E501
"""Held-out evaluation passages, set 45. Built by build_heldout.py heldout45.

Fifty-four documents of the kind an NGO working on North Korean workers sent abroad
actually holds. Half are the core material, typed the way the NGO's own staff type
them (interview summaries, question-and-answer transcripts with speaker labels,
phone-call notes, reviewers' comments on a draft testimony, family members'
accounts, coordinators' memos and case conference minutes); the other half are
genres no earlier set used (union leaflets, construction-site safety rosters,
dormitory key registers, fundraising e-mails, shipping agents' crew change notices,
court cause lists, wage-protection salary file extracts, time-clock punch exports,
shelter lost-and-found logs, dormitory football fixture lists, wedding guest lists,
interpreter booking requests, quality-control batch sign-off sheets, translated
labour-court summonses, canteen meal-voucher issue lists, artwork loan agreements,
book-club discussion notes, driving-lesson logs, phone-repair intake tickets,
press-conference accreditation lists, fire-drill reports, sermon transcripts,
bank account-opening forms, a social compliance audit report, translated
Russian resignation letters and galley provisioning orders), in English, Korean and mixed Korean/English with Russian,
Chinese, Arabic, Thai, Mongolian and Polish. Settings: construction in Kuwait and
Qatar, logging and building in Russia, seafood and garment factories in China,
distant-water fishing boats, Mongolia, a Polish shipyard, Africa and the Middle
East. All persons are fictional.

Labelling convention:
- {{r:...}} a mention of a registered private person (listed in the passage's
  "persons" as (romanized name, Hangul name, role, aliases)); {{p:...}} a mention
  of an unregistered private person; {{u:...}} a public name: a real public figure,
  a real place, a real organisation or company, a real ship, app or law. Real public
  figures are only mentioned neutrally.
- Every fictional person is private, whatever their office (a fictional minister,
  judge, police officer, consul, doctor, inspector, pastor, journalist or
  interpreter is private).
- Invented businesses, sites and vessels are left unmarked.
- A mention is labelled as the text writes it: the name only, without particles
  (박철민이 -> {{r:박철민}}이; the affectionate suffix 이 after a given name also stays
  outside) and without titles (리 반장님 -> {{r:리}} 반장님, 김 동무 -> {{p:김}} 동무,
  Mr {{p:Ho}}, Dr {{p:X}}), but Chinese forms of address are labelled whole (老周,
  小王, 王总) and Russian and Polish names keep their case endings.
- A nickname that refers to a person is a mention of that person even when it is
  not registered as an alias; the same word used as an ordinary word is not.
- In an e-mail address or login only the local part is labelled, and only when it
  spells the person's name; role accounts are unmarked.
- Possessive 's, plural -s, particles and emoji stay outside a mention; zero-width
  characters and fullwidth letters inside a name stay inside.
- Generic kinship or role words used instead of a name (엄마, 형, 반장, "the cook")
  are not mentions; a surname discussed as a word is not a mention.
- Country names standing as nouns are public places; nationality adjectives are
  not marked.
"""

PASSAGES: list[dict] = [
    {
        "id": "h45-en-01",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ri Chol-ho", "리철호", "witness", ["Lee Cheol-ho", "Chol-ho", "Cheol-ho"]),
            ("Pak Yong-su", "박영수", "supervisor", ["Park Young-soo", "Big Pak"]),
            ("O Myong-gil", "오명길", "coworker", ["Myong-gil"]),
            ("Ri Sun-hwa", "리순화", "relative", ["Sun-hwa"]),
        ],
        "note": "Third-person interview summary, Qatar stadium-area construction; witness in North and South spellings, bare surname Pak and surname O beside 'O-ring' and 'o'clock', supervisor nickname, Indian and Nepali co-workers and a British site engineer as private persons, Kim Jong Un and Doha public; CRLF.",
        "text": """INTERVIEW SUMMARY - CASE QA-2024-031
Interviewer: {{p:Hyun Da-bin}} | Interpreter: none (interview in Korean) | Typed up by: {{p:Hyun}}, 14 May 2024
Location: our office, {{u:Seoul}}. Duration about three hours with one break.

1. Background
{{r:Ri Chol-ho}} (he now spells it {{r:Lee Cheol-ho}} on his South Korean ID; please use {{r:Ri Chol-ho}} in the file) was born in 1979 in {{u:Hamhung}}. He trained as a welder and worked at a machine plant before being selected in 2014 for overseas work with a construction company he named as "the 8th company". He left {{u:Pyongyang}} by train to {{u:Beijing}} and flew to {{u:Doha}} via {{u:Kunming}} with 40 other men. He says the group leader on the plane was {{r:Pak Yong-su}}, later his site supervisor.

2. Work in {{u:Qatar}}
{{r:Chol-ho}} worked on apartment blocks and a car park south of {{u:Doha}}. The main contractor was a Qatari firm whose name he could not remember; the North Korean team were subcontracted through a labour supply office run by a man he knew only as "{{p:Abu Faisal}}". Shifts were 6 o'clock to 6 o'clock with a lunch break, and in summer they worked at night. {{r:Pak}} kept everyone's passports in a metal box in his room. "{{r:Pak}} said the passports were safer with him than with us," {{r:Chol-ho}} remembers. The men called {{r:Pak}} "{{r:Big Pak}}" because there was a second man with that surname in the brigade, a small man from {{u:Kaesong}}, {{p:Pak Chol-min}}, who was the cook.

The witness worked most closely with {{r:O Myong-gil}}, a welder from {{u:Sinuiju}}. {{r:O}} was good with machines and fixed the generator when its O-ring failed. {{r:Chol-ho}} says {{r:O}} was "the only one who laughed". At night {{r:Myong-gil}} and he talked about their families. {{r:O}}'s wife was a teacher; {{r:Chol-ho}}'s wife, {{r:Ri Sun-hwa}}, was at home in {{u:Hamhung}} with two children.

3. Wages
The contract wage was never shown to them. Each month {{r:Pak Yong-su}} read out a sum for "loyalty funds", a sum for food, a sum for the dormitory and a sum for "the plan". What was left, about 100 to 150 riyals, was written in a notebook and paid in cash only before they went home. {{r:Chol-ho}} says the Nepali workers on the same site, among them a man called {{p:Ram Bahadur Thapa}}, were paid by bank card and could not believe the Koreans got nothing. An Indian foreman, {{p:Suresh Nair}}, once asked {{r:Chol-ho}} in broken English why he never bought anything. {{r:Pak}} saw this and told him not to talk to foreigners.

4. Injury
In August 2016 {{r:O Myong-gil}} fell from scaffolding on the fourth floor. The British site engineer, Mr {{p:Gareth Hollis}}, called an ambulance; {{r:Pak}} tried to send it away and said the brigade would take {{r:O}} to a clinic themselves. {{p:Hollis}} refused. {{r:Myong-gil}} was in {{u:Hamad General Hospital}} for nine days. {{r:Chol-ho}} visited him once with {{p:Pak Chol-min}}, who brought rice soup. After that {{r:O}} was sent home to {{u:Pyongyang}}, and {{r:Chol-ho}} never learned whether he walked again.

5. Political life
Every Saturday there was a study session on the works of {{u:Kim Jong Un}} and a self-criticism meeting. The secretary who ran them, {{p:Jang Kwang-il}}, came from the company office in another part of {{u:Doha}}. {{r:Chol-ho}} says {{p:Jang}} was stricter than {{r:Pak}} and once made {{p:Pak Chol-min}} stand for an hour because the rice was burnt.

6. Return and family
He returned in 2018 and left the country in 2021 across the river near {{u:Hyesan}}. He has had no contact with {{r:Sun-hwa}}. A broker told him that {{r:Ri Sun-hwa}} was "questioned but not taken". He asks that his wife's name not appear in anything we publish.

7. Interviewer's notes
- Credible and consistent with QA-2024-012 (same site, different brigade).
- He sometimes says "Park" instead of "Pak" because of South Korean TV; same person.
- Follow up: ask {{p:Hollis}}'s employer ({{u:Arup}}? he wasn't sure) for records of the 2016 fall. {{p:Da-bin}} to draft.
""",
    },
    {
        "id": "h45-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kang Un-jong", "강은정", "witness", ["Un-jong", "Eun-jeong Kang"]),
            ("Song Hak-chol", "송학철", "supervisor", []),
            ("Do Myong-hui", "도명희", "coworker", ["Myong-hui"]),
        ],
        "note": "Q/A transcript with speaker labels, Dandong seafood plant; interviewer and interpreter labels, surname Song beside 'song' and Do beside 'do', Chinese managers as 老刘 and 王姐, given names alone, Kim Il Sung portrait, Dandong and Sinuiju public.",
        "text": """TRANSCRIPT - interview with witness W-77 ({{u:Dandong}} seafood plant)
Date: 3 April 2024. Place: NGO office, {{u:Seoul}}.
Q = {{p:Nam Ji-won}} (researcher). A = {{r:Kang Un-jong}}. I = {{p:Baek Seo-yeon}} (note-taker, occasionally asks).

Q: Can you tell me when you arrived in {{u:Dandong}}?
A: In spring 2017. We crossed the bridge from {{u:Sinuiju}} on a bus, eighty of us, all women. The leader on the bus was {{r:Song Hak-chol}}. He stayed with us the whole three years.
Q: What was his job?
A: He was the 반장, we called him {{r:Song}} banjang. He was from the company, not the factory. The factory had its own Chinese managers.
Q: Do you remember their names?
A: The big manager was 老刘, {{p:Liu}} something. We only said 老刘. And there was a woman in the office, 王姐, who did the pay sheets. She was kind to us. Her full name I saw once on a paper: {{p:王秀英}}.
I: Is that {{p:Wang Xiuying}}?
A: Yes, I think so.
Q: What did you do in the plant?
A: Peeling shrimp, then cutting squid. Twelve hours, sometimes sixteen when a ship came in. Do you want me to say about the cold room?
Q: Please.
A: The cold room was minus twenty. {{r:Do Myong-hui}} and I worked there in winter. Her hands cracked. {{r:Myong-hui}} asked {{r:Song}} for gloves and he said, "Do you think the Party sends gloves by airplane?"
Q: Was {{r:Do Myong-hui}} from your hometown?
A: No, she was from {{u:Nampo}}. But we shared a bunk. She sang well. When we had a free evening she would sing a song from the 1980s, and {{r:Song}} let her because it was a revolutionary song.
Q: Were you paid?
A: We saw a number on paper. 王姐 showed us once, secretly. It was 2,000 yuan. We got 150 yuan. {{r:Song}} said the rest goes to the state.
I: Did anyone complain?
A: One girl, {{p:Kye Ok-hwa}}, complained. She was sent home in a week. After that nobody complained. {{r:Un-jong}} is a coward, I told myself. (laughs)
Q: You said "{{r:Un-jong}}" - you mean yourself?
A: Yes. My mother called me like that when I was scared.
Q: Were there portraits in the dormitory?
A: Of course. {{u:Kim Il Sung}} and {{u:Kim Jong Il}} in every room, and we had to clean them first in the morning. {{r:Myong-hui}} once dropped the cloth and {{r:Song}} banjang made her write a self-criticism.
Q: How did you leave?
A: In 2020 the border closed because of COVID. We could not go home. In 2022 I went to the hospital with stomach pain and the Chinese doctor, Dr {{p:Zhao}}, let me use her phone. I called a number a cousin had given me years ago. I won't say the broker's name.
Q: That's fine. And {{r:Myong-hui}}?
A: She was still there when I left. If you find her, tell her {{r:Eun-jeong Kang}} is in {{u:Seoul}} now. That's my South Korean name, she won't know it. Say {{r:Un-jong}} from the cold room.
Q: We'll note that. Thank you.
[End of first session. {{p:Ji-won}}: second session on 10 April about the journey.]
""",
    },
    {
        "id": "h45-en-03",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jo Kwang-nam", "조광남", "witness", ["Kwang-nam", "Cho Kwang-nam"]),
            ("Yu Chang-ho", "유창호", "coworker", ["Chang-ho"]),
            ("Ha Jong-suk", "하종숙", "relative", ["Jong-suk"]),
        ],
        "note": "Phone-call notes log, Russian logging camp near Tynda; caller in two spellings, surnames Jo, Yu and Ha among 'Ha!' and 'you', Russian foreman with patronymic and diminutive in Cyrillic and Latin, emoji after a name, Amur region public.",
        "text": """PHONE LOG - follow-up calls, witness R-19 (logging, {{u:Amur Oblast}})
Caller on our side: {{p:Seo Ha-rin}} unless stated.

2024-02-02 10:15 (18 min)
Called {{r:Jo Kwang-nam}} on his new number. He is in {{u:Incheon}}, working at a logistics warehouse. Sounded tired. Confirmed the camp was about 60 km north of {{u:Tynda}}, not near {{u:Khabarovsk}} as written in the first summary. The Russian foreman was {{p:Viktor Semyonovich}} (surname not known), whom the Koreans called "{{p:Vitya}}". {{r:Kwang-nam}} says {{p:Vitya}} drank but was fair and paid cigarettes for extra trees.

2024-02-09 19:40 (6 min)
{{r:Kwang-nam}} called us. Wanted to add: the brigade leader's deputy was {{r:Yu Chang-ho}}, not "{{r:You Chang-ho}}" as the interpreter typed. {{r:Yu}} was the one who weighed logs and wrote the quotas. Ha! he laughed, "{{r:Yu}} could not count, so everyone got the same." Also asked whether we can help him send money to his wife, {{r:Ha Jong-suk}}. Told him we don't do remittances.

2024-02-16 11:00 (no answer), 14:30 (22 min)
{{r:Cho Kwang-nam}} (he gave this spelling for the consent form, same person). Long talk about the accident in March 2013 when a tree fell on {{p:Kim Song-hun}}. {{p:Kim}} died on the way to the hospital in {{u:Tynda}}. The Russian doctor's name he remembers in Russian: {{p:Ирина Петровна}}. The company told the family that {{p:Kim}} died of a heart attack. {{r:Chang-ho}} signed the paper. {{r:Kwang-nam}} says {{r:Yu Chang-ho}} cried that night and told him, "You and I know the truth."

2024-02-23 09:05 (11 min) - call taken by {{p:Ha-rin}}'s colleague {{p:Moon Jae-hyuk}}
{{r:Kwang-nam}} asked for {{p:Ha-rin}}. {{p:Jae-hyuk}} took a message: his wife {{r:Jong-suk}} 🙏 may be able to call through a Chinese phone in April. If she does, he wants to know if we can record her account. Passed to {{p:Ha-rin}}.

2024-03-01 20:10 (35 min)
{{r:Ha Jong-suk}} did not call. {{r:Kwang-nam}} upset. Talked about his friend {{p:Ri Myong-chol}}, who escaped from the camp in 2015 and went to {{u:Moscow}}; he heard {{p:Ri}} reached the {{u:UNHCR}} office. Asked us to check. Told him we cannot confirm anything about other people but will pass the name to our {{u:UNHCR}} contact. He also mentioned the Russian logging company by name: {{u:RFP Group}}? (he was unsure; do not cite).

2024-03-08 13:00 (14 min)
Reading back the corrected summary. Changes: {{r:Yu}} not "You"; {{p:Vitya}} = {{p:Viktor Semyonovich}}; the dead man was {{p:Kim Song-hun}} from {{u:Kilju}}, age about 35. {{r:Jo}} agreed the rest. He wants the name of {{r:Ha Jong-suk}} removed from the public version.

2024-03-15 - note by {{p:Ha-rin}}
Closing the follow-up. {{r:Chang-ho}}'s role needs a careful line in the report: he signed the false death paper under pressure. Do not name {{r:Yu Chang-ho}} in the public version either.
""",
    },
    {
        "id": "h45-en-04",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("An Hye-gyong", "안혜경", "witness", ["Hye-gyong", "Ahn Hye-kyung"]),
            ("Choe Song-nam", "최성남", "supervisor", ["Choi Sung-nam"]),
        ],
        "note": "Reviewers' comments on a draft testimony, garment factory in Hunchun; two reviewers and the author comment by initials and names; surname An beside the article 'an'; Ahn/An, Choe/Choi spellings; a quoted Chinese foreman in Hanzi; the ILO and Hunchun public; mixed EOL.",
        "text": """DRAFT TESTIMONY T-2024-08 - REVIEW ROUND 2
Author: {{p:Lim So-yeon}}. Reviewers: {{p:Daniel Park}} ({{p:DP}}), {{p:Yuna Takeda}} ({{p:YT}}).

[Para 1] "{{r:An Hye-gyong}} was 24 when she was sent to a garment factory in {{u:Hunchun}}."
  {{p:DP}}: She signed as {{r:Ahn Hye-kyung}} in the consent form. Should we note both? It's an important point for matching her later.
  {{p:So-yeon}}: Consent form uses her {{u:ROK}} name; the testimony uses the name she used in {{u:China}}. I'll add a footnote.
  {{p:YT}}: Agreed. But an "An" at the start of a sentence will confuse readers - maybe "Ms {{r:An}}" throughout?

[Para 3] "The North Korean manager, {{r:Choe Song-nam}}, held all the passports."
  {{p:DP}}: In the audio she says "{{r:최성남}} 동무" twice and "{{r:Choi}}" once. Same person? {{p:So-yeon}}: Yes - {{r:Choi Sung-nam}} is how she'd spell it now.
  {{p:YT}}: Please don't translate 동무 as "comrade" in one place and leave it in another. She calls him "Comrade {{r:Choe}}" in para 5.

[Para 4] "The Chinese foreman, {{p:金永福}} ({{p:Jin Yongfu}}), was ethnic Korean."
  {{p:YT}}: If he's Joseonjok, his name would be {{p:Kim Yong-bok}} in Korean. Did she ever call him that?
  {{p:So-yeon}}: She called him "{{p:金师傅}}". I'll add it.
  {{p:DP}}: We should be careful: {{p:Jin}} is a real person and still works there, per her. Check with {{p:Min-seok}} whether we need to pseudonymise.

[Para 6] "{{r:Hye-gyong}} sewed sleeves for jackets sold to a Japanese buyer."
  {{p:DP}}: Do we know the buyer? If it's {{u:Uniqlo}} or {{u:Fast Retailing}}, that's a legal question, not a drafting one.
  {{p:So-yeon}}: She saw a label but can't remember. Removing the Japanese buyer claim.

[Para 8] "She shared a room with {{p:Paek Un-ha}} and {{p:Jon Ok-rim}}."
  {{p:YT}}: Are they in our database? {{p:So-yeon}}: {{p:Paek}} yes (T-2023-14), {{p:Jon}} no.
  {{p:DP}}: Then we need {{p:Paek}}'s consent before naming her here.

[Para 11] "In 2019 {{r:An}} was caught with a mobile phone. {{r:Choe}} slapped her and took her wages for two months."
  {{p:YT}}: This is an {{u:ILO}} forced labour indicator (withholding of wages). Cross-ref to the {{u:ILO}} list in annex.
  {{p:DP}}: Agree. Also the slap - "physical violence" indicator.

[Para 14] "She escaped in 2021 with help from a pastor in {{u:Yanji}}."
  {{p:DP}}: Pastor's name? She says Pastor {{p:Heo}}. Do NOT include.
  {{p:So-yeon}}: Removed.

General
  {{p:YT}}: Strong testimony. {{r:Hye-gyong}}'s voice comes through. Please keep her phrase "we were an army of needles".
  {{p:DP}}: Ready after the changes. I'll sign off - {{p:D.P.}}
""",
    },
    {
        "id": "h45-en-05",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Han Ok-sun", "한옥순", "relative", ["Ok-sun"]),
            ("Ryu Jin-chol", "류진철", "witness", ["Jin-chol", "Yoo Jin-cheol", "Dolsoe"]),
            ("Ryu Kum-ju", "류금주", "relative", ["Kum-ju"]),
        ],
        "note": "Family account typed by a staff member: a mother speaking about her son sent to a Mongolian construction site; first person, kinship words instead of names (unlabelled), son's childhood nickname, Yoo/Ryu spellings, Mongolian foreman in Cyrillic, Ulaanbaatar public, Kim Jong Un in a neutral mention.",
        "text": """FAMILY ACCOUNT - mother of worker M-05
Told to {{p:Kwon Ye-rim}} on 22 January 2024 in {{u:Busan}}. Typed by {{p:Ye-rim}} from notes; first person as she spoke.

My name is {{r:Han Ok-sun}}. I am the mother of {{r:Ryu Jin-chol}}. In the village everyone called him "{{r:Dolsoe}}" because he was strong as iron from a small boy. I came out in 2019; my son was still in {{u:Mongolia}} then.

He was sent to {{u:Ulaanbaatar}} in 2016 to build apartment houses. Before he left, his father - my husband, may he rest - told him, "{{r:Jin-chol}}, don't trust anybody who is kind to you." My husband knew because he had been in {{u:Libya}} in the eighties.

{{r:Jin-chol}} wrote letters. Not many, maybe four in three years. They came through the company office. In one he said the Mongolian foreman was a good man called {{p:Батбаяр}}, he wrote it in Korean letters, {{p:바트바야르}}. This man gave them meat sometimes. In another letter he said his friend {{p:Jong Hyok}} had hurt his back and could not work, so my son did the work of two. That is my {{r:Dolsoe}}.

His sister, {{r:Ryu Kum-ju}}, is still in the North. {{r:Kum-ju}} sent me one message through a broker in 2022: "Brother came back thin, but he came back." Then in 2023 the broker said {{r:Jin-chol}} had also left, and was in {{u:China}}. I don't know where. I pray every day.

When I met the South Korean officials at {{u:Hanawon}}, they wrote his name {{r:Yoo Jin-cheol}}. I said no, it's {{r:Ryu}}, we are {{r:Ryu}} from {{u:Hoeryong}}. They said it's the same in the South. Please use {{r:Ryu}}, so if he comes he can find me.

About the money. The company took most of it. My son told me in a letter that out of what the Mongolian company paid, the brigade leader, Comrade {{p:Sin}}, kept the passbook. {{p:Sin}} said this was for the state and for "the great work of the Marshal", meaning {{u:Kim Jong Un}}. My son was not allowed to say more in a letter.

I want to say one thing about {{r:Kum-ju}}. She is brave. If anybody asks about her, say nothing. My name, {{r:Ok-sun}}, you can use. Theirs, no.

[Note by {{p:Ye-rim}}: Mrs {{r:Han}} became tearful at this point. Her neighbour, Mrs {{p:Jeon Mi-ja}}, who came with her, asked us to stop. Follow-up visit planned with Pastor {{p:Lee Dong-wook}}, who knows the family.]
""",
    },
    {
        "id": "h45-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Moon Chol-su", "문철수", "witness", ["Mun Chol-su", "Chol-su"]),
            ("Gang Song-il", "강성일", "supervisor", ["Kang Song-il"]),
            ("Bang Ok-hui", "방옥희", "other", ["Ok-hui"]),
        ],
        "note": "Coordinator's memo to staff about a Kuwait construction case; surnames Moon (beside 'moon') and Bang (beside 'bang'), Gang/Kang spellings, staff names with e-mail local parts and a role address, a Kuwaiti sponsor and an Egyptian lawyer as private persons, Kuwait City and the Public Authority for Manpower public.",
        "text": """MEMO
To: casework team (casework@ mailing list)
From: {{p:Yoon Seo-hee}}, programme coordinator
Cc: {{p:Oliver Grant}} (legal), {{r:Bang Ok-hui}} (interpreter)
Date: 11 March 2024
Re: Case KW-2024-004 ({{r:Moon Chol-su}}) - next steps

1. Where we are
{{r:Moon Chol-su}} (he also writes {{r:Mun Chol-su}}; same man) contacted us in January through the hotline. He worked on a housing project in {{u:Kuwait}} 2015-2018 under a brigade leader, {{r:Gang Song-il}}. He wants to give a public statement. Before that we need to be sure we can protect his sister, who is still in {{u:Chongjin}}.

2. Interpreter
{{r:Ok-hui}} will interpret for all sessions. {{r:Bang}} has asked that her surname not appear in any published credit: she gets enough jokes about it (the bang of a door, "big bang") and, more seriously, she has relatives in {{u:Yanbian}}. Please credit her as "interpreter" only. Her address is {{r:ok.hui.bang}}@ (internal only); don't cc her on legal mail.

3. Names to handle
- {{r:Gang Song-il}}: brigade leader. {{r:Chol-su}} says {{r:Kang Song-il}} is how the Kuwaiti side spelled it on the payroll. Same person. He may still be posted in the {{u:Gulf}}. Do not name publicly.
- "{{p:Abu Khalid}}" = {{p:Khalid Al-Mutairi}}, Kuwaiti sponsor (kafeel) of the labour supply company. Private person. Do not name.
- {{p:Ahmed Fawzy}}, Egyptian lawyer who once tried to help the workers claim overtime. {{r:Chol-su}} remembers him well. {{p:Oliver}} will try to find him.
- {{p:Kim Hyon-u}}, co-worker who died in 2017 (heat). {{r:Chol-su}} wants his name used "so he is not forgotten". We need family consent - impossible now. Use initials {{p:K.H.U.}} for now.

4. Documents
{{r:Moon}} has photos of the site and of a wage notebook. {{p:Oliver}} will check whether a complaint can still be made to the {{u:Public Authority for Manpower}}. Probably not, but we want it on record. We'll also look at whether the main contractor is listed; {{r:Chol-su}} remembers blue signs with the name of a Korean firm, possibly {{u:Hyundai Engineering & Construction}}, but he is not sure it was the same site. Don't put this in writing outside the team.

5. Timeline
- 18 March: second interview ({{p:Seo-hee}}, {{r:Ok-hui}}).
- 25 March: {{p:Oliver}} meets {{r:Chol-su}} about legal options.
- April: draft statement; reviewed by {{p:Hwang Min-gyu}}.

6. Wellbeing
{{r:Chol-su}} says he sleeps badly "when the moon is full, because in {{u:Kuwait City}} we worked at night under a full moon." Please be patient with late sessions. Our counsellor Dr. {{p:Ines Moreau}} has offered two sessions. {{r:Mun}} accepted one.

{{p:S.H.Y.}}
""",
    },
    {
        "id": "h45-en-07",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Pak Sol-mi", "박설미", "witness", ["Sol-mi", "Park Seol-mi"]),
            ("Kye Yong-chol", "계용철", "supervisor", []),
            ("No Un-hui", "노은희", "coworker", ["Un-hui", "Roh Eun-hee"]),
            ("Pak Chang-gil", "박창길", "relative", ["Chang-gil"]),
        ],
        "note": "Case conference minutes, multi-agency, about a woman who worked in a Chinese seafood plant and then a restaurant; surname No beside 'No.' and 'no', Roh/No and Park/Pak spellings, attendees by initials, a Chinese police officer and a Thai broker in Thai script as private persons, Ministry of Unification and Shenyang public; CRLF.",
        "text": """CASE CONFERENCE - MINUTES
Case: CN-2023-019 ({{r:Pak Sol-mi}})
Date: 7 February 2024, 14:00-15:40. Venue: meeting room B and video.
Present: {{p:Jeong Hae-won}} (chair, {{p:JHW}}), {{p:Oh Seung-min}} (caseworker, {{p:OSM}}), {{p:Lisa Brennan}} (legal adviser, {{p:LB}}), {{p:Choi Yu-ri}} (counsellor, {{p:CYR}}), {{p:Somchai Rattanakorn}} (partner NGO, {{u:Bangkok}}, by video, {{p:SR}}).
Apologies: {{p:Han Dae-sung}}.
Minutes: {{p:OSM}}.

1. Update ({{p:OSM}})
{{r:Sol-mi}} arrived in {{u:Bangkok}} on 2 January and was transferred to {{u:Seoul}} on 29 January. She is in the resettlement centre. Her {{u:ROK}} documents will use {{r:Park Seol-mi}}. She worked 2017-2020 at a seafood plant near {{u:Donggang}}, then was moved to a restaurant in {{u:Shenyang}} run by the same North Korean company. Her supervisor in both places was {{r:Kye Yong-chol}}.

2. Co-worker ({{r:No Un-hui}})
{{r:Sol-mi}} left together with {{r:No Un-hui}}. {{r:No}} was stopped in {{u:Laos}} and is held in immigration detention. No. of days in detention: 41 as of today. {{p:SR}} reports that the broker who handled both, known as "{{p:Noi}}" (Thai: {{p:น้อย}}), has stopped answering. {{r:Roh Eun-hee}} is the spelling on the Lao detention list (same person).
Action: {{p:LB}} to contact the {{u:UNHCR}} office in {{u:Vientiane}}. No public statement.

3. Family
{{r:Sol-mi}}'s brother {{r:Pak Chang-gil}} is in {{u:Hyesan}}. She fears for him. {{p:CYR}}: she talks about {{r:Chang-gil}} constantly. {{p:JHW}} asked whether there is a safe channel. {{p:OSM}}: no.

4. Chinese police
{{r:Sol-mi}} says a Chinese police officer in {{u:Shenyang}}, Officer {{p:Sun}} (she saw a badge: {{p:孙立军}}), questioned the restaurant workers in 2021 and then let {{r:Kye}} collect them. {{p:LB}}: this is relevant for the {{u:Committee against Torture}} submission; keep detailed. {{p:OSM}} to get the exact date from {{r:Sol-mi}}.

5. Wellbeing ({{p:CYR}})
Poor sleep. She asks daily about {{r:Un-hui}}. {{p:CYR}} proposes weekly sessions. She prefers to speak to a woman; {{p:Yu-ri}} will continue.

6. Any other business
{{p:LB}}: the {{u:Ministry of Unification}} asked for a short note on the case; {{p:JHW}} to reply that we need {{r:Sol-mi}}'s consent first. {{p:SR}}: {{p:Noi}} may have been arrested in {{u:Chiang Rai}}; will confirm.
No other business.

Next conference: 6 March. {{p:Hae-won}} to circulate.
""",
    },
    {
        "id": "h45-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jong Il-nam", "정일남", "witness", ["Il-nam", "Jeong Il-nam"]),
            ("So Kwang-chol", "소광철", "supervisor", ["Kwang-chol"]),
            ("Yun Tae-ho", "윤태호", "coworker", ["Tae-ho", "Yoon Tae-ho"]),
        ],
        "note": "First-person interview summary, distant-water squid fishing boat off Uruguay and later Mauritius; Jong/Jeong spellings (Jong beside Kim Jong Un), surname So beside 'so', Yun/Yoon, a Chinese captain and a Taiwanese engineer, a Mauritian dock worker; Montevideo and Port Louis public.",
        "text": """TESTIMONY SUMMARY (first person, edited for length) - witness F-11
Interview: {{p:Kim Na-rae}} and {{p:Heo Jun}}, 2 and 9 November 2023.

I am {{r:Jong Il-nam}}. In the South I use {{r:Jeong Il-nam}}. I was born in {{u:Chongjin}} in 1985. My father was a fisherman, so when the fishery company asked for men to work on a foreign boat I said yes, so I could send money home.

In 2016 we were flown to {{u:Montevideo}} through {{u:Beijing}}. There were eleven of us. The leader was {{r:So Kwang-chol}}. He was not a sailor; he was a political man. So everything we did, we did through {{r:So}}. The boat was a Chinese squid jigger. The captain was Chinese, Captain {{p:Lin}} ({{p:林国强}}), and the chief engineer was a Taiwanese man we called "Uncle {{p:Chen}}". I never knew his full name.

We fished in the {{u:South Atlantic}} for fourteen months without going to port. Supplies came by a reefer ship. {{r:Kwang-chol}} kept the phone. Once a month he let us record a voice message for our families, and he listened to it before sending. My friend {{r:Yun Tae-ho}} cried in his message, and {{r:So}} made him record it again.

The work: jigging lights all night, then freezing and packing. {{r:Tae-ho}} hurt his hand in the freezer door. Uncle {{p:Chen}} stitched it himself with a needle from the galley. Nobody was allowed to see a doctor. {{r:So Kwang-chol}} said doctors in foreign ports are spies.

The money: Captain {{p:Lin}} paid the company, not us. {{r:So}} told us each man's share was 300 dollars a month, and that this would be given in {{u:Chongjin}}. On the notice board he put up a quote from {{u:Kim Jong Un}} about the sea and the fatherland. When I came back in 2018, I got less than half of what {{r:So}} had promised.

In 2019 I was sent again, to a boat that docked in {{u:Port Louis}}. There I met a Mauritian dock worker, {{p:Jean-Paul}}, who had a small Korean dictionary. He wrote his number for me. I did not use it then. The second time, {{r:Yun Tae-ho}} was not with me; I heard from {{p:Ri Song-guk}}, another sailor, that {{r:Tae-ho}} was on a boat near {{u:Peru}}.

I left the North in 2022. In the South, I met {{r:Yoon Tae-ho}} in {{u:Incheon}} by chance in 2023 - he had also left! We are both {{r:Jeong}} and {{r:Yoon}} now. We laugh about it. But {{r:So}} is still there, I think, on some boat.

[Interviewers' note: {{r:Il-nam}} and {{r:Tae-ho}} were interviewed separately; see F-12 for {{r:Yun}}'s account. {{p:Na-rae}}.]
""",
    },
    {
        "id": "h45-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Chol-ung", "김철웅", "witness", ["철웅", "金哲雄"]),
            ("Ri Yong-nam", "리영남", "supervisor", ["이영남", "영남"]),
            ("Jon Kwang-su", "전광수", "coworker", ["광수"]),
            ("Kim Mi-ok", "김미옥", "relative", ["미옥"]),
        ],
        "note": "Korean interview summary, Russian construction in Vladivostok and St Petersburg; 리/이 spellings, 반장 and 동무 titles outside, affectionate suffix outside, given names alone, Russian foreman in Cyrillic with case ending, Kim Jong Un and Kim Il Sung public, 블라디보스토크 public.",
        "text": """면담 요약 (3인칭) - 사례 RU-2024-07
면담자: {{p:정수아}} / 기록: {{p:백민호}} / 일시: 2024년 1월 16일, {{u:서울}} 사무실

1. 인적 사항
증언자 {{r:김철웅}}({{r:金哲雄}}, 1981년생, {{u:함경북도}} {{u:김책시}} 출신)은 2013년부터 2019년까지 {{u:러시아}}에서 건설 노동을 하였다. 처음 3년은 {{u:블라디보스토크}}, 이후 3년은 {{u:상트페테르부르크}}의 아파트 현장이었다.

2. 파견 경위
{{r:철웅}} 씨는 건설 기업소에서 미장공으로 일하다 해외 파견 대상자로 뽑혔다. 출국 전 {{u:평양}}에서 한 달간 사상 교육을 받았고, "{{u:김정은}} 원수님의 배려로 외화벌이에 나선다"는 서약서를 썼다고 한다. 함께 출국한 사람 중 기억나는 이름은 {{r:전광수}}, {{p:한명혁}}, {{p:오성철}}이다.

3. 현장 생활
{{u:블라디보스토크}} 현장의 반장은 {{r:리영남}}이었다. {{r:철웅}} 씨는 그를 "{{r:리}} 반장" 또는 "{{r:영남}} 동무"라고 불렀다고 한다(남한식으로는 {{r:이영남}}). {{r:리영남}}은 여권을 모두 거두어 갔고, 한 달에 한 번 "계획분"을 발표했다. 러시아인 작업반장 {{p:세르게이}}({{p:Сергей Ковалёв}})는 {{u:북한}} 노동자들을 좋아했는데, {{r:리}} 반장이 {{p:세르게이}}와 술을 마시면 다음 날 작업이 수월했다고 한다. {{u:러시아}} 서류에는 {{p:Ковалёва}}의 서명이 있었다고 하나 이는 그의 아내 {{p:Ольга}}의 이름일 수 있다.

{{r:광수}}는 {{r:철웅}} 씨와 같은 방을 썼다. {{r:광수}}가 손가락을 다쳤을 때 {{r:리}} 반장은 병원에 보내지 않고 현장 의무실의 {{p:장}} 선생에게 보였다. {{p:장}} 선생은 의사가 아니라 위생 담당이었다. 이후 {{r:전광수}}는 손가락 하나를 제대로 못 쓰게 되었다.

4. 임금
계약상 월급은 알지 못했다. {{u:러시아}} 회사가 회사 대표에게 돈을 주면, 대표 {{p:최룡길}}이 "충성자금", 숙식비, 계획분을 떼고 남은 돈을 장부에 적었다. {{r:철웅}} 씨는 6년 동안 실제로 손에 쥔 돈이 2천 달러 정도라고 했다.

5. {{u:상트페테르부르크}}
2016년 {{u:상트페테르부르크}}로 옮겨 가면서 반장이 {{p:안명수}}로 바뀌었다. {{p:안}} 반장은 {{r:리영남}}보다 젊고 엄했다. 여기서 {{r:철웅}} 씨는 한국인 선교사 {{p:조요셉}} 목사를 몰래 만났다고 한다. {{p:조}} 목사는 그에게 작은 성경과 전화번호를 주었다.

6. 가족
아내 {{r:김미옥}}과 딸이 북에 있다. {{r:미옥}}이는 "당신이 돌아오면 된다"고만 했다고 한다. 2019년 귀국 후 2022년 탈북하였으며, 가족에 대해서는 아무 소식이 없다. {{r:김미옥}}의 이름은 공개하지 말 것.

7. 면담자 의견
진술이 일관됨. {{u:김일성}} 초상화 관리, 생활총화 등의 묘사는 다른 증언과 일치. {{r:이영남}}/{{r:리영남}} 표기 통일 필요. — {{p:수아}}
""",
    },
    {
        "id": "h45-ko-02",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ko Un-ha", "고은하", "witness", ["은하"]),
            ("Pyon Chol", "변철", "supervisor", ["변 지배인"]),
            ("Ri Ok-ryon", "리옥련", "coworker", ["옥련", "이옥련"]),
        ],
        "note": "Korean Q/A transcript with speaker labels (문/답), Chinese garment factory in Hunchun; 지배인 title outside, 이/리 spellings, a two-syllable surname-given name (변철), Chinese managers as 老板 (unmarked) and 张姐 (marked), simplified Chinese names, CRLF.",
        "text": """녹취록 - 증언자 C-31 ({{u:훈춘}} 봉제공장)
일시: 2024년 2월 27일 / 장소: {{u:서울}} / 질문: {{p:문서윤}} / 통역 없음 / 기록: {{p:안지호}}

문: 편하게 말씀하세요. 이름부터 말씀해 주시겠어요?
답: {{r:고은하}}입니다. 1993년생이고 {{u:청진}}에서 왔습니다.
문: {{u:훈춘}}에는 언제 가셨어요?
답: 2018년 봄에요. 여자 120명이 버스로 {{u:두만강}} 다리를 건넜어요. 인솔자는 {{r:변철}} 지배인이었어요.
문: {{r:변철}} 지배인은 어떤 사람이었나요?
답: 무서웠어요. 웃지를 않았어요. {{r:변}} 지배인이 복도에 나타나면 다들 조용해졌어요.
문: 공장 쪽 {{u:중국}} 사람들은요?
답: 사장은 그냥 老板이라고 불렀고, 사무실에 {{p:张姐}}라는 조선족 언니가 있었어요. {{p:张姐}}는 친절했어요. 본명은 {{p:张春梅}}, 우리말로 {{p:장춘매}}라고 했어요.
문: 하루 일과는 어땠어요?
답: 아침 여섯 시에 일어나서 일곱 시부터 밤 열 시까지 재봉을 했어요. 주문이 밀리면 새벽까지요. 저는 {{r:리옥련}}이랑 옆자리였어요.
문: {{r:리옥련}} 씨에 대해 더 말씀해 주세요.
답: {{r:옥련}}이는 {{u:남포}} 사람인데 손이 빨랐어요. 노래도 잘했고요. {{r:옥련}}이가 없었으면 저는 못 버텼을 거예요.
문: 월급은 받으셨어요?
답: 한 번도 직접 못 받았어요. {{r:변}} 지배인이 장부를 보여주면서 "국가에 바치고 남은 것"이라고 했어요. 한 달에 100위안 정도였어요.
문: 휴대폰은요?
답: 금지였어요. 그런데 {{p:张姐}}가 몰래 자기 폰을 빌려줬어요. 그 폰으로 처음 {{u:남한}} 드라마를 봤어요.
문: 혹시 그게 발각된 적이 있나요?
답: 2019년 겨울에 {{r:옥련}}이가 걸렸어요. {{r:변철}}이 {{r:옥련}}이를 방에 가두고 사흘 동안 밥을 안 줬어요. 그 다음에 {{r:옥련}}이는 귀국 조치됐어요.
문: 그 뒤로 소식은 있나요?
답: 작년에 브로커를 통해서 들었는데, {{r:이옥련}}이라는 이름으로 {{u:남한}}에 왔다는 말이 있어요. 같은 사람인지 모르겠어요.
문: 저희가 확인해 볼 수는 없지만 기록해 두겠습니다. 탈출은 어떻게 하셨어요?
답: 2021년에 병원에 간다고 나와서... 그 얘기는 다음에 할게요. {{p:张姐}}가 다칠 수 있어요.
문: 알겠습니다. 오늘은 여기까지 하죠. 고생하셨어요, {{r:은하}} 씨.
[녹취 종료 - 1시간 12분. {{p:서윤}} 메모: 2차 면담 3월 5일.]
""",
    },
    {
        "id": "h45-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Song Myong-chol", "송명철", "witness", ["명철"]),
            ("Hwang Kum-song", "황금성", "supervisor", []),
        ],
        "note": "Korean phone-call notes, Kuwait construction; 송 as surname beside 송금 (remittance), 동지 title outside, staff names, affectionate suffix, Arabic name of a Kuwaiti sponsor, Kuwait and Seoul public.",
        "text": """전화 통화 기록 - 증언자 K-14 ({{r:송명철}})
담당: {{p:하윤서}}

2024.03.04 (월) 14:20, 약 15분
{{r:송명철}} 씨가 먼저 전화함. {{u:쿠웨이트}} 현장에서 함께 일한 동료 {{p:박성호}}의 연락처를 찾고 있다고 함. 우리는 다른 사람의 정보를 줄 수 없다고 설명. {{r:송}} 씨는 이해한다고 했음. 송금 문제도 물어봄 — {{u:남한}}에서 북으로 송금하는 방법. 우리 기관은 송금 지원을 하지 않는다고 안내.

2024.03.11 (월) 10:05, 약 25분
2차 통화. {{r:명철}} 씨가 현장 책임자 {{r:황금성}}에 대해 추가 진술. {{r:황금성}} 동지는 당 비서 역할을 겸했고, 매주 토요일 생활총화를 주관했다고 함. "{{r:황}} 동지가 한 번 화를 내면 일주일 동안 아무도 말을 못 했다." 또 쿠웨이트인 스폰서 {{p:압둘라}}({{p:عبد الله الشمري}})가 현장에 자주 왔는데, {{r:황금성}}과 통역 없이 손짓으로 대화했다고 함.

2024.03.18 (월) 16:40, 약 8분
{{r:명철}} 씨 목소리가 좋지 않음. 최근 직장에서 해고됨. 상담사 {{p:유지민}} 선생님 연결 원함. {{p:유지민}} 선생님께 전달 완료.

2024.03.25 (월) 11:30, 약 30분
동료 이름 정정: {{p:박성호}}가 아니라 {{p:박성혁}}이라고 함. 또 같은 방을 쓴 {{p:도경일}}, {{p:하명국}}의 이름을 말함. {{p:도경일}}은 2017년 추락 사고로 다리를 다쳤고 {{r:황}} 동지가 귀국시켰다고 함. {{p:하명국}}은 "노래를 잘하던 {{p:명국}}이"로 기억. {{r:송명철}} 씨는 "{{p:경일}}이 생각하면 잠이 안 온다"고 함.

2024.04.01 (월) 09:50, 약 12분
{{r:명철}} 씨가 증언 공개 여부 결정: 익명으로만. 이름은 "K-14"로. {{r:황금성}}의 실명은 공개 보고서에 써도 된다고 했으나 우리 내부 정책상 가해자 실명 공개는 법률 검토 후 결정({{p:김도현}} 변호사 검토 예정).

2024.04.08 (월) — {{p:윤서}} 메모
{{r:송}} 씨 상태 안정됨. {{p:유지민}} 선생님과 2회 상담. 다음 통화 4월 22일.
""",
    },
    {
        "id": "h45-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Choe Hyang-mi", "최향미", "witness", ["향미"]),
            ("Ju Yong-il", "주영일", "supervisor", []),
            ("Choe Song-ae", "최송애", "relative", ["송애"]),
        ],
        "note": "Korean reviewers' comments on a draft testimony, seafood plant near Dalian; comment labels with initials and names, 씨 and 선생님 titles outside, surname 주 beside 주 (week), Kim Jong Un public, Dalian public.",
        "text": """[검토 의견] 증언 초안 T-ko-2024-03 ({{u:대련}} 수산물 가공공장)
작성: {{p:임하늘}} / 1차 검토: {{p:권도윤}} / 2차 검토: {{p:서지안}}

■ 1쪽 1문단: "{{r:최향미}}(가명 아님)는 2016년 {{u:대련}} 인근 수산물 가공공장에 파견되었다."
  {{p:권도윤}}: 본인이 실명 공개에 동의했는지 확인 필요. 동의서에는 "{{r:향미}}"만 써도 된다고 되어 있음.
  {{p:임하늘}}: 맞습니다. 성은 빼고 "{{r:향미}} 씨"로 수정하겠습니다.

■ 2쪽 3문단: "관리 책임자 {{r:주영일}}은 매주 월요일 노동자들의 외출을 통제했다."
  {{p:서지안}}: "매주"와 "{{r:주영일}}"이 한 문장에 있어서 읽기가 어색함. 문장 분리 권장.
  {{p:권도윤}}: {{r:주영일}} 관련 진술이 세 군데에서 조금씩 다름(2주/한 달/매주). 녹취 확인 필요.
  {{p:임하늘}}: 녹취 확인 결과 "한 주에 한 번". 수정함.

■ 3쪽: "{{u:김정은}}의 생일에는 노동자들에게 사탕이 지급되었다."
  {{p:서지안}}: 사실 묘사로 괜찮음. 다만 "원수님" 같은 호칭은 인용부호 안에서만.

■ 4쪽: 중국인 공장장 "{{p:于}} 사장"
  {{p:권도윤}}: {{p:于}}는 성인데 한국어 독자는 "어조사"로 오해할 수 있음. "{{p:위}} 사장({{p:于建华}})"으로 병기 권장.
  {{p:임하늘}}: 반영.

■ 5쪽: 동생 {{r:최송애}}
  {{p:서지안}}: {{r:송애}} 씨는 북에 있음. 이름 삭제해야 함. "여동생"으로만.
  {{p:임하늘}}: 삭제하겠습니다. 다만 내부 파일에는 {{r:최송애}}로 남김.

■ 6쪽: 동료 {{p:리은별}}, {{p:방수련}}
  {{p:권도윤}}: {{p:방수련}} 씨는 T-2023-22와 동일인일 가능성. {{p:박소희}} 선생님께 확인 요청.
  {{p:박소희}}(추가 의견): 동일인 맞음. {{p:수련}} 씨 본인도 {{r:향미}} 씨를 기억함.

■ 7쪽: 귀국 후 탈북 경로
  {{p:서지안}}: 브로커 이름 "{{p:강}} 사장" 삭제.
  {{p:임하늘}}: 삭제.

■ 총평
  {{p:권도윤}}: 매우 구체적이고 신빙성 높음. {{r:주영일}}의 역할이 명확함.
  {{p:서지안}}: 수정 후 승인. — {{p:지안}}
""",
    },
    {
        "id": "h45-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yang Chun-hui", "양춘희", "relative", ["춘희"]),
            ("Kim Tae-song", "김태성", "witness", ["태성"]),
            ("Kim Pom", "김범", "relative", ["범이"]),
        ],
        "note": "Korean family account by a wife about her husband in a Polish shipyard; kinship words unlabelled, child's name with the affectionate suffix, Polish foreman with case ending, 동무 title outside, Gdynia and Gdańsk public, Kim Jong Un public.",
        "text": """가족 진술 - 노동자 P-02의 아내
청취: {{p:남궁수정}} / 2024년 2월 9일 / 경기도 {{u:안산}}

저는 {{r:양춘희}}입니다. 남편 {{r:김태성}}은 2014년부터 2016년까지 {{u:폴란드}} {{u:그디니아}}의 조선소에서 용접공으로 일했습니다. 우리 아들 {{r:김범}}이 세 살 때 떠났어요.

남편은 편지를 거의 못 보냈어요. 회사 대표부를 통해 두 번 왔는데, 한 번은 "{{r:범}}이 잘 크냐, 아빠는 배를 만든다"라고만 썼어요. 다른 편지에는 같이 일하는 {{p:최정남}} 동무 이야기가 있었어요. {{p:정남}} 동무가 손을 다쳐서 남편이 그 사람 몫까지 일했다고요.

2016년에 돌아왔을 때 남편은 {{u:폴란드}} 사람 이야기를 많이 했어요. 작업반장이 {{p:야체크}}라는 사람인데, 폴란드어로 {{p:Jacek Nowak}}이라고 쓰더라고요. {{p:야체크}}가 남편한테 커피를 줬대요. 남편은 그걸 "쓴 물"이라고 불렀어요. {{u:폴란드}} 서류에 "z {{p:Jackiem}}"라고 적힌 걸 보여줬는데 그게 그 사람 이름이래요.

돈 이야기요. 남편 말로는 한 달에 800달러쯤 번다고 들었는데, 손에 쥔 건 50달러도 안 됐대요. 대표 {{p:리명호}}가 "장군님께 바치는 충성의 자금"이라면서 다 가져갔대요. 그때는 {{u:김정은}}을 원수님이라고 부를 때였어요.

남편이 한 번은 {{u:그단스크}}에 가서 바다를 봤대요. {{p:리명호}}가 허락해서 단체로요. 거기서 {{p:정남}} 동무가 "여기서 뛰면 자유다"라고 농담했다가 다음 날 총화에서 비판을 받았대요.

2019년에 제가 {{r:범}}이를 데리고 먼저 나왔어요. 남편은 2020년에 따라오기로 했는데 국경이 막혔어요. 지금 남편 {{r:태성}} 씨는 어디 있는지 몰라요. 마지막으로 들은 건 2021년에 {{u:혜산}}에서 봤다는 말이었어요.

{{r:범}}이는 지금 중학생이에요. 아빠 얼굴을 기억 못 해요. 사진이 한 장 있어요. 남편이 {{u:폴란드}}에서 찍은 사진인데 뒤에 "{{r:태성}}, {{u:그디니아}}, 2015"라고 적혀 있어요.

[청취자 메모: {{r:춘희}} 씨는 남편의 실명 공개를 원함 - 찾기 위해서. 단, {{r:범}}이 이름은 빼달라고 함. {{p:수정}}]
""",
    },
    {
        "id": "h45-ko-06",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Pak Kwang-hyok", "박광혁", "witness", ["광혁"]),
            ("Sim Yong-ae", "심영애", "other", ["영애"]),
        ],
        "note": "Korean coordinator's memo about a worker from a Russian logging camp and an interpreter; 선생님 and 씨 titles outside, surname Pak as bare surname, staff names, the MOU and the Korea Hana Foundation public, mixed EOL.",
        "text": """업무 메모
수신: 사례관리팀 전원
발신: {{p:고은비}} (코디네이터)
일자: 2024년 3월 20일
제목: {{r:박광혁}} 님 사례 인계 및 통역 배정

1. {{r:박광혁}} 님({{u:러시아}} {{u:아무르주}} 벌목장, 2011~2017)의 사례를 {{p:정민재}} 선생님에서 {{p:유가은}} 선생님으로 인계합니다. {{p:민재}} 선생님 육아휴직 때문입니다.

2. {{r:박}} 선생(본인이 "{{r:박}} 선생"으로 불러 달라고 함)은 현재 {{u:대전}}에 거주하며 일용직으로 일하고 있습니다. {{r:광혁}} 님은 벌목장 시절 동료 {{p:엄태주}}, {{p:허진수}}의 소식을 찾고 있습니다. {{p:엄태주}} 님은 2015년 사고로 사망한 것으로 보이며, 본인은 {{p:태주}} 씨의 유족에게 사실을 알리고 싶어 합니다.

3. 통역: 러시아어 문서(사망 관련 서류 사본) 번역이 필요하여 {{r:심영애}} 선생님을 배정합니다. {{r:영애}} 선생님은 고려인 출신으로 러시아어에 능통합니다. {{r:심}} 선생님 일정은 화·목 오후만 가능합니다.

4. 서류에 나오는 러시아인 이름: 의사 {{p:Николай Фёдоров}}, 경찰 {{p:Дмитрий Карпов}}. 번역 시 한글 표기는 {{p:니콜라이 표도로프}}, {{p:드미트리 카르포프}}로 통일합니다.

5. 관련 기관: {{u:통일부}}, {{u:남북하나재단}}에 보고할 의무는 없으나, {{r:박광혁}} 님이 재단 지원금을 신청하고 싶어 하므로 {{p:가은}} 선생님이 안내 부탁드립니다.

6. 주의: {{r:박}} 선생은 "반장" 이야기가 나오면 매우 불안해합니다. 당시 반장 {{p:리철만}}에 대한 질문은 당분간 피해 주세요. {{p:리철만}}은 {{r:광혁}} 님을 여러 번 폭행했다고 합니다.

7. 기타: 다음 주 사례회의는 {{p:고은비}}, {{p:유가은}}, {{r:심영애}}, {{p:문하람}}(법률) 참석.

— {{p:은비}}
""",
    },
    {
        "id": "h45-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Han Son-hui", "한선희", "witness", ["선희"]),
            ("Ri Kyong-ho", "리경호", "supervisor", ["이경호"]),
            ("Jang Ok-gyong", "장옥경", "coworker", ["옥경"]),
        ],
        "note": "Korean case conference minutes about a restaurant/seafood worker who reached Mongolia; attendees by names and initials, 지배인 outside, 이/리 spellings, Mongolian border guard in Cyrillic, Ulaanbaatar and UNHCR public.",
        "text": """사례회의 회의록
일시: 2024년 1월 30일 15:00~16:30
참석: {{p:오세란}}(의장), {{p:구태민}}(사례관리), {{p:배수아}}(상담), {{p:Erdene Bat}}({{u:몽골}} 협력단체, 화상)
기록: {{p:구태민}}

안건 1. {{r:한선희}} 님 현황 ({{p:구태민}})
- {{r:한선희}} 님은 2016~2021년 {{u:중국}} {{u:단둥}}의 수산물 공장에서 일하다가 2023년 {{u:몽골}}을 거쳐 입국함.
- 공장 관리자는 {{r:리경호}} 지배인. {{u:남한}} 서류에는 {{r:이경호}}로 기재되어 있음(본인 진술 기준). 동일 인물.
- 동료 {{r:장옥경}} 님과 함께 탈출했으나 {{r:옥경}} 님은 {{u:울란바토르}}에서 따로 보호됨.

안건 2. {{r:장옥경}} 님 소식 ({{p:Erdene Bat}})
- {{p:에르데네}} 님 보고: {{r:옥경}} 님은 현재 {{u:UNHCR}} 보호 하에 있으며 건강 양호.
- {{u:몽골}} 국경수비대원 {{p:Батсүх}}({{p:바트수흐}})가 두 사람을 처음 발견함. 이름은 공개 금지.

안건 3. 심리 상담 ({{p:배수아}})
- {{r:선희}} 님은 {{r:리경호}}에 대한 악몽을 자주 꿈. "{{r:리}} 지배인이 문을 두드린다"는 꿈.
- 주 1회 상담 지속. {{p:수아}} 선생님 담당.

안건 4. 증언 공개 여부
- {{r:한선희}} 님은 익명 증언 원함. {{r:리경호}}의 이름은 공개 가능하다고 함.
- {{p:오세란}}: 가해자 이름 공개는 법률 검토 필요. {{p:Han Ji-soo}} 변호사에게 의뢰.

안건 5. 기타
- 공장 중국인 사장 {{p:孙志刚}}({{p:손}} 사장)에 대한 진술은 별도 파일.
- {{p:태민}}: 다음 회의 2월 27일.

회의 종료 16:30. (기록 {{p:ㄱㅌㅁ}})
""",
    },
    {
        "id": "h45-ko-08",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ma Yong-chol", "마영철", "witness", ["영철"]),
            ("Jong Chol-ho", "정철호", "supervisor", []),
            ("Sok Un-gi", "석운기", "coworker", ["운기"]),
        ],
        "note": "Korean first-person interview summary, construction in Angola and Equatorial Guinea (Mansudae-style monument work); surname 마 beside 마 (hemp/ma), 소장 title outside, Portuguese-speaking foreman, Mansudae Overseas Project public, Luanda and Malabo public.",
        "text": """증언 요약 (1인칭) - 증언자 AF-03
면담: {{p:이다온}}, {{p:Maria Costa}}(통역 보조) / 2023년 12월 5일

저는 {{r:마영철}}입니다. 마씨는 흔하지 않아서 다들 기억합니다. 1977년 {{u:평양}}에서 태어났고, 미술 대학을 나와 조각 일을 했습니다.

2012년에 {{u:만수대해외개발회사}} 소속으로 {{u:앙골라}} {{u:루안다}}에 갔습니다. 우리 팀 소장은 {{r:정철호}}였습니다. {{r:정}} 소장은 조각을 몰랐지만 당 일꾼이었습니다. 팀원은 열두 명이었는데, 제일 친한 사람은 {{r:석운기}}였습니다. {{r:운기}}는 용접을 잘했습니다.

현장은 기념비와 관공서 건물이었습니다. 현지 감독은 포르투갈어를 하는 {{p:João Manuel}}이라는 사람이었고, 우리는 "{{p:주앙}}"이라고 불렀습니다. {{p:주앙}}은 우리가 밤에 몰래 다른 공사를 하는 걸 알았습니다. {{r:정철호}} 소장이 개인적으로 받아온 일이었어요. 그 돈은 {{r:정}} 소장과 회사가 나눴습니다.

2015년에는 {{u:적도기니}} {{u:말라보}}로 옮겼습니다. 거기서 {{r:운기}}가 말라리아에 걸렸습니다. {{r:정}} 소장은 약값이 아깝다고 했지만, 현지 의사 Dr. {{p:Obiang Nsue}}가 약을 거저 줬습니다. {{r:석운기}}는 살았습니다. 저는 그 의사 이름을 평생 기억합니다.

2018년에 귀국했고 2022년에 나왔습니다. {{u:한국}}에서 {{r:영철}}이라는 이름을 그대로 씁니다. {{r:운기}} 소식은 모릅니다. {{r:정철호}}는 아직 회사에 있을 겁니다.

[면담자 메모: "마씨는" — 성씨 언급, 표시하지 않음. {{p:다온}}]
""",
    },
    {
        "id": "h45-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Un-chol", "리은철", "witness", ["Lee Eun-cheol", "은철", "Un-chol"]),
            ("Kim Sok-ju", "김석주", "supervisor", ["석주"]),
            ("Pak Hyang-sun", "박향순", "relative", ["향순"]),
        ],
        "note": "Mixed Korean/English Q/A transcript with speaker labels, Qatar construction; English questions and Korean answers, Ri/Lee, bare surname Kim next to Kim Jong Un and Kim Il Sung, 반장 and 동무 outside the marker, a Filipino and a Bangladeshi co-worker, Lusail and Doha public.",
        "text": """Transcript - witness QA-09, session 2 (Korean answers kept as spoken; English by interviewer)
Date: 21 Nov 2023 | INT = {{p:Rachel Kwon}} | WIT = {{r:Ri Un-chol}} | TR = {{p:Jeon Soo-ah}} (interpreter)

INT: Last time we stopped at your arrival in {{u:Doha}}. Who met you at the airport?
WIT: {{r:김석주}} 반장이 나왔어요. 버스 한 대 가지고. 여권은 그 자리에서 걷었어요.
TR: {{r:Kim Sok-ju}}, the brigade leader, met them with a bus and collected the passports on the spot.
INT: Was {{r:Kim}} the same person throughout the three years?
WIT: 네, 끝까지 {{r:김}} 반장이었어요. 우리는 "{{r:석주}} 동무"라고는 못 불렀죠. 무서워서.
INT: Where was the site?
WIT: 처음엔 {{u:Lusail}} 쪽 아파트. 그 다음에 {{u:도하}} 남쪽 창고.
TR: First apartments near {{u:Lusail}}, then warehouses south of {{u:Doha}}.
INT: Were there other nationalities?
WIT: {{u:필리핀}} 사람 {{p:Jomar}}, {{u:방글라데시}} 사람 {{p:Rahim}}. {{p:Jomar}}는 영어를 가르쳐 줬어요. "Good morning, boss" 이런 거. (웃음)
INT: Did {{r:Kim}} allow that?
WIT: 아니요. {{r:김석주}}가 보면 때렸어요. {{p:Rahim}}이 한 번 우리 편을 들었다가 쫓겨났어요.
INT: Tell me about the study sessions.
WIT: 토요일마다. {{u:김정은}} 원수님 말씀 학습하고, {{u:김일성}} 수령님 회고록 읽고. 담당은 {{p:황덕만}} 비서.
TR: Every Saturday, study of {{u:Kim Jong Un}}'s speeches and {{u:Kim Il Sung}}'s memoirs, led by a secretary, {{p:Hwang Deok-man}} - sorry, {{p:Hwang Dok-man}}.
INT: And your family during this time?
WIT: 아내 {{r:박향순}}이 애들 데리고 {{u:신의주}}에 있었어요. {{r:향순}}이한테 편지 세 번 썼어요.
INT: Did {{r:Hyang-sun}} write back?
WIT: 한 번. "걱정 말라"고.
INT: One more question about the accident you mentioned. Who was hurt?
WIT: {{p:조명길}}이요. 비계에서 떨어졌어요. {{r:김}} 반장이 병원 못 가게 했는데 {{u:카타르}} 감독관 Mr. {{p:Hamad}}가 구급차 불렀어요.
TR: {{p:Jo Myong-gil}} fell from scaffolding. The Qatari supervisor, Mr {{p:Hamad}}, called the ambulance although {{r:Kim}} tried to stop it.
INT: Thank you, {{r:Un-chol}}. Shall we take a break?
WIT: 괜찮아요. 계속해요. 그리고 {{r:Lee Eun-cheol}}로 써 주세요, 이제 그게 제 이름이니까.
INT: Noted. [{{p:R.K.}}: use {{r:Lee Eun-cheol}} in the public version, {{r:Ri Un-chol}} in the case file.]
""",
    },
    {
        "id": "h45-mixed-02",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Yun Kum-hui", "윤금희", "witness", ["금희", "Kum-hui", "Yoon Geum-hee"]),
            ("Sin Chol-man", "신철만", "supervisor", ["Shin Cheol-man"]),
            ("Ryom Sun-ok", "렴순옥", "coworker", ["순옥"]),
        ],
        "note": "Mixed interview summary in English with Korean quotations, Chinese seafood plant in Donggang; Yun/Yoon, Sin/Shin, rare surname 렴, Chinese supervisor in Hanzi and pinyin with 老 form, emoji, fullwidth letters in a nickname, CRLF.",
        "text": """SUMMARY - witness CN-44 ({{r:Yun Kum-hui}}), interviews of 4 and 11 March 2024
By {{p:Cha Eun-seo}}. Korean quotes kept as said.

{{r:Kum-hui}} was sent in 2017 to a seafood plant in {{u:Donggang}}, {{u:Liaoning}}. She was 22. The North Korean supervisor was {{r:신철만}}, whom she also calls "{{r:신}} 지도원". On the South Korean side he might be spelled {{r:Shin Cheol-man}}. The workers' nickname for him was "{{r:ＳＨＩＮ}}" written in fullwidth letters on their secret chat list (they used a phone lent by a Chinese worker).

"{{r:신철만}}이 제일 무서웠던 건 밤 점검이었어요. 자다가 불 켜고 이름 부르고." She remembers the roll call names: {{r:렴순옥}}, {{p:계향미}}, {{p:조은별}}, {{p:허복실}} and herself. {{r:Ryom Sun-ok}} was her closest friend. "{{r:순옥}}이는 {{u:원산}} 사람. 웃음이 많았어요 😊."

The Chinese shift leader was {{p:老马}} ({{p:马建国}}, {{p:Ma Jianguo}}). "{{p:老马}}는 착했어요. 우리한테 사과도 줬어요." {{p:Ma}} tried to get the women paid overtime directly, but {{r:Sin}} refused.

Wages: 1,800 yuan on paper; about 200 in hand. {{r:Shin}} said "나머지는 조국에." {{r:Kum-hui}}: "조국이 아니라 {{r:신철만}} 주머니."

2020: COVID, border closed. {{r:순옥}}이가 아팠어요 - high fever, no doctor. {{p:老马}} drove her to the clinic at night. {{r:Sin Chol-man}} found out and {{p:老马}} was moved to another workshop.

2022: {{r:Kum-hui}} escaped with help of a Korean-Chinese woman, "이모" - she refused to give the name.

{{r:Ryom Sun-ok}} stayed. {{r:Kum-hui}} wants her name in the record "so someone looks for her".

Current name in the South: {{r:Yoon Geum-hee}}.
Next: follow-up call with {{p:Eun-seo}}, 25 March.
""",
    },
    {
        "id": "h45-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Chae Yong-bom", "채영범", "witness", ["영범", "Yong-bom"]),
            ("Rim Tu-sik", "림두식", "supervisor", ["Lim Doo-sik"]),
        ],
        "note": "Mixed phone-call notes in Korean with English fragments, Russian construction in Moscow; Rim/Lim, bare surname 림, Russian employer in Cyrillic with case endings, a Kyrgyz co-worker, a Russian police officer, Moscow and Sakhalin public.",
        "text": """Call notes - {{r:채영범}} (RU-2024-15) - by {{p:So Hee-jin}}

03/05 19:00 (20 min)
{{r:영범}} 씨, {{u:모스크바}} 현장 이야기 이어서. 반장 {{r:림두식}}. South spelling {{r:Lim Doo-sik}}. {{r:림}} 반장이 {{u:러시아}} 고용주 {{p:Андрей Волков}}와 현금 거래. {{r:영범}} 씨 표현: "{{r:림두식}}은 {{p:Волкова}} 사무실에 매주 갔다." ({{p:Волкова}} = genitive of {{p:Волков}}, same man, not his wife.)

03/12 20:30 (12 min)
Co-worker from {{u:Kyrgyzstan}}: {{p:Азамат}} ({{p:Azamat}}). {{p:아자마트}}가 러시아어 통역을 해줬다고. {{r:Yong-bom}} says {{p:Azamat}} is still in {{u:Moscow}}, WhatsApp only. He won't share the number. OK.

03/19 — missed call. Texted.

03/26 18:15 (35 min)
Police incident 2017: Russian police officer капитан {{p:Смирнов}} checked documents at the site. {{r:림}} 반장 paid him. {{r:영범}} 씨 saw the envelope. Note for file: "{{p:Смирнов}}" might be a generic name he remembers; uncertain.
Also: 2018 moved to {{u:Sakhalin}} for 6 months, new boss {{p:한철룡}}. {{p:한}} 반장 "was softer than {{r:Rim}}".

04/02 19:45 (10 min)
{{r:채영범}} 씨 wants to add a name: {{p:계명수}}, died 2016, fell from 14th floor. {{r:림두식}} told everyone it was a heart attack. {{r:Chae}} very upset. Suggested counselling with Dr. {{p:Park Ji-yeon}}; he said maybe later.

— {{p:H.J.}}
""",
    },
    {
        "id": "h45-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Hong Yong-ae", "홍영애", "witness", ["영애", "Yong-ae"]),
            ("Ri Tong-il", "리동일", "supervisor", ["Lee Dong-il", "동일"]),
        ],
        "note": "Mixed coordinator's memo (English body, Korean names and quotes), Chinese garment factory in Shenyang and a Japanese journalist's request; 리/이/Lee, zero-width space inside a name copied from a chat, Japanese and American journalists private, NHK and Reuters public.",
        "text": """MEMO - media requests re: {{r:Hong Yong-ae}} (CN-2023-31)
From: {{p:Baek Ji-hoon}} (coordinator) | To: comms + casework | 2024-04-15

Two journalists want to interview {{r:Yong-ae}}:
(a) {{p:Sato Haruki}} (freelance, pitching to {{u:NHK}}), and
(b) {{p:Megan O'Neill}}, {{u:Reuters}} {{u:Seoul}} bureau.

{{r:홍영애}} 씨 said yes to (b) only, on condition her face is not shown. She said of (a): "{{u:일본}} 기자는 싫어요, 미안하지만." We will tell {{p:Sato}} politely that she declined.

Note on names in the chat history {{p:Megan}} forwarded: the name of the factory manager appears as "{{r:리\u200b동일}}" (there is an invisible character between the syllables, copied from {{u:WeChat}}). It is {{r:리동일}}, spelled {{r:Lee Dong-il}} in {{p:Megan}}'s draft. {{r:Ri Tong-il}} is the spelling in our file. All three are one man. Please don't let {{u:Reuters}} publish his name without legal sign-off ({{p:Kwak Hye-rin}}).

Other names in the draft that must come out: {{r:Yong-ae}}'s roommate "{{p:Sun-young}}" ({{p:순영}}), and the ethnic-Korean foreman {{p:崔永哲}} / {{p:최영철}}. {{p:Megan}} understands.

{{r:영애}} 씨 also asked whether she can say "{{u:Kim Jong Un}} took our money". Yes, she can say what she wants about public figures; it's her opinion. But "{{r:동일}}이가 때렸다" needs care: it's an allegation against a private person.

Schedule: interview on 22 April at our office, with {{p:Ji-hoon}} present and interpreter {{p:Min Da-eun}}.

- {{p:J.H.B.}}
""",
    },
    {
        "id": "h45-mixed-05",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Ko Song-chol", "고성철", "witness", ["성철", "Song-chol", "Go Seong-cheol"]),
            ("Pang Yong-ho", "방용호", "supervisor", ["Bang Yong-ho"]),
            ("Ko Un-byol", "고은별", "relative", ["은별"]),
        ],
        "note": "Mixed case conference minutes, fishing vessel in the Indian Ocean with a port call in Busan; Ko/Go, Pang/Bang, surname Song inside a given name, an Indonesian crew member and a Fijian port chaplain as private, Busan and the ITF public, mixed EOL.",
        "text": """CASE CONFERENCE / 사례회의 - F-2024-02 ({{r:고성철}})
Date: 2024-05-02 | Chair: {{p:Kim Ha-young}} | Notes: {{p:Yoo Seung-ho}}
Present: {{p:Kim Ha-young}}, {{p:Yoo Seung-ho}}, Fr. {{p:Tevita Naulu}} (port chaplain, by phone), {{p:Diane Cho}} ({{u:ITF}} inspector)

1. Facts so far / 사실관계
- {{r:Ko Song-chol}} ({{r:Go Seong-cheol}} in {{u:ROK}} docs) worked 2017-2019 on a longliner flagged in {{u:Vanuatu}}, mainly {{u:Indian Ocean}}.
- 선단 책임자 {{r:방용호}}. English docs spell {{r:Bang Yong-ho}}; {{r:Pang}} in the crew list.
- {{r:성철}} 씨 says {{r:방용호}}가 선원 수첩을 다 가지고 있었음.
- Indonesian crew member {{p:Agus Setiawan}} shared the cabin. {{p:Agus}} taught him some English.

2. {{u:Busan}} port call (2019) / {{u:부산}} 기항
- Fr. {{p:Tevita}}: remembers a Korean-speaking man who didn't come to the seafarers' centre. {{p:Tevita}} thinks it was {{r:Song-chol}}; {{r:Ko}} confirms he was told not to leave the boat.
- {{p:Diane}}: {{u:ITF}} has no record of a complaint from that vessel.

3. Family / 가족
- 딸 {{r:고은별}}, now 15, in {{u:Wonsan}}. {{r:은별}}이 이야기만 나오면 {{r:성철}} 씨가 운다.
- Action: no contact attempts. {{p:Ha-young}} agreed.

4. Next steps
- {{p:Seung-ho}} to write the testimony draft.
- {{p:Diane Cho}} to check if {{r:Pang Yong-ho}} appears on any other crew lists.
- {{r:고성철}} 씨 consent needed for sharing with {{u:ITF}}.

Next meeting: 2024-05-30. — {{p:S.H.Y.}}
""",
    },
    {
        "id": "h45-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Paek Hyon-mi", "백현미", "witness", ["현미", "Hyon-mi", "Baek Hyun-mi"]),
            ("Kwak Chol-jun", "곽철준", "supervisor", []),
        ],
        "note": "Mixed reviewers' comments (tracked in a table) on a testimony from a Kuwaiti cleaning contract and a Qatari hotel; Paek/Baek, surname 곽, given name 현미 beside 현미 (brown rice), Egyptian and Sri Lankan co-workers, a Kuwaiti manager in Arabic script, Kuwait and the Four Seasons public.",
        "text": """REVIEW TABLE - testimony ME-2024-06 ({{r:백현미}})
Reviewer A: {{p:Jang Seo-won}} / Reviewer B: {{p:Thomas Reid}} / Author: {{p:Nam Yu-jin}}

| Para | Text | Comment |
| 2 | "{{r:현미}} 씨는 2015년 {{u:쿠웨이트}}의 청소 용역 회사에 파견되었다." | A: 영어판에는 {{r:Hyon-mi}} / {{r:Baek Hyun-mi}} 중 무엇을? {{p:Yu-jin}}: {{r:Paek Hyon-mi}}로 통일. |
| 3 | "식당에서는 현미밥이 나왔다." | B: Is "현미" here her name? A: No, brown rice. Leave as is. |
| 4 | "관리자 {{r:곽철준}}은 여권을 보관했다." | B: Spelling of {{r:Kwak}}? {{p:Yu-jin}}: {{r:Kwak Chol-jun}}, as she spelled it. |
| 5 | "쿠웨이트인 매니저 {{p:فهد العنزي}}({{p:Fahad Al-Enezi}})" | A: 아랍어 표기는 본인이 준 명함 기준. B: Keep both. |
| 6 | "동료 {{p:Nadia Samir}}({{u:이집트}}), {{p:Kumari Perera}}({{u:스리랑카}})" | B: Do we have their consent? {{p:Yu-jin}}: No - remove surnames: "{{p:Nadia}}", "{{p:Kumari}}". |
| 8 | "2017년 {{u:카타르}}의 호텔({{u:Four Seasons Doha}})로 이동" | B: Legal risk naming the hotel. {{p:Yu-jin}}: she is sure; keep but add "according to the witness". |
| 9 | "{{r:곽}} 관리자가 {{r:현미}} 씨의 전화를 부쉈다" | A: 강한 진술 — 녹취 02:14:30 확인함. {{p:서원}}. |
| 11 | "{{r:백현미}}는 2019년 귀국 후 2021년 탈북" | B: fine. |

Sign-off: {{p:J.S.W.}} ✔ / {{p:T.R.}} ✔
""",
    },
    {
        "id": "h45-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Kwang-jin", "김광진", "witness", ["Kwang-jin", "KKJ"]),
            ("Om Chol-san", "엄철산", "supervisor", ["Eom Cheol-san"]),
            ("Kim Kwang-il", "김광일", "coworker", ["Kwang-il"]),
        ],
        "note": "English Q/A transcript with speaker labels, Polish shipyard near Gdańsk; two men called Kim Kwang-something, surname Om/Eom, Polish foreman with case endings, witness initials as speaker label, Gdańsk and the Polish labour inspectorate public.",
        "text": """TRANSCRIPT - P-07, session 1 (interpreted)
Q: {{p:Emma Lindqvist}} | I: {{p:Jung Ha-na}} | {{r:KKJ}}: {{r:Kim Kwang-jin}}
Recorded in {{u:Seoul}}, 12 Oct 2023.

Q: Thank you for coming. For the recording, please say your name.
{{r:KKJ}}: {{r:Kim Kwang-jin}}.
Q: Where did you work in {{u:Poland}}?
{{r:KKJ}}: A shipyard near {{u:Gdańsk}}, 2013 to 2016. Welding hull sections.
Q: Who was in charge of the Korean group?
{{r:KKJ}}: {{r:Om Chol-san}}. In the South they'd write {{r:Eom Cheol-san}}. {{r:Om}} was the representative, and also the Party man.
Q: And the Polish side?
{{r:KKJ}}: The master was Pan {{p:Zbigniew}}. {{p:Zbigniew Kowalczyk}}. The Poles called him "{{p:Zbyszek}}". When we needed something we said "{{p:Zbyszka}} pytać" - ask {{p:Zbyszek}} - that's the only Polish I learnt. (laughs)
I: He means "ask {{p:Zbyszek}}", with the Polish ending.
Q: Were there other Koreans with the same name as you?
{{r:KKJ}}: Yes! {{r:Kim Kwang-il}}. Everyone mixed us up. {{r:Kwang-il}} was older. {{r:Om}} called us "big {{r:Kim}}" and "small {{r:Kim}}". I was the small one.
Q: Did the Polish inspectors ever come?
{{r:KKJ}}: Once. A woman from the labour inspectorate - {{u:Państwowa Inspekcja Pracy}}. {{r:Om Chol-san}} made us say we were happy. {{r:Kwang-il}} tried to say something about the hours, and {{r:Om}} stared at him.
Q: What happened after?
{{r:KKJ}}: {{r:Kwang-il}} lost his Sunday rest for a month.
Q: About wages?
{{r:KKJ}}: The Polish company paid the agency, the agency paid {{r:Om}}. We got maybe 100 dollars a month. {{p:Zbyszek}} once told me, "You should get 1,000." I said nothing.
Q: Anything else you want recorded today?
{{r:KKJ}}: That {{p:Zbigniew}} was a good man. If he reads this, thank you. And that {{r:Kwang-il}} deserves to be paid.
Q: Thank you, {{r:Kwang-jin}}.
""",
    },
    {
        "id": "h45-en-10",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ri Hyang-ok", "리향옥", "relative", ["Hyang-ok", "Lee Hyang-ok"]),
            ("Jon Song-ho", "전성호", "witness", ["Song-ho", "Jeon Seong-ho"]),
        ],
        "note": "English phone-call notes with a wife searching for a husband on a Kuwait site; Jon/Jeon, Song as part of a given name beside 'song', short note lines, Kuwaiti police officer private, Kuwait and Incheon public; CRLF.",
        "text": """Call log - family enquiry FE-2024-11
Staff: {{p:Park Min-ji}} ({{p:PMJ}})

06 Feb 2024 11:10 - {{r:Ri Hyang-ok}} called. Husband {{r:Jon Song-ho}} worked in {{u:Kuwait}} 2014-2017 (construction). She came to the South in 2020; he may have left the North in 2023. She heard from a broker that he is in {{u:Thailand}}.
06 Feb 2024 11:35 - Checked our database for {{r:Jon Song-ho}} / {{r:Jeon Seong-ho}}: no record.
13 Feb 2024 15:00 - {{r:Hyang-ok}} called again. Crying. Said {{r:Song-ho}} used to sing a song about the sea on the phone. Asked us to contact {{u:UNHCR}} {{u:Bangkok}}. Explained limits.
20 Feb 2024 09:20 - Called her back. Gave her the {{u:Ministry of Unification}} hotline. She asked whether Officer {{p:Al-Rashidi}} in {{u:Kuwait}} can help - a Kuwaiti police officer who once helped {{r:Song-ho}} when he was robbed. Told her no.
27 Feb 2024 14:00 - {{r:Lee Hyang-ok}} (her {{u:ROK}} name) - wants to know about a man called {{p:Choe Ryong-su}}, who worked with {{r:Jon}} and is now in {{u:Incheon}}. She thinks {{p:Choe}} may know where {{r:Jon}} is. Advised her we cannot pass on contacts.
05 Mar 2024 10:45 - {{p:Choe Ryong-su}} contacted us independently (he is our client, case KW-2022-08). Asked {{p:Choe}} if he consents to his contact being shared with {{r:Hyang-ok}}. He agreed.
05 Mar 2024 11:30 - Passed {{p:Choe}}'s number to {{r:Ri Hyang-ok}}.
12 Mar 2024 16:20 - {{r:Hyang-ok}}: {{p:Choe}} says {{r:Jon}} called him from {{u:Bangkok}} in January. Huge relief. {{r:Hyang-ok}} thanks {{p:PMJ}} and {{p:Min-ji}}.
""",
    },
    {
        "id": "h45-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Pyon Kwang-u", "변광우", "witness", ["광우", "PYON KWANG U"]),
            ("An Chang-su", "안창수", "supervisor", []),
            ("Kim Ryong-il", "김룡일", "coworker", ["룡일", "김용일"]),
        ],
        "note": "Korean Q/A transcript with speaker labels, distant-water fishing off West Africa and in the Sea of Okhotsk; surname 안 beside 안 (not/inside), 룡/용 spellings, 선장 title outside, Chinese captain as 王船长 labelled whole, Senegalese fisheries observer private, Dakar public.",
        "text": """녹취록 - 증언자 F-19 / 2024년 3월 8일
질문: {{p:김예준}} / 답변: {{r:변광우}} / 배석: {{p:도하은}}

{{p:김}}: 이름과 나이 말씀해 주세요.
{{r:변}}: {{r:변광우}}, 마흔여섯입니다.
{{p:김}}: 어떤 배를 타셨어요?
{{r:변}}: 2015년에 {{u:세네갈}} 앞바다에서 오징어, 갈치 잡는 {{u:중국}} 배를 탔어요. 선장은 {{u:중국}} 사람, {{p:王船长}}이었고, 우리 {{u:북한}} 선원들 책임자는 {{r:안창수}}였어요.
{{p:김}}: {{r:안창수}} 씨는 어떤 분이었나요?
{{r:변}}: 안 좋은 사람이었죠. (웃음) {{r:안}} 책임자는 배 안에서 왕이었어요. {{p:王船长}}도 {{r:안}}한테는 함부로 못 했어요.
{{p:김}}: 같이 일한 동료 중 기억나는 분은요?
{{r:변}}: {{r:김룡일}}. 남쪽 말로는 {{r:김용일}}이겠죠. {{r:룡일}}이는 저보다 다섯 살 어렸어요. 그리고 {{p:차명훈}}, {{p:석정호}}.
{{p:김}}: 항구에는 들어가셨나요?
{{r:변}}: {{u:다카르}}에 몇 번. 그런데 내리지는 못했어요. {{u:세네갈}} 감독관이 올라왔는데, {{p:Moussa Ndiaye}}라는 사람. {{p:무사}}가 우리한테 "Korea? North?" 물었는데 {{r:안}}이 옆에서 보고 있어서 대답을 못 했어요.
{{p:도}}: {{p:무사}} 씨가 무슨 서류를 보여줬나요?
{{r:변}}: 선원 명단을 보더라고요. 거기에 제 이름이 {{r:PYON KWANG U}}로 적혀 있었어요.
{{p:김}}: 그 뒤에 {{u:오호츠크해}}에도 가셨다고요?
{{r:변}}: 2018년에 {{u:러시아}} 배. 그때는 {{r:룡일}}이랑 같이 안 갔어요. {{r:안창수}}도 없었고, {{p:리영춘}}이 책임자였어요.
{{p:김}}: {{r:김룡일}} 씨 소식은 아세요?
{{r:변}}: 2019년에 다쳤다고 들었어요. 손가락이 윈치에 끼었대요. {{r:룡일}}이가 어디 있는지는 몰라요.
{{p:김}}: 감사합니다, {{r:광우}} 씨.
""",
    },
    {
        "id": "h45-en-11",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ri Kwang-chol", "리광철", "coworker", ["RI KWANG CHOL"]),
            ("Yun Sang-hyok", "윤상혁", "supervisor", ["YUN SANG HYOK"]),
        ],
        "note": "Construction-site safety roster, Qatar, pasted from a spreadsheet; names in capitals, a Korean surname-first and an Indian given-name-first order, Arabic name of the HSE officer, an 'O' used as a shift code beside the surname O, Nepali and Bangladeshi workers, Ashghal public; CRLF.",
        "text": """SITE SAFETY ROSTER - WEEK 32 (copy obtained from witness QA-14, translated headers)
Project: residential tower, {{u:Lusail}} | Main contractor: (name withheld) | Client authority: {{u:Ashghal}}
HSE officer: {{p:Mohammed Al-Kuwari}} ({{p:محمد الكواري}}) | Site engineer: {{p:Arjun Menon}}
Shift codes: D = day, N = night, O = off

ROLE | NAME | MON | TUE | WED | THU | FRI | SAT | SIGN
Scaffold inspector | {{p:BISHNU PRASAD ADHIKARI}} | D | D | D | D | O | D | {{p:B.P.A.}}
Scaffold inspector | {{r:RI KWANG CHOL}} | N | N | N | N | O | N | {{r:R.K.C.}}
Fire watch | {{p:MD. SHAFIQUL ISLAM}} | D | D | O | D | D | D | {{p:Shafiq}}
Fire watch | {{p:O CHOL NAM}} | N | N | N | O | N | N | {{p:O.C.N.}}
First aider | {{p:ＰＡＫ ＳＵＮ ＩＬ}} | D | D | D | D | O | D | {{p:Pak}}
First aider | {{p:RAJESH KUMAR YADAV}} | N | N | N | N | O | N | {{p:R.K.Y.}}
Banksman | {{p:JO YONG BOM}} | D | O | D | D | D | D | {{p:Jo}}
Banksman | {{p:KHADKA, SURAJ}} | N | N | O | N | N | N | {{p:S. Khadka}}
Work-at-height supervisor | {{r:YUN SANG HYOK}} | D | D | D | D | D | O | {{r:Yun}}
Toolbox talk leader | {{r:YUN SANG HYOK}} | D | - | - | D | - | - | -
Heat stress monitor | {{p:HA MYONG SU}} | D | D | D | D | O | D | {{p:Ha}}

Notes (handwritten, translated):
- {{r:Yun}} to collect all phones before toolbox talk.
- {{r:Ri Kwang-chol}} replaces {{p:O Chol-nam}} on fire watch if {{p:O}} is sick again.
- Heat stress: stop work when WBGT over 32 - "ask {{p:Mohammed}}".
- {{p:Arjun}} says the Korean team must attend induction like everyone. {{r:Yun Sang-hyok}} refused for his men on Tuesday.

Witness comment (QA-14, to {{p:Seo Ji-ho}}): "{{r:Yun}} signed for all of us. {{r:Kwang-chol}} never inspected any scaffold at night; he slept in the container because {{r:Yun}} said the sheet only had to look right."
""",
    },
    {
        "id": "h45-en-12",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kang Mi-ryong", "강미령", "witness", ["Mi-ryong", "Miryong"]),
            ("Yu Hye-jin", "유혜진", "other", ["Hye-jin"]),
        ],
        "note": "Fundraising e-mail from an NGO to supporters, long; a witness introduced by first name with consent, staff signature and e-mail local part, donor names in a thank-you list, a matching donor company public, emoji, Kim Jong Un public, Vladivostok and Doha public, surname Yu beside 'you'.",
        "text": """From: {{p:Grace Lim}} <{{p:grace.lim}}@example.org>
Reply-To: donate@example.org
Subject: {{r:Mi-ryong}} sewed 14 hours a day. Will you help her tell the world? 🧵

Dear friend,

When {{r:Mi-ryong}} first came to our office, she sat on the edge of her chair as if she might have to leave at any moment. For four years she had sat on a different chair - a sewing-machine stool in a factory in northeast {{u:China}} - from seven in the morning until nine at night, six and a half days a week.

{{r:Mi-ryong}} is one of tens of thousands of North Koreans sent abroad to earn money for the state. She never saw her wages. "They told us every yuan went to the fatherland," she says. "We were proud at first." Then she noticed that the manager, a man she calls only "the director", had a new watch every spring.

Today {{r:Mi-ryong}} lives in {{u:Seoul}}. With the help of our caseworker {{r:Yu Hye-jin}}, she has given a 60-page testimony that will go to the {{u:UN Human Rights Council}} and to companies whose supply chains may include North Korean labour.

But {{r:Mi-ryong}}'s story is not only hers. In the same factory she lived with women she still dreams about: {{p:Sun-ok}}, who taught her to sew a collar in under a minute; {{p:Myong-hui}}, who sang to keep everyone awake on night shifts. She doesn't know where they are. ❤️

Our researchers have now recorded more than 300 testimonies from workers sent to {{u:Russia}}, {{u:China}}, {{u:Kuwait}}, {{u:Qatar}}, {{u:Mongolia}} and {{u:Poland}}. Men like {{p:Chol-ho}}, who built apartment blocks in {{u:Doha}} in 50-degree heat. Men like Mr {{p:Pak}} - he asked us to use only that - who cut timber in the {{u:Russian Far East}} and lost two fingers.

This month, every gift you make will be matched by {{u:Samsung}} employees' giving fund up to ₩30,000,000.

👉 Give today: [link]

Why does this matter now? Because every dollar a North Korean worker earns abroad and never sees funds a state led by {{u:Kim Jong Un}}, and because the women who sewed beside {{r:Mi-ryong}} are still sewing.

With gratitude,
{{p:Grace Lim}}
Director of Development

P.S. {{r:Hye-jin}} asked me to add something. "When {{r:Miryong}} finished her testimony, she said: 'Now someone knows.' You can make sure many people know." - {{r:Yu Hye-jin}}, caseworker

---
Thank you to last month's monthly givers who wrote to us: {{p:Da\u200bvid}} & {{p:Sarah Moon}}, {{p:Jisoo Han}}, Fr. {{p:Michael O'Brien}}, the {{p:Bang}} family, {{p:Erik Johansson}}, {{p:Ha Eun-ji}}. You keep our doors open.

You are receiving this because you signed up at an event in {{u:Vladivostok}}... no, of course not - at our {{u:Seoul}} open day. Unsubscribe: [link]
""",
    },
    {
        "id": "h45-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Chang-sop", "리창섭", "coworker", ["RI CHANG SOP"]),
            ("Sok Yong-jin", "석영진", "supervisor", ["SOK YONG JIN"]),
        ],
        "note": "Shipping agent's crew change notice for a fishing vessel at Port Louis; crew on and off in a table with passport-style names, Thai names in Thai script and romanized, Chinese master in Hanzi, agent's e-mail role account (unmarked) and a personal one, Port Louis and MRA public.",
        "text": """CREW CHANGE NOTICE
From: Ocean Link Shipping Agency Ltd, {{u:Port Louis}}
To: Harbour Master / {{u:Mauritius Revenue Authority}} (Customs) / Passport and Immigration Office
Vessel: FV HAI FENG 818 (longliner), Master: {{p:CHEN WEIMIN}} ({{p:陈伟民}})
ETA: 14 Sep 2019 06:00 | ETD: 16 Sep 2019 18:00
Agent on duty: {{p:Vikash Ramgoolam}} ({{p:v.ramgoolam}}@oceanlink.example / ops@oceanlink.example)

SIGN-OFF (repatriation via {{u:Dubai}})
No | Surname | Given names | Nationality | Passport | Rank
1 | {{r:RI}} | {{r:CHANG SOP}} | {{u:DPRK}} | 10xxxxx | Deckhand
2 | {{p:KIM}} | {{p:YONG CHOL}} | {{u:DPRK}} | 10xxxxx | Deckhand
3 | {{p:SAENGTHONG}} | {{p:SOMPONG}} ({{p:สมพงษ์ แสงทอง}}) | {{u:Thailand}} | AA xxxxxx | Fisherman
4 | {{p:PHROMMA}} | {{p:ANAN}} ({{p:อนันต์ พรหมมา}}) | {{u:Thailand}} | AB xxxxxx | Fisherman

SIGN-ON (arriving {{u:Air Mauritius}} MK 851)
No | Surname | Given names | Nationality | Passport | Rank
1 | {{p:CHOE}} | {{p:MYONG SU}} | {{u:DPRK}} | 10xxxxx | Deckhand
2 | {{p:PAK}} | {{p:IL GWANG}} | {{u:DPRK}} | 10xxxxx | Deckhand
3 | {{p:WANG}} | {{p:XIAOLONG}} | {{u:PRC}} | Exxxxxxxx | Oiler

Remarks:
a) {{u:DPRK}} crew leader {{r:SOK YONG JIN}} remains on board and holds the {{u:DPRK}} crew's seamen's books.
b) Thai crew signing off are to be met by Mr {{p:Thanawat}} from the recruiting agency.
c) Sign-off crew to be escorted to the airport by agent's runner {{p:Kevin}}.
d) Crew member {{r:Ri Chang-sop}} reported a hand injury; clinic visit arranged with Dr {{p:A. Jhugroo}}. Crew leader {{r:Sok}} requests that he be accompanied.

NGO annotation (added 2023 by {{p:Lee Ye-seul}} after interview F-22): the witness says {{r:Ri Chang-sop}} was never taken to the clinic; {{r:Sok Yong-jin}} told the agent he had "recovered". {{p:Vikash}} was friendly and gave the Korean crew phone cards.
""",
    },
    {
        "id": "h45-en-14",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Chu Myong-hak", "주명학", "witness", ["CHU Myong-hak", "Myong-hak"]),
        ],
        "note": "Court cause list (daily list) of a UK employment tribunal and a Seoul district court mixed on one NGO tracking page; parties in 'v' style, judges and counsel fictional hence private, a corporate respondent public, a claimant anonymised by initials, court names public.",
        "text": """HEARINGS WE ARE FOLLOWING - week of 10 June 2024 (compiled by {{p:Natalie Haines}}, legal team)

A. {{u:Employment Tribunal}} ({{u:London South}}) - Daily Cause List, Tuesday 11 June 2024
Before Employment Judge {{p:Fairweather}}
10:00  2301234/2023  Mr {{p:K. Nam}} v Seaview Fisheries Ltd (preliminary hearing, by CVP)
10:00  2304455/2023  Ms {{p:O. Quinn}} v {{u:Tesco Stores Ltd}} (not our case - listed in the same room)
14:00  2309876/2023  {{p:A.B.C.}} v Hanbit Trading Ltd & others (anonymity order in place)
Counsel for the claimant in 2309876/2023: Ms {{p:Priya Sandhu}}; for the respondents: Mr {{p:Julian Crofts}}.

Note: "{{p:A.B.C.}}" is our client's cousin, not a North Korean worker. Don't confuse with our client.

B. {{u:Seoul Central District Court}}, Civil Division 42 - Wednesday 12 June 2024
Courtroom 358, 14:30
2023가단512xxx  {{r:CHU Myong-hak}} v. (1) {{u:Democratic People's Republic of Korea}} (2) {{u:Kim Jong Un}}
Presiding judge: {{p:Kwon Tae-gyun}} | Plaintiff's counsel: {{p:Seo Hyeon-u}}, {{p:Moon Ga-eun}}
Status: service by public notice completed; expected judgment date.

{{r:Myong-hak}} plans to attend with {{p:Natalie}} and interpreter {{p:Do Yeon-su}}. He asks that no photos be taken outside the court. He worked at logging camps near {{u:Tynda}} 2009-2015 under {{p:Ri Song-chan}} and {{p:Ko Hak-son}}, both named in the complaint as "the overseers".

C. {{u:Supreme Court}} ({{u:Seoul}}) - no hearing; written ruling in the related case of Mr {{p:Han}} expected in July.

{{p:N.H.}}
""",
    },
    {
        "id": "h45-en-15",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Han Song-gwang", "한성광", "witness", ["HAN SONG GWANG", "Song-gwang"]),
            ("Kil Yong-dok", "길영덕", "supervisor", ["KIL YONG DOK"]),
        ],
        "note": "Wage Protection System salary file extract (Qatar), fixed-width CSV with employer and employee records, names in capitals, one North Korean name split across surname/given-name columns, Arabic name of the PRO, bank names public (QNB, Doha Bank), a witness annotation; surname Kil beside 'kill'.",
        "text": """WPS SALARY INFORMATION FILE - extract (as printed by the witness's cousin; columns trimmed)
Employer EID: 2xxxxxx | Payer bank: {{u:QNB}} | File period: 2017-05 | PRO: {{p:Jassim Al-Sulaiti}} ({{p:جاسم السليطي}})

EDR,QID,Employee Name,Bank,Account,Salary Freq,Days,Net Salary,Basic,Extra Hours,Deductions
EDR,2754xxxxxxx,{{r:HAN SONG GWANG}},{{u:Doha Bank}},xxxx1021,M,31,1200.00,1000.00,0,0
EDR,2754xxxxxxx,{{r:KIL YONG DOK}},{{u:Doha Bank}},xxxx1022,M,31,2500.00,2000.00,0,0
EDR,2754xxxxxxx,{{p:CHA MYONG GUK}},{{u:Doha Bank}},xxxx1023,M,31,1200.00,1000.00,0,0
EDR,2754xxxxxxx,{{p:RI HO NAM}},{{u:Doha Bank}},xxxx1024,M,31,1200.00,1000.00,0,0
EDR,2754xxxxxxx,{{p:SO CHOL}},{{u:Doha Bank}},xxxx1025,M,31,1200.00,1000.00,0,0
EDR,2754xxxxxxx,{{p:AN SONG HO}},{{u:Doha Bank}},xxxx1026,M,31,1200.00,1000.00,0,0
EDR,2754xxxxxxx,{{p:DHAKAL KRISHNA}},{{u:QNB}},xxxx5530,M,31,1350.00,1100.00,12,0
EDR,2754xxxxxxx,{{p:MIAH ABDUL KARIM}},{{u:QNB}},xxxx5531,M,31,1350.00,1100.00,8,0
SCR,total records 8,total salary 11,200.00

Witness annotation ({{r:Han Song-gwang}}, interview with {{p:Ahn Seo-yun}}, 2023):
- "Every account ending 102x was opened by {{r:Kil}} in one afternoon. We never saw the cards. {{r:Kil Yong-dok}} kept them in a plastic bag."
- "{{p:Cha}}, {{p:Ri Ho-nam}}, {{p:So}} and {{p:An}} were my room. {{p:So Chol}} used to joke that {{r:Kil}} would kill us with work before the heat did."
- "{{p:Krishna}} and {{p:Karim}} got their money; I saw {{p:Krishna}} at the ATM."
- Asked about the 1,200 riyals: "On paper. In the hand, zero. {{r:Kil}} said it goes to {{u:Pyongyang}}."
- {{r:Song-gwang}} recognised {{p:Jassim}} as the man who came with the passports to the immigration office.
""",
    },
    {
        "id": "h45-en-16",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Sol Un-gyong", "설은경", "witness", ["Un-gyong"]),
            ("Lisa Tran", "리사 트란", "other", ["Lisa"]),
        ],
        "note": "Interpreter booking request form (field: value) for a legal consultation; requester and interpreter private, the witness registered by case code and name, preferred/excluded interpreters listed, a dialect note naming Chongjin and Hamhung, Legal Aid Agency public; CRLF.",
        "text": """INTERPRETER BOOKING REQUEST - FORM IB-3
Request no.: IB-2024-0412
Requested by: {{r:Lisa Tran}}, solicitor, ext. 2214
Requester e-mail: {{r:lisa.tran}}@lawfirm.example
Funding: {{u:Legal Aid Agency}} certificate (ref. withheld)

Client name: {{r:SOL Un-gyong}} (surname "Sol", not "Seol"; do not correct)
Client ID / case: NK-UK-0093
Language: Korean (North Korean dialect - client from {{u:Chongjin}}, long period in {{u:Hamhung}})
Mode: consecutive, in person
Date and time: 23/04/2024, 10:00-13:00
Venue: firm's {{u:Manchester}} office, room 4

Preferred interpreter(s): {{p:Choi Ga-young}} (worked with client before); second choice {{p:Andrew Shin}}
Interpreter NOT to be booked: {{p:Park Jae-sung}} - client knows him from the community; conflict of interest
Gender preference: female interpreter if possible (client request)

Subject matter: asylum appeal preparation; testimony includes work in a seafood plant in {{u:Hunchun}} and abuse by a North Korean supervisor ({{p:Jo Kyong-chol}}) and a Chinese manager ({{p:刘海}}, "{{p:老刘}}").
Sensitive terms: names of family members in {{u:DPRK}} will be mentioned ({{p:Sol Myong-sik}}, father; {{p:Ho Chun-ae}}, mother). Interpreter must not write them in notes.

Notes for the interpreter: {{r:Un-gyong}} may call herself "{{r:Un-gyong-i}}" when upset. {{r:Lisa}} will pause every 20 minutes.

Approved by: {{p:Graham Price}} (office manager) - 12/04/2024
Confirmation sent to: {{p:Choi Ga-young}} - accepted 13/04/2024 ({{p:CGY}})
""",
    },
    {
        "id": "h45-en-17",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yang Chol-gu", "양철구", "witness", ["Chol-gu", "YANG CHOL GU", "يانغ تشول غو"]),
        ],
        "note": "Translated Kuwaiti labour-court summons with Arabic original lines; claimant, respondent's owner, court clerk and bailiff all fictional and private, Arabic script names, a North Korean claimant in Arabic transliteration, the Ministry of Justice and Kuwait City public.",
        "text": """TRANSLATION FROM ARABIC (certified translation by {{p:Nabil Haddad}}, sworn translator no. xxx)

{{u:State of Kuwait}}
{{u:Ministry of Justice}}
Court of First Instance - Labour Circuit (3)
{{u:Kuwait City}}

SUMMONS TO APPEAR
Case no. 2016/xxxx (labour)

Claimant: {{r:YANG CHOL GU}} (Arabic: {{r:يانغ تشول غو}}), nationality: Korean (North), residence: workers' accommodation, {{u:Jleeb Al-Shuyoukh}}
Respondent: Al-Wafra General Contracting Co. W.L.L., represented by its owner Mr {{p:Bader Saud Al-Ajmi}} (Arabic: {{p:بدر سعود العجمي}})

You are summoned to appear before the Labour Circuit (3) at its session on Sunday 12/02/2017 at 8:30 a.m. to answer the claim for unpaid wages for the period 03/2015 to 10/2016 and end-of-service gratuity.

Clerk: {{p:Fatima Al-Mutawa}} ({{p:فاطمة المطوع}})
Served by bailiff: {{p:Yousef Al-Rashed}} on 25/01/2017 at the respondent's office; received by: "Mr {{p:Kang}}" (Korean), who refused to sign.

[Translator's note: the person who received the summons is written in Arabic as {{p:كانغ}}; the claimant identified him as {{p:Kang Myong-bok}}, the North Korean site representative.]

NGO file note ({{p:Son Ha-yeon}}, 2023): {{r:Chol-gu}} says this summons was the only time a Kuwaiti official took the Koreans' side. {{p:Kang}} tore up the copy in front of the workers. The case was later withdrawn "by the claimant" - {{r:Yang}} says he never signed anything. The lawyer who filed it, {{p:Abdullah Al-Enezi}}, stopped answering calls after {{p:Kang}} visited his office. {{r:Chol-gu}} left for home in April 2017.
""",
    },
    {
        "id": "h45-en-18",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ham Sung-il", "함승일", "coworker", ["HAM SUNG IL"]),
            ("Ok Chol-min", "옥철민", "supervisor", ["OK CHOL MIN"]),
        ],
        "note": "Polish shipyard canteen meal-voucher issue list, bilingual Polish/English headers; surname Ok beside 'OK' (approval), surname Ham beside 'ham' on the menu, Polish canteen staff with diminutives and case endings, a Ukrainian welder, Gdynia public.",
        "text": """STOŁÓWKA / CANTEEN - WYDANIE BONÓW / MEAL-VOUCHER ISSUE LIST
Stocznia (shipyard) canteen, {{u:Gdynia}} - March 2015, week 11
Issued by: {{p:Halina Wiśniewska}} (kierowniczka / canteen manager) | Checked: {{p:B. Zając}}

Data | Nazwisko i imię / Name | Firma / Company | Bony / Vouchers | Podpis / Signature | OK?
09.03 | {{r:HAM SUNG IL}} | subcontractor KP | 5 | (Korean signature) | OK
09.03 | {{r:OK CHOL MIN}} | subcontractor KP | 35 (for group) | {{r:Ok}} | OK
09.03 | {{p:KYE SANG HUN}} | subcontractor KP | 5 | (Korean signature) | OK
09.03 | {{p:MUN KWANG SOK}} | subcontractor KP | 5 | (Korean signature) | OK
09.03 | {{p:Bondarenko Oleh}} | spawalnik / welder | 5 | {{p:O. Bondarenko}} | OK
09.03 | {{p:Nowak Piotr}} | shipyard | 5 | {{p:P.N.}} | OK
10.03 | {{r:OK CHOL MIN}} | subcontractor KP | 35 (for group) | {{r:Ok}} | not OK - count

Menu this week: Mon żurek, Tue schabowy, Wed ham sandwiches and soup, Thu pierogi, Fri fish.

Uwagi / Remarks (manager):
- Pan {{r:Ok}} collects all vouchers for the Korean group. Koreans come to eat together at 12:40. Panu {{r:Hamowi}} dałam 5 extra (= to Mr {{r:Ham}} I gave 5 extra) because he was sick and {{r:Ok}} had not given him any.
- {{p:Basia}} ({{p:Barbara Zając}}) says the Koreans never eat the ham, they take bread back to the hostel.
- Ask {{p:Oleh}} to translate? He doesn't speak Korean. Ask Pani {{p:Ewa}} from HR.

NGO note (from witness P-11 via {{p:Yeon Seo-jun}}): "{{r:Ok Chol-min}} sold some vouchers to Polish workers. {{r:Ham Sung-il}} got nothing for two days. {{p:Halina}} - we called her '{{p:Canteen Mother}}' - gave him food."
""",
    },
    {
        "id": "h45-en-19",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Do Kwang-sik", "도광식", "witness", ["Kwang-sik", "Toh Kwang-sik"]),
            ("Helena Varga", "헬레나 바르가", "other", ["Helena"]),
        ],
        "note": "Artwork loan agreement between a former overseas worker (now a painter) and a gallery; lender and curator private, surname Do beside 'do', a painting titled after a co-worker's nickname, gallery and insurer invented (unmarked), Arts Council England and the V&A public.",
        "text": """LOAN AGREEMENT (TEMPORARY EXHIBITION)

Between
The Lender: {{r:DO Kwang-sik}} (artist; also known as {{r:Toh Kwang-sik}}), of an address held on file, and
The Borrower: Riverside Contemporary Gallery, represented by its curator {{r:Helena Varga}}.

Exhibition: "Hands Abroad: Paintings by Former North Korean Workers", 3 October 2024 - 12 January 2025. Supported by {{u:Arts Council England}}.

1. Works lent
1.1 "Night Shift, {{u:Tynda}}" (oil on board, 2022). Depicts the logging camp where the Lender worked near {{u:Tynda}}.
1.2 "Portrait of {{p:Seagull}}" (oil on canvas, 2023). The sitter is a co-worker known in the camp as "{{p:Seagull}}" ({{p:갈매기}}). The Lender confirms that the real name of the sitter, {{p:Kye Hyon-su}}, shall not appear in any label, catalogue or press material.
1.3 "Mother {{p:Ok-ryon}}'s Kitchen" (ink on paper, 2023). See clause 6.

2. Credit line
2.1 Labels shall read: "Lent by the artist". The Lender does not wish the name {{r:Do Kwang-sik}} to appear in the press release. The Borrower may use "{{r:Kwang-sik}}, the artist" in wall texts.

3. Insurance
3.1 The Borrower shall insure the works nail-to-nail. Do not move works without the Lender's consent.

4. Condition reports
4.1 Condition reports by the Borrower's registrar, {{p:Tomasz Lis}}, on arrival and departure, countersigned by the Lender or his representative, {{p:Jeong Yu-na}}.

5. Photography
5.1 The Lender's face shall not be photographed at the opening. The Borrower's press officer ({{p:Chloe Bennett}}) will brief photographers.

6. Sensitive content
6.1 Work 1.3 depicts the Lender's late aunt, {{p:Do Ok-ryon}}, in {{u:Hamhung}}. The title was changed from "Aunt {{p:Ok-ryon}}" to the present title at the Lender's request.
6.2 No interpretive text shall name the North Korean supervisors depicted in work 1.1 ({{p:Ri Chun-gil}} and a man the Lender remembers as "the {{p:Hawk}}").

7. Comparable loans
7.1 The Borrower confirms that its facility report was accepted for a loan from the {{u:V&A}} in 2023.

Signed: {{r:Kwang-sik}} (Lender) ......... {{r:Helena Varga}} (for the Borrower) .........
Witness: {{p:Jeong Yu-na}} ......... Date: 14 August 2024
""",
    },
    {
        "id": "h45-en-20",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Sol-hwa", "김설화", "witness", ["Sol-hwa", "Seol-hwa"]),
            ("Bae Jun-ho", "배준호", "other", ["Jun-ho"]),
        ],
        "note": "Driving-lesson log of a resettled former Chinese-factory worker (instructor's notes), given names alone, nicknames, an instructor surname Bae, a volunteer mentor, the driving test centre and the Korea Road Traffic Authority public, Ansan public; unfinished sentences.",
        "text": """DRIVING LESSON LOG - learner: {{r:Kim Sol-hwa}} | instructor: {{r:Bae Jun-ho}} | car: auto, no. 7
Mentor (volunteer, attends some lessons): {{p:Oh Mi-rae}}

L1 03/04 - basics. {{r:Sol-hwa}} very nervous, said she last sat in a car in 2016, "on the bus to the factory in {{u:Hunchun}}". Hand position fine. {{p:Mi-rae}} translated a few terms.
L2 05/04 - car park, braking. Good. She asked if she can call me "{{r:Jun-ho}} ssaem". Fine.
L3 08/04 - first time on the road near {{u:Ansan}} station. Stalled? (auto - no!) Just froze. We talked. She said a manager, "Director {{p:Yun}}", used to shout when they stopped the machines. I won't shout. Told her.
L4 10/04 - much better. Lane changes. {{r:Seol-hwa}} (she prefers this spelling now on her licence application) laughed for the first time.
L5 12/04 - {{p:Mi-rae}} absent. {{r:Sol-hwa}} brought her friend {{p:Kang Yu-mi}}, who also worked at the factory, to sit in the back. {{p:Yu-mi}} wants lessons too - refer to the office.
L6 15/04 - parallel parking. Hard. She said "this is harder than sewing 600 collars" ... good sign.
L7 17/04 - mock test. 85/100. Instructor {{p:Hwang}} (examiner role) said ready.
L8 19/04 - rain. She told me about a friend in the factory, {{p:Ryu Ok-ju}}, who was "the fastest and the saddest". Didn't push.
L9 22/04 - test route at the {{u:Korea Road Traffic Authority}} {{u:Ansan}} test centre, practice only.
L10 24/04 - TEST: PASS. {{r:Sol-hwa}} cried. {{p:Mi-rae}}, {{p:Yu-mi}} and I had tteokbokki.

Instructor's final note: {{r:Bae}} - recommend to office for the "first car" grant. {{r:J.H.B.}}
""",
    },
    {
        "id": "h45-en-21",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Jin Un-song", "진은송", "witness", ["Un-song"]),
            ("Mariam Haddad", "마리암 하다드", "other", ["Mariam"]),
        ],
        "note": "Press-conference accreditation list for an NGO report launch; journalists private with their (real, public) outlets, a speaker witness appearing by given name, a UN Special Rapporteur named by office as a public figure, Reuters/AP/KBS/Yonhap/Al Jazeera public, a photographer's surname So; CRLF.",
        "text": """ACCREDITATION LIST - report launch "Sent Abroad, Paid Nothing"
Venue: {{u:Korea Press Center}}, {{u:Seoul}} | 18 June 2024, 10:30
Press officer: {{r:Mariam Haddad}} | Door: {{p:Oh Da-hyun}}, {{p:Lee Chan}}

Speakers: Dr. {{p:Kwon Hae-rin}} (research director); {{r:Un-song}} (former worker, {{u:Kuwait}} and {{u:Qatar}}; appears behind a screen, no photographs); a recorded message from the {{u:Special Rapporteur on the situation of human rights in the DPRK}}.

# | Name | Outlet | Role | Badge | Notes
1 | {{p:Park Seo-jun}} | {{u:Yonhap}} | reporter | P-01 |
2 | {{p:Kim Ha-eun}} | {{u:KBS}} | reporter | P-02 | camera crew 2 ({{p:Jung Min}}, {{p:Cho Hyun-woo}})
3 | {{p:Daniel Okoye}} | {{u:Reuters}} | correspondent | P-03 |
4 | {{p:Yuki Mori}} | {{u:Kyodo News}} | reporter | P-04 |
5 | {{p:So Jae-won}} | freelance | photographer | P-05 | briefed: no photo of {{r:Un-song}}
6 | {{p:Lina Al-Sayed}} | {{u:Al Jazeera}} | producer | P-06 |
7 | {{p:Tom Becker}} | {{u:Associated Press}} | reporter | P-07 | arrives 10:45
8 | {{p:Han Ye-jin}} | {{u:The Korea Herald}} | reporter | P-08 |
9 | {{p:Ｇａｎｇ Ｍｉｎ-ｓｅｏｋ}} | {{u:NK News}} | reporter | P-09 |
10 | {{p:Olga Petrova}} | freelance | reporter | P-10 | wants to interview {{r:Jin Un-song}} separately - DECLINED

Rules for all accredited press (read out by {{r:Mariam}}):
- Do not photograph or film {{r:Un-song}} or the screen.
- Do not use the family name {{r:Jin}}.
- Questions to {{r:Un-song}} through Dr. {{p:Kwon}} only.

Post-event note ({{r:M.H.}}): {{p:So}} deleted 3 frames showing {{r:Un-song}}'s shoes, on request. {{p:Olga}} tried again at the lift; {{p:Lee Chan}} intervened.
""",
    },
    {
        "id": "h45-en-22",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Yong-hui", "리영희", "witness", ["Lee Young-hee", "Yong-hui", "이영희"]),
        ],
        "note": "Bank account-opening (KYC) form filled in for a resettled worker, field: value style; applicant with former and current names, employer history including a Russian company and a Chinese factory, a referee and a bank officer private, KB Kookmin Bank and the Korea Hana Foundation public; a sanctions-screening partial match labelled as a different private person.",
        "text": """{{u:KB Kookmin Bank}} - PERSONAL ACCOUNT OPENING FORM (English version, filled in by branch staff)
Branch: {{u:Ansan}} Jungang | Officer: {{p:Yoo Ji-hwan}} (staff no. xxxx)

Section 1 - Applicant
Full name (as on ID): {{r:LEE YOUNG HEE}}
Name in Korean: {{r:이영희}}
Previous names / aliases: {{r:Ri Yong-hui}} ({{r:리영희}}) - name used in {{u:DPRK}} and abroad
Date of birth: 1988-xx-xx | Nationality: {{u:Republic of Korea}}
Address: (withheld in copy)
Mobile: 010-xxxx-xxxx

Section 2 - Employment history (last 10 years)
2014-2017: seafood processing, {{u:Dalian}}, {{u:PRC}} (employer name unknown; manager "Mr {{p:Zhou}}" / {{p:周经理}})
2017-2019: construction canteen, {{u:Vladivostok}}, {{u:Russia}} (employer: OOO "Primstroy"; supervisor {{p:Sim Kwang-nam}})
2021-present: packaging worker, {{u:Ansan}}

Section 3 - Source of funds
Salary; resettlement grant ({{u:Korea Hana Foundation}})

Section 4 - Politically exposed person? No.
Related to a PEP? No.

Section 5 - Referee (optional)
Name: {{p:Han Seung-woo}} | Relationship: caseworker | Organisation: (NGO)

Section 6 - Officer's remarks
Applicant's previous name {{r:Ri Yong-hui}} flagged by screening (common name; partial match with a sanctions list entry "{{p:RI YONG HUI}}", DOB different). Cleared by compliance officer {{p:Cha Hyo-jin}}.
{{r:Yong-hui}} asked whether the bank will tell anyone in the North. Explained no.

Signature of applicant: {{r:이영희}} | Date: 2023-11-02
""",
    },
    {
        "id": "h45-ko-10",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Chun-ok", "리춘옥", "witness", ["춘옥", "李春玉"]),
            ("Kim Yong-sil", "김용실", "other", ["용실"]),
        ],
        "note": "Korean shelter lost-and-found log; items found with names written on them, owners and finders, staff initials, a name on a Chinese factory badge in simplified Chinese, a Russian name on a work permit, a name on a photo back; Seoul public.",
        "text": """분실물 관리대장 - 쉼터 1층 사무실 (2024년 1분기)
관리: {{r:김용실}} 사무국장 / 당직자 서명란 포함

번호 | 습득일 | 물품 | 습득 장소 | 습득자 | 특징 | 반환 | 서명
01 | 01.05 | 검은 패딩 | 식당 | {{p:문하늘}} | 안쪽에 "{{p:정옥}}"이라고 적힘 | 01.06 {{p:정옥}} 님께 반환 | {{r:ㄱㅇㅅ}}
02 | 01.12 | 공장 출입증 | 세탁실 | {{p:오슬기}} | {{u:중국}} 공장 사원증, 이름 "{{r:李春玉}}" | 01.13 {{r:리춘옥}} 님 확인 후 반환 | {{r:용실}}
03 | 01.20 | 사진 1장 | 2층 복도 | {{r:리춘옥}} | 뒷면에 "{{p:향미}}, {{u:단둥}}, 2018" | 미반환 - {{r:춘옥}} 님이 "{{p:향미}}는 공장 동료, 여기 없음" | {{r:ㄱㅇㅅ}}
04 | 02.02 | 성경책 | 상담실 | {{p:배지훈}} | 속표지 "{{p:조요한}} 목사 드림" | 02.09 {{p:한송이}} 님께 반환 | {{p:배지훈}}
05 | 02.14 | {{u:러시아}} 노동허가증 사본 | 현관 | {{p:문하늘}} | 이름 "{{p:ПАК ЧОЛ}}" | 보관 중 - 본인 확인 필요 | {{r:ㄱㅇㅅ}}
06 | 02.28 | 목도리 | 거실 | {{p:오슬기}} | 특징 없음 | 03.01 주인 나타남 | {{p:오슬기}}
07 | 03.05 | 휴대폰 | 식당 | {{r:김용실}} | 배경화면에 아이 사진, 잠금화면 "{{p:범수}} 아빠" | 03.05 {{p:권범진}} 님께 반환 | {{r:용실}}
08 | 03.18 | 수첩 | 2층 방 | {{p:배지훈}} | 첫 장 "{{p:림광호}} 반장 - 빚 300" | 보관 중, 상담팀 전달 | {{p:배지훈}}

비고:
- 5번: {{p:ПАК ЧОЛ}}은 {{p:박철}}로 보임. 쉼터 입소자 중 {{p:박철}}이라는 분 없음. {{r:용실}} 국장이 {{u:서울}} 다른 쉼터에 문의 예정.
- 8번: 수첩 주인은 {{r:리춘옥}} 님의 옆방 입소자 {{p:최은주}} 님으로 추정. {{p:림광호}}는 {{p:은주}} 님이 일했던 {{u:러시아}} 현장 반장 이름이라고 함. 본인 동의 없이 열람 금지.
- 3번 사진: {{r:춘옥}} 님이 "그냥 버리지 말고 두세요"라고 부탁함.
""",
    },
    {
        "id": "h45-ko-11",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Hyok", "김혁", "witness", ["혁"]),
            ("So Yun-a", "소윤아", "relative", ["윤아"]),
        ],
        "note": "Korean wedding invitation and seating/guest list of a former Russian construction worker; 소 as surname beside 소 (cow), one-syllable given name with the vocative/suffix outside, guests by table, an officiant pastor private, a Russian friend in Cyrillic, Kim Jong Un in a joke (public), venue invented.",
        "text": """청첩장 및 하객 명단 (신랑 측 작성본, 증언자 R-31이 기증한 사본)

저희 두 사람이 사랑으로 하나가 되려 합니다.
신랑 {{r:김혁}} · 신부 {{r:소윤아}}
2024년 5월 18일(토) 낮 12시, 라온웨딩홀 3층
주례: {{p:한영섭}} 목사

━━ 하객 명단 (좌석 배치) ━━
1번 테이블 (신랑 가족 대신 - 쉼터 식구들): {{p:윤상미}} 원장, {{p:차동훈}}, {{p:차동훈}} 부인 {{p:정미선}}, {{p:권나래}}
2번 테이블 ({{u:러시아}} 현장 동료): {{p:방철수}}, {{p:류성남}}, {{p:오광일}}, {{p:Денис}}({{p:데니스}}, {{u:러시아}} 친구)
3번 테이블 (신부 가족): 신부 어머니 {{p:소명애}}, 신부 동생 {{p:소윤재}}
4번 테이블 (교회): {{p:한영섭}} 목사, {{p:한}} 사모님, 성가대 {{p:박하린}}, {{p:도은솔}}
5번 테이블 (회사): {{p:정대호}} 과장, {{p:나민지}}

메모 (신랑이 직접 씀):
- {{p:철수}} 형은 축사. "{{u:김정은}}한테 월급 떼이던 시절" 얘기는 빼 달라고 할 것 ㅋㅋ
- {{p:Денис}}한테 한국어 축하 문구 알려주기 - "{{r:혁}}아, 축하해!"
- {{p:류성남}}은 {{u:블라디보스토크}}에서 같이 벽돌 나르던 사이. 꼭 와야 함.
- 엄마 자리 비워 두기. (북에 계심)
- {{r:윤아}}가 소띠라서 떡 케이크에 소 그림 넣음.

[증언자 메모: 2번 테이블 세 사람 모두 같은 {{u:러시아}} 건설 현장 출신. {{p:오광일}}은 아직 증언 안 함. — 기록 {{p:한송희}}]
""",
    },
    {
        "id": "h45-ko-12",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Chang Un-mi", "장은미", "witness", ["은미"]),
            ("Ma Hye-ran", "마혜란", "other", ["혜란"]),
        ],
        "note": "Korean book-club discussion notes at a community centre; members' remarks by name, a real author (Han Kang) public, a member's account of a Mongolian building site with a Mongolian boss in Cyrillic, surnames 마 and 송 beside ordinary syllables, 반장 and 사장 outside the marker; CRLF.",
        "text": """독서 모임 '새벽' 기록 - 2024년 4월 모임
책: {{u:한강}}, 『작별하지 않는다』
진행: {{r:마혜란}} / 기록: {{p:표지수}}
참석: {{r:장은미}}, {{p:남도윤}}, {{p:길소라}}, {{p:우현아}}, {{p:표지수}}, {{r:마혜란}} (6명)

1. 첫인상
- {{p:도윤}}: 눈 장면이 너무 추웠다. 읽다가 보일러를 켰다.
- {{r:은미}}: 나는 이 추위를 안다. {{u:몽골}} {{u:울란바토르}} 현장에서 겨울에 영하 35도였다. 그때 같이 일하던 {{p:송경애}} 언니가 손가락에 동상을 입었다.
- {{p:소라}}: {{r:은미}} 씨 얘기 들으니 책이 다르게 읽힌다.

2. 기억과 증언
- {{r:혜란}}: 작가가 "작별하지 않는다"고 한 건, 잊지 않겠다는 뜻 같다.
- {{r:장은미}}: 나도 {{p:경애}} 언니랑 작별하지 않았다. 마지막에 {{p:송}} 반장(언니 오빠였음, {{p:송경철}})이 언니를 먼저 귀국시켰다. 인사도 못 했다.
- {{p:현아}}: {{r:은미}} 씨, 그 이야기 글로 써 보면 어때요?
- {{r:은미}}: 생각해 볼게요. 사장 이름이 {{p:Бат-Эрдэнэ}}였는데 우리는 "{{p:바트}} 사장"이라고 불렀다. 그 사람은 나쁘지 않았다.

3. 다음 책
- {{p:지수}} 제안: 탈북민 수기집. {{r:혜란}} 동의.
- 다음 모임 5월 11일, {{p:길소라}} 씨 집.

(기록 {{p:ㅍㅈㅅ}})
""",
    },
    {
        "id": "h45-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jo Song-hun", "조성훈", "witness", ["성훈"]),
        ],
        "note": "Korean phone-repair shop intake ticket; customer name, contact names found in the phone's address book listed by the technician (Russian and Chinese contacts, a site boss saved under a nickname), data-recovery consent, shop staff private, KakaoTalk and Samsung public.",
        "text": """[수리 접수증] 폰닥터 {{u:안산}}점
접수번호: 240311-027 / 접수일: 2024.03.11 / 담당 기사: {{p:육태경}}

고객명: {{r:조성훈}}
연락처: 010-xxxx-xxxx (보호자 연락처: {{p:허은지}} - 지원센터 담당자)
기종: {{u:삼성}} 갤럭시 A10 ({{u:러시아}} 판매 모델)
증상: 전원 안 켜짐, 침수 흔적

고객 요청: 데이터 복구(사진, 연락처). 특히 {{u:카카오톡}} 말고 {{u:러시아}} 메신저 연락처.

복구 결과 (고객 동의 하에 목록만 출력):
연락처 23건 중 주요:
- "반장 {{p:림}}" → 저장명. 고객 말로는 {{p:림명수}} 반장.
- "{{p:Саша}} прораб" → {{u:러시아}} 현장 작업반장 {{p:Александр}}
- "{{p:Валя}}" → 현장 식당 아주머니 {{p:Валентина}}
- "{{p:老金}}" → {{u:중국}} {{u:훈춘}}의 조선족 브로커 (고객 요청으로 삭제)
- "{{p:경\u200b철}}" → 같은 현장 동료 {{p:황경철}}
- "엄마" → {{u:북한}} 번호 아님, {{u:중국}} 번호 (고객이 설명 거부)
사진 412장 복구. 그중 현장 사진 60장.

기사 메모 ({{p:육태경}}):
- {{r:성훈}} 씨가 사진 보다가 울었음. {{p:경철}}이 형 사진이라고.
- "반장 {{p:림}}"이라는 연락처를 보고 표정이 굳음. 지우고 싶다고 함 → 삭제 처리.
- 수리비 지원센터 부담. 청구처 {{p:허은지}} 님.

고객 서명: {{r:조성훈}}  /  기사 서명: {{p:ㅇㅌㄱ}}
""",
    },
    {
        "id": "h45-ko-14",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Myong-su", "리명수", "witness", ["명수", "이명수"]),
            ("Yon Kyong-hui", "연경희", "other", []),
        ],
        "note": "Korean sermon transcript at a small church for North Korean defectors; the pastor narrates a member's Kuwait story with permission, biblical names left unmarked, 리/이 spellings, 동무 and 집사 titles outside, Kuwait public, Kim Il Sung public.",
        "text": """주일 설교 녹취 (2024년 2월 18일) - 새빛교회 / 설교: {{r:연경희}} 목사
본문: 룻기 1장 16절 / 녹취 정리: {{p:구하람}} 간사

... 오늘은 {{r:명수}} 형제의 허락을 받고 그 이야기를 조금 나누려고 합니다. {{r:리명수}} 집사님, 괜찮으시지요? (회중 웃음) 남쪽에서는 {{r:이명수}}라고 쓰시지만, 저는 늘 "{{r:리}} 집사님"이라고 부릅니다. 본인이 그게 좋다고 하셔서요.

{{r:명수}} 집사님은 2013년에 {{u:쿠웨이트}}에 가셨습니다. 모래바람 속에서 벽돌을 쌓으셨어요. 그곳에서 반장이었던 {{p:오철민}}이라는 사람이 있었는데, 매일 밤 {{u:김일성}} 회고록을 읽게 했답니다. 그런데 {{r:명수}} 집사님이 그 시절을 버틴 건 옆 침대의 {{p:하덕수}} 동무 덕분이었다고 합니다. {{p:덕수}} 동무는 밤마다 작은 목소리로 옛날 노래를 불러 주었대요.

어느 날 {{p:덕수}} 동무가 열사병으로 쓰러졌습니다. {{p:오}} 반장은 병원에 보내지 않았어요. 인도에서 온 동료 {{p:Joseph}}라는 청년이 물을 길어다 주고 얼음을 구해 왔답니다. {{r:명수}} 집사님은 그때 처음으로 "이웃"이라는 말을 생각했다고 합니다.

룻이 나오미에게 "어머니가 가시는 곳에 나도 가고"라고 했듯이, {{p:Joseph}}는 자기 나라 사람도 아닌 {{p:덕수}}를 끝까지 돌봤습니다.

(중략)

광고: 다음 주 점심 당번은 {{p:안미숙}} 권사님, {{p:노재현}} 집사님입니다. {{p:노}} 집사님 생신 축하드립니다. 수요 기도회는 {{p:구하람}} 간사가 인도합니다.

[정리자 메모: 설교 중 실명 언급은 {{r:리명수}} 집사 본인 동의함. {{p:하덕수}}, {{p:오철민}}은 공개본에서 가명 처리 필요. — {{p:하람}}]
""",
    },
    {
        "id": "h45-ko-15",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Choe Kum-chol", "최금철", "coworker", ["금철"]),
            ("Hyon Yong-bom", "현영범", "supervisor", []),
        ],
        "note": "Korean dormitory football fixture list from a Kuwait workers' camp (reconstructed by a witness); team names from brigades, player nicknames (labelled), referee a foreman with 지배인 title outside, Pakistani and Egyptian teams with their captains' names in Latin and Arabic script; Kuwait and Al-Jahra public.",
        "text": """숙소 축구 대회 대진표 (재구성: 증언자 K-22, 기록 {{p:성다은}})
장소: {{u:자흐라}} 노동자 숙소 뒤 공터, {{u:쿠웨이트}} / 2016년 라마단 후 금요일들
심판: {{r:현영범}} 지배인 (본인이 "공정하게" 본다고 했으나...)

[조 편성]
A조: 1작업반(주장 {{r:최금철}}) / 3작업반(주장 {{p:리경수}}) / {{u:파키스탄}} 팀(주장 {{p:Imran Qureshi}})
B조: 2작업반(주장 {{p:곽명진}}) / 4작업반(주장 {{p:안학철}}) / {{u:이집트}} 팀(주장 {{p:محمود سعيد}}, {{p:Mahmoud Saeed}})

[1주차]
1작업반 2 : 1 3작업반 — 득점 {{r:금철}}, "{{p:번개}}"({{p:백성호}}) / {{p:리경수}}
{{u:파키스탄}} 3 : 0 2작업반 — 득점 {{p:Imran}} 2, {{p:Bilal}}
[2주차]
4작업반 1 : 1 {{u:이집트}} — 득점 {{p:안학철}} / {{p:Mahmoud}}
1작업반 0 : 2 {{u:파키스탄}} — {{r:현}} 지배인이 {{r:금철}}이 골 취소 (오프사이드라고 함)
[3주차]
결승: {{u:파키스탄}} vs {{u:이집트}} → {{u:북한}} 팀 모두 탈락. 결승 당일 {{r:현영범}}이 {{u:북한}} 노동자 관람 금지.

증언자 메모:
- "{{p:번개}}"는 {{p:백성호}}의 별명. 진짜 빨랐다.
- {{r:최금철}}은 지금 {{u:남한}}에 있음. {{r:금철}}이한테 물어보면 점수 더 정확히 알 것.
- {{p:Imran}}이 우리한테 펩시를 사 줬는데 {{r:현}} 지배인이 빼앗았다.
- {{p:곽명진}}은 2017년 사고로 다리를 다쳐 귀국.
""",
    },
    {
        "id": "h45-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kang Chol-hun", "강철훈", "coworker", ["Chol-hun", "철훈"]),
        ],
        "note": "Trilingual union leaflet (Polish, English, Korean) handed out at a shipyard gate; union organisers private, a real union public (NSZZ Solidarność, ITUC), a North Korean worker mentioned by given name, Polish names with case endings, Gdańsk public.",
        "text": """ULOTKA / LEAFLET / 전단

🇵🇱 KOLEŻANKI I KOLEDZY!
Pracownicy z {{u:Korei Północnej}} pracują obok nas na pochylni nr 2. Pracują po 12 godzin, nie mają paszportów i nie dostają pensji do ręki. Pytaliśmy {{p:Marka Jabłońskiego}} z działu kadr - nie odpowiedział. Pytaliśmy brygadzistę {{p:Tadeusza}} - powiedział: "to nie nasza sprawa". TO JEST NASZA SPRAWA.
Kontakt: {{p:Agnieszka Kruk}}, komisja zakładowa {{u:NSZZ „Solidarność”}}, tel. xxx. Pytajcie o {{p:Agnieszkę}} albo o {{p:Pawła Sikorę}}.

🇬🇧 COLLEAGUES!
Workers from {{u:North Korea}} are working next to us on slipway 2. Twelve-hour shifts, no passports, no wages in hand. We asked {{p:Marek Jabłoński}} in HR - no answer. Our union is affiliated to the {{u:ITUC}}, and we will raise this with them. Contact {{p:Agnieszka Kruk}} or {{p:Paweł Sikora}}.

🇰🇵 동지 여러분께
우리는 {{u:그단스크}} 조선소 노동조합입니다. 여러분이 받아야 할 임금은 여러분의 것입니다. 여권은 여러분의 것입니다. 도움이 필요하면 {{p:아그니에슈카}}({{p:Agnieszka}})를 찾으세요. 한국어 통역: {{p:엄지혜}}.

(Annotation, NGO archive, 2022: leaflet donated by witness P-15. He says one leaflet was taken back to the hostel by {{r:Kang Chol-hun}}, who hid it in his boot. The group leader {{p:Kye Chang-nam}} found it and {{r:Chol-hun}} was sent home in a week. "{{r:철훈}}이는 글을 읽을 줄 알아서 당했다" - P-15. The interpreter named on the leaflet, {{p:Eom Ji-hye}}, confirmed to us in 2023 that nobody ever called her.)
""",
    },
    {
        "id": "h45-mixed-08",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Tak Yong-gil", "탁영길", "supervisor", ["ТАК ЁН ГИЛЬ", "Tak"]),
            ("Nam Chol-u", "남철우", "witness", ["НАМ ЧОЛЬ У", "철우"]),
        ],
        "note": "Dormitory key register from a Russian construction site (Russian original with Korean annotations); Korean names in Cyrillic transcription, Russian commandant with patronymic, a night watchman's nickname, Korean annotator, Khabarovsk public; CRLF.",
        "text": """ЖУРНАЛ ВЫДАЧИ КЛЮЧЕЙ / 열쇠 대장 (общежитие №2, стройплощадка, {{u:Хабаровск}})
Комендант: {{p:Лебедева Нина Павловна}} / 관리인: {{p:레베데바}}

Дата | Комната | Кому выдан | Время | Вернул | Подпись
12.01.2018 | 14 | {{r:ТАК ЁН ГИЛЬ}} (бригадир) | 06:10 | 22:40 | {{r:Так}}
12.01.2018 | 15 | {{r:НАМ ЧОЛЬ У}} | 06:15 | - | (нет)
12.01.2018 | 16 | {{p:ЧВЕ СОН ИЛЬ}} | 06:15 | 21:55 | {{p:Чве}}
13.01.2018 | 14 | {{r:ТАК ЁН ГИЛЬ}} | 06:05 | 23:10 | {{r:Так}}
13.01.2018 | 15 | {{r:ТАК ЁН ГИЛЬ}} (за {{r:Нама}}) | 06:05 | 23:10 | {{r:Так}}
13.01.2018 | склад | {{p:Михалыч}} (сторож) | 20:00 | 07:00 | {{p:М.}}

Примечание коменданта: Ключ от комнаты 15 не вернули 12.01. Бригадир {{r:Так}} сказал, что {{r:Нам}} болеет. Сторож {{p:Михалыч}} ({{p:Пётр Михайлович Гусев}}) видел {{r:Нама}} ночью у ворот.

[한국어 주석 - 증언자 {{r:남철우}}, 면담자 {{p:설하윤}}]
- 15호실 열쇠: "제가 그날 밤 나가려다가 {{p:미할르이치}} 할아버지한테 들켰어요. 그분이 {{r:탁}} 반장한테 말 안 했어요."
- {{r:탁영길}}이 다음 날 제 열쇠를 가져간 건 저를 방에 가두려고였어요.
- {{p:최성일}}({{p:ЧВЕ СОН ИЛЬ}})은 옆방 사람. {{p:성일}}이는 모르는 척해 줬어요.
- {{p:니나 파블로브나}}는 {{r:탁}} 반장한테 뇌물 받는다는 소문이 있었어요.
({{r:철우}} 씨 동의 하에 사본 보관. — {{p:하윤}})
""",
    },
    {
        "id": "h45-mixed-09",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Un-byol", "리은별", "witness", ["李银星", "은별"]),
            ("Kim Myong-ok", "김명옥", "coworker", ["金明玉", "명옥"]),
        ],
        "note": "Time-clock punch export (CSV) from a Chinese seafood plant with names in simplified Chinese and employee numbers, annotated in Korean; North Korean workers under Chinese readings of their names, Chinese line leaders with 组长 title, a Korean supervisor in Hanzi; Donggang public.",
        "text": """考勤记录导出 / 출퇴근 기록 (东港 水产加工厂, 2019年11月) - 증언자 제공 사진을 받아 적음
工号,姓名,部门,日期,上班,下班,备注
C0231,{{r:李银星}},剥虾二组,2019-11-04,05:58,21:47,
C0232,{{r:金明玉}},剥虾二组,2019-11-04,05:59,21:47,
C0233,{{p:朴顺姬}},剥虾二组,2019-11-04,06:01,21:48,迟到
C0234,{{p:崔\u200d香兰}},剥虾二组,2019-11-04,05:57,23:30,加班
C0231,{{r:李银星}},剥虾二组,2019-11-05,05:56,23:31,加班
C0232,{{r:金明玉}},剥虾二组,2019-11-05,-,-,病假
C0101,{{p:赵丽}},剥虾二组(组长),2019-11-05,07:30,17:30,
C0009,{{p:黄光日}},朝方管理,2019-11-05,-,-,不打卡

한국어 주석 (면담자 {{p:제갈윤}}, 증언자 {{r:리은별}}):
- {{r:李银星}} = 저({{r:리은별}}). {{u:중국}} 사람들은 "{{r:小李}}"라고 불렀어요.
- {{r:金明玉}} = {{r:김명옥}}. 11월 5일 "病假"(병가)라고 돼 있는데 사실은 {{p:황광일}}이 벌로 방에 가뒀어요. {{r:명옥}}이가 밥을 남겼다고.
- {{p:朴顺姬}} = {{p:박순희}}, {{p:崔香兰}} = {{p:최향란}}. 같은 방.
- {{p:赵丽}} 조장({{p:赵组长}})은 {{u:중국}} 사람, 우리한테 잘해줬어요. 출근 기록 고쳐준 적도 있어요.
- {{p:黄光日}} = {{p:황광일}}. {{u:북한}} 관리자. 카드 안 찍음. "朝方管理"는 "조선 쪽 관리"라는 뜻.
- 퇴근 21:47은 기계가 찍은 시간이고, 실제로는 기숙사에서 포장을 더 했어요.
""",
    },
    {
        "id": "h45-mixed-10",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Sin Hye-ok", "신혜옥", "witness", ["혜옥", "申惠玉"]),
        ],
        "note": "Quality-control batch sign-off sheet from a Chinese seafood plant (Chinese form with English buyer fields and Korean annotations); inspectors and line workers in Hanzi, a Korean worker's stamp, a foreign buyer's auditor private, a real certification body public (BRCGS), Dalian public.",
        "text": """批次放行记录 / BATCH RELEASE SHEET - 冷冻去皮虾仁 (frozen peeled shrimp)
工厂: {{u:大连}} 某水产公司 / Buyer audit: yes
批号 Lot: DL-1907-118 / 生产日期: 2019-07-18

检验项目 | 结果 | 检验员 | 签字
外观 Appearance | 合格 OK | {{p:刘晓燕}} | {{p:刘}}
重量 Net weight | 合格 OK | {{p:刘晓燕}} | {{p:刘}}
金属探测 Metal detection | 合格 OK | {{p:王建}} | {{p:王}}
温度 Core temp -18°C | 合格 OK | {{p:王建}} | {{p:王}}
包装 Packing (line 3) | 合格 OK | 包装组: {{r:申惠玉}}, {{p:金顺女}}, {{p:李英爱}} | (朝鲜工人章)

QA manager approval: {{p:孙海涛}} ({{p:Sun Haitao}}) / Buyer auditor: {{p:Jennifer Walsh}} (for a UK importer) / Scheme: {{u:BRCGS}}
Auditor comment: "Line 3 staff could not be interviewed - supervisor said they do not speak Chinese. Follow up." - {{p:J.W.}}

[한국어 주석 - 증언자 {{r:신혜옥}}, 면담 {{p:옥다솜}}]
- {{r:申惠玉}}이 저예요. 3번 라인 포장.
- {{p:金顺女}}는 {{p:김순녀}}, {{p:李英爱}}는 {{p:리영애}}. 우리 셋 다 {{u:북한}} 사람.
- {{u:영국}} 검사원 {{p:Jennifer}}가 왔던 날, 우리 관리자 {{p:변학수}}가 "중국말 모르는 척해라" 했어요. 사실 {{p:순녀}}는 중국말 잘했어요.
- "朝鲜工人章"은 도장 하나로 셋을 다 찍었다는 뜻. {{p:변학수}}가 찍었어요.
- {{p:孙}} 과장({{p:孙海涛}})은 우리가 {{u:북한}} 사람인 걸 알았어요.
""",
    },
    {
        "id": "h45-mixed-11",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Kye Sun-hui", "계순희", "witness", ["순희", "桂顺姬"]),
            (
                "Ryang Kwang-ho",
                "량광호",
                "supervisor",
                ["梁光浩", "Yang Kwang-ho", "Liang Guanghao", "양광호"],
            ),
        ],
        "note": "Fire-drill report of a Chinese garment factory dormitory (Chinese form, English summary, Korean annotation); headcount of North Korean workers by floor, Chinese safety officer and fire brigade officer private, Korean names in Hanzi and Hangul, 량/양 spellings, Hunchun public; mixed EOL.",
        "text": """宿舍消防演练记录 / DORMITORY FIRE DRILL REPORT
地点: {{u:珲春}} 服装厂 3号宿舍楼 / Date: 2019-03-15 21:00
组织: 安全员 {{p:高志强}} / 消防大队联络: {{p:杜警官}}

楼层 | 负责人 | 应到 | 实到 | 用时
1F | {{p:高志强}} | 40 | 40 | 2'10"
2F (朝鲜工人) | {{r:梁光浩}} | 60 | 58 | 4'45"
3F (朝鲜工人) | {{r:梁光浩}} | 60 | 60 | 5'20"

Summary (English, for the buyer's social audit file, by {{p:Kelly Zhang}}): Evacuation of floors 2-3 was slow because the stairwell door was locked from outside; key held by the North Korean supervisor, {{r:Liang Guanghao}} (Korean: {{r:Ryang Kwang-ho}}). Two workers on 2F ({{r:桂顺姬}} and {{p:吴英玉}}) were found in a locked room. Recommendation: keys to be held by {{p:Gao}}, not by {{r:Liang}}.

[한국어 주석 - 증언자 {{r:계순희}}, 면담 {{p:허슬기}}]
- {{r:桂顺姬}}가 저예요. 2층 잠긴 방에 있던 두 사람 중 하나. 다른 사람은 {{p:오영옥}}({{p:吴英玉}}).
- {{r:량광호}} 지배인이 우리를 벌로 가둬 놓고 열쇠를 가지고 나갔어요. 소방 훈련인 줄도 몰랐대요.
- 남쪽 서류에 {{r:양광호}}로 나오면 같은 사람이에요.
- {{u:중국}} 안전원 {{p:高}} 씨가 문을 부수려고 했어요. {{p:杜警官}}도 화를 냈어요.
- 그 뒤로 {{r:순희}}랑 {{p:영옥}}이는 "불난 방 애들"이라고 불렸어요.
""",
    },
    {
        "id": "h45-mixed-12",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pak Chol-jin", "박철진", "witness", ["Пак Чоль Чжин", "철진"]),
            ("Choe Un-sik", "최운식", "supervisor", ["Чве Ун Сик"]),
        ],
        "note": "Translated Russian resignation letter (заявление) with the Korean translation and an NGO note; Russian addressee director with initials, Korean names in Cyrillic with case endings, a Russian HR officer, Primorsky Krai and Ussuriysk public.",
        "text": """[Оригинал / 원문]
Генеральному директору ООО «ДальСтройМонтаж»
{{p:Кузнецову И. В.}}
от монтажника {{r:Пак Чоль Чжина}}

ЗАЯВЛЕНИЕ
Прошу уволить меня по собственному желанию с 30.09.2018 в связи с возвращением на родину.
Претензий к организации не имею.
Руководитель группы: {{r:Чве Ун Сик}} (согласовано)
Подпись: {{r:Пак}} / Дата: 25.09.2018
Принято отделом кадров: {{p:Морозова Е. А.}}

[한국어 번역 / 번역: {{p:안나 김}} ({{p:Anna Kim}}), 고려인 번역가]
"달스트로이몬타시" 유한회사 사장 {{p:쿠즈네초프 I. V.}} 귀하
설치공 {{r:박철진}} 올림
사직서
본국 귀환을 이유로 2018년 9월 30일 자로 본인 희망에 따라 퇴직을 요청합니다.
회사에 대한 청구는 없습니다.
그룹 책임자: {{r:최운식}} (승인)
서명: {{r:박}} / 날짜: 2018.9.25
인사과 접수: {{p:모로조바 E. A.}}

[NGO 메모 - {{p:정하린}}]
{{r:철진}} 씨는 이 사직서를 자기가 쓴 적이 없다고 함. {{r:최운식}}이 러시아어로 미리 써 온 것에 서명만 하라고 했음. "претензий не имею"(청구 없음)라는 문장 때문에 미지급 임금을 청구할 수 없게 됨. 같은 날 {{p:Ким Сон Гук}}({{p:김성국}}), {{p:Ли Мён Хо}}({{p:리명호}})도 같은 서류에 서명. 회사는 {{u:연해주}} {{u:우수리스크}} 소재. {{u:러시아}} 변호사 {{p:Sergey Orlov}} 검토 예정.
""",
    },
    {
        "id": "h45-mixed-13",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jang Tok-su", "장덕수", "coworker", ["Tok-su", "덕수"]),
            ("Hwang Chol-ung", "황철웅", "supervisor", ["Hwang"]),
        ],
        "note": "Galley provisioning order of a fishing vessel (English form, Chinese chandler, Korean cook's notes); cook and crew leader in Korean and romanized, chandler's staff in Hanzi, 'Do' and 'So' as words, item list with a dish named after a person ('Tok-su's soup'), Montevideo public.",
        "text": """PROVISIONS ORDER / 伙食订单 - FV (name withheld), call at {{u:Montevideo}}
Order by: Cook {{r:JANG TOK SU}} / Approved: crew leader {{r:HWANG CHOL UNG}} / Master: {{p:赵永生}} ({{p:Zhao Yongsheng}})
Chandler: Puerto Provisiones S.A. - contact {{p:陈美玲}} ({{p:Meiling Chen}}), {{p:Diego Fernández}}

Item | Qty | Unit | For | Note
Rice (Chinese) | 400 | kg | all crew |
Kimchi cabbage | 60 | kg | Korean crew | cook {{r:Jang}}
Red pepper powder | 10 | kg | Korean crew |
Pork bones | 30 | kg | "{{r:덕수}} 국" / {{r:Tok-su}}'s soup | popular with all
Soju | 0 | btl | - | struck out by {{r:Hwang}}
Cigarettes (Zhonghua) | 20 | ctn | officers | {{p:Zhao}}
Instant noodles | 30 | box | all crew |
Painkillers | 5 | box | crew | requested by {{p:Ri Pyong-chol}}, refused

Cook's notes (Korean, translated):
"{{r:황}} 책임자가 술을 지웠다. {{p:赵}} 선장은 자기 담배만 시켰다. {{p:리평철}} 동무 진통제는 안 된다고 함. 허리가 다 나갔는데. {{p:Diego}} 아저씨가 몰래 진통제 한 통을 쌀 포대에 넣어 주었다."

NGO note ({{p:Yang Ha-neul}}, interview F-31 with {{r:Jang Tok-su}}): the order sheet was photographed by {{r:Tok-su}}. {{p:Ri Pyong-chol}} later returned to {{u:Nampo}}. {{r:Hwang Chol-ung}} "checked every item so that nothing for us was bought". So what {{r:Tok-su}} calls his "smuggled" painkillers came from {{p:Diego}}.
""",
    },
    {
        "id": "h45-en-23",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Paek Song-jin", "백성진", "witness", ["Song-jin", "Baek Seong-jin", "Paek"]),
            ("Ri Hak-chol", "리학철", "supervisor", ["Lee Hak-cheol", "Hak-chol", "Stick"]),
            ("Jo Un-gyong", "조은경", "relative", ["Un-gyong"]),
            ("Ku Chang-min", "구창민", "coworker", ["Chang-min", "Koo Chang-min"]),
            ("Anatoly Zhukov", "아나톨리 주코프", "other", ["Tolik", "Анатолий Жуков"]),
        ],
        "note": "Long third-person interview summary covering logging near Tynda and construction in Novosibirsk; many variants per person (Paek/Baek, Ri/Lee, Ku/Koo), a supervisor nickname used as an ordinary word too ('stick'), a Russian foreman registered with Cyrillic alias and diminutive, bare surnames, a wife's account inside, Kim Jong Un and Kim Yo Jong public, Russian places public.",
        "text": """INTERVIEW SUMMARY - CASE RU-2024-22 (three sessions)
Interviewers: {{p:Yoon Chae-won}} (lead), {{p:Marcus Feld}} (second). Interpreter for session 3: {{p:Irina Kim}}.
Dates: 6, 13 and 27 February 2024. Typed by {{p:Chae-won}} from notes and audio.

1. The witness
{{r:Paek Song-jin}} was born in 1976 in {{u:Kimchaek}}. He now uses {{r:Baek Seong-jin}} in {{u:South Korea}}; in this summary he is {{r:Paek}}, as he asked. He was a truck driver for a forestry enterprise before being chosen for work in {{u:Russia}} in 2008. He went twice: 2008-2012 to a logging camp near {{u:Tynda}} ({{u:Amur Oblast}}), and 2014-2018 to building sites in {{u:Novosibirsk}}.

2. Selection and departure
{{r:Song-jin}} says the selection took eight months. The local Party committee checked his family back three generations. His wife, {{r:Jo Un-gyong}}, had to sign a paper promising that she would "guard the home front". They left from {{u:Pyongyang}} by train through {{u:Khasan}} with about 120 men. The group was met at {{u:Tynda}} station by the camp's North Korean manager, {{r:Ri Hak-chol}}, whom everyone later called "the {{r:Stick}}" because he carried a stick of birch wood and used it. ({{r:Paek}} laughed: "He was also thin like a stick.")

3. Logging camp (2008-2012)
The camp was three hours by truck from {{u:Tynda}}. About 300 Koreans lived in wooden barracks. Work ran from dark to dark. The men were divided into brigades of 20-30; {{r:Paek}}'s brigade leader was {{p:Ma Chol-ho}}, a quiet man who "took the beatings for us". {{r:Ri Hak-chol}} decided the quotas, and each brigade had to deliver a set number of cubic metres per month. A brigade that missed the plan lost its Sunday rest. {{r:Song-jin}} drove a skidder because of his truck licence.

The Russian side was represented by the forestry company's foreman, {{r:Anatoly Zhukov}} ({{r:Анатолий Жуков}}), called "{{r:Tolik}}" by the Russians and "{{r:Tolya}}" by some of the Koreans. {{r:Zhukov}} counted the logs at the landing. {{r:Paek}} says {{r:Tolik}} twice told {{r:Ri}} that the Koreans were "working like slaves" and that he would report it; nothing happened. Once {{r:Zhukov}} secretly gave {{r:Song-jin}} a bottle of vodka and a pack of tea for the brigade. {{r:Paek}} believes {{r:Ri}} paid {{r:Zhukov}} to write higher volumes than were actually cut, because the extra was sold privately. {{r:Hak-chol}} kept the difference with the company's chief accountant, a man from {{u:Pyongyang}} called {{p:Kang Ik-su}}.

His closest friend in the camp was {{r:Ku Chang-min}}, a chainsaw operator from {{u:Hamhung}}. {{r:Chang-min}} was "the funniest man in the forest". In winter 2010, at minus 40, a falling larch hit {{r:Ku}} on the shoulder. {{r:Ri}} did not allow him to be taken to {{u:Tynda}}; the camp medic, Comrade {{p:Yon}}, set the bone with a board. {{r:Ku}} worked one-armed for three months. {{r:Paek}} did part of his quota. "{{r:Chang-min}} said if he went home injured his family would lose everything. So he stayed."

There were deaths. {{r:Paek}} remembers two: a young man, {{p:Sin Myong-guk}}, who was crushed under a skidder in 2009, and an older man known only as "Grandpa {{p:Ham}}", who died of pneumonia in 2011. In both cases {{r:Ri Hak-chol}} told the brigade to say nothing to the Russians. {{p:Sin}}'s body was sent home in a sealed box. {{r:Song-jin}} wrote {{p:Sin Myong-guk}}'s name in the back of his notebook, which he still has.

Wages: {{r:Paek}} says the Russian company paid per cubic metre to the North Korean enterprise. The workers were told their share after "plan payments" and deductions for food, clothing, the "loyalty fund" and "donations for the construction of {{u:Pyongyang}}". In four years he took home about 1,800 dollars. {{r:Ri}} said the rest had gone to the state. On the birthday of the leader the men received a bag of sweets each; {{r:Paek}} remembers {{r:Ri}} reading a letter attributed to {{u:Kim Jong Il}}.

4. Between the two postings
Home in {{u:Kimchaek}}, {{r:Song-jin}} found {{r:Un-gyong}} ill. She had sold furniture to pay "contributions" demanded by the neighbourhood unit while he was away. He says this is the main reason he agreed to go abroad again.

5. {{u:Novosibirsk}} (2014-2018)
The second posting was construction: apartment blocks on the edge of {{u:Novosibirsk}}, under a North Korean company whose local head was {{p:Kye Sang-ho}}. {{r:Song-jin}} was surprised to meet {{r:Ri Hak-chol}} again, now as deputy head. "The {{r:Stick}} had become fat," he said. ({{p:Marcus}} asked whether the stick was the same; {{r:Paek}} said "a new stick, a walking stick".) {{r:Lee Hak-cheol}} is how the name appeared on the Russian work permit list the witness saw, in Latin letters.

Here the Russian contractor's site manager was a woman, {{p:Svetlana Borisovna}}, who insisted on safety harnesses; {{r:Ri}} resented her. Among Kyrgyz and Uzbek workers on the site, {{r:Paek}} befriended a crane operator, {{p:Bakhtiyor}}, who let him charge a hidden phone. With that phone he watched South Korean news and learned that {{u:Kim Yo Jong}} was now a public figure; he says men in the dormitory argued about her.

In 2017 {{r:Ku Chang-min}} arrived in {{u:Novosibirsk}} with a new group. The two men recognised each other at once. {{r:Ku}}'s shoulder had never healed properly. {{r:Koo Chang-min}} - the spelling on his South Korean ID, which {{r:Paek}} showed us from a photo on his phone - reached the South in 2020, before {{r:Paek}}.

6. Escape and since
{{r:Paek}} returned home in 2018 and left the North in 2021 via {{u:China}} and {{u:Laos}}. {{r:Jo Un-gyong}} stayed. He has heard through a broker that she is alive. He asks that her name not be published. He is in contact with {{r:Chang-min}}, who lives in {{u:Gwangju}}.

7. Session 3 (with interpreter {{p:Irina}})
We went through a Russian document {{r:Paek}} kept: a payment slip signed "{{r:А. Жуков}}" and counter-signed "{{r:Ри Хак Чоль}}". {{p:Irina}} confirms the Cyrillic spelling of the Korean name is standard for {{r:Ri Hak-chol}}.

8. Credibility notes
- Strong detail; consistent across sessions; dates match other RU-Amur testimonies.
- "The {{r:Stick}}" is also named in testimony RU-2019-07 (by {{p:Han Chol}}), which supports identity.
- {{r:Paek}} was reluctant to talk about {{p:Kang Ik-su}} ("still dangerous"). Don't push.
- Follow up on {{r:Zhukov}}: is he findable? {{p:Marcus}} to try through a Russian journalist contact, {{p:Yelena}} (no surname in our notes; keep it that way).

9. Use
Internal and for the annual report, with pseudonym. {{r:Song-jin}} agrees that quotes about the {{r:Stick}} may be used, without {{r:Ri}}'s real name.
""",
    },
    {
        "id": "h45-ko-16",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ho Ryon-hui", "허련희", "witness", ["련희", "허연희"]),
            ("Kang Man-bok", "강만복", "supervisor", ["만복", "곰"]),
            ("Ryu Sol-ok", "류설옥", "coworker", ["설옥", "유설옥"]),
            ("Ho Chol-nam", "허철남", "relative", ["철남"]),
        ],
        "note": "Long Korean Q/A transcript (two interviewers and a witness, speaker labels by surname), garment and wig factories in Dandong and Yanji; 련/연 and 류/유 spellings, 지배인·동무·반장·선생님 outside the marker, a nickname ('곰') beside the ordinary word, Chinese managers as 老板 (unmarked) and 小崔/崔总 (marked), a brother in the North, Kim Jong Un public; CRLF.",
        "text": """녹취록 - 증언자 CN-58 / 1차 면담
일시: 2024년 3월 14일 14:00~16:40 / 장소: 사무실 2층 면담실
질문: {{p:엄서진}}(엄), {{p:하도윤}}(하) / 답변: {{r:허련희}}(허) / 기록: {{p:하도윤}}

{{p:엄}}: 편하게 말씀하세요. 중간에 쉬고 싶으면 언제든 말씀하시고요.
{{r:허}}: 네. 괜찮아요.
{{p:엄}}: 먼저 이름과 출신지를 말씀해 주세요.
{{r:허}}: {{r:허련희}}예요. 여기 와서는 {{r:허연희}}로 등록했어요. {{u:양강도}} {{u:혜산}}에서 왔어요. 1990년생이에요.
{{p:하}}: {{u:중국}}에는 언제 가셨어요?
{{r:허}}: 2016년 가을이에요. {{u:신의주}}에서 버스로 다리 건너서 {{u:단둥}}으로 갔어요. 봉제공장이었어요.
{{p:엄}}: 같이 간 사람들은 몇 명이었어요?
{{r:허}}: 우리 공장에 백오십 명쯤. 다 여자였어요. 인솔한 사람은 {{r:강만복}} 지배인이었고요.
{{p:엄}}: {{r:강만복}} 지배인은 어떤 사람이었어요?
{{r:허}}: 덩치가 커서 우리끼리는 "{{r:곰}}"이라고 불렀어요. 앞에서는 "{{r:강}} 지배인 동지"라고 하고요. 곰처럼 느릿느릿한데 화나면 무서웠어요.
{{p:하}}: 그 별명을 {{r:강만복}} 씨도 알았나요?
{{r:허}}: 몰랐을 거예요. 알았으면 큰일 났죠. (웃음)
{{p:엄}}: 공장 생활을 말씀해 주세요.
{{r:허}}: 아침 여섯 시 반에 일어나서 일곱 시부터 일했어요. 점심 삼십 분, 저녁 삼십 분. 밤 열 시, 열한 시까지. 주문 많을 때는 새벽 두 시까지. 한 달에 하루 쉬었어요.
{{p:하}}: 중국인 관리자는 있었어요?
{{r:허}}: 사장은 그냥 老板이라고 불렀고, 생산 담당이 {{p:小崔}}였어요. 조선족 청년이라 우리말을 했어요. 나중에 높아져서 다들 {{p:崔总}}이라고 불렀어요. 같은 사람이에요. 본명은 {{p:崔永男}}.
{{p:엄}}: {{p:小崔}}는 어땠어요?
{{r:허}}: 괜찮은 사람이었어요. 그런데 {{r:만복}}이 지배인이랑 술을 자주 먹었어요. 둘이 짜고 우리 야근 수당을 나눠 가졌다는 말이 있었어요.
{{p:하}}: 같은 방 쓰던 분 중에 기억나는 분 있으세요?
{{r:허}}: {{r:류설옥}}이요. 제일 친했어요. {{r:설옥}}이는 {{u:함흥}} 출신인데 손재주가 좋아서 재봉틀 고장 나면 다 고쳤어요. 그리고 {{p:김향심}}, {{p:오경란}}, {{p:리봄순}}. 여섯 명이 한 방이었어요.
{{p:엄}}: {{r:류설옥}} 씨 이야기를 조금 더 해주시겠어요?
{{r:허}}: {{r:설옥}}이는 노래를 잘했어요. 생활총화 끝나면 우리끼리 몰래 {{u:남한}} 노래도 불렀어요. 한 번은 {{p:리봄순}}이가 그걸 보고했어요. {{r:강}} 지배인이 {{r:설옥}}이를 불러서 뺨을 때렸어요. 그 다음 주에 {{r:설옥}}이는 {{u:연길}}에 있는 가발 공장으로 옮겨졌어요.
{{p:하}}: 그 뒤에 만나셨어요?
{{r:허}}: 2019년에 저도 {{u:연길}}로 옮겨졌어요. 가발 공장이요. 거기서 {{r:설옥}}이를 다시 만났어요. 울었어요, 둘이.
{{p:엄}}: 가발 공장은 어땠어요?
{{r:허}}: 더 힘들었어요. 머리카락을 한 올 한 올 심는 일이에요. 눈이 나빠졌어요. 거기 반장은 {{p:계순덕}}이었는데 {{p:계}} 반장은 그래도 사람이었어요. 아플 때 쉬게 해줬어요.
{{p:하}}: 월급은요?
{{r:허}}: {{u:중국}} 회사가 회사 대표한테 한 사람당 한 달 2,500위안쯤 준다고 들었어요. 우리가 받은 건 장부에 적힌 숫자뿐이에요. 귀국할 때 준다고 했어요. {{r:강만복}}이 "{{u:김정은}} 원수님께 충성의 자금을 바치는 영광"이라고 했어요.
{{p:엄}}: 가족 이야기를 해도 될까요?
{{r:허}}: 오빠가 있어요. {{r:허철남}}. {{u:혜산}}에 있어요. {{r:철남}} 오빠가 제가 떠날 때 역까지 나왔어요. 그게 마지막이에요.
{{p:하}}: 오빠 이름은 공개 자료에서 빼는 게 좋겠지요?
{{r:허}}: 네, 꼭 빼주세요. 오빠가 다쳐요.
{{p:엄}}: 탈출 과정은 2차 면담에서 여쭤볼게요. 오늘 마지막으로, 꼭 기록해 두고 싶은 이름이 있나요?
{{r:허}}: {{r:설옥}}이요. {{r:류설옥}}. {{u:남한}}에서는 {{r:유설옥}}이라고 쓸지도 몰라요. 혹시 여기 오면 {{r:련희}}가 찾는다고 해주세요.
{{p:하}}: 하나만 더 여쭤볼게요. {{u:연길}} 공장의 중국 관리자는 누구였어요?
{{r:허}}: {{p:王}} 사장이요. {{p:王老板}}이라고 불렀는데 얼굴은 거의 못 봤어요. 사무실에는 {{p:李会计}}라는 회계 아주머니가 있었고요. 우리 쪽 책임자는 여전히 {{r:강만복}}이었어요. {{r:강}} 지배인이 {{u:단둥}}이랑 {{u:연길}}을 오가면서 두 공장을 다 봤어요.
{{p:하}}: 거기서도 {{r:설옥}} 씨랑 같은 방이었어요?
{{r:허}}: 아니요. {{r:설옥}}이는 2층, 저는 3층. 그런데 밥 먹을 때 만났어요. {{r:설옥}}이가 "{{r:련희}}야, 우리 꼭 같이 나가자" 그랬어요. 2020년에 코로나 때문에 국경이 닫혀서 귀국도 못 하고, 공장에 갇혀 살았어요. 그때 {{p:김향심}} 언니가 아파서 죽을 뻔했어요. {{r:만복}}이 병원 못 가게 해서 {{p:계순덕}} 반장이 몰래 약을 사다 줬어요.
{{p:엄}}: {{p:계순덕}} 씨는 북한 사람이었어요?
{{r:허}}: 네, 우리 쪽 사람인데 {{r:강만복}}하고 사이가 안 좋았어요. 나중에 {{p:계}} 반장도 귀국 조치됐다고 들었어요.
{{p:엄}}: 기록하겠습니다. 고생 많으셨어요, {{r:련희}} 씨.

[기록자 메모 - {{p:하도윤}}]
- "{{r:곰}}" = {{r:강만복}}. 본문에서 곰(동물)이 나오는 부분과 구분할 것.
- {{p:崔总}} = {{p:小崔}} = {{p:崔永男}}: 동일인.
- {{p:리봄순}}에 대해서는 증언자가 원망하지 않는다고 함("그 애도 살려고 그랬지").
- 2차 면담: 3월 21일, {{p:엄서진}} 선생님 진행.
""",
    },
    {
        "id": "h45-mixed-14",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Yun Chol-bom", "윤철범", "witness", ["철범", "Chol-bom", "Yoon Cheol-beom"]),
            ("Mun Yong-hwa", "문영화", "witness", ["영화", "Yong-hwa", "Moon Young-hwa"]),
            ("Tae Song-guk", "태성국", "supervisor", ["Tae"]),
            ("Oyunchimeg Dorj", "어윤치멕 도르지", "other", ["Oyuna", "Оюунчимэг"]),
        ],
        "note": "Long mixed Korean/English case conference minutes on two witnesses from a Mongolian construction site and a Kuwaiti site; surname Mun/Moon beside the word moon and 영화 (film) beside the given name, surname Tae beside 태 (in 태도), a Mongolian partner registered with a Cyrillic alias and a short form, Mongolian place and ministry names public, Kim Jong Un public.",
        "text": """CASE CONFERENCE MINUTES / 사례회의록
Cases: MN-2024-03 ({{r:윤철범}}), MN-2024-04 ({{r:문영화}})
Date: 2024-04-23, 10:00-12:10 | Place: 회의실 A + {{u:Zoom}}
Present: {{p:Seo Yeon-woo}} (chair), {{p:Gil Ha-rim}} (casework), {{p:Andreas Müller}} (research), {{p:노하은}} (counselling), {{r:Oyunchimeg Dorj}} (partner, {{u:Ulaanbaatar}}, via {{u:Zoom}})
Minutes: {{p:Gil Ha-rim}}

1. Background / 배경
- Both men worked 2015-2019 on apartment construction in {{u:Ulaanbaatar}}'s {{u:Bayanzürkh}} district under the same North Korean company. Site head: {{r:태성국}} ({{r:Tae Song-guk}}).
- {{r:Chol-bom}} then went to {{u:Kuwait}} (2019-2020) and was stuck there during COVID; {{r:Yong-hwa}} returned home in 2019.
- Both now in {{u:Seoul}}. {{r:Yun Chol-bom}} = {{r:Yoon Cheol-beom}} on {{u:ROK}} ID; {{r:Mun Yong-hwa}} = {{r:Moon Young-hwa}}.

2. {{u:Mongolia}} evidence / {{u:몽골}} 자료 ({{r:Oyuna}})
- {{r:Oyuna}} obtained a copy of the 2017 labour permit list from a former official ("not for citation"). Both names appear: "{{r:ЮН ЧОЛ БОМ}}", "{{r:МУН ЁН ХВА}}". Site head listed as "{{r:ТХЭ СОН ГУК}}".
- The Mongolian contractor's foreman, {{p:Ganbold}} ({{p:Ганболд}}), remembers the Koreans as "very quiet, very thin". {{p:Ganbold}} is willing to talk to us, anonymously.
- {{r:Oyunchimeg}} notes the permits were issued through the {{u:Ministry of Labour and Social Protection}} of {{u:Mongolia}}; no irregularity on paper.

3. {{r:윤철범}} 증언 요점 ({{p:Gil Ha-rim}})
- {{r:철범}} 씨: "{{r:태}} 소장 태도가 제일 무서웠다. 말 한마디 안 하고 쳐다보기만 했다."
- 동료 {{p:리광수}}, {{p:장명일}}과 같은 숙소. {{p:장명일}}은 2018년 겨울 비계에서 떨어져 다리 골절. {{r:태성국}}이 병원 대신 숙소에 눕혀 둠. {{r:Oyuna}} says there is a record at a district hospital of a "Korean worker, leg fracture, discharged against advice" in Jan 2018 - possibly {{p:Jang}}.
- In {{u:Kuwait}}: new supervisor {{p:홍재민}}; Egyptian site engineer {{p:Karim Mansour}} helped {{r:Chol-bom}} call home? (He denies calling home; says {{p:Karim}} only lent a charger.)

4. {{r:문영화}} 증언 요점 ({{p:노하은}})
- {{r:영화}} 씨는 이름 때문에 놀림을 많이 받았다고 함 ("영화배우 {{r:문영화}}"). {{u:남한}}에서 "영화 좋아하세요?" 질문 받으면 웃는다고.
- Night shifts under the moon: "The moon in {{u:Mongolia}} is very big." {{r:Moon}} laughed when {{p:Andreas}} said "that's your name".
- {{r:문영화}} 씨는 {{r:태성국}}이 2018년 신년에 {{u:김정은}} 신년사 학습회를 3시간 동안 했다고 진술.
- Family: wife {{p:Kye Ok-sil}} and daughter in {{u:Nampo}}; do not record further.

5. Discussion / 논의
- {{p:Andreas}}: two witnesses + permit list + {{p:Ganbold}} = good corroboration for a short report chapter on {{u:Mongolia}}.
- {{p:Seo Yeon-woo}}: we must not expose {{r:Oyuna}}'s source. Agreed by all.
- {{p:노하은}}: {{r:Chol-bom}} shows trauma signs when {{r:Tae}} is mentioned. Interviewers should avoid repeating the name; use "the site head".
- {{r:Oyunchimeg}}: the Mongolian NGO {{u:Mongolian Women's Fund}} ({{u:MONES}}) may want to co-publish; she'll ask.

6. Actions
- {{p:Ha-rim}}: draft chapter outline by 10 May.
- {{r:Oyuna}}: contact {{p:Ganbold}} again; ask about {{p:Jang Myong-il}}'s hospital stay.
- {{p:Andreas}}: compare permit list names with our database (check spellings {{r:Yun}}/{{r:Yoon}}, {{r:Mun}}/{{r:Moon}}).
- {{p:하은}}: counselling follow-up for both.

Annex A - extract of the 2017 permit list as transcribed by {{r:Oyuna}} (Cyrillic as in the source; Korean and ROK spelling added by {{p:Andreas}})
No | Cyrillic | Korean | Notes
07 | {{r:ТХЭ СОН ГУК}} | {{r:태성국}} | site head
12 | {{r:ЮН ЧОЛ БОМ}} | {{r:윤철범}} | = MN-2024-03
13 | {{p:ЛИ ГВАН СУ}} | {{p:리광수}} | roommate of {{r:Yun}}
14 | {{p:ЧАН МЁН ИЛЬ}} | {{p:장명일}} | injured Jan 2018
19 | {{r:МУН ЁН ХВА}} | {{r:문영화}} | = MN-2024-04
22 | {{p:КЕ ЧХОЛЬ}} | {{p:계철}} | cook; {{r:Yong-hwa}} says "{{p:Kye}} fed us when {{r:Tae}} was away"
31 | {{p:О СОН МИН}} | {{p:오성민}} | {{r:Chol-bom}}: "{{p:O}} was the youngest, 19"
Note: {{r:Oyunchimeg}} says Mongolian officials often wrote "Ли" for both 리 and 이, so {{p:Li Gwan-su}} may appear elsewhere as {{p:Ri Kwang-su}}.

Next meeting: 2024-05-21. (minutes {{p:G.H.R.}})
""",
    },
    {
        "id": "h45-en-24",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Chon Myong-ok", "천명옥", "witness", ["Myong-ok", "CHON MYONG OK", "千明玉"]),
            ("Ri Song-ae", "리성애", "supervisor", ["RI SONG AE", "李成爱", "리성애"]),
            ("Zhou Wenjie", "저우원제", "other", ["周文杰"]),
        ],
        "note": "Social compliance audit report extract for a buyer, Chinese seafood plant in Donggang; auditors and plant staff private, North Korean workers listed in a sample table in pinyin/Hanzi/Korean, a registered HR manager in Hanzi and English, amfori BSCI and the buyer's retailer public; CRLF.",
        "text": """SOCIAL COMPLIANCE AUDIT - FULL REPORT (EXTRACT)
Standard: {{u:amfori BSCI}} | Audit type: semi-announced | Dates: 19-20 June 2019
Site: seafood processing plant, {{u:Donggang}}, {{u:Liaoning}} | Lead auditor: {{p:Wendy Liu}} | Co-auditor: {{p:Peter Sørensen}}
Plant contacts: {{r:Zhou Wenjie}} ({{r:周文杰}}), HR manager; {{p:Yu Haibo}} ({{p:于海波}}), production manager

1. Workforce profile
Total 612 workers: 401 local, 167 "foreign trainees" (declared nationality: {{u:DPRK}}), 44 seasonal. Mr {{r:Zhou}} stated that foreign trainees are "managed by their own team leader". The team leader was introduced as {{r:RI SONG AE}} (Chinese reading {{r:李成爱}}).

2. Worker interviews
Twenty workers were selected for interview; five of the selected foreign trainees were interviewed in a group with Ms {{r:Ri}} present at her insistence. The auditors noted this as a limitation.

Sample table (foreign trainees)
Worker ID | Name on roster | Name given orally | Age | Line
F-031 | {{r:千明玉}} | {{r:CHON MYONG OK}} | 24 | peeling
F-032 | {{p:金银花}} | {{p:KIM UN HWA}} | 26 | peeling
F-047 | {{p:朴美兰}} | {{p:PAK MI RAN}} | 22 | packing
F-052 | {{p:韩春英}} | {{p:HAN CHUN YONG}} | 29 | freezing
F-060 | {{p:崔玉顺}} | {{p:CHOE OK SUN}} | 31 | packing

All five gave identical answers on hours ("eight hours") and wages ("paid monthly, satisfied"). Time records for the same week showed 13-15 hour days. Wage records for F-series workers showed payment "to team account".

3. Findings
3.1 Working hours: non-compliant. Average 78 hours/week in peak season.
3.2 Remuneration: non-compliant. No evidence that foreign trainees receive wages personally. {{r:Zhou}} said payment is "per agreement with the sending company".
3.3 Freedom of movement: non-compliant. Dormitory gate locked 21:00-06:00; key with {{r:Ri Song-ae}}.
3.4 Identity documents: passports of foreign trainees held by team leader (Ms {{r:Ri}} confirmed).
3.5 Grievance mechanism: box in canteen; foreign trainees "do not use it" according to {{p:Yu Haibo}}.

4. Auditor's note ({{p:W.L.}})
The audit was cut short on day 2 when {{r:周文杰}} asked the auditors to leave. {{p:Peter}} and I were escorted out by {{p:Yu}}.

5. NGO annotation (2024, {{p:Kwon Bo-ra}}, interview CN-71 with {{r:Chon Myong-ok}})
{{r:Myong-ok}} recognised herself as F-031. She says: "{{r:리성애}} told us what to say the night before. We practised. {{p:Un-hwa}} ({{p:KIM UN HWA}}) cried during practice and {{r:Ri}} pinched her arm." She recalls the Danish auditor ({{p:Peter}}) "looked at our hands". She says {{r:Zhou}} was "not a bad man, but afraid of {{r:Ri}}". {{r:Chon}} left the plant in 2022; {{p:Pak Mi-ran}} and {{p:Han Chun-yong}} were still there then.

6. Corrective action plan (as agreed with the plant, never verified)
Item | Responsible | Deadline | Status (buyer follow-up by {{p:Rebecca Stone}}, 2020)
Return passports to workers | {{r:Zhou Wenjie}} | 30/07/2019 | not verified - plant refused visit
Individual wage payment | {{r:周文杰}} / {{p:于海波}} | 31/08/2019 | "in progress" per e-mail from {{r:Zhou}}
Remove lock from dormitory gate | {{p:Yu Haibo}} | 31/07/2019 | photo sent, date unclear
Interview workers without team leader present | lead auditor {{p:Wendy Liu}} | next audit | next audit cancelled
{{p:Rebecca}}'s note: "The buyer ended the relationship in March 2020. {{p:Wendy}} believes the foreign trainees were moved to another plant before the follow-up; Ms {{r:Ri}}'s phone number on file no longer works."
NGO note ({{p:Kwon Bo-ra}}): {{r:Myong-ok}} confirms the group was split in 2020; she and {{p:Choe Ok-sun}} went to a squid plant, others stayed with {{r:Ri Song-ae}}. She never saw a passport again until she left.
""",
    },
]
