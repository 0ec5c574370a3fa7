# ruff: noqa: E501
"""Held-out evaluation passages, set 48. Built by build_heldout.py heldout48.

Fifty documents of the kind an NGO working on North Korean workers sent abroad
actually holds. Half are the core material, typed the way the NGO's own staff type
them (interview summaries, question-and-answer transcripts with speaker labels,
phone-call notes, reviewers' comments on a draft testimony, family members'
accounts, internal memos, case meeting minutes, e-mail threads and chat exports);
the other half are genres no earlier set used (seafarers' discharge books,
emergency-department triage logs, visitor-visa refusal letters, captured online
restaurant reviews, fishing-vessel watch bills, out-of-office auto-replies, amicus
curiae briefs, detention-centre visit booking requests, embassy meeting readouts,
port chaplains' ship-visit reports, tailors' measurement books, psychological
assessment summaries, restaurant stage programmes, apartment noise-complaint files,
wedding congratulatory speeches, sponsors' absconding reports, Russian migration
cards, restaurant shift rosters, timber haulage waybills, permits-to-work for work
at height, factory gate passes, immigration escort logs, clinic queue registers,
hostel laundry tickets and exit-permit requests), in English, Korean and mixed
Korean/English with Russian, Chinese, Arabic, Vietnamese, Thai, Nepali, Mongolian,
Polish, Japanese, Malay and Uzbek. Settings: construction in Russia, Kuwait, Qatar,
the UAE and Mongolia, logging in the Russian Far East, seafood and garment plants
and restaurants in China, restaurants in Vietnam and Cambodia, a Polish shipyard, a
Malaysian coal mine, distant-water fishing and merchant shipping, escape routes
through Laos and Thailand. All persons are fictional; real public figures are
mentioned only neutrally.

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
  names keep their case endings (Пака, Кима); so do Polish ones (Kima, Pakiem).
- A nickname or alias that refers to a person is a mention of that person even when
  it is not registered as an alias; the same word used as an ordinary word is not.
- In an e-mail address or login only the local part is labelled, and only when it
  spells the person's name (kim.yongho@..., yongho_k); role accounts are unmarked.
- A surname discussed as a word ("the surname 박 means gourd") is unmarked, and so
  are ordinary words that look like names (이상, 명이라, 맹세해, 위해, "No,", "So,").
- Country names are public places whenever they stand as nouns, also attributively
  (DPRK, PRC, North Korea, 한국, 북한 사람, 중국 돈); nationality adjectives and
  derived words (Korean, Chinese, 한국어, 중국산, 러시아인) are not marked.

Clarifications (added in set 40):
- A possessive 's, a plural -s, particles and emoji stay outside a mention
  ({{p:Pak}}'s, the {{p:Kim}}s, {{p:철민}}이가, {{p:Sun-hui}} 🙏).
- Zero-width characters, soft hyphens, fullwidth letters and a line break inside a
  name stay inside the mention.
- Initials standing for a person are mentions ({{p:K.C.M.}}, Mr {{p:R.}}).
- In handles, hashtags, file names and URLs only the part that spells the name is
  labelled (@{{p:cholmin}}_88, #{{p:박순희}}를_찾습니다, interview_{{p:Pak}}_v2.docx).
- OCR-garbled names are labelled as written ({{p:Kirn Chol-rnin}}).
- Generic kinship or role words used instead of a name (엄마, 형, 반장, "the cook")
  are not mentions; a pet name used like a name is.
- Real platforms and apps (WhatsApp, KakaoTalk, WeChat, Telegram) are public.

Clarifications added in this set:
- Forms of address in other languages stay outside a mention like English titles
  (さん, 様, -san, chị, anh, em, คุณ and Thai police ranks, Encik, Cik, aka, ji, दाइ,
  эгч, дарга, السيد, د., pan, pani, Boss, Teacher); only Chinese forms of address
  (老孙, 小崔, 周主任, 阿强 and their pinyin Lao Jin, Xiao Cui) are labelled whole.
- An Arabic kunya used as a name (أبو سالم, Abu Salem) is a mention, labelled whole.
- Chat display names and usernames that spell a person's name are labelled like
  logins (sujin.park, bdaniels), also as speaker labels.
"""

PASSAGES: list[dict] = [
    {
        "id": "h48-en-01",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ryu Kwang-hyok", "류광혁", "witness", ["Kwang-hyok", "Yoo Kwang-hyuk", "Hyok"]),
            ("Tak Chang-su", "탁창수", "supervisor", ["Bulldozer"]),
            ("Ryu Son-hwa", "류선화", "relative", ["Son-hwa"]),
        ],
        "note": "Third-person interview summary, Vladivostok construction; witness in northern and southern spellings and a one-syllable childhood name; brigade leader's nickname beside the ordinary word; co-worker surname Om beside the word song; interviewer initials as signature.",
        "text": """INTERVIEW SUMMARY (third person) - case W-2024-061
Interviewee: {{r:RYU Kwang-hyok}} ({{r:류광혁}}); South Korean ID spelling {{r:Yoo Kwang-hyuk}}
Interviewer: {{p:Esther Lim}} | Language: Korean, summarised in English
Date and place: 14 May 2024, NGO office, {{u:Seoul}}

1. Background
{{r:Ryu}} was born in 1986 in {{u:Hamhung}}, {{u:South Hamgyong Province}}. After military service he worked for a construction enterprise in {{u:Pyongyang}} and was selected for overseas work in spring 2016. His mother, who died in 2019, called him {{r:Hyok}}; he asked us to use "{{r:Kwang-hyok}}" in correspondence.

2. Dispatch and the site
He flew from {{u:Pyongyang}} to {{u:Vladivostok}} on an {{u:Air Koryo}} flight with 31 other men. The brigade of 22 built the frame of a nine-storey block on {{u:Russky Island}}. The brigade leader was {{r:Tak Chang-su}}, a man of about fifty whom the men called "{{r:Bulldozer}}" because he pushed everyone the same way whatever the weather. {{r:Ryu}} stresses that this was said only in whispers; {{r:Tak}} never knew. (There was also a real bulldozer on the site, rented with its driver from a Russian firm, which is how the joke started.)

3. Work and pay
Days ran from 7:00 to 22:00, with a short break at 13:00. The Russian site foreman, {{p:Sergei Pavlovich}} (surname unknown), paid the company monthly; workers received nothing in hand until the end of the year, when {{r:Tak}} handed each man about 300 USD "for the family". {{r:Ryu}} estimates that the "plan" taken for the state was around 700 USD a month per man.

4. Injury
In November 2017 {{r:Ryu}} fell from the second-floor scaffold and broke two ribs. A co-worker, {{p:Om Song-nam}}, carried him to the container. {{p:Om}} wanted to call an ambulance; {{r:Tak}} refused, and {{r:Ryu}} lay in the container for eleven days. {{p:Om}} brought him soup and, when the others were out, sang him an old song from {{u:Kowon}} so that he could sleep.

5. Family
His younger sister {{r:Ryu Son-hwa}} ({{r:류선화}}) lives in {{u:Hamhung}}. He has had no news since 2021 and fears that {{r:Son-hwa}}'s husband, {{p:Kye Chol}}, has been questioned because of him.

6. Interviewer's remarks
{{r:Kwang-hyok}} was calm, consistent on dates and gave many small details of the site. He asked that the nickname not be published because "the others will know who told". A second interview on the escape route (via {{u:Khabarovsk}}) is planned for June.
- {{p:E.L.}}""",
    },
    {
        "id": "h48-en-02",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Pyon Il-nam", "변일남", "witness", ["Il-nam", "Byun Il-nam"]),
            ("Chae Mun-gil", "채문길", "supervisor", []),
        ],
        "note": "Question-and-answer transcript with surname speaker labels (OH beside the interjection 'Oh'), Korean answers with particles and an interpreter's English rendering, Kuwait construction; dead co-worker by full and given name; CRLF.",
        "text": """TRANSCRIPT - second interview, witness W-0457 ({{u:Kuwait}})
Recorded 3 April 2024, 10:05-11:40, secure video call
Interviewer: {{p:Daniel Oh}} | Witness: {{r:PYON Il-nam}} ({{r:변일남}}) | Interpreter: {{p:Shin Ha-eun}}
Speaker labels: {{p:OH}} = interviewer, {{r:PYON}} = witness, {{p:SHIN}} = interpreter

{{p:OH}}: Good morning, Mr {{r:Pyon}}. Can you hear us all right?
{{r:PYON}}: 네, 잘 들립니다.
{{p:SHIN}}: Yes, he hears us well.
{{p:OH}}: Last time we stopped when you arrived at the camp in {{u:Jahra}}. Who was in charge there?
{{r:PYON}}: 지배인은 {{r:채문길}}이었고, 우리는 그냥 {{r:채}} 지배인이라고 불렀습니다.
{{p:SHIN}}: The manager was {{r:Chae Mun-gil}}; they just called him Manager {{r:Chae}}.
{{p:OH}}: Oh, so he was the manager, not the brigade leader?
{{r:PYON}}: 작업반장은 따로 있었습니다. {{p:한광수}}. 그 사람은 괜찮은 사람이었어요.
{{p:SHIN}}: The brigade leader was someone else, {{p:Han Kwang-su}}. He says he was a decent man.
{{p:OH}}: Did the Kuwaiti company have its own people on the site?
{{r:PYON}}: {{u:이집트}} 사람 기술자가 있었어요. 이름은... {{p:아흐메드}}. 성은 모릅니다.
{{p:SHIN}}: There was an Egyptian engineer, {{p:Ahmed}}. He doesn't know his surname.
{{p:OH}}: And the passports?
{{r:PYON}}: {{r:채}} 지배인이 공항에서 다 걷어 갔습니다. 2019년에 귀국할 때까지 한 번도 못 봤어요.
{{p:SHIN}}: Manager {{r:Chae}} collected them all at the airport. He never saw his again until he went home in 2019.
{{p:OH}}: {{r:Il-nam}}, take your time. Do you want a break?
{{r:PYON}}: 괜찮습니다. 계속하세요.
{{p:SHIN}}: He's fine, please go on.
{{p:OH}}: Tell me about the summer of 2018.
{{r:PYON}}: 7월에 {{p:전영철}}이가 쓰러졌어요. 오후 두 시쯤, 지붕 위에서. 오십 도가 넘었어요.
{{p:SHIN}}: In July {{p:Jon Yong-chol}} collapsed, around two in the afternoon, on the roof. It was over fifty degrees.
{{p:OH}}: Oh no. What happened to him?
{{r:PYON}}: {{p:영철}}이는 사흘 뒤에 병원에서 죽었습니다. 시신은 {{u:평양}}으로 보냈다고 들었어요.
{{p:SHIN}}: {{p:Yong-chol}} died in hospital three days later. He heard the body was sent to {{u:Pyongyang}}.
{{p:OH}}: Do you know which hospital?
{{r:PYON}}: {{u:자흐라}}에 있는 큰 병원이요. 이름은 정확히 모릅니다.
{{p:SHIN}}: A big hospital in {{u:Jahra}}; he is not sure of the name.
{{p:OH}}: Thank you, Mr {{r:Pyon}}. We'll stop here for today.

[END 11:40 - transcribed by {{p:S.H.}}, checked by {{p:D.O.}}]""",
    },
    {
        "id": "h48-en-03",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Sok Myong-hui", "석명희", "witness", ["Myong-hui", "Seok Myung-hee"]),
            ("Ma Chung-il", "마충일", "coworker", ["Chung-il"]),
        ],
        "note": "Caseworker's weekly phone log, Dandong fish plant; witness in two spellings and as initials, co-worker with two-letter surname and a messenger ID, Chinese form of address, titles outside; mixed line endings.",
        "text": """CALL LOG - caseworker {{p:Judith Whitfield}} - week of 3 June 2024

Mon 3 Jun, 09:40, incoming
{{r:Seok Myung-hee}} (spelling on her South Korean ID; our file is under {{r:SOK Myong-hui}}). Wants to move Wednesday's session to Thursday, her son has a school concert. Agreed. Reminded her to bring the payslip photos from {{u:Dandong}}.

Mon 3 Jun, 14:15, outgoing
Rang Dr {{p:Halloran}}'s secretary ({{p:Bev}}) about {{r:Myong-hui}}'s hearing test. Earliest slot 19 June, booked.

Tue 4 Jun, 11:05, incoming, number withheld
Man introduced himself as "{{r:Ma Chung-il}} from the fish plant". Now in {{u:Incheon}}, works nights at a logistics depot. Confirms the dormitory was locked from outside after 21:00 and that the Chinese manager, whom everyone called {{p:老周}}, kept the key. Does not want to give his number yet; will ring back Friday.

Wed 5 Jun, 16:30, outgoing
Left voicemail for Pastor {{p:Yeom}} about a shelter bed for Ms {{r:Sok}}'s cousin, {{p:Sok Un-ju}}, who arrives from {{u:Bangkok}} next month.

Thu 6 Jun, 10:00
Session held (see interview notes). {{r:SMH}} brought 14 photos; three show payslips with the stamp of the Chinese company. She confirmed that the "{{r:Ma}}" who rang on Tuesday is the {{r:Chung-il}} she mentioned in interview 1 ("the tall one from {{u:Sinuiju}}").

Fri 7 Jun, 15:20, incoming
{{r:Ma}} called back. Gave a {{u:KakaoTalk}} ID, {{r:machungil}}88, for future contact. Happy to be interviewed after 20 June. Asked whether Ms {{p:Kye}}, who left the plant with him, also reached {{u:South Korea}}; I said we cannot share information about other people.

Fri 7 Jun, 17:05
Note for {{p:Paul}}: please log {{r:Ma Chung-il}} as a potential corroborating witness for W-0288 ({{r:Sok}}).
- {{p:JW}}""",
    },
    {
        "id": "h48-en-04",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Hong Chol-ryong", "홍철룡", "witness", ["Chol-ryong"]),
            ("Mun Kyong-sik", "문경식", "supervisor", ["Moon Kyung-sik"]),
        ],
        "note": "Reviewers' comments on a draft testimony, Ulaanbaatar construction; reviewer initials as comment labels, supervisor Mun/Moon beside the ordinary moon, Mongolian foreman and short name, a Korean comment with honorific, daughter to be removed, translator's name order.",
        "text": """REVIEW COMMENTS - draft testimony T-118 (v3), witness {{r:HONG Chol-ryong}}
Reviewer: {{p:Rachel Lindqvist}} ({{p:RL}}); second reader: {{p:Park Ji-woo}} ({{p:JW}})
Returned to: {{p:Min-seo}} (drafting), 22 May 2024

General
{{p:RL}}: Strong draft. The {{u:Ulaanbaatar}} chronology is much clearer than in v2. The main problems are name spellings and one date.

Para 2
{{p:RL}}: "{{r:Hong}} arrived in {{u:Mongolia}} in March 2015" - in the interview (tape 1, 00:14) he says "the year after the big snow", which he himself dates to 2016. Please check with him.
{{p:JW}}: 동의합니다. {{r:철룡}} 씨가 2차 면담에서 2016년이라고 분명히 말했어요.

Para 4 and para 9
{{p:RL}}: The supervisor is "{{r:Moon Kyung-sik}}" in para 4 and "{{r:Mun Kyong-sik}}" in para 9. Our house style for people inside {{u:North Korea}} is the northern spelling, so {{r:Mun Kyong-sik}} throughout. Para 9, line 3 - "{{r:Mun}} came back from the night shift under a full moon" - is fine as it is.

Para 6
{{p:RL}}: The Mongolian foreman is "{{p:Bat-Erdene}}" here but "{{p:Bataa}}" in para 8. {{r:Chol-ryong}} uses both; please pick one and explain the other in a footnote.

Para 11
{{p:JW}}: "{{p:김}} 선생" here - is this the same man as the embassy's {{p:Kim Tok-hun}} in para 12? If so, say so. If not, we need to ask.
{{p:RL}}: The hospital in para 11 is the {{u:National Trauma and Orthopaedic Research Center}}; that is a real public hospital, keep the name.

Para 14 (family)
{{p:RL}}: Consider removing the daughter's name ({{p:Hong Un-byol}}) completely; she is still in {{u:Chongjin}}. "His daughter" is enough.
{{p:JW}}: 네, {{p:은별}}이 이름은 빼는 게 맞아요.

Sign-off
{{p:RL}}: The translator's line should read "{{p:Kwak Min-seo}}", not "{{p:M. Kwak}}".""",
    },
    {
        "id": "h48-en-05",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Jong-ho", "리정호", "witness", ["Jong-ho", "Lee Jeong-ho"]),
            ("Ko Pyong-chan", "고평찬", "supervisor", []),
        ],
        "note": "E-mail thread between a caseworker and a solicitor about a Qatar statement; names in headers and e-mail local parts, role account, quoted reply, witness as Ri/Lee/LI in passport capitals, two different people surnamed Ko, 'canteen auntie' as a role word, signatures.",
        "text": """From: {{p:Hana Seo}} <{{p:hana.seo}}@nkwatch-example.org>
To: {{p:Tom Aldridge}} <{{p:t.aldridge}}@aldridge-law.co.uk>
Cc: intake@nkwatch-example.org
Date: Tue, 9 Apr 2024 16:02
Subject: Re: {{r:Ri Jong-ho}} - {{u:Qatar}} statement

{{p:Tom}},

Thanks. Yes, {{r:Jong-ho}} is willing to sign, but only after he has read the Korean version line by line. I'll send it to him tonight via {{u:Signal}}.

(1) Yes, same man. "{{r:Lee Jeong-ho}}" is how the {{u:Ministry of Unification}} registered him; the passport he was issued in {{u:Pyongyang}} reads {{r:LI JONG HO}}; we use {{r:Ri Jong-ho}}.

(2) The camp boss is {{r:Ko Pyong-chan}}. In the first interview he called him "{{r:고}} 소장" (camp director). He is not the {{p:Ko}} who ran the canteen: that was a woman, {{p:Ko Sun-ae}}, whom the men called "canteen auntie".

Best,
{{p:Hana}}

{{p:Hana Seo}} | Casework Coordinator

> On Tue, 9 Apr 2024 at 11:20, {{p:Tom Aldridge}} <{{p:t.aldridge}}@aldridge-law.co.uk> wrote:
> Dear {{p:Hana}},
> Two points before we send the statement to the {{u:Special Rapporteur on contemporary forms of slavery}}:
> (1) Is Mr {{r:Lee}} in your spreadsheet the same person as "{{r:Ri Jong-ho}}"? The passport scan reads {{r:LI JONG HO}}.
> (2) Who is "{{r:Ko}}" in para 7? Para 12 also has a "{{p:Ko}}", a woman, in the kitchen.
> I am in {{u:Geneva}} on Thursday and could meet {{r:Jong-ho}} on Friday if he is in {{u:London}} by then.
> Kind regards,
> {{p:Tom}}
> --
> {{p:Tom Aldridge}}, Solicitor""",
    },
    {
        "id": "h48-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yang Song-chol", "양성철", "witness", ["Song-chol"]),
            ("Kwon Yu-na", "권유나", "witness", ["Yu-na"]),
            ("Pang Hak-su", "방학수", "supervisor", ["Bang Hak-soo"]),
        ],
        "note": "Case meeting minutes; staff as initials in brackets and in an action table, Russian driver by diminutive and full first name, Chinese form of address, supervisor's surname in two spellings side by side.",
        "text": """CASE MEETING - MINUTES (internal)
16 May 2024, 14:00-15:30, meeting room B and video link
Present: {{p:Grace Ahn}} (chair, {{p:GA}}), {{p:Mark Feldman}} ({{p:MF}}), {{p:Lee Da-eun}} ({{p:DE}}), {{p:Noor Rahimi}} ({{p:NR}}, minutes)
Apologies: {{p:Kenji Watanabe}}

1. Minutes of 2 May approved without changes.

2. W-0311 {{r:Yang Song-chol}} (logging, {{u:Amur Oblast}}, 2012-2019)
{{p:DE}} reported on the second interview. {{r:Yang}} now places the camp 40 km north of {{u:Tynda}}, not 70 km; he corrected himself after looking at the satellite map with {{p:DE}}. The Russian contractor is still unidentified. {{r:Song-chol}} remembers a Russian driver, "{{p:Tolik}}", who sold the men cigarettes; {{p:MF}} noted that in company records the driver would appear as {{p:Anatoly}}, surname unknown.

3. W-0320 {{r:Kwon Yu-na}} (seafood plant, {{u:Donggang}}, 2016-2020)
{{p:GA}}: {{r:Yu-na}} has agreed to a third session. The supervisor she names, {{r:Pang Hak-su}}, appears in two other testimonies (W-0198, W-0254), both times spelled {{r:Bang Hak-soo}}. {{p:NR}} asked whether the Chinese line manager, known only as {{p:小刘}}, could be identified from the plant's website; {{p:MF}} will check.

4. Safeguarding
{{p:GA}} reminded everyone that Ms {{r:Kwon}}'s new address must not appear in any file, e-mail or chat.

5. AOB
{{p:Kenji}} sends apologies; he is at a conference in {{u:Tokyo}} until Friday.

Actions
| # | Action                                         | Owner | Due    |
|---|------------------------------------------------|-------|--------|
| 1 | Send {{r:Song-chol}} the corrected map         | {{p:DE}}    | 20 May |
| 2 | Check plant website for {{p:小刘}}               | {{p:MF}}    | 24 May |
| 3 | Merge {{r:Pang}} / {{r:Bang}} in the database  | {{p:NR}}    | 24 May |
| 4 | Book interpreter for {{r:Yu-na}}, session 3    | {{p:GA}}    | 17 May |

Next meeting: 30 May. Minutes: {{p:N. Rahimi}}""",
    },
    {
        "id": "h48-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ju Kum-hui", "주금희", "witness", ["Kum-hui"]),
            ("Jang Myong-su", "장명수", "relative", ["Myong-su"]),
        ],
        "note": "Long family account by a worker's wife, translated, St Petersburg construction death; party secretary surnamed So beside the words 'so'; daughter with a one-syllable given name; Russian doctor on the death paper; Mrs with surname; interpreter and interviewer.",
        "text": """FAMILY ACCOUNT - translated from Korean
Account given by: {{r:JU Kum-hui}} ({{r:주금희}}), wife of the worker
Worker concerned: {{r:JANG Myong-su}} ({{r:장명수}}), born 1979, in {{u:Russia}} 2014-2020
Taken by {{p:Claire Dubois}} with interpreter {{p:Nam Gyu-ri}}, 2 February 2024, {{u:Seoul}}

My husband {{r:Myong-su}} left in March 2014. He was a plasterer with a building enterprise in {{u:Sinpo}}, and when they chose men for {{u:Russia}} he was glad, because everyone said a man came back from there with a television and a rice cooker. He was told three years. He wrote twice a year, short letters, always the same: he is healthy, the food is good, I should look after our daughter and his mother.

In the autumn of 2017 a man called {{p:Paek Chol-ho}} came to our house with a bag. He had worked in the same brigade in {{u:St Petersburg}} and had been sent home early with a bad back. In the bag were two jumpers, chocolate and 200 dollars folded inside a sock. I asked {{p:Paek}} how my husband really was. He looked at the door and said the party secretary of the brigade, {{p:So Chang-ho}}, had told every man going home to say nothing. So I said nothing to anyone either. {{p:So}} was a hard man, everyone said so, even his own wife.

Our daughter, {{p:Sol}}, was nine then. She kept asking when her father would come back, and I kept saying next year. {{p:Sol}}'s teacher once asked me in front of the class whether {{r:Jang Myong-su}} had "fulfilled his duty abroad". I did not understand what she wanted me to say.

In June 2020 two men from the enterprise came with a paper. The paper said that {{r:Jang Myong-su}} had died of heart failure in {{u:St Petersburg}} and had been cremated there because of the epidemic. There was a copy of a Russian document with a stamp and a signature; later, here, your staff read the name on it for me: Dr {{p:Ivanova}}. I did not believe it. {{r:Myong-su}} never had a weak heart. He carried two sacks of cement up five floors when he was thirty.

I asked for his things. They gave me a box with a shaving brush, a photograph of {{p:Sol}} and me, and a notebook in which he had written the names of the men in his room: {{p:Paek}}, {{p:Ri Kwang-nam}}, {{p:Hyon}}, and "{{p:Little Kim}}", who was nineteen. That was all.

I crossed into {{u:China}} in 2022 with {{p:Sol}}. I want to know how my husband died and where his ashes are. If {{p:Paek Chol-ho}} or anyone from that brigade is outside now, I would like to talk to them.

Interviewer's note ({{p:C.D.}}): Mrs {{r:Ju}} spoke for two hours without a break and asked for the notebook page to be photographed; she holds the original. {{r:Kum-hui}} consents to her account being used in an anonymised report.""",
    },
    {
        "id": "h48-en-08",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Choe Ung-bom", "최웅범", "witness", ["Ung-bom", "Choi Woong-bum"]),
        ],
        "note": "Director's internal memo on a contact protocol for a worker still at a Polish shipyard; witness as Mr plus initial, minder by full name and bare surname Ri, Polish helpers by first name and possessive, Polish lawyer with a title, labour inspectorate and its acronym; CRLF.",
        "text": """MEMO
To: all casework staff
From: {{p:Helen Yun}}, Director
Date: 28 March 2018
Re: Contact protocol for witness W-0402 ({{u:Poland}})

1. W-0402, {{r:CHOE Ung-bom}}, is still in {{u:Poland}} and still employed through the same agency at a ship-repair yard near {{u:Gdańsk}}. He is at real risk if contact is discovered.

2. Only {{p:Sung-min}} and I contact him. In every written record he is "Mr {{r:C.}}", never his name. His South Korean cousin, {{p:Choi Woong-jae}}, knows about the contact but must not be given any details.

3. The group's minder, {{p:Ri Pyong-guk}}, checks phones every Sunday evening. {{r:Choe}} says {{p:Ri}} reads no Polish, so messages go in Polish only and through a Polish colleague, {{p:Janusz}}, or {{p:Janusz}}'s wife {{p:Ewa}}, never directly.

4. Legal: mecenas {{p:Agnieszka Wróbel}} in {{u:Warsaw}} has agreed to advise pro bono and has spoken informally to the {{u:National Labour Inspectorate}} ({{u:PIP}}). No complaint will be filed until {{r:Ung-bom}} says so.

5. If he asks about his family in {{u:Nampho}}, make no promises. Refer such questions to me.

6. Nothing about this case goes on the shared drive. Paper file only, in my cabinet.

{{p:H. Yun}}""",
    },
    {
        "id": "h48-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Rim Ok-ran", "림옥란", "witness", ["Ok-ran", "Lim Ok-ran"]),
        ],
        "note": "Internal chat export with name-spelling usernames, emoji after names, a zero-width character inside a name copied from an e-mail, surname Song beside the word song, Thai detention centre, Pastor and Auntie as titles.",
        "text": """#casework-urgent - export 12 Feb 2024

[08:51] {{p:sujin.park}}: morning all. {{r:Ok-ran}} landed at {{u:Incheon}} last night 🙏
[08:52] {{p:bdaniels}}: 🎉🎉 finally
[08:53] {{p:sujin.park}}: she's with the {{u:NIS}} for now, then {{u:Hanawon}}. the airport list had her as "{{r:RIM OK\u200bRAN}}" with an invisible character in it, copied straight from their email
[08:55] {{p:bdaniels}}: so the Thai side released her in the end. what about the other woman, Mrs {{p:Hyon}}?
[08:57] {{p:sujin.park}}: {{p:Hyon}} is still at {{u:Suan Phlu}}. her daughter {{p:Ji-a}} is with her. maybe next month
[09:02] {{p:minho_lee}}: pasting what {{r:Lim Ok-ran}} told me on the phone: "tell Pastor {{p:Joo}} thank you, and tell Auntie {{p:Song}} I'm sorry about the song I promised to sing at the farewell"
[09:04] {{p:bdaniels}}: 😂 {{p:Song}} will survive
[09:05] {{p:minho_lee}}: {{r:Ok-ran}} 🙏 sounded tired but fine, sleeping a lot
[09:10] {{p:sujin.park}}: @{{p:bdaniels}} can you update the tracker? {{r:RIM Ok-ran}} / {{r:림옥란}}, born 1990, {{u:Hyesan}}, restaurant {{u:Vientiane}} 2016-2019
[09:11] trackerbot: W-0512 updated by {{p:bdaniels}}
[09:14] {{p:bdaniels}}: done. also merged the old row "{{r:Lim Okran}}" into it""",
    },
    {
        "id": "h48-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Chol-u", "김철우", "witness", ["Chol-u"]),
        ],
        "note": "Transcribed seafarer's discharge book; holder's surname and given name in separate fields, masters' names in capitals, one wrapped across a table cell at the hyphen, initials with surname, OCR-garbled surname, flags of convenience and ports as public names, invented vessels unmarked.",
        "text": """TRANSCRIPTION - SEAMAN'S BOOK / DISCHARGE BOOK (photocopy, 14 pp.)
Handed over by the holder on 11 January 2024; transcribed by {{p:Fiona Reid}}; typed pages run through OCR and checked by hand.

p. 1 (data page)
Surname: {{r:KIM}}          Given names: {{r:CHOL U}}
Date of birth: 04.08.1981   Place of birth: {{u:WONSAN}}
Issued by: {{u:MARITIME ADMINISTRATION OF DPRK}}, {{u:NAMPHO}}
Holder's signature: in Hangul, reads {{r:김철우}}

pp. 3-9 (record of service)
No. | Vessel         | Flag           | Capacity | Signed on               | Signed off                 | Master
1   | SONGRIM 3      | {{u:DPRK}}           | OS       | 12.03.2007 {{u:NAMPHO}}       | 30.11.2007 {{u:NAKHODKA}}        | CAPT. {{p:RI HYON-
GIL}}
2   | SONGRIM 3      | {{u:DPRK}}           | AB       | 02.02.2008 {{u:NAMPHO}}       | 19.12.2008 {{u:LONGKOU}}         | CAPT. {{p:RI H.G.}}
3   | EVER BRIGHT 7  | {{u:SIERRA LEONE}}   | AB       | 14.04.2011 {{u:DALIAN}}       | 01.03.2012 {{u:VLADIVOSTOK}}     | MASTER {{p:KANG MYONG-DOK}}
4   | EVER BRIGHT 7  | {{u:SIERRA LEONE}}   | Bosun    | 20.04.2012 {{u:DALIAN}}       | 11.02.2013 {{u:NAKHODKA}}        | {{p:KANG M.D.}}
5   | MORNING STAR 8 | {{u:MONGOLIA}}       | Bosun    | 03.06.2014 {{u:NAMPHO}}       | 28.05.2015 {{u:SHIDAO}}          | CAPT. {{p:Kirn Song-ho}}
6   | MORNING STAR 8 | {{u:MONGOLIA}}       | Bosun    | 09.07.2015 {{u:SHIDAO}}       | (no entry)                 | CAPT. {{p:KIM SONG HO}}

Seaman's signature column: rows 1-4 signed "{{r:김철우}}", row 5 typed "{{r:Kirn Chol-u}}" (OCR reading of the typed line; the original is clear), row 6 blank.

p. 11 (remarks, handwritten Korean, translated)
"The holder {{r:Kim Chol-u}} has shown good conduct and loyalty during the voyage. Political officer: {{p:Ju Yong-hak}} (seal)."

p. 14 (inside back cover, pencil, not official)
"{{p:Sun-ok}} - {{u:Chongjin}}, {{u:Pohang district}}, 3rd block" - the holder says this is his wife's name and old address.

Transcriber's note: pages 10 and 12 are blank. {{r:Chol-u}} confirmed that rows 5 and 6 are the same master. - {{p:F.R.}}""",
    },
    {
        "id": "h48-en-11",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Han Song-il", "한송일", "witness", ["Song-il"]),
            ("Ro Kil-chun", "로길춘", "supervisor", ["노길춘", "Noh Gil-chun"]),
        ],
        "note": "Emergency department triage log extract from a Doha hospital during a heat day; Korean patient registered by surname only, supervisor in NK Ro and SK Noh forms, Nepali patients reduced to initials by the NGO, nurse and doctor with titles, co-worker sharing a common surname with another person.",
        "text": """EMERGENCY DEPARTMENT - TRIAGE LOG (extract), {{u:Hamad General Hospital}}, {{u:Doha}}
Shift: 14 Aug 2018, 13:00-21:00. Triage nurse: {{p:Maricel D. Santos}}, RN
Copy kept by the witness and handed to us in 2023. The names of non-Korean patients have been reduced to initials by us.

Time  | Pt | Sex/age | Name as recorded | Complaint / obs | Acuity | Disposition
13:42 | 1  | M ~35   | "{{r:HAN}}" (no ID; co-worker gives {{r:HAN SONG-IL}}) | collapsed on site, confused, T 40.1, GCS 14 | 2 | resus bay 3
13:50 | 2  | M 28    | {{p:R.B.T.}} (Nepali) | cramps, vomiting x3 | 3 | fast track
13:58 | 3  | M 41    | {{p:M.A.K.}} (Bangladeshi) | dizziness, BP 92/60 | 3 | fast track
14:05 | 1  | -       | reviewed by Dr {{p:Al-Mansouri}}; cooling, IV fluids; admit to ICU requested | - | -
14:20 | 1  | -       | site supervisor arrived, gave name "Mr {{r:Ro}}", refuses admission, says company will "take responsibility"; charge nurse {{p:Priya}} informed | - | -
14:35 | 1  | -       | left against medical advice with supervisor; pt did not sign; form signed "{{r:RO KIL CHUN}} for {{r:HAN}}" | - | -
14:36 | 1  | -       | co-worker ({{p:CHOE}}, no English) stayed in waiting area until 15:10 | - | -
15:02 | 4  | M 31    | {{p:D.G.}} (Nepali), friend {{p:Sunil}} interpreting | syncope at bus stop | 3 | obs

NGO annotation (2023, {{p:K. Moreno}}): {{r:Song-il}} confirmed in interview that the supervisor was {{r:노길춘}} (he spells it {{r:Noh Gil-chun}} now) and that the co-worker was {{p:Choe Myong-jin}}, not the brigade's other {{p:Choe}}. {{r:Han}} was back on the roof two days later.""",
    },
    {
        "id": "h48-en-12",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Oyunchimeg Batbold", "어윤치멕 바트볼드", "witness", ["Oyunchimeg", "Oyuna"]),
        ],
        "note": "Visitor-visa refusal letter for a Mongolian former clinic nurse invited to give evidence; family and given name in separate fields, Mongolian short name quoted from the sponsor, a North Korean patient she treated, a bank named Khan beside an officer surnamed Khan, fictional entry clearance officers; CRLF.",
        "text": """{{u:UK Visas and Immigration}}
Entry Clearance Decision - REFUSAL

Date of decision: 07/02/2024
Family name: {{r:BATBOLD}}
Given name(s): {{r:OYUNCHIMEG}}
Date of birth: 12/10/1979          Nationality: Mongolian
Category: Standard Visitor

Dear {{r:Oyunchimeg Batbold}},

You have applied to visit the {{u:United Kingdom}} for six days to speak at a closed event in {{u:London}} organised by a charity. Your sponsor, Ms {{p:Catherine Mwangi}}, writes that you are "{{r:Oyuna}} to everyone who knows her" and that you worked from 2014 to 2017 as a nurse at a private clinic in {{u:Ulaanbaatar}} which treated North Korean construction workers, including a man you name as {{p:Ri Chang-guk}}, whose hand injuries you have been asked to describe.

I have considered your application under Appendix Visitor. You have not provided evidence of your current employment. Your statements from {{u:Khan Bank}} show a deposit of 9,000,000 MNT on 18/01/2024, a week before the application, which is not explained. You state that your husband, Mr {{p:Ganbold}}, will support you, but no evidence of his income is provided.

I am therefore not satisfied that you are a genuine visitor who will leave the {{u:United Kingdom}} at the end of the visit. Your application is refused.

There is no right of appeal against this decision. You may apply again.

Entry Clearance Officer: {{p:J. Pemberton}}
Reviewed by ECM: {{p:R. Khan}}

[handwritten on the scan by our office: "re-apply with employer letter from the clinic; ask Dr {{p:Tsetsegmaa}} - {{p:CM}}"]""",
    },
    {
        "id": "h48-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ryang Hyang-mi", "량향미", "witness", ["Hyang-mi", "Yang Hyang-mi"]),
        ],
        "note": "Researcher's capture of public online reviews of a North Korean-run restaurant in Phnom Penh; reviewer handles containing names, waitress by badge name in several spellings, manager by badge surname, owner's reply greeting a reviewer by first name, researcher's note naming the roommate.",
        "text": """EVIDENCE CAPTURE - public reviews of a North Korean-run restaurant, {{u:Phnom Penh}}
Captured 2 October 2023 by {{p:Thomas Berg}} from {{u:Tripadvisor}} and {{u:Google Maps}}. Handles as shown; review text unedited.

★★★★★ "Amazing show, great noodles" - {{p:Dave}}InBKK, reviewed March 2019
The girls sing and dance from 8pm. Our waitress, {{r:Hyang-mi}} (it was on her badge), spoke good English and some Chinese and laughed when I tried to say thank you in Korean. Try the cold noodles and the blueberry wine.

★★☆☆☆ "Strange atmosphere" - {{p:m_kowalska}}, reviewed July 2019
Food OK, staff look scared. When I asked our waitress where she was from she said "{{u:Pyongyang}}" and walked away. The singer with the accordion had a badge saying {{r:YANG HYANG MI}}. A manager, older man, badge "{{p:PAK}}", watched the tables the whole evening and took our table's photo off the wall after we left.

Response from the owner, August 2019
Dear {{p:m_kowalska}}, we are sorry for your experience. Our staff are very happy. Welcome again! - Management

★★★★☆ "Go before it closes" - {{p:Sokha}} Travel Notes, reviewed November 2019
Lovely evening. Ask for {{r:Hyang Mi}}, she will sing "Arirang" if you ask nicely 😊

★☆☆☆☆ "Closed" - {{p:jeanmarc}}_travels, reviewed February 2021
Closed. A neighbour said all the girls were sent home in one night.

Researcher's note: {{r:Ryang Hyang-mi}} (W-0501) confirmed in interview that she worked here from 2018 to 2019, that the manager "{{p:Pak}}" was {{p:Pak Yong-chol}}, and that the accordion player was not her but her roommate {{p:Un-jong}}; the badges were swapped that night.""",
    },
    {
        "id": "h48-en-14",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Kyong-nam", "리경남", "witness", ["Kyong-nam"]),
        ],
        "note": "Watch bill of a Chinese distant-water fishing vessel typed up from a crew member's photo; officers in Latin and Hanzi, Chinese forms of address and a one-character signature, Korean deckhands in capitals and Hangul, Indonesian crew by one name, rank abbreviations, invented vessel unmarked.",
        "text": """WATCH BILL - F/V XIN HAI 618 (photographed by a crew member, October 2019; typed up by the NGO)
Flag: {{u:China}} | Master: {{p:Lin Jianguo}} ({{p:林建国}}) | Area: squid grounds, {{u:North Pacific}}

Watch  | Bridge               | Lookout / deck                          | Engine
00-04  | 2/O {{p:Chen Wei}}         | {{r:RI Kyong-nam}}, {{p:JO Song-dok}}            | oiler {{p:Wang}}
04-08  | C/O {{p:Xu Haitao}}        | {{p:PAK Chol}}, {{p:RA Un-sik}}                  | {{p:老宋}}
08-12  | Master               | {{p:KIM Kwang-son}}, {{p:Agus}}                 | {{p:老宋}}
12-16  | 2/O {{p:Chen Wei}}         | {{p:Budi}}, {{p:Agus}}                          | oiler {{p:Wang}}
16-20  | C/O {{p:Xu Haitao}}        | {{r:RI Kyong-nam}}, {{p:RA Un-sik}}              | C/E {{p:张}}
20-24  | Master               | {{p:JO Song-dok}}, {{p:PAK Chol}}                | C/E {{p:张}}
Night jigging (all hands when lights on): deck boss {{p:小何}}
Signed: {{p:宋}} (bosun)

Hangul written beside the Korean names on the original: {{r:리경남}}, {{p:조성덕}}, {{p:박철}}, {{p:라운식}}, {{p:김광선}}.

Note from interview with {{r:Kyong-nam}} (W-0530): the Korean crew's "leader", {{p:Kim Kwang-son}}, kept the passports of the five Koreans and reported on them to the company's man in {{u:Dalian}}. {{p:Budi}} and {{p:Agus}} were from {{u:Tegal}}; {{p:Agus}} gave {{r:Ri}} his old phone when the boat came into {{u:Busan}} for repairs.""",
    },
    {
        "id": "h48-en-15",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Tae Yong-bom", "태영범", "witness", ["Yong-bom"]),
        ],
        "note": "Out-of-office auto-replies pasted from a mailing; senders with names and name-spelling local parts, role accounts unmarked, a Korean auto-reply line, a Fr. title, a sender surnamed Oh beside the interjection, the witness's own auto-reply with Hangul.",
        "text": """Auto-replies to the mailing "Invitation: closed briefing, 19 March" (sent 4 March 2024), pasted by {{p:Lucy}} for the attendance list

1. From: {{p:Anna Kovač}} <{{p:anna.kovac}}@partner-example.eu>
Automatic reply: I am out of the office until 11 March with limited access to e-mail. For urgent matters please contact my colleague {{p:Piotr}} ({{p:piotr.nowak}}@partner-example.eu).

2. From: office@seoul-example.kr
Automatic reply: Thank you for your message. Our office is closed for relocation until 8 March. 문의는 {{p:하은지}} 팀장({{p:ha.eunji}}@seoul-example.kr)에게 해 주세요.

3. From: Fr. {{p:Michael Oduya}} <{{p:m.oduya}}@parish-example.org>
Automatic reply: I am travelling in {{u:Mongolia}} until 20 March and will reply on my return. God bless.

4. From: {{p:Kim Jae-won}} <{{p:jwkim}}@law-example.kr>
자동 회신: 안녕하세요, {{p:김재원}}입니다. 3월 15일까지 해외 출장 중입니다. / I am abroad until 15 March.

5. From: {{p:Sarah Oh}} <{{p:sarah.oh}}@ngo-example.org>
Automatic reply: I am on parental leave until August. Oh, and if this is about Mr {{r:Tae}}'s case, please write to casework@ngo-example.org instead of me.

6. From: legal@firm-example.com
Automatic reply: Mr {{p:Dmitri Sokolov}} no longer works at this firm. Your message has been forwarded to Ms {{p:Elena Markova}}.

7. From: {{r:Tae Yong-bom}} <{{r:yongbom.tae}}@mail-example.com>
Automatic reply: I am at work until 7 pm and cannot read e-mail at work. I will answer in the evening. - {{r:태영범}} ({{r:Yong-bom}})

Attendance list updated: {{p:Kovač}} no, {{p:Oduya}} no, {{p:Oh}} no, {{r:Tae}} yes (evening only). - {{p:L.}}""",
    },
    {
        "id": "h48-en-16",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Sol-mi", "김솔미", "witness", ["Sol-mi"]),
            ("Jin Ok-hwa", "진옥화", "witness", ["Ok-hwa"]),
        ],
        "note": "Amicus brief excerpt in a US damages case over seafood processing in China; plaintiffs given-name-first in the caption and by surname in 'Decl.' citations, supervisor Mr Yun, expert with Dr, UN bodies and a real Special Rapporteur mentioned neutrally, counsel's /s/ signature; invented company unmarked.",
        "text": """No. 23-cv-01187
IN THE {{u:UNITED STATES DISTRICT COURT FOR THE DISTRICT OF COLUMBIA}}

{{r:SOL-MI KIM}} and {{r:OK-HWA JIN}},
Plaintiffs,
v.
HAEBIT MARINE PRODUCTS CO., LTD., et al.,
Defendants.

BRIEF OF AMICI CURIAE HUMAN RIGHTS ORGANISATIONS IN OPPOSITION TO DEFENDANTS' MOTION TO DISMISS

STATEMENT
Plaintiffs {{r:Kim}} and {{r:Jin}} were sent from {{u:North Korea}} in 2017 to a seafood processing plant in {{u:Liaoning}} province, {{u:China}}, which supplied Defendants. {{r:Kim}} Decl. ¶¶ 4-9; {{r:Jin}} Decl. ¶¶ 3-8. Their passports were taken on arrival by a supervisor whom both Plaintiffs identify as Mr. {{p:Yun}}. {{r:Kim}} Decl. ¶ 11. As Ms. {{r:Kim}} puts it, "{{p:Yun}} said that if we complained, our parents would pay for it." Id. ¶ 12. Ms. {{r:Jin}} adds that a Chinese shift leader, {{p:Sun Lihua}}, locked the workers in during inspections. {{r:Jin}} Decl. ¶ 14.

The practice is not new. The {{u:Panel of Experts}} established pursuant to resolution 1874 reported to the {{u:Security Council}} on North Korean workers in Chinese seafood plants, and the {{u:Special Rapporteur on the situation of human rights in the Democratic People's Republic of Korea}}, {{u:Elizabeth Salmón}}, has described overseas labour as a source of revenue for the State. See also Decl. of Dr. {{p:Soo-ah Hwang}} ¶¶ 20-31 (economics of the "plan" system).

ARGUMENT
I. Plaintiffs plausibly allege that Defendants knew or should have known of forced labour in their supply chain.
Defendants' own audit, attached to the {{r:Jin}} Declaration as Exhibit C, records that the auditor, a Mr. {{p:Tan}}, "could not interview workers due to language". That is a red flag, not a defence. {{r:Sol-mi}} and {{r:Ok-hwa}} worked fourteen-hour days for two years for wages they never received.

Respectfully submitted,
/s/ {{p:Rebecca L. Torres}}
{{p:Rebecca L. Torres}}
Counsel of Record for Amici Curiae""",
    },
    {
        "id": "h48-en-17",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Chu Song-hak", "주성학", "witness", ["Song-hak"]),
        ],
        "note": "Visitors' group booking requests for an immigration removal centre, exported as a table; detainee in capitals without hyphen, visitors by first name, a Korean-speaking volunteer, surname Ha beside the laugh 'ha', an Eritrean detainee, home office reference numbers; mixed line endings.",
        "text": """VISIT BOOKING REQUESTS - shared form export, week 12, {{u:Harmondsworth IRC}}

# | Submitted  | Visitor(s)                    | Detainee                       | Preferred slot | Language  | Status
1 | 18/03 09:12 | {{p:Margaret Ellis}}            | {{r:CHU Song Hak}} (HO ref. C1234567) | Tue 14:00      | Korean    | needs interpreter
2 | 18/03 11:40 | {{p:Sam}} + {{p:Eunbi}}                | {{r:CHU Song Hak}}                  | Thu 14:00      | Korean    | confirmed
3 | 18/03 12:05 | {{p:Ruth Adeyemi}}              | {{p:Yonas}} (HO ref. T7654321)      | Wed 10:00      | Tigrinya  | confirmed
4 | 19/03 08:30 | {{p:Ha Jin-woo}}                | Mr {{r:Chu}}                        | Sat 14:00      | Korean    | pending

Notes
- {{p:Eunbi}} can interpret, so request 1 can merge into request 2. {{p:Margaret}} is fine with that.
- From {{p:Ha}} (request 4): "Mr {{r:Chu}} laughed, ha, when I asked whether the food was like home. He asked for a Korean Bible and for news of {{p:Kang}}, a man who came with him from {{u:Russia}}. He has no lawyer yet; {{p:Ruth}} gave him the number of {{u:Bail for Immigration Detainees}}."
- {{r:Song-hak}} has asked that nobody photograph him during visits.

Form owner: {{p:S. Okoro}}""",
    },
    {
        "id": "h48-en-18",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ok Chol-man", "옥철만", "witness", ["Chol-man"]),
        ],
        "note": "Readout of an NGO meeting at a South Korean embassy in Moscow; fictional counsellor and secretary are private, witness surnamed Ok beside the word OK, Russian lawyer with first name and patronymic, the UN refugee agency and ministries public.",
        "text": """READOUT - meeting at the {{u:Embassy of the Republic of Korea}}, {{u:Moscow}}
Date: 11 October 2023, 15:00-16:00
Embassy: Counsellor {{p:Bae Jun-ho}} (political section), First Secretary {{p:Lim Soo-jin}} (consular)
Our side: {{p:Ines Moreau}}, {{p:Alex Kang}}
Readout by: {{p:I.M.}}

1. Case of Mr {{r:Ok Chol-man}}
We explained that Mr {{r:Ok}}, a former construction worker from a site in {{u:Moscow Oblast}}, has temporary asylum in {{u:Russia}} which expires in March and wishes to go to {{u:South Korea}}. Counsellor {{p:Bae}} said the embassy "is aware of the case" and would not discuss details. First Secretary {{p:Lim}} asked whether Mr {{r:Ok}} holds any identity document; we said he holds only the Russian certificate. {{p:Bae}} said that was OK and that the procedure is the usual one.

2. {{u:UNHCR}}
We informed the embassy that {{u:UNHCR}} in {{u:Moscow}} has been in contact with {{r:Chol-man}}'s lawyer, {{p:Natalia Sergeyevna}} (surname withheld at her request). {{p:Lim}} noted that the {{u:Ministry of Foreign Affairs}} in {{u:Seoul}} needs a written request from him.

3. Next steps
- {{p:Alex}} to help Mr {{r:Ok}} draft the written request in Korean.
- {{p:Ines}} to send {{p:Lim Soo-jin}} a note verbale-style summary by 18 October.
- OK from {{r:Ok}} needed before anything is shared with {{u:UNHCR}}.""",
    },
    {
        "id": "h48-en-19",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pak Tong-il", "박동일", "witness", ["Tong-il"]),
        ],
        "note": "Port chaplain's ship-visit report in Port Klang; crew list printed in fullwidth capitals with an ideographic space, Filipino and Myanmar crew by first name, master addressed as Captain, a co-worker first by given name in quotes, seafarers' charities public, invented vessel unmarked.",
        "text": """SHIP VISIT REPORT - {{u:The Mission to Seafarers}}, {{u:Port Klang}}
Vessel: GOLDEN PINE (general cargo, flag {{u:Togo}}) | Berth: {{u:Westports}} 14 | Date: 27 June 2019
Visitor: Revd {{p:Daniel Tan}}, with volunteer {{p:Grace}}

Crew list shown by the master (printed in the ship's office):
  1  MASTER    {{p:ＬＩ　ＹＯＮＧＪＵＮ}}
  2  C/O       {{p:ＷＵ　ＪＩＡＮ}}
  3  AB        {{r:ＰＡＫ　ＴＯＮＧ　ＩＬ}}
  4  AB        {{p:ＣＨＯ　ＭＹＯＮＧ　ＳＵ}}
  5  OS        {{p:ＡＵＮＧ　ＫＯ　ＫＯ}}
  6  COOK      {{p:ＲＯＮＡＬＤ　ＢＵＥＮＡＶＥＮＴＵＲＡ}}

Report
Captain {{p:Li}} received us politely but would not let the two Korean ABs come to the seafarers' centre. {{p:Ronald}}, the Filipino cook, told {{p:Grace}} in the galley that the Koreans had not been ashore for eleven months. AB {{r:Pak}} spoke a little English and asked for a SIM card; we gave him one with 10 ringgit credit. The other Korean, whom {{r:Pak}} called "{{p:Myong-su}}", stayed on deck the whole time. {{p:Aung Ko Ko}} asked for a Burmese-language Bible; {{u:Stella Maris}} will bring one tomorrow.

Follow-up (added 2022 by our partner NGO): {{r:Tong-il}} reached {{u:South Korea}} in 2021 and confirmed this visit. He said the master was Chinese-Korean and that "{{p:Myong-su}}" ({{p:Cho Myong-su}}) had asked him to stay away from the chaplain.""",
    },
    {
        "id": "h48-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kang Bo-ram", "강보람", "witness", ["보람"]),
            ("Son Yong-dok", "손영덕", "supervisor", []),
        ],
        "note": "Third-person interview summary in Korean, Hunchun seafood plant; witness's given name also an ordinary word (보람), supervisor by full name and surname with title, ethnic-Korean Chinese manager with 언니, team leader, country nouns attributive.",
        "text": """면담 요약서 (3인칭)
사건번호: W-2024-077 / 면담자: {{p:윤다인}} / 일시: 2024년 4월 22일 / 장소: {{u:서울}} 사무실

1. 인적 사항
{{r:강보람}}(1994년생, 여)은 {{u:평안북도}} {{u:신의주}} 출신으로, 2017년 9월 {{u:중국}} {{u:훈춘}}의 수산물 가공 공장에 파견되었다. 2021년 탈출하여 현재 {{u:경기도}}에 거주한다.

2. 공장 생활
{{r:보람}} 씨에 따르면 공장에는 {{u:북한}} 여성 노동자 약 180명이 있었고 기숙사는 공장 안에 있었다. 관리 책임자는 {{r:손영덕}}이었으며, 노동자들은 그를 "{{r:손}} 지도원"이라고 불렀다. {{u:중국}} 측 관리인은 조선족 {{p:김춘화}}였는데, 노동자들은 그를 "{{p:춘화}} 언니"라고 불렀고 비교적 친절했다고 한다.
하루 작업량을 채우지 못하면 주말 생활총화에서 비판을 받았고, 작업반장 {{p:리명순}}이 그 내용을 기록해 {{r:손영덕}}에게 올렸다.

3. 임금
월급은 한 번도 직접 받지 못했고, 1년에 두 번 "용돈" 명목으로 200위안씩 받았다. {{r:강보람}}은 "일하는 보람이 하나도 없었다"고 말했다.

4. 귀국 통보와 탈출
2020년 말 {{r:손}} 지도원이 전원 귀국을 통보하자, 같은 방의 {{p:최은하}}와 함께 탈출을 결심했다. {{p:은하}}는 중간에 붙잡혔고, 이후 소식은 모른다.

5. 면담자 의견
{{r:강}} 씨는 날짜와 인물에 대해 일관되게 진술하였다. 공장 이름과 위치는 위성사진으로 확인 필요. 2차 면담 시 {{p:최은하}}의 인적 사항을 추가로 확인할 것. ({{p:윤}})""",
    },
    {
        "id": "h48-ko-02",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Yong-nam", "리용남", "witness", ["용남", "이용남"]),
            ("Kim Tae-song", "김태성", "supervisor", ["태성"]),
        ],
        "note": "Korean question-and-answer transcript with one-syllable surname speaker labels; interviewer's given name 하늘 beside the ordinary word sky, 이상 as a word, supervisor with 사장 and with the affectionate suffix before 형, UAE construction sites.",
        "text": """녹취록 - 2차 면담 (2024. 3. 8.)
참석: 면담자 {{p:장하늘}}, 증언자 {{r:리용남}}(남한 표기 {{r:이용남}}), 통역 없음
(이하 "{{p:장}}" = 면담자, "{{r:리}}" = 증언자)

{{p:장}}: 오늘은 {{u:아랍에미리트}} 현장 이야기부터 하겠습니다.
{{r:리}}: 네. {{u:두바이}}가 아니고 {{u:샤르자}}였습니다. 처음 1년은 {{u:샤르자}}, 그다음은 {{u:아지만}}.
{{p:장}}: 현장 책임자는 누구였나요?
{{r:리}}: {{r:김태성}}이라고, 우리는 그냥 "{{r:김}} 사장"이라고 불렀어요.
{{p:장}}: {{r:김}} 사장은 어떤 사람이었습니까?
{{r:리}}: 나이가 저하고 비슷했어요. 처음엔 {{r:태성}}이 형, 형 하면서 지냈는데, 책임자가 되고 나서는 달라졌어요.
{{p:장}}: 하루에 몇 시간 일했는지 기억나세요?
{{r:리}}: 열네 시간, 그 이상일 때도 많았습니다. 여름엔 하늘이 노랬어요.
{{p:장}}: 같이 일한 사람 중에 지금 연락되는 분이 있나요?
{{r:리}}: {{p:허경철}}이라고 있었는데, 2019년에 먼저 들어갔어요. {{p:경철}}이가 지금 어디 있는지는 모릅니다.
{{p:장}}: 혹시 현장에 다른 나라 노동자도 있었습니까?
{{r:리}}: {{u:파키스탄}} 사람들, {{u:인도}} 사람들. {{u:인도}} 사람 중에 "{{p:라주}}"라고 우리말을 몇 마디 하는 친구가 있었어요.
{{p:장}}: 잠깐 쉬었다 할까요, {{r:용남}} 씨?
{{r:리}}: 괜찮습니다. 이상입니다, 오늘은 여기까지 하시죠.

[녹취 종료 11:52 / 녹취 정리: {{p:장하늘}}, 검수: {{p:문수빈}}]""",
    },
    {
        "id": "h48-ko-03",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Cha Hyon-ju", "차현주", "witness", ["현주"]),
        ],
        "note": "Korean phone memo with dated entries, Vladivostok restaurant; witness with 님, 씨 and 선생님, mother and Hanawon classmate, restaurant manager with one-syllable given name, Russian landlady; CRLF.",
        "text": """[전화 메모] 작성: {{p:오세린}}

2024-05-02 (목) 10:20 수신
- {{r:차현주}} 님. 어머니 {{p:박옥녀}} 씨 건강이 나빠져 다음 주 병원 동행 요청.
- {{u:하나원}} 동기 {{p:문경희}} 씨가 {{r:현주}} 씨 번호를 물어봤다고 함. 알려 줘도 되는지 확인 → 본인 동의함.

2024-05-03 (금) 15:40 발신
- {{r:현주}} 씨 부재, 음성 메시지 남김.

2024-05-06 (월) 09:05 수신
- {{r:차}} 선생님(본인이 이렇게 불러 달라고 함)이 {{u:블라디보스토크}} 식당 시절 얘기를 추가로 하고 싶다고 함.
- 식당 지배인은 {{p:리철}}, 부지배인은 여자였는데 이름은 "{{p:옥}} 동무"로만 기억.
- {{u:러시아}} 집주인 할머니 {{p:타마라}}가 가끔 빵을 갖다줬다고 함.
- 다음 면담 5/14(화) 14시 확정.

2024-05-07 (화) 11:30 발신
- {{u:국립중앙의료원}} 예약 완료 (5/10 오전). {{p:박옥녀}} 님 보호자 동행 필요 → {{p:세린}} 동행.

※ 다음 주 담당 {{p:정우}} 씨에게 인계.""",
    },
    {
        "id": "h48-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ryom Chol-jin", "렴철진", "witness", ["철진", "염철진"]),
            ("Pyo Man-sik", "표만식", "supervisor", ["여우"]),
        ],
        "note": "Korean reviewers' comments on a draft testimony, Khabarovsk logging; witness in northern (렴) and southern (염) Hangul, supervisor's nickname 여우 beside the ordinary fox, Russian names in Hangul and Cyrillic with case ending, reviewers by name and initials.",
        "text": """[검토 의견] 증언문 초안 T-131 (v2) / 증언자: {{r:렴철진}}
1차 검토: {{p:한소정}} / 2차 검토: {{p:배준서}} / 작성자: {{p:유다솜}}
2024. 6. 3.

■ 전체
- ({{p:한소정}}) 벌목장 생활 부분이 아주 구체적이라 좋습니다. 다만 인명 표기가 들쭉날쭉합니다.
- ({{p:배준서}}) 동의. 3쪽에는 "{{r:염철진}}", 7쪽에는 "{{r:렴철진}}"으로 되어 있어요. 본문은 북한식 {{r:렴철진}}으로 통일하고 각주에 남한 표기를 한 번만 밝히면 될 것 같습니다.

■ 4쪽 2문단
- ({{p:한소정}}) "{{r:표만식}} 작업반장을 다들 '{{r:여우}}'라고 불렀다" → 별명은 살리되, 바로 뒤 문장 "겨울밤에 여우 우는 소리가 들렸다"와 헷갈리지 않게 문단을 나누면 좋겠어요.
- ({{p:배준서}}) {{r:표}} 반장이 실제로 보위원과 연결돼 있었다는 부분은 {{r:철진}} 씨 본인 추측인지 확인 필요.

■ 6쪽
- ({{p:한소정}}) 러시아인 운전수 이름이 "{{p:발레라}}"와 "{{p:Валера}}" 두 가지로 나오는데, 같은 사람이죠? 녹취 원문에는 "{{p:Валеру}} 기다렸다"로 되어 있습니다.
- ({{p:유다솜}}) 네, 같은 사람입니다. 한글 "{{p:발레라}}"로 통일하겠습니다.

■ 9쪽 (가족)
- ({{p:배준서}}) 아내 {{p:안순희}} 씨와 아들 {{p:렴}}○○의 이름은 지웁시다. 아직 {{u:북한}}에 있습니다.

■ 기타
- ({{p:한소정}}) {{u:하바롭스크}} → {{u:하바롭스크 지방}}으로 표기 통일. {{u:러시아}} 측 회사 이름은 확인 안 됐으면 빼는 게 안전합니다.
- ({{p:ㅎㅅㅈ}}) 수정본은 6/10까지 부탁해요.""",
    },
    {
        "id": "h48-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Ok-sun", "김옥순", "witness", []),
            ("Pak Hyok", "박혁", "relative", ["혁", "깜장이"]),
        ],
        "note": "Long family statement in Korean by the mother of a fisherman lost on a distant-water vessel; one-syllable given name with the suffix 이 and vocative 아, childhood pet name used like a name, husband, the son's friend with 이가, Chinese captain by a 老 form of address, Korean minder, neighbour by surname and 씨.",
        "text": """가족 진술서 (어머니)
진술인: {{r:김옥순}}(1961년생) / 관계: 선원 {{r:박혁}}의 모친
청취: {{p:조윤서}}, 2023년 11월 7일, {{u:인천}}

우리 아들 {{r:혁}}이는 1988년에 {{u:함경북도}} {{u:김책}}에서 났습니다. 어릴 때 바닷가에서 하도 놀아서 새까맣다고 동네에서 "{{r:깜장이}}"라고 불렀어요. 저도 집에서는 {{r:깜장이}}라고 불렀습니다. 아버지 {{p:박만식}}은 수산사업소에서 배를 탔고, {{r:혁}}이도 군대 갔다 와서 같은 사업소에 들어갔습니다.

2016년 봄에 사업소에서 외국 배를 탈 사람을 뽑는다고 했습니다. {{u:중국}} 배를 타고 먼바다에 나가서 오징어를 잡는데, 3년이면 집 한 채 값을 번다고 했어요. 저는 말렸습니다. 그런데 {{r:혁}}이 친구 {{p:오광명}}이가 먼저 간다고 하니까 {{r:혁}}이도 따라간다고 했어요.

떠나는 날 아침에 제가 "{{r:혁}}아, 춥게 다니지 말고 밥 꼭 챙겨 먹어라" 했더니 웃으면서 "엄마, 나 {{r:깜장이}}야. 바다는 내 집이야" 그랬습니다. 그게 마지막으로 본 얼굴이었습니다.

처음 1년은 편지가 세 번 왔어요. 배 이름은 안 쓰고, 선장이 {{u:중국}} 사람인데 "{{p:老孙}}"이라고 부른다, 밥은 먹을 만하다, {{p:광명}}이도 잘 있다, 그런 얘기였어요. 두 번째 편지에는 {{u:조선}} 사람 책임자가 {{p:리봉수}}라는 사람인데 깐깐하다고 쓰여 있었습니다.

2017년 겨울에 사업소 사람이 와서, 배에서 사고가 나서 {{r:박혁}}이 바다에 빠졌고 찾지 못했다고 했습니다. 시신도 없고, 유품도 없었습니다. 보상금이라고 {{u:중국}} 돈 2천 위안을 주고 갔어요. 남편은 그해를 못 넘기고 세상을 떠났습니다.

2018년에 {{p:광명}}이가 돌아와서 몰래 저를 찾아왔어요. 그 애 말로는 {{r:혁}}이가 밤에 갑판에서 일하다가 파도에 쓸려 갔는데, 선장이 배를 돌리지 않았다고 했습니다. 그물 올리는 중이라 못 돌린다고, {{p:리봉수}}도 아무 말 못 했다고요. {{p:광명}}이는 울면서 이 얘기를 누구한테도 하지 말라고 했습니다.

저는 2020년에 딸을 따라 {{u:중국}}으로 넘어왔고 2022년에 {{u:한국}}에 왔습니다. 이웃에 살던 {{p:홍}} 씨 아주머니가 많이 도와줬는데, 그분 이름을 여기 다 쓰면 안 됩니다.

제가 알고 싶은 것은 배 이름, 선장 이름, 그리고 우리 {{r:혁}}이가 정말 어떻게 됐는지입니다. {{r:깜장이}}를 바다에 두고 왔다는 게 지금도 믿기지 않습니다.

청취자 메모({{p:조윤서}}): {{r:김옥순}} 님은 진술 내내 아들을 "{{r:혁}}이" 또는 "{{r:깜장이}}"라고 불렀음. "{{p:老孙}}"은 선장을 부르던 호칭으로, 진술인은 본명을 모름. {{p:오광명}}의 현재 소재는 불명.""",
    },
    {
        "id": "h48-ko-06",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Ji Kyong-ae", "지경애", "witness", ["경애"]),
            ("Paek Nam-il", "백남일", "witness", ["남일"]),
        ],
        "note": "Korean case meeting minutes with an action table; staff with titles 팀장/간사 outside, chair's name beginning like the word 이하 beside 이하 and 이상 as words, witnesses by full name, given name and surname with 씨, a Mongolian interpreter; mixed line endings.",
        "text": """사례회의 회의록
일시: 2024년 7월 4일(목) 10:00~11:30 / 장소: 3층 회의실
참석: {{p:이하람}} 팀장(사회), {{p:정민채}} 간사, {{p:신예준}} 간사(기록), {{p:Mark}} (자원활동가)
불참: {{p:권소율}} 변호사

1. 지난 회의록 확인 - 이하 생략.

2. W-0341 {{r:지경애}} ({{u:몽골}} 봉제공장, 2015~2018)
- {{p:정민채}} 간사: 2차 면담 완료. {{r:경애}} 씨가 공장 관리인 "{{p:차}} 부장"의 이름을 {{p:차명호}}로 기억해 냄.
- 몽골어 통역은 {{p:어트건}} 씨가 맡았는데, {{r:지}} 씨가 편하게 느껴 다음에도 같은 통역 요청.
- {{p:이하람}} 팀장: {{u:울란바토르}} 공장 위치는 {{p:Mark}} 씨가 위성사진으로 확인하기로.

3. W-0347 {{r:백남일}} ({{u:쿠웨이트}} 건설, 2016~2019)
- {{r:남일}} 씨가 연락을 끊고 싶다는 의사를 밝힘(7/1 전화). 동의 철회 절차 안내 필요.
- {{p:신예준}} 간사: {{r:백}} 씨가 말한 동료 "{{p:정일}}이"는 W-0288 사건의 {{p:허정일}}과 동일인일 가능성.

4. 기타
- {{p:권소율}} 변호사 의견서는 다음 주 수령 예정.

■ 조치 사항
| 번호 | 내용 | 담당 | 기한 |
| 1 | {{r:지경애}} 3차 면담 일정 | {{p:정민채}} | 7/12 |
| 2 | 공장 위치 확인 | {{p:Mark}} | 7/10 |
| 3 | {{r:백남일}} 동의 철회 안내 | {{p:이하람}} | 7/8 |
| 4 | {{p:허정일}} 동일인 여부 확인 | {{p:신예준}} | 7/15 |

이상.
기록: {{p:신예준}}""",
    },
    {
        "id": "h48-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jong Mi-ran", "정미란", "witness", ["미란", "Mi-ran"]),
        ],
        "note": "KakaoTalk chat export between a caseworker and a witness; display names with emoji, a zero-width character inside the witness's name, given names with 씨/언니/님, a former roommate from a Malaysian restaurant, the Chinese restaurant owner by a 哥 form of address, 정 as an ordinary word (affection) beside the surname.",
        "text": """{{u:카카오톡}} 대화 - {{r:미란}}💐 님과 {{u:카카오톡}} 대화
저장한 날짜 : 2024-02-19 21:40

--------------- 2024년 2월 19일 월요일 ---------------
[{{p:선영}} 간사] [오후 7:02] {{r:미란}} 씨 오늘 면담 고생 많으셨어요 🙏
[{{r:미란}}💐] [오후 7:05] 아니에요 선생님 오히려 감사해요
[{{r:미란}}💐] [오후 7:06] 아까 말한 {{u:쿠알라룸푸르}} 식당 같이 있던 언니 이름 생각났어요
[{{r:미란}}💐] [오후 7:06] {{p:추은경}} 언니요. {{p:은경}}이 언니는 노래를 제일 잘했어요
[{{p:선영}} 간사] [오후 7:08] 아 감사해요! {{p:추은경}} 씨, 기록해 둘게요
[{{r:미란}}💐] [오후 7:09] 네 맞아요ㅎㅎ 그리고 식당 사장은 {{u:중국}} 사람인데 다들 {{p:林哥}}라고 불렀어요
[{{p:선영}} 간사] [오후 7:10] 그분 본명은 모르시죠?
[{{r:미란}}💐] [오후 7:11] 몰라요 ㅠ 지배인 동지가 {{p:변}} 동지였는데 그 사람은 {{p:변학철}}
[{{p:선영}} 간사] [오후 7:12] 네 ㅎㅎ 정 많이 드셨던 분들도 있으시죠
[{{r:미란}}💐] [오후 7:14] 네... 정은 들었죠. 근데 무서웠어요
[{{p:선영}} 간사] [오후 7:15] 서류에는 "{{r:정\u200b미란}}"으로 적혀 있어서 수정해 둘게요. 복사하다가 이상한 문자가 들어갔네요
[{{r:미란}}💐] [오후 7:16] 네 ㅎㅎ {{r:Mi-ran}} 으로도 써도 돼요 영어는
[{{p:선영}} 간사] [오후 7:16] 👍
[{{p:선영}} 간사] [오후 7:20] 다음 면담은 {{p:하윤}} 선생님이 같이 들어오실 거예요""",
    },
    {
        "id": "h48-ko-08",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Sin Kwang-min", "신광민", "witness", ["광민", "Shin Kwang-min"]),
            ("Chon Tok-su", "천덕수", "supervisor", []),
        ],
        "note": "Korean internal memo on file security after a near-leak; witness in Hangul and in romanization with an underscore inside file names, given name and surname with 씨, supervisor by full name and by surname with 책임자, staff with titles, a journalist with 기자, Russian city and the consulate general public.",
        "text": """내부 메모
수신: 사무국 전원 / 발신: {{p:홍세아}} 사무국장 / 2024. 8. 12.
제목: 증언 파일 관리 주의 (W-0355 관련)

1. 지난주 외부 공유 폴더에 "W0355_{{r:신광민}}_녹취.hwp", "W0355_{{r:Shin_Kwang-min}}_EN.docx" 두 파일이 이름이 노출된 채 올라가 있었습니다. {{p:윤찬}} 간사가 발견하여 즉시 삭제했습니다.

2. 해당 증언자({{r:광민}} 씨)는 {{u:블라디보스토크}}에서 {{u:한국}}으로 온 지 1년이 안 되었고, 당시 현장 책임자 {{r:천덕수}}가 아직 {{u:러시아}}에 있는 것으로 알려져 있습니다. {{r:천}} 책임자 측에 이름이 알려지면 가족이 위험해질 수 있습니다.

3. 앞으로 파일 이름에는 사건 번호만 씁니다. 예: W0355_녹취.hwp. 이름이 필요하면 내부 대장에서 확인하십시오.

4. {{p:김도원}} 기자(일간지)가 지난달 {{r:신}} 씨 인터뷰를 요청했습니다. 본인 동의 없이는 어떤 정보도 주지 않습니다. 기자 문의는 모두 {{p:홍세아}}에게 넘겨 주세요.

5. 유출이 의심되면 즉시 {{p:윤찬}} 간사 또는 저에게 신고하십시오. {{u:주블라디보스토크 대한민국 총영사관}} 연락처는 비상연락망에 있습니다.

{{p:홍세아}} 드림""",
    },
    {
        "id": "h48-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yun Kum-byol", "윤금별", "witness", ["금별"]),
        ],
        "note": "Transcribed tailor's measurement book from Dandong (dresses for restaurant waitresses); names in a table, given names only, a descriptive tag in brackets, the manager by surname with 지배인, a Chinese form of address for the tailor, the witness's annotations.",
        "text": """[자료 전사] {{u:단둥}} 양복점 치수 장부 (2018년, 4쪽 분량 중 2~3쪽)
제공: 증언자 {{r:윤금별}} / 전사: {{p:남궁혜인}} / 2024. 1. 30.
※ 장부는 조선족 재단사 {{p:老金}}({{p:김봉학}})이 쓴 것. 식당 접대원들의 조선옷 치수.

2쪽 - 2018년 3월 12일 주문 (식당 측 {{p:황}} 지배인 결제)
| 이름 | 키 | 가슴 | 허리 | 치마 길이 | 색 | 비고 |
| {{r:금별}} | 163 | 82 | 62 | 112 | 분홍 | |
| {{p:미향}} (키 큰 애) | 170 | 84 | 64 | 118 | 분홍 | 소매 길게 |
| {{p:설경}} | 158 | 80 | 60 | 108 | 하늘 | |
| {{p:조은실}} | 160 | 86 | 66 | 110 | 하늘 | 가을에 다시 |
| {{p:림}} | 165 | 81 | 61 | 114 | 노랑 | 이름 모름, 성만 |

3쪽 - 2018년 9월 3일 주문
| {{r:윤금별}} | 163 | 80 | 60 | 112 | 흰색 | 공연용 |
| {{p:조은실}} | 160 | 84 | 64 | 110 | 흰색 | 공연용 |
| {{p:하정심}} (새로 옴) | 156 | 78 | 58 | 106 | 흰색 | 공연용 |
합계 6벌 / 선금 3000元 / {{p:황}} 지배인 서명: {{p:황명길}}

전사자 메모: {{r:금별}} 씨에 따르면 "{{p:미향}}"은 {{p:리미향}}, "{{p:설경}}"은 {{p:허설경}}이며, "{{p:림}}"으로만 적힌 사람은 두 달 만에 귀국했다고 함. {{p:老金}}은 식당 사람들에게 친절했고, 치수 잴 때 {{p:황}} 지배인이 늘 옆에 서 있었다고 함.""",
    },
    {
        "id": "h48-ko-10",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Mun Song-jin", "문성진", "witness", ["성진"]),
            ("Ho Chang-dok", "허창덕", "supervisor", []),
        ],
        "note": "Korean psychological assessment scoring summary; client surname 문 beside the ordinary word 문 (door), 이상 as a clinical word, scale scores, the perpetrator as remembered, clinician and supervisor with titles, initials in the header.",
        "text": """심리평가 결과 요약지 (내부용)
내담자: {{r:문성진}} ({{r:M.S.J.}}) / 남, 1983년생 / 의뢰: 사례관리팀
평가자: {{p:여지안}} 임상심리사 / 수퍼비전: {{p:탁윤희}} 정신건강의학과 전문의
평가일: 2024. 4. 16., 4. 23.

1. 실시 검사
PCL-5, PHQ-9, GAD-7, 반구조화 면담

2. 결과
- PCL-5 총점 52 (임상적 절단점 33 이상)
- PHQ-9 총점 17 (중등도~중증 우울)
- GAD-7 총점 14 (중등도 불안)

3. 면담 소견
{{r:문성진}} 님은 {{u:러시아}} {{u:연해주}} 건설 현장에서 일하던 2017년 겨울, 작업반장 {{r:허창덕}}이 숙소 문을 밖에서 잠그고 난방을 끊은 일을 가장 고통스러운 기억으로 꼽았다. 문이 닫히는 소리에 지금도 깜짝 놀라며, 밤에는 방문을 조금 열어 두어야 잠이 든다고 한다. {{r:허}} 반장의 목소리를 닮은 남성 목소리를 들으면 심장이 빨리 뛴다고 보고하였다.
같은 방에 있던 동료 {{p:함용수}}가 그날 동상을 입었고, 이후 {{p:용수}}의 소식은 모른다고 한다.
{{r:성진}} 님은 면담 중 여러 번 "내가 이상한 거냐"고 물었다. 지각 이상이나 사고 장애는 관찰되지 않았다.

4. 권고
- 트라우마 초점 인지행동치료 12회기 권고.
- 증언 녹취 일정은 치료 6회기 이후로 조정 권고({{p:탁윤희}} 전문의 의견).
- 문 잠금 관련 단서에 대한 노출은 치료자와 상의 후 진행.

평가자 {{p:여지안}} (서명)""",
    },
    {
        "id": "h48-ko-11",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Sol-hwa", "리설화", "witness", ["설화"]),
        ],
        "note": "Korean stage programme of a restaurant show (transcribed from a printed card kept by a former waitress); performer's given name 설화 beside the ordinary word (legend), host with 사회, performers by full and given names, song titles unmarked, an invented restaurant, a later note in brackets.",
        "text": """[자료 전사] 식당 공연 순서지 (증언자 {{r:리설화}} 제공, 2019년 {{u:베트남}} {{u:하노이}})

옥류향 식당 저녁 공연 - 손님 여러분 반갑습니다!
사회: {{p:방은비}}

1. 합창 「반갑습니다」 - 접대원 전원
2. 독창 「휘파람」 - {{r:설화}}
3. 가야금 병창 「도라지」 - {{p:류향}}, {{p:김소라}}
4. 무용 「선녀춤」 - 설화 속 선녀 이야기 / 출연 {{p:지은혜}} 외 3명
5. 전자악기 연주 「아리랑」 - {{p:한은정}} (신디사이저), {{p:김소라}} (드럼)
6. 중창 「다시 만납시다」 - {{r:리설화}}, {{p:방은비}}, {{p:류향}}

※ 외국어 노래 신청은 접대원에게 말씀하십시오.

[전사자 주석, {{p:감나연}}] 증언자에 따르면 순서지는 매주 바뀌었고, 2번 독창은 원래 {{p:은혜}}의 순서였으나 지배인 {{p:길}} 동지가 {{r:설화}} 씨로 바꿨다고 함. "{{p:류향}}"은 예명이고 본명은 {{p:류정향}}.""",
    },
    {
        "id": "h48-ko-12",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("To Yong-chol", "도영철", "witness", ["영철"]),
        ],
        "note": "Korean apartment noise-complaint file (management office log and a neighbour's note) concerning a resettled former worker; surname 도 beside the particle 도, the neighbour's note with 씨 and 아저씨, management office chief with 소장, the NGO caseworker's reply; CRLF.",
        "text": """[관리사무소 민원 처리 대장 사본 + 이웃 쪽지] ※ 증언자가 상담 중 제공

민원 접수: 2024. 3. 5. / 접수자: 관리사무소 {{p:염태식}} 소장
민원인: 803호 {{p:유정란}}
대상: 903호 ({{r:도영철}})
내용: 밤 11시 이후 쿵쿵거리는 소리, 운동기구 소리로 추정. 두 번째 민원.
처리: 3. 6. {{p:염}} 소장이 903호 방문, {{r:도영철}} 씨 부재. 안내문 부착.
추가: 3. 8. {{r:도}} 씨가 관리사무소에 직접 찾아옴. 본인은 야간 근무를 해서 밤에는 집에 없다고 설명. 소음은 1003호일 가능성. 저도 확인해 보겠다고 함 → {{p:염태식}} 메모.

이웃 쪽지 (803호 → 903호 문에 붙어 있던 것)
"903호 {{r:도영철}} 씨께. 밤마다 너무 시끄럽습니다. 저희 집에도 수험생이 있어요. {{u:북한}}에서 오신 분이라고 들었는데, 여기서는 밤에 조용히 하셔야 합니다. - 803호"

상담 기록 (2024. 3. 11., {{p:금하윤}})
{{r:영철}} 씨는 쪽지 내용 중 "{{u:북한}}에서 오신 분"이라는 부분 때문에 많이 위축되었다고 함. 누가 자기 출신을 알렸는지 걱정함. 관리사무소에는 {{r:도}} 씨 동의를 받아 {{p:금하윤}}이 전화로 사정을 설명했고, {{p:염}} 소장도 1003호 확인 후 "903호 아저씨 잘못이 아닌 것 같다"고 답함.
다음 상담에서 이웃 관계, 주거 이전 희망 여부를 다시 확인할 것.""",
    },
    {
        "id": "h48-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kye Chung-hyok", "계충혁", "witness", ["충혁"]),
        ],
        "note": "Wedding congratulatory speech by a former co-worker from a Russian site, kept in the witness's file; groom by given name with 이 and vocative 아, bride's given name 보라 beside the ordinary word, speaker's self-introduction, an old brigade nickname with vocative 야, a 형 after given and full names, the officiant with 목사님.",
        "text": """[결혼식 축사 원고] 신랑 {{r:계충혁}} · 신부 {{p:한보라}} / 2023년 10월 21일 / 축사: {{p:심재훈}}
※ 증언자 {{r:계충혁}} 씨 본인이 기록 보관을 원하여 파일에 첨부함.

안녕하십니까. 신랑 {{r:충혁}}이와 {{u:러시아}} {{u:상트페테르부르크}} 건설 현장에서 3년을 한방에서 지낸 {{p:심재훈}}입니다.

처음 {{r:충혁}}이를 만났을 때 이 친구는 스물세 살, 현장에서 제일 어렸습니다. 몸이 날래서 다들 "{{r:다람쥐}}"라고 불렀지요. 반장님이 "{{r:다람쥐}}야, 벽돌!" 하면 제일 먼저 뛰어가던 친구입니다. 눈이 허리까지 오던 겨울에도 {{r:충혁}}이는 불평 한마디 없었습니다.

그런 {{r:충혁}}이가 {{u:한국}}에 와서 신부 {{p:보라}} 씨를 만났습니다. 오늘 신부가 입은 드레스는 보라색이 아니라 하얀색이네요. 보라, 얼마나 예쁩니까! {{p:보라}} 씨, 우리 {{r:충혁}}이 잘 부탁드립니다.

{{r:충혁}}아, 우리가 그 추운 데서 "언젠가는 따뜻한 집에서 살자" 했던 거 기억나지? 오늘 드디어 그 집이 생겼다. 그리고 오늘 이 자리에 못 온 {{p:명호}} 형, {{p:김명호}} 형도 마음으로 함께하고 있을 거다.

두 사람의 앞날을 축복해 주신 {{p:오경민}} 목사님께도 감사드립니다. 감사합니다.""",
    },
    {
        "id": "h48-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Hyon Kwang-jin", "현광진", "witness", ["Kwang-jin", "Hyun Kwang-jin", "광진"]),
            ("Jo Kil-nam", "조길남", "supervisor", ["Cho Kil-nam"]),
        ],
        "note": "Long interview summary in English with Korean and Russian quotations, Amur Oblast logging; Russian names with case endings (Кузнецовым, Кузнецова, Киму, Кима, Хёну), Russian diminutive, witness in three forms, supervisor in two romanizations and in Hangul with 반장, a co-worker surnamed Kim in Korean and Russian.",
        "text": """INTERVIEW SUMMARY - W-2024-089 (logging, {{u:Amur Oblast}}, 2011-2018)
Interviewee: {{r:HYON Kwang-jin}} ({{r:현광진}}), South Korean spelling {{r:Hyun Kwang-jin}}
Interviewer: {{p:Aleksandra Nowak}}; Korean-English interpretation {{p:Yoo Seung-ah}}; Russian documents read by {{p:Nowak}}

1. Recruitment
{{r:Hyon}} was a tractor driver on a cooperative farm near {{u:Kaechon}}. In 2011 a team from the ministry chose 40 men for "{{u:소련}} 벌목" (the old term; he means {{u:Russia}}). He says: "누구나 가고 싶어 했어요. 돈을 번다니까."

2. The camp
The camp lay about 60 km from {{u:Tynda}} on a logging road. The Korean brigade leader was {{r:Jo Kil-nam}} ({{r:조길남}}); {{r:Kwang-jin}} calls him "{{r:조}} 반장" throughout. Documents from the Russian side spell him {{r:Cho Kil-nam}}. The Russian forest master was {{p:Иван Петрович Кузнецов}}; a 2016 work order in the witness's possession reads "наряд выдан мастером {{p:Кузнецовым}} И.П." and, further down, "по распоряжению {{p:Кузнецова}}". The men called him "{{p:Петрович}}".

3. Quotas and pay
The daily norm was 12 cubic metres per pair. {{r:Hyon}} worked in a pair with {{p:Kim Song-hwan}} ({{p:김성환}}). The Russians called {{p:Kim}} "{{p:Саша}}", because they could not say his name; a receipt reads "выдано {{p:Киму}} С." Earnings went to the company; {{r:조}} 반장 kept a notebook and paid 50 dollars a month "for cigarettes".

4. The accident (March 2015)
A falling larch crushed {{p:Kim}}'s leg. {{r:Hyon}} and a Russian driver, {{p:Толик}}, took him to hospital in {{u:Tynda}} in the logging truck. {{r:Jo}} was angry: "왜 {{u:러시아}} 병원에 데려갔어?" {{p:Толик}} told {{r:Hyon}} in broken Korean-Russian: "{{p:Кима}} надо лечить, понимаешь?" {{p:Kim Song-hwan}} was sent home in May 2015; {{r:Hyon}} has not heard of him since.

5. Leaving
In 2018 {{r:Hyon}} walked out of the camp with a bag and rode with {{p:Толик}} to the railway station. A Russian-language note from {{p:Толик}}'s wife, {{p:Людмила}}, to a contact in {{u:Vladivostok}}, still in his possession, reads: "Помогите {{r:Хёну}}, он хороший человек, работал с моим мужем." From {{u:Vladivostok}} he reached {{u:Seoul}} through the {{u:UNHCR}} office in {{u:Moscow}} in 2019.

6. Assessment
Consistent with two other Amur testimonies (W-0311, W-0176), which also name a brigade leader "{{r:조}}" at a camp near {{u:Tynda}}. {{r:광진}} 씨 asked that {{p:Толик}}'s and {{p:Людмила}}'s names never be published. ({{p:A.N.}})""",
    },
    {
        "id": "h48-mixed-02",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Chon Hye-yong", "전혜영", "witness", ["Hye-yong", "혜영", "Jeon Hye-yong"]),
            ("Ri Chun-ok", "리춘옥", "supervisor", ["춘옥"]),
        ],
        "note": "Question-and-answer transcript, Korean with Chinese quotations and English interviewer lines, Dandong garment factory; Chinese forms of address (老金, 小崔, 崔老师) and their pinyin labelled whole, Teacher as an English title, supervisor by full name and with 반장, interviewer labels by surname, 小 as an ordinary word nearby; CRLF.",
        "text": """녹취록 / TRANSCRIPT - W-0366, session 2 (2024-02-27)
면담 Interviewer: {{p:Rebecca Cho}} ({{p:CHO}}) / 증언 Witness: {{r:전혜영}} ({{r:JEON}}) / 통역 Interpreter: {{p:탁민아}} ({{p:TAK}})

{{p:CHO}}: Let's go back to the factory in {{u:Dandong}}. Who ran the floor?
{{p:TAK}}: 공장 현장은 누가 관리했어요?
{{r:JEON}}: 우리 쪽은 {{r:리춘옥}} 반장이었고, {{u:중국}} 쪽은 사장 {{p:老金}}이에요. 조선족이요.
{{p:TAK}}: On the Korean side the team leader {{r:Ri Chun-ok}}; on the Chinese side the boss, "{{p:Lao Jin}}", an ethnic Korean.
{{p:CHO}}: How did {{p:Lao Jin}} speak to you?
{{r:JEON}}: 우리말로 했어요. 근데 {{u:중국}} 직원들한테는 중국말로, "{{p:小崔}}, 快点儿!" 이렇게.
{{p:TAK}}: In Korean. To the Chinese staff he spoke Chinese, like "{{p:Xiao Cui}}, hurry up!"
{{p:CHO}}: Who was {{p:Xiao Cui}}?
{{r:JEON}}: 검사원 아가씨요. 이름은 {{p:崔丽娜}}. 우리한테 잘해 줬어요. {{p:崔老师}}라고 부르는 사람도 있었는데, 그건 {{p:小崔}} 아버지예요. 재봉 기술 가르치는 분.
{{p:TAK}}: The quality inspector, a young woman, {{p:Cui Lina}}. She was kind to them. There was also a "Teacher {{p:Cui}}", her father, who taught sewing technique.
{{p:CHO}}: And {{r:Chun-ok}}? Was she strict?
{{r:JEON}}: {{r:춘옥}} 반장은... 소리는 안 질렀어요. 대신 총화 때 이름을 불렀어요. "{{r:전혜영}} 동무, 오늘 몇 장 했어?" 이렇게.
{{p:TAK}}: She didn't shout, but at the review sessions she would call your name: "Comrade {{r:Jeon Hye-yong}}, how many pieces today?"
{{p:CHO}}: Thank you, {{r:Hye-yong}}. One more: the Chinese workers' dormitory sign said what?
{{r:JEON}}: "女工宿舍". 작은 글씨로 "小心火灾"도 있었어요.
{{p:TAK}}: "Women workers' dormitory", and in small letters "beware of fire".

[end of extract]""",
    },
    {
        "id": "h48-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pak Chol-su", "박철수", "witness", ["Chol-su", "朴哲洙"]),
            ("Pak Yong-ja", "박영자", "relative", ["朴英子", "Yoshiko", "新井 良子"]),
        ],
        "note": "E-mail thread in Japanese, Korean and English with a Japanese partner NGO; witness in Hangul, kanji and fullwidth capitals with さん, grandmother who went from Japan in the repatriation, her Japanese name, Japanese staff with 様 and さん outside, names in signatures and local parts.",
        "text": """From: {{p:山田 恵子}} <{{p:k.yamada}}@kikoku-example.jp>
To: {{p:Jiwon Seo}} <{{p:jiwon}}@nkwatch-example.org>
Date: 2024年5月20日 10:14
Subject: Re: {{r:朴哲洙}}さんの祖母について / {{r:박철수}} 씨 할머니 건

{{p:徐}}様

お世話になっております。{{p:山田}}です。
{{r:ＰＡＫ}}さん（{{r:朴哲洙}}さん）の祖母、{{r:朴英子}}さんについて、帰国事業の名簿を確認しました。1961年に{{u:新潟}}から出航した記録があり、日本名は「{{r:新井 良子}}」でした。
ご本人が希望されれば、{{u:大阪}}に住むいとこの{{p:新井 和夫}}さんにも連絡できます。

よろしくお願いいたします。
{{p:山田 恵子}}（{{p:Keiko Yamada}}）

> On 2024-05-17, {{p:Jiwon Seo}} wrote:
> {{p:Yamada}}-san,
> 안녕하세요, {{p:서지원}}입니다. (English below)
> {{r:철수}} 씨가 할머니 {{r:박영자}}({{r:朴英子}}) 님 이야기를 했습니다. 1960년대 초 {{u:일본}}에서 {{u:북한}}으로 간 재일동포라고 합니다.
> {{r:Chol-su}} says his grandmother {{r:Pak Yong-ja}} went from {{u:Japan}} to {{u:North Korea}} in the early 1960s. She called herself "{{r:Yoshiko}}" at home. He worked in {{u:Russia}} (2015-2019) and thinks his family's "Japanese" background is why he was watched more closely by the minder, {{p:Ri Song-gun}}.
> Could you check the repatriation records?
> Best, {{p:Jiwon}}""",
    },
    {
        "id": "h48-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Un-chol", "김은철", "witness", ["Un-chol", "Ким Ын Чхоль"]),
        ],
        "note": "Telegram group export in Russian, Korean and English between a Russian volunteer and the NGO; sender names, handles with name parts, Russian case endings on the Korean witness's name, Russian diminutives, a Korean name in Cyrillic, the surname Рим (also Rome in Russian), emoji after names.",
        "text": """{{u:Telegram}} export - group "VL help" (3 members)

{{p:Olga Vlasova}}, [12.03.2024 21:14]
Привет! Сегодня видела {{r:Кима}}. Он в порядке, но очень боится. 🙏

{{p:Seo-yeon}} (NGO), [12.03.2024 21:20]
Thank you {{p:Olga}}! 누구요? The one from the island? 😅

{{p:Olga Vlasova}}, [12.03.2024 21:22]
{{r:Ким Ын Чхоль}}, который со стройки на {{u:Русском острове}}. Я с {{r:Кимом}} говорила через {{p:Серёжу}}, он немного знает корейский.

{{p:Seo-yeon}} (NGO), [12.03.2024 21:25]
아 {{r:은철}} 씨! Got it. Is {{p:Серёжа}} the same {{p:Sergei}} who drove him last year?

{{p:Olga Vlasova}}, [12.03.2024 21:27]
Да, {{p:Сергей Ли}}. Корё-сарам, его бабушка из {{u:Ташкента}}. Он просил не писать его фамилию в чатах 😬

{{p:Seo-yeon}} (NGO), [12.03.2024 21:28]
Sorry! Deleting. 이제부터 이름은 안 쓸게요.

{{p:Min-jae}} (NGO), [12.03.2024 21:40]
@{{p:olga}}_vl could you ask {{r:Un-chol}} whether the foreman {{p:Pak}} is still on site? In January he wrote "{{p:Пака}} боюсь".

{{p:Olga Vlasova}}, [12.03.2024 21:52]
Спрошу. {{r:Ким}} говорил, что {{p:Пак}} уехал в феврале, а вместо него теперь {{p:Рим}}. 🤷‍♀️

{{p:Seo-yeon}} (NGO), [12.03.2024 21:55]
감사합니다 {{p:Olga}} 💛 {{r:Kim Un-chol}} file updated.""",
    },
    {
        "id": "h48-mixed-05",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Kang Chol-hun", "강철훈", "witness", ["Chol-hun", "철훈"]),
            ("Enkhtuya Bold", "엥흐토야 볼드", "other", ["Б.Энхтуяа", "Энхтуяа", "Tuyaa"]),
        ],
        "note": "Phone notes in Korean and English with Mongolian lines, Ulaanbaatar construction; Mongolian helper in initial-dot form, Cyrillic, Latin and short name with эгч outside, witness by full and given name with 씨, a North Korean minder, a Mongolian policeman who is private; mixed line endings.",
        "text": """전화 메모 / CALL NOTES - {{u:몽골}} 건 (W-0372)
작성: {{p:노은서}}

2024-06-10 13:05 수신 - {{r:Б.Энхтуяа}} ({{r:Enkhtuya}}), {{u:Ulaanbaatar}}
- 몽골어+영어 섞어서 통화. "Сайн байна уу, би {{r:Энхтуяа}} байна. {{r:Kang}} is okay."
- {{r:강철훈}} 씨가 어제 그녀 집에 와서 하룻밤 잤다고 함. 현장에서 나온 지 사흘째.
- 현장 관리자 {{p:길영수}}가 사람들을 보내 찾고 있다고 함. {{r:Enkhtuya}}: "Two Korean men came to the shop asking for '{{r:Kang}}'."

2024-06-10 16:40 발신
- {{r:철훈}} 씨와 직접 통화 ({{r:Tuyaa}} 전화로). 건강 괜찮음. {{u:대한민국 대사관}}에 가고 싶다고 함.
- 대사관 위치는 "{{r:Энхтуяа}} эгч"가 안다고 함 ({{r:철훈}} 씨가 그녀를 이렇게 부름).

2024-06-11 09:15 수신 - {{r:Tuyaa}}
- Police officer {{p:Ganbaatar}} ("{{p:Ганбаатар}} дарга") came to her shop, only asked questions. She said nothing.
- {{r:Chol-hun}} moved to her cousin {{p:Oyunaa}}'s ger in the 13th khoroo.

2024-06-11 11:30 - 내부 메모
- {{p:노은서}} → {{p:민규}} 팀장 보고 완료. {{r:강}} 씨 대사관 동행은 {{r:Enkhtuya}} 말고 우리 쪽 현지 협력자 {{p:Ariunaa}}가 하기로.""",
    },
    {
        "id": "h48-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Yong-dae", "김영대", "witness", ["Yong-dae"]),
            ("Pak Jong-chol", "박정철", "supervisor", []),
        ],
        "note": "Meeting minutes in English and Korean with Polish quotations from a labour inspector's letter; Polish case endings on Korean surnames (Kima, Pakiem, Paka), Polish persons with pan/pani outside, attendees by name and initials, Gdynia shipyard.",
        "text": """MINUTES / 회의록 - {{u:Poland}} working group, 21 November 2018
Present: {{p:Hye-won Jung}} (chair), {{p:Tomasz Lis}} (Polish counsel, by phone), {{p:Ji-hun Baek}}, {{p:Clara}} (intern, minutes)

1. Letter from the labour inspector
{{p:Tomasz}} read out the key passage of the reply from inspector {{p:Małgorzata Dudek}} ({{u:Gdańsk}} district office):
"W trakcie kontroli nie udało się przeprowadzić rozmowy z panem {{r:Kimem}} ani z innymi pracownikami z {{u:KRLD}}. Kierownik grupy, pan {{p:Ri}}, oświadczył, że pracownicy nie mówią po polsku. Rozmowa z panem {{r:Pakiem}} (przedstawiciel firmy) trwała 20 minut."
{{p:Hye-won}}: 즉, 감독관이 {{r:김영대}} 씨와는 면담을 못 했고, 회사 측 {{r:박정철}}하고만 20분 이야기했다는 거죠.
{{p:Ji-hun}}: {{r:Pak}} is not "the company's representative"; he is the North Korean manager. {{r:Yong-dae}} was very clear on that.

2. Next steps
- {{p:Tomasz}}: we can ask pani {{p:Dudek}} to interview pana {{r:Kima}} outside the yard, with an interpreter we choose. "Prosimy o ponowne przesłuchanie pana {{r:Kima}} bez obecności pana {{r:Paka}}."
- {{p:Ji-hun Baek}} will ask {{r:Yong-dae}} (via the {{u:Gdynia}} contact) whether he agrees.
- {{p:Clara}} to translate the inspector's letter in full.

Action owners: {{p:HWJ}}, {{p:TL}}, {{p:JHB}}, {{p:C.}}""",
    },
    {
        "id": "h48-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Sim Chol-jun", "심철준", "witness", ["Chol-jun", "철준"]),
            ("Kwak Pyong-nam", "곽병남", "supervisor", ["Kwak Byung-nam"]),
        ],
        "note": "Reviewers' comments in Korean and English on a Kuwait testimony with Arabic documents; sponsor by kunya in Arabic and Latin, Arabic names with السيد outside, the Kuwaiti sponsor company invented and unmarked, witness and supervisor in several spellings, reviewer initials.",
        "text": """[검토 의견 / REVIEW] T-140 v1 - {{r:심철준}} ({{u:쿠웨이트}}, 2015-2018)
검토: {{p:류서하}} ({{p:RSH}}), {{p:Omar Haddad}} ({{p:OH}}, Arabic documents)

p.2 ({{p:RSH}}): {{r:철준}} 씨가 말한 현장 책임자 "{{r:곽병남}}"은 영문 요약에서 "{{r:Kwak Byung-nam}}"으로 되어 있어요. 본문 영어는 {{r:Kwak Pyong-nam}}으로 통일해 주세요.

p.3 ({{p:OH}}): The sponsor in the Arabic contract is "السيد {{p:فهد سالم المطيري}}", i.e. Mr {{p:Fahad Salem Al-Mutairi}}. {{r:Chol-jun}} and the other workers called him "{{p:أبو سالم}}" ({{p:Abu Salem}}); the draft says "the old Arab man". Please use the name as in the contract, or "the sponsor".

p.3 ({{p:OH}}): The contract is signed on the Kuwaiti side by "{{p:خالد العنزي}}" as manager. In the draft he appears as "{{p:Khalid}}". Same person, I think, {{p:Khalid Al-Anzi}}.

p.5 ({{p:RSH}}): 여기서 "{{r:곽}} 소장이 여권을 가져갔다"고 했는데, 2차 면담에서는 "{{p:전}} 지도원이 가져갔다"고 했어요. {{p:전}} 지도원 = {{p:전명식}}? 확인 필요.

p.7 ({{p:OH}}): The hospital letter (Arabic) names the treating doctor as د. {{p:ريم الصباغ}} (Dr {{p:Reem Al-Sabbagh}}). Not a public figure; please remove her name.

p.8 ({{p:RSH}}): 초안의 "{{u:쿠웨이트}} 노동부"는 정확한 기관명인 "{{u:Public Authority for Manpower}}"로 바꿔 주세요.

전체 ({{p:RSH}}): {{r:심}} 씨의 진술은 구체적이고 일관됩니다. 수정 후 {{p:Omar}} 씨가 아랍어 문서 번역본을 부록으로 붙여 주세요.""",
    },
    {
        "id": "h48-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kye Sun-hwa", "계순화", "witness", ["Sun-hwa", "순화"]),
            ("Ju Tok-chol", "주덕철", "relative", ["덕철"]),
        ],
        "note": "Family account in Korean with English summary and Chinese WeChat messages from a broker; wife speaks of her husband in a Shenyang restaurant and of a broker by Chinese forms of address and a WeChat name, a nephew with a one-syllable given name, the interviewer's English summary.",
        "text": """가족 진술 / FAMILY ACCOUNT - {{r:계순화}} (husband {{r:주덕철}}, restaurant cook, {{u:Shenyang}})
청취 Interview: {{p:Emily Grant}}, 통역 {{p:황예린}}, 2024-01-12

{{r:계순화}}: 남편 {{r:덕철}} 씨는 2016년에 {{u:심양}}에 요리사로 갔어요. 식당 이름은 모르고, 남편은 편지에 "{{p:류경}} 동무네 식당"이라고만 썼어요.
Summary: Her husband {{r:Ju Tok-chol}} went to {{u:Shenyang}} as a cook in 2016; she only knows the restaurant as "comrade {{p:Ryu Kyong}}'s place".

{{r:계순화}}: 2020년에 남편 소식을 들으려고 브로커한테 돈을 줬어요. {{u:중국}} 사람인데 {{u:위챗}} 이름이 "{{p:阿强}}"이었고, 우리는 {{p:강}} 사장이라고 불렀어요.
Summary: In 2020 she paid a Chinese broker, {{u:WeChat}} name "{{p:阿强}}", whom they called "Boss {{p:Kang}}", for news.

Messages she saved ({{u:WeChat}}, translated by {{p:황예린}}):
{{p:阿强}}: 你老公{{r:朱德哲}}还在{{u:沈阳}}，身体好。要见面的话，先转五千。
(Your husband {{r:Zhu Dezhe}} is still in {{u:Shenyang}}, healthy. If you want to meet, first transfer five thousand.)
{{p:阿强}}: {{p:小金}}明天去饭店看看。
({{p:Xiao Jin}} will go to the restaurant tomorrow to look.)

{{r:계순화}}: 돈만 가져가고 연락이 끊겼어요. 나중에 조카 {{p:훈}}이가 {{u:한국}}에서 찾아보니까 {{r:덕철}} 씨는 2021년에 귀국했대요.
Summary: The broker took the money and vanished. Later her nephew {{p:Hun}}, from {{u:South Korea}}, found out {{r:Tok-chol}} had been sent home in 2021.

Interviewer's note ({{p:EG}}): {{r:Sun-hwa}} holds screenshots of the chats. "{{r:朱德哲}}" is the Chinese reading of her husband's name.""",
    },
    {
        "id": "h48-mixed-09",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Rim Chol-hak", "림철학", "witness", ["Chol-hak", "ريم تشول هاك"]),
        ],
        "note": "Sponsor's absconding report filed with the Kuwaiti police, Arabic with the NGO's English translation and a Korean note; worker's name in Arabic transliteration and passport capitals, company representative and a fictional officer with السيد and rank titles outside, co-worker named as witness, ministry and places public; CRLF.",
        "text": """بلاغ تغيب عامل / ABSCONDING REPORT (copy obtained by the worker's lawyer; translation by the NGO)

{{u:وزارة الداخلية}} - مخفر {{u:الجهراء}}
رقم البلاغ: 2017/4471
اسم العامل: {{r:ريم تشول هاك}}
الجنسية: كوري شمالي
رقم الجواز: 6XXXXXXX
صاحب العمل: شركة الأفق للمقاولات العامة
مقدم البلاغ: السيد {{p:جابر الرشيدي}}، مندوب الشركة
استلم البلاغ: الملازم أول {{p:ناصر الفضلي}}
الشاهد: {{p:كيم جونغ سو}}، عامل في نفس الموقع

Translation:
{{u:Ministry of Interior}} - {{u:Jahra}} police station. Report no. 2017/4471.
Worker: {{r:RIM CHOL HAK}} (Arabic spelling as above), nationality North Korean.
Employer: Al-Ufuq General Contracting Co.
Reported by: Mr {{p:Jaber Al-Rashidi}}, company representative.
Received by: First Lieutenant {{p:Nasser Al-Fadhli}}.
Witness: {{p:Kim Jong-su}}, worker at the same site.
Text: "The above worker left the site on 3/9/2017 and did not return. The company requests that he be arrested and deported."

NGO note / 메모 ({{p:한지유}}):
{{r:철학}} 씨는 9월 3일에 현장을 떠난 것이 맞지만, 이유는 {{u:북한}} 측 책임자 {{p:윤}} 소장의 폭행이었다고 진술함. 증인으로 적힌 "{{p:كيم جونغ سو}}"는 {{p:김정수}}로 추정되며, {{r:림철학}} 씨는 "{{p:정수}}는 억지로 서명했을 것"이라고 함.
The "{{p:Kim Jong-su}}" listed as witness is a co-worker from the same brigade.""",
    },
    {
        "id": "h48-mixed-10",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Chang Kwang-il", "장광일", "witness", ["Kwang-il", "ЧАН КВАН ИЛЬ"]),
        ],
        "note": "Transcribed Russian migration card with Korean annotations; bilingual Cyrillic/Latin fields, surname and given name separate, receiving party's contact as surname with initials, border officer by rank, the witness's own Korean notes, the Korean word 장 (sheet) beside the surname.",
        "text": """[자료 전사] {{u:러시아}} 이민카드 (МИГРАЦИОННАЯ КАРТА) 사본 - 증언자 {{r:장광일}} 제공

Серия 0518 № 2217764
Фамилия / Surname: {{r:ЧАН}} / {{r:CHANG}}
Имя / Given name: {{r:КВАН ИЛЬ}} / {{r:KWANG IL}}
Дата рождения / Date of birth: 14.02.1990
Гражданство / Nationality: {{u:КНДР}} / {{u:DPRK}}
Цель визита / Purpose: работа / employment
Принимающая сторона / Receiving party: ООО «Восток-Монолит», контактное лицо {{p:Смирнова О.В.}}
Срок пребывания / Period of stay: 21.04.2017 - 20.04.2018
Пункт пропуска / Border crossing: {{u:Владивосток}} (аэропорт)
Отметка: инспектор ПК, лейтенант {{p:Попов}}

증언자 메모 (연필, 뒷면):
"{{p:Смирнова}} = 회사 통역 {{p:올가}}. 카드 두 장 중 한 장은 {{p:최}} 지도원이 가져감."

전사자 주석 ({{p:변수아}}): {{r:광일}} 씨 설명에 따르면 이 카드는 원래 {{p:최}} 지도원({{p:최용건}})이 보관했는데, 2018년 연장 때 실수로 {{r:장}} 씨에게 돌려줬다고 함. 성 "ЧАН"은 러시아식 표기이며, 여권에는 {{r:CHANG KWANG IL}}로 되어 있음.""",
    },
    {
        "id": "h48-mixed-11",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Ok-hyang", "리옥향", "witness", ["옥향", "Ok-hyang"]),
        ],
        "note": "Weekly shift roster of a North Korean-run restaurant in Hanoi, Vietnamese and Korean, photographed by a waitress; Vietnamese staff with chị/em/anh outside, the name Thu beside mùa thu, Korean waitresses by given name, manager by surname with 지배인, the witness's later Korean note.",
        "text": """[사진 전사] 식당 주간 근무표 / LỊCH LÀM VIỆC TUẦN (2019년 11월 4일~10일, {{u:하노이}})
제공: {{r:리옥향}} / 전사: {{p:Nguyễn Minh Anh}} (NGO 자원활동가)

Thứ / 요일 | Ca sáng 오전 (10:00-14:00) | Ca tối 저녁 (17:00-22:30) | Thu ngân 계산대
Thứ Hai 월 | {{r:옥향}}, {{p:은정}} | {{p:은정}}, {{p:선미}}, {{p:향심}} | chị {{p:Thu}}
Thứ Ba 화 | {{p:선미}}, {{p:향심}} | {{r:옥향}}, {{p:은정}}, {{p:경란}} | chị {{p:Thu}}
Thứ Tư 수 | {{p:경란}}, {{r:옥향}} | {{p:선미}}, {{p:향심}}, {{p:은정}} | em {{p:Linh}}
Thứ Năm 목 | {{p:은정}}, {{p:선미}} | {{r:옥향}}, {{p:경란}}, {{p:향심}} | em {{p:Linh}}
Thứ Sáu 금 | {{p:향심}}, {{p:경란}} | 전원 / tất cả (공연) | chị {{p:Thu}}
Thứ Bảy 토 | {{r:옥향}}, {{p:선미}} | 전원 / tất cả (공연) | chị {{p:Thu}}, em {{p:Linh}}
Chủ Nhật 일 | 휴무 - 학습 / nghỉ - học tập | 전원 / tất cả | anh {{p:Tuấn}}

Ghi chú / 비고: Bảo vệ (경비): anh {{p:Tuấn}}. Quản lý (지배인): {{p:모}} 지배인.

{{r:옥향}} 씨 메모 (2023): 일요일 "학습"은 {{p:모}} 지배인이 주관한 생활총화. 계산대 {{p:Thu}} 언니({{p:Nguyễn Thị Thu}})는 우리를 몰래 도와줬음. "Mùa thu năm đó" - 그해 가을에 {{p:은정}}이가 먼저 귀국함.""",
    },
    {
        "id": "h48-mixed-12",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Paek Hyon-chol", "백현철", "witness", ["Hyon-chol", "Пэк Хён Чхоль"]),
        ],
        "note": "Russian timber haulage waybills (excerpts of three) kept by a former logger, with Korean notes; Russian names as surname plus initials, Korean brigade members in Cyrillic transcription, the witness's own signature in Cyrillic, Russian place in locative, invented firms unmarked.",
        "text": """[자료 전사] 목재 운송장 (ТОВАРНО-ТРАНСПОРТНАЯ НАКЛАДНАЯ) 3매 발췌 - 증언자 {{r:백현철}} 제공

№ 118 от 14.01.2016
Грузоотправитель: ООО «Тайга-Лес», лесоучасток 42 км
Груз: круглый лес (лиственница), 28 м³
Водитель: {{p:Белов А.С.}}, а/м {{u:КамАЗ}}
Сдал: бригадир {{p:Пак Ен Гир}}
Принял: мастер {{p:Ковалёв}}
Пункт разгрузки: ж/д станция, {{u:Тынде}}

№ 131 от 19.01.2016
Груз: круглый лес (лиственница), 31 м³
Водитель: {{p:Белов А.С.}}
Сдал: {{r:Пэк Хён Чхоль}} (за бригадира)
Принял: {{p:Ковалёв В.И.}}

№ 147 от 25.01.2016
Груз: круглый лес (сосна), 24 м³
Водитель: {{p:Гусейнов}}
Сдал: бригадир {{p:Пак}}
Принял: мастер {{p:Ковалёв}}
Примечание: «недогруз 4 м³, удержать с бригады {{p:Пака}}»

증언자 설명 (2024. 2., 청취 {{p:모예진}}):
"{{p:Пак Ен Гир}}"은 우리 작업반장 {{p:박영길}}. 131번은 반장이 아파서 제가 대신 서명했어요. 운전수 {{p:Белов}}는 "{{p:Саня}}"라고 불렀고, 우리한테 담배를 줬어요. "{{p:Пака}}"에서 떼라는 건 반장 몫에서 깎으라는 게 아니라 우리 작업반 전체 임금에서 깎았다는 뜻입니다. - {{r:현철}}""",
    },
    {
        "id": "h48-mixed-13",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Ri Chang-gon", "리창건", "witness", ["Chang-gon", "Ли Чан Гон"]),
        ],
        "note": "Russian permit-to-work for work at height on a Moscow Oblast site, with Uzbek crew notes and a Korean annotation; responsible persons as surname plus initials, Uzbek workers with aka outside, Korean brigade members in Cyrillic, the witness in Cyrillic and Hangul; mixed line endings.",
        "text": """НАРЯД-ДОПУСК № 56 на производство работ на высоте
Объект: жилой комплекс, корпус 3, {{u:Московская область}}
Дата: 22.08.2019

Ответственный руководитель работ: {{p:Абдуллаев Р.Т.}}
Ответственный производитель работ: {{p:Каримов Д.}}
Допускающий: инженер по ОТ {{p:Федорова Н.А.}}

Состав бригады:
1. {{r:Ли Чан Гон}} - монтажник
2. {{p:Хван Сон Ир}} - монтажник
3. {{p:Юн Мен Чхоль}} - монтажник
4. {{p:Турсунов Ш.}} - подсобный рабочий
5. {{p:Эргашев Д.}} - подсобный рабочий

С условиями работ ознакомлены (подписи): {{r:Ли}}, {{p:Хван}}, {{p:Юн}}, {{p:Турсунов}}, {{p:Эргашев}}

Qo'shimcha (uzbek tilida, qo'lda yozilgan): "{{p:Rustam}} aka aytdi: koreyslar kamarsiz ishlaydi. {{p:Sherzod}} va {{p:Dilshod}} pastda turadi."

주석 (증언자 {{r:리창건}}, 2024년): 이 서류에 이름은 올라 있지만 안전벨트는 받아 본 적이 없습니다. {{p:Rustam}} 아저씨는 우즈베크 사람 반장 {{p:Абдуллаев}}이고, {{p:Хван Сон Ир}}은 {{p:황성일}}입니다. {{p:성일}}이는 그해 10월에 떨어져서 다리를 다쳤어요.""",
    },
    {
        "id": "h48-mixed-14",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Han Chun-mae", "한춘매", "witness", ["춘매", "韩春梅"]),
            ("Sok Kum-ok", "석금옥", "supervisor", ["石金玉"]),
        ],
        "note": "Chinese factory gate passes (出门条) from a Hunchun seafood plant, transcribed with Korean notes; workers' names in Chinese characters, approvers as Chinese surname plus title labelled whole, the Korean supervisor in Hanzi and Hangul, 小 in an ordinary word, a guard's one-character signature.",
        "text": """[자료 전사] 출문증(出门条) 4매 - {{u:훈춘}} 수산물 공장, 2019년 / 제공: {{r:한춘매}}

出门条 No. 0412
姓名：{{r:韩春梅}}　　部门：朝鲜工 二车间
事由：看病（牙痛）
时间：2019年5月8日 14:00-17:00
陪同：{{r:石金玉}}
批准人：{{p:周主任}}
门卫：{{p:李}}

出门条 No. 0457
姓名：{{p:朴英爱}}、{{r:韩春梅}}
部门：朝鲜工
事由：去银行（集体汇款）
陪同：{{r:石金玉}}
批准人：{{p:周主任}}
备注：小心保管护照，当天交回。

出门条 No. 0503
姓名：{{p:金顺女}}
事由：住院（手伤）
批准人：{{p:老孟}}（代）
门卫：{{p:李}}

出门条 No. 0519
姓名：全体朝鲜工（32人）
事由：去海边（集体活动）
陪同：{{r:石金玉}}、{{p:王经理}}

제공자 메모 ({{r:춘매}} 씨 구술, 정리 {{p:유하은}}):
- {{r:石金玉}} = 우리 관리원 {{r:석금옥}}. 혼자서는 절대 못 나가고 항상 {{r:석}} 관리원이 같이 나갔음.
- {{p:周主任}}은 공장 사무실 주임, {{p:老孟}}은 경비 대장. {{p:金顺女}}는 {{p:김순녀}} 언니인데 손을 다쳐서 한 달 입원.
- 0519번 "바닷가 단체 활동"은 사실 {{u:중국}} 측 검사단이 왔을 때 우리를 공장 밖으로 내보낸 것.""",
    },
    {
        "id": "h48-mixed-15",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Sin Ok-ju", "신옥주", "witness", ["Ok-ju", "옥주"]),
        ],
        "note": "Thai immigration escort log for a group of North Korean escapees, Thai with the NGO's English gloss and a Korean note; Thai officers with rank abbreviations and คุณ outside, escapees by detention numbers and names, a Lao driver, a pastor, Thai places and the detention centre public; CRLF.",
        "text": """บันทึกการควบคุมตัวส่ง / ESCORT LOG (copy obtained by the group's lawyer; English gloss by the NGO)
หน่วย: ตรวจคนเข้าเมืองจังหวัด{{u:เชียงราย}} → {{u:สถานกักตัวคนต่างด้าว สวนพลู}}
วันที่: 14 มี.ค. 2566

ผู้ควบคุม: ร.ต.ท.{{p:สมชาย ใจดี}}, ส.ต.อ.{{p:วีระพงษ์ แก้วมณี}}
ผู้ถูกควบคุม (สัญชาติ {{u:เกาหลีเหนือ}}) 5 คน:
1. {{r:SIN OK JU}} (หญิง)
2. {{p:KANG MI RAE}} (หญิง)
3. {{p:KANG JI HO}} (ชาย, เด็ก 9 ปี)
4. {{p:O SUNG CHOL}} (ชาย)
5. {{p:RYU HYE GYONG}} (หญิง)
ออกเดินทาง 06:10 - ถึง 17:45
หมายเหตุ: ผู้ถูกควบคุมหมายเลข 4 ({{p:O}}) ป่วย ให้ยาแก้เมารถ. คุณ{{p:ประภา}} (ล่าม) เดินทางด้วย.

English gloss:
Unit: {{u:Chiang Rai}} immigration → {{u:Suan Phlu}} immigration detention centre. Date: 14 March 2023.
Escorts: Pol. Lt. {{p:Somchai Jaidee}}, Pol. Sgt. Maj. {{p:Weerapong Kaewmanee}}. Interpreter: Khun {{p:Prapa}}.
Detainees (nationality: North Korean): {{r:Sin Ok-ju}}, {{p:Kang Mi-rae}} and her son {{p:Ji-ho}}, {{p:O Sung-chol}}, {{p:Ryu Hye-gyong}}. No. 4, Mr {{p:O}}, was carsick and slept most of the way.

NGO 메모 ({{p:권시온}}): {{r:옥주}} 씨는 {{u:라오스}}에서 {{u:메콩강}}을 건넌 뒤 붙잡혔다고 함. {{u:라오스}} 쪽 운전수는 "{{p:Khamla}}"라는 사람, 국경 근처 교회의 {{p:이}} 목사가 연락을 도왔음. {{r:신옥주}} 씨는 {{u:러시아}}의 건설 현장 식당에서 일하다 탈출한 경우로, 2023년 5월 {{u:한국}} 입국.""",
    },
    {
        "id": "h48-mixed-16",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Son Myong-sok", "손명석", "witness", ["Myong-sok", "명석"]),
        ],
        "note": "Private clinic queue register from Sarawak (Malay with English) listing North Korean mine workers, plus the NGO's Korean note; names in capitals, Encik/Cik titles outside, a company escort by first name, Malay words that look like names, Malaysian places public.",
        "text": """DAFTAR GILIRAN PESAKIT / PATIENT QUEUE REGISTER (Klinik Sejahtera, {{u:Bintulu}}, {{u:Sarawak}}) - halaman 3, 12 Mac 2014
Salinan diberikan oleh bekas jururawat, Cik {{p:Nurul Aina}}, kepada penyelidik kami.

No. | Masa | Nama pesakit | Warganegara | Aduan | Doktor | Catatan
31 | 09:40 | {{r:SON MYONG SOK}} | {{u:Korea Utara}} | luka tangan kanan | Dr {{p:Lau}} | diiringi Encik {{p:Razak}} (syarikat)
32 | 09:52 | {{p:CHOE IL}} | {{u:Korea Utara}} | demam, batuk | Dr {{p:Lau}} | -
33 | 10:05 | {{p:Siti Hajar}} | {{u:Malaysia}} | sakit kepala | Dr {{p:Ravi}} | -
34 | 10:11 | {{p:KIM NAM HYOK}} | {{u:Korea Utara}} | sakit belakang | Dr {{p:Lau}} | tidak boleh bercakap BM / Inggeris
35 | 10:30 | {{p:Ah Meng}} | {{u:Malaysia}} | ubat ulangan | Dr {{p:Ravi}} | -

Catatan jururawat: Pesakit 31, 32, 34 pekerja lombong arang batu, dibawa oleh Encik {{p:Razak}} dengan van syarikat. Dr {{p:Lau}} minta pesakit 31 datang semula esok untuk jahitan; Encik {{p:Razak}} kata "tak boleh, kerja".

NGO note / 메모 ({{p:구나래}}): {{r:명석}} 씨({{r:Son Myong-sok}})는 2014년 {{u:사라왁}} 탄광에서 일했다고 진술. 손을 다친 날 회사 통역 "{{p:Razak}}"이 따라왔고, 실밥은 결국 숙소에서 {{p:최일}}이 뽑아 줬다고 함. 간호사 {{p:Nurul}} 씨는 당시 "Sabar ya" (참아요)라고 했다고 기억함.""",
    },
    {
        "id": "h48-mixed-17",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Han Kyong-il", "한경일", "witness", ["Kyong-il", "경일"]),
        ],
        "note": "Polish workers' hostel laundry tickets and the laundress's notebook, with Korean notes; the Korean surname Han declined in Polish (Hana) beside the given name Hana, pan/pani outside, room numbers, Polish diminutives, Gdańsk area.",
        "text": """[자료 전사] 기숙사 세탁 표 / KWITY Z PRALNI - hotel robotniczy, {{u:Gdańsk}}-{{u:Stogi}}, 2018

Kwit nr 214 | pok. 12 | Nazwisko: {{r:HAN}} | 3 koszule, 2 spodnie robocze | do odbioru: wt.
Kwit nr 215 | pok. 12 | Nazwisko: {{p:RI}} | 1 kurtka | do odbioru: wt.
Kwit nr 219 | pok. 14 | Nazwisko: {{p:JONG}} | pościel | do odbioru: śr.
Kwit nr 231 | pok. 12 | Nazwisko: {{r:HAN}} | 2 kombinezony | PILNE

Zeszyt pani {{p:Basi}} (praczka), 6.03.2018:
"Pan {{r:Han}} z pokoju 12 przyszedł sam, bez pana {{p:Ri}}. Zostawił kartkę dla {{p:Hany}} (moja córka uczy go angielskiego). Kombinezony pana {{r:Hana}} całe we krwi - powiedział, że to od ryby. Nie wierzę."

증언자 메모 ({{r:경일}} 씨, 2023): 세탁소 아주머니 {{p:바샤}} 씨({{p:Barbara}})는 우리를 잘 대해 줬어요. 딸 {{p:하나}}가 영어를 가르쳐 줬는데 {{p:리}} 지도원은 몰랐어요. 작업복의 피는 조선소에서 {{p:정}} 동무가 다친 날 제가 그를 업고 나와서 묻은 거예요.
Transcriber: {{p:M. Zając}}""",
    },
    {
        "id": "h48-mixed-18",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Mo Kwang-ho", "모광호", "witness", ["Kwang-ho"]),
            ("Ram Bahadur Thapa", "람 바하두르 타파", "coworker", ["राम बहादुर थापा", "Thapa"]),
        ],
        "note": "Qatari exit-permit application (Arabic/English form) for a North Korean worker, with a Nepali co-worker's Devanagari note and a Korean annotation; sponsor's representative with السيد outside, Nepali name with ji and दाइ outside, surname Mo, the ministry and places public.",
        "text": """طلب تصريح خروج / EXIT PERMIT REQUEST (form copy, 2016; handed over by the witness)
{{u:وزارة الداخلية}} - {{u:دولة قطر}} / {{u:Ministry of Interior}} - {{u:State of Qatar}}

اسم العامل / Employee name: {{r:MO KWANG HO}}
الجنسية / Nationality: {{u:كوريا الشمالية}} / {{u:DPR Korea}}
المهنة / Occupation: نجار / carpenter
صاحب العمل / Sponsor: Gulf Horizon Building Contractors W.L.L.
توقيع الكفيل / Sponsor's signature: السيد {{p:حمد الكواري}} ({{p:Hamad Al-Kuwari}})
سبب الخروج / Reason: إجازة سنوية / annual leave
الحالة / Status: مرفوض / REFUSED (handwritten: "no - ask Mr. {{p:Jo}}")

Note in Nepali on the back (written by a co-worker):
"{{r:मो}} दाइको कागज। {{r:राम बहादुर थापा}} ले भरेको। {{p:जो}} सरले रोक्यो।"
(NGO gloss: "Brother {{r:Mo}}'s paper. Filled in by {{r:Ram Bahadur Thapa}}. Mr {{p:Jo}} stopped it.")

주석 ({{p:오다빈}}, 2024): {{r:광호}} 씨가 말한 {{u:네팔}} 동료 "{{r:Thapa}} ji"가 바로 {{r:Ram Bahadur Thapa}}. 영어를 잘해서 서류를 대신 써 줬다고 함. "Mr. {{p:Jo}}"는 {{u:북한}} 측 현장 책임자 {{p:조승남}}. {{r:모}} 씨는 이 신청이 거부된 뒤 2년을 더 일했다.""",
    },
]
