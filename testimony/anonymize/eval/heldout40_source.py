# ruff: noqa: E501
"""Held-out evaluation passages, set 40. Built by build_heldout.py heldout40.

Forty documents of the kind an NGO working on North Korean workers sent abroad
actually holds (dormitory roll-call sheets, wage-deduction ledgers, shipping
manifests, visa applications, work-permit renewal lists, customs declarations,
consular registers, labour-agency invoices, training certificate lists, canteen
debt books, lawyers' case memos, risk assessments, interpreters' glossaries,
volunteer rotas, grant report annexes, mediation records, witness-protection
checklists, translated song lyrics, school records, pharmacy logs, bus passenger
lists, hotel registrations, SIM-card registrations, loan agreements, receipt
books, complaints to an embassy, UN communication drafts, handover notes, timeline
spreadsheets, map legends, museum captions, acknowledgements, thesis appendices,
conference Q&As, weather-delay logs, catch logs, crew medical logs, vehicle
logbooks, condolence-gift registers and courier waybill lists), in English,
Korean and mixed Korean/English with Russian, Chinese, Arabic, Mongolian,
Japanese, Polish, Vietnamese, Indonesian and Portuguese.

Labelling convention:
- {{r:...}} a mention of a registered private person (listed in the passage's
  "persons" as (romanized name, Hangul name, role, aliases)); {{p:...}} a mention
  of an unregistered private person; {{u:...}} a public name: a real public figure,
  a real place, a real organisation or company, a real ship. Real public figures
  are only mentioned neutrally.
- Every fictional person is private, whatever their office (a fictional minister,
  judge, police officer, consul, doctor, inspector, pastor or interpreter is private).
- Invented businesses, sites and vessels are left unmarked.
- A mention is labelled as the text writes it: the name only, without particles
  (박철민이 -> {{r:박철민}}이; the affectionate suffix 이 after a given name also stays
  outside) and without titles (리 반장님 -> {{r:리}} 반장님, Mr {{p:Ho}}, Dr {{p:X}}),
  but Chinese forms of address are labelled whole (老周, 小王, 王总) and Russian
  names keep their case endings (Пака, Кима); so do Polish ones (Kima, Pakiem).
- A nickname or alias that refers to a person is a mention of that person even when
  it is not registered as an alias; the same word used as an ordinary word is not.
- In an e-mail address or login only the local part is labelled, and only when it
  spells the person's name (kim.yongho@..., yongho_k); role accounts are unmarked.
- A surname discussed as a word ("the surname 박 means gourd") is unmarked, and so
  are ordinary words that look like names (이상, 명이라, 맹세해, 위해, "No,", "So,").
- Country names are public places whenever they stand as nouns, also attributively
  (DPRK, PRC, North Korea, 한국, 북한 사람, 중국 돈); nationality adjectives and
  derived words (Korean, Chinese, 한국어, 중국산, 러시아인) are not marked.

Clarifications added in this set:
- A possessive 's, a plural -s, particles and emoji stay outside a mention
  ({{p:Pak}}'s, the {{p:Kim}}s, {{p:철민}}이가, {{p:Sun-hui}} 🙏).
- Zero-width characters, soft hyphens, fullwidth letters and a line break inside a
  name stay inside the mention.
- Initials standing for a person are mentions ({{p:K.C.M.}}, Mr {{p:R.}}).
- In handles, hashtags, file names and URLs only the part that spells the name is
  labelled (@{{p:cholmin}}_88, #{{p:박순희}}를_찾습니다, interview_{{p:Pak}}_v2.docx).
- OCR-garbled names are labelled as written ({{p:Kirn Chol-rnin}}).
- Generic kinship or role words used instead of a name (엄마, 형, 반장, "the cook")
  are not mentions; a pet name used like a name is.
- Real platforms and apps (WhatsApp, KakaoTalk, WeChat, Telegram) are public.
"""

PASSAGES: list[dict] = [
    {
        "id": "h40-en-01",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("So In-chol", "소인철", "witness", ["In-chol"]),
            ("Jang Myong-sok", "장명석", "supervisor", []),
            ("Ha Tae-ung", "하태웅", "coworker", ["Tae-ung"]),
        ],
        "note": "Translated dormitory roll-call sheet, Vladivostok; names in capitals without hyphens in a pipe table, surnames that are English words (So, Ha, No, An, Ban, Yu, Moon, Gil, Seo, O) next to the same words used ordinarily, a bare initial as countersignature, a Russian nickname for a registered worker, two spellings of one surname.",
        "text": """DORMITORY ROLL-CALL SHEET - TRANSLATED COPY
Source: two photographs of a wall sheet, Block 3 workers' dormitory, Sputnik-2 housing site, {{u:Vladivostok}}. Photographed on 19 October 2019 by {{r:So In-chol}} and handed to us in {{u:Seoul}} in March 2022.
Translation: {{p:Yoon Ha-eun}} (freelance). Checked: {{p:M. Brandt}}.

Columns in the original: room, name, 06:30 count, 21:30 count, remarks. Names are given as the brigade leader wrote them, surname first, in capitals and without hyphens. A struck-through entry is shown as [struck].

Brigade: 3rd (plastering and tiling). Brigade leader: {{r:JANG MYONG SOK}}. Political instructor (visiting): {{p:RYU KYONG CHOL}}. Countersigned: "{{p:O.}}" (see note 4).

ROOM | NAME | 06:30 | 21:30 | REMARKS
301 | {{r:JANG MYONG SOK}} | present | present | brigade leader
301 | {{p:CHOE KWANG HO}} | present | present | cook Mon-Wed
301 | {{r:SO IN CHOL}} | present | absent | "site office, called by Comrade {{p:Ma}}"
302 | {{r:HA TAE UNG}} | present | present | night watch Thu
302 | {{p:NO SONG IL}} | absent | absent | clinic, note from Dr {{p:Petrenko}} attached
302 | {{p:KANG CHOL}} | present | present |
302 | {{p:PAK YONG NAM}} [struck] | - | - | "sent home 12.10, see {{p:Ryu}}"
303 | {{p:AN MYONG HAK}} | present | present | swapped beds with {{p:BAN}}
303 | {{p:BAN SONG CHOL}} | present | present | swapped beds with {{p:AN}}
303 | {{p:YU CHANG SU}} | present | late 22:10 | unloading with foreman {{p:Sergei}}
303 | {{p:RI HYON}} | present | present |
304 | {{p:MOON IL}} | present | present | (spelt MUN on the May sheet)
304 | {{p:GIL MYONG U}} | present | present | reads the paper aloud
304 | {{p:SEO KWANG}} | absent | present | toothache

Translator's notes
1. {{r:In-chol}} says the 21:30 count was the one that mattered. So his own "absent" on the Tuesday was corrected in pencil the next morning by {{r:Jang}}, which is the darker tick in the second photograph. No reason is written.
2. The sheet spells one man both MOON and MUN. {{r:So}} confirms it is the same person, {{p:Mun Il}}, "the one who sang on the roof when the moon was out". An older worker, {{p:Gil}}, used to tell him to stop.
3. {{r:Tae-ung}} ({{r:HA TAE UNG}} on the sheet) was, according to {{r:So}}, the only man in room 302 who could speak some Russian. The Russian foreman, {{p:Sergei Vasilyevich Lobanov}}, called him "{{r:Tolya}}" and sent him to fetch cement with {{p:Yu}}.
4. "{{p:O.}}" is {{p:O Chang-rim}}, the deputy representative of the company. No one in the brigade used his full name; they called him "the accountant". {{r:Jang}} had to take the sheet to {{p:O}} every Sunday.
5. {{p:PAK YONG NAM}}'s line is struck because he was sent back to {{u:Pyongyang}} on 12 October after a fight with {{p:Choe}} in the kitchen. "See {{p:Ryu}}" means the political instructor handled it. {{r:In-chol}} never heard from {{p:Yong-nam}} again.
6. {{p:Seo}}'s toothache lasted about a week; {{r:Ha}} took him to a Russian dentist on Sunday with money borrowed from {{p:Kang Chol}}.
7. The newspaper read aloud in room 304 was the {{u:Rodong Sinmun}}, delivered in bundles two weeks late from the consulate.
8. A travel ban on Sundays applied to everyone except {{r:Jang}} and {{p:Choe}}, who bought food at the {{u:Sportivnaya}} market. The cook, {{p:Choe}}, was known as "{{p:Ttukbaegi}}" (earthen pot).

Please do not circulate the photographs: the handwriting of {{r:JANG}} and of {{p:O}} is recognisable, and {{r:So}}'s absence on the Tuesday can be matched to him by anyone from Block 3.""",
    },
    {
        "id": "h40-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Bang Chol-u", "방철우", "witness", []),
            ("Kim Ok-sun", "김옥순", "relative", ["Ok-sun"]),
            ("Pyo Jae-gyong", "표재경", "supervisor", []),
        ],
        "note": "Annotated cargo manifest of unaccompanied personal effects, Kuwait to Dalian; capitals without hyphens in a table, a worker shipping to himself (same name twice in a row), two different men called Kim Chol, surname Do next to 'Do not', Chinese 'Lao' form of address, forwarder's e-mail beside a role address.",
        "text": """CARGO MANIFEST - UNACCOMPANIED PERSONAL EFFECTS
(extract, pages 3-4 of 9; annotated by the research team, file KW-MAN-07)

Vessel / voyage: MV ORIENT HARVEST / 2211W
Port of loading: {{u:Shuwaikh Port}}, {{u:Kuwait}}
Transhipment: {{u:Jebel Ali}}, {{u:United Arab Emirates}}
Port of discharge: {{u:Dalian}}, {{u:PRC}}
Final destination as declared: {{u:Sinuiju}} via {{u:Dandong}}
Shipper: Gulf Star Building Contracting Co. W.L.L., "on behalf of workers"
Shipper's contact: {{r:PYO JAE GYONG}}, group representative
Notify party: Mr {{p:Liu Changfeng}}, Xinhe Border Trading Co.
Prepared by: {{p:Rajesh Menon}}, Al Noor Freight Services

PKG | CONSIGNOR | CONSIGNEE / TOWN | DECLARED CONTENTS | KG
001-003 | {{r:BANG CHOL U}} | {{r:KIM OK SUN}} / {{u:Anju}} | clothes, rice cooker, sewing machine | 64
004 | {{p:DO MYONG CHOL}} | {{p:DO KUM HUI}} / {{u:Sariwon}} | shoes, blankets | 22
005-006 | {{p:CHA SONG HO}} | {{p:RI YONG AE}} / {{u:Hamhung}} | bicycle (dismantled), soap | 41
007 | {{p:KIM CHOL}} | {{p:KIM CHOL}} (self) / {{u:Kanggye}} | hand tools | 18
008 | {{p:JON IL NAM}} | {{p:HAN SUN OK}} / {{u:Haeju}} | fabric, tinned milk | 27
009 | {{p:NAM KYONG SU}} | {{p:NAM KYONG SU}} (self) / {{u:Chongjin}} | clothes | 15
010-011 | {{p:SIN HYOK}} | {{p:SIN MYONG JA}} / {{u:Pyongsong}} | television 21", cooking oil | 38
012 | {{p:UM CHANG GIL}} | {{p:PAEK HYANG}} / {{u:Nampho}} | medicine, cosmetics | 9
013 | {{p:KIM CHOL SU}} | {{p:KIM SONG HUI}} / {{u:Anju}} | clothes, rice | 30

Remarks printed on each package: FRAGILE. Do not stack above two. Personal effects, no commercial value.
Packed and sealed in the presence of the group representative {{r:PYO JAE GYONG}}. Tally: {{p:J. Fernandes}}.

RESEARCH TEAM ANNOTATIONS
A. {{r:Bang Chol-u}} worked in the site office in {{u:Jahra}} from 2015 to 2018 and typed the consignor list for the forwarder. He kept photographs of these two pages. He says the weight column was filled in by {{r:Pyo}} afterwards: "Representative {{r:Pyo}} weighed nothing. He wrote what would pass."
B. Package 007: {{p:Kim Chol}} was sending his tools home because he had been told he would not come back to {{u:Kuwait}}. Do not confuse him with {{p:Kim Chol-su}} (package 013), who stayed until 2020.
C. {{r:Kim Ok-sun}} is {{r:Bang}}'s wife. She told him in 2019, in a call routed through a broker in {{u:Yanji}}, that the sewing machine arrived without its motor. "{{r:Ok-sun}} laughed about it. She said the motor had found a new family in {{u:Dandong}}."
D. {{p:Do Myong-chol}} and {{p:Cha Song-ho}} shared a room with {{r:Bang}}. {{p:Cha}} bought the bicycle from a Bangladeshi worker, {{p:Rafiqul}}, for 12 dinars; {{p:Do}} helped him take it apart.
E. The notify party, Mr {{p:Liu}}, appears on three other manifests in our file. {{r:Bang}} says the drivers called him "{{p:Lao Liu}}" and that {{r:Pyo}} telephoned him every week from the office.
F. {{p:Um Chang-gil}} was the site's nurse in all but name. The medicine in package 012 was, {{r:Bang}} believes, bought for {{p:Paek Hyang}}'s mother.
G. The forwarder's e-mails came from {{p:rajesh.menon}}@alnoorfreight.com.kw and from the role address docs@alnoorfreight.com.kw. We have not contacted Mr {{p:Menon}}.
H. None of the consignees have been contacted. {{r:Bang}} asks that {{r:Ok-sun}}'s town not be published together with his name.""",
    },
    {
        "id": "h40-en-03",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ryu Kwang-nam", "류광남", "witness", ["Yu Kwang-nam"]),
            ("Pak Se-hyon", "박세현", "coworker", ["Park Se-hyun"]),
            ("Chae Yong-bok", "채용복", "supervisor", []),
        ],
        "note": "Group passenger customs declaration at Vladivostok airport with NGO notes; northern and southern spellings of the same two registered men (Ryu/Yu, Pak/Park), Hong as surname beside Hong Kong, Yi/Lee variants of different people, a Russian customs officer with a Russian word quoted.",
        "text": """CUSTOMS DECLARATION - COPY WITH NGO NOTES
Form: passenger customs declaration of the {{u:Eurasian Economic Union}}, completed in Russian; English rendering by our office. Filed at {{u:Vladivostok International Airport}}, {{u:Artyom}}, departures hall, 23 November 2019, for the {{u:Air Koryo}} evening flight to {{u:Pyongyang}}.

Declarant: {{r:RYU KWANG NAM}}, passport series PD (digits withheld)
Declaring on behalf of a group of 11 persons (list attached by the declarant)
Section 3, cash above the equivalent of USD 10,000: YES
Amount: USD 23,400 and RUB 118,000 (group total)
Section 5, goods: personal items; four television sets; two sewing machines
Signature: [{{r:Ryu}}, in Korean script]
Officer: {{p:E. V. Guseva}}, senior inspector, personal stamp 0417

ATTACHED LIST (written by the declarant, surname first)
1. {{r:RYU KWANG NAM}} - USD 2,100
2. {{p:CHOE MYONG SU}} - USD 2,100
3. {{r:PAK SE HYON}} - USD 1,900 and RUB 40,000
4. {{p:YI CHANG HO}} - USD 2,100
5. {{p:HONG SU RYON}} - USD 2,000
6. {{p:RI CHANG HO}} - USD 2,100
7. {{p:KIM TONG IL}} - USD 2,100
8. {{p:TAE MYONG GUK}} - USD 2,300
9. {{p:WON SONG JIN}} - USD 2,100, RUB 78,000
10. {{p:KIM HAK}} - USD 2,200
11. {{r:CHAE YONG BOK}} - USD 2,300 (accountant, travelling with the group)

NGO NOTES
- The declarant is the man we interviewed in {{u:Seoul}} in 2023 as {{r:Yu Kwang-nam}}; his South Korean registration uses the southern spelling. He left the group in {{u:Moscow}} in 2021, not on this flight. {{r:Kwang-nam}} flew back to {{u:Vladivostok}} two days later.
- He says the "group total" was not the workers' savings but the brigade's "loyalty money", collected every month by the accountant, {{r:Chae}}. He was chosen to sign because he could write Cyrillic. "{{r:Chae}} stood right behind me. I signed what he told me to."
- No. 3, {{r:Pak Se-hyon}}, now writes his name {{r:Park Se-hyun}} and lives in {{u:Incheon}}. The 40,000 roubles were his own; {{r:Park}} had sold his winter coat and boots to a Kyrgyz worker, {{p:Azamat}}, the day before.
- Nos. 4 and 6 are two different men. {{p:Yi Chang-ho}} was from {{u:Kaesong}}; {{p:Ri Chang-ho}} was a welder from {{u:Chongjin}} whom everyone called "{{p:Big Ri}}". In our earlier notes both appear as "{{p:Lee Chang-ho}}"; this has been corrected.
- No. 5: {{p:Hong}} carried the televisions, bought at a {{u:DNS}} store on {{u:Russkaya Street}}. He had once been posted to {{u:Hong Kong}} for a trading company, {{r:Ryu}} says, and was the only one with a credit card.
- No. 9: {{p:Won Song-jin}} exchanged his roubles at the airport at a poor rate; he lost about 4,000 won worth, {{p:Won}} complained, "in our money".
- Inspector {{p:Guseva}} asked {{r:Ryu}} whose money it was. He answered "the group's", and she wrote "коллективные" (collective) in the margin. She did not ask {{r:Chae}} anything. Her colleague, a younger officer whose badge read {{p:Tkachenko}}, counted the dollars twice.
- {{p:Kim Hak}} and {{p:Tae Myong-guk}} were, according to {{r:Yu}}, the two men {{r:Chae}} trusted most. So the amounts next to their names are the highest.

Do not publish the list. The amounts alone would identify several of the men to the {{u:Ministry of State Security}}.""",
    },
    {
        "id": "h40-en-04",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jo Sung-hyok", "조성혁", "witness", ["J.S.H."]),
            ("Son Yong-dok", "손영덕", "supervisor", []),
            ("Kang Bok-nyo", "강복녀", "relative", []),
        ],
        "note": "Law firm's privileged case memo on a Gdansk shipyard subcontractor; client referred to by initials (also in file names), surnames Son, Ma and Na beside the English word 'son' and the Polish words 'ma' and 'na' in a quoted phrase, Polish private names with diacritics, real Polish labour inspectorate.",
        "text": """PRIVILEGED AND CONFIDENTIAL - LEGAL ADVICE
MEMORANDUM
To: {{p:Katarzyna Wiśniewska}}, partner
From: {{p:Tomasz Zieliński}}, associate
Cc: {{p:Dana Whitfield}}, NGO liaison
Re: J.S.H. / Baltic Hull Services sp. z o.o. and Nordwerk Personal sp. z o.o. - preliminary assessment
Date: 4 April 2024

1. The client
Our client, {{r:Jo Sung-hyok}} ("{{r:J.S.H.}}" in all external correspondence), born 1984, worked as a welder at a hull-block subcontractor in {{u:Gdańsk}} from May 2014 to August 2016. He now lives in {{u:Seoul}}. He was supplied by Nordwerk Personal, a Polish agency, under a contract with an entity in {{u:Pyongyang}} that he knows only as "the company". {{r:JSH}} speaks no Polish beyond a few phrases.

2. People named by the client
- {{r:Son Yong-dok}}, team leader of the twenty-two North Korean welders, held all passports and the bank cards. The client calls him "Team Leader {{r:Son}}" or simply "{{r:Yong-dok}}" when angry.
- {{p:Marek Dąbrowski}}, Nordwerk's manager, paid the wages into an account controlled by {{r:Son}}.
- {{p:Piotr}}, the yard foreman (surname unknown; the client thinks "{{p:Kowalczyk}}"). {{p:Piotr}} used to say "nie ma problemu" and, when asked about overtime, "nie ma pieniędzy".
- Co-workers: {{p:Ma Kwang-il}}, {{p:Na Chol}}, {{p:Ri Song-guk}}, {{p:Kye Hyok}}, {{p:Choe Un-sok}}. {{p:Ma}} and {{p:Na}} were the two men sent home early, in 2015, after {{p:Ma}} was burned on the arm. The client last saw {{p:Na}} at the bus stop na {{u:Przeróbce}}, carrying {{p:Ma}}'s bag.
- An inspector of the {{u:Państwowa Inspekcja Pracy}}, whose name the client remembers as "{{p:Nowak}}", visited the yard once, in 2015.

3. Facts relevant to liability
The client worked twelve hours a day, six days a week. He received no payslips. Each month {{r:Son}} handed him the equivalent of 120 to 150 US dollars in złoty and told him the rest had gone to "the plan". On one occasion, after a fall from scaffolding, {{r:Jo}} was taken to hospital by {{p:Piotr}} rather than by {{r:Son}}; the hospital record may survive.

4. Family risk
The client's mother, {{r:Kang Bok-nyo}}, lives in {{u:Hamhung}}. His son, {{p:Jo Chol}}, was nine when he left. Any publicity naming {{r:Jo Sung-hyok}} could expose {{r:Kang}} and the boy. Proceedings should be brought with the client anonymised. Ms {{p:Whitfield}} confirms that {{r:Kang Bok-nyo}}'s last contact with her son was in 2019, through a broker in {{u:Yanji}}.

5. Evidence held
- Notebook, 41 pages, scanned as {{r:JSH}}_notebook_p01.pdf to {{r:JSH}}_notebook_p41.pdf.
- Two photographs of the dormitory in {{u:Nowy Port}}, one showing {{p:Ri Song-guk}} and {{p:Kye}}; to be cropped before disclosure.
- A statement by a former Nordwerk driver, {{p:Andrzej Lis}}, obtained by Ms {{p:Whitfield}} in 2023.

6. Preliminary view
A claim for unpaid remuneration against Nordwerk appears viable; the claim against Baltic Hull is weaker. A complaint to the {{u:National Labour Inspectorate}} is time-barred in part. We should also consider whether the {{u:ILO}} supervisory bodies and the {{u:UN Special Rapporteur on contemporary forms of slavery}} could be informed. I do not yet recommend contacting Mr {{p:Dąbrowski}}.

{{p:T.Z.}}""",
    },
    {
        "id": "h40-en-05",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Choe Kum-ok", "최금옥", "witness", ["Kum-ok"]),
            ("Ko Myong-hui", "고명희", "coworker", []),
            ("Ri Chun-hwa", "리춘화", "supervisor", ["Manager Ri"]),
        ],
        "note": "NGO risk assessment before publishing restaurant workers' testimony (Phnom Penh, Vientiane); risk register table with staff owners, a zero-width space inside a registered name pasted from a form, Instagram handle and KakaoTalk ID spelling names, real review and social platforms, Choi/Choe for the same woman.",
        "text": """RISK ASSESSMENT - PUBLICATION OF "SERVING THE HOMELAND" (restaurant workers' testimony)
Version 3, prepared by {{p:Helen Park}}, reviewed by {{p:Sang-woo Lim}} and {{p:Dr Mira Osei}}
Scope: the planned report and its launch event in {{u:Seoul}}; testimony of three women who worked in North Korean state restaurants in {{u:Phnom Penh}} and {{u:Vientiane}} between 2012 and 2017.

1. PERSONS IN SCOPE
P1 {{r:Choe\u200b Kum-ok}} - principal witness, now in {{u:South Korea}}; appears in our files also as {{r:Choi Kum-ok}}
P2 {{r:Ko Myong-hui}} - former co-worker of P1 in {{u:Phnom Penh}}; still in contact with P1
P3 {{p:Han Ye-rim}} - third witness, {{u:Vientiane}} only
P4 {{r:Ri Chun-hwa}} - former restaurant manager; not a participant
P5 relatives of P1 in {{u:Hyesan}} (mother {{p:Kim Yong-hui}}, brother {{p:Choe Kum-chol}})

2. RISK REGISTER
R1 | P1 | identification through restaurant photographs still online on {{u:Tripadvisor}} and {{u:Facebook}} | likely | severe | crop all images; no uniforms; no stage photos | {{p:Helen}}
R2 | P1, P5 | {{r:Ri Chun-hwa}} recognises anecdotes (the birthday song, the broken gayageum) | likely | severe | remove both anecdotes; {{r:Kum-ok}} agreed 12/02 | {{p:Sang-woo}}
R3 | P2 | {{r:Ko}}'s {{u:Instagram}} account (@{{r:myonghui}}_ko_92) shows her face and a café in {{u:Daejeon}} | possible | high | ask {{r:Ko}} to lock the account before launch | {{p:Helen}}
R4 | P3 | {{p:Han}} is named in a 2018 article in a Lao newspaper | possible | medium | do not confirm or deny; no quotes attributed to {{p:Ye-rim}} | {{p:Dr Osei}}
R5 | staff | harassment of staff by phone after launch | possible | low | switch launch phones; {{p:Lim}} to brief reception | {{p:Sang-woo Lim}}
R6 | P1 | {{u:KakaoTalk}} contact from someone posing as a relative; P1's ID "{{r:kumok}}1988" is known to former colleagues | likely | high | new ID; P1 to block unknown contacts; {{u:KakaoTalk}} reporting | {{p:Helen Park}}
R7 | P4 | inaccurate allegation against the manager | unlikely | medium | describe "the manager" only; never write "Manager {{r:Ri}}" | {{p:Dr Mira Osei}}

3. NOTES FROM THE REVIEW MEETING (09 February)
- {{p:Sang-woo}} questioned whether {{r:Ri Chun-hwa}} should be named at all. She is not public; she may herself have been under orders. Decision: not named.
- {{r:Kum-ok}} told {{p:Helen}} that the other waitresses called {{r:Ri}} "big sister" in front of customers and "the hawk" in the kitchen. Neither nickname to appear.
- {{r:Ko Myong-hui}} asked us not to mention the restaurant's street in {{u:Phnom Penh}}. {{r:Myong-hui}} believes two of the women who stayed, {{p:Pang Un-ju}} and {{p:So Hyang}}, were moved to {{u:Bangkok}} and may still be abroad. {{p:Pang}} and {{p:So}} must not be named in the launch Q&A.
- A journalist, {{p:Nathan Greer}}, has already asked {{p:Dr Osei}} for "one of the waitresses" for a podcast. Declined.
- The {{u:Ministry of Unification}} has been informed of the launch date, as agreed with {{r:Choe}}.

4. RESIDUAL RISK
High for P1 and P5 even after mitigation. {{r:Choi Kum-ok}} has accepted this in writing (consent form, 14 February, witnessed by {{p:Sang-woo Lim}}). If {{r:Ko}} withdraws, R3 closes.

Sign-off: {{p:H. Park}} / {{p:S.-W. Lim}} / {{p:M. Osei}}""",
    },
    {
        "id": "h40-en-06",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("An Chol-jun", "안철준", "witness", ["Chol-jun"]),
            ("Song Mi-ryong", "송미룡", "relative", ["Mi-ryong"]),
            ("Yom Tae-sik", "염태식", "coworker", []),
        ],
        "note": "Volunteer rota of a Seoul drop-in centre (March); volunteers in Western order and Korean order, emoji after names, surnames An and Song beside 'an' and 'song', a one-syllable given name alone, a volunteer's pet name, tasks involving former logging workers from the Russian Far East.",
        "text": """VOLUNTEER ROTA - MARCH
Drop-in centre, {{u:Mapo-gu}}, {{u:Seoul}}
Coordinator: {{p:Min-ji Song}} 🌱 (please swap shifts through me, not directly)

WEEK 1
Mon 4 | reception 10-14 | {{p:Daniel Cho}} / {{p:Ji-hye}}
Mon 4 | accompany Mr {{r:An}} to {{u:Severance Hospital}}, 09:30, interpreter not needed | {{p:Peter Ahn}}
Tue 5 | English class (beginners) | {{p:Rachel O'Neill}} ☕
Wed 6 | lunch | {{p:Kyung-ah}} + {{p:Mrs Baek}} (she is back!)
Thu 7 | legal clinic, lawyer on call: {{p:Kang Jae-won}} | note-taker {{p:Yuna}}
Fri 8 | singing group - an hour of folk songs, bring the song sheets | {{p:Bo}} 🎵

WEEK 2
Mon 11 | reception | {{p:Daniel}} / {{p:Sun}}
Tue 12 | English class | {{p:Rachel}}; {{r:Yom Tae-sik}} will help with the beginners
Wed 13 | lunch | {{p:Kyung-ah}}
Wed 13 | visit {{r:Song Mi-ryong}} at home (postnatal; bring the box from the storeroom) | {{p:Ji-hye}} + {{p:Min-ji}}
Thu 14 | legal clinic | {{p:Kang}}; note-taker {{p:Hyun-woo Seo}}
Fri 15 | NO SINGING (hall booked by the {{u:Mapo-gu Office}})

WEEK 3
Mon 18 | reception | {{p:Peter}} / {{p:Sun}}
Tue 19 | {{u:Hana Foundation}} paperwork with {{r:An Chol-jun}} and {{r:Yom}} (both need the employment-support form) | {{p:Peter Ahn}}
Wed 20 | lunch | {{p:Mrs Baek}} 🍲
Thu 21 | legal clinic | {{p:Kang Jae-won}} / {{p:Yuna}}
Sat 23 | outing to {{u:Bukhansan}} (weather permitting) | {{p:Daniel}}, {{p:Bo}}, {{p:Dubu}}

NOTES FOR VOLUNTEERS
- Mr {{r:An}} and Mr {{r:Yom}} worked together at a logging camp near {{u:Tynda}} in {{u:Amur Oblast}} for five winters. {{r:Chol-jun}} lost two toes to frostbite there and walks slowly; please do not hurry him. He prefers "{{r:An}} seonsaengnim" to his given name.
- {{r:Mi-ryong}} is {{r:An}}'s wife. She does not want visitors to ask about {{u:Russia}}. The baby's name has not been decided; do not write the name {{r:An}} has been using for her in the shared sheet.
- {{r:Tae-sik}} has offered to teach a song from {{u:Hoeryong}} at the singing group. {{p:Bo}} will sort out the key.
- "{{p:Dubu}}" is what everyone calls {{p:Jae-hoon Na}}, our longest-serving volunteer. He is taking a break in April; {{p:Sun}} will cover his Saturdays.
- {{p:Kyung-ah}}: lunch budget is 80,000 won per day; receipts to {{p:Min-ji}}.
- If a journalist calls, pass it to {{p:Min-ji Song}} or to {{p:Dr Lee Hae-won}}. No one else speaks for the centre.
- Contact sheet: {{p:minji.song}}@dropin-mapo.kr, volunteers@dropin-mapo.kr. Ring {{p:Peter}} on weekends.""",
    },
    {
        "id": "h40-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Hong Un-jong", "홍은정", "witness", ["Sora"]),
            ("Hong Sok-ju", "홍석주", "relative", []),
            ("Jon Yong-ae", "전용애", "supervisor", []),
        ],
        "note": "Witness-protection checklist before a witness speaks at a side event in Geneva; pseudonym used as a name, Western order, a YouTube handle and file name spelling the name, Chinese plant manager with Hanzi and 'Lao' form, surname Sun beside 'sun'.",
        "text": """WITNESS PROTECTION CHECKLIST
Event: side event on overseas labour, {{u:Palais des Nations}}, {{u:Geneva}}, 18 March
Witness: W-7 (pseudonym "{{r:Sora}}")
Case officer: {{p:Agnes Moreau}} | Backup: {{p:Jun-seo Bae}}
Status: 14 of 22 items done

IDENTITY
[x] Pseudonym agreed with the witness: "{{r:Sora}}". Never "{{r:Hong}}", never "{{r:Un-jong}}", also not in the speaker list sent to the {{u:OHCHR}} secretariat.
[x] Full legal name ({{r:Un-jong Hong}} in her South Korean passport, {{r:HONG UN JONG}} in the visa application) known only to {{p:Agnes}} and {{p:Jun-seo}}.
[ ] Old {{u:YouTube}} channel: youtube.com/@{{r:unjong}}_daily still shows her face in two cooking videos. {{p:Jun-seo}} to ask her to set them to private.
[x] File names on the shared drive changed from {{r:HongUJ}}_testimony_v4.docx to W7_testimony_v4.docx.
[ ] Badge: the {{u:UN}} accreditation badge prints the legal name. Ask the organisers whether {{p:Ms Laurent}} at accreditation can issue it under W-7.

FAMILY
[x] Relatives in the {{u:DPRK}} listed for the file only: father {{r:Hong Sok-ju}} ({{u:Chongjin}}), sister {{p:Hong Un-hui}} (married name unknown), uncle {{p:Yang Chol-man}}.
[x] Witness confirms her father does not know she left {{u:China}}. She last heard from {{r:Sok-ju}} through a broker, {{p:Mrs Piao}}, in 2021.
[ ] Assess whether {{r:Hong Sok-ju}}'s workplace (a fish processing unit) could be identified from her account. Remove "the second pier".

OTHER PERSONS SHE WILL MENTION
[x] Her team leader at the seafood plant in {{u:Donggang}}: {{r:Jon Yong-ae}}. To be called "the team leader" only.
[x] The Chinese plant manager, {{p:Sun Deming}} ({{p:孙德明}}), known to the workers as "{{p:Lao Sun}}". Not to be named: the plant is small and {{p:Sun}} could be found in minutes.
[x] Co-workers: {{p:Pak Sol-mi}}, {{p:Kim Hye-gyong}}, {{p:Ri Ok}}. Described only as "three women from my dormitory".
[ ] {{p:Ri Ok}} may have returned to {{u:Sinuiju}}; {{r:Sora}} wants to say that {{p:Ok}} "worked in the sun on the drying racks until she fainted". Discuss with her whether this detail identifies {{p:Ri}}.
[x] {{r:Jon}}'s deputy, {{p:Kwon Sun-nyo}}: not to be mentioned at all.

TRAVEL AND SECURITY
[x] Flight {{u:Incheon}} - {{u:Geneva}}, accompanied by {{p:Jun-seo Bae}}.
[x] Hotel booked under {{p:Agnes Moreau}}'s name.
[ ] Brief {{u:Geneva}} police liaison? {{p:Agnes}} to decide after speaking with {{p:Dr Keller}}.
[x] No photographs during her intervention; chair ({{p:Prof. Ines Varga}}) to announce it.
[x] Phone: new SIM, no {{u:KakaoTalk}} on it.

AFTER THE EVENT
[ ] Debrief with {{r:Sora}} within 48 hours.
[ ] Check social media for her name in Korean ({{r:홍은정}}) and in English.
[ ] {{p:A.M.}} to close the file by 30 April.""",
    },
    {
        "id": "h40-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Jong-hyok", "리정혁", "witness", ["Lee Jong-hyuk"]),
            ("Choe Song-ho", "최성호", "coworker", []),
            ("Kim Pil-su", "김필수", "supervisor", []),
        ],
        "note": "Draft communication to UN Special Procedures about construction workers near Moscow; victims listed by full name and by initials where consent is withheld, Ri/Lee variants, a real Special Rapporteur mentioned neutrally, Russian private names, bracketed drafting comments by staff.",
        "text": """DRAFT 2 - NOT FOR SUBMISSION
Communication to the {{u:Special Rapporteur on the situation of human rights in the Democratic People's Republic of Korea}} and the {{u:Special Rapporteur on contemporary forms of slavery}}
Submitted by: [NGO name] | Drafted by {{p:Oliver Grant}}, comments by {{p:Ji-won Kang}} in brackets

1. ALLEGED VICTIMS
1.1 Mr {{r:Ri Jong-hyok}} (in South Korean documents {{r:Lee Jong-hyuk}}), born 1987, construction worker at residential sites in {{u:Moscow Oblast}}, 2016-2019. Consents to being named.
1.2 Mr {{r:Choe Song-ho}}, born 1982, plasterer at the same sites; died in {{u:Moscow}} in January 2019. Named with the consent of Mr {{r:Ri}}, who was present at his death. [{{p:JWK}}: do we have consent from any relative of {{r:Choe}}? Probably impossible - say so.]
1.3 "{{p:K.S.H.}}", born around 1990, electrician. Full name withheld at his request.
1.4 "{{p:P.M.}}", age unknown, concrete worker. Known to Mr {{r:Ri}} only by surname and given name ({{p:Pak Myong}}); we should not print even that.
1.5 Approximately forty other workers of the same brigade, names not known to the source.

2. ALLEGED PERPETRATORS AND OTHER ACTORS
2.1 Mr {{r:Kim Pil-su}}, brigade leader, responsible for collecting wages and holding passports.
2.2 Mr {{p:Jong Hak-chol}}, described by the source as a security official attached to the company's office.
2.3 A Russian general contractor (name known to us) and its site manager, Mr {{p:Andrei Kuzmin}}. [{{p:JWK}}: keep the contractor's name in the confidential annex.]

3. FACTS
3.1 Mr {{r:Ri}} arrived in {{u:Russia}} in March 2016 on a visa issued for "study". He and Mr {{r:Choe}} were housed in a container settlement on the site with about sixty other workers. Mr {{r:Kim}} kept all passports in a safe in the site office.
3.2 The workers received between 10 and 20 per cent of their wages. Mr {{r:Kim Pil-su}} told them the balance was sent to {{u:Pyongyang}} as the "plan". When Mr {{p:K.S.H.}} asked to see the wage list, Mr {{p:Jong}} beat him in front of the brigade.
3.3 In December 2018 Mr {{r:Choe Song-ho}} developed a cough and fever. Mr {{r:Kim}} refused to let him see a doctor for nine days. On 6 January 2019 Mr {{r:Ri}} and Mr {{p:P.M.}} carried him to the road; the Russian foreman, {{p:Viktor}}, drove him to a hospital, where he died the following night. Mr {{r:Jong-hyok}} states that the body was returned to the {{u:DPRK}} via the embassy and that he was not allowed to accompany it.
3.4 Mr {{r:Ri}} left the site in August 2019 with the help of a Russian co-worker, Ms {{p:Olga Sergeyevna}}, and reached {{u:South Korea}} in 2020.

4. RELEVANT STANDARDS
{{u:Security Council}} resolution 2397 (2017), paragraph 8; the {{u:ILO}} Forced Labour Convention, 1930 (No. 29); article 8 of the {{u:International Covenant on Civil and Political Rights}}. [{{p:JWK}}: cite the 2014 report of the {{u:Commission of Inquiry}}, chaired by {{u:Michael Kirby}}, on overseas labour? {{p:Oliver}}: yes, briefly.]

5. REQUEST
We respectfully request that the mandate holders, including the Special Rapporteur, {{u:Elizabeth Salmón}}, seek information from the Governments of the {{u:DPRK}} and the {{u:Russian Federation}} regarding the death of Mr {{r:Choe}} and the situation of the workers named in section 1.

[{{p:Oliver}}: {{p:Ji-won}}, please check with {{r:Jong-hyok}} whether "{{p:Viktor}}" can be named; he may be at risk too. {{p:O.G.}}]""",
    },
    {
        "id": "h40-en-09",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Kwon Hyok-chol", "권혁철", "witness", ["Hyok-chol"]),
            ("Ma Son-hui", "마선희", "relative", []),
            ("Paek Nam-il", "백남일", "official", []),
        ],
        "note": "Desk officer's handover note before leave, cases in the UAE and Algeria; Signal and Telegram handles with names, e-mail local parts, surname Ma beside the French 'ma', a fictional consular officer as registered official, initials for colleagues.",
        "text": """HANDOVER NOTE - GULF AND {{u:NORTH AFRICA}} DESK
From: {{p:Leah Brandt}} (on leave 1-26 August)
To: {{p:Tae-yang Moon}} (covering), cc {{p:Ines}}
Date: 31 July

{{p:Tae-yang}}, thanks for covering. Below are the live cases only. Closed cases are in the tracker; please do not reopen anything without asking {{p:Ines}}.

1. {{r:KWON}} ({{u:Dubai}}) - URGENT
{{r:Kwon Hyok-chol}} left his group in {{u:Dubai}} in May and has been in {{u:Seoul}} since 9 July. He is fine but anxious about his wife, {{r:Ma Son-hui}}, who is still in {{u:Kaechon}}. Our only route to {{r:Son-hui}} is a broker in {{u:Changbai}} whom {{r:Hyok-chol}} calls "{{p:Uncle Jin}}"; we have never spoken to him and should not.
- {{r:Kwon}} contacts us on {{u:Signal}} as "{{r:hyokchol}}.k" and, when his phone is dead, through his cousin {{p:Kwon Il-bong}} on {{u:Telegram}} (@{{p:ilbong}}_kr).
- At the embassy side, Consul {{r:Paek Nam-il}} has the file. {{r:Paek}} prefers calls before 10:00 {{u:Seoul}} time; e-mail {{r:nipaek}}@ (official address in the tracker). Do not cc {{r:Paek}} on anything mentioning the broker.
- Pending: statement about his supervisor in {{u:Dubai}}, {{p:Sim Jong-gwan}}, and the site doctor, Dr {{p:Farouk Haddad}}. {{r:Kwon}} is ready to give it but wants {{p:Ines}} present.

2. {{u:ALGERIA}} GROUP - WAITING
Three former workers from a housing project near {{u:Oran}}: {{p:Pak Un-sik}}, {{p:Ri Tong-hwan}} and {{p:Ha Jun}}. All three in {{u:South Korea}} since 2019. The French-Algerian researcher, {{p:Nadia Belkacem}}, sent transcripts in French. One note from {{p:Ha}}: "ma femme ne sait rien" (my wife knows nothing) - treat as a request not to contact the family.
- {{p:Pak Un-sik}} and {{p:Ri}} gave consent in 2022; {{p:Ha Jun}} has not answered {{p:Nadia}}'s last two messages.
- {{p:Nadia}} writes from {{p:n.belkacem}}@ and from the project address algeria-project@. Use the project one.

3. {{u:ABU DHABI}} - CLOSED BUT WATCH
The case of {{p:Yon Kwang-su}} was closed in June after he returned to the {{u:DPRK}}. His former roommate, {{p:So Chol-ung}}, sometimes writes to the general inbox. If {{p:So}} writes, answer kindly and briefly; he wants news of {{p:Kwang-su}} that we do not have.

4. ADMIN
- The {{u:IOM}} meeting on the 14th: {{p:Ines}} goes, you do not need to.
- Translation invoice from {{p:Kyung-mi Jo}} ({{r:Kwon}} statement, part 1) is approved; {{p:Jo}} will send part 2.
- {{p:Moon}}, please keep the tracker column "last contact" current. So far only {{p:L.B.}} and {{p:I.}} update it.

If anything happens to {{r:Kwon}} or {{r:Ma Son-hui}}, call me. I mean it.
{{p:Leah}}""",
    },
    {
        "id": "h40-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pak Chol-min", "박철민", "witness", ["Chol-min"]),
            ("Ri Kyong-ae", "리경애", "relative", []),
            ("Tak Jong-su", "탁정수", "supervisor", ["Tak"]),
        ],
        "note": "Timeline spreadsheet of a logging worker's years in Khabarovsk Krai, tab-free pipe columns; OCR-garbled spellings of the witness's name from scanned sources, Russian transliteration Pak Chkhol Min, initials in the source column, Russian and Chinese private names.",
        "text": """TIMELINE - CASE 2021-017 ({{r:PAK Chol-min}})
sheet "timeline_v6" | last edited by {{p:R. Okafor}} | sources: I = interview, D = document, T = third party

DATE | EVENT | PLACE | SOURCE | PERSONS
1979-04 | born | {{u:Kilju}}, {{u:North Hamgyong}} | I | {{r:Chol-min}}; mother {{r:Ri Kyong-ae}}
1997 | conscripted; construction unit | {{u:Kangwon Province}} | I | -
2008-03 | selected for "foreign currency work" | {{u:Pyongyang}} | I | recruiter "{{p:Comrade Ho}}"
2008-05 | arrives at logging camp | near {{u:Chegdomyn}}, {{u:Khabarovsk Krai}} | I, D (work permit) | permit reads {{r:Pak Chkhol Min}}
2008-05 | assigned to brigade 4 | camp 12 | I | brigade leader {{r:Tak Jong-su}}
2009-02 | frostbite, 3 weeks off | camp 12 | I | medic {{p:Kang Song-nam}}
2010-11 | brother {{p:Pak Chol-ho}} visits camp as driver | camp 12 | I | -
2011-01 | accident: log slips, {{p:Yun Il-gwang}} killed | felling area 7 | I, T | witnesses {{r:Chol-min}}, {{p:Ko Tong-chun}}
2011-01 | body sent to {{u:Khabarovsk}}; "report" signed by {{r:Tak}} | camp office | I | {{r:Tak}}; Russian foreman {{p:Nikolai Sh.}}
2012-06 | hospital, {{u:Chegdomyn}} (appendix) | district hospital | D (scan) | scan reads "{{r:Pak Chol-rnin}}"; doctor {{p:Zaitseva}}
2013 | sells timber on his own account with {{p:Ko}} | camp 12 | I | buyer {{p:Zhang}} from {{u:Heihe}}
2014-09 | {{r:Tak}} replaced by {{p:Jang Un-chol}} | camp 12 | I | -
2015-03 | leaves camp at night with {{p:Ko Tong-chun}} | camp 12 -> {{u:Novy Urgal}} | I, T | driver {{p:Sasha}}
2015-03 | reaches {{u:Khabarovsk}}, hides in a Chinese dormitory | {{u:Khabarovsk}} | I | {{p:Lao Wang}} (landlord)
2015-04 | contacts {{u:UNHCR}} office in {{u:Moscow}} by phone | - | T ({{u:UNHCR}} letter) | letter addressed to "Mr {{r:Pak Chol Min}}"
2016-08 | arrives in {{u:Seoul}} | - | D | -
2017 | {{p:Ko Tong-chun}} arrives in {{u:Seoul}} | - | T | -
2019-12 | learns via broker that mother died | - | I | {{r:Ri Kyong-ae}}
2021-06 | interview 1 with us | {{u:Seoul}} | I | interviewers {{p:R.O.}}, {{p:Hae-jin Yu}}
2021-09 | interview 2 | {{u:Seoul}} | I | {{p:R.O.}}, interpreter {{p:Minsoo}}

COMMENTS ON THE SHEET
- {{p:Hae-jin}} (row 2011-01): {{r:Chol-min}} and {{p:Ko}} give different months for the accident; {{p:Ko}} says December 2010. Keep both.
- {{p:R. Okafor}} (row 2012-06): the OCR of the hospital scan also produced "{{r:Rak Chol-min}}" on page 2. Same person, same date of birth.
- {{p:Hae-jin Yu}} (row 2013): {{p:Zhang}} may be the buyer {{p:Ko}} calls "{{p:Big Zhang}}". {{p:Minsoo}} to check the transcript.
- {{p:Rachel}} (row 2011-01): do not name {{p:Yun Il-gwang}} in the report; {{r:Chol-min}} is unsure whether {{p:Yun}}'s family were told.
- {{p:Hae-jin}} (row 2014-09): was {{r:Tak}} punished for the accident? {{r:Pak}} heard he was sent to {{u:Tynda}}.""",
    },
    {
        "id": "h40-en-11",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Rim Kwang-jin", "림광진", "witness", ["Lim Kwang-jin"]),
            ("Do Yong-chan", "도영찬", "supervisor", []),
            ("So Il-nam", "서일남", "coworker", ["Seo Il-nam"]),
        ],
        "note": "Legend and annotations of a hand-drawn map of a labour camp in Doha's Industrial Area; numbered legend entries, Rim/Lim and So/Seo variants of registered men, surname Do beside 'do', a name broken across a line in an annotation, Nepali and Indian private names.",
        "text": """MAP 3 - LEGEND AND ANNOTATIONS
Hand-drawn by {{r:Rim Kwang-jin}} during interview 2, {{u:Seoul}}, 11 May; redrawn by {{p:Priya Nair}}. Orientation approximate; north is the road to {{u:Salwa Road}}.
Camp: "Street 41 camp", {{u:Industrial Area}}, {{u:Doha}}, {{u:Qatar}}. Occupied by about 110 North Korean workers, 2014-2017.

LEGEND
1 Main gate. Day guard: a Nepali, {{p:Bishnu}}; night guard: a Korean, {{p:Sin Yong-ho}}.
2 Office of the representative, {{r:Do Yong-chan}}. Passports in a grey cabinet behind his desk.
3 Room of the security man, {{p:Hwang Chol}}. "Nobody went in there except {{r:Do}}."
4 Kitchen. Cooks: {{p:Ri Pong-nam}} and {{p:Chu Song-il}}.
5 Dormitory A (brigades 1-2). {{r:Kwang-jin}}'s bed: lower bunk by the window, marked x.
6 Dormitory B (brigades 3-4). {{r:So Il-nam}} slept here.
7 Study hall, with portraits of {{u:Kim Il Sung}} and {{u:Kim Jong Il}}. Weekly criticism sessions led by {{r:Do}} or by {{p:Hwang}}.
8 Water tanks. In summer 2015 the water ran out for four days.
9 Small gate to the next camp (Indian workers). The Indian supervisor, Mr {{p:Suresh Pillai}}, sold them phone cards here.
10 Toilet block where {{r:Il-nam}} was found unconscious in August 2016 (heat).

ANNOTATIONS ON THE MAP (translated)
a) Arrow from 10 to 2: "carried him here first, not to hospital". {{r:Rim}} says {{r:Do}} and {{p:Hwang}} argued for an hour about what to do. It was {{p:Bishnu}} who called the ambulance to {{u:Hamad General Hospital}}.
b) Circle around 3: "never go". Written by {{r:So}} in 2016 on the original sketch that {{r:Lim Kwang-jin}} kept.
c) Next to 9: "{{p:Suresh}} - 10 riyals a card, {{r:Do}}
knew". A second hand has written "{{p:Chu}} also".
d) Next to 4: "{{p:Pong-nam}} hid rice for the sick ones". {{r:Kwang-jin}} asks that {{p:Ri Pong-nam}}'s name be kept out of anything published, "he has a family in {{u:Hamhung}}".
e) Along the bottom edge: names of the men in brigade 3, as far as {{r:Rim}} remembers them: {{p:Kim Son-il}}, {{p:Yo Myong-chol}}, {{p:O Kum-song}}, {{p:Pyon Jae-
ho}}, {{p:Kim Tok}}, {{r:Seo Il-nam}} (written in the southern spelling by {{p:Priya}}).
f) Corner note by {{p:Priya}}: "Check with {{r:Seo Il-nam}} (interviewed separately, 2021) whether the gate in 9 existed in 2014. {{r:Il-nam}} remembers a fence."

REDRAWING NOTES
- {{p:Priya Nair}} and {{p:Tomás Reyes}} redrew the map at 1:1000 using satellite imagery from {{u:Google Earth}} (2016). The camp block matches {{r:Rim}}'s sketch except for the position of 8.
- Names of guards and cooks on the published version: removed. Do not restore them without asking {{r:Kwang-jin}}.""",
    },
    {
        "id": "h40-en-12",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yang Kyong-sik", "양경식", "witness", ["K.S. Yang"]),
            ("Sin Ok-hwa", "신옥화", "relative", ["Ok-hwa"]),
            ("Mun Hak-chol", "문학철", "supervisor", []),
        ],
        "note": "Appendix C of a doctoral thesis on garment factories in Hunchun: interviewee table with codes and pseudonyms, excerpts quoting names, Western-order author names, Chinese 'Lao'/'Xiao' forms, surname Mun/Moon of a supervisor beside the moon, real scholars cited neutrally.",
        "text": """APPENDIX C. INTERVIEWEES AND SELECTED EXCERPTS

C.1 Interviewees
The fieldwork for chapters 4 and 5 was carried out in {{u:Seoul}}, {{u:Busan}} and {{u:Yanji}} between 2019 and 2022. All interviewees are given codes; those who wished it chose a pseudonym. Interviewee H-03 asked to be named; his real name is used with his written consent.

CODE | NAME USED | SEX/AGE | WORK ABROAD | INTERVIEW
H-01 | "{{p:Seon-a}}" | F/31 | garment factory, {{u:Hunchun}}, 2016-18 | {{u:Seoul}}, 2019
H-02 | "Mrs {{p:Cha}}" | F/44 | garment factory, {{u:Hunchun}}, 2015-17 | {{u:Seoul}}, 2019
H-03 | {{r:Yang Kyong-sik}} | M/52 | factory security staff, {{u:Hunchun}}, 2014-19 | {{u:Busan}}, 2020
H-04 | "{{p:Bora}}" | F/27 | seafood plant, {{u:Donggang}}, 2017-19 | {{u:Seoul}}, 2021
H-05 | "Grandpa {{p:Seo}}" | M/64 | manager's driver, {{u:Yanji}} | {{u:Yanji}}, 2022

C.2 Excerpts
Excerpt 1 (H-03, {{r:K.S. Yang}}, interview of 14 March 2020)
"I was not a worker, I was the one watching the workers. {{r:Mun Hak-chol}} was the chief; I was under him. We had two hundred and forty girls. {{r:Mun}} said: a girl who talks to a Chinese man is a girl who will run. So we counted them at the gate morning and night. {{p:Seon-a}}'s group, {{p:Cha}}'s group, all of them. The Chinese boss, {{p:Lao Gao}}, paid {{r:Mun}} every month in cash, in yuan, and {{r:Mun}} paid us in promises."

Excerpt 2 (H-03, same interview)
"My wife, {{r:Ok-hwa}}, sewed at the next factory, the small one. I did not see her for six months although she was three hundred metres away. When I finally saw {{r:Sin Ok-hwa}} it was because {{r:Mun}}'s deputy, {{p:Pae Song-ju}}, was drunk and forgot to lock the gate."

Excerpt 3 (H-02, "Mrs {{p:Cha}}")
"The line leader was {{p:Xiao Li}}, a Chinese woman, kind. Our own team leader was {{p:Kim Myong-sun}}. {{p:Myong-sun}} was not kind. She took our sanitary pads money."

Excerpt 4 (H-01, "{{p:Seon-a}}")
"At night we looked at the moon from the roof and talked about home. Mr {{r:Yang}}, the security one, pretended not to see us. That is why I agreed to this interview when {{p:Dr Walsh}} told me he had also spoken."

Excerpt 5 (H-05, "Grandpa {{p:Seo}}")
"I drove Chairman {{p:Gao Jianguo}} and sometimes Manager {{r:Moon}} - that is how {{p:Gao}} said it, "{{r:Moon}}". {{r:Moon}} always sat in the back with a bag."

C.3 Note on names
Interviewees H-01 and H-04 recognised photographs of {{r:Mun Hak-chol}} independently. I do not reproduce them. Where interviewees named other workers ({{p:Kim Ok-byol}}, {{p:Chang Un-mi}}, "little {{p:Sun-hwa}}") these names are removed from the thesis text and kept here only in the examiners' copy. My thanks to {{u:Sheena Chestnut Greitens}} and {{u:Andrei Lankov}}, whose published work shaped these interviews, and to my supervisor {{p:Dr Eileen Walsh}}.""",
    },
    {
        "id": "h40-en-13",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Chu Yong-il", "주용일", "witness", ["Yong-il"]),
            ("Kye Chang-ho", "계창호", "supervisor", []),
            ("Ri Mun-sok", "리문석", "coworker", []),
        ],
        "note": "Weather-delay log of a squid jigger off Sakhalin with a witness's later remarks; compact log entries with surnames only, 'No fishing' beside surname No, Chinese officers romanized with 'Lao' and 'Xiao', a Russian inspector with patronymic, real ports and straits.",
        "text": """WEATHER DELAY LOG - F/V HAI FENG 86 (copy kept by a crew member, translated from Chinese and Korean)
Fishing area: north-west of {{u:Sakhalin}}, {{u:Sea of Okhotsk}}. Season 2018.
Master: {{p:Wang Hongbin}} | Chief officer: {{p:Xiao Chen}} | Korean crew leader: {{r:Kye Chang-ho}}
Log kept by the chief officer; Korean remarks added by {{r:Chu Yong-il}}.

DATE/TIME | WIND | SEA | STATUS | REMARKS
09-02 1800 | NE 7 | 5 m | hove to | No fishing. Korean crew confined below. {{r:Kye}} counts them twice.
09-03 0600 | NE 8 | 6 m | hove to | Lamp generator fails. {{p:Lao Ma}} (engineer) and {{r:Ri Mun-sok}} repair it on deck; {{r:Ri}} cuts hand.
09-03 1400 | NE 8 | 6 m | hove to | Master orders all crew to their bunks. {{p:No Chol-hun}} sick (vomiting blood?). Medic = {{p:Xiao Chen}}.
09-04 0800 | E 6 | 4 m | jigging resumed 50% | {{r:Kye}} tells Korean crew: "weather is no excuse, target unchanged".
09-05 2000 | SE 9 | 7 m | running for shelter | Course to {{u:Kholmsk}}? Master radios owner; owner says no.
09-06 0300 | SE 9 | 7 m | hove to | Wave breaks over stern. {{p:Han Ki-ryong}} thrown against rail. {{r:Chu}} and {{p:Paek}} carry him in.
09-06 1200 | S 7 | 5 m | hove to | Russian patrol calls on VHF; inspector {{p:Dmitry Sergeyevich}} asks for crew list. Master gives list without Korean names.
09-07 0700 | S 5 | 3 m | jigging | {{p:Han}} cannot stand. {{r:Kye}} records him as "resting".
09-09 1800 | W 6 | 4 m | jigging | Catch 2.1 t. {{r:Kye}} and {{p:Lao Ma}} drink together.
09-12 0000 | N 8 | 6 m | hove to | {{r:Mun-sok}}'s hand infected. {{p:Xiao Chen}} gives Chinese antibiotics. {{p:No}} still sick.
09-15 1000 | calm | 1 m | transhipment | Reefer ORIENT GLORY alongside. {{p:No Chol-hun}} and {{p:Han Ki-ryong}} transferred "for repatriation".

{{r:CHU YONG-IL}}'S REMARKS (2023, on our copy)
- "The weather log is the only paper I brought out. I copied it at night from the chief officer's book because {{p:Xiao Chen}} let me sit in the wheelhouse. He called me '{{r:Xiao Zhu}}'."
- "{{p:No}} had been sick since August. He was from {{u:Sinpo}}. I do not know if {{p:Chol-hun}} reached home. Nobody told us."
- "{{r:Kye Chang-ho}} was not a seaman. He was the Party man. On the bad days he stayed in his cabin and we worked; on the good days he came up and counted squid."
- "{{r:Ri Mun-sok}} lost the feeling in two fingers. When we reached {{u:Nakhodka}} in November, {{r:Kye}} did not let {{r:Mun-sok}} go to a doctor."
- "{{p:Paek}} is {{p:Paek Yong-dae}}, from the same town as {{p:Han}}. {{p:Yong-dae}} cried when they took {{p:Han}} to the reefer."
- "The Chinese master, {{p:Wang}}, was not a bad man. Captain {{p:Wang}} shared cigarettes. The owner in {{u:Dalian}} decided everything."

Translator's note ({{p:S. Kwak}}): the Chinese entries use 朝鲜船员 for the Korean crew; names in the remarks column were written by the chief officer in Latin letters as he heard them. {{r:Chu}}'s remarks were given orally and checked by him on 3 March.""",
    },
    {
        "id": "h40-en-14",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Paek Sun-hui", "백순희", "witness", ["Baek Soon-hee"]),
            ("Paek Tong-chol", "백동철", "relative", []),
            ("Kim Yong-jin", "김영진", "relative", ["Yong-jin"]),
        ],
        "note": "Draft UK visitor visa application for a former Shenyang factory worker, with the helper's comments; form fields with surname and given names split, previous name, Paek/Baek variants, parents' and children's names, UK host and referees, names in an e-mail address.",
        "text": """VISIT VISA APPLICATION - DRAFT ANSWERS (for checking before online submission)
Prepared by {{p:Eun-bi Cho}} with the applicant, 2 September. Comments in [square brackets] are mine.

SECTION 1 - APPLICANT
Given name(s): {{r:SUN HUI}}
Family name: {{r:PAEK}}
Other names used: {{r:BAEK SOON HEE}} (South Korean passport, issued 2019); {{r:PAEK SUN HUI}} ({{u:DPRK}} documents)
[The passport says {{r:BAEK}}. Use the passport spelling everywhere else on the form, and list {{r:Paek Sun-hui}} only here.]
Sex: female | Date of birth: 1988 | Place of birth: {{u:Hoeryong}}, {{u:DPRK}}
Nationality: {{u:Republic of Korea}}

SECTION 2 - FAMILY
Spouse: {{r:KIM YONG JIN}}, born 1985, {{u:Republic of Korea}}. Will he travel with you? No.
Children: {{p:KIM HA-RIN}} (2020), {{p:KIM DO-YUN}} (2022). Staying with their father in {{u:Ansan}}.
Father: {{r:PAEK TONG CHOL}}, born 1956, nationality {{u:DPRK}}, address unknown.
Mother: {{p:RI CHUN-OK}}, deceased 2011.
[{{r:Sun-hui}} asked whether writing her father's name could harm him. I told her the form requires it. If she prefers, she may write "not known" for the date of birth only. Please ask {{p:Gareth}} at the host organisation whether {{u:UKVI}} shares data.]

SECTION 3 - EMPLOYMENT HISTORY
2010-2014: sewing operator, garment factory, {{u:Shenyang}}, {{u:China}}, dispatched by a {{u:DPRK}} trading company.
Supervisor (if asked): [write "team leader"; do NOT name {{p:Choe Hye-yong}}. {{r:Sun-hui}} says {{p:Choe}} is still abroad.]
2014: left the factory; 2015-2016 in {{u:Thailand}}; 2016 arrived in {{u:Seoul}}.
2017-present: office assistant, a logistics company in {{u:Ansan}}. Manager: {{p:Oh Jae-sung}}.

SECTION 4 - THE VISIT
Purpose: to speak at a closed workshop on forced labour hosted by a university centre in {{u:London}}, 14-16 November.
Host: {{p:Dr Gareth Llewellyn}}, {{p:g.llewellyn}}@[university].ac.uk. Accommodation and flights paid by the host.
Previous travel: {{u:Japan}} 2019 (with {{r:Yong-jin}}); {{u:Geneva}} 2023 (with {{p:Eun-bi Cho}}).

SECTION 5 - REFEREES
1. {{p:Park Min-kyu}}, pastor, {{u:Ansan}} [he has known {{r:Baek Soon-hee}} since 2017]
2. {{p:Eun-bi Cho}}, programme officer, our organisation

SECTION 6 - OTHER
Have you ever been refused a visa? No.
Have you ever worked for a government organisation? [Tricky. {{r:Soon-hee}} was sent abroad by a state trading company. {{p:Gareth}} says answer "No" and explain in the cover note; I would rather ask {{p:Ms Adeyemi}}, the immigration adviser, first.]

CHECKS BEFORE SUBMISSION
- Scan of passport page: saved as {{r:BaekSH}}_passport.pdf [rename to applicant1_passport.pdf before upload: the portal keeps the file name]. {{p:E.C.}} to rename.
- Bank statement in the name of {{r:KIM YONG JIN}}: needs a letter from {{r:Yong-jin}} confirming support.
- {{r:Baek}} to sign the declaration herself.""",
    },
    {
        "id": "h40-ko-15",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Kwak Myong-chol", "곽명철", "witness", ["명철"]),
            ("Pyon Su-gil", "변수길", "supervisor", []),
            ("Nam Yun-ho", "남윤호", "coworker", ["윤호"]),
        ],
        "note": "Wage-deduction ledger of a construction group in Kazan, copied by the bookkeeping assistant, with a researcher's notes; Hangul names in a table, surnames 한, 오, 방, 전 next to the ordinary words 한 달, 오늘, 방값, 전 달, particles and 동무/사장 outside, 이 as affectionate suffix.",
        "text": """임금 공제 장부 (사본) - 2017년 9월분
현장: {{u:카잔}} 주택단지 3공구, {{u:러시아}} {{u:타타르스탄}}
작성: 회계 보조 {{r:곽명철}} / 확인: 대표 {{r:변수길}}
단위: 달러 (루블 환산, 환율 1달러 = 58루블)

번호 | 성명 | 총액 | 계획분 | 식비 | 숙소비 | 벌금 | 실지급 | 비고
1 | {{r:곽명철}} | 1,100 | 750 | 90 | 60 | 0 | 200 | 회계 보조
2 | {{r:남윤호}} | 1,350 | 900 | 90 | 60 | 50 | 250 | 미장, 벌금: 외출
3 | {{p:한성일}} | 1,300 | 900 | 90 | 60 | 0 | 250 | 미장
4 | {{p:오영철}} | 1,250 | 900 | 90 | 60 | 100 | 100 | 병가 5일 공제
5 | {{p:방광수}} | 1,400 | 950 | 90 | 60 | 0 | 300 | 용접
6 | {{p:전영남}} | 1,200 | 900 | 90 | 60 | 0 | 150 | 타일
7 | {{p:리춘길}} | 1,450 | 1,000 | 90 | 60 | 0 | 300 | 반장
8 | {{p:채명수}} | 1,300 | 900 | 90 | 60 | 150 | 100 | 벌금: 전화기
9 | {{p:김혁}} | 1,000 | 750 | 90 | 60 | 0 | 100 | 잡역, 9월 10일 도착
10 | {{p:류성진}} | 1,300 | 900 | 90 | 60 | 0 | 250 | 미장
합계 (10명) | | 12,650 | 8,850 | 900 | 600 | 300 | 2,000 |
충성자금 (별도): 1인당 20달러, {{r:변수길}} 대표가 직접 수금

연구자 메모 ({{p:정하윤}}, 2022년 11월)
1. 이 장부는 {{r:곽명철}} 씨가 2017년 가을에 공책에 옮겨 적어 둔 것이다. 원본은 {{r:변}} 사장의 사무실 금고에 있었다고 한다. {{r:명철}} 씨는 "한 달에 한 번, 장부를 베끼는 날이 제일 무서웠다"고 말했다.
2. "계획분"은 국가에 바치는 몫이다. {{r:곽}} 씨에 따르면 실지급 금액도 실제로는 전부 주지 않았다. {{r:변}} 사장이 "귀국할 때 한꺼번에 준다"며 절반을 보관했다.
3. 4번 {{p:오영철}}은 오늘까지도 {{r:곽명철}} 씨가 가장 걱정하는 사람이다. {{p:영철}}이는 9월에 허리를 다쳤는데 병가 닷새를 공제당하고 벌금까지 물었다. 벌금 사유는 "사상 해이"였다.
4. 2번 {{r:남윤호}}는 {{r:곽}} 씨와 같은 방을 썼다. {{r:윤호}}가 외출 벌금을 맞은 것은 시내 약국에 다녀왔기 때문이다. 방값 60달러는 컨테이너 숙소 값인데, 전 달에는 40달러였다고 한다.
5. 8번 {{p:채명수}}는 전화기를 몰래 가지고 있다가 {{p:리춘길}} 반장에게 들켰다. {{p:춘길}}이가 {{r:변수길}}에게 보고했고, {{p:명수}}는 그 뒤 {{u:모스크바}}로 보내졌다.
6. 9번 {{p:김혁}}은 {{u:평양}}에서 새로 온 사람이었다. 한 명만 더 오면 11명이 되는데, 10월 장부는 {{r:명철}} 씨가 보지 못했다.
7. 타타르인 현장 소장 {{p:라실 가리포프}}는 노동자들에게 직접 돈을 주려 한 적이 있다고 한다. {{r:변}} 대표가 이를 막았고, 그 뒤로 {{p:가리포프}} 소장은 {{u:북한}} 사람들과 말을 하지 않았다.
8. {{r:곽명철}} 씨는 {{u:한국}}에 온 뒤 이 공책을 {{u:통일부}}에 제출하지 않았다. 이 사본은 {{r:곽}} 씨의 허락을 받아 우리 단체만 보관한다. {{p:한성일}}, {{p:방광수}}, {{p:류성진}}의 이름은 공개 자료에서 지운다.""",
    },
    {
        "id": "h40-ko-16",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Do Myong-ho", "도명호", "witness", []),
            ("Seo Ji-hun", "서지훈", "official", []),
            ("Ham Kyong-chol", "함경철", "coworker", ["경철"]),
        ],
        "note": "Consular protection register of a consulate general in Vladivostok (extract); register rows with Hangul and romanized names, a fictional consul as registered official, surnames 도, 서, 함, 마 near the ordinary words 도착, 서류, 함께, 마침, honorifics 영사님/씨/동무 outside.",
        "text": """보호 신청 접수 대장 (발췌)
{{u:주블라디보스토크 대한민국 총영사관}} 영사과 / 대외비
기간: 2018년 3월 ~ 2018년 6월 / 관리 책임: 영사 {{r:서지훈}}

접수번호 | 일자 | 성명 (영문) | 생년 | 신분 | 경위 요약 | 담당
18-011 | 03.07 | {{r:도명호}} ({{r:DO MYONG HO}}) | 1983 | 건설 노동자 | {{u:우수리스크}} 현장 이탈, 택시로 도착 | {{r:서지훈}}
18-012 | 03.07 | {{r:함경철}} ({{r:HAM KYONG CHOL}}) | 1985 | 건설 노동자 | {{r:도명호}}와 함께 이탈 | {{r:서지훈}}
18-015 | 04.02 | {{p:마순옥}} ({{p:MA SUN OK}}) | 1979 | 식당 종업원 | 식당에서 이탈, 교회 관계자 동행 | {{p:윤서영}}
18-019 | 05.21 | {{p:길영수}} ({{p:KIL YONG SU}}) | 1990 | 벌목공 | {{u:하바롭스크}}에서 버스로 이동 | {{r:서지훈}}
18-020 | 05.21 | 미상 (본인이 성명 밝히기 거부, "큰형"이라고만 함) | 1975경 | 벌목공 | {{p:길영수}}와 동행 | {{r:서지훈}}
18-023 | 06.14 | {{p:류정남}} ({{p:RYU JONG NAM}}) | 1988 | 선원 | {{u:나홋카}} 항 정박 중 하선 | {{p:윤서영}}

처리 메모 (담당 영사 작성)
- 18-011/012: {{r:도명호}}, {{r:함경철}} 두 사람은 3월 7일 오후 4시경 총영사관 정문에 도착했다. 마침 경비 교대 시간이었다. {{r:도}} 씨는 여권이 없었고, {{r:함}} 씨는 현장 대표 {{p:신광일}}이 보관하던 여권을 몰래 가지고 나왔다고 진술했다. {{r:경철}} 씨 말로는 {{p:신광일}} 대표가 매일 밤 여권 수를 셌기 때문에 다음 날 아침이면 이탈 사실이 드러났을 것이라고 한다.
- {{r:도명호}} 씨 진술: 같은 현장의 {{p:오철진}}, {{p:권성국}}도 이탈을 고민했으나 {{p:철진}}이는 가족 때문에 포기했다. {{r:도}} 씨는 "{{p:성국}}이한테 미안하다"는 말을 여러 번 했다.
- 18-015: {{p:마순옥}} 씨는 식당 지배인 {{p:한은경}}의 감시를 받았다. 동행한 교회 관계자 {{p:이요셉}} 목사는 청사에 들어오지 않았다.
- 18-019/020: "큰형"은 {{p:길영수}} 씨가 부르는 호칭일 뿐 실제 형은 아니다. 본인은 끝까지 이름을 말하지 않았으나, {{p:길}} 씨가 나중에 "{{p:방}} 씨 아저씨"라고 부르는 것을 들었다.
- 18-023: {{p:류정남}} 씨는 선장 {{p:표성호}}에 대해 진술을 거부했다. {{u:러시아}} 국경수비대 {{p:세르게이 볼코프}} 대위가 항구에서 인계했다.
- 서류 송부: {{u:외교부}} 재외동포영사실, {{u:국가정보원}} 연락관. 본 대장의 사본은 {{r:서지훈}} 영사 외 열람 금지.
- 18-011 추가 진술 (3월 9일): {{r:도명호}} 씨는 {{u:우수리스크}} 현장에서 일한 3년 동안 월급을 한 번도 제대로 받은 적이 없다고 했다. 현장의 러시아인 십장 {{p:안드레이}}가 노동자들에게 담배를 나눠 주다가 {{p:신광일}}에게 항의를 받은 일도 있었다. {{r:함경철}} 씨는 같은 날 따로 진술했는데, 두 사람의 진술은 대체로 일치한다. 다만 {{r:함}} 씨는 보위 담당이 {{p:허}} 씨가 아니라 {{p:강인철}}이라고 기억한다. 확인 필요.
- 18-012: {{r:경철}} 씨의 가족은 {{u:함흥}}에 있다. 어머니 {{p:문옥희}}, 아내 {{p:장선미}}. 본인이 가족 이름을 적어 달라고 요청했다. 이 사람들에게 불이익이 없도록 서류 공유 범위를 최소화할 것.
- 18-019: {{p:길영수}} 씨는 벌목장에서 함께 일한 {{p:최만수}}가 작년 겨울 사고로 숨졌다고 진술했다. {{p:만수}}의 시신은 {{u:블라고베셴스크}}를 거쳐 송환되었다고 한다. 도착 당시 {{p:길}} 씨는 동상으로 손가락 두 개를 다친 상태였고, 영사관 협력 의사 {{p:이민호}} 선생이 치료했다.
- 후임 인계 시 참고: {{r:서}} 영사님이 7월 귀임 예정. 후임은 {{p:윤서영}} 영사가 겸임한다.""",
    },
    {
        "id": "h40-ko-17",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Sok Kwang-ho", "석광호", "witness", ["광호"]),
            ("Yun Chang-dok", "윤창덕", "supervisor", []),
            ("Ko Un-chol", "고은철", "coworker", ["은철"]),
        ],
        "note": "Canteen debt book of a logging camp in Amur Oblast, with the keeper's later explanations; entries by nickname (곰, 안경, 꼬마) used like names next to the ordinary words 곰 and 안경, kinship words 형 and 아저씨 unmarked, surname 고 next to 고기, rouble amounts.",
        "text": """매점 외상 장부 (사본과 설명)
{{u:아무르주}} {{u:틴다}} 북쪽 벌목 사업소 제7작업소 매점, 2012년 1월~3월
장부 관리: {{r:석광호}} (매점 담당) / 검열: 작업소장 {{r:윤창덕}}
금액 단위: 루블

날짜 | 이름 | 품목 | 금액 | 갚음
1.04 | {{r:고은철}} | 담배 2갑, 라면 5개 | 310 | 2.01
1.04 | {{p:곰}} | 보드카 1병 | 250 | ×
1.06 | {{p:안경}} | 양말, 비누 | 180 | 2.01
1.09 | {{p:주명길}} | 곰 고기 통조림 3개 | 270 | 2.01
1.12 | {{p:꼬마}} | 사탕, 라면 | 120 | 2.01
1.15 | {{p:백상호}} | 담배 1보루 | 900 | ×
1.15 | {{r:윤창덕}} | 보드카 3병 (손님 접대) | 750 | 공금 처리
1.20 | {{p:리대성}} | 털장갑 | 400 | 3.01
1.23 | {{r:고은철}} | 약 (진통제) | 150 | 2.01
1.28 | {{p:곰}} | 보드카 1병, 소시지 | 380 | ×
2.03 | {{p:차영철}} | 라면 10개 | 300 | 3.01
2.11 | {{p:안경}} | 편지 봉투, 볼펜 | 60 | 3.01
2.16 | 명절 공급 (전원) | 사탕, 술 | - | 소장 지시
2.20 | {{p:백상호}} | 담배 1보루 | 900 | ×
2.25 | {{p:꼬마}} | 털모자 | 350 | 3.01
3.02 | {{p:오준혁}} | 라면 5개, 담배 | 290 | ×

설명 ({{r:석광호}}, 2023년 구술, 정리 {{p:한지우}})
- "{{p:곰}}"은 {{p:하경수}}라는 벌목공이다. 덩치가 커서 다들 {{p:곰}}이라고 불렀다. 곰 고기 통조림은 {{u:러시아}} 사람들이 팔던 것인데, {{p:곰}}이는 그 통조림은 안 먹었다. 외상을 끝까지 안 갚았는데, 4월에 나무에 깔려 다리가 부러져 귀국했다. 그래서 갚음 칸이 비어 있다.
- "{{p:안경}}"은 {{p:장명훈}}이다. 작업소에서 안경을 쓴 사람이 그 사람뿐이었다. 편지를 제일 많이 쓴 사람도 {{p:명훈}}이였다.
- "{{p:꼬마}}"는 열아홉 살에 온 {{p:길성민}}이다. 나는 {{p:성민}}이한테 형이라고 불렸다. 사탕을 좋아했다.
- {{r:은철}}이는 나와 같은 {{u:회령}} 출신이다. {{r:고은철}}은 허리가 아파서 진통제를 자주 샀고, 나는 {{r:은철}}이 외상을 가끔 내 돈으로 메웠다. 고기는 못 먹어도 약은 사야 했다.
- {{r:윤창덕}} 소장의 "손님 접대"는 {{u:러시아}} 산림 감독관 {{p:발레리}}와 마신 술이다. {{p:발레리}}는 한 달에 한 번 와서 벌목 구역을 봐 주고 갔다. {{r:윤}} 소장은 이 외상을 "공금"으로 돌리라고 했고, 그 돈은 결국 매점 적자가 되어 내 월급에서 빠졌다.
- {{p:백상호}} 아저씨는 담배를 보루로 샀다. 나중에 알고 보니 {{p:백}} 아저씨가 그 담배를 {{u:중국}} 트럭 운전사 {{p:老孙}}에게 되팔아 돈을 모으고 있었다. {{r:윤창덕}}이 이걸 알게 된 뒤 {{p:상호}} 아저씨는 다른 작업소로 보내졌다.
- {{p:오준혁}}은 3월에 새로 온 사람이라 잘 모른다. 오자마자 외상부터 졌다. {{p:준혁}}이를 데려온 사람은 사업소 부기 {{p:남궁철}}인데, {{p:남궁}} 부기는 매점 장부를 한 번도 들여다보지 않았다.
- {{p:리대성}}과 {{p:차영철}}은 같은 조였다. 조장은 {{p:주명길}}이었고, {{p:명길}}이 형은 3월 초에 월급이 나오자 조원들 외상을 한꺼번에 갚아 주었다. 그 돈이 어디서 났는지는 묻지 않았다.
- 장부 원본은 {{r:윤}} 소장이 가져갔다. 나는 매달 말 사본을 공책에 옮겨 적었고, 그 공책을 {{u:하바롭스크}}를 거쳐 {{u:서울}}까지 가지고 왔다. 나머지 벌목공들 이름은 기억나는 대로 적었지만, 누가 누구인지 밝히지 말아 달라. 특히 {{r:석광호}}라는 내 이름과 {{r:고은철}}의 이름이 함께 나오면 안 된다.""",
    },
    {
        "id": "h40-ko-18",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Tak Myong-hui", "탁명희", "witness", []),
            ("Jon Kwang-su", "전광수", "coworker", []),
            ("An Hye-rin", "안혜린", "other", ["혜린"]),
        ],
        "note": "Annex to a grant report on an oral-history project (interview log, workshop participants, staff); partly masked names (박○○) and Korean consonant initials (ㅌㅁㅎ) standing for persons, surname 안 next to 안에/안전, 전 next to 전체/전년, a real foundation and ministry, staff with e-mail local parts.",
        "text": """[부록 2] 2023년도 사업 실적 세부 자료
사업명: 해외 파견 노동 경험자 구술 기록 사업 (2차년도)
지원 기관: {{u:남북하나재단}} / 수행: 사단법인 ○○ / 작성: 사업 담당 {{r:안혜린}}

1. 구술 면담 실적 (총 14회, 9명)
번호 | 구술자 | 파견 지역·업종 | 면담일 | 면담자
K-01 | {{r:탁명희}} | {{u:중국}} {{u:단둥}}, 봉제 | 3.11, 3.25 | {{r:안혜린}}, {{p:송재민}}
K-02 | {{r:전광수}} | {{u:러시아}} {{u:블라디보스토크}}, 건설 | 4.08 | {{p:송재민}}
K-03 | {{p:박○○}} | {{u:쿠웨이트}}, 건설 | 4.22, 5.06 | {{r:안혜린}}
K-04 | {{p:ㄱㅊㅅ}} | {{u:몽골}} {{u:울란바토르}}, 건설 | 5.20 | {{p:송재민}}
K-05 | {{p:리○순}} | {{u:캄보디아}}, 식당 | 6.03 | {{r:안혜린}}, {{p:오지수}}
K-06 | {{p:최성봉}} | {{u:러시아}} {{u:연해주}}, 농장 | 6.17, 7.01 | {{p:오지수}}
K-07 | {{p:ㅎㅇㄱ}} | {{u:중국}} {{u:훈춘}}, 수산 가공 | 8.12 | {{r:안혜린}}
K-08 | {{p:하윤철}} | {{u:카타르}}, 건설 | 9.09, 9.23 | {{p:송재민}}
K-09 | {{p:김○○}} | 원양 어선 | 10.14 | {{p:오지수}}
* 본인이 실명 공개를 원하지 않은 경우 성만 남기거나 초성으로 표기함.

2. 구술자 간 교차 확인
- K-01 {{r:탁명희}} 구술자와 K-07 {{p:ㅎㅇㄱ}} 구술자는 같은 시기 {{u:단둥}}과 {{u:훈춘}}의 공장에 있었으나 서로 모른다. 다만 두 사람 모두 공장 관리인 "{{p:老韩}}"의 이름을 언급했다.
- K-02 {{r:전광수}} 구술자는 전체 면담 중 가장 구체적인 임금 자료를 제공했다. {{r:전}} 선생님은 전년도 1차 사업 때도 참여 의사를 밝혔으나 건강 문제로 미뤘다.
- K-08 {{p:하윤철}} 구술자가 언급한 현장 대표 {{p:변광일}}은 K-03 {{p:박○○}} 구술자가 {{u:쿠웨이트}}에서 만났다는 "{{p:변}} 대표"와 동일 인물로 보인다. 확인 중.

3. 구술자 역량 강화 워크숍 참가자 (6.24, {{u:서울}} {{u:마포}})
{{r:탁명희}}, {{r:전광수}}, {{p:최성봉}}, {{p:하윤철}}, {{p:림은옥}}(가족 동반), {{p:문경호}}
강사: {{p:정다은}} (심리상담사), {{p:Thomas Becker}} (구술사 연구자, {{u:베를린}})
* 워크숍 안에서 촬영한 사진은 참가자 안전을 위해 외부 공개하지 않음. {{r:명희}} 님은 얼굴이 나오지 않는 사진 한 장만 보고서에 싣는 것에 동의함.

4. 사업 인력
사업 담당: {{r:안혜린}} ({{r:hyerin.an}}@○○.or.kr) / 연구원: {{p:송재민}} ({{p:jaemin.song}}@○○.or.kr), {{p:오지수}} / 회계: {{p:류미경}}
녹취 전사 외주: {{p:윤하늘}} 외 2명
* 전사 파일명은 구술자 번호만 사용 (예: K01_0311.hwp). {{p:송재민}} 연구원이 이전에 "{{r:탁명희}}_1차.hwp"로 저장한 파일은 2023.4.10 삭제함.

5. 특이 사항
- K-06 {{p:최성봉}} 구술자는 면담 후 {{u:통일부}} 정착지원과에 연락해 달라고 요청하였고, {{p:오지수}} 연구원이 동행함.
- K-04 {{p:ㄱㅊㅅ}} 구술자는 2차 면담을 거부함. 재단 담당자 {{p:백승호}} 과장에게 보고함.
- K-01 {{r:탁명희}} 구술자는 2차 면담에서 봉제 공장 작업반장 {{p:계순옥}}과 지배인 {{p:리명철}}에 대해 처음으로 자세히 이야기함. {{r:탁명희}} 님은 {{p:순옥}} 반장이 "나쁜 사람은 아니었다"고 여러 번 강조했으며, 이 부분은 구술자의 뜻에 따라 녹취록에 그대로 남김. 같은 공장에 있던 {{p:장은하}}, {{p:모영란}}의 소식은 모른다고 함.
- K-02 {{r:전광수}} 구술자가 제공한 임금 메모(사진 4장)는 {{r:안혜린}} 담당이 스캔하여 보관. 메모에 적힌 현장 반장 {{p:옥성길}}, 회계 {{p:엄기철}}의 이름은 연구 보고서에서 가림.
- {{r:혜린}} 담당은 2024년 3월부터 육아휴직 예정이며 후임은 {{p:송재민}}.""",
    },
    {
        "id": "h40-ko-19",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Na Song-hun", "나성훈", "witness", ["성훈"]),
            ("U Chang-gil", "우창길", "coworker", ["창길"]),
            ("Om Hye-suk", "엄혜숙", "other", []),
        ],
        "note": "Community mediation record between two former co-workers from a Vladivostok site over money lent abroad; surnames 나 and 우 next to the pronoun 나 and 우리, 엄 next to 엄마 (kinship word, unmarked), 신청인/피신청인 roles, quoted speech with affectionate 이 suffix.",
        "text": """조정 기록
사건번호: 2024-조-0137 / 장소: 지역 갈등조정센터 2층 조정실 / 일시: 2024년 5월 16일 14:00~16:20
조정위원: {{r:엄혜숙}} (위원장), {{p:박동현}} / 기록: {{p:차수빈}}
신청인: {{r:나성훈}} (1981년생) / 피신청인: {{r:우창길}} (1979년생)
동석자: 신청인 측 {{p:김정미}} (신변보호 담당관 아님, 지인), 피신청인 측 없음

1. 신청 취지
신청인 {{r:나성훈}}은 2016년 {{u:러시아}} {{u:블라디보스토크}}의 건설 현장에서 함께 일할 때 피신청인 {{r:우창길}}에게 빌려준 1,500달러를 돌려 달라고 한다. 피신청인은 돈을 빌린 사실은 인정하나 액수를 다툰다.

2. 신청인 진술 요지
"나는 {{r:창길}}이 형을 믿었다. 그때 우리 반장 {{p:최영호}}가 돈을 모아 오라고 했는데, 형이 돈이 모자란다고 해서 내가 모은 돈을 줬다. 1,500달러다. 그 자리에 {{p:리성국}}이도 있었다."
"형이 {{u:한국}}에 먼저 온 뒤 나를 도와준 것은 고맙게 생각한다. 그래도 돈은 돈이다. 우리 엄마가 {{u:청진}}에 있는데, 엄마한테 돈을 보내야 한다."

3. 피신청인 진술 요지
"{{r:성훈}}이한테 빌린 건 800달러다. 나머지 700은 {{p:최영호}} 반장이 직접 {{r:나}} 동무한테서 가져갔다. {{p:최}} 반장이 '{{r:나성훈}}이 것까지 합쳐서 계획분을 채운다'고 했다. 그건 내가 갚을 돈이 아니다."
"나는 {{u:하나원}} 나와서 {{r:성훈}}이 방 구하는 것도 도와줬고, 일자리도 소개했다. 우리 사이에 이런 자리가 있다는 게 섭섭하다."

4. 조정위원 확인 사항
- {{r:엄혜숙}} 위원장이 당시 현장에 있던 사람 중 연락 가능한 사람을 물었다. 두 사람 모두 {{p:리성국}}을 들었으나, {{p:성국}}이는 아직 {{u:북한}}에 있는 것으로 안다고 함. {{p:오명수}}라는 동료가 {{u:인천}}에 산다고 {{r:우창길}}이 말했으나 연락처는 모름.
- {{p:박동현}} 위원이 당시 반장 {{p:최영호}}가 돈을 직접 가져간 일이 또 있었는지 물었다. {{r:나}} 씨는 "자주 있었다", {{r:우}} 씨는 "{{p:최}}는 원래 그런 사람"이라고 답함.
- {{r:엄}} 위원장: 외화 거래의 증빙이 없으므로 양측 진술만으로 판단할 수밖에 없음을 설명.

4-1. 추가 진술 (15:10 재개 후)
- 신청인 {{r:나성훈}}: "그때 현장 대표는 {{p:한봉수}}였고, 돈 문제는 전부 {{p:한}} 대표와 {{p:최영호}} 반장이 쥐고 있었다. 우리 방에는 나, {{r:창길}}이 형, {{p:리성국}}, {{p:변철}}이 넷이 살았다. {{p:철}}이는 나이가 제일 어려서 심부름을 많이 했다."
- 피신청인 {{r:우창길}}: "{{p:변철}}이는 2017년에 먼저 귀국했다. {{p:한봉수}} 대표는 그 뒤 {{u:하바롭스크}}로 옮겼다고 들었다. 나는 {{r:성훈}}이한테 돈을 안 갚겠다는 게 아니다. 나도 지금 식당 일을 하면서 아이 둘을 키운다."
- {{r:엄혜숙}} 위원장은 두 사람에게 상대방의 어려운 사정을 한 번씩 말해 보도록 권하였고, 두 사람 모두 이에 응하였다.

5. 조정 결과
양측은 다음과 같이 합의하였다.
가. 피신청인 {{r:우창길}}은 신청인 {{r:나성훈}}에게 100만 원을 2024년 8월 31일까지 3회에 나누어 지급한다.
나. 신청인은 나머지 청구를 포기한다.
다. 양측은 이 일로 서로를 비방하지 않으며, {{p:최영호}}의 행위에 대하여는 각자 필요하면 별도로 {{u:통일부}} 또는 인권 단체에 알릴 수 있다.

6. 기록자 메모
조정 후 두 사람은 복도에서 한참 이야기를 나누었다. {{r:성훈}} 씨가 "형, 밥이나 먹자"고 했고 {{r:창길}} 씨가 웃었다. 동석한 {{p:김정미}} 씨는 조정 내용을 외부에 알리지 않겠다는 서약서에 서명함. 서약서 원본은 {{p:차수빈}}이 보관.
조정위원장 {{r:엄혜숙}} (서명) / 위원 {{p:박동현}} (서명)""",
    },
    {
        "id": "h40-ko-20",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Choe Un-byol", "최은별", "witness", ["은별"]),
            ("Wang Seo-yeon", "왕서연", "other", ["王雪燕", "서연"]),
            ("Wang Jianhua", "왕젠화", "relative", ["王建华"]),
        ],
        "note": "School record extract and counselling notes for the child of a former Shenyang garment worker; the child's Chinese name in Hanzi and pinyin beside her Korean name, the Chinese father's name in three scripts, a homeroom teacher and counsellor, 서연이가 with suffix and particle outside.",
        "text": """학생 기록 발췌 (전입 및 상담)
학교: ○○중학교 / 학년·반: 1학년 3반 / 작성: 담임 {{p:윤가은}}, 상담교사 {{p:조민혁}}
※ 본 문서는 보호자 동의를 받아 지원 단체에 제공함. 제3자 제공 금지.

1. 인적 사항
성명: {{r:왕서연}} (중국명 {{r:王雪燕}}, {{r:Wang Xueyan}})
출생: 2011년, {{u:중국}} {{u:랴오닝성}} {{u:선양}}
보호자: 모 {{r:최은별}} (1989년생, {{u:북한}} 출신, 2019년 입국), 부 {{r:왕젠화}} ({{r:王建华}}, {{u:중국}} 국적, 연락 두절)
이전 학력: {{u:선양}} 소재 초등학교 4학년 중퇴 → {{u:하나원}} 하나둘학교 → ○○초등학교 졸업

2. 전입 시 특기 사항
- 한국어 읽기는 또래 수준에 가깝고, 중국어로 말하기를 더 편해함. 담임 {{p:윤가은}} 교사가 반 친구 {{p:한유진}}, {{p:서지아}}를 짝으로 정함.
- 어머니 {{r:최은별}} 씨는 {{u:선양}}의 봉제 공장에 {{u:북한}}에서 파견된 노동자로 일하다가 2010년 공장을 이탈했고, 이후 {{r:왕젠화}} 씨와 함께 살았다고 함. 공장 시절 이야기는 아이 앞에서 하지 말아 달라고 요청함.

3. 상담 기록 (상담교사 {{p:조민혁}})
[4월 3일] {{r:서연}}이가 중국어 이름으로 불리는 것을 싫어한다고 말함. 예전 학교에서 선생님이 "{{r:小王}}"이라고 불렀는데 그 말이 좋았다고도 함. 본인은 "그냥 {{r:서연}}"이 좋다고 함.
[4월 24일] 아버지 이야기를 처음 함. "아빠는 {{r:王建华}}인데 한국말로 쓰면 {{r:왕젠화}}예요." 아빠와는 2018년 이후 연락이 없음. 할머니 {{p:刘秀英}}({{p:류슈잉}})이 가끔 {{u:위챗}}으로 사진을 보냄.
[5월 15일] 어머니 {{r:최은별}} 씨와 전화 상담. {{r:은별}} 씨는 공장에서 함께 일했던 {{p:강미향}}이라는 언니가 최근 {{u:한국}}에 왔다며 {{r:서연}}이를 한번 보여 주고 싶다고 함. 담임과 공유함.
[6월 5일] 반 친구 {{p:서지아}}와 다툼. {{p:지아}}가 "{{u:중국}} 애"라고 놀렸다고 함. {{p:서지아}} 학생 및 보호자 {{p:서동욱}} 씨와 면담. 화해함.
[5월 29일] 미술 시간에 "우리 집" 그림을 그림. 그림 속 인물로 엄마, 할머니, "{{p:샤오메이}}"를 그렸는데, {{p:샤오메이}}는 {{u:선양}}에서 함께 살던 사촌 언니라고 함. 그림에 아버지는 없었음. 미술 교사 {{p:남궁윤}} 선생님이 그림을 상담실로 전달함.
[6월 19일] 어머니 {{r:최은별}} 씨 내교 상담. {{r:은별}} 씨는 공장 시절 작업반장이던 {{p:리옥순}}이 아직 {{u:중국}}에 있는지 모르겠다며 걱정을 비침. 상담교사가 아이와 무관한 이야기는 지원 단체 담당자 {{p:임소라}} 선생님과 나누도록 안내함. 어머니는 딸의 {{u:중국}} 이름 {{r:雪燕}}을 지어 준 사람이 시어머니 {{p:류슈잉}}이라고 설명함.
[7월 10일] {{r:서연}}이가 여름방학 중 엄마와 {{u:부산}}에 간다고 함. 엄마가 "공장 언니들" 중 한 명인 {{p:방순녀}} 씨를 만나러 간다고 말함. 엄마는 방을 구하는 중이라고 함.

4. 담임 의견 ({{p:윤가은}})
{{r:왕서연}} 학생은 수학과 미술에 재능이 있고, 학급 생활에 빠르게 적응하고 있음. 다만 출신과 아버지에 관한 질문에 예민하게 반응하므로, 다른 교사들에게도 "{{r:서연}}이의 가족사는 묻지 말 것"을 요청함. 체육 교사 {{p:도경민}} 선생님은 {{r:서연}}이가 달리기를 잘한다며 육상부를 권했으나, 본인이 아직 원하지 않음. 2학기부터 지원 단체 멘토 {{p:임소라}} 선생님의 학습 지원을 받을 예정.
※ 보호자 연락처는 학적 시스템에만 기재. 보호자 {{r:최은별}} 씨의 요청에 따라 이전 이름 {{r:최은희}}는 어디에도 기재하지 않음.""",
    },
    {
        "id": "h40-ko-21",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Pong Chol-u", "봉철우", "witness", ["철우"]),
            ("Jin Mi-ok", "진미옥", "relative", ["미옥"]),
            ("Ku Tae-sik", "구태식", "other", []),
        ],
        "note": "Private loan agreement to pay a broker to bring a wife out of a seafood plant in Hunchun, with a support worker's annotations; 갑/을 roles, guarantor and witness signatures, surnames 진 and 구 beside 진행 and 구두, the broker known only by a nickname, Chinese form 老金 kept whole.",
        "text": """금전 차용 계약서
(사본 - 상담 기록 첨부용. 주민등록번호와 계좌번호는 지움)

대여인(갑): {{r:구태식}} (1968년생, {{u:경기도}} ○○시)
차용인(을): {{r:봉철우}} (1980년생, {{u:서울특별시}} ○○구)
연대보증인: {{p:김순복}} (1975년생, 차용인의 지인)

제1조 (차용 금액) 을은 갑으로부터 금 일천이백만 원(12,000,000원)을 차용한다.
제2조 (용도) 을의 배우자 {{r:진미옥}}(1984년생)이 {{u:중국}} {{u:지린성}} {{u:훈춘}}의 수산물 가공 공장을 떠나 {{u:한국}}에 오는 데 드는 비용에 쓴다. 비용의 지급은 을이 직접 진행한다.
제3조 (변제 기일 및 방법) 을은 2020년 3월부터 매월 말일에 금 오십만 원을 갑이 지정한 계좌로 보낸다.
제4조 (이자) 연 5퍼센트. 을이 두 달 이상 변제를 미루면 갑은 남은 금액 전부를 한꺼번에 청구할 수 있다.
제5조 (구두 약정의 효력) 이 계약서에 적히지 않은 구두 약정은 효력이 없다.
제6조 (보증) 연대보증인 {{p:김순복}}은 을의 채무를 함께 진다.

2020년 1월 14일
갑 {{r:구태식}} (인) / 을 {{r:봉철우}} (서명) / 연대보증인 {{p:김순복}} (인)
입회인: {{p:하정란}} (○○교회 집사)

-----
상담원 메모 ({{p:엄지수}}, 2021년 6월)
- 내담자 {{r:봉철우}} 씨는 이 계약서를 들고 상담실에 왔다. {{r:철우}} 씨에 따르면 1,200만 원 가운데 900만 원은 {{u:연길}}의 중개인 "{{p:고모}}"에게, 300만 원은 {{u:훈춘}} 공장 근처에서 {{r:미옥}} 씨를 데리고 나온 조선족 운전사 {{p:老金}}에게 갔다. "{{p:고모}}"는 친척이 아니고 중개인을 부르는 이름이다. 본명은 모른다. ("고모"라는 말을 친척 호칭으로 쓸 때와는 구분할 것.)
- {{r:진미옥}} 씨는 2019년 가을까지 공장에서 게 껍질 까는 일을 했다. 작업반장은 {{p:리은심}}, 공장의 북측 관리자는 {{p:석명철}}이었다. {{r:미옥}} 씨는 {{p:석명철}}이 여권을 걷어 갔다고 했고, {{p:리은심}} 반장은 "{{r:진}} 동무는 말이 없어서 좋다"고 했다고 한다.
- {{r:미옥}} 씨는 {{u:라오스}}와 {{u:태국}}을 거쳐 2020년 5월 입국했다. 제2조의 비용은 실제로 다 쓰였다.
- 문제: {{r:구태식}} 씨는 교회에서 알게 된 사람인데, 2021년 4월부터 이자를 연 20퍼센트로 올려 달라고 요구하고 있다. {{r:구}} 씨는 "구두로 합의했다"고 주장하지만 제5조에 따라 효력이 없다. 입회인 {{p:하정란}} 집사도 그런 합의는 없었다고 확인해 주었다.
- 연대보증인 {{p:김순복}} 씨는 {{r:봉}} 씨와 같은 {{u:혜산}} 출신이다. {{p:순복}} 씨는 최근 {{r:구태식}}에게서 독촉 전화를 받았다고 한다.
- {{r:미옥}} 씨가 공장을 나온 날 같은 기숙사의 {{p:황금란}}, {{p:오순정}}도 함께 나오려 했으나 {{p:오순정}}은 마지막 순간에 마음을 바꾸었다. {{p:황금란}}은 {{u:연길}}에서 붙잡혔다는 소문이 있다. {{r:진미옥}} 씨는 이 이야기를 할 때 많이 울었다. {{p:금란}}이 언니 이야기는 기록에 남기지 말아 달라고 했으나, 안전 평가를 위해 내부 메모에만 적는다.
- {{r:봉}} 씨가 지금까지 갚은 돈은 모두 9회, 450만 원이다. 송금 영수증은 {{r:철우}} 씨가 휴대전화 사진으로 보관하고 있다.
- 다음 단계: 법률 지원 단체 변호사 {{p:류하진}}에게 연결. {{r:봉철우}}·{{r:진미옥}} 부부의 이름은 의뢰서에 적되, 중개인 관련 부분은 구두로만 설명하기로 함.
- 참고: 내담자는 계약서 파일을 "{{r:봉철우}}_차용증.jpg"로 보내왔다. 상담 기록에는 "내담자21-07_계약서.jpg"로 바꾸어 저장함.""",
    },
    {
        "id": "h40-ko-22",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yuk Kwang-chol", "육광철", "witness", ["광철"]),
            ("Jo Song-ran", "조성란", "coworker", ["성란"]),
            ("Ho Man-gil", "허만길", "other", []),
        ],
        "note": "Receipt-book stubs of a self-help group of former overseas workers (dues, legal-fee shares, hospital support) with the treasurer's margin notes; surnames 육, 조, 방, 전, 명 beside 육개장, 조금, 방, 전부, 명 (counter), receipts issued in a member's name and 'received by' columns.",
        "text": """영수증 부본철 (2022년 10월~12월)
모임: 해외 파견 노동 경험자 자조 모임 "새벽길" / 총무 {{r:육광철}} 보관
※ 한 장에 두 부를 써서 한 부는 낸 사람에게 주고 부본은 이 철에 남김.

No. 0341 | 10.02 | 낸 사람: {{r:조성란}} | 금액: 20,000원 | 내역: 10월 회비 | 받은 사람: {{r:육광철}}
No. 0342 | 10.02 | 낸 사람: {{p:방영호}} | 금액: 20,000원 | 내역: 10월 회비 | 받은 사람: {{r:육광철}}
No. 0343 | 10.02 | 낸 사람: {{p:전금순}} | 금액: 50,000원 | 내역: 회비 + 행사 찬조 | 받은 사람: {{r:육광철}}
No. 0344 | 10.09 | 낸 사람: {{r:허만길}} (회장) | 금액: 300,000원 | 내역: 변호사 비용 분담금 | 받은 사람: {{r:육}} 총무
No. 0345 | 10.16 | 낸 사람: {{p:명광수}} | 금액: 20,000원 | 내역: 10월 회비 | 받은 사람: {{p:조영미}} (총무 대리)
No. 0346 | 10.23 | 지급: 병원비 지원 | 금액: 150,000원 | 받는 사람: {{p:리혁철}} | 지급자: {{r:육광철}}
No. 0347 | 11.06 | 낸 사람: {{r:성란}} 언니 외 4명 | 금액: 100,000원 | 내역: 11월 회비 (단체) | 받은 사람: {{r:광철}}
No. 0348 | 11.06 | 낸 사람: {{p:연창수}} | 금액: 20,000원 | 내역: 11월 회비 | 받은 사람: {{r:육광철}}
No. 0349 | 11.20 | 지급: 장례 부조 | 금액: 200,000원 | 받는 사람: 고 {{p:백운학}} 유족 ({{p:백정숙}}) | 지급자: {{r:허만길}}
No. 0350 | 12.04 | 낸 사람: {{p:방영호}} | 금액: 40,000원 | 내역: 11·12월 회비 | 받은 사람: {{r:육광철}}
No. 0351 | 12.04 | 낸 사람: {{p:문해성}} (후원자) | 금액: 500,000원 | 내역: 연말 후원금 | 받은 사람: {{r:허만길}}
No. 0352 | 12.18 | [취소] 잘못 씀 - {{r:조성란}} 씨 이름을 {{p:조성남}}으로 적음

총무 메모 ({{r:육광철}})
- 0343: {{p:전금순}} 씨는 전부 현금으로 냈다. {{u:쿠웨이트}} 현장에서 함께 있던 남편 생각을 하며 찬조금을 조금 더 냈다고 한다.
- 0344: 변호사 비용은 {{u:러시아}} 현장 임금 체불 건으로 {{p:진선우}} 변호사에게 드리는 것. {{r:허만길}} 회장님이 처음 석 달 분을 먼저 냈다. {{r:허}} 회장님은 {{u:블라디보스토크}}, 나는 {{u:하바롭스크}} 현장에 있었는데, 둘 다 같은 회사 소속이었다.
- 0345: 내가 {{u:부산}}에 가 있어서 {{p:조영미}} 씨가 대신 받았다. {{p:영미}} 씨는 {{r:조성란}} 언니의 사촌 동생이다. 둘 다 {{u:단둥}} 봉제 공장 출신.
- 0346: {{p:리혁철}} 씨는 {{u:몽골}} 건설 현장에서 다친 허리가 다시 나빠졌다. 병원은 {{u:고려대학교 안산병원}}. 같이 간 {{p:명광수}} 씨가 영수증을 받아 왔다.
- 0347: {{r:성란}} 언니가 여성 회원 다섯 명의 회비를 모아 왔다. 이름은 회원 명부 참조. 모임 끝나고 다 같이 육개장을 먹었다.
- 0349: {{p:백운학}} 선생님은 {{u:아무르주}} 벌목장에서 13년 일하셨다. 방 한 칸에서 혼자 지내시다 돌아가셨다. 장례식장에서 {{r:만길}} 형님이 조사를 읽었다. 명복을 빈다.
- 0351: 후원자 {{p:문해성}} 씨는 {{p:진선우}} 변호사의 지인이다. 후원금 영수증을 연말정산용으로 달라고 해서 별도로 발급함.
- 회비를 안 낸 사람: {{p:채옥별}}, {{p:김룡수}}. {{p:룡수}} 형은 일자리를 잃어서 면제하기로 회장님과 이야기함.
- 다음 총무는 {{r:조성란}} 씨. 인수인계 때 이 철과 통장을 함께 넘긴다.""",
    },
    {
        "id": "h40-ko-23",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kye Yong-su", "계영수", "witness", ["영수"]),
            ("Kye Yong-chol", "계영철", "relative", ["영철"]),
            ("Pyo Chang-nam", "표창남", "supervisor", []),
        ],
        "note": "Complaint to the Russian Embassy in Seoul about a brother handed back to his supervisors by local police in Blagoveshchensk; two brothers with the same surname, Russian officers' names in Hangul and Cyrillic (with case ending), surname 표 beside 표시/표, formal letter register with 귀하 and 님.",
        "text": """진정서

수신: {{u:주대한민국 러시아연방 대사관}} 영사부 귀하
참조: 대사관 인권 담당 영사님
발신: {{r:계영수}} ({{u:서울특별시}} 거주, 연락처는 별지)
제목: {{u:블라고베셴스크}}에서 일어난 {{u:북한}} 노동자 강제 인도 사건에 관한 진정

1. 진정인 {{r:계영수}}는 2015년부터 2018년까지 {{u:러시아}} {{u:아무르주}} {{u:블라고베셴스크}}의 건설 현장에서 일하다가 2019년 {{u:대한민국}}에 입국한 사람입니다. 이 진정은 저의 동생 {{r:계영철}}(1986년생)에 관한 것입니다.

2. 제 동생 {{r:영철}}이는 저와 같은 회사 소속으로 {{u:블라고베셴스크}}에 파견되었고, 제가 떠난 뒤에도 그곳에 남아 있었습니다. 2022년 8월 {{r:계영철}}은 현장을 떠나 시내에서 몸을 숨기고 있다가 8월 19일 경찰의 검문을 받았습니다. 제가 동생의 친구 {{p:남철규}}에게 들은 바에 따르면, 경찰관 두 명이 {{r:영철}}이를 파출소로 데려갔고, 그날 밤 회사 대표 {{r:표창남}}이 파출소에 와서 {{r:영철}}이를 데리고 갔습니다.

3. 당시 파출소에 있던 경찰관 중 한 명은 명찰에 "{{p:Сидоренко}}"라고 적혀 있었다고 합니다. {{p:남철규}}는 {{p:시도렌코}} 경위가 {{r:표창남}} 대표와 악수를 하는 것을 보았다고 합니다. 다른 한 명의 이름은 모르지만, {{p:남철규}}의 말로는 {{r:표}} 대표가 그 경찰관을 "{{p:Миша}}"라고 불렀다고 합니다. 통역은 현장의 조선족 통역 {{p:김홍매}}가 했습니다.

3-1. 저희 형제가 일한 현장의 사정을 덧붙입니다. 회사 대표 {{r:표창남}}은 노동자 80여 명의 여권을 모두 사무실 금고에 보관했고, 월급은 "계획분"을 떼고 한 달에 100달러 남짓만 주었습니다. 보위 담당 {{p:길광혁}}은 밤마다 숙소를 돌며 인원을 셌습니다. 제가 2018년 현장을 떠날 때 {{r:영철}}이는 "형, 나는 아이 때문에 못 간다"고 했습니다. 그 말이 동생과 나눈 마지막 말입니다. 러시아인 현장 소장 {{p:Виктор Лапин}}은 노동자들에게 친절했고, 동생이 숨어 있던 시기에 음식을 가져다주었다고 들었습니다. {{p:라핀}} 소장에게 불이익이 없기를 바랍니다.

4. 그 뒤 동생의 소식은 끊겼습니다. 2023년 봄, {{u:중국}}을 통해 연락이 닿은 고향 사람 {{p:주성희}}에게서 {{r:영철}}이가 {{u:평양}}으로 송환되어 조사를 받았다는 말을 들었습니다. 동생의 처 {{p:안금실}}과 아들 {{p:계민혁}}의 소식도 모릅니다.

5. 저는 {{u:러시아}} 당국이 다음 사항을 확인해 주시기를 요청합니다.
가. 2022년 8월 19일 {{u:블라고베셴스크}}의 해당 파출소에서 {{r:계영철}}이 조사를 받은 기록이 있는지
나. {{r:계영철}}을 {{r:표창남}} 또는 회사 관계자에게 넘긴 근거가 무엇인지
다. 경찰관 {{p:Сидоренко}}와 "{{p:Миша}}"가 이 일에 어떤 역할을 했는지
라. {{r:영철}}이에게 난민 신청이나 {{u:유엔난민기구}} 연락 기회가 주어졌는지

6. 첨부: 가. 진정인의 신분증 사본 나. 동생 {{r:계영철}}의 사진 (2017년, {{u:블라고베셴스크}} 현장에서 {{r:계영수}}와 함께 찍음) 다. {{p:남철규}}의 진술 메모 (러시아어 번역 포함)
※ 진술 메모의 번역은 {{p:Ольга Ким}} 님이 해 주었습니다. 번역문 끝에는 "Перевод выполнен {{p:Ольгой Ким}}"이라고 적혀 있습니다. {{p:올가}} 님은 연락처 공개를 원하지 않습니다.

7. 표시해 둘 점: 제가 이 진정을 내는 것 때문에 {{u:북한}}에 있는 가족이 해를 입을 수 있습니다. 이 문서가 {{u:북한}} 측에 전달되지 않도록 각별히 부탁드립니다. 표면적으로는 한 사람의 일이지만, 같은 현장에 있던 {{p:차용남}}, {{p:백두철}}, {{p:오성혁}} 등 다른 노동자들도 같은 위험에 놓여 있습니다.

2024년 2월 5일
진정인 {{r:계영수}} (서명)
작성 도움: {{p:박소연}} (○○인권센터 상담원)""",
    },
    {
        "id": "h40-ko-24",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ha Kyong-min", "하경민", "witness", []),
            ("Nam Jong-suk", "남정숙", "relative", ["정숙"]),
            ("Ha Un-bi", "하은비", "relative", ["콩이"]),
        ],
        "note": "Acknowledgements of a memoir by a former construction worker in Qatar and Kuwait; dense list of thanks, a daughter's pet name used like a name next to the ordinary word 콩, co-workers remembered by nickname, kinship words 아버지/형님 unmarked, real organisations, the author's own name in the signature.",
        "text": """감사의 글

이 책은 제가 {{u:카타르}}와 {{u:쿠웨이트}}의 건설 현장에서 보낸 여섯 해에 관한 기록입니다. 혼자 힘으로는 한 줄도 쓸 수 없었습니다.

먼저 아내 {{r:남정숙}}에게 고맙습니다. {{r:정숙}}이는 제가 밤마다 원고 앞에서 한숨을 쉴 때 말없이 차를 끓여 주었습니다. 딸 {{r:은비}}, 우리 집에서는 "{{r:콩이}}"라고 부르는 아이는 아빠가 왜 자꾸 사막 이야기를 하느냐고 물었습니다. {{r:콩이}}야, 이 책이 그 대답이다. 콩밥을 싫어하던 네가 콩이라는 이름을 좋아하게 된 것처럼, 언젠가 이 이야기도 네 것이 되기를 바란다.

{{r:정숙}}이와 저는 {{u:함흥}}의 같은 동네에서 자랐습니다. 제가 {{u:카타르}}로 떠나던 2012년, {{r:남정숙}}은 스물여섯 살이었고 {{r:은비}}는 세 살이었습니다. 제가 없는 동안 {{r:정숙}}이가 혼자 아이를 키웠고, 2017년 두 사람이 먼저 강을 건넜습니다. 이 책의 3부는 사실 {{r:정숙}}이의 이야기이기도 합니다. 원고를 읽은 {{r:정숙}}이가 "당신 이름만 쓰지 말고 내 이름도 써요"라고 해서, 표지 안쪽에 "{{r:하경민}}·{{r:남정숙}} 함께 씀"이라고 적었습니다. {{r:은비}}는 그림 두 장을 그려 주었습니다. 3부 첫 장에 있는 사막 그림이 {{r:하은비}}의 그림입니다.

{{u:도하}}의 현장에서 함께 벽돌을 쌓은 동무들에게 이 책을 바칩니다. 이름을 다 쓸 수 없는 사람들이 더 많습니다. 그래도 쓸 수 있는 이름은 쓰겠습니다. 늘 웃던 "{{p:빵모자}}" {{p:김성철}}, 열병으로 쓰러졌을 때 저를 업고 뛴 {{p:리광수}}, 밤마다 고향 노래를 부르던 {{p:도춘길}} 형님, 그리고 끝내 돌아가지 못한 {{p:정명일}}. {{p:명일}}아, 네 이름을 이렇게라도 남긴다.

{{u:쿠웨이트}}에서 우리를 몰래 도와준 인도인 현장 감독 {{p:Joseph Mathew}} 씨, 방글라데시 출신 동료 {{p:Abdul Karim}} 씨에게도 감사합니다. {{p:Joseph}} 씨가 건넨 전화 카드가 없었다면 저는 {{u:서울}}에 있는 사촌 형 {{p:하경태}}와 연락할 수 없었을 것입니다. {{p:경태}} 형님은 지금 {{u:부산}}에서 이 책을 기다리고 있습니다.

{{u:한국}}에 온 뒤 제 이야기를 처음 들어 준 사람은 {{u:하나원}}의 상담사 {{p:유선미}} 선생님이었습니다. 구술을 녹음하고 정리해 준 {{p:강태윤}} 작가님, 원고를 세 번이나 다시 읽어 준 편집자 {{p:오지현}} 님, 사진 자료를 찾아 준 {{p:Sarah Lindqvist}} 기자님께 감사드립니다. {{u:국제노동기구}}의 자료를 번역해 준 대학생 {{p:임도윤}} 군과 {{p:서하람}} 양, 법률 부분을 검토해 준 {{p:남궁현}} 변호사님께도 고마움을 전합니다.

{{u:북한인권시민연합}}과 {{u:통일부}} {{u:북한인권기록센터}}의 여러분은 제 기억이 틀린 곳을 바로잡도록 도와주셨습니다. 특히 날짜를 하나하나 맞춰 준 {{p:조은하}} 연구원님, 고맙습니다.

{{u:쿠웨이트}} 시절의 일을 확인해 준 옛 동료 {{p:반석호}} 씨와 {{p:우명철}} 씨에게도 감사합니다. {{p:석호}} 씨는 자기 이름을 넣어도 된다고 했고, {{p:우명철}} 씨는 이름 대신 "{{p:우}} 반장"으로 불러 달라고 했지만, 저는 두 사람 모두 이름 그대로 부르고 싶었습니다. 출판사의 {{p:한보람}} 대표님은 이 책이 팔리지 않아도 좋다고 하셨습니다.

현장 대표였던 {{p:석문학}}과 보위원 {{p:탁영길}}의 이름은 이 책에 실지 않았습니다. 그들을 용서해서가 아니라, 그들 역시 누군가의 아버지이고 {{u:평양}}에 가족이 있기 때문입니다. 책 속에서 그들은 "대표"와 "보위원"으로만 나옵니다.

마지막으로, 제가 떠나온 날 새벽 {{u:함흥}}역 앞에서 손을 흔들던 어머니 {{p:최순애}}께. 어머니, 저는 살아 있습니다.

2024년 봄, {{u:인천}}에서
{{r:하경민}}""",
    },
    {
        "id": "h40-ko-25",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Sim Yong-nam", "심영남", "witness", ["영남"]),
            ("Wi Song-ho", "위성호", "supervisor", []),
            ("Ban Ki-chol", "반기철", "coworker", ["기철"]),
        ],
        "note": "Crew medical log of a fishing vessel off Kamchatka kept by the crew member acting as medic, with his later notes; table entries with 동무/선장/기관장 outside, surnames 위, 반, 주, 마 beside 위해, 반나절, 주사, 마취, a Russian port doctor in Hangul and Cyrillic with case ending.",
        "text": """선원 의무 일지 (사본)
선박: 어선 "광명 17호" / 조업 해역: {{u:캄차카}} 동쪽, {{u:러시아}} 배타적경제수역 (합작 조업 허가)
기록: 의무 담당 {{r:심영남}} / 확인: 선장 {{r:위성호}}
기간: 2017년 7월~9월

날짜 | 이름 | 증상 | 처치 | 비고
7.03 | {{r:반기철}} | 왼손 베임 (그물칼) | 소독, 봉합 4바늘 | 마취약 없음
7.09 | {{p:주영식}} | 고열, 기침 | 해열제, 항생제 주사 | 반나절 휴식
7.15 | {{p:마성철}} | 허리 통증 | 파스, 진통제 | 작업 계속 (선장 지시)
7.22 | {{p:리철호}} | 뱃멀미, 탈수 | 수액 1병 | 신입
8.01 | {{r:반기철}} | 손 상처 곪음 | 재소독, 항생제 | 고름 많음
8.05 | {{p:어금철}} | 오른발 골절 의심 | 부목 | 입항 요청 → 거부
8.14 | {{p:주영식}} | 기침 계속, 가래에 피 | 항생제 추가 | 격리 (선수 창고)
8.20 | {{p:박용}} | 치통 | 진통제 | -
8.27 | 기관장 {{p:길창수}} | 화상 (배기관) | 화상 연고 | -
9.03 | {{r:기철}} | 손가락 두 개 감각 없음 | - | 입항 후 진료 필요
9.11 | {{p:주영식}} | 호흡 곤란 | 산소 없음 | 선장에게 긴급 보고
9.12 | {{p:주영식}} | {{u:페트로파블롭스크캄차츠키}} 입항, 병원 이송 | - | {{u:러시아}} 항만 의사 {{p:Ковалёва}}

{{r:심영남}}의 설명 (2022년, {{u:서울}})
- 나는 의사가 아니다. 군에서 위생병을 했다는 이유로 의무 담당이 되었다. 약은 출항 때 {{u:청진}}에서 받은 상자 하나가 전부였다.
- {{r:반기철}}은 나와 같은 배 동기다. {{r:기철}}이 손은 처음부터 제대로 꿰맬 수 없었다. 마취약이 없어 {{p:마성철}}과 {{p:리철호}}가 {{r:기철}}이를 붙잡았다. 8월에 상처가 곪았을 때 나는 {{r:위성호}} 선장에게 입항을 부탁했지만, 선장은 "계획을 위해 참으라"고 했다.
- {{p:어금철}}의 발은 부러진 것이 맞았다. {{p:금철}}이는 조업이 끝날 때까지 한 발로 일했다. {{r:위}} 선장은 입항 요청을 세 번 거부했다.
- {{p:주영식}}은 결핵이었던 것 같다. 9월 12일 {{u:페트로파블롭스크캄차츠키}} 항에서 {{u:러시아}} 의사 {{p:코발료바}}가 배에 올라와 {{p:영식}}이를 보자마자 병원으로 데려갔다. 일지에 적힌 {{p:Ковалёва}}라는 이름은 그 의사의 명찰을 내가 베껴 쓴 것이다. 나중에 선장이 통역 {{p:Ли Ен Хо}}에게 "{{p:Ковалёвой}} 선생에게 고맙다고 전하라"고 했다.
- {{p:주영식}}은 배로 돌아오지 못했다. 선장은 본사에 "{{p:주}} 동무 병가 귀국"이라고 보고했다. 그 뒤 {{p:영식}}이가 어떻게 되었는지 아무도 모른다.
- {{r:위성호}} 선장은 나쁜 사람이라기보다 겁이 많은 사람이었다. 배에는 보위 지도원 {{p:허준}}이 타고 있었고, 선장도 {{p:허}} 지도원 눈치를 보았다.
- 7월 22일의 {{p:리철호}}는 열여덟 살이었다. 출항 전 {{u:청진}} 수산사업소에서 {{p:철호}}의 어머니가 나에게 "우리 아이를 잘 봐 달라"고 했다. {{p:박용}}이와 {{p:길창수}} 기관장은 같은 {{u:신포}} 출신이라 늘 붙어 다녔다.
- 나는 2019년에 {{u:블라디보스토크}}에서 배를 떠났다. 이 일지는 그때 가지고 나온 공책에 옮겨 적은 것이다. {{r:기철}}이는 지금 {{u:남포}}에 있을 것이다. {{r:영남}}이라는 내 이름과 {{r:반기철}}의 이름이 같이 나오는 자료는 공개하지 말아 달라.""",
    },
    {
        "id": "h40-ko-26",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("No Yong-sik", "노영식", "witness", ["영식"]),
            ("No Hye-song", "노혜성", "relative", ["혜성"]),
            ("Pyon Jae-ho", "변재호", "coworker", ["재호"]),
        ],
        "note": "Vehicle logbook of a support centre's van (trips with former logging and construction workers to hospitals, courts and interviews); driver and passenger columns, surnames 노, 성, 길, 문 beside 노동, 성함, 길, 문 (door), the witness's daughter whose name is also a common noun (혜성, comet).",
        "text": """차량 운행일지 (업무용 승합차, 2023년 9월)
관리: 센터 사무국 / 차량 담당 {{p:고민재}}
※ 탑승자 성함은 실명 대신 이니셜로 적기로 했으나, 9월 첫 주는 실명으로 적혀 있음. 외부 제출 시 가릴 것.

날짜 | 운전자 | 탑승자 | 출발 → 목적지 | 목적 | 주행(km)
9.01 | {{p:고민재}} | {{r:노영식}}, {{r:노혜성}} | 센터 → {{u:국립중앙의료원}} | 진료 동행 | 18
9.02 | {{p:성태윤}} | {{r:변재호}} | 센터 → {{u:서울중앙지방법원}} | 임금 소송 변론 | 12
9.04 | {{p:고민재}} | {{p:길순애}}, {{p:문성호}} | 센터 → {{u:인천국제공항}} | 입국자 마중 | 61
9.05 | {{p:성태윤}} | {{r:노영식}} | 센터 → 구술 면담 장소 | 면담 (면담자 {{p:조아라}}) | 9
9.07 | {{p:고민재}} | {{p:문성호}} | 센터 → {{u:안성}} | {{u:하나원}} 수료자 주거 확인 | 88
9.11 | {{p:Tom Harris}} | {{r:변재호}}, {{r:노영식}} | 센터 → 변호사 사무실 | 소송 준비 | 7
9.14 | {{p:고민재}} | {{p:ㄱㅅㅇ}} | 센터 → {{u:경기도}} ○○시 | 가족 상봉 | 43
9.18 | {{p:성태윤}} | {{p:ㅁㅅㅎ}} | 센터 → 병원 | 치과 | 6
9.21 | {{p:고민재}} | {{r:ㄴㅇㅅ}}, {{r:ㄴㅎㅅ}} | 센터 → 학교 | 학부모 상담 | 11
9.25 | {{p:조아라}} | {{r:ㅂㅈㅎ}} | 센터 → 법원 | 선고 | 12

운행 메모
- 9.01: {{r:노영식}} 씨는 {{u:아무르주}} 벌목장에서 다친 무릎 때문에 정기 진료를 받는다. 딸 {{r:혜성}}이가 학교를 빠지고 따라왔다. {{r:노혜성}} 학생의 이름은 "혜성처럼 빛나라"고 {{r:영식}} 씨의 어머니가 지어 주었다고 한다.
- 9.02: {{r:변재호}} 씨 사건은 {{u:러시아}} 현장에서 받지 못한 임금을 국내 중개 회사에 청구하는 소송. 담당 변호사 {{p:한도경}}. {{r:재호}} 씨는 법정 문 앞에서 한참 서 있다가 들어갔다. {{p:Tom}}이 같이 들어감.
- 9.04: 공항에서 {{p:길순애}} 씨의 동생 {{p:길순영}} 씨를 마중. 길이 막혀서 1시간 늦음. {{p:순영}} 씨는 {{u:몽골}}을 거쳐 왔다.
- 9.05: 면담 장소는 보안상 기록하지 않음. {{r:노}} 씨는 노동 현장 이야기를 할 때 목소리가 작아진다. 면담자 {{p:조아라}} 선생님이 중간에 쉬자고 함.
- 9.07: {{p:문성호}} 씨는 {{u:하나원}}을 나온 지 2주째. 문을 잠그는 법부터 다시 설명해 드림.
- 9.11: {{p:Tom Harris}}는 외국인 자원봉사자. 국제운전면허로 운전. {{r:변재호}} 씨와 {{r:노영식}} 씨는 {{u:블라디보스토크}}와 {{u:아무르주}}로 현장은 달랐지만 같은 중개 회사를 통해 파견되었다는 것을 이날 차 안에서 처음 알았다고 함.
- 9.14 이후는 이니셜 기록: {{r:ㄴㅇㅅ}}, {{r:ㄴㅎㅅ}}는 9.01과 같은 부녀. {{r:ㅂㅈㅎ}}는 {{r:변재호}} 씨.
- 9.18: {{p:ㅁㅅㅎ}}는 {{p:문성호}} 씨. 치과 치료비는 센터 긴급지원비에서 지급. 담당 {{p:성태윤}}.
- 9.21: 학부모 상담은 {{r:혜성}}이 담임 {{p:배수진}} 선생님과. {{r:영식}} 씨가 "아이 앞에서 {{u:러시아}} 이야기는 하지 말아 달라"고 미리 부탁함.
- 9.25: 선고 결과 일부 승소. {{r:재호}} 씨가 돌아오는 길에 차 안에서 처음으로 웃었다고 {{p:조아라}} 선생님이 적어 둠. 같은 현장에 있던 {{p:전광일}}, {{p:심도훈}} 씨에게도 결과를 알려 달라고 부탁함.
- 주행 합계 267km. 주유 2회 ({{p:고민재}} 법인카드). 9월 말 정기 점검 예정.
- 성함이 적힌 이 일지는 {{p:고민재}} 담당이 10월 첫 주에 새 양식으로 옮겨 적고 원본은 파쇄한다.""",
    },
    {
        "id": "h40-ko-27",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Mo Pyong-chol", "모병철", "other", []),
            ("Mo Un-ju", "모은주", "relative", ["은주"]),
            ("Yang Chang-su", "양창수", "coworker", ["창수"]),
        ],
        "note": "Condolence-gift register from the funeral of a former logging worker, with the chief mourner's notes; deceased marked with 故 and 고 outside the name, surname 양 beside the title 양 (Miss) and 양말, surname 모 beside 모두/모임, groups of givers written as one line, relationship column.",
        "text": """부의록 (조위금 명부)
故 {{r:모병철}} 님 (1958~2023) / 빈소: {{u:인천}} ○○장례식장 3호실 / 발인: 2023년 11월 9일
상주: 장녀 {{r:모은주}} / 호상: {{r:양창수}}

번호 | 성함 | 관계 | 금액(원) | 비고
1 | {{r:양창수}} | 고인의 벌목장 동료 | 200,000 | 호상
2 | {{p:함영길}} | 벌목장 동료 | 100,000 |
3 | {{p:리순자}} | 고향({{u:단천}}) 이웃 | 50,000 | 양말 세트 함께
4 | 자조 모임 "새벽길" (회원 모두) | 모임 | 300,000 | 대표 {{p:허만길}}
5 | {{p:김영춘}}·{{p:김옥분}} | 부부, 교회 | 100,000 |
6 | {{p:박서진}} | 상주 직장 동료 | 50,000 |
7 | {{p:Daniel Ortega}} | 고인의 영어 교사 (자원봉사) | 50,000 | 조화
8 | {{p:서하람}} 양 | 상주 친구 | 30,000 |
9 | {{p:우경식}} | 벌목장 동료 ({{u:틴다}}) | 100,000 | {{u:부산}}에서 옴
10 | {{p:모정란}} | 고인의 조카 | 100,000 |
11 | {{p:최동훈}} 목사 | 교회 | 100,000 |
12 | {{p:남궁선}} | 센터 상담사 | 50,000 |
13 | {{p:양숙희}} | {{r:양창수}} 님 부인 | 50,000 |
14 | {{p:장광호}}·{{p:장미숙}}·{{p:장지훈}} | 이웃 (같은 아파트) | 90,000 | 세 가족 합산
15 | {{p:윤태식}} | {{r:모은주}} 님 대학 동기 | 30,000 |
16 | {{p:편상철}} | 벌목장 동료의 아들 | 50,000 | 부친 {{p:편영호}} 님 대신
17 | {{u:남북하나재단}} | 기관 | - | 조기(弔旗)

상주 메모 ({{r:모은주}})
- 아버지 {{r:모병철}}은 1990년대에 {{u:러시아}} {{u:아무르주}} 벌목장에서 9년을 일하셨다. 그때 함께 있던 분들이 모두 와 주셨다. {{r:양창수}} 아저씨, {{p:함영길}} 아저씨, {{p:우경식}} 아저씨. 세 분은 아버지를 "{{r:모}} 반장"이라고 불렀다.
- {{r:창수}} 아저씨가 호상을 맡아 주셨다. 아버지가 돌아가시기 전날 병원에서 {{r:양}} 아저씨 손을 잡고 "{{p:경식}}이한테도 연락해라"라고 하셨다.
- {{p:리순자}} 할머니는 고향 이웃이다. 양말 세트를 가져오셨는데, 아버지가 벌목장에서 양말이 없어 발가락을 다쳤던 이야기를 기억하고 계셨다.
- "새벽길" 모임은 아버지가 마지막 몇 해 동안 나가시던 모임이다. {{p:허만길}} 회장님이 조사를 읽어 주셨다.
- {{p:Daniel}} 선생님은 아버지에게 영어를 가르쳐 주던 분이다. 아버지는 {{p:Daniel}} 선생님을 "{{p:단이}}"라고 불렀다.
- {{p:모정란}} 언니는 아버지의 형님 {{p:모병수}} 큰아버지의 딸이다. 큰아버지는 아직 {{u:북한}}에 계신다. 언니가 큰아버지께 소식을 전할 방법을 찾아보겠다고 했다.
- {{r:은주}}야, 너무 울지 마라, 하고 {{p:양숙희}} 아주머니가 안아 주셨다. 나는 그때 처음으로 울었다.
- 16번 {{p:편상철}} 씨는 아버지의 옛 동료 {{p:편영호}} 아저씨의 아들이다. 자기 아버지는 아직 {{u:러시아}}에 계신 것 같다고 했다. {{r:양창수}} 아저씨가 {{p:상철}} 씨를 오래 붙잡고 이야기했다.
- 조위금 합계 1,550,000원. 장례비에 쓰고 남은 돈은 "새벽길" 모임에 기부하기로 {{r:양창수}} 아저씨, {{p:허만길}} 회장님과 상의함.
- 아버지의 벌목장 시절 사진은 {{r:창수}} 아저씨가 가지고 계신다. 사진 속 다른 분들의 얼굴 때문에 빈소에는 걸지 않았다. 그중 {{p:석대성}} 아저씨는 아직 소식을 모른다고 한다.""",
    },
    {
        "id": "h40-mixed-28",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Rim Song-guk", "림성국", "witness", ["Lim Seong-guk"]),
            ("Pak Hyon-u", "박현우", "coworker", ["현우"]),
            ("Chae Myong-sik", "채명식", "supervisor", []),
        ],
        "note": "Polish voivodeship work-permit renewal list (Polish) with the former group interpreter's Korean annotations and an NGO's English notes; Polish case endings on Korean and Polish names (Paka, Pakiem, Kima, Kowalską), KRLD as country, surname Kim and Kim as in 'kim' (Polish 'who'), Rim/Lim variants.",
        "text": """WYKAZ WNIOSKÓW O PRZEDŁUŻENIE ZEZWOLEŃ NA PRACĘ (fragment)
{{u:Pomorski Urząd Wojewódzki}} w {{u:Gdańsku}}, Wydział Spraw Obywatelskich i Cudzoziemców
Pracodawca: Nordwerk Personal sp. z o.o. (agencja pracy tymczasowej), użytkownik: stocznia remontowa
Okres: 2015-03 | Sporządziła: {{p:Agnieszka Kowalska}}, inspektor

Lp. | Nazwisko i imię | Obywatelstwo | Stanowisko | Decyzja | Uwagi
1 | {{r:RIM SONG GUK}} | {{u:KRLD}} | spawacz / tłumacz grupy | przedłużono | -
2 | {{r:PAK HYON U}} | {{u:KRLD}} | spawacz | przedłużono | -
3 | {{r:CHAE MYONG SIK}} | {{u:KRLD}} | kierownik grupy | przedłużono | -
4 | {{p:KIM UN CHOL}} | {{u:KRLD}} | monter | przedłużono | -
5 | {{p:KIM UN GIL}} | {{u:KRLD}} | monter | braki formalne | brak umowy
6 | {{p:SO KWANG HUN}} | {{u:KRLD}} | spawacz | przedłużono | -
7 | {{p:HAN CHOL MIN}} | {{u:KRLD}} | ślusarz | umorzono | wyjazd z {{u:Polski}}
8 | {{p:RI TONG SU}} | {{u:KRLD}} | spawacz | przedłużono | -

Notatka inspektora: Wnioski złożył pan {{r:Chae}} w imieniu wszystkich pracowników. Pracownik nr 5, pan {{p:Kim Un-gil}}, nie stawił się. Rozmowa z panem {{p:Kimem Un-chol}} przez tłumacza, pana {{r:Rima}}. Nie wiadomo, kim jest osoba, która podpisała umowy w {{u:Pjongjangu}}. Pan {{r:Chae}} nie udzielił informacji. — {{p:A.K.}}

[{{r:림성국}}의 메모, 2021년, 한국어]
- 이 명단은 내가 통역하면서 받은 사본이다. {{u:폴란드}} 담당자 {{p:코발스카}} 씨는 친절했지만 우리한테 직접 묻는 것을 {{r:채명식}} 대표가 싫어했다. {{r:채}} 대표는 "통역은 {{r:성국}}이가 하지만 대답은 내가 한다"고 했다.
- 4번과 5번은 이름이 비슷해서 늘 헷갈렸다. {{p:김은철}}과 {{p:김은길}}은 형제가 아니다. {{p:은길}}이는 그날 아파서 숙소에 있었는데, {{r:채}} 대표가 "안 왔다"고만 하라고 했다.
- 7번 {{p:한철민}}은 3월에 갑자기 {{u:평양}}으로 불려 갔다. 이유는 모른다. {{u:폴란드}} 서류에는 "wyjazd"(출국)라고만 적혔다.
- {{r:현우}}는 나와 같은 방을 썼다. {{r:박현우}}는 용접을 제일 잘했고, {{u:폴란드}} 반장 {{p:Janusz}}가 "{{r:Pak}}, dobry spawacz"(박, 좋은 용접공)라고 자주 말했다.

NGO notes (English, {{p:K. Marsh}})
- {{r:Rim Song-guk}} now uses the southern spelling {{r:Lim Seong-guk}} in {{u:South Korea}}. In the Polish note his surname appears in the instrumental and genitive ("pana {{r:Rima}}"), and {{r:Pak Hyon-u}} appears elsewhere in the file as "z panem {{r:Pakiem}}" and "pana {{r:Paka}}".
- "kim" in the inspector's sentence "Nie wiadomo, kim jest osoba..." is the Polish word for "who", not a name.
- {{p:Agnieszka Kowalska}} also signed the 2016 list. In a separate note, {{p:Kowalska}} records a conversation "z panem {{p:Kimem}}" without a given name; {{r:Lim}} thinks this was {{p:Kim Un-chol}}.
- The {{u:National Labour Inspectorate}} visited the yard in June 2015; the inspection protocol names a foreman, {{p:Janusz Wójcik}}, and {{r:Chae Myong-sik}} as "koordynator".
- {{r:Lim}} asks that {{r:Hyon-u}}'s name be removed from anything public because {{r:Pak}} returned to {{u:Nampho}} in 2017.""",
    },
    {
        "id": "h40-mixed-29",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Choe Yong-nam", "최영남", "witness", ["崔英男", "영남"]),
            ("Pang Song-ho", "방성호", "supervisor", ["方成浩"]),
            ("Sun Lijun", "쑨리쥔", "other", ["孙立军"]),
        ],
        "note": "Chinese labour-dispatch settlement invoice to a seafood plant in Donggang listing North Korean women by Hanja names, with the witness's Korean notes and English NGO notes; Chinese forms of address kept whole (老方, 小崔, 孙总), the same people in Hanja, Hangul and romanization, a real bank and tax bureau.",
        "text": """劳务费结算单 / 发票附件
开票单位: 丹东鑫海劳务派遣有限公司
付款单位: 东港市海丰水产品加工厂
结算期间: 2018年4月1日至4月30日
经办人: {{p:刘晓燕}} | 审核: {{r:孙立军}} (厂长)
开户行: {{u:中国银行}}{{u:丹东}}分行 | 税务登记: {{u:国家税务总局}}{{u:东港市}}税务局

序号 | 姓名 | 岗位 | 出勤天数 | 劳务费(元) | 备注
1 | {{r:方成浩}} | 管理 | 30 | 6,000 | 朝方负责人
2 | {{r:崔英男}} | 班长 | 30 | 3,200 |
3 | {{p:金顺玉}} | 剥虾 | 29 | 2,900 |
4 | {{p:李银花}} | 剥虾 | 30 | 3,000 |
5 | {{p:朴明实}} | 剥虾 | 26 | 2,600 | 病假4天
6 | {{p:韩美香}} | 包装 | 30 | 3,000 |
7 | {{p:赵金玉}} | 包装 | 30 | 3,000 |
8 | {{p:康春花}} | 冷库 | 28 | 2,800 |
合计 (共42人，此处列出8人) | | | | 126,400 |
备注: 劳务费统一打入{{r:方成浩}}指定账户，不向个人支付。

[{{r:최영남}}의 메모, 한국어]
- 이 결산서는 공장 사무실에서 {{p:刘晓燕}} 회계가 복사해 준 것이다. 우리는 {{p:刘}} 회계를 "{{p:小刘}}"라고 불렀다. {{p:小刘}}는 우리 편이었다.
- 1번 {{r:方成浩}}가 {{r:방성호}} 지도원이다. {{u:중국}} 사람들은 그를 "{{r:老方}}"이라고 불렀고 공장장 {{r:孙立军}}은 "{{r:方先生}}"이라고 했다. 돈은 전부 {{r:방성호}}의 계좌로 들어갔다.
- 2번이 나 {{r:崔英男}}이다. 한 달에 3,200원이라고 적혀 있지만, 내 손에 들어온 것은 한 달에 300원이 안 되었다. 공장장은 나를 "{{r:小崔}}"라고 불렀다.
- 3번 {{p:김순옥}}({{p:金顺玉}})은 {{u:신의주}} 출신으로 제일 나이가 많았다. 4번 {{p:리은화}}, 5번 {{p:박명실}}과 같은 방을 썼다. {{p:명실}}이는 4월에 손을 다쳤는데 병가 나흘 만에 다시 일했다.
- {{r:孙总}}은 나쁜 사람은 아니었다. {{r:쑨리쥔}} 공장장은 "돈을 직접 주고 싶다"고 한 번 말했지만 {{r:방}} 지도원이 안 된다고 했다.

NGO notes (English, {{p:Wen Jing}} / {{p:Min-seo Han}})
- The plant is in {{u:Donggang}}, {{u:Liaoning}}, about 40 km from {{u:Dandong}}; the fees were paid through {{u:Bank of China}}.
- The settlement is made out to the dispatch company, not to the workers. Line 1 ({{r:Fang Chenghao}} in pinyin; {{r:Pang Song-ho}} in Korean) receives twice a worker's fee for "management".
- {{r:Choe Yong-nam}} confirms the Hanja for all eight names. {{p:Jin Shunyu}} (line 3) is {{p:Kim Sun-ok}}; {{p:Li Yinhua}} (line 4) is {{p:Ri Un-hwa}}; {{p:Piao Mingshi}} (line 5) is {{p:Pak Myong-sil}}. In Chinese, 朴 is read Piao; the pinyin on the plant's ID cards therefore differs from the Korean romanization.
- The plant director, {{r:Sun Lijun}}, was addressed as "{{r:Sun zong}}" ({{r:孙总}}). He has not been contacted.
- {{p:Liu Xiaoyan}}, the bookkeeper, is at risk if her copy is identified. {{r:Yong-nam}} asks that she not be named in any publication.
- Remaining 34 names: {{r:Choe}} remembers {{p:Han Mi-hyang}} (line 6), {{p:Jo Kum-ok}} (line 7) and {{p:Kang Chun-hwa}} (line 8) best; the others only by given name.""",
    },
    {
        "id": "h40-mixed-30",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("O Kyong-hun", "오경훈", "witness", ["경훈"]),
            ("Sim Chang-hyok", "심창혁", "supervisor", []),
            ("Ra Myong-su", "라명수", "coworker", ["명수"]),
        ],
        "note": "Scaffolding-safety training certificate list from a Kuwaiti training centre (Arabic/English) with the witness's Korean notes; names in Arabic script and capitals, the one-letter surname O as a name beside 'O' and Korean 오늘/오전, an Egyptian trainer, a real Kuwaiti manpower authority.",
        "text": """قائمة شهادات التدريب - السلامة في أعمال السقالات
SAFETY TRAINING CERTIFICATES - SCAFFOLDING (BASIC), BATCH 57
مركز الخليج للتدريب المهني، {{u:الكويت}} / Gulf Vocational Training Centre, {{u:Kuwait}}
التاريخ / Date: 12-14 March 2016 | المدرب / Trainer: م. {{p:محمود عبد الرحمن}} (Eng. {{p:Mahmoud Abdelrahman}})
الشركة / Company: Al Rawda Building Contracting W.L.L.

رقم الشهادة | الاسم | NAME | النتيجة
K57-001 | {{r:أو كيونغ هون}} | {{r:O KYONG HUN}} | ناجح / PASS
K57-002 | {{r:شيم تشانغ هيوك}} | {{r:SIM CHANG HYOK}} | ناجح / PASS
K57-003 | {{r:را ميونغ سو}} | {{r:RA MYONG SU}} | ناجح / PASS
K57-004 | {{p:كيم يونغ تشول}} | {{p:KIM YONG CHOL}} | ناجح / PASS
K57-005 | {{p:ري سونغ إيل}} | {{p:RI SONG IL}} | راسب / FAIL (absent day 2)
K57-006 | {{p:بيون هاك سو}} | {{p:PYON HAK SU}} | ناجح / PASS
K57-007 | {{p:تشو كوانغ هو}} | {{p:CHO KWANG HO}} | ناجح / PASS
K57-008 | {{p:هان إيل نام}} | {{p:HAN IL NAM}} | ناجح / PASS
ملاحظة: الشهادات تُسلَّم إلى ممثل الشركة السيد {{r:شيم}} فقط.
Note: certificates to be handed to the company representative, Mr {{r:SIM}}, only.
Approved: {{p:Fahad Al-Ajmi}} ({{p:فهد العجمي}}), Training Manager | Registered with the {{u:Public Authority for Manpower}}

[{{r:오경훈}}의 메모, 2022년, 한국어]
- 오늘 이 명단을 다시 보니 이름이 아랍 글자로 적혀 있어 신기하다. 맨 위 "أو"가 내 성 "오"라고 통역 {{p:Ahmed}}가 알려 주었다. 영어로는 한 글자 O. {{u:쿠웨이트}} 공항에서 직원이 "Only O?"라고 물은 적도 있다.
- 교육은 사흘인데 우리는 오전에만 들었다. 오후에는 {{r:심창혁}} 대표가 현장으로 데려갔다. 시험 답은 {{p:Mahmoud}} 선생이 칠판에 거의 다 써 주었다.
- 5번 {{p:리성일}}은 둘째 날 결석이 아니라, {{r:심}} 대표가 현장에 남겨 둔 것이다. {{p:성일}}이는 그 때문에 불합격했고, 그 뒤 비계 작업에서 빠졌다.
- 3번 {{r:라명수}}는 나와 같은 {{u:평성}} 출신이다. {{r:명수}}는 교육 때 받은 안전모를 끝까지 아꼈다. 2017년 {{r:명수}}가 비계에서 떨어졌을 때 그 안전모를 쓰고 있었다.
- 수료증은 한 장도 우리 손에 오지 않았다. {{r:심}} 대표가 전부 가지고 있다가 회사 서류로 썼다.
- 교육장 옆 반에는 {{u:인도}}·{{u:네팔}} 노동자들이 있었다. {{u:네팔}} 사람 {{p:Ram Bahadur}}가 나에게 "Kim? Park?"이라고 묻자 내가 "O"라고 했더니 웃었다. {{p:Ram}}과는 그 뒤로 인사하는 사이가 되었다.

NGO note ({{p:Layla Haddad}}, English)
- The Arabic renderings vary: {{r:O Kyong-hun}} appears as {{r:أو كيونغ هون}} on the list and as {{r:او كيونغهون}} on the attendance sheet. {{r:Ra Myong-su}} is {{r:را ميونغ سو}}. The company representative {{r:Sim Chang-hyok}} is "السيد {{r:شيم}}".
- The centre is in the {{u:Shuwaikh Industrial Area}} of {{u:Kuwait City}}; the site was in {{u:Sabah Al-Ahmad}}.
- Mr {{p:Al-Ajmi}} confirmed to us by phone that the centre no longer keeps copies. We did not mention {{r:O}} or {{r:Ra}} by name.
- {{r:Kyong-hun}} uses "O" in his South Korean documents too. Do not "correct" it to "Oh".""",
    },
    {
        "id": "h40-mixed-31",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ryo Song-min", "려성민", "witness", ["Рё Сон Мин"]),
            ("Ku Kwang-chol", "구광철", "supervisor", ["Ку Кван Чхоль"]),
            ("Pang Yong-chol", "방영철", "coworker", ["Пан Ён Чхоль"]),
        ],
        "note": "Interpreter's Russian-Korean-English glossary of site vocabulary with example sentences from testimony; Cyrillic names with case endings (Ку, Пана, Ли, Кимом), the Russian particle ли and the word пан beside the surnames Ли and Пан, Korean translations with particles outside, glossary entries that are not names.",
        "text": """ГЛОССАРИЙ ПЕРЕВОДЧИКА / 통역 용어집 / INTERPRETER'S GLOSSARY
Проект: показания бывших рабочих из {{u:КНДР}} на стройках {{u:Санкт-Петербурга}} и {{u:Ленинградской области}}
Составила: {{p:Анна Ковальчук}} ({{p:Anna Kovalchuk}}), версия 4; Korean checked by {{p:Jae-min Oh}}

1. бригадир — 반장 — team leader
Пример: «Бригадир {{r:Ку}} не отпускал нас в больницу».
예문: "{{r:구}} 반장은 우리를 병원에 보내 주지 않았다."
Example: "Team leader {{r:Ku}} would not let us go to hospital."
Note: in testimony the workers say 반장, never "бригадир"; the Russian word comes from the Russian foremen, e.g. {{p:Виталий Петрович}}.

2. представитель — 대표 — company representative
Пример: «Паспорта были у представителя, у {{p:Пака}}».
예문: "여권은 대표인 {{p:박}} 씨가 가지고 있었다."
Note: {{p:Пак}} here is {{p:Pak Il-su}} ({{p:Пак Ир Су}}), the representative in 2017–2019. Do not confuse with "пак" (pack ice), which appears in a fishing testimony.

3. план / 계획분 — the state quota deducted from wages
Пример: «{{r:Рё Сон Мин}} говорит, что план забирал больше половины».
예문: "{{r:려성민}}은 계획분이 절반 넘게 떼어 갔다고 말한다."
Example: "{{r:Ryo Song-min}} says the quota took more than half."

4. ли — (Russian particle "whether"), NOT the surname Ли/리
Пример: «Не знаю, приехал ли {{p:Ли Чхоль Мин}} в {{u:Пхеньян}}».
예문: "{{p:리철민}}이 {{u:평양}}에 도착했는지 모르겠다."
Note: the first «ли» is the particle; the second «Ли» is the surname of {{p:Ri Chol-min}}. Our transcription software sometimes capitalises both.

5. пан — (Polish/Ukrainian "Mr", used jokingly by a Ukrainian foreman), NOT the surname Пан/방
Пример: «Прораб {{p:Тарас}} звал его "пан {{r:Пан}}", все смеялись».
예문: "십장 {{p:타라스}}는 그를 '판 {{r:방}}'이라고 불렀고, 모두 웃었다."
Note: the man is {{r:Pang Yong-chol}} ({{r:Пан Ён Чхоль}}). In Russian the surname declines: «у {{r:Пана}}», «с {{r:Паном}}».

6. самоволка — 무단 이탈 — leaving the site without permission
Пример: «После самоволки {{r:Пана}} {{r:Ку}} собрал всех и кричал два часа».
예문: "{{r:방영철}}이 무단 이탈한 뒤 {{r:구광철}} 반장이 모두를 모아 놓고 두 시간 동안 소리를 질렀다."

7. подработка — 개인 일 / 자체 벌이 — own-account work on the side
Пример: «Мы с {{p:Кимом}} и {{p:Чоном}} делали ремонт квартир по выходным».
예문: "나는 {{p:김}} 씨, {{p:정}} 씨와 주말마다 아파트 수리를 했다."
Note: {{p:Кимом}} = {{p:Kim Hyok-nam}}; {{p:Чоном}} = {{p:Jong Un-sik}} (northern Чон, not Чен). The client for these jobs was a Russian woman, {{p:Людмила}}, whom {{r:Рё}} calls "тётя {{p:Люда}}".

8. общага — 숙소 — dormitory
Пример: «В общаге на {{u:Васильевском острове}} нас было сорок человек».
Note: {{r:Ryo}} says "숙소"; {{r:Ku Kwang-chol}} lived separately with the representative.

9. зарплатная карта — 월급 카드 — payroll card
Пример: «Карты были оформлены в {{u:Сбербанке}}, но лежали у {{r:Ку Кван Чхоля}}».
예문: "카드는 {{u:스베르방크}}에서 만들었지만 {{r:구광철}}이가 가지고 있었다."

Translator's remark ({{p:А.К.}}): {{r:Сон Мин}} prefers "Song-min" in English. He asked that {{r:Pang}}'s name be replaced by "a co-worker" in the public version because {{r:Yong-chol}}'s wife is still in {{u:Hamhung}}.""",
    },
    {
        "id": "h40-mixed-32",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kil So-yon", "길소연", "witness", ["Soyeon Gil", "소연"]),
            ("Tak Ok-ryon", "탁옥련", "coworker", ["옥련"]),
            ("Kil Man-sok", "길만석", "relative", []),
        ],
        "note": "Song lyric by a former seafood-plant worker with English translation, dedication and posting details; emoji beside names, hashtags and a YouTube URL with the name part labelled, a soft hyphen inside a romanized name, kinship words 언니/아버지 unmarked, 길 as surname beside 길 (road) in the lyric.",
        "text": """「바닷바람 (Sea Wind)」
작사·노래: {{r:길소연}} | 편곡: {{p:Marcus Lee}} | 번역: {{p:Hanna Schultz}}
영상: youtube.com/@{{r:soyeongil}}_music (2023.5.2 공개)

[1절]
새벽 네 시 바닷바람에
언 손으로 게를 까던 우리
{{r:옥련}}아, 너는 노래를 불렀지
고향 가는 길이 멀지 않다고

[Verse 1]
At four in the morning, in the sea wind,
we shelled crabs with frozen hands.
{{r:Ok-ryon}}, you were the one who sang,
that the road home was not so long.

[2절]
반장 언니는 창문을 닫고
숫자만 세고 또 세었지
아버지, 이 길 끝에 계신가요
{{u:신의주}} 불빛이 보이나요

[Verse 2]
Our team-leader sister shut the window
and counted, and counted again.
Father, are you at the end of this road?
Can you see the lights of {{u:Sinuiju}}?

[후렴]
바닷바람아, 전해 다오
우리는 아직 여기 있다고

[Chorus]
Sea wind, carry the word:
we are still here.

헌사 / Dedication
이 노래를 {{u:단둥}}의 작은 공장에서 함께 일했던 동무들에게 바칩니다.
{{r:탁옥련}} 🌊, {{p:한금별}}, {{p:리소희}}, "막내" {{p:조은하}}, 그리고 반장 언니.
그리고 아직 {{u:북한}}에 계신 아버지 {{r:길만석}}께.
This song is for the women I worked with in a small plant in {{u:Dandong}}:
{{r:Tak Ok-ryon}} 🌊, {{p:Han Kum-byol}}, {{p:Ri So-hui}}, our youngest {{p:Jo Un-ha}}, and our team-leader sister.
And for my father, {{r:Kil Man\u00adsok}}, who is still in {{u:North Korea}}.

게시글 본문 (원문 그대로)
이 노래는 {{r:옥련}}이가 공장에서 흥얼거리던 가락에 제가 가사를 붙인 것입니다. {{r:옥련}}이는 2019년에 귀국했고 지금은 소식을 모릅니다. 혹시 이 영상을 보는 분 중에 {{r:옥련}}이나 {{p:금별}}이 언니 소식을 아는 분이 있다면 연락 주세요 🙏
#{{r:탁옥련}}을_찾습니다 #바닷바람 #{{r:SoyeonGil}} #{{u:단둥}}

Posting notes (English, for the archive)
- Uploaded to {{u:YouTube}} by {{r:Soyeon Gil}} herself. Arrangement by {{p:Marcus}} recorded at a church studio in {{u:Seoul}}; the church asked not to be named.
- The English title card spells the father's name with a soft hyphen copied from the lyric sheet ("{{r:Kil Man\u00adsok}}"); in the description it is "{{r:Kil Man-sok}}".
- The team leader is deliberately not named. {{r:So-yon}} told our volunteer {{p:Hanna}} that "반장 언니" was {{p:Choe Myong-hwa}} and that {{p:Myong-hwa}} "was also a prisoner in her way".
- Comments mentioning other names were hidden by {{r:Soyeon}} on 10 May, e.g. a comment by @{{p:minjun}}_kr asking about {{p:Ri So-hui}}.
- The hashtag #{{r:탁옥련}}을_찾습니다 was suggested by {{p:Jo Un-ha}}'s cousin, {{p:Jo Song-il}}, who lives in {{u:Incheon}}.""",
    },
    {
        "id": "h40-mixed-33",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Om Chol-ho", "엄철호", "witness", ["Ом Чхоль Хо"]),
            ("Ho Kwang-il", "허광일", "coworker", ["Хо Гван Ир"]),
            ("Ji Song-nam", "지성남", "supervisor", ["Чи Сон Нам"]),
        ],
        "note": "Pharmacy dispensing log from Vladivostok (Russian) with the witness's Korean notes and an NGO English note; Cyrillic names surname-first with initials and case endings (Хо Г., Ому, Чи), a pharmacist by surname and initials, real Russian pharmacy chain and hospital, a worker's name mis-typed by the pharmacy.",
        "text": """ЖУРНАЛ ОТПУСКА ЛЕКАРСТВЕННЫХ ПРЕПАРАТОВ (выписка)
Аптека № 14, ул. {{u:Светланская}}, {{u:Владивосток}}
Провизор: {{p:Белова Н. А.}} | Период: ноябрь 2018 г.

Дата | Покупатель | Препарат | Кол-во | Рецепт | Примечание
02.11 | {{r:Ом Ч. Х.}} | амоксициллин 500 мг | 2 уп. | нет | для {{r:Хо Г. И.}}
02.11 | {{r:Ом Ч. Х.}} | парацетамол | 3 уп. | - |
09.11 | {{p:Ким Сон Ир}} | мазь от ожогов | 1 | - | ожог руки
15.11 | {{r:Ом Ч. Х.}} | амоксициллин 500 мг | 2 уп. | нет | повторно, для {{r:Хо}}
15.11 | {{p:Сидорова Т.}} | - | - | - | переводчица для корейцев
21.11 | {{r:Чи С. Н.}} | корвалол | 1 | - | лично
28.11 | {{r:Ом Ч. Х.}} | бинт, перекись | 5 | - |
28.11 | {{p:Ри Мён Гук}} | капли глазные | 1 | - | после сварки
Замечание провизора: антибиотики отпущены без рецепта по просьбе покупателя; {{r:Ому}} объяснено, что больного надо показать врачу. Провизор {{p:Белова}}.

[{{r:엄철호}}의 메모, 한국어]
- 약국 장부에 "{{r:Ом}}"이 나다. {{u:러시아}} 사람들은 내 성을 "Ом"으로 적었고, 약사 {{p:Белова}} 아주머니는 나를 "{{r:Омчик}}"이라고 불렀다.
- 11월 초에 {{r:허광일}}이 기침을 하며 열이 났다. {{r:지성남}} 반장은 병원에 못 가게 했다. 그래서 내가 약국에 가서 항생제를 샀다. {{p:Белова}} 아주머니가 "병원에 가야 한다"고 몇 번이나 말했는데, 나는 {{r:광일}}이를 데리고 갈 수가 없었다.
- 11월 21일 {{r:지성남}}이 직접 심장약을 사러 간 날, 약사가 {{r:지}} 반장에게 "{{r:Хо}}는 어떠냐"고 물었다고 한다. {{r:지성남}}은 그날 저녁 나를 불러 "누가 약국에 우리 일을 말했느냐"고 따졌다.
- 통역 {{p:Сидорова}}({{p:시도로바}}) 씨는 고려인 3세로, 약국에 가끔 같이 가 주었다. {{p:타냐}}라고 불렀다.
- {{p:김성일}}(장부의 {{p:Ким Сон Ир}})은 용접하다가 손을 데었다. {{p:리명국}}은 용접 불빛 때문에 눈이 아팠다.
- {{r:광일}}이는 결국 12월에 {{u:블라디보스토크}} 시립병원으로 실려 갔다. 폐렴이었다.

NGO note (English, {{p:P. Novak}})
- The pharmacy register was photographed by {{r:Om Chol-ho}} in 2019 with {{p:N. A. Belova}}'s permission; she remains unaware that it is held by us. {{p:Belova}} is not to be contacted.
- "{{r:Хо Г. И.}}" stands for {{r:Ho Kwang-il}} ({{r:Хо Гван Ир}}); "{{r:Чи С. Н.}}" for the team leader {{r:Ji Song-nam}}. The entry of 15.11 names {{r:Хо}} again.
- The pharmacy is independent, not part of a chain such as {{u:Ригла}}. The hospital {{r:Kwang-il}} was taken to was the {{u:Vladivostok Clinical Hospital No. 2}}; we have no records from it.
- {{r:Chol-ho}} asks that {{p:Tanya Sidorova}}'s name not be published; she still lives in {{u:Primorsky Krai}}.""",
    },
    {
        "id": "h40-mixed-34",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pong Myong-nam", "봉명남", "witness", ["Бон Мён Нам"]),
            ("Cha Kwang-su", "차광수", "supervisor", ["Ча Гван Су"]),
            ("Ok Song-chol", "옥성철", "coworker", ["성철"]),
        ],
        "note": "Chartered-bus passenger list from an Ulaanbaatar construction site to the airport (Mongolian Cyrillic) with the witness's Korean notes and English notes; Korean names in Mongolian Cyrillic, Mongolian driver and dispatcher, surname Ok beside English 'OK', seat numbers, the airport and districts as public places.",
        "text": """ЗОРЧИГЧДЫН ЖАГСААЛТ / PASSENGER LIST
Захиалгат автобус, улсын дугаар 12-34 УБА
Чиглэл: {{u:Баянзүрх}} дүүргийн барилгын талбай → {{u:Чингис хаан олон улсын нисэх буудал}}
Огноо: 2019.12.20, 05:30 | Жолооч: {{p:Батболд Г.}} | Диспетчер: {{p:Оюунчимэг}}
Захиалагч: "Хангай Констракшн" ХХК | Хариуцагч: {{r:Ча Гван Су}}

Суудал | Овог нэр | Паспорт | Тэмдэглэл
1 | {{r:Ча Гван Су}} | PD… | хариуцагч
2 | {{p:Ким Ён Чол}} | PD… |
3 | {{r:Бон Мён Нам}} | PD… |
4 | {{r:Ок Сон Чол}} | PD… |
5 | {{p:Ли Хак Су}} | PD… | өвчтэй
6 | {{p:Жон Гён Ир}} | PD… |
7 | {{p:Хан Чун Сик}} | PD… |
8 | {{p:Пак Нам}} | PD… |
9 | {{p:Со Ун Хи}} | PD… | эмэгтэй, тогооч
10 | {{p:Ю Сон Гук}} | PD… |
Нийт: 10 зорчигч. Гарын үсэг: {{p:Батболд}} / {{r:Ча}}

[{{r:봉명남}}의 메모, 한국어]
- {{u:울란바토르}} 현장에서 귀국하는 날의 버스 명단이다. 나는 3번 자리, {{r:옥성철}}은 4번 자리에 앉았다. {{r:성철}}이와 나는 {{u:몽골}}에 2년 있었다.
- {{r:차광수}} 대표는 맨 앞자리에서 여권 열 개를 무릎에 놓고 세었다. 공항에서 {{r:차}} 대표가 여권을 한 사람씩 나눠 주었다가 출국 심사가 끝나자 다시 걷었다.
- 5번 {{p:리학수}}는 열이 나서 버스에서 내내 떨었다. 운전사 {{p:바트볼드}} 아저씨가 히터를 세게 틀어 주었다.
- 9번 {{p:서은희}}는 현장 식당 취사원이었다. {{p:은희}} 동무는 그날 아침에도 우리 도시락을 쌌다.
- 나는 이 명단 사진을 배차 담당 {{p:오윤치메그}} 씨에게서 받았다. {{p:오윤치메그}} 씨는 {{r:성철}}이와 친해서 몽골어를 가르쳐 주곤 했다.

English notes ({{p:Enkhjin D.}}, Mongolian-English interpreter)
- The list gives Korean names in Mongolian Cyrillic, surname first: {{r:Ча Гван Су}} = {{r:Cha Kwang-su}}, {{r:Бон Мён Нам}} = {{r:Pong Myong-nam}}, {{r:Ок Сон Чол}} = {{r:Ok Song-chol}}.
- In his interview {{r:Myong-nam}} said "{{r:Ok}} was OK with the driver"; the first "{{r:Ok}}" is {{r:Song-chol}}, the second is the English word he learned on the site.
- {{p:Batbold}} (driver) and {{p:Oyunchimeg}} (dispatcher) are private persons; we only know their given names and the driver's initial. We have not contacted them.
- The site was in {{u:Bayanzürkh}} district; the company "Khangai Construction" LLC does not appear in the register of the {{u:General Authority for State Registration}} under that name.
- Of the ten passengers, {{r:Pong}} left the group in {{u:Beijing}} during transit the same day; {{r:Cha}}, {{p:Kim Yong-chol}} and {{p:Yu Song-guk}} flew on to {{u:Pyongyang}} as planned. {{r:Ok Song-chol}}'s whereabouts are unknown.""",
    },
    {
        "id": "h40-mixed-35",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ryu Son-hwa", "류선화", "witness", ["선화"]),
            ("Han Myong-ae", "한명애", "supervisor", []),
            ("Sok Un-ju", "석은주", "coworker", ["은주"]),
        ],
        "note": "Mini-hotel guest registration in Hanoi (Vietnamese) for restaurant staff arriving from Pyongyang, with the witness's Korean notes and English notes; Vietnamese private names with diacritics, names in capitals by passport, Vietnamese title chị/anh outside, Ryu/Yu spelling difference, Hanoi ward and real airline.",
        "text": """SỔ ĐĂNG KÝ LƯU TRÚ / GUEST REGISTRATION
Khách sạn Hoa Sen Mini, phố {{u:Hàng Bông}}, {{u:Hoàn Kiếm}}, {{u:Hà Nội}}
Lễ tân: {{p:Nguyễn Thị Hoa}} | Ngày: 14/04/2016

STT | Họ tên (theo hộ chiếu) | Quốc tịch | Phòng | Đến | Đi | Ghi chú
1 | {{r:HAN MYONG AE}} | {{u:CHDCND Triều Tiên}} | 201 | 14/04 | 16/04 | trưởng đoàn
2 | {{r:RYU SON HWA}} | {{u:CHDCND Triều Tiên}} | 202 | 14/04 | 16/04 |
3 | {{r:SOK UN JU}} | {{u:CHDCND Triều Tiên}} | 202 | 14/04 | 16/04 |
4 | {{p:KIM HYANG}} | {{u:CHDCND Triều Tiên}} | 203 | 14/04 | 16/04 |
5 | {{p:RI PONG HWA}} | {{u:CHDCND Triều Tiên}} | 203 | 14/04 | 16/04 |
6 | {{p:PAEK SOL}} | {{u:CHDCND Triều Tiên}} | 204 | 14/04 | 15/04 | đi sớm
Hộ chiếu giữ tại lễ tân: không — trưởng đoàn giữ tất cả.
Báo tạm trú cho công an phường: đã báo, anh {{p:Trần Văn Đức}} nhận.
Người bảo lãnh: ông {{p:Lê Quang Minh}}, chủ nhà hàng.

Ghi chú của lễ tân ({{p:Hoa}}): Đoàn không ra ngoài. Chị {{r:Han}} đặt cơm cho cả đoàn. Sáng 15/04 có một người đàn ông {{u:Hàn Quốc}} (?) đến đón chị {{p:Paek}}, không để lại tên.

[{{r:류선화}}의 메모, 한국어]
- 이 숙박 기록은 내가 {{u:하노이}} 식당으로 처음 배치될 때의 것이다. {{u:고려항공}}이 아니라 {{u:중국남방항공}}을 타고 {{u:광저우}}를 거쳐 왔다.
- {{r:한명애}} 지배인은 호텔 직원에게 우리 여권을 맡기지 않고 자기 가방에 넣어 두었다. 직원 {{p:호아}} 씨가 "chị {{r:Han}}"이라고 부르자 {{r:한}} 지배인은 얼굴을 찡그렸다.
- 나는 {{r:석은주}}와 한 방을 썼다. {{r:은주}}는 밤새 창밖 오토바이 소리 때문에 잠을 못 잤다. {{r:은주}}가 "{{r:선화}}야, 여기는 밤에도 사람이 사네" 하고 웃었다.
- 6번 {{p:백솔}}은 다음 날 아침 다른 도시 식당으로 먼저 떠났다. 데리러 온 사람은 남쪽 사람이 아니라 식당 사장 {{p:레꽝민}}의 운전사였다고 나중에 들었다.
- {{p:김향}}과 {{p:리봉화}}는 {{u:평양}} {{u:옥류관}} 출신이라며 자랑했다.

English notes ({{p:Thảo Phạm}}, interpreter)
- The witness's passport spells {{r:RYU}}; her South Korean ID uses {{r:Yu Seon-hwa}}. We use {{r:Ryu Son-hwa}} in the file.
- "{{u:CHDCND Triều Tiên}}" is the Vietnamese name of the {{u:DPRK}}; "{{u:Hàn Quốc}}" in the receptionist's note is {{u:South Korea}} — she was guessing.
- {{p:Nguyễn Thị Hoa}} and the ward police officer {{p:Trần Văn Đức}} are private persons and are not to be approached. {{p:Lê Quang Minh}}, the restaurant owner, is also private.
- {{r:Son-hwa}} remembers that {{p:Paek Sol}} went to a restaurant in {{u:Ho Chi Minh City}}; she never saw {{p:Sol}} again.
- {{r:Han Myong-ae}}'s deputy at the restaurant, {{p:Jang Chun-ok}}, was not on this list.""",
    },
    {
        "id": "h40-mixed-36",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Jo Hyang-mi", "조향미", "witness", ["향미"]),
            ("Ri Kwang-nam", "리광남", "supervisor", []),
            ("Rina Kusumawati", "리나 쿠수마와티", "other", ["Rina"]),
        ],
        "note": "Prepaid SIM registration list from a Jakarta phone counter (Indonesian) with the witness's Korean notes and English notes; Indonesian titles Pak/Ibu/Mbak outside names, SIMs registered under another person's name, real operators, a WhatsApp display name spelling a name, Ri/Rina near-collision.",
        "text": """DAFTAR REGISTRASI KARTU PRABAYAR (salinan)
Konter Pulsa "Maju Jaya", {{u:Kelapa Gading}}, {{u:Jakarta Utara}}
Petugas: {{p:Agus Setiawan}} | Bulan: Agustus 2017

No | Nomor (disamarkan) | Operator | Nama terdaftar | Identitas | Pengguna sebenarnya | Catatan
1 | 0812-xxxx-1140 | {{u:Telkomsel}} | {{r:RI KWANG NAM}} | paspor | {{r:RI KWANG NAM}} | manajer restoran
2 | 0812-xxxx-2291 | {{u:Telkomsel}} | {{r:RI KWANG NAM}} | paspor | ? | "untuk staf"
3 | 0857-xxxx-0314 | {{u:Indosat Ooredoo}} | {{r:RINA KUSUMAWATI}} | KTP | {{r:JO HYANG MI}} | didaftarkan oleh Mbak {{r:Rina}}
4 | 0857-xxxx-7720 | {{u:Indosat Ooredoo}} | {{p:SRI WAHYUNI}} | KTP | {{p:PAK OK SUN}} | Ibu {{p:Sri}} pemilik kos
5 | 0813-xxxx-5502 | {{u:Telkomsel}} | {{p:BUDI SANTOSO}} | KTP | Pak {{p:Budi}} sendiri | sopir restoran
6 | 0838-xxxx-9018 | {{u:XL Axiata}} | {{p:KIM SONG HUI}} | paspor | {{p:KIM SONG HUI}} | diblokir 20/08
Catatan petugas: Pak {{r:Ri}} minta nomor 2 tidak diberi paket internet. Mbak {{r:Rina}} bilang HP nomor 3 untuk "teman {{u:Korea}}".

[{{r:조향미}}의 메모, 한국어]
- {{u:자카르타}} 식당에서 일할 때 우리는 전화기를 가질 수 없었다. {{r:리광남}} 지배인만 두 개를 가지고 있었고, 그중 하나는 "직원용"이라며 자기 서랍에 넣어 두었다.
- 3번이 내 번호다. 식당 옆 미용실에서 일하던 {{r:리나}} 언니가 자기 신분증으로 개통해 주었다. {{r:리나}} 언니의 {{u:WhatsApp}} 이름은 "{{r:Rina}} 🌸"였고, 내 것은 "{{r:Hyangmi}}"로 해 두었다가 들킬까 봐 "Bunga"(꽃)로 바꿨다.
- 4번 {{p:박옥순}}도 몰래 전화를 썼다. 하숙집 주인 {{p:Sri}} 아주머니 이름으로 되어 있었다. {{p:옥순}}이는 그 전화로 {{u:중국}}에 있는 오빠와 연락했다.
- 6번 {{p:김성희}}는 자기 여권으로 개통했다가 {{r:리}} 지배인에게 들켰다. 전화기는 빼앗겼고, 번호는 바로 정지되었다. {{p:성희}}는 다음 달 {{u:평양}}으로 돌아갔다.
- 운전사 {{p:Budi}} 아저씨는 우리 말을 조금 알았다. "{{r:향미}}, hati-hati"(조심해)라고 자주 말했다.

English notes ({{p:Fajar Nugroho}} / {{p:Soo-ah Kim}})
- The counter list was obtained by {{r:Rina Kusumawati}} from {{p:Agus}}, the counter clerk, in 2018 and given to {{r:Jo Hyang-mi}} after she reached {{u:Seoul}}.
- Line 3 shows a SIM registered with {{r:Rina}}'s national ID (KTP) for {{r:Hyang-mi}}'s use. This may be an offence under Indonesian SIM-registration rules of the {{u:Ministry of Communication and Information Technology}}; {{r:Rina}}'s name must not be published.
- "Pak" in Pak {{p:Budi}} is the Indonesian "Mr", not the Korean surname; line 4's user {{p:PAK OK SUN}} is {{p:Pak Ok-sun}}.
- {{r:Ri Kwang-nam}} was the restaurant manager from 2015 to 2018. {{r:Hyang-mi}} describes {{r:Ri}} as strict but not violent.
- Do not confuse {{r:Ri}} with {{r:Rina}} in the transcript index: the index software merged the strings "Ri" and "Rina" once.""",
    },
    {
        "id": "h40-mixed-37",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Namgung Hyok", "남궁혁", "witness", ["ナムグン・ヒョク"]),
            ("Wi Kwang-chol", "위광철", "coworker", ["광철"]),
            ("Han Un-sil", "한은실", "relative", ["ハン・ウンシル"]),
        ],
        "note": "Trilingual museum exhibit captions (Korean, English, Japanese) for objects donated by a former logging worker; two-syllable surname Namgung, katakana names with さん outside, fullwidth Latin letters in the Japanese caption, a name split across lines in a label, curator's initials.",
        "text": """특별전 「떠나온 숲」 전시 설명 (진열장 4)
Special exhibition "The Forest We Left" — Case 4
特別展「離れた森」展示解説（ケース４）

4-1 도끼와 장갑 / Axe and gloves / 斧と手袋
한: {{u:러시아}} {{u:아무르주}} 벌목장에서 {{r:남궁혁}} 씨가 8년 동안 쓰던 도끼와 털장갑. 장갑은 같은 작업조의 {{r:위광철}} 씨가 떠나기 전날 건네준 것이다.
EN: Axe and fur gloves used for eight years by {{r:Namgung Hyok}} at a logging camp in {{u:Amur Oblast}}, {{u:Russia}}. The gloves were given to him by {{r:Wi Kwang-chol}}, a member of his work team, the day before he left.
日: {{u:ロシア}}・{{u:アムール州}}の伐採場で{{r:ナムグン・ヒョク}}さんが８年間使った斧と毛皮の手袋。手袋は同じ作業班の{{r:ウィ・グァンチョル}}さんが、出発の前日に手渡したもの。

4-2 수첩 / Notebook / 手帳
한: 작업량과 날씨를 적은 수첩. 표지 안쪽에 아내 {{r:한은실}}의 이름을 적어 두었다. {{r:은실}} 씨는 지금 {{u:서울}}에 함께 산다. 수첩 뒤쪽에는 작업조원 {{p:최두만}}, {{p:류창호}}, {{p:명}}(성 모름)의 이름이 있다.
EN: Notebook recording output and weather. Inside the cover he wrote the name of his wife, {{r:Han Un-sil}}, who now lives with him in {{u:Seoul}}. At the back are the names of team members {{p:Choe Tu-man}}, {{p:Ryu Chang-ho}} and "{{p:Myong}}" (surname unknown).
日: 作業量と天気を記した手帳。表紙の裏に妻「{{r:ハン・ウンシル}}」さんの名前が書かれている。後ろのページには作業班員の{{p:チェ・ドゥマン}}さん、{{p:リュ・チャンホ}}さん、「{{p:ミョン}}」（姓は不明）の名がある。

4-3 여권 사본 / Passport copy / 旅券の写し
한: {{r:남궁혁}} 씨가 몰래 찍어 둔 자신의 여권 사진. 영문 이름은 "{{r:NAMGUNG HYOK}}". 여권 원본은 현장 책임자 {{p:길태준}}이 보관했다.
EN: A photograph of his own passport taken secretly. The name reads "{{r:NAMGUNG HYOK}}". The original was kept by the site chief, {{p:Kil Tae-jun}}.
日: 本人がひそかに撮影した自身の旅券の写真。英字氏名は「{{r:ＮＡＭＧＵＮＧ　ＨＹＯＫ}}」。原本は現場責任者の{{p:キル・テジュン}}が保管していた。

4-4 사진 / Photograph / 写真
한: 2011년 겨울, 벌목장 숙소 앞. 왼쪽부터 {{r:위광철}}, {{r:남궁혁}}, {{p:최두만}}. 얼굴은 기증자의 뜻에 따라 {{r:남궁혁}} 씨만 드러냈다.
EN: Winter 2011, in front of the camp dormitory. From left: {{r:Wi Kwang-chol}}, {{r:Namgung Hyok}}, {{p:Choe Tu-man}}. At the donor's request only {{r:Namgung}}'s face is shown.
日: 2011年冬、伐採場の宿舎前。左から{{r:ウィ}}さん、{{r:ナムグン}}さん、{{p:チェ}}さん。寄贈者の希望により、{{r:ナムグン}}さんの顔のみ公開。

기증자의 말 / Donor's words / 寄贈者のことば
"{{r:광철}}이가 준 장갑 덕분에 마지막 겨울을 버텼습니다. 이 장갑을 보면 {{r:광철}}이가
보고 싶습니다." — {{r:남궁혁}}
"I got through the last winter because of the gloves {{r:Kwang-chol}} gave me." — {{r:Namgung
Hyok}}
「{{r:グァンチョル}}がくれた手袋のおかげで最後の冬を越せました。」— {{r:ナムグン・ヒョク}}

기획: {{p:서윤정}} 학예사 / Curator: {{p:Seo Yun-jeong}} / 企画：{{p:ソ・ユンジョン}}学芸員
번역: {{p:Emily Hart}} (EN), {{p:山本理恵}} (日) | 협력: {{u:국립중앙박물관}} 보존과학실 / {{u:National Museum of Korea}}
Labels checked by {{p:S.Y.J.}} and {{p:E.H.}}, 3 October.""",
    },
    {
        "id": "h40-mixed-38",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Cha Song-ryong", "차성룡", "witness", ["성룡"]),
            ("Ryu Ki-nam", "류기남", "supervisor", []),
            ("Un Kwang-ho", "은광호", "coworker", ["광호"]),
        ],
        "note": "Conference Q&A notes from a Lisbon session on North Korean workers in Angola (Portuguese with Korean answers and English summary); questioners and panellists private, Sr./Sra./Dr.ª outside names, surname 은 beside the topic particle 은, a real monument and a real state company mentioned neutrally.",
        "text": """CONFERÊNCIA "TRABALHO FORÇADO E MIGRAÇÃO" — {{u:Lisboa}}, 22 de novembro
Painel 3: Trabalhadores norte-coreanos em {{u:Angola}} — Perguntas e respostas (notas)
Moderadora: Dr.ª {{p:Helena Carvalho}} | Painel: {{p:Miguel Sousa}} (investigador), {{r:Cha Song-ryong}} (antigo trabalhador; interpretação: {{p:Joana Park}})
Notas: {{p:Rui Tavares}}

P1 — Sr. {{p:Adelino Mateus}} (estudante angolano): Os trabalhadores tinham contacto com angolanos nas obras em {{u:Luanda}}?
R ({{r:Cha}}, via intérprete): "거의 없었습니다. 우리 반장 {{r:류기남}}은 현지 사람과 말하는 것을 금지했습니다. 다만 운전사 {{p:Domingos}} 아저씨와는 인사 정도는 했습니다."
Resumo: Quase nenhum. O chefe de equipa, {{r:Ryu Ki-nam}}, proibia conversas com locais; apenas cumprimentavam o motorista {{p:Domingos}}.

P2 — Sra. {{p:Fátima Neto}} (jornalista): Trabalhou no {{u:Memorial Dr. António Agostinho Neto}}?
R ({{p:Miguel Sousa}}): As obras do memorial foram atribuídas a uma empresa estatal norte-coreana, a {{u:Mansudae Overseas Projects}}; o Sr. {{r:Cha}} trabalhou noutros estaleiros, não no memorial.
R ({{r:Cha}}): "저는 기념관이 아니라 주택 공사장에 있었습니다. 기념관 공사에 간 사람은 같은 방 {{r:은광호}}입니다. {{r:은}} 동무는 돌 다루는 기술자였습니다."
Resumo: Ele esteve em obras de habitação; o colega de quarto, {{r:Un Kwang-ho}}, canteiro, trabalhou no memorial.
(Nota: em coreano "은" é também uma partícula; aqui é o apelido do Sr. {{r:Un}}.)

P3 — Dr. {{p:Paulo Figueiredo}} ({{u:Universidade de Coimbra}}): Como eram pagos os salários?
R ({{r:Cha}}): "월급은 {{r:류기남}} 반장이 다 받아서 대표 {{p:허광수}}에게 넘겼습니다. 우리 손에는 한 달에 50달러 정도였습니다. 저는 그것도 {{r:광호}}와 나눠서 담배를 샀습니다."
Resumo: O chefe {{r:Ryu}} recebia tudo e entregava ao representante, {{p:Ho Kwang-su}}; os trabalhadores recebiam cerca de 50 dólares por mês.

P4 — Sr.ª {{p:Ana Lúcia Domingos}} (ONG angolana): Houve mortes?
R ({{r:Cha}}): "2013년에 {{p:탁명수}}라는 사람이 말라리아로 죽었습니다. 병원에 늦게 갔습니다. {{r:류}} 반장은 보고서에 '심장병'이라고 썼습니다. {{p:명수}}의 시신은 {{u:평양}}으로 보내졌다고 들었습니다."
Resumo: Em 2013 um trabalhador, {{p:Tak Myong-su}}, morreu de malária após chegar tarde ao hospital; o chefe registou "doença cardíaca".
(A Dr.ª {{p:Carvalho}} pediu que o nome não seja publicado. O Sr. {{r:Cha}} concordou.)

P5 — {{p:Mariana}} (sem apelido, público): O senhor ainda tem contacto com o Sr. {{r:Un}}?
R ({{r:Cha}}): "아닙니다. {{r:광호}}는 2016년에 귀국했습니다. 저는 그 후 {{u:남아프리카공화국}}을 거쳐 나왔습니다. {{r:은광호}}가 무사하기를 바랍니다."

Summary for the English report ({{p:R.T.}}): {{r:Cha Song-ryong}} worked on housing sites in {{u:Luanda}} 2011-2016 under team leader {{r:Ryu Ki-nam}}; his roommate {{r:Un Kwang-ho}} worked on the memorial; one death ({{p:T.M.S.}}) from malaria in 2013. Questioners: {{p:A. Mateus}}, {{p:F. Neto}}, {{p:P. Figueiredo}}, {{p:A. L. Domingos}}, "{{p:Mariana}}". {{r:Song-ryong}} asked that photographs of him from the session not be shared on {{u:Facebook}} or {{u:LinkedIn}}.""",
    },
    {
        "id": "h40-mixed-39",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Han Kwang-il", "한광일", "witness", ["韩光日", "光日"]),
            ("Yu Haitao", "위하이타오", "supervisor", ["于海涛"]),
            ("Jon Yong-chol", "전영철", "coworker", ["全英哲"]),
        ],
        "note": "Catch log of a Chinese trawler in the Yellow Sea with North Korean crew (Chinese) and the witness's Korean and English notes; Hanja names of Korean crew, Chinese forms 老于, 小韩, 老全 kept whole, Chinese captain with surname Yu beside Korean Ryu/Yu, 全 read Quan in Chinese and Jon in Korean.",
        "text": """渔捞日志 (摘录) / 捕捞记录
船名: 辽丹渔 35xxx (船号部分遮盖) | 作业海域: {{u:黄海}}北部
船长: {{r:于海涛}} | 记录: 大副 {{p:曲志强}}
朝鲜船员: {{r:韩光日}}、{{r:全英哲}}、{{p:李成国}}、{{p:朴哲男}}、{{p:金明浩}}、{{p:车永洙}}

日期 | 网次 | 渔获(公斤) | 记录人 | 备注
2019-09-03 | 1 | 850 (鲐鱼) | {{p:曲}} |
2019-09-03 | 2 | 1,200 (鲐鱼、鱿鱼) | {{p:曲}} | {{r:小韩}}手受伤
2019-09-04 | 3 | 400 | {{p:曲}} | 起网机故障，{{r:老全}}修理
2019-09-05 | 4-5 | 2,300 | {{r:于}} | {{p:李成国}}晕船，不能干活
2019-09-07 | 6 | 0 | {{p:曲}} | 大风停航
2019-09-08 | 7 | 1,750 | {{p:曲}} | {{r:老于}}与朝方联系人通话
2019-09-10 | 8 | 2,100 | {{p:曲}} | {{p:朴哲男}}与{{p:金明浩}}打架，{{r:全英哲}}劝开
2019-09-12 | 9 | 950 | {{r:于}} | 回港 {{u:丹东}}，朝鲜船员不下船
合计: 9,550 公斤 | 船长签字: {{r:于海涛}}

[{{r:한광일}}의 메모, 한국어]
- 이 일지는 대부 {{p:曲志强}}, 우리가 "{{p:老曲}}"라고 부르던 사람이 쓴 것이다. 나는 2019년 9월 이 배에 있었다.
- {{r:于海涛}} 선장은 {{u:중국}} 사람이다. 한국어로 읽으면 "{{r:우해도}}", 중국어로는 "{{r:위하이타오}}". 우리는 "{{r:위}} 선장"이라고 불렀다. 우리 쪽 책임자는 배에 없었고, {{u:남포}}에 있는 회사 사람 {{p:류명철}}이 전화로 지시했다. 선장이 "{{p:柳先生}}"이라고 부르며 통화하던 사람이 {{p:류명철}}이다.
- 9월 3일에 다친 "{{r:小韩}}"이 나다. 손바닥이 찢어졌는데 선장이 붕대를 감아 주었다.
- "{{r:老全}}"은 {{r:전영철}}이다. {{u:중국}} 사람들은 "全"을 "취안"이라고 읽어서 처음에는 자기 이름인 줄 몰랐다고 한다. {{r:영철}}이 형은 기계를 잘 고쳤다.
- {{p:박철남}}과 {{p:김명호}}는 배급 문제로 싸웠다. {{r:전영철}}이 말렸다.
- {{p:리성국}}({{p:李成国}})은 뱃멀미가 심해 이틀을 누워 있었다. 선장은 그를 "{{p:小李}}"라고 불렀다.

English notes ({{p:Chen Yu}} / {{p:Grace Ryu}})
- The captain's surname 于 is romanized Yu in pinyin; he is {{r:Yu Haitao}}. Do not confuse him with the North Korean company contact {{p:Ryu Myong-chol}}, whose surname (류/柳) is sometimes also written Yu in South Korean spelling.
- 全 is read "Quan" in Mandarin and "Jon" (전) in Korean: {{r:Quan Yingzhe}} in the Chinese crew list is {{r:Jon Yong-chol}}. Similarly {{r:Han Guangri}} = {{r:Han Kwang-il}}.
- {{r:Kwang-il}} was one of six North Korean crew hired through a company in {{u:Dandong}}; the vessel was registered in {{u:Liaoning}}. This arrangement appears to fall under the {{u:UN Security Council}} ban on {{u:DPRK}} seafood and fishing-rights trade (resolution 2371 and later).
- The crew did not go ashore in {{u:Dandong}}; they returned to {{u:Nampho}} on a small boat on 15 September. {{r:Han}} left the {{u:DPRK}} again in 2020.""",
    },
    {
        "id": "h40-mixed-40",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Maeng Chol-su", "맹철수", "witness", ["철수"]),
            ("Wang Chang-gil", "왕창길", "supervisor", []),
            ("Kum Myong-il", "금명일", "coworker", ["명일"]),
        ],
        "note": "Courier waybill list from Sharjah to Dandong (English/Arabic) with the witness's Korean notes; shippers and consignees in capitals, Chinese consignees in Hanzi, the Korean surname 왕 of a supervisor beside Chinese Wang, surname 금 beside 금 (gold) and 금요일, a real courier company, an Arabic clerk's name in Arabic script.",
        "text": """WAYBILL LIST — OUTBOUND PARCELS / قائمة بوالص الشحن
Branch: {{u:Sharjah}}, {{u:Industrial Area 13}} | Courier: {{u:Aramex}} | Week 36, 2017
Prepared by: {{p:Shahid Iqbal}} | Checked: {{p:سالم الكتبي}} ({{p:Salem Al Ketbi}})

AWB (last 4) | SHIPPER | CONSIGNEE | DESTINATION | CONTENTS (declared) | KG
…4471 | {{r:MAENG CHOL SU}} | {{p:ZHANG LIHUA}} ({{p:张丽华}}) | {{u:Dandong}}, {{u:Liaoning}} | clothes, used | 6.5
…4472 | {{r:KUM MYONG IL}} | {{p:ZHANG LIHUA}} ({{p:张丽华}}) | {{u:Dandong}} | clothes, shoes | 8.0
…4473 | {{r:WANG CHANG GIL}} | {{p:WANG JUN}} ({{p:王军}}) | {{u:Dandong}} | documents | 0.5
…4474 | {{p:RI CHOL HO}} | {{p:ZHANG LIHUA}} ({{p:张丽华}}) | {{u:Dandong}} | personal effects | 7.2
…4475 | {{p:SON KUM CHOL}} | {{p:PIAO YUNZHE}} ({{p:朴云哲}}) | {{u:Shenyang}} | gold jewellery (?) | 0.3
…4476 | {{p:KIM YONG}} | {{p:ZHANG LIHUA}} ({{p:张丽华}}) | {{u:Dandong}} | clothes | 5.1
Payment: cash, paid by {{r:WANG CHANG GIL}} for all six.
Clerk's remark ({{p:Shahid}}): Mr {{r:Wang}} says all consignees are "family". …4475 returned for inspection (جمارك / customs).
ملاحظة: السيد {{r:وانغ}} دفع نقداً عن الجميع. — {{p:س. الكتبي}}

[{{r:맹철수}}의 메모, 한국어]
- {{u:샤르자}} 현장에 있을 때 매달 금요일마다 {{r:왕창길}} 대표가 우리 짐을 모아 택배로 부쳤다. 받는 사람은 늘 {{u:단둥}}의 {{p:张丽华}}라는 {{u:중국}} 여자였다. 우리 가족은 {{u:신의주}}에 있었는데, {{p:张丽华}}가 강 건너로 보내 준다고 했다.
- {{r:왕}} 대표는 {{u:조선}} 사람인데 성이 "왕"이라서 {{u:아랍에미리트}} 직원들이 {{u:중국}} 사람인 줄 알았다. 직원 {{p:Shahid}} 씨가 "Mr {{r:Wang}}, {{u:China}}?"라고 물으면 {{r:왕창길}}은 웃기만 했다. 3번 짐의 받는 사람 {{p:王军}}은 {{r:왕}} 대표가 "형님"이라고 부르는 {{u:단둥}} 무역회사 사람이다.
- 2번 {{r:금명일}}은 나와 같은 방 동무다. {{r:명일}}이는 금을 보내는 줄 알고 세관이 상자를 열었다는 말에 깜짝 놀랐다. 금을 보낸 것은 5번 {{p:손금철}}이었다. {{p:금철}}이는 그 일로 {{r:왕}} 대표에게 크게 혼났고, 석 달 뒤 귀국했다.
- {{r:명일}}이는 금요일이면 늘 "이번에는 어머니가 받으실까" 하고 걱정했다. {{r:금명일}}의 어머니 {{p:최복순}}은 한 번도 짐을 받았다는 소식을 보내지 않았다.
- 4번 {{p:리철호}}와 6번 {{p:김용}}은 다른 현장 사람들이다. {{p:김용}}이 보낸 옷은 내가 보기에 {{p:리철호}}의 것이었다.

English note ({{p:Noura Saleh}}, NGO)
- The list was photographed by {{r:Maeng Chol-su}} at the counter. The Chinese consignee {{p:Zhang Lihua}} appears on 14 waybills in our collection; she is private and is not to be contacted.
- {{r:Wang Chang-gil}} is Korean; "Wang" (왕) is a Korean surname as well as a Chinese one. The consignee {{p:Wang Jun}} is Chinese. Do not merge them in the index.
- {{r:Chol-su}} left the {{u:Sharjah}} site in 2018 and reached {{u:Seoul}} via {{u:Bangkok}} in 2019. {{r:Kum}} is believed to be in {{u:North Korea}}.""",
    },
]
