# ruff: noqa: E501
"""Held-out evaluation passages, set 53. Built by build_heldout.py heldout53.

Fifty documents of the kind an NGO working on North Korean workers sent abroad
actually holds, written blind (the finder's code was not read). A minority are the
core material staff type every day (interview summaries, question-and-answer
transcripts, e-mail threads, chat exports from Slack, KakaoTalk and Signal,
phone-call notes, translators' notes); the rest are genres no earlier set used
(IT helpdesk tickets, duplicate-record merge reviews, podcast show-note drafts,
conference moderator run-sheets, honorarium payment lists, team retrospectives,
personal-data breach notification letters, subtitle QC reports, AI meeting-assistant
summaries, witness travel itineraries, newsletter volunteer spotlights, translated
Russian employer character references, translated Kuwaiti end-of-service clearances,
kimchi-making event sign-up lists, petitions to a criminal court for leniency, staff
incident explanations, court-watch notes, memoir-contest judges' comments, volunteer
service certificate registers, computer-class attendance books, memoir proofreading
notes, legal opinions, cover-letter corrections, translated Mongolian police
statements, hospital-accompaniment schedules, Japanese interview requests, Chinese
factory disciplinary notices, Polish employment certificates, recovered Vietnamese
SMS, Russian voice-message transcripts, transcript QA feedback forms, interview
logistics checklists, Qatari police incident reports, Chinese guarantee letters,
smuggled family letters, shared-drive access reviews, Angolan field notes and
interpreter pool rosters), in English, Korean and mixed Korean/English with Russian,
Chinese, Japanese, Arabic, Polish, Mongolian, Vietnamese, Portuguese and Thai. All
persons are fictional; real public figures are mentioned only neutrally.

Labelling convention (as in the preceding sets):
- {{r:...}} a mention of a registered private person (listed in the passage's
  "persons" as (romanized name, Hangul name, role, aliases)); {{p:...}} a mention
  of an unregistered private person; {{u:...}} a public name: a real public figure,
  a real place, a real organisation or company, a real app or platform.
- Every fictional person is private, whatever their office (a fictional judge,
  police officer, immigration officer, doctor, pastor or interpreter is private).
- Invented businesses, sites and vessels are left unmarked.
- A mention is labelled as the text writes it: the name only, without particles,
  titles or honorifics (리창섭 씨 -> {{r:리창섭}} 씨, Mr {{p:Ho}}, {{p:佐藤}}氏,
  {{r:リュ・ソンヒ}}さん, Pan {{r:Tak}}, o senhor {{r:Tak}}, 목사님, 지배인, 주임); the
  affectionate suffix 이, the vocative 야/아 and the household suffix 네 stay outside.
  Chinese forms of address are labelled whole (老周, 老金, 金哥, 刘姐, 刘主任, 周总,
  高经理). Russian, Polish and Mongolian names keep their case endings (Пака, Соном,
  Hanowi, Markiem Zielińskim, Батбаярт, Доржийн); Arabic attached prefixes (و, ب)
  and Thai titles or kin prefixes written without a space (คุณ, น้อง) stay outside.
- Possessive 's, plural -s and emoji stay outside; zero-width characters, soft
  hyphens, fullwidth letters and a line break inside a name stay inside.
- Initials standing for a person are mentions; in e-mail addresses only a local part
  that spells the name is labelled; role accounts are unmarked; in file and folder
  names only the part that spells the name is labelled.
- A surname or name discussed as a word ("'Do' looks like an English verb", 양식
  meaning "form"), and ordinary words that look like names (song, moon, joy, jade,
  сон, 곰 the animal, 소금, 혜성처럼, 만복을, "No,", "So,", "Um,", "Ha!", the
  attendance mark O) are unmarked.
- Misheard, misspelled or machine-garbled forms that refer to a person are labelled
  as written.
- Country names standing as nouns are public; nationality adjectives are not.
"""

PASSAGES: list[dict] = [
    {
        "id": "h53-en-01",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("O Chol-ho", "오철호", "witness", ["Chol-ho", "Oh Chol-ho"]),
            ("Pyon Yong-nam", "변영남", "supervisor", ["Baldy"]),
            ("Vitaly Gorshkov", "비탈리 고르시코프", "supervisor", ["Vitalik"]),
            ("O Kum-sil", "오금실", "relative", []),
        ],
        "note": "Third-person interview summary, Vladivostok construction; one-letter surname O beside 'o'clock', a nickname (Baldy) and a Russian diminutive (Vitalik), a broker called Auntie, a requested alternative spelling, text well beyond the first paragraph.",
        "text": """INTERVIEW SUMMARY (third person) - file VL-53-014
Interviewer: {{p:Rachel Tan}} | Interpreter: {{p:Mun Ji-won}} | Recorded 9 May 2024 at the NGO office in {{u:Seoul}} (2 h 10 min)

1. Background
{{r:O Chol-ho}} ({{r:오철호}}, b. 1981) was born in {{u:Hamhung}} and trained as a plasterer. In April 2017 he was sent with a brigade of 28 men to {{u:Vladivostok}}. The dispatching company was, in his words, "a branch of {{u:GENCO}}"; on the Russian side the contractor was a local firm he knew only as Primstroi-7.

2. Work and pay
Mr {{r:O}} worked on two residential towers on {{u:Russky Island}}. Work began at 6 o'clock and usually ended after ten at night. The brigade leader, {{r:Pyon Yong-nam}}, collected all wages in cash from the Russian foreman {{r:Vitaly Gorshkov}}. The men called {{r:Pyon}} "{{r:Baldy}}" when he was out of earshot; {{r:Gorshkov}} they called "{{r:Vitalik}}", as the Russian labourers did. Mr {{r:O}} says he saw {{r:Vitalik}} hand {{r:Baldy}} a thick envelope every second Friday. Of a promised 600 dollars a month he received between 80 and 120.

3. Injury
In January 2018 a coworker, {{p:Kim Song-il}}, fell from the fourth-floor scaffold. {{r:O}} and {{p:Ri Myong-chol}} carried him down. {{r:Pyon}} refused to call an ambulance; {{r:Gorshkov}} eventually drove {{p:Kim}} to a private clinic, where a Dr {{p:Belova}} set his leg. {{p:Kim}} was sent home in March with the next rotation and {{r:Chol-
ho}} never heard of him again.

4. Family
His younger sister {{r:O Kum-sil}} ({{r:오금실}}) still lives in {{u:Hamhung}}. He asks that her name never appear in any publication. He last had news of her in 2021 through a broker in {{u:Yanji}} whom he calls Auntie {{p:Sun}}.

5. Interviewer's notes
Mr {{r:O}} asked that English documents spell him "{{r:Oh Chol-ho}}", because officials at {{u:Incheon Airport}} thought the single letter was a typing error. Follow-up planned for June; {{p:Ji-won}} will interpret again. {{p:RT}}
""",
    },
    {
        "id": "h53-en-02",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("An Myong-su", "안명수", "witness", ["Myong-su"]),
            ("Jo Hak-chol", "조학철", "supervisor", []),
            ("Rajesh Nair", "라제시 나이르", "coworker", ["Raju"]),
            ("Saeed Al-Harbi", "사이드 알하르비", "official", ["Saeed"]),
        ],
        "note": "Question-and-answer transcript with speaker labels, Qatar construction camp; surname An as speaker label beside the article 'An', surname Jo spelled out letter by letter (unmarked), sentence-initial 'So' and 'No', Indian coworker by nickname, Qatari sponsor's representative; CRLF.",
        "text": """TRANSCRIPT - Q&A, session 2 of 3
Interviewee: {{r:AN Myong-su}} | Questions: {{p:Lucy Park}} (LP) | Interpreting: {{p:Ha Yoon-seo}} (HY)
Video call ({{u:Zoom}}), 14 March 2024, 10:05-11:20

LP: Last time you talked about the camp in {{u:Al Wakrah}}. Who was in charge there?
{{r:AN}}: The brigade chief was {{r:Jo Hak-chol}}. Everyone said Chief {{r:Jo}}.
LP: Could you spell that for me?
HY: J, O. In Korean it is one syllable.
{{r:AN}}: So, Chief {{r:Jo}} took our passports at the airport in {{u:Doha}}. No one argued. We had been told in {{u:Pyongyang}} this was normal.
LP: An Indian worker was mentioned in your first interview. Who was he?
{{r:AN}}: {{r:Raju}}. His real name is {{r:Rajesh Nair}}. He drove the water truck. {{r:Raju}} lent me his phone twice so I could call my wife.
LP: Your wife is...?
{{r:AN}}: {{p:Kye Son-hwa}}. She is in {{u:Nampo}}. Please do not write her name anywhere.
HY: [Interpreter: he asks that his wife's name be removed from any copy that leaves the office.]
LP: Understood. And the Qatari side?
{{r:AN}}: Mr {{r:Al-Harbi}} from the sponsor company. {{r:Saeed}}. He came once a month and spoke only to {{r:Jo}}.
LP: Did Mr {{r:Al-Harbi}} ever speak to you directly?
{{r:AN}}: Once. He read from a clinic list and asked, "Who is {{r:An}}?" I raised my hand and {{r:Jo}} pushed it down.
LP: Who else was on that list?
{{r:AN}}: {{p:Ryu Kwang-il}} and {{p:Sim Chol}}. {{p:Sim}} had kidney stones. {{p:Kwang-il}} had a burned hand from the asphalt.
LP: Thank you, {{r:Myong-su}}. Shall we stop here?
{{r:AN}}: No, one more thing. {{r:Raju}} told me later that {{r:Saeed}} knew about the passports. I want that written down.
LP: It is written down.

[Post-session note, {{p:LP}}: session 3 to cover the return flight via {{u:Beijing}}. {{p:Yoon-seo}} available on 21 March.]
""",
    },
    {
        "id": "h53-en-03",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Tak Song-jin", "탁성진", "witness", ["Song-jin"]),
            ("Zbigniew Kowalczyk", "즈비그니에프 코발치크", "supervisor", ["Zbyszek"]),
            ("Ha Yong-chol", "하영철", "supervisor", []),
        ],
        "note": "E-mail thread between a Polish lawyer and NGO staff about a Gdansk shipyard welder; Polish case endings (Kowalczyka, Zbyszkiem) in pasted notes, e-mail local parts, surname Ha beside the interjection 'Ha', staff surname Moon, quoted earlier message; mixed line endings.",
        "text": """From: {{p:Agnieszka Wróbel}} <{{p:a.wrobel}}@kancelaria-wrobel.example.pl>
To: {{p:Daniel Moon}} <{{p:d.moon}}@nkwatch.example>
Cc: casework@nkwatch.example
Date: Thu, 4 Apr 2024 17:52 +0200
Subject: RE: RE: {{r:Tak}} - shipyard statement

Daniel,

I met Mr {{r:Tak}} again on Tuesday with the interpreter. He confirms that in 2016-2017 he worked at the {{u:Gdańsk}} yard as a welder through a Polish subcontractor. His foreman on the Polish side was {{r:Zbigniew Kowalczyk}}; the Polish welders called him {{r:Zbyszek}}. In my own notes, written in Polish, I put: "Pan {{r:Tak}} rozpoznał {{r:Kowalczyka}} na zdjęciu" and "rozmawiał ze {{r:Zbyszkiem}} tylko przez tłumacza". Apologies for the Polish, I can translate if needed.

The North Korean team leader was {{r:Ha Yong-chol}}. Mr {{r:Tak}} says {{r:Ha}} signed the timesheets for all 14 men and kept the bank cards. He believes {{r:Kowalczyk}} knew this, because {{r:Ha}} handed the cards over in the site office in front of him.

I will send the signed statement once {{r:Song-jin}} has read the Korean version.

Best regards,
{{p:Agnieszka}}

> On Wed, 3 Apr 2024, {{p:Daniel Moon}} wrote:
> Agnieszka, thanks for this. Quick question: did {{r:Song-jin}} say whether {{r:Kowalczyk}} knew about the deductions?
> Ha - the {{u:Państwowa Inspekcja Pracy}} file finally arrived, 40 pages, mostly about scaffolding.
> {{p:Hye-jin}} from our team is checking whether the 2017 inspection names any Korean workers.
> {{p:Dan}}
>
>> On Tue, 2 Apr 2024, {{p:Seo Hye-jin}} <{{p:hyejin.seo}}@nkwatch.example> wrote:
>> Dan, before you reply: {{r:Tak}} called me this morning. He is worried that {{r:Ha}} is still in {{u:Poland}} and asks that we not name the yard yet.
>> {{p:HJ}}
""",
    },
    {
        "id": "h53-en-04",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yu Sun-hui", "유순희", "witness", ["Sun-hui"]),
            ("Yu Ok-nam", "유옥남", "relative", ["Ok-nam", "Okkie"]),
            ("Wang Lijun", "왕리쥔", "supervisor", ["老王"]),
            ("Kang Chun-mi", "강춘미", "supervisor", []),
        ],
        "note": "Phone-call notes from the sister of a seafood-plant worker near Dandong; surname Yu, a Chinese manager called 老王 (labelled whole), a pet name the caller chose, the note-taker's initials, a fictional pastor.",
        "text": """CALL NOTES - 22 Feb 2024, 19:40-20:15 KST
Caller: {{r:Yu Ok-nam}} (older sister of {{r:Yu Sun-hui}}), calling from {{u:Incheon}}
Taken by: {{p:Grace Oh}}

- {{r:Ok-nam}} called because {{r:Sun-hui}} has not answered on {{u:WeChat}} for nine days. Last message 13 Feb: a photo of a rice cooker, no text.
- {{r:Sun-hui}} works at a seafood processing plant in {{u:Donggang}} near {{u:Dandong}} (squid, crab). About 200 North Korean women there, two dormitory blocks.
- Team leader on the Korean side: {{r:Kang Chun-mi}}. {{r:Ok-nam}} says {{r:Kang}} reads all the phones on Sundays and deletes contacts.
- Chinese manager: {{r:Wang Lijun}}, whom the women call {{r:老王}}. {{r:Ok-nam}} heard from {{r:Sun-hui}} that {{r:老王}} once let three women out for a hospital visit without telling {{r:Kang}}.
- Another woman at the plant, "{{p:Myong-ok}}" (surname unknown), was sent home in January after fainting on the line.
- The caller asks us to call her "{{r:Okkie}}" in any text message, never her real name.
- She has already asked Pastor {{p:Lee}} in {{u:Shenyang}} to make enquiries. We do not know this pastor.

Follow-up:
- {{p:GO}} to call back Thursday 20:00.
- Ask {{p:Min-seok}} whether the plant appears in the 2023 {{u:UN Panel of Experts}} report.
- Do not contact {{r:Sun-hui}} directly.
""",
    },
    {
        "id": "h53-en-05",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Choe Un-gyong", "최은경", "witness", ["Un-gyong"]),
            ("Hwang Myong-il", "황명일", "witness", []),
            ("Ma Kwang-su", "마광수", "supervisor", []),
        ],
        "note": "IT helpdesk ticket about a lost laptop holding interview files; names inside file names (lower case with underscores, surname glued to initials), a cousin named in passing, helpdesk staff and the data protection officer, platform names public; CRLF.",
        "text": """TICKET #4471 | Priority: HIGH | Category: Lost/stolen device
Opened by: {{p:Jonas Becker}} (field researcher)
Assigned to: IT helpdesk (helpdesk@nkwatch.example)
Opened: 2024-03-18 08:12

Description:
Laptop (ThinkPad, asset NK-LT-019) left on a KTX train between {{u:Seoul Station}} and {{u:Daejeon}}. BitLocker was on. Files on the desktop not yet synced to {{u:SharePoint}}:
  - interview_{{r:choe_ungyong}}_2024-03-15.m4a
  - {{r:HwangMI}}_transcript_draft3.docx
  - brigade_chart_{{r:Ma}}.xlsx (chart of the brigade under {{r:Ma Kwang-su}}, {{u:Khabarovsk}} 2019)
  - consent_forms_scan.pdf (two forms)

Comments:
[08:30] {{p:Priya S.}} (IT): Remote wipe queued. Device last online 07:58 near {{u:Cheonan}}.
[08:41] {{p:Jonas Becker}}: The Notes app also had the phone number of {{r:Un-gyong}}'s cousin, {{p:Choe Hyon-a}}. So that is a third person.
[09:15] {{p:Priya S.}}: Wipe confirmed at 09:11. Filed a report with {{u:Korail}} lost and found anyway.
[10:02] {{p:Kwon Min-ji}} (DPO): We need to assess whether to notify {{r:Choe Un-gyong}} and {{r:Hwang Myong-il}}. The brigade chart names {{r:Ma}} and eleven workers; {{p:Jonas}}, please list them for me, initials only.
[10:20] {{p:Jonas Becker}}: Workers on the chart: {{p:K.S.}}, {{p:R.C.}}, {{p:P.Y.}}, and eight more - full list in the locked folder.
[11:05] {{p:Kwon Min-ji}}: Thanks. Mr {{r:Hwang}} has no phone; {{p:Jonas}} will visit him with the letter. Ms {{r:Choe}} to be told by phone.
Status: RESOLVED (device wiped) | Follow-up: DPIA-2024-07
""",
    },
    {
        "id": "h53-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Song Il-nam", "송일남", "witness", ["Il-nam", "Sung Il-nam", "Song Ilnam"]),
            ("Do Chang-ho", "도창호", "coworker", ["To Chang-ho"]),
        ],
        "note": "Duplicate-record merge review in the testimony database; romanization variants of one person (Song/Sung, To/Do), a near-namesake who is a different unregistered person, the word 'song' and 'Do not' beside surnames Song and Do, reviewers' initials.",
        "text": """DEDUPLICATION REVIEW - testimony database, batch 12
Reviewer: {{p:Hannah Yu}} | Second reviewer: {{p:Ben Carter}}

Candidate pair 1: record 2291 "{{r:SONG Il Nam}}" vs record 3107 "{{r:Sung Il-nam}}"
- Date of birth identical (1979). Place of origin {{u:Chongjin}} in both.
- Work site: 2291 says logging near {{u:Tynda}}; 3107 says "{{u:Amur Oblast}}, near the railway". Consistent.
- 3107 free text: "every morning the brigade had to sing the same song before the trucks left". Not a name.
- Stored value in 3107 is "{{r:Sung\u200b Il-nam}}" (zero-width space, pasted from a PDF); cleaned.
- Decision: MERGE into 2291. Display name "{{r:Song Il-nam}}"; aliases "{{r:Sung Il-nam}}", "{{r:Song Ilnam}}".

Candidate pair 2: record 3110 "{{p:Song Il-man}}" vs 2291 "{{r:Song Il-nam}}"
- Different people. {{p:Il-man}} is from {{u:Kimchaek}}, born 1988, worked in {{u:Vladivostok}} construction.
- {{r:Il-nam}} mentions an "{{p:Il-man}}" in his 2022 interview, but as a younger man in another brigade.
- Decision: Do not merge. Cross-reference only.

Candidate pair 3: record 2302 "{{r:Do Chang-ho}}" vs 3115 "{{r:To Chang-ho}}"
- Named as a coworker by both {{r:Il-nam}} and {{p:Il-man}}. 3115 was typed by a volunteer using McCune-Reischauer without the apostrophe.
- {{r:Chang-ho}} is described in both as the brigade's mechanic who lost two fingers to a chainsaw.
- Decision: MERGE into 2302. Alias "{{r:To Chang-ho}}".

Sign-off: {{p:HY}} 12/04, {{p:BC}} 12/04
""",
    },
    {
        "id": "h53-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Rim Hyang-mi", "림향미", "witness", ["Jade", "Hyang-mi"]),
            ("Jon Myong-ok", "전명옥", "supervisor", []),
        ],
        "note": "Podcast episode show notes draft with producer comments; the guest's pseudonym Jade beside the ordinary word jade, her real surname leaking in a producer comment, restaurant manager addressed as Comrade, hosts and credits, a real former Commission of Inquiry chair mentioned neutrally.",
        "text": """EPISODE 31 - "The Restaurant on the River" (DRAFT show notes, do not publish)
Hosts: {{p:Ellie Kang}} and {{p:Marcus Wu}} | Runtime 48 min

In this episode {{p:Ellie}} and {{p:Marcus}} talk to "{{r:Jade}}", who spent three years singing and waiting tables at a North Korean restaurant in {{u:Dandong}}. She describes the morning self-criticism sessions, the tips that went straight into the manager's cash box, and the jade bracelet a Chinese customer tried to give her, which she had to hand over. Her manager, Comrade {{r:Jon}}, decided who sang, who served, and who was sent home.

Chapters
00:00 Intro
03:12 {{r:Jade}} on being chosen at 19
11:40 The manager and the cash box
[{{p:MW}} comment: at 14:02 {{r:Jade}} says her real surname, "{{r:Rim}}". Cut or bleep. Also at 14:30 she says "{{r:Jon Myong-ok}}" in full - bleep both.]
22:15 A customer who came every Friday ("Mr {{p:Ding}}")
31:50 Leaving: the bus to {{u:Shenyang}}
40:05 What {{r:Hyang-mi}}... [{{p:EK}} comment: NO. Use {{r:Jade}} only in chapter titles!]
40:05 What {{r:Jade}} wants listeners to know

Further reading: the 2014 report of the {{u:UN Commission of Inquiry on Human Rights in the DPRK}}, chaired by {{u:Michael Kirby}}.

Credits: produced by {{p:Sofia Reyes}}; music by {{p:Tomasz Nowak}}; with thanks to Auntie {{p:Boksun}} for the tea.
""",
    },
    {
        "id": "h53-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Han Song-mi", "한성미", "witness", ["Song-mi"]),
            ("No Chol-min", "노철민", "witness", ["Chol-min"]),
            ("Jin Hai", "진하이", "other", []),
        ],
        "note": "Conference side-event moderator's run-sheet; surname No beside 'No' and 'Do not', first-name-only speaker, Chinese lawyer, a real UN Special Rapporteur mentioned neutrally, staff first names.",
        "text": """PANEL 3 - MODERATOR RUN-SHEET
"Workers abroad: evidence and accountability" (side event)
Venue: {{u:Palais des Nations}}, Room XXIV, {{u:Geneva}} | 13:15-14:45
Moderator: {{p:Claire Dubois}}

Speakers (in order):
1. {{r:Han Song-mi}}, former garment worker, {{u:Hunchun}} - speaking under her own name
2. Mr {{r:No}}, former logger - FIRST NAME ONLY on screen and in the programme: "{{r:Chol-min}}"
3. {{r:Jin Hai}}, labour lawyer, {{u:Hong Kong}}
4. Dr {{p:Amal Haddad}}, occupational health

13:15 Welcome. Opening remarks by the Special Rapporteur, {{u:Elizabeth Salmón}} (5 min, confirmed).
13:22 {{r:Song-mi}} (10 min). If {{r:Song-mi}} gets emotional, pause; {{p:Ha-eun}} will bring water and sit beside her.
13:35 {{r:Chol-min}} (10 min, with interpreter {{p:Pak Se-yeon}}). Do NOT say his surname aloud. If anyone asks "Mr who?", answer "{{r:Chol-min}} is fine."
13:48 {{r:Jin Hai}} on recruitment contracts in {{u:Jilin}} (8 min). Mr {{r:Jin}} has slides; {{p:Ha-eun}} has the clicker.
13:58 Dr {{p:Haddad}} (8 min).
14:08 Q&A. No photographs of speakers 1 and 2. If a journalist asks {{r:No}} for an interview, refer to {{p:Ha-eun}}.
14:40 Close. Thank {{u:OHCHR}} and the Mission of {{u:Canada}} for the room.
""",
    },
    {
        "id": "h53-en-09",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Kye Yong-chol", "계영철", "witness", []),
            ("So Un-hwa", "소은화", "witness", ["Un-hwa"]),
            ("Ri Kwang-jin", "리광진", "witness", ["Lee Kwang-jin"]),
            ("Paek Mi-ran", "백미란", "witness", []),
        ],
        "note": "Finance sheet of honoraria and travel reimbursements paid to interviewees; pipe table, capitalised surnames, surname So beside sentence-initial 'So', bank account holder name in Hangul, North/South spelling pair on a bank card, a pilot interviewee who is not registered, preparer's initials; CRLF.",
        "text": """HONORARIUM & TRAVEL REIMBURSEMENT - Q1 2024 (interview participants)
Prepared by: {{p:Cho Ye-rin}} | Approved by: {{p:S. Whitfield}} (Finance)

No | Participant | Date | Amount (KRW) | Method | Notes
1 | {{r:KYE Yong-chol}} | 11 Jan | 100,000 | cash | signed receipt; {{r:Kye}} declined the taxi fare
2 | {{r:SO Un-hwa}} | 17 Jan | 100,000 + 23,400 | bank ({{u:KB Kookmin Bank}}) | account holder "{{r:소은화}}"
3 | {{r:RI Kwang-jin}} | 24 Jan | 100,000 | bank ({{u:Shinhan Bank}}) | card in the name "{{r:LEE Kwang-jin}}" (South Korean spelling, same person)
4 | {{r:PAEK Mi-ran}} | 2 Feb | 150,000 | cash | two sessions; receipt signed "{{r:백미란}}"
5 | {{p:TAK Yong-ae}} | 9 Feb | 50,000 | cash | pilot interview only, not in the database
6 | {{r:SO Un-hwa}} | 28 Feb | 100,000 | cash | follow-up

Notes:
- So the total for the quarter is 723,400 KRW.
- {{r:Un-hwa}} asked whether she can be paid in cash from now on; her bank sends notices to her old address.
- Mr {{r:Ri}} brought his own receipt for the bus from {{u:Cheongju}}; reimbursed.
- Ms {{r:Paek}} asked that the receipt not show her full name. Finance says it must. To discuss with {{p:Whitfield}}.
Receipts scanned by {{p:YRC}} on 5 March.
""",
    },
    {
        "id": "h53-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ha Chol-su", "하철수", "witness", ["Chol-su"]),
            ("Moon Ye-jin", "문예진", "other", ["Ye-jin"]),
        ],
        "note": "Team retrospective notes after an interview sprint; bullet lists, staff first names and initials, a registered interpreter (Moon) beside the word 'moon', witness surname Ha beside the exclamation 'Ha!', a mention in an action item.",
        "text": """RETRO - interview sprint, March 2024
Attendees: {{p:Olivia}}, {{p:Jae}}, {{r:Ye-jin}}, {{p:Tom H.}}, {{p:Soo-ah}}
Facilitator: {{p:Olivia}}

What went well
- {{r:Ye-jin}}'s interpreting for {{r:Ha Chol-su}}: he said afterwards it was the first time he felt understood. Ms {{r:Moon}} also caught two place names we had wrong.
- New consent script (thanks {{p:Soo-ah}}!). Ha! Nobody fell asleep during the read-through this time.
- Transcripts back within five days.

What did not go well
- Mr {{r:Ha}} was kept waiting 40 minutes on 12 March because the room was double-booked. {{p:Tom}} apologised by phone.
- The session with {{r:Chol-su}} ran until the moon was up; he missed the last bus to {{u:Uijeongbu}} and we paid for a taxi.
- Two recordings were named with full names again ("{{r:ha_cholsu}}_day2.m4a").

Actions
- {{p:Jae}}: rename recordings to case numbers only.
- {{r:Ye-jin}}: glossary of {{u:Khabarovsk}} place names for the next interpreter.
- {{p:TH}}: book the room through the calendar, not by e-mail.
- {{p:Olivia}}: ask {{r:Chol-su}} whether he wants a second session in {{u:Uijeongbu}} instead.
""",
    },
    {
        "id": "h53-en-11",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jang Chol-u", "장철우", "witness", []),
            ("Kil Hye-suk", "길혜숙", "witness", ["Hye-suk"]),
        ],
        "note": "Personal-data breach notification letters (two merged from one template) to interviewees; people named in the lost transcripts, the data protection officer by full and given name, director's signature, a handwritten staff note with initials, the Korean privacy regulator as public.",
        "text": """NOTIFICATION OF A PERSONAL DATA BREACH - letter 1 of 2 (merged from template v2)

To: Mr {{r:Jang Chol-u}} ({{r:장철우}})
Address: [withheld], {{u:Suwon}}
Date: 25 March 2024

Dear Mr {{r:Jang}},

We are writing to tell you about an incident that may affect information you gave us in 2022.

On 18 March 2024 a laptop belonging to our organisation was left on a train. The laptop was encrypted and we erased it remotely the same morning. We have no sign that anyone opened it. However, it held a transcript of your interview with our researcher {{p:Jonas Becker}}, in which you described your work at a logging site near {{u:Tynda}} and named your former brigade leader, {{p:Ko Sang-hun}}, and your coworker {{p:Ri Tong-il}}.

We are sorry. If you have questions, please call {{p:Kwon Min-ji}}, our data protection officer, on the usual number and ask for {{p:Min-ji}}. You also have the right to complain to the {{u:Personal Information Protection Commission}}.

Yours sincerely,
{{p:Margaret Holt}}
Director

-----
NOTIFICATION OF A PERSONAL DATA BREACH - letter 2 of 2

To: Ms {{r:Kil Hye-suk}} ({{r:길혜숙}})
Address: [withheld], {{u:Gimpo}}
Date: 25 March 2024

Dear Ms {{r:Kil}},

[same first paragraphs as letter 1] The laptop held a draft of your statement about the garment factory in {{u:Dandong}}, in which you named your team leader, {{p:Chae Ok-ran}}, and the Chinese owner, whom you called {{p:老孙}}.

Yours sincerely,
{{p:Margaret Holt}}

[handwritten on the file copy:] {{r:Hye-suk}} prefers a visit, not post. Visit booked 28/3 with {{p:Jonas}}. - {{p:MJK}}
""",
    },
    {
        "id": "h53-en-12",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Kang Ryong-il", "강룡일", "witness", ["Ryong-il"]),
            ("Sin Ok-hui", "신옥희", "witness", ["Ok-hui"]),
            ("Igor Stepanenko", "이고르 스테파넨코", "supervisor", ["Igor"]),
        ],
        "note": "Subtitle quality-control report for a documentary; timecoded table, misspelled and corrected name forms of the same person, speaker tag in capitals, a Russian line with a dative ending (Игорю), an on-screen name of a child that must be blurred; mixed line endings.",
        "text": """SUBTITLE QC REPORT - "Cold Camp" (documentary, 52 min), reel 2, English subtitles v4
QC by: {{p:Leah Martins}} | Subtitler: {{p:Kenji Sato}} | Director: {{p:Nadia Petrova}}

TC in | Issue | Current | Change to
00:12:04:10 | name spelling | "{{r:Kang Ryongil}}" | "{{r:Kang Ryong-il}}" (as in release form)
00:12:40:02 | speaker tag | "{{r:KANG}}:" missing on second line | add
00:13:22:18 | name | "{{r:Egor}}" | "{{r:Igor}}" ({{r:Ryong-il}} clearly says {{r:Igor}})
00:15:40:00 | on-screen text | letter shows "{{p:Kang Un-byol}}" (daughter) | BLUR, do not subtitle
00:17:05:12 | place | "Khabarovsk Krai" | "{{u:Khabarovsk Krai}}" OK, remove italics
00:19:02:07 | Russian dialogue | "Скажи {{r:Игорю}}, что бригада не выйдет" | "Tell {{r:Igor}} the brigade won't go out"
00:21:10:00 | name | "{{r:Ok Hee}}" | "{{r:Ok-hui}}" (she spells it this way)
00:24:00:15 | speaker tag | "{{r:SIN}}:" | keep
00:26:48:03 | content | {{r:Stepanenko}} named with surname by {{r:Sin Ok-hui}} | legal says keep, he is a site manager
00:29:30:00 | place | "Amur river" | "{{u:Amur River}}"

General:
- {{r:Ryong-il}} asked at the screening that his face stay blurred in all cuts.
- The reel 3 interpreter credit should read {{p:Yoo Seung-ah}}, not {{p:Yu Seung-a}}.
- {{p:Nadia}}: please confirm whether {{p:Un-byol}}'s name also appears on the envelope at 00:15:52.
""",
    },
    {
        "id": "h53-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jo Kwang-u", "조광우", "witness", ["Kwang-u"]),
            ("Song Tae-ung", "송태웅", "supervisor", []),
        ],
        "note": "AI meeting-assistant summary of a case review with speech-recognition errors in names (the garbled forms still refer to the persons), a human correction line, action items, the word 'song' beside surname Song, Kuwaiti lawyer unregistered.",
        "text": """MEETING SUMMARY (auto-generated by {{u:Otter.ai}}) - "Case review: Gulf construction"
Date: 7 May 2024 | Duration 41 min
Participants: {{p:Nora Patel}}, {{p:Sung-ho Lim}}, {{p:Aisha Rahman}}

Overview
{{p:Nora}} opened by reviewing the case of {{r:Joe Kwan Woo}}, who worked on a road project in {{u:Kuwait}} from 2016 to 2019. {{p:Sung-ho}} said the supervisor, {{r:Song Tie Wong}}, confiscated phones and ran a "loyalty song" session every night. {{p:Aisha}} noted that the {{u:Public Authority for Manpower}} has no record of the workers.

Key points
- {{r:Joe Kwan Woo}} says {{r:Song}} kept two sets of payslips.
- A coworker, {{p:Pack Nam Chol}}, may be in {{u:Seoul}} now; {{p:Sung-ho}} has a phone number.
- {{p:Aisha}} has contacted a lawyer in {{u:Kuwait City}}, {{p:Faisal Al-Enezi}}.

Action items
- {{p:Sung-ho Lim}}: call {{r:Kwang Woo}} about the payslips.
- {{p:Aisha Rahman}}: send {{p:Faisal}} the redacted statement.
- {{p:Nora Patel}}: check the songbook photo for {{r:Song}}'s handwriting.

[Corrected by {{p:NP}}, 8 May: "{{r:Joe Kwan Woo}}" / "{{r:Kwang Woo}}" = {{r:Jo Kwang-u}}; "{{r:Song Tie Wong}}" = {{r:Song Tae-ung}}; "{{p:Pack Nam Chol}}" = {{p:Paek Nam-chol}}.]
""",
    },
    {
        "id": "h53-en-14",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Um Chol-jun", "엄철준", "witness", ["Chol-jun"]),
            ("Um Hye-ran", "엄혜란", "relative", ["Hye-ran"]),
        ],
        "note": "Travel itinerary for a witness and his daughter travelling to a parliamentary hearing; passport names in capitals without hyphens, surname Um beside the hesitation 'Um', staff escort and a hotel booked under a staff name, airline and airports public; CRLF.",
        "text": """TRAVEL ITINERARY - CONFIDENTIAL
Traveller 1: {{r:UM CHOL JUN}} (name as in ROK passport)
Traveller 2: {{r:UM HYE RAN}} (daughter, 19, companion)
Purpose: testimony at the {{u:European Parliament}} {{u:Subcommittee on Human Rights}}, {{u:Brussels}}

Sun 12 May
  10:50 dep {{u:Incheon International Airport}} T2, {{u:Korean Air}} KE925
  16:10 arr {{u:Amsterdam Airport Schiphol}}
  Met at arrivals by {{p:Baek Ji-hoon}} (mobile on the emergency sheet)
  Train to {{u:Brussels}}; hotel booked under "{{p:M. Holt}}" so that neither traveller's name appears

Mon 13 May
  09:00 Briefing with {{p:Claire Dubois}}
  14:30 Hearing. Mr {{r:Um}} speaks second, after Dr {{p:Haddad}} (see note 3)

Tue 14 May
  12:40 dep {{u:Brussels Airport}}, {{u:Lufthansa}} via {{u:Frankfurt}}

Notes
1. Mr {{r:Um}} does not eat pork. {{r:Hye-ran}} speaks English and may help with menus.
2. When we first called, he said, "Um, can my daughter come?" - yes, approved by {{p:Margaret}}.
3. Correction: Dr {{p:Haddad}} has withdrawn; {{r:Chol-jun}} now speaks first.
4. {{r:Hye-ran}} must not be photographed. {{p:Ji-hoon}} to tell the press office.
""",
    },
    {
        "id": "h53-en-15",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pak Ju-yong", "박주영", "other", ["Joy", "Ju-yong", "Joy Pak"]),
            ("Mun Sang-chol", "문상철", "witness", []),
        ],
        "note": "Newsletter volunteer spotlight; the volunteer's English name Joy beside the ordinary word 'joy', her Korean given name, a witness surname Mun, other volunteers by first name, a real bus terminal and hospital as public.",
        "text": """VOLUNTEER SPOTLIGHT: {{r:JOY PAK}}

If you have called our office on a Saturday, you have probably spoken to {{r:Joy}}. {{r:Joy Pak}} (her Korean name is {{r:Ju\u00ad-yong}}) has volunteered with us since 2021, first as a note-taker and now as one of our most trusted hospital companions.

"People ask me why I do it," {{r:Joy}} says. "Honestly, it is the joy of seeing someone walk out of a hospital with the right medicine and knowing what it is for."

Last winter {{r:Ju-yong}} accompanied Mr {{r:Mun}}, a former logger who spent eight years in the {{u:Russian Far East}}, to eleven appointments at {{u:Seoul National University Hospital}}. Mr {{r:Mun Sang-chol}} has agreed to be named here. "{{r:Joy}} knew the way, knew the forms, and never once made me feel slow," he told us.

{{r:Joy}} works weekdays as an accountant and spends her Saturdays between our office and the {{u:Seoul Express Bus Terminal}}, where she meets people arriving from the {{u:Hanawon}} settlement centre.

Thank you also to {{p:Dave}}, {{p:Kofi Mensah}} and {{p:Bo-ram}}, who joined the hospital-companion team this spring, and to Mrs {{p:Han}}, whose kimchi keeps the office alive.

Want to volunteer? Write to volunteers@nkwatch.example.
""",
    },
    {
        "id": "h53-en-16",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Yong-hak", "김영학", "witness", ["Yong-hak"]),
            ("Andrei Sokolov", "안드레이 소콜로프", "supervisor", ["Andrei Petrovich"]),
        ],
        "note": "Certified translation with translator's notes of a Russian employer's character reference (kharakteristika); Korean name in Cyrillic in nominative and dative (Ким, Киму Ён Хаку), Russian initials-and-surname signature, name and patronymic as form of address, dative Соколову.",
        "text": """TRANSLATION WITH TRANSLATOR'S NOTES
Source document: ХАРАКТЕРИСТИКА (employer's character reference), 1 page, stamped
Submitted by: {{r:Kim Yong-hak}}, case KH-2023-118

ORIGINAL (Russian, transcribed)
ХАРАКТЕРИСТИКА
на {{r:Ким Ён Хак}}, 1983 г.р., гражданина {{u:КНДР}}
{{r:Ким Ён Хак}} работал на строительном участке в г. {{u:Хабаровск}} с 14.04.2017 по 30.11.2019 в должности бетонщика. За время работы гражданин {{r:Ким}} зарекомендовал себя как дисциплинированный и ответственный работник. Нарушений трудовой дисциплины не имел.
Характеристика выдана {{r:Киму Ён Хаку}} для предъявления по месту требования.
Начальник участка ____ {{r:А. П. Соколов}}

TRANSLATION
REFERENCE
for {{r:Kim Yong Hak}}, born 1983, citizen of the {{u:DPRK}}
{{r:Kim Yong Hak}} worked at a construction site in {{u:Khabarovsk}} from 14.04.2017 to 30.11.2019 as a concrete worker. During his employment citizen {{r:Kim}} proved to be a disciplined and responsible worker. He had no breaches of labour discipline.
This reference is issued to {{r:Kim Yong Hak}} for presentation where required.
Site manager ____ {{r:A. P. Sokolov}}

TRANSLATOR'S NOTES
1. The Russian uses "гражданин" (citizen) as a neutral form; it is not a rank.
2. Mr {{r:Kim}} says the site manager was called "{{r:Andrei Petrovich}}" by everyone, Koreans included, and that the reference was typed in {{r:Sokolov}}'s office at his request in 2019 because he hoped to return.
3. Mr {{r:Kim}} adds that the brigade's own leader, {{p:Chon Hak-su}}, told him to give {{r:Соколову}} a bottle of cognac for it.
Translated by {{p:Elena Park}}, sworn translator, 2 February 2024.
""",
    },
    {
        "id": "h53-en-17",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ri Song-chol", "리성철", "witness", ["Song-chol"]),
            (
                "Mohammed Al-Ajmi",
                "모하메드 알아지미",
                "supervisor",
                ["Abu Fahad", "محمد العجمي", "أبو فهد"],
            ),
            ("Chae Kum-ryong", "채금룡", "supervisor", []),
        ],
        "note": "Translated Kuwaiti end-of-service clearance form with the Arabic original; Korean name in Arabic script, an Arab site supervisor by name and by kunya (Abu Fahad, genitive أبي فهد after a preposition), the North Korean brigade chief, Kuwaiti labour authority public; CRLF.",
        "text": """TRANSLATION - END-OF-SERVICE CLEARANCE (مخالصة نهائية)
Provided by {{r:Ri Song-chol}} (case KW-2024-009); translated by {{p:Nadia Saleh}}

ARABIC ORIGINAL (typed from the photo)
أقر أنا العامل / {{r:ري سونغ تشول}} ، الجنسية: كوريا الشمالية ، بأنني استلمت كافة مستحقاتي من الشركة عن فترة عملي من 2016 إلى 2019 ، ولا يحق لي المطالبة بأي مبالغ أخرى.
مشرف الموقع: {{r:محمد العجمي}}
ملاحظة بخط اليد: سُلّم المبلغ إلى {{r:أبي فهد}} نيابة عن العمال.
توقيع العامل: ________ البصمة: [thumbprint]

ENGLISH TRANSLATION
I, the worker {{r:Ri Song Chol}}, nationality: North Korea, acknowledge that I have received all my dues from the company for my period of work from 2016 to 2019, and that I have no right to claim any further sums.
Site supervisor: {{r:Mohammed Al-Ajmi}}
Handwritten note: the sum was handed to {{r:Abu Fahad}} on behalf of the workers.

TRANSLATOR'S NOTES
- "{{r:أبي فهد}}" is the genitive of "{{r:أبو فهد}}" (Abu Fahad, "father of Fahad"), a respectful name for Mr {{r:Al-Ajmi}}; the witness confirms they are the same man.
- Mr {{r:Ri}} says he never received any money: the brigade chief {{r:Chae Kum-ryong}} took the sum from {{r:Abu Fahad}} in the site office and {{r:Chae}} made all 30 men sign.
- The form does not carry the stamp of the {{u:Public Authority for Manpower}}, although such forms usually do.
- {{r:Song-chol}} asks that this translation be shown to no one in {{u:Kuwait}}.
""",
    },
    {
        "id": "h53-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Chang-sop", "리창섭", "witness", ["창섭"]),
            ("Jo Yong-gil", "조영길", "supervisor", ["곰"]),
            ("Sergei Volkov", "세르게이 볼코프", "supervisor", ["세료자"]),
        ],
        "note": "3인칭 면담 요약, 아무르주 벌목장; 작업반장의 별명 '곰'과 실제 곰이 나란히 나옴, 러시아 감독의 애칭(세료자), 조사와 호칭은 표시 밖, 가족 이름 비공개 요청, 애칭 접미사 '이'는 표시 밖.",
        "text": """면담 요약 (3인칭) - 사건번호 AM-2024-031
면담자: {{p:윤서진}} / 기록: {{p:강다인}} / 일시: 2024년 4월 3일 / 장소: {{u:서울}} 사무실

1. 인적 사항
{{r:리창섭}}(1976년생, {{u:함경북도}} {{u:길주군}} 출신)은 2015년부터 2019년까지 {{u:아무르주}} {{u:틴다}} 인근 벌목장에서 일했다.

2. 작업장
{{r:리창섭}} 씨에 따르면 벌목 작업반장은 {{r:조영길}}이었고, 노동자들은 그를 "{{r:곰}}"이라고 불렀다. 2017년 겨울 실제로 벌목장 근처에 곰이 나타난 적이 있는데, 그때도 {{r:조}} 반장은 작업을 멈추지 않았다고 한다. 러시아 측 감독은 {{r:세르게이 볼코프}}였는데, 북한 노동자들은 러시아 사람들을 따라 그를 "{{r:세료자}}"라고 불렀다.

3. 임금
계약서상 월 500달러였으나 {{r:조영길}}이 "계획분"과 "충성자금"을 떼고 나면 실제로 받은 돈은 거의 없었다. {{r:볼코프}}는 작업량을 기록했지만 돈은 {{r:곰}}에게만 건넸다고 한다.

4. 동료
같은 작업반의 {{p:허광수}}, {{p:최남혁}}이 진술을 뒷받침할 수 있다. {{p:광수}}는 2018년 1월 나무에 깔려 다리를 다쳤는데, {{r:세료자}}가 자기 차로 {{u:틴다}} 병원까지 데려갔다. {{p:남혁}}이는 그 뒤 귀국했다.

5. 가족
아내 {{p:현옥순}}과 아들 {{p:리명혁}}은 {{u:청진}}에 남아 있다. 본인은 가족 이름을 어떤 문서에도 쓰지 말 것을 요청했다. 아들 {{p:명혁}}이가 올해 군에 갔을 것이라고 한다.

6. 면담자 의견
{{r:창섭}} 씨의 진술은 2022년 첫 면담과 일관된다. 다음 면담에서 {{r:조영길}}의 출신지와 나이를 확인할 것. - {{p:서진}}
""",
    },
    {
        "id": "h53-ko-02",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Kye Hyang-sun", "계향순", "witness", ["향순"]),
            ("Ho Chun-ok", "허춘옥", "supervisor", []),
            ("Zhou Guoqiang", "저우궈창", "supervisor", ["老周", "周总", "周国强"]),
        ],
        "note": "질의응답 녹취록, 훈춘 수산물 가공 공장; 중국 사장을 한글 이름·老周·周总·한자 이름으로 부름(호칭 통째로 표시), 지배인은 이름만 표시, 동료를 이름과 애칭 접미사로 부름, 면담자 이니셜; CRLF.",
        "text": """녹취록 (질의응답) - 2024. 2. 27. 14:00~15:10
면담자: {{p:이수빈}}(문) / 증언자: {{r:계향순}}(답)

문: {{u:훈춘}} 공장에는 언제 가셨어요?
답: 2018년 봄에요. 수산물 가공 공장이었어요. 게, 오징어, 명태. 여자만 180명쯤 있었어요.
문: 책임자는 누구였나요?
답: 우리 쪽 책임자는 {{r:허춘옥}} 지배인이었어요. 중국 사장은 {{r:저우궈창}}이라는 사람인데, 우리는 그냥 {{r:老周}}라고 불렀어요. 조선족 통역은 "{{r:周总}}"이라고 하고요.
문: 이름을 한자로 쓸 수 있으세요?
답: 통역이 종이에 써 준 적이 있어요. {{r:周国强}}. 맞을 거예요.
문: {{r:허}} 지배인은 어떤 사람이었어요?
답: 무서웠죠. {{r:허춘옥}}이가 한번 소리 지르면 기계 소리보다 컸어요. 전화는 다 걷어 갔고, 일요일에만 한 시간 돌려줬어요.
문: 같이 일한 사람 중에 기억나는 사람이 있어요?
답: {{p:명순}}이, {{p:옥화}}, 그리고 {{p:강은정}}. {{p:명순}}이는 2019년에 칼에 손가락을 다쳤는데 {{r:老周}}가 병원비를 냈어요. {{r:허}} 지배인은 그 돈을 {{p:명순}}이 월급에서 다시 뺐고요.
문: 그 일을 {{r:저우}} 사장도 알았나요?
답: 몰랐을 거예요. 알았으면 화냈을 거예요.
문: 가족은요?
답: 언니 {{p:계향란}}이 {{u:혜산}}에 있어요. 언니 이름은 빼 주세요.
문: 네, 빼겠습니다. {{r:향순}} 씨, 오늘 고맙습니다.

[녹취 종료 - 작성: {{p:이수빈}} / 검토: {{p:SB}}]
""",
    },
    {
        "id": "h53-ko-03",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Yang Tae-sik", "양태식", "witness", ["태식"]),
            ("Ryang Myong-guk", "량명국", "supervisor", []),
            ("Hamad Al-Mutairi", "하마드 알무타이리", "supervisor", ["하마드"]),
        ],
        "note": "통화 메모, 쿠웨이트 건설 현장; 비슷한 성(양/량), 쿠웨이트 감독을 이름만으로, 직함(소장, 팀장)은 표시 밖, 동료 이름 뒤 애칭 '이', 쿠웨이트 지명은 공개명; mixed 줄바꿈.",
        "text": """통화 메모
일시: 2024-01-15 (월) 14:20~14:48
수신: {{p:정하늘}} / 발신: {{r:양태식}} (쿠웨이트 건설 현장 출신, 2019년 입국)

- {{r:태식}} 씨가 먼저 전화함. 작년 면담 때 말하지 못한 내용이 있다고 함.
- 2016~2018년 {{u:쿠웨이트}} {{u:자흐라}} 지역 주택 단지 공사. 북측 책임자는 {{r:량명국}} 소장.
- 성이 본인과 비슷해서 현장에서 "큰 양, 작은 양"이라는 농담이 있었다고 함. {{r:량}} 소장이 "큰 양".
- 쿠웨이트 회사 쪽 감독은 {{r:하마드 알무타이리}}. 노동자들은 그냥 "{{r:하마드}}"라고 불렀음. {{r:하마드}}는 여권을 돌려주라고 한 번 말했으나 {{r:량명국}}이 거절했다고 함.
- 동료 {{p:오길남}}이 2018년 7월 열사병으로 쓰러졌는데 {{r:량}} 소장이 병원에 보내지 않았음. {{p:길남}}이는 이틀 동안 숙소에 누워 있었다고.
- 그 일을 {{p:정영수}}, {{p:최룡남}}도 봤다고 함. 둘 다 현재 연락 안 됨.
- {{r:태식}} 씨 휴대전화 번호 바뀜(사건 기록에 업데이트함).

후속 조치
- {{p:하늘}} → {{p:김}} 팀장에게 보고, 추가 면담 일정 잡기.
- {{u:국제노동기구}} 제출 자료에 {{u:자흐라}} 현장 추가 검토.
""",
    },
    {
        "id": "h53-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Song Kum-hui", "송금희", "witness", ["금희", "Song Kum-hui"]),
            ("Do Yong-su", "도영수", "supervisor", ["Do Yong-su"]),
        ],
        "note": "번역자 노트(수기 영문 번역); 성 '도'와 영어 동사 Do, 성 Song과 영어 단어 song을 단어로서 논하는 부분은 표시하지 않음, 조선족 통역 小金은 통째로 표시, 애칭 '이'와 '언니'는 표시 밖, 감수자와 변호사.",
        "text": """번역자 노트 - {{r:송금희}} 수기 『바늘』 영문 번역 (1~3장)
번역: {{p:Sarah Kim}} / 감수: {{p:장유나}}

1. 표지 저자명: "{{r:Song Kum-hui}}". 영어 독자가 Song을 노래로 읽을 수 있다는 의견이 있었으나 저자 본인이 이 표기를 원함.

2. 1장 3쪽: "{{r:도}} 과장 동지" → "Section Chief {{r:Do}}". 'Do'가 영어 동사처럼 보이므로 첫 등장에서만 "{{r:Do Yong-su}}"로 풀어 씀. 이후에는 "Chief {{r:Do}}".

3. 1장 7쪽: 저자는 자신을 "나"라고도, 어머니의 말투로 "{{r:금희}}야"라고도 부름. 영어에서는 "{{r:Kum-hui}}"로 통일.

4. 2장: 공장 위치는 {{u:단둥}} 외곽. 조선족 통역을 모두가 "{{p:小金}}"이라고 부름. 한자 그대로 두고 각주에서 설명.

5. 2장 15쪽: "{{p:순실}}이 언니가 바늘에 찔려도 울지 않았다" → "Sister {{p:Sun-sil}} never cried". 저자에게 {{p:순실}}의 성을 물었으나 모른다고 함.

6. 3장: 저자의 동생 {{p:송금철}}의 이름은 영문판에서 "my brother"로만 옮겨 달라는 요청.

7. 2월 20일 {{r:송금희}} 씨와 통화: {{r:도영수}}는 실명이고 그대로 써도 된다고 함. 다만 {{r:도}} 과장의 가족이 {{u:신의주}}에 있을 수 있으므로 {{p:박}} 변호사 검토 필요.

8. 하, 그리고 3장 마지막 문단의 노래 가사는 저작권 문제 없음(북한 가요, 작자 미상).
""",
    },
    {
        "id": "h53-ko-05",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Kang Ok-sun", "강옥순", "witness", []),
            ("Ri Yong-ae", "리영애", "witness", ["영애"]),
            ("Choe Myong-suk", "최명숙", "witness", []),
            ("So Kyong-hui", "소경희", "witness", []),
        ],
        "note": "김장 나눔 행사 참가 신청 명단(표); 성 '소'와 일반어 '소금', 동반 아들 이름 뒤 애칭 '이', 자원봉사자 영어 이름, 담당자 성+직함, 지역명(해남 배추)은 공개명; CRLF.",
        "text": """2023 김장 나눔 행사 참가 신청 명단
일시: 11월 25일(토) 10:00 / 장소: 센터 마당 / 담당: {{p:오세진}}

번호 | 이름 | 연락 | 맡은 일 | 비고
1 | {{r:강옥순}} | 010-****-2231 | 배추 절이기 | 작년에도 참가
2 | {{r:리영애}} | 카톡 | 양념 | 아들 {{p:성진}}이 동반(초3)
3 | {{r:최명숙}} | 010-****-8810 | 포장 | 무릎 불편, 의자 필요
4 | {{r:소경희}} | 문자 | 소금 담당 | "소금은 {{r:소}} 선생님이 제일 잘 안다"고 다들 말함
5 | {{p:문정아}} | 010-****-4402 | 운반 | 자원봉사자
6 | {{p:Daniel}} | 이메일 | 운반 | 자원봉사자, 한국어 조금
7 | {{p:한미숙}} | 카톡 | 설거지 | {{r:강옥순}} 님 추천

비고
- 배추 300포기 {{u:해남}}에서 주문 완료(11/20 도착).
- {{r:영애}} 씨가 {{u:함경북도}}식 김장(명태 넣는 방법) 시연 예정. {{r:리영애}} 님은 사진 촬영 원하지 않음.
- {{r:최명숙}} 님과 {{r:소경희}} 님은 같은 차로 오심({{p:오세진}} 간사 운전).
- 완성된 김치 60통은 {{u:양천구}} 지역 어르신 댁으로 배달. 배달 명단은 {{p:세진}} 간사가 따로 관리.
- {{p:Daniel}} 씨에게 고무장갑 사이즈 확인.
""",
    },
    {
        "id": "h53-ko-06",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Hwang Kwang-chol", "황광철", "witness", ["광철"]),
            ("Pak Tong-su", "박동수", "supervisor", []),
        ],
        "note": "형사 사건 탄원서; 피고인(등록 증언자)을 성명·이름으로, 과거 작업반장, 피해자와 탄원인, 법원과 재단은 공개명, 직함(변호사, 반장)은 표시 밖, 글 뒷부분까지 이름이 이어짐.",
        "text": """탄 원 서

사    건: 2024고단1234 상해
피 고 인: {{r:황광철}}
탄 원 인: {{p:신미경}} (사단법인 사무국장)

존경하는 재판장님,

저는 피고인 {{r:황광철}} 씨를 2019년부터 알고 지낸 사람으로서, 선처를 부탁드리고자 이 글을 올립니다.

{{r:황광철}} 씨는 2012년부터 2017년까지 {{u:러시아}} {{u:상트페테르부르크}}의 건설 현장에 파견되어 일했습니다. 그곳에서 작업반장 {{r:박동수}}에게 여러 차례 폭행을 당했고, 그 일로 지금도 밤에 잠을 잘 이루지 못합니다. 저희 단체의 면담 기록에 따르면 {{r:박동수}} 반장은 작업량을 채우지 못한 노동자를 숙소 복도에 세워 두고 때렸으며, {{r:광철}} 씨는 왼쪽 귀의 청력을 일부 잃었습니다.

이번 사건에서 {{r:광철}} 씨가 피해자 {{p:최성훈}} 씨를 밀친 것은 잘못입니다. 그러나 당시 {{p:최성훈}} 씨가 뒤에서 갑자기 어깨를 잡았고, {{r:황광철}} 씨는 그 순간 현장에서 {{r:박}} 반장에게 맞던 기억이 떠올랐다고 합니다. {{r:광철}} 씨는 다음 날 스스로 {{p:최}} 씨를 찾아가 사과했고, 치료비도 모두 부담했습니다.

{{r:황광철}} 씨는 현재 {{u:남북하나재단}}의 지원으로 심리 상담을 받고 있으며, 담당 상담사 {{p:윤하영}} 선생님도 별도의 의견서를 제출할 예정입니다. 피고인의 변호인 {{p:한도윤}} 변호사에게도 저희 면담 기록을 제공하였습니다.

부디 {{r:광철}} 씨가 다시 일어설 기회를 주시기를 간곡히 부탁드립니다.

2024년 5월 2일
탄원인 {{p:신미경}} (인)

{{u:서울중앙지방법원}} 형사 제○단독 귀중
""",
    },
    {
        "id": "h53-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("No Un-ha", "노은하", "witness", ["은하", "No Un-ha"]),
            ("Pak Sun-nam", "박순남", "witness", []),
        ],
        "note": "직원 경위서(잘못 보낸 이메일); 파일 이름 속 이름, 영어 제목줄의 성 No와 답장의 'No problem', 번역가와 후원자의 비슷한 영어 이름, 성+호칭, 조치 사항.",
        "text": """경 위 서

작성자: {{p:김보람}} (간사)
작성일: 2024년 3월 6일
건명: 면담 녹취록 이메일 오발송

1. 경위
2024년 3월 5일 오후 4시 12분경, 증언자 {{r:노은하}} 님의 면담 녹취록을 번역가 {{p:Emily Cho}}에게 보내야 했으나, 주소 자동완성으로 후원자 {{p:Emily Choi}}에게 잘못 발송하였습니다. 메일 제목은 "RE: {{r:No Un-ha}} transcript"였고, 첨부 파일은 다음 두 개였습니다.
 - {{r:노은하}}_녹취_최종.hwp
 - {{r:박순남}}_녹취_초안.hwp (같은 스레드에 이전에 첨부된 것)

2. 발견 및 조치
오후 5시 30분 {{p:최}} 후원자님께서 "No problem, I deleted it"이라고 회신하셔서 오발송을 알게 되었습니다. 즉시 {{p:정다운}} 팀장님께 보고하였고, 팀장님이 {{p:Emily Choi}} 님께 전화하여 메일과 첨부 파일 삭제를 재확인하였습니다.

3. 당사자 통보
3월 6일 오전 {{r:은하}} 님께 직접 전화하여 사과드렸습니다. {{r:노은하}} 님은 녹취록에 언급된 {{u:단둥}} 공장 책임자 {{p:려광남}}의 이름이 문제가 될까 걱정하셨습니다. {{r:박순남}} 님은 연락이 닿지 않아 {{p:다운}} 팀장님이 3월 7일 다시 연락하기로 하였습니다.

4. 재발 방지
 - 녹취 파일 이름에서 실명 삭제, 사건번호만 사용
 - 외부 발송 시 {{p:보람}}이 아닌 두 번째 직원 확인 후 발송

위와 같이 경위서를 제출합니다.
작성자 {{p:김보람}} (서명)
""",
    },
    {
        "id": "h53-ko-08",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Chae Song-il", "채성일", "witness", ["성일"]),
            ("Kim Kwang-ho", "김광호", "supervisor", []),
            ("Rim Chol-ung", "림철웅", "coworker", ["철웅"]),
        ],
        "note": "민사 재판 방청 기록; 원고(등록)와 증인(등록), 가공의 판사·변호사는 사인으로 표시, 피고 국가와 법원은 공개명, 직함(지배인, 부장판사, 변호사)은 표시 밖, 방청자 영어 이름; mixed 줄바꿈.",
        "text": """방청 기록
{{u:서울중앙지방법원}} 민사 제○부 / 2024. 4. 18.(목) 14:00 / 제○○○호 법정
방청: {{p:홍지우}}, {{p:Alex Turner}}

1. 개요
원고 {{r:채성일}}이 피고 {{u:조선민주주의인민공화국}}을 상대로 낸 손해배상 청구 사건 제3회 변론기일. 피고 측은 이번에도 출석하지 않음. 재판장 {{p:조현정}} 부장판사.

2. 원고 본인 신문
원고 대리인 {{p:한승민}} 변호사가 질문. {{r:채성일}} 씨는 2014~2018년 {{u:카타르}} {{u:도하}} 건설 현장에서 일했다고 진술. 당시 현장 지배인 {{r:김광호}}가 여권과 임금을 모두 관리했다고 함.
 - "{{r:김광호}} 지배인이 '조국에 바치는 돈'이라며 월급의 90%를 가져갔습니다."
 - 재판장이 "{{r:김}} 지배인이 돈을 받는 것을 직접 봤느냐"고 묻자, {{r:성일}} 씨는 "매달 봤다"고 답함.

3. 증인 신문
증인 {{r:림철웅}}(원고의 동료, 2019년 입국). {{r:철웅}} 씨는 {{r:채성일}}과 같은 숙소를 썼으며, {{r:김광호}}가 장부를 두 권 썼다고 진술. 증인은 또 다른 동료 {{p:방명수}}가 2016년 추락 사고로 숨졌다고 말함.

4. 방청 소감
{{r:성일}} 씨가 진술 중 두 번 울먹임. 끝난 뒤 {{p:Alex}}가 복도에서 물을 건넴. {{p:한}} 변호사는 다음 기일에 {{u:국제노동기구}} 자료를 제출하겠다고 함.
다음 기일: 2024. 6. 13. 14:00. 방청 예정: {{p:지우}}.
""",
    },
    {
        "id": "h53-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ha Yon-hui", "하연희", "witness", ["연희"]),
            ("Tong Chol-nam", "동철남", "witness", []),
            ("Yun Ok-nyo", "윤옥녀", "witness", []),
        ],
        "note": "정착 수기 공모전 심사평; 성 '하'와 감탄사 '하', 성 '동'과 방향·지명의 '동', 작품 속 인물(반장)을 성만으로, 심사위원 이름, 수상자를 이름+씨로.",
        "text": """제5회 정착 수기 공모전 심사평

심사위원장 {{p:서정란}} / 심사위원 {{p:박태오}}, {{p:이은솔}}

올해는 모두 64편이 접수되었다. 해외 파견 노동 경험을 다룬 글이 11편으로 눈에 띄게 늘었다.

대상 「시베리아의 봄」 - {{r:하연희}}
{{u:러시아}} {{u:노보시비르스크}}의 봉제 공장에서 보낸 3년을 담담하게 그렸다. "하, 그 겨울에는 손가락이 바늘보다 가늘었다"로 시작하는 첫 문장부터 심사위원 모두를 붙잡았다. 작품 속 반장 "{{p:최}} 반장"은 악인으로만 그려지지 않는다. {{r:연희}} 씨는 시상식에서 "{{p:최}} 반장도 누군가의 딸이었다"고 말했다.

최우수상 「바다 위의 200일」 - {{r:동철남}}
원양어선에서 동쪽 바다만 보며 보낸 날들을 일지 형식으로 썼다. 배 이름과 선장 이름은 작가의 요청으로 바꾸었다고 한다. {{r:동철남}} 씨의 문장은 거칠지만 정직하다. 심사위원 {{p:박태오}}는 "{{r:동}} 작가의 글에는 군더더기가 없다"고 평했다.

우수상 「국수 한 그릇」 - {{r:윤옥녀}}
{{u:단둥}}의 식당에서 일하던 시절, 동료 {{p:미향}}이와 몰래 나눠 먹은 국수 이야기. {{r:윤옥녀}} 씨는 {{p:미향}}의 소식을 아직 모른다고 적었다.

가작 3편은 별도 공지. 시상식은 6월 8일 {{u:국립중앙도서관}}에서 열린다.
""",
    },
    {
        "id": "h53-ko-10",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Jon Hye-song", "전혜성", "other", ["혜성"]),
            ("An Su-bin", "안수빈", "other", []),
        ],
        "note": "봉사활동 확인서 발급 대장(표); 이름 '혜성'과 일반어 '혜성처럼', 성 '안'과 부정어 '안 됨', 교환학생 영어 이름, 담당 직원 반복, 학교명은 공개명; CRLF.",
        "text": """봉사활동 확인서 발급 대장 (2024년 상반기)

번호 | 성명 | 소속 | 활동 내용 | 시간 | 발급일 | 담당
1 | {{r:전혜성}} | {{u:고려대학교}} | 면담 녹취 전사 | 32 | 3/4 | {{p:김보람}}
2 | {{r:안수빈}} | 고등학생 | 행사 보조 | 12 | 3/4 | {{p:김보람}}
3 | {{p:박서연}} | 대학생 | 번역 검수 | 20 | 3/18 | {{p:정다운}}
4 | {{p:Lucas Meyer}} | 교환학생 | 영문 뉴스레터 | 15 | 4/1 | {{p:정다운}}
5 | {{p:정민호}} | 직장인 | 김장 행사 | 6 | 4/1 | {{p:김보람}}
6 | {{r:전\u200b혜성}} | {{u:고려대학교}} | 통역 보조 | 18 | 6/10 | {{p:김보람}}

비고
- {{r:혜성}} 씨는 작년 가을 혜성처럼 나타나 녹취 전사 40건을 끝냈음. 확인서에 본명을 써도 되는지 본인에게 확인함(괜찮다고 함).
- {{r:안수빈}} 학생은 학교 제출용. 5월 행사는 시험 기간이라 참여 안 됨.
- {{r:안}} 학생 어머니 {{p:이정화}} 님이 전화로 발급 여부 문의(3/5).
- {{p:Lucas}}는 영문 확인서 요청 → {{p:다운}} 팀장 작성.
- 확인서 원본 보관: {{p:보람}} 책상 왼쪽 서랍(잠금).
""",
    },
    {
        "id": "h53-ko-11",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("O Chun-hwa", "오춘화", "witness", []),
            ("Ri Man-bok", "리만복", "witness", ["만복"]),
            ("Paek Sol-mi", "백솔미", "witness", ["솔미"]),
        ],
        "note": "컴퓨터 기초반 출석부와 강사 메모; 출석 표시 O와 성 '오', 이름 '만복'과 인사말 '만복', 이메일 아이디 안의 이름(로컬 부분만 표시), 강사와 다른 수강생.",
        "text": """컴퓨터 기초반 출석부 (2024년 3월) - 강사 {{p:권도윤}}
표시: O 출석 / X 결석 / △ 지각

이름 | 3/5 | 3/12 | 3/19 | 3/26 | 메모
{{r:오춘화}} | O | O | O | X | 3/26 병원
{{r:리만복}} | O | X | O | O |
{{r:백솔미}} | △ | O | O | O |
{{p:조영실}} | O | O | X | X | 이사 준비

강사 메모
- {{r:오}} 선생님은 한글 타자 분당 200타 넘음. 다음 달 중급반 추천.
- {{r:만복}} 씨: 3/19 연하장 만들기 실습에서 "새해 만복을 기원합니다" 문구를 직접 입력함. 마우스 사용이 아직 서툼. {{r:리만복}} 씨는 {{u:러시아}}에서 벌목 일을 해서 손가락 두 개가 잘 안 굽혀짐 - 트랙볼 준비.
- {{r:솔미}} 씨: 이메일 주소 만들기 완료 ({{r:solmi.paek}}@naver.com). 비밀번호는 본인만 알도록 안내.
- {{p:조영실}} 님은 4월부터 {{u:인천}}으로 이사. 수료증은 우편 발송.
- 다음 수업: 한글 문서로 이력서 쓰기. {{r:오춘화}} 선생님이 본인 이력서를 예시로 써도 된다고 함.
""",
    },
    {
        "id": "h53-ko-12",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Kim Un-sil", "김은실", "witness", ["은실"]),
            ("Hwang Kyong-ae", "황경애", "witness", ["경애"]),
            ("Han Tae-ryong", "한태룡", "supervisor", []),
        ],
        "note": "카카오톡 단체방 내보내기(윈도우, CRLF); 발화자 이름표, 호격 '야'와 이모지는 표시 밖, 대화명 별명, 옛 책임자를 성명·성만으로, 면담자 영어 이름+선생님.",
        "text": """한마음 모임 님과 카카오톡 대화
저장한 날짜 : 2024-05-02 21:13:40

--------------- 2024년 4월 30일 화요일 ---------------
[{{r:김은실}}] [오후 8:01] 다들 잘 지내요?
[{{p:옥이맘}}] [오후 8:02] 네 언니~ 😊
[{{r:황경애}}] [오후 8:03] 언니 저 이번 주 목요일에 면담 있어요
[{{r:김은실}}] [오후 8:03] {{r:경애}}야 누구랑?
[{{r:황경애}}] [오후 8:04] {{p:Rachel}} 선생님이랑요. {{r:한태룡}} 얘기 할 거예요
[{{p:박순옥}}] [오후 8:05] 헐 {{r:한태룡}} 그 사람 아직 {{u:블라디보스토크}}에 있대요
[{{r:김은실}}] [오후 8:05] 누가 그래?
[{{p:박순옥}}] [오후 8:06] {{p:명희}}가요. 작년에 봤대요
[{{r:황경애}}] [오후 8:07] {{r:한}} 소장 때문에 {{p:명희}} 언니 손 다친 거 다 말할 거예요 😤
[{{r:김은실}}] [오후 8:08] 잘했다 {{r:경애}} 👍 나도 같이 갈까?
[{{r:황경애}}] [오후 8:08] 네 언니 와 주세요 🙏
[{{p:옥이맘}}] [오후 8:10] 저도 {{r:은실}} 언니랑 같이 가고 싶은데 애기 때문에..

--------------- 2024년 5월 2일 목요일 ---------------
[{{r:황경애}}] [오후 6:30] 면담 끝났어요. {{p:Rachel}} 선생님 너무 좋았어요
[{{r:김은실}}] [오후 6:31] 수고했어 {{r:경애}}야 ❤️
""",
    },
    {
        "id": "h53-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jo Kwang-nam", "조광남", "witness", ["광남"]),
            ("Ri Pong-su", "리봉수", "supervisor", ["봉수"]),
        ],
        "note": "회고록 2교 교정 메모; 쪽·줄 표시, 등장인물 이름 표기 통일, 러시아 여의사의 두 가지 한글 표기, 지명 표기 두 가지(모두 공개명), 호격 '아'와 반장 호칭은 표시 밖, 편집자 이름.",
        "text": """교정 메모 - {{r:조광남}} 회고록 『얼음길』 2교
편집: {{p:최윤서}} / 2024. 3. 28.

p.12 l.4  "{{r:리봉수}} 반장동지" → "{{r:리봉수}} 반장 동지"로 띄어 씀.
p.15 l.9  "{{r:봉수}}"와 "{{p:봉식}}"이 섞여 있음. {{p:봉식}}은 저자의 사촌 {{p:조봉식}}. 반장은 {{r:봉수}}. 확인 필요.
p.27 l.2  러시아 여의사 "{{p:나탈리야}}" / p.31 "{{p:나탈리아}}" → "{{p:나탈리야}}"로 통일.
p.33 l.11 대화 속 "{{r:광남}}아, 일어나라" - 북한식 말투이므로 그대로 둠.
p.40 l.7  "{{u:하바롭스크}}" / p.52 "{{u:하바로프스크}}" → 국립국어원 표기 "{{u:하바롭스크}}"로 통일.
p.44 l.1  "{{r:리}} 반장은 장부를 두 권 썼다" - 법률 검토 필요(실명). {{p:한도윤}} 변호사에게 문의함.
p.47 l.5  저자 어머니 {{p:김순덕}} - 저자 요청으로 "어머니"로만 표기.
p.58 l.3  "동무 {{p:깡통}}" - 동료 {{p:허철}}의 별명. 각주 추가.

저자 확인 사항은 {{r:조광남}} 선생님께 4월 2일 전화로 여쭐 예정. - {{p:윤서}}
""",
    },
    {
        "id": "h53-ko-14",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Choe Yong-nam", "최용남", "witness", ["용남"]),
            ("Pyon Hak-chol", "변학철", "supervisor", []),
            ("Aleksandr Morozov", "알렉산드르 모로조프", "official", ["모로조프"]),
        ],
        "note": "법률 의견서; 증언자를 '이하 증언자'로 정의한 뒤 성+씨·이름+씨로 지칭, 북측 책임자, 러시아 이민국 직원(가공, 사인), 협약·국가·기관은 공개명, 작성 변호사.",
        "text": """의 견 서

수    신: 사단법인 ○○ (담당 {{p:정다운}} 팀장)
작    성: 변호사 {{p:장서윤}}
제    목: 러시아 파견 노동 관련 손해배상 청구 가능성 검토
작성일자: 2024. 5. 9.

1. 사안의 개요
증언자 {{r:최용남}}(이하 "증언자")은 2015년부터 2019년까지 {{u:러시아}} {{u:연해주}}의 건설 현장에 파견되어 일하였습니다. 증언자에 따르면 북측 책임자 {{r:변학철}}은 노동자 전원의 여권을 보관하였고, 임금의 대부분을 "국가 계획분" 명목으로 가져갔습니다. 또한 현지 이민국 직원 {{r:알렉산드르 모로조프}}가 정기적으로 현장을 방문하여 {{r:변학철}}로부터 현금을 받았다고 합니다.

2. 검토
가. 증언자의 진술은 구체적이고 일관됩니다. {{r:최}} 씨는 {{r:모로조프}}의 차량 번호 일부와 방문 요일까지 기억하고 있습니다.
나. {{r:변학철}}의 행위는 {{u:ILO 강제노동협약(제29호)}}이 정의하는 강제노동의 지표(신분증 보관, 임금 미지급, 이동의 제한)에 해당할 여지가 큽니다.
다. 다만 {{u:대한민국}} 법원에서 {{u:북한}}을 상대로 한 판결을 받더라도 집행은 현실적으로 어렵습니다.
라. 동료 {{p:현성민}}, {{p:조태일}}의 진술을 확보하면 증명력이 높아질 것입니다. {{p:현성민}} 씨는 현재 {{u:경기도}} {{u:안산시}}에 거주하는 것으로 파악됩니다.

3. 결론
{{r:용남}} 씨가 원할 경우 소 제기는 가능하나, 실익은 제한적입니다. {{r:모로조프}}에 대해서는 {{u:러시아}} 내 절차를 별도로 검토해야 합니다.

변호사 {{p:장서윤}} (인)
""",
    },
    {
        "id": "h53-ko-15",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Yu Chol-gyu", "유철규", "witness", ["철규"]),
            ("Gao Ming", "가오밍", "supervisor", ["高明", "高经理"]),
        ],
        "note": "자기소개서 첨삭(원문+메모); 중국인 관리자를 한자·한글·중국식 호칭(高经理, 통째로 표시)으로, 한국식 직함 '경리님'은 표시 밖, 북측 관리자 언급 삭제 권고, 영문 한 줄, 이모지; mixed 줄바꿈.",
        "text": """자기소개서 첨삭
지원자: {{r:유철규}} / 지원 회사: 전자부품 제조사(생산관리직) / 첨삭: {{p:배은지}} (취업지원 담당)

[원문]
저는 {{u:함경남도}} {{u:단천}}에서 태어났습니다. 2016년부터 3년 동안 {{u:중국}} {{u:랴오닝성}}의 전자부품 공장에서 일했습니다. 당시 중국인 관리자 {{r:高明}} 경리님께서 제 꼼꼼함을 보고 검사 라인을 맡기셨습니다. 중국 동료들은 그분을 "{{r:高经理}}"라고 불렀고, 저는 그분에게서 불량률 관리를 배웠습니다. 북측 관리자 {{p:방성철}}은 저희를 감시했지만, 저는 배운 것을 노트에 몰래 적어 두었습니다.

[첨삭 메모]
1. "{{r:高明}}"은 한국 회사 인사 담당자가 읽기 어려움 → "{{r:가오밍}}"으로 쓰고 괄호에 한자.
2. {{p:방성철}} 언급은 삭제 권장. 면접에서 질문이 나오면 구두로 설명.
3. "3년 동안" 뒤에 구체적인 숫자(불량률 몇 % 감소 등)를 넣으면 유리합니다.
4. 영문 이력서 첫 줄: "My name is {{r:Yu Chol-gyu}}." → 여권 표기와 같게 "{{r:YU CHOLGYU}}"로 통일할지 확인.
5. {{r:철규}} 씨, 마지막 문단은 아주 좋아요 👍 {{r:가오밍}} 씨 추천서를 받을 수 있는지도 생각해 보세요.

다음 상담: 5월 21일, {{p:은지}}
""",
    },
    {
        "id": "h53-ko-16",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kang Song-ho", "강성호", "witness", ["성호", "Кан Сон Хо"]),
            ("Batbayar Dorj", "바트바야르 도르지", "supervisor", ["Батбаяр", "바트바야르"]),
            ("Ri Yong-chol", "리영철", "supervisor", ["Ли Ён Чол"]),
        ],
        "note": "몽골 경찰 진술조서 번역본(몽골어 원문 발췌+한국어 번역+번역자 주); 몽골어 격어미가 붙은 이름(Батбаярт, Ли Ён Чолтой)과 부칭 소유격(Доржийн), 가공 경찰관은 사인, 몽골어 형용사는 표시하지 않음.",
        "text": """진술조서 번역 (몽골어 → 한국어)
원문: {{u:울란바토르}} 경찰서 진술조서 1쪽(발췌) / 번역: {{p:오윤나}} / 검토: {{p:Ану}}

[원문]
Мэдүүлэг өгсөн: {{r:Кан Сон Хо}}
Байцаагч: ахлах дэслэгч {{p:Ганболд}}
Би {{r:Кан Сон Хо}} 2018 оноос {{u:Улаанбаатар}} хотод барилгын ажил хийсэн. Манай бригадын дарга {{r:Ли Ён Чол}} бидний цалинг авдаг байсан. Монгол ахлагч {{r:Доржийн Батбаяр}} энэ тухай мэдэж байсан. Би {{r:Батбаярт}} хэлсэн боловч тэр {{r:Ли Ён Чолтой}} ярилцсаны дараа юу ч өөрчлөгдөөгүй.

[번역]
진술인: {{r:강성호}}
조사관: 상급 중위 {{p:간볼드}}
나 {{r:강성호}}는 2018년부터 {{u:울란바토르}}시에서 건설 일을 했다. 우리 작업반장 {{r:리영철}}이 우리 임금을 받았다. 몽골인 감독 {{r:바트바야르}}(부칭 {{r:도르지}})는 이 사실을 알고 있었다. 나는 {{r:바트바야르}}에게 말했지만, 그가 {{r:리영철}}과 이야기한 뒤로 아무것도 바뀌지 않았다.

[번역자 주]
1. 몽골어는 이름 뒤에 격어미가 붙는다. "{{r:Батбаярт}}"는 "{{r:바트바야르}}에게", "{{r:Ли Ён Чолтой}}"는 "{{r:리영철}}과"에 해당한다.
2. "{{r:Доржийн}}"은 부칭(아버지 이름)의 소유격이다. 몽골에서는 보통 이름 {{r:Батбаяр}}만 부른다.
3. 진술인 {{r:성호}} 씨는 번역본을 읽고 내용이 맞다고 확인했다(2024. 3. 4.).
""",
    },
    {
        "id": "h53-ko-17",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Mun Kwang-ho", "문광호", "witness", []),
            ("Ko Sun-hwa", "고순화", "witness", ["순화"]),
            ("Pak Hyon-jong", "박현종", "witness", []),
            ("Seo Da-eun", "서다은", "other", ["다은"]),
        ],
        "note": "병원 동행·통역 일정표(표); 성 '문'과 일반어 '문 앞', 등록 자원봉사자(other), 보호자 딸 이름, 병원은 공개명, 동행자 변경 메모; CRLF.",
        "text": """병원 동행·통역 일정표 (5월 2~3주)
작성: {{p:김보람}} / 최종 수정 5/10

날짜 | 시간 | 대상 | 병원 | 진료과 | 동행 | 메모
5/13(월) | 09:30 | {{r:문광호}} | {{u:서울대학교병원}} | 정형외과 | {{r:서다은}} | 9:15 본관 정문 앞. 회전문 앞에서 기다리기
5/14(화) | 14:00 | {{r:고순화}} | {{u:국립중앙의료원}} | 치과 | {{p:Daniel}} → {{p:김보람}} | 메모 1 참고
5/15(수) | 10:00 | {{r:박현종}} | {{u:강남세브란스병원}} | 이비인후과 | {{r:다은}} | 벌목장 소음성 난청 검사
5/17(금) | 11:00 | {{r:문광호}} | {{u:서울대학교병원}} | 재활의학과 | {{r:서다은}} | 보호자 동행
5/20(월) | 15:30 | {{r:고순화}} | {{u:국립중앙의료원}} | 치과 | {{p:김보람}} |

메모
1. {{r:순화}} 님은 여성 동행자를 원하심. {{p:Daniel}} 대신 {{p:보람}}으로 변경.
2. {{r:문}} 선생님 보호자 연락처는 따님 {{p:문지혜}} 님(5/17 동행).
3. {{r:박현종}} 님은 러시아어 진단서 사본 지참. 번역은 {{p:Elena}} 선생님께 요청.
4. {{r:다은}} 씨는 5/13 오전 수업이 있어 9시 10분까지만 가능, 늦으면 {{p:정다운}} 팀장이 대신.
""",
    },
    {
        "id": "h53-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ho Kwang-myong", "허광명", "witness", ["Kwang-myong", "광명"]),
            ("Ri Chun-sik", "리춘식", "supervisor", []),
            ("Anwar Hossain", "안와르 호세인", "coworker", ["Anwar"]),
        ],
        "note": "Korean/English interview summary (Sharjah construction); witness given name 광명 beside the city 광명 (public), Bangladeshi coworker with Korean particles, supervisor Hangul and romanized, interviewer initials.",
        "text": """Interview summary - {{r:허광명}} ({{r:Ho Kwang-myong}})
2024-04-22 | interviewer {{p:Kim Ha-na}} | no interpreter (KR)

1. 배경
- 1984년생, {{u:평안남도}} {{u:순천}} 출신. 현재 {{u:광명}}에 거주 ({{u:경기도}}).
- 2015~2018 {{u:UAE}} {{u:Sharjah}} residential tower 현장. Steel fixing.

2. Supervisor
- 북측 책임자 {{r:리춘식}} ({{r:Ri Chun-sik}}). 다들 "{{r:리}} 소장"이라고 부름.
- {{r:Ri}} kept all passports in a safe in the site office; only he had the key.
- {{r:광명}} 씨 says {{r:리춘식}}이 매달 "loyalty fund" 명목으로 USD 150씩 걷었다.

3. Coworker
- Bangladeshi coworker {{r:Anwar}} ({{r:Anwar Hossain}}) lent him his phone in 2017. {{r:Anwar}}가 자기 형 번호로 연결해 줬고, 그 번호로 {{u:서울}}의 브로커와 통화.
- {{r:Anwar}} was later moved to another site; {{r:Kwang-myong}} does not know where.

3-1. 다른 동료
- {{p:송영남}}, {{p:김철}}. {{p:영남}}이는 2016년 추락 사고로 허리 부상.

4. Follow-up
- {{p:KHN}}: ask {{r:Kwang-myong}} for the photo of the site gate (he says it is on his old phone).
- Check whether {{u:Sharjah}} municipality permits list the contractor.
""",
    },
    {
        "id": "h53-mixed-02",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Pak Ok-hui", "박옥희", "witness", ["Ok-hui", "옥희"]),
            ("Jong Se-ung", "정세웅", "supervisor", []),
        ],
        "note": "Slack channel export between NGO staff in Korean and English; usernames that spell names (labelled whole, without @), emoji reactions outside, a supervisor named in Hangul and romanized, thread replies; CRLF.",
        "text": """#casework | exported 2024-05-10 18:02 KST

[09:14] {{p:hana.kim}}: @{{p:jules}} did you get {{r:Ok-hui}}'s consent form?
[09:16] {{p:jules}}: yes 👍 scanned to the case folder. 근데 {{r:옥희}} 씨가 서명을 한글로 "{{r:박옥희}}"라고 했어요, romanized 칸은 비어 있음
[09:17] {{p:hana.kim}}: that's fine, 한글 서명으로 충분해요
[09:20] {{p:minsoo.lee}}: FYI {{r:Pak Ok-hui}} mentioned {{r:Jong Se-ung}} again on the phone yesterday. {{r:정세웅}}이 아직 {{u:Shenyang}}에 있다는 소문
  :eyes: 2  :pray: 1
[09:22] {{p:jules}}: same {{r:Jong}} as in the 2022 restaurant file?
[09:23] {{p:minsoo.lee}}: yes. {{r:정세웅}} 지배인, {{u:Shenyang}} → {{u:Dandong}} 2019
[09:25] {{p:hana.kim}}: ok let's not put {{r:Jong}}'s name in the newsletter draft 🙅
  ↳ thread (3 replies)
  [09:31] {{p:jules}}: removed. also removed "{{p:Kyong-hui}}" (her roommate)
  [09:33] {{p:minsoo.lee}}: 👍 {{r:옥희}} 씨도 그걸 원했어요
  [09:40] {{p:Grace Oh}}: thanks all, I'll call {{r:Ok-hui}} on Monday
[10:15] {{p:jules}}: btw the old paper form header says "{{r:ＰＡＫ　ＯＫ　ＨＵＩ}}" in fullwidth, OCR choked on it lol
[11:02] {{p:hana.kim}}: reminder: Dr {{p:Seo}} visits at 3pm for the trauma training
""",
    },
    {
        "id": "h53-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            (
                "Ryu Son-hui",
                "류선희",
                "witness",
                ["Son-hui", "선희", "リュ・ソンヒ", "Haru", "ハル"],
            ),
            ("Kim Chang-ok", "김창옥", "supervisor", ["金昌玉"]),
        ],
        "note": "E-mail thread with a Japanese journalist's interview request, a pasted KakaoTalk exchange in Korean and an English reply; Japanese honorifics さん, 様, 氏 outside the mention, katakana and kanji forms of Korean names, a pseudonym in Latin and katakana, Japanese news agency public.",
        "text": """件名: 取材のお願い（北朝鮮の海外派遣労働者について）
差出人: {{p:佐藤健一}} <{{p:k.sato}}@news-example.jp>
宛先: {{p:ハン・ジス}}様 <{{p:jisu.han}}@nkwatch.example>
日付: 2024年4月8日

{{p:ハン}}様

{{u:共同通信}}の{{p:佐藤}}です。先日はお電話ありがとうございました。
{{u:ウラジオストク}}の朝鮮料理店で働いていた{{r:リュ・ソンヒ}}さん（英字表記：{{r:ＲＹＵ　ＳＯＮ　ＨＵＩ}}）に、30分ほどお話を伺えないでしょうか。仮名でも構いません。
特に、店の支配人だった{{r:金昌玉}}氏の下での勤務状況について伺いたいと考えております。

よろしくお願いいたします。
{{p:佐藤健一}}

----- pasted from KakaoTalk, 4/9 -----
[{{p:한지수}}] {{r:선희}} 씨, 일본 {{u:교도통신}} 기자 {{p:사토}} 씨가 인터뷰 요청했어요. 가명으로 해도 된대요. {{r:김창옥}} 지배인 얘기를 궁금해해요.
[{{r:류선희}}] 가명이면 괜찮아요. "{{r:하루}}"로 해 주세요. 근데 {{r:김}} 지배인 이름은 빼 주세요 🙏
[{{p:한지수}}] 네, 그렇게 전할게요!
----------------------------------

Re: 取材のお願い
Dear Mr {{p:Sato}},

Thank you for your patience. Ms {{r:Ryu}} agrees to a 30-minute video interview under the pseudonym "{{r:Haru}}" (in your article: {{r:ハル}}さん). She asks that the restaurant manager not be named, in Japanese or in any other language, and that the restaurant's street in {{u:Vladivostok}} not be given.

I will interpret. Possible dates: 16 or 18 April, 19:00 JST.

Best regards,
{{p:Han Ji-su}}
""",
    },
    {
        "id": "h53-mixed-04",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Kim Yong-sil", "김영실", "witness", ["金英实", "영실", "Yong-sil"]),
            ("Pang Chol-ho", "방철호", "supervisor", ["方哲浩", "Pang"]),
            ("Liu Hongmei", "류훙메이", "supervisor", ["刘红梅", "刘姐", "刘主任"]),
        ],
        "note": "Translated Chinese factory disciplinary and commendation notice (通报) with the witness's comments in English; Chinese names in Hanzi, forms of address 刘姐 and 刘主任 labelled whole, Korean title 주임 outside, commended coworkers unregistered, Dandong public; mixed line endings.",
        "text": """[原文]
关于朝鲜籍员工违纪情况的通报
各车间：
2024年3月2日，二车间朝鲜籍员工{{r:金英实}}在宿舍私藏手机一部，经车间主任{{r:刘红梅}}核实，并征得朝方带队{{r:方哲浩}}同意，决定对{{r:金英实}}处以罚款200元，并扣除当月全勤奖。
同时表扬二车间{{p:朴春花}}、{{p:李银珠}}两名员工，本月产量名列第一。
望全体员工引以为戒。
{{u:丹东}}某服装有限公司 人事部
2024年3月5日

[번역]
조선 국적 직원 규율 위반에 관한 통보
각 작업장 앞:
2024년 3월 2일, 제2작업장 조선 국적 직원 {{r:김영실}}이 기숙사에 휴대전화 한 대를 숨긴 사실을 작업장 주임 {{r:류훙메이}}가 확인하고, 북측 인솔자 {{r:방철호}}의 동의를 얻어 {{r:김영실}}에게 벌금 200위안과 당월 개근 수당 공제를 결정함.
아울러 제2작업장 {{p:박춘화}}, {{p:리은주}} 두 직원은 이달 생산량 1위로 표창함.

[Witness comments - {{r:Kim Yong-sil}}, 11 April 2024, notes by {{p:Grace Oh}}]
- {{r:Yong-sil}} says the phone actually belonged to {{p:Hwa-sun}}, who was pregnant and needed to call home; {{r:Yong-sil}} took the blame.
- The women called the workshop head "{{r:刘姐}}" (Sister Liu); in writing she is {{r:刘主任}}. {{r:Liu Hongmei}} quietly halved the fine.
- {{r:Pang}} took the 200 yuan from her in cash anyway, and the factory also deducted it. So she paid twice.
- {{p:Chun-hwa}} ({{p:朴春花}}) was {{r:Pang}}'s favourite; "first place" was decided by {{r:방철호}}, not by output.
""",
    },
    {
        "id": "h53-mixed-05",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Han Chol-u", "한철우", "witness", ["Chol-u"]),
            ("Marek Zieliński", "마레크 지엘린스키", "supervisor", ["Marek"]),
            ("Ri Tong-chol", "리동철", "supervisor", []),
        ],
        "note": "Polish employment certificate (świadectwo pracy) with translator's notes in English and caseworker notes in Korean; Polish declensions of Korean and Polish names (Hanowi, Ri Tong Chola, Marka, Markiem Zielińskim), a place name in the locative (Gdyni), Polish social insurance institution public.",
        "text": """ŚWIADECTWO PRACY (extract, transcribed)
1. Stwierdza się, że Pan {{r:HAN CHOL U}}, urodzony 12.05.1982 r., był zatrudniony w spółce z siedzibą w {{u:Gdyni}} od 01.03.2016 r. do 28.02.2018 r. na stanowisku spawacza.
2. Stosunek pracy ustał z upływem czasu, na który była zawarta umowa.
3. Świadectwo wydano Panu {{r:Hanowi}} na jego wniosek, za pośrednictwem Pana {{r:Ri Tong Chola}}.
Z upoważnienia pracodawcy: {{r:Marek Zieliński}}, kierownik robót

TRANSLATOR'S NOTES ({{p:Agnieszka Wróbel}})
- "Panu {{r:Hanowi}}" is the dative of Mr {{r:Han}}; "Pana {{r:Ri Tong Chola}}" the genitive of {{r:Ri Tong Chol}}, the Korean team leader through whom the certificate was "delivered".
- Mr {{r:Han}} says he never received it; {{r:Ri}} kept all documents.
- {{r:Chol-u}} remembers that the Polish welders said "idź do {{r:Marka}}" (go to {{r:Marek}}) when something broke, and that {{r:Marek}} once said in front of everyone: "Porozmawiam z {{r:Ri}} o wypłatach." In Polish the surname Ri is not declined, which is why it looks unchanged.
- Our file note of 2023 wrongly says the certificate was signed "with {{r:Markiem Zielińskim}}" - it was signed by him.

사례 담당 메모 ({{p:정하늘}})
- {{r:한철우}} 씨에 따르면 {{r:리동철}}이 {{u:ZUS}} 서류와 은행 카드를 모두 가져갔음.
- {{r:마레크}} 씨는 {{r:한}} 씨에게 개인적으로 잘해 준 편이라고 함. 증인으로 연락 가능 여부는 {{p:Agnieszka}} 변호사가 확인 예정.
""",
    },
    {
        "id": "h53-mixed-06",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Chon Un-jong", "전은정", "witness", ["Jeon Eun Jung", "Eun Jung", "은정"]),
            ("Nguyễn Văn Hùng", "응우옌반훙", "other", ["Hùng", "Hung"]),
            ("Ri Kyong-suk", "리경숙", "supervisor", []),
        ],
        "note": "SMS messages recovered from a restaurant worker's old Vietnamese SIM, with translation and Korean notes; Vietnamese without diacritics, kinship pronouns chi, em, anh, ba outside the mention, South Korean spelling of a North Korean name, a dentist and a taxi driver; CRLF.",
        "text": """RECOVERED SMS - old Vietnamese SIM of {{r:Chon Un-jong}} ({{r:전은정}})
Translation: {{p:Linh Tran}} | Notes: {{p:Kim Ha-na}} | 2024-02-19

[1] 2019-03-04 09:12, from NHAKHOA-HN
"Kinh gui chi {{r:Jeon Eun Jung}}, lich hen kham rang: 10h00 ngay 05/03. Bac si {{p:Tran Thi Mai}}. Dia chi: pho Kim Ma, {{u:Ha Noi}}."
→ Dear Ms {{r:Jeon Eun Jung}}, your dental appointment: 10:00 on 05/03. Dentist: Dr {{p:Tran Thi Mai}}.

[2] 2019-03-05 08:30, from +84 9xx xxx 214
"Chi {{r:Eun Jung}} oi, em {{r:Hung}} day. 9h30 em doi o cong sau nha hang nhe."
→ Sister {{r:Eun Jung}}, it's {{r:Hung}}. I'll wait at the back gate of the restaurant at 9:30.

[3] 2019-03-05 12:47, to +84 9xx xxx 214
"Anh {{r:Hung}} oi, ba {{r:Ri}} biet roi. Dung den nua."
→ {{r:Hung}}, Mrs {{r:Ri}} knows. Don't come again.

[4] 2019-03-06 22:03, from +84 9xx xxx 214
"Em xin loi chi. Neu can gi thi goi em."
→ I'm sorry. If you need anything, call me.

메모 ({{p:하나}})
- {{r:은정}} 씨 설명: 식당 지배인 {{r:리경숙}}이 치과 예약 문자를 보고 외출을 금지함. 택시 기사 {{r:응우옌반훙}}({{r:Nguyễn Văn Hùng}})이 첫 진료 때 몰래 태워 줬음.
- "{{r:Jeon Eun Jung}}"은 치과 접수 직원이 여권을 보고 한국식으로 적은 것. 같은 사람.
- {{r:Hùng}} 씨와는 2020년 이후 연락 없음. {{u:하노이}}에 아직 있을 수 있음.
""",
    },
    {
        "id": "h53-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pak Myong-jin", "박명진", "witness", ["Myong-jin", "Пак Мён Чжин"]),
            ("Dmitry Kuznetsov", "드미트리 쿠즈네초프", "supervisor", ["Dima", "Дима"]),
            ("Son Hak-jin", "손학진", "supervisor", []),
        ],
        "note": "Transcribed and translated WhatsApp voice messages from a Russian foreman to an escaped worker, with Korean notes; Russian case forms of Korean surnames (Пака, Сона, Соном), the ordinary word сон (dream) beside the surname Сон, diminutive Дима, the foreman's wife in the dative (Оле), contact name with a job title outside.",
        "text": """{{u:WhatsApp}} voice messages - transcription and translation
Phone of {{r:Pak Myong-jin}}; sender saved as "{{r:Дима}} прораб"; transcribed by {{p:Elena Park}}, 2024-01-30

[1] 2019-11-02 21:14 (0:38)
«{{r:Пак}}, привет. Это {{r:Дима}}. Слушай, {{r:Сон}} тебя ищет. Сказал: если увижу {{r:Пака}}, сразу звонить ему. Я ничего не скажу, не бойся.»
→ "{{r:Pak}}, hi. It's {{r:Dima}}. Listen, {{r:Son}} is looking for you. He said if I see {{r:Pak}} I should call him at once. I won't say anything, don't be afraid."

[2] 2019-11-03 08:02 (1:02)
«Твои вещи у меня. Паспорта нет, паспорт у {{r:Сона}}. Зарплату за октябрь {{r:Сон}} тоже забрал. Я говорил с {{r:Соном}}, он сказал, что это не моё дело.»
→ "Your things are with me. No passport, the passport is with {{r:Son}}. {{r:Son}} also took your October wages. I talked to {{r:Son}}; he said it's none of my business."

[3] 2019-11-05 23:40 (0:51)
«{{r:Мён Чжин}}, мне сегодня плохой сон приснился про тебя. Береги себя. Если что, звони {{p:Оле}}, жене моей, она поможет.»
→ "{{r:Myong-jin}}, I had a bad dream about you last night. Take care. If anything happens, call {{p:Olya}}, my wife, she'll help."

메모 ({{p:정하늘}})
- "{{r:Сон}}"은 북측 작업반장 {{r:손학진}}. [3]의 "сон"은 '꿈'이라는 뜻의 일반 단어로 사람 이름이 아님.
- {{r:Дима}}는 러시아인 현장 감독 {{r:드미트리 쿠즈네초프}}. {{r:명진}} 씨는 그를 "{{r:디마}} 아저씨"라고 부름.
- 현장은 {{u:노보시비르스크}} 외곽 주택단지. {{r:박명진}} 씨는 2019년 11월 {{u:모스크바}}를 거쳐 탈출.
""",
    },
    {
        "id": "h53-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kang Mi-ok", "강미옥", "witness", ["미옥"]),
            ("Yun Chol-min", "윤철민", "supervisor", []),
        ],
        "note": "Transcription quality-assurance feedback form; line-numbered corrections where the misheard or misspelled form also refers to the person (강미욱, yoon chul min), speaker tag, a relative to be removed, a misspelled public place name, transcriber and reviewer first names.",
        "text": """TRANSCRIPT QA FEEDBACK
File: KR-2024-044 (interview with {{r:강미옥}}, 3 March 2024, 1 h 52 min)
Transcriber: {{p:Yerin}} (volunteer) | QA: {{p:Tom Hughes}} | Result: PASS with corrections

Line | Transcribed | Correct | Type
L12 | "{{r:강미욱}}" | "{{r:강미옥}}" | 이름 오타
L30 | "[inaudible] 반장" | "{{r:윤}} 반장" | 들리지 않음 → 재청취로 확인
L44 | "{{r:yoon chul min}}" | "{{r:윤철민}}" | 한국어 녹취에 로마자 혼입
L58 | "미옥:" speaker tag missing | "{{r:미옥}}:" | speaker label
L73 | "어머니 {{p:최정순}}" | "어머니 [이름 삭제]" | 증언자 요청 (redaction)
L90 | "{{u:Hunchoon}}" | "{{u:훈춘}}" | 지명
L104 | "{{r:철민}}이 반장" | "{{r:윤철민}} 반장" | 이름 확인

Comments
- {{p:Yerin}}, great work overall 👏 특히 {{r:미옥}} 씨가 빨리 말하는 부분(L60-L70)을 잘 살렸어요.
- Please always use the Hangul form for {{r:윤철민}} in Korean transcripts; in English files he is "{{r:Yun Chol-min}}", so searches find him.
- L112: "{{p:옥순}}이" - coworker of {{r:Mi-ok}}; keep (she agreed to be named in the internal file).
- Next file for {{p:Yerin}}: KR-2024-047.
{{p:TH}} 2024-03-12
""",
    },
    {
        "id": "h53-mixed-09",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Sin Tae-hyok", "신태혁", "witness", ["태혁", "Tae-hyok"]),
            ("Ko Un-byol", "고은별", "relative", ["은별"]),
        ],
        "note": "Interview logistics checklist in English and Korean with checkboxes; the witness's wife joins, surname Ko, interpreters and staff by name and initials, a real venue as public, dietary and safety notes; mixed line endings.",
        "text": """INTERVIEW LOGISTICS CHECKLIST - case RU-2024-019
Interviewee: {{r:Sin Tae-hyok}} ({{r:신태혁}}) | Date: Sat 18 May 2024, 10:00 | Lead: {{p:Rachel Tan}}

[x] Date confirmed with {{r:Tae-hyok}} by phone (5/2)
[x] 통역: {{p:문지원}} 확인 완료 / backup: {{p:Pak Se-yeon}}
[x] Room: {{u:Korea Press Center}} 7F small meeting room (booked under "NGO meeting", no names)
[ ] {{r:태혁}} 씨 아내 {{r:고은별}} 님도 동석 원함 → 별도 동의서 준비 ({{p:RT}})
[ ] Consent form KR + EN, 2 copies each
[ ] Recorder + spare batteries ({{p:Jae}})
[ ] 교통비 봉투 2개 (50,000원 × 2) - Finance 팀이 아니라 {{p:Cho Ye-rin}}에게 받기
[ ] Lunch: {{r:Ko}} 님은 채식, Mr {{r:Sin}} no restriction
[ ] Safety: {{r:은별}} 님 동생이 아직 {{u:North Korea}}에 있음 → photos NONE
[ ] After: debrief with {{p:Ji-won}} and {{p:Rachel}}, 14:00

Notes
- {{r:Sin}}: worked in logging near {{u:Tynda}} 2014-2017, then construction in {{u:Moscow}}.
- {{r:고은별}} 님은 {{u:중국}}에서 만난 분. She may want to talk about her own border crossing too - separate case?
- If {{r:Tae-hyok}} needs a break, {{p:Ji-won}} signals {{p:RT}}.
""",
    },
    {
        "id": "h53-mixed-10",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Chol-jun", "김철준", "witness", ["Chol-jun", "철준", "كيم تشول جون"]),
            ("Rashid Al-Sulaiti", "라시드 알술라이티", "official", ["Rashid", "راشد السليطي"]),
            ("Kang Tae-il", "강태일", "supervisor", ["كانغ تاي إيل"]),
        ],
        "note": "Qatari police incident report (محضر إثبات حالة) in Arabic with English translation and Korean notes; Korean names in Arabic script, Arabic attached prefixes (و، ب) left outside the mention, a fictional police lieutenant and interpreter are private, the Qatari sponsor, places public.",
        "text": """محضر إثبات حالة
بتاريخ 2017/08/14 حضر إلى المركز المدعو/ {{r:كيم تشول جون}}، كوري شمالي الجنسية، وأفاد بأن المشرف {{r:كانغ تاي إيل}} قام بضربه في سكن العمال ب{{u:الوكرة}}.
وبسؤال المشرف {{r:كانغ}} أنكر ذلك، وقال إن العامل سقط من السلم. وتم الاتصال بالكفيل {{p:جاسم المري}} الذي وعد بحل الخلاف بين {{r:كيم}} و{{r:كانغ}} وديًا.
محرر المحضر: الملازم أول {{r:راشد السليطي}}
المترجم: {{p:أحمد يوسف}}

ENGLISH TRANSLATION ({{p:Nadia Saleh}})
Incident report
On 14/08/2017 the man {{r:Kim Chol Jun}}, of North Korean nationality, came to the station and stated that the supervisor {{r:Kang Tae Il}} had beaten him in the workers' accommodation in {{u:Al Wakrah}}.
When questioned, the supervisor {{r:Kang}} denied this and said the worker had fallen from a ladder. The sponsor, {{p:Jassim Al-Marri}}, was contacted and promised to settle the dispute between {{r:Kim}} and {{r:Kang}} amicably.
Report written by: First Lieutenant {{r:Rashid Al-Sulaiti}}
Interpreter: {{p:Ahmed Youssef}}

한국어 메모 ({{p:정하늘}})
- {{r:철준}} 씨는 {{r:라시드}} 중위가 친절했고 사진도 찍어 주었다고 함. 그러나 다음 날 {{r:강태일}}이 {{r:철준}} 씨를 다른 현장으로 보냄.
- 통역 {{p:아흐마드}}는 영어로 통역했고, {{r:김철준}} 씨는 영어를 조금밖에 못 해서 "ladder" 부분을 이해하지 못했다고 함.
- {{u:카타르}} 내무부에 사본 요청 여부는 {{p:Nadia}}와 상의.
""",
    },
    {
        "id": "h53-mixed-11",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Choe Hyang-mi", "최향미", "witness", ["향미", "崔香美", "Hyang-mi"]),
            ("Jin Dongzhe", "진둥저", "other", ["金东哲", "김동철", "老金", "金哥"]),
        ],
        "note": "Chinese guarantee letter (担保书) signed by an ethnic-Korean broker, with Korean translation and English witness notes; the broker under his Chinese ID name, Korean name, Pinyin and forms of address 老金 and 金哥 (labelled whole), the broker's wife, a restaurant manager, Yanji public; CRLF.",
        "text": """担 保 书
本人{{r:金东哲}}（身份证号：2224**********1234），自愿为{{r:崔香美}}（朝鲜籍）提供担保，保证其在{{u:延吉}}期间遵守中国法律，不从事违法活动。如有问题，由担保人承担一切责任。
担保人：{{r:金东哲}}（签字、手印）
被担保人：{{r:崔香美}}
2019年6月10日

[번역]
보 증 서
본인 {{r:김동철}}(신분증 번호 생략)은 자원하여 {{r:최향미}}(조선 국적)를 보증하며, 그가 {{u:연길}}에 있는 동안 중국 법률을 지키고 불법 활동을 하지 않을 것을 보증한다. 문제가 생기면 보증인이 모든 책임을 진다.
보증인: {{r:김동철}} (서명, 지장)
피보증인: {{r:최향미}}

[Witness notes, {{r:Hyang-mi}}, 2024-03-02, taken by {{p:Lucy Park}}]
- {{r:Hyang-mi}} says the "guarantee" was really a debt. {{r:老金}} charged her 30,000 yuan for it and for the room.
- Everyone in the guesthouse called him {{r:金哥}}; his wife {{p:朴英子}} cooked and kept the keys.
- {{r:Jin Dongzhe}} is the name on his Chinese ID; he is ethnic Korean and calls himself {{r:김동철}}.
- Before this, {{r:향미}} 씨 worked in a restaurant in {{u:Yanji}} under the North Korean manager {{p:오순애}}, who sold her "contract" to {{r:金哥}}.
- {{r:Hyang-mi}} wants {{r:老金}}'s phone number kept in the file in case of a police complaint.
""",
    },
    {
        "id": "h53-mixed-12",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Paek Kyong-su", "백경수", "witness", ["경수", "Kyong-su"]),
            ("Chang Myong-hui", "장명희", "relative", ["명희"]),
        ],
        "note": "Translator's notes (in English) on a smuggled handwritten letter from a worker's wife in Korean; the letter text, the children by given name with the affectionate suffix outside, the household suffix 네 outside, a broker by surname plus 씨, Korean and English forms of the same names.",
        "text": """LETTER (handwritten, 2 pp., received via broker, photographed 2024-02-11)

보고 싶은 {{r:경수}} 씨에게

그동안 몸은 괜찮아요? {{u:러시아}}는 여기보다 더 춥다고 들었어요. 우리는 다 잘 있어요. {{p:은혁}}이는 이번에 중학교에 들어갔고, {{p:은별}}이는 벌써 키가 내 어깨까지 와요.
앞집 {{p:순남}}이네가 {{u:청진}} 장마당에서 자리를 옮겨서 나도 거기서 같이 장사를 해요. 돈 걱정은 말아요.
{{p:최}} 씨가 이 편지를 가져간다고 해서 급하게 써요. {{p:최}} 씨한테 돈은 이미 줬어요.
{{r:경수}} 씨, 꼭 건강하게 돌아와요.
{{r:명희}}가

TRANSLATOR'S NOTES ({{p:Sarah Kim}})
1. "{{r:경수}} 씨에게" - the wife, {{r:Chang Myong-hui}}, addresses her husband {{r:Paek Kyong-su}} by given name plus the polite 씨. Rendered "Dear {{r:Kyong-su}}".
2. "{{p:은혁}}이" and "{{p:은별}}이" - their son and daughter; the -i ending is affectionate, not part of the name. Rendered "{{p:Un-hyok}}" and "{{p:Un-byol}}".
3. "{{p:순남}}이네" - "{{p:Sun-nam}}'s family" (the neighbours opposite).
4. "{{p:최}} 씨" - the broker who carried the letter; Mr {{r:Paek}} knows him only by surname.
5. Signature "{{r:명희}}가" - "from {{r:Myong-hui}}".
6. Mr {{r:Paek}} asks that the children's names be removed before this letter is used in any report. {{r:Myong-hui}} is still in {{u:Chongjin}}.
""",
    },
    {
        "id": "h53-mixed-13",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Yang Un-chol", "양은철", "witness", ["Un-chol"]),
            ("Ri Hye-gyong", "리혜경", "witness", ["Hye-gyong"]),
            ("Kye Sun-bok", "계순복", "witness", []),
        ],
        "note": "Shared-drive access review (pipe table, English with Korean folder names); names inside folder paths, e-mail local parts that spell names versus role accounts, a folder 양식 (form) that is not the surname Yang, a case-number folder resolved to a name; CRLF.",
        "text": """SHARED DRIVE ACCESS REVIEW - Q2 2024
Reviewer: {{p:Kwon Min-ji}} (DPO) | Tool: {{u:Google Drive}} | Date: 2024-06-03

Folder | Owner | Shared with | Action
/Cases/2023/{{r:Yang_Un-chol}}/ | {{p:jules}}@nkwatch.example | {{p:hana.kim}}@nkwatch.example, intern2022@nkwatch.example | remove intern2022 (left 2023); rename folder to case no.
/Cases/2023/{{r:리혜경}}_녹취/ | {{p:minsoo.lee}}@nkwatch.example | {{p:e.park}}@gmail.com | move to translator workspace; no personal accounts
/Cases/2024/KSB-012/ | {{p:hana.kim}}@nkwatch.example | casework@nkwatch.example | OK (KSB-012 = {{r:Kye Sun-bok}})
/Templates/양식/ | admin@nkwatch.example | all staff | OK
/Photos/{{u:Dandong}} trip 2023/ | {{p:jules}}@nkwatch.example | anyone with the link | RESTRICT NOW

Comments
- {{p:Jules}}, please rename "/{{r:Yang_Un-chol}}/" to RU-2023-031. Mr {{r:Yang}} was told we use case numbers only.
- {{r:Hye-gyong}}'s folder was shared with "anyone with the link" from 11 to 14 March. Access log shows one view, from {{p:Elena}}'s account. No notification needed; noted in the register. {{r:리혜경}} 님께는 {{p:민수}} 씨가 구두로 알림.
- /Templates/양식/: "양식" means "form" here, not the surname; no action.
- The photo folder includes a picture of {{r:Kye Sun-bok}} at the river; restrict before anything else. {{r:Kye}} has not consented to photos.
- Next review: September. - {{p:MJK}}
""",
    },
    {
        "id": "h53-mixed-14",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Tak Chol-guk", "탁철국", "witness", ["철국", "Chol-guk"]),
            (
                "João Baptista Mendes",
                "주앙 바티스타 멘드스",
                "coworker",
                ["João", "Mendes", "Jojo"],
            ),
            ("Kim Ung-bom", "김응범", "supervisor", []),
        ],
        "note": "Researcher's notes on a phone interview with an Angolan driver, Portuguese quotes with English summary and Korean memo; the Portuguese article 'o' before names (outside the mention) beside surnames, senhor as a title, a nickname Jojo, the real sanctioned company and a real Luanda hospital public.",
        "text": """FIELD NOTES - phone interview with an Angolan driver, {{u:Luanda}}
Researcher: {{p:Inês Carvalho}} | 2024-03-21 | PT → EN summary, 한국어 메모

Background: our witness {{r:탁철국}} ({{r:Tak Chol-guk}}) worked from 2012 to 2016 on a monument and a stadium in {{u:Angola}} for the {{u:Mansudae Overseas Project Group of Companies}}. He named their driver as "{{r:Jojo}}", a tall man who spoke some Korean. We traced him through a church in {{u:Cacuaco}}: his name is {{r:João Baptista Mendes}}.

Quotes (Portuguese)
- «Conheci o senhor {{r:Tak}} em 2013. Os coreanos chamavam-me {{r:Jojo}}, era mais fácil para eles.»
- «O chefe deles era o {{r:Kim}}, o senhor {{r:Kim Ung Bom}}. Ninguém falava com o {{r:Kim}} sem autorização.»
- «Eu levava o {{r:Tak}} e mais três ao {{u:Hospital Josina Machel}} quando havia feridos. O {{r:Kim}} ia sempre junto.»
- «O {{r:Chol-guk}} deu-me uma fotografia. Ainda a tenho.»

Summary (EN)
{{r:Mendes}} confirms that {{r:Kim}} controlled all movement, that injured workers were taken to hospital only with {{r:Kim}} present, and that he, {{r:João}}, was paid by the Angolan contractor, not by the Koreans. He has a photograph given to him by {{r:Chol-guk}} in 2015.

한국어 메모
- {{r:철국}} 씨에게 {{r:멘드스}} 씨 진술 전달 예정. {{r:주앙}} 씨가 가진 사진 사본 요청.
- {{r:김응범}}의 이름이 {{r:조조}}의 기억과 {{r:철국}} 씨의 진술에서 일치함.
- {{p:Inês}} 연구원 다음 통화: 4월 초.
""",
    },
    {
        "id": "h53-mixed-15",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Ri Un-byol", "리은별", "witness", ["은별", "Star", "อึนบยอล", "Eun-byeol"]),
            ("Somsak Chaiyaporn", "솜삭 차이야폰", "other", ["Somsak", "สมศักดิ์"]),
            ("Yu Chang-hun", "유창훈", "other", []),
        ],
        "note": "Signal chat export with a woman in transit through Laos and Thailand, Korean with English and a forwarded Thai message; display name Star (an alias) beside '5 star', the Thai kin prefix น้อง and the title คุณ attached to names (outside the mention), a pastor by surname plus 목사님, a Thai driver, places public; mixed line endings.",
        "text": """{{u:Signal}} - chat with "{{r:Star}}" | exported 2024-01-10 by {{p:Rachel Tan}}

[2024-01-08 22:14] {{r:Star}}: 선생님 저 {{u:Vientiane}} 도착했어요 ⭐
[2024-01-08 22:15] {{p:Rachel Tan}}: 다행이에요 {{r:은별}} 씨! 지금 어디예요?
[2024-01-08 22:16] {{r:Star}}: 게스트하우스요. {{r:Somsak}} 아저씨가 데려다 줬어요
[2024-01-08 22:17] {{p:Rachel Tan}}: OK. Tomorrow {{r:Yu}} 목사님 will call you at 9. 전화 받으세요
[2024-01-08 22:20] {{r:Star}}: 여기 간판에 "5 star hotel"이라고 써 있는데 완전 아니에요 ㅋㅋ
[2024-01-08 22:21] {{p:Rachel Tan}}: ㅋㅋ 그래도 안전하면 됐어요. Did you eat?
[2024-01-08 22:23] {{r:Star}}: 네 {{r:Somsak}} 아저씨 부인이 밥 줬어요
[2024-01-09 07:02] {{r:Star}}: [Forwarded from {{r:Somsak}}] ถึง{{u:เชียงราย}}พรุ่งนี้ 10 โมง บอกน้อง{{r:อึนบยอล}}ให้เตรียมตัว
[2024-01-09 07:05] {{p:Rachel Tan}}: (translation for file: "Arriving {{u:Chiang Rai}} tomorrow at 10. Tell {{r:Eun-byeol}} to get ready.")
[2024-01-09 07:06] {{p:Rachel Tan}}: {{r:은별}} 씨, 내일 {{u:Mekong}} 건너는 거 {{r:Yu}} 목사님이랑 다시 확인해요
[2024-01-09 09:10] {{r:Star}}: 목사님이랑 통화했어요 🙏 {{r:유창훈}} 목사님 맞죠?
[2024-01-09 09:11] {{p:Rachel Tan}}: 맞아요. 그리고 คุณ{{r:สมศักดิ์}} 한테 고맙다고 전해 주세요 (ขอบคุณ)
[2024-01-09 09:12] {{r:Star}}: 네!! ⭐⭐
""",
    },
    {
        "id": "h53-mixed-16",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ha Seung-yeon", "하승연", "other", ["Seung-yeon"]),
            ("Dilnoza Karimova", "딜노자 카리모바", "other", ["Dilnoza", "Дильноза"]),
            ("Oyunchimeg Bat-Erdene", "오윤치멕 바트에르덴", "other", ["Oyuna", "Оюунчимэг"]),
        ],
        "note": "Volunteer interpreter pool roster with availability, English with Korean, Russian and Mongolian; registered interpreters with short names, a Russian dative (Дильнозе), a Mongolian Cyrillic name, the interpreter's surname Ha with Ms, Hangul forms with 씨, unregistered interpreters, cities public.",
        "text": """INTERPRETER POOL - availability, June 2024 (internal, do not forward)
Maintained by: {{p:Kim Bo-ram}}

Name | Languages | Days | Notes
{{r:Ha Seung-yeon}} ({{r:하승연}}) | KO-EN | Mon, Wed | trauma-informed training done; prefers "{{r:Seung-yeon}}"
{{r:Dilnoza Karimova}} | RU-UZ-KO | Sat | lives in {{u:Ansan}}; Uzbek coworker cases
{{r:Oyunchimeg Bat-Erdene}} ("{{r:Oyuna}}") | MN-KO-EN | Tue, Thu | {{u:Ulaanbaatar}} construction cases
{{p:Mun Ji-won}} | KO-EN | Tue, Fri | lead interpreter
{{p:Elena Park}} | RU-KO | on request | sworn translator
{{p:Linh Tran}} | VI-EN | remote only |
{{p:Nadia Saleh}} | AR-EN | remote only | Gulf cases

Notes
- {{r:Seung-yeon}} is away 8-26 July. Ms {{r:Ha}} suggests {{p:Ji-won}} covers her Wednesdays.
- Feedback from a client after a Russian session: «{{r:Дильнозе}} большое спасибо, она очень терпеливая.» Passed on to {{r:Dilnoza}}.
- {{r:Oyuna}} signs her e-mails "{{r:Оюунчимэг}}"; the Korean spelling in our files is {{r:오윤치멕}}.
- {{r:딜노자}} 씨와 {{r:오윤치멕}} 씨는 6월 15일 통역 윤리 워크숍 참석 예정.
- New volunteer {{p:Aziz}} (Tajik/RU) - reference check pending with {{r:Dilnoza}}, who knows him from {{u:Ansan}}.
""",
    },
]
