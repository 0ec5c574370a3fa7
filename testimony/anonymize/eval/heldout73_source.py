# ruff: noqa: E501
"""Held-out evaluation passages, set 73. Built by build_heldout.py heldout73.

Fifty-one documents of the kind an NGO working on North Koreans sent abroad as forced
labourers could plausibly receive or write, written blind (the finder's code was not
read and the finder was not run). All genres are ones the earlier sets' opening lines
do not list (listed-company earnings-call transcripts, applications to the Commission
for the Control of INTERPOL's Files, orthopaedic fracture-clinic letters, anaesthetic
pre-assessment forms, US civil-forfeiture complaints, wiretap line sheets, office
print-server job logs, data-analysis notebook exports, TEI-XML encoded testimony
transcriptions, parliamentary plenary debate extracts, travel-blog posts with
comments, bank live-chat support transcripts, external auditors' management letters,
donor due-diligence questionnaires, company-dissolution gazette notices, broadcast
news rundowns, social-audio room transcripts, ethnographic journal-article excerpts,
unclaimed-death public notices (무연고 사망자 공고), administrative-appeal petitions
(행정심판청구서), transcribed North Korean anonymous denunciation letters (투서),
transcribed North Korean socialist-emulation scoreboards, transcribed North Korean
travel-pass (통행증) issue registers, investigators' telephone-contact reports
(수사보고), wedding MC scripts, operative notes, letters from prison, city-council
committee minutes, thesis-supervision meeting notes, employment-incentive
applications, fan-cafe greeting boards, essay-competition entries, Thai police arrest
records, Japanese provisional-release guarantor forms, Russian morgue body-release
registers, Russian police detection reports (рапорт), Russian materials write-off
acts, Russian entry-ban notifications, Chinese attendance-anomaly appeal forms,
Chinese hospital admission-deposit receipts, Chinese cremation certificates, Chinese
factory-badge replacement requests, Kuwaiti midday-work-ban inspection reports, Gulf
Ramadan working-hours circulars, Polish A1 posted-worker certificate application
lists, Mongolian cobblers' order books, Vietnamese ice-block delivery books,
Tanzanian medical-council licence verification replies, Russian tradesman-marketplace
profiles with reviews, org-mode agenda files and Chinese seafarer's-passport
application batches), in English, Korean and mixed Korean/English with Russian,
Chinese, Arabic, Mongolian, Polish, Vietnamese, Thai, Japanese and Swahili. Some
passages use CRLF line breaks (some mix CRLF and LF), zero-width characters,
fullwidth letters, names split across line breaks, OCR errors and emoji. All persons
are fictional; real public figures are mentioned only neutrally.

Labelling convention:
- {{r:...}} a mention of a registered private person (listed in the passage's
  "persons" as (romanized name, Hangul name, role, aliases)); {{p:...}} a mention
  of an unregistered private person; {{u:...}} a public name: a real public figure,
  a real place, a real organisation or company, a real ship, app, platform or law.
  Real public figures are only mentioned neutrally.
- Every fictional person is private, whatever their office (a fictional minister,
  judge, police officer, consul, doctor, inspector, pastor, MP or interpreter is
  private).
- Invented businesses, sites and vessels are left unmarked.
- A mention is labelled as the text writes it: the name only, without particles
  (박철민이 -> {{r:박철민}}이; the affectionate suffix 이 after a given name also stays
  outside) and without titles or honorifics (리 반장님 -> {{r:리}} 반장님, 김 동무 ->
  {{p:김}} 동무, 송희 씨 -> {{p:송희}} 씨, Mr {{p:Ho}}, Dr {{p:X}}), but Chinese forms
  of address are labelled whole (老周, 小王, 王总) and Russian and Polish names keep
  their case endings (Пака, Кима, Kima, Pakiem).
- A nickname or alias that refers to a person is a mention of that person even when
  it is not registered as an alias; the same word used as an ordinary word is not.
- In an e-mail address or login only the local part is labelled, and only when it
  spells the person's name (kim.yongho@..., yongho_k); role accounts are unmarked.
  In handles, hashtags, file names, folder names and URLs only the part that spells
  the name is labelled (mapper_{{p:dasom}}, interview_{{p:Pak}}_v2.docx); trailing
  digits stay outside.
- A surname discussed as a word is unmarked, and so are ordinary words that look like
  names (이상, 명이라, 위해, "No,", "So,", "a song", "the moon", "Do not").
- Country names are public places whenever they stand as nouns, also attributively
  (DPRK, PRC, North Korea, 한국, 북한 사람, 중국 돈, Россия, 朝鲜); nationality
  adjectives and derived words (Korean, Chinese, 한국어, 중국산, 러시아인) are not marked.
- A possessive 's, a plural -s, particles and emoji stay outside a mention.
- Zero-width characters, soft hyphens, fullwidth letters and a line break inside a
  name stay inside the mention.
- Initials standing for a person are mentions ({{p:K.C.M.}}, Mr {{p:R.}}), also as
  a nurse's or clerk's sign-off initials in a table column.
- Passenger-record forms (PAK/CHOLMIN) are labelled without the title (MR).
- OCR-garbled names are labelled as written ({{p:Kirn Chol-rnin}}).
- Generic kinship or role words used instead of a name (엄마, 형, 반장, "the cook")
  are not mentions; a pet name used like a name is.

Clarifications added in this set:
- Japanese honorifics (さん, 様, 先生) stay outside, like Korean 씨 and 님; Thai คุณ,
  Vietnamese anh/chị/ông and Arabic السيد are titles and stay outside too.
- A Mongolian case suffix written fused to the name stays inside, like a Russian
  case ending (Батбаярт); one joined with a hyphen stays outside (Ким-ийн ->
  {{p:Ким}}-ийн). An Arabic conjunction or preposition prefixed to a name (و, ل)
  stays outside.
- A pseudonym that an author assigns to a real (here: fictional) participant is a
  mention of that participant; a TEI or XML tag name is not.
"""

PASSAGES: list[dict] = [
    {
        "id": "h73-en-01",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("O Hye-rin", "오혜린", "other", ["Hye-rin"]),
            ("Zhao Dewei", "자오더웨이", "supervisor", ["老赵"]),
            ("Sim Kyong-ae", "심경애", "witness", ["Kyong-ae"]),
        ],
        "note": "Listed seafood importer's earnings-call transcript; Q&A on North Korean workers at a Donggang supplier plant; NGO researcher with the one-letter surname O; analyst surname So beside the discourse word 'So,'; operator addressed by given name; real journalist and NGO neutral.",
        "text": """HARBOURLINE SEAFOODS PLC
Q3 2024 Trading Update - Conference Call
Edited transcript

Company participants
{{p:Fiona Marchetti}} - Chief Executive Officer
{{p:Rajiv Anand}} - Chief Financial Officer
{{p:Tom Ashworth}} - Director, Responsible Sourcing

Conference call participants
{{p:Louise Tanaka}} - Kestrel Rowe Securities
{{p:Daniel So}} - Brightwater Capital

Operator
Good morning and welcome. All lines are in listen-only mode. My name is {{p:Sarah}} and I will be your operator today. I now hand you over to {{p:Fiona Marchetti}}.

{{p:Fiona Marchetti}}
Thank you, {{p:Sarah}}. Good morning, everyone. Revenue for the quarter was in line with guidance. {{p:Rajiv}} will take you through the numbers in a moment, but I want to start with the question most of you e-mailed us about, which is the supplier audit in {{u:Liaoning}}.

In August the reporting by {{u:Ian Urbina}} and {{u:The Outlaw Ocean Project}} named a processing plant in {{u:Donggang}} that packs pollock and squid for several European buyers, including us. We suspended orders the same week. {{p:Tom}} and his team commissioned an unannounced visit and, separately, a briefing from an NGO in {{u:Seoul}} whose researcher, Ms {{r:O Hye-rin}}, has interviewed former workers. I want to thank Ms {{r:O}} publicly; her briefing was precise and uncomfortable, which is what we needed.

{{p:Tom Ashworth}}
Thanks, {{p:Fiona}}. Briefly: our auditors were at the gate at 06:40. The plant manager, Mr {{r:Zhao Dewei}}, was cooperative on paperwork but two dormitory blocks were locked and we were told the keys were with "{{r:老赵}}", which turned out to be Mr {{r:Zhao}} himself. Inside one block the auditors counted forty-one bunks with Korean-language notices on the wall. {{r:Hye-rin}}'s interviewees had described exactly that block, including a noticeboard with a portrait and a roster signed by a brigade leader, Mr {{p:Ri}}. One interviewee, a woman we refer to in our internal file as Ms {{r:Sim}}, described fourteen-hour shifts on the peeling line and wages paid to a handler rather than to her. Ms {{r:Sim Kyong-ae}} has since left the country, and she agreed to be named in the NGO's report. We have no reason to doubt {{r:Kyong-ae}}'s account.

Under the {{u:Countering America's Adversaries Through Sanctions Act}} goods made with North Korean labour are presumed to be made with forced labour, and {{u:U.S. Customs and Border Protection}} has acted on that basis. {{u:UN Security Council}} resolution 2397 required member states to repatriate North Korean workers by the end of 2019. So, on both counts, this supplier is finished for us.

{{p:Rajiv Anand}}
Turning to the numbers...

Question-and-answer session

Operator
Our first question comes from {{p:Louise Tanaka}} of Kestrel Rowe.

{{p:Louise Tanaka}}
Thanks. {{p:Tom}}, how much volume did that plant represent, and can you re-source before Lent?

{{p:Tom Ashworth}}
About six per cent of whitefish volume. We have two alternative packers in {{u:Qingdao}} that passed audit in spring. The short answer is yes, {{p:Louise}}.

Operator
Next, {{p:Daniel So}} of Brightwater.

{{p:Daniel So}}
So, a follow-up on governance. Did Mr {{r:Zhao}} or the plant's owner dispute the findings?

{{p:Fiona Marchetti}}
They disputed the word "workers". They said the Koreans were "trainees" on a cultural exchange. We put that to Ms {{r:O}} and she laughed, politely. {{p:Daniel}}, I'll leave it there.

{{p:Daniel So}}
Understood. And no, I don't need the rest on a call. Thanks.

{{p:Fiona Marchetti}}
Thank you all. {{p:Sarah}}, you can close the call.
""",
    },
    {
        "id": "h73-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kang Song-chol", "강성철", "witness", ["Song-chol", "Кан Сон Чхоль"]),
            ("Ryom Chang-sik", "렴창식", "supervisor", ["Ryom"]),
            ("Ju Mi-ran", "주미란", "relative", ["Mi-ran"]),
            ("Ha Tae-gyun", "하태균", "coworker", []),
        ],
        "note": "Application to the CCF to delete a Red Notice requested by the DPRK against an escaped construction worker in Khabarovsk; name in capitals and in Cyrillic, given name alone, surname Ha beside 'ha', brigade leader who filed the embezzlement complaint, counsel and a Russian lawyer unregistered; INTERPOL bodies and rules public.",
        "text": """COMMISSION FOR THE CONTROL OF INTERPOL'S FILES
Requests Chamber
Application for access to and deletion of data

Applicant: Mr {{r:KANG Song Chol}}
Represented by: {{p:Eleanor Whitcombe}}, solicitor, and {{p:Park Ji-hoon}}, attorney-at-law ({{u:Seoul}})

To the {{u:Commission for the Control of INTERPOL's Files}}, {{u:Lyon}}

1. Introduction

1.1 This application is made on behalf of Mr {{r:KANG Song Chol}} ({{r:강성철}}), born 14 May 1986 in {{u:Hamhung}}, {{u:Democratic People's Republic of Korea}}, now a national of the {{u:Republic of Korea}}. On his Russian migration documents his name was written "{{r:Кан Сон Чхоль}}", and the notice is believed to use a Latin transliteration of that form, "{{r:KAN Son Chkhol}}". We ask the Commission to confirm whether {{u:INTERPOL}} processes data about the Applicant under any of these spellings and, if so, to delete it.

1.2 The Applicant understands that a Red Notice, or a diffusion, was requested by the National Central Bureau in {{u:Pyongyang}} in or around March 2021, alleging that he embezzled the funds of a state construction enterprise while working abroad. The allegation is political in character and the request falls within Article 3 of {{u:INTERPOL's Constitution}}.

2. Facts

2.1 From 2016 to 2020 Mr {{r:Kang}} was one of about sixty North Korean construction workers housed in a converted warehouse in the {{u:Krasnaya Rechka}} district of {{u:Khabarovsk}}. The brigade belonged to a unit of the {{u:Korea General Corporation for External Construction}}. The brigade leader, Mr {{r:RYOM Chang Sik}}, held the workers' passports and collected their wages from the Russian contractor in cash.

2.2 In January 2020 the Russian border closed because of the pandemic and the brigade could not be rotated home. In October 2020 {{r:Ryom}} announced a "voluntary contribution" of 80,000 roubles per man towards the cost of the eventual repatriation. The Applicant refused. He says: "{{r:Ryom}} wrote my name on the board with a red line through it. After that I knew." He left the warehouse on the night of 2 November 2020 with one colleague, Mr {{r:HA Tae Gyun}}, who was caught the next morning at the bus station. The Applicant does not know what happened to Mr {{r:Ha}}. He remembers that {{r:Tae-gyun}} laughed at the plan ("ha, as if we'd get past the station") and came anyway.

2.3 The Applicant reached {{u:Vladivostok}} with the help of a Russian acquaintance, Mr {{p:Vitaly Soloviev}}, and was later received by the Korean authorities. He arrived at {{u:Incheon International Airport}} in July 2021.

2.4 The "embezzlement" alleged is, in the Applicant's understanding, the money {{r:Ryom Chang-sik}} says he was owed by the escapees: the contributions they refused to pay and the unpaid balance of the annual plan quota. A copy of a handwritten list circulated in the brigade after the escape, shown to the Applicant by a worker who left later, Mr {{p:Choe}}, lists "{{r:강성철}} - 4,200 USD" and "{{r:하태균}} - 3,900 USD".

3. The Applicant's family

3.1 The Applicant's wife, Ms {{r:JU Mi Ran}}, and their daughter remain in the family home. In 2022 the Applicant received, through a broker, a short voice message from {{r:Mi-ran}} saying that she had been "invited for conversations" three times. He has not heard from her since. We ask the Commission to bear in mind that any disclosure to the requesting NCB may endanger Ms {{r:Ju}}.

4. Legal analysis

4.1 Under Article 3 of the Constitution and Articles 34 and 99 of INTERPOL's {{u:Rules on the Processing of Data}}, the Organization may not process data in a case of a predominantly political character. The circumstances here (an escape from a state labour brigade, a complaint brought by the brigade leader, the absence of any independent judiciary in the requesting country) point one way.

4.2 We refer to the reports of the {{u:Special Rapporteur on the situation of human rights in the Democratic People's Republic of Korea}} and of the {{u:Commission of Inquiry on Human Rights in the Democratic People's Republic of Korea}} which describe the system of overseas labour and the punishment of workers who leave it.

4.3 A Russian lawyer, Ms {{p:Anastasia Gorelova}}, has confirmed in writing that no criminal case was ever opened against the Applicant in the {{u:Russian Federation}}.

5. Requests

(a) access to all data concerning Mr {{r:Kang Song-chol}};
(b) deletion of the notice or diffusion, and of any related data;
(c) that no information about the Applicant's present address, or about Ms {{r:Ju Mi-ran}}, be communicated to the requesting NCB.

Signed: {{p:E. Whitcombe}} / {{p:Park J.-H.}}
Annexes: A. resident registration card of {{r:Song-chol}} (redacted); B. statement of {{r:Kang}} (Korean with English translation); C. letter of Ms {{p:Gorelova}}; D. photograph of the list in {{r:Ryom}}'s hand.
""",
    },
    {
        "id": "h73-en-03",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Yu Kwang-nam", "유광남", "witness", ["Kwang-nam"]),
            ("Jo Chun-sik", "조춘식", "supervisor", []),
            ("Mun Hak-chol", "문학철", "coworker", ["Hak-chol"]),
        ],
        "note": "Three fracture-clinic letters from a Kuwaiti orthopaedic hospital to the camp clinic, with an NGO cover note; surname Yu beside 'you', surname Jo; doctors and a Filipino nurse unregistered; camp 'doctor' who is only a role; CRLF.",
        "text": """NGO cover note (case file KW-22-031): three clinic letters given to us by Mr {{r:Yu Kwang-nam}} on 9 March 2023. Typed from photos. Hospital letterheads omitted.

---
{{u:Al-Razi Orthopaedic Hospital}}
Fracture Clinic
{{u:Shuwaikh Medical Area}}, {{u:Kuwait}}

Date: 18/07/2022
To: Camp Clinic, {{u:Sabah Al-Ahmad}} labour accommodation (attn: the camp doctor)
Re: Mr {{r:YU KWANG NAM}}, {{u:DPRK}}, civil ID pending, DOB 02/11/1979

Dear colleague,

Thank you for referring this 42-year-old steel fixer who fell approximately 3 metres from formwork on 16/07/2022. He was accompanied by his foreman, Mr {{r:Jo Chun Sik}}, who interpreted. Mr {{r:Yu}} reports pain in the right wrist and left heel.

X-rays: displaced distal radius fracture (right), calcaneal fracture (left) without joint depression.
Plan: closed reduction under haematoma block performed today by Dr {{p:Hamad Al-Shatti}}; below-elbow cast; non-weight-bearing left foot, crutches supplied. Review in one week.

I note that Mr {{r:Jo}} asked whether the patient could "work with one hand" from next week. I have advised that he may not.

Yours sincerely,
Dr {{p:Reem Al-Mutairi}}, Registrar to Dr {{p:Y. Behbehani}}

---
{{u:Al-Razi Orthopaedic Hospital}} - Fracture Clinic

Date: 25/07/2022
Re: Mr {{r:YU KWANG NAM}}

Dear colleague,

Mr {{r:Yu}} attended today with a different companion, Mr {{r:Mun Hak Chol}}, who said the foreman was "busy at site". The cast is intact but the patient reports that he has been standing at work for several hours a day, supervising other workers. I asked him through Mr {{r:Mun}} whether you understand the instruction "non-weight-bearing"; he said "you tell {{r:Jo}}, not us". I have therefore written this letter to you directly and in plain words: he must not stand on his left foot for six weeks.

Our nurse, Ms {{p:Marites Dizon}}, has given him a second pair of crutches because the first pair "stayed at the site office".

Dr {{p:Reem Al-Mutairi}}

---
{{u:Al-Razi Orthopaedic Hospital}} - Fracture Clinic

Date: 05/09/2022
Re: Mr {{r:YU KWANG NAM}}

Dear colleague,

Cast removed. The wrist has united in an acceptable position. The heel shows delayed union, consistent with early weight-bearing. He walks with a limp. He was alone today and had come by taxi, which he said Mr {{r:Mun}} had paid for. He asked, through our Arabic-Korean phrase sheet and with gestures, for a copy of all his letters; this is the copy.

Physiotherapy has been booked at {{u:Farwaniya Hospital}} for 12/09/2022. Please ensure he attends and that he is not returned to formwork before clearance by Dr {{p:Behbehani}}.

Dr {{p:Yousef Behbehani}}, Consultant Orthopaedic Surgeon

---
Caseworker note ({{p:Seo-yeon}}): {{r:Kwang-nam}} says he never went to physio. {{r:Jo Chun-sik}} told him the appointment "was cancelled by the hospital". {{r:Hak-chol}} was sent home to the {{u:DPRK}} in November. {{r:Yu}} still limps.
""",
    },
    {
        "id": "h73-en-04",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("An Chol-u", "안철우", "witness", ["Chol-u"]),
            ("An Sun-bok", "안순복", "relative", []),
            ("Paek Myong-guk", "백명국", "supervisor", ["Myong-guk"]),
        ],
        "note": "Anaesthetic pre-assessment form from a Doha hospital for a North Korean scaffolder before hand surgery; surname An beside the article 'an' and 'An allergy'; fullwidth name on a scanned ID line; nurse's and anaesthetist's sign-off initials; site supervisor as escort and consent witness; first half of the lines CRLF.",
        "text": """{{u:Hamad General Hospital}} - Department of Anaesthesia
PRE-ANAESTHETIC ASSESSMENT (Elective / Urgent)

Patient name: {{r:AN CHOL U}}          MRN: 0049-21774
ID as scanned: ＱＩＤ 27940800xxx / {{r:ＡＮ ＣＨＯＬ Ｕ}}
DOB: 21/06/1981   Sex: M   Nationality: {{u:DPRK}}
Employer (as stated): {{u:Al-Kharsaah}} site, sub-contractor labour
Planned procedure: tendon repair, left hand (flexor, zone II)
Surgeon: Dr {{p:Farid Qasim}}     Date of surgery: 04/05/2019

Interpreter: none available. History taken through the escort, Mr {{r:PAEK MYONG GUK}} (site supervisor), and with an interpreter app. Patient nods but an interpreter should be booked for consent - see below.

1. History
Injury: laceration by angle grinder at work, 02/05/2019. Escort states patient was "cutting alone". Patient, when asked directly, points to the escort and says "{{r:Myong-guk}}". Meaning unclear.
Previous anaesthesia: appendectomy in {{u:Pyongyang}} approx. 2005, "no problem" per Mr {{r:Paek}}.
Medical: nil known. Smoker, 20/day.
Allergies: An allergy to penicillin is reported by the escort; patient denies. Treat as allergic.
Medications: none.
Fasting: last meal 22:00 previous evening (rice).

2. Examination
Wt 58 kg  Ht 168 cm  BMI 20.5
Airway: Mallampati II, mouth opening >3 fingers, full neck movement.
Dentition: upper incisors missing (patient mimes a fall).
CVS/RS: normal. BP 128/82. HR 64. SpO2 99% RA.

3. Investigations
FBC, U&E normal. ECG: sinus rhythm.

4. Plan
ASA I. Regional (axillary block) + sedation, GA as backup.
Consent: to be taken with a Korean interpreter. Escort offered to sign on the patient's behalf; declined - he is not next of kin.

Next of kin: wife, {{r:An Sun-bok}} ({{r:안순복}}), address given as {{u:Sinpo}}, no phone. Escort says "contact me instead". Noted.

Assessed by: Dr {{p:N. Haddad}} (Anaesthesia Resident)    Signature: {{p:NH}}
Checked by: Dr {{p:Lorenzo Albani}} (Consultant)          Signature: {{p:LA}}

NURSING PRE-OP CHECKLIST
Item                       | Done | Initials
ID band on (name {{r:AN C U}})      | Y    | {{p:MDR}}
Fasting confirmed          | Y    | {{p:MDR}}
Valuables listed           | Y    | {{p:JKS}}
Escort contact: Mr {{r:Paek}}, mob 55xx xx71 | Y | {{p:JKS}}

Anaesthetist's addendum, 04/05/2019 07:10: Korean interpreter Mr {{p:Song Eun-ho}} joined by phone from the {{u:HMC}} interpreting pool. Through Mr {{p:Song}}, Mr {{r:An}} confirms he understands the block and agrees. He asks that his wife not be told. He asks twice whether he will be able to hold a trowel. Escort not present for this part. {{p:NH}}.

Late entry: patient states through Mr {{p:Song}} that he was not cutting alone; his co-worker, "{{p:Tok-su}}", was holding the bar. Relayed to Dr {{p:Qasim}}. {{p:LA}}.
""",
    },
    {
        "id": "h73-en-05",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kye Yong-nam", "계영남", "supervisor", ["Mr. K"]),
            ("Ma Xiaojun", "마샤오쥔", "other", ["Lucy Ma", "马晓君"]),
            ("Pang Un-sil", "방은실", "witness", []),
        ],
        "note": "US civil-forfeiture complaint against funds of a front company paying North Korean construction workers in Kuwait and Dubai; defendant funds named, fictional agent and AUSA private; alias 'Mr. K' and an English name beside the Hanzi; sanctioned DPRK entities, statutes and courts public; long legal prose.",
        "text": """IN THE {{u:UNITED STATES DISTRICT COURT FOR THE DISTRICT OF COLUMBIA}}

{{u:UNITED STATES OF AMERICA}},
Plaintiff,
v.
$1,487,230.00 IN FUNDS ASSOCIATED WITH GULF PEARL MANPOWER SERVICES FZE, AND ALL INTEREST ACCRUED THEREON,
Defendant In Rem.

Civil Action No. 24-cv-XXXX

VERIFIED COMPLAINT FOR FORFEITURE IN REM

Plaintiff, the {{u:United States of America}}, by and through the {{u:United States Attorney for the District of Columbia}}, brings this verified complaint and alleges as follows:

NATURE OF THE ACTION

1. This action seeks forfeiture of funds that were transmitted through {{u:United States}} correspondent accounts in violation of the {{u:International Emergency Economic Powers Act}} and the {{u:North Korean Sanctions Regulations}}, and that are traceable to a scheme to earn foreign currency for the {{u:Democratic People's Republic of Korea}} through the labour of North Korean construction workers in {{u:Kuwait}} and the {{u:United Arab Emirates}}.

THE SCHEME

2. {{u:Mansudae Overseas Project Group of Companies}} is a North Korean state entity designated by the {{u:UN Security Council}} and by the {{u:Office of Foreign Assets Control}}. Its workers abroad are supervised by North Korean managers who collect their wages and remit most of them to {{u:Pyongyang}}.

3. Beginning no later than 2017, {{r:KYE YONG NAM}} ("{{r:KYE}}"), a North Korean national known to business contacts as "Mr. {{r:K}}", managed groups of North Korean workers at construction sites in {{u:Jahra}}, {{u:Kuwait}}, and in {{u:Dubai}}. {{r:KYE}} caused the Kuwaiti and Emirati contractors to pay the workers' wages not to the workers but to Gulf Pearl Manpower Services FZE ("Gulf Pearl"), a company registered in a free zone in {{u:Ras Al Khaimah}}.

4. Gulf Pearl's sole director and shareholder of record is {{r:MA XIAOJUN}} ({{r:马晓君}}), a national of the {{u:People's Republic of China}} who also uses the name "{{r:Lucy Ma}}". {{r:MA}} resides in {{u:Shenyang}}. Messages obtained pursuant to a search warrant show that {{r:MA}} received instructions from {{r:KYE}} on the amounts to be invoiced each month.

5. On or about March 3, 2019, {{r:KYE}} wrote to {{r:MA}}: "{{r:Lucy}}, 46 men this month, same rate, send the difference to the usual account in {{u:Dandong}}." {{r:MA}} replied: "OK {{r:K}}, after bank closes."

6. Gulf Pearl then paid invoices issued by trading companies in {{u:Hong Kong}} that had no business relationship with it. The payments cleared in {{u:U.S.}} dollars through correspondent accounts at banks in {{u:New York}}.

THE WORKERS

7. A former worker at the {{u:Jahra}} site, identified herein as Witness-1 and known to the {{u:United States}} as {{r:PANG UN SIL}}, a cook for the workers' camp, has stated that she and the men were paid between $80 and $120 a month, that {{r:KYE}} kept all passports in a safe, and that she was told her "plan" was $700 per month, payable whether or not she had been paid. {{r:PANG}} stated that {{r:KYE}} once slapped a worker, {{p:KIM}}, in front of the cook-house for sending a photograph to his sister.

8. A second worker, identified herein as Witness-2 and referred to by the workers as "Old {{p:Tak}}", stated that the Kuwaiti foreman, {{p:Abdullah Al-Ajmi}}, paid the brigade's overtime in cash to {{r:KYE}} rather than to the men.

INVESTIGATION

9. Special Agent {{p:Rebecca Hollis}} of the {{u:Federal Bureau of Investigation}} traced 312 wire transfers from Gulf Pearl between 2017 and 2021 totalling more than $14 million. The Defendant Funds were seized from an account of Gulf Pearl on August 12, 2022, pursuant to a seizure warrant issued by Magistrate Judge {{p:Harold Brennan}}.

CLAIM FOR RELIEF

10. The Defendant Funds are subject to forfeiture under section 981(a)(1)(C) and (I) of {{u:Title 18 of the United States Code}}.

WHEREFORE, Plaintiff prays that notice issue, that the Defendant Funds be forfeited, and for such other relief as the Court deems proper.

Respectfully submitted,
{{p:Jonathan Whitley}}, Assistant United States Attorney

VERIFICATION
I, {{p:Rebecca Hollis}}, a Special Agent, declare under penalty of perjury that the foregoing is true and correct.
""",
    },
    {
        "id": "h73-en-06",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Jin Guangzhe", "김광철", "supervisor", ["Kim Kwang-chol", "老金", "Lao Jin"]),
            ("Song Chol-ho", "송철호", "official", ["Uncle"]),
            ("Moon Ye-ji", "문예지", "other", ["Ye-ji"]),
        ],
        "note": "Wiretap line sheets from a sanctions investigation into a Chinese-Korean labour broker in Dandong; speaker codes in capitals, the surname SONG beside the phrase 'sing a song', a handler called 'Uncle', the surname MOON beside 'the moon', a given name in lower case in a session note; monitors' initials; CRLF.",
        "text": """LINE SHEET - TARGET TELEPHONE 1 (TT-1)
Case: 415B-NY-XXXXX   Subscriber: unknown ({{u:PRC}} SIM)   User: {{r:JIN Guangzhe}} a.k.a. "{{r:Lao Jin}}"
Language: Korean / Mandarin. Monitor-translators: {{p:JL}}, {{p:SW}}

Session 0211 | 2021-03-04 21:14 | Outgoing | 00:03:51 | Pertinent
Participants: {{r:JIN}}; UM-1 (identified as {{r:SONG Chol Ho}}, see 0219)
Synopsis: {{r:JIN}} greets UM-1 as "{{r:Uncle}}" (아저씨). {{r:Uncle}} asks whether "the thirty" have their papers. {{r:JIN}} says the factory in {{u:Donggang}} wants them before the end of the month and the papers are "with {{p:Choi}}". {{r:Uncle}} says {{p:Choi}} talks too much. {{r:JIN}} laughs: "he can sing a song, that's all he can do." UM-1 tells {{r:JIN}} to call the woman. {{p:JL}}

Session 0214 | 2021-03-04 22:02 | Outgoing | 00:01:12 | Pertinent
Participants: {{r:JIN}}; UF-1 (later identified as {{r:MOON Ye Ji}})
Synopsis: {{r:JIN}} asks UF-1 ("{{r:Ye-ji}}") whether the bank in {{u:Shenyang}} accepted the invoice. UF-1 says the teller was new. {{r:JIN}} says to use her cousin's account next time. UF-1 agrees. {{p:SW}}

Session 0219 | 2021-03-05 08:47 | Incoming | 00:06:30 | Pertinent
Participants: {{r:JIN}}; {{r:SONG}} (calls himself "{{r:Song}}" at 00:00:08)
Synopsis: {{r:SONG}} complains that two workers at the squid plant in {{u:Donggang}} were seen using a phone. He names them as "the {{p:Han}} brothers". {{r:JIN}} says the phone belonged to a Chinese line-supervisor, {{p:Xiao Liu}} (小刘). {{r:SONG}}: "Then tell {{p:小刘}} to keep his phone in his pocket." {{r:SONG}} says "the money for {{u:Pyongyang}}" must be ready by the 15th, "before the moon is full", as the embassy people want it before the holiday. {{p:JL}}

Session 0226 | 2021-03-06 14:33 | Outgoing | 00:02:18 | Pertinent
Participants: {{r:JIN}}; {{r:MOON}}
Synopsis: {{r:MOON}} reports that the {{u:Bank of China}} branch asked for the contract. {{r:JIN}} tells her to say it is for "Mr {{p:Pak}}'s seafood". {{r:MOON}} asks who {{p:Pak}} is. {{r:JIN}}: "Nobody. Write {{p:Pak}}." Note: monitor believes "{{p:Pak}}" is a fictitious name. {{p:JL}}

Session 0231 | 2021-03-07 23:58 | Incoming (SMS) | - | Pertinent
From: +86 ... (subscriber "{{p:Jin Meihua}}")
Text (Korean, translated): "{{r:Kwang-chol}}, {{r:Uncle}} says do not use this phone any more. {{r:ye-ji}} has the new one." {{p:SW}}

Monitor note ({{p:JL}}): In 0231 the target is addressed by his Korean name {{r:Kim Kwang-chol}} (김광철), which matches the Korean reading of {{r:Jin Guangzhe}}. Recommend checking exit-entry records for {{r:SONG Chol-ho}} at {{u:Dandong}} port.
""",
    },
    {
        "id": "h73-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Tak Yong-chol", "탁영철", "witness", ["Yong-chol"]),
            ("Ri Un-ha", "리은하", "witness", ["Lee Eun-ha"]),
            ("Sok Kum-hui", "석금희", "relative", []),
        ],
        "note": "NGO office print-server job log pasted into an IT incident ticket; logins that spell staff names beside role accounts (intake, reception); witness names inside document file names; a registered witness under North and South spellings; sign-off initials.",
        "text": """IT TICKET #2291 - "Confidential files printed on the lobby printer"
Reported by: {{p:Grace Han}} (Programme Lead)   Assigned to: {{p:Tomasz}} (IT contractor)

{{p:Tomasz}}: Export from the print server, 14-15 Nov, filtered to queue LOBBY-MFP. Columns: time | user | document | pages | copies.

2023-11-14 09:02 | reception      | visitor_badges_week46.pdf | 2 | 1
2023-11-14 09:40 | {{p:ghan}}           | board_paper_Q4.docx | 11 | 6
2023-11-14 10:15 | intake         | intake_form_blank_KR.pdf | 4 | 10
2023-11-14 11:31 | {{p:minji.kang}}     | statement_{{r:TakYongchol}}_v3_FINAL.docx | 18 | 1
2023-11-14 11:32 | {{p:minji.kang}}     | statement_{{r:TakYongchol}}_v3_FINAL.docx | 18 | 1
2023-11-14 11:58 | {{p:h.oh}}           | Timeline - {{r:Ri Un-ha}} ({{u:Primorye}}) .xlsx | 3 | 1
2023-11-14 14:20 | {{p:jaewon_s}}       | consent_{{r:LeeEunha}}_signed.pdf | 2 | 1
2023-11-14 16:44 | intake         | letter to {{r:Sok Kum-hui}} re family tracing.docx | 1 | 1
2023-11-15 10:03 | {{p:minji.kang}}     | {{r:Tak}}_medical_{{u:Khabarovsk}}_translated.pdf | 9 | 1
2023-11-15 10:04 | {{p:minji.kang}}     | {{r:Tak}}_medical_{{u:Khabarovsk}}_translated.pdf | 9 | 1
2023-11-15 12:30 | volunteer01    | Untitled - Notepad | 1 | 1
2023-11-15 13:12 | {{p:h.oh}}           | interview_{{r:riunha}}_2_transcript.docx | 27 | 1

{{p:Grace Han}}: The volunteer found two copies of {{r:Yong-chol}}'s statement in the output tray at lunchtime on the 14th. Nobody collected them for over an hour. Reception also saw a copy of the {{r:Tak}} medical file lying there the next day.

{{p:Tomasz}}: The driver on {{p:Minji}}'s laptop was mapped to LOBBY-MFP instead of the secure queue (STAFF-PIN). Same on {{p:Hye-jin}}'s ({{p:h.oh}}) and {{p:Jae-won}}'s. Fixed all three. "volunteer01" is the shared volunteer login, no action.

{{p:Minji Kang}}: Apologies. I pressed print twice because nothing came out of the upstairs printer. I shredded both copies of {{r:Tak Yong-chol}}'s statement. I did not print the medical file twice on purpose either.

{{p:Grace Han}}: Thanks. Two follow-ups: (1) {{r:Ri Un-ha}} ({{r:Eun-ha}} in the South Korean documents) needs to be told that her timeline was printed in the lobby; {{p:Hye-jin}}, can you call her? (2) The letter to Ms {{r:Sok}} - was it posted or did it also sit in the tray?

{{p:Oh Hye-jin}}: Called {{r:Un-ha}}. She was calm about it, said "at least it was only the dates". Ms {{r:Sok}}'s letter went out by registered post on the 15th.

{{p:Tomasz}}: Closing. Recommend PIN release on all queues. - {{p:T.W.}}
""",
    },
    {
        "id": "h73-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Song-gun", "리성근", "witness", ["Song-gun"]),
            ("Do Hyon-sik", "도현식", "supervisor", []),
            ("Jang Il-nam", "장일남", "coworker", ["Il-nam"]),
            ("Kim Pyong-ok", "김평옥", "coworker", []),
        ],
        "note": "Exported data-analysis notebook on reconstructed wages of a Kuwaiti construction brigade; names inside code strings, a printed data frame and markdown cells; surname Do beside the verb 'do'; analyst's login in a path; a lower-case name in a column filter.",
        "text": """# Brigade 3 wage reconstruction ({{u:Kuwait}}, 2015-2017)
Notebook: /home/{{p:yjpark}}/cases/kw_brigade3/wages.ipynb  (exported as text)

[markdown]
Data: 41 worker records typed from the handwritten ledger that {{r:Ri Song-gun}} photographed before he left the camp in {{u:Mubarak Al-Kabeer}}. Amounts the contractor paid come from the invoices; amounts the men received come from {{r:Song-gun}}'s own notes and three interviews. Brigade leader: {{r:Do Hyon-sik}}. Do not share outside the legal team.

In [1]:
import pandas as pd
df = pd.read_csv("brigade3_ledger_clean.csv")
df.head(6)

Out[1]:
   no  worker          trade        months  invoiced_kwd  received_usd
0   1  {{r:Do Hyon-sik}}     leader       26      0             n/a
1   2  {{r:Ri Song-gun}}     carpenter    26      4940          1210
2   3  {{r:Jang Il-nam}}     carpenter    26      4940          1150
3   4  {{r:Kim Pyong-ok}}    mason        22      4180          980
4   5  {{p:O Yong-dok}}      mason        26      4940          1190
5   6  {{p:Chae Sung-ho}}    labourer     14      2100          400

In [2]:
df[df.worker.str.lower() == "{{r:jang il-nam}}"][["months", "received_usd"]]

Out[2]:
   months  received_usd
2  26      1150

[markdown]
{{r:Il-nam}} says the figure is too high: he counts the two "loyalty" deductions as money he never saw. {{r:Jang}}'s own estimate is about 900 USD for 26 months. Keep both; flag in the report.

In [3]:
# leader excluded; share of invoiced amount actually received
workers = df[df.trade != "leader"]
(workers.received_usd.astype(float) / (workers.invoiced_kwd * 3.3)).describe()

Out[3]:
count    40.000
mean      0.083
min       0.041
max       0.119

[markdown]
So on average a man received about 8 per cent of what the contractor paid for him. What did {{r:Do}} do with the rest? {{r:Song-gun}} says {{r:Do Hyon-sik}} sent it to {{u:Pyongyang}} every quarter through a trader in {{u:Dubai}}, "Mr {{p:Pyon}}", and kept the rest of the cash in the office safe. {{r:Kim Pyong-ok}} remembers that {{r:Do}} paid the camp cook, Auntie {{p:Sun-ja}}, separately and more.

In [4]:
df.loc[df.worker.isin(["{{p:Chae Sung-ho}}", "{{p:Rim Kwang-su}}"]), "note"]

Out[4]:
5     injured Feb 2016, sent home ({{u:DPRK}})
17    "ran" - per {{r:Ri}}, caught in {{u:Kuwait City}} after 2 days

[markdown]
TODO ({{p:YJ}}): ask {{r:Ri Song-gun}} whether {{p:Rim Kwang-su}} and {{p:Rim Kwang-chol}} (no. 31) are brothers. Check with {{p:Eun-bi}} before sending anything to Mr {{p:Nasser}} at the law firm.
""",
    },
    {
        "id": "h73-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Hwang Myong-gil", "황명길", "witness", ["Myong-gil", "Hwang M.G."]),
            ("Yun Chang-hwa", "윤창화", "supervisor", ["Yun the Bear", "Bear"]),
            ("Choe Kum-sun", "최금순", "relative", ["Kum-sun"]),
        ],
        "note": "TEI-XML encoding of an English translation of a Russian logging-camp testimony; names inside persName elements and in key attributes, tag names and ids not labelled; a nickname 'the Bear' beside an ordinary bear; an editor's respStmt; Tynda and Amur Oblast public.",
        "text": """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
 <teiHeader>
  <fileDesc>
   <titleStmt>
    <title>Testimony T-118, English translation</title>
    <respStmt><resp>translated by</resp><persName>{{p:Sophie Kerr}}</persName></respStmt>
    <respStmt><resp>encoded by</resp><persName>{{p:Lim Da-eun}}</persName></respStmt>
   </titleStmt>
   <sourceDesc><p>Audio interview of {{r:Hwang Myong-gil}}, {{u:Seoul}}, 2019. Interviewer {{p:Bae Soo-min}}.</p></sourceDesc>
  </fileDesc>
  <profileDesc>
   <particDesc>
    <listPerson>
     <person xml:id="P01" role="narrator"><persName key="{{r:Hwang Myong-gil}}">{{r:황명길}}</persName></person>
     <person xml:id="P02" role="brigade-leader"><persName key="{{r:Yun Chang-hwa}}">{{r:윤창화}}</persName></person>
     <person xml:id="P03" role="wife"><persName key="{{r:Choe Kum-sun}}">{{r:최금순}}</persName></person>
    </listPerson>
   </particDesc>
  </profileDesc>
 </teiHeader>
 <text>
  <body>
   <div type="segment" n="4">
    <u who="#interviewer">Where was the camp?</u>
    <u who="#P01">About ninety kilometres north of <placeName>{{u:Tynda}}</placeName>, in <placeName>{{u:Amur Oblast}}</placeName>. We cut larch. The brigade leader was <persName ref="#P02">{{r:Yun Chang-hwa}}</persName>. We called him <persName ref="#P02" type="nickname">the {{r:Bear}}</persName>, because he slept all winter in the warm hut while we worked.</u>
    <u who="#interviewer">Was there a real bear?</u>
    <u who="#P01">Yes, once a bear came to the kitchen bins. <persName ref="#P02">{{r:Yun}}</persName> was more dangerous than the bear. <persName ref="#P02">{{r:Yun the Bear}}</persName> took our wages from the Russian company, <orgName>Taiga-Les</orgName>? No, I am not sure of the company name. Do not write that.</u>
    <note resp="#enc">Narrator withdraws the company name; retained in encoding but flagged. {{p:DL}}</note>
   </div>
   <div type="segment" n="5">
    <u who="#P01">My friend <persName>{{p:Ko Chang-il}}</persName> lost two fingers to a chainsaw. <persName>{{p:Ko}}</persName> was sent home to <placeName>{{u:Chongjin}}</placeName> on the next train. A Russian driver, <persName>{{p:Seryozha}}</persName>, gave him cigarettes for the journey.</u>
    <u who="#P01">My wife <persName ref="#P03">{{r:Kum-sun}}</persName> wrote to me twice a year. The letters came through <persName ref="#P02">{{r:Yun}}</persName>. <del>The second letter</del> The letters were opened.</u>
    <u who="#interviewer">Did <persName ref="#P01">{{r:Myong-gil}}</persName>... sorry, did you keep them?</u>
    <u who="#P01">I burned them before I left. <persName ref="#P03">{{r:Choe Kum-sun}}</persName> is still in <placeName>{{u:North Korea}}</placeName>.</u>
   </div>
  </body>
 </text>
</TEI>
<!-- QA: {{p:S.K.}} checked refs 2024-02-11; {{r:Hwang M.G.}} approved use of real name: NO -->
""",
    },
    {
        "id": "h73-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pak Chol-jun", "박철준", "witness", ["Chol-jun", "Pakiem"]),
            ("Nam Kyong-suk", "남경숙", "relative", ["Kyong-suk"]),
        ],
        "note": "Parliamentary plenary debate extract (Westminster Hall) on North Korean workers at a Polish shipyard; all speaking members and the minister fictional and private; constituent named by surname only and with a Polish case ending quoted from a court file; constituency and shipyard city names public; 'Hon. Member' forms and interjections.",
        "text": """North Korean Overseas Workers
[Mr {{p:Graham Pryce}} in the Chair]

2.30 pm

{{p:Ruth Adeyemi}} ({{u:Lewisham North}}) ({{u:Lab}}): I beg to move,
That this House has considered the use of North Korean overseas workers in supply chains.

It is a pleasure to serve under your chairmanship, Mr {{p:Pryce}}. I want to begin with a constituent, whom I will call Mr {{r:Pak}}, because he has asked me not to use his full name in this Chamber. Mr {{r:Pak}} spent three years welding ship sections in {{u:Gdańsk}}. He did not choose the work, and he did not receive the wages. The Polish sub-contractor paid a company that paid a man who paid the state. When a Polish labour inspector asked the workers about their hours, the man who answered was not Mr {{r:Pak}} but the group's minder, known to the men only as "Teacher {{p:Rim}}".

{{p:David Moreland}} ({{u:Aberconwy}}) ({{u:Con}}): Will the hon. Lady give way?

{{p:Ruth Adeyemi}}: I will.

{{p:David Moreland}}: I am grateful. Does the hon. Lady agree that British buyers of vessels built in that yard should have been asking these questions as long ago as 2016?

{{p:Ruth Adeyemi}}: I agree, and so does Mr {{r:Pak}}. When he gave evidence to a Polish court last year, the record, which I have here, refers to him in the Polish form, "{{r:Pakiem}}", and to his wife, Mrs {{r:Nam}}, who stayed behind in {{u:Wonsan}}. He told me that for two years he could not write to Mrs {{r:Nam Kyong-suk}} at all, and that the first letter he received from {{r:Kyong-suk}} had been opened and resealed.

{{p:Fiona Gallacher}} ({{u:Glasgow South}}) ({{u:SNP}}): The Minister will know that the {{u:Modern Slavery Act 2015}} requires transparency statements, but those statements say nothing about a welder like Mr {{r:Pak Chol-jun}}. Will he look again at mandatory due diligence?

2.52 pm

The Minister for Trade Policy ({{p:Adrian Holt}}): I thank the hon. Member for {{u:Lewisham North}} for securing the debate, and I pay tribute to her constituent's courage. Hon. Members mentioned Mr {{r:Pak}}; I have read his account, which the hon. Lady kindly sent me, and I also met the researcher who took it, Dr {{p:Soo-ah Lim}}. The Government's position is clear: {{u:UN Security Council}} resolutions require all states to repatriate North Korean workers, and we expect British companies not to benefit from their labour, whether in {{u:Poland}}, {{u:Russia}} or {{u:China}}.

{{p:David Moreland}}: So the Minister will write to the yard?

{{p:Adrian Holt}}: No, not to the yard; but I will write to the hon. Member, and to my Polish counterpart.

{{p:Ruth Adeyemi}}: I thank the Minister. {{r:Chol-jun}}, because I will use his name this once with his permission, is watching this debate from the Gallery. He asked me to say one sentence for him: "The ships are beautiful. Ask who built them."

Question put and agreed to.
""",
    },
    {
        "id": "h73-en-11",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Su-ryon", "김수련", "witness", ["Su-ryon", "Suryon"]),
            ("Pak Kyong-hui", "박경희", "coworker", ["Kyong-hui"]),
            ("Ri Yong-sim", "리영심", "supervisor", []),
        ],
        "note": "Travel-blog post about dinner at a North Korean restaurant in Vientiane, with reader comments; waitresses named from name badges and spelt inconsistently; emoji after names; blogger's handle and partner's given name; manager named as Comrade Ri; Laos and the Mekong public; the NGO later identified one waitress.",
        "text": """WANDER WITH MAYA
Noodles, Karaoke and a Lot of Questions: Dinner at a North Korean Restaurant in {{u:Vientiane}}
Posted 12 Feb 2019 by {{p:Maya}} | 47 comments

I had read about these restaurants before we flew to {{u:Laos}}, so when {{p:Jake}} found one on the map ten minutes' walk from our guesthouse, we went the same night.

The dining room was bright and very clean, with a big painting of a mountain lake and a small stage with a keyboard. Four waitresses in matching pink hanbok, name badges on the left: {{r:Su-ryon}}, {{r:Kyong-hui}} and two others I didn't catch. {{r:Su-ryon}} 🌸 took our order in good English and recommended the cold noodles ("very famous, from {{u:Pyongyang}}"). When {{p:Jake}} asked where she learned English she smiled and said "school" and moved on to the next table.

At 8pm the lights dimmed and the waitresses performed. {{r:Kyong-hui}} played the keyboard; {{r:Suryon}} (her badge is spelt without the hyphen, I checked) sang a song about reunification, then a Lao pop song, which brought the house down. An older woman in a black suit watched from the cash desk the whole time. When I tried to photograph the stage she walked over and said, quite kindly, "no photo please". {{p:Jake}} thinks she was the manager; the waitresses called her Comrade {{r:Ri}}.

Afterwards, on the walk along the {{u:Mekong}}, we argued about whether we should have gone at all. I still don't know. I'm writing this partly so I can stop thinking about {{r:Su-ryon}}'s face when {{p:Jake}} asked if she ever went home for holidays.

COMMENTS (showing 6 of 47)

backpack{{p:ben}}: Went to the same place in 2017! The girl on keyboard then was called {{p:Un-jong}}, I think. Amazing voice. 🎹

{{p:Maya}} (author): @backpack{{p:ben}} maybe {{r:Kyong-hui}} replaced her? They rotate every few years apparently.

{{p:Lin_Tran}}_88: Please don't promote these places. The money goes to the regime, not to {{r:Su-ryon}} or {{r:Kyong-hui}}.

{{p:Maya}} (author): @{{p:Lin_Tran}}_88 that's fair, and it's exactly the argument {{p:Jake}} and I had. I've added a note at the top.

{{p:Daniel K.}}: The "Comrade {{r:Ri}}" you describe sounds like a minder more than a manager. 😬

Comment from an NGO account, approved by author, 3 Mar 2021: Thank you for this post. One of the women you describe later contacted us; with her consent we can say she is safe. We ask readers not to post further names or photographs of staff. - Caseworker {{p:A. Moon}}

{{p:Maya}} (author): I've removed the last names people posted in the comments. Thinking of you, {{r:Su-ryon}}, if it was you. 💛
""",
    },
    {
        "id": "h73-en-12",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Yu Jong-hui", "유정희", "witness", ["Jong-hui", "Jenny Yu"]),
            ("Yu Jong-chol", "유정철", "relative", []),
        ],
        "note": "Bank live-chat support transcript in which a former restaurant worker resettled in the UK asks why a transfer to her brother in China was blocked; customer's English name beside her Korean name, the surname Yu beside 'you', agents' first names, broker named Mr Cui and 崔老板; New Malden and Yanji public; first half of lines CRLF.",
        "text": """Live chat transcript - Northgate Bank - ref LC-88120-4471
Customer: Ms {{r:Jong Hui Yu}} (known as {{r:Jenny}})   Authenticated: yes

[14:02] Virtual assistant: Hi! I'm your virtual assistant. What can I help you with today?
[14:02] {{r:Jenny Yu}}: transfer blocked. talk to person please
[14:03] Virtual assistant: Let me connect you to a colleague. Estimated wait: 6 minutes.
[14:09] {{p:Priya}} (Northgate): Hi {{r:Jenny}}, my name is {{p:Priya}}, thanks for waiting. I can see an international payment you tried to make yesterday. How can I help?
[14:10] {{r:Jenny Yu}}: yes 900 pound to my brother in {{u:China}}. money not go. why?
[14:11] {{p:Priya}} (Northgate): Thank you. Can you confirm the name of the person you are paying?
[14:11] {{r:Jenny Yu}}: {{r:YU JONG CHOL}}. but account name is {{p:CUI DONGHAI}}. my brother has no account, so Mr {{p:Cui}} receive for him
[14:13] {{p:Priya}} (Northgate): I understand. Because the name on the account is different from your brother's name, the payment was held by our checks team. Could you tell me how you know Mr {{p:Cui}}?
[14:15] {{r:Jenny Yu}}: he is helper. my brother come out from {{u:North Korea}}, now in {{u:Yanji}}, hiding. {{p:Cui}} help him. everybody call him {{p:崔老板}}
[14:16] {{r:Jenny Yu}}: sorry. I must say this?
[14:17] {{p:Priya}} (Northgate): You're doing fine, {{r:Jenny}}. You don't have to tell me anything you're not comfortable with. I need to pass this to a specialist colleague. Is it ok if I add a note?
[14:17] {{r:Jenny Yu}}: ok. my social worker {{p:Aileen}} know everything. she can call you
[14:19] {{p:Priya}} (Northgate): Thank you. I've noted that {{p:Aileen}} from your support organisation can call on your behalf with your consent.
[14:21] {{r:Jenny Yu}}: I worked 4 year in restaurant in {{u:Shenyang}}, no salary. now I work in {{u:New Malden}}, I pay tax, everything legal. I just want my brother eat. you understand?
[14:22] {{p:Priya}} (Northgate): I do understand, and I'm sorry this is stressful. I have to be honest with you: payments to a third party for someone else can be refused, and the specialist team may ask more questions. Please don't send the money another way in the meantime.
[14:25] {{p:Priya}} (Northgate): Our specialist is {{p:Mark}}; he'll call you by Thursday.
[14:26] {{r:Jenny Yu}}: ok. thank you {{p:Priya}}. you are kind
[14:26] {{p:Priya}} (Northgate): Thank you, Ms {{r:Yu}}. Take care.

Internal note ({{p:Priya S.}}, 14:31): Customer states beneficiary ({{r:Yu Jong-chol}}) is her brother and a North Korean national in hiding in {{u:PRC}}; account holder Mr {{p:Cui Donghai}} acts as intermediary. Possible vulnerable-customer / escape-facilitation payment rather than fraud. Referred to Financial Crime (FC-2) and Vulnerable Customers. Customer consents to contact with {{p:Aileen McLeod}} (support worker).
""",
    },
    {
        "id": "h73-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jon Kwang-hyok", "전광혁", "witness", ["Kwang-hyok"]),
            ("Song Hye-gyong", "송혜경", "witness", []),
            ("Ko Yong-chan", "고영찬", "witness", []),
        ],
        "note": "External auditor's management letter to an NGO's trustees; finding that witness-support payments were recorded under full names; payees by surname and initial (SONG H.G.) and in a pasted ledger; staff and trustees private; the surname Song beside 'song'; Charity Commission public.",
        "text": """PRIVATE AND CONFIDENTIAL
To the Board of Trustees
Unbound Voices (registered charity)

Management letter - audit of the financial statements for the year ended 31 March 2024

Dear Trustees,

We have substantially completed our audit. This letter sets out matters that came to our attention which we believe you should consider. It is not a complete list of all weaknesses that may exist. We thank the finance manager, Ms {{p:Claire Osei}}, and the programme director, Mr {{p:Kang Dae-ho}}, for their assistance.

1. Witness-support payments (priority: HIGH)

Observation. The charity makes small cash payments to former overseas workers who give testimony, to cover travel and lost earnings (total GBP 6,480 in the year). We found that the petty-cash book and the accounting system record each payee by full name and sometimes with a note on the country of work. Examples from the petty-cash book, copied with the charity's permission:

Date      | Payee                 | Purpose                          | GBP  | Approved
04/05/23  | {{r:JON Kwang Hyok}}       | travel, interview 2 ({{u:Qatar}} case) | 120  | {{p:KDH}}
22/06/23  | {{r:SONG H.G.}}            | lost earnings, 1 day             | 95   | {{p:KDH}}
22/06/23  | {{r:Ko Yong-chan}}         | travel {{u:Manchester}}-{{u:London}}        | 140  | {{p:CO}}
15/09/23  | {{r:Jon K.H.}}             | childcare during hearing         | 60   | {{p:KDH}}
11/01/24  | {{r:Song Hye-gyong}}       | travel, memorial event           | 45   | {{p:CO}}

In two cases (Mr {{r:Jon}} and Ms {{r:Song}}) the receipt slip also bears the payee's signature in Korean and a mobile number.

Risk. The names of people who may be at risk, and whose families may remain in the {{u:DPRK}}, are visible to any volunteer with access to the petty-cash tin and to the external bookkeeper. A former staff member, Mr {{p:Ethan Shaw}}, still had a login to the accounting system in November 2023.

Recommendation. Record payments against a case reference (e.g. "W-031") held in a separate restricted register. Revoke Mr {{p:Shaw}}'s access immediately.

Management response ({{p:Kang Dae-ho}}): Agreed. {{r:Kwang-hyok}}, {{r:Yong-chan}} and Ms {{r:Song}} have been told; none objected to the audit, and Ms {{r:Song}} said, with a laugh, that her name has been "a song on everybody's lips" since the memorial event. We will move to case references from 1 June.

2. Segregation of duties (priority: MEDIUM)

Observation. Ms {{p:Osei}} both prepares and approves BACS runs when Mr {{p:Kang}} is travelling.

Recommendation. A second trustee signatory, for example the treasurer, Mr {{p:Robert Lyle}}, should approve runs over GBP 500.

3. Restricted grant reporting (priority: LOW)

Observation. A report to a donor described a case study of "Mr {{r:J.}}, a carpenter who worked in {{u:Lusail}}" in enough detail to identify him. This is a data-protection rather than a financial matter, and we mention it for completeness.

We will report these matters to the {{u:Charity Commission}} only if they remain unaddressed at the next audit.

Yours faithfully,
{{p:Harriet Vane-Tempest}}, Audit Partner
""",
    },
    {
        "id": "h73-en-14",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("No Myong-chol", "노명철", "witness", ["Myong-chol"]),
            ("Yang Ok-hwa", "양옥화", "other", ["Ok-hwa"]),
        ],
        "note": "Donor due-diligence questionnaire filled in by an NGO; board, safeguarding lead and staff named; a former Russian logging worker now a peer researcher with the surname No beside 'No' answers in Yes/No fields; a staff member with the given name alone; CRLF.",
        "text": """PARTNER DUE-DILIGENCE QUESTIONNAIRE (v4)
Section A - Governance

A1 Legal name of organisation: Bridge Home Korea (사단법인 브리지홈코리아)
A2 Registered in: {{u:Republic of Korea}}, 2014
A3 Chair of the board: Professor {{p:Lee Hyun-woo}}
A4 Treasurer: Ms {{p:Baek So-ra}}
A5 Other board members: {{p:Choi Jung-min}}; Fr. {{p:Anthony Reilly}}; {{p:Kwon Hae-jin}}
A6 Does any board member hold public office or is any a politically exposed person?  No
A7 Executive director: {{r:Yang Ok-hwa}} (since 2019)

Section B - Safeguarding

B1 Named safeguarding lead: {{p:Jeong Min-ah}} (Case Manager)
B2 Deputy: {{r:Ok-hwa}} (executive director) - see note
B3 Has the organisation had a safeguarding incident in the last 3 years?  Yes
B4 If yes, describe, without identifying individuals:
In 2022 a volunteer shared a photograph of a beneficiary on a personal social-media account. The photograph was removed within two hours at the request of {{p:Min-ah}}. The volunteer, {{p:Hyun-soo}}, was removed from the volunteer roster and re-trained before being re-admitted in 2023.
[Reviewer comment ({{p:S. Lindqvist}}, donor): the answer identifies the volunteer by first name. Fine for us, but please note.]

Section C - Programme staff with lived experience

C1 Do former overseas workers work for the organisation?  Yes
C2 Describe their roles and how their safety is protected:
One peer researcher, Mr {{r:No Myong-chol}}, worked in logging near {{u:Tynda}} ({{u:Russia}}) from 2012 to 2016. He conducts interviews with other former workers. He has asked to be named in this questionnaire. Mr {{r:No}} is paid on the same scale as other researchers; his family members who remain in the {{u:DPRK}} are not mentioned in any of our publications.
C3 Is the peer researcher's identity published?  No
C4 Was the peer researcher consulted on this answer?  Yes. {{r:Myong-chol}} read this section on 2 April.

Section D - Finance

D1 Signatories on the main bank account: {{r:Yang Ok-hwa}}; {{p:Baek So-ra}}
D2 External auditor: Han & Partners - firm of {{p:Han Jae-won}}, CPA
D3 Has the organisation received funds from any government?  Yes - {{u:Ministry of Unification}} (project grant, 2021)

Section E - Declaration

I confirm the information above is accurate.
Name: {{r:YANG OK HWA}}   Position: Executive Director   Date: 03/04/2024
Signature: [signed] {{r:양옥화}}

Donor reviewer notes ({{p:Sofia Lindqvist}}): Answers complete. Suggest a call with {{r:Ok-hwa}} and {{p:Min-ah}} re B4. Mr {{r:No}}'s consent noted; I will not circulate section C beyond {{p:Peter}} and {{p:Ana}}.
""",
    },
    {
        "id": "h73-en-15",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ryu Song-il", "류성일", "supervisor", ["Ryu S.I.", "Song-il"]),
            ("Wong Ka-wai", "웡카와이", "other", ["Kelvin Wong"]),
        ],
        "note": "Company-dissolution gazette notices (UK and Hong Kong) for two labour-supply front companies, with an NGO researcher's annotations; directors' names in capitals with surname first and last, a Cantonese name with its English name, liquidators and a UK company secretary private; Companies House and the gazettes public.",
        "text": """Researcher's clip file - front companies (Polish shipyard supply chain)
Compiled by {{p:J. Ostrowska}}, 18 Oct 2023

1. {{u:The Gazette}} ({{u:London}}), notice ID 4419xxx

{{u:COMPANIES ACT 2006}} - FIRST GAZETTE NOTICE FOR COMPULSORY STRIKE-OFF
BALTIC STAR MARINE LABOUR LIMITED, Company number 10xxxxxx
The Registrar of Companies gives notice that, unless cause is shown to the contrary, at the expiration of 2 months from the above date the name of the above-named company will be struck off the register and the company will be dissolved.
Registrar of Companies, {{u:Companies House}}, {{u:Cardiff}}

[note {{p:JO}}: officers per the register: director {{r:RYU, Song Il}} (nationality stated "Korean", DOB 1974, correspondence address a mailbox in {{u:Gdynia}}); company secretary {{p:Martin Ellery}}, appointed 2017, resigned 2019. {{p:Ellery}} runs a formation agent; he told me by phone that he "never met Mr {{r:Ryu}}" and was instructed by e-mail.]

2. {{u:Government of the Hong Kong Special Administrative Region Gazette}}, G.N. xxxx

{{u:COMPANIES ORDINANCE}} (Chapter 622) - NOTICE OF DEREGISTRATION
Notice is hereby given that the following company has been deregistered:
EASTERN SHIPWORKS TRADING COMPANY LIMITED
Company secretary: {{r:WONG Ka Wai}}; directors: {{r:RYU Song Il}}, {{p:CHAN Mei Ling}}

[note {{p:JO}}: {{r:WONG Ka Wai}} is the same person as "{{r:Kelvin Wong}}" who signed the 2018 invoices to the Polish sub-contractor. {{r:Wong}} is also secretary of about 40 other shell companies at the same address. {{p:Chan Mei Ling}} appears to be a nominee.]

3. Liquidator's notice ({{u:London Gazette}})

BALTIC STAR MARINE LABOUR LIMITED (In Creditors' Voluntary Liquidation)
Notice is hereby given that creditors of the Company are required to send their claims to the Joint Liquidators, {{p:Alistair Penrose}} and {{p:Nadia Khoury}}, by 30 November.

[note {{p:JO}}: Who are the creditors? The only payments I have found are from the Polish yard's sub-contractor to Baltic Star and from Baltic Star onward to Eastern Shipworks in {{u:Hong Kong}}. The welders themselves, e.g. {{p:Kim Chol-nam}} and {{p:Han Yong-dok}} (names from the Polish inspection file), were never paid by either company. Worth asking {{p:Penrose}} whether {{r:Ryu S.I.}} has filed a statement of affairs.]

4. Cross-check

{{r:Ryu Song-il}} (류성일) appears as "{{r:Рю Сон Ир}}" on a 2015 Russian visa invitation for a shipyard in {{u:Kaliningrad}} (source: a former worker interviewed by {{p:Kwak Ji-yeon}}). The former worker remembers "Director {{r:Ryu}}" visiting the dormitory twice a year and calling everyone by number, not by name. He himself was "number 14". Same man? Probably. I would not print it yet. - {{p:JO}}
""",
    },
    {
        "id": "h73-en-16",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Cha Un-song", "차은송", "witness", ["Un-song", "Mr C"]),
            ("Sin Hyon-gwang", "신현광", "supervisor", []),
        ],
        "note": "Broadcast news rundown for an evening bulletin with a Qatar segment; presenters, producers and reporters private; lower-third captions in capitals including a changed name that still refers to the witness; surname Cha; a supervisor named only in a script line; Doha, FIFA and ILO public; first half CRLF.",
        "text": """EVENING NEWS 18:00 - RUNDOWN v7 (LOCKED 17:41)
Editor: {{p:Priyanka Dutta}}   Output producer: {{p:Sam Okonkwo}}   Director: {{p:Leigh}}
Presenters: {{p:Hannah Croft}} (main), {{p:Owen Price}} (sport)

PG | SLUG              | SOURCE   | PRES  | DUR   | NOTES
01 | HEADS             | LIVE     | {{p:HC}}    | 0:45  | 3 heads
02 | RAIL STRIKE       | PKG      | -     | 2:10  | rep (freelance)
03 | {{u:QATAR}} WORKERS     | PKG+LIVE | {{p:HC}}    | 3:40  | rep {{p:Aisha Rahman}}, guest in studio
04 | WEATHER           | LIVE     | -     | 1:00  |
05 | SPORT             | LIVE     | {{p:OP}}    | 2:30  |

PG 03 - {{u:QATAR}} WORKERS
INTRO ({{p:HC}}): Ahead of the anniversary of the {{u:FIFA}} World Cup in {{u:Qatar}}, a man who says he built housing for stadium workers has spoken to this programme. He is North Korean, and for his family's safety we are not using his real name. Our reporter {{p:Aisha Rahman}} has his story.

PKG (2:40) - key lines:
{{p:AISHA RAHMAN}} VO: He asked us to call him {{r:Cha Un-song}}. For three years he laid blocks in the heat outside {{u:Doha}}.
{{r:CHA}} (voice of actor {{p:Daniel Seo}}): "The foreman, {{r:Sin}}, held the money. We saw the Qatari company's payslips once, and then {{r:Sin Hyon-gwang}} took them back."
{{p:AISHA RAHMAN}} VO: The {{u:International Labour Organization}} says conditions for many migrant workers in {{u:Qatar}} have improved. Mr {{r:Cha}} says none of that reached his brigade.

SUPERS (lower thirds):
- {{r:CHA UN SONG}} - FORMER CONSTRUCTION WORKER (NAME CHANGED)
- {{p:AISHA RAHMAN}} - REPORTING
- DR {{p:MIRA JOHANSSON}} - LABOUR RIGHTS RESEARCHER

LIVE (1:00): {{p:HC}} to guest Dr {{p:Mira Johansson}}, Q1: how common is this? Q2: what should buyers do? HARD OUT 17:... {{p:Sam}} to count.

LEGAL (from {{p:Rachel}}, duty lawyer): OK to name the foreman as "{{r:Sin}}" only - NOT full name in SUPERS. Face of {{r:Un-song}} to stay blurred in all shots incl. the wide at 1:12. Actor's voice credit not required.

TIMING NOTE: PKG came in 10 sec over. {{p:Priyanka}}: cut the wide of the stadium, keep Mr {{r:C}} on the bench.

POST-SHOW ({{p:Leigh}}): blur slipped for 3 frames at 1:14 on the live-stream. Clip pulled from catch-up 18:35. {{p:Aisha}} has informed {{r:Un-song}}'s case worker, {{p:Jun Ji-hye}}.
""",
    },
    {
        "id": "h73-en-17",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jo Un-byol", "조은별", "witness", ["Byol", "Star"]),
            ("Kim Sol-mi", "김솔미", "coworker", ["Sol-mi"]),
        ],
        "note": "Auto-generated transcript of a social-audio room on the Clubhouse app about North Korean restaurant workers in Vladivostok; speaker handles with the name part labelled and digits outside; a witness nicknamed Star beside the word 'star'; the surname Jo; emoji reactions; a listener asking to speak.",
        "text": """[Room] "Behind the Restaurant Door" - hosted by @{{p:june}}_talks_nk
[Speakers] @{{p:june}}_talks_nk, @{{p:byol}}_jo90, @{{p:kimhaneul}}_ (moderator)
[Transcript auto-generated, may contain errors]

00:00 @{{p:june}}_talks_nk: Hi everyone, welcome, we'll start in a minute, let people come in. Hi {{p:Sang-woo}}, hi {{p:Mina}}. 👋
01:12 @{{p:june}}_talks_nk: OK. Tonight's guest is {{r:Jo Un-byol}}. {{r:Un-byol}} worked in a North Korean restaurant in {{u:Vladivostok}} for almost four years. She asked me to introduce her as {{r:Star}}, which is what her name means. Welcome, {{r:Star}}.
01:40 @{{r:byol}}_jo90: Thank you {{p:June}}. Yes, 별 means star. In the restaurant the manager called me "{{r:Jo}} 동무" and the Russian customers called me "{{r:Zvezda}}". 😄
02:05 @{{p:june}}_talks_nk: Tell us about a normal day.
02:09 @{{r:byol}}_jo90: Wake at six, clean, lunch service, sleep one hour in the same room upstairs, dinner service, perform songs, clean, sleep. Eight girls in one room. My best friend was {{r:Sol-mi}}, {{r:Kim Sol-mi}}. {{r:Sol-mi}} sang better than me, she was the star of the show, not me.
02:55 @{{p:kimhaneul}}_: (mod) Someone in the audience asks, were you allowed outside?
03:01 @{{r:byol}}_jo90: Only in groups of three, with the manager, Mrs {{p:Kang}}. Once a month to the market. {{p:Kang}} 선생 counted us in the bus every time.
04:30 @{{p:june}}_talks_nk: Where is {{r:Sol-mi}} now, do you know?
04:36 @{{r:byol}}_jo90: No. When the border closed in 2020 we stayed in {{u:Russia}}, and in 2021 they took {{r:Sol-mi}} home first. I think she is in {{u:Pyongyang}}. I hope.
05:10 [reactions: 💙 x 34]
06:22 @{{p:kimhaneul}}_: (mod) A listener, {{p:Tetyana}}, raised her hand. Bringing her up.
06:30 @{{p:tetyana}}.vl: Hello, I am from {{u:Vladivostok}}. I ate at that restaurant! I remember a girl who sang a Russian song, very beautiful. Was it you, {{r:Star}}?
06:41 @{{r:byol}}_jo90: Maybe {{r:Sol-mi}}. She sang "Katyusha". 😭
07:15 @{{p:june}}_talks_nk: We'll stop the recording here, {{r:Byol}} wants the next part off the record. Thank you all.
""",
    },
    {
        "id": "h73-en-18",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Chol-man", "김철만", "witness", ["Chol"]),
            ("Ri Kyong-il", "리경일", "supervisor", ["Teacher"]),
            ("Bat-Erdene Dorj", "바트에르덴 도르지", "other", ["Bat-Erdene", "Baagii"]),
        ],
        "note": "Excerpt from an ethnographic journal article on North Korean construction workers in Ulaanbaatar; pseudonyms assigned by the author refer to participants and are labelled; a Mongolian site owner with a diminutive; a minder called 'the Teacher' beside ordinary teachers; long prose with footnotes; real organisations cited neutrally.",
        "text": """4. Time, money and the "plan"

On the building sites of the eastern districts of {{u:Ulaanbaatar}}, North Korean workers are visible and not visible at the same time. Everyone knows the brigades are there; few Mongolians can name a single worker. This section follows one of them, whom I call {{r:Chol}}, over the summer of 2017.[12]

{{r:Chol}} was forty-one, a plasterer from {{u:South Hamgyong}}. He had worked in {{u:Mongolia}} for five years, first on an apartment block in {{u:Khan-Uul}} and then on the site I will describe, a nine-storey residential building whose Mongolian owner I call {{r:Bat-Erdene}}. {{r:Bat-Erdene}} was in his fifties, a former engineer who had done well in the coal years. The workers called him "{{r:Baagii}}", the affectionate short form his own family used, which he found funny and tolerated.

The brigade was managed by a man the workers referred to, with a mixture of irony and caution, as "the {{r:Teacher}}" (선생). I will call him {{r:Ri}}. {{r:Ri}} had not been a teacher; the word was simply what the workers used in front of outsiders. Real teachers appear in this story too: {{r:Chol}}'s wife was a primary-school teacher in {{u:Hamhung}}, and he spoke of her, by her given name, {{p:Sun-ok}}, more than of anyone else.

Every month {{r:Ri}} announced the "plan", the sum each man had to deliver. In 2017 it was around 600 US dollars. The workers earned it not only on {{r:Bat-Erdene}}'s site but in evening jobs that {{r:Ri}} arranged: laying tiles in private flats, painting a kindergarten, once building a sauna for a Mongolian police officer. {{r:Chol}} described these jobs to me as "night rice". He kept a small notebook in which he recorded each job and what {{r:Ri}} paid him for it. On one page, among figures, he had written his daughter's name, {{p:Myong-hwa}}, and a date, her birthday.

I met {{r:Chol}} through {{r:Baagii}}, who allowed me to visit the site as "a friend from the university". My research assistant, {{p:Oyunchimeg}}, interpreted between Mongolian and English; {{r:Chol}} and I spoke in Korean. When {{r:Ri}} was present we talked about the weather.[13]

In August, after a police inspection at another site, the brigade was moved overnight. {{r:Bat-Erdene}} told me that {{r:Ri}} had come to collect the final payment in cash and had refused to sign for it. I did not see {{r:Chol}} again. A Mongolian worker on the site, {{p:Ganbold}}, told me in October that "the Korean with the notebook" had gone home.

[12] All names of participants are pseudonyms. {{r:Chol}} and {{r:Ri}} are conventional Korean names and do not resemble the participants' real names. The ethics protocol was approved in 2016; see also the reports of the {{u:Database Center for North Korean Human Rights}} and the {{u:International Labour Organization}} on overseas workers.
[13] On the politics of silence in such encounters, see the discussion with {{p:Oyunchimeg}} recorded in my field notes, 14 July 2017.
""",
    },
    {
        "id": "h73-ko-01",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Hong Kyong-chol", "홍경철", "witness", ["홍*철", "경철"]),
            ("Mun Yong-ho", "문용호", "coworker", ["용호"]),
        ],
        "note": "구청 무연고 사망자 공고와 단체 내부 메모; 공고의 가운데 글자를 가린 이름(홍*철)도 같은 사람의 언급; 러시아 건설현장 동료, 조사관, 장례지도사; 성 '문'; 입주 고시원 관리인은 호칭만; 법률·구청 공개; CRLF.",
        "text": """무연고 사망자 공고

「{{u:장사 등에 관한 법률}}」 제12조에 따라 아래 사망자의 연고자를 찾고 있으니, 연고자께서는 공고일로부터 10일 이내에 연락하여 주시기 바랍니다.

1. 사망자 인적사항
  가. 성명: {{r:홍*철}} (남, 1976년생)
  나. 국적: {{u:대한민국}} (북한이탈주민)
  다. 사망 장소: {{u:서울}} {{u:노원구}} {{u:상계동}} 소재 고시원
  라. 사망 일시: 2024. 1. 12.(추정)
2. 시신 안치 장소: 관내 협약 병원 장례식장
3. 문의: {{u:노원구청}} 복지정책과 담당 {{p:정유리}} 주무관

2024. 1. 19.
{{u:노원구청장}}

-----------------------------------------------------
[단체 내부 메모 - 사례번호 RU-17-044 / 작성: {{p:윤다빈}}]

공고의 "{{r:홍*철}}"은 우리 단체에서 2017년에 면담한 {{r:홍경철}} 씨로 확인됨. 생년과 고시원 주소가 일치하고, 구청 {{p:정유리}} 주무관이 전화로 이름을 확인해 줌.

{{r:홍경철}} 씨는 2013~2016년 {{u:러시아}} {{u:블라디보스토크}} 아파트 공사장에서 미장공으로 일했고, 2016년 현장을 이탈해 2017년 입국. 면담 때 함께 일하다 먼저 귀국한 동료로 "{{r:문용호}}"를 여러 번 언급했음. {{r:경철}} 씨 말로는 {{r:용호}}가 추락 사고로 허리를 다쳤는데 반장 {{p:박}}이 병원에 보내지 않았다고 함.

{{u:한국}}에 연고자 없음. {{u:북한}}에 어머니와 여동생({{p:홍경애}})이 있다고 했으나 연락 불가.
마지막 연락: 2023년 추석 무렵 {{p:나은솔}} 간사에게 "일 구하면 연락하겠다"는 문자.

고시원 총무님 말씀으로는 {{r:홍*철}} 씨가 12월부터 방에서 잘 나오지 않았고, 같은 층 {{p:문}} 씨 아저씨가 먼저 이상하다고 알렸다고 함. (※ 이 {{p:문}} 씨는 {{r:문용호}}와 관계없는 고시원 이웃.)

조치:
- {{p:윤다빈}}: 구청에 단체 명의로 장례 참여 의사 전달 (1/22)
- {{p:나은솔}}: 면담 녹취 중 {{r:경철}} 씨가 남긴 가족 이야기 부분 정리, 추모 자리에서 쓸지 상의
- 장례지도사 {{p:최민규}} 씨와 공영장례 일정 확인 → 1/26 오전
- 대표님께 보고 완료 ({{p:윤}})
""",
    },
    {
        "id": "h73-ko-02",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Chae Kum-ok", "채금옥", "witness", ["금옥"]),
            ("Kang Chun-hwa", "강춘화", "supervisor", ["강 지배인"]),
            ("Ri Sun-bok", "리순복", "relative", []),
        ],
        "note": "통일부 처분에 대한 행정심판청구서(긴 문장); 청구인은 중국 단둥 수산물 가공공장에서 일한 여성; 청구인 이름은 '채금옥' 외에 '청구인'으로만; 지배인 이름에 직함이 붙은 형태, 대리인 변호사, 하나원 동기; 중앙행정심판위원회·통일부·법률 공개.",
        "text": """행 정 심 판 청 구 서

청 구 인  {{r:채금옥}}
           (주소 생략)
대 리 인  변호사 {{p:한서윤}} (법무법인 다온)
피청구인  {{u:통일부장관}}

청구 대상 처분
피청구인이 2023. 9. 4. 청구인에게 한 정착지원금 가산금 지급 거부 처분

청 구 취 지
피청구인이 2023. 9. 4. 청구인에 대하여 한 정착지원금 가산금 지급 거부 처분을 취소한다.
라는 재결을 구합니다.

청 구 이 유

1. 처분의 경위

가. 청구인 {{r:채금옥}}은 1988년 {{u:평안북도}} {{u:신의주}}에서 태어났습니다. 청구인은 2017년 3월 {{u:북한}} 당국에 의하여 {{u:중국}} {{u:랴오닝성}} {{u:단둥}}의 수산물 가공공장에 "연수생" 명목으로 파견되었고, 2022년 5월까지 약 5년 2개월 동안 하루 12시간 이상 오징어와 새우를 손질하였습니다.

나. 공장에서 {{u:북한}} 여성 노동자 약 120명을 관리한 사람은 지배인 {{r:강춘화}}였습니다. {{r:강춘화}} 지배인은 노동자들의 여권을 보관하였고, {{u:중국}} 회사가 지급하는 임금을 전부 받아 그중 일부만 "생활비" 명목으로 나누어 주었습니다. 청구인이 실제로 받은 돈은 한 달에 인민폐 200~300원 정도였습니다.

다. 청구인은 2022년 5월 공장 숙소를 이탈하여 제3국을 거쳐 2023년 2월 {{u:대한민국}}에 입국하였고, {{u:하나원}} 교육을 마친 뒤 2023년 6월 거주지에 전입하였습니다.

라. 청구인은 「{{u:북한이탈주민의 보호 및 정착지원에 관한 법률}}」에 따른 가산금 중 장기간 해외 체류로 인한 건강 악화 관련 가산금을 신청하였으나, 피청구인은 "해외 체류가 자의에 의한 것으로 보인다"는 이유로 지급을 거부하였습니다(이하 '이 사건 처분').

2. 처분의 위법성

가. 사실오인
피청구인은 청구인이 스스로 {{u:중국}}에 간 것처럼 판단하였으나, 청구인은 출국 여부를 선택할 수 없었습니다. 청구인과 같은 공장에서 일하다 함께 {{u:한국}}에 온 {{p:김은정}}의 진술서(갑 제3호증)와, 청구인을 면담한 민간단체 연구원 {{p:손지우}}의 의견서(갑 제4호증)가 이를 뒷받침합니다. {{p:김은정}}은 "{{r:강}} 지배인이 '조국을 위해 가는 것'이라고 했을 뿐, 가기 싫다고 말할 수 있는 사람은 없었다"고 진술하였습니다.

나. 건강 악화
청구인은 냉동 작업장에서 장시간 일한 결과 양손 관절염과 만성 요통을 앓고 있습니다(갑 제5호증 진단서, 주치의 {{p:오민석}}). 청구인이 공장에서 손가락을 다쳤을 때 {{r:강춘화}}는 치료 대신 작업 반을 바꾸어 주었을 뿐입니다.

다. 비례원칙 위반
청구인은 {{u:북한}}에 어머니 {{r:리순복}}을 남겨 두고 왔고, 입국 후 어머니와 연락이 끊겼습니다. 청구인이 처한 사정에 비추어 이 사건 처분은 지나치게 가혹합니다.

3. 결론
이상과 같이 이 사건 처분은 위법·부당하므로 취소되어야 합니다.

입 증 방 법
갑 제1호증  처분 통지서
갑 제2호증  청구인 진술서 ({{r:채금옥}} 자필)
갑 제3호증  {{p:김은정}} 진술서
갑 제4호증  {{p:손지우}} 의견서
갑 제5호증  진단서

2023. 11. 20.
위 청구인의 대리인 변호사 {{p:한서윤}}

{{u:중앙행정심판위원회}} 귀중
""",
    },
    {
        "id": "h73-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kye Tong-hyok", "계동혁", "supervisor", ["계 지배인"]),
            ("Pyon Chang-su", "변창수", "coworker", ["창수"]),
            ("O Kwang-chol", "오광철", "witness", ["광철"]),
        ],
        "note": "쿠웨이트 건설현장의 익명 투서(북한식 표기)를 탈북민이 기억해 옮겨 적은 것; 동무·동지·지배인·작업반장 호칭과 조사; 한 글자 성 '오'; 김정은은 투서 안의 공적 인물 언급; 본인이 투서를 썼다고 밝힌 참고 메모.",
        "text": """[자료 설명] 아래는 {{r:오광철}} 씨가 2016년 {{u:쿠웨이트}} {{u:자흐라}} 현장에서 본인이 써서 대사관 당비서에게 보냈다고 말한 익명 투서를, 2022년 면담 때 기억을 되살려 다시 적은 것이다. 맞춤법과 띄어쓰기는 적은 그대로 두었다. (전사: {{p:백하은}})

───────────────
당비서동지 앞

저는 {{u:쿠웨이트}} 건설 제3작업소에서 일하는 한 로동자입니다. 이름을 밝히지 못하는것을 용서해주십시오.

우리 작업소 {{r:계동혁}} 지배인동지는 지난 4월부터 계획분을 한사람당 매달 100딸라씩 더 올렸습니다. 그러면서 그 돈이 어디로 가는지 아무도 모릅니다. {{r:계}} 지배인은 {{u:쿠웨이트}} 회사에서 받은 잔업수당도 우리에게 주지 않고 자기 방에 두었습니다.

5월 12일에는 2작업반 {{r:변창수}} 동무가 비계에서 떨어져 다리를 상했는데 {{r:계동혁}} 동지는 병원에 보내지 않고 숙소에 눕혀두었습니다. {{r:창수}} 동무는 지금도 절뚝거리며 일합니다. 작업반장 {{p:한명일}} 동무가 병원에 보내자고 말했다가 오히려 비판을 받았습니다.

또 {{r:계동혁}}이는 {{u:쿠웨이트}} 사람 감독 {{p:살렘}}하고 자주 밖에서 술을 마시며 우리 로동자들의 려권을 그 사람 사무실에 맡겨두었습니다. 이것은 {{u:김정은}} 동지께서 가르치신 해외사업 규율에 어긋나는 일입니다.

우리는 조국에 충성의 외화를 바치려고 왔지 지배인 한사람의 주머니를 채우려고 온것이 아닙니다. 제3작업소 로동자들의 생활을 한번 료해해주시기 바랍니다.

                                  한 로동자 올림
───────────────

[면담 메모 / {{p:백하은}}]
- {{r:광철}} 씨에 따르면 투서는 보내고 한 달 뒤 대사관에서 {{p:리}} 참사가 현장에 와서 "투서 쓴 놈을 찾는다"며 필체를 대조했다고 함.
- 의심받은 사람은 {{r:변창수}}였고, {{r:창수}}는 7월에 먼저 귀국 조치됨. {{r:오광철}} 씨는 지금도 그 일을 제일 괴로워함: "내가 쓴 건데 {{r:창수}}가 갔다."
- {{r:계}} 지배인은 그해 말까지 그대로 있었다고 함. 이후 소식 모름.
- 작업반장 {{p:한명일}}은 2017년에 {{u:카타르}}로 옮겼다는 말을 들었다고 함.
- {{r:오}} 씨는 투서 원문에 "{{r:계동혁}}이"라고 반말로 쓴 부분이 있었다고 기억함. 그 부분 때문에 화가 나서 쓴 글로 보였을 거라고.
""",
    },
    {
        "id": "h73-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Myong-sik", "리명식", "witness", ["명식"]),
            ("Kim Hyong-jun", "김형준", "supervisor", ["김 반장"]),
            ("So Chang-gil", "소창길", "coworker", ["창길"]),
        ],
        "note": "러시아 아무르주 벌목장 사회주의경쟁 총화표를 증언자가 기억으로 옮긴 표; 반장 직함이 이름 뒤·앞에 붙는 경우; 한 글자 성 '소'와 '도'; 이름만 적힌 칸, 반 이름은 이름 아님; 틴다 공개.",
        "text": """[자료] 2015년 10월 사회주의경쟁 총화표 ({{u:러시아}} {{u:아무르주}} {{u:틴다}} 북쪽 벌목장, 제2사업소)
※ {{r:리명식}} 씨가 기억으로 재구성한 표. 실제 게시판에는 붉은 깃발 그림과 구호가 있었다고 함. 정리: {{p:주하람}}

구호: "200일 전투를 승리적으로 결속하자!"

| 순위 | 작업반 | 반장 | 계획(㎥) | 실적(㎥) | 수행률 | 비고 |
|---|---|---|---|---|---|---|
| 1 | 벌목 1반 | {{r:김형준}} | 1,800 | 2,140 | 119% | 붉은기 |
| 2 | 벌목 3반 | {{p:도경철}} | 1,800 | 1,960 | 109% | |
| 3 | 운재반 | {{p:정일환}} | 1,500 | 1,510 | 101% | |
| 4 | 벌목 2반 | {{p:소영남}} | 1,800 | 1,530 | 85% | 총화 대상 |
| 5 | 제재반 | {{p:박무성}} | 900 | 640 | 71% | 비판 |

개인 경쟁 (벌목공)
1등 {{r:소창길}} (1반) - 412㎥
2등 {{r:리명식}} (1반) - 398㎥
3등 {{p:한철진}} (3반) - 377㎥
최하위 {{p:홍성학}} (2반) - 90㎥ (부상 후 복귀)

[증언자 설명]
- 1반이 1등을 한 건 {{r:김}} 반장이 다른 반 실적을 자기 반으로 돌렸기 때문이라고 함. "{{r:김형준}}이가 1등 하는 달은 우리 쌀이 한 포대 더 나왔다."
- {{r:창길}}이는 개인 1등을 하고 상으로 담배 두 보루를 받았는데, 바로 {{r:김형준}} 반장에게 한 보루를 "바쳤다"고 함.
- 2반 {{p:소영남}} 반장과 1등 한 {{r:소창길}}은 같은 소씨지만 친척은 아님. 둘 다 {{u:함경북도}} 출신.
- {{p:홍성학}}은 9월에 나무에 깔려 갈비뼈가 부러졌는데 3주 만에 복귀. 총화 때 이름이 꼴찌로 불렸다고 함. {{r:명식}} 씨: "그 사람 이름이 불릴 때 다들 고개를 숙였다."
- 제재반 {{p:박무성}}은 그해 겨울 귀국.
""",
    },
    {
        "id": "h73-ko-05",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Ham Song-ae", "함성애", "relative", ["성애"]),
            ("Ham Il-gwon", "함일권", "witness", ["일권"]),
            ("Yom Tae-sik", "염태식", "official", []),
        ],
        "note": "북한 시 인민위원회 통행증 발급대장 일부를 탈북 가족이 기억해 옮긴 표; 해외 파견 노동자 가족의 평양 방문 사유; 발급 확인자 서명(성만); 이름이 줄에서 끊긴 경우; 혜산·평양 공개; 앞쪽 절반 CRLF.",
        "text": """[전사 자료] 통행증 발급대장 (2018년 2월분 일부)
출처: {{r:함성애}} 씨(파견노동자 {{r:함일권}}의 누나) 구술 재구성, 2023. 6. / 정리 {{p:국현아}}
※ {{r:성애}} 씨는 당시 {{u:혜산}}시 인민위원회 2부에서 대장 정리를 도왔다고 함.

번호 | 성명   | 직장/직위           | 목적지 | 사유                          | 발급일 | 확인
031  | {{p:류정남}} | 광산 로동자          | {{u:평양}}   | 해외파견 전 강습              | 2.03   | {{r:염}}
032  | {{r:함일권}} | 건설사업소 미장공     | {{u:평양}}   | 해외파견 전 강습({{u:로씨야}})       | 2.03   | {{r:염}}
033  | {{p:전옥순}} | 가두인민반장         | {{u:평양}}   | 친척 방문                     | 2.05   | {{p:조}}
034  | {{p:허명
철}} | 철도 기관사          | {{u:함흥}}   | 출장                          | 2.06   | {{r:염}}
035  | {{p:리영희}} | 부양                | {{u:평양}}   | 파견로동자({{p:김철훈}}) 송별    | 2.08   | {{r:염}}
036  | {{r:함성애}} | 시인민위원회 2부      | {{u:평양}}   | 동생 송별                     | 2.08   | {{p:조}}

[구술 메모]
- 확인 칸의 "{{r:염}}"은 2부 부장 {{r:염태식}}. "{{p:조}}"는 부원 {{p:조명순}}. {{r:염태식}} 부장은 해외파견 가족에게는 통행증을 빨리 내주었는데, 대신 담배나 술을 받았다고 함.
- 34번 "{{p:허명철}}"은 대장에 이름이 두 줄로 나뉘어 적혀 있었다고 {{r:성애}} 씨가 기억함.
- {{r:일권}}이는 2월 말 {{u:평양}} 강습을 마치고 3월에 {{u:블라디보스토크}}로 떠났다. {{r:성애}} 씨는 {{u:평양역}}에서 {{r:일권}}이를 마지막으로 봤다. "{{r:일권}}아, 돈 생각 말고 몸만 성해서 와라" 했다고.
- 35번 {{p:리영희}}는 남편 {{p:김철훈}}을 배웅하러 간 사람. {{r:성애}} 씨와 같은 기차를 탔다.
- {{r:함일권}}은 2020년 {{u:러시아}}에서 이탈, 2021년 입국. 누나 {{r:함성애}}는 2022년 입국.
""",
    },
    {
        "id": "h73-ko-06",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Choe Kum-hui", "최금희", "witness", ["금희"]),
            ("Rim Chang-ho", "림창호", "other", ["임창호", "림 사장"]),
        ],
        "note": "경찰 수사보고(참고인 전화 통화 결과); 피해자는 러시아 식당에서 일했던 탈북 여성, 피의자는 가족을 데려오겠다며 돈을 받은 브로커; 북한식 '림'과 남한식 '임' 표기가 섞임; 참고인 이름에 '씨', 조사관 이름 뒤 직급; 성 '주'와 조사 '주'.",
        "text": """수 사 보 고

제  목: 참고인 상대 전화 통화 결과 보고
사건번호: 2024-0031xx (사기)
피의자: {{r:림창호}} (주민등록상 {{r:임창호}})
피해자: {{r:최금희}}

1. 피해자 {{r:최금희}}의 진술 요지(2024. 3. 5. 조사)에 의하면, 피해자는 2016~2019년 {{u:러시아}} {{u:하바롭스크}}의 {{u:북한}} 식당에서 일하다 이탈하여 입국한 사람으로, 2023년 6월 "{{u:북한}}에 있는 딸을 데려와 주겠다"는 피의자 {{r:림창호}}에게 3회에 걸쳐 합계 1,200만 원을 송금하였으나 딸을 데려오지 못하였다고 함.

2. 이에 피해자가 피의자를 소개받은 경위를 확인하고자 아래와 같이 참고인들과 전화 통화하였기에 보고합니다.

가. 참고인 {{p:주은경}} (피해자의 {{u:하나원}} 동기, 2024. 3. 11. 14:20, 약 12분)
- {{p:주은경}} 씨는 피의자를 "{{r:림}} 사장"으로만 알고 있으며, 2022년 가을 교회 모임에서 처음 만났다고 함.
- 피의자가 "{{u:중국}}에 사람이 있어서 한 달이면 된다"고 말하는 것을 들었고, 이를 {{r:금희}} 씨에게 전해 준 것이 자신이라 미안하다고 진술함.
- 피의자에게 돈을 준 다른 사람으로 "{{p:서명숙}}이라는 언니"가 있다고 함. 연락처는 모름.

나. 참고인 {{p:서명숙}} (2024. 3. 12. 10:05, 약 20분, {{p:주은경}} 통해 연락처 확보)
- {{p:서명숙}} 씨도 2023년 초 피의자에게 동생 송환 명목으로 500만 원을 주었으나 동생은 오지 않았다고 함.
- 피의자가 {{u:중국}} {{u:옌지}}의 "{{p:박}} 선생"과 통화하는 것을 옆에서 들은 적이 있다고 함. 통화 중 피의자가 상대방을 "{{p:철남}}이"라고 부르기도 하였다고 진술.
- 고소 의사 있음. 출석 조사 날짜 조율 중.

다. 참고인 {{p:정현철}} (피의자의 전 직장 동료, 2024. 3. 12. 16:40, 약 5분)
- {{p:정현철}} 씨는 피의자와 2021년 {{u:인천}}의 물류센터에서 같이 일했다고 함. 피의자가 "{{r:림창호}}가 본명이고 {{r:임창호}}는 여기 와서 바꾼 것"이라고 말한 적이 있다고 진술.
- 이후 연락 없음.

3. 향후 수사 방향
- 피의자 명의 계좌 거래내역 분석 결과 {{p:박용수}} 명의 {{u:중국}} 계좌로 송금된 내역이 있어, 위 "{{p:박}} 선생"과 동일인인지 확인 예정.
- 피해자 {{r:최금희}}에게 {{p:서명숙}}의 고소 사실을 알리지 않도록 유의(참고인 보호).

2024. 3. 13.
{{u:서울서대문경찰서}} 수사과 지능범죄수사팀
경위 {{p:안도윤}}
""",
    },
    {
        "id": "h73-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Do Song-min", "도성민", "witness", ["성민"]),
            ("Ha Ji-yun", "하지윤", "other", ["지윤"]),
            ("Do Kwang-sok", "도광석", "relative", []),
        ],
        "note": "결혼식 사회자 대본; 신랑은 러시아 건설현장 출신 탈북민; 한 글자 성 '도'와 '하'가 조사 '도'·동사 '하-'와 나란히; 이름 뒤 군·양·님, '성민이'처럼 애칭 접미사; 남한에 오지 못한 아버지 언급; 축가 가수, 주례 없음.",
        "text": """[결혼식 사회 대본 - 2024. 10. 12.(토) 12:30 / 사회: 신랑 친구 {{p:고태현}}]

(입장 전)
안녕하십니까. 오늘 이 뜻깊은 자리의 사회를 맡은 신랑의 친구 {{p:고태현}}입니다. 잠시 후 신랑 {{r:도성민}} 군과 신부 {{r:하지윤}} 양의 결혼식을 시작하겠습니다. 하객 여러분께서는 자리에 앉아 주시기 바랍니다.

(※ 오늘은 주례 없이 진행. 부모님 말씀 순서 있음.)

1. 개식 선언
지금부터 신랑 {{r:도성민}} 군과 신부 {{r:하지윤}} 양의 결혼식을 시작하겠습니다.

2. 화촉 점화
먼저 양가 어머님께서 화촉을 밝혀 주시겠습니다. 신부 측 어머님 {{p:김정란}} 님, 그리고 신랑 측을 대신해 신랑이 {{u:한국}}에서 "어머니"라고 부르는 {{p:송미경}} 님께서 나와 주시겠습니다.
(※ {{r:성민}}이 부탁: {{p:송}} 원장님 소개할 때 꼭 "어머니"라고 해 달라고 함.)

3. 신랑 입장
신랑 {{r:도성민}} 군, 입장!
(박수 유도) 우리 {{r:성민}}이, 오늘 정말 멋있습니다. {{r:성민}} 군도 오늘만큼은 긴장했다고 합니다.

4. 신부 입장
신부 {{r:하지윤}} 양은 아버님 {{p:하재석}} 님의 손을 잡고 입장하겠습니다.

5. 신랑 신부 맞절 / 혼인 서약 / 성혼 선언
(성혼선언문 낭독: 신부 측 큰아버지 {{p:하재동}} 님)

6. 부모님 말씀
신부 아버님 {{p:하재석}} 님께서 덕담을 해 주시겠습니다.
(※ 2분 이내 부탁드림)

이어서 신랑이 직접 편지를 읽겠습니다. 이 편지는 {{u:북한}}에 계신 아버님 {{r:도광석}} 님께 드리는 편지입니다.
(※ {{r:성민}}이 편지 내용 미리 봤음: "아버지, 저는 {{u:블라디보스토크}}에서 아파트를 짓던 그 손으로 오늘 {{r:지윤}}이 손을 잡습니다..." 읽다가 울면 사회자가 잠깐 기다릴 것. 마이크 넘기지 말 것.)
(※ 아버님 성함은 편지에서만. 사진 촬영 시 스크린에 이름 띄우지 않기 - {{r:지윤}} 씨 부탁.)

7. 축가
신랑의 직장 동료 {{p:남궁민재}} 님이 축가를 불러 주시겠습니다.

8. 내빈께 인사 / 행진
신랑 신부, 하객 여러분께 인사드리겠습니다. 그리고 함께 일했던 {{u:러시아}} 현장 동료로서 오늘 {{u:부산}}에서 올라와 주신 {{p:여문혁}} 님께도 따로 인사드리겠습니다.
신랑 {{r:도성민}}, 신부 {{r:하지윤}}! 행진!

(사회자 메모) 사진 순서: 가족 → 친구 → 직장 → 교회(담임 {{p:정요한}} 목사님). {{r:도}} 군 측 가족 사진은 {{p:송미경}} 원장님과 {{p:여문혁}} 님만. 하객 안내 {{p:문지후}}.
""",
    },
    {
        "id": "h73-ko-08",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Kim Tong-il", "김동일", "witness", ["동일"]),
            ("Paek Song-nam", "백성남", "supervisor", []),
        ],
        "note": "한국 대학병원 수술기록지(영어 의학용어 혼용); 환자는 쿠웨이트 건설현장에서 다친 뒤 변형 유합된 탈북민; 집도의·보조의·마취의·간호사 이름, 서명 이니셜; 병력란에 현장 반장 이름; 보호자 칸의 지인; CRLF.",
        "text": """수 술 기 록 지 (OPERATION RECORD)

등록번호: 1024xxxx   환자명: {{r:김동일}} (M/46)   진료과: 정형외과   병동: 71W
수술일: 2024-04-17   수술실: OR 5

Pre-op Dx: Malunion, Rt. distal tibia (old fracture, 2018)
Post-op Dx: same
Operation: Corrective osteotomy + plate fixation, Rt. distal tibia
Anesthesia: General (마취의 {{p:이수현}})
Surgeon: {{p:조민혁}} 교수
Assistant: {{p:박예린}} (R3), {{p:Kang H.}} (PA)
Scrub N.: {{p:윤슬기}}   Circulating N.: {{p:최하나}}

병력 요약 (술전 면담, 환자 진술):
2018년 {{u:쿠웨이트}} 건설현장에서 비계 붕괴로 우측 하퇴부 골절. 현지 병원에서 cast 후 2주 만에 작업 복귀하였다 함. 당시 작업반장 {{r:백성남}}이 "한 달 쉬면 계획을 못 한다"며 복귀를 지시했다고 진술. 이후 통증 및 보행 장애 지속. 2020년 입국 후 타 병원에서 보존적 치료.
보호자: 없음. 비상연락처 - 지인 {{p:안경민}} (교회)

Operative findings & procedure:
Under GA, supine position. Tourniquet applied (Rt. thigh, 300 mmHg).
Anteromedial approach to distal tibia. Malunited fracture site identified with approx. 14 deg varus and 8 deg recurvatum.
Osteotomy performed at the apex of deformity. Correction confirmed under C-arm.
Fixation with medial locking plate (9-hole), 4 screws proximally, 5 distally.
Irrigation, layer-by-layer closure. Drain (Hemovac) inserted.
EBL: 250 mL. Tourniquet time 96 min.
Specimen: none. Complication: none.

Post-op plan: NWB 6 wks, short leg splint, IV Abx 48 h, f/u X-ray POD#1.

Surgeon signature: {{p:조민혁}} / {{p:JMH}}

[간호 메모 - 회복실, {{p:최하나}}]
15:40 환자 의식 회복. "반장님이 또 일하라고 할까 봐"라는 말 반복. 안심시킴. 환자 말로 {{r:백성남}} 반장은 지금 {{u:쿠웨이트}}에 없고 {{u:북한}}으로 돌아갔다고 함.
16:10 지인 {{p:안경민}} 씨 면회. 환자 "{{r:동일}}아" 부르는 소리에 안정됨.
16:30 병동 인계 ({{p:HN}} → 71W {{p:송지아}}).
""",
    },
    {
        "id": "h73-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Sin Tae-ung", "신태웅", "other", ["태웅"]),
            ("Yun Kum-sil", "윤금실", "witness", ["금실"]),
        ],
        "note": "교도소에 수감된 브로커가 피해자인 전직 중국 봉제공장 노동자에게 보낸 편지(단체가 받아 보관); 발신인 수번과 이름; 수신인 이름에 '씨'와 애칭; 공범과 중국 측 중개인, 교도관, 목사; 편지 끝 서명과 추신.",
        "text": """[단체 보관 자료: 피해자 {{r:윤금실}} 씨가 2024. 5. 맡긴 편지 사본. 봉투 발신: {{u:의정부교도소}} 수번 2318 {{r:신태웅}}]

{{r:금실}} 씨에게.

이 편지를 받아 줄지 모르겠습니다. 여기 와서 처음으로 쓰는 편지입니다. 목사님({{p:김요셉}} 목사님, 매주 목요일에 오십니다)이 사과는 편지로라도 해야 한다고 해서 용기를 냈습니다.

{{r:금실}} 씨가 {{u:단둥}} 봉제공장에서 나와 {{u:한국}}까지 어떻게 왔는지 나는 압니다. 그런 사람에게서 동생을 데려온다고 돈을 받은 것이 나라는 것도 압니다. 처음에는 정말 데려올 생각이었습니다. {{u:중국}} 쪽 {{p:류}} 사장({{p:류광호}})이 사람을 빼낸다고 했고, 나는 중간에서 돈만 전달하면 된다고 생각했습니다. 그런데 {{p:류광호}}가 연락을 끊고, 같이 일하던 {{p:방명진}}이가 돈을 가지고 도망가면서 모든 게 틀어졌습니다. 핑계라는 것을 압니다.

재판 때 {{r:금실}} 씨가 법정에서 "내 동생 이름은 {{p:윤금옥}}이다, 그 이름을 한 번이라도 불러 보라"고 했던 말을 여기서 매일 생각합니다. 그래서 이 편지에 동생분 이름을 씁니다. {{p:윤금옥}} 씨가 살아 있기를 바랍니다.

나는 2년 8개월을 받았습니다. 나가면 일해서 갚겠습니다. 매달 영치금에서 조금씩 모으고 있습니다. 여기 교도관 {{p:정}} 주임님께 물어보니 피해 회복 공탁도 할 수 있다고 합니다. 변호사 {{p:오세훈}} 변호사님께 부탁해 두었습니다.

답장은 하지 않아도 됩니다. 다만 이 편지를 찢기 전에 끝까지 읽어 주기를 바랍니다.

2024년 4월 28일
{{r:신태웅}} 드림

추신. 같은 방에 있는 사람이 {{u:북한}} 사람인데, {{u:러시아}} 벌목장에 있었다고 합니다. 이름은 말하지 않겠습니다. 그 사람이 나한테 "{{r:태웅}}이 너는 우리 같은 사람 돈을 먹었냐"고 해서 아무 말도 못 했습니다.

---
[단체 메모 / {{p:임소정}}] {{r:금실}} 씨는 편지를 읽고 "이름을 써 줘서 그건 고맙다"고 함. 답장 의사 없음. {{p:오세훈}} 변호사 측의 공탁 연락이 오면 {{p:임소정}}이 먼저 받고 {{r:금실}} 씨에게 전달하기로. 위 변호사는 동명의 정치인과 무관.
""",
    },
    {
        "id": "h73-ko-10",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jon Yong-ae", "전영애", "witness", ["영애"]),
            ("Ri Chol-bom", "리철범", "witness", ["철범"]),
        ],
        "note": "광역시의회 상임위원회 회의록 발췌; 의원·국장·과장은 모두 가상 인물이라 사인(私人); 의원이 지역 주민인 전직 해외 파견 노동자 두 명을 실명으로 언급했다가 위원장이 주의; '○○○ 의원' 형식, 직함이 앞뒤에 붙는 이름; 시·기관 공개.",
        "text": """제287회 {{u:인천광역시의회}}(임시회)
문화복지위원회 회의록 (발췌)

○ 위원장 {{p:배성호}}  다음은 {{p:허윤정}} 위원님 질의해 주십시오.

○ {{p:허윤정}} 위원  {{p:허윤정}} 위원입니다. 여성가족국장님께 묻겠습니다. 지난달 제가 {{u:남동구}}에 사시는 북한이탈주민 두 분을 만났습니다. 한 분은 {{r:전영애}} 씨라고, {{u:중국}} 수산물 공장에서 5년 일하고 오신 분이고, 또 한 분은 {{r:리철범}} 씨, {{u:러시아}} 건설현장에서 일하다 오신 분입니다.

○ 위원장 {{p:배성호}}  {{p:허}} 위원님, 잠깐만요. 회의록에 개인 이름이 남습니다. 당사자 동의를 받으셨습니까?

○ {{p:허윤정}} 위원  두 분 모두 이름을 밝혀도 된다고 하셨습니다. {{r:영애}} 씨는 오히려 "이름을 불러 달라"고 하셨습니다. 다만 {{r:철범}} 씨는 성만 써 달라고 하셨는데, 제가 실수했습니다. 이후로는 {{r:리}} 씨로 하겠습니다.

○ 위원장 {{p:배성호}}  속기사님, 해당 부분 처리는 위원회 규정에 따라 하겠습니다. 계속하십시오.

○ {{p:허윤정}} 위원  {{r:전영애}} 씨 말씀이, 냉동 창고에서 일하다 손가락 관절이 다 망가졌는데 시에서 지원하는 의료비는 1년에 한 번, 그것도 서류가 너무 많다고 합니다. {{r:리}} 씨도 허리 수술을 미루고 계십니다. 국장님, 해외 파견 노동 피해를 입은 분들을 위한 별도 건강 지원 계획이 있습니까?

○ 여성가족국장 {{p:장미선}}  위원님 말씀에 공감합니다. 현재는 {{u:통일부}}와 {{u:남북하나재단}}의 의료비 지원, 그리고 시의 북한이탈주민 지원조례에 따른 의료비 지원이 있습니다만, 해외 노동 피해만을 따로 보는 사업은 없습니다. 담당 과장이 보충 설명드리겠습니다.

○ 다문화정책과장 {{p:오승택}}  과장 {{p:오승택}}입니다. 작년 기준 시 의료비 지원을 받은 북한이탈주민은 312명이고, 그중 해외 파견 경험이 있다고 답한 분은 따로 집계하지 않았습니다. 하나센터 {{p:정해린}} 팀장과 협의해서 올해 실태조사 항목에 넣도록 하겠습니다.

○ {{p:허윤정}} 위원  {{p:오}} 과장님, 꼭 부탁드립니다. 그리고 {{r:영애}} 씨가 하신 말씀을 하나만 전하겠습니다. "{{u:북한}}에서는 번호로 불렸고, {{u:중국}} 공장에서는 '{{u:조선}} 여자'로 불렸는데, 여기서는 이름으로 불리고 싶다." 이상입니다.

○ 위원장 {{p:배성호}}  수고하셨습니다. 다음은 {{p:문경수}} 위원님.

○ {{p:문경수}} 위원  {{p:문경수}} 위원입니다. {{p:허}} 위원님 질의에 이어서...
""",
    },
    {
        "id": "h73-ko-11",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Kang Hyang-sil", "강향실", "witness", ["향실"]),
            ("Mo Un-jong", "모은정", "witness", ["은정"]),
            ("Tae Myong-ok", "태명옥", "supervisor", []),
        ],
        "note": "대학원생의 논문 지도 면담 기록(영문 용어 섞임); 중국 수산물 공장 여성 노동자 연구; 학생이 면담 노트에 실명을 적은 것을 교수가 지적, 가명 배정(가명도 해당 인물의 언급); 교수·공동연구자·학과 조교; 한 글자 성 '모'·'태'; 앞쪽 절반 CRLF.",
        "text": """논문 지도 면담 기록 (5차)
일시: 2024. 9. 23.(월) 15:00-16:10 / 장소: 연구실 612
지도교수: {{p:서정훈}} 교수 / 학생: {{p:정다은}} (박사과정 4학기)
기록: {{p:정다은}}

1. 지난 면담 이후 진행 상황
- 추가 인터뷰 2건 완료 (8월 {{u:부산}} 1건, 9월 수도권 1건). 누적 11명.
- 9월 인터뷰 참여자: {{r:강향실}} 님 (2016-2020 {{u:훈춘}} 수산물 가공공장). 3시간 녹음, 전사 진행 중.
- 코딩 1차 완료. 상위 코드: "작업반 통제", "송금", "몸의 기억".

2. 교수님 코멘트
(1) 익명화: 면담 노트와 전사본에 실명이 그대로 있음. 특히 "{{r:강향실}}", "{{r:모은정}}", 그리고 공장 관리자 "{{r:태명옥}}". → 오늘 중으로 가명 배정, 원본 키는 오프라인 보관.
  - 교수님: "{{r:모은정}} 씨는 성이 드물어서 성만 남겨도 특정될 수 있다. {{r:모}} 씨라는 표현도 빼라."
  - 가명표 (이번 주 확정): {{r:강향실}} → "{{r:해솔}}", {{r:모은정}} → "{{r:가온}}", {{r:태명옥}} → "관리자 {{r:T}}"
  ※ 앞으로 이 기록에서도 가명 사용.
(2) 이론: "몸의 기억" 코드는 좋음. {{u:Sara Ahmed}}보다는 노동 인류학 쪽 문헌과 연결해 보라. 공동연구자 {{p:윤소희}} 선생님 논문 참고.
(3) 윤리: IRB 변경 신청 필요 (참여자 수 증가). 조교 {{p:김도하}} 선생에게 서식 받을 것.

3. 학생 질문
Q. {{r:해솔}} 님이 인터뷰 중 관리자 {{r:T}}가 자신에게 한 말을 실명과 함께 인용해 달라고 요청. 어떻게 할까?
A. 교수님: 본인의 바람은 존중하되 관리자 이름은 쓰지 않는다. 관리자 {{r:T}}({{r:태명옥}})는 공인이 아니고, 이름이 나가면 {{r:해솔}} 님 본인이 특정될 위험이 크다. 대신 "{{r:T}} 관리자가 '너희는 조국의 딸이다'라고 말했다"는 수준으로.
Q. {{r:가온}} 님은 본인이 ({{r:은정}}이라는) 실명을 써 달라고 함.
A. 서면 동의가 있으면 가능하나, 이번 논문에서는 전원 가명 원칙을 유지하는 쪽을 권함. 나중에 단행본에서 {{r:가온}} 님과 다시 상의.

4. 다음 할 일
- 가명표 확정 후 전사본 일괄 치환 (원본 파일명 "interview_{{r:kanghyangsil}}_0915.m4a" 등도 변경)
- {{r:해솔}} 님께 전사본 확인 요청 (10월 첫 주)
- IRB 변경 신청서 → {{p:김도하}} 조교
- 다음 면담: 10. 14.(월), {{p:서정훈}} 교수님 학회 일정 확인 후 확정

교수 확인: {{p:서정훈}} (서명)
""",
    },
    {
        "id": "h73-ko-12",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Pyo Chol-hun", "표철훈", "witness", ["철훈"]),
            ("Kwon Yong-sun", "권용순", "other", []),
        ],
        "note": "북한이탈주민 취업장려금 신청서와 사업주 확인서, 상담 메모; 신청인은 폴란드 조선소 용접공 출신; 성 '표'; 사업주·담당자·상담사·폴란드 시절 반장(폴란드어 격어미 포함)·동료; 서식 칸의 이름과 서명.",
        "text": """[별지 제3호서식] 취업장려금 지급 신청서

1. 신청인
  성명: {{r:표철훈}}        생년월일: 1979. 3. 2.
  주소: (생략)
  보호결정일: 2021. 8. 11.

2. 취업 사업장
  사업장명: (주)한결테크 (선박 블록 용접)
  대표자: {{r:권용순}}
  인사 담당자: {{p:임재경}} 과장 (055-xxx-xxxx)
  근무 기간: 2022. 3. 2. ~ 현재 (2년 6개월, 동일 사업장)
  직종: 용접(CO2), 정규직

3. 신청 구분: 3년차 장려금

위와 같이 취업장려금 지급을 신청합니다.
2024. 9. 5.   신청인 {{r:표철훈}} (서명)

-----------------------------------------------------
사업주 확인서
위 근로자 {{r:표철훈}}은(는) 당사에서 위 기간 계속 근무하고 있음을 확인합니다.
대표 {{r:권용순}} (인)

-----------------------------------------------------
[상담 메모 - 지역적응센터 취업상담사 {{p:하소영}}]
- {{r:철훈}} 님은 북에서 용접공이었고 2016~2019년 {{u:폴란드}} {{u:그단스크}} 인근 조선소 하청에서 용접. 그때 반장은 {{p:로명길}}, 현지 현장 책임자는 {{p:Marek}} 씨였다고 함. 현지 노동감독 서류에 "z {{p:Ro Myong-gilem}}"(반장과 함께)이라고 적혀 있던 걸 기억함. 본인 이름은 서류에 "{{r:Pjo Czol Hun}}"으로 적혀 있었다고.
- {{r:권용순}} 대표님이 면접 때 "{{u:폴란드}}에서 배 만들던 사람이면 더 볼 것 없다"고 바로 채용. {{p:임재경}} 과장님도 {{r:표철훈}} 님 성실하다고 함.
- 같은 현장 출신 {{p:최원국}} 님도 같은 회사에 취업 희망 → 다음 주 {{p:임}} 과장님께 이력서 전달 예정.
- 애로사항: 용접 흄 때문에 기침. 건강검진 안내함. 그때 동료 {{p:김영삼}} 님(※ 동명이인, 전직 대통령과 무관)이 폐 질환으로 귀국했다는 얘기를 하며 걱정함.
- 서류 제출: 재직증명서, 4대보험 가입내역 → 완료. 담당 {{p:하소영}}.
""",
    },
    {
        "id": "h73-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Hyon Mi-ryong", "현미령", "witness", ["미령", "금강산 누나"]),
            ("Ri Hye-gyong", "리혜경", "coworker", ["혜경"]),
        ],
        "note": "탈북민 유튜버 팬카페의 가입인사 게시판; 닉네임에 이름 일부가 들어간 경우만 그 부분 표기, 숫자는 밖; 유튜버의 별명 '금강산 누나'; 닉네임 가운데 폭 없는 공백(U+200B); 이모지; 프놈펜 북한 식당 시절 동료; 성 '현'과 낱말 '현'.",
        "text": """[{{r:금강산누나}}네 ❤ 팬카페] 가입인사 게시판

공지) 가입인사는 양식대로 부탁드려요 😊 누나 실명({{r:현미령}}) 언급은 괜찮지만, 누나 가족이나 예전 동료분들 실명은 쓰지 말아 주세요. - 매니저 {{p:솔}}

────────────
[가입인사] 안녕하세요~ / 작성자: 바다{{p:지호}}맘 / 2024.05.02
영상 보고 울다가 가입했어요. {{r:미령}}님 {{u:프놈펜}} 식당 얘기 너무 마음 아팠어요 😢 {{r:금강산 누나}} 응원합니다!!
 └ 댓글 {{r:금강산누나}}(스탭): 반가워요 {{p:지호}} 어머님 🙏

[가입인사] 가입했습니다 / 작성자: {{p:민\u200b준}}_아빠_77 / 2024.05.03
{{u:캄보디아}} 출장 갔을 때 그 식당 가 본 적 있습니다. 혹시 그때 노래하시던 분이 {{r:미령}} 님이었을까요? 현 상황이 좋아지길 바랍니다.
 └ 댓글 {{p:솔}}(매니저): 식당 위치나 날짜는 조금 조심해 주세요~

[가입인사] 누나 팬이에요 / 작성자: {{p:hyun}}ah_0710 / 2024.05.04
저도 성이 현씨라 괜히 반가워요 ㅎㅎ {{r:현미령}} 누나 화이팅 🔥

[가입인사] 질문 있어요 / 작성자: 통일{{p:다은}} / 2024.05.06
영상에서 말씀하신 친구 "{{r:혜경}}" 언니는 지금 어떻게 되셨는지 궁금해요. 같이 나오셨나요?
 └ 댓글 {{r:금강산누나}}(스탭): {{p:다은}}님 마음 고마워요. {{r:혜경}}이는 같이 못 나왔어요. 그 얘기는 나중에 영상으로 할게요. 그리고 공지처럼 친구 실명은 제가 말한 것 말고는 안 써 주시면 좋겠어요 💙
 └ 댓글 통일{{p:다은}}: 앗 죄송해요!! 수정했어요.

[가입인사] 반갑습니다 / 작성자: 동네{{p:영\u200b수}}형 / 2024.05.09
{{r:리혜경}} 님도 무사하시길 기도합니다. (※ 매니저에 의해 일부 수정됨)
 └ 댓글 {{p:솔}}(매니저): {{p:영수}}님, 말씀하신 분 성함은 지웠어요. 양해 부탁드려요.
   (※ 위 게시글 원문 캡처가 단체에 전달됨: 누나의 동료 {{r:리혜경}}의 실명이 회원 게시글에 남았다가 수정된 사례.)

[가입인사] 첫 글 / 작성자: {{p:Kate}}_reads_ko / 2024.05.11
I don't read Korean well but I love {{r:Mi-ryong}}'s videos! 🇰🇷 Stay strong 누나!
""",
    },
    {
        "id": "h73-ko-14",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yu Chang-hyok", "유창혁", "witness", ["창혁"]),
            ("Son Tok-man", "손덕만", "coworker", ["덕만", "손 아바이"]),
            ("Ri Pong-su", "리봉수", "supervisor", ["리 소장"]),
        ],
        "note": "수필 공모전 응모작(긴 1인칭 산문); 몽골 울란바토르 아파트 공사장; 이름 뒤 동무·아바이·소장, '덕만이가'처럼 애칭 접미사 뒤 조사; 몽골인 현장 감독의 이름과 애칭; 줄바꿈으로 끊긴 이름; 어머니 이름; 응모자 정보 칸.",
        "text": """제5회 ○○ 수필 공모전 응모작
제목: 영하 30도의 벽돌

{{u:울란바토르}}의 겨울은 벽돌이 먼저 얼었다. 아침에 모르타르를 개어 놓으면 점심 전에 돌처럼 굳어서, 우리는 양동이를 품에 안고 다녔다. 나는 그 현장에서 세 번의 겨울을 났다. 2015년부터 2018년까지였다.

우리 작업반은 열두 명이었다. 제일 나이 많은 사람이 {{r:손덕만}}이었는데, 다들 "{{r:손}} 아바이"라고 불렀다. 쉰이 넘은 나이에 해외에 나온 것은 아들 장가 밑천을 벌기 위해서라고 했다. {{r:덕만}} 아바이는 손이 빨랐다. 벽돌 한 장을 놓을 때마다 "하나, 둘" 하고 세었는데, 하루에 천 장이 넘으면 세는 것을 그만두고 노래를 불렀다.

소장은 {{r:리봉수}}였다. {{r:리}} 소장은 현장에 잘 나오지 않았다. 대신 매달 말일에 숙소에 와서 한 사람씩 이름을 불렀다. "{{r:유창혁}} 동무, 이번 달 계획 미달." 나는 그 목소리를 지금도 꿈에서 듣는다. 계획이란 우리가 국가에 바쳐야 하는 돈이었다. 현지 회사가 우리 몫으로 주는 돈은 {{r:리봉수}} 소장의 손을 거쳐 한 번도 우리 손에 온전히 온 적이 없다.

현지인 현장 감독은 {{p:바트바야르}}라는 젊은 사람이었다. 우리는 그를 "{{p:바기}}"라고 불렀고, 그도 나를 "{{r:창혁}}"이라고, 발음이 이상한 대로 불렀다. {{p:바기}}는 가끔 자기 도시락에서 양고기를 떼어 주었다. {{r:리}} 소장이 그걸 보고 "적들에게 구걸하지 말라"고 했을 때, {{r:덕만}}이 아바이가 처음으로 소장에게 대들었다. "{{r:리봉수}} 동무, 이건 구걸이 아니고 사람 사이의 정이오."

그날 밤 {{r:덕만}}이 아바이는 생활총화에서 호되게 비판을 받았다. 그리고 봄이 오기 전에 귀국했다. 떠나는 날 아침, 그는 나에게 장갑을 주면서 "{{r:창혁}}아, 너는 꼭 살아서 나가라"고 했다. 나는 그 말이 무슨 뜻인지 몰랐다. 지금은 안다.

2018년 여름 나는 현장을 나왔다. 그 이야기는 여기에 쓰지 않겠다. 다만 {{u:한국}}에 온 첫 겨울, 눈 오는 날 공사장 앞을 지나다가 나도 모르게 벽돌 세는 소리를 따라 했다. "하나, 둘." 그때 옆에 있던 정착도우미 {{p:윤서
진}} 선생님이 무엇을 세느냐고 물었다. 나는 {{r:손덕만}}이라는 사람을 세고 있다고 대답했다.

어머니 {{p:김옥련}}은 아직 북에 계신다. 어머니가 이 글을 읽을 수 없다는 것을 안다. 그래도 쓴다. 얼어붙은 벽돌 사이에 누가 있었는지 누군가는 기억해야 하니까.

────────────
응모자: {{r:유창혁}} (필명 사용 희망: "{{r:유벽돌}}")
연락처: (생략)
""",
    },
    {
        "id": "h73-mixed-01",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kim Ok-ju", "김옥주", "witness", ["Ok-ju"]),
            ("Kim Chol-min", "김철민", "relative", ["Chol-min"]),
            ("Thongchai Saelee", "통차이 새리", "other", ["Thongchai"]),
        ],
        "note": "Thai police arrest record (OCR of an English courtesy translation with the Thai original heading) for two North Koreans and a Thai boatman at the Mekong; OCR-garbled names (Kirn, 0k-ju, Chol-rnin); Thai rank titles outside the name; คุณ outside; Korean NGO notes; CRLF.",
        "text": """บันทึกการจับกุม (ARREST RECORD) - courtesy translation, OCR
Place of record: {{u:Chiang Saen Police Station}}, {{u:Chiang Rai}}
Date/time: 14 March 2019, 05:40

Arresting officers: Pol.Capt. {{p:Somchai Jaidee}}, Pol.Sgt.Maj. {{p:Anan Wongsa}}, with ร.ต.อ.{{p:สมชาย ใจดี}} signing as recorder.

Persons arrested:
1. Ms {{r:KIRN 0K JU}} (passport none), female, age approx. 34, nationality {{u:North Korea}} (self-declared)
2. Mr {{r:KIM CHOL-RNIN}} (passport none), male, age approx. 37, nationality {{u:North Korea}} (self-declared)
3. Mr {{r:THONGCHAI SAELEE}}, Thai, age 52, boat operator, ID 3-57xx-xxxxx-xx-x

Circumstances: At approx. 04:50 officers on patrol observed a long-tail boat landing at the river bank near the old pier. Two foreign persons (no. 1 and 2) and the boat operator (no. 3) were detained. Persons 1 and 2 presented a paper written in Thai and English stating "We are from {{u:North Korea}}. Please contact the {{u:UNHCR}} or the Korean Embassy." Person 3 stated that he was paid 3,000 baht by an unknown Lao man called "{{p:Ai Noy}}" to carry the two across.

Charges: persons 1 and 2 - illegal entry ({{u:Immigration Act B.E. 2522}}, s. 62); person 3 - assisting illegal entry (s. 64).

Statement of arrested person no. 1 (through interpreter Mr {{p:Lee Sung-jae}}, by telephone): She states that she and person no. 2 are brother and sister. She worked for four years in a restaurant in {{u:Vientiane}}. She does not wish to return to {{u:North Korea}}.

Signed: ร.ต.อ.{{p:สมชาย ใจดี}} / Pol.Capt. {{p:S. Jaidee}}
Arrested persons: [thumbprint] {{r:KIRN 0K JU}}  [thumbprint] {{r:KIM CHOL-RNIN}}  [signature] {{r:ทงชัย แซ่ลี้}}

---
[단체 메모 / {{p:석다인}}]
- OCR에서 이름이 깨짐: "{{r:KIRN 0K JU}}" = {{r:김옥주}}, "{{r:KIM CHOL-RNIN}}" = {{r:김철민}}. 원본 스캔으로 확인함.
- {{r:옥주}} 씨는 {{u:비엔티안}} 식당 출신. 동생 {{r:철민}} 씨는 {{u:라오스}} 건설현장에 있다가 누나를 따라 나옴. 둘 다 "{{u:북한}}"이라고 적은 쪽지를 미리 준비해 둠.
- 뱃사공 {{r:통차이}}(คุณ{{r:ทงชัย}})는 벌금형 후 석방됐다고 통역 {{p:이승재}} 님이 전해 줌. 쪽지는 "{{p:Ai Noy}}"라는 사람이 써 줬다고.
- 경찰서 측 담당: ร.ต.อ.{{p:สมชาย}}. 친절했다고 {{r:Ok-ju}} 씨가 말함.
""",
    },
    {
        "id": "h73-mixed-02",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kang Yong-dok", "강영덕", "witness", ["Yong-dok", "カン・ヨンドク"]),
            ("Choi Sung-hoon", "최성훈", "other", ["崔成勳", "チェ・ソンフン"]),
        ],
        "note": "Japanese provisional-release (仮放免) guarantor form for a North Korean fisherman who landed in Japan after working on Chinese-flagged boats, with Korean NGO notes; names in katakana, kanji and hangul; さん and 様 outside; pastor guarantor; immigration bureau public.",
        "text": """仮放免許可申請書 - 身元保証書（写し）

{{u:東京出入国在留管理局}}長 殿

被仮放免者
 氏名：{{r:カン・ヨンドク}}（{{r:KANG YONG DOK}}／{{r:강영덕}}）
 国籍：{{u:朝鮮}}（本人申告）
 生年月日：1983年7月2日

身元保証人
 氏名：{{r:崔成勳}}（{{r:チェ・ソンフン}}）
 職業：牧師（{{u:在日大韓基督教会}} 所属）
 住所：{{u:東京都新宿区}}（以下略）
 被仮放免者との関係：支援者

私は、上記の者が仮放免を許可された場合、その身元を保証し、出頭義務、住居の制限その他の条件を遵守させることを誓約します。

令和6年2月14日
身元保証人 {{r:崔成勳}} ㊞

【補足書面（担当弁護士 {{p:田中恵子}}）】
{{r:カン}}さんは、2017年から2022年まで中国籍漁船で乗組員として働かされ、報酬を受け取っていません。船長の{{p:王}}（乗組員は「{{p:王船長}}」と呼んでいた）と、{{u:北朝鮮}}側の管理者{{p:チョン}}某が賃金を管理していたと供述しています。{{r:カン}}さんは2023年、寄港中に下船し保護を求めました。{{r:崔}}牧師様は入管収容中から毎週面会を続けています。

---
[단체 메모 / {{p:나혜원}}]
- {{r:영덕}} 씨 보증인은 {{r:최성훈}} 목사님. 일본식 이름 표기는 "{{r:チェ・ソンフン}}", 한자 "{{r:崔成勳}}".
- 담당 변호사 {{p:다나카 게이코}}({{p:田中恵子}}) 님 말로는 심사관 {{p:佐藤}}さん이 "보증인이 {{u:한국}} 국적이어서 문제 없다"고 했다고.
- {{r:강영덕}} 씨가 배에서 같이 일했던 동료로 "{{p:옥남}}이"와 "{{p:명수}} 형"을 말함. {{p:명수}} 형은 배에서 다리를 다쳤다고.
- 국적란 "{{u:朝鮮}}"은 본인 신고 그대로 둠. 나중에 {{r:강}} 씨와 상의.
""",
    },
    {
        "id": "h73-mixed-03",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Pak Song-il", "박성일", "coworker", ["Пак Сон Ир", "Пака"]),
            ("Kye Chang-ryol", "계창렬", "supervisor", ["Кё Чан Рёль"]),
            ("Ri Yong-chan", "리용찬", "witness", ["Ли Ён Чан"]),
        ],
        "note": "Russian morgue body-release register (OCR, Cyrillic) for a North Korean construction worker, with Korean notes; Russian case endings kept (Пака, Кё Чан Рёлю); OCR-garbled Cyrillic name; morgue staff, investigator and driver private; CRLF.",
        "text": """ЖУРНАЛ ВЫДАЧИ ТЕЛ УМЕРШИХ (копия страницы, OCR)
Морг ГБУЗ (отделение судебно-медицинской экспертизы), г. {{u:Уссурийск}}

№ п/п | Дата поступл. | ФИО умершего          | Дата выдачи | Кому выдано (ФИО, документ)                 | Подпись выдавшего
214   | 03.02.2018    | {{p:Сидоренко Олег Петрович}} | 06.02.2018  | {{p:Сидоренко Н. В.}} (жена), паспорт {{u:РФ}}          | {{p:Галиева}}
215   | 04.02.2018    | {{r:Пак Сон Ир}}                | 09.02.2018  | {{r:Кё Чан Рёлю}}, представитель организации, паспорт {{u:КНДР}} 7х/ххх | {{p:Галиева}}
216   | 05.02.2018    | Неизвестный мужчина (?)  | -           | -                                          | -
217   | 07.02.2018    | {{p:Ахмедов Р. Ш.}}           | 08.02.2018  | {{p:Ахмедова З.}} (сестра)                      | {{p:Фомин}}

Примечание к № 215: причина смерти - падение с высоты (заключение эксперта {{p:Ломакина И. А.}}). Тело выдано для кремации. Родственники не установлены. Вещи умершего (часы, 1 200 руб.) переданы {{r:Кё Чан Рёлю}}, о чём имеется подпись. Следователь {{p:Буров}} уведомлён. Водитель катафалка {{p:Гена}}.

OCR-варианты на странице: "{{r:Паk Coн Иp}}", "{{r:Kё Чaн Pёль}}".

---
[단체 메모 / {{p:곽민서}}]
- 215번 "{{r:Пак Сон Ир}}" = {{r:박성일}}. 같은 현장에 있던 {{r:리용찬}} 씨(현지 서류상 "{{r:Ли Ён Чан}}")가 이 페이지 사진을 구해 줌. {{r:용찬}} 씨는 {{r:성일}}이 형이 2월 3일 밤 9층 외벽에서 떨어졌다고 함.
- 시신을 받아 간 "{{r:Кё Чан Рёль}}"은 현장 대표 {{r:계창렬}}. 현지 직원 {{p:갈리예바}} 씨 말로는 가족 대신 회사 사람이 받아 가는 경우가 흔하다고.
- 수사 기록에는 "{{r:Пака}} столкнули?"라는 질문이 남아 있다고 {{r:리용찬}} 씨가 들었다 함 (확인 안 됨). 변호사 {{p:Ольга Миронова}}에게 열람 요청 중.
- 216번은 이름 없는 사람. 우리 사건과 관계없음.
""",
    },
    {
        "id": "h73-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Han Kwang-nam", "한광남", "witness", ["Хан Гван Нам", "Хана"]),
            ("Ri Un-chol", "리운철", "supervisor", ["Ли Ын Чхоль", "Бригадир Ли"]),
            ("Jong Tok-hun", "정덕훈", "coworker", ["Чон Док Хун"]),
        ],
        "note": "Russian police officer's detection report (рапорт) about North Korean workers living in an unfinished cottage, with a Korean translation summary; Russian case endings (Хана Гван Нама, у Ли); surname Ли indeclinable; a Russian owner and neighbour; the Korean surname Han beside the Russian word хан; Korean NGO notes.",
        "text": """Начальнику ОМВД {{u:России}} по району
подполковнику полиции {{p:Кравцову А. С.}}

РАПОРТ

Докладываю, что 17.06.2019 в 11 ч 20 мин, при проверке сообщения гр. {{p:Зуевой Т. М.}} (КУСП № 4412) о проживании посторонних лиц на строящемся участке по адресу: СНТ «Берёзка», уч. 58, мною, участковым уполномоченным полиции лейтенантом полиции {{p:Савиным Д. И.}}, совместно с ст. сержантом {{p:Габдуллиным Р. Р.}}, выявлены три гражданина {{u:КНДР}}:

1. {{r:Хан Гван Нам}}, 1984 г.р.;
2. {{r:Ли Ын Чхоль}}, 1972 г.р. (называет себя бригадиром);
3. {{r:Чон Док Хун}}, 1990 г.р.

Со слов {{r:Ли Ын Чхоля}}, граждане выполняют отделочные работы в доме по договору с собственником участка гр. {{p:Мельниковым В. Г.}} Документы (паспорта) находятся у {{r:Ли}}, предъявлены. У {{r:Хана Гван Нама}} и {{r:Чон Док Хуна}} разрешение на работу (патент) отсутствует. Гр. {{p:Мельников}} по телефону пояснил, что нанимал «бригаду {{r:Ли}}» через знакомого, некоего «{{p:Володю}}», и оплату передавал наличными бригадиру.

При опросе {{r:Хана}} через переводчика-приложение установлено, что он проживает на участке около 4 месяцев, заработную плату на руки не получает, «деньги у бригадира». Гр. {{p:Зуева}} пояснила, что рабочие «тихие, но работают по ночам, как при хане каком-то».

Учитывая изложенное, в действиях {{r:Ли Ын Чхоля}} и {{p:Мельникова В. Г.}} усматриваются признаки административного правонарушения, предусмотренного ст. 18.15 {{u:КоАП РФ}}. Прошу зарегистрировать рапорт.

УУП лейтенант полиции {{p:Д. И. Савин}}
17.06.2019

---
[번역 요약 + 메모 / {{p:엄지수}}]
현지 경찰 구역경찰관 {{p:사빈}} 중위의 보고서(рапорт). 이웃 {{p:주예바}}의 신고로 별장 공사현장에서 {{u:북한}} 노동자 3명 적발: {{r:한광남}}, {{r:리운철}}(반장), {{r:정덕훈}}. 여권은 {{r:리운철}} 반장이 보관. 집주인 {{p:멜니코프}}는 "{{r:리}}의 작업반"을 "{{p:볼로댜}}"라는 사람을 통해 구했다고.
※ 원문의 "как при хане"는 '칸(군주) 시대처럼'이라는 러시아어 표현으로, {{r:한광남}}의 성과는 무관함.
{{r:광남}} 씨는 이후 추방 직전에 이탈, 2020년 입국. {{r:덕훈}}이의 행방은 모른다고.
""",
    },
    {
        "id": "h73-mixed-05",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Kim Myong-jin", "김명진", "witness", ["Ким Мён Джин", "Мён Джин"]),
            ("Choe Hyon-u", "최현우", "supervisor", ["Цой Хён У"]),
        ],
        "note": "Russian materials write-off act (акт списания) from a building site, signed by a commission and by a North Korean brigade leader, blaming a worker for missing material, with Korean notes; Korean surname Choe in its Russian form Цой; instrumental and genitive endings (Ким Мён Джином, Цоя); a Russian foreman called by patronymic only; first half of lines CRLF.",
        "text": """УТВЕРЖДАЮ
Генеральный директор ООО «СтройМонтаж-Восток»
{{p:Кондратьев П. Л.}}
«30» сентября 2017 г.

АКТ № 17 о списании материалов

Комиссия в составе: председатель - главный инженер {{p:Рыбаков С. Н.}}, члены комиссии - прораб {{p:Тимофеев А. А.}}, кладовщик {{p:Пестова Л. В.}}, бригадир {{r:Цой Хён У}} ({{u:КНДР}}) - составила настоящий акт о нижеследующем:

1. При инвентаризации на объекте «Жилой дом, корпус 3» выявлена недостача материалов:
 - плитка керамическая - 42 м²;
 - смесь штукатурная - 18 мешков;
 - кабель ВВГ 3х2,5 - 150 м.

2. Со слов бригадира {{r:Цоя Хён У}}, недостача возникла по вине рабочего его бригады {{r:Ким Мён Джина}}, который якобы «продавал материал на сторону». Рабочий {{r:Ким Мён Джин}} вину не признал. Объяснение {{r:Ким Мён Джином}} не подписано.

3. Комиссия решила: списать материалы на сумму 63 480 руб.; стоимость удержать из оплаты бригады {{r:Цоя}} согласно договору подряда.

Подписи: {{p:Рыбаков}} / {{p:Тимофеев}} / {{p:Пестова}} / {{r:Цой}}
Ознакомлен: ________ (отказ от подписи; подписал {{p:Тимофеев}})

---
[단체 메모 / {{p:변하림}}]
- "{{r:Цой Хён У}}"는 반장 {{r:최현우}}. 러시아어로 최 씨 성은 "Цой"로 적는다. {{r:명진}} 씨는 반장을 늘 "{{r:최}} 반장"이라고 부름.
- {{r:김명진}} 씨 말로는 자재를 판 사람은 {{r:최현우}} 본인이고, 현지 감독 "{{p:안드레이치}}"({{p:Тимофеев}}의 부칭 애칭)도 알고 있었다고 함. 자기는 서명을 거부했다고.
- 결국 6만 3천 루블은 작업반 전체 임금에서 깎였고, 반원들은 {{r:명진}}이 탓이라고 {{r:명진}} 씨를 따돌림. 동료 {{p:황철수}}만 편을 들어 줬다고.
- 창고 담당 {{p:페스토바}} 씨가 나중에 {{r:Мён Джин}}에게 "미안하다"고 했다는 이야기도 있음 (본인 진술).
""",
    },
    {
        "id": "h73-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Yong-chol", "김영철", "witness", ["Ким Ен Чер", "Yong-chol"]),
            ("So Hye-ran", "소혜란", "other", ["Hye-ran"]),
        ],
        "note": "Russian notification of a decision not to permit entry, addressed to a former North Korean worker in dative and genitive forms (Ким Ен Черу, Ким Ен Чера), with an English cover e-mail from the NGO; signatory and clerk private; NGO staffer with the surname So beside 'So,'; the worker's common name shared with a public figure is treated as private here.",
        "text": """From: {{r:hye-ran.so}}@[ngo domain]
To: legal-team@[ngo domain]
Subject: FW: entry ban - {{r:Kim Yong-chol}} (RU-14-009)

Hi all,

So, {{r:Yong-chol}} finally got the paper copy of the Russian entry-ban notice through his cousin in {{u:Vladivostok}}. Scan and my rough translation below. Note the name: in Russian he is "{{r:Ким Ен Чер}}", which is how the migration service spelled it in 2014. (Yes, he shares the name with a well-known official back home; he's heard every joke, please don't.)

{{r:Hye-ran}}

---------- scan (OCR) ----------
[шапка бланка обрезана]
Управление по вопросам миграции

УВЕДОМЛЕНИЕ
о принятии решения о неразрешении въезда в {{u:Российскую Федерацию}}

Гражданину {{u:КНДР}} {{r:Ким Ен Черу}}, 12.04.1980 г.р.

Настоящим уведомляем Вас, что в отношении Вас принято решение о неразрешении въезда сроком на 10 лет в соответствии с подп. 14 ч. 1 ст. 27 {{u:Федерального закона № 114-ФЗ}}, в связи с уклонением от выезда по истечении срока пребывания.

Решение принято 03.09.2019. Подготовил: инспектор {{p:Кузьмина Е. А.}}
Начальник отдела {{p:А. В. Шапошников}}

Копия: в дело {{r:Ким Ен Чера}}; ООО «ДальСтройИнвест» (принимающая сторона), вниманию {{p:Лысенко О. П.}}
---------- end ----------

My notes ({{r:HR}}):
- "{{r:Ким Ен Черу}}" is the dative ("to {{r:Kim Yong-chol}}"), "{{r:Ким Ен Чера}}" the genitive ("file of {{r:Kim Yong-chol}}"). Same man.
- The ban is for "failing to leave after his stay expired", i.e. the months after he walked off the site in 2019. He had no choice: his brigade leader {{p:Pae}} kept his passport.
- The host company's contact {{p:Lysenko}} is the HR woman {{r:Yong-chol}} remembers as "{{p:Olga Petrovna}}".
- Relevance: none for his status here, but {{p:Jae-min}} asked to keep it for the wage claim against the company. {{p:Jae-min}}, over to you.
""",
    },
    {
        "id": "h73-mixed-07",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ri Chun-hwa", "리춘화", "witness", ["李春花", "春花"]),
            ("Kim Yon-ok", "김연옥", "coworker", ["金妍玉"]),
            ("Wang Jianguo", "왕젠궈", "supervisor", ["王组长", "老王"]),
        ],
        "note": "Chinese seafood-plant attendance-anomaly appeal forms (考勤异常申诉单) for North Korean women workers, with Korean notes; Korean names in Hanzi; Chinese forms of address labelled whole (王组长, 老王, 小金); a zero-width space inside a Hanzi name; the team leader's signature; CRLF.",
        "text": """考勤异常申诉单（复印件）
部门：二车间（鱿鱼加工）   班组：朝鲜工三组

申诉人：{{r:李春花}}   工号：KP-0317
异常日期：2021年11月8日
异常类型：□迟到 □早退 ☑旷工 □漏打卡
申诉理由：当天早上发烧，在宿舍休息，已向组长请假。组长同意，但没有在系统里登记。
证明人：{{r:金妍玉}}（同宿舍）
班组长意见：情况属实，本人已口头同意。—— {{r:王建国}}
人事部意见：按事假处理，不扣全勤奖。—— {{p:刘\u200b晓燕}}

申诉人：{{r:金妍玉}}   工号：KP-0322
异常日期：2021年11月9日
异常类型：☑漏打卡
申诉理由：指纹机认不出手指（手指被冻伤，皮肤裂开）。当天正常上班。
证明人：{{r:李春花}}、{{p:小金}}（翻译）
班组长意见：属实。建议给朝鲜工配手套。—— {{r:老王}}
人事部意见：同意补卡。—— {{p:刘晓燕}}

申诉人：{{p:朴善姬}}   工号：KP-0330
异常日期：2021年11月9日
异常类型：☑早退
申诉理由：被管理员叫去开会。
班组长意见：不清楚，请问{{p:金管理员}}。—— {{r:王组长}}
人事部意见：驳回。

---
[단체 메모 / {{p:조아름}}]
- {{r:李春花}} = {{r:리춘화}} 씨 본인. 같은 방 {{r:金妍玉}}은 {{r:김연옥}}.
- {{r:춘화}} 씨 말로는 조장 {{r:왕젠궈}}({{r:老王}})는 "사람은 괜찮았다". 문제는 북측 관리원 {{p:金管理员}}, 즉 {{p:김선희}}였다고. 세 번째 사람 {{p:朴善姬}}({{p:박선희}})가 "회의"에 불려 간 날 생활총화 비판을 받았다고 함.
- "{{p:小金}}"은 조선족 통역 {{p:김미령}}. 직원들 사이에서 {{p:小金}}으로 통함.
- 손가락 동상 건은 산재 자료로 쓸 수 있음. {{r:연옥}} 씨 연락처는 {{r:춘화}} 씨가 알고 있음.
""",
    },
    {
        "id": "h73-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pak Sun-hui", "박순희", "witness", ["朴顺姬", "순희"]),
            ("Liu Changsheng", "류창성", "other", ["老刘", "刘经理"]),
        ],
        "note": "Chinese hospital admission-deposit receipts (住院预交金收据) for a North Korean garment worker, paid by the factory, with Korean notes; patient name in simplified Hanzi and hangul; payer's Chinese forms of address labelled whole (老刘, 刘经理); cashier's name stamp; the North Korean minder's surname only.",
        "text": """住院预交金收据
医院：{{u:丹东市第一医院}}（门诊收费处）   No. 0098231

患者姓名：{{r:朴顺姬}}   性别：女   年龄：29
住院号：2019-11-0457   科室：普外科
交款人：{{r:刘长生}}（单位：服装厂）
交款方式：现金
金额：人民币叁仟元整（¥3,000.00）
收款员：{{p:张丽}}（章）
日期：2019年11月21日

住院预交金收据   No. 0098577
患者姓名：{{r:朴顺姬}}   住院号：2019-11-0457
交款人：{{p:车}}（朝方管理人员）
金额：人民币壹仟元整（¥1,000.00）
收款员：{{p:王敏}}（章）
日期：2019年11月25日

出院结算单（摘要）
患者：{{r:朴顺姬}}   诊断：急性阑尾炎（穿孔）
预交金合计：¥4,000.00   实际费用：¥6,212.40   补交：¥2,212.40（交款人：{{r:刘经理}}）
主治医师：{{p:赵永强}}

---
[단체 메모 / {{p:홍유나}}]
- {{r:朴顺姬}} = {{r:박순희}} 씨. 맹장이 터져서 입원. 처음 보증금은 공장 측 {{r:老刘}}({{r:류창성}} 경리)가 냄. 두 번째는 북측 관리원 "{{p:차}}" 선생이 냈는데 나중에 {{r:순희}} 씨 월급에서 전액 뺐다고 함.
- {{r:순희}} 씨: "{{r:刘经理}}는 자기 돈 낸 걸 돌려받지 않았다. {{p:차}} 선생은 열 배로 받아 갔다."
- 담당 의사 {{p:자오융창}}({{p:赵永强}}) 이름은 {{r:순희}} 씨가 기억한 것과 일치.
- 같이 입원해 있던 옆 침대 아주머니 {{p:쑨}} 씨가 귤을 줬다는 이야기. 이름은 모름.
""",
    },
    {
        "id": "h73-mixed-09",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jang Chol-gu", "장철구", "coworker", ["张哲九", "철구"]),
            ("Kim Hak-song", "김학송", "witness", ["학송"]),
            ("Ma Yong-hwan", "마영환", "supervisor", ["马永焕"]),
        ],
        "note": "Chinese cremation certificate (火化证明) for a North Korean seafood-plant worker who died in Hunchun, with an English caseworker summary and Korean testimony notes; deceased in Hanzi, hangul and pinyin; the applicant is the North Korean manager whose surname Ma is also a Chinese surname; crematorium staff private; the witness identifies the body's handling.",
        "text": """火化证明
编号：HC-2020-1187

死者姓名：{{r:张哲九}}   性别：男   年龄：41
国籍：{{u:朝鲜}}   证件号码：（护照）654xxxxxx
死亡日期：2020年4月2日   死亡原因：心源性猝死（医院证明）
火化日期：2020年4月6日
骨灰领取人：{{r:马永焕}}（单位负责人）   与死者关系：同事
经办人：{{p:孙立军}}   审核：{{p:高\u200b红梅}}
殡仪馆（章）

---
Caseworker summary (EN) - {{p:Rachel Kwon}}, 14 Aug 2023
The certificate concerns {{r:Jang Chol-gu}} ({{r:Zhang Zhejiu}} in pinyin), a worker at a fish-processing plant in {{u:Hunchun}}. The ashes were collected by "{{r:Ma Yonghuan}}", i.e. the North Korean manager {{r:Ma Yong-hwan}}, listed as a "colleague". Our witness, {{r:Kim Hak-song}}, shared a room with {{r:Jang}} and says {{r:Jang}} had complained of chest pain for two weeks and asked {{r:Ma}} three times to see a doctor. The cause "sudden cardiac death" appears on the certificate; {{r:Hak-song}} believes overwork was the cause. Note: the surname {{r:Ma}} (마) is also common among Han Chinese; the crematorium clerk {{p:Sun}} may have assumed {{r:Ma}} was Chinese.

---
[증언 메모 / {{r:김학송}} 씨 구술, 정리 {{p:권레이첼}}]
"{{r:철구}} 형은 3월 내내 가슴이 아프다고 했다. {{r:마영환}} 지배인한테 세 번 말했는데, 코로나 때문에 병원 못 간다고 했다. 4월 2일 아침에 안 일어나서 내가 흔들었다. {{r:철구}} 형은 이미 차가웠다."
"화장하는 날 우리는 못 갔다. {{r:마}} 지배인하고 조선족 통역 {{p:최영매}}만 갔다. 유골은 {{r:마}} 지배인이 가지고 있다가 나중에 북으로 보냈다고 들었다."
"{{r:철구}} 형 부인 이름은 {{p:송미옥}}. 애들 둘. 그 집에 누가 알려 줬는지 모른다."
""",
    },
    {
        "id": "h73-mixed-10",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Choe Un-gyong", "최은경", "witness", ["崔恩京", "은경"]),
            ("Sok Myong-hui", "석명희", "supervisor", ["石明姬", "석 책임자"]),
        ],
        "note": "Chinese garment-factory badge replacement requests (厂牌补办申请) from North Korean women workers, with Korean notes; fullwidth Latin letters in a romanised name on the form; Chinese forms of address labelled whole (小陈, 陈主管); the North Korean supervisor's signature as surname plus title; first half of lines CRLF.",
        "text": """厂牌补办申请表
部门：缝纫三线   日期：2018年6月4日

申请人：{{r:崔恩京}}（{{r:ＣＨＯＥ　ＵＮ　ＧＹＯＮＧ}}）   工号：D-118
补办原因：厂牌洗衣服时泡坏，照片看不清。
申请人签名：{{r:崔恩京}}
部门主管：同意。—— {{p:陈主管}}
朝方负责人：同意。—— {{r:石}}（签）
工本费：20元（从工资扣）

厂牌补办申请表
部门：缝纫三线   日期：2018年6月4日

申请人：{{p:韩玉兰}}（{{p:ＨＡＮ　ＯＫ　ＲＡＮ}}）   工号：D-121
补办原因：厂牌丢失（可能在食堂）。
申请人签名：{{p:韩玉兰}}
部门主管：同意。以后注意。—— {{p:小陈}}
朝方负责人：不同意，先写检讨。—— {{r:石明姬}}
备注：检讨书已交。6月6日补办。经办：{{p:周\u200b倩}}

厂牌补办申请表
部门：整烫   日期：2018年6月9日
申请人：{{p:李顺玉}}（{{p:ＲＩ　ＳＵＮ　ＯＫ}}）   工号：D-140
补办原因：厂牌被{{r:石老师}}收走，现在还回来时已经断了。
部门主管：?? —— {{p:陈}}
朝方负责人：（空白）

---
[단체 메모 / {{p:여은비}}]
- {{r:崔恩京}} = {{r:최은경}} 씨 본인이 보관하던 사본. 명단에 로마자가 전각 문자로 찍혀 있음.
- "{{r:石}}"은 북측 책임자 {{r:석명희}}. 노동자들은 "{{r:석}} 책임자", 중국 직원들은 "{{r:石老师}}"라고 불렀다고.
- 세 번째 {{p:李顺玉}}({{p:리순옥}}) 건: {{r:石老师}}가 출입증을 압수해서 밖에 못 나가게 했다가 돌려줄 때 부러져 있었다고 {{r:은경}} 씨가 증언. {{p:陈主管}}이 물음표 두 개를 적은 이유.
- 두 번째 {{p:韩玉兰}}({{p:한옥란}})은 "반성문" 쓰고 나서야 재발급.
""",
    },
    {
        "id": "h73-mixed-11",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ri Myong-ho", "리명호", "witness", ["ري ميونغ هو", "Myong-ho"]),
            ("Yang Chol-su", "양철수", "supervisor", ["يانغ تشول سو"]),
        ],
        "note": "Kuwaiti midday outdoor-work-ban inspection report in Arabic with an English courtesy translation and a Korean note; North Korean names in Arabic script; the conjunction و prefixed to a name stays outside; inspectors and site engineer private; the Public Authority for Manpower public; CRLF.",
        "text": """تقرير تفتيش - قرار حظر العمل في الأماكن المكشوفة وقت الظهيرة
{{u:الهيئة العامة للقوى العاملة}} - إدارة التفتيش

التاريخ: 18/07/2017   الوقت: 12:40
الموقع: مشروع سكني، قطعة 4 (شركة مقاولات خاصة)
المفتشون: {{p:خالد العنزي}}، {{p:فهد الرشيدي}}

المخالفة: وجود عمال يعملون على السقف تحت أشعة الشمس المباشرة خلال فترة الحظر (11:00 - 16:00).
العمال الذين تم رصدهم (الجنسية: كوري شمالي):
1. {{r:ري ميونغ هو}}
2. {{p:كيم سونغ إيل}}
3. {{p:باك تشانغ مين}}
4. {{p:هان يونغ تشول}}

أفاد مشرف العمال {{r:يانغ تشول سو}} بأن العمل "كان لمدة قصيرة فقط". وقد تم التحدث مع مهندس الموقع {{p:أحمد سمير}} و{{r:يانغ تشول سو}} وإبلاغهما بالمخالفة. رفض {{r:يانغ}} التوقيع.
الإجراء: تحرير مخالفة بحق الشركة، وإيقاف العمل في الموقع حتى الساعة 16:00.

توقيع المفتش: {{p:خالد العنزي}}

---
Courtesy translation (EN) - prepared for the NGO by {{p:Lina Haddad}}
Inspection report - midday outdoor work ban, {{u:Public Authority for Manpower}}, 18/07/2017, 12:40. Inspectors {{p:Khaled Al-Enezi}} and {{p:Fahad Al-Rashidi}} found four North Korean workers on the roof during the ban hours: {{r:Ri Myong-ho}}, {{p:Kim Song-il}}, {{p:Pak Chang-min}}, {{p:Han Yong-chol}}. Their supervisor, {{r:Yang Chol-su}}, said the work was "only for a short time". The inspectors spoke to the site engineer, {{p:Ahmed Samir}}, and to {{r:Yang}}, and informed both of the violation. {{r:Yang}} refused to sign. Work stopped until 16:00; fine issued to the company.

---
[단체 메모] {{r:명호}} 씨 말로는 검사원이 떠나고 오후 4시 전에 {{r:양철수}} 반장이 다시 올려 보냈다고 함. "{{r:양}} 반장은 '아랍 사람들은 4시에 퇴근한다'고 했다." 같이 있던 {{p:김성일}}은 그날 저녁 쓰러졌다고.
""",
    },
    {
        "id": "h73-mixed-12",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jon Hyok-chol", "전혁철", "supervisor", ["Mr. Jon"]),
            ("Kim Song-ho", "김성호", "witness", ["Song-ho"]),
        ],
        "note": "Gulf construction company's Ramadan working-hours circular in Arabic and English with a Korean NGO note; shift supervisors from several countries listed; North Korean brigade leader as 'Mr. Jon', the surname Jon; HR and project managers private; the circular's own distribution list; السيد outside.",
        "text": """تعميم داخلي رقم 14/2019
إلى: جميع المشرفين ومسؤولي الورديات
الموضوع: ساعات العمل خلال شهر رمضان المبارك

يرجى العلم بأن ساعات العمل خلال شهر رمضان ستكون ست ساعات يومياً، من الساعة 7:00 صباحاً حتى 1:00 ظهراً، لجميع العاملين دون استثناء.
يتحمل مشرفو الورديات مسؤولية الالتزام بهذا التعميم.

مدير الموارد البشرية: {{p:سامي حداد}}

INTERNAL CIRCULAR No. 14/2019
To: all supervisors and shift in-charges
Subject: Working hours during the holy month of Ramadan

Please note that during Ramadan working hours will be SIX hours per day, 07:00-13:00, for ALL workers without exception. Shift in-charges are responsible for compliance and must sign below.

HR Manager: {{p:Sami Haddad}}   Project Manager: {{p:Rajesh Menon}}

Shift in-charge acknowledgements:
Zone A (blockwork)      - {{p:Bishnu Thapa}}       signed
Zone B (formwork)       - {{p:Md. Rafiqul Islam}}  signed
Zone C (steel fixing)   - {{p:Arjun Pillai}}       signed
Zone D (finishing, {{u:DPRK}} team) - Mr. {{r:Jon}} / السيد {{r:جون هيوك تشول}}   signed "{{r:Jon H.C.}}"

Distribution: site notice board; camp notice board; {{p:Sami}}; {{p:Rajesh}}; safety officer {{p:Gerald}}

---
[단체 메모 / {{p:박소율}}]
- 자료 제공: {{r:김성호}} 씨 (2019년 당시 D구역 마감 작업). 공지문 사진.
- D구역 서명자 "Mr. {{r:Jon}}"은 작업반장 {{r:전혁철}}. {{r:전혁철}} 반장은 공지에 서명만 하고 반원들에게는 알리지 않았다고 함. {{r:성호}} 씨: "우리는 라마단이 뭔지도 몰랐다. 다른 나라 사람들이 1시에 들어가는 걸 보고 알았다. {{r:전}} 반장은 '우리는 무슬림이 아니다'라고 했다."
- 옆 구역 반장 {{p:비슈누}}가 {{r:성호}} 씨에게 물을 건네며 "why you still working?"이라고 물었던 장면을 기억함.
- 서명 "{{r:Jon H.C.}}"는 {{r:전혁철}}의 이니셜. 같은 현장에 성이 전씨인 사람이 한 명 더 있었다고 ({{p:전용남}}).
""",
    },
    {
        "id": "h73-mixed-13",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Chol-nam", "김철남", "witness", ["Kim Czol Nam", "Kima"]),
            ("Pak Yong-sop", "박영섭", "supervisor", ["Pak Jong Sop", "Pakiem"]),
            ("Ryu Kwang-il", "류광일", "coworker", ["Riu Kwang Il"]),
        ],
        "note": "Polish list of A1 posted-worker certificate applications for North Korean welders sent from a Polish subcontractor to a shipyard abroad, with OCR errors, an e-mail between the Polish HR officer and the social-insurance office, and Korean notes; Polish spellings of Korean names and case endings (Kima, Pakiem); ZUS public; an HR officer's diminutive.",
        "text": """ZESTAWIENIE WNIOSKÓW A1 (delegowanie pracowników) - skan, OCR
Płatnik: "Baltic Steel Service" Sp. z o.o.   Kraj delegowania: {{u:Holandia}}
Okres: 01.03.2017 - 31.08.2017

Lp. | Nazwisko i imię       | Obywatelstwo | Stanowisko | Nr wniosku
1   | {{r:KIM Czo1 Nam}}          | koreańskie   | spawacz    | A1/17/0441
2   | {{r:RIU Kwang I1}}          | koreańskie   | spawacz    | A1/17/0442
3   | {{p:HAN Mjong Cz0l}}        | koreańskie   | spawacz    | A1/17/0443
4   | {{r:PAK Jong Sop}}          | koreańskie   | brygadzista| A1/17/0444
5   | {{p:O Sung Hi}}             | koreańskie   | pomocnik   | A1/17/0445

----- e-mail -----
Od: {{p:Katarzyna Wiśniewska}} (kadry)
Do: Inspektorat {{u:ZUS}}
Temat: A1 - brakujące dokumenty

Dzień dobry,
w załączeniu przesyłam umowy dla Pana {{r:Kima}} i Pana {{r:Riu}}. Umowa z Panem {{r:Pakiem}} zostanie doręczona w przyszłym tygodniu, ponieważ Pan {{r:Pak}} jest obecnie na budowie. Pan {{p:O}} i Pan {{p:Han}} podpiszą dokumenty w obecności tłumacza, pana {{p:Dariusza}}.
Pozdrawiam, {{p:Kasia}}

Odpowiedź ({{p:Marek Zieliński}}, {{u:ZUS}}): Proszę o przesłanie umów o pracę w języku polskim dla wszystkich pięciu osób, w tym dla Pana {{p:O Sung Hi}}.

----- [단체 메모 / {{p:차예린}}] -----
- 1번 "{{r:KIM Czo1 Nam}}"(OCR에서 l이 1로 읽힘) = {{r:김철남}} 씨. 2번 {{r:류광일}}, 4번 반장 {{r:박영섭}}.
- {{r:철남}} 씨 말로는 현지 회사 직원 {{p:카샤}}(={{p:Katarzyna}}) 씨는 친절했지만 계약서는 한 번도 본인이 읽어 본 적 없다고. 통역 {{p:Dariusz}}는 실제로는 {{r:박영섭}} 반장 말만 옮겼다고.
- 5번 {{p:O Sung Hi}}는 {{p:오성희}}. 폴란드어 메일 속 "Pan {{p:O}}"가 이 사람.
- 파견지 조선소에서 일한 기간 임금은 모두 {{r:박}} 반장 계좌로 들어감.
""",
    },
    {
        "id": "h73-mixed-14",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Tae-ho", "김태호", "witness", ["Ким", "Тэхо"]),
            ("Pak Chol-ung", "박철웅", "supervisor", ["Пак"]),
            ("Dashdondog", "다시돈도그", "other", ["Дашаа"]),
        ],
        "note": "Mongolian cobbler's order book (Cyrillic) with entries for North Korean construction workers' boots, and the Korean note of the worker who kept a photo; Mongolian case suffixes fused to the name kept inside (Кимд, Пакийн), a hyphen-joined suffix left outside (Ли-гийн); ах/эгч titles outside; the cobbler's diminutive Дашаа.",
        "text": """ЗАХИАЛГЫН ДЭВТЭР - гутал засвар ({{r:Дашдондог}})
{{u:Улаанбаатар}}, 2018 оны 11 сар

Огноо | Захиалагч           | Ажил                      | Үнэ    | Тэмдэглэл
11.03 | {{p:Оюунаа}} эгч           | гутлын ул наах            | 15,000 | төлсөн
11.05 | {{r:Ким}} (солонгос)         | 3 хос ажлын гутал оёх      | 24,000 | {{r:Пак}} ах төлнө
11.05 | {{p:Батбаяр}}               | цүнхний цахилгаан          | 8,000  | төлсөн
11.09 | {{r:Пакийн}} хүмүүс          | 7 хос гутал, ул солих     | 56,000 | өр
11.12 | {{p:Ли}}-гийн ах дүү         | 2 хос                      | 16,000 | {{r:Кимд}} өгсөн
11.20 | {{p:Ганболд}}               | гутал будах               | 5,000  | төлсөн
11.26 | {{r:Ким}} {{r:Тэхо}}            | өөрийн гутал, үнэгүй       | 0      | {{r:Дашаа}} бэлэг

Тэмдэглэл ({{r:Дашаа}}): {{r:Пак}} ах өрөө 12 сард төлнө гэсэн. {{r:Кимд}} хэлсэн.

---
[단체 메모 - {{r:김태호}} 씨가 보관한 사진 설명 / 정리 {{p:방지안}}]
- 구두 수선공 {{r:다시돈도그}} 아저씨(모두 "{{r:다샤}}"라고 부름)의 장부. {{r:태호}} 씨가 귀국 명령 전날 몰래 찍어 둠.
- "{{r:Ким}}"이 {{r:김태호}} 씨 본인. 작업반 신발 수선을 맡아 다녔다고. "{{r:Пакийн}} хүмүүс"({{r:박}}의 사람들)은 반장 {{r:박철웅}}의 작업반 전체라는 뜻.
- 12일 줄의 "{{p:Ли}}-гийн ах дүү"는 옆 작업반 {{p:리}}씨 형제. 이름은 모름.
- 11월 9일 신발값 56,000투그릭은 결국 {{r:박철웅}} 반장이 갚지 않았고, {{r:다샤}} 아저씨가 {{r:태호}} 씨 것을 공짜로 고쳐 주며 "{{r:Тэхо}}, чи сайн яваарай(잘 가라)" 했다고 함.
""",
    },
    {
        "id": "h73-mixed-15",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Han Yun-hui", "한윤희", "witness", ["Yun-hui", "cô Han"]),
            ("Ko Myong-suk", "고명숙", "supervisor", []),
        ],
        "note": "Vietnamese ice-block delivery book for restaurants, including a North Korean restaurant, with the delivery man's remarks and a Korean note; Vietnamese titles (cô, chị, anh, bà) outside; a North Korean waitress known by surname Han and the manager by surname Ko; receivers' signatures; CRLF.",
        "text": """SỔ GIAO ĐÁ - tháng 6/2017 ({{p:Tuấn}} giao, xe số 2)
Khu vực: {{u:Ba Đình}}

Ngày | Quán                      | Người nhận        | Số cây | Tiền     | Ký
01/6 | Bún chả Hương Liên         | chị {{p:Hương}}         | 4      | 120.000  | {{p:Hương}}
01/6 | Nhà hàng Ngọc Lan          | cô {{r:Han}}            | 6      | 180.000  | {{r:한윤희}}
02/6 | Quán bia Hải Xồm           | anh {{p:Xồm}}           | 10     | 300.000  | {{p:Xồm}}
02/6 | Nhà hàng Ngọc Lan          | bà {{r:Ko}}             | 6      | 180.000  | {{r:고}}
03/6 | Quán nước bà {{p:Lan}}          | bà {{p:Lan}}            | 2      | 60.000   | -
03/6 | Nhà hàng Ngọc Lan          | cô {{p:Kim}} (mới)      | 6      | nợ       | -

Ghi chú ({{p:Tuấn}}): Quán Ngọc Lan trả tiền chậm, bà {{r:Ko}} bảo cuối tháng. Cô {{r:Han}} hay ra nhận đá, nói được ít tiếng Việt, hay hỏi em có con chưa. Ngày 3 cô {{r:Han}} không ra, cô {{p:Kim}} mới ra nhận, không biết ký. Bà {{r:Ko}} nói cô {{r:Han}} "về nước rồi". Không hiểu.

---
[단체 메모 / {{p:마서윤}}]
- {{u:하노이}}의 얼음 배달부 {{p:뚜안}} 씨 장부 사진. {{r:윤희}} 씨가 2023년 면담 때 "얼음 아저씨"라고 기억한 사람.
- 6월 1일 서명 "{{r:한윤희}}"는 {{r:윤희}} 씨 본인 글씨. 2일 서명 "{{r:고}}"는 지배인 {{r:고명숙}}.
- 3일에 "귀국했다"고 한 날이 {{r:윤희}} 씨가 식당을 나온 날. {{r:고명숙}} 지배인은 배달부에게 그렇게 둘러댔던 것.
- 새로 온 "{{p:Kim}}"은 누군지 모름.
""",
    },
    {
        "id": "h73-mixed-16",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Pak Yong-su", "박영수", "official", ["Dr. Pak", "Daktari Pak"]),
            ("Ri Kum-hui", "리금희", "witness", ["Kum-hui"]),
        ],
        "note": "Replies from the Tanzanian medical council to an NGO's licence verification requests about North Korean doctors, in English with Swahili phrases, and a Korean note; Swahili titles (Ndugu, Bi., Daktari) outside; registrar and clinic owner private; a nurse who became a witness; first half of lines CRLF.",
        "text": """{{u:MEDICAL COUNCIL OF TANGANYIKA}}
Ref: MCT/VER/2022/311
Date: 9 November 2022

Ndugu {{p:Elena Rossi}},
RE: VERIFICATION OF REGISTRATION

We refer to your letter of 12 October 2022 requesting verification of the registration status of the following persons said to practise at a clinic in {{u:Kinondoni}}:

1. Dr. {{r:PAK YONG SU}} - Not found in the Register of Medical Practitioners. No temporary licence issued.
2. Dr. {{p:KIM MYONG HAK}} - Temporary licence issued 2016, expired 2018. Not renewed.
3. Ms {{r:RI KUM HUI}} (nurse) - Not found. The Council does not register nurses; please contact the {{u:Nursing and Midwifery Council}}.

The Council has referred item 1 to the inspectorate. You are kindly requested not to publish this letter.

Wako,
Dr. {{p:J. M. Mwakalinga}}
for: Registrar

---
Follow-up (e-mail, 30 Jan 2023, {{p:Mwakalinga}} to {{p:Rossi}}):
"Habari. Our inspectors visited the clinic on 19 January. The owner, Bw. {{p:Salim Mussa}}, stated that "Daktari {{r:Pak}}" left in December. Bi. {{r:Ri}} was not present. Staff called the doctor "Daktari {{r:Pak}}" or "Dokta {{r:Pak}}". Case closed pending new information. Asante."

---
[단체 메모 / {{p:노하윤}}]
- {{r:박영수}} "의사"는 무면허로 침과 주사를 놓았고, 수입은 대사관 쪽 관리자 "{{p:고}} 선생"에게 들어갔다고 간호사였던 {{r:리금희}} 씨가 증언.
- {{r:금희}} 씨 말로는 {{r:Pak}} 선생은 실제로 북에서 의사 공부를 했지만 면허 서류는 {{p:Salim}} 사장이 "처리한다"고만 했다.
- 2번 {{p:김명학}}은 2018년 귀국. {{r:금희}} 씨는 {{p:김명학}} 선생을 "진짜 의사"라고 기억함.
- 레터 수신인 {{p:Elena}}는 협력 단체 연구원. 공개 금지 요청 유의.
""",
    },
    {
        "id": "h73-mixed-17",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Chol-su", "김철수", "supervisor", ["Кима", "Ким"]),
            ("Ryom Song-jin", "렴성진", "witness", ["Коля", "Kolya"]),
        ],
        "note": "Russian tradesman-marketplace profile of a North Korean renovation brigade with customer reviews, and a Korean note; the brigade named after its leader in the genitive (Бригада Кима); a worker known to customers by the Russian name Коля; reviewers' first names and initials; emoji; the word 'кимчи' is not a name.",
        "text": """Профиль исполнителя: «Бригада {{r:Кима}}» - ремонт квартир под ключ
Рейтинг: 4,8 ★ (63 отзыва) · На сервисе с 2017 года · Документы проверены: нет

О себе: Бригада из 8 человек. Штукатурка, плитка, обои, ламинат. Быстро, чисто, недорого. Работаем без выходных. Старший - {{r:Ким}}, тел. по запросу.

Отзывы:

{{p:Ирина}}, 14.05.2018 ★★★★★
Сделали ванную за 4 дня! Ребята вежливые, почти не говорят по-русски, но всё понимают. Особенно спасибо {{r:Коле}} - так они называют самого молодого, настоящее имя не выговорю 😊. Угостили кимчи.

{{p:Сергей К.}}, 02.07.2018 ★★★★☆
Работа хорошая, но оплату {{r:Ким}} попросил только наличными и только ему лично. Рабочим, кажется, ничего не достаётся.

{{p:Marina}}_dv, 19.09.2018 ★★★★★
{{r:Коля}} и ещё двое работали до 2 ночи, соседи жаловались. Я предложила им поесть - отказались, сказали «{{r:Ким}} ругать будет».

{{p:Алексей Пономарёв}}, 11.01.2019 ★★★☆☆
Бригадир {{r:Ким Чер Су}} сорвал сроки на неделю. Сказал, что людей забрали «на другой объект».

Ответ исполнителя ({{r:Ким}}): Спасибо за отзыв. Работаем для вас!

---
[단체 메모 / {{p:원보람}}]
- 이 프로필은 {{r:렴성진}} 씨가 알려 줌. 손님들이 부른 "{{r:Коля}}"가 {{r:성진}} 씨 본인. "{{r:콜랴}}"라는 이름은 손님 {{p:이리나}} 씨가 지어 줬다고.
- "{{r:Ким}}"은 작업반장 {{r:김철수}}(현지 서류상 "{{r:Ким Чер Су}}"). 돈은 전부 {{r:김철수}} 반장이 받았다.
- {{p:Сергей К.}}의 후기가 정확하다고 {{r:성진}} 씨가 말함.
""",
    },
    {
        "id": "h73-mixed-18",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jo Song-hui", "조송희", "witness", ["Song-hui"]),
            ("An Myong-chol", "안명철", "witness", ["Myong-chol"]),
        ],
        "note": "NGO researcher's org-mode agenda file mixing English and Korean; names in TODO headings, tags, property drawers and a link description; a zero-width space inside a name; the surnames Jo and An; a name wrapped across lines in a long heading; tag names that spell a surname are labelled.",
        "text": """#+TITLE: casework agenda - week 41
#+AUTHOR: {{p:Min-seo Ahn}}
#+FILETAGS: :casework:

* TODO Call {{r:Jo Song-hui}} re: {{u:Kuwait}} consent form       :{{r:jo}}:consent:
  SCHEDULED: <2024-10-07 Mon 10:00>
  :PROPERTIES:
  :CONTACT:  {{r:조송희}} (via {{p:Ha-eun}})
  :CASE:     KW-19-006
  :END:
  - {{r:Song-hui}} wants to remove her sister's name ({{p:조\u200b송미}}) from the statement.
  - ask {{p:Ha-eun}} to be on the call; {{r:송희}} 씨 prefers a woman interpreter.

* WAITING {{r:An Myong-chol}}: translation of Russian medical certificate back from {{p:Ilya}}   :{{r:an}}:translation:
  DEADLINE: <2024-10-09 Wed>
  - [[file:~/cases/ru-18-022/{{r:an_myongchol}}_medcert_ru.pdf][medical certificate ({{r:안명철}})]]
  - {{r:Myong-chol}} says the doctor in {{u:Blagoveshchensk}} was "Dr {{p:Tatyana}}".

* TODO Draft reply to Prof. {{p:Lindgren}} about the seminar; mention {{r:Jo}}'s case only with
  consent; cc {{p:Eun-bi}}                                                  :seminar:

* DONE Return {{r:An}}'s photos (USB) to {{r:Myong-
  chol}} in person
  CLOSED: [2024-10-04 Fri 16:20]
  - met at the station cafe; {{r:안명철}} 씨 brought his friend {{p:Yu Sang-won}}.

* NOTE 메모
  - {{p:민서}}: an interpreter for {{r:Jo}} must NOT be Mr {{p:Yoo}} (knows family).
  - {{r:송희}} 씨 언니 {{p:송미}} 씨 이름은 어디에도 쓰지 말 것.
""",
    },
    {
        "id": "h73-mixed-19",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Choe Kwang-hyok", "최광혁", "witness", ["崔光赫", "Kwang-hyok"]),
            ("Sin Yong-nam", "신용남", "supervisor", ["申勇男"]),
        ],
        "note": "Chinese seafarer's-passport (海员证) application batch for a fishing company's crew, in which North Korean crew appear under Chinese-Korean identities, with fullwidth pinyin, an agent's English e-mail and Korean notes; Chinese forms of address labelled whole (老申, 小崔); CRLF.",
        "text": """海员证申办人员名单（第3批）
申请单位：远洋渔业有限公司（船名：鲁远渔 8xx）

序号 | 姓名   | 拼音                    | 出生日期   | 职务
1    | {{p:王海涛}} | {{p:ＷＡＮＧ ＨＡＩＴＡＯ}}      | 1979-02-11 | 大副
2    | {{r:崔光赫}} | {{r:ＣＵＩ ＧＵＡＮＧＨＥ}}     | 1988-06-30 | 普通船员
3    | {{r:申勇男}} | {{r:ＳＨＥＮ ＹＯＮＧＮＡＮ}}   | 1975-12-01 | 水手长
4    | {{p:朴成日}} | {{p:ＰＩＡＯ ＣＨＥＮＧＲＩ}}   | 1990-09-15 | 普通船员
经办人：{{p:刘\u200b洋}}

----- e-mail -----
From: {{p:Leo Liu}} (crewing agent)
To: Captain {{p:Zhang}}
Subject: seaman books batch 3

Captain, batch 3 submitted. Nos. 2-4 are the Korean boys, as you know. {{r:老申}} says his men will keep quiet at the port office. {{r:小崔}} still has no photo, send it tonight. - {{p:Leo}}

----- [단체 메모 / {{p:연소은}}] -----
- 2번 "{{r:崔光赫}}"({{r:CUI GUANGHE}})으로 올라간 사람이 {{r:최광혁}} 씨 본인. {{u:연변}} 출신 조선족 신분을 빌려 썼다고 함. 3번 "{{r:申勇男}}"은 북측 선원 책임자 {{r:신용남}}, 배에서는 "{{r:老申}}".
- 4번 {{p:朴成日}}({{p:박성일}})도 북에서 온 선원. 1번 일등항해사 {{p:王海涛}}는 중국인.
- {{r:광혁}} 씨는 {{r:신용남}}이 "항구 사무소에서는 조선말 한마디도 하지 말라"고 했다고 기억함.
""",
    },
]
