# ruff: noqa: E501
"""Held-out evaluation passages, set 68. Built by build_heldout.py heldout68.

Fifty documents of the kind an NGO working on North Koreans sent abroad as forced
labourers could plausibly receive or write, written blind (the finder's code was not
read and the finder was not run). All genres are ones the earlier sets' opening lines
do not list (fisheries observer trip reports, P&I club crew-injury claim file notes,
ICC Article 15 communication annexes, NRM reasonable-grounds decision letters, Rule 35
reports from immigration detention, newsroom pre-publication legal reads,
correspondent-bank requests for information, investor engagement call notes, EU forced
labour portal submissions, interpreters' clinical supervision notes, without-prejudice
settlement offers, crew competency matrices, TB DOTS treatment cards, witness anonymity
order applications, MLC on-board complaint forms, OK-to-board letter batches, serious
incident reports to a charity regulator, human-rights commission petitions, court
deposit (공탁) papers, court conciliation protocols, rental-flat management-fee arrears
notices, car-insurance accident call notes, senior public-job participant rosters,
singing-class attendance books, estate agents' client notebooks, cyber-university
application forms, residents' autonomy committee rosters, study-cafe entry logs,
transcribed North Korean work-point notebooks, dormitory ssireum brackets, self-help
group audit reports, insurance agents' client cards, daycare waiting lists,
neighbourhood ban meeting minutes, Russian notifications of employing a foreign
citizen, Russian fingerprint-registration registers, Russia-China money-transfer
receipts, Chinese medical-insurance reimbursement forms, Chinese safety-responsibility
pledge sheets, Chinese bonus distribution sheets, UAE labour-ministry complaint
tickets, Dubai tenancy registrations, Mongolian hospital admission registers,
Mongolian Tsagaan Sar visit lists, Polish declarations on entrusting work to a
foreigner, Polish prosecutors' discontinuance decisions, Vietnamese pagoda
merit-donation lists, Vietnamese motorbike rental contracts, Japanese technical-intern
supervision visit logs and workshop hotel rooming lists), in English, Korean and mixed
Korean/English with Russian, Chinese, Arabic, Mongolian, Polish, Vietnamese and
Japanese. Some passages use CRLF line breaks (one mixes CRLF and LF), zero-width
characters, a soft hyphen, fullwidth letters and emoji. All persons are fictional;
real public figures are mentioned only neutrally.

Labelling convention (as in the preceding sets):
- {{r:...}} a mention of a registered private person (listed in the passage's
  "persons" as (romanized name, Hangul name, role, aliases)); {{p:...}} a mention
  of an unregistered private person; {{u:...}} a public name: a real public figure,
  a real place, a real organisation or company, a real app, law or treaty.
- Every fictional person is private, whatever their office (a fictional prosecutor,
  judge, doctor, inspector, officer, agent or interpreter is private).
- Invented businesses, sites, funds and vessels are left unmarked.
- A mention is labelled as the text writes it: the name only, without particles
  (김영호는 -> {{r:김영호}}는; the affectionate suffix 이 after a given name also stays
  outside) and without titles or honorifics (Mr, Dr, Capt., 씨, 님, 동무, 반장, 사장,
  さん, 社長, ông, bà, chị, anh, cô, Pan, Pani), but Chinese forms of address are
  labelled whole (老林, 小金, 王总, 朴主任, 李队长) and Russian and Polish names keep
  their case endings (Гусева, Кимом, Ларисе, Dąbrowskiego, Kima); Mongolian suffixes
  (-ын, -ийнд) stay outside.
- A nickname, alias or pseudonym that refers to a person is a mention of that person
  even when it is not registered; the same word used as an ordinary word is not.
  Ciphers such as W1 or A-3 are not labelled.
- In e-mail addresses, handles and file names only the part that spells the name is
  labelled; initials standing for a person are mentions.
- A surname discussed as a word is unmarked, and so are ordinary words that look like
  names (정해진 시간, 창호 공사, 황소, 마감, hoa quả, lee side, Noel as Christmas).
- Country names are public whenever they stand as nouns, also attributively (DPRK
  crew, 북한 식당, 중국 돈); nationality adjectives and derived words (Korean,
  러시아어, 중국인, 북한이탈주민) are not marked.
- Zero-width characters, soft hyphens and fullwidth letters inside a name stay inside
  the mention; emoji, possessive 's and particles stay outside.
"""

PASSAGES: list[dict] = [
    {
        "id": "h68-en-01",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Yong-nam", "김용남", "witness", ["Yong-nam", "Bucket", "Gim Yong-nam"]),
            ("Ri Su-il", "리수일", "coworker", ["Su-il", "Lee Su-il"]),
            ("Lin Yuqiang", "린위창", "supervisor", ["老林"]),
        ],
        "note": "Fisheries observer trip report narrative (longliner, Western Pacific) forwarded by the observer; crew table with nationalities crossed out and rewritten; deckhand nicknamed Bucket beside the ordinary bucket; 'lee side' and 'long' as ordinary words; Chinese fishing master in Latin and Hanzi, 老林 as a form of address; Indonesian and Filipino crew; fisheries commission and ports public.",
        "text": """OBSERVER TRIP REPORT - GEN-3 FOLLOW-UP NARRATIVE (excerpt; the observer sent it to us with names unchanged)
Programme: {{u:Western and Central Pacific Fisheries Commission}} Regional Observer Programme
Vessel: Hai Feng 617 (tuna longliner)   Trip ID: KI-23-0419
Observer: {{p:Tekaie Bwebwe}}   Debriefer: {{p:Ruta Ioane}}
Embarked {{u:Tarawa}} 3 May 2023; disembarked {{u:Pohnpei}} 29 June 2023

GEN-3 item 14 (crew mistreatment / crew not paid): YES - see below.

Crew list as handed to me by the fishing master on day 2 (my copy, as written):
No  Name              Position
1   {{p:ZHOU BAOLIN}}       fishing master
2   {{r:LIN YUQIANG}}       bosun
3   {{r:KIM YONG NAM}}      deckhand
4   {{r:RI SU IL}}          deckhand
5   {{p:PAK HYOK}}          deckhand
6   {{p:HA MUN SOK}}        cook
7   {{p:ANDI SAPUTRA}}      deckhand
8   {{p:FERRY GUNAWAN}}     deckhand
9   {{p:ROLANDO DIZON}}     engineer
For nos. 3-6 the nationality column first said "{{u:DPRK}}"; it was crossed out and "{{u:PRC}}" written above. Nos. 7-8 are from {{u:Indonesia}}, no. 9 from the {{u:Philippines}}.

Narrative.
For the first three weeks the four Korean crew did not speak to me. The Indonesian deckhand {{p:Andi}} explained that the fishing master, Mr {{p:Zhou}} ({{p:周宝林}} on the licence copy), had told them I was "from the police". The bosun {{r:Lin}}, whom the Chinese crew call {{r:老林}}, kept the Koreans' seaman's books in the wheelhouse drawer together with the long-line logbook.

Day 23 (25 May). During the haul a silky shark was cut loose on the lee side. {{r:Lin Yuqiang}} shouted at {{r:Ri Su-il}} and struck him twice with the handle of a gaff. {{r:Ri}} did not react. Afterwards the oldest Korean, {{r:Kim Yong-nam}}, came to the observer cabin with a bucket of bait as an excuse and said in English "no money, two year". The other crew call {{r:Kim}} "{{r:Bucket}}" because he carries one everywhere; the bucket is also where he hides his notebook.

Day 31. {{r:Bucket}} (= {{r:Kim Yong-nam}}) wrote in my notebook, in Korean: "{{r:김용남}}, {{r:리수일}}, {{p:박혁}}, {{p:하문석}} - 2021년 {{u:남포}}에서 출발. 월급 못 받음." I asked our debriefer later to have it translated. He also wrote an address in {{u:Nampo}} and the name of his wife, {{p:Jon Kum-hui}}, and asked me not to show it to {{p:Zhou}} or to {{r:Lin}}.

Day 40. Transshipment to a carrier at night (name not visible). {{r:Kim}} and {{r:Su-il}} were locked in the net store for the duration. {{r:Lee Su-il}} - this is how {{p:Andi}} spells him - told {{p:Andi}} afterwards "if I go to the carrier I never come back".

Day 57. Port {{u:Pohnpei}}. The Korean crew were not allowed ashore. I reported items 14 and 22 to my coordinator, {{p:Marieta Kaitu}}, by satellite e-mail on the same day. Copy of this narrative given to {{u:Pacific Islands Forum Fisheries Agency}} debriefing.

Observer signature: {{p:T. Bwebwe}}""",
    },
    {
        "id": "h68-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Kwang-ho", "최광호", "witness", ["Kwang-ho", "Choi Kwang-ho", "K.H."]),
            ("Jang Un-sim", "장은심", "relative", ["Un-sim"]),
            ("Sergei Malakhov", "세르게이 말라호프", "official", []),
        ],
        "note": "P&I club crew-injury claim file notes (chronological handler entries) about a North Korean crewman on a Russian-operated reefer; claimant in North and South spellings and initials; wife as dependant; Russian agent with Cyrillic case endings; master, officers, doctor and correspondents private; club and ports public; 'Will' and 'Mark' as ordinary words.",
        "text": """CLAIM FILE NOTES - PERSONAL INJURY - CREW
Member: (redacted by sender)   Vessel: reefer "Severnaya Zvezda"   Claim ref: PI/23/4471
Club: {{u:The Standard Club}} (handled by local correspondents)
Claimant: {{r:CHOE Kwang Ho}}, AB, {{u:DPRK}} national, DOB 1979

03/02/2023 09:12 {{p:JMW}}
Notice received from correspondents in {{u:Busan}} ({{p:Lee Dong-hwan}}, Korea P&I Services). Crew member {{r:Choe Kwang-ho}} injured 28/01 during cargo ops at {{u:Nakhodka}}; fall into hold no. 3 when the tween-deck hatch was opened without warning. Fractures L leg and pelvis. Landed to {{u:Nakhodka}} city hospital. Will open file as PI; reserve USD 40k pending medical.

06/02/2023 14:40 {{p:JMW}}
Spoke to Master (Capt. {{p:Oleg Tkachenko}}). He says claimant "ran on deck without mark of the ladder" - unclear. Master confirms ship's agent is {{r:Sergei Malakhov}}, who also "looks after the Korean crew" for the manning side. Requested crew agreement, wage account, accident report and statement of {{r:K.H.}}

10/02/2023 11:05 {{p:AR}}
Received accident report signed by C/O {{p:Ivan Petrenko}} and bosun {{p:Pak Chol}}. Report names a second crewman present, {{p:Ryom Sung-jin}}, who apparently went down to help {{r:Choe}}. No statement from {{p:Ryom}} attached.

13/02/2023 16:22 {{p:AR}}
Call with {{r:Malakhov}}. He says the claimant will be repatriated "through {{u:Vladivostok}} as usual" as soon as he can sit, and that "the family is taken care of by the Korean side". Asked who the Korean side is; he said he deals only with a Mr {{p:Hyon}} at the manning office. Note: {{r:Малахов}} signs e-mails in Cyrillic; correspondents refer to him as "{{r:Малахова}}" in the Russian letters (genitive) - same person.

20/02/2023 10:00 {{p:JMW}}
Medical report from Dr {{p:Natalia Koroleva}}: 9-12 weeks non-weight-bearing; permanent impairment likely. Recommend independent orthopaedic review.

01/03/2023 12:30 {{p:JMW}}
E-mail from an NGO in {{u:Seoul}} asking whether compensation will reach the claimant's wife, {{r:Jang Un-sim}}, named in the crew agreement as next of kin (address: {{u:Chongjin}}). We cannot disclose. Forwarded to Member. NB the NGO spells the claimant {{r:Choi Kwang-ho}}; same DOB, same seaman's book number.

07/03/2023 09:50 {{p:AR}}
Member says wages "were paid in cash to the crew leader {{p:Pak}}" monthly. Wage account shows USD 0 allotment; deductions "to company" 100%. Flagged to {{p:JMW}}: PEME absent, contract in Russian only, no signature by {{r:Choe}}.

15/03/2023 17:15 {{p:JMW}}
Claimant no longer at hospital. {{r:Sergei}} says he flew home. Hospital discharge note signed by Dr {{p:Koroleva}} says "transferred to {{u:Vladivostok}} by company car". No contact possible with {{r:Kwang-ho}} or with {{r:Un-sim}}. Will write to correspondents; consider whether lump sum under the crew agreement ("Mark: Schedule B, item 4") is payable to the dependant.""",
    },
    {
        "id": "h68-en-03",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Han Ok-ryon", "한옥련", "witness", ["Ok-ryon"]),
            ("Ju Chol-min", "주철민", "witness", ["Chol-min"]),
            ("Kwak Song-il", "곽성일", "supervisor", ["Song-il"]),
            ("Rim Myong-suk", "림명숙", "relative", ["Myong-suk", "Lim Myung-sook"]),
        ],
        "note": "Annex to a draft Article 15 communication to the ICC Prosecutor; victims coded A-3/A-4 with names; alleged perpetrators (fictional) private; Rome Statute articles and Court public; real public figures Kim Jong Un and Karim Khan neutral; 'Director Kwak' title outside, Lim/Rim spellings of one relative; 'Grace' as a word ('period of grace').",
        "text": """DRAFT - PRIVILEGED - NOT FOR CIRCULATION
Annex C to the Communication under Article 15 of the {{u:Rome Statute}}
To: {{u:Office of the Prosecutor}}, {{u:International Criminal Court}}, {{u:The Hague}}
(for the attention of the Prosecutor, Mr {{u:Karim A. A. Khan}} KC)

C.2 Individual accounts relied upon (restricted; Annex C is to be filed ex parte)

Victim A-3: {{r:HAN Ok-ryon}} ({{r:한옥련}}), female, b. 1986, sewing-line worker, dispatched 2017-2020 to a garment factory in {{u:Dandong}}, {{u:Liaoning}}.
{{r:Han}} states that the dispatched workers were under the control of a "director", {{r:Kwak Song-il}}, and of a party secretary known to her only as Comrade {{p:Ri}} - she never learned his given name. Wages were retained in full. Workers who complained were placed in an unheated store room; {{r:Ok-ryon}} herself spent four nights there in January 2019 with a co-worker, {{p:Sim Hye-gyong}}, who later attempted suicide. {{r:Han}}'s mother, {{r:Rim Myong-suk}}, was informed by the local security office in {{u:Hyesan}} that her daughter "had betrayed the fatherland" after {{r:Han}}'s escape in 2020. {{r:Rim}} has since been in contact with the communicating NGO through a broker (Mr {{p:Yang}}).

Victim A-4: {{r:JU Chol-min}} ({{r:주철민}}), male, b. 1991, construction worker, dispatched to {{u:Vladivostok}} 2016-2019.
{{r:Ju}} describes 16-hour days, confiscation of passports by the brigade leader {{p:Ri Kwang-su}}, and beatings by the "safety officer" {{p:Kye Yong-dok}}. He witnessed {{p:Kye}} beat a worker named {{p:Sok Man-gil}} until he lost consciousness (autumn 2018). {{r:Chol-min}} says that in 2019 Director {{r:Kwak}} - the same {{r:Kwak Song-il}}, then transferred from {{u:Dandong}} - visited the {{u:Vladivostok}} site and announced that "every worker's contribution is a gift to the Marshal", which {{r:Ju}} understood as a reference to {{u:Kim Jong Un}}.

Link between A-3 and A-4. Both victims independently name {{r:Kwak}}. {{r:Ju}} describes him as "about 55, a scar above the right eye"; {{r:Han Ok-ryon}} describes a scar "on the forehead". See para. 214 on corroboration. A third witness, {{p:Paek Sun-hwa}}, is expected to confirm the transfer; interview scheduled after the period of grace agreed with her counsel, Ms {{p:Grace Whitfield}}.

C.3 Crimes alleged: Article 7(1)(c) enslavement; 7(1)(e) imprisonment or other severe deprivation of physical liberty; 7(1)(k) other inhumane acts. Territorial link: to be argued in Part IV.

Note for the drafting team ({{p:SW}} / {{p:M. Haddad}}): {{r:Rim Myong-suk}} appears in the intake database as "{{r:Lim Myung-sook}}". Please harmonise to {{r:Rim}} throughout; do NOT include {{r:Myong-suk}}'s home address in any annex.""",
    },
    {
        "id": "h68-en-04",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Pang Chol-u", "방철우", "witness", ["Chol-u", "Bang Cheol-woo"]),
            ("O Hye-ran", "오혜란", "relative", ["Hye-ran", "Oh Hye-ran"]),
        ],
        "note": "UK National Referral Mechanism reasonable-grounds decision letter (positive) to a North Korean former construction worker; CRLF; surname Pang/Bang; sister surnamed O beside the interjection 'O' in a quoted hymn and 'Oh'; caseworker and support worker private; Home Office, Salvation Army and places public; the reference number contains letters that are not names.",
        "text": """{{u:Home Office}}
Single Competent Authority
PO Box (withheld)

Mr {{r:Chol-u PANG}}
c/o (Ms {{p:Deborah Ansah}}, support worker)

Our ref: SCA/RG/23/118-PCU
Date: 14 August 2023

Dear Mr {{r:Pang}},

NATIONAL REFERRAL MECHANISM: REASONABLE GROUNDS DECISION

I am writing to tell you that the Single Competent Authority (SCA) has decided that there are reasonable grounds to believe that you are a victim of modern slavery (forced labour).

Your referral was made on 2 August 2023 by Ms {{p:Ansah}} of {{u:The Salvation Army}}, acting as a First Responder. The referral states that between 2015 and 2019 you were sent by the authorities of {{u:North Korea}} to work on construction sites in {{u:Kuwait}} and later in {{u:Russia}}, that your passport was held by your team leader, a man you name as {{p:Yun Tae-sik}}, that you received little or none of your wages, and that you were threatened that your family in {{u:Hamhung}} would suffer if you did not comply.

In reaching this decision I have considered:
- the referral form and your account given to the First Responder;
- a letter from your sister, Ms {{r:O Hye-ran}}, who now lives in the {{u:Republic of Korea}}, describing the messages you sent her in 2018;
- country information on the overseas labour of {{u:DPRK}} nationals.

You describe being transferred in 2017 from a site near {{u:Kuwait City}} to a housing project in {{u:Kazan}}, together with a co-worker, Mr {{p:Gil Yong-chan}}, and being forced to work through the winter without adequate clothing. Your sister states that "{{r:Chol-u}} sent only one photograph, he was very thin". She signs her letter "{{r:Oh Hye-ran}}" and adds a line from a hymn, "O Lord, keep my brother". Oh, I note also that you have used the name "{{r:Bang Cheol-woo}}" when registering with your GP; I accept that this is the same name in South Korean spelling.

This is not a final decision. A conclusive grounds decision will be made later. During the recovery period you are entitled to support under the Modern Slavery Victim Care Contract. Your support worker will be Ms {{p:Ansah}} until further notice.

If you have any questions please contact your support provider, or your legal representative, Mr {{p:Tomasz Wierzbicki}} of the firm acting for you.

Yours sincerely,

{{p:K. Hollister}}
Decision Maker, Single Competent Authority
cc: {{p:D. Ansah}}; {{p:T. Wierzbicki}}""",
    },
    {
        "id": "h68-en-05",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Yom Kyong-chol", "염경철", "witness", ["Kyong-chol", "Yeom Kyung-chul"]),
            ("Thae Won-bok", "태원복", "supervisor", ["Won-bok"]),
        ],
        "note": "Rule 35(3) report from a UK immigration removal centre, typed by the centre doctor, about a North Korean former logging worker; CRLF; private Thae beside the public figure Thae Yong-ho; detainee spelled Yom and Yeom; body-map entries in a table; Russian camp medic and interpreter private; removal centre, logging region and Home Office public.",
        "text": """RULE 35(3) REPORT - CONCERNS THAT A DETAINED PERSON MAY HAVE BEEN THE VICTIM OF TORTURE
Centre: {{u:Harmondsworth Immigration Removal Centre}}
Detainee: {{r:YOM, Kyong Chol}}   HO ref: Y1184522   Nationality: {{u:Korea, Democratic People's Republic of}}
Date of examination: 05/10/2022   Examining doctor: Dr {{p:Priya Raghunathan}}
Interpreter (telephone): Mr {{p:Jae-hoon Shin}}, Korean

1. Account given by the detainee
Mr {{r:Yom}} states that from 2012 to 2016 he worked in a logging camp in the {{u:Khabarovsk Krai}} for a North Korean company. His brigade leader was {{r:Thae Won-bok}}. He stresses that {{r:Thae}} is "not the politician", referring to {{u:Thae Yong-ho}}, whom he has seen on television. In winter 2014, after an escape attempt by another worker, {{p:Kil Chang-ho}}, Mr {{r:Yom}} and two others ({{p:Ryu Song-nam}}, {{p:Mun Hak-chol}}) were suspected of helping. He says {{r:Won-bok}} and a security officer he knew as "Instructor {{p:Hwang}}" tied his wrists with wire and made him kneel in the snow for several hours. The camp medic, a Russian woman he calls "{{p:Valya}}" ({{p:Valentina}}; surname unknown), treated his fingers afterwards.

2. Clinical findings (body map attached)
Site                Finding                              Consistency
L wrist, dorsal     linear scars x3, 2-4 cm               highly consistent
R wrist             circumferential hypopigmented band    highly consistent
R hand digits 4-5   amputation at DIP (frostbite)         consistent
Both knees          no scarring                           n/a
Back                healed linear scar 12 cm              consistent

3. Mental state
Mr {{r:Yom}} reports nightmares of the snow, startles at the sound of dogs, and poor sleep. He asked whether his wife, whom he would not name, could be told he is alive. PCL-5 not completed due to interpreter time limits.

4. Opinion
In my opinion the physical findings are highly consistent with the detainee's account of having been bound with wire and exposed to extreme cold. Mr {{r:Kyong-chol Yom}} may be a victim of torture as defined in the Adults at Risk policy.

5. Other
The detainee's earlier screening interview records his name as "{{r:Yeom Kyung-chul}}". His solicitor, Ms {{p:Farah Qureshi}}, has been informed of this report with his consent.

Signed: {{p:P. Raghunathan}}
Copy to: {{u:Home Office}} (detention engagement team), Centre Manager Mr {{p:D. Lowry}}""",
    },
    {
        "id": "h68-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Sin Ha-na", "신하나", "witness", ["Ha-na", "Hana"]),
            ("Chae Yong-gil", "채용길", "supervisor", ["Yong-gil"]),
            ("Wang Dezhi", "왕더즈", "supervisor", ["王德志", "王总"]),
        ],
        "note": "Newsroom lawyer's pre-publication legal read of a feature on North Korean restaurant workers in China; comments keyed to paragraph numbers; source's real name and pseudonym 'Hana' both private; Chinese owner in Latin, Hanzi and 王总; reporters and editor private; Hana as a name vs 'hana' counted in Korean ('one') in a quote; university, UN panel, cities and Kim Jong Un public.",
        "text": """LEGAL READ - "The singers who could not leave" (draft 4, 2,800 words)
Reporter: {{p:Alison Pryce}} / {{p:Seung-woo Baek}}   Desk: {{p:Tom Eriksen}}   Read by: {{p:Nadia Karim}}, in-house counsel
Status: NOT CLEARED - changes required (see below)

General. The piece relies on one named source and two anonymous ones. The named source is to appear under the pseudonym "{{r:Hana}}". Her real name, {{r:Sin Ha-na}}, appears in the metadata of two photos (IMG_{{r:sinhana}}_0412.jpg) and in the caption file - remove before the piece goes to the production system.

Para 3: "{{r:Hana}}, 29, sang and waited tables at a North Korean restaurant in {{u:Shenyang}} for four years." OK. But "hana, dul, set" in the quote in para 11 is just counting - the sub-editor has capitalised it as a name. Revert to lower case.

Para 5: We say the restaurant manager, {{r:Chae Yong-gil}}, "beat the women with a coat hanger". Single source. Either add "according to {{r:Hana}} and another former worker" or cut. Note we call him "Uncle {{r:Chae}}" in para 14 - that is what the women called him; keep it in quotes so it is clear it is their word.

Para 7: The Chinese owner, {{r:Wang Dezhi}} ({{r:王德志}}), is named. Has he been offered a right of reply? {{p:Seung-woo}} says a message was sent via {{u:WeChat}} to the account "{{r:王总}}" on 3 May; no reply. That is thin. Please also write to the company registered address. Do NOT describe {{r:Wang}} as a "trafficker" - say "the owner, who did not respond to questions".

Para 9: "The women were watched by a minder, a man the workers knew as Director {{p:Ri}}". Fine as attributed. But the next sentence names a cook, {{p:Hyon Sol-mi}}, as "the informer". She is a private person, not a party to the story, and we have nothing but {{r:Ha-na}}'s word. Remove her name.

Para 12: The restaurant chain is compared to a chain owned by a company linked in the {{u:UN Panel of Experts}} report of 2019. Fine - that report is privileged as a public document. But do not say {{r:Wang}}'s restaurant "belongs" to that chain.

Para 15: Reference to {{u:Kim Jong Un}}'s portrait on the dining-room wall is fine.

Para 18: Quote from {{r:Sin}}'s mother: we don't name her, good. But the next line mentions "her cousin {{p:Sin Kwang-mu}} in {{u:Sinuiju}}". Cut the name; it could identify the family.

Para 20: Dr {{p:Lim Ji-hyun}} of {{u:Korea University}} is quoted as an expert - fine. Check spelling (the draft has "{{p:Lim Jihyun}}" once).

Para 22: The photograph of the women's dormitory door in {{u:Shenyang}}: street sign visible. Blur it.

Summary: with the above, I can clear. Please send draft 5 to me and to {{p:Tom}} by 4pm; I'm off tomorrow, {{p:Mark Hollins}} covers.""",
    },
    {
        "id": "h68-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Yong-ae", "리영애", "other", ["Yong-ae", "Rhee Young-ae"]),
            ("Mun Kwang-jin", "문광진", "supervisor", ["Kwang-jin", "Moon Kwang-jin"]),
            ("Faisal Al-Mutairi", "파이살 알무타이리", "official", ["Faisal"]),
        ],
        "note": "Correspondent-bank request for information with the respondent bank's answers, pasted by a whistleblower; payments from a Gulf contractor to a manpower supplier; remitter named in Rhee/Ri spellings; beneficiary signatory Mun beside 'Moon' spelling and the word 'moon' in a project name; Arabic sponsor name; compliance officers private; banks, regulators and cities public; 'Young' as an adjective.",
        "text": """From: Financial Crime Compliance - Correspondent Banking (EMEA)
To: Compliance, respondent bank (name redacted by sender)
Subject: RFI 2023-11-0387 - USD payments, beneficiary "Al Noor Manpower Supply W.L.L."

Dear colleagues,

Our transaction monitoring has identified 14 USD payments between March and September 2023 routed through our nostro from your customer "Crescent Moon Contracting Co." to "Al Noor Manpower Supply W.L.L." (account held with you). Total USD 1,284,600. Please answer the questions below within 10 business days.

Q1. Please confirm the beneficial owners and authorised signatories of Al Noor Manpower Supply.
A1 (respondent, {{p:H. Saleh}}): Owner of record {{r:Faisal Al-Mutairi}} ({{r:فيصل المطيري}}), {{u:Kuwait}} national, 100%. Authorised signatories: {{r:Faisal Al-Mutairi}} and {{r:MUN KWANG JIN}} (passport of {{u:DPRK}}, expired 2021). Mr {{r:Mun}} was added as signatory in 2019 by mandate signed by Mr {{r:Faisal}}.

Q2. What is the nature of the services invoiced ("labour supply - Crescent Moon project, {{u:Jahra}}")?
A2: Per the customer, supply of 112 skilled construction workers. The customer's contact, Mr {{p:Anwar Qasim}}, states the workers are "foreign, skilled". Worker list not provided.

Q3. Please explain the cash withdrawals on the beneficiary account following each incoming credit.
A3: Withdrawals were made by Mr {{r:Moon Kwang-jin}} (as written on the cheque) and on two occasions by Ms {{r:RHEE YOUNG AE}}, holder of a power of attorney dated 02/05/2022. Our branch records describe Ms {{r:Rhee}} as "young, Korean, accountant".

Q4. Are you aware of any adverse media?
A4: An NGO report (2022) names a "Mr {{r:Mun}}" as a representative of a North Korean construction company in {{u:Kuwait}}. We cannot confirm it is the same person.

Our follow-up (analyst {{p:Keiko Andersen}}, 28/11):
- The power of attorney holder appears in the customer's KYC file as {{r:Ri Yong-ae}}, date of birth matching. Same person as "{{r:RHEE YOUNG AE}}".
- {{r:Yong-ae}}'s residence permit lists her employer as "Al Noor Manpower", sponsor {{r:Al-Mutairi}}.
- Cash withdrawals by {{r:Kwang-jin}} and {{r:Ri}} totalled USD 1,190,000, i.e. 93% of credits.
- Under {{u:UN Security Council}} resolution 2397 (2017), member states were to repatriate {{u:DPRK}} nationals earning income abroad; see also {{u:OFAC}} advisory of 23 July 2018.

Escalation: to {{p:Lars Pettersson}} (Head FCC EMEA) and MLRO {{p:Susan O'Driscoll}}. Recommend exit of the relationship and SAR filing with the {{u:National Crime Agency}}.

(Pasted to the NGO by the analyst's former colleague, who asks not to be named; initials only: {{p:D.R.}})""",
    },
    {
        "id": "h68-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kong Sol-hwa", "공설화", "witness", ["Sol-hwa"]),
            ("Helen Marsh", "헬렌 마시", "other", ["Helen"]),
            ("Zheng Liping", "정리핑", "supervisor", ["郑丽萍", "郑姐"]),
        ],
        "note": "Investor engagement call notes (asset manager and a European seafood importer) about North Korean women in a Chinese processing plant; witness named in an NGO report; plant HR manager in Latin, Hanzi and 郑姐; analyst's own name and initials; investors, retailers and certification bodies public; 'Sole' the fish and 'Hope' as ordinary words near names.",
        "text": """ENGAGEMENT NOTE - Stewardship team
Company: (held in Europe Equity Income; importer of whitefish and sole)
Date: 12 January 2024   Format: video call (45 min)
Attendees (investor side): {{r:Helen Marsh}} (lead), {{p:Oskar Lindqvist}}, {{p:Priyanka Rao}} (notes)
Attendees (company): Dr {{p:Henrik Vogel}} (Head of Sustainability), {{p:Julia Brandt}} (Supply Chain Director), {{p:Stefan Ott}} (IR)

1. Background. The {{u:Outlaw Ocean Project}} reporting (Oct 2023) and a follow-up NGO briefing name a processing plant in {{u:Hunchun}}, {{u:Jilin}}, that supplied the company until Q3 2023. The NGO briefing includes the account of a former worker, {{r:Kong Sol-hwa}}, who says around 180 North Korean women filleted fish there in 2019-2022 under guard and without pay.

2. Company response. Dr {{p:Vogel}} said they "take the allegations extremely seriously" and suspended the supplier on 9 October. {{p:Julia}} said the supplier's audits (most recent by a third-party auditor, lead auditor {{p:Wu Hao}}) found "no foreign workers on site". {{r:Helen}} asked whether the audit was announced; {{p:Julia}} confirmed it was announced two weeks in advance.

{{r:HM}} referred to {{r:Kong}}'s statement that before each audit the North Korean women were moved to a second dormitory and that the HR manager, {{r:Zheng Liping}} ({{r:郑丽萍}}, "{{r:郑姐}}" to staff), coached the Chinese workers on what to say. {{p:Henrik}} said they had "no way to verify Ms {{r:Zheng}}'s role" but would ask.

3. Remediation. Investor side asked about remedy for affected workers. Company: "complex, as the workers cannot be identified". {{r:Helen Marsh}} noted that at least one, {{r:Sol-hwa}}, is identified and in {{u:South Korea}}, and that the NGO has names of four others ({{p:Pyon Un-jong}}, {{p:Ro Kum-sil}}, {{p:Cha Hyang-mi}}, {{p:Wi Son-ok}}) who it believes were returned to {{u:North Korea}} in 2023. Company to consider contribution to a remedy fund; {{p:Stefan}} to revert.

4. Certification. Plant held {{u:MSC}} chain-of-custody certificate; {{u:Marine Stewardship Council}} has opened a review. Company has also been contacted by {{u:Lidl}} and {{u:Tesco}} as customers.

5. Assessment ({{r:HM}}/{{p:PR}}): response adequate on suspension, weak on remedy. We hope for progress by Q2; escalate to vote against the sustainability committee chair (Ms {{p:Ingrid Solberg}}) if no remedy plan by AGM.

Follow-up: {{p:Priyanka}} to send {{r:Kong}}'s statement (redacted version only - no address, no names of family) to Dr {{p:Vogel}}.""",
    },
    {
        "id": "h68-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ryu Jong-hyok", "류종혁", "witness", ["Jong-hyok", "Yoo Jong-hyuk"]),
            ("Ma Kyong-suk", "마경숙", "witness", ["Kyong-suk"]),
            ("Sun Jianguo", "쑨젠궈", "supervisor", ["孙建国", "孙经理", "老孙"]),
            ("Jon Tae-ung", "전태웅", "supervisor", ["Tae-ung"]),
        ],
        "note": "Draft submission of information under the EU Forced Labour Regulation (Regulation (EU) 2024/3015) on a Chinese seafood plant; ILO indicators in a table with witness names; Chinese plant manager as 孙建国, 孙经理 and 老孙; North Korean team leader; Ryu/Yoo spelling; EU bodies, ILO and places public; 'Sun' as a surname beside 'sun' in the table.",
        "text": """SUBMISSION OF INFORMATION - FORCED LABOUR SINGLE PORTAL
To: {{u:European Commission}} (Forced Labour Single Portal) - draft v2, not yet submitted
Submitting organisation: (NGO, {{u:Seoul}})   Contact: {{p:Eun-ji Kwon}}, {{p:Olivier Martel}}

Section 1 - Economic operator and product
Plant: seafood processing plant, {{u:Donggang}}, {{u:Liaoning}}, {{u:PRC}}. Products: frozen pollock and squid fillets (HS 0304), exported to the {{u:European Union}} via importers in {{u:Germany}} and the {{u:Netherlands}}.
Plant manager: {{r:Sun Jianguo}} ({{r:孙建国}}).

Section 2 - Summary
Between 2018 and 2023 the plant employed between 60 and 120 workers from {{u:North Korea}}, under the supervision of a North Korean team leader, {{r:Jon Tae-ung}}. Two former workers, {{r:Ryu Jong-hyok}} and {{r:Ma Kyong-suk}}, gave statements to the submitting organisation in 2024. A third person, {{p:Kang Il-bong}}, a Chinese-Korean forklift driver at the plant, gave a short statement by phone.

Section 3 - Indicators ({{u:ILO}})
Indicator                     Evidence                                                    Source
Restriction of movement       workers left the compound only in groups, escorted by {{r:Jon}}   {{r:Ryu}}, {{r:Ma}}
Retention of documents        passports held in {{r:孙经理}}'s office safe                     {{r:Ryu}}
Withholding of wages          wages paid to the team leader; workers received ~10%       {{r:Ma Kyong-suk}}, {{p:Kang}}
Excessive overtime            07:00-23:00 in peak season, under the sun in the yard       {{r:Jong-hyok}}
Intimidation and threats      threat of return and "criticism" sessions                   {{r:Kyong-suk}}
Isolation                     no phones; letters read by {{r:Tae-ung}}                    {{r:Ryu}}

Section 4 - Statements (extracts)
{{r:Ryu Jong-hyok}}: "The Chinese called the manager {{r:老孙}}. {{r:老孙}} and our leader {{r:Jon}} drank together every Friday. When the inspectors came, {{r:Jon}} took us to the cold store and locked the door." ({{r:Ryu}} is registered in the {{u:Republic of Korea}} as {{r:Yoo Jong-hyuk}}.)
{{r:Ma Kyong-suk}}: "I worked on the squid line with {{p:Hong Sol-mi}} and {{p:Ri Chun-hwa}}. In 2021 {{p:Chun-hwa}} cut her hand badly. {{r:Sun}} said the hospital was too expensive." She confirms a woman doctor, Dr {{p:Piao}} ({{p:朴医生}}), sometimes came from the town.
{{p:Kang Il-bong}}: "Everyone knew. {{r:孙建国}} told us not to talk to them."

Section 5 - Requested action: investigation under Article 15; coordination with the competent authorities of the importing Member States.""",
    },
    {
        "id": "h68-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yu Jin-ah", "유진아", "other", ["Jin-ah", "JA"]),
            ("Kim Chol-guk", "김철국", "witness", ["Chol-guk", "Gim Cheol-guk"]),
            ("Hwang Bo-ra", "황보라", "witness", ["Bo-ra"]),
        ],
        "note": "Clinical supervision notes for interpreters (vicarious trauma), written by the supervising psychologist; interpreter referred to by name and initials; witnesses from interpreted sessions named (Kim/Gim); the supervisee's child and partner named; 'Will' and 'Faith' as words; supervising psychologist's own name private; BPS and hospital public.",
        "text": """CLINICAL SUPERVISION - INTERPRETER WELLBEING PROGRAMME
Supervisee: {{r:Yu Jin-ah}} ({{r:JA}}), Korean-English interpreter, sessional
Supervisor: Dr {{p:Miriam Achterberg}}, clinical psychologist ({{u:British Psychological Society}})
Session 7 - 21/03/2024 - 60 min - online

Presenting material. {{r:JA}} brought two interviews from the past month. (1) A long testimony by a former logging worker, {{r:Kim Chol-guk}}, who described the death of a friend, {{p:Song Yong-su}}, under a falling larch in 2015. {{r:Jin-ah}} said that when Mr {{r:Kim}} described holding {{p:Yong-su}}'s head she "went into automatic" and lost about thirty seconds of interpreting; the lawyer (Mr {{p:Okonjo}}) did not notice. (2) A shorter interview with {{r:Hwang Bo-ra}}, a former restaurant worker, who laughed throughout while describing being slapped by the manager. {{r:JA}} found the laughter harder than the crying.

Interpreter's reflections. {{r:Jin-ah}} noticed that after {{r:Chol-guk}}'s interview she could not stop saying his name in her head - "{{r:김철국}}, {{r:김철국}}" - on the train home. She also noticed irritation with her partner {{p:Daniel}} that evening and with her son {{p:Leo}} (7) at bedtime. She wonders whether she should interpret for Mr {{r:Kim}} again when the solicitor calls him back in April.

Themes discussed:
- Dissociation during interpreting (the thirty seconds). Grounding techniques before sessions; agreed she will ask for a break when needed and that she will tell the lawyer in advance.
- The "will to be accurate": {{r:JA}} worries that she smoothed {{r:Bo-ra}}'s laughter out of the English. Discussed that tone is part of the message; she might add "[laughs]".
- Faith: she has lost some faith in "the system" after hearing that {{r:Gim Cheol-guk}} (his ROK spelling) was refused asylum twice before being recognised.
- Boundaries: Ms {{r:Hwang}} asked for {{r:Jin-ah}}'s personal {{u:KakaoTalk}} ID at the end of the session. She declined; felt guilty.

Plan.
1. {{r:JA}} to interpret for {{r:Kim}} in April only if a co-interpreter ({{p:Park Seo-yeon}} or {{p:Tim Lee}}) is available to alternate.
2. Self-care log to be kept.
3. Discuss referral to staff counselling at {{u:Tavistock and Portman}} if symptoms persist beyond four weeks.

Risk: low. No concerns about {{r:Yu}}'s practice.
Next session: 18/04/2024. {{p:MA}}""",
    },
    {
        "id": "h68-en-11",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ok Myong-chol", "옥명철", "witness", ["Myong-chol", "Ok"]),
            ("Tadeusz Grabowski", "타데우시 그라보프스키", "supervisor", ["Grabowski"]),
        ],
        "note": "Without-prejudice settlement offer from a Polish subcontractor's solicitors to the NGO's lawyer about a North Korean welder's wage claim (Gdańsk shipyard); CRLF; claimant surname Ok beside 'OK' as a word; Polish site manager with Polish case endings in a quoted letter (Grabowskiego); co-workers; courts, shipyard and cities public.",
        "text": """WITHOUT PREJUDICE SAVE AS TO COSTS

Kancelaria Radcy Prawnego (address withheld), {{u:Gdańsk}}

To: Ms {{p:Joanna Lis}}, advocate, acting for Mr {{r:Myong-chol OK}}
By e-mail only

Date: 9 May 2022

Re: Your client's claim against our client (steel subcontractor at the {{u:Gdańsk Shipyard}}) - unpaid wages 2016-2018

Dear Ms {{p:Lis}},

We refer to your letter of 11 April and to the statement of claim you propose to file with the {{u:District Court in Gdańsk}} (Labour Division).

Our client denies that Mr {{r:Ok}} was at any time its employee. Our client contracted with a Polish labour agency for the supply of welders, and that agency in turn contracted with a company whose representative was a Mr {{p:Kim Song-hak}}. Our client had no knowledge of the terms agreed between Mr {{r:Ok}} and that company or of any payments made by it to the authorities of the {{u:DPRK}}.

Nevertheless, and without any admission of liability, our client is prepared to pay your client the sum of PLN 38,000 in full and final settlement of all claims, on the following conditions:
(a) Mr {{r:Ok}} withdraws the complaint lodged with the {{u:National Labour Inspectorate}} ({{u:Państwowa Inspekcja Pracy}});
(b) the settlement and its terms remain confidential;
(c) no admission is made in respect of the site manager, Mr {{r:Tadeusz Grabowski}}.

As to (c): we note that your letter quotes a statement by your client's former co-worker, Mr {{p:Jo Kwang-il}}, in Polish translation: "Pan {{p:Kim}} zabrał paszporty i oddał je panu {{r:Grabowskiemu}} do sejfu" ("Mr {{p:Kim}} took the passports and gave them to Mr {{r:Grabowski}} for the safe"). Mr {{r:Grabowski}} denies this firmly. The keys to the site safe were held by the security contractor (Mr {{p:Marek Zając}}).

We also note your reference to a second co-worker, Mr {{p:Ri Hak-su}}, and to a hospital record from {{u:Copernicus Hospital}} ({{u:Szpital Kopernika}}). That record shows an eye injury but does not name our client.

If this offer is OK with your client, please let us know by 23 May 2022. Should your client refuse, we reserve the right to bring this letter to the attention of the court on the question of costs.

Yours faithfully,

r.pr. {{p:Agnieszka Wróbel-Nowak}}
cc: {{r:T. Grabowski}} (for information)""",
    },
    {
        "id": "h68-en-12",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Paek Nam-hyok", "백남혁", "coworker", ["Nam-hyok", "Baek Nam-hyuk"]),
            ("So Chol-jun", "소철준", "witness", ["Chol-jun"]),
            ("Ho Yong-sil", "허영실", "official", []),
        ],
        "note": "Crew competency matrix exported by a manning agency and pasted as tab-separated text, with remarks; North Korean seafarers on a general-cargo ship alongside Myanmar and Ukrainian crew; surnames So and Ho beside 'so' and 'ho' (in 'heave-ho'); countries public; agency staff private; cert numbers contain letters that are not names.",
        "text": """CREW COMPETENCY MATRIX - MV (name withheld) - as at 01/06/2023
Exported from manning agency system; tabs as in original. Forwarded by a former crew member's relative.

No\tRank\tName\tCoC No.\tCoC II/1\tGMDSS\tMedical exp.\tRemarks
1\tMaster\t{{p:SAW KYAW MIN}}\tMM-CoC-4471\tY\tY\t2024-02\t-
2\tC/O\t{{p:OLEKSANDR BONDAR}}\tUA-7781\tY\tY\t2023-11\t-
3\t2/O\t{{r:PAEK NAM HYOK}}\tKP-0091\tY\tN\t2023-07\tCoC from {{u:DPRK}} not endorsed by flag
4\t3/O\t{{p:AUNG THU}}\tMM-CoC-5560\tY\tY\t2024-05\t-
5\tC/E\t{{p:PAK SE-HUN}}\tKP-0077\tY\tn/a\t2023-09\tsee note 2
6\tAB\t{{r:SO CHOL JUN}}\t-\tn/a\tn/a\t2022-12\tMEDICAL EXPIRED
7\tAB\t{{p:RI MYONG-DOK}}\t-\tn/a\tn/a\t2023-08\t-
8\tOS\t{{p:KYAW ZIN}}\t-\tn/a\tn/a\t2024-01\t-
9\tCook\t{{p:CHOE SUN-BOK}}\t-\tn/a\tn/a\t2023-10\t-
Nationalities: nos. 1, 4 and 8 {{u:Myanmar}}; no. 2 {{u:Ukraine}}; nos. 3, 5, 6, 7 and 9 {{u:DPRK}}.

Note 1 (agency, {{p:K. Thwin}}): 2/O {{r:Paek}} has no valid endorsement; please arrange before next port state inspection. {{u:DPRK}} officers should not be deployed on vessels trading to {{u:Japan}} or the {{u:Republic of Korea}}.
Note 2: C/E {{p:Pak}} is the "team leader" for the {{u:DPRK}} crew. Wages for the 6 {{u:DPRK}} crew are paid to his account with a bank in {{u:Vladivostok}} and he "distributes". Crew contracts are signed by the manning agent on their behalf, Ms {{r:Ho Yong-sil}}, of the Korean side's office in {{u:Nakhodka}}.
Note 3: AB {{r:So}} medical expired. He reported chest pain in April; so far no doctor visit. C/O {{p:Bondar}} requests he be signed off at the next port.

Remarks added by the relative who sent this file (his cousin {{p:Yi Sang-ok}}, in Korean; translated by us):
"{{r:Chol-jun}} is my cousin. {{r:So Chol-jun}} is 51 and has a heart problem since 2019. {{r:Nam-hyok}} ({{r:Baek Nam-hyuk}} in our spelling) is his friend from {{u:Wonsan}} and writes to us when the ship has internet. {{r:Nam-hyok}} says the crew sing 'heave ho' songs to hide their talking from {{p:Pak}}. Please help {{r:Chol-jun}} get off the ship. Ms {{r:Ho}} has his passport." (End of remarks.)""",
    },
    {
        "id": "h68-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Tak Yong-chol", "탁용철", "witness", ["Yong-chol"]),
            ("Batbayar Enkhtuvshin", "바트바야르 엥흐투브신", "official", ["Batbayar"]),
            ("Kil Song-hui", "길송희", "relative", ["Song-hui"]),
        ],
        "note": "Tuberculosis DOTS treatment cards transcribed into English by an NGO medic in Ulaanbaatar; North Korean construction workers as patients; Mongolian doctor and treatment supporters with patronymic-first and given-name usage; surname Tak and Kil; patient's wife named as contact; 'Tak' beside 'tick' marks; hospital and cities public.",
        "text": """TB TREATMENT CARDS (DOTS) - transcription
Source: photos of cards at a district health centre, {{u:Bayanzürkh}} district, {{u:Ulaanbaatar}}; transcribed by {{p:Enkhjin}} (NGO medic) on 14/11/2019. Mongolian entries translated; patient names as written in Latin on the cards.

CARD 1
Patient: {{r:TAK YONG CHOL}}, M, 38. Address: construction site dormitory, 13th khoroo (company name illegible)
Diagnosis: pulmonary TB, smear +, new case. Registered 02/04/2019.
Treating doctor: Dr {{r:Batbayar E.}}
Treatment supporter (DOT): {{p:Tsetsegmaa}} (nurse)
Intensive phase: daily doses 02/04 - 31/05, ticks on 56 of 60 days. Missed 4 doses in May - note by {{p:Tsetsegmaa}}: "Patient says brigade leader {{p:Ri}} did not let him leave site."
Continuation phase: from 01/06. Doses collected by a co-worker "{{p:Kye}}" on behalf of patient (not DOTS-compliant; {{r:Batbayar}} wrote "NO" in red).
Contact: wife {{r:Kil Song-hui}}, {{u:Hamhung}} (no phone).
Outcome: "transferred out - returned to country 08/2019". No further record.

CARD 2
Patient: {{p:KYE CHANG-SU}}, M, 44. Same dormitory.
Diagnosis: pulmonary TB, smear -, clinically diagnosed. Registered 20/05/2019.
Treating doctor: {{r:Batbayar Enkhtuvshin}}
DOT supporter: {{p:Oyunchimeg B.}}
Note ({{r:Batbayar}}): "Close contact of {{r:Tak}}. Worked same room. Says 14 men sleep in one container." Intensive phase completed. Continuation interrupted 15/07: "leader {{p:Ri Kwang-chol}} says worker going home".

CARD 3
Patient: {{p:SONG MYONG-IL}}, M, 29.
Diagnosis: TB pleurisy. Registered 10/06/2019; hospitalised at {{u:National Center for Communicable Diseases}} 11/06 - 02/07.
DOT supporter: {{p:Tsetsegmaa}}
Note: "Interpreter at admission: company man {{p:Ri}}. Patient did not speak. Patient asked nurse {{p:Tsetsegmaa}} in Russian for cigarettes and for a letter to be sent to {{p:Song Chol}} (brother) - nurse declined." Outcome: lost to follow-up 09/2019.

Medic's remarks ({{p:Enkhjin}}):
- All three cards were signed off by Dr {{r:Batbayar}}, who agreed to talk to us in 2020 on condition we do not publish his name. Dr {{r:Batbayar Enkhtuvshin}} says he reported the "container dormitory" to the district inspector ({{p:Ganbold}}) in June 2019.
- {{r:Tak Yong-chol}} later reached {{u:South Korea}} (2021). He confirms he was sent home untreated in August 2019, escaped from {{u:Hamhung}} in 2020, and that {{r:Song-hui}} does not know he is alive. {{r:Yong-chol}} has consented to the use of his card; the others have not been contacted.
- "{{p:Kye}}" on Card 1 and {{p:Kye Chang-su}} on Card 2 are probably the same man. Please check with {{r:Tak}}.""",
    },
    {
        "id": "h68-en-14",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Rim Kum-chol", "림금철", "witness", ["Kum-chol", "Lim Geum-cheol"]),
            ("Ri Sun-hyang", "리순향", "witness", ["Sun-hyang"]),
            ("Edward Tan", "에드워드 탄", "other", ["Tan Wei Ming", "陈伟明"]),
        ],
        "note": "Prosecution application for witness anonymity orders in an English Crown Court money-laundering trial (wages of North Korean workers); witnesses named in the confidential schedule and referred to by cipher in the body; defendant private; anonymity statute and court public; defence counsel, officer in the case and forensic accountant private; ciphers W1/W2 are not labelled when used as ciphers, names are; 'Tan' as a colour word.",
        "text": """IN THE CROWN COURT AT {{u:SOUTHWARK}}
R v {{r:EDWARD TAN}} (also known as {{r:TAN Wei Ming}}, {{r:陈伟明}})
Indictment T20237145

PROSECUTION APPLICATION FOR WITNESS ANONYMITY ORDERS
({{u:Coroners and Justice Act 2009}}, sections 86-90)

1. The prosecution applies for witness anonymity orders in respect of two witnesses, referred to as W1 and W2. Their identities are set out in the CONFIDENTIAL SCHEDULE below, which is served on the court only.

2. The defendant is charged with conspiracy to convert criminal property. The prosecution case is that between 2016 and 2019 companies controlled by the defendant received the wages of North Korean workers employed in {{u:Russia}} and transferred them, through offshore accounts, for the benefit of the government of the {{u:DPRK}}.

3. W1 worked from 2016 to 2018 on building sites near the capital. W1 will say that the brigade accountant, a Mr {{p:Chon Yong-ho}}, told the workers their wages were "sent to Mr {{r:Tan}}'s company in {{u:Hong Kong}}". W2 worked in the same brigade and will say she saw documents in tan folders bearing the name of the defendant's company.

4. Necessity (s.88(3)). Both witnesses have close family in {{u:North Korea}}. W2's mother and brother still live in W2's home town. The officer in the case, DC {{p:Gemma Holloway}}, has assessed that disclosure of the witnesses' identities would create a real risk of serious harm to those relatives.

5. The defendant's right to a fair trial. The defence, represented by Mr {{p:Richard Ashe}} KC, has been notified. The prosecution does not rely on W1 or W2 as sole or decisive witnesses; the documentary case rests primarily on bank records and on the evidence of a forensic accountant, Ms {{p:Alina Popescu}}.

CONFIDENTIAL SCHEDULE - NOT TO BE SERVED ON THE DEFENCE
W1: {{r:RIM Kum-chol}} ({{r:림금철}}), b. 1983; now resident in the {{u:United Kingdom}}; in UK records as {{r:Lim Geum-cheol}}.
W2: {{r:RI Sun-hyang}} ({{r:리순향}}), b. 1990; now resident in the {{u:Republic of Korea}}; to give evidence by live link.
Family members at risk: (W1) wife {{p:Choe Yong-ok}} and daughter {{p:Rim Un-byol}}, {{u:Chongjin}}; (W2) mother {{p:Ri Ok-sun}}, brother {{p:Ri Chol-nam}}, {{u:Kaesong}}.
Handling: {{r:Rim}} and {{r:Ri}} have been told that their names will not be spoken in court. {{r:Kum-chol}} asks that the interpreter not be connected with the {{u:Embassy of the DPRK in London}}; {{r:Sun-hyang}} has no objection to the {{u:CPS}} interpreter Mrs {{p:Yeo}}.

Dated 2 February 2024. {{p:S. Okafor}}, Crown Advocate, {{u:Crown Prosecution Service}}""",
    },
    {
        "id": "h68-en-15",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Noel Bautista", "노엘 바우티스타", "coworker", ["Noel"]),
            ("Kang Chol-su", "강철수", "witness", ["Chol-su", "K."]),
            ("Pyon Il-nam", "변일남", "coworker", ["Il-nam", "Byun Il-nam"]),
        ],
        "note": "Maritime Labour Convention on-board complaint form filed by a Filipino AB on behalf of North Korean crewmates, with the ITF inspector's handwritten follow-up; initials 'Mr K.' standing for a person; surname Pyon/Byun; 'Noel' beside Christmas 'Noel'; master and officers private; convention, ITF, ports and unions public.",
        "text": """ON-BOARD COMPLAINT FORM - {{u:Maritime Labour Convention, 2006}}, Regulation 5.1.5
(Complaint copy handed to {{u:ITF}} inspector at {{u:Port Klang}}, 19/12/2022)

Name of seafarer making the complaint: {{r:BAUTISTA, NOEL R.}}
Rank: AB   Nationality: {{u:Philippines}}
Complaint against: Master / Company
Was the complaint first raised with the head of department? YES - with Bosun {{p:Tran Van Hieu}} on 02/12 and with C/O {{p:Marcus Lindgren}} on 04/12.

Details of complaint (in the seafarer's words):
I am making this complaint also for my 3 co-workers from {{u:North Korea}} who cannot write English. Their names: {{r:KANG CHOL SU}} (AB), {{r:PYON IL NAM}} (OS), {{p:RI KWANG SOK}} (wiper). They are not getting their wage. They sign the wage sheet but the money go to their "manager" Mr {{p:Jong}} who come on board in {{u:Busan}}... no sorry in {{u:Nakhodka}} every 2 month. {{r:Chol-su}} tell me he has 3 years on board and not go home. {{r:Il-nam}} has tooth problem since October, Master say no dentist. Also the 3 Korean crew must work on Sunday and Christmas and New Year when the rest of us rest. On 01/12 the Master (Capt. {{p:Hendrik Visser}}) told {{r:Kang}} "you are not crew, you are cargo". I was there, also {{p:Joel Mendoza}} (OS).

Remedy sought: Wages to be paid directly to the 3 seafarers; repatriation of {{r:Kang}}; dentist for {{r:Pyon}}.

Signature: {{r:N. Bautista}}   Date: 16/12/2022

Received by Master: (not signed)

--- Inspector's notes (handwritten on back of copy, transcribed) ---
19/12 - Met {{r:Noel}} at the seafarers' centre; he is worried about reprisals (contract ends March). Spoke briefly with Mr {{r:K.}} in the presence of {{r:Noel}} and {{p:Joel}}. Mr {{r:K.}} confirmed "3 year, no money, no home". {{r:Pyon}} (spells himself {{r:Byun}} on his phone) showed me a swollen jaw. Third man, {{p:Ri}}, refused to speak.
20/12 - Visited ship. Master {{p:Visser}} denies all. Says {{r:Kang}}, {{r:Pyon}} and {{p:Ri}} are "supernumeraries supplied by the charterer". Wage accounts show the 3 on the articles as ratings; allotments to an account in the name of "{{p:Jong Myong-sik}}".
20/12 - Reported to flag state and to port State control ({{u:Marine Department Malaysia}}); copy to {{u:Seafarers' Rights International}} and to our Korean-speaking colleague {{p:Yvonne Cho}} in {{u:Busan}}.
22/12 - Ship sailed. Noel (Christmas) card from {{r:Bautista}} via {{u:WhatsApp}}: "Thank you sir, {{r:Il-nam}} got dentist at last port." - {{p:AL}} (ITF)""",
    },
    {
        "id": "h68-en-16",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Sok Hyon-u", "석현우", "witness", ["Hyon-u"]),
            ("Jin Kwang-myong", "진광명", "supervisor", ["Kwang-myong"]),
        ],
        "note": "Batch of OK-to-board letters from a ship-manning agent to an airline and immigration, leaked by an agency clerk; CRLF; crew joining a vessel in Vladivostok via Beijing; each letter lists names in capitals with passport numbers; agency signatory and airline staff private; airline, airports and cities public; Russian clerk's note with the names in Cyrillic.",
        "text": """OK TO BOARD - CREW JOINING (batch of 3 letters, pasted from the agency's outbox by {{p:Natasha}}, clerk)

=== Letter 1 ===
To: Station Manager, {{u:Air China}}, {{u:Beijing Capital International Airport}}
Date: 04/03/2019
Dear Sir/Madam,
Please allow the following seafarers to board flight CA... to {{u:Vladivostok}} on 05/03/2019 to join the fishing vessel "Ocean Pearl 3" at the port of {{u:Vladivostok}}. The crew will be met on arrival by our representative, Mr {{r:JIN KWANG MYONG}}, tel. +7 ...
1. {{r:SOK HYON U}}  passport 836xxxx  {{u:DPRK}}
2. {{p:CHA YONG BOM}}  passport 836xxxx  {{u:DPRK}}
3. {{p:RI UN CHOL}}  passport 836xxxx  {{u:DPRK}}
4. {{p:KIM SONG HUI}}  passport 836xxxx  {{u:DPRK}}
Seafarers hold return tickets. All costs borne by the company.
Yours faithfully, {{p:A. Grigoryeva}}, crewing manager

=== Letter 2 ===
To: Border Guard Service, {{u:Vladivostok International Airport}}
Date: 04/03/2019
Re: crew change - transit to port
We confirm that the seafarers {{r:SOK HYON U}}, {{p:CHA YONG BOM}}, {{p:RI UN CHOL}} and {{p:KIM SONG HUI}} are contracted crew and will proceed directly to the vessel with our agent {{r:Jin Kwang-myong}}. Seaman's books are held by the agent. Contact on duty: {{p:Igor Vasiliev}}.
{{p:A. Grigoryeva}}

=== Letter 3 ===
To: {{u:Air China}} Station Manager
Date: 06/03/2019
Correction: passenger {{p:KIM SONG HUI}} did not travel. Please remove. Replacement: {{p:PAK YONG SU}}, passport 745xxxx. Reason: "medical" (per Mr {{r:Jin}}).

--- Clerk's note to the NGO (Russian, our translation) ---
"I sent you these because of {{r:Sok}}. {{r:Сок Хён У}} came to our office in 2021 to ask for his seaman's book. He said {{r:Jin}} ({{r:Чин}}) never gave it back and he had worked two years without going ashore. I gave {{r:Hyon-u}} a copy of Letter 1 so he had something with his name. {{r:Кванмён}} shouted at me on the phone the next day. Please do not write my name; call me {{p:Natasha}}. {{p:Alla Grigoryeva}} has retired."

--- NGO note ---
{{r:Sok Hyon-u}} now in {{u:Seoul}} (2023). Confirms {{r:Kwang-myong}} is the same man who met the crew at the airport. {{r:Hyon-u}} says {{p:Cha Yong-bom}} is still at sea; {{p:Kim Song-hui}} was pregnant, hence "medical".""",
    },
    {
        "id": "h68-en-17",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Hyon Mi-ok", "현미옥", "witness", ["Mi-ok", "Hyun Mi-ok"]),
            ("Chon Sung-ho", "전승호", "witness", ["Sung-ho", "Jeon Seung-ho"]),
            ("Alice Wong", "앨리스 웡", "other", ["Alice"]),
            ("Matteo Ricci-Bauer", "마테오 리치바우어", "other", ["Matteo"]),
        ],
        "note": "Serious incident report to a charity regulator about a testimony-data breach (mis-sent spreadsheet); affected witnesses listed; staff and trustees private; regulator, ICO, cloud service and the historic Jesuit Matteo Ricci (public figure, only as a namesake joke) public; Hyon/Hyun spelling; e-mail local parts labelled.",
        "text": """REPORT A SERIOUS INCIDENT - online form (copy kept for our records)
Regulator: {{u:Charity Commission for England and Wales}}
Charity: (registered charity, number withheld in this copy)
Reported by: {{r:Alice Wong}}, Data Protection Lead (e-mail: {{r:alice.wong}}@[charity domain])
Trustee contact: {{p:Graham Fielding}} (Chair)

1. What happened?
On 7 March 2024 a volunteer translator, {{r:Matteo Ricci-Bauer}}, sent an unencrypted spreadsheet of interview metadata to an external e-mail address by mistake (autocomplete chose "{{p:matteo.rossi}}@..." instead of "{{r:matteo.ricci}}@..."; the recipient, a Mr {{p:Matteo Rossi}}, is unconnected to the charity). The spreadsheet contained names, dates of birth, interview dates and places of work abroad of 23 interviewees, and in 6 cases the names of family members still in {{u:North Korea}}. ({{r:Matteo}} has been teased about his famous namesake, {{u:Matteo Ricci}}, for years; he is very distressed and reported the error himself within 20 minutes.)

2. Who is affected? (sample; full list in confidential annex)
- {{r:HYON Mi-ok}} ({{r:현미옥}}) - former garment worker, {{u:Dandong}}; mother and son named in the sheet.
- {{r:CHON Sung-ho}} ({{r:전승호}}) - former logging worker, {{u:Amur Oblast}}; names of his brigade leader ({{p:Ri Tong-chun}}) and of a co-worker who died ({{p:Yun Jae-gil}}).
- {{p:Kim Myong-hui}}, {{p:Jo Su-ryon}}, {{p:Ha Chung-il}} and 18 others.

3. What have you done?
- Recipient contacted by {{r:Alice}} the same day; he confirmed deletion in writing.
- Report made to the {{u:Information Commissioner's Office}} on 8 March (ref. IC-2891xx).
- {{r:Mi-ok}} ({{r:Hyun Mi-ok}} in her South Korean ID) and {{r:Sung-ho}} ({{r:Jeon Seung-ho}}) were informed by phone by our caseworker {{p:Ji-won Seo}}. Ms {{r:Hyon}} was upset about her son's name being included. Mr {{r:Chon}} said "it is fine, {{p:Ri Tong-chun}} is dead anyway".
- Interviewees whose family members are in the {{u:DPRK}} have been offered a safety consultation with Dr {{p:Omar Said}}.
- All spreadsheets moved to {{u:Microsoft}} SharePoint with sensitivity labels; external sending blocked.

4. Are the media aware? No.

5. Lessons: {{r:Alice Wong}} and trustee {{p:Fielding}} will present a review at the May board meeting. Volunteer induction to be revised by {{p:Hannah Okoye}}.

Submitted 09/03/2024 by {{r:A. Wong}}""",
    },
    {
        "id": "h68-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Yong-ho", "김영호", "witness", ["영호", "金永浩"]),
            ("Pak Sun-ok", "박순옥", "relative", ["순옥"]),
            ("Yu Jae-dok", "유재덕", "supervisor", []),
        ],
        "note": "국가인권위원회 진정서 draft (workplace harassment of a former overseas worker in a Korean factory); name with Hanja; co-worker 정해진 beside the phrase '정해진 시간'; Vietnamese co-worker; particles attached (영호는, 유재덕은, 순옥이는); 문 as 'door'; commission, places and countries public; 김정은 as public figure.",
        "text": """진 정 서

수신: {{u:국가인권위원회}} 위원장 귀하

1. 진정인
  성명: {{r:김영호}}({{r:金永浩}})   생년: 1979년   주소: {{u:경기도}} {{u:시흥시}} (이하 생략)
  연락처: 010-****-****  (대리인: 사단법인 ○○ 상담실장 {{p:한미경}})

2. 피진정인
  (주)대한정밀 생산부장 {{r:유재덕}}, 같은 회사 생산1조 반장 {{p:최민규}}

3. 진정 취지
  피진정인들이 진정인의 출신 지역을 이유로 모욕하고 불이익을 준 행위에 대하여 조사하고 시정을 권고하여 주시기 바랍니다.

4. 진정 내용
  가. 진정인은 2014년부터 2018년까지 {{u:북한}} 당국에 의해 {{u:러시아}} {{u:블라디보스토크}}의 건설 현장에 파견되어 일하였고, 2018년 현장을 이탈하여 2019년 {{u:대한민국}}에 입국하였습니다. 파견 당시 작업반장 {{p:리명수}}가 여권을 보관하였고 임금은 대부분 "충성자금"으로 떼였습니다.
  나. 진정인은 2023년 3월 피진정 회사에 생산직으로 입사하였습니다. 입사 첫 주부터 생산부장 {{r:유재덕}}은 진정인을 이름 대신 "{{u:김정은}}이 보낸 간첩", "{{u:북한}} 놈"이라고 불렀습니다.
  다. 2023년 6월 12일 오전 회의에서 {{r:유재덕}} 부장은 "{{r:영호}}는 {{u:북한}}에서 노예처럼 일했으니 여기서도 주말 특근을 해도 된다"고 말하며 진정인에게만 정해진 시간 외 특근을 지시하였습니다. 반장 {{p:최민규}}는 이를 보고 웃었습니다.
  라. 같은 해 8월에는 진정인이 탈의실 문을 열자 {{p:최민규}}가 문을 잠그며 "빨갱이는 밖에서 갈아입어라"라고 하였습니다. 이 장면은 동료 {{p:정해진}} 씨와 {{u:베트남}} 출신 동료 {{p:응우옌 반 남}}({{p:Nguyễn Văn Nam}}, 이하 {{p:남}} 씨)이 보았습니다. {{p:정해진}} 씨는 진술서를 써 주기로 하였습니다.
  마. 진정인의 아내 {{r:박순옥}}은 같은 공장 포장부에서 일하다가 위 일로 남편이 괴롭힘을 당한다는 이야기를 듣고 9월에 퇴사하였습니다. {{r:순옥}}이는 지금도 그 일 때문에 잠을 잘 못 잡니다.
  바. 진정인은 회사 인사팀 {{p:오지현}} 대리에게 두 차례 고충을 제기하였으나, {{p:오}} 대리는 "부장님 성격이 원래 그렇다"며 아무 조치도 하지 않았습니다.

5. 입증 자료
  ① 동료 {{p:정해진}}의 진술서  ② {{u:카카오톡}} 대화 캡처({{p:최민규}} → 진정인)  ③ {{u:하나원}} 수료증 사본  ④ 병원 진료기록(불면, 2023. 10.)

6. 기타
  진정인 {{r:김영호}}는 현재 같은 회사에 재직 중이므로 조사 과정에서 신원이 회사에 알려지는 것을 우려합니다. {{r:김영호}} 본인과 {{r:박순옥}}에게는 대리인 {{p:한미경}}을 통해 연락하여 주시기 바랍니다.

2023년 11월 20일
진정인 {{r:김영호}} (서명)""",
    },
    {
        "id": "h68-ko-02",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Chun-sik", "리춘식", "witness", ["춘식", "이춘식"]),
            ("Ko Kyong-ae", "고경애", "coworker", ["경애"]),
            ("Seo Dong-uk", "서동욱", "supervisor", []),
        ],
        "note": "법원 변제공탁서 with the NGO caseworker's memo: a Korean fishing company deposits unpaid wages for two former North Korean crew whose addresses are unknown; 리/이 spelling of one name; 공탁자 대표이사 private; 고 as surname beside 고 (the late) and '고(故)'; court and places public; 서 as surname beside '서' (west/standing).",
        "text": """금전 공탁서(변제 등)

공탁번호: 2024년 금 제1187호
공탁자: 주식회사 동해수산 (대표이사 {{r:서동욱}}), {{u:부산광역시}} {{u:영도구}} (이하 생략)
피공탁자: ① {{r:리춘식}}(주소 불명, 최후 주소 {{u:부산}} 소재 선원 숙소)  ② {{r:고경애}}(주소 불명)
공탁금액: 금 18,450,000원 (① 11,200,000원, ② 7,250,000원)
공탁원인사실: 공탁자는 피공탁자들에게 2021. 3. ~ 2022. 8. 근로의 대가인 미지급 임금 및 퇴직금을 지급하여야 하나, 피공탁자들의 주소를 알 수 없어 수령불능이므로 민법 제487조에 따라 공탁함.
공탁소: {{u:부산지방법원}}

--- 상담 메모 (단체 사무국 {{p:윤보람}}, 2024. 4. 2.) ---
1. {{r:리춘식}} 씨는 {{u:한국}} 입국 후 주민등록상 이름을 "{{r:이춘식}}"으로 바꾸었음. 공탁서에는 북한식 "{{r:리춘식}}"으로 기재되어 있어 출급 청구 시 동일인 증명이 필요함. 법원 민원실 {{p:정수민}} 주무관 안내: 가족관계증명서 + 북한이탈주민 등록확인서로 가능.
2. {{r:고경애}} 씨는 2022년 가을 이후 연락 두절. 같은 배를 탔던 {{p:허민철}} 씨 말로는 {{r:경애}} 씨가 {{u:인천}}에서 식당 일을 한다고 함. 고(故) {{p:박상만}} 선장(2023년 사망) 시절부터 같이 일했다고 함.
3. 대표 {{r:서동욱}}은 통화에서 "돈은 다 법원에 맡겼으니 우리는 끝"이라고 함. 하지만 {{r:춘식}} 씨 계산으로는 미지급액이 2,600만 원 이상. 야간 조업 수당 누락. 동료 선원 {{p:김두식}}, {{p:표영길}}도 같은 문제.
4. {{r:춘식}} 씨는 {{u:북한}}에서도 원양어선을 탔고, 2016~2018년 {{u:러시아}} 선적 어선에서 "{{p:문}} 지도원"이라는 사람에게 돈을 다 빼앗겼다고 함. {{u:한국}}에 와서까지 또 못 받는 것이 억울하다고 서서 울었음.
5. 다음 할 일: {{r:고경애}} 씨 행방 확인({{p:허민철}} 씨에게 재연락), {{r:리춘식}} 씨 출급 서류 준비, 노무사 {{p:배수진}} 선생님께 추가 청구 검토 의뢰.""",
    },
    {
        "id": "h68-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Choe Un-hui", "최은희", "witness", ["은희"]),
            ("Song Tae-gyun", "송태균", "other", ["태균"]),
        ],
        "note": "법원 조정조서 (civil conciliation) between a former overseas restaurant worker and a broker over escape fees; private 최은희 shares a name with the late film actress (not a mention of her); 송 사장 title outside; judge, mediators and clerks fictional and private; courts and countries public; 한 as numeral; 송금 (remittance) contains 송 but is a word.",
        "text": """{{u:서울중앙지방법원}}
조 정 조 서

사        건   2023머12345 대여금 반환
원        고   {{r:최은희}} ({{u:서울}} {{u:양천구}} 거주)
                 소송대리인 변호사 {{p:강예린}}
피        고   {{r:송태균}} ({{u:경기도}} {{u:파주시}} 거주)
조정담당판사   {{p:이도윤}}
조정위원       {{p:문정숙}}, {{p:하상훈}}
법원사무관     {{p:권나래}}
기        일   2024. 2. 15. 14:00
장        소   조정실 3

원고 {{r:최은희}}와 원고 소송대리인 변호사 {{p:강예린}}, 피고 {{r:송태균}} 각 출석

조정위원 {{p:문정숙}}: 원고는 {{u:중국}} {{u:선양}}의 {{u:북한}} 식당에서 일하다가 2019년 탈출하였고, 피고는 탈출 및 입국 비용으로 원고로부터 1,200만 원을 받았으며 추가로 800만 원을 대여 명목으로 받았는데, 그 800만 원의 반환을 구하는 사건입니다. 맞습니까?
원고 {{r:최은희}}: 네. 송금은 제가 한 번에 다 했습니다.
피고 {{r:송태균}}: 800만 원은 빌린 돈이 아니라 {{u:라오스}} 쪽 안내인 {{p:쏨삭}}에게 준 비용입니다.
조정위원 {{p:하상훈}}: 그 안내인의 인적 사항을 알 수 있습니까?
피고: 이름은 {{p:Somsak}}이라고만 압니다. 한 번 만났습니다.
원고: 그 사람에게 돈을 준 건 제가 아니라 {{r:송}} 사장이 직접 줬다고 들었습니다. 같이 나온 {{p:리명옥}} 언니도 그렇게 들었습니다.

(참고: 원고 성명은 원로 영화배우와 같으나 동명이인임 - 사무관 {{p:권나래}} 메모)

조정조항
1. 피고는 원고에게 500만 원을 2024. 4. 30.까지 지급한다. 지급하지 아니할 경우 미지급 금액에 대하여 연 12%의 지연손해금을 가산하여 지급한다.
2. 원고는 나머지 청구를 포기한다.
3. 원고와 피고는 이 사건과 관련하여 상대방 및 그 가족({{r:최은희}}의 모 {{p:김옥분}}, 피고의 처 {{p:조미란}})에 대하여 명예를 훼손하는 일체의 언행을 하지 아니한다.
4. 소송비용 및 조정비용은 각자 부담한다.

(대리인 메모) {{r:은희}} 씨는 조정 후 "{{r:태균}}이 아저씨한테 더 받을 생각은 없다, 다만 {{p:명옥}} 언니 몫도 받아야 한다"고 말함. {{p:리명옥}}은 별도 상담 예정. 판사 {{p:이도윤}}이 직접 "다음 사건에 참고하겠다"고 언급.""",
    },
    {
        "id": "h68-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jang Myong-hui", "장명희", "witness", ["명희"]),
            ("Ryu Song-jin", "류성진", "relative", ["성진", "유성진"]),
        ],
        "note": "임대아파트 관리비 체납 안내문 and 관리사무소 직원 메모 (several households, one a former overseas worker family); names in a table with 동·호수; 장씨한테 with the particle outside; 류/유 spelling; 관리소장 private; LH and the district public; 장 as surname beside 장 (market, sheet: '두 장'); 명 counter after numbers.",
        "text": """관리비 체납 세대 안내 (내부용)
○○ 임대아파트 관리사무소   작성: 경리 {{p:안소희}}   2024. 1. 8.

동/호수   세대주        체납 개월   금액         비고
101-1203  {{p:정순남}}          3         412,300    분할납부 약정(11월)
101-1507  {{r:장명희}}          5         688,900    전화 안 받음, 방문 필요
102-304   {{p:한봉수}}          2         251,600    -
103-812   {{p:Nguyen Thi Lan}}  1         118,400    안내문 베트남어 요청
104-1101  {{p:오말순}}          4         530,000    사망 후 아들 {{p:오정우}} 연락처 확보
104-1410  {{p:김}} 씨 (전 세대주 {{p:김갑동}}) 6   802,700    명의 변경 확인

※ 3개월 이상 체납 세대는 {{u:LH}} ({{u:한국토지주택공사}})에 통보 예정.

--- 방문 메모 (관리과장 {{p:노형석}}, 1. 12.) ---
101-1507 {{r:장명희}} 세대 방문. 본인은 야간 근무라 부재, 아들 {{r:류성진}}(고2)이 문을 열어 줌. {{r:성진}}이 말로는 엄마가 작년 가을 식당 일을 그만두고 병원에 다닌다고 함. 관리비 고지서 두 장을 전달하고 주민센터 긴급복지 안내문도 함께 줌.
{{r:장명희}} 씨는 2020년에 입주한 북한이탈주민 세대(동 담당 {{u:양천구}} 보건소 {{p:서민지}} 간호사 연계). 이웃 {{p:한봉수}} 어르신 말로는 "{{r:명희}} 씨가 예전에 {{u:중국}} 공장에서 몇 년 일했다더라, 몸이 많이 상했다"고 함.
학교 서류에는 아들 이름이 "{{r:유성진}}"으로 되어 있다고 {{r:성진}}이가 말함(엄마 성 아님, 아버지 성 류씨를 남쪽식으로 적은 것이라고).

--- 1. 15. 전화 메모 ({{p:안소희}}) ---
{{r:장명희}} 씨 통화. 다음 주 장날에 맞춰 관리사무소 방문하겠다고 함. 분할납부 희망. 소장님({{p:조태섭}}) 결재 필요. 소장님 지시: {{r:장}}씨한테는 전화보다 문자로 안내. {{r:명희}} 씨가 "{{r:성진}}이한테는 말하지 말아 달라"고 부탁함.""",
    },
    {
        "id": "h68-ko-05",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Han Kwang-chol", "한광철", "witness", ["광철"]),
            ("Kim Jong-suk", "김정숙", "relative", ["정숙"]),
        ],
        "note": "자동차보험 사고 접수 콜센터 상담 메모 (a resettled former overseas worker rear-ended while driving for a delivery company); mixed CRLF/LF; private 김정숙 shares a name with the former first lady and with Kim Il Sung's first wife (both absent here, so private); 한 as numeral and surname; insurers and hospital public; 상대 차주 and 견인 기사 private.",
        "text": """[사고접수 상담 이력] 접수번호 2023-0917-44812
보험사: {{u:현대해상}}   상담원: {{p:신유나}}(사번 A3321)   접수일시: 2023-09-17 08:42

피보험자: {{r:한광철}} (1980년생)   차량: 1톤 화물(영업용 아님, 개인 명의)
운전자: 피보험자 본인
사고 일시/장소: 2023-09-17 07:55 / {{u:인천}} {{u:남동구}} 논현동 사거리
사고 내용: 신호 대기 중 후방 추돌 당함. 상대 차량 운전자 {{p:최영식}}(상대 보험사 {{u:삼성화재}}, 접수번호 별도).

상담 내용:
- 피보험자 {{r:한광철}} 님 본인 전화. 목, 허리 통증 호소. 말투가 북쪽 억양이라 상담원이 한 번 더 이름 확인함.
- 동승자: 배우자 {{r:김정숙}} 님 (조수석). 머리 부딪힘. {{r:정숙}} 님은 통화 중 계속 울었음.
- 견인: 현장 견인 기사 {{p:박병태}} 씨가 임의로 견인하려 하여 피보험자가 거부. 당사 협력 견인({{p:이재우}} 기사) 배정.
- 병원: {{u:가천대 길병원}} 응급실 이동 예정.

추가 메모(상담원 {{p:신유나}}):
- 피보험자가 "회사에서 오늘 배송 못 하면 일당 못 받는다"며 걱정함. 택배 대리점 소장 {{p:문경호}} 씨에게 연락해 달라고 요청했으나 당사 업무 범위 아님을 안내.
- {{r:광철}} 님은 "예전에 {{u:쿠웨이트}}에서 일할 때 다쳐도 병원에 못 갔다, 여기서는 제대로 치료받고 싶다"고 함. 대인 담당자 {{p:황민석}} 대리에게 이관.
- 상대방 {{p:최영식}} 씨는 과실 100% 인정(블랙박스 있음).

2023-09-18 10:10 대인 담당 {{p:황민석}}:
{{r:한광철}} 님 입원(경추 염좌). {{r:김정숙}} 님은 통원. {{r:정숙}} 님 진단서 발급 요청. 통역 필요 없음. 다만 서류 작성 시 남편이 {{r:정숙}} 님의 주민번호를 기억 못 함 - 하나센터 {{p:장은비}} 상담사가 도와주기로 함.""",
    },
    {
        "id": "h68-ko-06",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Pok-sun", "리복순", "witness", ["복순", "이복순"]),
            ("Mun Chang-gil", "문창길", "coworker", ["창길"]),
            ("Yang Hee-jeong", "양희정", "other", ["희정"]),
        ],
        "note": "노인일자리 (senior public job) participant roster and coordinator's notes at a 시니어클럽; elderly former overseas workers among participants; names in a table with ages; 문 as surname beside 문 (door) and 문의 (enquiry); coordinator named; 양 as surname beside 양 (amount); the club and district public; one participant nicknamed 해바라기 beside the flower bed of 해바라기.",
        "text": """2024년 노인일자리 및 사회활동 지원사업 - 공익활동형 참여자 명단
{{u:노원구}} 시니어클럽   담당: 전담인력 {{r:양희정}}

번호  성명      성별  나이  사업단          비고
1     {{p:권옥자}}    여    78    학교 급식 지원  -
2     {{r:리복순}}    여    71    경로당 도우미   주민등록 "{{r:이복순}}", 북한이탈주민
3     {{r:문창길}}    남    74    공원 환경 지킴이 북한이탈주민, 청력 약함
4     {{p:배만석}}    남    80    공원 환경 지킴이 -
5     {{p:심말녀}}    여    76    학교 급식 지원  -
6     {{p:양춘자}}    여    83    경로당 도우미   활동량 조정 필요
7     {{p:최종길}}    남    69    도서관 정리     -
8     {{p:유정례}}    여    72    학교 급식 지원  별명 "{{p:해바라기}}"

담당자 메모 ({{r:희정}}, 3월)
- {{r:리복순}} 어르신: 경로당에서 다른 어르신들이 "{{u:북한}} 할머니"라고 부르는 것이 싫다고 하심. 회장님({{p:구판석}})께 말씀드림. {{r:복순}} 어르신은 젊었을 때 {{u:중국}} {{u:훈춘}}의 수산 공장에 파견되어 일했다고 하심. 사진 촬영 거부.
- {{r:문창길}} 어르신: 귀가 잘 안 들리셔서 문의 전화는 따님 {{p:문혜영}} 씨에게. 창고 문 열쇠 관리 맡으심. {{r:창길}} 어르신은 1990년대에 {{u:러시아}} 벌목장에서 일하셨다고 함. 같은 벌목장에 있던 {{p:로태수}}라는 분을 찾고 싶다고 하심 → {{u:하나재단}} 문의 예정.
- {{p:배만석}} 어르신과 {{r:문창길}} 어르신이 공원에서 자주 다투심(쓰레기 양 문제). 조 편성 변경.
- {{p:유정례}} 어르신은 모두 "{{p:해바라기}}"라고 부름. 공원 해바라기 화단을 혼자 가꾸셔서 붙은 별명. 본인도 좋아하심.

4월 추가
- {{r:리복순}} 어르신 무릎 수술로 4~5월 활동 중단. 대체 참여자 {{p:홍금자}}.
- 담당자 교체 예정: {{r:양희정}} → {{p:이수빈}} (5월부터). 인수인계 시 {{r:복순}} 어르신과 {{r:창길}} 어르신 개인 사정 설명 필요.""",
    },
    {
        "id": "h68-ko-07",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Kye Ok-hwa", "계옥화", "witness", ["옥화"]),
            ("Jo Yong-nam", "조용남", "coworker", ["용남"]),
        ],
        "note": "종합사회복지관 노래교실 출석부 and 강사 메모 (CRLF); attendance table with names and ticks; singers 나훈아, 이미자, 주현미 public; private 조용남 has a name close to a celebrity singer's but is a class member (private); 계 as surname beside 계 (rotating savings club, '계모임'); 조 as surname beside 1조/2조 groups.",
        "text": """○○종합사회복지관 목요 노래교실 출석부 (3월)
강사: {{p:민서영}}   보조: 자원봉사자 {{p:탁은별}}

이름         3/7  3/14  3/21  3/28  회비
{{p:김순례}}       ○     ○     ○     ○    완납
{{r:계옥화}}       ○     ×     ○     ○    완납
{{p:박덕희}}       ○     ○     ×     ○    미납
{{r:조용남}}       ○     ○     ○     ×    완납
{{p:엄정자}}       ×     ○     ○     ○    완납
{{p:하영란}}       ○     ○     ○     ○    완납
{{p:리경숙}}       ○     ○     ×     ×    미납

이달의 노래: {{u:나훈아}} "고향역", {{u:이미자}} "동백 아가씨", {{u:주현미}} "신사동 그 사람"
조 편성: 1조(고음) {{p:김순례}}, {{p:하영란}}, {{r:계옥화}} / 2조(저음) {{r:조용남}}, {{p:박덕희}}, {{p:엄정자}}, {{p:리경숙}}

강사 메모 ({{p:민서영}})
- {{r:계옥화}} 어머니가 3/14 결석. 다른 어르신들 말로는 계모임 날이었다고 함. {{r:옥화}} 어머니는 노래를 제일 잘하심. 북에서 오셨고, 젊을 때 {{u:중국}}의 봉제공장에 파견돼서 일할 때도 공장 공연에서 노래를 불렀다고 하심.
- {{r:조용남}} 아버님은 유명한 가수와 이름이 한 글자 달라서 처음 오신 날 다들 웃음. 본인은 "나는 그 사람보다 노래 못한다"고 하심. {{r:용남}} 아버님은 "고향역"을 부를 때마다 우심. 예전에 {{u:러시아}} 벌목장에서 동료 {{p:강석만}}이라는 분과 몰래 이 노래를 들었다고.
- {{p:리경숙}} 어머니 2주 연속 결석 → 복지관 사회복지사 {{p:함지원}} 선생님께 안부 확인 요청.
- {{p:박덕희}} 어머니와 {{p:엄정자}} 어머니 자리 다툼 있음. 자리표 만들기.
- 4월 발표회 듀엣: {{r:계옥화}} + {{p:하영란}}. 솔로: {{r:조용남}}.

보조 {{p:탁은별}} 메모: {{r:옥화}} 어머니가 "내 이름을 신문에 내지 말아라, 북에 동생 {{p:계옥순}}이가 있다"고 하심. 발표회 사진 찍을 때 주의.""",
    },
    {
        "id": "h68-ko-08",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Paek Chang-ho", "백창호", "witness", ["창호"]),
            ("Chang Mi-ran", "장미란", "relative", ["미란"]),
        ],
        "note": "공인중개사무소 손님 장부 (estate agent's client notebook) with a resettled former overseas worker looking for a room; private 장미란 shares a name with the Olympic weightlifter (not a mention of her) and sits beside the word 장미 (rose); 백 사장 title outside; 창호 also means 'window and door' (창호 공사); landlords and clients private; district public.",
        "text": """손님 장부 - 2024년 2월 ({{u:안산시}} 상록구, ○○공인중개사무소, 대표 {{p:봉숙희}})

2/3 (토)
- {{p:염}} 사장님 → 원룸 2개 내놓음 (보증 300/월 35, 창호 공사 중, 3월 입주 가능). 연락처 010-****
- 손님 {{r:백창호}} 씨 (40대 남, 혼자). 회사 기숙사 나와야 함. 보증 300 이하. 말씨가 북쪽. 본인 말로 "{{u:러시아}}에서 10년 가까이 집 짓는 일 했다"고. 창호 일도 할 줄 안다고 해서 {{p:염}} 사장님 원룸 공사 얘기 해 줌.

2/5 (월)
- {{r:백창호}} 씨 재방문. 아내 {{r:장미란}} 씨와 같이 옴. 부부가 따로 살다가 합치려고 한다고. {{r:미란}} 씨는 화분에 장미를 키운다고 베란다 있는 집 원함.
- {{p:염}} 사장님 원룸은 베란다 없음 → {{p:구태완}} 씨 투룸 보여 줌 (보증 500/월 45). {{r:창호}} 씨가 보증금 부족하다고 함. {{r:미란}} 씨가 "{{u:LH}} 전세임대 알아보자"고.

2/8 (목)
- {{p:구태완}} 씨 전화: 투룸 다른 사람 계약.
- {{r:백}} 사장님(={{r:창호}} 씨, 손님들이 다 사장님이라 부름) 전화. 전세임대 서류 준비 중. 하나센터 {{p:류지은}} 선생님이 도와준다고.

2/15 (목)
- 동네 {{p:홍}} 여사님 → 3층 투룸 내놓음, 베란다 있음. 보증 1,000 중 {{u:LH}} 지원 가능.
- {{r:장미란}} 씨 혼자 방문, 집 봄. 마음에 들어 함. {{r:미란}} 씨가 "남편이 예전에 {{u:블라디보스토크}}에서 다쳐서 허리가 안 좋다, 3층 괜찮을지" 걱정.
- {{p:홍}} 여사님 본명: {{p:홍순애}}. 계약서 작성 때 필요.

2/22 (목)
- 계약: 임대인 {{p:홍순애}} / 임차인 {{r:백창호}}, 동거인 {{r:장미란}}. 중개보수 반값 해 드림.
- 메모: 손님 중에 {{p:Ahmad}}이라는 외국인 청년(공장 근무) 원룸 문의 - {{p:염}} 사장님 원룸 연결.""",
    },
    {
        "id": "h68-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Hwang Un-song", "황은성", "witness", ["은성"]),
            ("Hwang Il-ho", "황일호", "relative", ["일호"]),
            ("Cho Yoon-seo", "조윤서", "other", ["윤서"]),
        ],
        "note": "사이버대학교 입학원서 (online application form printout) of a former overseas worker, with family table, recommender and the applicant's self-introduction; father with the same surname; recommender (NGO staff) private; university and Hanawon public, 연해주 public; mother, brother and wife unregistered.",
        "text": """2024학년도 1학기 신·편입생 입학원서 (출력본)
지원 학과: 사회복지학과 (신입 1학년)
지원 전형: 북한이탈주민 특별전형

1. 지원자 정보
성명(한글) {{r:황은성}}   성명(영문) {{r:HWANG EUNSUNG}}   생년월일 1988. 7. 3.
주소 {{u:경기도}} {{u:부천시}} (이하 생략)

2. 가족 사항
관계   성명        나이  직업        동거 여부
부     {{r:황일호}}      64    -           비동거({{u:북한}} 거주)
모     {{p:김말분}}      61    -           비동거({{u:북한}} 거주)
형     {{p:황은철}}      38    -           비동거(연락 두절)
처     {{p:송현아}}      33    요양보호사  동거

3. 학력 및 경력
- 2005 ○○고등중학교 졸업 ({{u:북한}})
- 2010~2016 {{u:러시아}} {{u:연해주}} 건설 현장 근무 (해외 파견)
- 2020 {{u:하나원}} 수료
- 2021~현재 물류센터 근무

4. 추천인
성명 {{r:조윤서}}   소속 ○○인권센터 상담팀장   관계 상담자(2020년부터)

5. 자기소개 (800자 이내)
저는 {{r:황은성}}입니다. 북에서 아버지 {{r:황일호}}는 제가 해외에 나가서 돈을 벌어 오기를 바라셨고, 저는 스물두 살에 {{u:러시아}}로 갔습니다. 6년 동안 건설 현장에서 일했지만 손에 쥔 돈은 거의 없었습니다. 작업반장 {{p:리성호}}는 우리 돈을 "계획분"이라며 모두 가져갔습니다. 함께 일한 {{p:최명일}} 동무는 추락 사고로 다리를 다쳤는데 치료도 못 받고 귀국했습니다.
한국에 와서 {{r:조윤서}} 팀장님을 만나 처음으로 제 이야기를 들어 주는 사람이 있다는 것을 알았습니다. {{r:윤서}} 팀장님처럼 다른 사람의 이야기를 들어 주는 사회복지사가 되고 싶습니다. 아내 {{p:현아}}도 제 공부를 응원합니다. 아버지 {{r:일호}} 씨가 살아 계시는 동안 제가 대학생이 되었다는 소식을 전할 수 있으면 좋겠습니다.

6. 추천인 의견 ({{r:조윤서}})
{{r:은성}} 씨는 성실하고, 또래 북한이탈주민들의 어려움을 누구보다 잘 이해합니다. 물류센터에서 주 5일 야간 근무를 하면서도 검정고시 스터디 모임을 이끌었습니다. {{r:황은성}} 씨를 적극 추천합니다.""",
    },
    {
        "id": "h68-ko-10",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ryom Kwang-sok", "렴광석", "witness", ["광석", "염광석"]),
            ("Nam Ki-yong", "남기영", "official", ["기영"]),
        ],
        "note": "주민자치회 위원 명단 and 분과 회의 메모 with a former overseas worker as new member; 렴/염 spelling; 남 as surname beside 남 (others, '남의 일') and 남쪽; chairs and secretaries private; 동 주민센터 and district public; 광석 also means 'ore' (광석 라디오).",
        "text": """제3기 ○○동 주민자치회 위원 명단 (2024. 3. 기준)

직위       성명      분과            비고
회장       {{r:남기영}}    -               연임
부회장     {{p:도경민}}    환경분과        -
간사       {{p:우정화}}    -               동 주민센터 연락
위원       {{p:표미숙}}    복지분과        -
위원       {{p:지상철}}    안전분과        -
위원       {{r:렴광석}}    복지분과        신규(공개모집)
위원       {{p:팽순자}}    환경분과        -
위원       {{p:Nomin}}     복지분과        신규, {{u:몽골}} 출신 결혼이민자
위원       {{p:탁영수}}    안전분과        -

복지분과 회의 메모 (3/19, 작성 {{p:우정화}})
참석: {{p:표미숙}}(분과장), {{r:렴광석}}, {{p:Nomin}}, 동 주민센터 맞춤형복지팀 {{p:구슬기}} 주무관
- 신규 위원 소개: {{r:렴광석}} 위원은 2019년 입국한 북한이탈주민. 주민등록상 "{{r:염광석}}"이나 본인은 "{{r:렴광석}}"으로 불러 달라고 함. 옛날에 {{u:쿠웨이트}}와 {{u:카타르}}에서 건설 노동을 했고, 지금은 동네 철물점 운영. 광석 라디오 만드는 게 취미.
- {{r:광석}} 위원 제안: 동네 북한이탈주민 어르신 안부 확인 사업. "남의 일 같지 않다"고. {{p:표미숙}} 분과장 찬성.
- {{p:Nomin}} 위원 제안: 이주 여성 한국어 교실과 연계. 남쪽 공원 정자 사용.
- 회장 {{r:남기영}}이 회의 끝에 들어와서 "{{r:렴}} 위원, 철물점 하면 안전분과가 더 맞지 않냐"고 함. {{r:광석}} 위원은 복지분과에 남겠다고 함.

회장 메모 ({{r:기영}}): 다음 총회 때 {{r:렴광석}} 위원 인사말 부탁. 신원 노출 걱정하는지 먼저 물어볼 것. {{u:남북하나재단}} 지역 담당 {{p:봉재현}} 씨 연락처 전달.""",
    },
    {
        "id": "h68-ko-11",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jon Hyang-mi", "전향미", "witness", ["향미"]),
            ("Kim Tae-hyon", "김태현", "coworker", ["태현"]),
        ],
        "note": "스터디카페 입퇴실 기록 export and 사장님 메모 (app nicknames, member names); a former overseas restaurant worker studying for the GED; app nicknames that spell names labelled only on the name part, with an emoji outside and a zero-width space inside one name; 향미 beside 향미 (flavour, '커피 향미'); 전 as surname beside 전 (before, '전날'); cafe owner private.",
        "text": """[스터디카페 관리자 페이지 - 입퇴실 기록 내보내기] 2024-05-13 ~ 2024-05-15

일시              좌석  회원명(앱 닉네임)             구분
05-13 09:02      A-07  {{r:전\u200b향미}} ({{r:향미}}_공부중📚)          입실
05-13 09:15      B-02  {{p:나윤재}} ({{p:윤재}}짱)             입실
05-13 12:40      A-07  {{r:전향미}}                      외출
05-13 13:30      A-07  {{r:전향미}}                      재입실
05-13 18:05      C-11  {{r:김태현}} (th_{{r:kim}})            입실
05-13 21:58      A-07  {{r:전향미}}                      퇴실
05-14 08:55      A-07  {{r:전향미}} ({{r:향미}}_공부중📚)          입실
05-14 10:20      A-08  {{p:모서윤}} ({{p:seoyun}}.m)          입실
05-14 19:00      C-11  {{r:김태현}}                      입실
05-15 09:10      A-07  {{r:전향미}}                      입실

※ 닉네임 "{{p:윤재}}짱"은 회원 {{p:나윤재}} 본인이 설정.

사장 메모 ({{p:추민호}})
- A-07 {{r:전향미}} 님: 매일 9시 전에 와서 밤 10시까지. 검정고시 준비한다고. 말투가 살짝 다름. 전날 커피 향미가 좋다고 원두 어디 거냐고 물어봄.
- 5/14 저녁 A-07/A-08 사이 소음 민원: {{p:모서윤}} 님이 {{r:향미}} 님 통화 소리 때문에 불편하다고. 확인해 보니 {{r:향미}} 님이 중국어로 누군가와 통화하면서 울고 있었음. 나중에 {{r:향미}} 님 말로는 예전에 {{u:중국}} {{u:단둥}} 식당에서 같이 일하던 언니 {{p:최설화}}와 처음 연락이 닿았다고.
- C-11 {{r:김태현}} 님은 {{r:향미}} 님 지인(같은 교회). {{r:태현}} 님이 "{{r:향미}} 누나 이야기 함부로 하지 말아 달라"고 부탁함. 알겠다고 함.
- 5/15 {{r:전향미}} 님 1개월 정기권 결제(카드 명의 {{r:전향미}}).

알바 {{p:윤가을}} 메모: 5/15 오후 {{r:김태현}}이가 {{r:향미}} 님 자리에 간식 두고 감 ㅎㅎ""",
    },
    {
        "id": "h68-ko-12",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Kwang-il", "리광일", "witness", ["광일"]),
            ("Hong Chang-son", "홍창선", "supervisor", ["창선"]),
            ("Kang Myong-dok", "강명덕", "coworker", ["명덕"]),
        ],
        "note": "Transcribed North Korean work-point evaluation notebook (노력일 평가 수첩) kept by a brigade statistician on a Russian site, typed out by the NGO from photos, with the witness's explanations; 동무 and 반장 outside; DPRK spelling 리; 강 as surname beside 강 (river, 강가); 명 counters; the statistician's own name; Russian place names public.",
        "text": """[수첩 사진 옮겨 적기 - 원문 그대로, 괄호 안은 증언자 {{r:리광일}}의 설명]

주체105(2016)년 8월 작업반 노력일 평가 - 제3작업반 (연해주 {{u:우수리스크}} 현장)
작업반장: {{r:홍창선}}   통계원: {{p:길정호}}

이름        출근  노력일  계획  평가   비고
{{r:홍창선}}     31    31     -     -      반장
{{r:리광일}}     31    29.5   100%  상     -
{{r:강명덕}}     30    27     95%   중     8/12 강가 작업 중 부상
{{p:차성민}}     31    30     100%  상     -
{{p:류혁철}}     28    22     80%   하     사상투쟁 대상
{{p:오영수}}     31    31     110%  상     모범
{{p:정춘길}}     25    20     70%   하     "아프다 함" (반장 메모)

총원 7명, 평균 노력일 27.2

[{{r:리광일}} 설명]
"이 수첩은 통계원 {{p:길정호}} 동무 것입니다. {{p:정호}}는 저하고 같은 고향이라 귀국할 때 저한테 맡겼습니다. 노력일이 높아도 돈은 안 나왔습니다. 평가는 {{r:홍창선}} 반장 마음대로였습니다."
"{{r:강명덕}} 동무는 8월 12일에 강가에서 철근을 나르다가 넘어져 다리를 다쳤습니다. 반장은 병원에 안 보내고 숙소에서 쉬게 했는데, 그 사흘 치를 노력일에서 뺐습니다. {{r:명덕}}이는 그 뒤로 절뚝거렸습니다."
"{{p:류혁철}}이는 평가가 '하'라서 사상투쟁회의에 올랐습니다. {{r:창선}}이 반장이 회의에서 {{p:혁철}}이를 때렸습니다."
"{{p:오영수}}는 반장 사람입니다. 늘 '모범'이었습니다."

[수첩 9월 면 일부]
9월 계획 미달 - 반장 {{r:홍창선}} 비판서 제출. 당비서 {{p:한}} 동지 지적: "제3작업반 노력일 관리 해이".

[단체 메모] {{r:광일}} 씨는 {{p:정춘길}} 씨가 2017년 봄 {{u:블라디보스토크}} 병원에서 사망했다고 들었으나 확인 못 함. {{r:강명덕}} 씨는 2017년 귀국. 수첩 원본은 {{r:리광일}} 씨가 보관.""",
    },
    {
        "id": "h68-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("So Myong-guk", "소명국", "witness", ["명국"]),
            ("Hwang Tae-ryong", "황태룡", "coworker", ["태룡", "황소"]),
        ],
        "note": "Dormitory 추석 씨름대회 대진표 copied from a logging worker's notebook (Amur region), with the witness's oral notes; nickname 황소 for a worker surnamed 황 beside the real 황소 (ox) that was the prize; surname 소 beside 소 (cow) and 소대; 동무 outside; 우승 and 준우승 lists; region public.",
        "text": """[증언자 {{r:소명국}}의 수첩에서 옮김 - 2017년 추석 씨름대회, {{u:아무르주}} 벌목 사업소 제2숙소]

1회전
  {{r:소명국}}(2소대) vs {{p:마철진}}(1소대)  → {{r:소명국}}
  {{r:황태룡}}(3소대) vs {{p:도익수}}(2소대)  → {{r:황태룡}}
  {{p:편영철}}(1소대) vs {{p:금성호}}(3소대)  → {{p:금성호}}
  {{p:오봉길}}(취사) vs {{p:박만수}}(2소대)  → {{p:박만수}}
준결승
  {{r:소명국}} vs {{p:금성호}}  → {{r:소명국}}
  {{r:황태룡}} vs {{p:박만수}}  → {{r:황태룡}}
결승
  {{r:소명국}} vs {{r:황태룡}}  → {{r:황태룡}} (2:1)
상품: 우승 - 돼지 반 마리 / 준우승 - 술 2병 / 3위 - 담배
심판: 사업소 부기사장 {{p:장윤학}}, 보위원 {{p:채}} 동지

[{{r:명국}} 씨 구술 메모, 2023. 10.]
- "{{r:태룡}}이는 덩치가 황소 같아서 다들 '{{r:황소}}'라고 불렀습니다. 성도 황가니까. 진짜 황소는 그 벌목장에 없었고, 소라고는 {{u:러시아}} 농가에서 빌려 온 소 한 마리가 전부였습니다."
- "결승에서 제가 한 판 이겼는데, {{p:장윤학}} 부기사장이 '{{r:황소}}가 이겨야 3소대가 계획을 더 한다'며 판정을 뒤집었습니다. 다들 웃었지만 사실 그날 점심도 못 먹고 오후에 다시 나무를 베러 갔습니다."
- "{{p:오봉길}} 동무는 취사 담당인데 씨름은 못했어도 그날 돼지를 잡아 줬습니다. {{p:봉길}}이 형이 끓인 국이 1년 중 제일 맛있었습니다."
- "{{p:편영철}}이는 그 다음 달 나무에 깔려서 죽었습니다. 추석 때 찍은 사진이 {{r:황태룡}}한테 있을 겁니다."
- {{r:태룡}}이는 2019년에 먼저 탈출해서 지금 {{u:인천}}에 산다고 들었다고 함. 단체에서 {{r:황태룡}} 씨 연락처 확인 중(2023. 11. 연락됨, 면담 동의).""",
    },
    {
        "id": "h68-ko-14",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jo Kyong-hui", "조경희", "other", ["경희"]),
            ("Yun Chol-ho", "윤철호", "witness", ["철호"]),
            ("Ri Un-jong", "리은정", "other", ["은정", "이은정"]),
        ],
        "note": "탈북민 자조모임 (self-help group) 감사 보고서 for the year's accounts; officers and members named in expense lines; 조의금 for a member's father; 리/이 spelling; 경희 beside 경희대 (a university, public); bank and foundation public.",
        "text": """2023년도 ○○ 해외파견 노동자 출신 자조모임 회계 감사 보고서

감사: {{r:리은정}}, {{p:석진우}}
감사 일자: 2024. 1. 20.
대상: 2023. 1. 1. ~ 12. 31. 수입·지출 (회장 {{r:윤철호}}, 총무 {{r:조경희}})

1. 수입
- 전년 이월금                     1,204,000
- 회비 (월 1만 원 × 14명)           1,540,000   ※ 미납: {{p:옥성민}} 3개월, {{p:황미향}} 2개월
- {{u:남북하나재단}} 소모임 지원금   2,000,000
- 개인 후원 ({{p:박정애}} 권사님)       300,000
  합계                            5,044,000

2. 지출 (주요 항목)
- 3/11 봄 나들이 버스 대절 (인솔 {{r:윤철호}})           650,000
- 5/20 증언 녹음 교육 강사비 ({{p:강민혁}} 기자)          300,000
- 6/24 회원 {{p:탁성철}} 부친상 조의금                   100,000
- 8/15 회원 {{p:길순화}} 병원 동행 교통비 ({{r:조경희}})     48,000
- 9/28 추석 모임 식대 (식당 "고향집", 사장 {{p:현덕수}})     720,000
- 11/4 서류 번역비 (러시아어 근로계약서, 번역 {{p:Ekaterina Pak}})   250,000
- 12/16 송년회 장소 대관                                   200,000
  (기타 소액 생략)                 합계 3,412,500

3. 감사 의견
가. 모든 지출에 영수증이 있음. 다만 8/15 교통비 영수증은 {{r:경희}} 총무 개인 카드 내역으로 대체됨. 인정.
나. 11/4 번역비: 회원 {{r:윤철호}}, {{p:옥성민}} 두 명이 {{u:블라디보스토크}} 파견 당시 계약서 사본을 구해 와서 번역을 맡긴 것. 회장 본인 관련 지출이므로 다음부터 총회 승인 필요.
다. {{p:박정애}} 권사님 후원금은 감사 {{r:은정}}이 직접 통장 입금 확인.
라. 통장은 {{u:농협}} 총무 명의({{r:조경희}}). 모임 명의 통장 개설 권고.

4. 기타
- 회장 {{r:철호}} 씨가 올해 {{u:경희대}} 평생교육원 강좌를 수강하면서 회의 참석이 줄었다는 의견이 있었음(회원 {{p:황미향}}). 감사 의견 아님, 참고.
- 감사 {{r:리은정}}의 주민등록 성명은 "{{r:이은정}}"이므로 통장 확인서에는 그렇게 기재.

감사 {{r:리은정}} (인)   감사 {{p:석진우}} (인)""",
    },
    {
        "id": "h68-ko-15",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Chae Su-ryon", "채수련", "witness", ["수련"]),
            ("Kim Chol", "김철", "relative", ["철"]),
            ("Ahn Se-jin", "안세진", "other", ["세진"]),
        ],
        "note": "보험설계사 고객관리 카드 (insurance agent's client cards) for a resettled family; the husband's one-syllable given name 철 beside 철 (iron, 철근) and 철 (season, 제철); agent named; child names; insurer public; 수련 beside 수련 (training, 수련회).",
        "text": """[고객관리 카드] 담당 FC: {{r:안세진}} ({{u:한화생명}} ○○지점)

고객 1
성명: {{r:채수련}} (여, 1985)   직업: 요양보호사
가입: 실손 / 암 진단비
메모:
- 2022. 4. 교회 수련회에서 처음 만남(소개: 집사 {{p:여은숙}}).
- {{r:수련}} 님은 북에서 {{u:중국}} {{u:단둥}} 봉제공장에 파견됐었고 손목이 안 좋음 → 손목 관련 부담보 나옴.
- 보험금 청구 때 서류 어려워함. {{u:카톡}}으로 사진 받아서 내가 대신 접수.

고객 2
성명: {{r:김철}} (남, 1978)   직업: 철근공
가입: 상해 / 운전자
메모:
- {{r:채수련}} 님 남편. 이름이 외자 "{{r:철}}"이라 전산에서 자꾸 오류. 철근 일 하다 다침 잦음.
- {{r:김철}} 님은 예전에 {{u:러시아}}에서 철근 일 했다고. {{u:한국}} 와서도 같은 일. "제철 과일도 못 먹고 일만 했다"고 농담.
- 2023. 7. 손가락 골절 → 상해 수술비 청구 완료(담당 손사 {{p:백준혁}}).

고객 3 (자녀)
성명: {{p:김하늘}} (여, 2015) / {{p:김하준}} (남, 2018)
가입: 어린이보험 (계약자 {{r:채수련}})
메모: {{p:하늘}}이 아토피. {{p:하준}}이 어린이집 선생님 {{p:민지영}} 선생님이 보험 문의 → 소개 건 별도 관리.

상담 기록
- 2024. 2. 3. {{r:수련}} 님 전화: 남편이 회사에서 밀린 월급 못 받고 있음. 노동청 상담은 {{p:허진영}} 노무사 소개.
- 2024. 2. 10. {{r:철}}이 아빠(= {{r:김철}} 님) 방문. 본인 사망보험 수익자를 {{r:채수련}}으로 변경 원함. 북에 있는 어머니 {{p:리순덕}} 님 이야기하면서 눈물. 수익자 변경 처리.
- 2024. 3. 5. 지점장 {{p:곽미숙}} 님 동행 방문. {{r:세진}} 담당 유지.""",
    },
    {
        "id": "h68-ko-16",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ma Hye-song", "마혜성", "witness", ["혜성"]),
            ("Ma Ha-eun", "마하은", "relative", ["하은"]),
        ],
        "note": "국공립 어린이집 입소 대기 명단 with 가점 and 원장 메모; children and parents named; a former overseas worker mother (surname 마) beside the word 마 (yam) and 마감 (deadline); 혜성 beside 혜성 (comet) in a class name; staff private; district public.",
        "text": """○○구립 어린이집 2024년 3월 입소 대기 명단 (만 2세 반 "혜성반")
작성: 원감 {{p:설지은}}   마감: 2024. 2. 16.

순번  아동명    생년      보호자        가점 사유
1     {{p:우서진}}    2021.05   {{p:우재현}}/{{p:안나래}}   맞벌이, 다자녀
2     {{r:마하은}}    2021.09   {{r:마혜성}}          한부모, 북한이탈주민
3     {{p:임도하}}    2021.03   {{p:임승우}}/{{p:변소라}}   맞벌이
4     {{p:Tsogoo}}    2021.11   {{p:Bolormaa}}        다문화
5     {{p:성지호}}    2021.07   {{p:성민혁}}/{{p:권다은}}   맞벌이
6     {{p:옥채원}}    2021.12   {{p:옥지훈}}          한부모

원장 메모 ({{p:피경란}}, 2/19)
- 2순위 {{r:마하은}}: 보호자 {{r:마혜성}} 님 상담(2/14). 야간 식당 근무로 연장보육 필요. {{r:혜성}} 님은 예전에 {{u:베트남}}의 {{u:북한}} 식당에서 일했다고 함. 서류 중 가족관계 증명 어려움 → 하나센터 {{p:심현주}} 선생님이 확인서 발급 도와주기로.
- {{r:하은}}이 할머니({{p:마금순}}, 모친)가 주간에 돌봐 주고 있으나 건강 안 좋음.
- {{r:하은}}이 이름 혜성반 명패에 올릴 때 성 "마"를 "마(麻)"로 적어 달라는 요청 없음 - 한글만.
- 4순위 {{p:Tsogoo}}({{p:쵸고}}): 어머니 {{p:Bolormaa}} 님 몽골어 통역 필요 → 구청 다문화 통역 {{p:Enkhjin}} 님.
- 1~3순위 3월 입소 확정. {{r:마혜성}} 님께 전화로 안내(2/19 14:20). {{r:혜성}} 님 "감사합니다" 반복. 입소 상담 때 점심으로 마 요리 나간다는 얘기에 {{r:하은}}이 알레르기 확인해 보기로.
- 담임 배정: 혜성반 {{p:진보람}} 교사.""",
    },
    {
        "id": "h68-ko-17",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ra Kum-son", "라금선", "witness", ["금선", "나금선"]),
            ("Yon Sang-hun", "연상훈", "official", ["상훈"]),
        ],
        "note": "아파트 반상회 회의록 (CRLF) with residents by 호수 and name; a resettled former overseas worker 라금선/나금선; 통장 연상훈 private, 연 as surname beside 연 (kite, '연날리기'); 나 as pronoun; 상훈 beside 상훈 (decorations, '상훈 기록'); 관리사무소, district public.",
        "text": """○○아파트 108동 3월 반상회 회의록
일시: 2024. 3. 25.(월) 19:30   장소: 108동 1층 커뮤니티실
참석: 통장 {{r:연상훈}}, 반장 {{p:맹순희}}, 201호 {{p:길동수}}, 304호 {{r:라금선}}, 502호 {{p:위성자}}, 701호 {{p:Dmitri Kim}}, 903호 {{p:봉태식}} 외 4세대
기록: 반장 {{p:맹순희}}

1. 통장 알림 ({{r:연상훈}})
- {{u:강서구}}청 주최 정월대보름 연날리기 행사 사진 게시 (108동 {{p:위성자}} 어르신 손주 {{p:위하람}} 입상).
- 재활용 분리배출 요일 변경(수→목).
- 통장 본인 상훈 기록은 구청 홈페이지에 있음 - 질문 있었던 부분 답변.

2. 안건: 304호 관련 소음 민원
- 502호 {{p:위성자}}: 304호에서 새벽 5시에 문 닫는 소리가 크다.
- 304호 {{r:라금선}}: "나는 새벽에 물류센터 출근을 한다. 조심하겠다." 본인 소개로 북에서 왔고, 예전에 {{u:러시아}} {{u:하바롭스크}}에서 봉제공장 일을 해서 새벽 출근이 몸에 익었다고 함. 주민들 박수.
- 통장: 문 닫힘 장치 교체는 관리사무소에 요청({{p:최경태}} 과장).

3. 안건: 701호 {{p:Dmitri Kim}} 씨 택배 분실
- {{p:Dmitri}} 씨(고려인, {{u:우즈베키스탄}} 출신)가 택배 분실 2회. CCTV 확인 요청. {{r:금선}} 씨가 러시아어로 통역해 줌.
- {{p:봉태식}}: 1층 택배함 설치 제안. 다음 달 표결.

4. 기타
- {{p:길동수}} 어르신: "{{r:라금선}} 씨, 나도 고향이 이북이다. 언제 밥 한번 먹자." {{r:금선}} 씨가 웃음.
- 통장 {{r:상훈}} 씨가 {{r:라금선}} 씨 주민등록 성이 "나"로 되어 있어 주민 명부에는 "{{r:나금선}}"으로 적는다고 안내. 본인은 "{{r:라금선}}"이 편하다고 함.

다음 반상회: 4. 22.(월). 회의록 게시: 반장 {{p:맹순희}}. 통장 확인: {{r:연상훈}} (서명)""",
    },
    {
        "id": "h68-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pak Yong-chol", "박영철", "witness", ["Пак Ён Чхоль", "영철", "Park Young-chul"]),
            ("Viktor Gusev", "빅토르 구세프", "supervisor", ["Гусев"]),
            ("Kim Chang-dok", "김창덕", "supervisor", ["Ким Чан Дŏк", "창덕"]),
        ],
        "note": "Russian notification of the conclusion of an employment contract with a foreign citizen (form fields in Russian) with the NGO's Korean annotations; worker's name in Cyrillic, Latin and Hangul with Pak/Park; Russian director with case endings (Гусева, Гусевым); North Korean company representative in Cyrillic with a diacritic; migration office public; 'Пак' also as a surname discussed as a word.",
        "text": """[사본 - 우편 발송용 통지서, 증언자 {{r:박영철}} 씨가 사진으로 보관]

УВЕДОМЛЕНИЕ о заключении трудового договора с иностранным гражданином
В: Управление по вопросам миграции {{u:ГУ МВД России по Приморскому краю}}

Работодатель: ООО «ДальСтройИнвест», генеральный директор {{r:Гусев Виктор Павлович}}
Иностранный гражданин: {{r:ПАК ЁН ЧХОЛЬ}} ({{r:PAK YONG CHOL}}), гражданство: {{u:КНДР}}
Дата рождения: 14.02.1984   Паспорт: серия 836 № 41xxxxx
Профессия: бетонщик   Дата заключения договора: 01.04.2017
Подпись работодателя: {{r:В. П. Гусев}}
Представитель работников (переводчик): {{r:Ким Чан Дŏк}}

[단체 번역 메모 - {{p:최다은}}]
- 통지서 자체는 합법 고용처럼 보이지만, {{r:영철}} 씨 말로는 계약서를 본 적도 없고 서명도 {{r:Ким Чан Дŏк}}, 즉 회사 대표 {{r:김창덕}}이 대신 했다고 함.
- {{r:Гусева}}(생격, 같은 사람 = {{r:빅토르 구세프}}) 이름은 러시아어 서류에 다 나옴. {{r:영철}} 씨 증언: "{{r:구세프}} 사장은 우리 돈이 {{r:김창덕}}한테 간다는 걸 알았다."
- 러시아어 성 "Пак"은 현지 고려인들 사이에서도 흔한 성이라 검색하면 다른 사람이 많이 나옴. 주의.
- 입국 후 여권 영문 표기: {{r:PARK YOUNG CHUL}}. 동일인 확인은 {{r:박영철}} 씨 본인 진술 + 생년월일.
- 같이 일한 사람들: {{p:Ли Мён Су}}({{p:리명수}}), {{p:Чон Хак Ир}}({{p:전학일}}) - 둘 다 2019년 귀국.
- 현지 변호사 {{p:Анна Соколова}} 의견: "Договор подписан {{r:Кимом}}, а не работником" - 계약서가 노동자가 아니라 {{r:김}}(도구격 {{r:Кимом}})에 의해 서명됐다는 점은 소송에서 쓸 수 있음. 다만 {{r:Гусевым}}(도구격)이 이를 알고 있었는지 입증 필요.

Notes for English summary ({{p:D. Choi}}): Notification lists worker as {{r:PAK YONG CHOL}}; signed for the workers by {{r:Kim Chang-dok}}; director {{r:Viktor Gusev}}. Ask {{r:Yong-chol}} whether {{p:Ri Myong-su}} can be contacted.""",
    },
    {
        "id": "h68-mixed-02",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Choe Song-nam", "최성남", "witness", ["Цой Сон Нам", "성남"]),
            ("Yun Hak-bom", "윤학범", "coworker", ["Юн Хак Бом", "학범"]),
        ],
        "note": "Russian mandatory fingerprinting (дактилоскопическая регистрация) register page for a brigade, photographed by an escaped worker, with Korean notes; Choe rendered Цой; ФИО column with Cyrillic names; Russian officer and Korean interpreter private; 'Сон' also a Russian word (sleep) in a note; register office public.",
        "text": """[사진 옮김: 지문 등록 대장 일부, 2018년 3월, 증언자 {{r:최성남}} 제공]

ЖУРНАЛ учёта проведения обязательной государственной дактилоскопической регистрации
Подразделение: ОВМ ОМВД (город не читается)
Инспектор: ст. лейтенант {{p:Кравченко О. Н.}}

№   ФИО                    Гражданство   Дата       Подпись
41  {{r:ЦОЙ СОН НАМ}}            {{u:КНДР}}          12.03.18   (подпись)
42  {{r:ЮН ХАК БОМ}}             -//-          12.03.18   (подпись)
43  {{p:КАН ИР СОК}}             -//-          12.03.18   (подпись)
44  {{p:РИ ЧОЛЬ ХО}}             -//-          12.03.18   отказ? (зачёркнуто)
45  {{p:МУН ГВАН ЧОЛЬ}}          -//-          12.03.18   (подпись)
Переводчик: {{p:Хан Ён Сик}}

[단체 메모 - 작성 {{p:송하윤}}]
- 41번 "{{r:ЦОЙ СОН НАМ}}" = {{r:최성남}} 본인. 현지에서는 "최"를 "Цой"로 적음(가수 {{u:Виктор Цой}}와 같은 철자라 현지인들이 놀렸다고 함).
- 42번 {{r:Юн Хак Бом}} = {{r:윤학범}}. {{r:성남}} 씨와 같은 방을 썼음. {{r:학범}}이는 2020년 {{u:블라디보스토크}}에서 사라졌다고 함.
- 44번 {{p:리철호}}: "отказ" 표시 후 줄 그어 지움. {{r:성남}} 씨 말로는 {{p:철호}}가 지문 찍기를 거부하자 통역 {{p:한영식}}이 따로 데리고 나가 "설득"했다고 함. 돌아왔을 때 얼굴이 부어 있었음.
- 통역 {{p:Хан Ён Сик}}은 회사 쪽 사람. 현지 경찰관 {{p:Кравченко}}는 아무것도 묻지 않았다고.
- {{r:최성남}} 씨 기억: 이날 밤 숙소에서 아무도 잠을 못 잤다 - 러시아어 "сон"(잠)이 대장 이름 철자에도 들어가 있어서 {{r:윤학범}}이가 "우리 이름에도 잠이 있는데 잠을 못 잔다"고 농담함.
- 다른 이름 {{p:강일석}}(43번), {{p:문광철}}(45번)은 확인 필요.""",
    },
    {
        "id": "h68-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ho Chol-man", "허철만", "witness", ["Хо Чхоль Ман", "철만", "Heo Cheol-man"]),
            ("Ho Son-ae", "허선애", "relative", ["Хо Сон Э", "선애"]),
            (
                "Tsoi Larisa",
                "최 라리사",
                "other",
                ["Лариса", "Цой Лариса", "라리사", "Larisa Tsoi"],
            ),
        ],
        "note": "Money-transfer receipts (Russia to China) with Korean annotations on who really sent and received the money; Russian sender fields in Cyrillic, recipient in Hanzi; ethnic-Korean intermediary Лариса with Russian case endings; the witness's sister via a Chinese cousin 小崔; transfer service and cities public; the interjection 'хо' beside the name Хо.",
        "text": """[송금 영수증 3장 - 증언자 {{r:허철만}} 씨 보관본, 2018~2019]

(1) Перевод № 7341-xxxx   Дата: 05.06.2018
Отправитель: {{r:ЦОЙ ЛАРИСА}}
Получатель: {{p:崔明花}} (город: {{u:Яньцзи}})
Сумма: 30 000 RUB   Система: «{{u:Золотая Корона}}»

(2) Перевод № 7590-xxxx   Дата: 11.12.2018
Отправитель: {{r:ЦОЙ ЛАРИСА}}
Получатель: {{p:崔明花}}
Сумма: 25 000 RUB

(3) Перевод № 8022-xxxx   Дата: 03.05.2019
Отправитель: {{r:ХО ЧХОЛЬ МАН}}
Получатель: {{p:崔明花}}
Сумма: 40 000 RUB

[{{r:철만}} 씨 설명 - 통역 {{p:남궁수아}}]
- "우리는 여권이 없으니 송금을 못 합니다. 그래서 고려인 아주머니 {{r:라리사}}({{r:Лариса}})가 자기 이름으로 보내 주었습니다. 수수료로 만 루블씩 가져갔습니다."
- "받는 사람 {{p:崔明花}}는 {{u:연길}}에 사는 조선족 사촌 {{p:최명화}}입니다. 우리 가족은 사촌을 '{{p:小崔}}'라고 불렀습니다. {{p:명화}}가 {{u:중국}} 돈으로 바꿔서 국경 장사꾼 편에 동생 {{r:허선애}}한테 보냈습니다."
- "(3)번은 제 이름으로 보냈습니다. 그때 반장 {{p:강}}이 한 번만 여권을 돌려줬습니다. 현지 사람들은 저를 '{{r:Хо}}'라고만 불렀습니다." (통역 메모: 러시아어 감탄사 "хо"와 헷갈리지 말 것)
- {{r:라리사}} 씨 관련 러시아어 메모(영수증 뒷면): "Отдать {{r:Ларисе}} 3000" = "{{r:라리사}}에게 3천 줄 것". 그리고 "от {{r:Ларисы}}" = "{{r:라리사}}로부터".

[단체 메모 ({{p:J. Kwon}})]
- {{r:선애}} 씨는 2022년 탈북, 현재 {{u:서울}}. 돈을 받은 기억이 있음: "오빠 {{r:철만}}이가 보낸 돈은 반쯤 사라졌다." 중간 장사꾼 {{p:박}} 씨 아저씨가 떼었다고.
- {{r:허선애}} 씨 한국 여권 표기 {{r:HEO SEON AE}} → 이름 영문 표기 {{r:Heo Seon-ae}}, 오빠는 {{r:Heo Cheol-man}}.
- English note for the lawyer: the sender on receipts (1)-(2), {{r:Larisa Tsoi}}, is a Russian citizen of Korean descent; she is willing to give a statement (contact via {{p:Anton Lee}}).""",
    },
    {
        "id": "h68-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Ok-sun", "김옥순", "witness", ["金玉顺", "옥순", "小金"]),
            ("Piao Chunhua", "박춘화", "supervisor", ["朴春花", "朴主任"]),
        ],
        "note": "Chinese medical-insurance reimbursement forms (医疗费用报销申请表) for a seafood-plant worker with the NGO's Korean notes; worker's Korean name also in Hanzi and as 小金; Chinese-Korean HR officer 朴春花 / 朴主任 / 박춘화; doctor and co-workers private; hospital and city public; 金 also as 'money/gold' (金额) in the form.",
        "text": """[사진 옮김 - 医疗费用报销申请表, 2020년 11월]

申请人: {{r:金玉顺}}   性别: 女   工号: D-0217
单位: {{u:东港}}某水产品加工厂 (名称略)   部门: 鱿鱼车间
就诊医院: {{u:东港市中心医院}}   就诊日期: 2020-11-03
诊断: 右手腕腱鞘炎 / 左手指割伤
医生: {{p:王丽娟}}
医疗费用总金额: ¥1,286.50   申请报销金额: ¥1,029.20
经办人: {{r:朴春花}} (人事部)
审批: 厂长 {{p:孙}} (签字不清)
备注: 外籍劳务人员, 费用由劳务公司代付 - 劳务公司负责人 {{p:崔光日}}

[단체 메모 - {{p:이서영}}]
- 신청인 {{r:金玉顺}} = 증언자 {{r:김옥순}}. 공장 중국인들은 {{r:小金}}이라고 불렀다고 함. "金额"(금액)의 金은 이름이 아님.
- 经办人 {{r:朴春花}}는 조선족 인사 담당 {{r:박춘화}}. 모두 "{{r:朴主任}}"이라고 부름. {{r:옥순}} 씨 말: "{{r:朴主任}}은 우리말을 하니까 우리 편인 줄 알았는데, 보험금은 다 회사 대표 {{p:최광일}}한테 갔다."
- 즉, 申请报销金额 1,029위안은 {{r:옥순}} 씨가 받지 못함. 같은 달 같은 작업장 {{p:리향심}}({{p:李香心}})과 {{p:정복실}}({{p:郑福实}})도 손목 치료.
- 의사 {{p:王丽娟}}는 {{r:옥순}} 씨에게 "쉬어야 한다"고 했지만 다음 날 바로 출근.
- {{r:김옥순}} 씨는 2023년 입국. {{r:박춘화}}에 대해 "나쁜 사람은 아니었다, 무서웠을 뿐"이라고 함.

English line for the report: Reimbursement of CNY 1,029.20 was claimed in the name of {{r:Kim Ok-sun}} via HR officer {{r:Piao Chunhua}}, but paid to the labour company of {{p:Choe Kwang-il}}.""",
    },
    {
        "id": "h68-mixed-05",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jong Myong-chol", "정명철", "witness", ["郑明哲", "명철"]),
            ("Ri Yong-su", "리용수", "supervisor", ["李龙洙", "용수", "李队长"]),
        ],
        "note": "Chinese 安全生产责任书 signature sheet (workers' safety-responsibility pledges) for a North Korean garment and construction team, names in Hanzi with Korean glosses added by the witness; team leader 李队长 labelled whole; Chinese safety officer 老赵; 安全 and 责任 as words; one name left blank; city public.",
        "text": """[安全生产责任书 签字表 - 증언자 {{r:정명철}} 씨 사진]

项目: 某住宅楼工程 ({{u:丹东}})   日期: 2019年4月1日
安全员: {{p:赵建军}}   外籍班组长: {{r:李龙洙}}

序号  姓名        签字      备注
1     {{r:李龙洙}}      (签)      班组长
2     {{r:郑明哲}}      (签)
3     {{p:金成日}}      (签)
4     {{p:朴永哲}}      (签)
5     {{p:韩光浩}}      (签)
6     (空白)      (签)      名字没写
7     {{p:崔日南}}      (签)

本人已学习并承诺遵守安全生产规定, 发生安全事故责任自负.

[{{r:명철}} 씨 설명 (한국어)]
- 2번 {{r:郑明哲}}이 저({{r:정명철}})입니다. 3번 {{p:金成日}}은 {{p:김성일}}, 4번 {{p:朴永哲}}은 {{p:박영철}}, 5번 {{p:韩光浩}}는 {{p:한광호}}, 7번 {{p:崔日南}}은 {{p:최일남}}입니다.
- 6번은 이름을 안 썼는데, {{p:남철}}이라는 열일곱 살 같은 애였습니다. 나이가 어려서 이름을 안 쓰게 했다고 {{r:용수}} 반장이 말했습니다.
- "责任自负"(책임은 스스로 진다)라는 말 때문에, 5월에 {{p:한광호}}가 비계에서 떨어졌을 때 회사는 아무 책임도 안 졌습니다. 안전원 {{p:赵建军}}(우리는 "{{p:老赵}}"라고 불렀습니다)도 "你们自己签的"라고만 했습니다.
- 공사장 중국인들은 {{r:리용수}} 반장을 "{{r:李队长}}"이라고 불렀습니다. {{r:李队长}}은 서명만 받고 내용은 번역해 주지 않았습니다.

[English summary for file]: Pledge sheet shows 7 {{u:DPRK}} workers incl. witness {{r:Jong Myong-chol}} and team leader {{r:Ri Yong-su}}. Worker no. 6 (first name "{{p:Nam-chol}}", age ~17) unnamed on the sheet.""",
    },
    {
        "id": "h68-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Hyang-sun", "김향순", "witness", ["金香顺", "향순"]),
            ("Cha Kum-ok", "차금옥", "supervisor", ["车金玉", "금옥", "车组长"]),
        ],
        "note": "Chinese bonus distribution sheet (奖金发放表) from a garment factory with North Korean women, Hanzi names and the witness's Korean glosses; group leader 车组长 labelled whole; 金 in 奖金 and 金额 not a name; Chinese workshop director 刘主任; one worker written only as 小玉; 'Cha' beside 차 (tea/car) in Korean; city public.",
        "text": """[사진 옮김 - 奖金发放表 2021年9月 (缝纫二车间 朝鲜班组)]

序号  姓名      计件数   奖金(元)   实发     签名
1     {{r:车金玉}}    -        800        800      {{r:车金玉}}
2     {{r:金香顺}}    4,120    412        0        {{r:车金玉}}代签
3     {{p:朴美兰}}    3,980    398        0        {{r:车金玉}}代签
4     {{p:李英爱}}    4,300    430        0        {{r:车金玉}}代签
5     {{p:小玉}}      2,100    210        0        {{r:车金玉}}代签
6     {{p:崔顺姬}}    3,870    387        0        {{r:车金玉}}代签
合计金额: 2,637元   车间主任: {{p:刘主任}}   财务: {{p:张会计}}

[{{r:향순}} 씨 설명]
- "1번 {{r:车金玉}}은 우리 조장 {{r:차금옥}}입니다. 중국인들은 '{{r:车组长}}'이라고 불렀습니다. 실발(实发)이 0인 것은 우리 보너스를 {{r:금옥}}이 조장이 다 받아서 '충성자금'으로 올렸기 때문입니다. 조장 본인 것 800원만 본인이 받았습니다."
- "2번이 저, {{r:김향순}}입니다. 3번 {{p:朴美兰}}은 {{p:박미란}}, 4번 {{p:李英爱}}는 {{p:리영애}}, 6번 {{p:崔顺姬}}는 {{p:최순희}}입니다."
- "5번 {{p:小玉}}은 본명이 {{p:전옥이}}인데 중국인들이 '{{p:小玉}}'라고만 불러서 표에도 그렇게 썼습니다. 제일 어렸습니다. {{p:옥이}}는 2022년에 병으로 먼저 귀국했습니다."
- "{{p:刘主任}}은 모든 걸 알았습니다. 차 한 잔 주면서 '너희 돈은 너희 나라가 가져간다'고 했습니다."
- (금액 칸 "奖金"의 "金"은 이름 아님 - 번역자 {{p:고은비}} 메모)

[English summary]: Sheet shows bonuses totalling CNY 2,637 for six North Korean women at a garment plant in {{u:Dandong}}; five bonuses (CNY 1,837) marked "signed on behalf" by group leader {{r:Cha Kum-ok}}. Witness {{r:Kim Hyang-sun}} (no. 2) received nothing. Workshop director known only as "Director {{p:Liu}}".""",
    },
    {
        "id": "h68-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Mohammed Rafiq", "모하메드 라피크", "coworker", ["Rafiq", "محمد رفيق"]),
            ("Ri Song-chol", "리성철", "witness", ["Song-chol", "Lee Sung-chul"]),
            (
                "Khalid Al-Hashimi",
                "칼리드 알하시미",
                "supervisor",
                ["خالد الهاشمي", "Abu Saeed", "أبو سعيد"],
            ),
        ],
        "note": "UAE labour-ministry complaint tickets (English/Arabic portal printout) filed by a Bangladeshi co-worker that mention North Korean workers, with the NGO's Korean notes; kunya 'Abu Saeed' as an alias; Arabic names in Arabic script; PRO and officers private; ministry public; 'Saeed' also inside a company name left unmarked.",
        "text": """[{{u:MOHRE}} complaint portal - printout, 2 tickets, received from {{r:Rafiq}} via {{u:WhatsApp}}]

Ticket 1  No. LC-2019-0044812   Date: 17/02/2019
Complainant: {{r:MOHAMMED RAFIQ}} ({{r:محمد رفيق}}), mason, {{u:Bangladesh}}
Employer: Al Saeed Building Contracting LLC ({{u:Sharjah}})   PRO: {{p:Imran Sheikh}}
Subject: non-payment of salary (4 months)
Details (typed by typing-centre clerk): Worker not paid since Oct 2018. Sponsor {{r:Khalid Al-Hashimi}} ({{r:خالد الهاشمي}}) says pay "next month". Also 30 Korean workers on site not paid, they sleep in containers, their boss is Mr {{p:Kang}}. Worker requests cancellation.
Status: Referred to amicable settlement - officer {{p:Aisha Al Marzouqi}}

Ticket 2  No. LC-2019-0051930   Date: 09/03/2019
Complainant: {{r:MOHAMMED RAFIQ}}
Subject: follow-up; threats
Details: {{r:Abu Saeed}} (sponsor) told me to withdraw complaint or he will file absconding. Korean worker {{r:Ri}} (I write his name "{{r:Lee Sung Chul}}") was beaten by their boss {{p:Kang}} because he talked with me. I have a photo.
Status: Closed - settled (AED 4,000 paid)

[단체 메모 - {{p:배지현}}]
- 티켓 2의 "{{r:Lee Sung Chul}}"은 증언자 {{r:리성철}}. {{r:성철}} 씨는 2019년 {{u:샤르자}}의 현장에서 {{u:방글라데시}} 출신 {{r:라피크}}와 친했다고 함. 서로 영어 몇 마디와 손짓으로 대화.
- 작업반장 "{{p:Kang}}"은 {{p:강정식}}. {{r:성철}} 씨는 {{r:라피크}}와 이야기했다는 이유로 {{p:강정식}}에게 맞았다고 진술 - 티켓 2와 일치.
- 스폰서 {{r:칼리드 알하시미}}는 아랍식 별칭 "{{r:أبو سعيد}}"({{r:Abu Saeed}})로 불림. 회사 이름 "Al Saeed"와 혼동 주의(회사명은 표시하지 않음).
- {{r:Rafiq}} 씨는 2019년 4월 귀국, 지금은 {{u:Dhaka}}. 사진 원본 요청 중. 중간에 연락해 준 사람: {{u:방글라데시}} NGO 활동가 {{p:Nusrat Jahan}}.
- {{r:Song-chol}} 씨 한국 여권 표기 {{r:LEE SUNG CHUL}} - {{r:Rafiq}}이 쓴 철자와 우연히 같음.""",
    },
    {
        "id": "h68-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kang Chol-ho", "강철호", "supervisor", ["Chol-ho"]),
            ("Ro Yong-guk", "로영국", "witness", ["Yong-guk", "Roh Young-kook"]),
        ],
        "note": "Dubai tenancy-registration (Ejari-style) certificate for labour accommodation, occupants list attached, with a former occupant's Korean notes; landlord and real-estate broker private; Ro/Roh spelling; 영국 as a given name beside 영국 (United Kingdom, public); Arabic landlord name; emirate public.",
        "text": """TENANCY CONTRACT REGISTRATION - CERTIFICATE (copy)
Property: Warehouse 14 (converted labour accommodation), {{u:Al Quoz}}
Landlord: {{p:Rashid Obaid Bin Tamim}} ({{p:راشد عبيد بن تميم}})
Tenant: (company name withheld) - signatory {{r:KANG CHOL HO}}
Broker: {{p:Suresh Nair}}, licence no. ****
Term: 01/01/2017 - 31/12/2017   Annual rent: AED 180,000
Permitted occupancy: 24 persons

Annex - occupants list (submitted by tenant)
1  {{r:KANG CHOL HO}}      manager
2  {{p:PAK CHANG IL}}      foreman
3  {{r:RO YONG GUK}}       worker
4  {{p:SIN KWANG SOP}}     worker
5  {{p:JON IL MIN}}        worker
6  {{p:HAN SONG GIL}}      worker
... (48 names in all; 24 permitted)

[{{r:영국}} 씨 메모 (한국어)]
- 3번 {{r:RO YONG GUK}} = 저 {{r:로영국}}. {{u:한국}}에서 이름은 {{r:노영국}}이 아니라 본인 요청으로 "{{r:로영국}}" 유지. 영문은 {{r:ROH YOUNG KOOK}}으로 등록됨. 제 이름 "영국"은 나라 {{u:영국}}과 같아서 다들 웃었습니다.
- 창고 하나에 48명이 잤습니다. 허가는 24명. 등록서에는 24명만 냈는데, 나머지 24명은 부록에 "..."으로만 표시됐습니다.
- 1번 {{r:강철호}}는 회사 지배인. 집주인 {{p:Rashid}} 씨는 한 번도 안 왔고, 중개인 {{p:Suresh}} 씨가 매달 와서 현금을 받아 갔습니다.
- 2번 {{p:박창일}}은 반장. 4번 {{p:신광섭}}은 여름에 열사병으로 쓰러졌는데 {{r:강철호}}가 병원에 안 보냈습니다. {{p:광섭}}이는 결국 2017년 8월에 귀국.

[English note, {{p:M. Yusuf}}]: Certificate shows {{r:Kang Chol-ho}} as signatory; {{r:Ro Yong-guk}} confirms 48 men lived in space registered for 24. Ask {{r:Yong-guk}} whether {{p:Jon Il-min}} or {{p:Han Song-gil}} are reachable.""",
    },
    {
        "id": "h68-mixed-09",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Chon Myong-ho", "전명호", "witness", ["Myong-ho", "Чон Мён Хо"]),
            ("Oyunbileg Dashdorj", "오윤빌레그 다시도르지", "official", ["Oyunbileg", "Оюунбилэг"]),
        ],
        "note": "Mongolian hospital admission register page (Mongolian Cyrillic) for injured North Korean construction workers, with Korean notes; Mongolian doctor with patronymic initial first (Д. Оюунбилэг); Korean names in Mongolian Cyrillic; 'гадаад' (foreign) as a nationality marker, not a name; the doctor's patronymic Dashdorj; Mongolian patients' compound names; city public.",
        "text": """[사진 옮김 - Хүлээн авах бүртгэл (입원 접수 대장), 2018년 7월, {{u:Улаанбаатар}}]

№    Огноо      Овог нэр                 Нас  Онош                         Эмч
211  03.07     {{p:Ганбат Мөнхбаяр}}         45   уушгины хатгалгаа            {{p:Б. Нарангэрэл}}
212  04.07     {{r:Чон Мён Хо}} (гадаад)   36   баруун шилбэний хугарал      {{r:Д. Оюунбилэг}}
213  04.07     {{p:Ким Гван Иль}} (гадаад) 29   толгойн гэмтэл               {{r:Д. Оюунбилэг}}
214  05.07     {{p:Бат-Эрдэнэ Тэмүүлэн}}     8    мухар олгойн үрэвсэл         {{p:Б. Нарангэрэл}}
215  06.07     {{p:Пак Сон Чхоль}} (гадаад) 41  халуун цохилт                {{r:Д. Оюунбилэг}}
Орчуулагч (212-213, 215): компанийн ажилтан {{p:Ли}}

[단체 메모 - 통역 {{p:Saruul}} 씨 도움]
- "гадаад"는 몽골어로 '외국(인)'이라는 뜻. 이름이 아니라 출신 표시.
- 212번 {{r:Чон Мён Хо}} = 증언자 {{r:전명호}}. 비계에서 떨어져 오른쪽 정강이 골절. {{r:명호}} 씨: "의사 {{r:Оюунбилэг}} 선생님이 입원하라고 했는데 통역 {{p:리}}가 회사 지시라며 사흘 만에 데리고 나갔다."
- 213번 {{p:Ким Гван Иль}} = {{p:김광일}}. 머리를 다침. {{r:명호}} 씨는 {{p:광일}}이가 그 뒤 말을 더듬었다고 함.
- 215번 {{p:Пак Сон Чхоль}} = {{p:박성철}}, 열사병.
- 담당 의사 {{r:Oyunbileg}} 선생님(부칭 {{r:Dashdorj}}, 약자 Д.)은 2023년 우리와 통화: "{{r:Чон}} 환자 기억한다. 퇴원에 반대했다." 자필 소견서 가능.
- 211, 214번은 현지 환자 - 이름은 지울 것.

English summary: admission register confirms 3 North Korean workers admitted on 4-6 July 2018 under Dr {{r:Oyunbileg Dashdorj}}; {{r:Chon Myong-ho}} discharged against medical advice after 3 days.""",
    },
    {
        "id": "h68-mixed-10",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            (
                "Tumurbaatar Gantulga",
                "투무르바타르 간톨가",
                "coworker",
                ["Tumurbaatar", "Түмэрбаатар", "Tumur", "투무르"],
            ),
            ("Sim Kwang-nam", "심광남", "witness", ["Kwang-nam", "광남"]),
        ],
        "note": "Mongolian site foreman's Tsagaan Sar greeting-visit list (Mongolian Cyrillic with his own Korean-learner notes) that includes North Korean workers he secretly invited, with the NGO's Korean notes; short nickname 투무르 (Tumur); Mongolian suffixes (-ын, -ийнд) and kinship words (ээж, аав, ах, дүү) outside; 'Сар' and 'Цагаан' as words; foreman's relatives private; company unmarked, city public.",
        "text": """[Цагаан сарын золголт - 2019 ({{r:Түмэрбаатар}}ын тэмдэглэл, 사진 옮김)]

Өдөр   Хэнийд / Хэн ирсэн                         Бэлэг
1      ээж - {{u:Баянхонгор}} явсан                  -
       Аав {{p:Гантулга}}, ээж {{p:Должин}}             цай, хадаг
2      Ах {{p:Ганзориг}}-ийнд                       архи
       Дүү {{p:Саруулцэцэг}}, хүргэн {{p:Болд}}           чихэр
3      Манайд: солонгос залуус {{r:Гуан Нам}}, {{p:Сон Ир}}, {{p:Хёк}}   бууз, 20 000₮
       (компанийн дарга {{p:Ким}} мэдэхгүй!)

[{{r:Tumurbaatar}} 씨의 한국어 메모 - 본인이 한국어를 배우며 쓴 것 그대로]
"{{r:광남}}이 나의 친구. {{u:북조선}} 사람. 설날(차강사르)에 우리 집에 왔다. 몰래. {{p:성일}}, {{p:혁}}도. 보쯔 많이 먹었다. 돈 2만 투그릭 줬다. {{p:김}} 사장 모른다."

[단체 메모 - {{p:한소윤}}]
- 3일째 손님 "{{r:Гуан Нам}}" = 증언자 {{r:심광남}}. 몽골어 표기로 '광남'을 적은 것. "{{p:Сон Ир}}" = {{p:최성일}}, "{{p:Хёк}}" = {{p:리혁}} (둘 다 {{r:광남}} 씨 같은 반).
- 첫 줄의 "ээж"는 '엄마'라는 뜻의 일반 명사 - 이름 아님. {{r:Tumurbaatar}} 씨 어머니 이름은 {{p:Должин}}.
- "Цагаан сар"(하얀 달, 설날)의 "сар"는 '달'이라는 단어. 이름 아님.
- {{r:광남}} 씨 증언: "{{r:투무르}} 형이 아니었으면 {{u:몽골}}에서 설날이 뭔지도 몰랐을 것. {{r:투무르}} 형네 아버지 {{p:Гантулга}} 할아버지가 우리한테 '건강하라'고 했다." (한국어로 "{{r:투무르}}"는 {{r:Tumurbaatar}}의 애칭)
- English: {{r:Tumurbaatar Gantulga}} (foreman) is willing to confirm that {{r:Sim Kwang-nam}} worked 2017-2019 without pay; contact via his sister {{p:Saruultsetseg}}.""",
    },
    {
        "id": "h68-mixed-11",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kim Un-chol", "김은철", "witness", ["Un-chol", "Czol"]),
            ("Marek Dąbrowski", "마레크 동브로프스키", "supervisor", ["Dąbrowski"]),
        ],
        "note": "Polish declaration on entrusting work to a foreigner (oświadczenie o powierzeniu wykonywania pracy), with the NGO's Korean notes; CRLF; Polish case endings kept inside (Kima, Dąbrowskiego, Dąbrowskim); Korean given name in Polish spelling; labour office public; 'Pan' and 'Pani' as titles outside; 'Kim' in a discussion of Polish declension is a mention here because it refers to the worker.",
        "text": """OŚWIADCZENIE O POWIERZENIU WYKONYWANIA PRACY CUDZOZIEMCOWI (kopia, fragmenty)
Urząd: {{u:Powiatowy Urząd Pracy w Gdańsku}}
Podmiot powierzający pracę: (spółka, nazwa pominięta), reprezentowana przez: {{r:Marek Dąbrowski}}, prezes zarządu
Cudzoziemiec: {{r:KIM UN CHOL}}, obywatelstwo: (pole puste)
Stanowisko: spawacz   Okres: 01.03.2017 - 31.08.2017
Wynagrodzenie: 2 000 zł brutto miesięcznie
Podpis: {{r:M. Dąbrowski}}

[단체 메모 (한국어) - 폴란드어 번역 {{p:Katarzyna Nowak}}]
- 신고서상 노동자 = 증언자 {{r:김은철}}. 국적 칸이 비어 있음. {{r:은철}} 씨 말로는 "회사가 일부러 안 썼다"고 함.
- 월급 2,000즈워티(세전)로 신고. 실제로 {{r:은철}} 씨가 받은 돈은 한 달 100달러 정도. 나머지는 "대표" {{p:Ri Kwang-hun}}({{p:리광훈}})이 가져감.
- 폴란드어 문장에서 이름 변화 주의:
  "Pan {{r:Dąbrowski}} wiedział o wszystkim" ({{r:동브로프스키}} 씨는 모든 걸 알았다) - 주격.
  "Rozmawiałem z panem {{r:Dąbrowskim}}" - 도구격. "Pisałem do pana {{r:Dąbrowskiego}}" - 생격.
  "Wypłata dla {{r:Kima}}" - {{r:김}}에게 줄 임금(생격 {{r:Kima}}). 여기서 {{r:Kima}}는 {{r:김은철}}을 가리킴.
- 노동감독관 Pani {{p:Ewa Zielińska}} 메모(2018): "{{r:Kim Un Chol}} nie był obecny podczas kontroli" (점검 때 {{r:김}} 씨 없었음). 그날 {{r:은철}} 씨와 동료 {{p:조명호}}, {{p:변수일}}은 창고에 숨어 있었다고.
- 현지 동료 용접공 {{p:Piotr}}은 {{r:은철}} 씨를 "{{r:Czol}}"이라고 불렀다고 함(폴란드식 철자).

English: declaration registered by {{r:Marek Dąbrowski}} for {{r:Kim Un-chol}}; nationality left blank; inspector {{p:E. Zielińska}} recorded his absence.""",
    },
    {
        "id": "h68-mixed-12",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Han Chang-min", "한창민", "witness", ["Chang-min", "Hana Czang Mina"]),
            ("Krzysztof Wójcik", "크시슈토프 부이치크", "official", ["Wójcik"]),
        ],
        "note": "Polish prosecutor's decision to discontinue an investigation (postanowienie o umorzeniu śledztwa) into forced labour at a shipyard subcontractor, with the NGO's Korean appeal notes; the fictional prosecutor is private; declined names 'Hana' (genitive of Han) beside the Korean word 하나 and the name Hana; the prosecutor's office and the Criminal Code public.",
        "text": """POSTANOWIENIE o umorzeniu śledztwa (wyciąg)
{{u:Prokuratura Rejonowa Gdańsk-Oliwa}}, sygn. PR 2 Ds. 1187.2019
Prokurator: {{r:Krzysztof Wójcik}}

Śledztwo w sprawie pracy przymusowej (art. 189a § 1 {{u:Kodeks karny}}) na szkodę obywateli {{u:Korei Północnej}}, w tym pokrzywdzonego {{r:Han Chang Mina}}, zatrudnionych przy budowie statków w latach 2016-2018, umarza się wobec braku danych dostatecznie uzasadniających podejrzenie popełnienia przestępstwa.

Uzasadnienie (fragment): Przesłuchany w charakterze świadka {{p:Tomasz Mazur}} zeznał, że pracownicy koreańscy "zawsze byli uśmiechnięci". Pokrzywdzony {{r:Han Chang Min}} nie stawił się na przesłuchanie. Nie ustalono miejsca pobytu świadków {{p:Pak Jong Su}} i {{p:Ri Sung Hak}}.

[단체 메모 - 항고 준비 (변호사 {{p:Agata Kowalczyk}}, 통역 {{p:한다인}})]
- 피해자 {{r:한창민}} 씨가 소환에 안 나온 이유: 2019년 당시 이미 {{u:한국}}에 와 있었고, 소환장은 예전 주소로 감. 검사 {{r:Wójcik}}은 이를 확인하지 않음.
- 폴란드어 "{{r:Hana Czang Mina}}"는 {{r:한창민}}의 생격(…의). "Hana"라는 여자 이름과 혼동 말 것. 한국어 "하나"(one)와도 무관.
- 증인 {{p:Tomasz Mazur}}는 하청업체 현장 감독. "늘 웃고 있었다"는 진술에 대해 {{r:창민}} 씨: "웃지 않으면 {{p:박정수}} 반장이 보고서에 썼다."
- {{p:Pak Jong Su}} = {{p:박정수}}(작업반장), {{p:Ri Sung Hak}} = {{p:리승학}}(보위지도원으로 추정).
- 항고 기한 7일. 검사 {{r:Krzysztofa Wójcika}}(생격)에게 제출하는 것이 아니라 검찰을 통해 법원에 제출.
- {{r:창민}} 씨 진술서 한국어본 + 폴란드어 번역본 준비. 동료 {{p:오철진}} 씨 진술 추가 가능.""",
    },
    {
        "id": "h68-mixed-13",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Hyon-ok", "리현옥", "witness", ["Hyon-ok", "Hiền Ngọc", "현옥"]),
            ("Nguyen Thi Hoa", "응우옌 티 호아", "other", ["Hoa", "Nguyễn Thị Hoa"]),
        ],
        "note": "Vietnamese pagoda merit-donation list (danh sách công đức) on which a North Korean restaurant worker's donation was recorded under a Vietnamese-style name, with Korean notes; 'Hoa' as a name beside hoa (flower) in 'hoa quả'; kinship/address terms (cô, chị, bà) outside; the pagoda is real (public); restaurant unmarked; 'Phật tử' and 'công đức' words.",
        "text": """DANH SÁCH CÔNG ĐỨC - Lễ Vu Lan 2018 ({{u:Chùa Quán Sứ}}, {{u:Hà Nội}}) - trang 7 (ảnh chụp)

STT  Họ tên Phật tử                  Số tiền      Ghi chú
61   {{p:Trần Văn Bình}}                        500.000      -
62   {{p:Lê Thị Mai}} và gia đình               200.000      hoa quả
63   {{r:Hiền Ngọc}} (người nước ngoài)          100.000      cầu an cho mẹ
64   {{p:Phạm Quốc Hùng}}                       1.000.000    -
65   chị {{r:Hoa}} (ghi hộ số 63)                 50.000       -
Người ghi sổ: Sư cô {{p:Diệu Hạnh}}

[{{r:현옥}} 씨 설명 (한국어)]
- "63번 '{{r:Hiền Ngọc}}'이 저예요. 식당에서 현지 손님들이 제 이름 {{r:현옥}}을 '{{r:Hiền Ngọc}}'이라고 불렀어요. 제 진짜 이름은 {{r:리현옥}}이에요."
- "65번 {{r:Hoa}} 언니({{r:Nguyễn Thị Hoa}})가 몰래 절에 데려가 줬어요. 식당 지배인 {{p:문}} 동무가 알면 큰일이었어요. 엄마를 위해 기도하고 싶었어요."
- "{{r:Hoa}} 언니는 식당 옆 꽃가게 주인이에요. 베트남어로 hoa가 꽃이래요. hoa quả는 과일이고요."

[단체 메모]
- {{r:Nguyen Thi Hoa}} 씨({{u:베트남}} 국적)와 2023년 {{u:Zalo}}로 통화. 연결해 준 사람은 통역 {{p:Đỗ Minh Tuấn}}. cô {{r:Hoa}}라는 호칭은 식당의 현지 직원들이 부르던 것.
- 기록 담당 스님 "{{p:Diệu Hạnh}}"은 법명.""",
    },
    {
        "id": "h68-mixed-14",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pak Song-il", "박성일", "supervisor", ["Song-il", "Pak"]),
            ("Kim Un-byol", "김은별", "witness", ["Un-byol", "은별"]),
        ],
        "note": "Vietnamese motorbike rental contract (hợp đồng thuê xe máy) signed by a North Korean restaurant manager, with the witness's Korean notes; Vietnamese address terms (anh, chị, em) outside; fullwidth digits and letters in the passport field; 'Bên A/Bên B' party labels are not names; Vietnamese owner and witness private; 은별 as a given name only; city public.",
        "text": """HỢP ĐỒNG THUÊ XE MÁY (ảnh chụp - bản sao do nhân chứng giữ)
Hôm nay, ngày 02/10/2018, tại {{u:Đà Nẵng}}, chúng tôi gồm:
Bên cho thuê (Bên A): bà {{p:Võ Thị Thu Hà}}, CMND số 20xxxxxxx
Bên thuê (Bên B): ông {{r:ＰＡＫ ＳＯＮＧ ＩＬ}}, hộ chiếu số ＰＳ８３６xxxx
Người làm chứng: anh {{p:Lương Văn Tài}}

Điều 1. Bên A cho Bên B thuê 03 xe máy {{u:Honda}} Wave (biển số 43-xxx) để nhà hàng sử dụng giao đồ ăn.
Điều 2. Giá thuê: 1.200.000đ/xe/tháng. Bên B giữ hộ chiếu của nhân viên làm tài sản đảm bảo?? (dòng này bị gạch)
Điều 3. Người được phép lái xe: {{p:Ri Ok-hui}}, {{r:Kim Un-byol}}, {{p:Jang Mi-hyang}} (nhân viên nhà hàng).
Ký tên: Bên A {{p:Võ Thị Thu Hà}}   Bên B {{r:Pak Song Il}}

[{{r:은별}} 씨 메모 (한국어)]
- "Bên B 칸의 {{r:ＰＡＫ ＳＯＮＧ ＩＬ}}은 우리 식당 지배인 {{r:박성일}} 동지입니다. 현지 사람들은 'anh {{r:Pak}}'이라고 불렀어요."
- "Điều 2에 '직원 여권을 담보로'라고 썼다가 줄을 그었어요. 집주인 {{p:Hà}} 아주머니가 '그건 안 된다'고 했대요. 그래도 여권은 {{r:박성일}}이 다 갖고 있었어요."
- "Điều 3에 이름 있는 {{p:옥희}} 언니, {{p:미향}}이, 저 {{r:은별}} - 셋이 오토바이로 배달을 했어요. 배달 나가면 {{r:성일}} 동지가 시간을 쟀어요. 늦으면 월급에서 깠어요."
- "증인 {{p:Tài}} 오빠는 {{p:Hà}} 아주머니 아들이에요. 가끔 몰래 물을 사 줬어요."

[단체 메모] 계약서 원본 사진은 {{r:김은별}} 씨 휴대폰에 있음. Điều 2 줄 그은 부분이 여권 압수 정황으로 중요. English: contract signed by {{r:Pak Song-il}} as renter; permitted riders include {{r:Kim Un-byol}}.""",
    },
    {
        "id": "h68-mixed-15",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Mi-ryong", "김미령", "witness", ["金美玲", "ＫＩＭ　ＭＥＩＬＩＮＧ", "미령"]),
            ("Takahashi Yuko", "다카하시 유코", "official", ["高橋", "高橋裕子"]),
        ],
        "note": "Japanese supervising-organisation visit log (監理団体 巡回指導記録) for a technical intern who, as the NGO's Korean notes explain, was a former North Korean overseas worker travelling on a Chinese identity; fullwidth romaji name with an ideographic space; Japanese honorifics (さん, 様, 社長) outside; company owner and interpreter private; surname-only mentions 金 and 高橋 beside full names; the organisation unmarked; prefecture and countries public.",
        "text": """巡回指導記録（第２号技能実習）
監理団体：（名称略）　担当：{{r:高橋裕子}}
実習実施者：（縫製会社、{{u:岐阜県}}）　代表者：{{p:田中 誠}} 社長
技能実習生：{{r:ＫＩＭ　ＭＥＩＬＩＮＧ}}（{{r:金美玲}}）　国籍：{{u:中国}}（パスポート上）
訪問日：２０１９年６月１８日

１．実習状況：縫製作業、問題なし（社長談）。
２．面談（通訳：{{p:王}}さん、会社手配）：{{r:金}}さんは「大丈夫です」とのみ回答。表情が暗い。
３．寮：４人部屋。同室：{{p:李紅}}、{{p:趙静}}、{{p:崔英}}。
４．指導事項：残業時間の記録が不十分。{{p:田中}}社長に改善を指示。
５．その他：{{r:金}}さんが面談後、担当{{r:高橋}}に小さな紙を渡した。「助けて」と韓国語で書いてあった。
記録者：{{r:高橋}}

[단체 메모 (한국어) - {{p:윤세아}}]
- 기록 속 "{{r:金美玲}}"({{r:ＫＩＭ　ＭＥＩＬＩＮＧ}})은 증언자 {{r:김미령}}. 2015~2017년 {{u:중국}} 봉제공장에 파견됐다가 탈출, 조선족 명의 여권으로 기능실습생이 됨(브로커 {{p:최광수}} 알선).
- 면담 통역 {{p:王}}씨는 회사 쪽 사람이라 {{r:미령}} 씨가 말을 못 했음. 그래서 쪽지에 "살려 주세요"라고 써서 {{r:高橋}} 씨에게 줌.
- 담당자 {{r:다카하시 유코}} 씨는 그 쪽지를 보고 외부 통역 {{p:박지은}} 씨를 불러 다시 면담. 이후 {{r:미령}} 씨는 쉼터로 옮김. {{r:高橋}} 씨는 "규정 위반일 수도 있지만 그냥 둘 수 없었다"고 함.
- 같은 방 {{p:李紅}}, {{p:趙静}}은 진짜 중국인 실습생. {{p:崔英}}은 {{r:미령}} 씨와 비슷한 처지였을 가능성 있음 - 확인 필요.""",
    },
    {
        "id": "h68-mixed-16",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pak Song-mi", "박성미", "witness", ["Song-mi", "Park Sung-mi", "성미", "Sunny"]),
            ("Yi Tong-gyu", "이동규", "witness", ["Tong-gyu", "Lee Dong-kyu", "Rhee Dong-gyu"]),
            ("Grace Oh", "그레이스 오", "other", ["Grace", "Oh Grace"]),
        ],
        "note": "Hotel rooming list for an NGO testimony workshop, pasted from a group chat (Korean/English) with emoji, zero-width spaces copied from a web form inside names, a soft hyphen and fullwidth letters; pseudonyms beside real names; Yi/Lee/Rhee variants of one person; staff surname Oh beside 'Oh' as an interjection; 'Grace' as a name; hotel unmarked, city public; 이동 (moving) beside the name 이동규.",
        "text": """[워크숍 객실 배정표 v3 - 단톡방에서 복사] 🏨 2024.6.14-16 {{u:Jeju}}

Room  Guest 1                      Guest 2                 Note
301   {{r:Pak\u200bSong-mi}} (가명 "{{r:Sunny}}") 🌻     {{p:Jo Hye\u200brin}}          여성 증언자, 저층 요청
302   {{r:Yi Tong-gyu}} ({{r:이동규}})          {{p:Choe Kyong\u00adnam}}       남성 증언자
303   {{r:Grace Oh}} (staff)             {{p:Ｍｉｎ Ｓｅｏ－ｙｅｏｎ}} (통역)   -
304   {{p:Kang Ji-ho}} (photographer)    -                      사진 촬영 X (증언자 얼굴)
305   {{p:Rhee Hae-won}} (변호사)        {{p:Byun So-ra}}            -

💬 {{r:Grace}}: 301 {{r:성미}} 님은 엘리베이터 무서워하셔서 3층 괜찮은지 다시 확인 부탁드려요 🙏
💬 {{p:Kang Ji-ho}}: Oh, 저 304 혼자 써도 되나요? 😅
💬 {{r:Grace}}: 네 {{p:지호}} 님 혼자요. 그리고 {{r:동규}} 선생님 여권 영문은 {{r:LEE DONG KYU}}인데 항공권은 {{r:RHEE DONG GYU}}로 되어 있어요 ㅠㅠ 이동 전에 항공사 확인해야 해요.
💬 {{p:Min Seo-yeon}}: 제가 {{r:이동규}} 선생님께 전화드릴게요. 이동 시간은 오후 2시 맞죠?
💬 {{r:Grace}}: 맞아요. {{r:Pak Song-mi}} 님은 가명 {{r:Sunny}}로만 부르기로 했어요. 명찰에도 {{r:Sunny}}. 실명 {{r:박성미}}는 호텔 체크인 서류에만.
💬 {{p:Rhee Hae-won}}: 302 {{p:Choe}} 선생님은 {{u:쿠웨이트}} 건설 현장 증언하시는 분 맞죠? {{r:Tong-gyu}} 선생님이랑 같은 회사였다고 들었어요.
💬 {{r:Grace}}: 네 {{p:최경남}} 선생님. 두 분이 {{u:쿠웨이트}}에서 같이 일하셨어요. 서로 원해서 같은 방 👍
💬 {{r:Grace Oh}}: 참고로 호텔에는 단체명 대신 "{{r:Oh Grace}} 외 9명"으로 예약했어요.

(명단 원본은 {{u:구글폼}} → 이름 칸에 보이지 않는 문자가 섞여 있음. 체크인 전에 정리할 것 - {{p:혜린}})""",
    },
]
