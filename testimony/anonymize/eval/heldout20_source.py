# ruff: noqa: E501
"""Held-out evaluation passages, set 20. Markers: {{r:..}} registered private person,
{{p:..}} unregistered private person, {{u:..}} public name (figure, place, organisation,
company, ship). Built by build_heldout.py heldout20."""

PASSAGES: list[dict] = [
    {
        "id": "h20-en-01",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Myong-su", "최명수", "witness", ["Choi Myung Soo"]),
            ("Ryu Kwang-chol", "류광철", "supervisor", ["Abacus"]),
        ],
        "note": "Gulf construction, first person nine years later; Ryu/Choi spelling variants; nickname alias; surnames An, Song, Ma as names next to the ordinary words; Abu-name; hospital and causeway named after people.",
        "text": """My name is {{r:Choe Myong-su}}. On the Kuwaiti residence card it was spelled {{r:Choi Myung Soo}}, and after nine years I have stopped correcting people. Some of it has gone soft in my memory, so forgive me if the order is wrong.

I was thirty-one when the {{u:Namgang General Construction Company}} sent forty of us from {{u:Pyongyang}} to a housing project outside {{u:Kuwait City}}, on the road to {{u:Ahmadi}}. Our team leader was {{r:Ryu Kwang-chol}}. In the dormitory we called him {{r:Abacus}}, because he wrote down every fils we spent and subtracted it from wages we never saw. {{r:Ryu}} had been abroad before, in {{u:Libya}}, and he liked to say that the desert was kinder than {{u:Siberia}}. It was not kinder.

My bunk was between {{p:An}} and a welder called {{p:Song Il-nam}}. {{p:An}} was an older man, an electrician from {{u:Hamhung}}, and an honest one. {{p:Song}} sang every night, always the same song about the {{u:Taedong River}}. So when {{p:Il-nam}} stopped singing in the second summer, we knew something was wrong with him. He had fallen from the third-floor scaffold and hidden the pain in his back for a week, because {{r:Abacus}} fined anyone who missed a shift.

The site foreman on the Kuwaiti side was an Egyptian everyone called {{p:Abu Tarek}}. I never learned his real name. {{p:Abu Tarek}} drove {{p:Il-nam}} to {{u:Adan Hospital}} in his own car without asking {{r:Kwang-chol}}, and for that {{r:Ryu}} screamed at him in Korean, which {{p:Abu Tarek}} did not understand, and then in very bad Arabic, which he did. We crossed the {{u:Sheikh Jaber Causeway}} on the way back and {{p:Il-nam}} said it was the longest bridge he would ever see.

There was also a Bangladeshi tea boy, {{p:Rafiqul}}, maybe sixteen. {{p:Rafiq}} lent us his phone once. I called nobody; there was nobody I could call. But {{p:An}} called a number in {{u:Yanji}} and spoke for forty seconds. Later I understood that {{p:An}} was arranging something.

In 2016 {{p:An}} was gone. {{r:Ryu}} said he had been sent home sick. We did not believe it. The {{u:Ministry of State Security}} man who came from the embassy, introduced only as Counsellor {{p:Ma}}, asked each of us what {{p:An}} had said about {{u:Seoul}}. I said nothing, which is an answer too. Counsellor {{p:Ma}} wrote it down anyway.

I came out in 2017. On the plane I sat beside {{p:Song}}, who was going home with a brace on his back. We did not talk. If the name {{r:Choe Myong-su}} still means anything to anyone there, tell them I am alive.""",
    },
    {
        "id": "h20-en-02",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Kang Chol-jin", "강철진", "witness", ["KCJ"]),
            ("Ri Yong-nam", "리용남", "supervisor", []),
            ("Ok Song-bin", "옥성빈", "coworker", []),
        ],
        "note": "Interviewer's rough notes, St Petersburg construction; initials; Ri/Lee variant; surname Ok next to 'ok'; patronymic and diminutive; streets, arena, cathedral named after people; NGO interviewer initials.",
        "text": """Interview notes - int. #2019-114, {{u:Seoul}}, 14/03, approx 2.5h. Interviewer: {{p:JH}} (notes only, no rec. at W's request).

W = {{r:KCJ}} ({{r:Kang Chol-jin}}, b. 1979, {{u:Chongjin}}). Ok to use first name in report? -> NO. Pseudonym only.

- 2015-18 {{u:St P.}}: {{u:Krestovsky}} stadium site (later {{u:Gazprom Arena}}), then private flats in {{u:Kupchino}}.
- recruited via {{u:Rungrado}} trading co.; contract never seen.
- TL = {{r:Ri Yong-nam}} ("{{r:Ri}} teamlead", in Russian docs {{r:Lee}}). W v. afraid of {{r:Ri}}; says {{r:Ri}} kept all passports in a safe at the {{u:Ulitsa Dybenko}} dorm.
- {{r:Ok}}: coworker, {{r:Ok Song-bin}}, plasterer, same dorm. {{r:Ok}} = close friend. (NB W joked "{{r:Ok}} is ok"; don't quote.)
- Russian contractor contact: "{{p:Vasya}}" = {{p:Vasily Ivanovich}} (surname unknown), pays TL cash in envelopes. W saw 2x.
- Uzbek brigade next floor: {{p:Dilshod}}, {{p:Bekzod}}. {{p:Dilshod}} spoke some Korean (from {{u:Tashkent}} Koreans?) - check.
- 2017 Aug: fall from scaffold, coworker {{p:Jo}} (given name ?) broke leg. TL refused hosp. {{p:Vasya}} took {{p:Jo}} to {{u:Mariinsky Hospital}} himself. After that {{p:Jo}} "disappeared" = sent home?
- W: "{{r:Song-bin}} cried when {{p:Jo}} left." {{r:Song-bin}} later ran? unclear. W says {{r:Ok}} "went to the Chinese" - ? Ask in f/u.
- Wages: $0 in hand first 8 mo. "loyalty fund" for {{u:Kim Jong Un}}'s birthday; portraits in dorm; {{u:Kim Il Sung}} & {{u:Kim Jong Il}} pins inspected Mondays.
- Church: W went once to {{u:St Isaac's Cathedral}} as a tourist w/ {{p:Vasya}}'s daughter {{p:Masha}}?? (unclear if daughter). Also a Korean-Russian pastor, {{p:Pavel Kim}}, who helped the escape. DO NOT name {{p:Pavel}} in any output!!
- escape 2018 Oct: not via {{u:Pulkovo}}; overland to {{u:Moscow}}, then {{u:UNHCR}}. Officer a woman ({{p:Natalia}}?).

Follow-up needed:
1. full name of {{p:Jo}};
2. {{r:Ok}} whereabouts;
3. is TL {{r:Ri Yong-nam}} the same as "{{r:RI YONG NAM}}" in the 2016 {{u:Rungrado}} list?? cross-check.

Mood: W calm, but shook when discussing {{r:Ri}}. Break at 11:40. W asked whether {{u:Moon Jae-in}}'s govt would tell {{u:Pyongyang}}. Reassured. W wants us to find {{r:Song-bin}}'s wife in {{u:Chongjin}}, {{p:Kye Sun-hwa}}, only if safe. {{p:Sun-hwa}} does not know he is in the south.""",
    },
    {
        "id": "h20-en-03",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Yun Hye-gyong", "윤혜경", "witness", []),
            ("Pang Yong-sik", "방용식", "supervisor", ["Bang"]),
        ],
        "note": "Q/A transcript with interpreter's interjections, Chinese seafood plant; Pang/Bang and 'bang' (room); Sin next to Sinuiju; Xiao/Big Sister outside markers; hanzi name; Ha as interjection.",
        "text": """Transcript, interview 7, session 2. Q = interviewer, A = witness, T = interpreter. Recorded in {{u:Bangkok}}, 2022.

Q: Let's go back to the factory in {{u:Donggang}}. How many women were in your section?
A: Sixty-two. Then sixty.
T: She says two left in the first spring. Sorry, "left" is my word. She used a word that means "were taken back".
Q: Who took them?
A: The manager. {{r:Pang}}. Manager {{r:Pang Yong-sik}}.
Q: Is that the man you called {{r:Bang}} earlier?
T: Yes, same person. In her dialect it comes out as {{r:Bang}}. Also, earlier when she said "bang" twice, that was the dormitory room, not the name. I should have said.
Q: Thank you. Who were the two women?
A: {{p:So-yon}} and... the other one I only knew as {{p:Sin}}. Comrade {{p:Sin}}. Older.
Q: Did {{p:So-yon}} have a surname?
A: {{p:Han}}. {{p:Han So-yon}}. She was from {{u:Sinuiju}}, like me.
T: Note: "{{u:Sinuiju}}" is the city; "{{p:Sin}}" is the woman. Different.
Q: What happened to {{p:Han}}?
A: She got sick from the cold room. The squid line. The Chinese line leader, Xiao {{p:Liu}}, wanted to take her to the {{u:Donggang Central Hospital}}. {{r:Pang}} said no, she goes home. Xiao {{p:Liu}} was crying. She was a kind girl, maybe twenty.
Q: And the factory owner?
A: Boss {{p:Zhang}}. We never saw him much. His name was on the wall: {{p:张国强}}.
T: {{p:Zhang Guoqiang}}, if I read it right.
A: His wife came more. Everyone called her Big Sister {{p:Mei}}.
Q: Did anyone from the {{u:Workers' Party}} come?
A: Every month, a man from the consulate in {{u:Shenyang}}. Secretary {{p:Ri}}. He read us the New Year speech of {{u:Kim Jong Un}}, and we had to copy it by hand.
Q: Were you paid?
A: They said 1,800 yuan. I held money once, for one hour, for a photo. Then {{r:Yong-sik}} took it back.
T: She laughs here. She says: "Ha, like a bank."
Q: Is there anyone else we should know about?
A: My bed was next to {{p:Jo Un-ha}}. {{p:Un-ha}} is still there, I think. Please do not write her name anywhere.
Q: We won't publish it. And you, for the record, your name?
A: {{r:Yun Hye-gyong}}. My mother called me {{r:Hye-gyong}}ie... no, just {{r:Hye-gyong}}.
T: She means the affectionate form. I'd write it {{r:Hye-gyong}}, for the file.
Q: Last thing. The manager {{r:Pang}}, is he still in {{u:China}}?
A: {{p:Un-ha}} wrote in 2021 that {{r:Bang}} went to {{u:Dandong}}. A new factory. Same work.""",
    },
    {
        "id": "h20-en-04",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("O Jin-hyok", "오진혁", "relative", []),
            ("O Kum-hui", "오금희", "witness", []),
            ("To Chang-ho", "도창호", "supervisor", ["Do"]),
        ],
        "note": "Sister's account of a brother who died in an Amur logging camp; one-letter surname O next to blood type O; To/Do variant next to the verb 'do'; Russian nurse with patronymic and diminutive; Im next to I'm; Big Pyo; town named after a general.",
        "text": """My brother was {{r:O Jin-hyok}}. He was born in 1981 in {{u:Kimchaek}}, the town named after the general, and he died in the forest north of {{u:Zeya}} in January 2013. I am his younger sister, {{r:O Kum-hui}}. I was not there. What I know I learned from three men who came back, from one letter, and from a Russian nurse who wrote to me years later through a church.

{{r:Jin-hyok}} went to {{u:Russia}} in 2010 with a unit of the {{u:Ministry of Forestry}}. He wrote twice a year. The letters were short and always said the same things: the food is enough, the work is honourable, I think of Mother. Our mother, {{p:Ri Sun-ja}}, kept them in a rice tin.

His team leader was a man named {{r:To Chang-ho}}. The men who came back all said {{r:Do}}, not {{r:To}}, and they said {{r:Do}} was not cruel, only frightened. I do not know what to do with that. {{r:Do}} wrote the letter that came with the ashes. It said my brother had died of a heart attack "while fulfilling the plan".

The first of the three men was {{p:Pyo Chol-min}}. Big {{p:Pyo}}, they called him, to tell him from a smaller {{p:Pyo}} in the same barracks. {{p:Chol-min}} told me that in December 2012, on the first anniversary of the death of {{u:Kim Jong Il}}, the whole camp stood in the snow for two hours. {{r:Jin-hyok}} had a fever already. The second man, {{p:Im Su-bok}}, said {{r:Jin-hyok}} coughed blood for a week and {{r:To}} would not call a doctor because the quota was behind. {{p:Im}} cried when he told me. I'm not sure he told me everything.

The nurse was {{p:Irina Mikhailovna}}. She worked at the district hospital and was called to the camp only at the end. Everyone called her {{p:Ira}}. {{p:Ira}} wrote that his blood type was O and that they had no O-negative to give him, that he was conscious, that he asked for water and said a name she wrote down as "{{p:Kum-i}}". That is what he called me.

A Russian driver, {{p:Tolik}}, took the body to {{u:Blagoveshchensk}}. The priest of the {{u:St Nicholas Church}} there, Father {{p:Sergei}}, paid for the cremation. It was Father {{p:Sergei}} who, in 2019, sent {{p:Ira}}'s letter on to me in {{u:Seoul}}.

I want {{r:O Jin-hyok}} written down somewhere other than a rice tin. And I want {{r:To Chang-ho}} to know that I know.""",
    },
    {
        "id": "h20-en-05",
        "language": "en",
        "eol": "lf",
        "persons": [],
        "note": "Chat export, Polish shipyard; no registered persons; display names with emoji; Im next to 'Im not sure'; Moon next to the moon; Ban next to Ban Ki-moon; OCR'd pass list in fullwidth letters and with a zero-width space; avenue and airport named after people.",
        "text": """Exported chat (Signal), 2 participants, times CET.

[12.03.2021 21:14] {{p:Ewa}}: hi {{p:Tomek}}, thanks for agreeing to this. ok if I keep the export for our files? names will be removed before anything is published
[12.03.2021 21:16] {{p:Tomek}} 👍: sure. Im not sure how much I remember tho
[12.03.2021 21:16] {{p:Tomek}} 👍: 2016-2017, {{u:Stocznia Oksywie}} in {{u:Gdynia}}, hull sections. the Koreans came through an agency in {{u:Gdańsk}}
[12.03.2021 21:18] {{p:Ewa}}: how many?
[12.03.2021 21:19] {{p:Tomek}} 👍: 18 welders + their boss. boss was Mr {{p:Im}}. never smiled. {{p:Im}} kept their passports, everybody knew
[12.03.2021 21:19] {{p:Tomek}} 👍: there was a young one we called {{p:Moon}}, because he worked nights and said the moon was his lamp 😄 real name maybe {{p:Mun}}? {{p:Mun Chol}}?
[12.03.2021 21:21] {{p:Ewa}}: do you remember other names? even one syllable helps
[12.03.2021 21:22] {{p:Tomek}} 👍: {{p:Gil}}, older guy, glasses. and {{p:Choi}} or {{p:Choe}}. {{p:Gil}} gave my son a little badge with {{u:Kim Il Sung}} on it lol
[12.03.2021 21:22] {{p:Tomek}} 👍: my foreman {{p:Krzysiek}} ({{p:Krzysztof Nowak}}) has more, he did their timesheets
[12.03.2021 21:25] {{p:Ewa}}: could {{p:Krzysztof}} talk to us?
[12.03.2021 21:27] {{p:Tomek}} 👍: maybe. after the ban he got scared. you know, the {{u:EU}} ban, the inspection. {{u:Państwowa Inspekcja Pracy}} came in 2017 and the Koreans were gone in one week
[12.03.2021 21:28] {{p:Tomek}} 👍: funny, one of them told me his hero was {{u:Ban Ki-moon}}, "a Korean who is boss of the world". said it quiet
[12.03.2021 21:30] {{p:Tomek}} 👍: [photo] this is the gate pass list, I copied text with the phone, it came out weird
[12.03.2021 21:30] {{p:Tomek}} 👍: 03 {{p:ＧＩＬ ＭＹＯＮＧ ＣＨＯＬ}} / 07 {{p:ＣＨＯＥ ＵＮ ＢＯＫ}} / 11 {{p:MUN\u200bCHOL}} / 15 {{p:IM TAE\u200bSONG}}
[12.03.2021 21:33] {{p:Ewa}}: this is very useful. where did they live?
[12.03.2021 21:35] {{p:Tomek}} 👍: flat on {{u:aleja Jana Pawła II}}, landlady Pani {{p:Grażyna}}. she complained they cooked fish at 5am. {{p:Grażyna}} might still have their registration copies
[12.03.2021 21:36] {{p:Tomek}} 👍: {{p:Moon}} once asked me how far it is to {{u:Lech Wałęsa Airport}}. I said 40 min. he just nodded. next week they were all gone
[12.03.2021 21:38] {{p:Ewa}}: did anyone get hurt on the job?
[12.03.2021 21:40] {{p:Tomek}} 👍: {{p:Choi}} burned his hand, bad. {{p:Im}} put cream on it and sent him back. {{p:Krzysiek}} wanted to call an ambulance, {{p:Im}} said no
[12.03.2021 21:41] {{p:Ewa}}: thank you {{p:Tomek}}. I'll write to {{p:Krzysztof}} tomorrow
[12.03.2021 21:41] {{p:Tomek}} 👍: 👍 tell him {{p:Tomasz}} from hall B sent you""",
    },
    {
        "id": "h20-en-06",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Jong Song-chol", "정성철", "witness", ["Jung Sung-chul"]),
            ("Yu Chang-nam", "류창남", "coworker", ["Ryu Chang-nam"]),
            ("Han Myong-guk", "한명국", "supervisor", []),
        ],
        "note": "Summary for a UN communication, Sarawak coal mine; UN-style capitalised surnames; Yu next to 'you'; Jong next to public Kim Jong-nam/Kim Jong Un; Malay bin/Iban anak names; public singer; rapporteurs; capitalised ordinary words.",
        "text": """SUMMARY FOR SUBMISSION
Communication to the {{u:Special Rapporteur on the situation of human rights in the Democratic People's Republic of Korea}}, Ms {{u:Elizabeth Salmón}}. Prepared 3 May 2023. CONFIDENTIAL: Annex names to be redacted before transmission.

1. Background. Between 2014 and 2017 approximately 40 nationals of the {{u:DPRK}} worked at an open-cast coal mine near {{u:Mukah}}, {{u:Sarawak}}, {{u:Malaysia}}, supplied under a contract with the {{u:Korea Kumsan Trading Corporation}}. After the killing of {{u:Kim Jong-nam}} at {{u:Kuala Lumpur International Airport}} in February 2017 the workers were withdrawn within weeks through {{u:Kuching International Airport}}.

2. Victim A. Mr {{r:JONG Song Chol}} (recorded as {{r:Jung Sung-chul}} in the Malaysian immigration file), born 1984 in {{u:South Hamgyong Province}}. Mr {{r:Jong}} states that he worked twelve-hour shifts without rest days, that his passport was held by the site manager, and that no wages were paid to him directly. He was made to sign a pledge of loyalty to {{u:Kim Jong Un}} before departure.

3. Victim B. Mr {{r:YU Chang Nam}}, also written {{r:Ryu Chang-nam}}, deceased. Mr {{r:Yu}} died on 9 November 2016 after a collapse in the haul road cutting. The death certificate from {{u:Sibu Hospital}} records "crush injury". Mr {{r:Jong}} states that Mr {{r:Ryu}} had reported the unstable slope twice. His widow, Ms {{p:Kim Ok-ran}}, was told he died of illness. If you contact the family, do so only through the channel in Annex 2.

4. Alleged perpetrator. Site manager Mr {{r:HAN Myong Guk}}. Mr {{r:Han}} is alleged to have confiscated passports, imposed fines, and prevented Mr {{r:Yu}} from seeking treatment for an earlier injury.

5. Corroborating witnesses. A Malaysian excavator operator, Mr {{p:Azman bin Yusof}}; an Iban cook at the canteen, Mr {{p:Jabu anak Nyanggau}}; and a Nepali security guard, Mr {{p:Ram Bahadur Thapa}}. Mr {{p:Azman}} saw Mr {{r:Han}} strike a worker. Mr {{p:Jabu}} recalls that the Koreans listened to songs by {{u:Siti Nurhaliza}} on his radio on Sundays, "the only hour they laughed". Mr {{p:Thapa}} kept a notebook of arrival dates.

6. Previous communications. See the 2017 report of Mr {{u:Tomás Ojea Quintana}} and the statements of the {{u:High Commissioner}}.

Annex 1 (to be removed): A. {{r:JONG Song\u200bChol}} / {{r:정성철}}; B. {{r:YU Chang Nam}} / {{r:류창남}}; C. {{r:HAN Myong Guk}}; D. {{p:Azman bin Yusof}}; E. {{p:Jabu anak Nyanggau}}; F. {{p:Ram Bahadur Thapa}}; G. {{p:Kim Ok-ran}}.""",
    },
    {
        "id": "h20-en-07",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Chang Myong-il", "장명일", "witness", ["Jang Myong Il"]),
        ],
        "note": "Hospital discharge summary translated for an insurer, Ulaanbaatar construction; ALL CAPS name fields; Cyrillic and Hangul forms of the registered patient; Mongolian patronymic initial; surname Son next to 'son'; hospital, square, airport and district named after people.",
        "text": """{{u:SHASTIN CENTRAL HOSPITAL}} ({{u:Third State Central Hospital}}), {{u:Ulaanbaatar}}
DISCHARGE SUMMARY - English translation prepared for the insurer, {{u:Mongol Daatgal}}, claim MD-2018-04417

Patient: {{r:CHANG MYONG IL}}          Sex: M          DOB: 11.02.1977
Nationality: {{u:DPRK}}                       Passport: 836******
Employer: {{u:Korea Myohyang Construction Company}} ({{u:Mongolia}} branch), site at {{u:Yarmag}}
Address in {{u:Mongolia}}: workers' hostel, {{u:Peace Avenue}} 44, {{u:Sükhbaatar}} district
Emergency contact: {{p:PAK TAE SOP}} (employer representative)
Interpreter present: {{p:Jo Song-ho}} (employer's interpreter)

Admission: 17.07.2018, by ambulance from site.
History: Patient fell approx. 6 m from scaffolding. Per interpreter Mr {{p:Jo}}, the patient "slipped". A site colleague, {{p:Son Kwang-hyok}}, who accompanied him in the ambulance, told the ward nurse ({{p:Enkhjargal}}) that the safety harnesses had been removed on the order of the site manager, Mr {{p:Pak}}. Mr {{p:Son}} did not repeat this in the presence of the interpreter.
Diagnosis: Fracture of L1 vertebra (compression), fracture of right radius, contusions.
Treating physician: Dr {{p:B. Oyuntsetseg}}, Department of Traumatology.
Course: Conservative treatment, immobilisation. Patient {{r:Chang}} asked the nurse twice whether the bill would be deducted from his wages. Patient stated he has a wife and a son in {{u:Hamhung}} and "cannot go home without money".
Discharge: 02.08.2018, against medical advice, at the request of employer representative Mr {{p:Pak Tae-sop}}. Onward travel via {{u:Chinggis Khaan International Airport}} was arranged by the employer. Follow-up not possible.

Translator's note: In the Mongolian original the patient's name is written {{r:Жан Мён Ил}}. The Korean form is {{r:장명일}}. Passport romanisation: {{r:JANG MYONG IL}}. The surname is sometimes given as {{r:Jang}}, sometimes as {{r:Chang}}; these are the same person.

NGO note (not part of the original): Obtained in 2020 from the patient himself, Mr {{r:Jang}}, who left the {{u:DPRK}} in 2019 and now lives in {{u:Seoul}}. Nurse {{p:Enkhjargal}} confirmed the account by telephone; her colleague {{p:Tsetsegmaa}} remembered "the Korean whose friend cried in the corridor", i.e. {{p:Kwang-hyok}}. Dr {{p:Oyuntsetseg}} declined to comment. The hostel is two streets from {{u:Sükhbaatar Square}}.""",
    },
    {
        "id": "h20-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("No Chang-sik", "노창식", "witness", []),
            ("Ha Yong-chol", "하영철", "supervisor", []),
            ("Sin Ok-chol", "신옥철", "coworker", []),
        ],
        "note": "Crew list of a squid jigger with roles, reconstructed by a witness; surnames No, Ha, Sin, So, Ban, Yu, Sun, Ma as names beside 'No.', 'no', 'so', 'sun'; ALL CAPS; Lao/Old/Auntie outside; Filipino and Indonesian crew; ships named after people.",
        "text": """CREW OF THE {{u:LU YUAN YU 217}} (squid jigger, Chinese flag), season June-November 2019, as reconstructed by the witness {{r:NO Chang-sik}} with the interviewer. Names as the witness spelled them; other spellings in brackets. No documents survive.

Chinese officers
No. 1  Captain: {{p:WANG Jianguo}} ({{p:王建国}}). Called Lao {{p:Wang}}.
No. 2  First mate: {{p:SUN Hai}}. Worked bare-chested in the sun all day; the Koreans called him "the red one".
No. 3  Chief engineer: {{p:MA Xiaodong}}. Old {{p:Ma}}.
No. 4  Cook: Auntie {{p:Zhou}}, the captain's sister-in-law.

Korean team (14 men, sent by the {{u:Korea Sinhung Fisheries Company}}, {{u:Rason}})
No. 5  Team leader and political instructor: {{r:HA YONG CHOL}} ({{r:Ha Yong-chol}}).
No. 6  Deputy: {{p:BAN Kwang-su}}.
No. 7  Jigging line, later net mender: {{r:NO CHANG SIK}} (the witness).
No. 8  Jigging line: {{r:SIN OK CHOL}} ({{r:Shin Ok-chol}}).
No. 9  Jigging line: {{p:SO Un-chol}}.
No. 10 Freezer hold: {{p:YU Myong-hak}} ({{p:Ryu}}).
No. 11 Freezer hold: {{p:GIL Nam-hyok}}.
No. 12-18: the witness does not remember the names; one was "Little {{p:Gil}}", the brother of No. 11.

Other crew
No. 19 Deckhand: {{p:Rodel Bautista}}, Filipino, "{{p:Jun-Jun}}".
No. 20 Deckhand: {{p:Bambang}}, Indonesian.

Notes from the interview
{{r:No}} says the Koreans were transferred at sea from the {{u:Chon Ma San}} near {{u:Yamato Bank}} and never set foot in port. No, he corrects himself: they landed once at {{u:Shidao}} for engine repairs, three days, kept below deck.
{{r:Ha}} held all the catch records. Ha, {{r:No}} says, laughing, "{{r:Ha}} held everything, even our spit." The Chinese paid {{r:Ha}}, not the men.
No. 9 {{p:So}} went over the side on 3 September in a swell. So the count on return was 13 Koreans. The body was not recovered. {{r:Ha}} wrote "illness" in the book. Lao {{p:Wang}} wanted to turn the boat; {{p:Ban}} told him the team leader forbade it.
No. 8 {{r:Sin}} and {{p:Jun-Jun}} were friends; {{p:Rodel}} taught {{r:Ok-chol}} to count in Tagalog. {{r:Sin}} hid a letter for {{p:So}}'s mother in {{p:Rodel}}'s bag. The witness does not know if it arrived.
Auntie {{p:Zhou}} gave extra rice to {{p:Yu}} and to the witness. {{p:Myong-hak}} had beriberi by October.
The witness saw the {{u:Zheng He}} training ship once from a distance and thought it was a warship.
On return the team was taken off at sea again, to a North Korean boat whose name he did not see. He left the {{u:DPRK}} in 2021. He does not know where {{r:Sin Ok-chol}} is.""",
    },
    {
        "id": "h20-en-09",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Choe Kwang-bom", "최광범", "supervisor", []),
        ],
        "note": "Researcher's field memo on monument builders in Namibia, Senegal and Angola; private driver named Nelson beside Nelson Mandela Avenue; monuments, universities, airports, hospitals named after people; public presidents; Choe/Choi variant.",
        "text": """FIELD MEMO - {{u:Windhoek}} / {{u:Dakar}} / {{u:Luanda}}, Oct-Nov 2019. Internal, not for circulation. Author's initials only on final.

{{u:Windhoek}}, 14 Oct. Drove out to {{u:Heroes' Acre}} with our driver, {{p:Nelson}} (not the one on the avenue sign: we passed {{u:Nelson Mandela Avenue}} and he made the joke himself). {{p:Nelson}} worked as a casual labourer on the {{u:Independence Memorial Museum}} in 2013 and remembers about 30 Korean workers housed behind a fence near the site. He remembers their boss as "Mr {{r:Choi}}", a short man who checked the workers' pockets at the gate. The company register lists a "{{r:CHOI Kwang Bom}}" as branch manager of the {{u:Mansudae Overseas Project Group}}. Probably our {{r:Choe Kwang-bom}}.

{{p:Nelson}}'s cousin, {{p:Tjiuee Kavari}}, sold them bread. She says the workers were not allowed to buy it themselves; a Korean called {{p:Ko}} paid for all of it, and {{p:Ko}} counted the loaves twice. She saw one worker cry at the gate the day the statue of {{u:Sam Nujoma}} was unveiled. She does not know his name.

{{u:Dakar}}, 29 Oct. {{u:African Renaissance Monument}}. Commissioned under {{u:Abdoulaye Wade}}. Local site guard {{p:Moussa Ndiaye}} (now retired, lives near {{u:Cheikh Anta Diop University}}) says "the Koreans" ate separately and had one rest day a month. He knew one by name, {{p:Pak}}, who spoke French badly and Wolof a little. {{p:Moussa}} says {{p:Pak}} was sent home early after talking to a journalist. The journalist, {{p:Fatou Sarr}}, would not meet me; her editor says she has left the paper.

{{u:Luanda}}, 6 Nov. Statues at the {{u:Agostinho Neto}} memorial. Labour was mostly Angolan; Koreans did the bronze. Met {{p:Manuel Domingos}}, welder, who worked beside them in 2011. He says the Korean engineer "{{r:Kwang-bom}}" (he pronounced it "{{r:Kambom}}") was the same man he later saw in {{u:Windhoek}}. If true, {{r:Choe}} moved between sites. {{p:Manuel}} had a friend among the Koreans, a young man called {{p:Un-chol}}, who had an injured hand treated at the {{u:Josina Machel Hospital}} and was back at work the same evening.

To do: (1) ask {{p:Manuel}} for photos; (2) check {{u:UN Panel of Experts}} reports for {{r:Choi}}; (3) cross-check {{u:Hosea Kutako International Airport}} flight manifests for the team's departure; (4) thank {{p:Nelson}} properly.""",
    },
    {
        "id": "h20-en-10",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Kim Song-hak", "김성학", "witness", []),
            ("Kang Nam-il", "강남일", "witness", ["Gang Nam-il"]),
            ("Jo Myong-chol", "조명철", "witness", []),
        ],
        "note": "Group interview of three witnesses talking over each other, Qatar construction; speaker tags; Big/Little outside; driver named Hamad beside Hamad airport and the Emir; Umm/Abu names; Kang/Gang; given names alone far down; crosstalk corrections.",
        "text": """Group interview, {{u:Seoul}}, 2 June 2021. Present: A = {{r:Kim Song-hak}}, B = {{r:Kang Nam-il}}, C = {{r:Jo Myong-chol}}. All three worked 2014-2017 on residential towers in {{u:Lusail}}, {{u:Qatar}}. Overlapping speech marked with //.

INT: Who was in charge of your team?
A: {{p:Ri}}. Big {{p:Ri}}.
B: // No, Big {{p:Ri}} came later, first it was Little {{p:Ri}}, {{p:Ri Chung-guk}}.
C: // Both, both were there. Little {{p:Ri}} was the political one.
A: Fine. But the one who beat {{p:Hyon}} was Big {{p:Ri}}.
INT: Who is {{p:Hyon}}?
B: {{p:Hyon Jae-bom}}. Tiler. From {{u:Kaesong}}.
C: He was my friend. {{p:Jae-bom}}.
INT: What happened?
A: He took a phone from the Nepali boys. From {{p:Bishnu}}.
C: // Not took. {{p:Bishnu}} gave it. {{p:Bishnu Tamang}}, he was kind.
B: {{r:Myong-chol}} always defends everyone.
C: Because it's true, {{r:Nam-il}}.
INT: Please, one at a time. {{r:Song-hak}}, you first.
A: Big {{p:Ri}} found the phone and hit {{p:Jae-bom}} with a level. An aluminium level. Then they sent him to the hospital.
B: // {{u:Hamad Medical Corporation}}.
A: Yes. The driver who took him was also {{p:Hamad}}, funny. Our driver, {{p:Hamad}}. Not the airport. Not the Emir.
C: {{p:Hamad}} was Sudanese, I think. Or Egyptian.
B: Sudanese. He had a picture of his daughter, {{p:Amal}}, on the dashboard.
INT: Did {{p:Jae-bom}} come back?
C: Two weeks. Then they sent him home from {{u:Hamad International Airport}}. Big {{p:Ri}} went with him to the gate.
A: After that nobody talked to the Nepali boys.
B: // Except {{r:Jo}}.
C: Except me. I'm not ashamed.
INT: Who paid you?
B: Paid? The company was {{u:Korea Kangsong Construction}}. The money went to {{p:Ri Chung-guk}}, he sent it to the embassy. We got 100 riyal a month for soap. Sometimes.
A: {{p:Umm Khalid}}, the woman who sold bread by the camp gate, gave us credit. {{p:Umm Khalid}} and her son {{p:Khalid}}.
C: // And {{p:Abu Faisal}}, the sponsor's man, who came on Fridays.
INT: {{r:Kang}}, you wanted to add something?
B: In the Qatari papers my name is {{r:GANG NAM IL}}. I want that in the record too, in case they look for me under that.
A: And under {{r:Kim}}, they will find a thousand of us.""",
    },
    {
        "id": "h20-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ho Song-nam", "허성남", "witness", []),
            ("Jong Man-bok", "정만복", "supervisor", ["곰"]),
        ],
        "note": "First-person narrative fifteen years later, Khabarovsk logging; nickname that is an ordinary word (곰) beside the real animal; 정/안/오/하/조 as surnames and as ordinary words; affectionate -이 and vocative 야 outside markers; Russian diminutive and patronymic in Hangul; Lenin street.",
        "text": """내 이름은 {{r:허성남}}이다. 2009년 가을, 나는 {{u:함경북도}} {{u:명천}}에서 뽑혀 {{u:러시아}} {{u:하바롭스크}} 변강의 {{u:체그도민}} 벌목장으로 갔다. 벌써 열다섯 해가 지났지만 그 겨울 냄새는 아직도 코끝에 남아 있다. 순서가 틀린 데가 있더라도 이해해 주면 좋겠다.

우리 사업소 소장은 {{r:정만복}}이었다. 사람들은 뒤에서 그를 "{{r:곰}}"이라고 불렀다. 덩치가 크고 한겨울에도 털모자를 벗지 않았기 때문이다. {{r:곰}}은 말수가 적었지만 과제를 못 채운 조는 저녁밥을 반으로 줄였다. {{r:정}} 소장 앞에서는 누구도 고개를 들지 못했다. 그래도 이상하게 정이 가는 구석이 있는 사람이었다. 술에 취하면 고향 {{u:단천}} 이야기를 하며 울었다. 숲에서 진짜 곰을 본 날 {{r:만복}}이 형님이 제일 먼저 도망쳤다는 이야기는 지금도 웃음이 난다.

내 짝은 {{p:안철호}}였다. 우리는 그냥 {{p:안}}이라고 불렀다. {{p:안}}은 나보다 두 살 아래였는데, 톱만 잡으면 안 지치는 사람처럼 일했다. 방 안에서는 {{p:철호}}, 일터에서는 {{p:안}}이었다. 내가 "{{p:철호}}야, 좀 쉬어라" 하면 {{p:안}}은 "형이나 쉬오" 하고 웃었다.

같은 방에 {{p:혁}}이라는 열아홉 살 아이가 있었다. {{p:혁}}이는 밤마다 잠결에 어머니를 불렀다. 취사원 {{p:오}} 씨가 누룽지를 모아 두었다가 {{p:혁}}이에게 먼저 주었다. {{p:오}} 씨는 오 년째 그곳에 있다고 했다.

러시아 운전수 {{p:세료자}}는 통나무를 {{u:바니노}} 항까지 실어 날랐다. 본명은 {{p:세르게이 니콜라예비치 볼코프}}였지만 우리는 다 {{p:세료자}}라고 불렀다. {{p:세료자}}가 {{p:혁}}이에게 초콜릿을 쥐여 주다가 {{r:곰}}에게 들킨 날, {{r:정만복}}은 {{p:혁}}이를 사흘 동안 산판 맨 끝 조로 보냈다. 그 조의 조장은 {{p:하}} 반장이었는데, {{p:하}} 반장은 하루에 한 번도 불을 피우지 못하게 했다.

2011년 12월, {{u:김정일}}이 죽었다는 소식이 왔다. 우리는 눈밭에 줄지어 서서 {{u:조선로동당}} 중앙위원회의 부고를 들었다. {{p:안}}은 그날 손가락 두 개를 잃었다. 얼어서였는지 톱 때문이었는지 지금도 모른다. 읍내 {{u:레닌 거리}}에 있는 병원까지 {{p:세료자}}가 태워다 주었다. 의사는 {{p:타냐}}라는 젊은 여자였다. {{p:타냐}}는 {{p:철호}}의 손을 붙잡고 한참 동안 아무 말도 하지 않았다.

숙소는 통나무로 지은 긴 막사였다. 한 방에 스물두 명이 잤다. 벽에는 {{u:김일성}}과 {{u:김정일}}의 초상화가 걸려 있었고, 매주 월요일 아침이면 {{u:국가보위성}}에서 파견된 {{p:박}} 지도원이 와서 초상화 먼지를 손가락으로 문질러 보았다. {{p:박}} 지도원은 {{r:곰}}과 사이가 나빴다. 둘이 다투는 날이면 우리는 숨을 죽였다. {{p:박}}은 {{r:정}} 소장이 통나무를 러시아 사람들에게 몰래 판다고 의심했는데, 사실 그 말이 틀리지 않았다. 그 돈으로 {{r:곰}}은 우리에게 겨울 장화를 사 주었다. 그래서 나는 지금도 {{r:정만복}}을 미워하기만 할 수는 없다.

봄이 되면 길이 녹아 진창이 되었다. 진창에 빠진 트럭을 끌어내는 것도 우리 일이었다. {{p:세료자}}의 동료 {{p:올레크}}는 욕을 잘했는데, 우리 중 제일 먼저 러시아 욕을 배운 사람은 {{p:혁}}이였다. {{p:올레크}}가 "{{p:혁}}, 너는 이제 우리 사람이다" 하자 {{p:혁}}이는 얼굴이 빨개졌다.

나는 2012년 봄에 도망쳤다. {{p:세료자}}가 {{u:콤소몰스크나아무레}}까지 데려다주었고, 거기서부터는 혼자였다. {{u:블라디보스토크}}에서 한 달을 숨어 지냈다. 내가 떠난 뒤 {{p:철호}}와 {{p:혁}}이가 어떻게 되었는지는 모른다. 누가 {{r:허성남}}이라는 이름을 기억한다면, 나는 살아 있다고 전해 주기 바란다.""",
    },
    {
        "id": "h20-ko-02",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ri Un-jong", "리은정", "witness", ["이은정"]),
            ("Jo Yong-ok", "조영옥", "supervisor", []),
            ("Han Song-i", "한송이", "coworker", []),
        ],
        "note": "Interviewer's fragmentary notes, Hunchun seafood plant; 리/이 variant; given name 송이 beside '포도 한 송이'; 조 as surname and as 'shift team'; 문 as surname and door; 小 outside; hanzi; crow nickname; interviewer initials; misspelt supervisor name.",
        "text": """면담 메모 (비공개) - 2023.5.9. {{u:서울}}, 약 2시간. 면담자 {{p:SY}}. 녹음 없음(증언자 요청).

증언자: {{r:리은정}}(1992년생, {{u:회령}} 출신). 남한 주민등록상 {{r:이은정}}. 보고서에는 실명·가명 모두 쓰지 말 것.

- 2017.3 파견. {{u:남양}}→{{u:도문}}→{{u:훈춘}}, 버스. 여성 86명.
- 공장: {{u:훈춘화룡수산식품}}(오징어·게 가공). 기숙사 4층, 방 하나 12명.
- 지배인 {{r:조영옥}}(여, 50대). 다들 "{{r:조}} 지배인". 작업은 조 단위(1조~6조), 증언자는 3조.
- 3조 조장 {{p:문향미}}. {{p:문}} 조장은 착한 편. 기숙사 문은 밤 9시 잠금, 열쇠는 {{r:조영옥}}이 보관.
- 가장 친했던 동료: {{r:한송이}}(1995년생). 증언자는 "{{r:송이}}야" 하고 불렀다고. 2019.2 {{r:송이}}가 칼에 손 베임. 중국 병원 못 감. {{r:조}} 지배인이 바늘로 직접 꿰맴(!!).
- 에피소드: 지배인이 포도 한 송이를 {{r:송이}}에게 주며 "이름값 해라" 놀림. 증언자 이 대목에서 울음.
- 중국측 관리자: 小{{p:王}} = {{p:왕리}}({{p:王丽}}), 20대. {{p:왕리}}가 몰래 생리대 사다 줌.
- 조선족 통역 {{p:최}} 씨(본명 {{p:최명화}}?), 월급 장부 담당. "{{p:최}} 씨가 제일 무서웠다."
- 임금: 월 1,800위안이라 들음. 실수령 0. "충성의 자금"으로 {{u:김정은}} 생일 전 공제.
- 2019 설: 공장 사장 {{p:장}} 사장(중국인, {{p:장건국}}?)이 만두 돌림.
- 2020.1 코로나, 귀국 중단. 기숙사 밖 외출 전면 금지. {{r:송이}}가 밤마다 울었다고.
- 작업 시간 06:30~22:00, 성수기엔 자정까지. 한 달 휴일 1일. 휴일엔 학습회.
- 보위 담당: 영사관 파견 {{p:강}} 부원, 한 달 두 번. {{p:강}} 부원은 {{r:조영옥}}과 식당에서 따로 식사. 증언자: "{{p:강}} 부원 오는 날은 밥이 좋아졌다."
- 2018.8 냉동창고 암모니아 누출. 3조 {{p:김명순}} 실신. 小{{p:王}}이 중국 구급차 부름. {{r:조}} 지배인은 "왜 밖에 알렸냐"며 {{p:왕리}} 해고 요구, 사장 반대로 무산. {{p:명순}}은 이틀 뒤 복귀.
- 증언자 어머니 {{p:박옥희}}: 2020년 사망, 증언자는 2021년에야 앎.
- 기숙사 창문에서 {{u:두만강}}이 보였다고. "강 건너가 고향인데."
- 3조 동료들: {{p:옥심}}(별명 "{{p:다람쥐}}"), {{p:정순}}, {{p:길례}}. {{p:옥심}}이는 손이 빨라 늘 1등. 증언자는 {{p:왕리}}를 "{{p:왕}} 언니"라고 부름.
- 2021 탈출: 조선족 브로커, 별명 "{{p:까마귀}}". {{p:까마귀}}가 {{u:연길}}까지 데려감. 까마귀 그림 문신이 있어 그렇게 불렀다 함.

확인 필요:
① {{r:한송이}} 현재 소재. 증언자는 "{{r:송이}} 언니"가 아니라 "{{r:송이}}"라고 부름(동생뻘).
② 지배인 이름: {{r:조영옥}}? 1차 메모에는 "{{r:조영욱}}"으로 적혀 있음. 오기로 보임.
③ {{p:문향미}}와 {{p:왕리}} 연락 가능 여부. {{p:왕리}}는 위챗 있었으나 삭제.
④ 증언자 여동생 {{p:리은별}}({{u:회령}} 거주) 신변 위험. 이름 절대 공개 금지.
⑤ 귀국한 동료 {{p:배금주}}가 2022년 {{u:단둥}}으로 재파견됐다는 소문. 출처는 {{p:까마귀}}, 신빙성 낮음. {{p:금주}}는 공장 식당의 금주 표어 앞에서 단체사진을 찍은 적 있다고 함. 사진 원본은 없음.

기타: 면담 중 증언자가 {{r:조영옥}}을 두 번 "{{r:조}} 선생"이라고 부름. 북에서 교원 출신이었다고 함. 확인 필요.
기타: 증언자가 면담 끝에 "{{r:은정}}이라고 불러 달라"고 함. 긴장 풀림. 다음 면담은 6월.""",
    },
    {
        "id": "h20-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Pang Chol-min", "방철민", "witness", []),
            ("Kil Yong-su", "길용수", "supervisor", ["Gil Yong-su"]),
        ],
        "note": "Q/A transcript with interpreter's notes, Dubai construction; 길 as surname beside 길 (road) and 방 beside 방 (room); road, tower and hospital named after rulers; private driver named 무함마드 beside the ruler; Abu/Umm names in Hangul; Indian coworker.",
        "text": """녹취록 - 2차 세션, 2022년 11월. 문: 면담자(통역 경유). 답: 증언자. [통역: ...]는 통역자 보충.

문: 두바이 현장 이야기부터 다시 하겠습니다. 현장은 어디였습니까?
답: {{u:셰이크 자이드 로드}} 옆 호텔 공사였습니다. {{u:부르즈 할리파}}가 보이는 데였어요.
[통역: '{{u:셰이크 자이드}}'는 도로 이름입니다. 인명으로 처리하지 마십시오.]
문: 작업반장은 누구였습니까?
답: {{r:길}} 반장. {{r:길용수}}.
[통역: '{{r:길}}'은 성입니다. 앞에서 "길이 막혀서 늦었다"고 할 때는 도로를 말한 것입니다.]
문: {{r:길용수}} 씨는 어떤 사람이었나요?
답: 나쁜 사람은 아닌데... {{r:용수}} 반장은 위만 봤어요. 대사관에서 사람이 오면 우리를 방에 가두고 혼자 나갔습니다.
문: 방에는 몇 명이 있었습니까?
답: 방 하나에 열두 명. 제 옆자리는 {{p:임}} 동무였어요. {{p:임광혁}}.
[통역: '{{p:임}}'은 성입니다. 앞의 '임금'과는 관계없습니다.]
문: {{p:임광혁}} 씨에게 무슨 일이 있었습니까?
답: 철근에 다리를 다쳤는데 {{r:길}} 반장이 병원에 안 보냈어요. 현장 감독이 아랍 사람이었는데, {{p:아부 사이드}}라고, 그 사람이 보고 화를 냈습니다. {{p:아부 사이드}}가 자기 차로 {{p:광혁}}이를 {{u:라시드 병원}}에 데려갔어요.
문: 운전은 누가 했습니까?
답: 회사 운전수 {{p:무함마드}}. 파키스탄 사람이요.
[통역: 사무실에 걸린 통치자 사진 속 인물은 {{u:무함마드 빈 라시드}}입니다. 증언자가 말하는 {{p:무함마드}}는 운전수입니다.]
답: 맞아요. {{p:무함마드}}는 자기 이름이 왕하고 같다고 웃었어요.
문: 일과는 어땠습니까?
답: 새벽 다섯 시에 일어나서 밤 아홉 시까지. 여름에는 낮에 너무 더워서 점심때 두 시간 쉬었는데, 그 시간에도 {{r:길}} 반장은 생활총화를 시켰어요. {{u:김정은}} 동지 말씀을 외우게 하고요.
문: 임금은 받았습니까?
답: 한 달에 백 디르함. 나머지는 계획분이라고 했어요. {{p:임}} 동무가 한 번 따졌다가 자기비판서를 세 번 썼습니다.
[통역: '계획분'은 국가에 바치는 몫을 말합니다.]
문: {{p:아부 사이드}}는 그 일을 알았습니까?
답: 알았죠. {{p:아부 사이드}}가 하청회사 사장인 {{p:하산}} 씨한테 말했는데, {{p:하산}} 씨는 손만 저었어요. 계약은 계약이라고.
문: 다른 나라 노동자들과 이야기할 수 있었습니까?
답: 몰래요. 인도 사람 {{p:라주}}가 전화를 빌려줬어요. {{p:라주}}하고 {{p:광혁}}이가 친했습니다. 그리고 숙소 앞에서 빵을 팔던 아주머니, 다들 {{p:움 라일라}}라고 불렀는데, 외상을 줬어요.
문: 회사 이름을 기억하십니까?
답: {{u:만경대건설총회사}}. 돈은 전부 {{r:길용수}}를 거쳐 대사관으로 갔습니다.
문: 마지막으로, 기록을 위해 성함을 말씀해 주시겠습니까?
답: {{r:방철민}}. 여기서는 다들 "{{r:방}} 씨"라고 해요. {{r:방}} 씨가 방에서 산다고 농담도 하고요.
[통역: 증언자가 웃으며 한 말입니다. 영문 서류에는 {{r:Pang Chol Min}}으로 되어 있다고 합니다.]
문: {{u:두바이 국제공항}}에서는 어떻게 나오셨습니까?
답: 그건 다음에 말하겠습니다. {{p:라주}}가 다칠 수도 있어서요.
문: {{p:라주}}의 성은 아십니까?
답: {{p:라주 쿠마르}}였던 것 같아요. {{u:케랄라}}에서 왔다고 했어요. 딸 이름이 {{p:프리야}}라고, 사진을 보여 줬습니다.""",
    },
    {
        "id": "h20-ko-04",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Ro Yong-su", "로영수", "witness", ["노영수"]),
            ("Ri Myong-gil", "리명길", "supervisor", ["이명길"]),
            ("Rim Chol", "림철", "coworker", ["임철"]),
        ],
        "note": "Follow-up interview record referring back to people named in the first session; 로/노, 리/이, 림/임, 량/양 spelling changes between documents; one-syllable given name 철 beside '철이 없다'; driver proud to share a name with Putin; Kazakh names in Hangul; 오 as surname and in 오후.",
        "text": """2차 면담 기록 (1차: 2022.9.14. / 2차: 2023.2.2.), 장소 {{u:인천}}, 면담자 2인

1. 1차 면담 내용 확인
1차 면담에서 증언자 {{r:로영수}}(남한 서류상 {{r:노영수}})는 2015~2019년 {{u:블라디보스토크}}와 {{u:유즈노사할린스크}}의 아파트 건설 현장에서 일했다고 진술하였다. 1차 기록에는 작업반장이 "{{r:리명길}}"로, 이번에 증언자가 직접 쓴 메모에는 "{{r:이명길}}"로 적혀 있다. 증언자는 같은 사람이라고 확인하였다. 1차 기록의 "{{r:림철}}"이 2차 메모에서 "{{r:임철}}"로 바뀐 것도 같은 인물이다. 증언자는 {{u:남한}}에 와서 맞춤법을 새로 배웠다며 웃었다.

2. {{r:리명길}} 관련 보충
증언자에 따르면 {{r:명길}} 반장은 현장 당 세포비서를 겸했다. "{{r:리}} 반장은 우리 여권을 {{u:스베틀란스카야 거리}} 사무실 금고에 넣어 두었다." 1차에서는 사무실이 {{u:극동연방대학교}} 근처라고 했으나, 이번에는 시내 쪽이었다고 정정하였다. {{r:이명길}}은 2018년 가을 {{u:평양}}으로 소환되었고, 후임은 "{{p:오}} 지도원"이었다. {{p:오}} 지도원은 오후마다 숙소를 돌며 휴대전화를 찾았다.

3. {{r:림철}} 관련 보충
{{r:철}}이는 증언자의 고향 후배로, 1차 면담에서 "제일 아끼던 동생"이라고 했던 인물이다. 증언자는 그를 늘 "{{r:철}}아" 하고 불렀다. "{{r:철}}이는 철이 없었어요. 러시아 여자들한테 말을 걸다가 반장한테 맞기도 하고." 2018년 12월 {{u:사할린}} 현장에서 비계에서 떨어져 손목이 부러졌다. 러시아인 의사 {{p:안나 세르게예브나}}가 깁스를 해 주었는데, {{r:임철}}은 일주일 만에 다시 현장에 나갔다.

4. 1차 면담에서 언급된 기타 인물
- 러시아인 현장소장 "{{p:발로쟈}}"는 1차 기록의 "{{p:블라디미르 페트로프}}"와 같은 사람이다. "{{p:발로쟈}}는 자기가 {{u:블라디미르 푸틴}}이랑 이름이 같다고 자랑했어요."
- 카자흐스탄 출신 미장공 {{p:누를란}}과 그의 아내 {{p:아이게림}}. {{p:누를란}}이 증언자에게 휴대전화를 빌려주었고, {{p:아이게림}}은 {{r:철}}이에게 빵을 싸 주었다.
- 취사원 "{{p:량}} 씨"는 1차 기록에서 "{{p:양}} 씨"로 적혀 있었다. 같은 사람. 본명은 {{p:량금순}}.

5. 이번에 처음 언급된 인물
- 증언자의 형 {{p:로영철}}: 같은 시기 {{u:나홋카}} 수산 현장에 파견. 현재 소식 모름.
- {{u:국가보위성}} 파견원 {{p:한}} 부장: "{{p:한}} 부장이 오면 한 달 동안 외출이 없었다."
- 1차 면담에서 "{{p:문}} 동무"라고만 했던 용접공은 {{p:문성국}}이다. 숙소 문을 고쳐 주던 사람이라 다들 "문 고치는 {{p:문}}"이라고 불렀다. {{p:성국}}은 2019년 초 {{u:블라디보스토크 국제공항}}을 거쳐 귀국했다.
- 중국인 자재 납품업자 {{p:장웨이}}({{p:张伟}}). 증언자는 "{{p:장}} 사장"이라고 불렀다. {{p:장}} 사장은 장을 보러 갈 때 증언자와 {{r:철}}이를 몰래 트럭에 태워 주었고, 그때 {{r:임철}}이 처음으로 바나나를 먹었다고 한다.
- 증언자가 1차 면담 끝에 "그 사람"이라고만 했던 여성은 러시아인 상점 주인 {{p:류드밀라}}({{p:류다}})이다. {{p:류다}}는 외상 장부에 노동자들 이름을 한글로 적게 했다.

6. 면담자 의견
증언자의 진술은 1차와 대체로 일치한다. 인명 표기만 달라졌을 뿐이다. 다만 {{p:발로쟈}}에 관한 부분은 1차보다 훨씬 자세해졌으므로, {{p:블라디미르 페트로프}} 본인에게 사실 확인을 요청할지 검토한다. 3차 면담에서 {{r:로영수}}의 탈출 경로와 {{r:리명길}}의 현재 직책을 확인할 것. {{r:림철}}의 가족에게는 연락하지 않는다.""",
    },
    {
        "id": "h20-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ryu Kwang-jin", "류광진", "relative", ["유광진", "감자"]),
            ("Chon Sun-bok", "전순복", "witness", []),
        ],
        "note": "Mother's account of a son who died on a Moscow building site; 류/유 variant; nickname 감자 beside real potatoes; 석 as surname beside '석 달'; vocative 아; hospital named after a surgeon; Tolstoy and an Uzbek president beside a private Uzbek coworker.",
        "text": """저는 {{r:전순복}}입니다. 아들 {{r:류광진}}이 2016년 겨울 {{u:모스크바}}의 건설장에서 죽었습니다. {{u:남한}}에 와서 아들 이름을 {{r:유광진}}이라고 쓰라고 하는데, 저는 아직도 {{r:류광진}}이라고 씁니다. 우리 {{r:광진}}이는 {{r:류광진}}입니다.

{{r:광진}}이는 어려서부터 감자를 좋아했습니다. 그래서 동네에서는 다들 "{{r:감자}}"라고 불렀지요. {{u:러시아}}로 간다고 했을 때 제가 "{{r:감자}}야, 거기는 감자가 많다더라" 하고 농담을 했습니다. 그 말을 지금도 후회합니다. {{r:광진}}아, 어미가 그런 말을 해서 미안하다.

아들이 떠나던 날 아침, 저는 감자를 삶아 보자기에 싸 주었습니다. 아들은 "어머니, 삼 년만 참으면 집도 고치고 {{p:은하}} 시집도 보냅니다" 하고 웃었습니다. 아들 친구 {{p:혁철}}이가 역까지 배웅했는데, {{p:혁철}}이는 그 뒤에 군대에 갔다고 들었습니다. 저는 역 앞에서 "{{r:광진}}아, 밥 굶지 마라" 하고 소리쳤습니다. 그게 마지막으로 부른 이름입니다.

아들은 2014년 {{u:남포}}에서 떠났습니다. {{u:조선능라888무역회사}} 소속이라고 했습니다. 편지는 세 번 왔습니다. 마지막 편지에는 {{u:붉은광장}}에 한 번 가 보았고, 숙소 근처 책방에서 {{u:톨스토이}} 책을 보았다고 적혀 있었습니다. 책을 좋아하던 아이였습니다.

아들이 죽었다는 소식은 같은 현장에 있던 {{p:석}} 씨가 가져왔습니다. {{p:석}} 씨는 아들이 죽고 석 달 뒤에 귀국해서 밤에 몰래 우리 집을 찾아왔습니다. 본명은 {{p:석일남}}인데, 아들 편지에 "{{p:일남}}이 형"이라고 몇 번 나온 사람입니다. {{p:일남}}이는 문 앞에서 한참을 울고서야 들어왔습니다.

{{p:석}} 씨 말로는, 아들은 12층 골조 작업을 하다 떨어졌다고 합니다. 안전줄이 모자라서 반장이 "젊은 사람은 없어도 된다"고 했답니다. 그 반장 이름은 {{p:표}} 반장이라고만 들었습니다. {{p:표}} 반장은 아들을 병원에 보내지도 않고 두 시간을 기다렸답니다. 나중에야 {{u:스클리포소프스키 응급의학연구소}}로 옮겼는데, 그때는 이미 늦었다고 합니다.

같은 방에 우즈베키스탄 사람 {{p:루스탐}}이 있었는데, {{p:루스탐}}이 아들을 안고 울었다고 {{p:석}} 씨가 말했습니다. {{p:루스탐}}은 자기 나라 대통령 {{u:이슬람 카리모프}}가 죽었을 때보다 더 울었다고 합니다. 러시아 여자 간호사 {{p:올가}}가 아들 손에서 반지를 빼서 {{p:석}} 씨에게 주었습니다. 그 반지는 제 남편 {{p:류창수}}가 젊을 때 끼던 것이었습니다.

회사에서는 "심장병으로 사망"이라는 종이 한 장과 유골함을 보냈습니다. 돈은 한 푼도 없었습니다. 보위부 사람이 와서 {{p:석}} 씨를 만난 적이 있느냐고 물었을 때, 저는 모른다고 했습니다. 그 뒤로 {{p:일남}}이를 다시 보지 못했습니다.

사람들은 왜 이제 와서 이런 이야기를 하느냐고 묻습니다. 북에서는 말할 곳이 없었고, 여기 와서도 한동안은 무서웠습니다. {{u:하나원}}에서 같은 방을 쓴 {{p:정애}} 언니가 이런 기록을 모으는 단체가 있다고 알려 주었습니다. 교회의 {{p:김}} 목사님이 이 단체에 연락을 해 주셨고요. {{p:정애}}는 자기 남편도 {{u:쿠웨이트}}에서 일하다 허리를 다쳤다고 했습니다. 세상에 이런 어미가 저 하나만은 아니더군요.

저는 2019년에 딸 {{p:류은하}}와 함께 나왔습니다. {{p:은하}}는 지금 간호조무사 공부를 합니다. 이 기록이 어디에 쓰이든, 우리 아들 {{r:류광진}}의 이름만은 지우지 말아 주십시오. 다만 {{p:석일남}} 씨와 {{p:은하}}의 이름은 꼭 지워 주십시오.""",
    },
    {
        "id": "h20-ko-06",
        "language": "ko",
        "eol": "crlf",
        "persons": [],
        "note": "KakaoTalk export between two former Oman construction workers; no registered persons; display names with kinship word and emoji; nicknames that are ordinary words (까치, 안경) beside the words themselves; zero-width space and soft hyphen inside names; mosque, university and airport named after the sultan; 송 as surname.",
        "text": """{{p:명수}}형 🐻 님과 카카오톡 대화
저장한 날짜 : 2023-04-11 22:40

--------------- 2023년 4월 4일 화요일 ---------------
[{{p:까치}}] [오후 9:12] 형 자요?
[{{p:까치}}] [오후 9:12] 아 오늘 {{p:은숙}}이 누나 만났어요. 형 안부 묻던데
[{{p:명수}}형 🐻] [오후 9:13] 아니 왜
[{{p:까치}}] [오후 9:13] 그 단체에서 또 연락 왔어요. {{u:오만}} 얘기 해 달래요
[{{p:명수}}형 🐻] [오후 9:15] 너 이름 나가는 거 아니지?
[{{p:까치}}] [오후 9:15] 다 지운대요. 형 이름도 지운대요 ㅋㅋ {{p:명\u200b수}} 이렇게 써도 다 찾아서 지운다고
[{{p:명수}}형 🐻] [오후 9:16] ㅋㅋ {{p:까치}}가 말 많으면 안 좋은 일 생긴다
[{{p:까치}}] [오후 9:17] 까치는 반가운 소식 전하는 새예요 형
[{{p:명수}}형 🐻] [오후 9:18] 알았다. {{p:송}} 반장 얘기는 하지 마라. {{p:송}} 반장 아직 {{u:평양}}에 있다더라
[{{p:까치}}] [오후 9:18] {{p:송학철}}이요? 그 사람 {{u:무스카트}}에서 우리 돈 다 가져갔잖아요
[{{p:명수}}형 🐻] [오후 9:20] 그러니까. 그리고 {{p:안경}}이 생각나냐
[{{p:까치}}] [오후 9:21] {{p:안경}}이 형이요? 안경 잃어버리고 사흘 동안 벽돌 못 쌓던 ㅋㅋ
[{{p:명수}}형 🐻] [오후 9:22] 걔 본명 {{p:도경훈}}. {{p:경훈}}이 작년에 {{u:하나원}} 나왔다더라
[{{p:까치}}] [오후 9:22] 헐 진짜요?? {{p:경훈}}이 형 살아 있었네
[{{p:명수}}형 🐻] [오후 9:24] 스폰서 {{p:살림}} 기억나? {{p:Sa\u00adlim Al Harthi}}. 그 사람 아들 {{p:아흐메드}}가 우리한테 물 갖다줬잖아
[{{p:까치}}] [오후 9:25] 기억나죠. {{p:아흐메드}} 때문에 그 여름 살았어요. 방글라데시 {{p:카림}}도요
[{{p:명수}}형 🐻] [오후 9:26] {{p:카림}}이 {{u:술탄 카부스 그랜드 모스크}} 구경시켜 준다고 했다가 {{p:송}} 반장한테 걸렸지
[{{p:까치}}] [오후 9:27] 그날 형이 대신 맞았잖아요
[{{p:명수}}형 🐻] [오후 9:28] 지난 얘기다
[{{p:명수}}형 🐻] [오후 9:29] 그때 현장 감독이 인도 사람 {{p:수레시}}였지? {{p:수레시}}가 병원 가라고 소리 질렀던 거 기억난다
[{{p:까치}}] [오후 9:29] 네 {{p:수레시}} 아저씨요. 그 아저씨 딸 결혼식 사진도 보여 줬잖아요
[{{p:까치}}] [오후 9:30] 단체 사람이 {{u:술탄 카부스 대학교}} 옆 병원 기록도 찾았대요. {{p:경훈}}이 형 팔 부러졌을 때
[{{p:명수}}형 🐻] [오후 9:31] 그건 {{p:경훈}}이한테 먼저 물어봐라
[{{p:까치}}] [오후 9:33] 네. 근데 형, 형은 진짜 이름 {{p:전명수}} 맞죠? 서류에 {{p:Jon Myong Su}}라고 돼 있어서
[{{p:명수}}형 🐻] [오후 9:34] 맞다. 여권엔 그렇게 돼 있었지. {{u:무스카트 국제공항}}에서 {{p:송}} 반장이 여권 걷어 갔을 때가 마지막으로 본 거다
[{{p:까치}}] [오후 9:35] 저도 여권 그때 보고 못 봤어요
[{{p:까치}}] [오후 9:35] 아 그리고 형 {{p:옥}} 선생 기억나요? 통역하던 {{p:옥순영}}
[{{p:명수}}형 🐻] [오후 9:35] 옥 같은 사람이었지. {{p:옥}} 선생은 우리 편이었다
[{{p:까치}}] [오후 9:36] {{p:순영}} 선생 남편이 {{u:주오만 북한대사관}} 참사였다던데
[{{p:명수}}형 🐻] [오후 9:36] 그러니까 그 얘기도 하지 마라. 사람 다친다
[{{p:명수}}형 🐻] [오후 9:36] 자라 {{p:진우}}야. 내일 {{u:통일부}} 가는 날이잖아
[{{p:까치}}] [오후 9:36] 네 형 🙏 잘 자요""",
    },
    {
        "id": "h20-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Choe Sol-hwa", "최설화", "witness", []),
            ("Nam Hye-ryon", "남혜련", "supervisor", []),
        ],
        "note": "Timeline written as dated lines, Dandong garment factory; given name 설화 beside 옛 설화 (folk tale); 남 as surname beside 남쪽; 편 as surname beside 우리 편; 老 outside; hanzi names; bridge, orchestra and Security Council as public names.",
        "text": """연표: 증언자 {{r:최설화}}의 중국 파견 기간 (면담 3회 종합, 작성 {{p:HJ}}, 2019.11.)

2013.03.      {{u:평안북도}} {{u:신의주}}에서 선발. 인솔 책임자 {{r:남혜련}}(당시 40대 여성).
2013.04.02.   {{u:신의주}} 출발, {{u:중조우의교}}로 {{u:압록강}}을 건넘. 버스로 {{u:단둥}} 도착. 같은 버스에 여성 44명.
2013.04.      {{u:단둥}} 시내 의류공장 {{u:단둥화신복장유한공사}} 배치. 재봉 2반. 반장 {{p:편옥실}}.
2013.06.      {{p:편}} 반장이 증언자를 "우리 편"이라며 감싸 줌. 이후 줄곧 2반.
2013.08.      조선족 통역 {{p:김춘화}}를 통해 임금 구조를 앎. 월 2,000위안 중 본인 몫 없음.
2014.01.      {{u:김정은}} 신년사 필사 경연. {{r:설화}} 1등, 상품은 수건 한 장.
2014.06.      재봉틀 바늘이 왼손 검지를 관통. 중국인 라인장 老{{p:李}}({{p:리훙}}, {{p:李红}})가 {{u:단둥시중심병원}}에 데려가려 했으나 {{r:남}} 지배인이 거부. 공장 의무실에서 처치.
2014.11.      2반 {{p:미향}}, {{p:정란}} 귀국. 사유 불명. {{p:미향}}은 귀국 전날 증언자에게 머리핀을 줌.
2015.02.      설 특별 학습. {{u:모란봉악단}} 공연 영상 시청 의무.
2015.09.      기숙사 화재 경보. {{p:정란}} 후임으로 온 {{p:송미}} 연기 흡입. {{r:혜련}} 동무가 "밖에 알리지 말라" 지시.
2016.03.      {{u:유엔 안전보장이사회}} 결의 이후 외출 전면 금지. 휴대전화 검사 주 2회.
2016.07.      {{r:남혜련}} 귀국, 후임 {{p:방}} 지배인(남성, 이름 모름). {{p:방}} 지배인은 여성 숙소 방 검사를 직접 함.
2016.12.      {{p:방}} 지배인이 작업 할당량을 하루 120벌로 올림. 2반 {{p:송미}}가 쓰러짐. 老{{p:李}}가 포도당 주사를 사 옴.
2017.02.      {{u:말레이시아}} 사건 소식이 공장 중국인들 사이에 돎. 북측 관리자들이 중국 신문을 모두 수거.
2017.05.      중국인 동료 {{p:류옌}}({{p:刘燕}})의 휴대전화로 {{u:서울}}에 사는 삼촌 {{p:최용남}}과 첫 통화.
2017.10.14.   탈출. {{p:류옌}}의 오빠 {{p:류강}}이 차로 {{u:선양}}까지 태워 줌.
2018.02.      {{u:쿤밍}}을 거쳐 {{u:라오스}} 입국, {{u:비엔티안}}에서 한국대사관 보호.
2018.05.      {{u:인천국제공항}} 도착.
2019.03.      {{u:하나원}} 수료. 삼촌 {{p:용남}} 씨 집에 거주.
2019.09.      1차 면담. 증언자는 {{p:류옌}}에게 감사 편지를 쓰고 싶다고 함.

비고
1. 증언자는 {{r:남혜련}}을 "{{r:남}} 지배인", "{{r:혜련}} 동무", "{{r:남혜련}}이"로 번갈아 부름. 남쪽에 온 뒤에는 "그 여자"라고만 함.
2. 증언자 이름 {{r:설화}}와, 공장 문화실에서 읽던 옛 설화 책 이야기를 혼동하지 말 것. 증언자는 "제 이름이 {{r:설화}}라서 설화 책을 다 읽었다"고 말함. 이 문장의 앞쪽은 이름이다.
3. 老{{p:李}}와 {{p:류옌}}은 중국 측 피해 우려가 있으므로 보고서에서 완전히 삭제.
4. 면담 중 증언자가 {{p:미향}}이 소식을 물음. 알려진 바 없음.
5. 증언자의 어머니 {{p:박명숙}}, 남동생 {{p:최설봉}}은 {{u:신의주}}에 남아 있음. 남동생 이름이 증언자와 한 글자 같으므로 부분 표기도 피할 것.
6. 2014.06.의 손가락 부상 사진은 증언자가 보관. 사진 속 붕대에 "{{r:최설화}}"라고 적혀 있으므로 공개 시 가릴 것.""",
    },
    {
        "id": "h20-ko-08",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Pae Yong-ho", "배영호", "witness", []),
        ],
        "note": "Smuggled letter from an Ulaanbaatar building site to a wife, with an NGO note; surname 배 beside 배 (belly, ship); 신 as surname beside 신 (shoes); vocative and affectionate forms of children's names; Mongolian names and a short form in Hangul; Genghis Khan statue, square and airport.",
        "text": """[편지 원문. 2019년 12월, {{u:울란바토르}}에서 작성. 몽골인 {{p:바트바야르}}를 통해 {{u:중국}}을 거쳐 2020년 봄 전달됨.]

사랑하는 {{p:옥희}}에게

당신이 이 편지를 받을 때쯤이면 새해가 되었겠구려. 나는 잘 있소. 배도 곯지 않고, 추위도 견딜 만하오. 여기 사람들은 나를 "{{r:배}} 씨", "{{r:배}} 기사"라고 부르오. 처음에는 배를 만드는 사람이냐고 묻는 몽골 사람도 있었소.

우리 현장은 {{u:수흐바타르 광장}}에서 멀지 않은 아파트 공사장이오. 지난달에는 {{u:칭기즈칸}} 기마상이 있는 데까지 자재를 실으러 갔는데, 그 동상이 얼마나 큰지 {{p:대성}}이가 보면 입을 다물지 못할 것이오. {{p:대성}}아, 아버지가 돌아가면 그 이야기를 다 해 주마. {{p:소연}}이는 이제 학교에 들어갔겠지. {{p:소연}}아, 어머니 말씀 잘 들어라.

반장은 {{p:신}} 반장이오. 당신도 아는 {{u:함흥}} {{p:신태국}}이오. {{p:신}} 반장이 겨울 신을 한 켤레씩 나눠 주었는데, 그것도 나중에 월급에서 뗀다고 하오. 월급이라는 것도 나는 아직 구경을 못 했소. 계획분을 내고 나면 남는 것이 없다 하오. 이 말은 누구에게도 하지 마시오.

몽골 사람 {{p:바트바야르}}는 우리가 {{p:바트}}라고 부르는 운전수인데, 참 좋은 사람이오. 그 집 부인 {{p:오윤체첵}}이 지난 명절에 고기만두를 쪄서 보내 주었소. 우리 방 여덟 사람이 나누어 먹고 {{p:상철}}이는 울었소. {{p:상철}}이 어머니가 만두를 잘 빚었다고 하오. 당신이 {{p:상철}}이네 집에 가서, 아들이 잘 있다고만 전해 주오. 울었다는 말은 하지 말고.

{{p:동혁}}이 형님 소식은 들었소? 작년에 {{u:러시아}}로 간 {{p:전동혁}} 말이오. 그 집 형수 {{p:금란}} 씨에게 안부 전해 주오.

여기 겨울은 고향보다 더 춥소. 영하 사십 도까지 내려가는 날에는 콘크리트가 얼어서 일을 못 하는데, 그런 날에도 {{p:신}} 반장은 우리를 밖에 세워 두오. 지난달에 {{p:상철}}이가 손가락에 동상을 입었는데, 몽골 의사 {{p:간바트}} 선생이 약을 발라 주었소. 의사 선생은 돈을 받지 않았소. 그 집 딸 {{p:솔롱고}}가 한국 노래를 좋아한다며 불러 달라고 해서, 우리는 고향 노래를 불러 주었소. {{p:솔롱고}}라는 말이 몽골말로 무지개라고 하오. 돈은 조금 모았소. 그것은 {{p:바트}}에게 맡겨 두었으니 걱정 마오.

지난주에 보위지도원 {{p:마}} 동무가 와서 사진을 찍어 갔소. 편지를 쓰는 것은 허락을 받아야 하는데, 이 편지는 허락 없이 쓰는 것이오. 그러니 읽고 나면 태워 주오. 나는 {{u:칭기즈칸 국제공항}}에 내린 날부터 하루도 당신 생각을 안 한 날이 없소.

몸조심하오. 봄에 또 쓰리다.

{{u:울란바토르}}에서, 당신의 {{r:영호}}

[단체 메모, 2021.8.] 작성자 {{r:배영호}}는 2021년 탈북하여 현재 {{u:서울}} 거주. 본인 동의하에 편지 사본을 보관함. 수신인 {{p:옥희}}(본명 {{p:허옥희}})와 자녀 {{p:배대성}}, {{p:배소연}}은 {{u:북한}}에 있으므로 모든 이름을 지울 것. 전달자 {{p:바트}}의 실명도 공개 금지. {{r:배영호}} 씨 말로는 {{p:오윤체첵}}이 만든 만두 이야기는 사실이며, 그 뒤 {{p:신}} 반장이 {{p:바트}}와의 접촉을 금지했다고 함. 편지 속 "{{p:마}} 동무"는 보위지도원 {{p:마철준}}으로 확인됨. {{r:영호}} 씨 말로는 {{p:마}} 동무가 마지막 몇 달 동안 편지 검열을 강화했는데, 마침 그때 {{p:바트}}가 {{u:자민우드}} 국경을 오가는 화물 일을 해서 편지를 전할 수 있었다고 함.""",
    },
    {
        "id": "h20-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ma Song-hyok", "마성혁", "supervisor", []),
            ("U Jong-gil", "우정길", "witness", []),
            ("Pyon Kum-chol", "변금철", "coworker", []),
            ("Thak Yong-il", "탁영일", "coworker", []),
        ],
        "note": "Team roster with roles, Blagoveshchensk housing site; four registered persons; surnames 마, 공, 우, 변, 탁, 어 beside ordinary words (마, 공, 어); Russian diminutive Gosha; Tajik and Uzbek names; Lenin Square, university and river as public names.",
        "text": """{{u:아무르주}} {{u:블라고베셴스크}} 주택건설 현장 제3작업반 명단 (2016~2018)
증언자 {{r:우정길}}의 기억에 따라 작성. 괄호 안은 다른 표기 또는 별명.

1. 작업반장: {{r:마성혁}} (40대, {{u:청진}}). "{{r:마}} 반장". 술을 마시면 "마, 이리 와 봐" 하고 부르는 버릇.
2. 당세포비서: {{p:공명수}}. 별명 "{{p:빵점}}". 학습 시험 점수를 늘 공 점으로 매겨서. {{p:공}} 비서는 {{r:마성혁}}보다 높은 사람처럼 굴었다.
3. 부반장 겸 자재 담당: {{p:어상국}}. "{{p:어}} 부반장". 증언자 말: "어, 그 사람은 돈 계산만 했다."
4. 미장공: {{r:변금철}}. 증언자와 동갑. "{{r:금철}}아"라고 부름. 2017년 여름 추락, 골반 골절.
5. 용접공: {{r:탁영일}} ({{r:영일}}이). {{r:변금철}}을 업고 병원까지 뛰어간 사람.
6. 목수: {{p:심학수}}. "{{p:심}} 노인". 현장에서 제일 나이 많음. 심심하면 옛날 {{u:천리마}} 시절 이야기를 했다.
7. 목수: {{p:표광일}}.
8. 철근공: {{r:우정길}} (증언자 본인). 사람들은 "{{r:정길}}이" 또는 "{{r:우}} 동무".
9. 철근공: {{p:길성남}}. 증언자 이름과 '길' 자가 겹쳐 "큰 {{p:길}}", 증언자는 "작은 {{r:정길}}"로 구분.
10. 취사원: {{p:라금옥}} (여, 유일한 여성).
11. 잡부: {{p:하명철}}. "{{p:하}} 막내". 열아홉 살.
12. 잡부: {{p:은광호}}. "{{p:은}} 씨". 은반지를 늘 끼고 다녀서 다들 놀림.

현장 관계자 (북한 측 아님)
- 러시아인 현장소장 {{p:이고리 바실리예비치}}. 다들 "{{p:고샤}}"라고 부름.
- 타지키스탄 출신 반장 {{p:파르비즈}}. {{p:파르비즈}}의 동생 {{p:자말}}도 같은 현장.
- 우즈베키스탄 출신 운전수 {{p:오타벡}}. {{r:변금철}}이 다쳤을 때 {{p:오타벡}}의 차로 {{u:아무르주 병원}}에 감.

증언자 보충 설명
{{r:마}} 반장은 한 달에 한 번 {{u:레닌 광장}} 근처 사무실에서 러시아 측과 돈을 주고받았다. 그 자리에는 {{p:공}} 비서와 {{p:어}} 부반장만 갔다. {{r:금철}}이가 다친 날, {{r:마성혁}}은 처음에 병원에 보내지 말라고 했다. {{r:영일}}이가 "반장 동지, 사람이 죽습니다" 하고 소리를 질렀고, {{p:고샤}}가 뛰어와서 {{p:오타벡}}을 불렀다. 그 일로 {{r:탁영일}}은 자기비판을 했다.
{{r:변금철}}은 석 달 뒤 귀국했다. 귀국 전날 {{u:아무르강}} 건너 {{u:헤이허}}의 불빛을 보며 "저기도 우리 같은 사람이 있겠지" 했다고 한다.
{{p:심}} 노인은 2018년 봄에 숨졌다. 공식 사인은 심장마비. 증언자는 {{p:라금옥}}이 {{p:심학수}}의 시신을 닦아 주었다고 기억한다.
{{p:하명철}}은 {{r:마성혁}}의 조카라는 소문이 있었다. 그래서인지 {{r:마}} 반장은 {{p:명철}}이에게만 쉬운 일을 주었다. {{p:은광호}}는 2017년 겨울 현장에서 사라졌는데, {{p:공}} 비서는 "귀국했다"고만 했다. 증언자는 {{p:광호}}가 {{p:파르비즈}}의 도움으로 {{u:모스크바}}로 갔다고 믿는다.
{{u:아무르 국립대학교}} 학생 {{p:다샤}}가 러시아어를 가르쳐 주겠다고 했으나 {{p:공명수}}가 막았다.

증언자는 명단을 쓰다가 {{r:탁영일}}의 이름 앞에서 한참 멈췄다. "{{r:영일}}이는 지금 어디 있는지 몰라요. 어디든 탁 트인 데서 살았으면 좋겠어요." {{p:라금옥}} 아주머니에 대해서는 "우리 모두의 어머니였다"고만 말했다. {{p:금옥}} 아주머니는 2018년 여름 {{r:마}} 반장과 함께 귀국했다.

기록자 메모: 증언자는 {{r:우정길}}의 이름이 공개되는 것은 괜찮지만 나머지 모두의 이름은 지워 달라고 요청함. 특히 {{r:탁영일}}과 {{r:변금철}}.""",
    },
    {
        "id": "h20-ko-10",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Hong Yong-il", "홍영일", "witness", ["HONG YONG IL"]),
            ("Mo Chang-hun", "모창훈", "supervisor", []),
        ],
        "note": "Translated accident report and insurance claim, Polish greenhouse farm; surname 모 beside '모 씨' (so-and-so, not a name) and 모 (seedling); Latin caps form of the registered worker; Polish names and a diminutive in Hangul; hospital named after John Paul II; Chopin airport.",
        "text": """[번역본] 산업재해 경위서 및 보험금 청구서 첨부 자료
원문: 폴란드어. 보험사: {{u:PZU}}. 사건 번호 PL-2017-0932. 번역: 단체 자원봉사자 {{p:ㄱㅁㅈ}}.

1. 피보험자
성명: {{r:HONG YONG IL}} ({{r:홍영일}}), 1981년생, 국적 {{u:조선민주주의인민공화국}}
고용주: {{u:아그로폴 유한회사}}, {{u:마워폴스카주}} 토마토 온실 농장
현장 책임자(북한 측): {{r:MO CHANG HUN}} ({{r:모창훈}})
폴란드 측 농장 관리인: {{p:마레크 비시니에프스키}}

2. 사고 경위 (관리인 진술)
2017년 7월 11일 오후, 피보험자 {{r:홍영일}}은 온실 천장 환기창을 수리하던 중 약 4미터 높이에서 떨어졌다. 당시 안전모와 안전줄은 지급되지 않았다. 관리인 {{p:비시니에프스키}} 씨가 구급차를 부르려 했으나 북한 측 책임자 {{r:모}} 씨가 "우리 사람은 우리가 처리한다"며 제지했다. 약 한 시간 뒤 관리인이 직접 피보험자를 {{u:크라쿠프}}의 {{u:요한 바오로 2세 병원}}으로 이송했다.

3. 의료 기록 요약
담당의: {{p:얀 코발치크}}. 진단: 좌측 대퇴골 골절, 뇌진탕. 입원 9일.
간호사 {{p:카타지나 코발스카}}(동료들은 "{{p:카시아}}")의 메모: 환자는 통역 없이 "돈, 돈"이라고만 반복함. 북한 측 통역 {{p:리성희}}가 매일 와서 환자와 단둘이 이야기하길 원함.
병원 사회복지사 {{p:아그니에슈카 레반도프스카}}의 메모: 환자가 말을 하지 않아, 축구 선수 {{u:레반도프스키}}와 성이 같다고 하며 공 차는 흉내를 냈더니 처음으로 웃음. 물리치료사 {{p:토마시}}가 목발 사용법을 가르침.

4. 동료 진술 (통역 경유)
동료 노동자 모 씨(익명 요청)는, {{r:모}} 반장이 사고 직후 다친 사람보다 바닥에 쏟아진 토마토 모종을 먼저 치우라고 했다고 진술함. (번역자 주: 여기서 '모 씨'는 이름을 밝히지 않는다는 뜻이며 책임자 {{r:모창훈}}의 성과는 관계없다. '모종'의 '모'도 마찬가지다.)
우크라이나인 계절노동자 {{p:올렉산드르}}는 피보험자를 "{{r:홍}}"이라 부르며 병원에 두 번 찾아감. {{p:사샤}}({{p:올렉산드르}})는 {{r:영일}}에게 휴대전화로 가족 사진을 보여 주었다.

5. 청구 내용
치료비 18,420즈워티, 휴업 급여 3개월분. 휴업 급여 수령 계좌가 피보험자 본인이 아니라 {{r:모창훈}} 명의로 되어 있어 보험사가 지급을 보류함. {{r:모}} 씨는 "노동자들이 은행을 쓸 줄 모른다"고 설명함.

6. 후속 경과
피보험자는 2017년 8월 2일 {{u:바르샤바 쇼팽 공항}}에서 출국. 이후 연락 두절. 관리인 {{p:마레크}}는 {{u:폴란드 국가노동감독청}}에 신고했으나 회신 없음. 2019년 {{r:홍영일}}이 {{u:서울}}에서 본 단체에 연락해 옴. 본인은 "{{r:영일}}이라는 이름만 빼면 다 써도 된다"고 했으나, 단체는 전부 가리기로 함.
7. 피보험자 본인 진술 (2019년, {{u:서울}})
"{{r:모}} 반장은 나쁜 사람이라기보다 겁이 많은 사람이었습니다. 사고가 나면 자기가 {{u:평양}}에 불려 간다고 했어요. 병원에서 {{p:카시아}} 간호사가 저한테 폴란드 말로 '괜찮아, 괜찮아' 했는데, 그 말을 지금도 기억합니다. 통역 {{p:리성희}}는 제가 병원에서 무슨 말을 했는지 매일 적어 갔습니다. 퇴원하던 날 {{p:마레크}} 씨가 봉투를 줬는데, 공항에서 {{r:모창훈}}이 가져갔습니다. 그 봉투에 얼마가 들어 있었는지 저는 모릅니다."
번역자 덧붙임: 병원 이름의 "{{u:요한 바오로 2세}}"는 교황 이름이므로 가리지 않는다. 간호사 {{p:카시아}}의 성은 가린다.""",
    },
    {
        "id": "h20-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Tong-chol", "리동철", "witness", ["Lee Dong-chul"]),
            ("Choe Il", "최일", "supervisor", ["Choi Il"]),
        ],
        "note": "Interviewer's notes in English with Korean quotations, Vladivostok construction; one-syllable given name Il/일 beside 일 (work) and Kim Il Sung; Kang/Gang variant; Russian diminutive Lyokha; Lao outside; ferry and bridge as public names.",
        "text": """Notes, int. #2021-07, {{u:Busan}}, 2 sessions (AM/PM). W = {{r:Ri Tong-chol}} / {{r:리동철}} ({{u:ROK}} ID: {{r:Lee Dong-chul}}). Interpreter not needed; W switches to Korean when upset.

- 2016-19 {{u:Vladivostok}}: apartment blocks on {{u:Russky Island}}, later a hotel off {{u:Svetlanskaya Street}}. Arrived on the {{u:Mangyongbong-92}} from {{u:Rajin}}.
- TL: {{r:Choe Il}} ({{r:최일}}), ~50, from {{u:Hamhung}}. W: "{{r:최일}} 반장은 일밖에 몰랐어요. 그래서 다들 '{{r:일}} 반장'이라고 했죠." (pun: 일 = work). In Russian paperwork "{{r:Choi Il}}".
- W insists {{r:Il}} was not the worst. Worst = security man from consulate, "{{p:방}} 선생" / Mr {{p:Bang}}, came Thursdays. Portraits of {{u:Kim Il Sung}} and {{u:Kim Jong Il}} checked by {{p:Bang}} with a white glove.
- Coworkers named: {{p:Kang Myong-hwan}} ("{{p:강명환}}이", in Russian list {{p:Gang M.}}); {{p:Tae-u}} (surname ?), 18 y.o., "막내"; cook {{p:Yu}} ("{{p:유}} 아바이"). {{p:Tae-u}} and {{p:Myong-hwan}} slept either side of W.
- Russian foreman {{p:Alexei Dmitrievich}} = "{{p:Lyokha}}". W: "{{p:료하}}가 우리한테 담배를 줬어요. {{r:최}} 반장도 {{p:료하}}한테는 못 이겼어요."
- Chinese supplier Lao {{p:Chen}} (老{{p:陈}}), sold instant noodles on credit. W owes him 300 roubles "still".
- 2017 Sept: {{p:Myong-hwan}} fell from 9th floor. Died? W: "{{p:명환}}이는 그 자리에서 갔어요." Body to {{u:Rajin}} by ship. {{r:Choe}} told the men it was "heart failure". W says {{p:Lyokha}} photographed the site after; ask.
- {{u:APEC}}-era infrastructure: W saw {{u:Russky Bridge}} and the {{u:Far Eastern Federal University}} campus from the site. Pride + shame.
- Money: ~$900/mo contract, W received 2,000 roubles/mo. Rest = "plan" to {{u:Pyongyang}}. {{r:Il}} kept ledger, showed W once.
- Escape 2019: helped by a Korean-Russian church woman, "{{p:Sveta}} 집사님" ({{p:Svetlana Kim}}?). DO NOT RECORD further.
- W asked twice whether {{r:최일}} will "get in trouble". Reassured: we publish no names.

PM session:
- W corrected AM: {{p:Tae-u}}'s surname = {{p:Do}}. "{{p:도태우}}. 도대체 왜 그걸 잊었는지." ({{p:Do Tae-u}}).
- W remembers {{p:Tae-u}} crying on {{u:Kim Jong Un}}'s birthday because there was no meat.
- W's wife {{p:Chae Ok-sun}} ({{p:채옥순}}) in {{u:Hamhung}}; W fears for her. {{p:Ok-sun}} does not know he left.

F/u: Lao {{p:Chen}} contact? {{p:Lyokha}} photos? Confirm spelling {{r:Ri}} vs {{r:Lee}} for report index.""",
    },
    {
        "id": "h20-mixed-02",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Jong Kum-sil", "정금실", "witness", ["Jung Geum-sil"]),
            ("Ryu Son-hwa", "류선화", "supervisor", ["Yu Son-hwa"]),
        ],
        "note": "Bilingual Q/A, English questions and Korean answers with interpreter's English renderings, Yanji garment factory; Jong/Jung and Ryu/Yu variants; a broker called Jin in Chinese and 김 in Korean; Chinese names in pinyin, hanzi and Hangul; 정 as affection; 선화 also an ordinary word.",
        "text": """Interview transcript, {{u:Seoul}}, 18 Aug 2022. Q (English) / A (Korean) / [T] = interpreter's rendering.

Q: Please state your name as you want it in our file.
A: {{r:정금실}}입니다. 여권에는 {{r:Jong Kum Sil}}, 여기 주민등록에는 {{r:Jung Geum-sil}}로 돼 있어요.
[T] {{r:Jong Kum-sil}}; South Korean spelling {{r:Jung Geum-sil}}.
Q: Where did you work?
A: {{u:연길}}에 있는 봉제공장이요. {{u:Yanji}}. 중국 회사였는데 이름은 {{u:연변금달래복장}}.
Q: Who was the North Korean manager?
A: {{r:류선화}} 지배인이요. 우리는 "{{r:류}} 지배인"이라고 불렀어요.
[T] Manager {{r:Ryu Son\u00adhwa}}. Note: in South Korean documents the same surname is written {{r:Yu}}, so you may also see {{r:Yu Son-hwa}}.
Q: How did Manager {{r:Ryu}} treat the women?
A: 정이 없는 사람은 아니었어요. 근데 위에서 시키면 다 했어요. {{r:선화}} 지배인이 우리 편지를 다 뜯어봤어요.
[T] She says Manager {{r:Son-hwa}} was not without feeling, but did everything she was ordered to, including opening all their letters. "정" here means affection, not a name.
Q: Were there Chinese staff?
A: 라인장 {{p:류팡}}. {{p:Liu Fang}}. {{p:刘芳}}. 그 언니가 우리한테 잘해 줬어요. 우리 지배인도 {{r:류}}, 그 언니도 {{p:류}}라서 헷갈렸어요.
[T] Line leader {{p:Liu Fang}}. The witness notes that the Chinese surname {{p:Liu}} and the Korean surname {{r:Ryu}} sound the same in Korean.
Q: How did you leave the factory?
A: 브로커가 있었어요. 조선족 {{p:김}} 사장. 중국 사람들은 "{{p:金}}老板", "{{p:Jin}} 사장"이라고 했어요.
[T] A Korean-Chinese broker. She calls him Boss {{p:Kim}}; the Chinese called him Boss {{p:Jin}}. It is the same character, {{p:金}}. Same man.
Q: Do you know his full name?
A: {{p:김철호}}... 아니, {{p:김철수}}였나. {{p:철수}}인지 {{p:철호}}인지 모르겠어요.
Q: That's fine. Anyone else who helped?
A: 공장 경비 아저씨, {{p:왕}} 씨. {{p:왕}} 씨가 문을 열어 줬어요. 그리고 같이 도망친 {{p:향순}}이. {{p:계향순}}. {{p:향순}}이는 지금 {{u:인천}}에 살아요.
[T] A guard, Mr {{p:Wang}}, opened the gate; she escaped with {{p:Kye Hyang-sun}}, who now lives in {{u:Incheon}}.
Q: What happened to Manager {{r:Ryu}} afterwards?
A: 들은 얘기로는 {{u:평양}}으로 소환됐대요. {{p:향순}}이 언니가 {{u:신의주}} 사람한테 들었대요.
Q: Is there anything you want to add?
A: '선화'라는 말이 '착한 꽃'이라는 뜻이래요. 그 사람하고는 안 어울렸어요.
[T] She is joking that "선화" means "good flower" and did not suit Manager {{r:Ryu}}. Here 선화 is the meaning of the word; the person is {{r:Ryu Son-hwa}}.""",
    },
    {
        "id": "h20-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [],
        "note": "WhatsApp export between a Korean NGO researcher and an Egyptian engineer about Kuwait sites; no registered persons; So/Do/Ma as surnames beside ordinary 'so', 'do', 'ma'; Abu/Umm names; soft hyphen inside a name; emoji beside names; hospital, university and cultural centre named after emirs.",
        "text": """WhatsApp chat export, {{p:Soo-jin}} (NGO) ↔ {{p:Mahmoud}} (engineer, {{u:Egypt}}). Exported 2022-10-03.

03/10/2022, 19:02 - {{p:Soo-jin}}: Hello Eng. {{p:Mahmoud}}, this is {{p:Soo-jin}} from the documentation project. Thank you for your time 🙏
03/10/2022, 19:05 - {{p:Mahmoud}} 🇪🇬: welcome. ask what you want. I was site engineer 2013-2018 in {{u:Kuwait}}, {{u:Jaber Al-Ahmad}} city housing
03/10/2022, 19:06 - {{p:Soo-jin}}: How many North Korean workers?
03/10/2022, 19:08 - {{p:Mahmoud}} 🇪🇬: around 90. their chief we called Mr {{p:So}}. so quiet man. {{p:So}} never ate with us
03/10/2022, 19:08 - {{p:Mahmoud}} 🇪🇬: and his assistant, young, Mr {{p:Do}}. what can they do, they had no choice
03/10/2022, 19:10 - {{p:Soo-jin}}: 혹시 그분들 full name 기억하세요? Sorry, I mean full names?
03/10/2022, 19:11 - {{p:Mahmoud}} 🇪🇬: {{p:So Kwang-nam}} I think. the other one {{p:Do}} something. {{p:Do Hyon}}? my wife {{p:Umm Yousef}} remembers better, she cooked for them on Eid
03/10/2022, 19:12 - {{p:Mahmoud}} 🇪🇬: also there was one worker they called {{p:Ma}}, old man. {{p:Ma}} had very bad hands from cement. ma sha allah he still worked
03/10/2022, 19:14 - {{p:Soo-jin}}: Was anyone injured or sick?
03/10/2022, 19:16 - {{p:Mahmoud}} 🇪🇬: yes. 2015 summer, 51 degrees. a young one fell down, heat. I took him to {{u:Jaber Al-Ahmad Hospital}} myself. Mr {{p:So}} was very angry, said I must not
03/10/2022, 19:16 - {{p:Mahmoud}} 🇪🇬: the boy name was {{p:Chol-jin}}. he wrote it on my hand: {{p:철진}}
03/10/2022, 19:18 - {{p:Soo-jin}}: 아... {{p:철진}}. Thank you. Do you know what happened to him?
03/10/2022, 19:20 - {{p:Mahmoud}} 🇪🇬: sent home after two weeks. my foreman {{p:Abu Ali}} drove him to airport. {{p:Abu Ali}} is Syrian, he cried also
03/10/2022, 19:22 - {{p:Mahmoud}} 🇪🇬: my colleague {{p:Mah\u00admoud Saleh}} (same name as me haha 😅) has photos of the camp. should I ask him?
03/10/2022, 19:23 - {{p:Soo-jin}}: Yes please, only if it is safe for him. 사진은 얼굴 가리고 쓸게요
03/10/2022, 19:24 - {{p:Mahmoud}} 🇪🇬: ok. also, {{p:Ma}} gave my son a small wooden bird. my son {{p:Yousef}} has it still
03/10/2022, 19:25 - {{p:Mahmoud}} 🇪🇬: the Koreans were never allowed to go to {{u:Kuwait University}} hospital or the {{u:Sheikh Jaber Al-Ahmad Cultural Centre}}, only from bus window. {{p:Chol-jin}} asked me what is opera
03/10/2022, 19:27 - {{p:Soo-jin}}: 😢 thank you {{p:Mahmoud}}. Last question: the company?
03/10/2022, 19:29 - {{p:Mahmoud}} 🇪🇬: Korean side was "{{u:Korea Cholsan Trading}}", Kuwaiti main contractor I will not say. my cousin {{p:Hany}} still works there
03/10/2022, 19:30 - {{p:Soo-jin}}: Understood. 정말 감사합니다. Shukran.
03/10/2022, 19:31 - {{p:Mahmoud}} 🇪🇬: 👍 say hello to {{p:Chol-jin}} if you ever find him""",
    },
    {
        "id": "h20-mixed-04",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Yang Chol-su", "양철수", "witness", ["Ryang Chol-su", "량철수"]),
            ("Kye Man-sik", "계만식", "supervisor", []),
            ("Son Ho", "손호", "coworker", []),
        ],
        "note": "Bilingual timeline as dated lines, Zabaykalsky logging; coworker surnamed Son with one-syllable given name Ho beside 'son'; Chinese trader Sun beside 'the sun'; 량/양 and Cyrillic forms; Russian patronymic and diminutives; vocative 야.",
        "text": """Timeline / 연표: witness {{r:Yang Chol-su}} ({{r:량철수}} in {{u:DPRK}} spelling), logging, {{u:Zabaykalsky Krai}}. Compiled by {{p:D.K.}} from two interviews.

2011.10     Departs {{u:Chongjin}} by train via {{u:Tumangang}} and {{u:Khasan}}. Team of 32. 인솔: {{r:계만식}} ({{r:Kye Man-sik}}), "{{r:계}} 소장".
2011.11     Arrives at {{u:Amazar}} camp. Barracks unheated for two weeks. 첫 사망자 없음.
2012.01     {{r:Son Ho}} ({{r:손호}}), 22, frostbite on both feet. W: "{{r:호}}야, 발 좀 보자" 하고 붕대를 감아 줌. {{r:Son}} stays in the barracks 10 days; {{r:Kye}} cuts his rations by half.
2012.03     Russian buyer {{p:Nikolai Petrovich Sokolov}} ("{{p:Kolya}}") arrives. W sees an envelope of cash handed to {{r:계만식}}.
2012.08     Fire season. Coworker {{p:Pak Un-gil}} / {{p:박은길}} burned on the arm; taken to the {{u:Mogocha}} district hospital by {{p:Kolya}}'s driver, {{p:Zhenya}}.
2013.02     In February the sun rose after nine. Chinese timber trader {{p:Sun Jianhua}} ({{p:孙建华}}) visits with vodka. W: "{{p:쑨}} 사장은 우리를 사람 취급했어요." {{p:Sun}} gives W a pair of gloves.
2013.05     Political lecture on {{u:Kim Jong Un}}'s first year. {{r:손호}}가 졸다가 걸림. Three self-criticisms.
2014.01     {{r:Son Ho}}'s father dies in {{u:Kilju}}; the news arrives four months late. {{r:Kye}} refuses leave: the son could not go home even for the memorial. "{{r:손호}}는 그날 밤 한마디도 안 했어요."
2014.06     {{r:계}} 소장 replaced by {{p:Jang}}, first name unknown. {{p:장}} 소장은 술을 안 마셨다고 함.
2014.09     W and {{r:Son}} plan an escape together; {{r:Son}} backs out. "{{r:호}}는 어머니 때문에 못 간다고 했어요."
2014.10.17  W leaves camp at night. {{p:Zhenya}} drives him to {{u:Chita}}. Paid with 5,000 roubles borrowed from {{p:Sun}}.
2015.03     {{u:Moscow}}; registers with {{u:UNHCR}}.
2016.01     Lands at {{u:Incheon International Airport}}.
2021        W hears via {{p:Kolya}} that {{r:손호}} is still at {{u:Amazar}}, now a team leader himself.

Notes
1. "{{r:양철수}}" is W's {{u:ROK}} spelling; in {{u:DPRK}} documents "{{r:량철수}}"; in Russian registration "{{r:Рян Чер Су}}"; one payslip reads "{{r:RYANG CHOL SU}}". Same person.
2. {{r:Son Ho}} is a full name (surname {{r:손}}, given name {{r:호}}). Do not confuse with the ordinary word "son" in the 2014.01 line.
3. {{p:Kolya}} = {{p:Nikolai Sokolov}}; {{p:Zhenya}} = {{p:Yevgeny}}, surname unknown. Both still in {{u:Chita}}.
4. {{p:박은길}}'s wife {{p:Ri Myong-ok}} contacted the witness in 2020 via a broker. Do not publish.""",
    },
    {
        "id": "h20-mixed-05",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Sok Yong-chol", "석영철", "witness", ["Seok Young-chul"]),
            ("Jon Hak-chol", "전학철", "supervisor", ["Chon Hak-chol", "Jeon Hak-cheol"]),
        ],
        "note": "Summary for a UN communication with a Korean annex, Sakhalin fish processing; Jon/Chon/Jeon variants; private Anton beside Anton Chekhov and a Chekhov street; Sakhalin Korean with Russian given name in Latin and Hangul; UN officials; 석 as surname and in 석 달.",
        "text": """SUMMARY FOR A COMMUNICATION to the {{u:Special Rapporteur on contemporary forms of slavery}}, Mr {{u:Tomoya Obokata}}, copied to the {{u:Special Rapporteur on the situation of human rights in the DPRK}}. Draft 2, 11 March 2024.

1. The source, Mr {{r:SOK Yong Chol}} (South Korean documents: {{r:Seok Young-chul}}), worked from 2017 to 2020 at a fish processing plant in {{u:Kholmsk}}, {{u:Sakhalin Oblast}}, {{u:Russian Federation}}, and in the off-season on construction sites in {{u:Yuzhno-Sakhalinsk}}.
2. The team of 26 workers was managed by Mr {{r:JON Hak Chol}} (also written {{r:Chon Hak-chol}}; in South Korean press reports {{r:Jeon Hak-cheol}}). Mr {{r:Jon}} held all passports, set daily quotas of 2.5 tonnes of processed pollock per worker, and remitted wages to a company account.
3. Mr {{r:Sok}} reports that a coworker, Mr {{p:Ri Kwang-song}}, lost two fingers to a filleting machine in November 2018 and was returned to the {{u:DPRK}} three months later without compensation. A Russian crane operator, {{p:Anton Belyaev}}, who liked to say he shared a first name with {{u:Anton Chekhov}}, drove Mr {{p:Ri}} to the {{u:Sakhalin Regional Hospital}}. {{p:Anton}} has confirmed this in writing.
4. An ethnic Korean resident of {{u:Sakhalin}}, Ms {{p:Valentina Pak}}, acted as informal interpreter. Ms {{p:Pak}} states that Mr {{r:Jon}} told her the workers "owe the Fatherland". The workers met her on Sundays near the {{u:Chekhov Book Museum}}; she later helped Mr {{r:Sok}} to leave.
5. The source requests that no names be transmitted to the Government of the {{u:Russian Federation}}.

부속서 (국문 진술 요약, 비공개)
증언자 {{r:석영철}}: "{{r:전학철}} 반장은 하루에 한 번씩 여권 금고를 열어 보았다. {{p:리광송}}이가 손가락을 잃었을 때도 {{r:전}} 반장은 먼저 생산량을 물었다. 석 달 뒤에 {{p:광송}}이는 귀국했다."
"{{p:발렌티나}} 아주머니는 우리를 '아이들'이라고 불렀다. 본명은 {{p:박 발렌티나 니콜라예브나}}이고 할아버지가 일제 때 {{u:사할린}}에 끌려온 분이라고 했다."
"러시아 사람 {{p:안톤}}은 자기 이름이 작가 {{u:체호프}}하고 같다고 자랑했다. {{u:체호프 거리}}에 있는 가게에서 우리한테 빵을 사 줬다."
"같은 방에 {{p:석}} 씨가 한 명 더 있었다. {{p:석만호}}. 우리는 '큰 {{p:석}}', '작은 {{r:석}}'으로 불렸다. 작은 {{r:석}}이 나다."
기록자 메모: 부속서의 인명 전부 삭제 후 송부. {{u:OHCHR 서울사무소}}와 협의할 것.""",
    },
    {
        "id": "h20-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ryom Chol-jun", "렴철준", "supervisor", ["Yom Chol-jun", "염철준"]),
        ],
        "note": "Researcher's field memo in English and Korean, Malaysia; Malay honorific Pak and Pak Cik beside the Korean surname Pak; Ate and Kak outside markers; 렴/염 variant; Nepali, Malay, Filipino and Bangladeshi names; streets, mosque, hospital and towers named after people or brands.",
        "text": """FIELD MEMO, {{u:Kuala Lumpur}} / {{u:Johor Bahru}}, 4-9 July 2018. Internal. 영어·한국어 혼용.

4 July, {{u:KL}}. Met Pak {{p:Hassan}} (retired site supervisor) at a kopitiam off {{u:Jalan Tun Razak}}. Note: "Pak" here is the Malay honorific, not the Korean surname. Pak {{p:Hassan}} worked 2012-2016 with about 40 North Korean labourers on a condominium tower near the {{u:Petronas Twin Towers}}. Their supervisor: a Korean he remembers as "Mr {{r:Yom}}". Company papers, shown to me on his phone, give "{{r:RYOM CHOL JUN}}". 한국 측 기록에는 "{{r:염철준}}"으로 나올 가능성 있음. {{r:렴철준}} = {{r:염철준}}.

Pak {{p:Hassan}} also remembers a Korean worker named {{p:Pak}}, "the real {{p:Pak}}, the Korean one", who fell ill with dengue in 2014. Mr {{r:Yom}} refused hospital. Pak {{p:Hassan}}'s nephew {{p:Faizal}} drove {{p:Pak}} to a clinic anyway. {{p:Faizal}} was fired the next week.

5 July, {{u:KL}}. Called {{p:Suman Gurung}}, Nepali, former security guard at the same site. {{p:Suman}} says the Koreans were locked into their container housing at 10 pm and that {{r:Chol-jun}} held the key. {{p:Suman}}'s friend {{p:Dil Bahadur Rai}} once gave cigarettes to a Korean called {{p:Myong-guk}}; next day {{p:Myong-guk}} was moved to another site.

6 July, {{u:Masjid Negara}} area. Pak Cik {{p:Rahim}}, food stall owner, sold rice to the Koreans on credit. Pak Cik {{p:Rahim}} says "Mr {{r:Ryom}}" settled the bill each month "and took it from their salaries, I think". He mentioned a young Korean who cried at his stall the night {{u:Kim Jong-nam}} was killed at {{u:KLIA2}}.

8 July, {{u:Johor Bahru}}. Filipino nurse Ate {{p:Joy}} ({{p:Joy Santos}}) at {{u:Hospital Sultanah Aminah}} confirms two Korean admissions in 2015, one with a crushed foot. Names in register: "{{p:KIM S.}}" and "{{p:PAK M.}}". Possibly our {{p:Pak}}. Ate {{p:Joy}}'s colleague Kak {{p:Nurul}} remembers "the boss with glasses" visiting, i.e. probably {{r:Ryom}}.

9 July. Bangladeshi ex-worker {{p:Rashed}} says he shared a lunch shift with the Koreans at {{u:Universiti Teknologi Malaysia}} construction in 2016. {{p:Rashed}}: "Mr {{r:Yom}} counted their spoons."

메모: {{r:렴철준}}은 2017년 3월 {{u:말레이시아}}-{{u:북한}} 외교 갈등 때 귀국한 것으로 보임. {{p:Faizal}}, {{p:Suman}}, Pak {{p:Hassan}}은 실명 공개 불가. 다음 출장 때 Ate {{p:Joy}}에게 병원 기록 사본 요청.""",
    },
    {
        "id": "h20-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Ok-hwa", "김옥화", "witness", []),
            ("Sin Hye-yong", "신혜영", "witness", ["Shin Hye-young"]),
            ("Ri Gum-hyang", "리금향", "witness", ["Lee Geum-hyang"]),
        ],
        "note": "Group interview of three women from a Weihai seafood plant, Korean speech with English interviewer notes and overlapping talk; nickname 토끼 beside rabbits; 하 as surname beside 하루; vocative 야 and affectionate -이; Sin/Shin; Chinese names in hanzi, pinyin and Hangul; 老板娘 outside.",
        "text": """Group interview, {{u:Seoul}}, 9 Dec 2023. A = {{r:Kim Ok-hwa}}, B = {{r:Sin Hye-yong}}, C = {{r:Ri Gum-hyang}}. All three worked 2016-2019 at a seafood plant in {{u:Rongcheng}}, near {{u:Weihai}}, {{u:Shandong}}. // = speaking over each other. English lines are the interviewer's notes.

INT: 지배인은 누구였어요?
A: {{p:하}} 지배인. {{p:하정숙}}.
B: // 하루에 열여섯 시간 일 시킨 사람이요.
C: // {{p:하}} 지배인 말고 그 위에 보위원도 있었어.
[Note: manager {{p:Ha Jong-suk}}; B's "하루" = "a day", not the name.]
A: 보위원은 남자, {{p:남}} 선생. 이름은 몰라.
B: {{p:남}} 선생은 한 달에 한 번 {{u:칭다오}} 영사관에서 왔어.
INT: 같은 방에 누가 있었어요?
C: 나, {{r:옥화}} 언니, {{r:혜영}}이, 그리고 "{{p:토끼}}".
A: // {{p:토끼}}는 {{p:설송이}}. 앞니가 커서 {{p:토끼}}.
B: 공장 뒤에 진짜 토끼 키우는 집이 있었잖아. 그래서 더 그렇게 불렀지.
[Note: "{{p:토끼}}" (rabbit) is the nickname of {{p:Sol Song-i}}.]
INT: 중국 사람 관리자는요?
C: 老板娘 {{p:赵}}. {{p:자오리}}. {{p:Zhao Li}}. 사장 부인.
A: // 그 여자가 {{r:금향}}이를 제일 예뻐했어.
C: 아니야, {{p:송이}}를 예뻐했지.
B: 둘 다. {{r:금향}}아, 너 그때 중국말 제일 잘했잖아.
[Note: Boss's wife {{p:Zhao Li}} / {{p:赵丽}} favoured C and {{p:Song-i}}.]
INT: 다친 사람은 없었어요?
A: 2018년 겨울에 {{p:송이}}가 냉동고에 갇혔어. 한 시간.
C: // 사십 분.
A: 한 시간. {{p:하}} 지배인이 문을 잠그고 점심 먹으러 갔어.
B: {{p:자오리}}가 열쇠 찾아서 열어 줬어. 그리고 {{u:웨이하이시립병원}}에 데려갔어.
INT: ({{p:Song-i}} was locked in a freezer ~40-60 min; {{p:Zhao Li}} opened it and took her to the {{u:Weihai Municipal Hospital}}.)
A: 그 뒤로 {{p:송이}}는 손이 계속 떨렸어. 2019년에 귀국했어.
INT: 월급은 받았어요?
C: 한 번도. {{p:하}} 지배인이 장부만 보여 줬어.
A: // 설에 사탕 한 봉지. 그게 다야.
B: {{p:자오리}}가 몰래 백 위안씩 줬어. {{r:옥화}} 언니는 그 돈으로 {{p:송이}} 약을 샀고.
INT: (No wages; {{p:Zhao Li}} secretly gave 100 yuan each; A spent hers on medicine for {{p:Song-i}}.)
C: 그리고 {{p:남}} 선생 오는 날은 남쪽 방송 듣던 라디오를 다 숨겼어.
[Note: "남쪽" = the South; {{p:남}} is the security official.]
INT: 여러분 이름은 어떻게 기록할까요?
B: 저는 여기서 {{r:신혜영}}, 영어로는 {{r:Shin Hye-young}}으로 써요.
C: 저는 북에서 {{r:리금향}}, 여기서 {{r:이금향}}. 영어로 {{r:Lee Geum-hyang}}.
A: 저는 그냥 {{r:김옥화}}. 흔한 이름이라 괜찮아요.
B: // 언니, 그래도 지워 달라고 해.
A: 알았어, {{r:혜영}}아.
[Note: all three ask that {{p:Song-i}}'s name be removed; she is in {{u:North Hamgyong}}. Her mother, {{p:Cha Myong-ja}}, was told nothing.]""",
    },
    {
        "id": "h20-mixed-08",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Chu Song-il", "주성일", "witness", ["Joo Sung-il"]),
            ("Yo Kwang-ho", "여광호", "supervisor", []),
        ],
        "note": "Caseworker's English cover note forwarding a witness's Korean letter, Equatorial Guinea construction; driver Teodoro beside the president; surname Yo beside the greeting 'yo'; Chu/Joo; Mama outside; saint's cathedral and hospital as public names; 여 as surname beside ordinary 여.",
        "text": """From: {{p:Ji-eun Park}} (caseworker)
To: documentation team
Subject: Fwd: letter from {{r:Joo Sung-il}} ({{u:Malabo}} case)

Team, below is the letter {{r:Joo Sung-il}} handed me on Friday, with my notes in English. In our earlier files he is {{r:Chu Song-il}}. The supervisor he names, {{r:Yo Kwang-ho}}, matches the "Mr {{r:Yo}}" in the 2019 statement of the Cameroonian foreman. (Yes, {{r:Yo}}. The foreman's interpreter first wrote it down as the greeting "yo", which caused some confusion.) Please index under both spellings. {{p:Ji-eun}}

----- 편지 -----
{{p:지은}} 선생님께

지난번에 물어보신 사람들 이름을 생각나는 대로 적습니다.

저는 2015년부터 2018년까지 {{u:적도기니}} {{u:말라보}}와 {{u:바타}}에서 일했습니다. 처음에는 {{u:시포포}} 호텔 단지 공사, 나중에는 도로 공사였습니다. 우리 반장은 {{r:여광호}}였습니다. 사람들은 "{{r:여}} 반장"이라고 했고, 현지 사람들은 "{{r:Yo}}"라고 불렀습니다. 여름도 겨울도 없는 나라라 일 년 내내 일만 했습니다.

운전수는 현지 사람 {{p:테오도로}}였습니다. 대통령 이름도 {{u:테오도로 오비앙}}이라서, {{p:테오도로}}는 "나는 가난한 {{p:테오도로}}"라고 농담을 했습니다. 그 사람이 제일 좋았습니다.

숙소 앞에서 밥을 팔던 아주머니를 다들 마마 {{p:로사}}라고 불렀습니다. 마마 {{p:로사}}는 {{r:여}} 반장 몰래 우리한테 생선을 주었습니다. {{u:카메룬}}에서 온 현장 감독 {{p:장피에르}}는 {{r:여광호}}와 자주 싸웠습니다. {{p:장피에르}}가 병원에 보내라고 해서 {{p:봉수}}가 {{u:라파스 병원}}에 갈 수 있었습니다. {{p:봉수}}는 {{p:윤봉수}}이고, 말라리아로 두 번 쓰러졌습니다.

{{r:여광호}} 반장은 2018년에 {{u:평양}}으로 돌아갔습니다. 떠나기 전에 우리에게 "{{r:광호}} 형님이 없어도 계획은 채워라" 했습니다. 저는 그 뒤 {{u:말라보 국제공항}}에서 도망쳤습니다. 자세한 것은 만나서 말씀드리겠습니다.

{{u:말라보}} 성당, 그러니까 {{u:산타 이사벨 대성당}} 앞에서 {{p:봉수}}와 찍은 사진이 한 장 있습니다. 얼굴은 가려 주십시오.

{{r:주성일}} 올림
------------

Caseworker notes:
- "{{p:테오도로}}" is the driver {{p:Teodoro}}, a private person; "{{u:테오도로 오비앙}}" is President {{u:Teodoro Obiang Nguema Mbasogo}}. Keep the president, remove the driver.
- Mama {{p:Rosa}}, {{p:Jean-Pierre}} (surname unknown) and {{p:Yun Bong-su}} to be anonymised. {{p:Bong-su}} is still in the {{u:DPRK}}.
- The "{{u:Sipopo}}" complex and the {{u:Cathedral of Santa Isabel}} are public places.
- Next meeting with {{r:Chu}}: 14th, {{u:Gangnam}} office.""",
    },
]
