# ruff: noqa: E501
"""Held-out evaluation passages, set 29. Markers: {{r:..}} registered private person,
{{p:..}} unregistered private person, {{u:..}} public name (figure, place, organisation,
company, ship). Built by build_heldout.py heldout29."""

PASSAGES: list[dict] = [
    {
        "id": "h29-en-01",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Pak Yong-chol", "박영철", "supervisor", ["PAK YONG-CHOL", "Park Young-chul"]),
            ("Ri Myong-guk", "리명국", "witness", ["Myong-guk", "Lee Myung-kook"]),
            ("Jang Tae-won", "장태원", "other", ["T. W. Jang"]),
        ],
        "note": "Kuwaiti labour inspector's report (courtesy translation); supervisor Pak in capitals and bare; foreman Ri; interpreter registered; Arab, Indian and Egyptian private names; 'An' and 'So' as ordinary words; nickname Tongbo.",
        "text": """STATE OF KUWAIT - {{u:PUBLIC AUTHORITY FOR MANPOWER}}
Labour Inspection Sector, {{u:Al Ahmadi}} Governorate Department
INSPECTION REPORT No. LI/AHM/2017/0842 (courtesy English translation; the Arabic text prevails)

Date of visit:    19 July 2017, 11:40 to 15:10
Inspector:        {{p:Fahad Nasser Al-Mutairi}}, Senior Inspector
Accompanied by:   Inspector {{p:Maryam Al-Shammari}}; interpreter Mr. {{r:Jang Tae-won}} (Korean/Arabic, contracted through {{u:Al-Bayan Translation Office}})
Site:             Plot 14, {{u:Sabah Al-Ahmad Sea City}}, villa cluster B
Main contractor:  {{u:Gulf Horizon General Contracting Co. W.L.L.}}
Labour supplier:  {{u:Korea Kangsong Construction Company}} (local representative Mr. {{r:PAK YONG-CHOL}})

1. PURPOSE
Unannounced visit following complaint 2017/3391, forwarded by the {{u:Embassy of Nepal}}, about outdoor work during the prohibited midday hours (11:00 to 16:00, June to August).

2. FINDINGS
2.1 At 11:40 the team found about 38 workers of Korean nationality pouring concrete on the roof slab of villa B-07. Temperature measured at slab level: 49 C. Work stopped at 12:25, and only after Mr. {{r:Pak}} was asked for the site permit. Mr. {{r:PAK}} said the men "prefer to finish early and rest in the afternoon". Inspector {{p:Al-Mutairi}} notes that no worker was asked.

2.2 So far as the team could establish, none of the 38 workers holds his own passport. Mr. {{r:Pak}} stated that the passports are "kept safely at the office in {{u:Jleeb Al-Shuyoukh}}". The brigade foreman, {{r:RI MYONG-GUK}}, the only worker Mr. {{r:Pak}} allowed to answer, confirmed this in Korean. Interpreter {{r:Jang}} rendered his words as "the leader keeps them for us".

2.3 Accommodation: four steel containers behind the batching plant, nine or ten beds each, one air-conditioning unit working out of four. In container 3 the team met a worker lying down with a bandaged foot. He gave his name as {{p:KANG SU-IL}}, 41. {{p:Kang}} said he had stepped on a nail eleven days earlier. The site nurse of {{u:Gulf Horizon}}, Ms. {{p:Lakshmi Nair}}, told the team she had cleaned the wound twice and had asked Mr. {{r:Pak}} to send Mr. {{p:Kang}} to {{u:Adan Hospital}}. This was refused. Ms. {{p:Nair}} showed her notebook; the entries are signed "{{p:L. Nair}}".

2.4 Wages: the payroll officer of {{u:Gulf Horizon}}, Mr. {{p:Wael Saad}}, produced transfer records showing KWD 240 per worker per month paid into an account of {{u:Korea Kangsong Construction Company}} at the {{u:Commercial Bank of Kuwait}}. During six minutes when Mr. {{r:Pak}} was away answering his telephone, two workers told the interpreter that they receive "about twenty dinars, sometimes nothing". One of them, {{p:CHOE KUM-CHOL}}, asked that his name not be written. It is written here because the report must identify the complainants; the Department will not disclose it. The other man would only say that his comrades call him "{{p:Tongbo}}" ("fatty"), which is a joke, because he is the thinnest man on the site.

2.5 An Indian site engineer, Mr. {{p:Tarek Hamdy}} (correction: Egyptian, not Indian, per Inspector {{p:Al-Shammari}}), said the Korean brigade works "from sunrise until {{r:Pak}} says stop". Mr. {{p:Hamdy}} added that {{p:Choe}} and {{p:Kang}} had both asked him for water during the midday hours of the previous week.

2.6 The foreman {{r:Ri}} later approached interpreter {{r:Jang Tae-won}} near the gate and said: "Write that {{r:Myong-guk}} said nothing." The interpreter reported this to Inspector {{p:Al-Mutairi}} in the car.

3. VIOLATIONS
3.1 Outdoor work during the prohibited hours (38 workers).
3.2 Withholding of workers' identity documents by the employer's representative.
3.3 Failure to provide medical care (worker {{p:Kang Su-il}}).
3.4 Wages not paid into the workers' own accounts.

4. ACTION TAKEN
- Site closed until 21 July 2017. Fine notice served on {{u:Gulf Horizon General Contracting Co.}} and received by Mr. {{p:Wael Saad}} at 14:55.
- Case referred to the {{u:Public Prosecution}} and copied to the {{u:Ministry of Interior}} (Residency Affairs).
- Note sent to the {{u:Ministry of Foreign Affairs}} regarding {{u:UN Security Council}} resolution 2397 on {{u:DPRK}} nationals earning income abroad.
- Mr. {{p:Kang}} to be taken to {{u:Adan Hospital}} today in {{u:Gulf Horizon}} transport; Ms. {{p:Nair}} to accompany him.

5. NOTE BY THE INTERPRETER (attached at the request of Inspector {{p:Al-Mutairi}})
I, {{r:Jang Tae-won}}, translated between Korean and Arabic throughout the visit. Mr. {{r:Pak Yong-chol}} told me twice, in Korean, not to translate what the workers said about money. I translated it anyway. When we left, Mr. {{r:Pak}} wrote my car number in his notebook. I ask the Department to record this.
    Signed: {{r:T. W. Jang}}

Inspector: {{p:Fahad N. Al-Mutairi}}        Countersigned: {{p:Maryam Al-Shammari}}
Head of Department: {{p:Adel Al-Enezi}}
cc: {{u:Gulf Horizon}} legal department (Mr. {{p:Sameh Fawzy}}); file""",
    },
    {
        "id": "h29-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Chol-ho", "김철호", "witness", ["KIM CHOL HO", "Chol-ho"]),
            ("Pak Song-nam", "박성남", "coworker", ["PAK SONG NAM", "Song-nam"]),
            ("Ryu Jong-sam", "류종삼", "supervisor", ["RYU JONG-SAM", "Yu Jong-sam"]),
        ],
        "note": "Emergency department triage log export from a Doha hospital; patients in SURNAME GIVEN capitals; companion team leader Ryu; phone interpreter known by first name; nurses and doctors by initial+surname and user name; patient speaking of himself as 'Kim'.",
        "text": """{{u:HAMAD GENERAL HOSPITAL}}, {{u:DOHA}} - EMERGENCY DEPARTMENT
Triage log export - Zone C (trauma) - Shift B 14:00-22:00 - 03 AUG 2016
Exported by: {{p:Jincy Mathew}} RN (user {{p:jmathew}}2) on 04 AUG 2016 07:12

14:07 - ESI 2 - MRN 4410937
  Patient: {{r:KIM CHOL HO}} / M / 34 / nationality PRK
  Arrival: company bus ({{u:Al Sraiya Contracting}}), accompanied by {{r:RYU JONG-SAM}} (states "team leader"). No QID card, passport photocopy only.
  CC: fall from scaffold approx. 4 m at a site in {{u:Lusail}}. L wrist deformity, scalp laceration 5 cm.
  Notes: pt speaks no English/Arabic. Companion {{r:Ryu}} answers every question for the pt. Pt looks at {{r:Ryu}} before each nod. Korean interpreter requested - none on shift. Used phone interpreter ({{u:LanguageLine}}), interpreter ID 30882, "{{p:Grace}}".
    -> via {{p:Grace}}: pt gives name as {{r:Kim Chol-ho}}; fall was "from the second floor", at 10:30 (companion said 13:30).
  Triage RN: {{p:J. Mathew}}. Seen by Dr {{p:Al-Kuwari}} 14:35.

14:19 - ESI 3 - MRN 4410951
  Patient: {{p:THAPA, RAM BAHADUR}} / M / 27 / NPL
  Arrival: ambulance ({{u:HMC Ambulance Service}}) from {{u:Industrial Area}}, Street 24.
  CC: chemical splash R eye. Irrigated in triage.
  Notes: employer rep Mr {{p:Suresh}} on the phone twice. Pt asks that employer not be called again. {{p:Ram}} says the supervisor is "Mr {{p:Prakash}}", no surname known.
  Triage RN: {{p:A. Dsouza}}.

14:52 - ESI 2 - MRN 4410978
  Patient: {{r:PAK SONG NAM}} / M / 46 / PRK
  Arrival: same company bus as 14:07, brought in by {{r:Ryu}} and a second man, the driver, who said only "{{p:Choe}}".
  CC: collapse on site, temp 40.9, confused. Heat stroke protocol started.
  Notes: {{r:Ryu Jong-sam}} says pt "was resting inside". Pt's overalls wet with cement. Pt repeating a name: "{{p:Sun-ok}}... {{p:Sun-ok}}". Phone interpreter (ID 30882, {{p:Grace}} again): {{p:Sun-ok}} is his daughter.
    Companion {{r:Ryu}} tried to take pt's phone; security officer {{p:Mohammed Al-Marri}} asked him to wait outside. The driver {{p:Choe}} stayed in the bus.
  Triage RN: {{p:J. Mathew}}. Charge RN {{p:Binu Varghese}} informed.

15:30 - note added by social worker {{p:Reem Haddad}}
  Both Korean patients employed through "{{u:Korea Pugang Trading}}", subcontracted to {{u:Al Sraiya Contracting}}. Mr {{r:Ryu}} holds both passports and refused to hand them over. Informed the {{u:Ministry of Administrative Development, Labour and Social Affairs}} hotline, ref. MADLSA-D-16-0772.
  Mr {{r:Kim}} (14:07) asked through {{p:Grace}}: "Please do not tell {{r:Ryu}} I said ten-thirty." Documented here for the record only.

16:10 - ESI 4 - MRN 4411002
  Patient: {{p:AL-NAIMI, KHALID}} / M / 19 / QAT
  CC: ankle inversion injury, football at {{u:Aspire Park}}. Father Mr {{p:Abdullah Al-Naimi}} present.
  Triage RN: {{p:A. Dsouza}}.

17:45 - update MRN 4410978 ({{r:PAK SONG NAM}})
  Admitted MICU bed 6 under Dr {{p:Sabir}}. Temp 38.2 after cooling. Pt now oriented; said via {{p:Grace}} that his name is {{r:Pak Song-nam}}, from {{u:Kaechon}}, and that "{{r:Song-nam}} is not a sick man, write that". Asked for "Comrade {{p:Yun}}", apparently the brigade's political officer. No {{p:Yun}} present in the department at that time.
  18:30 {{r:Ryu}} returned with a man introduced as "Mr {{p:Yun Kwang-il}}, embassy". Mr {{p:Yun}} asked for both patients to be discharged "to the embassy doctor". Dr {{p:Al-Kuwari}} declined for MRN 4410978.

19:20 - update MRN 4410937 ({{r:KIM CHOL HO}})
  ORIF L wrist booked for tomorrow. Pt removed his IV line and was found at the ambulance bay at 19:05 with {{r:Ryu}}. Security ({{p:Al-Marri}}) returned pt to cubicle C4. Pt crying. Said in broken English: "{{r:Kim}} go home. No {{r:Kim}}, no money." Charge RN {{p:Varghese}} informed Dr {{p:Aisha Al-Kuwari}} (attending).

21:40 - handover
  Handed over to night charge RN {{p:Shaji K.}}. Flag both PRK patients: do NOT discharge to companion. Mr {{p:Yun}} and Mr {{r:Ryu}} not to enter Zone C after 22:00 unless {{p:Reem Haddad}} or security present.
  The songs playing from pt {{r:Pak}}'s phone at 20:50 were not a ringtone but a recording his daughter sent; phone taken by Mr {{p:Yun}} at 21:15.""",
    },
    {
        "id": "h29-en-03",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("So Kwang-hyok", "소광혁", "witness", ["SO KWANG-HYOK", "Kwang-hyok"]),
            ("Kye Chang-ho", "계창호", "supervisor", ["KYE CHANG-HO"]),
            ("Moon Il-nam", "문일남", "coworker", ["Mun Il-nam", "Il-nam"]),
        ],
        "note": "Deck log of a longliner in the Indian Ocean with DPRK crew; surnames So and Moon next to 'So far' and the moon rising; 'Song on the PA'; Chinese master, Filipino and Indonesian crew; reefer and longliner names; note smuggled in the log pocket.",
        "text": """DECK LOG BOOK - F/V {{u:JIN HAI 707}}
Call sign YJVW4 - Flag {{u:VANUATU}}
Owner: {{u:Zhoushan Jinhai Ocean Fishery Co., Ltd.}}, {{u:Zhoushan}}, {{u:Zhejiang}}
Master: {{p:LIN GUO-QIANG}}            Chief Officer: {{p:Reynaldo BAUTISTA}}
Manning agent, {{u:DPRK}} crew: {{u:Dalian Tianyuan Seafarer Services}} (contact Mr {{p:Sun Hongwei}})
Voyage 14. Sailed {{u:Port Louis}} 02 MAR 2018. Entries by C/O unless signed otherwise.

DATE    TIME  POSITION          WIND/SEA  REMARKS
03 MAR  0800  19-02S 057-55E    SE4/3     Steaming to grounds. Fire drill. {{u:DPRK}} crew leader {{r:KYE CHANG-HO}} translates for his 9 men.
04 MAR  0530  18-21S 058-47E    SE4/3     Set line no. 1, 2,800 hooks. Bosun {{p:JI SU-RYONG}} ({{u:DPRK}}) in charge of setting.
04 MAR  1930  18-40S 058-52E    SE4/3     Hauling. 62 bigeye, 140 albacore. {{r:SO KWANG-HYOK}} ({{u:DPRK}}) cut L hand on a branch line. Dressed by C/O. So far no infection.
05 MAR  2140  18-55S 059-10E    E3/2      Moon rising, nearly full. Good light on deck. {{r:MOON IL-NAM}} ({{u:DPRK}}) not on deck for night haul. {{r:Kye}} says {{r:Moon}} is "lazy, not sick". C/O checked: {{r:Moon}} fever 39.1, given paracetamol.
06 MAR  0600  19-10S 059-22E    E3/2      {{r:Moon Il-nam}} back to work on order of {{r:Kye}}. Master informed.
08 MAR  1200  20-03S 060-14E    NE5/4     No fishing, weather. Indonesian crew {{p:Agus SETIAWAN}} and {{p:DEDI}} repair lines with {{p:Ji}}.
09 MAR  1815  20-11S 060-30E    NE4/3     Fight on aft deck: {{r:Kye}} hit {{r:So}} with a gaff handle because {{r:So}} spoke to {{p:Agus}} in English. Master {{p:Lin}} ordered no fighting on his ship. {{r:Kye Chang-ho}} answered that {{u:DPRK}} men "belong to the agent, not to the ship".
10 MAR  0700  20-14S 060-33E    NE4/3     {{r:So Kwang-hyok}} hand swollen. C/O cleaned the wound. {{r:Kwang-hyok}} asked C/O for "paper and pen". Given.
12 MAR  2300  21-40S 061-02E    SE3/2     Transhipment alongside reefer {{u:OCEAN STAR NO. 3}} (master Capt. {{p:Huang}}). 41 t frozen. {{r:Kye}} went aboard the reefer 30 min with a bag. Came back without the bag.
13 MAR  0400  21-41S 061-00E    SE3/2     Crew count 27. All present. {{r:Moon}} coughing blood (small amount). Recorded.
15 MAR  1600  22-30S 061-48E    S6/5      Heavy rolling. {{p:DEDI}} fell on the hatch, bruised ribs. Cook {{p:Renato}} helped him below.
17 MAR  1000  22-31S 061-50E    S4/3      Song on the PA from {{p:Renato}}'s phone for the Master's birthday. {{u:DPRK}} crew not allowed to join, {{r:Kye}}'s order. {{p:Ji Su-ryong}} sang alone on the foredeck. Good voice.
20 MAR  0530  23-02S 062-11E    SE4/3     Message from agent {{p:Sun}} ({{u:Dalian}}): "{{u:DPRK}} crew contract extended 6 months. No shore leave." Read to the crew by {{r:Kye}}.
20 MAR  1400  23-02S 062-11E    SE4/3     {{r:So}} gave C/O a folded paper with Korean writing. C/O cannot read it. Kept in pocket at back of this log. Not shown to {{r:Kye}}.
22 MAR  0000  23-40S 062-40E    SE4/3     {{r:Moon Il-nam}} very weak, cannot stand. Master {{p:LIN}} called owner (Mr {{p:Xu}}) by sat phone. Owner: continue fishing, land sick man at next port call.
25 MAR  0900  --                --        {{u:IOTC}} observer NOT on board this voyage (noted as required).
28 MAR  0615  20-10S 057-30E    E3/2      Anchored {{u:Port Louis}}. {{r:Moon}} landed by launch for {{u:Dr A.G. Jeetoo Hospital}} with {{r:Kye}} and the agent's local man {{p:Vikash Ramdin}}.
28 MAR  1700  --                --        {{p:Ramdin}} says {{r:MOON}} admitted, TB suspected. {{r:Kye}} back on board, keeps {{r:Moon}}'s seaman's book.

Signed: {{p:R. Bautista}}, C/O                  Seen: {{p:Lin Guo-qiang}}, Master

--- paper from the pocket at the back of the log; translated April 2018 by {{p:Hannah Cho}}, volunteer, {{u:Mission to Seafarers}}, {{u:Port Louis}} ---
"To whoever reads this: I am {{r:So Kwang-hyok}}, from {{u:Chongjin}}. There are nine of us. {{r:Kye}} keeps our seamen's books and our pay. {{r:Il-nam}} is very sick and {{r:Kye}} says he pretends. Bosun {{p:Ji}} is a good man, do not blame him. Please tell the {{u:Red Cross}}. My wife is {{p:Ri Yong-ae}}; do not write to her, it is dangerous for her."
Translator's note ({{p:H. Cho}}): the Korean is written in pencil, very small, no date. The ship's Master asked me not to give a copy to the agent.""",
    },
    {
        "id": "h29-en-04",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choi Song-chol", "최성철", "witness", ["Choi", "Choe Song-chol"]),
            ("Kim Myong-chol", "김명철", "coworker", ["Myong-chol"]),
        ],
        "note": "Newspaper feature on loggers in the Russian Far East; witness known only by surname Choi; researcher Moon next to former president Moon Jae-in; Kim Jong Un, Putin, UN rapporteur as public; nicknames 'Accountant' and 'Little Ho'; interjection 'Ha' next to a worker called Mr Ha; Russian first names alone.",
        "text": """{{u:The Northeast Asia Monitor}} - World - 12 February 2024

Frozen wages: the North Korean loggers still working in Russia's Far East

By {{p:Rachel Whitcombe}} in {{u:Seoul}} and {{p:Dmitri Ostrovsky}} in {{u:Khabarovsk}}

More than four years after the deadline set by the {{u:United Nations Security Council}} for sending North Korean workers home, men like {{r:Choi}} are still felling larch in the forests of {{u:Amur Oblast}}.

{{r:Choi}}, 44, who asked that only his surname be used, escaped from a logging camp near {{u:Tynda}} last spring and reached {{u:South Korea}} in November. He spoke to the Monitor in a cafe in {{u:Incheon}}, a few streets from the car-parts plant where he now works night shifts.

"We cut trees from five in the morning until it was too dark to see the saw," he said. "The brigade leader took our money and sent it to {{u:Pyongyang}}. We called him the {{p:Accountant}}, because he could count our debts but never our wages."

Resolution 2397, adopted unanimously in December 2017, required member states to send North Korean workers home by the end of 2019. Researchers say thousands never left, and that new arrivals picked up after {{u:Kim Jong Un}} met {{u:Vladimir Putin}} at the {{u:Vostochny Cosmodrome}} in September 2023.

"The labels changed, the men did not," said {{p:Moon Hye-suk}}, a researcher at a {{u:Seoul}} think tank who has interviewed more than 60 former workers since 2016. "They come in on student or trainee visas now." {{p:Moon}}, who is no relation of former president {{u:Moon Jae-in}}, said the men she interviews rarely know the name of the Russian company that employs them.

{{r:Choi}}'s camp was one of three in the area run by a North Korean forestry enterprise under contract to a local firm, {{u:Amur Taiga Timber}}, according to documents seen by the Monitor. The company did not respond to requests for comment. A man who answered the telephone at its {{u:Tynda}} office and gave his name as {{p:Viktor}} said: "We have no Koreans. Goodbye."

In the camp, {{r:Choi}} shared a wooden barrack with 23 men. His closest friend, whom he would identify only as {{r:Myong-chol}}, lost two fingers to a chainsaw in January 2022. "The {{p:Accountant}} said {{r:Myong-chol}} was careless, and took the bandages out of his pay," {{r:Choi}} said.

A Russian forestry inspector who visited the area in 2022, {{p:Sergei Lomakin}}, told the Monitor by phone that he had seen "Asian workers" at the site but was not allowed into the barracks. "{{p:Lomakin}} is not a hero," he said of himself. "I did my job. Nobody asked me to do more."

The escape

{{r:Choi}} left the camp on the night of 14 April 2023 with another worker, a younger man from {{u:Kimchaek}} whom he calls Little {{p:Ho}}. They walked for two days to a railway halt, where a Russian woman, {{p:Nadezhda}}, let them sleep in her storeroom. From there a Korean-Chinese broker took {{r:Choi}} across {{u:China}} and into {{u:Laos}}. Little {{p:Ho}} was caught at the station in {{u:Skovorodino}}; {{r:Choi}} has not heard from him since.

{{r:Choi}}'s wife, {{p:Jong-hui}}, and their two sons are still in {{u:Hyesan}}, near the Chinese border. He has not told them he left. "If they know, the security men know," he said, referring to {{u:North Korea}}'s {{u:Ministry of State Security}}.

The {{u:Citizens' Alliance for North Korean Human Rights}}, a {{u:Seoul}}-based group, says families of workers often learn of a relative's death months after it happens. {{p:Lee Da-eun}}, who coordinates the group's work on overseas labour, cited the case of {{p:Kim Sun-ok}}, a former cook at a {{u:Vladivostok}} building site, whose brother {{p:Kim Tae-il}} died at a site near {{u:Khabarovsk}} in 2021. "{{p:Sun-ok}} found out from a stranger on a bus," {{p:Lee}} said.

{{u:Elizabeth Salmón}}, the UN special rapporteur on human rights in {{u:North Korea}}, has raised overseas labour in her reports to the {{u:UN Human Rights Council}}. A spokesperson for the {{u:Ministry of Unification}} in {{u:Seoul}} said the government was "monitoring the situation closely".

A second former logger, who asked to be called Mr {{p:Ha}}, worked for three years in {{u:Tyndinsky District}}. Asked whether the workers ever had a day off, he laughed. "Ha. On the Leader's birthday. And then we had to clean the statue."

Mr {{p:Ha}} said his brigade leader, a man named {{p:Kwon}}, kept a list of workers whose families had "problems" and gave them the worst plots. "{{p:Kwon}} wrote my name first," he said. His cousin, {{p:Ha Jin-u}}, was second on the list.

Back in {{u:Incheon}}, {{r:Choi}} is saving to pay a broker to bring out his family. In his wallet he keeps a photograph of {{r:Myong-chol}}, taken on a Russian driver's phone in 2021. "Write that {{r:Choi}} says thank you to {{p:Nadezhda}}," he said. "She does not know my name. I know hers."

Additional reporting by {{p:Han Seo-yeon}} in {{u:Seoul}}.""",
    },
    {
        "id": "h29-en-05",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ri Chol-u", "리철우", "witness", ["RI Chol-u", "Chol-u"]),
            ("Hwang Tok-su", "황덕수", "other", ["Uncle Hwang", "Hwang Deok-su"]),
            ("Kang Song-ho", "강성호", "coworker", ["Tiger", "KANG Song-ho"]),
        ],
        "note": "Remittance ledger transcribed from a broker's notebook, aligned with spaces; senders and receivers in SURNAME Given; nicknames Tiger, Professor, Big Jo / Small Jo; courier known as Kim-ajumma; surnames So, O, No, Yu next to the words so, O!, no; sites and home towns as public places.",
        "text": """TRANSCRIPTION - remittance notebook of "Uncle {{r:Hwang}}" ({{r:HWANG Tok-su}}, {{u:Hunchun}})
Source: 14 photographed pages, handed to us by {{r:RI Chol-u}} in August 2019. Transcribed by {{p:S. Ahn}}, 21 Aug 2019.
Amounts in CNY. "?" = unreadable. Site as written in the notebook. FEE = broker's cut.

DATE      SENDER        SITE              RECEIVER       TOWN      AMOUNT  FEE   NOTE
18-01-09  {{r:RI Chol-u}}     {{u:Vladivostok}} Bl.4  {{p:PAK Kyong-suk}}  {{u:Hoeryong}}  3000    900   wife. cash via {{p:Kim}}-ajumma
18-01-09  {{r:RI Chol-u}}     {{u:Vladivostok}} Bl.4  {{p:RI Un-hyang}}    {{u:Hoeryong}}  500     150   daughter, school fees
18-01-17  {{r:Tiger}}         {{u:Nakhodka}} port     {{p:KANG Myong-ok}}  {{u:Musan}}     2000    600   "sister". {{r:Tiger}} = {{r:KANG Song-ho}}?
18-01-30  {{p:MUN Hak-chol}}  {{u:Ussuriysk}} farm    {{p:MUN Ok-ran}}     {{u:Onsong}}    1200    360   mother. {{p:Hak-chol}} owes 200
18-02-11  Big {{p:Jo}}        {{u:Vladivostok}} Bl.4  {{p:JO Sun-ae}}      {{u:Hoeryong}}  800     240   wife
18-02-11  Small {{p:Jo}}      {{u:Vladivostok}} Bl.4  {{p:JO Kum-hwa}}     {{u:Saeppyol}}  600     180   not related to Big {{p:Jo}}
18-02-26  {{p:SO Myong-hak}}  {{u:Artyom}}            {{p:SO Hyang-mi}}    {{u:Hoeryong}}  1000    300   wife. {{p:So}} paid late, so fee up
18-03-05  {{r:RI Chol-u}}     {{u:Vladivostok}} Bl.4  {{p:PAK Kyong-suk}}  {{u:Hoeryong}}  2500    750   via {{p:Kim}}-ajumma again
18-03-19  {{p:Professor}}     {{u:Khabarovsk}}        {{p:HAN Mi-jong}}    {{u:Chongjin}}  3500    1050  daughter. {{p:Professor}} = {{p:HAN Yong-gu}}, ex-teacher
18-04-02  {{p:YU Chang-nam}}  {{u:Nakhodka}} port     {{p:YU Song-i}}      {{u:Musan}}     700     210   sister. {{p:Yu}} and {{r:Tiger}} same boat
18-04-02  {{r:KANG Song-ho}}  {{u:Nakhodka}} port     {{p:KANG Myong-ok}}  {{u:Musan}}     1500    450   (= {{r:Tiger}}, confirmed)
18-04-20  {{p:O Se-hun}}      {{u:Ussuriysk}} farm    {{p:O Kyong-hui}}    {{u:Onsong}}    900     270   wife. O! no receipt
18-05-08  {{p:NO Chang-il}}   {{u:Artyom}}            {{p:NO Yong-sil}}    {{u:Hoeryong}}  1100    330   no answer at house, held
18-05-21  {{p:NO Chang-il}}   {{u:Artyom}}            {{p:NO Yong-sil}}    {{u:Hoeryong}}  -1100   0     returned to {{p:No}}
18-05-21  {{p:SIN Tae-ho}}    {{u:Khabarovsk}}        {{p:SIN Chun-ok}}    {{u:Chongjin}}  2000    600   mother
18-06-03  {{r:RI Chol-u}}     {{u:Vladivostok}} Bl.4  {{p:RI Un-hyang}}    {{u:Hoeryong}}  400     120   for {{p:Un-hyang}} birthday
18-06-19  {{p:Professor}}     {{u:Khabarovsk}}        {{p:HAN Mi-jong}}    {{u:Chongjin}}  3000    900   {{p:Mi-jong}} not found, via {{p:Chu}}
18-07-02  {{p:MUN Hak-chol}}  {{u:Ussuriysk}} farm    {{p:MUN Ok-ran}}     {{u:Onsong}}    1000    300   paid 200 debt
18-07-?   ?             {{u:Vladivostok}} Bl.4  {{p:JO Sun-ae}}      {{u:Hoeryong}}  ?       ?     page torn

NOTES (transcriber)
- "{{p:Kim}}-ajumma" is the courier on the {{u:Hoeryong}} side; the notebook never gives her full name. {{r:Ri Chol-u}} told us she is {{p:Kim Bok-sun}}, in her sixties.
- "{{p:Chu}}" appears on pp. 5-6 only; probably a second courier, in {{u:Chongjin}}.
- The fee is always 30 %. {{r:Hwang}} wrote "30" at the top of every page.
- {{r:Chol-u}} says the notebook was given to him by {{r:Hwang}}'s son, {{p:Hwang Chun-ho}}, after Uncle {{r:Hwang}} was detained in {{u:Yanji}} in 2019.
- The last line may be Big {{p:Jo}} again; the sender column is torn off.""",
    },
    {
        "id": "h29-en-06",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Choe Yong-ho", "최용호", "witness", ["YONG-HO", "Yong-ho", "Yong"]),
            ("Pyon Hak-su", "변학수", "supervisor", ["Stove", "the Stove"]),
        ],
        "note": "SRT subtitle file of a documentary; speaker labels in capitals; pseudonym and nickname; archive footage captions with heads of state; credits with crew names; 'An obvious lie' and 'No answer' as words; Auntie + name.",
        "text": """1
00:00:01,500 --> 00:00:05,000
{{u:AMUR OBLAST}}, {{u:RUSSIA}}
FEBRUARY 2019

2
00:00:06,200 --> 00:00:09,900
NARRATOR: At five every morning the men
of Brigade 3 walk into the forest.

3
00:00:10,400 --> 00:00:13,600
"{{r:YONG-HO}}" (NAME CHANGED)
LOGGER, 9 YEARS IN {{u:RUSSIA}}

4
00:00:14,000 --> 00:00:17,800
{{r:YONG-HO}}: Our leader was Comrade {{r:Pyon}}.
We called him the {{r:Stove}}.

5
00:00:18,100 --> 00:00:21,000
{{r:YONG-HO}}: Because he was always burning.
Always shouting.

6
00:00:22,500 --> 00:00:26,300
{{r:YONG-HO}}: {{r:Pyon Hak-su}}. Write it down.
I am not afraid of {{r:Pyon}} any more.

7
00:00:27,000 --> 00:00:30,200
ARCHIVE: {{u:Kim Jong Il}} meets {{u:Dmitry Medvedev}},
{{u:Ulan-Ude}}, August 2011

8
00:00:30,600 --> 00:00:34,400
NARRATOR: Two years later the brigade's youngest
member, {{p:Tae-song}}, was crushed by a falling tree.

9
00:00:35,000 --> 00:00:38,700
{{r:YONG-HO}}: {{p:Tae-song}} was 22. His mother sold
her sewing machine to get him on the list.

10
00:00:39,100 --> 00:00:42,300
{{r:YONG-HO}}: The {{r:Stove}} said {{p:Ri Tae-song}}
died of heart failure. That was the paper.

11
00:00:44,000 --> 00:00:47,500
MRS. {{p:AHN}}
WIFE OF A FORMER WORKER, {{u:SEOUL}}

12
00:00:47,900 --> 00:00:51,600
{{p:AHN}}: My husband {{p:Kim Kwang-chol}}
sent one letter in six years.

13
00:00:52,000 --> 00:00:55,800
{{p:AHN}}: {{p:Kwang-chol}} wrote: "I am eating well."
An obvious lie. He never ate well in his life.

14
00:00:57,000 --> 00:01:00,400
{{p:VALENTINA}}
SHOP OWNER, {{u:TYNDA}}

15
00:01:00,800 --> 00:01:04,900
{{p:VALENTINA}} (in Russian): They bought bread and cigarettes.
The one they called {{r:Yong}} taught me to count in Korean.

16
00:01:05,300 --> 00:01:08,600
{{p:VALENTINA}}: Yes. I know what they said about {{r:Pyon}}.
Everybody in {{u:Tynda}} knew.

17
00:01:10,000 --> 00:01:13,900
ARCHIVE: {{u:Vladimir Putin}} and {{u:Kim Jong Un}},
{{u:Russky Island}}, {{u:Vladivostok}}, April 2019

18
00:01:14,300 --> 00:01:18,000
NARRATOR: Officially, the workers had gone home
by December 2019. {{r:Yong-ho}} had not.

19
00:01:18,500 --> 00:01:22,400
{{r:YONG-HO}}: I left in 2020 with {{p:Chang-gil}}
and the cook, Auntie {{p:Sun}}. Only I arrived.

20
00:01:22,800 --> 00:01:26,100
{{r:YONG-HO}}: {{p:Chang-gil}} is in prison in {{u:Khabarovsk}},
I think. The {{u:Red Cross}} asked. No answer.

21
00:01:26,500 --> 00:01:29,900
{{r:YONG-HO}}: If you see {{p:Ri Chang-gil}}, tell him
his friend {{r:Choe}} is alive.

22
00:01:30,300 --> 00:01:33,100
{{r:YONG-HO}}: And tell Auntie {{p:Sun}}'s daughter, {{p:Mi-gyong}},
that her mother was brave.

23
00:01:35,000 --> 00:01:38,000
A FILM BY {{p:SOPHIE MARCHAND}}

24
00:01:38,200 --> 00:01:42,200
PRODUCED BY {{p:YOO JI-WON}} AND {{p:MARKUS HELLER}}
CAMERA {{p:LEE SANG-HOON}}   EDITING {{p:INES ROTH}}

25
00:01:42,400 --> 00:01:46,600
TRANSLATION {{p:PARK MIN-JI}} (KOREAN), {{p:OLGA SEDOVA}} (RUSSIAN)
FIXER IN {{u:TYNDA}} {{p:ALEXEI}}

26
00:01:46,800 --> 00:01:50,900
WITH THANKS TO {{u:NKDB}}, {{u:CITIZENS' ALLIANCE FOR NORTH KOREAN HUMAN RIGHTS}},
FATHER {{p:DOMINIC O'REILLY}} AND THE PEOPLE OF {{u:TYNDA}}

27
00:01:51,000 --> 00:01:54,000
IN MEMORY OF {{p:RI TAE-SONG}} (1991-2013)
""",
    },
    {
        "id": "h29-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pak Tae-jin", "박태진", "witness", ["Tae-jin", "Tac-jin", "PTJ"]),
            ("Kim Sun-hui", "김순희", "relative", ["Sun-hui", "KSH"]),
        ],
        "note": "OCR of a printed translation of a smuggled letter (rn for m, c for e, l for I, O for 0); names mangled by OCR (Chol-rnin, Rirn, Yong-dac, Tac-jin); translator notes; initials in a margin note; diminutive Kolya for Nikolai; Auntie + surname; 'Do not' and 'So,' as words.",
        "text": """[OCR OUTPUT - Letter 07 (2 pp.). Original in Korean, handwritten, carried out through {{u:Yanji}} in 2016. English translation typed by volunteer {{p:M. Kwon}}, printed, annotated by hand, re-scanned. OCR errors not corrected. Translator notes in square brackets.]

page 1

My dcar wife {{r:Sun-hui}},

I hope you and {{p:Chol-rnin}} and littlc {{p:Ok-i}} arc well and that your mother's lcg is better. I arn writing this by the stove light in thc dormitory at {{u:Tyurnen}}. Comrade {{p:Rirn}} does not know. lf he knew he would tear it up.

We are 40 rnen here. The work is building flats for Russians, the same as in {{u:Pyongyang}}, but thc cold is worse. {{p:Yong-dac}} from our street is here also, you rernember, the son of old Mr. {{p:Ho}}. {{p:Yong-dae}} [tr.: OCR reads "{{p:Yong-dac}}" above; same person, {{p:Kim Yong-dae}}] says tell his rnother he is fine. He is not fine. His back. But tell her.

Every month {{p:Rim}} takes the money. He says the plan is 8OO dollars and we made only 6OO, so we owe. How can a man owe when he works 14 hours. Big {{p:Kim}} [tr.: probably not {{p:Yong-dae}}; another {{p:Kim}}, the welder] said this once out loud and {{p:Rim}} sent him to the "thinking room" for two days.

I have met a Russian, {{p:Nikolaj}} [tr.: "{{p:Nikolai}}"], who drives the cernent truck. {{p:Kolya}} is kind. He brought me rnedicine when I had the fever. Do not tell anyone this. Do not tell Auntie {{p:Ko}} downstairs, she talks to thc inminban [tr.: neighbourhood unit] head, Comrade {{p:Sim}}.

page 2

{{p:Chol-min}}, you are the man of the house now. Help your grandmother. Study. Do not let anyone call you a traitor's son. Your father is not a traitor. He is cold.

{{p:Ok-i}}, I keep your drawing of the sun in my pocket. [tr.: original has a small drawing of the sun here.] The sun is the only thing here that is the same as at home.

{{r:Sun-hui}}, if the money does not come in spring, go to {{p:Ho Man-sik}}'s wife in {{u:Hyesan}}. {{p:Man-sik}} is here with me and he says she can lend. Do not go to the {{p:Pak}} family on the hill, they are my cousins but they will ask too much back.

If something happens to me ask for {{p:So Chang-ryong}} at the city construction office, he was my platoon leader in the army. So, that is all. Burn this.

Your husband
{{r:Tac-jin}}   [tr.: signed "{{r:Tae-jin}}" - {{r:Pak Tae-jin}}, see file C-207]

[handwritten margin note, scanned: "{{r:PTJ}} = writer. wife {{r:KSH}} ({{r:Kirn Sun-hui}}) confirmed by {{p:Kwon}} 2017-03. {{p:Sirn}}? ask {{r:Sun-hui}}."]""",
    },
    {
        "id": "h29-en-08",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Kim Ok-sun", "김옥순", "witness", ["Ok-sun", "KOS", "OS"]),
            ("Ri Kyong-chol", "리경철", "witness", ["Kyong-chol", "RKC", "Lee Kyong-chol"]),
        ],
        "note": "Shelter weekly case meeting minutes; staff list with roles; residents by name and initials (KOS, OS, RKC); counsellor Ha next to 'Ha -'; Pastor + surname; Artyom as a person next to the city Artyom; handles in e-mail addresses; NK company GENCO as public.",
        "text": """MINUTES - weekly case meeting, {{u:Hanbit House}} (shelter, {{u:Yangcheon-gu}}, {{u:Seoul}})
CONFIDENTIAL - internal, do not forward outside the team
Date: Tue 9 April 2024, 10:00-11:40
Present: {{p:Jeong Mi-rae}} (director, chair), {{p:Sam O'Connell}} (case lead), {{p:Ha Yun-ji}} (counsellor), {{p:Ko Eun-bi}} (legal), {{p:Daniel Yoo}} (volunteer, minutes)
Apologies: {{p:Bae Soo-ah}} (nurse, on leave)

1. Matters arising from 2 April
- {{p:Eun-bi}}: the {{u:Korea Legal Aid Corporation}} accepted {{r:Ri Kyong-chol}}'s wage-claim file. No hearing date yet.
- {{p:Sam}}: lease for the second flat renewed until March 2026.
- No other matters.

2. Residents
2.1 {{r:Kim Ok-sun}} ({{r:KOS}}), 52, formerly at a seafood plant in {{u:Dandong}}; arrived 11 March.
  Sleeping better. Still will not go out alone. {{p:Yun-ji}} notes {{r:OS}} talks often about her former line manager, {{p:Chae Mi-hyang}}, "who counted our toilet minutes". {{r:Ok-sun}} asked whether {{p:Chae}} could find her in {{u:Seoul}}. Answer given: no.
  She wants to reach her son {{p:Ri Hyon-jun}} in {{u:Sinuiju}} through a broker. {{p:Mi-rae}}: we do not arrange brokers; refer to the {{u:Ministry of Unification}} family-search desk.
  AP: {{p:Yun-ji}} to take {{r:OS}} to {{u:Ewha Womans University Mokdong Hospital}} (dental) on 16 April.

2.2 {{r:Ri Kyong-chol}} ({{r:RKC}}), 38, formerly on a building site in {{u:Ulan-Ude}}; arrived 20 February.
  Angry this week. Argued with {{p:Daniel}} about the phone rule. {{r:Kyong-chol}} says the rule reminds him of Comrade {{p:Sok}}, his minder in {{u:Russia}}, who collected phones every night. {{p:Sam}} will talk to him; {{p:Daniel}} to step back from evening duty for now.
  {{r:Ri}} wrote down the names of 11 coworkers for the wage claim, incl. {{p:Pang Il-ho}}, {{p:Yo Chang-bom}} and "{{p:Red Nose}}" (real name unknown). List kept by {{p:Eun-bi}} in the locked drawer.
  He prefers "{{r:Kyong-chol}}-ssi" to "Mr {{r:Ri}}", and he dislikes being written as "{{r:Lee}}".

2.3 Ms {{p:Han}} (new referral, not yet resident), 29, from {{u:Kuwait}} via {{u:Thailand}}.
  Referred by Pastor {{p:Noh}} of {{u:Onnuri Church}}. Full name {{p:Han Seol-a}}; prefers "{{p:Seol}}".
  So far we know: cook at a site of the {{u:Korea General Corporation for External Construction}} ({{u:GENCO}}), 2016-2019; left with another woman, {{p:Paek Hyang}}, who is now in {{u:Busan}}.
  AP: intake call Thursday, {{p:Yun-ji}} + {{p:Mi-rae}}.

3. Staff
- {{p:Soo-ah}} back on 22 April.
- Volunteer applicant {{p:Grace Moon}}: reference from Prof. {{p:Hwang}} received. Ha - {{p:Yun-ji}} knew her at university. Interview Friday.
- Reminder from {{p:Mi-rae}}: no residents' names in the group chat. Initials only ({{r:KOS}}, {{r:RKC}}).

4. AOB
- {{p:Sam}} asked for a Russian-speaking volunteer for {{r:RKC}}'s file. {{p:Daniel}} suggests his friend {{p:Artyom}} ({{p:artyom.volkov}}@gmail.com), who grew up in {{u:Artyom}}, {{u:Primorsky Krai}}.
- Next meeting Tue 16 April. Minutes: {{p:Daniel Yoo}} ({{p:dyoo}}@hanbithouse.kr); chair {{p:Mi-rae}} ({{p:miraejeong}}@hanbithouse.kr).""",
    },
    {
        "id": "h29-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Hye-jin", "김혜진", "relative", ["hyejin.kim", "Hye-jin"]),
            ("Pak Chol-nam", "박철남", "witness", ["Park Chul-nam"]),
            ("Choe Kum-ok", "최금옥", "relative", ["Kum-ok"]),
        ],
        "note": "Petition to the UN High Commissioner with a signature table aligned by spaces; public addressees (Turk, Salmon); signatories' names with relatives in comments; surnames Song, An, Do, Yu, O, Ha next to the words song, an, do, you; e-mail and social handle; anonymous and initial-only signers.",
        "text": """PETITION TO THE UNITED NATIONS HIGH COMMISSIONER FOR HUMAN RIGHTS

To:   Mr {{u:Volker Türk}}, {{u:United Nations High Commissioner for Human Rights}}, {{u:Palais Wilson}}, {{u:Geneva}}
Copy: Ms {{u:Elizabeth Salmón}}, Special Rapporteur on the situation of human rights in the {{u:Democratic People's Republic of Korea}}

Subject: The workers who did not come back - a request for an accounting

We are families of North Koreans who were sent abroad to work and never came back, former overseas workers, and people who stand with them. Among us:

- {{r:Kim Hye-jin}}, whose father {{p:Kim Pyong-ho}} went to {{u:Kuwait}} in 2009 and last wrote in 2013;
- {{r:Pak Chol-nam}}, who spent five years in logging camps around {{u:Tynda}} and saw two friends, {{p:Sin U-chol}} and {{p:Jo Myong-su}}, taken away by the camp's security officer;
- {{r:Choe Kum-ok}}, whose husband {{p:Ryu Kwang-nam}} was sent to {{u:Qatar}} in 2015 and, according to a returning worker, died there in 2017. His body was never returned to her.

We ask the Office to:
1. request from the {{u:Democratic People's Republic of Korea}}, and from the states where they worked, information on workers who died or disappeared abroad;
2. ask receiving states to keep and share records of deaths of {{u:DPRK}} nationals at work sites;
3. meet with us. {{r:Hye-jin}} and {{r:Chol-nam}} are ready to travel to {{u:Geneva}}.

Organised by {{r:Kim Hye-jin}} ({{r:hyejin.kim}}@proton.me) and {{r:Pak Chol-nam}}, c/o {{u:Transitional Justice Working Group}}, {{u:Seoul}}.

SIGNATURES (collected 3-17 March 2024, on paper and online; online entries marked *)

No.  Name                       City       Comment
1    {{r:Kim Hye-jin}}                {{u:Seoul}}      For my father.
2    {{r:Pak Chol-nam}}               {{u:Busan}}      {{u:Tynda}} 2011-2016. I am a witness.
3    {{r:Choe Kum-ok}}                {{u:Incheon}}    {{p:Kwang-nam}}, come home.
4    {{p:Ri Jong-sim}}                {{u:Gimpo}}      My brother {{p:Ri Chol-jin}}, {{u:Kuwait}} 2012.
5    {{p:J. H. Yang}}*                {{u:Toronto}}
6    Anonymous                  {{u:Seoul}}      Too afraid to write my name. My son is in {{u:Russia}}.
7    {{p:Song Mi-rae}}                {{u:Cheonan}}    A song for the workers? Not yet. We will write one.
8    {{p:Han Chang-ho}}               {{u:Daegu}}      Seafood plant, {{u:Dandong}}. Worked with {{p:Kim Ok-hui}} (missing).
9    {{p:Maria Gonzalez}}*            {{u:Madrid}}
10   @{{p:sunnyday_jin}}*             (online)
11   {{p:O Yong-chol}}                {{u:Ansan}}      {{u:Qatar}} 2014-2017. My team leader {{p:Hyon}} took everything.
12   {{p:Mun Song-hui}}               {{u:Seoul}}      No one should be sold.
13   {{p:Jo Kang-il}}                 {{u:Uijeongbu}}
14   {{p:An Myong-suk}}               {{u:Hwaseong}}   An end to this, please.
15   {{p:Yu Pil-sun}}                 {{u:Seoul}}      Do you remember us? For my cousin {{p:Yu Hak-su}}.
16   {{p:Thomas Becker}}*             {{u:Berlin}}
17   {{p:Ri Kum-hwa}}                 {{u:Ulsan}}      Mother of {{p:Ri Song-jin}}, {{u:Mongolia}} 2016.
18   {{p:Do Man-su}}                  {{u:Suwon}}      Do not forget them.
19   {{p:Ha Ok-ryon}}                 {{u:Seoul}}      I signed twice by mistake, please delete no. 27.
20   {{p:Kang Yun-a}}*                {{u:London}}
21   {{p:Pyon Chol}}                  {{u:Seoul}}      With {{p:Sin U-chol}} in {{u:Tynda}}. He was my friend.
22   Sister {{p:Agnes Lim}}           {{u:Seoul}}      Praying for {{p:Kum-ok}} and for all of them.
23   {{p:Ko Tae-hyon}}                {{u:Jeju}}
24   {{p:Hong Sol-bi}}*               {{u:Sydney}}
25   {{p:Choi Seung-woo}}             {{u:Seoul}}
26   Grandma {{p:Oh}} ({{p:Oh Kyeong-ja}})  {{u:Incheon}}    Signed for her by her granddaughter {{p:Min-seo}}.
27   {{p:Ha Ok-ryon}}                 {{u:Seoul}}      (duplicate)
28   {{p:JHL}}*                       {{u:Osaka}}      {{u:Chongryon}} school, class of 1998. Sorry.

Total: 28 lines (27 persons). Paper sheets held by {{r:Pak Chol-nam}}; online list exported by {{p:Ko Tae-hyon}}.""",
    },
    {
        "id": "h29-en-10",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Do Hye-ran", "도혜란", "witness", ["DO HYE-RAN", "Jini", "Hye-ran"]),
            ("Yang Chol-su", "양철수", "supervisor", []),
        ],
        "note": "Filled-in informed consent form; witness surname Do next to 'Do you...' questions and Yes/No boxes; pseudonym; emergency contact sister; list of persons the witness asks not to name publicly; Hangul signature; interviewer initials.",
        "text": """{{u:NORTH STAR TESTIMONY PROJECT}}
INFORMED CONSENT FOR THE RECORDING OF TESTIMONY
Project: Overseas Labour Documentation, Phase III    Form version 3.1 (2023)

Name of participant:     {{r:DO HYE-RAN}}
Name in Korean:          {{r:도혜란}}
Pseudonym to be used:    "{{r:Jini}}"
Year of birth:           1981       Place of origin: {{u:Hamhung}}, {{u:South Hamgyong}}
Where worked abroad:     {{u:Kuwait}} ({{u:Jahra}}), 2013-2016; {{u:Russia}} ({{u:Vladivostok}}), 2016-2018
Interviewer:             {{p:Oh Ji-seok}}        Interpreter: not needed
Witness to consent:      {{p:Sarah Lindqvist}}
Emergency contact:       {{p:Do Hye-jin}} (sister), 010-7734-xxxx

Please read each statement, or have it read to you, and tick one box.

1. Do you understand what the project is and why we record testimony?            [X] Yes  [ ] No
2. Do you agree that the interview is audio-recorded?                               [X] Yes  [ ] No
3. Do you agree that the interview is video-recorded?                               [ ] Yes  [X] No
4. Do you agree that extracts may be published under your pseudonym only?           [X] Yes  [ ] No
5. Do you agree that the full transcript may be shared with UN bodies
   (for example the {{u:OHCHR}} office in {{u:Seoul}})?                                  [X] Yes  [ ] No
6. Do you understand that you may stop at any time and withdraw later?            [X] Yes  [ ] No

Notes by interviewer ({{p:OJS}}):
- Ms {{r:Do}} asked twice whether her former team leader in {{u:Kuwait}}, {{r:Yang Chol-su}}, could learn that she gave testimony. I explained that her name and her pseudonym are kept apart. Ms {{r:Do}} said "{{r:Yang}} has friends in {{u:Seoul}} too".
- She asked that "{{r:Jini}}" be used, not "{{r:Hye-ran}}", because her sister calls her {{r:Hye-ran}} on the phone and "people listen".
- Item 3: no video, because of her daughter {{p:Ri Ye-na}}, who is still in {{u:Hamhung}} with her grandmother.

PERSONS NAMED IN THE TESTIMONY WHOM THE PARTICIPANT ASKS US NOT TO NAME IN PUBLIC
- {{r:Yang Chol-su}}, team leader, {{u:Jahra}} site, 2013-2016
- {{p:Kim Sun-ae}}, cook, same site ("{{p:Sun-ae}} unni")
- {{p:Mun Jong-ho}}, security officer, {{u:Vladivostok}}; the women called him "{{p:Glasses}}"
- {{p:Pak Un-ju}}, coworker in {{u:Vladivostok}}, now in {{u:China}} (?)
- {{p:Do Chang-hun}}, no relation; driver for {{u:Korea Rungrado General Trading Corporation}}
- Mr {{p:Al-Ajmi}}, Kuwaiti sponsor, first name unknown

Participant's statement: I have understood the above. I give my consent freely.

Participant:  {{r:Do Hye-ran}}    signed in Hangul: {{r:도혜란}}      Date: 14.09.2023
Interviewer:  {{p:Oh Ji-seok}}    Witness: {{p:S. Lindqvist}}

Office use: file NSTP-2023-041. Consent scanned by {{p:Jung Da-bin}}. Pseudonym "{{r:Jini}}" entered in the register; real name kept only in the locked ledger held by {{p:Oh}}.""",
    },
    {
        "id": "h29-ko-01",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Jang Myong-su", "장명수", "other", ["장 사장"]),
            ("Ri Yong-nam", "리영남", "witness", ["이영남"]),
        ],
        "note": "공판조서 with 증인신문조서: 재판장, 판사, 사무관, 검사, 변호인 names (fictional private), defendants and witnesses; names spaced out in the signature block; surnames 오/안/정/송 next to 오후, 안 했습니다, 정말, 송금; nickname 화 and 량 실장.",
        "text": """서 울 중 앙 지 방 법 원
공 판 조 서

제 3 회

사      건    2023고합1184  사기, 여권법위반
재판장 판사    {{p:윤서영}}
       판사    {{p:김태현}}
       판사    {{p:배지민}}
법원사무관     {{p:최민호}}
기      일    2023. 11. 14.  14:00
장      소    제425호 법정
공개 여부     공개
고지된 다음 기일   2023. 12. 12.  14:00

피  고  인    1. {{r:장명수}}    2. {{p:량춘화}}                각각 출석
검      사    {{p:한지훈}}                                      출석
변  호  인    법무법인 {{u:다온}} 담당변호사 {{p:오세진}} (피고인 1을 위하여)      출석
              변호사 {{p:안혜린}} (피고인 2를 위하여, 국선)                  출석
증      인    {{r:리영남}}, {{p:정금숙}}                                    각각 출석

재판장
      피고인들은 이전 공판기일에 한 진술과 같이 진술할 수 있음을 고지

검사
      증인 {{r:리영남}}, {{p:정금숙}}의 신청

재판장
      증거결정 (채택)
      출석한 증인 {{r:리영남}}을 별지와 같이 신문하다.


증 인 신 문 조 서 (제3회 공판조서의 일부)

사      건    2023고합1184
증      인    이    름   {{r:리영남}}
              생년월일   1978. 3. 2.
              주    거   인천 남동구

재판장
      증인에게 형사소송법 제157조에 따라 선서의 취지를 명시하고 위증의 벌을 경고한 후 별지 선서서와 같이 선서를 하게 하였다.

검사
문    증인은 2014년부터 2018년까지 러시아 {{u:하바롭스크}}의 건설현장에서 일한 사실이 있지요.
답    예, 있습니다.
문    당시 증인이 속한 작업반의 반장은 누구였나요.
답    {{p:최광철}}이라는 사람이었습니다. 다들 {{p:최}} 반장이라고 불렀습니다.
문    피고인 {{r:장명수}}를 언제 처음 알게 되었나요.
답    2019년 한국에 온 뒤에 {{u:중국}} {{u:연길}}에 사는 누나 {{p:리영옥}}이 소개해 주었습니다. 누나가 "{{r:장}} 사장이 가족을 데려올 수 있다"고 했습니다.
문    피고인 {{r:장명수}}에게 돈을 준 사실이 있나요.
답    예, 세 번에 걸쳐 2,400만 원을 줬습니다. 처음에는 {{r:장}} 사장 계좌로, 나머지 두 번은 피고인 {{p:량춘화}} 계좌로 송금했습니다.
문    피고인 {{p:량춘화}}는 어떤 사람인가요.
답    {{r:장}} 사장 밑에서 일하는 조선족 아주머니입니다. 전화로는 자기를 "{{p:화}}"라고 하거나 "{{p:량}} 실장"이라고 했습니다.
문    그 돈은 누구를 데려오기 위한 것이었나요.
답    제 처 {{p:김순희}}하고 딸 {{p:리은별}}입니다. {{p:은별}}이는 그때 열네 살이었습니다.
문    가족은 한국에 왔나요.
답    아닙니다. 2020년 3월에 {{u:혜산}}에서 잡혔다는 말을 들었습니다. 그 뒤로 소식이 없습니다.
문    그 소식은 누구에게서 들었나요.
답    {{p:량}} 실장이 전화로 말해 주었습니다. 그러면서 "돈은 이미 국경 쪽에 들어가서 돌려줄 수 없다"고 했습니다.
문    피고인 {{r:장명수}}는 그 뒤 증인에게 연락을 했나요.
답    한 번도 안 했습니다. 전화번호를 바꿨습니다.

변호인 {{p:오세진}}
문    증인은 러시아에 있을 때 이미 피고인을 알고 있었던 것 아닌가요.
답    아닙니다. 그때는 몰랐습니다.
문    증인이 러시아에서 같이 일한 {{p:송학범}}이라는 사람을 아나요.
답    압니다. {{p:학범}}이는 제 밑에서 미장을 했습니다.
문    {{p:송학범}}이 피고인에게 증인을 소개한 것 아닌가요.
답    아닙니다. {{p:송}}씨는 2018년에 먼저 귀국했습니다. 정말입니다.
문    증인은 수사기관에서 "{{r:장}} 사장이 브로커 {{p:까치}}를 통해 사람을 뺀다"고 진술했는데, {{p:까치}}가 누구인지 아나요.
답    이름은 모릅니다. 누나 말로는 {{u:장백}} 쪽에 사는 {{p:엄}}씨라고 했습니다.

변호인 {{p:안혜린}}
문    피고인 {{p:량춘화}}가 돈을 받아 피고인 {{r:장명수}}에게 그대로 넘긴 것은 알고 있나요.
답    그건 모릅니다. {{p:안}} 실장님이... 아니, {{p:량}} 실장이 그렇게 말한 적은 있습니다.
문    방금 '{{p:안}} 실장'이라고 한 것은 누구를 말하는 것인가요.
답    잘못 말했습니다. 변호사님 성함하고 헷갈렸습니다. {{p:량춘화}}를 말한 것입니다.

재판장
문    증인의 처 {{p:김순희}}와 딸은 지금 어디에 있는지 아나요.
답    모릅니다. {{p:은별}}이 생일이 다음 주입니다.

재판장
      증인 {{p:정금숙}}에 대한 신문은 다음 기일에 속행하기로 하다.

                                        2023. 11. 14.

                               법 원 사 무 관    {{p:최 민 호}}   (인)
                               재판장   판   사    {{p:윤 서 영}}   (인)""",
    },
    {
        "id": "h29-ko-02",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Yong-suk", "김영숙", "witness", ["영숙", "영숙 어머님"]),
            ("Ri Kum-sun", "리금순", "supervisor", ["금순"]),
            ("Ryu Chol-jin", "류철진", "relative", ["철진"]),
        ],
        "note": "KakaoTalk PC export of a volunteer group chat; display names in brackets, one with glued 쌤, one in fullwidth Latin; zero-width space inside a name; emoji and ㅋㅋ; witness called 영숙 어머님; factory manager 왕 사장 / 王; broker code name 까마귀; 금순이 반장 with vocative and particles.",
        "text": """북한노동자 증언팀 🙏 님과 카카오톡 대화
저장한 날짜 : 2024-05-03 22:41:07

--------------- 2024년 5월 2일 목요일 ---------------
[{{p:박지윤}}] [오후 7:02] 오늘 {{r:영숙}} 어머님 면담 어땠어요?
[{{p:현우}}쌤] [오후 7:05] 생각보다 길어졌어요 ㅠㅠ 세 시간 반
[{{p:현우}}쌤] [오후 7:05] {{u:단둥}} 공장 얘기를 처음으로 자세히 하셨어요
[{{p:Ｓｏｐｈｉａ}}] [오후 7:06] Wow 👏👏 recording ok?
[{{p:현우}}쌤] [오후 7:07] 네 녹음 됐어요. 근데 중간에 아드님 {{r:철진}}이 전화가 와서 20분 끊김
[{{p:박지윤}}] [오후 7:08] 아 {{r:철진}}씨 ㅎㅎ 요즘 자주 전화하시네
[{{p:현우}}쌤] [오후 7:09] 어머님이 {{r:철진}}이 얘기만 나오면 우세요
[{{p:현우}}쌤] [오후 7:11] 공장 이름은 기억 못 하시고 중국 사장이 {{p:왕}} 사장이었대요. 한자로 {{p:王}}… 이름은 모르신대요
[{{p:Ｓｏｐｈｉａ}}] [오후 7:12] {{p:Wang}} is like Kim in China lol 😅 we need more
[{{p:박지윤}}] [오후 7:12] ㅋㅋㅋ 맞아요
[{{p:현우}}쌤] [오후 7:14] 작업반장은 {{r:리금순}}. 어머님은 계속 "{{r:금순}}이 반장"이라고 부르셨어요
[{{p:현우}}쌤] [오후 7:14] {{r:금순}}이가 화장실 가는 시간까지 적었대요. 하루 세 번, 한 번에 5분
[{{p:박지윤}}] [오후 7:15] 와… 😡
[{{p:김도윤}}] [오후 7:20] 늦게 봤네요. 공식 기록에는 성함 {{r:김\u200b영숙}}으로 들어가 있는 거 맞죠? 지난번 엑셀엔 {{r:김영속}}으로 오타 나 있었어요
[{{p:박지윤}}] [오후 7:21] 헐 고칠게요 🙏
[{{p:현우}}쌤] [오후 7:25] 그리고 같은 방 쓰던 분들 이름 몇 개 나왔어요
[{{p:현우}}쌤] [오후 7:26] {{p:옥화}} 언니 (성은 모름), {{p:장미향}}, 그리고 막내 {{p:은심}}이
[{{p:현우}}쌤] [오후 7:26] {{p:은심}}이는 {{u:신의주}}에서 왔고 열아홉 살이었대요
[{{p:Ｓｏｐｈｉａ}}] [오후 7:30] Can someone translate? 😢 I only got "{{p:Eun-sim}}" and 19
[{{p:김도윤}}] [오후 7:32] Roommates: {{p:Ok-hwa}} (older), {{p:Jang Mi-hyang}}, youngest {{p:Eun-sim}}, from {{u:Sinuiju}}, 19 y/o
[{{p:Ｓｏｐｈｉａ}}] [오후 7:32] thank you {{p:Doyoon}} ❤️

--------------- 2024년 5월 3일 금요일 ---------------
[{{p:박지윤}}] [오전 9:40] 사진
[{{p:박지윤}}] [오전 9:40] 어머님이 보내주신 사진이에요. 왼쪽이 {{p:옥화}} 언니래요
[{{p:현우}}쌤] [오전 9:52] 사진은 여기 올리지 말아요 ㅠ 드라이브에만
[{{p:박지윤}}] [오전 9:53] 앗 죄송 삭제했어요
[{{p:박지윤}}] [오전 9:53] 삭제된 메시지입니다.
[{{p:김도윤}}] [오전 10:15] 브로커 건도 말씀하셨어요? 지난번에 "{{p:까마귀}}" 얘기
[{{p:현우}}쌤] [오전 10:18] 네. {{p:까마귀}}가 {{u:관전}}에 사는 조선족 남자고 본명은 {{p:최}} 뭐시기래요. 어머님은 "{{p:최}}가 놈"이라고만
[{{p:현우}}쌤] [오전 10:18] 돈은 {{r:철진}}이 {{u:한국}}에서 보냈고요
[{{p:Ｓｏｐｈｉａ}}] [오전 10:20] {{p:Crow}} = broker? 🐦‍⬛
[{{p:김도윤}}] [오전 10:21] yes, "{{p:Crow}}" is his nickname. Real name {{p:Choi}} something
[{{p:박지윤}}] [오전 10:30] 다음 면담은 {{p:다은}} 선생님이 같이 가실 수 있대요
[{{p:다은}} 선생님] [오전 10:41] 네 화요일 가능해요~ 어머님 댁 {{u:인천}} 맞죠?
[{{p:현우}}쌤] [오전 10:42] 네 {{u:논현동}}이요. 버스 타면 금방
[{{p:다은}} 선생님] [오전 10:43] 👍
[{{p:Ｓｏｐｈｉａ}}] [오후 1:05] btw {{u:Liberty in North Korea}} webinar next week, {{p:Hana}} from their team will talk about {{u:Dandong}} factories
[{{p:박지윤}}] [오후 1:07] 오 좋아요. {{p:Hana}} 씨 말하는 거 {{p:한아름}} 님이죠?
[{{p:Ｓｏｐｈｉａ}}] [오후 1:08] yes {{p:Han A-reum}} 😊
[{{p:현우}}쌤] [오후 10:30] 오늘 {{r:영숙}} 어머님이 전화하셨는데 {{r:금순}}이 반장이 귀국했다는 소문을 들으셨대요. 좀 불안해하심
[{{p:박지윤}}] [오후 10:31] 😢 내일 제가 전화드릴게요""",
    },
    {
        "id": "h29-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Han Un-jong", "한은정", "witness", ["은정"]),
            ("Ri Sun-hui", "리순희", "coworker", ["순희", "순희 언니"]),
            ("Ho Yong-ran", "허영란", "supervisor", ["허 반장"]),
        ],
        "note": "Worker's diary from a Dandong garment factory, North Korean spelling; kinship terms (순희 언니, 옥별이, 영철이); surnames 한/허/로 beside 한 번, 허허, the particle 로; Chinese manager 王 / 왕 과장; 지도원 by surname only; body text well past the first entry.",
        "text": """{{r:한은정}}의 수첩 (2017)
[정리자 주: 원문은 손바닥만 한 수첩. 맞춤법은 원문대로 두었음.]

2017년 3월 4일 토요일. 맑음
{{u:단둥}}에 온 지 꼭 한 달. 공장 이름은 {{u:신흥복장유한공사}}(新兴服装有限公司)라고 하는데 우리끼리는 그냥 3공장이라고 부른다. 한 방에 열두 명. 나는 창문 쪽 웃층 침대. 아래층은 {{r:순희}} 언니다. {{r:순희}} 언니는 {{u:평성}}에서 왔고 나보다 여섯 살 우다.

2017년 3월 9일 목요일. 흐림
오늘 작업반장 {{r:허영란}} 동무가 또 총화를 했다. {{r:허}} 반장은 말끝마다 "조국에 계신 부모들을 생각하라요" 한다. 허허 웃으면서 그런 말을 하니 더 무섭다. 미싱 한 대에 하루 바지 이백 벌. 못 하면 밥 한 끼를 뺀다.

2017년 3월 15일 수요일. 비
중국 사람 관리인 {{p:왕}} 과장이 우리 방에 왔다. 이름은 {{p:王建军}}이라고 명찰에 써 있었다. {{p:왕}} 과장은 조선말을 조금 한다. {{r:순희}} 언니한테 "예쁘다"고 해서 {{r:허}} 반장이 얼굴이 벌개졌다. 그날 밤 {{r:허영란}}은 우리를 다 불러 놓고 중국 사람하고 말하지 말라고 했다.

2017년 3월 22일 수요일. 맑음
막내 {{p:옥별}}이가 손가락을 바늘에 찔렸다. 피가 많이 났다. 위생 담당 {{p:로정애}} 동무가 붕대를 감아 주었다. {{p:로}} 동무는 말은 없어도 마음은 곱다. 붕대로 감고 다시 미싱 앞으로 갔다. {{p:옥별}}이는 열아홉 살이다. 나는 {{p:옥별}}이가 우리 {{p:영철}}이 또래라서 자꾸 눈이 간다.

2017년 4월 1일 토요일. 바람
보위지도원 {{p:표}} 동지가 {{u:심양}}에서 왔다. 다들 그냥 "{{p:표}} 지도원"이라고만 한다. 이름을 아는 사람이 없다. 한 명씩 불러서 조국에 있는 가족 이름을 다시 적었다. 나는 어머니 {{p:김복실}}, 동생 {{p:한영철}}이라고 적었다. {{r:순희}} 언니는 남편 이름을 적을 때 손이 떨렸다. 남편 {{p:정기남}}은 군대에 있다.

2017년 4월 15일 토요일. 맑음
태양절. 오늘 하루는 일을 안 했다. 한 번도 쉬지 않다가 쉬니까 몸이 더 아프다. 저녁에 {{r:허}} 반장이 충성의 노래 모임을 했다. {{p:옥별}}이가 노래를 잘 불러서 {{p:표}} 지도원이 칭찬했다.

2017년 5월 3일 수요일. 흐림
월급날이라고 하는데 우리 손에 들어온 건 없다. {{r:허영란}} 반장이 장부를 보여 주면서 국가계획분, 충성자금, 식비를 빼니까 한 사람 앞에 백 위안이 남는다고 했다. 그 백 위안도 "귀국할 때 준다"고 했다. {{r:순희}} 언니가 "반장 동무, 그럼 우리는 뭘로 사요?" 하고 물었다. {{r:허}} 반장은 대답 안 하고 {{r:리순희}} 이름을 수첩에 적었다.

2017년 5월 20일 토요일. 비
{{r:순희}} 언니가 밤에 울었다. 오늘 {{p:표}} 지도원한테 불려 갔다 왔다. 무슨 말을 들었는지 말을 안 한다. 나는 언니 손을 잡고 있었다. 언니가 "{{r:은정}}아, 너는 꼭 살아서 돌아가라" 했다.

2017년 6월 7일 수요일. 더움
{{p:왕}} 과장이 몰래 나한테 전화기 충전기를 빌려 달라고 했다. 우리는 전화기가 없다고 하니까 웃었다. {{p:王}} 과장은 나쁜 사람은 아닌 것 같다. 창고 일 하는 조선족 아저씨 {{p:박광수}}가 그러는데 {{p:왕}} 과장 부인이 {{u:연변}} 사람이라고 한다.

2017년 6월 25일 일요일. 흐림
6.25 반미 군중대회. 오후에 {{r:허}} 반장하고 {{p:표}} 지도원이 둘이서 한참 이야기했다. 저녁에 {{r:순희}} 언니 짐을 싸라고 했다. 내일 {{u:신의주}}로 돌려보낸다고 한다. 이유는 말해 주지 않았다. 언니는 나한테 빨간 머리끈을 주었다.

2017년 6월 26일 월요일
{{r:순희}} 언니가 갔다. 방이 조용하다. {{p:옥별}}이가 언니 침대에서 잔다. 나는 이 수첩에 언니 이름을 한 번 더 적는다. {{r:리순희}}. {{u:평안남도}} {{u:평성시}}. 1990년생.

[정리자 주: 이 뒤로 7월~11월 기록은 물에 젖어 알아볼 수 없음. 마지막 장에 "{{p:영철}}아 미안하다"라는 글만 남아 있음. 필자 {{r:한은정}}은 2018년 {{u:라오스}}를 거쳐 입국.]""",
    },
    {
        "id": "h29-ko-04",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Choe Un-hye", "최은혜", "witness", ["은혜"]),
            ("Mun Song-ho", "문성호", "other", ["문 목사"]),
        ],
        "note": "Church weekly newsletter (주보) with pastor names, prayer requests using initials and 형제/자매, new-member welcome for a former Kuwait worker, birthday and offering lists, volunteers; surname 문 next to 문 (door) and the name of former president 문재인; 은혜 as name and as the word grace; 한 as number.",
        "text": """{{u:새빛교회}} 주보 · 소식지 제812호
2023년 10월 15일 (주일) · 창립 31주년

담임목사 {{r:문성호}} | 협동목사 {{p:이한결}} | 북한선교부 담당 {{p:엄정아}} 전도사
주소: {{u:서울}} {{u:양천구}} 목동동로 · 예배 문의 02-2645-xxxx

■ 오늘의 말씀
"너희는 나그네를 사랑하라" (신명기 10:19) — 설교 {{r:문성호}} 목사
대표기도 {{p:황인수}} 장로 · 성경봉독 {{p:노하은}} 청년

■ 교회 소식
1. 새가족을 환영합니다. {{r:최은혜}} 자매 (북한선교부 소개). {{r:최은혜}} 자매는 {{u:쿠웨이트}} 건설 현장에서 식당 일을 하다가 2019년에 나오셨습니다. 지난주 간증에서 "하나님의 은혜가 아니었으면 여기 없다"고 하셨습니다. {{r:은혜}} 자매님께 따뜻한 인사 부탁드립니다.
2. 교회 문은 평일 오전 9시부터 오후 6시까지 열려 있습니다. 상담이 필요한 분은 {{p:엄정아}} 전도사님께 연락하십시오.
3. 10월 22일 주일 오후 2시, 북한인권 기도회. 강사: {{u:북한정의연대}} {{p:정하늘}} 간사.
4. 지난 3일 {{u:통일부}} 주최 "해외 파견 노동자 실태" 세미나에 {{r:문}} 목사님과 {{p:이한결}} 목사님이 참석하셨습니다. {{r:문}} 목사님은 전 대통령 {{u:문재인}} 씨와 친척이 아니라는 질문을 또 받으셨다고 합니다. (웃음)

■ 기도 제목
- 러시아 {{u:블라디보스토크}}에서 일하다 연락이 끊긴 {{p:K}} 형제를 위해 기도합시다. 형제의 어머니 {{p:박순옥}} 권사님이 매주 새벽기도에 나오십니다.
- 몽골 {{u:울란바토르}} 공사장에서 다리를 다친 {{p:리○○}} 형제의 치료를 위해.
- {{u:연길}}에서 사역하는 {{p:한요셉}} 선교사 가정과 자녀 {{p:한사랑}}, {{p:한소망}}을 위해.
- {{r:최은혜}} 자매의 딸 {{p:정유진}}(북한 {{u:함흥}} 거주)이 건강하도록.
- {{p:박}} 권사님의 허리 수술 (10/18, {{u:이대목동병원}}).

■ 이달의 생일 (10월)
{{p:김하람}}(3일) · {{p:송미경}}(8일) · {{p:안도현}}(11일) · {{p:유다인}}(17일) · {{p:최은혜}}(21일, 청년부 — 새가족 {{r:최은혜}} 자매와 동명이인) · {{p:오정민}}(29일)

■ 지난주 헌금 (감사 및 선교 헌금, 무기명 제외)
감사: {{p:김○○}}, {{p:이정훈}}·{{p:조미란}} 가정, {{p:노하은}}, {{p:방성철}}
선교: {{p:황인수}} 장로, {{p:최민식}}, 한 가정(무기명), {{p:Grace Kim}}
북한선교: {{p:엄정아}}, {{p:서명진}}, {{r:최은혜}}

■ 봉사 안내
식당 봉사 — 3구역 ({{p:윤정자}} 권사 외 4명)
차량 운행 — {{p:방성철}} 집사 (010-xxxx)
영상 — {{p:노하은}}, {{p:나도윤}}
통역(영어) — {{p:Daniel Kim}} 형제

■ 북한선교부 소식
지난달 {{u:몽골}} 단기선교팀(팀장 {{p:송재민}})이 돌아왔습니다. {{p:송}} 집사님 말씀으로는 {{u:울란바토르}} 외곽 공사장에 아직 북한 노동자들이 있다고 합니다. 팀원 {{p:유하린}} 자매가 현장 근처 식당에서 북한 여성 두 분을 만났는데, 한 분은 자기를 "{{p:금실}}이"라고만 소개했다고 합니다.
선교부는 {{r:최은혜}} 자매의 요청에 따라 자매의 실명을 외부에 알리지 않습니다. 교회 밖에서는 "{{r:C}} 자매"로 불러 주십시오.

다음 주 대표기도: {{p:방성철}} 집사 · 성경봉독: {{p:유다인}}""",
    },
    {
        "id": "h29-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Pak Myong-il", "박명일", "witness", ["명일"]),
            ("Hong Kwang-su", "홍광수", "supervisor", ["홍 반장", "불독"]),
        ],
        "note": "Voice-note transcription with timestamps and fillers; speaker self-corrects a surname (박... 아니); two men surnamed Pak told apart as 큰 박/작은 박; nickname 불독; kinship term 명철이 형; 동무; dialect; transcriber and reviewer initials; Qatar and Doha places.",
        "text": """[음성메모_20220917_2143.m4a 전사본]
전사: {{p:유다현}} / 검수: {{p:HJ}} / 길이 41분 12초 중 00:00~14:30 구간
(화자1 = 면담자 {{p:조은서}}, 화자2 = 구술자 {{r:박명일}}, 화자3 = 구술자 부인, 이름 밝히지 않음)
[알아듣기 어려운 부분은 (?) 표시]

[00:00:03] 화자1: 녹음 시작할게요. 편하게 말씀하시면 돼요.
[00:00:07] 화자2: 예. 어… 어디서부터 말해야 되나.
[00:00:12] 화자1: {{u:카타르}} 가시게 된 것부터요.
[00:00:15] 화자2: 2014년에 갔지요. {{u:평양}}에서 {{u:베이징}} 거쳐서 {{u:도하}}로. 우리 작업반이 스물여섯이었는데, 반장이 {{r:홍광수}}라고, 우리는 {{r:불독}}이라고 불렀어요. 생긴 게 딱 그래.
[00:00:31] 화자1: (웃음) {{r:불독}}이요?
[00:00:33] 화자2: 예. {{r:홍}} 반장이 입을 이렇게, 턱을 내밀고… 하여튼.
[00:00:41] 화자2: 우리 작업반에 나 말고 {{p:박}}이 하나 더 있었어요. {{p:박}}… 아니, {{p:박명수}}. {{p:명수}}. 그래서 나이 많은 내가 큰 {{r:박}}, 그 사람이 작은 {{p:박}}.
[00:00:55] 화자1: 작은 {{p:박}} 씨는 어디 출신이었어요?
[00:00:58] 화자2: {{u:개천}}. {{u:개천}} 사람. 조용한 사람인데 일은 잘했어요.
[00:01:10] 화자2: 그리고 제일 친했던 사람이 {{p:명철}}이 형. {{p:고명철}}. 형은 용접공이었는데 눈이 안 좋아서 맨날 {{r:홍}} 반장한테 욕먹었지.
[00:01:24] 화자1: {{p:명철}} 씨가 나이가 더 많았어요?
[00:01:26] 화자2: 네 살. 형이 나를 "{{r:명일}}아, {{r:명일}}아" 하고. 고향 얘기 하면 울고.
[00:01:35] 화자3: (멀리서) 여보, 물 드릴까?
[00:01:37] 화자2: 어, 괜찮아. (녹음기 쪽으로) 우리 집사람.
[00:01:45] 화자1: 일은 어떤 일을 하셨어요?
[00:01:47] 화자2: 경기장… 아니 경기장 옆에 호텔. 이름은 몰라요. {{u:알와크라}} 쪽이었던 거 같은데(?). 낮에 오십 도 돼요. 오십 도. 그래도 {{r:불독}}은 "동무들, 조국은 더 덥다" 이래요. 말이 안 되지. (웃음)
[00:02:10] 화자2: 회사는 {{u:카타르}} 회사 밑에 우리 {{u:젠코}}가 붙어 있고. 감독은 인도 사람, {{p:라지}}. {{p:라지}}가 좋은 사람이었어요. 물을 줬어.
[00:02:25] 화자1: 돈은 어떻게 받으셨어요?
[00:02:27] 화자2: 받기는. {{r:홍광수}}가 다 받아서, 한 달에 우리 손에 오는 건 백 리얄? 그것도 석 달에 한 번. 나머지는 국가 계획분, 충성자금… 그리고 보위원 {{p:차}} 동무가 또 떼 가고.
[00:02:44] 화자1: 보위원 이름 기억나세요?
[00:02:46] 화자2: {{p:차}}… {{p:차승호}}였나 {{p:차성호}}였나. 다들 "{{p:차}} 동무"라고만 해서. 키 작고 안경 쓴.
[00:03:02] 화자2: 2016년 여름에 작은 {{p:박}}이 쓰러졌어요. 더위 먹어서. {{r:홍}} 반장이 병원 안 보내고 숙소에 눕혀 놨는데, 이틀 뒤에 {{p:라지}}가 보고 차에 태워서 {{u:하마드 병원}}에 데려갔어요.
[00:03:20] 화자1: 그 뒤에 {{p:박명수}} 씨는…
[00:03:22] 화자2: 돌려보냈지요. 조국으로. 그게 끝이에요. 소식 몰라요. (침묵 6초)
[00:03:35] 화자2: {{p:명수}}가 떠나기 전날 나한테 자기 딸 이름을 적어 줬어요. {{p:박은하}}. "{{r:명일}}이 형님이 살아 나가면 우리 {{p:은하}} 좀 찾아 달라요." 그래서 지금도 그 종이를 갖고 있어요.
[00:04:02] 화자1: 혹시 그 종이 사진 찍어도 될까요?
[00:04:05] 화자2: 그건… 집사람하고 얘기해 보고.
[00:04:10] 화자3: (멀리서) 찍으라 그래. {{p:은하}}가 지금 스물다섯이야.
[00:04:20] (이하 10분 생략 — 탈출 경로, 2019년 {{u:도하}} → {{u:방콕}} → {{u:인천}}. 상세 내용은 원본 음성 참조. 조력자 "미스터 {{p:리}}"(Mr. {{p:Lee}}, 한국계 미국인 선교사?)와 {{u:태국}} 이민국 직원 {{p:솜차이}} 언급.)
[00:14:25] 화자2: 그러니까 {{r:홍광수}}, {{p:차}} 동무, 이 사람들 이름은 꼭 적어 줘요. 우리 {{p:명철}}이 형은 적지 말고. 형은 아직 거기 있을지도 몰라.
[00:14:30] (구간 끝)

[검수 메모 {{p:HJ}}: 00:00:41 "{{p:박}}… 아니"는 구술자가 스스로 고친 부분. 큰 {{r:박}} / 작은 {{p:박}} 구분 유지. "{{r:불독}}" = {{r:홍광수}}.]""",
    },
    {
        "id": "h29-ko-06",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("O Chang-hyok", "오창혁", "witness", ["창혁"]),
            ("Kye Myong-hun", "계명훈", "supervisor", ["계 반장"]),
            ("Namgung Hyok", "남궁혁", "coworker", []),
        ],
        "note": "Brigade wage sheet from a St Petersburg site photographed by a worker, with columns aligned by spaces, an individual pay slip and sign-off line; two-syllable given names, one-syllable given names (전광, 리철, 차현), compound surnames 남궁 and 황보; surnames 오, 계, 석, 도, 안, 하 next to 오전, 계획, 석 달, 도로, 안 나옴, 하루.",
        "text": """[자료: 구술자 {{r:오창혁}}이 휴대전화로 찍어 온 사진 2장을 옮겨 적음. 정리 {{p:백소연}}, 2021. 3. 금액 단위 루블. 원문 양식 유지.]

{{u:남강건설}} {{u:쌍트뻬쩨르부르그}} 사업소  제7작업반
2017년 9월분 로임 계산서          (현장: {{u:쁘리모르스끼}} 구역 주택 3동, 원청 {{u:발뜨스뜨로이}})

번호  성명    직종      공수  실적   국가계획분  충성자금  식비숙박  기타공제  실지급
1     {{r:계명훈}}  작업반장  30    62000  40000       3000      6000      0         13000
2     {{r:오창혁}}  미장      30    58000  40000       3000      6000      2000      7000
3     {{p:석준호}}  미장      21    38000  40000       3000      6000      0         0
4     {{p:김룡삼}}  타일      30    55000  40000       3000      6000      0         6000
5     {{p:하승철}}  목공      29    52000  40000       3000      6000      0         3000
6     {{p:전광}}    목공      24    41000  40000       6000      6000      0         0
7     {{p:유태성}}  전기      30    60000  40000       3000      6000      0         11000
8     {{r:남궁혁}}  용접      30    61000  40000       3000      6000      5000      7000
9     {{p:도명길}}  잡공      30    45000  40000       3000      6000      0         0
10    {{p:리철}}    잡공      30    45000  40000       3000      6000      1500      0
11    {{p:방일혁}}  운전      27    48000  40000       3000      6000      0         0
12    {{p:안성국}}  취사      30    40000  40000       3000      6000      0         0
13    {{p:황보민}}  잡공      30    45000  40000       3000      6000      0         0
14    {{p:차현}}    잡공      18    27000  40000       3000      6000      0         0

비고
 - {{p:석준호}}: 9.12~9.20 병결 (손목 골절). 석 달 치 계획분 미납액 이월.
 - {{p:전광}}: 공수 미달. {{r:계}} 반장 지시로 충성자금 2배 공제. 계획 미달 사유서 제출할 것.
 - {{p:도명길}}은 {{p:방일혁}} 대신 3일 운전 (도로 공사 구간). 운전 수당 없음.
 - {{p:리철}}: 숙소에서 손전화 발견. 벌금 1500. 전화기는 보위원 보관.
 - {{r:남궁혁}}: 용접기 파손 변상 5000 (본인은 인정 안 함 — 정리자 주: {{r:오창혁}}에 따르면 {{r:남궁}} 동무 잘못이 아니라 발전기 문제였다고 함).
 - {{p:차현}}: 9.19부터 안 나옴. 하루 결근마다 계획분 그대로 부과. [정리자 주: 구술자는 "{{p:현}}이는 그날 {{u:뿔꼬보}} 공항 쪽으로 갔다"고만 말함.]
 - {{p:안성국}}(취사): 식비 계산은 {{p:안}} 동무 장부 기준.

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
로임 명세 (개인 통지용)          2017년 9월
성명: {{r:오창혁}}      직종: 미장      작업반: 7반 (반장 {{r:계명훈}})
실적 58000 − 국가계획분 40000 − 충성자금 3000 − 식비숙박 6000 − 기타 2000 (작업복)
실지급 7000 루블 중 현금 2000 지급, 5000은 귀국 시 지급 (보관: 반장)
수령인 확인: {{r:오 창 혁}} (서명)
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

작성: 부기원 {{p:심은주}}      확인: 작업반장 {{r:계명훈}}      검열: 보위원 {{p:탁}}
[정리자 주: 보위원 이름은 사진에 "{{p:탁}}"으로만 나옴. 구술자 말로는 {{p:탁영식}}. 오전 조회 때마다 "{{p:탁}} 동지" 훈화가 있었다고 함. 부기원 {{p:심}}씨는 {{u:평양}}에서 파견된 여성.]

[정리자 주 2: {{r:창혁}} 씨 본인 몫 실지급 7000 중 실제로 받은 돈은 2017년 한 해 동안 모두 합쳐 11000루블 정도였다고 함. 2018년 {{u:핀란드}} 국경 쪽으로 이탈 시도, 실패 후 2019년 {{u:블라디보스토크}} 경유 탈출.]""",
    },
    {
        "id": "h29-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Om Kwang-nam", "엄광남", "other", ["큰손", "엄 사장"]),
            ("Ri Hyang-mi", "리향미", "witness", ["향미", "제비"]),
        ],
        "note": "Smuggler's notebook transcription: code names and nicknames for people (큰손, 고양이, 삼촌, 제비, 백두산, 안경) that must be marked, next to the same words used as ordinary nouns or place names (백두산 the mountain, 고양이 the animal); Chinese place names in Hanja; phone fragments; editor's notes decoding names.",
        "text": """[수첩 사본 정리 — 2018~2019년. 중국 {{u:장백}}(长白) 거주 밀수업자 "{{r:큰손}}"의 수첩으로 추정. 원본은 구술자 {{r:리향미}}가 2020년 가지고 나옴. 괄호 [ ] 안은 정리자 {{p:윤가람}}의 주.]

p.1
{{r:큰손}} 전화 ☎ 138-xxxx-2207 (新)
[정리자: 첫 장 맨 위에 자기 별명을 적어 둠. {{r:큰손}} = {{r:엄광남}}, 조선족, 50대. 동네에서는 "{{r:엄}} 사장".]

p.2
3/12  {{p:고양이}}한테 2만. 물건 {{u:혜산}} 쪽. 다음 달 또.
      [{{p:고양이}} = {{u:혜산}} 세관 쪽 사람. {{r:향미}} 말로는 {{p:변}}씨 성을 가진 보위원.]
3/15  {{p:삼촌}} 오토바이 고침 800
      [{{p:삼촌}} = {{r:큰손}}의 친삼촌이 아니라 운반책 {{p:김학수}}. 다들 {{p:삼촌}}이라고 부름.]
3/20  고양이 밥 사료 60 [이건 진짜 고양이. 집에서 키우던 고양이 밥값.]
3/28  {{p:백두산}} 만남. {{u:二道白河}}. 사람 둘 → {{u:연길}}
      [{{p:백두산}} = 사람. {{u:백두산}} 관광지 쪽에서 차를 모는 한족 운전수 {{p:刘}}({{p:류}}) 기사의 별명. 산 이름과 헷갈리지 말 것.]

p.3
4/02  {{r:제비}} 도착. 돈 {{r:제비}} 가족한테서 5천 먼저.
      [{{r:제비}} = {{r:리향미}} 본인. 2018년 4월 {{u:러시아}} {{u:나홋까}} 수산물 공장에서 나와 {{u:훈춘}}으로 넘어옴. 별명은 {{r:큰손}}이 붙였다고 함.]
4/05  {{p:안경}} 2천. 서류.
      [{{p:안경}} = {{u:연길}}에서 가짜 신분증 만드는 {{p:조}}씨. 본명 모름. 안경 안 씀 — 반어적 별명이라고 {{r:향미}}가 설명.]
4/11  {{r:제비}} + {{p:꼬마}} → {{u:곤명}}(昆明). {{p:안경}} 서류 2장.
      [{{p:꼬마}} = 같이 넘어온 16세 소녀 {{p:한별}}. 성 모름. {{r:향미}}는 "{{p:별}}이"라고 부름.]
4/19  {{p:삼촌}} 기름값 300. {{p:삼촌}} 마누라 {{p:춘자}} 생일 선물 200(?)

p.4 (찢어짐)
5/03  {{u:나홋까}} 공장 {{p:한}} 반장 전화. 또 사람 있다고. 조심.
      [{{p:한}} 반장 = {{r:향미}}가 일하던 공장의 작업반장 {{p:한금옥}}. 반장이 직접 브로커와 연락했다는 부분은 {{r:리향미}} 진술과 일치.]
5/10  {{p:까치}}한테 빚 1만 갚음
      [{{p:까치}} = {{u:단둥}} 쪽 브로커 {{p:서명철}}? 확인 필요.]

p.5
6/01  {{p:고양이}} 잡혀감?? 전화 안 됨
6/03  {{p:백두산}} 한테서 연락. {{p:고양이}} 괜찮음. 출장.
6/14  {{r:엄}} — 결산: 수입 8만, 지출 5만 2천
      [자기 성을 결산 줄에 적는 버릇이 있음.]
7/07  {{p:문}}선생 교회 2만 받음 (선교)
      [{{p:문}}선생 = {{u:서울}}의 한 교회에서 보낸 사람. 실명 {{p:문재석}}으로 추정. {{u:문재인}} 전 대통령과 무관. 문 닫은 교회 이름이 지워져 있음.]

[정리자 전체 주: 별명은 모두 사람을 가리킴. 단, p.2 3/20의 "고양이"는 동물, p.2 3/28 괄호 안 "{{u:백두산}} 관광지"는 산. 수첩에 나오는 전화번호는 모두 가림.]""",
    },
    {
        "id": "h29-ko-08",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Kang San-il", "강산일", "witness", ["K씨", "강산", "K"]),
            ("Jon Chol-gu", "전철구", "supervisor", ["전 지배인"]),
            ("Kang Mi-ok", "강미옥", "relative", ["미옥"]),
        ],
        "note": "Researcher's interview notes with margin comments from a supervising professor; witness by letter K and pseudonym 강산 (also the word 강산 for landscape); partially masked names (김○○, 박OO); surname 전 next to 전에/전철; Mongolian and Chinese names; 민 교수 comments.",
        "text": """면담노트 #R-22 (연구자 {{p:서지현}}) — 2차 정리본
[여백 메모는 ▶ 로 표시. ▶▶ 는 지도교수 {{p:민경호}} 교수님 코멘트]

구술자: {{r:K}}씨 (남, 1975년생, {{u:함경북도}} {{u:청진}}). 가명은 본인이 고른 "{{r:강산}}".
▶ 가명이 실명 성(姓)과 같은 글자로 시작함. 논문에서는 "구술자 22"로만 쓸 것.
면담일: 2022. 8. 9. / 장소: {{u:경기도}} {{u:안산}} 구술자 자택 / 시간: 3시간 10분
동석: 구술자의 누나 {{r:강미옥}} (처음 40분)

1. 파견 경위
- 2011년 {{u:몽골}} {{u:울란바토르}} 건설 현장 파견. 소속은 "{{u:만수대해외개발회사}}"라고 기억하나 확실치 않음.
▶▶ {{u:만수대창작사}} 계열인지 확인 바람. 건설은 보통 다른 회사임. — {{p:민}}
- 파견 전 "충성심 심사". 심사관은 {{p:김○○}} (구술자가 이름을 끝까지 말하지 않음).
- 누나 {{r:미옥}} 씨의 말: "동생이 떠나기 전에 집에 쌀이 한 줌도 없었다." 아름다운 강산 이야기하던 선전과는 달랐다고.

2. 현장 생활
- 지배인 {{r:전철구}}. 구술자는 "{{r:전}} 지배인"이라고 부름. 전에는 {{u:평양}}에서 아파트 건설을 했다고 함.
▶ "{{r:전철구}}"가 혹시 "전철"+"구"로 잘못 들은 것? 녹음 재확인 → 재확인 완료. {{r:전철구}} 맞음.
- 몽골인 현장소장 {{p:Batbold}} ({{p:바트볼드}}). {{r:K}}씨 말로는 "{{p:바트볼드}}가 우리한테 고기를 줬다".
- 같은 방 동료: {{p:박OO}}, {{p:리영진}}, {{p:최동혁}}. {{p:동혁}}이는 {{u:함흥}} 출신으로 2013년 추락 사고.
▶ {{p:박OO}} 실명은 구술자가 "{{p:박}}... 그냥 {{p:박}}이라고 써라"고 함. {{p:박}}으로 통일.
- 감시: 보위원 {{p:방}}. 별명 "{{p:여우}}". {{p:방}}이 휴대전화를 찾으려고 매트리스를 다 뒤집은 일.

3. 임금
- 월 USD 600 계약, 실제 수령 USD 20~40. 나머지는 "계획분". 구술자가 직접 본 장부: {{r:전}} 지배인의 수첩.
▶▶ 몽골 측 고용주 명칭 필요. {{u:몽골 노동사회보장부}} 허가 기록과 대조 가능할 것. — {{p:민}}
- 중국인 자재상 {{p:张伟}} ({{p:장웨이}}). {{r:전철구}}가 {{p:장웨이}}한테 시멘트를 빼돌려 팔았다는 이야기.

4. 이탈
- 2014년 4월 {{u:한국 대사관}} 진입. 같이 간 사람: {{p:리영진}}. {{p:영진}}이는 도중에 잡힘.
- 구술자: "{{p:영진}}이 이름은 써도 된다. 그 사람 가족은 이미 다 알고 있다."
▶ 윤리위원회 기준상 사망·실종자 실명은 가림. {{p:리영진}} → "동료 A".
- 탈출 후 {{u:인천공항}} 도착. {{u:하나원}} 동기 {{p:정미숙}}과 지금도 연락.

5. 기타
- 누나 {{r:강미옥}}은 2009년 먼저 탈북. 동생을 데려오려고 {{u:연길}}의 브로커 "{{p:오빠}}"에게 돈을 보냈으나 사기. ("{{p:오빠}}"는 브로커 별명. 실제 오빠 아님.)
▶ 이 부분은 {{r:미옥}} 씨가 따로 녹음 거부. 노트에만 남김.
- {{r:강산}}이라는 가명에 대해: "{{u:조선}} 강산이 그리워서." (강산 = 산천을 뜻하는 일반명사이기도 함.)

▶▶ 전체적으로 좋음. 4절의 {{p:리영진}} 관련 표현 다시 보고, {{p:서지현}} 선생은 다음 주 화요일까지 3차본 보내 줄 것. — {{p:민경호}}""",
    },
    {
        "id": "h29-ko-09",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Jong Kyong-ho", "정경호", "witness", ["경호"]),
            ("Kim Jong-hwa", "김정화", "relative", ["정화"]),
            ("Tak Il-song", "탁일성", "supervisor", ["탁 반장"]),
        ],
        "note": "Settlement counselling log from a regional Hana Center; client with surname 정 next to 정착/정말; coworker 손영일 beside 손 (hand); job-centre counsellor 나혜원 beside 나 (I); doctor surnamed 어 beside the filler 어; police protection officer with compound surname; 경호 as name and as the word 경호 (bodyguard).",
        "text": """{{u:남부하나센터}} 정착지원 상담일지 (내부용)

상담번호  2023-0412            상담일시  2023. 6. 21.(수) 14:00~15:30
상 담 사  {{p:변지혜}} (전문상담사)     상담방법  대면 (센터 2층 상담실)
내 담 자  {{r:정경호}} (남, 46세)   입국 2022. 11.  {{u:하나원}} 수료 2023. 2.
동    석  없음
신변보호  {{u:서울양천경찰서}} 신변보호담당관 {{p:남궁민재}} 경위

1. 주 호소
- 취업 문제, 잠을 못 잠, 북에 있는 가족 걱정.
- 내담자: "정착은 정말 어렵습니다. 러시아에서 일할 때보다 마음은 편한데 돈이 안 됩니다."

2. 경과 (내담자 진술 요약)
- 2008~2019년 러시아 {{u:연해주}}와 {{u:아무르주}}에서 벌목·건설. 마지막 현장은 {{u:블라고베셴스크}} 아파트 공사.
- 당시 작업반장은 {{r:탁일성}}. 내담자는 지금도 "{{r:탁}} 반장" 이야기를 하면 손이 떨림. 상담 중에도 {{r:탁}}이라는 이름을 말할 때 목소리가 작아짐.
- 가장 가까웠던 동료 {{p:손영일}}은 2017년 추락 사고로 사망. 내담자가 {{p:영일}}의 손을 잡고 있었다고 함. "{{p:손}} 동무 손이 차가웠다."
- 처 {{r:김정화}}, 아들 {{p:정현수}}(19)는 {{u:함경남도}} {{u:단천}}에 있음. 내담자는 {{r:정화}}가 "배신자 가족"으로 몰렸을까 봐 걱정. 2023. 4. 브로커를 통해 {{p:현수}}와 3분 통화.
- 러시아 시절 보위원 {{p:어}}씨 ("어 동무" 아님, 성이 {{p:어}}) 이야기를 반복. 어… 상담사도 처음엔 추임새로 알아들었음.

3. 상담 내용
- 수면: {{u:국립중앙의료원}} 정신건강의학과 {{p:어수연}} 선생님께 진료 의뢰 (위에 적은 보위원 {{p:어}}씨와 같은 성이라 내담자가 처음에 거부감 표시 → 설명 후 동의).
- 취업: {{u:고용노동부}} 고용센터 {{p:나혜원}} 상담사 연계. 나는 내담자에게 지게차 자격증 과정을 권함. {{p:나}} 상담사가 다음 주 목요일 전화 예정.
- 경호 업체 보안요원 일자리 제안이 있었으나 내담자가 "경호는 싫다, 사람 감시하는 일"이라며 거절. 참고로 내담자 이름 {{r:경호}}와 같은 글자라 농담처럼 웃음.
- 가족: 브로커 송금은 센터가 관여하지 않음을 다시 안내. {{u:통일부}} 이산가족 찾기와는 별개임.
- 교회: 내담자가 다니는 {{u:목동제일교회}}의 {{p:하}} 목사님({{p:하정우}})이 생활비를 도와준 적 있다고 함. 하… 이 부분은 다음 회기에 좀 더 들어볼 것.

4. 상담사 소견
- 외상 후 스트레스 의심. 반장 {{r:탁일성}}, 보위원 {{p:어}}씨 관련 기억이 침습적.
- 동료 {{p:손영일}} 사망 관련 애도 작업 필요.
- 위기 수준: 중. 자해 위험 낮음.

5. 다음 계획
- 6. 28.(수) 14:00 2회기. {{p:남궁민재}} 경위에게 주소 변경 여부 확인.
- {{p:어수연}} 선생님 진료 결과 공유 동의서 받음.

작성: {{p:변지혜}}      확인: 팀장 {{p:곽동훈}}""",
    },
    {
        "id": "h29-ko-10",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Yong-ok", "김영옥", "witness", ["youngok.kim", "영옥"]),
            ("Sin Ok-hwa", "신옥화", "coworker", ["옥화"]),
            ("Ryom Tae-sik", "렴태식", "supervisor", ["염태식"]),
        ],
        "note": "Contacts spreadsheet exported as CSV; names in the local part of e-mail addresses and in KakaoTalk IDs; nicknames in the memo column; one row for a public organisation; quoted fields with commas; relatives named in memos; North/South spellings 렴/염, 리/이.",
        "text": """이름,관계/역할,휴대폰,이메일,카톡ID,메모
{{r:김영옥}},구술자 C-114 본인,010-4417-2290,{{r:youngok.kim}}77@naver.com,{{r:yo_kim}}1962,"2019 {{u:쿠웨이트}} → 2021 입국. 오전에만 통화 가능"
{{r:신옥화}},C-114 동료(쿠웨이트 식당),010-3321-8814,,{{r:okhwa_shin}},"{{r:영옥}} 씨 소개. {{r:옥화}} 씨는 녹음 거부"
{{p:김지훈}},C-114 아들,010-9902-1177,{{p:jihoon.k}}@gmail.com,,"어머니 면담 때 동석 원함"
{{p:박수정}},통역(러시아어),010-5512-0093,{{p:sujeong.park}}@hanmail.net,{{p:sjpark}}_ru,"{{p:수정}} 쌤. 평일 저녁 가능"
{{p:이하나}},자원봉사자,010-2234-8890,{{p:hana.lee}}.vol@gmail.com,{{p:hana}}2,"{{u:이화여대}} 대학원생"
{{p:정민혁}},변호사,02-3476-xxxx,{{p:mhjung}}@lawfirm-haneul.kr,,"법무법인 {{u:하늘}}. 임금 소송 상담"
{{p:최윤서}},센터 사무국장,010-7788-1020,{{p:yoonseo.choi}}@ngo-saebit.org,{{p:choi_ys}},
{{r:렴태식}}(?),C-114 당시 작업반장,없음,,,"{{r:영옥}} 씨 진술 속 반장 {{r:렴태식}}. 남한식 표기 {{r:염태식}}. 연락처 없음, 참고용"
{{p:리정순}},C-121 구술자,010-6610-4532,,{{p:jungsoon}}0707,"{{u:카타르}} 2015-18. {{p:리}} 선생님이라고 부를 것"
{{p:Anna Kowalska}},연구자(폴란드),+48 601 xxx xxx,{{p:a.kowalska}}@uw.edu.pl,,"{{u:바르샤바대학교}}. {{u:그단스크}} 조선소 자료"
{{p:도현우}},사진 기록,010-4590-2231,{{p:dohyunwoo}}@naver.com,{{p:doh}}_photo,"{{p:도}} 작가. 얼굴 촬영 금지 원칙 공유함"
{{p:마서윤}},C-121 딸,010-1201-9987,,,"{{p:서윤}}이는 고3. 연락은 어머니 통해서만"
{{u:북한인권정보센터}},협력기관,02-723-xxxx,info@nkdb.org,,"자료 공유 MOU 2022"
{{p:오세훈}},택배 기사,010-3344-xxxx,,,"동명이인 주의: 서울시장 아님 ㅎㅎ 물품 전달 담당"
{{p:남기철}},C-130 구술자,010-8821-7760,{{p:kc.nam}}1970@daum.net,{{p:namkc}},"{{u:몽골}} 2012-16. {{p:남}} 선생님 귀 어두움, 크게 말할 것"
{{p:유지안}},상담사,010-2267-0014,{{p:jian.yu}}@ngo-saebit.org,{{p:jian_yu}},"{{p:지안}} 선생님 6월 출산휴가"
{{p:Batjargal Enkhbold}},몽골 현지 조력자,+976 9911 xxxx,{{p:enkhbold.b}}@gmail.com,,"{{p:남기철}} 씨 현장 근처 숙소 주인"
{{p:황보은채}},자원봉사자,010-5670-2341,{{p:eunchae.hb}}@gmail.com,{{p:eunchae_hwangbo}},"영어 번역. {{p:은채}} 씨 7월까지만"
{{p:탁미란}},회계 담당,010-4021-7736,{{p:miran.tak}}@ngo-saebit.org,,""",
    },
    {
        "id": "h29-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Hong Song-min", "홍성민", "witness", ["HONG Song-min", "성민", "Songmin Hong"]),
            ("Ri Tae-gyong", "리태경", "supervisor", ["Lee Tae-kyung", "태경"]),
            ("Yun Bok-hui", "윤복희", "witness", ["복희", "Yoon Bok-hee"]),
        ],
        "note": "NGO case-management export in JSON; names in name_ko/name_en/alias fields, in author e-mails, in free-text notes in Korean and English; zero-width space inside a romanized alias; people_mentioned arrays with registered and unregistered people; organisations and sites as public; 'Moon' as a supervisor's surname and the word moon.",
        "text": """{
  "export": {
    "system": "CaseBook 4.2",
    "generated_at": "2024-02-19T08:14:22+09:00",
    "generated_by": "{{p:seo.minji}}@haneul-nk.org",
    "filter": "project = OVERSEAS_LABOUR AND status != closed"
  },
  "cases": [
    {
      "case_id": "OL-2023-0931",
      "status": "open",
      "subject": {
        "name_ko": "{{r:홍성민}}",
        "name_en": "{{r:HONG Song-min}}",
        "alias": ["{{r:성민}}", "{{r:Hong\u200bSongmin}}", "{{r:Songmin Hong}}"],
        "birth_year": 1984,
        "origin": "{{u:함경북도}} {{u:김책시}}"
      },
      "deployment": {
        "country": "{{u:Russia}}",
        "site": "{{u:Kazan}}, residential complex",
        "period": "2016-04 / 2019-11",
        "nk_entity": "{{u:Korea Sobaeksu Trading Company}}",
        "local_employer": "unknown (subject remembers 'a Tatar company')"
      },
      "people_mentioned": [
        { "name": "{{r:리태경}}", "name_en": "{{r:Ri Tae-gyong}}", "role": "team leader", "note": "South spelling {{r:Lee Tae-kyung}} in SK press" },
        { "name": "{{p:문광일}}", "name_en": "{{p:Mun Kwang-il}}", "role": "security officer", "note": "workers called him '{{p:Moon}}' in Russian-style" },
        { "name": "{{p:한철주}}", "role": "coworker", "note": "died 2018, fall" },
        { "name": "{{p:Ильдар}}", "name_en": "{{p:Ildar}}", "role": "Russian foreman", "note": "helped subject buy a SIM card" }
      ],
      "notes": [
        {
          "author": "{{p:seo.minji}}@haneul-nk.org",
          "date": "2023-10-04",
          "text": "1차 면담. {{r:성민}} 씨는 {{r:리태경}} 반장이 여권을 가방에 넣고 다녔다고 함. 보위원 {{p:문광일}}은 매일 밤 점호. 달이 밝은 밤에는 밖에서 담배를 피웠다고."
        },
        {
          "author": "{{p:d.kwak}}@haneul-nk.org",
          "date": "2023-11-12",
          "text": "Follow-up. Subject says {{p:Han Chol-ju}} fell from the 9th floor in March 2018; {{r:Ri}} reported it as illness. The moon was full that night, he remembers, because {{p:Moon}} made them work under floodlights until 2am. Subject wants {{p:Chol-ju}}'s mother, {{p:Kim Ok-nyo}}, to be told."
        },
        {
          "author": "{{p:seo.minji}}@haneul-nk.org",
          "date": "2024-01-30",
          "text": "{{u:대한법률구조공단}} 연계 검토 중. {{r:홍성민}} 본인은 실명 공개 반대. 외부 문서에는 '{{r:H}}씨'로."
        }
      ]
    },
    {
      "case_id": "OL-2023-1017",
      "status": "referred",
      "subject": {
        "name_ko": "{{r:윤복희}}",
        "name_en": "{{r:YUN Bok-hui}}",
        "alias": ["{{r:복희}}", "{{r:Yoon Bok-hee}}"],
        "birth_year": 1979,
        "origin": "{{u:평안남도}} {{u:순천}}"
      },
      "deployment": {
        "country": "{{u:China}}",
        "site": "{{u:Hunchun}} seafood processing zone",
        "period": "2017-03 / 2020-08",
        "nk_entity": "unknown",
        "local_employer": "{{u:珲春市海洋水产食品有限公司}} (name as on her uniform badge; unverified)"
      },
      "people_mentioned": [
        { "name": "{{p:정숙영}}", "role": "line leader", "note": "'{{p:정}} 반장'" },
        { "name": "{{p:李红梅}}", "name_ko": "{{p:리홍매}}", "role": "Chinese HR clerk", "note": "spoke Korean, ethnic Korean" },
        { "name": "{{p:방순덕}}", "role": "roommate", "note": "subject calls her '{{p:순덕}} 언니'" }
      ],
      "notes": [
        {
          "author": "{{p:d.kwak}}@haneul-nk.org",
          "date": "2023-12-01",
          "text": "{{r:Bok-hui}} worked 14h shifts peeling shrimp. Line leader {{p:Jong Suk-yong}} docked pay for talking. HR clerk {{p:Li Hongmei}} once gave her cough syrup. Roommate {{p:Pang Sun-dok}} still in {{u:Hunchun}} as far as she knows."
        },
        {
          "author": "{{p:seo.minji}}@haneul-nk.org",
          "date": "2024-02-02",
          "text": "{{u:하나센터}} 담당 {{p:황지수}} 선생님께 인계. {{r:복희}} 씨가 {{r:홍성민}} 씨 사건과 같은 브로커({{p:흰머리}})를 이용했다고 함. 교차 확인 필요."
        }
      ]
    }
  ]
}""",
    },
    {
        "id": "h29-mixed-02",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Jo Mi-ok", "조미옥", "witness", ["Mi-ok", "미옥"]),
            ("So Yong-bok", "소영복", "supervisor", ["소 반장", "쥐", "Rat"]),
        ],
        "note": "SMS backup between an English-speaking caseworker and a Korean former worker; fullwidth Latin letters typed with a Korean IME (Ｋｉｍ, ＳＯ ＹＯＮＧ ＢＯＫ, Ｒａｔ); contact name with emoji; the word 'so' next to the surname So/소; nickname 쥐/Rat beside the animal; Jo/Cho spellings; Arabic-script kunya; names split across consecutive messages.",
        "text": """SMS Backup & Restore - export
Contact: "{{r:Mi-ok}} (Kuwait case) 🌸"  +82 10-5521-xxxx
Owner: {{p:Rebecca Shaw}} (caseworker)  +82 10-3398-xxxx

2021-06-03 09:12  OUT  Hi {{r:Mi-ok}}, this is {{p:Rebecca}} from the centre. Is Thursday 2pm still ok for the interview?
2021-06-03 09:40  IN   네 괜찮아요 선생님
2021-06-03 09:41  IN   Ｏｋ　Ｔｈｕｒｓｄａｙ
2021-06-03 09:43  OUT  Great. {{p:Ji-hye}} will interpret. She is the one you met in May.
2021-06-03 09:50  IN   {{p:지혜}} 선생님 좋아요 😊
2021-06-03 21:15  IN   선생님 질문 있어요. 그 쿠웨이트 반장 이름 말해도 돼요? 무서워서
2021-06-03 21:30  OUT  You can tell us anything, and we decide together what to write. Nothing is published with names.
2021-06-03 21:34  IN   알겠어요. 반장은 {{r:소영복}}. {{r:ＳＯ　ＹＯＮＧ　ＢＯＫ}}
2021-06-03 21:35  IN   영어로 이렇게 써요?
2021-06-03 21:37  OUT  Yes, or "{{r:So Yong-bok}}". So he was the team leader in {{u:Kuwait}}?
2021-06-03 21:41  IN   네 {{r:소}} 반장. {{u:자흐라}} 현장. 2015-2018
2021-06-03 21:42  IN   우리는 {{r:소}} 반장을 "{{r:쥐}}"라고 불렀어요 ㅋㅋ 얼굴이 쥐 같아서
2021-06-03 21:45  OUT  Haha. "{{r:Mouse}}"? or "{{r:Rat}}"?
2021-06-03 21:46  IN   {{r:Ｒａｔ}}
2021-06-04 08:02  IN   선생님 어제 말 못 한 거 있어요. 같이 일한 언니 {{p:Ｋｉｍ}} 언니
2021-06-04 08:03  IN   {{p:김선화}}. {{p:선화}} 언니
2021-06-04 08:03  IN   아니 {{p:선화}} 언니 아직 쿠웨이트에 있을 수도 있어요
2021-06-04 08:20  OUT  Thank you {{r:Mi-ok}}. Is {{p:Kim Son-hwa}} the same person as "{{p:Sunny}}" you mentioned in May?
2021-06-04 08:31  IN   네 맞아요 {{p:Sunny}} 언니 = {{p:선화}} 언니. 아랍 사람들이 {{p:Sunny}}라고 불렀어요
2021-06-04 08:32  IN   그리고 {{p:Abu Saleh}}. 쿠웨이트 사람 스폰서. 좋은 사람이에요
2021-06-04 12:10  OUT  Noted. Do you remember {{p:Abu Saleh}}'s full name?
2021-06-04 12:44  IN   몰라요. 사람들이 {{p:أبو صالح}} 이렇게 썼어요. 핸드폰에
2021-06-05 23:02  IN   선생님 미안해요 늦게. 우리 딸 {{p:은주}} 생일이라서 울었어요
2021-06-05 23:03  IN   {{p:은주}}는 북한 {{u:남포}}에 있어요. 16살
2021-06-06 09:15  OUT  I'm so sorry, {{r:Mi-ok}}. We can talk about {{p:Eun-ju}} on Thursday if you want, or not at all. Your choice.
2021-06-06 09:30  IN   고마워요 {{p:레베카}} 선생님 🙏
2021-06-08 13:55  OUT  Reminder: Thursday 2pm, centre 3F. {{p:Ji-hye}} and I will be there. Also Mr. {{p:Do}} from legal may join for 10 min.
2021-06-08 14:02  IN   {{p:도}} 변호사님? 네 좋아요
2021-06-08 14:05  IN   아 그리고 제 이름 {{r:조미옥}} 맞고 여권에는 {{r:CHO MI OK}} 이렇게 돼 있어요. 북에서는 {{r:Jo}}
2021-06-10 13:51  IN   도착했어요. 1층이에요
2021-06-10 16:40  OUT  Thank you for today {{r:Mi-ok}}. You were very brave. Take care. {{p:Becky}}""",
    },
    {
        "id": "h29-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pak Chun-hwa", "박춘화", "supervisor", ["朴春花", "춘화"]),
            ("Kim Sol-hwa", "김설화", "witness", ["金雪花", "설화"]),
            ("Cha Kwang-chol", "차광철", "official", ["车光哲", "차 지도원"]),
        ],
        "note": "Chinese seafood factory dormitory roster with Chinese and Korean columns aligned with spaces; every worker in Hanzi and Hangul; one-syllable given names (玄静/현정); Chinese staff with 老 prefix; NGO annotations in Korean; surnames 安/안, 吴/오, 车/차 next to ordinary words (안, 오전, 차); company and hospital names in Chinese.",
        "text": """{{u:丹东鑫海水产品加工有限公司}}
朝鲜籍员工宿舍分配表（2018年4月）  /  조선 종업원 숙소 배정표
制表：{{p:刘丽}}（人事部）   审核：{{p:王建国}}（厂长）   翻译：{{p:金美兰}}

房间  床号  姓名    이름    年龄  车间  备注 / 비고
301   1     {{r:朴春花}}  {{r:박춘화}}  32    剥虾  组长 / 반장
301   2     {{p:李顺玉}}  {{p:리순옥}}  24    剥虾
301   3     {{p:崔恩晶}}  {{p:최은정}}  22    包装
301   4     {{p:韩明姬}}  {{p:한명희}}  27    冷冻
302   1     {{r:金雪花}}  {{r:김설화}}  29    包装
302   2     {{p:安永心}}  {{p:안영심}}  35    冷冻  夜班 / 야간
302   3     {{p:郑玉兰}}  {{p:정옥란}}  31    剥虾  病假 / 병가
302   4     {{p:卢美善}}  {{p:로미선}}  20    剥虾
303   1     {{p:玄静}}    {{p:현정}}    26    剥虾
303   2     {{p:吴春实}}  {{p:오춘실}}  33    包装
303   3     {{p:康银河}}  {{p:강은하}}  23    冷冻
303   4     —       —                   空床 / 빈 침대
304   1     {{r:车光哲}}  {{r:차광철}}  45    管理  朝方负责人 / 지도원

备注：
1. {{p:郑玉兰}}住院（{{u:丹东市第一医院}}），陪护：{{p:李顺玉}}。费用由朝方{{r:车}}指导员负责。
2. 晚上十点锁门，钥匙由{{r:车光哲}}保管。门卫老{{p:赵}}不得单独开门。
3. 303室空床暂不安排。{{p:王}}厂长指示：下月新来12人。

[정리자 메모 — {{r:김설화}} 씨가 2022년 제공한 사진을 옮김. 정리 {{p:문해린}}]
- {{r:설화}} 씨에 따르면 반장 {{r:박춘화}}는 원래 {{u:평양}} 피복공장 출신. {{r:춘화}} 반장은 "{{r:차}} 지도원보다 더 무서웠다"고 함.
- {{p:卢美善}}은 방에서 "{{p:미선}}이"로 불림. 가장 어렸음. 안 울던 애가 {{p:玄静}}({{p:현정}}) 언니가 아플 때 처음 울었다고.
- {{p:郑玉兰}}({{p:정옥란}})은 손가락이 냉동기에 끼어 입원. 병원에 같이 간 {{p:리순옥}}이 "{{r:차}} 지도원이 병원비를 월급에서 뗐다"고 {{r:설화}} 씨에게 말함.
- 중국 측 인사 담당 {{p:刘丽}}({{p:류리}})는 조선족 아니고 한족. 통역 {{p:金美兰}}({{p:김미란}})이 조선족. {{r:설화}} 씨는 {{p:미란}} 씨가 몰래 약을 사다 줬다고 기억.
- 문지기 老{{p:赵}}({{p:자오}} 아저씨)는 오전에는 늘 졸았다고. 차 한 잔 주면 문을 열어 줬다는 이야기도 있음.
- {{p:吴春实}}({{p:오춘실}}) 언니는 2019년에 귀국. {{p:安永心}}({{p:안영심}})은 밤 근무만 했는데, {{r:설화}} 씨는 "{{p:영심}}이 언니는 낮을 한 번도 못 봤다"고 함.""",
    },
    {
        "id": "h29-mixed-04",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Pak Chol-su", "박철수", "witness", ["Пак Чхоль Су", "Чхольсу", "Саша"]),
            ("Tsoi Natalya", "최나탈리아", "other", ["Цой Наталья Михайловна", "Наташа"]),
        ],
        "note": "Russian police record of an oral missing-person report, in Russian with a Korean translator's notes; names with patronymics, initials (Смирнова А.В.), diminutives (Наташа, Саша as a Russian nickname of a Korean worker); Korean names in Cyrillic (Пак Чхоль Су, Ли Мён Гук) and Hangul; police units, streets and company as public.",
        "text": """{{u:МВД России}}
{{u:УМВД России по г. Владивостоку}}, отдел полиции № 3
КУСП № 4412 от 14.03.2019

ПРОТОКОЛ
принятия устного заявления о безвестном исчезновении

г. {{u:Владивосток}}                                         «14» марта 2019 г., 16 ч 20 мин

Старший лейтенант полиции {{p:Смирнова Анна Викторовна}}, УУП ОП № 3, приняла устное заявление от гр. {{r:Цой Натальи Михайловны}}, 1971 г.р., уроженки г. {{u:Ташкент}}, проживающей: г. {{u:Владивосток}}, ул. {{u:Русская}}, д. 17, кв. 42, тел. 8-914-xxx-xx-xx.

Заявитель об ответственности за заведомо ложный донос по ст. 306 УК РФ предупреждена. ____ ({{r:Цой Н.М.}})

Существо заявления:
Я сдаю комнату в своей квартире гражданину {{u:КНДР}} {{r:Пак Чхоль Су}}, 1983 г.р. (паспорт у него не видела). Я его зову {{r:Саша}}, потому что его имя трудно выговорить. {{r:Саша}} работает на стройке на ул. {{u:Светланская}}, говорит, что фирма называется {{u:ООО «ВостокСтройИнвест»}}. Бригадир у них кореец, {{p:Ли}}, полное имя {{p:Ли Мён Гук}}. 10 марта 2019 г. около 21:00 {{r:Пак}} ушёл из квартиры и сказал, что идёт к бригадиру {{p:Ли}} за деньгами. Больше я его не видела. Телефон не отвечает.
12 марта ко мне приходили двое корейцев, один из них {{p:Хан Ён Чер}}, которого я знаю, он раньше приходил к {{r:Саше}}. Второй не назвался. Они забрали вещи {{r:Чхольсу}} и сказали, что он «уехал домой». Я им не поверила, потому что {{r:Саша}} оставил у меня деньги, 12 000 рублей, и фотографию дочери. Дочь зовут {{p:Ын Хян}}, ей 8 лет.
Прошу принять меры к розыску.

Приметы: на вид 35 лет, рост 165 см, худощавый, волосы чёрные, короткие, шрам на левой руке. Был одет в тёмно-синюю куртку, чёрные брюки, кроссовки.

Заявление записано с моих слов верно, мною прочитано. ____ ({{r:Цой Н.М.}})
Заявление принял: ст. лейтенант полиции ____ {{p:Смирнова А.В.}}
Материал передан: начальнику ОУР ОП № 3 подполковнику полиции {{p:Кравченко Д.С.}}

---------------------------------------------------------------
[번역·정리 메모 — 번역자 {{p:한소율}}, 2020. 7. 자료 제공: {{r:최나탈리아}} 씨(고려인)]
- 실종자 {{r:Пак Чхоль Су}} = {{r:박철수}}. 러시아 이름 "{{r:Саша}}"({{r:사샤}})는 집주인 {{r:나탈리아}} 씨가 붙인 별명.
- 신고인 {{r:Цой}}는 한국식으로 {{r:최}}. {{r:나탈리아}} 씨는 "{{r:나타샤}}"라고 불러 달라고 함. 러시아 서류에는 {{r:Наташа}}로 적힌 곳도 있음(아래 2쪽 메모).
- 작업반장 "{{p:Ли Мён Гук}}" = {{p:리명국}}. 같이 찾아온 {{p:Хан Ён Чер}} = {{p:한영철}}.
- 담당 경찰관 {{p:Смирнова}}({{p:스미르노바}}) 경위는 3월 20일 {{r:나탈리아}} 씨에게 "북한 사람은 영사관 문제"라며 사건을 {{u:북한 총영사관}}에 알렸다고 함. {{r:나탈리아}} 씨는 그 뒤로 {{r:철수}} 씨 소식을 듣지 못함.
- 딸 이름 "{{p:Ын Хян}}"은 {{p:은향}}으로 보임. {{r:철수}} 씨가 남긴 사진 뒷면에 "{{p:은향}}이 7살 생일"이라고 적혀 있음.
- 2쪽(사진만 있음): 손글씨 메모 «{{r:Наташа}}, спасибо. {{r:Саша}}». {{r:박철수}} 씨가 남긴 것으로 추정.""",
    },
    {
        "id": "h29-mixed-05",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Kim Song-il", "김성일", "witness", ["Ким Сон Ир", "성일"]),
            ("Rim Kwang-chol", "림광철", "supervisor", ["Рим Гван Чер", "Рим", "임광철"]),
            ("Chon Un-bom", "전운범", "coworker", ["Чон Ун Бом", "운범"]),
        ],
        "note": "Mongolian coal mine shift register in Mongolian Cyrillic, aligned with spaces, with Korean annotations by the NGO; Mongolian names with patronymic initials (Б. Батбаяр); Korean names in Cyrillic transcription and Hangul; Korean leader Rim/Рим/림/임; aimag and sum names; company with ХХК.",
        "text": """"{{u:Улаан Хад Майнинг}}" ХХК — {{u:Өмнөговь}} аймаг, {{u:Цогтцэций}} сум
ЭЭЛЖИЙН БҮРТГЭЛ  (교대 근무 기록부, 사본)
Уурхай: нүүрсний ил уурхай, №2 хэсэг
Огноо: 2016.11.02 – 2016.11.04
Ээлжийн ахлагч: {{p:Б. Батбаяр}}      Диспетчер: {{p:Э. Оюунчимэг}}
Солонгос бригадын ахлагч: {{r:Рим Гван Чер}}

№   Огноо  Нэр           Ажлын байр  Ээлж  Цаг  Тэмдэглэл
1   11.02  {{r:Рим Гван Чер}}  ахлагч      өдөр  12   хэвийн
2   11.02  {{r:Ким Сон Ир}}    ачигч       өдөр  12   хэвийн
3   11.02  {{p:Пак Гён Хо}}    ачигч       өдөр  12   хэвийн
4   11.02  {{r:Чон Ун Бом}}    гагнуурчин  шөнө  14   {{r:Рим}} 2 цаг нэмсэн
5   11.02  {{p:Ри Хак Чол}}    ачигч       шөнө  14   {{r:Рим}} 2 цаг нэмсэн
6   11.02  {{p:Д. Ганзориг}}   жолооч      өдөр  8    хэвийн
7   11.03  {{r:Ким Сон Ир}}    ачигч       өдөр  6    гар гэмтсэн, эмнэлэг рүү явсан
8   11.03  {{p:Пак Гён Хо}}    ачигч       өдөр  12   {{r:Ким}}-ийн оронд
9   11.03  {{p:Кан Ён Су}}     ачигч       шөнө  14
10  11.03  {{p:Хо Чхан Ги}}    туслах      шөнө  0    ирээгүй
11  11.03  {{p:Ц. Энхтуяа}}    тогооч      өдөр  10
12  11.04  {{r:Чон Ун Бом}}    гагнуурчин  шөнө  14
13  11.04  {{p:Хо Чхан Ги}}    туслах      шөнө  0    ирээгүй, {{r:Рим}} мэдэхгүй гэсэн
14  11.04  {{p:Ри Хак Чол}}    ачигч       шөнө  16

Гарын үсэг: ахлагч ____ {{p:Б. Батбаяр}}        шалгасан: ____ {{p:Г. Мөнхбат}} (ХАБ-ын инженер)

---
[NGO 정리 메모 — 번역 {{p:Solongo}} ({{p:Солонго}}), 한국어 정리 {{p:권나래}}, 2021. 5.]
- 이 사본은 구술자 {{r:김성일}}(= {{r:Ким Сон Ир}})이 2017년 {{u:울란바토르}}에서 탈출할 때 가지고 나온 것. 11월 3일 줄의 "гар гэмтсэн"은 "손을 다침".
- 북한 측 작업반장 "{{r:Рим Гван Чер}}" = {{r:림광철}}(남한식 {{r:임광철}}). {{r:성일}} 씨는 "{{r:림}} 반장이 몽골 사람들 앞에서는 웃고, 우리끼리 있을 때는 때렸다"고 함.
- "{{p:Пак Гён Хо}}" = {{p:박경호}}, "{{p:Ри Хак Чол}}" = {{p:리학철}}, "{{p:Кан Ён Су}}" = {{p:강영수}}, "{{p:Хо Чхан Ги}}" = {{p:허창기}}.
- {{p:허창기}}는 11월 3일부터 "ирээгүй"(안 나옴). {{r:성일}} 씨 말로는 {{p:창기}}가 밤에 {{u:단바자르}} 쪽으로 걸어갔다고 함. 그 뒤 소식 없음.
- {{r:전운범}}(= {{r:Чон Ун Бом}})은 용접공. 한 번도 쉬는 날이 없었음. {{r:운범}} 씨는 현재 {{u:대전}} 거주, 연락 가능.
- 몽골 측 교대 책임자 {{p:Батбаяр}}({{p:바트바야르}})는 {{r:성일}} 씨에게 병원 차를 불러 준 사람. 조리원 {{p:Энхтуяа}}({{p:엥흐투야}})는 북한 노동자들에게 몰래 양고기를 줬다고 함.
- 회사명 "{{u:Улаан Хад Майнинг}}"(붉은 바위 광업)는 등기부 확인 필요.""",
    },
    {
        "id": "h29-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Song-guk", "리성국", "supervisor", ["Mr Ri", "ري"]),
            ("Kim Un-chol", "김은철", "other", ["كيم", "Kim"]),
            ("Choe Myong-ho", "최명호", "witness", ["تشوي", "Choi Myong-ho"]),
        ],
        "note": "WhatsApp group export from a Kuwaiti site (Arabic, Korean, English); contact names with phone numbers and LRM marks; Arabic kunya and given names in Arabic script; Korean names written in Arabic script (كيم، ري، تشوي); zero-width space inside a Hangul name; team leader posting in the wrong group; emoji.",
        "text": """12/05/2019, 06:02 - \u200eMessages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
12/05/2019, 06:02 - \u200e{{p:أبو خالد}} created group "موقع 7 - المقاولين"
12/05/2019, 06:03 - \u200e{{p:أبو خالد}} added you
12/05/2019, 06:03 - \u200e{{p:أبو خالد}} added Mr {{r:Ri}} {{u:Korea}}, {{p:Hossam}} Eng, \u200e+965 9xxx xxxx
12/05/2019, 06:05 - {{p:أبو خالد}}: صباح الخير يا شباب ☀️ اليوم صب سقف الفيلا رقم 12
12/05/2019, 06:07 - Mr {{r:Ri}} {{u:Korea}}: 네 알겠습니다. 우리 작업반 25명 나갑니다
12/05/2019, 06:07 - Mr {{r:Ri}} {{u:Korea}}: OK {{p:Abu Khaled}} 25 man
12/05/2019, 06:20 - {{p:Hossam}} Eng: Mr {{r:Ri}} please no work from 11 to 4 today. Inspection from {{u:PAM}} 🚫
12/05/2019, 06:21 - {{p:Hossam}} Eng: لا شغل من الساعة 11 إلى 4، في تفتيش
12/05/2019, 06:30 - Mr {{r:Ri}} {{u:Korea}}: 오늘 점검? 알았다. {{r:최명호}} 동무 철근조 11시 전에 철수시키라
12/05/2019, 06:30 - Mr {{r:Ri}} {{u:Korea}}: sorry wrong
12/05/2019, 06:31 - Mr {{r:Ri}} {{u:Korea}}: This message was deleted
12/05/2019, 06:45 - {{p:وليد}} 🇯🇴: 👍
12/05/2019, 11:52 - {{p:Hossam}} Eng: واحد من الكوريين وقع من السقالة!!
12/05/2019, 11:52 - {{p:Hossam}} Eng: One Korean fall from scaffold villa 12. Who is he?
12/05/2019, 11:55 - {{p:أبو خالد}}: وين السيد {{r:ري}}؟
12/05/2019, 11:58 - \u200e+965 6xxx xxxx: أنا {{r:كيم}}، المترجم. اسمه {{r:تشوي}}
12/05/2019, 11:58 - \u200e+965 6xxx xxxx: I am {{r:Kim}} translator. His name {{r:Choi Myong-ho}}. Leg broken maybe
12/05/2019, 12:01 - {{p:أبو خالد}}: لازم نوديه المستشفى الحين
12/05/2019, 12:03 - {{p:Hossam}} Eng: I call ambulance?
12/05/2019, 12:04 - \u200e+965 6xxx xxxx: السيد {{r:ري}} يقول لا. no ambulance. he take by car
12/05/2019, 12:05 - {{p:أبو خالد}}: {{r:Kim}} tell Mr {{r:Ri}} if the man die it is MY problem. ambulance NOW
12/05/2019, 12:06 - {{p:وليد}} 🇯🇴: الله يشفيه 🤲
12/05/2019, 12:20 - {{p:Hossam}} Eng: Ambulance came. Going to {{u:Farwaniya Hospital}}. {{r:Kim}} go with him
12/05/2019, 12:21 - Mr {{r:Ri}} {{u:Korea}}: 통역 {{r:김\u200b은철}}이 같이 간다. {{r:명호}}는 말하지 말라고 해라
12/05/2019, 12:22 - Mr {{r:Ri}} {{u:Korea}}: sorry wrong
12/05/2019, 12:40 - {{p:Hossam}} Eng: Mr {{r:Ri}} you write Korean again in this group 😅 we dont understand
12/05/2019, 12:41 - {{p:Ahmed Karim}}: 😂😂
12/05/2019, 15:10 - \u200e+965 6xxx xxxx: From hospital. Doctor {{p:Farah}} say leg broken, operation tomorrow. {{r:Choi}} ok. He say thank you {{p:Abu Khaled}}
12/05/2019, 15:12 - {{p:أبو خالد}}: الحمد لله. قول له {{p:أبو خالد}} يسلم عليه
12/05/2019, 15:30 - Mr {{r:Ri}} {{u:Korea}}: {{p:Abu Khaled}} tomorrow 24 man. {{r:Choi}} not come.
12/05/2019, 15:31 - {{p:Hossam}} Eng: ok Mr {{r:Ri}}. Also {{u:Al-Sayer}} Eng {{p:Tamer}} will check steel tomorrow 7am
13/05/2019, 07:02 - \u200e+965 6xxx xxxx: Good morning. I am in hospital with {{r:Choi}}. Mr {{r:Ri}} say {{r:Kim}} come back to site. Who stay with {{r:Choi}}?
13/05/2019, 07:15 - {{p:أبو خالد}}: {{p:Ahmed}} will go. {{p:أحمد}} روح المستشفى
13/05/2019, 07:16 - {{p:Ahmed Karim}}: ok 👍
13/05/2019, 09:40 - Mr {{r:Ri}} {{u:Korea}}: \u200e{{r:Ri}} left""",
    },
    {
        "id": "h29-mixed-07",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Yu Chang-sik", "유창식", "witness", ["Ryu Chang-sik", "창식", "Yoo Chang-sik"]),
            ("An Kum-chol", "안금철", "supervisor", ["An", "안 지배인"]),
            ("Yu Hye-gyong", "유혜경", "relative", ["혜경"]),
        ],
        "note": "YAML testimony-intake record (English keys, Korean, Russian and English values, comments); Yu/Ryu/Yoo spellings; supervisor surname An next to the article 'an' and 안 (not); Russian names with patronymics in Cyrillic and Latin; Yakutsk sites; quoted testimony inside block scalars.",
        "text": """# testimony intake - exported from IntakeForm v2 (YAML)
# do not commit to the shared drive; contains real names
record_id: TI-2022-088
created: 2022-09-14
interviewer: {{p:Lena Hoffmann}}        # {{p:l.hoffmann}}@ngo-eu.example
interpreter: {{p:Kwak Soo-jin}}         # Korean <-> English
languages: [ko, en, ru]

witness:
  name_en: {{r:YU Chang-sik}}
  name_ko: {{r:유창식}}
  other_spellings: [{{r:Ryu Chang-sik}}, {{r:Yoo Chang-sik}}, {{r:Ю Чхан Сик}}]
  born: 1977
  origin: {{u:Kangwon Province}} ({{u:DPRK}}), {{u:Wonsan}}
  deployment:
    country: {{u:Russia}}
    city: {{u:Yakutsk}} ({{u:Якутск}})
    years: 2015-2019
    work: concrete, winter heating of slabs

family:
  - name: {{r:유혜경}}
    relation: wife
    location: {{u:Wonsan}}
    note: "{{r:혜경}}이는 아무것도 모름. 연락 금지."
  - name: {{p:유진혁}}
    relation: son (b. 2004)
    location: unknown; conscripted?

people:
  - name: {{r:An Kum-chol}}
    name_ko: {{r:안금철}}
    role: site manager (지배인)
    note: >
      Witness calls him "{{r:안}} 지배인" or just "{{r:An}}". An angry man, an
      alcoholic by the witness's account. Kept passports in a Russian safe.
  - name: {{p:Hwang Il}}
    name_ko: {{p:황일}}
    role: security officer
    note: one-syllable given name; witness says "{{p:황일}} 동무", never "{{p:일}}".
  - name: {{p:Валерий Петрович Седых}}
    name_en: {{p:Valery Sedykh}}
    role: Russian client, director of {{u:ООО «Якутстройкомплекс»}}
  - name: {{p:Айталина}}
    role: Yakut cook at the canteen
    note: "gave bread; witness knows only the first name {{p:Aitalina}}"
  - name: {{p:Ko Song-jin}}
    role: coworker, died Jan 2018 (frostbite, sepsis)

quotes:
  - ko: |
      영하 오십 도에도 {{r:안}} 지배인은 밖에 세웠어요. 안 나가면 식량을 깎았어요.
      {{p:송진}}이가 발가락이 까매졌는데 병원은 안 보냈어요. {{p:고송진}}. 꼭 적어 주세요.
    en: |
      At minus fifty, {{r:An}} still put us outside. If you did not go, he cut your food.
      {{p:Song-jin}}'s toes went black and he was not sent to hospital. {{p:Ko Song-jin}}. Please write it down.
  - ko: |
      러시아 사장 {{p:세디흐}}는 좋은 사람도 나쁜 사람도 아니었어요. 돈은 {{r:안금철}}한테 줬어요.
    en: |
      The Russian boss {{p:Sedykh}} was neither good nor bad. He paid the money to {{r:An Kum-chol}}.
  - ru: |
      «Корейцы работали без выходных», — слова {{p:Айталины}}, записаны {{p:Kwak}} по телефону.

places:
  - {{u:Yakutsk}}
  - {{u:Nizhny Bestyakh}}
  - {{u:Lena River}}     # ice road, winter
exit_route: "{{u:Yakutsk}} -> {{u:Moscow}} -> {{u:Istanbul}} -> {{u:Seoul}} (2019-12)"
consent: {published_with_pseudonym: true, pseudonym: "{{r:창식}} 아저씨 -> use 'Mr {{r:Y}}'"}
reviewed_by: {{p:Hoffmann}}, {{p:Kwak}}""",
    },
    {
        "id": "h29-mixed-08",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Sim Jong-nam", "심종남", "witness", ["종남", "Shim Jong-nam"]),
            ("Pyon Yong-gu", "변영구", "supervisor", ["변 반장", "Byun Young-gu"]),
        ],
        "note": "E-mail thread with headers (From/To/Cc with display names and addresses), quoted replies with >, Korean and English bodies, signatures; names in address local parts; surname Sim/Shim, Pyon/Byun spellings; a public UN office and ministry; 'No.' and 'So' as words.",
        "text": """From: {{p:Park Ji-young}} <{{p:jiyoung.park}}@nkrights-hub.org>
To: "{{p:Lee, Daniel}}" <{{p:d.lee}}@nkrights-hub.org>
Cc: {{p:Anna Berg}} <{{p:anna.berg}}@nkrights-hub.org>, {{p:고은채}} <{{p:eunchae.ko}}@nkrights-hub.org>
Date: Tue, 7 Nov 2023 18:42:10 +0900
Subject: RE: RE: [case 0417] 쿠웨이트 → 러시아 이동 건 / witness {{r:SJN}}

{{p:Daniel}},

{{r:종남}} 씨 2차 면담 정리 첨부합니다. 주요 내용만 아래에:

1. {{r:심종남}} 씨는 2014~2016 {{u:쿠웨이트}} {{u:알아흐마디}} 현장 → 2016~2019 러시아 {{u:노보시비르스크}} 현장. 두 곳 모두 반장이 같은 사람, {{r:변영구}}.
2. {{r:변}} 반장이 쿠웨이트에서 러시아로 작업반 전체를 그대로 데려감. 이건 처음 듣는 패턴이라 {{p:Anna}}가 UN 쪽에 공유하면 좋겠다고 함.
3. {{r:종남}} 씨 동료 {{p:명대식}}, {{p:진호철}}도 같이 이동. {{p:진호철}} 씨는 2018년 {{u:노보시비르스크}}에서 사망 (심장마비라고 들었다고).
4. 본인 요청: 영문 보고서에 {{r:Shim}} 말고 {{r:Sim}}으로. "남쪽 이름 쓰기 싫다"고.

- {{p:지영}}

-----
{{p:박지영}} | {{p:Park Ji-young}}
Research Officer, {{u:NK Rights Hub}}
{{u:Seoul}} · +82 2 xxx xxxx

> On Mon, 6 Nov 2023 at 09:15, {{p:Daniel Lee}} <{{p:d.lee}}@nkrights-hub.org> wrote:
>
> Hi {{p:Ji-young}},
>
> Thanks. Quick questions before I draft the submission to the {{u:OHCHR}} {{u:Seoul}} office:
> - Is {{r:SJN}} ok with us naming {{r:Pyon}}? He is the perpetrator, but if {{r:Byun Young-gu}} is still in {{u:Russia}} it may put {{r:SJN}}'s family at risk.
> - Do we have a second source for the move from {{u:Kuwait}} to {{u:Russia}}? {{p:Anna}} mentioned a witness in {{u:Busan}}, Mr. {{p:Jin}}? Or was it {{p:Jin Ho-chol}}'s brother?
> - No. of workers moved: 18 or 22?
>
> So many moving parts. Sorry for the list.
> {{p:Dan}}
>
>> On Fri, 3 Nov 2023 at 17:02, {{p:Anna Berg}} <{{p:anna.berg}}@nkrights-hub.org> wrote:
>>
>> {{p:Ji-young}}, {{p:Daniel}} - the witness in {{u:Busan}} is {{p:Myong Dae-sik}}'s cousin, not {{p:Jin}}'s brother. His name is {{p:Myong Chol-u}}, he worked only in {{u:Kuwait}}. He confirms {{r:Pyon}} and "the whole team went to {{u:Siberia}}".
>> I talked to {{p:Eun-chae}}: she can translate his statement by Friday.
>> {{p:Anna}}
>>
>>> 2023년 11월 2일 (목) 오후 4:10, {{p:고은채}} <{{p:eunchae.ko}}@nkrights-hub.org>님이 작성:
>>>
>>> 네 금요일까지 가능합니다. 참고로 {{p:명철우}} 씨는 {{r:변영구}}를 "{{r:변}}가"라고만 부르세요.
>>> {{p:은채}} 드림""",
    },
    {
        "id": "h29-mixed-09",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Han Yong-gil", "한용길", "supervisor", ["HAN YONG GIL", "Hana"]),
            ("Pak Song-chol", "박성철", "witness", ["PAK SONG CHOL", "성철"]),
            ("Ryang Ki-ho", "량기호", "coworker", ["RYANG KI HO", "Yang Ki-ho"]),
        ],
        "note": "Polish hostel guest register (książka meldunkowa) with aligned columns, Polish remarks and Polish private names with diacritics; NK welders in SURNAME GIVEN capitals; pan/pani + surname; NGO notes in English and Korean; Polish public bodies (Straż Graniczna, PIP) and a shipyard.",
        "text": """HOSTEL "PRZY DOKU" — {{u:Gdańsk}}, ul. {{u:Wałowa}} 3
KSIĄŻKA MELDUNKOWA / REJESTR GOŚCI — rok 2016, strona 41-42 (kopia)
Właścicielka: {{p:Danuta Wiśniewska}}        Recepcja: {{p:Kasia}}, {{p:Marek}}

Lp.  Nazwisko i imię       Obyw.  Pokój  Od          Do          Uwagi
1    {{r:HAN YONG GIL}}          PRK    1      2016-03-01  2016-11-30  opiekun grupy, płaci za wszystkich
2    {{r:PAK SONG CHOL}}         PRK    4      2016-03-01  2016-11-30  spawacz
3    {{r:RYANG KI HO}}           PRK    4      2016-03-01  2016-09-14  spawacz; szpital 09-14
4    {{p:RI MYONG SU}}           PRK    4      2016-03-01  2016-11-30  spawacz
5    {{p:CHOE IL BOM}}           PRK    5      2016-03-01  2016-11-30  spawacz
6    {{p:KIM HAK RYONG}}         PRK    5      2016-03-01  2016-07-02  nie wrócił na noc 07-02
7    {{p:SO KUM CHOL}}           PRK    5      2016-04-15  2016-11-30
8    {{p:Oleksandr Bondarenko}}  UKR    7      2016-05-10  2016-06-10
9    {{p:Tomasz Grabowski}}      POL    8      2016-05-20  2016-05-22

Uwagi recepcji (ręcznie):
- 03-01: paszporty wszystkich Koreańczyków u pana {{r:Hana}}. Pan {{r:Han}} nie chce oddać do zameldowania, tylko kserokopie. — {{p:D. Wiśniewska}}
- 07-02: pan {{p:Kim}} (pokój 5) nie wrócił. Pan {{r:Han}} mówi, że "pojechał do domu". Rzeczy zabrał pan {{r:Han}} w nocy. — {{p:Kasia}}
- 09-14: pan {{r:Ryang}} poparzony przy spawaniu, karetka do {{u:Szpital Copernicus}}. {{p:Marek}} pojechał z nim, bo pan {{r:Han}} był w stoczni. — {{p:Marek}}
- 10-03: kontrola {{u:Straż Graniczna}} + {{u:Państwowa Inspekcja Pracy}}. Pani inspektor {{p:Nowakowska}} pytała o godziny pracy. Pan {{p:So}} powiedział po angielsku "twelve hours". Pan {{r:Han}} zły.
- Praca: {{u:Stocznia Północna}} przez agencję {{u:Armex Sp. z o.o.}} (pan {{p:Zieliński}}).

--- NGO notes (2021, {{p:J. Kowal}} / {{p:윤서진}}) ---
- Copy received from {{p:Danuta Wiśniewska}} via {{p:Kasia}} ({{p:Katarzyna Mazur}}), who now works at the {{u:Gdańsk}} welcome centre.
- {{r:PAK SONG CHOL}} is our witness {{r:박성철}}. He confirms: {{r:한용길}} ("pan {{r:Han}}" to the hostel staff) held all passports and took the wages from {{u:Armex}}.
- {{r:RYANG KI HO}} = {{r:량기호}} (South Korean spelling {{r:Yang Ki-ho}}). Burned on the arm in September, sent home in October per {{r:성철}} 씨. "{{r:기호}}는 {{u:평양}} 가는 비행기에서 울었다."
- {{p:KIM HAK RYONG}} ({{p:김학룡}}): left on 07-02. {{r:Pak}} says {{p:Hak-ryong}} went to {{u:Berlin}} with help from a Ukrainian coworker ({{p:Oleksandr}}? not confirmed). Whereabouts unknown.
- 한국어 메모: {{r:박성철}} 씨는 {{p:소금철}}({{p:SO KUM CHOL}})이 영어로 "twelve hours"라고 대답한 날 밤에 {{r:한}} 반장에게 맞았다고 진술. {{p:금철}} 씨는 {{u:함흥}} 출신, 현재 행방 모름.
- {{p:Nowakowska}} (PIP inspector) — do not contact directly; via {{u:PIP}} press office only.""",
    },
    {
        "id": "h29-mixed-10",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Mun Hyang-sil", "문향실", "witness", ["Moon Hyang-sil", "향실"]),
            ("Song Tae-gwan", "송태관", "supervisor", ["송 반장"]),
            ("Jo Un-ha", "조은하", "coworker", ["은하", "Cho Eun-ha"]),
        ],
        "note": "Photo archive index with EXIF-like fields (Artist, Keywords), captions in English and Korean, face tags; photographer names; surnames Moon and Song next to 'moon' and 'song'; Arabic shop sign; Kuwait sites and a football stadium as public; blurred-face instruction with initials.",
        "text": """ARCHIVE INDEX — Box 4 / folder "KUWAIT 2016-2017" (scanned prints + phone photos)
Indexed by: {{p:Natalie Brooks}}, checked by {{p:최다솜}} — 2023-05
Rule: faces of living NK persons blurred in any export. Tags below are internal.

IMG_4471.JPG
  Date: 2016-05-02 19:41   Camera: Samsung SM-J200
  Artist: {{r:Mun Hyang-sil}}
  Caption (EN): Kitchen container at the {{u:Jahra}} site. Left to right: {{r:Jo Un-ha}}, {{p:Kim Sol-mi}}, an unidentified Bangladeshi helper.
  Caption (KO): {{u:자흐라}} 현장 주방 컨테이너. 왼쪽부터 {{r:조은하}}, {{p:김솔미}}.
  Faces tagged: {{r:조은하}} (L), {{p:김솔미}} (C)
  Keywords: kitchen, women, {{u:Kuwait}}

IMG_4478.JPG
  Date: 2016-05-02 20:02
  Artist: {{r:Mun Hyang-sil}}
  Caption (EN): The moon over the site fence. Taken by {{r:Moon}} herself — she says she took it "because the moon was the same one my mother sees".
  Caption (KO): 현장 울타리 위 달. {{r:향실}} 씨가 직접 찍음.
  Faces tagged: none

IMG_4502.JPG
  Date: 2016-08-15 12:10
  Artist: unknown (phone of {{r:Jo Un-ha}})
  Caption (EN): Lunch break, 48 C. Team leader {{r:Song Tae-gwan}} (standing, white cap) with the men of the concrete team. Seated front: {{p:Ri Kang-il}}, {{p:Pak Chol}}, "{{p:Bear}}" ({{p:Ko Man-su}}).
  Caption (KO): 점심시간. 흰 모자 서 있는 사람이 {{r:송태관}} 반장. 앞줄 {{p:리강일}}, {{p:박철}}, "{{p:곰}}"({{p:고만수}}).
  Faces tagged: {{r:송태관}}, {{p:리강일}}, {{p:박철}}, {{p:고만수}}
  Note: {{r:Hyang-sil}} says {{r:Song}} made the men sing a song for the Party before eating. "{{r:송}} 반장이 노래를 시켰다."

IMG_4519.JPG
  Date: 2016-09-01 21:30
  Artist: {{r:Mun Hyang-sil}}
  Caption (EN): Shop in {{u:Jleeb Al-Shuyoukh}}; sign reads "{{u:بقالة أبو فهد}}" ({{u:Abu Fahad Grocery}}). Shopkeeper {{p:Rajesh}} in doorway.
  Caption (KO): {{u:즐립 알슈유크}}의 가게. 주인 {{p:라제시}} 씨. 여자들이 몰래 전화 카드를 사던 곳.
  Faces tagged: {{p:Rajesh}}

IMG_4533.JPG
  Date: 2016-12-24 23:55
  Artist: Father {{p:Anthony}} ({{u:Holy Family Cathedral}}, {{u:Kuwait City}})
  Caption (EN): Christmas Eve. {{r:Un-ha}} and {{r:Hyang-sil}} at the back of the cathedral yard; they did not come in. Photo given to us by Fr. {{p:Anthony Fernandes}} in 2019.
  Caption (KO): 성탄 전야. 성당 마당 뒤쪽에 선 {{r:은하}}, {{r:향실}}. 안에는 들어오지 않았음.
  Faces tagged: {{r:조은하}}, {{r:문향실}}
  BLUR: yes (both). Export label: "{{r:J.E.}} and {{r:M.H.}}"

IMG_4601.JPG
  Date: 2017-03-11 16:20
  Artist: {{r:Mun Hyang-sil}}
  Caption (EN): View of {{u:Jaber Al-Ahmad International Stadium}} from the bus. Sent to her brother {{p:Mun Hyang-chol}} in {{u:Sariwon}}? — no, never sent (no way to send).
  Caption (KO): 버스에서 본 경기장. 오빠 {{p:문향철}}에게 보내고 싶었다고 함.
  Faces tagged: none

IMG_4650.JPG
  Date: 2017-06-20 05:10
  Artist: {{r:Jo Un-ha}}
  Caption (EN): Last photo before {{r:Un-ha}} was sent back to {{u:Pyongyang}}. {{r:Song}} took her phone the same day; this file survived on the memory card {{r:Hyang-sil}} hid.
  Caption (KO): {{r:은하}} 씨 귀국 전날 새벽. {{r:송}} 반장이 그날 전화기를 압수. 메모리카드는 {{r:향실}} 씨가 숨김.
  Faces tagged: {{r:조은하}}, {{r:문향실}}, {{p:김솔미}}
  Keywords: departure, women, {{u:Kuwait}}

Photographer credit line for publication: "Photo: {{r:M.}} / courtesy {{u:Kuwait Documentation Project}}". Never "{{r:Moon Hyang-sil}}".""",
    },
]
