# ruff: noqa: E501
"""Held-out evaluation passages, set 33. Markers: {{r:..}} registered private person,
{{p:..}} unregistered private person, {{u:..}} public name (figure, place, organisation,
company, ship, law). Built by build_heldout.py heldout33."""

PASSAGES: list[dict] = [
    {
        "id": "h33-en-01",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ryang Chol-ung", "량철웅", "witness", ["Chol-ung"]),
            ("Kye Myong-sik", "계명식", "supervisor", ["Spoon"]),
            ("Sin Kum-ryong", "신금룡", "coworker", ["Kum-ryong", "Timur"]),
        ],
        "note": "Journalist's raw interview transcript with timestamps, St Petersburg housing site; speaker labels in capitals (OH next to the interjection 'Oh'), surname in an audio file name, nickname Spoon beside the ordinary spoon, a false Kazakh name given to the ambulance, Russian name and patronymic with Cyrillic helmet name, Korean quotations with particles inside the English.",
        "text": """TRANSCRIPT - interview 3 of 4 (raw, unedited, NOT FOR PUBLICATION)
Audio file: 230302_{{r:ryang}}_03.m4a | duration 00:47:12
Recorded 2 March 2023, back room of a cafe in {{u:Mapo-gu}}, {{u:Seoul}}
Present: {{p:OH Jae-lim}} (freelance reporter), {{r:RYANG Chol-ung}} (interviewee), {{p:Yoon Da-som}} (interpreter)
Speaker labels below: {{p:OH}}, {{r:RYANG}}, {{p:YOON}}

[00:00:04] {{p:OH}}: Is the window too bright? We can swap chairs.
[00:00:09] {{r:RYANG}}: It's fine. Oh, wait, is it recording already?
[00:00:12] {{p:OH}}: It is. Last time we stopped at the stadium.
[00:00:16] {{r:RYANG}}: The big one on the island, {{u:Krestovsky Stadium}}. In 2016 we were not on the stadium itself, we were on the housing blocks next to it. The Russian company was {{u:Nevsky Monolit}}, and our side was called {{u:Korea Kumsong Construction Company}}.
[00:00:41] {{p:YOON}}: He says the brigade leader was a man named {{r:Kye}}. Everyone called him {{r:Spoon}}.
[00:00:50] {{p:OH}}: {{r:Spoon}}? Like a spoon?
[00:00:53] {{r:RYANG}}: He carried a steel spoon in his shirt pocket and ate from everyone's bowl with it. When the spoon came out, we knew. "{{r:Spoon}} is hungry today," {{r:Kum-ryong}} would say, and we pushed our bread under the blanket.
[00:01:20] {{p:OH}}: {{r:Kum-ryong}} is...?
[00:01:22] {{r:RYANG}}: {{r:Sin Kum-ryong}}. My partner on the scaffold, from {{u:Kaechon}}. {{r:Sin}} was the youngest in the brigade, twenty-two.
[00:01:35] {{p:OH}}: And the full name of {{r:Spoon}}?
[00:01:38] {{r:RYANG}}: {{r:Kye Myong-sik}}. In Korean, {{r:계명식}}. Maybe forty-five. {{r:Kye}} had worked in {{u:Kuwait}} before, and he said in {{u:Kuwait}} he had a car.
[00:02:05] {{p:YOON}}: He keeps saying "{{r:계}} 반장", that is foreman {{r:Kye}}.
[00:02:10] {{p:OH}}: How many hours a day?
[00:02:12] {{r:RYANG}}: From six until midnight. In the white nights until one, two. The Russian site manager, {{p:Andrei Nikolaevich}}, sometimes sent us home at ten, and {{r:Kye}} brought us back at eleven to work on "our own" job: private flats, cash for the brigade.
[00:02:48] {{p:OH}}: What was {{p:Andrei}}'s surname?
[00:02:51] {{r:RYANG}}: I only knew "{{p:Andrei Nikolaevich}}". On his helmet was written {{p:ЛЕБЕДЕВ}}. {{p:Lebedev}}, I think.
[00:03:10] {{p:OH}}: And pay?
[00:03:12] {{r:RYANG}}: The contract said 45,000 roubles. I saw money twice in three years. The rest, {{r:Spoon}} said, went to the plan for {{u:Pyongyang}} and to the loyalty money for the birthday of {{u:Kim Jong Un}}. Once {{r:Myong-sik}} showed us a paper from the {{u:Ministry of External Economic Relations}}, with a stamp, saying we had volunteered.
[00:03:51] {{p:OH}}: Can we talk about the accident?
[00:03:55] {{r:RYANG}}: (long pause) Yes.
[00:04:02] {{r:RYANG}}: 14 August 2017. Rain. The hoist rope on block 4 was frayed. {{r:Kum-ryong}} told {{r:Kye}} twice. {{r:Kye}} said, "{{r:Sin}} dongmu, the rope is fine, it is your head that is frayed." In the afternoon {{r:Sin Kum-ryong}} went up with the mortar bucket and the rope went.
[00:04:40] {{p:YOON}}: He says "{{r:금룡}}이가 떨어졌다", {{r:Kum-ryong}} fell.
[00:04:44] {{p:OH}}: From what height?
[00:04:46] {{r:RYANG}}: Seventh floor, onto the sand pile. The Russians called an ambulance. {{r:Spoon}} told the ambulance men he was a Kazakh worker named "{{r:Timur}}". He had no papers on him, so the hospital wrote {{r:Timur}}, no surname.
[00:05:20] {{p:OH}}: Which hospital?
[00:05:22] {{r:RYANG}}: {{u:Mariinsky Hospital}}, on {{u:Liteyny Prospekt}}. After two days, back to the dormitory. He could not walk. {{r:Kye}} wrote in the book that {{r:Sin}} had "left for health reasons". In March 2018 they sent {{r:Kum-ryong}} home through {{u:Vladivostok}}. I do not know if he arrived.
[00:05:58] {{p:OH}}: Did anyone from the embassy...
[00:06:00] {{r:RYANG}}: The consulate people came. A man called {{p:Chae}}. Not the consul, a security man. {{p:Chae}} sat in {{r:Kye}}'s room and they drank. Next morning {{p:Chae}} gave us a lecture about the {{u:Workers' Party of Korea}} and said accidents are caused by ideological looseness.
[00:06:40] {{p:OH}}: Where is {{r:Kye}} now?
[00:06:43] {{r:RYANG}}: I heard from {{p:Hyon Song-chol}}, another man from the brigade who lives in {{u:Incheon}} now, that {{r:Kye}} was promoted. He runs a brigade in {{u:Kazan}}. {{p:Hyon}} saw him in a video on {{u:VKontakte}}.
[00:07:05] {{p:OH}}: Do you want us to use your name?
[00:07:08] {{r:RYANG}}: No. Maybe "{{r:Chol-ung}}"? No, not even that. My mother is still in {{u:Hamhung}}. Write "a man from {{u:South Hamgyong}}".
[00:07:20] {{p:YOON}}: (to {{p:OH}}) He means no name at all. Not {{r:Ryang}}, not {{r:Chol-ung}}.
[00:07:33] (tape paused)
[00:12:10] {{p:OH}}: Back on. You mentioned the women in the canteen.
[00:12:14] {{r:RYANG}}: Two Russian women cooked for the Russian workers, {{p:Tamara}} and {{p:Valya}}. {{p:Valya}} gave {{r:Kum-ryong}} soup when he came back from the hospital. {{r:Spoon}} saw it and took the soup for himself. With the spoon, of course.
[00:12:40] {{p:OH}}: (laughs) Of course.
[00:12:42] {{r:RYANG}}: It is not funny. OK, it is a little funny. {{r:Kum-ryong}} laughed too. {{p:Tamara}} called him "{{r:Timur}}" until the end, because of the hospital paper.
[00:13:05] {{p:OH}}: One more name. The interpreter on site?
[00:13:08] {{r:RYANG}}: A Korean-Chinese man, {{p:Piao}}. {{p:Pak}} in Korean. {{p:Piao Zhenguo}}, {{p:박진국}}. He translated for {{p:Andrei Nikolaevich}} and for {{r:Kye}}, and he lied to both.""",
    },
    {
        "id": "h33-en-02",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ju Song-hyok", "주성혁", "witness", ["Song-hyok"]),
            ("Rim Kwang-chol", "림광철", "supervisor", []),
            ("Choe Un-byol", "최은별", "coworker", ["Un-byol"]),
        ],
        "note": "Ship's deck logbook in English with watch officers by rank and initials, transshipment at sea with AIS off; impossible dates 29 and 31 February 2019; surnames To, O, Sun (port agent) and Kang beside ordinary words; crew list in capitals without hyphens; ship names and flag states public.",
        "text": """DECK LOG BOOK / continuation sheets (photographed copy, pages 17-19)
Vessel: M/V {{u:SEA LANTERN}}   IMO 9183342   Call sign 9LY2207   Flag: {{u:Sierra Leone}}
Registered owner: {{u:Lantern Maritime Ltd}}, {{u:Hong Kong}}   Manager: "on board"
Voyage 19/02   From {{u:Nampho}} to "order"

Master: Capt. {{p:HAN Song-il}}
C/O: {{p:RI Chun-gwang}} | 2/O: {{p:KIM Yong-bok}} | 3/O: {{p:RYU Tae-jin}}
Purser (political officer): {{r:RIM Kwang-chol}}

27 FEB 2019 (Wed)
0000-0400 Watch 2/O {{p:Kim}}, lookout AB {{r:JU Song-hyok}}. Wind N 4, sea 3, vis good. Co 205T, 9.5 kn. 0230 {{u:Changsan Cape}} abeam 12 nm.
0400-0800 Watch C/O {{p:Ri}}, lookout OS {{r:CHOE Un-byol}}. 0715 AIS switched off by order of Master. Remark in C/O's hand: "AIS off - Master's order - {{p:R.C.G.}}"
0800-1200 Watch 3/O {{p:Ryu}}, lookout AB {{r:Ju}}. Course altered to 240T. Deck: bosun {{p:Mun}} and AB {{p:Kang}} painting hatch coamings.
1200-1600 Watch 2/O {{p:Kim Y.B.}}, lookout OS {{p:PANG Chol}}. 1340 purser {{r:Rim}} mustered crew in mess room for study session, 1 hr. All hands except watch.
1600-2000 Watch C/O {{p:Ri C.G.}}, lookout AB {{r:Ju S.H.}}. Swell increasing from NE.
2000-2400 Watch 3/O {{p:Ryu T.J.}}, lookout OS {{r:Choe}}. 2210 target on radar 6 nm, no AIS. Identified on VHF ch.16 as {{u:HAI XING 9}}, master answering "{{p:Zhang}}". Rendezvous confirmed.

28 FEB 2019 (Thu)
0000-0400 Watch 2/O {{p:Kim}}, lookout AB {{r:Ju}}. 0030 alongside {{u:HAI XING 9}} port side to, 4 fenders. 0115 cargo transfer commenced (coal, declared "ballast"). Hatch supervision: purser {{r:Rim}}.
0400-0800 Watch C/O {{p:Ri}}. 0520 AB {{r:JU Song-hyok}} caught left hand between fender line and bitt, two fingers crushed. First aid by 3/O {{p:Ryu}}, bandage and painkiller. Master informed 0530. By order of purser {{r:Rim Kwang-chol}} injured man confined to cabin, OS {{r:Choe Un-byol}} to replace him on lookout.
0800-1200 Watch 3/O {{p:Ryu}}, lookout OS {{r:Choe}}. Transfer continued. 1105 C/E {{p:SOK Myong-ho}} reports No.2 generator overheating.
1200-1600 Watch 2/O {{p:Kim}}. 1450 transfer completed, approx 2,900 t. Cast off 1520. {{u:HAI XING 9}} proceeded NW.
1600-2000 Watch C/O {{p:Ri}}. AB {{r:Ju}} fever. Cook {{p:TO Kyong-su}} brought rice gruel to cabin. To be watched.
2000-2400 Watch 3/O {{p:Ryu}}, lookout OS {{p:Pang}}. Course 270T for {{u:Longkou}}.

29 FEB 2019 [sic]
0000-0400 Watch 2/O {{p:Kim}}, lookout OS {{r:Un-byol}}. AIS back on 0200, Master's order.
0400-0800 Watch C/O {{p:Ri}}. Oiler {{p:O Ryong}} reports bilge alarm engine room; pumped out. O.K. at 0610.
0800-1200 Watch 3/O {{p:Ryu}}. Purser {{r:Rim}} inspected crew cabins. Confiscated 1 radio (AB {{p:Kang Il}}) and 1 notebook (AB {{r:Ju}}).

31 FEB 2019 [sic, page misdated]
1200-1600 Watch 2/O {{p:Kim Y.B.}}. Traffic heavy, {{u:Bohai Strait}} approaches. Lookout doubled: OS {{r:Choe}} and OS {{p:Pang}}.
1600-2000 Watch C/O {{p:Ri}}. 1830 anchored {{u:Longkou}} anchorage, 7 shackles in water.

02 MAR 2019 (Sat)
0900 Port agent Mr {{p:Sun Wei}} ({{u:Longkou Ocean Shipping Agency}}) boarded with quarantine officer. Sun strong, wind W 3.
1000 AB {{r:Ju Song-hyok}} sent ashore to clinic for hand, escorted by purser {{r:Rim}} and OS {{r:Choe Un-byol}}. Agent {{p:Sun}} arranged car.
1830 Purser {{r:Rim}} and OS {{r:Choe}} returned on board without AB {{r:Ju}}. Purser reports AB {{r:Ju}} "missing from clinic waiting room". Master ordered search ashore with agent {{p:Sun}}. Nil result.
2200 Master {{p:Han}} and purser {{r:Rim}} in Master's cabin, door closed. Not logged further.

03 MAR 2019 (Sun)
0800 Purser {{r:Rim}} took statements from OS {{r:Choe}}, cook {{p:To}}, bosun {{p:Mun}}. OS {{r:Choe}} confined to cabin on purser's order. Entry signed {{p:RKC}} in the margin.
1400 Agent {{p:Sun Wei}} informed vessel that local police have "no information" on {{r:JU SONG HYOK}}.

CREW LIST (attached to page 19)
No. Name                Rank     Nationality
1  {{p:HAN SONG IL}}     Master   DPRK
2  {{p:RI CHUN GWANG}}   C/O      DPRK
3  {{p:KIM YONG BOK}}    2/O      DPRK
4  {{p:RYU TAE JIN}}     3/O      DPRK
5  {{p:SOK MYONG HO}}    C/E      DPRK
6  {{p:PAE IN CHOL}}     2/E      DPRK
7  {{r:RIM KWANG CHOL}}  Purser   DPRK
8  {{p:MUN SONG GUK}}    Bosun    DPRK
9  {{r:JU SONG HYOK}}    AB       DPRK
10 {{p:KANG IL}}         AB       DPRK
11 {{r:CHOE UN BYOL}}    OS       DPRK
12 {{p:PANG CHOL}}       OS       DPRK
13 {{p:TO KYONG SU}}     Cook     DPRK
14 {{p:O RYONG}}         Oiler    DPRK
15 {{p:YANG SU}}         Wiper    DPRK
Checked: Master {{p:Han}} (sgd)   Purser {{r:Rim}} (sgd)

NGO transcriber's note: the photographs were handed over by {{r:Song-hyok}} himself in {{u:Yantai}}. He says the log was kept honestly except for the cargo. {{r:Un-byol}} was his cabin mate; he has not heard from her since. She is the only woman on the crew list, signed on as "cook's assistant" at {{u:Nampho}} but logged as OS.""",
    },
    {
        "id": "h33-en-03",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jong Kwang-il", "정광일", "witness", ["Kwang-il"]),
            ("Ho Chol-nam", "호철남", "supervisor", []),
            ("Tak Yong-gil", "탁영길", "coworker", ["Yong-gil"]),
        ],
        "note": "Labour inspector's field report from Qatar with an impossible visit date 2019-13-45; site representative Ho beside 'ho', worker surnames Jong and Tak, Arabic, Nepali and Indian private names; Qatari laws, ministries, UN resolution and banks public; supervisor's name in Hangul on an envelope of bank cards.",
        "text": """STATE OF QATAR
{{u:Ministry of Labour}} - Labour Inspection Department
FIELD INSPECTION REPORT (translation from Arabic, NGO copy)

Ref.: LID/INS/2019/4471
Date of visit: 2019-13-45 (as printed on the cover sheet; the body of the report gives 14 November 2019)
Inspectors: {{p:Mohammed Saleh Al-Kuwari}} (lead), {{p:Fatima Nasser}}
Site: Plot 66/112, {{u:Marina District}}, {{u:Lusail}}
Main contractor: {{u:Al Dafna Building Contracting W.L.L.}}
Labour-supply subcontractor: {{u:Pearl Horizon Manpower Services}}
Workforce present: 51 (DPRK 34, Nepal 12, India 5)

1. SUMMARY
1.1 The inspection was unannounced. The site representative of the subcontractor, Mr {{r:HO Chol-nam}} (QID 28740811xxx), stated that the 34 DPRK workers are employees of {{u:Korea Paektusan Overseas Construction Corporation}} and are "seconded" to {{u:Pearl Horizon Manpower Services}}.
1.2 Mr {{r:Ho}} acted as interpreter for all interviews with DPRK workers. The inspectors regard this as a serious limitation of the findings. When asked whether another interpreter was available, Mr {{r:Ho}} said no.

2. INTERVIEWS WITH DPRK WORKERS (interpreted by Mr {{r:Ho}} unless stated)
2.1 {{r:JONG Kwang-il}}, steel fixer, 38. Stated working hours 07:00-17:00 with a one-hour break. The inspectors observed that the worker's hands were heavily blistered and that he had the bleached skin of someone who works at night under lamps. Asked where his passport was, Mr {{r:Jong}} did not answer; Mr {{r:Ho}} answered that it was "in the company office for renewal".
2.2 {{r:TAK Yong-gil}}, mason, 29. Stated he is "satisfied". Asked about his salary, Mr {{r:Tak}} looked at Mr {{r:Ho}} before answering "1,800 riyals".
2.3 {{p:RI Song-jin}}, carpenter, 41. Stated he sends money to his family "through the company". Mr {{p:Ri}} could not name the bank.
2.4 {{p:KIM Hyok}}, labourer, 24. Refused to be interviewed. Mr {{r:Ho}} explained that Mr {{p:Kim}} "has a headache".
2.5 {{p:CHA Myong-sun}}, electrician, 45. Gave answers identical to those of Mr {{r:Jong}}, word for word, according to Inspector {{p:Nasser}}'s notes.

3. CONVERSATION WITHOUT INTERPRETER
3.1 At 13:10 Inspector {{p:Fatima Nasser}} spoke briefly in English with Mr {{r:Jong}} at the water cooler while Mr {{r:Ho}} was on the telephone. Mr {{r:Jong}} said: "Passport, boss have. Salary card, boss have." He pointed at Mr {{r:Ho}}. Mr {{r:Tak}}, standing nearby, nodded. Mr {{r:Jong}} then said "{{r:Kwang-il}}" and pointed at himself, and "{{r:Yong-gil}}" and pointed at Mr {{r:Tak}}, and asked the inspector to write the names down. {{r:Ho}}, the inspector noted, returned at that moment and the conversation ended.

4. DOCUMENTS
4.1 Records in the {{u:Wage Protection System}} show monthly salaries of QAR 1,800 paid into individual accounts at {{u:Qatar National Bank}}, opened in November 2018 by {{u:Pearl Horizon Manpower Services}}.
4.2 In the site office, in a drawer of the desk used by Mr {{r:Ho}}, the inspectors found an envelope containing 31 ATM cards and a list of PIN numbers. The envelope was marked in Korean "{{r:호철남}}" and "보관". Mr {{r:Ho Chol-nam}} stated that the workers "asked him to keep the cards safe".
4.3 Accommodation is at {{u:Industrial Area}} Street 24, labour camp block C. Mr {{r:Ho}} stated that the camp is managed by a "Mr {{p:Pyo}}", who was not present.

5. INTERVIEWS WITH OTHER WORKERS
5.1 {{p:Ram Bahadur Thapa}} (Nepal), scaffolder, stated that the DPRK workers are brought back to the site after the official shift and work until 23:00 or later, "always, also Friday". Mr {{p:Thapa}} stated that Mr {{r:Ho}} forbids the DPRK workers from sharing food.
5.2 {{p:Suresh Kumar Pillai}} (India), foreman of the main contractor, confirmed that the night shift is recorded as "overtime of the subcontractor". Mr {{p:Pillai}} said he had once seen Mr {{r:Ho}} slap Mr {{r:Tak}} for talking to a Nepali worker.
5.3 The main contractor's project manager, Mr {{p:Walid Haddad}}, declined to comment, referring the inspectors to the company's lawyer, Ms {{p:Rania El-Sayed}}.

6. VIOLATIONS IDENTIFIED
6.1 Article 73 of {{u:Law No. 14 of 2004}} (working hours) - night work beyond the legal maximum.
6.2 Article 8 of {{u:Law No. 21 of 2015}} - retention of passports by the employer or its representative.
6.3 Control of wages contrary to the {{u:Wage Protection System}} rules.
6.4 The inspectors also note that the employment of DPRK nationals after 22 December 2019 would be inconsistent with {{u:UN Security Council resolution 2397}}.

7. RECOMMENDATIONS
7.1 Referral to the {{u:Ministry of Interior}} ({{u:Search and Follow-up Department}}) regarding passport retention.
7.2 Notification of the {{u:National Human Rights Committee}}.
7.3 Follow-up visit within 30 days, with an independent Korean interpreter; the department proposes Ms {{p:Seo Yeon-ju}} of the embassy's approved list.

Signed: {{p:M. S. Al-Kuwari}}        {{p:F. Nasser}}
Reviewed: Head of Section {{p:Khalid Al-Mannai}}

NGO note ({{p:Grace Baek}}, 2020-01-06): Follow-up visit did not take place. By January all 34 workers had been moved. {{r:Kwang-il}} reached our partner in {{u:Doha}} through the Nepali scaffolder {{p:Thapa}}; {{r:Yong-gil}} stayed with {{r:Ho}}'s group and we have no news of him.""",
    },
    {
        "id": "h33-en-04",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Pak Son-chol", "박선철", "witness", ["Son-chol"]),
            ("Chon Myong-guk", "전명국", "supervisor", []),
            ("Ri Yong-su", "리영수", "coworker", ["Yong-su"]),
        ],
        "note": "Mongolian coal-mine payroll in Latin transliteration (Russian-style spellings SEN CHOL, EN SU, MYON GUK), Mongolian names with father's initial first (G. Batbayar); the team leader's name repeated in the 'paid to' column of every row; banks, province and mine public; NGO footnotes link the spellings to Hangul.",
        "text": """{{u:GOBI KHUDER LLC}} - MONTHLY PAYROLL, FOREIGN CONTRACT LABOUR
Site: {{u:Tsagaan Tolgoi}} open-pit coal mine, {{u:Tsogttsetsii}} soum, {{u:Omnogovi}} aimag, {{u:Mongolia}}
Period: March 2017   Currency: MNT   Contract partner: {{u:Korea Chonsung Mining Company}}
Payment method: cash to team leader (per contract clause 6.2)

No | Name (passport)   | Passport No | Position   | Days | Gross     | Deduct. | Net       | Paid to
01 | {{r:CHON MYON GUK}}     | 836120455 | team leader | 31 | 1,650,000 | 120,000 | 1,530,000 | {{r:CHON M.G.}}
02 | {{p:KIM GWAN HO}}       | 836120471 | driller     | 31 | 1,200,000 |  90,000 | 1,110,000 | {{r:CHON M.G.}}
03 | {{p:RI CHOL}}           | 836120488 | driller     | 30 | 1,200,000 |  90,000 | 1,110,000 | {{r:CHON M.G.}}
04 | {{r:RI EN SU}}          | 836120490 | blaster asst| 31 | 1,100,000 |  90,000 | 1,010,000 | {{r:CHON M.G.}}
05 | {{p:HAN SEN IL}}        | 836120502 | loader      | 28 | 1,000,000 |  80,000 |   920,000 | {{r:CHON M.G.}}
06 | {{p:PAK DEN HO}}        | 836120519 | loader      | 31 | 1,000,000 |  80,000 |   920,000 | {{r:CHON M.G.}}
07 | {{r:PAK SEN CHOL}}      | 836120523 | mechanic    | 31 | 1,300,000 |  95,000 | 1,205,000 | {{r:CHON M.G.}}
08 | {{p:KAN MEN SIK}}       | 836120537 | mechanic    | 31 | 1,300,000 |  95,000 | 1,205,000 | {{r:CHON M.G.}}
09 | {{p:CHOE GEN NAM}}      | 836120544 | welder      | 29 | 1,250,000 |  95,000 | 1,155,000 | {{r:CHON M.G.}}
10 | {{p:O SEN HUI}}         | 836120551 | cook        | 31 |   900,000 |  70,000 |   830,000 | {{r:CHON M.G.}}
11 | {{p:YUN TE SEN}}        | 836120568 | loader      | 17 |   550,000 |  40,000 |   510,000 | {{r:CHON M.G.}}
12 | {{p:SIN KWAN CHOL}}     | 836120572 | driller     | 31 | 1,200,000 |  90,000 | 1,110,000 | {{r:CHON M.G.}}
13 | {{p:JON EN NAM}}        | 836120589 | loader      | 31 | 1,000,000 |  80,000 |   920,000 | {{r:CHON M.G.}}
14 | {{p:KIM EN CHOL}}       | 836120593 | blaster     | 31 | 1,400,000 | 100,000 | 1,300,000 | {{r:CHON M.G.}}
15 | {{p:HWAN SEN MI}}       | 836120606 | cook        | 31 |   900,000 |  70,000 |   830,000 | {{r:CHON M.G.}}
16 | {{p:RYU GWAN CHOL}}     | 836120610 | loader      |  0 |         0 |       0 |         0 | (sick, see note 3)
17 | {{p:PAE SEN GIL}}       | 836120627 | driller     | 31 | 1,200,000 |  90,000 | 1,110,000 | {{r:CHON M.G.}}
18 | {{p:MUN TE HO}}         | 836120631 | mechanic    | 31 | 1,300,000 |  95,000 | 1,205,000 | {{r:CHON M.G.}}

Mongolian staff (paid by bank transfer, {{u:Khan Bank}})
19 | {{p:G. Batbayar}}       | shift supervisor   | 3,200,000
20 | {{p:Ts. Oyunchimeg}}    | accountant         | 2,400,000
21 | {{p:D. Bat-Ochir}}      | excavator operator | 2,900,000
22 | {{p:Enkhtuya Dorj}}     | cook (Mongolian canteen) | 1,300,000

Totals (foreign contract labour, rows 01-18): net 17,980,000 MNT, handed in cash to team leader {{r:Chon Myon Guk}} on 05.04.2017 in the presence of {{p:G. Batbayar}}.
Received by (signature): {{r:전명국}}   Witness: {{p:Батбаяр}}
Prepared: {{p:Ts. Oyunchimeg}}   Approved: director {{p:B. Ganzorig}}

Notes (accountant)
1. Deductions = food and accommodation, per {{u:Korea Chonsung Mining Company}} letter of 12.01.2017.
2. Row 11 {{p:YUN TE SEN}}: arrived 15.03.2017 from {{u:Ulaanbaatar}}, replaces {{p:RYU GWAN CHOL}}.
3. Row 16 {{p:RYU GWAN CHOL}}: injured 02.03.2017, treated at {{u:Dalanzadgad}} aimag hospital, returned to {{u:DPRK}} via {{u:Zamyn-Uud}} on 14.03.2017 accompanied by {{r:CHON M.G.}}. No pay for March per team leader's instruction.
4. Overtime not recorded. {{p:G. Batbayar}} reports the Korean team worked Sundays; team leader {{r:Chon}} says "voluntary".

NGO footnotes (transcribed {{u:Seoul}}, 2022, by {{p:Lee Su-bin}})
a. Spellings are those of the Mongolian passport scanner (Russian-style): SEN = 선/성, EN = 영, MYON = 명, GEN = 경, TE = 태/대, KAN = 강, HWAN = 황, DEN = 정.
b. Row 07 {{r:PAK SEN CHOL}} is our witness {{r:Pak Son-chol}} ({{r:박선철}}). He says the real net was never paid; {{r:Chon}} gave each man 50,000 MNT "for soap" and kept the rest for the {{u:Workers' Party of Korea}} plan.
c. Row 04 {{r:RI EN SU}} = {{r:Ri Yong-su}} ({{r:리영수}}), {{r:Son-chol}}'s bunkmate. {{r:Yong-su}} lost hearing in one ear after a blast in February; not recorded.
d. Row 16: {{r:Son-chol}} says {{p:Ryu}} had a crushed foot and was "sent home so he would not be seen". {{p:Ryu Gwang-chol}}'s family is in {{u:Tanchon}}.
e. Row 19: {{p:Batbayar}} is the only person {{r:Son-chol}} trusted; {{p:Batbayar}} gave him the photo of this sheet.""",
    },
    {
        "id": "h33-en-05",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Um Song-il", "엄성일", "witness", ["Song-il"]),
            ("Ri Tae-sop", "리태섭", "supervisor", []),
            ("Na Kyong-chol", "나경철", "coworker", ["Kyong-chol"]),
        ],
        "note": "Angolan construction-site incident report in Portuguese with an English NGO summary; Korean surnames Um, Ri, Na, Do and O that are Portuguese words (um, ri, na, do, o); impossible date 31 de Fevereiro; Angolan private names; Luanda district, hospital, labour inspectorate, migration service and a sanctioned company public.",
        "text": """RELATÓRIO DE INCIDENTE N.º 07/2018
Obra: Edifício residencial, Bloco C, {{u:Talatona}}, {{u:Luanda}}
Empreiteiro principal: {{u:Construções Kwanza Sul, Lda.}}
Subempreiteiro (mão-de-obra): {{u:Mansudae Overseas Project Group of Companies}}
Data do incidente: 31 de Fevereiro de 2018 (sic)   Hora: 14h20
Local: andaime exterior, fachada norte, 5.º piso

1. DESCRIÇÃO
O trabalhador {{r:UM Song-il}}, de nacionalidade norte-coreana, caiu do andaime do 5.º para o 4.º piso quando uma prancha cedeu. Um colega, {{r:NA Kyong-chol}}, segurou-o pelo braço e evitou uma queda maior. Na altura do incidente o trabalhador não usava arnês, porque, segundo o encarregado, "não havia arneses suficientes".
O encarregado coreano, Sr. {{r:RI Tae-sop}}, informou o técnico de segurança de que o ferimento era "ligeiro". O Sr. {{r:Ri}} não permitiu que o trabalhador fosse levado ao {{u:Hospital Américo Boavista}}, alegando que a equipa coreana tem o seu próprio enfermeiro. O técnico de segurança ri-se desta explicação no seu relatório verbal, mas regista-a aqui tal como foi dada.
O Sr. {{r:Um}} ficou deitado no contentor-dormitório durante três dias. No dia 4 de Março o Sr. {{r:Ri}} comunicou que o trabalhador {{r:Um}} tinha "voltado ao trabalho".

2. TESTEMUNHAS
2.1 {{r:NA Kyong-chol}} (coreano), pedreiro - declarou, por intermédio do intérprete {{p:DO Myong-hak}}, que a prancha estava partida desde a semana anterior e que o Sr. {{r:Na}} e o Sr. {{r:Um}} tinham avisado o encarregado. O intérprete {{p:Do}} acrescentou depois, por sua conta, que "o senhor {{r:Ri}} não gosta de problemas".
2.2 {{p:Adelino Fernandes}} (angolano), operador de grua - declarou que viu o Sr. {{r:Ri}} a gritar com o trabalhador {{r:Um}} cerca de dez minutos antes da queda, porque o trabalho estava atrasado.
2.3 {{p:Domingos Kiala}} (angolano), servente - declarou que os coreanos trabalham até às 22h00 e aos domingos, e que o cozinheiro da equipa, {{p:O Chang-ho}}, lhe pediu uma vez analgésicos "para o rapaz do andaime". O {{p:O}} (é este o apelido dele) fala um pouco de português.
2.4 {{p:Teresa Mbala}} (angolana), vendedora ambulante à porta da obra - declarou que o Sr. {{r:Um Song-il}} lhe comprou água fiada e que o Sr. {{r:Ri Tae-sop}} pagou a dívida "com cara de poucos amigos".

3. MEDIDAS
3.1 Substituição de todas as pranchas da fachada norte.
3.2 Comunicação à {{u:Inspecção Geral do Trabalho}}.
3.3 Pedido à {{u:Mansudae Overseas Project Group of Companies}} de lista nominal dos trabalhadores e cópias dos passaportes, para envio ao {{u:Serviço de Migração e Estrangeiros}}.

Técnico de Segurança: {{p:Manuel Bento}}        Director de Obra: Eng. {{p:Jorge Cardoso}}
Visto: {{p:J. Cardoso}}

---
NGO SUMMARY (EN), prepared by {{p:Ana Lúcia Mateus}}, volunteer translator, {{u:Lisbon}}
- Injured worker: {{r:Um Song-il}} ({{r:엄성일}}; spelled UM in the Portuguese text, Eom in South Korean romanisation). Fell one storey on 31 "February" 2018; the real date, according to {{r:Song-il}}, was 28 February.
- Supervisor: {{r:Ri Tae-sop}} ({{r:리태섭}}). Blocked hospital treatment. {{r:Ri}} also held all passports. {{r:Song-il}} says {{r:Ri}} was moved to a site in {{u:Malabo}}, {{u:Equatorial Guinea}}, later in 2018.
- Coworker and witness: {{r:Na Kyong-chol}} ({{r:나경철}}). {{r:Kyong-chol}} is the man who caught his arm. {{r:Na}} is still believed to be in {{u:Angola}}.
- The interpreter {{p:Do Myong-hak}} and the cook {{p:O Chang-ho}} were part of the same 40-man team. {{r:Song-il}} describes {{p:Do}} as "a Party man" and {{p:O}} as kind.
- The crane operator {{p:Fernandes}} and the street vendor {{p:Teresa}} are potential corroborating witnesses; {{p:Mateus}} has a phone number for {{p:Adelino}} via the parish of {{u:São Domingos}} church.
- Note on language: in the Portuguese text "Um colega", "Na altura", "ri-se", "do andaime" and "O técnico" are ordinary words, not names.""",
    },
    {
        "id": "h33-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Han Ok-rim", "한옥림", "witness", ["Ok-rim"]),
            ("Chu Kwang-myong", "주광명", "supervisor", []),
            ("Kang Hyang-mi", "강향미", "coworker", ["Hyang-mi"]),
        ],
        "note": "Lao visa approval list for DPRK restaurant workers in passport capitals without hyphens, an impossible date of birth 1994-02-30, employer restaurants repeated on each row; given names Sol and Pom that are ordinary English/Korean syllables; a Lao contact's first name; ministry, department and restaurants public.",
        "text": """{{u:LAO PEOPLE'S DEMOCRATIC REPUBLIC}}
Peace Independence Democracy Unity Prosperity
{{u:Ministry of Foreign Affairs}} - {{u:Consular Department}}
Ref. 0617/CD.MFA   {{u:Vientiane Capital}}, 12 June 2018

LIST OF VISA APPROVALS (category LA-B2, business/employment), DPRK NATIONALS
Sponsor: {{u:Lao-Korea Mutual Friendship Trading Co., Ltd.}}
Reference letter from the {{u:Embassy of the DPRK}} No. 112/2018

No. Full name (as in passport)  Sex  Date of birth  Passport No.  Employer                                  Valid until
1   {{r:CHU KWANG MYONG}}       M    1975-08-11     745110231     {{u:Pyongyang Okryu Restaurant Vientiane}}     2019-06-11
2   {{p:PYON CHUN HUI}}         F    1979-03-02     745110248     {{u:Pyongyang Okryu Restaurant Vientiane}}     2019-06-11
3   {{r:HAN OK RIM}}            F    1996-05-17     745110252     {{u:Pyongyang Okryu Restaurant Vientiane}}     2019-06-11
4   {{r:KANG HYANG MI}}         F    1995-10-09     745110269     {{u:Pyongyang Okryu Restaurant Vientiane}}     2019-06-11
5   {{p:RI SOL}}                F    1997-01-22     745110273     {{u:Pyongyang Okryu Restaurant Vientiane}}     2019-06-11
6   {{p:KIM POM}}               F    1994-02-30     745110280     {{u:Pyongyang Okryu Restaurant Vientiane}}     2019-06-11
7   {{p:JO UN GYONG}}           F    1996-12-01     745110294     {{u:Pyongyang Okryu Restaurant Vientiane}}     2019-06-11
8   {{p:SONG MI RAN}}           F    1995-07-30     745110307     {{u:Pyongyang Okryu Restaurant Vientiane}}     2019-06-11
9   {{p:PAK CHOL HO}}           M    1981-04-14     745110311     {{u:Pyongyang Okryu Restaurant Vientiane}}     2019-06-11
10  {{p:HWANG SONG IL}}         M    1972-09-25     745110328     {{u:Koryo Restaurant Luang Prabang}}           2019-06-11
11  {{p:MUN HYE GYONG}}         F    1997-06-03     745110332     {{u:Koryo Restaurant Luang Prabang}}           2019-06-11
12  {{p:RIM SOL HWA}}           F    1996-11-19     745110349     {{u:Koryo Restaurant Luang Prabang}}           2019-06-11
13  {{p:CHOE KUM SIL}}          F    1995-02-08     745110353     {{u:Koryo Restaurant Luang Prabang}}           2019-06-11
14  {{p:RO KWANG CHOL}}         M    1970-01-06     745110381     {{u:Lao-Korea Mutual Friendship Trading Co., Ltd.}}  2019-06-11

Approved by: Deputy Director-General, {{u:Consular Department}} (signature illegible, seal)
Copy: {{u:Immigration Department}}, {{u:Ministry of Public Security}}; {{u:Wattay International Airport}} immigration checkpoint

-------
NGO annotation (received 3 Feb 2020 from a Lao contact, "{{p:Khamla}}", via a friend of a friend; handwritten notes on the photocopy transcribed by {{p:Jennifer Ahn}})
- Row 3, {{r:HAN OK RIM}}: our witness {{r:Han Ok-rim}} ({{r:한옥림}}). {{r:Ok-rim}} left the restaurant in September 2019 and crossed into {{u:Thailand}} at {{u:Chiang Khong}}.
- Row 1, {{r:CHU KWANG MYONG}}: {{r:Chu Kwang-myong}} ({{r:주광명}}), listed as "manager", was in fact the security minder. {{r:Ok-rim}} says {{r:Chu}} kept the girls' passports in the rice sack in the store room.
- Row 2, {{p:PYON CHUN HUI}}: the actual manager, "지배인 동지". {{p:Pyon}} handled the money.
- Row 4, {{r:KANG HYANG MI}}: {{r:Kang Hyang-mi}} ({{r:강향미}}), {{r:Ok-rim}}'s roommate and closest friend. {{r:Hyang-mi}} sang at the evening performances. {{r:Ok-rim}} does not know whether {{r:Hyang-mi}} was punished after the escape.
- Rows 5 and 6: the girls called each other {{p:Sol}} and {{p:Pom}}. {{p:Sol}} is {{p:RI SOL}}; {{p:Pom}} is {{p:KIM POM}}, whose birth date in the list (30 February) is obviously a clerk's mistake. Spring (pom) in Korean; a pine (sol) too.
- Row 12, {{p:RIM SOL HWA}}: went to {{u:Luang Prabang}} in place of {{p:Sol}} after {{r:Chu}} decided the two were "too close". Not the same person as {{p:Sol}}.
- {{p:Khamla}} works near {{u:That Luang}} and knew {{r:Ok-rim}} only by sight.""",
    },
    {
        "id": "h33-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ko Eun-sol", "고은솔", "other", ["Eun-sol"]),
            ("Lim Ji-woo", "임지우", "other", ["Jiwoo"]),
        ],
        "note": "LinkedIn-style profile of a public NGO director (public, including her first name alone) with private colleagues in the About, Experience and Recommendations sections; colleague names surname-last, in an e-mail address and a profile URL; a 'people also viewed' sidebar mixing a public UN rapporteur with private volunteers; universities, NGOs and UN bodies public.",
        "text": """{{u:Hana Seo-Whitfield}}, PhD
Executive Director at {{u:Overseas Labour Watch Korea}} ({{u:OLWK}}) | Forced labour, {{u:DPRK}}, supply chains
{{u:Seoul}}, {{u:South Korea}} · 4,812 followers · 500+ connections
Contact: linkedin.com/in/hana-seo-whitfield

ABOUT
I have spent fifteen years documenting the work of North Korean men and women sent abroad to earn foreign currency for the state: loggers in the {{u:Russian Far East}}, seafood workers in {{u:Liaoning}}, welders in {{u:Poland}}, waitresses in {{u:Phnom Penh}}. With my colleagues {{r:Eun-sol Ko}} and {{r:Jiwoo Lim}} I built {{u:OLWK}}'s testimony database (1,900 interviews) and the anonymisation pipeline that protects the families of the people who speak to us.
I believe evidence should be boring, careful and true.

EXPERIENCE
Executive Director - {{u:Overseas Labour Watch Korea}}
Jan 2017 - Present · {{u:Seoul}}
- Lead a team of 14 case officers, researchers and volunteers.
- Gave evidence to the {{u:UN Human Rights Council}} (2019, 2023) and to the {{u:European Parliament}}'s {{u:Subcommittee on Human Rights}} (2021).
- Built, with {{r:Ko Eun-sol}}, the intake protocol now shared with six partner organisations.

Research Director - {{u:Citizens' Alliance for North Korean Human Rights}}
Mar 2011 - Dec 2016 · {{u:Seoul}}
- Co-authored, with {{p:Daniel Okafor}} and {{r:Eun-sol Ko}}, "Wages of Loyalty: North Korean Workers in {{u:Russia}} and {{u:Qatar}}" (2015).
- Supervised field interviews in {{u:Vladivostok}} and {{u:Doha}} with {{p:Marcus Ferreira}} and {{p:Yoo Bo-ram}}.

Researcher - {{u:Korea Institute for National Unification}}
2008 - 2011

EDUCATION
{{u:SOAS University of London}} - PhD, Development Studies, 2008. Thesis: "Remittance and Control". Supervisor: Prof. {{p:Margaret Lindqvist}}.
{{u:Ewha Womans University}} - BA, Sociology, 2001.

SELECTED TESTIMONY AND BRIEFINGS
- Briefing to the {{u:Commission of Inquiry on Human Rights in the Democratic People's Republic of Korea}}, chaired by {{u:Michael Kirby}}, {{u:Seoul}} public hearings, August 2013.
- Submission to the {{u:Special Rapporteur on the situation of human rights in the DPRK}}, {{u:Ana Lucía Ferreyra}}, 2023.

RECOMMENDATIONS (3)
{{p:Daniel Okafor}} · Programme Officer at {{u:Walk Free}}
"I worked with {{u:Hana}} for six years. {{u:Hana}} reads every transcript herself. When we disagreed about a source, she was right, and she made me feel like I had found it."

{{r:Eun-sol Ko}} · Senior Case Officer at {{u:OLWK}}
"{{u:Hana Seo-Whitfield}} hired me as a volunteer in 2014 when I could barely type in English. Everything I know about interviewing, I learned by sitting next to Dr {{u:Seo-Whitfield}} and watching her wait."

{{p:Park Min-ji}} · Data Manager at {{u:OLWK}}
"Working with {{u:Hana}}, {{r:Eun-sol}} and {{r:Jiwoo}} on the database was the best two years of my career. {{u:Hana}} insists that no witness name ever leaves the building."

ACTIVITY
{{u:Hana Seo-Whitfield}} reposted this · 2d
{{r:Jiwoo Lim}} (she/her) · Researcher at {{u:OLWK}}: "Our new report on seafood processing in {{u:Dandong}} is out. Thanks to {{r:Eun-sol}}, {{p:Min-ji}} and our brave interviewees."
Comments: {{p:Brandon Yoo}} "Congrats {{r:Jiwoo}}!" · {{p:Sakura Tanaka}} "Important work."

CONTACT FOR MEDIA
{{u:OLWK}} press desk: {{r:eunsol.ko}}@olwk.org (Korean) / {{r:jiwoo.lim}}@olwk.org (English)

PEOPLE ALSO VIEWED
{{u:Ana Lucía Ferreyra}} · UN Special Rapporteur on the situation of human rights in the {{u:DPRK}}
{{p:Brandon Yoo}} · Volunteer translator
{{r:Ko Eun-sol}} · Senior Case Officer at {{u:OLWK}}
{{p:Chloe Vandermeer}} · Student at {{u:Leiden University}}""",
    },
    {
        "id": "h33-en-08",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Pak Chol-jin", "박철진", "other", ["Chol-jin"]),
            ("Pak Chol-hui", "박철희", "relative", ["Chol-hui"]),
            ("Kwak Yong-chan", "곽영찬", "supervisor", []),
        ],
        "note": "Online petition about a welder's death at a Polish shipyard with a long signature list: Polish diacritics, a zero-width space inside a name, fullwidth letters, emoji flags, surname-first and surname-last Korean names, a joke signature by a public figure (public), 'Anonymous' and 'A concerned citizen' unmarked; comments naming friends; Polish ministries, inspectorate, cities and company public.",
        "text": """PETITION: Justice for {{r:Pak Chol-jin}} - no more forced labour in Baltic shipyards
Started by {{r:Pak Chol-hui}} · {{u:Seoul}}, {{u:South Korea}}
To: {{u:Ministry of Family, Labour and Social Policy}} ({{u:Poland}}); {{u:National Labour Inspectorate}} ({{u:Państwowa Inspekcja Pracy}}); {{u:European Commission}}, {{u:DG Employment}}

My older brother {{r:Pak Chol-jin}} was a welder. In 2017 he was sent from {{u:Nampho}} to {{u:Szczecin}} with 22 other men to build ship sections for {{u:Baltic Hull Works sp. z o.o.}}. On 9 October 2017 he died in a fire inside a double-bottom tank. He was 34.
The company told the Polish police that {{r:Chol-jin}} had entered the tank "against instructions". His brigade leader, {{r:Kwak Yong-chan}}, told the other men that {{r:Chol-jin}} was careless. But {{r:Kwak}} had sent him in without a gas test, because the section had to be delivered to {{u:Gdańsk}} on Friday.
I escaped from the North in 2012. I learned of {{r:Chol-jin}}'s death from a Polish journalist. Our mother still thinks her son is in {{u:Poland}} earning money.
We ask: (1) a new investigation by the {{u:National Labour Inspectorate}}; (2) that {{u:Baltic Hull Works}} publish the names of the intermediaries who supplied the workers; (3) that {{u:Poland}} ensure no DPRK worker is employed contrary to {{u:UN Security Council resolution 2397}}.
- {{r:Chol-hui}} (박철희)

SIGNATURES (export, page 1 of 12; 1,104 signatures)
1. {{r:Pak Chol-hui}} - {{u:Seoul}}, KR - "For my brother."
2. {{p:Katarzyna Wójcik}} - {{u:Szczecin}}, PL - "I live two streets from the shipyard. I never knew."
3. {{p:Tom\u200basz Nowak}} - {{u:Police}}, PL
4. {{p:Lee Min-ju}} - {{u:Busan}}, KR
5. {{p:ＬＥＥ Ｍｉｎｊｕ}} - {{u:Busan}}, KR - "sorry signed twice"
6. Anonymous - PL
7. {{p:Grzegorz Dąbrowski}} - {{u:Gdynia}}, PL - "My father was a welder in {{u:Gdynia}}. Shame."
8. 🇰🇷 {{p:Park Jiyeon}} - {{u:Incheon}}, KR
9. {{p:Jiyeon Park}} - {{u:Toronto}}, CA - "signing for my mom {{p:Sun-hee}} too"
10. {{p:Agnieszka Zielińska-Kruk}} - {{u:Warsaw}}, PL
11. {{u:Kim Jong Un}} - {{u:Pyongyang}}, KP - "fake news" [flagged as spam by moderator {{p:Ewa}}]
12. {{p:Marek Lewandowski}} - {{u:Szczecin}}, PL - "I worked with Koreans at {{u:Baltic Hull Works}} in 2016. They never had a day off. One of them was called {{p:Kim}}, we called him {{p:Kimek}}."
13. {{p:Oh Se-ryung}} - {{u:Daejeon}}, KR
14. A concerned citizen - DE
15. {{p:Hannah Müller}} - {{u:Hamburg}}, DE
16. {{p:Jae-won Choi}} 🇺🇸 - {{u:Los Angeles}}, US - "{{r:Chol-hui}} unni, we are with you"
17. {{p:Piotr Kowalczyk}} - {{u:Kraków}}, PL
18. {{p:Yuki Matsumoto}} - {{u:Osaka}}, JP
19. {{p:KANG SEUNG-HO}} - {{u:Suwon}}, KR
20. {{p:Zofia Wiśniewska}} - {{u:Gdańsk}}, PL - "Pamięci {{r:Pak Chol-jin}}. Wieczny odpoczynek."
21. {{p:Han Yu-jin}} - {{u:Seoul}}, KR - "I met {{r:Chol-hui}} at {{u:Hanawon}}. Her brother deserves justice."
22. {{p:Sebastian Krawczyk}} - {{u:Police}}, PL
23. {{p:Bae Dong-hyun}} - {{u:Gwangju}}, KR
25. {{p:Nguyen Thi Lan}} - {{u:Hanoi}}, VN - "my cousin {{p:Tuan}} works in {{u:Poland}}, please check conditions"
27. {{p:Jakub Wróbel}} - {{u:Szczecin}}, PL - "I was on the fire brigade that night. The Koreans said the man's name was {{r:Pak}}. Their leader {{r:Kwak}} told us not to take photos."

Moderator comment ({{p:Ewa Sadowska}}, petition team): signature 11 removed; signature 5 merged with 4. Comment 27 forwarded to {{r:Chol-hui}} with the signer's consent.""",
    },
    {
        "id": "h33-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Hwang Un-jong", "황은정", "witness", ["Un-jong"]),
            ("Yon Kum-sil", "연금실", "coworker", ["Kum-sil"]),
            ("Pyo Yong-dae", "표영대", "other", []),
        ],
        "note": "Visitor log of a Bangkok immigration detention centre, pipe-separated, detainees in passport capitals and visitors from NGOs, a church and the ROK embassy; Thai officers with rank prefixes and abbreviated surnames, the honorific Khun outside the marker; a detained broker; detention centre, bureau, embassy and NGOs public.",
        "text": """IMMIGRATION DETENTION CENTRE, {{u:SUAN PHLU}} - VISITOR REGISTER (copy obtained by counsel)
{{u:Immigration Bureau}}, {{u:Royal Thai Police}} - {{u:Sathorn}}, {{u:Bangkok}}
Building 2 (female) / Building 5 (male). Visits 09:30-11:30 and 13:00-15:00 on weekdays.

Date       | In    | Out   | Visitor               | ID            | Organisation / relation                 | Detainee          | Room  | Officer on duty
2019-10-02 | 09:40 | 10:10 | {{p:Kim Da-eun}}      | KR M8812xxxx  | {{u:Durihana Church}} (pastoral)       | {{r:HWANG UN JONG}}    | W2-14 | Pol.Sgt. {{p:Somsak C.}}
2019-10-02 | 09:40 | 10:10 | {{p:Kim Da-eun}}      | KR M8812xxxx  | {{u:Durihana Church}} (pastoral)       | {{r:YON KUM SIL}}      | W2-14 | Pol.Sgt. {{p:Somsak C.}}
2019-10-04 | 13:05 | 13:50 | {{p:Lee Jun-seok}}    | KR diplomatic | {{u:Embassy of the Republic of Korea}} (consular) | {{r:HWANG UN JONG}} | W2-14 | Pol.L/Cpl. {{p:Nattaya S.}}
2019-10-04 | 13:55 | 14:20 | {{p:Lee Jun-seok}}    | KR diplomatic | {{u:Embassy of the Republic of Korea}} (consular) | {{r:PYO YONG DAE}}  | M5-03 | Pol.L/Cpl. {{p:Nattaya S.}}
2019-10-07 | 10:00 | 11:00 | Khun {{p:Pornthip Wongsakul}} | TH 3-1012-xxxxx | lawyer, {{u:Lawyers Council of Thailand}} | {{r:HWANG UN JONG}} | W2-14 | Pol.Sgt. {{p:Somsak C.}}
2019-10-07 | 11:05 | 11:25 | Khun {{p:Pornthip Wongsakul}} | TH 3-1012-xxxxx | lawyer                          | {{r:YON KUM SIL}}      | W2-14 | Pol.Sgt. {{p:Somsak C.}}
2019-10-09 | 13:10 | 13:40 | {{p:Grace Baek}}      | US 5601xxxxx  | {{u:Overseas Labour Watch Korea}}      | {{r:HWANG UN JONG}}    | W2-14 | Pol.L/Cpl. {{p:Nattaya S.}}
2019-10-09 | 13:45 | 13:50 | {{p:Grace Baek}}      | US 5601xxxxx  | {{u:Overseas Labour Watch Korea}}      | {{r:YON KUM SIL}}      | W2-14 | Pol.L/Cpl. {{p:Nattaya S.}} - detainee refused visit
2019-10-11 | 09:35 | 09:55 | {{p:Hwang Myong-ok}}  | KR M4410xxxx  | sister of detainee                      | {{r:HWANG UN JONG}}    | W2-14 | Pol.Sgt. {{p:Somsak C.}}
2019-10-14 | 10:20 | 10:40 | Pastor {{p:Ahn}} (see remarks) | - | {{u:Durihana Church}}           | {{r:PYO YONG DAE}}     | M5-03 | Pol.Lt. {{p:Anucha P.}}
2019-10-18 | 14:00 | 14:30 | {{p:Tanawat Boonmee}} | TH 1-1002-xxxxx | "friend" (see remarks)                | {{r:PYO YONG DAE}}     | M5-03 | Pol.Lt. {{p:Anucha P.}}

Remarks (Pol.Lt. {{p:Anucha Phromma}}, shift commander)
- 14 Oct: visitor gave name only as "Pastor {{p:Ahn}}" and a church card; full name later recorded as {{p:Ahn Sang-hoon}}. {{p:Ahn}} said he would bring rice cakes; not permitted.
- 18 Oct: visitor {{p:Tanawat Boonmee}} states he is a "friend" of detainee {{r:PYO YONG DAE}}. Officer {{p:Somsak}} suspects he is part of the same transport network as {{r:Pyo}}. Visit cut short after {{r:Pyo}} was heard giving a telephone number.
- 9 Oct: detainee {{r:YON KUM SIL}} refused the NGO visit because she believed visitor {{p:Baek}} was "from the North". Detainee {{r:HWANG UN JONG}} explained to officer {{p:Nattaya}} that {{r:Yon}} is frightened of all Koreans.
- Detainees {{r:Hwang}} and {{r:Yon}} share room W2-14 with 31 other women.

Counsel's notes ({{p:Pornthip Wongsakul}}, for {{u:Overseas Labour Watch Korea}}, 24 Oct 2019)
1. {{r:Hwang Un-jong}} ({{r:황은정}}), 27, and {{r:Yon Kum-sil}} ({{r:연금실}}), 24, were waitresses at a DPRK restaurant in {{u:Vientiane}} until August. They crossed the {{u:Mekong}} at night with a group guided by {{r:Pyo Yong-dae}} ({{r:표영대}}), a South Korean-registered broker, and were arrested in {{u:Nong Khai}} with him.
2. {{r:Un-jong}} is calm and has agreed to testify about the restaurant. {{r:Kum-sil}} is not sleeping. The sister, {{p:Hwang Myong-ok}}, who lives in {{u:Ansan}}, has offered to sponsor both.
3. {{r:Pyo}} is charged with illegal entry only. He told me through the bars that {{r:Hwang}} owes him 3 million won and that "the girl {{r:Kum-sil}}" owes him 2 million. I have told {{r:Un-jong}} she owes him nothing.
4. Consular officer {{p:Lee}} expects the transfer to {{u:Seoul}} within 6 weeks. Officers {{p:Somsak}} and {{p:Nattaya}} have been correct and kind.""",
    },
    {
        "id": "h33-en-10",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Jon Chol-u", "전철우", "other", ["Chol-u"]),
            ("Ri Mi-gyong", "리미경", "relative", ["Mi-gyong"]),
        ],
        "note": "UN Special Rapporteur press release: the rapporteur, the High Commissioner, DPRK leaders and officials are public, as are UN bodies, resolutions, countries and the Geneva datelines; a named deceased worker and his wife (registered), quoted with consent, and a private press officer in the media contacts; a hashtag with a country name.",
        "text": """{{u:OHCHR}} | Press releases | {{u:Special Procedures}}

{{u:DPRK}}: UN expert alarmed by continued dispatch of workers abroad, calls for accountability for deaths

{{u:GENEVA}} (18 April 2024) - The {{u:Special Rapporteur on the situation of human rights in the Democratic People's Republic of Korea}}, {{u:Ana Lucía Ferreyra}}, today expressed alarm at credible reports that workers from the {{u:Democratic People's Republic of Korea}} continue to be sent to construction sites, logging camps, fishing vessels and factories abroad, in spite of {{u:Security Council resolution 2397}} (2017), which required Member States to repatriate all DPRK nationals earning income in their jurisdictions by December 2019.

"Workers tell us that they labour up to 18 hours a day, have their passports confiscated, are watched by security minders and receive only a small fraction of their wages, while the rest is transferred to the State," {{u:Ferreyra}} said. "These are indicators of forced labour."

The Special Rapporteur said she had received information on the death of Mr {{r:Jon Chol-u}}, a 41-year-old construction worker from {{u:Kaesong}}, at a building site in the {{u:Russian Federation}} in November 2023. According to the information received, Mr {{r:Jon}} was denied medical care for several days after an accident, and his body was returned to the {{u:DPRK}} without an independent examination. His wife, Ms {{r:Ri Mi-gyong}}, who left the {{u:DPRK}} in 2015 and now lives in the {{u:Republic of Korea}}, has authorised the publication of his name.

"I was told my husband died of a cold," Ms {{r:Ri}} said in a statement shared with the Special Rapporteur. "{{r:Chol-u}} had never been sick in his life. I want the company and the men who kept him in that room to answer for it."

The expert has written to the Governments of the {{u:DPRK}}, the {{u:Russian Federation}} and the {{u:People's Republic of China}}, as well as to the company reported to have employed Mr {{r:Jon}}, requesting information. She also referred to the findings of the {{u:Commission of Inquiry on Human Rights in the Democratic People's Republic of Korea}} (2014) and to the report of the {{u:Secretary-General}} to the {{u:General Assembly}} on the issue.

The {{u:UN High Commissioner for Human Rights}}, {{u:Volker Türk}}, has previously stressed that the {{u:DPRK}}'s human rights situation cannot be separated from its economic system of forced labour. The {{u:DPRK}}'s Permanent Mission in {{u:Geneva}} has consistently rejected the mandate of the Special Rapporteur.

The Special Rapporteur urged all States hosting DPRK workers to identify them, ensure their access to consular-independent interpreters and lawyers, and to refrain from forcibly returning any person who may face torture or other serious violations, in line with the principle of non-refoulement.

She noted that the policy of sending workers abroad had been publicly praised in State media, including in remarks attributed to {{u:Kim Jong Un}} on the importance of foreign currency earnings, and that the {{u:Panel of Experts}} established pursuant to {{u:resolution 1718}} had documented such practices until its mandate ended in April 2024.

"Mr {{r:Jon}}'s family, and the families of many others, deserve the truth," {{u:Ferreyra}} said. "I call on the authorities to tell Ms {{r:Ri}} what happened to her husband."

The Special Rapporteur will present her next report to the {{u:Human Rights Council}} at its 58th session.

ENDS

{{u:Ana Lucía Ferreyra}} ({{u:Peru}}) was appointed by the {{u:Human Rights Council}} as Special Rapporteur on the situation of human rights in the {{u:DPRK}} in 2022. Special Rapporteurs are part of what is known as the {{u:Special Procedures}} of the {{u:Human Rights Council}}.

For more information and media requests, please contact: {{p:Mireille Dufour}} ({{p:mireille.dufour}}@un.org) or {{p:Kenji Arakawa}} ({{p:kenji.arakawa}}@un.org).
For media enquiries regarding other UN independent experts, please contact {{p:Dara Kovac}} ({{p:dara.kovac}}@un.org).
Follow news related to the UN's independent human rights experts on X: @{{u:UN_SPExperts}}
Concerned about the world we live in? Then STAND UP for someone's rights today. #Standup4humanrights #{{u:DPRK}}""",
    },
    {
        "id": "h33-en-11",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Sim Hyang-ok", "심향옥", "witness", ["Hyang-ok"]),
            ("Ryom Tae-sik", "렴태식", "supervisor", []),
            ("Kil Su-ryon", "길수련", "coworker", ["Su-ryon"]),
        ],
        "note": "News feature on seafood processing plants in Liaoning: public figures (Kim Jong Un, Kim Yo Jong, a Chinese foreign-ministry spokesperson, the South Korean unification minister, a US ambassador) public; anonymous workers named by surname or given name only, surnames Sim and Kil beside 'SIM card' and 'kill'; a list of surnames in a quotation; a byline; a hard-wrapped name split across a line break; companies, ports and agencies public.",
        "text": """WORLD | ASIA
Behind the squid: North Korean women in Chinese seafood plants tell of 14-hour days and locked dormitories
By {{p:Rebecca Thornfield}} and {{p:Choi Jae-hyun}} in {{u:Seoul}}
Published 21 September 2023

When {{r:Sim Hyang-ok}} arrived at the gates of a seafood processing plant in {{u:Donggang}}, a port city on the Chinese side of the {{u:Yalu River}}, she was 23 and had never seen a squid bigger than her hand.

Within a month, she said, she was gutting 2,000 of them a day.

{{r:Sim}}, now 29 and living in {{u:South Korea}}, is one of eight former workers interviewed for this article who described conditions in plants in {{u:Liaoning}} province that process fish and squid for export, including, according to shipping records reviewed by the reporters, to distributors supplying supermarkets in {{u:Europe}} and {{u:North America}}.

All eight said they were sent to {{u:China}} by state trading companies in {{u:North Korea}} and that their wages were paid not to them but to their supervisors. Several asked to be identified by only part of their names because their families remain in the North.

"We were not allowed a phone, not even a SIM card," said {{r:Hyang-ok}}. "The windows of the dormitory had bars. We walked from the dormitory to the plant in two lines, and {{r:Ryom}} walked at the back."

{{r:Ryom Tae-sik}}, the minder she describes, was a man in his fifties who, according to {{r:Sim}} and two other women, confiscated the workers' passports on arrival and kept a notebook in which he recorded their conversations. A woman who worked at a neighbouring plant, and who asked to be identified by her surname, {{p:Ri}}, described a similar figure there, whom the women called "the teacher".

"{{r:Sim}}, {{r:Kil}}, {{p:Ri}}, {{p:Pak}}: he knew all our mothers' names," {{p:Ri}}, 31, said. "That was the point."

{{r:Kil Su-ryon}}, 27, who shared a bunk with {{r:Hyang-ok}}, said that in 2019 a worker named {{p:Un-hui}} tried to kill herself after she was told her mother had died in {{u:Hyesan}} and that she could not go home. "{{r:Ryom}} said she had embarrassed the fatherland," {{r:Su-ryon}} said. "He made her apologise to all of us at the evening meeting."

The reporters were unable to reach {{r:Ryom}}. The plant's Chinese manager, reached by telephone, gave his name as Mr {{p:Gao}} and said the company, {{u:Donggang Haixin Aquatic Products Co.}}, "has no North Korean employees" before hanging up. Export records list the same company as a supplier to {{u:Ocean Harvest Trading GmbH}} in {{u:Hamburg}}, which did not respond to requests for comment.

At a regular briefing in {{u:Beijing}}, a spokesperson for {{u:China}}'s {{u:Ministry of Foreign Affairs}}, {{u:Wang Wenbin}}, said that {{u:China}} "has always earnestly fulfilled its international obligations" and that he was "not aware of the specific situation".

{{u:South Korea}}'s unification minister, {{u:Kim Yung-ho}}, told lawmakers that the government was "closely monitoring" reports of North Korean workers abroad. At the {{u:United Nations}}, the American ambassador, {{u:Linda Thomas-Greenfield}}, has repeatedly accused {{u:Pyongyang}} of using overseas workers to fund its weapons programmes. North Korean state media, which regularly carries statements by {{u:Kim Yo Jong}}, the sister of leader {{u:Kim Jong Un}}, dismisses such accounts as a "human rights racket".

The women interviewed described a routine that began at 5:30 a.m. with a reading from the works of {{u:Kim Jong Un}} and ended after 8 p.m. A former shift leader who asked to be identified by his given name, {{p:Yong-chol}}, said production targets were raised before every national holiday. "If the target was not met, {{p:Yong-chol}} was criticised first," he said of himself, "then {{p:Yong-chol}} criticised the girls."

One woman, who spoke on condition that only her initials, {{p:P.S.N.}}, be published, said she was beaten by a supervisor after she was caught with a letter from home. Her friend, {{p:Pak
Sun-nyo}}, who left the plant in 2022, confirmed the account. ({{p:P.S.N.}} and {{p:Pak}} are not related.)

{{r:Sim}} left {{u:China}} in 2021 with the help of a broker, travelling through {{u:Laos}} and {{u:Thailand}}. {{r:Kil}} followed a year later. They now share a flat in {{u:Incheon}}.

"{{r:Su-ryon}} still counts squid in her sleep," {{r:Hyang-ok}} said. "I can hear her: six hundred, six hundred and one."

Additional reporting by {{p:Liu Mengyao}} in {{u:Dandong}}. Editing by {{p:Simon Hale}}.""",
    },
    {
        "id": "h33-en-12",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Kim Su-hyang", "김수향", "witness", ["Su-hyang", "Hyangi"]),
            ("Yom Chang-ryol", "염창렬", "supervisor", []),
        ],
        "note": "GitHub-style bug report from NGO staff about missed redactions: private staff handles after @, case names inside code blocks with a zero-width space, fullwidth letters and an ideographic space, an OCR line break inside a name, a nickname with a Korean particle, and a chat nickname; labels and milestones unmarked; platforms (KakaoTalk, GitHub, Windows) and the NGO public.",
        "text": """Names with zero-width spaces / fullwidth letters are not redacted #412
Open  · @{{p:sybaek}} opened this issue on 14 Mar 2024 · 6 comments
Labels: bug, privacy, P1   Assignees: @{{p:treyes-dev}}   Milestone: v2.3 intake

**Describe the bug**
When a chat export pasted from {{u:KakaoTalk}} contains a zero-width space inside a name, the name passes through unredacted. The person is registered in the case (OLWK-2023-0311: {{r:Kim Su-hyang}} / {{r:김수향}}, alias "{{r:Hyangi}}"). Same for fullwidth text copied from a Japanese-keyboard PC.

**To reproduce**
1. Create case, register person {{r:Kim Su-hyang}} ({{r:김수향}}), role witness, alias {{r:Hyangi}}. Register {{r:Yom Chang-ryol}} ({{r:염창렬}}) as supervisor.
2. Paste:
```
[오후 9:14] {{r:김\u200b수향}}: 반장님이 또 여권 가져갔어
[오후 9:15] {{r:수향}}이 동생: 누가? {{r:염}} 반장?
[오후 9:15] {{r:김\u200b수향}}: 응 {{r:염창렬}}이
```
3. Click "Redact".

**Expected**
All four mentions of {{r:Su-hyang}} and both of {{r:Yom}} redacted.

**Actual**
Only "{{r:염창렬}}" (line 3) and "{{r:염}}" (line 2) are redacted. Both "{{r:김\u200b수향}}" stay. "{{r:수향}}이 동생" also stays, because of the particle, I think?

**More examples** (from the same case file, page 3 and page 7)
```
Witness: {{r:ＫＩＭ　ＳＵ－ＨＹＡＮＧ}} (b. 1994), {{u:Hunchun}} garment factory
Supervisor: {{r:YOM Chang-
ryol}} (OCR broke the line)
```
Neither is redacted. The second one, split across the line, would be hard to catch, but the first one is just fullwidth.

**Environment**
Desktop app 2.2.7, {{u:Windows}} 11, input from {{u:KakaoTalk}} PC "Export chat".

---
**@{{p:treyes-dev}}** commented on 14 Mar 2024
Reproduced. Also fails when the alias is glued to emoji: "🌸{{r:Hyangi}}🌸" is missed but "{{r:Hyangi}}" alone works. {{p:Seo-yun}}, can you attach the original file (encrypted) to the case, not here?

**@{{p:sybaek}}** commented on 14 Mar 2024
Done, it is in the vault under the case number. Removed the names from my first draft of this issue, but {{p:Tomás}} please check I did not leave any in the screenshots. ({{r:Su-hyang}} consented to us using her case for testing, but not to the names on {{u:GitHub}}.)

**@{{p:mj-park-olwk}}** commented on 15 Mar 2024
Screenshot 2 still shows "{{r:Hyangi}}" and "{{r:염}} 반장" in the chat bubble. I replaced it. Also: {{r:Kim}}'s sister's nickname "{{p:콩순이}}" is in the same export; she is not registered.

**@{{p:treyes-dev}}** commented on 16 Mar 2024
Fix in #415: normalise NFKC + strip U+200B/U+200C/U+200D/U+FEFF before matching, keep offsets mapped to the original text. Will add {{r:Kim Su-hyang}}'s redacted lines as a regression test with fake names instead of hers.

**@{{p:sybaek}}** commented on 16 Mar 2024
Thanks {{p:Tomás}}! 🙏 Please also test "{{r:Su-hyang}}'s" with the English possessive. And {{r:Yom}}'s name in Chinese: {{r:廉昌烈}}.

**@{{p:grace-baek}}** commented on 17 Mar 2024
FYI the {{u:Overseas Labour Watch Korea}} data policy says no real names in issues at all, even registered ones. Closing the thread for edits; please continue in the private tracker.""",
    },
    {
        "id": "h33-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Hyang-suk", "리향숙", "witness", ["향숙"]),
            ("Ko Yong-nam", "고영남", "supervisor", []),
            ("Pak Un-ha", "박은하", "coworker", ["은하"]),
        ],
        "note": "Chinese court notice (法院公告) with 被告人 names in Chinese characters followed by an NGO Korean translation; NK workers' names in Chinese characters and Hangul (李香淑/리향숙), a semi-anonymised defendant 崔某/최모 with only the surname marked, 박은하 beside 박은 with the topic particle, 고 as surname beside 고 in ordinary words; court, procuratorate, criminal law article, company and places public.",
        "text": """{{u:辽宁省丹东市中级人民法院}}
公  告
（2019）辽06刑初27号

本院审理的{{u:丹东市人民检察院}}指控被告人{{p:刘建华}}、被告人{{p:金永洙}}、被告人{{p:崔}}某犯组织他人偷越国（边）境罪一案，定于2019年12月31日上午9时在本院第三审判庭公开宣判。因被害人、证人中部分系朝鲜籍人员，下落不明，现依法公告如下：

被告人{{p:刘建华}}，男，1971年出生，汉族，{{u:辽宁省东港市}}人，个体运输户。
被告人{{p:金永洙}}，男，1983年出生，朝鲜族，{{u:吉林省延吉市}}人，无业。
被告人{{p:崔}}某，男，2002年出生，犯罪时未满十八周岁，依法不公开其姓名。

经审理查明：2018年4月至6月间，被告人{{p:刘建华}}伙同被告人{{p:金永洙}}，收取每人人民币三万元至五万元不等的费用，组织在{{u:丹东华昌水产有限公司}}务工的朝鲜籍人员{{r:李香淑}}、{{r:朴银河}}、{{p:韩春花}}、{{p:赵明玉}}、{{p:文成哲}}等五人，从该公司宿舍出逃，经{{u:东港市}}、{{u:大连市}}前往{{u:云南省}}，企图偷越国境。被告人{{p:崔}}某负责驾驶车辆。

证人{{r:高英男}}（朝鲜籍，该公司朝方管理人员）证言证实，{{r:李香淑}}等人的护照由其统一保管，五人出逃当晚其发现宿舍门锁被撬。证人{{p:王丽娟}}（该公司人事主管）证言与之相印证。

本院认为，被告人{{p:刘建华}}、{{p:金永洙}}、{{p:崔}}某的行为已构成组织他人偷越国（边）境罪，依照《{{u:中华人民共和国刑法}}》第三百一十八条之规定，将依法宣判。

特此公告。
{{u:辽宁省丹东市中级人民法院}}
二〇一九年十二月二日

----------------------------------------
[번역 및 메모] 번역: {{p:정다인}} (자원활동가), 검토: {{p:고}} 간사 / 2020년 1월

{{u:랴오닝성 단둥시 중급인민법원}} 공고 (2019)랴오06형초27호

본원이 심리한 {{u:단둥시 인민검찰원}} 기소 피고인 {{p:류젠화}}({{p:刘建华}}), 피고인 {{p:김영수}}({{p:金永洙}}), 피고인 {{p:최}}모의 타인 국경 밀출국 조직죄 사건을 2019년 12월 31일 오전 9시 본원 제3법정에서 공개 선고한다. 피해자·증인 중 일부가 조선(북한) 국적자로서 행방불명이므로 법에 따라 공고한다.

사실관계: 2018년 4~6월 피고인 {{p:류젠화}}는 피고인 {{p:김영수}}와 함께 1인당 3만~5만 위안을 받고 {{u:단둥화창수산유한공사}}에서 일하던 북한 국적자 {{r:리향숙}}({{r:李香淑}}), {{r:박은하}}({{r:朴银河}}), {{p:한춘화}}, {{p:조명옥}}, {{p:문성철}} 등 5명이 회사 기숙사에서 도주하도록 조직하여 {{u:둥강}}, {{u:다롄}}을 거쳐 {{u:윈난성}}으로 이동, 국경을 넘으려 하였다. 피고인 {{p:최}}모는 차량을 운전하였다.

증인 {{r:고영남}}(북한 국적, 회사 측 북한인 관리자)은 {{r:리향숙}} 등의 여권을 자신이 일괄 보관했으며 도주 당일 밤 기숙사 자물쇠가 부서진 것을 발견했다고 진술했다. 증인 {{p:왕리쥐안}}({{p:王丽娟}}, 인사 담당)의 진술도 이와 일치한다.

적용 법조: 《{{u:중화인민공화국 형법}}》 제318조.

[메모]
1. {{r:李香淑}}은 우리 증언자 {{r:리향숙}}이 맞다. 한국식으로는 {{r:이향숙}}. {{r:향숙}} 씨는 2018년 6월 {{u:쿤밍}}에서 잡히지 않고 {{u:라오스}}로 넘어가 2019년 3월 입국했다. 공고문에는 "下落不明(행방불명)"으로 되어 있다.
2. {{r:朴银河}} = {{r:박은하}}. {{r:박}}은 그때 스물셋이었다. {{r:은하}}는 {{u:윈난}}에서 {{r:향숙}} 씨와 헤어졌고 이후 소식이 없다. {{r:향숙}} 씨 말로는 {{r:박은하}}가 잡혀서 {{u:신의주}}로 넘겨졌다는 소문이 있다.
3. {{r:高英男}} = {{r:고영남}}. 공장 안에서는 "{{r:고}} 지도원"으로 불렸다. 고향은 {{u:평안북도}} {{u:정주}}라고 한다. {{r:향숙}} 씨는 "{{r:고영남}}이가 증언을 했다니 고소하다"고 웃었지만 곧 울었다. 여권을 빼앗아 간 사람이 {{r:고}} 지도원이었기 때문이다.
4. 피고인 {{p:金永洙}}(조선족)는 {{r:향숙}} 씨가 "{{p:영수}} 삼촌"이라고 부르던 사람이다. 돈을 받기는 했지만 자신들에게 잘해 줬다고 한다.
5. 나머지 세 사람 {{p:韩春花}}({{p:한춘화}}), {{p:赵明玉}}({{p:조명옥}}), {{p:文成哲}}({{p:문성철}})에 대해서는 {{r:향숙}} 씨도 이름 정도만 안다. {{p:문성철}}은 같은 공장의 유일한 남자 노동자로 보일러공이었다.
6. "{{p:최}}모"는 미성년자라 이름이 가려져 있다. 운전기사였는데 {{r:향숙}} 씨는 그를 "{{p:샤오추이}}"({{p:小崔}})라고 기억한다.""",
    },
    {
        "id": "h33-ko-02",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Han Jin-hyok", "한진혁", "witness", ["진혁"]),
            ("Jo Kwang-chol", "조광철", "supervisor", ["여우"]),
            ("Ri Pong-su", "리봉수", "coworker", ["봉수", "봉"]),
        ],
        "note": "Defector's memoir excerpt (Korean literary prose) about welding at a Polish shipyard: the minder's nickname 여우 beside the animal and 여우비, surname+honorific forms (최가, 문 반장, 탁 동무), names with particles (봉수를, 봉수가, 진혁아), Polish names in Hangul, a wife and daughter by given name; long paragraphs; city, shipyard and party public.",
        "text": """제7장 바다 건너 용접불꽃

{{u:그단스크}}에 도착한 것은 2015년 4월, 여우비가 내리던 오후였다. 해가 쨍쨍한데 빗방울이 떨어지니 다들 신기해서 하늘을 올려다보았다. 그때 버스 맨 앞자리에 앉아 있던 보위원 {{r:조광철}}이 돌아보며 말했다. "고개 숙이라. 남의 나라 하늘 구경하러 온 게 아니다." 우리는 그날부터 그를 {{r:여우}}라고 불렀다. 물론 그가 없는 데서만. {{r:여우}}는 눈치가 빨랐고, 누가 무슨 생각을 하는지 얼굴만 보고도 알아맞히는 것 같았다. 여우를 실제로 본 사람은 우리 중에 {{r:봉수}}밖에 없었는데, {{r:봉수}}는 "진짜 여우는 저렇게 못생기지 않았다"고 했다.

우리 작업반은 스물두 명이었다. 반장은 {{p:문창일}}이었고, 사람들은 그를 그냥 {{p:문}} 반장이라고 불렀다. {{p:문}} 반장은 나쁜 사람은 아니었지만 {{r:여우}} 앞에서는 아무 말도 못 했다. 우리는 {{u:조선릉라무역회사}} 소속으로 왔지만 조선소 사람들은 우리를 "하청의 하청"이라고 불렀다. 폴란드 회사 이름은 {{u:발트선체공업}}이라고 했는데, 정확한 이름은 나중에 {{u:한국}}에 와서야 알았다.

나와 같은 방을 쓴 사람이 {{r:리봉수}}였다. {{r:봉수}}는 {{u:남포}} 사람으로 나보다 다섯 살 어렸다. 손이 빠르고 용접 비드가 고왔다. 폴란드 십장 {{p:야누시}}가 {{r:봉수}}를 제일 좋아했다. {{p:야누시}}는 {{r:봉수}}의 이름을 제대로 발음하지 못해서 "{{r:봉}}"이라고만 불렀다. "{{r:봉}}, 굿!" 하고 엄지를 세우면 {{r:봉수}}는 얼굴이 빨개졌다. {{r:여우}}는 그것도 싫어했다. 외국 사람과 웃으면 그것이 곧 사상이 흔들리는 징조라고 했다.

통역은 {{p:최}}가라는 사람이 했다. 우리는 그를 뒤에서 {{p:최}}가, {{p:최}}가 하고 불렀다. 이름은 {{p:최만석}}이었던 것 같다. {{p:최}}가는 폴란드 말을 반쯤 알았고 나머지 반은 지어냈다. 한번은 {{p:야누시}}가 안전모를 쓰라고 한 말을 "빨리 하라"로 통역해서 {{p:탁}} 동무가 모자도 없이 이중저 탱크에 들어간 일도 있었다. {{p:탁}} 동무, {{p:탁성국}}은 그날 머리를 여섯 바늘 꿰맸다.

하루 일과는 새벽 다섯 시에 시작했다. 숙소는 조선소에서 버스로 사십 분 떨어진 {{u:프루슈치 그단스키에}}의 낡은 농가였고, 우리는 이층 침대 열한 개에 나눠 잤다. 여섯 시 반부터 저녁 여덟 시까지 용접을 했고, 저녁을 먹고 나면 {{r:여우}}가 주관하는 생활총화가 있었다. 생활총화에서 {{r:봉수}}가 {{p:야누시}}에게서 담배를 받은 일을 스스로 비판해야 했던 밤을 나는 지금도 잊지 못한다. {{r:봉수}}가 "동무들 앞에 반성합니다" 하고 고개를 숙이자 {{r:여우}}는 "{{r:리봉수}} 동무, 그 담배가 어디서 왔는지 생각해 보라. 그 담배 한 갑이 {{u:조선로동당}}을 배반하는 첫걸음이다" 하고 말했다. 그날 밤 {{r:봉수}}는 잠을 못 잤고, 나도 못 잤다. 창밖에서 여우가 울었다. 진짜 여우였다. {{r:봉수}}가 속삭였다. "형, 저건 진짜 여우디요?" 나는 웃음을 참느라 이불을 물었다.

월급은 한 달에 폴란드 돈으로 삼천 즈워티가 넘는다고 들었다. 우리 손에 들어온 것은 백 즈워티, 그것도 석 달에 한 번이었다. 나머지는 {{r:조광철}}이 "계획분"이라며 가져갔다. {{r:조}} 보위원은 돈을 세는 손가락이 유난히 길었다.

아내 {{p:정희}}와 딸 {{p:은별}}이 생각을 안 한 날이 없었다. {{p:은별}}이는 내가 떠날 때 일곱 살이었다. 떠나기 전날 밤 {{p:정희}}가 "{{r:진혁}} 씨, 돈 벌어 오면 {{p:은별}}이 피아노 사 줘요" 했다. 나는 피아노는커녕 {{p:은별}}이에게 편지 한 장 보내지 못했다.

2016년 겨울, {{r:봉수}}가 손을 다쳤다. 그라인더 날이 깨져 왼손 엄지를 거의 잘렸다. {{p:야누시}}가 구급차를 부르려 하자 {{r:여우}}가 막았다. {{p:최}}가가 그 사이에서 무어라 통역했는데, {{p:야누시}}의 얼굴이 하얗게 질렸다. 결국 {{r:봉수}}는 {{u:그단스크}} 시내의 {{u:코페르니쿠스 병원}}에 실려 갔고, {{r:여우}}가 따라갔다. 돌아온 {{r:봉수}}는 "형, 의사가 나한테 이름을 물었는데 {{r:여우}}가 대신 대답했어요" 했다.

그 뒤로 {{r:봉수}}를 다시 본 것은 한 번뿐이다. 석 달 뒤 {{r:여우}}는 "{{r:리봉수}}는 조국으로 돌아갔다"고 발표했다. 나는 그 말을 믿지 않았다. 그 무렵 {{p:문}} 반장이 나를 불러 "{{r:진혁}}아, 너는 입 다물고 있으라. 너까지 가면 내가 못 견딘다" 했다. {{p:문창일}} 반장은 그 말을 하고 담배를 길게 빨았다.

나는 2017년 여름 {{u:바르샤바}}로 가는 기차를 탔다. 그 이야기는 다음 장에 쓴다. 다만 여기에 적어 두고 싶은 것은, 나를 기차역까지 태워다 준 사람이 {{p:야누시}}의 조카 {{p:마렉}}이었다는 사실이다. {{p:마렉}}은 운전하는 내내 한 마디도 하지 않다가 역 앞에서 내 손에 이백 즈워티를 쥐여 주며 "{{r:봉}}을 위해"라고 말했다.

― {{r:한진혁}}, 《여우비 내리던 날》(가제) 원고 중에서""",
    },
    {
        "id": "h33-ko-03",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Pang Kum-sun", "방금순", "witness", ["금순"]),
            ("Han Du-man", "한두만", "supervisor", []),
            ("Ri Un-ju", "리은주", "relative", ["은주"]),
        ],
        "note": "탈북민 지원센터 counselling log (CRLF) over several sessions: client surname+name 방금순 beside the adverb 방금, supervisor 한두만 beside 한두 번 and 한 지배인, a counsellor, team leader and police protection officer by surname and title, a daughter in the North, a broker by nickname, staff e-mail; centre, hospital, ministry and factory public.",
        "text": """[{{u:경기남부하나센터}}] 상담일지 (내부용, 외부 반출 금지)
사례번호: GN-2023-117   내담자: {{r:방금순}} (여, 1978년생, {{u:량강도}} {{u:혜산시}} 출신)
담당 상담사: {{p:윤서진}}   슈퍼비전: {{p:장미경}} 팀장

■ 1회기 2023.05.08 (월) 14:00~15:20, 센터 2층 상담실
- 내담자 {{r:방금순}} 씨 첫 방문. {{u:하나원}} 수료 후 3주째. {{u:화성시}} 임대아파트 거주.
- 주 호소: 불면, 두통, 딸 걱정. 딸 {{r:리은주}}(2003년생)는 북에 남아 있음. "{{r:은주}}가 지금 스무 살인데 얼굴이 기억이 안 나요."
- 해외 파견 경력: 2014~2019 {{u:중국}} {{u:훈춘}} 피복공장 봉제공. 공장 이름은 {{u:훈춘화신복장유한공사}}라고 함. 북측 관리자는 지배인 {{r:한두만}}.
- {{r:한}} 지배인에 대해 말할 때 손을 떪. "한두 번 맞은 게 아니에요." 구체적 내용은 다음 회기로 미룸.
- 상담사 소견: PTSD 선별검사 권유. 내담자 동의.

■ 2회기 2023.05.15 (월) 14:00~15:10
- 방금 도착했다며 숨을 몰아쉼. 버스를 잘못 탔다고.
- {{r:금순}} 씨가 공장 생활 이야기 시작. 하루 15시간 재봉. 창문 없는 기숙사. 휴대전화 소지 금지. 월급은 {{r:한두만}}이 "조국에 바칠 몫"을 떼고 나서 한 달에 300위안 정도.
- 동료 {{p:김선화}}, {{p:오옥순}}, {{p:변미라}} 이름을 언급. 특히 {{p:선화}}와 가까웠다고 함. "{{p:선화}}가 나보고 언니, 언니 했어요."
- 2017년 겨울 {{p:오옥순}}이 손가락을 다쳤는데 {{r:한}} 지배인이 병원에 안 보냄. 내담자가 몰래 약을 구해 줌. 그 일로 {{r:한두만}}에게 뺨을 맞았다고 진술.
- 상담사 메모: 내담자가 "{{r:한}}"이라는 글자만 봐도 긴장함. 다음 회기부터 상담실 벽의 '한국어 교실' 포스터 떼어 둘 것(!).

■ 3회기 2023.05.22 (월) 14:00~15:30  ※ 신변보호담당관 동석
- 신변보호담당관 {{p:정}} 경위({{u:화성서부경찰서}}) 동석, 내담자 동의 받음.
- 탈출 경위: 2019년 9월 조선족 브로커 "{{p:왕언니}}"의 도움으로 공장 탈출. 본명은 모른다고 함. {{u:연길}}에서 열흘 숨어 지낸 뒤 {{u:쿤밍}}, {{u:라오스}}, {{u:태국}} 경로.
- 탈출 당일 같이 나오기로 한 {{p:김선화}}는 마지막에 마음을 바꿔 남았다고. "{{p:선화}}는 애가 북에 둘이라서 못 나왔어요."
- {{p:정}} 경위가 {{r:한두만}}의 인상착의 확인: 50대 중반, 왼쪽 눈썹에 흉터, {{u:평양}} 말씨.
- 내담자는 {{r:한}} 지배인이 지금도 {{u:훈춘}}에 있는지 모름.

■ 4회기 2023.06.05 (월) 14:00~15:00
- 딸 {{r:은주}} 소식: 브로커 통해 {{r:은주}}가 {{u:혜산}}에서 장사를 한다는 말을 들음. 송금 문의. 상담사가 송금 관련 법적 위험 설명({{u:남북교류협력에 관한 법률}}).
- 내담자: "{{r:은주}}한테 엄마가 살아 있다는 것만 알려 주고 싶어요."
- 브로커 이름은 "{{p:큰손}}"이라고만 함. 연락처는 상담일지에 적지 않기로 함.
- {{u:국립중앙의료원}} 정신건강의학과 진료 의뢰서 발급 (담당의 {{p:서지훈}} 교수 앞).

■ 5회기 2023.06.19 (월) 14:00~14:50
- 불면 다소 호전. 약 복용 중.
- {{r:방금순}} 씨가 직업훈련(요양보호사) 희망. {{u:고용노동부}} 국민내일배움카드 안내.
- 내담자가 처음으로 웃음. "선생님, 저 이제 '{{r:방}} 여사'라고 불러 줘요. 북에서는 맨날 '{{r:방금순}}이, {{r:방금순}}이' 했거든요."
- 팀장 {{p:장미경}} 의견: 인권단체 증언 연계 가능. 단, 딸 {{r:리은주}}의 신변 위험 고려하여 실명 사용 금지.

■ 사례회의 메모 2023.06.21 ({{p:장}} 팀장, {{p:윤서진}}, {{p:정}} 경위)
- {{u:오버시즈 레이버 워치 코리아}} 측 담당자 {{p:고은솔}}에게 연계 요청 메일 발송({{p:seojin.yoon}}@gnhana.or.kr → {{p:eunsol.ko}}@olwk.org).
- 가해자 정보({{r:한두만}}, {{u:훈춘화신복장유한공사}}) 공유는 내담자 서면 동의 후.
- 다음 상담 방금 확정: 7월 3일 14시.
- 작성: {{p:윤서진}} / 확인: {{p:장미경}}""",
    },
    {
        "id": "h33-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("To Myong-chol", "도명철", "witness", ["명철"]),
            ("Pyon Jae-ryong", "편재룡", "supervisor", []),
            ("U Kwang-il", "우광일", "coworker", ["광일"]),
        ],
        "note": "Fictional NIS joint-interrogation summary of a worker returned from Kuwait: surname 도 beside 함경북도/도 (also), surname 우 beside 우리, 편 beside 편지/편하다; a list of brigade members, security officials and a consul by surname and rank; interrogators identified by surname and position; agencies, companies, cities and the leader public.",
        "text": """대외비 | 합동신문 결과 요약 (가상 사례 - 교육용 재구성)
작성: {{u:북한이탈주민보호센터}} 합동신문 2팀   작성일: 2022.11.30
신문관: {{p:석}} 사무관, {{p:류}} 주무관   통역 불요

1. 인적사항
 - 성명: {{r:도명철}}(都明哲), 남, 1985년생
 - 출생지: {{u:함경북도}} {{u:김책시}}
 - 최종 거주지: {{u:평양시}} {{u:대동강구역}}
 - 직업: {{u:조선남강건설무역회사}} 소속 철근공, 2016~2021 {{u:쿠웨이트}} 파견
 - 가족: 처 {{p:명순희}}({{u:평양}} 거주), 아들 {{p:도은혁}}(12세), 모친 {{p:계옥녀}}(70세, {{u:김책시}})

2. 입국 경위
 - 2021.08 {{u:쿠웨이트}} 현장에서 이탈, 현지 교민 {{p:권}}모 목사 도움으로 은신. 2022.09 {{u:인천국제공항}} 입국.
 - 이탈 동기: 귀국 명령 후 "충성자금 미납"을 이유로 보위원 {{r:편재룡}}에게 구타당함. {{r:편}} 보위원이 귀국 후 처벌하겠다고 위협.

3. 파견 생활 진술 요지
 - 작업반 28명, 반장 {{p:우창호}}, 보위원 {{r:편재룡}}, 당비서 겸 통역 {{p:신덕수}}.
 - 대상자는 "우리 반장 {{p:우창호}}는 사람이 좋았고, {{r:편}}이 문제였다"고 진술. 같은 작업반의 {{r:우광일}}은 반장 {{p:우창호}}와 성만 같을 뿐 친척이 아니라고 함.
 - {{r:우광일}}(1988년생, {{u:함흥}} 출신)과 가장 친했음. {{r:광일}}이는 2019년 여름 열사병으로 쓰러졌으나 {{r:편재룡}}이 "꾀병"이라며 작업 복귀시킴. 이후 {{r:우광일}}은 신장 질환을 앓음.
 - 하루 작업 05:00~22:00, 한여름 50도. 금요일 오후만 휴식. 임금은 월 150디나르로 계약되어 있으나 실수령 20디나르 내외.
 - 여권은 {{r:편}} 보위원이 금고에 보관. 현지 업체 {{u:알사와리 건설}} 측 감독 {{p:아흐마드}}는 사정을 알면서도 묵인.
 - 대사관 영사 {{p:한광혁}}이 분기마다 방문해 "사상 검토". {{p:한}} 영사는 {{r:도명철}}의 편지를 검열한 적이 있다고 함. 편지에는 아내 {{p:순희}}에게 "편하게 지낸다"고 썼으나 {{p:한}} 영사가 "편하다"는 표현이 자본주의 생활에 물든 증거라며 다시 쓰게 했다고.

4. 동료 명단 (대상자 기억, 일부)
 {{p:우창호}}(반장), {{p:신덕수}}(당비서), {{r:우광일}}, {{p:김남혁}}, {{p:리충성}}, {{p:하경일}}, {{p:백성호}}, {{p:예광수}}, {{p:도철민}}(대상자와 친척 아님), {{p:로영길}}
 - 이 중 {{p:리충성}}과 {{p:하경일}}은 2020년 귀국. {{p:백성호}}는 2019년 현장 추락사, 시신은 {{u:평양}}으로 송환되었다고 들음.

5. 신문관 의견
 - 진술 일관성 양호. {{u:쿠웨이트}} 건설 현장 위치, {{u:조선남강건설무역회사}} 조직 구조 등에 대한 진술이 기존 자료와 부합함.
 - {{r:도명철}}은 "{{u:김정은}}에게 바치는 돈 때문에 {{r:광일}}이가 병들었다"는 표현을 반복함.
 - 위장 탈북 의심 정황 없음. {{u:통일부}} 이관 및 {{u:하나원}} 입소 적정.
 - 보호결정 후 {{r:도}} 씨 본인이 희망할 경우 인권단체 증언 연계 가능. 단, 모친 {{p:계옥녀}} 및 처 {{p:명순희}} 신변 고려.

6. 기타
 - 대상자는 신문 중 "{{r:명철}}아, 살아서 가라"는 {{r:우광일}}의 마지막 말을 여러 차례 언급함.
 - 대상자는 {{p:석}} 사무관에게 {{r:우광일}}의 생사 확인을 요청함. 확인 불가 안내함.
 - 도움을 준 {{p:권}} 목사(가명 사용 요청)와의 연락은 대상자 본인이 관리.""",
    },
    {
        "id": "h33-ko-05",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Yun Sun-nyo", "윤순녀", "witness", ["순녀", "순둥이"]),
            ("Yun Yong-ok", "윤영옥", "relative", ["영옥"]),
            ("Yun Chol-ho", "윤철호", "relative", ["철호", "똘이"]),
        ],
        "note": "Letter to the family in the North (mixed line endings): kinship terms 어머니, 언니, 우리 막내, 큰애 are ordinary words and unmarked while the given names and the nicknames 순둥이 and 똘이 are marked; a child's name with the vocative 야, the broker by surname and 선생, former restaurant colleagues and manager; emoji; cities and country public.",
        "text": """어머니께

어머니, 저 {{r:순녀}}예요. 어머니가 부르던 {{r:순둥이}}요. 이 편지가 어머니 손에 들어갈지 모르겠지만, {{p:리}} 선생이 꼭 전해 준다고 해서 씁니다. {{p:리}} 선생한테 돈은 다 주었으니 따로 아무것도 주지 마세요.

저는 지금 {{u:서울}}에 있어요. 잘 있어요. 밥도 잘 먹고 일도 해요. 어머니가 걱정하실까 봐 제일 먼저 씁니다. 저 살아 있어요.

{{u:캄보디아}}에 있을 때 어머니 편지를 두 번 받았어요. 두 번째 편지에 "{{r:순녀}}야, 돈 걱정 말고 몸조심해라" 하셨지요. 그 편지를 지배인 {{p:장경희}} 동지가 먼저 뜯어 보고 저한테 줬어요. {{p:장}} 지배인은 어머니 글씨가 예쁘다고 했어요. 그 말이 제일 싫었어요.

{{u:프놈펜}} 식당에서 같이 일하던 {{p:옥화}}랑 {{p:설미}}는 아직 거기 있는지 모르겠어요. {{p:옥화}}네 집이 우리 집 아래 동네 {{p:허}}씨네 옆집이에요. 혹시 {{p:옥화}} 어머니를 만나시면 {{p:옥화}}는 잘 있었다고, 제가 떠날 때까지 잘 있었다고만 전해 주세요. 제 이야기는 하지 마세요.

{{r:영옥}}이 언니, 언니 보고 싶어. 언니네 큰애 {{p:경민}}이는 이제 중학교 갔겠다. 큰애가 나 떠날 때 울면서 "이모, 빨리 와" 했잖아. {{p:경민}}아, 이모 여기 있어. 언니, {{p:경민}}이 아빠 {{p:최}} 서방은 아직도 술 마셔? 마시지 말라고 해 줘. 언니 고생 그만하게.

그리고 우리 막내. 우리 {{r:철호}}. 우리 {{r:똘이}}. 어머니, {{r:철호}} 군대 갔다는 소식 {{p:리}} 선생한테 들었어요. 막내가 벌써 군대라니. 어릴 때 {{r:똘이}}라고 부르면 화내던 게 엊그제 같은데. {{r:철호}}한테 누나가 미안하다고 전해 주세요. 누나가 약속한 운동화 못 사 줘서 미안하다고. 🙏

어머니, 아버지 산소에는 {{r:영옥}}이 언니랑 같이 가시지요? 추석에 저 대신 술 한 잔 부어 주세요. 아버지가 저를 {{r:순둥이}}라고 처음 부르셨잖아요. 동네에서 {{r:순녀}}는 몰라도 {{r:순둥이}}는 다 알았지요.

여기 사람들은 저를 "{{r:윤순녀}} 씨"라고 불러요. 처음에는 어색했어요. 회사에서 제일 친한 언니는 {{p:박지현}}이라는 남쪽 사람인데, 저보고 "{{r:순녀}} 씨는 왜 맨날 웃어?" 해요. 제가 웃는 건 어머니 닮아서라고 했어요. 😊

돈은 {{p:리}} 선생 편에 조금 보냅니다. 장마당에서 쌀 사시고 {{r:영옥}}이 언니 좀 나눠 주세요. 그리고 이 편지는 읽으시고 꼭 태우세요. 꼭요. 누가 물어보면 {{r:순녀}}는 {{u:캄보디아}}에서 병으로 죽었다고 하세요. 그게 어머니가 사는 길이에요. 저는 괜찮아요.

어머니, 오래오래 사세요. 제가 꼭 모시러 갈게요. {{u:혜산}} 우리 집 앞 버드나무 아래서 만나요.

2024년 2월 31일 (날짜를 잘못 썼네요. 그래도 그냥 보내요.)
{{u:서울}}에서, 어머니의 {{r:순둥이}} {{r:순녀}} 올림

추신: {{r:철호}}야, 누나 편지 보면 답장은 하지 마. 누나가 다 알아서 할게. {{r:영옥}}이 언니도. 🙏""",
    },
    {
        "id": "h33-ko-06",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Kim Chol-min", "김철민", "witness", ["철민"]),
            ("Pak Sang-gil", "박상길", "supervisor", []),
            ("Mun Yong-ho", "문영호", "coworker", ["영호"]),
        ],
        "note": "녹취록 (CRLF) with 문/답 labels and speaker initials in brackets on every line (JHS, KCM); the label 문 (question) beside the surname 문 of a coworker; names with particles (김철민이, 박은, 영호를, 영호가); surname+honorific (박 반장, 황 보위원); a spelled-out name; Russian names in Hangul; logging region and towns public.",
        "text": """녹취록 (사건번호 OLWK-2021-0088, 2차 면담)
일시: 2021년 11월 3일 15:00~16:40
장소: {{u:서울}} {{u:종로구}} 사무실 3층 면담실
참석: 문 = 면담자 {{p:조혜선}}({{p:JHS}}) / 답 = 진술인 {{r:김철민}}({{r:KCM}}) / 배석 {{p:민영순}}({{p:MYS}}, 기록)
※ 진술인 동의하에 녹음. 고유명사는 진술인이 불러 준 대로 적음.

문({{p:JHS}}): 지난번에 {{u:아무르주}} {{u:틴다}} 벌목장 이야기까지 하셨지요. 오늘은 사고 난 날부터 다시 여쭤 볼게요.
답({{r:KCM}}): 네. 그날이 2017년 1월 19일입니다. 영하 사십 도였어요.
문({{p:JHS}}): 그날 같이 일한 사람이 누구였지요?
답({{r:KCM}}): {{r:문영호}}, 저, 그리고 {{p:리명수}}. 셋이 한 조였어요. 반장은 {{r:박상길}}이고요.
문({{p:JHS}}): {{r:문영호}} 씨 이름을 한 자씩 불러 주시겠어요?
답({{r:KCM}}): 글월 문, 꽃부리 영, 호수 호. {{r:문}}, {{r:영}}, {{r:호}}. 우리는 그냥 {{r:영호}}라고 했어요.
문({{p:JHS}}): 네. 그날 무슨 일이 있었어요?
답({{r:KCM}}): 오후 네 시쯤, 해가 다 떨어질 때였어요. {{r:박}} 반장이 계획이 모자란다고 한 그루 더 자르라고 했어요. {{r:영호}}가 톱을 잡고 제가 쐐기를 박고, {{p:명수}}가 뒤에서 봤어요. 나무가 뒤틀리면서 반대로 넘어왔어요. {{r:영호}}가 "{{r:철민}}아, 피해라!" 했어요. 저는 피했는데 {{p:명수}}가 못 피했어요.
문({{p:JHS}}): {{p:리명수}} 씨는 어떻게 되었어요?
답({{r:KCM}}): 다리가 깔렸어요. {{r:영호}}랑 제가 나무를 들어 보려고 했는데 안 됐어요. {{r:박}}은 막사에 있었어요. {{r:영호}}를 막사로 뛰어 보냈어요.
문({{p:JHS}}): {{r:영호}}를 보냈다, 그러니까 {{r:문영호}} 씨가 반장을 부르러 갔다는 거죠?
답({{r:KCM}}): 네. 한 시간 걸려서 {{r:박상길}}이가 왔어요. 술 냄새가 났어요. {{r:박}}은 {{p:명수}}를 보더니 "이건 보고하면 안 된다" 했어요.
문({{p:JHS}}): 왜 보고하면 안 된다고 했을까요?
답({{r:KCM}}): 사고가 나면 반장 책임이고, 그러면 {{r:박}} 반장이 소환되니까요. {{r:박상길}}이는 돈을 모아서 {{u:평양}}에 아파트를 산다고 했어요. 소환되면 그게 다 날아가는 거지요.
문({{p:JHS}}): {{u:러시아}} 쪽에서는 아무도 몰랐나요?
답({{r:KCM}}): 러시아 운전수 {{p:세르게이}}가 알았어요. {{p:세르게이}}가 자기 트럭으로 {{u:틴다}} 병원에 데려가자고 했는데 {{r:박}} 반장이 막았어요. 그러다 보위원 {{p:황}}이 왔어요. {{p:황}} 보위원이 {{p:세르게이}}한테 돈을 줬어요. 달러였어요.
문({{p:JHS}}): {{p:황}} 보위원의 이름은요?
답({{r:KCM}}): {{p:황정국}}이라고 들었어요. 정확하지는 않아요. 다들 {{p:황}} 보위원이라고만 했어요.
문({{p:JHS}}): {{p:리명수}} 씨는 결국…
답({{r:KCM}}): 사흘 뒤에 죽었어요. 막사에서요. {{r:영호}}가 밤새 옆에 있었어요. {{p:명수}}가 마지막에 "우리 어머니한테는 말하지 마라" 했대요. (울음)
문({{p:JHS}}): 그 뒤에 회사나 당국에서 조사가 있었나요?
답({{r:KCM}}): {{u:조선림업총회사}} 대표부에서 사람이 왔어요. {{p:명수}}는 "심장마비"로 처리됐어요. 시신은 {{u:하바롭스크}}로 갔다가 기차로 {{u:두만강}} 건너 갔다고 들었어요.
문({{p:JHS}}): {{r:문영호}} 씨는 지금 어디 있는지 아세요?
답({{r:KCM}}): {{r:영호}}는 그해 봄에 귀국했어요. 사고를 너무 많이 본 사람이라고 {{r:박}} 반장이 돌려보냈어요. {{r:영호}}가 떠나면서 저한테 "{{r:김철민}}이, 너는 꼭 살아서 나가라" 했어요.
문({{p:JHS}}): 마지막으로, 보고서에 이름을 어떻게 쓸까요?
답({{r:KCM}}): 제 이름은 빼 주세요. "{{r:김철민}}"도, "{{r:철민}}"도, {{r:KCM}}도 안 돼요. {{r:박상길}}이 이름은 그대로 쓰세요. 그 사람은 알아야 돼요.
문({{p:JHS}}): 알겠습니다. 오늘 고맙습니다.
(16:40 녹음 종료. 기록: {{p:민영순}}, 검토: {{p:조혜선}})""",
    },
    {
        "id": "h33-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ma Ok-sun", "마옥순", "witness", ["옥순"]),
            ("Chang Song-u", "장성우", "supervisor", []),
            ("Sol Kyong-hui", "설경희", "coworker", ["경희"]),
        ],
        "note": "Witness list with ages and home towns in a pipe table: surnames 마, 장, 설, 국, 금, 방 beside the words 마지막, 장 (market/chapter), 설 (New Year), 국, 금 and 방; a dead witness and relatives in the remarks column with particles; home towns and countries of deployment public on every row.",
        "text": """증인 명단 (해외 파견 노동 증언 수집 사업, 2023년도 2차 정리본)
작성: {{p:류하은}} / 검토: {{p:국민서}} 연구원   ※ 실명 명단 - 외부 공유 금지

번호 | 성명 | 나이 | 고향 | 파견지(기간) | 비고
1 | {{r:마옥순}} | 41 | {{u:청진}} | {{u:중국}} {{u:훈춘}} (2012~2018) | 주 증인. 봉제공장 작업반장 {{r:장성우}} 관련 핵심 진술
2 | {{r:설경희}} | 36 | {{u:함흥}} | {{u:중국}} {{u:훈춘}} (2013~2018) | {{r:마옥순}}과 같은 공장. {{r:경희}} 씨는 설 명절마다 연락 옴
3 | {{p:국영철}} | 52 | {{u:신포}} | {{u:러시아}} {{u:나홋카}} (2009~2016) | 건설. 국 끓이는 취사원이었음
4 | {{p:금정란}} | 47 | {{u:원산}} | {{u:쿠웨이트}} (2014~2017) | 금요일만 면담 가능
5 | {{p:방철진}} | 39 | {{u:해주}} | {{u:카타르}} {{u:도하}} (2015~2019) | 방 구하는 중, 연락처 변경 잦음
6 | {{p:선우혜림}} | 33 | {{u:평성}} | {{u:캄보디아}} {{u:프놈펜}} (2016~2019) | 복성({{p:선우}}). 식당 복무원
7 | {{p:남궁철}} | 45 | {{u:개성}} | {{u:몽골}} {{u:울란바토르}} (2011~2015) | 복성({{p:남궁}}). 건설
8 | {{p:제갈영숙}} | 50 | {{u:사리원}} | {{u:러시아}} {{u:블라디보스토크}} (2010~2014) | 복성({{p:제갈}}). 식당
9 | {{p:황보진}} | 28 | {{u:남포}} | {{u:중국}} {{u:단둥}} (2018~2020) | 복성({{p:황보}}). 수산물 가공
10 | {{p:편미옥}} | 31 | {{u:혜산}} | {{u:라오스}} {{u:비엔티안}} (2017~2019) | 식당. 편지 원본 보관
11 | {{p:지광혁}} | 44 | {{u:강계}} | {{u:러시아}} {{u:틴다}} (2012~2017) | 벌목
12 | {{p:옥명남}} | 58 | {{u:김책}} | {{u:폴란드}} {{u:그단스크}} (2014~2017) | 조선소 용접
13 | {{p:채송이}} | 26 | {{u:평양}} | {{u:중국}} {{u:단둥}} (2019~2021) | 최연소
14 | {{p:봉광일}} | 49 | {{u:순천}} | {{u:앙골라}} {{u:루안다}} (2013~2018) | 건설
15 | {{p:모상훈}} | 54 | {{u:덕천}} | {{u:적도기니}} {{u:말라보}} (2015~2018) | 건설. 모 단체 면담 이력 있음
16 | {{p:염춘희}} | 37 | {{u:원산}} | {{u:캄보디아}} {{u:시엠레아프}} (2014~2017) | 식당
17 | {{p:간태성}} | 42 | {{u:함흥}} | 원양어선 (2016~2019) | 선원. 간 질환 치료 중
18 | {{p:구은별}} | 30 | {{u:청진}} | {{u:중국}} {{u:훈춘}} (2015~2019) | {{r:마옥순}}, {{r:설경희}}와 같은 기숙사
19 | {{p:연경수}} | 61 | {{u:함흥}} | {{u:쿠웨이트}} (2008~2013) | 고령, 2023년 8월 사망. 진술서만 남음
20 | {{p:석미란}} | 38 | {{u:회령}} | {{u:중국}} {{u:연길}} (2014~2018) | 석 달 간격으로 재면담

비고 보충 ({{p:류하은}})
- 1번 {{r:마옥순}} 씨는 마지막 면담에서 {{r:장성우}}의 사진을 확인함. "{{r:장}} 반장이 맞아요. {{r:장성우}}가 {{r:경희}}를 때렸어요." {{r:옥순}} 씨가 말하는 "{{r:장}} 반장"은 장마당의 장과 같은 한자라고 함.
- 2번 {{r:설경희}} 씨는 {{r:마옥순}}을 "{{r:옥순}}이 언니"라고 부름. {{r:경희}} 씨는 {{r:장성우}} 이름만 나와도 면담을 중단함. 다음 면담에는 {{r:옥순}} 씨 동석 희망.
- 18번 {{p:구은별}}은 {{r:설}} 씨 소개로 연결됨. {{p:은별}} 씨 어머니 {{p:나순덕}}은 {{u:청진}} 거주.
- 19번 {{p:연경수}} 씨 진술서는 아들 {{p:연상우}} 씨 동의로 계속 사용 가능.
- 3번 {{p:국}} 선생과 4번 {{p:금}} 선생은 같은 교회에 다님({{p:국영철}}이 {{p:금정란}}을 소개).
- 6~9번 복성 표기 확인: {{p:선우}}, {{p:남궁}}, {{p:제갈}}, {{p:황보}}를 성으로, 나머지를 이름으로 기록할 것.""",
    },
    {
        "id": "h33-ko-08",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Ri Jong-ho", "리정호", "witness", ["정호", "호정"]),
            ("Ri Chang-su", "리창수", "relative", ["창수"]),
            ("Ri Jong-min", "리정민", "relative", ["정민"]),
        ],
        "note": "Genealogy (족보) excerpt in Chinese characters with a Korean reading and an NGO note: given names without surnames, courtesy names (字) and pen names (號) as private names, spouses recorded only by clan seat and father's name, clan designations (全州李氏, 密陽朴氏) not marked as persons but their seats public; generation character shared by brothers; mixed line endings.",
        "text": """{{u:全州}}李氏 德泉君派 世譜 (拔萃) - 가족관계 확인용 사본, 원본은 진술인 부친이 {{u:함흥}}에서 보관
※ 1994년 필사본을 진술인이 기억에 의존해 다시 적은 것. 한자 일부 불확실.

二十二世
 {{p:承薰}} 字 {{p:子明}} 號 {{p:晩松}} {{u:高宗}}戊辰生 配 {{u:密陽}}朴氏 父 {{p:起東}} 墓 {{u:咸興}} {{u:盤龍山}}
  子 {{p:鍾夏}}
二十三世
 {{p:鍾夏}} 字 {{p:景文}} 號 {{p:石泉}} 庚子生 日帝時 {{u:興南}}肥料工場 勤務 配 {{u:慶州}}金氏 父 {{p:泰鉉}}
  子 {{p:炳國}} {{p:炳哲}}
二十四世
 {{p:炳國}} 1928生 六二五時 行方不明
 {{p:炳哲}} 1931生 配 {{u:晉州}}姜氏 {{p:順玉}}
  子 {{r:昌洙}} 女 {{p:昌淑}}
二十五世
 {{r:昌洙}} 1956生 {{u:興南}} 機械工 配 {{u:海州}}吳氏 {{p:明姬}}
  子 {{r:正浩}} {{r:正敏}}
二十六世
 {{r:正浩}} 1984生
 {{r:正敏}} 1988生

[한글 풀이 - 번역 {{p:함수정}}]
22세 {{p:승훈}}({{p:承薰}}), 자는 {{p:자명}}, 호는 {{p:만송}}. 무진년(1868) 생. 부인은 밀양 박씨로 {{p:기동}}의 딸. 묘는 {{u:함흥}} {{u:반룡산}}.
23세 {{p:종하}}({{p:鍾夏}}), 자 {{p:경문}}, 호 {{p:석천}}. 경자년(1900) 생. 일제 때 {{u:흥남}} 비료공장 근무. 부인 경주 김씨, {{p:태현}}의 딸.
24세 {{p:병국}}({{p:炳國}}), 1928년생, 6·25 때 행방불명. 동생 {{p:병철}}({{p:炳哲}}), 1931년생, 부인 진주 강씨 {{p:순옥}}.
25세 {{r:창수}}({{r:昌洙}}), 1956년생, {{u:흥남}} 기계공. 부인 해주 오씨 {{p:명희}}. 누이 {{p:창숙}}.
26세 {{r:정호}}({{r:正浩}}), 1984년생 / {{r:정민}}({{r:正敏}}), 1988년생. 항렬자 '정(正)'을 함께 씀.

[NGO 메모 - {{p:함수정}}, 2024.03.11]
- 진술인 {{r:리정호}}({{r:李正浩}})는 26세손. 2017~2020년 {{u:러시아}} {{u:블라디보스토크}} 건설 현장 파견. 현재 {{u:인천}} 거주.
- 동생 {{r:리정민}}({{r:李正敏}})도 같은 시기 {{u:러시아}}에 파견되었다고 진술. {{r:정민}}이는 다른 현장({{u:나홋카}})에 있었고 2019년 이후 소식 끊김. {{r:정호}} 씨는 동생을 찾기 위해 족보를 제출함. "{{r:정민}}이가 살아 있으면 이 족보를 기억할 거예요. 아버지가 매년 설에 읽어 주셨으니까."
- 부친 {{r:리창수}}({{r:李昌洙}})는 {{u:함흥}} 거주 추정. {{r:창수}} 씨의 누이 {{p:리창숙}}은 {{u:연길}}에 사는 조선족과 결혼했다는 말이 있음.
- 24세 {{p:병국}}은 한국전쟁 때 남쪽으로 내려왔을 가능성 있음. 이산가족 찾기 신청 시 {{p:리병국}}({{p:李炳國}}, 1928년생)으로 조회 요망.
- "밀양 박씨", "경주 김씨", "진주 강씨", "해주 오씨"는 본관 표기일 뿐 사람 이름이 아님. 부인들의 이름은 {{p:순옥}}, {{p:명희}} 외에는 적혀 있지 않음.
- 진술인은 {{r:정민}}이 어릴 적 별명이 없었다고 함. 반면 본인의 어릴 적 별명은 이름 두 글자를 거꾸로 부른 "{{r:호정}}"이었고, 아버지는 지금도 편지에 "{{r:호정}}아"라고 쓴다고 함.""",
    },
    {
        "id": "h33-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Tak Kyong-ho", "탁경호", "witness", ["경호", "탱크"]),
            ("Om Ki-chol", "엄기철", "supervisor", ["곰"]),
            ("Pyon Kwang-su", "변광수", "coworker", ["광수", "다람쥐"]),
        ],
        "note": "Football roster of a construction camp team with nicknames that are ordinary words (탱크, 곰, 다람쥐, 번개, 감자, 여우, 문어, 국수, 기둥, 방울) marked when they name a player and unmarked as words in the match report (곰처럼, 번개가 치고, 감자를 삶아); surname 맹 beside 맹수, 하 beside 하루, 소 beside 소 동무 context; the holiday 광명성절 unmarked; city and company public.",
        "text": """광명성절 경축 체육대회 - 축구 참가 명단
단위: {{u:블라디보스토크}} 제3건설대 (소속 {{u:조선수리개발총회사}})
경기일: 2019년 2월 16일, 장소: 숙소 뒤 공터 (눈 치우고)

감독: 지도원 {{r:엄기철}} (별명 {{r:곰}})
주장: {{r:탁경호}}

번호 | 위치 | 성명 | 별명 | 작업반
1 | 문지기 | {{p:한성룡}} | {{p:문어}} | 미장반
2 | 수비 | {{r:탁경호}} | {{r:탱크}} | 철근반
3 | 수비 | {{p:리철}} | {{p:기둥}} | 철근반
4 | 수비 | {{p:차명일}} | {{p:감자}} | 목공반
5 | 수비 | {{p:맹수길}} | {{p:맹수}} | 미장반
6 | 중간 | {{r:변광수}} | {{r:다람쥐}} | 목공반
7 | 중간 | {{p:조은성}} | {{p:번개}} | 전기반
8 | 중간 | {{p:하명국}} | {{p:국수}} | 취사반
9 | 공격 | {{p:김별}} | {{p:샛별}} | 철근반
10 | 공격 | {{p:소영남}} | {{p:여우}} | 미장반
11 | 공격 | {{p:방일}} | {{p:방울}} | 전기반
후보 | {{p:주경식}}({{p:주걱}}), {{p:함철웅}}, {{p:로봉남}}

[경기 기록 - 기록원 {{p:주경식}}]
상대: 제5건설대 (감독 {{p:석}} 지도원). 결과 3:2 승.
전반 12분 {{p:번개}} {{p:조은성}} 첫 골. 그날 오후에는 정말로 번개가 치고 눈이 왔다.
전반 30분 상대 {{p:최광범}}에게 실점. {{p:문어}}가 미끄러짐.
후반 5분 {{r:다람쥐}}가 중간에서 공을 뺏어 {{p:샛별}}에게 넘김, {{p:김별}} 득점.
후반 20분 {{r:탱크}} {{r:탁경호}}가 상대 공격수 {{p:우태민}}과 부딪혀 둘 다 쓰러짐. 탱크 같은 몸이라 {{r:경호}}는 바로 일어났고 {{p:우태민}}은 실려 나감.
후반 33분 실점. 상대 {{p:도성일}}.
후반 41분 {{p:여우}} {{p:소영남}} 결승골. {{p:소}} 동무는 여우처럼 골문 앞에 숨어 있었다.

[감독 총평 - {{r:엄기철}}]
{{r:곰}} 지도원(본인은 이 별명을 모름)은 경기 뒤 "곰처럼 미련하게 뛰지 말고 머리를 쓰라"고 했다. 하루 종일 콘크리트를 친 뒤라 다들 다리가 풀렸는데도 이겼다. 우승 상품은 돼지고기 2킬로와 감자 한 자루. 취사반 {{p:국수}}, {{p:하명국}}이 감자를 삶아 나눔.

[NGO 메모 - 증언자 {{r:탁경호}} 제공, 2023년 {{u:서울}}에서 재구성]
- {{r:경호}} 씨 말: 명단은 지도원 {{r:엄기철}}이 손으로 쓴 것. 별명 칸은 {{r:광수}}(={{r:다람쥐}})가 장난으로 채워 넣었는데 {{r:곰}}이 보고도 지우지 않았다.
- {{r:변광수}}는 2019년 5월 비계에서 떨어져 허리를 다침. {{r:엄}} 지도원은 {{u:블라디보스토크}} 시내 병원에 보내지 않고 숙소에서 사흘을 눕혀 뒀다고. {{r:탁}} 씨는 "그때부터 {{r:다람쥐}}가 못 뛰었다"고 함.
- 문지기 {{p:한성룡}}, 공격수 {{p:방일}}은 2020년 함께 귀국. 나머지는 모름.
- 별명 '{{p:맹수}}'의 {{p:맹수길}}은 성이 {{p:맹}}({{p:孟}})이라 {{p:맹수}}가 되었다고.""",
    },
    {
        "id": "h33-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Chu Song-mi", "주성미", "witness", ["Song-mi"]),
            ("Kwon Tae-hyon", "권태현", "supervisor", []),
            ("Yang Kum-ok", "양금옥", "coworker", ["Kum-ok", "Goldie"]),
        ],
        "note": "NGO case-intake spreadsheet pasted with semicolons, Korean and romanised name columns, aliases (Goldie, 곰, Sunny), supervisor and referrer columns, contacts as e-mail local parts and Kakao IDs, empty fields (;;), country codes unmarked; notes in mixed English and Korean with particles; an impossible date 2024-02-30.",
        "text": """case_id;intake_date;name_ko;name_rom;alias;sex;yob;sent_to;years;supervisor;referred_by;contact;notes
OLWK-24-001;2024-01-08;{{r:주성미}};{{r:CHU Song-mi}};;F;1991;CN;2014-2019;{{r:권태현}};{{p:윤서진}} ({{u:GN Hana}});{{r:songmi.chu}}@naver.com;main witness seafood plant. {{r:Song-mi}} wants to testify
OLWK-24-002;2024-01-08;{{r:양금옥}};{{r:YANG Kum-ok}};{{r:Goldie}};F;1993;CN;2014-2019;{{r:권태현}};{{r:주성미}};kakao:{{r:goldie93}};{{r:성미}} 씨 동료. {{r:금옥}}이 영어 별명 {{r:Goldie}}는 공장 한국어 강사가 붙임
OLWK-24-003;2024-01-15;{{p:허명진}};{{p:HEO Myeong-jin}};;M;1980;RU;2011-2016;{{p:엄재식}};self;010-4xxx-xxxx;logging. {{p:엄}} 반장 = {{p:Om Jae-sik}} (NK spelling)
OLWK-24-004;2024-01-22;{{p:백두리}};{{p:PAEK Du-ri}};{{p:곰}};M;1977;RU;2009-2015;{{p:엄재식}};{{p:허명진}};;no phone. via {{p:Myong-jin}}. alias {{p:곰}} (bear) from the camp
OLWK-24-005;2024-02-05;{{p:설하영}};{{p:SEOL Ha-young}};{{p:Sunny}};F;1996;KH;2016-2019;{{p:지영란}};{{p:Grace Baek}};{{p:sunny.seol}}@gmail.com;restaurant {{u:Phnom Penh}}. manager {{p:Ji Yong-ran}}
OLWK-24-006;2024-02-05;{{p:남은비}};{{p:NAM Eun-bi}};;F;1997;KH;2016-2019;{{p:지영란}};{{p:설하영}};kakao:{{p:eunbi_rain}};same restaurant as {{p:Ha-young}}; {{p:은비}} means silver rain, alias in kakao
OLWK-24-008;2024-02-19;{{p:류진아}};{{p:RYU Jin-a}};;F;1999;CN;2018-2021;{{r:권태현}};{{r:양금옥}};{{p:jina.ryu}}@daum.net;joined plant after {{r:Song-mi}}. says {{r:Kwon}} beat {{r:Goldie}} in 2018
OLWK-24-009;2024-02-30;{{p:소현철}};{{p:SO Hyon-chol}};;M;1984;QA;2015-2019;{{p:함경택}};self;;date typo (30 Feb) - real intake 2024-03-01. {{p:So}} says {{p:Ham}} took passports
OLWK-24-010;2024-03-04;{{p:차순영}};{{p:CHA Sun-yeong}};;F;1988;LA;2015-2018;{{p:주광명}};{{p:Jennifer Ahn}};;{{u:Vientiane}}. {{p:Chu}} here is not related to {{r:Chu Song-mi}}
OLWK-24-011;2024-03-11;{{p:방기수}};{{p:BANG Ki-su}};;M;1972;MN;2010-2014;{{p:전명국}};{{p:Lee Su-bin}};;mine. team leader {{p:Chon}}. {{p:방기수}} 씨 방금 이사
OLWK-24-012;2024-03-18;{{p:임해솔}};{{p:LIM Hae-sol}};;F;2000;CN;2019-2022;{{r:권태현}};{{r:주성미}};kakao:{{p:haesol2000}};youngest. {{p:Hae-sol}} confirms {{r:권태현}}이 {{r:양금옥}}을 때린 일

summary ({{p:Park Min-ji}}, data manager): 11 intakes Q1. Supervisor {{r:권태현}} ({{r:Kwon Tae-hyon}}) named in 4 rows (001, 002, 008, 012) -> open joint file with {{r:Chu}}, {{r:Yang}}, {{p:Ryu}}, {{p:Lim}}. {{r:권}} 지배인 was at {{u:Donggang}} plant 2014-2021.""",
    },
    {
        "id": "h33-mixed-02",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("O Son-hui", "오선희", "witness", ["Son-hui"]),
            ("Pak Jong-ho", "박정호", "supervisor", []),
            ("Son Kwang-il", "손광일", "coworker", ["Kwang-il"]),
        ],
        "note": "Russian migration-service (МВД, ОВМ) list in Cyrillic with Korean names without patronymics (О СОН ХИ, ПАК ЧЕН ХО, ЛИ ЕН СУ), Russian officers as surname plus initials; the surnames О, Ли and Сон beside the Russian words о (about), ли (whether) and сон (sleep); impossible date 30.02.2018; employers in guillemets and the street public; NGO notes in English and Korean.",
        "text": """{{u:ГУ МВД России по Приморскому краю}}
{{u:Управление по вопросам миграции}}
Отдел по вопросам трудовой миграции

СПИСОК
граждан КНДР, получивших разрешение на работу, по состоянию на 30.02.2018
(место пребывания: общежитие, {{u:ул. Нерчинская}}, д. 40, {{u:г. Владивосток}})

Работодатели: ВМ - {{u:ООО «Восток-Монолит»}}; СР - {{u:ООО «СтройРесурс-ДВ»}}

№  | Ф.И.О.          | Дата рожд. | Паспорт    | Профессия   | Работ.
1  | {{r:ПАК ЧЕН ХО}}      | 12.03.1971 | 836411205  | прораб      | ВМ
2  | {{r:О СОН ХИ}}        | 05.11.1990 | 836411212  | повар       | ВМ
3  | {{r:СОН ГВАН ИР}}     | 21.07.1988 | 836411229  | штукатур    | ВМ
4  | {{p:ЛИ ЕН СУ}}        | 30.01.1985 | 836411233  | каменщик    | ВМ
5  | {{p:ЧВЕ МЕН ГИЛЬ}}    | 14.04.1979 | 836411240  | плотник     | ВМ
6  | {{p:ХАН ДОН ИР}}      | 02.09.1983 | 836411254  | плиточник   | ВМ
7  | {{p:МУН СЕН ЧОЛЬ}}    | 19.12.1986 | 836411261  | штукатур    | ВМ
8  | {{p:ЧО КЕН СУК}}      | 08.08.1992 | 836411275  | повар       | ВМ
9  | {{p:АН ГВАН СУ}}      | 27.02.1980 | 836411282  | сварщик     | СР
10 | {{p:ЮН ТЕ ХО}}        | 11.06.1977 | 836411296  | сварщик     | СР
11 | {{p:КАН ИР СОН}}      | 03.03.1989 | 836411303  | арматурщик  | СР
12 | {{p:ХВАН ЧОЛЬ}}       | 25.10.1984 | 836411317  | арматурщик  | СР
13 | {{p:ТЕН МЕН ДЖУ}}     | 16.05.1975 | 836411324  | бригадир    | СР
14 | {{p:РИ ХЕ РЕН}}       | 09.09.1991 | 836411338  | маляр       | СР
15 | {{p:ПЁН ЧАН СУ}}      | 30.11.1982 | 836411345  | маляр       | СР

Примечания инспектора:
- Сведения о проверке по месту пребывания: 14.03.2018, нарушений режима не выявлено. Прораб {{r:ПАК Ч.Х.}} присутствовал, выступал переводчиком.
- Гражданка {{r:О С.Х.}} (№ 2) сообщила о болях в спине; направлена в поликлинику не была. Гражданин {{r:СОН Г.И.}} (№ 3) жаловался на плохой сон и на то, что о нём «никто не заботится»; со слов прораба {{r:Пак}}а - «устал».
- Прошу проверить, все ли граждане из списка фактически проживают по адресу. По словам коменданта общежития {{p:Сидоренко В.П.}}, в комнатах рассчитанных на 4 человек проживают по 10-12.
Инспектор ОВМ капитан полиции {{p:Гордеева Н.А.}}
Начальник отдела подполковник полиции {{p:Ремезов С.В.}}

----
NGO notes (translation and identification: {{p:Kim Ye-rin}}, {{u:OLWK}}, 2023)
- #2 {{r:О СОН ХИ}} = our witness {{r:O Son-hui}} ({{r:오선희}}). She confirms she was the only woman in the building, cooking for 40. "{{r:Son-hui}}" is spelled СОН ХИ in the Russian list, so {{r:Son-hui}}'s given name looks like the Russian word for sleep + ХИ.
- #1 {{r:ПАК ЧЕН ХО}} = {{r:Pak Jong-ho}} ({{r:박정호}}), brigade leader and de facto minder. {{r:Pak}} was the "interpreter" during the inspection. {{r:박정호}}가 통역을 했으니 {{r:선희}} 씨가 아프다고 한 말이 제대로 전달됐을 리 없다.
- #3 {{r:СОН ГВАН ИР}} = {{r:Son Kwang-il}} ({{r:손광일}}). "Сон" is the Russian spelling of 손 here, not 송. {{r:Kwang-il}} had not slept properly for months because {{r:Pak}} made the plasterers work nights on private flats. {{r:광일}}이는 2018년 여름 귀국.
- #4 {{p:ЛИ ЕН СУ}} = {{p:리영수}}? Not confirmed. {{r:Son-hui}} remembers a "{{p:영수}} 아저씨" who was a bricklayer.
- #13 {{p:ТЕН МЕН ДЖУ}} = probably {{p:정명주}} (old Soviet-Korean spelling Тен for 정). Second brigade leader.
- The inspector's remark "все ли граждане" uses "ли" as a question word; it is not the surname Ли of #4.
- {{r:오선희}} 씨는 인스펙터 {{p:Гордеева}} 대위를 "친절한 여자 경찰"로 기억한다. {{p:Gordeeva}} did not speak to her without {{r:Pak}} present.""",
    },
    {
        "id": "h33-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kye Ok-hwa", "계옥화", "witness", ["Ok-hwa", "Lily"]),
            ("Yom Jong-sil", "염정실", "supervisor", []),
            ("Ho Un-sim", "호은심", "coworker", ["Un-sim", "Rose"]),
        ],
        "note": "Cambodian restaurant weekly staff rota, Korean and English: waitresses by given name and by English stage names that are flower words (Lily, Rose, Jasmine, Daisy) marked as names and unmarked as flowers in the order notes; Khmer staff first names; the manager by surname and title; emoji; restaurant, city and market public.",
        "text": """{{u:평양모란봉식당}} / {{u:Pyongyang Moranbong Restaurant}} - {{u:Phnom Penh}}
주간 근무표 Staff rota, week 46 (2018.11.12 ~ 11.18)
작성: 지배인 {{r:염정실}}   확인: 보위 {{p:추}} 선생

요일 | 홀 Hall (11:00-22:30) | 주방 Kitchen | 공연 Show 19:30 | 계산 Cash | 마감 청소
월 Mon | {{r:옥화}}({{r:Lily}}), {{r:은심}}({{r:Rose}}), {{p:은정}}({{p:Jasmine}}) | {{p:명옥}}, {{p:Sokha}} | {{r:Lily}}, {{p:Jasmine}}, {{p:Daisy}} | {{p:향}} | {{p:Dara}}
화 Tue | {{r:은심}}({{r:Rose}}), {{p:설미}}({{p:Daisy}}), {{p:향}} | {{p:명옥}}, {{p:Sokha}} | {{r:Rose}}, {{p:Daisy}}, {{r:Lily}} | {{p:은정}} | {{p:Dara}}
수 Wed | {{r:옥화}}({{r:Lily}}), {{p:설미}}({{p:Daisy}}), {{p:은정}}({{p:Jasmine}}) | {{p:명옥}}, {{p:Channary}} | {{r:Lily}}, {{r:Rose}}, {{p:Jasmine}} | {{p:향}} | {{p:Dara}}
목 Thu | {{r:은심}}({{r:Rose}}), {{r:옥화}}({{r:Lily}}), {{p:향}} | {{p:명옥}}, {{p:Sokha}} | {{r:Rose}}, {{p:Daisy}}, {{p:Jasmine}} | {{p:설미}} | {{p:Vannak}}
금 Fri | 전원 All (단체 예약 40명) | {{p:명옥}}, {{p:Sokha}}, {{p:Channary}} | {{r:Lily}}, {{r:Rose}}, {{p:Jasmine}}, {{p:Daisy}} | {{p:향}} | {{p:Dara}}, {{p:Vannak}}
토 Sat | 전원 All | {{p:명옥}}, {{p:Sokha}}, {{p:Channary}} | {{r:Lily}}, {{r:Rose}}, {{p:Jasmine}}, {{p:Daisy}} (2회 19:30/21:00) | {{p:은정}} | {{p:Dara}}

휴무 Day off: 없음 (지배인 지시). {{r:Rose}} 목요일 휴무 신청 → 불허 ({{r:염}} 지배인).

비고 Notes
- {{p:향}}(={{p:Hyang}})은 계산대만. 손님과 대화 금지.
- {{r:Lily}} 목소리 상태 나쁨. 그래도 토요일 2회 공연 참가. ({{r:염정실}})
- Order for Friday: lily and rose flowers for the stage, 40 stems each, from {{u:Psar Thmei}} market. Daisy garnish for desserts. {{p:Sokha}} will buy.
- 중국 단체 손님 담당 통역: {{p:은정}}. 한국 손님(남조선) 테이블은 {{r:옥화}}, {{r:은심}}만. 사진 촬영 거절할 것. 🚫📷
- {{p:Dara}} and {{p:Vannak}} leave by 23:00, the Korean staff lock up. Keys: {{r:Yom}} only.

---
NGO annotation ({{p:Jennifer Ahn}}, 2021, from the photo provided by the witness)
The witness is {{r:Kye Ok-hwa}} ({{r:계옥화}}), stage name "{{r:Lily}}". {{r:Ok-hwa}} kept this rota because it was the week {{r:Un-sim}} collapsed on stage on Saturday. "{{r:Rose}}" is {{r:Ho Un-sim}} ({{r:호은심}}). {{r:Un-sim}} had asked for Thursday off because of a fever; manager {{r:Yom Jong-sil}} refused. {{r:Ok-hwa}} says {{r:Yom}} made {{r:Un-sim}} finish the second show and "smile, {{r:Rose}}, smile 😀" before she was allowed to sit down.
The others: {{p:Jasmine}} = {{p:Kim Un-jong}}, {{p:Daisy}} = {{p:Ri Sol-mi}}, {{p:Hyang}} = {{p:Pak Hyang}} (cash desk only, "because her eyes were too honest"), kitchen {{p:Myong-ok}} = {{p:Cha Myong-ok}}. The Cambodian staff {{p:Sokha}}, {{p:Channary}}, {{p:Dara}} and {{p:Vannak}} used only first names. The minder {{p:Chu}} never appears on the rota.""",
    },
    {
        "id": "h33-mixed-04",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ha Chol-gyu", "하철규", "witness", ["철규", "곰돌이"]),
            ("Ryu Myong-hak", "류명학", "supervisor", []),
            ("Sin Ok-nyo", "신옥녀", "coworker", ["옥녀", "여우비"]),
        ],
        "note": "KakaoTalk PC group export (CRLF) of former workers: display names with emoji around nicknames (🐻곰돌이, 🌦여우비), invitation and leave lines, names in messages with particles and honorifics (류 반장, 철규 형, 옥녀 누나), an English-speaking volunteer, ordinary 곰 and 여우비 in text; Kakao and places public.",
        "text": """{{u:KakaoTalk}} Chat with {{u:쿠웨이트}} 동지들 🇰🇼 (5)
Saved Date : 2022. 3. 6. 오전 1:12

--------------- 2022년 3월 5일 토요일 ---------------
{{p:산토끼}}님이 {{r:곰돌이}}님을 초대했습니다.
{{r:곰돌이}}님이 {{r:여우비}}님, {{p:Emma_OLWK}}님을 초대했습니다.
[🐻{{r:곰돌이}}] [오후 9:12] 다들 들어왔어?
[🌦{{r:여우비}}] [오후 9:12] 네 {{r:철규}} 오빠 ㅎㅎ
[🐻{{r:곰돌이}}] [오후 9:13] 여기서는 이름 쓰지 말자 했잖아 ㅋㅋ 별명만
[🌦{{r:여우비}}] [오후 9:13] 아 맞다 ㅠ {{r:곰돌이}}님
[{{p:산토끼}}] [오후 9:15] {{p:Emma}} 선생님 소개할게요. 영국 단체에서 {{u:쿠웨이트}} 건설 현장 조사하는 분
[{{p:Emma_OLWK}}] [오후 9:16] Hello everyone! Thank you for having me. I'm {{p:Emma}}. I read Korean slowly, sorry 🙏
[🐻{{r:곰돌이}}] [오후 9:17] 반가워요 {{p:Emma}}. 나는 {{r:곰돌이}}. 진짜 곰 아니고요 🐻
[{{p:산토끼}}] [오후 9:18] {{p:Emma}} 선생님이 {{r:류}} 반장 얘기 듣고 싶대요
[🌦{{r:여우비}}] [오후 9:20] {{r:류명학}}이요? 그 사람 이름만 들어도 소름
[🐻{{r:곰돌이}}] [오후 9:21] {{r:류}} 반장은 우리 현장 반장. 2016~2019 {{u:자흐라}} 현장. {{r:명학}}이라고 부르면 때렸어요 ㅋㅋ 꼭 반장님이라고
[{{p:Emma_OLWK}}] [오후 9:23] Was {{r:Ryu}} also the one who kept passports?
[🐻{{r:곰돌이}}] [오후 9:24] yes yes. {{r:Ryu}} have passport. all 40
[🌦{{r:여우비}}] [오후 9:25] 저는 식당 쪽이었어요. {{r:류}} 반장이 {{r:옥녀}}는 밥이나 하라고… 아 또 이름 ㅠㅠ
[{{p:산토끼}}] [오후 9:26] 괜찮아요 {{r:여우비}}님 ㅎㅎ 여기 다 아는 사람
[🐻{{r:곰돌이}}] [오후 9:27] {{r:옥녀}} 누나는 그때 우리 40명 밥 다 했어요. 혼자
[🌦{{r:여우비}}] [오후 9:28] {{r:철규}} 오빠가… 아니 {{r:곰돌이}}님이 제일 많이 먹었음 😂
[{{p:Emma_OLWK}}] [오후 9:30] 😂 May I ask what "여우비" means?
[🌦{{r:여우비}}] [오후 9:31] sunshower! rain with sun. {{u:쿠웨이트}}에서는 여우비 한 번도 못 봤어요
[🐻{{r:곰돌이}}] [오후 9:33] {{p:Emma}}씨 {{r:하철규}} 이름은 보고서에 쓰지 마세요 ㅎ 아 내가 썼네
{{p:산토끼}}님이 메시지를 가렸습니다.
[{{p:산토끼}}] [오후 9:34] 방금 거 가렸어요. {{r:곰돌이}}님 조심 ㅋㅋ
[🐻{{r:곰돌이}}] [오후 9:35] ㅠㅠ 미안
--------------- 2022년 3월 6일 일요일 ---------------
[🌦{{r:여우비}}] [오전 12:40] {{p:Emma}} 선생님 {{r:신옥녀}}라고 써도 돼요. 저는 괜찮아요. 엄마 돌아가셨고 북에 아무도 없어요
[{{p:Emma_OLWK}}] [오전 12:52] Thank you, {{r:Ok-nyo}}. I will still ask our lawyer Mr {{p:Han}} first.
[{{p:산토끼}}] [오전 1:05] {{p:Han}} 변호사님 {{u:대한변호사협회}} 북한인권 소위 분이에요
{{r:곰돌이}}님이 나갔습니다.""",
    },
    {
        "id": "h33-mixed-05",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Chi Hae-song", "지해송", "witness", ["Hae-song", "해송"]),
            ("Kim Yong-dok", "김영덕", "supervisor", []),
        ],
        "note": "Telegram channel posts in English and Korean: private contributors' @handles (the handle body marked, @ outside), a witness's handle built from her name, a public UN account handle, forwarded posts, names with the particle 이/가 in Korean replies, a Russian foreman by first name and diminutive; cities public.",
        "text": """📢 Overseas Workers Watch 🇰🇵→🇷🇺
t.me/ow_watch · 2,341 subscribers · admins: @{{p:jh_admin}}, @{{p:mira_k}}

[12.04.2023 18:02] Forwarded from @{{p:vlad_prorab}}
New site in {{u:Nakhodka}}, port area. 30 Korean workers arrived last week. Their brigadier is called {{r:Kim}}, around 50, limps on the left leg. Local foreman {{p:Vitya}} ({{p:Viktor}}) says they work until 2 a.m.

[12.04.2023 19:10] @{{p:jh_admin}}
확인 중입니다. 왼쪽 다리 저는 {{r:김}} 반장이면 작년 {{u:우수리스크}} 현장의 {{r:김영덕}}일 가능성이 있습니다. 아시는 분 DM 주세요.

[12.04.2023 21:44] @{{r:haesong_ji}}
{{r:김영덕}}이 맞을 거예요. 2021년에 다리 다쳤어요. 저는 그 현장 식당에 있었어요.
(Yes, it's probably {{r:Kim Yong-dok}}. He hurt his leg in 2021. I worked in the site canteen.)

[13.04.2023 09:15] @{{p:sonya_nkd}}
I live near the port. The workers go to the shop on {{u:Leninskaya}} street on Sundays, always with an older man. The shop owner {{p:Galya}} says the older man pays for everything and the young ones never speak.

[13.04.2023 10:02] @{{p:mira_k}}
Thanks {{p:Sonya}}. Please do not photograph faces. @{{r:haesong_ji}}, can we talk privately about {{r:Kim}}?

[13.04.2023 10:30] @{{r:haesong_ji}}
ok. 근데 {{r:김영덕}} 반장이 제 얼굴 알아요. 조심해야 돼요. my name {{r:Hae-song}} not in public please 🙏

[14.04.2023 08:00] @{{p:jh_admin}}
Update: with help from @{{p:vlad_prorab}} we confirmed the company is {{u:Dalmorstroy LLC}}. We have shared the information with @{{u:UNHumanRights}}. 반장 이름은 공개하지 않습니다. {{r:해송}} 님 고마워요.

[14.04.2023 08:05] Comment from @{{p:kwangho_1987}}
{{r:김영덕}}이가 아직도 반장이야? 2015년 {{u:Vladivostok}}에서도 우리 반장이었어. {{p:박진수}}가 그 사람한테 맞고 귀국했는데.

[14.04.2023 08:20] @{{p:mira_k}}
@{{p:kwangho_1987}} please delete names from comments, including {{p:Pak Jin-su}}'s. We will contact you.""",
    },
    {
        "id": "h33-mixed-06",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Hong Chol-jun", "홍철준", "witness", ["Chol-jun"]),
            ("Yu Song-nam", "유성남", "supervisor", []),
        ],
        "note": "Kuwaiti hospital bill for two DPRK patients with the company guarantor and a doctor's name, patient names surname-first in capitals and as 'Name: Last, First', Arabic staff names, NGO Korean annotations with particles; the hospital, ministry and company public; amounts and codes unmarked.",
        "text": """{{u:Al-Adan Hospital}} - {{u:Ministry of Health}}, State of {{u:Kuwait}}
INPATIENT BILL / فاتورة   Bill No. ADH-IP-2018-0733812   Date: 2018-07-19

Patient: {{r:HONG CHOL JUN}}        MRN: 4418207     Nationality: KOREA DPR
Civil ID: 28802xxxxxxx            Age/Sex: 29 / M
Name on file (Latin): {{r:Hong}}, {{r:Chol Jun}}
Guarantor: {{u:Al Jazeera Contracting Co.}} W.L.L. - attn. Mr {{r:YU SONG NAM}} (site representative)
Admitted: 2018-07-12 via ER   Discharged: 2018-07-18 (against medical advice, signed by guarantor)
Attending physician: Dr {{p:Tariq Al-Enezi}} (Orthopaedics)   Ward nurse: {{p:Mary Joseph}}

Code     Description                                   Qty   KWD
ER-01    Emergency consultation                         1    25.000
XR-14    X-ray, left forearm, 2 views                    1    18.000
OR-220   ORIF, radius, incl. implant                     1   410.000
WD-02    Ward bed (general), per day                     6   120.000
PH-xx    Pharmacy (see annex)                            -    47.250
                                                 TOTAL KWD   620.250
Paid: 0.000   Outstanding: 620.250 - to be invoiced to guarantor

Annex B (same guarantor, same week)
Patient: {{p:KIM SON HUI}} (M, 41) MRN 4418266 - heat exhaustion, 1 day obs., KWD 65.000
Patient: {{p:RIM TONG IL}} (M, 35) MRN 4418301 - laceration, scalp, sutures, KWD 38.500

Discharge note (Dr {{p:Al-Enezi}}): Patient {{r:Hong}} needs follow-up in 2 weeks for wound check. Patient did not speak; Mr {{r:Yu}} answered for him and insisted on discharge. Social worker {{p:Noura Al-Rashid}} informed.

[NGO 메모 - {{p:노하린}}, 2023]
- 환자 {{r:홍철준}}은 우리 증언자. 2018년 7월 {{u:압둘라 알무바라크}} 주택단지 현장에서 비계 붕괴로 팔이 부러짐. {{r:철준}} 씨는 "{{r:유성남}}이가 병원비가 많이 나온다고 엿새 만에 끌고 나왔다"고 진술.
- 보증인란의 {{r:YU SONG NAM}} = {{r:유성남}}, 현장 대표 겸 보위원. {{r:유}} 씨는 병원비를 끝내 내지 않았다고 {{r:홍}} 씨는 들었음.
- Annex의 {{p:KIM SON HUI}}, {{p:RIM TONG IL}}도 같은 작업반. {{p:김선희}}는 남자 이름인데 여자 이름처럼 보여서 병원 직원이 두 번 확인했다고. {{p:림동일}}은 {{r:유성남}}에게 맞아서 머리를 다친 것이라고 {{r:Chol-jun}} says.""",
    },
    {
        "id": "h33-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Nam Kyong-ae", "남경애", "witness", ["경애"]),
            ("Sok Ui-chol", "석의철", "supervisor", []),
        ],
        "note": "Bank transfer record (Korean bank export plus Chinese counterpart account names): sender and account holders in Hangul, romanised capitals and Chinese characters, memos naming the mother and a former supervisor, an impossible value date 2021-04-31; banks and the remittance company public; account numbers unmarked.",
        "text": """해외송금 거래내역 / Outward remittance history
은행: {{u:우리은행}} 안산중앙지점   조회기간: 2021.01.01 ~ 2021.12.31
예금주: {{r:남경애}} ({{r:NAM KYONG AE}})   계좌: 1002-xxx-xxx771

거래일     | 송금액(USD) | 수취인 (Beneficiary)        | 수취은행                         | 수취계좌        | 메모
2021-01-15 | 1,000.00    | {{p:JIN CHUNJI}} ({{p:金春姬}})  | {{u:中国工商银行}} {{u:延吉}}分行        | 6222 xxxx 0183  | 엄마 설 생활비
2021-04-31 | 500.00      | {{p:JIN CHUNJI}} ({{p:金春姬}})  | {{u:中国工商银行}} {{u:延吉}}分行        | 6222 xxxx 0183  | (value date as printed)
2021-06-02 | 700.00      | {{p:PIAO MINGZHE}} ({{p:朴明哲}}) | {{u:Bank of China}} {{u:Hunchun}}      | 6217 xxxx 5520  | {{p:최}} 사장 경유
2021-09-10 | 1,200.00    | {{p:JIN CHUNJI}} ({{p:金春姬}})  | {{u:中国工商银行}} {{u:延吉}}分行        | 6222 xxxx 0183  | 추석. 엄마한테 {{r:경애}}가
2021-12-20 | 300.00      | {{r:SOK UI CHOL}}                | (returned - beneficiary unknown) | -               | 반환됨

[NGO 메모 - {{p:Lee Su-bin}}]
- 예금주 {{r:남경애}} 씨는 2014~2018 {{u:훈춘}} 수산물 공장 파견 노동자. 어머니는 {{u:온성}} 거주. 송금은 브로커 "{{p:최}} 사장"을 통해 {{p:金春姬}}(김춘희, 조선족) 명의 계좌로.
- 12월 송금의 수취인 {{r:SOK UI CHOL}}({{r:석의철}})은 {{r:경애}} 씨가 일했던 공장의 북측 관리자. 왜 그에게 돈을 보내려 했는지 묻자 "{{r:석}} 지도원한테 빚이 있다고 엄마가 협박받았다"고 답함. 은행이 수취인 불명으로 반환.
- {{u:Wise Remit}} 같은 송금앱은 사용 안 함. {{r:Kyong-ae}} says the broker {{p:Choi}} takes 30%.""",
    },
    {
        "id": "h33-mixed-08",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ri Kwang-chol", "리광철", "witness", ["Kwang-chol"]),
            ("Mun Hye-gyong", "문혜경", "relative", ["혜경"]),
        ],
        "note": "Calendar export (ICS, CRLF) of an NGO case officer: ORGANIZER and ATTENDEE with CN= names and mailto local parts, SUMMARY and DESCRIPTION in English and Korean, a witness name folded across an ICS continuation line, UID and timezone strings unmarked; office location and institutions public.",
        "text": """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//OLWK//Case Calendar 1.4//KO
X-WR-CALNAME:{{p:Minji Park}} - cases
BEGIN:VEVENT
UID:20240311T0100-8812@olwk.org
DTSTART;TZID=Asia/Seoul:20240314T100000
DTEND;TZID=Asia/Seoul:20240314T120000
SUMMARY:2차 면담 - {{r:리광철}} (RU logging)
LOCATION:{{u:OLWK}} 3F room B\\, {{u:Jongno-gu}}\\, {{u:Seoul}}
ORGANIZER;CN={{p:Minji Park}}:mailto:{{p:minji.park}}@olwk.org
ATTENDEE;CN={{p:Cho Hye-sun}};ROLE=REQ-PARTICIPANT:mailto:{{p:hyesun.cho}}@olwk.org
DESCRIPTION:Follow-up with {{r:Ri Kwang-
 chol}} on the 2017 accident. Bring the photo of the brigade list. Interpreter not needed.
END:VEVENT
BEGIN:VEVENT
UID:20240318T0500-8830@olwk.org
DTSTART;TZID=Asia/Seoul:20240318T140000
DTEND;TZID=Asia/Seoul:20240318T150000
SUMMARY:Call - {{r:문혜경}} ({{r:광철}} 씨 아내)
DESCRIPTION:{{r:혜경}} 씨가 남편 면담 동석 원함. {{r:Kwang-chol}} agrees. 통화는 오후에만 (아이 하원 전).
ORGANIZER;CN={{p:Minji Park}}:mailto:{{p:minji.park}}@olwk.org
END:VEVENT
BEGIN:VEVENT
UID:20240322T0030-8851@olwk.org
DTSTART;TZID=Asia/Seoul:20240322T093000
SUMMARY:{{u:National Human Rights Commission of Korea}} - submission deadline
DESCRIPTION:Submit {{r:Ri}}'s statement (redacted!) + {{p:Grace}}'s cover letter.
ORGANIZER;CN={{p:Minji Park}}:mailto:{{p:minji.park}}@olwk.org
ATTENDEE;CN={{p:Grace Baek}}:mailto:{{p:grace.baek}}@olwk.org
END:VEVENT
END:VCALENDAR""",
    },
    {
        "id": "h33-mixed-09",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jang Un-bi", "장은비", "witness", ["은비", "Eunbi"]),
            ("Jang Myong-su", "장명수", "relative", ["명수"]),
        ],
        "note": "SMS thread exported from a phone: contacts saved as Mom, Uncle 2 (kinship labels, unmarked) and Broker Lee (only the surname marked, 'Broker' outside); names in messages with particles; a father in Russia; mixed English and Korean; city public.",
        "text": """Messages export - {{r:Eunbi}}'s phone (2021-05-02 to 2021-05-04)

[2021-05-02 21:14] Broker {{p:Lee}}: 아버지 연락 됐어요. {{u:하바롭스크}} 현장에 계세요
[2021-05-02 21:15] Me: 진짜요?? 아빠 이름 확인했어요? {{r:장명수}} 맞아요?
[2021-05-02 21:17] Broker {{p:Lee}}: {{r:장명수}} 씨 맞아요. 딸 이름 {{r:은비}}라고 하니까 울었대요
[2021-05-02 21:18] Me: 😭😭
[2021-05-02 21:30] Mom: {{r:은비}}야 아빠 소식 왔어? {{p:Lee}} 사장이 뭐래
[2021-05-02 21:31] Me: 엄마 아빠 살아 있대!! {{u:하바롭스크}}래
[2021-05-02 21:33] Mom: 세상에... {{r:명수}} 씨...
[2021-05-03 08:02] Uncle 2: {{r:Eunbi}}, your mom told me. Be careful with {{p:Lee}}, he asked me for 2 million last year and nothing happened
[2021-05-03 08:10] Me: 삼촌 알아요. 이번엔 영상 보내준대요
[2021-05-03 19:44] Broker {{p:Lee}}: 영상은 위험해서 안 돼요. 대신 아버지가 쓴 쪽지 사진. 300 보내요
[2021-05-03 19:45] Broker {{p:Lee}}: [사진] "{{r:은비}}야 아빠는 잘 있다 - {{r:명수}}"
[2021-05-03 19:50] Me: 아빠 글씨 맞아요... 엄마한테 보여줄게요
[2021-05-04 07:12] Mom: 아빠 글씨야. "{{r:장명수}}" 쓸 때 장 자를 꼭 저렇게 써
[2021-05-04 07:30] Uncle 2: OK if it's his handwriting. But {{r:Eunbi}}, tell the NGO lady (Ms {{p:Baek}}) before sending money
[2021-05-04 07:31] Me: ok 삼촌 ❤️""",
    },
]
