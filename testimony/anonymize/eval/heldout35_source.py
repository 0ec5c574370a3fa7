# ruff: noqa: E501
"""Held-out evaluation passages, set 35. Markers: {{r:..}} registered private person,
{{p:..}} unregistered private person, {{u:..}} public name (figure, place, organisation,
company, ship). Built by build_heldout.py heldout35."""

PASSAGES: list[dict] = [
    {
        "id": "h35-en-01",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Chol-ung", "리철웅", "witness", ["Chol-ung", "Lee Cheol-woong", "Cheol-woong"]),
            ("Kang Ok-sil", "강옥실", "witness", []),
            ("Jo Myong-sik", "조명식", "supervisor", ["Pencil"]),
            ("Paek Un-chol", "백운철", "coworker", ["Un-chol"]),
        ],
        "note": "Parliamentary subcommittee hearing transcript; members and chair are public (fictional) and speak, witnesses private; witness appears as Ri and as Lee, surname-last in the witness list; minder nicknamed Pencil beside the ordinary word pencil; Chinese manager in Latin and Hanzi; Russian SIM seller in Cyrillic; impossible date in the draft header.",
        "text": """{{u:SUBCOMMITTEE ON INTERNATIONAL HUMAN RIGHTS}}
of the {{u:Standing Committee on Foreign Affairs and International Development}}
EVIDENCE (unrevised blues) - Meeting No. 41
Thursday, February 30, 2023 [date as printed on the draft; the clerk to correct]

Witnesses: Mr. {{r:Chol-ung Ri}}, as an individual; Ms. {{r:Ok-sil Kang}}, as an individual. Interpreter: Ms. {{p:Grace Yoon}}.

The Chair (Mr. {{u:Gordon Ashby}}): I call this meeting to order. Pursuant to Standing Order 108(2) we are continuing our study of North Korean workers sent abroad. Appearing as individuals we have Mr. {{r:Ri Chol-ung}} and Ms. {{r:Kang Ok-sil}}, with interpretation from Korean by Ms. {{p:Yoon}}. Both witnesses have asked that there be no cameras in the room, and the subcommittee has agreed. Mr. {{r:Ri}}, the floor is yours for five minutes.

Mr. {{r:Ri Chol-ung}} (As an Individual) (Interpretation): Thank you, Mr. Chair. My name is {{r:Ri Chol-ung}}. On my South Korean documents it is written {{r:Lee Cheol-woong}}, so you may find me under either name. In April 2016 I was sent to {{u:Saint Petersburg}} with a brigade of forty men. We built residential towers for a Russian developer in the {{u:Primorsky District}}, and for some months we were lent to the stadium works on {{u:Krestovsky Island}}. Our brigade leader was {{r:Jo Myong-sik}}. Behind his back we called him {{r:Pencil}}, because he wrote down everything: who was late, who smiled at a Russian, who went to the toilet twice before lunch. {{r:Pencil}} kept our passports in a biscuit tin under his bed. He would lend you money at interest, he would lend you his boots, but a pencil he never lent to anybody. Every month the Russian contractor paid about 60,000 roubles for each of us into an account that {{r:Jo}} controlled. What reached my hand was four or five thousand, and in the months before the birthday of {{u:Kim Jong Un}}, nothing at all, because of the loyalty fund.

My closest friend in the brigade was {{r:Paek Un-chol}}, a welder from {{u:Kimchaek}}. In the winter of 2017 {{r:Paek}} fell from the eleventh-floor scaffolding onto a pile of rebar. {{r:Jo Myong-sik}} did not call an ambulance. He telephoned the company representative, Mr. {{p:Kye}}, and the two of them argued for forty minutes about who would pay. {{r:Un-chol}} lay on the frozen ground the whole time. In the end a Russian foreman, {{p:Sergei Anatolyevich}}, put him in his own car and drove him to {{u:Mariinsky Hospital}}. {{r:Paek}} lost his left leg below the knee. Two weeks later {{r:Pencil}} sent him home through {{u:Vladivostok}}. I do not know if {{r:Un-chol}} is alive. That is my statement. Thank you.

The Chair: Thank you, Mr. {{r:Ri}}. Ms. {{r:Kang}}, please.

Ms. {{r:Kang Ok-sil}} (As an Individual) (Interpretation): Thank you. I am {{r:Kang Ok-sil}}. From 2017 to 2019 I worked in a seafood processing plant in {{u:Hunchun}}, in {{u:Jilin Province}}, with about two hundred North Korean women. We peeled shrimp and cleaned squid for export. Our team leader was a North Korean woman, {{p:Hwang Sun-ok}}, and above her was a man from the security side whom we knew only as {{p:Mun}}. The Chinese manager was {{p:Wang Jianguo}}; his name was on his office door as {{p:王建国}}. Mr. {{p:Wang}} was not cruel, but he was afraid of {{p:Mun}}. We worked from six in the morning until ten at night, and when a big order came, until two. We were allowed outside the compound once a month, in groups of five, with {{p:Hwang}} walking at the back. The woman who slept beside me, {{p:Yun Hye-gyong}}, asked once to see a dentist. {{p:Hwang Sun-ok}} reported her to {{p:Mun}} for ideological weakness, and {{p:Hye-gyong}} had to write a self-criticism every night for a week. I want the subcommittee to know that the shrimp we peeled was sold abroad, perhaps also in this country.

The Chair: Thank you both. We go to questions. Ms. {{u:Tremblay}}, six minutes.

Ms. {{u:Héloïse Tremblay}}: Thank you, Mr. Chair. Ms. {{r:Kang}}, you said the product was exported. Do you remember any brand or label on the boxes?

Ms. {{r:Kang Ok-sil}}: The boxes were printed in English and Japanese. {{p:Hwang}} told us not to read them. Once {{p:Yun}} read one aloud and {{p:Hwang}} slapped her. I remember the word "{{u:Canada}}" on some of them, but I cannot say which company.

Ms. {{u:Héloïse Tremblay}}: Mr. {{r:Ri}}, the {{u:United Nations Security Council}} required in {{u:resolution 2397}} that all such workers be sent home by December 2019. Were you still in {{u:Russia}} at that date?

Mr. {{r:Ri Chol-ung}}: Yes. In late 2019 {{r:Jo}} told us we would all get student visas. Some men in our brigade were registered at a college in {{u:Pskov}}, but they never went there. {{r:Jo Myong-sik}} laughed about it. He said, "{{r:Chol-ung}}, you are a student now. Study concrete."

The Chair: Mr. {{u:Okafor}}.

Mr. {{u:Daniel Okafor}}: Thank you, Chair. Mr. {{r:Lee}} - or should I say Mr. {{r:Ri}}?

Mr. {{r:Ri Chol-ung}}: Either is fine. My friends in {{u:Seoul}} call me {{r:Cheol-woong}}.

Mr. {{u:Daniel Okafor}}: How did you leave the brigade?

Mr. {{r:Ri Chol-ung}}: In March 2020 the borders closed because of COVID. {{r:Pencil}} became nervous, because no money could go home. A Russian woman who sold SIM cards near the site, {{p:Natalia}} - {{p:Наталья Ковалёва}} - let me use her phone. I called a number that a South Korean pastor had given me. Four days later I walked out during the night shift. I want to say that {{p:Natalia}} did nothing illegal. Please do not write her surname in your report.

The Chair: We will take care, Mr. {{r:Ri}}. Mrs. {{u:Sandhu}}, the last question.

Mrs. {{u:Priya Sandhu}}: Ms. {{r:Kang}}, what happened to the other women after you left?

Ms. {{r:Kang Ok-sil}}: I heard from the cousin of {{p:Hye-gyong}}, who is also in {{u:South Korea}} now, that the plant closed in 2021 and most of the women were moved to a garment factory in {{u:Dandong}}. {{p:Hwang Sun-ok}} went with them. About {{p:Mun}} I know nothing. I think about {{p:Yun Hye-gyong}} every day. If the members ever meet officials from {{u:Beijing}}, please ask them where {{p:Hye-gyong}} is.

Mrs. {{u:Priya Sandhu}}: Thank you, Ms. {{r:Ok-sil Kang}}. Mr. Chair, I would ask that both statements be sent to the {{u:Office of the United Nations High Commissioner for Human Rights}}.

The Chair: So ordered. Thank you, Ms. {{r:Kang}}, Mr. {{r:Ri}}, and Ms. {{p:Yoon}}. The meeting is suspended.""",
    },
    {
        "id": "h35-en-02",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Khan Song-guk", "한성국", "supervisor", ["Хан Сон Гук"]),
            ("Ri Yong-chol", "리용철", "witness", ["Ли Ён Чоль"]),
            ("Kim Kwang-il", "김광일", "coworker", ["Ким Гван Ир"]),
        ],
        "note": "Certified translation of a Russian district court verdict (prigovor), CRLF; defendants and witnesses with Russian-style surname-plus-initials in Latin and Cyrillic (Хан С.Г., Дмитриев О.В.); Korean names in Russian transliteration (Хан Сон Гук, Ли Ён Чоль); judge, prosecutor, lawyer and interpreter private; court, code, company and districts public.",
        "text": """CERTIFIED TRANSLATION FROM RUSSIAN (EXCERPT)
Original: ПРИГОВОР ИМЕНЕМ РОССИЙСКОЙ ФЕДЕРАЦИИ, case No. 1-412/2021

VERDICT
IN THE NAME OF THE RUSSIAN FEDERATION

City of {{u:Vladivostok}}, 14 September 2021

The {{u:Frunzensky District Court of Vladivostok}} ({{u:Фрунзенский районный суд г. Владивостока}}), composed of presiding judge {{p:Melnikova I.A.}} ({{p:Мельникова И.А.}}), with the court secretary {{p:Tkachenko V.S.}}, with the participation of the state prosecutor, assistant prosecutor of the {{u:Frunzensky District}} {{p:Ermolaev D.K.}}, the defendant {{r:Khan S.G.}} and his defence counsel, advocate {{p:Lyubimova N.P.}}, the defendant {{p:Dmitriev O.V.}} and his defence counsel, advocate {{p:Sedykh A.A.}}, and the interpreter from Korean {{p:Pak E.S.}} ({{p:Пак Е.С.}}), having examined in open court the criminal case against:

1. {{r:KHAN SONG GUK}} ({{r:Хан Сон Гук}}), born 12.03.1978 in {{u:Hamhung}}, citizen of the {{u:Democratic People's Republic of Korea}}, education secondary, married, employed as brigade leader ("team leader") of the {{u:Primorye}} branch of {{u:Korea Ryonghung General Trading Company}}, no previous convictions, in custody since 02.04.2021;

2. {{p:DMITRIEV OLEG VIKTOROVICH}} ({{p:Дмитриев Олег Викторович}}), born 30.11.1969 in {{u:Ussuriysk}}, citizen of the {{u:Russian Federation}}, general director of {{u:OOO PrimStroyMontazh}} ({{u:ООО «ПримСтройМонтаж»}}), no previous convictions, under a travel restriction,

charged with offences under Article 322.1, Part 2, paragraph "a" of the {{u:Criminal Code of the Russian Federation}},

ESTABLISHED:

{{r:Khan S.G.}} and {{p:Dmitriev O.V.}}, acting by prior agreement as a group, in the period from 01.03.2019 to 31.03.2021 organised the illegal stay in the {{u:Russian Federation}} of no fewer than 37 citizens of the DPRK, who had entered on study visas and tourist visas and were employed by {{u:OOO PrimStroyMontazh}} at construction sites on {{u:Russky Island}} and in the {{u:Pervorechensky District}} without work permits.

{{r:Khan S.G.}} housed the workers in a basement at 17 {{u:Kalinina Street}}, held their passports, and each month received from {{p:Dmitriev O.V.}} cash in the amount of 1,850,000 roubles, of which he paid the workers between 3,000 and 7,000 roubles per person.

At the hearing the defendant {{r:Khan S.G.}} pleaded partly guilty. He stated that he acted on the instructions of his superiors at the company's office in {{u:Pyongyang}} and that he "did not know the Russian rules". He testified that the passports were kept "for safety", because the workers "lose everything".

The defendant {{p:Dmitriev O.V.}} did not plead guilty and stated that he believed {{r:Хан С.Г.}} was a licensed subcontractor and that the workers held valid permits. The court rejects this account for the reasons set out below.

The witness {{r:Ri Yong-chol}} ({{r:Ли Ён Чоль}}), examined through the interpreter {{p:Pak E.S.}}, testified that he arrived in {{u:Vladivostok}} in March 2019 on a student visa issued for study at a language centre he never attended; that from the first day {{r:Khan S.G.}} took his passport; that he worked eleven to fourteen hours a day, without days off except on the birthdays of {{u:Kim Il Sung}} and {{u:Kim Jong Il}}; that {{r:Khan}} told the brigade that anyone who spoke to the police would be "sent home in a box". The witness {{r:Ли Ён Чоль}} identified the defendant {{r:Хан Сон Гук}} in the courtroom. The witness stated that in the brigade the defendant was called "{{r:Khan}} the elder" to distinguish him from another man with the same surname, the witness {{p:Khan Chol}} ({{p:Хан Чоль}}), who was not related to him.

The witness {{r:Kim Kwang-il}} ({{r:Ким Гван Ир}}) testified that in November 2020 he was injured on a site on {{u:Russky Island}} when a formwork panel fell on his hand, that {{r:Khan S.G.}} forbade him to go to hospital, and that the Russian site engineer {{p:Savchenko A.P.}} took him to {{u:Vladivostok Clinical Hospital No. 2}} against the instruction of {{r:Khan}}. The witness {{r:Kim K.}} confirmed that his wages were paid to {{r:Khan S.G.}} and not to him.

The witness {{p:Savchenko A.P.}} ({{p:Савченко Андрей Петрович}}) confirmed the testimony of the witness {{r:Kim Kwang-il}} and testified that {{p:Dmitriev O.V.}} personally instructed him "not to ask the Koreans about documents". The witness {{p:Savchenko}} stated that {{p:Dmitriev}} called the workers "{{r:Khan}}'s people".

The witness {{p:Gorbunov S.V.}}, senior inspector of the migration department of the {{u:Ministry of Internal Affairs}} for {{u:Primorsky Krai}}, testified that during the inspection of 01.04.2021 thirty-seven DPRK citizens were found at the address on {{u:Kalinina Street}}, none with a valid work permit, and that thirty-one passports were found in a locked metal box in the room occupied by {{r:Khan S.G.}}

The witness {{p:Kim Olga Sergeevna}} ({{p:Ким Ольга Сергеевна}}), accountant of {{u:OOO PrimStroyMontazh}}, testified that on the instruction of {{p:Dmitriev O.V.}} she prepared cash withdrawals "for the Korean team" which were handed to {{r:Khan S.G.}} in the presence of the deputy director {{p:Volkov}}. The court notes that the witness {{p:Kim O.S.}}, a Russian citizen of Korean descent, is not related to the witness {{r:Kim Kwang-il}}.

The court considers the testimony of the witnesses {{r:Ri Yong-chol}}, {{r:Kim Kwang-il}}, {{p:Savchenko A.P.}} and {{p:Gorbunov S.V.}} consistent and reliable.

SENTENCED:

To find {{r:KHAN SONG GUK}} guilty of the offence under Article 322.1, Part 2, paragraph "a" of the {{u:Criminal Code of the Russian Federation}} and to impose a sentence of 2 (two) years and 6 (six) months of imprisonment in a general-regime colony, followed by administrative expulsion from the {{u:Russian Federation}}.

To find {{p:DMITRIEV OLEG VIKTOROVICH}} guilty of the same offence and to impose a sentence of 2 (two) years of imprisonment, suspended, with a probation period of 2 (two) years.

The verdict may be appealed to the {{u:Primorsky Regional Court}} within 10 (ten) days.

Presiding judge (signature) {{p:I.A. Melnikova}}

Translator's note: the translator {{p:Yevgenia Pak}} (not the court interpreter {{p:Pak E.S.}}) certifies that this translation is true and complete. Paragraphs on material evidence and costs omitted at the request of the client.""",
    },
    {
        "id": "h35-en-03",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Kim Chol-nam", "김철남", "witness", ["Chol-nam"]),
            ("Ri Kwang-hyok", "리광혁", "coworker", ["Kwang-hyok"]),
            ("Pak Song-il", "박성일", "supervisor", ["Cook"]),
        ],
        "note": "Indonesian crewing agency crew list for a longliner, mixed line endings; names in passport caps, surname first and last, with seaman-book numbers; Indonesian single names and bin/binti names; names inside e-mail addresses; the political officer listed as cook and called Cook in remarks beside the ordinary rank cook; agency, vessel, ports and ministry public.",
        "text": """{{u:PT SAMUDRA BAHARI CREWING}}
Licensed Manning Agency SIUPPAK No. 512/2019 - {{u:Jakarta Utara}}
Jl. Pluit Raya No. 88, {{u:Jakarta}} 14450
ops: {{p:hendra.wijaya}}@samudrabahari.co.id / docs: {{p:sri.lestari}}@samudrabahari.co.id

CREW LIST (IMO FAL FORM 5) - REV. 3
Vessel: {{u:FV HAI XIANG 808}}    Flag: {{u:Vanuatu}}    Call sign: YJXX8
Port of arrival: {{u:Benoa}}, {{u:Bali}}    Date: 31/04/2020
Last port of call: {{u:Port Louis}}, {{u:Mauritius}}

No | Family name, given names | Rank | Nationality | DOB | Seaman book | Sign-on (LOCODE)
01 | {{p:CHEN, GUOQIANG}} | Master | CHN | 11/02/1971 | C0298811 | 02/08/2019 CNZOS
02 | {{p:LIN, ZHIWEI}} | Chief Officer | CHN | 07/07/1983 | C0311902 | 02/08/2019 CNZOS
03 | {{p:SUPRIYADI}} | Bosun | IDN | 19/05/1980 | F 118273 | 15/08/2019 IDBOA
04 | {{p:SITUMORANG, ROBERT HARIS}} | AB | IDN | 23/09/1992 | F 220931 | 15/08/2019 IDBOA
05 | {{p:AGUS SALIM BIN MUHAMMAD}} | AB | IDN | 01/01/1995 | F 231187 | 15/08/2019 IDBOA
06 | {{p:NURHADI}} | Oiler | IDN | 30/03/1990 | F 190245 | 15/08/2019 IDBOA
07 | {{p:DEWI, KADEK}} | Deckhand | IDN | 12/12/1999 | F 301188 | 15/08/2019 IDBOA
08 | {{p:PUTU ARTAWAN}} | Deckhand | IDN | 04/06/1998 | F 298840 | 15/08/2019 IDBOA
09 | {{r:KIM, CHOL NAM}} | Deckhand | PRK | 09/10/1987 | 836120044 | 20/09/2019 MUPLU
10 | {{r:RI, KWANG HYOK}} | Deckhand | PRK | 17/01/1991 | 836120051 | 20/09/2019 MUPLU
11 | {{p:JONG, MYONG SU}} | Deckhand | PRK | 22/08/1985 | 836120062 | 20/09/2019 MUPLU
12 | {{r:PAK, SONG IL}} | Cook | PRK | 03/03/1974 | 836120009 | 20/09/2019 MUPLU
13 | {{p:TRAN VAN DUNG}} | Deckhand | VNM | 14/07/1994 | B 7739120 | 02/08/2019 CNZOS
14 | {{p:ABDULLAH}} | Deckhand | IDN | 00/00/1996 | F 310022 | 15/08/2019 IDBOA

Total on board: 14 (fourteen). Nil passengers.

REMARKS (agency ops, typed from the handwritten sheet of Capt. {{p:Chen}}):

- Seq. 03 Bosun {{p:Supriyadi}}: single name, as per passport. Do not add "bin". His wife {{p:Siti Aminah binti Rasyid}} calls the office every week; {{p:Sri}} has her number.
- Seq. 07 {{p:Kadek Dewi}} is male (Balinese name); immigration at {{u:Ngurah Rai}} queried "{{p:Dewi}}". Please print given name first on the next list: {{p:Kadek Dewi}}, not {{p:DEWI}}.
- Seq. 09-12: four DPRK crew joined at {{u:Port Louis}} from the transshipment vessel {{u:FV JIN HAI 12}}. They hold seaman books only, no passports on board. Master says passports "with the cook". The cook {{r:Pak Song-il}} speaks for all four and answers for them; the other three do not speak to the Indonesian crew. Bosun {{p:Supriyadi}} reports that {{r:Cook}} sleeps in the same cabin as {{r:Kim Chol-nam}} and {{r:Ri Kwang-hyok}}, and that the galley is run by {{p:Abdullah}}, not by {{r:Pak}}.
- On 28/03 {{r:KIM CHOL NAM}} (seq. 09) injured right hand on the line hauler. Treated on board by C/O {{p:Lin}}. {{p:Lin Zhiwei}} wrote in the medical log "Korean crew {{r:Kim}}, finger". {{r:Kim}} asked {{p:Robert}} (seq. 04) in English for "police" and "{{u:Korea South}}". {{p:Robert Situmorang}} told {{p:Hendra}} by WhatsApp on 29/03. {{r:Pak}} took the phone away from {{r:Chol-nam}} after that.
- On 30/03 {{r:Ri Kwang-hyok}} and {{p:Jong Myong-su}} refused work for one day. Capt. {{p:Chen Guoqiang}} logged it as "sick". {{r:Kwang-hyok}} told {{p:Putu}} (seq. 08) with hand signs that they have not been paid since joining and that the money goes to "{{r:Pak}} and {{u:Pyongyang}}".
- Seq. 13 {{p:Tran Van Dung}} ({{p:Trần Văn Dũng}}) to sign off at {{u:Benoa}} for repatriation to {{u:Ho Chi Minh City}}; agent {{u:Vinamarine}} informed.
- Seq. 14 {{p:ABDULLAH}}: DOB unknown, passport shows 00/00. Use 01/07/1996 as per {{u:Kementerian Kelautan dan Perikanan}} guidance. Galley hand, not "Cook".

ACTION (ops):
1. {{p:Hendra}} to inform {{u:Kementerian Ketenagakerjaan}} and {{u:BP2MI}} of the four DPRK crew before berthing. Do not discuss with the Master by phone.
2. {{p:Sri Lestari}} to prepare sign-off papers for {{p:Tran Van Dung}} and {{p:Nurhadi}} (contract ended).
3. {{p:Wijaya}}: check with {{u:KBRI Port Louis}}? whether the transshipment from {{u:FV JIN HAI 12}} was reported.
4. Ask {{p:Agus Salim}} and {{p:Putu Artawan}} to give short statements about {{r:Kim}}, {{r:Ri}} and {{p:Jong}}. Use the interpreter Mrs {{p:Hanna Park}} ({{p:hanna}}.interp@gmail.com), not the Korean restaurant man.
5. Nobody to call the four DPRK men by name on the radio. Use seq. numbers.

Prepared by: {{p:Sri Lestari}}, Documentation
Checked by: {{p:Hendra Wijaya}}, Operations Manager
cc: {{p:yohanes.k}}@samudrabahari.co.id (legal)""",
    },
    {
        "id": "h35-en-04",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Choe Myong-chol", "최명철", "witness", ["Myong-chol"]),
            ("Rim Hak-su", "림학수", "supervisor", []),
            ("Ju Song-ho", "주성호", "coworker", ["Song-ho"]),
        ],
        "note": "Qatari hospital admission record, CRLF; patient name in Latin with comma inversion, in Arabic script and as initials; company representative Rim (also spelt Lim) who answers for the patient; Filipino, Indian and Egyptian clinical staff with Dr/RN titles; heat stroke from a Lusail site; hospital, ministry, law and places public.",
        "text": """{{u:HAMAD MEDICAL CORPORATION}}
{{u:Hamad General Hospital}} - Emergency Department
ADMISSION RECORD / سجل الدخول

MRN: HGH-7730921        Encounter: ED-2019-0815-0442
Patient name: {{r:CHOE, MYONG CHOL}}
Name (Arabic): {{r:تشوي ميونغ تشول}}
Sex: M    DOB: 15/07/1986 (per QID)    QID: 28640800xxx
Nationality: Korea, Democratic People's Republic of
Occupation: Mason    Sponsor / employer: {{u:Al Sahel Building Contracting W.L.L.}}
Address: labour camp, Street 41, {{u:Industrial Area}}, {{u:Doha}}
Arrived: 15/08/2019 13:52, by private vehicle (company pick-up)
Accompanied by: Mr {{r:RIM HAK SU}} (company representative, states he is "team leader"), and co-worker Mr {{r:JU SONG HO}}
Next of kin: not provided. Rep. {{r:Rim}} states family "in {{u:Korea}}", refuses to give a number.
Preferred language: Korean. Interpreter: telephone interpreter Ms {{p:Ji-yeon Seo}} (ID 4471), 14:20-14:55.

TRIAGE (RN {{p:Joy Abad}}, 13:55)
CTAS 2. Collapsed at work site in {{u:Lusail}} at approx. 12:40, outdoor concrete pour. Temp 41.2 C (rectal 41.6), HR 138, BP 92/50, GCS 13. Skin hot, dry. Co-worker {{r:Ju}} states pt worked since 04:30, "little water". Rep. {{r:Rim Hak-su}} contradicts: "he had water, he is weak". Note: midday outdoor work ban in force (15 June - 31 Aug) under {{u:Ministerial Decision No. 16 of 2007}}. Reported to supervisor.

PHYSICIAN NOTE (Dr {{p:Karthik Raman}}, EM Resident, 14:05)
35M brought in with exertional heat stroke. Active cooling started (ice water immersion), IV NS 2 L. By 14:40 temp 38.9. Pt now GCS 15, oriented. Pt gives name as "{{r:Myong-chol}}", says surname {{r:Choe}}. Via interpreter {{p:Seo}}: pt reports working 05:00-19:00 daily, one day off per month, no shade at site. Pt asked interpreter whether the doctor "will tell {{r:Rim}}". Rep. {{r:Lim}} (spelling on his card: {{r:LIM HAK SOO}}) entered the bay twice during history-taking; asked to wait outside by charge nurse {{p:Ma. Cristina Dela Cruz}}. Pt then stated he has not received salary "for many months, it goes to the team leader". Pt declined to say more once {{r:Rim}} returned.
Plan: admit MICU for observation (CK 9,800, creatinine 2.1, possible rhabdomyolysis). Consult Nephrology. SW referral.
Attending: Dr {{p:Hala Mostafa}}, cosigned 15:10.

MICU NOTE (Dr {{p:Mohammed Al-Kuwari}}, 17:30)
Pt stable. Urine output adequate. Rep. {{r:Rim}} requested discharge "today, he must work tomorrow". Explained not medically appropriate. Rep. {{r:Rim}} asked for the pt's QID back; QID is with the hospital records office per policy. Pt tearful; said to nurse in English "no go camp". RN {{p:Abad}} documented.

SOCIAL WORK (Ms {{p:Noura Al-Mannai}}, SW, 16/08/2019 10:15)
Interview with pt via interpreter Ms {{p:Seo}}, {{r:Rim}} not present (security asked him to wait at main lobby). Pt {{r:C.M.C.}} reports: recruited 2017 through a state company in {{u:Pyongyang}}; QID and passport held by {{r:Rim}}; salary QAR 1,200 on contract, receives QAR 150 at most; 28 men in one villa room in {{u:Umm Salal}}. Co-worker {{r:Ju Song-ho}} collapsed in July 2019 and "was sent home, not to hospital". Pt fears for wife ({{p:Kang Un-hui}}) and son in {{u:Sinuiju}} if he complains. Pt asks that {{r:Ju}} not be blamed for bringing him in the car.
SW actions: informed pt of rights under {{u:Law No. 14 of 2004}} (Labour Law) and of the Labour Dispute Settlement Committees; pt declined complaint "for now". Referred to {{u:Ministry of Administrative Development, Labour and Social Affairs}} labour inspection (hot-line report ref. 19-08-3381, heat ban violation only, no name given). Informed {{u:National Human Rights Committee}} duty officer, Mr {{p:Khalid}}, by phone.

DISCHARGE (19/08/2019 11:00)
Discharged to employer transport. Rep. {{r:Rim Hak-su}} signed for the patient; pt did not sign. Co-worker {{r:Song-ho}} (visited on 18/08) was not present. Follow-up: Nephrology clinic 02/09/2019 - DID NOT ATTEND. Tel. attempts by SW {{p:Al-Mannai}} on 03/09 and 10/09: number belongs to {{r:Rim}}, who stated pt "went home to {{u:Korea}}". Case closed by SW {{p:N. Al-Mannai}} 12/09/2019.

Record printed 04/06/2022 on request of Dr {{p:Hala Mostafa}} for the hospital ethics committee.""",
    },
    {
        "id": "h35-en-05",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yang Chol-bom", "양철범", "supervisor", ["Ян Чол Бом"]),
            ("Sin Kyong-chol", "신경철", "witness", ["Kyong-chol", "경철"]),
            ("Mun Ho-nam", "문호남", "coworker", ["Ho-nam", "문호남"]),
        ],
        "note": "Kazakhstan border-crossing log (working translation of a Russian-language log), tab-separated shift entries; Korean names in Cyrillic caps and Latin caps, surname-plus-initials (SIN K.C.), a Korean given name with particle inside a Latin note; Kazakh and Russian officers with rank before the name; Koryo-saram interpreter Tsoy/Цой; surnames Sin and Mun as bare names; UNHCR focal point private; border post, agencies, towns public.",
        "text": """{{u:BORDER SERVICE OF THE NATIONAL SECURITY COMMITTEE OF THE REPUBLIC OF KAZAKHSTAN}}
Border crossing point "{{u:Zhaisan}}" (road), {{u:Aktobe Region}} - opposite {{u:Orenburg Oblast}} (RF)
LOG OF PERSONS AND VEHICLES, SHIFT No. 3 - working translation for the NGO, Cyrillic kept where the log has it

Shift commander: Capt. {{p:Serikbayev A.Zh.}} ({{p:Серикбаев А.Ж.}})
Senior controller: Sr. Lt. {{p:Nurmagambetova D.}}
Controllers: Lt. {{p:Ospanov}}, Sgt. {{p:Kravets}}, Sgt. {{p:Zhumabekova}}

Time	Dir	Vehicle	Persons / documents	Remarks
06:12	IN	KZ 457 ABD 04 (truck)	{{p:ISMAILOV RUSTAM}}, KAZ	grain, cleared
06:40	IN	RUS A771KO 56 (car)	{{p:ПЕТРЕНКО ОЛЕГ}}, RUS; {{p:ПЕТРЕНКО ГАЛИНА}}, RUS	family visit to {{u:Aktobe}}, cleared
07:05	OUT	KZ 118 BBN 04 (truck)	{{p:TULEGENOV B.}}, KAZ	empty, cleared
07:31	IN	RUS Е290ТН 56 (bus, "{{u:Orenburgtrans}}")	driver {{p:КОЗЛОВ С.И.}}, RUS; 24 pax DPRK, official passports, group leader {{r:ЯН ЧОЛ БОМ}} ({{r:YANG CHOL BOM}})	see note 1
08:15	IN	same bus	secondary check	see note 2
09:50	OUT	RUS Е290ТН 56	driver {{p:Kozlov}} only	bus returned empty, see note 3
10:20	IN	KZ 902 AAC 02 (car)	{{p:ЦОЙ ВИКТОР ЕНОВИЧ}}, KAZ	interpreter called by shift commander
11:02	OUT	on foot	{{r:СИН ГЁН ЧОЛЬ}} ({{r:SIN KYONG CHOL}}), DPRK	see note 4

NOTE 1. Group of 24 DPRK citizens with service passports, visa-free entry, stated purpose "business trip" to {{u:Astana}}, inviting party {{u:TOO Nur-Kurylys Invest}} (fictitious address per database check). Group leader {{r:Yang Chol-bom}} presented a list typed in Russian. Controller {{p:Zhumabekova}} noted that 19 of 24 had construction tool bags and work boots. {{r:Ян Чол Бом}} answered all questions for the group; when Sgt. {{p:Kravets}} asked passenger No. 7 directly, {{r:Yang}} stood up and answered instead.

NOTE 2. Secondary check ordered by Capt. {{p:Serikbayev}}. Passenger No. 7: {{r:МУН ХО НАМ}} ({{r:MUN HO NAM}}), b. 1990. Passenger No. 12: {{r:SIN KYONG CHOL}}, b. 1983. Through the interpreter {{p:Tsoy}}, arrived at 10:20, passenger {{r:Mun}} stated he is a plasterer, had worked in {{u:Orenburg}} and {{u:Samara}} since 2018 and that "{{r:Yang}} comrade" holds all the money. Passenger {{r:Sin}} stated he did not know where in {{u:Kazakhstan}} they were going and asked the interpreter in Korean whether this was "already {{u:China}}". Mr {{p:Tsoy Viktor}} ({{p:Цой В.Е.}}) is a {{u:Kazakhstan}} citizen of Korean descent ({{u:Koryo-saram}}) from {{u:Aktobe}}, registered as a court interpreter.

NOTE 3. At 09:40 the group leader {{r:Yang}} informed Capt. {{p:Serikbayev}} that the group "changed plans" and would return to {{u:Russia}}. 23 persons re-boarded the bus and exited towards {{u:Sol-Iletsk}} at 09:50. Passenger {{r:Sin Kyong-chol}} was not among them; {{r:Yang Chol-bom}} stated that {{r:Sin}} "went to the toilet" and would be collected "later". Sr. Lt. {{p:Nurmagambetova}} recorded that {{r:Ян}} made a phone call in Korean before re-boarding; the interpreter {{p:Tsoy}} heard the words "{{r:경철}}이" and "잡아라" ("catch him").

NOTE 4. At 11:02 {{r:Sin Kyong-chol}} was found behind the inspection hangar by Lt. {{p:Ospanov}}. Through {{p:Tsoy}}: {{r:Kyong-chol}} asks not to be returned to the group, says he and {{r:Ho-nam}} ({{r:Mun}}) were beaten by {{r:Yang}} in {{u:Samara}} in January for asking about wages, says his passport is with {{r:Yang}} and he has only a photocopy. States he wants to go to "the Korean embassy, South". Capt. {{p:Serikbayev}} informed the {{u:Migration Service}} duty officer and the {{u:UNHCR}} focal point in {{u:Almaty}}, Ms {{p:Aigerim Bekova}} (by phone, 11:20). {{r:SIN K.C.}} held in the waiting room with water and food. Sgt. {{p:Kravets}} reports that {{r:Sin}} repeated the name "{{r:문호남}}" several times and asked if {{r:Ho-nam}} had also stayed. He had not.

Handed over at 20:00 to shift No. 4, Capt. {{p:Abenov}}. Signed: {{p:Serikbayev A.Zh.}}""",
    },
    {
        "id": "h35-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Un-hyang", "최은향", "witness", ["Un-hyang"]),
            ("Ri Myong-ok", "리명옥", "supervisor", []),
            ("Kye Sol-mi", "계설미", "coworker", ["Sol-mi"]),
        ],
        "note": "Vietnamese police report (biên bản) in English translation with Vietnamese headings and org names (Công an, Bệnh viện); Korean names in Vietnamese rendering (Thôi Ân Hương) and Latin caps; Vietnamese witnesses with anh/chị/ông honorifics and given-name-only references (Hà, Tuấn); officers with ranks; restaurant, hospital and wards public.",
        "text": """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc
{{u:CÔNG AN THÀNH PHỐ HÀ NỘI}}
{{u:CÔNG AN QUẬN ĐỐNG ĐA}} - {{u:Công an phường Láng Hạ}}

BIÊN BẢN GHI LỜI KHAI / RECORD OF STATEMENT
(Unofficial English translation prepared for the NGO by {{p:Phạm Thị Lan}}; Vietnamese terms kept in brackets)

At 23:40 on 07/11/2018, at the headquarters of {{u:Công an phường Láng Hạ}}, we:
- Senior Lieutenant (Thượng úy) {{p:Nguyễn Văn Hùng}}, investigation officer;
- Lieutenant (Trung úy) {{p:Đỗ Thị Mai Anh}}, recording officer;
with the interpreter {{p:Bùi Quang Vinh}} (Korean-Vietnamese), recorded the statement of:

Full name: {{r:CHOE UN HYANG}} (Vietnamese rendering: {{r:Thôi Ân Hương}})
Sex: female. Year of birth: 1996. Nationality: DPRK (Triều Tiên).
Passport: not in possession (stated to be held by the restaurant manager).
Occupation: waitress and singer at {{u:Nhà hàng Mẫu Đơn}} (Korean restaurant), {{u:Láng Hạ}} street, {{u:Đống Đa}} district.

CONTENT OF THE STATEMENT
I, {{r:Choe Un-hyang}}, came to {{u:Hà Nội}} in March 2017 with eleven other girls from {{u:Pyongyang}}. We work at the restaurant from ten in the morning to eleven at night, serve tables and sing for guests in the evening. The manager is Madam {{r:Ri Myong-ok}}; the Vietnamese staff call her "chị {{r:Ri}}" or "bà {{r:Lý}}" ({{r:Lý Minh Ngọc}} on the lease, which is how the landlord wrote her name). We live on the third floor above the restaurant. We are not allowed to go out except in a group with Madam {{r:Ri}}.

This evening at about 21:30 my friend {{r:Kye Sol-mi}} fell on the stairs when carrying a tray of hot pots, and her arm was burnt and bent in a wrong way. Madam {{r:Ri Myong-ok}} said that we would not go to hospital and that {{r:Sol-mi}} should rest. {{r:Sol-mi}} was crying. The Vietnamese cashier, chị {{p:Hà}}, said in Vietnamese that the arm was broken. When Madam {{r:Ri}} went upstairs to telephone the embassy, {{p:Hà}} called a taxi. I went with {{r:Sol-mi}} in the taxi to {{u:Bệnh viện Bạch Mai}}. The taxi driver was anh {{p:Tuấn}}; he did not take money.

At the hospital, while the doctor was treating {{r:Sol-mi}}, Madam {{r:Ri}} arrived with a man from the embassy, Mr {{p:Hyon}}. Mr {{p:Hyon}} told me to return to the restaurant. I did not want to go. I asked the hospital guard to call the police. That is why I am here.

I declare that I was not forced to come to the police. I ask not to be sent back to the restaurant tonight, and I ask that {{r:Kye Sol-mi}} be protected because Madam {{r:Ri}} will punish her for going to hospital.

(Note of officer {{p:Hùng}}: the witness wrote her name in Korean as "{{r:최은향}}" and her friend's as "{{r:계설미}}", Vietnamese rendering {{r:Kế Tuyết Mỹ}}.)

STATEMENTS OF VIETNAMESE WITNESSES
1. {{p:Trần Thị Thu Hà}}, born 1993, cashier at the restaurant since 2016, resident of {{u:phường Khương Thượng}}. Chị {{p:Hà}} confirms that {{r:Kế Tuyết Mỹ}} fell at about 21:30 and that the manager refused to call an ambulance. Chị {{p:Hà}} states that the Korean waitresses are not allowed to keep their telephones; the manager {{r:Lý Minh Ngọc}} collects them at night. She states that in 2017 another waitress, known to the staff as "{{p:Hoa}}" (Korean name unknown), was sent home after talking to a customer.

2. {{p:Lê Minh Tuấn}}, born 1985, driver for {{u:Mai Linh}} taxi, plate 30A-xxx.xx. Anh {{p:Tuấn}} confirms he drove two Korean women from the restaurant to {{u:Bệnh viện Bạch Mai}}, arriving 21:55, and that he did not charge.

3. {{p:Nguyễn Đức Long}}, security guard at the emergency department, {{u:Bệnh viện Bạch Mai}}. Ông {{p:Long}} states that at 22:40 a Korean woman (the manager) and a Korean man tried to take the witness {{r:Thôi Ân Hương}} by the arm out of the emergency hall. The witness shouted "police". {{p:Long}} called the ward police at 22:45.

4. Dr {{p:Vũ Hoàng Nam}}, duty doctor, orthopaedics. Patient registered as "{{r:KYE SOL MI}}", closed fracture of the left radius and second-degree burns on the left forearm. Dr {{p:Nam}} states the patient said nothing and looked at the manager before answering each question.

STATEMENT OF THE MANAGER
{{r:RI MYONG OK}} ({{r:Lý Minh Ngọc}}), born 1979, manager of {{u:Nhà hàng Mẫu Đơn}}. Ms {{r:Ri}} declined to make a statement without the presence of a representative of the {{u:Embassy of the DPRK}}. The man accompanying her, who identified himself as {{p:Hyon Chol-jun}}, second secretary, showed a diplomatic card; recorded only his name.

MEASURES
The witness {{r:Choe Un-hyang}} was placed, with her consent, in the care of the ward women's union officer, bà {{p:Đinh Thị Hồng}}, for the night. The case is reported to {{u:Công an quận Đống Đa}} and to the {{u:Cục Quản lý xuất nhập cảnh}} (Immigration Department). The patient {{r:Kye Sol-mi}} remains at {{u:Bệnh viện Bạch Mai}}.

The record was read back to the witness through the interpreter {{p:Vinh}}; the witness agreed and signed.

Witness (signed in Korean): {{r:최은향}}    Interpreter: {{p:Bùi Quang Vinh}}
Recording officer: {{p:Đỗ Thị Mai Anh}}    Investigation officer: {{p:Nguyễn Văn Hùng}}

[Translator {{p:Lan}}: the record ends here. The NGO was told by {{p:Hà}} on 12/11/2018 that {{r:Un-hyang}} was taken to the embassy two days later. No news of {{r:Sol-mi}}.]""",
    },
    {
        "id": "h35-en-07",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Han Kwang-song", "한광성", "witness", ["Kwang-song"]),
            ("Sol Jong-hun", "설정훈", "supervisor", []),
            ("Yom Chol", "염철", "coworker", []),
        ],
        "note": "E-mail thread from a French NGO partner, CRLF, with headers, quoted replies and signatures; names in e-mail addresses and display names, French given-name-only and surname-only references, M./Mme titles; Korean worker written Han Kwang Song, HAN Kwang-song, Kwang-song HAN and in Hangul; initials HAN K.S. in every subject line; Polish shipyard names; OFPRA, associations and French/Polish places public.",
        "text": """From: {{p:Camille Lefèvre}} <{{p:c.lefevre}}@passerelles-asile.fr>
To: {{p:Min-seo Cha}} <{{p:minseo.cha}}@freedomlabour-kr.org>
Cc: {{p:Thibault Girard}} <{{p:t.girard}}@passerelles-asile.fr>; {{p:juriste.sophie}}@passerelles-asile.fr
Date: Tue, 12 Mar 2024 18:41:07 +0100
Subject: RE: RE: {{r:HAN K.S.}} - {{u:OFPRA}} interview, documents from {{u:Poland}}

Dear {{p:Min-seo}},

Thank you for your fast answer, and sorry for my English, {{p:Thibault}} usually writes these mails but he is on leave until Monday.

Good news first: {{u:OFPRA}} has fixed the interview of M. {{r:HAN Kwang-song}} for 4 April at 9h30 in {{u:Fontenay-sous-Bois}}. He will have a Korean interpreter from the office. {{p:Sophie}} ({{p:Sophie Marchetti}}, our lawyer) will go with him. M. {{r:Han}} asked me to tell you that he is "very nervous but also happy", and that he thanks Mrs {{p:Cha}} and "the pastor in {{u:Seoul}}".

About your questions:

1) Yes, the name on his Polish papers is written "{{r:HAN KWANG SONG}}", on the North Korean passport copy "{{r:Han Kwang Song}}", and the Polish employer's payslips say "{{r:Kwang Song Han}}" (given name first). {{u:OFPRA}} will ask why they differ, so your letter confirming that it is the same person is very useful. Could you also write his name in Korean letters in the letter ({{r:한광성}})? {{p:Sophie}} says the officer likes to see it.

2) Shipyard: he worked from 2016 to 2018 in {{u:Gdańsk}} for a subcontractor called {{u:Baltic Steel Crew Sp. z o.o.}}, welding hull sections that went to the yard of {{u:Nauta}}... no, sorry, he is not sure which yard, he says "the big blue cranes". Please do not put a yard name in your letter, we do not want a mistake.

3) The man who took his passport: {{r:Sol Jong-hun}}, group leader. {{r:Kwang-song}} calls him "{{r:Sol}} the chief". {{r:Sol}} kept the passports of all 16 welders in a car boot, and the wages came to {{r:Sol}}'s Polish bank account. {{r:Kwang-song}} says a Polish foreman, {{p:Marek}}, once asked {{r:Sol Jong-hun}} why "the Koreans never go to the shop". {{p:Marek}}'s surname he does not know.

4) The friend: {{r:Yom Chol}}. He escaped with {{r:Kwang-song}} in 2018 on the train to {{u:Berlin}}, but {{r:Yom}} was stopped at the border in {{u:Frankfurt (Oder)}} and sent back to {{u:Poland}}. {{r:Kwang-song}} does not know what happened after. He asks if your network can find news of {{r:Yom Chol}} ({{r:염철}}). I know it is a difficult demand.

5) {{r:Kwang-song}} now lives in a CADA in {{u:Créteil}}, and he works as a volunteer at the {{u:Restos du Cœur}}. He is learning French with a retired teacher, Mme {{p:Odile Besnard}}, who is very kind. He calls her "{{p:Madame Odile}}".

One more thing. He told {{p:Thibault}} that the group leader {{r:Sol}} had a deputy, a young man named {{p:Ju}} or {{p:Joo}}, who did the beatings. He asks that this name is not in any public report because {{p:Ju}}'s mother lives near {{r:Kwang-song}}'s family in {{u:Hyesan}}.

Bien à vous,
{{p:Camille}}

--
{{p:Camille Lefèvre}}
Chargée d'accompagnement juridique
{{u:Association Passerelles Asile}} - 27 rue des Vinaigriers, 75010 {{u:Paris}}
+33 1 xx xx xx xx

-----Original Message-----
From: {{p:Min-seo Cha}} <{{p:minseo.cha}}@freedomlabour-kr.org>
Sent: Monday, 11 March 2024 10:02
To: {{p:c.lefevre}}@passerelles-asile.fr
Subject: RE: {{r:HAN K.S.}} - {{u:OFPRA}} interview, documents from {{u:Poland}}

Dear {{p:Camille}}, dear {{p:Thibault}},

We can write a support letter for Mr {{r:Han}}. We met {{r:Kwang-song HAN}} by video on 7 March with {{p:Thibault}}. For the letter we need: (1) the exact spelling on each document, (2) the name of the company in {{u:Gdańsk}}, (3) the name of the group leader, (4) anything about {{r:Yom}}.

Best regards,
{{p:Min-seo Cha}} ({{p:차민서}})
Case officer, {{u:Freedom Labour Korea}}

-----Original Message-----
From: {{p:Thibault Girard}} <{{p:t.girard}}@passerelles-asile.fr>
Sent: Friday, 1 March 2024 16:15
Subject: {{r:HAN K.S.}} - {{u:OFPRA}} interview, documents from {{u:Poland}}

Hello {{p:Min-seo}}, we have a new person, M. {{r:Han}}, North Korean, ex-welder in {{u:Poland}}. He found your leaflet at the {{u:Gare du Nord}}...""",
    },
    {
        "id": "h35-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pak Myong-ho", "박명호", "witness", ["Myong-ho"]),
            ("Ro Kyong-su", "로경수", "supervisor", []),
            ("Chae Yong-bin", "채영빈", "coworker", []),
        ],
        "note": "Kuwaiti company termination letter with an annex of terminated workers and NGO margin notes; names in caps with Civil ID, given-name-first payroll spelling, surname Ro also written No and Roh; Arab HR staff with Mr/Eng. titles and Abu kunya; a worker nicknamed Baby beside the ordinary word; impossible date in the annex; law, authority and places public.",
        "text": """{{u:GULF CRESCENT GENERAL TRADING & CONTRACTING CO. W.L.L.}}
P.O. Box 2xxxx, {{u:Safat}} 13xxx, {{u:State of Kuwait}}
Ref: GC/HR/TRM/2017/118        Date: 02/10/2017

To: Mr. {{r:PAK MYONG HO}}
Civil ID: 28x0xxxxxxxx    Employee No.: GC-4471
Position: Steel fixer    Site: Project 14, {{u:Jaber Al-Ahmad City}}

Subject: TERMINATION OF EMPLOYMENT CONTRACT

Dear Mr. {{r:Pak}},

With reference to the agreement between the Company and the supplying contractor, and to the instruction received from your team leader Mr. {{r:RO KYONG SU}}, we regret to inform you that your employment with the Company is terminated with effect from 05/10/2017, in accordance with Article 41 of the {{u:Kuwait Labour Law No. 6 of 2010}}.

Your end-of-service indemnity, leave encashment and outstanding salary for August and September 2017, totalling KWD 1,418.250, will be paid by bank transfer. As per the standing instruction on your file, payment will be made to the account designated by the team leader, Mr. {{r:Ro}}.

You are requested to hand over all company property (helmet, safety shoes, site pass, room key) to the camp boss, Mr. {{p:Sunil Kumar}}, before 04/10/2017. Your residence permit will be cancelled through the {{u:Public Authority for Manpower}}, and your exit will be arranged by the team leader in coordination with the Company's Government Relations Officer, Mr. {{p:Abu Fahad}} ({{p:Fahad Al-Enezi}}).

We thank you for your services and wish you success.

Yours faithfully,
{{p:Tareq M. Al-Shammari}}
HR Manager
Received by (employee): ______________  Witnessed by: Eng. {{p:Wael Haddad}}, Project Manager

ANNEX A - Korean crew terminated under the same instruction (team leader {{r:NO KYONG SOO}} - spelling as on his own Civil ID)
No. | Name (as on Civil ID) | Payroll name | Emp. No. | Last day
1 | {{r:PAK MYONG HO}} | {{r:Myong Ho Pak}} | GC-4471 | 05/10/2017
2 | {{r:CHAE YONG BIN}} | {{r:Yong Bin Chae}} | GC-4472 | 05/10/2017
3 | {{p:KANG CHOL}} | {{p:Chol Kang}} | GC-4475 | 05/10/2017
4 | {{p:RI SONG HUN}} | {{p:Song Hun Ri}} | GC-4478 | 05/10/2017
5 | {{p:TO MYONG GIL}} | {{p:Myong Gil To}} | GC-4480 | 05/10/2017
6 | {{p:HWANG IL}} | {{p:Il Hwang}} | GC-4481 | 32/09/2017
7 | {{p:KIL SONG MAN}} | {{p:Song Man Kil}} | GC-4483 | 05/10/2017

NGO NOTES (added by {{p:Ha-eun}} when the copy reached us, 2019)
- The letter was given to {{r:Myong-ho}} by {{r:Ro Kyong-su}} himself, in English, with no translation. {{r:Pak}} says he signed nothing; the "Received by" line is blank on his copy.
- The "standing instruction" means the money for all seven men went to {{r:Roh}}'s account at a bank in {{u:Kuwait City}}. {{r:Myong-ho}} never saw the KWD 1,418.
- Why seven men: on 24/09/2017 {{r:Chae Yong-bin}} fell through a slab opening at the site. {{r:Chae}} was taken to {{u:Al-Adan Hospital}} by the Egyptian site engineer, Eng. {{p:Haddad}}. The other six refused to work the next morning until {{r:Yong-bin}} was seen by a doctor. {{r:Ro}} reported them to the embassy as a "group incident" and had them sent home. {{r:Pak}} left through {{u:Kuwait International Airport}} on 09/10/2017 but did not board the second flight in {{u:Beijing}}.
- Row 6: {{p:HWANG IL}}'s date 32/09 is a typo in the original. Co-workers called {{p:Hwang Il}} "{{p:Baby}}" because he was the youngest; he was nineteen. Nobody in the group knew a real baby. {{r:Pak}} believes {{p:Baby}} was sent to a labour camp after return.
- Row 5: {{p:To Myong-gil}}. Surname {{p:To}} (도), not the English word. Please check in the database: there may be a second {{p:To Myong-gil}} from the {{u:Qatar}} files.
- The camp boss {{p:Sunil}} (Indian) helped {{r:Myong-ho}} hide his own copy of the letter in his shoe. Do not contact {{p:Sunil Kumar}} without asking {{r:Pak}} first.
- {{p:Abu Fahad}} still works for the company. His real name is on the letter; redact in any use.""",
    },
    {
        "id": "h35-en-09",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Tak Yong-chol", "탁영철", "supervisor", []),
            ("Kwon Sung-il", "권성일", "witness", ["Sung-il"]),
            ("Bong Chol-u", "봉철우", "coworker", ["Chol-u"]),
        ],
        "note": "Mongolian labour inspection report in English with Mongolian org and company names in Cyrillic (ХХК, газар); Mongolian inspectors in patronymic-initial form (B. Ganbold) and Cyrillic; Korean workers in Latin caps and in Mongolian Cyrillic (Тагь Ён Чол); surname Tak and Bong as bare names; mixed line endings; agencies, mining company, districts and city public.",
        "text": """{{u:МЭРГЭЖЛИЙН ХЯНАЛТЫН ЕРӨНХИЙ ГАЗАР}}
{{u:General Agency for Specialized Inspection}} - Labour and Social Welfare Inspection Department
INSPECTION REPORT No. ХН-2018/0733 (English courtesy translation)

Place of inspection: {{u:Хар Тал Коул ХХК}} ({{u:Khar Tal Coal LLC}}), open-pit and underground coal site, {{u:Nalaikh}} district, {{u:Ulaanbaatar}}
Subcontractor: {{u:Дэлгэр Хөдөлмөр Трейд ХХК}} (labour supply), registered in {{u:Sükhbaatar}} district
Date: 21-22 November 2018
Inspectors: {{p:B. Ganbold}} ({{p:Б. Ганболд}}), state senior inspector; {{p:Ts. Oyunchimeg}} ({{p:Ц. Оюунчимэг}}), state inspector; {{p:D. Enkhjargal}}, occupational safety
Accompanied by: {{p:S. Tömörbaatar}}, site director of {{u:Khar Tal Coal LLC}}; {{r:Tak Yong-chol}}, brigade leader

1. BACKGROUND
The inspection was carried out following complaint No. 1184 received by telephone on 12.11.2018 from a resident of {{u:Nalaikh}}, citizen {{p:G. Bolormaa}}, who reported that "Korean workers are living in a container without heating" near the mine entrance.

2. FOREIGN WORKERS FOUND
At the time of inspection 43 citizens of the DPRK were present. The subcontractor holds labour permits issued by the {{u:Хөдөлмөр, халамжийн үйлчилгээний ерөнхий газар}} for 30 persons only, as "construction workers", not as miners. The group is headed by {{r:TAK YONG CHOL}} ({{r:Тагь Ён Чол}}), who presented himself as "interpreter and brigade leader". Citizen {{r:Tak}} provided a list of names written in Mongolian Cyrillic; the names of 13 persons on site did not appear on it.

Inspector {{p:Ganbold}} interviewed three workers separately with the help of the freelance interpreter {{p:Kim Yu-na}} ({{p:Ким Юна}}), a South Korean resident of {{u:Ulaanbaatar}}:

(a) {{r:KWON SUNG IL}} ({{r:Гуон Сүн Ил}}), born 1984, miner underground shift. Citizen {{r:Kwon}} stated that he works 12-hour shifts seven days a week, that the brigade leader {{r:Tak}} holds his passport, and that he has received "about 50 dollars" since June. He stated that the subcontractor pays wages to {{r:Tak Yong-chol}} in cash. When asked if he had been injured, {{r:Kwon Sung-il}} showed a scar on the left forearm and said a rock fell in September; he was treated only by {{r:Bong}}, a worker who "was a nurse in the army".

(b) {{r:BONG CHOL U}} ({{r:Бон Чол У}}), born 1979. Citizen {{r:Bong}} confirmed that he gives first aid without medicines and that two men, {{p:Ri Myong-su}} and {{p:Sok Hyon}}, were sent back to the DPRK in October after injuries. He refused to answer further once {{r:Tak}} entered the room. Inspector {{p:Oyunchimeg}} asked citizen {{r:Tak}} to leave; he refused, stating that he is "responsible for their words".

(c) A third worker gave his name only as "{{p:Choe}}" and would not say more.

3. CONDITIONS
Housing: three 40-foot containers and a ger, heated by one coal stove; 43 persons. Temperature inside at 07:40 on 22.11.2018: +4 C. No running water. Toilet: pit latrine. Food: rice and cabbage supplied by the subcontractor through {{r:Tak}}. Inspector {{p:D. Enkhjargal}} found no personal protective equipment for underground work other than helmets; no gas detectors on the underground shift; no records of safety training.

Wages: the subcontractor's director, {{p:N. Batzorig}} ({{p:Н. Батзориг}}), stated by phone that the subcontractor pays 1,200,000 MNT per worker per month "to their team". No payslips. No social insurance contributions under the {{u:Law on Social Insurance of Mongolia}} were found for any DPRK worker.

4. MEASURES
4.1. Requirement No. 0733/1 to {{u:Khar Tal Coal LLC}}: immediately stop underground work by foreign workers without mining qualification.
4.2. Requirement No. 0733/2 to {{u:Дэлгэр Хөдөлмөр Трейд ХХК}}: pay wages directly to each worker's own bank account in accordance with the {{u:Labour Law of Mongolia}}; provide heated housing within 5 days.
4.3. The case of 13 persons without permits is referred to the {{u:Immigration Agency of Mongolia}}.
4.4. Inspector {{p:B. Ganbold}} recommends that the individual statements of {{r:Kwon Sung-il}} and {{r:Bong Chol-u}} not be shared with the subcontractor or with citizen {{r:Tak}}.

Signed: {{p:Б. Ганболд}} / {{p:Ц. Оюунчимэг}}
Received: for {{u:Khar Tal Coal LLC}} - {{p:S. Tömörbaatar}}; for the workers - {{r:Tak Yong-chol}} (signed as {{r:탁영철}})

NGO margin note ({{p:Yeon-woo}}, 2021): {{r:Sung-il}} now in {{u:Seoul}}, confirms the report. {{r:Chol-u}} unknown. Interpreter {{p:Kim Yu-na}} asks not to be named publicly.""",
    },
    {
        "id": "h35-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Yong-hak", "리영학", "witness", ["Yong-hak", "Ri Jong Hak"]),
            ("Hyon Tae-song", "현태성", "supervisor", ["Hjon"]),
            ("O Chang-ryol", "오창렬", "coworker", []),
        ],
        "note": "Polish labour court summons with English translation: Polish transliterations of Korean names (Ri Jong Hak, Hjon Te Song, O Czang Riol) beside standard ones; the one-letter surname O beside the Polish conjunction o and the English O; Polish witnesses with Pan/Pani; plaintiff's attorney and judge private; court, companies, shipyard city, labour code and labour inspectorate public.",
        "text": """{{u:Sąd Rejonowy Szczecin-Prawobrzeże i Zachód w Szczecinie}}
IV Wydział Pracy i Ubezpieczeń Społecznych
ul. Kaszubska 42, 70-227 {{u:Szczecin}}

Sygn. akt IV P 311/22                                   {{u:Szczecin}}, dnia 29 lutego 2023 r.

WEZWANIE / SUMMONS

Pan / Mr {{r:RI JONG HAK}} (w aktach również: {{r:RI YONG HAK}})
adres do doręczeń: c/o {{u:Fundacja Wolne Ręce}}, ul. Narutowicza 7/3, {{u:Gdynia}}

Sąd Rejonowy wzywa Pana do osobistego stawiennictwa w charakterze powoda w sprawie z powództwa {{r:Ri Jong Hak}} przeciwko {{u:Odra Marine Works Sp. z o.o.}} o zapłatę wynagrodzenia za pracę, na rozprawę w dniu 14 kwietnia 2023 r. o godz. 10:30, sala 112.

[English translation attached by the foundation:]
The District Court summons you to appear in person as the plaintiff in the case brought by {{r:Ri Jong Hak}} against {{u:Odra Marine Works Sp. z o.o.}} concerning payment of wages, at the hearing on 14 April 2023 at 10:30, courtroom 112. A Korean interpreter has been appointed. Failure to appear without justification may result in the case being dismissed. (Note: the date of the letter above, 29 February 2023, does not exist; the court confirmed by phone that the letter was issued on 28 February.)

The following persons are summoned as witnesses to the same hearing:
1. {{r:HJON TE SONG}} (in the DPRK passport copy: {{r:HYON TAE SONG}}) - address unknown; summons by public notice.
2. {{r:O CZANG RIOL}} (in the {{u:Straż Graniczna}} record: {{r:O CHANG RYOL}}) - c/o {{u:Fundacja Wolne Ręce}}.
3. Pan {{p:Tomasz Wieczorek}}, foreman, {{u:Odra Marine Works}}.
4. Pani {{p:Bożena Kaczmarek}}, payroll, {{u:Odra Marine Works}}.
5. Pan {{p:Grzegorz Lis}}, inspector, {{u:Okręgowy Inspektorat Pracy w Szczecinie}}.

Przewodniczący: SSR {{p:Anna Nowicka-Zielińska}}
Z up. sekretarz sądowy {{p:Paulina Wrona}}

--- Foundation's cover note to the plaintiff (in Korean, summarised here in English) ---
Dear Mr {{r:Ri}},
This is the court letter. Please do not worry about the strange spelling: Polish writes "J" where we write "Y", so {{r:Jong Hak}} is you, {{r:Yong-hak}}. Our lawyer, mecenas {{p:Piotr Dąbrowski}}, will meet you at 9:30 at the court entrance. The interpreter is Pani {{p:Lee Soo-jin}} ({{p:이수진}}).

What the court will ask about, based on your statement of 2022:
- From 2016 to 2018 you worked as a welder at the {{u:Szczecin}} shipyard area for {{u:Odra Marine Works}}, placed by a Polish agency that took you from the North Korean company. Your group leader was {{r:Hyon Tae-song}}. {{r:Hyon}} signed the timesheets for all 12 men and received the wages.
- Pan {{p:Wieczorek}} (the foreman, you called him "{{p:Tomek}}") will probably say that he paid {{r:Hyon}} in good faith. Pani {{p:Kaczmarek}} has the bank records. We asked the court to order them.
- {{r:O Chang-ryol}} is your witness. {{r:O}} now lives in {{u:Gdańsk}}. He will say that {{r:Hjon}} kept all passports and that you worked 12 hours, six days a week. Please do not speak with {{r:O}} about the case before the hearing; the other side could use it. O, and he asked us to tell you that his daughter was born.
- {{r:Hyon Tae-song}} left {{u:Poland}} in 2019. The court will send his summons by public notice. He will not come.
- The inspector Pan {{p:Lis}} visited the site in 2018 and wrote a report under the {{u:Kodeks pracy}}. His report says the Koreans "did not want to speak". You told us that was because {{r:Hyon}} stood behind the inspector.

If you have questions, call {{p:Magda}} ({{p:Magdalena Szymańska}}) at the foundation.
With kind regards,
{{p:Magdalena Szymańska}}, {{u:Fundacja Wolne Ręce}}""",
    },
    {
        "id": "h35-en-11",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Cha Kwang-jin", "차광진", "witness", ["Kwang-jin"]),
            ("Ryom Song-chol", "렴성철", "supervisor", ["Ryom the Purser"]),
            ("Tong Il-ho", "동일호", "coworker", ["Il-ho"]),
        ],
        "note": "Ship's medical chest log of a squid jigger, tabular entries with abbreviated names (K.J. Cha, Cha KJ, Tong I.H.), crew numbers and signatures by the officer in charge; surname Cha beside the word 'cha' (tea) in the galley note, surname Tong beside 'tongue' and the unit 'tonne'; impossible date 31/06; radio medical service, ports and vessel public.",
        "text": """{{u:F/V LU YUAN YU 7712}} - MEDICAL CHEST LOG (Ship's Medicine Chest Category B)
Officer in charge of medical care: C/O {{p:Sun Haitao}}
Master: Capt. {{p:Liu Dejun}}
Language of entries: English / Chinese (Chinese entries translated by the NGO in square brackets)
Fishing area: FAO 41, off {{u:Argentina}}; last port {{u:Montevideo}}

Date | Crew No. / name | Complaint | Treatment / medicine | Qty | Sign
03/05/2019 | 21 {{p:Wang Lei}} | cut L hand (knife) | clean, 3 steri-strips, povidone | - | {{p:Sun}}
05/05/2019 | 34 {{r:Cha K.J.}} | fever 38.6, cough | paracetamol 500 mg x2 tid | 18 tab | {{p:Sun}}
06/05/2019 | 34 {{r:Cha KJ}} | same | same + amoxicillin 500 tid | 21 cap | {{p:Sun}}
06/05/2019 | 36 {{r:Tong I.H.}} | toothache | ibuprofen 400 | 10 tab | {{p:Sun}}
11/05/2019 | 30 {{r:Ryom S.C.}} | asks for sleeping pills for crew 34 | refused, not indicated | - | {{p:Sun}}
14/05/2019 | 36 {{r:Tong Il-ho}} | swollen jaw, cannot eat | [contacted radio medical, see note A] | - | {{p:Sun}}
14/05/2019 | 36 {{r:Tong}} | same | amoxicillin + metronidazole per {{u:CIRM}} | 30 | {{p:Sun}}
20/05/2019 | 12 {{p:Zhao Qiang}} | back pain | diclofenac gel | 1 | {{p:Sun}}
02/06/2019 | 33 {{p:Pang Song-nam}} | crushed R index finger (jigging machine) | dressing, splint, morphine 10 mg IM x1 | 1 amp | {{p:Sun}} / {{p:Liu}}
03/06/2019 | 33 {{p:Pang}} | pain | tramadol 50 | 10 | {{p:Sun}}
17/06/2019 | 34 {{r:Cha Kwang-jin}} | burns both hands (hot water, galley) | silver sulfadiazine, gauze | 2 tubes | {{p:Sun}}
31/06/2019 | 34 {{r:K.J. CHA}} | dressing change | same | - | {{p:Sun}}
08/07/2019 | 35 {{p:Ko Myong-dok}} | "dizzy", did not eat 3 days | ORS, observe | 6 sach. | {{p:Sun}}
09/07/2019 | 35 {{p:Ko}} | collapsed on deck | [see note B] | - | {{p:Sun}} / {{p:Liu}}

NOTE A (C/O {{p:Sun Haitao}}): Radio medical advice requested from {{u:Centro Internazionale Radio Medico}} ({{u:CIRM}}, {{u:Rome}}) 14/05/2019 02:10 UTC. Advice: dental abscess, antibiotics, soft diet, evacuate if fever. Crew 36 {{r:Tong}} asked through crew 30 {{r:Ryom}} to go to port. Master refused. [Chinese: 领队廉说不用 - "team leader {{r:Ryom}} said no need".] Patient's tongue and jaw swollen for 9 days; recovered slowly.

NOTE B (Capt. {{p:Liu Dejun}}): Crew 35 {{p:Ko Myong-dok}} collapsed at 14:20, conscious after 2 min. The four DPRK crew (30 {{r:Ryom}}, 33 {{p:Pang}}, 34 {{r:Cha}}, 35 {{p:Ko}}, 36 {{r:Tong}} - five with the team leader) are on a separate contract through the agent in {{u:Dalian}}; their food is cooked separately under {{r:Ryom}}'s instruction. Crew 34 {{r:Cha}} says {{p:Ko}} gives his rice to others because he sends it to "plan". I do not understand. Transferred {{p:Ko}} to reefer {{u:MV FROZEN STAR}} for landing at {{u:Montevideo}}, 11/07/2019, with 20 tonnes of squid. Reefer master Capt. {{p:Oleksandr Hrytsenko}} took the patient.

GALLEY NOTE (typed by the NGO from a torn page): "Crew 34 {{r:Kwang-jin}} burned hands making cha for the officers, not his job. {{r:Ryom}} made him work with bandages. {{r:Il-ho}} did his line. Nobody here drinks cha except the officers."

NGO COVER NOTE ({{p:Da-som}}, Feb 2021): this log was photographed by the deckhand {{p:Wang Lei}} (crew 21) and sent to us in 2020 after {{r:Cha Kwang-jin}} ({{r:차광진}}) reached {{u:Uruguay}} and made contact. {{r:Cha}} confirms: {{r:Ryom Song-chol}} ({{r:렴성철}}), team leader, listed as "purser"; {{r:Tong Il-ho}} ({{r:동일호}}), deckhand. {{r:Cha}} calls him "{{r:Ryom the Purser}}" in every interview. {{p:Ko Myong-dok}} died at the {{u:Hospital Maciel}} in {{u:Montevideo}} on 19/07/2019 (hospital confirms a Korean patient, no name given). {{p:Pang Song-nam}}: no news.""",
    },
    {
        "id": "h35-en-12",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Sim Jong-ae", "심정애", "witness", ["Shim Jeong-ae"]),
            ("Gye Chun-hwa", "계춘화", "supervisor", []),
            ("Pyo Mi-ran", "표미란", "coworker", ["Mi-ran"]),
        ],
        "note": "Notarial certificate of a translated sworn statement, CRLF; affiant in North and South romanization (Sim Jong-ae / SHIM JEONG-AE) and Hangul; notary, translator and witnesses private with titles; the affidavit names a Chinese garment factory team leader and co-workers, Chinese manager in pinyin and Hanzi; Notary Public Act, law office, embassy and cities public; fullwidth letters in the ID line.",
        "text": """NOTARIAL CERTIFICATE
(Certificate of Notarization of Translation)

Registration No. 2023-제1187호

{{u:Law Office Daehan Notary}} (법무법인 대한 공증사무소)
Seocho-daero 3xx, {{u:Seocho-gu}}, {{u:Seoul}}, {{u:Republic of Korea}}

I, {{p:YOON JAE-WON}}, a notary public duly appointed under the {{u:Notary Public Act}} of the {{u:Republic of Korea}}, hereby certify that:

1. On 9 June 2023 there appeared before me {{r:SHIM JEONG-AE}} ({{r:심정애}}), holder of Korean resident registration card No. ８５０３１２－２＊＊＊＊＊＊, whose identity was established by the card and by passport No. M7xxxxxx issued in the name {{r:ＳＨＩＭ　ＪＥＯＮＧ　ＡＥ}}, and {{p:KWAK MIN-HO}}, translator, holder of Korean resident registration card No. 9x0x0x-1xxxxxx.

2. The said {{r:SHIM JEONG-AE}} declared that the attached statement in the Korean language, signed by her in my presence, is true, and that she formerly used the name {{r:Sim Jong-ae}} (North Korean spelling) in the {{u:Democratic People's Republic of Korea}} and in the {{u:People's Republic of China}}.

3. The said {{p:KWAK MIN-HO}} declared under oath that the attached English translation is a true and faithful translation of the Korean statement.

4. This certificate is issued for submission to the {{u:Embassy of Canada}} in {{u:Seoul}} in support of a sponsorship application and for no other purpose.

Witnesses to the signing: Ms. {{p:Baek Seo-yeon}}, staff of this office; Mr. {{p:Jung Tae-il}}, staff of this office.

Signed and sealed at {{u:Seoul}} on 9 June 2023.
{{p:YOON JAE-WON}}, Notary Public (seal)

ATTACHMENT: ENGLISH TRANSLATION OF THE STATEMENT (extract certified above)

I, {{r:Shim Jeong-ae}}, born 12 March 1985 in {{u:Hoeryong}}, {{u:North Hamgyong Province}}, state as follows.

From September 2014 to February 2018 I worked as a sewing machine operator at a garment factory in {{u:Donggang}}, {{u:Liaoning Province}}, {{u:China}}. The factory was owned by a Chinese company, and about 180 North Korean women worked there under the management of a North Korean company from {{u:Pyongyang}}. The Chinese manager was Mr {{p:Sun Jianhua}} ({{p:孙建华}}). Our team leader was {{r:Gye Chun-hwa}}, a woman of about fifty. In the dormitory we had to call her "mother team leader", but among ourselves we called her {{r:Gye}}.

We worked from 6:30 in the morning until 11 at night, and in the weeks before an export shipment until 2 or 3 in the morning. We had one day off per month. Our passports were kept by {{r:Gye Chun-hwa}} and by the political officer, a man named {{p:Yon}}, who visited once a month from {{u:Dandong}}. The salary written in the contract was 1,800 yuan per month. I received 150 to 200 yuan per month. {{r:Gye}} told us the rest was for the state plan and for the "loyalty fund".

My friend {{r:Pyo Mi-ran}} worked at the next machine. In the winter of 2016 {{r:Mi-ran}} fainted at the machine at about 1 a.m. Mr {{p:Sun}} wanted to take her to the hospital in {{u:Donggang}}, but {{r:Gye}} refused and said that she would "take responsibility". {{r:Pyo Mi-ran}} lay in the dormitory for four days. Another worker, {{p:Ok Sun-hui}}, and I took turns giving her water. On the fifth day {{r:Gye Chun-hwa}} allowed a Chinese doctor, Dr {{p:Li}}, to come to the dormitory. {{r:Mi-ran}} recovered but was sent back to the DPRK in March 2017 as "unfit". I do not know what happened to her.

I left the factory in February 2018 with the help of a Chinese-Korean woman, {{p:Jin Meiling}} ({{p:김미령}}), whom I met at the market. I entered the {{u:Republic of Korea}} in November 2018. I make this statement so that my daughter {{p:Kang Ha-neul}} can join me.

Signed: {{r:심정애}} ({{r:Shim Jeong-ae}})

Translator's declaration: I, {{p:Kwak Min-ho}}, certify the above translation. Signature: {{p:곽민호}}""",
    },
    {
        "id": "h35-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Han Yong-sil", "한영실", "witness", ["영실", "회령댁"]),
            ("Kim Pok-sun", "김복순", "relative", ["복순"]),
            ("Jon Kum-ok", "전금옥", "supervisor", []),
        ],
        "note": "District office support-services referral form in Korean; client name in Hangul, fullwidth Latin caps and spaced Hangul; zero-width space inside a name; surname Han beside the word 한 (one), 전 beside 전 (before); 씨/님/주무관/경위/반장 outside markers; Chinese garment factory background; 구청, 경찰서, 하나센터, 시·군 public.",
        "text": """[서식 제3호] 통합사례관리 서비스 의뢰서

의뢰기관: {{u:서울특별시 양천구청}} 복지정책과 통합사례관리팀
의뢰일자: 2022. 11. 31.  (※ 전산 입력 오류, 실제 접수일 2022. 12. 1.)
의뢰 담당자: 주무관 {{p:오세란}} (☎ 02-2620-xxxx, {{p:seran.oh}}@yangcheon.go.kr)
수신기관: {{u:서울남부하나센터}}, {{u:양천구정신건강복지센터}}

1. 대상자 인적사항
  성    명: {{r:한 영 실}} (한자: {{r:韓英實}})
  영문성명: {{r:ＨＡＮ　ＹＯＮＧ　ＳＩＬ}}
  생년월일: 1983. 4. 17. (여)
  주    소: {{u:양천구}} {{u:신월동}} ○○아파트 ○○○동
  출 생 지: {{u:함경북도}} {{u:회령시}}
  입국일자: 2021. 6. / {{u:하나원}} 수료 2021. 9.
  신변보호: {{u:양천경찰서}} 보안계 경위 {{p:박정민}}
  가구구성: 1인 가구 (북한 거주 모 {{r:김복순}}, 자녀 1명 {{p:리하늘}} 북한 거주)

2. 의뢰 사유
  대상자 {{r:한영실}} 님은 2016년부터 2020년까지 중국 {{u:랴오닝성}} {{u:단둥시}}의 봉제공장에 파견되어 일한 경력이 있음. 대상자 진술에 따르면 공장 내 북한 측 작업반장은 {{r:전금옥}}(여, 50대)이었으며, {{r:전}} 반장이 여권과 급여를 관리하였고 하루 16시간 이상 재봉 작업을 하였다고 함. 대상자는 이 시기에 손목 건초염과 만성 요통이 생겼다고 호소함.
  2020년 코로나로 공장이 멈춘 뒤 {{r:전금옥}} 반장이 귀국 명단을 작성하였는데, 대상자는 "명단에 이름이 오르면 한 번 들어가면 다시는 못 나온다"는 말을 듣고 이탈하였다고 진술함. 이후 조선족 브로커 {{p:최}}씨(대상자는 "{{p:최}}가"라고만 부름)를 통해 {{u:라오스}}와 {{u:태국}}을 거쳐 입국함.
  입국 후 대상자는 어머니 {{r:김복순}} 님이 {{u:회령시}}에서 보위부 조사를 받았다는 소식을 브로커를 통해 들었으며, 이후 불면, 악몽, 식욕부진이 지속되고 있음. 2022년 10월 {{u:양천구}} 동주민센터 방문 상담 시 "한 번만 엄마 목소리를 듣고 싶다"며 울었다고 담당 사회복지사 {{p:윤다인}}이 보고함.

3. 대상자 진술 요지 (동주민센터 상담일지 발췌, 2022. 10. 24., 상담자 {{p:윤다인}})
  - "공장에는 우리 같은 사람이 140명 있었어요. {{r:전}} 반장 말고 보위지도원 {{p:리}} 동무가 한 달에 한 번 와서 생활총화를 했어요. {{p:리}} 동무 이름은 몰라요."
  - "같은 방에 {{p:명순}}이, {{p:은정}}이, 그리고 {{p:강}}씨 언니가 있었는데, {{p:강}}씨 언니는 손가락이 재봉틀에 박혀서 중국 병원에 갔다 왔어요. 그 뒤로 {{p:강정화}} 언니는 조국으로 돌아갔어요."
  - "중국 사장은 {{p:于}} 사장이라고 했는데, {{p:위}} 사장이 우리한테 과일도 사 주고 했어요. {{r:전금옥}}이 그걸 다 뺏었어요."
  - "엄마 이름은 {{r:김\u200b복순}}이에요. 엄마는 {{u:회령}}에서 장사했어요. {{r:복순}}이라고 부르면 동네 사람들이 다 알아요."
  - "전에는 제가 {{r:영실}}이라는 이름이 싫었는데 지금은 엄마가 지어 준 거라 좋아요."

4. 요청 서비스
  ① {{u:서울남부하나센터}}: 취업 연계 (봉제 경력 활용 가능, 손목 상태 고려), 담당 {{p:문지혜}} 팀장님께 사전 연락함.
  ② {{u:양천구정신건강복지센터}}: 트라우마 상담 (북한이탈주민 전담 상담사 {{p:채유진}} 선생님 지정 요청).
  ③ {{u:남북하나재단}}: 긴급생계비 및 의료비 지원 검토.
  ④ 법률 지원: 해외 파견 노동 피해 진술 기록 (대상자 동의 시 {{u:대한변호사협회}} 북한인권 소위원회 연계).

5. 특이사항
  - 대상자는 이름이 언론이나 보고서에 나오는 것을 극도로 두려워함. 문서에는 {{r:한○실}}, {{r:H.Y.S.}} 등 가명 표기 요청.
  - 대상자가 신뢰하는 사람: 신변보호관 {{p:박정민}} 경위, 사회복지사 {{p:윤다인}}, 교회 집사 {{p:송미경}}.
  - 대상자의 휴대폰 카카오톡 프로필 이름은 "{{r:회령댁}}"임 (동네 교회에서 부르는 별명).

의뢰자: 주무관 {{p:오 세 란}} (서명)
확인자: 통합사례관리팀장 {{p:임경호}} (서명)""",
    },
    {
        "id": "h35-ko-02",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Jang Chol-gu", "장철구", "witness", ["철구"]),
            ("Choe Tok-man", "최덕만", "supervisor", ["망치"]),
            ("Ri Sung-nam", "리승남", "coworker", ["참새", "승남"]),
            ("Ho Jong-suk", "허정숙", "relative", ["정숙"]),
        ],
        "note": "Settlement memoir (정착 수기) excerpt in Korean with one very long paragraph, CRLF; supervisor nicknamed 망치 beside the tool 망치, coworker nicknamed 참새 beside real sparrows; 최가, 리 동무 and 배 사장님 forms; wife's name with particles, and a helper's late mother (unregistered) sharing the wife's given name 정숙; Russian names in Hangul; South Korean settlement helpers private; places and institutions public.",
        "text": """[제7회 탈북민 정착 수기 공모 우수상] 나무를 베던 손으로 (발췌)

글: {{r:장철구}} ({{u:경기도}} {{u:안산시}} 거주)

나는 2009년 겨울 {{u:아무르주}} {{u:틴다}} 근처 벌목장으로 보내졌다. 떠나기 전날 밤 아내 {{r:허정숙}}은 솜바지 안쪽에 옥수수 가루 한 봉지를 꿰매 넣어 주었다. "{{r:철구}} 아버지, 몸 성히 돌아오기요." {{r:정숙}}이의 그 말을 나는 {{u:러시아}}에 있던 육 년 동안 매일 밤 되새겼다. 벌목장에 도착하자 작업반장 {{r:최덕만}}이 우리 서른두 명을 눈밭에 세워 놓고 여권을 걷었다. {{r:최덕만}}은 말끝마다 주먹으로 나무 등걸을 내리쳤는데, 그 주먹이 하도 단단해서 사람들은 그를 뒤에서 {{r:망치}}라고 불렀다. 정작 {{r:망치}}는 망치를 한 번도 손에 든 적이 없었다. 망치질은 우리가 했고, 그는 장부에 숫자를 적었다. 우리 조에는 나보다 열 살 어린 {{r:리승남}}이가 있었다. {{r:승남}}이는 키가 작고 말이 많아서 {{r:참새}}라고 불렸다. 벌목장 처마 밑에는 진짜 참새들이 겨울을 나고 있었는데, {{r:참새}}는 밥을 먹다 말고 밥알을 몇 개씩 남겨 그 참새들에게 던져 주었다. {{r:최가}}는 그걸 보고 "먹을 것도 없는 놈이 새를 먹인다"고 욕을 했다. 우리는 {{r:최덕만}}이 없는 데서는 그를 그냥 {{r:최가}}라고 불렀다. 보위지도원은 {{p:리}} 동무였는데, 우리는 그의 이름을 끝내 알지 못했다. {{p:리}} 동무는 한 달에 한 번 {{u:하바롭스크}}에서 내려와서 생활총화를 시켰고, {{r:승남}}이는 그때마다 참새 이야기 때문에 비판을 받았다. 하루 작업량은 일인당 열두 입방이었다. 못 채우면 다음 날 몫에 얹혔고, 한 달 내내 못 채우면 월급에서 깎였다. 월급이라고 해 봐야 우리 손에 쥐어진 것은 없었다. {{r:최가}}가 들고 다니는 검은 가방에 러시아 돈이 들어갔다가, 거기서 "계획분", "충성자금", "식대"가 빠지고 나면 장부에는 마이너스만 남았다. 러시아 사람 중에 목재 검수원 {{p:세르게이}}라는 사람이 있었다. {{p:세르게이}}는 우리를 "코레예츠"가 아니라 이름으로 불러 준 첫 외국 사람이었다. {{r:철구}}, 하고 부르면서 {{p:세르게이}}는 담배 한 갑을 내 외투 주머니에 넣어 주곤 했다. 그의 아내 {{p:타냐}}가 구운 빵을 가져온 날도 있었다. {{r:망치}}는 그것을 알고도 모른 척했다. 자기도 {{p:세르게이}}한테서 보드카를 얻어 마셨기 때문이다. 2012년 삼월, {{r:승남}}이가 쓰러지는 낙엽송에 허리를 맞았다. {{r:최덕만}}은 병원에 보내면 돈이 든다며 막사에 눕혀 두었다. 나는 {{p:세르게이}}를 찾아가 손짓발짓으로 사정을 했고, {{p:세르게이}}가 트럭에 {{r:참새}}를 싣고 {{u:틴다}} 시내 병원까지 달렸다. {{r:리승남}}은 그 뒤로 허리를 펴지 못했고, 두 달 뒤 {{r:최가}}의 보고에 따라 조국으로 "귀국"되었다. 떠나는 날 {{r:승남}}이가 내 손을 잡고 말했다. "형님, 참새들 밥 좀 주라요." 나는 그 약속을 지키지 못했다. 그해 여름 {{p:리}} 동무가 처마 밑 참새 둥지를 모두 걷어냈기 때문이다.

2015년 나는 {{u:블라디보스토크}}의 한 교회를 통해 빠져나왔다. 그때 나를 숨겨 준 고려인 할머니 {{p:김 나제즈다}} 님은 {{r:정숙}}이라는 이름을 듣고 "우리 어머니 이름도 {{p:정숙}}이었다"고 했다. {{u:한국}}에 와서 {{u:하나원}}을 나온 뒤 {{u:안산}}의 한 목재 가공 공장에 취직했다. 공장장 {{p:배영수}} 사장님은 내가 나무를 다루는 손을 보더니 "어디서 이렇게 배웠냐"고 물었다. 러시아 벌목장에서 배웠다고 하자 {{p:배}} 사장님은 한참 말이 없다가 점심을 사 주었다. 지금 나는 그 공장에서 반장 일을 한다. 내 밑에 {{u:베트남}}에서 온 {{p:투안}}과 네팔에서 온 {{p:라즈}}가 있다. 나는 절대로 그들의 여권을 걷지 않는다. 월급날이면 {{p:투안}}이 "반장님, 돈 다 들어왔어요" 하고 웃는다. 그 말이 나에게는 가장 큰 상이다.

아내 {{r:허정숙}}과 딸 {{p:장은별}}은 아직 {{u:함경남도}} {{u:단천시}}에 있다. 2019년 브로커를 통해 한 번 통화했을 때 {{r:정숙}}이는 "여기 걱정은 말라요"라고만 했다. {{p:은별}}이는 전화기 너머에서 울기만 했다. 나는 {{u:통일부}}에 이산가족 신청을 했고, 매일 {{u:안산}} 공장 앞 나무에 앉은 참새들에게 밥을 준다. {{r:승남}}아, 약속은 이렇게라도 지킨다.

이 글을 쓰도록 도와준 {{u:경기북부하나센터}}의 {{p:노은주}} 선생님과 교회의 {{p:홍성만}} 장로님께 감사드린다.""",
    },
    {
        "id": "h35-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Mo Yong-hui", "모영희", "witness", ["들꽃", "영희"]),
            ("Seo Kum-ran", "서금란", "coworker", ["감자", "금란"]),
            ("Rim Chol-ho", "림철호", "supervisor", ["여우"]),
        ],
        "note": "KakaoTalk open-chat export in Korean with nicknames as speaker labels and in join/leave notices; nicknames that are ordinary words (들꽃, 감자, 여우, 바다) beside the same words used literally; emoji next to names; names with 님/언니/반장 outside markers; an e-mail local part and an ID handle with a name; Chinese electronics factory; impossible time 오후 13:05.",
        "text": """해외파견 경험 나눔방 🌏 (오픈채팅) 님과 카카오톡 대화
저장한 날짜 : 2023-05-04 01:12:33

--------------- 2023년 5월 3일 수요일 ---------------
{{p:봄비}}님이 들어왔습니다.
{{r:감자}}님이 들어왔습니다.
[{{p:봄비}}] [오후 8:58] 오늘도 편하게 이야기 나눠요 🙏 실명은 쓰지 말아 주세요!
[{{r:들꽃}}] [오후 9:02] 안녕하세요 저 {{r:들꽃}}이에요 🌼 오랜만이에요
[{{r:감자}}] [오후 9:02] 언니~~ 🥔🥔 나 {{r:감자}}
[{{r:들꽃}}] [오후 9:03] ㅋㅋㅋ {{r:감자}} 오늘은 감자 안 먹었지?
[{{r:감자}}] [오후 9:03] 감자 얘기 그만 ㅠㅠ {{u:웨이하이}}에서 일 년 내내 감자만 먹었잖아
[{{p:바다}}] [오후 9:05] {{u:웨이하이}} 어느 공장이었어요? 저도 {{u:웨이하이}}에서 전자공장 다녔어요
[{{r:감자}}] [오후 9:06] {{u:원덩}}쪽이요. 휴대폰 충전기 만드는 데
[{{p:바다}}] [오후 9:06] 헐 저는 {{u:룽청}}. 바다 보이는 기숙사 ㅎㅎ 그래서 닉이 {{p:바다}}예요
[{{r:들꽃}}] [오후 9:08] 우리 반장 기억나? {{r:여우}} 🦊
[{{r:감자}}] [오후 9:08] 어떻게 잊어 {{r:여우}} ㅡㅡ
[{{p:바다}}] [오후 9:09] {{r:여우}}가 누구예요?
[{{r:들꽃}}] [오후 9:10] 우리 작업반장이요. 눈이 여우처럼 생겨서 ㅋ 진짜 이름은 여기 쓰면 안 되죠? {{p:봄비}}님
[{{p:봄비}}] [오후 9:10] 네 ㅎㅎ 가능하면 별명으로만요~
[{{r:감자}}] [오후 9:11] 근데 솔직히 {{r:림철호}}는 이름 나와도 돼 ㅋㅋ 그 사람이 우리 월급 다 가져갔잖아
[{{r:들꽃}}] [오후 9:11] 야 ㅋㅋㅋ 방금 썼어 {{r:림}} 반장 이름 😱
[{{p:봄비}}] [오후 9:12] 😅 나중에 제가 지울게요
[{{r:감자}}] [오후 9:13] {{r:영희}} 언니 미안 ㅠ
[{{r:들꽃}}] [오후 9:13] 아 이번엔 내 이름 ㅋㅋㅋㅋ {{r:금란}}아!!
[{{p:바다}}] [오후 9:14] 두 분 다 이름 나왔어요 ㅋㅋㅋ 🙈
[{{r:감자}}] [오후 9:15] 에휴 몰라 ㅋㅋ 어차피 여기 다 우리 같은 사람이잖아
[{{p:청진아줌마}}] [오후 9:20] 안녕하세요 ^^ 저도 중국 공장 3년 했어요. {{u:훈춘}} 수산
[{{r:들꽃}}] [오후 9:21] 반가워요 {{p:청진아줌마}}님 😊 {{u:청진}} 어디세요?
[{{p:청진아줌마}}] [오후 9:21] {{u:수남구역}}이요 ㅎㅎ 거기 시장 앞
[{{r:감자}}] [오후 9:23] 우리 공장은 {{r:여우}}랑 보위지도원 {{p:털보}}랑 둘이서 다 했어요. {{p:털보}}가 밤마다 방 검사하고
[{{p:청진아줌마}}] [오후 9:24] 우리도 털보 같은 사람 있었어요 ㅋㅋ 어디나 똑같네
[{{r:들꽃}}] [오후 9:26] {{r:여우}}는 중국 사장 {{p:장}} 사장한테 우리 야간수당까지 받아서 자기 주머니에 넣었어요. {{p:장}} 사장은 좋은 사람이었는데
[{{r:감자}}] [오후 9:27] 맞아 {{p:張}} 사장님 ㅠㅠ 우리한테 귤도 사 주고
[{{p:바다}}] [오후 9:30] 혹시 {{p:은주}} 언니 알아요? {{p:리은주}}. {{u:웨이하이}} 충전기 공장 있었다던데
[{{r:감자}}] [오후 9:31] {{p:은주}} 언니?? 키 크고 노래 잘하는?
[{{p:바다}}] [오후 9:31] 네네!!
[{{r:감자}}] [오후 9:32] 알아요!!! 우리 옆 라인!! 언니 살아있어요??
[{{p:바다}}] [오후 9:33] 작년에 {{u:서울}} 왔어요 ㅎㅎ 지금 {{u:노원구}} 살아요. 카톡 아이디 {{p:eunju}}_0412 인데 물어보고 알려줄게요
[{{r:감자}}] [오후 9:33] 😭😭😭😭
[{{r:들꽃}}] [오후 9:35] 와 진짜 세상 좁다
[{{p:봄비}}] [오후 9:36] 개인 연락처는 갠톡으로 부탁드려요 🙏
[{{p:별}}] [오후 9:40] 저 처음 왔어요. 저는 러시아 건설이었어요
[{{r:들꽃}}] [오후 9:41] 어서오세요 {{p:별}}님 ⭐
[{{p:별}}] [오후 9:42] 별이라고 불러 주세요. 하늘에 별 보는 게 낙이었어서요
[{{r:감자}}] [오후 9:44] 저 내일 {{u:고용노동부}} 센터 가요. 해외 경력 인정되는지 물어보러
[{{p:청진아줌마}}] [오후 9:45] 그거 안 돼요 ㅠ 저도 물어봤는데
[{{r:들꽃}}] [오후 13:05] 근데 {{r:감자}}야 {{r:여우}} 소식 들었어? {{u:단둥}}에 아직 있대
[{{r:감자}}] [오후 9:50] 누가 그래?
[{{r:들꽃}}] [오후 9:51] {{p:순옥}}이가. {{p:순옥}}이 아직 거기 있잖아. {{p:순옥}}이 문자로 {{r:여우}}가 새 애들 데리고 왔다고
[{{r:감자}}] [오후 9:52] 불쌍한 애들 ㅠ
[{{p:봄비}}] [오후 9:55] 오늘 이야기 정말 고마워요. 힘든 기억은 {{u:남북하나재단}} 상담 1577-6635 도 있어요
[{{r:들꽃}}] [오후 9:56] 고마워요 {{p:봄비}}님 🌸
{{p:바다}}님이 나갔습니다.
[{{r:감자}}] [오후 10:01] 나도 잘게요 다들 굿밤 🥔💤
{{r:감자}}님이 나갔습니다.
[{{r:들꽃}}] [오후 10:02] 메일 주소 {{r:yonghui.mo}}@naver.com 로 사진 보내줘 {{r:금란}}아 (나중에 보면)""",
    },
    {
        "id": "h35-ko-04",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Ma Yong-dok", "마용덕", "witness", ["용덕"]),
            ("Kong Sang-chol", "공상철", "supervisor", []),
            ("Pi Chang-son", "피창선", "coworker", ["창선"]),
        ],
        "note": "Telephone call transcript (녹취록) in Korean with speaker labels, timestamps and [inaudible] marks, mixed line endings; Angola construction site; surnames 마 (beside 마, 그만), 공 (beside 공 = zero/ball) and 피 (beside 피 = blood) as bare names and with 소장/씨; counsellor and interpreter private; Portuguese and Chinese names in Hangul; cities and organisations public.",
        "text": """[통화 녹취록]
녹취 일시: 2021. 7. 14. 15:02 ~ 15:41 (39분)
통화 방식: 보이스톡 (상대방 동의 후 녹음)
상담원: {{p:민서윤}} ({{u:북한해외노동인권센터}})
제보자: {{r:마용덕}} (가명 사용 요청 → 보고서에는 "M씨")
녹취 정리: {{p:전하람}} (인턴)

[00:00:12]
상담원: 여보세요, {{r:마용덕}} 선생님 맞으시죠? 저 센터의 {{p:민서윤}}입니다.
제보자: 예, {{r:마}}입니다. 들립니다.
상담원: 지난번에 말씀하신 대로 녹음해도 괜찮으실까요?
제보자: 예, 괜찮습니다. 근데 이름은 빼 주시오. {{r:용덕}}이라는 이름 들으면 고향 사람들이 다 알아요.

[00:01:40]
상담원: {{u:앙골라}}에는 언제 가셨어요?
제보자: 2013년 봄입니다. {{u:평양}}에서 {{u:베이징}} 거쳐서 {{u:루안다}}로 들어갔어요. 건설 인원 육십 명. 회사는 {{u:만경대해외건설}}이라고 했는데, 현지에서는 중국 회사 이름으로 일했어요.
상담원: 현장 책임자는 누구였어요?
제보자: {{r:공상철}}이라고, 다들 {{r:공}} 소장이라고 불렀어요. {{r:공}} 소장 말 한마디면 그날 밥이 공이에요. 하루 종일 굶는 거지요.
상담원: 공이요?
제보자: 영, 제로 말입니다. 하하.

[00:04:15]
제보자: {{r:공상철}}이가 여권을 다 걷어서 자기 방 금고에 넣었어요. 현지 경찰이 검문하면 {{r:공}} 소장이 나가서 돈을 줬어요.
상담원: 월급은요?
제보자: {{u:앙골라}} 회사에서 한 사람당 한 달에 천 달러 넘게 나온다고 들었어요. 우리한테는 오십 달러, 많으면 백 달러. {{r:공}} 소장이 "국가계획분"이라고 다 가져갔어요.

[00:07:30]
상담원: 지난번에 다치신 분 이야기 하셨잖아요.
제보자: 예, {{r:피창선}}이. 나랑 같은 {{u:함흥}} 사람이에요. {{r:창선}}이가 2014년 12월에 철근 나르다가 발이 찍혔는데, 피가 신발에 가득 찼어요. 그래도 {{r:공}} 소장이 병원 못 가게 했어요. 사흘 지나니까 발이 시커메졌어요.
상담원: 그래서 어떻게 됐어요?
제보자: 현지인 운전수 {{p:조제}}가 몰래 {{u:루안다}} 시내 병원에 데려갔어요. {{p:조제}} 성은 {{p:산투스}}인가... {{p:조제 산투스}}. 포르투갈 말 하는 사람. 병원에서 발가락 두 개 잘랐다고 했어요.
상담원: {{r:피창선}} 씨는 지금 어디 계세요?
제보자: 몰라요. {{r:피}} 씨는 2015년에 귀국했어요. [잡음] ... {{r:창선}}이 처가 {{p:곽}}씨인데, {{p:곽}}씨 집이 {{u:함흥시}} {{u:회상구역}}이에요. 거기 연락이 닿으면...

[00:12:05]
상담원: 중국 회사 사람은 기억나세요?
제보자: 현장 감독이 {{p:왕}} 감독. {{p:왕}} 감독이 우리 불쌍하다고 담배를 줬어요. 통역은 조선족 {{p:허춘매}}라는 여자였는데, {{p:허}} 통역은 {{r:공}} 소장 편이었어요.
상담원: 보위지도원도 있었나요?
제보자: 있었지요. {{p:탁}} 지도원. [청취 불가] ... 이름은 {{p:탁영범}}? 확실치 않아요. {{p:탁}}이가 밤마다 숙소 돌면서 라디오 있나 뒤졌어요.

[00:18:40]
상담원: 선생님은 어떻게 나오셨어요?
제보자: 2016년에 {{u:루안다}} 항구 공사장에서 일할 때 남조선... 아니 한국 선교사님을 만났어요. {{p:양}} 목사님이라고. {{p:양}} 목사님 이름은 말 안 할게요. 그분이 지금도 거기 계시니까.
상담원: 네, 그건 빼겠습니다.
제보자: 그리고 우리 조원 중에 {{p:길남}}이, {{p:춘식}}이, {{p:명철}}이는 나하고 같이 나오려다가 {{r:공}} 소장한테 들켰어요. {{p:길남}}이는 그날 밤 맞아서 이빨이 다 나갔어요. 그 셋은 그 주에 바로 귀국됐어요. 그만 얘기할게요... 미안합니다.

[00:25:10]
상담원: 괜찮으세요? 잠깐 쉬었다 할까요?
제보자: 아니요, 괜찮소. 그 사람들 이름이라도 남겨야지. {{p:염길남}}, {{p:차춘식}}, {{p:도명철}}. 다 스물몇 살이었어요.
상담원: 기록해 두겠습니다. 혹시 {{u:유엔 북한인권 특별보고관}}실에 진술하실 생각 있으세요?
제보자: 생각해 보지요. {{u:서울}}에 있는 {{u:유엔인권사무소}} 말이지요?
상담원: 네, {{u:OHCHR 서울사무소}}요.

[00:38:55]
상담원: 오늘 정말 감사합니다, {{r:마}} 선생님.
제보자: 고맙소. {{r:용덕}}이 이름은 꼭 빼 주시오. 마, 이 정도면 됐지요.

[녹취 종료 15:41]
※ 정리자 메모({{p:전하람}}): 제보자가 "마"라고 하는 것은 경상도식 감탄사가 아니라 함경도 말버릇으로 보임. 성 {{r:마}}와 구분할 것. {{u:앙골라}} 현지 회사명은 확인 필요.""",
    },
    {
        "id": "h35-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yeom Gwang-cheol", "염광철", "witness", []),
            ("Bang Seon-hui", "방선희", "official", []),
            ("Yeom Gyeong-ok", "염경옥", "relative", ["경옥"]),
            ("Do Chang-hun", "도창훈", "supervisor", []),
        ],
        "note": "Petition (진정서) to the National Human Rights Commission of Korea; petitioner, respondent official and a sister with the same surname; 피진정인/진정인 labels next to names; names split across a line break in the pasted text; surname 방 beside 방 (room) and 도 beside 도 (province/also); Kuwait construction background; law names, commission, city and district offices public.",
        "text": """진 정 서

{{u:국가인권위원회}} 귀중

1. 진정인
  성명: {{r:염광철}} (북한 이름 {{r:렴광철}}, 여권상 영문 {{r:RYOM KWANG CHOL}})
  주소: {{u:인천광역시}} {{u:남동구}} 구월동 ○○○
  연락처: 010-xxxx-xxxx / 이메일: {{r:kcyeom}}77@daum.net

2. 피진정인
  가. {{u:인천광역시 남동구청}} 복지지원과 주무관 {{r:방선희}}
  나. {{u:인천광역시 남동구청}}장 (관리·감독 책임)

3. 진정 취지
  피진정인 {{r:방선희}} 주무관이 진정인의 동의 없이 진정인의 실명, 출신지, 해외 파견 노동 경력을 지역 방송사 취재진에게 제공하여, 진정인과 {{u:북한}}에 있는 가족의 신변을 위태롭게 하였으므로, 이에 대한 조사와 재발 방지 대책을 요청합니다.

4. 진정 내용
  가. 진정인은 {{u:함경남도}} {{u:함흥시}} 출신으로, 2014년 3월부터 2017년 10월까지 {{u:쿠웨이트}}의 주택 건설 현장에 파견되어 미장공으로 일하였습니다. 현장에서 북한 측 책임자 {{r:도창훈}}이 진정인의 여권을 보관하였고, {{r:도}} 책임자는 월급의 대부분을 "국가 계획분" 명목으로 가져갔습니다. 같은 현장의 {{p:김성진}}, {{p:오룡남}}, {{p:표일국}}도 같은 처우를 받았으며, {{p:오룡남}}은 2016년 여름 더위에 쓰러졌으나 {{r:도}} 책임자가 병원에 보내지 않았습니다. 진정인은 2017년 10월 {{r:도창훈}}의 감시를 피해 이탈하여 2018년 입국하였습니다. 이탈 당시 도와준 사람은 파키스탄인 운전기사 {{p:아심}}이었습니다.
  나. 진정인은 2022년 5월 구청 복지지원과에서 긴급복지 상담을 받으면서 피진정인 {{r:방선희}} 주무관에게 위 경력을 설명하였습니다. 당시 진정인은 "이 이야기는 절대 밖에 나가면 안 된다. 북에 누나 {{r:염경옥}}이 있다"고 분명히 말하였습니다.
  다. 그런데 2022년 9월 {{u:OBS}} 지역 뉴스의 "우리 동네 탈북민 이야기" 꼭지에서, 진정인의 얼굴은 모자이크 처리되었으나 "{{u:함흥}} 출신 {{r:염}} 모씨(45), {{u:쿠웨이트}} 건설현장에서 4년 강제노동"이라는 자막과 함께 진정인의 목소리가 변조 없이 방송되었습니다. 방송 후 담당 기자 {{p:성지훈}}은 진정인에게 "구청 {{r:방}} 주무관님이 소개해 주셨다"고 말하였습니다.
  라. 방송 직후 진정인은 {{u:중국}}에 있는 지인 {{p:리명수}}를 통해, 누나 {{r:경옥}}이가 {{u:함흥}}에서 보위부에 불려 갔다는 소식을 들었습니다. 방송에 나온 "{{r:염}} 모씨"가 진정인이라는 것을 현지에서 알아챈 것으로 보입니다. 누나 {{r:염경옥}}의 남편 {{p:주병철}}도 직장에서 쫓겨났다고 들었습니다.
  마. 진정인은 2022년 10월 4일 구청을 방문하여 피진정인에게 항의하였으나, 피진정인 {{r:방선희}}는 "좋은 취지로 한 일", "얼굴은 가렸다"고만 답하였고, 같은 과 팀장 {{p:남궁현우}}는 "개인 간 문제"라며 사과를 거부하였습니다. 이 자리에는 진정인의 신변보호담당관인 {{u:남동경찰서}} 경사 {{p:하태민}}이 동석하였으며, {{p:하}} 경사도 이 사실을 확인해 줄 수 있습니다.

5. 관련 법령
  - {{u:북한이탈주민의 보호 및 정착지원에 관한 법률}} 제4조의3, 제30조 (비밀유지 의무)
  - {{u:개인정보 보호법}} 제17조, 제18조
  - {{u:대한민국헌법}} 제17조 (사생활의 비밀과 자유)

6. 첨부 자료
  ① 방송 화면 캡처 및 녹화 파일 (USB 1개)
  ② 기자 {{p:성지훈}}과의 문자 메시지 캡처 ("{{r:방선희}} 주무관님이 연결해 주셨어요 ^^")
  ③ 신변보호담당관 {{p:하태민}} 경사 확인서
  ④ 상담 기록지 사본 (상담자란에 "{{r:방선
희}}" 서명, 복사 과정에서 줄바꿈됨)

7. 기타
  진정인은 조사 과정에서 진정인의 이름이 다시 외부에 알려지지 않기를 바랍니다. 진정 사건 처리 과정의 연락은 진정인을 돕는 {{u:사단법인 새터민인권연대}}의 {{p:소예린}} 간사(010-xxxx-xxxx)를 통해 주시기 바랍니다. {{p:소}} 간사는 진정인의 위임을 받았습니다.
  또한 진정인과 함께 {{u:쿠웨이트}}에서 일한 {{p:방철수}}(피진정인과 무관함)도 같은 방송을 보고 불안해하고 있습니다. {{p:방철수}} 씨는 방에서 잘 나오지 않는다고 합니다.

2022년 10월 17일

진정인 {{r:염 광 철}} (서명)
위 진정인의 대리인 {{p:소예린}} (서명)""",
    },
    {
        "id": "h35-ko-06",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ko Eun-byeol", "고은별", "other", ["은별"]),
            ("Kim Sol-hwa", "김솔화", "witness", ["봄"]),
            ("Paek Mi-hyang", "백미향", "coworker", ["미향"]),
        ],
        "note": "Donor thank-you letter in Korean, CRLF; donor addressed with 님/후원자님, beneficiary under the pseudonym 봄 beside the season 봄, her friend with particles; a list of donor names with initials and masked names (김*수); staff signatures; surname 고 beside 고 (and), 백 beside 백 (hundred); Cambodian restaurant background; organisations and places public.",
        "text": """{{r:고은별}} 후원자님께

안녕하세요, {{r:은별}}님. {{u:북한해외노동인권센터}} 후원팀의 {{p:정다운}}입니다.
올해 봄에도 어김없이 보내 주신 정기후원금과 손편지, 정말 감사히 받았습니다. {{r:고은별}}님께서 2019년부터 다섯 해째 함께해 주고 계시다는 사실이 저희 모두에게 큰 힘이 됩니다. 고마운 마음을 담아 올해 {{r:은별}}님의 후원금이 어떻게 쓰였는지, 그리고 한 분의 이야기를 전해 드리려 합니다.

저희가 "{{r:봄}}"이라는 이름으로 부르는 분이 있습니다. {{r:봄}}님은 2015년부터 2019년까지 {{u:캄보디아}} {{u:프놈펜}}의 한 북한 식당에서 일했습니다. 낮에는 서빙을, 밤에는 손님 앞에서 노래와 가야금 연주를 했고, 식당 위층 숙소에서 열두 명이 함께 지냈습니다. 여권은 식당 지배인이 가지고 있었고, 한 달에 한 번 단체로 시장에 가는 것 외에는 외출할 수 없었다고 합니다. {{r:봄}}님은 그 시절을 "계절이 없는 곳"이라고 표현했습니다. 봄이 와도 봄인 줄 몰랐다고요. 그래서 {{u:한국}}에 와서 스스로 "{{r:봄}}"이라는 이름을 골랐습니다.

{{r:봄}}님과 같은 식당에서 일했던 친구 {{r:백미향}} 님의 이야기도 함께 전합니다. {{r:미향}}님은 손님에게 몰래 쪽지를 건넸다는 의심을 받아 2018년 갑자기 귀국 조치되었습니다. {{r:봄}}님은 지금도 "{{r:미향}}이가 백 번은 꿈에 나왔다"고 말합니다. 저희는 {{u:유엔 인권최고대표사무소}}에 {{r:백미향}} 님의 소재 확인을 요청하는 서한을 보냈고, 아직 답을 기다리고 있습니다.

{{r:은별}}님의 후원금은 올해 다음과 같이 쓰였습니다.
  · {{r:봄}}님을 포함한 해외 파견 노동 피해자 14명의 법률 상담 및 진술 기록
  · {{u:서울}}, {{u:인천}}, {{u:부산}}의 피해자 심리 상담 지원 (상담사 {{p:유하린}} 선생님, {{p:탁지성}} 선생님)
  · 「해외 파견 노동자 증언집 2023」 발간 (편집 {{p:권나래}}, 번역 {{p:Joanna Kowalczyk}})
  · {{u:제네바}} {{u:유엔 인권이사회}} 부대행사 참가 (발표 {{p:문성호}} 연구원)

지난 4월, {{r:봄}}님은 처음으로 직접 쓴 편지를 후원자님들께 보내고 싶다며 저희에게 한 장을 맡겼습니다. 그대로 옮깁니다.

  "후원자님, 저는 {{r:김솔화}}라는 이름으로 태어났지만 지금은 {{r:봄}}이라고 불리는 게 더 좋습니다. 식당에서 저는 이름이 없었어요. 지배인 동무는 우리를 번호로 불렀어요. 저는 7번이었어요. 여기서 {{p:다운}} 선생님이 처음 '{{r:솔화}} 씨'라고 불러 줬을 때 울었어요. 고맙습니다. {{r:미향}}이를 찾게 되면 제일 먼저 알려 주세요. — {{r:봄}} 드림"

(※ {{r:봄}}님은 본인의 실명을 편지에 쓰는 것을 원했지만, 안전을 위해 외부 공개본에서는 지웁니다. 후원자님께만 드리는 편지이니 너그러이 양해해 주세요.)

올해도 함께해 주신 분들 (가나다순, 일부 요청에 따라 이름 일부 가림)
{{p:강*준}}, {{p:고민지}}, {{p:김*수}}, {{p:김하늘}}, {{p:나은정}}, {{p:류재형}}, {{p:박 소피아}}, {{p:백승우}}, {{p:서*린}}, {{p:심보람}}, {{p:안드레아 리}}, {{p:오창민}}, {{p:이*진}}, {{p:장윤서}}, {{p:J. Park}}, {{p:최가을}}, {{p:한지민}}(가족 후원), {{p:H.S.Y.}}, 익명 23분

고, 맙습니다. 쉼표를 넣은 건 한 번 더 숨을 쉬며 말하고 싶어서입니다.
{{r:은별}}님의 건강과 평안을 빕니다.

2023년 6월
{{u:북한해외노동인권센터}} 후원팀 {{p:정다운}} 드림
사무국장 {{p:여민혁}}
문의: {{p:dawoon.jung}}@nkoverseaslabor.org / 02-xxx-xxxx""",
    },
    {
        "id": "h35-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ryu Kyong-hui", "류경희", "witness", ["경희"]),
            ("Ra Song-bok", "라성복", "relative", ["성복"]),
        ],
        "note": "Church bulletin (교회 주보) in Korean: visiting pastors and a missionary organisation head are public, the local pastor and members private; titles 목사/장로/권사/집사/성도/형제 outside markers; long lists of serving members and birthdays; a new member who worked in a Laos restaurant with her brother; surname 라 beside 라 as musical note; 한 beside 한 (one); city and church names public.",
        "text": """{{u:새빛소망교회}} 주보
2024년 3월 17일 사순절 다섯째 주일 · 제28권 11호
{{u:서울특별시}} {{u:노원구}} 상계로 ○○ / 담임목사 {{p:정의찬}}

■ 주일 오전 예배 (11:00)
예배로 부름 ........................ 인도자 {{p:마영태}} 장로
찬송 ........................ 다 함께 (반주 {{p:현소라}} 집사)
기도 ........................ {{p:표정란}} 권사
성경 봉독 ........................ 시편 126편 ({{p:손예준}} 청년)
특송 ........................ "주 날개 밑" - 찬양대 (지휘 {{p:탁민규}} 집사)
설교 ........................ "눈물로 씨를 뿌리는 자" - {{u:한상윤}} 목사 ({{u:부산중앙교회}} 원로)
헌금 ........................ 안내 {{p:구도희}}, {{p:변지원}} 집사
축도 ........................ {{u:한상윤}} 목사

■ 오후 특별집회 (14:00) "해외에 보내진 형제자매를 위한 기도회"
강사: {{u:최명길}} 선교사 ({{u:모퉁이돌선교회}} 대표)
간증: {{r:류경희}} 성도 (2023년 등록)

■ 환영합니다
오늘 설교해 주시는 {{u:한상윤}} 목사님은 40년간 탈북민 사역을 해 오셨습니다. 오후 집회 강사 {{u:최명길}} 선교사님께도 감사드립니다. {{u:최}} 선교사님은 동남아 지역 사역을 25년째 하고 계십니다.

■ 새가족 소개
{{r:류경희}} 성도 - 2023년 10월부터 우리 교회에 출석하고 계십니다. {{u:라오스}} {{u:비엔티안}}의 식당에서 5년간 일하셨고, 지난해 {{u:한국}}에 오셨습니다. 오늘 오후 처음으로 간증해 주십니다. {{r:경희}} 자매님은 "오빠 {{r:라성복}}(성이 다른 이유는 간증 때 말씀드리겠다고 하심)이 아직 {{u:비엔티안}}에 있다"며 기도를 부탁하셨습니다. {{r:성복}} 형제를 위해 함께 기도해 주세요.
({{r:류}} 성도님은 사진 촬영을 원하지 않으십니다. 간증 녹음·촬영을 삼가 주세요.)

■ 교회 소식
1. 지난주 바자회 수익금 2,380,000원은 {{u:북한인권시민연합}}에 전달했습니다. 수고하신 여전도회 {{p:남궁은숙}} 회장님과 {{p:어지민}}, {{p:하말순}}, {{p:편영애}} 권사님께 감사드립니다.
2. 찬양대 라(A) 음 파트 대원을 모집합니다. 문의: {{p:라은혜}} 집사 (라 파트장)
3. 다음 주일 점심 봉사: 3구역 ({{p:석현주}} 구역장, {{p:엄태식}}, {{p:추미경}}, {{p:길동원}})
4. {{p:변지원}} 집사 가정에 둘째 {{p:변하율}}이 태어났습니다. 축하합니다!
5. 한 주간 병원에 입원하신 {{p:용순덕}} 권사님({{u:상계백병원}} 805호)을 위해 기도해 주세요.

■ 이번 주 생일
3/18 {{p:위서준}}  3/19 {{p:제갈민아}}  3/20 {{p:봉은실}} 권사  3/21 {{p:이 요셉}}  3/23 {{p:육다온}}

■ 중보 기도 제목
- 해외에 파견되어 여권 없이 일하는 북한 노동자들을 위하여
- {{r:류경희}} 자매의 오빠 {{r:라성복}} 형제의 안전을 위하여
- 러시아 벌목장에서 일하다 귀국한 {{p:도철만}} 성도(가명)의 아버지 {{p:도}}씨의 건강을 위하여
- {{u:중국}}에서 강제 북송 위기에 있는 분들을 위하여

■ 섬기는 이들
담임목사 {{p:정의찬}} · 부목사 {{p:윤여름}} · 교육전도사 {{p:신하람}}
시무장로 {{p:마영태}}, {{p:금동수}}, {{p:인경록}}
재정 {{p:하동훈}} 집사 / 방송 {{p:천재원}} 형제 / 새가족부 {{p:임다솜}} 권사

※ 주보 파일: 교회 홈페이지 및 카카오채널 "{{u:새빛소망교회}}". 사진 담당 {{p:지한결}} 형제는 새가족 얼굴을 올리지 않습니다.""",
    },
    {
        "id": "h35-ko-08",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Gang Seol-hwa", "강설화", "witness", ["설화"]),
            ("Ok Chun-ja", "옥춘자", "supervisor", []),
        ],
        "note": "Local newspaper article in Korean: the district mayor (구청장) and a national assembly member are public and quoted (fictional), the worker, her coworkers, the centre director and the reporter are private; age in brackets after names (강설화(41)씨); bare surnames with 씨 (강씨, 차씨, 봉씨) and a director whose name 국민정 contains the word 국민; Chinese seafood plant background; districts, cities and organisations public.",
        "text": """[{{u:강서신문}}] "손끝에 밴 비린내, 이제는 빵 냄새로" … 탈북민 일자리 박람회 성황
2023.11.08 14:32 | 입력 {{p:변소현}} 기자 {{p:sohyun.byun}}@gangseonews.kr

{{u:서울 강서구}}는 7일 {{u:강서구청}} 대강당에서 '2023 북한이탈주민 일자리 박람회'를 열었다고 8일 밝혔다. 이날 박람회에는 탈북민 구직자 180여 명과 지역 기업 32곳이 참여했다.

{{u:진태호}} 강서구청장은 개회사에서 "탈북민 한 분 한 분이 우리 구의 소중한 이웃"이라며 "일자리가 정착의 첫걸음인 만큼 구 차원의 지원을 아끼지 않겠다"고 말했다. 이 자리에는 {{u:국회}} {{u:외교통일위원회}} 소속 {{u:오세린}} 의원도 참석해 축사를 했다.

이날 가장 눈길을 끈 것은 {{u:마곡동}}의 한 제과점에 채용이 확정된 {{r:강설화}}(41·가명 아님)씨였다. {{r:강}}씨는 북한 {{u:함경북도}} {{u:청진시}} 출신으로, 2016년부터 4년간 중국 {{u:지린성}} {{u:훈춘시}}의 수산물 가공공장에 파견돼 하루 15시간씩 오징어 손질을 했다고 한다.

{{r:강}}씨는 "공장 안은 늘 영하였고, 손끝에 비린내가 배어 잠을 잘 때도 가시지 않았다"며 "작업반장 {{r:옥춘자}}가 '계획을 못 채우면 귀국시킨다'고 해서 손이 얼어도 쉬지 못했다"고 말했다. 그는 "{{r:옥}} 반장이 월급을 모두 관리했고 우리 손에 들어온 건 한 달에 중국 돈 100위안 남짓이었다"고 덧붙였다.

같은 공장에서 일했다는 동료들의 이야기도 전했다. {{r:강}}씨에 따르면 동료 {{p:맹은주}}씨는 2018년 냉동창고에서 미끄러져 손목이 부러졌지만 병원에 가지 못했고, 또 다른 동료 {{p:심옥화}}씨는 2019년 "사상이 나쁘다"는 이유로 먼저 귀국됐다. {{r:강}}씨는 "{{p:은주}} 언니와 {{p:옥화}}가 지금 어디 있는지 모른다"며 눈시울을 붉혔다.

{{r:강설화}}씨는 2020년 공장을 이탈해 2021년 {{u:한국}}에 입국했다. {{u:하나원}}을 수료한 뒤 {{u:강서구}} 가양동에 정착해 제과제빵 학원을 다녔다. 제과점 대표 {{p:여준석}}(52)씨는 "{{r:설화}}씨는 반죽을 만지는 손이 정말 빠르고 꼼꼼하다"며 "본인이 중국 공장에서 익힌 손기술이라고 하더라"고 말했다.

박람회를 준비한 {{u:서울서부하나센터}}의 {{p:국민정}} 센터장은 "해외 파견 노동 경험이 있는 분들은 손기술이 뛰어나지만 트라우마가 깊은 경우가 많다"며 "상담과 취업을 함께 지원해야 한다"고 강조했다.

러시아 건설 현장에서 일했다는 {{p:차명훈}}(38)씨도 이날 물류업체 면접을 봤다. {{p:차}}씨는 "{{u:블라디보스토크}}에서 3년 동안 미장 일을 했는데 여권은 늘 반장이 갖고 있었다"며 "여기서는 내 이름으로 계약서를 쓴다는 게 아직도 신기하다"고 했다. {{p:차}}씨와 함께 온 {{p:봉은하}}씨는 "남편 {{p:차명훈}}이 면접 보러 들어간 사이 나도 요양보호사 상담을 받았다"며 웃었다. 이날 현장 면접을 거쳐 채용이 확정된 사람은 {{r:강}}씨와 {{p:봉}}씨를 포함해 모두 23명이다. {{u:진태호}} 구청장은 박람회장을 둘러보며 {{r:강}}씨에게 "{{u:강서구}}가 고향처럼 느껴지길 바란다"고 격려했다. ({{u:진}} 구청장은 내년 예산에 탈북민 취업 연계 사업비 2억 원을 반영하겠다고 밝혔다.)

한편 {{u:통일부}}에 따르면 올해 9월 기준 국내 입국 탈북민은 누적 3만4000여 명이다. 이 가운데 해외 파견 노동 경험자의 정확한 통계는 없다. {{u:북한인권정보센터}} 관계자는 "중국 수산물·봉제 공장 출신 여성들의 증언이 최근 늘고 있다"고 말했다.

/{{p:변소현}} 기자

※ 정정보도: 지난 8일자 기사에서 {{r:강설화}}씨의 나이를 41세로 보도했으나 본인 요청에 따라 나이를 삭제합니다. 또 본문의 '가명 아님' 표기는 편집 과정의 실수로, 본인은 가명 사용을 원했습니다. {{r:강}}씨와 독자 여러분께 사과드립니다. (편집국장 {{p:반석주}})""",
    },
    {
        "id": "h35-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Sin Yong-chol", "신영철", "witness", ["영철"]),
            ("Sin Tae-ryong", "신태룡", "relative", []),
            ("U Kum-sil", "우금실", "relative", ["금실"]),
            ("Sin Ok-ju", "신옥주", "relative", ["옥주"]),
        ],
        "note": "Family-tree description (가계도) in Korean for a protection file: three generations, relations in brackets, many members sharing the surname 신; names with zero-width space, tree characters (├─, └─) beside names, (故) and (사망) markers; surname 우 beside 우 (right/and); 선 given name beside 선 (line); counties and cities in Hangul (길주군, 청진시, 김책시) public.",
        "text": """[가계도 설명서] 사례번호 2022-OL-0193 / 작성: {{p:황보미래}} 상담원 / 검토: {{p:노현석}} 변호사

1. 작성 목적
본 가계도는 {{u:러시아}} 건설 현장에 파견되었던 {{r:신영철}}(1981년생, 이하 "본인")의 북한 내 가족 관계를 정리한 것으로, 가족의 신변 위험도 평가 및 향후 이산가족 교류 신청에 활용한다. 모든 정보는 본인의 구술(2022. 5. 10., 5. 17.)에 근거하며, 확인되지 않은 부분은 "(미확인)"으로 표시한다.

2. 가계도 (본인 중심, 좌측이 윗세대)

[1세대]
├─ 조부 {{p:신만석}} (故, 1922~1989), {{u:함경북도}} {{u:길주군}} 출생, 광부
│   └─ 조모 {{p:함순녀}} (故, 1926~2003)
└─ 외조부 {{p:우봉길}} (故), 외조모 {{p:석옥분}} (생사 미확인), {{u:김책시}} 거주

[2세대]
├─ 부 {{r:신태룡}} (1952년생), {{u:길주군}} {{u:길주읍}}, 前 {{u:길주펄프공장}} 노동자
│   ├─ 모 {{r:우금실}} (1955년생), 부양 중
│   ├─ 백부 {{p:신태석}} (故, 2011 사망) - 부의 형
│   │   └─ 백모 {{p:라정옥}}, 사촌형 {{p:신영호}} ({{u:청진시}} {{u:수남구역}})
│   └─ 고모 {{p:신\u200b태선}} (1958년생), {{u:청진시}} {{u:포항구역}}, 시장 장사
│       └─ 고모부 {{p:주덕삼}}, 고종사촌 {{p:주선희}}, {{p:주선미}}
└─ 외삼촌 {{p:우금철}} (1959년생), {{u:김책시}}, 보위부 근무(본인 진술, 미확인)

[3세대]
├─ 본인 {{r:신영철}} (1981년생), 2015~2019 {{u:러시아}} {{u:카잔}} 건설 현장 파견, 2019년 이탈, 2021년 입국
│   ├─ 처 {{p:모현옥}} (1984년생), {{u:길주군}} 거주 (이혼 처리 여부 미확인)
│   └─ 자 {{p:신광명}} (2008년생), 딸 {{p:신은하}} (2011년생)
├─ 누나 {{r:신옥주}} (1978년생), {{u:함흥시}} 거주, 남편 {{p:양기철}}
│   └─ 조카 {{p:양수정}}, {{p:양수민}}
└─ 남동생 {{p:신영남}} (1985년생), 2017년 {{u:쿠웨이트}} 파견 후 소식 없음

3. 주요 인물 설명
가. 부 {{r:신태룡}}: 본인 이탈 후 2020년 {{u:길주군}} 보위부에 두 차례 불려 갔다는 소식을 누나 {{r:옥주}}를 통해 들음. 고령이며 폐질환이 있음. 본인은 "아버지가 저 때문에 잘못되면 안 된다"고 가장 걱정함.
나. 모 {{r:우금실}}: 외삼촌 {{p:우금철}}이 보위부에 있어 어느 정도 보호받고 있을 가능성이 있다고 본인이 판단함. 다만 {{p:우}} 외삼촌은 본인 이탈 사실을 알고 "우리 집안에 그런 놈 없다"고 했다고 {{r:금실}} 씨가 전함(2020년 브로커 통화).
다. 누나 {{r:신옥주}}: 가족 중 유일하게 본인과 연락(연 1~2회, 브로커 경유). {{r:옥주}} 누나의 남편 {{p:양기철}}은 {{u:함흥}} {{u:2·8비날론연합기업소}} 노동자. 누나는 "{{r:영철}}이 소식 묻지 마라, 우리는 모른다"고 주변에 말한다고 함.
라. 처 {{p:모현옥}}과 자녀: 본인 파견 기간 중 {{p:현옥}}이 혼자 아이들을 키웠음. 본인은 파견 노동 중 송금을 약속받았으나 회사 측이 "송금" 명목으로 가져간 돈이 가족에게 전달되었는지 확인된 바 없음. 아들 {{p:광명}}이는 올해 고급중학교 졸업 예정.
마. 남동생 {{p:신영남}}: 2017년 {{u:쿠웨이트}} 건설 현장으로 파견. 2018년 이후 소식 없음. {{p:영남}}이의 같은 현장 동료로 알려진 {{p:좌성필}}(한국 입국 여부 미확인)에 대한 조회를 요청함.
바. 고종사촌 {{p:주선희}}: 중국 {{u:단둥}} 봉제공장 파견 중이라는 소문이 있음(미확인). 선 하나로 표시한 관계는 모두 혼인/혈연 관계이며, 점선 관계는 없음.

4. 위험도 평가 요약
- 고위험: 부 {{r:신태룡}}, 누나 {{r:신옥주}}(연락 창구), 처 {{p:모현옥}}
- 중위험: 모 {{r:우금실}}, 자녀
- 정보 부족: 남동생 {{p:신영남}}, 외삼촌 {{p:우금철}}

5. 비고
- 본인은 {{u:한국}}에서 {{r:신영철}}이라는 이름을 그대로 쓰고 있으나, 공개 자료에서는 "{{r:S}}씨" 또는 "{{r:신○철}}"로 표기할 것.
- 본 가계도는 {{u:통일부}} 이산가족 정보통합센터 신청 서류와 함께 보관. 외부 반출 금지.""",
    },
    {
        "id": "h35-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kye Yong-sam", "계영삼", "supervisor", []),
            ("Ahn Chol-jun", "안철준", "official", []),
            ("Tae Myong-su", "태명수", "witness", ["Myong-su"]),
        ],
        "note": "Company organisation chart pasted as text (box-drawing tree) with Korean titles and English glosses, sent by a witness; names with titles in front and behind (지사장 계영삼, Dir. Kye); English 'An'/'Ahn' surname variants; a name split across two lines of the tree; Chinese subcontractor staff in Hanzi and pinyin; Equatorial Guinea construction; company and places public; zero-width space inside a Korean name.",
        "text": """From: witness {{r:T.M.S.}} (photo of a wall chart in the site office, retyped by {{p:Seo-yun}}, 2022-08-02)
Source language: Korean; English glosses in brackets added by us.

{{u:백두해외건설총회사}} ({{u:Paektu Overseas Construction General Co.}}) - {{u:적도기니}} 지사 ({{u:Equatorial Guinea}} branch), {{u:Bata}}
조직도 (Org chart) 2019년 4월 현재 (as of Apr 2019)

지사장 (Branch director) {{r:계영삼}} ({{r:KYE YONG SAM}})
├── 당비서 (Party secretary) {{p:려\u200b명호}} ({{p:Ryo Myong-ho}})
├── 보위지도원 (Security officer) {{r:안철준}} ({{r:AHN CHOL JUN}}; 여권 {{r:AN CHOL JUN}})
├── 부지사장 겸 기사장 (Deputy director / chief engineer) {{p:서 광 일}}
│   ├── 설계·견적 (Design) {{p:배경호}}, {{p:옥성진}}
│   └── 자재 (Materials) {{p:현창덕}} ─ 중국 측 담당 {{p:刘海波}} ({{p:Liu Haibo}}, 中建某公司)
├── 재정부장 (Finance) {{p:차금희}}  ※ 현지 은행 계좌 명의인 (account holder)
│   └── 회계 (Accountant) {{p:나영애}}
├── 1작업반 (Brigade 1, concrete) 반장 {{r:태명수}}
│   └── 조장 {{p:심광혁}}, {{p:봉철}}, {{p:도일남}} / 인원 38명
├── 2작업반 (Brigade 2, masonry) 반장 {{p:함성}}
│   {{p:룡}}  (name continues on the next line of the chart)
│   └── 조장 {{p:길수남}}, {{p:편동훈}} / 인원 41명
├── 3작업반 (Brigade 3, finishing) 반장 {{p:구윤철}}
│   └── 조장 {{p:어경필}} / 인원 26명
└── 후방 (Rear services: kitchen, clinic)
    ├── 식당 {{p:모순덕}} (여), {{p:지정옥}} (여)
    └── 위생원 (Medic) {{p:방학철}}

NOTES FROM THE WITNESS ({{r:Tae Myong-su}}, interview 2022-07-28, translated)
- "The chart was on the wall of {{r:Kye}} 지사장's office. Everyone had to memorise it. {{r:계영삼}}이 직접 그렸어요."
- Director {{r:Kye Yong-sam}} negotiated with the client, the {{u:Ministerio de Obras Públicas}}, and with the Chinese main contractor. Dir. {{r:Kye}} spoke some Spanish. The Equatoguinean engineer he dealt with was Señor {{p:Nsue}} ({{p:Ángel Nsue Obiang}}).
- The security officer {{r:Ahn}} ({{r:안}} 지도원) "did not appear on the chart's first version. {{r:안철준}}이 나중에 자기 이름을 넣으라고 했어요." {{r:An}} collected all passports at {{u:Malabo}} airport.
- Finance head {{p:차금희}} is the wife of Party secretary {{p:려명호}}. {{p:Cha}}'s name was on the bank account, {{p:Ryo}} decided the transfers.
- Brigade 2 leader {{p:함성룡}}: the chart split his name because the paper was too narrow ("{{p:함성}}" on one line, "{{p:룡}}" under it). {{p:Ham}} beat {{p:편동훈}} in 2018 for sleeping on the scaffold.
- Witness {{r:Myong-su}} says he was brigade leader only "on paper"; {{r:Kye}} and {{r:Ahn}} decided the work hours (06:00-20:00, one rest day a month).
- Medic {{p:방학철}} had no medicines except paracetamol. When {{p:어경필}} fell from the third floor in March 2019, {{p:Bang}} could only splint his leg. {{p:Eo}} was taken to the {{u:Hospital Regional de Bata}} by the Chinese foreman {{p:老刘}} ({{p:Liu}}).
- Witness asks: do not publish the names of the cooks {{p:모순덕}} and {{p:지정옥}}; "they only cooked".""",
    },
    {
        "id": "h35-mixed-02",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Jegal Hye-ryon", "제갈혜련", "witness", ["Hye-ryon", "혜련"]),
            ("Bok Chang-il", "복창일", "witness", ["Chang-il"]),
            ("Seok Man-cheol", "석만철", "witness", ["만철", "산"]),
            ("Ryu Kum-hwa", "류금화", "supervisor", []),
        ],
        "note": "Caseworker handover note (인수인계서) mixing Korean and English, mixed line endings; case table with names, handles and e-mail local parts; two-syllable surname 제갈 and romanised Jegal/Chegal; surname 복 beside 복 (luck), 석 beside 석 달; a romanised name broken with a hyphen across a line; staff names private; cities, agencies and UN body public.",
        "text": """인수인계서 (Handover note)
인계자: {{p:우지현}} (case officer, 퇴사 2024. 2. 29.) → 인수자: {{p:Daniel Hur}} ({{p:허대니}})
확인: 팀장 {{p:구본철}}
작성일: 2024-02-27

0. General
- Shared drive: /cases/2024/active (권한 {{p:Daniel}} 추가 완료)
- Signal group "OL-cases": 내 번호 빼고 {{p:Daniel}} 번호 넣어 주세요 ({{p:구}} 팀장님께 요청함).
- 내 메일 {{p:jihyun.woo}}@olrc.or.kr 은 3월 31일까지 자동 전달 → {{p:daniel.hur}}@olrc.or.kr

1. Active cases (5)

[OL-0311] {{r:제갈혜련}} ({{r:JEGAL HYE RYON}}; 중국 서류에는 {{r:CHEGAL HYE RYON}})
- 中 {{u:辽宁省}} {{u:丹东}} 수산물 공장 2017-2020. 작업반장 {{r:류금화}}.
- Status: 진술서 2차 완료. {{u:OHCHR Seoul}} 제출 동의함 (동의서 스캔 폴더에 있음).
- To do: 3월 중 {{u:OHCHR}} 면담 일정. {{r:혜련}} 씨는 오전 면담 원함 (오후엔 식당 알바).
- 주의: {{r:Hye-ryon}} prefers to be called "{{r:제갈}} 선생님", not "{{r:혜련}} 씨" — 처음 만날 때 꼭! 성이 두 글자라 서류에 "{{r:제}}"로만 잘못 적힌 적 있음.
- {{r:류금화}} 관련: {{r:Ryu}}가 2023년에 다른 그룹 데리고 {{u:훈춘}}으로 갔다는 제보 있음 (출처: @{{p:dandong_sister}} — 텔레그램, 신원 미확인).

[OL-0298] {{r:Bok Chang-il}} ({{r:복창일}})
- {{u:Poland}} {{u:Gdynia}} shipyard welding 2015-2018 → 2019 입국.
- Status: 폴란드 변호사 mec. {{p:Karolina Bąk}} ({{p:k.bak}}@kancelaria-bak.pl) 와 임금 소송 준비 중. 복잡함.
- {{r:Chang-il}} 씨 말버릇: "복 받으세요" ㅎㅎ — 전화 끝날 때마다 그러심. 복 많이 받으시라고 해 드리면 좋아함.
- 연락: 카톡 ID "{{r:changil_bok}}" (본명이 들어간 아이디라 바꾸시라고 권유했는데 아직 안 바꿈).
- 동료 {{p:Kim Hyok-
chol}} (our files: {{p:Kim Hyok-chol}}, {{p:김혁철}}) — witness for the Polish case, lives in {{u:Busan}}, 연락 잘 안 됨.

[OL-0276] {{r:석만철}} (가명 "{{r:산}}")
- 러시아 {{u:아무르주}} 벌목 2012-2016. 건강 문제 (허리, PTSD).
- {{r:만철}} 씨는 석 달에 한 번 정도만 연락됨. 먼저 연락 오면 꼭 받아 주세요.
- {{u:국립정신건강센터}} 연계 중, 담당 {{p:설하은}} 선생님 ({{p:haeun.seol}}@ncmh.go.kr).
- 가명 "{{r:산}}"으로 부르면 편해하심. 산에 가는 거 좋아하셔서 가명 본인이 정함.

[OL-0320] {{p:Ts. Solongo}} / {{p:최은실}} (Mongolian-Korean interpreter, not a victim)
- {{u:Ulaanbaatar}} 광산 케이스들 통역. 번역료 2월분 미지급 → 회계 {{p:편미소}} 님께 요청함.

[OL-0322] new intake — {{p:박순}} (given name "{{p:순}}" only, 성 확인 필요)
- 1차 상담 3/5 예정. {{p:순}} 씨는 {{u:Kuwait}} 건설 현장 출신 남편 {{p:리명길}}의 일로 연락함. 본인 아닌 가족 상담.

2. 외부 연락처 (private — 외부 공유 금지)
- {{u:남북하나재단}} 담당: {{p:문소라}} 대리
- {{u:대한법률구조공단}}: {{p:변민규}} 변호사
- 언론 문의는 전부 {{p:구}} 팀장님께. 특히 {{u:KBS}} {{p:황선우}} PD — 이전에 {{r:제갈혜련}} 씨 실명 요구해서 거절한 적 있음.

3. Misc
- {{p:Daniel}}, 사무실 열쇠는 {{p:지현}}이 책상 두 번째 서랍에 있어요 :)
- 화분 물 주기 부탁해요 🌱 이름표에 "{{p:우지현}}"이라고 붙어 있는 거.

인계자 {{p:우지현}} (서명)   인수자 {{p:Daniel Hur}} (서명)   확인 {{p:구본철}} (서명)""",
    },
    {
        "id": "h35-mixed-03",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Hwangbo Sun-ae", "황보순애", "witness", ["순애", "Sunny"]),
            ("No Chol-gyu", "노철규", "witness", ["철규"]),
            ("Ok Ryon-hui", "옥련희", "witness", ["Ryon-hui"]),
        ],
        "note": "Shelter bed spreadsheet pasted as CSV, CRLF: Korean and English columns, names with aliases in separate columns, empty cells, staff initials, impossible dates (2023-02-29, 2023-13-02); surname 노 beside 노 (no/oar) and NO (English no), 옥 beside 옥탑; nickname Sunny beside sunny; country codes unmarked, cities public.",
        "text": """쉼터 침대 현황 (Shelter beds) - {{u:OLRC}} 임시보호쉼터 - export 2023-03-02 09:14
room,bed,이름(name),호칭/alias,입소(in),퇴소(out),파견지(work abroad),담당(staff),메모(notes)
101,A,{{r:황보순애}},"{{r:Sunny}} / {{r:순애}} 언니",2023-01-09,,CN {{u:Hunchun}} seafood,{{p:JHW}},"sunny room by the window, 본인 요청"
101,B,{{p:Ma Un-jong}},{{p:Un-jong}},2023-02-29,,CN {{u:Dandong}} garment,{{p:JHW}},"date typo? check intake sheet"
101,C,(empty),,,,,,
102,A,{{r:Ok Ryon-hui}},"{{r:Ryon-hui}}, '{{r:Ok}} 선생님'",2022-12-20,,VN {{u:Hanoi}} restaurant,{{p:KSY}},"옥탑방 싫다고 해서 1층으로 옮김"
102,B,{{p:김\u200b예린}},{{p:예린}},2023-01-30,2023-02-14,CN {{u:Yanji}} electronics,{{p:KSY}},"퇴소 - 언니 {{p:김예나}} 집으로"
102,C,{{p:Lim Chun-ok}},"{{p:Chun-ok}} / {{p:림}} 아바이 딸",2023-02-01,,RU construction (cook),{{p:KSY}},
201,A,{{r:노철규}},{{r:철규}},2022-11-15,,RU {{u:Tynda}} logging,{{p:PDH}},"NO alcohol. {{r:노}} 씨 본인이 규칙 원함. 노 젓는 꿈 자주 꿈"
201,B,{{p:To Kwang-nam}},{{p:Kwang-nam}},2023-13-02,,KW construction,{{p:PDH}},"입소일 오류: 2023-02-13 추정"
201,C,{{p:Pyon Yong-ho}},,2023-01-04,,QA construction,{{p:PDH}},"{{p:변용호}} = {{p:Pyon}}, 같은 사람. 두 번 입력하지 말 것"
202,A,{{p:SONG IL-BOM}},"{{p:Il-bom}} ('{{p:일범}}')",2023-02-20,,MN coal mine,{{p:PDH}},"{{r:노철규}} 씨와 같은 방 원함"
202,B,{{p:Yang Tong-chol}},{{p:Yang}},2022-10-02,2023-01-31,PL {{u:Gdańsk}} shipyard,{{p:PDH}},"퇴소 - 취업 ({{u:Ulsan}})"
202,C,{{p:Chu Son-il}},{{p:Son-il}},2023-02-27,,RU {{u:Vladivostok}} construction,{{p:PDH}},"{{p:Chu}} asks for night light"
301,A,{{p:Ha Myong-suk}},"{{p:명숙}}, '{{p:하}} 반장님' (former team leader, now a victim herself)",2023-01-17,,CN garment,{{p:JHW}},"다른 입소자들이 {{p:Ha}} 반장을 불편해함 - 방 분리"
301,B,{{p:Cha Hyang-mi}},{{p:Hyang-mi}},2023-02-05,,KH restaurant,{{p:JHW}},
301,C,{{p:Ri Sol}},"{{p:Sol}}, {{p:솔}}이",2023-02-05,,KH restaurant,{{p:JHW}},"{{p:Cha Hyang-mi}}와 같은 식당. 자매 아님"
302,A,(maintenance),,,,,,"침대 고장 - {{p:최}}가네 가구 수리 연락함 (not a resident)"

STAFF KEY: {{p:JHW}} = {{p:Jeong Hye-won}} ({{p:정혜원}}), {{p:KSY}} = {{p:Kim Seo-yeon}}, {{p:PDH}} = {{p:Park Do-hyun}}
Beds: 18 total / 14 occupied / 2 empty / 1 maintenance / 1 reserved for {{r:Sunny}}'s friend {{p:Yu Kyong-ja}} (arrival 3/10)
Note from {{p:Hye-won}}: 101-A는 "{{r:Sunny}}"로만 부르기로 함 (본인 요청). {{r:황보}} 성을 밖에서 부르지 말 것 - 흔치 않은 성이라 알아볼 수 있음.""",
    },
    {
        "id": "h35-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Yun Song-chol", "윤성철", "witness", ["Song-chol", "bluecrane"]),
            ("Kim Ryong-hae", "김룡해", "coworker", ["룡해"]),
            ("Pang Hak-su", "방학수", "supervisor", ["불곰"]),
        ],
        "note": "Telegram intake-bot log: log lines with user ids, @handles containing names, first_name/last_name fields in Latin and Hangul, Korean message text with emoji; nickname 불곰 (brown bear) beside the animal; handle bluecrane explained by 학 (crane); surname 방 with 반장; Russian helpers in Cyrillic with declined forms (Сергея) and Latin; operator names private; Russian cities and organisations public.",
        "text": """# tg-intake-bot / logs / 2024-01-15.log (excerpt, tokens removed) - exported by {{p:Seung-min}} for case OL-0344
2024-01-15 21:58:02,114 INFO  bot.start: polling started (bot=@olrc_intake_bot)
2024-01-15 22:03:11,482 INFO  update 881234401 from user_id=55120xxxx username=@{{r:bluecrane}}_88 first_name="{{r:Song-chol}}" last_name="" lang=ko chat=private
2024-01-15 22:03:11,483 DEBUG text="안녕하세요 🙏 여기가 해외 노동자 상담하는 곳 맞습니까"
2024-01-15 22:03:12,010 INFO  reply template=welcome_ko to @{{r:bluecrane}}_88
2024-01-15 22:05:40,761 DEBUG text="저는 러시아 {{u:노보시비르스크}} 건설장에 있다가 나왔습니다. 이름은 {{r:윤성철}}입니다. 지금 {{u:모스크바}}에 있습니다 😢"
2024-01-15 22:05:41,002 WARN  pii.filter: possible real name in message (hangul, 3 chars) - flagged for operator
2024-01-15 22:06:15,330 INFO  operator_join op=@{{p:minji_kwak}} ({{p:곽민지}}) case=OL-0344
2024-01-15 22:06:52,118 DEBUG op_text="{{r:윤성철}} 님, 반갑습니다. 저는 상담원 {{p:민지}}입니다. 안전한 곳에 계신가요?"
2024-01-15 22:08:03,447 DEBUG text="네 지금은 {{p:세르게이}} 형님 집에 있습니다. 러시아 사람. 같이 일하던 {{r:룡해}}도 같이 나왔습니다 👍"
2024-01-15 22:08:03,448 WARN  pii.filter: possible real name in message - flagged
2024-01-15 22:09:30,902 INFO  update 881234455 from user_id=60231xxxx username=@{{r:ryonghae_kim}} first_name="{{r:Ryong Hae}}" last_name="{{r:KIM}}" lang=ru chat=private
2024-01-15 22:09:30,903 DEBUG text="저도 왔습니다. {{r:김룡해}}. {{r:성철}}이 형이 여기 알려줬습니다"
2024-01-15 22:10:12,550 INFO  merge_chats case=OL-0344 users=[@{{r:bluecrane}}_88, @{{r:ryonghae_kim}}] by=@{{p:minji_kwak}}
2024-01-15 22:11:47,015 DEBUG op_text="두 분 다 여권은 갖고 계신가요?"
2024-01-15 22:13:20,233 DEBUG text(@{{r:ryonghae_kim}})="없습니다. 반장 {{r:방학수}}가 다 가지고 있습니다. 우리는 {{r:불곰}}이라고 부릅니다 🐻"
2024-01-15 22:13:58,871 DEBUG text(@{{r:bluecrane}}_88)="{{r:불곰}} 진짜 곰 같습니다 ㅋㅋ 근데 불곰보다 무섭습니다"
2024-01-15 22:15:02,660 DEBUG text(@{{r:bluecrane}}_88)="{{r:방}} 반장이 우리 찾으러 {{u:노보시비르스크}}에서 사람 보냈다고 들었습니다. {{p:강}} 지도원이랑 {{p:명훈}}이"
2024-01-15 22:15:02,661 WARN  pii.filter: possible real names (4) - flagged
2024-01-15 22:16:40,109 DEBUG op_text="{{r:성철}} 님, {{u:모스크바}} 한국대사관 영사과 연락처 보내 드릴게요. 혹시 {{p:세르게이}} 씨 성함은요? (안 알려 주셔도 괜찮습니다)"
2024-01-15 22:18:11,392 DEBUG text(@{{r:bluecrane}}_88)="{{p:Сергей Иванович}}. 성은 모릅니다. 형님이 텔레그램에는 @{{p:serg_ivanych}} 입니다"
2024-01-15 22:19:05,004 INFO  operator_note op=@{{p:minji_kwak}} note="do NOT contact {{p:serg_ivanych}}; helper, keep out of file"
2024-01-15 22:21:33,918 DEBUG text(@{{r:ryonghae_kim}})="{{r:성철}}이 형은 학 좋아합니다. 그래서 아이디가 {{r:bluecrane}}. 고향 {{u:함흥}} 앞에 학 많습니다 🕊️"
2024-01-15 22:22:10,145 DEBUG op_text="ㅎㅎ 예쁜 아이디네요. 다만 안전을 위해 사진이나 실명은 보내지 마세요. 두 분은 이제 각각 'A', 'B'로 기록할게요."
2024-01-15 22:25:47,601 INFO  update 881234590 from user_id=71002xxxx username=None first_name="{{p:Nadezhda}}" last_name="{{p:P.}}" lang=ru chat=private
2024-01-15 22:25:47,602 DEBUG text="Здравствуйте. Я соседка {{p:Сергея}}. Корейцы у нас. Что делать?"
2024-01-15 22:26:30,220 INFO  operator_join op=@{{p:artem_lee_olrc}} ({{p:Artem Lee}} / {{p:이아르툠}}, RU-speaking)
2024-01-15 22:27:12,879 DEBUG op_text(@{{p:artem_lee_olrc}})="Добрый вечер, {{p:Надежда}}. Спасибо. Пожалуйста, не звоните в полицию пока."
2024-01-15 22:40:03,511 INFO  handoff case=OL-0344 to={{u:Embassy of the Republic of Korea in Moscow}} (consular desk, officer on duty Mr {{p:Jo}})
2024-01-15 22:40:03,512 INFO  case_tag OL-0344 tags=[RU, construction, passport_confiscated, supervisor:{{r:Pang Hak-su}}]
2024-01-15 22:41:55,067 DEBUG text(@{{r:bluecrane}}_88)="고맙습니다 💙 {{p:민지}} 선생님, {{p:아르툠}} 선생님"
2024-01-15 23:59:59,999 INFO  rotate log (next: 2024-01-16.log)
2024-01-16 00:00:00,001 INFO  user @{{r:ryonghae_kim}} renamed -> @{{r:rh_kim}} (first_name="{{r:룡해}}")""",
    },
    {
        "id": "h35-mixed-05",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Nam Yu-jin", "남유진", "witness", ["Yu-jin", "유진"]),
            ("Hong Chun-mi", "홍춘미", "supervisor", ["호랑이", "Tiger"]),
            ("Son Ha-yeon", "손하연", "witness", ["Ha-yeon"]),
        ],
        "note": "Podcast transcript mixing Korean and English: the two hosts are public (fictional) and speak, the two guests and everyone they mention private; speaker labels with names; guest surname Nam beside 남 (others/south) and Son beside 손 (hand); manager nicknamed 호랑이 beside the animal; Malaysian restaurant and Mongolian mine; places and organisations public.",
        "text": """[{{u:Borderless Talk}} 팟캐스트 EP.57] "노래하던 식당, 말없던 광산" - transcript (auto + edited by {{p:Yoon-seo}})
진행 Hosts: J = {{u:Jenny Cho}} ({{u:조제니}}), T = {{u:김태균}} ({{u:Kim Tae-gyun}})

J: Hi everyone, welcome back to {{u:Borderless Talk}}. I'm {{u:Jenny}}.
T: 안녕하세요, {{u:김태균}}입니다. 오늘은 특별한 두 분을 모셨어요.
J: Our guests today worked abroad for the North Korean state - one in a restaurant, one in a mine. Please introduce yourselves, only the names you're comfortable with.
{{r:남유진}}: 안녕하세요, 저는 {{r:남유진}}이에요. 본명이에요. 이제는 숨기고 싶지 않아서요.
{{r:손하연}}: 저는 {{r:하연}}이라고만 할게요. 성은... {{r:손}}이에요. {{r:손}} 씨요. 하하.
T: {{r:유진}} 씨부터 여쭤볼게요. 어디서 일하셨어요?
{{r:남유진}}: {{u:말레이시아}} {{u:쿠알라룸푸르}}요. 2014년부터 2017년까지 북한 식당에서 노래하고 서빙했어요.
J: So you were a singer. What was a normal day like?
{{r:남유진}}: (in English) Wake up at seven, practice songs, lunch service, practice again, dinner service, show at eight. Sleep at one. Every day.
T: 지배인은 어떤 분이었어요?
{{r:남유진}}: {{r:홍춘미}}라는 여자 지배인이었어요. 우리끼리는 {{r:호랑이}}라고 불렀어요. 호랑이띠이기도 했고, 진짜 호랑이처럼 무서웠어요. {{r:홍}} 지배인이 눈만 뜨면 다들 얼어붙었어요.
J: {{r:Tiger}}. (laughs) I'm sorry, it's not funny.
{{r:남유진}}: 괜찮아요, 지금은 웃을 수 있어요. {{r:호랑이}}가 우리 여권이랑 팁까지 다 가져갔어요. 손님이 팁을 주면 바로 {{r:홍춘미}} 앞치마 주머니로.
T: 2017년에 {{u:말레이시아}}에서 큰 사건이 있었죠.
{{r:남유진}}: 네, 그 공항 사건 이후에 식당이 문을 닫았어요. 우리는 갑자기 짐을 싸라고 했어요. 그때 같이 있던 {{p:은향}}이랑 {{p:설화}}는 {{u:평양}}으로 갔고, 저는... 그건 다음에 말할게요.
J: Of course. {{r:Ha-yeon}}, your story is very different.
{{r:손하연}}: Yes. 저는 {{u:몽골}} {{u:다르항}} 근처 광산에서 일했어요. 여자는 저 포함 세 명, 밥하는 사람이었어요. 남자들은 석탄 캤고요.
T: 광산에 여성이 있는 줄은 몰랐어요.
{{r:손하연}}: 취사원으로요. 같이 밥했던 언니가 {{p:오정란}}, 동생이 {{p:춘옥}}이. {{p:정란}} 언니는 손이 빨라서 손 하나로 감자 백 개를 깠어요.
J: Who was in charge there?
{{r:손하연}}: {{p:주}} 소장이요. {{p:주영길}}. 근데 {{p:주}} 소장보다 무서운 건 보위원 {{p:리}} 동무였어요. 남들 앞에서는 웃는데, 밤에 한 사람씩 불러서...
T: 괜찮으세요?
{{r:손하연}}: 네. 그 얘기는 남한테 처음 해요. {{r:유진}} 언니도 처음 듣죠?
{{r:남유진}}: 응. ({{r:유진}} 씨가 {{r:하연}} 씨 손을 잡음 - editor's note)
J: Let's take a short break. This episode is supported by {{u:Hana Bridge Foundation}}.
--- break ---
T: 두 분 {{u:한국}}에 오셔서 처음 한 일이 뭐였어요?
{{r:남유진}}: 노래방 갔어요. 제 노래를 제가 듣고 싶어서요.
{{r:손하연}}: 저는 엄마한테 편지 썼어요. 못 부쳤지만요. 엄마 이름은 {{p:박금녀}}예요. 지금 {{u:양강도}} {{u:혜산시}}에 계세요. 방송에 이름 나가면 안 되나요? ...괜찮아요, 그냥 두세요. 엄마가 들을 일은 없으니까.
J: We'll leave that to you and our editor. Thank you, {{r:Yu-jin}}, thank you, {{r:Ha-yeon}}.
T: 다음 주에는 Polish... 아니, {{u:폴란드}} 조선소에서 일했던 {{p:김현수}} 씨를 모십니다. 감사합니다!

[Editor's note ({{p:Yoon-seo}}): at {{r:하연}}'s later request, her mother's name is bleeped in the published audio. {{u:Jenny Cho}} and {{u:Kim Tae-gyun}} approved.]""",
    },
    {
        "id": "h35-mixed-06",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Gil Eun-hye", "길은혜", "witness", ["Eun-hye"]),
            ("Yu Sang-rok", "유상록", "witness", ["Sang-rok"]),
            ("Kong Mi-ok", "공미옥", "witness", []),
        ],
        "note": "University research consent log (IRB) in Korean and English, mixed line endings: participant codes beside names, signature columns with names, researchers private with 교수/연구원, withdrawn consents; surname 길 beside 길 (road), 유 beside 'you', 공 beside 공 (zero); initials; IRB, university and funding body public; impossible date 2022-04-31.",
        "text": """{{u:한결대학교}} 생명윤리위원회({{u:Hangyeol University IRB}}) 승인번호 HGU-IRB-2022-0415
연구과제: 북한 해외 파견 노동 경험자의 건강과 노동 이력 (Health and work histories of former DPRK overseas workers)
연구책임자: {{p:표은서}} 교수 (PI, Prof. {{p:Pyo Eun-seo}}) / 공동연구원: Dr. {{p:Marcus Lindqvist}} ({{u:Lund University}})
연구보조원: {{p:옥다인}}, {{p:Lee Jun-ho}}
지원: {{u:한국연구재단}} ({{u:National Research Foundation of Korea}})

CONSENT LOG v3 (동의서 관리대장) - 원본은 잠금 캐비닛 B-2, 이 파일은 코드-이름 연결표이므로 연구팀 외 열람 금지

Code | Name (동의서 서명란) | 구분 | Date | Consent type | Witness/researcher | Status
P01 | {{r:길은혜}} ({{r:GIL EUN HYE}}) | 중국 봉제 | 2022-04-12 | interview + audio | {{p:옥다인}} | active
P02 | {{r:유상록}} | 러시아 건설 | 2022-04-14 | interview only (no audio) | {{p:옥다인}} | active
P03 | {{p:탁명숙}} | 중국 수산 | 2022-04-20 | interview + audio | {{p:J.H. Lee}} | WITHDRAWN 2022-06-02 → destroy audio
P04 | {{r:공미옥}} ({{r:Kong Mi-ok}}) | 쿠웨이트 건설(취사) | 2022-04-31 | interview + audio + photo of documents | {{p:옥다인}} | active (date error: signed 2022-05-01)
P05 | {{p:Ri Hyon-chol}} | 몽골 광산 | 2022-05-03 | interview + audio | {{p:Lee Jun-ho}} | active
P06 | {{p:함경숙}} | 캄보디아 식당 | 2022-05-09 | interview only | {{p:표은서}} | active
P07 | {{p:변동일}} | 러시아 벌목 | 2022-05-11 | interview + audio | {{p:Lee Jun-ho}} | active
P08 | {{p:J.S.K.}} (성명 기재 거부, 이니셜만) | 폴란드 조선 | 2022-05-16 | interview only | {{p:옥다인}} | active
P09 | {{p:Son Kwang-min}} | 원양어선 | 2022-05-20 | interview + audio | Dr. {{p:Lindqvist}} | active
P10 | {{p:마춘희}} | 중국 전자 | 2022-05-23 | interview + audio | {{p:옥다인}} | active

NOTES (연구보조원 기록)
- P01 {{r:길은혜}}: 면접 장소까지 오는 길을 잃어서 30분 늦음. 길 안내 문자 미리 보낼 것. {{r:Eun-hye}} 씨는 "반장 {{p:윤}}씨" 이야기할 때 녹음 중지 요청함 (00:42:10-00:47:30 녹음 없음).
- P02 {{r:유상록}}: "You can use my story but not my voice." {{r:Sang-rok}} 씨 요청으로 녹음 없이 필기만. 면담 중 동료 {{p:엄철진}}, {{p:하정길}} 이름을 언급함 → 전사본에서 코드 C-02a, C-02b로 대체.
- P03 {{p:탁명숙}}: 동의 철회. 남편 {{p:탁}}씨(성이 같음, 동명 아님)가 반대. 녹음 파일 2022-06-03 {{p:표은서}} 교수 입회하에 삭제 완료.
- P04 {{r:공미옥}}: 동의서 날짜를 4월 31일로 잘못 씀. 재서명 받음. {{r:공}} 선생님은 계획분 때문에 "월급이 공이었다"고 표현함 (인용 가능, 실명 불가). 현장 책임자 이름은 "{{p:라}} 부장"으로만 기억.
- P05 {{p:Ri Hyon-chol}} / {{p:리현철}}: 한국 신분증상 {{p:이현철}}. 세 표기 모두 같은 사람.
- P08 {{p:J.S.K.}}: 이니셜만 사용 원함. 서명도 이니셜로.
- P09 {{p:Son Kwang-min}}: 면담 중 아들 이야기("my son is in {{u:Nampo}}") — 이름은 말하지 않음.
- 전체: 참여자 사례비 5만원. 영수증에는 이름 대신 코드 사용 (회계 {{p:모지훈}} 주임과 합의).

Checked: {{p:P.E.S.}} 2022-06-10 / Audited by IRB staff {{p:권소망}} 2022-09-01""",
    },
    {
        "id": "h35-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Yong-ae", "김영애", "supervisor", ["金英爱"]),
            ("Pak Ok-hwa", "박옥화", "witness", ["Ok-hwa"]),
            ("Cho Un-gyong", "조은경", "coworker", ["은경"]),
        ],
        "note": "Translated WeChat group export from a Chinese electronics factory: Chinese original lines with Korean translation and English translator notes; Chinese display names (王经理, 小李, 老周) with 经理/组长 and the familiar prefixes 小/老 kept outside the markers; North Korean workers in Hanzi (金英爱, 朴玉花, 赵恩京) and Hangul; emoji and WeChat stickers; company, hospital, cities and economic zone public.",
        "text": """[번역본 / Translation] 微信群「{{u:鑫达电子}} 三号车间管理群」 (Wechat group: {{u:Xinda Electronics}} Workshop 3 management) - 2019.03.08 ~ 03.10
제공: 제보자 {{r:朴玉花}} ({{r:박옥화}}) / 번역: {{p:채린}} (중→한), 영문 메모 {{p:Alex Tan}}
※ 원문(中) 다음 줄에 번역(韩). 닉네임은 원문 그대로 둠.

2019-03-08 07:51
{{p:王}}经理: 今天韩国那边订单加急，三号车间全部加班到十二点。@{{r:金}}组长
→ {{p:왕}} 과장: 오늘 한국 쪽 주문이 급해서 3번 작업장 전원 12시까지 잔업. @{{r:김}} 조장
[note: "{{p:王}}经理" = Manager {{p:Wang}}, real name {{p:王志刚}} ({{p:Wang Zhigang}}) per the witness.]

2019-03-08 07:53
{{r:金}}组长: 好的{{p:王}}经理，我们的人没问题。
→ {{r:김}} 조장: 네 {{p:왕}} 과장님, 우리 사람들은 문제없습니다.
[note: "{{r:金}}组长" = team leader {{r:金英爱}}, i.e. {{r:Kim Yong-ae}} ({{r:김영애}}), the North Korean side's team leader. She is the only North Korean in the group; workers are not members.]

2019-03-08 08:10
小{{p:李}}: {{p:王}}哥，朝鲜那边的女工昨天有一个晕倒了，要不要送医院？👀
→ 샤오{{p:리}}: {{p:왕}} 형님, 조선 여공 하나가 어제 쓰러졌는데 병원 보낼까요? 👀
[note: 小{{p:李}} "Little {{p:Li}}" = line supervisor {{p:李浩}} ({{p:Li Hao}}). "小" is a familiar prefix, not part of the name.]

2019-03-08 08:12
{{r:金}}组长: 不用。是{{r:赵恩京}}，她身体本来就弱，休息一下就好。
→ {{r:김}} 조장: 필요 없습니다. {{r:조은경}}인데 원래 몸이 약해요. 좀 쉬면 됩니다.

2019-03-08 08:13
老{{p:周}}: [捂脸] {{r:金}}组长上次也是这么说的
→ 라오{{p:저우}}: [얼굴 가리는 이모티콘] {{r:김}} 조장이 지난번에도 그렇게 말했잖아
[note: 老{{p:周}} = old {{p:Zhou}}, warehouse, {{p:周建民}}.]

2019-03-08 08:20
{{p:王}}经理: 先别吵。@小{{p:李}} 你中午带她去{{u:珲春市人民医院}}看一下，费用公司出。
→ {{p:왕}} 과장: 싸우지 마. @샤오{{p:리}} 점심에 그 사람 {{u:훈춘시 인민병원}} 데려가 봐, 비용은 회사가 낸다.

2019-03-08 08:21
{{r:金}}组长: {{p:王}}经理，这不合规定，我们的人不能单独外出。我陪她去。
→ {{r:김}} 조장: {{p:왕}} 과장님, 규정에 안 맞습니다. 우리 사람은 혼자 외출 못 합니다. 제가 같이 가겠습니다.

2019-03-09 23:48
小{{p:李}}: 医生说{{r:恩京}}是严重贫血，还有肺上有阴影。😟
→ 샤오{{p:리}}: 의사가 {{r:은경}}이 심한 빈혈이고 폐에 그림자가 있대. 😟
[note: the Chinese "{{r:恩京}}" is the given name of {{r:Cho Un-gyong}}; the witness says {{r:Un-gyong}} coughed for months.]

2019-03-09 23:55
{{r:金}}组长: 这件事不要在群里说。
→ {{r:김}} 조장: 이 일은 단톡방에서 말하지 마세요.

2019-03-10 09:02
{{p:王}}经理: {{r:朴玉花}}今天请假吗？线上少一个人。
→ {{p:왕}} 과장: {{r:박옥화}} 오늘 휴가야? 라인에 한 명 비는데.
[note: the witness {{r:Pak Ok-hwa}} was held in the dormitory that day by {{r:Kim Yong-ae}} because she had asked {{p:Li Hao}} for the hospital bill.]

2019-03-10 09:05
{{r:金}}组长: 她身体不舒服。
→ {{r:김}} 조장: 몸이 안 좋습니다.

2019-03-10 09:06
老{{p:周}}: 😂😂 都身体不舒服
→ 라오{{p:저우}}: 😂😂 다들 몸이 안 좋네

2019-03-10 10:30
系统消息: "小{{p:李}}"被"{{p:王}}经理"移出了群聊
→ 시스템: "샤오{{p:리}}"님이 "{{p:왕}} 과장"에 의해 단톡방에서 내보내졌습니다.

[Translator's note ({{p:채린}}): After this, {{r:Ok-hwa}} says {{p:Li Hao}} was moved to another workshop. {{r:조은경}} was sent back to {{u:Hoeryong}} in April 2019 through {{u:Tumen}}. The factory is in the {{u:Hunchun Border Economic Cooperation Zone}}. {{p:Alex Tan}}: WeChat IDs removed; "{{p:wzg}}_hc1978" in the header was {{p:Wang Zhigang}}'s ID.]""",
    },
    {
        "id": "h35-mixed-08",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Choe Kang-il", "최강일", "witness", ["Kang-il", "Kangil Choi"]),
            ("Sa Jong-nam", "사정남", "supervisor", []),
        ],
        "note": "Worker CV (이력서/résumé) in Korean and English, CRLF: applicant name in Hangul, spaced Hangul, South romanization with surname last (Kangil Choi), North romanization (Choe Kang Il) and e-mail/LinkedIn handles; references with titles; former overseas supervisor surname 사 beside 사 (four/company); Mongolian mine and Polish shipyard, South Korean employers; fullwidth digits; companies, schools, certifications and places public.",
        "text": """이 력 서 / CURRICULUM VITAE

성명 (Name): {{r:최 강 일}} / {{r:Kangil Choi}} (북한 여권: {{r:CHOE KANG IL}})
생년월일 (DOB): １９８２. ０７. ２２.
주소: {{u:경상남도}} {{u:거제시}} 옥포동 ○○
연락처: 010-xxxx-xxxx / {{r:kangil.choi}}82@gmail.com
LinkedIn: linkedin.com/in/{{r:kangil-choi}}-welder
희망 직종 (Desired position): 선박 용접 (FCAW/SMAW) 반장급 / Welding foreman, shipbuilding

■ 학력 (Education)
1998  {{u:함경북도}} {{u:김책시}} 고등중학교 졸업
2001  {{u:김책공업종합대학}} 부설 기능공 양성소 용접과 수료 (북한)
2020  {{u:한국폴리텍대학 거제캠퍼스}} 특수용접과 수료

■ 경력 (Work experience)
2008.03 ~ 2012.11  {{u:몽골}} {{u:에르데네트}} 인근 동광산 (North Korean state company, dispatched)
  - 굴착 장비 정비 및 용접. 작업반 인원 60명.
  - (English) Maintained and welded mining equipment at a copper mine near {{u:Erdenet}}. Worked 12-hour shifts.
2014.05 ~ 2018.09  {{u:폴란드}} {{u:그디니아}} 조선소 협력업체 (North Korean state company, dispatched)
  - 선체 블록 용접 (FCAW). 반장 {{r:사정남}} 밑에서 12명 조원 중 조장.
  - (English) Hull block welding as team member under group leader {{r:Sa Jong-nam}}. Note for employer: wages were paid to the group leader, not to me; I can explain in interview.
2019.12 입국
2020.09 ~ 2022.12  {{u:(주)대양테크}} (거제) 용접사
2023.01 ~ 현재     {{u:(주)남해마린}} 용접 조장

■ 자격 (Certifications)
  {{u:한국산업인력공단}} 용접기능사 (2020), 특수용접기능사 (2021)
  선급 용접사 자격 (Class welder qualification, 2022)

■ 자기소개 (Summary)
저는 {{u:몽골}}과 {{u:폴란드}}에서 10년 가까이 용접 일을 했습니다. 그때는 제 이름으로 월급을 받아 본 적이 없습니다. 그곳에서 반장 {{r:사정남}}은 우리 조 열두 명의 여권과 월급을 모두 관리했고, 하루 열두 시간씩, 한 달에 하루 쉬었습니다. 사 년 넘게 그렇게 일했습니다. 지금은 제 이름 {{r:최강일}}로 계약서를 쓰고 제 통장으로 월급을 받습니다. 작은 일 같지만 저에게는 가장 큰 변화입니다. 용접은 자신 있습니다. {{u:그디니아}}에서 폴란드인 감독 Mr. {{p:Krawczyk}} ({{p:Janusz Krawczyk}})이 "{{r:Choe}}, best welder in the yard"라고 한 적이 있습니다. {{r:사}} 반장은 그 말을 듣고 저를 더 미워했지만요.
(English) I welded abroad for almost ten years without once being paid in my own name. I am proud of my skills and reliable. My colleagues in {{u:Geoje}} call me "{{r:강일}}이 형" or just "{{r:최}} 조장".

■ 추천인 (References)
1. {{p:노상민}} 부장, {{u:(주)대양테크}} 생산팀 — 010-xxxx-xxxx / {{p:sangmin.noh}}@daeyangtech.co.kr
2. {{p:Piotr Zieliński}}, former QA inspector, {{u:Gdynia}} — {{p:p.zielinski}}@wp.pl ({{p:Piotr}} speaks some English; worked with me 2016-2018)
3. {{p:하미선}} 선생님, {{u:거제시 북한이탈주민지원센터}} 취업상담사

■ 기타 (Other)
- 병역: 북한 군복무 (1999-2008) — 남한 병역 해당 없음
- 참고: 동료 {{p:배정호}}, {{p:안성욱}}도 같은 현장 출신으로 현재 {{u:울산}}에서 일하고 있어 경력 확인 가능. ({{p:배정호}}: {{p:jh.bae}}77@naver.com)

위 기재 사항은 사실과 틀림없음.
2024년 3월 4일   지원자 {{r:최강일}} (인)

[NGO note ({{p:Ji-an}}), attached when forwarding to the employer: please do not share the shipyard section outside HR. {{r:Kang-il}} agreed to include the group leader's name {{r:Sa}} because "{{r:Sa Jong-nam}} is not coming here".]""",
    },
    {
        "id": "h35-mixed-09",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Oh Su-bin", "오수빈", "other", ["Su-bin"]),
            ("Jin Kwang-nam", "진광남", "coworker", ["Kwang-nam"]),
        ],
        "note": "Memorial service programme and the list of names read aloud, Korean with English: the deceased workers private, given with Hangul, romanization, age, place and country of death; readers private, the presiding bishop and the special guest public (fictional); names known only partly ('성 모름', given name only, nickname 꼬마 beside the ordinary word); a reader who is registered; countries and cities public.",
        "text": """제5회 해외 파견 노동 희생자 추모식 / 5th Memorial for Workers Who Died Abroad
2023년 11월 11일(토) 오후 2시, {{u:서울}} {{u:중구}} {{u:정동제일교회}} 소예배실
주최: {{u:북한해외노동인권센터}} · 사회: {{r:오수빈}} 간사

순서 (Order of service)
1. 묵념 / Silent tribute
2. 추모사 / Remembrance - {{u:김인호}} 감독 ({{u:기독교대한감리회}})
3. 이름 부르기 / Reading of names - 낭독: {{r:진광남}}, {{p:Helen Park}}, {{p:송다연}}
4. 헌화 / Flowers
5. 인사 / Closing words - {{r:오수빈}}

■ 이름 부르기 (Names read aloud)
※ 가족의 동의를 받았거나 가족을 찾을 수 없는 경우에 한해 이름을 부릅니다. 일부는 이름만, 일부는 별명만 알려져 있습니다.

[낭독 {{r:진광남}} — {{u:러시아}}]
{{p:리용남}} ({{p:Ri Yong-nam}}), 34세 — {{u:러시아}} {{u:아무르주}} 벌목장, 2011년, 나무에 깔려
{{p:한경철}} ({{p:Han Kyong-chol}}), 41세 — {{u:블라디보스토크}} 건설현장, 2016년, 추락
{{p:길남}} (성 모름), 20대 — {{u:하바롭스크}}, 2014년, 병사
"{{p:꼬마}}" (이름 모름, 본명 {{p:오}}씨로 추정) — {{u:상트페테르부르크}}, 2017년. 함께 일한 {{r:광남}} 씨가 "우리 조에서 제일 어려서 꼬마라고 불렀다"고 전함.
{{p:박철수}} ({{p:Pak Chol-su}}), 29세 — {{u:모스크바}}, 2019년, 심장마비

[낭독 {{p:Helen Park}} — Middle East & Africa]
{{p:Kim Song-il}} ({{p:김성일}}), 38 — {{u:Qatar}}, 2015, heat stroke
{{p:Jang Myong-ho}} ({{p:장명호}}), 45 — {{u:Kuwait}}, 2012, fall from height
{{p:Choe Hyon}} ({{p:최현}}), 27 — {{u:Angola}}, 2014, malaria, no treatment
{{p:Mun Kwang-ok}} ({{p:문광옥}}), 33 — {{u:United Arab Emirates}}, 2017, unknown; body not returned
{{p:Tae-ho}} (surname unknown) — {{u:Equatorial Guinea}}, 2018

[낭독 {{p:송다연}} — {{u:중국}}·{{u:몽골}}·동남아·바다]
{{p:김순희}}, 23세 — 중국 {{u:단둥}} 봉제공장, 2016년, 과로 후 폐렴
{{p:정옥련}}, 31세 — {{u:훈춘}} 수산물 공장, 2018년, 냉동창고 사고
{{p:방영철}}, 37세 — {{u:몽골}} 광산, 2013년, 낙반
{{p:려은심}}, 26세 — {{u:캄보디아}} 식당, 2019년, 귀국 후 사망 (소식 전달: 동료 {{p:홍}}씨)
{{p:고성철}}, {{p:표남일}}, 그리고 이름을 알지 못하는 선원 두 분 — 원양어선, {{u:인도양}}, 2020년

[사회자 {{r:오수빈}}]
"이름을 알지 못하는 분들을 위해 잠시 묵념하겠습니다. 오늘 이름을 부른 열여덟 분 가운데 {{p:리용남}} 님의 동생 {{p:리용철}} 님, {{p:김순희}} 님의 언니 {{p:김순옥}} 님이 이 자리에 함께하셨습니다. 감사합니다."

■ 추모사 요지 ({{u:김인호}} 감독)
{{u:김인호}} 감독은 "이름을 부르는 것은 그들이 번호가 아니라 사람이었음을 기억하는 일"이라고 말했다. 이어 특별 손님으로 참석한 {{u:Tomás Quintero}} 전 {{u:ILO}} 강제노동 담당관({{u:Mr. Quintero}}는 발언하지 않음)을 소개했다.

■ 헌화 순서
유가족 → {{r:진광남}} 외 생존 노동자 7명 → 후원자 대표 {{p:모재현}} → 일반 참석자

■ 기록
사진: {{p:탁유림}} (유가족 얼굴 촬영 금지) / 녹음 없음 / 명단 관리: {{r:오수빈}} ({{r:subin.oh}}@nkoverseaslabor.org)
Names spelled as given by families; corrections to {{r:Su-bin}} by 11/30 (e.g. {{p:Jang Myong-ho}} may be {{p:Chang Myong-ho}}).
"Reading of names" list printed in 40 copies; all copies collected and shredded after the service by {{r:Kwang-nam}} and {{p:Dayeon}}.""",
    },
]
