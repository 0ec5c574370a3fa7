# ruff: noqa: E501
"""Held-out evaluation passages, set 32. Markers: {{r:..}} registered private person,
{{p:..}} unregistered private person, {{u:..}} public name (figure, place, organisation,
company, ship, law). Built by build_heldout.py heldout32."""

PASSAGES: list[dict] = [
    {
        "id": "h32-en-01",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Han Myong-chol", "한명철", "witness", ["Myong-chol", "Myong"]),
            ("Pae Sung-il", "배승일", "supervisor", []),
            ("Kye Un-ha", "계은하", "relative", ["Un-ha"]),
        ],
        "note": "Court exhibit index for a Seoul damages suit over Qatar construction work; plaintiffs in capitals, Hangul and DPRK spacing; counsel, clerk, translator, Indian safety officer and expert are private; registry stamp with an impossible date (31 April); court, ministries, hospital, UN panel and ILO are public.",
        "text": """IN THE {{u:SEOUL CENTRAL DISTRICT COURT}}, 23rd Civil Division
Case No. 2023가합51872 (damages)

Plaintiffs: (1) {{r:HAN Myong-chol}} ({{r:한명철}}), (2) {{r:KYE Un-ha}} ({{r:계은하}})
Defendants: (1) {{u:Democratic People's Republic of Korea}}, (2) {{u:Kim Jong Un}}, (3) {{u:Sungri Construction General Company}}
Counsel for the Plaintiffs: Attorney {{p:Yoon Ha-kyung}}, Attorney {{p:Chang Min-jae}}, {{u:Lawyers for Human Rights and Unification of Korea}}

PLAINTIFFS' INDEX OF EXHIBITS - SECOND SUPPLEMENT
Registry stamp dated 31 April 2024 (sic; the clerk, Mr {{p:Noh}}, confirmed by telephone that the filing was received on 30 April 2024)

Gap-1    Expired DPRK passport of Plaintiff {{r:Han}}, issued {{u:Pyongyang}} 12 March 2014. Bio page only. Surrendered at the {{u:Doha}} site office to brigade chief {{r:Pae Sung-il}} on arrival; returned to {{r:Han}} only at the airport in 2018.
Gap-2    Labour dispatch list, {{u:Sungri Construction General Company}} to {{u:Gulf Falcon Contracting W.L.L.}}, 46 names. Plaintiff appears as no. 17 "{{r:Han Myong Chol}}". Other names relevant to this claim: no. 3 {{p:Kang Tae-won}} (deceased), no. 9 {{p:Rim Song-bok}}, no. 22 {{p:Chae Ung-il}}, no. 31 {{p:Tak Kwang-myong}}.
Gap-3    Sworn statement of Plaintiff {{r:Kye Un-ha}}, wife of Plaintiff {{r:Han}}, with notarised translation by {{p:Seo Ji-an}}. 14 pp.
Gap-3-1  Korean original of Gap-3, signed "{{r:계은하}}" and thumbprinted.
Gap-4    Photograph, {{u:Lusail}} stadium site, summer 2017: {{r:Han}} (second from left), {{r:Pae}} (centre, white helmet), {{p:Tak}} (far right). Taken by {{p:Rajesh Nair}}, site safety officer employed by {{u:Gulf Falcon Contracting W.L.L.}}
Gap-5    Statement of {{p:Rajesh Nair}} dated 2 February 2024 on the hours of the Korean brigade ("they kept working after the {{u:Ministry of Labour}} midday ban started at 11:30, every day I saw them").
Gap-6    WhatsApp messages between {{p:Nair}} and {{r:Myong-chol}}, June to August 2017, printed, 22 pp. The contact is saved on {{p:Nair}}'s phone as "Mr {{r:Myong}} {{u:Korea}}".
Gap-7    Wage envelope, handwritten: "{{r:한명철}} 7월 120 QR". Handwriting identified by Plaintiff {{r:Han}} as that of {{r:배승일}}.
Gap-8    Medical record, {{u:Hamad General Hospital}}, for {{p:Kang Tae-won}}, 4 September 2017, heat stroke; death the same night. Obtained by {{p:Kang}}'s sister {{p:Kang Ok-sun}}, now living in {{u:Incheon}}.
Gap-9    Report of the {{u:Panel of Experts established pursuant to resolution 1874}} (S/2019/691), excerpt on overseas workers in {{u:Qatar}}.
Gap-10   {{u:International Labour Organization}} complaint file (extract), submission by the {{u:International Trade Union Confederation}}, 2014.
Gap-11   Declaration of {{p:Rim Song-bok}}, co-worker, now in {{u:Daejeon}}, concerning the "loyalty fund" deductions collected by {{r:Pae}} and remitted through {{p:Chu Tong-il}}, the company's {{u:Doha}} representative.
Gap-12   Declaration of {{p:Chae Ung-il}}, co-worker. {{p:Chae}} states that {{r:Pae Sung-il}} confiscated his phone and that {{p:Chu}} threatened his mother, {{p:Yang Bok-nyo}}, who lives in {{u:Hamhung}}.
Gap-13   Letter from Plaintiff {{r:Han}} to his daughter {{p:Han Su-ryon}}, 2016, never sent (found in luggage). The letter begins "{{p:수련}}아".
Gap-14   Expert opinion of Prof. {{p:Gwak Jeong-hun}} on wage remittance practice of DPRK trading companies.
Gap-15   Certificate of settlement support, {{u:Ministry of Unification}}, for {{r:Han Myong-chol}} and {{r:Kye Un-ha}}.

NOTE ON SPELLINGS. Gap-2 and Gap-7 use the northern spelling and spacing ("{{r:Han Myong Chol}}", "{{r:배승일}}"). In Gap-6 {{p:Nair}} writes "{{r:Myong}}" and "{{r:Un-ha}} madam". {{p:Tak Kwang-myong}} is spelled "{{p:Thak}}" in Gap-4's caption. The {{u:Doha}} representative {{p:Chu}} is not the same person as the team cook {{p:Chu Yong-dok}} mentioned in Gap-3.

Counsel: {{p:Yoon Ha-kyung}} (seal)""",
    },
    {
        "id": "h32-en-02",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ryom Kwang-il", "렴광일", "witness", ["Kwang-il"]),
            ("Sol Tae-ho", "설태호", "supervisor", ["Tae-ho"]),
            ("Pang Chol-jin", "방철진", "coworker", ["Chol-jin"]),
        ],
        "note": "IMO FAL crew list of a fishing vessel with tab-separated family/given-name columns in capitals, ranks beside names, one-letter surnames (O, SO, TO, AN, YU, MA, SIN), impossible arrival date 30.02; annotations from the witness interview; ship names, flag state, ports and resolution are public.",
        "text": """CREW LIST (IMO FAL Form 5) - copy obtained from the port agent, annotated
1.1 Name of ship: {{u:SONGHWA 3}}\t1.2 IMO No.: 8714xxx\t2. Port of arrival: {{u:Nakhodka}}
3. Date of arrival: 30.02.2019 (sic; the harbour master's log gives 02.03.2019)
4. Flag State: {{u:Sierra Leone}}\t5. Last port of call: {{u:Chongjin}}
Operator: {{u:Korea Haegum Fisheries Co.}}, {{u:Pyongyang}}. Ship's agent: {{u:Primorye Vostok Shipping}}, {{u:Nakhodka}}.

No.\tFamily name\tGiven names\tRank or rating\tDate of birth\tPlace of birth
01\t{{p:CHU}}\t{{p:YONG HO}}\tMaster\t11.05.1968\t{{u:Nampho}}
02\t{{p:HA}}\t{{p:MYONG SU}}\tChief Mate\t02.01.1970\t{{u:Wonsan}}
03\t{{r:SOL}}\t{{r:TAE HO}}\t2nd Mate\t03.09.1971\t{{u:Pyongyang}}
04\t{{p:O}}\t{{p:SONG CHOL}}\t3rd Mate\t17.07.1980\t{{u:Hamhung}}
05\t{{p:KANG}}\t{{p:IL NAM}}\tChief Engineer\t21.10.1966\t{{u:Kimchaek}}
06\t{{p:MUN}}\t{{p:KWANG BOK}}\t2nd Engineer\t08.08.1977\t{{u:Sinpo}}
07\t{{p:SO}}\t{{p:CHOL}}\tElectrician\t30.04.1983\t{{u:Chongjin}}
08\t{{p:PAK}}\t{{p:RYONG}}\tBosun\t14.06.1972\t{{u:Tanchon}}
09\t{{r:PANG}}\t{{r:CHOL JIN}}\tAB\t05.11.1986\t{{u:Hamhung}}
10\t{{p:KIM}}\t{{p:UN CHOL}}\tAB\t19.02.1985\t{{u:Wonsan}}
11\t{{p:KIM}}\t{{p:SONG IL}}\tAB\t01.01.1990\t{{u:Chongjin}}
12\t{{p:RI}}\t{{p:MYONG}}\tOS\t23.03.1992\t{{u:Kilju}}
13\t{{p:TO}}\t{{p:HYON U}}\tOS\t09.09.1993\t{{u:Hoeryong}}
14\t{{r:RYOM}}\t{{r:KWANG IL}}\tFisherman\t12.12.1984\t{{u:Sinpo}}
15\t{{p:AN}}\t{{p:HUI SONG}}\tFisherman\t27.07.1981\t{{u:Hamhung}}
16\t{{p:YU}}\t{{p:CHANG}}\tFisherman\t16.05.1988\t{{u:Pukchong}}
17\t{{p:CHA}}\t{{p:YONG}}\tFisherman\t04.04.1979\t{{u:Tanchon}}
18\t{{p:SIN}}\t{{p:IL}}\tFisherman\t29.08.1998\t{{u:Kimchaek}}
19\t{{p:MA}}\t{{p:SONG HO}}\tCook\t10.10.1969\t{{u:Nampho}}
20\t{{p:WON}}\t{{p:CHOL U}}\tMedical assistant\t15.01.1987\t{{u:Pyongyang}}

Master: {{p:Chu Yong-ho}} (signature, ship's stamp)

ANNOTATIONS - interview with crew no. 14, {{r:Ryom Kwang-il}}, {{u:Seoul}}, 9 May 2023; interviewer {{p:Bae So-yeon}}
- No. 03, listed as 2nd Mate: {{r:Sol Tae-ho}} did no navigation at all. {{r:Sol}} was the party secretary and the political officer. He kept all twenty seamen's books in the Master's safe. {{r:Ryom}}: "{{r:설}} 비서 went ashore alone, every time. Nobody else."
- No. 01, Master {{p:Chu}}: the real captain; "a good seaman but afraid of {{r:Sol}}".
- No. 02, Chief Mate {{p:Ha}}: ha, {{r:Ryom}} laughs - "he slept the whole voyage".
- No. 09, AB {{r:Pang Chol-jin}}, {{r:Ryom}}'s bunkmate. {{r:Chol-jin}} lost two fingers on the jigging line in January 2019. {{r:Sol}} wrote it in the log as "carelessness"; {{r:Pang}} was fined a month's share.
- No. 13, OS {{p:To Hyon-u}}: sent to the galley to help Cook {{p:Ma}}. So {{p:To}} ate better than the rest, says {{r:Ryom}}.
- No. 18, {{p:Sin Il}}: left the ship in {{u:Nakhodka}} in March 2019 and was not seen again. "{{p:Il}} was the youngest, only twenty." {{r:Sol}} told the crew {{p:Sin}} had been "taken ill".
- No. 20, {{p:Won Chol-u}}: not a doctor; six months' course at {{u:Pyongyang Medical College}}. {{p:Won}} stitched {{r:Pang}}'s hand without anaesthetic.
- The ship also fished as {{u:TAE YANG 11}} and transferred squid at sea to the carrier {{u:HAI FENG 689}}, in breach of {{u:UN Security Council resolution 2397}}.
- The agent's man in port, {{p:Sergei}} ("{{p:Seryozha}}"), bought cigarettes for the crew; {{r:Tae-ho}} took a share.
- {{r:Kwang-il}} asks that the bosun, {{p:Pak Ryong}}, not be named: {{p:Pak}}'s family is still in {{u:Tanchon}}.""",
    },
    {
        "id": "h32-en-03",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Kim Hyok-chol", "김혁철", "supervisor", ["Hyok-chol"]),
            ("Mun Jong-ho", "문정호", "witness", ["Jong-ho"]),
            ("Ri Kyong-sik", "리경식", "coworker", []),
        ],
        "note": "Payroll email thread forwarded to the NGO by a former payroll officer: forwarded headers, display names and email local parts carrying names, quoted replies with '>', capitals payroll list; Qatari bank, wage protection system and ministry public.",
        "text": """From: {{p:Priya Menon}} <{{p:priya.m.kerala}}@gmail.com>
Sent: Thursday, 9 March 2023 21:14
To: {{p:Elena Park}} <{{p:elena.park}}@openhands-lw.org>
Subject: Fwd: FW: RE: Korean team Dec salary - cash again??

Dear {{p:Elena}},
As promised after our call, here is the thread from my old work account at {{u:Gulf Star Contracting}}. I was the payroll officer in {{u:Doha}} 2016-2019. The "team leader" is the man {{r:Jong-ho}} told you about. I am not comfortable being named in any report. Please call me {{p:P.M.}} if needed.
Regards, {{p:Priya}}

---------- Forwarded message ---------
From: {{p:Priya Menon}} <{{p:priya.menon}}@gulfstar-qa.com>
Date: Tue, 16 Jan 2018 at 08:41
Subject: FW: RE: Korean team Dec salary - cash again??
To: Payroll Team <payroll@gulfstar-qa.com>
Cc: {{p:Anil Kumar}} <{{p:anil.kumar}}@gulfstar-qa.com>, {{p:Fatima Al-Kuwari}} <{{p:f.alkuwari}}@gulfstar-qa.com>

Team,
See below. {{p:Anil}} is again asking to pay the Korean subcontract team in cash. This is not possible under the {{u:Wage Protection System}}. {{p:Fatima}}, please confirm with the {{u:Ministry of Administrative Development, Labour and Social Affairs}} what we do if the workers have no {{u:QNB}} accounts.
{{p:Priya}}

-----Original Message-----
From: {{p:Anil Kumar}} <{{p:anil.kumar}}@gulfstar-qa.com>
Sent: Monday, January 15, 2018 5:02 PM
To: {{p:Priya Menon}} <{{p:priya.menon}}@gulfstar-qa.com>
Subject: RE: Korean team Dec salary

Hi {{p:Priya}},
Their leader Mr {{r:Kim Hyok-chol}} came to the {{u:Lusail}} site office again today with his interpreter {{p:Jon}}. He says the 38 men will not work on Plot C-14 if the December money goes to individual accounts. He wants one transfer to {{u:Paekho Overseas Trading}} like before, or cash to him. {{r:Kim}} says this is "the rule of their government". Honestly the men look very tired. One of them, {{r:Mun}}, asked me in English for water when {{r:Kim}} was outside.

List he gave (his spelling, copied):
{{r:KIM HYOK CHOL}}   team leader   QAR 3,400
{{p:JON SONG MIN}}    interpreter   QAR 2,100
{{r:MUN JONG HO}}     mason         QAR 1,350
{{r:RI KYONG SIK}}    mason         QAR 1,350
{{p:HO CHOL}}         mason         QAR 1,350
{{p:SONG IL HYOK}}    steel fixer   QAR 1,300
{{p:CHOE MYONG NAM}}  steel fixer   QAR 1,300
{{p:PAEK UN SONG}}    carpenter     QAR 1,300
... 30 more on page 2

{{p:Anil}}

> On 14 Jan 2018, at 11:20, "{{r:KIM HC}}" <{{r:kimhyokchol}}75@163.com> wrote:
> Mr {{p:Anil}}
> December salary please transfer company account same as November. Workers no need bank card. Bank card lost easy.
> Thank you
> {{r:Kim Hyok Chol}} / team leader

>> On 2 Jan 2018, {{p:Anil Kumar}} wrote:
>> Dear Mr {{r:Kim}},
>> From January {{u:Gulf Star}} must pay each worker into his own account (WPS). Please send passport copies for {{r:Mun Jong Ho}}, {{r:Ri Kyong Sik}} and the others so {{p:Fatima}} can open accounts at {{u:QNB}} {{u:Al Sadd}} branch.

[Note added by {{p:Elena Park}}, 10 March 2023: {{r:Mun Jong-ho}} confirms the list. "{{p:JON SONG MIN}}" is the minder, not an interpreter. {{r:RI KYONG SIK}} ({{r:리경식}}) is the man who fell in February 2018; {{r:Ri}} is now in {{u:Ulsan}}. {{p:HO CHOL}}, {{p:SONG IL HYOK}}, {{p:CHOE MYONG NAM}} and {{p:PAEK UN SONG}} are unaccounted for. {{r:Jong-ho}} says "{{r:김혁철}}이 돈을 다 가져갔다".]""",
    },
    {
        "id": "h32-en-04",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Tong Myong-su", "동명수", "witness", ["Myong-su", "Тон Мён Су"]),
            ("Ko Sung-nam", "고승남", "supervisor", ["Ко Сын Нам"]),
            ("Hwang Sun-ok", "황순옥", "relative", ["Sun-ok"]),
        ],
        "note": "Translated Russian hospital discharge summary for an injured logger: names given in Latin with Cyrillic in brackets, Russian 'Surname I.O.' doctors, a minder posing as interpreter, Koryo-saram nurse; impossible follow-up date 31.11; hospital, towns, company and NGO public.",
        "text": """{{u:Amur Regional Clinical Hospital}}
Department of Traumatology and Orthopaedics
26 {{u:Voronkova St}}, {{u:Blagoveshchensk}}, {{u:Amur Oblast}}
[Translated from Russian by {{p:Natalia Song}} for the {{u:Citizens' Alliance for North Korean Human Rights}}, 2022. Cyrillic spellings of names kept in square brackets.]

DISCHARGE SUMMARY (EPICRISIS) No. 4471/18

Patient: {{r:TONG Myong-su}} [{{r:Тон Мён Су}}], male, 41 years
Citizenship: {{u:DPRK}}. Identity document: not presented; identity stated by the accompanying person.
Employer as stated: {{u:Amurlesprom-K LLC}}, logging brigade of {{r:Ko Sung-nam}} [{{r:Ко Сын Нам}}]
Accompanying person / interpreter: {{p:Ri Hyon-chol}} [{{p:Ли Хён Чор}}], stated to be a "company representative"
Admitted: 11.12.2018, 03:40, by ambulance, transfer from {{u:Tynda Central District Hospital}}
Discharged: 28.12.2018, at the request of the employer, against medical advice

DIAGNOSIS: Closed comminuted fracture of the left femoral shaft with displacement. Frostbite of the toes of both feet, II-III degree. Hypothermia, moderate (on admission).

HISTORY: According to the accompanying person {{p:Ri}}, the patient fell from a timber truck. The patient himself, speaking through the hospital's own interpreter, nurse {{p:Kim Ye-na}} [{{p:Ким Е На}}] of the surgical ward (a Koryo-saram from {{u:Ussuriysk}}), stated that he was struck by a falling larch while felling at night, and that he lay in the snow for about four hours before brigade leader {{r:Ko}} allowed a co-worker, {{p:Jong Chol}} [{{p:Чон Чор}}], to carry him to the road. Nurse {{p:Kim}} recorded the patient's words: "{{r:고}} 반장 said the plan comes first."

TREATMENT: Intramedullary osteosynthesis of the left femur, 12.12.2018 (surgeon {{p:Dmitriev A.V.}} [{{p:Дмитриев А.В.}}], anaesthetist {{p:Galimova R.Sh.}}). Necrectomy of the 4th and 5th toes of the right foot, 17.12.2018. Antibiotics, anticoagulants, analgesia.

COURSE: Post-operative course without complications. On 19.12 the patient asked nurse {{p:Kim Ye-na}} to telephone his wife, {{r:Hwang Sun-ok}} [{{r:Хван Сун Ок}}], in {{u:Kimchaek}}; the accompanying person {{p:Ri Hyon-chol}} objected and removed the patient's notebook. On 24.12 a second company representative, {{p:Kang}} [{{p:Кан}}], visited and spoke with the patient for forty minutes; afterwards the patient refused food for two days. Ward physician notes that the patient repeated the name "{{r:Sun-ok}}" at night.

RECOMMENDATIONS: Walking on crutches without weight-bearing for 8 weeks. Control X-ray after 6 weeks. Follow-up appointment: 31.11.2019 (sic) with traumatologist {{p:Sheremet O.N.}} at the outpatient clinic. Not fit for physical labour for at least 4 months.

Attending physician: {{p:Volkova I.P.}} [{{p:Волкова И.П.}}]
Head of department: {{p:Sheremet O.N.}} [{{p:Шеремет О.Н.}}]

TRANSLATOR'S NOTE ({{p:N.S.}}): The registry wrote the surname as "{{r:Тонг}}" on the cover and "{{r:Тон}}" inside; both are {{r:Tong}}. {{r:Myong-su}} later told {{u:NKDB}} that {{p:Ri Hyon-chol}} was the brigade's security officer, not an interpreter, and that {{r:Ko Sung-nam}} took his discharge papers; this copy came from nurse {{p:Kim}}'s phone. {{r:Tong}} has not seen {{r:Hwang Sun-ok}} since 2017.""",
    },
    {
        "id": "h32-en-05",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("O Sung-chol", "오성철", "witness", ["Sung-chol"]),
            ("Sin Kwang-hyok", "신광혁", "supervisor", []),
            ("O Kum-ran", "오금란", "relative", ["Kum-ran"]),
        ],
        "note": "ROK consular visit record at a Russian migration detention centre; detainee with one-letter surname O next to the interjection; consular staff and DPRK embassy visitor private; detention centre, FSB, UNHCR, consulate, cities public; one name split across a line break.",
        "text": """CONSULAR VISIT RECORD (RESTRICTED)
{{u:Consulate General of the Republic of Korea in Vladivostok}}
Visit no.: 2019-VL-038
Place: {{u:Special Institution for Temporary Detention of Foreign Citizens}}, {{u:Artyom}}, {{u:Primorsky Krai}}
Date/time: 17 July 2019, 10:20-11:35
Consular officer: {{p:Jeon Seung-woo}} (Consul); assisted by {{p:Moon Hyo-jin}} (administrative staff)
Russian side present: Senior Lieutenant {{p:Bondarenko}} (duty officer); interpreter not required

DETAINEE
Name (as on Russian file): {{r:O Son Chol}}
Name (as stated): {{r:O Sung-chol}} ({{r:오성철}}), b. 1984, {{u:Kaechon}}, {{u:South Phyongan}}
Detained: 2 July 2019, {{u:Vladivostok}}, for overstaying (Art. 18.8 {{u:Code of Administrative Offences of the Russian Federation}})

1. Condition. {{r:O}} appeared thin but alert. He said: "Oh, I thought you were from our embassy." He has a healed burn on the left forearm from welding. No complaints about the guards.

2. Account. {{r:O}} worked from 2016 on apartment blocks in {{u:Vladivostok}} for a Russian developer through the DPRK company {{u:Rungrado Construction}}. His brigade leader was {{r:Sin Kwang-hyok}}. {{r:Sin}} held the passports. In May 2019 {{r:Sin}} told the brigade they would go home in June because of the {{u:UN Security Council}} deadline, and that each man owed USD 1,800 "for the plan". {{r:O}} left the dormitory on 11 May and worked illegally for an Uzbek foreman, {{p:Rustam}}, until arrested.

3. Visit by DPRK embassy. On 9 July two men from the {{u:Embassy of the DPRK in Moscow}}'s {{u:Vladivostok}} office visited him: one introduced himself as Third Secretary {{p:Pak}}; the other, older, was called "{{p:Chong}} 부장" by {{p:Pak}}. They told {{r:O}} that his wife {{r:O Kum-ran}} and son {{p:O Jin-hyok}} in {{u:Kaechon}} "are waiting". {{r:O Sung-chol}} believes this is a threat. He wrote his wife's name for us as {{r:오금란}} and asked that it not appear in any Russian document.

4. Request. {{r:O}} requests protection and transfer to the {{u:Republic of Korea}}. He was informed of the procedure and of the role of {{u:UNHCR}}. He asked whether {{p:Rustam}} could be paid the 12,000 roubles he owes him; we made no promise.

5. Russian side. Senior Lieutenant {{p:Bondarenko}} said the deportation order was signed by the {{u:Pervomaisky District Court}} and that the {{u:FSB}} had "shown interest". He said {{r:O}} would not be handed to DPRK officials "without instruction".

6. Other DPRK nationals in the centre: two, {{p:Ri Chung-gil}} and {{p:Kim
Yong-dae}}, both from the same brigade as {{r:O}}. {{p:Ri}} refused to speak with us. {{p:Kim Yong-dae}} said through the door: "Tell {{r:Sung-chol}} I didn't say anything."

Follow-up: telegram to {{u:Ministry of Foreign Affairs}} (Consular Affairs Bureau) and to {{u:Embassy of the Republic of Korea in Moscow}}. Next visit planned 24 July.
Signed: {{p:Jeon Seung-woo}}""",
    },
    {
        "id": "h32-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Kum-chol", "최금철", "witness", ["Kum-chol"]),
            ("Jang Un-sil", "장은실", "witness", ["Un-sil"]),
            ("Pyon Hak-nam", "변학남", "supervisor", []),
        ],
        "note": "Draft UN communication listing witnesses: rapporteurs, former mandate holders and COI chair are public figures by name; witnesses and family are private, including initials and coded witness numbers beside names; UN bodies, treaties and companies public.",
        "text": """DRAFT v3 - NOT FOR CIRCULATION
Joint allegation submission to:
- {{u:Elizabeth Salmón}}, {{u:Special Rapporteur on the situation of human rights in the Democratic People's Republic of Korea}}
- {{u:Tomoya Obokata}}, {{u:Special Rapporteur on contemporary forms of slavery, including its causes and consequences}}
- {{u:Siobhán Mullally}}, {{u:Special Rapporteur on trafficking in persons, especially women and children}}
cc: {{u:OHCHR Seoul Office}}

Subject: Forced labour of DPRK nationals in seafood processing in {{u:Liaoning}} and {{u:Jilin}} provinces, {{u:China}}, 2017-2023

1. Background. The submitting organisations recall the findings of the {{u:Commission of Inquiry on Human Rights in the DPRK}} chaired by {{u:Michael Kirby}} (A/HRC/25/63) and the reports of the former Special Rapporteurs {{u:Marzuki Darusman}} and {{u:Tomás Ojea Quintana}} on overseas workers. {{u:Security Council resolution 2397}} (2017) required the repatriation of all DPRK workers by 22 December 2019. Our witnesses describe work continuing after that date.

2. Witnesses (names withheld in the final version; listed here for internal cross-checking only)

W-1  {{r:Choe Kum-chol}} ({{r:최금철}}), male, b. 1981. Worked 2017-2021 at a squid processing plant in {{u:Donggang}} owned by {{u:Liaoning Haixing Aquatic Products}}. Interviewed by {{p:Ahn Se-rin}} and {{p:Laura Whitfield}}, {{u:Seoul}}, March 2023.
W-2  {{r:Jang Un-sil}} ({{r:장은실}}), female, b. 1994. Worked 2018-2023 at a crab and pollock plant in {{u:Hunchun}}. Interviewed by {{p:Ahn Se-rin}}, {{u:Bangkok}}, June 2023.
W-3  {{p:Ri Sol-hwa}}, female, b. 1996, same plant as W-2. Not interviewed directly; account given through W-2. {{r:Un-sil}} calls her "{{p:솔화}} 언니".
W-4  {{p:K.Y.S.}}, male, interviewed by telephone by {{p:Laura Whitfield}}; name known to {{p:Laura}} only.

3. Persons alleged responsible (private individuals, for the Rapporteurs' information)
- {{r:Pyon Hak-nam}} ({{r:변학남}}), DPRK manager of the women's group in {{u:Hunchun}}. W-2 states that {{r:Pyon}} confiscated passports, locked the dormitory at night and punished {{p:Ri Sol-hwa}} with three days without food after she spoke to a Chinese forewoman, {{p:Zhao Lili}}.
- {{p:Tak Song-il}}, DPRK "dormitory chief" in {{u:Donggang}}; W-1 states that {{p:Tak}} beat {{p:Choe Myong-u}} (W-1's cousin) in 2019.
- A Chinese personnel manager named by W-1 as "Manager {{p:Sun}}" ({{p:孙}}经理).

4. Wages. W-1: CNY 2,600 per month paid by the company to the DPRK side; {{r:Kum-chol}} received CNY 150-200. W-2: "{{r:변}} 관리원 took everything, then gave us soap and a little money before the holiday of {{u:Kim Jong Un}}'s birthday."

5. Violence. On 16 January 2020 workers at the {{u:Hunchun}} plant protested; W-2 heard that a worker was killed. {{r:Jang Un-sil}} did not see this herself. The {{u:Daily NK}} and {{u:Radio Free Asia}} reported a riot at several {{u:Hunchun}} plants in 2020; {{r:Un-sil}} confirms the date.

6. Requests. The Rapporteurs are respectfully requested to transmit a communication to the Governments of the {{u:People's Republic of China}} and the {{u:Democratic People's Republic of Korea}}, referring to the {{u:ILO Forced Labour Convention, 1930 (No. 29)}} and the {{u:Palermo Protocol}}.

[Comment {{p:LW}}: confirm whether {{r:Choe}} agrees to being W-1 or prefers W-4 treatment. {{r:Choe Kum-chol}}'s wife {{p:Ha Yong-ok}} still in {{u:Sinuiju}}.]
[Comment {{p:ASR}}: {{u:Elizabeth Salmón}}'s office asked for the dates in ISO format.]""",
    },
    {
        "id": "h32-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kwon Tae-sik", "권태식", "witness", ["Tae-sik", "Tae"]),
            ("Kwon Mi-hyang", "권미향", "relative", ["Mi-hyang"]),
        ],
        "note": "Korean-American church newsletter with emoji, prayer list and potluck sign-up; former logger called Brother Kwon / Brother Tae (title outside the mention); church staff and members private with English and Korean given names; Bible books (Ruth, Mark) and the word grace left unmarked; Amur Oblast, Tynda, NGOs public.",
        "text": """🕊️ {{u:GRACE HARBOR KOREAN CHURCH}} - WEEKLY NEWS 🕊️
Sunday, 12 November 2023 | {{u:Los Angeles}}, {{u:California}}
Senior Pastor: Rev. {{p:Daniel Yoo}} ({{p:유대현}} 목사) | Education: Pastor {{p:Joanna Lim}} | Office: {{p:Esther Cho}}

🙏 TESTIMONY SUNDAY
This morning we welcome Brother {{r:Kwon Tae-sik}} ({{r:권태식}}), who will share how the Lord carried him out of a logging camp near {{u:Tynda}} in {{u:Amur Oblast}}, {{u:Russia}}, where he worked for eleven years for a North Korean forestry company. Brother {{r:Kwon}} came to {{u:Los Angeles}} in 2021 with help from {{u:Liberty in North Korea}}. Many of you know him as Brother {{r:Tae}} from the Wednesday men's group. He will speak in Korean; Deacon {{p:Samuel Hwang}} will interpret. Please do not take photos or videos of Brother {{r:Tae-sik}} 📵 - his relatives are still in {{u:North Korea}}.

Scripture: Ruth 1:16-17, read by {{p:Grace Park}} (youth group). Pastor {{p:Daniel}} will preach on "Your people shall be my people."

🎂 BIRTHDAYS THIS WEEK
{{p:Helen Bae}} (Nov 13) • Elder {{p:Chung Ki-won}} (Nov 14) • {{p:Mark Oh}} (Nov 15) • little {{p:Joy Shin}} turns 5 on Nov 18 🎈

💬 PRAYER REQUESTS
- For Brother {{r:Tae}}'s wife, {{r:Kwon Mi-hyang}}, and their daughter {{p:Kwon Ye-rim}}, who remain in {{u:Hamhung}}. Brother {{r:Kwon}} has had no news since 2019. He asks us to pray for {{r:Mi-hyang}} by name.
- For {{p:Agnes Ryu}}, recovering from knee surgery at {{u:Cedars-Sinai}}.
- For the family of the late {{p:Peter Nam}} ({{p:남병철}} 집사), who went home to the Lord on Nov 3. Service was held at {{u:Rose Hills}}.
- For the North Korean workers still in {{u:Russia}}, {{u:China}} and the {{u:Middle East}}. Brother {{r:Kwon}} especially remembers Uncle {{p:Pyo}}, the brigade cook who shared his rice, and his friend {{p:Han Chol-su}}, who was sent back in 2018.
- For Pastor {{p:Joanna}}'s mission trip to {{u:Seoul}} with the {{u:Korea Future}} team in January ✈️

🍲 POTLUCK AFTER 2ND SERVICE (sign-up sheet by the kitchen)
Kimchi jjigae - {{p:Sarah Kang}} & {{p:Kang}} family
Japchae - Deaconess {{p:Lee Young-ja}}
Rice (2 big cookers) - {{p:Brian Moon}}
Fruit - {{p:Rachel}} & {{p:Tim Yoon}}
Tteok - ordered from {{u:Kang Nam Rice Cake}} by Elder {{p:Chung}}
Potato salad - Brother {{r:Tae}} asked to bring "Russian style" 😄 He says he learned it from a Russian truck driver, {{p:Vasily}}, at the camp.
Cleanup team: {{p:Mark Oh}}, {{p:Kevin Paik}}, {{p:Sunny Jeong}}

📢 ANNOUNCEMENTS
• The {{u:North Korea Freedom Week}} letter-writing table is open after service. Write to {{u:Senator Alex Padilla}}'s office about the {{u:North Korean Human Rights Act}} reauthorization. Contact: {{p:esther.cho}}@graceharborkc.org
• New-family lunch on Nov 26 hosted by {{p:Joseph}} and {{p:Miriam Choi}}.
• Brother {{r:Tae-sik}} is looking for work as a carpenter. Talk to Deacon {{p:Hwang}} or {{p:Esther}} in the office. He says: "I can cut any tree. I can also fix your church door." 🚪😊

"Your God will be my God." - Ruth 1:16
Grace and peace, Pastor {{p:Daniel Yoo}}""",
    },
    {
        "id": "h32-en-08",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Choe Yong-bom", "최용범", "other", ["Yong-bom", "Bom", "범"]),
            ("Choe Hye-suk", "최혜숙", "relative", ["Hye-suk"]),
            ("Ju Kwang-jin", "주광진", "coworker", ["Kwang-jin"]),
        ],
        "note": "Obituary of a former logger and defector in Toronto: family listed with married names and English given names, predeceased relatives, pallbearers; logging camp comrade; 'Bom' as nickname next to spring (bom); funeral home, cities, public figures he met (Kang Chol-hwan) public.",
        "text": """OBITUARY
{{r:CHOE, Yong-bom}} ({{r:최용범}})
March 3, 1961 - October 29, 2023

Peacefully, at {{u:North York General Hospital}}, {{u:Toronto}}, with his family by his side, {{r:Yong-bom}} "{{r:Bom}}" {{r:Choe}} died at the age of 62. Born in {{u:Kilju}}, {{u:North Hamgyong}}, he was the third son of {{p:Choe Sang-ho}} and {{p:Pak Sun-ja}}. In 1991 he was sent to a logging camp of the {{u:Far East Forestry Complex}} near {{u:Chegdomyn}}, {{u:Khabarovsk Krai}}, where he worked for seven years under conditions he later described to anyone who would listen. He left the camp in 1998 with his friend {{r:Ju Kwang-jin}}, walked for nine days through the taiga, and after three years of hiding in {{u:Khabarovsk}} and {{u:Vladivostok}} reached {{u:Seoul}} in 2001.

{{r:Bom}} is survived by his beloved wife of twenty years, {{r:Hye-suk}} ({{r:Choe Hye-suk}}, née {{p:Ryu}}); his daughter {{p:Grace Choe-Miller}} (husband {{p:Jonathan Miller}}) of {{u:Ottawa}}; his son {{p:Daniel Choe}} (partner {{p:Min-ji Lee}}) of {{u:Mississauga}}; and his grandchildren {{p:Noah}}, {{p:Hannah}} and little {{p:Eli}}. He will be missed by his sister {{p:Choe Yong-ae}} in {{u:Seoul}}, and remembered by his brothers {{p:Choe Yong-gil}} and {{p:Choe Yong-nam}}, whom he last saw in 1991 and whose fate is unknown.

He was predeceased by his first wife, {{p:Kim Chun-hwa}}, who died in {{u:Kilju}} in 1996 during the famine, a loss {{r:Yong-bom}} learned of only in 2004.

Every spring, bom in Korean, {{r:Bom}} planted cucumbers in the back yard on {{u:Finch Avenue}} and sent the first ones to {{r:Kwang-jin}}'s family. He spoke at schools and churches across {{u:Ontario}}, and in 2008 testified with {{u:Kang Chol-hwan}} at a hearing of the {{u:Standing Committee on Foreign Affairs and International Development}} in {{u:Ottawa}}. He worked for fourteen years at {{u:Magna International}} in {{u:Concord}} until his retirement.

The family thanks Dr. {{p:Priya Raman}} and the nurses of the palliative care unit, Pastor {{p:Song}} and the members of {{u:Toronto Korean Presbyterian Church}}, and Mrs. {{p:Ko}}'s kitchen team.

Visitation at {{u:Ogden Funeral Homes}}, Friday, November 3, 2-4 and 7-9 p.m. Service Saturday, November 4, at 11 a.m. Pallbearers: {{p:Daniel Choe}}, {{p:Jonathan Miller}}, {{r:Ju Kwang-jin}}, {{p:Ju Song-min}}, {{p:Alex Ryu}} and {{p:Brian Kwak}}. Interment at {{u:Pine Hills Cemetery}}.

In lieu of flowers, donations may be made to {{u:HanVoice}} or the {{u:Citizens' Alliance for North Korean Human Rights}}.

"{{r:범}}아, 이제 쉬어라." - {{r:Kwang-jin}}""",
    },
    {
        "id": "h32-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Chol-man", "김철만", "witness", ["K.C.M.", "KCM", "Chol-man"]),
            ("Pak Song-hwa", "박송화", "supervisor", ["P.S.H.", "PSH"]),
            ("Yun Ok-hui", "윤옥희", "coworker", ["Y.O.H.", "Ok-hui"]),
        ],
        "note": "Interview notes using initials only (dotted, undotted, with hyphen), with occasional slips into full names, Korean quotes and a dated timeline; impossible date 2020-02-30; Chinese seafood plant in Donggang; company, city and public figures public.",
        "text": """CASE CN-2023-114 - interview notes (initials only per protocol)
Interviewer: {{p:J.H.}} / note-taker: {{p:M.R.}}
Witness: {{r:K.C.M.}} (m, 1983), former worker, squid and shellfish processing, {{u:Donggang}}, {{u:Liaoning}}

Session 1, 02/05/2023, {{u:Seoul}}

- {{r:KCM}} recruited 2016 via {{u:Ministry of Fisheries}} enterprise in {{u:Sinpo}}. 120 workers, 96 women. Men did loading, freezer, maintenance.
- Group manager: {{r:P.S.H.}} (f, ~50). {{r:KCM}}: "{{r:P.S.H.}} was not a woman, she was the state." Deputy: {{p:R.M.G.}} (m), security.
- {{r:K.C.M.}} worked 06:00-22:00, two rest days a month, sometimes none in squid season.
- Wages paid by the Chinese company (name as given: {{u:Donggang Haixian Foods}}) to {{r:PSH}}. {{r:K.C.M.}} never saw a pay slip.
- Coworker {{r:Y.O.H.}} (f) - gutting line. {{r:Y.O.H.}} collapsed Feb 2020 (see timeline); {{r:PSH}} refused hospital until the Chinese line leader, Mrs {{p:W.}}, insisted.
- {{r:KCM}} slipped once and said the full name: "{{r:윤옥희}}" - note-taker flagged; use {{r:Y.O.H.}} only.
- Named also: {{p:C.S.I.}} (m), who tried to escape Aug 2019 and was taken back to {{u:Sinuiju}}; {{p:C.S-I.}} in some notes (same man). {{r:KCM}} thinks {{p:C.S.I.}} = {{p:Cha Song-il}} but not sure of spelling.
- {{r:Ok-hui}} + {{p:L.K.}} (f) shared bunk with {{p:H.J.A.}} (f).

TIMELINE (from {{r:KCM}}, unverified)
2016-03-14  group crosses at {{u:Sinuiju}}-{{u:Dandong}}, bus to {{u:Donggang}}. {{r:P.S.H.}} collects passports on the bus.
2017-09-09  "foundation day" speech by {{r:PSH}}; workers pledge extra hours for {{u:Kim Jong Un}}.
2018-06-xx  {{p:R.M.G.}} beats {{p:C.S.I.}} for using a Chinese phone.
2019-08-21  {{p:C.S.I.}} escapes at night; caught 2 days later by Chinese police at {{u:Kuandian}}.
2019-12-22  {{u:UN}} repatriation deadline; no one goes home. {{r:PSH}}: "we are trainees now".
2020-01-25  {{u:COVID-19}} lockdown; dormitory sealed.
2020-02-30  (sic, {{r:KCM}} insists on "end of February") {{r:Y.O.H.}} collapses on the line.
2020-03-02  {{r:Y.O.H.}} taken to {{u:Donggang Central Hospital}}; Mrs {{p:W.}} pays.
2021-07-xx  {{r:K.C.M.}} hears {{p:L.K.}} has died; cause unknown.
2022-11-07  {{r:K.C.M.}} leaves the dormitory through a broken window with help of a driver, Old {{p:Jin}} (老{{p:金}}).
2023-01-18  arrives {{u:Incheon}}.

{{r:Chol-man}} (his request: call me {{r:Chol-man}}, not "the witness") asked that {{r:Ok-hui}}'s family in {{u:Sinpo}} never be contacted.

Session 2 planned 09/05. Bring map of {{u:Donggang}} port. Check with {{p:M.R.}} whether Mrs {{p:W.}} = {{p:Wang Xiuying}} from the {{u:Liaoning Haixing}} case file.
{{p:J.H.}}""",
    },
    {
        "id": "h32-en-10",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Yun Chol-ho", "윤철호", "witness", ["Chol-ho"]),
            ("Yun Bok-sil", "윤복실", "relative", []),
        ],
        "note": "Radio broadcast script in English translation: public defectors who speak openly (Thae Yong-ho, Ji Seong-ho) and their speaker labels are public; the featured former worker speaks under his given name and is private, as are the host, producer and callers; station, programmes, cities public.",
        "text": """{{u:KBS Hanminjok Radio}} - "{{u:Bridge of Voices}}" - Ep. 418
Air date: Sat 7 Oct 2023, 23:00 KST | Running time 28:30
Producer: {{p:Seo Da-hye}} | Host: {{p:Min Ha-neul}} | Translation for archive: {{p:A. Ferreira}}

[SIGNATURE TUNE 0:00-0:20, fade under]

HOST ({{p:MIN}}): Good evening to our listeners in {{u:Pyongyang}}, in {{u:Chongjin}}, on the fishing boats, and to everyone working far from home in {{u:Russia}}, in {{u:China}}, in the {{u:Middle East}}. Tonight we talk about the men and women sent abroad to earn foreign currency. First, a voice many of you will know.

[CLIP 1 - archive, 2019, 0:45]
{{u:THAE}} ({{u:Thae Yong-ho}}, former DPRK minister at the embassy in {{u:London}}): When I was a diplomat, the money from overseas workers was counted like coal or fish. Nobody asked whose hands.

HOST: {{u:Thae Yong-ho}} later became a member of the {{u:National Assembly}}. Our second voice, also from the archive.

[CLIP 2 - 2022, 0:40]
{{u:JI}} ({{u:Ji Seong-ho}}): Freedom is not only leaving. It is being paid for your own work.

HOST: Tonight's guest is not a public figure. He asked us to use only his given name, {{r:Chol-ho}}. He spent nine years in a logging camp in {{u:Amur}}. {{r:Chol-ho}}, welcome.

{{r:CHOL-HO}}: Thank you. (laughs) My hands are shaking.

HOST: Take your time.

{{r:CHOL-HO}}: In the camp the brigade leader, we called him {{p:Stone Face}}, he told us our wages were going to the Party. I believed it for four years. Then my friend {{p:Sang-chol}} was hurt, and nobody paid for his leg.

HOST: Is {{p:Sang-chol}} listening tonight, do you think?

{{r:CHOL-HO}}: Maybe. {{p:Sang-chol}}-a, if you hear this, I am well. I eat rice every day.

[MUSIC BRIDGE 0:15]

HOST: We have a message from a listener in {{u:Incheon}}, Mrs {{p:Yoo}}, who came from {{u:Hyesan}}. She writes: "To my son {{p:Kim Hyon-u}}, who went to {{u:Vladivostok}} in 2017: your mother is alive." {{p:Hyon-u}}, your mother is alive.

HOST: And a call recorded earlier this week with {{r:Chol-ho}}'s own sister in {{u:Seoul}}, who asked that we read a line for their mother.

[VOICE - sister, name withheld, 0:30]: 어머니 {{r:윤복실}} 씨, 오빠 잘 있어요. (Translation: Mother, {{r:Yun Bok-sil}}, my brother is well.)

HOST: {{r:Chol-ho}}, your family name is the same as your mother's, is that right? Listeners, that is unusual in {{u:Korea}}.

{{r:CHOL-HO}}: Yes. My father, {{p:Yun Man-sik}}, and my mother, {{r:Yun Bok-sil}}, both {{r:Yun}}. Same family name, different clans. In the village they joked about it.

HOST: Let's take a caller. We have {{p:Duk-su}} on the line from {{u:Ansan}}.

CALLER ({{p:DUK-SU}}): Hello, hello? I was in {{u:Tynda}} too, 2012. Was the brigade leader {{p:Stone Face}} a short man from {{u:Kanggye}}? Named {{p:Ho}}?

{{r:CHOL-HO}}: (overlapping) {{p:Ho Nam-il}}! Yes, {{p:Ho}}. You knew {{p:Ho}}?

CALLER: Everybody knew {{p:Ho Nam-il}}. I'm {{p:Duk-su}}, {{p:Yang Duk-su}}, I drove the {{u:KAMAZ}} in 2012...

HOST: Gentlemen, I'm afraid we must respect our rule about full names on air. [{{p:SEO}} - edit: bleep surnames in rebroadcast]

[MUSIC 0:10]

HOST: Before we close: {{u:Park Yeon-mi}}'s book is now available in the {{u:National Library of Korea}} braille collection, and the {{u:Ministry of Unification}} hotline for overseas workers is 1577-xxxx. To everyone in {{u:Tynda}}, {{u:Doha}}, {{u:Dandong}} and on the boats off {{u:Kamchatka}}: we are here. This is {{p:Min Ha-neul}}. {{r:Chol-ho}}, any last words?

{{r:CHOL-HO}}: {{p:Sang-chol}}-a, eat well.

[SIGNATURE TUNE - OUT 28:30]""",
    },
    {
        "id": "h32-en-11",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choi Gwang-ho", "최광호", "other", ["Baldy Choi", "Baldy", "Gwang-ho"]),
            ("Ri Un-hyang", "리은향", "witness", ["Un-hyang", "Hyang-i", "향", "R.U.H."]),
            ("Kim Song-ae", "김송애", "coworker", ["Sunflower"]),
        ],
        "note": "Recruiter's text messages (translated, with timestamps, emoji and an impossible 29 February 2021) (one contact name with a zero-width space) between a Korean-Chinese broker nicknamed Baldy Choi and a worker who left a Hunchun fish plant; nicknames Sunflower, Professor, Big Sister; the word sunflower as ordinary word; cities, messaging app and company public.",
        "text": """Exported SMS / WeChat messages, phone of {{r:R.U.H.}} - translated from Korean by {{p:Hana}} for the file. Contact names as saved on the phone.

Contact: "{{r:Baldy}} 🧑‍🦲" (+86 15x xxxx 3318)

2021-02-14 21:02  {{r:Baldy}}: {{r:향}}이야 you awake? This is uncle {{r:Choi}}. {{p:Big Sister}} gave me your number
2021-02-14 21:05  Me: Who is {{p:Big Sister}}
2021-02-14 21:05  {{r:Baldy}}: Auntie {{p:Kang}}, from the rice shop in {{u:Hunchun}}. she says you want work outside the plant
2021-02-14 21:09  Me: I don't know you
2021-02-14 21:10  {{r:Baldy}}: everybody in {{u:Yanji}} knows {{r:Baldy Choi}} 😂 ask {{r:Sunflower}}. she worked for me at the restaurant
2021-02-14 21:31  Me: {{r:Sunflower}} is in our dormitory. she says you are ok
2021-02-15 07:12  {{r:Baldy}}: good. you are {{r:Ri Un-hyang}} yes? 26? from {{u:Hamhung}}? {{r:Sunflower}} said you are the quiet one 🙂
2021-02-15 07:40  Me: yes. how much
2021-02-15 07:41  {{r:Baldy}}: restaurant in {{u:Shenyang}}, 3000 yuan a month, you keep 2000, I keep 1000 for the papers
2021-02-15 07:42  {{r:Baldy}}: no {{p:Pyon}} taking your money. no self-criticism 😉
2021-02-16 22:50  Me: how do I get out. the gate woman reports to {{p:Pyon}}
2021-02-16 22:52  {{r:Baldy}}: the {{p:Professor}} will come. black {{u:Buick}}. he wears glasses. don't talk to him about money, money is with me
2021-02-29 23:10  {{r:Baldy}}: Sunday. after the line finishes. bring only 1 bag (sic - no 29 Feb in 2021; phone clock wrong?)
2021-03-01 00:04  Me: {{r:Sunflower}} wants to come too
2021-03-01 00:05  {{r:Baldy}}: {{r:Kim Song-ae}} is too old for restaurant. tell her no
2021-03-01 00:06  Me: she is 31
2021-03-01 00:10  {{r:Baldy}}: ok ok. 2 girls. but 2 girls = 2 papers 💸
2021-03-07 19:58  {{r:Baldy}}: {{p:Professor}} outside gate 3. go now
2021-03-07 20:41  Me: we are in the car. {{r:송애}} is crying
2021-03-07 20:43  {{r:Baldy}}: give her a sunflower seed and tell her to stop 😂🌻 it's 5 hours to {{u:Shenyang}}

Contact: "{{r:Sun\u200bflower}} 🌻"
2021-03-09 10:15  {{r:Sunflower}}: {{r:은향}}아 this place is not a restaurant
2021-03-09 10:16  Me: I know
2021-03-09 10:20  {{r:Sunflower}}: the owner is Mr {{p:Jin}}. {{r:Choi}} sold us to him. {{p:Jin}} says we owe 40000 each
2021-03-09 10:21  {{r:Sunflower}}: don't reply to {{r:Baldy}} anymore

Contact: "{{r:Baldy}} 🧑‍🦲"
2021-03-10 08:00  {{r:Baldy}}: {{r:Hyang-i}} why so quiet. {{p:Jin}} is a good man. work hard and you pay back in one year
2021-03-10 08:01  {{r:Baldy}}: remember {{p:Pyon}} still has your passport. I can call {{p:Pyon}} 🙂
2021-03-12 03:33  Me: my name is not {{r:Hyang-i}} to you

Contact: "Pastor {{p:Lee}} ✝️"
2021-04-02 14:10  Pastor {{p:Lee}}: Sister {{r:Un-hyang}}, the car will be at the {{u:Wanda Plaza}} north entrance. The driver's name is {{p:Deok-gu}}. Bring {{r:Song-ae}}.

[Translator's note: "{{r:Baldy}}" renders 대머리; the broker's real name, per {{r:Un-hyang}}, is {{r:Choi Gwang-ho}} ({{r:최광호}}), a Chinese citizen of Korean descent from {{u:Longjing}}. "{{p:Big Sister}}"/"Auntie {{p:Kang}}" is the same woman. Pastor {{p:Lee}} is a {{u:Durihana}} volunteer; his full name is not recorded here.]""",
    },
    {
        "id": "h32-en-12",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Sim Yong-gwan", "심영관", "witness", ["Yong-gwan"]),
            ("Chon Myong-gil", "천명길", "supervisor", ["Chonma"]),
            ("Kuk Song-ho", "국성호", "coworker", ["Song-ho"]),
        ],
        "note": "One very long paragraph of a transcribed Kuwait construction testimony, no breaks; surname Kuk, surname Chon and nickname Chonma (a legendary horse and a DPRK mobilisation slogan) also used as ordinary words; Indian and Egyptian coworkers, Kuwaiti sponsor; ministries, areas, companies public.",
        "text": """I will tell it from the beginning, because if I stop I will not start again: I am {{r:Sim Yong-gwan}}, I was born in {{u:Tanchon}} in 1979, and in March 2013 I was sent with forty-four men to {{u:Kuwait}} by the {{u:Korea General Corporation for External Construction}}, which everyone calls {{u:Genco}}, and we landed at night and were driven straight to a labour camp in {{u:Jahra}} behind a fence of blue corrugated sheets, where the man who took our passports at the gate was our team leader {{r:Chon Myong-gil}}, whom we called {{r:Chonma}} behind his back, not because he was fast like the Chollima horse but because his slogan was "Chollima speed, {{r:Chon}}'s speed", and {{r:Chon}} repeated it every morning at roll call at four-thirty, before the bus took us to the site at {{u:Sabah Al-Salem}} where we were building three-storey villas for a Kuwaiti contractor whose owner we only saw twice, Mr {{p:Al-Mutairi}}, a heavy man with a gold watch who shook {{r:Chon Myong-gil}}'s hand and never ours, and the foreman on the Kuwaiti side was an Egyptian, {{p:Mahmoud}}, {{p:Mahmoud Saleh}}, who spoke some Russian from his army days and used it with me because I had learned Russian at school in {{u:Tanchon}}, and it was {{p:Mahmoud}} who first told me that the contractor paid {{r:Chon}} 450 dinars a head each month, when we received perhaps thirty or forty, and I told my friend {{r:Kuk Song-ho}}, who slept on the bunk under mine, and {{r:Song-ho}} said "kuk means soup, and we are the soup, they drink us", which made me laugh although it was not funny, and {{r:Kuk}} was a plasterer from {{u:Chongjin}}, thin, with a cough that did not stop in winter because the camp had no heating and the desert nights in January are cold, and {{r:Chon}} would not let him see the Indian nurse at the clinic, Sister {{p:Mary Thomas}}, whom the Indian workers in the next compound called {{p:Mary}}-chechi, because {{r:Chon}} said that a sick man in a foreign clinic is a man who talks, and the Indian workers, {{p:Rajan}}, {{p:Babu}} and {{p:Suresh Pillai}} from the compound next to ours, sometimes passed us bread through the fence, and once {{p:Suresh}} gave {{r:Song-ho}} a blister pack of cough tablets which {{r:Chon}} found during a room search and threw into the toilet while making {{r:Kuk}} stand at attention and recite the ten principles, and the second man under {{r:Chon}}, a security officer named {{p:Ryu}}, {{p:Ryu Chang-ho}}, wrote {{r:Kuk}}'s name in his notebook, and after that {{r:Song-ho}} was moved to the night shift pouring concrete when the heat was lower but the work was twice as fast because {{u:Genco}} had promised the contractor the roof slabs before {{u:Ramadan}}, and one night in August 2014, it was the 14th, I remember because it was the day before Liberation Day and {{r:Chon}} had promised us meat, {{r:Kuk Song-ho}} fell from the formwork on the second floor, not high, four metres, but he landed on the rebar, and {{p:Mahmoud}} called an ambulance himself before {{r:Chon}} could stop him, and the ambulance took {{r:Song-ho}} to {{u:Jahra Hospital}} where a Kuwaiti doctor, Dr {{p:Fahad}}, operated on him, and {{r:Chon}} and {{p:Ryu}} went to the hospital the next morning and brought {{r:Kuk}} back to the camp the same day with a tube still in his side, and three weeks later {{r:Song-ho}} was put on a plane to {{u:Pyongyang}} via {{u:Beijing}} with {{p:Ryu}} beside him, and I never heard of him again except once, in 2016, when a new worker from {{u:Chongjin}}, {{p:Tae Kyong-il}}, told me that {{r:Kuk}}'s wife, {{p:Yom Chun-hwa}}, had been seen selling tofu at the {{u:Sunam Market}}, alone, and that is when I decided that I would not go home the same way, and in October 2016, with the help of {{p:Mahmoud}}, who drove me to the {{u:Embassy of the Republic of Korea in Kuwait}} in his own car on a Friday morning while {{r:Chon}} was at the {{u:DPRK Embassy}} meeting, I left, and I want it written that {{p:Mahmoud Saleh}} did this for nothing, and that {{r:Chon Myong-gil}} is, as far as I know, still sending men to work, now in {{u:Russia}}, and that I, {{r:Yong-gwan}}, still have {{r:Song-ho}}'s cap.""",
    },
    {
        "id": "h32-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Chol-nam", "리철남", "witness", ["철남"]),
            ("Rim Ok-sun", "림옥순", "relative", ["옥순", "옥"]),
            ("Ri Yong-chol", "리영철", "relative", ["영철"]),
        ],
        "note": "Family letter from a worker in Russia in North Korean orthography (로동, 녀자, 리용, 래일, 로씨야); surnames 리/림 beside the village unit 리, 리용 and 림업; pet names 옥이, 영철이; courier comrade by surname; places in DPRK spelling public.",
        "text": """사랑하는 {{r:옥}}이에게

{{r:옥순}}이, 그동안 몸 건강히 잘 있소? 우리 {{r:영철}}이와 {{p:은별}}이도 잘 크고 있는지 늘 념려가 되오. 나는 여기 {{u:로씨야}} {{u:울란우데}}에서 아무 일 없이 잘 있으니 너무 걱정 마오. 이 편지는 우리 작업반 {{p:강}} 동무가 휴가로 {{u:평양}}에 들어가는 길에 부탁하여 보내는 것이니 받거든 {{p:강}} 동무 집에 강냉이 한 말이라도 보내 주오. {{p:강명식}} 동무 집은 {{u:함흥}} {{u:사포구역}} 역전동이오.

여기 로동은 고되지만 나는 견딜 만하오. 아침 여섯시부터 밤 열시까지 벽돌을 쌓는데, 작업반장 {{p:오}} 동무가 계획을 넘쳐 하면 휴식일을 준다고 하니 모두 열심이오. {{p:오}} 반장은 우리 리 사람이 아니고 {{u:단천}} 사람인데 성격이 급하오. 지난 달에는 같은 방의 {{p:림}} 동무가 손을 다쳤는데 {{p:림}} 동무는 원래 {{u:양강도}} 림업사업소에서 일하던 사람이라 나무는 잘 다루어도 벽돌은 서툴다오. {{p:림춘길}}이라고, 당신도 아마 이름은 들어 보았을 것이오. 우리 {{u:상흥리}}에서 시집간 {{p:춘희}} 누이의 남편 동생이오.

{{r:옥}}이, 돈은 래년 봄에 들어갈 때 가지고 가겠소. 지금은 보낼 방도가 없소. 보위지도원 {{p:마}} 동지가 우리 돈을 다 맡아 두었다가 귀국할 때 준다고 하오. {{p:마}} 동지 말로는 충성의 외화벌이 과제를 먼저 완수하여야 한다고 하니 나도 할 말이 없소. 리용할 수 있는 것은 다 리용하라고 하는데 우리가 무엇을 리용하겠소.

어머님은 어떠시오? 지난번 편지에 허리가 아프시다 하였는데 {{u:함흥의학대학병원}}에 가 보시였는지 모르겠소. 어머님께 {{r:철남}}이가 절 올린다고 전해 주오. 장모님 {{p:조복녀}} 어머님께도 안부 전해 주오. 처남 {{p:림광수}}는 군대에서 제대하였는지?

{{r:영철}}아, 아버지다. 너는 이제 소학교 4학년이니 어머니 말씀 잘 듣고 공부 잘 해야 한다. 동생 {{p:은별}}이 울리지 말고. 아버지가 돌아갈 때 로씨야 연필을 한 통 사 가지고 가마. 선생님 {{p:한}} 선생님께도 인사 잘 드려라.

{{r:옥순}}이, 녀자 혼자 집안을 꾸려 가느라 얼마나 고생이 많소. 나도 밤에 누우면 당신 생각 뿐이오. 옆자리 {{p:현}} 동무가 우리 둘 사진을 보고 "{{r:리철남}}이 안해는 배우 같다"고 하길래 내가 웃었소. {{p:현}} 동무의 이름은 {{p:현성길}}인데 그도 {{u:함경남도}} 사람이라 말이 통하오.

래일은 또 일찍 일어나야 하니 이만 줄이오. 이 편지를 읽고 나서는 {{p:강}} 동무 편에 답장을 꼭 보내 주오. 우리 리 인민반장 {{p:배}} 아주머니한테는 편지 왔다는 말을 하지 마오.

{{u:주체}}108(2019)년 11월 31일 (sic)
{{u:울란우데}}에서 당신의 {{r:철남}}

추신: {{r:영철}}이 생일이 12월이니 {{p:강}} 동무 편에 보낸 사탕은 그때 주오. 그리고 {{p:리}} 동무네 ({{p:리경호}} 동무) 집에도 내가 잘 있다고 전해 주오. 그 집 아들 {{p:리혁}}이도 여기 와 있소.""",
    },
    {
        "id": "h32-ko-02",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Pang Yong-gil", "방영길", "supervisor", []),
            ("Mun Chol-gyu", "문철규", "witness", ["철규"]),
            ("Ho Kwang-nam", "호광남", "coworker", ["광남"]),
        ],
        "note": "Dormitory room assignment sheet for a St Petersburg building site, copied by the witness: surname 방 beside 방 (room), 호 beside room numbers 3호, 문 beside 문 (door), 조 beside 조 (shift group), 반 beside 반 (team); witness margin notes; company and city public.",
        "text": """{{u:남강건설무역회사}} {{u:상트페테르부르그}} 지사 제3작업소
숙소 배정표 (2018년 10월 1일부터)
책임자: 작업소장 {{r:방영길}} / 숙소 관리: {{p:조성혁}}

※ 방 배정은 소장 {{r:방}} 동지의 승인 없이 바꿀 수 없음. 밤 11시 이후 방 문을 잠그며 열쇠는 {{p:조}} 동무가 보관함.

1층
1호방 (소장실·사무실): {{r:방영길}}, {{p:조성혁}}
2호방 (보위원실): {{p:차명훈}}
3호방 (1반, 미장): 반장 {{p:반용남}}, {{p:김경수}}, {{p:김경일}}, {{p:박승철}}, {{p:서동혁}}, {{p:위철}}
4호방 (1반, 미장): {{r:문철규}}, {{r:호광남}}, {{p:강일}}, {{p:마성국}}, {{p:우명철}}, {{p:주은성}}
5호방 (식당 뒤, 취사): {{p:길순애}}, {{p:편옥화}} — 녀성 2명, 문은 안에서만 잠금

2층
6호방 (2반, 철근): 반장 {{p:도강혁}}, {{p:리철}}, {{p:리철진}}, {{p:한명수}}, {{p:탁성일}}, {{p:옥경민}}
7호방 (2반, 철근): {{p:지영호}}, {{p:명광철}}, {{p:봉수일}}, {{p:석진}}, {{p:남궁현}}, {{p:계영훈}}
8호방 (3반, 타일): 반장 {{p:금룡}}, {{p:예성철}}, {{p:표경호}}, {{p:육광선}}, {{p:선우철}}, {{p:장일}}
9호방 (병실 겸 창고): 비어 있음

교대 조 편성: 1조 - 1반, 3반 / 2조 - 2반. 조장은 각 반장. 야간조는 {{p:도강혁}} 반장이 책임짐.

[여백 메모, {{r:문철규}} 필체, 2020년 {{u:서울}}에서 추가]
- 4호방이 우리 방. {{r:광남}}이는 내 옆자리. {{r:호광남}}은 성이 "{{r:호}}"라서 다들 "{{r:호}}실장"이라고 놀렸다. 4호방 {{r:호}} 실장.
- {{r:방}} 소장은 방마다 돌며 밤 점검을 했다. "{{r:방}}이 방에 온다"는 말이 나오면 다 불 끄고 누웠다.
- 문 옆 침대는 {{r:문}}이 자리라고 내가 농담하니 {{p:마성국}}이 웃었다. {{p:마}} 형은 그 뒤 2019년 여름에 {{p:차명훈}}이한테 끌려갔다.
- {{p:반용남}} 반장은 반은 사람이고 반은 소장 개였다. 반장 중에 {{p:반}}이 제일 독했다.
- 5호방 {{p:길순애}} 아주머니가 밥을 몰래 더 줬다. {{p:편옥화}}는 {{p:순애}} 아주머니 조카라고 했다.
- 9호방 "병실"에 {{p:위철}}이가 3주 누워 있었는데 병원은 한 번도 안 갔다. {{p:위}} 동무는 그 뒤 {{u:평양}}으로 송환.
- {{p:리철}}과 {{p:리철진}}은 다른 사람. 헷갈리지 말 것. {{p:철진}}이는 2층 6호방 창문으로 나갔다가 잡혔다.
- {{p:석진}}은 성이 {{p:석}}이 아니고 이름이 {{p:석진}}. 성은 {{p:최}}인데 명단에 성이 빠져 있다.

{{u:제니트 아레나}} 주변 아파트 공사 (러시아측 발주: {{u:LSR그룹}}이라고 들었음 — 확인 필요)""",
    },
    {
        "id": "h32-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Hwangbo Yong-su", "황보영수", "witness", ["영수", "황보"]),
            ("Sa Kyong-hun", "사경훈", "supervisor", []),
            ("Tokko Chol", "독고철", "coworker", ["철"]),
        ],
        "note": "KakaoTalk PC export between an NGO volunteer and a former Qatar construction worker identifying people in a team photo: bracketed display names (one with a zero-width space inside), two-syllable surnames 황보 and 독고, surname 사 beside 사 (four) and 회사, ㅋㅋ/ㅠㅠ and emoji; Doha, companies, hospital public.",
        "text": """{{r:황보영수}} 님과 카카오톡 대화
저장한 날짜 : 2023-06-02 23:48:10

--------------- 2023년 5월 30일 화요일 ---------------
[{{p:한\u200b소라}}] [오후 8:02] {{r:영수}} 선생님 안녕하세요~ {{u:북한인권정보센터}} {{p:한소라}}입니다 😊 지난번에 말씀하신 {{u:카타르}} 사진 받았어요!
[{{r:황보영수}}] [오후 8:05] 네 잘 받으셨구나
[{{r:황보영수}}] [오후 8:05] 맨 왼쪽이 저입니다 ㅋㅋ 지금보다 10키로 말랐어요
[{{p:한소라}}] [오후 8:06] ㅋㅋㅋ 알아보겠어요. 옆에 계신 분들 이름 기억나시는 대로 알려주실 수 있을까요? 보고서에는 안 쓰고 내부 확인용이에요
[{{r:황보영수}}] [오후 8:09] 왼쪽부터 저, {{r:독고철}}, {{p:사}}... 아니다 {{p:사용남}}은 뒷줄이고
[{{r:황보영수}}] [오후 8:09] 앞줄 두번째가 {{r:철}}이. {{r:독고철}}. 성이 {{r:독고}}
[{{r:황보영수}}] [오후 8:10] 세번째 {{p:편학수}}, 네번째 {{p:모창일}}
[{{p:한소라}}] [오후 8:11] 뒷줄 가운데 흰 헬멧 쓴 분은요?
[{{r:황보영수}}] [오후 8:13] 그게 {{r:사경훈}}이요. 소대장. 회사에서는 "{{r:사}} 소대장"
[{{r:황보영수}}] [오후 8:13] 사람 넷 잡아먹은 놈이라고 우리끼리는 "{{r:사}}(四)"라고 불렀어요 ㅋㅋ 농담 아님 ㅠㅠ
[{{p:한소라}}] [오후 8:14] 헉… 넷이요?
[{{r:황보영수}}] [오후 8:17] 2015년 여름에 {{u:알코르}} 현장에서 넷 쓰러졌어요. {{p:모창일}}이, {{p:권혁}}이, {{p:연성민}}, 그리고 이름 모르는 {{u:함흥}} 사람. {{r:사경훈}}이 병원 못 가게 했어요
[{{r:황보영수}}] [오후 8:18] {{p:창일}}이만 살았어요. {{u:하마드 병원}} 갔다가 돌아왔어요
[{{p:한소라}}] [오후 8:20] 😢 {{p:권혁}} 씨랑 {{p:연성민}} 씨는요…
[{{r:황보영수}}] [오후 8:24] 모릅니다. 그 뒤로 못봤어요. {{r:사}} 소대장이 "조국으로 갔다" 그랬어요
[{{r:황보영수}}] [오후 8:24] 사진
[{{r:황보영수}}] [오후 8:25] 이건 숙소. 침대 위에 누워있는 게 {{p:편}}씨. {{p:편학수}}
[{{p:한소라}}] [오후 8:27] 감사합니다. 혹시 {{r:독고철}} 씨 연락처는…?
[{{r:황보영수}}] [오후 8:31] {{r:철}}이는 {{u:한국}} 왔어요!! 2019년에. 지금 {{u:천안}} 살아요
[{{r:황보영수}}] [오후 8:31] 카톡 아이디 {{r:dokgo_chul}}82 인데 제가 먼저 물어볼게요
[{{p:한소라}}] [오후 8:32] 네네 꼭 먼저 여쭤봐 주세요 🙏

--------------- 2023년 6월 2일 금요일 ---------------
[{{r:황보영수}}] [오후 10:40] {{r:독고}}가 괜찮대요. 근데 {{r:사경훈}} 이름은 절대 보고서에 쓰지 말래요. 그 사람 형이 보위부
[{{r:황보영수}}] [오후 10:41] 그리고 {{p:모창일}}이 동생 {{p:모영희}}가 {{u:평양}}에 있어요
[{{p:한소라}}] [오후 10:45] 알겠습니다. {{p:사용남}} 씨는 {{r:사경훈}} 씨랑 친척인가요?
[{{r:황보영수}}] [오후 10:47] 아니요 ㅋㅋ 성만 같아요. {{p:용남}}이는 착한 애. 사 년 같이 일했어요
[{{r:황보영수}}] [오후 10:48] 회사는 {{u:조선보통강건설}}. 카타르 쪽 회사는 {{u:걸프팔콘 컨트랙팅}}이었던 거 같은데 확실치 않아요
[{{p:한소라}}] [오후 10:50] 정말 감사해요 {{r:황보}} 선생님. 다음주에 {{p:정}} 팀장님이랑 같이 찾아뵐게요
[{{r:황보영수}}] [오후 10:51] 👍""",
    },
    {
        "id": "h32-ko-04",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Chu Myong-ho", "추명호", "witness", ["명호"]),
            ("Sok Pong-chol", "석봉철", "witness", ["봉철", "봉"]),
            ("Yo Kwang-sik", "여광식", "supervisor", ["여우"]),
        ],
        "note": "Voice-memo transcript of two former loggers talking over each other, with timestamps, speaker letters, [겹침] overlap marks and corrections of each other's names; nickname 여우 (fox) for the leader surnamed 여 beside 여기/여우 the animal; place names in Russia public.",
        "text": """음성메모 전사 — 파일: 새로운 녹음 14.m4a (23분 41초)
전사: {{p:윤하은}} / 검수: {{p:고태민}}
화자: A = 면담자({{p:윤하은}}), B = {{r:추명호}}, C = {{r:석봉철}}
표기: [겹침] 동시 발화, [불명] 알아들을 수 없음, (웃음) 등

[00:00:03] A: 녹음 시작할게요. 두 분 편하게 말씀하시면 돼요.
[00:00:09] B: 편하게 하라니까 더 떨리는데요. (웃음)
[00:00:15] C: {{r:명호}}야 니가 먼저 해.
[00:00:18] B: 제가요? 그럼… 저는 {{r:추명호}}고요, 2009년에 {{u:아무르주}} {{u:틴다}}로 갔습니다.
[00:00:31] C: [겹침] {{u:틴다}} 아니지, 처음엔 {{u:페르보마이스코예}}—
[00:00:33] B: [겹침] 아 맞다, {{u:페르보마이스코예}}. {{r:봉철}}이 형이 기억력이 좋아요.
[00:00:41] A: 작업반장은 누구였어요?
[00:00:44] B: {{r:여광식}}.
[00:00:44] C: [겹침] {{r:여우}}. (웃음)
[00:00:47] B: 우리는 {{r:여우}}라고 불렀어요. 성이 {{r:여}}가니까. 그리고 진짜 여우 같았어요.
[00:00:53] C: 여기서 여우라고 하면 다 알아. {{r:여}} 반장. {{r:여광식}}이.
[00:01:02] A: 그분이 어떤 일을 시켰는지—
[00:01:04] C: [겹침] 시킨 거? 다 시켰지. 하루 열여섯 시간.
[00:01:07] B: [겹침] 눈 오는 날도—
[00:01:09] C: 눈 오는 날이 더 했어. {{r:여우}}가 "눈 올 때 나무가 잘 넘어간다" 그랬잖아.
[00:01:20] B: 그때 {{p:국진}}이 다쳤잖아요.
[00:01:22] C: {{p:국진}}이 아니라 {{p:국철}}이. {{p:남국철}}.
[00:01:25] B: 아 {{p:남국철}}. 맞아요. {{p:남}} 동무. 나무에 깔렸어요.
[00:01:31] A: 병원에는—
[00:01:32] B: [겹침] 못 갔어요.
[00:01:32] C: [겹침] 안 보냈지.
[00:01:36] C: {{r:여광식}}이가 러시아 사람 {{p:콜랴}}한테 트럭 빌려서 {{u:틴다}} 읍내까지 가긴 갔는데, 병원 앞에서 돌아왔어.
[00:01:48] A: 왜요?
[00:01:49] C: 보위원 {{p:탁}}이가—
[00:01:50] B: [겹침] {{p:탁}}이 아니고 {{p:택}}이요, 형. {{p:택}} 지도원.
[00:01:53] C: {{p:탁}}이든 {{p:택}}이든. [불명] 하여간 그놈이 "여권 없는 사람 병원 가면 다 잡힌다" 했어.
[00:02:05] A: 그 보위원 이름 전체 기억나세요?
[00:02:08] B: {{p:택성민}}? {{p:택승민}}?
[00:02:10] C: {{p:택성민}}.
[00:02:14] B: 형 말이 맞을 거예요.
[00:02:20] A: {{p:남국철}} 씨는 그 뒤에 어떻게 됐어요?
[00:02:23] C: (침묵 4초) 석 달 뒤에 본국 갔어. 다리 절면서.
[00:02:31] B: {{p:국철}}이 형 부인이 {{p:장미선}}이라고, {{u:혜산}} 사람인데, 제가 나중에 {{u:하바롭스크}}에서 편지를 대신 써 줬어요.
[00:02:42] C: [겹침] 니가 썼어? 처음 듣는데.
[00:02:44] B: 형한테 말 안 했지. {{r:여우}}가 알면 죽어요.
[00:02:50] A: {{r:석}} 선생님은 언제 나오셨어요?
[00:02:52] C: 나? 2014년. {{r:봉철}}이는 혼자 나왔어. {{r:명호}}는 나보다 일 년 늦게.
[00:03:00] B: 형, "{{r:봉철}}이는"이 뭐예요, 본인 얘기하면서. (웃음)
[00:03:03] C: (웃음) 내가 나를 {{r:봉}}이라고 부르는 게 버릇이야. 우리 어머니가 "{{r:봉}}아, {{r:봉}}아" 하셨거든.
[00:03:12] A: 어머님 성함은…?
[00:03:14] C: {{p:류정실}}. 지금은 돌아가셨어요.
[00:03:20] B: [겹침] 형 어머니 진짜 좋은 분이셨는데—
[00:03:22] C: 니가 언제 봤다고.
[00:03:24] B: 사진으로요! (웃음)

[00:03:30 ~ 00:21:10 생략: 작업 조건, 임금(별도 파일)]

[00:21:12] A: 마지막으로, 지금 {{r:여광식}} 씨는 어디 있는지 아세요?
[00:21:16] B: {{u:블라디보스토크}}에서 봤다는 사람이 있었어요. {{p:하성일}}이가 2019년에.
[00:21:20] C: [겹침] {{p:하성일}}이 말은 반만 믿어.
[00:21:23] B: (웃음) 네, 반만.
[00:21:30] A: 오늘 고맙습니다. 녹음 끌게요.
[00:21:32] C: {{r:여우}} 얘기는 이름 빼 줘요. 아니, 넣어 줘요. 아니… [불명]
[00:21:38] [녹음 종료]""",
    },
    {
        "id": "h32-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kang Song-nam", "강성남", "witness", ["성남"]),
            ("Cha Myong-suk", "차명숙", "relative", ["명숙"]),
            ("Kang Il-bom", "강일범", "relative", ["일범"]),
        ],
        "note": "NGO case timeline in Korean, passport name in fullwidth capitals; given name 성남 beside the city Seongnam (성남시), surname 강 beside rivers (두만강, 강을 건너다), surname 차 beside 차 (car, tea); impossible dates 2월 30일 and 13월; Kuwait, Russia and DPRK places and agencies public.",
        "text": """[사례 KR-0912] {{r:강성남}} 가족 관련 연표 (내부용, 2023.08 작성 / 작성자 {{p:오세진}})

■ 기본 정보
- 본인: {{r:강성남}}(여권 영문 {{r:ＫＡＮＧ　ＳＯＮＧ　ＮＡＭ}}, 1975년생, {{u:함경북도}} {{u:청진시}} 출신), 현재 {{u:경기도}} {{u:성남시}} 거주
- 배우자: {{r:차명숙}}(1978년생), {{u:북한}} 거주 추정
- 아들: {{r:강일범}}(2001년생), 2020년 이후 소재 불명
- 딸: {{p:강은주}}(2004년생), {{r:차명숙}}과 함께 거주 추정

■ 연표
1998.04      {{r:강성남}}, {{r:차명숙}}과 결혼. 주례는 동네 인민반장 {{p:곽}}씨.
2001.09.17   아들 {{r:일범}} 출생.
2004.03.02   딸 {{p:은주}} 출생.
2012.05      {{r:성남}}, {{u:조선능라도무역총회사}}를 통해 {{u:쿠웨이트}} 파견. 작업반장 {{p:은광철}}.
2014.08      {{u:쿠웨이트}} 현장에서 동료 {{p:마동철}} 추락사. {{r:성남}} 씨 진술: "{{p:은}} 반장이 사고를 '개인 부주의'로 보고했다."
2015.06      귀국. 귀국 직후 {{u:국가보위성}}에 불려가 {{p:마동철}} 사고에 대해 조사받음.
2016.13.05   (원문 그대로, 본인 기억으로는 "2016년 겨울") 두 번째 파견, {{u:러시아}} {{u:하바롭스크}} 건설 현장. 담당 지도원 {{p:봉영식}}.
2017.02.30   (날짜 오류 — 본인은 "2월 말"이라고 함) 현장 이탈. 러시아인 트럭 운전사 {{p:세르게이}}의 차를 타고 {{u:블라디보스토크}}로 이동.
2017.03      {{u:블라디보스토크}}에서 한국 선교사 {{p:최}} 목사 도움으로 은신.
2017.11      {{u:인천국제공항}} 입국. {{u:국가정보원}} 합동신문 후 {{u:하나원}} 입소.
2018.05      {{u:하나원}} 수료, {{u:성남}}에 정착. 담당 신변보호관 {{p:류지훈}} 경위.
2018.10      {{r:차명숙}}, {{u:청진}}에서 보위부 조사 받음 (중국 브로커 {{p:김}} 사장을 통한 전언).
2019.12      브로커 {{p:김}} 사장을 통해 {{r:명숙}} 씨와 3분 통화. {{r:명숙}}: "{{r:일범}}이 군대 갔다."
2020.01      {{u:코로나19}}로 국경 봉쇄. 이후 가족 소식 끊김.
2021.07      {{r:성남}} 씨, 차를 몰고 가다 교통사고. {{u:분당서울대병원}} 입원 2주.
2022.04      {{u:중국}} {{u:훈춘}} 수산물 공장에서 {{r:강일범}}으로 보이는 사람을 봤다는 전언 (출처: 탈북민 {{p:연소희}}).
2023.02      {{p:연소희}} 재면담: "{{r:일범}}이라는 이름은 맞는데 성은 확실하지 않다. 키가 크고 {{u:청진}} 말씨였다."
2023.06      {{r:강성남}} 씨, {{u:통일부}} 이산가족 찾기 신청. 두만강 건너 소식이라도 들었으면 한다고 함.

■ 메모
- 본인은 "{{r:강}} 씨 집안이 다 물가에서 났다"며 {{u:두만강}}, {{u:수성천}} 얘기를 자주 함. 강 이야기와 {{r:강}} 씨 가족 이야기를 구분해서 기록할 것.
- {{p:마동철}}의 부인 {{p:허순실}}에게 사고 사실을 알릴지 여부는 {{p:오세진}}/{{p:정하림}} 논의 필요.
- {{r:성남}} 씨는 차를 좋아해서 면담 때마다 보리차를 가져옴. {{r:차명숙}} 씨 얘기할 때는 늘 울먹임.
- {{p:은광철}}은 {{u:한국}}에 입국한 다른 탈북민 {{p:은경호}}의 친척일 가능성 → 확인하지 말 것(본인 요청).""",
    },
    {
        "id": "h32-ko-06",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Tak Hye-yong", "탁혜영", "witness", ["혜영"]),
            ("Kye Chun-sil", "계춘실", "supervisor", []),
            ("Pi Kum-ok", "피금옥", "coworker", ["금옥"]),
        ],
        "note": "Counselling log over several sessions for a woman who worked in Polish greenhouses: counsellors and supervisors by surname + title, client by name and 내담자, surname 피 beside 피 (blood), 탁 beside 탁자, 계 beside 계획; Polish towns, agencies and companies public.",
        "text": """상담일지 — {{u:남북하나재단}} 위탁 심리상담
내담자: {{r:탁혜영}}(여, 1990년생) / 담당: {{p:신유나}} 상담사 / 슈퍼바이저: {{p:문정희}} 박사

[1회기] 2023.03.07 (화) 14:00-15:10
내담자는 2016-2019년 {{u:폴란드}} {{u:그루지옹츠}} 인근 온실 농장에서 토마토 수확 일을 했다고 함. 파견 회사는 "{{u:조선릉라888무역회사}}", 폴란드 쪽은 인력 중개업체 "{{u:아그로폴}}"로 기억. 여성 28명, 관리원 {{r:계춘실}}. 첫 회기라 라포 형성에 집중. 내담자가 탁자 위 휴지를 계속 만지작거림. "{{r:계}} 관리원" 얘기가 나오면 목소리가 작아짐.

[2회기] 2023.03.14 (화) 14:00-15:00
수면 문제 호소(새벽 4시에 깸 — 농장 기상 시간). "{{r:계춘실}} 선생이 '계획 미달이면 밥 없다'고 했어요." 계획이라는 단어에 반응. 같은 방 동료 {{r:피금옥}} 언급. "{{r:금옥}} 언니는 손이 빨라서 늘 1등. 그래서 {{r:계}} 관리원이 {{r:금옥}} 언니를 좋아했는데, 언니가 피를 토한 뒤로는…" (말을 멈춤)

[3회기] 2023.03.21 (화) 14:00-15:20
{{r:피금옥}} 관련 이야기. 2018년 7월 온실 안 온도 40도 이상, {{r:피}} 언니 객혈. {{r:계춘실}}이 병원에 보내지 않음. 폴란드인 농장 감독 {{p:마렉}}({{p:Marek}})이 {{u:토룬}}의 병원에 데려가려 했으나 {{r:계}} 관리원이 막음. 내담자: "{{p:마렉}} 아저씨가 화를 냈어요. 폴란드 말로 막 소리를 질렀는데 {{p:안나}}가 통역을 안 해 줬어요." ({{p:안나}} = 폴란드 측 사무직원 {{p:Anna Kowalczyk}}로 추정) → 피해 경험 재진술 시 해리 징후 약간. 안정화 기법 실시.
슈퍼비전 메모({{p:문}} 박사): 내담자의 "{{r:금옥}} 언니" 죄책감 다룰 것. {{r:피금옥}}의 현재 생사 불명.

[4회기] 2023.03.28 (화) — 내담자 취소 (문자: "선생님 오늘 못가요 죄송해요 ㅠ").

[5회기] 2023.04.04 (화) 14:00-15:00
내담자가 사진 한 장 가져옴. 온실 앞에서 여성 6명. 왼쪽부터 {{r:혜영}}, {{r:금옥}}, {{p:소연희}}, {{p:방은별}}, {{p:오순}}, {{p:함경실}}. {{p:함경실}}의 이름이 {{u:함경도}}와 비슷하다며 처음으로 웃음. "{{p:경실}}이는 {{u:평안도}} 사람이에요 ㅎㅎ." {{p:방은별}}과 {{p:소연희}}는 2019년 함께 귀국. {{p:오순}}은 성이 {{p:오}}, 이름이 {{p:순}}.
내담자 남편 {{p:주영민}}({{u:한국}}에서 만남)이 대기실에서 기다림. 남편은 과거 얘기를 모름 — 비밀 유지 요청.

[6회기] 2023.04.11 (화) 14:00-15:10
{{u:국제노동기구}}, {{u:폴란드 국가노동감독청}} 관련 질문. 진술 의향 있음. {{u:북한인권정보센터}} {{p:이보람}} 연구원 연계 동의서 작성. 내담자: "{{r:계춘실}} 이름은 써도 돼요. 그 사람은 벌 받아야 돼요. 근데 {{r:금옥}} 언니 이름은 빼 주세요."

담당 상담사 {{p:신유나}} (서명) / 확인 {{p:문정희}}""",
    },
    {
        "id": "h32-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yom Chol-u", "염철우", "witness", ["철우"]),
            ("Pae Myong-hak", "배명학", "supervisor", []),
            ("Ok Song-il", "옥성일", "coworker", ["성일"]),
        ],
        "note": "One very long paragraph of Korean testimony from a fishing-boat crewman: captain surnamed 배 beside 배 (ship, belly, pear), coworker 옥 beside 옥수수, witness 염 beside 염장 (salting); Russian and Chinese vessels and ports public.",
        "text": """저는 {{r:염철우}}이고 2015년부터 2018년까지 {{u:원산}} 선적 오징어 채낚기 배 {{u:대양 23호}}를 탔는데, 선장은 {{r:배명학}}이라는 사람이었고 다들 "{{r:배}} 선장"이라고 불렀는데, {{r:배}} 선장이 배를 몬다고 해서 처음엔 농담인 줄 알았지만 {{r:배}} 선장은 농담을 하는 사람이 아니었고, 배 위에서는 {{r:배명학}}이가 법이었고, 출항하면 석 달, 길면 다섯 달을 육지에 안 들어가고 중국 운반선 {{u:루위안위 118호}}에 바다 위에서 고기를 넘기고 기름과 쌀을 받았는데, 그게 제재 위반이라는 건 {{u:한국}} 와서 {{u:유엔 안보리}} 보고서를 보고 알았고, 배 안에는 선원이 스물두 명이었고 저랑 제일 친했던 사람이 {{r:옥성일}}인데, {{r:성일}}이는 {{u:신포}} 사람이고 옥수수 국수를 잘 만들어서 별명이 "옥수수"였는데 사실 그건 성이 {{r:옥}}이라서 붙은 별명이기도 했고, 배가 고프면 {{r:성일}}이가 몰래 오징어 내장을 염장해서 나눠 줬는데 제 성이 {{r:염}}이라고 "{{r:염}} 동무가 염장 담당"이라고 놀리기도 했고, 밤에 집어등을 켜고 낚시를 하면 새벽까지 손이 얼어서 감각이 없었는데 {{r:배}} 선장은 할당량 못 채우면 밥을 반으로 줄였고, 정치지도원 {{p:공학선}}이가 옆에서 "당의 외화벌이 과업"이라고 떠들었고, {{p:공}} 지도원은 한 번도 낚싯줄을 잡아 본 적이 없었고, 2016년 10월에 {{u:러시아}} 수역 근처에서 폭풍을 만났을 때 기관장 {{p:림동수}}가 엔진을 살리려고 기관실에 혼자 남아 있다가 화상을 입었는데 {{r:배명학}}이는 {{u:블라디보스토크}}로 가자는 말을 끝까지 안 들었고, 결국 {{p:림}} 기관장은 사흘 뒤에 죽었고, 시신은 얼음 창고에 넣어 두었다가 {{u:원산}}에 들어가서야 가족한테 넘겼는데, {{p:림동수}}의 부인 {{p:석정애}}가 부두에서 우는 걸 저는 배 위에서 봤고, 그 뒤로 {{r:성일}}이가 말이 없어졌고, 2017년에는 {{u:중국}} {{u:룽커우}} 항에 수리하러 들어갔는데 거기서 조선족 선박 대리인 {{p:김춘식}} 씨가 우리한테 담배랑 라면을 줬고, {{p:김}} 씨가 "여기서 내리면 {{u:한국}} 갈 수 있다"고 귀띔해 줬지만 그때는 무서워서 못 내렸고, 2018년 3월에 다시 {{u:룽커우}}에 들어갔을 때 {{r:옥성일}}이랑 같이 밤에 배에서 내려서 {{p:김춘식}} 씨 차를 타고 {{u:칭다오}}로 갔는데 {{r:성일}}이는 {{u:칭다오}}에서 공안에 잡혔고 저만 빠져나왔고, 그래서 저는 지금도 {{r:옥성일}}이 이름을 말할 때마다 배가 아프고, {{r:배}} 선장은 지금도 배를 타는지 모르지만 {{r:배명학}}이라는 이름은 꼭 기록해 주시고, {{r:성일}}이 어머니 {{p:한옥분}} 씨가 {{u:신포}}에 살아 계신다면 {{r:철우}}가 미안하다고 전해 주고 싶습니다.""",
    },
    {
        "id": "h32-ko-08",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Jon Kum-song", "전금송", "witness", ["금송"]),
            ("Kim Man-bok", "김만복", "supervisor", ["만복"]),
            ("Pyo Chang-ik", "표창익", "other", []),
        ],
        "note": "Police witness statement (진술조서) in question-and-answer form: surname 전 beside 전에/전화, given name 만복 beside the greeting 만복, broker 표창익 beside 표창 (commendation) and 표 (ticket); investigators private; Mongolian and Chinese places, police agency public.",
        "text": """진 술 조 서

성    명: {{r:전금송}}
생년월일: 1985. 4. 11.
주    거: {{u:인천광역시}} {{u:남동구}} (이하 생략)

위의 사람은 피의자 {{r:표창익}}에 대한 「{{u:출입국관리법}}」 위반 및 사기 피의사건에 관하여 2023. 9. 14. {{u:인천경찰청}} 안보수사과 사무실에 임의 출석하여 다음과 같이 진술하다.

문: 진술인은 피의자 {{r:표창익}}을 알고 있나요.
답: 네, 압니다. 전에 {{u:몽골}}에서 나올 때 브로커였습니다. 저희끼리는 "{{r:표}} 사장"이라고 불렀습니다.

문: 진술인이 {{u:몽골}}에 간 경위를 말해 보세요.
답: 2015년에 {{u:평양}}의 {{u:만수대창작사}} 산하 건설대로 {{u:울란바토르}}에 파견됐습니다. 아파트 건설 현장이었고 작업반장은 {{r:김만복}}이었습니다.

문: {{r:김만복}}은 어떤 사람이었나요.
답: 이름이 {{r:만복}}인데 저희한테는 복이 하나도 없었습니다. (웃음) {{r:만복}}이는 여권을 다 걷어 갔고, 월급은 한 번도 제 손에 안 줬습니다. {{r:김}} 반장 밑에 부반장 {{p:차성호}}가 있었는데 {{p:차}} 부반장이 매일 밤 인원 점검을 했습니다.

문: 피의자 {{r:표창익}}은 언제 처음 만났나요.
답: 2018년 여름에 현장 근처 식당 주인 {{p:바야르}}({{p:Bayar}}) 씨가 소개해 줬습니다. {{r:표창익}}이는 조선족이 아니고 한국 사람이라고 했습니다. {{r:표}} 씨가 "{{u:한국}} 가는 표는 내가 다 끊어 준다, 한 사람에 1,500만 원"이라고 했습니다.

문: 그 돈을 지급했나요.
답: 제가 무슨 돈이 있겠습니까. {{u:한국}} 가서 일해서 갚기로 하고, 먼저 제 누나 {{p:전은송}}이 {{u:한국}}에서 300만 원을 보냈습니다. 누나는 2011년에 먼저 와 있었습니다.

문: 출국 과정을 말해 보세요.
답: 2018년 9월 {{r:김만복}}이 {{u:다르항}}에 간 날 밤에 나왔습니다. 같이 나온 사람이 {{p:원용철}}, {{p:전광수}}였습니다. {{p:전광수}}는 저랑 성만 같고 친척은 아닙니다. {{r:표}} 사장이 차를 보냈고 운전사는 몽골 사람 {{p:간바트}}였습니다. {{u:자민우드}}를 거쳐 {{u:중국}} {{u:얼롄하오터}}로 넘어갔습니다.

문: 그 이후에는요.
답: {{u:얼롄하오터}}에서 {{r:표창익}}이 돈을 더 내라고 했습니다. 한 사람에 500만 원 더. 안 내면 공안에 넘긴다고 했습니다. {{p:원용철}}이는 돈이 없어서 거기 남았고, 그 뒤로 소식을 모릅니다. 전화도 안 됩니다.

문: 진술인은 어떻게 {{u:한국}}에 왔나요.
답: 누나가 돈을 또 보냈습니다. {{p:전은송}} 누나가 빚을 졌습니다. 저는 {{u:라오스}}를 거쳐서 2019년 2월에 왔습니다.

문: 피의자가 진술인 외에도 같은 방식으로 돈을 받은 사람을 알고 있나요.
답: {{p:전광수}}, 그리고 {{u:몽골}} 다른 현장에 있던 {{p:육성희}}라는 여자분. {{p:육}} 씨는 {{u:한국}} 와서 {{r:표}} 사장을 고소하려다가 포기했다고 들었습니다.

문: 피의자는 현재 무엇을 하고 있는지 아나요.
답: 작년에 {{u:안산}}에서 무슨 봉사 단체 표창을 받았다는 기사를 봤습니다. 사진에 {{r:표창익}}이 상장을 들고 있었습니다. 표창받을 사람이 아닙니다.

문: 더 할 말이 있나요.
답: {{p:원용철}}이를 찾아 주셨으면 합니다. 그리고 {{r:김만복}}이가 아직 {{u:울란바토르}}에 있다면 거기 사람들도 다 저처럼 될 수 있습니다.

위의 조서를 진술인에게 열람하게 하였던바 진술한 대로 오기나 증감·변경할 것이 없다고 말하므로 간인한 후 서명하게 하다.

진술인 {{r:전금송}} (서명)
2023. 9. 14.
{{u:인천경찰청}}
사법경찰관 경위 {{p:노형석}}
사법경찰리 경사 {{p:염다은}}

(참고: 진술인은 명절 인사로 "만복을 빕니다"라는 문자를 {{p:노형석}} 경위에게 보낸 바 있으나 이는 {{r:김만복}}과 무관함.)""",
    },
    {
        "id": "h32-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Hyon Ung-chol", "현웅철", "supervisor", []),
            ("Yang Kuk-nam", "양국남", "witness", ["국남"]),
            ("Mo Su-gil", "모수길", "coworker", ["수길"]),
        ],
        "note": "Minutes of a weekly self-criticism session (생활총화) at a Russian logging camp, copied out by the witness: speakers by surname + 동무/동지, surname 모 beside 모두, 양 beside 양 (amount), 현 beside 현장; leaders and quoted works public.",
        "text": """{{u:조선로동당}} {{u:림업성}} 제17련합기업소 {{u:아무르}} 분소 제2작업반 초급당 세포
주 생활총화 회의록 (주체107(2018)년 2월 3일, 토요일 19시, 합숙소 식당)
사회: 세포비서 {{r:현웅철}} / 기록: {{p:길명진}}
참가: 작업반원 24명 중 23명 (결석 1명: {{p:차영근}} — 병)

1. 학습
세포비서 {{r:현웅철}} 동지가 {{u:김정일}} 동지의 로작 「{{u:사회주의는 과학이다}}」의 일부를 읽고, {{u:김정은}} 동지께서 주신 외화벌이 과업을 현장에서 관철할 데 대하여 강조하였다.

2. 자기비판
① {{p:길명진}} 동무: 이번 주 톱날 관리를 잘못하여 작업이 한 시간 지체되였다. 앞으로 조직생활에 더 성실히 참가하겠다.
   호상비판 — {{r:모수길}} 동무: "{{p:길명진}} 동무는 톱날뿐 아니라 사상이 무디다."(모두 웃음) → 세포비서가 웃음을 제지함.
② {{r:양국남}} 동무: 계획 목재량의 87%밖에 하지 못하였다. 양이 모자란 것은 나의 충성심이 모자란 탓이다.
   호상비판 — {{p:손창혁}} 동무: "{{r:양}} 동무는 밤에 로씨야 사람과 말을 한다." {{r:양국남}} 동무는 트럭 운전수 {{p:미샤}}에게 담배를 얻었을 뿐이라고 답함.
   세포비서: "{{r:양}} 동무는 다음 총화까지 반성문을 제출할 것."
③ {{r:모수길}} 동무: 집에 편지를 쓰면서 "힘들다"는 말을 썼다. 이는 조국과 당에 대한 불신으로 될 수 있으므로 깊이 반성한다.
   호상비판 — {{p:우정호}} 동무: "{{r:모}} 동무의 편지 받을 사람이 누구냐." {{r:모수길}}: "안해 {{p:신선화}}다."
   {{r:현웅철}} 동지: "모두들 {{r:모}} 동무를 본보기로 삼아 편지를 검열받고 보낼 것."
④ {{p:손창혁}} 동무: 할 말 없음. → 세포비서 지적: "할 말이 없는 것이 문제다."
⑤ {{p:우정호}} 동무: 식량을 몰래 더 먹었다. 취사원 {{p:연}} 동무가 준 것이다.
   → 취사원 {{p:연옥실}} 동무 다음 총화에 호출.

3. 결론 (세포비서 {{r:현웅철}})
- 현장 이탈 사례가 옆 작업반에서 나왔다({{p:국경호}}, 1월 29일). 모두 경각성을 높일 것.
- {{p:국경호}}와 친한 사람은 따로 면담: {{r:양국남}}, {{p:차영근}}.
- 2월 16일 {{u:광명성절}}까지 계획 120% 수행.

회의록 끝. 확인: {{r:현웅철}} (수표)

[{{r:양국남}}의 덧붙임, 2022년 {{u:서울}}: 이 회의록은 기록원 {{p:길명진}}이 버린 초안을 내가 베껴 둔 것이다. {{r:현}} 비서는 현장에 한 번도 안 나왔다. {{r:수길}}이 형은 그해 여름 편지 때문에 송환됐다. {{p:국경호}}는 잡히지 않았다고 들었다. {{r:국남}}이라는 내 이름이 나오는 부분은 다 지워 달라.]""",
    },
    {
        "id": "h32-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pak Yong-jin", "박영진", "witness", ["Yong-jin", "영진"]),
            ("Yu Chang-son", "유창선", "supervisor", []),
            ("Sa Hyang-mi", "사향미", "coworker", ["Hyang-mi"]),
        ],
        "note": "Markdown monitoring report with headings, a pipe table of workers (Hangul and romanized names in separate cells, status column), bold and code spans, footnotes; surname Yu beside 'you', Pak with particle 박은; Russian sites, companies and UN mandate holders public.",
        "text": """# Monitoring note: DPRK construction workers in {{u:Vladivostok}} and {{u:Ussuriysk}} (Q3 2023)

**Classification:** internal / do not forward
**Prepared by:** {{p:Noh Ji-won}} (field), {{p:Ben Clarke}} (analysis)
**Reviewed:** {{p:Shin Hae-ri}}

## 1. Summary

Three sites were visited or observed between 4 July and 29 September 2023. At all three, workers identified as DPRK nationals were present despite {{u:UN Security Council resolution 2397}}. The main source is **{{r:Pak Yong-jin}}** ({{r:박영진}}), who left the `{{u:Sedanka}}` site in August and is now in {{u:Seoul}}. {{r:박영진}}은 "the brigade is still there, nothing changed" 라고 말함.

## 2. Persons identified

| # | 이름 (Hangul) | Name (romanized) | Role | Site | Status (Sep 2023) |
|---|---|---|---|---|---|
| 1 | {{r:박영진}} | {{r:Pak Yong-jin}} | plasterer | {{u:Sedanka}} | left site, in {{u:ROK}} |
| 2 | {{r:유창선}} | {{r:Yu Chang-son}} | brigade leader | {{u:Sedanka}} | on site |
| 3 | {{r:사향미}} | {{r:Sa Hyang-mi}} | cook | {{u:Sedanka}} | on site |
| 4 | {{p:김명철}} | {{p:Kim Myong-chol}} | welder | {{u:Sedanka}} | hospitalised Jul 2023 |
| 5 | {{p:리광혁}} | {{p:Ri Kwang-hyok}} | security (보위원) | {{u:Sedanka}} / {{u:Ussuriysk}} | rotates |
| 6 | {{p:문성철}} | {{p:Mun Song-chol}} | mason | {{u:Ussuriysk}} | unknown |
| 7 | {{p:한은주}} | {{p:Han Un-ju}} | cook | {{u:Ussuriysk}} | returned to DPRK? |
| 8 | {{p:공명호}} | {{p:Kong Myong-ho}} | driver | {{u:Nadezhdinsky}} | on site |
| 9 | ? | "Old Man {{p:Jang}}" / {{p:장}} 영감 | watchman | {{u:Nadezhdinsky}} | on site |

> Note: row 9 — {{r:Pak}} only knows the nickname. Do not guess.

## 3. Conditions (from {{r:Pak}})

- Hours 06:00-23:00; {{r:Yu}} allows one rest day per month. "You don't rest, you rest when {{r:Yu}} rests," {{r:Pak}} quotes.
- Wages: developer pays RUB 90,000/month per worker to {{u:Primorye Stroy-Invest}}; workers receive USD 50-100 via {{r:유창선}}.
- {{r:사향미}} ({{r:Hyang-mi}}) cooks for 40 men alone. {{r:박}}은 "{{r:향미}} 누나가 제일 고생했다"고 함.
- {{p:김명철}} burned in a gas explosion in July; {{p:Kim}} was taken to hospital by a Russian foreman, {{p:Andrei Lysenko}}, against {{r:Yu}}'s objection[^1].

## 4. Recommendations

1. Share rows 2, 5 with the {{u:Special Rapporteur on contemporary forms of slavery}} ({{u:Tomoya Obokata}}) — **without** rows 1, 3, 4.
2. Ask {{p:Ben}} to cross-check {{u:Primorye Stroy-Invest}} against {{u:OFAC}} and {{u:EU}} sanctions lists.
3. {{r:Yong-jin}} wants to know if his cousin {{p:Pak Song-il}} is on any list. Check.

[^1]: Per {{r:영진}}, {{p:Lysenko}} said "I don't care what your {{r:Yu}} says." Hospital: {{u:Vladivostok Clinical Hospital No. 2}}.

---
*{{p:NJW}} / {{p:BC}} - v2 - 2023-10-03*""",
    },
    {
        "id": "h32-mixed-02",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("No Un-gyong", "노은경", "witness", ["Un-gyong", "은경"]),
            ("Sok Tae-ung", "석태웅", "supervisor", []),
            ("Ma Yong-hui", "마영희", "coworker", ["Yong-hui"]),
        ],
        "note": "JSON-like intake form pasted from a web tool: keys in English, values in Korean and English, names in string values, email and handle fields, nested objects with braces; surname No beside the word 'no' and false booleans, 노 in Hangul; Chinese cities, factory and NGO public.",
        "text": """--- pasted from intake tool (export failed, copied as text) ---
{
  "case_id": "CN-2024-031",
  "created": "2024-01-09T10:42:00+09:00",
  "intake_officer": "{{p:Chae Yun-seo}}",
  "intake_officer_email": "{{p:yunseo.chae}}@nkwatch-intake.org",
  "interpreter": null,
  "subject": {
    "name_ko": "{{r:노은경}}",
    "name_en": "{{r:NO Un-gyong}}",
    "name_alt": ["{{r:Noh Eun-kyung}}", "{{r:No Ungyong}}", "{{r:盧恩慶}}"],
    "dob": "1992-02-31",
    "dob_note": "as stated; she says 'end of February', passport lost",
    "sex": "F",
    "origin": "{{u:평안북도}} {{u:신의주시}}",
    "phone_contact": "via sister {{p:No Un-ha}} ({{p:노은하}}), Kakao ID {{p:eunha}}_0311",
    "consent_to_share": "no",
    "minor": false
  },
  "employment_abroad": {
    "country": "{{u:China}}",
    "city": "{{u:Dandong}} ({{u:丹东}})",
    "employer_cn": "{{u:丹东华锦服装有限公司}}",
    "employer_kp": "{{u:조선은하무역총회사}}",
    "sector": "garment",
    "period": "2017-04 / 2023-08",
    "group_size": 210,
    "manager": "{{r:석태웅}} ({{r:Sok Tae-ung}}), 지배인",
    "security": "{{p:변재호}}",
    "chinese_supervisor": "{{p:刘春梅}} / {{p:Liu Chunmei}}, 'Sister {{p:Liu}}'",
    "wages_reported": "CNY 2,800 / month to company; worker received ~CNY 100"
  },
  "coworkers_named": [
    {"name": "{{r:마영희}}", "rom": "{{r:Ma Yong-hui}}", "note": "bunk neighbour; fainted Aug 2021; {{r:석}} 지배인 refused clinic"},
    {"name": "{{p:오진아}}", "rom": "{{p:O Jin-a}}", "note": "sewing line leader"},
    {"name": "{{p:계선희}}", "rom": "{{p:Kye Son-hui}}", "note": "sent home 2020 after talking to {{p:Liu}}"},
    {"name": "{{p:하순}}", "rom": "{{p:Ha Sun}}", "note": "only surname+given known? 'ha' also her laugh per subject"}
  ],
  "narrative": "{{r:은경}} says: {{r:석}} 지배인이 여권을 다 가지고 있었고, {{r:영희}}가 쓰러졌을 때도 '일 없다'고만 했다. No days off in 2020-2022 (COVID). {{r:Yong-hui}} and {{r:Un-gyong}} left through the back gate on 2023-08-14 with help of a driver known as 'Lao {{p:Zhang}}'. {{p:Liu Chunmei}} 'turned her face away'.",
  "referrals": ["{{u:NKDB}}", "{{u:Hanawon}}", "counsellor {{p:Shin}}"],
  "flags": {"trafficking": true, "forced_labour": true, "sexual_violence": "no (asked twice)", "no_further_contact": false},
  "last_edited_by": "{{p:ychae}}"
}
--- end paste ---
Officer note ({{p:CYS}}): "{{r:석}} 지배인" above = {{r:Sok Tae-ung}}. Fix in tool. {{r:No}} is her real surname, not "no" - don't autocorrect.""",
    },
    {
        "id": "h32-mixed-03",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ho Chang-il", "허창일", "witness", ["Хо Чан Ир", "Chang-il"]),
            ("Pak Myong-gil", "박명길", "supervisor", ["Пак Мён Гиль"]),
            ("Kim Kwang-son", "김광선", "coworker", ["Ким Гван Сон"]),
        ],
        "note": "Russian police report (рапорт and explanation) in Cyrillic with English translator's notes: Korean names in Russian transliteration, Russian officers and witnesses as 'Surname I.O.' and full name with patronymic, declined forms (Пака, Хо, Кима); police units, town, company and criminal code public.",
        "text": """[Document 7 of the {{u:Tynda}} file. Russian original, photographed by {{p:Yekaterina M.}}; English notes by the translator {{p:David Holt}} in square brackets.]

Начальнику {{u:ОМВД России по Тындинскому району}}
подполковнику полиции {{p:Гречко В.С.}}

РАПОРТ

Докладываю, что 14 января 2019 года в 16 часов 20 минут в дежурную часть поступило сообщение от гражданина {{p:Петрова Виктора Ивановича}}, мастера лесозаготовительного участка {{u:ООО «Тындалес»}}, о том, что на участке в 47 км от г. {{u:Тында}} обнаружен труп мужчины азиатской внешности.

По прибытии на место установлено: труп принадлежит гражданину {{u:КНДР}} {{r:Ким Гван Сону}}, 1979 г.р. [= {{r:Kim Kwang-son}}, {{r:김광선}}; the dative "{{r:Ким Гван Сону}}" is the same name], работнику бригады, руководимой гражданином {{u:КНДР}} {{r:Пак Мён Гилем}} [= {{r:Pak Myong-gil}}, {{r:박명길}}].

Со слов {{r:Пака}} М.Г. [sic: the officer declines the surname as a Russian one], {{r:Ким}} скончался в результате падения дерева. Со слов гражданина {{u:КНДР}} {{r:Хо Чан Ира}} [{{r:Ho Chang-il}}], работавшего вместе с погибшим, {{r:Ким}} был болен в течение недели, просил освободить его от работы, однако бригадир {{r:Пак}} отказал.

Гражданин {{r:Хо}} доставлен в отдел для дачи объяснений. Переводчик: {{p:Ли Ен Хи}} [{{p:Lee Yeon-hee}}? — a Koryo-saram woman from {{u:Blagoveshchensk}}; not the brigade's interpreter].

Участковый уполномоченный полиции
лейтенант полиции {{p:Сидоренко А.А.}}
14.01.2019

ОБЪЯСНЕНИЕ
г. {{u:Тында}}, 15 января 2019 г.
Я, {{r:Хо Чан Ир}}, 1986 г.р., гражданин {{u:КНДР}}, паспорт находится у бригадира, по существу заданных вопросов поясняю:
С сентября 2017 года работаю вальщиком в бригаде {{r:Пак Мён Гиля}}. {{r:Ким Гван Сон}} мой товарищ, мы из одного города {{u:Хамхын}}. С 6 января {{r:Ким}} кашлял кровью. {{r:Пак}} сказал, что больных отправят домой и семья получит позор. 14 января {{r:Ким}} упал в снег на делянке и больше не встал. Дерево на него не падало. Это придумал {{r:Пак}}. Второй бригадир {{p:Ю Сон Чер}} [{{p:Yu Song-chol}}] это тоже видел. Мастер {{p:Петров}} видел, как {{r:Пак}} и {{p:Ю}} перетащили тело под поваленную лиственницу.
Деньги за работу мы не получаем, всё забирает {{r:Пак}} и передаёт представителю фирмы {{p:Чону}} [{{p:Chong}} — dative; surname only].
Больше мне пояснить нечего. С моих слов записано верно, мною прочитано [he could not read Russian — translator's note by {{p:D.H.}}].
{{r:Хо Чан Ир}} (подпись на корейском: {{r:허창일}})
Объяснение взял: лейтенант полиции {{p:Сидоренко А.А.}}

[Translator's notes: (1) No case was opened under art. 127.2 of the {{u:Criminal Code of the Russian Federation}} ({{u:Уголовный кодекс РФ}}), "use of slave labour"; the file ends with a refusal to open a criminal case signed by Major {{p:Kuzmin}}. (2) {{r:Chang-il}} told us in {{u:Seoul}} in 2022 that {{p:Petrov}} was later dismissed. (3) "{{r:Пак Мён Гиль}}" and "{{r:Пака}}" are both {{r:Pak Myong-gil}}. (4) {{r:Kim Kwang-son}}'s widow is {{p:Cho Yong-ran}}, {{u:Hamhung}}.]""",
    },
    {
        "id": "h32-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Myong-sun", "리명순", "witness", ["李明顺", "명순", "Myong-sun"]),
            ("Chon Kyong-hui", "천경희", "supervisor", ["千京姬"]),
            ("Song Ok-ju", "송옥주", "coworker", ["宋玉珠", "옥주"]),
        ],
        "note": "Chinese seafood factory roster of DPRK workers in Chinese characters with workshop and dormitory columns, annotated in Korean and English by the witness: surname 车 beside 车间 (workshop), 金 beside 金额, 文/方/安 as ordinary characters; Chinese staff names private; company, city and province public.",
        "text": """{{u:珲春市海丰水产食品有限公司}}
朝鲜籍员工花名册（第三批）　　制表：人事部 {{p:王丽娟}}　　日期：2019年12月25日
（注：本名单仅供内部管理使用，不得外传）

序号　姓名　　性别　出生年月　　车间　　　宿舍
01　　{{r:千京姬}}　女　　1972.03　　管理　　　A-101
02　　{{p:方成哲}}　男　　1975.11　　保卫　　　A-102
03　　{{r:李明顺}}　女　　1993.06　　一车间　　B-201
04　　{{r:宋玉珠}}　女　　1991.09　　一车间　　B-201
05　　{{p:车明花}}　女　　1995.01　　一车间　　B-201
06　　{{p:金英淑}}　女　　1990.12　　一车间　　B-201
07　　{{p:金英玉}}　女　　1994.04　　二车间　　B-202
08　　{{p:文秀妍}}　女　　1996.07　　二车间　　B-202
09　　{{p:安春心}}　女　　1992.02　　二车间　　B-202
10　　{{p:高银姬}}　女　　1989.08　　二车间　　B-202
11　　{{p:朴善花}}　女　　1997.10　　冷冻车间　B-203
12　　{{p:白玉兰}}　女　　1993.05　　冷冻车间　B-203
13　　{{p:韩顺姬}}　女　　1988.03　　冷冻车间　B-203
14　　{{p:朱美英}}　女　　1995.12　　包装车间　B-204
15　　{{p:马香梅}}　女　　1994.06　　包装车间　B-204
（以下略，共计186人）

车间主任：一车间 {{p:刘海燕}}　二车间 {{p:张国庆}}　冷冻车间 {{p:孙伟}}　包装车间 {{p:赵敏}}
工资发放：每月按人头计 2,650元，总金额汇入朝方负责人 {{r:千京姬}} 账户。

[주석: {{r:리명순}}, 2023년 {{u:서울}}]
- 01번 {{r:千京姬}} = {{r:천경희}}, 우리 관리원. 중국 사람들은 "{{r:千}}经理"라고 불렀다. {{r:천}} 관리원은 여권 186개를 금고에 넣고 다녔다.
- 02번 {{p:方成哲}} = {{p:방성철}}, 보위원. {{p:방}} 보위원은 밤마다 B동 방을 돌았다.
- 03번 {{r:李明顺}}이 나. 04번 {{r:宋玉珠}} = {{r:송옥주}}, 같은 방. {{r:옥주}}는 2020년 2월 코로나 때 고열로 쓰러졌는데 {{r:천경희}}가 병원 대신 방에 가뒀다.
- 05번 {{p:车明花}} = {{p:차명화}}. 이름에 "{{p:车}}"가 있다고 중국 조장 {{p:刘海燕}}이 "车间의 {{p:车}}"라고 놀렸다.
- 06, 07번 {{p:金英淑}}·{{p:金英玉}}은 자매 아님. 둘 다 {{u:남포}} 사람.
- 12번 {{p:白玉兰}} = {{p:백옥란}}. 2020년 폭동 때 {{p:백}} 동무가 앞장섰다고 {{r:천}} 관리원이 총화에서 말함. 그 뒤 소식 없음.

[English note by {{p:T. Zhou}}, translator: {{p:王丽娟}} ({{p:Wang Lijuan}}) signed as HR. 车间 means "workshop", not a name; 金额 means "amount". {{p:车明花}} and {{p:车}} in the joke are the worker (surname {{p:Cha}}). The factory is in {{u:珲春}} ({{u:Hunchun}}), {{u:吉林省}}. {{r:Myong-sun}} says total was 186, matching the line "共计186人". The North Korean dispatching company was given to her as {{u:조선릉라도선박무역회사}}.]""",
    },
    {
        "id": "h32-mixed-05",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Chang Hyon-su", "장현수", "witness", ["Hyon-su"]),
            ("Kong Il-ho", "공일호", "supervisor", ["일호"]),
            ("Pu Chol", "부철", "coworker", []),
        ],
        "note": "Tab-separated wage ledger pasted from a spreadsheet (Sakhalin construction brigade): Hangul and romanized name columns, deduction columns, remarks naming approvers; leader's given name 일호 beside 1호 (No. 1), surname 공 beside 0/공제, 부 beside 부반장; mixed line endings; company and places public.",
        "text": """{{u:Yuzhno-Sakhalinsk}} 현장 — 2018년 11월 로임 지불 대장 (copied from {{r:Chang Hyon-su}}'s phone photo, typed by {{p:Ahn Da-som}})
작성: 부기원 {{p:염성미}}\t승인: 작업소장 {{r:공일호}}\t회사: {{u:조선대외건설총회사}} / {{u:Sakhalin-Stroi Holding}}

번호\t이름\tName\t직종\t기본(루블)\t충성자금\t숙식비\t공제 기타\t실지급(루블)\t비고
1호\t{{r:공일호}}\t{{r:Kong Il-ho}}\t소장\t95000\t0\t0\t0\t95000\t
2\t{{p:부경남}}\t{{p:Pu Kyong-nam}}\t부소장\t80000\t0\t0\t0\t80000\t{{r:공}} 소장 직접
3\t{{p:염성미}}\t{{p:Yom Song-mi}}\t부기원\t60000\t10000\t5000\t0\t45000\t
4\t{{r:장현수}}\t{{r:Chang Hyon-su}}\t미장\t60000\t40000\t12000\t5000\t3000\t벌금(지각) - {{p:부}} 부소장
5\t{{r:부철}}\t{{r:Pu Chol}}\t미장\t60000\t40000\t12000\t0\t8000\t
6\t{{p:김일남}}\t{{p:Kim Il-nam}}\t미장\t60000\t40000\t12000\t0\t8000\t
7\t{{p:리성진}}\t{{p:Ri Song-jin}}\t철근\t60000\t40000\t12000\t8000\t0\t"병가" 공제 - {{r:일호}} 승인
8\t{{p:조광철}}\t{{p:Jo Kwang-chol}}\t철근\t60000\t40000\t12000\t0\t8000\t
9\t{{p:홍은철}}\t{{p:Hong Un-chol}}\t철근\t60000\t40000\t12000\t0\t8000\t
10\t{{p:나명수}}\t{{p:Na Myong-su}}\t타일\t60000\t40000\t12000\t0\t8000\t
11\t{{p:남일}}\t{{p:Nam Il}}\t타일\t60000\t40000\t12000\t3000\t5000\t벌금(휴대전화) - {{p:남}} 동무
12\t{{p:도경철}}\t{{p:To Kyong-chol}}\t타일\t60000\t40000\t12000\t0\t8000\t
13\t{{p:위명호}}\t{{p:Wi Myong-ho}}\t운전\t65000\t40000\t12000\t0\t13000\t
14\t{{p:공명}}\t{{p:Kong Myong}}\t취사\t50000\t30000\t12000\t0\t8000\t{{r:공일호}}와 친척 아님
15\t{{p:하은숙}}\t{{p:Ha Un-suk}}\t취사\t50000\t30000\t12000\t0\t8000\t
합계\t\t\t\t1,020,000\t520,000\t168,000\t16,000\t316,000\t

Notes ({{p:Ahn Da-som}} / {{r:Hyon-su}}):
- "1호" in row 1 is the row number written by the bookkeeper; {{r:Hyon-su}} says everyone also called {{r:Kong Il-ho}} "{{r:일호}} 동지", and the pun "1호 {{r:일호}}" was a joke behind his back.
- 충성자금 (loyalty money) = 40,000 of 60,000. {{r:Chang}}'s 3,000 roubles were paid in cash by {{p:Yom Song-mi}}; he never signed.
- Row 5, {{r:Pu Chol}}: same surname as row 2 {{p:Pu Kyong-nam}}. Not related. {{r:Pu}} was the one who lent {{r:Hyon-su}} his phone. {{r:Pu}}'s name is written {{r:부철}} everywhere; no given-name variant known.
- Row 7, {{p:Ri Song-jin}} was in hospital ({{u:Sakhalin Regional Hospital}}) for 3 weeks after a fall; {{r:공}} 소장 deducted the whole wage as "sick leave".
- Row 14, {{p:Kong Myong}}: "{{p:공명}}이 형" cooked for 15 people.
- Total paid out: 316,000 of 1,020,000. The Russian contractor ({{u:Sakhalin-Stroi Holding}}) paid the company about 2.4 million for the same month, per {{r:Chang}}.""",
    },
    {
        "id": "h32-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Song-hak", "김성학", "other", ["金成学"]),
            ("Ri Chol-jun", "리철준", "witness", ["철준", "Chol-jun"]),
            ("Hyon Tae-gil", "현태길", "supervisor", []),
        ],
        "note": "WeChat chat export (timestamps, wxid handles, Chinese forms of address 金哥/小李/老周/玄队长 with the affix outside the mention, voice-message placeholders) between a Korean-Chinese fishing agent and a DPRK crewman on a Chinese trawler, in Chinese and Korean with English annotation; Chinese ports, vessel names and coastguard public.",
        "text": """微信聊天记录导出 / WeChat chat export
对方: {{r:金}}哥 (wxid_{{r:jinchengxue}}1978)
导出时间: 2021-11-02 01:12:45
[Annotations in English by {{p:Yoo Min-seo}}, {{u:Transitional Justice Working Group}}]

2021-06-18 22:03:11 {{r:金}}哥: 小{{r:李}}, 在吗? {{r:철준}}아 자니?
2021-06-18 22:05:40 我: 안 자요. 배가 {{u:石岛}} 들어왔어요
2021-06-18 22:06:02 {{r:金}}哥: {{r:玄}}队长在船上吗?
2021-06-18 22:06:30 我: {{r:현}} 대장 육지 나갔어요. {{r:现}}… 아니 {{r:玄}} 대장
2021-06-18 22:07:15 {{r:金}}哥: 好. 明天 {{u:鲁荣渔 2682}}… 不是, {{u:鲁荣渔 2695}} 要人
2021-06-18 22:07:49 {{r:金}}哥: [语音 0:42]
[Voice message, transcribed by {{r:Chol-jun}}: "{{r:철준}}아, 내일 저녁에 부두 3번으로 와. {{r:현태길}}이한테는 말하지 말고. 돈은 老{{p:周}}가 준다."]
2021-06-18 22:10:03 我: 저 혼자요? {{p:동혁}}이도 데려가도 돼요?
2021-06-18 22:11:20 {{r:金}}哥: {{p:东赫}}? {{p:崔东赫}}? 他不行, {{r:玄}}盯着他
2021-06-18 22:11:58 我: {{p:최동혁}}이 다리 다쳐서 일 못해요. 여기 두면 죽어요
2021-06-18 22:13:30 {{r:金}}哥: 😮‍💨 我问问老{{p:周}}
2021-06-19 08:02:16 {{r:金}}哥: 老{{p:周}}说可以. 两个人, 每人 5000
2021-06-19 08:03:00 我: 돈 없어요. {{r:현}} 대장이 9개월 월급 안 줬어요
2021-06-19 08:04:41 {{r:金}}哥: 那就先欠着. 小{{r:李}} 你是好孩子 😊
2021-06-19 19:45:12 {{r:金}}哥: 到了吗?
2021-06-19 19:46:03 我: 부두에 {{u:海警}} 배 있어요 🚨
2021-06-19 19:46:30 {{r:金}}哥: 别动. 等 老{{p:周}} 电话
2021-06-19 21:20:55 我: [图片]
[Photo: two men on a pier, {{r:Chol-jun}} and {{p:Choe Dong-hyok}}; background: a stern marked "{{u:LU RONG YU 2695}}" and "{{u:荣成}}".]
2021-06-19 21:21:40 {{r:金}}哥: 👍 上车. 白色面包车. 司机姓{{p:于}}
2021-06-20 03:10:17 我: {{u:威海}} 도착. {{r:김성학}} 형님 고맙습니다
2021-06-20 03:12:00 {{r:金}}哥: 别叫我真名 😂 叫{{r:金}}哥就行
2021-06-24 11:30:44 {{r:金}}哥: {{r:玄}}队长在找你们. 他给船东 {{p:孙}}老板 打电话了
2021-06-24 11:31:20 我: {{p:孙}} 사장이 알면 {{u:公安}} 불러요?
2021-06-24 11:33:08 {{r:金}}哥: 不会. {{p:孙}}自己也怕. 船上朝鲜人是违法的 ({{u:UN}} {{u:2397号决议}})
2021-06-24 11:34:00 我: {{p:동혁}}이 병원 가야 돼요
2021-06-24 11:35:51 {{r:金}}哥: 我让我老婆 {{p:美玉}} 带他去 {{u:威海市立医院}}. 就说是我表弟 {{p:金东赫}} 🙏

[Annotation: "{{r:金}}哥" ("Brother {{r:Kim}}") = {{r:Kim Song-hak}} ({{r:김성학}} / {{r:金成学}}), a Korean-Chinese labour agent from {{u:Yanbian}}; his WeChat id contains his name in pinyin. "小{{r:李}}" ("little {{r:Li}}") = {{r:Ri Chol-jun}}. "{{r:玄}}队长" = {{r:Hyon Tae-gil}}, the DPRK crew boss; {{r:Chol-jun}} first typed the homophone "{{r:现}}" by mistake. "老{{p:周}}" is a broker, "Old {{p:Zhou}}". {{p:孙}}老板 = the vessel owner, {{p:Sun}}. {{p:Choe Dong-hyok}} was registered at the hospital as {{p:Kim Dong-hyok}} ({{p:金东赫}}). {{u:Shidao}}, {{u:Rongcheng}} and {{u:Weihai}} are in {{u:Shandong}}.]""",
    },
    {
        "id": "h32-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Rim Kyong-chol", "림경철", "witness", ["Kyong-chol", "경철"]),
            ("Yo Myong-hui", "여명희", "witness", ["Myong-hui", "명희"]),
            ("Tae Chun-bok", "태춘복", "supervisor", []),
        ],
        "note": "NGO staff Slack channel export: @handles and display names of staff (private), message timestamps, reactions with emoji, threads; witnesses by case code and slips into names in Korean and English, surname Tae beside 태 in 태도, Yo beside 여기; public rapporteur, NGOs, cities public.",
        "text": """#case-review  |  export 2023-11-20
Members: @{{p:minji.kwon}} ({{p:Kwon Min-ji}}), @{{p:dhlee}} ({{p:Lee Dong-hoon}}), @{{p:sophie_r}} ({{p:Sophie Renard}}), @{{p:jaehyun}} ({{p:Park Jae-hyun}})

[09:12] {{p:Kwon Min-ji}}: morning all ☀️ two cases for today: RU-118 ({{u:Tynda}} logger) and PL-007 (greenhouse, {{u:Kuyavia}})
[09:13] {{p:Lee Dong-hoon}}: RU-118 = {{r:림경철}} right? I'm still writing him as {{r:Rim Kyong-chol}} in the draft, ok?
[09:13] {{p:Kwon Min-ji}}: pls no names in this channel 😬 use codes. but yes
[09:14] {{p:Lee Dong-hoon}}: sorry. RU-118 says the brigade boss {{r:Tae}} ({{r:태}} 반장) had a "태도 문제" list — anyone with a bad 태도 got no bread
  ↳ thread (3 replies)
  [09:16] {{p:Sophie Renard}}: 태도 = attitude? so the boss's name and the word are the same syllable?
  [09:17] {{p:Kwon Min-ji}}: yes 😂 {{r:태춘복}}, {{r:태}} 반장. the workers joked "{{r:태}}가 태도를 본다"
  [09:18] {{p:Sophie Renard}}: noted. I'll put "{{r:Tae Chun-bok}}" only in the annex for the SR
[09:20] {{p:Park Jae-hyun}}: for the annex: {{u:Tomoya Obokata}}'s office asked for it by 1 Dec. @{{p:sophie_r}} can you own that?
[09:20] {{p:Sophie Renard}}: 👍
[09:25] {{p:Lee Dong-hoon}}: RU-118 also mentions a Russian forest ranger, {{p:Vitaly}}, who reported the camp to the prosecutor in {{u:Blagoveshchensk}}. and a coworker {{p:Son Kum-chol}} who died 2017. {{r:Kyong-chol}} was with him.
[09:26] {{p:Kwon Min-ji}}: {{p:Son}}'s son is in {{u:Seoul}} now btw — {{p:Son Il-hyok}}. he contacted {{u:NKDB}}, not us.
[09:31] {{p:Park Jae-hyun}}: PL-007: {{r:여명희}} (b. 1988). worked 2017-2019 in greenhouses near {{u:Grudziądz}}. group manager ({{u:Korea Rungrado}} side) was a woman, {{p:Kye}} something
[09:32] {{p:Kwon Min-ji}}: {{p:Kye Chun-sil}}? the {{u:Korea Hana Foundation}} counsellor had a client with the same manager
[09:32] {{p:Park Jae-hyun}}: could be!! {{r:명희}} says "{{p:계}} 관리원" only
[09:33] {{p:Lee Dong-hoon}}: cross-check before we link them. different farm maybe
[09:35] {{p:Park Jae-hyun}}: {{r:Myong-hui}} also names two coworkers: {{p:Sol Ok-hwa}}, {{p:Chang Yong-mi}}. and a Polish farm manager "Pan {{p:Marek}}"
[09:36] {{p:Sophie Renard}}: "Pan" is Mr in Polish, so just {{p:Marek}} 🙂
[09:36] {{p:Park Jae-hyun}}: ahh ok. Pan {{p:Marek}} it is
[09:40] {{p:Kwon Min-ji}}: {{r:여명희}} was also in {{u:Gdańsk}} for a month? she told me 여기 저기 다 갔다고
[09:41] {{p:Park Jae-hyun}}: yes, {{u:Gdańsk}} in Sep 2018 — packing fish for {{u:Baltic Seafood sp. z o.o.}} (not sure of the exact name)
[09:45] {{p:Lee Dong-hoon}}: ok. drafts: RU-118 → me, PL-007 → @{{p:jaehyun}}. {{p:Min-ji}} reviews both
[09:46] {{p:Kwon Min-ji}}: ✅ and @{{p:dhlee}} remember {{r:경철}} 씨 asked us to call his wife {{p:Pyo Sun-hui}} only via his sister {{p:Rim Kyong-ok}}
[09:47] {{p:Lee Dong-hoon}}: yes yes.
[10:02] {{p:Sophie Renard}}: FYI {{u:Walk Free}} report on DPRK labour in {{u:EU}} out next week, {{u:Leiden University}} team ({{u:Remco Breuker}}) contributed. Might quote {{r:Yo}}'s case if she consents
[10:03] {{p:Park Jae-hyun}}: will ask {{r:Myong-hui}} tomorrow 🙏
[10:03] {{p:Kwon Min-ji}}: 🙏🙏
----
pinned: "no real names in channel" — {{p:Kwon Min-ji}}, 2023-03-02 (ironic, I know) 🙃""",
    },
    {
        "id": "h32-mixed-08",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Kim Chol-ung", "김철웅", "witness", ["Chol-ung"]),
            ("Chae Yong-sam", "채용삼", "supervisor", []),
            ("Ri Un-song", "리은성", "coworker", ["Un-song"]),
        ],
        "note": "OCR paste of a Polish work-permit list for DPRK welders at a Gdynia shipyard subcontractor: names in fullwidth Latin letters, zero-width spaces inside names, Polish diacritics for officials; surname Chae beside the word 채용 (hiring); Korean notes; voivodeship office, labour inspectorate, shipyard and cities public.",
        "text": """[OCR z PDF / OCR from PDF - {{u:Pomorski Urząd Wojewódzki w Gdańsku}}, Wydział Spraw Cudzoziemców. Copy supplied by {{p:Marta Zielińska}}, 2017. Fullwidth characters are as they came out of the OCR.]

WYKAZ ZEZWOLEŃ NA PRACĘ - obywatele {{u:KRLD}} / work permits, DPRK nationals
Pracodawca / employer: {{u:Wonder Marine Services sp. z o.o.}}, {{u:Gdynia}}
Miejsce pracy / workplace: {{u:Stocznia Nauta}} hala 4, {{u:Gdynia}}
Stanowisko: spawacz / welder

Lp.  Nazwisko i imię / name          Nr paszportu    Ważne do
1    {{r:ＣＨＡＥ　ＹＯＮＧ　ＳＡＭ}}                 836xxxx01       31.12.2017
2    {{r:ＫＩＭ　ＣＨＯＬ　ＵＮＧ}}                 836xxxx14       31.12.2017
3    {{r:ＲＩ　ＵＮ　ＳＯＮＧ}}                     836xxxx22       31.12.2017
4    {{p:ＰＡＫ　ＭＹＯＮＧ　ＳＵ}}                 836xxxx27       31.12.2017
5    {{p:ＫＡＮＧ　Ｉ\u200bＬ　ＮＡＭ}}             836xxxx31       31.12.2017
6    {{p:ＪＯ　ＳＯＮＧ　ＨＹ\u200bＯＫ}}           836xxxx35       31.06.2017 (sic)
7    {{p:HWANG Tae\u200b-song}}               836xxxx40       31.12.2017
8    {{p:KIM Kwang\u200bho}}                  836xxxx41       31.12.2017
9    {{p:O Yong-chan}}                   836xxxx48       31.12.2017
10   {{p:Ｓ\u200bＩＮ Ｈｙｏｎ-ｓｕ}}              836xxxx52       31.12.2017

Decyzję wydał / decision issued by: {{p:Jolanta Wąsowicz}}, inspektor; zatwierdził: dr {{p:Krzysztof Bąk}}, kierownik oddziału
Pełnomocnik pracodawcy / employer's agent: {{p:Tomasz Wrona}} ({{p:t.wrona}}@wondermarine.pl)

[NGO notes, {{u:Seoul}}, 2023, by {{p:Ko Eun-bi}} with the witness no. 2, {{r:Kim Chol-ung}} ({{r:김철웅}})]
- 1번 {{r:채용삼}} ({{r:CHAE YONG SAM}}) = 우리 반장. 이름 때문에 폴란드 채용 회사 사람들이 "{{r:채용삼}} 씨, 채용 담당이냐"고 농담했다고 함. {{r:채}} 반장은 웃지 않았다.
- {{r:Chae}} kept the ten passports and the ten bank cards from {{u:PKO Bank Polski}}. The wage (about PLN 4,000 gross) arrived on the cards; {{r:Chae}} withdrew it at the ATM in {{u:Gdynia Główna}} station, {{r:Chol-ung}} says, "on the 10th of every month, with {{p:Pak}} standing next to him".
- {{p:Pak}} = no. 4, {{p:박명수}}, the security man.
- 3번 {{r:리은성}} ({{r:Ri Un-song}}): {{r:철웅}}의 용접 짝. {{r:은성}}이는 2017년 3월 용접 불꽃에 눈을 다쳐서 {{u:Szpital Miejski w Gdyni}}에 한 번 갔고, 그 뒤 {{r:Chae}}가 다시 못 가게 했다.
- {{p:Kang Il-nam}} and {{p:Jo Song-hyok}} are cousins. {{p:Jo}}'s permit "expiring 31.06.2017" is an OCR or typing error in the original.
- {{p:O Yong-chan}}: {{p:오영찬}}. "Oh, {{p:영찬}}이 형" - {{r:Chol-ung}} laughs - "he sang every night".
- {{p:Sin Hyon-su}} ({{p:신현수}}) left for {{u:Szczecin}} in May 2017 "with {{p:Tomasz}}", i.e. the agent {{p:Wrona}}. {{r:Kim}} does not know why.
- The {{u:Państwowa Inspekcja Pracy}} inspected hala 4 in 2016. {{r:Chol-ung}} remembers a male inspector, "Pan {{p:Adam}}", who asked the workers through {{r:Chae}} whether they were paid; {{r:Chae}} answered for all of them.
- {{r:Chol-ung}} asks that {{r:Un-song}}'s name be removed from anything published: {{r:리은성}}의 어머니 {{p:정복실}}이 {{u:남포}}에 있다.""",
    },
    {
        "id": "h32-mixed-09",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Yang Song-chol", "양성철", "witness", ["Song-chol", "성철"]),
            ("Jang Il-bok", "장일복", "supervisor", ["일복", "Il-bok"]),
            ("No Chol-hwan", "노철환", "coworker", ["Chol-hwan", "철환"]),
        ],
        "note": "Transcription of a two-page handwritten note with [struck] crossings-out, [illeg.] gaps, margin notes and line breaks inside names (one name split across a line with a hyphen), Korean original with English translation per line; surname 장 beside 장 (market, page), 노 beside 노동; Polish cities, foundation and company public.",
        "text": """TRANSCRIPTION - handwritten note, 2 pages, blue ballpoint on squared paper
Source: handed by the writer, {{r:Yang Song-chol}}, to {{p:Magdalena Wiśniewska}} of the {{u:La Strada Foundation}}, {{u:Warsaw}}, December 2016. Transcribed by {{p:Kim Ha-yoon}}, 2023.
Conventions: [struck: ...] crossed-out text, legible; [struck] illegible crossing-out; [illeg.] illegible; [margin] margin note; / line break in the original; translation follows each line in ( ).

Page 1
{{u:그디니아}} 2016.12.[struck] 14 /
({{u:Gdynia}}, 14 Dec 2016)
{{p:마그다}} 선생님께 우리 작업반 사람들 이름 적어 드립니다 /
(For Mrs {{p:Magda}}: the names of our brigade)
1. {{r:양성철}} - 나. 용접공 /
(1. {{r:Yang Song-chol}} - me. welder)
2. [struck: {{r:장일복}}] 반장. 여기 안 적겠습니다 /
(2. [struck: {{r:Jang Il-bok}}] brigade leader. I will not write him here)
[margin] 그래도 적어야 한다. {{r:장}} 반장이 다 가져갔다 /
([margin] But I must write it. Leader {{r:Jang}} took everything)
3. {{r:노철환}} - 용접공, 내 짝. {{r:철환}}이는 노동 보호구 없이 일했다 /
(3. {{r:No Chol-hwan}} - welder, my partner. {{r:Chol-hwan}} worked without protective gear)
4. [struck: {{p:박송남}}] {{p:배송남}} - 철판 /
(4. [struck: {{p:Pak Song-nam}}] {{p:Pae Song-nam}} - steel plates) [the writer first wrote the wrong surname]
5. {{p:김영
철}} - 도장공 / [the name runs over the line break in the original]
(5. {{p:Kim Yong-
chol}} - painter)
6. {{p:현}}[struck] {{p:현명길}} - 도장공 /
(6. {{p:Hyon}} [struck] {{p:Hyon Myong-gil}} - painter)
7. [illeg.] {{p:석}}[illeg.] - 보위원? [struck: 쓰지 마] /
(7. [illeg.] {{p:Sok}}[illeg.] - security? [struck: do not write])

Page 2
{{r:장일복}}이 매달 {{u:PKO}} 카드를 걷어서 돈을 뽑았다 /
({{r:Jang Il-bok}} collected the {{u:PKO}} cards every month and withdrew the money)
{{u:크리스트}} 조선소 [struck] {{u:나우타}} 조선소 /
({{u:Crist}} shipyard [struck] {{u:Nauta}} shipyard)
한 달에 [struck: 120] 100 달러 받았다. {{r:일복}}이가 "충성자금"이라고 /
(We got [struck: 120] 100 dollars a month. {{r:Il-bok}} called the rest "loyalty money")
{{r:철환}}이 눈이 다쳤을 때 {{p:마그다}} 선생님이 병원 [struck] /
(When {{r:Chol-hwan}}'s eye was hurt, Mrs {{p:Magda}} [struck] hospital)
장에 가서 약을 샀다. 폴란드 사람 {{p:Piotr}} 아저씨가 도와줬다 /
(we went to the market and bought medicine. A Polish man, uncle {{p:Piotr}}, helped)
[margin, in different ink] {{p:표트르}} = {{p:Piotr Nowak}}? 전화 번호 [illeg.] /
([margin] {{p:Piotr}} = {{p:Piotr Nowak}}? phone number [illeg.])
우리 이름은 {{u:김정은}}에게 [struck] {{u:조선}}에 알려지면 안 됩니다 /
(Our names must not become known to {{u:Kim Jong Un}} [struck] in {{u:Korea}})
{{r:성철}} 올림 /
(respectfully, {{r:Song-chol}})

[Transcriber's notes ({{p:K.H.Y.}}): "장에 가서" = "went to the market" (장 = market), not the leader {{r:Jang}}. On page 1 the writer wrote "{{p:박}}" then struck it and wrote "{{p:배}}"; both are given here as names because the crossing-out is legible. Line 5 splits {{p:김영철}} across two lines. Item 7, {{p:석}}..., may be {{p:Sok Chang-ho}}, named as security officer by {{r:No Chol-hwan}} in a separate interview (file PL-2019-03). {{r:노철환}} is now in {{u:Busan}}.]""",
    },
]
