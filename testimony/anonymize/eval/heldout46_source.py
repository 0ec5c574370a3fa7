# ruff: noqa: E501
"""Held-out evaluation passages, set 46. Built by build_heldout.py heldout46.

Fifty documents of the kind an NGO working on North Korean workers sent abroad
actually holds. Half are the core material, typed the way the NGO's own staff type
them (interview summaries, question-and-answer transcripts with speaker labels,
phone-call notes, reviewers' comments on a draft testimony, family members'
accounts, coordinators' memos, case meeting minutes and e-mail threads); the other
half are genres no earlier set used (quarantine-hotel room logs, taxi dispatch logs,
pawnshop tickets, charity donation declarations, exhibition guestbooks, parking-fine
appeals, tracing-agency progress reports, award citations, restaurant reservation
books, documentary treatments, second-hand marketplace chats, prayer request cards,
language placement-test results, removal inventories, birthday-card messages,
food-delivery order histories, electricity meter reading sheets, Chinese temporary
residence registrations, table-tennis tournament brackets, alumni newsletter class
notes, consular appointment confirmations, telehealth consultation notes, vehicle
hire agreements, volunteer barber-day sign-up sheets and karaoke request slips), in
English, Korean and mixed Korean/English with Russian, Chinese, Arabic, Vietnamese,
Malay, Mongolian, Polish and Portuguese. All persons are fictional.

Labelling convention:
- {{r:...}} a mention of a registered private person (listed in the passage's
  "persons" as (romanized name, Hangul name, role, aliases)); {{p:...}} a mention
  of an unregistered private person; {{u:...}} a public name: a real public figure,
  a real place, a real organisation or company, a real ship, app or platform. Real
  public figures are only mentioned neutrally.
- Every fictional person is private, whatever their office.
- Invented businesses, sites and vessels are left unmarked.
- A mention is labelled as the text writes it: the name only, without particles and
  without titles or honorifics (김 동무 -> {{p:김}} 동무, 리 반장 -> {{r:리}} 반장,
  Mr {{p:Ho}}); the affectionate suffix 이 after a given name stays outside; Chinese
  forms of address are labelled whole (老周, 小王); Russian and Polish names keep
  their case endings.
- A nickname that refers to a person is a mention of that person; the same word
  used as an ordinary word is not.
- In an e-mail address or login only the local part is labelled, and only when it
  spells the person's name; role accounts are unmarked.
- Possessive 's, plural -s, particles and emoji stay outside a mention; zero-width
  characters and fullwidth letters inside a name stay inside. Initials standing for
  a person are mentions.
- Generic kinship or role words used instead of a name are not mentions; a surname
  discussed as a word is not a mention.
- Country names standing as nouns are public places, also attributively (북한
  사람); nationality adjectives and language names are not marked.
"""

PASSAGES: list[dict] = [
    {
        "id": "h46-en-01",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Pak Chol-nam", "박철남", "witness", ["Chol-nam", "Park Cheol-nam"]),
            ("An Yong-gil", "안영길", "supervisor", ["Yong-gil"]),
            ("Ri Kum-suk", "리금숙", "relative", ["Kum-suk"]),
        ],
        "note": "Third-person interview summary, logging camp in the Amur region; bare surnames as sentence subjects (Pak said, An told), surname An beside the article 'an', North and South spellings of one witness, interviewer's initials, Moon Jae-in as a public figure; CRLF.",
        "text": """INTERVIEW SUMMARY - ref. AM-2024-031
Interviewee: {{r:PAK Chol-nam}} (b. 1981, {{u:Hamhung}})
Interviewer: {{p:J.H.L.}}  Interpreter: none (interview in Korean)
Date/place: 14 May 2024, NGO office, {{u:Seoul}}

{{r:Pak}} was sent to the {{u:Amur region}} of {{u:Russia}} in 2016 with a logging brigade of 22 men. He said the brigade leader was {{r:An Yong-gil}}, a man of about fifty from {{u:Kilju}} who had already done two terms abroad. {{r:An}} told the men on the first night that an hour of rest would be "earned, not given".

{{r:Pak}} said they cut larch near {{u:Tynda}} from October to April. He described an accident in February 2017 in which a trunk rolled onto a younger worker; he only knew him as "the boy from {{u:Tanchon}}". {{r:An}} did not allow him to be taken to hospital for two days. {{r:Pak}} thinks the boy survived but could not walk properly.

Payment: {{r:Pak}} was told his family would receive the equivalent of 150 dollars a month. His wife, {{r:Ri Kum-suk}}, later told him (after 2018) that she had received rice twice and money never. {{r:Kum-suk}} is still in {{u:North Korea}}; {{r:Pak}} asked that nothing be published that could identify her.

He left the camp in 2018 with help from a Russian driver he calls "{{p:Tolya}}". He crossed into {{u:China}} later that year and reached {{u:South Korea}} in 2019, where his papers give his name as {{r:Park Cheol-nam}}.

Note: {{r:Chol-nam}} mentioned that he watched a speech by {{u:Moon Jae-in}} on a phone in the camp in 2018; he wanted this recorded as the moment he decided to leave.
[{{p:JHL}}, summary typed 15/05]""",
    },
    {
        "id": "h46-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("So Hyon-chol", "소현철", "witness", ["Hyon-chol", "Hyun-chul"]),
            ("Jo Tae-sik", "조태식", "supervisor", ["Jo"]),
        ],
        "note": "Question-and-answer transcript with speaker labels, Kuwait construction; witness surname So as a speaker label beside 'so' as a conjunction; supervisor surname Jo; interviewer's and interpreter's initials as speaker labels; Kuwait City, Ahmadi as public places.",
        "text": """Q&A TRANSCRIPT (translated from Korean) - session 2
Present: {{p:Helen Ward}} ({{p:HW}}, interviewer), {{p:Seo Min-ji}} ({{p:SMJ}}, interpreter), {{r:So Hyon-chol}} ({{r:SO}}, witness)

{{p:HW}}: Last time you talked about the site in {{u:Kuwait City}}. Can you describe who was in charge?
{{r:SO}}: The manager from our side was {{r:Jo Tae-sik}}. The Kuwaiti company only dealt with him.
{{p:HW}}: So all instructions came through Mr {{r:Jo}}?
{{r:SO}}: Yes. So if the foreman wanted something, he told {{r:Jo}}, and {{r:Jo}} told us.
{{p:HW}}: How many hours did you work?
{{r:SO}}: In summer, from four in the morning. At noon we stopped because of the heat ban, then again until nine.
{{p:HW}}: Was anyone injured?
{{r:SO}}: A man called {{p:Kye}} fell from scaffolding at {{u:Ahmadi}}. {{r:Jo}} said he had been careless.
{{p:SMJ}}: [interpreter note: the witness used the word 부주의, careless]
{{p:HW}}: Do you know what happened to Mr {{p:Kye}}?
{{r:SO}}: No. He was sent home. Nobody said anything more.
{{p:HW}}: Thank you, {{r:Hyon-chol}}. Shall we take a break?
{{r:SO}}: No, it's okay, let's go on.""",
    },
    {
        "id": "h46-en-03",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Ok", "김옥", "relative", ["Ok", "Auntie Ok"]),
            ("Kim Song-il", "김성일", "witness", ["Song-il"]),
        ],
        "note": "Phone-call notes with the witness's aunt; one-syllable given name Ok beside OK and okay; witness's given name Song-il beside the word song; ordinary words Do and So at sentence start; time stamps.",
        "text": """PHONE NOTES - follow-up, case 0412
Caller: {{r:Kim Ok}} (aunt of {{r:Kim Song-il}}), rang the office line 10:40, 3 June
Taken by: {{p:Rachel}}

- {{r:Ok}} says she is OK, but worried. Her nephew {{r:Song-il}} has not answered since Friday.
- She says {{r:Song-il}} sang her a song on the last call, which he only does when he's low.
- Do we have a new number for him? No - told her we only have the {{u:KakaoTalk}} ID.
- {{r:Auntie Ok}} (her words, "everyone calls me that") asked whether the lawyer, Ms {{p:Yoo}}, has filed the papers. Said I'd check.
- So: call back tomorrow before 12.
- 11:05 rang Ms {{p:Yoo}}'s office, left message with {{p:Daniel}}.

{{p:R.}}""",
    },
    {
        "id": "h46-en-04",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ha Chun-bok", "하춘복", "witness", ["Chun-bok"]),
            ("Do Myong-su", "도명수", "coworker", ["Myong-su"]),
        ],
        "note": "Reviewers' comments on a draft testimony, Qatar stadium construction; surname Ha beside laughter 'ha', surname Do beside the verb do; reviewers' initials; Lusail and FIFA as public names.",
        "text": """Draft testimony v3 - reviewer comments (export)

[Comment 1] {{p:MK}}: p.2, para 3 - "{{r:Ha}} started at the site in {{u:Lusail}} in 2019". Do we know the month? Elsewhere it says winter.
  Reply {{p:TS}}: {{r:Chun-bok}} said December; I'll add it.
[Comment 2] {{p:MK}}: "ha ha, they laughed at us" - is that the witness laughing or the supervisors? Ambiguous.
  Reply {{p:TS}}: supervisors. Will rephrase.
[Comment 3] {{p:Amy Nolan}}: The co-worker {{r:Do Myong-su}} is named in full twice. Do we have his consent? If not, use "a co-worker ({{r:D.}})".
  Reply {{p:TS}}: No consent yet. {{r:Do}} is still in {{u:Qatar}} as far as we know.
[Comment 4] {{p:Amy Nolan}}: Check the claim about {{u:FIFA}} inspectors visiting - {{r:Ha}} may be confusing them with the contractor's HSE team.
[Comment 5] {{p:MK}}: {{r:Myong-su}}'s injury (p.4) - do not include the hospital name, it is too identifying.
Resolved: 3 of 5""",
    },
    {
        "id": "h46-en-05",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Moon Jin-ah", "문진아", "other", ["Jin-ah"]),
            ("Song Kwang-ho", "송광호", "witness", ["Kwang-ho"]),
        ],
        "note": "Coordinator's memo on a Geneva visit; volunteer surname Moon beside Moon Jae-in and the ordinary moon; witness surname Song beside the word song; real UN officials Elizabeth Salmón and Volker Türk mentioned neutrally; OHCHR and Palais des Nations.",
        "text": """MEMO
To: advocacy team
From: {{p:Grace Oh}}, coordinator
Re: {{u:Geneva}} trip, 18-21 March

1. {{r:Moon}} ({{r:Jin-ah}}) will travel with {{r:Song Kwang-ho}}, who has agreed to speak at the side event. Mr {{r:Song}} asked that the photographer not take his face. Please brief the {{u:OHCHR}} events team.
2. We have requested a short meeting with the Special Rapporteur, {{u:Elizabeth Salmón}}. The High Commissioner, {{u:Volker Türk}}, will not be in {{u:Geneva}} that week.
3. {{r:Kwang-ho}} wants to sing a song from home at the end of the event; {{r:Jin-ah}} thinks it is a good idea, I am not sure. Let's discuss.
4. Note for the press line: {{r:Moon}} is our volunteer, not related to former President {{u:Moon Jae-in}}. A journalist asked last time.
5. The hotel is near the {{u:Palais des Nations}}; the event is in Room XXIII. Full moon that week, so evenings will be light - irrelevant, but {{r:Jin-ah}} asked.

{{p:G.O.}}""",
    },
    {
        "id": "h46-en-06",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Yu Chang-ho", "유창호", "witness", ["Chang-ho"]),
            ("No Un-gyong", "노은경", "relative", ["Un-gyong"]),
        ],
        "note": "E-mail thread between caseworker, lawyer and volunteer; names in e-mail addresses (personal and role accounts), witness surname Yu beside 'you', relative surname No beside 'No.' and 'no'; quoted earlier messages; mixed line endings.",
        "text": """From: {{p:sarah.kwon}}@nkw-aid.org
To: {{p:m.haddad}}@haddad-law.example; casework@nkw-aid.org
Date: Tue, 9 Jul 2024 16:02
Subject: Re: Re: {{r:Yu}} - wage claim (ref. QA-77)

Hi {{p:Mona}},

Thanks. {{r:Yu}} confirmed the figures by phone this morning. No, he never signed a contract in Arabic. Did you get the scan from his cousin, {{r:No Un-gyong}}? {{r:Un-gyong}} says she sent it on Sunday to casework@.

Best,
{{p:Sarah}}

> From: {{p:m.haddad}}@haddad-law.example
> Date: Mon, 8 Jul 2024 11:47
> {{p:Sarah}} - can you ask Mr {{r:Yu Chang-ho}} whether the employer in {{u:Doha}} kept his passport? Also: no. 4 of the claim form asks for the sponsor's QID. Do you have it?
> {{p:Mona Haddad}}
>
>> From: {{p:jun.lee}}@nkw-aid.org
>> Date: Fri, 5 Jul 2024
>> For the file: {{r:Chang-ho}} and Ms {{r:No}} both want you to call them on {{u:WhatsApp}}, not the landline. {{p:Jun}}""",
    },
    {
        "id": "h46-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pak Chol-su", "박철수", "witness", ["Chol-su", "PAK, Chol-su"]),
            ("Hwang Ok-sun", "황옥순", "witness", ["Ok-sun"]),
            ("Kang Min-chol", "강민철", "supervisor", []),
        ],
        "note": "Case meeting minutes with a table of open cases; surname-first with commas and capitals, attendees by first name and initials, action items; Ussuriysk, Nakhodka, IOM, Ministry of Unification as public names.",
        "text": """CASE MEETING - MINUTES
Date: 22 Aug 2024   Chair: {{p:Esther}}   Minutes: {{p:Tom}}
Present: {{p:Esther Lim}}, {{p:Tom Baker}}, {{p:Hye-won}}, {{p:Joon}} (by phone)
Apologies: {{p:Dr Aziz}}

| # | Name | Site | Status | Lead |
|---|------|------|--------|------|
| 1 | {{r:PAK, Chol-su}} | {{u:Ussuriysk}} (construction) | statement signed | {{p:HW}} |
| 2 | {{r:HWANG, Ok-sun}} | {{u:Nakhodka}} (fish processing) | awaiting interpreter | {{p:TB}} |
| 3 | (withdrawn) | - | - | - |

1. {{r:Pak}}: statement signed 20/08. He named the site manager, {{r:KANG Min-chol}}, in three places. {{p:Hye-won}} to check whether {{r:Kang}} is the same man named in case 2019-14.
2. {{r:Ok-sun}}: interpreter cancelled twice. {{p:Tom}} to ask {{u:IOM}} for a list of Russian-Korean interpreters.
3. AOB: the {{u:Ministry of Unification}} grant report is due 30/09. {{p:Esther}} drafting.
Action: {{p:Joon}} to call {{r:Chol-su}} about travel costs.
Next meeting: 5 Sept.""",
    },
    {
        "id": "h46-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Hyang-mi", "리향미", "relative", ["Hyang-mi"]),
            ("Ri Jong-hun", "리종훈", "witness", ["Jong-hun", "Hunny"]),
            ("Choe Pong-sil", "최봉실", "relative", []),
        ],
        "note": "Family member's account written down by staff; the sister calls the witness by a pet name; mother named once with surname first; Sinuiju, Dandong and the Yalu as public places; 'Honey' as an ordinary word beside the pet name.",
        "text": """FAMILY ACCOUNT - as told by {{r:Ri Hyang-mi}} (sister), written down by {{p:Ana}}

My brother {{r:Jong-hun}} left for {{u:China}} in 2017. At home we called him "{{r:Hunny}}" because as a child he ate the honey our mother {{r:Choe Pong-sil}} kept for guests. Honey was expensive then.

He worked at a seafood plant in {{u:Dandong}}. You could see {{u:Sinuiju}} from across the {{u:Yalu}}, he said, so some nights he stood by the river and looked at the lights. Our mother went to the riverbank on our side once, hoping.

In 2019 a man came to our house and said {{r:Hunny}} had "made a mistake" and would not come back. We did not know what that meant. Later I heard from a woman named {{p:Sun-ae}} who worked with him that he had refused to hand over his phone. {{p:Sun-ae}} said the manager, a man they called {{p:Big Kim}}, beat him in front of everyone.

I came out in 2021. I am telling this so somebody looks for {{r:Jong-hun}}. - {{r:Hyang-mi}}""",
    },
    {
        "id": "h46-en-09",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Han Yong-chol", "한영철", "witness", ["Yong-chol", "Han Jong Czol"]),
            ("Kim Chang-bom", "김창범", "supervisor", ["Kim Czang Bom"]),
        ],
        "note": "First-person interview summary, Polish shipyard; Polish-style spellings of Korean names, Polish first names with case endings (Marka, Markiem), Gdańsk and Gdynia, a real Polish company; surname Han beside 'hand'; CRLF.",
        "text": """First-person summary (witness's words, edited for length) - {{r:HAN Yong-chol}}, welder

I arrived in {{u:Gdańsk}} in 2015. On the Polish papers my name was "{{r:Han Jong Czol}}" and our team leader was "{{r:Kim Czang Bom}}" - {{r:Kim Chang-bom}}. We welded hull sections for a subcontractor; the big company was {{u:Crist}} in {{u:Gdynia}}, but we never spoke to anyone from there.

A Polish foreman, {{p:Marek}}, was kind to me. I remember his phone said "{{p:Marka}}" when his wife called - she wrote it that way. {{r:Kim}} did not like me talking to {{p:Markiem}}, as the others said it. One day {{r:Kim}} hit my hand with a hammer handle because I was slow.

Our wages went to a Polish agency account and then to {{r:Kim}}. I saw one payslip: 3,200 złoty. I received about 120 dollars a month. {{r:Yong-chol}} (me) - I am writing my name so they know it is me.

Interviewer's note ({{p:Kasia W.}}): witness asked to add that the Polish labour inspectorate ({{u:PIP}}) visited once in 2016.""",
    },
    {
        "id": "h46-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("O Kwang-su", "오광수", "witness", ["Kwang-su"]),
            ("Rim Chun-hwa", "림춘화", "relative", ["Chun-hwa"]),
        ],
        "note": "Phone notes, Qatar and UAE; one-letter surname O beside the exclamation 'oh' and the letter o; Arabic names of a fictional sponsor and driver; Sharjah and Dubai; given names alone.",
        "text": """Call log - 17 Oct, 21:15 (KST) - with {{r:O Kwang-su}} via {{u:Signal}}
Notes by {{p:Min}}

- Mr {{r:O}} is now in {{u:Sharjah}}, moved from {{u:Dubai}} in Sept.
- Oh, and he says the sponsor is "{{p:Abu Khalid}}" ({{p:Khalid al-Mansouri}}?) - not sure of full name. Driver is {{p:Yousef}}.
- {{r:Kwang-su}}'s wife {{r:Rim Chun-hwa}} is still in {{u:Pyongyang}}. He sent money via a broker, 2x.
- He wrote his surname for me as "O" - just the letter o, no h. Must not be spelled "Oh" in the file.
- {{r:Chun-hwa}} may have been called in for questioning in August. He does not know.
- Asked me to tell {{p:Hyun-woo}} (our lawyer) that {{p:Yousef}} may be willing to give a statement.
- Next call: Sunday.""",
    },
    {
        "id": "h46-en-11",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jang Un-ha", "장은하", "witness", ["Un-ha", "Zhang Enxia"]),
        ],
        "note": "Quarantine-hotel room log from Hunchun (2020), transcribed from a photo a witness kept; Chinese staff names in pinyin and Hanzi, room numbers, temperature readings; the witness under a Chinese reading of her name; a group supervisor 'Teacher Ri'.",
        "text": """QUARANTINE HOTEL - FLOOR 6 DAILY LOG (copy of photo provided by {{r:Jang Un-ha}})
Site: {{u:Hunchun}}, {{u:Jilin}}   Period: 02.03.2020 - 16.03.2020
Floor nurse: {{p:Liu Xiaoyan}} ({{p:刘晓燕}})   Security: {{p:老孙}}

Room | Guest | 07:00 | 19:00 | Remarks
601 | {{r:ZHANG ENXIA}} ({{u:DPRK}}) | 36.4 | 36.6 | asked for hot water
602 | {{p:LI MINGZHE}} ({{u:DPRK}}) | 36.5 | 37.1 | recheck
603 | {{p:KIM SONG-AE}} ({{u:DPRK}}) | 36.3 | 36.5 |
604 | empty | | |
605 | group leader "{{p:RI}} teacher" | 36.6 | 36.6 | keeps keys of 601-603

03.03 {{p:小刘}}: 602 fever at night, doctor informed. {{p:李}} says he is fine.
05.03 {{p:老孙}}: leader from 605 came to 601 again after 22:00. Told him no visits.
09.03 {{r:Un-ha}} (601) gave note in Chinese: "please do not give my passport to {{p:Ri}}".
16.03 all released, bus to factory.""",
    },
    {
        "id": "h46-en-12",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Hyok", "최혁", "witness", ["Hyok"]),
        ],
        "note": "Taxi dispatch log from Ulaanbaatar, exported by a Mongolian taxi firm at the NGO's request; Mongolian driver names with patronymic initials, Cyrillic, pick-up points including a real hotel and the Chinggis Khaan airport; one passenger is the witness under a one-syllable given name.",
        "text": """DISPATCH LOG (export) - {{u:Ulaanbaatar}} - 11.11.2022
Time  | Car | Driver | Pick-up | Drop-off | Passenger note
06:12 | 27 | {{p:B. Enkhbold}} | {{u:Sükhbaatar Square}} | {{u:Chinggis Khaan International Airport}} | 2 pax, luggage
06:40 | 14 | {{p:Ганбаатар Д.}} | a microdistrict flat | {{u:Khan-Uul}} building site | "{{r:Hyok}}", Korean, phone 9911xxxx
07:05 | 14 | {{p:Ганбаатар Д.}} | {{u:Khan-Uul}} building site | {{u:Shangri-La Hotel}} | same passenger, waited 20 min
07:58 | 31 | {{p:Oyunchimeg}} | {{u:Zaisan}} | {{u:State Department Store}} | 1 pax
09:30 | 27 | {{p:B. Enkhbold}} | {{u:Shangri-La Hotel}} | Embassy area | "{{r:CHOE}}", cash paid 35,000 MNT

Dispatcher: {{p:Solongo}}  Supervisor remark: car 14 reports passenger {{r:Hyok}} asked to be driven to "the Korean embassy, the southern one". Driver {{p:Ganbaatar}} dropped him 200 m away as asked.""",
    },
    {
        "id": "h46-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Yong-nam", "김영남", "witness", ["Yong-nam", "Ким Ен Нам"]),
        ],
        "note": "Pawnshop ticket from Vladivostok, translated from Russian, for a phone pawned by the witness; the witness shares his name with the real former DPRK official Kim Yong-nam but is a private person here; Russian clerk's name with case ending; Sberbank.",
        "text": """PAWN TICKET No. 004718 (translation from Russian)
Pawnshop "Zoloto-DV", {{u:Vladivostok}}, {{u:Svetlanskaya Street}}
Date: 14.09.2019

Borrower: {{r:Ким Ен Нам}} ({{r:KIM YONG NAM}}), citizen of the {{u:DPRK}}
Document: passport 7(4)xxxxx, registration: {{u:Vladivostok}}, dormitory "Stroitel"
Item: mobile phone {{u:Samsung}} Galaxy J5, IMEI 35xxxxxxxxxxxxx, condition: screen cracked
Valuation: 3,000 RUB. Loan: 2,000 RUB. Term: 30 days. Interest: 0.5% per day.

Accepted by: appraiser {{p:Ковалёва Н.С.}}
Signature of borrower: [Korean signature] "{{r:김영남}}"

Caseworker's note: the witness {{r:Yong-nam}} is not the former Presidium president {{u:Kim Yong-nam}}; same name, different man. He pawned the phone because his brigade leader took his wages. He says the appraiser, {{p:Natalya}}, let him pay the loan late; he still has a receipt signed by {{p:Натальей}}. He never redeemed the phone because he was moved to {{u:Khabarovsk}}. Loan receipts came from {{u:Sberbank}} terminal.""",
    },
    {
        "id": "h46-en-14",
        "language": "en",
        "eol": "lf",
        "persons": [],
        "note": "UK charity donation-declaration batch from a fundraising dinner in New Malden; donors are private; surnames So, Ha and Moon as donors; one donor's name with a zero-width space; HMRC as public; no registered persons.",
        "text": """DONATION TAX DECLARATIONS - batch 2024/07 ({{u:New Malden}} dinner, 6 July)
Submitted to {{u:HMRC}} via charities online: pending

Ref  | Donor | Postcode | Amount | Declaration
0701 | Mr {{p:Daniel So}} | KT3 xxx | £50.00 | yes
0702 | Mrs {{p:Eun-sook Ha}} | KT3 xxx | £120.00 | yes
0703 | {{p:Moon, Peter}} | SW19 xxx | £25.00 | no (not a {{u:UK}} taxpayer)
0704 | Ms {{p:Ji\u200byoung Park}} | KT4 xxx | £40.00 | yes
0705 | anonymous (cash box) | - | £312.40 | n/a

Notes: {{p:Ha}} family also pledged monthly giving. Mr {{p:So}} asked for a receipt to his office. Check 0704 - the online form pasted the name with an invisible character. So far £537.40 in total; Moon festival appeal to follow in September.
Prepared by {{p:L. Chae}}""",
    },
    {
        "id": "h46-en-15",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ryu Kyong-ae", "류경애", "witness", ["Kyong-ae"]),
        ],
        "note": "Exhibition guestbook entries (photo exhibition on overseas workers, London); visitors sign with first names, initials, handles and emoji; the witness whose portrait is shown is named by visitors; Ryugyong Hotel as a public place beside the witness's surname Ryu.",
        "text": """GUESTBOOK - "Hands Abroad" photo exhibition, {{u:Bush House}}, {{u:London}} (transcribed, pp. 3-4)

"So moving. The portrait of Ms {{r:Ryu}} at the sewing machine will stay with me. - {{p:Claire}} 🌷"
"Thank you {{r:Kyong-ae}} for your courage ❤️ {{p:J}} & {{p:M}} from {{u:Leeds}}"
"As a Polish person I did not know this happened in our shipyards. {{p:Agnieszka}} 🇵🇱"
"{{p:강미진}} 다녀감 👍"
"Photo 12 - is that the {{u:Ryugyong Hotel}} in the background? - @{{p:tomfrost}}"
"Would love to meet the photographer {{p:Lena}} again. {{p:R.K.}}"
"{{r:류경애}} 씨 힘내세요 🙏 - {{p:하나}}"
"More of this please. {{p:Oliver}}, age 11 ✏️"
"Stunning. Shared on {{u:Instagram}}. - {{p:maria.s}}"
(end of p. 4)""",
    },
    {
        "id": "h46-en-16",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Yun Son-hui", "윤선희", "witness", ["Son-hui"]),
        ],
        "note": "Parking-fine appeal letter to a real London borough council by NGO staff whose car was ticketed during a home visit to a witness; staff initials, witness mentioned by given name and surname; council and street as public names; ordinary words 'so' and 'no'; CRLF.",
        "text": """To: Parking Services, {{u:Royal Borough of Kingston upon Thames}}
PCN No: KT1234xxxx   Vehicle: silver {{u:Toyota}} Yaris
Date of contravention: 03/04/2024, {{u:Burlington Road}}

Dear Sir or Madam,

I am writing to appeal the above Penalty Charge Notice. I work for a small charity supporting North Korean survivors of forced labour. On 3 April I was making a home visit to a vulnerable client, Ms {{r:Yun}}, who had been taken ill. The visit overran because {{r:Son-hui}} needed to be accompanied to her GP at short notice, so I could not return to move the vehicle.

There was no clear signage at the bay; photos attached. My colleague {{p:Ruth Adeyemi}} can confirm the circumstances; our director, Dr {{p:Hyun-jin Shim}}, has signed the enclosed letter.

I would be grateful if you would cancel the PCN.

Yours faithfully,
{{p:Paul Whitlock}}
Outreach worker
cc: {{p:H.J.S.}}""",
    },
    {
        "id": "h46-en-17",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Sin Myong-gwang", "신명광", "witness", ["Myong-gwang", "Шин Мён Гван"]),
            ("Sin Un-ju", "신은주", "relative", ["Un-ju"]),
        ],
        "note": "Tracing-agency progress report on a missing worker last seen near Khabarovsk; Russian informants with patronymics and case endings, the missing man in Cyrillic and romanized forms, his daughter as client; Red Cross as public; the word 'sin' as an ordinary word.",
        "text": """TRACING PROGRESS REPORT No. 3
Client: {{r:SIN Un-ju}} (daughter), via NGO caseworker {{p:Eun-bi}}
Subject: {{r:SIN Myong-gwang}} (Russian spelling on the 2017 permit: "{{r:Шин Мён Гван}}"), b. 1969

Summary of enquiries, period 1-30 November:
1. Former landlady {{p:Валентина Петровна Орлова}} ({{u:Khabarovsk}}, {{u:Krasnoflotsky district}}) recalled "the quiet Korean, {{r:Шин}}". She last saw him in March 2020 and said it would be a sin to forget him; he fixed her roof.
2. Her neighbour {{p:Igor Sergeyevich}} gave us the name of a brigade leader, {{p:Пак}}; we could not find {{p:Пака}} at the address given.
3. Hospital records at {{u:Bikin}}: no patient matching {{r:Myong-gwang}}'s date of birth.
4. The {{u:Russian Red Cross}} tracing service has opened file RC-TR-2024-118 at our request.

Next steps: visit to {{u:Vyazemsky}}; ask {{r:Un-ju}} for a newer photograph.
Agent: {{p:A. Volkov}}""",
    },
    {
        "id": "h46-en-18",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kang Sun-hwa", "강순화", "witness", ["Sun-hwa"]),
            ("Ko Chol-min", "고철민", "witness", ["Chol-min"]),
        ],
        "note": "Citations for a (fictional) NGO human-rights award shortlist; nominees are registered witnesses and an unregistered lawyer; the real UN Commission of Inquiry and Michael Kirby mentioned neutrally; surname Ko beside the abbreviation KO; Mongolia and Malaysia.",
        "text": """COURAGE IN TESTIMONY AWARD 2025 - SHORTLIST CITATIONS (draft)

{{r:KANG Sun-hwa}}
{{r:Sun-hwa}} worked for five years in a garment factory in {{u:Ulaanbaatar}}. After leaving, she gave evidence to three investigations. Her account of night shifts has been cited in reports ever since the {{u:Commission of Inquiry on Human Rights in the DPRK}}, chaired by {{u:Michael Kirby}}, published its findings in 2014. Ms {{r:Kang}} now trains volunteers.

{{r:KO Chol-min}}
Mr {{r:Ko}} was a welder in {{u:Sarawak}}, {{u:Malaysia}}. He kept a notebook of unpaid hours for three years. A boxer in his youth - he won his provincial title by KO, he says - {{r:Chol-min}} is now studying law.

{{p:Farah binti Ismail}}
A Malaysian labour lawyer, Puan {{p:Farah}} has represented foreign workers since 2012 and helped Mr {{r:Ko}} and others recover wages.

Jury: {{p:Anna Kowalczyk}} (chair), {{p:Bayarmaa}}, {{p:Ted Nam}}.""",
    },
    {
        "id": "h46-en-19",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jon Hye-gyong", "전혜경", "witness", ["Hye-gyong"]),
        ],
        "note": "Reservation book of a DPRK-run restaurant in Hanoi (transcribed from a photo the witness kept), Vietnamese customers' names with diacritics, staff named by given names, a Vietnamese company and an embassy; witness surname Jon (North Korean spelling of Jeon) beside the English given name Jon.",
        "text": """RESERVATIONS - week of 12.08.2018 ({{u:Hanoi}})
Date | Time | Name | Pax | Table | Taken by | Notes
12.08 | 19:00 | {{p:Nguyễn Văn Hùng}} | 6 | VIP 2 | {{r:Hye-gyong}} | birthday, wants the song show
12.08 | 19:30 | Mr {{p:Jon Miller}} | 2 | 7 | {{p:Un-byol}} | English menu
13.08 | 12:00 | {{u:Viettel}} group | 14 | hall | {{r:Hye-gyong}} | invoice to company
13.08 | 18:30 | {{p:Trần Thị Mai}} | 4 | 5 | {{p:Ok-hwa}} | no kimchi for child
14.08 | 19:00 | {{u:Embassy of the DPRK}} | 10 | VIP 1 | manager | do not charge

Back page, handwriting: "{{r:전혜경}} - only 3 hours sleep. Manager {{p:Kang}} says the Vietnamese guests like it when we sing." Witness's note when handing over: "Jon" is my surname, not the English name.""",
    },
    {
        "id": "h46-en-20",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Song-chol", "리성철", "witness", ["Song-chol", "Songbird"]),
        ],
        "note": "Documentary treatment for a film about a distant-water fishing crew; the protagonist a registered witness with a nickname; the real ferry Mangyongbong-92 and Rason; public figures Kim Jong Un and Vladimir Putin mentioned neutrally; a nickname Songbird beside the ordinary word song.",
        "text": """TREATMENT - working title "Thirty Nights at Sea" (draft 2, for funders)

Logline: A North Korean deckhand, {{r:RI Song-chol}}, spends two years on a squid boat off {{u:Sakhalin}} without setting foot on land.

Act One. {{r:Song-chol}} boards in {{u:Rason}}. Archive footage of the ferry {{u:Mangyongbong-92}} at {{u:Vladivostok}} and of the 2019 summit between {{u:Kim Jong Un}} and {{u:Vladimir Putin}} sets the period. His crewmates call him "{{r:Songbird}}" as a joke, because he sang while he steered when the real captain, {{p:Hwang}}, was drunk.

Act Two. Night fishing. {{r:Ri}} teaches a younger deckhand, {{p:Tae-ung}}, a song from their hometown. The squid lights; the quotas; a fight with {{p:Hwang}} over rice.

Act Three. {{r:Song-chol}} today, in {{u:Incheon}}, watching squid boats come in. Interviews with his former crewmate {{p:Min}} (voice only).

Director: {{p:Sofia Brandt}}. Producer: {{p:Kenji Mori}}.""",
    },
    {
        "id": "h46-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Chol-ung", "김철웅", "witness", ["철웅", "Kim Cheol-woong"]),
            ("Ri Yong-bok", "리용복", "supervisor", ["이용복", "용복"]),
            ("Pak Kum-hui", "박금희", "coworker", ["금희"]),
        ],
        "note": "Korean interview summary, construction in Russia; names with particles and honorifics (씨, 동무, 반장), North and South spellings 리/이 of one supervisor, bare surname with 반장, given name with the affectionate suffix 이; Vladivostok and Ussuriysk in Hangul.",
        "text": """면담 요약 (2024. 4. 2.)
면담자: {{p:정수빈}}  / 구술자: {{r:김철웅}} (가명 사용 희망)

{{r:김철웅}} 씨는 2017년부터 2019년까지 {{u:러시아}} {{u:블라디보스토크}}와 {{u:우수리스크}}의 아파트 건설 현장에서 미장공으로 일했다고 진술함. 작업반장은 {{r:리용복}}이었고, 한국식으로는 {{r:이용복}}이라고 쓴다고 함. 구술자는 그를 "{{r:리}} 반장"이라고 불렀다.

{{r:리}} 반장은 매달 "충성자금" 명목으로 임금의 대부분을 가져갔고, 이에 항의한 {{p:최}} 동무를 다음 날 귀국시켰다고 함. 같은 현장의 여성 취사원 {{r:박금희}}는 구술자에게 몰래 빵을 주곤 했는데, {{r:금희}}가 "{{r:철웅}}이 너 살 빠졌다"고 했던 것을 기억한다고 함.

구술자는 {{r:용복}}이가 {{u:러시아}} 경찰과 친했고, 현장 밖으로 나가면 바로 알았다고 말함. 2019년 가을 {{u:중국}}을 거쳐 {{u:한국}}에 입국. 현재 주민등록상 이름은 {{r:Kim Cheol-woong}}과 다름(개명).

※ {{r:금희}} 씨 관련 내용은 공개 금지 (본인이 {{u:북한}}에 가족 있음).""",
    },
    {
        "id": "h46-ko-02",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Jo Un-byol", "조은별", "witness", ["은별"]),
            ("Kye Sang-jin", "계상진", "supervisor", ["상진"]),
        ],
        "note": "Korean question-and-answer transcript with speaker labels (문/답 and names); witness surname 조 beside the ordinary word 조 (group, as in 작업조) and 조금; given name 은별 ('silver star') beside the ordinary word 별; Chinese seafood plant in Donggang; CRLF.",
        "text": """녹취록 (2차 면담, 발췌)
일시: 2023. 11. 8.  장소: {{u:서울}} 사무실
참석: 면담자 {{p:윤하늘}}, 구술자 {{r:조은별}}

{{p:윤하늘}}: 지난번에 {{u:동강}} 공장 얘기를 하다 말았죠. 조금 더 말씀해 주실 수 있을까요?
{{r:조은별}}: 네. 수산물 가공 공장이었고, 우리 작업조는 열두 명이었어요. 조장은 {{r:계상진}}이라는 남자였고요.
{{p:윤하늘}}: {{r:계상진}} 씨는 어떤 사람이었나요?
{{r:조은별}}: 무서웠어요. 밤에 별 보러 마당에 나가기만 해도 {{r:상진}}이가 보고서에 썼어요.
{{p:윤하늘}}: 다른 사람들은 어떻게 불렀어요?
{{r:조은별}}: 그냥 "{{r:계}} 조장"이라고 했어요. 저는 "{{r:조}} 동무" 아니면 "{{r:은별}}아"라고 불렸고요.
{{p:윤하늘}}: 혹시 {{u:중국}} 측 관리자 이름도 기억하세요?
{{r:조은별}}: {{p:왕}} 사장님요. {{u:중국}} 사람들은 {{p:老王}}이라고 불렀어요.""",
    },
    {
        "id": "h46-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Han Sol", "한솔", "witness", ["솔"]),
            ("Han Pyong-ho", "한병호", "relative", ["병호"]),
        ],
        "note": "Korean phone-call notes with a one-syllable given name 솔 beside the ordinary words 솔 (pine, brush) and 한 (one); caller's father; 하나원 and 남북하나재단 as public organisations; times and bullet points.",
        "text": """전화 메모 - 8/14 (수) 오후 3:20
받은 사람: {{p:민지}}
건 사람: {{r:한솔}} (본인)

- {{r:솔}}이 목소리 한결 밝음. 한 달 전부터 {{u:하나원}} 동기 소개로 식당 일 시작.
- 아버지 {{r:한병호}} 씨 소식: 아직 {{u:함경북도}}에 계신다고. {{r:병호}} 씨와 마지막 통화는 작년 겨울(브로커 통해).
- 이사 문제로 {{u:남북하나재단}} 상담 원함 → 담당 {{p:오}} 선생님께 연결하기로.
- "솔 냄새 나는 데서 살고 싶다"고 함 ㅎㅎ ({{u:강원도}} 쪽 알아봐 달라는 농담)
- 다음 통화: 8/21, {{r:솔}} 씨가 먼저 연락하기로.
- 특이사항: {{r:한솔}} 씨 새 번호 010-xxxx-xxxx (기존 번호 해지)

{{p:MJ}}""",
    },
    {
        "id": "h46-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Choe Yong-ae", "최영애", "relative", ["영애"]),
            ("Sin Kwang-il", "신광일", "witness", ["광일", "광일이"]),
        ],
        "note": "Korean family member's account (the mother of a worker sent to Kuwait), with dialect, given name plus affectionate suffix, neighbours by surname and kinship terms (not mentions), 쿠웨이트 and 청진 as public places.",
        "text": """가족 진술 - 어머니 {{r:최영애}} (구술, 받아 적음: {{p:허은정}})

우리 {{r:광일}}이가 {{u:쿠웨이트}}로 간 게 2015년이오. 건설이라 했는데 가서 보니 사막 한가운데라 했소. 첫 해엔 편지가 두 번 왔는데, "어머니, {{r:광일}}이는 잘 있습니다" 하고 짧게만 썼지.

그 다음 해 옆집 {{p:송}}씨네 아들이 먼저 돌아와서 말해 주더라구. {{r:신광일}}이가 발을 다쳤는데 병원에도 못 가고 일을 했다고. {{p:송}}씨 아들 말로는 책임자가 "{{p:허}} 지배인"이라는 사람인데 돈을 다 떼갔다 합디다.

나는 {{u:청진}}에서 장사하다 2020년에 나왔소. 우리 아들 소식 아는 사람 있으면 알려 주오. 할머니, 삼촌 다 기다리고 있소.

- 받아 적은 사람 메모: 구술자 본인 이름 {{r:영애}}로만 불러 달라 요청.""",
    },
    {
        "id": "h46-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Mun Chol", "문철", "witness", ["철"]),
            ("Kang Hye-ryon", "강혜련", "witness", ["혜련"]),
        ],
        "note": "Korean case meeting minutes with a table; witness surname 문 beside the ordinary word 문 (door, question) and the public figure 문재인; staff by name plus title (팀장, 간사); 통일부 and 국가인권위원회 as public organisations; one-syllable given name 철 beside 철 (iron, season).",
        "text": """사례회의 회의록 (제14차)
일시: 2024. 9. 3. 14:00  장소: 2층 회의실(문 고장, 뒷문 이용)
참석: {{p:김도윤}} 팀장, {{p:박서연}} 간사, {{p:이재호}} 변호사 / 기록: {{p:박서연}}

| 번호 | 이름 | 현장 | 진행 상황 |
| 1 | {{r:문철}} | {{u:카타르}} 건설 | 진술서 검토 중 |
| 2 | {{r:강혜련}} | {{u:중국}} {{u:단둥}} 봉제 | 통역 필요 |

1. {{r:문철}} 건: {{r:문}} 씨는 {{u:문재인}} 정부 시기 입국. 진술서에 연도 착오 있음. {{p:이재호}} 변호사가 {{r:철}} 씨와 재확인하기로. (철이 바뀌면 일이 많아진다고 본인이 말함)
2. {{r:강혜련}} 건: {{r:혜련}} 씨가 {{u:국가인권위원회}} 진정 의사 밝힘. {{p:김}} 팀장이 절차 안내.
3. 기타: {{u:통일부}} 보조금 중간보고 9월 말.
질문 있으면 {{p:서연}} 간사에게.""",
    },
    {
        "id": "h46-ko-06",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ryom Chol-jun", "렴철준", "witness", ["염철준", "철준"]),
            ("Yu Song-mi", "유송미", "other", ["송미"]),
        ],
        "note": "Korean coordinator's memo on a media request; North/South spellings 렴/염 of one witness; volunteer interpreter surname 유 beside the ordinary word 유 (as in 이유, 유지); real broadcaster KBS, the language name 러시아어 unmarked beside the country, and the public figure 윤석열 mentioned neutrally; staff initials.",
        "text": """[내부 메모] 언론 취재 요청 관련
작성: {{p:정다은}} 코디네이터 / 2024. 2. 19.

1. {{u:KBS}} 시사 프로그램에서 {{r:렴철준}} 씨 인터뷰 요청. 남측 표기로는 {{r:염철준}}. 본인은 얼굴 공개 불가, 음성 변조 조건이면 가능하다고 함.
2. 통역은 자원활동가 {{r:유송미}} 씨가 맡기로. {{r:유}} 씨가 러시아어 통역도 가능({{u:러시아}} 현장 부분).
3. 방송 시점이 {{u:윤석열}} 대통령 방러 관련 보도와 겹칠 수 있어 유의. 이유: 본인 신원 노출 위험 증가.
4. {{r:철준}} 씨 요청으로 "{{r:렴}} 선생"이라는 호칭도 쓰지 않기로.
5. {{r:송미}} 씨 활동비 지급 - 회계 {{p:JK}}에게 전달.

유지·관리: {{p:정다은}} / 참고: {{p:ㅈㄷㅇ}} 서명 생략""",
    },
    {
        "id": "h46-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("So Yong-nam", "소영남", "witness", ["영남"]),
            ("Pae Jong-sik", "배정식", "supervisor", ["정식"]),
        ],
        "note": "Korean reviewers' comments on a draft testimony; witness surname 소 beside the ordinary word 소 (cow) and 소속; supervisor's given name 정식 beside the ordinary word 정식 (formal, set meal); reviewers' names and initials; 몽골 and 울란바토르 as public places.",
        "text": """[검토 의견] 증언 초안 v2 - {{r:소영남}}

검토자 1 ({{p:한지우}}):
- 2쪽: "{{r:소}} 씨는 {{u:몽골}} {{u:울란바토르}}의 건설 현장 소속이었다" → 소속 회사 이름 확인 필요.
- 3쪽: 책임자 {{r:배정식}}의 직책이 "지배인"과 "반장"으로 섞여 있음. 정식 직함 통일 바람.
- 3쪽: "소를 키우는 목장 옆 숙소" - 위치가 너무 구체적, 삭제 권고.

검토자 2 ({{p:K.S.}}):
- {{r:영남}} 씨 진술 중 "{{r:정식}}이가 식당에서 정식 메뉴를 시켜 먹었다"는 부분은 재미있지만 증언 가치 낮음.
- {{r:배}} 반장이 여권을 보관했다는 부분은 꼭 유지.
- 인명 {{p:바야르}}({{u:몽골}} 측 감독)는 본인 동의 없으므로 가릴 것.""",
    },
    {
        "id": "h46-ko-08",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Chae Myong-ok", "채명옥", "witness", ["명옥"]),
            ("Kim Ha-na", "김하나", "relative", ["하나"]),
        ],
        "note": "Korean e-mail thread with names in addresses, quoted replies, 하나 as a given name beside 하나 'one' and 하나원; role accounts unmarked; mixed line endings.",
        "text": """보낸사람: {{p:yoonji.park}}@nkw-help.or.kr
받는사람: {{p:seungho.lee}}@nkw-help.or.kr
참조: info@nkw-help.or.kr
제목: RE: {{r:채명옥}} 님 서류 건

{{p:승호}} 씨,
{{r:명옥}} 님 딸 {{r:김하나}} 씨가 오늘 서류 하나를 더 보내왔어요. {{r:하나}} 씨 말로는 어머니가 {{u:하나원}} 수료증 사본을 잃어버렸다고 합니다.
재발급 신청은 제가 할게요.
{{p:윤지}} 드림

> 보낸사람: {{p:seungho.lee}}@nkw-help.or.kr
> {{p:윤지}} 씨, {{r:채}} 선생님 진술서 번역본 {{u:러시아}} 쪽 변호사에게 보냈습니다. 하나만 확인 부탁: 생년이 1979 맞나요?
> {{p:이승호}}""",
    },
    {
        "id": "h46-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kang Ryon-hwa", "강련화", "witness", ["련화", "연화"]),
        ],
        "note": "Second-hand marketplace chat (당근마켓) pasted into a case file by the witness, who sold a sewing machine; user nicknames, one of which is the witness's given name in South Korean spelling; emoji; the app and the sewing-machine maker as public names.",
        "text": """[{{u:당근마켓}} 채팅 캡처 - 본인 제공]
상품: 미싱 (중고, {{u:브라더}}) 80,000원

구매자 {{p:하늘바라기}}: 안녕하세요 미싱 아직 있나요? 😊
판매자 {{r:연화}}맘: 네 있어요. 오늘 저녁 가능해요
구매자 {{p:하늘바라기}}: 혹시 직접 쓰시던 건가요?
판매자 {{r:연화}}맘: 네 제가 예전에 봉제 일 했어서요 ㅎㅎ
구매자 {{p:하늘바라기}}: 와 전문가시네요 👍 {{u:신도림역}} 2번 출구 7시 어떠세요?
판매자 {{r:연화}}맘: 좋아요~ 이름은 {{r:강}}이에요, 도착하면 연락 주세요

상담 메모({{p:최윤서}}): {{r:련화}} 씨가 {{u:중국}} 봉제공장 시절 쓰던 기술로 수선 일 시작하려고 미싱 구매했다가 되판 것. 닉네임에 이름 들어가 있어 변경 권유함.""",
    },
    {
        "id": "h46-ko-10",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Pak Yong-hui", "박영희", "witness", ["영희"]),
            ("Ri Tong-su", "리동수", "relative", ["동수"]),
        ],
        "note": "Korean church prayer request cards handed to the NGO by a pastor; names with honorifics (집사님, 성도), the witness's brother in North Korea, a fictional pastor, emoji; 사할린 as a public place; the ordinary word 은혜 beside the given name 은혜.",
        "text": """[기도 제목 카드 - 새벽기도회, 사진 전사]

카드 1) {{r:박영희}} 성도
- 오빠 {{r:리동수}}가 {{u:사할린}}에서 돌아오지 못하고 있습니다. {{r:동수}} 오빠의 건강을 위해 🙏
- 고향에 계신 어머니를 위해

카드 2) {{p:정은혜}} 집사
- 하나님의 은혜에 감사드리며, {{r:영희}} 자매님 취업을 위해
- 남편 {{p:김}} 집사 허리 수술

카드 3) 익명
- {{u:북한}}에 남은 가족들, 해외 파견된 노동자들을 위해

전달: {{p:오요한}} 목사 → 상담팀 {{p:서하}}""",
    },
    {
        "id": "h46-ko-11",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Hong Kum-chol", "홍금철", "witness", ["금철"]),
            ("Ri Ok-hwa", "리옥화", "witness", ["옥화"]),
        ],
        "note": "Korean language-class placement test results table at a resettlement support centre; surname-first with commas and capitals, names in a table, a teacher's comments with honorifics; an unregistered learner; 영어/한국어 as language names unmarked; CRLF.",
        "text": """2024 하반기 한국어·영어 배치고사 결과 (정착지원센터)
담당: {{p:민서영}} 강사

| 수강생 | 한국어 | 영어 | 배정반 | 비고 |
| {{r:HONG, Kum-chol}} ({{r:홍금철}}) | 92 | 35 | 영어 기초 A | 러시아어 가능 |
| {{r:RI, Ok-hwa}} ({{r:리옥화}}) | 88 | 61 | 영어 중급 | 중국어 가능 |
| {{p:CHA, Ye-rim}} ({{p:차예림}}) | 95 | 20 | 영어 기초 B | |

강사 의견:
- {{r:금철}} 씨는 {{u:러시아}}에서 일할 때 배운 러시아어 회화가 수준급. 영어는 알파벳부터.
- {{r:옥화}} 씨는 {{u:중국}} 공장에서 일하며 중국어를 익혔다고 함. {{r:리}} 씨가 "반장님 소리 듣는 게 싫다"며 반장 맡기를 거절.
- {{p:예림}} 씨는 결석 잦음, 상담 요청.""",
    },
    {
        "id": "h46-ko-12",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yang Song-hak", "양성학", "witness", ["성학"]),
        ],
        "note": "Korean removal inventory for a witness moving from a shelter to his own flat; boxes labelled with names, the owner's surname on boxes beside the ordinary word 양 (sheep, quantity), a photo of the real Kumsusan Palace, a removal company as invented business; mover's name.",
        "text": """이사 짐 목록 - 쉼터 → 임대아파트 ({{u:인천}} {{u:남동구}})
이사 날짜: 2024. 10. 5.  입회: {{p:권도현}} 사회복지사

상자 1 "{{r:양}} - 주방" : 냄비 2, 그릇, 양은 냄비 1
상자 2 "{{r:양성학}} 옷" : 겨울옷 (양이 많음, 상자 하나 더 필요)
상자 3 "{{r:성학}} 서류" : {{u:하나원}} 수료증, 통장, 진술서 사본 ※ 본인이 직접 운반
상자 4 "사진" : 가족사진 3장, {{u:금수산태양궁전}} 앞 단체사진 1장 (본인이 버리지 말라고 함)
기타: 전기장판, 선풍기

운반: 한빛이사 기사 {{p:남궁민}} 님
메모: {{r:양}} 선생님 새 주소는 파일에 기재하지 않음 ({{p:권도현}})""",
    },
    {
        "id": "h46-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Un-jong", "김은정", "witness", ["은정", "Eun-jung"]),
        ],
        "note": "Birthday-card messages from staff and fellow survivors, transcribed for the witness's scrapbook; names with 언니, 쌤, 동생 (kinship words are not mentions), nicknames, emoji, a zero-width space inside one signature, Korean name in capitals in South Korean spelling, the name followed by the affectionate suffix 이.",
        "text": """🎂 {{r:은정}} 언니 생일 축하 카드 (메시지 전사)

- 언니 생일 축하해요!! 올해는 꼭 운전면허 따요 🚗 - {{p:수\u200b아}}
- {{r:은정}}아 생일 축하한다. {{u:러시아}}에서 같이 고생한 거 생각하면 눈물 난다 - {{p:춘옥}} 언니가
- {{r:김은정}} 선생님, 늘 웃어 주셔서 감사합니다 - 상담팀 {{p:지현}} 쌤 😊
- 언니 미역국 먹었어? - 막내 {{p:똘이}}
- HAPPY BIRTHDAY {{r:EUN-JUNG}} 🎉 - {{p:Mia}} (volunteer)
- {{r:은정}}이 없는 쉼터는 상상도 못 함 - 동생들 일동

※ {{p:똘이}}는 {{p:최다솜}} 씨 별명.""",
    },
    {
        "id": "h46-ko-14",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Choe Song-hui", "최성희", "witness", ["성희"]),
        ],
        "note": "Korean food-delivery app order history printed as evidence of where the witness lived; delivery requests with names, rider nickname, the app and real restaurant chains as public names; the witness's name in a customer request and a login.",
        "text": """[{{u:배달의민족}} 주문 내역 출력 - 계정 {{r:songhee}}_c****]

2024.03.02 19:41 {{u:BBQ}} 치킨 황금올리브 1 / 요청사항: "문 앞에 두고 벨 X, {{r:최성희}}"
2024.03.09 12:10 {{u:김밥천국}} 라면+김밥 / 요청사항: "{{r:성희}} 이름으로 주문, 경비실 맡겨 주세요"
2024.03.15 20:05 {{u:교촌치킨}} 허니콤보 / 라이더: {{p:번개}}
2024.03.22 18:30 북한식 냉면 전문점 "옥류향" 평양냉면 2 / 요청사항: "고향 맛 부탁드려요 ^^"

담당자 메모({{p:백승우}}): 경찰 신변보호 신청 관련, 거주 사실 증명 자료로 제출. 계정 아이디 일부에 이름이 있어 가림 처리 필요. {{u:김밥천국}}은 가맹 브랜드지만 해당 지점은 특정 불가.""",
    },
    {
        "id": "h46-ko-15",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ra Chol-gyu", "라철규", "witness", ["철규"]),
            ("U Yong-dok", "우영덕", "supervisor", ["영덕"]),
        ],
        "note": "Korean transcription of a dormitory electricity meter reading sheet from a Russian building site, reconstructed by the witness; one-syllable surnames 라 and 우 beside the ordinary syllables; room table with names; Khabarovsk as a public name; Russian landlord with patronymic.",
        "text": """숙소 전기 계량기 검침표 (구술자 {{r:라철규}}가 기억으로 재구성, 2023. 5.)
현장: {{u:하바롭스크}} 주택건설, 숙소 2동
검침 담당: {{r:우영덕}} 부반장

| 호실 | 거주자 | 4월 | 5월 | 공제액(루블) |
| 201 | {{r:라철규}} 외 5명 | 412 | 455 | 1,200 |
| 202 | {{p:최}} 동무 외 6명 | 398 | 470 | 1,500 |
| 203 | {{r:우}} 부반장 (1인실) | 120 | 133 | 0 |

구술자 설명: 전기료는 방마다 나눠 월급에서 뗐는데, {{r:영덕}}이 방은 늘 0원이었다. 집주인 {{p:세르게이 이바노비치}}가 한 번 전력회사 고지서를 보여 줬는데 훨씬 적었다고 함. {{r:철규}} 씨는 "라라라 노래 부르며 참았다"고 웃음.""",
    },
    {
        "id": "h46-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Tong-hyok", "김동혁", "witness", ["Tong-hyok", "동혁"]),
            ("Ri Sang-guk", "리상국", "supervisor", ["상국"]),
        ],
        "note": "Mixed English/Korean interview summary, construction in Angola; Korean quotations with particles, Portuguese phrases and an Angolan foreman, the real sanctioned Mansudae Overseas Project Group, Luanda and Benguela; supervisor named by surname plus 지배인.",
        "text": """Interview summary - {{r:KIM Tong-hyok}} ({{r:김동혁}}), 2 sessions, Jan 2025
Interviewer: {{p:Sun-young Ra}}

{{r:Tong-hyok}} worked in {{u:Angola}} from 2014 to 2017 for a team that, he says, belonged to the {{u:Mansudae Overseas Project Group}}. They built a monument and then apartments near {{u:Luanda}}, later a school in {{u:Benguela}}.

The head of the team was {{r:Ri Sang-guk}}. In Korean the witness always said "{{r:리}} 지배인" or "{{r:상국}}이 동지"; he explained that 동지 was used for senior men and 동무 for equals. Quote: "{{r:리상국}}이가 돈은 다 {{u:평양}}에 보낸다고 했어요."

An Angolan foreman, "Senhor {{p:Manuel}}" ({{p:Manuel Tavares}}), was friendly; he taught them "obrigado" and "devagar, devagar" (slowly, slowly). The witness said {{p:Manuel}} once gave him medicine when {{r:리}} 지배인 refused.

"{{r:동혁}}아, 참아라" - this is what his roommate {{p:Chol}} used to say. {{r:Kim}} left in 2017 via {{u:Namibia}}.""",
    },
    {
        "id": "h46-mixed-02",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kye Sun-hui", "계순희", "witness", ["순희", "Sun-hui"]),
            ("Ho Chol-nam", "허철남", "supervisor", ["철남"]),
        ],
        "note": "Mixed Korean/English Q&A transcript with speaker labels (Q/A and names), wig factory in China; Chinese forms of address labelled whole (小金, 老许), the supervisor's surname 허 romanized Ho beside the Chinese reading Xu; Pingdu and Qingdao in three scripts; 중국 as an attributive noun; CRLF.",
        "text": """Transcript - interview with {{r:KYE Sun-hui}}, 12 Feb 2024 (Korean with English glosses)
Q = {{p:Nari Jeong}} (interviewer) / A = {{r:계순희}} / INT = {{p:Alex}} (note-taker)

Q: 가발 공장은 어디에 있었어요?
A: {{u:산둥성}} {{u:핑두}}요. {{u:Pingdu}}, near {{u:Qingdao}}.
INT: [the witness writes {{u:平度}} on paper]
Q: 관리자는 누구였어요?
A: 우리 쪽은 {{r:허철남}} 반장이요. {{u:중국}} 사람들은 {{r:老许}}라고 불렀어요. 许가 허니까.
Q: So Mr {{r:Ho}} was called {{r:老许}} by the Chinese staff?
A: 네. 그리고 저는 {{p:小金}}이... 아니, 저 말고 {{p:금옥}}이가 {{p:小金}}이었어요. 저는 그냥 "{{r:순희}}".
Q: Did {{r:Ho}} keep your passports?
A: 네, {{r:철남}}이가 금고에 다 넣었어요. {{u:중국}} 회사 사장 {{p:许总}}도 알고 있었고요 - 이 사람은 {{r:허}} 반장이랑 다른 사람이에요, 진짜 {{u:중국}} 사람.
INT: [two different people share the character 许: {{r:Ho Chol-nam}} and the Chinese owner {{p:许总}}]""",
    },
    {
        "id": "h46-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pak Song-ae", "박송애", "witness", ["송애", "Song-ae"]),
        ],
        "note": "Mixed phone-call notes with a Mongolian hotel interpreter helping the witness; Mongolian names in Cyrillic and Latin, Korean given name alone with 씨, the word 'Song' in the witness's given name beside 'song'; Erdenet and Ulaanbaatar; the Korean embassy as a public organisation.",
        "text": """전화 메모 - 2023. 12. 4. 23:10 ({{u:UB}} time 22:10)
From: {{p:Ганцэцэг}} ({{p:Gantsetseg}}), hotel interpreter in {{u:Ulaanbaatar}}
Taken by: {{p:Hyunsoo}}

- {{r:박송애}} 씨가 호텔 로비에 있음. She came by bus from {{u:Erdenet}}.
- {{p:Gantsetseg}} says {{r:Song-ae}} is scared, kept humming a song, would not give her passport number.
- 본인 요청: {{u:주몽골 대한민국 대사관}}에 연락해 달라고. 내일 09:00 대사관 문 열면 {{p:Gantsetseg}}가 같이 가기로.
- {{r:송애}} 씨 동료 {{p:명실}}이는 아직 {{u:Erdenet}} 공장에 있음.
- Callback number: +976 99xx xxxx ({{p:Ганцэцэг}}'s own)

Follow-up 12/5: {{p:Hyunsoo}} → Director {{p:Lim}} briefed.""",
    },
    {
        "id": "h46-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jong Kwang-min", "정광민", "witness", ["광민", "Kwang-min", "Jeong Gwang-min"]),
            ("Sok Yong-chol", "석용철", "supervisor", ["용철"]),
            ("Jong Mi-ran", "정미란", "relative", ["미란"]),
        ],
        "note": "Mixed Korean/English case meeting minutes on a fishing-boat case; romanizations Jong/Jeong for one witness, surname 석 beside the ordinary word 석 (three/seat), the real ILO, an invented vessel unmarked, Sierra Leone as flag state; surname-first names in an attendance line; staff titles 팀장, PM.",
        "text": """Case meeting minutes / 사례회의 (2024-06-11)
Attendees: {{p:LEE, Ha-eun}} (PM), {{p:Oh Jun-seo}} 팀장, {{p:Aisha}} (legal intern)

1. {{r:정광민}} ({{r:Jeong Gwang-min}} on his {{u:ROK}} ID; {{r:Jong Kwang-min}} in our older files)
   - Worked on a squid boat "Ryongsong 7" (invented name in his statement? check) in 2018-19.
   - Boat master: {{r:석용철}}. {{r:Sok}} kept all crew documents. 석 달 동안 육지에 못 내렸다고 함 (3 months without landing).
   - {{r:광민}} 씨 wants to file with the {{u:ILO}} complaints mechanism - {{p:Aisha}} to check whether individuals can.
2. Family: sister {{r:정미란}} ({{r:Mi-ran}}) in {{u:Busan}} says the boat was registered in {{u:Sierra Leone}}.
   - {{p:Oh}} 팀장: we need the flag registry extract before the next meeting.
3. Next: 6/25. 좌석(석) 부족 - 큰 회의실 예약 ({{p:하은}}).""",
    },
    {
        "id": "h46-mixed-05",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ri Chang-gun", "리창근", "witness", ["Chang-gun", "창근", "Ri Czang Gun", "Riego"]),
            ("Kim Kyong-hui", "김경희", "coworker", ["Kyong-hui"]),
        ],
        "note": "Mixed English/Polish/Korean e-mail thread with a lawyer in Szczecin; Polish spellings and case endings (Czang Guna, Kimem), name in e-mail local parts, a coworker sharing her name with the real public figure Kim Kyong-hui (the Kim Jong Il sister) mentioned for disambiguation; CRLF.",
        "text": """From: {{p:tomasz.nowak}}@kancelaria-nowak.example
To: {{p:yerin.han}}@nkw-aid.org
Subject: Sprawa {{r:Ri Czang Gun}} / case {{r:Ri Chang-gun}}

Dear Ms {{p:Han}},
In the Polish documents your client appears as "{{r:Ri Czang Gun}}"; the shipyard's records use "{{r:Czang Guna}}" (genitive) in the dismissal note. The co-worker is listed as "{{r:Kim Kyong Hui}}" - I spoke with Pani {{r:Kim}} on Friday; rozmawiałem z {{r:Kimem}}... sorry, with Ms {{r:Kim}}, she is a woman, so "Kim" does not decline.
Note: the court clerk asked whether she is related to {{u:Kim Kyong-hui}} (the politician). Obviously not.
Pozdrawiam, {{p:Tomasz Nowak}}

> From: {{p:yerin.han}}@nkw-aid.org
> 변호사님, {{r:리창근}} 씨 진술서 폴란드어 번역본 첨부합니다. {{r:창근}} 씨는 동료들 사이에서 "{{r:Riego}}"라고 불렸다고 해요 (Polish workers' joke).
> {{r:Kyong-hui}} 씨 연락처는 추후 전달드리겠습니다.
> {{p:한예린}}""",
    },
    {
        "id": "h46-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Paek Il-gwon", "백일권", "witness", ["일권", "Пэк Ир Гвон"]),
            ("Paek Sun-im", "백순임", "relative", ["순임"]),
        ],
        "note": "Mixed Korean/Russian family account by the witness's wife about his time in Tomsk and Novosibirsk; Russian neighbours with diminutives and case endings (Люды, Людмилой Ивановной), a Russian diminutive in Hangul, the witness in Cyrillic, surname 백 beside 백 (hundred) in 백 달러; Korean kinship words unmarked.",
        "text": """가족 진술 - {{r:백순임}} (배우자), 2024. 7. 받아 적음 {{p:K.J.}}

남편 {{r:백일권}}은 2012년부터 {{u:톰스크}}랑 {{u:노보시비르스크}}에서 목수 일을 했어요. 한 달에 백 달러도 못 받았대요. {{u:러시아}} 이름표에는 "{{r:Пэк Ир Гвон}}"이라고 쓰여 있었대요.

그이가 말하길, 옆집 할머니 {{p:Людмила}}가 잘해 줬대요. 남편은 "{{p:Люда}} 할머니"라고 불렀고요. 통화할 때 러시아어로 "у {{p:Люды}} был хлеб"({{p:류다}} 할머니네 빵이 있었다) 같은 말을 섞었어요. 또 "с {{p:Людмилой Ивановной}}" 하고 존칭도 썼대요.

{{r:일권}} 씨 반장은 "{{p:홍}} 반장"이었는데 이름은 몰라요. 애들 아빠가 2016년에 {{u:블라디보스토크}}로 옮겨 갔다가 연락이 끊겼어요. 저 {{r:순임}}이는 2019년에 나왔고요.""",
    },
    {
        "id": "h46-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Son Myong-hui", "손명희", "witness", ["명희", "Myong-hui"]),
            ("Tak Chol", "탁철", "supervisor", ["Tak"]),
        ],
        "note": "Mixed English/Korean reviewer comments on a draft testimony about a restaurant in Dubai; Arabic names of a fictional sponsor and office manager in Latin and Arabic script, surname Son beside the English word son, surname Tak beside the Korean word 탁 (sound, table); real Burj Khalifa and Deira; reviewer initials.",
        "text": """Reviewer comments - draft "{{r:Son Myong-hui}}, {{u:Dubai}} restaurant" (v1 → v2)

[{{p:JP}}] Para 1: "{{r:Son}} and her son" - confusing, she has no son? Check.
  → [{{p:SK}}] 아니요, 원문은 "손님들" (customers). 번역 오류. Fixed.
[{{p:JP}}] Para 2: manager is "{{r:Tak Chol}}" here and "{{r:탁}} 지배인" in the Korean. Keep one form. Also "탁 치면서 화냈다" = he slammed the table, not a name.
[{{p:SK}}] Para 3: the sponsor "{{p:Abdulla Saeed Al Ketbi}}" - name as she gave it; we could not verify it. Treat as private.
[{{p:JP}}] Para 4: "we could see the {{u:Burj Khalifa}} from the staff room in {{u:Deira}}" - geographically doubtful, ask {{r:명희}} 씨.
[{{p:Layla}}] Arabic transliteration of the sponsor's office manager: {{p:Fatima Al Suwaidi}} / {{p:فاطمة السويدي}}. OK.""",
    },
    {
        "id": "h46-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            (
                "Kim Myong-sun",
                "김명순",
                "witness",
                ["Myong-sun", "金明顺", "ＫＩＭ ＭＹＯＮＧ ＳＵＮ"],
            ),
            ("Ri Chol-ho", "리철호", "supervisor", ["李哲浩"]),
        ],
        "note": "Chinese temporary-residence registration form (境外人员临时住宿登记) copied into an English case note; names in Hanzi, pinyin and fullwidth Latin capitals, a fictional police officer and landlord, a Hanzi surname used alone (李), Tumen and Yanbian as public places.",
        "text": """境外人员临时住宿登记表 (copy kept by witness; translation notes by {{p:Yiting}})

姓名 Name: {{r:ＫＩＭ ＭＹＯＮＧ ＳＵＮ}} / {{r:金明顺}}
国籍 Nationality: {{u:朝鲜}} ({{u:DPRK}})
证件 Document: 公务护照 (service passport) No. 836xxxxxx
住址 Address: {{u:吉林省}}{{u:图们市}} 某服装厂职工宿舍 3-204
接待单位/留宿人 Host: 服装厂 (invented name in the copy) / 负责人 {{r:李哲浩}} ({{r:Ri Chol-ho}})
房东 Landlord: {{p:张桂芳}}
登记民警 Officer: {{p:刘警官}}  派出所: {{u:图们市}}某派出所

Case note: {{r:Myong-sun}} says the form was filled in by {{r:李}}, not by her. The officer {{p:刘警官}} never met the workers. {{u:延边}} police stations ask for this form within 24 hours. {{r:Kim}} kept the copy inside a sewing pattern.""",
    },
    {
        "id": "h46-mixed-09",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Yun Chol-bom", "윤철범", "witness", ["철범", "Bom"]),
            ("An Sung-il", "안승일", "coworker", ["승일"]),
        ],
        "note": "Dormitory table-tennis tournament bracket from a building site in Moscow, redrawn by the witness with players' names; a nickname, one-syllable surnames (유, 모, 로, 현) as players, the surname An discussed as a word (unmarked), a Russian guard's name and diminutive in Cyrillic; the ordinary 안에서는 beside the surname 안; Moscow public.",
        "text": """탁구 대회 대진표 (숙소, {{u:모스크바}} 2018년 설날) - 구술자 {{r:윤철범}}이 다시 그림

1회전
  {{r:윤철범}} ("{{r:Bom}}") 11-7, 11-9  {{p:유}}씨 (용접)
  {{r:안승일}} 11-3, 11-5  "{{p:꼬마}}" ({{p:현}}씨 아들뻘)
  {{p:모}} 반장 부전승
  {{p:Вася}} (경비) 9-11, 8-11  {{p:로}}씨
준결승
  {{r:Bom}} 11-8, 9-11, 11-6  {{r:An}}
  {{p:모}} 반장 11-4, 11-2  {{p:로}}씨
결승
  {{r:철범}} 6-11, 8-11  {{p:모}} 반장  ← "반장은 이겨야 함" (웃음)

구술자 설명: 안에서는 {{r:승일}}이 제일 잘 쳤는데 반장한테 일부러 졌다고. 경비 {{p:Вася}}는 {{p:Василий}}의 애칭. "An이라는 성은 영어로 쓰면 관사 같아서 {{u:러시아}} 사람들이 웃었다"고.""",
    },
    {
        "id": "h46-mixed-10",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Hyon Su-ryon", "현수련", "witness", ["수련", "Su-ryon"]),
        ],
        "note": "Alumni newsletter class notes from a vocational college for North Korean resettlers, mixed Korean and English; classmates by name with class year, nicknames, a wedding announcement, surnames of a couple, a handle, a real university and company (Korail, Hyundai) as public names; the witness under a given name alone.",
        "text": """동문 소식 Class Notes - 2025 봄호

[2019학번]
- {{p:이준혁}} 동문이 {{u:코레일}}에 입사했습니다. 축하해요!
- {{r:현수련}} 동문 ({{r:Su-ryon}}), {{u:쿠웨이트}} 건설현장 경험을 바탕으로 {{u:고려대학교}} 대학원 진학. "{{r:수련}} 언니 최고" - 후배 일동
- {{p:Kim}} & {{p:Park}} couple ({{p:김지호}}, {{p:박다은}}) married in March 💍

[2020학번]
- "{{p:짱구}}" {{p:최민석}}, {{u:현대자동차}} 협력사 취업.
- {{p:Jenny}} ({{p:장은지}}) moved to {{u:Toronto}}; say hi on {{u:Instagram}} @{{p:jenny_jang}}

편집: {{p:옥}} 간사 / 소식 보내실 곳: alumni@ 학교 도메인""",
    },
    {
        "id": "h46-mixed-11",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Kwak Chol-yong", "곽철용", "witness", ["철용", "Kwak", "Guo Zhelong"]),
        ],
        "note": "Consular appointment confirmations (automatic e-mails, Korean and English) from the real Consulate General of the Republic of Korea in Vladivostok, with the applicant's name in fullwidth letters and with a zero-width joiner, a login built from the name, staff by surname plus 영사, role accounts unmarked; mixed line endings.",
        "text": """[자동발송] 영사민원 방문예약 확인 / Appointment confirmation
발신: no-reply@ 영사민원 예약시스템
수신: {{p:jiwoo.seo}}@nkw-aid.org

예약번호: VLA-20240312-0087
신청인: {{r:ＫＷＡＫ ＣＨＯＬ－ＹＯＮＧ}} ({{r:곽\u200d철용}})
민원 종류: 여행증명서 발급 상담
방문 일시: 2024. 3. 14. 10:30
방문 장소: {{u:주블라디보스토크 대한민국 총영사관}} / {{u:Consulate General of the Republic of Korea in Vladivostok}}
로그인 ID: {{r:kwakcy}}1979

※ 담당 {{p:한}} 영사 면담. 신분증 또는 소지 서류 지참.

-----
Staff note ({{p:Jiwoo}}): the system would not accept "{{r:곽철용}}" typed normally, so the name went in with an invisible joiner. {{r:Chol-yong}} also has a Chinese ID in the name {{r:Guo Zhelong}} (bought in {{u:Yanji}}) - do NOT show that one. Consul {{p:Han}} knows the case.""",
    },
    {
        "id": "h46-mixed-12",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Chon Kyong-sik", "전경식", "witness", ["Kyong-sik", "Jeon Kyung-sik"]),
        ],
        "note": "Telehealth consultation notes (English with Malay and Korean), a Malaysian doctor and interpreter; Malay names with bin/binti and titles outside (Dr, Encik); the patient in two romanizations; Kuching, Sarawak General Hospital and Zoom as public names.",
        "text": """TELEHEALTH CONSULTATION NOTE
Platform: {{u:Zoom}} (interpreter on same call)   Date: 02/09/2024
Clinician: Dr {{p:Nurul Aina binti Hassan}}   Interpreter (KR-EN): {{p:Grace Kwon}}
Patient: {{r:CHON Kyong-sik}} (passport name {{r:JEON KYUNG SIK}}), M, 51, {{u:Kuching}}

S: Mr {{r:Chon}} reports lower back pain since 2019 (construction work, {{u:Bintulu}}). Worse at night. "허리가 끊어질 것 같다" (feels like the back will break).
O: Limited exam by video. Can bend to 45°.
A: Chronic mechanical LBP. Red flags negative per history.
P: Referral to physiotherapy, {{u:Sarawak General Hospital}}. Paracetamol. Follow-up 2 weeks.

Note: {{r:Kyong-sik}} asked for a male physio. Encik {{p:Azman}} (physio) available Tuesdays. Dr {{p:Nurul}} to email {{p:Azman bin Yusof}} directly. Terima kasih, {{p:Grace}}!""",
    },
    {
        "id": "h46-mixed-13",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kil Yong-jo", "길용조", "witness", ["Yong-jo", "용조"]),
        ],
        "note": "Vehicle hire agreement from Luanda (Portuguese form with English and Korean notes) kept as evidence of the witness driving for his team; Portuguese names of the rental clerk and guarantor, the witness's name split across fields surname-first with a comma, the given name Yong-jo beside Portuguese words, Luanda and Huambo.",
        "text": """CONTRATO DE ALUGUER DE VIATURA N.º 2016/0441
Locadora: Auto Kalunga Lda., {{u:Luanda}}
Locatário (Apelido, Nome): {{r:KIL, YONG JO}}
Nacionalidade: {{u:RPDC}} ({{u:Coreia do Norte}})
Carta de condução: internacional n.º 00xxxx
Viatura: {{u:Toyota}} Hilux, matrícula LD-xx-xx-xx
Período: 03/05/2016 a 17/05/2016   Destino: {{u:Huambo}}
Fiador: {{p:António Mbala}}
Funcionário: {{p:Carla Domingos}}
Assinatura do locatário: "{{r:길용조}}"

Witness's note (Korean, translated by {{p:Da-eun}}): "{{r:용조}}라는 이름은 포르투갈어로 읽기 어렵다고 {{p:카를라}}가 웃었다. 지배인이 차를 빌려 {{u:우암부}}까지 자재를 나르게 했다." The guarantor {{p:Mbala}} was the contractor's local partner.""",
    },
    {
        "id": "h46-mixed-14",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Pyon Tae-ho", "변태호", "witness", ["태호"]),
        ],
        "note": "Volunteer barber-day sign-up sheet at the NGO's community room, Korean and English with emoji; slot table with given names only, a one-syllable nickname, the volunteer barbers with a Vietnamese name, a Mongolian name and an English-word surname (Do); the ordinary words 'do' and 'cut'; CRLF.",
        "text": """✂️ 무료 이발의 날 / Free Haircut Day - Sat 16 Nov, 10:00-14:00
Barbers (volunteers): {{p:Minh}} ({{p:Nguyễn Đức Minh}}), {{p:Tuya}}, {{p:Jason Do}}

| Time | Name | Barber | Style |
| 10:00 | {{r:태호}} | {{p:Minh}} | 짧게 |
| 10:20 | {{p:영철}} 할아버지 | {{p:Tuya}} | "옛날 스타일" |
| 10:40 | {{p:Bin}} (아이) | {{p:Do}} | 🦖 모양?? |
| 11:00 | {{p:순옥}} | {{p:Minh}} | trim only |
| 11:20 | (cancelled) | | |
| 11:40 | {{r:변태호}} 씨 아들 {{p:준}} | {{p:Jason}} | 투블럭 |

Please do sign up early! Cuts take ~20 min.
{{p:Do}} can only stay until 12. {{r:태호}} 씨가 의자 가져오기로 👍
Contact: {{p:Yerin}} (010-xxxx-xxxx)""",
    },
    {
        "id": "h46-mixed-15",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Song Chun-ok", "송춘옥", "witness", ["춘옥", "Chun-ok"]),
            ("Ri Myong-hwa", "리명화", "witness", ["명화"]),
        ],
        "note": "Karaoke request slips from the shelter's year-end party, Korean with English; real singers (송가인, 나훈아, 이미자) and a real North Korean band as public figures, the witness's surname 송 beside the singer 송가인 and the word 'song'; given names alone, kinship words (삼촌, 막내, 언니) unmarked, emoji.",
        "text": """🎤 송년회 노래방 신청곡 (쪽지 전사)

1. {{r:송춘옥}} - {{u:송가인}} 노래 아무거나! ({{r:춘옥}} 언니 최애 가수 ㅋㅋ)
2. {{p:정호}} 삼촌 - {{u:나훈아}} 「테스형!」
3. {{r:명화}} - {{u:이미자}} 「동백 아가씨」 / "{{u:모란봉악단}} 노래는 없어요?"
4. {{p:Jake}} (volunteer) - any {{u:BTS}} song 🙏
5. 막내 {{p:다솜}} - 「휘파람」 ({{u:북한}} 노래, 반주 없음 → 무반주로)
6. {{r:리명화}} + {{r:송춘옥}} 듀엣 - 「반갑습니다」

사회: {{p:서하}} / 점수 1등: {{r:Chun-ok}} (98점) 🎉""",
    },
]
