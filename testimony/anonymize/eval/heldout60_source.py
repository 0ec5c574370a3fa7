# ruff: noqa: E501
"""Held-out evaluation passages, set 60. Built by build_heldout.py heldout60.

About fifty documents of the kind an NGO working on North Korean workers sent abroad
could plausibly receive or write, written blind (the finder's code was not read and
the finder was not run). A few are the core material staff type every day
(third-person interview summaries in English and Korean, question-and-answer
transcripts in English, Korean and mixed Korean/English, Korean interview notes and
mixed Korean/English notes); the rest are genres no earlier set used (law-firm
conflict-check search results, file-folder label print batches, website contact-form
submissions, testimony-database search-query logs, CRM import error logs, guest
Wi-Fi voucher logs, incoming-post registers, 360-degree feedback summaries, intern
weekly logbooks, affidavits of service, case-law digest headnotes, letters before
claim to a seafood buyer, fishing-vessel slop-chest accounts, translated Russian
cold-injury registers, naming-house consultation sheets, church offering-envelope
registers, apartment parking-permit applications, energy-voucher application lists,
qualification-exam seating plans, debt-counselling repayment plans, second-hand
appliance giveaway lists, meeting-room booking ledgers, video-call waiting-room admit
logs, book-donation registers, side-dish delivery route sheets, dialect dictionary
citation slips, court witness expense claims, transcribed North Korean pre-departure
lecture attendance lists, Russian migrant language-and-history exam result lists,
Chinese dormitory hygiene inspection score sheets, Chinese factory birthday-party
lists, translated Kuwaiti travel-ban inquiry printouts, Mongolian coal-briquette
distribution lists, Polish weld-seam traceability maps, Japanese royalty statements,
Portuguese malaria rapid-test registers, Russian private building contracts,
logging-camp mail-bag dispatch registers, Qatari company-vehicle traffic-fine lists,
Vietnamese cooking-gas delivery books and shelter pest-control room schedules), in
English, Korean and mixed Korean/English with Russian, Chinese, Arabic, Mongolian,
Polish, Vietnamese, Japanese, Portuguese and Indonesian. Settings: construction in
Kuwait, Qatar, Russia, Mongolia and Angola, logging in the Russian Far East, seafood
and garment factories in China, distant-water fishing, a Polish shipyard, a
restaurant in Vietnam, and resettlement in South Korea and the UK. All persons are
fictional; real public figures are mentioned only neutrally.

Labelling convention (as in the preceding sets):
- {{r:...}} a mention of a registered private person (listed in the passage's
  "persons" as (romanized name, Hangul name, role, aliases)); {{p:...}} a mention
  of an unregistered private person; {{u:...}} a public name: a real public figure,
  a real place, a real organisation, court or company, a real platform or app. Real
  public figures are only mentioned neutrally.
- Every fictional person is private, whatever their office (a fictional judge,
  bailiff, doctor, pastor, inspector, captain or interpreter is private).
- Invented businesses, sites, churches and vessels are left unmarked.
- A mention is labelled as the text writes it: the name only, without particles
  (박철민이 -> {{r:박철민}}이; the affectionate suffix 이 after a given name also stays
  outside) and without titles (리 반장님 -> {{r:리}} 반장님, Mr {{p:Ho}}, Comrade
  {{p:Jang}}), but Chinese forms of address are labelled whole (老周, 小王, 王总) and
  Russian and Polish names keep their case endings (Пака, Кима, Kima, Pakiem).
- A nickname or alias that refers to a person is a mention of that person even when
  it is not registered as an alias; the same word used as an ordinary word is not.
- In an e-mail address, login or handle only the part that spells the person's name
  is labelled; role accounts are unmarked.
- A surname discussed as a word is unmarked, and so are ordinary words that look like
  names (So, An, Oh, Ha, song, moon, 오, 안, 하).
- A possessive 's, particles and emoji stay outside a mention; zero-width characters
  and fullwidth letters inside a name stay inside it. Initials standing for a person
  are mentions.
- Country names are public places whenever they stand as nouns, also attributively
  (DPRK, North Korea, 한국, 북한 사람, 중국 돈); nationality adjectives and derived
  words (Korean, Chinese, 한국어, 중국산, 러시아인, 북한이탈주민) are not marked.
- Generic kinship or role words used instead of a name (엄마, 형, 반장, "the cook")
  are not mentions.
"""

PASSAGES: list[dict] = [
    {
        "id": "h60-en-01",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ri Song-chol", "리성철", "witness", ["Song-chol", "Lee Sung-chul", "Chol"]),
            ("So Myong-gil", "소명길", "supervisor", ["Bulldozer"]),
            ("An Kwang-il", "안광일", "coworker", ["Kwang-il"]),
            ("Ha Un-ok", "하은옥", "relative", ["Un-ok"]),
        ],
        "note": "Third-person interview summary, villa construction in Kuwait; English-word surnames So, An and Ha beside the words so, an and the interjection Ha; nickname Bulldozer beside a real bulldozer; one-syllable pet name Chol; zero-width space inside a given name; initials of staff; CRLF.",
        "text": """INTERVIEW SUMMARY (third person)
Case ref.: KW-24-031 | Status: draft 2, not yet checked against the audio

Interviewee: {{r:RI Song-chol}} ({{r:리성철}}), male, b. 1979, from {{u:Hamhung}}, {{u:South Hamgyong Province}}
Name on South Korean ID: {{r:LEE Sung-chul}}
Interview: 14 May 2024, 10:05-13:40, small meeting room, {{u:Seoul}} office
Interviewer: {{p:Chloe Baptiste}} | Interpreter: {{p:Yun Da-hye}} | Notes: {{p:CB}}, checked by {{p:DHY}}

1. Recruitment
{{r:Ri}} was a plasterer with a city construction enterprise in {{u:Hamhung}} when, in the autumn of 2014, the enterprise party secretary, whom he names only as Comrade {{p:Jang}}, put him on a list for "overseas construction". He says he paid about USD 300 in bribes to stay on the list, money borrowed from the brother of his wife {{r:Ha Un-ok}}, a railway clerk called {{p:Ha Chang-su}}. Asked whether the money was ever repaid, {{r:Ri}} laughed: "Ha! With what?"

2. Journey and arrival
In March 2015 he flew from {{u:Pyongyang}} to {{u:Beijing}} and on to {{u:Kuwait City}} with 41 other men. At {{u:Kuwait International Airport}} the passports were collected by the brigade leader, {{r:So Myong-gil}} ({{r:소명길}}), and handed to the Kuwaiti company's representative, known to the men as {{p:Abu Faisal}}. {{r:Ri}} did not see his passport again until the day he left. So far as he knows, nobody else in the brigade saw theirs again either.

3. Work
The brigade was hired out to a Kuwaiti contractor building villas in {{u:Sabah Al-Ahmad Sea City}} and, from 2016, a housing block in {{u:Jahra}}. Work began at 05:30 and ended after dark. In summer the men should have stopped between 12:00 and 16:00 under the midday work ban, but {{r:So}} kept them working inside the unfinished villas "where the inspectors cannot see". The men called {{r:So}} "{{r:Bulldozer}}" behind his back because he pushed everyone in front of him. The real bulldozer on the site was driven by an Egyptian, {{p:Mahmoud}}, whom {{r:Ri}} remembers kindly; {{p:Mahmoud}} sometimes left bottles of cold water on the cab step for the Koreans.

4. Wages
The contractor paid per man per month; {{r:Ri}} believes it was about KWD 250. {{r:Bulldozer}} read out each man's "plan" at the monthly meeting. After the state plan, the loyalty contribution collected before {{u:Kim Jong Un}}'s birthday, and food and dormitory deductions, {{r:Ri}} received between KWD 15 and 30 a month, in cash, from the brigade accountant {{p:Kang}}. He kept a record in a small notebook, which {{r:So}} confiscated in 2017 during a room search led by the security officer, known only as Uncle {{p:Kim}}.

5. The accident
On 3 August 2016 his co-worker {{r:An Kwang-il}} ({{r:안광일}}) fell from the second-floor slab while carrying formwork. An ambulance was not called. {{r:An}} was driven to {{u:Jahra Hospital}} in the back of a pickup by {{p:Mahmoud}} and an Indian cook, {{p:Suresh}}. {{r:Kwang-il}} came back after ten days with his arm in plaster and was back on the slab a week later. From the transcript: "{{r:Kwang\u200b-il}} never got one fils for that arm. {{r:Bulldozer}} said the hospital bill was his own fault."

6. Family
{{r:Ri}}'s wife {{r:Ha Un-ok}} and daughter {{p:Ri Su-ryon}} stayed in {{u:Hamhung}}. {{r:Un-ok}} received, he was told, two sacks of rice from the enterprise while he was away; he has no way to check this. His mother, who still calls him "{{r:Chol}}" on the rare broker calls, told him in 2021 that {{r:Ha}} had moved in with her own parents. {{r:Song-chol}} has not spoken to his wife since.

7. Exit
In February 2018, on a Friday, {{r:Ri}} walked out of the {{u:Jahra}} dormitory while {{r:So}} was at a meeting and took a taxi to the {{u:Embassy of the Republic of Korea in Kuwait}}. He arrived in {{u:South Korea}} in May 2018.

8. Other names given
Deputy brigade leader {{p:Pak Yong-jin}}; roommates {{p:Chae Myong-ho}}, {{p:Tak Chol}} and a young welder everybody called {{p:Sparrow}}; {{p:Sparrow}}'s real name may have been {{p:Ri Kyong-il}} (no relation).

Follow-up: {{p:CB}} to confirm with {{r:Song-chol}} whether the brigade leader's surname is So or Soh in his own spelling, and whether {{r:An}} is still in {{u:Kuwait}}.
""",
    },
    {
        "id": "h60-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jo Hyok-chol", "조혁철", "witness", ["Hyok-chol", "Hyok", "Cho Hyuk-chul"]),
            ("Kye Man-su", "계만수", "supervisor", ["Bear", "Gom"]),
            ("Yu Chang-ho", "유창호", "coworker", ["Chang-ho"]),
        ],
        "note": "Question-and-answer transcript, logging camp in Amur Oblast; speaker labels MOON (interviewer) and SONG (interpreter) beside the words moon and song; witness surname Jo; coworker Yu beside the pronoun you; supervisor nicknamed Bear beside real bears; Russian foreman with diminutive; long passage.",
        "text": """TRANSCRIPT - Interview RU-LOG-0912, session 2 (English rendering of the interpreted audio)
Date: 9 December 2023 | Place: {{u:Incheon}}, interviewee's flat
Speakers: {{p:MOON}} = {{p:Moon Ji-hye}} (researcher); {{r:JO}} = {{r:Jo Hyok-chol}} (interviewee); {{p:SONG}} = {{p:Song Eun-bi}} (interpreter)

{{p:MOON}}: Last time you stopped at the first winter. Can we go back there?
{{r:JO}}: The first winter was 2012. We were north of {{u:Tynda}}, in {{u:Amur Oblast}}. Forty men in two wagons, a stove in each.
{{p:MOON}}: Who was in charge?
{{r:JO}}: {{r:Kye Man-su}}. The brigade leader. We called him {{r:Bear}}, in Korean {{r:Gom}}.
{{p:SONG}}: He says the men called {{r:Kye}} "{{r:Gom}}" behind his back; it is the Korean word for the animal.
{{p:MOON}}: Why {{r:Bear}}?
{{r:JO}}: Big, slow, and if you woke him, you suffered. And there were real bears, too. In spring a bear came to the kitchen wagon twice. {{r:Kye}} shot in the air and the bear went away. The Russians laughed that one bear scared the other.
{{p:MOON}}: What did the work look like?
{{r:JO}}: Felling and skidding. I was on a chainsaw, {{r:Yu Chang-ho}} was my partner, he cleared the branches. The Russian foreman was {{p:Vasily Petrovich}}, but everyone said {{p:Vasya}}. {{p:Vasya}} measured the cubic metres at the end of each week.
{{p:MOON}}: And the wages?
{{r:JO}}: The Russian company paid per cubic metre into the account of our enterprise. {{r:Kye}} kept the book. If the plan was 1,500 cubic metres for the brigade and we cut 1,400, then nobody got anything that month. Not you, not me, nobody.
{{p:SONG}}: Sorry, he said "not {{r:Yu}}, not me". He means his partner, {{r:Yu Chang-ho}}. Not "you".
{{p:MOON}}: Thank you. So neither {{r:Yu}} nor Mr {{r:Jo}} got paid?
{{r:JO}}: Sometimes a little. Twenty, thirty thousand roubles for the whole season. {{r:Chang-ho}} sent everything home through a man in {{u:Khabarovsk}}, {{p:Kim Tae-song}}, who took ten per cent.
{{p:MOON}}: Was there a song or a slogan they made you repeat?
{{r:JO}}: Every morning. "Let us fulfil the plan for the Party." We sang the song about the snowstorm of {{u:Mount Paektu}}, in the snow, in the dark. Under the moon, minus forty.
{{p:MOON}}: Did anyone get hurt?
{{r:JO}}: In January 2013 a tree came down the wrong way and hit {{r:Chang-ho}} across the back. {{p:Vasya}} wanted to call a helicopter from {{u:Tynda}}. {{r:Bear}} said no, it would cost too much and the security people would ask questions. They put {{r:Yu}} on a sled behind the tractor. Nine hours to the hospital.
{{p:MOON}}: Which hospital?
{{r:JO}}: The district hospital in {{u:Tynda}}. A Russian doctor, a woman, {{p:Galina}}, I remember her. She shouted at {{r:Kye}}. {{p:Galina Sergeyevna}}. She said in Russian "you are animals", and {{r:Kye}} smiled because he did not understand.
{{p:MOON}}: What happened to {{r:Chang-ho}} afterwards?
{{r:JO}}: He could not work the saw again. {{r:Gom}} sent him to the kitchen, then home in the spring of 2013, through {{u:Vladivostok}}. I never heard of him after that. His wife was {{p:Sin Ok-hwa}}, from {{u:Kowon}}. If you find her, tell her {{r:Hyok}} is alive.
[break 14:22-14:35]
{{p:MOON}}: You said last week that you left the camp in 2014.
{{r:JO}}: Yes. A Russian truck driver, {{p:Tolya}}, {{p:Anatoly}}, took me to {{u:Blagoveshchensk}}. I paid him with my saw. Do not write the saw.
{{p:MOON}}: We will leave the saw out. After that?
{{r:JO}}: {{u:Moscow}}, then the {{u:UN}} office. The {{u:UNHCR}} people were good. One of them was Korean-American, {{p:Grace}}, she called me {{r:Hyok-chol}} ssi, very polite.
{{p:MOON}}: And your name now?
{{r:JO}}: On the South Korean card it is {{r:Cho Hyuk-chul}}. You can use {{r:Jo}}. It is the same.
{{p:SONG}}: For the record, he spells it J-O.
{{p:MOON}}: Thank you, Mr {{r:Jo}}. That is all for today.
[end of session 2, 15:10]
""",
    },
    {
        "id": "h60-en-03",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pak Chol-u", "박철우", "witness", ["Chol-u", "Park Cheol-woo"]),
            ("Choe Kum-san", "최금산", "supervisor", ["Choi"]),
            ("O Yong-nam", "오영남", "coworker", ["Yong-nam"]),
        ],
        "note": "Third-person interview summary, statue and apartment construction in Angola; Portuguese names of Angolan workers; surname O beside 'o'clock' and the Portuguese article o; supervisor Choe also spelled Choi; initials of an interpreter; real sanctioned company mentioned neutrally.",
        "text": """Summary of interview - {{r:PAK Chol-u}} (AO-23-004)

Prepared by {{p:Nadia Ferreira}} for the Africa desk, 6 October 2023. Interpreter: {{p:J.H.K.}} (Korean-English). {{p:Nadia}} added the Portuguese terms in brackets.

{{r:Pak Chol-u}} ({{r:박철우}}; South Korean documents: {{r:Park Cheol-woo}}) is 47 and comes from {{u:Nampho}}. He trained as a sculptor's assistant and was sent to {{u:Angola}} in 2011 by what he calls "the Mansudae people"; the employer named in his contract was the {{u:Mansudae Overseas Project Group of Companies}}. The team of 23 worked first on a monument near {{u:Luanda}} and later on apartment blocks in {{u:Viana}}.

The team leader was {{r:Choe Kum-san}}, whose name the Angolan workers wrote as "{{r:Choi}}". {{r:Pak}} says {{r:Choe}} held all passports and the cash. Angolan workers were paid by the Angolan subcontractor directly; the Koreans were not. One Angolan mason, {{p:Domingos}} ({{p:Domingos Kiala}}), asked {{r:Pak}} why the Koreans never went to the market, and {{r:Pak}} could not answer.

The men started at six o'clock and finished at eight o'clock at night, with one rest day a month. {{r:O Yong-nam}}, the youngest, fell ill with malaria in the rainy season of 2012. {{r:O}} was treated at a clinic in {{u:Viana}}; the Angolan nurse, Dona {{p:Rosa}}, told {{r:Pak}} in Portuguese "o rapaz precisa de descanso" (the boy needs rest). {{r:Choe}} sent {{r:Yong-nam}} back to the site after three days.

{{r:Pak}} says the money each man was told he "earned" was USD 600-800 a month, but he received only USD 50-70, paid by {{r:Choe}} in front of the security officer, whom the men called "Teacher {{p:Ri}}".

In 2014 {{r:Pak}} was sent home via {{u:Addis Ababa}} and {{u:Beijing}}. He left the {{u:DPRK}} in 2017 through {{u:China}}. He thinks {{r:O}} is still abroad, possibly in {{u:Mozambique}}. He would like the NGO to look for {{r:O Yong-nam}} and for {{p:Domingos}}.

Names to check: {{p:Domingos Kiala}} (Angolan mason), {{p:Rosa}} (nurse), {{p:Ri Myong-chol}} ("Teacher {{p:Ri}}"?), {{r:Choe Kum-san}}. {{p:NF}}
""",
    },
    {
        "id": "h60-en-04",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pak Un-hui", "박은희", "witness", ["Park Eun-hee", "Un-hui"]),
            ("Ri Tong-ho", "리동호", "supervisor", ["Lee Dong-ho"]),
        ],
        "note": "Law firm's conflict-check search results before taking a pro bono matter for a former seafood-plant worker; near-miss name hits (Park Eun-hee the client vs. Park Eun-hye of another matter); adverse party searched in North and South spellings; fee earners' initials; logins.",
        "text": """CONFLICT SEARCH REPORT
Requested by: {{p:Helen Ashworth}} ({{p:hashworth}}) | Matter: pro bono, prospective | Run: 18/03/2024 09:41
Prospective client: {{r:PAK Un-hui}} / {{r:PARK Eun-hee}} (former worker, seafood processing plant, {{u:Donggang}}, {{u:Liaoning}})
Adverse / related parties searched:
  1. {{r:RI Tong-ho}} / {{r:LEE Dong-ho}} (workshop manager, {{u:DPRK}} side)
  2. {{p:Zhang Weiming}} ({{p:张伟明}}) (plant director)
  3. {{p:Kim Chun-hwa}} (dormitory supervisor)
  4. Buyer: Northsea Fine Foods Ltd ({{u:UK}} importer)

RESULTS
Search term "{{r:Park Eun-hee}}" - 0 exact hits. 2 fuzzy hits:
  - {{p:PARK Eun-hye}}, client, matter 2019/0442 (immigration; closed 2020). Fee earner {{p:DMW}}. Different date of birth (1991 vs 1983). Not the same person. No conflict.
  - {{p:PARKE, Eunice}}, contact, matter 2016/0031 (residential lease). No conflict.
Search term "{{r:Pak Un-hui}}" - 0 hits.
Search term "{{r:Lee Dong-ho}}" - 1 hit:
  - {{p:LEE Dong-ho}}, witness (not client), matter 2022/0718, car accident in {{u:Croydon}}. Fee earner {{p:Raj Patel}}. Born 1995 in {{u:Busan}}; cannot be the workshop manager. No conflict. Note from {{p:Raj}}: "our Mr {{p:Lee}} is a student, definitely not a {{u:DPRK}} cadre."
Search term "{{r:Ri Tong-ho}}" - 0 hits.
Search term "{{p:Zhang Weiming}}" - 0 hits. ("{{p:Zhang Wei}}" - 14 hits, none in {{u:Liaoning}}; ignore.)
Search term "{{p:Kim Chun-hwa}}" - 0 hits.
Search term "Northsea Fine Foods" - 1 hit: matter 2021/0310, we acted for Northsea Fine Foods Ltd in a trade-mark dispute. Partner: {{p:Oliver Grant}} ({{p:ogrant}}). POTENTIAL CONFLICT.

ACTION
{{p:HA}} to speak to {{p:OG}} before any engagement letter is sent to Ms {{r:Pak}}. If the buyer is named as a defendant, we cannot act; refer Ms {{r:Park}} to {{p:Sarah Ibe}} at the law centre instead.
Note ({{p:ha}}, 18/03): client prefers "{{r:Un-hui}}" in correspondence, not "Eun-hee". Manager {{r:Ri}} is reportedly still at the plant. - {{p:H.A.}}
""",
    },
    {
        "id": "h60-en-05",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Kang Myong-suk", "강명숙", "witness", ["Myong-suk"]),
            ("Tak Yong-bom", "탁영범", "witness", []),
            ("Rim Chol", "림철", "supervisor", ["Rim"]),
        ],
        "note": "File-folder label print batch for the archive room; names in capitals, surname-first and surname-last, Hangul, one-syllable given name Chol, an uppercased English-word surname SONG on one label and the word SONG in a box title; CRLF.",
        "text": """LABEL BATCH 2024-07 | printer: {{u:Brother}} QL, 62 mm tape | operator: {{p:jwoo}} ({{p:Jasmine Woo}})
Template: [case ref] | [surname GIVEN] | [Hangul] | [box] | [colour]

QA-19-002 | {{r:KANG Myong-suk}} | {{r:강명숙}} | Box 03 | red
QA-19-002a | {{r:KANG Myong-suk}} (audio) | {{r:강명숙}} | Box 03 | red
QA-19-007 | {{p:HWANG Chol-jun}} | {{p:황철준}} | Box 03 | red
KW-20-011 | {{r:TAK Yong-bom}} | {{r:탁영범}} | Box 05 | blue
KW-20-011b | {{r:TAK Yong-bom}} - medical | {{r:탁영범}} | Box 05 | blue
KW-20-014 | {{p:SONG Il-nam}} | {{p:송일남}} | Box 05 | blue
RU-21-030 | {{p:CHU Kwang-myong}} | {{p:주광명}} | Box 07 | green
RU-21-031 | {{p:O Chol}} | {{p:오철}} | Box 07 | green
RU-21-031 | ADVERSE: {{r:RIM Chol}} (brigade ldr) | {{r:림철}} | Box 07 | green
CN-22-044 | {{p:Myong-ok PAE}} | {{p:배명옥}} | Box 09 | yellow
CN-22-046 | {{p:KYE}} (given name unknown) | {{p:계}}- | Box 09 | yellow
MISC | SONG LYRICS & POEMS (donated) | 노래 가사 | Box 11 | white
MISC | Letters to {{r:Myong-suk}} from her sister | | Box 11 | white

Reprint requests:
- KW-20-011: tape cut off after "{{r:TAK Yong-b}}". Reprint.
- RU-21-031: two labels with the same ref; {{p:O Chol}} is the witness, {{r:Rim}} is the adverse party. Ask {{p:Min-jae}} whether adverse parties get their own folder.
- CN-22-046: we only have a surname for {{p:Kye}}, keep the dash.
Printed 15 of 15. Next batch: after {{p:Jasmine}} is back from leave.
""",
    },
    {
        "id": "h60-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yu Sun-hui", "유순희", "relative", ["Sun-hui", "Soonhee Yoo"]),
            ("Yu Chol-jin", "유철진", "witness", ["Chol-jin", "Chol"]),
        ],
        "note": "Website contact-form submissions export; sender names and e-mail local parts, a daughter writing about her father with the surname Yu beside the pronoun you, emoji after names, a Chinese-Korean caller with a WeChat ID, spam with a fake name, role mailbox unmarked.",
        "text": """Contact form export - www.[ngo].org/contact - 01-31 Jan 2024 (6 of 41 shown)
Columns: #, submitted, name, email, topic, message

#2207 | 2024-01-03 22:14 | {{r:Soonhee Yoo}} | {{r:soonhee.yoo}}@gmail.com | Family search |
Hello. My name is {{r:Yu Sun-hui}}, I live in {{u:Gimpo}}. My father {{r:Yu Chol-jin}} worked in {{u:Russia}}, in {{u:Ussuriysk}} I think, building houses, 2009 to 2012. Did you ever talk with anyone from that brigade? If you did, please tell me. My father's friends called him {{r:Chol}}. He had a scar on his chin. Thank you 🙏 {{r:Sun-hui}}

#2215 | 2024-01-09 13:37 | {{p:金英花}} | wechat: {{p:jinyinghua}}_0611 | Other |
我是朝鲜族，在{{u:珲春}}的水产厂当过翻译。厂里的{{u:朝鲜}}工人里有一个叫{{p:小崔}}的，一直想找你们。请联系我。{{p:金英花}}

#2220 | 2024-01-12 19:50 | SEO Expert | seo.rank.boost@mail.ru | Partnership |
Dear Sir, your website is not on first page of {{u:Google}}...

#2231 | 2024-01-20 10:11 | {{r:Sun-hui}} 🙂 | {{r:soonhee.yoo}}@gmail.com | Family search |
Sorry, I forgot. The brigade leader was called {{p:Pang}}, and my father's roommate was {{p:Kim Sang-ho}}. I can send a photo. If you want to meet, I am free on Saturdays. - {{r:Yu Sun-hui}}

#2238 | 2024-01-29 16:45 | Dr. {{p:Amara Okonkwo}} | info@hopeclinic-ng.org | Medical |
We treated two Korean construction workers in {{u:Lagos}} in 2019 (names withheld). Happy to talk off the record. {{p:A. Okonkwo}}

Triage note ({{p:Jin}}, 31/01): #2207 and #2231 same sender. Check the {{u:Russia}} index for {{r:Yu Chol-jin}}. You never know. Reply from hello@ only.
""",
    },
    {
        "id": "h60-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kye Song-nam", "계성남", "supervisor", ["Song-nam", "Ironhand"]),
            ("Ri Ok-hui", "리옥희", "witness", ["Ok-hui"]),
        ],
        "note": "Testimony-database search-query log; logins spelling staff names, query strings with names, wildcards and Boolean operators, a nickname query, a query for the word song, Hangul queries with particles typed in, a role account unmarked.",
        "text": """testimony-db :: query audit log :: 2024-02-12 (export for quarterly access review)
ts | user | query | filters | hits

09:02:11 | {{p:j.moon}} | "{{r:Kye Song-nam}}" | country=RU | 4
09:02:40 | {{p:j.moon}} | {{r:Kye}} AND ({{u:Tynda}} OR {{u:Tinda}}) | country=RU | 9
09:03:15 | {{p:j.moon}} | {{r:계성남}} | - | 3
09:04:02 | {{p:j.moon}} | "{{r:Ironhand}}" OR "iron hand" | - | 2
09:11:48 | {{p:s.han}} | {{r:Ri Ok-hui}} | country=CN | 1
09:12:05 | {{p:s.han}} | {{r:Ok-hui}} | country=CN | 6
09:12:31 | {{p:s.han}} | {{r:리옥희}}가 | - | 0
09:12:44 | {{p:s.han}} | {{r:리옥희}} | - | 2
09:30:19 | intake-bot | status:new | - | 12
10:15:07 | {{p:tomasz.w}} | song | type=audio | 31
10:15:50 | {{p:tomasz.w}} | "{{p:Song Hye-rim}}" | - | 1
10:16:22 | {{p:tomasz.w}} | {{p:Song}} AND {{u:Gdansk}} | - | 0
10:40:09 | {{p:j.moon}} | {{r:Song-nam}} | - | 5
10:41:00 | {{p:j.moon}} | {{r:Kye}}* | - | 17

Reviewer notes ({{p:Dae-kyung Kim}}, access review):
- {{p:j.moon}} ({{p:Jihye Moon}}) searched the supervisor {{r:Kye Song-nam}} five ways in one morning; legitimate, she is preparing the submission to the {{u:UN Panel of Experts}}.
- {{p:s.han}} ({{p:Seo-yeon Han}}) typed "{{r:리옥희}}가" with the particle, got nothing, then retried. Ask IT for particle stripping in the search box.
- {{p:tomasz.w}} searched "song" for the music project, then a woman named {{p:Song}}. Fine.
- intake-bot is a service account.
""",
    },
    {
        "id": "h60-en-08",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Jang Hye-ryon", "장혜련", "witness", ["Hye-ryon", "Chang Hye-ryeon"]),
            ("Mun Kwang-chol", "문광철", "relative", ["Moon Kwang-chul"]),
        ],
        "note": "CRM contact-import error log; 'Surname, Given' cells, e-mail local parts, duplicate detection across North/South spellings (Mun/Moon), fullwidth letters in one pasted name, a zero-width joiner that broke matching, the word 'moon' in an event name; CRLF.",
        "text": """Import job #5521 - contacts_spring_gala_2024.csv -> CRM (donors & community)
Started 04/04/2024 16:20 by {{p:priya.n}} | 212 rows | 196 imported | 16 errors

Row 7: DUPLICATE - "{{r:Jang, Hye-ryon}}" matches existing contact "{{r:Chang Hye-ryeon}}" (same phone). Merged? [ ] yes [x] review
Row 12: INVALID EMAIL - "{{p:david.oh}}@@gmail.com" ({{p:Oh, David}})
Row 19: DUPLICATE - "{{r:Moon Kwang-chul}}" matches "{{r:Mun Kwang-chol}}" (same address, {{u:Ansan}}). Probably the same man (husband of {{r:Hye-ryon}}). Review.
Row 23: ENCODING - name field contains fullwidth characters "{{p:Ｃｈｏｉ　Ｍｉｎａ}}"; normalised to "{{p:Choi Mina}}".
Row 31: MISSING SURNAME - given name only: "{{p:Yeong}}". Source row says "table 4, came with {{p:Ha-eun}}".
Row 44: INVALID DATE - "Full Moon Supper 2023" in DOB column (column shift). Row skipped.
Row 58: DUPLICATE - "{{p:Seo Ji\u200d-hoon}}" NOT matched to "{{p:Seo Ji-hoon}}" because of a hidden character. Fix by hand.
Row 63: CONSENT - no marketing consent for "{{p:An, Ye-jin}}" ({{p:yejin.an}}@naver.com); imported as "do not contact".
Row 77: INVALID EMAIL - "{{r:hyeryon.jang}}@daum" (no domain ending).
Row 90: DUPLICATE - "{{p:So, Hee-young}}" vs "{{p:Soh Hee-young}}" - different birth years, keep both.
Row 102: PROTECTED - contact flagged "witness - do not import to donor lists": {{r:JANG HYE-RYON}}. Removed.
Row 118: ROLE ACCOUNT - "volunteers@" has no person name, skipped.
Row 131: MISSING SURNAME - "{{p:Jo}}" only (table 9). Could be {{p:Jo Min-seo}} (row 132).
Row 150: INVALID PHONE - "Mr. {{p:Park}}'s office". Row imported without phone.
Row 177: DUPLICATE - "{{p:Lee Soo-min}}" x3.
Row 201: ENCODING - "{{p:Kim Do?eun}}" (mojibake).

Comment ({{p:Priya}}): Please do NOT merge rows 7/19/102; Mrs {{r:Jang}} is a testimony witness and should never have been in the gala list. Ask {{p:Ji-hoon}} who exported it.
""",
    },
    {
        "id": "h60-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Han Chang-il", "한창일", "witness", ["Chang-il"]),
            ("O Kum-hui", "오금희", "witness", ["Kum-hui"]),
        ],
        "note": "Guest Wi-Fi voucher log at the front desk; guests and hosts, a witness with the surname Han and another with the surname O beside 'O/S' and the letter O in a voucher code, an emoji after a name, host initials, a courier with no name.",
        "text": """GUEST WI-FI VOUCHERS - reception, 3rd floor - week 23
voucher | issued | guest name | host | hours | note

K7Q-2201 | Mon 09:10 | {{r:Han Chang-il}} | {{p:MJ}} | 4 | interview, room B
K7Q-2203 | Mon 13:55 | {{p:Tom Fairley}} ({{u:BBC}} researcher) | {{p:Sung-ho}} | 2 | press
K7Q-2204 | Tue 10:02 | {{r:O Kum-hui}} | {{p:Ana}} | 3 | follow-up
K7Q-2205 | Tue 10:03 | {{r:O Kum-hui}}'s daughter | {{p:Ana}} | 3 | came along
O0O-2206 | Tue 11:40 | courier | - | 0.5 | (declined)
K7Q-2207 | Wed 14:20 | {{p:Lena Vogel}} | {{p:Sung-ho}} | 8 | audit, O/S till Fri
K7Q-2208 | Thu 09:30 | {{r:Chang-il}} 🙂 | {{p:MJ}} | 4 | second session
K7Q-2209 | Thu 09:31 | Mr {{p:Han}} (not the witness) | {{p:MJ}} | 1 | landlord, about the lease
K7Q-2210 | Fri 15:00 | {{r:Kum-hui}} | {{p:Ana}} | 2 | signed consent

Front desk notes ({{p:Yoon-ah}}): {{p:MJ}} asked that the witness and the landlord are kept apart in the log; the landlord is not a witness. {{r:O}} prefers to be called by her given name. The "O0O" voucher was a misprint.
""",
    },
    {
        "id": "h60-en-10",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Choe Un-sil", "최은실", "witness", ["Un-sil", "Choi Eun-sil"]),
            ("Sim Tae-gyong", "심태경", "coworker", ["Tae-gyong"]),
        ],
        "note": "Incoming-post register at the London office; senders and addressees, a witness's letter forwarded by a Home Office caseworker, a prison letter with a prisoner number, a Polish envelope with an inflected name, surname Sim beside SIM card; CRLF.",
        "text": """INCOMING POST REGISTER - London office - March 2024
No. | date rec'd | from | addressed to | item | action / passed to

0311 | 01/03 | {{u:Home Office}} (caseworker {{p:A. Mensah}}) | {{p:Rebecca Lowe}} | letter re {{r:CHOE Un-sil}}, ref. C1234567 | scanned, to {{p:RL}}
0312 | 01/03 | {{u:HM Courts & Tribunals Service}} | Legal team | hearing notice, appeal of {{r:Choi Eun-sil}} | diary 22/04, to {{p:Rebecca}}
0313 | 04/03 | {{r:Un-sil}} (handwritten, Korean) | "선생님들께" | 2-page letter + photo | translate, {{p:Ji-won}}
0314 | 05/03 | unknown, postmark {{u:Gdynia}} | "Pan {{r:Sim Tae-gyong}}, c/o [NGO]" | envelope: "dla Pana {{r:Sima}}" | hold; {{r:Sim}} not a client, ask {{p:Paweł}}
0315 | 05/03 | {{u:O2}} | Office | new SIM cards x3 | IT
0316 | 07/03 | Mr {{p:G. Okafor}} | Director | donation cheque GBP 50 | finance, thank-you card
0317 | 08/03 | {{u:HMP Wandsworth}}, prisoner A4471KL | "Miss {{p:Hana}}" | letter | to {{p:Hana Cho}}, sensitive
0319 | 12/03 | {{r:Choe Un-sil}} | {{p:Ji-won}} | card (birthday) | personal, to {{p:Ji-won}}
0320 | 14/03 | {{u:Royal Mail}} | - | "Sorry we missed you" for {{r:Tae-gyong Sim}} | collected by {{p:Paweł}} 15/03
0321 | 18/03 | {{u:Amnesty International UK}} | Director | event invitation | diary
0322 | 20/03 | {{p:Kim Seong-ho}}, {{u:New Malden}} | "To the people who help {{r:Un-sil}}" | cash GBP 20 + note | finance; note to {{p:Ji-won}}

Notes ({{p:Dorota}}, post duty):
- 0314: the sender wrote Polish forms ({{r:Sima}}, and inside "z Panem {{r:Simem}}"); it is the welder from the {{u:Gdańsk}} yard case, {{r:Sim Tae-gyong}}. {{p:Paweł}} will call him.
- 0317: prisoner number only, no name on the envelope; do not log the name in this register.
- 0313 and 0319: both from Ms {{r:Choe}}; the photo shows her with a friend, {{p:Kyong-hui}}.
""",
    },
    {
        "id": "h60-en-11",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Sophie An", "소피 안", "other", ["Sophie", "An"]),
        ],
        "note": "360-degree feedback summary for an NGO caseworker; reviewee with the surname An beside the article 'an', colleagues named by first name, a client referred to by initials, the word 'so' at sentence starts, a board member named.",
        "text": """360 FEEDBACK SUMMARY - CONFIDENTIAL
Reviewee: {{r:Sophie An}}, Senior Caseworker (Resettlement & Testimony)
Period: Jan-Dec 2023 | Facilitator: {{p:Mark Delaney}} (HR consultant) | 7 respondents (manager, 3 peers, 2 interpreters, 1 volunteer)

Strengths (themes)
1. Calm with witnesses. "{{r:Sophie}} has an ability to slow a frightened person down." (interpreter) "When Mr {{p:K.}} broke down in the October interview, {{r:Sophie}} just waited. It was an hour before we continued and nobody rushed." (peer)
2. Case notes. "{{r:An}}'s notes are the only ones I can hand to a lawyer without rewriting." - {{p:Daniel}} (manager).
3. Team. "She covered for {{p:Mi-rae}} for three weeks without complaining." (peer)

Areas to develop
1. Delegation. So much lands on her desk that she answers e-mails at midnight. "{{r:Sophie}} should let {{p:Tariq}} take the {{u:Kuwait}} files." (peer)
2. Boundaries with clients. Two respondents mention that a former worker, {{p:C.J.}}, has her personal mobile number. "It is kind, but it is an issue of safety." (volunteer)
3. Meetings. "Ms {{r:An}} sometimes goes quiet in big meetings and then raises the key point afterwards in an e-mail." (interpreter)

Verbatim, unattributed
- "Best colleague I have had. So patient."
- "I wish {{r:Sophie}} would push back on the board; {{p:Richard Hale}} listens to her."
- "An excellent interviewer, an average planner."
- "{{r:An}} and {{p:Yuna}} together are the strongest pair we have."

Facilitator's summary ({{p:MD}}): strong rating overall (4.3/5). Agreed actions: {{r:Sophie}} to hand over two {{u:Kuwait}} files to {{p:Tariq Aziz}}; work phone only for clients; {{p:Daniel Osei}} to check in monthly.
""",
    },
    {
        "id": "h60-en-12",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Hong Myong-chol", "홍명철", "witness", ["Myong-chol", "Hong"]),
            ("Pae Ok-ran", "배옥란", "witness", ["Ok-ran"]),
            ("Song Tae-il", "송태일", "supervisor", ["Tae-il"]),
        ],
        "note": "Intern's weekly logbook over five weeks, long; staff by first names and initials, witnesses by surname, given name and nickname, supervisor Song beside the word song, a Qatar site and a Chinese garment factory, an intern's own Slack handle, Korean names with particles in quotes.",
        "text": """INTERN LOGBOOK - {{p:Ella Whitcombe}} (MA placement, {{u:SOAS University of London}})
Supervisor: {{p:Ji-won Park}} | Placement: 5 weeks, Testimony team

WEEK 1 (3-7 June)
Mon - Induction with {{p:Ji-won}}. Data protection training with {{p:Marcus}}. Read the style guide: names of witnesses only in the secure drive, never in {{u:Slack}}. My {{u:Slack}} handle is @{{p:ella.w}}.
Tue - Shadowed {{p:Ji-won}} on a phone follow-up with {{r:Hong Myong-chol}} ({{u:Qatar}} file). Mr {{r:Hong}} asked twice whether his name would appear anywhere. {{p:Ji-won}} explained the pseudonym system. His pseudonym in the report will be "Worker 14".
Wed - Transcription practice: 20 minutes of {{r:Hong}}'s audio. He talks fast. He keeps saying "우리 {{r:송}} 반장" - {{p:Ji-won}} says that is the foreman, {{r:Song Tae-il}}.
Thu - Started the {{u:Qatar}} timeline. {{r:Myong-chol}} arrived in {{u:Doha}} in 2016, worked on a site in {{u:Lusail}}, then moved to {{u:Al Wakrah}}. Foreman {{r:Song}} took the workers' ID cards on arrival.
Fri - Team lunch. {{p:Tariq}} sang a song for {{p:Hae-jin}}'s birthday. Weekly check-in with {{p:JWP}}: fine.

WEEK 2 (10-14 June)
Mon - Second {{r:Hong}} file: medical papers from {{u:Hamad General Hospital}}, 2018, heat exhaustion. Name on the papers: "{{r:HONG MYONG CHOL}}". Cross-checked date of birth with the intake form.
Tue - Interview observation (sat at the back, no notes). Witness: {{r:Pae Ok-ran}}, 52, garment factory in {{u:Dandong}}. Interpreter {{p:Eun-bi}}. Ms {{r:Pae}} told us the line leader was {{p:Jong}}, a woman, and the Chinese boss was "{{p:老孙}}". She called the security man "{{p:Mustache}}". Everybody in her dormitory called her "Auntie {{r:Pae}}" because she was the oldest.
Wed - Typed up my observation notes for {{p:Ji-won}}. Learned: write {{r:Pae Ok-ran}} once, then Ms {{r:Pae}}; never "{{r:Ok-ran}}" in the English report unless the witness asks.
Thu - {{r:Ok-ran}} called the office and asked for "the young English girl". {{p:Ji-won}} took the call. Ms {{r:Pae}} wanted to add that {{p:Mustache}}'s name was {{p:Ri Kang-chol}}.
Fri - Read the {{u:UN}} report on overseas workers ({{u:Human Rights Council}} A/HRC/52/64). Very helpful background.

WEEK 3 (17-21 June)
Mon - Meeting with {{p:Marcus}} and Dr {{p:Frances Ojo}} (external expert) about the {{u:Qatar}} chapter. {{p:Frances}} wants the foreman's name in the annex only; {{r:Song Tae-il}} goes in the confidential annex.
Tue - Translation check: {{r:Hong}}'s statement, paragraph 12. He said "{{r:태일}}이가 우리 카드를 다 가져갔다" - I had typed "{{r:Tae-il}} took all our cards"; {{p:Ji-won}} says keep it, it is accurate.
Wed - Auntie {{r:Pae}} sent a photo of the dormitory via {{u:KakaoTalk}} to {{p:Eun-bi}}. Logged it as evidence item 33.
Thu - Day off (dentist).
Fri - Wrote the draft summary of {{r:Pae Ok-ran}}'s interview. {{p:JWP}}: "good, but too many adjectives".

WEEK 4 (24-28 June)
Mon - Coded 12 testimonies for the theme "passport confiscation". In 9 of them the foreman took the passport. {{r:Song}} appears in 2 ({{r:Hong}} and a second {{u:Qatar}} witness, {{p:Jon Kwang-u}}).
Tue - Jon is a surname here, not the English first name. {{p:Ji-won}} laughed at my note.
Thu - Phone follow-up with {{r:Myong-chol}} (with {{p:Eun-bi}}). He now agrees that {{r:Song}} can be named in the annex. He added: "{{r:송태일}} 반장님은 나쁜 사람이 아니었어요, 위에서 시킨 거죠." (Foreman {{r:Song}} was not a bad man, he was ordered from above.)
Fri - Quiet.

WEEK 5 (1-5 July)
Mon-Wed - Finalised the {{u:Qatar}} timeline.
Thu - Leaving drinks. {{p:Tariq}} sang the same song again.
Fri - Exit interview with {{p:Ji-won Park}}. I have to delete my local copies of the {{r:Hong}} and {{r:Pae}} files. Done, confirmed by {{p:Marcus}}.

Signed: {{p:E. Whitcombe}} | Countersigned: {{p:J.-W. Park}}
""",
    },
    {
        "id": "h60-en-13",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Kim Chol-min", "김철민", "witness", ["Chol-min"]),
            ("Kim Chol-ho", "김철호", "supervisor", []),
        ],
        "note": "Affidavit of service in a UK civil claim; two registered Kims with near-identical names (claimant and a supervisor named in the particulars), a process server, solicitors, a doorman and a receptionist; court and company registry public; CRLF.",
        "text": """IN THE {{u:HIGH COURT OF JUSTICE}}
{{u:KING'S BENCH DIVISION}}
Claim No. KB-2024-000417

BETWEEN
{{r:KIM CHOL-MIN}}
Claimant
and
(1) ORIENT MARINE PRODUCTS LIMITED (2) NORTHSEA FINE FOODS LIMITED
Defendants

AFFIDAVIT OF SERVICE

I, {{p:GARETH PRICE}}, of Price & Lloyd Process Services, 14 Bridge Street, {{u:Cardiff}}, process server, MAKE OATH and say as follows:

1. I am over 18 and not a party to this claim. I was instructed by Lowe Ibe Solicitors, acting for the Claimant, Mr {{r:Kim Chol-min}}, to serve the documents listed below on the Second Defendant.

2. On 12 June 2024 at 10:42 I attended the registered office of the Second Defendant at Unit 5, Harbour Park, {{u:Grimsby}}, as shown at {{u:Companies House}}. I was met by a receptionist who gave her name as {{p:Kelly}} and declined to give a surname. I asked for a director; {{p:Kelly}} told me that the only director present was Mr {{p:Neil Ashby}}.

3. At 10:51 Mr {{p:Ashby}} came to reception. I told him that I was serving documents in the claim brought by {{r:Kim Chol-min}}. He said, "Which one? We have had letters about that family name before." I showed him the title page. He said that the name "{{r:Kim Chol-ho}}" appeared in the letters he had seen and asked whether that was the same person. I told him I could not advise him; I noted that in the Particulars of Claim {{r:Kim Chol-ho}} is named as the Claimant's former supervisor at the plant and not as a party.

4. At 10:55 I handed to Mr {{p:Ashby}}, personally, one sealed copy each of: (a) the Claim Form; (b) the Particulars of Claim, with the schedule of loss prepared for Mr {{r:Kim}}; (c) the Response Pack.

5. Mr {{p:Ashby}} signed my receipt "{{p:N. Ashby}}". The doorman, {{p:Terry}}, witnessed the handover.

6. I identified Mr {{p:Ashby}} from the photograph on the company's website supplied to me by Ms {{p:Ibe}}.

SWORN at {{u:Cardiff}} on 13 June 2024
before me, {{p:Catrin Morgan}}, Solicitor / Commissioner for Oaths
Signed: {{p:G. Price}}
""",
    },
    {
        "id": "h60-en-14",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Kwang-su", "리광수", "witness", ["Ri"]),
            ("Jon Hye-gyong", "전혜경", "witness", ["JHG"]),
        ],
        "note": "Case-law digest headnotes compiled by the legal team; fictional claimants in case names (R (Ri) v SSHD, JHG v ...), anonymised initials as mentions, fictional judges private, real courts and the Home Secretary's office public, a surname used as a short case name.",
        "text": """CASE-LAW DIGEST - forced labour, trafficking and {{u:DPRK}} overseas workers (internal, updated Nov 2023)
Compiled by {{p:Naomi Feld}}; checked by {{p:Aled Rhys}}

[1] R (on the application of {{r:Ri}}) v {{u:Secretary of State for the Home Department}} [2021] (fictional digest entry)
Court: {{u:Upper Tribunal}} (Immigration and Asylum Chamber), Judge {{p:Okonjo}}.
Facts: The claimant, {{r:Ri Kwang-su}}, worked on building sites in {{u:Vladivostok}} 2013-2017 under a brigade system; passport held by the brigade leader ("{{p:K}}"); wages paid to a state enterprise.
Held: The decision of the competent authority that Mr {{r:Ri}} was not a victim of trafficking was irrational; insufficient weight given to the expert report of Dr {{p:Hannah Cole}} on wage confiscation.
Use: short name "{{r:Ri}}". Cite for the "state as trafficker" point. {{p:NF}} note: do not confuse with R ({{p:Rhee}}), which is a student-visa case.

[2] {{r:JHG}} v {{u:Secretary of State for the Home Department}} (fictional digest entry)
Court: {{u:Court of Appeal}}, Lord Justice {{p:Harlow}}, Lady Justice {{p:Mensah}}, Lord Justice {{p:Byrne}}.
Facts: Appellant {{r:JHG}} ({{r:Jon Hye-gyong}}), a seamstress at a garment factory in {{u:Hunchun}}, {{u:Jilin}}; identity anonymised by order. Her line leader, Mrs {{p:C.}}, recorded "ideological lapses" in a notebook produced in evidence.
Held: Appeal allowed. Risk on return established for a person who left an overseas work posting without permission.
Use: cite with [1]. Note: Ms {{r:Jon}}'s own witness statement is in the bundle at tab 7.

[3] {{p:Pak}} and others v Seafood Holdings (fictional, settled)
Court: {{u:Seoul Central District Court}}, Judge {{p:Yoo Seon-mi}}.
Facts: Four workers ({{p:Pak Myong-il}}, {{p:Choe}}, {{p:Han}}, {{p:O}}) from a plant in {{u:Donggang}}; claim for unpaid wages against the Korean-owned importer.
Outcome: settled; terms confidential.
Use: background only. Refer to as "{{p:Pak}}".

[4] Note on names: the tribunal's anonymisation orders use initials; our digest keeps the initials ({{r:JHG}}) and never the full name in public documents. {{p:Aled}} to check that [1] does not give {{r:Ri}}'s full name in the published version.
""",
    },
    {
        "id": "h60-en-15",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Chang Myong-hui", "장명희", "witness", ["Myong-hui"]),
            ("Ryu Song-ae", "류성애", "witness", ["Song-ae"]),
            ("Paek Yong-sik", "백영식", "supervisor", []),
        ],
        "note": "Letter before claim to a UK seafood buyer about a Chinese processing plant; two claimants, a supervisor, the buyer's fictional officers, audit firm staff; real Chinese cities; claimant Ryu; CRLF.",
        "text": """Lowe Ibe Solicitors
Our ref: LI/0917/MH | Your ref: -
Date: 2 September 2024

BY EMAIL AND POST
The Directors, Northsea Fine Foods Limited
For the attention of Mr {{p:Neil Ashby}} and Ms {{p:Joanna Pike}} (Head of Responsible Sourcing)

Dear Sirs

LETTER BEFORE CLAIM
Our clients: Ms {{r:CHANG Myong-hui}} and Ms {{r:RYU Song-ae}}

1. We act for Ms {{r:Chang Myong-hui}} ({{r:장명희}}) and Ms {{r:Ryu Song-ae}} ({{r:류성애}}). Between 2017 and 2020 both worked at a seafood processing plant in {{u:Donggang}}, {{u:Liaoning Province}}, {{u:China}}, which during that period supplied frozen cod and pollock fillets to you.

2. Our clients were among about 200 North Korean women at the plant. Their passports were held by the {{u:DPRK}} team leader, {{r:Paek Yong-sik}}. They worked twelve hours a day, six and a half days a week. Their wages were paid by the plant to Mr {{r:Paek}}, who passed on a small fraction and kept the rest for the state.

3. In 2019 your auditor, Mr {{p:Liu Qiang}} of a third-party audit firm, visited the plant. Ms {{r:Ryu}} recalls that the North Korean workers were locked in their dormitory for the day of the visit on {{r:Paek}}'s instructions. The audit report, signed by {{p:Liu}} and countersigned by your then sourcing manager Mr {{p:Tom Keegan}}, records "no foreign workers".

4. Ms {{r:Chang}} suffered a hand injury in 2018 on the filleting line; she was treated in the plant clinic by a doctor she knew as Dr {{p:Sun}} and returned to work after two days.

5. Our clients claim damages for unjust enrichment and negligence. Details are set out in the enclosed draft Particulars, with witness statements of {{r:Myong-hui}} and {{r:Song-ae}} (redacted), and of a former Chinese interpreter at the plant, Ms {{p:Jin Hua}} ({{p:金花}}).

6. Please acknowledge within 14 days and give a full response within 3 months, under the {{u:Practice Direction on Pre-Action Conduct}}.

Yours faithfully
Lowe Ibe Solicitors
(partner responsible: {{p:Sarah Ibe}}; assistant: {{p:Michael Hardy}}, {{p:mhardy}}@loweibe.example)
""",
    },
    {
        "id": "h60-en-16",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ho Chol-bom", "허철범", "witness", ["Chol-bom"]),
            ("Ma Yong-su", "마영수", "supervisor", ["Ma"]),
        ],
        "note": "Slop-chest account sheet from a tuna longliner (English with Vietnamese and Indonesian crew names, Korean crew); surname Ho beside ho (Vietnamese surname Hồ too), surname Ma beside 'Ma' the mother word, cigarette and instant-noodle purchases, captain and fishing master private.",
        "text": """SLOP CHEST ACCOUNT - F/V Hai Long 21 (tuna longliner) - trip 7, March-May 2019
Master: {{p:Chen Zhiyong}} | Fishing master: {{p:Lin Wei-ting}} | Slop chest kept by: chief cook {{p:Nguyễn Văn Hải}}
Prices in USD, deducted from wages at sign-off.

No. | crew | nat. | items | total
01 | {{p:Nguyễn Văn Tâm}} | VN | cigarettes 10 packs, coffee 3in1 x2 | 24.00
02 | {{p:Hồ Văn Phúc}} | VN | cigarettes 6, gloves 2 pr | 17.50
03 | {{p:Trần Minh Đức}} | VN | instant noodles 1 box, soap | 13.00
04 | {{p:Agus Setiawan}} | ID | kretek 8, phone card | 31.00
05 | {{p:Budi Santoso}} | ID | kretek 4, towel | 11.00
06 | {{p:Rizky}} (one name only) | ID | boots | 18.00
07 | {{r:Ho Chol-bom}} | KP | cigarettes 12, soju 4, boots | 52.00
08 | {{r:Ma Yong-su}} | KP | soju 10, cigarettes 20, "cash advance" 100 | 175.00
09 | {{p:Kang Il-hyok}} | KP | cigarettes 8, noodles | 21.00
10 | {{p:Sin Kwang-chol}} | KP | gloves, medicine (painkiller) | 9.50
11 | {{p:Ri Yong-gil}} | KP | - | 0.00

Remarks written on the back (English, cook's hand):
- No. 07 {{r:Ho}} says he never bought soju; {{r:Ma}} signed for it. Ho ho, says captain, not my problem.
- No. 08 {{r:Ma}} is the Korean leader. {{r:Ma}} takes the Korean wages from {{p:Lin}} in {{u:Port Louis}} and "keeps for them".
- No. 11 {{p:Ri}} buys nothing, sends everything to his Ma, he says. {{p:Ri}} cries at night.
- {{p:Tâm}} and {{p:Phúc}} paid cash at {{u:Kaohsiung}}.

Note from the NGO (added 2023, {{p:A. Suryani}}): sheet photographed by {{r:Ho Chol-bom}} before sign-off and given to us in 2022. {{r:Chol-bom}} confirms that {{r:Ma Yong-su}} signed for items the Korean crew never received. The Indonesian crew can be traced via our partner in {{u:Tegal}}; ask Mas {{p:Agus}}.
""",
    },
    {
        "id": "h60-en-17",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ri Hak-chol", "리학철", "witness", ["Hak-chol"]),
            ("Pang Kum-chol", "방금철", "coworker", ["Kum-chol"]),
            ("Kim Su-bong", "김수봉", "supervisor", ["Su-bong"]),
        ],
        "note": "Translated cold-injury (frostbite) register of a logging camp's medical post, Khabarovsk Krai; Russian medics with name and patronymic, Korean patients in Russian transliteration (Ли/Ri, Пан/Pang), a supervisor refusing evacuation, translator's brackets; CRLF.",
        "text": """TRANSLATION from Russian. Original: "Журнал регистрации холодовых травм", medical post, logging site No. 4, {{u:Verkhnebureinsky District}}, {{u:Khabarovsk Krai}}. Translated by {{p:Irina Sokolova}} for the NGO, 2022.

Paramedic on duty: {{p:Fedorov A. N.}} ({{p:Aleksandr Nikolayevich Fedorov}})

No. | date | patient | brigade | injury | treatment / outcome | signature

14 | 08.01.2019 | {{r:Li Khak Chkhol}} [{{r:Ri Hak-chol}}] | Korean brigade 2 | frostbite 2nd degree, toes of both feet | dressing, evacuation recommended; brigade leader {{r:Kim Su Bon}} [{{r:Kim Su-bong}}] refused | {{p:Fedorov}}
15 | 08.01.2019 | {{r:Pan Kym Chkhol}} [{{r:Pang Kum-chol}}] | Korean brigade 2 | frostbite 1st degree, fingers R hand | warm bath, dressing | {{p:Fedorov}}
16 | 11.01.2019 | {{p:Tsoi}} [{{p:Choe}}?], first name not given | Korean brigade 1 | frostbite of the ears | ointment | {{p:Fedorov}}
17 | 15.01.2019 | {{r:Li Khak Chkhol}} | Korean brigade 2 | same, 3rd degree, necrosis of 2 toes L foot | urgent evacuation to {{u:Chegdomyn}} | {{p:Fedorov}}, {{p:Kravets}}
19 | 02.02.2019 | {{r:Pan}} | Korean brigade 2 | frostbite 2nd degree, toes | dressing; patient says brigade leader ordered him back to work | {{p:Kravets}}
20 | 03.02.2019 | {{p:Ким Ен Нам}} [{{p:Kim Yong-nam}}] | Korean brigade 1 | frostbite 1st degree | - | {{p:Kravets}}

Handwritten note under entry 14 (translated): "Brigade leader {{r:Kim}} says the patient will recover in the barrack. Explained the risk of gangrene. He refused to sign. - {{p:A.N.F.}}"
Handwritten note under entry 17: "Evacuated by the timber truck of {{p:V. Vlasov}}. Leader {{r:Kim}} escorted. - {{p:O. Kravets}} (nurse {{p:Olga Kravets}})"

Translator's note: I give the Russian spelling first, as in the register, and the Korean form in square brackets as confirmed by {{r:Hak-chol}} in interview. {{r:Ri}} lost two toes at {{u:Chegdomyn}} hospital. {{r:Kum-chol}} is not in contact with us. {{p:I.S.}}
""",
    },
    {
        "id": "h60-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Sun-ok", "김순옥", "witness", ["순옥"]),
            ("Ri Myong-sun", "리명순", "supervisor", ["명순"]),
            ("Jo Hyang-mi", "조향미", "coworker", ["향미"]),
        ],
        "note": "Korean interview notes, squid-processing plant in Hunchun; surname 조 beside 1조/2조 (shift teams) and 조장, surname 안 beside the negation 안, Korean-Chinese interpreter with the affectionate suffix, a Chinese boss with a Korean title, particles and honorifics throughout.",
        "text": """면담 메모 - 2024. 4. 2. {{u:서울}} 사무실 (면담: {{p:정다은}}, 기록: {{p:정다은}}, 녹음 있음)
면담 대상: {{r:김순옥}} (1986년생, {{u:함경북도}} {{u:청진}} 출신, 2022년 입국)

1. 파견 경위
- 2017년 3월, {{u:신의주}}에서 버스로 {{u:단둥}} 건너가 다시 {{u:훈춘}}으로. 여성 노동자 약 150명.
- 출발 전 {{u:평양}}에서 2주 교육. 담당 지도원 이름은 기억 못 함. "{{p:김}} 지도원"이라고만.

2. 공장 / 작업
- 오징어, 명태 손질. 1조, 2조 맞교대. {{r:순옥}} 씨는 2조.
- 2조 조장이 {{r:조향미}}. 다들 "{{r:조}} 조장"이라 불렀음. {{r:향미}}는 {{r:순옥}} 씨와 동갑, 같은 방.
- 북측 책임자(지배인)는 {{r:리명순}}. 여권은 도착 첫날 {{r:리명순}} 지배인이 걷어 감. "{{r:명순}} 동지가 여권을 금고에 넣는 걸 봤다."
- {{u:중국}} 측 사장은 "{{p:왕}} 사장", 한 달에 한두 번 나타남. 조선족 통역은 {{p:최미란}}. {{r:순옥}} 씨는 "{{p:미란}}이 언니가 제일 잘해 줬다"고 함.
- 같은 방에 {{p:안}} 씨 아주머니(이름 모름)도 있었는데, 나이가 많아서 야간은 안 했다고.

3. 임금
- 계약서는 본 적 없음. {{u:중국}} 돈으로 한 달 2,500~2,800위안이라고 들었지만 손에 쥔 건 150~300위안.
- 나머지는 "국가 계획분", "충성자금", 식비, 숙소비로 {{r:리명순}}이 떼 감.

4. 사고
- 2019년 겨울, {{r:조향미}}가 절단기에 왼손 검지가 잘림. 공장 의무실에서 꿰매고 사흘 뒤 복귀.
- {{r:향미}}는 울지도 않았다고. {{r:리}} 지배인은 "조심하지 않은 본인 책임"이라고 총화 시간에 말함.

5. 코로나 이후
- 2020년 1월부터 국경 봉쇄로 귀국 못 함. 3년 넘게 공장 밖에 한 번도 못 나감.
- 2021년 여름 {{r:순옥}} 씨가 {{p:미란}}이 언니 휴대폰으로 남편 {{p:박철수}}에게 연락 시도, 실패.

6. 가족
- 남편 {{p:박철수}}, 딸 {{p:은별}}(2010년생). {{p:은별}}이는 지금 {{u:청진}}에 있을 것.

※ 확인할 것: {{r:조향미}}가 아직 {{u:훈춘}}에 있는지. {{r:순옥}} 씨 말로는 "{{r:향미}}는 절대 안 나온다"고 함. 면담자 메모 - {{p:다은}}
""",
    },
    {
        "id": "h60-ko-02",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Han Kwang-hyok", "한광혁", "witness", ["광혁", "Han Kwang-hyok"]),
            ("O Song-ryong", "오성룡", "supervisor", ["성룡"]),
            ("Ha Myong-il", "하명일", "coworker", ["명일"]),
            ("Yun Mi-hwa", "윤미화", "relative", ["미화"]),
        ],
        "note": "Korean third-person interview summary, Qatar construction, long; surname 오 beside 오전/오후/오 년, surname 하 beside 하루 and the verb 하다, surname 한 beside 한 달/한 번, romanized name inside Korean text, Kim Il Sung's and Kim Jong Un's birthdays mentioned neutrally; CRLF.",
        "text": """면담 요약 (3인칭) - 사건번호 QA-23-018

면담 대상: {{r:한광혁}} (남, 1983년생, {{u:평안남도}} {{u:순천}} 출신). 여권상 영문 표기 {{r:Han Kwang-hyok}}.
면담 일시: 2023년 11월 21일 오전 10시~오후 4시
면담자: {{p:이수빈}}, {{p:Daniel Kwon}} | 기록: {{p:이수빈}}

1. 파견 전
{{r:한광혁}} 씨는 {{u:순천}}의 건설 기업소 미장공이었다. 2015년 봄 기업소 당비서가 해외 파견 명단에 이름을 올렸다고 한다. 한 달 동안 {{u:평양}}에서 사상 교육을 받았고, 교육 강사는 "{{p:최}} 선생"이라고만 기억한다.

2. 도착과 현장
2015년 7월 {{u:도하}}에 도착했다. 같은 비행기로 온 사람은 38명. 공항에서 작업반장 {{r:오성룡}}이 여권을 모두 거둬 갔다. {{r:오}} 반장은 이후 오 년 동안 여권을 돌려주지 않았다. 숙소는 {{u:알 와크라}} 외곽의 노동자 캠프였고, 방 하나에 12명이 잤다. {{r:광혁}} 씨와 같은 방에 {{r:하명일}}이 있었다.

현장은 {{u:루사일}}의 고층 주거 단지였다. {{u:카타르}} 원청 회사의 감독관은 인도인 {{p:라지브}}였다. 하루 작업은 오전 5시에 시작해 밤 9시 넘어서 끝났다. 여름 한낮에는 일을 하면 안 된다는 규정이 있었지만, {{r:오}} 반장은 "실내 작업은 괜찮다"며 계속 일을 시켰다.

3. 임금과 공제
{{u:카타르}} 회사가 1인당 월 1,200리얄 정도를 {{r:오성룡}} 반장에게 지급한 것으로 {{r:한광혁}} 씨는 알고 있다. 실제로 받은 돈은 한 달에 100~150리얄이었고, 태양절({{u:김일성}} 생일)과 {{u:김정은}} 생일 전에는 "충성자금" 명목으로 그마저 없었다. 장부는 회계원 {{p:박}} 씨가 관리했다. {{r:광혁}} 씨는 "한 번도 장부를 본 적이 없다"고 말했다.

4. {{r:하명일}}의 사고
2017년 8월 {{r:하명일}}이 7층 비계에서 떨어져 다리가 부러졌다. 구급차는 부르지 않았고, {{p:라지브}}가 자기 차로 {{u:하마드 종합병원}}에 데려갔다. {{r:오성룡}}은 이 일로 {{p:라지브}}와 크게 다퉜다. {{r:명일}}이는 두 달 만에 다시 현장에 나왔고, 이듬해 귀국했다. {{r:한광혁}} 씨는 "{{r:하}} 동무는 귀국하면서 '하, 이제 살았다'고 했다"고 전했다.

5. 가족
아내 {{r:윤미화}}와 아들 {{p:한진주}}는 {{u:순천}}에 있다. 파견 기간 중 {{r:미화}} 씨와는 편지 두 통을 주고받은 것이 전부였다. 편지는 {{r:오}} 반장이 먼저 읽고 전달했다.

6. 이탈
2020년 초 코로나로 귀국이 막히자 {{r:한광혁}} 씨는 같은 캠프의 네팔 노동자 {{p:비크람}}의 도움으로 {{u:주카타르 대한민국 대사관}}에 연락했다. 2020년 10월 {{u:한국}}에 입국했다.

7. 면담자 의견
진술은 일관되며 {{r:오성룡}}, {{r:하명일}}에 대한 진술은 2022년 다른 증인({{p:강철호}})의 진술과 일치한다. 다음 면담 때 {{r:광혁}} 씨에게 {{p:라지브}}의 성(姓)을 확인할 것. - {{p:수빈}}
""",
    },
    {
        "id": "h60-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Sok Kwang-il", "석광일", "witness", ["광일"]),
            ("Jon Yong-ho", "전용호", "supervisor", ["용호"]),
            ("Im Song-chol", "임성철", "coworker", ["성철"]),
        ],
        "note": "Korean question-and-answer transcript, apartment construction in Vladivostok; speaker labels 문/답 beside an interviewer surnamed 문, supervisor surnamed 전 beside 전 (before) and 전에, coworker 임 with the affectionate suffix, Russian foreman's name in Cyrillic and Hangul.",
        "text": """녹취록 - RU-22-041 2차 면담 (2024. 1. 16., 면담자 {{p:문지선}}, 통역 없음)
표기: 문 = 면담자({{p:문지선}}), 답 = {{r:석광일}}

문: 지난번에는 {{u:블라디보스토크}} 도착하신 데까지 말씀하셨어요.
답: 네. 2016년 4월이었습니다. 그 전에는 {{u:나선}}에서 일했고요.
문: 현장 책임자는 누구였어요?
답: {{r:전용호}}라고, 작업반장입니다. 다들 "{{r:전}} 반장"이라고 했어요. 전에 {{u:하바롭스크}}에서도 반장을 했다고 하더라고요.
문: {{r:전용호}} 씨가 여권을 가져갔나요?
답: 예, 도착한 날 저녁에 다 걷어 갔습니다. {{r:용호}} 반장은 금고를 침대 밑에 뒀어요.
문: 같이 일한 사람 중에 기억나는 분 있으세요?
답: {{r:임성철}}이요. 제 고향 친구입니다. {{r:성철}}이랑 저는 철근 일을 했어요.
문: {{u:러시아}} 사람들하고는 어땠어요?
답: {{u:러시아}} 십장이 {{p:세르게이}}, {{p:Сергей Иванович}}라고 있었는데, 사람이 좋았어요. 빵도 주고. {{r:전}} 반장은 {{p:세르게이}}하고 말하는 것도 싫어했어요.
문: 임금은 어떻게 받으셨어요?
답: 한 달에 한 번 {{r:전용호}} 반장이 돈을 나눠 주는데, {{u:러시아}} 회사가 낸 돈은 5만 루블이 넘었다고 들었어요. 저희 손에는 3천, 4천 루블.
문: 그 얘기는 누구한테 들으셨어요?
답: {{p:세르게이}}가 {{r:성철}}이한테 말해 줬어요. {{r:성철}}이가 러시아어를 좀 했거든요.
문: 다치거나 아픈 적은 없으셨어요?
답: 2017년 11월에 {{r:임성철}}이가 5층에서 떨어졌어요. 안전 그물이 없었어요. {{r:전}} 반장은 "병원 가면 돈 든다"고 숙소에 눕혀 놨어요. 결국 {{p:세르게이}}가 자기 차로 병원에 데려갔습니다.
문: 그 후에 {{r:임성철}} 씨는요?
답: 12월에 귀국시켰어요. 그 뒤로는 소식 모릅니다. {{r:성철}}이 어머니가 {{p:황금순}}인데, 혹시 찾을 수 있으면…
문: 알겠습니다. 저희가 기록해 두겠습니다. {{r:광일}} 씨는 언제 나오셨어요?
답: 2019년 2월에요. {{p:세르게이}} 처남 {{p:Дима}}({{p:디마}})가 {{u:모스크바}}까지 차로 태워 줬어요.
문: 마지막으로, 이름 표기를 확인할게요. {{r:석광일}}, 돌 석(石) 자 맞으시죠?
답: 네, 석. 반장은 온전할 전(全), {{r:전용호}}.
[녹음 종료 15:42]
""",
    },
    {
        "id": "h60-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Pyon Sun-nyo", "변순녀", "witness", ["순녀", "변서윤", "서윤"]),
            ("Pyon Chang-gil", "변창길", "relative", ["창길"]),
        ],
        "note": "Naming-house consultation sheet for a resettled former seafood-plant worker changing her name; current name in Hangul and Hanja, chosen new name registered as an alias, candidate names discussed as words left unmarked, a surname 변 discussed as a word, the namer and a referring caseworker private.",
        "text": """작명 상담 기록지 - ○○작명원 (상담: {{p:노정한}} 원장)
상담일: 2024년 5월 9일 | 의뢰 경로: 하나센터 상담사 {{p:권민지}} 선생님 소개

■ 의뢰인
현재 이름: {{r:변순녀}} ({{r:卞順女}}) / 1979년생 / 음력 3월 11일 인시
출신: {{u:함경남도}} {{u:단천}} / 2023년 입국
개명 사유: "{{r:순녀}}라는 이름이 너무 옛날 이름이라 직장에서 놀림을 받는다", "{{u:중국}} 공장에 있을 때 감독이 '{{r:순녀}}야' 하고 부르던 목소리가 생각난다."

■ 가족
부: {{r:변창길}} (사망 추정, {{u:단천}}) / 모: {{p:리옥단}} / 딸: {{p:변하나}}(2005년생, {{u:북한}}에 있음)
※ 의뢰인 요청: 딸 이름에 들어간 '하나'와 겹치지 않게.

■ 성씨
변(卞)은 획수 4획. 성은 바꾸지 않음. 의뢰인은 "아버지 {{r:창길}}이 물려준 성이니 그대로"라고 함.

■ 후보 (원장 제시)
1) 서윤 (瑞允) - 획수 13+4, 오행 무난
2) 지안 (智安)
3) 하윤 (夏允) - 딸 이름과 '하'가 겹쳐 제외

■ 결정
의뢰인이 1번 선택. 새 이름: {{r:변서윤}} ({{r:卞瑞允}}).
"이제 {{r:서윤}}이라고 불러 주세요." - 의뢰인
법원 개명 신청서 작성은 {{p:권민지}} 선생님이 돕기로 함. 작명 증서 발급(원장 {{p:노정한}} 서명).

비고: 의뢰인의 공장 시절 동료 {{p:곽영희}}도 개명 상담 희망, 다음 주 방문 예정. {{p:곽}} 씨 연락처는 {{r:서윤}} 씨가 전달.
""",
    },
    {
        "id": "h60-ko-05",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Jang Chol-un", "장철운", "witness", ["철운"]),
            ("Kang Ok-bun", "강옥분", "witness", ["옥분"]),
        ],
        "note": "Church offering-envelope register at a resettlement congregation; donor names with 집사/권사/성도 titles outside, couples written 장철운·강옥분 with a middle dot, anonymous envelopes, a family envelope 김씨 가정, a pastor private, names as prayer topics.",
        "text": """2024년 3월 둘째 주 헌금 봉투 기록부 (회계: {{p:문혜정}} 집사, 확인: {{p:유승범}} 장로)

번호 | 구분 | 이름 | 금액 | 기도 제목
1 | 십일조 | {{p:김정순}} 권사 | 50,000 | 손주 {{p:예린}}이 대학 입학
2 | 감사 | {{r:장철운}}·{{r:강옥분}} 성도 | 30,000 | 첫 직장 3개월 무사히
3 | 감사 | 무명 | 10,000 |
4 | 선교 | {{p:하은지}} | 5,000 | {{u:러시아}} 벌목공 형제들을 위해
5 | 감사 | {{r:강옥분}} | 20,000 | 남편 {{r:철운}} 씨 허리 치료, {{u:중국}}에 있는 동생 {{p:강옥희}}
6 | 감사 | {{p:김}}씨 가정 | 10,000 | 이사
7 | 건축 | {{r:장철운}} | 10,000 | {{u:쿠웨이트}}에서 같이 일한 {{p:곽성진}} 형님 소식
8 | 주정 | {{p:안소망}} 어린이 | 1,000 | 안 아프게 해 주세요
9 | 감사 | Mrs. {{p:Grace Park}} | 50,000 |
10 | 선교 | 무명 (봉투에 "{{p:ㅈㅇ}}") | 20,000 |

합계 206,000원

특이사항:
- 2번 봉투 이름은 {{r:강옥분}} 성도가 대신 씀. {{r:장철운}} 성도는 한글 쓰기 연습 중.
- 7번 기도 제목은 주보에 싣지 말 것 ({{r:철운}} 형제 요청, 담임 {{p:배요한}} 목사님 확인).
- 10번 "{{p:ㅈㅇ}}"은 누구인지 모름.
""",
    },
    {
        "id": "h60-ko-06",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Song Yong-chol", "송영철", "witness", ["영철"]),
            ("Chae Kum-ok", "채금옥", "relative", ["금옥"]),
        ],
        "note": "Apartment parking-permit application list at a public rental complex; household heads, car owners and registered drivers, a surname 송 in a dong/ho table, a romanized name from a vehicle registration, a surname 채 beside 채 (counter for buildings), a company car under a boss's name.",
        "text": """○○ 국민임대아파트 관리사무소 - 2024년 상반기 정기 주차 스티커 신청 접수 명단
접수 담당: {{p:표지은}} 주임 / 기간 1.2.~1.12.

동-호 | 세대주 | 차량 소유자 | 차량번호 | 차종 | 비고
101-1105 | {{r:송영철}} | {{r:송영철}} | 34나 7788 | 포터 | 화물, 야간 주차 협의
102-201 | {{r:채금옥}} | {{r:송영철}} | (위와 동일) | - | 부부, 같은 세대 아님(주소 분리) - 확인 요청
102-808 | {{p:임하늘}} | {{p:SONG DAEHYUN}} | 56다 1212 | 아반떼 | 동거인 차량 (외국 면허 번역본 첨부)
103-502 | {{p:권용식}} | (주)대한물류 | 78라 9090 | 스타렉스 | 법인 차량, 사장 {{p:백인수}} 명의 위임장
104-101 | {{p:김영}} | {{p:김영}} | 11바 5656 | 카니발 |
104-707 | {{p:차옥순}} | 아들 {{p:차현우}} | 22사 7878 | K5 | 아들 주소 타지 - 반려

처리 메모:
- 101-1105 {{r:송}} 씨 포터는 건설 현장 출퇴근용. {{r:영철}} 씨는 "{{u:러시아}}에서 운전하던 경력"이 있다고 말함. 화물차 야간 주차는 관리소장 {{p:문}} 소장님 결재 후.
- 102-201 {{r:채금옥}} 씨는 {{r:송영철}} 씨 배우자. 두 채(101동, 102동)에 따로 입주한 사정은 하나센터 상담사 {{p:구은영}} 선생님이 설명 예정.
- 104-101 {{p:김영}} 씨 이름 두 글자 맞음(외자).
""",
    },
    {
        "id": "h60-ko-07",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ri Kum-suk", "리금숙", "witness", ["금숙", "이금숙"]),
            ("Jong Un-chol", "정운철", "witness", ["운철"]),
        ],
        "note": "Community-centre energy-voucher application list; applicants in a table with ages and household types, the same woman written 리금숙 and 이금숙, a proxy applicant, a social worker and a neighbour; 정 surname beside 정(情) in a remark; CRLF.",
        "text": """2023년 동절기 에너지바우처 신청 접수 대장 - ○○동 행정복지센터 맞춤형복지팀
담당: {{p:고은비}} 주무관

연번 | 신청인 | 생년 | 가구 유형 | 신청 방법 | 비고
1 | {{p:박말순}} | 1941 | 노인 1인 | 방문 |
2 | {{r:리금숙}} | 1972 | 한부모 | 대리 (하나센터 {{p:윤세영}}) | 북한이탈주민, 주민등록상 {{r:이금숙}}
3 | {{p:김도현}} | 1988 | 장애 | 온라인 |
4 | {{r:정운철}} | 1965 | 1인 | 방문 | 산재 요양 중 ({{u:러시아}} 벌목장 부상 후유증)
5 | {{p:장은숙}} | 1950 | 노인 부부 | 방문 | 남편 {{p:백한수}}
6 | {{p:Nguyen Thi Hoa}} | 1990 | 다문화 | 방문 | 남편 {{p:최진호}} 대리 서명
7 | {{p:오춘자}} | 1946 | 노인 1인 | 전화 | 이웃 {{p:하영미}} 씨가 도와줌

상담 메모:
- 2번 {{r:리금숙}} 씨: 이름 표기 "리"/"이" 불일치로 전산 조회 안 됨. 주민등록 기준 {{r:이금숙}}으로 입력. 본인은 "{{r:금숙}}이라고만 불러도 된다"고 함. 딸 {{p:리하윤}}(중2)과 2인 가구.
- 4번 {{r:정운철}} 씨: 겨울에 손발 동상 후유증으로 난방 필요. {{r:운철}} 씨는 정이 많은 분, 직접 만든 두부를 가져옴(정중히 사양).
- 7번 {{p:오춘자}} 어르신은 오전에만 통화 가능.
""",
    },
    {
        "id": "h60-ko-08",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Hyok", "김혁", "witness", ["혁"]),
            ("Pak Un-jong", "박은정", "witness", ["은정"]),
        ],
        "note": "Qualification-exam seating plan for a welding written test; candidates by seat, a one-syllable given name 혁 (김혁) with the vocative 아, a candidate 박은정 and an unrelated candidate 박은종, invigilators private, a name with a middle dot for a foreign-born candidate.",
        "text": """2024년 제2회 기능사 필기시험 - 제7고사실 좌석 배치표 (○○공업고등학교 2층)
감독관: 정 {{p:나은수}}, 부 {{p:탁민호}}

1열: 01 {{p:강태윤}} / 02 {{p:고민석}} / 03 {{r:김혁}} / 04 {{p:김혜진}} / 05 {{p:남궁선}}
2열: 06 {{p:도경수}} / 07 {{p:류하은}} / 08 {{p:마동길}} / 09 {{r:박은정}} / 10 {{p:박은종}}
3열: 11 {{p:서지호}} / 12 {{p:송민재}} / 13 {{p:아지즈 카리모프}} / 14 {{p:안세빈}} / 15 결시
4열: 16 {{p:오현석}} / 17 {{p:응우옌·티·란}} / 18 {{p:이하람}} / 19 {{p:장우진}} / 20 {{p:하지민}}

감독 메모 ({{p:나은수}}):
- 03번 {{r:김혁}} 응시자: 신분증 사진과 인상이 달라 재확인. 북한이탈주민 정착지원 과정 수료자, 동행한 직업상담사 {{p:유미란}} 선생님이 확인. 상담사가 복도에서 "{{r:혁}}아, 천천히 해" 하고 응원함.
- 09번 {{r:박은정}} 응시자와 10번 {{p:박은종}} 응시자 이름이 비슷해 답안지 바뀌지 않도록 주의. {{r:은정}} 씨는 {{u:중국}} 수산물 공장 출신이라고 쉬는 시간에 말함.
- 15번 결시자({{p:안명호}}).
- 17번 응시자 이름 가운뎃점 표기 그대로 둠.
""",
    },
    {
        "id": "h60-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ryom Chol-su", "렴철수", "witness", ["철수", "염철수"]),
            ("Kang Hye-jong", "강혜정", "relative", ["혜정"]),
        ],
        "note": "Debt-counselling repayment plan for a resettled former logging worker; creditors include a broker and an acquaintance, 렴/염 spellings, a sister-in-law as guarantor, a credit counsellor, amounts in won and yuan; a broker nicknamed 꼬마 beside the ordinary word.",
        "text": """채무 조정 상담 - 변제 계획서 (안)
상담 기관: ○○신용회복 상담센터 | 상담사: {{p:표민아}}
내담자: {{r:렴철수}} (주민등록상 {{r:염철수}}, 1969년생, {{u:러시아}} 벌목장 파견 경력, 2019년 입국)

1. 채무 현황
① 탈북 브로커 비용 잔액 - 채권자: "{{p:꼬마}}"(실명 모름, 조선족, {{u:옌지}}) / 잔액 500만 원 / 구두 약정
② 지인 차용 - 채권자: {{p:곽영수}} / 300만 원 / 차용증 있음
③ 카드론 - ○○카드 / 820만 원
④ 통신요금 연체 - 17만 원
⑤ 처제 {{r:강혜정}} 보증으로 빌린 돈 - 채권자: {{p:신현규}} / 200만 원

2. 소득
- 건설 일용직, 월 평균 210만 원. 부인 {{p:강혜란}}은 식당 보조, 월 130만 원.

3. 변제 계획 (36개월)
- ③ 카드론: 개인워크아웃 신청, 월 18만 원.
- ②: {{p:곽영수}} 씨와 월 10만 원 분할 합의 (내담자가 직접 연락).
- ⑤: {{r:혜정}} 씨가 보증인이라 우선 상환. 월 15만 원.
- ①: 법적 채무로 보기 어려움. 상담사 의견 - 변제 보류, 협박이 있으면 경찰 신고.

4. 상담 기록
- 내담자가 "{{p:꼬마}}가 또 전화했다"고 함. 꼬마라는 별명은 키가 작아서라고. 그 브로커는 늘 {{u:중국}} 번호로 전화.
- {{r:철수}} 씨는 "{{u:러시아}}에서 번 돈은 한 푼도 못 가지고 나왔다"고 반복. 벌목장 반장 {{p:리만호}}가 임금을 다 가져갔다고.
- 다음 상담 6월 3일, 부인 {{p:강혜란}} 씨 동석 예정. - {{p:표민아}}
""",
    },
    {
        "id": "h60-ko-10",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Mun Song-hui", "문성희", "witness", ["성희"]),
            ("Yu Kwang-nam", "유광남", "witness", ["광남"]),
        ],
        "note": "Second-hand appliance giveaway list at a resettlement NGO; recipients, donors and delivery volunteers, 문 surname beside 문 (door) in delivery notes, 유 surname beside 유 (oil) in 유류비, an emoji after a name, a donor company left unmarked; CRLF.",
        "text": """중고 가전 나눔 신청 및 배정 명단 (2024년 2월) - 담당 {{p:석다인}}

번호 | 품목 | 기증자 | 신청자 | 배정 | 배송 봉사자
1 | 냉장고 (300L) | {{p:한민영}} | {{r:문성희}} | 확정 | {{p:장지호}}
2 | 세탁기 | 새봄교회 청년부 | {{r:유광남}} | 확정 | {{p:장지호}}, {{p:탁승우}}
3 | 전자레인지 | {{p:Emily Hart}} | {{p:조옥련}} | 확정 | 본인 수령
4 | 전기밥솥 | {{p:오미숙}} 😊 | {{r:문성희}} | 중복 신청 → 대기 | -
5 | TV 32인치 | {{p:류태준}} | {{r:광남}} 씨 동생 {{p:유광철}} | 보류 (동생은 회원 아님) | -

배송 메모:
- 1번: {{r:문성희}} 님 댁 현관문이 좁아 냉장고 문을 떼고 들여야 함. {{r:성희}} 님이 "문 떼는 건 괜찮다"고 함.
- 2번: {{r:유광남}} 님은 {{u:카타르}}에서 일할 때 허리를 다쳐 직접 못 옮김. 봉사자 2명 필요. 유류비 1만 원 지급.
- 4번: {{p:오미숙}} 님 밥솥은 {{r:문}} 님이 이미 1번 받으셔서 다음 신청자에게. ({{p:석다인}} 의견: {{p:조옥련}} 님께?)
- 5번: {{r:광남}} 님이 동생 {{p:광철}} 씨 것도 받고 싶다고 함 → 대표 {{p:신우현}} 님 결정.
""",
    },
    {
        "id": "h60-ko-11",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Chun-hwa", "리춘화", "witness", ["춘화"]),
            ("Kwak Il-nam", "곽일남", "witness", ["일남"]),
        ],
        "note": "Meeting-room booking ledger at a Seoul NGO; bookings by staff (first names, English names, initials), interview rooms booked under witnesses' pseudonyms and names, an external lawyer, a name written with an honorific 님, a room called 하늘방 beside the personal name 하늘.",
        "text": """회의실 예약 대장 - 2024년 6월 넷째 주
방: 하늘방(대), 바다방(소), 상담실(녹음 가능)

날짜 | 시간 | 방 | 예약자 | 용도 | 참석
6/24(월) | 10:00-12:00 | 상담실 | {{p:윤세라}} | 면담 (증인 {{r:리춘화}}) | {{p:윤세라}}, 통역 {{p:김하늘}}
6/24(월) | 14:00-15:00 | 하늘방 | {{p:Mark}} | 주간 회의 | 전원
6/25(화) | 09:30-11:00 | 바다방 | {{p:JY}} | 변호사 회의 | {{p:최진영}}, 법무법인 {{p:황보은지}} 변호사
6/25(화) | 13:00-17:00 | 상담실 | {{p:윤세라}} | 면담 (증인 "W-27" = {{r:곽일남}}) | {{p:윤세라}}, {{p:하늘}} 님
6/27(목) | 15:00-16:00 | 상담실 | {{p:최진영}} | {{r:춘화}} 님 진술서 서명 | {{r:리춘화}}, {{p:최진영}}
6/28(금) | 11:00-12:00 | 바다방 | {{p:Mark}} | 1:1 ({{p:Mark}}/{{p:세라}}) |

메모:
- 6/25 상담실: {{r:곽일남}} 님은 가명 W-27로만 달력에 표시. 대장에는 실명 기재 금지 - 다음 주부터 적용 ({{p:진영}} 지적).
- 통역 {{p:김하늘}} 님은 6/24, 6/25 모두 가능. 하늘방과 헷갈리지 않게 "통역 {{p:하늘}}"로 쓸 것.
- 6/27 {{r:춘화}} 님은 {{u:단둥}} 시절 동료 {{p:편영옥}} 님과 함께 오실 수 있음.
""",
    },
    {
        "id": "h60-ko-12",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Choe Song-il", "최성일", "witness", ["성일", "최"]),
            ("So Kyong-hui", "소경희", "witness", ["경희"]),
        ],
        "note": "Video-call waiting-room admit log for an online group interview; display names as typed by participants (phone model names, nicknames, English names, initials, an emoji name), a witness with the surname 소 beside 소 (cow) in a display name, the host's decisions.",
        "text": """화상 면담 대기실 입장 기록 - 2024. 3. 14.(목) 19:00 | 호스트: {{p:배지우}} | 공동 호스트: {{p:윤태오}}

시각 | 대기실 표시 이름 | 조치 | 확인된 실명
18:52 | {{p:배지우}} (호스트) | - | -
18:53 | {{p:Taeo Yoon}} | 입장 허용 | {{p:윤태오}}
18:55 | Galaxy S21 | 보류 → 채팅으로 이름 질문 → 입장 | {{r:최성일}}
18:57 | {{r:경희}}🌸 | 입장 허용 | {{r:소경희}}
18:58 | 소띠엄마 | 보류 | (확인 안 됨, 대기실에서 퇴장)
19:01 | {{p:KJH}} | 입장 허용 | {{p:김지후}} (통역)
19:03 | iPhone | 거부 | 이름 밝히지 않음
19:04 | {{r:최}} | 입장 허용 | {{r:최성일}} (재접속, 두 번째 기기)
19:20 | {{p:Mina Han}} | 거부 | 초대 명단 없음 - 나중에 {{p:한민아}} 기자로 확인
19:41 | {{r:성일}} 폰 | 입장 허용 | {{r:최성일}} (3번째 재접속)

메모 ({{p:지우}}):
- {{r:최성일}} 님은 {{u:쿠웨이트}}에서 쓰던 중고폰이라 기기 이름이 그대로 "Galaxy S21"로 떴음. 다음엔 이름을 "{{r:성일}}"로 바꾸시라고 안내.
- {{r:소경희}} 님 표시 이름에 꽃 이모지. "소띠엄마"는 {{r:경희}} 님 아님(본인 확인). 누구인지 모름.
- {{p:한민아}} 기자 입장 시도는 대표 {{p:추명석}}에게 보고.
""",
    },
    {
        "id": "h60-ko-13",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ri Yong-gwang", "리용광", "witness", ["용광"]),
        ],
        "note": "Book-donation register for a resettlement centre library; donor names beside authors' names (real authors public, fictional memoir authors private), a memoir written by a registered witness, a book title containing a personal name, a donor with initials; CRLF.",
        "text": """도서 기증 접수 대장 - ○○센터 작은도서관 (접수 {{p:허은수}})

번호 | 접수일 | 기증자 | 도서명 | 저자 | 권수 | 비고
201 | 4/1 | {{p:나경민}} | 소년이 온다 | {{u:한강}} | 1 |
202 | 4/1 | {{p:나경민}} | 토지 1~5 | {{u:박경리}} | 5 |
203 | 4/3 | {{r:리용광}} | 시베리아의 겨울 - 벌목공 {{r:리용광}}의 수기 | {{r:리용광}} | 10 | 저자 기증, 사인본
204 | 4/3 | {{p:Hannah Reed}} | Nothing to Envy | {{u:Barbara Demick}} | 2 | 영문
205 | 4/8 | 익명 | 엄마를 부탁해 | {{u:신경숙}} | 1 |
206 | 4/9 | {{p:ㅂㅅㅎ}} 님 | {{p:순임}}이의 편지 | {{p:박순임}} | 1 | 자비 출판 수기, 저자 연락처 없음
207 | 4/12 | {{p:홍지아}} | 한국어 어휘 1000 | 편집부 | 3 |
208 | 4/15 | {{r:용광}} 씨 지인 {{p:송태범}} | 시베리아의 겨울 | {{r:리용광}} | 5 | 추가분

메모:
- 203/208: {{r:리용광}} 님 수기. {{u:러시아}} {{u:아무르주}} 벌목장 이야기. 책 속 반장 이름은 가명이라고 {{r:용광}} 님이 말씀하심.
- 206: 저자 {{p:박순임}} 님을 아는 분은 {{p:허은수}}에게 연락.
- 도서 분류: {{u:한국}} 문학(201, 202, 205), {{u:북한}} 관련(203, 204, 206, 208).
""",
    },
    {
        "id": "h60-ko-14",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Pang Ok-hwa", "방옥화", "witness", ["옥화"]),
            ("Hwang Chol", "황철", "witness", ["철"]),
        ],
        "note": "Side-dish delivery route sheet for elderly and ill resettled workers; recipients by stop, a one-syllable given name 철 beside 철 (season/iron) in remarks, surname 방 beside 방 (room), volunteers with cars, a dog's name left unmarked.",
        "text": """반찬 나눔 배달 경로표 - 목요일 B코스 (차량: {{p:엄기훈}} 봉사자, 동승 {{p:채소연}})

순서 | 받는 분 | 주소(동) | 반찬 | 비고
1 | {{r:방옥화}} 어르신 | ○○동 | 멸치볶음, 된장국 | 3층, 엘리베이터 없음
2 | {{p:우정남}} 님 | ○○동 | 김치, 잡채 | 당뇨 - 단 반찬 빼기
3 | {{r:황철}} 님 | △△동 | 미역국, 두부조림 | 치아 불편, 부드러운 것
4 | {{p:김경순}}·{{p:리봉남}} 부부 | △△동 | 김치 2통 |
5 | {{p:탁영자}} 님 | □□동 | 나물 3종 | 개(이름 '복실이') 조심

지난주 메모:
- 1번 {{r:방옥화}} 어르신: 방 안이 추움. 센터 복지사 {{p:변해린}} 선생님께 전달함. {{r:옥화}} 님은 {{u:중국}} 가발 공장에서 8년 일하셨다고.
- 3번 {{r:황철}} 님: 철마다 몸이 안 좋으심. {{r:철}} 님이라고 부르면 좋아하심. {{u:쿠웨이트}} 건설 현장에서 다친 허리 때문에 외출 못 하심. 아드님 {{p:황명진}} 씨 연락처 받음.
- 4번 {{p:리봉남}} 님이 "다음 주엔 {{p:기훈}}이 총각 말고 {{p:소연}}이가 왔으면" 하심 ㅎㅎ
- 배달 끝나고 {{p:엄기훈}} 님 유류비 청구.
""",
    },
    {
        "id": "h60-ko-15",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ju Yong-chol", "주용철", "witness", ["용철"]),
            ("Sol Myong-ae", "설명애", "witness", ["명애"]),
        ],
        "note": "Dialect dictionary citation slips for overseas-worker slang; each slip has a headword, an example sentence quoting an informant and a source line; informants by name, initials and code; names inside example sentences (a brigade leader, a Russian foreman); surname 설 beside 설 (Lunar New Year) and 설명 (explanation).",
        "text": """{{u:북한}} 해외노동자 은어 사전 - 용례 카드 (입력: {{p:남가은}})

[카드 112]
표제어: 계획분
뜻: 국가에 바쳐야 하는 월 납부액.
용례: "이 달 계획분 못 채우면 {{p:강}} 반장이 밥도 안 준다." - 제보자 {{r:주용철}}({{u:러시아}} 건설, 2014-2018)
채록: 2023.10.5., {{p:남가은}}

[카드 113]
표제어: 까삐딴
뜻: {{u:러시아}} 현장 감독(капитан에서 온 말이라고 함).
용례: "까삐딴 {{p:발로쟈}}가 오늘은 일찍 보내 줬어." - 제보자 {{r:용철}}
설명: 제보자는 {{p:발로쟈}}({{p:Володя}})를 실명으로 기억함.

[카드 114]
표제어: 쪽잠방
뜻: 공장 기숙사에서 교대 전에 잠깐 자는 방.
용례: "{{r:명애}}야, 쪽잠방 가서 한 시간만 자라." (조장 {{p:리순희}}가 한 말) - 제보자 {{r:설명애}}({{u:중국}} {{u:훈춘}} 수산물 공장, 2016-2020)
채록: 2023.11.2., {{p:ㄴㄱㅇ}}

[카드 115]
표제어: 충성자금
뜻: 명절(설, 태양절 등) 전에 걷는 돈.
용례: "설 앞두고 지배인 동지가 또 충성자금 걷는대." - 제보자 {{r:설명애}}
비고: {{r:설}} 선생님이 "설 명절 때가 제일 무서웠다"고 덧붙임.

[카드 116]
표제어: 떼기
뜻: 월급에서 떼어 가는 돈.
용례: "{{p:오}}동무, 이번 달 떼기가 얼마야?" - 제보자 J-07
비고: '오동무'는 제보자 동료 {{p:오창호}}를 부르던 말. 제보자 코드 J-07 실명은 별도 대장.
""",
    },
    {
        "id": "h60-ko-16",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ko Chol-ung", "고철웅", "witness", ["철웅"]),
            ("Sin Yong-dok", "신영덕", "supervisor", ["영덕"]),
        ],
        "note": "Court witness expense claim form with clerk's notes, a civil damages case over Kuwait construction; witness 고철웅 beside 고 in 고용/고속버스, defendant side's former supervisor named in the case caption, a judge and clerk private, a real court public, bank account holder name.",
        "text": """증인 여비·일당 청구서
사건: 2023가합10245 손해배상(기) | 원고 {{p:한정민}} 외 3 / 피고 ○○해외건설(주) 외 1
법원: {{u:서울중앙지방법원}} 제15민사부 (재판장 {{p:위서현}})

증인 성명: {{r:고철웅}} (1977년생)
주소: {{u:경기도}} {{u:평택시}}
신문 기일: 2024. 5. 22. 14:00 / 출석 확인: 참여관 {{p:맹수경}}

청구 내역
- 교통비: 평택-서울 고속버스 왕복 19,600원
- 일당: 1일 (건설 일용직 결근)
- 숙박: 없음

입금 계좌: ○○은행 / 예금주 {{r:고철웅}}

참여관 메모:
- 증인은 원고들과 함께 {{u:쿠웨이트}} 현장에서 일한 동료. 피고 측 전 작업반장 {{r:신영덕}}의 지시 내용에 대해 증언.
- 증인 신문 중 "{{r:신}} 반장", "{{r:영덕}}이"라는 호칭이 여러 번 나옴. 조서에는 "{{r:신영덕}}"으로 통일.
- 증인이 "고용 계약서는 {{r:신영덕}}이 갖고 있었다"고 진술.
- 원고 {{p:한정민}}의 아내 {{p:우미라}}가 방청석에 있었음. 증인 {{r:철웅}} 씨가 퇴정하며 인사함.
- 재판장 {{p:위서현}} 판사 지시로 여비 당일 지급 처리.
""",
    },
    {
        "id": "h60-ko-17",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ri Chang-sop", "리창섭", "witness", ["창섭"]),
            ("Kim Yong-bok", "김영복", "official", ["영복"]),
        ],
        "note": "Transcription of a North Korean pre-departure political-lecture attendance list brought out by a former worker; DPRK spacing and name order, lecturers private, Kim Il Sung and Kim Jong Un mentioned in lecture titles (public), absentees with reasons, the witness's own name on the list, transcriber's notes; CRLF.",
        "text": """[전사본] 해외파견 로동자 출국전 정치강연 참가자 명단 (원본 사진 3장, 제보자 {{r:리창섭}} 제공)
전사: {{p:도은결}} / 검토: {{p:구하람}} / 원본 표기와 띄어쓰기 그대로 옮김

주체104(2015)년 5월, ○○건설련합기업소 회의실
강연 제목: 1. 위대한 수령 {{u:김일성}} 동지의 혁명력사 2. 경애하는 {{u:김정은}} 동지의 로작 학습 3. 해외생활 규률
강연자: 기업소 당비서 {{r:김영복}}, 보위지도원 {{p:함 성 남}}

번호 | 성명 | 직종 | 참가 | 비고
1 | {{p:강 철 민}} | 미장공 | ○ |
2 | {{p:고 명 수}} | 목공 | ○ |
3 | {{r:리 창 섭}} | 철근공 | ○ | 3소대장
4 | {{p:리 창 수}} | 철근공 | ○ | 3번 동생
5 | {{p:문 일 봉}} | 용접공 | × | 병결 (위장병)
6 | {{p:박 광 철}} | 운전수 | ○ |
7 | {{p:신 경 호}} | 미장공 | ○ |
8 | {{p:안 룡 길}} | 목공 | × | 안해 출산
9 | {{p:조 성 진}} | 로동자 | ○ |
10 | {{p:최 혁}} | 로동자 | ○ |

(하단 손글씨) 불참자 2명은 {{r:김영복}} 당비서 동지에게 따로 보고함. - {{p:함}}

전사자 메모:
- 3번이 제보자 본인. {{r:창섭}} 씨는 "4번 {{p:창수}}는 친동생인데, 2017년 {{u:쿠웨이트}}에서 먼저 귀국했다"고 함.
- 8번 비고 "안해 출산"의 '안해'는 북한말로 아내. 성씨 안과 무관.
- 강연자 {{r:김영복}}은 {{r:리창섭}} 씨가 다른 면담에서 "{{r:영복}} 비서"라고 부른 사람과 같은 인물로 보임.
- 보위지도원 {{p:함성남}}은 제보자 진술상 {{u:쿠웨이트}} 현장까지 동행.
""",
    },
    {
        "id": "h60-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Yang Chol-gu", "양철구", "witness", ["철구", "Chol-gu"]),
            ("Tong Myong-ho", "동명호", "supervisor", ["명호"]),
            ("Ri Su-il", "리수일", "coworker", ["수일"]),
        ],
        "note": "Mixed Korean/English interview notes, squid jigging and tuna longline vessels; surname 동 beside 동 (east/dong), crew list in English caps, a Chinese captain labelled whole as 老刘, Indonesian crew, an emoji after a name, particles on names, English-word nickname.",
        "text": """interview notes - FISH-23-007 / 2023-08-30 / {{p:Ahn Ji-soo}} + {{p:Rebecca}} (EN notes) / KR notes by {{p:지수}}

- {{r:양철구}} ({{r:Yang Chol-gu}}), b. 1985, {{u:Wonsan}}. 2016-2019 squid jigging boat then tuna longliner, mostly {{u:Southwest Atlantic}} and {{u:Indian Ocean}}.
- 배: {{u:중국}} 선적 원양어선, 선장은 중국인 "{{p:老刘}}" - {{r:철구}} 씨는 "{{p:류}} 선장"이라고도 함. 북측 선원 책임자 {{r:동명호}}.
- {{r:동명호}} = the Korean crew leader. Crew called him "Boss {{r:Tong}}" in English because the Indonesian guys couldn't say 동. (NB: 동 also = east; {{r:철구}} said "동쪽으로 갈 때 {{r:동}} 반장이..." - only the second 동 is him.)
- wages: promised USD 300/month. {{r:동명호}}가 다 받아서 "배에서 돈 쓸 데 없다"며 보관 → never paid. {{r:Chol-gu}} estimates he got ~USD 400 total for 3 yrs.
- transshipment at sea every ~2 months, reefer ship. no port calls for 14 months at one stretch!!
- coworker {{r:리수일}} (same hometown). {{r:수일}}이는 2018년 갑판에서 낚싯줄에 손 다침. {{p:老刘}} gave antibiotics only. {{r:Su-il}}... sorry, {{r:수일}} - his hand "still doesn't close" (from {{r:철구}}).
- Indonesian crew: {{p:Andi}}, {{p:Joko}}, Pak {{p:Slamet}} (older, = "Mr {{p:Slamet}}", 인도네시아식 호칭). {{p:Andi}} 😢 died? {{r:철구}} says {{p:Andi}} fell overboard in 2017, body not recovered. {{p:老刘}} logged it as "missing".
- got off in {{u:Montevideo}}? or {{u:Port Louis}}? He isn't sure. {{r:동}} 반장 escorted him to the airport.
- family: mother {{p:김영란}}, sister {{p:양은주}} in {{u:Wonsan}}.

TODO ({{p:Rebecca}}): check {{u:Global Fishing Watch}} for transshipment near the boat's AIS; ask {{r:Chol-gu}} for the boat name again (he said "루양 808"? unclear). {{p:지수}}: confirm Pak {{p:Slamet}} spelling.
""",
    },
    {
        "id": "h60-mixed-02",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ri Ung-chol", "리웅철", "witness", ["웅철", "Ung-chol"]),
            ("Mun Yong-ae", "문영애", "witness", ["영애"]),
            ("Pak Song-ho", "박성호", "supervisor", ["성호"]),
        ],
        "note": "Mixed Korean/English interview notes, apartment construction in Ulaanbaatar; Mongolian names in Cyrillic and Latin (patronymic initials), a Mongolian foreman called by a nickname, surname 문 beside 문 (door) and Moon; emoji; CRLF.",
        "text": """UB notes - MN-24-002/003 - joint interview, 2024.02.15, {{u:Seoul}} office
Interviewers: {{p:Oyuna}} (MN-KR interp) + {{p:Kim Se-hee}}

1) {{r:리웅철}} ({{r:Ri Ung-chol}}), 1980, {{u:Kaechon}}
- 2014-2017 {{u:Ulaanbaatar}}, 아파트 공사, {{u:Bayanzürkh}} district. Korean brigade of 30 + Mongolian crew.
- brigade leader {{r:박성호}}. "{{r:성호}} 동무는 여권을 가방에 넣고 잠도 그 가방 베고 잤다."
- Mongolian site boss: {{p:Б. Батбаяр}} ({{p:Batbayar}}; Б. = father's initial, father's name unknown) - Koreans called him "{{p:Big Bat}}" lol. {{p:Batbayar}} paid the Korean side per m² to {{r:Pak}}.
- {{r:웅철}}: paid ~USD 40-60/month. winters -35°C, worked outside till Dec.
- accident: {{p:Ganbold}} (Mongolian crane driver) dropped a load in 2016, no Korean hurt.
- left via {{u:Beijing}}? No - returned to {{u:Pyongyang}} 2017, escaped later via {{u:China}} 2019.

2) {{r:문영애}} ({{r:Mun Yong-ae}}), 1988, {{u:Sinuiju}} - cook for the same brigade 2015-2017 🍲
- she knew {{r:웅철}} ssi by sight. "그 문 앞에서 {{r:박성호}} 반장님이 매일 아침 점호."
- she says {{r:Pak}} took her salary too, cook's pay from {{p:Batbayar}}'s company ~800,000 MNT.
- Mongolian landlady {{p:Оюунчимэг}} ({{p:Oyunchimeg}}) gave {{r:영애}} a phone once. 🙏
- Note: NOT "Moon" - she writes {{r:Mun}}, asked us to keep {{r:Mun}}.

follow up ({{p:Se-hee}}): ask {{p:Oyuna}} to check the company name with {{p:Batbayar}}'s nephew? (risky). {{r:Ung-chol}} and {{r:영애}} don't want to be interviewed together next time.
""",
    },
    {
        "id": "h60-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Kwang-myong", "김광명", "witness", ["광명", "Ким Кван Мён"]),
            ("An Chol-ho", "안철호", "coworker", ["An", "Ан Чхоль Хо"]),
        ],
        "note": "Russian migrant language-and-history exam result list (комплексный экзамен) obtained by a former worker, Cyrillic surnames with case endings (Кима, Ану), examiners private, Korean annotations with particles, surname Ан beside the conjunction; many Central Asian candidates private.",
        "text": """ВЕДОМОСТЬ результатов комплексного экзамена (русский язык, история {{u:России}}, основы законодательства)
Испытательный центр при ... университете, г. {{u:Владивосток}}, 14.03.2017
Экзаменаторы: {{p:Петрова Н. В.}}, {{p:Гусейнов Р. А.}}

№ | Ф.И.О. | гражданство | рус.яз. | история | право | итог
1 | {{p:Абдуллаев Шерзод}} | {{u:Узбекистан}} | 78 | 60 | 65 | сдал
2 | {{r:Ким Кван Мён}} | {{u:КНДР}} | 55 | 40 | 52 | сдал
3 | {{r:Ан Чхоль Хо}} | {{u:КНДР}} | 31 | 20 | 44 | не сдал
4 | {{p:Пак Сон Иль}} | {{u:КНДР}} | 60 | 55 | 58 | сдал
5 | {{p:Назарова Гульнара}} | {{u:Таджикистан}} | 88 | 72 | 70 | сдал
6 | {{p:Рахимов Б.}} | {{u:Киргизия}} | - | - | - | не явился

Примечание экзаменатора: «У {{r:Ана}} ответы на историю совпадают с ответами {{r:Кима}}. Повторная сдача. - {{p:Н.В.П.}}»

--- 한국어 메모 ({{p:Irina}} 번역, {{p:윤하진}} 정리) ---
- 2번이 제보자 {{r:김광명}} 본인. {{r:광명}} 씨 말로는 반장이 시험 문제를 미리 나눠 줬다고.
- 3번 {{r:안철호}}는 {{r:광명}} 씨 옆자리. 감독관 {{p:Петрова}}가 {{r:Ан}}에게 "{{r:Ан}}, не списывать!" 이라고 했다고. 안 그래도 {{r:안철호}}는 러시아어를 거의 못 했음.
- 4번 {{p:Пак Сон Иль}} = {{p:박선일}}? 제보자 모름.
- Note ({{p:Irina}}): "Ан" in the note is the surname, not "а"/"но". Both men passed on the second try according to {{r:Kwang-myong}}.
""",
    },
    {
        "id": "h60-mixed-04",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kim Sun-hui", "김순희", "witness", ["金顺姬", "순희"]),
            ("Pak Myong-ok", "박명옥", "supervisor", ["朴明玉", "朴组长"]),
            ("Cha Un-byol", "차은별", "coworker", ["车银星", "은별"]),
        ],
        "note": "Chinese garment-factory dormitory hygiene inspection score sheet (宿舍卫生评比) photographed by a worker, with Korean annotations; Korean workers in Hanzi, Chinese forms of address labelled whole (朴组长, 小车, 老黄), Chinese inspectors, room numbers; CRLF.",
        "text": """{{u:丹东}}市○○服装有限公司 女工宿舍卫生评比表 2019年第3周
检查人：行政部 {{p:黄丽萍}}（{{p:老黄}}）、{{p:刘晓燕}}　　朝方负责人：{{r:朴明玉}}

房间 | 舍长 | 床铺 | 地面 | 物品摆放 | 总分 | 备注
301 | {{r:金顺姬}} | 20 | 18 | 19 | 57 | 优
302 | {{p:李春花}} | 18 | 15 | 16 | 49 |
303 | {{r:车银星}} | 15 | 12 | 14 | 41 | 差，{{p:小车}}屋里有私藏食物
304 | {{p:崔英玉}} | 19 | 19 | 18 | 56 |
305 | {{p:韩美兰}} | 17 | 16 | 15 | 48 |

扣分说明（{{p:刘晓燕}}）：303室床下发现方便面、手机充电器一个。已交{{r:朴组长}}处理。

--- 한국어 메모 (제보자 {{r:김순희}} 설명, 정리 {{p:강민서}}) ---
- 301 舍长 {{r:金顺姬}} = 제보자 {{r:김순희}} 본인. "우리 방은 늘 1등이었다."
- 303 {{r:车银星}} = {{r:차은별}}. {{u:중국}} 사람들은 "{{p:小车}}"라고 불렀고, 우리끼리는 "{{r:은별}}이". 충전기는 {{r:은별}}이 것이 아니라 {{p:韩美兰}}(= {{p:한미란}}) 것이었는데 {{r:은별}}이가 대신 혼남.
- {{r:朴明玉}} = 북측 책임자 {{r:박명옥}}. {{u:중국}} 직원들은 "{{r:朴组长}}"이라 부름. 그날 저녁 총화에서 {{r:박명옥}}이 {{r:은별}}이에게 자아비판 시킴.
- {{p:老黄}}은 친절했다고. {{p:黄丽萍}} 이름은 표에 그대로.
- Note (EN, {{p:Minseo}}): the witness spells the supervisor {{r:Pak}}, not Park; keep {{r:Pak}}. Room 303's score was entered after {{r:Pak Myong-ok}} had already reported the charger.
""",
    },
    {
        "id": "h60-mixed-05",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jong Kum-ran", "정금란", "witness", ["郑金兰", "금란"]),
            ("So Hye-yong", "소혜영", "coworker", ["苏惠英", "혜영"]),
        ],
        "note": "Chinese seafood-plant monthly employee birthday-party list (员工生日会名单) with a Korean worker's annotations; Chinese staff and Korean workers in Hanzi, forms of address 小郑 and 王姐 labelled whole, a surname 苏/소 beside 소 (small), WeChat nickname, cake order note.",
        "text": """{{u:荣成}}市○○水产食品有限公司 工会 · 四月份员工生日会名单
组织：工会 {{p:王秀梅}}（{{p:王姐}}）　蛋糕：2个　时间：4月26日 晚饭后 食堂

序号 | 姓名 | 车间 | 生日 | 备注
1 | {{p:张丽}} | 包装 | 4/3 |
2 | {{p:孙建国}} | 冷库 | 4/9 |
3 | {{r:郑金兰}} | 鱿鱼车间 | 4/12 | {{u:朝鲜}}工人，经朝方同意参加
4 | {{r:苏惠英}} | 鱿鱼车间 | 4/12 | {{u:朝鲜}}工人，同上
5 | {{p:刘海涛}} | 机修 | 4/20 |
6 | {{p:小郑}}（{{p:郑磊}}） | 质检 | 4/28 |

备注：{{u:朝鲜}}工人由朝方 {{p:金队长}} 带队，只参加切蛋糕，不参加唱歌。

--- 제보자 메모 ({{r:정금란}}, 2023년 면담 때 설명 / 기록 {{p:오세린}}) ---
- 3번이 저, 4번이 {{r:소혜영}}. 생일이 같은 날이라 둘이 같이 올라갔다.
- {{p:王姐}}가 "{{p:小郑}}, 너도 같은 성이네" 하면서 {{r:금란}}이를 {{p:郑磊}} 옆에 앉힘. {{p:김}} 대장이 노려봄.
- {{r:혜영}}이는 소(작은) 케이크 조각 하나 받고 울었다. 10년 만의 생일 케이크.
- {{p:金队长}} = 북측 대장 {{p:김명국}}. 다음 날 "{{u:중국}} 사람들과 사진 찍은 사람" 조사.
- {{r:소혜영}}은 2021년에 귀국, 연락 안 됨. {{u:WeChat}} 닉네임은 "{{p:惠英}}🌙" 였음.
""",
    },
    {
        "id": "h60-mixed-06",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kim Chol-nam", "김철남", "witness", ["Chol-nam", "كيم تشول نام"]),
            ("Ri Pyong-il", "리병일", "supervisor", ["ري بيونغ إيل"]),
        ],
        "note": "Translated Kuwaiti travel-ban inquiry printouts (Ministry of Justice e-service) for two North Korean workers, Arabic originals with English translation and Korean notes; Arabic transliterations of Korean names, a Kuwaiti sponsor and lawyer private, the ministry public; civil-ID numbers unmarked; CRLF.",
        "text": """[1] استعلام عن منع السفر - {{u:وزارة العدل}} - {{u:دولة الكويت}}
الاسم: {{r:كيم تشول نام}}
الجنسية: كوري شمالي
النتيجة: يوجد منع سفر - القضية رقم 2018/4471 تجاري - المدعي: {{p:عبدالله ناصر المطيري}}

[1] Translation: Travel-ban inquiry, {{u:Ministry of Justice}}, {{u:State of Kuwait}}. Name: {{r:KIM CHOL NAM}}. Nationality: North Korean. Result: travel ban exists - case 2018/4471 (commercial) - plaintiff: {{p:Abdullah Nasser Al-Mutairi}}.

[2] استعلام عن منع السفر
الاسم: {{r:ري بيونغ إيل}}
النتيجة: لا يوجد منع سفر

[2] Translation: Name: {{r:RI PYONG IL}}. Result: no travel ban.

Translator: {{p:Rania Haddad}}, 11/2019

--- 메모 ({{p:하승연}}) ---
- [1] {{r:김철남}} 씨: 스폰서(카필) {{p:Al-Mutairi}} 측이 여권 분실 문제로 민사 소송을 걸어 출국 금지 상태였음. {{r:철남}} 씨는 소송 사실을 몰랐다고 함. 여권은 반장 {{r:리병일}}이 갖고 있었음.
- [2] {{r:리병일}}은 출국 금지 없음 → 2019년 12월 정상 귀국한 것으로 보임.
- {{u:쿠웨이트}} 변호사 {{p:Faisal Al-Enezi}} ({{p:فيصل العنزي}}) 가 소송 취하 협상. {{p:Faisal}} said in English: "Mr {{r:Kim}} was never told; his leader {{r:Ri}} signed for him."
- {{r:Chol-nam}}'s civil ID no. withheld here (see secure file).
""",
    },
    {
        "id": "h60-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Choe Myong-jin", "최명진", "witness", ["Цой Мён Жин", "명진"]),
            ("Ko Sun-nam", "고순남", "supervisor", ["Го Сун Нам"]),
        ],
        "note": "Mongolian coal-briquette distribution list for a ger-district khoroo, including a North Korean workers' dormitory, with Korean and English notes; Mongolian names with patronymic initials, Korean names in Mongolian Cyrillic, a khoroo governor and social worker private, Ulaanbaatar districts public.",
        "text": """Сайжруулсан түлш олголтын жагсаалт - {{u:Сонгинохайрхан дүүрэг}}, 32-р хороо, 2019 оны 1-р сар
Хорооны Засаг дарга: {{p:Д. Мөнхбат}} | Нийгмийн ажилтан: {{p:Ц. Энхжаргал}}

№ | Өрх тэргүүн | Хаяг | Шуудай | Гарын үсэг
1 | {{p:Б. Болд}} | 5-р гудамж 12 | 20 | {{p:Болд}}
2 | {{p:О. Сарантуяа}} | 5-р гудамж 14 | 20 | {{p:Сарантуяа}}
3 | Барилгын компанийн байр (Солонгос ажилчид) | 7-р гудамж 3 | 60 | {{r:Го Сун Нам}}
4 | {{p:Г. Туяа}} | 7-р гудамж 5 | 20 | {{p:Туяа}}
5 | {{p:Э. Ганзориг}} | 8-р гудамж 1 | 20 | -

Тайлбар: 3-р байрны түлшийг Солонгос ажилчдын ахлагч {{r:Го Сун Нам}} хүлээн авав. Ажилчин {{r:Цой Мён Жин}} тусалсан. - {{p:Ц.Э.}}

--- notes ({{p:Oyuna}} transl., {{p:한소라}} 정리) ---
- Line 3: 60 sacks for ~40 North Korean workers in the dorm. Signed by {{r:고순남}} (brigade leader) = "{{r:Го Сун Нам}}".
- {{r:최명진}} (our witness) = "{{r:Цой Мён Жин}}", he carried the sacks. {{r:명진}} 씨 말: "{{r:고}} 반장이 석탄 절반을 다른 현장에 팔았다." {{r:고순남}}은 그걸 '반장 몫'이라고 했다고.
- {{p:Энхжаргал}} (social worker) noticed the dorm was cold and asked {{r:Ko}} why. {{r:Ko}} said they had enough.
- Governor {{p:Мөнхбат}} = {{p:Munkhbat}}; don't contact.
""",
    },
    {
        "id": "h60-mixed-08",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kim Yong-chan", "김영찬", "witness", ["Yong-chan", "Kim Jong Czan"]),
            ("Ryang Ho-bom", "량호범", "coworker", ["Ho-bom", "Rjang"]),
            ("Kye Tae-ho", "계태호", "supervisor", ["Tae-ho"]),
        ],
        "note": "Polish shipyard weld-seam traceability map (mapa spoin) for a hull block, with welder stamps, Polish inflected forms of Korean names (Kima, Rjanga), quality inspectors private, Korean and English notes; Gdynia public; CRLF.",
        "text": """MAPA SPOIN / WELD MAP - Sekcja B-214 (blok dziobowy), kadłub nr 1187
Stocznia: (podwykonawca) | Kontrola jakości: inż. {{p:Marek Zieliński}}, {{p:Agnieszka Wróbel}} (NDT)
{{u:Gdynia}}, 03.2017

Spoina | Metoda | Spawacz (stempel) | Data | VT | UT | Uwagi
B214-01 | 135 | {{r:KIM J.C.}} (K-17) | 06.03 | OK | OK |
B214-02 | 135 | {{r:KIM J.C.}} (K-17) | 06.03 | OK | naprawa | pęcherze
B214-03 | 136 | {{r:RJANG H.B.}} (K-22) | 07.03 | OK | OK |
B214-04 | 136 | {{r:RJANG H.B.}} (K-22) | 07.03 | OK | OK |
B214-05 | 111 | {{p:NOWAK P.}} (P-03) | 08.03 | OK | OK |
B214-06 | 135 | K-17 / K-22 | 09.03 | OK | OK | praca nocna

Uwagi kontroli: Spawacze K-17 i K-22 pracowali 14 godz. (06-07.03). Brygadzista {{r:Kye}} twierdzi, że to "dobrowolnie". Rozmowa z {{r:Kimem}} przez tłumacza niemożliwa - tłumacz Pan {{p:Choe}} nieobecny. Naprawę B214-02 wykonał {{r:Rjang}}, nie {{r:Kim}}. - {{p:M.Z.}}

--- notes ({{p:Karolina}} EN / {{p:유다현}} KR) ---
- K-17 = our witness {{r:김영찬}} ({{r:Kim Yong-chan}}); Polish payroll spelled him "{{r:Kim Jong Czan}}", hence "{{r:KIM J.C.}}" on the map (not J.C. as in anything else!).
- K-22 = {{r:량호범}}. Poles wrote "{{r:Rjang}}"; inflected "{{r:Rjanga}}", "{{r:Rjangiem}}" in the e-mails from {{p:Zieliński}}.
- 반장 {{r:계태호}}가 "자원해서 야간 작업했다"고 서명하게 했다고 {{r:영찬}} 씨 진술. {{r:호범}}이는 서명 거부.
- "Pan {{p:Choe}}" = interpreter {{p:최}}, first name unknown ("Pan" is Polish for Mr).
""",
    },
    {
        "id": "h60-mixed-09",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Chon Kyong-suk", "전경숙", "witness", ["경숙", "チョン・キョンスク"]),
        ],
        "note": "Japanese publisher's royalty statement (印税支払明細書) for the Japanese translation of a former worker's memoir, with Korean and English notes; author in katakana and Hangul, translator and editor private, co-author credit, a Japanese bank, a real distributor left unmarked as invented, public cities.",
        "text": """印税支払明細書（2023年下期）
発行：株式会社○○書房　編集担当：{{p:佐藤美穂}}
書名：『{{u:シベリア}}の森とイカの町で ― 北朝鮮派遣労働者の手記』
著者：{{r:チョン・キョンスク}}（{{r:全京淑}}）　訳者：{{p:山本健一}}　監修：{{p:木村裕子}}

刷 | 部数 | 定価 | 印税率 | 金額
初版第1刷 | 3,000 | 2,400円 | 著者5% / 訳者3% | 著者 360,000円
第2刷 | 1,500 | 2,400円 | 同 | 著者 180,000円

源泉徴収税 (20.42%)：110,268円
お支払額（著者分）：429,732円
振込先：○○銀行 {{u:新宿}}支店 普通 名義 {{r:チョン キョンスク}}

備考：著者の希望により、著者名は筆名表記。次回の増刷は営業部 {{p:中村}} と協議。

--- 메모 ({{p:오유나}}, 통역/에이전트) ---
- {{r:경숙}} 선생님 책. 본명 {{r:전경숙}}, 한자 {{r:全京淑}}. 일본어판 저자명 {{r:チョン・キョンスク}}이 "필명"이라고 되어 있지만 사실 본명 그대로 → {{p:佐藤}} 씨에게 정정 요청.
- 책 속 {{u:러시아}} 벌목장 남편 {{p:윤철호}}, {{u:중국}} 오징어 공장 동료 {{p:봉순}}이는 가명.
- Note (EN): Ms {{r:Chon}} wants her share paid to her Korean account; the translator {{p:Yamamoto}}-san agreed to split the event fee in {{u:Osaka}}. {{p:Kimura}} sensei writes the afterword for the 3rd printing.
""",
    },
    {
        "id": "h60-mixed-10",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Han Yong-su", "한용수", "witness", ["Yong-su", "HAN YONG SU"]),
            ("Sung Kwang-chol", "승광철", "supervisor", ["Kwang-chol"]),
        ],
        "note": "Portuguese malaria rapid-test register from a health post near a construction site in Angola, with Korean and English notes; Korean workers in Portuguese clerk's spelling, Angolan patients and nurses private, province and municipality public; CRLF.",
        "text": """REGISTO DE TESTES RÁPIDOS DE MALÁRIA (TDR) - Posto de Saúde do Kilómetro 30, {{u:Viana}}, {{u:Luanda}}
Mês: Março 2016 | Enfermeira responsável: {{p:Maria da Conceição Bento}}

Nº | Data | Nome | Idade | Sexo | Resultado | Tratamento | Obs.
0412 | 02/03 | {{p:Adelino Tchimuku}} | 34 | M | positivo | AL 3 dias |
0413 | 02/03 | {{p:Esperança Muhongo}} | 7 | F | negativo | - | mãe {{p:Luísa}}
0414 | 05/03 | {{r:HAN YONG SU}} | 29 | M | positivo | AL 3 dias | trabalhador coreano, obra dos apartamentos
0415 | 05/03 | "{{p:PAK}}" | ? | M | positivo | AL 3 dias | coreano, só o apelido
0416 | 09/03 | {{r:HAN YONG SU}} | 29 | M | positivo | quinino IV, transferido | febre alta, vómitos; chefe coreano {{r:SUNG}} não autorizou transferência até às 17h
0417 | 11/03 | {{p:João Baptista Neto}} | 41 | M | negativo | - |
0418 | 14/03 | {{p:KIM}} | 25 | M | positivo | AL 3 dias | coreano

Observação da enfermeira: O senhor {{r:Sung}} (chefe dos coreanos) levou o doente {{r:Han}} de volta à obra no dia 10, contra o conselho médico. No dia 16 voltou em estado grave. - {{p:M.C.B.}}

--- notes ({{p:Nadia}} EN / {{p:임혜원}} KR) ---
- 0414/0416 = our witness {{r:한용수}} ({{r:Han Yong-su}}). {{r:Yong-su}} says he was taken to {{u:Hospital Josina Machel}} on 16 March after the second test.
- "{{r:SUNG}}" = 현장 책임자 {{r:승광철}}. {{r:승}} 반장은 처음에 병원 이송을 막았다고. {{r:Kwang-chol}} appears in the Portuguese records under his surname only.
- 0415 "{{p:PAK}}" - {{r:용수}} 씨가 {{p:박영일}}일 거라고 함. 0418 {{p:KIM}} 모름.
- Enfermeira {{p:Conceição}} still works there; {{p:Nadia}} to call. Nurse calls {{r:Han}} "o coreano magro".
""",
    },
    {
        "id": "h60-mixed-11",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kang Song-il", "강성일", "supervisor", ["Кан Сон Ир", "성일"]),
            ("Yom Chol-ho", "염철호", "witness", ["철호", "Ём Чхоль Хо"]),
        ],
        "note": "Russian private building contract (договор подряда) for a dacha near Ussuriysk signed by a North Korean brigade leader, with Korean notes; Russian customer with name, patronymic and case forms (Кана, Каном), Korean names in Russian forms, a neighbour who recommended the brigade, the witness listed as a worker.",
        "text": """ДОГОВОР ПОДРЯДА № 7 на строительство садового дома
г. {{u:Уссурийск}}, 12 мая 2018 г.

Гражданин {{p:Зайцев Игорь Валентинович}}, именуемый «Заказчик», с одной стороны, и {{r:Кан Сон Ир}}, именуемый «Подрядчик», с другой стороны, заключили настоящий договор:
1. Подрядчик обязуется построить садовый дом 6×8 м на участке Заказчика (СНТ «Рябинка», уч. 45) силами бригады из 6 человек.
2. Цена работ: 450 000 руб. Аванс 150 000 руб. передаётся {{r:Кану}} лично.
3. Срок: до 31 июля 2018 г.
4. Рабочие: {{r:Ём Чхоль Хо}}, {{p:Ли Ён Гир}}, {{p:Пак Ки Нам}}, {{p:Чхве Ун Су}}, {{p:Хан Мён Ир}}.
Подписи: {{p:Зайцев}} / {{r:Кан}}
Расписка: «Аванс 150 000 руб. получил. {{r:Кан С.И.}}»

Приписка от руки: Рекомендовал сосед {{p:Виктор}} ({{p:Витя}}), работал с {{r:Каном}} в 2017 г.

--- 메모 ({{p:김태린}}, 제보자 {{r:염철호}} 면담 때 확인) ---
- 계약서상 "{{r:Кан Сон Ир}}" = 반장 {{r:강성일}}. 원래 건설 기업소 현장이 쉬는 주말에 {{r:강성일}}이 개인 "부업"으로 다차 공사를 받아 옴.
- "{{r:Ём Чхоль Хо}}" = {{r:염철호}} 본인. "{{r:철호}}야, 일요일에도 나와" - {{r:강}} 반장.
- 45만 루블 중 노동자들이 받은 것: 1인 5천 루블. 나머지는 {{r:성일}} 반장과 "위"에 바침.
- 주문자 {{p:Зайцев}} ({{p:자이체프}})는 친절했고 점심을 줬다고. "{{p:이고르}} 아저씨".
""",
    },
    {
        "id": "h60-mixed-12",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Tong-chol", "리동철", "witness", ["동철", "Ли Дон Чер"]),
            ("Kim Hak-bong", "김학봉", "official", ["학봉"]),
        ],
        "note": "Logging-camp mail-bag dispatch register (Russian) from a North Korean logging enterprise's base near Tynda, with Korean notes; senders and addressees, a political officer who opened letters, letters to family in the DPRK with Korean addressee names, Russian postal clerk private.",
        "text": """ЖУРНАЛ отправки почты - лесоучасток «Северный», {{u:Тындинский район}}, {{u:Амурская область}}
Принимал: {{p:Сорокина Л. П.}} (почтовое отделение), передавал: {{r:Ким Хак Бон}}

Дата | Отправитель | Адресат | Вид | Примечание
03.10.2015 | {{r:Ли Дон Чер}} | {{u:КНДР}}, {{u:Хамхын}}, {{p:Ли Сон Э}} | письмо | вскрыто
03.10.2015 | {{p:Пак Чхоль Мин}} | {{u:КНДР}}, {{u:Кэсон}}, {{p:Ким Ок Нё}} | письмо |
17.10.2015 | {{r:Ли Дон Чер}} | {{u:КНДР}}, {{u:Хамхын}}, {{p:Ли Сон Э}} | письмо | задержано
17.10.2015 | {{p:Мун Ён Су}} | {{u:Москва}}, посольство | пакет | служебное

Примечание почтальона: письма бригады передаёт товарищ {{r:Ким}}, он же их вскрывает. - {{p:Л.П.С.}}

--- 메모 ({{p:박서진}}, 제보자 {{r:리동철}} 설명) ---
- {{r:Ли Дон Чер}} = {{r:리동철}} 본인. 수신인 "{{p:Ли Сон Э}}"는 아내 {{p:리성애}}. "{{r:동철}}이 편지는 두 번 다 {{r:김학봉}} 지도원이 뜯어 봤다."
- 10월 17일 편지는 아예 안 보냈다("задержано" = 보류). {{r:김}} 지도원이 "편지에 '춥다'고 쓰면 안 된다"고.
- {{p:Мун Ён Су}} = 회계원 {{p:문영수}}. 대사관에 보낸 "서류"가 임금 장부였을 거라고 {{r:동철}} 씨 추측.
- 우체국 직원 {{p:Сорокина}} ({{p:소로키나}})는 {{r:학봉}}이를 싫어했다고 ㅎㅎ.
""",
    },
    {
        "id": "h60-mixed-13",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ju Song-gun", "주성근", "witness", ["Song-gun", "JU SONG GUN"]),
            ("Tae Myong-chol", "태명철", "supervisor", ["Myong-chol"]),
        ],
        "note": "Qatari company-vehicle traffic-fine list (Arabic/English export from the Metrash-style inquiry) with Korean notes; fines charged to the drivers rather than the company, drivers' names in English caps and Arabic script, a PRO and an Indian transport officer private, surname Tae beside 'tae' in Korean words; CRLF.",
        "text": """Traffic violations - company vehicles - exported 02/2019 ({{u:Ministry of Interior}}, {{u:State of Qatar}})
Company: (subcontractor) | Prepared by: transport officer {{p:Anil Menon}}

Plate | Date | Location | Violation | Fine (QAR) | Driver (as recorded by company)
123456 | 04/11/2018 | {{u:Salwa Road}} | speeding 20 km/h | 500 | {{r:JU SONG GUN}}
123456 | 19/11/2018 | {{u:Al Wakrah}} | red light | 6,000 | {{r:JU SONG GUN}}
234567 | 02/12/2018 | {{u:Lusail}} | no seatbelt | 500 | {{p:PAK IL NAM}}
234567 | 15/12/2018 | {{u:Lusail}} | overloading (passengers) | 3,000 | {{r:TAE MYONG CHOL}}
345678 | 07/01/2019 | Industrial Area | parking | 300 | {{p:RAJESH KUMAR}}

Arabic remark on the export: المخالفة مسجلة على السائق {{r:جو سونغ غون}} حسب إفادة الشركة.
(Translation: "The violation is registered to the driver {{r:Ju Song Gun}} per the company's statement.")

--- 메모 ({{p:Sarah}} EN / {{p:양태희}} KR) ---
- {{r:주성근}} ({{r:Song-gun}}) says the red light on 19/11 was NOT him - he was on the site all day; the bus was driven by 반장 {{r:태명철}}. {{r:태}} 반장이 회사에 "{{r:주성근}}이 운전했다"고 보고했다고.
- 6,000리얄은 {{r:성근}} 씨 "월급"에서 공제 → 8개월 치. 태어나서 처음 본 큰돈이라고.
- Overloading 15/12: {{r:Tae}} drove 24 men in a 14-seat bus. Fine charged to {{r:Myong-chol}} himself, but {{r:Song-gun}} thinks it was later split across the brigade.
- PRO of the Qatari company: {{p:Hamad}} (only first name). {{p:Anil}} knows the truth, says {{r:Song-gun}}.
""",
    },
    {
        "id": "h60-mixed-14",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ho Yong-mi", "허영미", "witness", ["영미", "Mi"]),
            ("Kang Sol-hwa", "강설화", "supervisor", ["설화"]),
        ],
        "note": "Vietnamese cooking-gas delivery book (sổ giao gas) kept by a gas shop for a North Korean restaurant in Hanoi, with Korean notes; receivers' names as the delivery man heard them (chị Mi, bà Kang), Vietnamese staff and delivery men private, a nickname; Hanoi districts public.",
        "text": """SỔ GIAO GAS - Cửa hàng gas ... , {{u:Đống Đa}}, {{u:Hà Nội}} - Khách: nhà hàng Hàn (Triều Tiên), phố ...
Người giao: {{p:Tuấn}}, {{p:Long}}

Ngày | Loại bình | SL | Người nhận ký | Ghi chú
03/2019 05 | 45kg | 2 | {{r:Mi}} | chị {{r:Mi}} ký tên tiếng Hàn
03/2019 12 | 45kg | 2 | {{r:Kang}} | bà {{r:Kang}}, quản lý, trả tiền mặt
03/2019 19 | 45kg | 3 | {{r:Mi}} |
03/2019 26 | 45kg | 2 | {{p:Hoa}} (nhân viên VN) | {{r:Kang}} không có mặt
04/2019 02 | 45kg | 2 | {{r:허영미}} | ký đầy đủ
04/2019 09 | 12kg | 1 | anh {{p:Bình}} (bảo vệ) | nhà hàng đóng cửa 3 ngày?

Ghi chú của {{p:Tuấn}}: Bà {{r:Kang}} nói chị {{r:Mi}} không được nói chuyện với người giao hàng.

--- 메모 ({{p:응우옌 탄 마이}} 통역, {{p:차예준}} 정리) ---
- "chị {{r:Mi}}" = 제보자 {{r:허영미}}. 가스 배달원 {{p:뚜언}}은 "미"만 알아들음. {{r:영미}} 씨는 2019년 4월 2일에 처음으로 이름 석 자를 다 썼다고.
- "bà {{r:Kang}}" = 식당 책임자 {{r:강설화}}. {{r:설화}} 책임자는 {{r:영미}} 씨가 배달원과 웃었다고 총화에서 비판.
- 4월 9일 "nhà hàng đóng cửa" - 식당 3일 휴업 (제보자 이탈 직후).
""",
    },
    {
        "id": "h60-mixed-15",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Hyang-sim", "리향심", "witness", ["향심", "Hyang-sim"]),
            ("Jo Ok-ryon", "조옥련", "supervisor", ["옥련", "Jo"]),
            ("Paek Mi-ok", "백미옥", "coworker", ["미옥"]),
        ],
        "note": "Mixed Korean/English question-and-answer transcript with an interpreter, garment factory in Hunchun; speaker labels Q/A/INT, answers in Korean with English renderings, supervisor 조/Jo beside 1조, 2조 (shift teams), Chinese boss labelled whole as 老板娘's name 刘姐, coworker with the affectionate suffix, long.",
        "text": """Q&A transcript - CN-GAR-24-06 (bilingual working copy)
Interviewer (Q): {{p:Laura Bennett}} | Interpreter (INT): {{p:Han Seo-yeon}} | Witness (A): {{r:Ri Hyang-sim}} ({{r:리향심}})
Date: 2024-03-08 | Location: {{u:Seoul}}

Q: Could you tell us where you worked?
A: {{u:훈춘}}에 있는 봉제 공장이요. 2016년부터 2020년까지.
INT: A garment factory in {{u:Hunchun}}, 2016 to 2020.
Q: Who was in charge of the North Korean workers?
A: {{r:조옥련}} 책임자요. 우리는 "{{r:조}} 책임자 동지"라고 불렀어요.
INT: A woman called {{r:Jo Ok-ryon}}. They addressed her as "Comrade Manager {{r:Jo}}".
Q: And the Chinese side?
A: 사장 부인이 관리했는데, 다들 "{{p:刘姐}}"라고 했어요. {{p:류}} 언니.
INT: The owner's wife ran things; everyone called her {{p:刘姐}}, "Big Sister {{p:Liu}}".
Q: How many hours did you work?
A: 아침 7시부터 밤 11시까지요. 납기 있을 때는 새벽 2시까지. 1조, 2조 나눠서.
INT: Seven in the morning to eleven at night, until 2 a.m. before deadlines. They were split into team one and team two.
Q: Was there anyone you were close to?
A: {{r:백미옥}}이요. {{r:미옥}}이는 저보다 두 살 어렸어요. 재봉틀 옆자리.
INT: {{r:Paek Mi-ok}}, two years younger, at the next sewing machine.
Q: What happened to {{r:Mi-ok}}?
A: 2019년에 {{r:미옥}}이가 쓰러졌어요. 열이 나는데도 {{r:옥련}} 동지가 일을 시켰어요. {{p:刘姐}}가 병원에 데려가자고 했는데 {{r:조옥련}}이 안 된다고.
INT: In 2019 {{r:Mi-ok}} collapsed with a fever. {{r:Jo}} kept her working; {{p:Liu}} wanted to take her to hospital, {{r:Jo}} refused.
Q: Sorry, did Ms {{r:Jo}} give a reason?
A: "병원 가면 보위부에 보고해야 한다"고요. 보위 지도원이 {{p:현}} 지도원인데, 그 사람이 무서웠던 거죠.
INT: She said going to hospital meant reporting to the security department. The security officer was a man named {{p:Hyon}}.
Q: Did {{r:Mi-ok}} recover?
A: 사흘 후에 {{p:刘姐}} 남편, {{p:王总}}이 직접 차로 병원에 데려갔어요. 폐렴이었대요. {{r:미옥}}이는 살았어요.
INT: Three days later the owner, {{p:王总}} (Boss {{p:Wang}}), drove her to hospital himself. Pneumonia. She survived.
Q: And your wages?
A: 한 달에 {{u:중국}} 돈 100위안, 200위안. 나머지는 {{r:조옥련}} 책임자가 "국가에 바친다"고.
INT: 100 to 200 yuan a month. The rest, {{r:Jo}} said, went to the state.
Q: Thank you, {{r:Hyang-sim}}. Is there anything you want to add?
A: {{r:미옥}}이 찾아 주세요. {{r:백미옥}}, {{u:함흥}} 사람이에요.
INT: Please find {{r:Mi-ok}}. {{r:Paek Mi-ok}}, from {{u:Hamhung}}.
[end 11:47]
""",
    },
    {
        "id": "h60-mixed-16",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Ok-sun", "김옥순", "witness", ["옥순"]),
            ("Ma Chol-jin", "마철진", "witness", ["철진"]),
        ],
        "note": "Shelter pest-control (bed-bug fumigation) room schedule with Korean and English notes; residents by room, temporary room moves, a contractor's technician, volunteers, a resident surnamed 마 beside 마 (hemp/yam) and the English 'Ma'; initials and an emoji.",
        "text": """Pest control schedule / 방역(빈대) 일정표 - ○○쉼터, 2024.08.19-08.23
Contractor: ○○방역 (technician {{p:Choi Dong-uk}}, 010-****-****) | 담당: {{p:송하민}} ({{p:HM}})

Room | Resident(s) | Date/time | Temp. move to | Notes
201 | {{r:김옥순}} | 8/19 10:00 | 305 | 옷 전부 건조기 60°C
202 | {{p:탁은희}}, 딸 {{p:다온}} | 8/19 13:00 | 306 | 아이 장난감 비닐 밀봉
203 | {{r:마철진}} | 8/20 10:00 | 사무실 소파 | 약 보관 주의 (당뇨)
204 | empty | 8/20 13:00 | - |
205 | {{p:Ra Myong-suk}} | 8/21 10:00 | 305 ({{r:옥순}} 님과 같이) |
206 | {{p:홍순자}} | 8/21 13:00 | 306 |
301 | volunteers' room | 8/22 | - | {{p:Ye-ji}}, {{p:Ethan}} out

Notes:
- {{r:Ok-sun}} 님 방(201)에서 처음 발견. {{r:김옥순}} 님이 "{{u:중국}} 공장 기숙사 생각난다"며 많이 속상해하심 😢.
- {{r:마철진}} 님: 마 자루에 옷을 넣어 두셨는데 그것도 버려야 함. {{r:Ma}} said "fine, 다 버려". {{r:철진}} 님 약은 {{p:HM}}이 사무실 냉장고에 보관.
- 205 {{p:Ra}} 님은 8/21 병원 동행({{p:Ye-ji}}) 있음 → 방역 시간 조정 가능?
- 기사님({{p:최동욱}})이 2주 후 재방문. {{p:Choi}} 기사님 연락은 {{p:HM}}만.
""",
    },
]
