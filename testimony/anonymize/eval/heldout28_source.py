# ruff: noqa: E501
"""Held-out evaluation passages, set 28. Markers: {{r:..}} registered private person,
{{p:..}} unregistered private person, {{u:..}} public name (figure, place, organisation,
company, ship, product). Built by build_heldout.py heldout28."""

PASSAGES: list[dict] = [
    {
        "id": "h28-en-01",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Song Man-ho", "송만호", "witness", ["Man-ho"]),
            ("Bang Chol-u", "방철우", "supervisor", []),
            ("Kang Il-ho", "강일호", "coworker", ["Il-ho"]),
            ("Choe Kum-chol", "최금철", "coworker", ["Kum-chol"]),
            ("Krzysztof Wiśniewski", "크시슈토프 비시니에프스키", "other", ["Kshishtof", "K.W."]),
        ],
        "note": "Trade-union solidarity letter from a Polish shipyard branch; surnames Song and Bang beside 'sang a song' and 'went bang'; Polish diminutives (Zbyszek, Danka, Rimek) and a phonetic misspelling of a Polish first name; signature initials; ship and subcontractor names.",
        "text": """SOLIDARITY LETTER

From: Shipyard Branch, {{u:NSZZ Solidarność}}, {{u:Gdynia}}
To: the Korean welders of Hall 4, 2014-2016, and to whoever reads this to them
Copy: {{u:International Transport Workers' Federation}}; {{u:Amnesty International Poland}}

Brothers,

We do not know whether this letter will reach all of you. The group in {{u:Seoul}} that asked us to write says it can be read aloud to one of you, {{r:Song Man-ho}}, and that he will pass it on. So we write first to {{r:Man-ho}}.

{{r:Song}}, you will remember that you could not say our chairman's name and called him "{{r:Kshishtof}}". {{r:Krzysztof}} answered by calling you Mister {{r:Song}}, and then you sang us a song at the Wigilia table in December 2015, the one night {{r:Bang}} let your team eat with us. Nobody understood the words. {{p:Danuta}} from the canteen cried anyway.

We remember {{r:Bang Chol-u}} as well, your so-called leader, who stood at the door of the hall with a notebook. The first hammer went bang on the plate at six and {{r:Bang}} was already there, writing down who had smoked with a Pole. When our crane driver {{p:Zbigniew Kowalczyk}} gave {{r:Kang Il-ho}} a packet of {{u:Marlboro}}, {{r:Bang}} took it away before lunch. {{p:Zbyszek}} still talks about it. He says {{r:Il-ho}} looked at him "like a man watching his own boat sink".

We did not know then what we know now: that your wages, paid by the subcontractor {{u:Armada Steel Services}} into an account we never saw, went to {{r:Bang}} and from him to {{u:Pyongyang}}; that each of you received perhaps a hundred dollars a month; that your passports lay in a drawer in the container office under the portraits of {{u:Kim Il Sung}} and {{u:Kim Jong Il}}. Our branch secretary, {{p:Ewa Mazur}}, asked the management three times. Three times the answer was "their papers are in order".

We remember the fire of 7 March 2015. {{r:Choe Kum-chol}} was welding inside the double bottom when his overalls caught. The men of your team pulled him out: {{r:Il-ho}} first, then {{p:Rim Song-dok}}, whom we called "{{p:Rimek}}". Our safety officer, Mr {{p:Grabowski}}, wanted to call an ambulance. {{r:Bang}} said no, and the ambulance came only when {{r:Krzysztof}} phoned it himself. {{r:Kum-chol}} was taken to {{u:Szpitale Pomorskie}} with burns on his legs and back. Four days later your team told us he had been "sent home". {{p:Rimek}} did not sleep for a week; {{p:Marek Lis}} from the night shift found him sitting on the quay at three in the morning.

We remember small things. That {{r:Kang}} drew the ship we were building on a cigarette box and wrote her name, {{u:Nordic Aurora}}, in Korean letters. That a young one, {{p:Ho}}, we never learned the rest of his name, tried to learn "dzień dobry" and said "jen dobry". That {{r:Man-ho}} mended {{p:Danuta}}'s radio with a welding rod. That when {{p:Ewa}} asked {{r:Song}} whether he had children he held up two fingers, and {{r:Bang}} wrote that down too.

In 2016 the inspectors of {{u:Państwowa Inspekcja Pracy}} came, and in the summer your team was gone in one night. We heard later from journalists that you were moved to a site in {{u:Szczecin}}, then home. We heard that {{r:Kum-chol}} never recovered the use of his left hand.

So, brothers, this is what our branch has decided. We will ask the shipyard's customer, {{u:Fjordline Offshore}} of {{u:Bergen}}, to pay what was taken from you. We will give evidence at the {{u:European Parliament}} hearing on forced labour. We will name {{u:Armada Steel Services}} and the Korean company behind it, {{u:Korea Rungrado General Trading Corporation}}. We will not name you, unless {{r:Man-ho}} tells us you want it.

{{r:Song Man-ho}}, if you read this: {{r:Krzysztof}} is retired, {{p:Zbyszek}} has a grandson, {{p:Danka}} still runs the canteen and keeps a chair for "{{r:Kang}} the artist".

In solidarity,
{{r:Krzysztof Wiśniewski}}, chairman (retired)
{{p:Ewa Mazur}}, secretary
{{r:K.W.}} / {{p:E.M.}}, {{u:Gdynia}}, 11 November 2023""",
    },
    {
        "id": "h28-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Han Kwang-nam", "한광남", "witness", ["Kwang-nam"]),
            ("No Chang-gil", "노창길", "supervisor", ["No Chang Gil"]),
            ("An Chol-jin", "안철진", "coworker", ["Chol-jin"]),
            ("Ri Hyon-u", "리현우", "coworker", []),
        ],
        "note": "UN special-procedures communication draft with reviewer comments and an annex of victims; surnames Han, No and An beside 'No one' and the article 'An'; a political instructor spelled Mun and Moon beside Moon Jae-in; real mandate holders and summit participants are public; a withheld name given as an initial.",
        "text": """DRAFT - NOT FOR TRANSMISSION - v3 (comments in square brackets)

Mandates of the Special Rapporteur on the situation of human rights in the {{u:Democratic People's Republic of Korea}} and the Special Rapporteur on contemporary forms of slavery, including its causes and consequences

REFERENCE: AL QAT 2/2024 (draft)

Excellency,

We have the honour to address you in our capacities as Special Rapporteur on the situation of human rights in the {{u:Democratic People's Republic of Korea}} and Special Rapporteur on contemporary forms of slavery, pursuant to {{u:Human Rights Council}} resolutions 52/28 and 51/15.

In this connection, we would like to bring to the attention of Your Excellency's Government information we have received concerning the alleged forced labour of at least 68 nationals of the {{u:Democratic People's Republic of Korea}} deployed to construction sites in {{u:Lusail}} and {{u:Al Wakrah}}, {{u:Qatar}}, between 2017 and 2020, through an entity reported to operate as {{u:Korea Sobaeksu Trading Company}}, and subcontracted by {{u:Gulf Horizon Contracting W.L.L.}}

According to the information received:

Mr {{r:Han Kwang-nam}} (Victim 1 in the Annex) arrived at {{u:Hamad International Airport}} in April 2017 with 23 other workers from {{u:South Pyongan}}. Upon arrival, the team leader, Mr {{r:No Chang-gil}}, collected all passports. Mr {{r:Han}} reports that Mr {{r:No}} told the workers: "No one here has a passport. No one here needs one."

[Comment {{p:JL}}: we normally do not name alleged perpetrators in the body of an allegation letter. Suggest "the team leader" throughout and keep Mr {{r:No}}'s name for the Annex only? - {{p:Jana}}]

The workers were also supervised by a political instructor whom they knew only as Comrade {{p:Mun}}. Mr {{r:An Chol-jin}} (Victim 2) spells the name "{{p:Moon}}" in his written statement and recalls that Comrade {{p:Moon}} held weekly self-criticism sessions in which workers who had spoken to Nepalese or Indian colleagues were made to stand. Mr {{r:An}} was made to stand in November 2018 after a Nepalese steel-fixer, Mr {{p:Bishnu Thapa}}, lent him a mobile phone. The instructor reportedly told the workers that the summit between {{u:Kim Jong Un}} and {{u:Moon Jae-in}} changed nothing for them.

Shifts allegedly lasted from 05:00 to 21:00, including during the summer months, when outdoor work at midday is prohibited by ministerial decision of the {{u:Ministry of Labour}}. Mr {{r:Han}} states that the site's Qatari sponsor, Mr {{p:Saad bin Khalifa Al-Mansoori}}, paid wages for the team into an account controlled by Mr {{r:No}}, and that workers received between 100 and 150 riyals per month in cash. An Indian site engineer, Mr {{p:Rajesh Pillai}}, is reported to have raised the matter with the sponsor in 2019. [{{p:JL}}: do we have consent from Mr {{p:Pillai}}? He is not a victim. Remove name unless yes.]

On 14 August 2019, Mr {{r:Ri Hyon-u}} (Victim 4) collapsed on the site and was taken to {{u:Hamad General Hospital}}, where he died two days later. The death certificate reportedly gives the cause as "cardiac arrest". Mr {{r:Chol-jin}} states that Mr {{r:Ri}} had worked eighteen days without a rest day. His body was repatriated through {{u:Beijing}}; Mr {{r:Han}} believes that his widow, Ms {{p:Paek Sun-ok}}, was not told the cause of death.

In 2020, following the adoption of {{u:Security Council}} resolution 2397 (2017), most of the workers were reportedly transferred to {{u:Kuwait}} or returned to the {{u:DPRK}}. Mr {{r:Kwang-nam}} left the site in February 2020 and reached the {{u:Embassy of the Republic of Korea}} in {{u:Doha}}.

Please accept, Excellency, the assurances of our highest consideration.

{{u:Elizabeth Salmón}}
Special Rapporteur on the situation of human rights in the {{u:Democratic People's Republic of Korea}}

{{u:Tomoya Obokata}}
Special Rapporteur on contemporary forms of slavery, including its causes and consequences

ANNEX - CONFIDENTIAL
Alleged victims (names in the order given by the source; Hangul as written by the victims)

1. Mr {{r:HAN Kwang-nam}} ({{r:한광남}}), b. 1982, {{u:Anju}}. Mason. Team of Mr {{r:NO Chang-gil}} ({{r:노창길}}).
2. Mr {{r:AN Chol-jin}} ({{r:안철진}}), b. 1986, {{u:Nampo}}. Tiler. Same team.
3. Mr {{p:K.}} (name withheld at his request), b. 1979. Electrician. Team of Mr {{p:Pang Song-il}}.
4. Mr {{r:RI Hyon-u}} ({{r:리현우}}), b. 1975, died 16 August 2019. Mason. Team of Mr {{r:No}}.
5. Mr {{p:CHOE Un-gyong}} ({{p:최은경}}), b. 1990. Carpenter. Team of Mr {{p:Pang}}; brother-in-law of Mr {{r:An}}.

Source of the Annex: interviews by {{u:Citizens' Alliance for North Korean Human Rights}}, {{u:Seoul}}, 2022-2023 (interviewers {{p:S.Y. Lee}} and {{p:H. Kwon}}).""",
    },
    {
        "id": "h28-en-03",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ri Chol-ho", "리철호", "witness", ["Chol Ho", "Cholho"]),
            ("Pak Song-nam", "박송남", "supervisor", ["Song-nam"]),
            ("Jo Kum-hyok", "조금혁", "coworker", []),
        ],
        "note": "Medical insurance claim form from Dubai with adjuster's log; name split across SURNAME / GIVEN NAME fields, upper case, run-together and reversed forms; supervisor who acts as interpreter; hospital named after a ruler; fullwidth letters in a name copied from a passport scan.",
        "text": """{{u:GULF SHIELD HEALTH}} - GROUP MEDICAL CLAIM FORM (IN-PATIENT)
Insurer: {{u:Gulf Shield Health Insurance PJSC}}          Claim ref: GS-IP-2019-0448217
Policyholder (employer): {{u:Al Noor Building Contracting LLC}}, {{u:Al Quoz}}, {{u:Dubai}}
Group policy no.: ANB/GRP/0117                Category: C (labour)

SECTION A - MEMBER
Surname: {{r:RI}}
Given name(s): {{r:CHOL HO}}
Name as printed on card: {{r:ＲＩ ＣＨＯＬ ＨＯ}}
Nationality: {{u:DPRK}}          Date of birth: 03/02/1987          Sex: M
Occupation: Steel fixer          Member ID: ANB-0117-0331
Mobile: none. Contact through site supervisor.

SECTION B - SUPERVISOR / CONTACT PERSON
Name: {{r:PAK SONG NAM}}          Relationship: team leader
Language assistance required: Yes. Interpreter: Mr {{r:Pak}} (same as above)

SECTION C - TREATING FACILITY
Facility: {{u:Rashid Hospital}}, Trauma Centre          Admission: 21/07/2019 14:40          Discharge: 29/07/2019
Treating physician: Dr {{p:Anil Menon}}, Orthopaedics          Referring: Dr {{p:Noura Al Suwaidi}}, ED

SECTION D - HISTORY (to be completed by physician)
Pt is a 32 y/o male brought by site pick-up after fall from scaffold approx. 4 m at a building site in {{u:Jebel Ali}}. History via co-worker who interpreted (Mr {{r:Pak}}). Pt himself non-verbal in English. Per Mr {{r:Pak}}: "slipped, no one's fault". Second co-worker present ({{r:Jo}}) attempted to add history, was stopped by Mr {{r:Pak}}.
Dx: closed fracture L calcaneus; fracture L distal radius; heat exhaustion.
Procedure: ORIF L radius 22/07/2019. Calcaneus conservative.
Physician signature: {{p:A. Menon}}

SECTION E - DECLARATION BY MEMBER
I declare that the above information is true...
Member signature: [Korean characters] {{r:리철호}}          Witness: {{r:박송남}}

---------------------------------------------------------------
ADJUSTER'S LOG (internal - not for release to policyholder)

24/07/2019 {{p:FK}}: Claim received from {{u:Rashid Hospital}} billing. Member name in our system entered as "{{r:CHOLHO RI}}" (given name first). Corrected to {{r:RI, CHOL HO}}. Pre-auth was raised under "{{r:Cholho}}" - merge.
25/07/2019 {{p:FK}}: Called employer HR, spoke to Ms {{p:Rowena Dizon}}. She says member is on a "team contract" with a Korean company, {{u:Korea Unha General Trading}}, and {{u:Al Noor}} pays the team lump sum to Mr {{r:Pak Song Nam}}. She did not know Mr {{r:Ri}}'s first name, called him "{{r:Chol}}". Asked for salary certificate: "ask Mr {{r:Song}}". (She uses the middle syllable as a surname. Same person as {{r:PAK SONG NAM}}.)
27/07/2019 {{p:FK}}: Ward nurse ({{p:Sheela}}, ward 3B) called: patient is asking for a phone, supervisor took his. Patient repeatedly says "{{r:Kum-hyok}}" and "{{u:Pyongyang}}". Nurse thinks {{r:Kum-hyok}} is the co-worker who came on day 1. Not our issue, but noted for duty of care.
28/07/2019 {{p:FK}}: Employer requests member be discharged to the site "for recovery in camp". Dr {{p:Menon}} refuses before 29/07. Mr {{r:Pak}} came to ward, per nurse {{p:Sheela Thomas}}, with another Korean, Mr {{p:Yun}}, said to be "from the company".
29/07/2019 {{p:FK}} / {{p:DA}}: Discharged. Follow-up OPD appointment 12/08 with Dr {{p:Menon}}.
12/08/2019 {{p:DA}}: DNA (did not attend). Called employer. Ms {{p:Dizon}} says the whole Korean team "went home last week". Mr {{r:Ri}}, Mr {{r:Jo}} (first name given as "{{r:Kumhyok}}") and Mr {{r:Pak}} no longer on policy from 10/08. Physio and OPD not claimable.
14/08/2019 {{p:DA}}: Closing. Payable AED 41,880 to {{u:Rashid Hospital}}. Flag for {{u:Dubai Health Authority}} compliance per manager ({{p:Omar}}): possible {{u:DPRK}} workers on labour visa after {{u:UN Security Council}} deadline; refer to Legal.
15/08/2019 Legal ({{p:R. Haddad}}): no action required from insurer. Retain file 10 years.""",
    },
    {
        "id": "h28-en-04",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Hong Man-su", "홍만수", "witness", ["Man-su"]),
            ("Ko Yong-bom", "고영범", "supervisor", []),
            ("Kim Chol-gang", "김철강", "coworker", ["Kim Chol-gwang"]),
        ],
        "note": "Shipping agent's port-call report for a Chinese longliner at Port Louis; given name Man-su beside 'man overboard' and 'the man'; a port doctor whose surname is also that of an airport named after a public figure; Chinese officers by surname and nickname; vessels as public names.",
        "text": """{{u:BLUE LAGOON SHIPPING AGENCY LTD}} - PORT CALL REPORT
Port: {{u:Port Louis}}, {{u:Mauritius}}          Berth: {{u:Fishing Port Quay}}, {{u:Trou Fanfaron}}
Vessel: {{u:Lu Rong Yuan Yu 877}} (longliner, flag {{u:China}}, IMO n/a)          Owner: {{u:Shandong Rongyuan Ocean Fishery Co.}}
Master: Capt. {{p:WANG Jianguo}}          Agent on duty: {{p:D. Appadoo}}
ETA 02/09/2018 0600 LT / ATA 02/09/2018 0715 LT / ATD 06/09/2018 1830 LT

1. Purpose of call: bunkers, provisions, transhipment of frozen catch to reefer {{u:Hai Feng 718}}, medical disembarkation of one crew member.

2. Crew: 31 persons on board. 9 {{u:PRC}} officers and ratings, 22 {{u:DPRK}} fishermen on a "cooperation contract" with {{u:Korea Ryongbong General Corporation}} (copy of contract held by Master, not provided to agent). {{u:DPRK}} crew headed by a bosun, Mr {{r:KO Yong-bom}}, who also acts as interpreter. Shore leave requested for {{u:PRC}} crew only.

3. Medical: Crew member {{r:HONG Man-su}}, {{u:DPRK}}, b. 1984, injured R hand (line hook) on 24/08. Master states the man was treated on board. Port health officer Dr {{p:S. Ramgoolam}} boarded 02/09 at 0900 and ordered transfer to {{u:Victoria Hospital}}, {{u:Candos}}. Ambulance 1010. Bosun {{r:Ko}} insisted on accompanying the patient and was allowed by Dr {{p:Ramgoolam}} as interpreter. Agent's runner, Mr {{p:Kevin Li Wan Po}}, also went.

Note from runner ({{p:Kevin}}): at the hospital, Mr {{r:Hong}} said in simple Chinese that he had been working "twenty hours" and that "the man who fell in the water" last month was not picked up. Bosun {{r:Ko}} told him to be quiet in Korean. {{p:Kevin}} understood only "{{r:Man-su}}-ya" and the tone. Patient was not asked further questions as no Korean interpreter was available. {{u:Mauritius Police Force}} not informed at this stage.

4. Man overboard (see above). On 04/09 the agent asked the Master about the log entry for 11/08 ("crew member lost at sea, 32°S 57°E"). Master says the man was a {{u:DPRK}} fisherman named "{{r:Kim}}" and that the {{u:China Coast Guard}} and the company were informed. Chief Officer {{p:LIU Hai}} ("Lao {{p:Liu}}" to the crew) gave the full name as {{r:KIM Chol-gang}}. Bosun {{r:Ko Yong-bom}} gave it as {{r:KIM Chol-gwang}}. Crew list submitted on arrival shows {{r:KIM CHOL GANG}}, b. 1991. Agent has no way to check. Passport not on board ("kept by company in {{u:Dalian}}").

5. Transhipment to {{u:Hai Feng 718}} completed 05/09, 148 t frozen tuna and shark. Observer on reefer, Mr {{p:Faizal Jeetun}}, noted 4 bags of fins not declared; Master and Mr {{p:Liu}} say these are "personal". Referred to {{u:Ministry of Blue Economy}} fisheries protection.

6. Return of patient: Hospital discharged Mr {{r:Hong}} on 05/09 with two fingers amputated. Dr {{p:Ramgoolam}} recommended repatriation by air via {{u:Sir Seewoosagur Ramgoolam International Airport}}. Master refused on owner's instructions ("contract is for two years"). Patient returned on board 1600, accompanied by Bosun {{r:Ko}}. Agent protested in writing. The P&I correspondent, Mr {{p:Jean-Claude Lan Hing}}, was informed by email.

7. Other: On 05/09 a {{u:DPRK}} crew member approached {{p:Kevin}} at the gangway and asked, in English, "{{u:Korea}} embassy?". The crew member gave his name only as "{{p:Nam}}". Bosun {{r:Ko}} removed him. On departure, the agent counted 21 {{u:DPRK}} crew at the rail. Agent cannot confirm whether {{p:Nam}} or Mr {{r:Man-su Hong}} were among them.

Prepared by: {{p:Devanand Appadoo}}, Agent on duty
Checked by: {{p:R. Bhujun}}, Operations Manager
Distribution: Owners; {{u:Mauritius Ports Authority}}; file.""",
    },
    {
        "id": "h28-en-05",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Gang Myong-hak", "강명학", "supervisor", ["Kang Myong-hak", "Gang M.H."]),
            ("Mun Hye-song", "문혜송", "witness", ["Moon Hye-song"]),
            ("Ryang Chol", "량철", "coworker", ["Yang Chol"]),
            ("Kim Son-ok", "김선옥", "supervisor", ["Kim S.O."]),
            ("Pak Yong-chol", "박영철", "coworker", []),
        ],
        "note": "Labour broker's deployment spreadsheet as CSV with a header row; the same person romanized two ways (Gang/Kang, Mun/Moon, Ryang/Yang); surname-plus-initials; empty fields; remarks column that names relatives; company and site names as public names.",
        "text": """row,worker_code,name_latin,name_korean,site,country,employer_on_paper,start,end,team_leader,remarks
1,AM-0411,{{r:PAK Yong-chol}},{{r:박영철}},{{u:Amursk}} pulp mill housing,{{u:Russia}},{{u:Amur Stroi-Invest}},2016-03-02,2018-12-20,{{r:GANG Myong-hak}},
2,AM-0412,{{p:PAK Yong-il}},{{p:박영일}},{{u:Amursk}} pulp mill housing,{{u:Russia}},{{u:Amur Stroi-Invest}},2016-03-02,2017-05-11,{{r:GANG Myong-hak}},"brother of {{r:PAK Yong-chol}}; sent home 05/2017 (TB)"
3,AM-0413,{{r:RYANG Chol}},{{r:량철}},{{u:Amursk}} pulp mill housing,{{u:Russia}},{{u:Amur Stroi-Invest}},2016-03-02,2019-11-30,{{r:GANG Myong-hak}},"also listed as {{r:YANG Chol}} in visa file"
4,AM-0414,{{p:SIN Kyong-nam}},{{p:신경남}},{{u:Komsomolsk-on-Amur}} school,{{u:Russia}},{{u:Amur Stroi-Invest}},2016-04-15,,{{r:KANG M.H.}},"no end date - status unknown per {{p:Sin}}'s wife"
5,KH-0102,{{p:O Su-ryon}},{{p:오수련}},{{u:Khabarovsk}} residential block 7,{{u:Russia}},{{u:Dalstroi-Kapital}},2017-01-10,2019-12-15,{{p:RI Man-bok}},
6,KH-0103,{{p:TAK Il-nam}},{{p:탁일남}},{{u:Khabarovsk}} residential block 7,{{u:Russia}},{{u:Dalstroi-Kapital}},2017-01-10,2019-12-15,{{p:RI Man-bok}},"replaces {{p:O}} on night shift from 2018"
7,DX-0021,{{r:MUN Hye-song}},{{r:문혜송}},{{u:Donggang}} seafood plant 3,{{u:China}},{{u:Donggang Xinghai Aquatic Products}},2018-06-01,2020-01-25,{{r:KIM Son-ok}},"female; cook then line worker"
8,DX-0022,{{p:CHA Un-ju}},{{p:차은주}},{{u:Donggang}} seafood plant 3,{{u:China}},{{u:Donggang Xinghai Aquatic Products}},2018-06-01,2020-01-25,{{r:KIM Son-ok}},"female; cousin of {{r:MUN H.S.}}"
9,DX-0023,{{r:MOON Hye Song}},,{{u:Donggang}} seafood plant 3,{{u:China}},{{u:Donggang Xinghai Aquatic Products}},2020-02-03,2022-08-30,{{r:KIM S.O.}},"DUPLICATE? same DOB as row 7 - contract renewed under new spelling"
10,KW-0301,{{p:HWANG Chol-min}},{{p:황철민}},{{u:Mutla}} housing,{{u:Kuwait}},{{u:Gulf Bayan Contracting}},2017-02-20,2019-02-19,{{p:CHU Yong}},
11,KW-0302,{{p:SO Myong-il}},{{p:소명일}},{{u:Mutla}} housing,{{u:Kuwait}},{{u:Gulf Bayan Contracting}},2017-02-20,2017-09-01,{{p:CHU Yong}},"injured 08/2017, replaced by {{p:YU Kwang}}"
12,KW-0303,{{p:YU Kwang}},{{p:유광}},{{u:Mutla}} housing,{{u:Kuwait}},{{u:Gulf Bayan Contracting}},2017-09-10,2019-02-19,{{p:CHU Yong}},
13,PL-0009,{{r:KANG Myong Hak}},{{r:강명학}},{{u:Szczecin}} hull sections,{{u:Poland}},{{u:Baltic Weld Partners Sp. z o.o.}},2019-05-01,2019-12-01,,"team leader himself on site as welder ({{u:Poland}} visa category); same person as leader rows 1-4"
14,AM-0420,{{r:RYANG Chol}},{{r:량철}},{{u:Amursk}} pulp mill housing,{{u:Russia}},{{u:Amur Stroi-Invest}},2020-01-15,,{{r:GANG Myong-hak}},"second contract; paid via {{r:Gang}} - see ledger tab '{{r:MH}}'"
15,,,,,,,,,,"TOTAL active 2019-12: 11. Sheet owner: {{p:Lim Dae-ho}} (broker, {{u:Shenyang}}). Last edited by {{p:dhlim}}.\"""",
    },
    {
        "id": "h28-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yom Chol-ung", "염철웅", "witness", ["Gang-san"]),
            ("Han Tong-chun", "한동춘", "supervisor", ["Kom", "Bear"]),
            ("Pyo Un-gil", "표은길", "coworker", ["Un-gil"]),
        ],
        "note": "Newspaper feature on a Russian logging camp with pseudonyms explained in an editor's note; pseudonym Gang-san and nickname Bear/Kom beside the ordinary words river, mountain and bear; surname Han beside the word han; Russian locals with diminutives; public figures on a newspaper page.",
        "text": """THE LONG WINTER AT KILOMETRE 81
North Korean loggers in the Russian taiga say they cut trees for a state that kept their wages. A former logger tells his story.

By {{p:Hannah Sørensen}} in {{u:Tynda}}, {{u:Amur Oblast}}, and {{p:Lee Ji-hoon}} in {{u:Seoul}}

Editor's note: The former logger at the centre of this story asked to be identified by a pseudonym, {{r:Gang-san}}, which means "rivers and mountains" in Korean; he chose it himself. His team leader is referred to by the nickname the loggers used for him, {{r:Kom}}, or "the {{r:Bear}}". Other North Koreans are identified by surname only. Russian residents are named with their consent.

The camp has no name, only a number: Kilometre 81, counted along a logging road that leaves the {{u:Baikal-Amur Mainline}} north of {{u:Tynda}}. In the winter of 2017, {{r:Gang-san}} says, the thermometer on the cookhouse wall read minus 47.

"We had a saying," he told us in a cafe in {{u:Seoul}}, turning a paper cup. "The river freezes, the mountain freezes, only the plan does not freeze." He laughed when we pointed out that his chosen name is made of the same river and mountain. "That is why I chose it. {{r:Gang-san}} is the thing that froze."

{{r:Gang-san}}'s brigade of fourteen men worked under a contract between a Russian timber firm, {{u:Amurles-Trade}}, and a North Korean state enterprise that Russian officials identify as part of the {{u:Ministry of Forestry}} in {{u:Pyongyang}}. The men felled larch. Each man's monthly norm was 60 cubic metres. The team leader, {{r:Kom}}, recorded the cubic metres in a school exercise book.

"We called him {{r:Kom}} because he slept all winter in the warm hut and came out in spring hungry," {{r:Gang-san}} said. A bear, he explained, is kom in Korean. The {{r:Bear}}'s real surname, which this newspaper knows, is {{r:Han}}. In Korean, han is also the word for a grief that does not go away. "Our {{r:Han}} gave the grief," {{r:Gang-san}} said. "We kept it."

A wage that never came

According to {{r:Gang-san}}, the Russian firm paid about 30,000 roubles per man per month to the team leader. He says he received the equivalent of 1,500 roubles twice a year. The rest, {{r:Kom}} told the brigade, went to the "loyalty fund" and to the plan. A copy of {{u:Rodong Sinmun}} arrived by post every few weeks; the men were expected to read aloud the articles about {{u:Kim Jong Un}}. {{r:Gang-san}} remembers one photograph in particular, of {{u:Ri Sol Ju}} visiting a textile mill. "{{p:Pak}}, the oldest of us, said his wife worked in a mill like that. {{r:Kom}} told him to be quiet."

The youngest in the brigade was a 19-year-old the men called Little {{r:Pyo}}, to tell him from {{p:Pyo}} the cook, who was not related. Little {{r:Pyo}}, {{r:Un-gil}}, cut his leg with a chainsaw in February 2018. {{r:Gang-san}} says {{r:Han}} refused for three days to call a doctor.

It was a Russian forest ranger, {{p:Gennady Kovalyov}}, who drove {{r:Pyo Un-gil}} to the hospital in {{u:Tynda}}. Reached by telephone, Mr {{p:Kovalyov}} confirmed the episode. "The boy was grey," he said. "Their chief, the big one, stood in front of my car. I told him I would drive over him." His wife, {{p:Tamara Kovalyova}}, remembers that the young Korean called her "mama {{p:Toma}}" for the week he spent in the ward. Neighbours still call her husband {{p:Genka}}. "{{p:Genka}} is not afraid of bears," she said.

The way out

Sanctions adopted by the {{u:UN Security Council}} in December 2017 required all North Korean workers abroad to be sent home by the end of 2019. Russian migration statistics show the number of North Koreans entering on work visas fell, while those entering on student and tourist visas rose. {{r:Gang-san}} says his brigade simply stayed. "{{r:Kom}} said the {{u:Kremlin}} and our Party had agreed. He said {{u:Putin}} respected the Marshal."

He left Kilometre 81 in August 2019 after {{p:Kovalyov}} gave him a lift to {{u:Blagoveshchensk}} and a Russian Baptist pastor, {{p:Viktor}}, whose surname this newspaper has agreed to withhold, put him in touch with the {{u:UNHCR}} office in {{u:Moscow}}. {{r:Yom}}, the surname on his South Korean residence card, is not the one he was born with, and he did not want us to print even that.

"Print {{r:Gang-san}}," he said. "He is the one who was there."

Translation by {{p:Lee Ji-hoon}}.""",
    },
    {
        "id": "h28-en-07",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Bang Hae-sun", "방해순", "witness", ["Hae-sun", "Haesun"]),
            ("No Kum-song", "노금성", "witness", ["Kum-song"]),
            ("Han Jae-bok", "한재복", "supervisor", ["Jae-bok"]),
            ("Bang Hae-il", "방해일", "relative", []),
        ],
        "note": "NGO intake database export in key: value lines; usernames built from staff names; surnames Bang, No and Han in fields where 'No' and 'N/A' are also values; given name written without hyphen; relatives in a list field; a zero-width space inside a registered name copied from a phone contact.",
        "text": """=== EXPORT nkf_intake v2.3 | 2 records | exported 2024-01-09 09:12 KST by {{p:hjlee}} ===

--- record 1/2 ---
case_id: NKF-2023-0187
created: 2023-05-14T10:22:51+09:00
created_by: {{p:ysong}}
name_en: {{r:BANG Hae-sun}}
name_ko: {{r:방해순}}
name_other: {{r:Haesun}} (as written on Chinese factory ID); {{r:방해\u200b순}} (phone contact, copied)
alias_used_in_testimony: none
dob: 1991-10-03
sex: F
origin: {{u:Hyesan}}, {{u:Ryanggang}}
deployment_country: {{u:China}}
deployment_site: garment factory, {{u:Hunchun}} border economic zone
employer_on_paper: {{u:Hunchun Jinli Garments Co. Ltd.}}
dprk_agency: {{u:Korea Unhasu Trading}}
period: 2017-03 to 2020-11
team_leader: {{r:HAN Jae-bok}} (m, ~50)
minder: No
minder_note: no separate minder; {{r:Han}} acted as both
passport_held_by_worker: No
wage_received: "about 200 yuan a month, sometimes nothing"
family_in_dprk: mother (name withheld); brother {{r:BANG Hae-il}} ({{r:방해일}}), b. 1994, soldier
consent_publication: No
consent_un_submission: Yes (anonymised)
referred_by: {{u:Hanawon}} counsellor {{p:Choi M.}}
intake_officer: {{p:Song Ye-jin}} ({{p:ysong}})
notes: W says {{r:Han}} confiscated all phones in 2019 after one worker ({{p:Ri Yon-hui}}) sent a photo of the dormitory to her aunt. {{r:Hae-sun}} worked on the sleeve line with {{p:Yon-hui}} and a Chinese supervisor, {{p:Wang Li}} ("Xiao {{p:Wang}}"). {{r:Jae-bok}} and Xiao {{p:Wang}} argued often. W left the factory Nov 2020 during COVID lockdown with help of Chinese-Korean driver {{p:Jin}} (surname only). {{r:Hae-il}} may be punished; check before any publication.

--- record 2/2 ---
case_id: NKF-2023-0203
created: 2023-06-02T15:40:09+09:00
created_by: {{p:ysong}}
name_en: {{r:NO Kum-song}}
name_ko: {{r:노금성}}
name_other: N/A
alias_used_in_testimony: "{{r:Kumsong}}"
dob: 1985-02-16
sex: M
origin: {{u:Kimchaek}}, {{u:North Hamgyong}}
deployment_country: {{u:Russia}}
deployment_site: residential towers, {{u:Ussuriysk}}
employer_on_paper: {{u:Primorye Stroi-Alliance}}
dprk_agency: {{u:Korea Rungrado General Trading Corporation}}
period: 2016-04 to 2019-09
team_leader: {{p:KIM Chun-sam}}
minder: Yes
minder_note: security officer surnamed {{p:Mo}}, "{{p:Mo}} jidowon"
passport_held_by_worker: No
wage_received: "nothing for the first year (debt for the trip)"
family_in_dprk: wife {{p:JON Myong-ok}}; son {{p:NO Chol}}, b. 2010
consent_publication: Yes (pseudonym only)
consent_un_submission: Yes
referred_by: self, via {{u:Daily NK}} article
intake_officer: {{p:Song Ye-jin}} ({{p:ysong}})
notes: {{r:Kum-song}} knew {{r:Han Jae-bok}} before deployment; they trained together at a labour-export school in {{u:Pyongyang}} in 2015. {{r:No}} says {{r:Han}} "was kind then". Possible corroboration for record 1. {{r:No}}'s Russian foreman: {{p:Sergei Ivanovich}} ("{{p:Seryoga}}"). Do not contact {{p:Seryoga}}.

=== END OF EXPORT ===""",
    },
    {
        "id": "h28-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Batbold B.", "바트볼드", "witness", ["Б.Батболд", "B.Batbold", "Bataa"]),
            ("Gang Chol-su", "강철수", "supervisor", ["Chol-su", "Kang"]),
            ("So Hyang-mi", "소향미", "coworker", ["Hyang-mi"]),
        ],
        "note": "Interview with a Mongolian site supervisor, translated; Mongolian names with patronymic initials in Cyrillic and Latin (Б.Батболд, Ts.Oyunbileg), a diminutive (Bataa), the Korean team leader Gang beside 'gang of twenty'; interpreter So beside 'so'; a private director who shares his name with the national hero Sükhbaatar; Mongolian places.",
        "text": """INTERVIEW TRANSCRIPT (translated from Mongolian)
Interviewee: {{r:Б.Батболд}} ({{r:B.Batbold}}), former site foreman
Interviewer: {{p:N.Anujin}} (NGO researcher). Translator: {{p:E.Solongo}}.
Place: {{u:Ulaanbaatar}}, {{u:Bayanzürkh}} district, 18 March 2022

{{p:ANUJIN}}: Please say your name as you want it in the record.
{{r:BATBOLD}}: {{r:Batbold}}, father's name {{p:Byambaa}}, so {{r:B.Batbold}}. Everybody on the sites says {{r:Bataa}}.

{{p:ANUJIN}}: You were foreman at the {{u:Nalaikh}} project?
{{r:BATBOLD}}: From 2016 to 2019. The developer was {{u:Tögs Bayan Construction}}. I had forty Mongolian workers and then, from the second year, a gang of twenty North Koreans. Their leader was {{r:Gang}}. {{r:Gang Chol-su}}. We wrote it "{{r:Kang}}" in the payroll, the Koreans wrote "{{r:Gang}}", and my wife called him "{{r:Ганга}}", like the Indian river, because she could not remember. So for three years one man had three names.

{{p:ANUJIN}}: Who paid the Koreans?
{{r:BATBOLD}}: The company paid {{r:Gang}}. Cash, once a month, in the office of {{p:D.Enkhtuya}}, the accountant. {{p:Enkhtuya}} told me the sum was 18 million tögrög for the twenty. I never saw one Korean with money in his hand. When my worker {{p:Ts.Oyunbileg}} sold them cigarettes, they paid in sausages from their own kitchen.

{{p:ANUJIN}}: Did anyone speak Mongolian among them?
{{r:BATBOLD}}: A woman, {{r:So Hyang-mi}}. She was their cook and the interpreter. {{r:Hyang-mi}} had studied Russian, so we spoke Russian. {{r:Gang}} did not let her translate alone; he stood there. So you understand, everything she told me, he heard first.

{{p:ANUJIN}}: The accident in 2018.
{{r:BATBOLD}}: In July. A young Korean, {{p:Pak}}, the one they called "{{p:Sea Urchin}}" because of his hair, fell through the floor formwork on the fourth level. I drove him to the hospital in {{u:Nalaikh}} and then to the {{u:National Trauma and Orthopaedic Research Center}}. The doctor, Dr {{p:Ganbaatar}}... hmm, you should write Doctor {{p:Г.Ганбаатар}}, there are many {{p:Ganbaatar}}. {{p:Ganbaatar}} wanted his passport. {{r:Gang}} came two hours later with the passport and took {{p:Pak}} away before the operation.

{{p:ANUJIN}}: Why did you not stop him?
{{r:BATBOLD}}: I am a foreman. My director, {{p:Sükhbaatar}}, said it is not our business. Not {{u:Sükhbaatar}} the hero, our {{p:Sükhbaatar}}, {{p:O.Sükhbaatar}}. He said the Koreans came through an agreement with the ministry, and there is a Korean company, "{{u:Korea Paekho Trading}}", that takes care of them. {{p:Sükhbaatar}} said if we complain, the project in {{u:Erdenet}} would also lose its Koreans.

{{p:ANUJIN}}: What happened to {{r:So Hyang-mi}}?
{{r:BATBOLD}}: In 2019, autumn, they all left, to go home because of the {{u:United Nations}}. Before that, {{r:Hyang-mi}} gave my wife, {{p:Tsetsegmaa}}, a small thing, a pin with the picture of {{u:Kim Il Sung}} and {{u:Kim Jong Il}}. She said to keep it. {{p:Tsetsegmaa}} still has it. I think it was the only thing she owned.

[Translator's note ({{p:E.S.}}): the interviewee spelled the Korean leader's name once more in Cyrillic at the end: "{{r:Кан Чхоль Су}}".]""",
    },
    {
        "id": "h28-en-09",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ho Chol-min", "허철민", "witness", ["Chol-min", "Heo Cheol-min"]),
            ("Nam Tae-ryong", "남태룡", "supervisor", ["Tae-ryong"]),
            ("Ho Na-ra", "허나라", "relative", ["Nara"]),
        ],
        "note": "Podcast transcript with speaker labels; guest surname Ho (NK spelling of 허) beside Ho Chi Minh City and the public figure Ho Jong-man; sister's given name Nara beside the word nara (country); host names as speaker labels; a sponsor read; St Petersburg places, the club and the naming-rights owner as public names.",
        "text": """{{u:BORDERLINES}} - Episode 112: "The Stadium"
[Auto-transcript, corrected by {{p:Priya}}. Timestamps removed.]

{{p:DANA}}: Welcome back to {{u:Borderlines}}. I'm {{p:Dana Whitfield}}.
{{p:JAE}}: And I'm {{p:Jae}}. Before we start, this episode is brought to you by {{u:Duolingo}}. Yes, {{p:Dana}}, I am still on day four of Korean.
{{p:DANA}}: Our guest today helped build one of the most expensive football stadiums in the world. He asked us to use his real name, which is rare on this show. Please welcome {{r:Ho Chol-min}}.
{{r:CHOL-MIN}}: Thank you. Hello.
{{p:JAE}}: And just so listeners don't get confused, {{r:Ho}} is his surname. In the South it would be spelled H-E-O, {{r:Heo}}. Nothing to do with {{u:Ho Chi Minh City}}.
{{r:CHOL-MIN}}: (laughs) Yes. Ho, ho, ho. Like Santa.
{{p:DANA}}: So, {{r:Chol-min}}, take us to 2016.
{{r:CHOL-MIN}}: 2016, {{u:Saint Petersburg}}. {{u:Krestovsky Island}}. The stadium for {{u:Zenit}}, for the World Cup. We were about one hundred and ten North Koreans there, different teams. My team leader was {{r:Nam Tae-ryong}}. Everybody called him "leader {{r:Nam}}", never {{r:Tae-ryong}}.
{{p:JAE}}: What was the work?
{{r:CHOL-MIN}}: Finishing. Plaster, tiles in the toilets under the stands. Sixteen hours. {{r:Nam}} said the stadium is for the whole world to see, so {{u:Korea}} must not be ashamed. Which {{u:Korea}}, I thought. (laughs)
{{p:JAE}}: You mentioned your sister before we started recording.
{{r:CHOL-MIN}}: My little sister, {{r:Na-ra}}. {{r:Ho Na-ra}}. In Korean nara means country. My father gave her that name because she was born on the Party Foundation Day. (laughs) So I used to say, I work for the nara, and {{r:Nara}} works for me. She was at home in {{u:Hamhung}}, she did my mother's work when my mother was sick.
{{p:DANA}}: Is she still there?
{{r:CHOL-MIN}}: I don't know. After I left, I don't know. In 2019 I heard from a broker that the family was moved. I say her name on this podcast because if she is alive and someone hears it, maybe. {{r:Nara}}-ya, if you hear, oppa is OK.
{{p:DANA}}: How did you leave?
{{r:CHOL-MIN}}: The stadium opened in 2017 and we moved to a housing project in {{u:Kudrovo}}. There, an old man from {{u:Chongryon}}, you know, the Koreans in {{u:Japan}}, he came once to give a speech. He said he met {{u:Ho Jong-man}} himself. Same surname as me! {{r:Nam}} made me stand in the front row because of that. (laughs) After, I walked to the metro and I went to the {{u:UNHCR}} office. I had a paper with the address from a Korean-Russian church lady, {{p:Anna}}, {{p:Anna Pak}}. She wrote it in her own hand.
{{p:JAE}}: And {{r:Nam Tae-ryong}}?
{{r:CHOL-MIN}}: I hear he is in {{u:Vladivostok}} now, still a leader. Still {{r:Nam}}. (laughs) Some people do not change surname or job.
{{p:DANA}}: {{r:Ho Chol-min}}, thank you.
{{r:CHOL-MIN}}: Thank you, {{p:Dana}}. Thank you, {{p:Jae}}.
{{p:JAE}}: That's it for this week. Show notes, sources and the statement from {{u:Gazprom}}, which owns the stadium's naming rights, are on our website. Producer: {{p:Priya Raman}}. Sound: {{p:Tomás}}.""",
    },
    {
        "id": "h28-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Kwang-hyok", "최광혁", "witness", ["Kwang-hyok", "KHC"]),
            ("Ri Man-il", "리만일", "witness", ["Man-il", "Lee Man-il"]),
            ("Sim Tok-hun", "심덕훈", "supervisor", ["Tok-hun"]),
            ("Pak Jong-su", "박종수", "coworker", ["Jong-su"]),
        ],
        "note": "Lawyer's time sheet with timekeeper initials, client initials used as file labels, and names abbreviated in billing narratives; given name Man-il beside 'man-hours'; client name romanized Ri/Lee; opposing counsel and experts are private; courts, ministries and companies public.",
        "text": """{{u:HARCOURT MBEKI LLP}} - TIME RECORD
Matter: 20417-003 {{r:Choe}} & {{r:Ri}} v. {{u:Meridian Gulf Holdings plc}} and others ({{u:Qatar}} site labour)
Period: 01/10/2023 - 31/10/2023          Billing partner: {{p:J.R. Pemberton}}

Date       TK    Hrs   Narrative
02/10/23   {{p:JRP}}   1.20  Call with client {{r:Choe Kwang-hyok}} (via interpreter {{p:Yoo Min-ji}}) re draft witness statement paras 14-31; client confirms {{r:Sim}} held passports in site office safe.
02/10/23   {{p:MK}}    0.40  Update chronology; correct spelling "{{r:Shim Duk-hoon}}" to "{{r:Sim Tok-hun}}" throughout per client.
03/10/23   {{p:MK}}    2.10  Review payroll extracts disclosed by D2 ({{u:Al Sadd Engineering W.L.L.}}); reconcile man-hours against {{r:KHC}} diary; 4,112 man-hours unaccounted.
05/10/23   {{p:JRP}}   0.60  Email to {{p:D. Hartley}} ({{u:Clifford Ashdown}}, for D1) re disclosure of subcontract with {{u:Korea Sobaeksu Trading Company}}.
06/10/23   {{p:MK}}    1.50  Meeting with client {{r:Ri Man-il}} and interpreter; client now resident in {{u:New Malden}}; notes {{r:Man-il}} was team member under {{r:Sim}} 2018-19, not under {{p:Kye}} as earlier recorded.
06/10/23   {{p:MK}}    0.30  File note: client {{r:Ri}} asks to be called "Mr {{r:Lee}}" in all correspondence ({{u:ROK}} registration {{r:LEE Man-il}}).
10/10/23   {{p:JRP}}   0.50  Call with expert Dr {{p:Helen Okafor}} (heat stress) re scope of report; she needs temperatures for {{u:Lusail}} June-Aug 2018.
11/10/23   {{p:MK}}    0.90  Collate photographs from {{r:KHC}} phone; caption per client: "{{r:Sim}} and {{p:Kye}} at canteen", "{{r:Jong-su}} after fall", "{{r:Man-il}}'s bunk".
18/10/23   {{p:MK}}    3.00  Witness statement session with {{r:Choe}}; episode of fall of {{r:Pak Jong-su}} 12/07/2018; {{r:Choe}} names site nurse "{{p:Maricel}}" (surname unknown) as witness.
23/10/23   {{p:TA}}    1.30  Prepare bundle index; flag that {{r:Ri}}'s statement calls D2's manager "Mr {{p:Abdullah}}" but payroll signatory is {{p:A. Al-Kuwari}}; check if same.
25/10/23   {{p:MK}}    2.60  Statement session with {{r:Lee Man-il}}; client describes {{r:Sim}} confiscating wages "for {{u:Kim Jong Un}}'s birthday" Jan 2019.

Total hours: 14.40           Timekeepers: {{p:JRP}} = {{p:J.R. Pemberton}} (partner); {{p:MK}} = {{p:Mira Kaur}} (associate); {{p:TA}} = {{p:Tunde Adeyemi}} (trainee)""",
    },
    {
        "id": "h28-en-11",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Chon Yong-bok", "전영복", "witness", ["Yong-bok"]),
            ("Ma Kyong-sik", "마경식", "supervisor", []),
            ("Ji Un-song", "지은송", "coworker", ["Un-song"]),
        ],
        "note": "Radio documentary script on North Koreans in Malta with production cues; supervisor surname Ma beside 'Ma' (mother) in a worker's quoted letter; actor voices credited with the character's name; Maltese diminutives (Ġużi, Pawlu) and a place named after a saint; presenter and producer names in cues.",
        "text": """RADIO SCRIPT - "{{u:Stone and Salt}}" (27'30") - Final v4
Producer: {{p:Claire Vella}}     Presenter: {{p:Mark Azzopardi}}     Studio: {{u:TVM}} Radio 2, {{u:Gwardamanġa}}

[SFX: angle grinder on limestone, fades under]

PRESENTER ({{p:MARK}}): In 2017, according to the {{u:United Nations}}, about twenty North Korean workers were on building sites in {{u:Malta}}. They cut our limestone. They plastered our flats in {{u:Mosta}} and {{u:Marsa}}. This is the story of one of them. For his safety, his words are read by an actor.

[MUSIC: sting]

VOICE OF {{r:YONG-BOK}} (read by {{p:Joseph Camilleri}}): My name is {{r:Chon Yong-bok}}. I came to {{u:Malta}} in March 2016 through {{u:Beijing}} and {{u:Istanbul}}. On the plane our leader, {{r:Ma Kyong-sik}}, sat at the back so he could see all nine of us.

PRESENTER: The visas were issued on the basis of contracts with a Maltese firm, {{u:Kalkara Stone Works}}. Its director, whom we are not naming, declined to be interviewed. One of his foremen agreed.

[SFX: cafe, cups]

FOREMAN ({{p:Ġużi}}): They called me "{{p:Ġużi}}". Everybody does. My name is {{p:Ġużeppi}}, {{p:Ġużeppi Farrugia}}. The Koreans, I remember the boss, {{r:Ma}}. Always with the little notebook. And the young ones, {{r:Un-song}}, and {{r:Yong-bok}}, he was the clever one. {{r:Yong-bok}} learned Maltese faster than my nephew {{p:Pawlu}}.

VOICE OF {{r:YONG-BOK}}: {{r:Ma}} said we must not speak to the Maltese. But {{p:Ġużi}} gave us ftira at ten o'clock and {{r:Ma}} ate it too.

PRESENTER: The workers, he says, were paid through {{r:Ma}}. Nine men shared one room above a garage in {{u:Santa Venera}}.

VOICE OF {{r:YONG-BOK}}: {{r:Un-song}} kept a letter from his mother. He read it so many times it was soft like cloth. It began, "My son, Ma is well, do not worry for Ma." That is how she wrote, like a child. {{r:Ji Un-song}} was twenty-two.

[MUSIC: under]

PRESENTER: In 2017 the {{u:European Union}} went further than the {{u:Security Council}} and told member states not to renew North Korean work permits. {{u:Identity Malta}} did not renew them.

VOICE OF {{r:YONG-BOK}}: {{r:Ma}} told us on a Sunday. We would fly on Tuesday. {{r:Un-song}} cried. Not because of home. Because of the sea.

FOREMAN ({{p:ĠUŻI}}): I went to the airport. I brought oranges. Comrade {{r:Ma}} did not let me shake hands, so I gave the oranges to {{r:Ma}}.

PRESENTER: {{r:Chon Yong-bok}} did not fly on Tuesday. He will not say how, but in 2018 he reached {{u:South Korea}}. {{r:Ji}} and the others, as far as we know, went home.

[SFX: waves, {{u:Għar Lapsi}}; hold 6", then out]

CREDITS: Voice of {{r:Yong-bok}}: {{p:Joseph Camilleri}}. Research: {{p:Daniela Spiteri}}. Korean translation: {{p:Kang Bo-ra}}. Thanks to Fr. {{p:Anton}} and the {{u:Emigrants' Commission}}. Produced by {{p:Claire Vella}} for {{u:PBS Malta}}.""",
    },
    {
        "id": "h28-en-12",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("So Kwang-il", "소광일", "witness", ["Kwang-il"]),
            ("Chae Man-bok", "채만복", "supervisor", ["Man-bok", "Owl"]),
            ("Tong Il-nam", "동일남", "coworker", ["Il-nam"]),
            ("U Song-jin", "우성진", "coworker", ["Song-jin"]),
        ],
        "note": "Transcribed legend of a hand-drawn dormitory floor plan from Nakhodka; surnames So, U and Tong beside 'so', 'u' (you) and 'tong'; given name Man-bok beside 'man'; nickname Owl beside a drawn owl; initials on bunk numbers; witness's own annotations in brackets.",
        "text": """DOCUMENT 7 - Floor plan of dormitory (hand-drawn by witness {{r:So Kwang-il}} during interview, 9 May 2021). Transcription of legend and annotations. Original in Korean; translated by {{p:H.L.}}; witness's spoken comments in [brackets].

Building: two-storey workers' hostel behind the cement yard, {{u:Nakhodka}}, {{u:Primorsky Krai}}. Client on the fence sign: {{u:Vostok Port Development}}. [So this is the ground floor only. Upstairs was the Russians.]

A. Entrance. Door locked from outside 22:00-05:00. Key: {{r:Chae Man-bok}}.
B. Room of team leader {{r:Chae}}. [We called him {{r:Owl}}, because he never slept. I drew an owl on the door, see.] Safe with passports under bed.
C. Kitchen. Cook: {{p:Ryu Ok-sun}}, only woman. [{{p:Ok-sun}} slept in the kitchen on two chairs.]
D. Portrait corner: {{u:Kim Il Sung}} and {{u:Kim Jong Il}}. Below, the plan chart, names of the best five. [My name was never there. {{r:Il-nam}}'s name was always there, poor man.]

Room 1 (window side, cold):
 1-1 {{r:S.K.I.}} = me, {{r:So}}. Top bunk.
 1-2 {{r:Tong Il-nam}} ({{r:T.I.N.}}), below me. [{{r:Il-nam}} snored. The Russians upstairs knocked on the floor, tong, tong, tong.]
 1-3 {{p:Kil Yong-dok}}. Sent home Nov 2018, back pain.
 1-4 {{p:Kil}}'s place taken by {{p:Pae}} (young, surname only, from {{u:Kaesong}}).

Room 2 (next to B):
 2-1 {{r:U Song-jin}}. [{{r:U}} was the one who helped me. Funny name, {{r:U}}. The Russian guard said "u menya", "u tebya", he thought it was a joke. {{r:Song-jin}} did not think it was a joke.]
 2-2 {{p:Ri Chang-ho}} ("Big {{p:Ri}}").
 2-3 {{p:Ri Chol}} ("Small {{p:Ri}}"). Cousins.
 2-4 Empty after {{p:Ri Chol}} left for hospital (Feb 2019, frostbite, toes). [{{r:Chae}} said it was his own fault.]

Room 3 (corridor end, near toilet):
 3-1 {{p:Son Tae-il}}, security, "jidowon" for us. [Not a worker. He watched {{r:Chae}} too.]
 3-2 {{r:U}} moved here after the fight, March 2019.

E. Toilet. One for 14 men.
F. Yard. Russian foreman's cabin: {{p:Igor}}, "{{p:Igor Petrovich}}". [{{p:Igor}} gave {{r:Song-jin}} a phone card. {{r:Owl}} saw.]
G. Gate to cement yard. Bus to site at 05:30.

Annotation at bottom of sheet (witness's handwriting): "{{r:광일}} 2021. {{r:만복}}이 방 = 감옥 열쇠" ["{{r:Man-bok}}'s room = key to the prison"]. Interviewer ({{p:S.P.}}) note: witness asked that {{r:Tong}} and {{r:U}} be told, if ever found, that the drawing was made "so nobody forgets who slept where".""",
    },
    {
        "id": "h28-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kang Ha-neul", "강하늘", "witness", ["한별"]),
            ("Na Tok-su", "나덕수", "supervisor", []),
            ("Ma Tong-chol", "마동철", "coworker", ["동철"]),
        ],
        "note": "합동신문 결과 요약 (적도기니 건설현장), 가명 한별과 본명 강하늘; 성 나·마·강이 1인칭 '나', 감탄 '마', 강(river)과 나란히; 하늘 as a word; masked names 김○○ and 박 모 씨 (only the visible surname); a private name identical to a South Korean actor's.",
        "text": """[대외비] 합동신문 결과 요약 (2차)

1. 대상자 인적사항
 ○ 가명: {{r:한별}} (본 보고서에서는 가명만 사용, 본명은 별지 참조)
 ○ 본명: {{r:강하늘}} (남, 1988년생, {{u:평안남도}} {{u:순천시}} 출신)
 ○ 참고: 동명의 남측 배우가 있어 신문 중 대상자가 "여기 와 보니 내 이름이 유명하더라"고 언급함.
 ○ 입국 경로: {{u:적도기니}} {{u:말라보}} → 육로·해로 → 제3국 → {{u:인천국제공항}} (2022.11.)

2. 해외 파견 경위
 ○ 2017년 3월 {{u:만수대해외개발회사그룹}} 소속 건설 인력으로 선발. {{u:평양}} 대기 기간 중 {{u:나선}} 지역 출신 {{r:마동철}}과 같은 조에 편성됨.
 ○ 작업반장 {{r:나덕수}} (50대, {{u:평양}} 출신). 대상자 진술: "{{r:나}} 반장이 나를 찍어서 데려갔다. 나는 미장 일을 할 줄 안다고 했을 뿐인데."
 ○ 보위 담당 {{p:김}}○○ (40대). 대상자는 "{{p:김}} 지도원"으로만 부름. 이름 모름.

3. 현지 생활 및 노동 실태
 ○ {{u:말라보}} 외곽 관공서 신축 현장, 이후 {{u:바타}} 호텔 현장. 1일 14시간 이상 작업, 월 1회 휴무(생활총화).
 ○ 임금: 현지 회사가 1인당 월 700~900달러를 {{r:나덕수}}에게 일괄 지급. 대상자 수령액은 월 30~50달러 상당. 나머지는 "국가계획분", "충성자금" 명목.
 ○ {{r:마동철}} 관련: 2019년 8월 말라리아로 쓰러졌으나 {{r:나}} 반장이 병원 이송을 이틀간 미룸. {{r:동철}}이가 "마, 됐다. 일 나가자" 하며 일어났으나 다시 쓰러짐. 이후 현지 병원 입원, 9월 귀국 조치.
   - 대상자 진술: "{{r:마}} 동무는 {{u:강원도}} 사람 말투로 '마' 소리를 입에 달고 살았다. 그 소리가 안 들리니 현장이 조용했다."
 ○ 스페인어 통역은 현지인 {{p:호세}} 씨, 작업 감독은 {{p:마리아 은동}}({{p:Maria Ndong}}) 여사. {{p:은동}} 여사가 대상자에게 자기 휴대전화를 빌려준 사실이 {{p:김}} 지도원에게 적발되어 {{p:은동}} 여사의 현장 출입이 금지됨.

4. 이탈 경위
 ○ 2022년 6월 {{u:바타}} 현장에서 이탈. 같은 숙소의 {{p:박}} 모 씨가 동행하려 했으나 마지막에 포기. {{p:박}} 모 씨는 {{p:박}}○○으로만 진술하며 본명은 끝내 밝히지 않음("{{p:박}} 형님이 아직 거기 있다").
 ○ 이탈 당일 "강 건너 하늘만 보고 걸었다"고 진술.

5. {{u:북한}} 내 가족
 ○ 처 {{p:리}}○○, 딸 {{p:강}}○○ (2014년생). 대상자는 딸을 "우리 {{p:별}}이"라고 부름. 딸 이름이 자신의 가명 '{{r:한별}}'의 유래라고 진술.

6. 신문관 의견
 ○ 진술 일관성 양호. {{u:만수대해외개발회사그룹}}의 {{u:적도기니}} 사업 관련 진술은 기존 {{u:국가정보원}} 자료 및 {{u:유엔 대북제재위원회}} 전문가패널 보고서와 부합.
 ○ {{r:나덕수}}의 현재 소재 미상. {{r:마동철}} 귀국 후 소식 미상.
 ○ 보호결정 후 {{u:하나원}} 입소 예정. 담당: 신문관 {{p:정}}○○, {{p:오}} 모 조사관.""",
    },
    {
        "id": "h28-ko-02",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Han Song-il", "한성일", "witness", ["성일", "똘똘이"]),
            ("Han Song-chol", "한성철", "relative", ["성철"]),
            ("Han Mun-sik", "한문식", "relative", []),
            ("Ryu Kap-dong", "류갑동", "supervisor", ["갑동", "갑돌이"]),
        ],
        "note": "Smuggled family letter from Sakhalin; kinship terms (큰아버지, 형님, 막내, 어머니) left unlabelled while a childhood nickname (똘똘이) and names are labelled; surname 한 beside 한 번/한 달; Russian names in Hangul followed by 아주머니/형; a Chinese trader by surname only.",
        "text": """큰아버지, 그리고 형님 보십시오.

{{r:성일}}이가 {{u:사할린}}에서 씁니다. 이 편지는 {{u:중국}} 장사꾼 {{p:왕}} 씨가 {{u:훈춘}}까지 가지고 가서 부친다고 합니다. 한 번에 다 못 쓰고 한 달에 걸쳐 조금씩 씁니다.

큰아버지, 떠나올 때 "{{r:똘똘이}}야, 돈 벌러 가는 게 아니라 살아 돌아오러 가는 거다" 하시던 말씀 잊지 않았습니다. 여기 와서 보니 큰아버지 말씀이 맞습니다. 우리 작업반은 {{u:유즈노사할린스크}} 외곽에서 아빠트(아파트) 짓는 일을 합니다. 반장은 {{r:류갑동}}이라는 사람인데 {{u:함흥}} 사람입니다. {{r:갑동}}이라는 이름 때문에 뒤에서들 "{{r:갑돌}}이"라고 놀리지만 앞에서는 다들 "{{r:류}} 반장 동지" 합니다.

형님, {{r:류}} 반장이 월급을 한 번도 제 손에 준 적이 없습니다. 장부에는 매달 600딸라라고 적혀 있다는데, 저는 석 달에 한 번 담배값 정도 받습니다. 나머지는 다 계획분이라고 합니다. 형님한테 부탁한 돈은 아직 못 보냅니다. 미안합니다. {{r:성철}}이 형, 형수님과 조카들 잘 있습니까.

여기 {{u:러시아}} 사람들은 생각보다 친절합니다. 현장 식당 {{p:나타샤}} 아주머니가 빵을 몰래 싸 줍니다. 그 아들 {{p:알료샤}} 형은 트럭 운전을 하는데 저를 "{{r:한}}"이라고 부릅니다. 성만 부르는 게 여기 식인가 봅니다. {{p:알료샤}} 형이 사진기로 제 사진을 찍어 주었는데 {{r:류갑동}}이가 보고 필름을 빼앗았습니다.

같이 온 사람 중에 {{u:청진}} {{u:수남}} 사는 {{p:곽용팔}}이가 있습니다. {{p:용팔}}이는 우리 막내와 같은 소학교를 다녔다고 합니다. 막내 {{p:순덕}}이한테 {{p:용팔}}이 오빠가 안부 전하더라고 해 주십시오. {{p:순덕}}이가 아직도 토끼를 키웁니까.

어머니 약은 {{p:왕}} 씨한테 부탁했습니다. {{p:왕}} 씨가 {{u:수남시장}}의 {{p:최}} 아주머니한테 맡겨 놓겠다고 했습니다. {{p:최}} 아주머니 이름은 모르고 "약장사 {{p:최}}씨"라고만 합니다.

큰아버지께 한 가지만 여쭙니다. 전에 큰아버지 친구 {{p:장명구}} 아바이가 {{u:쿠웨이트}} 다녀와서 한 말, "나가면 사람이 아니라 기계다" 하던 말이 생각납니다. {{p:장}} 아바이는 요즘 어떻습니까.

{{r:류}} 반장은 명절마다 {{u:김정은}} 원수님 은덕이라며 사탕 한 봉지씩 나눠 줍니다. 한 봉지 받으면 {{r:갑동}}이 반장이 두 봉지는 자기가 가집니다.

내년 봄에는 돌아갈 수 있다고 합니다. 못 가면 또 {{p:왕}} 씨 편에 쓰겠습니다. 이 편지는 읽으시고 꼭 태워 주십시오.

{{u:사할린}}에서, {{r:성일}} 올림
(형님, 큰아버지 존함은 일부러 안 썼습니다. {{r:한문식}} 큰아버지라고 쓰면 안 된다고 {{p:왕}} 씨가 그랬는데, 벌써 써 버렸습니다. 태워 주십시오.)""",
    },
    {
        "id": "h28-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ha Na-ra", "하나라", "witness", ["나라"]),
            ("Ha Tae-song", "하태송", "relative", ["태송"]),
            ("Kang Myong-ok", "강명옥", "coworker", ["명옥"]),
        ],
        "note": "탈북민 선교회 기도제목 list; church titles 집사/권사/전도사/자매 outside the markers; given name 나라 beside 나라 (country) and 하나님 나라; surnames 하/강/한 beside 하나, 강, 한 주간; a Russian place and a Chinese factory; people still abroad prayed for by nickname.",
        "text": """{{u:새빛교회}} 북한선교부 금주의 기도제목 (2024년 3월 셋째 주)
※ 외부 유출 금지. 이름은 교회 안에서만 불러 주세요.

1. {{r:하나라}} 자매
 - {{u:단둥}} 수산물 가공공장에서 4년을 일하고 나온 지 1년이 되었습니다. "{{r:나라}} 자매님" 말고 "{{r:나라}}야"라고 불러 달라고 합니다. 하나님 나라가 {{r:나라}} 자매의 마음에 임하도록.
 - 공장에 함께 있던 {{r:강명옥}} 언니가 아직 그곳에 있습니다. {{r:명옥}} 언니의 건강(손목 인대)을 위해. {{r:강}} 언니가 한 주간만이라도 쉴 수 있도록.
 - 오빠 {{r:하태송}} 형제는 {{u:러시아}} {{u:아무르주}} 건설장에 있다고 합니다. {{r:태송}} 오빠 소식이 2년째 끊겼습니다.

2. {{p:박정애}} 권사님
 - 무릎 수술(4/2, {{u:서울아산병원}}). {{p:박}} 권사님이 {{r:나라}} 자매를 딸처럼 챙겨 주십니다.

3. {{p:한영미}} 집사님 가정
 - {{p:한}} 집사님 남편 {{p:오세훈}} 집사님 실직. (동명이인인 시장님 말고 우리 {{p:오세훈}} 집사님입니다 ^^)
 - 아들 {{p:준서}} 대입.

4. 공장에 남은 자매들 (이름은 {{r:나라}} 자매가 알려준 부르는 이름대로)
 - "{{p:꼬마}}" ({{p:리은정}}, 20대 초반), "{{p:빨간 목도리}}" 언니, 조장 {{p:고}} 선생
 - {{r:명옥}} 언니와 {{p:은정}}이가 같은 방을 씁니다. 관리원 {{p:설}} 동무가 덜 모질게 하도록.
 - 공장 이름은 {{u:단둥 해성식품}}이라고 합니다. 기업을 위해서도 기도합니다.

5. {{p:강}} 전도사님 ({{p:강동훈}})
 - {{u:하나원}} 방문 사역. 다음 주 {{r:하나라}} 자매와 함께 {{u:안성}}에 갑니다.

6. {{u:북한}} 땅과 지도자
 - {{u:김정은}} 위원장, {{u:김여정}} 부부장이 마음을 돌이키도록.
 - 해외에 나가 있는 노동자들: {{u:러시아}}, {{u:중국}}, {{u:중동}}, {{u:아프리카}}.

기도제목 정리: {{p:윤}} 권사 / 문의는 {{p:윤미경}} 권사님께. {{r:나라}} 자매 관련 내용은 {{r:하}} 자매 본인 확인 후에만 공유.""",
    },
    {
        "id": "h28-ko-04",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Jong Man-ho", "정만호", "witness", ["manho_j", "만호"]),
            ("Bang Kang-su", "방강수", "coworker", ["강수"]),
            ("No Sung-chol", "노승철", "supervisor", []),
        ],
        "note": "탈북민 카페 게시글과 댓글; usernames labelled as aliases (lowercase handle, handle with a child's name); given name 강수 beside 강수량 (rainfall); surname 노 beside 노 (oar) and 노래; zero-width space inside a name; emoji next to names; public places in Kuwait and a site named after an emir.",
        "text": """[정착 이야기 카페 > 사람 찾기]
제목: {{u:쿠웨이트}} {{u:사바 알아흐마드 해양도시}} 현장 (2016~2018) 계셨던 분 찾습니다 🙏
작성자: {{r:manho_j}} | 조회 412 | 댓글 7

안녕하세요. {{u:함경북도}} 출신 {{r:정만호}}입니다. 2016년부터 2년 동안 {{u:쿠웨이트}} 건설 현장에 있었습니다. 같이 일하던 {{r:방강\u200b수}} 형을 찾습니다.
{{r:강수}} 형은 1980년생, {{u:회령}} 사람이고 왼손 새끼손가락이 없습니다. 저랑 같은 {{r:노승철}} 반장 밑에 있었어요. {{r:노}} 반장은 노래를 시키고 노래 못하면 밥을 뺐습니다 ㅠㅠ
그해 여름은 강수량이 0이었는데 {{r:강수}} 형만 "비 오는 이름"이라고 다들 놀렸어요. 혹시 {{r:방}} 형 소식 아시는 분 쪽지 주세요.

---
ㄴ {{p:순영맘}} 🌸: 저희 남편도 {{u:쿠웨이트}} 갔었어요. {{u:남강건설}} 소속이었는데 혹시 같은 회사세요? 남편 이름은 여기 못 쓰고 성만 {{p:리}}가예요.
  ㄴ {{r:manho_j}}: @{{p:순영맘}} 네 저희도 {{u:남강건설}}이었어요! {{p:리}}씨 성 가진 분이 세 명 있었는데 {{p:리창수}} 아바이, 키 큰 {{p:리}}, 그리고 운전하던 {{p:리명}}이요.
ㄴ {{p:ｋｏｎｇｊｉ}}: {{r:방강수}} 라는 이름 어디서 들어본 거 같은데... 2019년에 {{u:하나원}} 동기 중에 {{r:방}}씨 있었음
  ㄴ {{r:manho_j}}: @{{p:ｋｏｎｇｊｉ}} 헉 진짜요?? 혹시 몇 기세요 ㅠ
  ㄴ {{p:ｋｏｎｇｊｉ}}: 207기요. 근데 그분은 {{u:중국}}에서 오신 분이라 다른 분일 수도...
ㄴ {{p:두만강처녀}}: {{r:노승철}} 이 사람 우리 동네 사람 같아요. {{u:청진}} {{u:포항구역}}. 그 집 아들 {{p:노경민}}이가 우리 애랑 동창. 반장 했다니 놀랍네요 ㅋㅋ
ㄴ {{p:kwon.sy}}: 운영자입니다. 실명(특히 {{r:노승철}}, {{p:노경민}})은 가족 안전 문제로 게시판에서 지우고 쪽지로 해 주세요. {{r:정만호}}님 본인 이름도요 😥
  ㄴ {{r:manho_j}}: 넵 {{p:권}} 매니저님 알겠습니다. {{r:강수}}형🙏 꼭 찾고 싶어서 그랬어요. 저녁에 수정할게요.

(이 게시글은 운영자 {{p:kwon.sy}}에 의해 2023.09.14 21:03 비공개 처리되었습니다.)""",
    },
    {
        "id": "h28-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yon Hak-chol", "연학철", "witness", ["학철"]),
            ("Pyon Chang-nam", "변창남", "supervisor", ["창남"]),
            ("Kye Sun-hwa", "계순화", "relative", ["순화"]),
        ],
        "note": "하나센터 상담일지 across sessions (Oman construction); client surname 연 beside 연락/연휴, supervisor 변 beside 변화; Arabic and South Asian names in Hangul followed by 삼촌/아저씨/형; wife's name only in a session note; counsellor's initials.",
        "text": """{{u:경기남부하나센터}} 심리상담 기록지 (내부용)
내담자: {{r:연학철}} (남, 44세) / 상담자: {{p:S.H.K.}} / 사례번호 2023-남부-117

[1회기 2023.04.06]
{{u:오만}} {{u:소하르}} 항만 배후 주거단지 건설현장에 2017~2019년 파견. 입국 후 불면, 악몽 호소. "밤마다 {{r:변}} 반장이 문 두드리는 소리가 난다." 반장 이름 {{r:변창남}}. 작업반 18명. 연락 가능한 동료 없음.

[2회기 2023.04.13]
현장 이야기 많이 함. 한낮 47도에도 작업. {{u:파키스탄}} 작업반장 {{p:아슬람}} 아저씨가 물을 나눠 주었다고. "{{p:아슬람}} 아저씨가 '{{r:학철}}, 물!' 하고 소리치면 {{r:변창남}}이가 눈을 흘겼다." 오만인 감독 {{p:사이드 알발루시}}, 내담자는 "{{p:사이드}} 삼촌"이라 부름. 인도인 전기공 {{p:라주}} 형과 친했음.
상담자 관찰: {{r:변}} 반장 언급 시 손을 떪. 변화 있는지 다음 회기 확인.

[3회기 2023.04.27]
연휴 뒤 내원. 처 {{r:계순화}}에 대해 처음 말함. {{u:신의주}}에 딸과 있음. "{{r:순화}}는 내가 돈 벌어 오는 줄 안다." 2019년 귀국 명령 받았으나 {{u:무스카트}} 공항 가는 길에 이탈. 도운 사람: {{u:방글라데시}} 운전기사 {{p:카림}}, 내담자 표현으로 "{{p:카림}}이 형님".
내담자 요청: 처 이름은 기록에서 지워 달라. → 처리 보류, 팀장 {{p:윤}}과 협의.

[4회기 2023.05.11]
{{r:창남}}이(반장)가 현장 돈을 빼돌린 일 진술. 월급은 {{u:오만}} 회사 {{u:알사와디 건설}}이 {{r:변}}에게 현금 지급, 1인당 월 400리얄 중 내담자 수령 20리얄. 나머지는 "{{u:조선노동당}} 창건일 충성자금". {{r:연학철}} 본인은 "나도 {{r:변}}이랑 똑같이 받았으면 도망 안 갔을 것"이라며 웃음. 첫 웃음.

[5회기 2023.05.25]
꿈 내용 변화: 반장 대신 {{r:순화}}가 나옴. "{{r:계순화}}가 문 앞에 서 있고 내가 못 연다." 딸 이름은 말하지 않음, "우리 {{p:꽃분}}이"라고만.
동료 {{p:전}}○○ 사망 소식 들었다고 함(현장 추락, 2018). {{p:전}} 동무 얘기하며 한참 욺.

[종결 소견]
트라우마 반응 감소 중. {{r:학철}} 님은 {{u:한국노동연구원}} 해외노동 인터뷰 참여 희망. 외부 연계 시 {{r:변창남}} 실명 사용 자제 권고. 담당: {{p:김소희}} ({{p:S.H.K.}})""",
    },
    {
        "id": "h28-ko-06",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ok Chang-bom", "옥창범", "witness", ["창범"]),
            ("Na Kyong-hun", "나경훈", "coworker", ["안경", "경훈"]),
            ("Ma Song-bok", "마성복", "coworker", ["꺽다리"]),
            ("Kwak Yong-ju", "곽용주", "supervisor", []),
        ],
        "note": "Worker's notebook: a cigarette-and-noodle credit ledger from a Russian site, photographed and transcribed; nicknames (안경, 꺽다리) that are also ordinary words; surnames 나/마/옥 beside 나, 마, 옥수수; amounts in roubles; the witness's later annotations in brackets.",
        "text": """[증거자료 12 - {{r:옥창범}} 수첩 사본 전사. 원본 사진 4매. 괄호 안은 2022년 면담 때 {{r:옥창범}} 본인이 덧붙인 설명]

외상 장부 2018년 {{u:블라고베셴스크}} 12호 현장

10월
 3일 {{r:안경}} - 담배 {{u:파를라멘트}} 1갑 150
 3일 {{r:꺽다리}} - {{u:도시락}} 라면 2봉 80
 7일 {{p:한}} 아바이 - 담배 1갑 150, 성냥 [{{p:한}} 아바이는 {{p:한명수}}, 제일 나이 많은 분]
 9일 {{r:나경훈}} - 담배 2갑 300 (갚음 ✓)
 9일 {{r:마}}씨 - 보드카 반병 200 [{{r:꺽다리}}가 {{r:마성복}}이다. 키가 190]
12일 {{r:곽}} 반장 - 담배 1보루 1400 ?? (안 갚음. 못 받음)
15일 {{p:하늘}}이 - 사탕 50 [{{p:하늘}}이는 스무 살, 성은 {{p:조}}. 나한테 형 형 했다]
20일 {{r:안경}} - 전화카드 500 [{{r:경훈}}이가 안경 썼다. 나는 안경 없어서 {{r:안경}}이라고 부르면 다 안다]

11월
 2일 {{p:독수리}} - 담배 1갑 150 [{{p:독수리}} = 보위원 {{p:심}}. 받을 생각 없었다]
 5일 {{r:나}} 동무 - 라면 3봉 120
 5일 {{r:마}} - 옥수수 과자 60
11일 {{r:곽용주}} 반장 - "빌려 간다" 3000 [반장 이름 처음 적어 봤다. 이 장 뜯을까 하다가 놔뒀다]
25일 {{p:한}} 아바이 - 약값 대신 내줌 700

12월
 1일 장부 정리: {{r:나경훈}} 420 / {{r:마성복}} 340 / {{p:조하늘}} 50 / {{r:곽용주}} 4400 / {{p:한명수}} 850
 [나는 결국 {{r:곽}} 반장 돈 하나도 못 받았다. {{r:나}} 동무랑 {{r:마}}는 다 갚았다. 나도 나지만 {{r:곽}}이가 제일 나빴다]

마지막 장 (연필, 다른 날짜):
 "{{r:창범}}아 살아서 가자 - {{r:경훈}}"
 [{{r:나경훈}}이가 써 준 것. 2019년 2월 {{r:경훈}}이는 먼저 귀국. 소식 모름]

전사: {{p:박서연}} (조사원) / 검토: {{p:D.K.}}""",
    },
    {
        "id": "h28-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Song Un-ha", "송은하", "witness", ["진달래"]),
            ("Chu Kwang-sok", "주광석", "supervisor", []),
            ("Song Kum-ja", "송금자", "relative", ["송옥분", "옥분"]),
        ],
        "note": "Korean newspaper feature on a Dandong garment factory with pseudonyms explained; pseudonym 진달래 beside the flower and a song title; surname 송 beside 송금/송년; surname 주 beside 주(week); foreign minister Choe Son Hui and the Sino-Korean Friendship Bridge as public names; reporter bylines; the relative appears only under her pseudonym.",
        "text": """[기획] {{u:압록강}} 건너 미싱 소리 ③ "하루 16시간, 월급은 '조국'이 가져갔다"

{{u:단둥}}=글·사진 {{p:윤재석}} 기자, {{p:배하린}} 기자

※ 이 기사에 등장하는 {{u:북한}} 출신 여성들의 이름은 본인 요청에 따라 가명으로 표기했다. '{{r:진달래}}'는 취재원이 직접 고른 가명이다.

{{u:압록강}} 너머로 {{u:신의주}}가 보이는 {{u:단둥}} 시내의 한 봉제공장. 2019년 봄까지 이곳에서 일했다는 {{r:진달래}}(34·가명) 씨는 공장 창밖으로 보이던 {{u:중조우의교}} 이야기부터 꺼냈다. "다리만 건너면 집인데, 3년 동안 한 번도 못 건넜어요."

{{r:진달래}} 씨는 2016년 {{u:평양}}의 피복공장에서 선발돼 {{u:중국}}으로 왔다. 함께 온 여성은 42명. 관리 책임자는 "{{r:주}} 지배인"으로 불린 {{r:주광석}}이었다. {{r:진달래}} 씨는 "{{r:주}} 지배인은 주마다 생활총화를 열고, 송금이 늦다는 편지가 오면 그 편지를 다 읽어 줬다"고 했다.

월급은 {{u:중국}} 측 회사 {{u:단둥 화신복장유한공사}}가 1인당 매달 2000위안 안팎을 {{r:주광석}}에게 지급했다. 여성들에게 돌아온 것은 한 달 100~150위안이었다. 나머지는 '국가 계획분'으로 {{u:조선노동당}}에 들어갔다는 게 {{r:진달래}} 씨의 설명이다.

"진달래꽃 노래 있잖아요. 그 노래를 송년회 때 부르라고 해서 불렀어요. 가명을 그걸로 한 건 그래서예요." 그는 웃으며 말했지만 곧 눈시울을 붉혔다. 공장에는 그의 고모 '{{r:송옥분}}'(가명·55) 씨도 함께 있었다. {{r:옥분}} 고모는 2018년 재봉틀 바늘에 손가락을 다쳤지만 병원에 가지 못했다. 중국인 반장 {{p:리우}}({{p:劉}}) 씨가 약을 사다 줬다. {{r:진달래}} 씨는 "{{p:리우}} 언니가 아니었으면 고모 손가락은 없었다"고 말했다.

취재팀은 {{u:단둥}} 현지에서 공장 관계자 {{p:왕}}모 씨를 만났다. {{p:왕}}씨는 "{{u:북한}} 여공들은 말을 잘 듣고 불량이 적다"며 "{{r:주}} 사장이 다 관리했다"고 말했다. 그는 {{r:주광석}}을 '사장'이라고 불렀다.

{{u:북한}} 외무상 {{u:최선희}}는 지난해 "해외 노동자 문제는 적대세력의 날조"라고 주장했다. 그러나 {{u:유엔 안보리 대북제재위원회}} 전문가패널은 2023년 보고서에서 {{u:중국}} 내 {{u:북한}} 노동자 수를 수만 명으로 추산했다.

{{r:진달래}} 씨는 2019년 5월 공장을 나왔다. 본명은 {{u:한국}}에 와서야 다시 쓰기 시작했다고 한다. 고모 {{r:송옥분}} 씨의 소식은 아직 모른다. "우리 고모는 지금도 미싱 앞에 있을 거예요."

(다음 회에는 {{u:훈춘}} 수산물 공장의 남성 노동자들을 다룬다.)
{{p:윤재석}}·{{p:배하린}} 기자 investigation@newsdesk.kr""",
    },
    {
        "id": "h28-ko-08",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kang Na-ru", "강나루", "witness", ["나루", "나루TV"]),
            ("To Pyong-gil", "도병길", "supervisor", []),
            ("Sok Il-gwang", "석일광", "coworker", ["일광"]),
        ],
        "note": "YouTube auto-subtitles with timestamps and viewer comments; channel name built from the creator's given name; given name 나루 beside 나루(ferry); captain surname 도 beside 도(degree) and 함경북도; a Chinese fishing company and vessel; handles as aliases, one with a fullwidth letter.",
        "text": """[{{r:나루TV}}] {{u:중국}} 오징어배에서 1년 8개월… {{u:북한}} 선원이 말하는 '바다 감옥' (자막)

00:00 안녕하세요 {{r:강나루}}입니다 오늘은 제가 배 탔던 얘기
00:06 이름이 {{r:나루}}라서 배 탈 운명이었나 봐요 나루터 할 때 그 나루
00:14 2017년에 {{u:나진}}에서 {{u:중국}} 회사 배를 탔어요
00:19 {{u:롱청 원양어업}} 이라는 회사였는데 배 이름이 {{u:루룽위안위 606}}
00:27 {{u:북한}} 선원이 스무 명 {{u:중국}} 선원이 여섯 명
00:33 {{u:북한}} 쪽 책임자가 {{r:도병길}} 선장 {{r:도}} 선장이라고 불렀어요
00:40 {{r:도}} 선장은 원래 {{u:함경북도}} 수산사업소 사람인데
00:46 바다에서 영하 10도 밑으로 떨어져도 갑판에 세워 놨어요
00:53 제 옆자리가 {{r:석일광}}이라고 {{u:김책}} 사람
01:01 {{r:일광}}이는 저보다 두 살 어렸는데 배멀미를 엄청 했어요
01:09 {{r:도}} 선장이 {{r:일광}}이한테 "석 달만 참아라" 그랬는데 석 달이 1년 됐죠
01:18 돈이요? {{u:중국}} 선주가 {{r:도병길}}한테 주고 {{r:도}} 선장이 {{u:평양}}으로 보내고
01:26 저희는 오징어 한 상자 팔아서 담배 사는 정도
01:34 {{u:중국}} 선원 중에 라오{{p:저우}} 아저씨가 잘해 줬어요 본명은 {{p:저우진핑}}?
01:41 아 {{p:周金平}} 이렇게 쓴대요 라오{{p:저우}}가 몰래 라면 주고
01:49 근데 라오{{p:저우}} 그 형님이 배 떠나고 나서 {{r:일광}}이가 다쳤어요
01:56 이거는 다음 영상에서 할게요 구독 좋아요 부탁드려요 {{r:나루}}였습니다

댓글 243개
{{p:바다사나이77}} 2주 전
 {{r:나루}}님 저도 {{u:원산}} 수산사업소 출신인데 {{r:도병길}} 이름 들어봤어요 ㄷㄷ
 ㄴ {{r:나루TV}} 2주 전 @{{p:바다사나이77}} 헐 진짜요? 쪽지 주세요!!
{{p:mina_ｋ0212}} 1주 전
 {{r:석일광}}님 무사하시길 🙏 {{r:나루}}님 영상 항상 봅니다
{{p:평양출신엄마}} 5일 전
 이름 다 나와도 돼요? {{r:도}} 선장 가족 {{u:북한}}에 있을 텐데 ;;
 ㄴ {{r:나루TV}} 5일 전 @{{p:평양출신엄마}} {{r:도}} 선장님은 본인이 이미 {{u:한국}} 방송에 나와서… 아 근데 말씀 맞아요 고정댓글로 수정할게요
{{p:오징어게임아님}} 3일 전
 {{u:오징어 게임}} 보다 이게 더 무섭네""",
    },
    {
        "id": "h28-ko-09",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Ri Tae-hyok", "리태혁", "supervisor", ["태혁"]),
            ("Han Kwang-bom", "한광범", "coworker", []),
            ("Kang Chun-il", "강춘일", "coworker", ["춘일"]),
            ("Mo Sung-ho", "모승호", "witness", ["승호"]),
        ],
        "note": "작업반장의 작업일보 (Moscow residential site) seized and submitted by a worker; 조 편성 lists; '한 조' (one team) beside 한 조장 (team leader Han); 강 beside 강 조장 and 모 beside 모두/모래; Russian foreman in Hangul with 씨; a Moscow district and the Russian client as public names.",
        "text": """작업일보 (제3작업반) - {{u:모스크바}} {{u:노보페레델키노}} 주택단지 7동
작성: 반장 {{r:리태혁}}
[제출자 {{r:모승호}}가 2019년 이탈 시 가지고 나온 공책. 번역·전사 {{u:북한인권정보센터}}]

2019.3.4 (월) 맑음 -6도
 출력 인원 24명. 한 조 8명씩 세 조로 편성.
 1조 조장 {{r:한광범}}: {{r:모승호}}, {{p:주영남}}, {{p:채명길}} 외 4명 - 5층 미장
 2조 조장 {{r:강춘일}}: {{p:도경수}}, {{p:양철}} 외 5명 - 6층 타일
 3조 조장 {{r:리태혁}}(겸임): 나머지 - 모래·시멘트 운반
 특이사항: {{u:러시아}} 측 감독 {{p:드미트리}} 씨가 5층 미장 불량 지적. {{r:한}} 조장 책임.

2019.3.5 (화) 눈
 출력 23명. {{p:채명길}} 발열로 숙소 대기.
 {{r:한}} 조장이 {{p:드미트리}} 씨와 언쟁. 한 번만 더 하면 조장 교체한다고 경고함.
 {{r:모승호}} 작업 태도 불량({{u:러시아}} 노동자와 담배 나눠 피움). 생활총화 때 비판 예정.

2019.3.8 (금) 흐림
 {{u:러시아}} 명절(여성의 날). 현장 반일 작업.
 {{r:강}} 조장 2조, 6층 타일 80% 완료. {{r:춘일}}이 일 잘함. 모두 {{r:강춘일}}이처럼 하라고 총화.
 {{p:양철}}이 손 다침(절단기). {{u:PIK 그룹}} 현장 의무실 치료. 의무실 {{p:올가}} 씨가 병원 가라 했으나 본 반장이 거절.

2019.3.11 (월) 맑음
 출력 24명. 계획 미달분 만회 위해 22시까지 연장.
 {{r:모}}가 다시 담배 문제. {{r:승호}}를 3조로 이동. {{r:한광범}} 불만 표시.
 송금(계획분) 1~2월분 일괄 {{u:평양}} 송부 완료. 1인당 수령 500루블.

2019.3.15 (금) 눈
 {{p:도경수}} {{u:조선}} 전화 요청 → 불허.
 보위지도원 {{p:성}} 동지 현장 방문. {{r:한}} 조장과 {{r:모승호}} 면담함. 본 반장도 {{p:성}} 지도원에게 보고.

[여백에 다른 필체(연필): "{{r:태혁}}이 개새끼" - {{r:모승호}}는 자기 글씨가 아니라고 진술. {{r:한광범}}의 글씨일 가능성]""",
    },
    {
        "id": "h28-ko-10",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Kil Sun-hui", "길순희", "witness", ["순희"]),
            ("Pae Yong-man", "배영만", "relative", ["영만"]),
            ("Choe Myong-hwa", "최명화", "other", ["崔明花"]),
        ],
        "note": "Transcript of a recorded phone call between a defector wife in Seoul and a Korean-Chinese broker about getting her husband out of a Russian site; husband's surname 배 beside 배 (boat, stomach); her surname 길 beside 길 (road); broker addressed as 최 사장 and written in Chinese characters; dialect; masked third parties.",
        "text": """[녹취록] 2023.02.17 21:40~21:52 / 발신: {{r:길순희}}({{u:서울}}) / 수신: 브로커 "{{r:최}} 사장" ({{u:중국}} 번호)
※ 당사자 동의 하에 녹음. 전사: {{p:K.}} 간사. 불명확한 부분은 (…)

{{r:길순희}}: 여보세요, {{r:최}} 사장님이세요? 저 {{r:순희}}예요. {{r:배영만}}이 처.
{{r:최명화}}: 아, {{r:영만}}이 각시? 목소리 들으니 알갔소.
{{r:길순희}}: 우리 {{r:영만}}이 소식 있습니까? {{u:블라디보스토크}} 어디 있다는 거 맞아요?
{{r:최명화}}: 있기는 있소. 근데 지금 현장을 {{u:우수리스크}} 쪽으로 옮겼다 하오. 거기 반장이 {{p:변}}가라는 놈인데 아주 독하다 하더만.
{{r:길순희}}: {{p:변}} 반장… 그 사람은 모르는데. 길은 있어요? 나올 길이.
{{r:최명화}}: 길이야 있지비. 돈이 문제지. 배 타고 나오는 길, 차 타고 {{u:훈춘}}으로 넘어오는 길. 배는 위험하고.
{{r:길순희}}: 얼마예요.
{{r:최명화}}: 차로 하면 2천5백. 달라로. 선불 반.
{{r:길순희}}: (울음) 사장님, 지난번에도 {{p:박}}○○ 씨 남편 빼 준다고 돈 받고…
{{r:최명화}}: 그거는 내 잘못 아니오. 그 사람은 {{u:하산}}에서 잡혔소. 내 이름 {{r:崔明花}}로 계약서 써 주갔소.
{{r:길순희}}: 우리 {{r:배}} 서방이 배 곯지는 않는대요? 거기 먹는 건 어때요?
{{r:최명화}}: 배는 안 곯소. {{u:러시아}} 사람 {{p:안드레이}} 아바이가 그 현장 식당 하는데 밥은 준다 하오. {{r:영만}}이가 {{p:안드레이}}한테 한국말도 가르친다 하더만. (웃음)
{{r:최명화}}: 각시, 내일까지 생각하오. 그리고 전화 자주 말라. {{u:국정원}}에서 듣는다.
{{r:길순희}}: 예. 사장님 이름은 어디 안 써요.
{{r:최명화}}: 쓰지 말라. {{r:최}} 사장이라고만 하오. 끊소.

[전사자 메모] {{r:길순희}} 님이 {{r:최명화}}에게 3월 1일 1,250달러 송금. 이후 연락 두절(3.20 기준). {{u:경찰청}} 안보수사 부서 상담 안내함. 동일 브로커에게 피해를 입은 {{p:박}}○○ 님(2021) 사건과 연결 가능성 - 담당 {{p:이}} 변호사 검토 중.""",
    },
    {
        "id": "h28-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Mun Yong-chol", "문영철", "witness", ["Yongchol", "영철"]),
            ("Hwang Kil-nam", "황길남", "supervisor", ["Hwang"]),
        ],
        "note": "WhatsApp voice-note transcriptions in Konglish between a Korean-American volunteer in Sharjah and NGO staff; lowercase names in the chat export; a zero-width space inside a romanized given name; Korean honorifics (언니, 오빠, 부장) after English names; a clinic named after a ruler beside a private doctor called Rashid; a title (bujang) after a surname; Moon/Mun spelling of the same surname.",
        "text": """{{u:WhatsApp}} export - chat "{{u:sharjah}} contact 🌴" (transcribed voice notes marked [VN])

[14/03/2019, 22:11] {{p:Grace Oh}}: [VN 0:52] Hey {{p:Jiwon}} 언니, so 오늘 clinic에서 진짜 crazy한 일 있었어. 그 North Korean guy, 내가 말했던, 이름이 {{r:Mun Yong\u200bchol}}이래. 근데 자기는 {{r:Moon}}이 아니라 {{r:Mun}}이라고, {{u:북한}} spelling이라고 엄청 강조하더라 ㅋㅋ anyway 손가락 세 개 crushed 됐어. rebar 사이에.
[14/03/2019, 22:13] {{p:jiwon}}: 헐 ㅠㅠ 괜찮아? 어느 site래?
[14/03/2019, 22:16] {{p:Grace Oh}}: [VN 1:34] 그게, {{u:Al Nahda}} 쪽 tower project. company name은 {{u:Sharjah Crescent Contracting}} 같은 거였는데 확실하진 않아. 근데 문제는 그 boss, 그 사람이 {{r:Hwang}}, {{r:Hwang}} bujang이라고 부르던데, 계속 옆에 붙어 있었어. like 화장실까지. {{r:영철}} 오빠가 나한테 한국말로 몰래 "선생님 어디서 오셨어요" 했는데 {{r:Hwang}}이 딱 쳐다보는 거야. so scary.
[14/03/2019, 22:17] {{p:jiwon}}: 부장 이름 full name 알아?
[14/03/2019, 22:20] {{p:Grace Oh}}: [VN 0:41] clinic register에 {{r:HWANG KIL NAM}}으로 sign 했어, guarantor로. 내가 사진 찍어 둠. Dr. {{p:Rashid}}가 보고 "why is the boss signing for an adult man?" 이러더라. Dr. {{p:Rashid}} is like the best, {{p:Rashid Al Naqbi}}. 근데 그 clinic 이름이 또 {{u:Sheikh Khalifa Medical Center}}라서 내가 처음에 {{p:Rashid}}가 sheikh family인 줄 ㅋㅋ
[14/03/2019, 22:21] {{p:jiwon}}: ㅋㅋㅋ 언니 {{r:Yongchol}} 씨 연락처는?
[14/03/2019, 22:25] {{p:Grace Oh}}: [VN 1:12] phone 없대. {{r:Hwang}}이 다 가져갔대. 근데 next week follow-up 있어, Tuesday. 그때 {{p:Mariam}}, 우리 Filipino nurse, 그 애가 {{r:Yong-chol}}이랑 dressing room에서 5분 정도 시간 줄 수 있대. 뭐 물어볼까? {{p:Jiwon}}아, 그 {{u:NK Watch}} 사람, {{p:Daniel}}인가 {{p:Dan}}인가, 그분한테도 물어봐 줘.
[14/03/2019, 22:30] {{p:jiwon}}: {{p:Daniel Park}} 말하는 거지? 내가 물어볼게. 일단 가족 있는지, passport 누가 갖고 있는지, 월급 얼마 받는지. 그리고 절대 사진 찍지 마 언니.
[19/03/2019, 18:02] {{p:Grace Oh}}: [VN 2:05] 언니 오늘 만났어. 가족은 {{u:Hamhung}}에 wife랑 아들. passport는 {{r:Hwang}}이 있고 월급은 "I don't know" 하더라 ㅠ 근데 마지막에 나한테 자기 이름 한글로 써 줬어. {{r:문영철}}. 그리고 "{{r:황길남}} 조심" 이렇게. 나 손 떨려서 ㅋㅋ {{p:Mariam}}이 망보고 있었어.
[19/03/2019, 18:04] {{p:jiwon}}: 언니 고생했어 ❤️ {{p:daniel}}한테 forward 할게. 이 chat 지워.
[19/03/2019, 18:05] {{p:Grace Oh}}: ok. 👍 bye {{p:jiwonie}}""",
    },
    {
        "id": "h28-mixed-02",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ri Kyong-hui", "리경희", "coworker", ["Lee Kyoung Hee", "Kyonghi"]),
            ("Pak Un-jong", "박은정", "witness", ["Bak Eunjung", "Eun"]),
            ("Jo Hye-ran", "조혜란", "supervisor", ["Cho"]),
        ],
        "note": "Staff rota of a North Korean restaurant in Vientiane with Lao day and shift headers; Korean names romanized oddly by Lao staff (Lee Kyoung Hee, Bak Eunjung, Madam Cho); a Lao nickname (Noy) and a Lao-script name (ສົມພອນ); a Khmer name from a Siem Reap branch; the restaurant and a Pyongyang monument as public names.",
        "text": """{{u:Pyongyang Okryu Restaurant}} - ວຽງຈັນ ({{u:Vientiane}} branch) - ຕາຕະລາງວຽກ Staff rota, week 37 / 2019
Prepared by: {{p:Somphone}} (ສົມພອນ), cashier. Checked: Madam {{r:Cho}}

             ວັນຈັນ Mon   ວັນອັງຄານ Tue   ວັນພຸດ Wed   ວັນພະຫັດ Thu   ວັນສຸກ Fri   ວັນເສົາ Sat   ວັນອາທິດ Sun
ກະເຊົ້າ AM   {{r:LEE KYOUNG HEE}}  {{r:Kyonghi}}  {{r:Bak Eunjung}}  {{r:Eun}}  {{p:Sol-mi}}  {{p:Sol-mi}}  ALL (cleaning)
ກະແລງ PM   {{r:Bak Eunjung}}  {{p:Sol-mi}}  {{r:LEE KYOUNG HEE}}  {{p:Yun-a}}  {{r:Eun}} + {{p:Yun-a}}  ALL (show)  ALL (show)
Bar / till  {{p:Somphone}} all week

Notes (in English for owner, Mr {{p:Vilay}}):
1. Show nights Sat + Sun: all Korean girls sing. Madam {{r:Jo Hye-ran}} says {{r:Eun}} must do the "{{u:Mount Paektu}}" song and {{r:Kyonghi}} plays the accordion. {{p:Yun-a}} new, from {{u:Siem Reap}} branch last month, not on show yet.
2. {{r:Kyonghi}} asks Monday AM off for "hospital". Madam {{r:Jo}} said no. I ({{p:Somphone}}) put her AM anyway. Please not tell Madam.
3. {{r:Bak Eunjung}} again sleeping in kitchen. Madam {{r:Cho}} locks dormitory door at 23:30, show ends 23:45. {{p:Noy}} gives her blanket.
4. {{p:Yun-a}} knows Khmer a little. Cambodian boy at {{u:Siem Reap}} branch, {{p:Sokha}} (សុខា), sends her messages on {{u:Facebook}}. Madam {{r:Jo}} took phone.

[Added by NGO researcher {{p:T.L.}} on receipt of photo, 2022: The rota was photographed by {{p:Somphone}} and sent to us by her cousin {{p:Bounmy}}. "{{r:LEE KYOUNG HEE}}" and "{{r:Kyonghi}}" are one woman, {{r:Ri Kyong-hui}} ({{r:리경희}}); "{{r:Bak Eunjung}}" / "{{r:Eun}}" is {{r:Pak Un-jong}} ({{r:박은정}}), who reached {{u:Bangkok}} in 2021 and gave us these names. "Madam {{r:Cho}}" is {{r:조혜란}}. {{p:Sol-mi}} and {{p:Yun-a}} are stage names; {{r:Un-jong}} did not know their family names. The restaurant was closed in 2020.]""",
    },
    {
        "id": "h28-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ho Song-chol", "허성철", "witness", ["Хо Сон Чхоль", "Хо С.Ч."]),
            ("Rim Kwang-u", "림광우", "supervisor", ["Рим Гван У"]),
        ],
        "note": "Russian labour-contract clauses with Cyrillic names and initials, with a translator's Korean notes; Russian officials and a director given as surname plus initials; companies, ministries and Russian regions as public names; the North Korean contracting company in Russian transliteration.",
        "text": """ТРУДОВОЙ ДОГОВОР № 17/2018-К (выписка, пункты 1, 4, 9)
г. {{u:Владивосток}}                                                        «12» марта 2018 г.

{{u:ООО «Приморская Строительная Компания»}}, в лице генерального директора {{p:Соколова А.В.}}, действующего на основании Устава, именуемое в дальнейшем «Работодатель», и гражданин {{u:КНДР}} {{r:Хо Сон Чхоль}}, паспорт № 836******, именуемый в дальнейшем «Работник», заключили настоящий договор о нижеследующем:

1.1. Работник принимается на должность штукатура на объект «Жилой комплекс „{{u:Изумрудный}}"», {{u:Приморский край}}, г. {{u:Артём}}.
4.2. Заработная плата Работника составляет 35 000 (тридцать пять тысяч) рублей в месяц и выплачивается через уполномоченного представителя бригады {{r:Рим Гван У}} на основании доверенности.
9.3. Паспорт Работника передаётся на хранение представителю {{u:Корейской генеральной компании «Рынра»}} (бригадир {{r:Рим Г.У.}}) на весь срок действия договора.

Работодатель: ____________ {{p:Соколов А.В.}}          Работник: ____________ {{r:Хо С.Ч.}}
Согласовано: инспектор {{u:ГУВМ МВД России по Приморскому краю}} {{p:Белова Н.С.}}

---
[번역자 메모 - {{p:L.M.}}]
 ○ 근로자 {{r:Хо Сон Чхоль}} = {{r:허성철}} 본인. 본인은 계약서를 본 적이 없다고 진술. 서명란 글씨도 자기 것이 아니라고 함. "{{u:러시아}} 글자로 {{r:허}}를 쓸 줄도 몰랐다."
 ○ 4.2항: 임금을 "{{r:Рим Гван У}}"({{r:림광우}}, 작업반장)를 통해 지급 → 실제로 {{r:림}} 반장이 전액 수령. {{r:허성철}} 수령액 월 2,000루블 안팎.
 ○ 9.3항: 여권을 "{{u:Рынра}}"({{u:릉라도무역총회사}}) 대표에게 보관 → 국제노동기구({{u:ILO}}) 강제노동 지표에 해당.
 ○ {{p:Соколов}}(소콜로프) 사장은 {{r:허}} 씨가 기억하는 "{{p:사샤}} 사장"과 동일인으로 보임. 이름 {{p:Александр}}의 애칭.
 ○ 이민국 직원 {{p:Белова}}(벨로바) 서명은 {{r:림광우}}가 직접 받아 왔다고 함.""",
    },
    {
        "id": "h28-mixed-04",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Pak Myong-su", "박명수", "supervisor", ["朴明洙", "Park Myung-soo"]),
            ("Kim Hwa", "김화", "other", ["金花"]),
        ],
        "note": "WeChat group chat with red packets at a Hunchun seafood plant; 老/小 address prefixes and titles such as 经理 kept outside the markers; Korean names in Chinese characters; surname 金 beside 金额 (amount); a private name identical to a South Korean comedian's; Korean interjected by the interpreter.",
        "text": """{{u:微信}}群「{{u:珲春海达}} 管理群」(13人) 聊天记录导出 2019-02-04

[19:58] 老板 {{p:王海涛}}: 各位除夕快乐！🧧
[19:58] [红包] {{p:王海涛}}: 恭喜发财，大吉大利  (金额: ¥888)
[19:59] 老{{p:李}}: 谢谢{{p:王}}总！
[19:59] 小{{p:金}}: 谢谢老板 🙏 {{u:朝鲜}}那边的也要发吗？
[20:01] {{p:王海涛}}: {{r:朴}}经理那边我单独发。@{{r:朴明洙}} 你们的姑娘今晚包饺子吗
[20:03] {{r:朴明洙}}: 谢谢 {{p:王}}社长. 我们今晚学习. 饺子明天.
[20:03] 小{{r:花}}: {{p:王}}总，{{r:朴}}经理的意思是今晚要开会，{{u:金正恩}}的新年讲话。明天包。 ({{r:박}} 경리님, 제가 그렇게 전했습니다)
[20:05] 老{{p:崔}}: 😂 过年还开会
[20:06] [红包] {{p:崔东日}}: 给小{{r:花}}翻译费  (金额: ¥66)
[20:06] {{r:金花}}: 谢谢{{p:崔}}哥！
[20:09] {{p:王海涛}}: @{{r:金花}} 你问问{{r:朴}}经理，那个{{p:金顺实}}手还疼吗
[20:12] {{r:金花}}: {{r:박}} 경리님, {{p:김순실}} 동무 손 어떤가고 사장님이 물어보십니다.
[20:30] [红包] {{p:王海涛}}: {{u:朝鲜}}员工新年快乐 (金额: ¥500) → 仅 {{r:朴明洙}} 可领取
[20:31] {{r:朴明洙}}: 已领取 谢谢
[20:40] 小{{r:花}}: {{p:王}}总，那五百块是给{{r:朴}}经理一个人的还是给六十个姑娘的？
[20:41] {{p:王海涛}}: 给大家的。{{r:朴}}经理分
[20:41] 小{{r:花}}: 好的 (…{{r:박}} 경리님이 다 가지겠지 ㅎ)
[21:02] {{p:崔东日}}: 小{{r:花}}你那句韩文说啥
[21:02] {{r:金花}}: 没什么，祝大家新年快乐 🎉

[Annotation by {{u:Transitional Justice Working Group}} analyst {{p:K.Y.}}: group member list shows "{{r:朴明洙}}" with display name "{{r:Park Myung-soo}}" (same as the South Korean comedian; unrelated). "小{{r:花}}"/"{{r:金花}}" = interpreter {{r:Kim Hwa}}, an ethnic Korean from {{u:Yanji}}. 老{{p:李}} = {{p:李建国}}, production manager. Plant: {{u:Hunchun Haida Seafood}}.]""",
    },
    {
        "id": "h28-mixed-05",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Chang Tok-man", "장덕만", "witness", ["Tok-man"]),
            ("Sin Kyu-ho", "신규호", "supervisor", []),
        ],
        "note": "Interpreter's log from a Dakar building site in French, English and Korean; 'Monsieur'/'Mme' titles outside the markers; a Wolof nickname; surname Sin beside 'sin'; the African Renaissance Monument, Mansudae Overseas Project and a president as public names.",
        "text": """CAHIER D'INTERPRÈTE / interpreter's log - chantier {{u:Ouakam}}, {{u:Dakar}}
Interprète: {{p:Aïssatou Diallo}} (coréen-français), pour {{u:Human Rights Watch}} - usage interne

12/05/2016
 - Rencontre avec l'ouvrier nord-coréen {{r:Chang Tok-man}} ({{r:장덕만}}), 41 ans, maçon. Il a travaillé en 2009-2010 sur le {{u:Monument de la Renaissance africaine}} avec {{u:Mansudae Overseas Project}}. "그때 {{u:압둘라예 와드}} 대통령이 현장에 두 번 왔어요."
 - Chef d'équipe actuel: Monsieur {{r:Sin}} ({{r:Sin Kyu-ho}}, {{r:신규호}}). Note: the English-speaking engineer, {{p:Peter Mensah}}, jokes "it is a sin to work for {{r:Sin}}". {{r:Tok-man}} did not laugh.
 - Salaire: versé à M. {{r:Sin}}. {{r:덕만}} 씨 받는 돈: "한 달에 2만 세파. 담배값."

14/05/2016
 - {{r:Chang}} raconte l'accident de {{p:Ri Ung-chol}} ({{p:리웅철}}) en 2015, chute d'échafaudage, évacué à l'{{u:Hôpital Principal de Dakar}}. {{r:신}} 반장이 병원비를 못 낸다고 해서 Mme {{p:Ndiaye}}가 냈다고 함. {{p:Ndiaye}} = {{p:Fatou Ndiaye}}, propriétaire de la villa.
 - Les ouvriers sénégalais l'appellent "{{p:Goor}}" (homme, en wolof) - c'est-à-dire {{p:Ri}}, pas {{r:Chang}}.

17/05/2016
 - {{r:Tok-man}} ne vient pas. Monsieur {{r:Sin}} dit qu'il est "malade". Le gardien, {{p:Moussa}}, dit qu'il est parti à l'aéroport {{u:Léopold Sédar Senghor}} avec deux autres. Plus de contact.

(Transmis à {{p:J. Sawyer}}, {{u:HRW}} {{u:Seoul}}.)""",
    },
    {
        "id": "h28-mixed-06",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Song Do-hyon", "송도현", "witness", ["Do-hyon", "dohyon.song"]),
            ("Kil Chun-mi", "길춘미", "relative", ["춘미"]),
        ],
        "note": "Facebook group thread of the Korean diaspora in New Malden; a private name Song Do-hyon beside the place Songdo; public figures Choe Son Hui and Kim Yo Jong and Kim Il Sung Square in the same comments; lowercase profile handle; emoji beside names.",
        "text": """{{u:New Malden}} 한인 소통방 | Public group · 3.1K members

{{r:Song Do-hyon}} ✍️ · 2h
Hello everyone, 안녕하세요. I am from the North, I worked on construction in {{u:Russia}} ({{u:Amur}}) before I came here in 2020. 아내 {{r:길춘미}}를 찾고 있어요. Last news: she was sent to a garment factory in {{u:China}} in 2018. If anyone from {{u:Dandong}} knows {{r:Chun-mi}} 🙏 please DM.
👍 58 · 💬 9

  {{p:Jenny Hwang}}: Shared! 😢 {{r:Do-hyon}} 씨 힘내세요
  {{p:Sunwoo Nam}}: Mr {{r:Song}}, you should contact the {{u:Korean Residents Society}} in {{u:Kingston}}, they helped my uncle.
  {{p:Alex K}}: lol first time I read this I thought it said "{{u:Songdo}}" like the city in {{u:Incheon}} 😅 sorry not funny. good luck
  {{r:Song Do-hyon}}: @{{p:Alex K}} 괜찮아요 ㅎㅎ {{u:송도}} 사람 아니에요
  {{p:나은비}}: {{r:춘미}} 언니 혹시 {{u:Sinuiju}} 출신이세요? 제 사촌 {{p:나미숙}}이 {{u:단둥}}에 있었어요
  {{r:Song Do-hyon}}: @{{p:나은비}} 네 {{u:신의주}}요!! 메시지 드렸어요
  {{p:Graham Price}}: Saw on the {{u:BBC}} that {{u:Choe Son Hui}} said all workers came home. Clearly not true. And {{u:Kim Yo Jong}} calling defectors "human scum". Stay strong {{r:Do-hyon}}.
  {{p:Jenny Hwang}}: @{{p:Graham Price}} please no politics here 🙏 the admin will delete
  Admin · {{p:Kyung-ah}}: Reminder: don't post family names of people still in the North. {{r:dohyon.song}} I hid your wife's full name from the post, hope ok.

{{r:Song Do-hyon}} · edited 1h
[Post edited by admin] ...아내 (name hidden) 를 찾고 있어요. Photo removed. She used to say she would show me {{u:Kim Il Sung Square}} one day 🥲""",
    },
    {
        "id": "h28-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("U Chol-ho", "우철호", "witness", ["Chol-ho", "철호"]),
            ("Kye Ung-bom", "계응범", "supervisor", ["Kye", "Кье"]),
        ],
        "note": "Forensic phone-extraction report: contact list and SMS in Korean, Russian and English; contact names mixing names with job words (Саша стройка, 계 부장); kinship contacts (엄마) unlabelled; surname U beside 'u' and Russian 'у'; extraction tool and mobile operators as public names.",
        "text": """EXTRACTION REPORT - {{u:Cellebrite UFED}} 7.58 - Device: {{u:Samsung Galaxy J2}} (SIM {{u:MTS}}, {{u:Russia}})
Case: NKF-RU-044 | Handed over by owner {{r:U Chol-ho}} ({{r:우철호}}), 2021-06-03 | Examiner: {{p:P. Novak}}

CONTACTS (6)
 1. 엄마 ({{u:DPRK}} number, never called)
 2. {{r:계}} 부장 +7 914 *** ** 11
 3. {{p:Саша}} стройка +7 924 *** ** 40
 4. {{p:Лёха}} такси +7 908 *** ** 02
 5. {{p:Min-su}} church +82 10 **** **77
 6. {{p:철민}}이 +7 914 *** ** 93

SMS (selected, 2021-05)
 05-11 08:02 from {{r:계}} 부장: 오늘 7시 집합. {{r:우철호}} 늦으면 비판.
 05-11 19:40 from {{p:Саша}} стройка: {{r:Чхоль Хо}}, у тебя всё нормально? {{r:Кье}} опять орал?
 05-11 19:52 to {{p:Саша}} стройка: нормально. спасибо {{p:Саша}}
 05-18 22:15 from {{p:Min-su}} church: {{r:Chol-ho}} 형제님, address of {{u:UNHCR}} {{u:Moscow}} I send you. Don't tell {{r:Kye}}.
 05-19 06:30 from {{p:철민}}이: 형 {{r:계응범}}이가 전화 검사한대 다 지워
 05-19 06:31 to {{p:철민}}이: ok
 05-29 23:58 to {{p:Лёха}} такси: {{p:Лёша}}, завтра 5 утра, {{u:Находка}} вокзал. Пожалуйста.

EXAMINER NOTES: Owner confirms "{{r:계}} 부장" = team leader {{r:Kye Ung-bom}}. "{{p:철민}}이" = co-worker {{p:Ko Chol-min}}, still in {{u:Russia}}; number not to be used. Russian contacts not identified further.""",
    },
    {
        "id": "h28-mixed-08",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ok Yong-nam", "옥영남", "coworker", ["Yong-nam"]),
        ],
        "note": "WhatsApp group of South Asian and Arab foremen on a Sharjah site, in English, romanized Urdu, Arabic and a line of Korean; the Korean worker Ok beside 'ok'; Arabic names in Arabic script; bhai/sahib/ustad address words outside the markers; a company and a port as public names.",
        "text": """{{u:WhatsApp}} group "Tower B foremen 🏗️" (exported 2018-11-22)

[07:12] {{p:Tariq Mehmood}}: Salam all. Aaj Korean team late hai, bus {{u:Al Khan}} se nahi aayi
[07:13] {{p:Sanjay}}: ok bhai
[07:15] {{p:Tariq Mehmood}}: {{r:Ok}} sahib ko phone karo, {{r:Ok}} bolta hai unka boss phone nahi deta
[07:16] {{p:Sanjay}}: ok ok 😂
[07:18] {{p:محمد العلي}}: الكوريين وصلوا. {{r:أوك}} معهم
[07:40] {{p:Sanjay}}: {{r:Yong-nam}} ustad says their leader {{p:Ri}} took all helmets back, only 6 helmets for 14 men. Safety problem
[07:42] {{p:محمد العلي}}: I will tell engineer {{p:Hisham}}
[09:05] {{p:Hisham}} (PM): Helmets from store. Anyone asks, say {{u:Emirates Link Contracting}} provided. Don't mention {{p:Ri}}.
[11:30] {{p:Tariq Mehmood}}: {{r:Ok}} bhai gir gaya scaffold se, level 3. Ambulance?
[11:31] {{p:Hisham}} (PM): NO ambulance. {{p:Ri}} will take him. Port side clinic {{u:Khalid Port}}
[11:33] {{p:Sanjay}}: this is not ok sir
[11:40] {{p:Tariq Mehmood}}: {{r:옥영남}} - he wrote his name on my hand, Korean. He said "tell {{u:Korea}}". What is {{u:Korea}} embassy number
[11:41] {{p:Hisham}} (PM): Delete that. Group is for work only.""",
    },
]
