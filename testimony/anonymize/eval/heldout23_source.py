# ruff: noqa: E501
"""Held-out evaluation passages, set 23. Markers: {{r:..}} registered private person,
{{p:..}} unregistered private person, {{u:..}} public name (figure, place, organisation,
company, ship). Built by build_heldout.py heldout23."""

PASSAGES: list[dict] = [
    {
        "id": "h23-en-01",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pak Yong-il", "박영일", "witness", ["Yong-il"]),
            ("Jo Song-man", "조성만", "supervisor", ["Song-man"]),
            ("Moon Tae-ho", "문태호", "coworker", ["Tae-ho"]),
        ],
        "note": "Lawyer's intake memo, Qatar construction; client's surname in three romanizations (PAK/BAK/Park) in ALL CAPS and title case; supervisor Jo nicknamed 'Man' by Nepali coworkers next to the ordinary word man; coworker Moon beside the moon; impossible memo date 29 February 2019; associate's initials as sign-off.",
        "text": """PRIVILEGED & CONFIDENTIAL - ATTORNEY WORK PRODUCT

MEMORANDUM
To: {{p:Eleanor Whitcombe}}, supervising counsel
From: {{p:Daniel Okafor}}, associate
Re: {{r:PAK Yong-il}} - intake review, possible claims arising from construction work in {{u:Qatar}}, 2014-2017
Date: 29 February 2019 (as stamped by the scanner; the interview itself took place on 28 February)

1. The client's name
The name appears in three forms in the file. The passport copy reads "{{r:PAK YONG IL}}". The Qatari residence card issued by the {{u:Ministry of Interior}} reads "{{r:BAK YONG IL}}". The certificate he received on leaving {{u:Hanawon}} reads "{{r:Park Young-il}}". These are one man. In this memo I use "{{r:Pak}}". Please do not normalise the spelling in any pleading without checking which document is quoted; in an earlier matter opposing counsel made much of a one-letter discrepancy between two spellings.

2. Facts as given
{{r:Pak}} was sent to {{u:Doha}} in March 2014 in a group of sixty construction workers. The sending entity was, on paper, {{u:Genco}} (the {{u:Korea General Corporation for External Construction}}); the Qatari sponsor was a local contractor whose name he could not read. He worked first on residential towers in {{u:Lusail}}, later on a road package south of {{u:Al Wakrah}}, and slept in a camp on Street 43 of the {{u:Industrial Area}}.

The brigade was run by {{r:Jo Song-man}}. The client calls him "{{r:Jo}}" or "chief {{r:Jo}}". The Nepali steel fixers on the same site, who could not manage Korean names, called him "{{r:Man}}", and the client says {{r:Jo}} answered to it. (The man from the sponsor's office who appears later in the account is a different person.) {{r:Jo}} kept every passport in a locked tin box and collected the wages from the sponsor's PRO, a Qatari whom the client knew only as {{p:Abu Saleh}}.

Contract wage: QAR 1,200 a month. Paid to the client: QAR 100 to 150, "when {{r:Song-man}} was pleased with us". The remainder went to the "plan", the loyalty fund and a food deduction. Every man in the brigade was treated the same way.

3. The coworker
The client's closest colleague was {{r:Moon Tae-ho}}, a pipe fitter from {{u:Tanchon}}. In summer the site switched to night work; the men poured concrete under floodlights until the moon went down, and {{r:Moon}} liked to say the shift was named after him. On 14 August 2016 {{r:Moon}} collapsed on the slab. {{r:Jo}} refused to call an ambulance. A Nepali coworker, {{p:Ram Bahadur Thapa}}, carried {{r:Tae-ho}} to the site office, and {{p:Thapa}} then telephoned the main contractor's safety officer, an Indian engineer the client remembers as Mr {{p:Suresh}}. {{r:Moon Tae-ho}} was taken to {{u:Hamad General Hospital}} and treated for heat stroke. He was back on the slab four days later. The client believes {{r:Moon}} was sent home in 2017 and does not know whether he is alive.

4. Family
The client's wife, {{p:Kang Sun-ok}}, and their daughter are in {{u:Hamhung}}. He is very worried that any public filing could reach them. The daughter's name was not recorded and should not be.

5. Observations
(a) Corroboration. {{p:Thapa}} may be reachable through a Nepali migrant workers' group in {{u:Kathmandu}}; the client has a photograph of him but no other details.
(b) The client says {{r:Jo}} once held up a newspaper photograph of {{u:Kim Jong Un}} and told the brigade that their wages had gone "to the Marshal". Quote only with the client's consent.
(c) Exit. In May 2017 the client left the camp on foot, took a taxi down {{u:Salwa Road}} and reached the {{u:Embassy of the Republic of Korea}} in {{u:Doha}}. He flew out of {{u:Hamad International Airport}} two weeks later.
(d) The 2020 labour reforms in {{u:Qatar}} do not reach back to 2014-2017, and a claim against the sponsor looks weak. A communication to the {{u:ILO}} supervisory bodies or to the {{u:UN}} special procedures is more realistic.
(e) {{r:Yong-il}} asked twice whether he would have to face {{r:Jo}} at any hearing. I said no. Please make sure that stays true.

{{p:D.O.}}""",
    },
    {
        "id": "h23-en-02",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Han Ki-bong", "한기봉", "witness", ["H.K.B."]),
            ("No Myong-su", "노명수", "coworker", ["N.M.S."]),
        ],
        "note": "Draft UN special-procedures communication, Amur Oblast logging; victims referred to mostly by initials; surname No beside sentence-initial 'No' and a quoted 'No.'; surname Han beside 'Han Chinese'; Russian buyer in Latin and Cyrillic with patronymic; impossible date on a death certificate; drafters' initials in a comment; Palais Wilson.",
        "text": """DRAFT v3 - NOT FOR CIRCULATION - redact before transmission

Submission to the {{u:United Nations}} special procedures

To:
{{u:Elizabeth Salmón}}, Special Rapporteur on the situation of human rights in the {{u:Democratic People's Republic of Korea}}
{{u:Tomoya Obokata}}, Special Rapporteur on contemporary forms of slavery, including its causes and consequences
c/o {{u:OHCHR}}, {{u:Palais Wilson}}, {{u:Geneva}}

Subject: Forced labour of two {{u:DPRK}} nationals in timber harvesting in {{u:Amur Oblast}}, {{u:Russian Federation}}, 2018-2021

I. Persons concerned
1. {{r:H.K.B.}}, male, born 1979 in {{u:Kilju}}, {{u:North Hamgyong}}. Now resident in the {{u:Republic of Korea}}. {{r:H.K.B.}} (Mr {{r:Han Ki-bong}}) consents to disclosure of his identity to the mandate holders, but not to publication.
2. {{r:N.M.S.}}, male, born 1984 in {{u:Hoeryong}}. Deceased. The family of {{r:N.M.S.}} (Mr {{r:No Myong-su}}) has not been consulted; his name must be removed from the version transmitted.

II. Facts
3. In April 2018 {{r:H.K.B.}} and {{r:N.M.S.}} were sent with a brigade of 38 men to a logging site some 60 km north of {{u:Tynda}}, along the {{u:Baikal-Amur Mainline}}. The {{u:DPRK}} side was represented by a company that {{r:H.K.B.}} describes as belonging to the {{u:Ministry of Forestry}}. The brigade leader was a man named {{p:Kye}}; {{r:Han}} does not know his given name.
4. No written contract was ever shown to {{r:Han}} or to {{r:No}}. Working hours ran from 05:00 to 21:00, seven days a week, with one rest day a month "if the plan was met". Timber was sold to a Russian buyer, {{p:Sergei Anatolyevich Fedotov}} ({{p:Сергей Анатольевич Федотов}}), who paid {{p:Kye}} in cash. {{r:H.K.B.}} estimates that he received about 4,000 roubles a month; the rest was retained as "state plan" contributions.
5. Passports were held by {{p:Kye}}. When {{r:Han Ki-bong}} asked for his in 2019 in order to renew a registration, he was told: "No. The passport belongs to the Party."
6. Paragraph 8 of {{u:Security Council}} resolution 2397 (2017) required Member States to repatriate {{u:DPRK}} nationals earning income in their jurisdiction within 24 months, that is, by 22 December 2019. The brigade was not repatriated. In January 2020 its members were moved to a second site near {{u:Zeya}} and told that they were now "trainees".
7. On 9 January 2021 {{r:N.M.S.}} was struck by a falling trunk. {{r:Han}} and two Russian drivers carried him to a truck. He was admitted to the district hospital in {{u:Tynda}}, where Dr {{p:Irina Volkova}} treated him for fractures of the pelvis. {{p:Kye}} removed {{r:No}} from the hospital after two days, against medical advice. {{r:No Myong-su}} died at the site on 13 January 2021. A photograph of the death certificate held by the family gives the date of death as "31 November 2020". That date does not exist; we believe it was entered carelessly by the {{u:DPRK}} side.
8. {{r:Han}} left the second site in June 2021 with the help of a Han Chinese timber trader whom he knows only as Lao {{p:Wang}}, and reached {{u:Vladivostok}}, and later the {{u:Republic of Korea}}, in 2022.

III. Allegations
9. The facts above, if confirmed, indicate: confiscation of identity documents; withholding of wages; excessive working hours; denial of medical care; restriction of movement; and threats against family members (the brigade leader told {{r:Han}} that his mother in {{u:Kilju}} "would answer" for any complaint).

IV. Requests
10. We respectfully ask the mandate holders to seek information from the Governments of the {{u:Russian Federation}} and of the {{u:Democratic People's Republic of Korea}} on (a) the legal basis on which the brigade remained in {{u:Amur Oblast}} after 22 December 2019; (b) the circumstances of the death of {{r:N.M.S.}}; and (c) any investigation opened into the conduct of the brigade leader and of the timber buyer.

Annexes
1. Statement of {{r:H.K.B.}} (Korean original, 11 pp., with English translation)
2. Photograph of the death certificate of {{r:N.M.S.}}
3. Sketch map of both sites drawn by {{r:H.K.B.}}

[Comment {{p:YJ}}: check whether {{r:Han}} still wants his full name in para 1. He said "no problem" on the phone but sounded unsure. - Reply {{p:MK}}: will call him Thursday. No name goes out until then.]""",
    },
    {
        "id": "h23-en-03",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ri Chol-u", "리철우", "witness", []),
            ("Gang Myong-ho", "강명호", "coworker", []),
            ("Song Hyon-jin", "송현진", "coworker", []),
        ],
        "note": "Port agent's FAL 5 crew list, ALL CAPS, family and given names in separate columns; Ri/Rhee/Lee variants of one officer; AB surnamed Gang beside the ship name RYE SONG GANG 1, 'deck gang' and 'gangway'; cook Song singing a song; one-letter surname U; impossible date of birth 31.04; agent signature in Latin and Cyrillic.",
        "text": """NAKHODKA - SHIP AGENCY DEPARTMENT
CREW LIST ({{u:IMO}} FAL FORM 5) - COPY FOR BORDER CONTROL

Name of ship: {{u:RYE SONG GANG 1}}            Flag: {{u:DPRK}}
Port of registry: {{u:NAMPO}}                 Arrival at: {{u:NAKHODKA}} 17.03.2017
Last port of call: {{u:CHONGJIN}}             Agent: {{u:Nakhodka Commercial Sea Port}}, agency desk 3

NO | FAMILY NAME | GIVEN NAMES | RANK | NATIONALITY | DATE OF BIRTH | PLACE OF BIRTH | DOC. NO.
01 | {{p:KYE}} | {{p:MYONG SU}} | MASTER | {{u:DPRK}} | 12.05.1968 | {{u:NAMPO}} | 836xxxx01
02 | {{p:CHA}} | {{p:IL BOM}} | CH. OFFICER | {{u:DPRK}} | 03.11.1975 | {{u:WONSAN}} | 836xxxx17
03 | {{r:RI}} | {{r:CHOL U}} | 2ND OFFICER | {{u:DPRK}} | 21.07.1983 | {{u:HAMHUNG}} | 836xxxx22
04 | {{p:TONG}} | {{p:KWANG RIM}} | CH. ENGINEER | {{u:DPRK}} | 09.01.1966 | {{u:NAMPO}} | 836xxxx05
05 | {{p:PAE}} | {{p:SUNG JIN}} | 2ND ENGINEER | {{u:DPRK}} | 15.09.1979 | {{u:SARIWON}} | 836xxxx31
06 | {{p:HWANG}} | {{p:CHUN GIL}} | BOSUN | {{u:DPRK}} | 30.06.1971 | {{u:TANCHON}} | 836xxxx40
07 | {{r:GANG}} | {{r:MYONG HO}} | AB | {{u:DPRK}} | 11.02.1990 | {{u:KIMCHAEK}} | 836xxxx44
08 | {{p:JON}} | {{p:UN CHOL}} | AB | {{u:DPRK}} | 31.04.1988 | {{u:CHONGJIN}} | 836xxxx46
09 | {{p:U}} | {{p:SONG RYONG}} | OS | {{u:DPRK}} | 02.12.1994 | {{u:ORANG}} | 836xxxx51
10 | {{r:SONG}} | {{r:HYON JIN}} | COOK | {{u:DPRK}} | 18.08.1977 | {{u:HAMHUNG}} | 836xxxx58
11 | {{p:MUN}} | {{p:CHANG HO}} | MOTORMAN | {{u:DPRK}} | 07.07.1981 | {{u:WONSAN}} | 836xxxx60

Total on board: 11 (eleven) persons including Master.

AGENT'S REMARKS (for the Harbour Master and the {{u:FSB Border Directorate}})

1. Spelling. No. 03 appears as "{{r:RI CHOL U}}" on this list and in the crew passport. The visa page, issued by the {{u:Consulate General of the Russian Federation in Chongjin}}, spells him "{{r:RHEE CHOL-U}}", and his seaman's book has "{{r:LEE CHOL U}}". The Master confirms one and the same person. 2nd Officer {{r:Ri}} presented all three documents in person.

2. The date of birth of No. 08 ({{p:JON UN CHOL}}) reads 31.04.1988 on the list and in the passport. There is no 31 April. Master to obtain a written explanation; copy passed to Border Control as is.

3. No. 07 {{r:GANG MYONG HO}}, AB, went ashore on 19.03.2017 at 14:00 with the deck gang (Nos. 06-09) to load stores at berth 5. The others returned at 18:30. {{r:Gang}} did not. The Master, Capt. {{p:Kye}}, reported him missing at 23:40. Gangway watch that evening: No. 06, {{p:Hwang}}. Harbour Master's duty officer {{p:V. P. Sorokin}} informed by telephone at 23:55.

4. At the galley inspection on 20.03.2017 the cook, No. 10 {{r:Song}}, was singing; the Master explained that it was a song about the fatherland. Stores in order. Cook {{r:Song Hyon-jin}} asked agency staff to post a letter to an address in {{u:Vladivostok}}. Refused in line with agency policy; the letter was handed back to him.

5. On 21.03.2017 a man matching the description of {{r:Gang Myong-ho}} was seen near the {{u:Nakhodka}} bus station by a taxi driver, {{p:Ruslan}}, who called the agency because the man showed him the agency's card. Police informed. As of this note the AB has not been located.

6. Departure planned 24.03.2017 with 10 crew on board. The Master asks that the record show {{r:GANG}} as "deserted", not "missing". Agency's position: record as "missing" until Border Control decides.

For the Agent: {{p:A. V. Lysenko}} / {{p:Лысенко А. В.}}
Master: {{p:KYE MYONG SU}} (signature, ship's stamp)""",
    },
    {
        "id": "h23-en-04",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Bang Chol-su", "방철수", "witness", []),
            ("Kim Yong-chol", "김용철", "supervisor", []),
        ],
        "note": "Certified translation of Polish court minutes, Gdynia shipyard; witness Bang beside 'a bang'; private group leader who shares his name with the public figure Kim Yong Chol, one mention with a zero-width space; speaker labels with counsel surnames in capitals; Polish diminutive Zbyszek and 'pan'; airport and street named after people.",
        "text": """[Certified translation from the Polish]
{{u:Sąd Okręgowy w Gdańsku}} - District Court in {{u:Gdańsk}}, IV Criminal Division
MINUTES OF THE MAIN HEARING (extract)
Day 3, 12 October 2021, 10:05

Present: the Presiding Judge and two lay judges; the public prosecutor; counsel for the accused, adv. {{p:Marek Zieliński}}; attorney for the auxiliary prosecutor, adv. {{p:Agnieszka Wróbel}}; the sworn interpreter of Korean, Ms {{p:Ewa Nowak-Lee}}.
The accused {{p:Roman K.}} is present.

The witness {{r:Bang Chol-su}} is heard by video link from a courtroom of the {{u:Seoul Central District Court}}. The witness is advised of criminal liability for false testimony and declares that he understands.

PRESIDING JUDGE: Please state your name for the record.
WITNESS: {{r:Bang Chol-su}}. In my old passport it was written "{{r:PANG CHOL SU}}". It is the same.
PRESIDING JUDGE: Your relationship to the accused?
WITNESS: None. I saw him at the yard, that is all.
PROSECUTOR: Where did you work in {{u:Poland}}?
WITNESS: In {{u:Gdynia}}, at the {{u:Crist}} yard, from 2014 to 2016. We welded hull blocks. We were forty-two men. We lived in a hostel off {{u:Piłsudskiego}} street, eight men to a room.
PROSECUTOR: Who was in charge of your group?
WITNESS: Our chief was {{r:Kim Yong-chol}}. He held the passports and the bank cards.
COUNSEL {{p:ZIELIŃSKI}}: For the record - is that the {{u:Kim Yong Chol}} who headed the {{u:Reconnaissance General Bureau}}?
WITNESS: (laughs) No. Our {{r:Kim}} was a short man from {{u:Kaesong}}. Everyone asked him that. He hated it.
PRESIDING JUDGE: The court notes that the name appears in exhibit 14, the hostel register, as "{{r:Kim Yong\u200b-chol}}", and in exhibit 15, the payroll list, as "{{r:KIM YONG CHOL}}". Witness, is this the same person?
WITNESS: Yes. Chief {{r:Kim}}.
PROSECUTOR: Who paid your wages?
WITNESS: The money came from the Polish company onto a card. {{r:Kim}} kept the cards. Each month he gave us about 100 złoty in cash. He said the rest went to the state.
PROSECUTOR: Please describe 17 May 2015.
WITNESS: I was on the second level of the scaffolding. There was a bang, very loud, and the plank under {{p:Sok}} went down. {{p:Sok Myong-il}} fell maybe four metres. I climbed down. Pan {{p:Zbyszek}}, the Polish foreman, came running.
PRESIDING JUDGE: The full name of the foreman?
WITNESS: {{p:Zbigniew}}... I do not know the rest. We said pan {{p:Zbyszek}}.
PROSECUTOR: For the record, the foreman is the witness {{p:Zbigniew Kowalczyk}}, heard on day 2.
PROSECUTOR: What happened to Mr {{p:Sok}}?
WITNESS: Pan {{p:Zbyszek}} wanted an ambulance. {{r:Kim Yong-chol}} said no, he would take him himself. They took {{p:Sok}} away in the minibus. Two days later {{p:Sok}} was at work again with his arm tied up. In July he was sent home.
COUNSEL {{p:ZIELIŃSKI}}: Mr {{r:Bang}}, did the accused ever speak to you?
WITNESS: Once. He said "good job" in English. He gave {{r:Kim}} an envelope.
COUNSEL {{p:ZIELIŃSKI}}: You did not see what was in the envelope.
WITNESS: No.
ATTORNEY {{p:WRÓBEL}}: When did you last see your passport?
WITNESS: At {{u:Gdańsk Lech Wałęsa Airport}}, in March 2014, when we landed. {{r:Kim}} collected them on the bus.
ATTORNEY {{p:WRÓBEL}}: Did anyone in the group complain?
WITNESS: One man, {{p:Ko}}. He complained about the hours. Two weeks later he was sent back to {{u:Pyongyang}}. After that nobody complained.
PRESIDING JUDGE: Mr {{r:Bang}}, why did you leave the group?
WITNESS: In 2016 I had a chance. I went to {{u:Berlin}} by bus and then to the embassy of {{u:South Korea}}. I am sorry, I cannot say more about how.

Interpreter's note, entered at the interpreter's request: the witness used the word "반장" (team leader) for {{r:Kim}} and "사장" (boss) for the accused.

The hearing was adjourned at 12:40. Next hearing: 30 November 2021.
Minutes taken by: court clerk {{p:Joanna Sikora}}""",
    },
    {
        "id": "h23-en-05",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Choe Hyon-su", "최현수", "witness", ["Hyon-su"]),
            ("O Kum-chol", "오금철", "supervisor", []),
        ],
        "note": "E-mail chain with quoted replies and signatures, Malta ship-repair yard; Choe/Choi variants; one-letter surname O beside blood group O; lawyer Joseph vs the public PM Joseph Muscat; initials as sign-offs; impossible permit date 29/02/2017; Hangul name in a signature.",
        "text": """From: {{p:Joseph Camilleri}}
To: {{p:Sarah Borg}}; Research desk
Date: Tue, 3 Oct 2017 10:02 +0200
Subject: Re: Re: Re: {{u:Marsa}} yard - the two welders

Agree on not naming them. One caution: the permit record for {{r:O}} shows a date of issue of 29/02/2017, which cannot be right. If you rely on that record at all, say so in the piece.

{{p:J.C.}}
Advocate

From: {{p:Sarah Borg}}
To: Research desk
Cc: {{p:Joseph Camilleri}}
Date: Tue, 3 Oct 2017 09:14 +0200
Subject: Re: Re: {{u:Marsa}} yard - the two welders

Hi {{p:Min-ji}},

Quick one before my editor's meeting. I checked the names you sent against what {{p:Joe}} has from the residence-permit side. {{u:Identity Malta}} has a "{{r:CHOI HYUN SU}}" on file, not "{{r:Choe Hyon-su}}" - I assume that is just the spelling. For the second man I only have "{{r:O}}" and a permit number, which is odd; the given-name field is blank.

I will not name either of them. We will say "two North Korean welders employed through a subcontractor at a ship repair yard in {{u:Marsa}}". The government of {{u:Joseph Muscat}} has already said permits for {{u:DPRK}} nationals will not be renewed, so the story is about what happened before.

Best,
{{p:Sarah}}

--
{{p:Sarah Borg}}
Reporter, investigations
{{u:Times of Malta}}

> On Mon, 2 Oct 2017 at 18:02, {{p:Kwon Min-ji}} wrote:
>
> Dear {{p:Sarah}},
>
> Thank you for the call. As promised, what our witness told us, in short:
>
> 1. {{r:Choe Hyon-su}} ({{r:최현수}} in Korean; he spells it "{{r:Choe}}" himself, but Maltese papers may say "{{r:Choi}}") was a welder at the yard from 2015 to mid-2017. About twenty {{u:DPRK}} men worked there, paid through a subcontractor, and handed their pay to the group leader.
> 2. The second man is {{r:O Kum-chol}}. {{r:O}} was the group leader's deputy and kept the men's ID cards at the dormitory in {{u:Paola}}. {{r:Hyon-su}} says {{r:O}} was not cruel, "just afraid".
> 3. In April 2017 {{r:Hyon-su}} burned his forearm. The clinic note (photo attached) gives his blood group as O positive and a telephone number for "Mr {{r:O}}" as next of kin.
> 4. {{r:Choe}} did not fly home with the group in August 2017. He reached {{u:Seoul}} early this year and is with us.
>
> Please do not publish the names. {{r:Hyon-su}} has a wife and a son in {{u:Nampo}}.
>
> Warm regards,
> {{p:Min-ji}}
>
> {{p:Kwon Min-ji}} | {{p:권민지}}
> Researcher, overseas labour project
>
>> On Mon, 2 Oct 2017 at 11:40, {{p:Sarah Borg}} wrote:
>>
>> Hi - {{p:Joseph}} (lawyer, cc'd) says you have someone who worked at the yard in {{u:Marsa}}? We're looking at the {{u:Jobsplus}} figures for {{u:DPRK}} nationals and would like to check them against a first-hand account. OK to talk today at 5?
>>
>> {{p:S.}}""",
    },
    {
        "id": "h23-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jon Ok-hwa", "전옥화", "witness", ["Ok-hwa"]),
            ("Kang Song-il", "강성일", "supervisor", []),
        ],
        "note": "Hospital discharge summary, Dar es Salaam; patient surname Jon beside a Tanzanian radiographer whose given name is Jon; given name Ok-hwa beside the word OK; ALL CAPS form fields; impossible date of birth 30/02/1986; embassy man 'Mr Pak'; phone interpreter Mrs Lee.",
        "text": """{{u:MUHIMBILI NATIONAL HOSPITAL}}
Emergency Medicine Department
DISCHARGE SUMMARY AND WARD NOTES (typed from the handwritten record)

Reg. No.: MNH/EMD/2018/0xxxx
Patient name: {{r:JON OK HWA}}
Sex: F      Age: 32 yrs      DOB: 30/02/1986 (from passport copy - date queried by records office)
Nationality: {{u:DPRK}}      Occupation: nurse (self-reported)
Address: c/o clinic, {{u:Kariakoo}}, {{u:Dar es Salaam}}
Admitted: 03/09/2018 02:40      Discharged: 07/09/2018 (against medical advice)
Brought in by: Dr {{r:KANG SONG IL}} ("team leader") and a driver
Next of kin: not given. Dr {{r:Kang}} states that the family is in the {{u:DPRK}} and that all contact goes through the team.

PRESENTING COMPLAINT
Pain and swelling of the right forearm; bruising to the back and to both upper arms; 2 cm laceration above the left eyebrow.

HISTORY
Dr {{r:Kang}} reports that the patient fell down the stairs at the clinic at about 01:00. The patient answered every question with "OK" or a nod while Dr {{r:Kang}} was in the room.

INVESTIGATIONS
X-ray right forearm: displaced fracture of the distal radius. Radiographer: {{p:Jon Mwakyusa}}.
Note added by {{p:Jon}} (radiography): the bruises on both upper arms are in a pattern that looks like grip marks. Please consider.

MANAGEMENT
Closed reduction under sedation by Dr {{p:Neema Mushi}}; above-elbow cast; analgesia; laceration sutured; tetanus toxoid given.

WARD NOTES
04/09 08:00 - Patient quiet, eating little. Dr {{r:Kang}} visited at 07:30 and stayed two hours. Asked for discharge today; refused by Dr {{p:Mushi}}.
04/09 15:20 - Social worker Ms {{p:Rehema Saidi}} saw the patient while Dr {{r:Kang}} was out. Through a telephone interpreter, Mrs {{p:Lee}} of a Korean church in {{u:Upanga}}, the patient said that her name is {{r:Jon Ok-hwa}}, that she works seven days a week at the clinic giving injections and acupuncture, that her salary is paid to {{r:Kang}}, and that she "did not fall". She asked that this not be written anywhere {{r:Kang}} can see it. She then said "OK, OK" and stopped talking when footsteps came to the door.
05/09 10:00 - {{r:Ok-hwa}} (the patient asked staff to call her this) ate a full meal for the first time. Ms {{p:Saidi}} informed the gender and children's desk of the {{u:Tanzania Police Force}} at {{u:Oysterbay}}.
06/09 16:40 - Dr {{r:Kang Song-il}} returned with a man introduced as "Mr {{p:Pak}}, from the embassy". Both demanded discharge and said the patient would be treated "by our own doctors". Mr {{p:Pak}} photographed the ward board. Security called; both left at 17:30.
07/09 10:15 - Patient discharged against medical advice. The discharge form was signed by Dr {{r:Kang}} on the patient's behalf; the patient did not sign. Dr {{p:Mushi}} documented her objection. Ms {{p:Saidi}} e-mailed the {{u:Embassy of the Republic of Korea}} in {{u:Dar es Salaam}} and {{u:IOM}} {{u:Tanzania}} the same day.

FOLLOW-UP
Fracture clinic appointment 21/09/2018: did not attend. No further contact. Police desk reference on file.

Signed: Dr {{p:N. Mushi}}, Medical Officer, EMD
Countersigned: {{p:R. Saidi}}, Medical Social Work Unit""",
    },
    {
        "id": "h23-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yu Hyok-chol", "유혁철", "witness", ["Hyok-chol"]),
            ("Choe Kum-song", "최금송", "coworker", ["Kum-song"]),
        ],
        "note": "Draft news article with bylines and an editor's note, UAE construction; surname Yu used many times beside 'you'; the hotel Park Hyatt Dubai beside a private brigade leader called Park; kinship honorific bhai; public UN rapporteur and bodies; streets, canal and port named after rulers.",
        "text": """North Korean crews stayed on {{u:Gulf}} building sites after {{u:UN}} deadline, former labourers say

By {{p:Hannah Price}} in {{u:Dubai}} and {{p:Jeong Da-eun}} in {{u:Seoul}}

{{u:DUBAI}}/{{u:SEOUL}} - Years after a {{u:United Nations}} deadline for sending them home, North Korean construction workers continued to work on private sites in the {{u:United Arab Emirates}}, according to two former labourers and documents reviewed for this article.

One of the men, who asked to be identified only by his surname, {{r:Yu}}, said he spent 2017 to 2020 tiling villas and staff housing in {{u:Dubai}} and {{u:Sharjah}} under a North Korean brigade leader. "You do not ask where the money goes," {{r:Yu}} said in an interview in {{u:Seoul}}, where he arrived in 2021. "You ask, you go home."

{{u:Security Council}} resolution 2397, adopted in December 2017, required countries to send North Korean workers home by the end of 2019. The {{u:UAE}} has said it complies with {{u:UN}} sanctions. The foreign ministry in {{u:Abu Dhabi}} did not respond to a request for comment sent on Monday.

{{r:Yu}} said his brigade of 26 men lived in a labour camp in {{u:Al Quoz}} and worked twelve to fourteen hours a day, including much of the summer. Their wages, he said, were paid to the brigade leader, a man the workers called Director {{p:Park}}. Materials came by truck from {{u:Port Rashid}} and {{u:Jebel Ali}}, and the men were driven along {{u:Sheikh Zayed Road}} before dawn so that they would not be seen arriving.

On Fridays, when they were sometimes allowed out in pairs, the men walked along the {{u:Dubai Water Canal}} and past the {{u:Park Hyatt Dubai}}. "We joked that {{p:Park}} must own the hotel," {{r:Yu}} said. "He had all our money."

A second former worker, who gave his name as {{r:Choe Kum-song}}, said he was on the same crew until 2019. {{r:Choe}}, 41, said he lost two fingers to a tile cutter in 2018 and was treated at a clinic in {{u:Sharjah}} under a false name supplied by {{p:Park}}. "{{r:Kum-song}} was the best tiler we had," {{r:Yu}} said. "After his hand, {{p:Park}} made him the cook."

The camp's Indian cook, whom the men knew as {{p:Kareem}} bhai, sometimes gave them extra rice, {{r:Choe}} said. "If you were sick, {{p:Kareem}} bhai hid you in the store room for an hour."

{{u:Elizabeth Salmón}}, the {{u:UN}} special rapporteur on human rights in {{u:North Korea}}, has told the {{u:Human Rights Council}} that overseas labour remains a source of revenue for the state. The {{u:Ministry of Unification}} in {{u:Seoul}} declined to comment on individual cases.

{{p:Lee Soo-jin}}, a labour researcher in {{u:Seoul}} who has interviewed returning workers, said the accounts were consistent with others she had heard from the {{u:Gulf}}. "The sites changed names, the sponsors changed, the brigades stayed," {{p:Lee}} said.

{{r:Yu}} said his wife does not know whether he is alive. "If you write my full name," he said, "you kill her."

[EDITOR'S NOTE - DELETE BEFORE PUBLICATION: {{r:Yu}}'s full name is {{r:Yu Hyok-chol}}; do not use it anywhere, including captions. {{r:Hyok-chol}} confirmed his quotes by phone on 14/3. {{r:Choe}} has agreed to his real name but we will use the surname only, for consistency. - {{p:HP}}]""",
    },
    {
        "id": "h23-en-08",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ha Un-jong", "하은정", "witness", ["Un-jong"]),
            ("An Song-mi", "안성미", "coworker", []),
        ],
        "note": "Thai immigration arrest record (working translation), Vientiane restaurant workers crossing the Mekong; surname Ha beside laughter 'ha, ha', surname An beside the article 'An' and the Thai name Anan; ALL CAPS names; Buddhist-era date; impossible date of birth 31/06/1995; Lao honorific Thao; avenue named after a Lao leader.",
        "text": """ROYAL THAI POLICE - IMMIGRATION BUREAU
Immigration Division 4 / {{u:Nong Khai}} Immigration Checkpoint
RECORD OF ARREST AND PRELIMINARY INTERVIEW
(Working translation into English - not an official document)

Date: 14 June B.E. 2562 (2019)      Time: 05:50
Place of arrest: riverbank, {{u:Si Chiang Mai}} District, {{u:Nong Khai}} Province
Arresting officers: Pol. Lt. Col. {{p:Somchai Wongsuwan}}; Pol. Sen. Sgt. Maj. {{p:Anan Phromma}}
Charge: entering the Kingdom without permission

PERSONS ARRESTED
1. Name (as stated): {{r:HA UN JONG}}       Sex: F      Stated age: 26
   Stated DOB: 15/08/1993      Nationality (claimed): {{u:DPRK}}      Documents: none
2. Name (as stated): {{r:AN SONG MI}}       Sex: F      Stated age: 24
   Stated DOB: 31/06/1995 (no such date - recorded as stated)      Nationality (claimed): {{u:DPRK}}      Documents: none

STATEMENT SUMMARY (through a telephone interpreter, Korean)
Ms {{r:Ha}} states that she and Ms {{r:An}} worked from 2016 as waitresses and singers in a North Korean restaurant on {{u:Kaysone Phomvihane Avenue}} in {{u:Vientiane}}, {{u:Lao PDR}}. The restaurant manager, whom she calls Madam {{p:Choe}}, kept their passports. They worked from 10:00 until midnight, performed songs for tour groups, and were not allowed out of the building except in groups of four with Madam {{p:Choe}} or the accountant, Mr {{p:Ryang}}.

Ms {{r:Ha Un-jong}} states that on the night of 13 June they left by the kitchen door and took a tuk-tuk driven by a Lao man known as Thao {{p:Khamphet}} to the river near {{u:Tha Deua}}, avoiding the {{u:Thai-Lao Friendship Bridge}}. They crossed the {{u:Mekong}} in a long-tail boat. The boatman, {{p:Bounmy}}, was paid USD 300 and left them on the Thai bank at about 03:30.

Ms {{r:An Song-mi}} states that she is a cousin of Ms {{r:Ha}} on her mother's side and that she followed her "because {{r:Un-jong}} said so".

An interpreter from the {{u:Embassy of the Republic of Korea}} was requested at 07:10. While waiting, Ms {{r:Ha}} was asked whether she wished to be returned to the {{u:DPRK}}. She laughed ("ha, ha") and shook her head. Ms {{r:An}} did not answer and cried.

Both persons asked the officers not to contact the Lao authorities or the embassy of the {{u:DPRK}}.

OFFICER'S REMARKS
1. Both women were calm and cooperative. A Thai woman, Mrs {{p:Pranee Srisuk}}, who keeps a noodle stall near the riverbank, found them at first light, gave them food and called the police.
2. Both persons are held in the detention room of the {{u:Nong Khai}} Immigration Checkpoint pending a hearing at the {{u:Nong Khai Provincial Court}}.
3. The {{u:Embassy of the Republic of Korea}} in {{u:Bangkok}} was notified at 08:30 by Pol. Lt. Col. {{p:Somchai}}.
4. Ms {{r:An}} has a burn scar on the left wrist; she says it is from the restaurant kitchen. Photographed with her consent.

Recorded by: Pol. Sen. Sgt. Maj. {{p:Anan}}
Checked by: Pol. Lt. Col. {{p:Somchai Wongsuwan}}""",
    },
    {
        "id": "h23-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Do Mi-hyang", "도미향", "witness", ["Mi-hyang"]),
            ("Kim Un-ha", "김은하", "coworker", ["Little Kim", "Un-ha"]),
        ],
        "note": "Church volunteer's private care notes, Dandong seafood plant; surname Do beside the verb do; nickname 'Little Kim'; Korean-Chinese helper Piao = Park with her Korean name; 'Old Zhao', 'Comrade Yun', 'Pastor Daniel' with titles outside; misdated notebook entry 15/13; bridge and river public.",
        "text": """Care notes - {{u:Dandong}} - spring 2017 (personal; do not forward)

Sun 5 Mar
Mrs {{p:Piao}} came after the service with news of the two women from the seafood plant off the {{u:Donggang}} road. She says the older one, {{r:Do Mi-hyang}}, has a tooth abscess and the minder will not let her see a dentist. What do we do for {{r:Do}}? Pastor {{p:Daniel}} says we do nothing that puts Mrs {{p:Piao}} at risk. Agreed, but I could not sleep.
(Mrs {{p:Piao}} is {{p:朴}} in characters. She is Korean-Chinese; her Korean name is {{p:Park Soon-ja}} and she prefers that at church.)

Tue 7 Mar
Went with Mrs {{p:Piao}} to the market behind {{u:Binjiang Road}}. The women from the plant are brought to buy soap and sanitary things on Tuesdays. Saw {{r:Mi-hyang}} across the aisle, holding her jaw. The younger woman with her is the one everyone calls "{{r:Little Kim}}". {{p:Park Soon-ja}} says even the minder calls her that, because there are three Kims in the dormitory and she is the smallest. Her real name is {{r:Kim Un-ha}}. {{r:Little Kim}} looked at me once and then at the floor.
The minder is a woman the others call Comrade {{p:Yun}}. Fifty or so, grey jacket, never smiles.

Thu 9 Mar
Dr {{p:Zhang}}, who has a private dental clinic near the {{u:Sino-Korean Friendship Bridge}}, says he can see {{r:Do}} on Saturday morning if she comes "as a Chinese". Old {{p:Zhao}}, the gatekeeper at the plant, can be paid to look away for two hours. I do not like it. I do not like doing nothing either.

Sat 11 Mar
It happened. {{r:Mi-hyang}} came with {{r:Little Kim}} at 8:10. Dr {{p:Zhang}} drained the abscess and gave antibiotics. While we waited {{r:Kim Un-ha}} whispered to Mrs {{p:Piao}}: they clean crab and squid from six in the morning to ten at night; the company pays about 1,800 yuan a month per woman, but to the North Korean side, not to them; they see 100 or 200 yuan at New Year. Both are afraid of Comrade {{p:Yun}}. {{r:Un-ha}} said her mother told her that {{u:China}} would be "like a holiday". She laughed when she said it. Then she cried.
{{r:Do}} said almost nothing. At the door she held my hand and said "고맙습니다" twice.

Mon 13 Mar
Mrs {{p:Piao}} says {{p:Yun}} has found out that someone was outside the dormitory on Saturday. Nobody has been named yet. Old {{p:Zhao}} has not been at the gate since.
Prayer: for {{r:Do}}, for {{r:Little Kim}}, for Old {{p:Zhao}}, who took the money and the risk. Do not let me be the reason anyone is punished.

Wed 15 Mar (the notebook says 15/13 - my mistake, I was tired)
Pastor {{p:Daniel}} spoke to {{p:Park Soon-ja}} and me after the prayer meeting. We stop. No more contact for three months. Across the {{u:Yalu River}} the lights of {{u:Sinuiju}} were on tonight, which is unusual. I thought of {{r:Un-ha}}'s mother somewhere over there, waiting for a holiday that is not a holiday.""",
    },
    {
        "id": "h23-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("So Kwang-jin", "소광진", "witness", ["KJ", "Kwang-jin", "Kevin Zhang", "Daniel Lee"]),
            ("Kim Chol-nam", "김철남", "supervisor", []),
        ],
        "note": "Telegram Desktop chat export with an IT worker in Shenyang; display name as initials KJ; team leader typed in fullwidth Latin (Ｋｉｍ) and once with a soft hyphen; fake freelancer personas Kevin Zhang and Daniel Lee; surname So beside sentence-initial So; emoji next to names; Lao Liu landlord; public platforms and agencies.",
        "text": """{{u:Telegram}} Desktop - chat export
Chat: {{r:KJ}} (SY) 🇨🇳
Exported: 14.03.2023

[02.03.2023 22:41] Desk: Hi, this is the desk. {{p:Ji-won}} gave me this number. Are you OK to talk in English?
[02.03.2023 22:43] {{r:KJ}}: yes english ok. korean also ok but english is safer here
[02.03.2023 22:44] Desk: Understood. What should I call you?
[02.03.2023 22:46] {{r:KJ}}: {{r:Kwang-jin}} is ok. real name {{r:So Kwang-jin}}. but please never write it in a document
[02.03.2023 22:46] Desk: So noted 🙏 You are still in {{u:Shenyang}}?
[02.03.2023 22:48] {{r:KJ}}: yes. 8 people, 2 apartments near the {{u:Chilbosan Hotel}}. team leader is {{r:Ｋｉｍ}}
[02.03.2023 22:49] {{r:KJ}}: {{r:Ｋｉｍ Chol-nam}}. sorry my keyboard is chinese input, letters come out wide
[02.03.2023 22:51] Desk: No problem. What work do you do?
[02.03.2023 22:55] {{r:KJ}}: web dev, mobile apps. we take jobs on {{u:Upwork}} and {{u:Freelancer}} with foreign names. my profiles are "{{r:Kevin Zhang}}" and "{{r:Daniel Lee}}". {{r:Kevin}} does react, {{r:Daniel}} does php lol
[02.03.2023 22:56] Desk: Who owns those accounts?
[02.03.2023 22:58] {{r:KJ}}: rented from real people, chinese students maybe. {{r:Ｋｉｍ}} handles it. each of us must earn 5000 usd per month. if not, {{r:Ｋｉｍ}} makes us do self-criticism on saturday 😩
[02.03.2023 23:01] Desk: And your pay?
[02.03.2023 23:04] {{r:KJ}}: we keep maybe 10%. rest goes to {{u:Pyongyang}}. payment goes through {{u:Payoneer}} to an account of a chinese man, we call him Lao {{p:Liu}}, he is also the landlord
[02.03.2023 23:05] Desk: So you never see the clients?
[02.03.2023 23:07] {{r:KJ}}: never. one client is a dentist in {{u:Ohio}}, {{p:Greg}}. nice man. every week he sends "thanks {{r:Kevin}}!! 👍". I feel bad
[03.03.2023 00:12] {{r:KJ}}: sorry, {{r:Ｋｉｍ}} came back. I delete messages after. you also please
[03.03.2023 00:13] Desk: Will do. Stay safe, {{r:Kwang-jin}} 🙏
[05.03.2023 21:30] {{r:KJ}}: one more thing. {{r:Ｋｉｍ}} says {{u:FBI}} put our company on a list. he is scared 😅 he calls {{u:Pyongyang}} every night
[05.03.2023 21:33] Desk: Do you mean last year's advisory from the {{u:FBI}} and the {{u:US Treasury}} about {{u:DPRK}} IT workers?
[05.03.2023 21:35] {{r:KJ}}: yes maybe. also {{u:GitHub}} closed two accounts. {{r:Daniel Lee}} is dead now 😂 only {{r:Kevin}} alive
[05.03.2023 21:36] Desk: lol. So what do you want to happen?
[05.03.2023 21:40] {{r:KJ}}: I want to go to {{u:Seoul}}. but my wife {{p:Hye-gyong}} and my son are in {{u:Pyongyang}}. if I go, {{r:Ｋｉｍ Chol\u00adnam}} reports and they go to the countryside. so I stay. I just want someone to know
[05.03.2023 21:44] Desk: Someone knows now 🙏 If anything changes, write "{{r:Kevin}} is busy" and we will call.
[05.03.2023 21:45] {{r:KJ}}: ok 👍
[09.03.2023 02:13] {{r:KJ}}: 🚫 This message was deleted
[09.03.2023 02:14] {{r:KJ}}: 🚫 This message was deleted
[09.03.2023 09:02] Desk: {{r:KJ}}? Are you ok?
[09.03.2023 23:50] {{r:KJ}}: ok. {{r:Ｋｉｍ}} checked phones. all fine. {{r:So}} is still alive 😂""",
    },
    {
        "id": "h23-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ko Myong-chol", "고명철", "witness", []),
            ("Han To-sik", "한도식", "supervisor", []),
            ("Kang Hyok", "강혁", "coworker", ["혁"]),
        ],
        "note": "Logger's pocket diary, Tynda; surname 고 beside the connective -고 (먹고 자고); surname 한 beside 한 사람/한 롤; surname 강 beside 강 (river) and the Zeya river; one-syllable given name 혁 with vocative 아; nicknames 큰 박/작은 박; impossible date 2월 30일; Russian driver and his sister in Hangul; 안해 (wife).",
        "text": """수첩 일기 (원문 그대로 옮김, 맞춤법 고치지 않음)

2019년 1월 3일. 영하 41도.
아침 점호 때 {{r:한}} 반장이 "{{r:고명철}}!" 하고 내 이름부터 불렀다. 어제 계획을 못 채운 사람이 나 하나라고 했다. 한 사람이 못 채우면 조 전체가 저녁을 반만 먹는다. {{r:혁}}이가 제 몫 빵을 반 잘라 내 주머니에 넣어 주었다. 먹고 자고 베고, 또 먹고 자고 벤다. 사람이 사는 게 아니다.

1월 9일.
{{u:제야강}} 얼음 위로 통나무를 끌었다. 강 위는 숲보다 바람이 세다. {{r:강혁}}이는 두 번 미끄러져 넘어지고도 웃었다. 밤에 {{r:혁}}이가 "형님, 고향 가면 뭐부터 하겠소" 하고 물었다. 나는 자고 싶다고 했다.

1월 17일.
우리 조에는 {{p:박영수}}와 {{p:박은철}}이 있어서 큰 {{p:박}}, 작은 {{p:박}}이라고 부른다. 큰 {{p:박}}은 마흔여덟이고 작은 {{p:박}}은 스물둘이다. 오늘 작은 {{p:박}}이 톱날에 손등을 베었다. {{r:한도식}} 반장은 붕대 한 롤을 던져 주고 "피 멎으면 나가라" 했다. 큰 {{p:박}}이 제 속옷을 찢어 싸매 주었다.

1월 26일.
{{u:러시아}} 운전수 {{p:세료자}}가 담배 두 갑과 빵을 주었다. {{p:세료자}}의 누나 {{p:나타샤}}는 {{u:틴다}} 시장에서 옷을 판다고 한다. {{r:한}} 반장이 보면 큰일 나니 빵은 그 자리에서 먹었다. {{r:혁}}이한테 반 주었다.

2월 14일.
아침부터 {{r:한}} 반장이 연설을 했다. {{u:김정일}} 장군님 탄생일 전날이라 충성자금을 한 사람당 오천 루블씩 더 낸다고 했다. 한 달 내내 일해도 손에 쥐는 돈이 그만큼이 안 된다. 큰 {{p:박}}이 "우리 돈이 어디 있소" 하고 중얼거렸다가 저녁 총화에서 한 시간을 서 있었다. 나도 같은 생각이었지만 입을 다물었다. 고향 식구들 얼굴이 먼저 떠올랐다.

2월 21일.
{{r:혁}}이가 밤에 편지를 썼다. 부칠 데도 없는 편지다. 어머니한테, 그리고 {{u:함흥}}에 있는 여동생 {{p:강순이}}한테. 다 쓰고 나서 난로에 넣어 태웠다. 왜 태우냐고 물으니 {{r:한}} 반장이 검열하면 동생까지 다친다고 했다. 강 건너 마을 불빛이 오늘따라 가깝게 보였다.

2월 30일(?)
날짜를 모르겠다. {{r:한}} 반장이 장부에 오늘을 2월 30일이라고 적는 것을 보았다. 2월에 30일이 어디 있나. 아무도 말하지 않았다. 나도 그냥 그렇게 적는다.

3월 4일.
{{r:강혁}}이가 넘어지는 낙엽송에 다리를 깔렸다. 뼈가 나온 것 같다. {{r:한도식}}은 {{u:틴다}} 병원에 보내면 "보고가 올라간다"며 막사에 눕혀 두라고 했다. {{r:혁}}이는 밤새 앓았다. 나는 {{r:혁}}아, {{r:혁}}아 하고 부르기만 했다.

3월 6일.
{{p:세료자}}가 몰래 와서 {{r:혁}}이를 트럭에 실어 갔다. {{r:한}} 반장은 모른 척했다. 한 사람 없어져도 계획은 그대로라고 했다. 오늘 밤은 안해 {{p:정순}}이와 아들 {{p:철수}} 생각이 난다. 고향 떠난 지 열넉 달.

3월 11일.
{{u:아무르주}} 이민국에서 사람이 나온다고 해서 {{r:한도식}}이 우리를 숲 깊이 보냈다. 돌아오니 {{r:한}} 반장이 "{{r:고}} 동무는 입이 무거워서 좋다"고 했다. 무거운 것은 입이 아니라 가슴이다.

3월 20일.
{{p:세료자}} 말로는 {{r:혁}}이가 {{u:블라고베셴스크}} 병원에 있다고 한다. 살았다. 하느님이 있는지 모르지만 오늘은 있다고 치자. 강 얼음이 녹기 시작했다. 녹으면 통나무를 물로 띄운다. 일은 더 많아진다.

3월 29일.
{{r:한}} 반장이 {{r:혁}}이 자리에 새 사람을 넣었다. {{u:청진}}에서 온 열아홉 살 {{p:우광호}}다. {{p:광호}}는 첫날부터 울었다. 나는 {{r:혁}}이가 해 준 것처럼 빵을 반 잘라 주었다. 먹고 자고 베고. 그래도 반은 나눈다.""",
    },
    {
        "id": "h23-ko-02",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ri Chol-min", "이철민", "witness", ["철민", "리철민"]),
            ("Ri Sun-ok", "리순옥", "relative", ["순옥"]),
            ("Pyo Song-jin", "표성진", "supervisor", []),
        ],
        "note": "Defector's letter to his mother in Hyesan, never sent; surname 이/리 beside the demonstrative 이; surname 표 beside 비행기 표 and the idiom 표 나지 않게; kinship terms (어머니, 누님, 매형, 조카); Kim Il Sung Square; impossible date 9월 31일 in the signature line.",
        "text": """어머니께

어머니, 저 {{r:철민}}입니다. 이 편지가 어머니 손에 닿을지 모르겠습니다. {{u:중국}}에 사는 {{p:장}} 선생이라는 분이 {{u:혜산}}까지 전해 주겠다고 해서 씁니다. 돈을 많이 달라고 했지만 그래도 씁니다.

저는 살아 있습니다. {{u:카타르}}에서 삼 년 일하고, 2017년 봄에 {{u:도하}}에서 {{u:한국}} 대사관으로 들어갔습니다. 지금은 {{u:서울}}에 있습니다. 어머니가 제일 궁금해하실 것부터 말씀드리면, 밥은 하루 세 끼 먹습니다.

여기 하나원 선생님들은 저를 "{{r:이}} 선생"이라고 부릅니다. 북에서는 {{r:리철민}}이었는데 여기서는 {{r:이철민}}이 되었습니다. 이름 한 글자 바뀐 것뿐인데 처음에는 남의 이름 같았습니다.

{{u:카타르}}에서는 어머니께 말씀 못 드린 일이 많았습니다. 떠나던 날 {{u:김일성광장}}에서 출정식을 하고, 비행기 표를 나눠 주던 {{r:표성진}} 반장이 그대로 우리 반을 맡았습니다. {{r:표}} 반장은 월급을 한 번도 우리 손에 쥐여 주지 않았습니다. 한 달 일하면 쌀 한 포대 값도 안 남았습니다. 여름에는 오십 도가 넘는 데서 일했고, 같은 방을 쓰던 {{p:리광남}} 아저씨는 더위를 먹고 쓰러졌습니다. {{p:광남}}이 아저씨를 병원에 데려가자고 하니 {{r:표성진}}이 "병원 가면 돈 든다"고 했습니다. 아저씨는 사흘을 방에 누워 있다가 다시 나갔습니다.

{{u:서울}}에 와서 처음 석 달은 {{u:하나원}}에서 지냈습니다. 거기서 같은 {{u:혜산}} 출신 {{p:김명희}} 아주머니를 만났는데, 어머니와 같은 시장에서 장사를 했다고 합니다. 어머니 이름을 말하니 "{{p:박분녀}} 아주머니 아들이냐"며 울었습니다. 세상이 참 좁습니다.

지금은 용접 자격증을 따서 {{u:인천}}의 작은 공장에 다닙니다. 한 달 월급이 {{u:카타르}}에서 삼 년 동안 손에 쥔 돈보다 많습니다. 처음 월급을 받은 날 통장을 들고 한참을 울었습니다. 여기서는 기차표도 버스 표도 카드 한 장으로 삽니다. 처음에는 그게 제일 신기했습니다.

이 이야기를 하는 것은 어머니 마음 아프게 하려는 게 아닙니다. 제가 왜 돌아가지 않았는지 아셔야 해서입니다.

누님, {{r:순옥}}이 누님. 누님이 시집가던 날 제가 {{u:혜산}}역까지 짐을 져다 드린 것 기억하십니까. 그때 누님이 "{{r:철민}}아, 너는 꼭 잘 살아라" 했지요. 어머니 잘 모셔 주세요. 제가 떠날 때 누님이 싸 준 된장은 {{u:도하}}까지 가져갔습니다. {{r:표}} 반장이 냄새 난다고 버리라고 했는데 끝까지 안 버렸습니다. 매형 {{p:최광호}} 동지께도 고맙다고 전해 주세요. 조카 {{p:은별}}이는 이제 학교에 다니겠지요. {{p:은별}}이한테 삼촌이 연필 한 다스 사 주고 싶어 한다고 전해 주세요.

제가 떠나던 해 겨울에 아버지 제사를 못 지내 드려 늘 마음에 걸렸습니다. 여기서는 추석이면 {{u:임진각}}에 가서 북쪽을 보고 절을 올립니다. 같이 가는 {{u:함경북도}} 출신 형님 {{p:오영수}} 씨가 술을 따라 줍니다. 한 잔은 아버지께, 한 잔은 어머니 건강을 빌며 올립니다.

어머니, 제가 보내는 돈 백 달러는 {{p:장}} 선생이 따로 전해 드릴 겁니다. 아끼지 말고 쓰세요. {{u:압록강}} 건너 {{u:중국}} 쪽 불빛을 보시면 저를 생각해 주세요. 저도 {{u:한강}}을 보면 어머니 생각을 합니다.

2018년 9월 31일 {{u:서울}}에서
아들 {{r:철민}} 올림

추신. {{r:표}} 반장 식구들이 혹시 찾아와 저에 대해 물으면 모른다고만 하세요. 표 나지 않게요. 이 편지도 읽으시고 바로 태워 주세요.

받는 사람: {{u:양강도}} {{u:혜산시}} {{r:리순옥}} (어머니께 전해 주십시오)""",
    },
    {
        "id": "h23-ko-03",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("An Kyong-ho", "안경호", "supervisor", ["安京浩"]),
            ("Mun Ok-sun", "문옥순", "supervisor", ["文玉顺"]),
            ("Jon Un-hui", "전은희", "witness", ["全恩熙"]),
        ],
        "note": "Dormitory room roster of a Hunchun seafood plant, pipe table with Hangul and Chinese-character names; surnames 안/문/전 beside 방 안, 안 감, 안 된다, 출입문, 문 고장, 전기, 입소 전, 전 호실; Chinese staff names in Hanzi; impossible admission date 2018.02.29.",
        "text": """{{u:훈춘}} ○○수산식품 {{u:조선}} 파견 인원 숙소 배치표 (2018년 3월 현재)
작성: 관리과 {{p:金英子}} / 확인: 파견대표 {{r:안경호}}
※ 외부 유출 금지

호실 | 성명 | 中文名 | 직책 | 출신 | 입소일 | 비고
101 | {{r:안경호}} | {{r:安京浩}} | 파견대표 | {{u:청진}} | 2017.11.02 | 전원 여권 보관(금고). 출입문 열쇠 소지
101 | {{p:전명숙}} | {{p:全明淑}} | 통역 겸 회계 | {{u:평양}} | 2017.11.02 |
102 | {{r:문옥순}} | {{r:文玉顺}} | 1작업반장 | {{u:나선}} | 2017.11.05 | 방 안 전기난로 사용 허가
103 | {{p:고은정}} | {{p:高恩晶}} | 2작업반장 | {{u:회령}} | 2017.11.05 |
201 | {{r:전은희}} | {{r:全恩熙}} | 작업원(게살 선별) | {{u:김책}} | 2018.02.29 | 입소일 원본대로 - 확인 요망
201 | {{p:한설화}} | {{p:韩雪花}} | 작업원(오징어) | {{u:단천}} | 2017.11.05 | 문 고장, 수리 전까지 202호 사용
202 | {{p:안명화}} | {{p:安明花}} | 작업원(오징어) | {{u:청진}} | 2017.11.05 |
202 | {{p:리향}} | {{p:李香}} | 작업원(냉동) | {{u:함흥}} | 2017.12.20 | 입소 전 건강검진 안 받음
203 | {{p:강미옥}} | {{p:姜美玉}} | 작업원(냉동) | {{u:원산}} | 2017.12.20 |
203 | {{p:문정실}} | {{p:文贞实}} | 작업원(포장) | {{u:길주}} | 2017.12.20 | {{r:문옥순}} 반장과 친척 아님
204 | {{p:표은주}} | {{p:表恩珠}} | 작업원(포장) | {{u:혜산}} | 2018.01.15 |
204 | {{p:오향심}} | {{p:吴香心}} | 작업원(게살 선별) | {{u:신포}} | 2018.01.15 | 야간조

{{u:중국}} 측 직원
관리과: {{p:金英子}}(조선족, 기숙사 관리) / 식당: {{p:王丽}} / 경비: {{p:李建华}}

비고 사항
1. 외출은 일요일 오후 2시간, {{r:안}} 대표 또는 {{r:문}} 반장 동행 시에만 허용.
2. 201호 문 잠금장치 고장. {{r:문옥순}} 반장 요청으로 교체 예정(경비 {{p:李建华}} 담당).
3. 4월 12일 {{r:전은희}} 손목 부상(게 껍데기 분쇄기). 병원 안 감 - {{r:안경호}} 대표 지시. {{p:金英子}} 과장이 연고와 붕대 지급.
4. {{r:全恩熙}} 본인은 5월부터 야간조 배치를 원함. {{r:문}} 반장: 안 된다고 함.
5. 식당 {{p:王丽}}: {{u:조선}} 인원 밥 양 줄이지 말 것(공장장 {{p:刘}} 지시).
6. 전기 사용: 22:00 소등. 전 호실 동일. 전기난로는 102호만.
7. {{r:안경호}} 대표 지시: {{u:중국}} 휴대전화 소지 금지. 적발 시 {{u:나선}}으로 즉시 송환.
8. {{r:안}} 대표 부재 시 여권 금고 열쇠는 {{p:전명숙}} 통역이 보관. 금고는 101호 안, 문 옆.
9. 5월 1일부터 작업 시간 06:00~22:00 (점심 30분, 저녁 30분). {{r:안경호}} 대표 요청으로 일요일 오전 작업 추가. 공장장 {{p:刘}} 동의함.
10. 203호 {{p:강미옥}} 3일째 발열. {{r:안}} 대표는 "방 안에서 쉬게 하라"고만 함. {{p:金英子}} 과장이 해열제 지급. 병원 진료는 안 함.
11. 월급은 전원 {{r:안경호}} 대표 명의 계좌로 입금({{u:중국공상은행}} {{u:훈춘}} 지점). 개인별 명세는 {{p:전명숙}} 통역이 따로 관리.
12. 204호 {{p:표은주}}: 어머니 사망 소식(3월 20일 전달받음). 귀국 요청 - {{r:안}} 대표 "계약 기간 전에는 안 됨". {{r:문옥순}} 반장이 당분간 같은 방에서 잠.
13. 다음 입소 예정: 2018년 5월 중 12명({{u:신의주}}). 301~303호 준비, 문짝과 전등 교체 필요.""",
    },
    {
        "id": "h23-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Han Song-ho", "한성호", "witness", ["성호"]),
            ("Ho Kyong-il", "허경일", "coworker", ["꼬마", "경일"]),
        ],
        "note": "KakaoTalk chat export between a defector sister in Seoul and a broker in Yanji about her brother at a Donggang seafood plant; broker's display name with place and title; nickname 꼬마; surname 한 beside 한 명/한 번/한 가지; emoji next to names; kinship 오빠/엄마.",
        "text": """{{u:연길}} {{p:김}}사장 님과 카카오톡 대화
저장한 날짜 : 2023-06-11 23:02:15

--------------- 2023년 5월 3일 수요일 ---------------
[{{u:연길}} {{p:김}}사장] [오후 9:10] {{r:한}}씨 동생분 맞죠? 사진 보냈어요
[{{u:연길}} {{p:김}}사장] [오후 9:12] 받으셨어요?
[나] [오후 9:13] 네 받았어요 😭😭 우리 오빠 맞아요
[나] [오후 9:13] {{r:성호}} 오빠 너무 말랐어요
[{{u:연길}} {{p:김}}사장] [오후 9:15] {{u:동항}} 수산공장 뒷문에서 찍은 거예요. 조선족 아줌마 {{p:최}}씨가 한 번 들어가서 찍어 줬어요
[나] [오후 9:16] 그분께 꼭 감사하다고 전해 주세요 🙏
[{{u:연길}} {{p:김}}사장] [오후 9:20] {{r:한성호}} 씨 말로는 공장에서 한 달에 이틀 쉰대요. 돈은 하나도 못 받고
[{{u:연길}} {{p:김}}사장] [오후 9:21] 근데 같이 나오고 싶다는 사람이 한 명 더 있어요. 다들 {{r:꼬마}}라고 부르는 애래요
[나] [오후 9:22] {{r:꼬마}}요?
[{{u:연길}} {{p:김}}사장] [오후 9:24] 본명은 {{r:허경일}}. 열아홉이래요. 키가 작아서 {{r:꼬마}} 😅
[나] [오후 9:25] 한 명 더면 돈이 얼마나 더 들어요?
[{{u:연길}} {{p:김}}사장] [오후 9:27] 한 사람당 3만 위안이에요. 한 번에 둘이면 5만 5천에 해 드릴게요

--------------- 2023년 5월 9일 화요일 ---------------
[나] [오후 11:02] 사장님 오빠 소식 있어요?
[{{u:연길}} {{p:김}}사장] [오후 11:30] 요즘 공장 보위원이 밤에 숙소 문을 잠근대요. {{p:리}} 보위원이라고
[{{u:연길}} {{p:김}}사장] [오후 11:31] {{r:성호}} 씨가 {{p:리}} 보위원 눈치 보느라 {{p:최}}씨 아줌마도 못 만난대요
[나] [오후 11:33] 아 ㅠㅠ 오빠한테 절대 무리하지 말라고 해 주세요 💔
[나] [오후 11:34] 오빠가 좋아하는 초코파이라도 한 박스 넣어 줄 수 있어요?
[{{u:연길}} {{p:김}}사장] [오후 11:40] 그건 {{p:최}}씨한테 물어볼게요
[{{u:연길}} {{p:김}}사장] [오후 11:41] 아 그리고 {{r:경일}}이 엄마는 {{u:회령}}에 있대요. 연락은 안 된대요
[나] [오후 11:43] 네... {{r:꼬마}}도 꼭 같이 데려와 주세요

--------------- 2023년 5월 27일 토요일 ---------------
[{{u:연길}} {{p:김}}사장] [오후 8:45] 다음 달 초에 움직입니다. {{u:단둥}}까지 차로, 그다음은 {{u:쿤밍}}
[{{u:연길}} {{p:김}}사장] [오후 8:46] {{r:꼬마}}도 같이 가요
[나] [오후 8:50] 네 돈은 내일 보낼게요. 엄마한테는 아직 말 안 했어요
[나] [오후 8:51] {{r:성호}}오빠 😭 살아서만 와
[{{u:연길}} {{p:김}}사장] [오후 8:53] 걱정 마세요. 근데 한 가지, {{u:중국}} 돈 2만이 더 필요해요. 차를 바꿔야 해서
[나] [오후 8:55] 또요?? 지난주에도 만 위안 더 보냈잖아요
[{{u:연길}} {{p:김}}사장] [오후 8:58] 길이 막혀서 어쩔 수 없어요. 이번이 마지막이에요
[나] [오후 9:03] 알겠어요. 교회 {{p:박}} 집사님한테 빌려 볼게요

--------------- 2023년 6월 11일 일요일 ---------------
[{{u:연길}} {{p:김}}사장] [오후 10:58] {{u:쿤밍}} 도착. 둘 다 무사해요
[{{u:연길}} {{p:김}}사장] [오후 10:58] 사진
[나] [오후 11:00] 😭😭😭 {{r:한성호}} 오빠!!!
[나] [오후 11:01] {{r:경일}}이도 고마워요 진짜로
[{{u:연길}} {{p:김}}사장] [오후 11:02] {{r:꼬마}}가 누나한테 인사하래요 ㅎㅎ""",
    },
    {
        "id": "h23-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Pyo Kwang-su", "표광수", "witness", ["광수", "김영호"]),
            ("To Myong-gil", "도명길", "supervisor", []),
        ],
        "note": "NGO initial intake form, Kuwait construction; surname 표 beside 비행기 표, 아래 표, 표 안; surname 도 beside 함경남도/경기도 and the particle 도; pseudonym chosen by the client; impossible interview date 2022. 4. 31.; wife's name the client wants kept out.",
        "text": """[초기상담 기록지]                    사례번호: 2022-KW-031
상담일: 2022. 4. 31. (※ 원본 날짜 그대로 옮김 - 4월은 30일까지임, 확인 필요)
상담 장소: 본부 2층 상담실
상담자: {{p:윤지혜}} 간사      기록: {{p:윤지혜}}
통역: 필요 없음

1. 내담자 기본 정보
성명: {{r:표광수}}
보고서용 가명: {{r:김영호}} (본인이 직접 고름)
생년: 1981년      성별: 남
출신: {{u:함경남도}} {{u:단천시}}
현 거주지: {{u:경기도}} ○○시
입국: 2021. 11.      {{u:하나원}} 수료: 2022. 2.

2. 해외 파견 경력
파견국: {{u:쿠웨이트}}
기간: 2015. 6. ~ 2020. 3.
소속(본인 진술): {{u:남강건설}}
작업장: {{u:자흐라}} 지역 주택단지, 이후 {{u:쿠웨이트시티}} 외곽 도로 공사
직속 상관: 소장 {{r:도명길}} (본인은 "{{r:도}} 소장"이라고 부름)

3. 진술 요지
- 출국 전 {{u:평양}}에서 비행기 표와 여권을 받았으나, {{u:쿠웨이트}} 공항에 내리자마자 {{r:도}} 소장이 여권을 모두 걷어 감.
- 임금: 아래 표 참조. 본인 손에 들어온 돈은 월 10~15디나르.
- 하루 작업 시간 14~16시간. 여름(6~8월)에도 낮 작업 계속. 같은 반 {{p:리영남}}이 2017년 7월 열사병으로 쓰러졌을 때 {{r:도명길}}이 병원에 보내지 않음. {{p:영남}}이는 다음 날도 나갔다고 함.
- {{r:표}} 씨는 "{{r:도}} 소장도 위에서 시키는 대로 한 사람"이라며 처벌보다 기록을 원한다고 함.
- 2019. 12. 귀국 명령. 일부 인원은 귀국, 본인 포함 20여 명은 "연수생"으로 이름만 바꿔 남았다고 진술.
- 2020. 3. 숙소를 나와 파키스탄인 운전기사 {{p:아슬람}}의 도움으로 {{u:주쿠웨이트 대한민국 대사관}}에 들어감. {{p:아슬람}}은 돈을 받지 않았다고 함.

3-1. 숙소 및 생활
- 숙소: 컨테이너 3동에 60명. 에어컨은 {{r:도}} 소장 방에만 있었음.
- 휴일: 한 달에 하루. 그날도 오전에는 정치학습.
- 외출: 3인 1조, {{r:도명길}}이 지정한 조장 동행. 본인 조의 조장은 {{p:한철민}}.
- 전화: 개인 휴대전화 금지. 2018년 몰래 휴대전화를 산 {{p:오성진}}이 적발되어 한 달 뒤 귀국 조치됨. {{r:표}} 씨는 그 뒤로 "{{p:성진}}이 소식은 모른다"고 함.
- 본인도 {{r:도}} 소장에게 두 번 맞았다고 진술(2016년 겨울, 2018년 여름). 상처 사진 없음.

<임금 표: 본인 기억, 월 기준, 단위 쿠웨이트 디나르>
항목 | 금액 | 비고
계약상 월급 | 200 | 회사가 {{r:도}} 소장에게 일괄 지급
국가계획분 | 120 |
충성자금 | 30 | {{u:김정은}} 생일, 명절 전 추가 징수
식비·숙소비 | 35 |
본인 수령 | 10~15 |
※ 표의 숫자는 본인 기억에 의존함. 표 안 항목 이름은 본인 표현 그대로.

4. 가족 관계
- 처 {{p:안금희}}, 딸 1명({{u:단천}} 거주로 추정).
- 본인은 처 이름이 보고서에 절대 나오지 않기를 희망함.
- 남동생 {{p:표광혁}}은 {{u:러시아}}에 파견 중이라고 들음(2019년 기준). 본인도 동생 소식은 모른다고 함.

5. 상담자 의견
- 진술 일관성 높음. {{r:광수}} 씨 본인이 날짜와 금액을 정확히 기억함.
- 추가 면담 시 {{r:도명길}}의 인상착의, 같은 작업반 인원 명단 확보 필요.
- {{r:표광수}} 씨는 상담 중 "{{r:도}} 소장 이름을 말해도 되느냐"고 세 번 물었음. 신변 보호 절차를 안내함.
- 다음 상담: 5월 둘째 주. 내담자는 평일 저녁만 가능. 연락은 {{p:윤지혜}} 간사가 직접.""",
    },
    {
        "id": "h23-ko-06",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Choe Yong-ok", "최영옥", "witness", ["崔英玉"]),
            ("Ko Hyang-mi", "고향미", "coworker", ["高香美", "향미"]),
        ],
        "note": "Chinese payroll sheet of a Donggang garment plant with Korean translation and NGO notes; worker names in Hanzi and Hangul; surname-name 고향미 beside the word 고향; 강 surname beside 압록강; accountant's Chinese name with its Korean reading; title after surname (郑代表, 刘会计); impossible date 2019年2月30日.",
        "text": """{{u:东港}}市○○服装有限公司 {{u:朝鲜}}劳务人员工资明细表
{{u:동항}}시 ○○복장유한공사 {{u:조선}} 노무인원 임금 명세표 (NGO 번역·정리)

工资月份 / 임금 월: 2019年1月
制表日期 / 작성일: 2019年2月30日 (※ 원문 그대로. 2월 30일은 없는 날짜)
制表 / 작성: 会计 {{p:刘淑芬}}      审核 / 확인: 朝方代表 {{p:郑}}代表 ({{p:정}} 대표)
单位 / 단위: 元(위안)

姓名 | 성명 | 基本工资 | 加班费 | 扣:管理费 | 扣:伙食费 | 实发 | 비고
{{r:崔英玉}} | {{r:최영옥}} | 1,800 | 420 | 1,650 | 300 | 270 | 班长(반장)
{{r:高香美}} | {{r:고향미}} | 1,800 | 380 | 1,650 | 300 | 230 |
{{p:姜银心}} | {{p:강은심}} | 1,800 | 400 | 1,650 | 300 | 250 |
{{p:李顺姬}} | {{p:리순희}} | 1,800 | 0 | 1,650 | 300 | -150 | 病假9天(병가 9일), 差额下月扣
{{p:韩金花}} | {{p:한금화}} | 1,800 | 360 | 1,650 | 300 | 210 |
{{p:安美京}} | {{p:안미경}} | 1,800 | 410 | 1,650 | 300 | 260 |
{{p:全春实}} | {{p:전춘실}} | 1,800 | 390 | 1,650 | 300 | 240 |
合计 / 합계 | 7명 | 12,600 | 2,360 | 11,550 | 2,100 | 1,310 |

※ "管理费"(관리비)는 {{u:조선}} 측 대표에게 일괄 지급되는 금액임.

[NGO 메모]
- 이 명세표는 {{r:최영옥}} 씨가 2019년 3월 휴대전화로 찍어 {{u:단둥}}의 지인을 통해 보내왔다. 원본은 중국어이고 한글 성명과 번역은 우리가 붙였다.
- {{r:최}} 반장에 따르면 '实发(실수령)' 칸의 돈도 손에 쥔 적이 없다. 매달 {{p:정}} 대표와 보위지도원 {{p:리}}가 "충성자금"과 "고향 송금 수수료"로 다시 걷어 갔다.
- {{r:고향미}} 씨는 고향이 {{u:신의주}}다. 숙소 창가에서 {{u:압록강}} 건너 고향 쪽 불빛이 보였는데, {{r:향미}}는 고향에 보낼 돈이 한 푼도 없다며 자주 울었다고 한다.
- {{p:강은심}} 씨는 재봉틀 바늘에 손가락을 다쳤으나 병가 처리되지 않았다. 강 건너 집에 있는 아이 이야기만 했다고 한다.
- {{p:리순희}}의 -150위안은 병가 때문에 생긴 '빚'이며 2월 월급에서 공제되었다.
- 회계 {{p:刘淑芬}}({{p:류수분}})은 중국인이며, {{r:최영옥}}에게 가끔 과일을 몰래 주었다고 한다. {{p:刘}} 회계는 {{u:조선}} 노동자들의 작업 시간(하루 15시간 이상)이 장부에 8시간으로만 기록되는 것을 알고 있었다.
- 작업 시간: {{r:최영옥}} 씨에 따르면 아침 7시부터 밤 11시까지, 납기 전에는 새벽 2시까지. 한 달 휴일은 이틀. 加班费(잔업수당)는 시간당 5위안으로 계산되어 있으나 실제 잔업 시간은 기록보다 두 배 이상 많았다는 것이 {{r:최}} 반장의 진술이다.
- 공장에는 {{u:조선}} 노동자 42명이 있었고, 이 명세표는 그중 {{r:최}} 반장 조 7명분이다.
- 명세표 아래 서명란에는 {{p:郑}} 대표의 서명만 있고 노동자 본인 서명란은 비어 있다. {{r:최영옥}} 씨는 "우리는 이 종이를 본 적도 없다. 사무실 책상 위에 있는 것을 찍었다"고 했다.
- {{r:고향미}} 씨는 2020년 1월 국경이 닫힌 뒤에도 귀국하지 못하고 공장에 남았다고 한다. 이후 소식 없음.
- {{r:崔英玉}}이라는 한자 표기는 {{u:중국}} 측이 붙인 것이며, 본인은 "{{r:최영옥}}으로만 써 달라"고 했다.""",
    },
    {
        "id": "h23-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("An Jong-ho", "안정호", "witness", ["정호"]),
            ("Mun Song-chol", "문성철", "supervisor", []),
        ],
        "note": "Seoul court witness-examination record (문/답 format) about a Moscow building site; supervisor surname 문 beside the question marker 문: and 문 앞 (door); witness surname 안 beside 안 주면, 안 보냈습니다, 숙소 안; 전에 beside coworker 전광일; judge points out nonexistent 2018년 2월 29일; Russian foreman with patronymic in Hangul.",
        "text": """서 울 중 앙 지 방 법 원
증 인 신 문 조 서
(제4차 변론기일 조서의 일부)

사    건   2023가합○○○○○ 손해배상(기)
원    고   ○○○ 외 2
피    고   {{u:조선민주주의인민공화국}}
증    인   {{r:안정호}}
기    일   2024. 5. 16. 14:00
장    소   제○○○호 법정

재판장: 증인은 선서하십시오. (증인 선서)

원고 소송대리인 변호사 {{p:서지훈}}

문: 증인은 {{r:안정호}}가 맞습니까?
답: 네, 맞습니다.
문: 증인은 2016년부터 2019년까지 {{u:러시아}} {{u:모스크바}}의 아파트 건설 현장에서 일한 사실이 있지요?
답: 네. {{u:모스크바}} 남쪽, 지하철역 근처 현장이었습니다.
문: 증인이 소속된 작업반의 반장은 누구였습니까?
답: {{r:문성철}}입니다. 다들 {{r:문}} 반장이라고 불렀습니다.
문: {{r:문성철}}은 작업반원들의 여권을 보관하였습니까?
답: 네. 도착한 날 공항에서 다 걷었습니다. 안 주면 안 되는 분위기였습니다.
문: 임금은 어떻게 지급되었습니까?
답: {{u:러시아}} 회사가 {{r:문}} 반장에게 현금으로 줬습니다. 저희는 한 달에 1만 루블 정도 받았고 나머지는 계획분, 충성자금으로 뗐습니다.
문: 충성자금은 누구에게 간다고 들었습니까?
답: {{u:김정은}} 원수님께 간다고 들었습니다.
문: 갑 제7호증 사진을 제시합니다. 사진 가운데 사람은 누구입니까?
답: 가운데가 {{r:문}} 반장이고, 왼쪽이 {{p:전광일}}입니다. 전에 {{u:청진}}에서 같이 온 사람입니다.
문: 그 사진은 누가 찍었습니까?
답: {{u:러시아}} 감독 {{p:올레그}}가 찍었습니다. {{p:올레그 페트로비치}}요.
문: 하루 작업 시간은 어떠했습니까?
답: 아침 7시부터 밤 11시까지였습니다. 여름에는 새벽 5시부터 했습니다. 한 달에 쉬는 날은 이틀이었는데, 그날도 {{r:문}} 반장이 총화를 했습니다.
문: 숙소는 어떠했습니까?
답: 현장 안 컨테이너에서 스무 명이 잤습니다. 문은 밖에서 잠갔습니다. 불이 나면 다 죽는다고 {{p:올레그}}가 걱정했습니다.

재판장: 증인, 진술서에는 2018년 2월 29일에 사고가 있었다고 적혀 있는데, 2018년에는 2월 29일이 없습니다.
답: 그럼 28일이었나 봅니다. 정월 대보름 며칠 뒤였습니다.
재판장: 계속하십시오.

문: 그 사고에 대해 말씀해 주십시오.
답: 7층 거푸집이 무너져서 {{p:전광일}}이 떨어졌습니다. {{p:광일}}이는 다리가 부러졌는데 {{r:문성철}}이 병원에 안 보냈습니다. {{u:러시아}} 사람들 눈에 띄면 안 된다고 숙소 안에 눕혀 두었습니다.
문: 증인은 그때 어떻게 하였습니까?
답: 제가 {{r:문}} 반장 방 문 앞에 서서 병원에 보내 달라고 부탁했습니다. 방 안으로는 못 들어가게 했습니다.
문: 그래서 어떻게 되었습니까?
답: 사흘 뒤에 {{p:올레그}}가 자기 차로 병원에 데려갔습니다. {{r:문}} 반장은 그 일로 {{p:올레그}}와 크게 싸웠습니다.
문: {{p:전광일}}은 그 후 어떻게 되었습니까?
답: 한 달 뒤에 귀국했습니다. 그 뒤 소식은 모릅니다.
문: 증인의 가족은 현재 어디에 있습니까?
답: 처 {{p:고영애}}와 아들이 {{u:함흥}}에 있습니다. 여기서 이름이 나오면 안 되는데요.
재판장: 증인 가족의 성명은 조서 등본에서 비실명 처리하겠습니다.
문: 마지막으로, 증인은 왜 이 사건에서 증언하기로 하였습니까?
답: {{p:광일}}이 때문입니다. 그리고 {{r:문}} 반장도 위에서 시키는 대로 한 사람이라는 것, 그것도 말하고 싶었습니다.

피고 측 불출석.
재판장: 증인 {{r:안정호}}에 대한 신문을 마칩니다.""",
    },
    {
        "id": "h23-ko-08",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Kang Chol-ung", "강철웅", "witness", ["철웅"]),
        ],
        "note": "Korean newspaper article draft with desk memo, Russian Far East construction; a private worker who shares his name with former premier 박봉주; witness referred to as 강모 씨 beside 아무르강 and 강 얼음; public officials and bodies (통일부, 국가정보원, Putin, Kim Jong Un, UN rapporteur); reporter byline.",
        "text": """[단독] "월급은 '충성자금'으로 다 떼였다"… {{u:러시아}} 건설현장 {{u:북한}} 노동자 다시 늘어

{{p:정하늘}} 기자
입력 2024.03.18 06:00 | 수정 2024.03.18 09:41

{{u:러시아}} 극동 지역 건설현장에서 일하는 {{u:북한}} 노동자가 지난해부터 다시 늘고 있다는 증언이 나왔다. {{u:유엔 안전보장이사회}} 대북 제재 결의 2397호는 2019년 12월까지 해외 {{u:북한}} 노동자를 모두 송환하도록 했지만, 현장에서는 '연수생'이나 '유학생' 비자로 들어온 인력이 여전히 일하고 있다는 것이다.

본지가 만난 탈북민들에 따르면 2023년 하반기 {{u:블라디보스토크}}와 {{u:하바롭스크}}의 아파트 건설현장 최소 세 곳에 {{u:북한}} 노동자 수십 명이 배치됐다. 2022년 말까지 {{u:블라디보스토크}}에서 일하다 탈출한 {{p:박봉주}}(47) 씨는 "하루 16시간 일하고 손에 쥔 돈은 한 달 1만 루블이 안 됐다"고 말했다. {{p:박}} 씨는 {{u:북한}} 전 내각총리 {{u:박봉주}}와 이름이 같아 현장에서 '총리 동무'라는 놀림을 받았다며 웃었다. 그는 실명 보도에 동의했다.

함께 일했던 {{r:강}}모(52) 씨는 "작업반장 {{p:황}}이 여권을 모두 걷어 갔고, 석 달에 한 번 '충성자금'을 따로 걷었다"고 말했다. {{r:강}} 씨는 2023년 봄 {{u:아무르강}} 변의 {{u:블라고베셴스크}} 현장으로 옮겨졌다가 여름에 탈출했다. 그는 "강 얼음이 녹으면 건너편 {{u:중국}} {{u:헤이허}}의 불빛이 보였다"며 "그 불빛을 보면서 도망칠 생각을 했다"고 말했다. {{r:강}} 씨는 "먼저 나간 {{p:박봉주}} 씨가 길을 알려 주지 않았으면 나오지 못했을 것"이라고 덧붙였다.

{{p:박봉주}} 씨에 따르면 노동자들은 현장 안 가건물에서 숙식하며 한 달에 한 번 단체로만 외출할 수 있었다. 여권은 현장 책임자가 일괄 보관했고, {{u:러시아}} 측 고용주와의 계약서는 본 적이 없다. 그는 "러시아인 십장 {{p:세르게이}}가 우리 사정을 알고 몰래 빵을 사다 주곤 했다"고 말했다.

{{r:강}} 씨는 "2019년 말에 모두 귀국한다는 말을 들었는데, 실제로는 절반만 돌아가고 나머지는 학생증을 받아 다시 현장에 나갔다"고 증언했다. 이는 {{u:유엔}} 대북제재위원회 전문가패널이 과거 보고서에서 지적한 학생·연수생 비자 우회 사례와 겹친다.

노동자 유입이 다시 늘어난 시점은 지난해 9월 {{u:보스토치니 우주기지}}에서 열린 {{u:김정은}} 국무위원장과 {{u:블라디미르 푸틴}} 대통령의 정상회담 전후와 겹친다. {{u:국가정보원}}은 지난해 국회 정보위원회 보고에서 {{u:러시아}} 내 {{u:북한}} 노동자 동향을 주시하고 있다고 밝힌 바 있다. {{u:통일부}} 관계자는 "관련 동향을 면밀히 살펴보고 있다"고만 했다.

{{u:엘리자베스 살몬}} 유엔 {{u:북한}}인권 특별보고관은 그간 보고서에서 해외 파견 노동자의 임금 착취 문제를 거듭 지적해 왔다. {{u:북한}} 노동 문제를 연구해 온 {{p:이수현}} 박사는 "이 같은 증언은 제재 이후에도 파견 구조가 이름만 바꿔 유지됐다는 것을 보여 준다"고 말했다.

{{r:강}} 씨는 인터뷰 말미에 "한 달에 한 번이라도 집에 편지를 쓸 수 있었으면 덜 힘들었을 것"이라고 했다. 그의 아내와 두 딸은 아직 {{u:북한}}에 있다.

[데스크 메모 - 출고 전 삭제: {{r:강}}모 씨 실명은 {{r:강철웅}}. 실명·나이 외 신상 추가 금지. {{r:철웅}} 씨 연락처는 {{p:정하늘}} 기자만 보관. {{p:박봉주}} 씨는 실명 동의서 받음(3/15). - {{p:오}} 부장]""",
    },
    {
        "id": "h23-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Mun Kwang-hyok", "문광혁", "witness", ["광혁"]),
            ("Ko Chol", "고철", "coworker", []),
        ],
        "note": "Church volunteer's private notes, Vladivostok, two escaped construction workers; a registered person named 고철 beside the word 고철 (scrap metal); surname 문 beside 교회 문/문을 여니/문 밖; Russian names in Hangul, one (이고르) beginning with the surname-word 이; 은혜 (grace) beside the volunteer's given name; impossible date 9월 31일.",
        "text": """{{u:블라디보스토크}} ○○한인교회 긴급지원 봉사 기록 (개인 메모)
작성: 봉사자 {{p:정은혜}}

2017년 8월 14일(월)
새벽 두 시쯤 누가 교회 문을 두드렸다. 문을 여니 작업복 차림의 남자 둘이 서 있었다. 한 사람은 자기를 {{r:문광혁}}이라고 했고, 다른 사람은 이름을 {{r:고철}}이라고 했다. 처음에는 고철을 주우러 다니는 사람들인 줄 알았다. 교회 뒤에 고철 수집소가 있어서 밤에 그런 사람들이 가끔 온다.
{{r:광혁}} 씨는 {{u:루스키섬}} 건설현장에서 나왔다고 했다. 두 사람 다 발이 퉁퉁 부어 있었다. {{p:최}} 목사님께 전화드리고 사택 안방에 재웠다.

8월 15일(화)
아침에 {{p:최}} 목사님, {{p:박미숙}} 집사님과 의논했다. {{r:고철}} 씨는 말을 거의 하지 않았다. 나이를 물으니 스물여섯. {{r:광혁}} 씨 말로는 {{r:고}} 씨는 {{u:함흥}} 출신이고, 현장 반장 {{p:변}}에게 여러 번 맞았다고 한다. 두 사람 다 여권이 없다. 여권은 {{p:변}} 반장 금고에 있다고.
기도 제목: 두 형제가 먹고 자고 회복하도록. 문이 열리도록.

8월 17일(목)
교회 건물 주인 {{p:이고르}} 씨가 낌새를 챘다. {{p:이고르}} 씨는 좋은 사람이지만 경찰과 친하다. {{p:최}} 목사님이 "{{p:이고르}}에게는 고향 친척이 왔다고만 하라"고 하셨다. 거짓말이라 마음이 무겁다.

8월 18일(금)
{{r:광혁}} 씨 발에 물집이 터져 {{p:박미숙}} 집사님이 소독해 주었다. {{r:광혁}} 씨는 서른둘, 고향은 {{u:신포}}. 아내와 딸이 있다고 했다. 딸 이름을 물으니 대답하지 않았다. 이해한다. 밤에는 두 사람이 번갈아 깨어 있었다. 누가 문을 두드릴까 봐 그런다고 했다.

8월 20일(주일)
예배 후 {{r:문광혁}} 씨가 처음으로 이야기를 길게 했다. 2015년부터 {{u:루스키섬}}과 {{u:블라디보스토크}} 시내 아파트 현장에서 일했다. 하루 15시간, 한 달에 쉬는 날 하루. 월급은 {{p:변}} 반장이 다 걷어 갔다. {{r:문}} 씨는 "문 밖에 나가면 죽는 줄 알았다"고 했다.
{{r:고철}} 씨는 고향 이야기를 하다 울었다. 어머니가 {{u:함흥}}에서 혼자 계신다고. {{r:고}} 씨가 운 것은 처음이다.

8월 22일(화)
{{p:최}} 목사님이 {{u:서울}}의 탈북민 지원 단체 {{p:한}} 간사님과 통화했다. {{p:한}} 간사님은 {{u:러시아}}에서 바로 {{u:한국}}으로 가는 길은 없고 {{u:유엔난민기구}}를 거쳐야 한다고 했다. {{r:고철}} 씨는 그 말을 듣고 처음으로 밥을 두 그릇 먹었다.

8월 24일(목)
{{u:유엔난민기구}}({{u:UNHCR}}) {{u:모스크바}} 사무소와 연락이 닿았다. 담당자 {{p:나탈리야}} 씨가 서류를 보내라고 했다. 택시 기사 {{p:안드레이}}가 두 사람을 {{u:우수리스크}}까지 태워 주겠다고 했다. {{p:안드레이}}는 돈을 안 받겠다고 했지만 {{p:박미숙}} 집사님이 기름값을 쥐여 주었다.

8월 25일(금)
{{r:광혁}} 씨가 교회 청소를 돕겠다고 나섰다. 바닥을 닦으면서 {{u:루스키섬}} 현장 이야기를 조금 더 했다. 겨울에는 바닷바람 때문에 손이 얼어 못을 박지 못했는데, {{p:변}} 반장은 장갑도 주지 않았다고. {{r:고}} 씨는 옆에서 말없이 걸레만 빨았다.

8월 30일(수)
떠나기 전날 밤, {{r:고철}} 씨가 교회 마당 구석의 녹슨 고철 더미를 한참 바라보다가 "제 이름이 저거랑 같아서 현장에서 늘 놀림받았어요" 하고 웃었다. 처음 보는 웃음이었다.

8월 31일(목)
새벽에 떠났다. {{r:광혁}} 씨가 떠나면서 "누님, 이 은혜 잊지 않겠습니다" 했다. {{r:고}} 형제는 말없이 손만 잡았다. 문을 닫고 한참 서 있었다.

※ 9월 31일(?) {{p:나탈리야}} 씨에게서 두 사람이 무사히 {{u:모스크바}}에 도착했다는 메일을 받았다. 날짜가 이상하게 찍혀 있었지만 상관없다. 감사.""",
    },
    {
        "id": "h23-ko-10",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Han Yong-chol", "한영철", "witness", ["韓永哲"]),
            ("Ko Chang-su", "고창수", "supervisor", []),
            ("Ri Un-byol", "이은별", "coworker", ["은별", "리은별"]),
        ],
        "note": "Korean police statement record (문/답) of a former DPRK doctor in Tanzania; name with Hanja in parentheses; surnames 한/고/이 beside 한 달, 이 사람 저 사람, 이제는, 이상의; Kim Man-yu Hospital named after a person; second Han who is no relative; officers' names at the foot; impossible date 2023. 11. 31.",
        "text": """진 술 조 서

성    명: {{r:한영철}}({{r:韓永哲}})
주민등록번호: ******-*******
직    업: 무직 (북한이탈주민, 전 해외 파견 의사)
주    거: {{u:서울특별시}} ○○구
등록기준지: 생략

위 사람은 2023. 11. 31. ○○경찰서 보안수사대 사무실에 임의로 출석하여 다음과 같이 진술하다.

문: 진술인은 {{u:북한}}에서 어떤 일을 하였나요?
답: {{u:평양의학대학}}을 졸업하고 {{u:김만유병원}}에서 내과 의사로 일했습니다. 2016년에 {{u:탄자니아}}로 파견되었습니다.
문: 파견 당시 의료대 책임자는 누구였나요?
답: {{r:고창수}}입니다. 저희는 "{{r:고}} 책임"이라고 불렀습니다.
문: 현지에서 어떤 일을 하였나요?
답: {{u:다르에스살람}} 시내 개인 진료소에서 침 치료와 주사를 했습니다. 현지 면허 없이 했습니다. {{r:고창수}}가 "면허는 걱정하지 말고 환자만 받으라"고 했습니다.
문: 진료소의 하루 일과는 어떠했나요?
답: 아침 7시에 문을 열고 밤 9시에 닫았습니다. 환자가 많을 때는 하루 40명도 받았습니다. 일요일에는 현지 부자들 집으로 왕진을 다녔고, 왕진비는 {{r:고}} 책임이 직접 받았습니다.
문: 의료대 인원은 몇 명이었나요?
답: 저를 포함해 의사 셋, 간호원 둘이었습니다. 의사 중 한 명은 {{u:잔지바르}}에 따로 나가 있었습니다.
문: 현지 면허 없이 진료하는 것을 문제 삼은 사람은 없었나요?
답: 한 번 현지 보건당국 사람이 왔는데, {{r:고창수}}가 봉투를 주고 돌려보냈습니다.
문: 수입은 어떻게 처리되었나요?
답: 진료비는 전부 {{r:고}} 책임이 걷었고, 한 달에 한 번 대사관에 가져갔습니다. 저는 한 달에 100달러 정도 받았습니다. 의료대 전체로는 매달 충성자금으로 1,000달러 넘게 바쳐야 했습니다.
문: 함께 일한 사람 중 기억나는 사람이 있나요?
답: 간호원 {{r:이은별}}이 있었습니다. 북에서는 {{r:리은별}}이라고 썼습니다. {{r:은별}}이는 이 사람 저 사람 부탁을 다 들어주는 착한 애였습니다. 그리고 {{u:잔지바르}}에 따로 나가 있던 {{p:한명수}} 선생이 있었습니다. 저와 성이 같지만 친척은 아닙니다.
문: {{r:이은별}}에게 무슨 일이 있었나요?
답: 2018년에 {{r:은별}}이가 말라리아에 걸렸는데 {{r:고}} 책임이 현지 병원에 못 가게 해서, 제가 진료소 안에서 치료했습니다. 열이 일주일 내렸다 올랐다 했습니다. 살아서 다행입니다.
문: 진술인은 어떻게 {{u:한국}}에 오게 되었나요?
답: 2019년 귀국 명령이 내려왔을 때, 제 환자였던 현지인 {{p:음와나이샤}} 씨의 도움으로 {{u:주탄자니아 대한민국 대사관}}에 연락했습니다.
문: 진술인의 가족은 어디에 있나요?
답: 처 {{p:전영실}}과 딸이 {{u:평양}}에 있습니다. 전에는 인편으로 편지라도 했는데 이제는 못 합니다.
문: 이상의 진술 내용이 사실인가요?
답: 예, 사실입니다.
문: 더 할 말이 있나요?
답: {{r:고창수}}도 위에서 시키는 대로 한 사람입니다. 다만 {{r:은별}}이 일은 꼭 적어 주십시오.

진술인 {{r:한영철}} (무인)

위의 조서를 진술인에게 열람하게 하였던바 진술한 대로 오기나 증감·변경할 것이 없다고 말하므로 간인한 후 서명(기명날인)하게 하다.

2023. 11. 31.
○○경찰서 보안수사대
사법경찰관 경위 {{p:강민석}}
사법경찰리 경사 {{p:표지훈}}""",
    },
    {
        "id": "h23-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Hyok", "김혁", "witness", ["K.H.", "Hyok"]),
            ("Pang Yong-sam", "방영삼", "supervisor", ["Bang Yong-sam"]),
        ],
        "note": "Interpreter's working notes with Korean glosses, Saint Petersburg stadium and housing sites; supervisor surname 방 beside 방 (room) in one sentence, Pang/Bang/Cyrillic Бан variants; roommate surname So beside 소 (cow) and sentence-initial So; 꼬마 used as a common noun, not a name; security man known only by a nickname; impossible date 2018년 6월 31일; Nevsky Prospekt.",
        "text": """INTERPRETER'S WORKING NOTES - session 2 of 3
Witness: "{{r:K.H.}}" (M, b. 1987) - construction, {{u:Saint Petersburg}}, 2016-2018
Interpreter: {{p:Yoo Seung-ah}}; interviewer: {{p:Tom Reyes}}

A. Glossary - the witness's own words, with glosses
- 과제 (kwaje): the daily quota per man. W: "과제를 못 하면 밥이 없다" = no quota, no dinner.
- 총화 (chonghwa): Saturday self-criticism meeting; every man confesses one fault.
- 돌격대 (tolgyoktae): "shock brigade"; W uses it ironically for the night shift.
- 반장 (panjang): brigade leader. W's 반장 was {{r:Pang Yong-sam}} ({{r:방영삼}}).
- 방 (pang): "room". CAREFUL - same syllable as the leader's surname. W says in one breath: "{{r:방}} 반장이 방에 들어오면 다 일어났다" = "When brigade leader {{r:Pang}} came into the room, everyone stood up." I render the leader as "{{r:Pang}}"; the Russian documents have "{{r:Бан Ён Сам}}" and the subcontractor's English list has "{{r:BANG YONG SAM}}".
- 꼬마 (kkoma): "kid"; here W uses it for whoever was youngest in the room, not as anyone's name. "꼬마가 울면 다 같이 울었다" = when the kid cried, we all cried.
- 혁 / {{r:Hyok}}: W's own given name. He asks to be called {{r:Hyok}}, which is what his mother called him.

B. Notes from the session
1. {{r:K.H.}} = {{r:Kim Hyok}} ({{r:김혁}}). Arrived at {{u:Pulkovo Airport}} in May 2016 with 31 men. Lived first in containers on {{u:Krestovsky Island}}, later in a dormitory in {{u:Kolpino}}.
2. Work: finishing and waterproofing at the new stadium ({{u:Krestovsky Stadium}}, now {{u:Gazprom Arena}}), then residential blocks in the south of the city. On Sundays, if the plan was met, the men were walked in a column down {{u:Nevsky Prospekt}} "to see culture".
3. W: "{{r:방}} 반장도 무서웠을 거예요." Gloss: "{{r:Pang}} was probably scared too." W defends {{r:Pang}} repeatedly; note this for the report.
4. Russian foreman: {{p:Dmitry}}; W calls him "{{p:Dima}}" ({{p:디마}}). {{p:Dima}} gave the men tea and once drove {{r:Hyok}} to a clinic after a fall. The name on W's photo of a site pass: "{{p:Кузнецов Д.}}".
5. Pay: W says the Russian subcontractor paid 45,000 roubles a month per man "to {{r:Pang}}". W received 3,000-5,000. "나머지는 다 계획분" = "the rest was all plan money".
6. W's roommate: {{p:So Jong-hun}} ({{p:소종훈}}). CAREFUL: W uses 소 both as {{p:So}}'s surname and as "ox" - "소처럼 일했다" = "we worked like oxen". So nothing is lost, I gloss both every time. {{p:So}} was injured in November 2017 (fell from scaffolding) and was sent home in January.
7. The security man: W only ever calls him "{{p:개구리}}" ("{{p:Frog}}"), a nickname; real name unknown. "{{p:개구리}}가 우리 전화기를 다 걷었다" = "{{p:Frog}} collected all our phones."
8. Date: W gives his exit as "2018년 6월 31일". No such date. Asked twice; he insists it was "the day after the opening match" of the {{u:FIFA World Cup}}. The opening match was played in {{u:Moscow}} on 14 June 2018, so probably 15 June. Flag for the report.
9. After leaving the dormitory W walked to the {{u:Consulate General of the Republic of Korea in Saint Petersburg}}. He had the address on a slip of paper from {{p:Dima}}.

C. To check in session 3
- Whether {{r:Pang Yong-sam}} is the same man as the "{{r:Bang}}" in case file 2019-RU-07.
- The date in item 8.
- Whether {{r:Hyok}} agrees to the glossary being shown to the lawyer.""",
    },
    {
        "id": "h23-mixed-02",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Choe Chol-ho", "최철호", "witness", ["C.C.H."]),
            ("Pak Song-chol", "박성철", "supervisor", []),
            ("Ri Un-jong", "리은정", "witness", ["은정"]),
        ],
        "note": "NGO intake tracker pasted as tab-separated text with free-text notes; ALL CAPS names; Chol/Cheol and Choe/Choi/Pak/Park variants of registered persons; staff initials as intake codes; Cyrillic spelling; 조금 (a little) beside the given name 조금희; Madam HAN.",
        "text": """Intake tracker - overseas labour project - export 2024-02-07 (sheet "cases_active")

case_id\tname_rom\tname_ko\tsex\tyob\tcountry\tsector\tsupervisor_named\tintake\tstatus\tnotes
OL-2402\t{{r:CHOE CHOL HO}}\t{{r:최철호}}\tM\t1982\t{{u:RUS}}\tconstruction\t{{r:PAK SONG CHOL}}\t{{p:JH}}\tactive\t{{u:MOU}} cert spells {{r:Choi Cheol-ho}}; passport {{r:CHOE CHOL HO}}; same person
OL-2403\t{{p:HONG MYONG SIK}}\t{{p:홍명식}}\tM\t1979\t{{u:RUS}}\tlogging\t{{p:KYE}}\t{{p:JH}}\tclosed\tmoved to the {{u:US}} 2023
OL-2404\t{{r:RI UN JONG}}\t{{r:리은정}}\tF\t1994\t{{u:CHN}}\tseafood\t{{p:RYANG}}\t{{p:SM}}\tactive\t{{u:Hunchun}}; 언니 {{p:리은혜}}도 같은 공장?
OL-2405\t{{p:SIN KWANG CHOL}}\t{{p:신광철}}\tM\t1985\t{{u:KWT}}\tconstruction\t{{r:PAK SONG CHOL}}\t{{p:SM}}\tactive\tsame supervisor as OL-2402 (!) - did {{r:Pak}} move {{u:RUS}} to {{u:KWT}} in 2017? check
OL-2406\t{{p:YUN CHEOL}}\t{{p:윤철}}\tM\t1990\t{{u:POL}}\tshipyard\tunknown\t{{p:JH}}\tpending\tone-syllable given name; also spelled "{{p:Yoon Chul}}"
OL-2407\t{{p:KANG SOL MI}}\t{{p:강설미}}\tF\t1996\t{{u:KHM}}\trestaurant\tMadam {{p:HAN}}\t{{p:SM}}\tactive\t{{u:Phnom Penh}}, 2016-2019
OL-2408\t{{p:JO KUM HUI}}\t{{p:조금희}}\tF\t1988\t{{u:CHN}}\ttextile\t{{p:KIM YONG SU}}\t{{p:SM}}\tactive\t{{u:Dandong}}; 면담 조금 늦게 시작
OL-2409\t{{p:MOON IL}}\t{{p:문일}}\tM\t1977\t{{u:ARE}}\tconstruction\t{{p:TO}}\t{{p:JH}}\tpending\tno phone; contact via church in {{u:Incheon}}

NOTES (free text, col K overflow)
- OL-2402: {{r:최철호}} 씨 진술 - {{r:박성철}} 반장이 여권 보관, 매달 "충성자금" 걷음. {{u:러시아}} 서류에는 "{{r:Чхве Чхоль Хо}}". 영문 표기 {{r:Choe Chol-ho}} / {{r:Choi Cheol-ho}} / {{r:Choe Cheol-ho}} 혼재. 보고서에는 "{{r:C.C.H.}}"로만 쓸 것.
- OL-2402: {{r:Chol-ho}} says the site was in {{u:Vladivostok}}, then {{u:Khabarovsk}}. Supervisor {{r:Pak}} carried a list of "returnees" and read it at the Saturday meeting.
- OL-2404: {{r:은정}} 씨는 {{u:훈춘}} 수산물 가공공장 3년. 오전 6시~밤 10시, 한 달 휴일 하루. {{r:Ri}}/{{r:Lee}} 표기 혼용. 언니 {{p:은혜}} 씨 행방은 모름.
- OL-2405: {{p:신광철}} 씨가 말한 "{{r:Pak Song-chol}}"과 OL-2402의 "{{r:Park Sung-cheol}}"({{u:MOU}} 서류 표기)이 동일인인지 확인 필요. 둘 다 "키 크고 왼손에 흉터".
- OL-2406: {{p:Yun}} 씨 본인은 이름을 "{{p:Cheol}}" 한 글자로만 불러 달라고 함. {{u:폴란드}} 고용주 쪽 서류는 아직 못 받음.
- OL-2408: {{p:조금희}} 씨는 통역 없이 진행. 첫 면담은 조금 늦게 시작했고 40분 만에 끝남.
- intake codes: {{p:JH}} = {{p:Jang Hyun-jung}}, {{p:SM}} = {{p:Seo Min}}.""",
    },
    {
        "id": "h23-mixed-03",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Kim Chun-hwa", "김춘화", "supervisor", ["金春花"]),
            ("Ri Myong-sun", "리명순", "witness", ["李明顺", "명순"]),
        ],
        "note": "WeChat group export from a Donggang seafood plant (Chinese, Korean, English translation in brackets); private driver named 王毅 next to a forwarded headline about the foreign minister Wang Yi; brand 李宁 containing a surname; titles after names (厂长, 司机, 代表, 会计) and the prefix 小; WeChat emoji codes.",
        "text": """微信聊天记录导出 | 群聊: {{u:东港}}水产 {{u:朝鲜}}班组管理 (6人)
导出时间: 2019-08-02   [NGO translation notes in square brackets]

—— 2019-07-14 ——
{{p:王建国}}(厂长) 08:12
今天{{u:朝鲜}}工人几点上班？ [What time do the {{u:DPRK}} workers start today?]
小{{p:崔}}翻译 08:13
六点。{{r:金春花}}班长说今天加班到十点 [Six. Team leader {{r:Kim Chun-hwa}} says overtime until ten today.]
{{p:王建国}}(厂长) 08:15
好 [强]
{{r:金春花}} 08:20
사장님 오늘 게 물량 많습니까 [Boss, is there a lot of crab today?]
小{{p:崔}}翻译 08:21
今天螃蟹多吗 她问
{{p:王建国}}(厂长) 08:22
多。三吨。让她们别休息 [Yes. Three tonnes. Tell them no breaks.]

—— 2019-07-16 ——
{{p:王毅}}(司机) 19:40
明天送{{u:朝鲜}}工人去医院？哪个？ [Am I taking a {{u:DPRK}} worker to hospital tomorrow? Which one?]
小{{p:崔}}翻译 19:42
{{r:李明顺}}。手被机器夹了 [{{r:Ri Myong-sun}}. Her hand was caught in the machine.]
{{r:金春花}} 19:45
{{r:리명순}}이는 안 가도 된다고 대표 동지가 말했습니다 [The representative says {{r:Myong-sun}} doesn't need to go.]
小{{p:崔}}翻译 19:46
她说不用去。朝方{{p:朴}}代表说的 [She says no need. The {{u:DPRK}} representative {{p:Pak}} said so.]
{{p:王建国}}(厂长) 19:50
手都肿了 还不去？出事了谁负责 😡 [Her hand is swollen and she's not going? Who's responsible if something happens?]
{{p:王毅}}(司机) 19:51
我明天早上七点在门口等 [I'll wait at the gate at seven tomorrow morning.]

—— 2019-07-17 ——
{{p:王毅}}(司机) 07:02
[图片]
{{p:王毅}}(司机) 07:03
没人出来 🤷 [Nobody came out.]
小{{p:崔}}翻译 07:30
{{p:朴}}代表把门锁了 [Representative {{p:Pak}} locked the door.]
{{p:王建国}}(厂长) 07:31
[转发] {{u:王毅}}外长会见{{u:朝鲜}}外相{{u:李勇浩}} [Forwarded: Foreign Minister {{u:Wang Yi}} meets {{u:DPRK}} Foreign Minister {{u:Ri Yong Ho}}]
{{p:王毅}}(司机) 07:33
哈哈 不是我 😂 [Haha, not me]
{{p:王建国}}(厂长) 07:35
你要是外长就好了 帮{{r:明顺}}说说话 [If only you were the minister, you could speak up for {{r:Myong-sun}}.]

—— 2019-07-20 ——
{{p:王建国}}(厂长) 10:00
{{p:孙}}会计: 这个月{{u:朝鲜}}工人工资照旧打到朝方账户 [Accountant {{p:Sun}}: this month's {{u:DPRK}} wages go to the {{u:DPRK}} side's account as usual.]
{{p:孙丽华}}(会计) 10:05
收到。{{r:金春花}}班长问能不能发{{u:李宁}}的工作服，夏天太热 [Received. Team leader {{r:Kim}} asks whether we can issue {{u:Li Ning}} work clothes, it's too hot in summer.]
{{p:王建国}}(厂长) 10:07
发普通的就行 😂 [Ordinary ones will do.]
{{r:金春花}} 10:30
감사합니다 👍 [Thank you]

[NGO note / 메모]
이 대화는 {{u:동항}} 수산공장 내부 직원이 2019년 8월 보내 준 것이다. {{r:김춘화}}({{r:金春花}}, {{r:Kim Chun-hwa}})는 {{u:조선}} 측 작업반장, {{r:리명순}}({{r:李明顺}}, {{r:Ri Myong-sun}})은 손을 다친 노동자. "{{p:朴}}代表" = {{u:조선}} 측 대표 {{p:박}}(이름 미상). 기사 {{p:王毅}}({{p:Wang Yi}})는 외교부장 {{u:王毅}}와 동명이인이다. The driver later told our contact that {{r:Myong-sun}} was taken to a clinic only on 19 July, by {{p:Pak}} himself.""",
    },
    {
        "id": "h23-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("O Chung-sik", "오충식", "witness", ["О Чун Сик", "Chung-sik"]),
            ("Ju Myong-hak", "주명학", "supervisor", ["Чжу Мён Хак"]),
        ],
        "note": "Russian administrative-offence protocol pasted with Latin transliteration, Korean translator's notes and an English case note; Cyrillic surname О identical to the Russian preposition о (also capitalised at sentence start); Koryo-saram attesting witness Ли; Karl Marx street; impossible date «31» апреля.",
        "text": """ПРОТОКОЛ № 27/0415 об административном правонарушении
[PROTOKOL No. 27/0415 ob administrativnom pravonarushenii]

г. {{u:Хабаровск}}                                   «12» апреля 2019 г.
[g. {{u:Khabarovsk}}, 12 aprelya 2019 g.]

Я, инспектор ОВМ {{u:УМВД России по г. Хабаровску}} лейтенант полиции {{p:Карпенко Д. С.}}, составил настоящий протокол о том, что гражданин {{u:КНДР}} {{r:О Чун Сик}}, 1979 г. р., проживающий по адресу: г. {{u:Хабаровск}}, ул. {{u:Карла Маркса}}, д. ***, общежитие, 11 апреля 2019 г. в 23 ч 40 мин находился на строительном объекте по ул. {{u:Тихоокеанской}} и осуществлял трудовую деятельность без разрешения на работу, то есть совершил правонарушение, предусмотренное ст. 18.10 КоАП РФ.
[Ya, inspektor OVM {{u:UMVD Rossii po g. Khabarovsku}} leytenant politsii {{p:Karpenko D. S.}}, sostavil nastoyashchiy protokol o tom, chto grazhdanin {{u:KNDR}} {{r:O Chun Sik}}, 1979 g. r., prozhivayushchiy po adresu: g. {{u:Khabarovsk}}, ul. {{u:Karla Marksa}} ... osushchestvlyal trudovuyu deyatelnost bez razresheniya na rabotu ...]

О себе сообщил: работает на стройке с 2017 г., разрешение «у бригадира». Бригадир - гражданин {{u:КНДР}} {{r:Чжу Мён Хак}}, со слов {{r:О Чун Сика}}, хранит паспорта всех рабочих.
[O sebe soobshchil: rabotaet na stroyke s 2017 g., razreshenie "u brigadira". Brigadir - grazhdanin {{u:KNDR}} {{r:Chzhu Myon Khak}}, so slov {{r:O Chun Sika}}, khranit pasporta vsekh rabochikh.]

Понятые: {{p:Сидоров А. А.}}, {{p:Ли Е. В.}}
Объяснение лица: «Я не знаю о разрешении. Спросите бригадира».
Подпись лица: от подписи отказался.

[번역자 주 - 2019. 6. 3., 번역 {{p:이나영}}]
1. "{{r:О Чун Сик}}"은 {{r:오충식}}({{r:O Chung-sik}})의 러시아식 표기이다. 러시아어 전치사 'о'(~에 대하여: "протокол о том", "не знаю о разрешении", 문장 첫머리의 "О себе")와 철자가 똑같으므로 검색이나 일괄 치환 때 주의할 것. "{{r:О Чун Сика}}"는 같은 이름의 생격 형태.
2. "{{r:Чжу Мён Хак}}" = {{r:주명학}}. 본인({{r:오충식}})은 "{{r:주}} 반장"이라고 부른다.
3. "разрешение у бригадира" = "허가증은 반장에게 있다". 실제로는 허가증이 발급된 적이 없었다고 {{r:오}} 씨는 말한다.
4. 같은 사건의 의견서 사본 중 하나는 작성일이 «31» апреля(4월 31일)로 되어 있다. 없는 날짜이므로 원본 확인 필요.
5. 참관인 {{p:Ли Е. В.}}는 고려인으로 보인다. 통역 없이 조서가 작성되었고, {{r:오}} 씨는 러시아어를 거의 못 한다.

CASE NOTE (EN)
{{r:O}} was fined 2,000 roubles and ordered expelled. While held at the temporary detention centre for foreign nationals in {{u:Khabarovsk}}, {{r:Chung-sik}} phoned our contact twice. He says {{r:Ju}} visited him once, brought cigarettes and told him that his family in {{u:Hamhung}} "will be fine if you go home quietly". We have asked {{u:UNHCR}} to intervene before the removal date. Translator {{p:Lee Na-young}} is available for a follow-up call.""",
    },
    {
        "id": "h23-mixed-05",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Jang Ung-chol", "장웅철", "witness", ["Ung-chol", "웅철"]),
        ],
        "note": "Signal chat export, Korean/English, fisherman on a Chinese squid boat in DPRK waters; display name with a fish emoji; full name once with a soft hyphen; Chinese captain Liu as 류 선장 and Lao Liu; DPRK minder Yom; 장 (market) beside the surname 장; Wonsan, East Sea.",
        "text": """{{u:Signal}} - exported conversation
Participants: Me (research desk), {{r:Ung-chol}} 🐟

2021-10-04 14:02 Me: 안녕하세요 {{r:웅철}} 씨, 지난번 통화 고마웠어요. Today I'd like to go over the boat part again, in English if that's OK?
2021-10-04 14:05 {{r:Ung-chol}} 🐟: ok. 영어 조금 해요 😅
2021-10-04 14:06 Me: Great. Which boat was it?
2021-10-04 14:10 {{r:Ung-chol}} 🐟: chinese boat. 오징어 배. from summer 2017 to spring 2019. captain is {{p:Liu}}, chinese. we call him {{p:류}} 선장
2021-10-04 14:11 Me: And who was in charge on the Korean side?
2021-10-04 14:15 {{r:Ung-chol}} 🐟: {{p:염창구}}. 지도원. he came from {{u:Wonsan}} with us. {{p:염}} 지도원 does not fish, only watch 👀
2021-10-04 14:16 Me: So the Chinese captain paid the money to {{p:Yom}}?
2021-10-04 14:20 {{r:Ung-chol}} 🐟: yes. boat owner bought the fishing rights in the {{u:East Sea}}. we catch, chinese take the squid. money go to {{p:Yom}}, then to the company in {{u:Wonsan}}. I get nothing on the boat. at home maybe some rice
2021-10-04 14:21 Me: How many Koreans on board?
2021-10-04 14:24 {{r:Ung-chol}} 🐟: 12 korean, 9 chinese. chinese cook is kind, Lao {{p:Liu}}? no - cook is {{p:Zhou}}. {{p:Zhou}} gives us noodles at night 🍜
2021-10-04 14:25 Me: 🙏 And the hours?
2021-10-04 14:30 {{r:Ung-chol}} 🐟: night fishing. lights on, 18:00 to 06:00, then sorting and freezing until 10. sleep 4-5 hours. if storm we still work. {{p:류}} 선장 says "no squid, no rice"
2021-10-04 14:31 Me: Was anyone hurt?
2021-10-04 14:36 {{r:Ung-chol}} 🐟: 2018 winter, {{p:차명근}} fell in the sea. we pulled him up. he was very cold, {{p:염}} 지도원 said don't stop the line. {{p:명근}}이 형 lost two toes after. 장마당에서 약 사다 줬어요, when we came back to port
2021-10-04 14:38 Me: I'm sorry. Is {{p:Cha}} still in the {{u:North}}?
2021-10-04 14:40 {{r:Ung-chol}} 🐟: I think so. I don't know 😔

2021-10-06 20:11 Me: For the file: full name {{r:Jang Ung\u00adchol}} ({{r:장웅철}}), born 1992, {{u:Kimchaek}}? Correct?
2021-10-06 20:15 {{r:Ung-chol}} 🐟: correct. but in the report please just "{{r:J.}}" 🙏
2021-10-06 20:16 Me: Of course. We will use "{{r:J.}}" only.
2021-10-06 20:18 {{r:Ung-chol}} 🐟: and don't write the boat number. {{p:류}} 선장 was not a bad man. he gave me his old phone when I left, that's how I could call my sister in {{u:Seoul}}
2021-10-06 20:19 Me: Understood. One last thing - how did you leave the boat?
2021-10-06 20:25 {{r:Ung-chol}} 🐟: 2019 april the boat went to a chinese port for repair, {{u:Weihai}}. {{p:염}} 지도원 was drunk. I walked out. {{p:Zhou}} showed me the bus. after that, church people
2021-10-06 20:26 Me: Thank you, {{r:Ung-chol}}. Rest well 🙏
2021-10-06 20:27 {{r:Ung-chol}} 🐟: 👍""",
    },
    {
        "id": "h23-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pak Yong-nam", "박용남", "witness", ["Yong-nam"]),
            ("Ju Kwang-il", "주광일", "supervisor", []),
            ("So Tae-song", "소대성", "coworker", []),
        ],
        "note": "Transcribed brigade cash ledger from Kuwait with an analyst's English notes; mixed-script name 박Yong-nam inside photo file names; coworker So beside sentence-initial 'So'; courier surname 마 / Ma; one-syllable name 철 with 이; Day of the Sun and Kim Il Sung; impossible ledger date 2016년 6월 31일.",
        "text": """TRANSCRIPTION - brigade cash ledger (handwritten, Korean), {{u:Kuwait}}, March-June 2016
Source: photos supplied by the ledger-keeper; file names "{{r:박Yong-nam}}_장부_01.jpg" to "{{r:박Yong-nam}}_장부_09.jpg". Transcribed by {{p:N.H.}}, checked by {{p:Ellie Grant}}.

2016년 3월 / 제3반 (반장 {{r:주광일}}) / 단위: KWD
번호 | 이름 | 총액 | 국가계획분 | 충성자금 | 식비·숙소 | 본인 | 가족송금
1 | {{r:주광일}} | 250 | 100 | 20 | 30 | 100 | -
2 | {{r:박용남}} | 200 | 120 | 20 | 35 | 15 | 10
3 | {{r:소대성}} | 200 | 120 | 20 | 35 | 15 | 10
4 | {{p:한경수}} | 200 | 120 | 20 | 35 | 25 | 0
5 | {{p:우태식}} | 200 | 120 | 20 | 35 | 15 | 10
6 | {{p:김철}} | 180 | 120 | 20 | 35 | 5 | 0 ({{p:철}}이 병원 X)
7 | {{p:마영길}} | 200 | 120 | 20 | 35 | 15 | 10
합계 | 7명 | 1,430 | 820 | 140 | 240 | 190 | 40

2016년 4월 - 충성자금 20 → 40 (태양절). 나머지 같음.
2016년 6월 31일 마감 - 3번 줄 이름 "{{r:So}}" (라틴 글자로 씀).
가족송금: {{u:평양}} 가는 {{p:마}} 과장(인편)에게 전달.

ANALYST'S NOTES
1. The loyalty fund (충성자금) is a flat 20 KWD per man each month; in April it doubles to 40 ahead of the {{u:Day of the Sun}}, {{u:Kim Il Sung}}'s birthday on 15 April.
2. The leader, {{r:Ju}}, books the same plan share as everyone else but keeps 100 KWD for himself. {{r:Yong-nam}} says {{r:Ju}} also took the "본인" column back in cash at the Saturday meeting, so column 7 is not what the men kept.
3. Family remittances (가족송금) were not sent by bank. {{r:Yong-nam}} says the amounts were entered in a separate book and handed with the cash to a courier, Section Chief {{p:Ma}} ({{p:마}} 과장), who travelled to {{u:Pyongyang}} every three months. Row 7, {{p:Ma Yong-gil}}, is not the courier; {{r:Pak}} says they are not related, "just the same surname".
4. Handwriting. The June page has "{{r:So}}" in Latin letters in row 3, probably written by {{r:So Tae-song}} himself while {{r:Pak}} was sick. So the ledger is not all in one hand, which supports {{r:Pak Yong-nam}}'s account that it was kept "by whoever {{r:Ju}} told to".
5. Row 6, {{p:Kim Chol}}: 5 KWD after four days of sick leave. The note beside it, "{{p:철}}이 병원 X", means "{{p:Chol}} - no hospital". {{r:Yong-nam}} says {{p:Chol}} had a hernia and worked through it.
6. Dates: the June page is closed on "6월 31일", a date that does not exist. {{r:Yong-nam}} says {{r:주광일}} always closed the month on the 31st "because the plan said so".
7. Sites: the brigade worked on villas in {{u:Sabah Al-Ahmad}} and at a car park next to {{u:The Avenues}} mall. Camp near {{u:Shuwaikh}}.
8. Consent: {{r:박용남}} agrees to the ledger being used in a report with the names in rows 2-7 removed. He asked that {{r:소대성}} be told first if possible; we have no contact.""",
    },
    {
        "id": "h23-mixed-07",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ri Yong-nam", "리영남", "supervisor", ["李永男", "Li Yongnan"]),
            ("Kim Ok-hui", "김옥희", "witness", ["金玉姬", "Ok-hui"]),
        ],
        "note": "Chinese labour-cooperation contract between a Hunchun seafood company and a DPRK trading company, with pinyin, Korean translation and NGO notes in Korean and English; names in Hanzi, pinyin with tone marks, Hangul and romanization; gatekeeper 方 = Fang = 방; impossible signing date 二〇一八年二月二十九日.",
        "text": """劳务合作合同 (Láowù hézuò hétong) - 노무협력계약서
合同编号 / 계약번호: HC-2018-017

甲方 (Jiǎfāng / 갑): {{u:珲春}}市○○水产品加工有限公司
法定代表人 (fǎdìng dàibiǎorén / 법정대표인): {{p:张志刚}} ({{p:Zhāng Zhìgāng}} / {{p:장지강}})
乙方 (Yǐfāng / 을): {{u:朝鲜小白水贸易公司}} ({{u:Korea Sobaeksu Trading Company}} / {{u:조선소백수무역회사}})
代表 (dàibiǎo / 대표): {{r:李永男}} ({{r:Lǐ Yǒngnán}} / {{r:리영남}})

第一条 乙方向甲方派遣劳务人员六十名(女性)，从事水产品加工。
[제1조: 을은 갑에게 노무인원 60명(여성)을 파견하여 수산물 가공에 종사하게 한다.]
第二条 合同期限三年，自2018年3月1日起。
[제2조: 계약 기간은 3년으로 하며 2018년 3월 1일부터 시작한다.]
第三条 工资每人每月人民币贰仟元(2,000元)，由甲方统一支付到乙方指定账户，不直接支付给劳务人员本人。
[제3조: 임금은 1인당 월 2,000위안으로 하며, 갑이 을이 지정한 계좌로 일괄 지급하고 노무인원 본인에게는 직접 지급하지 않는다.]
第四条 工作时间由甲方根据生产需要安排。
[제4조: 작업 시간은 갑이 생산 필요에 따라 정한다.]
第五条 劳务人员的护照由乙方代表统一保管。
[제5조: 노무인원의 여권은 을 측 대표가 일괄 보관한다.]
第六条 劳务人员不得擅自外出，不得与当地人员接触。
[제6조: 노무인원은 임의로 외출할 수 없으며 현지인과 접촉할 수 없다.]
第七条 乙方代表负责劳务人员的思想教育和纪律管理。
[제7조: 을 측 대표는 노무인원의 사상교육과 규율 관리를 책임진다.]

签字 / 서명
甲方: {{p:张志刚}} (盖章)
乙方: {{r:李永男}} (签字)
翻译 / 통역: {{r:金玉姬}} ({{r:김옥희}})
签订日期: 二〇一八年二月二十九日 (2018년 2월 29일 - 존재하지 않는 날짜)

[번역·검토 메모 - NGO]
- 이 계약서는 2018년 말 {{u:훈춘}} 공장에서 통역으로 일하던 {{r:김옥희}} 씨가 몰래 촬영해 보낸 것이다.
- {{r:리영남}}(= {{r:Ri Yong-nam}}, 중국식 표기 {{r:Li Yongnan}})은 파견 대표. {{r:김옥희}} 씨에 따르면 {{r:리}} 대표는 "계약서는 {{u:중국}} 사람 보라고 만든 것"이라고 했다.
- 제3조와 제5조는 임금이 {{u:조선}} 측에 일괄 지급되고 여권이 압수되었다는 {{r:옥희}} 씨 진술과 일치한다.
- Article 6 (no contact with locals): {{r:Kim Ok-hui}} says the gatekeeper, a Korean-Chinese man named {{p:方}} ({{p:Fang}} / {{p:방}}), enforced it and searched the women's bags on Sundays. Not to be confused with the 방 (room) numbers on the dormitory plan she also sent.
- Article 7: political study every evening 21:00-22:00, led by {{r:Ri}} himself.
- The signing date does not exist; {{r:Ok-hui}} thinks {{r:Ri}} wrote it from memory at a banquet with {{p:Zhang}}.
- Check the {{u:OFAC}} list entry for {{u:Sobaeksu}} before citing it in the report.""",
    },
    {
        "id": "h23-mixed-08",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Ha Kwang-chol", "하광철", "witness", ["Kwang-chol"]),
            ("Ri Song-il", "리성일", "supervisor", []),
        ],
        "note": "E-mail exchange with the Polish labour inspectorate, Szczecin ship repair, with a quoted Korean interview note; witness surname Ha beside the interjection 'Ha', family-name-last order, and a mixed-script 'Ha광철' typed with the wrong keyboard; Polish diminutive Tadek for Tadeusz; No/Noh variant; Chrobry embankment named after a king.",
        "text": """Subject: RE: Inspection request - welder injury, {{u:Szczecin}} (our ref. PL-19-04)
From: {{p:Katarzyna Mazur}} ({{u:Okręgowy Inspektorat Pracy w Szczecinie}})
To: overseas-labour desk
Date: 21.05.2019 16:20

Dear Ms {{p:Baek}},

Thank you for the additional information. Ha - I see now why our records did not match: your witness, Mr {{r:HA Kwang-chol}}, appears in the employer's documents as "{{r:HA KWANG CHOL}}" but in the accident book as "{{r:Kwang Chol Ha}}", with the family name last.

Our inspectors visited the subcontractor on 14 May. I cannot share the protocol, but I can confirm that we found irregularities in the working-time records of eleven {{u:DPRK}} nationals. The Polish foreman, Mr {{p:Tadeusz Nowicki}}, stated that the welders' "coordinator", Mr {{r:Ri Song-il}}, handles all payments and documents. Mr {{r:Ri}} was not present.

Regards,
{{p:Katarzyna Mazur}}
Senior Labour Inspector
{{u:Państwowa Inspekcja Pracy}}

-----Original Message-----
From: {{p:Baek So-yeon}}
Sent: 17.05.2019 09:03
To: {{p:Katarzyna Mazur}}
Subject: Inspection request - welder injury, {{u:Szczecin}}

Dear Ms {{p:Mazur}},

Further to our call: our witness {{r:Ha Kwang-chol}} ({{r:하광철}}) worked as a welder for a ship-repair subcontractor in {{u:Szczecin}} from June 2016 to March 2019. On 2 February 2019 he suffered burns to his left hand. He was not taken to hospital; the coordinator, {{r:Ri Song-il}}, treated him in the workers' hostel near {{u:Wały Chrobrego}} with cream from a pharmacy. {{r:Kwang-chol}} returned to welding the next day.

Below is the note from my colleague who interviewed him (Korean; short English summary underneath).

> -----Original Message-----
> From: {{p:Noh Ji-hoon}}
> Sent: 16.05.2019 22:47
> 제목: {{r:Ha광철}} 씨 면담 메모
>
> {{p:소연}} 씨, {{r:Ha광철}} 씨 건 정리해서 보냅니다. (폰으로 쓰느라 한영 전환이 엉망입니다)
> - {{r:하광철}}, 1984년생, {{u:남포}} 출신. 2016년 6월 {{u:바르샤바}} 경유 {{u:슈체친}} 도착.
> - 반장 겸 "코디네이터" {{r:리성일}}. 여권과 은행카드 모두 {{r:리}}가 보관.
> - 월급: {{u:폴란드}} 회사가 약 3,000즐로티 지급, {{r:하}} 씨 손에는 200~300즐로티.
> - 2019. 2. 2. 용접 중 왼손 화상. 병원 안 감. 하루 쉬고 다시 작업.
> - {{u:폴란드}} 작업반장 {{p:타덱}}({{p:Tadek}}) 씨가 연고를 사다 줬다고 함.
> - 2019. 3. {{r:광철}} 씨 혼자 {{u:베를린}} 가는 버스를 타고 나옴. 이후 {{u:주독일 대한민국 대사관}}.
> - 본인은 "{{r:리성일}}도 불쌍한 사람"이라고 함.
>
> {{p:노지훈}} 드림

Summary: Mr {{r:Ha}} was born in 1984 in {{u:Nampo}} and arrived via {{u:Warsaw}} in June 2016. Mr {{r:Ri}} kept his passport and bank card. He was paid about 3,000 złoty a month by the Polish company and received 200-300. He left alone by bus for {{u:Berlin}} in March 2019. The foreman "{{p:Tadek}}" bought him burn cream - presumably Mr {{p:Nowicki}}.

Best regards,
{{p:Baek So-yeon}} | {{p:백소연}}
Overseas Labour Project""",
    },
    {
        "id": "h23-mixed-09",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Chol-ung", "리철웅", "supervisor", ["Ri Cheol-ung"]),
            ("Kang Myong-ok", "강명옥", "witness", ["Myong-ok"]),
        ],
        "note": "Researcher's field notes on a DPRK medical team in Luanda, English with Korean staff list and quotes; Ri/Rhee/Cheol variants; Portuguese titles (Dona, Enfermeira) outside markers; an Angolan driver who shares the given names of President José Eduardo dos Santos; hospital and avenue named after people; impossible date 29/02/1990.",
        "text": """FIELD NOTES - {{u:Luanda}}, 9-16 Nov 2019 (researcher: {{p:M. Ferreira}})
{{u:DPRK}} medical team - what we could establish

1. Staff list (copied from a handwritten sheet on the clinic wall; Korean names with the spellings used by the receptionist)
   - 책임의사 {{r:리철웅}} / Dr {{r:RI CHOL UNG}} (receptionist: "Dr {{r:Ri Cheol-ung}}"; business card: "Dr {{r:Rhee}}") - acupuncture, internal medicine
   - 의사 {{p:량수복}} / Dr {{p:RYANG SU BOK}}
   - 간호원 {{r:강명옥}} / {{r:KANG MYONG OK}} (patients call her Enfermeira {{r:Kang}})
   - 간호원 {{p:박향}} / {{p:PAK HYANG}}
   - driver: {{p:José Eduardo}} (Angolan)

2. The clinic
Rented ground floor in {{u:Maianga}}, a short taxi ride from {{u:Hospital Américo Boavida}}. Sign in Portuguese only. Prices: consultation 5,000 kwanzas, acupuncture session 8,000. No receipts.

3. Conversations
- Dona {{p:Fátima}}, who runs the pharmacy next door, says the Korean staff live upstairs, never go out except on Sunday mornings to the market, always together, and that Dr {{r:Ri}} "counts the money every night at the window".
- The driver, {{p:José Eduardo}} - he laughs that he shares the name of the late president {{u:José Eduardo dos Santos}} - says he drives {{r:Kang}} and {{p:Pak}} to private house calls in {{u:Talatona}} and along {{u:Avenida Comandante Valódia}}. The patients pay Dr {{r:Ri}} later, in cash.
- {{r:강명옥}} 씨와는 약국 뒤에서 5분 정도 한국어로 이야기했다. 본인 말: "월급은 {{r:리}} 선생님이 다 가져가세요. 우리는 밥만 먹어요." 그리고 "{{r:리철웅}} 선생님도 계획 때문에 힘들어요." {{u:평양}} 출신, 2017년 파견.
- {{r:Myong-ok}} asked me whether it was true that there is a South Korean embassy in {{u:Luanda}}. I said yes and gave her the address on a pharmacy receipt. She put it in her shoe and said nothing more.
- The {{u:Ordem dos Médicos de Angola}} has no registration for any of the names above (checked on 14 Nov by Dr {{p:Paulo Sebastião}}, a friend at the council).

4. Loose ends
- {{r:Kang}}'s date of birth on the photo of her residence card: 29/02/1990. 1990 was not a leap year.
- Dr {{r:Rhee}} / {{r:Ri}}: same man. The card spelling is for foreign patients, according to Dona {{p:Fátima}}.
- {{p:José Eduardo}} will not be named in anything we publish; he asked, and he has a family.
- Ask whether the team reports to the embassy of the {{u:DPRK}} in {{u:Luanda}} or is run from {{u:Pyongyang}} directly.""",
    },
    {
        "id": "h23-mixed-10",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Song Ryon-hwa", "송련화", "witness", ["련화", "Ryon-hwa"]),
            ("Jo Hyang-ok", "조향옥", "coworker", ["향옥"]),
        ],
        "note": "Observation log of a North Korean restaurant in Phnom Penh, English with Korean; waitress surname Song beside the word song and 'So'; given names only on name badges; Madam Bong; Khmer tuk-tuk driver; boulevards named after a king and after Mao; 송 동무 as vocative; impossible date in the last note.",
        "text": """관찰 일지 / Observation log - {{u:Phnom Penh}}, North Korean restaurant, three visits (March 2018)
Observer: {{p:Hana}} ({{p:하나}})

Visit 1 - Sat 10 Mar, 19:30-21:45
- Restaurant on {{u:Preah Monivong Boulevard}}, a few minutes from the junction with {{u:Mao Tse Toung Boulevard}}. Two floors, about 30 tables. Mostly South Korean tour groups; one Chinese table.
- Twelve waitresses. Name badges show given names only, in Hangul. Badges I could read: "{{r:련화}}", "{{r:향옥}}", "{{p:금별}}", "{{p:은향}}".
- 21:00 show. {{r:련화}} sang "반갑습니다" and then an old South Korean song; the tour groups sang along. {{r:Ryon-hwa}} sang the song twice because one table asked. She did not smile between songs.
- The manager, a woman of about 45, stood by the kitchen door the whole time. Staff call her "지배인 동무". A Korean tourist called her Madam {{p:Bong}} and she answered to it.

Visit 2 - Tue 13 Mar, 12:00-13:30 (lunch, nearly empty)
- {{r:향옥}} served my table. I asked where she was from. "{{u:평양}}입니다." I asked her full name. "{{r:조향옥}}입니다." The manager looked over and {{r:향옥}} said nothing else.
- {{r:Jo}} wrote the bill by hand and initialled it "{{r:조}}".
- Another waitress called across the room to {{r:련화}}: "{{r:송}} 동무, 3번 테이블!" So: {{r:Song Ryon-hwa}}. {{r:Song}} also sings at lunch, one song only, always the same.
- The menu has a page of "{{u:Pyongyang}} cold noodles" and a note in English: "No photo of staff please".

Visit 3 - Fri 16 Mar, 21:00-22:30 (outside)
- 21:30: the waitresses walked in pairs with Madam {{p:Bong}} to a white minibus. The tuk-tuk driver who had brought me, {{p:Sokha}}, says they live in a compound in {{u:Toul Kork}}. He says the "Korean girls" go to {{u:Aeon Mall}} once a month with the manager and buy only shampoo.
- {{p:Sokha}}: "They never talk. Only the boss talks."
- 한국인 관광객 남성 {{p:최}} 씨(60대)가 {{r:향옥}}에게 팁 20달러를 주자 지배인이 그 자리에서 가져갔다고 {{p:Sokha}}가 말했다. {{r:조향옥}} 씨는 고개만 숙였다고 한다.

Notes
- {{r:Song Ryon-hwa}} / {{r:송련화}} could also appear as "{{r:Song Ryon Hwa}}" or "{{r:Song Ryeon-hwa}}" (southern spelling). Her song list is fixed; she never sings a song that is not on it.
- I was told there is a second restaurant of the same chain in {{u:Siem Reap}}, near {{u:Angkor Wat}} ticket office. Not visited.
- My notebook dates visit 3 as "16/13". It was 16 March.
- Under {{u:Security Council}} resolution 2397 the staff should have been sent home by the end of 2019. Check in 2020 whether the restaurant is still open.""",
    },
]
