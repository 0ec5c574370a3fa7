# ruff: noqa: E501
"""Held-out evaluation passages, set 50. Built by build_heldout.py heldout50.

Fifty documents of the kind an NGO working on North Korean workers sent abroad
actually holds. About half are the core material, typed the way the NGO's own
staff type them (third- and first-person interview summaries, question-and-answer
transcripts with speaker labels, phone-call notes, reviewers' comments on a draft
testimony, family members' accounts, internal memos, case meeting minutes, e-mail
threads and chat exports); the other half are genres no earlier set used (portage
bills, concrete-pour records, freelance-platform dispute threads, mutual legal
assistance requests, crane lift plans, translated sick-leave certificates,
video-comment moderation queues, mailing-list bounce reports, restaurant customer
comment cards, Russian felling tickets, translated party-cell meeting minutes,
settlement-support payment notices, kindergarten pick-up authorisations,
death-notification telegrams, deposit-return demand letters, clan genealogy
extracts, dormitory curfew-violation statements, health-screening result lists,
at-sea transshipment declarations, bonded-store issue lists, machine breakdown
reports, cash-register closing reports, freelance time-tracking logs, chainsaw
maintenance logs, language-exchange matching profiles, translated letters of
apology and translated resident-registration abstracts), in English, Korean and
mixed Korean/English with Russian, Chinese, Arabic, Lao, Indonesian, Vietnamese
and Spanish. Settings: construction in Kuwait, Qatar and Russia, logging in the
Russian Far East, seafood, garment and electronics factories in China,
distant-water fishing and transshipment, restaurants in Russia, China and Laos,
IT work from China, and resettlement in South Korea. All persons are fictional;
real public figures are mentioned only neutrally.

Labelling convention:
- {{r:...}} a mention of a registered private person (listed in the passage's
  "persons" as (romanized name, Hangul name, role, aliases)); {{p:...}} a mention
  of an unregistered private person; {{u:...}} a public name: a real public figure,
  a real place, a real organisation or company, a real ship, app or platform.
- Every fictional person is private, whatever their office (a fictional minister,
  judge, prosecutor, police officer, consul, doctor, inspector, pastor or
  interpreter is private).
- Invented businesses, sites, restaurants and vessels are left unmarked.
- A mention is labelled as the text writes it: the name only, without particles
  (박철민이 -> {{r:박철민}}이; the affectionate suffix 이 after a given name also stays
  outside) and without titles (리 반장님 -> {{r:리}} 반장님, Mr {{p:Ho}}, Dr {{p:X}}),
  but Chinese forms of address are labelled whole (老周, 小王, 王总) and Russian
  names keep their case endings (Пака, Кима).
- A nickname or alias that refers to a person is a mention of that person even when
  it is not registered as an alias; the same word used as an ordinary word is not.
- In an e-mail address or login only the local part is labelled, and only when it
  spells the person's name; role accounts are unmarked.
- A surname discussed as a word is unmarked, and so are ordinary words that look
  like names (이상, 위해, 문: as a question label, "No,", "So,", o'clock, blood
  group O, a song, the moon, a bear).
- Country names are public places whenever they stand as nouns, also attributively
  (북한 사람, 중국 돈); nationality adjectives and derived words (Korean, 한국어,
  중국산, 러시아인, 북한이탈주민) are not marked.
- A possessive 's, a plural -s, particles and emoji stay outside a mention.
- Zero-width characters, soft hyphens, fullwidth letters and a line break inside a
  name stay inside the mention.
- Initials standing for a person are mentions; in handles, hashtags and file names
  only the part that spells the name is labelled.
- Generic kinship or role words used instead of a name (엄마, 형, 반장, "the cook")
  are not mentions; a pet name used like a name is.
- Names of animals are not mentions of persons; real apps and platforms (WhatsApp,
  KakaoTalk, WeChat, Upwork, GitHub) are public.
"""

PASSAGES: list[dict] = [
    {
        "id": "h50-en-01",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("O Kwang-song", "오광성", "witness", ["Kwang-song"]),
            ("So Myong-il", "소명일", "supervisor", []),
            ("Ha Un-jong", "하은정", "relative", ["Un-jong"]),
        ],
        "note": "Third-person interview summary, Kuwait construction; surnames O, So, Ha, Yu and An beside o'clock, blood group O, sentence-initial So, laughter 'ha' and the article 'an'; wife named only by given name later; CRLF.",
        "text": """INTERVIEW SUMMARY (third person)
Case KW-24-031 | Interview 2 of 2 | 14 May 2024, {{u:Seoul}}
Interviewer: {{p:Laura Whitfield}} | Interpreter: {{p:Jeon Hye-rin}} | Typed by: {{p:L.W.}}

1. Background
{{r:O Kwang-song}} was born in 1981 in {{u:Hamhung}}. He served ten years in the army and then worked at a building-materials enterprise before he was selected in 2015 to go to {{u:Kuwait}}. He says the selection took eight months and cost his family "two pigs and a television". His wife, {{r:Ha Un-jong}}, stayed in {{u:Hamhung}} with their daughter {{p:Su-ryon}}, who was then six.

2. The camp and the work
The brigade of 38 men lived in a labour camp outside {{u:Jahra}}. Mr {{r:O}} worked as a formwork carpenter on a housing project and later on a road interchange near {{u:Sabah Al-Ahmad Sea City}}. The brigade leader was {{r:So Myong-il}}, a man from {{u:Sinpo}} about ten years older than Mr {{r:O}}. {{r:So}} kept the passports in a metal cabinet in his room and handed them out only for residence-permit renewals, always in front of the Egyptian liaison officer the men called Mister {{p:Hany}}.

Work began at 5 o'clock and went on until sunset, with a midday break in summer that {{r:So}} often cut short. So the men learned to drink two litres of water before dawn and to hide a bottle in the formwork. Mr {{r:O}} said: "If {{r:Myong-il}} found the bottle, he poured it on the sand in front of you."

3. Wages
The Kuwaiti contractor paid the wages to the dispatching company, not to the men. Mr {{r:O}} received in cash about 40 dinars a month, sometimes less. The company accountant, {{p:Pyon Sun-ae}}, came from the office in {{u:Kuwait City}} once a quarter. He remembers that {{p:Pyon}} wrote the "loyalty fund" deduction in red ink and the food deduction in black, "so that we could see which one was more important".

4. Colleagues
His closest friend in the brigade was {{p:Yu Chol-nam}}, a plasterer from {{u:Kimchaek}}. In August 2017 {{p:Yu}} collapsed from the heat on a roof slab. No ambulance was called; {{r:So Myong-il}} and the driver, a man named {{p:Tak}}, took him to a clinic in {{u:Jahra}} in the company pick-up. {{p:Chol-nam}} was sent home in October and Mr {{r:O}} does not know whether he is alive. He asked us to note that {{p:Yu}}'s blood group is O, because he believes the clinic wrote it down wrongly.

The youngest man in the brigade was {{p:An Hyok}}, aged 24, who had an old phone hidden in a cement bag. {{p:Hyok}} let the others listen to South Korean songs at night with one earphone each. When the phone was found in 2018, {{r:So}} made {{p:An}} write a self-criticism and stand in the sun for an hour.

5. Family contact
Letters went home with workers whose contracts ended. Once, in 2018, a returning worker brought back a photograph of {{r:Un-jong}} and {{p:Su-ryon}} standing in front of the {{u:Hamhung Grand Theatre}}. Mr {{r:O}} kept it in his work boot.

6. Leaving
In December 2019, when the brigade was told it would go home because of the sanctions, Mr {{r:O}} left the camp at night with the help of a Pakistani lorry driver, {{p:Imran}}, and reached the {{u:Embassy of the Republic of Korea in Kuwait}}. He arrived in {{u:Incheon}} in March 2020.

7. Interviewer's remarks
The account is consistent with interview 1. Asked whether {{r:So}} knew about his plan, Mr {{r:O}} laughed - "ha, he knew nothing" - and then became quiet. He asks that his wife's name, {{r:Ha Un-jong}}, never be published, because {{r:Un-jong}} and the girl are still in {{u:North Korea}}. Follow-up: ask {{p:Jeon}} to check the Arabic on the clinic card.
""",
    },
    {
        "id": "h50-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Song Chol-ho", "송철호", "witness", ["Chol-ho"]),
            ("Mun Kyong-su", "문경수", "coworker", ["Moon Kyong-su"]),
            ("Jo Tae-bom", "조태범", "supervisor", []),
        ],
        "note": "Portage bill (crew wage account) of a longliner settled in Montevideo, transcribed with NGO annotations; names in capitals in a pipe table, Chinese master, Vietnamese and Indonesian crew; surnames Song, Moon, Do, Jo, Ha beside a song, the full moon, 'Do not', 'No.'; Hangul signatures.",
        "text": """PORTAGE BILL / CREW WAGE ACCOUNT (transcription)
Vessel: F/V Dong Yang 88 | Flag: {{u:Vanuatu}} | Port of settlement: {{u:Montevideo}}
Voyage: March - November 2018 | Currency: USD
Master: {{p:LIU Jianguo}} | Local agent: Austral Marine Services
Source: photograph supplied by {{r:Song Chol-ho}}, April 2023. Annotations in square brackets by {{p:Tess Marlowe}} (casework).

No. | Rank | Name | Nat. | Months | Basic | Advances | Allotment | Deductions | Balance | Signature
1 | Master | {{p:LIU JIANGUO}} | CHN | 9 | 2,400 | - | - | - | 21,600 | {{p:Liu}}
2 | Ch/Off | {{p:ZHAO PENG}} | CHN | 9 | 1,500 | 800 | - | - | 12,700 | {{p:赵鹏}}
3 | Ch/Eng | {{p:NGUYEN VAN HAI}} | VNM | 9 | 1,300 | 600 | 3,000 | - | 8,100 | {{p:Hai}}
4 | Bosun | {{r:JO TAE BOM}} | PRK | 9 | 600 | - | 4,500 | 180 | 720 | {{r:조태범}}
5 | AB | {{r:SONG CHOL HO}} | PRK | 9 | 450 | - | 3,600 | 210 | 240 | {{r:송철호}}
6 | AB | {{r:MUN KYONG SU}} | PRK | 9 | 450 | - | 3,600 | 210 | 240 | (thumbprint)
7 | OS | {{p:RIM HYOK}} | PRK | 9 | 400 | - | 3,200 | 390 | 10 | {{p:림혁}}
8 | OS | {{p:DO KWANG IL}} | PRK | 9 | 400 | - | 3,200 | 390 | 10 | {{p:도광일}}
9 | Fisher | {{p:AGUS SETIAWAN}} | IDN | 9 | 350 | 900 | - | 120 | 2,130 | {{p:Agus}}
10 | Fisher | {{p:BUDI HARTONO}} | IDN | 9 | 350 | 900 | - | 120 | 2,130 | {{p:Budi}}
11 | Cook | {{p:HA YONG CHOL}} | PRK | 9 | 400 | - | 3,300 | 60 | 240 | {{p:하영철}}
Master's note at foot: "PRK crew lines 4-8, 11: allotment remitted per agency contract. Cash balance paid to Bosun {{r:JO}} for distribution."

[1] Mr {{r:Song}} says the men never saw the allotment column. The "agency contract" was with a trading company in {{u:Pyongyang}}; the men were told the money went "to the state and to your families". {{r:Chol-ho}} says his family received rice twice in three years.
[2] Line 6: {{r:Mun Kyong-su}} now lives in {{u:Incheon}} and writes his name {{r:Moon Kyong-su}}. He confirmed by phone on 2 May 2023 that the thumbprint is his. {{r:Moon}} cannot read Latin letters and did not know what he was signing.
[3] Lines 7 and 8: the 390 deducted from {{p:Rim}} and {{p:Do}} was for "loss of gear". Do not read this as a fine for misconduct; Mr {{r:Song}} says a longline set was cut by a passing ship on the night of the full moon in August and the master blamed the two youngest men.
[4] Bosun {{r:Jo}} kept the cash balance of all six Koreans "for safekeeping". Mr {{r:Song}} received 40 dollars in {{u:Montevideo}} and never saw the rest. {{r:Jo Tae-bom}} flew home through {{u:Madrid}} and {{u:Moscow}}; the others were sent home on a reefer to {{u:Nakhodka}}. No - the witness corrected himself - to {{u:Vladivostok}}.
[5] Line 11: the cook {{p:Ha}} ("Uncle {{p:Yong-chol}}") sang a song from an old film every Sunday; the Indonesian fishers {{p:Agus}} and {{p:Budi}} learned the tune. Mr {{r:Song}} would like to find {{p:Agus}}.
[6] No. 3 {{p:Nguyen}} is remembered as kind; he gave {{r:Song}} and {{r:Moon}} cigarettes when the Korean bosun refused.
""",
    },
    {
        "id": "h50-en-03",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yu Myong-chol", "유명철", "witness", ["Myong-chol"]),
            ("Ri Song-gun", "리성근", "supervisor", []),
            ("Ha Jin-u", "하진우", "coworker", ["Jin-u"]),
        ],
        "note": "Question-and-answer transcript with speaker labels (interviewer surname Han, witness surname Yu), logging camp near Tynda; camp boss nicknamed Bear beside real bears in the forest; coworker Ha beside laughter; Russian forester and driver; audio file name with the surname.",
        "text": """TRANSCRIPT - English translation of Korean audio
File: 2023-11-02_{{r:yu}}_part2.wav (00:38:41)
Speakers: {{p:HAN}} = interviewer {{p:Han Seo-yeon}}; {{r:YU}} = {{r:Yu Myong-chol}}

[00:00:05] {{p:HAN}}: Last time you described the road to the cutting area. Can we start today with the camp itself?
[00:00:11] {{r:YU}}: The camp was about seventy kilometres north of {{u:Tynda}}, in {{u:Amur Oblast}}. Four barracks, a kitchen tent, a bathhouse that worked on Saturdays. Sixty-two men.
[00:00:29] {{p:HAN}}: Who was in charge?
[00:00:31] {{r:YU}}: The representative of the enterprise was {{r:Ri Song-gun}}. We called him the {{r:Bear}}. Not to his face.
[00:00:40] {{p:HAN}}: Why the {{r:Bear}}?
[00:00:43] {{r:YU}}: He was big and he slept after lunch, every day, and if you woke him he hit you. But there were real bears too. In May 2017 a bear came into the kitchen tent and ate a whole sack of flour. The {{r:Bear}} shot at the bear with the forester's rifle and missed. Everyone laughed for a week. Quietly.
[00:01:12] {{p:HAN}}: The forester was Russian?
[00:01:14] {{r:YU}}: Yes, {{p:Viktor Alexeyevich}}. An old man. He marked the trees we could cut. He was decent. He told {{r:Ri}} several times that we should not work at minus forty-five, and {{r:Ri}} said, "Your law is not our law."
[00:01:38] {{p:HAN}}: What were your hours?
[00:01:40] {{r:YU}}: From six until it was dark. In winter we worked with lamps. The quota was per brigade, and my brigade leader was {{p:Kil Chang-do}}. {{p:Kil}} was not a bad man. He was afraid of {{r:Ri}} like we were.
[00:02:03] {{p:HAN}}: You mentioned an accident last time.
[00:02:06] {{r:YU}}: {{r:Ha Jin-u}}. We came from the same county. In February 2018 a larch fell the wrong way and his leg was broken in two places. {{r:Jin-u}} lay in the snow for three hours because the truck was with the {{r:Bear}} in town.
[00:02:31] {{p:HAN}}: Who drove him to hospital in the end?
[00:02:34] {{r:YU}}: The Russian driver, {{p:Tolik}}. {{p:Anatoly}}, I mean. He took {{r:Ha}} to {{u:Tynda}} in the timber truck. The doctors put metal in his leg. Then {{r:Ri Song-gun}} was angry because the hospital wanted money, and he took the money from {{r:Jin-u}}'s wages. Ha. Not "ha" like funny. I mean that is how it was.
[00:03:02] {{p:HAN}}: Do you know where {{r:Ha Jin-u}} is now?
[00:03:05] {{r:YU}}: He was sent home in 2018 with the leg. I heard from {{p:Kil}}'s cousin that he works at a bicycle repair stall in {{u:Chongjin}}.
[00:03:20] {{p:HAN}}: Let's take a short break.
[00:03:22] {{r:YU}}: Yes. You can write that {{r:Myong-chol}} says thank you to the old forester, if he is alive.
[00:03:29] [recording paused]
""",
    },
    {
        "id": "h50-en-04",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Kang Chol-u", "강철우", "witness", ["Chol-u"]),
            ("No Hak-bom", "노학범", "supervisor", []),
        ],
        "note": "Concrete-pour record (pour card) from a Lusail tower, transcribed with NGO annotations; supervisor surnamed No beside 'No.' and yes/no fields; initials in signature boxes; Indian and Egyptian engineers; initials of a registered worker; mixed line endings.",
        "text": """CONCRETE POUR RECORD (transcribed from photograph, original in English)
Project: Residential Tower B3, {{u:Lusail}} | Main contractor: Al Waha Building Contracting W.L.L.
Pour No.: B3-L14-S02 | Element: Level 14 slab, zone 2 | Date: 11/07/2016
Design mix: C40/50 | Volume planned: 186 m3 | Volume poured: 191 m3

Pre-pour checks (Yes / No)
Formwork inspected: Yes - {{p:R. Nair}}
Reinforcement inspected: Yes - {{p:R. Nair}}
Embedded services checked: No - see remark 2
Cube samples taken: Yes (12 cubes) - {{p:M.S.}}

Truck tickets: 27 (nos. 40112-40138) | Slump range: 110-140 mm | Ambient temperature at start: 41 C

Pour gang (subcontractor labour, written by the gang foreman)
Foreman: {{r:NO HAK BOM}}
Vibrator: {{r:KANG C.U.}}, {{p:JANG K.I.}}
Screed: {{p:PAEK}}, {{p:RIM}}, {{p:SO}}
Hose: {{p:CHA Y.}}, {{p:KIL}}
Curing: {{p:O.S.M.}}

Signatures
Contractor's site engineer: {{p:Mahmoud Saleh}}
Consultant's inspector: {{p:Rajesh Nair}}
Subcontractor foreman: {{r:No}} (signed in Hangul: {{r:노학범}})

Remarks
1. Pour started 03:10, finished 13:40. Pump blockage 08:20-09:05.
2. Sleeve for riser R-4 missing - No core drilling without consultant approval.
3. Two operatives sent down with heat exhaustion at 11:30 (names not recorded).

NGO annotations ({{p:Anna Kowalczyk}}, 3 June 2024)
a) Witness {{r:Kang Chol-u}} identified himself as "{{r:KANG C.U.}}" and the foreman {{r:No}} as the brigade's deputy leader, {{r:No Hak-bom}}. Mr {{r:Kang}} says the gang started at three in the morning because {{r:No}} wanted the pour finished before the consultant's lunch.
b) Remark 3: the two men were {{r:Kang}} himself and {{p:Cha Yong-su}} ("{{p:CHA Y.}}"). Mr {{r:Kang}} says he was made to return to the slab at 12:00 and that {{r:No}} told the consultant that "no one is sick".
c) "{{p:O.S.M.}}" is, according to {{r:Chol-u}}, {{p:O Sang-man}}, the oldest man in the gang, who cured slabs because he could no longer carry hoses.
d) The engineer {{p:Saleh}} is remembered as having brought the men ice twice. The inspector {{p:Nair}} never spoke to them.
""",
    },
    {
        "id": "h50-en-05",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Han Jin-hyok", "한진혁", "witness", ["Jin-hyok"]),
            ("Choe Ung-il", "최응일", "supervisor", []),
        ],
        "note": "Caseworker's phone-call notes with a former IT worker from Shenyang; e-mail local part and chat handle spelling the witness's name, role mailbox unmarked, invented persona names used on freelancing sites as aliases of the witness and of his team leader, real platforms and a real sanctioned company public.",
        "text": """PHONE NOTES - {{r:Han Jin-hyok}} (case IT-07)
Caller: {{p:Mina Seo}} (casework) | Call via {{u:Signal}}, 9 Jan 2024, 19:05-19:52

- {{r:Jin-hyok}} called back from a new number. Old e-mail {{r:jinhyok.han}}@protonmail.com no longer used; new contact in the case file only. Asked that nothing goes to the general inbox casework@ our domain (he saw it on the website).
- Confirms he was in {{u:Shenyang}} 2016-2019, in a team of eleven working for a company he now knows was linked to {{u:Chosun Expo}}. Lived and worked in one apartment building, four to a room.
- Team leader: {{r:Choe Ung-il}}. {{r:Choe}} set the monthly target at 3,000 dollars per person. Anyone below target lost sleep: {{r:Choe}} switched off the router in his room at 2 a.m. only for those who had met it.
- Freelance profiles: the team bid for web and mobile jobs on {{u:Upwork}} and {{u:Freelancer}} under Western or Japanese names bought or rented from real people. {{r:Jin-hyok}} used "{{r:Kevin Oh}}" and later "{{r:K. Watanabe}}". He thinks {{r:Choe}} used "{{r:David Lin}}" for client calls, with the camera off.
- Asked whether the persona "{{r:Kevin Oh}}" had anything to do with his real name: no, {{r:Choe}} chose all the names. The surname Oh was picked because it is short and clients remember it.
- Roommate: {{p:Pak Kum-song}}, front-end developer, very good at CSS. {{p:Kum-song}} was sent home in 2019 after he was caught reading South Korean news on {{u:Naver}}. {{r:Jin-hyok}} has no news of him.
- Another roommate, {{p:Ri}} ("{{p:Little Ri}}", because there were two), handled payment accounts. {{r:Jin-hyok}} does not remember his given name.
- Chinese landlady: "{{p:刘姐}}", who sometimes brought dumplings; she called {{r:Jin-hyok}} "{{r:小韩}}".
- Payment: clients paid into accounts of Chinese nationals; {{r:Choe}} collected. {{r:Jin-hyok}} received about 100 yuan a month pocket money.
- He saw the {{u:FBI}} notice about North Korean IT workers in 2022 and recognised the method, not the names.
- Agreed next step: written statement with {{p:Mina}} on 23 Jan; interpreter not needed. He wants the handle "{{r:jhhan}}_dev" removed from anything we publish.
- Wellbeing: sleeping badly, works nights at a logistics warehouse in {{u:Gimpo}}. Referred to counsellor Dr {{p:Yoon}}.
""",
    },
    {
        "id": "h50-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Song-il", "김성일", "witness", ["Ryan Cho"]),
            ("Ri Jong-nam", "리종남", "supervisor", []),
        ],
        "note": "Freelance-platform milestone dispute thread (Upwork) transcribed from screenshots; witness and team leader appear under invented Western personas that are aliases of registered persons, given-name forms of the personas, a coder surnamed Jon (looks like the English name Jon), client and mediator private, platform mediation account unmarked.",
        "text": """DISPUTE THREAD - TRANSCRIPTION OF SCREENSHOTS
Platform: {{u:Upwork}} | Contract: "React Native app - dog-walking bookings" | Milestone 3 of 4 (USD 1,800)
Client: {{p:Rachel Dunn}} ({{u:Austin}}, {{u:Texas}}) | Freelancer profile: {{r:Ryan Cho}}
Provided by {{r:Kim Song-il}}, who operated the "{{r:Ryan Cho}}" profile from an apartment in {{u:Dandong}} in 2021 on the orders of his team leader {{r:Ri Jong-nam}}. Transcribed by {{p:Owen Park}}, 12 February 2024. Times are those shown on the screenshots.

[Aug 3, 14:12] {{p:Rachel Dunn}}: Hi {{r:Ryan}}, the build still crashes on Android 11 when the user opens the map. My nephew {{p:Jordan}} tested it on two phones.
[Aug 3, 22:47] {{r:Ryan Cho}}: Hello {{p:Rachel}}, sorry for delay. My teammate {{r:Alex}} will fix today. Please release milestone 3 so we can continue.
[Aug 4, 09:30] {{p:Rachel Dunn}}: Who is {{r:Alex}}? I hired you, not a team. And why do you always answer at midnight?
[Aug 4, 23:05] {{r:Ryan Cho}}: {{r:Alex Meyer}} is my senior partner, very experienced. I am in {{u:Singapore}}, time zone is different. Sorry.
[Aug 5, 10:02] {{p:Rachel Dunn}}: {{u:Singapore}} is 13 hours ahead of me, so 23:05 for you is 10 am for me. That doesn't add up. Can we do a video call with you and {{r:Alex}}?
[Aug 5, 23:40] {{r:Ryan Cho}}: My camera is broken. {{r:Alex}} can call with audio. Tomorrow.
[Aug 6, 16:40] Upwork Mediation: Hi {{p:Rachel}} and {{r:Ryan}}, my name is {{p:Marco P.}} and I will help resolve this dispute. {{r:Ryan}}, please upload the latest build and a short screen recording.
[Aug 7, 00:15] {{r:Ryan Cho}}: Uploaded. Map crash fixed by {{r:Alex}}.
[Aug 7, 11:20] {{p:Rachel Dunn}}: Still crashes. {{p:Marco}}, I want a refund for milestone 2 as well.
[Aug 9, 15:02] Upwork Mediation: Thanks, both. The contract has been paused. {{p:Marco}}

NGO notes ({{p:Owen Park}})
1. "{{r:Alex Meyer}}" was the persona used by {{r:Ri Jong-nam}} for client calls. {{r:Ri}} never wrote code; he read every client message before {{r:Song-il}} was allowed to answer, which is why all replies were sent after 22:00.
2. The map feature was actually written by a third team member, {{p:Jon Kwang-il}}, whom everyone called {{p:Jon}}. Mr {{r:Kim}} stresses that this is the Korean surname Jon (전), not the English given name.
3. After the refund {{r:Ri}} deducted USD 1,800 from the "plan" of Mr {{r:Kim}} and {{p:Kwang-il}} and made them work through the weekend.
4. The client {{p:Rachel Dunn}} and the mediator are private persons; do not contact them.
""",
    },
    {
        "id": "h50-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jang Su-ryon", "장수련", "witness", ["Su-ryon"]),
            ("Kye Ok-hui", "계옥희", "supervisor", []),
            ("Song Hyang", "송향", "coworker", ["Hyang"]),
        ],
        "note": "Reviewers' comments on a draft testimony of a restaurant worker in Vladivostok; reviewers by initials; coworker Song Hyang with a one-syllable given name beside songs and singing; manager called by title and surname; Russian regular customer and Chinese tour guide; file name with surname.",
        "text": """REVIEW COMMENTS - DRAFT TESTIMONY v3
File: T-2024-019_{{r:jang}}_v3.docx | Witness: {{r:Jang Su-ryon}} | Setting: restaurant in {{u:Vladivostok}}, 2017-2019
Reviewers: {{p:KM}} ({{p:Kate Morrison}}), {{p:YJ}} ({{p:Yang Ji-won}}), {{p:DH}} ({{p:Daniel Hwang}})

Para 1 - {{p:YJ}}: The opening ("I, {{r:Jang Su-ryon}}, born in {{u:Sariwon}} in 1995...") gives her exact birth year. Suggest "mid-1990s".
Para 2 - {{p:KM}}: The draft calls the restaurant "Sonamu" in one place and "the {{u:Pyongyang}} restaurant" in another. Please keep to one.
Para 3 - {{p:DH}}: The manager appears as "Manager {{r:Kye}}", as "{{r:Kye Ok-hui}}" and as "Comrade {{r:Ok-hui}}". Since the witness addressed her only by title, I would use "Manager {{r:Kye}}" throughout and give the full name once.
Para 4 - {{p:YJ}}: "Every night we sang a song for the guests and then washed dishes until two." Keep; this is the core of the forced-overtime point.
Para 5 - {{p:KM}}: Who is "{{r:Hyang}}"? If this is {{r:Song Hyang}}, the girl who sang the solo, say so at first mention. Readers will not guess that Song is a surname here. Also check: the draft once says "{{r:Hyang}}'s song" and once "{{r:Song}}'s song".
Para 5 - {{p:DH}}: Agree. The witness told me in the call that {{r:Hyang}} is her friend's real given name, one syllable, and that {{r:Song Hyang}} was sent back to {{u:Pyongyang}} in 2019 after a Russian customer gave her a phone.
Para 6 - {{p:YJ}}: The regular customer "{{p:Oleg}}" - the witness thinks his surname was {{p:Sidorenko}}. Do we need it? He is the man who gave the phone. Suggest "a Russian customer" only.
Para 7 - {{p:KM}}: The Chinese tour guide is called "{{p:老孙}}" in the Korean and "{{p:Old Sun}}" in the English. Pick one and add a gloss.
Para 8 - {{p:DH}}: {{r:Su-ryon}}'s description of Manager {{r:Kye}} locking the dormitory door from outside is the strongest passage. Do not cut it.
Para 9 - {{p:YJ}}: "Then Manager {{r:Kye}} said the moon was as round as the Leader's kindness" - this is a direct quote and can stay; it is not a name.
Para 10 - {{p:KM}}: The last paragraph names another waitress, {{p:Ri Un-byol}}, and her mother in {{u:Nampho}}. {{r:Jang Su-ryon}} did not give consent for {{p:Un-byol}}. Remove or anonymise.
General - {{p:DH}}: Good draft. Once {{r:Su-ryon}} signs off, {{p:KM}} to prepare the English version.
""",
    },
    {
        "id": "h50-en-08",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Pak Yong-nam", "박영남", "witness", []),
            ("Ri Kwang-myong", "리광명", "supervisor", []),
        ],
        "note": "Request for mutual legal assistance from Korean prosecutors to Kuwait; names in capitals and mixed case, fictional prosecutors, Kuwaiti company owner, Egyptian site manager and bank officer private; real ministries, prosecutors' office, Kuwaiti manpower authority and a real bank public; CRLF.",
        "text": """REQUEST FOR MUTUAL LEGAL ASSISTANCE IN CRIMINAL MATTERS
From: {{u:Seoul Central District Prosecutors' Office}}, transmitted through the {{u:Ministry of Justice of the Republic of Korea}}
To: the competent authorities of the {{u:State of Kuwait}}
Our reference: 2024-MLA-0311 | Date: 18 March 2024
Prosecutor in charge: {{p:SEO Dong-hwan}} | Investigator: {{p:LIM Ha-na}}

1. Purpose of the request
This office is investigating suspected forced labour, confiscation of identity documents and embezzlement of wages concerning workers dispatched from the {{u:Democratic People's Republic of Korea}} to construction sites in {{u:Kuwait}} between 2014 and 2019. The investigation was opened on the complaint of Mr {{r:PAK Yong-nam}} ({{r:박영남}}), now a citizen of the {{u:Republic of Korea}}.

2. Persons concerned
(a) Complainant: {{r:PAK Yong-nam}}, born 1978, residing in {{u:Ansan}}.
(b) Suspect: {{r:RI Kwang-myong}} ({{r:리광명}}), born about 1965, at the relevant time deputy representative of the dispatching company in {{u:Kuwait City}}. Present whereabouts unknown.
(c) Witness: Mr {{p:Ahmed Fawzi}}, Egyptian national, site manager of the Kuwaiti contractor at the {{u:Mutla'a}} housing site.
(d) Witness: Mr {{p:Khaled Al-Enezi}}, owner of the Kuwaiti contracting company that employed the workers.

3. Summary of facts
Mr {{r:Pak}} states that on arrival at {{u:Kuwait International Airport}} in April 2014 his passport was taken by {{r:Ri}}, that wages of about KWD 180 a month were paid by the contractor into an account controlled by {{r:Ri Kwang-myong}}, and that he received between KWD 20 and 30. Mr {{r:Pak}} further states that Mr {{p:Fawzi}} witnessed the collection of passports and that Mr {{p:Al-Enezi}} met {{r:Ri}} monthly to hand over payment.

4. Assistance requested
(a) Records of the {{u:Public Authority of Manpower}} on the work permits of Mr {{r:PAK Yong-nam}} and of the 41 other workers of the same sponsor, 2014-2019.
(b) Records of the account at {{u:Kuwait Finance House}} into which the wages were paid, including the signatory cards; the complainant recalls that a bank officer, Ms {{p:Noura}}, once asked {{r:Ri}} to sign in Latin letters.
(c) Interviews of Mr {{p:Ahmed Fawzi}} and Mr {{p:Khaled Al-Enezi}} on the questions in Annex B.

5. Confidentiality
The name of the complainant, Mr {{r:Pak}}, and of his relatives in the {{u:DPRK}} must not be disclosed to the suspect.

{{p:SEO Dong-hwan}}, Prosecutor
Countersigned: {{p:KWON Mi-jeong}}, Chief Prosecutor, International Cooperation Division
""",
    },
    {
        "id": "h50-en-09",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Rim Kwang-chol", "림광철", "witness", ["Kwang-chol"]),
            ("Do Sun-hui", "도순희", "witness", ["Sun-hui"]),
            ("Yang Myong-ho", "양명호", "supervisor", []),
            ("Song Il", "송일", "witness", ["Il"]),
        ],
        "note": "Case meeting minutes covering four cases; staff member Hana Moon beside the moon; witness Song Il with a one-syllable given name used alone beside Roman numeral II and 'song'; Do as surname beside the verb; real Special Rapporteur mentioned neutrally; names far into the document; mixed line endings.",
        "text": """CASE MEETING - MINUTES
Date: 6 June 2024, 10:00-11:40 | Room 3 and online
Present: {{p:Rebecca Cho}} (chair), {{p:Park Ji-hoon}}, {{p:Hana Moon}}, {{p:Tomasz Wrobel}} | Minutes: {{p:Hana Moon}}
Apologies: {{p:Kim Da-eun}}

1. Matters arising
{{p:Ji-hoon}} confirmed that the old shared drive has been closed. {{p:Tomasz}} still has two USB sticks from the 2022 interviews and will hand them to {{p:Rebecca}} today.

2. Case RU-14 - {{r:Rim Kwang-chol}} (construction, {{u:Kazan}}, 2016-2019)
{{p:Hana}} reported that Mr {{r:Rim}}'s statement is final. He wants the brigade leader named in full: {{r:Yang Myong-ho}}. Discussion: naming {{r:Yang}} is lawful in a submission to the {{u:UN}} but not in the public report. Decision: full name in the submission, "brigade leader {{r:Y.}}" in the report. {{r:Kwang-chol}} to be told by phone.

3. Case CN-09 - {{r:Do Sun-hui}} (seafood processing, {{u:Donggang}}, 2015-2020)
Ms {{r:Do}} has asked whether she can withdraw the part of her account about her sister. {{p:Rebecca}}: yes; do not argue with her. {{p:Ji-hoon}} asked how to handle the sister's name where it appears in the interpreter's notes. Decision: redact in all copies, keep the original sealed. Action: {{p:Ji-hoon}} to do it before Friday. Do not send the notes to the translator until then.
{{r:Sun-hui}} also asked for help with a dental appointment; {{p:Hana}} will call the clinic.

4. Case FV-03 - {{r:Song Il}} (squid jigger, south-west {{u:Atlantic}}, 2017-2018)
Mr {{r:Song}} has now given part II of his account. {{p:Tomasz}}: {{r:Il}} describes the transshipment at night in detail, including the name painted on the reefer. This needs checking against open AIS data before we use it. {{p:Hana}} noted that {{r:Song Il}} sang a song at the end of the interview and asked that it not be recorded; it was not.
{{r:Il}} has asked whether his former cook, {{p:Mun Chang-gil}}, can be contacted. Decision: not without {{p:Mun}}'s own consent; try through the church in {{u:Busan}}.

5. AOB
(a) The office of the Special Rapporteur, {{u:Elizabeth Salmón}}, has asked for anonymised case summaries by 30 June. {{p:Rebecca}} will send RU-14 and CN-09 only.
(b) {{p:Tomasz}} reminded everyone that names must be removed from file names as well: "RU-14_{{r:Rim}}_final.docx" is still on the shared drive.
(c) Next meeting: 20 June. The room is booked until the moon festival break.
""",
    },
    {
        "id": "h50-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Paek Nam-chol", "백남철", "witness", ["Nam-chol"]),
            ("Hong Yong-dok", "홍영덕", "supervisor", []),
        ],
        "note": "Crane lift plan for a Moscow housing site, translated from Russian; Russian appointed person, crane operator and slinger in Latin with initials and Russian name forms in Cyrillic with case endings; Korean riggers by surname and initial; real crane maker and real supervisory authority public.",
        "text": """LIFT PLAN No. 27/2018 (translation from Russian)
Site: residential complex, building 4, {{u:Moscow}}, {{u:Novomoskovsky Administrative Okrug}}
Crane: {{u:Liebherr}} 200 EC-H 10 tower crane, reg. No. 11-418 | Operator: {{p:D. A. Sokolov}}
Load: precast stair flight, 4.2 t | Radius: 38 m | Capacity at radius: 5.1 t | Utilisation: 82%

Responsible persons
Person responsible for safe lifting: {{p:Kuznetsova A. V.}} (engineer)
Crane operator: {{p:Sokolov Dmitry Andreevich}}
Slingers (certified): {{p:Gusev P.}}; {{r:Paek N.}} (certificate No. 0412, issued to the subcontractor's worker)
Signaller: {{r:Hong Y.}}
Riggers assisting: {{p:Kim S.}}, {{p:Jo}}, {{p:Ryu}}

Sequence
1. Check of slings and shackles by the slinger {{p:Gusev}} before each shift.
2. Lifting zone fenced; no persons under the load. Radio channel 3.
3. Wind speed limit 15 m/s. Above 10 m/s the lift is stopped by decision of {{p:Kuznetsova}}.
4. The signaller stands in view of the operator at all times.

Familiarisation sheet (signatures)
{{p:Кузнецова А. В.}} / {{p:Соколов Д. А.}} / {{p:Гусев П. Н.}} / {{r:Пэк Н. Ч.}} / {{r:Хон Ё. Д.}} / {{p:Ким С.}}

Inspection note (handwritten, Russian): "Пропуск подписи у {{p:Кима}}. Инструктаж {{r:Пэку}} проведён через переводчика {{p:Цоя}}."
[Translation: "Missing signature from {{p:Kim}}. Briefing for {{r:Paek}} given through the interpreter {{p:Tsoi}}."]

NGO notes ({{p:Iryna Bondar}}, translator)
- {{r:Paek Nam-chol}} confirms he is "{{r:Paek N.}}". He says he never received any certificate; the number 0412 was written in by the office. The "briefing through the interpreter" took five minutes. {{p:Tsoi}} was a Koryo-saram foreman from {{u:Tashkent}}, not a trained interpreter.
- The signaller "{{r:Hong Y.}}" was the brigade leader, {{r:Hong Yong-dok}}, who did not speak Russian and could not use the radio. Mr {{r:Paek}} says the operator {{p:Sokolov}} complained about this more than once.
- The lift plan was shown to an inspector of {{u:Rostekhnadzor}} in 2018. {{r:Nam-chol}} was told to stay in the container during the inspection.
""",
    },
    {
        "id": "h50-en-11",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ri Hyok-chol", "리혁철", "witness", ["Hyok-chol"]),
            ("Chae Man-gil", "채만길", "coworker", ["Man-gil"]),
        ],
        "note": "E-mail thread between a port chaplain in Port Louis, an ITF inspector and NGO casework about two North Korean fishers; e-mail local parts spelling names labelled, role mailboxes unmarked, quoted earlier messages, signatures with first names only; CRLF.",
        "text": """From: {{p:Dominic Ah-Hee}} <{{p:dominic.ahhee}}@seafarers-pl.mu>
To: casework@ourngo.org
Cc: {{p:Priya Ramsamy}} <{{p:p.ramsamy}}@itf.example>
Date: Tue, 14 Nov 2023 08:41
Subject: Re: two Korean fishers at {{u:Mer Rouge}}

Dear colleagues,

Following my visit yesterday to the longliner berthed at {{u:Port Louis}}: the two Korean crew I mentioned are {{r:Ri Hyok-chol}} and {{r:Chae Man-gil}}. I spoke to them on the quay with the help of a Korean-speaking volunteer, {{p:Grace Lim}}. Mr {{r:Ri}} did most of the talking. Mr {{r:Chae}} is older, unwell, and says very little.

They have been at sea 26 months without going ashore. Their passports are held by the master, Captain {{p:Wang}} ("{{p:Wang}}" is all anyone calls him). {{r:Hyok-chol}} asked whether they could telephone "the South". I said I would ask you.

{{p:Priya}} from the {{u:ITF}} is copied and will try to board tomorrow.

Best wishes,
{{p:Dominic}}
Port chaplain, {{u:Mauritius}}

-----Original message-----
From: casework@ourngo.org
Sent: Mon, 13 Nov 2023 17:02
To: {{p:dominic.ahhee}}@seafarers-pl.mu
Subject: two Korean fishers at {{u:Mer Rouge}}

Dear {{p:Dominic}},
Thank you for calling. Please do not give the men any paper with our name on it. If they want to talk, a phone call from a private phone is safest. Our caseworker {{p:Yuna Kang}} (Korean speaker) is on standby.
Regards,
Casework team

-----
From: {{p:Priya Ramsamy}} <{{p:p.ramsamy}}@itf.example>
Date: Wed, 15 Nov 2023 19:10
To: {{p:dominic.ahhee}}@seafarers-pl.mu; casework@ourngo.org
Subject: Re: Re: two Korean fishers at {{u:Mer Rouge}}

All,
I boarded at 14:00 with port state control. The master produced crew contracts for both men; the contracts name a manning agent in {{u:Dalian}}. {{r:Man-gil}} has a swollen leg and I have asked the agent to send him to a doctor. {{r:Chae}} refused at first, he said the Korean "political man" on the sister vessel would hear of it. I understand that man is called {{p:Jong}}.
Mr {{r:Ri}} asked me to tell {{p:Yuna}} that he will call on Friday at 22:00 from {{p:Grace}}'s phone.
{{p:Priya}}
""",
    },
    {
        "id": "h50-en-12",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Hwang Chol-jun", "황철준", "witness", ["Chol-jun"]),
            ("Ko Myong-sik", "고명식", "coworker", []),
        ],
        "note": "Batch of translated sick-leave certificates from Qatar with NGO annotations; patient names in capitals including an OCR-garbled form and a name broken across a line; fictional Qatari and Indian doctors private; real hospitals and the ministry public; surname Ko.",
        "text": """SICK-LEAVE CERTIFICATES - certified translations from Arabic/English (batch of 4)
Supplied by {{r:Hwang Chol-jun}}, who kept the originals in a plastic folder. Translator: {{p:Samira Haddad}}.

Certificate 1
Facility: {{u:Hazm Mebaireek General Hospital}}, {{u:Industrial Area}}, {{u:Doha}}
Patient: {{r:HWANG CHOL JUN}} | QID: 2844080xxxx | Nationality: {{u:DPRK}}
Diagnosis: heat exhaustion, dehydration
Sick leave: 3 days (12/06/2017 - 14/06/2017)
Doctor: Dr {{p:Abdulla Al-Sulaiti}} (stamp)

Certificate 2
Facility: {{u:Hamad General Hospital}}, {{u:Doha}}
Patient: {{r:HWANC CHOL JUN}} [sic, OCR of the stamp]
Diagnosis: laceration of left hand, 5 sutures
Sick leave: 7 days (02/09/2017 - 08/09/2017)
Doctor: Dr {{p:Suresh Menon}}

Certificate 3
Facility: primary health centre, {{u:Al Wakrah}}
Patient: {{r:KO MYONG SIK}} [not our witness; see note c] | Employer: Gulf Star Contracting
Diagnosis: lumbar strain
Sick leave: 5 days
Doctor: Dr {{p:Fatima Al-Khater}}

Certificate 4
Facility: {{u:Hazm Mebaireek General Hospital}}
Patient: {{r:HWANG CHOL
JUN}}
Diagnosis: follow-up, hand wound infected
Sick leave: 4 days
Doctor: Dr {{p:Al-Sulaiti}}

NGO annotations ({{p:Nadia Rahman}})
a) Mr {{r:Hwang}} says that none of the sick-leave days were given. The brigade leader, whom the men called "{{p:Beanpole}}", tore up certificate 1 in front of him and put him back on the scaffold the next morning. ({{p:Beanpole}} was {{p:Sim Kyong-ho}}, from {{u:Tanchon}}.)
b) Certificate 2: he cut his hand on rebar. {{p:Sim}} told the doctor through an Indian foreman that {{r:Chol-jun}} had cut himself "playing".
c) Certificate 3 is that of his bunk-mate {{r:Ko Myong-sik}}, who is himself a witness in case QA-22. {{r:Ko}} gave it to {{r:Hwang}} in 2018 "so that someone would remember".
d) The {{u:Ministry of Public Health}} stamp on certificate 4 is genuine according to the translator.
""",
    },
    {
        "id": "h50-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jon Kum-hui", "전금희", "witness", ["Kum-hui"]),
            ("Jon Kwang-nam", "전광남", "relative", ["Kwang-nam"]),
            ("Ryu Song-ae", "류성애", "relative", []),
        ],
        "note": "A sister's first-person account of her brother's logging years in Khabarovsk Krai, written in English with help; brother's childhood nickname Potato beside actual potatoes; mother named late in the text; neighbours and a broker; long text with names far from the start.",
        "text": """MY BROTHER
Account written by {{r:Jon Kum-hui}} for the documentation project, with help from {{p:Sarah Lee}}, volunteer. {{u:Seoul}}, autumn 2023.

I am writing about my younger brother, {{r:Jon Kwang-nam}}, because he cannot write it himself. He is still in the North, or I hope he is.

We grew up in {{u:Hyesan}}, near the river. Our father died when I was twelve and {{r:Kwang-nam}} was nine. Our mother sold noodles at the market. At home we called my brother "{{r:Potato}}" because he was round and brown and he loved potatoes more than rice. When there were no potatoes he cried, and {{r:Potato}} crying was the loudest thing on our street.

In 2012 he was chosen to go to {{u:Russia}} to cut trees. He was so proud. A man from the enterprise, Comrade {{p:Chang}}, came to our house and told our mother that {{r:Kwang-nam}} would send home enough for a new roof in three years. The roof was never built.

He worked near {{u:Chegdomyn}} in {{u:Khabarovsk Krai}}. I know this because in 2014 a man who came back, {{p:Sok Il-gwon}}, visited us with a letter. {{p:Il-gwon}} said my brother had lost two fingers on his left hand and that the camp boss, Mr {{p:Yom}}, had made him keep working with his hand in a mitten full of snow. I am sorry, {{p:Yom}} is all I know of that man's name. [Note from the volunteer: in the letter the boss is written {{p:염}}.]

The letter said: "Sister, don't worry. I eat potatoes every day here, Russian ones, they are bigger than ours. Tell Mother I am well." I still have this letter. It is signed "{{r:광남}}" and underneath, very small, "{{r:감자}}".

Our mother, {{r:Ryu Song-ae}}, waited for him every day. In 2016 he came home for one month. His face was grey. He did not talk about the forest. He only said that the Russian driver, {{p:Sasha}}, gave him cigarettes and once drove him to a doctor in secret. Then he went back for another three years, because the enterprise said that if he did not go back, the money he was owed would be lost.

I left {{u:North Korea}} in 2018. A broker, Auntie {{p:Pak}} - we only knew her as Auntie {{p:Pak}} - took me across the river to {{u:Changbai}}. I could not say goodbye to my mother. I hope {{r:Song-ae}} forgives me. [Volunteer: {{r:Kum-hui}} asked that her mother be called "Mother" in any published version.]

In 2020 a phone call through a broker told me that {{r:Kwang-nam}} was back in {{u:Hyesan}} and married to a girl called {{p:Mi-ran}} from the next street. I do not know more. If anyone who was in the forest near {{u:Chegdomyn}} remembers a man with two missing fingers who loved potatoes, please tell him that his sister {{r:Kum-hui}} is alive.

{{r:Jon Kum-hui}}
""",
    },
    {
        "id": "h50-en-14",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ok Chun-hwa", "옥춘화", "witness", ["Chun-hwa"]),
            ("Kim Hak-chol", "김학철", "supervisor", []),
        ],
        "note": "Export of a video-comment moderation queue on the NGO's YouTube channel; commenters try to identify an anonymised witness, one with a zero-width space inside her name to evade the filter, another with a handle spelling the supervisor's name; real public figures Kim Jong Un and Moon Jae-in mentioned by commenters; emoji outside mentions; handles with no names unmarked.",
        "text": """MODERATION QUEUE EXPORT - {{u:YouTube}} channel (documentary clips)
Video: "She sewed uniforms for 16 hours a day" (clip 4, voice altered, face blurred)
Exported 3 March 2024 by {{p:Jae Kim}} (moderator). Action column: H = hidden, A = approved, D = deleted and reported.

#1 | @seoulwalker_22 | "Heartbreaking. Thank you for telling this." | A
#2 | @{{p:minji.lee}}.0412 | "I know who this is 😢 it's {{r:Ok Chun-hwa}} from the factory in {{u:Hunchun}}, my aunt worked with her" | D
#3 | @truthseeker | "Fake. These people are paid actors." | A
#4 | @{{p:danielpark}}_official | "Why blur her if everyone in the comments knows? {{r:Chun\u200bhwa}} should be protected" | D (name typed with hidden character)
#5 | @{{r:kimhakchol}}1961 | "Lies. Nobody worked 16 hours. Our factory followed the rules." | H (account name = the supervisor named in the testimony; reported to legal)
#6 | @moonlight_88 | "Under {{u:Moon Jae-in}} nobody cared about these workers either." | A
#7 | @{{p:sunny_jang}} | "{{u:Kim Jong Un}} should see this." | A
#8 | @k_drama_fan | "Is the lady OK now? 🙏🙏" | A
#9 | @{{p:oksoon_lee}} | "Auntie {{r:Ok}}!!! We were in the same dorm, room 3. {{r:춘화}} 언니 is that you?" | D
#10 | @anonymous4321 | "The manager {{r:Kim}} was the worst, he took our phones" | H (surname of the supervisor, kept hidden pending review)
#11 | @{{p:TaeyangChoi}} | "Great work by the team, subscribed" | A
#12 | @{{p:nadia.r}} | "Please add English subtitles to part 5" | A

Moderator notes
- #2, #4 and #9 identify the witness. {{r:Chun-hwa}} has been told and does not want the video taken down. {{p:Jae}} to check weekly.
- #5: the handle spells the name of {{r:Kim Hak-chol}}, the factory's Korean manager. Legal ({{p:Hyun-woo}}) says do not reply.
- #9: the commenter's own handle suggests a name ({{p:Ok-soon}}); she may be a former co-worker. {{p:Ji-won}} to consider whether to contact her privately.
""",
    },
    {
        "id": "h50-en-15",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Kil Yong-su", "길영수", "witness", ["Yong-su"]),
            ("So Hye-gyong", "소혜경", "relative", ["Hye-gyong"]),
            ("Pyon Chang-ho", "변창호", "supervisor", []),
        ],
        "note": "Internal memo listing where a witness's and relatives' names survive in an archive before export; fullwidth letters, a zero-width joiner and a soft hyphen inside names, a name in a file name and in a scanned Chinese contract, surnames Kil and So; CRLF.",
        "text": """INTERNAL MEMO - NOT FOR CIRCULATION
To: archive team | From: {{p:Martina Ruiz}} (data protection) | Date: 21 February 2024
Re: pre-export check, case QA-31 ({{r:Kil Yong-su}})

1. Why this memo
Before the QA-31 collection is exported to the partner archive, every form of the witness's name and his wife's name has to be caught. The automated pass on Monday missed several. Below is what I found by hand.

2. Forms found
(a) Interview transcript, p. 3: "{{r:ＫＩＬ　Ｙｏｎｇ－ｓｕ}}" in fullwidth letters, copied from the Chinese labour contract.
(b) Chinese labour contract scan (OCR text): "乙方: {{r:吉永洙}}" and, on the signature page, "{{r:吉}}".
(c) Interpreter's notes: "{{r:Yong\u200dsu}} said..." - there is a zero-width joiner between the two syllables, which is why search did not find it.
(d) Consent form: "{{r:Kil Yong\u00adsu}}" with a soft hyphen where the line was wrapped in the PDF.
(e) File name: "QA31_{{r:kil}}_photos_2019.zip".
(f) Wife: {{r:So Hye-gyong}} appears in the family section as "{{r:So}}" alone and as "{{r:Hye-gyong}}". Note that the transcript also contains many sentences starting "So, ..." which are not her. So please check each hit by eye.
(g) Brigade leader: {{r:Pyon Chang-ho}}, in the transcript and on a photo caption ("{{r:Pyon}} with the Qatari engineer"). The engineer, {{p:Yousef}}, is also named in the caption.

3. Other persons
Two coworkers appear only by given name: {{p:Chol-min}} and {{p:Hyon}}. A third, {{p:Kye Sang-ok}}, appears once in the interpreter's notes. The interpreter herself, {{p:Angela Yu}}, signed every page "{{p:A.Y.}}".

4. Public names to leave
{{u:Qatar}}, {{u:Ras Laffan}}, {{u:Doha}}, {{u:Ministry of Labour}} and {{u:Human Rights Watch}} appear in the collection and stay.

5. Action
{{p:Luis}} to re-run the check after fixing (c) and (d); I will review (f) by hand with {{p:Chae-won}}. Export postponed to 4 March.

{{p:M.R.}}
""",
    },
    {
        "id": "h50-en-16",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ryang Su-jong", "량수정", "witness", ["Su-jong"]),
        ],
        "note": "Mailing-list bounce report for the NGO's newsletter; local parts spelling names labelled, role accounts and non-name local parts (moon.river, do.not.reply, sunflower) unmarked, display names in Hangul and Latin, a registered witness's old address, staff first names in the action notes.",
        "text": """BOUNCE REPORT - newsletter "Spring update 2024"
List: supporters-en + supporters-ko | Sent: 2,318 | Delivered: 2,291 | Bounced: 27
Generated 9 April 2024, 06:00 UTC. Reviewed by {{p:Eun-ji}}.

HARD BOUNCES (address removed from list automatically)
"{{r:량수정}}" <{{r:ryang.sujong}}@naver.example> | 550 5.1.1 user unknown
"{{p:Pak Chol-min}}" <{{p:cholmin.pak}}@daum.example> | 550 5.1.1 no such user
"Ansan Korean Church office" <info@ansanchurch.example> | 550 mailbox disabled
"{{p:Hyeon-u Kim}}" <{{p:hyeonu.k}}@gmail.example> | 550 5.2.1 account inactive
<press@koreadaily.example> | 554 rejected, policy
"{{p:Song Mi-ae}}" <{{p:song.mi}}@hanmail.example> | 550 5.1.1 user unknown
<moon.river@yahoo.example> | 550 5.1.1 user unknown
<sunflower1977@naver.example> | 550 5.1.1 user unknown

SOFT BOUNCES (retry 3 of 5)
"{{p:Grace O}}" <{{p:grace.o}}@outlook.example> | 452 mailbox full
"Office" <office@shelter-gyeonggi.example> | 421 try again later
<do.not.reply@partner.example> | 421 try again later
"{{p:Ha Ji-min}}" <{{p:jimin.ha}}@kakao.example> | 452 mailbox full
"{{p:Dong-hyun}}" <{{p:donghyun}}1988@naver.example> | 421 greylisted

BLOCKED AS SPAM
"{{p:Ahn Byung-soo}}" <{{p:bs.ahn}}@company.example> | 550 5.7.1 message content rejected

NOTES AND ACTIONS
1. {{r:ryang.sujong}}@... is the old address of {{r:Ryang Su-jong}} (witness, case RU-22). {{r:Su-jong}} gave us a new address in March; it is in the case file only and must not be added to the newsletter list. {{p:Eun-ji}} to check that the old address is deleted from the CRM as well, since it contains her full name.
2. {{p:song.mi}}@ is {{p:Song Mi-ae}}, a volunteer who left in 2023. No action.
3. "{{p:Grace O}}" is the interpreter {{p:Grace O}}. Her mailbox is full; {{p:Min-seo}} will text her.
4. The spam block at {{p:Ahn}}'s company: ask IT ({{p:Tom}}) whether the link shortener is the problem.
5. The anonymous addresses (moon.river, sunflower1977) cannot be traced and are removed.
""",
    },
    {
        "id": "h50-en-17",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pang Hyang-mi", "방향미", "witness", ["Hyang-mi"]),
            ("Yom Chol", "염철", "supervisor", []),
        ],
        "note": "Customer comment cards from a North Korean restaurant in Vientiane, typed up from the witness's photographs; waitresses named by given name only (one-syllable Sol), stage nickname 'Nightingale', manager by surname, Lao, Chinese and Korean guests who sign their own names; Lao script; Do as a verb and 'sol' as a note of the scale.",
        "text": """CUSTOMER COMMENT CARDS - typed from 9 photographs
Restaurant: (name withheld), {{u:Vientiane}}, {{u:Laos}}, 2018
Photographed by {{r:Pang Hyang-mi}} before she left the restaurant. Typed by {{p:Chloe Nguyen}}, 2 October 2023.
Printed form: "Date / Table / Your server / Food / Service / Performance / Comments / Your name (optional)"

Card 1 | 14 Feb | T7 | Server: {{r:Hyang-mi}} | 5/5/5 | "{{r:Hyang-mi}} sings like a nightingale!!" | {{p:Khamla S.}}
Card 2 | 14 Feb | T2 | Server: {{p:Un-a}} | 4/5/4 | "Cold noodles good, too much vinegar" | -
Card 3 | 3 Mar | T11 | Server: {{p:Sol}} | 5/4/5 | "{{p:Sol}} very kind, please give her a day off, she looks tired" | {{p:Somchai}}
Card 4 | 3 Mar | T5 | Server: "{{r:Nightingale}}" | 5/5/5 | "Do the song about the mother again next time" | {{p:王丽}}
Card 5 | 10 Mar | T1 | Server: {{p:Ok-ryon}} | 3/3/4 | "Manager {{r:Yom}} shouted at the girl in front of us. Not nice." | {{p:Park Jun-seo}}
Card 6 | 24 Mar | T9 | Server: {{r:Hyang-mi}} | 5/5/5 | "ຂອບໃຈ {{r:ຮຽງມີ}}" ["Thank you {{r:Hyang-mi}}" in Lao] | {{p:Noy}}
Card 7 | 7 Apr | T3 | Server: {{p:Sol}} | 4/4/5 | "Do re mi fa sol - the piano girl is very good" | -
Card 8 | 7 Apr | T8 | Server: {{p:Un-a}} | 5/5/5 | "We will come back. Ask for {{p:Un-a}} and {{r:Hyang-mi}}" | {{p:Lee Sun-young}} & {{p:Choi Dae-ho}}
Card 9 | 21 Apr | T6 | Server: (blank) | 2/2/2 | "Waited 40 min. Manager said all staff at rehearsal." | {{p:J. Harper}}

Notes from the interview with {{r:Hyang-mi}}
- "{{r:Nightingale}}" was the stage name Manager {{r:Yom Chol}} gave her; guests asked for her by that name. She hated it.
- Cards were collected by {{r:Yom}} each night. Good cards were sent to {{u:Pyongyang}} as proof of "successful foreign-currency earning"; bad cards, like card 5, were read aloud at the evening meeting and the waitress named had to criticise herself. {{p:Ok-ryon}} cried that evening.
- {{p:Sol}} is a real given name, one syllable; {{p:Un-a}} and {{p:Ok-ryon}} are also real. {{r:Hyang-mi}} asks that they not be published because their families are in {{u:Chongjin}}.
""",
    },
    {
        "id": "h50-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Chol-man", "김철만", "witness", ["철만"]),
            ("Ri Yong-gil", "리영길", "supervisor", ["영길"]),
            ("Pak Mi-ok", "박미옥", "relative", ["미옥"]),
        ],
        "note": "Third-person interview summary in Korean, construction in Khabarovsk; names with particles, honorifics and titles (씨, 동무, 반장, 소장), the affectionate suffix 이, a zero-width space inside a Hangul name, ordinary words 이상 and 위해, country names used attributively.",
        "text": """면담 요약서 (3인칭 서술)
사건번호 RU-2023-044 | 2차 면담 | 2023년 9월 14일, {{u:서울}}
면담자: {{p:정하윤}} | 기록: {{p:오세린}}

1. 인적 사항
{{r:김철만}} 씨는 1979년 {{u:함경북도}} {{u:청진}}에서 태어났다. 2013년부터 2018년까지 {{u:러시아}} {{u:하바롭스크}}의 아파트 건설 현장에서 미장공으로 일했다. 아내 {{r:박미옥}} 씨와 아들은 {{u:청진}}에 남았다.

2. 파견 과정
{{r:김철만}} 씨에 따르면 파견 선발은 도 인민위원회 노동과에서 했으며, 선발에 들기 위해 담당 지도원 {{p:한}} 동무에게 담배 다섯 보루를 주었다. {{r:철만}} 씨는 "그 이상 줄 것이 없었다"고 말했다.

3. 현장과 감독
현장 책임자는 {{r:리영길}} 소장이었다. {{r:리}} 소장은 여권을 모두 걷어 금고에 넣었고, {{u:러시아}} 측 감독 {{p:세르게이}}가 요구할 때만 꺼냈다. {{r:김철만}} 씨는 {{r:리영길}}이가 노동자들 앞에서 "너희 월급은 조국을 위해 바치는 것"이라고 말했다고 진술했다. 작업반장은 {{p:조명수}}였는데, {{p:조}} 반장은 {{r:리}} 소장보다는 덜 엄했다고 한다.

4. 동료
같은 방을 쓴 동료는 {{p:한성혁}}, {{p:우덕철}}, {{p:문광일}}이었다. 2016년 겨울 {{p:성혁}}이가 비계에서 떨어져 갈비뼈가 부러졌을 때, {{r:영길}}은 병원비가 아깝다며 사흘 동안 숙소에 눕혀 두기만 했다. {{p:우덕철}} 씨는 몰래 {{u:러시아}} 약국에서 진통제를 사 왔다. 면담자가 {{p:우}} 씨의 현재 행방을 묻자 {{r:철만}} 씨는 모른다고 답했다.

5. 가족과의 연락
{{r:김\u200b철만}} 씨는 5년 동안 아내에게 편지 세 통을 보냈다. 귀국하는 동료 편에 보낸 편지였다. 답장은 한 번 왔는데, 아내 {{r:미옥}}이가 "{{p:복남}}이가 학교에서 상을 받았다"고 썼다고 한다. ({{p:복남}}은 아들의 아명이다.)

6. 이탈
2018년 3월 {{r:김철만}} 씨는 {{u:하바롭스크}} 시내 시장에서 만난 조선족 상인 {{p:박}} 사장의 도움으로 숙소를 떠났다. 이후 {{u:블라디보스토크}}를 거쳐 {{u:한국}}에 도착했다.

7. 면담자 의견
진술은 1차 면담과 일치한다. 특히 {{r:리영길}} 소장의 여권 보관과 임금 착복에 관한 부분이 구체적이다. {{r:김철만}} 씨는 {{u:북한}}에 남은 {{r:박미옥}} 씨의 신변을 매우 걱정하고 있으므로 공개본에서는 아내와 아들의 이름을 반드시 삭제할 것.
""",
    },
    {
        "id": "h50-ko-02",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Choe Kwang-il", "최광일", "witness", ["광일"]),
            ("Han Pong-su", "한봉수", "supervisor", []),
        ],
        "note": "Translated Russian felling tickets with the witness's notes, logging near Tynda; Russian names in Cyrillic with case endings (Хана, Цоя, Иванова) and in Hangul transcription; surname 한 beside the numeral 한 (한 달, 한 명); Koryo-saram interpreter with a Russian given name.",
        "text": """벌채 허가표(лесорубочный билет) 번역 및 메모
출처: 증언자 {{r:최광일}} 씨가 2017년 {{u:아무르주}} {{u:틴다}} 북쪽 벌목장에서 휴대전화로 찍어 둔 사진 3장
번역: {{p:김나탈리야}} (자원활동가) | 정리: {{p:서은비}}

[허가표 1] № 27/114, 2017년 1월 9일 발급
벌채 사업자: 유한회사 "타이가-레스" (가명 처리 안 함, 실제 상호 아님)
사업자 측 책임자: {{p:Петров Андрей Николаевич}} ({{p:페트로프 안드레이 니콜라예비치}})
벌채 구역: 34구획 5, 7, 9소구획 / 허가 벌채량 4,800 ㎥
산림관 서명: {{p:Иванов П. С.}}
손글씨 비고: "Корейская бригада {{r:Хана}} - 12 чел., жильё вагончики." (번역: {{r:한}} 작업반 {{u:조선}} 노동자 12명, 숙소는 이동식 막사.)

[허가표 2] № 27/131, 2017년 6월 2일 발급
사업자 측 책임자: {{p:Сидорова Е. В.}} ({{p:시도로바}})
산림관 서명: {{p:Иванов П. С.}}
비고: "Переводчик - {{p:Цой В.}}" (통역 - {{p:최 빅토르}})

[허가표 3] 일부만 찍힘. "...разрешено бригаде {{r:Хан Бон Су}}..."

메모 ({{r:최광일}} 씨 진술)
- 허가표의 "{{r:한}} 작업반"은 {{r:한봉수}} 반장의 작업반이다. {{r:한}} 반장은 한 달에 한 번 {{u:러시아}} 측 사무소에 가서 허가표를 받아 왔고, 작업반원 한 명 한 명에게 하루 할당량을 정해 주었다.
- 허가 벌채량은 4,800 ㎥였지만 {{r:한봉수}}는 실제로 그 두 배 가까이 베게 했다. 초과분은 밤에 다른 트럭으로 실어 갔다고 한다. {{r:광일}} 씨는 그 트럭 운전사가 {{p:Сидоровой}}의 남편 {{p:Гена}}였다고 기억한다.
- 산림관 {{p:Иванов}}({{p:이바노프}})는 두 번 현장에 왔는데, 두 번 모두 {{r:한}} 반장이 미리 알고 초과 벌채 구역을 눈으로 덮게 했다.
- 통역 {{p:Цой}}는 고려인으로, 노동자들은 그를 "{{p:빅토르}} 아저씨"라고 불렀다. {{p:Цоя}} 없이는 {{u:러시아}} 사람과 한마디도 할 수 없었다.
- 같은 작업반의 {{p:림철}}, {{p:강명호}}, 그리고 막내 {{p:하}} 씨(이름은 {{r:광일}} 씨가 기억하지 못함)가 사진에 찍혀 있다.
- {{r:최광일}} 씨는 이 사진들을 {{u:틴다}} 시내 인터넷 카페에서 이메일로 자기에게 보내 두었다고 한다.
""",
    },
    {
        "id": "h50-ko-03",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Jong Un-hui", "정은희", "witness", ["은희"]),
            ("Mun Hyang-sim", "문향심", "supervisor", []),
            ("Kye Sun-im", "계순임", "coworker", ["순임"]),
        ],
        "note": "Korean question-and-answer transcript with 문:/답: labels, seafood processing plant in Donggang; supervisor surnamed 문 beside the question label 문:, Chinese forms of address labelled whole (王总, 小刘) and 老板 unmarked, coworker's given name with the affectionate suffix and particles; CRLF.",
        "text": """녹취록 (질의응답) - CN-2024-007
일시: 2024년 2월 3일 | 장소: {{u:인천}} | 질문: {{p:윤서아}} | 답변: {{r:정은희}}
※ 문: 질문자, 답: 증언자

문: 지난번에 {{u:동항}}에 있는 수산물 가공 공장 이야기를 하다가 끝났습니다. 공장에 {{u:조선}} 여성 노동자가 몇 명 있었습니까?
답: 처음에는 120명, 나중에는 200명 넘었어요. 우리는 오징어 손질하는 줄에 있었어요.

문: {{u:조선}} 측 관리자는 누구였습니까?
답: 대표는 남자였고 이름은 몰라요. 우리를 직접 관리한 건 {{r:문향심}} 조장이었어요. {{r:문}} 조장은 우리보다 열 살쯤 많았고, 당 생활 총화도 그 사람이 했어요.

문: {{u:중국}} 측 사람은요?
답: 사장은 그냥 "老板"이라고 불렀고, 실제로 공장을 돌리는 사람은 {{p:王总}}이었어요. 그리고 통역 겸 잡일하는 {{p:小刘}}가 있었는데, {{p:小刘}}는 우리한테 친절했어요.

문: 작업 시간은 어땠습니까?
답: 아침 여섯 시부터 밤 열 시까지. 주문이 밀리면 새벽 두 시까지요. {{r:문향심}}이가... 아, 제가 지금도 이렇게 불러요, 미안해요. {{r:문}} 조장이 "조국에 충성하기 위해 한 시간 더"라고 하면 그걸로 끝이었어요.

문: 월급은 받았습니까?
답: 한 달에 {{u:중국}} 돈 200원 정도를 손에 쥐었어요. 나머지는 {{r:문}} 조장이 다 가져갔어요. {{p:王总}}이 한 번 명세서를 보여 줬는데, 거기에는 1,800원이라고 써 있었어요.

문: 같이 일한 동료 중에 기억나는 사람이 있습니까?
답: {{r:계순임}}이요. 저랑 같은 {{u:평성}} 사람이에요. {{r:순임}}이는 손이 빨라서 늘 일등이었는데, 2019년에 손가락이 칼에 깊이 베였어요. 그때 {{r:문}} 조장은 병원에 안 보내고 붕대만 감게 했어요. {{r:순임}}이가 울면서 "언니, 나 손가락 못 쓰게 되면 어떡해" 하던 게 아직도 생각나요.

문: {{r:계순임}} 씨는 지금 어디에 있는지 압니까?
답: 2020년에 코로나 때문에 귀국을 못 하고 있다가 2023년에 돌아갔다고 들었어요. {{p:小刘}}가 {{u:위챗}}으로 알려 줬어요.

문: 마지막으로, 공개할 때 이름을 어떻게 해 드릴까요?
답: 제 이름 {{r:은희}}는 빼 주세요. {{r:문향심}}이라는 이름은 남겨도 돼요. 그 사람은 처벌받아야 하니까요.
""",
    },
    {
        "id": "h50-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Sin Chol-ho", "신철호", "witness", ["철호"]),
            ("Kang Tae-sik", "강태식", "supervisor", []),
            ("Ju Yong-bom", "주영범", "coworker", ["영범"]),
        ],
        "note": "Translation of party-cell meeting minutes of a construction brigade in Kuwait, kept by the witness; North Korean styles of address (동무, 동지, 세포비서), real leaders mentioned neutrally as quoted in the minutes, real party and city public; self-criticism list with names; translator's notes.",
        "text": """당세포 회의록 (번역 및 주해)
원문: 손으로 쓴 회의록 사본 2쪽. 증언자 {{r:신철호}} 씨가 {{u:쿠웨이트}}에서 가지고 나옴. 주해: {{p:백지수}}

────────
{{u:조선로동당}} ○○건설 제3작업반 세포 총회 회의록
일시: 주체106(2017)년 8월 20일 21시
장소: {{u:자흐라}} 숙소 식당
참가: 세포 당원 17명 중 16명 (결석: {{p:로진혁}} 동무 - 병)
사회: 세포비서 {{r:강태식}} 동무

1. 보고
세포비서 {{r:강태식}} 동무는 경애하는 {{u:김정은}} 동지께서 해외에 나간 로동자들에게 주신 말씀을 전달하고, 8월 계획 수행 정형을 보고하였다. 작업반의 계획 수행률은 87%로서 그 원인은 일부 동무들의 "개인 리기주의"에 있다고 지적하였다.

2. 호상비판
- {{r:주영범}} 동무: 작업 시간에 무더위를 핑계로 그늘에서 쉰 문제.
- {{p:탁명일}} 동무: 현지 {{u:인도}} 로동자에게서 담배를 받은 문제.
- {{r:신철호}} 동무: 집에 보낼 편지에 "여기는 덥고 힘들다"고 쓴 문제.
- {{p:로진혁}} 동무: (결석으로 다음 회의에서 비판)

3. 결정
- {{r:주영범}}, {{p:탁명일}} 동무는 9월 한 달 동안 휴식일 없이 일한다.
- {{r:신철호}} 동무의 편지는 세포비서가 보관한다.
- 충성의 외화벌이 계획 100% 완수를 위하여 9월부터 작업 시간을 하루 1시간 늘인다.

세포비서 {{r:강태식}} (수표)
────────

주해
1) {{r:철호}} 씨에 따르면 회의는 매주 열렸고 회의록은 {{r:강}} 비서가 직접 썼다. 이 사본은 {{r:강}} 비서가 귀국 전 태우라고 준 것을 {{r:철호}} 씨가 몰래 남긴 것이다.
2) "결석: {{p:로진혁}} 동무 - 병"의 실제 사정: {{p:진혁}}이는 열사병으로 쓰러져 누워 있었다. {{r:신철호}} 씨는 {{p:로}} 동무가 이 회의 뒤에도 치료를 받지 못했다고 말한다.
3) {{r:주영범}} 씨는 2019년 귀국하였다. {{r:영범}} 씨의 아내 {{p:박순녀}}가 {{u:남포}}에 있다는 것 외에는 알려진 바 없다.
4) {{u:김정은}}, {{u:조선로동당}}은 원문 그대로 옮긴 것이다. "주체106년"은 {{u:북한}} 연호로 2017년에 해당한다.
""",
    },
    {
        "id": "h50-ko-05",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("O Song-nam", "오성남", "witness", ["성남"]),
            ("Pae Kum-chol", "배금철", "supervisor", []),
            ("U Chang-ho", "우창호", "coworker", ["창호"]),
        ],
        "note": "Korean phone-counselling notes with a former construction worker in Qatar; given name 성남 beside the city 성남, one-syllable surnames 오, 배, 우 beside the numeral 오, 배 (stomach, ship) and 창호 beside the word for window (창호지); CRLF.",
        "text": """전화 상담 메모
상담자: {{p:이다인}} | 2024년 4월 2일 (화) 14:10~14:48 | 발신: 내담자
내담자: {{r:오성남}} (QA-2022-018)

14:10 {{r:오성남}} 씨 전화. 현재 {{u:경기도}} {{u:성남}}시 {{u:중원구}} 물류센터에서 야간 근무 중. 오 분 정도만 통화 가능하다고 했으나 결국 40분 가까이 통화함.
14:13 용건: {{u:카타르}} 시절 같은 작업반이던 {{r:우창호}} 씨가 {{u:한국}}에 왔다는 소식을 들었다며 연락처를 알 수 있는지 문의. → 본인 동의 없이 알려 줄 수 없다고 안내. {{r:성남}} 씨는 이해한다고 함.
14:18 {{r:창호}} 씨와의 관계: {{u:카타르}} {{u:루사일}} 현장에서 2015~2018년 같은 방을 썼다. {{r:우}} 씨가 작업 중 배가 아파 쓰러졌을 때 반장 {{r:배금철}}이가 "꾀병"이라며 병원에 보내지 않았고, {{r:오성남}} 씨가 현지 감독 {{p:라지브}}에게 몰래 알려 겨우 병원에 갔다고 함. 맹장염이었다고.
14:25 {{r:배}} 반장에 대해: "{{r:배금철}}은 배를 타고 왔어도 배로 돌려보내야 할 사람"이라고 농담. 2017년에 노동자들 돈을 모아 달아났다는 소문이 있다고 함. 확인 불가.
14:31 본인 상태: 허리 통증. 오늘도 파스를 붙이고 일한다고. 창호지 바른 옛날 집 얘기를 하다가, 고향 {{u:단천}}의 어머니 생각이 난다며 잠시 울먹임.
14:38 {{r:성남}} 씨가 다른 동료 이름도 말함: {{p:로철수}}, {{p:심광}}. {{p:심광}} 씨는 외자 이름이라 다들 "{{p:광}}아"라고 불렀다고 함. [상담자 메모: 이 호칭도 기록 시 가명 처리 필요.]
14:44 후속 조치: ① {{r:우창호}} 씨 쪽 담당자 {{p:김보람}}에게 연락 희망 여부를 물어보기로 함. ② {{u:하나센터}} 허리 치료 연계.
14:48 통화 종료. {{r:오}} 씨는 다음 주 화요일 같은 시간에 다시 전화하겠다고 함.
""",
    },
    {
        "id": "h50-ko-06",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yu Kyong-ae", "유경애", "witness", ["경애"]),
            ("Kim Jun-ho", "김준호", "relative", ["준호"]),
        ],
        "note": "Settlement-support payment notice from a local office for a resettled former restaurant worker, with the NGO's cover note; fictional officials and protection officer private, real ministry, foundation and city public; given name 경애 beside the ordinary word 경애하는 and surname 유 beside 유의; account-holder field; son's name with particles.",
        "text": """[정착지원금 지급 안내]

수신: {{r:유경애}} 님 ({{u:인천광역시}} {{u:남동구}})
발신: ○○구청 복지정책과 (담당 주무관 {{p:최수빈}}, ☎ 032-000-0000)

1. {{u:통일부}}의 북한이탈주민 정착지원 지침에 따라 아래와 같이 취업장려금을 지급하게 되었음을 안내드립니다.

2. 지급 내역
가. 대상자: {{r:유경애}} (1988년생)
나. 지급 항목: 취업장려금 2년차 (근속 확인: 주식회사 한빛푸드, 2023. 3. 2.~)
다. 지급액: 금 오백오십만 원
라. 지급 계좌: ○○은행 / 예금주 {{r:유경애}}
마. 지급 예정일: 2024. 5. 20.

3. 유의사항
가. 본 장려금은 본인 명의 계좌로만 지급되며, 세대원 {{r:김준호}}(아들, 2012년생) 명의 계좌로는 지급할 수 없습니다.
나. 근속 확인서는 사업주 {{p:한정우}} 대표의 직인이 있어야 합니다.
다. 문의는 담당 신변보호관 {{p:박태민}} 경위 또는 {{u:남북하나재단}} 콜센터(1577-6635)로 하시기 바랍니다.

○○구청장 (직인 생략)

────────
[단체 내부 메모 - {{p:장미래}}, 2024. 5. 8.]
- {{r:경애}} 씨가 안내문을 사진으로 보내며 "예금주 이름이 제 본명이라 불안하다"고 함. {{r:유경애}}라는 이름이 {{u:중국}} 식당 시절 쓰던 이름과 같아서 예전 지배인 {{p:허명숙}}이 찾아올까 걱정한다고.
- {{r:경애}} 씨는 농담으로 "북에서는 '경애하는'이라는 말을 매일 들었는데 내 이름이 {{r:경애}}라서 늘 웃겼다"고 했음. (이 문장 속 '경애하는'은 이름 아님.)
- 아들 {{r:준호}}는 올해 6학년. {{r:준호}}가 학교에서 엄마 이름을 쓰는 서류가 많아 개명을 고민 중. 개명 신청 관련하여 {{p:오정민}} 변호사에게 연결 예정.
- {{u:중국}} {{u:선양}}의 식당에서 함께 일한 {{p:리명화}}, {{p:송은별}}에 대한 이야기는 다음 면담에서 다루기로 함.
""",
    },
    {
        "id": "h50-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Sol-hwa", "리설화", "witness", ["설화"]),
            ("Kim Pong-nyo", "김봉녀", "supervisor", []),
            ("Han Ok", "한옥", "coworker", ["옥"]),
        ],
        "note": "Reviewers' comments in Korean on a draft testimony about a restaurant in Ningbo; witness's given name 설화 beside the word 설화 (folktale), coworker 한옥 beside 한옥 (traditional house) and one-syllable 옥이; reviewers identified by initials; Ri/Lee spelling of the witness.",
        "text": """증언 초안 검토 의견 (3차)
문서: 증언_CN-31_{{r:리설화}}_초안3.hwp | 검토자: {{p:문지현}}(ㅁㅈ), {{p:고태윤}}(ㄱㅌ), {{p:Ellen Price}}(EP)

[1문단] ㅁㅈ: "나 {{r:리설화}}는 2016년 {{u:닝보}}의 {{u:조선}} 식당에 파견되었다"로 시작함. {{u:남한}} 정착 후 이름은 {{r:이설화}}이므로, 두 표기를 다 쓰면 본인 확인이 너무 쉬워짐. 공개본에서는 둘 다 삭제 권고.

[2문단] ㄱㅌ: 식당 이름은 초안에 없음. 좋음. 다만 "한옥처럼 꾸민 2층 식당"이라는 묘사가 너무 구체적인지 검토 필요. (여기서 '한옥'은 건물 양식이지 사람 이름 아님.)

[3문단] ㅁㅈ: 책임자 {{r:김봉녀}}에 대한 부분. {{r:김}} 책임자가 매일 밤 "충성의 노래 모임"을 열고 노래를 못 부른 사람은 밥을 굶겼다는 내용은 핵심. 유지.

[4문단] EP: Who is "{{r:옥}}이"? Later she is "{{r:한옥}}". If the same person, say so. Also note for English readers that {{r:Han Ok}} is a one-syllable given name.
→ ㄱㅌ 답변: 동일 인물. {{r:설화}} 씨가 면담에서 "{{r:옥}}이는 이름이 외자라 다들 그렇게 불렀다"고 함. 영어판에서는 한 가지 표기로 통일.

[5문단] ㅁㅈ: "{{r:봉녀}} 동지가 {{r:옥}}이의 여권을 찢었다"는 문장은 {{r:김봉녀}}를 동지로 부르는 원문 그대로이므로 살리되, 각주로 설명 필요.

[6문단] ㄱㅌ: 중국인 주방장 "{{p:老陈}}"과 손님 {{p:장웨이}}가 등장. {{p:장웨이}}는 {{r:한옥}} 씨에게 휴대전화를 건넨 사람으로, 신원 보호 필요.

[7문단] EP: The folktale paragraph ("어머니가 들려주던 설화") is lovely. Keep. It is not about anyone's name.

[8문단] ㅁㅈ: 마지막 문단에서 {{r:설화}} 씨의 언니 {{p:리설경}}의 이름이 나옴. 본인 동의 확인 전에는 삭제.

종합 의견 (ㄱㅌ): {{r:리설화}} 씨 증언은 구체적이고 일관됨. 3문단과 5문단은 {{r:김봉녀}}에 대한 법적 문제 검토를 위해 {{p:오하람}} 변호사에게 먼저 보낼 것.
""",
    },
    {
        "id": "h50-ko-08",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Pyon Mi-suk", "변미숙", "witness", ["미숙"]),
            ("Kim Byol", "김별", "relative", ["별"]),
        ],
        "note": "Kindergarten pick-up authorisation form filled in by a resettled former garment worker, with the caseworker's note; child with the one-syllable given name 별 beside the word 별 (star) and a class named 별님반; mother's given name 미숙 beside 미숙하다; delegates and teachers private; mixed line endings.",
        "text": """하원 위임 동의서
○○어린이집 (별님반)

원아 이름: {{r:김별}} (만 4세) | 담임교사: {{p:서하은}}
보호자: {{r:변미숙}} (모) | 연락처: 010-****-****

본인은 아래 사람에게 원아의 하원을 위임합니다.

1. 위임받는 사람: {{p:장순덕}} (관계: 이웃, 같은 교회) | 연락처: 010-****-****
2. 위임받는 사람: {{p:최은하}} (관계: 직장 동료) | 연락처: 010-****-****
3. 위임 기간: 2024년 3월 4일 ~ 2024년 8월 31일
4. 하원 시 신분증을 확인하여 주시기 바랍니다. 위 두 사람 외에는 누구에게도 아이를 보내지 마십시오. 특히 아이의 친부라고 주장하는 사람이 와도 보내지 마십시오.

2024년 3월 2일
보호자 {{r:변미숙}} (서명)

────────
사례 담당자 메모 ({{p:남궁윤}})
- {{r:미숙}} 씨는 2016~2019년 {{u:중국}} {{u:훈춘}}의 봉제 공장에서 일했고, 그 뒤 {{u:한국}}에 왔다. {{r:별}}이는 {{u:한국}}에서 태어났다.
- 4번 항목은 {{r:미숙}} 씨가 직접 넣어 달라고 한 문장이다. {{u:중국}}에서 알던 브로커 {{p:진}} 씨가 {{r:별}}이 아빠를 자칭하며 연락해 온 일이 있어서다. 어린이집 원장 {{p:오영숙}} 선생님께는 사정을 설명함.
- 담임 {{p:서하은}} 선생님 말로는 {{r:별}}이가 "반짝반짝 작은 별" 노래를 제일 좋아한다고. 밤하늘의 별을 그린 그림을 엄마에게 주었다고 함.
- {{r:미숙}} 씨는 한국어가 아직 미숙하다며 서류 작성을 어려워함. 다음에는 {{p:장순덕}} 권사님이 함께 오기로.
- 위임자 {{p:최은하}} 씨는 {{r:변미숙}} 씨와 같은 물류 회사에 다니며, 역시 {{u:북한}} 출신이라고 함.
""",
    },
    {
        "id": "h50-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jo Un-sil", "조은실", "witness", ["은실"]),
            ("Ri Chang-su", "리창수", "relative", ["창수"]),
            ("Jo Man-bok", "조만복", "relative", []),
        ],
        "note": "A wife's first-person account in Korean of her husband's years on a Chinese trawler off West Africa; husband by given name with particles and as 애 아빠 (kinship, unmarked); her father with the same surname 조 beside the word 조 (a unit of trillions / a group); Chinese captain 老马; names deep in the text.",
        "text": """남편 이야기
진술: {{r:조은실}} | 정리: {{p:한유진}} | 2023년 11월, {{u:서울}}

제 남편 {{r:리창수}}는 2014년 봄에 배를 타러 나갔습니다. 수산사업소에서 "외국 배를 타면 삼 년에 집 한 채 값을 번다"고 해서, 시어머니도 저도 말리지 못했습니다. 그때 우리 딸 {{p:리은별}}이는 세 살이었습니다.

{{r:창수}} 씨가 탄 배는 {{u:중국}} 배였고, {{u:기니}} 앞바다에서 고기를 잡았다고 들었습니다. 선장은 {{u:중국}} 사람이었는데 {{u:조선}} 선원들은 "{{p:老马}}"라고 불렀답니다. {{u:조선}} 선원은 열두 명이었고, 그중 우두머리는 {{p:진철룡}}이라는 사람이었습니다. {{p:진}} 씨가 선원들 월급을 전부 받아서 관리했다고 합니다.

첫해에는 소식이 전혀 없었습니다. 이듬해 여름에 같은 배를 탔다가 병으로 먼저 돌아온 {{p:박광수}} 씨가 저희 집에 찾아왔습니다. {{p:광수}} 씨 말이, {{r:창수}}가 그물 감는 기계에 손이 끼어서 손톱이 다 빠졌는데도 다음 날 또 갑판에 나갔다고 했습니다. 애 아빠가 원래 아프다는 말을 안 하는 사람입니다.

그 뒤로 제 친정아버지 {{r:조만복}}이 수산사업소에 몇 번이나 찾아가서 사위 소식을 물었습니다. 아버지는 그때 조를 짜서 하는 농촌 지원 일에 나가 계셨는데도 빠지지 않고 가셨습니다. 사업소 지배인 {{p:엄태호}}는 "배가 항구에 들어와야 편지도 온다"는 말만 했답니다.

2016년 겨울에 처음으로 편지가 왔습니다. "{{r:은실}}아, 나는 잘 있다. {{p:은별}}이 많이 컸겠지. 돈은 {{p:진}} 동무가 모아서 한꺼번에 보낸다고 하니 조금만 기다려라." 그런데 그 돈은 끝내 오지 않았습니다.

{{r:창수}} 씨는 2017년에 돌아왔습니다. 들고 온 것은 {{u:중국}} 담배 두 보루와 딸에게 줄 분홍색 신발 한 켤레가 전부였습니다. 삼 년 동안 번 돈이 어디로 갔냐고 물었더니, {{p:진철룡}}이가 "충성자금"과 "배삯"을 떼고 나니 남은 게 없다고 했답니다.

저는 2019년에 딸과 함께 강을 건넜습니다. {{r:창수}} 씨는 같이 가자는 말에 고개를 저었습니다. 어머니를 두고 갈 수 없다고요. 지금도 {{r:리창수}}라는 이름을 누가 부르면 가슴이 내려앉습니다.

이 이야기를 남기는 것은, 같은 배에 탔던 {{p:박광수}} 씨나 {{p:노영일}} 씨 같은 분들의 가족이 혹시라도 이 글을 보고 남편들이 어떻게 살았는지 알았으면 해서입니다. 제 이름 {{r:조은실}}과 아버지 이름 {{r:조만복}}은 공개하지 말아 주십시오.
""",
    },
    {
        "id": "h50-ko-10",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Myong-su", "리명수", "relative", ["명수"]),
            ("Kim Ok-nyo", "김옥녀", "witness", ["옥녀"]),
            ("Chu Kwang-jin", "주광진", "supervisor", []),
        ],
        "note": "Death-notification telegrams reconstructed from memory by a widow, with the NGO's note; telegraphic Korean without spaces (리명수동무, 주광진대표), Russian form of the name in Cyrillic, fictional enterprise officials private, real region and city public.",
        "text": """사망 통지 전보 (증언자 기억에 의한 재구성)
증언자: {{r:김옥녀}} ({{r:리명수}}의 처) | 기록: {{p:강다솜}}, 2024년 1월

[전보 1] 2015년 1월 16일 접수 (발신: ○○림업대표부)
{{r:리명수}}동무 1월12일 작업중사고로 사망 현지에서 장례 유가족은 동요말것 대표 {{r:주광진}}

[전보 2] 2015년 2월 3일 접수
유해는 현지안치 위로금 미화300 {{r:주광진}}대표편에 추후전달 {{r:명수}}동무 유품 손목시계1 편지3통

[전보 3] 2015년 5월 20일 접수
위로금전달 지연 {{r:김옥녀}}동무 도당 로동과 방문할것

────────
단체 메모 ({{p:강다솜}})
1. {{r:옥녀}} 씨에 따르면 남편 {{r:리명수}}는 2011년부터 {{u:하바롭스크 변강주}}의 벌목소에서 일했다. 사고 경위는 끝내 통보받지 못했다. 같은 벌목소에서 일하다 귀국한 {{p:석영호}}가 나중에 "나무가 쓰러질 때 {{r:명수}} 형님이 피하지 못했다"고 말해 주었다.
2. 전보에 나오는 대표 {{r:주광진}}은 벌목소 대표부의 책임자였다. {{r:옥녀}} 씨는 {{r:주}} 대표를 한 번도 본 적이 없다. 위로금 300달러는 끝내 받지 못했고, 유품 중 손목시계만 {{p:석영호}} 편에 돌아왔다.
3. {{u:러시아}} 측 사망진단서 사본을 구할 수 있는지 {{u:블라디보스토크}}의 협력자 {{p:Мария}}에게 문의함. {{u:러시아}} 문서에는 이름이 "{{r:Ли Мён Су}}"로 적혀 있을 가능성이 큼.
4. {{r:김옥녀}} 씨는 남편의 이름이 기록에 남기를 원하지만, 아들 {{p:리충성}}이 아직 {{u:북한}}에 있으므로 공개본에는 "{{r:ㄹ}}씨"로만 표기하기로 함.
""",
    },
    {
        "id": "h50-ko-11",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Song Chol", "송철", "witness", ["철"]),
            ("An Kum-ok", "안금옥", "witness", ["금옥"]),
            ("Mun Ki-ho", "문기호", "supervisor", []),
        ],
        "note": "Korean case meeting minutes covering three cases; surname 안 beside the negation 안 and 안에, surname 문 beside 문 (door), one-syllable given name 철 used alone beside 철 (iron, season); staff names; a supervisor named deep in the text.",
        "text": """사례 회의록
일시: 2024년 5월 16일 (목) 15:00~16:30 | 장소: 2층 회의실
참석: {{p:권소희}}(사회), {{p:마준영}}, {{p:하서윤}}, {{p:임재현}} | 기록: {{p:하서윤}}

1. 지난 회의 결정 사항 확인
- {{p:마준영}}: 외장 하드 암호화 완료. {{p:재현}} 씨 노트북은 아직 안 됨. 이번 주 안에 처리.

2. 사례 RU-31 {{r:송철}} ({{u:러시아}} {{u:노보시비르스크}} 건설, 2017~2019)
- {{p:하서윤}}: {{r:송철}} 씨는 진술서 최종본에 서명함. 이름이 외자라 영어 번역본에 "{{r:Song Chol}}"과 "{{r:Chol}}"이 섞여 있어 통일 필요.
- {{p:권소희}}: 영어판에서 성 "Song"만 단독으로 쓰면 노래(song)와 헷갈리니 성만 쓰지 말 것.
- {{r:철}} 씨는 철근공이었고, 철마다 작업장을 옮겼다고 함. 진술 중 "철이 바뀌면 현장도 바뀌었다"는 표현은 계절 이야기이므로 가명 처리 대상 아님.
- 결정: 6월 보고서에 인용. {{r:철}} 씨에게 인용 부분을 다시 읽어 주고 동의받기 ({{p:하서윤}}).

3. 사례 CN-18 {{r:안금옥}} ({{u:중국}} {{u:단둥}} 전자부품 공장, 2016~2020)
- {{p:임재현}}: {{r:안금옥}} 씨가 지난주 면담에서 처음으로 기숙사 이야기를 함. 공장 관리자 {{r:문기호}}가 밤마다 기숙사 문을 밖에서 잠갔고, 2018년 화재 경보가 울렸을 때도 문을 열어 주지 않았다고.
- {{p:권소희}}: 이 부분은 매우 중요. 다만 {{r:금옥}} 씨가 아직 불안해하니 무리하게 추가 면담 잡지 말 것. 안 되면 안 된다고 말할 수 있게 해 줄 것.
- {{r:안}} 씨는 같은 방을 쓴 {{p:차은순}}, {{p:림옥향}}의 이름도 말했으나, 두 사람 모두 {{u:북한}}에 있어 기록에서 삭제하기로 함.
- {{r:문}} 관리자의 현재 소재는 불명. {{p:마준영}}: 이름 {{r:문기호}}를 제재 관련 제보에 포함할지 법률 자문 필요.

4. 사례 QA-07 (진행 중단)
- 증언자 본인 요청으로 중단. 이름은 회의록에 쓰지 않음.

5. 기타
- 다음 회의: 5월 30일.
- {{p:권소희}}: 회의록 파일명에 증언자 이름 넣지 말 것. 지난달 "CN18_{{r:안금옥}}_메모.docx" 파일이 공유 폴더에 있었음.
""",
    },
    {
        "id": "h50-ko-12",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Kang Hyok", "강혁", "witness", ["혁"]),
            ("Kang Sun-bok", "강순복", "relative", []),
        ],
        "note": "Deposit-return demand letter (내용증명) from a resettled former logging worker to his landlord, with a legal-aid volunteer's note; one-syllable given name 혁 with particles and suffix, surname 강 beside 강 (river) and 강을 건넜다; landlord, estate agent and lawyer private; CRLF.",
        "text": """내 용 증 명

발신인: {{r:강혁}}
주소: {{u:경기도}} {{u:시흥시}} ○○로 00, 000호

수신인: {{p:윤재석}} (임대인)
주소: {{u:경기도}} {{u:시흥시}} ○○로 00

제목: 임대차보증금 반환 요청

1. 귀하의 건승을 기원합니다.

2. 발신인 {{r:강혁}}은 2022년 3월 1일 수신인 {{p:윤재석}}과 위 주소지 000호에 관하여 보증금 500만 원, 월세 35만 원, 기간 2년의 임대차 계약을 체결하였고, 2024년 2월 29일 계약 기간 만료로 집을 비워 드렸습니다.

3. 계약 당시 중개사 {{p:백승아}} 씨 입회하에 "퇴거 시 즉시 보증금을 반환한다"는 특약을 맺었음에도, 수신인은 현재까지 보증금을 반환하지 않고 있습니다. 수신인의 배우자 {{p:정미란}} 씨는 전화로 "도배 비용을 빼야 한다"고만 하였습니다.

4. 이에 본 서면 도달일로부터 14일 이내에 보증금 전액을 아래 계좌로 반환하여 주실 것을 요청합니다. 기한 내 반환되지 않을 경우 임차권등기명령 신청 및 지급명령 신청 등 법적 절차를 진행할 것임을 알려 드립니다.

   계좌: ○○은행 000-0000-0000 (예금주 {{r:강혁}})

2024년 4월 10일
발신인 {{r:강혁}} (인)

────────
법률지원 자원활동가 메모 ({{p:류지호}})
- {{r:혁}} 씨는 2014~2018년 {{u:러시아}} {{u:아무르주}} 벌목장에서 일했고, 2019년 {{u:한국}}에 왔다. {{u:한국}}에 온 뒤 처음 얻은 집이 이곳이다.
- 임대인 {{p:윤}} 씨는 {{r:혁}} 씨가 {{u:북한}} 출신인 것을 알고 "어차피 말 못 할 것"이라며 버텼다고 함. {{r:강}} 씨는 "강을 건널 때도 이렇게 억울하지는 않았다"고 했다.
- 발신인란에 본명 {{r:강혁}}을 써야 하는지 물어 옴. 내용증명은 본명으로 보내야 한다고 안내. 누나 {{r:강순복}} 씨 주소는 쓰지 않기로 함.
- 지급명령까지 가면 {{p:안소정}} 변호사(공익법센터)에 연계. {{r:혁}}이 형편상 비용 부담이 어려움.
""",
    },
    {
        "id": "h50-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yom Chol-min", "염철민", "witness", ["철민"]),
            ("Ri Ung", "리웅", "coworker", ["웅"]),
            ("Jang Pyong-guk", "장병국", "supervisor", ["여우"]),
        ],
        "note": "KakaoTalk group-chat export among former coworkers from a Moscow building site; display names built from names and kinship words (철민이형), emoji beside names, supervisor nicknamed 여우 beside a real fox, one-syllable given name 웅, a zero-width space inside a name, system lines.",
        "text": """{{u:카카오톡}} 대화 내보내기 - "{{u:모스크바}} 동기들" (4명)
저장한 날짜: 2024-03-02 23:41

--------------- 2024년 3월 1일 금요일 ---------------
[{{r:철민}}이형] [오후 9:02] 다들 잘 지내냐
[{{r:웅}}이] [오후 9:03] 형 ㅋㅋ 오랜만
[{{p:덕수}}] [오후 9:05] 형님 😊 저는 {{u:평택}}에서 여전히 용접해요
[{{r:철민}}이형] [오후 9:06] 오늘 뉴스에 {{u:모스크바}} 나오더라. 우리 짓던 그 아파트 생각나서
[{{r:웅}}이] [오후 9:07] 그 {{r:여우}} 아직 거기 있을까요 🦊
[{{p:덕수}}] [오후 9:08] {{r:장병국}}이요? ㅋㅋ 그 여우 같은 놈
[{{r:철민}}이형] [오후 9:10] 야 이름 쓰지 마. 이 방도 모른다
[{{r:웅}}이] [오후 9:11] 형 여기 {{u:한국}}이에요 ㅋㅋ
[{{r:철민}}이형] [오후 9:12] 그래도. 습관이다
[{{p:강은별}}] [오후 9:20] 저 왔어요 🙋‍♀️ {{r:웅}}이 오빠 생일 축하해요!!
[{{r:웅}}이] [오후 9:21] 고마워 {{p:은별}}아 🎂
[{{p:덕수}}] [오후 9:22] 아 오늘 {{r:리웅}} 생일이었어? 축하한다 🎉
[{{r:철민}}이형] [오후 9:25] 생일 축하한다 {{r:웅}}아. 그때 현장에서 생일날 {{r:여우}}가 너 밤새 콘크리트 치게 한 거 기억나냐
[{{r:웅}}이] [오후 9:26] 기억나죠... 그날 진짜 여우 봤잖아요 현장 뒤 숲에서
[{{p:덕수}}] [오후 9:27] ㅋㅋㅋ 진짜 여우랑 {{r:장}} 반장이랑 누가 더 교활하냐
[{{p:강은별}}] [오후 9:30] 근데 {{r:철민}} 오빠, 그 {{u:NK워치}}? 거기서 증언하신다는 거 진짜예요?
[{{r:철민}}이형] [오후 9:33] 아니 다른 단체. 이름은 나중에. {{r:염\u200b철민}}으로 검색하지 마라
[{{p:덕수}}] [오후 9:34] 형님 화이팅 💪
사진
[{{r:웅}}이] [오후 9:40] 이거 2018년 겨울 사진. {{p:석주}} 형, {{p:명일}}이, 나
[{{r:철민}}이형] [오후 9:41] 지워라 ㅋㅋ 얼굴 나온다
[{{r:웅}}이] [오후 9:41] 메시지가 삭제되었습니다.
--------------- 2024년 3월 2일 토요일 ---------------
[{{p:강은별}}] [오전 10:15] 오빠들 {{u:하나원}} 동기 모임 4월 13일 확정이에요 ✅
""",
    },
    {
        "id": "h50-ko-14",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Mo Sang-jun", "모상준", "witness", ["상준"]),
            ("Mo Hak-su", "모학수", "relative", []),
        ],
        "note": "Extract from a clan genealogy (세보) sent by a clan association to verify a resettled former Kuwait construction worker's family, with a tracing note; names in Hangul with Hanja in brackets, Hanja-only given names, the surname 모 discussed as a word (unmarked), generation numbers, a clan officer and cousins private.",
        "text": """족보 발췌 사본 및 확인 메모
출처: ○○ 모씨 종친회가 2023년 12월 우편으로 보내온 세보(世譜) 해당 면 사본 2장
요청인: {{r:모상준}} (2019년 입국. 2014~2018년 {{u:쿠웨이트}} 건설 현장 파견)
정리: {{p:탁세영}} (가족 찾기 담당)

[세보 발췌 - 원문 그대로]
二十二世
 {{p:景煥}} 1901年生. 庚寅年(1950) 北으로 감. 以後 失傳
 配 {{p:김순례}}({{p:金順禮}}) 1905年生
 子 {{r:學洙}}, {{p:學珍}}
二十三世
 {{r:學洙}} ({{r:모학수}}) 1932年生. 庚寅年 父를 따라 越北. 消息不明
 {{p:學珍}} ({{p:모학진}}) 1935年生. 南에 남음. 2009年 卒
  配 {{p:오정자}}({{p:吳貞子}})
  子 {{p:相一}} ({{p:모상일}}) 1961年生
二十四世
 {{p:相一}} 配 {{p:이미경}}

확인 메모
1. {{r:상준}} 씨가 기억하는 아버지 이름은 {{r:모학수}}, 할아버지 이름은 "{{p:경환}}"이다. 세보의 {{p:景煥}}, {{r:學洙}}와 일치한다. {{r:모학수}}가 1932년생이라는 것도 {{r:상준}} 씨가 들은 것과 같다.
2. 모(牟)는 흔하지 않은 성이어서 종친회도 쉽게 찾을 수 있었다. 종친회 총무 {{p:모상현}} 씨가 전화로 "북에 간 {{r:학수}} 할아버지 쪽 후손이 있다는 것은 처음 듣는다"고 했다.
3. {{r:상준}} 씨 진술: {{u:쿠웨이트}} 현장에서 작업반장 {{p:길성호}}는 "{{u:남조선}}에 친척이 있는 놈"이라며 {{r:상준}} 씨를 따로 감시했다. 출신 성분 문서에 할아버지 {{p:모경환}}의 "월북" 기록이 아니라 "남쪽 친척" 기록이 있었던 것으로 보인다.
4. 사촌 {{p:모상일}} 씨는 {{u:부산}} 거주. 만남을 희망함. 첫 만남은 {{u:대한적십자사}} 사무실에서 {{p:탁세영}} 동석하에 하기로 함.
5. 세보 사본에는 {{r:상준}} 씨 본인의 이름이 아직 없다. 종친회는 다음 수단(修單) 때 {{r:牟相俊}}으로 올리겠다고 함. {{r:상준}} 씨는 신변 문제로 보류를 요청함.
""",
    },
    {
        "id": "h50-ko-15",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Ha Myong-sim", "하명심", "witness", ["명심"]),
            ("Ha Kwang-chol", "하광철", "relative", ["광철"]),
            ("Sim Tok-bae", "심덕배", "supervisor", []),
        ],
        "note": "Internal incident memo in Korean about a published report that let readers identify a witness; given name 명심 beside the verb 명심하다, surname 하 beside 하하 and 하루, a name split by a line break in a quoted PDF, fullwidth Latin letters, supervisor surname 심 beside 심 in compounds; mixed line endings.",
        "text": """내부 메모 (대외비)
수신: 전 직원 | 발신: 사무국장 {{p:나은수}} | 2024년 6월 3일
제목: 보고서 게재 후 증언자 신원 노출 우려 건 - 경과와 조치

1. 경과
5월 20일 게재한 영문 보고서 부록 B에 증언자 {{r:하명심}} 씨({{u:중국}} {{u:옌지}} 봉제 공장, 2015~2019)의 작업반 구성이 지나치게 자세히 실렸습니다. 5월 29일 {{r:명심}} 씨가 직접 전화하여, 예전 동료가 보고서를 읽고 "너 아니냐"고 연락해 왔다고 알려 왔습니다.

2. 노출 경로 확인
(1) 부록 B 표에 공장 관리자 {{r:심덕배}}의 이름이 그대로 실렸고, 같은 표에 "관리자의 조카뻘 되는 여성 노동자"라는 설명이 있었습니다.
(2) 본문 12쪽 PDF에서 줄바꿈 때문에 "{{r:Ha Myong-
sim}}"이 가려지지 않고 남아 있었습니다. 검색으로는 찾을 수 없었던 이유입니다.
(3) 각주 31에 {{u:중국}} 측 등록 서류의 영문 표기 "{{r:ＨＡ　ＭＹＯＮＧ　ＳＩＭ}}"(전각 문자)이 그대로 인용되었습니다.
(4) 사진 설명에 "{{r:하}} 씨의 오빠 {{r:하광철}}이 보낸 편지"라는 문구가 있었습니다. {{r:광철}} 씨는 아직 {{u:북한}}에 있습니다.

3. 조치
- 보고서를 5월 31일 웹사이트에서 내렸고, 수정본은 {{p:신가람}} 팀장이 다시 검토합니다.
- {{r:명심}} 씨와 {{p:배유나}} 상담사가 6월 1일 면담했습니다. {{r:명심}} 씨는 "하하, 이제 와서 어쩌겠어요"라며 웃었지만 하루 종일 잠을 못 잤다고 합니다.
- 연락해 온 예전 동료 {{p:윤향란}} 씨에게는 {{r:명심}} 씨 본인이 답하기로 했습니다.

4. 모든 직원이 명심해야 할 점
- 이름은 본문뿐 아니라 표, 각주, 사진 설명, 파일 속성, 줄바꿈된 단어까지 확인할 것.
- 전각 문자(예: 각주 31)와 중국어 서류의 한자 이름({{r:河明心}})도 확인 대상임.
- 관리자 {{r:심덕배}}처럼 가해자로 지목된 사람의 이름도, 실명 공개 여부는 법률 검토 후 결정할 것. 이번 건에서는 {{r:심}} 관리자의 이름 때문에 피해자가 역추적되었습니다. 진심으로 사과드립니다.

사무국장 {{p:나은수}}
""",
    },
    {
        "id": "h50-ko-16",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Rim Tae-song", "림태성", "witness", ["태성"]),
            ("So Kwang-u", "소광우", "supervisor", []),
            ("Kye Chol-jin", "계철진", "coworker", ["철진"]),
        ],
        "note": "Translated dormitory curfew-violation statements (경위서) from a St Petersburg construction dormitory, with the witness's explanations; supervisor surname 소 beside 소 (cow, beef) and 소 in compounds, North Korean honorifics (동지, 동무), a Russian shop assistant with case endings, signatures by name only.",
        "text": """통금 위반 경위서 3건 (원문 한국어, 일부 판독 불가)
제공: 증언자 {{r:림태성}} (2016~2019, {{u:상트페테르부르크}} 주택 건설)
정리: {{p:안수빈}}

[경위서 1]
작업반장 {{r:소광우}} 동지 앞
나 {{r:림태성}}은 2017년 11월 4일 저녁 점호 시간인 21시까지 숙소에 돌아오지 못하였다. 그 리유는 현장에서 거푸집 해체가 늦어졌고, 돌아오는 길에 {{u:로씨야}} 상점에서 {{r:계철진}} 동무의 약을 사느라 시간이 걸렸기 때문이다. 앞으로는 절대로 이런 일이 없도록 하겠다.
2017.11.5 {{r:림태성}}

[경위서 2]
작업반장 {{r:소광우}} 동지 앞
나 {{r:계철진}}은 11월 4일 감기로 열이 높아 {{r:림태성}} 동무에게 약을 부탁하였다. {{r:태성}} 동무의 통금 위반은 나의 책임이다.
2017.11.5 {{r:계철진}}

[경위서 3]
작업반장 {{r:소광우}} 동지 앞
나 {{p:변성호}}는 2018년 2월 23일 ... (판독 불가) ... 상점 판매원 {{p:나타샤}}와 말을 나눈 것은 물건값을 물어본 것뿐이다.
2018.2.24 {{p:변성호}}

────────
{{r:림태성}} 씨 설명
- 경위서는 {{r:소}} 반장이 쓰게 했고, 총화 때 읽게 했다. {{r:소광우}}는 소고기 통조림을 혼자 숨겨 두고 먹던 사람이라 다들 뒤에서 "소가 소를 먹는다"고 놀렸다고 함. (여기서 두 번째, 세 번째 '소'는 동물.)
- {{r:철진}}이는 그때 열이 39도였는데 {{r:소}} 반장은 병원에 보내지 않았다. {{r:태성}} 씨가 몰래 사 온 약은 {{u:러시아}} 상점의 판매원 {{p:Наташа}}가 골라 주었다. {{p:Наташи}} 덕분에 {{r:철진}}이가 살았다고 {{r:태성}} 씨는 말한다.
- 경위서 3의 {{p:변성호}}는 이 일로 한 달 동안 외출 금지를 당했고, 2018년 여름에 먼저 귀국하였다. 판매원 {{p:나타샤}}와 말을 나눴다는 이유였다.
- 소장(현장 책임자)은 {{p:차영일}}이었는데, {{r:림태성}} 씨는 {{p:차}} 소장보다 {{r:소}} 반장이 더 무서웠다고 함.
""",
    },
    {
        "id": "h50-ko-17",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Paek Kum-ran", "백금란", "witness", ["금란"]),
            ("Yang Il-nam", "양일남", "witness", ["일남"]),
            ("I Chun-bok", "이춘복", "witness", []),
        ],
        "note": "Health-screening result list for a group of resettled former overseas workers, with the nurse's follow-up notes; tabular Korean names with sex and age, surnames 나 and 이 beside the pronoun 나 and the demonstrative 이, 백 beside 백 (hundred), 양 beside 양 (amount); fictional doctors private; real hospital public; CRLF.",
        "text": """건강검진 결과 통보 명단 (해외 파견 노동 경험자 특별 검진)
검진 기관: {{u:국립중앙의료원}} 건강증진센터 | 검진일: 2024년 4월 6일
판정의: {{p:손예린}} (가정의학과) | 정리: 간호사 {{p:유하람}}

번호 | 성명 | 성별/나이 | 주요 소견 | 판정
1 | {{r:백금란}} | 여/41 | 손목터널증후군 의심, 빈혈 | 정밀검사
2 | {{r:양일남}} | 남/47 | 진폐증 의심(흉부 X선), 청력 저하 | 정밀검사
3 | {{r:이춘복}} | 남/52 | 고혈압, 요추 협착 | 약물치료
4 | {{p:나영순}} | 여/38 | 특이 소견 없음 | 정상
5 | {{p:도성일}} | 남/44 | 왼손 2·3지 절단 후 상태, 간 수치 상승 | 추적검사
6 | {{p:곽명철}} | 남/39 | 잠복결핵 양성 | 치료 연계
7 | {{p:주은하}} | 여/35 | 손 습진(만성) | 피부과 의뢰

간호사 메모 ({{p:유하람}})
- 1번 {{r:백금란}} 씨: {{u:중국}} 수산물 공장에서 하루 백 마리 넘게 게 손질을 했다고. 손목 통증은 그때부터. {{r:금란}} 씨는 정밀검사 날짜를 토요일로 원함.
- 2번 {{r:양일남}} 씨: {{u:러시아}} 건설 현장에서 분진 속에 마스크 없이 일함. 흡연량은 하루 반 갑 정도로 양이 많지 않다고 함. {{r:일남}} 씨는 진폐 의심 소견에 크게 놀람. {{p:손예린}} 선생님이 직접 설명하기로.
- 3번 {{r:이춘복}} 씨: 이 혈압은 약 없이 조절 어려움. {{r:이}} 선생님(본인이 그렇게 불러 달라고 함)은 {{u:쿠웨이트}} 현장에서 허리를 다쳤다고.
- 4번 {{p:나영순}} 씨: 결과 정상. 본인이 "나는 괜찮으니 다른 사람 먼저"라고 함.
- 5번 {{p:도성일}} 씨: 손가락 절단은 {{u:러시아}} 벌목장 사고. 간 수치는 음주 관련 가능성. 재검 4주 후.
- 6번 {{p:곽명철}} 씨: 보건소 결핵 치료 연계. {{p:곽}} 씨는 원양어선에서 2년간 일함.
- 결과지는 본인에게만 전달. 단체 명단은 검진 후 3개월 뒤 파기.
""",
    },
    {
        "id": "h50-mixed-01",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kim Yong-jin", "김용진", "witness", ["Yong-jin", "용진"]),
            ("Choe Hak-nam", "최학남", "supervisor", ["학남"]),
            ("Do Kum-chol", "도금철", "coworker", ["Kum-chol"]),
        ],
        "note": "English interview summary with Korean quotations, squid jigger in the south-west Pacific; names in Latin and Hangul with particles inside the Korean quotes, coworker surname Do beside the English verb do, Chinese captain 老胡 and Chinese bosun, Peruvian port and fisheries inspector; CRLF.",
        "text": """INTERVIEW SUMMARY - FV-2023-012
Witness: {{r:Kim Yong-jin}} ({{r:김용진}}) | Interviewer: {{p:Hannah Bae}} | Language: Korean, summary in English
Date: 27 October 2023 | Place: {{u:Busan}}

Mr {{r:Kim}} worked from 2016 to 2019 on a Chinese-flagged squid jigger fishing outside the Peruvian exclusive economic zone. There were 14 North Korean crew, 9 Chinese and 3 Indonesians. The North Korean group leader was {{r:Choe Hak-nam}}. Mr {{r:Kim}} describes {{r:Choe}} as "선장보다 더 무서운 사람". In his words: "{{r:학남}}이는 우리 임금 장부를 혼자 가지고 있었어요."

The Chinese captain was called "{{p:老胡}}" by everyone; Mr {{r:Kim}} never learned his full name. The Chinese bosun, {{p:Zhang Lei}}, was "사람은 괜찮았는데 말이 안 통했어요".

Work: 18 to 20 hours a night under the lights, sleeping in the day in a hold converted into bunks. Mr {{r:Kim}} recalls the night in 2017 when his closest friend, {{r:Do Kum-chol}}, fell between the jigging machines and broke his arm: "{{r:금철}}이가 소리를 질렀는데 기계 소리 때문에 아무도 못 들었어요." Asked what the crew could do, he said: "What could we do? Nothing." {{r:Choe}} told the captain that {{r:Do}} had been careless.

In March 2018 the vessel called at {{u:Callao}} for fuel. A Peruvian inspector, whom Mr {{r:Kim}} remembers as "Señor {{p:Quispe}}", came aboard and asked through the Chinese bosun whether anyone was injured. {{r:Choe Hak-nam}} stood behind the North Korean crew throughout. "{{r:최학남}}이 뒤에 서 있는데 누가 말을 해요?"

The crew were paid nothing at sea. At the end of each season the catch was transferred to a reefer; {{r:Choe}} and two Chinese officers went aboard the reefer with a bag of papers. Mr {{r:Kim}} does not know the reefer's name or destination. This point needs checking.

Mr {{r:Kim}} left the vessel in 2019 when it put in to {{u:Mauritius}} for repairs, with the help of a Mauritian port worker, {{p:Jean-Luc}}. {{r:Kum-chol}} stayed aboard. {{r:용진}} 씨 asks that the report say: "{{r:금철}}아, 미안하다."

Follow-up: ask Mr {{r:Kim}} about the reefer; ask {{p:Hannah}} whether {{p:Jean-Luc}}'s surname is in her notes.
""",
    },
    {
        "id": "h50-mixed-02",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jong Song-hun", "정성훈", "witness", ["Song-hun", "성훈"]),
            ("Ryom Chang-il", "렴창일", "supervisor", []),
        ],
        "note": "At-sea transshipment declaration (English form with Chinese and Korean entries) and the witness's Korean annotations; masters, observer and crew private; Korean names in Hangul, Hanzi and pinyin-style Latin; North Korean crew group leader named in three scripts; real fisheries organisation public.",
        "text": """TRANSSHIPMENT DECLARATION (copy)
Regional body: {{u:SPRFMO}} | Declaration No.: TS-2018-0457
Date/time (UTC): 2018-04-11 02:40 - 09:15 | Position: 18°40'S 079°55'W

Offloading vessel: F/V Fu Yuan Yu 7 (invented name in this copy) | Master: {{p:HU Guoqiang}} ({{p:胡国强}})
Receiving vessel: R/V Ocean Pearl | Master: {{p:Andrei KOVALENKO}}
Observer on board receiving vessel: {{p:María José Ccori}} (observer ID 0193)

Product: frozen jumbo flying squid, 212.4 t | Packaging: 20 kg blocks
Crew transferred: 3 (see annex) | Fuel received: 180 m3

Annex - persons transferred from offloading vessel to receiving vessel
1. {{r:ZHENG Chengxun}} / {{r:郑成勋}} / DPRK / "for repatriation"
2. {{p:LI Yongnan}} / {{p:李永南}} / DPRK / "for repatriation"
3. {{p:WANG Bo}} / {{p:王波}} / CHN / "crew change"

Signatures: {{p:胡国强}} / {{p:Kovalenko}} / {{p:M. J. Ccori}}

────────
증언자 주석 ({{r:정성훈}}, 통역 {{p:민하늘}})
- 1번 "{{r:ZHENG Chengxun}} / {{r:郑成勋}}"은 제 이름 {{r:정성훈}}을 중국식으로 적은 것입니다. 배에서는 모두 저를 "{{r:小郑}}"이라고 불렀어요.
- 2번 {{p:李永南}}은 {{p:리영남}}이에요. {{p:영남}}이랑 저는 "송환"이라고 적혔지만 실제로는 다른 어선으로 옮겨 타서 2년을 더 일했어요.
- {{u:조선}} 선원 책임자 {{r:렴창일}}은 이 명단에 없어요. {{r:렴}} 책임자는 운반선으로 옮겨 타지 않고 남아서 다른 선원들을 감시했어요. {{u:중국}} 사람들은 그를 "{{r:廉}}"이라고 불렀고, 영어 서류에는 "{{r:LIAN Changyi}}"로 썼어요.
- 옵서버 {{p:María José}} 씨가 우리에게 스페인어로 뭔가 물었는데, {{r:렴창일}}이 옆에 있어서 대답을 못 했어요. 그 사람이 "Do you want to go home?"이라고 영어로도 물었던 것 같아요.
- 선장 {{p:老胡}}는 우리를 때리지는 않았어요. 때린 건 {{r:렴}} 책임자였어요.
""",
    },
    {
        "id": "h50-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pak Chol-jin", "박철진", "witness", ["Chol-jin", "철진"]),
            ("Hyon Yong-chol", "현영철", "supervisor", []),
        ],
        "note": "WhatsApp chat export between a North Korean construction worker in Kuwait and an Indian electrician, mixed broken English and Korean; contact names as saved in the phone, a zero-width space inside a name, emoji directly after names, supervisor called 'boss Hyon' and in Hangul, system lines.",
        "text": """{{u:WhatsApp}} chat export - "{{p:Suresh}} Electrician" (provided by {{r:Pak Chol-jin}}, 2024)

12/03/2019, 21:14 - Messages and calls are end-to-end encrypted.
12/03/2019, 21:14 - {{p:Suresh}} Electrician: Hello my friend {{r:Chol-jin}} 👋 this is my number
12/03/2019, 21:20 - {{r:Park}}: hello {{p:Suresh}} thank you. my phone is secret ok
12/03/2019, 21:21 - {{p:Suresh}} Electrician: ok ok no problem 🤐
14/03/2019, 22:03 - {{r:Park}}: today boss {{r:Hyon}} angry. no water break. very hot
14/03/2019, 22:05 - {{p:Suresh}} Electrician: {{r:Hyon}} is the tall one with glasses?
14/03/2019, 22:07 - {{r:Park}}: yes. {{r:현영철}}. bad man
14/03/2019, 22:08 - {{p:Suresh}} Electrician: I will bring cold water tomorrow to the 3rd floor 💧
20/03/2019, 23:40 - {{r:Park}}: {{p:Suresh}} my friend {{p:Sok}}🙏 sick. fever 3 days. boss say no hospital
20/03/2019, 23:41 - {{p:Suresh}} Electrician: Which one is {{p:Sok}}? The young boy?
20/03/2019, 23:43 - {{r:Park}}: yes young. {{p:석\u200b은혁}}. 23 years
20/03/2019, 23:45 - {{p:Suresh}} Electrician: I ask my supervisor Mr {{p:Varghese}} tomorrow. He knows doctor in {{u:Abbasiya}}
21/03/2019, 19:02 - {{p:Suresh}} Electrician: {{p:Varghese}} sir says bring him friday, free clinic
21/03/2019, 19:30 - {{r:Park}}: thank you thank you 🙏🙏 {{p:은혁}}이 happy
02/04/2019, 22:15 - {{r:Park}}: <Media omitted>
02/04/2019, 22:16 - {{r:Park}}: this photo our room. 8 people. me, {{p:Sok}}, {{p:Kang}}, {{p:Ri}}, old {{p:Kye}}...
02/04/2019, 22:20 - {{p:Suresh}} Electrician: 8 people in that room?? 😳
11/05/2019, 21:00 - {{r:Park}}: {{p:Suresh}} we go home maybe. {{r:Hyon}} say all go back {{u:Pyongyang}} before December
11/05/2019, 21:02 - {{p:Suresh}} Electrician: You want to go back?
11/05/2019, 21:10 - {{r:Park}}: no. 나 안 가고 싶어. you know {{u:South Korea}} embassy?
11/05/2019, 21:12 - {{p:Suresh}} Electrician: I will ask my cousin {{p:Anil}}, he drives for embassies
11/05/2019, 21:13 - {{p:Suresh}} Electrician: delete these messages {{r:Chol-jin}}!!
11/05/2019, 21:14 - {{r:Park}}: This message was deleted
""",
    },
    {
        "id": "h50-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ko Un-chol", "고은철", "witness", ["Un-chol", "은철"]),
            ("Ri Tok-su", "리덕수", "supervisor", []),
        ],
        "note": "Bonded-store (slop chest) issue list of a Russian-flagged cargo ship with North Korean and Russian crew, English and Russian headings, Korean remarks; Russian names with initials and a case ending (Фомину), a Russian diminutive of a Korean surname (Коша), Korean names in Cyrillic and Latin, signatures; cigarettes issued to the North Korean political officer for the whole group.",
        "text": """BONDED STORE ISSUE LIST / ВЫДАЧА ИЗ ТАМОЖЕННОЙ КЛАДОВОЙ
Vessel: M/V Sever Star (invented) | Voyage: {{u:Nakhodka}} - {{u:Rason}} - {{u:Nakhodka}}
Month: October 2017 | Storekeeper: 2nd Officer {{p:Melnikov O. I.}}

No. | Name / ФИО | Rank | Item | Qty | Price (USD) | Signature
1 | {{p:Лысенко В. П.}} | Master | Whisky | 1 | 14.00 | {{p:Лысенко}}
2 | {{p:Мельников О. И.}} | 2/O | Cigarettes (carton) | 2 | 16.00 | {{p:Мельников}}
3 | {{r:Ли Док Су}} / {{r:RI Tok Su}} | Deck crew (group leader) | Cigarettes (carton) | 14 | 112.00 | {{r:리덕수}}
4 | {{r:Ко Ын Чхоль}} / {{r:KO Un Chol}} | Deck crew | Soap, toothpaste | 3 | 4.50 | {{r:고은철}}
5 | {{p:Пак Сон Ир}} / {{p:PAK Song Il}} | Deck crew | - | - | - | -
6 | {{p:Фомин А. А.}} | Ch/Eng | Beer (case) | 1 | 12.00 | {{p:Фомин}}

Storekeeper's remark (Russian): "14 блоков сигарет выданы {{r:Ли}} на всю корейскую группу. Деньги удержать из зарплаты корейцев. Мыло {{r:Ко}} выдано в долг."
[Translation: "14 cartons of cigarettes issued to {{r:Ri}} for the whole Korean group. Money to be deducted from the Koreans' wages. Soap for {{r:Ko}} issued on credit."]

────────
증언자 주석 ({{r:고은철}}, 2023년 면담)
- 3번 {{r:리덕수}}는 우리 선원들의 책임자였다. 담배 14보루를 받아서 두 보루만 나눠 주고 나머지는 {{u:라선}} 항구에서 팔았다. 그 값은 우리 월급에서 빠졌다.
- 4번은 나다. 비누와 치약을 외상으로 받았다. {{u:러시아}} 사람들은 나를 "{{r:Ко}}"라고 불렀고, 2등 항해사 {{p:Мельников}}는 "{{r:Коша}}"라고 장난으로 불렀다.
- 5번 {{p:박성일}}은 돈이 없어서 아무것도 받지 못했다. {{p:성일}}이는 그해 겨울 내내 내 비누를 같이 썼다.
- 선장 {{p:Лысенко}}는 우리에게 관심이 없었다. 기관장 {{p:Фомин}}은 가끔 맥주를 나눠 주었다. 그 일을 {{r:리}} 책임자가 알고 {{p:Фомину}}에게 항의했다고 들었다.
""",
    },
    {
        "id": "h50-mixed-05",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Yun Hye-ok", "윤혜옥", "witness", ["Hye-ok", "혜옥"]),
            ("Ju Song-hui", "주성희", "supervisor", []),
            ("Chon Bok-sil", "천복실", "coworker", ["복실"]),
        ],
        "note": "Interpreted question-and-answer transcript, garment factory in Hunchun; English questions, Korean answers and English interpretation; Chinese forms of address labelled whole (王总, 小王, 李姐) while 老板 and 师傅 alone stay unmarked; coworker's given name with the affectionate suffix; mixed line endings.",
        "text": """TRANSCRIPT - interpreted interview, case CN-2024-022
Q = {{p:Emma Lindqvist}} (researcher) | INT = {{p:Chu Ye-jin}} (interpreter) | A = {{r:Yun Hye-ok}}

Q: Can you tell me who ran the factory?
A: 공장 사장은 {{u:중국}} 사람이고 우리는 그냥 老板이라고 불렀어요. 실제로 우리를 관리한 건 {{p:王总}}하고 {{u:조선}} 쪽 책임자 {{r:주성희}} 동지였어요.
INT: The owner was Chinese; they just called him "laoban", the boss. The ones who actually managed them were a man they called {{p:Wang Zong}} and, on the North Korean side, {{r:Ju Song-hui}}.
Q: Was {{r:Ju Song-hui}} a man or a woman?
A: 여자요. {{r:주성희}}는 마흔 살쯤. 우리 중에서 제일 높은 사람.
INT: A woman, about forty, the highest-ranking among them.
Q: And the Chinese staff on the floor?
A: 라인 반장이 {{p:小王}}이었어요. {{p:小王}}은 젊은 남자였는데 괜찮았어요. 그리고 재봉틀 고치는 师傅가 있었는데 이름은 몰라요. 식당 아줌마는 {{p:李姐}}라고 불렀어요.
INT: The line leader was "{{p:Xiao Wang}}", a young man, decent. There was a mechanic they called "shifu", master, she doesn't know his name. The canteen lady was called "{{p:Li Jie}}", Sister {{p:Li}}.
Q: Tell me about your friend you mentioned before.
A: {{r:복실}}이요. {{r:천복실}}. 저보다 두 살 어리고 {{u:회령}} 출신이에요. {{r:복실}}이는 바느질이 제일 빨라서 {{r:주성희}}가 늘 본보기로 내세웠어요. 그런데 2018년에 손가락을 바늘에 꿰였는데도 병원에 못 갔어요.
INT: {{r:Bok-sil}}, {{r:Chon Bok-sil}}. Two years younger, from {{u:Hoeryong}}. The fastest seamstress, so {{r:Ju}} always held her up as a model. In 2018 a needle went through her finger and she was not allowed to go to hospital.
Q: Who decided that?
A: {{r:주}} 책임자가요. {{p:王总}}은 병원에 보내라고 했는데 {{r:주성희}}가 "우리 사람 일은 우리가 알아서 한다"고 했어요.
INT: {{r:Ju}}. {{p:Wang Zong}} said to send her to hospital, but {{r:Ju}} said, "We handle our own people."
Q: Thank you, {{r:Hye-ok}}. Shall we stop here?
A: 네. {{r:혜옥}}이라고 부르시니까 이상하네요, 여기서는 다들 번호로 불렀거든요. 저는 17번이었어요.
INT: Yes. It feels strange to be called {{r:Hye-ok}}; there everyone was called by number. She was number 17.
""",
    },
    {
        "id": "h50-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ryu Kum-ok", "류금옥", "witness", ["Kum-ok", "금옥"]),
            ("Kim Sun-hwa", "김순화", "supervisor", []),
        ],
        "note": "Machine breakdown report from an electronics assembly plant in Dandong, Chinese form with English translation and Korean annotations; Korean names written in Hanzi (柳今玉, 金顺花), Chinese forms of address labelled whole (张师傅, 老赵), a signature by surname only, operator injury recorded as machine fault.",
        "text": """设备故障报告单 / EQUIPMENT FAILURE REPORT (copy with translation)
编号 No.: DD-SMT-2018-0917 | 车间 Workshop: 贴片二车间 (SMT line 2) | 日期 Date: 2018-09-17

设备编号 Machine: 冲压机 P-06 (punch press)
故障时间 Time of failure: 03:25
操作员 Operator: {{r:柳今玉}} (朝鲜籍, 工号 K-117)
故障描述 Description: 安全光栅失灵，设备未停机。操作员左手食指受伤。
[Light curtain failed, machine did not stop. Operator's left index finger injured.]
维修人员 Repair: {{p:张师傅}} ({{p:张建军}})
处理 Action: 更换光栅控制器，停机 4 小时。[Controller replaced, 4 hours downtime.]
车间主任 Workshop head: {{p:赵海涛}} (签字: {{p:赵}})
朝方管理员 DPRK side manager: {{r:金顺花}} (签字: {{r:김순화}})
备注 Remarks: 操作员已返回宿舍休息。[Operator returned to dormitory to rest.]

────────
NGO translation note ({{p:Lucy Zhou}}): {{r:柳今玉}} is the Chinese rendering of the witness's name, {{r:Ryu Kum-ok}} ({{r:류금옥}}); {{r:金顺花}} is {{r:Kim Sun-hwa}}. The form records the injury as a machine fault and says nothing about treatment.

증언자 주석 ({{r:류금옥}})
- 그날 밤 새벽 세 시 반에 손가락이 눌렸어요. {{p:张师傅}}가 먼저 달려왔는데, {{u:중국}} 사람들은 그분을 "{{p:老张}}"이라고도 불렀어요. {{p:老张}}이 병원에 가야 한다고 했는데 {{r:김순화}} 관리원이 "숙소에서 쉬면 된다"고 했어요.
- 차간 주임 {{p:赵海涛}}, 우리끼리는 "{{p:老赵}}"라고 불렀는데, 그 사람이 보고서에 "休息"라고 쓰는 걸 봤어요. 병원은 끝내 못 갔어요.
- 같은 라인의 {{p:최향}}이라는 언니가 밤새 얼음을 대 줬어요. {{p:향}}이 언니는 외자 이름이에요.
- {{r:김}} 관리원은 다음 날 저를 다른 라인으로 옮겼어요. "손가락 하나 때문에 계획을 못 하면 안 된다"고요.

English summary ({{p:Lucy Zhou}}): Ms {{r:Ryu}} says the mechanic {{p:Zhang}} urged hospital treatment and {{r:Kim Sun-hwa}} refused; a co-worker, {{p:Choe Hyang}}, treated her with ice. {{r:Kum-ok}} has lost feeling in the fingertip.
""",
    },
    {
        "id": "h50-mixed-07",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Hong Chol-su", "홍철수", "witness", ["Chol-su", "철수"]),
            ("Kang Myong-ho", "강명호", "supervisor", []),
        ],
        "note": "Korean/English e-mail thread between NGO staff and a foreign lawyer about a former IT worker in Shenyang; given name 철수 beside the verb 철수하다 (withdraw), e-mail local parts spelling names, role accounts unmarked, quoted replies, a GitHub handle spelling the witness's name; CRLF.",
        "text": """From: {{p:Jeong Ha-neul}} <{{p:haneul.jeong}}@ourngo.example>
To: {{p:Michael Brennan}} <{{p:m.brennan}}@brennanlaw.example>
Cc: legal@ourngo.example
Date: 12 March 2024 10:14
Subject: [IT-11] witness statement - {{r:Hong Chol-su}}

Dear {{p:Michael}},

Attached is the English translation of the statement of {{r:Hong Chol-su}}. Mr {{r:Hong}} worked in {{u:Shenyang}} from 2017 to 2020 in a team of twelve under {{r:Kang Myong-ho}}. He describes how {{r:Kang}} assigned each worker two or three false identities for freelancing sites.

One point: Mr {{r:Hong}} wants to withdraw paragraph 14 (about his cousin). 한국어 원문에는 "14항은 철수하겠다"고 되어 있는데, 여기서 "철수"는 본인 이름이 아니라 '철회한다'는 뜻입니다. I mention it because the machine translation rendered it as "{{r:Chol-su}} will do paragraph 14".

Best,
{{p:Ha-neul}}

-----

From: {{p:Michael Brennan}} <{{p:m.brennan}}@brennanlaw.example>
To: {{p:haneul.jeong}}@ourngo.example
Date: 12 March 2024 16:40
Subject: RE: [IT-11] witness statement - {{r:Hong Chol-su}}

{{p:Ha-neul}}, thanks - understood, paragraph 14 comes out.
Two questions: (1) The statement mentions a {{u:GitHub}} account "{{r:chulsoo}}-hong-dev". Was that his real account or one of {{r:Kang}}'s fake ones? (2) Can Mr {{r:Hong}} confirm that {{r:Kang Myong-ho}} is the same person as the "Mr. {{p:K}}" in the {{u:US Department of Justice}} indictment? I do not want us to assume it.
{{p:Michael}}

-----

From: {{p:Jeong Ha-neul}} <{{p:haneul.jeong}}@ourngo.example>
To: {{p:Michael Brennan}} <{{p:m.brennan}}@brennanlaw.example>
Date: 14 March 2024 09:02
Subject: RE: RE: [IT-11] witness statement - {{r:Hong Chol-su}}

{{p:Michael}},
(1) {{r:철수}} 씨 말로는 "{{r:chulsoo}}-hong-dev"는 {{u:한국}}에 온 뒤 본인이 만든 계정이고, {{u:선양}} 시절 계정은 "{{r:Daniel Xu}}", "{{r:Kenji Mori}}" 같은 가짜 이름이었다고 합니다. So the GitHub account is his real one and should be removed from the exhibit.
(2) He cannot confirm. He says "{{r:강명호}}가 맞을 수도 있지만 모르겠다". Let's not link them.
{{r:철수}} 씨는 다음 주에 {{u:미국}} 대사관 면담이 있습니다. 통역은 {{p:Sophie Choi}} 선생님이 맡습니다.
{{p:Ha-neul}}
""",
    },
    {
        "id": "h50-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Yong-hui", "김영희", "witness", ["Yong-hui", "영희"]),
            ("Ri Chun-ok", "리춘옥", "supervisor", []),
        ],
        "note": "Cash-register closing reports (Z-reports) of a North Korean restaurant in Vladivostok, Russian printouts with Korean annotations and an English summary; cashier and administrator names in Cyrillic with initials and case endings (Ким, Ли Чун Ок, Ли), Russian accountant, real fiscal authority public.",
        "text": """КАССОВЫЕ ОТЧЁТЫ (Z-отчёты) - копии, ресторан (название скрыто), {{u:Владивосток}}
Provided by {{r:Kim Yong-hui}}, who worked as cashier and waitress 2017-2019. Transcribed by {{p:Olga Petrenko}}.

ОТЧЁТ О ЗАКРЫТИИ СМЕНЫ № 214
Дата: 08.03.2018 | Смена открыта: 11:02 | закрыта: 23:48
Кассир: {{r:Ким Ё. Х.}}
Администратор: {{r:Ли Чун Ок}}
Выручка наличными: 86 450,00 | Безналичными: 41 200,00 | Итого: 127 650,00
Возвраты: 0,00
Подпись кассира: {{r:Ким}} | Подпись администратора: {{r:Ли}}

ОТЧЁТ О ЗАКРЫТИИ СМЕНЫ № 215
Дата: 09.03.2018 | Смена открыта: 11:00 | закрыта: 00:12
Кассир: {{p:Пак С. Р.}}
Администратор: {{r:Ли Чун Ок}}
Итого: 98 300,00
Примечание (рукой бухгалтера {{p:Зайцевой Н. В.}}): "Расхождение 5 000 руб. - объяснение у {{r:Ли}}."

────────
증언자 주석 ({{r:김영희}})
- 214번의 "{{r:Ким Ё. Х.}}"는 나다. 8일은 3·8 국제부녀절이라 손님이 많았다. 그날 현금 86,450루블 중 우리가 만진 돈은 한 푼도 없다. 책임자 {{r:리춘옥}}이 밤마다 현금을 다 가져갔다.
- 215번의 "{{p:Пак С. Р.}}"는 {{p:박설란}}이다. {{p:설란}}이는 5,000루블이 빈다는 이유로 {{r:리}} 책임자에게 밤새 자기비판을 했다. 사실은 {{r:리춘옥}}이 그 돈을 가져갔다.
- {{u:러시아}} 회계사 {{p:Зайцева}}는 {{r:리}} 책임자를 의심했다. 그래서 "объяснение у {{r:Ли}}"(설명은 {{r:리}}에게)라고 적었다.

English summary ({{p:Olga Petrenko}})
The reports show that the cashier on duty was a North Korean waitress ({{r:Yong-hui}} on 8 March, {{p:Pak Sol-ran}} on 9 March) and that the administrator, {{r:Ri Chun-ok}}, signed every closing. Ms {{r:Kim}} says all cash went to {{r:Ri}}. The accountant {{p:N. V. Zaitseva}} noted a shortfall and attributed it to {{r:Ri}}. Registered cash registers report to the {{u:Federal Tax Service}}; whether these figures match the restaurant's filings could be checked.
""",
    },
    {
        "id": "h50-mixed-09",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pae Yong-ae", "배영애", "witness", ["영애", "Yong-ae"]),
            ("Yu Chang-dok", "유창덕", "witness", ["창덕"]),
            ("Mun Song-ok", "문성옥", "supervisor", []),
        ],
        "note": "Case meeting minutes written in Korean with English passages for an international colleague; given name 창덕 beside the palace 창덕궁 (public), surname 배 beside 배 (ship), surname Moon/문 of a supervisor beside a staff member named Moon and the moon; names deep in the text.",
        "text": """사례 회의 / CASE MEETING - 2024-07-04
참석 Present: {{p:우지민}}(chair), {{p:Aisha Karim}}, {{p:Moon Seo-jin}}, {{p:탁현우}}
기록 Notes: {{p:탁현우}} (English summary for {{p:Aisha}} under each item)

1. FV-21 {{r:배영애}} - 원양어선 조리원 (2015~2018)
- {{p:탁현우}}: {{r:영애}} 씨는 {{u:중국}} 원양어선의 유일한 여성 조리원이었음. 배에서 내린 적이 2년 동안 한 번도 없었다고 함. 선원 책임자 {{r:문성옥}}이 여권을 가지고 있었음.
- {{p:우지민}}: 진술의 핵심은 {{r:문}} 책임자의 성희롱 부분. 법률 검토 먼저.
EN: {{r:Pae Yong-ae}} was the only woman on a Chinese distant-water vessel, working as cook; she never left the ship for two years. The crew boss {{r:Mun Song-ok}} held her passport. {{r:Yong-ae}}'s account of harassment by {{r:Mun}} needs legal review first. Note: {{r:Mun}} is the same surname as our colleague {{p:Moon Seo-jin}}; they are not related.

2. RU-40 {{r:유창덕}} - 건설, {{u:블라디보스토크}} (2016~2019)
- {{p:Moon Seo-jin}}: {{r:창덕}} 씨는 지난 면담을 {{u:창덕궁}} 근처 카페에서 했는데, 본인 이름과 같아서 그 장소를 골랐다고 농담함. 다음 면담은 사무실에서.
- {{r:유}} 씨는 작업반장 {{p:최광림}}과 통역 {{p:Alexei}}의 이름을 기억함. {{p:Alexei}}는 고려인.
- {{p:탁현우}}: {{r:유창덕}} 씨가 보름달 뜬 밤마다 숙소 옥상에서 고향 쪽을 봤다는 이야기를 함. 보고서에 인용 희망.
EN: {{r:Yu Chang-dok}} (construction, {{u:Vladivostok}}). He chose a café near {{u:Changdeokgung}} for the last interview as a joke about his own name; next time we meet at the office. He names the brigade leader {{p:Choe Kwang-rim}} and an ethnic Korean interpreter, {{p:Alexei}}. He wants the line about looking at the full moon from the dormitory roof in the report.

3. 기타 AOB
- {{p:Aisha}}: the donor report needs two anonymised quotes by 15 July. {{p:Seo-jin}} will pick them.
- 다음 회의: 7월 18일. {{p:우지민}} 휴가로 {{p:Aisha}}가 진행.
""",
    },
    {
        "id": "h50-mixed-10",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Sok Hyon-u", "석현우", "witness", ["Hyon-u", "현우", "Brian Tan"]),
            ("O Jin-chol", "오진철", "supervisor", []),
        ],
        "note": "Freelance time-tracking export (pasted CSV) from an IT team in Shenyang with Korean annotations; members appear under invented personas that are aliases of the witness, the team leader and others; persona given names alone; screenshot-review comments; surname O in Hangul and Latin; real platforms public.",
        "text": """TIME-TRACKING EXPORT (pasted from CSV) - workspace "Bluefin Apps" - week 2020-W37
Provided by {{r:Sok Hyon-u}}. Personas mapped by the witness in the notes below.

date,member,project,tracked_h,activity_pct,memo
2020-09-07,{{r:Brian Tan}},FitTrack iOS,13.5,71,"login screen + API"
2020-09-07,{{p:Jason Wu}},FitTrack iOS,12.0,64,"push notifications"
2020-09-07,{{r:Tom Becker}},FitTrack iOS,2.0,15,"client call"
2020-09-08,{{r:Brian Tan}},FitTrack iOS,14.0,78,"bugfix crash on iOS 14"
2020-09-08,{{p:Jason Wu}},ShopLink web,11.5,60,"checkout"
2020-09-08,{{p:Kai Nakamura}},ShopLink web,15.0,82,"admin panel"
2020-09-09,{{r:Brian Tan}},FitTrack iOS,16.0,80,"release build"
2020-09-09,{{p:Kai Nakamura}},ShopLink web,14.5,79,"admin panel"
2020-09-09,{{r:Tom Becker}},ShopLink web,1.0,10,"review"

Screenshot review comments (from the tracker):
[09-08 02:14] {{r:Tom}}: {{r:Brian}}, activity below 75% - explain
[09-08 02:20] {{r:Brian}}: slow build server, sorry
[09-09 03:01] {{r:Tom}}: {{p:Kai}} good work. {{p:Jason}} - more hours tomorrow

────────
증언자 주석 ({{r:석현우}}, 2023년 면담)
- "{{r:Brian Tan}}"은 나다. {{u:싱가포르}} 사람 행세를 했다. 하루 13~16시간 기록된 건 실제 근무 시간보다 적다. 추적기를 끄고 일한 시간도 많다.
- "{{r:Tom Becker}}"는 팀장 {{r:오진철}}이다. {{r:오}} 팀장은 코드를 거의 짜지 않았고 고객 통화와 "검토"만 했다. 새벽 두세 시에 활동률이 낮다고 {{r:Brian}} 계정에 댓글을 다는 것도 {{r:오진철}}이었다.
- "{{p:Jason Wu}}"는 {{p:김은성}}, "{{p:Kai Nakamura}}"는 {{p:리강}}이다. {{p:강}}이는 외자 이름이라 팀에서 막내 취급을 받았지만 실력이 제일 좋았다.
- 이 회사는 {{u:Upwork}} 말고도 {{u:Fiverr}}에서 일을 받았다. 돈은 {{u:중국}} 사람 명의 계좌로 들어갔고, {{r:현우}} 씨가 받은 건 한 달 200위안이었다.

English note ({{p:Rosa Kim}}, casework): activity percentages were used by {{r:O Jin-chol}} as a punishment metric. Witness asks that the persona name "{{r:Brian Tan}}" not appear in any public document because real clients may still have it.
""",
    },
    {
        "id": "h50-mixed-11",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Choe Song-chol", "최성철", "witness", ["Song-chol", "성철"]),
            ("Kim Kwang-ho", "김광호", "supervisor", []),
            ("Pak Hyon-sil", "박현실", "relative", ["현실"]),
        ],
        "note": "Caseworker's phone notes in English, Russian and Korean about a former logging worker in Khabarovsk Krai; Korean names in Russian with case endings (Кима, Пака, Цоем), Russian helper by name and patronymic, wife's given name 현실 beside the word 현실 (reality), surname Choe/Цой; mixed line endings.",
        "text": """PHONE NOTES - case RU-LOG-05 | caseworker {{p:Natalia Ten}} | 17 Jan 2024, 20:10-20:55
Caller: {{r:Choe Song-chol}} (from {{u:Khabarovsk}}? no - from {{u:Ussuriysk}}, he is working there on a South Korean-owned farm under a new status)

20:10 {{r:Song-chol}} calls. Speaks Russian better than Korean now ("по-русски проще"). Wants to know whether his statement has been sent.
20:14 Repeats the key points: 2012-2017 logging near {{u:Vanino}} and {{u:Sovetskaya Gavan}}. The North Korean enterprise representative was {{r:Kim Kwang-ho}}; in Russian he always says "у {{r:Кима}}" / "{{r:Ким}} сказал". The Russian partner firm's owner is remembered as {{p:Степан Ильич}}.
20:20 New detail: a Russian woman, {{p:Галина Петровна}}, a cook at the neighbouring Russian camp, gave food to the Korean loggers in winter 2014. "{{p:Галина Петровна}} нас спасла." He would like to thank her if possible. Her surname may be {{p:Котова}}.
20:26 About his wife: in Korean he says "우리 {{r:현실}}이는 아직 모른다" - his wife {{r:Pak Hyon-sil}} ({{r:박현실}}) does not know he is alive. Then: "현실이 그렇다" - "that is the reality"; here 현실 is the word, not her name. Checked with him.
20:31 He says {{r:Ким}} beat a man called {{p:Пак}} with a chainsaw bar in 2015: "{{r:Ким}} избил {{p:Пака}}". The Korean name of {{p:Пак}} is {{p:박영수}}. {{p:Yong-su}} is not related to his wife.
20:37 Interpreter at the time: {{p:Виктор Цой}} - not the singer, he laughs - a Koryo-saram from {{u:Khabarovsk}}. He says "мы с {{p:Цоем}} до сих пор переписываемся".
20:44 Asks whether the NGO can help him contact the {{u:Embassy of the Republic of Korea in Moscow}}. Told that {{p:Natalia}} will ask {{p:Jun-seo}} in the {{u:Seoul}} office.
20:50 He asks that {{r:Song-chol}} not be used in anything public, nor "{{r:Цой Сон Чхоль}}", the form on his Russian papers.
20:55 End. Next call Wednesday.
""",
    },
    {
        "id": "h50-mixed-12",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jo Kwang-hyok", "조광혁", "witness", ["광혁"]),
            ("Son Chang-gil", "손창길", "supervisor", []),
        ],
        "note": "Chainsaw maintenance log from a logging camp in Amur Oblast, Russian table with Korean annotations and an English gloss; supervisor surname Son/Сон/손 beside the English 'son', the Russian word сон (sleep) and the Korean 손 (hand); operators in Cyrillic with initials; Russian mechanic with diminutive.",
        "text": """ЖУРНАЛ ТЕХОБСЛУЖИВАНИЯ БЕНЗОПИЛ / CHAINSAW MAINTENANCE LOG (copy)
Участок: 34 квартал, {{u:Амурская область}} | Механик: {{p:Тарасов В. Г.}}
Photographed by {{r:Jo Kwang-hyok}} in 2016. Translation and notes by {{p:Kirill Ahn}}.

Дата | Пила № | Оператор | Работы | Подпись механика
03.02.16 | 07 | {{r:Чо Г. Х.}} | замена цепи, заточка | {{p:Тарасов}}
03.02.16 | 11 | {{p:Ли М. С.}} | шина изношена, замена | {{p:Тарасов}}
09.02.16 | 07 | {{r:Чо Г. Х.}} | ремонт стартера после падения | {{p:Тарасов}}
14.02.16 | 04 | {{p:Хан С.}} | карбюратор | {{p:Валера}}
14.02.16 | 11 | {{p:Ли М. С.}} | цепь порвана - травма оператора? | {{p:Валера}}
21.02.16 | 02 | {{r:Сон Ч. Г.}} (бригадир) | выдача новой пилы | {{p:Тарасов}}
Примечание механика: "Бригадир {{r:Сон}} требует работать без перерыва на сон. Пилы перегреваются. Сказал {{r:Сону}} - не слушает."

[English gloss: "Brigade leader {{r:Son}} demands work without a break for sleep. The saws overheat. Told {{r:Son}} - he doesn't listen."]

────────
증언자 주석 ({{r:조광혁}})
- "{{r:Чо Г. Х.}}"는 나다. 2월 9일 톱이 떨어진 건 손이 얼어서 놓친 것이다. 그날 영하 42도였다.
- 2월 14일 11번 톱은 {{p:리명선}}의 톱이다. 체인이 끊어져 {{p:명선}}이의 허벅지를 쳤다. 반장 {{r:손창길}}은 "톱이 고장 난 거지 사람이 다친 게 아니다"라며 일을 계속 시켰다.
- 21일에 {{r:손}} 반장이 새 톱을 받아 간 건, 자기 아들 같은 나이의 막내 {{p:한성}}에게 주려던 것이 아니라 {{u:러시아}} 사람에게 팔려고 한 것이다.
- 정비공 {{p:Тарасов}}와 {{p:Валера}}({{p:발레라}})는 우리를 불쌍히 여겼다. {{p:Валера}}는 가끔 빵을 줬다.

English note ({{p:Kirill Ahn}}): the mechanic's remark plays on "{{r:Сон}}" (the brigade leader's surname) and "сон" (sleep). The witness says {{r:Son Chang-gil}} treated the youngest logger, {{p:Han Song}}, "like his own son" in public and worked him hardest in private.
""",
    },
    {
        "id": "h50-mixed-13",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Tak Yong-il", "탁영일", "witness", ["영일", "Yong-il"]),
            ("No Kyong-sik", "노경식", "supervisor", []),
            ("Tak Un-hyang", "탁은향", "relative", []),
        ],
        "note": "Bilingual reviewers' comments on a draft testimony about construction on Sakhalin; supervisor surname No/노 beside 'No,' answers and 노 (oar, labour) in Korean compounds; witness and his sister share the surname Tak; reviewers sign with initials and first names; tracked-change wording.",
        "text": """REVIEW / 검토 - 증언 초안 RU-SK-03 ({{r:탁영일}}) v2
Reviewers: {{p:JP}} = {{p:Julia Petersen}}; {{p:ㅎㅅ}} = {{p:한수아}}; {{p:Min}} = {{p:Min-jae Oh}}

[p.1, l.4] {{p:JP}}: "I, {{r:Tak Yong-il}}, was sent to {{u:Yuzhno-Sakhalinsk}} in 2015" - do we keep the full name at the start? Earlier drafts used "Mr {{r:T.}}"
→ {{p:ㅎㅅ}}: No, 공개본에서는 이름 빼기로 본인과 합의함. "Mr {{r:T.}}"도 쓰지 말 것. {{u:사할린}}에 {{u:조선}} 노동자가 많지 않아 이니셜도 위험.
→ {{p:JP}}: OK, deleted.

[p.2, l.11] {{p:ㅎㅅ}}: 작업반장 {{r:노경식}}에 대한 묘사 "노동 시간을 마음대로 늘렸다"는 좋음. 다만 "{{r:노}} 반장은 노를 젓듯 우리를 부렸다"는 비유가 번역에서 사라짐.
→ {{p:Min}}: Suggest "Foreman {{r:No}} drove us like galley oarsmen". No other change.
→ {{p:JP}}: No - "{{r:No}}" alone at the start of a sentence will confuse readers. Use "{{r:No Kyong-sik}}" the first time, then "the foreman".

[p.3, l.2] {{p:Min}}: The sister is "{{r:Un-hyang}}" here and "{{r:탁은향}}" in the Korean. {{r:영일}} 씨가 여동생 이름은 절대 공개하지 말라고 했음. Delete both.

[p.3, l.19] {{p:ㅎㅅ}}: 동료 {{p:구철민}}과 {{p:구}} 씨의 아내 이야기 - 본인 동의 없음. 삭제.

[p.4, l.7] {{p:JP}}: "We built a school for the Russian children, and {{r:No}} took the bonus." Keep - this is the key wage point. The Russian site manager {{p:Gennady}} is named; he is private, shorten to "the Russian manager".

[p.5] {{p:Min}}: 마지막 문단 "{{r:영일}}이는 돌아가지 않는다"는 어머니가 한 말을 인용한 것. {{r:Yong-il}} wants it kept in Korean.

Overall - {{p:ㅎㅅ}}: 2차 검토 완료. {{r:탁영일}} 씨에게 7월 중 읽어 드리기. / {{p:JP}}: agreed. / {{p:Min}}: agreed, {{p:Min}}.
""",
    },
    {
        "id": "h50-mixed-14",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ha Song-mi", "하송미", "witness", ["Song-mi", "송미"]),
            ("Jo Hyon", "조현", "witness", ["Hyon", "현"]),
        ],
        "note": "Language-exchange matching profiles pairing resettled former overseas workers with foreign volunteers; self-chosen nicknames, one-syllable given name 현/Hyon, a volunteer surnamed Song and a witness whose given name starts with Song, a dog named Moon (animal, unmarked), emoji; CRLF.",
        "text": """LANGUAGE EXCHANGE - MATCHING SHEET (spring round)
Coordinator: {{p:Yerin Baek}} | Matches confirmed 22 March 2024

PROFILE A-07
Name: {{r:하송미}} ({{r:Ha Song-mi}}) | Nickname: "{{r:Sunny}}" ☀️
Wants to learn: English (beginner) | Can teach: Korean, cooking
About me (own words): "안녕하세요, {{r:송미}}예요. {{u:중국}} {{u:단둥}}에서 4년 동안 옷 공장에서 일했어요. 지금은 {{u:부천}}에서 미용 학원 다녀요. 우리 강아지 이름은 Moon이에요 🐶"
Matched with: B-03 {{p:Hannah Song}}

PROFILE B-03
Name: {{p:Hannah Song}} | From: {{u:Vancouver}} | Korean level: intermediate
Note from coordinator: {{p:Hannah}}'s surname is Song and A-07's given name begins with Song - both are happy with the match, but please use nicknames in the group chat: {{p:Hannah}} = "{{p:Han}}", {{r:Song-mi}} = "{{r:Sunny}}".

PROFILE A-11
Name: {{r:조현}} ({{r:Jo Hyon}}) | Nickname: none, "just {{r:Hyon}}"
Wants to learn: English for IT certificate | Can teach: Korean, chess
About me: "저는 {{r:현}}입니다. 외자 이름이라 다들 '{{r:현}}아' 하고 불러요. {{u:러시아}} 건설 현장에서 일하다 2020년에 왔어요. 축구 좋아합니다 ⚽"
Matched with: B-09 {{p:Daniel Ortiz}}

PROFILE B-09
Name: {{p:Daniel Ortiz}} | From: {{u:Mexico City}} | Korean level: beginner
Note: {{p:Daniel}} works at {{u:Samsung Electronics}}; he and {{r:Hyon}} can meet near {{u:Suwon}}.

PROFILE A-15 (waiting list)
Name: {{p:리은주}} | Nickname: "{{p:Joo}}"
About me: "식당에서 일했어요. {{u:캄보디아}}, {{u:프놈펜}}. 노래 잘해요 🎤"

Coordinator notes ({{p:Yerin}})
- {{r:송미}} 씨 asked that her former factory not be named in the group chat.
- {{r:Jo Hyon}} wants his name spelled with an o, not a u; please keep his spelling.
- The dog Moon is a dog. Please do not add it to the name list again, {{p:Tae-ho}} 😄
""",
    },
    {
        "id": "h50-mixed-15",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Chang Myong-sik", "장명식", "supervisor", ["명식"]),
            ("Ri Kyong-hui", "리경희", "witness", ["경희"]),
            ("Ri Kum-song", "리금송", "relative", []),
        ],
        "note": "Translated letters of apology: a former restaurant manager in Shenyang writes in Korean to a waitress he mistreated, with the NGO's English translation and notes; names in salutations and signatures, vocative particles, the writer's daughter and the waitress's brother, a one-syllable given name, 경희 beside the university 경희대학교 (public).",
        "text": """LETTERS OF APOLOGY - original Korean and English translation
Letter 1 received by {{r:Ri Kyong-hui}} through a broker, February 2024. Translated by {{p:Sun-young Lee}}.

[원문]
{{r:경희}}에게

나를 기억할지 모르겠다. {{u:선양}} 식당에서 지배인을 하던 {{r:장명식}}이다. 나도 2022년에 이쪽으로 왔다. 너희들이 {{u:한국}}에 왔다는 소식은 {{p:은옥}}이를 통해 들었다.

그때 내가 너한테 한 일을 사과하고 싶다. 네가 손님한테 받은 팁을 빼앗고, 네가 아플 때 무대에 세우고, 네 오빠 {{r:금송}}이 편지를 내가 뜯어 읽고 태운 것. 모두 내가 한 일이다. 그때는 위에서 시키는 대로 했다고 생각했는데, 여기 와서 보니 그게 변명이 안 된다는 걸 안다.

{{p:은옥}}이, {{p:설}}이, {{p:박향미}}에게도 같은 말을 전해 주면 고맙겠다. 특히 {{p:설}}이에게는 직접 사과하고 싶다.

나는 지금 {{u:경기도}}에서 공사장 일을 한다. 딸 {{p:장유진}}이는 학교에 다닌다. 용서해 달라는 말은 하지 않겠다.

{{r:명식}} 씀

[Translation]
To {{r:Kyong-hui}},

I don't know whether you remember me. I am {{r:Chang Myong-sik}}, who was the manager of the restaurant in {{u:Shenyang}}. I too came here in 2022. I heard through {{p:Un-ok}} that you all came to {{u:South Korea}}.

I want to apologise for what I did to you then. I took the tips guests gave you, I put you on stage when you were sick, and I opened your brother {{r:Kum-song}}'s letter, read it and burned it. I did all of this. At the time I thought I was doing what I was ordered, but here I understand that this is no excuse.

I would be grateful if you could say the same to {{p:Un-ok}}, {{p:Sol}} and {{p:Pak Hyang-mi}}. Especially to {{p:Sol}}, I want to apologise in person.

I now work on construction sites in {{u:Gyeonggi Province}}. My daughter {{p:Yu-jin}} goes to school. I will not ask you to forgive me.

{{r:Myong-sik}}

[NGO note - {{p:Sun-young Lee}}]
{{r:Kyong-hui}} has read the letter twice. She says she does not want to reply now. She is studying at {{u:Kyung Hee University}} ({{u:경희대학교}}) and jokes that she chose it for the name. She asks that {{r:장명식}} not be given her address; the broker who passed the letter, Mr {{p:Yang}}, has been asked not to pass on anything more.
""",
    },
    {
        "id": "h50-mixed-16",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            (
                "Yu Cheol-min",
                "유철민",
                "witness",
                ["Ryu Chol-min", "철민", "Ryu Kwang-su", "류광수", "Yu Kwang-soo"],
            ),
        ],
        "note": "Certified English translation of a resident-registration abstract (주민등록표 초본) of a resettled former Kuwait construction worker who changed his name, with the Korean original lines; former and current names in Hangul and Latin (Ryu/Yu), surname Yu beside 'you', address history of real districts, issuing official and translator private; mixed line endings.",
        "text": """CERTIFIED TRANSLATION
Document: Abstract of Resident Registration (주민등록표 초본)
Translated from Korean into English by {{p:Esther Cho}}, certified translator, for submission to the {{u:Immigration, Refugees and Citizenship Canada}}.

[Original, first lines]
성명: {{r:유철민}}({{r:柳哲民}}) | 주민등록번호: 8xxxxx-1xxxxxx
개명 전 성명: {{r:류광수}}
주소 변동 사항:
1. {{u:경기도}} {{u:안성시}} ({{u:하나원}} 수료 후 전입) 2020.03.12
2. {{u:서울특별시}} {{u:노원구}} 2020.09.01
3. {{u:인천광역시}} {{u:부평구}} 2023.05.20 (현재)
발급: {{u:부평구}} ○○동 행정복지센터, 담당 {{p:김소라}}

[Translation]
Name: {{r:YU Cheol-min}} ({{r:柳哲民}})
Resident Registration Number: 8xxxxx-1xxxxxx
Former name (before change): {{r:RYU Kwang-su}} [romanized per the applicant's North Korean documents; South Korean romanization {{r:YU Kwang-soo}}]
Address history:
1. {{u:Anseong}}, {{u:Gyeonggi Province}} - moved in 12 March 2020 (after completing the {{u:Hanawon}} programme)
2. {{u:Nowon-gu}}, {{u:Seoul}} - 1 September 2020
3. {{u:Bupyeong-gu}}, {{u:Incheon}} - 20 May 2023 (current)
Issued by: ○○-dong Community Service Centre, {{u:Bupyeong-gu}}; official in charge: {{p:KIM So-ra}}

Translator's note: The applicant's surname is written 류 in {{u:North Korea}} and 유 in {{u:South Korea}} (same character 柳). The applicant, Mr {{r:Yu}}, changed his given name from {{r:Kwang-su}} to {{r:Cheol-min}} in 2021. Under both names he is the same person who worked in {{u:Kuwait}} from 2015 to 2019.

I certify that this is a true and complete translation. If you have questions, you may contact me at the address below.

{{p:Esther Cho}}
Certified translator, {{u:Toronto}}

────────
NGO cover note ({{p:Grace Ahn}}): {{r:철민}} 씨 asked whether the former name has to be disclosed. It does on this form. Please make sure the old name {{r:류광수}} does not appear in our public report, where he is quoted as "a former construction worker".
""",
    },
]
