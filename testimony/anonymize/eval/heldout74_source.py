# ruff: noqa: E501
"""Held-out evaluation passages, set 74. Built by build_heldout.py heldout74.

Fifty documents of the kind an NGO working on North Koreans sent abroad as forced
labourers could plausibly receive or write, written blind (the finder's code was not
read and the finder was not run). All genres are ones the earlier sets' opening lines
do not list (shipping agents' cash-to-master e-mail threads, crew effects declarations
(IMO FAL Form 4), ship-chandler delivery notes, hotel night-audit reports,
informed-consent audit trackers, social-media scheduling calendar exports,
location-history timeline exports, data-erasure request logs, loss adjusters'
recorded statements, harbour launch-boat passenger logs, night-shelter bed-night
registers, journal copy-editors' author-query lists, documentary errors-and-omissions
clearance reports, manning agents' crew nomination sheets, phone-shop buy-back receipt
books, employment-tribunal hearing-bundle indexes, immigration lawyers' client-portal
message threads, jokgu tournament brackets, park-golf scorecards, Catholic
Mass-intention books (미사 지향), culture-voucher (문화누리카드) usage lists,
samulnori club attendance books, hand-car-wash job tickets, petrol-station credit
books, children's-centre snack-duty rotas, seniors'-centre (경로당) lunch rotas with
minutes, transcribed North Korean recall lists (소환대상자 명단), transcribed North
Korean side-plot (부업지) allotment sheets, transcribed North Korean youth-league dues
ledgers (맹비 납부 대장), transcribed North Korean surprise dormitory-inspection
records, cookery-academy tuition-receipt books, mill (방앗간) order books, food-waste
RFID card registers, shared-kitchen booking sheets, Russian pre-trip driver
medical-check logs, Russian college attendance journals, DingTalk attendance exports,
Chinese tug-of-war team lists, Chinese canteen leftover-weighing sheets, Chinese
dormitory room-change requests, Kuwaiti camp electrical-appliance permit registers,
stadium-site access-card print batches, Mongolian sobering-up centre registers,
Vietnamese motorbike-parking ticket books, Thai detention-centre commissary order
lists, Polish kolęda (pastoral visit) lists, Malay kongsi headmen's notebooks,
flashcard-deck (Anki) exports, US refugee cultural-orientation rosters and Chinese 5S
audit sheets), in English, Korean and mixed Korean/English with Russian, Chinese,
Arabic, Mongolian, Vietnamese, Thai, Polish and Malay. Some passages use CRLF line
breaks (two mix CRLF and LF), zero-width characters, fullwidth letters and digits, tab-separated
and pipe tables, signatures, e-mail quoting and emoji. All persons are fictional; real
public figures are mentioned only neutrally.

Labelling convention (as in sets 72 and 73):
- {{r:...}} a mention of a registered private person (listed in the passage's
  "persons" as (romanized name, Hangul name, role, aliases)); {{p:...}} a mention
  of an unregistered private person; {{u:...}} a public name: a real public figure,
  a real place, a real organisation or company, a real ship, app, platform or law.
  Real public figures are only mentioned neutrally.
- Every fictional person is private, whatever their office (a fictional minister,
  judge, police officer, consul, doctor, inspector, pastor, priest or interpreter is
  private).
- Invented businesses, sites and vessels are left unmarked.
- A mention is labelled as the text writes it: the name only, without particles
  (박철민이 -> {{r:박철민}}이; the affectionate suffix 이 and the vocative 아/야 after
  a given name also stay outside) and without titles or honorifics (리 반장님 ->
  {{r:리}} 반장님, 김 동무 -> {{p:김}} 동무, 송희 씨 -> {{p:송희}} 씨, Mr {{p:Ho}},
  Dr {{p:X}}), but Chinese forms of address are labelled whole (老周, 小王, 王总,
  李组长, 刘姐, 胡师傅) and Russian, Polish and Mongolian names keep their case endings
  (Пака, Кима, Kima, Pakiem).
- A nickname or alias that refers to a person is a mention of that person even when
  it is not registered as an alias; the same word used as an ordinary word is not.
- In an e-mail address or login only the local part is labelled, and only when it
  spells the person's name; role accounts are unmarked. In handles, hashtags, file
  names and URLs only the part that spells the name is labelled; trailing letters and
  digits after an underscore stay outside.
- A surname discussed as a word is unmarked, and so are ordinary words that look like
  names ("No,", "So,", "a song", "the moon", "Do not", 상기, 설화, 손, 차, 장).
- Country names are public places whenever they stand as nouns, also attributively
  (DPRK, North Korea, 한국, 북한 사람, 중국 돈, Россия, 朝鲜); nationality adjectives
  and derived words (Korean, Chinese, 한국어, 중국산, 러시아인) are not marked.
- A possessive 's, a plural -s, particles and emoji stay outside a mention.
- Zero-width characters and fullwidth letters inside a name stay inside the mention.
- Initials standing for a person are mentions, also as sign-off initials in a column.
- Generic kinship or role words used instead of a name (엄마, 형, 반장, "the cook")
  are not mentions; a pet name used like a name is.
- Japanese honorifics, Thai คุณ (also when written fused to the name), Vietnamese
  anh/chị/cô/em and Arabic السيد are titles and stay outside. An Arabic conjunction
  or preposition prefixed to a name (و, ل) stays outside. A Mongolian case suffix
  written fused to the name stays inside; one joined with a hyphen stays outside.

Clarifications added in this set:
- Speaker labels in a transcript (ZIELIŃSKI:, WRONA:) are mentions.
- Witness codes and case numbers (W-231, T-118) are pseudonymous identifiers, not
  mentions; a pseudonym an author gives to an informant ("Informant K") is a mention.
- In a partly masked name only the visible surname is labelled ({{p:김}}○○).
- Baptismal and saints' names used as the names of the (fictional) people in a
  parish register are mentions (박경애 마리아 -> two mentions).
- A name inside an invented team or business name is labelled, the rest of the name
  is not ({{r:김철만}}팀, {{r:은숙}}이네 두부밥, {{r:성학}}식당, {{p:마}}씨네 만두); a
  dish word (평양냉면) is not a place mention.
- In '<child> 엄마' the child's name is a mention of the child, 엄마 stays outside.
- A nickname that is built from a place or a public name is labelled whole as the
  person (함흥댁, 두만강 for a party secretary); the place or river itself, where it is
  meant, is public.
- A Mongolian patronymic initial belongs to the name ({{p:Б.Батбаяр}}); a Russian
  surname with its initials is one mention (Смирнова and Пак with initials); Polish
  plural family names are labelled whole ({{p:Nowakowie}}, {{p:Wiśniewscy}}).
- A name that coincides with a real public figure's but refers to a fictional private
  person here is private (a guard called 한덕수, a refugee called 김정숙).
- A country name or code in a nationality column is public (PRK, БНАСАУ, Монгол);
  derived forms such as 朝鲜籍, 朝方, 조선족, 중국말 and 한국식 are not marked. Malay
  "orang Korea" is treated like 북한 사람 (public).
- A song character's name in a lyric is not a person and is not marked.
- Misprinted and crossed-out names are labelled as written (SOK KWANG MIM, 노상칠).
"""

PASSAGES: list[dict] = [
    {
        "id": "h74-en-01",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ri Song-chol", "리성철", "witness", ["Song-chol", "RI SONG CHOL"]),
            ("Kang Jin-hyok", "강진혁", "supervisor", ["Jin-hyok", "KANG JIN HYOK"]),
            ("O Kum-chol", "오금철", "coworker", ["Kum-chol", "O KUM CHOL"]),
        ],
        "note": "Shipping agent's cash-to-master e-mail thread with a crew advance table, Montevideo; capitalised passport names, surname O as a quoted signature beside 'O/S' and the interjection, initials and a monogram as signatures, agent's e-mail local parts, 'No' as an interjection; CRLF.",
        "text": """From: Operations {{u:Montevideo}} <ops@surmarine-agency.uy>
Sent: Tuesday, 14 March 2023 09:12
To: Master FV HAI FENG 718 <haifeng718@sat-mail.example>
Cc: {{p:mfernandez}}@surmarine-agency.uy; accounts@surmarine-agency.uy
Subject: RE: RE: CTM request / crew advances / berth 6

Dear Captain {{p:Lü}},

Noted your cash-to-master of USD 18,400. The bank will deliver on board by 15:00 with our runner {{p:Diego Suárez}}. Please have the crew advance list countersigned by each man personally. At the last call the {{u:Prefectura Nacional Naval}} boarding officer asked why six signatures on your list were in the same hand.

Crew advances as per your list (USD):

No. | Rank    | Name               | Advance | Signature
1   | Bosun   | {{r:RI SONG CHOL}}       | 200     | signed for by {{r:KANG}}
2   | AB      | {{p:PAK CHOL UNG}}       | 200     | signed for by {{r:KANG}}
3   | AB      | {{r:O KUM CHOL}}         | 150     | "{{r:O}}"
4   | O/S     | {{p:KIM YONG SU}}        | 150     | signed for by {{r:KANG}}
5   | Fitter  | {{p:HAN MYONG GIL}}      | 150     | -
6   | Cook    | {{p:CHOE IL}}            | 100     | "{{p:C.I.}}"
7   | Leader  | {{r:KANG JIN HYOK}}      | 900     | "{{r:KJH}}"

Kind regards,
{{p:Martín Olivera}}
Port Captain / Husbandry
Sur Marine Agency S.A., {{u:Montevideo}}

> From: {{p:Lü Haibo}}
> Sent: Monday, 13 March 2023 22:40
> Dear Mr {{p:Olivera}}, the Korean workers do not want cash in hand. Their leader Mr {{r:Kang}} keeps all advances for the group and pays them at home in {{u:Nampo}}. This is their company rule, not mine. Please do not give money to the bosun. Best regards, {{p:Lü}}

-----Original Message-----
From: {{p:Martina Fernández}}
Sent: Tuesday, 14 March 2023 17:55
To: {{p:Martín Olivera}}
Subject: delivered, but

{{p:Martín}}, delivered. Master counted it with the chief officer ({{p:Zheng}}, the tall one) and then handed the whole Korean envelope to {{r:Kang Jin-hyok}} in front of me. Nobody from the Korean side signed anything themselves.

Two things you should know before the {{u:ITF}} people call us. The bosun, {{r:Song-chol}}, caught me at the gangway and asked in English if the money goes "home or {{r:Kang}}". I said I did not know. He said "No, no. {{r:Kang}} pocket." The AB {{r:Kum-chol}} (the one with the burnt hand, bandage not changed since {{u:Port Louis}}) stood behind him and nodded. {{r:Jin-hyok}} saw us talking and called them back up.

Second, the cook {{p:Choe}} asked for a doctor. I told the master. He says "O.K., tomorrow". Please ask Dr {{p:Pereira}} at the {{u:Hospital Maciel}} if she can see him at the agency instead of on board.

I did not write any of this in the husbandry report. Call me.
{{p:M.F.}}
""",
    },
    {
        "id": "h74-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jo Chung-il", "조충일", "witness", ["Chung-il", "JO CHUNG IL"]),
            ("Yu Hyon-ok", "유현옥", "relative", ["Hyon-ok"]),
        ],
        "note": "Transcribed crew effects declaration (IMO FAL Form 4) with an NGO volunteer's annotations, reefer at Las Palmas; surnames Jo and Yu beside 'Yu' in a Chinese name and the word 'yo-yo', declared items with names written on them, engraved watch, photos of family labelled by name; initials of the boarding officer.",
        "text": """CREW'S EFFECTS DECLARATION (IMO FAL Form 4) - transcription
Vessel: reefer SOUTHERN PEARL, call at {{u:Puerto de La Luz}}, {{u:Las Palmas de Gran Canaria}}, 2 November 2019
Photographed by the seafarers' centre volunteer {{p:Ines Cabrera}} on the mess-room table; typed up by {{p:Tom Whitfield}} (caseworker) on 6 November 2019. Notes in [square brackets] are ours.

Page 2 of 3 (North Korean crew; pages 1 and 3 list the Chinese and Indonesian crew and are not transcribed)

No. 14  Family name, given names: {{r:JO CHUNG IL}}     Rank: 2nd cook
        Effects ineligible for relief: 2 cartons cigarettes; 1 wristwatch [engraved on the back "{{r:조충일}} 동무 1998 노력영웅" according to {{p:Ines}}, i.e. a reward watch]; 1 mobile phone (no SIM)
        Signature: "{{r:Jo}}" [signed in Latin letters, the only one on this page who did]

No. 15  {{p:PAEK SOK CHOL}}     Rank: deckhand
        Effects: 1 carton cigarettes; 1 radio cassette player
        Signature: [blank; marked "see leader"]

No. 16  {{p:YU MYONG HO}}     Rank: deckhand
        Effects: 1 carton cigarettes; children's yo-yo (2) ["for my daughter", said Mr {{p:Yu}}]
        Signature: [blank; marked "see leader"]

No. 17  {{p:RIM CHOL}}     Rank: motorman
        Effects: 3 cartons cigarettes; 1 bottle whisky
        Signature: "{{p:Rim}}" [same hand as No. 18]

No. 18  {{p:SO KWANG IL}}     Rank: leader / interpreter
        Effects: 5 cartons cigarettes; 2 mobile phones; 1 laptop; USD 3,000 cash declared
        Signature: "{{p:So}}"

Boarding officer's initials: "{{p:J.A.R.}}" ({{u:Guardia Civil}}, according to the stamp; the stamp itself reads {{u:Guardia Civil}}).

[Our notes]
1. {{r:Jo Chung-il}} is the man who later contacted us through the chaplain. He told {{p:Ines}} that the watch was his father's, not his, and that his father had been given it in 1998; the number on his own list was a mistake by the leader {{p:So}}.
2. Under his bunk mattress {{r:Chung-il}} kept two photographs, which {{p:Ines}} saw but did not photograph. One is of his wife, {{r:Yu Hyon-ok}}, at the {{u:Pyongyang}} railway station; on the back is written "{{r:현옥}}이 2015". The other is of a man he called "uncle {{p:Yu Xiaoming}}" - a Chinese agent in {{u:Dalian}}, so probably not a relative at all.
3. "No" in column 5 on page 1 means "nothing to declare" and is not a name.
4. The whisky declared under {{p:Rim}} belonged, he said, to {{p:So}}.
5. {{r:Hyon-ok}} is not on any vessel list; we record her here only because her name appears on the photograph.
""",
    },
    {
        "id": "h74-en-03",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ri Myong-su", "리명수", "witness", ["Myong-su"]),
            ("Ho Chang-nam", "허창남", "supervisor", ["Chang-nam", "Hoe"]),
            ("An Sun-bok", "안순복", "coworker", ["Sun-bok"]),
        ],
        "note": "Ship chandler's delivery note for a squid jigger with a storekeeper's handwritten remarks, Port Louis; surnames Ho and An beside the words 'ho' in a shanty and 'an' article, signature as surname only, initials in a checked-by column, Mauritian and Chinese staff named, items labelled with crew names.",
        "text": """OCEANIC SHIP SUPPLY LTD - {{u:Port Louis}}, {{u:Mauritius}}
DELIVERY NOTE No. 44817                                   Date: 21/08/2018
Vessel: FV LU YUAN YU 203 (squid jigger)       Berth: Quay D, {{u:Port Louis}}
Ordered by: Master {{p:Wang Guoqiang}} via agent {{p:Vikash Ramdin}}

Item                                  Qty   Unit   Remark
Rice 25 kg                            40    bag
Instant noodles (ctn)                 60    ctn
Gumboots size 42                      6     pr     for Korean crew ({{r:Ho}} to distribute)
Gumboots size 40                      2     pr     "{{r:An}}", "{{p:Kye}}"
Rain jacket L                         8     pc
Work gloves (dozen)                   20    dz
Soju 360 ml (ctn)                     4     ctn    NOT delivered - bonded, see {{p:Anil}}
Muscle rub                            12    pc     on separate invoice, Mr {{r:Hoe}}
Reading glasses +2.5                  1     pc     for "{{r:Myong-su}}" (written on the order in Hangul: {{r:리명수}})
Phone card 500 MUR                    10    pc     Korean crew, cash paid by {{r:Ho Chang-nam}}

Delivered by: {{p:Jean-Marc Li Kwong Wing}} (driver) / {{p:Sanjay}} (helper)
Checked on board by: {{p:W.G.Q.}} (master) / {{r:H.C.N.}}
Received in good order - signature: "{{r:Ho}}"

STOREKEEPER'S NOTES (back of the yellow copy, handwritten by {{p:Anil Doorgakant}}):
- 2 pairs size 40 boots: the small one, {{r:An}}, ({{r:Sun-bok}}?) asked me for them himself. Boots he was wearing were split open, toe bandaged.
- {{r:Ho}} paid the phone cards in cash, then took all 10 cards into his cabin. Crew shouting "ho ho" at the boots was a joke, they were singing, not his name.
- Glasses: {{r:Myong-su}} tried them at the gangway and said thank you in English. He said he has been on board since an autumn two years ago and has not been ashore. {{p:Wang}} said that is not my business.
- The Chinese second officer ({{p:Xu}}) asked me for an English-Korean dictionary. Not on the order. Gave him an old one from the shop for free.
- Agent {{p:Vikash}} says the vessel sails Friday for the fishing grounds, back in {{u:Port Louis}} maybe February. Told Father {{p:Gerard}} at the {{u:Stella Maris}} centre.
""",
    },
    {
        "id": "h74-en-04",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Yong-nam", "김영남", "supervisor", ["Yong-nam", "KIM YONG NAM"]),
            ("Pak Ok-hui", "박옥희", "witness", ["Ok-hui", "PAK OK HUI"]),
            ("Song Hye-ran", "송혜란", "coworker", ["Hye-ran"]),
        ],
        "note": "Hotel night-auditor's shift report, Vladivostok, for a transit group of North Korean restaurant workers; Russian staff names in Latin and Cyrillic with case endings, room list in passport capitals, surname Song beside 'a song', a group block code containing the leader's surname, guests by given name alone, the leader's name also in Cyrillic, Air Koryo and places public.",
        "text": """NIGHT AUDIT REPORT - 03/04 February 2019
Property: Hotel Zolotoi Rog annex, {{u:Vladivostok}}
Night auditor: {{p:Yekaterina Morozova}}    Duty manager on call: {{p:Andrei Pavlovich}}

1. Occupancy: 61 of 74 rooms. Group block "GRP {{r:KIM}} 12RM" (12 rooms, booked by {{u:Air Koryo}} ground agent {{p:Li Jun}}) - 11 rooms checked in, 1 no-show.

2. Group rooming list as keyed:
 311  {{r:KIM YONG NAM}} (group leader) - single
 312  {{r:PAK OK HUI}} / {{r:SONG HYE RAN}}
 313  {{p:RI UN SIM}} / {{p:JANG KUM HWA}}
 314  {{p:CHOE SOL MI}} / {{p:HAN SONG A}}
 315  {{p:KYE MI RYONG}} / {{p:O HYANG}}
 all passports held by leader, per agent instruction. Registration cards signed by Mr {{r:Kim}} for all.

3. Incidents
 01:20  Guest in 312 ({{r:Ok-hui}}, she wrote her name in my notebook in Latin letters) came down to reception and asked to use the phone. Said she needs to call "{{r:Hye-ran}}'s mother" in {{u:Shenyang}}. Told her the line to {{u:China}} is paid. She had no money. She went up.
 01:45  Mr {{r:Kim}} came down from 311, asked who came to reception. I said nobody. He asked for the CCTV. I refused (policy). He called someone on his mobile and spoke Korean very loudly for 10 minutes in the lobby.
 02:30  Guest {{p:Sergei}} in 208 complained about singing from the 3rd floor. Not the Korean group - it was a song from the wedding party in 305 ({{p:Ivanov}}s). Called security ({{p:Vadim}}).
 04:10  {{r:Song Hye-ran}} and {{r:Pak Ok-hui}} both at reception with coats. {{r:Hye-ran}} asked in Russian where the bus to {{u:Ussuriysk}} leaves. Before I answered {{r:Kim}} came out of the lift. They went back up with him. Nobody spoke. {{r:Ok-hui}} left her scarf on the counter - in lost property, tag 0402-07.

4. Handover to morning shift ({{p:Natalya Sergeyevna}}): the group leaves 07:30 for the airport, flight JS272 to {{u:Pyongyang}}. Leader {{r:Ким Ён Нам}} asked for late checkout for himself only. Please DO NOT give keys for 312 to anyone but the women themselves. I informed {{p:Andrei Pavlovich}}; he says "not our business", but I am writing it anyway.

5. Cash: 14,200 RUB, card 88,450 RUB. Minibar 311: 3 x vodka, 2 x beer (charged to room, leader).

Signed: {{p:Е. Морозова}}
""",
    },
    {
        "id": "h74-en-05",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Hwang Un-chol", "황은철", "witness", ["Un-chol"]),
            ("Chae Kyong-mi", "채경미", "witness", ["Kyong-mi"]),
            ("Do Sang-hun", "도상훈", "witness", ["Sang-hun"]),
            ("Mina Lee", "이민아", "other", ["Mina"]),
        ],
        "note": "NGO informed-consent audit tracker pasted as a pipe table; witness codes (W-231) left unmarked as pseudonymous identifiers, interviewers' initials, a nickname with the title Granny outside, surname Do beside the verb 'do', a witness known only by nickname, staff e-mail local part, withdrawn consent; the Personal Information Protection Act as a public law.",
        "text": """CONSENT AUDIT - Q3 2023 (internal, do not circulate)
Auditor: {{r:Mina Lee}}   Reviewed with: {{p:Daniel Osei}} (DPO)

| Code  | Witness (real name)        | Interviewer | Consent form | Audio consent | Publication | Issue |
|-------|----------------------------|-------------|--------------|---------------|-------------|-------|
| W-229 | {{p:Ryom Tae-song}}               | {{p:SJK}}         | signed       | yes           | anonymised  | -     |
| W-230 | {{p:Kil Yong-hui}}                | {{p:SJK}}         | signed       | no            | none        | audio recorded anyway, delete file |
| W-231 | {{r:Hwang Un-chol}}               | {{r:ML}}          | signed       | yes           | full name   | check: he now wants pseudonym |
| W-232 | {{r:Chae Kyong-mi}}               | {{r:ML}}          | thumbprint   | yes           | anonymised  | witness signature missing, only "{{r:경미}}" |
| W-233 | "Granny {{p:Ok}}" (real name unknown) | {{p:JHP}}         | none         | verbal        | none        | needs form |
| W-234 | {{p:Tak Chol-su}}                 | {{p:JHP}}         | signed       | yes           | anonymised  | - |
| W-235 | {{r:Do Sang-hun}}                 | {{p:SJK}}         | WITHDRAWN    | WITHDRAWN     | none        | see note 3 |

Notes
1. {{r:Un-chol}} called on 2 Sept to say he no longer wants his full name in the report. {{p:Sang-jin}} ({{p:SJK}}) to re-do the form when he visits {{u:Ansan}}. Until then treat W-231 as anonymised.
2. {{r:Kyong-mi}} cannot sign in Latin letters and the field worker let her write her given name only. Under the {{u:Personal Information Protection Act}} we need the full signature or a witnessed thumbprint. {{r:Mina}} to arrange.
3. Mr {{r:Do}} withdrew on 19 Sept by e-mail to {{r:mina.lee}}@ourngo.example ("please do not use anything I said"). Everything under W-235 must be pulled from the shared drive, including the transcript {{r:Do}}_2023-05-11.docx and {{p:JHP}}'s summary. Do not forget the backups.
4. "Granny {{p:Ok}}" is how the {{u:Ansan}} centre staff know her; {{p:Jae-hyun}} thinks her surname is {{p:Ok}}, not {{p:O}}. Ask her.
5. {{p:Daniel}}: every "signed" above must have a scan in the folder. Two are missing ({{p:Ryom}}, {{p:Tak}}).
""",
    },
    {
        "id": "h74-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pak Se-hyok", "박세혁", "witness", ["Se-hyok", "Simon"]),
            ("Ri Kum-sun", "리금순", "relative", ["Kum-sun"]),
        ],
        "note": "NGO social-media scheduling calendar export (CSV-like) with draft posts and reviewer comments; witness under a chosen English name, handles of staff and partners, hashtags with names, 'Moon' as the moon in a Chuseok post beside a volunteer Moon; emoji.",
        "text": """post_id,slot,scheduled,author,status,copy,reviewer_comment
3381,feed,2023-09-28 19:00,{{p:hana_k}},DRAFT,"Happy Chuseok 🌕 from all of us. Tonight the moon is full over {{u:Seoul}} - and our volunteer {{p:Jisoo Moon}} made songpyeon with 20 families 🥟 #Chuseok #추석",OK - {{p:jw}}
3382,short,2023-09-29 10:00,{{p:hana_k}},DRAFT,"'I had not seen a full moon without a guard beside me for eleven years.' - {{r:Simon}}, who worked in a sawmill in {{u:Khabarovsk}} 🪵",{{p:Jiwon}}: {{r:Simon}} is fine as a name? He chose it himself - {{p:hana}}
3383,short,2023-09-29 10:05,{{p:hana_k}},REJECTED,"Meet {{r:Pak Se-hyok}}. Sent to {{u:Russia}} at 24. Came home with nothing. Read his story ⬇️ #{{r:SeHyok}}Story",NO real names!! {{r:Se-hyok}} only consented to '{{r:Simon}}' - {{p:jw}}
3384,page,2023-09-30 12:00,{{p:minjun.c}},SCHEDULED,"Our partners at {{u:Citizens' Alliance for North Korean Human Rights}} are holding a photo exhibition at {{u:Seoul Station}} this week. Thank you Ms {{p:Oh}} and team 💙",-
3385,feed,2023-10-01 18:00,{{p:hana_k}},DRAFT,"{{r:Simon}}'s mother, {{r:Kum-sun}}, still lives in {{u:Hamhung}}. He sends a message every Chuseok that he knows she will never read. 🕯️",REMOVE mother's name. Even given name. - {{p:jw}}
3386,short,2023-10-02 09:00,{{p:minjun.c}},DRAFT,"Reminder: the {{u:UN Human Rights Council}} discusses the {{u:DPRK}} report this week. We will be there with Dr {{p:Yoon}}.",OK
3387,feed,2023-10-03 19:00,{{p:hana_k}},DRAFT,"So many of you asked about {{r:Simon}} ({{r:세혁}}) after last week... he says: 'tell them I am OK, I am eating well' 😄",Korean name again!! and 'So' at start is fine. Change to just {{r:Simon}}. - {{p:Jiwon W.}}
3388,jobs,2023-10-04 08:30,{{p:minjun.c}},DRAFT,"We are hiring a caseworker (Korean/English). Apply to {{p:Minjun Cha}} by 20 Oct.",use jobs@ not my name - {{p:Minjun}}
3389,short,2023-10-05 10:00,{{p:hana_k}},DRAFT,"Moon over the {{u:Amur}}: a poem by {{r:S.}} (translated by {{p:Jisoo}}) 🌙 / 'Mother {{r:Kum-sun}}, the same moon...'",Poem is lovely but it names his mother in line 1. Can {{p:Jisoo}} change to 'Mother'? - {{p:jw}}
""",
    },
    {
        "id": "h74-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Han Kwang-jin", "한광진", "witness", ["Kwang-jin", "Kwang"]),
            ("Sin Tae-ho", "신태호", "supervisor", ["Tae-ho"]),
            ("Ma Chol-ho", "마철호", "coworker", ["Chol-ho", "Mashka"]),
        ],
        "note": "Location-history timeline export from a witness's old phone, annotated line by line by a caseworker; place names public, invented site names unmarked, surname Han beside the word 'hand', a Russian diminutive nickname for a co-worker, given name 'Kwang' alone, a taxi driver's first name, an annotated screenshot file name.",
        "text": """TIMELINE EXPORT ({{u:Google Maps}}, semantic locations) - device of {{r:Han Kwang-jin}}, exported 12 Jan 2024 with his consent
Annotations by {{p:R. Castellanos}} (caseworker) in [brackets], from a call with {{r:Kwang-jin}} on 15 Jan 2024.

2019-06-14  06:58-07:40  Dormitory "Block B", Mytishchi-2 site, {{u:Mytishchi}}, {{u:Moscow Oblast}}
            [he shared room 4 with {{r:Ma Chol-ho}} ("{{r:Mashka}}" to the Russian crane drivers) and {{p:Kye Song-il}}]
2019-06-14  07:40-19:55  Construction site "Olimp Residence, korpus 3"
            [12 hours; {{r:Sin Tae-ho}} kept the brigade until 20:00 because of the slab pour]
2019-06-14  20:10-20:35  {{u:Pyaterochka}} supermarket, {{u:Novomytishchinsky Prospekt}}
            [bought cigarettes for {{r:Tae-ho}}; says it was the only shop they were allowed to enter]
2019-06-15  10:02-10:50  Clinic, {{u:Mytishchi City Hospital}}
            [{{r:Chol-ho}} crushed his left hand on the rebar bender on the 14th; {{r:Kwang}} took him because {{r:Sin}} said "a hand is not a head"]
2019-06-15  11:05-11:30  Driving (taxi), 9.2 km
            [taxi driver {{p:Rustam}} paid by {{r:Kwang-jin}} from his own money; {{r:Mashka}} had no cash]
2019-06-22  13:00-13:45  {{u:Red Square}}, {{u:Moscow}}
            [ONLY day off that month. Group photo with {{p:Kye}}, {{p:Ri Hyok}}, {{r:Chol-ho}} with his arm in plaster. Screenshot saved as timeline_{{r:han}}_0622.png]
2019-06-22  14:10-14:40  Walking, {{u:Alexander Garden}}
            [{{r:Sin Tae-ho}} walked behind them the whole way]
2019-07-03  00:40-05:10  Unknown location ({{u:Yaroslavl}} direction)
            [? {{r:Kwang-jin}} does not remember. Possibly the night they moved {{p:Pak Jong-nam}} (the one who "went home sick") to another site. Asked him to think about it.]
2019-07-03  09:30-18:00  Construction site "Olimp Residence, korpus 3"
2019-08-30  21:15-23:50  {{u:Sheremetyevo International Airport}}, Terminal F
            [{{r:Chol-ho}} sent home; {{r:Kwang}} and {{r:Tae-ho}} took him to check-in. Flight to {{u:Vladivostok}} and onward. Last time he saw {{r:Ma}}.]

[Caseworker note: the export confirms the site and the hospital visit. It does not show any location for {{r:Sin}} himself, only for {{r:Kwang-jin}}'s phone. The screenshot file name contains his surname; please rename before the file goes to {{p:Alejandro}}.]
""",
    },
    {
        "id": "h74-en-08",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Choe Yong-ae", "최영애", "witness", ["Yong-ae", "Choi Young-ae"]),
            ("Choe Hak-chol", "최학철", "relative", ["Hak-chol"]),
            ("Ryu Pyong-gil", "류병길", "witness", ["Pyong-gil", "Yoo Byung-gil"]),
        ],
        "note": "UK NGO's data-erasure request log under the UK GDPR; requesters and data subjects, North/South spellings of one person, a brother and sister sharing a surname, staff initials in an 'actioned by' column, a requester's e-mail local part, 'Yoo' as a spelling of Ryu, the ICO as public body; CRLF.",
        "text": """ERASURE REQUESTS LOG (Article 17 {{u:UK GDPR}}) - 2023/24
Controller: {{u:London}} office. Maintained by: {{p:Priya Natarajan}} (Data Protection Lead)

Ref     | Received   | Requester                      | Data subject(s)                           | Decision          | Actioned by
ER-041  | 03/04/2023 | {{r:Choi Young-ae}} (e-mail)        | herself; brother {{r:Choe Hak-chol}}              | partly granted    | {{p:PN}} / {{p:GH}}
ER-043  | 02/06/2023 | {{r:Ryu Pyong-gil}} (via solicitor)  | himself                                   | refused (legal claim) | {{p:PN}} / {{p:Kevin O.}}
ER-044  | 14/09/2023 | {{p:Ahn Sung-min}}                     | his late father {{p:Ahn Dok-su}}                 | n/a (deceased)    | {{p:GH}}
ER-045  | 08/01/2024 | {{r:yongae.choi88}}@gmail.com            | herself (repeat of ER-041)                 | granted           | {{p:PN}}

Notes on ER-041
Ms {{r:Choe}} (she writes her name {{r:Choi Young-ae}}; our testimony database has her as {{r:Choe Yong-ae}}) asked us to delete "everything about me and {{r:Hak-chol}}". We erased her contact details, the intake form and the two audio files. We kept the anonymised testimony (T-118) because it is already in the 2022 report and cannot be recalled. Her brother {{r:Hak-chol}} is still in the {{u:DPRK}} and has not made a request himself; we removed his name from the transcript anyway on her request, replacing it with [BROTHER]. {{p:Gareth}} ({{p:GH}}) checked the backups.
In January {{r:Yong-ae}} wrote again from a new address. {{p:Priya}} called her; she had forgotten the first request. No further action, confirmed by letter.

Notes on ER-043
Mr {{r:Ryu}} (on his ARC he is "{{r:YOO BYUNG GIL}}") asked through Ms {{p:Kaur}} of Riverside Law solicitors for erasure of his testimony. We hold it because it supports his pending claim against the shipping company and he asked us in 2021 to keep it for that claim. Refused under Art. 17(3)(e); he was told he can complain to the {{u:Information Commissioner's Office}}. {{p:Kevin O'Driscoll}} (trustee) agreed. {{r:Pyong-gil}} phoned {{p:Priya}} afterwards and said he understood; "Yoo is just how the {{u:Seoul}} office wrote it".

Notes on ER-044
Mr {{p:Ahn}}'s father worked in {{u:Kuwait}} in the 1990s; the data subject has died, so the {{u:UK GDPR}} does not apply. We offered to remove the father's name from the public archive as a courtesy; {{p:Sung-min}} accepted. Done by {{p:GH}} 20/09/2023.
""",
    },
    {
        "id": "h74-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Chol-ung", "김철웅", "witness", ["Chol-ung"]),
            ("Jon Song-ho", "전성호", "supervisor", ["Song-ho"]),
            ("Paek Yong-il", "백영일", "coworker", ["Yong-il"]),
        ],
        "note": "Insurer's loss adjuster's recorded statement, fall from scaffolding at a shipyard in Gdynia; speaker labels in capitals, interpreter and adjuster named, Polish foreman with case endings, surname Jon beside 'Jon' as a Polish driver's first name, later speaker turns marked '(interpreted)', PZU and the labour inspectorate public.",
        "text": """RECORDED STATEMENT - transcript
Claim no.: PL/EL/2020/11873 (employer's liability)     Insurer: {{u:PZU}}
Statement of: {{r:KIM CHOL UNG}}, through an interpreter
Taken by: {{p:Marek Zieliński}}, loss adjuster     Interpreter (Korean-Polish-English): {{p:Yoo-jin Bak}}
Place/date: {{u:Gdynia}}, hostel "Pod Żurawiem", room 12, 16 January 2020, 15:05-15:52
Also present: {{p:Tomasz Wrona}} (representative of the employing subcontractor)

{{p:ZIELIŃSKI}}: For the recording, please state your name.
{{r:KIM}}: {{r:Kim Chol-ung}}.
{{p:ZIELIŃSKI}}: And you were employed by?
{{r:KIM}} (via {{p:BAK}}): He says he does not know the Polish company name. He was sent by a company in {{u:Pyongyang}} and his brigadier was Mr {{r:Jon}}, {{r:Jon Song-ho}}.
{{p:ZIELIŃSKI}}: Mr {{p:Wrona}}, for the record?
{{p:WRONA}}: Our company employs the brigade through an agency. Mr {{r:Jon}} is the brigade leader. I have his documents, not Mr {{r:Kim}}'s. The documents are at the office.
{{p:ZIELIŃSKI}}: Mr {{r:Kim}}, tell me what happened on 9 January.
{{r:KIM}} (via {{p:BAK}}): It was around 11 in the morning on block 7 of the hull. He was on the third level of the scaffold with {{r:Paek Yong-il}}. One board was missing. {{r:Yong-il}} told the brigadier twice in the morning. {{r:Jon}} said there was no time, work first.
{{p:ZIELIŃSKI}}: Did anyone from the shipyard see the missing board?
{{r:KIM}} (interpreted): The Polish foreman, Mr {{p:Krzysztof}}, the one they call "{{p:Krzysiek}}". He says {{p:Krzyśkowi}} was told. Sorry - that is the Polish form, the interpreter's own mistake - he says they told {{p:Krzysiek}}.
{{p:WRONA}}: I object. Pan {{p:Krzysztof Lis}} is not our employee.
{{p:ZIELIŃSKI}}: Noted. Continue.
{{r:KIM}} (interpreted): He stepped on the gap and fell about four metres onto the deck. {{r:Paek}} shouted. The driver, {{p:Jon}} - a Polish man also called {{p:Jon}}, from the crane - came down. The driver called an ambulance but the brigadier {{r:Song-ho}} cancelled it and took him in the van.
{{p:ZIELIŃSKI}}: Cancelled?
{{r:KIM}} (interpreted): He says {{r:Jon}} took the phone from {{p:Jon}}'s hand. He went to the hospital in {{u:Gdańsk}} in the evening, not in the morning. Wrist and two ribs.
{{p:ZIELIŃSKI}}: Mr {{p:Wrona}}, do you know anything about a cancelled ambulance?
{{p:WRONA}}: No.
{{p:ZIELIŃSKI}}: Mr {{r:Kim}}, who has your passport at the moment?
{{r:KIM}} (interpreted): Mr {{r:Jon}}. All passports are with {{r:Jon}} brigadier.
{{p:ZIELIŃSKI}}: Thank you. Anything else?
{{r:KIM}} (interpreted): He asks that {{r:Yong-il}} also be allowed to give a statement; he saw everything. And he asks not to be sent home before the hand is healed.
{{p:ZIELIŃSKI}}: That is not something the insurer decides. End of statement, 15:52.

Adjuster's note: witness {{r:Paek}} not available - according to {{p:Wrona}} "on another site". Follow up with the {{u:Państwowa Inspekcja Pracy}} in {{u:Gdańsk}}. {{p:M.Z.}}
""",
    },
    {
        "id": "h74-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Tong-hyok", "리동혁", "witness", ["Tong-hyok", "LEE DONG HYUK"]),
            ("Ju Kwang-ho", "주광호", "supervisor", ["Kwang-ho"]),
        ],
        "note": "Harbour launch-boat passenger log at Singapore anchorage, pasted from a coxswain's tablet; crew passengers by passport name, surname-only and given-name entries, a seafarers' centre worker, a launch coxswain's initials, surname Ju beside 'JU' in a ship's name, a name the passenger typed in fullwidth letters, MPA and Marina South Pier public.",
        "text": """LAUNCH SERVICE PASSENGER LOG - MV SEA HORSE 7
Operator: ({{u:Singapore}}) Harbour Launch Services - {{u:Marina South Pier}}
Coxswain: {{p:Ahmad Faizal}}   Deckhand: {{p:R. Kumar}}
Date: 27 April 2019

Trip | Out  | Vessel (anchorage)          | Passengers                                  | In   | Remarks
01   | 0710 | HONG JU 8 (AEW)             | 2: agent {{p:Tan Wei Ming}}, surveyor {{p:D. Lim}}   | 0805 | -
02   | 0830 | PEARL OCEAN (AEW)            | 1: crew {{r:LEE DONG HYUK}}                     | 0915 | shore leave, 6 h
03   | 0930 | PEARL OCEAN (AEW)            | 1: crew {{r:ＪＵ ＫＷＡＮＧ ＨＯ}} (typed by pax) | 1010 | "to bring back {{r:Lee}}"
05   | 1315 | PEARL OCEAN (AEW)            | 0 (returning: {{r:Ju}} only)                   | 1400 | pax {{r:Lee}} did not return to pier
06   | 1530 | PEARL OCEAN (AEW)            | 2: {{r:Ju}} + "{{r:Dong-hyuk}}"                    | 1620 | see note
07   | 1650 | HONG JU 8 (AEW)              | 1: {{p:Tan}}                                  | 1730 | -

Note trip 06 (typed by {{p:A.F.}} at 1700 for the operations office):
At 1505 crew {{r:Ju}} came to the pier counter with a man from the seafarers' centre, Mr {{p:Benjamin Koh}}. {{r:Ju}} said the other crew "{{r:Dong-hyuk}}" was lost in the city and he found him. The second crew ({{r:Ri}}, writes his name {{r:리동혁}} on our form) looked afraid and asked Mr {{p:Koh}} in English "please help, no ship". Mr {{p:Koh}} asked {{r:Ju Kwang-ho}} to wait. {{r:Ju}} refused and held {{r:Tong-hyok}}'s arm. Both boarded trip 06. Mr {{p:Koh}} took a photo of the form and said he would call the {{u:Maritime and Port Authority of Singapore}}. I informed my supervisor Mr {{p:Lim}} by phone.
At PEARL OCEAN the master (Capt. {{p:Zhou}}) came down to the ladder and said "thank you, no problem".

Supervisor's remark ({{p:Lim Boon Huat}}): Operator's duty is transport only. Form copy kept. If {{u:MPA}} or police ask, give them trip 02-06 and {{p:Faizal}}'s note. Do not give the copy to the seafarers' centre without {{u:MPA}} approval.
""",
    },
    {
        "id": "h74-en-11",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Chang Myong-jin", "장명진", "witness", ["Myong-jin", "MJ"]),
            ("Ko Un-byol", "고은별", "relative", ["Un-byol", "Star"]),
        ],
        "note": "Night-shelter bed-night register, Kingston upon Thames, with key-worker comments; a resettled former logging worker by initials 'MJ' and given name, a daughter by the English meaning of her name 'Star' beside the word star, surname Ko, other residents and volunteers by first names, the Royal Borough and Refugee Council public; CRLF.",
        "text": """WINTER NIGHT SHELTER - BED-NIGHT REGISTER (week 3)
Venue rota: Mon-Tue church hall, Wed-Sun community centre. Referral partners: {{u:Royal Borough of Kingston upon Thames}} outreach, {{u:Refugee Council}}.

Bed | Guest                    | Mon | Tue | Wed | Thu | Fri | Sat | Sun | Key worker
1   | {{p:Darren W.}}                | Y   | Y   | Y   | N   | Y   | Y   | Y   | {{p:Hannah}}
2   | {{r:Myong-jin C.}} ("{{r:MJ}}")      | Y   | Y   | Y   | Y   | Y   | Y   | Y   | {{p:Joon}}
5   | Mrs {{p:Ko}} - NO, see notes     | -   | -   | -   | -   | -   | -   | -   | -
6   | {{p:Tomasz}}                   | Y   | Y   | Y   | Y   | Y   | Y   | Y   | {{p:Colin}}

Key-worker comments
Mon ({{p:Joon}}): {{r:MJ}} arrived 20:40, quiet. Full name on the referral is {{r:Chang Myong-jin}}, North Korean, settled in {{u:Korea}} 2016, came to the {{u:UK}} in 2019. Worked in a logging camp in {{u:Tynda}} before he escaped - told me when we were washing up. He wants us to call him {{r:MJ}}, not {{r:Myong-jin}}.
Wed ({{p:Joon}}): {{r:MJ}} showed me a photo of his daughter {{r:Un-byol}} - he calls her "{{r:Star}}" because that is what {{r:은별}} means. She is in {{u:Seoul}} with her mother. He has not talked to {{r:Star}} for a year.
Thu ({{p:Hannah}}): Lady who says she is {{r:Un-byol}}'s aunt, "Mrs {{p:Ko}}", rang the centre and asked if Mr {{r:Chang}} sleeps here. Did NOT confirm. Bed 5 was reserved for her by mistake by {{p:Colin}} - she is not a guest. Cleared.
Fri ({{p:Colin}}): star of the week is {{p:Tomasz}}, who fixed the boiler. {{r:MJ}} helped him.
Sat ({{p:Joon}}): {{r:Myong-jin}} says the aunt is his ex-wife's sister, {{p:Ko Mi-suk}}, and he does not want her to know where he is. Flagged to Rev. {{p:Alison Drew}} (safeguarding lead). He asked us to write {{r:Ko Un-byol}} on his file as next of kin, not the aunt.
Sun ({{p:Hannah}}): {{r:Chang}} left at 07:30 for a job interview at a restaurant in {{u:New Malden}}. Good luck {{r:MJ}}!
""",
    },
    {
        "id": "h74-en-12",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kye Chang-sik", "계창식", "witness", ["Chang-sik", "Informant K"]),
            ("Ri Pok-hui", "리복희", "witness", ["Pok-hui"]),
            ("Angela Ruiz", "앤젤라 루이스", "other", ["Ruiz"]),
        ],
        "note": "Journal copy-editor's author-query list for an article on North Korean loggers; the author is registered, fictional cited authors are private, informants as pseudonyms that stand for people ('Informant K'), a name left unredacted in a quotation, surname Ri beside 'Ri' as the Korean unit of distance, an invented journal unmarked, real archives and places public.",
        "text": """AUTHOR QUERIES - MS JRS-2022-0417 "Timber for the state: North Korean loggers in the {{u:Russian Far East}}, 1995-2019"
Author: {{r:Angela Ruiz}}    Copy-editor: {{p:Lucy Fenwick}}    Production: {{p:Ravi Shah}}

AQ1 (p. 3, line 14): "{{p:Petrenko}} (2013) argues..." - {{p:Petrenko}} 2013 is not in the reference list. Please add or delete. [Reference list has {{p:Petrenkova}} 2013 - same author?]
AQ2 (p. 5): You give the camp as "near {{u:Tyrma}}, {{u:Khabarovsk Krai}}" here and "near {{u:Chegdomyn}}" on p. 9. Please confirm both are correct.
AQ3 (p. 6, quotation): The interview quotation reads: "Our leader {{p:Sim}} took everything, even the soap." Your note 12 says informant names are withheld. Should "{{p:Sim}}" be replaced with "[the brigade leader]"?
AQ4 (p. 7): "{{r:Informant K}}" and "{{r:Kye}}" appear in the same paragraph. Please check that these are the same person - if so, the real surname {{r:Kye}} should not be printed. (Author's covering letter calls him {{r:Kye Chang-sik}} - please confirm this name must not appear.)
AQ5 (p. 8): "They walked forty ri to the railhead" - please confirm "ri" (Korean unit) and add a gloss.
AQ6 (p. 8): The second informant is "{{r:Pok-hui}}" on p. 8 but "{{r:Ri Pok-hui}}" in table 2. Per journal policy please use the pseudonym only.
AQ7 (p. 10): "{{p:Kim}} and {{p:Choi}} (2017)" - reference gives {{p:Kim, S.}} and {{p:Choi, H.}} (2017). Fine, no action. [Do not confuse with {{u:Kim Jong Il}} on p. 2.]
AQ8 (p. 11): Please give the full name of the archive: "{{u:RGAE}}" = {{u:Russian State Archive of the Economy}}?
AQ9 (p. 12, acknowledgements): You thank "{{p:Tanya}}, {{p:Oleg}} and {{p:Misha}} in {{u:Khabarovsk}}, and Mr {{p:Pak}}". Journal style is full names or none. Please advise.
AQ10 (p. 14, figure 3 caption): "Photograph: {{r:K.C.S.}}, 2004" - initials of an informant? Please check against AQ4.

Author's replies ({{r:A.R.}}, 3 March 2023):
AQ1: {{p:Petrenko}} 2013 is correct; {{p:Petrenkova}} is a typo in the reference list.
AQ3: Yes, replace. {{p:Sim}} is a real person.
AQ4: Yes - same person. Please remove {{r:Kye}} on p. 7 and my covering letter's {{r:Chang-sik}} must never go to the typesetter.
AQ6: Please use "{{r:Pok-hui}}" nowhere; the pseudonym is "{{r:Informant R}}".
AQ9: Delete "Mr {{p:Pak}}". Keep the others as first names, they asked for that.
AQ10: Change to "Photograph: private collection".
""",
    },
    {
        "id": "h74-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yun Chol-nam", "윤철남", "witness", ["Chol-nam"]),
            ("Han Sol-mi", "한솔미", "witness", ["Sol-mi", "Solmi"]),
            ("Kang Pyong-ho", "강병호", "supervisor", ["Pyong-ho"]),
        ],
        "note": "Documentary errors-and-omissions clearance report with a timecoded list of names heard or seen on screen; contributors by given name, a name on a visible ID badge, a blurred face described by name, a character's name in a song lyric (not a person, unmarked), surname Han beside 'Han' as a river, Netflix and places public, the director and the lawyer private.",
        "text": """CLEARANCE REPORT (E&O) - "THE RED LEDGER" (working title), rough cut v7
Prepared for: the production company and its E&O insurer
Reviewer: {{p:Samantha Greaves}}, clearance counsel    Director: {{p:Idris Bello}}    Producer: {{p:Hyunwoo Park}}

Status key: C = cleared, R = release on file, X = must be changed, ? = query

TC          | Item                                                        | Status | Comment
01:02:14    | Interview, contributor "{{r:Chol-nam}}" (full name {{r:Yun Chol-nam}}) | R      | Release signed 04/05/23 in {{u:Seoul}}; name on screen as "{{r:Chol-nam}}" only.
01:04:50    | Archive still: brigade in front of dormitory, {{u:Kuwait City}}   | ?      | Source? Face of leader {{r:Kang Pyong-ho}} visible. Not a public figure. Blur or licence + legal opinion.
01:05:31    | {{r:Chol-nam}} says "{{r:Kang}} took our passports on day one"     | X      | Allegation against an identifiable private person. Either blur+bleep "{{r:Kang}}" or show our evidence file.
01:09:12    | ID badge on dormitory wall reads "{{p:KIM SONG HUI}}"              | X      | Private third party, no release. Blur.
01:12:40    | Contributor "{{r:Solmi}}" ({{r:Han Sol-mi}}), voice only            | R      | Voice altered. Her surname {{r:Han}} is said at 01:13:02 by the interviewer - bleep.
01:13:02    | Interviewer: "Ms {{r:Han}}, when did you..."                   | X      | See above.
01:15:55    | Shot of the {{u:Han River}} at night                          | C      | Public location.
01:18:20    | Song on radio: lyric "Ok-sun, my Ok-sun, wait for me"  | ?      | Music clearance separate. The name in the lyric is a song character, not a person - no E&O issue.
01:22:07    | {{r:Sol-mi}} reads a letter from "my friend {{p:Pae}}" in {{u:Dubai}} | X      | {{p:Pae}} is a real person still working there. Remove name.
01:30:44    | News clip: {{u:Kim Jong Un}} at a factory                       | C      | Public figure, news archive licence from {{u:KCNA}} via agency.
01:31:15    | {{r:Chol-nam}}: "our manager {{r:Pyong-ho}} said..."                   | X      | Same as 01:05:31.
01:36:02    | Lower third: "Dr {{p:Rachel Mun}}, researcher"                  | R      | Release on file.
01:40:11    | Phone screen: {{u:KakaoTalk}} chat list with "형 {{p:창수}}", "엄마"        | X      | Blur entire screen.

Summary
Three must-change items concern {{r:Kang Pyong-ho}}. {{p:Idris}} wants to keep {{r:Chol-nam}}'s line at 01:05:31 because it is "the heart of the film". My advice: keep it with the surname bleeped and the face at 01:04:50 blurred, or get a response from Mr {{r:Kang}} (right of reply). The distributor ({{u:Netflix}} has first look) will ask for this report.
{{p:S.G.}}
""",
    },
    {
        "id": "h74-en-14",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ryom Chol-gyu", "렴철규", "witness", ["Chol-gyu"]),
            ("Pang Il-nam", "방일남", "supervisor", ["Il-nam"]),
            ("Son Ha-yong", "손하영", "coworker", ["Ha-yong"]),
        ],
        "note": "Manning agent's crew nomination sheet for Chinese-flagged tuna longliners with a forwarding e-mail; passport names split into surname and given-name columns, surnames Son and Pang beside 'son' and 'bang', a father and son sharing a surname, a recruiter's WeChat ID with trailing letters and digits outside, previous vessels invented, ports public.",
        "text": """-------- Forwarded message --------
From: {{p:Zhao Lin}} <crewing@ocean-harvest-mgmt.example>
To: Captain {{p:Peng}}
Subject: crew nomination FV FU YUAN 606 / 607 - {{u:DPRK}} crew via {{u:Dalian}} office

Captain {{p:Peng}}, as discussed. The Korean leader will join at {{u:Busan}}? No - at {{u:Kaohsiung}}, together with the others. Please confirm bunks. {{p:Zhao}}

CREW NOMINATION SHEET
Principal: (name withheld)     Manning agent: {{u:Dalian}} branch     Contact: Mr {{p:Qiao}} ({{u:WeChat}}: {{p:qiao}}_dl1979)

No | Surname | Given name | Rank      | DOB        | Prev. vessel        | Sea time | Remarks
1  | {{r:PANG}}    | {{r:IL NAM}}     | Bosun/ldr | 12/02/1976 | FU YUAN 588         | 9 yrs    | leader, speaks Chinese
2  | {{r:RYOM}}    | {{r:CHOL GYU}}   | AB        | 03/11/1989 | FU YUAN 588         | 4 yrs    | -
3  | {{r:SON}}     | {{r:HA YONG}}    | AB        | 22/07/1991 | new                 | 0        | "son of {{p:SON KYONG SU}} (ex-crew)"
4  | {{p:KIM}}     | {{p:KWANG MIN}}  | OS        | 17/09/1994 | new                 | 0        | -
5  | {{p:RYU}}     | {{p:SONG CHAN}}  | OS        | 01/01/1995 | new                 | 0        | -
6  | {{p:HO}}      | {{p:IL}}         | Cook      | 30/05/1980 | LU QING YUAN 11     | 6 yrs    | -

Remarks by agent:
- {{r:Pang}} is the man you had on 588. Reliable. All wages to be paid to him as before, per {{u:Dalian}} office. He keeps the passports.
- {{r:Ryom}} had a problem on 588 with the master (he refused to work after 18 hours). {{r:Pang}} says {{r:Chol-gyu}} is fine now.
- {{r:Son Ha-yong}}: his father {{p:Son}} worked on 588 until 2017 and died. {{r:Ha-yong}} took his place. Agent note: the son must not be told that the father's back pay is not settled.
- No bang for the buck with {{p:Ho Il}} - he cooks well but is old. Replace next trip.

[NGO intake note, 2021: received from {{r:Ryom Chol-gyu}}'s cousin, who found it on {{r:Chol-gyu}}'s old phone. {{r:Ha-yong}} and {{r:Il-nam}} identified by {{r:Ryom}} in the interview of 14 June 2021.]
""",
    },
    {
        "id": "h74-en-15",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Mun Kwang-song", "문광성", "witness", ["Kwang-song", "Moon"]),
            ("Pak Chol-su", "박철수", "coworker", ["Chol-su"]),
            ("Ri Jong-hun", "리정훈", "supervisor", ["Jong-hun"]),
        ],
        "note": "Second-hand phone shop's buy-back receipt book, Deira, Dubai, transcribed by a volunteer; sellers' names as written by the clerk (surname Moon for Mun), an ID column, a phone's contact name 'Moon' beside 'half moon' sticker, buyer's initials, clerk's comments; CRLF.",
        "text": """AL NOOR MOBILES - BUY BACK RECEIPTS (book 14, transcribed from photos)
Shop: {{u:Naif Road}}, {{u:Deira}}, {{u:Dubai}}    Clerk: {{p:Faisal}} / {{p:Arjun}}

Rcpt | Date     | Seller (as on ID)         | ID (EID / passport)     | Device            | Paid AED | Clerk
1401 | 02/06/18 | {{p:SAJID KHAN}}                | EID 784-1985-...        | smartphone (gold) | 350      | {{p:F}}
1402 | 02/06/18 | {{r:MOON KWANG SONG}}           | PP 836xxxxxx       | smartphone (blue) | 120      | {{p:A}}
1403 | 02/06/18 | {{p:KIM SONG IL}}               | PP 836xxxxxx       | smartphone (blue) | 110      | {{p:A}}
1404 | 02/06/18 | {{r:PAK CHOL SU}}               | PP 927xxxxxx       | smartphone        | 90       | {{p:A}}
1405 | 02/06/18 | {{r:RI JONG HUN}} (for 3 men)   | PP 745xxxxxx       | 3 x feature phone | 60       | {{p:A}}

Clerk's remarks (written on the back of 1402-1405 by {{p:Arjun}}):
1402: Man says he is going home to {{u:Korea}} after 3 years. Name on his phone lock screen is "{{r:Moon}}" with a half moon sticker. He asked me to delete all photos. I did in front of him. He was crying a little. Said "{{r:Kwang-song}}, my name, not {{r:Moon}}".
1403/1404: came with 1402. {{r:Chol-su}} (1404) asked in English if we buy SIM cards too. Told him no.
1405: The boss of them, {{r:Ri}}, brought 3 phones of other men ({{p:Jang}}, {{p:Kil}}, {{p:Sok}}?) without the owners. I said I need owners' ID. He showed his own passport only and said "I am the leader, {{r:Jong-hun}}". {{p:Faisal}} said OK. I did not like it.
Later same day {{r:Ri}} came back and took the 120 AED from {{r:Moon}} and the 90 from {{r:Pak}} in front of the shop. I saw it.

[Volunteer note ({{p:Leila H.}}): receipts 1402-1405 photographed 2019 by {{p:Arjun Menon}} and sent to us after he saw our post on the {{u:Human Rights Watch}} report. {{r:Mun Kwang-song}} confirmed in 2023 that 1402 is his sale; he is in {{u:Incheon}} now.]
""",
    },
    {
        "id": "h74-en-16",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("So Jong-min", "소정민", "witness", ["Jong-min", "SO JONG MIN"]),
            ("Ri Chang-ho", "리창호", "supervisor", ["Chang-ho"]),
            ("Jang Ae-ran", "장애란", "relative", ["Ae-ran"]),
        ],
        "note": "Employment-tribunal hearing-bundle index with tab numbers and page ranges; claimant with surname So (sentence-initial 'So' elsewhere), respondent's witnesses, documents described by author and recipient, a wife's letter, solicitor's initials, the tribunal and a real company public, an invented staffing company unmarked.",
        "text": """IN THE {{u:EMPLOYMENT TRIBUNALS}} ({{u:London South}})
Case No: 2304417/2022
BETWEEN: Mr {{r:J. M. So}} (Claimant) and Harbour Fresh Staffing Ltd (First Respondent), {{u:Sainsbury's Supermarkets Ltd}} (Second Respondent)

AGREED HEARING BUNDLE - INDEX (prepared by {{p:D. K. Walsh}} for the First Respondent's solicitors)

Tab | Document                                                                 | Pages
A   PLEADINGS
1   ET1 claim form - {{r:Jong-min So}}                                             | 1-18
2   ET3 response - First Respondent                                          | 19-34
3   ET3 response - Second Respondent                                         | 35-41
4   Case management order, EJ {{p:Harrington}}, 12/01/2023                         | 42-47
B   CONTRACTUAL DOCUMENTS
5   Contract of employment, claimant, signed "{{r:SO JONG MIN}}"                | 48-61
6   "Accommodation agreement" (Korean), signed by claimant and {{r:Ri Chang-ho}}  | 62-64
7   Translation of Tab 6 by {{p:Soo-ah Kwon}}                                        | 65-68
C   CORRESPONDENCE
8   Text messages {{r:Ri Chang-ho}} / claimant, Aug-Nov 2021                       | 69-102
9   E-mail {{p:Greg Atherton}} (site manager) to Mr {{r:Ri}}, 03/11/2021                  | 103
10  Letter from claimant's wife, {{r:Jang Ae-ran}}, to the tribunal                 | 104-105
11  E-mail {{r:Ae-ran}} to {{u:Citizens Advice}} adviser ({{p:Mo}}), 22/02/2022           | 106
D   PAY RECORDS
12  Payslips, claimant, weeks 1-38                                             | 107-144
13  Deductions schedule, "rent, transport, {{r:Ri}} fee"                           | 145
E   WITNESS STATEMENTS
14  Claimant, {{r:Jong-min So}}                                                    | 146-170
15  {{r:Jang Ae-ran}}                                                                | 171-176
16  {{p:Greg Atherton}}                                                              | 177-184
17  {{r:Ri Chang-ho}} (interpreter: Mrs {{p:H. Yoon}})                                | 185-199
18  {{p:Mohammed Farouk}}, former co-worker                                        | 200-203

Note from claimant's representative ({{p:Ellen Fisher}}, {{u:Free Representation Unit}}):
So far the respondent has refused to include the {{u:WhatsApp}} voice notes in which Mr {{r:Ri}} tells {{r:Jong-min}} that his "debt to the company in {{u:Pyongyang}}" will be reported to {{r:Ae-ran}}'s family. We will apply at the start of the hearing. Mr {{r:So}} also asks that Tab 10 be read in private; his wife's surname {{r:Jang}} appears in it, and her parents live in {{u:Sinuiju}}.
""",
    },
    {
        "id": "h74-en-17",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Chon Hye-gyong", "전혜경", "witness", ["Hye-gyong", "Hyegyong"]),
            ("Kim Ok-nam", "김옥남", "supervisor", ["Ok-nam"]),
            ("Daniel Cho", "대니얼 조", "other", ["Daniel"]),
        ],
        "note": "US immigration lawyer's client-portal message thread (asylum case) with system lines; client's given name written solid, hyphenated and with a zero-width space pasted inside, restaurant manager as 'Madam Kim' (title outside), paralegal and attorney private, USCIS, ICE and places public, emoji, 'So' and 'Do' as ordinary words at sentence starts.",
        "text": """CaseConnect portal - Matter: A-2023-0519 (Asylum, I-589)
Client: {{r:Chon Hye-gyong}}    Attorney: {{r:Daniel Cho}}    Paralegal: {{p:Maria Gonzales}}

[2023-08-02 09:14] {{p:Maria Gonzales}}: Hi {{r:Hye\u200bgyong}}, welcome to the portal 👋 Please upload your passport, the restaurant photos and anything with your manager's name on it.
[2023-08-02 21:40] {{r:Hye-gyong}}: Thank you. I upload photo. Manager is {{r:Kim Ok-nam}}. We call her Madam {{r:Kim}} or {{r:옥남}} 동지. She keep our passport in {{u:Vientiane}}.
[2023-08-03 08:55] SYSTEM: Document uploaded: IMG_2231.jpg (uploaded by {{r:chon.hyegyong}})
[2023-08-03 09:10] {{p:Maria Gonzales}}: Got it! Is the woman in the red jacket Madam {{r:Kim}}? And who is the man next to her?
[2023-08-03 22:02] {{r:Hye-gyong}}: Red is Madam {{r:Kim}}. Man is {{p:Ri Song-jin}}, security from embassy. He come every Monday. The girl behind is {{p:Sun-hwa}}, she is my friend, still in {{u:Laos}} 😢
[2023-08-04 10:31] {{r:Daniel Cho}}: Ms {{r:Chon}}, this is very helpful. Do not worry about your English. So that we can prepare the declaration, I need to know when Ms {{r:Kim}} took your passport and whether {{p:Ri}} ever threatened you.
[2023-08-04 23:15] {{r:Hyegyong}}: First day in {{u:Vientiane}} 2017. {{p:Ri}} said if I run my mother go to prison. My mother name {{p:Chon Sun-im}}. Please not write her name. 🙏
[2023-08-05 09:00] {{r:Daniel}}: Understood - her name will not go in anything we file with {{u:USCIS}}. We will refer to her as "the applicant's mother".
[2023-08-05 09:02] SYSTEM: Task created: "Declaration draft - {{r:Chon}}" assigned to {{p:mgonzales}}
[2023-08-07 16:48] {{p:Maria Gonzales}}: {{r:Hye-gyong}}, {{r:Daniel}} asks: did you ever meet {{r:Ok-nam}}'s husband? You mentioned "Mr {{p:Pyon}}" on the phone.
[2023-08-07 22:30] {{r:Hye-gyong}}: Yes {{p:Pyon Chol}}, he is in {{u:Pyongyang}}, trade company. He come 2 times. Madam {{r:Kim}} afraid of him too.
[2023-08-10 11:05] {{r:Daniel Cho}}: Thank you. Next step: interview at the {{u:New York Asylum Office}} is not scheduled yet. If anyone from {{u:ICE}} contacts you, call me first. - {{r:DC}}
""",
    },
    {
        "id": "h74-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Chol-man", "김철만", "witness", ["철만", "곰"]),
            ("Ri Yong-sik", "리용식", "coworker", ["용식", "이용식"]),
            ("So Hak-chol", "소학철", "coworker", ["학철"]),
        ],
        "note": "Settlers' jokgu tournament bracket posted in a community hall, transcribed with the organiser's notes; teams named after captains (김철만팀), nickname 곰 beside the word 곰탕, surname 소 beside 소고기, 리/이 spellings of one man, given names with 이 and vocative 아, honorifics 형님 and 씨 outside, a partly masked referee's name (정○○, surname labelled).",
        "text": """제3회 고향친목회 족구대회 대진표 (2023. 10. 9. 한글날, ○○구민운동장)
주최: 고향친목회 / 후원: {{u:남북하나재단}}
심판: {{p:정}}○○ (구청 족구협회), 기록: {{p:하은}} 씨

■ 조 편성
A조: {{r:김철만}}팀 / {{p:박영호}}팀 / {{p:한성일}}팀
B조: {{r:리용식}}팀 / {{p:최광수}}팀 / 여성팀(주장 {{p:문순애}})

■ 팀 명단
{{r:김철만}}팀(일명 "{{r:곰}}팀"): {{r:김철만}}(주장), {{r:소학철}}, {{p:강명수}}, {{p:허일남}}
{{p:박영호}}팀: {{p:박영호}}(주장), {{p:박영철}}(동생), {{p:주성국}}, {{p:윤태혁}}
{{p:한성일}}팀: {{p:한성일}}(주장), {{p:조경호}}, {{p:차민혁}}, {{p:김}}(○○)
{{r:리용식}}팀: {{r:이용식}}(주장, 명찰에는 "{{r:리용식}}"), {{p:최영진}}, {{p:방철}}, {{p:오광}}

■ 1라운드 결과
A1 {{r:김철만}}팀 2 : 1 {{p:박영호}}팀 - {{r:학철}}이 서브 에이스 5개
A2 {{p:한성일}}팀 0 : 2 {{r:김철만}}팀 - {{r:곰}} 형님 무릎 부상, {{p:허일남}} 교체
B1 {{r:리용식}}팀 2 : 0 여성팀 - 여성팀 "다음엔 안 봐준다"
B2 {{p:최광수}}팀 1 : 2 {{r:리용식}}팀

■ 결승: {{r:김철만}}팀 vs {{r:리용식}}팀 (15:30)
결과: {{r:리용식}}팀 우승 🏆 (2:1). MVP {{r:용식}}이.

■ 기록 메모 ({{p:하은}})
- {{r:철만}} 형님이 "{{u:로씨야}} 벌목장에서도 족구는 내가 제일이었다"고 하심. {{u:하바롭스크}} 시절 같이 있던 {{r:용식}}이랑 {{r:학철}}이도 맞다고 함 😂
- {{r:소학철}} 씨 상품(소고기 세트)은 본인이 곰탕 끓여 먹겠다고 {{r:곰}} 형님께 양보.
- 시상은 {{p:한}} 회장님. 뒷풀이 곰탕집 예약은 {{p:성일}} 씨.
- 다음 대회 때는 {{p:방철}}이 주장 하겠다고 함. {{r:철만}}아, 무릎 조심!
""",
    },
    {
        "id": "h74-ko-02",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Choe Un-sil", "최은실", "witness", ["은실"]),
            ("Jo Tae-song", "조태성", "relative", ["태성"]),
        ],
        "note": "Park-golf club scorecard sheet for a settlers' outing, typed from paper cards; scores per hole in a table, players by full name and surname + 씨, a husband and wife, 조 beside 조 (group) and 홀, surname 도 beside the particle 도, a zero-width space inside one name, fullwidth digits; CRLF.",
        "text": """한마음 파크골프 동호회 10월 정기라운딩 스코어
장소: {{u:인천}} {{u:서구}} ○○파크골프장 A·B코스 / 2023.10.21(토)
총무: {{p:배선희}} (010-****-2231)

1조 (08:30 출발)
이름        | A1 A2 A3 A4 A5 A6 A7 A8 A9 | 합계
{{r:최은실}}      |  3  4  3  3  5  4  3  3  4 |  32
{{r:조태성}}      |  4  4  4  3  4  5  3  4  4 |  35
{{p:도금순}}      |  3  3  4  4  4  4  4  3  3 |  32
{{p:문\u200b영길}}      |  5  4  4  4  5  5  4  4  5 |  40

2조 (08:45 출발)
{{p:리성옥}}      |  4  3  3  4  4  4  3  3  4 |  32
{{p:함경숙}}      |  4  4  4  4  4  4  4  4  4 |  36
{{p:윤창길}}      |  3  3  3  3  4  3  3  3  3 |  28  ← 홀인원 A6!
{{p:도}} 씨 (새 회원, 이름 미기재) |  5  5  5  5  5  5  5  5  5 |  45

시상
1위 {{p:윤창길}} ２８타 / 2위 {{r:최은실}}·{{p:도금순}} 동타(３２) - 연장에서 {{r:은실}} 씨 승
니어핀 {{p:리성옥}} / 장타상 {{r:태성}} 씨

총무 메모
- {{r:최은실}}·{{r:조태성}} 부부는 다음 달부터 토요일 근무라 일요일 조로 옮김.
- {{r:은실}} 언니가 {{u:쿠웨이트}} 건설장 얘기를 하다가 울어서 점심 때 분위기가 좀… {{r:조태성}} 씨가 "그 얘기는 이제 그만하자"고 함. 언니가 {{u:쿠웨이트}}에서 3년 있었다는 건 처음 알았음.
- {{p:도금순}} 씨도 다음 달 회비 냄. {{p:도}} 씨(새 회원)는 {{p:금순}} 씨 동생이라고 함. 성함 다음에 꼭 받기.
- 홀인원 턱은 {{p:윤창길}} 회장님이 다음 모임에 내시기로 ⛳
""",
    },
    {
        "id": "h74-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Pak Kyong-ae", "박경애", "witness", ["경애", "마리아"]),
            ("Pak Song-chol", "박성철", "relative", ["성철", "요셉"]),
            ("Kang Chol-jun", "강철준", "coworker", ["철준"]),
        ],
        "note": "Parish Mass-intention book (미사 지향 접수 대장) at a Catholic church, transcribed; baptismal names as names of the fictional persons, 고(故) and 영세명 in brackets, Myeongdong Cathedral public, requesters by name + 자매/형제 (titles outside), a deceased brother who died in Russia, a Hanja name.",
        "text": """미사 지향 접수 대장 (2023년 11월 위령성월)
본당: ○○성당 사무실 / 접수: {{p:유스티나}} 자매({{p:정미경}})

번호 | 접수일 | 신청인 | 지향 | 미사일 | 예물
1101 | 11/1 | {{r:박경애}} {{r:마리아}} | 고 {{r:박성철}} {{r:요셉}} (동생) 영혼의 안식을 위하여 | 11/2 10:00 | ○
1102 | 11/1 | {{p:김영숙}} {{p:안나}} | 고 {{p:김만복}} {{p:바오로}} (부) | 11/2 10:00 | ○
1103 | 11/2 | {{p:이철호}} {{p:베드로}} | 가정의 평화 | 11/5 11:00 | ○
1104 | 11/3 | {{r:경애}} {{r:마리아}} 자매 | 고 {{r:강철준}} (영세 안 받음, 동생 친구) | 11/9 07:00 | ○
1105 | 11/3 | 익명 | 북녘 동포들을 위하여 | 11/12 11:00 | ○
1106 | 11/4 | {{p:최순자}} {{p:데레사}} | 고 {{p:최}} 씨 집안 조상들 | 11/12 11:00 | ○

사무실 메모 ({{p:유스티나}})
- 1101, 1104: {{r:마리아}} 자매님({{r:박경애}})이 직접 오심. 동생 {{r:성철}} {{r:요셉}} 씨는 원래 영세를 못 받았는데, 돌아가신 뒤 대세(代洗)로 {{r:요셉}} 이름을 받았다고 함. {{r:朴成哲}}로 적어 달라고 해서 한자도 병기함.
- 동생은 {{u:러시아}} {{u:아무르주}} 벌목장에서 일하다가 2019년 사고로 사망. 같은 작업반이던 {{r:강철준}} 씨도 같은 날 죽었다고 함. {{r:철준}} 씨는 세례를 안 받았지만 함께 기억해 달라고 하심. 신부님({{p:안드레아}} 신부님, {{p:권혁진}})께 여쭤보니 가능하다고 하심.
- {{r:경애}} 자매님이 {{u:명동대성당}} 위령미사에도 신청했다고 하심. 중복 아님.
- 1106 {{p:데레사}} 자매님 주소 변경 → 교적 담당 {{p:미카엘라}} 자매({{p:송은주}})에게 전달.
""",
    },
    {
        "id": "h74-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ryu Son-hui", "류선희", "witness", ["선희", "유선희"]),
            ("Kim Hyok", "김혁", "relative", ["혁"]),
        ],
        "note": "Community-centre culture-voucher (문화누리카드) issue and usage list with a welfare officer's notes; one-syllable given name 혁 with vocative 아 and with 이가, 류/유 spellings, a partly masked name (김○○) with only the visible surname labelled, the officer by surname + 주무관, real chains and agencies public.",
        "text": """2023년 문화누리카드 발급·이용 현황 (○○동 행정복지센터, 내부용)
담당: {{p:오}} 주무관 / 확인: {{p:염미정}} 팀장

연번 | 성명 | 구분 | 발급일 | 잔액(원) | 비고
1 | {{r:류선희}} | 북한이탈주민(기초) | 2.14 | 0 | {{u:CGV}} 영화, {{u:교보문고}} 도서
2 | {{r:김혁}} | 〃(차상위, 세대원) | 2.14 | 48,000 | 미사용 분 있음
3 | {{p:조정숙}} | 기초 | 2.20 | 11,000 | -
4 | {{p:하만석}} | 기초 | 3.02 | 110,000 | 본인 연락 안 됨
5 | {{p:김}}○○ | 차상위 | 3.02 | 0 | -
6 | {{p:남궁현아}} | 기초 | 3.15 | 2,500 | {{u:코레일}} 기차표

상담 메모
- 3/9 {{r:유선희}} 님(등본상 {{r:류선희}}) 방문. 아들 {{r:혁}}이 카드를 학교 친구가 가져갔다고 함. 분실 신고 후 재발급 처리. "{{r:혁}}아, 카드는 엄마가 가지고 있자" 하고 데려가심.
- 5/2 {{r:김혁}} 군(중3) 혼자 방문. 어머니 {{r:선희}} 님이 야간 근무 중이라고. 카드로 야구장 표를 살 수 있는지 문의 → 가능 안내.
- 7/11 {{r:선희}} 님 상담 중, 예전에 {{u:중국}} {{u:단둥}} 봉제공장에 파견됐던 얘기를 하심. 공장 관리원 {{p:김}} 동무가 월급을 다 가져갔다고. 복지 상담과는 무관하여 {{u:남북하나재단}} 콜센터 연계만 안내.
- 9/20 {{p:하만석}} 님 주소지 방문, 부재. 이웃 {{p:장}} 할머니 말로는 지방 공사장에 갔다고 함.
- 12/5 잔액 미사용 {{r:김혁}} 48,000원 → 연말까지 사용 독려 문자 발송({{p:오}}).
""",
    },
    {
        "id": "h74-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ra Kwang-hyok", "라광혁", "witness", ["광혁"]),
            ("Jin Sun-hwa", "진순화", "coworker", ["순화"]),
            ("Ju Yong-chol", "주용철", "other", ["용철", "쇠"]),
        ],
        "note": "Samulnori club practice attendance book with the leader's comments; instruments as columns, members with nicknames (쇠 for the kkwaenggwari player, a nickname that is also the instrument word), 진 beside 진도, 라 beside the syllable 라, 장구 (drum) vs surname 장, honorific 선생님 outside, the instructor private.",
        "text": """어울림 사물놀이 동아리 출석부 (2024년 상반기)
지도: {{p:배영자}} 선생님 / 반장: {{r:주용철}}

날짜 | 꽹과리 | 징 | 장구 | 북 | 비고
1/13 | {{r:주용철}} | {{p:장금옥}} | {{r:진순화}}, {{p:황미영}} | {{r:라광혁}} | 신년 첫 연습
2/10 | 결석 | {{p:장금옥}} | {{r:진순화}}, {{p:황미영}} | {{r:라광혁}} | 설 연휴. {{r:쇠}} 없이 연습
2/24 | {{r:쇠}}({{r:용철}}) | {{p:장금옥}} | {{r:순화}}, {{p:미영}} | {{r:광혁}}, {{p:성민}} | 진도 많이 나감
3/9 | {{r:주용철}} | - | {{r:진순화}} | {{r:라광혁}} | 징 {{p:장}} 씨 병원

반장 메모 ({{r:용철}})
- 꽹과리를 "쇠"라고도 해서 다들 나를 "{{r:쇠}}"라고 부름. 쇠 소리가 작다고 {{p:배}} 선생님께 또 혼남.
- {{r:라광혁}} 씨 북 실력이 늘었다. 라, 라, 라 하고 입으로 장단 세는 버릇은 고쳐야. {{r:광혁}} 씨는 {{u:쿠웨이트}} 현장에서 {{u:조선}} 사람들끼리 명절에 북 치던 게 생각난다고 함.
- {{r:순화}} 누님 장구는 우리 동아리 최고. {{r:진순화}} 누님이 진도 체크 담당. 누님도 예전에 {{u:중국}} 식당에서 공연하던 복무원이었다고 {{p:배영자}} 선생님께만 말했다 함 (비밀).
- 3월 공연: {{u:강서구}} 구민회관 무대. 징은 {{p:장금옥}} 씨 대신 {{p:오성민}}이가.
""",
    },
    {
        "id": "h74-ko-06",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yang Chol-su", "양철수", "witness", ["철수"]),
            ("Ko Myong-gil", "고명길", "supervisor", ["명길"]),
        ],
        "note": "Hand-car-wash job tickets pasted by the owner as a day list; customers by surname + 사장님/고객님, car plates, staff by given name, surname 고 beside 고객 and 고맙다, surname 양 beside 양 (quantity), a customer who is a private doctor, real car brands avoided; the witness is a settler who worked in a Kuwaiti camp.",
        "text": """손세차 작업지시서 (○○세차장, 2024.4.6 토)
작업자: {{r:철수}}({{r:양}}), {{p:민재}}, {{p:동현}} / 사장: {{r:고명길}}

No | 시간 | 차량번호 | 고객 | 작업 | 금액 | 담당
1 | 09:10 | 12가3456 | {{p:정}} 사장님 | 외부+실내 | 40,000 | {{r:철수}}
2 | 09:40 | 34나7890 | {{p:김영미}} 고객님 | 외부 | 25,000 | {{p:민재}}
3 | 10:20 | 56다1234 | {{p:한상우}} 원장님 | 외부+광택 | 90,000 | {{r:철수}}, {{p:동현}}
4 | 11:30 | 78라5678 | 단골({{p:고}} 사장) | 실내 | 20,000 | {{p:동현}}
5 | 13:00 | 90마9012 | {{p:박}}○○ | 외부 | 25,000 | {{r:양철수}}
6 | 14:15 | 11바3344 | {{p:서지훈}} 고객님 | 외부+실내 | 40,000 | {{p:민재}}
7 | 15:50 | 22사5566 | {{p:윤}} 과장님 (법인차) | 외부 | 25,000 | {{r:철수}}

사장 메모 ({{r:고명길}})
- 3번 {{p:한}} 원장님 차 광택 양이 적다고 클레임. 다음 주 무료 재작업. {{r:철수}}가 고생함.
- 4번 단골 {{p:고}} 사장은 우리 친척 아님 ㅋㅋ 같은 고씨일 뿐.
- {{r:양철수}}는 일 잘함. 쉬는 시간에 {{u:쿠웨이트}} 건설 현장 숙소 얘기를 했는데 여름에 50도에서 일했다고. 그때 반장이 "{{p:리}} 반장"이라는 사람이었고 여권을 다 걷어갔다고 함. 고맙다고 하길래 내가 뭘.
- {{p:민재}}는 군대 가기 전까지만 한다고. {{p:동현}}이는 5월부터 주말만.
- 일요일 {{r:철수}} 쉬는 날. {{r:명길}}(나) 혼자 오픈.
""",
    },
    {
        "id": "h74-ko-07",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Hong Sung-chol", "홍승철", "witness", ["승철"]),
            ("Chu Myong-ok", "추명옥", "relative", ["명옥"]),
            ("Pyon Kwang-il", "변광일", "supervisor", ["광일"]),
        ],
        "note": "Petrol-station credit book (외상 장부) from a rural station, with the night attendant's notes; customers by company and driver, surname + 소장/사장/기사님 (titles outside), 변 beside 변경, 홍 beside 홍수, a name corrected in the book, a given name in a phone contact, real oil company public, the witness worked at a Russian logging camp; CRLF.",
        "text": """○○주유소 외상장부 (2023년 12월)
주소: {{u:경기}} {{u:포천시}} ○○면 / 정유사: {{u:SK에너지}}
야간 근무: {{r:홍승철}}

일자 | 거래처 | 차량 | 운전자 | 유종·리터 | 금액 | 서명
12/1 | 대성건설 | 90버1234 | {{p:임}} 기사 | 경유 120 | 186,000 | {{p:임}}
12/2 | 개인 | 45가6789 | {{r:변광일}} | 경유 60 | 93,000 | {{r:변}}
12/4 | 대성건설 | 90버1234 | {{p:임동수}} | 경유 110 | 170,500 | {{p:임}}
12/7 | 개인 | 45가6789 | {{r:변}} 사장(대리 {{p:형석}}) | 경유 60 | 93,000 | {{p:형석}}
12/9 | {{u:농협}} 트럭 | 80사5511 | {{p:나}}○○ | 경유 80 | 124,000 | {{p:나}}
12/12 | 개인 | 45가6789 | {{r:변광일}} | 경유 70 | 108,500 | (서명 없음)
12/15 | 대성건설 | 90버5678 | ~~{{p:김성호}}~~ → {{p:김승호}} | 경유 100 | 155,000 | {{p:김}}

야간 메모 ({{r:승철}})
- {{r:변}} 사장 외상 합계 294,500원. 세 번째부터는 현금 달라고 했더니 화를 냄. "{{r:홍}} 소장 너 어디서 왔는지 다 안다" 라고. 사장님({{p:장영환}})께 보고함.
- 12/15 대성건설 기사 이름 잘못 적어서 고침({{p:김승호}}가 맞음).
- {{r:변광일}}은 예전에 탈북민들 데리고 건설 인력 사무소 하던 사람이라고 {{r:명옥}}(집사람)이 말함. {{r:추명옥}}도 그 사무소에서 일당 떼인 적 있음.
- 나는 {{u:로씨야}} {{u:아무르주}} 벌목장에서 4년 있었다. 거기서도 {{r:변}} 같은 사람들이 있었다. 홍수 나던 해 기름 떼어먹던 {{p:함}} 지도원 같은.
- 연락처: 휴대폰에 "{{r:광일}} 변경번호"로 저장돼 있는 게 {{r:변}} 사장 새 번호. 변경 전 번호는 삭제.
""",
    },
    {
        "id": "h74-ko-08",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Hyang-mi", "김향미", "witness", ["향미"]),
            ("Kim Ha-eun", "김하은", "relative", ["하은"]),
        ],
        "note": "Local children's centre snack-duty rota for parents, with the teacher's notes; parents identified as '<child> 엄마' (the child's name is a mention, 엄마 stays outside), one-syllable names 솔 and 별 beside the words 솔 and 별, a grandmother as 할머니, a registered mother known by her child's name, a Chinese-Korean father by 老 form, emoji.",
        "text": """○○지역아동센터 간식 당번표 (2024년 3월)
센터장: {{p:표정숙}} / 담당 교사: {{p:민지}} 쌤

주 | 월 | 화 | 수 | 목 | 금
1주 | {{r:하은}} 엄마 | {{p:도윤}} 아빠 | {{p:솔}} 할머니 | {{p:지호}} 엄마 | 센터
2주 | {{p:서준}} 엄마 | {{r:하은}} 엄마 | {{p:별}} 엄마 | {{p:도윤}} 아빠 | 센터
3주 | {{p:지호}} 엄마 | {{p:솔}} 할머니 | {{p:서준}} 엄마 | {{r:김향미}} 님 | 센터
4주 | {{p:별}} 엄마 | {{p:지호}} 엄마 | {{p:도윤}} 아빠 | {{r:하은}} 엄마 | 센터

간식 메뉴: 떡볶이(월), 과일(화), 빵·우유(수), 김밥(목), 센터 준비(금)

교사 메모 ({{p:민지}})
- 3주 목요일 {{r:하은}} 엄마({{r:김향미}} 어머님)가 야간 근무로 안 된다고 해서 {{p:별}}이네가 바꿔 주기로 함. {{p:별}} 엄마({{p:곽수진}}) 감사 🙏
- {{p:솔}}이 할머니는 떡볶이를 너무 맵게 하셔서 애들이 울었음 😂 솔잎 떡은 좋았음.
- {{r:향미}} 어머님이 상담 때 "{{u:중국}} 공장에 나갔을 때 {{r:하은}}이를 친정에 맡기고 갔다"고 말씀하심. {{r:하은}}이가 그때 세 살. 지금은 {{r:하은}}이 수학 잘함 👍
- {{p:도윤}} 아빠({{p:老金}}, 조선족 사장님)는 만두를 직접 빚어 오겠다고 함. 다들 기대 중.
- 별이 뜨는 밤 캠프(4/20)는 별도 공지.
- 간식비 영수증은 {{p:표}} 센터장님께 금요일까지.
""",
    },
    {
        "id": "h74-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Pong-nam", "리봉남", "witness", ["봉남", "이봉남"]),
            ("Sim Chang-bok", "심창복", "coworker", ["창복"]),
            ("An Ok-sun", "안옥순", "relative", ["옥순"]),
        ],
        "note": "Seniors' centre (경로당) lunch-duty rota and minutes written by the chairman; elderly settlers by surname + 영감/할매/회장 (titles outside), 안 beside the negative 안, 심 beside 심심하다, 리/이 spellings, a husband and wife, a 1990s logging-camp memory with Tynda and Khabarovsk, numbered list.",
        "text": """○○아파트 경로당 점심 당번 및 월례회의 (2024년 2월)
회장: {{p:남궁석}} / 총무: {{p:표}} 할매

■ 점심 당번
월: {{p:최}} 할매, {{r:안옥순}}
화: {{p:공}} 영감, {{p:맹순례}}
수: {{r:리봉남}}, {{p:우}} 할매
목: {{r:심창복}}, {{p:하}} 영감
금: 외식(회비)

■ 월례회의 (2/5)
1. 회비: 2월분 미납 {{p:공}} 영감, {{p:하}} 영감. {{p:하}} 영감은 병원 입원 중이라 면제.
2. {{r:이봉남}} 씨(주민등록에는 {{r:리봉남}})가 점심 때 {{u:로씨야}} 얘기 좀 그만하라는 말 나옴. 회장이 말림. {{r:봉남}} 씨 본인은 "{{u:틴다}}에서 나무 베던 얘기를 안 하면 뭘 하노" 하심.
3. {{r:심창복}} 영감이 {{r:봉남}} 씨랑 {{u:하바롭스크}} 임업대표부 시절 같은 사업소였다고 함. {{r:창복}} 영감 말로는 그때 작업반장 "{{p:배}}가"가 도망간 사람들 이름을 다 적어서 올렸다고. 심심하면 둘이 그 얘기.
4. {{r:안옥순}} 할매({{r:봉남}} 씨 부인) 허리 수술. 당번 빼 주기로. {{r:옥순}} 할매 대신 {{p:맹순례}} 씨가 월요일.
5. 3월 나들이: {{u:임진각}} (버스 {{u:통일부}} 지원 신청 - 총무).

※ 다음 회의 3/4. 안 오는 사람 회비 두 배 (농담).
""",
    },
    {
        "id": "h74-ko-10",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kang Yong-chol", "강영철", "witness", ["영철"]),
            ("Pak Tu-man", "박두만", "official", ["두만", "두만강"]),
            ("Ryo Sang-gi", "려상기", "coworker", ["상기"]),
        ],
        "note": "Transcribed North Korean recall list (소환 대상자 명단) of a construction enterprise in Russia with the defector's explanatory notes; DPRK spelling (로씨야, 로동, 려/리), names with 동무 and 비서/지배인/반장 (titles outside), 려 beside 여권, a name crossed out and re-entered, the Workers' Party and places public, '상기' also as the word 상기 (above-mentioned).",
        "text": """[전사본] 소환대상자 명단 ({{u:로씨야}} {{u:연해주}} 건설사업소, 2017년 9월)
※ 원본: {{r:강영철}} 씨가 휴대전화로 촬영한 내부 문서 1매. 전사·주석: 조사원 {{p:윤서진}}. [ ]는 주석.

보고: 사업소 당비서 {{r:박두만}}
결재: 지배인 {{p:김창혁}}

번호 | 성명 | 소속 | 사유 | 귀국 예정
1 | {{p:최광남}} | 2작업반 | 건강(페결핵 의심) | 10월 1차
2 | {{r:려상기}} | 3작업반 | 사상동향 불량, {{u:한국}} 방송 청취 | 10월 1차
3 | {{p:한명수}} | 3작업반 | 과제 미달(3개월 연속) | 10월 1차
4 | ~~{{p:지영호}}~~ | 1작업반 | ~~규률 위반~~ [줄을 긋고 삭제] | -
5 | {{p:심봉길}} | 1작업반 | 외출 중 현지인과 접촉 | 10월 2차
6 | {{r:강영철}} | 3작업반 | 려권 반환 요구 [원문대로] | 10월 2차
4' | {{p:지영호}} | 1작업반 | 규률 위반(음주) [다시 적음] | 10월 2차

상기 인원들은 {{u:블라디보스또크}} 경유 {{u:평양}} 귀환. 3작업반장 {{p:문철}} 동무가 호송 책임. 상기 대상자들에게는 출발 전날까지 알리지 말 것. - {{r:박}} 비서

[주석]
- {{r:강영철}} 씨는 명단을 찍은 다음 날 밤 숙소를 떠났다. 본인 사유가 "려권 반환 요구"로 적혀 있는 것을 보고 결심했다고 한다.
- {{r:려상기}}({{r:상기}})는 {{r:영철}} 씨와 같은 방을 썼다. "{{u:한국}} 방송"은 {{r:상기}}가 휴대폰으로 {{u:KBS}} 라디오를 들은 일. 고발자는 3작업반 {{p:문}} 반장으로 추정.
- {{r:박두만}} 당비서는 노동자들 사이에서 "{{r:두만강}}"이라는 별명으로 불렸다({{u:두만강}}처럼 넘을 수 없다는 뜻).
- {{u:조선로동당}} 세포 회의에서 이 명단을 읽었다는 진술은 {{r:영철}} 씨 1회차 면담(2018.3.) 참조.
""",
    },
    {
        "id": "h74-ko-11",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Mun Chang-gon", "문창곤", "witness", ["창곤"]),
            ("Ri Hak-song", "리학성", "supervisor", ["학성"]),
            ("Kim Song-nam", "김송남", "coworker", ["송남"]),
        ],
        "note": "Transcribed North Korean logging-camp side-plot (부업지) allotment sheet with crops and duty pairs, plus the witness's notes; names with 동무/반장/작업반장, surname 문 beside 문 (door), 송 as a given-name syllable, plot numbers, potato and cabbage counts, Amur Oblast and Tynda public.",
        "text": """[전사본] 부업지 분담표 - 제3임업사업소 2작업반 (2016년 5월)
원본: 벽에 붙은 종이, {{r:문창곤}} 씨 촬영. 전사: {{p:홍나래}}

작업반장: {{r:리학성}} / 부업 책임: {{r:김송남}} 동무

구획 | 작물 | 담당(2인 1조) | 파종 | 비고
1 | 감자 | {{r:문창곤}}, {{p:허성철}} | 5.8 | 씨감자 40kg
2 | 감자 | {{p:조일}}, {{p:류명호}} | 5.8 | -
3 | 배추 | {{r:김송남}}, {{p:라영수}} | 5.15 | 모종 200포기
4 | 무 | {{p:방금철}}, {{p:계성국}} | 5.15 | -
5 | 파·마늘 | {{p:허성철}}, {{p:조일}} | 5.20 | 반장 몫
6 | 돼지 먹이(풀) | 당번제 | - | 문 앞 창고

주의: 작업 후 부업지 출입. 수확물 개인 처분 금지. 반장 승인 없이 현지인에게 판매 금지. - {{r:리}} 반장

[{{r:문창곤}} 씨 메모, 2023년 면담 때 구술]
- 5번 구획 "반장 몫"은 {{r:학성}} 반장이 팔아서 자기 돈으로 함. {{p:허}}하고 {{p:조일}}이가 일은 다 하고.
- {{r:송남}}이는 배추 담당인데 배추를 {{u:틴다}} 시장에 몰래 팔다가 걸려서 자기비판 했다. {{r:김송남}} 동무가 그 뒤로 말이 없어짐.
- 창고 문 앞이 돼지우리. 겨울에 돼지가 얼어 죽어서 {{r:리학성}}이가 우리 탓을 했다.
- {{u:아무르주}} 산림은 봄에 모기가 제일 무섭다. 부업지 일은 밤 10시까지도 했다.
- {{p:라영수}}는 그 해 가을 사고로 다리를 잃었다. {{r:창곤}}이(나)하고 {{p:방금철}}이 업고 내려왔다.
""",
    },
    {
        "id": "h74-ko-12",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Cha Un-jong", "차은정", "witness", ["은정"]),
            ("Son Kum-hui", "손금희", "supervisor", ["금희"]),
        ],
        "note": "Transcribed North Korean youth-league dues ledger (맹비 납부 대장) from a garment factory dormitory in China, with the defector's annotations; women workers by name with 동무, a league cell secretary, 손 beside 손 (hand), 차 beside 차 (tea), fullwidth digits, a name with a zero-width joiner, the league and Dandong public.",
        "text": """[전사본] 맹비 납부 대장 - {{u:사회주의애국청년동맹}} ○○피복공장 파견대 초급단체 (2021년 하반기)
원본: 공책 2쪽, {{r:차은정}} 씨 보관. 전사: {{p:윤}} 간사.

초급단체비서: {{r:손금희}}

성명 | 7월 | 8월 | 9월 | 10월 | 11월 | 12월 | 비고
{{r:차은정}} | ○ | ○ | ○ | ○ | × | × | 11월부터 미납
{{p:리옥별}} | ○ | ○ | ○ | ○ | ○ | ○ |
{{p:김\u200d순희}} | ○ | ○ | ○ | × | ○ | ○ | 10월 병결
{{p:배송이}} | ○ | ○ | ○ | ○ | ○ | ○ | 모범
{{p:탁정애}} | ○ | × | ○ | ○ | ○ | ○ |
{{p:한련화}} | ○ | ○ | ○ | ○ | ○ | ○ |

총액: ３６０원(인민폐 환산) - {{r:손}} 책임 확인 [원문 서명은 "{{r:손}}"]

[{{r:차은정}} 씨 주석, 2024년]
- {{r:손금희}}는 "{{r:손}} 책임"이라고 불렀다. 공장 {{u:단동}} 분공장에서 우리 기숙사 책임자였다. 손이 매웠다(잘 때렸다).
- 11월부터 못 낸 것은 월급이 안 나와서. {{r:금희}} 언니가 생활총화 때 나를 세워 놓고 "{{r:차은정}} 동무는 맹원으로서 자격이 없다"고 했다.
- {{p:배송이}}는 늘 모범이었는데 차를 끓여 주던 착한 애였다. {{p:송이}}는 2022년에 먼저 귀국.
- {{p:김순희}}(중간에 이상한 글자처럼 보이는 것은 전사할 때 생긴 것)는 10월에 손가락을 재봉틀에 다쳤다.
- 이 공책은 {{u:중국}} 공안이 기숙사를 점검하던 날 {{p:옥별}}이가 숨겨 주었다.
""",
    },
    {
        "id": "h74-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Chong Kwang-nam", "정광남", "witness", ["광남"]),
            ("Han Tok-su", "한덕수", "official", ["덕수"]),
            ("Ok Chol-jin", "옥철진", "coworker", ["철진"]),
        ],
        "note": "Transcribed North Korean record of a surprise dormitory inspection in a Qatar construction camp (숙소 불시 검열 적발 기록), with the witness's notes; confiscated items by owner, names with 동무/지도원 (titles outside), surname 옥 beside 옥상, surname 정 beside 정말, a private official whose name coincides with a South Korean politician's (private here), Doha and Qatar public.",
        "text": """[전사본] 숙소 불시검열 적발 기록 ({{u:까타르}} 건설사업소, 2018.3.11 야간)
원본: 보위지도원 수첩 2쪽을 {{r:정광남}} 씨가 몰래 촬영. 전사: 조사원 {{p:서하린}}. [ ]는 전사자 주.

검열 책임: 보위지도원 {{r:한덕수}}, 입회: 작업반장 {{p:곽영일}}

호실 | 성명 | 적발물 | 처리
101 | {{r:옥철진}} | 소형 라지오 1대 | 몰수, 비판
101 | {{p:리광혁}} | 외화(리알) 350 | 몰수(당자금)
102 | {{r:정광남}} | {{u:남조선}} 노래 담긴 메모리카드 | 몰수, 사상검토 대상
102 | {{p:김은철}} | 없음 | -
103 | {{p:탁성민}} | 현지 심카드 2장 | 몰수, 외출 금지 1개월
104 | {{p:국영호}} | 술 1병 | 몰수
104 | {{p:옥}}(○○) [이름 가려짐] | 담배 2보루 | 반장 보관

총평: 101·102호 정신상태 매우 불량. {{r:옥철진}}, {{r:정광남}} 두 동무는 다음 생활총화에서 집중 비판. - {{r:한}} 지도원

[{{r:정광남}} 씨 설명]
- 메모리카드는 정말 내 것이 아니었다. {{u:도하}} 시내 가게에서 {{r:철진}}이가 사 온 것을 내가 보관하고 있었을 뿐. {{r:옥철진}}은 옥상에서 라지오를 듣다가 걸린 적이 있어서 또 걸리면 끝이라 내가 맡아 준 것이다.
- 104호 "{{p:옥}}(○○)"은 {{r:철진}}이의 사촌 {{p:옥성진}}. 반장이 친척이라고 봐 줬다.
- {{r:한덕수}} 지도원은 {{u:남한}} 정치인과 이름이 같아서 우리끼리 "국무총리"라고 놀렸다. 물론 같은 사람이 아니다. {{r:덕수}} 지도원은 {{u:평양}} {{u:보위성}} 출신이라고 했다.
- {{p:리광혁}}의 리알은 {{u:까타르}} 현지 회사 감독이 팁으로 준 돈이었다.
""",
    },
    {
        "id": "h74-ko-14",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Pak Sol-hwa", "박설화", "witness", ["설화"]),
            ("Pak Chung-gi", "박충기", "relative", ["충기"]),
        ],
        "note": "Cookery academy tuition-receipt book (수강료 영수증 철) and student list, with the office manager's notes; a former restaurant worker in China studying for the Korean cook's licence, a brother paying part, 설화 as a name beside 설화 (folk tale), instructor as 원장님/선생님, a national employment card and the HRD Service public; CRLF.",
        "text": """○○요리학원 수강료 영수증 철 (한식조리기능사반 2024년 5월반)
원장: {{p:구자현}} / 사무장: {{p:윤미래}}

영수증 | 수강생 | 과정 | 금액 | 결제 | 비고
0501 | {{r:박설화}} | 한식 실기 | 450,000 | {{u:국민내일배움카드}} 320,000 + 현금 130,000 | 현금 {{r:박충기}}(오빠) 납부
0502 | {{p:허윤서}} | 한식 실기 | 450,000 | 카드 | -
0503 | {{p:맹지훈}} | 한식 필기+실기 | 520,000 | {{u:내일배움카드}} | -
0504 | {{p:채은비}} | 한식 실기 | 450,000 | 카드 | 분할
0505 | {{p:노상철}} | 양식 실기 | 480,000 | 현금 | 영수증 재발행(성명 오기 '{{p:노상칠}}')

사무장 메모 ({{p:윤미래}})
- {{r:설화}} 씨는 {{u:중국}} {{u:심양}} 식당에서 6년 일했다고 함. 칼질은 원장님보다 잘함(원장님 본인 말씀). 다만 한국식 레시피 용어를 몰라서 {{p:허윤서}} 씨가 옆에서 도와줌.
- {{r:박충기}} 씨가 현금으로 13만 원 가져옴. "{{r:설화}}가 식당에서 번 돈은 한 푼도 못 받았다"고. 영수증은 {{r:설화}} 씨 명의로 발행.
- 실기시험 접수: {{u:한국산업인력공단}} {{u:Q-net}}, {{r:박설화}}·{{p:맹지훈}} 6/15 접수 완료.
- {{p:노상철}} 씨 영수증 이름 오기 정정. 원래 '{{p:노상칠}}'로 적었음(내 실수).
- 수업 중 원장님이 "설화 속 선녀처럼 손이 빠르다"고 하셨는데 {{r:설화}} 씨는 그 농담이 싫었다고 함. 원장님께 전달함.
""",
    },
    {
        "id": "h74-ko-15",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ko Sun-nyo", "고순녀", "witness", ["순녀"]),
            ("Ri Kyong-hui", "리경희", "coworker", ["경희", "이경희"]),
        ],
        "note": "Mill (방앗간) order book before kimchi season: red-pepper powder and sesame oil orders by customer, surname + 집/할머니/댁 forms (only the name labelled), a customer known only by a hometown nickname (함흥댁, labelled whole as a nickname; the city itself public), 고 beside 고추, 리/이 spellings, names written on bottles, phone numbers masked.",
        "text": """○○방앗간 주문장 (2023년 11월 김장철)
사장: {{p:기}} 사장 / 배달: {{p:상훈}}

일자 | 주문자 | 품목 | 수량 | 찾는 날 | 비고
11/3 | {{r:고순녀}} | 고춧가루(고운 것) | 5근 | 11/5 | 병에 "{{r:순녀}}" 써 달라고
11/3 | {{p:함흥댁}} | 참기름 | 2병 | 11/4 | 배달
11/4 | {{r:리경희}} | 고춧가루 | 10근 | 11/8 | 장부엔 "{{r:이경희}}"로 적음
11/4 | {{p:도}}씨네 | 들기름 | 3병 | 11/6 | -
11/5 | {{p:마영자}} | 떡(가래떡) | 2말 | 11/10 | 설 전엔 또 올 것
11/6 | {{p:여}} 할머니 | 고춧가루 | 3근 | 11/7 | 외상
11/7 | {{r:경희}} 씨 (추가) | 참기름 | 1병 | 11/8 | -

사장 메모 ({{p:기}})
- {{r:고순녀}} 씨랑 {{r:리경희}} 씨는 같이 다니는 친구. 둘 다 {{u:북한}}에서 왔고, {{r:순녀}} 씨 말로는 예전에 {{u:중국}} 수산물 공장에서 같이 일했다고. 고추 빻을 때 옆에서 보면서 "{{r:경희}}야, 거기선 고춧가루도 못 먹었다" 하며 웃음.
- {{p:함흥댁}}은 {{u:함흥}}에서 온 할머니라 그렇게 부름. 성함은 모름.
- {{p:도}}씨네는 {{p:도영수}} 씨 댁. 들기름 병에 "{{p:도}}" 한 글자만.
- {{p:여}} 할머니 외상 12,000원. {{p:상훈}}이가 다음 주에 받아 오기로.
- {{r:순녀}} 씨가 고춧가루 값 깎아 달래서 1근 서비스.
""",
    },
    {
        "id": "h74-ko-16",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yun Myong-hui", "윤명희", "witness", ["명희"]),
            ("Pak Jin", "박진", "relative", ["진"]),
        ],
        "note": "Apartment management office's food-waste RFID card issue register with the clerk's notes; residents by unit, a one-syllable given name 진 beside 진 (the word 'real' in speech) and 진행, a partly masked name, surname 윤 beside 윤달, a guardian signing for a resident, a real RFID-system company avoided, the ward office public.",
        "text": """○○아파트 관리사무소 - 음식물 종량제 RFID 카드 발급 대장 (2024년)
담당: 관리과장 {{p:엄태식}} / 서무 {{p:차유진}}

발급번호 | 동·호 | 세대주 | 수령인 | 발급일 | 구분 | 서명
RF-0301 | 101-1203 | {{p:김동규}} | 본인 | 3/2 | 신규 | {{p:김}}
RF-0302 | 102-0504 | {{r:윤명희}} | {{r:박진}}(아들) | 3/4 | 분실 재발급 | {{r:진}}
RF-0303 | 103-0807 | {{p:장}}○○ | 본인 | 3/5 | 신규 | {{p:장}}
RF-0304 | 102-0504 | {{r:윤명희}} | 본인 | 3/18 | 분실 재발급(2회) | {{r:윤명희}}
RF-0305 | 104-1501 | {{p:라은비}} | 관리인 {{p:조병철}} | 3/20 | 추가 | {{p:조}}
RF-0306 | 101-0302 | {{p:석진호}} | 본인 | 3/22 | 신규 | {{p:석}}

서무 메모 ({{p:차유진}})
- 102동 504호 {{r:윤명희}} 님 카드 두 번 분실. 아드님 {{r:진}}이 학생이 처음 받아 갔는데 또 잃어버림. 재발급 비용 5천 원 면제(과장님 승인).
- {{r:명희}} 님이 관리실에 오셔서 "진짜 죄송하다"고 여러 번 말씀하심. 예전에 {{u:러시아}}에서 식당 일 했다고, 거기선 음식 버리면 혼났다고 하셔서 분리수거 안내문을 한 장 더 드림.
- {{r:박진}} 군이 엄마 대신 서명할 때 "{{r:박 진}}"으로 띄어 씀. 같은 사람.
- 윤달 이사 세대 많음(3월) - 신규 발급 진행 중.
- 구청 점검: {{u:강서구청}} 자원순환과 4/2 예정.
""",
    },
    {
        "id": "h74-ko-17",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kye Un-suk", "계은숙", "witness", ["은숙"]),
            ("Jang Song-hak", "장성학", "coworker", ["성학"]),
            ("Ri Mi-ok", "리미옥", "other", ["미옥"]),
        ],
        "note": "Shared commercial kitchen (공유주방) booking sheet for settlers' food start-ups, with the manager's comments; users by name and business (invented brand names containing a person's name, e.g. '은숙이네 두부밥', 성학식당, 마씨네: only the name is labelled; 평양냉면 as a dish word unmarked), surname 장 beside 장 (sauce) and 장보기, a registered trainer, a cancelled slot, real delivery app public.",
        "text": """○○공유주방 예약표 (2024년 4월 2주차)
운영: 사회적협동조합 ○○ / 매니저: {{r:리미옥}}

날짜 | 시간 | 사용자 | 상호 | 메뉴 | 상태
4/8 월 | 06:00-10:00 | {{r:계은숙}} | {{r:은숙}}이네 두부밥 | 두부밥 80개 | 확정
4/8 월 | 13:00-17:00 | {{r:장성학}} | {{r:성학}}식당 | 순대 | 확정
4/9 화 | 06:00-10:00 | {{p:안명선}} | 평양냉면 연구소 | 냉면 육수 | 취소
4/9 화 | 10:00-14:00 | {{r:계은숙}} | {{r:은숙}}이네 두부밥 | 인조고기밥 | 확정
4/10 수 | 06:00-12:00 | {{p:마성철}}, {{p:마순옥}} | {{p:마}}씨네 만두 | 만두 500개 | 확정
4/11 목 | 13:00-17:00 | {{r:장}} 사장 | {{r:성학}}식당 | 된장·고추장 | 확정
4/12 금 | 09:00-12:00 | 교육: {{r:리미옥}} 매니저, 강사 {{p:한지수}} | - | 위생교육 | -

매니저 메모 ({{r:미옥}})
- {{r:은숙}} 언니 두부밥이 {{u:배달의민족}}에서 주문이 많아서 화·목도 쓰고 싶다고 함. 목요일은 {{r:장}} 사장님이 장 담그는 날이라 안 됨.
- {{r:장성학}} 사장님 메모: "장보기 끝나고 11시 도착". 사장님은 {{u:러시아}} {{u:블라디보스토크}} 건설 현장에서 일하던 시절에 숙소 식당 당번을 해서 순대를 배웠다고 함.
- {{p:안명선}} 씨 4/9 취소 → 위약금 없음(첫 취소).
- {{p:마}}씨네 만두는 {{p:마성철}}·{{p:마순옥}} 부부.
- {{r:계은숙}} 언니가 "{{u:쿠웨이트}}에서 밥 하던 얘기"를 인터뷰에서 해도 되는지 물어봄 → 사업단 {{p:정}} 팀장님께 전달.
""",
    },
    {
        "id": "h74-mixed-01",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Pak Myong-chol", "박명철", "witness", ["Myong-chol", "Пак Мен Чер"]),
            ("Choe Kwang-il", "최광일", "supervisor", ["Kwang-il", "Цой Кван Ир"]),
        ],
        "note": "Russian pre-trip driver medical-check log (журнал предрейсовых медосмотров) of a Vladivostok construction firm, with an NGO translator's English notes; Cyrillic Korean names with case endings (Пака, Цоя), initials-only Russian names, a medic's signature, 'No' in an English note, surname Пак beside пакет, Primorsky Krai and Rostransnadzor public; CRLF.",
        "text": """ЖУРНАЛ регистрации предрейсовых медицинских осмотров водителей
ООО «СтройДорСервис», г. {{u:Владивосток}}. Лист 17 (март 2019)
Медработник: фельдшер {{p:Смирнова О.В.}}

№  | Дата  | Время | ФИО водителя       | Путевой лист | АД     | Пульс | Алкоголь | Допущен | Подпись
401 | 11.03 | 06:40 | {{r:Пак Мен Чер}}        | 0311-07      | 150/95 | 92    | отр.     | да      | {{p:Смирнова}}
402 | 11.03 | 06:45 | {{p:Ли Сон Ир}}          | 0311-08      | 125/80 | 70    | отр.     | да      | {{p:Смирнова}}
403 | 11.03 | 06:50 | {{p:Гончаренко А.П.}}    | 0311-09      | 130/85 | 76    | отр.     | да      | {{p:Смирнова}}
404 | 12.03 | 06:35 | {{r:Пак М.Ч.}}            | 0312-07      | 170/100| 104   | отр.     | НЕТ     | {{p:Смирнова}}
405 | 12.03 | 06:40 | {{r:Цой Кван Ир}}        | 0312-07      | 120/80 | 68    | отр.     | да      | {{p:Смирнова}}
406 | 13.03 | 06:30 | {{r:Пак Мен Чер}}        | 0313-07      | 165/100| 98    | отр.     | да (*)  | {{p:Смирнова}}

(*) Допущен по указанию бригадира {{r:Цоя}}. Водителя {{r:Пака}} от рейса отстранить не дали. Пакет документов на {{r:Пака}} передан в отдел кадров. - {{p:О.В.С.}}

Translator's notes ({{p:Kirsten Laird}}, for the case file of {{r:Pak Myong-chol}}):
- Entry 404: {{r:Myong-chol}} was stopped for high blood pressure. The same waybill 0312-07 was then used by the brigade leader {{r:Choe Kwang-il}} (entry 405, written {{r:Цой}}), who drove the truck himself that day. {{r:Kwang-il}} held a Russian licence; {{r:Pak}} says he himself held only a {{u:DPRK}} one.
- Entry 406: the medic writes that she admitted him on the brigadier's order. No independent check. Two days later {{r:Pak}} had the accident on the {{u:Russky Bridge}} approach.
- The medic, {{p:Olga Vladimirovna Smirnova}}, was contacted by our Russian partner in 2021 and confirmed the note. She asked not to be named in anything public.
- "{{p:Гончаренко А.П.}}" is a Russian driver unrelated to the case.
- The company was fined by {{u:Rostransnadzor}} in {{u:Primorsky Krai}} later that year (not for this incident).
""",
    },
    {
        "id": "h74-mixed-02",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Chol-ho", "리철호", "witness", ["Chol-ho", "Ли Чер Хо"]),
            ("Tak Yong-su", "탁영수", "supervisor", ["영수", "Так Ен Су"]),
            ("Ju Song-hyok", "주성혁", "coworker", ["성혁", "Чу Сон Хёк"]),
        ],
        "note": "Russian college attendance journal for a group of North Korean 'students' on study visas who worked on building sites, with the witness's Korean annotations; Cyrillic names in the nominative and genitive (Так, Така), abbreviations н/б and УП, the curator by surname + initials, 주 beside 주 (week), 탁 beside 탁자, places and the Russian migration service public.",
        "text": """ЖУРНАЛ учёта посещаемости. Группа ОС-21 («Отделочник строительный»), 2 курс
Колледж строительства и сервиса, г. {{u:Хабаровск}}. Куратор: {{p:Фёдорова Н.И.}}
Обозначения: н/б - не был, УП - учебная практика (на объекте)

ФИО студента        | 01.11 | 02.11 | 03.11 | 06.11 | 07.11 | 08.11
{{r:Ли Чер Хо}}           | УП    | УП    | УП    | УП    | УП    | УП
{{r:Чу Сон Хёк}}          | УП    | УП    | н/б   | УП    | УП    | УП
{{p:Ким Ен Нам}}          | УП    | УП    | УП    | УП    | УП    | УП
{{r:Так Ен Су}} (старост.) | +     | +     | +     | +     | +     | +
{{p:Пак Сон Ми}}          | УП    | УП    | УП    | УП    | УП    | УП
{{p:Хан Чер}}             | н/б   | н/б   | н/б   | н/б   | н/б   | н/б

Примечание куратора: студент {{r:Так}} присутствует на занятиях один за всю группу. Со слов старосты {{r:Така}}, остальные на практике. Справки с объекта нет. Студент {{p:Хан Чер}} отсутствует с октября - сведения в {{u:УВМ УМВД}} направлены. Подпись: {{p:Н. Фёдорова}}

[{{r:리철호}} 씨 설명 - 2022년 면담, 전사 {{p:민서연}}]
- 우리는 학생 비자로 왔지만 학교에는 한 번도 안 갔다. "УП"이라고 적힌 날은 전부 {{u:하바롭스크}} 시내 아파트 공사장에서 미장을 했다.
- {{r:탁영수}}는 우리 작업반장인데 학교에는 "반장(старост)"으로 등록돼 있었다. {{r:Так}} 혼자 출석해서 서명하고 왔다. 일주일에 한 번, 주 1회.
- {{r:성혁}}이(3일 н/б)는 그날 손을 다쳐서 숙소에 있었다. 그래서 "УП"도 아니고 "н/б". {{r:주성혁}}은 지금도 {{u:로씨야}}에 있다고 들었다.
- {{p:Хан Чер}} = {{p:한철}}. 10월에 도망쳤다. {{r:영수}} 반장이 탁자를 내리치며 "누가 도와줬냐"고 했다.
- 큐레이터 {{p:Фёдорова}} 선생은 다 알면서도 적어 줬다. 나쁜 사람은 아니었다고 생각한다.
""",
    },
    {
        "id": "h74-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Un-ha", "김은하", "witness", ["은하", "金银河"]),
            ("Ri Chun-hwa", "리춘화", "supervisor", ["춘화", "李春花"]),
            ("Pak Mi-ryong", "박미령", "coworker", ["미령", "朴美玲"]),
        ],
        "note": "DingTalk attendance (打卡) export from a Chinese seafood plant, workers registered under Chinese readings of Korean names, with the witness's Korean notes; names in Hanzi and Hangul, a team leader's approval comments signed 李组长 (surname + title, labelled whole as a Chinese form of address), 老王 and 小张, 银河 as a name beside 银河 (galaxy brand), Donggang public.",
        "text": """钉钉考勤导出 - {{u:东港市}}某水产食品有限公司 / 部门: 朝鲜籍工人二班 / 2019-07-01 至 2019-07-07
导出人: 人事 {{p:小张}}

姓名   | 工号  | 日期       | 上班打卡 | 下班打卡 | 状态     | 审批人
{{r:金银河}} | KP023 | 2019-07-01 | 05:58    | 21:10    | 正常     | -
{{r:金银河}} | KP023 | 2019-07-02 | 05:55    | 22:31    | 加班未批 | {{r:李春花}}
{{r:朴美玲}} | KP031 | 2019-07-02 | 06:12    | 22:30    | 迟到     | {{r:李春花}}
{{p:崔英玉}} | KP017 | 2019-07-03 | 06:00    | 缺卡     | 缺卡     | {{p:老王}}
{{r:朴美玲}} | KP031 | 2019-07-05 | -        | -        | 旷工     | {{r:李组长}}
{{r:金银河}} | KP023 | 2019-07-07 | 05:59    | 23:02    | 加班未批 | {{r:李组长}}

审批意见: "{{u:朝鲜}}工人加班由组长统一安排, 不单独计算。" - {{r:李春花}}
审批意见: "{{r:朴美玲}}旷工, 扣三天。" - {{r:李组长}}

[{{r:김은하}} 씨 메모, 번역 {{p:하윤}}]
- {{r:金银河}}는 나({{r:은하}}). 공장에서 {{u:중국}} 이름을 붙여 줬다. 은하수라는 뜻이라 {{u:중국}} 동료 {{p:老王}}이 "银河啤酒"라고 놀렸다.
- 반장 {{r:리춘화}}({{r:李春花}})는 {{u:조선}}에서 온 관리원. {{u:중국}} 사람들한테는 "{{r:李组长}}"으로 불렸다. 초과근무 시간은 {{r:춘화}} 동무가 다 지웠다.
- {{r:미령}}이는 7월 5일에 열이 40도였다. 결근으로 찍혀서 사흘 치 임금을 깎였다. {{r:박미령}}은 그해 겨울 먼저 귀국.
- 인사과 {{p:小张}}은 친절했지만 아무 것도 못 했다. {{u:단동}} 근처 {{u:동항}} 공장이다.
""",
    },
    {
        "id": "h74-mixed-04",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Yang Kum-song", "양금성", "witness", ["금성", "杨金星"]),
            ("Ho Myong-gun", "허명군", "supervisor", ["명군", "许明军"]),
        ],
        "note": "Chinese factory tug-of-war (拔河比赛) team lists for a Labour Day event, a North Korean team among Chinese workshop teams, with the witness's notes; Hanzi readings of Korean names, 老 and 小 forms, 金星 as a name beside 金星 (the planet), surname 许 beside 许 (allow), a team named after the leader, half CRLF half LF.",
        "text": """五一劳动节 拔河比赛 报名表 - {{u:珲春}}某服装厂 工会
时间: 2018年4月30日 14:00 / 地点: 厂区篮球场 / 裁判: {{p:老孙}}

队名        | 队长   | 队员
裁剪车间    | {{p:王建国}} | {{p:刘强}}、{{p:小赵}}、{{p:陈丽}}、{{p:马小红}}、{{p:周涛}}
缝纫一车间  | {{p:孙梅}}   | {{p:李娜}}、{{p:小杨}}、{{p:张静}}、{{p:吴敏}}、{{p:郑芳}}
{{u:朝鲜}}队      | {{r:许明军}} | {{r:杨金星}}、{{p:金善姬}}、{{p:崔顺玉}}、{{p:韩美花}}、{{p:朴秀英}}

备注: {{u:朝鲜}}队由{{r:许}}队长负责, 赛后统一回宿舍, 不许留下聚餐。
结果: 冠军 {{u:朝鲜}}队 🏆 亚军 裁剪车间

[{{r:양금성}} 씨 메모]
- 우리 팀 이름은 원래 "{{r:허명군}}팀"이었는데 공장에서 "{{u:朝鲜}}队"로 바꿨다. {{r:명군}}은 우리 관리원 {{r:허}} 지도원. {{u:중국}} 사람들은 "{{r:老许}}"라고 불렀다.
- 나는 {{r:杨金星}}. 金星은 중국말로 금성(별)이라 {{p:小杨}}이 같은 성이라고 좋아했다.
- 우리가 이겼는데 상품(식용유 5통)은 {{r:명군}} 동무가 전부 가져갔다. {{p:金善姬}}({{p:김선희}}) 언니가 울었다.
- {{p:赵大姐}}가 몰래 사탕을 줬다. 이 공장은 {{u:훈춘}} 시내에 있었다. {{u:중국}} 공회 행사에 나간 건 그게 처음이자 마지막.
""",
    },
    {
        "id": "h74-mixed-05",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Chon Ok-sun", "전옥순", "witness", ["옥순", "全玉顺"]),
            ("Kim Tok-hui", "김덕희", "supervisor", ["덕희", "金德姬"]),
        ],
        "note": "Chinese canteen leftover-weighing sheet (光盘行动 剩饭称重记录) by table and team, with the canteen clerk's remarks and the witness's English note; Hanzi readings of Korean names, 金大姐 and 老全 forms labelled whole, 全 in 全部 and 德 in 道德 as ordinary characters, Dalian and 朝鲜 (also attributive) public, the campaign slogan unmarked.",
        "text": """食堂"光盘行动"剩饭称重记录 ({{u:大连}}某水产加工厂 二号食堂) 2020年9月第2周
记录员: {{p:小沈}}

日期 | 桌号 | 班组         | 负责人   | 剩饭(kg) | 备注
9/7  | 12   | {{u:朝鲜}}女工一班 | {{r:金德姬}} | 0.2      | -
9/7  | 14   | 包装车间     | {{p:老马}}   | 3.1      | 浪费
9/8  | 12   | {{u:朝鲜}}女工一班 | {{r:金德姬}} | 0.0      | 全部吃光
9/8  | 13   | {{u:朝鲜}}女工二班 | {{p:崔春梅}} | 0.1      | -
9/9  | 12   | {{u:朝鲜}}女工一班 | {{r:金大姐}} | 0.0      | {{r:全玉顺}}未到
9/10 | 14   | 包装车间     | {{p:马师傅}} | 2.6      | -
9/11 | 12   | {{u:朝鲜}}女工一班 | {{r:金德姬}} | 0.0      | {{r:老全}}吃了两份

记录员备注: {{u:朝鲜}}班每天都吃光, 但饭量很少。{{r:金德姬}}说她们"不饿"。{{r:全玉顺}}9号没来吃饭, 听说在宿舍。讲道德、不浪费, 她们做得最好, 但是我觉得是不够吃。- {{p:沈丽}}

[Note by caseworker {{p:Ellie Brown}}, from {{r:Chon Ok-sun}}'s interview, 2022]
{{r:Ok-sun}} ("{{r:老全}}" to the Chinese staff) says the "clean plate" record was used by the team leader {{r:Kim Tok-hui}} to show {{u:Pyongyang}} how disciplined the team was. Portions were tiny; the women ate everything because they were hungry. On 9 September {{r:Ok-sun}} was locked in the dormitory for "talking to Chinese men" (she had asked {{p:Ma}} from packaging for the time). On 9/11 she ate a second portion that {{p:Choe Chun-mae}} gave her. {{r:Tok-hui}} reported it.
""",
    },
    {
        "id": "h74-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Han Yong-ok", "한영옥", "witness", ["영옥", "韩英玉"]),
            ("Ri Sun-yong", "리순영", "coworker", ["순영", "李顺英"]),
            ("Chae Myong-ho", "채명호", "supervisor", ["명호", "蔡明浩"]),
        ],
        "note": "Chinese factory dormitory room-change requests (宿舍调换申请表), two forms plus the manager's decision, with the witness's Korean notes; Hanzi readings with registered Korean names, a dormitory manager as 宿管阿姨 (role word unmarked) and by name, 朝方 ('the North Korean side') as a derived word unmarked, a crossed-out name still labelled, Shenyang and 한국 public.",
        "text": """宿舍调换申请表 ({{u:沈阳}}某电子厂 员工宿舍 3号楼)

申请人: {{r:韩英玉}}      工号: CX-08      现住: 305室
申请调至: 307室 (与{{r:李顺英}}同住)
理由: 305室漏水, 床铺潮湿。{{r:李顺英}}同意。
申请人签字: {{r:韩英玉}}      日期: 2019.11.4
朝方负责人意见: 不同意。不能自行调换。 签字: {{r:蔡明浩}}
宿管意见: 305室确实漏水, 建议调换。 签字: {{p:郭秀兰}}

申请人: {{r:李顺英}}      工号: CX-11      现住: 307室
申请调至: 305室 (与~~{{r:韩英玉}}~~ {{p:金美善}}对换)
理由: 同上。
申请人签字: {{r:李顺英}}      日期: 2019.11.5
朝方负责人意见: 不同意。 签字: {{r:蔡}}

厂方决定 (行政部 {{p:周主任}}): 按朝方负责人意见处理。305室漏水由后勤维修。

[{{r:한영옥}} 씨 메모]
- 305호는 천장에서 물이 샜다. 겨울이라 이불이 얼 정도. {{r:순영}}이가 자기 방으로 오라고 했는데 {{r:채명호}} 지도원이 안 된다고.
- {{r:채}} 지도원은 방 배치를 "사상 점검" 단위로 정했다. {{r:순영}}이랑 나는 {{u:한국}} 드라마를 같이 봤다는 의심을 받고 있었다.
- 宿管阿姨 {{p:郭}} 아주머니는 우리 편을 들어 줬다. {{p:주}} 주임은 {{u:조선}} 쪽 말만 들었다.
- 두 번째 신청서에 내 이름을 줄 긋고 {{p:金美善}}({{p:김미선}})으로 바꾼 건 {{r:명호}} 동무가 시킨 것.
- 영어로 "help"라고 쓴 쪽지를 창문에 붙인 적도 있다. 아무도 못 봤다.
""",
    },
    {
        "id": "h74-mixed-07",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kim Song-jin", "김성진", "witness", ["Song-jin", "كيم سونغ جين"]),
            ("Pae Chol-ho", "배철호", "supervisor", ["Chol-ho", "باي تشول هو"]),
        ],
        "note": "Kuwaiti labour-camp electrical-appliance permit register (Arabic/English) with the camp boss's remarks and the witness's English notes; Korean names in Arabic script with the conjunction و prefixed (outside), the title السيد outside, Egyptian and Indian camp staff, 'Song' as a name part beside 'song', Kuwait Municipality and the Public Authority for Manpower public; CRLF.",
        "text": """سجل تصاريح الأجهزة الكهربائية - سكن العمال، {{u:الجهراء}}
Electrical Appliance Permit Register - Labour Camp, {{u:Jahra}}, {{u:Kuwait}}
Camp boss: السيد {{p:محمود عبد الفتاح}} ({{p:Mahmoud Abdelfattah}})    Electrician: {{p:Rajesh Pillai}}

Permit | Room | Name / الاسم                          | Appliance     | Approved | Remarks
E-112  | B-14 | {{p:Suresh Kumar}}                          | kettle        | yes      | -
E-113  | C-07 | {{r:KIM SONG JIN}} / {{r:كيم سونغ جين}}              | heater 1kW    | NO       | leader refused
E-114  | C-07 | {{r:PAE CHOL HO}} / {{r:باي تشول هو}}                | heater 2kW    | yes      | leader's room
E-115  | C-08 | {{p:RI MYONG SU}} / {{p:ري ميونغ سو}}                | radio         | NO       | "no radios for Koreans" - leader
E-116  | B-02 | {{p:Abdul Karim}}                           | mini fridge   | yes      | -
E-117  | C-07 | {{r:PAE}} (for room C-07)                     | TV            | yes      | TV in leader's bed space

ملاحظات المشرف: طلب {{r:كيم}} سخان للغرفة C-07 ورفضه رئيس المجموعة {{r:باي}}. الغرفة باردة جداً. تم إبلاغ {{p:محمود}}. ولم يوافق و{{r:باي}} على الراديو أيضاً. - {{p:م. ع.}}
[Supervisor's remarks: {{r:Kim}} asked for a heater for C-07; group leader {{r:Pae}} refused it. The room is very cold. {{p:Mahmoud}} informed. And {{r:Pae}} did not agree to the radio either.]

Witness notes ({{r:Kim Song-jin}}, 2021, typed by {{p:Grace Oh}}):
- C-07 had eight men. {{r:Pae}} took the only heater permit for himself and put the TV next to his bed. We listened to the song on his TV through the wall, that was all.
- The radio request was from {{p:Ri Myong-su}} in C-08. {{r:Chol-ho}} said radios are forbidden because of South Korean broadcasts.
- Mr {{p:Rajesh}} the electrician gave me an old heater anyway in January. {{r:Pae}} found it and reported me to the company office in {{u:Kuwait City}}. After that {{r:Song-jin}} was not allowed to go to the shop for a month.
- The {{u:Kuwait Municipality}} inspectors came once in 2016 and counted beds; they never asked about heaters. The {{u:Public Authority for Manpower}} never came.
""",
    },
    {
        "id": "h74-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jong Hyon-chol", "정현철", "witness", ["Hyon-chol", "JONG HYON CHOL"]),
            ("Ma Tong-il", "마동일", "supervisor", ["Tong-il", "MA TONG IL"]),
            ("Sok Kwang-min", "석광민", "coworker", ["Kwang-min"]),
        ],
        "note": "Stadium-site accreditation card print list (Arabic/English) for a subcontractor's North Korean crew, with the print operator's error column and the witness's Korean notes; surname Ma beside 'MA' as an abbreviation, surname Sok, names split across columns, a misprinted name labelled as printed, Arabic ما (also 'what/not') as the foreman's surname, nationality codes (PRK, IND) public like country names, Lusail, the Supreme Committee and Qatar public.",
        "text": """ACCREDITATION CARD PRINT LIST - batch 0417 / قائمة طباعة البطاقات
Site: {{u:Lusail Stadium}} package, subcontractor level 3 (name withheld)
Issued for: {{u:Supreme Committee for Delivery & Legacy}} site access (contractor workforce)
Print operator: {{p:Aisha Al-Kuwari}} / {{p:عائشة الكواري}}

No | Surname | Given names | Nationality | Trade        | Card    | Print status
1  | {{r:JONG}}    | {{r:HYON CHOL}}   | {{u:PRK}}         | formworker   | Q-88401 | printed
2  | {{r:MA}}      | {{r:TONG IL}}     | {{u:PRK}}         | foreman      | Q-88402 | printed
3  | {{r:SOK}}     | {{r:KWANG MIN}}   | {{u:PRK}}         | formworker   | Q-88403 | misprint: "{{r:SOK KWANG MIM}}" - reprint
4  | {{p:RI}}      | {{p:UN SONG}}     | {{u:PRK}}         | steel fixer  | Q-88404 | printed
5  | {{p:KANG}}    | {{p:CHOL}}        | {{u:PRK}}         | steel fixer  | Q-88405 | on hold (photo)
6  | {{p:SHARMA}}  | {{p:DEEPAK}}      | {{u:IND}}         | electrician  | Q-88406 | printed
Cards collected by: {{r:MA TONG IL}} (for 1-5)   Signature: "{{r:Ma}}"
MA = Main Access gate. Cards valid for MA only.

ملاحظة: استلم رئيس العمال {{r:ما}} جميع البطاقات الخمس ولم يسلمها للعمال. - {{p:عائشة}}
(Note: the foreman {{r:Ma}} collected all five cards and did not hand them to the workers. - {{p:Aisha}})

[{{r:정현철}} 씨 메모, 번역 {{p:Joy Han}}]
- 출입증은 한 번도 내 손에 없었다. {{r:마동일}} 반장이 아침마다 게이트에서 나눠 주고 저녁에 다시 걷었다.
- {{r:광민}}이 카드는 이름 끝 글자가 틀리게 나와서 한 달 동안 다른 사람 카드로 들어갔다. {{r:석광민}}은 그게 무서웠다고.
- {{p:리운성}}이와 {{p:강철}}이는 {{u:카타르}}에 온 지 두 달 된 사람들.
- {{r:동일}} 반장은 {{u:도하}} 회사 사무실에 카드 사본을 보관했다. 우리는 그를 "{{r:마}} 반장"이라고만 불렀다.
""",
    },
    {
        "id": "h74-mixed-09",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Kang-il", "리강일", "witness", ["강일", "Ли Кан Ир"]),
            ("Choe Chol-bom", "최철범", "coworker", ["철범", "Цой Чол Бом"]),
        ],
        "note": "Ulaanbaatar sobering-up centre register (эрүүлжүүлэх байрны бүртгэл) in Mongolian Cyrillic with the witness's Korean notes; Mongolian names with patronymic initials (Б.Батбаяр, labelled whole), a Mongolian case suffix fused (Батбаярыг inside) and one hyphenated (Ли-гийн, suffix outside), Korean names in Cyrillic, police officers private, districts and the police public.",
        "text": """ЭРҮҮЛЖҮҮЛЭХ БАЙРНЫ БҮРТГЭЛ - {{u:Баянзүрх дүүрэг}}, {{u:Улаанбаатар}}
{{u:Нийслэлийн Цагдаагийн Газар}} / Жижүүр: ахлах ахлагч {{p:Д.Ганзориг}}

№ | Огноо | Цаг | Овог нэр | Иргэншил | Хүргэсэн | Гарсан
231 | 2018.12.24 | 23:40 | {{p:Б.Батбаяр}} | {{u:Монгол}} | эргүүл | 07:10
232 | 2018.12.24 | 23:55 | {{r:Ли Кан Ир}} | {{u:БНАСАУ}} | эргүүл | 06:30
233 | 2018.12.25 | 00:10 | {{r:Цой Чол Бом}} | {{u:БНАСАУ}} | эргүүл | 06:30
234 | 2018.12.25 | 01:20 | {{p:Т.Оюунчимэг}} | {{u:Монгол}} | гэр бүл | 08:00

Тэмдэглэл: 232, 233 - барилгын компанийн ажилчид. Компанийн төлөөлөгч {{p:Ким}} ирж авсан. {{r:Ли}}-гийн биед хөхөрсөн шарх бий. {{p:Батбаярыг}} 07 цагт суллав. - {{p:Ганзориг}}

[{{r:리강일}} 씨 메모 - 2023년 면담]
- 크리스마스 이브였다. 나와 {{r:철범}}이가 현장 {{u:몽골}} 동료 {{p:바트바야르}}네 집에서 술을 마셨다. 돌아오는 길에 경찰에 잡혔다.
- 아침에 회사 대표 {{p:김}} 씨가 와서 우리를 데려갔다. 숙소에 가서 {{r:최철범}}과 나는 작업반장 {{p:방}} 반장한테 맞았다. 몸에 멍은 그 전날 싸움 때문이 아니라 그 다음 날 생긴 것.
- 경찰 기록에 "{{r:Ли}}-гийн биед" 멍이 있다고 적은 건 전날 밤 넘어져서 생긴 것. 두 번째 멍은 기록에 없다.
- {{r:철범}}이는 1월에 {{u:평양}}으로 돌려보내졌다. 나는 2019년 {{u:울란바토르}}에서 {{u:한국 대사관}}으로 갔다.
""",
    },
    {
        "id": "h74-mixed-10",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Ok-ryon", "리옥련", "witness", ["옥련", "Ri Ok Ryon"]),
            ("Kim Chun-ok", "김춘옥", "supervisor", ["춘옥", "Kim Chun Ok"]),
            ("Nguyen Van Hung", "응우옌반흥", "other", ["Hùng", "흥"]),
        ],
        "note": "Vietnamese motorbike-parking attendant's ticket book (sổ gửi xe) on a Hanoi street with a North Korean restaurant, with the registered attendant's later Vietnamese note and the witness's Korean notes; Vietnamese titles anh/chị/cô outside, Korean names in Vietnamese spelling (Kim, Ri, Chun), plate numbers, 'Kim' also as a Vietnamese given name, Hanoi and the embassy public.",
        "text": """SỔ GỬI XE - bãi xe số 18, phố {{u:Trung Hòa}}, {{u:Cầu Giấy}}, {{u:Hà Nội}}
Người trông xe: {{r:Nguyễn Văn Hùng}}   Tháng 6/2019

Vé | Giờ vào | Biển số | Chủ xe | Giờ ra | Tiền
0612-01 | 10:05 | 29B1-123.45 | chị {{p:Lan}} (quán phở) | 14:00 | 5.000
0612-02 | 10:30 | 29H1-678.90 | cô {{r:Kim Chun Ok}} (nhà hàng {{u:Triều Tiên}}) | 23:10 | 10.000
0612-03 | 11:00 | 30F-555.12 | anh {{p:Minh}} | 11:40 | 5.000
0612-04 | 16:20 | 29H1-678.90 | cô {{r:Kim}} (lần 2) | 23:15 | 5.000
0612-05 | 17:45 | xe đạp | {{r:Ri Ok Ryon}} (nhân viên nhà hàng) | 18:10 | 2.000
0612-06 | 18:00 | 29C1-222.33 | em {{p:Kim Ngân}} | 21:00 | 5.000

Ghi chú của {{r:Hùng}} (viết năm 2021 khi chị {{p:Thảo}} ở tổ chức hỏi lại): Cô {{r:Kim}} là quản lý nhà hàng {{u:Triều Tiên}}. Cô ấy giữ xe đạp của các cô gái. Ngày 12/6 cô {{r:Ok Ryon}} lấy xe đạp đi mua thuốc, chỉ 25 phút. Cô {{r:Kim Chun Ok}} chạy ra bãi xe hỏi tôi "{{r:Ok Ryon}} đi đâu?". Tôi nói không biết. Em {{p:Kim Ngân}} là cháu tôi, không liên quan đến người Hàn.

[{{r:리옥련}} 씨 메모, 2022년]
- 주차장 아저씨 {{r:Hùng}}({{r:흥}}) 아저씨는 착했다. 약 사러 갈 때 자전거를 맡길 수 있게 해 줬다.
- {{r:김춘옥}} 책임자는 우리 자전거 열쇠를 다 갖고 있었다. 6월 12일에 {{r:춘옥}} 동무가 나를 찾으러 주차장까지 나왔다. 돌아와서 {{r:옥련}}이는 자기비판을 썼다.
- {{u:베트남}} 사람 이름에도 "Kim"이 있어서 헷갈린다. 아저씨 조카 {{p:Kim Ngân}}은 우리와 상관없는 {{u:베트남}} 아가씨.
- 그 식당은 {{u:하노이}} {{u:조선대사관}}과 가까웠다.
""",
    },
    {
        "id": "h74-mixed-11",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Yun Sol-ji", "윤솔지", "witness", ["솔지", "Sol-ji"]),
            ("Hwang Chol", "황철", "relative", ["철"]),
            ("Somchai Wongsa", "솜차이 웡사", "other", ["Somchai"]),
        ],
        "note": "Bangkok immigration detention centre commissary order list (Thai/English) for a room of North Korean women, with a church volunteer's Korean notes; Thai title คุณ outside, Korean names in Thai script, a one-syllable given name 철, a guard registered as Somchai, 'Sol' in 'solji' handle, Suan Phlu IDC and UNHCR public.",
        "text": """รายการสั่งซื้อสินค้า ห้อง 7 (หญิง) - ศูนย์กักตัวคนต่างด้าว {{u:สวนพลู}}
Commissary order list, Room 7 (women) - {{u:Suan Phlu}} Immigration Detention Centre, {{u:Bangkok}}
วันที่ 14 ก.พ. 2562    ผู้รับคำสั่ง: จ.ส.ต. {{r:สมชาย วงศา}}

ลำดับ | ชื่อ | รายการ | จำนวน | บาท | เงินจาก
1 | {{r:ยุน ซลจี}} ({{r:YUN SOL JI}}) | บะหมี่กึ่งสำเร็จรูป, สบู่ | 10, 2 | 120 | คุณ{{p:มาลี}} (โบสถ์)
2 | {{p:ชเว มีซุก}} ({{p:CHOE MI SUK}}) | ผ้าอนามัย | 2 | 90 | คุณ{{p:มาลี}}
3 | {{p:คัง อึนจู}} ({{p:KANG UN JU}}) | นม, ขนมปัง | 4, 2 | 110 | Pastor {{p:Lee}} → ดูหมายเหตุ
4 | {{r:ยุน}} (เพิ่ม) | บัตรโทรศัพท์ | 1 | 100 | คุณ{{p:มาลี}}

หมายเหตุ: บัตรโทรศัพท์ให้ใช้โทรได้เฉพาะต่อหน้าเจ้าหน้าที่ - {{r:สมชาย}}
(Note: phone card may be used only in front of staff - {{r:Somchai}})

[교회 봉사자 {{p:남궁은혜}} 메모]
- 3번 {{p:강은주}} 자매 물품값은 {{p:이}} 목사님이 보내셨다 (Pastor {{p:Lee}}라고 적힘).
- {{r:솔지}}는 전화카드로 {{u:서울}}에 있는 남편 {{r:황철}} 씨와 통화하고 싶어 했다. {{r:철}} 씨는 2017년에 먼저 {{u:한국}}에 왔다. 둘 다 원래 {{u:중국}} {{u:단둥}} 식당 파견 노동자.
- 경찰 {{r:Somchai}} 씨는 친절했고 통화 시간도 10분 더 줬다. {{u:카톡}} 아이디 "{{r:solji}}_kr"로 {{r:철}} 씨 연락처를 받았다.
- {{u:UNHCR}} 면담은 2/20로 잡혔다. {{p:최미숙}} 자매는 아직.
""",
    },
    {
        "id": "h74-mixed-12",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Pak Un-chol", "박은철", "witness", ["Un-chol", "Pak"]),
            ("Kim Yong-ho", "김용호", "supervisor", ["Yong-ho"]),
        ],
        "note": "Polish parish kolęda (pastoral visit) list covering a workers' hostel with North Korean welders, with the priest's remarks and the witness's Korean notes; Polish case endings and plural family names kept inside (z Pakiem, Kima, Kimem, Nowakowie, Wiśniewscy), ks., Pan and Pani outside, the Polish word 'pakiet' unmarked, Gdańsk and the Stogi district (locative Stogach) public, a surname counted as a word (김씨였다) unmarked; half CRLF half LF.",
        "text": """KOLĘDA 2018/2019 - parafia na {{u:Stogach}}, {{u:Gdańsk}}. Bloki A-D i hotel robotniczy
Kapłan: ks. {{p:Tadeusz Malinowski}}, ministrant: {{p:Kuba}}

Dzień | Adres | Rodzina / mieszkańcy | Uwagi
8.01 | blok A/3 | {{p:Nowakowie}} | przyjęli
8.01 | blok B/1 | Pani {{p:Halina Kubiak}} | przyjęła, prosi o mszę za męża
8.01 | hotel robotniczy | pokój 5: {{r:Kim Yong Ho}}, {{r:Pak Un Chol}} i 4 innych | patrz niżej
8.01 | blok D/7 | {{p:Wiśniewscy}} | nie było nikogo

Uwagi ks. {{p:Tadeusza}}: W hotelu robotniczym przyjęli nas tylko z grzeczności. Rozmawiałem z {{r:Pakiem}} przez tłumacza z telefonu. Pan {{r:Kim}} (kierownik grupy) stał w drzwiach i nie pozwolił przyjąć obrazka. U nich - kierownik {{r:Kim}} mówi za wszystkich - nie ma krzyża, nic dziwnego. Pakiet kolędowy zostawiony na stole. {{r:Kima}} poprosiłem o numer telefonu - odmówił.

[{{r:박은철}} 씨 메모 - 2020년]
- 신부님이 왔던 날 기억한다. 통역 앱으로 기도 얘기를 했는데 {{r:김용호}} 반장이 문에서 지켜보고 있었다.
- 신부님이 주신 그림(성화)은 {{r:용호}} 반장이 받지 말라고 했다. 나는 몰래 받아서 베개 밑에 뒀다.
- {{u:폴란드}} 사람들은 나를 그냥 "{{r:Pak}}"이라고 불렀다. 우리 조선소 작업반 10명 중 4명이 김씨였다. {{u:폴란드}} 감독이 "z {{r:Kimem}}" 하고 반장 이름을 부르면 {{r:용호}} 반장은 싫어했다.
- {{r:은철}}이(나)는 2019년 봄 {{u:그단스크}}에서 도망쳤다. 그때 도와준 사람이 {{p:Kuba}}.
""",
    },
    {
        "id": "h74-mixed-13",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ryu Kwang-su", "류광수", "witness", ["Kwang-su"]),
            ("Mun Il-bong", "문일봉", "supervisor", ["Il-bong"]),
            ("Rosli bin Ahmad", "로슬리 빈 아흐맛", "other", ["Rosli"]),
        ],
        "note": "Malay kongsi (workers' quarters) headman's notebook at a Sarawak coal mine, with an NGO researcher's English notes and the witness's Korean remarks; Malay titles Encik, Abang and Pak outside (Pak also a Korean surname here; 'Pak Pak' discussed as words unmarked), 'orang Korea' public like 북한 사람, bin in a Malay name inside, surname Mun, Mukah, Sarawak and Malaysia public.",
        "text": """BUKU CATATAN KETUA KONGSI - Kongsi 4, lombong arang batu, {{u:Mukah}}, {{u:Sarawak}}
Ketua kongsi: {{r:Rosli bin Ahmad}}     Bulan: Oktober 2014

Tarikh | Perkara
2/10  | Pekerja {{u:Korea}} (12 orang) masuk bilik 4A dan 4B. Ketua mereka Encik {{r:Mun}} ({{r:MUN IL BONG}}). Pasport semua dipegang Encik {{r:Mun}}.
5/10  | Pak {{p:Hamid}} (tukang masak) minta tambah beras untuk orang {{u:Korea}}. Encik {{r:Mun}} kata cukup.
9/10  | Pekerja {{r:RYU KWANG SU}} (Abang {{r:Ryu}}) luka tangan. Hantar ke klinik dengan {{p:Jali}}. Encik {{r:Mun}} marah sebab tak minta izin.
15/10 | {{p:PAK SONG CHOL}} dan {{p:KIM HYOK}} tak masuk kerja, demam. Pak {{p:Pak}} - orang kita panggil dia "Pak {{p:Pak}}" - tidur dua hari.
21/10 | Polis datang tanya pasal permit kerja. Encik {{r:Mun}} tunjuk surat dari agensi {{u:Kuching}}.
30/10 | Gaji orang {{u:Korea}} bayar kepada Encik {{r:Mun Il Bong}} sahaja. Aku ({{r:Rosli}}) tak nampak sesiapa dapat duit.

Researcher's notes ({{p:Farah Idris}}, 2015, translated from the Malay):
- {{r:Rosli}} kept this notebook for the mine office. "Korea" in his entries means the North Korean group. He lent it to us in {{u:Sibu}} in March 2015.
- "Pak Pak" is a joke: "Pak" is the Malay title for an older man and {{p:Pak}} was the worker's surname. Only the second "Pak" is the name.
- {{r:Ryu}} was called "Abang {{r:Ryu}}" (big brother) by the Malay workers because he shared cigarettes.

[{{r:류광수}} 씨 메모, 2019년]
- {{r:로슬리}} 아저씨는 좋은 사람이었다. 손을 다쳤을 때 병원에 보내 준 사람이 {{p:잘리}}와 {{r:로슬리}} 씨. {{r:문일봉}} 책임자는 그 뒤로 나를 감시했다.
- {{u:말레이시아}} 월급은 한 번도 직접 받은 적 없다. {{r:일봉}}이가 다 받았다.
""",
    },
    {
        "id": "h74-mixed-14",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Paek Hyang-suk", "백향숙", "witness", ["Hyang-suk", "향숙"]),
            ("Paek Tae-jin", "백태진", "relative", ["Tae-jin", "태진"]),
            ("O Song-hui", "오송희", "supervisor", ["송희"]),
        ],
        "note": "Flashcard-deck (Anki) export of a settler learning English, tab-separated front/back/tags, with example sentences about her family and a former restaurant manager; names inside English and Korean example sentences, surname O beside 'O' in 'O-positive' and the vocative 'O', tags containing a name, a son by given name alone, Jakarta public.",
        "text": """#separator:tab
#html:false
#deck:영어 회화::내 이야기
front	back	tags
brother	오빠, 형 - My brother {{r:Tae-jin}} lives in {{u:Incheon}}.	family
son	아들 - My son's name is {{p:Ji-ho}}. {{p:지호}}는 열 살.	family
manager	관리자 - My manager in {{u:Jakarta}} was Ms {{r:O}}.	work 식당
passport	여권 - Ms {{r:O Song-hui}} kept my passport for three years.	work 식당 {{r:오송희}}
blood type	혈액형 - My blood type is O positive. (O형)	hospital
to be afraid of	무서워하다 - We were afraid of {{r:송희}} 동무. Everybody was afraid of {{r:O}}.	work
coworker	동료 - My coworker {{p:Pak Un-jong}} was kind. {{p:은정}}이는 노래를 잘했다.	work
to escape	탈출하다 - {{p:Un-jong}} and I did not escape together.	work
cousin	사촌 - My cousin {{p:Ri Chol}} is still in {{u:Pyongyang}}.	family
Oh my God	세상에 - O, my God! (감탄사)	expressions
to call	전화하다 - I call {{r:Tae-jin}} oppa every Sunday. {{r:태진}} 오빠한테 일요일마다 전화.	family
neighbour	이웃 - My neighbour Mrs {{p:Yoon}} brings me kimchi.	home
My name is...	제 이름은 - My name is {{r:Paek Hyang-suk}}. Call me {{r:Hyang-suk}}.	introduction
teacher	선생님 - My English teacher is {{p:Sarah}}. {{p:Sarah}} 선생님은 {{u:Canada}} 사람.	school
""",
    },
    {
        "id": "h74-mixed-15",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kim Jong-suk", "김정숙", "witness", ["Jong-suk"]),
            ("Pak Kwang-su", "박광수", "relative", ["Kwang-su"]),
            ("Grace Yoo", "그레이스 유", "other", ["Grace"]),
        ],
        "note": "US refugee cultural-orientation class roster and caseworker notes (English with Korean), resettlement agency public; a participant whose name is identical to a North Korean historical figure's (private here), Mrs/Ms outside, the interpreter registered, surname Yoo beside 'you', a child by nickname, Louisville public; CRLF.",
        "text": """CULTURAL ORIENTATION - Week 2 roster
Office: {{u:International Rescue Committee}}, {{u:Louisville}}
Facilitator: {{p:Tom Becker}}    Interpreter (Korean): {{r:Grace Yoo}}

#  | Participant                 | Case no. | Mon | Wed | Fri | Note
1  | {{r:KIM Jong-suk}}                | 2021-0388 | Y   | Y   | Y   | -
2  | {{r:PAK Kwang-su}} (husband)       | 2021-0388 | Y   | N   | Y   | work interview Wed
3  | {{p:Abdullah Rahimi}}              | 2021-0391 | Y   | Y   | Y   | -
4  | {{p:Farzana Rahimi}}               | 2021-0391 | Y   | Y   | N   | childcare
5  | {{p:Marie-Claire Mutombo}}         | 2021-0402 | Y   | Y   | Y   | -
6  | "{{p:Bear}}" (child of 1 and 2)      | 2021-0388 | -   | -   | -   | in kids' room

Caseworker notes ({{p:Latoya Green}}):
- Mrs {{r:Kim}} asked through {{r:Grace}} that we do not use her full name in the class photo. {{r:Grace}} explained: "{{r:김정숙}}" is also the name of a famous woman in {{u:North Korea}}, and people laugh. Of course she is not that person.
- {{r:Jong-suk}} worked four years in a garment factory in {{u:China}} before she escaped; she and Mr {{r:Pak}} met in {{u:Thailand}}.
- Mr {{r:Pak}} asked if you can send money to {{u:North Korea}} from here. Ms {{r:Yoo}} said we cannot advise on that. I agree.
- Their son - they call him "{{p:곰}}" ({{p:Bear}}) - starts kindergarten in August. {{p:Bear}} loved the kids' room.
- {{r:Kwang-su}} asked Mr {{p:Becker}} "What do you do on weekends?" - good English practice, we all laughed.

Next week: banking (with Ms {{p:Ortiz}} from the credit union).
""",
    },
    {
        "id": "h74-mixed-16",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Sin Un-gyong", "신은경", "witness", ["은경", "申恩京"]),
            ("Ri Song-ae", "리성애", "supervisor", ["성애", "李成爱"]),
        ],
        "note": "Chinese seafood-plant 5S audit sheet (5S检查表) with scores per workstation and the auditor's remarks, plus the witness's Korean notes; Hanzi readings of Korean names, 李组长 and 王经理 labelled whole, 申 beside 申请 and 爱 in 爱护, a signature column with surnames only, Rongcheng and Shandong public.",
        "text": """5S检查表 - {{u:山东}}{{u:荣成}}某海产品有限公司 / 二车间 (鱿鱼加工) / 2020年6月
检查人: 质量部 {{p:王经理}}、{{p:刘海燕}}

工位 | 责任人 | 整理 | 整顿 | 清扫 | 清洁 | 素养 | 合计 | 签字
1号台 | {{r:申恩京}} | 18 | 17 | 19 | 18 | 15 | 87 | {{r:申}}
2号台 | {{p:金春玉}} | 18 | 18 | 18 | 18 | 18 | 90 | {{p:金}}
3号台 | {{p:朴英子}} | 16 | 15 | 17 | 16 | 16 | 80 | {{p:朴}}
4号台 | {{p:郑明花}} | 19 | 19 | 19 | 19 | 19 | 95 | {{p:郑}}
班组 | {{r:李成爱}} | - | - | - | - | - | 88(平均) | {{r:李}}

检查意见: {{u:朝鲜}}班组整体良好。1号台{{r:申恩京}}"素养"扣分: 工作时间与{{u:中国}}员工说话。班组长{{r:李组长}}已申请对其批评教育。请爱护设备。- {{p:王经理}}

[{{r:신은경}} 씨 메모]
- "素养" 점수가 깎인 건 내가 옆 라인 {{u:중국}} 아줌마 {{p:刘姐}}한테 화장실이 어디냐고 물어봤기 때문이다.
- {{r:리성애}} 반장은 이 표를 들고 와서 그날 저녁 총화 때 나를 세웠다. {{r:성애}} 동무는 점수 1점에도 민감했다.
- {{p:金春玉}}은 {{p:김춘옥}} 언니. 90점 받아서 {{r:성애}} 반장한테 칭찬받았다.
- 공장은 {{u:롱청}} 바닷가에 있었다. {{p:왕}} 경리({{p:王经理}})는 우리한테 관심이 없었다.
""",
    },
]
