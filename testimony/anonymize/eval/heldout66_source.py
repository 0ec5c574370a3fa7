# ruff: noqa: E501
"""Held-out evaluation passages, set 66. Built by build_heldout.py heldout66.

Fifty documents of the kind an NGO working on North Koreans sent abroad as forced
labourers could plausibly receive or write, written blind (the finder's code was not
read and the finder was not run). All genres are ones the earlier sets' opening lines
do not list (trade-union works-committee minutes, US federal trial transcripts,
extradition-hearing press pool reports, corporate speak-up portal reports, photo
geolocation worksheets, high-seas boarding and inspection reports, psychiatric
ward-round notes, occupational-therapy home-visit reports, dormitory volleyball
scoresheets, biometric enrolment appointment lists, courier-platform deactivation
appeals, tenancy-deposit adjudications, OCR'd refugee registration printouts,
caseload allocation matrices pasted as tab-separated text, police body-worn video
transcripts, safeguarding adult review extracts, abandoned-seafarer database entries,
Korean certified-content letters, school-violence committee minutes, grave relocation
notices, court service-by-publication notices, apartment representative election
notices, long-term-care service records, public defenders' visit notes, billiards-club
league posts, telecom call-centre histories, emergency-call handling records,
Instagram posts with comments, personnel appointment notices, cooperative general
meeting minutes, certified call-recording transcripts, prison deposit and visit
records, welfare-eligibility notices, translated North Korean surveillance lists,
Chinese leave-request slips, Russian complaints to the prosecutor, Gulf manpower-agency
WhatsApp broadcasts, Mongolian owners'-association fee ledgers, Polish detention
protocols, Vietnamese visa-agent notebooks, Japanese TV research memos, embassy
walk-in logs, Chinese factory loudspeaker scripts, Russian missing-person reports,
machine-translation post-editing sheets, fishing-vessel satellite e-mail relay logs,
NGO coalition call notes, logging-camp radio logs, Russian Orthodox commemoration
notes and US asylum-application drafts), in English, Korean and mixed Korean/English
with Russian, Chinese, Arabic, Mongolian, Polish, Vietnamese, Japanese and Indonesian.
Some passages use CRLF line breaks (one mixes CRLF and LF), zero-width characters, a
soft hyphen, fullwidth letters, letter-spaced OCR names, tabs and emoji. All persons
are fictional; real public figures are mentioned only neutrally.

Labelling convention (as in the preceding sets):
- {{r:...}} a mention of a registered private person (listed in the passage's
  "persons" as (romanized name, Hangul name, role, aliases)); {{p:...}} a mention
  of an unregistered private person; {{u:...}} a public name: a real public figure,
  a real place, a real organisation or company, a real ship, app, platform or law.
- Every fictional person is private, whatever their office (a fictional judge,
  police officer, consul, doctor, inspector, pastor or interpreter is private).
- Invented businesses, sites and vessels are left unmarked.
- A mention is labelled as the text writes it: the name only, without particles
  and without titles (박철민이 -> {{r:박철민}}이, 리 반장님 -> {{r:리}} 반장님,
  박씨한테 -> {{p:박}}씨한테, Mr {{p:Ho}}, Dr {{p:X}}, anh {{p:Tuấn}}, {{p:田中}}さん),
  but Chinese forms of address are labelled whole (老周, 小王, 王总) and Russian
  and Polish names keep their case endings (Пака, Кима, Kimem, Kowalczyka).
- A nickname, pet name or machine-translated rendering that refers to a person is a
  mention of that person; the same word used as an ordinary word is not.
- Possessive 's, particles and emoji stay outside; zero-width characters, soft
  hyphens, fullwidth letters, OCR letter spacing and line breaks inside a name stay
  inside. Initials standing for a person are mentions.
- In handles, hashtags, e-mail addresses and file names only the part that spells
  the name is labelled; role accounts are unmarked.
- Generic kinship and role words used instead of a name are not mentions; a surname
  discussed as a word is not a mention.
- Country names are public places whenever they stand as nouns, also attributively
  (북한 사람, 중국 돈); nationality adjectives and derived words are not marked.
"""

PASSAGES: list[dict] = [
    {
        "id": "h66-en-01",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Song-chol", "김성철", "witness", ["Song-chol", "Gim Song-chol", "KIM SONG CHOL"]),
            ("Ri Yong-nam", "리영남", "supervisor", ["Lee Yong-nam", "LEE YONG NAM"]),
            ("Pak Chung-il", "박충일", "coworker", ["Park Chung-il", "Chung-il"]),
        ],
        "note": "Working translation of Polish trade-union works-committee minutes about North Korean welders at a shipyard subcontractor; Polish names in nominative and in case forms (Kowalczyka, Kimem, Dąbrowskiej), committee members whose surnames are Polish words (Lis 'fox', Sowa 'owl') beside the ordinary words, Gim/Kim and Lee/Ri spellings of the same men, a portrait of a real public figure, vote lists and initialled signatures.",
        "text": """{{u:NSZZ "Solidarność"}} - Komisja Zakładowa (Works Committee), subcontractors' branch
MINUTES of the extraordinary branch meeting, 14 November 2017, 15:30, union room, building 12
English working translation for the partner NGO; the Polish original stays in the branch file.

Present (committee): {{p:Marek Wiśniewski}} (chair), {{p:Agnieszka Dąbrowska}} (secretary), {{p:Tomasz Kowalczyk}}, {{p:Zbigniew Lis}}, {{p:Halina Sowa}}
Present (guests): {{p:Oleksandr Bondarenko}} (Ukrainian welders' representative), {{p:Ewa Krawczyk}} (Korean-Polish interpreter), one observer from the district office of the {{u:Państwowa Inspekcja Pracy}} who asked not to be named
Apologies: {{p:Jerzy Mazur}} (sick leave)

1. Opening
The chair opened the meeting under the portrait of {{u:Lech Wałęsa}}, which has been hung again after the room was painted. Quorum: 5 of 7 members.

2. Report on the Korean welders in hull section B
Colleague {{p:Kowalczyk}} reported that since August the subcontractor has brought 19 welders from {{u:North Korea}} onto hull section B. They are not members and they do not speak to anybody except through their own leader, a Mr {{r:Ri Yong-nam}} (written "{{r:LEE YONG NAM}}" on the gate pass). Our members see them on 12-hour shifts, six and often seven days a week.
Colleague {{p:Krawczyk}} reported a conversation at the tram stop on 9 November with a welder who gave his name as {{r:Kim Song-chol}}. He said the wages are handed to Mr {{r:Ri}}, not to the men, and that he has had about 120 zloty a month in cash since May. He asked her not to repeat his name. (Secretary's note: recorded all the same because the committee voted on 3 October to keep the branch file closed. In the Polish original: "rozmowa z pracownikiem {{r:Kimem}} na przystanku".)
Colleague {{p:Sowa}} said the canteen staff confirm the Koreans never buy lunch; they eat rice from plastic boxes in the container behind the paint shop. One of them, called by the others "{{r:Chung-il}}", fainted in the paint shop on 2 November. No ambulance was called; {{r:Ri}} drove him away in a white van.
{{p:Bondarenko}} said the Ukrainian lads share the changing room with the Koreans. He named {{r:Pak Chung-il}} and {{r:Kim}} as the two who speak some Russian. {{r:Pak}} told him "нам не платят" ("we are not paid"). The gate register spells the first one "{{r:PARK CHUNG IL}}" and the second "{{r:GIM SONG CHOL}}"; colleague {{p:Lis}} checked both against the hull section list.

3. Discussion
{{p:Lis}} asked whether this is a union matter when the men are not our members. The chair answered that under the statute every worker on this site is our concern. Colleague {{p:Dąbrowska}} proposed writing to the labour inspectorate and to the main contractor. {{p:Sowa}} warned that if any letter names {{r:Kim Song-chol}} or {{r:Pak}}, they will be sent back to {{u:Pyongyang}} within the week. Agreed: no names of Korean workers in any letter. {{p:Wiśniewski}} recalled the press reports from 2016 about Korean welders at other yards and the question asked in the {{u:European Parliament}}.
(Translator's note: "lis" is the Polish word for fox and "sowa" for owl; the paint-shop joke about the owl on the notice board in the original is left out here.)

4. Resolutions
Resolution 11/2017: the committee asks the inspectorate to inspect hull section B, including working time. For 5, against 0, abstaining 0. Adopted on the motion of colleague {{p:Dąbrowskiej}} (Polish original: "na wniosek kol. {{p:Dąbrowskiej}}").
Resolution 12/2017: {{p:Krawczyk}} to be paid for three hours of interpreting from the branch fund. Adopted unanimously; colleague {{p:Kowalczyka}} to sign the voucher.

5. Any other business
{{p:Bondarenko}} asked whether the Christmas parcels can also go to the Koreans. The chair will ask {{p:Mazur}} when he is back. Mr {{p:Nowak}} from hall 3 will collect the list.

Closed 17:05.
{{p:A. Dąbrowska}}, secretary        {{p:M. Wiśniewski}}, chair
""",
    },
    {
        "id": "h66-en-02",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ri Kwang-hyok", "리광혁", "witness", ["Kwang-hyok", "Lee Kwang-hyuk"]),
            ("Jang Chol", "장철", "supervisor", ["Jang", "Chang Chol"]),
            ("Han Sun-mi", "한순미", "relative", ["Sun-mi"]),
        ],
        "note": "US federal criminal trial transcript (sanctions-evasion money-laundering case), direct examination of a former construction worker; speaker labels in capitals (MS. HARLOW, MR. DEVLIN, THE COURT, THE WITNESS), a fictional judge and defendant who are private, the witness spelled Ri and Lee, a minder whose surname Jang is also said as Chang, the interpreter's spellings, the word 'chang' in a Chinese company name; CRLF.",
        "text": """{{u:UNITED STATES DISTRICT COURT}}
FOR THE {{u:DISTRICT OF COLUMBIA}}

{{u:UNITED STATES OF AMERICA}},          )
                                  )   Criminal No. 21-cr-0417
        v.                        )
                                  )   JURY TRIAL - DAY 4
{{p:WEI HONGLIANG}},                    )   Afternoon Session
        Defendant.                )

TRANSCRIPT OF PROCEEDINGS BEFORE THE HONORABLE {{p:CAROLINE A. PRESCOTT}}
UNITED STATES DISTRICT JUDGE

APPEARANCES:
For the Government: {{p:Rebecca Harlow}}, {{p:Samuel Okonkwo}}, Assistant United States Attorneys
For the Defendant:  {{p:Martin J. Devlin}}
Korean Interpreter: {{p:Grace Choi-Bennett}}, certified

                        *   *   *

        THE COURT: Please be seated. Ms. {{p:Harlow}}, your next witness.
        MS. {{p:HARLOW}}: The government calls {{r:Ri Kwang-hyok}}.
        THE COURT: The witness will testify through the interpreter. Madam Interpreter, you remain under oath.
        THE INTERPRETER: Yes, Your Honor.
                    {{r:RI KWANG-HYOK}}, GOVERNMENT'S WITNESS, SWORN
                          DIRECT EXAMINATION
BY MS. {{p:HARLOW}}:
Q.  Please state your name and spell it for the record.
A.  {{r:Ri Kwang-hyok}}. R-I, then K-W-A-N-G, hyphen, H-Y-O-K. In {{u:South Korea}} my registration says {{r:Lee Kwang-hyuk}}.
Q.  Where were you born, Mr. {{r:Ri}}?
A.  In {{u:Hamhung}}, {{u:South Hamgyong Province}}.
Q.  Directing your attention to 2016. Where were you working?
A.  In {{u:Vladivostok}}, in {{u:Russia}}. We built apartment blocks for a Russian company.
Q.  Who was in charge of your group?
A.  The representative was {{r:Jang Chol}}. We called him Comrade {{r:Jang}}.
Q.  How did you receive your wages?
A.  We did not receive them. {{r:Jang}} collected them. He said the money went to the plan for the Party.
        MR. {{p:DEVLIN}}: Objection. Hearsay.
        THE COURT: It is offered for what was said to him, not for its truth. Overruled. The jury is so instructed.
BY MS. {{p:HARLOW}}:
Q.  Did you ever see where the money went after Mr. {{r:Jang}} collected it?
A.  Once. In April 2017 he took me with him to carry a bag to a bank office. A Chinese man met us there. {{r:Jang}} called him "Mister {{p:Wei}}."
Q.  Do you see that man in the courtroom today?
A.  Yes. At the table, in the grey suit.
        MS. {{p:HARLOW}}: Let the record reflect that the witness has identified the defendant, {{p:Wei Hongliang}}.
        THE COURT: The record will so reflect.
Q.  What was the name of the company on the door of that office?
A.  In Chinese characters, Changhe Trading. {{r:Jang}} said "Chang-he", like the river.
        THE INTERPRETER: Your Honor, the interpreter notes that "Chang" here is part of the company name, not the gentleman's surname.
        THE COURT: Thank you. Go on.
Q.  Mr. {{r:Ri}}, do you have family in {{u:North Korea}}?
A.  My wife, {{r:Han Sun-mi}}, and my son. I have not heard from {{r:Sun-mi}} since 2019.
Q.  Why did you leave the work site?
A.  In the summer of 2018 a man in my team, {{p:Kang Myong-su}}, fell from the eighth floor. {{r:Jang}} said it was his own fault. After that I walked out at night. A Russian driver, {{p:Viktor}}, took me to the station for nothing.
        MS. {{p:HARLOW}}: Nothing further at this time, Your Honor.
        THE COURT: Mr. {{p:Devlin}}, cross-examination?
        MR. {{p:DEVLIN}}: Yes, Your Honor. Briefly.
                          CROSS-EXAMINATION
BY MR. {{p:DEVLIN}}:
Q.  Mr. {{r:Lee}}, or is it Mr. {{r:Ri}}?
A.  Either. It is the same name.
Q.  You never saw my client take any money from Mr. {{r:Chang Chol}}, did you?
A.  I saw {{r:Jang}} give him the bag.
Q.  You didn't look inside the bag.
A.  No.
        MR. {{p:DEVLIN}}: Nothing further.
        THE COURT: Ladies and gentlemen, we will take our afternoon recess. Fifteen minutes.
                          (Recess taken at 3:12 p.m.)

                        CERTIFICATE OF OFFICIAL COURT REPORTER
I certify that the foregoing is a correct transcript from the record of proceedings in the above-entitled matter.
/s/ Official Court Reporter
""",
    },
    {
        "id": "h66-en-03",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Il-gwang", "최일광", "supervisor", ["Choi Il-kwang", "Il-gwang"]),
            ("O Kum-hui", "오금희", "witness", ["Oh Geum-hee", "Kum-hui"]),
            ("Mun Hye-ryon", "문혜련", "relative", ["Moon Hye-ryeon"]),
        ],
        "note": "Press pool report from an extradition hearing in London of a fictional labour broker wanted in South Korea; the broker in Choe/Choi spellings, a witness with the surname O (beside the interjection 'Oh' and the letter O in a case number) and her mother Mun written as Moon (beside 'moon'), a fictional district judge, barristers and pool reporter who are private, a real court and real public bodies.",
        "text": """POOL REPORT #2 - {{u:Westminster Magistrates' Court}}, Court 1
Extradition hearing: Government of the {{u:Republic of Korea}} v {{r:CHOE Il-gwang}}
Pooler: {{p:Fiona McAllister}} (freelance), for the Korean and {{u:UK}} pool. Please credit "pool". Not for broadcast before 18:00.

Quick summary
{{r:Choe}}, 54, wanted in {{u:Seoul}} on six counts of fraud and one of people smuggling, appeared by video link from prison. He wore a grey tracksuit and kept his glasses on his forehead. He spoke only to confirm his name, in Korean, and then in English: "{{r:Choi Il-kwang}}. Yes. Understand."

District Judge {{p:Harriet Ogunleye}} heard two hours of argument on section 87 (human rights). Case number on the list: O-2023-0441 (the "O" is the court's prefix, not anyone's initial).

Color
- Public gallery: about 20. Three women sat in the front row with a photograph in a plastic sleeve. One, who told the pool she is "{{r:O Kum-hui}}, O like the letter", said her mother, {{r:Mun Hye-ryon}}, paid {{r:Choe}} the equivalent of 9,000 dollars in 2019 to bring her out of {{u:Shenyang}}, and that her mother was caught at the border. "Oh, he knows my face," she said when {{r:Choe}} appeared on the screen. She asked that her mother's name be written the South Korean way, {{r:Moon Hye-ryeon}}, "because that is how she will be found".
- A man next to her, who gave only his first name, {{p:Sang-hun}}, said he had worked under {{r:Choe}} at a sawmill in {{u:Khabarovsk}} in 2012 "when he was still a brigade boss, before he went into the broker business".
- At the lunch break {{r:Kum-hui}} ({{r:O}}) stood outside in the drizzle; a full moon was still visible above the court at 09:30 when the queue formed, which several in the queue remarked on.

Arguments
- For the requesting state, {{p:Thomas Whitcombe}} KC said {{r:Choe}} ran "a pipeline" from Chinese cities to South-East Asia and kept passports of those who owed him money. He referred to a statement of {{r:O Kum-hui}} and to bank records of a Mr {{p:Yoo}}.
- For {{r:Choe}}, {{p:Priya Raman}} said her client "has himself escaped from the {{u:DPRK}}" and faces a real risk in {{u:South Korea}} of being returned north. DJ {{p:Ogunleye}}: "Ms {{p:Raman}}, that is a bold proposition."
- {{p:Raman}} also said {{r:Choe}}'s wife, Mrs {{p:Ryu}}, and their daughter live in {{u:New Malden}}.

Next: ruling reserved to 12 June. {{r:Choe}} remanded in custody.

Quotes checked against the pooler's shorthand. - {{p:F. McA.}}
""",
    },
    {
        "id": "h66-en-04",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ryu Ok-sun", "류옥순", "witness", ["Ok-sun", "Yu Ok-sun", "柳玉顺"]),
            ("Kye Chun-hwa", "계춘화", "coworker", ["Chun-hwa"]),
            ("Ho Myong-suk", "허명숙", "supervisor", ["Ho"]),
            ("Sin Yong-ae", "신영애", "coworker", ["Yong-ae"]),
        ],
        "note": "Case export from a supermarket chain's speak-up (whistleblowing) portal about a Chinese seafood plant; anonymous reporter's free text, case handler's notes and a supplier's reply (one pasted name carries a zero-width space); North Korean women named in Ryu/Yu spellings, a supervisor surnamed Ho beside 'ho' in a quoted shout, a coworker surnamed Sin beside the word 'sin', Chinese managers addressed as 王总 and 小刘, invented buyer and plant unmarked, real city and real auditing company public.",
        "text": """SPEAK-UP PORTAL - CASE EXPORT
Case ID: NH-2024-0388   Channel: web form (anonymous, two-way mailbox)   Language of report: English (reporter says machine-translated from Chinese)
Category: Human rights / forced labour   Business unit: Nordhav Foods - Seafood Sourcing
Case handler: {{p:Ingrid Solheim}} (Ethics & Compliance)   Second reviewer: {{p:Jonas Vik}}

REPORT TEXT (as received)
I work in quality control at Haiyang Ocean Products in {{u:Donggang}}, {{u:Liaoning}}. Since 2021 there are about 80 women from {{u:North Korea}} in the peeling hall and the freezing room. They live behind the factory and cannot go out. Their leader is a Korean woman they call Teacher {{r:Ho}}, full name I believe {{r:Ho Myong-suk}}. The manager of our side, {{p:王总}} (Mr {{p:Wang}}), says they are "trainees". They are not trainees.
One of them, {{r:Ryu Ok-sun}}, speaks Chinese. She told me they get no wages in hand, only "points" that {{r:Ho}} writes in a book. Her friend {{r:Kye Chun-hwa}} cut her hand on the filleting line in March and was put back on the line after two days. Another woman, {{r:Sin Yong-ae}}, said she has not phoned her home in three years. {{r:Ok-sun}} said: "{{r:Ho}} says that to complain is a sin against the motherland." When the line stops, {{r:Ho}} shouts "ho! ho!" to make them hurry (this is her shout, not her name).
The cartons from hall 2 are printed with your label. I saw the audit by {{u:SGS}} last November. The Korean women were locked in the dormitory on that day and the Chinese office girl, {{p:小刘}}, was told to say the hall was closed for repair.
Please do not tell the factory who wrote this. Only {{p:小刘}}, {{r:Ryu}} and I were in QC that week.

HANDLER NOTES
2024-04-03 {{p:I. Solheim}}: Report acknowledged via mailbox. Asked reporter for batch codes. Opened investigation. Informed {{p:Jonas Vik}} and Head of Sourcing {{p:Per-Arne Lunde}}.
2024-04-05 {{p:I. Solheim}}: Reporter replied with codes HY-2211 to HY-2219. Reporter also wrote: "{{r:Yu Ok-sun}} is the same as {{r:Ryu}}, the Chinese write her {{r:柳玉顺}}." Checked: supplier declaration lists no foreign workers.
2024-04-09 {{p:J. Vik}}: Cross-checked with {{u:UN Panel of Experts}} reporting on {{u:DPRK}} workers in {{u:Liaoning}}. The names {{r:Ryu Ok-sun}}, {{r:Kye Chun-hwa}}, {{r:Sin Yong-ae}} and supervisor {{r:Ho Myong-suk}} are NOT to go into the supplier letter. Refer to "worker A, B, C" only.
2024-04-16 {{p:I. Solheim}}: Supplier reply received from sales manager {{p:Liu Jianfeng}} (not the same person as {{p:小刘}} in the report, per reporter). He denies. Attaches payroll with 212 Chinese names only.
2024-04-22 {{p:P.-A. Lunde}}: Decision: suspend purchase orders from Haiyang pending independent audit. {{p:Ingrid}} to brief the NGO partner.
2024-04-23 {{p:I. Solheim}}: Reporter asks whether {{r:Chun\u200b-hwa}}'s hand can be seen by a doctor. Forwarded to partner NGO case worker {{p:Esther Kwon}}. Case stays open.
""",
    },
    {
        "id": "h66-en-05",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Hong Chol-jun", "홍철준", "witness", ["Chol-jun", "CJ"]),
            ("Rim Kwang-su", "림광수", "coworker", ["Lim Kwang-su", "Kwang-su"]),
            ("Tak Song-ho", "탁성호", "supervisor", ["Tak"]),
        ],
        "note": "Open-source investigators' photo geolocation worksheet for a picture a worker sent from a Vladivostok building site; analysts and peer reviewer with initials, people in the photo named by the witness (one by initials CJ, one in Rim/Lim spellings), the supervisor Tak; file names with a surname; real landmarks, map services and satellite providers public; invented developer unmarked.",
        "text": """GEOLOCATION WORKSHEET  v3
Item: IMG_20190814_0652.jpg (received via {{u:Signal}} from witness, file renamed to {{r:hong}}_site_photo_03.jpg)
Analyst: {{p:Nadia Petrenko}} ({{p:NP}})   Peer review: {{p:Callum Reid}} ({{p:CR}})   Date: 2023-09-12

1. What the image shows
Three men in blue overalls on an unfinished concrete slab, about 14 floors up. Witness {{r:Hong Chol-jun}} identifies them (call of 2023-09-08, notes by {{p:Seo-yeon Baek}}): left, himself ("{{r:CJ}}", as the others called him); centre, {{r:Rim Kwang-su}}, welder; right, partly cut off, {{r:Tak Song-ho}}, the brigade's work leader. {{r:Hong}} says {{r:Tak}} made them pose "for the report to {{u:Pyongyang}}", and that {{r:Kwang-su}} was the one holding the phone timer.
Background: a cable-stayed bridge with two A-shaped pylons, sea, hills.

2. Candidate location
Bridge = {{u:Zolotoy Bridge}} ({{u:Golden Horn Bay}}), {{u:Vladivostok}}. Pylon profile matches.
Viewing angle from the north-east. Tower cranes in the middle distance consistent with the residential complex on the south shore (developer: Primorye Stroi-Invest, per the site hoarding visible in 2019 imagery).

3. Checks
- {{u:Yandex Maps}} panorama, June 2019: hoarding with the same blue-white stripes. {{p:NP}}
- {{u:Google Earth}} historical imagery 2019-08: building at roughly 14 floors, matching. {{p:CR}}
- {{u:Sentinel-2}} scene 2019-08-13: tower crane shadows, consistent. {{p:NP}}
- Sun position for 06:52 local, 14 Aug 2019: shadows on slab point south-west. Consistent. {{p:CR}}
- EXIF: none (stripped by the messenger). Time from file name only.

4. Witness consistency
{{r:Hong}} said in interview 1 (with {{p:Baek}}) that the brigade moved to this site in July 2019 after an earlier job outside the city. {{r:Lim Kwang-su}} (same man, South Korean spelling used by {{p:Baek}} in interview 1) is said to have stayed on after {{r:Chol-jun}} left in October. {{r:Tak}} is in the witness list of the other brigade too; see file {{r:tak_songho}}_refs.xlsx.

5. Conclusion
Location: confirmed (high confidence). Date: probable (medium). Identities: per witness only.
Sign-off: {{p:NP}} 2023-09-12 / {{p:CR}} 2023-09-13
""",
    },
    {
        "id": "h66-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Myong-guk", "리명국", "witness", ["Myong-guk", "Li Mingguo"]),
            ("Kang Ho-jin", "강호진", "coworker", ["Gang Ho-jin", "Jin Haozhen"]),
            ("So Tae-ung", "소태웅", "coworker", ["So", "Su Taixiong"]),
            ("Chu Yong-bom", "주영범", "supervisor", ["Zhu Yongfan"]),
        ],
        "note": "High-seas boarding and inspection report of a fishing vessel with the crew roster; North Korean crew under Chinese-style names (Li Mingguo, Zhu Yongfan) next to their Korean names, Kang written Gang beside the ordinary 'gang' of deckhands, a crewman surnamed So beside 'so', the nautical 'lee side', Indonesian, Vietnamese and Chinese crew, fictional inspectors private; real commission, flag state and EEZ public; invented vessel unmarked.",
        "text": """HIGH SEAS BOARDING AND INSPECTION REPORT
Under the {{u:WCPFC}} HSBI procedures (CMM 2006-08)
Inspecting authority vessel: patrol boat (name withheld)   Authorised inspectors: Lt. {{p:Aaron Tepaki}} (lead), {{p:Sione Fifita}}, {{p:Hannah Morris}}
Fishing vessel boarded: HUA YU 718 (longliner), flag: {{u:People's Republic of China}}   Position: 02°11'S 176°40'E, high seas pocket east of the {{u:Kiribati}} EEZ
Date/time of boarding: 2022-10-03 07:40 UTC

1. Boarding
Boarding party came alongside on the lee side at 07:38 and embarked by pilot ladder. Master {{p:Zheng Wenbo}} met the party on deck and was cooperative. Fishing master {{p:Lin Dehai}}.

2. Crew list (as presented by the master, with inspectors' notes)
No.  Name on list          Nationality (list)   Position        Notes
1    {{p:ZHENG Wenbo}}           CHN                  Master
2    {{p:LIN Dehai}}             CHN                  Fishing master
3    {{p:WU Guoqiang}}           CHN                  Chief engineer
4    {{r:LI Mingguo}}            CHN                  Bosun          Speaks Korean; told {{p:Fifita}} his name is {{r:Ri Myong-guk}}
5    {{r:ZHU Yongfan}}           CHN                  Deck leader    Korean name given by crew: {{r:Chu Yong-bom}}
6    {{r:JIN Haozhen}}           CHN                  Deckhand       Korean: {{r:Kang Ho-jin}} (crew say "{{r:Gang}}")
7    {{r:SU Taixiong}}           CHN                  Deckhand       Korean: {{r:So Tae-ung}}
8    {{p:Agus Setiawan}}         IDN                  Deckhand
9    {{p:Rudi Hartono}}          IDN                  Deckhand
10   {{p:Nguyễn Văn Hải}}        VNM                  Deckhand
11   {{p:Trần Minh Đức}}         VNM                  Cook

3. Observations
The deck gang (7 men) was hauling at the time. Crew 4 to 7 did not hold seafarer identity documents; the master said the documents were "in the office in {{u:Zhoushan}}". Inspector {{p:Morris}} spoke with crew 8 and 9 in Bahasa through {{p:Rudi}}. {{p:Agus}} stated that crew 4 to 7 are "orang {{u:Korea Utara}}" and are kept apart at meals.
{{r:Ri Myong-guk}} told {{p:Fifita}} (who has some Korean) that the four had been on board 26 months without port call and that {{r:Chu}} reports to "the company man" by satellite phone every Sunday. {{r:Myong-guk}} added that {{r:So}} had an infected hand; so the inspectors asked to see him. {{r:So Tae-ung}} showed a swollen right hand; first aid given by {{p:Morris}}.
{{r:Kang}}, called "{{r:Gang}}" by the gang, said nothing during the inspection.
The master said the four are "Chinese from {{u:Yanbian}}". {{r:Zhu Yongfan}} ({{r:Chu}}) would not answer questions.

4. Apparent violations
- Crew without identity documents (referred to flag state).
- Possible use of nationals of the {{u:DPRK}} on board, contrary to resolution 2397 (referred to the {{u:UN Security Council 1718 Committee}} panel via national focal point).

5. Signatures
Lead inspector {{p:A. Tepaki}}        Master {{p:Zheng Wenbo}} (signed, with the remark "crew are Chinese")
""",
    },
    {
        "id": "h66-en-07",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Pak Yong-chol", "박영철", "witness", ["Yong-chol", "Park Young-chul", "YC"]),
            ("Pak Jong-ok", "박정옥", "relative", ["Jong-ok"]),
            ("Won Hak-su", "원학수", "supervisor", ["Won"]),
        ],
        "note": "Psychiatric ward-round notes on a resettled former logging worker; consultant, registrar, nurses and a peer supporter named, the patient as Pak, Park and by initials YC, his sister, a camp boss surnamed Won beside the currency word 'won', the word 'Hope' as the name of a ward and as an ordinary word, a real hospital, trust and law; CRLF.",
        "text": """WARD ROUND NOTE - Ward: Hope (acute male), {{u:Springfield University Hospital}}
Trust: {{u:South West London and St George's Mental Health NHS Trust}}
Patient: {{r:PARK, Young-chul}} (also known as {{r:Pak Yong-chol}}) NHS no. on file   DOB 1979   Detained s2 {{u:Mental Health Act 1983}}, day 9
Present: Dr {{p:Eleanor Whitfield}} (consultant), Dr {{p:Rohan Mehta}} (ST5), Staff Nurse {{p:Abimbola Adeyemi}} (named nurse), {{p:Kasia Zielinska}} (OT), {{p:Ji-won Seo}} (Korean interpreter, by phone), {{p:Danny Hughes}} (peer support worker)

S: Mr {{r:Park}} says he is "better than Monday". Slept 5 hours with zopiclone. Still hears "the meeting voice" at night, which he says is the voice of {{r:Won}}, the leader of his logging camp in {{u:Tynda}} (2008-2013). {{r:Won Hak-su}} used to hold the evening criticism meetings. He says {{r:Won}} "counts the won", i.e. the money sent home, and tells him he still owes. He asked Dr {{p:Whitfield}} whether {{r:Won}} can come onto the ward. Reassured.
He talks a lot about his sister, {{r:Pak Jong-ok}}, in {{u:Chongjin}}, and says {{r:Jong-ok}} is "waiting for the money". He knows she may not be alive; he became tearful.
Nurse {{p:Adeyemi}}: settled on the ward, eating, some pacing after visiting time. Peer worker {{p:Danny}} has played table tennis with {{r:YC}} (his preferred name on the ward) twice.

O: Calm, good eye contact through interpreter. Mood "so-so". No thoughts of harm to self today. Insight partial. He says he will not hurt anyone, "not even {{r:Won}}".

A: Improving. PTSD with psychotic features vs. psychotic depression; trauma history from forced labour. Risk lower than on admission.

P:
1. Continue olanzapine 10 mg. Dr {{p:Mehta}} to review bloods on Friday.
2. Escorted leave 1 hr, with {{p:Danny Hughes}} or {{p:Kasia}}, grounds only.
3. {{p:Ji-won Seo}} to be booked for the tribunal on 14th.
4. Social worker {{p:Gareth Powell}} to contact the NGO caseworker, {{p:Su-bin Cha}}, about tracing for {{r:Jong-ok}} through the {{u:British Red Cross}}.
5. Hope remains: he said "I have a little hope now". Recorded at his request.

Next ward round: Tuesday. Signed Dr {{p:R. Mehta}} for Dr {{p:E. Whitfield}}.
""",
    },
    {
        "id": "h66-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jon Sang-hyok", "전상혁", "witness", ["Sang-hyok", "Jeon Sang-hyeok", "Mr J"]),
            ("Jon Un-byol", "전은별", "relative", ["Un-byol", "Byol"]),
            ("Kim Tae-sik", "김태식", "coworker", ["Tae-sik"]),
        ],
        "note": "Occupational-therapy home-visit report for a resettled former sawmill worker who lost fingers in Russia; surname Jon/Jeon, the client's preferred short form 'Mr J', his daughter's pet name Byol ('star') beside the ordinary word star on a fridge chart, a Korean neighbour and a Polish carer, invented charity unmarked; real city areas, a hospital and the Home Office public.",
        "text": """OCCUPATIONAL THERAPY - HOME VISIT REPORT
Client: Mr {{r:Sang-hyok Jeon}} (preferred: "Mr {{r:J}}")   Address: 2nd floor flat, {{u:Levenshulme}}, {{u:Manchester}}
Referrer: Dr {{p:Anita Bose}}, hand surgery clinic, {{u:Wythenshawe Hospital}}
Therapist: {{p:Laura Fitzpatrick}}, OT   Interpreter: {{p:Hyun-joo Park}} (in person)   Also present: daughter {{r:Un-byol}} (aged 14)

Background
Mr {{r:Jeon}} ({{r:Jon Sang-hyok}} on his {{u:Home Office}} papers) lost the index and middle fingers of the right hand in a circular saw at a sawmill near {{u:Khabarovsk}} in 2015, while working under a labour contract from the {{u:DPRK}}. He reports no medical care at the time other than bandaging by a co-worker, {{r:Kim Tae-sik}}, whom he describes as "the only one who helped". Arrived in the {{u:UK}} 2019; refugee status 2021.

Observations
Kitchen: cannot use the tin opener or grip the kettle firmly; pours with the left. {{r:Un-byol}} does most cooking. A reward chart on the fridge has a gold star for every day homework is done; {{r:Byol}} (her pet name, meaning "star") jokes that her father gets stars too for doing his exercises.
Bathroom: bath with no grab rail. Mr {{r:J}} lost balance once in March; neighbour Mrs {{p:Oh}} (flat 4) heard and came. Carer from the agency, {{p:Marta Wójcik}}, visits Monday and Thursday for shopping.
Work: wants to return to some work. Mentions that {{r:Tae-sik}} now runs a kitchen in {{u:New Malden}} and has offered him a job folding dumplings. "{{r:Kim}} said he will teach me with one hand."

Client's words (through interpreter): "At the sawmill the boss said the fingers were my mistake. {{r:Tae-sik}} wrapped my hand with his shirt. I want my daughter to have a father with a job."

Plan
1. Bath board and grab rail - order placed through the council equipment service.
2. Kitchen: electric tin opener, kettle tipper. {{p:Laura}} to demonstrate on next visit.
3. Referral to the hand therapy group at the hospital; Dr {{p:Bose}} copied.
4. Vocational: refer to the employment adviser at the refugee charity (contact {{p:Samir Haddad}}). Mr {{r:J}} consents to {{r:Kim Tae-sik}} being contacted about the kitchen job.
5. {{r:Un-byol}}: young carer's assessment offered; {{r:Un-byol}} and her father agreed.

{{p:L. Fitzpatrick}}, OT, 17/05/2024
""",
    },
    {
        "id": "h66-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Cha Myong-il", "차명일", "witness", ["Myong-il", "CHA M."]),
            ("Ri Chun-sik", "리춘식", "coworker", ["Chun-sik", "LI CH."]),
            ("Yun Kum-song", "윤금성", "coworker", ["Kum-song", "Goldie", "YUN K."]),
            ("Kye Hak-chol", "계학철", "supervisor", ["Kye"]),
        ],
        "note": "Dormitory volleyball scoresheet from a Vladivostok building site typed up by an NGO volunteer, with the witness's annotations; North Korean players written by a Russian scorer as surname plus initial (CHA M., LI CH.), a player nicknamed Goldie, Uzbek and Tajik opposing team, a Russian referee with name and patronymic, the scorer's signature in Cyrillic, volleyball words (Sets, Aces, libero) and the Korean character for gold explained as the source of the nickname.",
        "text": """SCORESHEET (typed from photo; original in Russian, 2017 summer league, site dormitory yard, {{u:Vladivostok}})
Match 7   Date: 23.07.2017   Start 19:10   End 20:25
Team A: "Brigade 3" (Korean)          Team B: "Samarkand Stroi" (Uzbek/Tajik)
Referee: {{p:Gennady Petrovich Lukin}}    Scorer: {{p:Olga Sokolova}}

TEAM A roster
 #1  {{r:CHA M.}} (captain)
 #4  {{r:LI CH.}}
 #5  {{p:PAK S.}}
 #7  {{r:YUN K.}}
 #9  {{p:RIM T.}}
#11  {{p:HAN G.}}
#12  {{p:O Y.}} (libero)
Coach/official: {{r:KYE}}

TEAM B roster
 #2  {{p:Rustam Nazarov}}
 #3  {{p:Jasur Toshmatov}} (captain)
 #6  {{p:Farrukh Aliev}}
 #8  {{p:Dilshod Karimov}}

SETS   A 25 : 21 B  |  A 19 : 25 B  |  A 25 : 23 B  |  A 15 : 11 B   -> winner Team A 3:1
Aces: {{r:YUN K.}} 4, {{p:Nazarov}} 2   Timeouts: A 2 (both by {{r:KYE}}), B 1
Sanctions: yellow card #3 B ({{p:Toshmatov}}) 2nd set, "argued with referee"
Signatures: referee {{p:Lukin}}; captains {{r:Cha}}, {{p:Toshmatov}}; scorer {{p:О. Соколова}}

WITNESS ANNOTATIONS ({{r:Cha Myong-il}}, interview 4, March 2024, read back to him by {{p:Min-ji Hwang}})
- "#1 is me. I was captain because I was tall, not because I was good."
- "#4 is {{r:Ri Chun-sik}}; the Russian lady wrote LI. {{r:Chun-sik}} was the best spiker. He was sent home in 2018 after he fell from the scaffolding; his leg was never right."
- "#7 {{r:Yun Kum-song}}, we called him {{r:Goldie}} because '금' is gold. {{r:Goldie}} served four aces that evening; {{r:Kum-song}} was only 22."
- "#5, #9, #11, #12 were from the other two brigades. I only know surnames."
- "{{r:Kye Hak-chol}} was not a coach; he was the political guide. {{r:Kye}} took the timeouts to tell us not to talk to the Uzbeks. After this match {{r:Kye}} made us write self-criticism because we shook hands with them."
""",
    },
    {
        "id": "h66-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ju Yong-sik", "주용식", "witness", ["Yong-sik", "Joo Yong-sik"]),
            ("Ju Mi-ran", "주미란", "relative", ["Mi-ran"]),
            ("Ju Song-min", "주성민", "relative", ["Song-min"]),
            ("Paek Hyang-mi", "백향미", "relative", ["Hyang-mi", "Baek Hyang-mi"]),
        ],
        "note": "NGO's biometric enrolment appointment list for a family-reunion application, pasted from a booking spreadsheet; a family with the surname Ju/Joo, Ju and Joo spellings of one family in a fixed-width table, staff, volunteer drivers and interpreters, some by initials only, a wife in Thai immigration detention under her Baek spelling; real cities, the detention centre, UNHCR and the Home Office public.",
        "text": """BIOMETRICS - appointments week 23 (family reunion and further leave)   last edited by {{p:H. Grant}}
Centre: Core Service Point, {{u:Croydon}} unless stated

Date   Time   Applicant                         Rel.       Case ref       Escort / interpreter                  Transport
03/06  09:20  {{r:JU Yong-sik}}                      sponsor    FR-0912        {{p:Hannah Grant}} / none needed          own
03/06  09:20  {{r:JU Mi-ran}}                        daughter   FR-0912        {{p:Hannah Grant}} / none                 own
03/06  09:40  {{r:JOO Song-min}}                     son        FR-0912        {{p:Hannah Grant}} / {{p:Jae-hee Oh}}              own
04/06  11:00  {{r:PAEK Hyang-mi}}                    wife       FR-0912        by phone from {{u:Bangkok}} - VAC appt, {{p:Sophie Tran}} liaising   n/a
05/06  14:10  {{p:KO Eun-ji}}                        main       FLR-2231       {{p:Tom Beresford}} / {{p:Jae-hee Oh}}          volunteer driver {{p:Mike Dunne}}
05/06  14:30  {{p:NAM Chol-ho}}                      main       FLR-2240       {{p:Tom Beresford}} / {{p:Jae-hee Oh}}          volunteer driver {{p:Mike Dunne}}

Notes
- {{r:Yong-sik}} (sponsor) worked in {{u:Kuwait}} 2012-2016 on a North Korean construction contract; the family is split. Check his BRP spelling: "{{r:JU YONG SIK}}", but the passport of his son reads "{{r:JOO}}". {{p:Hannah}} to bring the deed poll.
- {{r:Mi-ran}} is 11; {{r:Song-min}} is 8. {{r:Song-min}} is scared of the fingerprint machine; {{p:Jae-hee}} will explain in Korean first.
- {{r:Hyang-mi}} ({{r:Baek Hyang-mi}} in her Thai documents) is still held at the {{u:Suan Phlu}} immigration detention centre in {{u:Bangkok}}; her appointment is at the visa application centre there; {{p:Sophie}} has the escort letter from the {{u:UNHCR}} office.
- If the {{u:Home Office}} asks, {{r:Ju}}'s former supervisor is not to be named in the covering letter.
""",
    },
    {
        "id": "h66-en-11",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("An Chol-min", "안철민", "witness", ["Chol-min", "Ahn Cheol-min", "Charlie"]),
            ("Ri Jong-hui", "리정희", "other", ["Jong-hui"]),
        ],
        "note": "Courier-platform account deactivation and appeal thread of a resettled former worker; the rider under his surname An (beside the article 'an'), his English nickname Charlie, Ahn spelling on his licence; support agents with first names only, customers named in complaint extracts, a bot signature; invented platform unmarked, real cities, app stores and regulator public.",
        "text": """Dashly Rider Support - conversation export
Rider: {{r:Ahn Cheol-min}} (profile name "{{r:Charlie A.}}")   Rider ID 55-31907   City: {{u:London}} (south-west zone)

[2024-02-11 08:02] Dashly Bot: Hi {{r:Charlie}}, your account has been deactivated following a review. Reason: an unusually high number of customer complaints. You can appeal within 14 days.
[2024-02-11 08:15] {{r:Charlie A.}}: Hello. I don't understand. My rating is 4.96. Which complaints?
[2024-02-11 09:40] Support ({{p:Aisling}}): Hi {{r:Cheol-min}}, I'm {{p:Aisling}} and I'll be looking after your case. The complaints were from three orders on 9 February. I can share extracts.
[2024-02-11 09:41] Support ({{p:Aisling}}): Order 8821: customer {{p:Gavin T.}}: "rider was rude, didn't speak". Order 8835: customer {{p:Rosalind Hay}}: "food cold, rider an hour late". Order 8840: customer "{{p:mike}}_o": "rider looked at my door camera".
[2024-02-11 10:05] {{r:Charlie A.}}: On 9 February it snowed. I was on a bicycle. I do not speak much because my English is not good, not rude. I looked at the camera because the bell did not work.
[2024-02-12 11:34] {{r:Charlie A.}}: (written by {{r:Jong-hui}}) Hello, this is {{r:Ri Jong-hui}}, volunteer at a charity for North Korean refugees in {{u:New Malden}}. Mr {{r:An}} worked for five years in {{u:Russia}} under a North Korean labour contract and has never had an account blocked before. He is an honest worker. He has a hearing problem in the left ear from the sawmill, so he does not always hear at the door.
[2024-02-13 14:20] Support ({{p:Rahul}}): Hi {{r:Chol-min}}, {{p:Rahul}} here, taking over from {{p:Aisling}}. Thanks for the information. Could you send a photo of your ID so we can confirm it is you?
[2024-02-13 14:45] {{r:Charlie A.}}: [attachment: driving_licence_{{r:ahn}}.jpg]
[2024-02-13 14:46] {{r:Charlie A.}}: The name is "{{r:AHN CHEOL MIN}}". On my refugee papers it is "{{r:AN CHOL MIN}}". Same person.
[2024-02-15 09:10] Support ({{p:Rahul}}): Thank you {{r:Cheol-min}}. An appeal reviewer, {{p:Natalia}}, has looked at the GPS data for 9 February. The delays match the weather warning. The complaint from {{p:mike}}_o has been withdrawn by the customer.
[2024-02-15 09:12] Support ({{p:Rahul}}): Your account is reactivated. Sorry for the trouble. We've added a note so that future reviews take your hearing into account, with your consent.
[2024-02-15 09:31] Dashly Bot: Glad we could help! Download the latest version of the app on the {{u:App Store}} or {{u:Google Play}}.

NGO file note ({{p:S. Cha}}, 16/02/2024): keep this export for the {{u:Equality and Human Rights Commission}} consultation on algorithmic deactivation. {{r:Chol-min}} agreed; {{r:Jong-hui}} to be credited only as "a volunteer".
""",
    },
    {
        "id": "h66-en-12",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yang Un-ju", "양은주", "witness", ["Un-ju", "Yang"]),
            ("Ko Chang-ho", "고창호", "relative", ["Chang-ho"]),
        ],
        "note": "Tenancy-deposit dispute adjudication decision; the tenant surnamed Yang beside 'yin and yang' on a landlord's photo caption, her husband Ko beside 'go', a fictional adjudicator and letting agent, the landlord's company invented; real deposit scheme, borough and ombudsman public.",
        "text": """ADJUDICATION DECISION
Scheme: {{u:Tenancy Deposit Scheme}} (insured)   Dispute ID: TDS-24-118734
Property: 14B, a flat in {{u:Sutton}}
Tenants: Ms {{r:Un-ju Yang}} and Mr {{r:Chang-ho Ko}}
Landlord: Dunmore Lettings Ltd, represented by {{p:Craig Pennington}} (property manager)
Adjudicator: {{p:Louise Armitage}}
Deposit: £1,350.00   Amount in dispute: £890.00

1. Summary
The landlord claims £890 for cleaning (£240), a stained carpet (£450) and a broken kitchen blind (£200). The tenants accept £60 for the blind and dispute the rest.

2. Evidence
2.1 Check-in inventory by {{p:Jade Morrow}} of Inventory Hub, 2 March 2022. Photo 17 of the bedroom shows a rug with a yin and yang pattern covering part of the carpet; the caption does not mention staining underneath.
2.2 Check-out report by {{p:Jade Morrow}}, 28 February 2024.
2.3 Tenant's statement written by Ms {{r:Yang}} with the help of {{p:Seung-ah Noh}} of a refugee advice service. Ms {{r:Yang}} explains that she and Mr {{r:Ko}} came to the {{u:United Kingdom}} from {{u:South Korea}} in 2021, that Mr {{r:Ko}} previously worked in {{u:Mongolia}} and {{u:Russia}} under North Korean labour contracts and that English is not their first language. She says Mr {{p:Pennington}} told her husband at check-out, "Just go, I'll sort it", and that they took this to mean there was nothing to pay.
2.4 E-mails between {{p:Pennington}} and Mr {{r:Ko}} (5 to 12 March 2024). In one, Mr {{r:Chang-ho}} writes: "My wife {{r:Un-ju}} clean the oven two days. Please look photo." In reply Mr {{p:Pennington}} writes: "I'll let it go to the scheme."
2.5 A receipt from a carpet cleaner, {{p:Darren Oakes}}, dated before the tenancy.

3. Findings
3.1 Cleaning: the check-out photographs show the oven and bathroom clean. Nothing awarded.
3.2 Carpet: the stain is visible under the rug position in photo 17 at check-in. Mr {{p:Oakes}}'s receipt suggests it was treated before 2022. Nothing awarded.
3.3 Blind: accepted by the tenants. £60 awarded.

4. Decision
To the landlord: £60.00. To the tenants ({{r:Yang}} and {{r:Ko}}): £1,290.00.
If either party thinks the adjudication was not carried out properly they may contact the scheme; a complaint about the agent may go to {{u:The Property Ombudsman}}.

{{p:L. Armitage}}, Adjudicator, 9 May 2024
NGO note ({{p:S.-a. Noh}}): {{r:Un-ju}} asked that the decision be kept with {{r:Chang-ho}}'s labour testimony because it shows the address history.
""",
    },
    {
        "id": "h66-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Yong-ho", "김영호", "witness", ["Yong-ho", "KIM YONG HO"]),
            ("Kim Chol-su", "김철수", "relative", ["Chol-su"]),
            ("Sok Myong-hwa", "석명화", "relative", ["Myong-hwa"]),
        ],
        "note": "OCR of a refugee-agency registration printout with letter-spaced names, broken columns, l/1 and rn/m confusions; the applicant and his family as written by the OCR, a garbled caseworker name, an interpreter with initials, a soft hyphen inside one name, a given name wrapped at its hyphen across a line break; real agency, countries and cities public.",
        "text": """U N H C R   -   R E G I S T R A T I O N   R E C O R D   ( p r o G r e s )
Office : {{u:UNHCR}} Regional Office, {{u:Bangkok}}          Date of registration : l4 / 0 8 / 2 0 1 9

Ind. No.  :  8 6 9 - 1 9 C 0 4 4 1 8
Name      :  {{r:K I M   Y O N G - H O}}
Sex       :  M          DOB :  0 3 / 1 1 / 1 9 8 1
Citizenship :  {{u:D P R K}}          POB :  {{u:C h o n g j i n}}
Languages :  Korean  ,  Russian ( basic )
Marital status : Married

FAMILY MEMBERS ( not present )
  Rel.   Name                          DOB            Location
  SPS    {{r:S O K   M y o n g - h w a}}       1 9 8 4        {{u:DPRK}}
  SON    {{r:K I M   C h o l - s u}}           2 0 0 8        {{u:DPRK}}

Narrative   summary   (intake)  :
Appl. states he worked 2 0 1 3 - 2 0 1 8 at a construction site in {{u:Ulaanbaatar}}, {{u:Mongolia}}, sent by a State company.
Appl. states the group leader, narne given as "{{p:Pak}}" only, kept passports. Appl. left the site in
Jan 2 0 1 9 with co-worker "{{p:Chae}}", crossed the border and travelled south .
Appl. wishes to go to the {{u:Republic of Korea}} . Wife {{r:Myong-hwa}} and son {{r:Chol-
su}} remain in {{u:Chongjin}} ; no contact since 2 0 1 8 .

Interviewed by  :  {{p:Sirinya Charoenwong}}  ( Reg. Asst. )     Interpreter : {{p:M. J. L.}}
Caseworker      :  {{p:Ni\u00adcha\u00adpa Suwan\u00adna\u00adrat}}
Referred to     :  ( pending )
Remarks :  Appl. {{r:KIM}} requests his name NOT be shared with other North Koreans in the IDC .  Appl. name
also written {{r:Kirn Yong-ho}} on IDC list ( OCR / typing error ) .
---- p a g e   1 / 1 ----
""",
    },
    {
        "id": "h66-en-14",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Choe Kum-chol", "최금철", "witness", ["Kum-chol", "Choi Geum-cheol"]),
            ("Han Ok-ryon", "한옥련", "witness", ["Ok-ryon"]),
            ("Pyon Su-gil", "변수길", "witness", ["Su-gil", "Byun Soo-gil"]),
            ("Rim Chae-won", "림채원", "witness", ["Chae-won", "Im Chae-won"]),
        ],
        "note": "NGO caseload allocation matrix pasted from a spreadsheet as tab-separated text; clients by real name and pseudonym (pseudonyms such as 'Maple' and 'River' are labels, not names, and stay unmarked), caseworkers and interpreters by full name and initials, a Rim/Im spelling pair, Choe/Choi, Pyon/Byun, comment column with first names; real donor and partner organisations public; CRLF.",
        "text": """Caseload allocation - Q3 2024 (copied from sheet "Allocation_v7", comments column included)
Case\tClient\tPseudonym\tSetting\tCaseworker\tInterpreter\tStatus\tComment
NK-101\t{{r:CHOE Kum-chol}}\tMaple\t{{u:Russia}} / construction\t{{p:Sarah Lindqvist}}\t{{p:Yoon-hee Cho}}\tstatement signed\t{{r:Kum-chol}} wants a copy in Korean; {{p:YHC}} to translate
NK-102\t{{r:HAN Ok-ryon}}\tRiver\t{{u:China}} / seafood\t{{p:Sarah Lindqvist}}\t{{p:Yoon-hee Cho}}\tinterview 2 booked\t{{r:Ok-ryon}} only free Saturdays
NK-103\t{{r:PYON Su-gil}}\tCedar\t{{u:Kuwait}} / construction\t{{p:Mark Ellison}}\t{{p:Hyo-jin Nam}}\tconsent pending\tspelled {{r:BYUN Soo-gil}} in his {{u:ROK}} ID; check with {{p:HJN}}
NK-104\t{{r:RIM Chae-won}}\tWillow\t{{u:Vietnam}} / restaurant\t{{p:Mark Ellison}}\t{{p:Hyo-jin Nam}}\tstatement draft\t{{r:Chae-won}} prefers {{r:Im Chae-won}}
NK-105\t{{p:KIL Yong-dok}}\tBirch\t{{u:Russia}} / logging\t{{p:Priya Nair}}\t{{p:Dae-sung Yu}}\tstatement signed\t

Totals\t5 clients

Comments thread (cell G2..G5)
{{p:Sarah Lindqvist}}: {{p:Mark}}, can you take {{r:Ok-ryon}} as well? I have three statements due for the {{u:European Union}} grant report.
{{p:Mark Ellison}}: Not before {{r:Su-gil}}'s consent is in. {{p:Hyo-jin}} says he is worried about his brother.
{{p:Priya Nair}}: I can take {{r:Han}}. {{p:Dae-sung}} has Saturdays.
{{p:Sarah Lindqvist}}: OK. Moving NK-102 to {{p:PN}}/{{p:DSY}}. {{r:Choe}} stays with me. Note: don't put the real-name column in the report to the {{u:National Endowment for Democracy}}; pseudonyms only.
{{p:Dae-sung Yu}}: Fine. Will call {{r:Han Ok-ryon}} Thursday. Also, {{r:Chae-won}}'s employer in {{u:Hanoi}} was the same restaurant as in {{p:Kil}}'s file? Worth checking.
{{p:Mark Ellison}}: Different restaurant. {{r:Rim}} was in {{u:Hanoi}}, {{p:Kil}} was never in {{u:Vietnam}}.
""",
    },
    {
        "id": "h66-en-15",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Sim Jae-ryong", "심재룡", "witness", ["Jae-ryong", "Jay"]),
            ("Ma Dong-il", "마동일", "supervisor", ["Ma"]),
        ],
        "note": "Police body-worn video transcript of a welfare check at a Korean restaurant; officers identified by collar number and surname, a cook who is a former North Korean worker nicknamed Jay, the owner surnamed Ma (after the title 'Boss', a bare 'Boss' as a role word, and 'ma' as an ordinary word), a customer and a neighbour; the radio call sign and the restaurant are not names; real police force and place public.",
        "text": """BODY WORN VIDEO - TRANSCRIPT
Force: {{u:Metropolitan Police Service}}   Device: BWV 4471 (PC 2291 {{p:Okafor}})   Incident: CAD 6612/19MAR24
Location: a Korean restaurant, High Street, {{u:New Malden}}   Transcribed by: {{p:Lisa Brennan}}, civilian staff

00:00:03  PC {{p:OKAFOR}}: Recording. Attending with PC {{p:Hale}}, welfare check following a call from a member of the public.
00:00:11  PC {{p:HALE}}: Hello, sir, is the manager in?
00:00:14  MALE 1 (later identified as {{p:Brian Kettle}}, customer): He's in the back, love. Ask for Boss {{r:Ma}}.
00:00:19  PC {{p:OKAFOR}}: Thanks. Sir? Police. Are you the owner?
00:00:22  MALE 2 (identified as {{r:MA Dong-il}}, owner): Yes, yes. {{r:Ma}}. What problem?
00:00:26  PC {{p:OKAFOR}}: We've had a call about a member of your staff. A man called... {{r:Jae-ryong}}? {{r:Sim Jae-ryong}}?
00:00:33  {{r:MA}}: {{r:Jay}}. He is cook. He is fine.
00:00:36  PC {{p:HALE}}: Can we speak to him, please. On his own.
00:00:40  {{r:MA}}: He is busy, lunch time.
00:00:42  PC {{p:OKAFOR}}: It'll only take five minutes, Mr {{r:Ma}}.
00:01:10  PC {{p:HALE}}: Hi. Are you {{r:Jay}}? Are you okay to talk to us?
00:01:13  MALE 3 (identified as {{r:SIM Jae-ryong}}): Yes. Little English.
00:01:18  PC {{p:HALE}}: Are you safe here? Does anyone keep your passport?
00:01:25  {{r:SIM}}: Passport, Boss... Boss {{r:Ma}} keep. Safe box.
00:01:31  PC {{p:OKAFOR}}: Do you get paid?
00:01:34  {{r:SIM}}: Sometimes. Boss say, money send to my ma... my mother, in {{u:China}}. I don't know.
00:01:45  PC {{p:HALE}}: Where do you sleep?
00:01:47  {{r:SIM}}: Upstairs. With {{p:Tuấn}}. Vietnamese boy.
00:02:02  PC {{p:OKAFOR}} (to radio): Control from 2291, can we get a Korean interpreter on the phone, please.
00:02:10  RADIO: 2291, received, stand by.
00:04:30  INTERPRETER (by phone, Mrs {{p:Ji-hye Bang}}, agency): Hello, I am {{p:Bang}}, Korean interpreter.
00:04:40  {{r:SIM}} (via interpreter): He says he worked in {{u:Russia}} before, for the North Korean company, and a broker called {{p:Pyo}} brought him here from {{u:China}}. He says Mr {{r:Ma}} is not bad but keeps his passport and his bank card.
00:05:22  PC {{p:HALE}}: Tell him we can take him somewhere safe today if he wants.
00:05:30  {{r:SIM}} (via interpreter): He says he wants to go with you, but he is afraid for {{p:Tuấn}}.
00:05:41  PC {{p:OKAFOR}}: Control, 2291, requesting a modern slavery first responder and a unit for a second potential victim, a Vietnamese male, first name {{p:Tuấn}}.
[END OF EXTRACT - remainder of footage 00:06:09 to 00:41:09 not transcribed]
""",
    },
    {
        "id": "h66-en-16",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Yong-jin", "최용진", "witness", ["Yong-jin", "Choi Yong-jin", "Mr C"]),
            ("Choe Sun-ae", "최순애", "relative", ["Sun-ae"]),
            ("Kim Pong-nam", "김봉남", "coworker", ["Pong-nam"]),
        ],
        "note": "Extract from a safeguarding adult review into the death of a former North Korean overseas worker, named with the family's agreement; practitioners and agencies by name and by role, the man as Choe, Choi and 'Mr C', his sister in Seoul, a friend from the logging camp, the reviewer's initials; real safeguarding board, council and charity public; role titles (GP, the reviewer, Practitioner B) not names.",
        "text": """SAFEGUARDING ADULT REVIEW - "{{r:Yong-jin}}"
Commissioned by {{u:Kingston and Richmond Safeguarding Adults Board}}
Independent reviewer: Dr {{p:Margaret Ellery}}   Published version (extract, sections 3-5)

3. Who was {{r:Yong-jin}}?
3.1 {{r:Choe Yong-jin}} (written {{r:Choi Yong-jin}} by most agencies) was 51 when he died at home in {{u:New Malden}} in January 2023. His sister, {{r:Choe Sun-ae}}, who lives in {{u:Seoul}}, asked that the review use his real first name: "He was called a case number all his life." The review does so.
3.2 {{r:Yong-jin}} spent eleven years in logging camps in the {{u:Russian Far East}} under North Korean state contracts. His friend from the camps, {{r:Kim Pong-nam}}, told the reviewer that {{r:Yong-jin}} "carried logs on his back at minus forty and sent every rouble home". {{r:Pong-nam}} also came to the {{u:United Kingdom}} and was the last person to see him alive.
3.3 In this report agencies' records call him "Mr {{r:C}}"; where quoted, this is kept.

4. Key episodes
4.1 March 2021. GP Dr {{p:Anthony Ferris}} recorded alcohol use and back pain. A referral to talking therapies was declined. The record reads: "Mr {{r:C}} says he has no problems, only pain."
4.2 June 2021. Housing officer {{p:Kirsty Lamb}} ({{u:Royal Borough of Kingston upon Thames}}) visited after rent arrears. She noted the flat was cold and that Mr {{r:Choi}} "seemed confused". No referral was made.
4.3 November 2022. {{r:Kim Pong-nam}} phoned the NGO helpline and spoke to caseworker {{p:Eun-seo Park}}. He said {{r:Yong-jin}} was not eating. Ms {{p:Park}} made a safeguarding referral, received by social worker {{p:Daniel Okoro}} on 24 November.
4.4 December 2022. Mr {{p:Okoro}} tried twice to visit. A note says "no answer, will try again in new year". Practitioner B (a district nurse) visited for a leg ulcer on 28 December; Mr {{r:C}} did not open the door.
4.5 January 2023. {{r:Pong-nam}} found {{r:Yong-jin}} on 9 January. The coroner, Mr {{p:Howard Blyth}}, recorded hypothermia with chronic alcohol use contributing.

5. Findings (extract)
5.1 Interpreting: on three occasions there was no Korean interpreter. {{r:Sun-ae}} told the reviewer: "My brother understood less English than they thought."
5.2 Trauma: no agency asked about {{r:Yong-jin}}'s years in {{u:Russia}}. The reviewer, {{p:M.E.}}, recommends training with {{u:Freedom from Torture}} on forced-labour histories.
5.3 Professional curiosity: "no answer" was accepted twice. The board has agreed with the hospital trust and the council that unanswered visits to people known to be isolated will be escalated within 48 hours.
""",
    },
    {
        "id": "h66-en-17",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jo Kwang-chol", "조광철", "witness", ["Kwang-chol", "Cho Kwang-chol"]),
            ("Ri Song-man", "리성만", "coworker", ["Song-man", "Li Song Man"]),
            ("Kim Hyok", "김혁", "coworker", ["Hyok"]),
        ],
        "note": "Entry in an abandoned-seafarers database with a crew list; North Korean, Myanmar, Indonesian and Russian crew, ship-owner and master fictional, a master surnamed Song beside the crew's 'song', Ri/Li spellings; real ILO, IMO, ITF, port and flag state public; invented vessel and owner unmarked.",
        "text": """ABANDONMENT OF SEAFARERS - CASE RECORD
Database: {{u:ILO}} / {{u:IMO}} Joint Database on Abandonment of Seafarers
Vessel: ORIENT GRACE 9 (general cargo)   Official no.: 8xxxxxx   Flag: {{u:Sierra Leone}}
Date abandoned: 2020-11-02   Port: {{u:Nakhodka}}, {{u:Russian Federation}}
Number of seafarers: 14   Nationalities: PRK (6), MMR (4), IDN (3), RUS (1)
Shipowner: Grand Orient Shipping Co. Ltd.
Reported by: {{u:ITF}} inspector {{p:Dmitry Sokolov}}   Date reported: 2021-01-18

Crew list (as provided by the master)
 1  {{p:Song Yun-gil}}           Master            PRK
 2  {{r:Jo Kwang-chol}}          Chief Officer     PRK
 3  {{r:Ri Song-man}}            2nd Engineer      PRK
 4  {{r:Kim Hyok}}               AB                PRK
 5  {{p:Pang Chol-ung}}          AB                PRK
 6  {{p:Thae Ung-sik}}           Cook              PRK
 7  {{p:Aung Ko Ko}}             Bosun             MMR
 8  {{p:Zaw Min Htet}}           OS                MMR
 9  {{p:Kyaw Thura}}             Oiler             MMR
10  {{p:Min Naing}}              Wiper             MMR
11  {{p:Budi Santoso}}           AB                IDN
12  {{p:Eko Prasetyo}}           OS                IDN
13  {{p:Yusuf Hidayat}}          Messman           IDN
14  {{p:Andrei Kuzmin}}          Chief Engineer    RUS

Case updates
2021-01-18  {{p:Sokolov}}: Wages unpaid 9 months. Fresh water and provisions low. Master {{p:Song}} says the owner's representative, a Mr {{p:Fung}}, stopped answering in October.
2021-02-03  {{p:Sokolov}}: Crew member {{r:Ri Song-man}} (spelled "{{r:Li Song Man}}" in the port clearance) asks to be repatriated to a third country, not to {{u:Pyongyang}}. The North Korean crew sing together in the mess at night; {{p:Aung Ko Ko}} says the song is always the same.
2021-03-11  {{p:Sokolov}}: Chief Officer {{r:Jo}} ({{r:Cho Kwang-chol}}) and AB {{r:Kim Hyok}} have written statements about the owner's agent confiscating their seaman's books. {{r:Kwang-chol}} says {{r:Hyok}} has a fever; port doctor Dr {{p:Irina Vlasova}} attended.
2021-09-02  Burmese and Indonesian crew repatriated (funded by {{u:ITF}} welfare fund). {{p:Budi}} and {{p:Eko}} signed off.
2021-12-15  Status of North Korean crew unknown. {{p:Sokolov}} reports that {{r:Jo Kwang-chol}}, {{r:Song-man}} and {{r:Hyok}} were taken off the ship by "their consulate" on 30 November. Master {{p:Song Yun-gil}}, {{p:Pang}} and {{p:Thae}} remained. Case open.
""",
    },
    {
        "id": "h66-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Han Kyong-chol", "한경철", "witness", ["경철", "Han Gyeong-cheol", "韓京哲"]),
            ("Jo Yong-phal", "조용팔", "other", ["조 사장", "용팔"]),
            ("Ri Sun-dok", "리순덕", "relative", ["이순덕", "순덕"]),
        ],
        "note": "Korean certified-content letter (내용증명) from a former construction worker in Kuwait to a broker demanding repayment; sender and recipient blocks, the broker as 조용팔 and as 조 사장 (title outside), the wife under North and South spellings 리순덕/이순덕, a witness and a lawyer named in the body; the Hanja form of the sender's name, the words 한 (one) and 이상 (ordinary) are traps; real post office, court and countries public.",
        "text": """내 용 증 명

발 신 인 : {{r:한경철}} ({{r:韓京哲}})
주      소 : (생략)
연 락 처 : 010-****-5521

수 신 인 : {{r:조용팔}}
주      소 : (생략)

제      목 : 대여금 및 알선 수수료 반환 청구

1. 귀하의 건승을 기원합니다.

2. 발신인 {{r:한경철}}은 2012년부터 2016년까지 {{u:쿠웨이트}}의 건설 현장에서 {{u:북한}} 당국이 보낸 노동자로 일하였고, 2019년 {{u:대한민국}}에 입국한 사람입니다. 수신인 {{r:조용팔}}(이하 "{{r:조}} 사장")은 2020년 3월경 발신인에게 "{{u:중국}}에 있는 처 {{r:리순덕}}을 {{u:한국}}으로 데려오겠다"고 하면서 알선 비용 명목으로 금 일천이백만 원(12,000,000원)을 받아 갔습니다.

3. 그러나 {{r:조}} 사장은 1년이 넘도록 아무 결과도 알려 주지 않았고, 2021년 7월 발신인의 처 {{r:순덕}}({{u:한국}} 서류상 {{r:이순덕}})은 공안에 체포되어 북송되었습니다. 이 사실은 당시 같은 집에 있던 {{p:강명화}} 씨가 발신인에게 전화로 알려 주었습니다.

4. 발신인은 2021년 9월 15일 수신인에게 돈을 돌려 달라고 요구하였고, 수신인은 같은 자리에 있던 {{p:박태수}} 씨 앞에서 "한 달 안에 절반은 주겠다"고 말하였습니다. 그러나 지금까지 한 푼도 반환하지 않았습니다.

5. 이에 발신인은 수신인에게 본 내용증명을 받은 날로부터 14일 이내에 금 12,000,000원을 아래 계좌로 반환할 것을 요구합니다.
   - 계좌: 별지 기재 / 예금주: {{r:한경철}}

6. 위 기한 내에 반환하지 않을 경우, 발신인은 법률구조 변호사 {{p:윤세진}}을 통하여 {{u:서울북부지방법원}}에 민사소송을 제기하고 사기죄로 고소할 예정임을 알려 드립니다. 이상의 내용을 분명히 알려 드립니다.

※ 참고로 수신인이 2020년 5월 발신인에게 보낸 문자("{{r:경철}}이 형님, {{r:순덕}} 누님 곧 나온다. 조금만 기다려라. -{{r:용팔}}")는 사본으로 보관하고 있습니다.

2024년 2월 5일

발신인  {{r:한경철}} (인)

이 우편물은 2024년 2월 5일 등기 제1234567호에 의하여 내용증명 우편물로 발송하였음을 증명함.
{{u:노원우체국}}장
""",
    },
    {
        "id": "h66-ko-02",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kang Ha-ryong", "강하룡", "relative", ["하룡"]),
            ("Kang Myong-jin", "강명진", "witness", ["명진"]),
            ("Chae Yong-hui", "채용희", "relative", ["용희"]),
        ],
        "note": "Minutes of a Korean school-violence review committee hearing where the victim is the son of a former North Korean worker; committee members with titles after the name (위원장, 위원, 장학사), students and parents with particles and the affectionate suffix (하룡이가), the father's past in Russia, slurs quoted; the words 위원장, 간사 and 한 unmarked; real education office, news agency, region and countries public.",
        "text": """학교폭력대책심의위원회 회의록 (발췌)

1. 일시: 2023. 11. 22.(수) 15:00~17:10
2. 장소: {{u:서울특별시강서양천교육지원청}} 3층 회의실
3. 출석위원: {{p:정미경}} 위원장, {{p:허성준}} 위원, {{p:남궁은비}} 위원, {{p:손태호}} 위원(경찰), {{p:라윤정}} 위원(학부모)
4. 간사: {{p:도경민}} 장학사
5. 사안: 중학교 2학년 피해학생 {{r:강하룡}}, 관련학생 {{p:유시후}}, {{p:변재원}}

6. 회의 내용
위원장({{p:정미경}}): 지금부터 회의를 시작하겠습니다. 먼저 간사께서 사안을 보고해 주십시오.
간사({{p:도경민}}): 피해학생 {{r:강하룡}}은 2023년 3월 전학 온 학생으로, 아버지 {{r:강명진}} 씨가 {{u:북한}}에서 {{u:러시아}}로 파견되어 일하다가 탈북한 분입니다. 9월부터 관련학생 {{p:유시후}}, {{p:변재원}}이 {{r:하룡}}이에게 "{{u:북한}} 노예 아들", "아빠 벌목공"이라고 부르고, 단체 대화방에 {{r:강명진}} 씨의 기사 사진을 올렸다는 신고가 있었습니다.
{{p:허성준}} 위원: 기사 사진이라는 것은 무엇입니까?
간사: {{u:연합뉴스}} 기사에 아버지가 실명으로 인터뷰한 사진입니다. 기사에는 {{r:강명진}} 씨가 {{u:아무르주}} 벌목장에서 반장 {{p:곽대식}}에게 맞았다는 내용이 있습니다.
(피해학생 측 진술)
{{r:강하룡}}: {{p:시후}}가 처음에는 장난이라고 했어요. 근데 {{p:재원}}이가 계속 따라 했어요.
피해학생 보호자 {{r:채용희}}(어머니): 우리 {{r:하룡}}이가 밤에 잠을 못 잡니다. 애 아빠는 자기 때문이라고 합니다.
{{p:라윤정}} 위원: 아버님은 오늘 오지 않으셨나요?
{{r:채용희}}: 남편 {{r:명진}} 씨는 오늘 일을 빠질 수가 없어서 못 왔습니다.
(관련학생 측 진술)
{{p:유시후}}: 재미로 한 거예요. {{r:하룡}}이 아빠가 TV에 나와서 다들 알았어요.
관련학생 보호자 {{p:유광일}}: 아이가 잘못한 것은 맞습니다. 다만 한 번 더 기회를 주셨으면 합니다.

7. 심의 결과
관련학생 {{p:유시후}}: 제3호(학교에서의 봉사) 및 특별교육 4시간
관련학생 {{p:변재원}}: 제2호(접촉, 협박 및 보복행위의 금지)
피해학생 {{r:강하룡}}: 심리상담 및 조언(제1호 보호조치)

위원장 {{p:정미경}} (서명)   간사 {{p:도경민}} (서명)
""",
    },
    {
        "id": "h66-ko-03",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Tak Yong-nam", "탁용남", "witness", ["용남"]),
            ("Tak Jin-u", "탁진우", "relative", ["진우", "Tak Jin-woo"]),
            ("Ryom Chun-bok", "렴춘복", "coworker", ["염춘복", "춘복"]),
        ],
        "note": "Korean grave-relocation notice (분묘개장 공고) for unclaimed graves on a development site, with the gravestone inscriptions and an NGO staff memo identifying one grave as that of a former logging worker whose testimony the NGO holds; names inside inscriptions (故 탁용남之墓, 망 ○○○), a North/South spelling pair 렴/염, the notice's applicant company invented, a public official and a stonemason named; the words 기, 묘 and 망 (late) are not names; the province abbreviation 咸北 public; real province, city, law and places public; CRLF.",
        "text": """분 묘 개 장 공 고

「{{u:장사 등에 관한 법률}}」 제27조 및 같은 법 시행규칙 제18조에 따라 연고자를 알 수 없는 분묘를 개장하고자 다음과 같이 공고합니다.

1. 분묘 소재지: {{u:경기도}} {{u:안성시}} (번지 생략) 임야
2. 분묘 기수: 3기
3. 분묘 현황 (비석 판독 내용)
   가. 1호 분묘: 비석 있음. "故 {{r:탁용남}}之墓 / 1948年 {{u:咸北}} 出生 / 2014年 卒 / 子 {{r:진우}} 立"
   나. 2호 분묘: 비석 있음. "망 {{p:변옥희}} / 2016. 3. 7. 영면"
   다. 3호 분묘: 비석 없음. 목재 표지에 "{{p:렴}}" 한 글자만 남아 있음.
4. 개장 후 안치 장소: 시립 공설 봉안당 (10년간 보관)
5. 연고자 신고 기간: 공고일로부터 3개월
6. 신고처: 시행사 삼죽개발(주) 담당 {{p:오재필}} 과장 / {{u:안성시청}} 노인장애인과 장사 담당 주무관 {{p:편수아}}
7. 기타: 신고 기간 내 연고자가 나타나지 않는 경우 무연분묘로 처리합니다.

2024년 4월 1일
삼죽개발 주식회사 대표이사 {{p:윤덕만}}

---- 이하 단체 내부 메모 (상담팀 {{p:금하은}}, 2024. 4. 9.) ----
- 1호 분묘의 {{r:탁용남}} 선생님은 우리 단체가 2011년에 증언을 받은 분과 동일인으로 보임. 증언 파일 번호 RU-1103. {{r:탁용남}} 님은 1990년대 {{u:러시아}} {{u:하바롭스크}} 벌목장에서 8년 일하셨고, 함께 일한 {{r:렴춘복}}({{u:한국}} 서류상 {{r:염춘복}}) 씨와 같이 탈북.
- 비석의 "子 {{r:진우}}"는 아들 {{r:탁진우}} 씨. {{r:진우}} 씨 연락처는 2015년 이후 끊김. 하나센터 담당자 {{p:연미선}} 선생님께 확인 요청함.
- 3호 분묘의 "{{p:렴}}"은 {{r:춘복}} 씨일 가능성이 있으나 확인 안 됨. {{r:렴춘복}} 씨는 2018년에 사망한 것으로만 들었음. 석재상 {{p:하동수}} 사장님 말로는 3호 목재 표지는 10년 이상 된 것이라고 함.
- 2호 {{p:변옥희}} 씨는 우리 단체와 관계 없음.
- 다음 주에 {{r:탁진우}} 씨를 찾으면 유해를 봉안당이 아니라 {{r:용남}} 선생님 고향 쪽이 보이는 {{u:파주}}로 모시는 것을 원하실지 여쭐 것.
""",
    },
    {
        "id": "h66-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Sok Hye-gyong", "석혜경", "witness", ["혜경"]),
            ("Ri Tae-ho", "리태호", "relative", ["태호", "이태호"]),
        ],
        "note": "Court notice of service by publication (공시송달) in a divorce case brought by a former North Korean restaurant worker against a husband who remains in the North; case number, court clerk (법원주사) and judge named, the husband's last known address in North Korea, the plaintiff's lawyer and office manager, the South Korean spelling 이태호 quoted as the form not used; 원고/피고 and 원 (won) are not names; real court and places public.",
        "text": """{{u:서울가정법원}}
공 시 송 달 공 고

사       건  2023드단51234 이혼
원       고  {{r:석혜경}} (소송대리인 변호사 {{p:맹지현}})
피       고  {{r:리태호}}
              최후 주소: {{u:조선민주주의인민공화국}} {{u:량강도}} {{u:혜산시}} (이하 불명)

위 사건에 관하여 피고 {{r:리태호}}에게 소장 부본, 변론기일 소환장 및 원고 제출 준비서면(2024. 1. 8.자)을 공시송달합니다.
피고는 이 공고가 있은 날부터 2주가 지나면 위 서류를 송달받은 것으로 봅니다.
변론기일: 2024. 3. 14. 10:20, 제3별관 제301호 법정

2024. 1. 22.
법원주사 {{p:신영란}}

[참고: 사건 개요 - 원고 대리인 {{p:맹지현}} 변호사 사무실 작성 의뢰인 안내문]
{{r:혜경}} 님께,
1. {{r:석혜경}} 님은 2015년부터 2018년까지 {{u:단둥}}의 {{u:북한}} 식당에서 일하셨고, 그 사이 남편 {{r:리태호}} 님은 {{u:혜산}}에 남아 계셨습니다. {{u:북한}}에 있는 배우자에게는 소장을 직접 보낼 수 없어서 판사님({{p:주한솔}} 판사)께서 공시송달을 허가하셨습니다.
2. 법원 기록에는 남편분 성함이 "{{r:리태호}}"로 적혀 있고, {{r:혜경}} 님의 {{u:북한}} 공민증 사본에도 같은 이름이 있습니다. 한국식 표기인 "{{r:이태호}}"는 쓰지 않았습니다.
3. 기일에는 {{r:혜경}} 님이 직접 나오셔서, {{r:태호}} 님과 마지막으로 연락한 때(2017년 설, 식당 지배인 {{p:방옥화}}의 전화로 통화)를 말씀하시면 됩니다.
4. 증인으로는 같은 식당에서 일한 {{p:성은별}} 씨를 신청할 예정입니다. {{p:은별}} 씨는 {{r:혜경}} 님의 결혼 사실을 알고 있습니다.
5. 비용: 인지대 및 송달료 합계 약 18만 원. 법률구조 지원 대상이므로 본인 부담은 없습니다.
담당 사무장 {{p:탁영민}} 드림
""",
    },
    {
        "id": "h66-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kil Man-sok", "길만석", "witness", ["만석"]),
            ("Kil Ok-bun", "길옥분", "relative", ["옥분"]),
        ],
        "note": "Apartment representative election result notice from a public-rental complex, with candidate profiles and an NGO volunteer's note; a former construction worker in Mongolia elected, election committee members with titles, candidates with particles; the surname 길 beside the word 길 (road) and 만석 beside '만석' (full house) in a slogan; real housing corporation and countries public.",
        "text": """제7기 동별 대표자 선출 선거 결과 공고

{{u:한국토지주택공사}} 임대아파트 (○○단지) 선거관리위원회

1. 선거일시: 2024년 5월 18일(토) 09:00~18:00
2. 선거 결과
  ○ 101동 대표: {{p:남궁현수}} (득표 84, 투표율 61%)
  ○ 102동 대표: {{r:길만석}} (득표 57 / 상대 후보 {{p:황보정애}} 49)
  ○ 103동 대표: {{p:모기철}} (단독 출마, 찬성 72)
3. 당선인은 2024년 6월 1일부터 2년간 임기를 수행합니다.
4. 이의신청: 공고일로부터 7일 이내 관리사무소 선거관리위원회에 서면 제출

선거관리위원장 {{p:어희정}}   위원 {{p:국진호}}, {{p:피은숙}}
관리사무소장 {{p:탁상훈}}

[참고] 102동 후보 소개문 (선거 전 게시물)
기호 1번 {{r:길만석}} (68세)
 - {{u:몽골}} 건설 현장 근무(2003~2009), 2012년 {{u:대한민국}} 정착
 - 현 단지 경로당 총무
 - 공약: "우리 동 앞 길부터 밝히겠습니다! 주차장 가로등 교체, 경로당 만석 걱정 없는 쉼터 확장"
 - 추천인: {{p:소영자}}, {{p:우명길}} 외 8명
기호 2번 {{p:황보정애}} (59세)
 - 전 부녀회장
 - 공약: 분리수거장 CCTV 설치

---- 자원봉사자 메모 ({{p:편지민}}, 지역 지부) ----
{{r:만석}} 어르신이 동대표에 당선되셨습니다. 어르신은 우리 단체 증언집 3권에 실명으로 나오시는데, 같은 동 주민 {{p:황보정애}} 씨가 선거 기간에 "북에서 온 사람이 무슨 대표냐"고 했다고 합니다. 어르신 부인 {{r:길옥분}} 님(같은 성씨, 본관만 다름)이 많이 속상해하셨고, {{r:옥분}} 님은 증언집에서 어르신 실명을 빼 달라고 요청하셨습니다. {{r:길만석}} 님 본인은 "{{u:몽골}}에서 벽돌 찍던 얘기, 이제는 숨길 것 없다"고 하십니다. 다음 편집회의({{p:육혜린}} 팀장)에서 논의 바랍니다.
""",
    },
    {
        "id": "h66-ko-06",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Pyo Chang-sik", "표창식", "witness", ["창식"]),
            ("Pyo Kum-ok", "표금옥", "relative", ["금옥"]),
            ("Kye Tong-chun", "계동춘", "coworker", ["동춘", "동춘이"]),
            ("Ri Won-sam", "리원삼", "supervisor", ["원삼", "리 지도원"]),
        ],
        "note": "Long-term-care service record (장기요양 급여제공기록지) for an elderly former logging worker with dementia, day by day; care workers and a nurse named, the recipient's reminiscences naming coworkers and a camp political instructor (리 지도원, title outside), a daughter with particles, the recipient calling himself by his given name with the vocative 아; the word 표 (ticket/chart) beside the surname 표, 계 (plan, savings club) beside the surname 계; real places public.",
        "text": """장기요양 급여제공기록지 (방문요양)
수급자: {{r:표창식}} (남, 1944년생, 인정등급 3등급)   장기요양인정번호: L**********
기관: 늘푸른재가복지센터 ({{u:서울}} {{u:강북구}})   요양보호사: {{p:심은정}}, {{p:도희순}}(주말)   관리책임자: 사회복지사 {{p:봉재욱}}

5/6(월) 09:00~12:00 요양보호사 {{p:심은정}}
 - 식사: 죽 반 그릇. 혈압 138/84.
 - 특이사항: 어르신이 오늘도 "{{r:동춘}}이 어디 갔냐"고 찾으심. 따님 {{r:금옥}} 님에게 여쭤 보니 {{r:계동춘}} 씨는 어르신이 1990년대 {{u:러시아}} {{u:아무르주}} 벌목장에서 같이 일한 친구분이라고 함.
5/7(화) 09:00~12:00 요양보호사 {{p:심은정}}
 - 목욕 도움. 오른쪽 발가락 동상 흉터 확인.
 - 특이사항: 어르신 말씀 "{{r:리}} 지도원이 내 표를 찢었어. 표가 없으면 밥을 안 줘." (식권을 '표'라고 하심.) {{r:리원삼}}이라는 이름을 세 번 말씀하심. 기록함.
5/8(수) 09:00~12:00 요양보호사 {{p:심은정}}
 - 어버이날. 따님 {{r:표금옥}} 님 방문, 카네이션 드림. {{r:금옥}} 님이 아버님이 요즘 자꾸 벌목장 얘기를 하신다며 증언 단체 상담사 {{p:육소연}} 선생님께 연락해 보겠다고 하심.
5/9(목) 09:00~12:00 요양보호사 {{p:심은정}}
 - 간호사 {{p:전미숙}} 방문간호 동행. 욕창 없음.
 - 특이사항: 어르신이 "{{r:동춘}}이가 계 들자고 했는데 {{r:원삼}}이가 다 가져갔다"고 하심. (동네 계모임 얘기인지 벌목장 얘기인지 불분명.)
5/11(토) 10:00~13:00 요양보호사 {{p:도희순}}
 - 어르신이 오전 내내 창밖을 보시며 "{{r:창식}}아, 나무 넘어간다, 피해라" 하고 혼잣말하심. 본인 이름을 부르시는 것임.
 - 점심: 밥 2/3 공기.
5/13(월) 09:00~12:00 요양보호사 {{p:심은정}}
 - 관리책임자 {{p:봉재욱}} 선생님 모니터링 방문. 보호자 {{r:금옥}} 님 동의하에 상담사 {{p:육소연}} 선생님이 다음 주 방문 예정.

확인: 수급자(보호자) {{r:표금옥}} (서명)   요양보호사 {{p:심은정}} (서명)
""",
    },
    {
        "id": "h66-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Mo Song-jin", "모성진", "witness", ["성진"]),
            ("Jong Yong-gil", "정영길", "supervisor", ["영길", "정 대표"]),
            ("Mo Chun-hui", "모춘희", "relative", ["춘희"]),
        ],
        "note": "Public defender's prison visit notes (국선변호인 접견 기록) for a former worker in Russia charged with assault in Ansan; the accused, the victim (his former site boss now a labour broker, 정 대표 with title outside), witnesses, a prison officer and prosecutor named; the surname 모 in '모 씨' for the accused beside 모(某) 씨 meaning an unknown person, 정 in 정 대표 beside 정말; real detention centre, cities and country public.",
        "text": """접견 기록
사건: 2024고단1187 상해   피고인: {{r:모성진}} (1983년생)
접견 장소: {{u:서울구치소}} 변호인 접견실 2호   일시: 2024. 3. 12. 14:00~15:10
변호인: 국선전담변호사 {{p:하지원}}   동석: 없음   교도관: {{p:곽동현}} 교위(입회 없음, 밖에서 대기)

1. 공소사실 요지
피고인은 2024. 1. 20. 23시경 {{u:안산시}}의 한 식당 앞에서 피해자 {{r:정영길}}의 얼굴을 주먹으로 2회 때려 전치 3주 상해를 가함.

2. 피고인 진술
- 때린 것은 맞다. 정말 후회한다.
- {{r:정영길}}은 2016~2018년 {{u:러시아}} {{u:블라디보스토크}} 건설 현장에서 자신의 작업반장이었다. 당시 피고인을 포함한 반원 12명의 월급을 {{r:정영길}}이 다 받아서 "당자금"이라며 가져갔다.
- 피고인은 2019년 탈북, 2021년 입국. 작년에 {{r:정영길}}을 우연히 봤는데, 그 사람도 탈북해서 지금은 인력사무소 "{{r:정}} 대표"로 불린다.
- 사건 당일 {{r:정}} 대표가 술자리에서 "{{r:성진}}이 너는 그때도 게을렀다"고 해서 참지 못했다.
- 현장에 같이 있던 사람: 식당 주인 {{p:왕서연}}(조선족), 고향 선배 {{p:탁명수}}. {{p:탁명수}} 형이 말렸다.
- 어머니 {{r:모춘희}}는 {{u:함흥}}에 있다. {{r:춘희}} 어머니 얘기는 재판에서 하지 말아 달라.

3. 증거 관련
- 검사({{p:오세린}} 검사) 제출 CCTV 영상: 두 번 때리는 장면 있음.
- 피해자 진술서에 "{{r:모}} 씨가 먼저 욕을 했다"는 부분 → 피고인은 부인. 또 피해자는 "가해자 외에 모(某) 씨, 즉 성명 불상 1명이 더 있었다"고 하는데, 그 사람은 {{p:탁명수}}로 보임.
- 피고인이 가진 자료: {{u:블라디보스토크}} 시절 반원 명단 사진 1장(반원 중 {{p:길영호}}, {{p:석철민}}의 이름 확인됨).

4. 변론 방향
- 범행은 인정, 양형에서 피해자와의 관계({{u:러시아}} 현장에서의 임금 착취)를 설명.
- 탄원서: {{p:탁명수}}, 정착도우미 {{p:염혜숙}}, 직장 사장 {{p:남윤호}}.
- 피해자와 합의 시도 여부: 피고인 "{{r:영길}}이한테 절대 머리 숙이지 않겠다". 설득 필요.

다음 접견: 3. 26. 예정. {{p:하지원}}
""",
    },
    {
        "id": "h66-ko-08",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Hyon Chol-ung", "현철웅", "witness", ["철웅", "큐대장"]),
            ("Yom Kwang-nam", "염광남", "coworker", ["광남", "렴광남", "카타르아재"]),
        ],
        "note": "Naver Cafe post of a billiards club of North Korean settlers with league results, nicknames in brackets, comments with emoji; the club's organiser and members by name and by cafe nickname (큐대장, 쓰리쿠션왕, 카타르아재, 초보탈출 as nicknames that refer to persons, while 초보탈출 in a later comment is an ordinary phrase), a member who worked in Qatar with a co-worker also in the club under the 염/렴 spelling pair; billiards words (큐, 뱅크샷, 하이런) and 이상 unmarked; real platform and country public.",
        "text": """[{{u:네이버 카페}}] 노원 하나당구회 > 리그 결과
제목: 🎱 4월 정기 리그 결과 + 5월 일정 (운영진 {{p:나보람}})

안녕하세요 회원님들~ 4월 리그 결과 올립니다!

■ 4구 리그 최종 순위
1위 {{r:현철웅}} ({{r:큐대장}}) 5승 1패 - 하이런 14점!!
2위 {{p:설동민}} ({{p:쓰리쿠션왕}}) 4승 2패
3위 {{r:염광남}} ({{r:카타르아재}}) 4승 2패
4위 {{p:봉미연}} ({{p:초보탈출}}) 3승 3패
5위 {{p:육태준}} 2승 4패
6위 {{p:마은주}} 0승 6패 (다음 달엔 꼭 1승 하실 거예요 ㅎㅎ)

■ 명장면
{{r:큐대장}}님 마지막 판 뱅크샷은 진짜 예술이었습니다. {{r:철웅}} 형님 말씀이 "{{u:카타르}} 현장에서 숙소 당구대 하나로 2년 연습했다"고 ㅋㅋ 그 당구대 얘기는 {{r:광남}} 형님도 같이 하셨죠. 두 분이 같은 현장 출신인 거 이번에 처음 알았어요!

■ 5월 일정
5/11(토) 14시, 역 근처 당구장. 회비 1만 원 이상 미납하신 분은 총무 {{p:채윤아}}님께 입금 부탁드려요.
5/25(토)는 {{p:나보람}} 생일이라 뒤풀이 있습니다 🎂

-----
댓글 (5)
{{p:설동민}}: {{r:큐대장}}님 다음엔 제가 이깁니다 🔥
  └ {{r:현철웅}}: {{p:동민}}이 3쿠션이나 연습해라 ㅋㅋ
{{r:염광남}}: {{u:카타르}} 얘기는 그만ㅋㅋ {{r:철웅}}이 형 때문에 소문 다 났네. 그때 우리 반장 {{p:기}} 동무 생각나면 아직도 열받음
  └ {{p:나보람}}: 앗 죄송해요 형님 ㅠㅠ 글에서 지울까요?
  └ {{r:염광남}}: 아니 괜찮아~ 근데 내 이름 "{{r:렴광남}}"으로도 검색되니까 성은 빼줘
{{p:봉미연}}: 초보탈출 아직 못 했어요 😂 {{p:은주}} 언니랑 같이 연습해요
{{p:마은주}}: {{p:미연}}아 ❤️ 다음 달엔 1승!
""",
    },
    {
        "id": "h66-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ok Son-hwa", "옥선화", "witness", ["선화"]),
            ("Ok Chol-ho", "옥철호", "relative", ["철호"]),
        ],
        "note": "Telecom call-centre consultation history for a former restaurant worker disputing international call charges to China; agents by name and employee number, the customer with honorific 고객님 outside, her brother in China, a broker's Chinese name, a zero-width space inside the customer's name in one entry; the surname 옥 beside 옥 in 옥수동 (place) and 선화 beside 선물 are traps; real telecom company, countries and district public.",
        "text": """[{{u:KT}} 고객센터 상담이력 조회]  출력자: {{p:권다인}}(상담사 K20931)  출력일: 2024-07-02
고객명: {{r:옥선화}}   회선: 010-****-7741   요금제: 5G 슬림   가입지: {{u:성동구}} {{u:옥수동}} 대리점

[2024-06-03 10:12] 인바운드 / 상담사 {{p:허윤서}}(K20877)
 - 고객님 6월 청구서에 국제전화 요금 184,300원 문의. 통화 대상국 {{u:중국}}(+86).
 - 고객님 말씀: {{u:중국}}에 있는 오빠 {{r:옥철호}} 씨와 통화한 것은 맞으나 "국제전화 무료라고 들었다"고 하심.
 - 안내: 국제전화 부가서비스 미가입. 이의신청 절차 안내.
[2024-06-03 10:31] 인바운드 / 상담사 {{p:허윤서}}(K20877)
 - 고객님 재문의. 통화 상대가 오빠 {{r:철호}} 씨 말고 "{{p:진호}}"라는 그쪽 연락책(고객님 표현)도 있었다고 하심. 해당 번호 3건.
[2024-06-05 15:40] 인바운드 / 상담사 {{p:모승기}}(K21120)
 - 고객님 본인이 아니라 지인 {{p:남희정}} 씨(고객님이 다니는 복지관 상담사라고 하심)가 대신 전화. 본인 확인 불가로 상담 불가 안내. 고객님 바꿔 달라 요청.
 - {{r:선화}} 고객님과 통화: 대리인 동의 후 {{p:남희정}} 씨와 상담 진행.
 - {{p:남희정}} 씨 설명: 고객님은 {{u:북한}}에서 {{u:러시아}}의 식당으로 파견되었다가 2019년 입국. 오빠 {{r:옥철호}} 씨는 {{u:단둥}}에서 무역회사 노동자. 연락책 "{{p:진호}}"의 본명은 {{p:金振浩}}로 알고 있음.
[2024-06-12 09:05] 아웃바운드 / 이의신청 담당 {{p:석다현}}(K30011)
 - 이의신청 결과: 부가서비스 안내 미흡 일부 인정, 50% 감면(92,150원).
 - {{r:옥\u200b선화}} 고객님께 결과 안내. 고객님이 "{{r:철호}} 오빠가 돈 달라고 한 게 아니라 제가 건 거예요"라고 하심.
[2024-07-01 18:22] 인바운드 / 상담사 {{p:권다인}}(K20931)
 - 고객님께서 국제전화 정액 부가서비스 가입 원하심. 가입 처리 완료.
 - 메모: 고객님 요청으로 연락처 메모란에 적힌 "오빠({{r:옥철호}})", "{{p:진호}}" 삭제함. 선물하기 포인트 안내는 하지 않음.
""",
    },
    {
        "id": "h66-ko-10",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ham Yong-su", "함용수", "witness", ["용수"]),
            ("Kwak Tae-ryong", "곽태룡", "supervisor", ["태룡", "곽 사장"]),
            ("Ham Un-jong", "함은정", "relative", ["은정"]),
        ],
        "note": "Emergency-call (112) handling record: a former construction worker in Mongolia reports threats from his former site boss turned broker; call taker, patrol officers and a detective named with ranks after the name, the reporter's wife, the suspect with 사장 title outside; the surname 함 beside 함께, the word 신고자/피신고자 as roles; real police agency and places public; CRLF.",
        "text": """112 신고 접수·처리 내역 (출력본)
접수번호: 20240411-0231   관할: {{u:경기남부경찰청}} 관할 경찰서 / 지령: 관할 지구대
접수 일시: 2024-04-11 22:47:13   접수자: 경장 {{p:노은비}}   코드: 1 (긴급)

[신고 내용]
신고자 {{r:함용수}}(남, 50대): "예전에 {{u:몽골}}에서 우리 반장이던 {{r:곽태룡}}이가 집 앞에 와서 문을 두드리고 있다. 돈 내놓으라고, 안 주면 북에 있는 가족한테 해코지하겠다고 한다. 아내랑 함께 있다. 빨리 와 달라."
접수자 메모: 신고자 목소리 떨림. 배경에 남성 고함("{{r:용수}}야 문 열어!") 들림. 아내 {{r:함은정}} 씨가 옆에서 울고 있음.

[지령 및 출동]
22:48 지구대 순찰 23호 지령 (경위 {{p:반석규}}, 순경 {{p:하예린}})
22:53 현장 도착. 피신고자 {{r:곽태룡}}(남, 50대) 계단에 있음. 주취 상태.
22:58 {{p:반석규}} 경위 보고: 피신고자 "나는 {{r:함용수}}한테 빌려준 돈 받으러 왔다"고 주장. 신고자는 "빌린 적 없다. {{r:곽}} 사장이 그 현장에서 우리 월급을 떼먹었다"고 진술.
23:05 {{p:하예린}} 순경: 신고자 아내 {{r:은정}} 씨 진술 청취. "저 사람이 한 달 전에도 왔었다. {{r:용수}} 씨가 {{u:울란바토르}} 현장 얘기를 방송에서 한 뒤부터 이런다."
23:12 피신고자 {{r:곽태룡}} 귀가 조치, 경고. 협박죄 고소 의사 확인 → 신고자 "생각해 보겠다".
23:20 종결 (현장 종결, 재발 우려 있음)

[후속 조치]
04-12 09:30 여성청소년계 아님. 보안계(신변보호) 담당 경사 {{p:설태윤}}에게 통보. {{p:설태윤}} 경사는 신고자의 신변보호 담당관임.
04-12 14:10 {{p:설태윤}}: 신고자 {{r:함용수}} 면담. 신고자가 {{r:태룡}}과 같은 현장에 있던 {{p:국영철}}, {{p:봉기남}}의 이름을 댐. {{r:곽태룡}}은 2017년 입국한 탈북민이며, 현재 인력 중개업을 함.
처리자: 경장 {{p:노은비}} / 확인: 경감 {{p:도상철}}
""",
    },
    {
        "id": "h66-ko-11",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yun Sae-byol", "윤새별", "witness", ["새별", "saebyeol"]),
            ("Yun Myong-ho", "윤명호", "relative", ["명호"]),
            ("Sin Kwang-ok", "신광옥", "supervisor", ["광옥"]),
        ],
        "note": "Instagram post and comments by a young settler about her father, a former construction worker in Kuwait; handles where only the name part is labelled (a name with a suffix number or a pen-name tail stays partly outside), hashtags with a name and particles (#윤명호를_기억합니다), emoji after names, a commenter who names the father's former boss; the words 새벽 and 별 next to the given name 새별, which the author also uses for herself; real platform and country public.",
        "text": """📷 {{u:Instagram}} - 게시물 캡처 (단체 SNS 모니터링, 2024. 6. 16.)

{{r:saebyeol_yoon}} · 팔로잉
[사진 3장: 공사장 헬멧, 낡은 사진 속 남자, 바다]

아빠 생일이에요. 🎂
우리 아빠 {{r:윤명호}}는 2010년에 {{u:쿠웨이트}}에 갔어요. {{u:북한}} 건설 노동자로요. 저는 그때 여덟 살이었고, 아빠는 "세 해만 있다 오마" 했어요. 아빠는 돌아오지 못했어요. 같이 갔던 아저씨가 말해 줬어요. 현장 반장 {{r:신광옥}}이 아픈 사람도 일을 시켰다고요.
오늘 새벽에 별 보면서 아빠한테 말했어요. {{r:새별}}이 잘 살고 있다고. 🌟
#{{r:윤명호}}를_기억합니다 #북한해외노동자 #{{u:쿠웨이트}} #아빠생일

좋아요 1,284개

댓글
{{p:minji.k}}  {{r:새별}}아 ㅠㅠ 아버님 생신 축하드려요 🙏
{{p:dasom}}_the_writer  기사 쓰고 싶은데 DM 드려도 될까요?
  └ {{r:saebyeol_yoon}}  @{{p:dasom}}_the_writer 단체 통해서만 연락 부탁드려요 🙇‍♀️
kuwait_worker_story  저도 2011년에 {{u:쿠웨이트}} 같은 현장에 있었습니다. {{r:신광옥}} 반장 저도 압니다. {{r:명호}} 형님 기억해요. 형님이 {{p:장덕수}}라는 동무를 업고 병원 데려가려다가 {{r:광옥}}이한테 맞았습니다.
  └ {{r:saebyeol_yoon}}  정말요? 연락 주실 수 있나요? 😭
  └ {{p:minji.k}}  @{{r:saebyeol_yoon}} 조심해 {{r:새별}}아
{{p:jieun_park}}  ❤️❤️❤️

---- 모니터링 메모 ({{p:곽수민}}) ----
- "kuwait_worker_story" 계정: 증언 가능성 있음. 실명 미확인. {{r:새별}} 씨 동의 후 DM 예정.
- 댓글의 "{{p:장덕수}}"는 우리 {{u:쿠웨이트}} 파일에 없는 이름. 추가 확인.
- {{r:새별}} 씨가 "{{r:윤새별}}" 실명 대신 계정명만 쓰기를 원함. 보고서에는 "{{r:S}}"로 표기.
""",
    },
    {
        "id": "h66-ko-12",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Kyong-il", "이경일", "witness", ["경일", "리경일"]),
            ("Chon Yong-mi", "천영미", "relative", ["영미"]),
        ],
        "note": "Company personnel appointment notice (인사발령) pasted into an NGO case file to document a former sawmill worker's employment; a long list of employees by department (one foreign name in fullwidth capitals) with positions after the names, the witness in 이/리 spellings, his wife at the same firm; department names like 생산1팀 and the position words 과장, 대리, 주임 are not names; the invented company unmarked, real industrial complex, regions and countries public.",
        "text": """인 사 발 령

(주)새솔테크 / 2024년 7월 1일자

1. 승진
  - 생산1팀 {{p:김도윤}} 대리 → 과장
  - 생산1팀 {{r:이경일}} 주임 → 대리
  - 품질관리팀 {{p:서하늘}} 사원 → 주임
  - 경영지원팀 {{p:표주희}} 대리 → 과장

2. 전보
  - 생산2팀 {{p:하승우}} 과장 → 생산1팀 과장
  - 생산1팀 {{p:맹수정}} 주임 → 물류팀 주임
  - 물류팀 {{p:국태민}} 사원 → 생산2팀 사원
  - 포장팀 {{r:천영미}} 사원 → 품질관리팀 사원

3. 신규 채용
  - 생산1팀 {{p:ＮＧＵＹＥＮ ＶＡＮ ＴＨＡＮＨ}} 사원 (외국인 근로자, E-9)
  - 생산1팀 {{p:Bakhodir Yusupov}} 사원 (외국인 근로자, E-9)

4. 퇴사
  - 물류팀 {{p:편기석}} 과장 (6/30 퇴사)

대표이사 {{p:제갈현우}}

---- 상담팀 메모 ({{p:단예진}}, 2024. 7. 3.) ----
{{r:경일}} 씨가 보내 준 사내 게시판 사진을 옮겨 적음. {{u:북한}} 공민증 및 로동자 명단에는 "{{r:리경일}}"로, {{u:한국}} 주민등록에는 "{{r:이경일}}"로 되어 있음. {{r:이경일}} 씨는 2011~2016년 {{u:러시아}} {{u:연해주}} 제재소에서 일했고 오른손 손가락 두 개를 잃었음에도 {{u:반월국가산업단지}}의 이 회사에서 4년째 근무 중. 이번에 대리로 승진함.
부인 {{r:천영미}} 씨도 같은 회사 포장팀에서 품질관리팀으로 옮김. {{r:영미}} 씨는 "남편이 {{u:러시아}}에서 나무에 깔렸던 얘기를 회사 사람들은 모른다"며 이 자료를 증언 파일에만 넣고 공개하지 말아 달라고 함.
증언 RU-2207의 "산재 후 국내 취업" 부분 보완 자료로 사용. 상사인 {{p:김도윤}} 과장, {{p:하승우}} 과장 이름은 보고서에서 삭제.
관할 고용센터 취업지원 담당 {{p:육은서}} 주무관 확인서도 함께 보관.
""",
    },
    {
        "id": "h66-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Chun-sil", "김춘실", "witness", ["춘실"]),
            ("Pang Hak-chol", "방학철", "witness", ["학철"]),
            ("Sol Myong-ok", "설명옥", "witness", ["명옥"]),
            ("Kim Kum-nyo", "김금녀", "witness", ["금녀"]),
        ],
        "note": "General-meeting minutes of a laundry cooperative run by North Korean settlers, several of them former overseas workers; chair, members, auditor and guest named with titles after the name (이사장, 감사, 조합원), members speaking about their past in China and Russia; the surnames 방 (room), 설 (Lunar New Year) and 김 beside 설명 (explanation), 방학 (school holiday) and 김장 traps; real ministry and city public.",
        "text": """하나세탁협동조합 제5차 정기총회 회의록

일시: 2024년 2월 24일(토) 14:00   장소: 조합 작업장 2층 ({{u:서울}} {{u:양천구}})
참석: 조합원 11명 중 9명 (위임 1명: {{p:고순자}} → {{r:김춘실}})
의장: 이사장 {{r:김춘실}}   서기: 조합원 {{p:모은영}}
내빈: {{u:통일부}} 사회적경제 지원사업 담당 {{p:반재윤}} 사무관, 회계사 {{p:남궁혜린}}

1. 개회 및 성원 보고
서기 {{p:모은영}}이 성원(과반 출석)을 보고하고, 의장 {{r:김춘실}} 이사장이 개회를 선언함.

2. 2023년 사업 및 결산 보고
회계사 {{p:남궁혜린}}: 매출 2억 1,300만 원, 당기순이익 640만 원. 설명 자료 별첨.
감사 {{r:방학철}}: "장부는 맞습니다. 다만 방학 기간에 학교 체육복 세탁 주문이 끊겨 1월 매출이 줄었습니다."

3. 안건 토의
제1호 안건: 조합원 임금 인상(시급 1만 원 → 1만 1천 원)
 - {{r:설명옥}} 조합원: "{{u:중국}} 수산물 공장에서 3년 일할 때는 월급이라는 걸 손에 쥐어 본 적이 없습니다. 여기서는 우리가 정하니까 좋습니다. 찬성합니다."
 - {{r:김금녀}} 조합원: "저도 {{u:러시아}} 봉제공장에서 그랬어요. {{r:명옥}} 언니 말이 맞아요." (웃음)
 - {{p:모은영}} 조합원: 설 연휴 수당도 같이 정하자고 제안.
 - 가결 (찬성 9, 반대 0).
제2호 안건: 김장철 단체 이불 세탁 계약 (구청 경로당)
 - {{r:방학철}} 감사: 기계 1대 추가 필요. {{r:학철}}이 직접 중고 매장 알아보겠음.
 - 가결.
제3호 안건: 임원 선출
 - 이사장: {{r:김춘실}} (연임)   이사: {{r:설명옥}}, {{p:고순자}}   감사: {{r:방학철}}
 - {{r:춘실}} 이사장 인사: "{{u:단둥}} 공장에서 반장 {{p:마영란}}이 우리를 세어 가며 문을 잠그던 생각이 납니다. 여기 문은 우리가 엽니다."

4. 기타
 - {{p:반재윤}} 사무관: 내년 지원사업 공모 안내.

16:20 폐회.
의장 {{r:김춘실}} (인)   서기 {{p:모은영}} (인)   감사 {{r:방학철}} (인)
""",
    },
    {
        "id": "h66-ko-14",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("No Chol-hwan", "노철환", "witness", ["철환"]),
            ("Jin Kyong-hui", "진경희", "supervisor", ["경희", "진 사장"]),
            ("No Sun-hui", "노순희", "relative", ["순희"]),
        ],
        "note": "Certified transcript (녹취록) of a recorded phone call between a former worker in Seoul and a Chinese-Korean broker, prepared for court; speaker labels with names, names in speech with particles and vocatives (순희야), the broker addressed as 진 사장, the shorthand 노 (no) in '노 프라블럼' and the interjection 노노 beside the surname 노; a certified transcriber named; real places public.",
        "text": """녹 취 록

1. 녹음 일시: 2023. 10. 5. 21:14 ~ 21:26 (약 12분)
2. 녹음 파일: 통화녹음_{{r:진경희}}_231005.m4a
3. 화자: 화자1 - {{r:노철환}} (의뢰인), 화자2 - {{r:진경희}} (상대방, {{u:중국}} {{u:연길}} 거주 브로커로 추정)
4. 작성: 속기사무소 바른속기 속기사 {{p:함소율}} (속기사 자격번호 제○○호)

(통화 연결음)
화자2({{r:진경희}}): 여보세요.
화자1({{r:노철환}}): {{r:진}} 사장님, 저 {{r:철환}}입니다.
화자2({{r:진경희}}): 아, {{r:철환}} 씨. 돈은 보냈어요?
화자1({{r:노철환}}): {{r:진}} 사장님, 지난번에 보낸 300만 원은 {{r:순희}}한테 갔습니까?
화자2({{r:진경희}}): 갔지요. 노 프라블럼. {{r:순희}} 씨 잘 받았어요.
화자1({{r:노철환}}): 그런데 {{r:순희}}가 전화로는 못 받았다고 하던데요.
화자2({{r:진경희}}): 노노노, 그럴 리가 없어요. 중간에 {{p:박}} 씨가 전달했어요. {{p:박영춘}}이라고, {{u:혜산}} 쪽 사람.
화자2({{r:진경희}}): 당신 {{u:러시아}}에 있을 때도 {{p:영춘}}이가 돈 날랐어요. 당신 반장 {{p:석}} 동무도 알아요.
화자1({{r:노철환}}): (침묵 약 3초) {{p:석}} 반장은 ... {{p:석}} 반장이 어떻게 압니까?
화자2({{r:진경희}}): 그건 알 것 없고. 이번에 200 더 보내요. 그래야 {{r:순희}}를 {{u:중국}}으로 빼요.
화자1({{r:노철환}}): 제 동생 {{r:노순희}}하고 직접 통화하게 해 주십시오.
화자2({{r:진경희}}): 다음 주에. {{r:순희}}야 하고 부르면 바로 나오게 해 줄게요.
(통화 종료)

※ 속기사 주
- 위 녹취록은 녹음 파일을 들리는 대로 기재하였음. "노 프라블럼"은 영어 no problem을, "노노노"는 부정의 감탄사를 화자2가 발음한 것임.
- 화자1이 말한 "{{p:석}} 반장"은 화자2가 말한 "{{p:석}} 동무"와 같은 사람으로 보이나 속기사는 판단하지 않음.
- 파일 해시값(SHA-256) 및 원본 USB는 의뢰인 대리인 {{p:윤보람}} 변호사에게 인도함.

위 녹취록은 녹음 내용과 다름이 없음을 확인합니다.
2023. 10. 12.  속기사 {{p:함소율}} (인)
""",
    },
    {
        "id": "h66-ko-15",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Chae Kwang-jin", "채광진", "witness", ["광진"]),
            ("Chae Ok-hwa", "채옥화", "relative", ["옥화"]),
            ("Sung Min-chol", "승민철", "coworker", ["민철"]),
        ],
        "note": "Prison deposit (영치금) and visit records of an inmate who is a former overseas worker, copied into an NGO support file; depositors and visitors in a table with relations, a pastor and volunteers, a visit-room officer; the surname 승 beside 승인 (approval), 광진 beside the district 광진구 (public); real prison, city, district and region public.",
        "text": """영치금 입금 및 접견 내역 (수용자 본인 요청에 따라 교부)
수용기관: {{u:여주교도소}}   수용자: {{r:채광진}} (수용번호 2187)   출력일: 2024. 8. 2.

[영치금 입금 내역]
일자         입금자        관계        금액        비고
2024.05.03  {{r:채옥화}}        누나        100,000    인터넷 입금
2024.05.17  {{p:승하윤}}        지인        50,000     창구 입금 (승인번호 0517-22)
2024.06.01  {{r:승민철}}        지인        200,000    은행 무통장
2024.06.14  {{p:국은혜}}        종교위원    30,000     교화 후원
2024.07.02  {{r:채옥화}}        누나        100,000    인터넷 입금
2024.07.19  {{p:심보경}}        후원단체    150,000    단체 명의: 사단법인 새날 (담당 {{p:심보경}})

[접견 내역]
일자         접견인        관계        형태        접견실 담당
2024.05.10  {{r:채옥화}}        누나        일반접견    교위 {{p:명재훈}}
2024.06.07  {{r:승민철}}        지인        일반접견    교위 {{p:명재훈}}
2024.06.21  {{p:국은혜}}        종교위원    교화접견    교사 {{p:라승현}}
2024.07.12  {{p:심보경}}        후원단체    일반접견    교위 {{p:명재훈}}

---- 후원단체 담당자 메모 ({{p:심보경}}) ----
- {{r:광진}} 씨({{u:서울}} {{u:광진구}}에 살던 분이라 이름과 동네가 같다고 농담하심)는 2014~2017년 {{u:러시아}} {{u:사할린}}에서 건설 노동자로 일했고, 지금 사기죄로 복역 중. 출소 예정 2025. 3.
- 누나 {{r:채옥화}} 님은 같은 해에 탈북해 {{u:인천}}에 삶. {{r:옥화}} 님 말로는 {{r:광진}} 씨가 현장에서 같이 일한 {{r:승민철}} 씨에게 돈을 빌려주고 못 받아서 사건이 꼬였다고 함.
- {{r:민철}} 씨는 접견 때 "{{r:광진}}이 형 나오면 같이 일하자"고 했다고 함. {{r:승민철}} 씨 입금 20만 원은 그 빚의 일부라고 {{r:광진}} 씨가 설명.
- 종교위원 {{p:국은혜}} 권사님은 매달 접견 오심.
- 당시 현장 소장 {{p:편상룡}}에 대한 증언은 출소 후 녹취하기로 함 (본인 승인).
""",
    },
    {
        "id": "h66-ko-16",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Song Kum-chol", "송금철", "witness", ["금철"]),
            ("Song Il-nam", "송일남", "relative", ["일남"]),
            ("Ri Hyang-suk", "리향숙", "relative", ["향숙", "이향숙"]),
        ],
        "note": "Basic-livelihood eligibility change notice and the community-centre welfare officer's consultation memo for a former construction worker; household table with relations, the notice's legal boilerplate, officers by name; the surname 송 in 송금철 beside the word 송금 (remittance) used repeatedly, 리/이 spellings of the wife; real district office, law and service body public.",
        "text": """{{u:노원구}} ○○동 행정복지센터

국민기초생활보장 수급자 자격(급여) 변동 통지서

수 신: {{r:송금철}} 귀하
1. 귀 가구의 소득·재산 조사 결과에 따라 「{{u:국민기초생활 보장법}}」 제29조에 의해 아래와 같이 급여를 변경하였음을 알려 드립니다.
2. 가구원 현황
   관계      성명        생년
   본인      {{r:송금철}}      1971
   배우자    {{r:리향숙}}      1975
   자녀      {{r:송일남}}      2006
3. 변경 내용: 생계급여 월 812,000원 → 월 541,000원 (2024. 9.부터)
4. 변경 사유: 자녀 {{r:송일남}}의 근로소득 발생(아르바이트), 배우자 {{r:이향숙}}(주민등록상 표기)의 취업
5. 이의신청: 통지를 받은 날부터 90일 이내
담당: 맞춤형복지팀 주무관 {{p:탁은지}} (☎ 02-2116-****)

2024. 8. 21.
{{u:노원구청장}}

---- 상담 메모 (주무관 {{p:탁은지}}, 2024. 8. 27. 방문상담) ----
- {{r:송금철}} 님 방문. 통지서 내용 설명 드림. 본인이 "송금 때문에 생계급여가 꼭 필요하다"고 하심. ({{u:북한}} 가족에게 송금하는 비용)
- {{r:금철}} 님은 2009~2015년 {{u:쿠웨이트}}·{{u:카타르}} 건설 현장에 파견되었다가 2016년 입국. 허리 디스크로 일용직만 가능.
- 아들 {{r:일남}} 군 아르바이트는 편의점, 월 60만 원 정도. {{r:일남}}이가 대학 등록금을 모으는 중이라고 함. 근로소득 공제 추가 적용 가능 여부 검토.
- 부인 {{r:향숙}} 님은 요양보호사 취업. {{u:남한}} 서류에는 "{{r:이향숙}}", {{u:북한}} 서류와 본인 서명은 "{{r:리향숙}}".
- 가족 송금 관련 질문에는 답변 불가 안내. 다만 해외 송금은 수급 조사에서 재산으로 보지 않는다는 점은 안내함.
- {{u:남북하나재단}} 긴급생계비 지원 연계 ({{p:우서진}} 상담사). 통합사례관리 대상 추천 → 팀장 {{p:맹현철}} 결재.
""",
    },
    {
        "id": "h66-ko-17",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ro Kyong-su", "로경수", "witness", ["경수", "노경수"]),
            ("Pyon Chol-nam", "변철남", "coworker", ["철남"]),
            ("Thae Yong-ho", "태영호", "coworker", ["영호"]),
            ("Rim Song-dok", "림성덕", "supervisor", ["성덕", "임성덕"]),
        ],
        "note": "OCR of a smuggled North Korean security-service list of dispatched workers in Russia placed under surveillance, with DPRK spellings (로, 림, 리), odd OCR spacing inside names, 동무 and 지도원 after names, North Korean names for Russian places; an NGO translator's note gives South Korean spellings; a private worker who shares his name with a real public figure is still private; real ministry, country and cities public; CRLF.",
        "text": """[OCR 결과 - 원본: 등사본 2매, 일부 판독 불가]

                    비    밀
   {{u:국 가 보 위 성}}  해외사업처  {{u:로씨야}} 주재 파견조
   감시대상자 명단 (주체107(2018)년 3월 현재)

번호  성 명          소속              감시 사유
1     {{r:로 경 수}}       제2건설대 3반     {{u:남조선}} 방송 청취 의심, 동료 {{r:변철남}}과 잦은 접촉
2     {{r:변 철남}}        제2건설대 3반     {{u:로씨야}} 녀성과 대화, 사진 촬영
3     {{r:태 영 호}}       제2건설대 5반     종교 서적 소지 의심 (반장 보고)
4     {{p:계 순 길}}       제4건설대 1반     도주 우려 (가족 성분 불량)
5     {{p:량 명 학}}       제4건설대 2반     과제금 미납 3개월
6     {{p:한  일 철}}      운전수            {{u:울라지보스또크}} 시내 무단 외출

지도원 의견:
- {{r:로경수}} 동무는 {{r:변철남}} 동무와 밤마다 숙소 뒤에서 말을 나누고 있음. 3반 반장 {{r:림성덕}} 동무에게 두 사람을 갈라 놓도록 지시하였음.
- {{r:태영호}} 동무의 짐에서 나온 책은 {{r:림성덕}} 반장이 압수하여 보관중임.
- {{p:계순길}}은 {{u:평양}} 귀국 대상으로 상정함.
                                         담당 지도원  {{p:곽 정 훈}} (수표)

---- 번역·판독 메모 (단체 번역팀 {{p:하서윤}}) ----
- 1번 "{{r:로경수}}"는 남한식으로 "{{r:노경수}}". 우리 증언자 {{r:경수}} 씨 본인이 2023년에 이 사본을 가져왔음.
- 3번 "{{r:태영호}}"는 동명이인의 공인과 이름이 같지만, 이 명단의 인물은 사적 개인({{u:블라디보스토크}} 건설 노동자)임. 증언자 말로는 {{r:영호}}는 성경책을 가지고 있다가 걸렸다고 함.
- "{{r:림성덕}}" 반장은 남한식으로 "{{r:임성덕}}". {{r:성덕}} 반장은 증언자들 사이에서 "책 뺏는 반장"으로 불림.
- 담당 지도원 {{p:곽정훈}}의 수표(서명) 판독은 확실하지 않음.
""",
    },
    {
        "id": "h66-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Un-sun", "김은순", "witness", ["은순", "金银顺"]),
            ("Han Myong-ok", "한명옥", "coworker", ["명옥", "韩明玉"]),
            ("Ri Chun-hwa", "리춘화", "supervisor", ["李春花", "춘화"]),
        ],
        "note": "Chinese leave-request slips (请假条) from a seafood plant, transcribed with a Korean translator's notes and an English summary; North Korean workers in Hanzi and Hangul, the team leader as 李春花/리춘화, Chinese managers as 王总, 小张 and 刘主任 (labelled whole), a company doctor; the words 带班 and 批准 are roles, not names, 朝鲜籍 (of Korean nationality) is a derived word while 朝鲜 before 工人 is the country.",
        "text": """[사진 판독] 请假条 2장 - 제공: {{r:김은순}} (2023. 11. 면담 시)
Transcribed by {{p:Yoo Ha-eun}}; Korean notes by {{p:장민서}}

━━ 1 ━━
请假条
尊敬的{{p:王总}}：
本人{{r:金银顺}}（朝鲜籍员工，工号 K-031）因在剥虾车间左手被刀割伤，需请假三天（2019年3月12日至14日），望批准。
请假人：{{r:金银顺}}
带班：{{r:李春花}}（签字）
批准：{{p:小张}} 代签 "只准一天"
━━ 2 ━━
请假条
{{p:刘主任}}：
本人{{r:韩明玉}}因发烧38.9度，请假一天。厂医{{p:赵大夫}}已看过。
请假人：{{r:韩明玉}}   带班：{{r:李春花}}
批准：不准。"{{u:朝鲜}}工人不能休息，{{r:李春花}}负责" - {{p:刘主任}}
── 번역자 메모 ({{p:장민서}}) ──
- {{r:金银顺}} = {{r:김은순}}, {{r:韩明玉}} = {{r:한명옥}}, {{r:李春花}} = {{r:리춘화}}(북측 반장, 회사 측 문서에서는 "带班"으로 씀).
- {{r:은순}} 씨 말: 1번 쪽지는 {{p:小张}}(회사 통역 {{p:张丽}}으로 추정)이 대신 서명했고 하루만 쉬게 함. 손 상처는 지금도 있음.
- 2번: {{r:명옥}}이는 그날도 작업장에 나갔다고 함. "{{r:춘화}} 반장이 자기 책임이 되니까 더 못 쉬게 했다."
- English summary: Two leave slips show that sick leave for the North Korean women was refused or cut short by the manager ({{p:刘主任}}) and the North Korean team leader ({{r:Ri Chun-hwa}}).
""",
    },
    {
        "id": "h66-mixed-02",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Pak Yong-nam", "박영남", "witness", ["영남", "Пак Ён Нам"]),
            ("Kim Chol-su", "김철수", "supervisor", ["Ким Чхоль Су", "김 반장"]),
            ("Ryang Il-bong", "량일봉", "coworker", ["일봉", "Рян Ир Бон"]),
        ],
        "note": "Russian complaint to a regional prosecutor written for North Korean workers by a Russian lawyer, with the NGO's Korean translation notes; Korean names in Russian declined by case (Кима Чхоль Су, Пака Ён Нама, Ряна Ир Бона), Russian officials and a site manager with initials, the common Korean name 김철수 used as a real person's name; real prosecutor's office region and city public; CRLF.",
        "text": """Прокурору {{u:Приморского края}}
от {{r:Пак Ён Нама}}, гражданина {{u:КНДР}},
проживающего: г. {{u:Владивосток}} (общежитие)
представитель: адвокат {{p:Ю. С. Захарова}}

ЖАЛОБА
на нарушение трудовых прав иностранных работников

Я, {{r:Пак Ён Нам}}, с апреля 2017 г. работаю монтажником на строительном объекте ООО «ДальСтройМонтаж» (начальник участка {{p:Сидоренко В. П.}}). Вместе со мной работают 23 гражданина {{u:КНДР}}. Заработную плату за нас получает бригадир {{r:Ким Чхоль Су}}, который передаёт нам не более 10% суммы. Начальник участка {{p:Сидоренко}} знает об этом.
15.08.2018 мой товарищ {{r:Рян Ир Бон}} упал с лесов третьего этажа. Бригадир {{r:Ким}} запретил вызывать скорую помощь. {{r:Ряна Ир Бона}} увезли в общежитие. Прошу провести проверку действий {{r:Кима Чхоль Су}} и руководства ООО.
Свидетели: прораб {{p:Олег Мельников}}, сторож {{p:Нина Ивановна Гусева}}.
Подпись: {{r:Пак Ён Нам}}                    Дата: 20.08.2018

── 번역 메모 ({{p:구하람}}, 2024) ──
- 이 진정서는 {{r:박영남}} 씨가 2018년 8월 현지 변호사 {{p:자하로바}}({{p:Захарова}}) 씨의 도움으로 쓴 것. "{{r:Пак Ён Нама}}"는 생격 형태로 {{r:박영남}}의 러시아어 표기.
- "{{r:Ким Чхоль Су}}" = 반장 {{r:김철수}}. 흔한 이름이지만 실존 인물. {{r:영남}} 씨는 "{{r:김}} 반장"이라고만 부름.
- 결과: 검찰 측 답변 없음. 한 달 뒤 {{r:박영남}} 씨는 다른 현장으로 옮겨짐. {{p:Мельников}} 씨는 이후 연락 끊김.
""",
    },
    {
        "id": "h66-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Chol-ho", "리철호", "supervisor", ["Ri", "Mr Ri"]),
            ("Kang Song-guk", "강성국", "witness", ["성국", "Song-guk"]),
            ("Jon Hyok-chol", "전혁철", "coworker", ["혁철"]),
        ],
        "note": "Export of a Gulf manpower agency's WhatsApp broadcast list with replies in English, Arabic and Korean, and a Korean worker's annotations; an agency officer known by his kunya (أبو فهد / Abu Fahad, labelled whole), an Indian coordinator, a Nepali driver, North Korean foremen; phone numbers, group numbers and 'Rial' beside the surname Ri; the Korean transliteration of the kunya also labelled; real app and country public.",
        "text": """{{u:WhatsApp}} Chat - Al Noor Manpower (broadcast) - exported 2016-09-30
Annotated in Korean by witness {{r:강성국}}

[12/09/16, 06:02] Al Noor Manpower: Dear foremen. From tomorrow all groups start 5 AM due to heat rule exemption. Bus from camp 4:30. Contact {{p:Suresh}} for changes.
[12/09/16, 06:03] Al Noor Manpower: أعزائي رؤساء العمال، يبدأ العمل غداً الساعة الخامسة صباحاً. للاستفسار: {{p:أبو فهد}}
[12/09/16, 06:20] +965 9xxx 1187 ({{r:Ri}} foreman group 1): OK. 42 men. Mr {{p:Suresh}} please bus 2 for my group.
[12/09/16, 06:41] {{p:Suresh Menon}} (coordinator): Noted Mr {{r:Ri}}. Bus 2, driver {{p:Bikash}}.
[12/09/16, 07:15] +965 6xxx 4420 ({{r:Jon}} foreman group 2): Salary for August when?
[12/09/16, 07:30] {{p:Abu Fahad}}: الرواتب بعد ١٥ سبتمبر. Salary after 15 Sep, paid to company account as usual, not to workers. 1 KD = 1 Rial? No. Only KD.
[12/09/16, 07:31] {{p:Abu Fahad}}: Mr {{r:Ri}}, Mr {{r:Jon}}, you sign attendance for your men. Nobody else.
[13/09/16, 04:50] {{p:Bikash}} (driver): Bus 2 at gate. Mr {{r:Ri}} group 38 only? 4 missing.
[13/09/16, 05:10] +965 9xxx 1187 ({{r:Ri}}): 4 sick. Not your business.
[13/09/16, 09:12] {{p:Suresh Menon}}: {{r:Ri}} sir, site engineer Mr {{p:Hamad}} says 2 of your men fainted at level 9. Ambulance?
[13/09/16, 09:14] +965 9xxx 1187 ({{r:Ri}}): No ambulance. I handle.

── {{r:강성국}} 메모 ──
- "{{r:Ri}} foreman"은 우리 작업반장 {{r:리철호}}. {{r:리}} 반장이 전화를 혼자 가지고 있었음.
- "{{r:Jon}} foreman"은 2작업반 반장 {{r:전혁철}}. {{r:혁철}} 반장은 사람은 괜찮았음.
- 9월 13일 9층에서 쓰러진 두 명 중 하나가 나({{r:성국}}). 다른 하나는 {{p:표영일}}. 구급차 안 부르고 숙소에 눕혀 놓음.
- {{p:أبو فهد}}({{p:아부 파하드}})는 회사 쪽 담당자. 월급은 회사 계좌로만 간다고 분명히 씀.
- {{p:Suresh}}는 인도인, 착했음. {{p:Bikash}}는 네팔인 운전기사.
Location: {{u:Kuwait}} (site "Block 4")
""",
    },
    {
        "id": "h66-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Song-il", "김성일", "witness", ["성일", "Ким Сон Ир"]),
            ("Cha Kwang-ho", "차광호", "supervisor", ["Чха Гван Хо", "광호"]),
        ],
        "note": "Mongolian apartment owners' association (СӨХ) fee ledger in Cyrillic with a Korean caseworker's notes; Mongolian owners and a treasurer, North Korean tenants entered under Cyrillic spellings, a landlord whose name includes the word Бат ('firm'); the Mongolian word for 'Korean' (солонгос) unmarked; real city and district public.",
        "text": """"Нарны зам" СӨХ - сарын хураамжийн дэвтэр (2015 оны 10 сар)
{{u:Улаанбаатар}}, {{u:Баянзүрх дүүрэг}}, 3-р байр

Тоот   Өмчлөгч               Түрээслэгч                   Төлбөр    Гарын үсэг
12     {{p:Батбаяр Д.}}           -                            18,000₮   {{p:Батбаяр}}
14     {{p:Оюунчимэг Г.}}         {{r:Ким Сон Ир}} (солонгос, 6 хүн)     18,000₮   {{r:Чха Гван Хо}}
15     {{p:Оюунчимэг Г.}}         {{p:Ли Мён Чхоль}} (солонгос, 6 хүн)     18,000₮   {{r:Чха Гван Хо}}
21     {{p:Ганбат Э.}}            -                            18,000₮   {{p:Ганбат}}
23     {{p:Сарантуяа Б.}}         {{p:Энхжаргал}}                    0₮        өр 2 сар
Нярав: {{p:Цэцэгмаа Л.}}   Дарга: {{p:Бат-Эрдэнэ Ж.}}

Тэмдэглэл: 14, 15 тоотын солонгос ажилчид хураамжаа өөрсдөө төлдөггүй, тэдний ахлагч {{r:Чха}} төлдөг. ({{p:Цэцэгмаа}})

── 상담팀 메모 ({{p:은하율}}, 2024) ──
- 증언자 {{r:김성일}} 씨가 2015년 {{u:몽골}} 건설 현장에서 일할 때 살던 아파트 관리비 장부 사진. "{{r:Ким Сон Ир}}"가 {{r:성일}} 씨 이름.
- 서명란의 "{{r:Чха Гван Хо}}"는 작업반장 {{r:차광호}}. 관리비를 반장이 대신 냈고, 대신 월급에서 두 배를 뗐다고 함. {{r:광호}} 반장은 "집세도 노동자 몫"이라고 했다고.
- 15호 "{{p:Ли Мён Чхоль}}"는 다른 작업반. {{r:성일}} 씨는 얼굴만 앎.
- 집주인 {{p:Оюунчимэг}} 씨는 드라마를 좋아해서 {{r:김성일}} 씨에게 몰래 우유를 주곤 했다고 함.
""",
    },
    {
        "id": "h66-mixed-05",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Sang-hun", "리상훈", "witness", ["상훈", "Ri Sang-hun"]),
            ("Hwang Ung-chol", "황웅철", "supervisor", ["웅철"]),
        ],
        "note": "Excerpt of a Polish police detention record (protokół zatrzymania) of a North Korean shipyard welder, with the NGO's Korean notes; Polish declension of Korean and Polish names (Ri Sang-huna, Hwanga, Grabowskiego), officers with rank abbreviations outside the name, an officer surnamed Wrona ('crow') beside the bird, an interpreter; real city and police body public.",
        "text": """PROTOKÓŁ ZATRZYMANIA OSOBY (wyciąg)
{{u:Komenda Miejska Policji w Gdyni}}   nr RSD-1193/18
Data i godz. zatrzymania: 03.06.2018, 22:40   Miejsce: przystanek przy stoczni
Zatrzymany: {{r:RI Sang-hun}}, ur. 1986, obywatel {{u:KRLD}}, paszport nr 836xxxxx (paszport w posiadaniu pracodawcy)
Zatrzymujący: sierż. szt. {{p:Paweł Grabowski}}, st. post. {{p:Magdalena Wrona}}
Przyczyna: naruszenie nietykalności cielesnej (art. 217 k.k.) - zgłoszenie od {{r:HWANG Ung-chol}}, przełożonego zatrzymanego.
Pouczenie o prawach: przez tłumacza j. koreańskiego {{p:Joanna Seo-Lis}} (telefonicznie).
Oświadczenie zatrzymanego: "Nie biłem go. {{r:Hwang}} zabrał mi pieniądze. Pchnąłem go, bo chciał zabrać mój telefon."
Uwagi: zatrzymanego {{r:Ri Sang-huna}} doprowadzono do PDOZ. Pokrzywdzony {{r:Hwang}} odmówił badania lekarskiego. Przesłuchanie {{r:Hwanga}} w obecności tłumacza {{p:Seo-Lis}} - 04.06.2018. Przy zatrzymaniu nad przystankiem krążyła wrona; st. post. {{p:Wrona}} zanotowała to żartem w notatniku (bez znaczenia dla sprawy).
Podpis zatrzymującego: {{p:P. Grabowski}}   Podpis zatrzymanego: odmówił

── 메모 ({{p:연수빈}}, 2024. 2.) ──
- 증언자 {{r:리상훈}} 씨가 2018년 {{u:그디니아}} 조선소에서 일할 때 체포된 기록. 폴란드어는 이름 끝을 바꾸기 때문에 "{{r:Ri Sang-huna}}"도 같은 사람임.
- 고소인 "{{r:HWANG Ung-chol}}"은 작업반 책임자 {{r:황웅철}}. {{r:웅철}}이가 월급 카드를 가져가서 싸움이 남.
- 경찰관 {{p:Grabowskiego}} 씨(조서에는 {{p:Grabowski}})는 나중에 불기소로 끝났다고 함. 통역 {{p:Joanna}} 씨가 {{r:상훈}} 씨에게 NGO 번호를 줌.
- {{r:상훈}} 씨: "그날 밤 처음으로 이 나라 사람이 내 말을 들어 줬다."
""",
    },
    {
        "id": "h66-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Ok-ju", "리옥주", "supervisor", ["옥주", "chị Ri"]),
            ("Kim Hyang", "김향", "witness", ["Hyang", "향"]),
            ("So Un-gyong", "소은경", "coworker", ["은경"]),
            ("Paek Son-mi", "백선미", "coworker", ["선미"]),
        ],
        "note": "Vietnamese visa-extension agent's notebook for North Korean restaurant staff, with a Korean caseworker's notes; Vietnamese forms of address kept outside the name (chị, anh, em), the restaurant manager called chị Ri, a one-syllable given name 향 (also 'incense'), Vietnamese agents and an immigration officer, fees in đồng; real city and immigration department public.",
        "text": """Sổ ghi chép - gia hạn visa (nhà hàng {{u:Triều Tiên}}, {{u:Kim Mã}})   người ghi: chị {{p:Lan}} (dịch vụ visa)

03/01/2018  Nhận 6 hộ chiếu từ chị {{r:Ri}} (quản lý, tên đầy đủ {{r:Ri Ok-ju}}). Các em: {{r:Kim Hyang}}, {{r:So Un-gyong}}, {{r:Paek Son-mi}}, {{p:Jong Mi-rae}}, {{p:Ho Yun-a}}, {{p:Ri Kum-hui}}.
05/01/2018  Nộp {{u:Cục Quản lý Xuất nhập cảnh}}. Anh {{p:Tuấn}} (cán bộ) nói hồ sơ em {{r:Hyang}} thiếu ảnh.
20/01/2018  Trả hộ chiếu cho chị {{r:Ri}}. Các em không được cầm hộ chiếu (chị {{r:Ri}} giữ hết).

── 상담 메모 ({{p:봉서연}}, 2023. 12.) ──
- 증언자 {{r:김향}} 씨가 2017~2019년 {{u:하노이}}의 식당에서 일할 때 비자 대행업자 {{p:란}} 씨가 쓴 장부. {{r:향}} 씨는 "제 이름이 한 글자라 현지 사람들이 향(香) 피우는 향이냐고 물었다"고 함.
- "chị {{r:Ri}}"는 지배인 {{r:리옥주}}. 여권은 모두 {{r:옥주}} 지배인이 가지고 있었음.
- {{r:소은경}}, {{r:백선미}}는 같은 식당 복무원. {{r:은경}}이가 여권을 찾다가 {{r:리옥주}}에게 비판받았다고 함. {{r:선미}}는 2019년에 귀국.
- 장부의 {{p:Jong Mi-rae}}, {{p:Ho Yun-a}}, {{p:Ri Kum-hui}}도 복무원이지만 증언에는 안 나옴.
""",
    },
    {
        "id": "h66-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Song-nam", "김성남", "witness", ["성남", "金成男", "成男", "キム・ソンナム"]),
            ("Kim Yu-jin", "김유진", "relative", ["유진", "ユジン", "金有真"]),
        ],
        "note": "Japanese TV production research memo (リサーチメモ) on a former North Korean logger, with Korean notes from the fixer; Japanese staff with さん outside the name, the interviewee in Hangul, Kanji and Katakana, his daughter, a Russian fixer; the city name 성남 (Seongnam, public) beside the given name 성남 (private), the surname 金 alone after the full name, and 金 (money) inside the word 金額; the production company is invented, real cities and country public.",
        "text": """リサーチメモ　No.14　（番組仮題「北の森から」）
作成：リサーチャー {{p:佐藤美咲}}　　確認：ディレクター {{p:田中}}さん、プロデューサー {{p:山口隆}}さん
コーディネーター：{{p:朴ジヨン}}さん（{{u:ソウル}}在住）

■取材候補：{{r:キム・ソンナム}}（{{r:金成男}}）さん　60代　元伐採労働者
・1990年代後半から{{u:ロシア極東}}の伐採場で約10年。
・現在 {{u:성남시}} 在住。{{r:金}}さんは「住んでいる町と自分の名前が同じで笑われる」とのこと。
・娘の {{r:ユジン}}さん（{{r:金有真}}）が通訳を希望。
・謝礼の金額は未定（{{p:山口}}さんに確認）。
・{{u:ロシア}}側フィクサー：{{p:Andrei Volkov}}氏（{{u:ハバロフスク}}）。伐採場跡の撮影可否を確認中。

■コーディネーター補足（韓国語原文）
{{r:김성남}} 선생님은 1997년부터 {{u:러시아}} 벌목장에서 일하셨고, {{u:성남}}에 사세요. {{r:성남}} 분이 {{u:성남}}에 산다고 웃으세요. 따님 {{r:김유진}} 씨가 통역을 하겠다고 하는데, {{r:유진}} 씨는 아버지 얼굴이 방송에 나오지 않기를 바랍니다. {{p:田中}} 감독님께 전해 주세요. — {{p:지영}}

■{{p:田中}}コメント：顔はぼかし必須。{{r:成男}}さんの声も加工。{{p:佐藤}}さん、次回は{{r:ユジン}}さん同席で事前面談を。
""",
    },
    {
        "id": "h66-mixed-08",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kim Chol-ung", "김철웅", "witness", ["철웅", "KIM CHOL UNG"]),
            ("Mun Yong-hui", "문영희", "witness", ["영희", "MOON YOUNG HEE"]),
            ("Ko Pong-sik", "고봉식", "supervisor", ["봉식"]),
        ],
        "note": "Embassy walk-in log kept in Korean and English by a consular desk, three walk-ins in one night; the walk-ins in Hangul and romanisation (Mun/Moon), the site boss who came looking for them, a local guard and a taxi driver with Mongolian names, duty officers by surname and rank (ranks outside); the Korean particle 이랑 after a name, Moon beside moon; real embassy and city public; CRLF.",
        "text": """[{{u:주몽골 대사관}} 야간 방문자 기록 / Night Walk-in Log]   2019-02-17 (Sun)
Duty officer: 영사 {{p:황지훈}} / Assistant: 행정원 {{p:엥흐마}} ({{p:Enkhmaa}})

21:42  Gate guard {{p:Ganzorig}} reports 2 men + 1 woman at the gate, asking in Korean for "남쪽 대사관".
21:50  Walk-in #1: {{r:KIM CHOL UNG}} ({{r:김철웅}}), b. 1984, North Korean construction worker, site "Kh-12", {{u:Ulaanbaatar}}. Says his 반장 {{r:고봉식}} took passports.
21:52  Walk-in #2: {{r:MOON YOUNG HEE}} ({{r:문영희}}, north spelling {{r:Mun Yong-hui}}), b. 1990, seamstress. Arrived with {{r:Kim}}. Says she and {{r:철웅}} are from the same town.
21:55  Walk-in #3: name withheld by request (female, 30s). Recorded as "W3".
22:10  Taxi driver {{p:Batzorig}} asks for fare; paid 20,000₮ from petty cash by {{p:Enkhmaa}}.
22:30  {{p:황지훈}} 영사 면담. {{r:김철웅}}: "{{r:고봉식}} 반장이 내일 아침 점호 때 우리가 없는 걸 알 거다." {{r:문영희}}: "달이 밝아서 무서웠다. 보름달(moon) 때문에 길에서 다 보였다."
23:05  Ops room (Lt. Col. {{p:Shin}}) informed. HQ ({{u:외교부}}) informed by secure line.
23:48  Guard {{p:Ganzorig}}: a Korean man at the gate asking for "{{r:김철웅}}이랑 {{r:영희}}". Identified by #1 as {{r:고봉식}}. Did not enter. Left at 00:10.

Note (영사 {{p:황}}): {{r:봉식}}이라는 반장은 대사관 정문 CCTV에 찍힘.
""",
    },
    {
        "id": "h66-mixed-09",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pak Yong-hui", "박영희", "witness", ["영희", "朴英姬"]),
            ("Chong Kum-sil", "정금실", "coworker", ["금실", "郑金实"]),
            ("To Myong-hwa", "도명화", "supervisor", ["都明花", "명화"]),
        ],
        "note": "Script of a Chinese seafood plant's loudspeaker broadcast, transcribed by a worker, with her Korean translation; praise and criticism naming North Korean women in Hanzi, the Korean-speaking interpreter 小崔 and the director 张厂长 (labelled whole), a Chinese worker of the month; the word 金 in 奖金 (bonus) beside the name 郑金实; real city public.",
        "text": """【广播稿】 2020年1月6日 早班 7:00 (车间广播员：{{p:小崔}})

各位员工早上好！现在播报上周生产情况。
一、表扬：{{u:朝鲜}}员工{{r:朴英姬}}同志上周剥虾 412 公斤，全厂第一，奖金 50 元。{{u:中国}}员工{{p:马秀兰}}被评为本月安全标兵。
二、批评：{{u:朝鲜}}员工{{r:郑金实}}上周三午休超时十分钟，扣奖金 30 元。请{{u:朝鲜}}班组长{{r:都明花}}同志加强管理。
三、通知：{{p:张厂长}}指示，春节期间{{u:朝鲜}}员工照常上班，加班费由{{r:都明花}}组长统一领取。
四、请{{p:李会计}}下班后到办公室。
谢谢大家！

── 한국어 번역 (증언자 {{r:박영희}} 씨가 기억해서 적음, 번역 {{p:오하람}}) ──
매일 아침 방송은 {{p:小崔}}(조선족 통역 {{p:최미란}})이 했다. 1월 6일 방송:
1. 칭찬: {{r:박영희}} 동무 412킬로, 1등, 상금 50원. (상금은 손에 못 받았다. {{r:도명화}} 조장이 가져감.)
2. 비판: {{r:정금실}} 동무 점심시간 10분 초과. {{r:금실}}이는 그날 화장실에서 울고 있었던 것이다.
3. 설에도 출근. 잔업비는 조장 {{r:도명화}}가 일괄 수령. → 우리는 한 푼도 못 봄.
── 메모 ──
- 공장: {{u:단둥}} {{u:동강}} 쪽 수산물 가공공장(이름 미상).
- {{r:영희}} 씨는 {{r:명화}} 조장을 "방송에 나오면 제일 좋아하던 사람"이라고 함.
- {{p:张厂长}}의 본명은 모름. {{p:马秀兰}}은 중국인 노동자.
""",
    },
    {
        "id": "h66-mixed-10",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Han Song-il", "한성일", "relative", ["성일", "Хан Сон Ир"]),
            ("Han Chol", "한철", "witness", ["Хан Чхоль"]),
            ("Ri Man-bok", "리만복", "supervisor", ["만복", "Ли Ман Бок"]),
        ],
        "note": "Russian missing-person report (заявление о пропаже) filed by a North Korean worker about his brother, with the NGO's Korean notes; Korean names in Russian with case endings (Хан Чхоля, Хана Сон Ира), a police duty officer and a Russian employer; the determiner 한 ('a, one') beside the surname 한 in the notes; real city and police body public.",
        "text": """Начальнику {{u:ОП № 2 УМВД России по г. Хабаровску}}
от {{r:Хан Чхоля}}, гражданина {{u:КНДР}}, работающего в ООО «ЛесТрансСервис»

ЗАЯВЛЕНИЕ
Прошу принять меры к розыску моего брата {{r:Хана Сон Ира}}, 1988 г.р., который 14 января 2019 г. ушёл с участка лесозаготовки и не вернулся. Брат был одет в синюю куртку. Бригадир {{r:Ли Ман Бок}} говорит, что брат «сбежал», и запретил мне сообщать в полицию. Начальник участка {{p:Виктор Андреевич Шевчук}} сказал, что пусть разбирается бригадир.
Прошу проверить больницы. Сотрудник ООО {{p:Ирина Кравец}} может перевести.
Подпись: {{r:Хан Чхоль}}   16.01.2019
Принял: оперативный дежурный капитан полиции {{p:Д. С. Ткаченко}}   КУСП № 1043

── 메모 ({{p:석지원}}, 2024) ──
- 신고자 "{{r:Хан Чхоль}}" = {{r:한철}}. 동생 "{{r:Хана Сон Ира}}"(생격) = {{r:한성일}}.
- {{r:한철}} 씨는 반장 {{r:리만복}}이 막았는데도 몰래 {{u:하바롭스크}} 경찰서에 신고함. 신고 다음 날 {{r:만복}} 반장이 {{r:한철}} 씨를 다른 벌목장으로 보냄.
- {{r:성일}} 씨는 3주 뒤 한 농가에서 발견되었고 이후 {{u:한국}}으로 옴. 지금 증언 단체 회원.
- "{{r:Ли Ман Бок}}"은 러시아식 표기. 회사 통역 {{p:Кравец}} 씨가 신고서를 써 줌.
""",
    },
    {
        "id": "h66-mixed-11",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Chol-su", "김철수", "witness", ["철수", "Kim Cheol-su", "Laver Cheolsu"]),
            ("Han Myong-ok", "한명옥", "relative", ["명옥", "one Myeong-ok"]),
            ("Ri Sang-chol", "이상철", "supervisor", ["상철", "Ri Sang-chol"]),
        ],
        "note": "Machine-translation post-editing sheet for a Korean testimony extract (source, raw MT, post-edit, editor's comment); the raw MT renders the surnames 김 and 한 as 'Laver' and 'one' and splits 이상철 into 'more than Cheol', and these garbled renderings still refer to persons and are labelled; ordinary 이상, 한 and 김 in the same sentences are not names; editors named with initials; real countries public.",
        "text": """MT Post-Editing Sheet - file NK-Testimony-0712 (segment 14-18)   Engine: generic MT   Post-editor: {{p:Rachel Ahn}} ({{p:RA}})   Reviewer: {{p:Jun-seo Kwak}} ({{p:JK}})

#14
SRC: 저는 {{r:김철수}}입니다. 2014년부터 {{u:러시아}}에서 일했습니다.
MT : I am {{r:Laver Cheolsu}}. I have worked in {{u:Russia}} since 2014.
PE : I am {{r:Kim Chol-su}}. I worked in {{u:Russia}} from 2014.
Comment ({{p:RA}}): MT translated the surname 김 as "laver" (seaweed). Corrected; witness uses the North Korean romanisation.

#15
SRC: 반장 {{r:이상철}}은 하루 열두 시간 이상 일을 시켰습니다.
MT : The foreman made {{r:more than Cheol}} work more than twelve hours a day.
PE : The foreman, {{r:Ri Sang-chol}}, made us work more than twelve hours a day.
Comment ({{p:RA}}): MT read 이상 in the name as "more than". Second 이상 is the ordinary word. Name in North Korean form at the witness's request.

#16
SRC: 아내 {{r:한명옥}}은 김 한 봉지를 보내 주었습니다.
MT : My wife {{r:one Myeong-ok}} sent me one bag of laver.
PE : My wife, {{r:Han Myong-ok}}, sent me a packet of seaweed.
Comment ({{p:JK}}): "one" = surname 한 mistranslated. 김 here really is seaweed.

#17
SRC: {{r:상철}} 반장은 그 김을 빼앗았습니다.
MT : Team leader {{r:Sang-cheol}} took away the laver.
PE : {{r:Sang-chol}}, the team leader, took the seaweed away from me.
Comment ({{p:RA}}): OK.

#18
SRC: 그 편지는 {{u:북한}}에 있는 {{p:정}} 선생님이 전해 주었습니다.
MT : The letter was delivered by Mr. {{p:Jeong}} in {{u:North Korea}}.
PE : The letter was passed on by a teacher, Mr {{p:Jong}}, in {{u:North Korea}}.
Comment ({{p:RA}}): 선생님 = teacher or polite "Mr"; unclear. Flag for witness check.
""",
    },
    {
        "id": "h66-mixed-12",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ryu Kwang-il", "류광일", "witness", ["광일", "Liu Guangyi", "刘光一"]),
            ("Ryu Son-a", "류선아", "relative", ["선아"]),
            ("Pak Tong-ho", "박동호", "coworker", ["동호", "Piao Donghao"]),
        ],
        "note": "Satellite e-mail relay log of a distant-water fishing vessel, where crew messages go out through the captain's account; messages in Korean, English, Indonesian and Chinese, a North Korean crewman under a Chinese name (Liu Guangyi) with his Korean name, his wife, an Indonesian crewman writing home, the captain and an agent; sign-offs and greetings with names, a crew name typed in fullwidth letters, an e-mail local part that spells a name; the ship and company invented, real ports public.",
        "text": """SAT-MAIL RELAY LOG - F/V Jin Hai 26 - account master@jinhai26 (outgoing, crew use)   period 2021-05-01..05-10
Captain: {{p:Chen Guohua}}   Agent ashore: {{p:Wang Lei}} ({{u:Port Louis}})

05-02 21:14  from: crew no.7 "{{r:LIU Guangyi}}"   to: (address withheld)
 "{{r:선아}}야, 나 {{r:광일}}이다. 배는 아직 {{u:모리셔스}} 근처. 8월에 항구에 들어간다고 한다. {{r:동호}}도 잘 있다. 돈은 회사에서 보낸다고 했다. 몸조심해라."
 [captain note] 38 words Korean. Charged USD 4 to crew account no.7.
05-03 06:40  from: crew no.11 "{{p:Dedi Kurniawan}}"   to: {{p:siti.rahma}}@...
 "Assalamualaikum {{p:Siti}}. Aku sehat. Kapten {{p:Chen}} baik. Orang {{u:Korea}} yang diam-diam itu, {{r:Kwang-il}}, bantu aku waktu tanganku luka. Salam untuk Ibu."
 [captain note] USD 3.
05-06 22:02  from: crew no.8 "{{r:ＰＩＡＯ　Ｄｏｎｇｈａｏ}}" ({{r:Pak Tong-ho}})   to: (address withheld)
 "{{r:동호}}입니다. {{r:광일}} 형님이랑 같이 있습니다. 반장님께 전해 주십시오."
 [captain note] Message blocked by agent {{p:Wang}}: "no messages to {{u:DPRK}} addresses".
05-08 07:15  to crew: from {{p:Wang Lei}}
 "船长{{p:陈}}：7号、8号船员的信不要再发。{{r:刘光一}}太多话。"

── NGO note ({{p:최서하}}, 2022) ──
증언자 {{r:류광일}} 씨가 하선 후 제공한 로그 사진. 배에서는 한자 이름 "{{r:LIU Guangyi}}"({{r:刘光一}})로 기록됨. 같이 있던 {{r:박동호}} 씨는 "{{r:PIAO Donghao}}"로 기록. 인도네시아인 선원 {{p:Dedi}}는 {{r:광일}} 씨를 기억하는 사람으로, 연락처 확보 예정.
""",
    },
    {
        "id": "h66-mixed-13",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Sin Chol-man", "신철만", "witness", ["철만", "Shin Cheol-man"]),
            ("Ha Yong-ae", "하영애", "witness", ["영애"]),
        ],
        "note": "Notes of an NGO coalition steering call, written in a Korean/English mix by the host; participants from several organisations by first name, surname and initials, two witnesses discussed under Sin/Shin spellings, the surname Ha beside the laugh 'ha' in the chat; action items with initials; organisations invented except one real UN office, a real video platform and real places; line breaks mix CRLF and LF.",
        "text": """Coalition steering call - 2024-03-14 ({{u:Zoom}}) / 작성: {{p:Ji-hye}} (host)
참석: {{p:Ji-hye Moon}} ({{p:JHM}}), {{p:Tom Whitaker}} ({{p:TW}}), {{p:Ana Ruiz}} ({{p:AR}}), {{p:정다은}} ({{p:DE}}), {{p:Oleg Sychev}} ({{p:OS}})

1. Joint submission
- {{p:Tom}}: draft due 4월 1일 to {{u:OHCHR Seoul}}. Need 2 case summaries.
- {{p:정다은}}: 우리 쪽에서 {{r:신철만}} 씨 (logging, {{u:Amur}}) 케이스 가능. 본인 동의 받음. 영문 표기는 {{r:Shin Cheol-man}}으로 해 달라고 함.
- {{p:Oleg}}: second case could be {{r:Ha Yong-ae}} (seafood, {{u:Dandong}}) - our partner has her full statement. ha, I mean: if she agrees.
- {{p:Ana}}: {{r:Ha}} 씨 동의서 아직? → {{p:다은}}: 다음 주 면담 때 받을 예정. {{r:영애}} 씨는 이름 대신 이니셜 원함: "{{r:H.Y.A.}}"
2. Security
- {{p:Oleg}}: {{r:철만}} 씨 brother still in the camp? → {{p:다은}}: 확인 중. 그래서 {{r:Sin}} 씨 고향은 빼기로.
- chat ({{p:AR}}): ha ha, my camera froze again 😅
3. Action items
- {{p:TW}}: 제출문 초안 (3/25)
- {{p:DE}}: {{r:신철만}}, {{r:하영애}} 동의서 (3/21)
- {{p:OS}}: Russian source check
- {{p:JHM}}: next call booking
""",
    },
    {
        "id": "h66-mixed-14",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Rim Tong-su", "림동수", "supervisor", ["동수", "Лим Тон Су"]),
            ("Kye Yong-chol", "계영철", "witness", ["영철"]),
        ],
        "note": "Logging-camp radio log in Russian shorthand with a Korean translation by a former worker; the North Korean brigade leader as Лим (with case forms Лима) and 림, Russian dispatchers and a medic by surname, the call sign «Тайга-7» not a name; real region public.",
        "text": """ЖУРНАЛ РАДИОСВЯЗИ, участок 7 (позывной «Тайга-7»), {{u:Амурская область}}
12.02.2009
07:00 «Тайга-7» — база. Дисп. {{p:Зуева}}. Бригадир корейцев {{r:Лим}} докладывает: 30 чел. на делянке.
11:40 {{r:Лим}}: один рабочий травмирован (нога, бревно). Фамилия — {{r:Ке Ён Чхоль}}. Просит машину.
11:45 Дисп. {{p:Зуева}}: машины нет до 16:00. Фельдшер {{p:Орлов}} на участке 5.
12:30 {{p:Орлов}} связался: будет в 15:00. Передано {{r:Лиму}}.
15:20 {{p:Орлов}}: перелом. Нужна больница. {{r:Лим}} отказывается отправлять («сами вылечим»).
16:05 Нач. участка {{p:Гречко}}: рабочего вывезти. Ответственность — на {{r:Лиме}}.

── 번역/기억 ({{r:계영철}}, 2023, 받아씀 {{p:여은솔}}) ──
그날 다친 사람이 나다. "{{r:Ке Ён Чхоль}}"이 내 이름 {{r:계영철}}. 반장 {{r:림동수}}는 병원에 보내면 돈이 든다고 안 보내려 했다. 의사 {{p:오를로프}}가 화를 냈고, 소장 {{p:그레치코}}가 보내라고 해서 {{r:동수}} 반장이 어쩔 수 없이 보냈다. {{r:림}} 반장은 그 뒤로 나를 "병원 간 놈"이라고 불렀다.
""",
    },
    {
        "id": "h66-mixed-15",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pang Song-il", "방성일", "witness", ["성일", "Сергий", "세르기"]),
            ("Pang Kyong-ok", "방경옥", "relative", ["경옥", "Елена"]),
        ],
        "note": "Russian Orthodox commemoration notes (записки о здравии / о упокоении) handed in by a Russian parishioner who helped North Korean workers, with a Korean note; baptismal names in the genitive (Сергия, Елены) that stand for registered persons, ordinary Russian names of other people, church headings not names; the parishioner in Cyrillic and in Korean transliteration; real city public.",
        "text": """О ЗДРАВИИ
{{r:Сергия}}
{{r:Елены}}
{{p:Николая}}
мл. {{p:Анны}}
{{p:Галины}}

О УПОКОЕНИИ
{{p:Петра}}
{{p:Владимира}}

(записки подала {{p:Галина Степановна Фомина}}, храм в {{u:Находке}}, 2017)

── 메모 ({{p:탁서윤}}, 2024) ──
증언자 {{r:방성일}} 씨 말: 2016년 {{u:나홋카}} 공사 현장에서 일할 때 몰래 교회에 다녔고, 신부님이 "{{r:세르기}}"라는 세례명을 주었다. 쪽지의 "{{r:Сергия}}"(생격)가 나이고, "{{r:Елены}}"는 북에 있는 누이 {{r:방경옥}}에게 붙여 준 이름이다. {{p:갈리나}} 할머니({{p:Галина Степановна}})가 우리를 위해 매주 쪽지를 냈다. "{{p:Николая}}"는 할머니 아들, "{{p:Анны}}"는 손녀다. {{r:경옥}} 누이는 아직 모른다.
""",
    },
    {
        "id": "h66-mixed-16",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Yun Chang-ho", "윤창호", "witness", ["창호", "Yoon Chang-ho"]),
            ("Yun Hye-song", "윤혜송", "relative", ["혜송"]),
            ("Kwon Tae-sik", "권태식", "supervisor", ["태식"]),
        ],
        "note": "Draft answers to a US asylum application form (Form I-589) for a former North Korean restaurant worker, with the interpreter's Korean notes; the applicant under Yun/Yoon, his daughter, the restaurant manager who confiscated passports, an attorney and paralegal; form field labels (Last name, First name) not names; real city and countries public.",
        "text": """FORM I-589 - DRAFT ANSWERS (v2, for attorney review)   Applicant: {{r:YOON, Chang-ho}}   Prepared by: {{p:Maria Delgado}} (paralegal)   Attorney: {{p:David Feldman}}

Part A.I, Q1-3: Last name {{r:YOON}}; First name {{r:Chang-ho}}; other names used: {{r:YUN Chang Ho}} (North Korean passport)
Part A.II (children): {{r:YUN Hye-song}}, daughter, born 2008, location: {{u:North Korea}}, not included in this application.
Part B, Q1.A: Yes. From 2015 to 2018 I was sent to work in a North Korean state restaurant in {{u:Shenyang}}, {{u:China}}. The manager, {{r:KWON Tae-sik}}, held my passport and all wages. When I asked for my salary, {{r:Kwon}} reported me to the security officer.
Part B, Q1.B: I fear that if returned I will be imprisoned because I escaped from the restaurant and because my statement names {{r:Kwon}}.

── 통역자 메모 ({{p:장예린}}) ──
- {{r:창호}} 씨는 성을 {{r:YOON}}으로 쓰기를 원함(남쪽 여권 없음). 북쪽 여권 표기는 {{r:YUN}}.
- 딸 {{r:혜송}}이는 {{r:윤창호}} 씨가 떠날 때 일곱 살. 이 부분 말할 때 많이 울었음.
- 지배인 {{r:권태식}}: {{r:태식}}이라고 부르면 안 되고 "지배인 동지"라고 불렀다고 함.
- {{p:Feldman}} 변호사님: Q1.A에 {{r:권태식}}의 이름을 넣을지 결정 필요.
""",
    },
]
