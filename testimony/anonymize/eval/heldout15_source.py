# ruff: noqa: E501, W291
"""Held-out evaluation passages, set 15 (blind). Markers: {{r:..}} registered private person,
{{p:..}} unregistered private person, {{u:..}} public name (figure, place, organisation,
company, ship). Built by build_heldout.py heldout15."""

PASSAGES: list[dict] = [
    {
        "id": "h15-en-01",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("An Kwang-su", "안광수", "witness", []),
            ("Son Il-bong", "손일봉", "supervisor", ["Abacus"]),
            ("Md. Rafiqul Islam", "라피쿨 이슬람", "coworker", ["Rafiq"]),
        ],
        "note": "Qatar construction, first-person statement; An/an and Son/son traps; Bangladeshi coworker with short form; Egyptian foreman in Arabic script; embassy man by surname only.",
        "text": """Statement of {{r:An Kwang-su}}, recorded in {{u:Seoul}}, 12 March 2022.

I am {{r:An}}, born 1979 in {{u:Hamhung}}. In 2015 I was sent to {{u:Doha}} by the {{u:Namgang Construction Company}} as a plasterer. There were forty of us in an accommodation block behind the {{u:Lusail}} site. Our team leader was {{r:Son Il-bong}}, whom we called {{r:Abacus}} because he did every sum on a wooden abacus and kept our money in a school exercise book. An exercise book was all the payroll there was.

Every month {{r:Son}} read out the deductions: "loyalty fund", food, electricity, the bus. He liked to say that a good son sends everything home to the Fatherland. Out of about 900 riyals a month on paper I held perhaps 100. When I asked once, {{r:Son Il-bong}} told me that Comrade {{p:Hwang}} at the embassy office decided the figures, not him. I never met {{p:Hwang}}. Nobody did.

The scaffolding crew next to ours were Bangladeshis. One of them, {{r:Md. Rafiqul Islam}}, spoke a little English and a few words of Korean he had picked up from us. {{r:Rafiq}} lent me his phone in 2016 so I could look at a map. If {{r:Abacus}} had seen that, I would have been on the next plane. {{r:Rafiq}}'s foreman, an Egyptian called {{p:Hossam Abdel-Rahman}} (he wrote it for me as {{p:حسام عبد الرحمن}}), pretended not to notice.

In August a man from our team, {{p:Ma Chol-jin}}, fell from the third level. {{p:Ma}} had been working since five in the morning in 46 degrees. They took him to {{u:Hamad General Hospital}} and after that he was gone; {{r:Son}} said he had been "returned". We were told not to speak of {{p:Ma}} again. I do not think anyone from the company ever told his family in {{u:Tanchon}}.

I left the group in 2018 during a transfer through {{u:Dubai}}. {{r:Rafiq}} had given me the number of a Korean church there. An old deacon, Mr {{p:Yeo}}, met me at the bus station.""",
    },
    {
        "id": "h15-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yu Chun-hwa", "유춘화", "witness", []),
        ],
        "note": "Short interviewer summary, seafood plant in China; Chinese manager in characters and pinyin; minder by surname plus title; Yu/you.",
        "text": """Summary (short). {{r:Yu Chun-hwa}}, 34, from {{u:Sinuiju}}, gutted squid 2017-2019 at a plant in {{u:Donggang}} supplying {{u:Liaoning Haiyang Foods}}.
The Chinese line manager {{p:王春梅}} ({{p:Wang Chunmei}}) locked the dormitory at night; the Korean minder, known only as Team Leader {{p:Jo}}, kept all passports.
{{r:Yu}} left with two other women and will not name them. Her words: "You do not ask {{p:Jo}} for anything, you wait.\"""",
    },
    {
        "id": "h15-en-03",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Choe Myong-gil", "최명길", "witness", ["Choi Myong-gil"]),
            ("Do Kwang-nam", "도광남", "supervisor", []),
            ("Sergei Lapin", "세르게이 라핀", "other", ["Seryozha"]),
        ],
        "note": "Q/A transcript, logging in Amur Oblast; Choe/Choi spellings; Do surname next to the verb 'do'; Russian driver and wife with diminutives; injured coworker by surname.",
        "text": """Transcript, session 2. Q = interviewer, A = {{r:Choe Myong-gil}}. Interpreter present.

Q: Please state your name as it appears on your South Korean ID.
A: {{r:Choi Myong-gil}}. In the North I wrote {{r:Choe}}. Same man.
Q: Where was the camp?
A: Near {{u:Tynda}}, {{u:Amur Oblast}}. It belonged to the {{u:Ministry of Forestry}} enterprise. We called it Sector 12.
Q: Who ran Sector 12?
A: {{r:Do Kwang-nam}}. A political man. Do this, do that, you do it by morning. That was {{r:Do}}.
Q: Did anyone outside the group help you?
A: A Russian truck driver, {{r:Sergei Lapin}}. We called him {{r:Seryozha}}. {{r:Seryozha}} bought boots for us in {{u:Tynda}}, with our own money but at the real price. His wife {{p:Lyudmila}} sometimes sent bread. "From {{p:Lyuda}}," he would say.
Q: Was anyone injured while you were there?
A: {{p:Kye Sung-ho}} lost two fingers in 2012. {{p:Kye}} kept working with the hand wrapped. {{r:Do Kwang-nam}} said if he went to the hospital in {{u:Blagoveshchensk}} the whole sector would lose the bonus.
Q: Did you ever see {{r:Do}} take money?
A: No. No one saw. But {{p:Kye}} told me {{r:Do}} had bought a Japanese car in {{u:Pyongyang}}.
Q: How did you leave?
A: {{r:Seryozha}} drove me to the station at {{u:Skovorodino}} in the back of the truck. I do not want his name written down.
Q: Understood. It will be replaced in anything we publish.""",
    },
    {
        "id": "h15-en-04",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Kang Un-byol", "강은별", "witness", ["byol"]),
            ("Lee Ji-hoon", "이지훈", "other", ["jh"]),
        ],
        "note": "NGO staff chat in small letters with emoji; speaker labels are names; witness by given-name fragment; restaurant manager Ha next to 'ha ha'; Moon surname next to 'full moon'; Cambodian cook in Khmer script.",
        "text": """[WhatsApp export, 17/04/2023]
[09:12] {{p:mina}}: morning!! did u reach {{r:byol}}?? 🙏
[09:14] {{r:jh}}: yes finally. she is in {{u:Bangkok}} now, safe 😮‍💨
[09:14] {{r:jh}}: full name is {{r:kang un-byol}} btw, not {{r:kang eun-byeol}} like in the first email
[09:15] {{p:mina}}: ok ok. the restaurant was the one in {{u:Vientiane}}?
[09:17] {{r:jh}}: no, {{u:Pyolmuri Restaurant}} in {{u:Phnom Penh}}
[09:17] {{r:jh}}: manager there = mrs {{p:ha}}. ha ha she sounds scary
[09:18] {{p:mina}}: ha ha 😅
[09:19] {{r:jh}}: not funny tbh. {{p:ha}} took all their tips every nite
[09:20] {{r:jh}}: and theres a guy from the embassy they call teacher {{p:yun}}
[09:21] {{p:mina}}: is {{p:yun}} same as {{p:yoon}} in {{r:byol}}s first msg??
[09:22] {{r:jh}}: prob yes
[09:23] {{r:jh}}: she also mentioned a cambodian cook {{p:sokha}} 👍 who helped her get out. {{p:Sokha Chea}} i think, {{p:សុខា}} on her phone
[09:25] {{p:mina}}: pls dont put any of this in the shared drive til dr {{p:moon}} has seen it
[09:26] {{r:jh}}: lol ok. seeing her again sat after the full moon festival thing
[09:27] {{p:mina}}: 👌 say hi to {{r:byol}} from me""",
    },
    {
        "id": "h15-en-05",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Pang Chol-u", "방철우", "witness", ["Bang Chol-u", "P.C.U."]),
            ("Ryom Tae-song", "렴태성", "supervisor", ["Director Ryom"]),
            ("Kim Song-nam", "김성남", "coworker", ["Big Kim", "Song-nam"]),
            ("Ahmed Al-Mutairi", "아흐메드 알무타이리", "other", ["Abu Faisal"]),
            ("Oh Yong-ae", "오영애", "relative", ["Yong-ae"]),
        ],
        "note": "Long interviewer summary, Kuwait construction; many people named in full then by surname, title or nickname (Big Kim / Little Kim, the Director, Abu Faisal); Pang/Bang; Oh as exclamation and surname; song/Song-nam; Nepali nurse in Devanagari; Pakistani driver in Urdu script; soft hyphen inside a name.",
        "text": """Interviewer summary - Interview 47, two sessions (9 and 16 November 2021), {{u:Seoul}}. Prepared by {{p:Yoo Hae-jin}}.

1. Background

The interviewee, {{r:Pang Chol-u}} (b. 1974, {{u:Kaechon}}, {{u:South Phyongan}}), worked as a steel fixer in {{u:Kuwait}} from 2013 to 2017. His South Korean documents spell the surname {{r:Bang}}, and he asked that both forms be recorded; in this summary he is {{r:Pang}} throughout. Before going abroad he served ten years in the army and then worked in a brick works. He was recruited through the {{u:Chonma Overseas Construction Company}}, which promised 200 dinars a month.

2. The site and its people

The group of 63 workers lived in a walled compound in {{u:Jahra}} and was bused every day to a housing project near {{u:Sabah Al-Ahmad City}}. The director of the group was {{r:Ryom Tae-song}}, about fifty, from {{u:Pyongyang}}. {{r:Pang}} describes Director {{r:Ryom}} as "a bookkeeper who shouted". The workers referred to {{r:Ryom}} simply as the Director, never by name. {{r:Ryom Tae-song}} in turn answered to a security officer attached to the embassy, {{p:Paek Kum-chol}}, who visited once a month. {{p:Paek}} ran the weekly self-criticism sessions himself when he was present; otherwise they were run by the group's party secretary, {{p:Tak Jong-suk}}, a woman of about forty who also kept the kitchen accounts. Everyone was afraid of Comrade {{p:Tak}}, {{r:Pang}} says, more than of {{p:Paek}}, because she lived with them.

{{r:Pang}}'s closest friend on the site was {{r:Kim Song-nam}}, a welder from {{u:Chongjin}}. He was known as {{r:Big Kim}} to distinguish him from a younger man, {{p:Kim Ju-hyok}}, who was {{p:Little Kim}}. {{r:Song-nam}} and {{p:Ju-hyok}} shared a bunk bed with {{r:Pang}} for three years. On the bus {{r:Song-nam}} sang the same song every morning, a song about the {{u:Taedong}} river, until the Director told him to stop.

3. Pay and deductions

The Kuwaiti sponsor, {{r:Ahmed Al-Mutairi}}, paid the company per worker per month. {{r:Pang}} learned this only because {{r:Al-Mutairi}}, known on the site as {{r:Abu Faisal}}, once came to the compound with a Filipino clerk, {{p:Maricel Dizon}}, and asked through her whether the men were receiving their money. {{p:Maricel}} translated his Arabic into English; {{p:Tak}} "translated" the English into Korean. According to {{r:Pang}}, {{p:Tak}} told the men that {{r:Abu Faisal}} was praising their loyalty. Later {{r:Kim Song-nam}}, who understood some English, told him what Ms {{p:Dizon}} had actually said.

Of the 200 dinars, {{r:Pang}} estimates he received 30 to 40 a month in cash. The rest went to the "plan", the loyalty fund, food and a repayment for the flight. He kept a tally on the inside of a cigarette carton; he showed the interviewer a photograph of it. The tally is in his own hand and initialled "{{r:P.C.U.}}".

4. Injuries

In July 2015, in 48-degree heat, {{p:Little Kim}} collapsed on a slab. The site nurse, a Nepali woman named {{p:Sita Gurung}} ({{p:सीता गुरुङ}}), wanted to send him to hospital. The Director refused and had him carried back to the compound. {{r:Pang}} says {{p:Sita}} came to the compound twice that week on her own time, with salt tablets. {{p:Ju-hyok}} recovered but was sent home to {{u:Wonsan}} in October; {{r:Pang}} never heard of him again.

In 2016 {{r:Big Kim}} lost the sight of one eye to a welding spark. He was given two days off. {{r:Ryom}} told him that an eye was a small thing compared with the quota. {{r:Pang}} became visibly upset when describing this.

5. Contact with family

{{r:Pang}}'s wife, {{r:Oh Yong-ae}}, stayed in {{u:Kaechon}} with their son. Letters went through the company office in {{u:Pyongyang}} and were opened. In one letter {{r:Yong-ae}} wrote that their son had "grown a full head taller"; {{r:Pang}} understood this as a coded complaint that the family's rations had stopped, since the boy had been small for years. "Oh, she was clever, my wife," he said. "{{r:Oh}} family, they are all clever." He has had no news of {{r:Yong-ae}} since 2018.

6. Departure

After the {{u:UN Security Council}} sanctions of 2017 the group was told it would be rotated home in stages. {{r:Pang}} and {{r:Song-nam}} discussed leaving. A Pakistani bus driver, {{p:Imran Sh\u00adah}} ({{p:عمران شاہ}}), agreed to drop them near a church in {{u:Salmiya}}. On the morning they had chosen, {{r:Big Kim}} did not come to the gate; {{r:Pang}} believes he stayed because of his mother in {{u:Chongjin}}. {{r:Pang}} went alone, spent eleven days in the church hall and then reached the {{u:Embassy of the Republic of Korea}} with the help of the pastor, Rev. {{p:Seo Dong-min}}. {{p:Seo}} asked not to be named in any report.

7. Interviewer's notes

{{r:Pang}} heard in 2020 that Director {{r:Ryom}} had been promoted and now heads a group in {{u:Qatar}}. This is unverified. The interviewee asked that the bus driver's name be removed; he is referred to as "the driver" in the public version. The interviewee's account of {{p:Paek}} matches that given in Interview 31 by another former worker of the same compound. Follow-up with {{r:Pang}} planned for January; {{p:Yoo}} to handle.""",
    },
    {
        "id": "h15-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("No Chang-ho", "노창호", "witness", ["Chang-ho"]),
            ("No Kum-sil", "노금실", "relative", ["Kum-sil"]),
        ],
        "note": "Letter home from a fishing boat, translated; No surname beside sentence-initial No; uncle Tong-il beside the word tongil (unification); captain by surname; Chinese crewman in characters.",
        "text": """[Letter, translated from Korean. Carried ashore in {{u:Nakhodka}} by a Chinese crewman, {{p:Liu Jian}} ({{p:刘健}}), and posted from {{u:Yanji}}.]

Dear Mother,

It is {{r:Chang-ho}}. We have been at sea on the {{u:Chilbosan 205}} since March. We are far out, I do not know where, the radio man says east of {{u:Sakhalin}}. I am well. Tell {{r:Kum-sil}} not to worry. No, tell her the truth: my hands are bad, the salt gets into every crack, but I am alive.

Captain {{p:Yang}} keeps the wage book and says we will be paid in full when we return to {{u:Chongjin}}. The older men laugh when he says this. The first mate is {{p:Jon Hak-su}}, who says he knows Uncle {{p:Tong-il}} from the army. If you see Uncle {{p:Tong-il}}, ask him whether {{p:Jon}} is a man to be trusted. Every morning on deck we sing about tongil, the day of unification, and then we haul nets until night.

A Russian inspector came on board in May. Captain {{p:Yang}} hid four of us below with the ice. No one asked about us.

{{r:Kum-sil}}, if you read this: do not marry the {{p:Pyon}} boy just because his father has a bicycle.

Your son,
{{r:No Chang-ho}}""",
    },
    {
        "id": "h15-en-07",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Han Myong-sik", "한명식", "witness", []),
            ("Jo Yong-chan", "조용찬", "supervisor", []),
            ("Kye Ok-ran", "계옥란", "relative", []),
        ],
        "note": "Intake form with labels, UAE construction; client's name typed in fullwidth Latin; Ri/Lee one-syllable given name; Gang surname beside work gang; Emirati engineer in Arabic script; interviewer initial.",
        "text": """OPEN ROAD MIGRANT AID - INTAKE FORM
Case no.: ORMA-2020-118
Name (as typed by client): {{r:ＨＡＮ ＭＹＯＮＧ-ＳＩＫ}}
Name (Hangul): {{r:한명식}}
Date of birth / age: 11.02.1988 / 32
Home town: {{u:Hyesan}}, {{u:Ryanggang Province}}
Country of work: {{u:United Arab Emirates}} ({{u:Sharjah}}, later {{u:Ajman}})
Employer (as stated): {{u:Al Noor Contracting L.L.C.}} through {{u:Kumsong Construction}}
Job: tiler / plasterer
Workers per gang: 14
Period: 05/2016 - 11/2019
Supervisor(s): {{r:Jo Yong-chan}} (team leader); Deputy {{p:Gang}} (security, given name unknown)
Co-workers named: {{p:Ri Hak}} (same street in {{u:Hyesan}}; in SK records {{p:Lee Hak}})
Local contact: {{p:Rashid Al-Ketbi}} ({{p:راشد الكتبي}}), site engineer
Family: mother {{r:Kye Ok-ran}}, {{u:Hyesan}} (status unknown)
Notes: Client typed his name himself on the shelter tablet; kept as typed. {{r:Jo}} held all passports in a safe in the site office. In 2018 {{p:Gang}} beat {{p:Hak}} in front of the whole gang for using a phone bought from {{p:Al-Ketbi}}'s driver. Client wants his mother's name removed from anything shared outside ORMA.
Interviewer: {{p:S. Kwon}}""",
    },
    {
        "id": "h15-en-08",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Sin Jae-hyon", "신재현", "witness", ["SJH", "S.J.H."]),
            ("Yu Song-jin", "유성진", "supervisor", ["Teacher Yu"]),
        ],
        "note": "Translated excerpt with translator's notes, IT team in Shenyang; initials; Ra/La spelling; Chinese landlady surname in characters with title; translator named; Do at sentence start.",
        "text": """Excerpt from a handwritten account, translated from Korean by {{p:Claire Moreau}}. Translator's notes in square brackets.

"We were nine programmers in one apartment in {{u:Shenyang}}, rented in the name of a Chinese firm, {{u:Dandong Huaxin Technology}} [TN: name as written; not verified]. The team leader was {{r:Yu Song-jin}}, a graduate of {{u:Kim Chaek University of Technology}}. We called him Teacher {{r:Yu}} [TN: 'sonsaeng', an honorific; he was not a teacher]. {{r:Yu}} took freelance jobs on foreign websites under profiles that were not ours, and we did the work.

Do you know what it is to write code for sixteen hours and then write a self-criticism about the code? My desk partner was {{p:Ra Kyong-il}} [TN: also spelled {{p:La Kyong-il}} in the author's later notes]. {{p:Kyong-il}} wrote the payment modules. One night {{r:Yu}} caught {{p:Ra}} reading a South Korean news site. {{p:Ra}} was sent back through {{u:Dandong}} the next week and Teacher {{r:Yu}} made a speech about him.

The landlady, Mrs {{p:Zhao}} [TN: written {{p:赵}}太太 in the original], brought us persimmons in autumn. She thought we were students.

My own name is {{r:Sin Jae-hyon}}, but on the team roster I was only {{r:SJH}}; we all had letters instead of names."

[TN: The account is signed "{{r:S.J.H.}}, {{u:Seoul}}, 2021".]""",
    },
    {
        "id": "h15-en-09",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Moon Hyang-sil", "문향실", "witness", ["Mun Hyang-sil"]),
            ("Tumurbaatar Ganbold", "투무르바타르 간볼드", "other", ["Tumur"]),
        ],
        "note": "Statement read back with corrections, Mongolia construction; Moon/Mun spellings and the harvest moon; Mongolian name with patronymic confusion; two different men named Son; 'son' as a word; friend by given name only.",
        "text": """READ-BACK OF STATEMENT, 3 June 2019, {{u:Ulaanbaatar}}. The typed statement was read aloud to {{r:Moon Hyang-sil}} in Korean. Her corrections follow each paragraph as [C: ...].

1. "I, {{r:Mun Hyang-sil}}, born 1981 in {{u:Kanggye}}, worked from 2014 as a cook for a North Korean construction group."
[C: Spell it {{r:Moon}}, as in my new passport. {{r:Mun}} was the old spelling. It is the same me.]

2. "The group had 80 men and built apartments in the {{u:Khan-Uul}} district for {{u:Monkor LLC}}."
[C: Not 80, about 120. And not {{u:Monkor}} directly, it was their subcontractor, I do not know the name.]

3. "The group leader {{p:Sok Yong-ho}} took my wages."
[C: {{p:Sok}} took everybody's wages, not only mine. Please write that.]

4. "A Mongolian foreman, {{r:Ganbold}}, helped me contact my sister in {{u:Incheon}}."
[C: His name is {{r:Tumurbaatar}}. {{r:Ganbold}} is his father's name, they put it first. We called him {{r:Tumur}}. And it was not my sister, it was my cousin {{p:Son Mi-ja}}.]

5. "On the night of the full moon in September 2017 I left the compound."
[C: Yes. The harvest moon, Chuseok. I remember because {{p:Sok}} gave everyone a half day.]

6. "{{p:Sok}}'s deputy, a man called {{p:Son}}, followed me to the {{u:Narantuul}} market."
[C: {{p:Son}} did not follow me, he followed my friend {{p:Gye-sun}}. I do not want {{p:Gye-sun}} in the statement at all. She is still there.]

7. "I have one son, who lives with my mother in {{u:Kanggye}}."
[C: Correct.]

Confirmed and signed: {{r:Moon Hyang-sil}} / {{r:문향실}}
Read back by: {{p:B. Enkhjargal}}, interpreter""",
    },
    {
        "id": "h15-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Hwang Ok-hui", "황옥희", "witness", []),
            ("So Mi-yong", "소미영", "coworker", ["Mi-yong"]),
            ("Yang Chun-ok", "양춘옥", "supervisor", []),
        ],
        "note": "Roster table reconstructed from memory, garment factory in Hunchun; So and An as names and as words; one-syllable given name Hye; ethnic-Korean Chinese inspector in characters and pinyin.",
        "text": """Roster reconstructed from memory by {{r:Hwang Ok-hui}}. Sewing line 3, {{u:Hunchun Jinhong Garments Co.}}, {{u:Hunchun}} ({{u:Jilin}}), May 2018. Amounts in yuan.

| No. | Name | Age | From | Position | Nominal | In hand | Note |
|-----|------|-----|------|----------|---------|---------|------|
| 1 | {{r:Yang Chun-ok}} | 45 | {{u:Pyongsong}} | line leader | 2,800 | ? | kept the book |
| 2 | {{r:Hwang Ok-hui}} | 26 | {{u:Sariwon}} | sewer | 2,400 | 300 | |
| 3 | {{r:So Mi-yong}} | 24 | {{u:Sariwon}} | sewer | 2,400 | 300 | fainted twice |
| 4 | {{p:An Yu-jong}} | 22 | {{u:Haeju}} | sewer | 2,400 | 250 | fined for talking |
| 5 | {{p:Ko Un-ha}} | 31 | {{u:Nampo}} | presser | 2,200 | 300 | |
| 6 | {{p:Jang Hye}} | 19 | {{u:Kaesong}} | cutter | 2,200 | 0 | "debt" for uniform |
| 7 | {{p:崔美玉}} ({{p:Cui Meiyu}}) | 38 | {{u:Yanbian}} | QC (Chinese side) | - | - | not our group |

Notes by the interviewer: {{r:Yang}} kept the book and read out the figures once a month. So the amount "in hand" is what {{r:Hwang}} remembers being counted into her palm, not what was written. {{r:Mi-yong}} fainted twice in the summer; {{r:So}} was sent back to the line within the hour both times. {{p:Hye}} was the youngest and an orphan, and {{r:Yang}} said her wage would go to an "uniform debt" until she was 21. {{p:An}} was fined so often that she once ended a month owing money. An inspector from the Chinese side, {{p:Cui}}, spoke Korean and sometimes passed on letters.""",
    },
    {
        "id": "h15-en-11",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ri Kwang-jin", "리광진", "witness", ["K.J.", "KJ", "Kwang-jin"]),
            ("Chu Yong-bae", "주용배", "supervisor", []),
        ],
        "note": "NGO internal e-mail thread; staff names in headers, salutations and initial sign-offs; a zero-width space inside the witness's name; Lee/Ri spellings of a cousin; Uzbek foreman in Cyrillic; Russian landlord's diminutive.",
        "text": """From: {{p:Hannah Lowe}}
To: {{p:Tomás Ferreira}}; {{p:Park Se-young}}
Date: Tue, 8 Feb 2022 10:41
Subject: RE: RE: case 2021-044 ({{r:K.J.}}) - consent form

{{p:Tomás}}, {{p:Se-young}} -
{{r:K.J.}} signed the consent form yesterday. The name came through from the scanner as "{{r:Ri Kwang\u200b-jin}}" with an invisible character in it; please fix it before it goes into the database, otherwise search will not find him.
He is fine with us quoting the part about the {{u:Vladivostok}} apartment site but NOT the part about his cousin.
{{p:H.}}

-----Original Message-----
From: {{p:Park Se-young}}
Sent: Mon, 7 Feb 2022 18:02
Subject: RE: case 2021-044 ({{r:K.J.}})

{{p:Hannah}}, quick flags from my read:
- p.3: he names the brigade leader as "{{r:Chu}}" and later as "{{r:Chu Yong-bae}}"; same person
- p.5: "{{p:Lee Sang-hun}}" is the South Korean spelling of the cousin, {{p:Ri Sang-hun}}. He is still in {{u:Primorsky Krai}}, must come out
- p.7: the Uzbek foreman {{p:Rustam}} / {{p:Rustam Yusupov}} ({{p:Рустам Юсупов}}) - fine to keep as "the Uzbek foreman"
- p.8: "{{p:Kolya}}" = {{p:Nikolai}}, the Russian landlord. {{r:KJ}} asked us to keep {{p:Kolya}} out of it
Also: he keeps saying "a man from the {{u:Ministry of State Security}}" - there is no name, please don't invent one.
{{p:Se-young}}

-----Original Message-----
From: {{p:Tomás Ferreira}}
Sent: Mon, 7 Feb 2022 09:15
Subject: case 2021-044 ({{r:K.J.}})

All, transcript of {{r:Ri Kwang-jin}}'s second interview attached. {{r:Kwang-jin}} prefers "{{r:KJ}}", not his full name, in anything we circulate. Note {{p:Se-young}} is on leave from Thursday.
{{p:T.}}""",
    },
    {
        "id": "h15-en-12",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Kwak Yong-nam", "곽영남", "witness", []),
            ("Chon Hui-jong", "전희정", "supervisor", ["Team Leader Chon"]),
            ("Amina Mwakyusa", "아미나 음와키우사", "other", []),
        ],
        "note": "Hearing record, medical team in Tanzania; speaker labels in capitals; chair and member by surname; Tanzanian clinic manager and doctor; acupuncturist and his wife.",
        "text": """RECORD OF HEARING - {{u:Civil Society Tribunal on Overseas Labour}}, Session 4, {{u:Geneva}}, 14 October 2022.

CHAIR (Ms {{p:Ingrid Solberg}}): The next witness is Dr {{r:Kwak Yong-nam}}. Dr {{r:Kwak}}, please go ahead.
DR {{r:KWAK}}: Thank you. From 2011 to 2016 I was a physician in a North Korean medical team, first in {{u:Dar es Salaam}} and later in {{u:Mwanza}}, {{u:Tanzania}}. We were twelve: four doctors, two acupuncturists, nurses and a driver. The team leader was {{r:Chon Hui-jong}}.
CHAIR: Was Mr {{r:Chon}} himself a doctor?
DR {{r:KWAK}}: He had a medical degree, but his work was money. Each of us had to bring in one thousand dollars a month. Team Leader {{r:Chon}} sent it through the embassy.
MEMBER (Mr {{p:Oduya}}): Did your Tanzanian colleagues know this?
DR {{r:KWAK}}: Some did. The clinic manager in {{u:Mwanza}}, {{r:Amina Mwakyusa}}, asked me why I never had money for lunch. I told {{r:Amina}} it was my choice. She did not believe me.
MEMBER ({{p:Oduya}}): Were any of your colleagues punished?
DR {{r:KWAK}}: An acupuncturist, {{p:Yun Chang-gil}}, treated patients privately in the evenings to keep something for himself. {{p:Yun}} was sent home in 2014. His wife, {{p:Kang Sun-hwa}}, a nurse on our team, was sent with him. Later a Tanzanian doctor, {{p:Paul Mushi}}, told me that {{p:Yun}}'s room at the clinic had been given to someone else, and that {{r:Chon}} had reported {{p:Yun}} himself.
CHAIR: Thank you, Doctor. The record will show that the witness has asked that Mrs {{r:Mwakyusa}}'s name be withheld in the published version.""",
    },
    {
        "id": "h15-en-13",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Ju Kwang-il", "주광일", "witness", []),
            ("Gwon Chol", "권철", "coworker", ["Chol"]),
            ("Olga Vasilyeva", "올가 바실리예바", "other", ["Olya"]),
        ],
        "note": "Diary extracts, construction in Saint Petersburg; one-syllable given name Chol; Gang surname beside 'gang' and Bang beside 'bang'; Russian shop assistant in Cyrillic and diminutive; Kim Jong Un as public figure.",
        "text": """Diary of {{r:Ju Kwang-il}} (translated extracts). {{u:Saint Petersburg}}, 2016.

3 Feb. Minus 24. Poured the slab on the 14th floor. {{r:Chol}} cut his hand open on rebar. Team leader {{p:Bae}} said no doctor, tape it.

9 Feb. Bang - a bundle of rebar fell from the crane two metres from us. Nobody hurt. {{p:Bae}} blamed the Uzbek crane driver.

14 Feb. The Russian woman from the shop by the gate, {{r:Olya}}, gave {{r:Chol}} bandages and would not take money. Her full name is {{r:Olga Vasilyeva}}; she wrote it on the box for me: {{r:Ольга Васильева}}.

22 Feb. Meeting. {{p:Bae Sung-chol}} read a letter saying we must work harder for {{u:Kim Jong Un}}. {{p:Gang Myong-ho}} from {{u:Sinpo}} joined our gang today, so now we are a gang of seven. {{p:Gang}} does not speak much.

1 Mar. {{r:Gwon Chol}} and I counted it up: eleven months, 92 dollars each in hand.

8 Mar. Women's Day, {{r:Olya}}'s shop closed. {{r:Chol}} was sad about it, I think he likes her.

15 Mar. {{p:Bae}} searched the bunks. He took {{p:Gang}}'s radio. I keep this notebook in the lining of my jacket. If {{p:Bae}} finds it, {{r:Kwang-il}} is finished.""",
    },
    {
        "id": "h15-en-14",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Song Ki-chol", "송기철", "witness", []),
        ],
        "note": "Short call note; Song as surname and song as noun; recruiter known only by surname Moon.",
        "text": """Call note, 2 May 2023. {{r:Song Ki-chol}} rang from {{u:Incheon}}.
He says the man who recruited him for the {{u:Vladivostok}} site, a {{p:Moon}} from {{u:Chongjin}}, is now recruiting for {{u:Laos}}. {{p:Moon}} still sings the same song at farewell dinners, {{r:Song}} says.
{{r:Song}} will send a photo. Do not call him back before Friday.""",
    },
    {
        "id": "h15-en-15",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Yom Chang-sik", "염창식", "witness", ["Chang"]),
            ("Ryu Hak-chol", "류학철", "supervisor", ["Yu Hak-chol"]),
            ("Ousmane Diop", "우스만 디옵", "other", []),
        ],
        "note": "Q/A transcript, statue and construction work in Senegal and Namibia; Ryu/Yu spellings next to 'you'; Senegalese electrician; Namibian guard; nickname Chang.",
        "text": """Q: You worked for the {{u:Mansudae Overseas Project Group}}?
A: Yes. First in {{u:Dakar}}, then in {{u:Windhoek}}.
Q: Who was in charge of your team?
A: {{r:Ryu Hak-chol}}. In South Korea they write it {{r:Yu Hak-chol}}.
Q: Did Yu ever hit you?
A: Yu? You mean {{r:Ryu}}. He did not hit. He took. Wages, passports, the cigarettes the Senegalese gave us.
Q: You said a Senegalese man helped you.
A: {{r:Ousmane Diop}}, the site electrician. He could not say {{r:Yom Chang-sik}}, so he called me {{r:Chang}}. "{{r:Chang}}, my friend, you are too thin." {{r:Ousmane}} brought rice and fish to the fence on Fridays.
Q: And in {{u:Windhoek}}?
A: A Namibian guard at the gate, {{p:Petrus Shikongo}}. {{p:Petrus}} let me use his phone twice. {{r:Ryu}} found out and had {{p:Petrus}} moved to another site.
Q: Was anyone from your own team punished?
A: {{p:Kil Nam-jun}}, a plasterer. He drank with {{p:Petrus}} one evening. {{p:Kil}} was sent home. I heard his wife in {{u:Sunchon}} was not told why.
Q: Thank you, Mr {{r:Yom}}.""",
    },
    {
        "id": "h15-ko-01",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ma Yong-chol", "마영철", "witness", []),
            ("Kang Tae-ho", "강태호", "supervisor", ["곰"]),
            ("Valery Pak", "발레리 박", "other", ["발레라"]),
        ],
        "note": "1인칭 진술, 아무르주 벌목장; 별명 '곰'(라고 불렀다); 성 강과 강(river), 마와 마을/마대, 손과 손(hand); 고려인 관리인의 러시아식 애칭; 이름+애칭 접미사 이.",
        "text": """저는 {{r:마영철}}입니다. 1976년 {{u:함경북도}} {{u:김책시}}에서 태어났고, 2009년부터 2013년까지 {{u:러시아}} {{u:아무르주}} {{u:틴다}} 근처 벌목장에서 일했습니다.

우리 작업반 반장은 {{r:강태호}}였는데, 덩치가 커서 다들 뒤에서 '{{r:곰}}'이라고 불렀습니다. {{r:곰}}은 강 건너 따로 지은 통나무집에서 혼자 잤습니다. 겨울에는 강이 얼어서 걸어서 건너왔습니다. {{r:강}} 반장은 하루 계획을 못 채우면 저녁밥을 절반으로 줄였습니다.

같은 조에 {{p:허}} 씨라는 사람이 있었는데 이름은 끝까지 몰랐습니다. {{p:허}} 씨는 {{u:회령}} 사람이었고, 2011년 겨울에 손이 얼어서 손가락 두 개를 잘라냈습니다. 그래도 {{r:곰}}은 {{p:허}} 씨를 마대 나르는 일에 계속 보냈습니다.

러시아 쪽 관리인은 고려인 {{r:발레리 박}}이었습니다. 러시아 사람들은 그를 {{r:발레라}}라고 불렀고, 우리는 그냥 {{r:박}} 선생이라고 했습니다. {{r:발레라}}는 조선말을 조금 했는데 할머니한테 배웠다고 했습니다. 그 사람 부인 {{p:나타샤}}가 가끔 마을에서 빵을 구워 보냈습니다.

2012년 봄에 {{p:최성국}}이 도망쳤습니다. {{p:성국}}이는 스물두 살이었고 {{u:청진}}에 어머니가 있었습니다. 그 뒤로 {{u:국가보위성}}에서 사람이 와서 한 사람씩 불러 조사했습니다. {{r:곰}}도 그때는 겁을 먹고 우리한테 담배를 나눠 줬습니다. 그 보위원 이름은 모릅니다. {{r:마}} 동무는 누구랑 친했냐고만 계속 물었습니다.

저는 2013년 가을에 {{r:발레라}}의 트럭을 타고 {{u:하바롭스크}}까지 갔습니다. {{r:박}} 선생이 지금 어떻게 지내는지 모릅니다. 그 사람 이름은 공개하지 말아 주십시오.""",
    },
    {
        "id": "h15-ko-02",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Un-jong", "리은정", "witness", ["이은정", "은정"]),
            ("Zhang Lihua", "장리화", "supervisor", ["张丽华"]),
        ],
        "note": "면담 요약, 단둥 수산물 가공공장; 리/이 표기; 중국인 공장장 한자 이름과 한글 독음; 안 지도원과 부정어 '안'; 외자 이름 '설'과 명절 '설'; 장 공장장.",
        "text": """면담 요약 (2020. 11. 3., {{u:서울}})

면담 대상: {{r:리은정}}(남한 등록명 {{r:이은정}}), 1993년생, {{u:평안북도}} {{u:신의주}} 출신
근무지: {{u:중국}} {{u:랴오닝성}} {{u:단둥}} 소재 수산물 가공공장 (2016~2019)

{{r:리은정}}은 오징어와 꽃게 손질을 했다. 중국인 공장장은 {{r:张丽华}}({{r:장리화}})라는 여성이었고, 북한 측 관리자는 {{p:안}} 지도원이었다. {{p:안}} 지도원은 도착 첫날 여권을 모두 걷어 갔으며, 공장 밖에는 "안 나가는 것이 원칙"이라고 했다.

같은 방을 쓴 동료는 {{p:옥화}}, {{p:명순}}, 그리고 막내 {{p:설}}이었다. 설 명절에도 하루도 쉬지 못했고, 막내 {{p:설}}이는 그날 밤 이불 속에서 울었다고 한다.

{{r:이은정}} 씨에 따르면 {{r:장}} 공장장은 가끔 {{p:안}} 지도원 몰래 간식을 주었고, 2018년 겨울에는 {{r:은정}}이 손을 베었을 때 직접 병원에 데려갔다. 정문 경비원 {{p:王建国}}은 밤마다 장부에 출입 시간을 적었다.

대상자는 {{p:옥화}}와 {{p:명순}}의 성은 모른다고 했다.""",
    },
    {
        "id": "h15-ko-03",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Jon Myong-su", "전명수", "witness", []),
            ("Cha Il-nam", "차일남", "supervisor", []),
            ("Abdullah Al-Enezi", "압둘라 알에네지", "other", ["압둘라"]),
        ],
        "note": "문답 녹취, 쿠웨이트 건설; 전가, 차 과장과 차(car); 아랍어 명함 이름; 외자 이름 송학(송+학)과 성 언급; 이름+씨.",
        "text": """문: 이름을 말씀해 주세요.
답: {{r:전명수}}입니다. {{r:전}}가입니다. 1982년생이고 {{u:평안남도}} {{u:순천}}에서 왔습니다.
문: 쿠웨이트에는 언제 가셨습니까?
답: 2014년 3월에 {{u:남강건설}} 소속으로 갔습니다. {{u:쿠웨이트시티}} 남쪽 아파트 현장이었습니다.
문: 현장 책임자는 누구였습니까?
답: {{r:차일남}}이라는 사람이었습니다. 우리는 {{r:차}} 과장이라고 불렀습니다. {{r:차}} 과장은 늘 차를 타고 다녔고 우리는 땡볕에 걸어 다녔지요.
문: 돈은 얼마나 받았습니까?
답: 계약서에는 한 달에 250디나르라고 했는데, 손에 쥔 건 많아야 40디나르였습니다. 나머지는 충성자금, 식대, 숙소비라고 떼 갔습니다.
문: 현지 사람 중에 기억나는 사람이 있습니까?
답: 건물주 쪽 감독 {{r:압둘라}}요. 명함에는 {{r:عبدالله العنزي}}라고 쓰여 있었어요. {{r:압둘라}} 씨가 라마단 때 우리한테 음식을 보내 줬는데 {{r:차}} 과장이 그걸 다 가져갔습니다.
문: 동료 중에 다친 사람은 없었습니까?
답: {{p:송학}}이요. 성이 {{p:송}}이고 이름이 외자로 {{p:학}}입니다. {{p:학}}이는 2015년 여름에 비계에서 떨어져서 다리가 부러졌습니다. 병원에 사흘 있다가 현장 숙소로 돌아왔어요.
문: 그 후에 {{p:송학}} 씨는 어떻게 되었습니까?
답: 그해 가을에 귀국시켰습니다. 그 뒤로는 모릅니다.""",
    },
    {
        "id": "h15-ko-04",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Yun Hye-ryon", "윤혜련", "witness", ["혜련"]),
            ("Bae Ji-won", "배지원", "other", ["지원"]),
        ],
        "note": "카카오톡 대화, 선양 식당 출신 증언자와 상담사; 발화자 이름; 띄어쓰기 없는 림지배인; 리/임 표기; 중국인 요리사 왕사부와 '왕짜증'; 문 변호사와 '문 앞'; 이모티콘.",
        "text": """[카카오톡 대화 2022.7.5]
{{r:지원}}쌤: {{r:혜련}}씨~ 오늘 면담 괜찮았어요?
{{r:혜련}}: 네 괜찮아요 ㅠㅠ 근데 {{p:옥순}}언니 얘기 너무 많이 한거 같아요
{{r:지원}}쌤: 괜찮아요 이름은 다 지울거에요 👍
{{r:혜련}}: {{p:옥순}}이 언니는 아직 {{u:선양}}에 있어요.. 그 식당에
{{r:혜련}}: 그리구 {{p:림}}지배인 이름 잘못말했어요 {{p:림춘희}} 아니구 {{p:림춘애}}에요
{{r:지원}}쌤: 아 네네 고칠게요~ 남한식으론 {{p:임춘애}}겠네요?
{{r:혜련}}: 맞아요 ㅋㅋ
{{r:혜련}}: 그리고 주방장 {{p:왕}}사부 ㅋㅋ 중국사람인데 저 많이 도와줬어요 🥲
{{r:혜련}}: {{p:림}}지배인 땜에 진짜 왕짜증이었는데 {{p:왕}}사부님이 몰래 만두 챙겨줌
{{r:지원}}쌤: 💕 {{p:왕}}사부님 본명도 알아요?
{{r:혜련}}: {{p:王}} 뭐였는데.. 까먹었어요
{{r:지원}}쌤: 괜찮아요~ 내일 {{p:문}}변호사님이랑 같이 봐요 2시에 사무실 문 앞에서 기다릴게요
{{r:혜련}}: ㅇㅋ 😊 {{r:배지원}} 선생님 감사해요""",
    },
    {
        "id": "h15-ko-05",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Paek Son-hui", "백선희", "witness", ["선희"]),
            ("Choe Kum-ok", "최금옥", "supervisor", ["여우"]),
            ("Pak Jin-a", "박진아", "coworker", ["진아"]),
            ("Ryu Chang-min", "류창민", "official", ["유창민"]),
            ("Li Xiaoming", "리샤오밍", "other", ["李晓明", "샤오리"]),
        ],
        "note": "긴 면담 요약, 단둥 봉제공장; 전체 이름 뒤에 성+직함, 별명(여우), 이름만; 정 반장과 명사 '정'; 외자 이름 '은'과 조사 '은'; 중국인 사장 한자·한글·별명; 老孙; 류/유 표기; 조사원 이름.",
        "text": """면담 요약 - 사례 21-07
작성: {{p:한소라}} 조사원 / 면담일: 2021년 5월 12일, 19일 / 장소: {{u:서울}}

1. 인적 사항

면담 대상자 {{r:백선희}}(1990년생, {{u:황해남도}} {{u:해주}} 출신)는 2015년 4월부터 2019년 10월까지 {{u:중국}} {{u:랴오닝성}} {{u:단둥}}의 봉제공장에서 재봉공으로 일했다. 파견 기관은 {{u:릉라도무역회사}} 산하의 피복 수출 부문이었다고 한다. 출국 전에는 {{u:해주}}의 피복공장에서 6년간 일했고, 미혼이다.

2. 공장과 관리자

공장은 중국인 사장 {{r:李晓明}}({{r:리샤오밍}})의 소유였고, 북한 노동자 약 120명이 공장 뒤편 5층 기숙사에서 생활했다. 중국인 직원들은 사장을 '{{r:샤오리}}'라고 불렀다. 북한 측 관리 책임자는 {{r:최금옥}} 지배인이었다. 노동자들은 뒤에서 {{r:최금옥}}을 '{{r:여우}}'라고 불렀다. {{r:백선희}}는 "{{r:최}} 지배인은 웃으면서 벌금을 매기는 사람"이었다고 말했다. {{r:여우}}는 중국 사장과 중국어로 직접 이야기할 수 있는 유일한 사람이었고, 그래서 노동자들은 사장이 1인당 얼마를 내는지 전혀 알 수 없었다.

작업반은 네 개였고, 대상자가 속한 2반의 반장은 {{p:정옥희}}였다. {{p:정}} 반장은 {{r:최}} 지배인의 지시를 그대로 전달하는 역할이었지만, 대상자는 "{{p:옥희}} 언니는 정이 많은 사람이었다"고 기억한다. 몰래 사탕을 나눠 주거나, 몸이 아픈 사람을 작업대 뒤에서 쉬게 해 주었다고 한다.

3. 근무 조건

작업 시간은 아침 7시부터 밤 11시까지였고, 주문이 몰리는 달에는 새벽 2시까지 일했다. 쉬는 날은 한 달에 한 번, 그것도 '학습'으로 채워졌다. 임금은 명목상 월 2,400위안이었으나, 대상자가 손에 쥔 돈은 한 달 150~300위안 정도였다. 나머지는 '충성자금', '국가계획분', 식비, 기숙사비, 작업복 값으로 공제되었다. {{r:최}} 지배인은 월말마다 공책을 펴 놓고 공제 내역을 읽었는데, 아무도 질문하지 않았다. 질문하면 다음 달 '생활총화'에서 비판 대상이 되었기 때문이다.

4. 동료들

대상자와 가장 가까웠던 동료는 같은 {{u:해주}} 출신의 {{r:박진아}}였다. {{r:진아}}는 재봉 속도가 가장 빨라 늘 모범으로 불렸으나 2년째부터 눈이 급격히 나빠졌다. 2017년 겨울 {{r:박진아}}가 작업 중 쓰러지자 {{r:여우}}는 공장 의무실에 보내지 않고 기숙사에 눕혀 두었다. 공장 의무실의 조선족 의사 {{p:김원철}}이 밤에 몰래 약을 가져다주었다. {{p:김}} 선생은 "여기선 아파도 아프다고 하면 안 된다"고 했다고 한다. {{r:진아}}는 일주일 만에 다시 재봉틀 앞에 앉았다.

막내는 열아홉 살 {{p:리은}}이었다. 다들 '{{p:은}}이'라고 불렀다. {{p:은}}이는 노래를 잘해서 명절 공연에서 늘 첫 곡을 불렀다. 대상자는 "{{p:은}}이는 지금 어디 있는지 모른다"고 말하며 울었다. 기숙사 방장은 {{u:남포}} 출신의 {{p:해순}} 언니였는데, {{p:해순}}이 언니는 방 안의 대화를 매주 {{p:정}} 반장에게 보고해야 했다.

5. 감시와 처벌

매주 토요일 저녁에는 생활총화가 열렸다. 사회는 {{r:최}} 지배인이 보았고, {{p:정}} 반장과 각 반 반장들이 앞줄에 앉았다. 대상자는 2016년 가을 생활총화에서 "재봉틀 앞에서 졸았다"는 이유로 비판을 받았는데, 그때 자기를 비판하도록 지목된 사람이 하필 {{r:진아}}였다고 한다. {{r:진아}}는 비판 발언을 마치고 그날 밤 대상자에게 울면서 사과했다. 대상자는 "그게 그 공장의 방식이었다"고 말했다. 3반 반장 {{p:오금순}}은 비판을 가장 혹독하게 하는 사람으로 통했고, 노동자들은 {{p:오}} 반장이 앞에 서면 눈을 내리깔았다. 반면 4반의 {{p:순희}} 반장(성은 기억하지 못함)은 생활총화 때마다 "우리 반은 다 잘했습니다"라고만 말해서 {{r:여우}}에게 여러 번 꾸중을 들었다.

대사관에서는 {{r:류창민}} 참사가 분기마다 공장을 찾았다. {{r:류}} 참사가 오는 날에는 기숙사 청소와 합창 연습을 했고, {{r:여우}}는 평소와 달리 노동자들에게 고기를 먹였다. 2018년 봄 {{r:류}} 참사는 한 노동자가 중국 휴대전화로 남한 드라마를 본 사실을 문제 삼았다. 그 노동자는 {{p:조경란}}이었다. {{p:경란}}은 한 달 뒤 '건강 문제'를 이유로 귀국했고, 이후 소식은 없다. 대상자는 {{r:류창민}}이 남한 자료에서는 '{{r:유창민}}'으로 표기될 수 있다고 했다.

6. 탈출

2019년 9월 공장이 북한 노동자들을 다른 공장으로 옮긴다는 소문이 돌았다. 대상자는 {{r:진아}}와 함께 나가기로 했으나 {{r:진아}}는 마지막 날 "어머니 때문에 못 간다"며 남았다. 대상자는 공장에 원단을 실어 오던 중국인 운전기사, 사람들이 老{{p:孙}}이라고 부르던 {{p:孙志刚}}의 트럭을 타고 {{u:선양}}까지 갔다. 이후 {{u:쿤밍}}과 {{u:라오스}}를 거쳐 2020년 1월 {{u:인천공항}}으로 입국했다. {{p:孙}} 기사는 돈을 받지 않았다고 한다.

7. 비고

대상자는 {{r:진아}}와 {{p:은}}이의 이름을 공개하지 말 것을 요청했다. {{r:여우}}, 즉 {{r:최금옥}}은 2019년 말 {{u:평양}}으로 소환되었다는 소문이 있으나 확인되지 않았다. {{r:샤오리}} 사장의 공장은 2020년 이후 이름을 바꾸어 운영 중인 것으로 보인다. 후속 면담은 {{p:한}} 조사원이 6월 중 진행할 예정이다.""",
    },
    {
        "id": "h15-ko-06",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ho Yong-sop", "허용섭", "witness", []),
            ("Ho Chol", "허철", "relative", ["철"]),
            ("Kim Ok-sil", "김옥실", "relative", ["옥실"]),
        ],
        "note": "아버지가 아들에게 쓴 편지, 블라디보스토크 건설; 외자 이름 '철'+애칭 '이'와 관용구 '철이 들다'; 방 반장과 '방'; 러시아인 애칭; 아내를 이름으로 부름.",
        "text": """사랑하는 {{r:철}}이 보아라.

아버지는 {{u:블라디보스토크}}에서 잘 있다. 여기는 벌써 눈이 왔다. 우리 {{r:철}}이도 이제 열두 살이니 철이 들었겠구나. 엄마 말 잘 듣고, 학교 끝나면 바로 집에 가거라.

여기 숙소는 한 방에 여덟 명이 잔다. {{p:방}} 반장은 방이 좁다고 투덜대는 사람은 다음 달 돈을 깎는다고 한다. 그래서 아무도 말을 안 한다. 같이 온 {{p:용수}} 아저씨는 잘 있다. {{p:용수}} 아저씨네 집에도 이 편지 이야기를 전해 다오.

현장 앞 가게에 {{p:사샤}}라는 러시아 아저씨가 있는데, 아버지한테 사탕을 외상으로 준다. 이 사탕은 {{p:사샤}} 아저씨가 {{r:철}}이 주라고 준 것이다.

{{r:옥실}}이한테는 따로 편지 못 써서 미안하다고 전해라. 돈은 {{p:방}} 반장이 회사로 보낸다고 하는데 받았는지 모르겠다. 못 받았으면 다음에 오는 사람 편에 꼭 알려 다오.

2017년 11월 20일
{{u:블라디보스토크}}에서 아버지 {{r:허용섭}}""",
    },
    {
        "id": "h15-ko-07",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Sol Kyong-ae", "설경애", "witness", []),
            ("Kwon Nam-il", "권남일", "supervisor", []),
        ],
        "note": "상담 접수서(항목 라벨), 몽골 건설현장 식당; 전각 로마자 이름; 보위 담당 하 선생과 '하루'; 딸 이름 '하나'와 수사 '하나'; 몽골인 운전사 키릴 문자; 상담원 복성.",
        "text": """■ 상담 접수서
접수번호: 2023-0412
성명: {{r:설경애}}
영문 성명(본인 입력): {{r:ＳＯＬ ＫＹＯＮＧ ＡＥ}}
생년/나이: 1985년생 / 38세
출신지: {{u:자강도}} {{u:강계시}}
파견국: {{u:몽골}} {{u:울란바토르}}
업종: 건설현장 식당 취사원
파견 기관: {{u:모란봉건설}}
기간: 2013.3 ~ 2016.8
관리자: {{r:권남일}}(현장 책임자), 보위 담당 "{{p:하}} 선생"
동료: {{p:최명화}}(취사원), {{p:Батбаяр}}({{p:바트바야르}}, 몽골인 운전사)
가족: 남편 {{p:류성호}}(북한 거주), 딸 {{p:하나}}(14세)
특이사항: {{r:권}} 책임자가 여권 보관. 하루 18시간 근무. {{p:하}} 선생이 매주 개별 면담. 2016년 8월 {{p:바트바야르}}의 차로 현장 이탈.
요청 사항: 딸이 하나 있다는 사실과 남편 이름은 외부 문서에 쓰지 말 것.
상담원: {{p:남궁윤}}""",
    },
    {
        "id": "h15-ko-08",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Ri Yong-bom", "리용범", "witness", []),
            ("Irina Petrova", "이리나 페트로바", "official", ["이라"]),
        ],
        "note": "러시아 법원 결정문 번역 발췌와 역자 주; 러시아어 키릴 표기 이름; 성 오와 숫자 '오'; 러시아식 성+이니셜; 이주 담당 조사관의 애칭; 역자 이름.",
        "text": """아래는 {{u:연해주}} {{u:우수리스크}} 시 법원 행정처분 결정문(2019년)의 일부를 번역한 것이다. [역자 주: 번역 {{p:김나래}}. 괄호 안은 원문 표기.]

"피처분자 {{r:리용범}}({{r:Ли Ен Бом}}), 1984년생, {{u:조선민주주의인민공화국}} 국적. 피처분자는 2018년 5월 {{u:블라디보스토크}} 소재 건설 현장을 이탈한 뒤 체류 자격 없이 개인 주택 수리 일을 하였다."

"피처분자는 현장 작업반장 {{p:오광철}}({{p:О Гван Чол}})이 임금을 지급하지 않았다고 진술하였다. 피처분자에 따르면 {{p:오}}는 오 개월 동안 한 푼도 주지 않았다."

[역자 주: 원문에서는 작업반장을 성만으로 '{{p:О}}'라고 적은 곳이 세 군데 있다. 모두 {{p:오광철}}을 가리킨다.]

"증인 {{p:쿠즈네초바 N.A.}}({{p:Кузнецова Н.А.}})는 피처분자가 자기 집 지붕을 고쳤으며 일당을 현금으로 받았다고 진술하였다."

"이주 담당 조사관 {{r:이리나 페트로바}}({{r:Ирина Петрова}})는 피처분자가 조사 중 귀국을 거부하였다고 보고하였다."

[역자 주: {{r:리용범}} 씨는 면담에서 조사관을 '{{r:이라}}'라고 불렀다. 러시아어 애칭이다. {{r:이라}}가 통역 없이 한국어 단어 몇 개로 설명해 주었다고 한다.]""",
    },
    {
        "id": "h15-ko-09",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Yang Kyong-chol", "양경철", "witness", []),
            ("Ri Man-sik", "리만식", "supervisor", ["이만식"]),
        ],
        "note": "진술서 낭독 후 정정, 카타르 건설; 이름 중간 폭 없는 공백; 이/리 표기 정정; 외자 오인 정정(문성); 문 부원과 명사 '문'; 방글라데시 동료 벵골 문자.",
        "text": """진술서 확인 (2019. 4. 22. 낭독 후 정정)

진술인 {{r:양경철}}에게 작성된 진술서를 한 문단씩 읽어 주고 정정 사항을 받았다. 정정 사항은 [정정: ...]으로 표시한다.

1. "나 {{r:양경철}}은 2016년 2월 {{u:카타르}} {{u:도하}}의 경기장 부대시설 공사에 파견되었다."
[정정: 2월이 아니라 1월. 설 쇠기 전에 떠났다.]

2. "현장 책임자는 {{r:이만\u200b식}}이었다."
[정정: {{r:이만식}}이 아니라 {{r:리만식}}으로 적어 달라. 북에서는 리가다. 같은 사람이다.]

3. "보위 담당 {{p:문}} 부원이 밤에 숙소 문을 밖에서 잠갔다."
[정정: {{p:문}} 부원의 이름은 {{p:문성국}}이다. 다들 '{{p:문성}}'이라고 줄여 불렀다. 문을 잠근 것은 맞다.]

4. "{{r:리만식}}은 월급에서 '충성자금'으로 매달 절반을 뗐다."
[정정: 절반보다 많았다. 3분의 2쯤이다.]

5. "옆 현장의 방글라데시 사람 {{p:카림}}이 전화를 빌려주었다."
[정정: 이름은 {{p:카림}}이 맞고, 본인이 공책에 {{p:করিম}}이라고 써 주었다. 그 사람 이야기는 빼 달라.]

위 내용이 맞음을 확인함.
진술인: {{r:양경철}} (서명)
확인자: {{p:오세진}}""",
    },
    {
        "id": "h15-ko-10",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Ui-sun", "김의순", "witness", []),
            ("Jo Tong-hun", "조동훈", "supervisor", []),
            ("Son Kyong-ho", "손경호", "coworker", []),
        ],
        "note": "급여 대장 표(기억 재구성), 카잔 건설; 조장과 성 조; 손 부상과 성 손; '안 줌'과 성 안; '도주'와 성 도; '이상 없음'과 이상민; 하루 결근과 하경수.",
        "text": """급여 대장 (2019년 2월분, {{u:러시아}} {{u:타타르스탄}} {{u:카잔}} 주택 현장) - {{r:김의순}} 기억으로 재구성. 단위: 루블

| 번호 | 이름 | 나이 | 출신 | 직종 | 명목 임금 | 실수령 | 비고 |
|---|---|---|---|---|---|---|---|
| 1 | {{r:조동훈}} | 47 | {{u:평성}} | 조장 | 60,000 | ? | 장부 보관 |
| 2 | {{r:김의순}} | 39 | {{u:함흥}} | 미장 | 45,000 | 5,000 | 이상 없음 |
| 3 | {{r:손경호}} | 35 | {{u:함흥}} | 철근 | 45,000 | 3,000 | 손 부상 (1월) |
| 4 | {{p:안영남}} | 29 | {{u:단천}} | 철근 | 45,000 | 0 | 안 줌 |
| 5 | {{p:하경수}} | 33 | {{u:북청}} | 목수 | 45,000 | 4,000 | 하루 결근 |
| 6 | {{p:도명철}} | 26 | {{u:홍원}} | 잡부 | 40,000 | - | 도주(2019.3) |
| 7 | {{p:이상민}} | 41 | {{u:함흥}} | 용접 | 50,000 | 6,000 | 이상 없음 |

메모: 조장 {{r:조}}가 장부를 보관했고 실수령액은 {{r:조동훈}}이 직접 봉투에 넣어 주었다. {{r:손경호}}는 1월에 손을 다쳤는데도 계속 일했다. {{p:안영남}}은 전달 벌금 때문에 2월분을 한 푼도 못 받았다. {{p:도명철}}은 3월에 현장을 떠났고 이후 {{r:조}} 조장이 모두를 불러 모아 한 시간 동안 비판했다. {{p:명철}}이가 지금 어디 있는지 아는 사람은 없다.""",
    },
    {
        "id": "h15-ko-11",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Han Ryong-il", "한룡일", "witness", ["룡일"]),
            ("Gil Song-ho", "길성호", "coworker", ["성호"]),
        ],
        "note": "일기, 모스크바 건설; 작성자 이름 안 소프트 하이픈; 성 길과 명사 '길'; 이름만 부르기; 러시아인 애칭과 키릴 문자; 작업반장 성+직함.",
        "text": """일기 (원문 필사, 작성자 {{r:한룡\u00ad일}}, {{u:모스크바}} 2018년)

3월 2일 맑음. 영하 15도. 아침에 {{r:성호}}가 길에서 미끄러져 허리를 다쳤다. {{p:표}} 반장은 엄살이라고 했다.

3월 5일 흐림. {{r:길성호}}는 오늘도 누워 있었다. {{p:표}} 반장이 {{r:길}} 동무는 이번 달 계획에서 빠지니 돈도 없다고 했다. 저녁에 내 몫 빵을 {{r:성호}}한테 줬다.

3월 9일 눈. 현장 경비 {{p:바샤}} 아저씨가 파스를 가져다줬다. 진짜 이름은 {{p:바실리}}라고 했다. 종이에 {{p:Василий}}라고 써 줬다.

3월 12일 맑음. 집에서 편지가 왔다. 어머니가 {{p:룡남}}이가 군대 갔다고 썼다. 끝에 '{{r:룡일}}아, 몸 조심해라'라고 쓰셨다. 동생 얼굴이 생각이 안 난다.

3월 18일 흐림. {{p:표철남}} 반장이 짐 검사를 했다. 이 일기장은 {{r:성호}} 베개 속에 숨겼다. 길이 보이지 않는다.""",
    },
    {
        "id": "h15-ko-12",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Pyon Hak-mun", "변학문", "witness", ["학문"]),
            ("So Chol-min", "소철민", "supervisor", []),
            ("Maria da Conceição", "마리아 다 콘세이상", "other", ["마리아"]),
        ],
        "note": "청문 기록, 앙골라 건설팀; 발화자 표기; 성 소와 명사 '소'; 포르투갈어 이름과 한글 표기; 위원 성+직함; 이름 '학문'과 명사 '학문'.",
        "text": """청문 기록 - {{u:국회}} 북한인권 관련 간담회 (2023. 9. 7.)

위원장({{p:남궁민호}}): 다음 증인은 {{r:변학문}} 씨입니다. 말씀하십시오.
증인({{r:변학문}}): 감사합니다. 저는 2012년부터 2017년까지 {{u:앙골라}} {{u:루안다}}에서 건설 일을 했습니다. 우리 팀 책임자는 {{r:소철민}}이었습니다.
위원({{p:정}} 위원): {{r:소철민}} 씨가 어떤 일을 했습니까?
증인: {{r:소}} 팀장은 현지 회사와 계약하고, 돈을 받고, 대사관에 바쳤습니다. 우리는 소처럼 일만 했습니다.
위원({{p:정}} 위원): 현지인 중에 도와준 사람이 있었습니까?
증인: 현장 사무원 {{r:마리아 다 콘세이상}}({{r:Maria da Conceição}}) 씨입니다. {{r:마리아}} 씨가 우리 급여 명세를 보여 줬습니다. 앙골라 회사는 한 사람당 한 달에 1,200달러를 내고 있었습니다.
위원장: 그 돈을 받지 못했다는 말씀입니까?
증인: 저는 한 달에 80달러 받았습니다. 같이 간 {{p:심}} 씨는 말라리아에 걸렸는데 {{r:소}} 팀장이 병원에 안 보냈습니다. {{p:심영길}} 씨는 2015년에 거기서 죽었습니다.
위원장: 증인은 학문을 하신 분이라고 들었습니다.
증인: 이름만 {{r:학문}}입니다. 고등중학교만 나왔습니다.""",
    },
    {
        "id": "h15-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ok Myong-hui", "옥명희", "witness", []),
        ],
        "note": "짧은 전화 메모; 외자 이름 '경'+애칭 '이'와 '경찰서'; 하나원(공공기관).",
        "text": """전화 메모 (2024. 1. 9.) - {{r:옥명희}} 씨, {{u:블라디보스토크}} 수산물 공장 출신.
같이 일했던 {{p:경}}이가 한국에 들어왔다고 함. {{p:경}}이 성은 모른다고.
다음 주 {{u:하나원}} 면회 후 {{u:안성}} 경찰서 앞에서 만나기로 함.""",
    },
    {
        "id": "h15-ko-14",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Ri Kyong-a", "리경아", "witness", []),
            ("Mun Hye-gyong", "문혜경", "supervisor", []),
            ("Sok Chanthy", "속 찬티", "other", ["찬티"]),
        ],
        "note": "1인칭, 프놈펜 북한 식당 종업원; 이름처럼 보이는 보통명사(보람, 미래, 한별, 은하, 사랑); 문 지배인과 '문'; 캄보디아 요리사 크메르 문자; 동료 이름+애칭.",
        "text": """저는 {{r:리경아}}입니다. 2016년부터 2년 동안 {{u:캄보디아}} {{u:프놈펜}}의 {{u:평양 은하식당}}에서 일했습니다. 낮에는 서빙하고 밤에는 무대에서 노래를 불렀습니다.

지배인은 {{r:문혜경}}이었습니다. {{r:문}} 지배인은 밤마다 숙소 문을 밖에서 잠갔고, 열쇠는 자기 목에 걸고 잤습니다. 손님들이 주는 팁은 전부 {{r:문}} 지배인한테 바쳐야 했습니다.

우리는 여덟 명이었습니다. 저와 제일 친한 건 {{p:한별}}이였는데, {{p:한별}}이는 {{u:평양}} 사람이었고 노래를 제일 잘했습니다. {{p:한별}}이라는 이름처럼 무대에서 정말 반짝였습니다. {{p:은하}} 언니는 회계를 맡았습니다. 밤하늘에 은하수가 보이는 날이면 {{p:은하}} 언니는 고향 이야기를 했습니다.

그때는 일을 해도 보람이 없었습니다. 미래가 보이지 않았습니다. 사랑 노래는 부르면 안 됐고, 조국을 찬양하는 노래만 불렀습니다.

주방에서 일하던 캄보디아 사람 {{r:속 찬티}}, 우리는 그냥 {{r:찬티}}라고 불렀는데, {{r:찬티}}가 휴대전화로 {{r:សុខ ចន្ធី}}라고 자기 이름을 보여 줬습니다. {{r:찬티}}는 {{r:문}} 지배인이 없을 때 망고를 몰래 주었습니다.

2018년에 식당이 문을 닫고 우리는 {{u:평양}}으로 돌아가라는 지시를 받았습니다. 저는 공항으로 가는 날 {{p:한별}}이와 헤어졌습니다.""",
    },
    {
        "id": "h15-ko-15",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Yom Kwang-chol", "염광철", "witness", []),
            ("Ji Song-man", "지성만", "supervisor", []),
            ("Budi Santoso", "부디 산토소", "coworker", ["부디"]),
        ],
        "note": "1인칭, 캄차카 근해 조업 선박; 선박 이름(공공); 배 갑판장과 명사 '배'; 지 선장과 의존명사 '지'; 중국인 선장 한자; 인도네시아 선원.",
        "text": """저 {{r:염광철}}은 2017년 4월부터 2018년 2월까지 북중 합작 어선 {{u:룡성 17호}}를 탔습니다. 조업 구역은 {{u:캄차카}} 근해였습니다.

배에는 북한 선원 열두 명, 중국 선원 다섯 명, 인도네시아 선원 세 명이 있었습니다. 북한 쪽 책임자는 {{r:지성만}} 선장이었고, 배 전체 선장은 중국 사람 {{p:陈国强}}이었습니다. 우리는 그 사람을 {{p:천}} 선장이라고 불렀습니다. {{r:지}} 선장은 {{p:천}} 선장 앞에서는 웃고, 우리 앞에서는 소리를 질렀습니다.

{{p:배}} 갑판장은 배에서 가장 무서운 사람이었습니다. 배를 탄 지 석 달이 지나도록 {{p:배}} 갑판장이 웃는 걸 본 적이 없습니다. 이름은 {{p:배영호}}라고 들었습니다.

인도네시아 선원 {{r:부디 산토소}}는 영어를 조금 했습니다. {{r:부디}}는 우리 몫의 담배를 나눠 피우자고 했고, 나중에 {{r:Budi Santoso}}라고 제 공책에 이름을 써 줬습니다.

11월에 {{p:김}} 씨 성을 가진 선원이 그물에 손을 다쳤습니다. {{r:지성만}}은 항구에 들어갈 때까지 참으라고 했습니다. 항구에 들어간 건 두 달 뒤였습니다.""",
    },
    {
        "id": "h15-mixed-01",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ri Song-hui", "리송희", "witness", ["Song-hui"]),
            ("O Tae-bong", "오태봉", "supervisor", []),
        ],
        "note": "Interviewer field notes in English with Hangul names; O surname with title and the numeral 오; song as noun next to Song-hui; interviewer named Mirae beside the word 미래; Chinese forewoman in characters.",
        "text": """Field notes, {{u:Dandong}}, 14.09.2019 (interviewer: {{p:Mirae Kang}})

W = {{r:Ri Song-hui}} ({{r:리송희}}), 27, from {{u:Chongjin}}. Seafood plant in {{u:Donggang}}, 2nd year.
- supervisor: {{r:O Tae-bong}} / {{r:오태봉}}. Women call him "{{r:오}} 지도원". Quote: "{{r:오}} 지도원은 오 분만 늦어도 벌금이에요" (5 minutes late = fine).
- {{r:Song-hui}} sings in the plant choir. The song she hates most is the one about the General; they sing it before every shift.
- Chinese forewoman {{p:刘晓燕}} ({{p:Liu Xiaoyan}}) "not bad"; lets them sit 10 min.
- roommate {{p:경옥}} ({{p:Kyong-ok}}) has TB symptoms? {{r:O}} refuses hospital. W very worried.
- W asked: "우리한테 미래가 있어요?" (do we have a future?). Did not know what to say.
- next contact via Mr {{p:Piao}}'s shop, Thursday. Do NOT use W's name on the phone.""",
    },
    {
        "id": "h15-mixed-02",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Choi Yu-na", "최유나", "other", ["yuna", "유나"]),
            ("Jeong Dae-sik", "정대식", "witness", ["대식"]),
        ],
        "note": "Korean-English messenger chat; speaker labels; yu typo for you beside yuna; 장 소장 beside 장소 (place); Ulan-Ude logging camp; Buryat driver; small letters.",
        "text": """{{r:yuna}}: {{r:대식}}씨 hi!! r u free tmrw? 🙂
{{r:대식}}: 네 ㅎㅎ after 3
{{r:yuna}}: ok! 장소는 어디로 할까요? cafe near {{u:Sillim}} station?
{{r:대식}}: 좋아요
{{r:yuna}}: also can i ask about the {{p:jang}} 소장 in {{u:Ulan-Ude}} you mentioned last time
{{r:대식}}: {{p:장}}소장 ㅋㅋ 그 사람 이름 {{p:장길수}}에요. {{p:jang kil-su}}
{{r:yuna}}: and the buryat driver? {{p:bato}}?
{{r:대식}}: {{p:바토}} 맞아요 {{p:Bato Dorzhiev}} 👍 좋은 사람
{{r:yuna}}: was he the one who drove {{p:chol-min}} to the hospital?
{{r:대식}}: 네 {{p:철민}}이 다리 부러졌을때요.. {{p:장}}소장은 병원 가지 말라고 했는데 {{p:바토}}가 그냥 태워감 🚚
{{r:대식}}: {{p:철민}}이 성은 {{p:한}}이에요 {{p:Han Chol-min}}
{{r:yuna}}: ok got it. i'll write it in the notes as worker C, not real name
{{r:yuna}}: ok see yu tmrw!! 
{{r:대식}}: see yu 😄 {{r:유나}}쌤""",
    },
    {
        "id": "h15-mixed-03",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kim Kwang-song", "김광성", "witness", ["KKS", "Kwang-song"]),
            ("Hyon Chol-jun", "현철준", "supervisor", ["Manager Hyon"]),
            ("Nadia Rahman", "나디아 라흐만", "other", []),
            ("Ri Mi-ok", "리미옥", "relative", ["Mi-ok", "Lee Mi-ok"]),
            ("Dmitry Volkov", "드미트리 볼코프", "other", ["Dima"]),
        ],
        "note": "Long NGO e-mail thread in English quoting Korean testimony; people first named in full then by initials, surname, title, Korean nickname (족제비, Weasel) and Russian diminutive; soft hyphen inside a name; Ri/Lee; Hyon in English and Hangul with particles; staff names in headers and sign-offs; Choe/Choi.",
        "text": """From: {{r:Nadia Rahman}}
To: {{p:Daniel Osei}}; {{p:Yoon Seo-hyun}}
Date: Thu, 2 Mar 2023 16:20
Subject: RE: RE: {{r:KKS}} - draft chapter for the {{u:Khabarovsk}} report

{{p:Daniel}}, {{p:Seo-hyun}},

Thanks both. I have now gone through the whole transcript of {{r:Kim Kwang-song}} and the draft chapter. Legal view below; sorry it is long.

1. Identification. {{r:KKS}} is identifiable from the combination of his age (51), his home town ({{u:Kimchaek}}) and the fact that he was the only welder in the brigade. Please drop at least two of these. The nickname the workers gave the security man, "{{p:족제비}}" (weasel), has to go too; anyone from the brigade would recognise it. And keep "{{p:Ryang}}" out.

2. The brigade leader. The chapter calls him "{{r:Hyon Chol\u00adjun}}" in one place (there is a soft hyphen in that copy, it came from the PDF) and "{{r:Hyon Chol-jun}}" elsewhere; please harmonize to "the brigade leader". {{r:Kwang-song}} quotes him directly several times, e.g. p. 14:

"{{r:현}} 반장은 늘 '계획이 먼저고 사람은 나중'이라고 했어요. {{r:현철준}}이 그 말을 안 한 날이 없어요."
("Brigade leader {{r:Hyon}} always said 'the plan comes first, people later.' There was not a day {{r:Hyon Chol-jun}} didn't say it.")

I would keep the quote but replace both names. Note that in the Korean {{r:현}} appears with the title directly after it; the translation gives "Brigade leader {{r:Hyon}}". Same man, obviously.

3. The Russian contractor. {{r:Dmitry Volkov}} is a private person and the owner of a small firm; he has not consented. {{r:KKS}} calls him "{{r:Dima}}" throughout ("{{r:디마}}가 우리한테 장갑을 사 줬어요"). If we say "{{r:Dima}} paid Manager {{r:Hyon}} in cash" we are alleging a crime by an identifiable Russian. Please change to "the Russian contractor" and remove "{{r:Volkov}}" from the footnote as well.

4. Family. The wife, {{r:Ri Mi-ok}} ({{r:리미옥}}), is still in {{u:Kimchaek}}. In the South Korean resettlement file she is "{{r:Lee Mi-ok}}", so a search on either spelling would find her. {{r:Mi-ok}} must not appear anywhere, not even in the internal version.

5. Coworkers. The transcript names {{p:Choe Un-chol}} (p. 9), who is spelled "{{p:Choi}}" on p. 22; {{p:Pak Tok-su}} (p. 11), known as "{{p:덕수}}" or "{{p:Tok-su}}"; and a young man called "{{p:막둥이}}" whose real name {{r:Kwang-song}} did not know. The chapter uses "{{p:Choi}}" and "{{p:Tok-su}}" as if they were pseudonyms. They are not. Replace with letters (Worker A, Worker B).

6. The security officer. {{r:KKS}} says:
"{{p:량}} 지도원을 우리는 {{p:족제비}}라고 불렀어요. {{p:족제비}}가 오면 다들 말을 안 했죠."
("We called Instructor {{p:Ryang}} '{{p:Weasel}}'. When {{p:Weasel}} came, nobody talked.")
Remove "{{p:량}}"/"{{p:Ryang}}" and the nickname from both sentences.

7. Public names. {{u:Khabarovsk}}, {{u:Amur}}, {{u:Ministry of External Economic Relations}} and the company name "{{u:Rungrado General Trading Corporation}}" can stay; they are already in public sanctions documents.

{{r:Nadia}}

-----Original Message-----
From: {{p:Yoon Seo-hyun}}
Sent: Wed, 1 Mar 2023 11:05
Subject: RE: {{r:KKS}} - draft chapter for the {{u:Khabarovsk}} report

{{p:Daniel}} - I checked the Korean against the English for pp. 9-22. Two things:

(a) On p. 17 the English says "{{r:Hyon}} hit {{p:Tok-su}}". The Korean is "{{r:현}}이가 {{p:덕수}}를 때렸어요", and {{r:현}}이가 here is {{r:Hyon}} plus the familiar suffix, so the translation is right, but it shows how close {{r:Kwang-song}} was to the brigade leader at first. They came from the same town.

(b) The "Song" on p. 20 is not a person. He says "노래(song)" because the interpreter asked him in English what they sang at the meetings. Please don't list it as a coworker.

Also: {{r:Kwang-song}} called me on Monday. He is nervous about the report and asked again whether {{r:Mi-ok}} will be named. I told him no.

{{p:Seo-hyun}}

-----Original Message-----
From: {{p:Daniel Osei}}
Sent: Tue, 28 Feb 2023 19:47
Subject: {{r:KKS}} - draft chapter for the {{u:Khabarovsk}} report

Hi {{r:Nadia}}, hi {{p:Seo-hyun}},

Attached is the draft chapter based on the {{r:Kim Kwang-song}} interviews (three sessions, Oct-Dec 2022, {{u:Seoul}}). Summary for {{r:Nadia}}, who has not seen the transcript:

{{r:KKS}} worked from 2015 to 2019 on apartment blocks in {{u:Khabarovsk}} under a brigade leader, {{r:Hyon Chol-jun}}, who reported to a security instructor, {{p:Ryang}} (nicknamed {{p:족제비}}, "{{p:Weasel}}"). Wages were paid by a Russian contractor, {{r:Dmitry Volkov}} ("{{r:Dima}}"), in cash to {{r:Hyon}}; the men saw perhaps a tenth. Three coworkers are named: {{p:Choe Un-chol}}, {{p:Pak Tok-su}} and a youngster called {{p:막둥이}}. {{p:Tok-su}} was beaten by {{r:Hyon}} in 2017 for selling cigarettes to Russians; {{p:Choe}} fell from scaffolding in 2018 and was sent home. {{r:KKS}} left in 2019 with the help of a Korean-Russian pastor whom he would not name.

His wife {{r:Ri Mi-ok}} and two daughters are in {{u:Kimchaek}}.

I have used the real names in this draft so you can check them against the transcript; they will all be changed before anything goes out.

Thanks,
{{p:Daniel}}""",
    },
    {
        "id": "h15-mixed-04",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Gye Hyang-mi", "계향미", "witness", []),
            ("Kim Yu-sok", "김유석", "supervisor", []),
            ("Fatima Al-Hashemi", "파티마 알하셰미", "other", ["Fatima"]),
        ],
        "note": "Bilingual intake form with labels, restaurant in Abu Dhabi; fullwidth Latin name; Emirati customer in Arabic script; manager by surname plus Korean title; sister's one-syllable name.",
        "text": """접수 양식 / INTAKE FORM
성명 / Name: {{r:계향미}} / {{r:ＧＹＥ ＨＹＡＮＧ-ＭＩ}}
나이 / Age: 29
출신 / Home town: {{u:평양}} {{u:대동강구역}} / {{u:Pyongyang}}
파견국 / Country: {{u:아랍에미리트}} / {{u:UAE}} ({{u:Abu Dhabi}})
직종 / Job: 식당 종업원 / waitress, {{u:Pyongyang Koryo Restaurant}}
책임자 / Manager: {{r:김유석}} ({{r:Kim Yu-sok}}); staff called him "{{r:김}} 실장"
동료 / Co-workers: {{p:한옥별}}, {{p:Ri Ul-ha}} (spelling?)
현지 연락처 / Local contact: {{r:Fatima Al-Hashemi}} ({{r:فاطمة الهاشمي}}), regular customer
가족 / Family: 동생 {{p:솔}} ({{p:Sol}}, 24), {{u:평양}}
비고 / Notes: {{r:김}} 실장 kept passports; {{r:Fatima}} gave her a phone number in 2019. Client typed her name herself.
면담자 / Interviewer: {{p:J. Hwang}}""",
    },
    {
        "id": "h15-mixed-05",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Chae Su-ryon", "채수련", "witness", []),
            ("Tak Kwang-ho", "탁광호", "supervisor", []),
            ("Yelena Sokolova", "옐레나 소콜로바", "other", ["Lena", "레나"]),
        ],
        "note": "Translated excerpt: Korean original followed by English translation with translator's notes; names in both scripts with particles; Russian nurse diminutive in both languages; Tak beside ordinary 탁 (table/clack).",
        "text": """[원문 / Original]
저는 {{r:채수련}}이에요. {{u:나홋카}} 수산물 공장에서 3년 일했어요. {{r:탁광호}} 부장은 책상을 탁 치면서 "계획!" 하고 소리쳤어요. {{r:탁}} 부장이 무서워서 아무도 아프다는 말을 못 했어요. 러시아 간호사 {{r:레나}}가 제 손을 봐 줬어요. {{p:순덕}}이 언니도 같이 갔어요.

[Translation / 번역]
I am {{r:Chae Su-ryon}}. I worked for three years at a seafood plant in {{u:Nakhodka}}. Department head {{r:Tak Kwang-ho}} would slam the desk [TN: "탁" is also the sound of a slap on a table; the author plays on his surname] and shout "The plan!". We were so afraid of {{r:Tak}} that nobody dared say they were ill. A Russian nurse, {{r:Lena}} [TN: {{r:Yelena Sokolova}} according to the clinic card the author kept], looked at my hand. Big sister {{p:Sun-dok}} came with me.

[TN: "언니" (big sister) is a term of address; {{p:Sun-dok}} is not a relative. Translated by {{p:M. Choi}}.]""",
    },
    {
        "id": "h15-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ha Chun-il", "하춘일", "witness", []),
            ("Nguyen Van Hung", "응우옌 반 흥", "other", ["Hung", "Nguyễn Văn Hùng", "흥"]),
        ],
        "note": "Bilingual Q/A, North Korean restaurant in Hanoi; Ha surname beside laughter 하하 and 'ha'; Vietnamese name with and without diacritics; manager by surname; restaurant public.",
        "text": """Q: Please say your name.
A: {{r:하춘일}}입니다. {{r:Ha Chun-il}}.
Q: 어디서 일하셨어요? Where?
A: {{u:Hanoi}}, {{u:Koryo Restaurant}}. 주방에서요, in the kitchen.
Q: Who was the manager?
A: {{p:변}} 지배인. {{p:Pyon Ok-ju}}. Very strict. 하하, 지금은 웃지만 그때는 무서웠어요.
Q: Did anyone local help you?
A: 베트남 사람 {{r:Hung}}이요. {{r:Nguyễn Văn Hùng}}. He delivered vegetables. {{r:흥}}이 형이 제 편지를 우체국에 부쳐 줬어요.
Q: Ha! So he was your postman.
A: 네, 맞아요. {{r:Nguyen}} was the only one {{p:Pyon}} did not suspect.
Q: 다른 동료는요? Others?
A: {{p:옥이}}... no, {{p:옥주}} 지배인 말고 {{p:옥이}}라는 여자애가 있었는데 ({{p:Ok-i}}), 열여덟 살. 그 애 이야기는 하지 마세요.
Q: OK, we will leave her out. 그럼 대사관 사람은요? Anyone from the embassy?
A: 한 달에 한 번 {{p:염}} 참사가 왔어요. Counsellor {{p:Yom}}. {{p:Pyon}} 지배인이 그날은 음식을 제일 좋은 걸로 했어요. 하루 종일 청소하고요.
Q: Did {{p:Yom}} ever speak to you directly?
A: 한 번요. "{{r:하}} 동무는 요리 솜씨가 좋다"고. That's all. Ha, that was the only good thing anyone said to me in three years.
Q: How did you leave Vietnam?
A: {{r:Hung}}이 형이 오토바이로 {{u:Noi Bai}} 근처까지 태워 줬어요. The rest I cannot say.""",
    },
    {
        "id": "h15-mixed-07",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Sim Kwang-hyok", "심광혁", "supervisor", []),
            ("Ri Tok", "리덕", "coworker", ["Tok"]),
            ("Pyo Jong-nam", "표정남", "witness", []),
        ],
        "note": "Bilingual brigade roster table, logging in Amur Oblast; zero-width space inside a name; one-syllable given name Tok; 표 surname beside 표 (table); Russian foreman in Cyrillic; nicknames in remarks.",
        "text": """작업반 명단 / Brigade roster - {{u:Tynda}} sector, winter 2015-16 (reconstructed by {{r:Pyo Jong-nam}} / {{r:표정남}})

| # | 이름 / Name | Age | 고향 / From | Job | Remarks |
|---|---|---|---|---|---|
| 1 | {{r:심광혁}} / {{r:Sim Kwang\u200bhyok}} | 44 | {{u:Hamhung}} | 반장 / brigade leader | keeps passports |
| 2 | {{r:표정남}} / {{r:Pyo Jong-nam}} | 36 | {{u:Kilju}} | saw | (this table) |
| 3 | {{r:리덕}} / {{r:Ri Tok}} | 23 | {{u:Kilju}} | saw | "{{r:덕}}이", youngest |
| 4 | {{p:함영수}} / {{p:Ham Yong-su}} | 39 | {{u:Tanchon}} | tractor | called "{{p:황소}}" (ox) |
| 5 | {{p:우태일}} / {{p:U Tae-il}} | 50 | {{u:Orang}} | cook | |
| 6 | {{p:Виктор Ким}} / {{p:Viktor Kim}} | ~45 | {{u:Tynda}} | Russian-side foreman | Koryo-saram |

Notes: {{r:Sim}} collected all wages from {{p:Viktor}}. {{r:Tok}} lost a toe in January; {{r:심}} 반장 said he should be grateful it was not a foot. 이 표는 기억으로 만든 것이라 나이는 정확하지 않음.""",
    },
    {
        "id": "h15-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jang Un-gyong", "장은경", "witness", []),
        ],
        "note": "Short bilingual note; Bang/방 as surname with title and bang as noise; witness in both scripts.",
        "text": """Note, 11 Oct: {{r:장은경}} ({{r:Jang Un-gyong}}) called. {{r:Jang}} says {{p:Bang}} 반장 from the {{u:Ulaanbaatar}} site is in {{u:Seoul}} now.
She is scared: "{{p:방}} 반장 이름은 보고서에 쓰지 마세요." Line went dead with a bang halfway through; she called back from another phone.""",
    },
    {
        "id": "h15-mixed-09",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Yu Kwang-hyon", "유광현", "witness", []),
            ("Chon Tae-hun", "전태훈", "supervisor", []),
            ("Souksavanh Phommachanh", "쑥사완 폼마찬", "other", ["Souk"]),
        ],
        "note": "Diary in Korean with English words, IT team in Vientiane; Lao landlord in Lao script and short form; team leader by surname plus 팀장; coworker initials; dates.",
        "text": """2019.6.3 (월) 비 - {{u:Vientiane}} 도착 2주째. 숙소 3층, 8명. {{r:전}} 팀장이 laptop 다 걷어 감. password도 {{r:전태훈}}만 안다.
2019.6.9 (일) 맑음 - 오늘 첫 freelance project 끝남. client는 모름. {{p:K.M.}}이 UI, 나는 backend.
2019.6.14 (금) - landlord {{r:Souk}} 아저씨가 과일 줌. 이름 다 쓰면 {{r:Souksavanh Phommachanh}}, 라오 글자로는 {{r:ສຸກສະຫວັນ}}. {{r:Souk}}은 우리가 학생인 줄 안다.
2019.6.20 (목) - {{r:전}} 팀장 화남. {{p:K.M.}} = {{p:김명}}, 외자 이름. {{p:명}}이가 YouTube 봤다고 self-criticism 3장.
2019.6.28 (금) - 월급날? 손에 $40. {{r:Chon}} says the rest goes to "the plan". 나 {{r:유광현}}, 여기 왜 왔나.
2019.7.2 (화) 비 - {{r:Souk}} 아저씨 딸 {{p:Noy}} ({{p:ນ້ອຍ}}) 이 wifi password 바꿨다고 알려줌. {{r:전}} 팀장한테는 말 안 함 🙊
2019.7.6 (토) - 보위 쪽 사람 옴. 이름 모름, 다들 "{{p:곽}} 선생"이라 부름. {{p:명}}이 불려 가서 2시간. 나도 30분. laptop history 다 봄.
2019.7.11 (목) 맑음 - {{p:김명}} 귀국 결정. 공항까지 {{r:전태훈}}이 직접 데려감. {{p:명}}이가 가기 전에 내 손 잡고 "형 조심해" 했다. 오늘 밤은 code가 눈에 안 들어온다.""",
    },
    {
        "id": "h15-mixed-10",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kwon Ok-bun", "권옥분", "witness", []),
            ("Hwang Ki-nam", "황기남", "supervisor", []),
            ("Chidi Okafor", "치디 오카포", "other", ["Chidi", "치디"]),
        ],
        "note": "Bilingual hearing record with interpreter, medical team in Nigeria; witness answers in Korean with English interpretation; chair by surname; Nigerian pharmacist; Kwon/권 and Hwang/황 across scripts.",
        "text": """HEARING RECORD / 청문 기록 - {{u:Seoul}}, 21 June 2022. Interpreter: Ms {{p:Byun}}.

CHAIR ({{p:Ahn}}): Please state your name.
WITNESS: {{r:권옥분}}입니다.
INTERPRETER: My name is {{r:Kwon Ok-bun}}.
CHAIR: Where did you work abroad?
WITNESS: {{u:나이지리아}} {{u:카노}}에서 간호사로 일했어요. 2013년부터 2018년까지요.
INTERPRETER: I worked as a nurse in {{u:Kano}}, {{u:Nigeria}}, from 2013 to 2018.
CHAIR: Who supervised the team?
WITNESS: {{r:황기남}} 원장이요. {{r:황}} 원장은 돈만 셌어요.
INTERPRETER: Director {{r:Hwang Ki-nam}}. Director {{r:Hwang}} only counted money.
CHAIR: Did any Nigerian colleague know about the wages?
WITNESS: 약사 {{r:Chidi Okafor}} 씨요. {{r:치디}}가 다 알았어요.
INTERPRETER: The pharmacist, Mr {{r:Chidi Okafor}}. {{r:Chidi}} knew everything.
MEMBER (Dr {{p:Lim}}): Was anyone on your team sent home early?
WITNESS: 네. 간호사 {{p:조은실}}이요. {{p:은실}}이가 아파서 일을 못 하니까 {{r:황}} 원장이 귀국시켰어요.
INTERPRETER: Yes. A nurse, {{p:Jo Un-sil}}. When {{p:Un-sil}} was too ill to work, Director {{r:Hwang}} sent her home.
MEMBER ({{p:Lim}}): Did Mr {{r:Okafor}} help her?
WITNESS: {{r:치디}}가 약을 줬어요. 돈은 안 받았어요.
INTERPRETER: {{r:Chidi}} gave her medicine. He did not take money.
CHAIR: Thank you, Mrs {{r:Kwon}}. {{p:Ahn}} will close the session here.""",
    },
]
