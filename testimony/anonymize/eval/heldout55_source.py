# ruff: noqa: E501
"""Held-out evaluation passages, set 55. Built by build_heldout.py heldout55.

Fifty documents of the kind an NGO working on North Korean workers sent abroad
actually holds, written blind (the finder's code was not read). A minority are the
core material staff type every day (interview summaries, question-and-answer
transcripts with speaker labels, e-mail threads, KakaoTalk, WeChat and Telegram
chat exports, phone-call notes, reviewers' comments and translators' notes); the
rest are genres no earlier set used (staff conflict-of-interest declarations,
witness preparation notes, media-monitoring digests, privilege logs, donor
contact reports, spam-quarantine digests, man-overboard search logs, victim
impact statements, medico-legal examination reports, conference badge print
lists, buyers' corrective action plans, right-of-reply letters, focus-group
transcripts, retreat dietary lists, workplace-harassment complaints, community
garden plot allocations, photo and video release forms, translated foreign-currency
plan quota sheets, volunteer exit interviews, move-in condition checklists,
spectacles voucher registers, net-mending crew assignments, translated North
Korean business-trip certificates, litigation document-preservation notices,
railway berth allocation sheets, Red Cross family messages, Russian remand-prison
parcel registers, research pseudonym keys, tuberculosis contact-tracing lists,
protective-equipment issue registers, cold-store entry logs, forest fire-watch
tower logs, translated Polish labour-inspection protocols, Mongolian employers'
quarterly foreign-worker reports, WeChat red-packet records and seafood
traceability worksheets), in English, Korean and mixed Korean/English with
Russian, Chinese, Arabic, Polish and Mongolian. Settings: construction in Kuwait,
Qatar and Russia, logging in the Russian Far East, seafood and garment factories
in China, distant-water fishing, Mongolia, a Polish shipyard and resettlement in
South Korea. All persons are fictional; real public figures are mentioned only
neutrally.

Labelling convention (as in the preceding sets):
- {{r:...}} a mention of a registered private person (listed in the passage's
  "persons" as (romanized name, Hangul name, role, aliases)); {{p:...}} a mention
  of an unregistered private person; {{u:...}} a public name: a real public figure,
  a real place, a real organisation or company, a real ship, app or platform.
- Every fictional person is private, whatever their office (a fictional minister,
  judge, police officer, consul, doctor, inspector, pastor or interpreter is private).
- Invented businesses, sites, churches and vessels are left unmarked.
- A mention is labelled as the text writes it: the name only, without particles
  (박철민이 -> {{r:박철민}}이; the affectionate suffix 이 after a given name also stays
  outside) and without titles (리 반장님 -> {{r:리}} 반장님, Mr {{p:Ho}}, Dr {{p:X}}),
  but Chinese forms of address are labelled whole (老周, 小王, 王总) and Russian
  and Polish names keep their case endings (Пака, Кима, Kima, Pakiem).
- A nickname, pseudonym or alias that refers to a person is a mention of that
  person even when it is not registered as an alias; the same word used as an
  ordinary word is not.
- In an e-mail address only the local part is labelled, and only when it spells
  the person's name; role accounts are unmarked. In handles, hashtags, file names
  and URLs only the part that spells the name is labelled.
- A surname discussed as a word is unmarked, and so are ordinary words that look
  like names (So, No, Do, An, Song, moon, 이상, 위해).
- Country names are public places whenever they stand as nouns, also attributively
  (DPRK, PRC, North Korea, 한국, 북한 사람, 중국 돈, 朝鲜, КНДР); nationality
  adjectives and derived words (Korean, Chinese, 한국어, 중국산, 러시아인, 조선족)
  are not marked.
- A possessive 's, a plural -s, particles and emoji stay outside a mention.
- Zero-width characters, fullwidth letters and a line break inside a name stay
  inside the mention. Initials standing for a person are mentions.
- Generic kinship or role words used instead of a name (엄마, 형, 반장, "the cook")
  are not mentions; a pet name used like a name is.
"""

PASSAGES: list[dict] = [
    {
        "id": "h55-en-01",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ha Song-chol", "하성철", "witness", ["Song-chol"]),
            ("Yu Kwang-nam", "유광남", "supervisor", []),
            ("O Kum-sil", "오금실", "relative", ["Kum-sil"]),
        ],
        "note": "Third-person interview summary, Kuwait construction; surnames Ha, Yu, O, An, Do and Jo beside the words 'an', 'do', 'so', 'no'; nickname Abacus with a possessive; staff initials; Kuwaiti public bodies and hospital; CRLF.",
        "text": """INTERVIEW SUMMARY - case KW-2024-031 (third interview)
Interviewer: {{p:Rachel Tan}} | Interpreter: {{p:Seo Yun-ah}} | Note-taker: {{p:J.H.}}
Date: 14 May 2024, meeting room B, {{u:Seoul}}
Status: internal, not for circulation outside the casework team

1. Background
{{r:Ha Song-chol}} (b. 1979, {{u:Hamhung}}) was sent to {{u:Kuwait}} in March 2015 with a group of 62 men recruited through the construction bureau of his province. Until late 2017 he worked on a residential project in {{u:Jahra}}, afterwards on a road interchange near {{u:Sabah Al-Ahmad Sea City}}. Mr {{r:Ha}} asked that his given name not appear in any published excerpt; in our files he is "{{r:Song-chol}}" only when the interpreter needs to distinguish him from his cousin, who has the same surname.

2. Passports and wages
At the airport the team leader, {{r:Yu Kwang-nam}}, collected all passports "for registration". {{r:Ha}} saw his again only once, when the passports were shown to an inspector at the labour camp and taken back the same afternoon. {{r:Yu}} kept them in a locked metal cabinet in the site office. So, asked whether he ever held his own passport in {{u:Kuwait}}, the witness answered: "No. Not for one day."
The Kuwaiti subcontractor paid the {{u:DPRK}} company per head. The men were told their wage was 80 dinars a month, but "the plan" and "the loyalty contribution" were deducted first. Mr {{r:Ha}} recalls receiving 15 to 20 dinars a month in cash, handed out by {{r:Yu}}'s deputy, a man the workers called "{{p:Abacus}}" because he counted every note twice. {{r:Ha}} never learned {{p:Abacus}}'s real name; he thinks the surname was {{p:Jo}}, "or maybe {{p:Jong}}".

3. Family
His wife {{r:O Kum-sil}} and their daughter stayed in {{u:Hamhung}}. In 2016 {{r:Yu}} told him that "{{r:Kum-sil}} is doing well thanks to the Party", which {{r:Ha}} understood as a warning. When a co-worker, {{p:An Chol-u}}, left the camp one night in 2016 and did not come back, {{p:An}}'s wife was moved out of {{u:Chongjin}} within a month, according to what {{r:Yu}} announced at the weekly meeting. It took an hour, {{r:Ha}} says, for {{r:Yu}} to read out the names of every wife and mother "so that we would remember them". Ms {{r:O}} was named that evening.

4. Heat and injuries
In summer the brigade worked through midday although {{u:Kuwait}}'s midday work ban applied from June to August; the men were told to stay inside the concrete shell when the inspectors of the {{u:Public Authority of Manpower}} drove past. In July 2016 a welder, {{p:Do Myong-guk}}, collapsed on the ninth floor. {{p:Do}} was taken to {{u:Jahra Hospital}} by a Pakistani driver, {{p:Imran}}, who was later told not to come to the site again. Asked "Do you know what happened to him?", {{r:Ha}} said that {{p:Myong-guk}} was sent home in September "with a bandage on his head and no money".

5. Follow-up
- {{p:RT}} to ask {{r:Ha}} for the two photos of the camp gate (he says his cousin {{p:Ha Chol}} has them).
""",
    },
    {
        "id": "h55-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Song Il-ho", "송일호", "witness", ["Il-ho"]),
            ("Kim Tae-ryong", "김태룡", "supervisor", ["Bear", "곰"]),
            ("Song Yong-ae", "송영애", "relative", ["Yong-ae"]),
        ],
        "note": "Q&A transcript with speaker labels in capitals, Russian Far East logging; interviewer MOON and interpreter NO beside the words moon and 'No.'; witness SONG beside 'song'; minder nicknamed Bear (곰) beside a real bear; Russian foreman by his diminutive.",
        "text": """TRANSCRIPT - Interview 2 (working copy)
Recorded 3 June 2024, {{u:Incheon}}. Present: {{p:MOON Ji-won}} (interviewer), {{r:SONG Il-ho}} (witness), {{p:NO Eun-bi}} (interpreter).
Labels: {{p:MOON}} / {{r:SONG}} / {{p:NO}}. Korean answers interpreted; [KR] marks words left in Korean.

{{p:MOON}}: Last time we stopped on the train. Shall we start from {{u:Tynda}}?
{{r:SONG}}: No. Not {{u:Tynda}} first. First the train to {{u:Khabarovsk}}, then two days by truck to the camp. The camp was north of {{u:Chegdomyn}}, maybe two hundred kilometres.
{{p:MOON}}: Who was in charge at the camp?
{{r:SONG}}: A man called {{r:Kim Tae-ryong}}. We called him [KR] {{r:곰}}, {{r:Bear}}.
{{p:NO}}: Interpreter's note: he says "곰", which is bear. It is the nickname, not an animal.
{{p:MOON}}: Why {{r:Bear}}?
{{r:SONG}}: Big shoulders, and he slept all day in winter. But when {{r:Bear}} woke up, somebody was beaten. There was also a real bear once, near the kitchen, in 2018. The cook threw pots at it. Everybody laughed, even {{r:Kim}}.
{{p:MOON}}: Did {{r:Kim}} hold your passport?
{{r:SONG}}: No. The passports were in {{u:Khabarovsk}}, with the company representative, {{p:Pak}}. {{p:Pak}} came to the camp twice a year with the money book. We signed it. We never saw the money.
{{p:MOON}}: Did you ever complain?
{{r:SONG}}: Once. My friend {{p:Ri Man-bok}} had his hand crushed under a log, the chain broke. {{r:Bear}} said it was {{p:Man-bok}}'s own fault. I said no, the chain was old. Next day I was moved to the night crew. After that I never said anything. No, that is not true. I said it once more, to the Russian foreman, {{p:Vitya}}. He said in Russian, "your {{r:Bear}} is a dog".
{{p:MOON}}: Your family. Were they ever mentioned?
{{r:SONG}}: My sister {{r:Song Yong-ae}} lives in {{u:Hyesan}}. In 2019 {{r:Kim}} showed me a letter from her. I knew it was not her handwriting. {{r:Yong-ae}} writes her name with a long stroke. This one was short. {{r:Kim}} said, "Your sister is proud of you, so work."
{{p:NO}}: He says "so work", meaning "therefore work".
{{p:MOON}}: Did you sing at the camp? You mentioned a song last time.
{{r:SONG}}: Every Sunday a song about the General, before the self-criticism. Under the moon, outside, minus thirty. {{r:Bear}} counted who did not open his mouth.
{{p:MOON}}: Thank you, Mr {{r:Song}}. We stop here for today.
[end of recording 01:12:40]
""",
    },
    {
        "id": "h55-en-03",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kye Chol-su", "계철수", "witness", ["Chol-su"]),
            ("Han Sang-gil", "한상길", "supervisor", []),
            ("Kye Un-mi", "계은미", "relative", ["Un-mi"]),
        ],
        "note": "E-mail thread between coordinator, lawyer and researcher about a Qatar stadium-area case; name-spelling local parts labelled, role account unmarked; quoted replies; surname Han beside the Han river as a public place; FIFA public.",
        "text": """From: {{p:Emma Lindqvist}} <{{p:emma.lindqvist}}@northbridge-ngo.org>
To: {{p:David Cho}} <{{p:d.cho}}@cholaw.kr>
Cc: casework@northbridge-ngo.org; {{p:Ji-hye Baek}} <{{p:jihye.baek}}@northbridge-ngo.org>
Date: Tue, 9 Apr 2024 10:14
Subject: Re: Re: {{r:KYE}} - {{u:Qatar}} timeline before Friday

{{p:David}},

Thanks. Short answers below, {{p:Ji-hye}} will send the spreadsheet tonight.

1. Dates. Mr {{r:Kye}} arrived in {{u:Doha}} in November 2016 and worked on the accommodation blocks in {{u:Lusail}} until August 2018. He left the site when the brigade was moved to {{u:Al Wakrah}}. He is sure about August because his daughter {{r:Un-mi}} turned ten that month and he could not call her.

2. The brigade leader. Our notes have "{{r:Han Sang-gil}}" throughout. {{r:Chol-su}} says {{r:Han}} kept the passports in a suitcase under his bed and carried the key on a string round his neck. He also says {{r:Han}} was from {{u:Sinuiju}}, not {{u:Pyongyang}} as we wrote in the first draft.

Best,
{{p:Emma}}

On Mon, 8 Apr 2024 at 18:02, {{p:David Cho}} <{{p:d.cho}}@cholaw.kr> wrote:
> {{p:Emma}}, {{p:Ji-hye}},
> Before Friday I need (1) exact dates in {{u:Qatar}}, (2) the full name of the brigade leader as the witness spells it, (3) anything on wages. Also: was Mr {{r:Kye}} ever on the stadium sites themselves? If he was, the other side will bring up {{u:FIFA}} and the inspections, and I'd rather know now.
> {{p:DC}}

From: {{p:David Cho}} <{{p:d.cho}}@cholaw.kr>
Date: Tue, 9 Apr 2024 11:30
Subject: Re: Re: Re: {{r:KYE}} - {{u:Qatar}} timeline before Friday

Clear, thanks. I'll use "the brigade leader ({{r:H.}})" in the filing and keep {{r:Han Sang-gil}} for the confidential annex only. One last thing: our office is moving to the other side of the {{u:Han}} this month, so post to the new address from the 20th.
{{p:DC}}
""",
    },
    {
        "id": "h55-en-04",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Choe Un-jong", "최은정", "witness", ["Un-jong", "UJ"]),
            ("Choe Kwang", "최광", "relative", ["Kwang"]),
            ("Ri Sun-hwa", "리순화", "supervisor", []),
        ],
        "note": "Caseworker's phone-call notes, Dandong garment factory; witness by initials, brother with a one-syllable given name used alone; co-worker So beside 'So'; minder Ri; broker nickname; mixed line endings.",
        "text": """CALL NOTES - {{r:UJ}} / file CN-0712
Wed 20 Mar 2024, 14:05-14:48, incoming, withheld number. Notes by {{p:K. Min}}.

14:05 {{r:UJ}} ({{r:Choe Un-jong}}) calls, upset. Her brother {{r:Kwang}} was visited at home in {{u:Sinuiju}} by two men "from the province" on Monday. They asked whether his sister had "gone south". {{r:Kwang}} said she is still in {{u:China}}, working. They left a phone number.
14:09 How she knows: a message through the broker she calls "Auntie {{p:Crab}}", who has family on the {{u:Dandong}} side. {{p:Crab}} spoke to {{r:Kwang}}'s wife by smuggled phone on Tuesday night.
14:12 Reminder to self: {{r:UJ}} worked 2017-2020 at the garment factory outside {{u:Dandong}} (winter coats for export). Minder at the dormitory was {{r:Ri Sun-hwa}}, who held the passports and the bank cards. {{r:UJ}} believes {{r:Ri}} is now back in {{u:Pyongyang}}.
14:15 {{r:UJ}} asks whether we have spoken to anyone about her. I said no. She asked twice.
14:17 She thinks the visit was triggered by {{p:So Hyang}}, a girl from the same line who was sent home in January. "{{p:Hyang}} knows my mother's street." So she is worried that {{p:So}} was questioned. I asked if {{p:So}} could have been forced; she said "of course".
14:25 Risk: {{r:Kwang}} has two children; {{r:UJ}} wants to send money to tell him to "say nothing, know nothing". I explained we cannot advise on transfers. She understands.
14:40 Agreed: no publication of her testimony until she says so. Pseudonym in the report changes from "Ms {{r:C.}}" to something unrelated.
14:44 She will call again Friday after 19:00. If {{r:Choe Kwang}} is detained she will text only "rain" to the office phone.
14:48 End.

Action: {{p:K.M.}} to flag to {{p:Yoon}} (protection lead); {{p:Yoon}} to decide on withdrawal of the draft from the June report.
""",
    },
    {
        "id": "h55-en-05",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Rim Yong-chol", "림영철", "witness", ["Yong-chol", "Lim Young-chul"]),
            ("Jo Sung-hak", "조승학", "supervisor", ["Cho Sung-hak"]),
            ("Rim Hye-gyong", "림혜경", "relative", []),
        ],
        "note": "Two reviewers' comments on a draft testimony, Polish shipyard welding; comment tags with reviewer initials; North and South spellings of the witness and supervisor; surname Jo; Polish foreman with a Polish case ending; Gdańsk and Warsaw public.",
        "text": """DRAFT TESTIMONY T-2024-09 - REVIEW ROUND 2
Reviewers: {{p:Helen Lee}} ({{p:HL}}), {{p:Park Jun-seo}} ({{p:PJS}}). Comments exported from the shared document, 2 July 2024.

[{{p:HL}}-1] Para 1: "{{r:Rim Yong-chol}} was born in 1983 in {{u:Nampo}}." His South Korean ID spells him {{r:Lim Young-chul}}. Fine to keep the North Korean romanisation in the body, but add the other spelling in the confidential annex only, not here.
[{{p:PJS}}-1] Agree with {{p:Helen}}. Also please stop using "{{r:Yong-chol}}" alone in paras 3-5; the rest of the text says Mr {{r:Rim}}.
[{{p:HL}}-3] Para 6 spells the team leader "{{r:Cho Sung-hak}}", para 9 "{{r:Jo Sung-hak}}". Standardise to {{r:Jo}} (his own documents used 조).
[{{p:PJS}}-2] Para 6: "{{r:Jo}} took our passports at the airport in {{u:Warsaw}} and said they were needed for the residence cards." Did the witness say "residence cards" or "work permits"? I listened to the audio at 00:41:10 and I hear "the cards". Please check with {{p:Agnieszka}} (she interpreted).
[{{p:HL}}-4] Para 7, the Polish foreman: the draft has "Mr {{p:Kowal}}" and later "{{p:Kowala}}" (genitive, copied from the witness's Polish notes). In English text it should be {{p:Kowal}} throughout, but keep {{p:Kowala}} in the quoted note.
[{{p:PJS}}-3] Para 8, wages: "about 3,000 złoty on paper, 500 in my hand". Good. But the sentence "{{r:Jo}} sent the rest to {{u:Pyongyang}}" is an inference. He did not see it. Rephrase: "Mr {{r:Rim}} was told that the rest was sent home."
[{{p:HL}}-5] Para 10: the wife, {{r:Rim Hye-gyong}}. She is in {{u:North Korea}}. Her name must not appear in the public version. Also her place of work is identifying.
[{{p:HL}}-6] Para 12: who is "{{p:So}}"? I assume the co-worker {{p:So Kyong-nam}} from para 5, but a reader will read "So went to the hospital" as the conjunction. Write {{p:So Kyong-nam}} in full the first time in each paragraph.
[{{p:PJS}}-5] Para 12: "{{p:Kyong-nam}}" lost two fingers; the hospital was in {{u:Gdańsk}}. Did Mr {{r:Rim}} visit? He told me in the first interview that {{r:Jo}} forbade visits. Add that.
[{{p:PJS}}-6] Agree with all of {{p:HL}}'s points. Back to {{p:Min-seo}} for a clean draft by 10 July.
""",
    },
    {
        "id": "h55-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pang Chol-min", "방철민", "witness", ["Chol-min"]),
            ("Yun Hye-ryon", "윤혜련", "witness", ["Hye-ryon"]),
        ],
        "note": "Staff conflict-of-interest declaration register; declarants are private; a cousin relation to a witness; surname O alone beside O'Neill; a former employer that is a real company; Russian and Kazakh names; decisions by the director.",
        "text": """ANNUAL CONFLICT-OF-INTEREST DECLARATIONS 2024
Register kept by: HR / Governance. Reviewed by the Director, {{p:Sarah O'Neill}}.

No. 1
Declarant: {{p:Kwon Min-ji}}, caseworker
Declared interest: family relationship. "I am a second cousin of {{r:Pang Chol-min}} (case RU-2023-118). We grew up in different cities and met for the first time in {{u:Seoul}} in 2021. I have not worked on his file."
Decision ({{p:SO}}): no conflict provided {{p:Kwon}} has no access to RU-2023-118. IT to restrict folder. Case lead remains {{p:Daniel Ahn}}.

No. 2
Declarant: {{p:O Se-ri}}, interpreter (Russian/Korean)
Declared interest: previous employment. "From 2015 to 2017 I worked as an office assistant for a Korean-owned trading firm in {{u:Vladivostok}} that rented workers from a North Korean construction company. I did not deal with the workers but I typed invoices."
Decision ({{p:SO}}): Ms {{p:O}} may interpret for Russian-language material generally but not in cases involving that trading firm. Note: Ms {{p:O}} herself raised that {{r:Chol-min}} worked for a different company, in {{u:Ussuriysk}}, so no conflict for RU-2023-118.

No. 3
Declarant: {{p:Yun Ji-ho}}, finance officer
Declared interest: family relationship. "{{r:Yun Hye-ryon}}, one of our witnesses (case CN-2022-044), is not related to me. We share a surname only. I declare it because colleagues asked."
Decision ({{p:SO}}): no conflict. Thank you, {{p:Ji-ho}}.

No. 4
Declarant: {{p:Daniel Ahn}}, case lead
Declared interest: none. Note added by {{p:Ahn}}: "{{r:Pang}} asked me to be the godfather of his son. I said I would ask HR. Please advise."
Decision ({{p:SO}}): decline while the case is open; revisit when RU-2023-118 is closed. Discussed with {{p:Daniel}} on 4 March.

Signed: {{p:S. O'Neill}}, 6 March 2024
""",
    },
    {
        "id": "h55-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kang Chol-ho", "강철호", "witness", ["Chol-ho"]),
            ("Paek Ung-il", "백웅일", "supervisor", ["Toad"]),
            ("Kang Mi-ran", "강미란", "relative", ["Mi-ran"]),
        ],
        "note": "Lawyer's witness preparation notes before a Seoul civil hearing on Vladivostok construction work; anticipated cross-examination questions; minder nicknamed Toad; counsel titles outside; court, ministry and cities public; surname Noh beside 'no'.",
        "text": """WITNESS PREPARATION - SESSION 2 (privileged)
Matter: damages claim, {{u:Seoul Central District Court}}, hearing set for 18 Sept 2024
Witness: {{r:Kang Chol-ho}}
Present: Attorney {{p:Baek Seung-woo}}, Attorney {{p:Noh Ha-eun}}, interpreter-support {{p:Jang Min}}; {{r:Kang}} attended with his wife {{r:Kang Mi-ran}} (waited outside).
Date: 2 Sept 2024

Purpose: explain the hearing; do NOT rehearse answers; go through the topics the defence is likely to raise.

1. Layout of the courtroom. Attorney {{p:Noh}} showed photos. {{r:Chol-ho}} asked whether the screen will hide him from the public gallery; yes, the court granted the screen on 20 Aug.

2. Likely questions from the defence (summary, not scripts):
 a) Why he signed the "voluntary work" declaration in 2016. {{r:Kang}}'s account: the declaration was handed out by the brigade political officer, {{r:Paek Ung-il}}, in {{u:Pyongyang}} station; no one read it.
 b) Why he did not complain to the Russian authorities in {{u:Vladivostok}}. His account: he had no passport ({{r:Paek}} kept them in the site safe) and no Russian.
 c) The nickname "{{r:Toad}}". The defence may say it shows the witness bears a grudge. {{r:Kang}} explained that everyone in the brigade used it, including a man named {{p:Ryu}} who "liked {{r:Paek}}". Attorney {{p:Baek}}: answer factually if asked.
 d) Wages. Defence will have the payroll from the Russian contractor showing 45,000 roubles a month. His account: he received "3,000 to 5,000, sometimes nothing". He saw {{r:Paek}} sign the payroll for the whole brigade.
 e) His wife. Defence may ask why {{r:Mi-ran}} did not come out with him. {{r:Kang}} became upset. Attorney {{p:Noh}} reminded him he may ask for a break at any time. (Note: {{r:Mi-ran}} came out separately in 2019 via {{u:China}}; not relevant to the claim and the court has been asked to limit questions.)

3. Other names that may come up: the Russian site manager {{p:Andrei Sokolov}}; the co-worker who died in 2017, {{p:Hwang Yong-bom}}; a Chinese cook, {{p:老孙}}.

4. {{r:Kang}} asked if {{u:Kim Jong Un}} will "know" about the case. Explained that the defendant State was served through the {{u:Ministry of Foreign Affairs}} and did not respond. He asked "No one from the embassy will come?" Answer: no.
""",
    },
    {
        "id": "h55-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Paek Hyon-u", "백현우", "witness", ["Hyon-u", "P."]),
        ],
        "note": "Weekly media-monitoring digest; real outlets, UN officials and heads of state as public figures mentioned neutrally; a witness quoted under initials; fictional bylines and quoted workers are private; surname Moon beside a moon-related headline.",
        "text": """MEDIA MONITORING DIGEST - week 27 (1-7 July 2024)
Compiled by {{p:Leah Park}} for the programme team. Internal.

1. {{u:NK News}} (3 July): report on North Korean construction workers in {{u:Vladivostok}} and {{u:Ussuriysk}} after the June summit between {{u:Vladimir Putin}} and {{u:Kim Jong Un}} in {{u:Pyongyang}}. Quotes a Russian recruiter, "{{p:Sergei}}", who says North Korean crews are "cheaper and don't drink". No witness names.

2. {{u:Daily NK}} (4 July): claims a group of seafood workers in {{u:Donggang}} went on a work stoppage over unpaid wages. Source: "a worker surnamed {{p:Choi}}" and a Chinese supervisor "Mr. {{p:Liu}}". Note for casework: the factory description matches the plant in our file CN-2021-017, but nothing more.

3. {{u:The Guardian}} (5 July), long read by {{p:Hannah Kirkwood}}: "The men who built the towers". Quotes one of our witnesses as "{{r:P.}}, 41, a welder who spent five years in {{u:Russia}}". This is {{r:Paek Hyon-u}}; he gave the interview through us and approved the quotes. The article says "Mr {{r:P.}} asked that his family's town not be named" - correct. One error: it gives {{r:Paek}}'s age at departure as 31, he was 33.

4. {{u:Radio Free Asia}} (6 July): the {{u:Special Rapporteur on the situation of human rights in the Democratic People's Republic of Korea}}, {{u:Elizabeth Salmón}}, quoted on overseas workers ahead of her autumn report. Neutral.

5. Local Korean blog (6 July), author "{{p:haneul.kim}}": post on a "Moon festival" with North Korean waitresses in a restaurant in {{u:Shenyang}}. Photos blur the women's faces but one name badge is readable: "{{p:Moon Hyang}}". Flagged to the online-safety volunteer {{p:Yusuf}} to ask the author to remove the photo.

Follow-up: {{p:Leah}} to send {{r:Hyon-u}} the {{u:Guardian}} link and the correction request draft.
""",
    },
    {
        "id": "h55-en-09",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ri Kyong-ae", "리경애", "witness", ["Kyong-ae"]),
            ("Cha Yong-gil", "차영길", "supervisor", []),
        ],
        "note": "Litigation privilege log as a pipe table; authors and recipients private, e-mail local parts, initials; witness and minder named in descriptions; Hunchun seafood plant; role addresses unmarked; CRLF.",
        "text": """PRIVILEGE LOG - Plaintiff's production, tranche 3
Prepared by: {{p:L. Baptiste}} (paralegal) | Checked: {{p:M. Okonkwo}} | 12 Feb 2024

Doc ID | Date | Author | Recipient(s) | Description | Basis
P3-0001 | 2022-06-14 | {{p:M. Okonkwo}} | {{p:Hwang Jae-won}} | E-mail re: draft statement of {{r:Ri Kyong-ae}}, comments on para 12-18 | legal advice
P3-0002 | 2022-06-15 | {{p:Hwang Jae-won}} | {{p:M. Okonkwo}}; {{p:L. Baptiste}} | Reply with interpreter's notes on the name "{{r:Cha Yong-gil}}" (minder, {{u:Hunchun}} plant) | legal advice
P3-0003 | 2022-07-01 | {{p:sohee.lim}}@nkworkers-aid.org | intake@nkworkers-aid.org | Intake form, {{r:Kyong-ae}}, with handwritten note by {{p:Lim So-hee}} | litigation prep
P3-0008 | 2023-01-11 | {{p:M. Okonkwo}} | counsel@other-side-law.com | WITHDRAWN FROM LOG - produced in full as P3-0008A (settlement letter, not privileged) | -
P3-0009 | 2023-03-22 | {{p:hwang.jw}}@nkworkers-aid.org | {{p:m.okonkwo}}@okonkwo-legal.co.uk | Notes of meeting with co-worker {{p:Jon Myong-ok}} re dormitory conditions | litigation prep

Notes:
- P3-0003: the intake form also names {{r:Ri}}'s sister {{p:Ri Kyong-suk}}; that name is redacted in any produced copy.
- Entries for {{u:Hunchun}} plant documents obtained from {{u:Greenpeace}}'s public report are not privileged and are not listed.
""",
    },
    {
        "id": "h55-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ho Kwang-jin", "호광진", "witness", ["Kwang-jin", "Jin"]),
            ("Ho Son-ae", "호선애", "relative", []),
        ],
        "note": "Major-donor contact report from the fundraising database; donor and staff private; a witness named and referred to by his published pseudonym Jin; surname Ho beside 'ho'; invented trust unmarked; real foundations and cities public.",
        "text": """CONTACT REPORT
Constituent: {{p:Margaret Ellison}} (individual, major donor, since 2019)
Relationship manager: {{p:Tom Haddad}}
Type: in-person meeting, lunch, {{u:London}} | Date: 16 Jan 2024
Also present: {{p:Grace Oh}} (programme director)

Summary
{{p:Margaret}} asked for an update on the {{u:Russia}} programme she co-funds through the Harbour Light Trust. {{p:Grace}} described the 2023 caseload: 14 new testimonies from construction and logging workers, 3 from seafood plants in {{u:China}}.
Mrs {{p:Ellison}} remembered the story in our 2022 newsletter about "{{r:Jin}}", the carpenter from {{u:Chongjin}} who escaped from a site in {{u:Moscow}}. She asked how he is. {{p:Grace}} said he is well, works in a furniture workshop near {{u:Suwon}} and had a daughter last year. (Internal: "{{r:Jin}}" is {{r:Ho Kwang-jin}}; his consent covers the pseudonym only. {{p:Tom}} - please do NOT put {{r:Kwang-jin}}'s real name in any donor communication. I have corrected the earlier note of 2022-11-03 where it was used.)
{{p:Margaret}} asked whether she could write to {{r:Jin}}. {{p:Grace}} said we would ask him; a card via the office would be possible. {{p:Tom}} to follow up.
She also asked about the mother, who was mentioned in the newsletter as still in the North. {{p:Grace}} explained that we do not share updates about family members. (Internal: his mother {{r:Ho Son-ae}} is believed to be in {{u:Hoeryong}}; last news 2021.)

Gift discussion
{{p:Margaret}} is considering a three-year pledge at the same level. She said "Ho ho, you will need a bigger office" when {{p:Grace}} mentioned the {{u:Seoul}} team is now 9 people.

Next steps
- {{p:TH}}: thank-you letter by 23 Jan; include the annual report (public version, pseudonyms only).
- {{p:GO}}: ask {{r:Ho}} whether he would like to receive a card from a donor. Do not pressure.
""",
    },
    {
        "id": "h55-en-11",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Kim Song-hui", "김송희", "witness", ["Song-hui"]),
            ("Pyo Chol-nam", "표철남", "coworker", ["Chol-nam"]),
        ],
        "note": "Mail-server spam-quarantine digest pasted into a ticket; senders and subjects; a witness's address local part and a co-worker in subjects; scam persona names private; a real mail platform public; a zero-width space inside one name; CRLF.",
        "text": """Quarantine digest for info@northbridge-ngo.org - 24 messages held in the last 24 hours
Release or delete within 14 days. (Pasted into ticket #4471 by {{p:Eun-ji}} from IT, because message 3 looks real.)

 #  | From | Subject | Score
 1  | "{{p:Williams Okoro}}" <barrister.{{p:w.okoro}}@consultant-mail.ng> | Your unclaimed inheritance - URGENT | 9.8
 3  | "{{r:김송희}}" <{{r:kim.songhui}}@gmail.com> | 도와주세요 / help about wages {{r:Song-hui}} | 6.1
 4  | "Crypto Desk" <alerts@coinwinner.biz> | You have 1 BTC pending | 9.9
 5  | "{{r:Chol\u200bnam P.}}" <{{r:pcholnam}}@mail.ru> | Re: 3 | 5.7
 6  | "HR Department" <hr@northbridge-ngo.org.security-check.com> | Password expiry notice | 8.8
 7  | "Mrs. {{p:Linda Hoffmann}}" <{{p:linda.h}}@charity-grants.xyz> | Donation for your orphans | 9.1
 9  | "{{r:Song-hui K}}" <{{r:kim.songhui}}@gmail.com> | (no subject) [attachment: pay_{{r:songhui}}.jpg] | 6.4

Ticket note ({{p:Eun-ji}}): messages 3, 5 and 9 are probably genuine. 3 and 9 are from {{r:Kim Song-hui}} (case RU-2024-007, casework knows her); 5 seems to be from her former co-worker {{r:Pyo Chol-nam}}, who wrote from a {{u:Mail.ru}} address. The name in the display field has a zero-width space in it, which is probably why the filter scored it as spoofed. Released 3, 5 and 9 to casework@. Did not open the attachment.
Casework reply ({{p:Jae-hyun}}): thanks. {{r:Song-hui}} confirmed by phone she sent 3 and 9. She does not know whether {{r:Chol-nam}} has a {{u:Mail.ru}} account; {{r:Pyo}} was still in {{u:Krasnoyarsk}} last she heard. Treat 5 with caution; {{p:Jae-hyun}} will reply from the casework account only.
Note: message 7 "{{p:Linda Hoffmann}}" is the same scam as last month; please add to the blocklist.
""",
    },
    {
        "id": "h55-en-12",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Song", "리성", "coworker", []),
            ("Jong Myong-su", "정명수", "witness", ["Myong-su"]),
        ],
        "note": "Man-overboard search log from a Chinese squid jigger in the South Atlantic, copied by a witness; one-syllable given name Song beside the word song; Chinese crew with forms of address; master by title only outside the mention; MRCC and Argentine coast guard public.",
        "text": """MAN OVERBOARD - SEARCH LOG (English copy made by the witness in 2023 from the Chinese original; annotations [{{r:MS}}] by {{r:Jong Myong-su}})
Vessel: squid jigger (name withheld), fishing ground east of {{u:Patagonia}}, 46°S
Master: Capt. {{p:Wang Dehai}} | Mate: {{p:Liu Jian}} | Korean crew leader: {{p:Mun Chang-ho}}

Date 14 April 2019
0312 Deckhand {{p:小刘}} reports Korean crewman {{r:Ri Song}} not in bunk, not in mess. [{{r:MS}}: {{p:小刘}} is the mate's nephew.]
0315 General alarm. All hands mustered. 27 of 28 present. Missing: {{r:Ri Song}}, 24, jigging station 11.
0318 Engines slowed. Lifebuoy with light dropped at approx. position. Master {{p:Wang}} informed. [{{r:MS}}: the buoy was thrown ten minutes later, not at 0318.]
0340 Williamson turn completed. Nothing sighted. Sea 4, wind NW 25 kn, water 7 °C.
0410 Search pattern continued. {{p:老黄}} (bosun) reports a jacket in the water; recovered at 0416, it is {{r:Ri}}'s orange jacket. [{{r:MS}}: it was his. His name was written inside in Korean, "{{r:성}}".]
0500 Company instructs master to continue search until 0700, then resume fishing.
0512 {{p:Mun Chang-ho}} asks master to inform {{u:MRCC}} and the {{u:Prefectura Naval Argentina}}. Master declines: "company decides". [{{r:MS}}: I heard this. {{p:Mun}} was shouting.]
0700 Search stopped. Fishing resumed 0740.
0900 {{p:Liu Jian}} writes statement: "{{r:Ri Song}} was depressed, often sang a song alone at night."
[{{r:MS}}: Not true. {{r:Song}} sang because the Chinese crew asked him to. The song was about {{u:Wonsan}}, where he was from. Two days before, {{p:Mun}} had told him his wages for 11 months would be kept by the company "until {{u:Montevideo}}". {{r:Song}} said he would tell the inspector in port. That night he was on watch with {{p:老黄}} and {{p:小刘}}.]

Note by NGO ({{p:Hye-won}}, 2023-08-02): {{r:Myong-su}} gave us this copy with his annotations. He asks that {{r:Ri Song}}'s mother in {{u:Wonsan}} never be told that it was "suicide". The company name is in the original; kept in the sealed annex.
""",
    },
    {
        "id": "h55-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Mun Ok-sun", "문옥순", "witness", ["Ok-sun", "Moon Ok-soon"]),
            ("Kim Hyok", "김혁", "relative", ["Hyok"]),
            ("Ha Tong-il", "하동일", "other", []),
        ],
        "note": "Victim impact statement in a Seoul fraud trial against a broker; witness in North and South spellings; son with a one-syllable given name used alone; defendant surname Ha beside 'ha'; Vladivostok construction; court, prosecutors' office and NIS public.",
        "text": """VICTIM IMPACT STATEMENT
Case: 2023고단4471 (fraud), {{u:Seoul Southern District Court}}
Victim: {{r:MUN Ok-sun}} (also registered as {{r:Moon Ok-soon}})
Defendant: {{r:HA Tong-il}}
Translated from Korean by {{p:Yeon Seo-hyun}}, certified translator

My name is {{r:Mun Ok-sun}}. I am 58 years old. I came to {{u:South Korea}} in 2014. My son, {{r:Kim Hyok}}, was sent to work in {{u:Vladivostok}} in 2017 by his construction enterprise. He was 26.

In 2021 my son managed to call me from a borrowed phone. He said they had not been paid for two years, the leader kept their passports, and the men who complained were sent home and punished. He said "Mother, if I stay I will die here, if I go home I will die there."

I met the defendant, Mr {{r:Ha}}, at a church meeting in {{u:Siheung}}. He said he had people in {{u:Russia}} who could take {{r:Hyok}} out through {{u:Mongolia}} and then to {{u:Seoul}}. He asked for 12 million won. I had 3 million. I borrowed the rest from Mrs. {{p:Yoo}}, a friend from my factory, and from a loan company. I gave {{r:Ha Tong-il}} the money in three parts. Each time he said "ha, don't worry, mother, next week".

Nothing happened. After four months he stopped answering. In March 2022 my son's friend {{p:Tae-gyun}}, who had come out earlier, told me that nobody had ever contacted {{r:Hyok}}.

Since then: I do not sleep more than three hours. I still owe 6 million won. Mrs. {{p:Yoo}} does not speak to me any more. I lost my job because I missed days going to the police and to the {{u:National Intelligence Service}} interview.

The worst is that I do not know what happened to {{r:Hyok}}. The last time I heard his voice was in 2021. If he was caught trying to leave because of what I arranged, then I did that to him. Every night I think of {{r:Hyok}} in the cold, on the scaffolding, with no passport.

I do not ask for a heavy punishment for Mr {{r:Ha}}. I ask that he return the money, and that he not do this to another mother. I ask the {{u:Seoul Southern District Prosecutors' Office}} to tell me if they find other victims.

Signed, {{r:문옥순}} ({{r:Mun Ok-sun}}), 8 November 2023
Accompanied by: {{p:Jung Ha-rin}}, victim support officer
""",
    },
    {
        "id": "h55-en-14",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yang Chol-jun", "양철준", "witness", ["Chol-jun"]),
            ("Pyon Il-su", "변일수", "supervisor", ["Safety"]),
        ],
        "note": "Medico-legal examination report documenting scars from beatings on a Russian building site; examinee and alleged perpetrator registered; perpetrator nicknamed Safety beside the ordinary word safety; physician and interpreter private with titles outside; hospitals public.",
        "text": """MEDICO-LEGAL EXAMINATION REPORT
Examinee: {{r:YANG Chol-jun}}, male, 38
Examining physician: Dr {{p:Sofia Marin}}, forensic physician
Interpreter: Ms {{p:Jeong Da-eun}} (Korean-English)
Place and date: clinic room, {{u:Seoul}}, 22 February 2024; duration 2 h 40 min
Requested by: {{p:Kim Ara}}, legal officer, on behalf of Mr {{r:Yang}}

1. History given by the examinee (summary)
Mr {{r:Yang}} worked from 2016 to 2019 as a plasterer for a North Korean construction company on sites in {{u:Moscow Oblast}} and later in {{u:Kazan}}. He states that the man responsible for discipline in the brigade, {{r:Pyon Il-su}}, known among the workers as "{{r:Safety}}" because of his official title of safety officer, beat him on at least four occasions. The most serious incident was in November 2018 in {{u:Kazan}}, after Mr {{r:Yang}} was found with a Russian SIM card. {{r:Pyon}} struck him with a length of reinforcing bar across the back and the left forearm, and kicked him when he fell. A co-worker, {{p:Ri Hak-chol}}, was ordered to hold him. He was not taken to hospital; a Russian neighbour of the site, {{p:Galina}}, gave him bandages. He was later seen by a doctor at {{u:Republican Clinical Hospital}} in {{u:Kazan}} only in 2019, for a different complaint (pneumonia), and did not mention the injuries because "{{r:Safety}} was standing at the door".

2. Physical findings (extract)
2.1 Back: three linear hyperpigmented scars, 9-14 cm, running obliquely across the lower thoracic region. Consistent with blunt trauma from a rod-like object, as described.
2.2 Left forearm: healed fracture palpable at the ulnar shaft; X-ray (referral below) recommended. The examinee states the arm "was never set". Consistent with a defence injury.
2.3 Right ear: partial hearing loss reported; examinee attributes it to a blow with the open hand by {{r:Pyon}} in 2017.

3. Psychological observations
The examinee became distressed when describing {{r:Safety}} and asked that the nickname, not the name, be used in the final report. Sleep disturbance, nightmares, startle response. Referral to Dr {{p:Han Yeo-reum}} (psychiatry) for a full assessment.

4. Opinion
The physical findings are highly consistent with the history of beatings given by Mr {{r:Yang Chol-jun}}. Safety note: the examinee fears that his mother in {{u:Sariwon}} may be questioned if this report is published with his name.

Signed: {{p:S. Marin}}, MD | Interpreter's declaration signed: {{p:D. Jeong}}
""",
    },
    {
        "id": "h55-en-15",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yu Son-hwa", "유선화", "witness", ["Son-hwa"]),
            ("Chae Yong-ho", "채용호", "witness", ["Yong-ho"]),
        ],
        "note": "Conference name-badge print list as a table with first and last names in separate columns; real UN bodies, ministries and NGOs public; witness-speakers with first-name-only badges; surname Yu beside 'you'; An and So as surnames.",
        "text": """BADGE PRINT LIST - side event "Workers abroad: wages, passports, families"
{{u:Palais des Nations}}, {{u:Geneva}}, 12 March 2024 | Printed by: {{p:Noémie}} (logistics) | v4 FINAL

First name | Last name | Organisation | Badge
{{p:Joon-ho}} | {{p:An}} | {{u:Ministry of Unification}} | SPEAKER
{{p:Hyo-jin}} | {{p:So}} | {{u:Permanent Mission of the Republic of Korea}} | GUEST
{{p:Claire}} | {{p:Dubois}} | {{u:OHCHR}} | MODERATOR
{{p:Rashid}} | {{p:Al-Mansouri}} | {{u:ILO}} | SPEAKER
{{r:Son-hwa}} | (blank) | witness | SPEAKER - no surname, no organisation
{{r:Yong-ho}} | (blank) | witness | SPEAKER - no surname, no organisation
{{p:Ji-woo}} | {{p:Seong}} | our organisation | STAFF / INTERPRETER

Notes for the desk:
- Witness badges: first name only, as agreed with {{r:Yu Son-hwa}} and {{r:Chae Yong-ho}}. If anyone asks, they are "Ms. {{r:Yu}}" and "Mr. {{r:Chae}}" in the programme - no, correction: the programme says first names only. Please do not say surnames aloud at the desk.
- {{r:Son-hwa}} speaks about the seafood plant in {{u:Dalian}}; {{r:Yong-ho}} about the sites in {{u:Kuwait City}}. They arrive with {{p:Ji-woo}} at 12:30 by the {{u:Pregny}} gate.
- If you see Ms {{p:So}} from the Mission, tell her the seating is reserved in row 2.
- Thank you! Any issues call {{p:Ga-eun}} or me. - {{p:N.}}
""",
    },
    {
        "id": "h55-en-16",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Yong-suk", "김영숙", "supervisor", ["Yong-suk"]),
            ("Ri Hyang", "리향", "witness", ["Hyang"]),
        ],
        "note": "Buyer's corrective action plan after a social audit of a Dandong garment supplier; table of findings with owners; Chinese factory staff with forms of address and Hanzi; a North Korean dormitory supervisor and a one-syllable given name; invented brand and factory unmarked; Dandong and Liaoning public.",
        "text": """CORRECTIVE ACTION PLAN (CAP) - Supplier: Dandong Huarui Apparel Co. (unit 2)
Buyer: compliance team, Northstar Outerwear | Audit date: 6-8 Nov 2023 | CAP issued: 20 Nov 2023
Auditor: {{p:Li Na}} (lead), {{p:Zhang Wei}} | Buyer compliance lead: {{p:Karen Fitzgerald}}
Supplier contacts: general manager {{p:周海生}} ("{{p:周总}}"), HR manager {{p:Sun Lili}}

Finding 1 (zero tolerance): 41 workers in sewing line 5-7 are North Korean nationals housed in a separate dormitory. Their passports are held by a North Korean "team leader", Ms {{r:Kim Yong-suk}} ({{r:김영숙}}), not by the workers. Factory HR confirmed that wages for these workers are paid as a lump sum to an agency account, not to individuals.
Root cause (supplier's response): "{{p:周总}} says the agency handles everything; HR has no access."
Corrective action: immediate termination of the arrangement; no further orders to unit 2 until verified. Owner: {{p:Karen Fitzgerald}}. Due: 30 Nov 2023.

Finding 2: worker interviews. The auditor interviewed 6 North Korean workers in the presence of Ms {{r:Kim}}, which invalidates the interviews. One worker, {{r:Ri Hyang}}, was later interviewed off-site by phone through an interpreter. {{r:Hyang}} stated that they work 7:00-22:00 with two days off a month and receive "pocket money" only. (Auditor's note: {{r:Hyang}} asked that her name not be written; the name is recorded here only in the confidential annex version.)
Corrective action: none possible at supplier level; escalate. Owner: {{p:K. Fitzgerald}}.

Finding 3: dormitory for North Korean workers locked from outside at night; key held by {{r:Yong-suk}}. Supplier states this is "for the girls' safety".
Owner: {{p:周海生}}. Status: open - see Finding 1.

Escalation: referred to the buyer's human-rights counsel, {{p:Rob Asante}}, and to the NGO contact {{p:Yoon Seo-ah}}. Reference to {{u:UN}} sanctions: the {{u:UN Security Council}} resolution 2397 requires repatriation of {{u:DPRK}} workers; the supplier is in {{u:Liaoning}}, {{u:China}}; country of the workers: {{u:DPRK}}.
Sign-off: {{p:KF}} / {{p:LN}}, 20 Nov 2023
""",
    },
    {
        "id": "h55-en-17",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kil Yong-nam", "길영남", "witness", ["Yong-nam"]),
            ("Sok Man-hui", "석만희", "supervisor", []),
        ],
        "note": "Right-of-reply letter from an NGO to an invented fishing company before publication; allegations about a named minder and a crew agent; company staff private; real ports, flag state, fisheries body and FAO public; surname Sok and a Taiwanese agent in Hanzi.",
        "text": """Northbridge Workers' Rights Project
{{u:Seoul}}, 4 October 2024

Mr {{p:Gerald Huang}}
Director, Ocean Bright Fisheries Ltd.
By e-mail: {{p:gerald.huang}}@oceanbright-fish.example

Re: Request for comment before publication - North Korean crew on the longliner "Bright Star 8", 2018-2020

Dear Mr {{p:Huang}},

We are preparing a report, to be published on 1 November 2024, on North Korean crew members on distant-water fishing vessels. Before publication we are offering your company the opportunity to respond to the following points. Your response, or a fair summary of it, will be included.

1. A former crew member, whom we refer to as "{{r:Y.N.}}", states that he worked aboard "Bright Star 8" from March 2018 to June 2020, mainly in the {{u:Indian Ocean}}, with port calls in {{u:Port Louis}} and {{u:Kaohsiung}}.
2. He states that the North Korean crew's passports were held by a North Korean crew leader, Mr {{r:Sok Man-hui}}, and that the vessel's master, Captain {{p:Chen Wen-bin}}, was aware of this.
3. He states that the crew received no wages on board; that the agent in {{u:Kaohsiung}}, {{p:林先生}} (Mr {{p:Lin}}), paid a lump sum per trip to Mr {{r:Sok}}; and that Mr {{r:Sok}} told the crew their families in {{u:Nampo}} would "answer for" any complaint.
4. He states that in September 2019 a crewman, {{p:Pak Song-il}}, was injured by a hook and was not taken ashore for eleven days.

We have also consulted public guidance of the {{u:FAO}} and the {{u:ILO}} Work in Fishing Convention. We do not allege that your company knew of the conditions described in points 2-4, and we will state so unless you indicate otherwise.

Please reply by 18 October 2024 to me or to my colleague {{p:Seo Min-jae}} ({{p:minjae.seo}}@northbridge-ngo.org).

Yours sincerely,
{{p:Hannah Oh}}
Research Director

Internal note (not sent): "{{r:Y.N.}}" = {{r:Kil Yong-nam}}; he approved the points above on 2 Oct. {{r:Yong-nam}} asks that {{p:Pak Song-il}}'s name be removed from the published report; keep in the letter only. {{p:HO}} to confirm with {{p:Min-jae}}.
""",
    },
    {
        "id": "h55-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jon Ok-hui", "전옥희", "witness", ["옥희"]),
            ("Ri Chun-ho", "리춘호", "supervisor", ["춘호"]),
            ("Jon Myong-sil", "전명실", "relative", []),
        ],
        "note": "Korean third-person interview summary, Dalian seafood plant; particles and the affectionate suffix outside; surname plus title (리 지배인) and a surname discussed as a word (김 씨 성); one-syllable nickname 별; Chinese line leader in Hanzi; country names as attributive nouns.",
        "text": """면담 요약서 (2차)
사건번호: CN-2024-019 / 면담자: {{p:한소율}} / 통역: 없음(한국어) / 작성: {{p:서지안}}
일시: 2024년 4월 11일 14:00-16:30, 사무실 2층 상담실

1. 인적 사항
진술인 {{r:전옥희}}(1988년생, {{u:함경북도}} {{u:청진}} 출신)는 2017년 3월 {{u:중국}} {{u:다롄}}의 수산물 가공공장에 파견되었다. 같은 해 파견된 여성 노동자는 모두 120명이었고, 그중 같은 작업반에는 김 씨 성을 가진 언니 둘과 {{p:명순}}이, 그리고 "{{p:별}}"이라고 불리던 가장 어린 동무가 있었다.

2. 여권과 임금
도착 당일 {{r:리춘호}} 지배인이 여권을 모두 걷어 갔다. {{r:리}} 지배인은 "잃어버리면 조국으로 못 돌아간다"며 금고에 넣었고, {{r:옥희}} 씨는 귀국할 때까지 여권을 다시 본 적이 없다. 임금은 {{u:중국}} 회사가 {{u:북한}} 회사 계좌로 보냈다고 들었고, 본인이 손에 쥔 돈은 한 달에 {{u:중국}} 돈 100~200위안 정도였다. 나머지는 "계획분"과 "충성자금"으로 떼어 갔다고 한다.

3. 작업 환경
하루 14시간 이상 냉동 오징어를 손질했다. 한겨울에도 작업장 온도는 영하였고, 손가락 동상으로 손톱이 빠진 동료가 많았다. {{p:별}}이는 2018년 겨울 손이 부어 칼을 쥐지 못했지만 {{r:춘호}}는 "{{u:조선}} 여자가 그만한 것도 못 참느냐"며 작업을 시켰다. 중국인 라인장 {{p:王丽}}({{p:왕리}})가 몰래 연고를 가져다 주었다.

4. 가족
진술인의 여동생 {{r:전명실}}은 현재 {{u:청진}}에 거주하는 것으로 보인다. 2019년 {{r:리}} 지배인이 면담에서 "네 동생 {{r:명실}}이도 대학 가야지?"라고 말했는데, 진술인은 이를 위협으로 받아들였다. 이 말을 들은 뒤로는 {{p:명순}}이와도 공장 이야기를 하지 않았다.

5. 후속 조치
- {{p:한소율}}: {{p:별}}의 본명 확인 요청(진술인은 "{{p:송별}}"인 것 같다고 함)
- {{p:서지안}}: {{u:유엔 북한인권 서울사무소}} 제출 여부 진술인과 재확인
""",
    },
    {
        "id": "h55-ko-02",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Hong Chol-gu", "홍철구", "witness", ["철구"]),
            ("Ri Yong-sik", "리용식", "supervisor", ["용식", "여우"]),
        ],
        "note": "Korean Q&A transcript with speaker labels, Kuwait construction; interviewer labels by surname; minder nicknamed 여우 beside the ordinary word fox; Egyptian and Pakistani co-workers; Kuwaiti places public.",
        "text": """녹취록 - 진술인 {{r:홍철구}} (3회차, 발췌)
일시: 2024.5.20. / 장소: {{u:서울}} 사무실 / 면담자: {{p:문가람}}({{p:문}}), 기록: {{p:여하늘}}
※ 화자 표시: {{p:문}} = 면담자, {{r:홍}} = 진술인

{{p:문}}: 지난번에 {{u:쿠웨이트}} 도착 첫날까지 말씀하셨어요. 숙소는 어디였어요?
{{r:홍}}: {{u:자흐라}} 쪽 노동자 캠프요. 컨테이너 한 칸에 열두 명. 에어컨은 있었는데 자주 고장 났어요.
{{p:문}}: 여권은요?
{{r:홍}}: 공항에서 바로 {{r:리용식}} 소장이 걷었어요. 우리는 그 사람을 "{{r:여우}}"라고 불렀어요. 눈이 가늘고 말을 잘 바꿨거든요.
{{p:문}}: {{r:여우}}라는 별명은 누가 먼저 붙였어요?
{{r:홍}}: 그건 몰라요. 제가 갔을 때 이미 다들 그렇게 불렀어요. 진짜 여우는 사막에서 한 번 봤는데, 그건 귀가 컸어요. (웃음)
{{p:문}}: 월급은 얼마로 알고 계셨어요?
{{r:홍}}: 계약서는 못 봤어요. {{r:용식}}이가 한 달에 120디나르라고 했는데, 손에 받은 건 많아야 20디나르. 설날이나 태양절 앞에는 한 푼도 없었어요.
{{p:문}}: 현장 감독은 {{u:쿠웨이트}} 사람이었나요?
{{r:홍}}: 감독은 {{u:이집트}} 사람 {{p:아흐메드}}였어요. {{p:아흐메드}}는 우리한테 잘해 줬어요. {{u:파키스탄}} 사람 {{p:이므란}}도 물을 몰래 갖다 줬고요. 근데 {{r:리}} 소장이 외국 사람하고 말하면 총화 때 비판받는다고 해서 고맙다는 말도 못 했어요.
{{p:문}}: 다친 분이 있었다고 하셨죠.
{{r:홍}}: 2016년 7월에 {{p:조광호}}라는 동무가 더위 먹고 쓰러졌어요. 병원에 안 데려가고 컨테이너에 눕혀 놨어요. 그날 밤에 {{p:광호}}가 숨을 이상하게 쉬어서 제가 {{p:아흐메드}}한테 갔어요. 그래서 {{u:자흐라 병원}}에 갔어요. 그 일로 제가 {{r:여우}}한테 맞았어요.
{{p:문}}: 그 뒤에 {{p:조광호}} 씨는 어떻게 됐어요?
{{r:홍}}: 한 달 뒤에 귀국했어요. 그다음은 몰라요.
[녹음 종료 00:58:14]
""",
    },
    {
        "id": "h55-ko-03",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Pak Un-byol", "박은별", "witness", ["은별"]),
            ("Pak Kum-chol", "박금철", "relative", ["금철"]),
        ],
        "note": "KakaoTalk group export between caseworker, interpreter and a witness; bracketed sender names with emoji; a zero-width space inside one sender name; transliterated surname discussed as a word; a brother in Russia; family threatened; CRLF.",
        "text": """Talk_2024.6.2 14:20-{{r:박은별}}님과 {{u:카카오톡}} 대화
저장한 날짜 : 2024-06-02 14:25:07

--------------- 2024년 6월 1일 토요일 ---------------
[{{r:박은별}}] [오후 9:02] 선생님 늦게 죄송해요
[{{r:박은별}}] [오후 9:02] 오빠 소식 들었어요 😢
[{{p:윤\u200b서연}}] [오후 9:05] {{r:은별}} 씨 괜찮아요? 천천히 말해줘요
[{{r:박은별}}] [오후 9:07] {{u:블라디보스토크}}에 있는 {{r:금철}} 오빠 동료가 {{u:텔레그램}}으로 연락왔어요
[{{r:박은별}}] [오후 9:08] 오빠가 지난달에 현장에서 떨어져서 다리를 다쳤는데 병원도 못 갔대요
[{{r:박은별}}] [오후 9:08] 여권은 아직 {{p:최}} 반장이 갖고 있고요
[{{p:윤\u200b서연}}] [오후 9:10] 동료분 이름 알 수 있을까요? 저희만 알고 있을게요
[{{r:박은별}}] [오후 9:12] {{p:강영수}}라는 분이에요. {{u:러시아}} 번호로 왔어요
[{{r:박은별}}] [오후 9:13] 근데 {{p:영수}} 씨가 그러는데 {{p:최}} 반장이 "니 동생 {{u:남조선}} 간 거 다 안다" 그랬대요 ㅠㅠ
[{{p:이도윤}}] [오후 9:15] 안녕하세요 {{r:은별}} 님, 통역 {{p:이도윤}}입니다. 러시아어 메시지 있으면 캡처 보내주세요 🙏
[{{r:박은별}}] [오후 9:16] 사진
[{{p:윤\u200b서연}}] [오후 9:20] 받았어요. {{p:도윤}} 씨가 번역해 줄 거예요
[{{p:이도윤}}] [오후 9:31] 번역: "{{r:금철}}이 다리 부러짐. Бригадир {{p:Цой}} 병원 안 보냄. {{r:Пак}} 걱정 말라고 동생한테 전해 달라." 여기서 Цой는 '최'를 러시아식으로 쓴 거예요
[{{r:박은별}}] [오후 9:33] 엄마한테는 말 못 하겠어요
[{{r:박은별}}] [오후 9:33] 엄마 {{u:혜산}}에 있는데 보위원이 또 올까봐
[{{p:윤\u200b서연}}] [오후 9:35] {{r:은별}} 씨, 오늘은 여기까지만 하고 월요일에 사무실에서 {{p:김영미}} 변호사님이랑 같이 얘기해요
[{{r:박은별}}] [오후 9:36] 네 고마워요 ❤️
--------------- 2024년 6월 2일 일요일 ---------------
[{{p:윤\u200b서연}}] [오후 2:20] {{r:은별}} 씨, {{u:러시아}} 병원 관련해서 {{u:유엔}} 쪽 문의는 월요일에 {{p:김영미}} 변호사님이 결정하실 거예요. 푹 쉬어요
""",
    },
    {
        "id": "h55-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yun Kwang-su", "윤광수", "witness", ["광수"]),
            ("Yun Jin", "윤진", "relative", ["진"]),
            ("Mok Chang-ryol", "목창렬", "supervisor", []),
        ],
        "note": "Korean phone-call notes, Russian logging; witness's son with a one-syllable given name used alone and with particles; minder 목 by surname plus title; Russian foreman in Cyrillic with case ending; Korean and Russian place names public.",
        "text": """통화 메모
2024.3.14.(목) 19:40~20:15 / 발신: {{r:윤광수}} 님(휴대폰) / 수신·작성: {{p:정하람}}

- {{r:윤광수}} 님 전화. 목소리 떨림. 아들 {{r:진}}이 소식 때문.
- 내용: {{r:진}}이가 2019년부터 {{u:아무르주}} 벌목장에 있음(본인이 나온 뒤에 파견됨). 어제 {{u:하바롭스크}}에 있는 지인 {{p:마}} 씨한테서 "{{r:진}}이가 도망쳤다가 잡혔다"는 말 들음.
- {{r:진}}이를 잡은 사람이 {{r:목창렬}} 지도원이라고 함. {{r:목}} 지도원은 {{r:광수}} 님이 2015년에 있던 벌목장에서도 지도원이었음. "그 사람이면 애를 그냥 안 둔다."
- {{u:러시아}} 쪽 작업반장은 {{p:Николай}}, 다들 "{{p:Коля}}"라고 부름. {{p:마}} 씨 말로는 {{p:Коли}} 트럭에 숨었다가 검문에서 걸렸다고.
- {{r:광수}} 님 요청: {{u:러시아}} 경찰이나 이민국에 연락할 수 있는지. → 설명: 우리가 직접 연락하면 {{r:진}}에게 더 위험할 수 있음. 변호사({{p:남궁}} 변호사)와 상의 후 회신하기로.
- 추가: 부인 {{p:한}} 씨는 {{u:함흥}}에 있음. 2주 전 보위원이 집에 와서 "{{r:윤광수}}가 {{u:남조선}}에서 뭐 하냐"고 물었다고 함(이것도 {{p:마}} 씨 경유 정보, 확인 불가).
- 정서 상태: 매우 불안. 자책("내가 나와서 애가 벌받는다"). 상담 연결 제안 → 수락. {{p:하은}} 상담사에게 전달.

※ 메모 공유 범위: {{p:정하람}}, {{p:남궁}} 변호사, {{p:하은}} 상담사만.
""",
    },
    {
        "id": "h55-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ju Hyon-sik", "주현식", "witness", ["현식"]),
            ("Ryo Chang-gi", "려창기", "supervisor", ["여창기"]),
        ],
        "note": "Korean reviewers' comments on a draft testimony, Ulaanbaatar construction; comment tags built from reviewers' surnames; North and South spellings of the minder (려/여); Mongolian foreman in Cyrillic; surname 노 beside the negative 안/노; Mongolian places public.",
        "text": """증언문 초안(T-2024-14) 검토 의견 - 2차
검토자: {{p:백승아}}(이하 {{p:백}}), {{p:노윤재}}(이하 {{p:노}}) / 2024.8.5.

[{{p:백}}-1] 1문단: "{{r:주현식}} 씨는 2016년 {{u:몽골}} {{u:울란바토르}}의 아파트 건설 현장에 파견되었다." → 파견 시기가 면담 기록(2015년 11월)과 다름. 확인 필요.
[{{p:노}}-1] 동의. 그리고 2문단부터 "{{r:현식}} 씨"와 "{{r:주현식}} 씨"가 섞여 있음. 공개본에서는 이름을 아예 쓰지 않으니 내부본 기준으로 "{{r:주현식}} 씨"로 통일 권장.
[{{p:백}}-2] 3문단: 감독 이름이 "{{r:려창기}}"와 "{{r:여창기}}"로 두 번 나옴. 진술인이 직접 쓴 이름은 "{{r:려창기}}". 남한식 표기로 바꾸지 말 것.
[{{p:노}}-2] 3문단 "{{r:려}} 지배인이 여권을 가방에 넣고 다녔다" - 진술인은 "가방"이 아니라 "서류 가방"이라고 함(녹음 00:22:40).
[{{p:백}}-3] 4문단: {{u:몽골}} 측 현장 반장 이름 "{{p:Батбаяр}}"를 한글로 "{{p:바트바야르}}"로 병기할 것. 진술인은 그를 "{{p:바타}}"라고 불렀다고 함.
[{{p:백}}-4] 5문단: 동료 "{{p:안영수}}"의 부상. 여기서 "{{p:안}} 씨는 병원에 안 갔다"는 문장은 "{{p:안영수}} 씨는 병원에 가지 못했다"로. 성 "안"과 부정어 "안"이 한 문장에 있어서 읽기 어려움.
[{{p:노}}-4] 5문단 끝: "{{p:영수}}는 2017년 봄 {{u:평양}}으로 돌아갔다"는 진술인이 들은 말. "~고 들었다"로 수정.
[{{p:백}}-5] 6문단: 진술인의 부인 {{p:조은하}} 씨 이름 삭제. 부인은 {{u:남포}}에 있음.
""",
    },
    {
        "id": "h55-ko-06",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Tak Yong-gil", "탁용길", "witness", ["용길"]),
        ],
        "note": "Korean focus-group transcript with participants as letters; participants use pseudonyms and occasionally real names, which count as mentions; minders by surname plus title; a moderator's role label unmarked; Russia, Qatar and China public.",
        "text": """포커스 그룹 녹취 (해외 파견 노동 경험자 5명) - 2024.9.7.
진행: {{p:우지은}} / 보조: {{p:함태오}} / 참가자는 A~E로 표기, 가명 사용 원칙

진행자: 편하게 말씀해 주세요. 이름은 가명으로 부르시면 됩니다.
A: 저는 그냥 A로 해 주세요. {{u:러시아}} {{u:이르쿠츠크}}에서 미장 했어요.
B: 저는 {{u:카타르}}요. 2015년부터 3년.
C: 저는 {{u:중국}} {{u:훈춘}} 수산 공장에 있었어요. 여자는 저 혼자네요.
D: 저는 {{r:용길}}이라고... 아, 본명 말하면 안 되죠. 그냥 D로 해 주세요.
진행자: 괜찮습니다. 녹취록에서는 처리하겠습니다. 처음에 여권을 어떻게 빼앗겼는지부터 이야기해 볼까요?
B: 공항에서요. {{u:도하}} 공항에 내리자마자 {{p:변}} 소장이 다 걷었어요.
A: 우리도 똑같아요. {{p:곽}} 지도원이. 그 사람 별명이 "{{p:안경}}"이었어요. 안경 쓴 사람이 그 사람 하나라서.
C: 저희는 여자 지도원이었어요. {{p:명옥}} 동지. 나이는 저보다 어린데 제일 무서웠어요.
D: 저는 {{u:러시아}} {{u:아무르}} 벌목이었는데, 반장이 {{p:도}} 반장이었어요. 그 {{p:도}} 반장이 여권을 자기 배낭에 넣고 다녔어요. 도망 못 가게.
E: 저는 {{u:몽골}}이요. 저는 여권 본 적도 없어요. 출국할 때 {{p:현}} 책임자가 한꺼번에 들고 나갔어요.
진행자: 가족 이야기도 해 주실 수 있을까요?
D: 저는 아내가 아직 {{u:청진}}에 있어요. {{p:도}} 반장이 "너 {{p:경숙}}이 생각해라" 했어요. 우리 집사람 이름을 알고 있더라고요.
C: 저도. {{p:명옥}} 동지가 "너희 엄마 {{u:온성}}에 혼자 사시지?" 그랬어요.
A: 협박이죠. 말은 웃으면서 하는데.
진행자: (잠시 휴식) 다음 주제는 임금입니다.
D: 그 전에 하나만. 아까 제 이름 {{r:탁용길}}은 빼 주세요. 녹음에는 남겠지만.
보조({{p:함태오}}): 네, 녹취록에서 모두 D로 바꾸겠습니다.
""",
    },
    {
        "id": "h55-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ra Kum-hui", "라금희", "witness", ["금희"]),
        ],
        "note": "Korean retreat dietary and allergy list as a table; witnesses, staff and volunteers private; surnames 노, 하, 도 and 안; one-syllable given names; a note about a stomach injury from forced labour in a Chinese seafood plant; a child listed only as 꼬마, a generic word.",
        "text": """2024 가을 치유 수련회({{u:강화도}}) - 식단·알레르기 명단
작성: {{p:노수빈}}(행사 담당) / 9월 20일 기준 / 주방 공유용(이름 외 개인정보 삭제)

번호 | 이름 | 식단 | 알레르기 | 비고
1 | {{r:라금희}} | 죽/부드러운 음식 | 없음 | 위 수술 이력. {{u:중국}} 공장에서 얻은 위장 질환. 매운 음식 X
2 | {{p:하윤}} | 일반 | 갑각류 | 에피펜 소지
3 | {{p:도하람}} | 채식 | 없음 | -
4 | {{p:안솔}} | 일반 | 땅콩 | 심함. 주방에 꼭 전달
5 | {{p:김철}} | 일반 | 없음 | 당뇨. 밥 양 적게
6 | {{p:오영순}} | 할랄 아님, 돼지고기 X | 없음 | -
7 | {{p:노}} 선생님(강사) | 일반 | 우유 | -
8 | 꼬마({{p:박서진}}의 딸, 6세) | 어린이식 | 달걀 | {{p:서진}} 씨 요청: 아이 이름 명찰에 쓰지 말 것

메모
- {{r:금희}} 씨는 식사 시간에 늦을 수 있음(약 복용). {{p:하윤}} 씨가 옆자리 앉기로 함.
- {{p:안솔}} 씨의 땅콩 알레르기 때문에 간식은 땅콩 없는 것으로. 안 되면 따로 포장.
- {{p:도하람}} 씨와 {{p:하윤}} 씨는 같은 방.
- {{p:김철}} 씨는 {{u:러시아}} 벌목장에서 손가락 부상 있음. 젓가락 대신 포크 준비.
- {{r:라금희}} 씨는 사진 촬영 원하지 않음.
""",
    },
    {
        "id": "h55-ko-08",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Chon Song-ho", "천성호", "witness", ["성호"]),
            ("Bae Jun-gi", "배준기", "other", []),
            ("Chu Tok-man", "추덕만", "supervisor", []),
        ],
        "note": "Korean workplace-harassment complaint by a resettled former construction worker; the team leader mocks his years in St Petersburg; former minder named; co-worker witnesses; Korean public bodies and cities public; mixed line endings.",
        "text": """직장 내 괴롭힘 신고서

1. 신고인: {{r:천성호}} (생산2팀, 입사 2023.3.)
2. 행위자: {{r:배준기}} (생산2팀 팀장)
3. 목격자: {{p:석민호}}(생산2팀), {{p:Nguyen Van Hai}}(생산2팀, {{u:베트남}} 국적)
4. 회사: ○○정밀({{u:안산}} {{u:반월공단}}) / 접수: 인사팀 {{p:유다인}} 대리

5. 신고 내용
저는 {{u:북한}}에서 왔고, 2016년부터 2019년까지 {{u:러시아}} {{u:상트페테르부르크}} 건설 현장에서 일했습니다. 입사할 때 면접에서 이 이야기를 했습니다.
2023년 6월부터 {{r:배준기}} 팀장이 회의 때마다 "{{u:러시아}}에서 노예 하다 온 사람은 시키는 대로 해야지"라고 말했습니다. 다른 직원들 앞에서 저를 "동무"라고 부르고, 제 이름 대신 "{{r:천}} 동무"라고 부릅니다.
2023년 9월 12일 {{r:배}} 팀장은 제 작업 일지를 찢으면서 "거기서는 {{r:추덕만}}인가 하는 사람이 너 때렸다며? 나는 안 때리니까 고맙게 생각해"라고 했습니다. {{r:추덕만}}은 {{u:러시아}} 현장의 지도원 이름입니다. 제가 예전에 회식 자리에서 {{p:석민호}} 씨에게만 말한 이름인데, 팀장이 알고 있었습니다.
그날 {{p:석민호}} 씨와 {{p:Hai}} 씨가 옆에 있었습니다. {{p:Hai}} 씨는 나중에 저에게 "팀장님 너무해요"라고 했습니다.
이후 저는 야간 근무에 계속 배정되었고, 다른 사람들은 돌아가면서 하는데 저만 석 달째입니다.

6. 요청 사항
- 행위자와 분리 근무
- 제 출신과 {{u:러시아}}에서의 일을 다른 직원에게 말하지 말 것
- {{u:고용노동부}}에도 같은 내용으로 진정할 예정이며, 상담은 {{u:하나센터}}의 {{p:모지현}} 상담사에게 받고 있습니다.

2024년 1월 8일 신고인 {{r:천성호}} (서명)
""",
    },
    {
        "id": "h55-ko-09",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Do Kyong-nam", "도경남", "witness", ["경남"]),
        ],
        "note": "Korean community-garden plot allocation list; witness's given name 경남 beside the province abbreviation 경남; surnames 도, 하, 오, 유 beside ordinary words; invented garden unmarked; Seoul districts public; CRLF.",
        "text": """2024년 봄 나눔텃밭 분양 결과 ({{u:노원구}} {{u:상계동}} 공동체 텃밭)
담당: {{p:하지원}} 간사 / 추첨일: 3월 9일 / 분양 기간: 4월~11월

구획 | 이름 | 비고
A-1 | {{r:도경남}} | 북한이탈주민 우선 분양. {{u:러시아}} 벌목장에서 감자 농사 경험 있다고 함
A-2 | {{p:하영자}} | 작년 계속
A-3 | {{p:오}} 할머니({{p:오순례}}) | 허리 불편, 입구 쪽 배정
A-4 | {{p:유민준}}·{{p:유서아}} | 가족 분양
B-1 | {{p:도}} 선생님 | {{p:도윤희}} 선생님(인근 초등학교), 학생 체험용
B-2 | {{p:Sergei}}·{{p:안나}} | {{u:러시아}} 출신 부부, 통역 필요 없음
B-4 | {{p:하}} 씨 | {{p:하영자}} 님 아드님. 같이 관리

메모
- {{r:경남}} 씨는 {{u:경남}} 출신 자원봉사자 {{p:진우석}} 씨와 같은 날 물 주기 당번. ({{u:경남}} = {{u:경상남도}}; 봉사자 고향)
- {{r:도경남}} 씨 요청: 이름표에 성만 쓰기. → 팻말에는 "{{r:도}}"만.
- {{p:Sergei}} 씨 부부와 {{r:경남}} 씨가 러시아어로 이야기 나누는 것 좋아함. 오해 없게 {{p:하지원}} 간사가 소개함.
""",
    },
    {
        "id": "h55-ko-10",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Sol Hye-yong", "설혜영", "witness", ["혜영"]),
            ("Sol Chun-ok", "설춘옥", "relative", []),
        ],
        "note": "Korean photo and video release forms for a documentary; consent options ticked; witness and her mother; photographer surname 안 beside the negative 안; broadcasters and film festival public; blurred co-worker named.",
        "text": """사진·영상 촬영 및 이용 동의서 (다큐멘터리 「보내진 사람들」)
제작: 독립 제작팀 / 연출: {{p:강다온}} / 촬영: {{p:안진우}} / 동의서 관리: {{p:표해린}}

[동의서 1]
성명: {{r:설혜영}} / 생년: 1990 / 연락처: 사무국 경유
내용: {{u:중국}} {{u:단둥}} 봉제공장 근무(2016~2019) 관련 인터뷰 촬영
□ 얼굴 공개 동의   ■ 얼굴 비공개(모자이크)   ■ 음성 변조
□ 실명 사용   ■ 가명 사용(가명: "{{r:수연}}")
■ 방송 이용({{u:KBS}} 등 방송사 판매 포함)   ■ 영화제 상영({{u:DMZ국제다큐멘터리영화제}})
특기 사항: 본인이 언급한 지도원 "{{p:피}} 선생"의 이름은 자막에서 삭제. 공장 동료 "{{p:옥련}}"의 사진(휴대폰 사진)은 얼굴 흐림 처리 후 사용.
서명: {{r:설혜영}} / 2024.7.2. / 설명자: {{p:표해린}}

[동의서 2]
성명: {{r:설춘옥}} (진술인 {{r:혜영}} 씨의 어머니) / 생년: 1962
내용: 딸과 함께 {{u:서울}} 집에서 식사하는 장면
□ 얼굴 공개 동의   ■ 뒷모습만
■ 방송 이용   □ 영화제 상영 - 어머니가 원치 않음
특기 사항: 어머니는 2014년 탈북. "{{u:북한}}에 아직 아들이 있어서 안 돼요." 아들 이름은 기록하지 않음.
서명: {{r:설춘옥}} / 2024.7.2. / 설명자: {{p:표해린}}, 입회: {{p:안진우}}
""",
    },
    {
        "id": "h55-ko-11",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kwak Chol-ung", "곽철웅", "witness", ["철웅"]),
            ("Sin Yong-dok", "신영덕", "supervisor", []),
        ],
        "note": "Korean translation of a North Korean foreign-currency plan quota sheet from a Primorye construction unit; DPRK spellings (로씨야, 련방); workers in a table, arrears holders and the unit chief; translator's note on a worker nicknamed 꺽다리.",
        "text": """[번역문] 계획분 납부 정형 (2018년 3/4분기)
원문: 조선어 수기, 1매. 제공: 진술인 {{r:곽철웅}}(귀국 전 사진 촬영). 옮긴이 주: 원문이 조선어이므로 맞춤법만 현대 한국어로 일부 고침. 번역: {{p:명세린}}

소속: ○○건설사업소 {{u:로씨야련방}} {{u:연해변강}} 작업소 제3작업반
작업반장: {{p:함명길}} / 책임자: {{r:신영덕}}

번호 | 성명 | 직종 | 계획(루블) | 납부 | 미납 | 비고
1 | {{p:함명길}} | 반장 | 90 000 | 90 000 | - |
2 | {{r:곽철웅}} | 미장 | 90 000 | 62 000 | 28 000 | 병결 9일
3 | {{p:량수남}} | 미장 | 90 000 | 90 000 | - |
4 | {{p:홍일범}} | 목수 | 90 000 | 40 000 | 50 000 | 총화에서 비판
5 | {{p:차경호}} | 목수 | 90 000 | 71 000 | 19 000 |
6 | {{p:주명}} | 철근 | 90 000 | 90 000 | - | 모범
7 | {{p:김 철}} | 철근 | 90 000 | 0 | 90 000 | 8월 부상. 귀국 대상

합계 계획 630 000 / 납부 443 000 / 미납 187 000
미납자는 다음 분기에 보충하며, 보충 못 할 경우 {{r:신영덕}} 동지에게 보고하여 처리함.
확인: {{r:신}} (수표)

[옮긴이 주]
- 7번 "{{p:김 철}}"은 원문에 성과 이름 사이가 띄어져 있음. 진술인에 따르면 동료들이 "{{p:꺽다리}}"라고 부르던 {{p:김철}}이며, 8월에 비계에서 떨어져 다리가 부러졌다고 함. 미납액 90 000은 병원에 못 가고 숙소에 누워 있던 기간이다.
- 2번 진술인 {{r:철웅}} 씨의 "병결 9일"은 본인 말로는 폐렴.
- "처리함"의 의미에 대해 {{r:곽철웅}} 씨는 "집에 편지를 보낸다는 뜻"이라고 설명함. 즉 가족에게 알린다는 위협.
- 1루블 = 약 17원(2018년 기준). 각 개인에게 실제로 지급된 금액은 이 표에 없음.
""",
    },
    {
        "id": "h55-ko-12",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ryu Sol-mi", "류솔미", "other", ["솔미"]),
            ("Hyon Chang-su", "현창수", "witness", ["창수"]),
        ],
        "note": "Korean volunteer exit interview; the departing volunteer is registered; witnesses she accompanied to hospital and court by given name; staff by surname plus title; real hospital and court public; surname 류/유 variation.",
        "text": """자원봉사자 종료 면담 기록
면담 대상: {{r:류솔미}}(동행 봉사, 2022.5.~2024.6.) / 면담자: {{p:오세진}} 팀장 / 일시: 2024.6.28.

1. 활동 기간 중 가장 의미 있었던 일
{{r:솔미}} 님: "{{r:현창수}} 선생님을 {{u:국립중앙의료원}}에 여섯 번 모시고 간 일이요. {{u:카타르}}에서 다친 허리 때문에 처음엔 걷지도 못하셨는데 마지막에는 혼자 버스를 타셨어요."
→ {{r:창수}} 님이 감사 편지를 남겼다고 전함.

2. 어려웠던 점
- 재판 동행({{u:서울중앙지방법원}}) 때 피고 측 사람이 {{r:현}} 선생님 이름을 크게 부른 일. 당시 {{p:조}} 변호사님이 바로 제지했지만 그날 {{r:창수}} 님이 많이 힘들어하셨다고.
- 봉사자 단체 채팅방에 당사자 이름이 올라온 일 2회({{p:윤아}}, {{p:혜주}} 님 건). 본인이 바로 삭제 요청했었음.

3. 개선 제안
- 동행 봉사자용 "이름 부르지 않기" 안내문 필요. 예: 병원에서 "○○○ 님" 대신 번호로.
- 신규 봉사자 교육에 {{u:국가인권위원회}} 자료 추가.

4. 기타
- {{r:솔미}} 님은 유학({{u:독일}}) 때문에 종료. 귀국 후 재참여 희망.
- 참고: 서류에는 "{{r:유솔미}}"로 적힌 것도 있음. 본인 표기는 "{{r:류솔미}}". 봉사 확인서는 "{{r:류솔미}}"로 발급.
- 봉사 확인서 발급: {{p:오}} 팀장 서명, 7월 5일까지.
""",
    },
    {
        "id": "h55-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kang Sun-nam", "강순남", "witness", ["순남"]),
        ],
        "note": "Korean move-in condition checklist for a rental flat; tenant is a former Kuwait construction worker; landlord, agent and previous tenant private; room-by-room table; surname 모 beside the word 모두; LH and district office public.",
        "text": """입주 시 주택 상태 점검표
주소: {{u:인천}} {{u:남동구}} ○○로 ({{u:LH}} 매입임대) / 공급: {{u:한국토지주택공사}}
입주자: {{r:강순남}} / 입회: 정착도우미 {{p:모영진}}, 관리사무소 {{p:길상훈}} 주임 / 점검일: 2024.2.15.

구역 | 상태 | 사진 | 비고
현관 | 도어락 작동 양호 | 1 | 비밀번호 입주자가 변경
거실 | 벽지 얼룩(창가) | 2, 3 | 전 입주자 {{p:송미경}} 씨 퇴거 시 기록과 동일
주방 | 가스레인지 점화 불량 | 4 | {{p:길}} 주임: 2/20까지 교체
욕실 | 곰팡이(천장 모서리) | 5 | 입주자 책임 아님. 모두 사진 찍어 둠
작은방 | 방충망 찢어짐 | 6 | -
보일러 | 정상 | 7 | 난방비 안내 {{p:모}} 도우미가 설명

특이 사항
- {{r:순남}} 님은 {{u:쿠웨이트}} 현장에서 오른쪽 귀를 다쳐 초인종 소리를 잘 못 들음. 빛이 나오는 초인종 설치 요청 → 관리사무소 검토.
- 열쇠 2개 수령. 1개는 {{r:강순남}} 님, 1개는 비상용으로 {{p:모영진}} 도우미 보관(본인 동의).
- 우편함에 전 입주자 {{p:송미경}} 앞 우편물 3통 → 관리사무소 전달.

확인: 입주자 {{r:강순남}} (서명) / 입회자 {{p:모영진}} (서명) / 관리사무소 {{p:길상훈}}
""",
    },
    {
        "id": "h55-ko-14",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Paek Yong-chun", "백영춘", "witness", ["영춘"]),
            ("Ri Myong-ok", "리명옥", "witness", ["명옥"]),
        ],
        "note": "Korean spectacles-voucher register with an optician partner; recipients' eye injuries from welding in Kuwait and sewing in China; optician and staff private; one-syllable given names; initials; optician chain public.",
        "text": """안경 지원 바우처 사용 대장 (2024 상반기)
협력 안경원: {{u:다비치안경}} ○○점 / 담당 안경사: {{p:하정민}} / 기록: {{p:여수아}}

번호 | 수령자 | 바우처 | 사용일 | 비고
01 | {{r:백영춘}} | 15만 원 | 1/12 | 용접 불꽃으로 시력 저하({{u:쿠웨이트}} 현장 4년). 보호 안경 추가 요청
02 | {{r:리명옥}} | 15만 원 | 1/19 | {{u:중국}} 봉제공장 야간 작업으로 근시 심해짐. 다초점
03 | {{p:강}}(이름 비공개) | 15만 원 | 2/2 | 본인 요청으로 성만 기재
05 | {{p:K.S.}} | 15만 원 | 3/1 | 기록 보호 대상. 실명은 사무국 명부에만
06 | {{p:석}} 님 | 15만 원 | 3/15 | 본명 {{p:석진호}}. {{u:러시아}} 벌목장 부상 이후 안구 건조
07 | {{p:윤혁}} | 10만 원 | 4/3 | -
08 | {{r:영춘}} 님(재방문) | - | 4/10 | 01번 보호 안경 수령

메모
- {{p:하정민}} 안경사님이 {{r:백영춘}} 님 시력 검사 후 안과 진료 권유. {{u:김안과병원}} 예약 도와드리기로.
- {{r:명옥}} 님은 처음에 "안경은 사치"라며 거절. {{p:여수아}}가 설득.
""",
    },
    {
        "id": "h55-ko-15",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ok Chol-man", "옥철만", "witness", ["철만"]),
            ("Jo Ung-bom", "조웅범", "supervisor", ["웅범"]),
        ],
        "note": "Korean transcription of a net-mending crew assignment sheet from a Chinese trawler with North Korean crew, with the witness's notes; crew nicknames, Chinese officers as 老 and 小 forms; surname 옥 and 조; Chinese ports public.",
        "text": """[자료 전사] 그물 수선 작업조 편성표 - 2019년 10월, 조업선 (선명 비공개)
원본: 진술인 {{r:옥철만}}이 수첩에 베껴 둔 것. 전사: {{p:지예준}}. ( ) 안은 진술인 설명.

조선인 선원 책임자: {{r:조웅범}} / {{u:중국}} 측 갑판장: {{p:老梁}}({{p:량}} 씨)

1조 (오전 04:00-10:00)
 조장 {{p:한덕보}}(?) → 진술인: "이름이 정확한지 모르겠음. 다들 '{{p:덕이}}'라고 불렀음"
 {{r:옥철만}}, {{p:지}} 동무, {{p:꺽쇠}}(별명, 본명 {{p:남일권}})
2조 (10:00-16:00)
 조장 {{p:변학철}}
 {{p:송진}}, 막내(18세, 이름 모름), {{p:小赵}}({{u:중국}} 선원, 통역 겸)
3조 (16:00-22:00)
 조장 {{r:조웅범}}(책임자가 직접)
 {{p:문성}}, {{p:하청}}

비고(원본): 그물 손실 시 조장 책임. 손실분은 임금에서 공제. - {{r:조}}
진술인 메모:
- "{{r:웅범}}이는 3조에 자기 이름 적어 놓고 실제로는 안 나왔음. 그 시간에 {{p:老梁}}하고 술 마심."
- "{{p:꺽쇠}}는 손가락 하나 잘렸음(11월). {{u:저우산}} 입항 때까지 병원 못 감."
- "막내는 그냥 막내라고 불렀음. 이름은 아무도 안 물어봄."
- "나는 2020년 {{u:모리셔스}} {{u:포트루이스}}에서 내렸음. 이 수첩은 바지 안에 꿰매서 나옴."
""",
    },
    {
        "id": "h55-ko-16",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Chae Song-nam", "채성남", "witness", ["성남"]),
        ],
        "note": "Korean translation of a North Korean business-trip certificate issued for a Russian construction posting; DPRK spellings of Russia and Pyongyang institutions; signing officials private; witness's given name 성남 beside the city Seongnam; translator's certification.",
        "text": """[번역] 출장증명서

번호: 제 217호
성명: {{r:채성남}}
나이: 32살 (1986년생)
직장직위: ○○도 건설련합기업소 로동자(미장공)
출장지: {{u:로씨야}} {{u:모스크바}}시
출장목적: 대외건설 (로력 파견)
출장기간: 주체105(2016)년 4월 2일부터 주체108(2019)년 4월 1일까지
동행자: {{p:리광혁}} 외 38명 (명단 별첨 - 별첨은 제출되지 않음)

위 사람은 우리 기업소 로동자로서 위와 같이 출장함을 증명함.

발급: 주체105(2016)년 3월 28일
기업소 지배인 {{p:석진철}} (수표)
당비서 {{p:허명숙}} (수표)
(도장: 인민경제 관련 기관 - 글자 판독 불가)

[옮긴이 주]
1. 원본 사진은 {{r:채성남}} 씨가 제공(2023.10.). {{r:성남}} 씨는 {{u:경기도}} {{u:성남}}시에 거주 중이라 "이름과 사는 곳이 같다"고 웃었음.
2. "로력 파견"은 노동력 파견. 원문의 "대외건설"은 해외 건설 사업을 가리킴.
3. 동행자 {{p:리광혁}}은 진술인에 따르면 {{u:모스크바}} 현장의 반장이 되었고, 여권을 걷어 간 사람도 {{p:리}} 반장이었다고 함.
4. 지배인 {{p:석진철}}, 당비서 {{p:허명숙}}은 진술인이 직접 만난 적은 없다고 함.
5. 출장증명서는 {{u:북한}} 안에서 이동할 때 쓰는 문서인데, 해외 파견자에게도 발급된 것이 특이함({{u:통일부}} 자료와 대조 필요).
번역: {{p:탁서윤}} / 검수: {{p:민경호}}
""",
    },
    {
        "id": "h55-ko-17",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Pyon Hak-chol", "변학철", "witness", ["학철"]),
            ("Pyon Yong-hui", "변영희", "witness", ["영희"]),
            ("Ryom Tae-song", "렴태성", "supervisor", ["염태성"]),
        ],
        "note": "Korean litigation document-preservation notice to NGO staff (custodians) in a damages suit; witness couple, minder; staff private; folder names and messenger apps; Korean court and Qatar public; surname 렴/염 spelling.",
        "text": """소송 관련 자료 보존 요청
수신: 아래 보존 대상자 / 발신: 법무 담당 {{p:제갈윤}} / 2024.10.2.
사건: {{r:변학철}}·{{r:변영희}} 손해배상 청구 ({{u:서울중앙지방법원}} 2024가합○○○○)

1. 요청 사항
위 사건과 관련된 모든 자료(문서, 이메일, 메신저, 사진, 녹음, 메모)를 별도 지시가 있을 때까지 삭제하거나 수정하지 마십시오. 자동 삭제 설정이 되어 있는 경우 해제하십시오.

2. 보존 대상자
- {{p:추민아}} (담당 상담사, 2021~2023)
- {{p:유경태}} (통역)
- {{p:나은솔}} (기록 담당)

3. 보존 대상 자료
- 공유 드라이브: /사건/{{r:변학철}}_{{u:카타르}}/ 전체
- {{p:추민아}} 상담사의 {{u:카카오톡}} 대화 중 {{r:학철}} 님, {{r:영희}} 님과의 대화
- {{p:유경태}} 통역사의 통역 메모(종이 포함). 특히 2022.3.4. 면담에서 "{{r:렴태성}}"(진술인 표기) / "{{r:염태성}}"(초기 기록 표기) 관련 부분
- {{u:텔레그램}}으로 받은 사진 14장({{u:도하}} 숙소, 여권 보관함)
- {{r:변영희}} 님의 수기 일기 사본(원본은 본인 보관)

4. 유의 사항
- 이 요청은 증거 보존을 위한 것이며, 자료를 다른 사람에게 전달하라는 뜻이 아닙니다.
- {{r:렴}} 씨 측(피고)이 접촉해 올 경우 응대하지 말고 {{p:제갈}} 담당에게 알려 주십시오.
- 문의: {{p:제갈윤}} (내선 204)
""",
    },
    {
        "id": "h55-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Chun-hwa", "김춘화", "witness", ["춘화", "金春花", "ＣＨＵＮＨＵＡ"]),
            ("Hwang Kyong-il", "황경일", "supervisor", ["黄经理"]),
        ],
        "note": "WeChat chat export between a Chinese ethnic-Korean go-between and a former seafood worker, Chinese and Korean; a fullwidth nickname; Chinese forms of address labelled whole (老金, 黄经理, 小崔); Hanzi names; Donggang and Pyongyang public; WeChat public.",
        "text": """{{u:微信}}聊天记录导出 / {{u:위챗}} 대화 내보내기 (2023-11-04 ~ 2023-11-05)
参与者: {{r:ＣＨＵＮＨＵＡ}}🌸 / {{p:老金}}({{u:延边}})

2023-11-04 20:13 {{r:ＣＨＵＮＨＵＡ}}🌸: {{p:老金}}, 在吗? 아저씨 계세요?
2023-11-04 20:15 {{p:老金}}: 在. {{r:춘화}}야 무슨 일이야
2023-11-04 20:16 {{r:ＣＨＵＮＨＵＡ}}🌸: {{u:东港}}那边的工厂, {{r:黄经理}}还在吗? 그 사람 아직 있어요?
2023-11-04 20:18 {{p:老金}}: 还在. 上个月我看见他了. 他问我你去哪儿了
2023-11-04 20:18 {{p:老金}}: 그 {{r:황}} 지배인이 너 찾아. 조심해
2023-11-04 20:21 {{r:ＣＨＵＮＨＵＡ}}🌸: 我的护照还在他那儿. 월급도 2년치 못 받았어요
2023-11-04 20:22 {{r:ＣＨＵＮＨＵＡ}}🌸: {{p:小崔}}는요? {{p:최명애}} 언니
2023-11-04 20:25 {{p:老金}}: {{p:小崔}}回{{u:朝鲜}}了. 9月. 听说是{{r:黄}}让她回去的
2023-11-04 20:30 {{p:老金}}: 你千万别回{{u:东港}}. 他们说你家里人在{{u:平壤}}会有麻烦
2023-11-04 20:31 {{r:ＣＨＵＮＨＵＡ}}🌸: 우리 엄마요? {{p:리순덕}}이라고 하면 다 알아요...
2023-11-05 09:07 {{p:老金}}: 我是说, {{r:金春花}}这个名字在厂里名单上还有. {{r:黄经理}}说你"病休"
2023-11-05 09:08 {{r:ＣＨＵＮＨＵＡ}}🌸: 谢谢{{p:金叔}} 🙏 저 이제 {{u:한국}}이에요. 말하지 마세요

[Note by NGO, {{p:S. Bae}}: "{{r:ＣＨＵＮＨＵＡ}}" is {{r:Kim Chun-hwa}}; "{{r:黄经理}}" is the North Korean manager {{r:Hwang Kyong-il}}. {{p:老金}} and {{p:金叔}} are the same man.]
""",
    },
    {
        "id": "h55-mixed-02",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Jang Song-min", "장성민", "witness", ["성민", "Сонмин"]),
            ("Pak Tok-su", "박덕수", "supervisor", ["Пак", "Пака", "Паку"]),
        ],
        "note": "Telegram chat export in Russian and Korean between a former worker and a Russian ex-foreman; Russian case endings kept (Пака, Паку); Korean particles outside; handles with only the name part labelled; Ussuriysk and Telegram public; CRLF.",
        "text": """{{u:Telegram}} Desktop export - chat with "{{p:Андрей}} прораб"
Exported 12.02.2024

[10.02.2024 18:44] {{p:Андрей}} прораб: Привет, {{r:Сонмин}}! Давно не слышал тебя. Ты где?
[10.02.2024 18:50] {{r:Song_min}}_kr: 안녕하세요 형님. Я в {{u:Корее}}. Южной 🙂
[10.02.2024 18:51] {{p:Андрей}} прораб: Молодец! А я думал, {{r:Пак}} тебя увёз домой.
[10.02.2024 18:53] {{r:Song_min}}_kr: {{r:Пак}} хотел. Паспорт был у {{r:Пака}} до конца.
[10.02.2024 18:55] {{p:Андрей}} прораб: Да, я помню. Я говорил {{r:Паку}}: отдай людям паспорта. Он смеялся.
[10.02.2024 18:58] {{r:Song_min}}_kr: {{p:Андрей}}, можно спросить? Вы помните {{p:Чоля}}? Который упал в {{u:Уссурийске}}, 2019.
[10.02.2024 19:02] {{p:Андрей}} прораб: {{p:Чоль}}? Маленький, в синей шапке? Помню. Его увезли, больше не видел.
[10.02.2024 19:03] {{r:Song_min}}_kr: 네... 그 사람이 {{p:한철}}이에요. {{p:한철}}이 아버지가 저한테 물어봐요
[10.02.2024 19:10] {{p:Андрей}} прораб: Спроси {{p:Ольгу}} из конторы. {{p:Ольга Викторовна}} знает, куда его отвезли. Её ник @{{p:olga}}_ussur
[11.02.2024 09:20] {{p:Андрей}} прораб: {{r:Сонмин}}, только {{r:Паку}} ничего не говори, он ещё тут, в {{u:Уссурийске}}.

[NGO note, {{p:이수안}}: "{{r:Song_min}}" = {{r:장성민}}. "{{r:Пак}}" = 작업반장 {{r:박덕수}}. 추락한 "{{p:Чоль}}" = {{p:리한철}}. {{p:Ольга}}에게 연락은 보류.]
""",
    },
    {
        "id": "h55-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Kwang-myong", "리광명", "witness", ["Kwang-myong"]),
            ("Ri Jin-a", "리진아", "relative", ["Jin-a"]),
        ],
        "note": "Translator's notes on a Korean testimony into English with Russian terms; surname Ri discussed as a word (unmarked) beside the witness Ri; kinship words unmarked; a minder written in Cyrillic with a case ending; a one-syllable name 혁 with particles; Tomsk public.",
        "text": """TRANSLATOR'S NOTES - testimony of {{r:Ri Kwang-myong}} (KO → EN), draft 3
Translator: {{p:Mina Sorensen}} | 15 Aug 2024

1. Romanisation. The surname 리 can be written Ri, Rhee, Lee or Yi; I use "Ri" because the witness uses the North Korean form. In the text: Mr {{r:Ri}}, his daughter {{r:Ri Jin-a}} ({{r:진아}}).
2. p. 2, "반장님이 그러는데" - I translate 반장 as "brigade leader", not as a name. Where he names him ({{p:박대성}}) I keep the name: "brigade leader {{p:Pak Tae-song}}".
3. p. 3, "{{p:혁}}이가 먼저 도망갔어요" - "{{p:Hyok}} ran away first." 혁 is a given name; the -이가 is a particle with the affectionate -이, not part of the name.
4. p. 4, Russian words left in Korean text: "прораб" (foreman), "общага" (dormitory). The witness quotes the foreman's words about the minder: "у {{p:Чвена}} все паспорта" ("{{p:Chwen}} has all the passports"). Чвен is how the Russians wrote the surname of the minder {{p:천영호}} ({{p:Chon Yong-ho}}), apparently.
5. p. 5, "{{u:톰스크}}" = {{u:Tomsk}}. "{{u:대한민국}} 영사관" = consulate of the {{u:Republic of Korea}}; he did not go there because "{{p:천}} 지도원이 영사관 앞에 사람을 세워 뒀다".
6. p. 6, "우리 딸 {{r:진아}}" - "my daughter {{r:Jin-a}}". He uses "우리 딸" elsewhere without the name; I keep "my daughter" there.
7. p. 7, "엄마" refers to his wife in the children's voice. Not a name; translated as "their mother".
8. Open question for {{p:Ha-neul}}: in p. 5 is "대사관" the {{u:DPRK}} embassy? I think yes (he would not go near it). Flagged.
- {{p:M.S.}}
""",
    },
    {
        "id": "h55-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Sim Yong-chol", "심용철", "witness", ["용철", "Yong-chol"]),
            ("Na Chang-son", "나창선", "supervisor", []),
        ],
        "note": "Korean/English e-mail thread between an NGO and an overseas partner about a Qatar worker; name local parts labelled, role account not; Korean surname 나 beside the pronoun 나; quoted text; Migrant-Rights and Qatar public.",
        "text": """보낸 사람: {{p:권다은}} <{{p:daeun.kwon}}@northbridge-ngo.org>
받는 사람: {{p:Farah Haddad}} <{{p:farah}}@partner-gulf.org>
참조: casework@northbridge-ngo.org
날짜: 2024년 5월 3일
제목: RE: {{r:심}} / {{u:Doha}} - dormitory address

Dear {{p:Farah}},

Thank you. 아래 내용 정리했습니다 (English below).
- 진술인 {{r:심용철}} 씨가 기억하는 숙소 위치: {{u:Industrial Area}} Street 38 근처.
- 숙소 책임자: {{r:나창선}}. {{r:나}} 소장은 "나는 여권 안 가지고 있다"고 거짓말을 했다고 함.

In English: Mr {{r:Sim}} remembers the camp near Street 38 in the {{u:Industrial Area}} of {{u:Doha}}. The person in charge was {{r:Na Chang-son}}; Mr {{r:Na}} held all passports in a safe in his room. {{r:Yong-chol}} also mentioned a Nepali driver, {{p:Bikash}}, who may still work for the same company.

Best,
{{p:Daeun}}

> On 2 May 2024, {{p:Farah Haddad}} <{{p:farah}}@partner-gulf.org> wrote:
> Hi {{p:Daeun}}, we can check the area, but we need a street or a company name. {{u:Migrant-Rights.org}} has a list of camps from 2017. Also, {{p:Bikash}}? Is that the driver {{p:Bikash Thapa}} from your earlier mail?
> {{p:F.}}
""",
    },
    {
        "id": "h55-mixed-05",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Yom Chol-nam", "염철남", "witness", ["ЕМ ЧОЛЬ НАМ", "철남"]),
            ("Kye Ung-chol", "계웅철", "supervisor", ["КЕ УН ЧОЛЬ"]),
        ],
        "note": "Russian railway berth allocation sheet for a logging brigade travelling Khabarovsk to Tynda, names in Cyrillic capitals, with the witness's Korean annotations; brigade leader in Cyrillic and Hangul; Russian conductor; Russian Railways and stations public.",
        "text": """ВЕДОМОСТЬ РАСПРЕДЕЛЕНИЯ МЕСТ (групповой проезд)
Поезд № 325, {{u:Хабаровск}} - {{u:Тында}}, вагон 9 (плацкарт), 14.04.2017
Перевозчик: {{u:ОАО «РЖД»}} | Проводник: {{p:Лаптева Н.}} | Руководитель группы: {{r:КЕ УН ЧОЛЬ}}

Место | Ф.И.О. | Паспорт
1 | {{r:КЕ УН ЧОЛЬ}} | у руководителя
2 | {{p:ПАК СОН ИЛЬ}} | у руководителя
3 | {{r:ЕМ ЧОЛЬ НАМ}} | у руководителя
4 | {{p:ХАН ДОК ПО}} | у руководителя
5 | {{p:ЧВЕ МЁН ГИЛЬ}} | у руководителя
6 | {{p:ЛИ ЕН У}} | у руководителя
... (места 7-36 - не скопированы)

[진술인 메모, 한국어 - {{r:염철남}}]
- 3번이 나. {{r:계웅철}} 반장이 1번 자리에서 밤새 안 잤음. 여권 36개를 가방에 넣고 베고 잤음.
- 2번 {{p:박성일}}, 4번 {{p:한덕보}}(우리끼리 "{{p:덕보}}"), 5번 {{p:최명길}}, 6번 {{p:리영우}}.
- {{u:러시아}} 차장 아줌마 {{p:Наталья}}가 뜨거운 물을 줬는데 {{r:계}} 반장이 받지 말라고 함.
- {{u:틴다}}에 내려서 트럭으로 다시 200km. {{p:덕보}}는 그해 겨울 동상으로 발가락 잃음.

[NGO note, {{p:Ю. Ким}}, 2023: list photographed by {{r:Chol-nam}} in 2017 and brought out on a memory card. "у руководителя" = "with the group leader", i.e. the passports were held by {{r:Kye}}.]
""",
    },
    {
        "id": "h55-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Mun Kyong-sik", "문경식", "witness", ["경식"]),
            ("Mun Kyong-ho", "문경호", "relative", ["Kyong-ho", "Кён Хо"]),
        ],
        "note": "Red Cross family message form in English with the message in Korean and a Russian address; sender in Seoul to a brother held in Russian migration detention; ICRC and Korean Red Cross public; kinship words unmarked; surname Mun written Moon.",
        "text": """RED CROSS MESSAGE / 적십자 통신
Issued by: {{u:International Committee of the Red Cross}} ({{u:ICRC}}), via {{u:Korean Red Cross}} tracing service
Ref: KR-2024-RCM-0183

SENDER
Full name: {{r:MOON Kyong-sik}} ({{r:문경식}})
Father's name: (left blank)
Address: c/o {{u:Korean Red Cross}}, {{u:Seoul}}

ADDRESSEE
Full name: {{r:MUN Kyong-ho}} ({{r:문경호}}) / {{r:Мун Кён Хо}}
Date of birth: 11.09.1990
Address: Центр временного содержания иностранных граждан, {{u:Хабаровск}}
Relationship to sender: brother

MESSAGE (max. 20 lines, family news only)
{{r:경호}}야, 형이다. 나는 {{u:서울}}에서 잘 지낸다. 너 소식은 {{p:Вадим}}이라는 {{u:러시아}} 사람한테서 들었다. 밥은 먹고 있니. 어머니 소식은 모른다. 마지막으로 들은 것은 2022년 {{u:혜산}}이다. 너 다치지 말고 기다려라. 누가 물어보면 나에 대해 아무것도 모른다고 해라. - 형 {{r:경식}}

FOR OFFICE USE
Checked by: {{p:Ji-yeon Cha}} ({{u:KRC}}) | Forwarded to {{u:ICRC}} delegation {{u:Moscow}}: 03.05.2024
Note: message reviewed for content; sender advised not to mention employer or brigade leader ({{p:조성일}}). Translator: {{p:Ahn Jae-won}}.
""",
    },
    {
        "id": "h55-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Yong-bok", "김영복", "coworker", ["Ким Ен Бок", "Кима"]),
            ("Ro Myong-hak", "로명학", "witness", ["명학"]),
        ],
        "note": "Russian remand-prison parcel acceptance register with Korean annotations; detainee in Cyrillic with Russian case endings (Кима); senders include a Russian volunteer and the witness; Russian penitentiary service and Vladivostok public.",
        "text": """ЖУРНАЛ ПРИЁМА ПЕРЕДАЧ (выписка)
{{u:ФКУ СИЗО-1 ГУФСИН России по Приморскому краю}}, г. {{u:Владивосток}}
Страница 47, март 2022

№ | Дата | Кому (арестованный) | От кого | Содержимое | Принял
212 | 04.03.2022 | {{r:Ким Ен Бок}}, 1985 | {{p:Соколова Ирина Павловна}} | тёплые носки 3 пары, чай, сахар | {{p:Гусев}}
219 | 11.03.2022 | {{r:Ким Ен Бок}}, 1985 | {{r:Ро Мён Хак}} | лапша, мыло, письмо (не принято) | {{p:Гусев}}
226 | 18.03.2022 | {{r:Ким Ен Бок}}, 1985 | {{p:Соколова И. П.}} | куртка, лекарство (не принято без рецепта) | {{p:Шевчук}}

[한국어 메모 - 진술인 {{r:로명학}}, 2023.1. 면담 때]
- {{r:김영복}}은 같은 현장 동료. 2022년 2월에 현장에서 도망쳤다가 경찰에 잡혀서 СИЗО에 들어감. 죄목은 모름.
- {{p:이리나}} 아주머니({{p:Соколова}})는 교회 봉사자. "{{r:Кима}} 걱정하지 마"라고 자주 말함.
- 219번 편지는 내가 한글로 썼는데 러시아어가 아니라서 안 받아 줬음. 담당이 "{{r:Киму}} пиши по-русски"라고 했음.
- 그 뒤에 {{r:영복}}이는 {{u:북한}}으로 보내졌다고 {{p:Соколова}} 씨한테 들음(2022년 5월).

[NGO: extract obtained from {{p:I. P. Sokolova}}'s photo, with her permission. Names of guards ({{p:Гусев}}, {{p:Шевчук}}) kept for completeness.]
""",
    },
    {
        "id": "h55-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ham Ok-ryon", "함옥련", "witness", ["옥련", "Camellia", "동백"]),
            ("Seo Tae-jin", "서태진", "witness", ["태진", "Pine"]),
            ("Tong Il-gwon", "동일권", "witness", ["일권", "River"]),
        ],
        "note": "Research pseudonym key in Korean and English mapping interview codes to real names and tree or flower pseudonyms; pseudonyms that are ordinary words (Pine, River, Camellia) are mentions where they stand for a person and unmarked as ordinary words; researcher initials.",
        "text": """PSEUDONYM KEY - 해외 파견 노동 구술 연구 (STRICTLY CONFIDENTIAL - 암호화 폴더 외 저장 금지)
Keeper: Dr {{p:Yoo Eun-seo}} | Last update: 3 March 2024

Code | 실명 | Pseudonym | 파견지 | 비고
P01 | {{r:함옥련}} | {{r:Camellia}} | {{u:China}}, seafood ({{u:Longkou}}) | 가명 본인 선택("{{r:동백}}")
P02 | {{r:서태진}} | {{r:Pine}} | {{u:Russia}}, logging ({{u:Amur}}) | -
P03 | {{r:동일권}} | {{r:River}} | {{u:Kuwait}}, construction | 성 "동"을 Tong으로 표기
P04 | (withdrawn) | - | - | 2024.2. 참여 철회, 자료 폐기
P05 | {{p:구은희}} | {{p:Maple}} | {{u:Mongolia}}, construction | -

Usage notes
- In all transcripts, replace P01 with "{{r:Camellia}}" etc. Do not use "{{r:옥련}}" or "{{r:동백}}" in text - the word 동백 is the Korean for camellia and she says her mother called her that.
- "{{r:Pine}}" talks about pine forests a lot; make sure the pseudonym does not get replaced inside "pine forests" by the find-replace macro.
- "{{r:River}}" ({{r:일권}}) mentions the {{u:Amur}} river; same problem.
- P05 {{p:Maple}}: {{p:구}} 선생님({{p:구은희}}) asked for a different pseudonym because "maple" reminds her of {{u:Canada}}, where her sister lives. Pending.
- Key holder: {{p:Y.}}; backup: {{p:J. Seo}} (no relation to P02 {{r:Seo}}).
""",
    },
    {
        "id": "h55-mixed-09",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Yon Kwang-il", "연광일", "coworker", ["Ён Гван Иль", "광일"]),
            ("Sa Chol-ho", "사철호", "witness", ["철호"]),
        ],
        "note": "Tuberculosis contact-tracing list from a Novosibirsk dormitory in Russian with English and Korean notes; index case in Cyrillic; roommates as contacts; surname 사 beside the word 사 (four); Russian health bodies public.",
        "text": """СПИСОК КОНТАКТНЫХ ЛИЦ (туберкулёз) / TB contact list
Индексный случай: {{r:Ён Гван Иль}}, 1987 г.р., общежитие стройки, {{u:Новосибирск}}
Составил: {{p:Ефимова О. А.}}, фтизиатр, {{u:Новосибирский областной противотуберкулёзный диспансер}} | 22.01.2019

№ | Ф.И.О. | Комната | Обследован | Результат
1 | {{p:Пак Сон Чоль}} | 4 | да | отриц.
2 | {{r:Са Чоль Хо}} | 4 | да | отриц.
3 | {{p:Чон Мён Су}} | 4 | нет | не явился
4 | {{p:Хо Ин Чоль}} | бригадир | нет | отказ ("не контактировал")

[English note by NGO doctor Dr. {{p:A. Lee}}, 2023, on a copy provided by {{r:Sa Chol-ho}}]
The index case, {{r:Yon Kwang-il}}, slept in room 4 with four others. Mr {{r:Sa}} says the brigade leader, {{p:Ho In-chol}} (no. 4), refused screening and told the others that {{r:Kwang-il}} had "a cold". No. 3, {{p:Jon Myong-su}}, was not allowed to go because he was on a night shift. Mr {{r:Sa}} does not know whether {{r:Yon}} was treated or sent home.

[한국어 메모 - {{r:사철호}}]
4호실은 사 명(나 포함 다섯). {{r:광일}}이는 기침을 석 달 했음. {{p:호}} 반장은 병원 가면 돈 든다고 못 가게 했음. {{p:Ефимова}} 의사 선생님이 직접 숙소에 와서 검사함. 그 뒤 {{r:광일}}이는 안 보였음.
""",
    },
    {
        "id": "h55-mixed-10",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Chang-hun", "리창훈", "witness", ["Chang-hun", "RI CHANG HUN"]),
            ("Kim Sok-bom", "김석범", "supervisor", ["KIM SOK BOM"]),
        ],
        "note": "Protective-equipment issue register from a Kuwait site with Arabic and English headers and Korean annotations; storekeeper in Arabic script; team leader signs for the whole brigade; names in capitals; Kuwait places and the Public Authority of Manpower public.",
        "text": """سجل صرف معدات الوقاية الشخصية / PPE ISSUE REGISTER
Site: residential towers, {{u:الجهراء}} ({{u:Jahra}}), {{u:الكويت}} | Storekeeper: {{p:محمد العنزي}} ({{p:Mohammed Al-Enezi}})
Month: August 2016

Date | Name | Item | Qty | Signature
02/08 | {{r:KIM SOK BOM}} (for group, 38 men) | safety helmet | 38 | {{r:K.S.B.}}
02/08 | {{r:KIM SOK BOM}} (for group) | safety shoes | 20 | {{r:K.S.B.}}
09/08 | {{p:PARK SUNG IL}} | gloves | 2 | (thumbprint)
16/08 | {{r:RI CHANG HUN}} | goggles | 1 | {{r:RI}}
23/08 | {{r:KIM SOK BOM}} (for group) | gloves | 76 | {{r:K.S.B.}}

ملاحظة: تم التسليم لرئيس المجموعة {{r:كيم}} / Note: delivered to group leader {{r:Kim}}. - {{p:م. العنزي}}

[한국어 메모 - 진술인 {{r:리창훈}}, 2024년 면담 때]
- 안전화 20켤레를 받았다고 적혀 있지만 우리 손에 온 건 10켤레. 나머지는 {{r:김석범}}이 다른 현장에 팔았다는 소문.
- 보안경은 내가 {{p:무함마드}} 창고장한테 직접 부탁해서 받음. 그래서 내 이름이 따로 있음.
- 장갑은 한 달에 한 켤레. {{p:박성일}}이는 맨손으로 철근을 묶다가 손바닥이 다 벗겨짐.
- {{u:쿠웨이트}} 노동부({{u:Public Authority of Manpower}}) 점검 날에만 새 안전모를 나눠 줬다가 점검 끝나면 {{r:김}} 반장이 다시 걷었음.
""",
    },
    {
        "id": "h55-mixed-11",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Kim Kwang-chol", "김광철", "witness", ["金光哲", "광철"]),
            ("Jong Hye-ran", "정혜란", "supervisor", ["郑惠兰"]),
        ],
        "note": "Chinese cold-store entry and exit log from a Longkou seafood plant with Korean annotations; names in Hanzi for Korean workers; Chinese staff as 老王 and 小李; North Korean minder in Hanzi and Hangul; time in freezer; mixed line endings.",
        "text": """冷库出入登记表 (-25°C, 2号冷库)
{{u:龙口}}市 水产加工厂 | 日期: 2018年12月14日 | 值班: {{p:老王}}

进入时间 | 姓名 | 出来时间 | 备注
06:05 | {{r:金光哲}} | 07:40 | 正常
06:05 | {{p:崔成男}} | 07:40 | 正常
06:10 | {{p:朴英日}} | 09:15 | 超时! {{p:小李}}签字
08:00 | {{r:金光哲}} | 10:50 | 正常
10:55 | {{r:郑惠兰}} (朝方管理) | 11:00 | 检查
11:10 | {{p:朴英日}} | 13:45 | 正常

[한국어 메모 - {{r:김광철}}, 2024년]
- "{{r:金光哲}}"이 나. 냉동 창고 안에 한 번 들어가면 1시간 반, 길면 3시간. 규정은 40분이라고 {{p:老王}}이 말해 줬음.
- {{p:朴英日}} = {{p:박영일}}. 12월에 손가락 동상. {{p:小李}}({{u:중국}} 직원 {{p:리샤오밍}})가 "너무 오래 있었다"고 적었지만 아무도 안 봤음.
- {{r:郑惠兰}} = {{r:정혜란}} 관리원. {{u:조선}} 측 책임자. 5분만 들어가서 검사하고 나옴. 우리가 추워서 나오면 "작업량 못 채웠다"며 다시 들여보냄.
- {{p:崔成男}} = {{p:최성남}}. 나랑 같은 방.
""",
    },
    {
        "id": "h55-mixed-12",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kang Il-son", "강일선", "witness", ["Кан Ир Сон", "일선"]),
            ("Song Chol-u", "송철우", "supervisor", ["Сон Чер У"]),
        ],
        "note": "Russian forest fire-watch tower duty log from an Amur logging lease with Korean annotations; North Korean workers as observers in Cyrillic; Russian forester with name and patronymic in the genitive; Amur district and region public; surname Song in Cyrillic.",
        "text": """ЖУРНАЛ ДЕЖУРСТВ ПОЖАРНО-НАБЛЮДАТЕЛЬНОЙ ВЫШКИ № 3
Лесной участок (аренда), {{u:Тындинский район}}, {{u:Амурская область}}
Ответственный: лесничий {{p:Зуев Павел Игоревич}}

Дата | Дежурный | Часы | Наблюдения
12.07.2018 | {{r:Кан Ир Сон}} | 08:00-20:00 | дым не обнаружен
13.07.2018 | {{r:Кан Ир Сон}} | 08:00-20:00 | дым СВ, 15 км, сообщено {{p:Зуеву П. И.}}
14.07.2018 | {{r:Кан Ир Сон}} | 08:00-08:00 (24 ч) | дым СВ сохраняется
15.07.2018 | {{p:Ли Мён Чер}} | 08:00-20:00 | дождь
Проверил: {{p:Зуев}} / Бригадир: {{r:Сон Чер У}}

[한국어 메모 - 진술인 {{r:강일선}}]
- 망루 당번은 원래 {{u:러시아}} 사람이 하는 일인데 {{r:송철우}} 반장이 돈을 받고 우리 사람을 세웠음. 나는 사흘 연속, 14일은 24시간 혼자 있었음.
- 망루 위에서 밥도 물도 없었음. {{p:Павел Игоревич}}(우리는 "{{p:파샤}}"라고 부름)가 빵을 올려 보냄.
- 당번비는 {{r:송}} 반장이 받았음. 나는 한 푼도 못 받음.
- 15일 {{p:리명철}}이 교대. {{p:명철}}이는 러시아어를 조금 해서 {{p:파샤}}한테 "{{r:Сона}} 얘기 하지 말라"고 부탁했다고 함.
""",
    },
    {
        "id": "h55-mixed-13",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Chol", "김철", "witness", ["Chol", "Kimem", "Kima"]),
            ("Pak Song-ho", "박송호", "supervisor", ["Paka", "Pakiem"]),
        ],
        "note": "Polish labour-inspection protocol extract on a Gdynia shipyard subcontractor with a Korean translator's note; Polish case endings kept inside mentions (Kimem, Paka, Pakiem); inspector and interpreter private; PIP and its Gdańsk office public; a one-syllable given name.",
        "text": """PROTOKÓŁ KONTROLI (wyciąg) - tłumaczenie robocze dla organizacji
{{u:Państwowa Inspekcja Pracy}}, {{u:Okręgowy Inspektorat Pracy w Gdańsku}}
Kontrolę przeprowadził: inspektor pracy {{p:Marek Zieliński}}
Podmiot kontrolowany: Baltic Hull Services Sp. z o.o., {{u:Gdynia}} | Data: 14.06.2017

(...) W dniu kontroli na terenie stoczni pracowało 14 obywateli {{u:KRLD}} zatrudnionych przez agencję. Rozmowę przeprowadzono z pracownikiem {{r:Kimem Cholem}} w obecności tłumacza {{p:Jana Wiśniewskiego}}. Pan {{r:Kim}} oświadczył, że pracuje 12 godzin dziennie, 6 dni w tygodniu, i że nie zna wysokości swojego wynagrodzenia.
Paszporty pracowników przechowywał brygadzista, pan {{r:Pak Song-ho}}. Na prośbę inspektora pan {{r:Pak}} okazał paszporty, po czym schował je z powrotem do szafy. Wezwano pana {{r:Paka}} do przekazania paszportów pracownikom; odmówił, powołując się na „polecenie firmy”.
Po rozmowie z panem {{r:Pakiem}} inspektor ponownie próbował przesłuchać pana {{r:Kima}} bez obecności brygadzisty, jednak pracownik odmówił.

[번역자 메모 - {{p:한예슬}}]
- "{{r:Kimem Cholem}}", "{{r:Kima}}"는 폴란드어 격변화. 진술인 {{r:김철}} 씨 본인임. 동료들은 그냥 "{{r:철}}아"라고 불렀다고 함.
- "{{r:Paka}}", "{{r:Pakiem}}" = {{r:박송호}} 반장.
- {{r:김철}} 씨 말: 점검 날 {{r:박}} 반장이 "{{u:폴란드}} 사람한테 월급 얘기하면 집에 못 간다"고 미리 말했음. 그래서 "모른다"고만 했음.
- 통역 {{p:Jan Wiśniewski}}는 한국어를 했는데 {{u:남한}} 말투였다고 함.
""",
    },
    {
        "id": "h55-mixed-14",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Choe Yong-ho", "최영호", "witness", ["ЧОЕ ЁН ХО", "영호"]),
            ("Han Myong-su", "한명수", "supervisor", ["ХАН МЁН СУ"]),
        ],
        "note": "Mongolian employer's quarterly foreign-worker report in Mongolian Cyrillic with Korean annotations; DPRK as БНАСАУ; workers and the North Korean representative in capitals; Mongolian director and inspector private; Ulaanbaatar and the labour-services agency public; surname Han.",
        "text": """ГАДААДЫН АЖИЛТНЫ УЛИРЛЫН ТАЙЛАН (2017 оны III улирал)
Ажил олгогч: Хангай Констракшн ХХК, {{u:Улаанбаатар}}, {{u:Баянзүрх дүүрэг}}
Хүлээн авагч: {{u:Хөдөлмөр, халамжийн үйлчилгээний ерөнхий газар}}

№ | Овог нэр | Иргэншил | Албан тушаал | Сарын цалин (₮)
1 | {{r:ХАН МЁН СУ}} | {{u:БНАСАУ}} | төлөөлөгч | 1 500 000
2 | {{r:ЧОЕ ЁН ХО}} | {{u:БНАСАУ}} | өрлөгчин | 900 000
3 | {{p:О ЁН НАМ}} | {{u:БНАСАУ}} | туслах ажилтан | 700 000
Тайлан гаргасан: Захирал {{p:Б. Ганболд}} | Хянасан: байцаагч {{p:Д. Оюунчимэг}}

[한국어 메모 - 진술인 {{r:최영호}}, 2023]
- 2번이 나. 월급 900 000투그릭이라고 적혀 있는데 우리는 한 푼도 직접 받은 적 없음. 전부 {{r:한명수}} 대표가 받아 감.
- 3번 {{p:오영남}}은 막내. {{p:오}} 동무는 몽골어를 잘해서 {{p:간볼드}} 사장 통역도 했음.
- {{r:한}} 대표는 {{u:몽골}} 노동청 점검 때만 우리한테 작업복을 새로 줬음.
""",
    },
    {
        "id": "h55-mixed-15",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kang Myong-sil", "강명실", "witness", ["姜明实", "명실"]),
            ("Ryu Ok-hwa", "류옥화", "supervisor", ["柳玉花", "柳姐"]),
        ],
        "note": "WeChat red-packet history transcribed from screenshots of a Donggang dormitory group, Chinese with Korean notes; Chinese forms of address (老板娘 unmarked as a bare title, 阿芳, 柳姐 labelled whole); a zero-width space inside one nickname; the minder collects the packets; WeChat public.",
        "text": """{{u:微信}}红包记录 (截图转录) - 群: "{{u:东港}}3号宿舍"
转录: {{p:도가은}} / 2024.3.

2019-02-04 20:00 老板娘 发出红包 "新年快乐" ¥300 (30个)
  {{r:柳姐}} 领取 ¥12.50
  {{r:姜明实}} 领取 ¥8.20
  {{p:阿芳}} 领取 ¥15.00
  {{p:小\u200b金}} 领取 ¥6.10
  ... (共30人)
2019-02-04 20:05 {{r:柳姐}}: 大家把红包转给我, 统一保管
2019-02-04 20:06 {{r:姜明实}} 转账给 {{r:柳玉花}} ¥8.20
2019-02-04 20:06 {{p:小\u200b金}} 转账给 {{r:柳玉花}} ¥6.10
2019-02-05 09:30 {{p:阿芳}}: {{r:柳姐}}, 她们的钱为什么都给你?

[한국어 메모 - {{r:강명실}}]
- 사장 부인(老板娘)이 설날에 단체방에 홍바오를 뿌렸는데, {{r:류옥화}} 관리원({{r:柳姐}})이 받은 돈을 다 자기한테 보내라고 했음.
- {{p:阿芳}}은 {{u:중국}} 사람 {{p:팡}} 언니. 그 질문을 하고 다음 날 단체방에서 나가게 됨.
- "{{p:小金}}"은 {{p:김은주}}. 닉네임 가운데 눈에 안 보이는 글자가 있어서 복사하면 이상하게 나옴.
- 8.20위안이라도 {{r:류}} 관리원은 다 걷었음. "{{u:조선}} 사람은 돈을 직접 가지면 안 된다"고.
""",
    },
    {
        "id": "h55-mixed-16",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Nam Su-ryon", "남수련", "witness", ["Su-ryon", "수련"]),
            ("Ri Jong-ok", "리정옥", "supervisor", []),
        ],
        "note": "Seafood supply-chain traceability worksheet in English with Chinese contacts and Korean notes; invented importer and plants unmarked; plant staff in pinyin and Hanzi; a North Korean dormitory supervisor by surname with title; witness corroboration; Hunchun, Jilin and Busan public.",
        "text": """TRACEABILITY WORKSHEET - frozen pollock fillets, lot PF-2023-118
Prepared by: {{p:Olivia Grant}} (sourcing research) | Reviewed: {{p:Kenji Mori}} | 9 Jan 2024

Tier | Entity | Location | Contact | Evidence of {{u:DPRK}} labour
0 | importer (client) | {{u:Busan}} | {{p:Lee Ha-na}} | n/a
1 | processor A | {{u:Hunchun}}, {{u:Jilin}} | {{p:Zhang Hui}} {{p:张辉}} (sales) | YES - see below

Processor A - notes
- Public reporting in 2019 and 2023 described North Korean workers at plants in the {{u:Hunchun}} border economic zone.
- Our witness {{r:Nam Su-ryon}} worked at processor A from 2017 to 2020 (filleting line 3). {{r:Su-ryon}} identified the plant from photos of the gate and the blue dormitory.
- She named the North Korean dormitory supervisor as {{r:Ri Jong-ok}} ("{{r:Ri}} banjang"). {{r:Ri}} held passports and phones.
- {{p:Zhang Hui}} told us on 5 Jan: "{{u:Korea}}? No, our workers are local." ({{p:张辉}} did not say which country he meant.)

Korean notes / 한국어 메모 ({{p:주하린}} 통역)
- {{r:수련}} 씨: "{{p:장}} 사장({{p:张辉}})은 본 적 있음. 견학 오는 사람들 있을 때 우리를 기숙사에 숨겼음."
- {{r:리정옥}} 반장은 {{r:남수련}} 씨 어머니가 {{u:청진}}에 사는 것을 알고 있었다고 함.
""",
    },
]
