# ruff: noqa: E501
"""Held-out evaluation passages, set 71. Built by build_heldout.py heldout71.

Fifty-one documents of the kind an NGO working on North Koreans sent abroad as forced
labourers could plausibly receive or write, written blind (the finder's code was not
read and the finder was not run). All genres are ones the earlier sets' opening lines
do not list (oil record book extracts, bar-bending schedules with gang sign-offs,
surveyors' levelling field books, name authority records, marine pilots' boarding
notes, container packing lists, UN sanctions implementation report annexes, railway
wagon loading sheets, bronze-foundry pour cards, inbound tour operators' group
itineraries, safe-deposit box access registers, Thai TM.30 notification batches,
generator run-hour logs, hull surveyors' condition reports, certificate-of-origin
signatory lists, cheque-book stubs, drift-boat recovered-item inventories,
epidemiological investigation reports, military-service examination notices,
housing-subscription counselling notes, jeonse-loan screening notes, handwritten
COVID entry books, restaurant crockery-breakage deduction books, transcribed North
Korean dormitory TV-viewing permission lists, logging-camp boiler-house stoker logs,
snow-clearing duty rosters, pine-nut procurement receipts, shared-house recycling
duty rosters, postpartum care-centre admission records, school-lunch allergy survey
forms, gas-safety inspection sign-off sheets, transcribed North Korean clothing-issue
cards, transcribed North Korean letter-censorship registers, campsite booking lists,
mahjong-parlour table-fee books, restaurant kitchen order tickets, Vietnamese
lottery vendors' credit notebooks, Mongolian toll-gate receipt books, Russian
tyre-fitting job cards, Kuwaiti camp mess-committee menu votes, Polish starost
labour-market test notices, Cambodian tuk-tuk drivers' fare notebooks, Chinese
dormitory hot-water token ledgers, Mekong boatmen's crossing notebooks, Russian
carpool booking chats, Chinese seafood-plant first-aid box logs, passenger-hoist daily
check sheets, Mongolian ready-mix delivery tickets, squid-jigger fish-hold cleaning
rotas, bunker delivery notes and Qatari site water-cooler refill sheets), in
English, Korean and mixed Korean/English with Russian, Chinese, Arabic, Mongolian,
Polish, Vietnamese, Thai, Lao, Khmer, Japanese, Uzbek, Nepali and Indonesian. Some
passages use CRLF line breaks (some mix CRLF and LF), zero-width characters,
fullwidth letters, names split across line breaks, OCR errors and emoji. All persons are fictional; real public figures are mentioned only
neutrally.

Labelling convention (as in the preceding sets):
- {{r:...}} a mention of a registered private person (listed in the passage's
  "persons" as (romanized name, Hangul name, role, aliases)); {{p:...}} a mention
  of an unregistered private person; {{u:...}} a public name: a real public figure,
  a real place, a real organisation, company, ship, platform or law.
- Every fictional person is private, whatever their office. Invented businesses,
  sites, vessels and churches are left unmarked.
- A mention is labelled as the text writes it: the name only, without particles,
  titles or honorifics (리 반장님 -> {{r:리}} 반장님, Mr {{p:Ho}}, 김 동무 -> {{p:김}}
  동무); the affectionate suffix 이 and possessive 's stay outside. Chinese forms of
  address are labelled whole (老金, 小朴, 王姐) and Russian and Polish names keep their
  case endings (Пака, Кимом, Kima).
- Initials standing for a person, nicknames used as names and OCR-garbled names are
  mentions, labelled as written; zero-width characters, fullwidth letters and a line
  break inside a name stay inside the mention. In e-mail addresses, handles and file
  names only the part that spells the name is labelled.
- Generic kinship and role words (엄마, 반장, the Master, the cook), surnames
  discussed as words and ordinary words that look like names are unmarked.
- Country names standing as nouns are public places (DPRK, 북한, 중국 돈); nationality
  adjectives and derived words (Korean, 한국어, 중국산) are not marked.
"""

PASSAGES: list[dict] = [
    {
        "id": "h71-en-01",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jang Myong-su", "장명수", "witness", ["Myong-su"]),
            ("Pyon Chol-ho", "변철호", "supervisor", []),
            ("Kye Sung-nam", "계성남", "coworker", ["Sung-nam"]),
        ],
        "note": "Oil record book extract from a reefer crewed by North Koreans, typed by a volunteer with the witness's annotations; officers sign with initials and surnames; job titles (Master, C/E, Bosun) and the words Mark and Will are not names; a real seized ship as a public comparison.",
        "text": """OIL RECORD BOOK, PART I (Machinery space operations) - extract, pp. 14-17
Typed from the witness's photographs by volunteer {{p:Harriet Lowe}}, 3 May 2023. Original photos in the {{u:Seoul}} office, folder OR-7.
Ship: reefer "Ocean Dawn 7" (ex "Pyoksong 3"), flag as written on cover: {{u:Sierra Leone}}. Port of registry scratched out.

Date       | Code | Item | Record of operations                                              | Signature
2019-03-02 | C    | 11.1 | Sludge collected, 0.8 m3 retained in sludge tank                  | {{r:Pyon C.H.}} C/E
2019-03-02 |      |      | Page signed by Master                                             | {{p:Ko H.R.}}
2019-03-05 | D    | 13   | Bilge water to holding tank, 2.1 m3                               | {{r:J. Myong-su}} (oiler) for 2/E {{p:An Kwang-il}}
2019-03-09 | D    | 15.3 | Discharged overboard through 15 ppm equipment                     | {{p:An K.I.}}
2019-03-11 | H    | 26.1 | Bunkering at anchorage off {{u:Nakhodka}}, 38 t MGO                | {{r:Pyon}}
2019-03-14 | C    | 12.2 | Sludge to incinerator, 0.5 m3                                     | {{r:Kye S.N.}}
2019-03-20 | I    |      | Additional remarks: "Mark tank level after every watch. Will check." | {{r:Pyon Chol-ho}}
2019-03-21 | D    | 15.3 | Discharged overboard through 15 ppm equipment                     | {{r:Kye Sung-nam}} / {{r:Jang}}

Witness's annotations (interview of 28 April 2023, interpreter {{p:Noh Eun-ji}}):
- The 15 ppm separator had not worked since January. Each "15.3" entry is a night discharge straight over the side, ordered by the chief engineer {{r:Pyon}}. {{r:Myong-su}} says he signed the 5 March line because 2/E {{p:An}} was drunk in his cabin.
- "{{r:Kye}} was the third engineer but did the work of two. {{r:Sung-nam}} wrote the entries in pencil first, then {{r:Pyon}} copied them in ink so the handwriting would look the same."
- The Master, whom everyone called {{p:Old Ko}}, never came below. The Bosun, {{p:Tak}}, kept the crew's passports in the bond locker.
- The witness compares the reefer with the {{u:Wise Honest}}, seized in 2019, "but ours was smaller and dirtier".
- Item 26.1: the fuel came from a Russian barge; the barge skipper, a man called {{p:Gennady}}, gave {{r:Jang}} cigarettes.

Reviewer note ({{p:H.L.}}): entries are consistent with {{u:MARPOL}} Annex I codes. Chief engineer's signature on 20 March differs from the 2 March one; {{r:Jang Myong-su}} explains that {{r:Kye}} signed both.
Crew named elsewhere on pp. 14-17 (margin notes): wiper {{p:Sok Ung-il}}, cook {{p:Hwang}}, motorman {{p:Ri Chun-bong}} ("{{p:Chun-bong}}"), deck boy {{p:Kang}}. The barge came from {{u:Vladivostok}}; the reefer later called at {{u:Dalian}}.""",
    },
    {
        "id": "h71-en-02",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Rim Kwang-chol", "림광철", "witness", ["Kwang-chol", "Lim Kwang-cheol"]),
            ("So Hyon-u", "서현우", "supervisor", []),
            ("Pak Tong-il", "박동일", "coworker", []),
            ("Arun Thapa", "아룬 타파", "coworker", ["Arun"]),
        ],
        "note": "Bar-bending schedule from a Qatar tower site with the fixing gang's sign-offs; bar marks (B1, T2) and shape codes are not names; the surname So beside the word 'so'; Nepali co-worker; CRLF.",
        "text": """BAR BENDING SCHEDULE  BBS-L3-CORE-07 Rev C
Project: residential tower, Plot 41, {{u:Lusail}}, {{u:Qatar}}
Main contractor: (name withheld by NGO) | Rebar subcontractor: Al Noor Steel Fixing W.L.L.
Standard: BS 8666:2020 | Prepared by: {{p:V. Ramanathan}} (detailer) | Checked: {{p:M. El-Sayed}}

Member | Bar mark | Type/size | No. | Length (mm) | Shape code | Fixed by | Gang sign-off
Core wall W3 | B1 | H16 | 48 | 3250 | 00 | Gang 4 | {{r:Rim K.C.}}
Core wall W3 | B2 | H16 | 48 | 2900 | 21 | Gang 4 | {{r:Rim K.C.}} / {{r:So}}
Core wall W4 | T2 | H20 | 36 | 4100 | 11 | Gang 4 | {{r:Pak T.I.}}
Lintel L7 | L1 | H12 | 12 | 1800 | 51 | Gang 6 | {{p:Haidar}}
Lintel L7 | L2 | H10 | 40 | 950 | 51 | Gang 6 | {{p:Haidar}}
Slab S3 | S1 | H12 | 210 | 6000 | 00 | Gang 4 | {{r:Arun T.}}
Slab S3 | S2 | H12 | 210 | 6000 | 00 | Gang 4 | {{r:ArunThapa}}

Site remarks (handwritten, transcribed):
"Gang 4 = Korean gang, foreman {{r:SO HYON U}}. 12 men. Night pour 14/08."
"Cut list short 6 bars B2. {{r:So}} says take from Gang 6 stock. So we did."

NGO annotation (caseworker {{p:Fiona Reyes}}, 9 Feb 2024):
The witness {{r:Rim Kwang-chol}} (South Korean documents: {{r:Lim Kwang-cheol}}) identifies his own initials on lines 1-2. He says {{r:Kwang-chol}} was a "line signer" only: Foreman {{r:So}} told him where to sign and {{r:So Hyon-u}} collected the gang's pay from the subcontractor. {{r:Pak Tong-il}} signed line 3 after {{r:Pak}} had been on site for nineteen hours. The Nepali fixer {{r:Arun}} signed twice on the slab because his first signature was "not like the passport"; {{r:Arun Thapa}} later told our partner organisation in {{u:Kathmandu}} that the Korean gang was locked in its camp at {{u:Industrial Area}} every night at 9 pm. Detailer {{p:Ramanathan}} and checker {{p:El-Sayed}} are not accused of anything.
Gang 4 roll (from the witness): {{p:Kim Un-chol}}, {{p:Ri Tok-su}}, {{p:Chon Yong-ho}}, {{p:Ryu}}, {{p:Om Kil-nam}} and seven others. Gang 6 leader: {{p:Haidar Ali}}. Concrete by the ready-mix driver {{p:Faisal}}; the mix plant is at {{u:Mesaieed}}. Pay route: {{u:Doha}} exchange house, then {{u:Dandong}}.""",
    },
    {
        "id": "h71-en-03",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Il-bong", "최일봉", "witness", ["Il-bong"]),
            ("Hyon Song-chol", "현성철", "supervisor", []),
        ],
        "note": "Kuwaiti surveyors' levelling field book with staff readings and chainman initials; BM, TBM, RL and station names are not names; Arabic surveyor names in Latin and Arabic script; Kuwaiti places public.",
        "text": """LEVEL BOOK No. 3 - Rise and fall method
Site: villa cluster, {{u:Sabah Al-Ahmad Sea City}}, {{u:Kuwait}}
Surveyor: Eng. {{p:Talal Al-Mutairi}} ({{p:طلال المطيري}})   Instrument: auto level, serial 5521
Staff holder / chainman: see column "By"

Stn | BS    | IS    | FS    | Rise  | Fall  | RL     | Remarks           | By
BM1 | 1.425 |       |       |       |       | 4.000  | BM on kerb, KOC   | {{r:Choe}}
A   |       | 1.610 |       | -     | 0.185 | 3.815  | villa 12 corner   | {{r:I.B.C.}}
B   |       | 1.702 |       |       | 0.092 | 3.723  | villa 12 corner   | {{r:I.B.C.}}
TP1 | 1.388 |       | 1.555 | 0.147 |       | 3.870  |                   | {{p:Mun}}
C   |       | 0.994 |       | 0.394 |       | 4.264  | pool slab         | {{p:Mun}}
TBM2|       |       | 1.021 |       |  0.027| 4.237  | closed 2 mm       | {{r:Choe Il-bong}}

Checked: {{p:T.M.}}   Date 17/1/2017   Foreman countersign: {{r:Hyon}}

Remarks at back of book (pencil, Korean, translated by {{p:Jo Ha-rin}}):
"{{r:일봉}} holds the staff, {{p:문}} chains. {{r:현}} says no water until the line is closed."

NGO note: {{r:Choe Il-bong}} kept this level book when the Kuwaiti surveyor {{p:Al-Mutairi}} left it in the pick-up. He explains that the Korean brigade under {{r:Hyon Song-chol}} ({{r:현성철}}) was lent to the surveyor by the day, and that {{r:Hyon}} received the day rate in cash from the surveying firm's accountant, Mr {{p:Fernandes}}. {{r:Il-bong}} says he was never paid for the eleven days in January. The surveyor's assistant {{p:Mun Tae-hyok}} (the "Mun" in the book) was also from the brigade. "BM" is a bench mark, not a person; "KOC" refers to the {{u:Kuwait Oil Company}} marker on the kerb. The {{u:Public Authority for Manpower}} has no record of the brigade.
Other names in the back pages: {{p:Cho Hak-su}} (staff), {{p:Ryang}} (cook), a Bangladeshi driver {{p:Kamal}}, and the villa owner's agent {{p:Abu Nasser}}. Previous site: {{u:Al Ahmadi}}; the brigade slept in a camp at {{u:Sulaibiya}}.""",
    },
    {
        "id": "h71-en-04",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Yong-chol", "리영철", "witness", ["Lee Young-cheol", "Yong-chol", "Li Yongzhe"]),
            ("Ho Kum-sun", "허금순", "relative", ["Heo Geum-sun"]),
            ("Ju Tae-song", "주태성", "supervisor", ["Chu T'ae-sŏng"]),
            ("Han Sol-mi", "한솔미", "witness", ["Sol-mi"]),
        ],
        "note": "Name authority records from the NGO's testimony catalogue: each record gives an authorised form and see-references in McCune-Reischauer, Revised Romanization, Hanja, Chinese pinyin and Cyrillic; the field labels (Source, Note) and the surname discussed as a word are not mentions.",
        "text": """NAME AUTHORITY FILE - persons (export 2024-06-02, 4 records)
Maintained by the archivist, {{p:Dorota Wiśniewska}}. Rules: authorised heading in North Korean official romanization; variants as 400 fields. A surname alone is never a heading (there are too many Ri).

Record NA-0412
100  {{r:Ri, Yong-chol}}, 1981-
400  {{r:Lee, Young-cheol}}
400  {{r:Yi, Yŏng-ch'ŏl}}
400  {{r:리영철}}
400  {{r:李英哲}}
400  {{r:Li Yongzhe}} (name on Chinese hotel registration, {{u:Dandong}})
400  {{r:Ли Ен Чхоль}}
670  Source: interview T-231, 2022: "my name is {{r:Yong-chol}}, the Russians wrote {{r:Ли Ен Чхоль}}".
678  Construction worker, {{u:Vladivostok}} 2014-2017. Husband of {{r:Ho, Kum-sun}}.

Record NA-0413
100  {{r:Ho, Kum-sun}}
400  {{r:Heo, Geum-sun}}
400  {{r:Hŏ, Kŭm-sun}}
400  {{r:허금순}}
670  Source: letter from her brother {{p:Ho Kum-chol}}, 2021.
678  Wife of {{r:Ri Yong-chol}}; remained in {{u:Hamhung}}.

Record NA-0419
100  {{r:Ju, Tae-song}}
400  {{r:Chu, T'ae-sŏng}}
400  {{r:Joo Tae-sung}}
400  {{r:Чжу Тхэ Сон}}
670  Source: T-231 ("brigade leader {{r:Ju}}"), T-240 ("{{r:주태성}} 작업반장").
678  Brigade leader, {{u:Korea Rungrado General Trading Corporation}} group, {{u:Primorsky Krai}}. Do not confuse with {{p:Ju Tae-sok}} (NA-0388).

Record NA-0420
100  {{r:Han, Sol-mi}}
400  {{r:Han Solmi}}
400  {{r:한솔미}}
400  {{r:HAN SOL MI}}
670  Source: T-255. Note: "Han" in NA-0420 is the surname; the catalogue uses "Han" also for the Han river ({{u:Han River}}) in place records - check field 151 before merging.
678  Restaurant worker, {{u:Siem Reap}}; cousin of {{p:Kang Pok-hui}}.

Cataloguer's remark: record NA-0419 was proposed by volunteer {{p:Oskar}}; approved by {{p:D.W.}}.

Record NA-0388
100  {{p:Ju, Tae-sok}}
400  {{p:Chu, T'ae-sŏk}}
400  {{p:주태석}}
670  Source: T-198 ("a cousin of the brigade leader, also called {{p:Tae-sok}}").
678  Driver, {{u:Ussuriysk}}.

Place records cross-referenced: 151 {{u:Hamhung}}; 151 {{u:Siem Reap}}; 151 {{u:Dandong}}.""",
    },
    {
        "id": "h71-en-05",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Chung-guk", "김충국", "witness", ["Chung-guk"]),
            ("Ryu Kwang-myong", "류광명", "supervisor", []),
        ],
        "note": "Marine pilot's boarding notes for a general cargo ship with a North Korean crew; pilot, agent and master named; Pilot, Master, Chief Mate are titles; ladder, pilot card and VHF terms; ship Jie Shun as a real public comparison.",
        "text": """PILOT BOARDING NOTES - {{u:Port of Nakhodka}} pilot station
Pilot on duty: {{p:A. V. Sokolov}}    Date: 11 Nov 2018    Vessel: MV "Bright Star 8", gen. cargo, flag {{u:Togo}}
Agent: {{p:Irina Belova}}, tel. +7 914 *** 17 20

06:40  Boarded by pilot ladder, port side. Ladder rungs 3 and 7 broken; reported to Chief Mate {{p:Ryu}}.
06:42  Bridge. Master {{p:Choe}} present. Pilot card incomplete (no draft aft). Master speaks little Russian; Chief Mate {{r:Ryu Kwang-myong}} interprets.
06:50  Helmsman: AB {{r:Kim C.G.}}. Steady on helm, good.
07:05  Tug "Baikal" made fast. VHF ch. 16.
07:30  All fast, berth 12.

Pilot's remarks for the harbour master:
Crew of 22, all DPRK nationals according to crew list handed to me by {{r:Ryu}}. One crew member (the helmsman, name on list "{{r:KIM CHUNG GUK}}") approached me in the wheelhouse when the Master was on the wing and asked in broken Russian "помогите, паспорт". {{r:Ryu}} sent him below. Reported to the agent {{p:Belova}} and the border post.

NGO follow-up (2023, translator {{p:Pae Yu-na}}): {{r:Kim Chung-guk}} (b. 1990) confirms he is the helmsman in these notes. He says the Chief Mate {{r:Ryu}} was the ship's political officer in all but name, that the Master {{p:Choe Hak-bom}} was "only the driver", and that after the pilot left, {{r:Ryu Kwang-myong}} confiscated his work boots for a week. {{r:Chung-guk}} left the ship in {{u:Busan}} in 2019. He compares the ship to the {{u:Jie Shun}}. Pilot {{p:Sokolov}} has not responded to our letter.
Crew list (partial, as handed to the pilot): Master {{p:CHOE HAK BOM}}; C/O {{r:RYU KWANG MYONG}}; 2/O {{p:PAK SU IL}}; C/E {{p:KANG TAE HO}}; AB {{r:KIM CHUNG GUK}}; AB {{p:SO IL}}; cook {{p:RI MYONG OK}}. Last port: {{u:Nampho}}. Cargo: coal (declared as Russian), consignee in {{u:Vladivostok}}.""",
    },
    {
        "id": "h71-en-06",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Jon Hye-ryon", "전혜련", "witness", ["Hye-ryon"]),
            ("Kwak Un-sil", "곽은실", "supervisor", []),
            ("Sun Ping", "쑨핑", "official", ["小孙"]),
        ],
        "note": "Container packing list for frozen seafood from a Chinese plant, with loaders' and inspectors' sign-offs in pinyin and Chinese; the container and seal numbers, product names (Pollock, Alaska) and the word 'Jon' in a Korean word are traps; Chinese forms of address labelled whole; mixed CRLF/LF.",
        "text": """PACKING LIST / 装箱单
Shipper: Donggang Haixing Aquatic Products Co., Ltd. (plant no. 2102/02xxx)
Port of loading: {{u:Dalian}}   Port of discharge: {{u:Rotterdam}}   Vessel: as per B/L
Container: TGHU 884213-0 (40' reefer, -20 C)   Seal: CN0477123

Carton no. | Product                  | Lot     | Net kg | Packed by     | Checked by
1-420      | Alaska Pollock fillet IQF | P-0715 | 4,200  | {{r:JON H.R.}}  | {{r:孙平}}
421-800    | Alaska Pollock fillet IQF | P-0716 | 3,800  | {{r:JON H.R.}}  | {{r:孙平}}
801-1010   | Yellowfin sole, H&G      | S-0702  | 2,100  | {{r:郭银实}}   | {{r:孙平}}
1011-1200  | Squid rings               | Q-0630 | 1,900  | {{p:金玉花}}   | {{p:刘}}
Total 1,200 cartons / 12,000 kg net

Stuffing supervised: {{r:Sun Ping}} (QC)   Loader team leader: {{r:KWAK UN SIL}}
Remarks: "Stuffed at plant, not at CFS. {{r:小孙}} to send photos to buyer."

NGO note (translator {{p:Chen Yuting}}):
The NGO obtained this document from a buyer's audit file. {{r:Jon Hye-ryon}} ({{r:전혜련}}), a former worker at the plant in {{u:Donggang}}, identified "{{r:JON H.R.}}" as her own code: packing lists used the Korean women's surnames and initials because the Chinese managers could not write the names. The team leader {{r:Kwak}} ({{r:곽은실}}) was a North Korean minder; {{r:Hye-ryon}} says {{r:곽}} 반장 took the packing bonus for the whole team. The QC inspector {{r:小孙}} ({{r:Sun Ping}}) was kind to them and sometimes brought fruit. "{{p:金玉花}}" on the squid line is {{p:Kim Ok-hwa}}, who left in 2020. {{p:刘}} is a Chinese line manager (full name unknown).
A Korean word in the witness's note, "전 냉동창고에 있었어요" (I was in the cold store), uses 전 for "I"; it is not the surname.
Other line workers named in the audit file: {{p:Jo Son-hui}}, {{p:Ri Kyong-a}}, {{p:Pak}} (squid line) and the Chinese forklift driver {{p:老杨}}. Buyer's auditor: {{p:Elke Brandt}}. The containers were trucked from {{u:Donggang}} to {{u:Dalian}} port.""",
    },
    {
        "id": "h71-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Paek Nam-hyok", "백남혁", "witness", ["Nam-hyok"]),
            ("Yun Chang-ho", "윤창호", "supervisor", []),
            ("Mun Jong-ae", "문정애", "witness", []),
        ],
        "note": "NGO-drafted annex to a sanctions implementation submission, table of workers still abroad after the repatriation deadline, identified by initials, pseudonym codes and names; Security Council resolutions, the 1718 Committee and the Panel of Experts are public; the surname Yun beside the currency yuan; paragraph and table labels are not names.",
        "text": """ANNEX 3 - Information on DPRK nationals earning income abroad after 22 December 2019
(submitted with the NGO's letter to the {{u:Security Council Committee established pursuant to resolution 1718 (2006)}}, for the attention of the {{u:Panel of Experts}})

Legal basis: paragraph 8 of {{u:resolution 2397 (2017)}} required Member States to repatriate all DPRK nationals earning income in their jurisdiction within 24 months.

No. | Code  | Name / initials        | Sex/YOB | Location (as reported)                 | Employer (as reported)                | Source
1   | W-118 | {{r:PAEK Nam\u200b-hyok}}    | M/1986  | {{u:Blagoveshchensk}}, {{u:Amur Oblast}} | private housing contractor            | interview 2023
2   | W-119 | {{p:K.S.I.}}           | M/1979  | {{u:Blagoveshchensk}}                  | same                                  | W-118
3   | W-120 | {{p:RI Chol}}          | M/?     | {{u:Khabarovsk}}                       | unknown                               | W-118
4   | W-131 | {{r:MUN Jong-ae}}      | F/1993  | {{u:Shenyang}}, {{u:Liaoning}}          | restaurant                            | interview 2022
5   | W-132 | "{{p:Sister Hwa}}"     | F/?     | {{u:Shenyang}}                         | restaurant                            | W-131
6   | W-133 | {{p:CHOE Un-byol}}     | F/1995  | {{u:Shenyang}}                         | restaurant                            | W-131
7   | S-014 | {{r:YUN Chang-ho}}     | M/1972  | {{u:Blagoveshchensk}}                  | brigade leader ("{{r:Yun}} sajang")   | W-118

Notes to the table
(a) W-118 ({{r:Paek}}) states that in March 2021 his brigade of 30 was moved from a student-visa dormitory to a house rented by {{r:Yun Chang-ho}}; {{r:Yun}} paid the landlord, Mrs {{p:Tatiana Kruglova}}, 40,000 roubles a month. {{r:Nam-hyok}} was paid in yuan and roubles; the yuan came from Chinese subcontractors.
(b) The initials {{p:K.S.I.}} stand for a co-worker whose full name the witness prefers not to give.
(c) W-131 ({{r:Mun Jong-ae}}) says the restaurant manager, Comrade {{p:Ryang}}, told the waitresses in 2020 that the repatriation "was for other countries". The nickname "{{p:Sister Hwa}}" refers to the head waitress.
(d) Table entries are not findings of the {{u:United Nations}}; they are the NGO's.
(e) Further persons mentioned by W-118: the Russian foreman {{p:Igor Sidorenko}}, and two brigade members, {{p:Ri Song-chol}} and {{p:Han Myong-il}}, said to have been moved to {{u:Vladivostok}}.""",
    },
    {
        "id": "h71-en-08",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Kang Sok-chol", "강석철", "witness", ["Sok-chol"]),
            ("Tak Yong-nam", "탁영남", "supervisor", ["Tak"]),
            ("Olga Dmitrievna Perova", "올가 드미트리예브나 페로바", "official", ["Perova"]),
        ],
        "note": "Russian railway wagon loading sheet for round timber from a logging depot, translated with the Cyrillic names kept; wagon numbers and species codes are not names; the brigade leader in Cyrillic with case ending; RZD and Russian places public; CRLF.",
        "text": """WAGON LOADING SHEET (translated from Russian) - Station {{u:Novy Urgal}}, {{u:Far Eastern Railway}}
Shipper: timber depot "Kedr-3" (private)   Consignee: sawmill in {{u:Suifenhe}}, PRC
Loading master: {{r:О. Д. Перова}} ({{r:Olga Perova}})

Wagon no.  | Type      | Species  | Vol. m3 | Loaded by (brigade) | Signature
52817443   | timber car | larch   | 68      | brigade 2           | {{r:Так}}
52817450   | timber car | larch   | 71      | brigade 2           | {{r:Так Ён Нам}}
52904318   | gondola    | pine     | 64      | brigade 5           | {{p:Ким Ч.}}
52904326   | gondola    | birch    | 59      | brigade 5           | {{p:Ким Ч.}}
Loading complete 23:40, 7 Feb 2016. Wagons sealed. Stakes checked by {{r:Perova}}.

Master's note (translated): "Brigade 2 (Koreans, leader {{r:Така}}) loaded two cars in 5 hours at -38. Brigade 5 did not finish, their leader {{p:Ким}} was at the clinic. I told {{r:Таку}} that his men must have proper gloves."
OCR of the carbon copy reads the signature on wagon 52817450 as "{{r:Tak Yong-narn}}".

NGO annotation (interpreter {{p:Svetlana Ahn}}):
{{r:Kang Sok-chol}} ({{r:강석철}}) loaded wagon 52817443. He recognises the signature of {{r:Tak Yong-nam}} ({{r:탁영남}}), brigade 2 leader, and says the loading master {{r:Olga Dmitrievna}} was the only Russian who argued with {{r:Tak}} about the cold. {{r:Sok-chol}} lost two toenails that winter. The brigade 5 leader "{{p:Ким Ч.}}" was {{p:Kim Chang-ryong}}, who died in 2017, according to {{r:Kang}}. The depot shipped through {{u:Grodekovo}} to China. Larch, pine and birch are species, and "Kedr" (cedar) is the depot's name, not a person.
Other signatures on the reverse: dispatcher {{p:Н. Белов}} ({{p:N. Belov}}); brigade 2 members {{p:Ли}}, {{p:Пак Ё.}}, {{p:Чон}}. The wagons went via {{u:Komsomolsk-on-Amur}} and {{u:Khabarovsk}}.""",
    },
    {
        "id": "h71-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Hyok-chan", "김혁찬", "witness", ["Hyok-chan"]),
            ("O Yong-bom", "오영범", "supervisor", []),
        ],
        "note": "Bronze-foundry pour cards from a monument workshop in Africa run by a sanctioned North Korean company; casters sign with surnames and initials; the surname O beside 'O-ring' and the interjection; real monuments and company public.",
        "text": """FOUNDRY POUR CARDS - workshop at {{u:Windhoek}}, cards 112-118 (photocopies)
Contractor named on the workshop sign: {{u:Mansudae Overseas Project Group of Companies}}
Alloy: CuSn10 bronze   Furnace: induction 2 t

Card | Date       | Part              | Melt temp | Pour time | Caster   | Helper        | Checked
112  | 2013-05-02 | torso segment 3   | 1180 C    | 3 min     | {{r:O Y.B.}}   | {{r:Kim H.C.}} | {{r:O}}
113  | 2013-05-02 | torso segment 4   | 1175 C    | 3 min     | {{r:O Y.B.}}   | {{r:Kim H.C.}} | {{r:O}}
114  | 2013-05-06 | left arm          | 1190 C    | 2 min     | {{r:Kim Hyok Chan}} | {{p:Ndapewa S.}} | {{r:O}}
115  | 2013-05-06 | plinth plaque     | 1160 C    | 1 min     | {{p:Chae}}     | {{p:Ndapewa}}  | {{p:Chae}}
116  | 2013-05-09 | O-ring flange     | 1170 C    | 1 min     | {{p:Chae}}     | -              | {{r:O Yong-bom}}
117  | 2013-05-09 | head (re-pour)    | 1195 C    | 4 min     | {{r:O Y.B.}}   | {{r:K.H.C.}}   | {{r:O}}
118  | 2013-05-13 | head (re-pour)    | 1195 C    | 4 min     | {{r:O Y.B.}}   | {{r:K.H.C.}}   | {{r:O}}

Witness notes (interview in {{u:Seoul}}, 2021):
{{r:Kim Hyok-chan}} was a helper caster in the workshop from 2012 to 2014; the foreman {{r:O Yong-bom}} ({{r:오영범}}) signed every card as "checked" even when he was in town. "Oh, the head! We poured it three times," {{r:Hyok-chan}} says. The Namibian apprentice {{p:Ndapewa Shikongo}} was trained by {{r:Kim}} and later worked on the {{u:Heroes' Acre}} maintenance. {{p:Chae}} was a sculptor from {{u:Mansudae Art Studio}}, first name unknown. The workshop also prepared panels for a project in {{u:Dakar}}; the witness never went there. {{r:O}} kept the workers' passports in the foundry office safe.
Workshop roster (1 May 2013, witness's list): casters {{p:Chae Song-min}}, {{p:Ri Ung-bom}}, {{p:Paek}}; moulders {{p:Tonderai}}, {{p:Johannes Nghipondoka}}; interpreter Miss {{p:Kim Hyon-ok}}. Related projects: statue at {{u:Luanda}}; memorial at {{u:Maputo}}.""",
    },
    {
        "id": "h71-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yoo Seung-hwan", "유승환", "witness", ["Seung-hwan", "Mr Yoo"]),
            ("Kim Un-jong", "김은정", "witness", ["Un-jong"]),
            ("Chhay Sokha", "차이 속하", "coworker", ["Sokha"]),
        ],
        "note": "Inbound tour operator's group itinerary for a South Korean tour in Cambodia with a dinner at a North Korean restaurant; tour leader, guide, drivers and a waitress named; hotel and restaurant names invented and unmarked; temples and cities public; Grace and Rose used as ordinary words and as names.",
        "text": """GROUP ITINERARY - code KH-2311-SR (5D3N Siem Reap)
Operator: Angkor Bridge Travel (inbound)   Tour leader (from Korea): {{r:Yoo Seung-hwan}}
Local guide: {{r:Chhay Sokha}} (Korean-speaking)   Drivers: Mr {{p:Vuthy}}, Mr {{p:Rithy}}
Group: 24 pax. Rooming list attached (not reproduced: contains passport numbers).

Day 1  Arrive {{u:Siem Reap–Angkor International Airport}}. Transfer to Golden Lotus Hotel. Welcome dinner (buffet).
Day 2  {{u:Angkor Wat}} sunrise; {{u:Bayon}}; {{u:Ta Prohm}}. Lunch local. 18:30 dinner and show at "Pyongyang Dinner Theatre" (set menu B, naengmyeon). Guide note: pay cash USD only, ask for Ms {{p:Ri}} at the counter.
Day 3  {{u:Tonle Sap}} floating village. Optional massage (Grace Spa, USD 20). Free evening.
Day 4  Shopping: silk farm; rose-apple tasting. Night flight.

Guide's handwritten remarks on the operator's copy (transcribed):
"Day 2 OK. Restaurant manager {{p:Kim}} asked number of pax again. Waitress {{r:Un-jong}} sang two songs. Leader {{r:Yoo}} gave tip USD 50 to table. Pax no. 17 (Mrs {{p:Rose Park}}) complained about photo ban."

NGO file note (caseworker {{p:Grace Oh}}, 2024):
{{r:Yoo Seung-hwan}} contacted us in 2023. During the Day 2 show, a waitress whose name badge read "{{r:김은정}}" slipped him a folded napkin with a phone number. {{r:Seung-hwan}} gave it to the guide, {{r:Sokha}}, who kept it. {{r:Kim Un-jong}} is now registered with us as a witness; she left {{u:Cambodia}} in 2019 through {{u:Phnom Penh}}. The manager "{{p:Kim}}" on the guide's remarks is a different person (male). {{r:Chhay Sokha}} has agreed to be contacted; the drivers {{p:Vuthy}} and {{p:Rithy}} were not asked. Mr {{r:Yoo}} asks that his employer not be named.""",
    },
    {
        "id": "h71-en-11",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Kwang-hun", "최광훈", "supervisor", ["Kwang-hun", "K.H. Choi"]),
            ("Ri Sun-ae", "리순애", "witness", ["Sun-ae"]),
        ],
        "note": "Bank safe-deposit box access register from Dubai, leaked to the NGO; renter and authorised persons in Latin and Arabic script, initials; box numbers, 'Dual control' and 'Custodian' are not names; Deira and Dubai public.",
        "text": """SAFE DEPOSIT LOCKER ACCESS REGISTER - Branch: {{u:Deira}}, {{u:Dubai}}
Bank: (name withheld by NGO)   Vault custodian: {{p:Faisal Al-Rashidi}} ({{p:فيصل الراشدي}})
Dual control: custodian + second key holder

Box   | Date       | Time in | Time out | Renter / authorised person          | ID seen           | Custodian
0417L | 2018-01-09 | 10:12   | 10:31    | {{r:CHOE KWANG HUN}}                | PS 745xxxx (DPRK) | {{p:F.R.}}
0417L | 2018-02-14 | 11:05   | 11:09    | {{r:CHOE KWANG HUN}}                | PS 745xxxx        | {{p:F.R.}}
0417L | 2018-03-20 | 09:48   | 10:40    | {{r:K.H. CHOI}} + {{p:PAK SONG}}    | PS 745xxxx / ?    | {{p:M. Qasim}}
0417L | 2018-04-02 | 15:15   | 15:20    | {{p:PAK SONG}} (authorised)         | PS 812xxxx        | {{p:فيصل}}
0522S | 2018-04-02 | 15:22   | 15:30    | Hamdan Trading (Mr. {{p:Anwar}})    | EID               | {{p:F.R.}}
0417L | 2018-05-17 | 10:00   | 10:05    | {{r:CHOE K.H.}}                     | PS 745xxxx        | {{p:Faisal}}

Note in the margin (custodian, English): "Mr {{r:Choe}} always brings cash in a paper bag. Second person {{p:Pak}} does not speak English."

NGO analysis (researcher {{p:Tom Gallagher}}):
{{r:Ri Sun-ae}}, who worked as a bookkeeper for a North Korean construction brigade in {{u:Sharjah}} until 2018, identifies the renter as {{r:Choe Kwang-hun}} ({{r:최광훈}}), the brigade's finance representative. According to {{r:Sun-ae}}, {{r:Kwang-hun}} collected the workers' monthly "plan money" in cash and kept it in the box until a courier flew it to {{u:Pyongyang}}. The second person, "{{p:PAK SONG}}", was his driver. The custodian {{p:Faisal}} is a bank employee and is not accused of wrongdoing. Box 0522S belongs to an unrelated customer ("Mr. {{p:Anwar}}"). The entry "Hamdan Trading (Mr. {{p:Anwar}})" is left as written.
Other names on the same register page (unrelated boxes): {{p:S. Menon}}, {{p:Rashid Al-Falasi}}, {{p:Olena K.}}. The brigade worked on villas in {{u:Al Barsha}}.""",
    },
    {
        "id": "h71-en-12",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Jeon Min-ji", "전민지", "other", ["Min-ji"]),
            ("Kang Chol-su", "강철수", "witness", ["Chol-su", "Kang Cheol-su"]),
            ("Somchai Wongsawat", "솜차이 웡사왓", "other", ["Somchai"]),
        ],
        "note": "Thai TM.30 notification batch filed by a guesthouse owner for an NGO field team; Thai names in Thai script and Latin; South Korean staff and a resettled witness travelling on a South Korean passport; field labels and 'Owner' are not names; mixed CRLF/LF.",
        "text": """แบบ ตม.30 / TM.30 - Notification of residence for foreigners (batch printout)
Immigration office: {{u:Chiang Rai Immigration}}   Submitted online by the house owner
House owner: นาย{{r:สมชาย วงศ์สวัสดิ์}} (Mr {{r:Somchai Wongsawat}})   Guesthouse: Baan Mae Kok (12 rooms)

No. | Foreigner's name (as in passport) | Nationality | Passport   | Arrival    | Room
1   | {{r:JEON MINJI}}                  | KOR         | M8xxxx421  | 2023-11-02 | 3
2   | {{r:KANG CHEOLSU}}                | KOR         | M4xxxx007  | 2023-11-02 | 4
3   | {{p:PARK JIHOON}}                 | KOR         | M1xxxx950  | 2023-11-02 | 5
4   | {{p:ELLIOTT, SARAH JANE}}         | GBR         | 55xxxx318  | 2023-11-03 | 6
5   | {{p:NGUYEN THI HOA}}              | VNM         | C2xxxx774  | 2023-11-04 | 9

Receipt no. 2023/11/0381. Printed by: {{p:ดวงใจ}} (front desk)

Field team log (team lead {{r:Jeon Min-ji}}):
- {{r:Somchai}} filed the TM.30 within 24 hours as the law requires under the {{u:Immigration Act B.E. 2522}}. He asked why a Korean man "who speaks like the North" was in room 4. {{r:Min-ji}} told him only that {{r:Chol-su}} is a South Korean citizen.
- {{r:Kang Chol-su}} (passport {{r:KANG CHEOLSU}}) came to retrace the river route he took in 2011 from {{u:Bokeo}} to {{u:Chiang Saen}}. He asked that his North Korean name not be used in the village.
- {{p:Park Ji-hoon}} is our photographer. {{p:Sarah Elliott}} is an independent researcher travelling with us; Ms {{p:Nguyen}} was not connected to our team.
- The front-desk clerk, {{p:Duangjai}}, printed the receipt for us. Owner {{r:สมชาย}} refused payment for the extra night.
- Thai volunteer driver: พี่{{p:ต้อม}} ({{p:Tom}}). Boat contact on the Lao side: {{p:Khamla}}. Next stop after {{u:Chiang Rai}}: {{u:Bangkok}}.""",
    },
    {
        "id": "h71-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Chang-son", "리창선", "witness", ["Chang-son"]),
            ("Hwang Pyong-nam", "황병남", "supervisor", []),
            ("Sergei Zhukov", "세르게이 주코프", "coworker", ["Seryoga"]),
        ],
        "note": "Generator run-hour log from a logging camp in Khabarovsk Krai; operators sign in Korean, Russian and initials; the diminutive Seryoga; fuel terms, Start/Stop and 'Major service' are not names; Korean word 방 beside the surname Pang.",
        "text": """GENERATOR LOG - camp "Kvartal 14", {{u:Verkhnebureinsky District}}, {{u:Khabarovsk Krai}}
Unit: diesel genset 100 kVA (No. 2)   Fuel: diesel, issued from the depot in {{u:Chegdomyn}}

Date   | Start | Stop  | Hours | Meter   | Fuel l | Operator          | Remarks
03.12  | 05:00 | 23:00 | 18    | 11 204  | 190    | {{r:Ri C.S.}}     | ok
04.12  | 05:00 | 23:30 | 18.5  | 11 222  | 200    | {{r:리창선}}       | ok
05.12  | 05:00 | 12:10 | 7.2   | 11 229  | 80     | {{r:Серёга}}       | stop - oil pressure
05.12  | 15:40 | 23:00 | 7.3   | 11 237  | 85     | {{r:Жуков С.}}     | oil changed
06.12  | 05:00 | 23:00 | 18    | 11 255  | 190    | {{p:Пан}}          | ok
07.12  | 05:00 | 23:00 | 18    | 11 273  | 190    | {{r:Ri C.S.}}     | Major service due at 11 300
08.12  | 05:00 | 10:00 | 5     | 11 278  | 50     | {{p:Пан}}          | fuel short, brigade leader {{r:Hwang}} ordered stop

Brigade leader's note (Korean, transcribed): "{{r:창선}} 동무 발전기 책임. 연유 절약할 것. 방은 저녁 8시부터만 불 켤 것. - {{r:황병남}}"
(Translation: "Comrade {{r:Chang-son}} responsible for the generator. Save fuel. Rooms to have light only from 8 pm.")

NGO note: {{r:Ri Chang-son}} kept a photo of this page. The Russian mechanic {{r:Sergei
Zhukov}}, whom everyone called {{r:Seryoga}}, came from the depot twice a week. {{p:Пан}} is {{p:Pang Myong-ho}}, a brigade member; the Korean word 방 in the note means "room" and is not his surname. {{r:Hwang Pyong-nam}} cut the generator hours to sell diesel to a Russian trucker, {{p:Vitya}}, says {{r:Ri}}. The workers slept at -40 without heating on 8 December.
Others in the camp named by the witness: cook {{p:Kye Yong-sun}}, sawyers {{p:Om}} and {{p:Ryu Sang-gil}}, the Russian depot chief {{p:Nikolai Petrovich}}. The camp was on the {{u:Bureya River}}.""",
    },
    {
        "id": "h71-en-14",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Tae-sik", "김태식", "witness", ["Tae-sik"]),
            ("Ro Hak-chol", "로학철", "supervisor", ["No Hak-chol"]),
            ("Daniel Whitcombe", "대니얼 윗컴", "other", ["Whitcombe"]),
        ],
        "note": "Hull surveyor's condition report on a detained fishing vessel with crew accommodation findings; surveyor and crew named; the names Ro and No for one person; deck terms (Bosun, Master, Chief) and 'Hope' in the vessel's former name are not names; port and authorities public.",
        "text": """CONDITION SURVEY REPORT - Ref. CS-2020-0917
Vessel: F/V "Sea Hope 2" (ex "Taedong 55"), stern trawler, built 1987
Place of survey: {{u:Port of Busan}}, Gamcheon anchorage   Attending surveyor: {{r:Daniel Whitcombe}}, AFIMarEST
Instructed by: the P&I correspondent, on behalf of the owners (name withheld)

1. Hull and structure
Shell plating heavily wasted in way of the fish hold; doubler plates welded without class approval. Bilge wells contain oily water.
2. Crew accommodation
Eight-berth cabin for 14 crew. No ventilation; one washbasin. Crew list shows 18 DPRK nationals and 2 Chinese. The Master ({{p:Choe Yong-il}}) and the Chief ({{r:RO HAK CHOL}}) each have single cabins.
3. Statements taken on board (with interpreter {{p:Oh Su-bin}})
3.1 AB {{r:KIM TAE SIK}}: hours of rest not recorded; works 18-hour days. Crew passports are kept by the Chief, Mr {{r:Ro}}.
3.2 Bosun {{p:Song Kil-nam}}: declined to answer.
3.3 Chinese cook {{p:Wang Fei}} (王飞): says food is bought by "{{r:老卢}}" (the Chief).

Surveyor's conclusion: the vessel is not fit to proceed to sea. Copy to the {{u:Busan Regional Office of Oceans and Fisheries}}.
Signed: {{r:D. Whitcombe}}

NGO note (2021): {{r:Kim Tae-sik}} ({{r:김태식}}) was the AB interviewed at 3.1. He says {{r:Ro Hak-chol}}, written "{{r:No Hak-chol}}" in the Korean port authority's papers, was the ship's real boss. {{r:Tae-sik}} left the vessel in {{u:Busan}} and was taken in by the {{u:Korea Coast Guard}}. Surveyor {{r:Whitcombe}} gave us his permission to quote the report. The {{p:Song}} at 3.2 is unrelated to the Korean word 송 (pine) on the vessel's bell.
3.4 Oiler {{p:Ri Yong-sam}}: "ask the Chief". 3.5 Cook's helper {{p:Zhou Bin}} (周斌): no statement. 3.6 Deckhand {{p:Kim}} (second of that name, 17 years old according to {{p:Song Kil-nam}}). Vessel previously fished near {{u:Sakhalin}}.""",
    },
    {
        "id": "h71-en-15",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Zhao Lihua", "자오리화", "official", ["赵丽华", "Zhao"]),
            ("Ri Myong-hui", "리명희", "witness", ["Myong-hui"]),
            ("Cha Yong-gil", "차영길", "supervisor", []),
        ],
        "note": "Certificate-of-origin authorised signatory list from a Chinese garment exporter, filed with CCPIT, with specimen signatures described; NGO annotations link the signatories to a North Korean workforce; Chinese names in characters and pinyin; Cha as surname beside the word 'cha' (tea); company names invented.",
        "text": """APPLICATION FOR REGISTRATION OF AUTHORISED SIGNATORIES - Certificates of Origin
Applicant: Hunchun Jinfeng Garment Co., Ltd.   Registered with: {{u:China Council for the Promotion of International Trade}}, {{u:Jilin}} sub-council
Destination markets: EU / UK (GSP-exit forms), {{u:Japan}}

No. | Signatory        | Position               | ID no.           | Specimen signature
1   | {{r:赵丽华}} {{r:ZHAO Lihua}} | export manager | 2224xxxxxxxx1048 | "{{r:赵丽华}}" in running hand
2   | {{p:崔建国}} {{p:CUI Jianguo}} | general manager | 2224xxxxxxxx0331 | "{{p:崔}}" with seal
3   | {{p:朴美英}} {{p:PIAO Meiying}} | documents clerk | 2224xxxxxxxx2277 | initials "{{p:PMY}}"
Company chop: round red seal. Date: 2019-04-11.

Covering e-mail from the freight forwarder ({{p:Jessica Liang}}) to the buyer's compliance team:
"Dear all, please note new signatories. Ms {{r:Zhao}} will sign all COs from May. Mr {{p:Cui}} only for urgent ones. Best, {{p:Jessica}}"

NGO annotation (analyst {{p:Hannah Eberhardt}}, 2024):
{{r:Ri Myong-hui}} ({{r:리명희}}), a former sewing-line worker, says the factory in {{u:Hunchun}} employed about 80 North Korean women on the third floor. She knew {{r:Zhao Lihua}} as "{{r:赵姐}}", who came up to count finished jackets; {{r:Myong-hui}} does not accuse her of knowing the women's conditions. The North Korean side was run by {{r:Cha Yong-gil}} ({{r:차영길}}), who never appears on Chinese paperwork. "{{r:Cha}} drank cha (tea) with the general manager every morning," {{r:Ri}} says, so the women called the GM's office "the tea room". The clerk {{p:朴美英}} ({{p:Piao Meiying}}) is an ethnic Korean from {{u:Yanbian}}. Buyers named in the e-mail chain: withheld.
Other factory staff named by the witness: line leader {{p:Ryom Hyang-sim}}, driver {{p:老孟}}, cook {{p:Kim Sun-bok}}. Freight forwarder office: {{u:Yanji}}; export port: {{u:Dalian}}.""",
    },
    {
        "id": "h71-en-16",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Song Chol-man", "송철만", "supervisor", ["Chol-man"]),
            ("Ra Kyong-il", "라경일", "witness", ["Kyong-il", "Na Kyong-il"]),
        ],
        "note": "Cheque-book stubs of a Kuwaiti subcontractor, payees written in English and Arabic; the surname Song beside the word song; 'Bearer', 'Cash' and 'Self' are not names; Ra/Na as North/South spellings; CRLF.",
        "text": """CHEQUE BOOK STUBS - account ending 3390 (photocopies of 9 stubs)
Drawer: Al-Sahra General Contracting Co. W.L.L., {{u:Kuwait City}}

Stub no. | Date      | Pay                            | KWD     | For
004411   | 01/07/17  | {{r:SONG CHOL MAN}}             | 2,850   | Korean labour June (Jahra villas)
004412   | 01/07/17  | {{p:Abdullah Al-Enezi}}         | 400     | site rent
004413   | 04/07/17  | Cash                           | 150     | petty
004414   | 15/07/17  | {{r:سونغ تشول مان}}             | 1,200   | advance Korean labour
004415   | 01/08/17  | {{r:SONG C.M.}}                 | 2,850   | Korean labour July
004416   | 01/08/17  | Bearer                         | 300     | water tanker
004417   | 02/08/17  | {{p:Jose Manalo}}               | 180     | driver salary
004418   | 01/09/17  | Mr {{r:Song}} (Korea)           | 2,850   | Korean labour Aug
004419   | 03/09/17  | Self                           | 1,000   | -
004420   | 01/10/17  | {{r:ＳＯＮＧ ＣＨＯＬ ＭＡＮ}}        | 2,850   | Korean labour Sept (typed on phone)

Accountant's pencil note on 004418: "Mr {{r:Song}} wants cash from now. {{p:Ahmad}} to arrange."

NGO note (interpreter {{p:Layla Haddad}}; witness {{r:Ra Kyong-il}}, also registered in Seoul as {{r:Na Kyong-il}}):
{{r:Kyong-il}} worked on the {{u:Al Jahra}} villas in summer 2017 in a brigade of 21 under {{r:Song Chol-man}} ({{r:송철만}}). Each monthly cheque to {{r:Song}} covered the whole brigade; {{r:Ra}} estimates that the men received about KWD 30 each in hand. "{{r:Chol-man}} sang a song at the Party anniversary and then told us there was no money," {{r:Kyong-il}} says. The Filipino driver {{p:Jose}} drove the brigade bus. The {{u:Public Authority for Manpower}} work permits named the brigade under a different sponsor.
Other brigade members named by the witness: {{p:Kim Song-il}}, {{p:Ri Tae-ung}}, {{p:Yu}} and the cook {{p:Kwon Ok-sun}}. The brigade camp was at {{u:Mangaf}}.""",
    },
    {
        "id": "h71-en-17",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kil Yong-jin", "길영진", "witness", ["Yong-jin"]),
            ("Choe Sang-ryol", "최상렬", "supervisor", ["Choi Sang-yeol"]),
            ("Chen Guodong", "천궈둥", "other", ["老陈"]),
        ],
        "note": "Bunker delivery notes for ship-to-ship fuel supply to a squid-fishing vessel, signed by the chief engineer and the tanker master; names in Korean, Chinese and romanization; the fuel grade and sulphur figures are not names; the East China Sea and sanctions resolution public.",
        "text": """BUNKER DELIVERY NOTE No. 0087 (copy 2 - receiving ship)
Supplier: tanker "Hai Xiang 16" (master {{r:Chen Guodong}} / {{r:陈国栋}})
Receiving vessel: "Kumsan 3" (squid jigger), call sign not given
Position: 30 deg 12' N, 124 deg 40' E, {{u:East China Sea}}. Date: 2018-09-14, 02:10-04:25 LT

Product: MGO DMA   Quantity: 42.0 MT   Density @15C: 0.846   Sulphur: 0.09 % m/m
Sample seal nos.: 21190 (supplier), 21191 (receiver)
Signed for supplier: {{r:Chen G.D.}}   Signed for receiver (Chief Engineer): {{r:CHOE SANG RYOL}}
Witnessed: {{r:KIL Y.J.}} (oiler)

BUNKER DELIVERY NOTE No. 0088 (copy 2)
Same ships, 2018-10-02. MGO 30.5 MT. Receiver: {{r:최상렬}}. Witness: {{p:Ri Song-bok}}.
Remark on the back, in Chinese: "{{r:老陈}}说现金下次给" ("Old {{r:Chen}} says cash next time").

NGO note (translated from the interview of 14 March 2023):
{{r:Kil Yong-jin}} ({{r:길영진}}) kept these copies in his boots when he left the jigger. He says the chief engineer {{r:Choe Sang-ryol}} (registered in South Korean documents of a relative as {{r:Choi Sang-yeol}}) paid the tanker in US dollars at night, in breach of {{u:resolution 2397 (2017)}}. {{r:Yong-jin}} signed as witness because {{r:Choe}} ordered him to. "{{r:Chen}} was friendly. He gave us instant noodles." The oiler {{p:Ri Song-bok}} signed the second note. {{r:Kil}} was later transferred to a factory in {{u:Zhoushan}}.
Crew named in the witness's notebook: master {{p:Kim Jong-bok}}, bosun {{p:Jo}}, motorman {{p:Han Chol-su}}, deckhands {{p:Ri Un-gil}} and {{p:Rim}}. Landing port for the catch: {{u:Shidao}}.""",
    },
    {
        "id": "h71-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Choe Song-hui", "최성희", "witness", ["성희"]),
            ("Pak Kum-ok", "박금옥", "relative", ["금옥"]),
            ("Yang Ji-hoon", "양지훈", "other", []),
        ],
        "note": "Korean epidemiological investigation report on a COVID cluster at an NGO Korean-language class for resettled North Koreans; case numbers, contact list with names, honorifics and particles; 이상, 정도, 동선 and 확진자 are ordinary words; district health centre and law public.",
        "text": """역학조사 결과 보고 (내부용)
작성: {{u:노원구보건소}} 역학조사반 {{p:임수정}} 주무관
근거: {{u:감염병의 예방 및 관리에 관한 법률}} 제18조
사례: 노원-1127 (2021. 8. 23. 확진)

1. 확진자 정보
- 성명: {{r:최성희}} (여, 51세), 북한이탈주민, 2016년 입국
- 증상 발현: 8. 20. 발열, 인후통
- 직업: 요양보호사 (주 5일)

2. 주요 동선 (8. 18. ~ 8. 22.)
- 8. 19.(목) 19:00~21:00 ○○센터 3층 한국어 교실 (강사 {{r:양지훈}}, 수강생 9명)
- 8. 21.(토) 12:00 {{u:상계동}} 식당에서 딸 {{r:박금옥}}과 식사
- 8. 22.(일) 10:30 교회 예배 (참석자 30명 이상, 마스크 착용)

3. 접촉자 명단 (한국어 교실)
연번 | 성명 | 관계 | 검사 결과 | 비고
1 | {{r:양지훈}} | 강사 | 음성 | 자가격리 14일
2 | {{p:리순덕}} | 수강생 | 양성 | 노원-1131
3 | {{p:김영남}} | 수강생 | 음성 |
4 | {{p:한춘화}} | 수강생 | 음성 | 휴대폰 없음, 딸 {{p:한나래}} 번호로 연락
5 | {{p:강}}○○ | 수강생 | 미검사 | 연락 두절
6 | {{p:송미란}} | 자원봉사자 | 음성 |

4. 조사 의견
확진자 {{r:최성희}} 씨는 러시아 {{u:블라디보스토크}}에서 건설 노동자 식당 조리원으로 일한 경력이 있어, 통역 없이도 의사소통이 원활함. 다만 {{r:성희}} 씨는 "북에 있는 가족에게 알려지면 안 된다"며 이름 공개를 거부함. 딸 {{r:금옥}} 씨는 밀접접촉자로 분류됨. 강사 {{r:양지훈}} 씨가 수강생 연락처를 제공함. 수강생 중 1명({{p:강}}○○)은 2주 정도 연락이 되지 않아 {{p:이종민}} 신변보호담당관에게 협조를 요청함.
※ 보고서 중 "이상"은 숫자 범위를 뜻하며, "{{p:이상철}}" 씨와 무관함(4번 명단 외 참고인).""",
    },
    {
        "id": "h71-ko-02",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Kwang-hyok", "김광혁", "relative", ["광혁"]),
            ("Kim Chol-nam", "김철남", "witness", ["철남"]),
        ],
        "note": "Korean military-service examination notice sent to the son of a former Kuwait construction worker, with the father's notes to the NGO; administrative title words (병무청장, 담당자) and place names; 병역법 public; the given name with 이 suffix; 정 and 신 as ordinary syllables.",
        "text": """병역판정검사 통지서
{{u:서울지방병무청}}

성명: {{r:김광혁}}   생년: 2004년   주소: 서울특별시 {{u:양천구}} (이하 생략)
검사일시: 2023. 3. 14.(화) 08:30
검사장소: {{u:서울지방병무청}} 병역판정검사장 (신분증 지참)
근거: {{u:병역법}} 제11조
※ 북한이탈주민의 경우 「{{u:병역법 시행령}}」에 따라 본인 신청 시 병역 면제 또는 검사 연기가 가능합니다. 문의: 담당자 {{p:정은숙}} (02-820-****)

[아버지가 NGO에 보낸 메모, 사진으로 전달]
선생님, {{r:광혁}}이 통지서를 받았습니다. 저는 {{r:김철남}}입니다. 쿠웨이트에서 2012년부터 2015년까지 건설장에서 일했고, 그때 {{r:광혁}}이는 세 살이었습니다. 아들은 2019년에 엄마랑 같이 왔습니다. 병무청에서 전화한 {{p:정}} 주무관님 말로는 면제 신청을 할 수 있다는데, {{r:광혁}}이는 군대에 가고 싶다고 합니다.
지난번에 오신 {{p:박소연}} 선생님께 서류를 보내 드리면 될까요? 그리고 쿠웨이트 때 같이 일한 {{p:정명수}} 동무 소식 혹시 아시면 알려 주세요. {{p:명수}}는 {{u:자흐라}} 현장에서 다리를 다쳤습니다.
- {{r:철남}} 올림

[NGO 담당자 메모]
{{r:김철남}} 님 사례(KW-2015-07)에 아들 {{r:김광혁}} 건 추가. 면제 여부는 본인이 결정. 신체검사 당일 동행 희망 시 {{p:박소연}} 간사 배정. "신분증"과 "정보"의 신·정은 성씨 아님.""",
    },
    {
        "id": "h71-ko-03",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ri Hyang-mi", "리향미", "witness", ["향미", "이향미"]),
            ("Ri Jin-u", "리진우", "relative", ["진우"]),
            ("Nam Gyu-ri", "남규리", "other", []),
        ],
        "note": "Korean housing-subscription counselling notes at a settlement support centre; counsellor, client and family; the client's surname as 리 and 이; 청약, 가점, 무주택 are ordinary words; LH and Hana Foundation public; the word 남 (others) beside the counsellor's surname; CRLF.",
        "text": """주택청약 상담 기록지
기관: 하나센터 (지역 적응센터)  상담자: {{r:남규리}} 사회복지사
상담일: 2024. 5. 9.  상담 방식: 대면

내담자: {{r:리향미}} (주민등록상 "{{r:이향미}}"), 46세, 2018년 입국
가구: 본인, 아들 {{r:리진우}}(17세)
경력: 중국 {{u:단둥}} 수산물 가공공장 근무(2013~2017), 이후 탈출

1. 상담 내용
- 내담자는 {{u:한국토지주택공사}}(LH) 국민임대 청약을 희망함. 현재 임대주택 거주 중이나 아들 {{r:진우}}의 학교 때문에 이사 희망.
- 주택청약종합저축 가입 기간 5년 2개월, 납입 62회. 무주택 세대주 가점 확인함.
- 북한이탈주민 특별공급 자격 여부: 보호 기간 경과로 해당 없음. {{r:향미}} 씨가 실망함.
- 내담자는 "남들은 다 되는데 왜 저만 안 되나" 하고 물음. 남의 사례와 비교하지 않도록 설명함.

2. 내담자 진술(요약)
단둥 공장에서 같은 방을 쓴 {{p:오정실}} 언니도 한국에 와서 작년에 청약에 당첨됐다고 함. 공장 책임자였던 {{p:방}} 지도원 이야기가 나오자 대화를 멈춤. 아들 {{r:진우}}가 상담실 밖에서 기다림.

3. 조치
- {{u:남북하나재단}} 주거 지원 사업 안내 (담당 {{p:유하은}} 대리)
- 다음 상담: 6월 중, {{r:남규리}} 재상담
- 내담자 동의 하에 NGO 증언 담당자 {{p:서민재}}에게 공장 관련 진술 연계

상담자 서명: {{r:남규리}}   내담자 서명: {{r:리향미}}

4. 참고 (내담자 언급 인물): 공장 동료 {{p:라은실}}, {{p:김봄}}, 조선족 통역 {{p:허명화}}. 공장은 {{u:압록강}} 건너 {{u:신의주}}가 보이는 곳이었다고 함.""",
    },
    {
        "id": "h71-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jo Un-chol", "조은철", "witness", ["은철"]),
            ("Jo Ye-rin", "조예린", "relative", ["예린"]),
            ("Hong Seok-jin", "홍석진", "other", []),
        ],
        "note": "Korean bank jeonse-loan screening notes for a former Russian logging worker; bank officer, client, daughter, landlord and guarantor; 보증, 전세, 심사 and the syllable 조 (as in 조건, 조회) are ordinary words; HUG and a real bank public; officer name split across a line.",
        "text": """전세자금대출 심사 메모 (영업점 작성)
영업점: {{u:IBK기업은행}} ○○지점   담당: 대리 {{r:홍석
진}}
고객: {{r:조은철}} (1975년생), 북한이탈주민, 2014년 입국
직장: 물류센터 상하차 (재직 3년 2개월), 연소득 3,400만 원
대상 주택: 경기 {{u:시흥시}} 다세대 2층, 전세 1억 6천만 원, 임대인 {{p:변정희}}

1. 심사 조건 확인
- 보증기관: {{u:주택도시보증공사}}(HUG) 보증 가능 여부 조회 완료
- 신용 조회: 연체 없음. 단, 2019년 카드론 1건 완제
- 임대인 {{p:변정희}} 씨 소유 주택의 근저당 설정 있음 → 선순위 채권 확인 필요

2. 상담 중 고객 진술 (참고용)
고객은 러시아 {{u:아무르주}} 벌목장에서 2005~2011년 일했으며, "그때 번 돈은 다 당에 바쳤다"고 말함. 통장 개설이 늦은 이유를 설명하면서 벌목장 반장이던 "{{p:지창수}}"라는 사람 이야기를 함. 딸 {{r:조예린}}(대학생)이 동행해 서류를 대신 작성함. {{r:예린}} 씨는 아버지 {{r:은철}} 씨가 은행에서 긴장한다고 말함.

3. 담당자 의견
조건 충족 시 승인 가능. 임대인 측 중개사 {{p:최윤아}}에게 등기부 재발급 요청. 고객 요청으로 NGO 상담가 {{p:권다솜}} 씨와 통화 후 서류 보완(5/22).

4. 결재
담당 {{r:홍석진}} / 팀장 {{p:안}}

5. 추가 메모: 고객 진술에 나온 벌목장 동료 {{p:남철수}}, {{p:강기봉}}은 현재 연락 불가. 벌목장 위치는 {{u:틴다}} 인근.""",
    },
    {
        "id": "h71-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ryom Chun-hwa", "렴춘화", "witness", ["춘화", "염춘화"]),
            ("Kwon Yeong-su", "권영수", "other", ["권 목사"]),
        ],
        "note": "Transcribed handwritten COVID visitor entry book of a small church that runs a group for former dispatched workers; names with phone fragments, nicknames and a fullwidth entry; 예배, 방문, 발열 are ordinary words; 렴/염 variants; the word 문 (door) beside surname Mun.",
        "text": """출입자 명부 (수기) - 2020년 12월 둘째 주
○○교회 교육관 / 목요 모임 "새봄" (해외 파견 노동 경험자 모임)
※ 작성 목적: 감염병 확산 방지. 4주 후 파기. 관리 책임자: {{r:권영수}} 목사

날짜 | 시간 | 성명 | 연락처 | 발열
12/10 | 18:50 | {{r:렴춘화}} | 010-****-4412 | 36.4
12/10 | 18:52 | {{p:문경식}} | 010-****-0871 | 36.6
12/10 | 18:55 | {{p:차}} 집사 | 010-****-3320 | 36.5
12/10 | 19:01 | {{p:ＰＡＫ ＳＵＮ}} | 010-****-9002 | 36.7
12/10 | 19:03 | {{p:쏭이엄마}} | (딸 번호) | 36.5
12/10 | 19:05 | {{r:염춘화}} | 010-****-4412 | (중복 기재)
12/10 | 19:20 | {{p:김옥향}} | 010-****-1198 | 37.1 → 귀가 조치
12/12 | 10:00 | {{r:권영수}} | - | 36.3

[NGO 메모]
이 명부 사진은 {{r:렴춘화}} 님이 증언 자료로 제공함. 본인은 중국 {{u:훈춘}} 수산 공장에서 2014~2017년 일했고 모임 이름 "새봄"은 본인이 지었다고 함. 같은 날 두 번 적힌 것은 {{r:춘화}} 님이 처음 쓴 이름을 {{r:권}} 목사님이 한국식 "{{r:염춘화}}"로 다시 쓰라고 해서임.
"{{p:쏭이엄마}}"는 공장 동료 {{p:송미향}} 님의 별명. 전각 영문으로 쓴 "{{p:ＰＡＫ ＳＵＮ}}"은 {{p:박선}} 님이 휴대폰 자판으로 쓰던 습관이라고 함. 문 앞에서 체온을 잰 사람은 {{p:문경식}} 님(자원봉사). 발열자 {{p:김옥향}} 님은 다음 날 음성.
같은 주 목요일 다른 명부 장에는 {{p:홍명순}}, {{p:리철}}, {{p:안미숙}} 님 이름도 있음. 교회 위치: {{u:인천}} {{u:남동구}}.""",
    },
    {
        "id": "h71-ko-06",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Ok-ryon", "리옥련", "witness", ["옥련"]),
            ("Hyon Mi-gyong", "현미경", "supervisor", ["미경"]),
            ("Kye Un-byol", "계은별", "coworker", ["은별"]),
        ],
        "note": "Transcribed crockery-breakage deduction book of a North Korean restaurant in Shenyang; waitresses by given name, surname and nickname, with 동무 and particles; the manager's given name 미경 also a common word (microscope) but here a name; dishes (김치, 배추, 배) are not names; yuan amounts.",
        "text": """[NGO 전사본] 식기 파손 공제 장부 (2017년 3~4월분)
원본: 증언자 {{r:리옥련}} 제공 사진 11장. 식당: {{u:심양}}({{u:선양}}) 서탑 인근 조선식당. 전사: {{p:함지수}}

날짜 | 파손 물품 | 단가(원) | 책임자 | 공제 | 확인
3.02 | 냉면 그릇 1 | 35 | {{r:옥련}} | 35 | {{r:현}}
3.02 | 소주잔 3 | 6 | {{p:김향}} | 18 | {{r:현}}
3.09 | 김치 접시 2 | 12 | {{r:은별}} | 24 | {{r:현}}
3.15 | 배 (과일) 쟁반 1 | 40 | {{p:꾀꼬리}} | 40 | {{r:현미경}}
3.21 | 맥주잔 5 (단체 손님) | 8 | 공동 | 40 | {{r:현}}
4.01 | 무대 마이크 덮개 | 25 | {{r:계은별}} | 25 | {{r:현}}
4.08 | 신선로 뚜껑 | 120 | {{r:리옥련}} | 120 | {{r:현}} 지배인
합계 공제: 302원 (인민폐)

※ 원본 하단 메모 (지배인 필체): "{{r:옥련}} 동무 이달 두 번째. 다음 달 공연 빠질 것. {{p:꾀꼬리}}는 노래로 갚으라."

[증언자 설명, 2022년 면담, 면담자 {{p:백승아}}]
- "{{r:현미경}} 지배인 동무가 장부를 썼어요. 이름이 현미경이라 손님들이 웃었어요. 현미경처럼 다 본다고 우리끼리 그랬지요."
- "{{p:꾀꼬리}}는 {{p:정향란}}이라는 동무 별명이에요. 노래를 제일 잘했어요."
- "{{r:은별}}이는 저랑 같은 방 썼어요. {{r:계은별}}. 마이크 덮개는 {{r:은별}}이가 깬 게 아니고 손님이 밟은 거예요."
- "신선로 뚜껑은 중국 손님 {{p:王老板}}이 떨어뜨렸는데 제 이름으로 적었어요."
- 월급은 한 달 30달러 정도 받은 적도 있고, 공제가 많아 거의 없던 달도 있었다고 함.
- 같은 식당 동무들: {{p:김향}}({{p:김향숙}}), {{p:윤설}}, 요리사 {{p:변}}. 식당은 {{u:서탑}} 거리에 있었고 2018년 {{u:단동}}으로 옮겼다고 함.""",
    },
    {
        "id": "h71-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ma Chol-jun", "마철준", "witness", ["철준"]),
            ("Kang Yong-hun", "강용훈", "supervisor", []),
            ("Sok Tae-myong", "석태명", "coworker", ["태명"]),
        ],
        "note": "Transcribed North Korean dormitory TV-viewing permission list from a Russian construction site; workers listed by name and by room; the surname Ma beside the particle/word 마 and 석 (counter for seats) beside the surname Sok; TV channels and Russian places public; 생활총화 and 조장 are titles.",
        "text": """[전사본] 텔레비죤 시청 허가 명단 - {{u:쌍뜨뻬쩨르부르그}} 건설 숙소 (2018년 6월)
작성: 숙소 책임자 {{r:강용훈}}   비고: 허가 통로 - {{u:조선중앙TV}} 녹화물, 러시아 체육 중계(월드컵 경기만)

방 | 조장 | 시청 허가자 | 허가 시간 | 비고
1호 | {{r:석태명}} | {{r:석태명}}, {{p:최광수}}, {{p:림동혁}} | 토 20:00~22:00 |
2호 | {{p:오성일}} | {{p:오성일}}, {{r:마철준}}, {{p:한}}○○ | 토 20:00~22:00 | {{r:마철준}} 6월 허가 취소
3호 | {{p:장운학}} | {{p:장운학}} 외 4명 | 일 19:00~21:00 |
식당 | - | 전원 (30석) | 6.14 개막 경기 | 좌석 30석, 석 수 초과 시 서서 시청

※ 조장은 시청 후 생활총화 때 내용 보고할 것. 러시아 방송 뉴스 금지. - {{r:강}} (보위 담당)

[증언자 {{r:마철준}} 설명, 2023년]
"{{r:강용훈}}이가 보위 일을 했어요. 우리는 '{{r:강}} 보위'라 불렀지요. 저는 러시아 뉴스를 틀었다가 6월 허가가 취소됐어요. {{r:태명}}이가 '철준아 마, 그냥 넘어가라' 했는데 {{r:강}}이 보고했지요."
"마"는 말끝의 감탄사이고, 여기서는 성 '마'가 아님. 면담자 주: "{{r:철준}}"과 "{{r:석태명}}"은 2017년 {{u:카잔}}에서도 같은 숙소에 있었다고 함. 월드컵 개막 경기는 {{u:루즈니키 경기장}}.
면담자 추가 메모: 2호 "{{p:한}}○○"은 본명 미상. 숙소 이웃 방 조장 {{p:오성일}}은 {{u:남포}} 출신.""",
    },
    {
        "id": "h71-ko-08",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Kim Ung-chol", "김웅철", "witness", ["웅철", "Kim Woong-chul"]),
            ("Ri Tong-ho", "리동호", "supervisor", []),
            ("Yura", "유라", "coworker", ["Юра"]),
        ],
        "note": "Transcribed boiler-house stoker log from a North Korean logging camp in the Russian Far East; stokers sign by surname, given name and nickname; Russian mechanic in Cyrillic; 불, 석탄, 장작, 온도 ordinary; 김 (steam) as a word beside the surname; mixed CRLF/LF.",
        "text": """[전사본] 보이라실 화부 일지 - {{u:아무르주}} {{u:뜬다}} 인근 벌목 기지 (2012년 1월)

날짜 | 교대 | 화부 | 석탄(통) | 장작 | 숙소 온도 | 특이사항
1.03 | 야간 | {{r:김웅철}} | 14 | 3단 | 12도 | 김 새는 곳 있음(배관 2번)
1.04 | 주간 | {{p:곽}} | 10 | 2단 | 14도 |
1.04 | 야간 | {{r:웅철}} | 15 | 3단 | 10도 | 석탄 모자람
1.05 | 주간 | {{p:곽영남}} | 9 | 4단 | 11도 | {{r:Юра}} 와서 펌프 수리
1.05 | 야간 | {{r:김}} | 16 | 3단 | 8도 | 영하 47도
1.06 | 주간 | {{p:곽}} | 8 | 1단 | 6도 | 반장 지시로 석탄 절약
1.06 | 야간 | {{r:김웅철}} | 7 | 5단 | 5도 | 동상자 2명 ({{p:변}}, {{p:송일}})

작업반장 확인: {{r:리동호}} (매일 서명)

[증언자 진술, 2020년 서울, 면담자 {{p:신유진}}]
{{r:김웅철}} 씨(한국 여권 "{{r:Kim Woong-chul}}")는 자신이 야간 화부였다고 함. "{{r:리동호}} 작업반장이 석탄을 팔아서 1월 6일에 석탄을 일곱 통밖에 못 땠어요. {{r:리}} 반장은 러시아 사람한테 석탄을 넘기고 담배를 받았습니다."
펌프를 고친 러시아 기계공은 "{{r:유라}}"(Юра, {{r:Юрий}})라고 함. "{{r:Юра}} 아저씨가 자기 장갑을 {{r:웅철}}이한테 줬어요."
"김 새는 곳"의 김은 수증기를 뜻하며 성씨 아님. 동상자 {{p:변}}○○ 씨와 {{p:송일}} 씨는 발가락을 잃었다고 함. 일지 원본은 {{p:곽영남}} 씨가 몰래 찍은 사진.
추가: 같은 기지에 있던 {{p:려명식}}, {{p:한창범}}, 취사원 {{p:엄}}도 증언 가능성 있음. 기지는 {{u:제야}} 강 지류 근처.""",
    },
    {
        "id": "h71-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Pak Yong-nam", "박영남", "witness", ["영남"]),
            ("Sim Chang-gil", "심창길", "supervisor", []),
            ("Tae Kum-chol", "태금철", "coworker", ["금철"]),
        ],
        "note": "Transcribed snow-clearing duty roster of a North Korean construction brigade in Yuzhno-Sakhalinsk; days, shifts and names; the surname Tae beside the syllable 태 in 태양절; the region name 영남 elsewhere is a word; Russian places public; 당번, 조, 삽 are ordinary words.",
        "text": """[전사본] 눈치기 당번표 - {{u:유즈노사할린스크}} 아빠트 건설장 제3작업반 (2019년 2월)

요일 | 새벽조 (05:00) | 저녁조 (18:00) | 구역
월 | {{r:박영남}}, {{p:안철}} | {{r:태금철}}, {{p:지성호}} | 정문~자재창고
화 | {{p:리광}}, {{p:량}} | {{r:박}}, {{p:안철}} | 타워크레인 주변
수 | {{r:영남}}, {{r:금철}} | {{p:지성호}}, {{p:리광}} | 숙소 앞
목 | {{p:량일수}}, {{p:안}} | {{r:태}}, {{r:박}} | 정문~자재창고
금 | 전원 | 전원 | 16일 광명성절 준비 (태양절 아님)
토 | {{r:박영남}} 혼자 | {{p:지}} | 숙소 앞
일 | 휴식 없음 | |

※ 삽 12자루, 눈밀개 3개. 분실 시 당번이 물어낼 것.
확인: 작업반장 {{r:심창길}}

[증언자 {{r:박영남}} 면담 메모, 면담자 {{p:류하나}}, 2023년]
- 2월 16일은 {{u:김정일}} 생일(광명성절)이라 전원이 눈을 치우고 현수막을 걸었다고 함. 표 안의 "태양절"은 4월 15일이고 태 씨와 무관.
- "{{r:심창길}} 반장은 토요일마다 저 혼자 새벽에 눈치기를 시켰어요. 제가 러시아 감독 {{p:Андрей}}하고 말을 했다고요."
- "{{r:금철}}이는 {{u:함흥}} 사람이에요. {{r:태금철}}. 손이 얼어서 삽을 못 쥐었어요."
- 본인의 이름 영남은 경상도 "영남" 지방과 같은 글자지만 뜻과 상관없다고 웃음.""",
    },
    {
        "id": "h71-ko-10",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ryu Sang-il", "류상일", "witness", ["상일", "유상일"]),
            ("Tatyana Ignatyeva", "따찌야나 이그나찌예바", "other", ["Таня", "따냐"]),
        ],
        "note": "Korean translation of pine-nut procurement receipts from Primorsky Krai with the buyer's Russian name and the sellers' names as written; receipt numbers and kg figures; 잣, 수매, 영수 ordinary; Cyrillic names with case endings; a cooperative invented and unmarked.",
        "text": """[번역] 잣 수매 영수증 (2015년 9월, 6장)
원문: 러시아어. 번역: {{p:윤설아}}. 자료 제공: {{r:류상일}}

영수증 번호 | 날짜 | 판매자 (원문 표기) | 잣(kg) | 단가(루블) | 금액 | 수매인 서명
0912 | 09.07 | {{r:Рю Сан Ир}} | 38 | 220 | 8,360 | {{r:Игнатьева Т.}}
0913 | 09.07 | {{p:Чве Кван}} | 41 | 220 | 9,020 | {{r:Игнатьева Т.}}
0921 | 09.12 | {{r:Рю С.}} | 52 | 210 | 10,920 | {{r:Т. Игнатьевой}} 대리 {{p:Коля}}
0922 | 09.12 | бригада (대표 {{p:Хан}}) | 120 | 200 | 24,000 | {{r:Игнатьева}}
0930 | 09.18 | {{r:Рю Сан Ир}} | 45 | 210 | 9,450 | {{r:Таня}}
0931 | 09.18 | {{p:Ким Сон Чхоль}} | 33 | 210 | 6,930 | {{r:Таня}}

[번역자 주]
- 수매인 {{r:Tatyana Ignatyeva}}({{r:따찌야나 이그나찌예바}})는 {{u:연해주}} {{u:달네레첸스크}} 근처에서 잣과 고사리를 사들이던 개인 상인. 영수증에 "{{r:Таня}}"라고만 쓴 것도 같은 사람.
- 0921번의 "{{r:Т. Игнатьевой}}"는 여격/생격 형태, "{{p:Коля}}"는 그 조카라고 함.

[증언자 진술 요약]
{{r:류상일}} 씨(한국 주민등록 "{{r:유상일}}")는 벌목장 휴식일에 산에서 잣을 따서 팔았다고 함. 돈은 작업반장 {{p:한}}({{p:한기룡}})에게 절반을 바쳤다. "{{r:따냐}} 아주머니는 값을 잘 쳐 줬어요." {{r:상일}} 씨는 0922번 "бригада"가 반 전체 이름으로 판 것이며 돈은 {{p:한기룡}}이 가져갔다고 함. {{p:최광}}({{p:Чве Кван}})과 {{p:김성철}}({{p:Ким Сон Чхоль}})은 같은 반원.
수매 장소: {{u:비킨}} 강변 마을. 잣은 {{u:중국}}으로 넘어갔다고 함.""",
    },
    {
        "id": "h71-ko-11",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yun Sol-hwa", "윤솔화", "witness", ["솔화"]),
            ("Mun Gi-chol", "문기철", "witness", ["기철"]),
            ("Ha Eun-byeol", "하은별", "other", []),
        ],
        "note": "Korean recycling duty roster of a shared house for resettled former dispatched workers, with residents' comments; names with 씨, 님, 언니, 오빠 and particles; the surname 문 beside 문 (door) and 하 beside 하 (do); 플라스틱, 캔, 종이 ordinary; an emoji after a name.",
        "text": """🌱 분리수거 당번표 (2024년 7월) - 공동생활가정 "다솜집"
배출일: 화·목·일 저녁 8시 이후, 1층 문 앞 수거함
관리: 코디네이터 {{r:하은별}} (010-****-2231)

주 | 화 (플라스틱·캔) | 목 (종이·비닐) | 일 (음식물·유리)
1주 | {{r:윤솔화}} | {{r:문기철}} | {{p:설향}}
2주 | {{r:문기철}} | {{p:설향}} | {{r:솔화}}
3주 | {{p:설향}} | {{r:윤솔화}} | {{r:기철}}
4주 | {{r:솔화}} 💪 | {{r:기철}} | {{p:조}} 아저씨 (신규)
5주 | 다 같이 | |

메모 (냉장고에 붙은 포스트잇):
- "{{r:기철}} 오빠 목요일에 또 깜빡함 😤 - {{r:솔화}}"
- "미안 ㅠㅠ 문 닫고 나가느라. 이번 주 내가 두 번 할게 - {{r:문}}"
- "{{p:조}} 아저씨는 유리병 따로! 하실 때 모르면 은별 쌤한테 물어보세요"
- "{{p:설향}} 언니 이사 가면 누가 해?"

[NGO 메모, {{r:하은별}} 작성]
{{r:윤솔화}} 님(러시아 {{u:하바롭스크}} 식당 근무 경력)과 {{r:문기철}} 님(카타르 {{u:도하}} 건설 현장 경력)은 증언 녹음에 동의함. 당번표의 "{{p:설향}}"은 {{p:임설향}} 님, "{{p:조}} 아저씨"는 7월 신규 입주자 {{p:조명식}} 님. 포스트잇의 "은별 쌤"은 코디네이터 본인을 말함 — {{r:은별}}.
"문 닫고", "하실 때"의 문·하는 일반 단어.
이전 입주자: {{p:노경애}}, {{p:석준}}(2023년 퇴소). 후원: {{u:남북하나재단}}. 다솜집은 {{u:서울}} {{u:강서구}}.""",
    },
    {
        "id": "h71-ko-12",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Kim Son-hwa", "김선화", "witness", ["선화"]),
            ("Kim Hae-dam", "김해담", "relative", ["해담"]),
            ("Oh Mi-ran", "오미란", "other", []),
        ],
        "note": "Korean postpartum care-centre admission record for a former restaurant worker from Vietnam; mother, newborn (given name only), nurse, husband; medical terms and 산모, 신생아 ordinary; the baby's name in a tag; 오 as surname beside 오전; CRLF.",
        "text": """산후조리원 입소 기록지
입소 번호: 24-0613   입소일: 2024. 6. 13. 오전 11시   퇴소 예정: 6. 27.
담당 간호사: {{r:오미란}} 수간호사

산모: {{r:김선화}} (35세)   분만: 제왕절개, {{u:고려대학교 안산병원}}
신생아: 남아 3.2kg, 이름(예정) "{{r:해담}}"   신생아실 이름표: "{{r:김해담}} 아기"
보호자: 남편 {{p:정태윤}} (회사원), 연락처 010-****-7719
특이사항: 북한이탈주민. 모유 수유 희망. 산모 요청으로 방문객 명단 제한.

방문 허용 명단
1. {{p:정태윤}} (남편)
2. {{p:김순녀}} (산모 이모, 2023년 입국)
3. {{p:배유리}} (하나센터 담당자)
※ 그 외 방문 불가. 특히 "베트남 언니들"이라 자칭하는 방문객은 산모 확인 후 허용.

간호 기록 (요약)
6/13 오후: 산모 {{r:선화}} 님 통증 호소, 진통제 투여. 신생아 황달 수치 정상.
6/15: 산모가 간호사 {{r:오}} 선생님에게 과거 이야기를 함. 베트남 {{u:하노이}}의 북한 식당에서 2012~2016년 일했고 "식당 지배인 {{p:함}}이 여권을 가져갔다"고 함. 조리원 상담사 {{p:권세린}}에게 연계.
6/18: 산모가 이모 {{p:김순녀}} 님과 함께 울었다고 함. {{r:오미란}} 확인.
6/20: 아기 {{r:해담}}이 몸무게 3.4kg.
(상기 기록은 산모 동의 하에 NGO에 제공됨. 제공자: {{r:김선화}})
퇴소 후 연계: {{u:안산시}} 하나센터 {{p:배유리}}, 산모 친구 {{p:리은별}}, {{p:최영란}} (베트남 식당 동료). 산모가 일한 식당은 {{u:호치민}} 분점에도 있었다고 함.""",
    },
    {
        "id": "h71-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jang Seo-yun", "장서윤", "relative", ["서윤"]),
            ("Jang Kum-hui", "장금희", "witness", ["금희"]),
        ],
        "note": "Korean school-lunch allergy survey form for the daughter of a former Chinese seafood-plant worker, with the mother's free-text notes; foods (새우, 게, 땅콩, 배) are not names; homeroom teacher and nutritionist; the girl's given name in the signature line; 장 as surname beside 장 (sauce/market).",
        "text": """2024학년도 학교 급식 식품 알레르기 조사서
○○초등학교 / 영양교사 {{p:신혜원}}

학년 반: 3학년 2반 (담임 {{p:곽민준}})
학생 성명: {{r:장서윤}}
보호자 성명: {{r:장금희}} (관계: 모)

1. 알레르기 유발 식품 (해당 번호에 ○)
①난류 ②우유 ③메밀 ④땅콩 ⑤대두 ⑥밀 ⑦고등어 ⑧게 ⑨새우 ○ ⑩돼지고기 ⑪복숭아 ⑫토마토 ⑬아황산류 ⑭호두 ⑮닭고기 ⑯쇠고기 ⑰오징어 ○ ⑱조개류 ⑲잣
2. 증상: 두드러기, 입술 부음
3. 진단 여부: 있음 ({{u:국립중앙의료원}}, 2023)

4. 보호자 의견 (자유 기술)
저는 {{r:서윤}}이 엄마 {{r:장금희}}입니다. 저는 중국 {{u:동강}}에서 새우랑 오징어 까는 공장에서 4년 일했어요. 그때 손이 다 터서 피가 났는데, 반장 {{p:허정숙}}이가 장갑도 안 줬어요. 우리 {{r:서윤}}이가 새우랑 오징어만 먹으면 두드러기가 나는데, 제가 그 공장에서 일해서 그런 건 아닌지 걱정입니다. 된장, 간장 같은 장류는 괜찮아요. 배나 사과도 괜찮습니다.
급식실 {{p:봉}} 조리사님께 지난번에 말씀드렸어요.

보호자 서명: {{r:장금희}} (인)   학생: {{r:장 서윤}}

[NGO 메모] 공장 반장 {{p:허정숙}}에 관한 진술은 {{r:금희}} 님 증언 파일 CN-44에 추가. 담임 {{p:곽민준}} 선생님, 영양교사 {{p:신혜원}} 선생님은 사정을 모름.
참고: 공장 동료 {{p:윤봉선}}, {{p:계순영}}은 아직 중국에 있음. 공장 위치 {{u:단둥}} 외곽.""",
    },
    {
        "id": "h71-ko-14",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Chae Yong-chol", "채영철", "witness", ["영철"]),
            ("Kim Dong-wook", "김동욱", "other", []),
        ],
        "note": "Korean gas-safety inspection sign-off sheet of an apartment block, with a resident's note; unit numbers, 양호/불량, 점검원 and 관리소장 are not names; gas company public; a resident signs only with his surname; the inspector's name in OCR-garbled form.",
        "text": """가스 안전 점검 확인서 (2023년 하반기) - ○○ 영구임대아파트 104동
점검 업체: {{u:서울도시가스}} 협력업체   점검원: {{r:김동욱}} (사번 55-102)
관리사무소장: {{p:표진호}}

호수 | 세대주 | 점검 결과 | 누설 | 세대주 확인 (서명)
1401 | {{p:안정례}} | 양호 | 무 | {{p:안}}
1402 | {{r:채영철}} | 불량 (호스 교체) | 유 | {{r:채}}
1403 | {{p:도윤희}} | 부재 | - | (재방문)
1404 | {{p:길성자}} | 양호 | 무 | {{p:길성자}}
1405 | {{p:마}}○○ | 양호 | 무 | 대리 서명 (딸)
1406 | {{r:채영철}} 씨 옆집 (공실) | - | - | -

비고: 1402호 호스 노후로 교체 완료. 세대주가 "러시아 숙소에서 가스 터진 적이 있다"며 불안해함.
점검원 서명(스캔 OCR): {{r:긴동욱}}

[NGO 메모, 담당 {{p:오세라}}]
{{r:채영철}} 님(러시아 {{u:나홋카}} 건설 현장 2009~2013)이 이 확인서를 보내 옴. 당시 숙소에서 가스통이 폭발해 동료 {{p:라명호}}가 화상을 입었다고 함. 작업반장 "{{p:구}}"(성만 기억)가 병원에 보내지 않았다. 점검원 {{r:김동욱}} 님이 호스를 바꿔 주며 "괜찮습니다, 아버님"이라고 해서 {{r:영철}} 님이 안심했다고 함. OCR로 "{{r:긴동욱}}"이라고 읽힌 것은 {{r:김동욱}}.
같은 현장 동료: {{p:곽정호}}, {{p:리영}}, {{p:최}}○○. 현장은 {{u:나홋카}} 항구 근처 아파트, 회사는 {{u:블라디보스토크}}에 사무실.""",
    },
    {
        "id": "h71-ko-15",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Su-bok", "리수복", "witness", ["수복"]),
            ("Yom Kwang-jin", "염광진", "supervisor", ["렴광진"]),
        ],
        "note": "Transcribed North Korean clothing-issue cards from a construction brigade in Kuwait; items, sizes and dates; workers by name and number; 솜옷, 작업복, 안전모 ordinary; 렴/염 variants; Kuwait places public; the word 수복 (recapture) elsewhere.",
        "text": """[전사본] 피복 공급 카드 - 제2건설대 (쿠웨이트 {{u:무틀라}} 현장), 2016년
원본 사진 제공: {{r:리수복}}

카드 No. 17
성명: {{r:리수복}}  직종: 미장공  신발 270 / 옷 95
날짜 | 품목 | 수량 | 대금 공제(디나르) | 수령 확인
2016.02.01 | 작업복 상하 | 1벌 | 6 | {{r:리수복}}
2016.02.01 | 안전모 | 1 | 2 | {{r:수복}}
2016.05.10 | 작업화 | 1켤레 | 5 | {{r:리}}
2016.08.15 | 모자(햇볕 가리개) | 1 | 1 | {{r:리수복}}
공급 책임: {{r:렴광진}}

카드 No. 18
성명: {{p:주영삼}}  직종: 철근공
2016.02.01 | 작업복 상하 | 1벌 | 6 | {{p:주}}
2016.06.02 | 작업화 | 1켤레 | 5 | {{p:주영삼}} 대리 {{p:탁철}}
공급 책임: {{r:렴}}

※ 피복값은 월 로임에서 공제. 분실 시 두 배. - 대장 {{p:곽병도}}

[증언자 진술]
"피복은 원래 나라에서 주는 건데 {{r:염광진}}이 돈을 받았어요." {{r:수복}} 씨는 한국에서 성을 "{{r:이}}"로 등록했으나 카드는 북한식 "{{r:리}}". 공급 책임 {{r:렴광진}}은 남한 표기로는 "{{r:염광진}}". {{p:주영삼}}은 2016년 7월 {{u:쿠웨이트}}에서 열사병으로 쓰러졌다고 함. 면담자 {{p:하지수}}. "국토 수복" 같은 단어의 수복은 이름과 무관.
추가로 카드에 이름이 보이는 사람: {{p:변학수}}, {{p:길}}○○, {{p:옥철남}}, 운전수 {{p:나기철}}. 현장 사무실은 {{u:쿠웨이트시티}}.""",
    },
    {
        "id": "h71-ko-16",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Jong Hak-chol", "정학철", "witness", ["학철"]),
            ("Jong Mi-ok", "정미옥", "relative", ["미옥"]),
            ("Sin Yong-sik", "신영식", "supervisor", ["신 지도원"]),
        ],
        "note": "Transcribed North Korean letter-censorship register from a construction group in Moscow; senders, recipients in North Korea and the censor; 통과, 보류, 폐기, 지도원 are not names; addresses in North Korean places public; 정 and 신 also as ordinary syllables (정성, 신발); mixed CRLF/LF.",
        "text": """[전사본] 편지 검열 대장 - {{u:모스크바}} 건설 그룹 (2015년 10~11월)
검열: 지도원 {{r:신영식}}

번호 | 발신자 | 수신자 (주소) | 내용 요약 | 처리
31 | {{r:정학철}} | 처 {{r:정미옥}} ({{u:청진시}} 포항구역) | 건강, 돈 보낼 것 | 통과
32 | {{p:길봉수}} | 어머니 {{p:한옥녀}} ({{u:함흥시}}) | "춥다", "배고프다" | 폐기
33 | {{p:석}}○○ | 형 ({{u:평성시}}) | 신발 사 보낸다 | 통과
34 | {{r:학철}} | 아들 {{p:정은혁}} | 공부 잘할 것 | 통과
35 | {{p:엄재식}} | 처 {{p:구순희}} | 러시아 사람 집에서 일함(!) | 보류 → 본인 비판
36 | {{r:정학철}} | 처 {{r:미옥}} | 월급이 안 나옴 | 폐기, 재작성 지시

※ 검열 기준: 로임, 숙소, 음식, 러시아 사람 관련 내용 불가. 정성을 담은 충성의 글은 장려. - {{r:신}} 지도원

[증언자 {{r:정학철}} 진술, 2021, 면담자 {{p:탁유나}}]
"{{r:신영식}} 지도원이 편지를 다 읽었어요. 36번 편지는 제가 '월급이 안 나온다'고 써서 다시 쓰라고 했어요. 다시 쓴 편지엔 '잘 있다'고만 썼지요. {{r:미옥}}이는 그 편지를 받았는지 모릅니다."
{{r:정미옥}} 씨는 2019년에 탈북해 현재 한국 거주(별도 등록). 32번 {{p:길봉수}} 씨는 편지가 폐기된 것을 끝내 몰랐다고 함. "{{r:신}} 지도원은 신발을 사 보내는 것도 검열했어요."
표 안 "신발", "정성"의 신·정은 성씨 아님.""",
    },
    {
        "id": "h71-ko-17",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Bae Su-jin", "배수진", "other", ["수진"]),
            ("Kim Chol-ung", "김철웅", "witness", ["철웅"]),
            ("Ri Hye-gyong", "리혜경", "witness", ["혜경"]),
        ],
        "note": "Korean campsite booking list for an NGO family outing of former dispatched workers; site numbers, car plates, headcounts, children by given name; 캠핑, 텐트, 데크 ordinary; 배 (boat, pear) beside the organiser's surname 배; Gapyeong public; one entry with a zero-width space inside a name.",
        "text": """캠핑장 예약 명단 - {{u:가평}} ○○오토캠핑장, 2024. 9. 28.~29. (1박)
예약자: {{r:배수진}} (NGO 간사)   결제: 법인카드

사이트 | 대표자 | 인원 | 차량 | 비고
A-3 | {{r:김철웅}} | 어른 2, 아이 1 ({{p:지호}}) | 12가 34** | 텐트 지참
A-4 | {{r:리혜경}} | 어른 1, 아이 2 ({{p:은솔}}, {{p:은찬}}) | - | 텐트 대여
A-5 | {{p:방\u200b성국}} | 어른 2 | 45나 67** | 장애인 주차
B-1 | {{p:허순이}} | 어른 3 | 합승(A-3) |
B-2 | {{r:배수진}} | 스태프 2 ({{p:도하영}}) | 법인차 | 데크
공용 | 바비큐장 1 | | | 18:00~21:00

준비물: 물 2박스, 배(과일) 1상자, 숯 3포. 배는 {{p:허순이}} 님이 가져오심.
카누(배) 체험은 아이들만.

참가자 메모 (단톡방에서 옮김)
- {{r:철웅}}: "우리 {{p:지호}}가 처음 캠핑이라 엄청 신났어요. 카타르에서 컨테이너 숙소에 살 땐 이런 날 올 줄 몰랐습니다."
- {{r:혜경}}: "{{p:은솔}}이 {{p:은찬}}이 데리고 버스로 갈게요. 배 선생님 정류장 픽업 부탁드려요 🙏"
- {{p:방성국}}: "저는 몽골 현장에서 다친 다리 때문에 늦게 출발합니다."
- {{r:수진}}: "네 {{r:리혜경}} 님, 10시에 {{u:가평역}}에서 뵐게요."
※ 참가자 중 {{r:김철웅}} 님과 {{r:리혜경}} 님은 이번 캠프에서 증언 녹음 예정(별도 동의).
- 불참 연락: {{p:양선희}}, {{p:류}} 선생님 가족. 다음 모임 장소 후보: {{u:춘천}}, {{u:양평}}.""",
    },
    {
        "id": "h71-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Yong-gwang", "김용광", "supervisor", ["老金", "金永光"]),
            ("Piao Chunmei", "박춘매", "witness", ["朴春梅", "춘매"]),
        ],
        "note": "Chinese mahjong-parlour table-fee book from Dandong with Korean and English NGO notes; players by Chinese forms of address (老金, 小李, 朴姐), surnames and nicknames; 台费, 东风, 白板 and 发财 are mahjong terms, not names; Dandong and Sinuiju public.",
        "text": """麻将馆台费登记簿 (2018年11月) - {{u:丹东}}市振兴区, "好运来"棋牌室
老板娘: {{r:朴春梅}}  每桌台费: 4小时 80元

日期 | 桌号 | 人员 | 时间 | 台费 | 备注
11.02 | 3 | {{r:老金}}, {{p:小李}}, {{p:王哥}}, {{p:刘会计}} | 20:00-02:00 | 120 | {{r:老金}}赢, 挂账
11.03 | 3 | {{r:老金}}, {{p:小李}}, {{p:老崔}}, {{p:张}} | 19:30-01:00 | 110 | 现金
11.09 | 5 | {{p:王哥}}, {{p:刘会计}}, {{p:大宋}}, {{p:小杨}} | 14:00-18:00 | 80 |
11.10 | 3 | {{r:金永光}}, {{p:李光洙}}, {{p:崔}}, {{r:朴姐}} | 21:00-03:00 | 130 | 东风局, 白板多
11.16 | 3 | {{r:老金}}, {{p:小李}}, {{p:王哥}}, {{p:刘会计}} | 20:00-04:00 | 160 | {{r:老金}}欠台费 240
11.24 | VIP | {{r:老金}} + {{u:朝鲜}}客人2位 | 18:00-23:00 | 200 | 发财! 烟两条

[NGO 번역·주석, 번역자 {{p:윤채원}}]
- 장부 주인 {{r:朴春梅}}({{r:박춘매}}, 조선족)는 2023년 NGO에 장부 사진을 넘김. {{r:춘매}} 씨는 {{r:老金}}이 {{u:신의주}} 맞은편 수산물 가공공장에 북한 여성 노동자를 보내는 {{u:조선}} 측 대표 {{r:김용광}}이라고 설명함. "{{p:小李}}"는 그의 통역 겸 보좌 {{p:리광수}}.
- 11월 10일 "{{r:朴姐}}"는 {{r:춘매}} 씨 본인(손님이 모자랄 때 앉음).
- {{p:王哥}}는 공장 사장, {{p:刘会计}}는 공장 회계. 이들이 {{r:老金}}에게 일부러 져 주었다고 함.
- "东风", "白板", "发财"는 마작 패 이름이고 사람 이름이 아님.
English summary for the case file: the ledger places {{r:Kim Yong-gwang}} and {{p:Ri Kwang-su}} with the factory owner ("{{p:Brother Wang}}") and his accountant {{p:Liu}} on at least five evenings in November 2018, across the river from {{u:Sinuiju}}. Owner {{r:Piao Chunmei}} is a witness, not a suspect.""",
    },
    {
        "id": "h71-mixed-02",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Han Ok-sim", "한옥심", "witness", ["옥심", "Ok-sim"]),
            ("Kong Myong-suk", "공명숙", "supervisor", ["공 지배인"]),
            ("Souksavanh Phommachanh", "쑥사반 폼마찬", "coworker", ["Souk"]),
        ],
        "note": "Kitchen order tickets from a North Korean restaurant in Vientiane, with server codes, Lao and Korean dish names and the witness's annotations in English and Korean; table numbers and dishes (Bulgogi, Pho, Beer Lao) not names; a Lao cashier in Lao script and Latin.",
        "text": """KITCHEN ORDER TICKETS (KOT) - 12 tickets, 14 Feb 2017, photographed by the witness
Restaurant: (Korean restaurant, {{u:Vientiane}}, near {{u:Patuxay}})

KOT 0441 | T5 | Server: {{r:OKSIM}} | 2x 평양냉면 / 1x Bulgogi / 3x {{u:Beerlao}} | 19:02
KOT 0442 | T2 | Server: {{p:HYANG}} | 1x 김치전 / 2x 단고기국 | 19:05
KOT 0443 | T5 | Server: {{r:OKSIM}} | +1x 냉면 (곱빼기) | 19:20
KOT 0444 | T9 | Server: {{p:SUN}} | 4x Set B / 1x ເຂົ້າໜຽວ (sticky rice) | 19:31
KOT 0445 | T9 | Server: {{p:SUN}} | VOID - 지배인 확인 {{r:공}} | 19:33
KOT 0446 | T1 | Server: {{r:한옥심}} | 1x 신선로 (VIP) | 19:40
Cashier close: {{r:ສຸກສະຫວັນ}} ({{r:Souksavanh P.}})   Manager: {{r:KONG M.S.}}

Witness annotations (interview 2021, {{u:Seoul}}; interpreter {{p:Marie Choi}}):
- "{{r:OKSIM}}" is {{r:Han Ok-sim}}, the witness. Server names were printed in capitals without hyphens. {{p:HYANG}} = {{p:Ri Hyang-suk}}; {{p:SUN}} = {{p:Jo Sun-ae}}, the youngest, age 19.
- KOT 0445 was voided because the manager {{r:공명숙}} ({{r:Kong Myong-suk}}) said table 9 were "South Korean journalists". {{p:Sun-ae}} was taken off the floor that night.
- The Lao cashier {{r:Souk}} ({{r:Souksavanh Phommachanh}}) was the only local employee. {{r:옥심}}이 says: "{{r:쑥}} 언니가 우리한테 라오스 말 가르쳐 줬어요."
- {{r:공}} 지배인 kept the tip box. "T" numbers are tables; "Set B" is a menu.
- Other staff: cook {{p:Kang Chol-nam}}, accountant {{p:Pyon}}, singer {{p:Ryon-hwa}}. The restaurant later moved near {{u:That Luang}}; the women flew via {{u:Beijing}}.""",
    },
    {
        "id": "h71-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Nguyen Thi Lan", "응우옌 티 란", "witness", ["Lan", "Nguyễn Thị Lan"]),
            ("Pak Hyang-ok", "박향옥", "coworker", ["Hương", "향옥"]),
            ("Ri Kum-ju", "리금주", "coworker", ["금주"]),
        ],
        "note": "Vietnamese lottery vendor's credit notebook from Hanoi listing North Korean restaurant staff who bought tickets on credit, with Korean and English NGO notes; Vietnamese names and Korean names in Vietnamese spelling; 'Chị', 'em', 'cô' are kinship terms; lottery numbers and đồng amounts not names; 금주 also a word (no drinking).",
        "text": """SỔ GHI NỢ VÉ SỐ (lottery credit notebook) - tháng 4/2016
Chủ sổ: {{r:Nguyễn Thị Lan}} (bán vé số, vỉa hè phố {{u:Trần Duy Hưng}}, {{u:Hà Nội}})

Ngày | Người mua | Số vé | Dãy số | Nợ (đồng) | Đã trả
02/4 | {{r:Hương}} (nhà hàng Triều Tiên) | 5 | 27148 | 50.000 | ✓
02/4 | chị {{r:Kim Chu}} | 3 | 11903 | 30.000 |
09/4 | {{p:Min}} | 2 | 66021 | 20.000 | ✓
09/4 | {{r:Hương}} | 10 | 27148 | 100.000 | 50.000
16/4 | anh {{p:Dũng}} (bảo vệ) | 4 | 80312 | 40.000 | ✓
16/4 | {{r:Kim Chu}} + {{r:Hương}} | 6 | 27148 | 60.000 |
23/4 | em {{p:Xuân}} | 1 | 05511 | 10.000 | ✓
Ghi chú: "{{r:Hương}} nói ông quản lý {{p:Ri}} không cho ra ngoài sau 10 giờ."

[NGO 메모 / notes, 번역 {{p:Đỗ Minh Anh}}]
- 공책 주인 {{r:Lan}} 씨는 하노이 북한 식당 앞에서 복권을 팔던 상인. 2022년 인터뷰에서 "{{r:Hương}}"은 식당 종업원 {{r:박향옥}}이 쓰던 베트남식 이름이라고 함. {{r:향옥}}은 번호 27148을 계속 샀다: 평양 집 번지수였다고.
- "{{r:Kim Chu}}"는 {{r:리금주}}. 베트남 사람들이 성을 '김'으로 잘못 알아들어 {{r:Kim Chu}}가 됨. {{r:금주}} 씨는 2018년 귀국. (금주 = 술을 끊음, 여기서는 이름.)
- "anh {{p:Dũng}}"은 식당 경비원 {{p:Dũng}}; "{{p:Min}}"은 식당 요리사 {{p:민}}○○로 추정.
- Manager "{{p:Ri}}" in the note is the restaurant manager; full name unknown. {{r:Pak Hyang-ok}} told {{r:Lan}} in 2017 that she had not been paid for four months. {{r:Nguyen Thi Lan}} agreed to be named in the internal file only.""",
    },
    {
        "id": "h71-mixed-04",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Batbayar Gansükh", "바트바야르 간수흐", "witness", ["Батбаяр", "Bataa"]),
            ("Choe Chol-gun", "최철근", "supervisor", ["Цой"]),
        ],
        "note": "Mongolian toll-gate receipt book for trucks and buses carrying North Korean construction workers between Ulaanbaatar and Darkhan, with the toll collector's remarks and English/Korean NGO notes; Mongolian names in Cyrillic with patronymic initial; plate numbers and 'Автобус' not names; CRLF.",
        "text": """ТӨЛБӨРИЙН ТАСАЛБАРЫН ДЭВТЭР (toll receipt book) - {{u:Улаанбаатар}}-{{u:Дархан}} зам, пост №2
Хураагч (collector): {{r:Г. Батбаяр}}   Сар: 2017 оны 3-р сар

№ | Огноо | Улсын дугаар | Төрөл | Жолооч | Төлбөр ₮ | Тэмдэглэл
0311 | 03.04 | 12-45 УБА | Автобус | {{p:Д. Энхболд}} | 5,000 | 40 солонгос ажилчин
0312 | 03.04 | 33-18 УНЕ | Ачааны | {{p:Цэрэнбат}} | 10,000 | арматур
0319 | 03.11 | 12-45 УБА | Автобус | {{p:Д. Энхболд}} | 5,000 | солонгос, дарга {{r:Цой}}
0327 | 03.18 | 12-45 УБА | Автобус | {{p:Энхээ}} | 5,000 | төлөөгүй - {{r:Цой}} маргаан
0335 | 03.25 | 12-45 УБА | Автобус | {{p:Д. Энхболд}} | 5,000 |

Remark by collector (translated): "The bus with the North Korean workers passes every Saturday. Their boss {{r:Цой}} ({{r:Choe}}) argued on 18 March and did not pay. Driver {{p:Enkhee}} said the workers sleep in the bus."

[NGO note / 메모, researcher {{p:Oyunchimeg Baatar}}]
The collector {{r:Batbayar Gansükh}} ("{{r:Bataa}}") contacted us through a Mongolian partner in 2022. He describes about 40 men in blue overalls on each trip, going to a housing site in {{u:Darkhan}}. Their leader, written "{{r:Цой}}" in the book, was identified by a former worker as {{r:최철근}} ({{r:Choe Chol-gun}}). {{r:Батбаяр}}'s book also records the bus driver {{p:Enkhbold}} ({{p:Д. Энхболд}}) several times.
메모: "{{r:최철근}}이 버스비를 안 냈다"는 기록은 전직 노동자 {{p:곽성훈}} 씨 진술과 일치. {{u:몽골}} 정부는 2017년 말 북한 노동자 신규 허가를 중단함.
Other drivers in the book: {{p:Ганзориг}}, {{p:Л. Бат-Эрдэнэ}}. 기타: 버스는 {{u:날라이흐}}를 거쳐 감.""",
    },
    {
        "id": "h71-mixed-05",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pak Song-chol", "박성철", "witness", ["Song-chol", "Пак"]),
            ("Ruslan Khabibullin", "루슬란 하비불린", "other", ["Руслан"]),
            ("Hwang Il-su", "황일수", "supervisor", []),
        ],
        "note": "Russian tyre-fitting job cards from Vladivostok for a North Korean construction group's minibus, with Korean and English notes; customer names in Cyrillic with case endings; tyre sizes and 'Шиномонтаж' not names; Пак/Пака; the word 'Song' in 'song-chol' filename.",
        "text": """ШИНОМОНТАЖ "Колесо-24", г. {{u:Владивосток}}, ул. Русская
ЗАКАЗ-НАРЯД (job cards), ноябрь 2016 - копии из папки мастера {{r:Р. Хабибуллина}}

№ 1107 | 05.11 | Hyundai County, гос. № А 417 ОР 125 | переобувка на зиму, 6 колёс 215/75 R17.5 | клиент: {{r:Пак}} (кореец) | 4 800 р. | мастер {{r:Руслан}}
№ 1112 | 07.11 | тот же | ремонт прокола | клиент: {{r:Пак С.}} | 600 р. | {{p:Дима}}
№ 1139 | 19.11 | тот же | балансировка | клиент: {{r:Хван}} | 1 200 р. | {{r:Руслан}}
№ 1140 | 19.11 | Toyota Hiace | шипы 4 шт. | клиент: {{p:Ли Мин}} | 9 000 р. | {{p:Дима}}
Примечание мастера: "Оплату от {{r:Пака}} не получили, {{r:Хван}} обещал занести в пятницу. Звонить {{r:Хвану}}."

NGO note (translation {{p:Alina Kwon}}):
{{r:Pak Song-chol}} ({{r:박성철}}) drove the brigade's minibus in {{u:Vladivostok}} from 2015 to 2017. He says the tyre shop belonged to {{r:Ruslan Khabibullin}}, "a Tatar who laughed a lot". The brigade leader {{r:Hwang Il-su}} ({{r:황일수}}) never paid the November bill. {{r:Song-chol}} later heard from {{r:Руслан}} that {{r:Хван}} had asked him to write a false receipt for 40,000 roubles to claim from the company.
증언자 메모: "{{r:황일수}} 반장이 저한테 타이어 값도 제 로임에서 떼겠다고 했어요." 파일명 interview_{{r:pak}}_2023-02.m4a. {{p:Ли Мин}}(Toyota)은 다른 손님, 우리 팀과 무관.
Other customers on the same pages: {{p:Сергеев}}, {{p:Ахмедов Б.}}, {{p:Тамара Ивановна}}. Brigade members who rode the minibus: {{p:Ri Chol-ho}}, {{p:Kwak Song-man}}, {{p:Jong}}. The site was on {{u:Russky Island}}; the company office near {{u:Vladivostok railway station}}.""",
    },
    {
        "id": "h71-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Chon Kwang-ho", "천광호", "witness", ["Kwang-ho"]),
            ("Mohammed Al-Hajri", "모하메드 알하지리", "official", ["أبو فهد", "Abu Fahad"]),
            ("Ri Pyong-chol", "리병철", "supervisor", []),
        ],
        "note": "Kuwaiti labour-camp mess-committee menu vote tallies in Arabic and English, with the Korean brigade's vote and the witness's Korean note; room leaders by nationality and name; dish names (Biryani, Machboos, Kimchi) not names; a kunya (Abu Fahad) as a name; Kuwaiti places public.",
        "text": """لجنة الطعام - مخيم العمال، {{u:المطلاع}} / MESS COMMITTEE - MENU VOTE, week 32 (2015)
Chair: camp boss {{r:Mohammed Al-Hajri}} ({{r:محمد الهاجري}})

Room / group | Rep                     | Biryani | Machboos | Dal & rice | Korean kimchi soup
Block A (Indian) | {{p:Suresh Nair}}   | 41 | 3 | 12 | 0
Block B (Nepali) | {{p:Bikash Gurung}} | 18 | 6 | 30 | 0
Block C (Egyptian) | {{p:محمود السيد}} | 2 | 27 | 0 | 0
Block D (Korean) | {{r:RI PYONG CHOL}}  | 0 | 0 | 0 | 46 (one ballot)
Total            |                     | 61 | 36 | 42 | 46

Note by chair (Arabic): "صوت الكوريين ورقة واحدة باسم {{r:ري}} فقط" - the Koreans voted with one paper, in the name of {{r:Ri}} only.
Decision: Friday lunch = Biryani. Korean group to cook separately (own cost). Signed: {{r:أبو فهد}}

NGO note (interpreter {{p:Rana Saleh}}; witness {{r:Chon Kwang-ho}}):
{{r:Kwang-ho}} says the Korean block never voted individually: the brigade leader {{r:Ri Pyong-chol}} filled in one ballot for all 46 men and then told the camp boss {{r:Abu Fahad}} that "the Koreans want their own food", so that the brigade could cut the food allowance. Nepali rep {{p:Bikash}} told {{r:Chon}} that the Koreans were "never in the canteen".
증언자 메모: "{{r:리병철}}이가 식비를 떼먹었어요. 김치국이라고 했지만 소금물이었어요." (김치국의 김치는 음식 이름.) Camp located near {{u:Jahra}}, {{u:Kuwait}}.
Other reps at later meetings: {{p:Ramesh Shrestha}} (Block B), {{p:أحمد فتحي}} (Block C), {{p:Joseph Kurian}} (Block A). Korean block deputy: {{p:Yang Chol}}. Food supplier: {{u:Kuwait Flour Mills & Bakeries Company}}. Site near {{u:Al Mutlaa}}.""",
    },
    {
        "id": "h71-mixed-07",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Kim Myong-jin", "김명진", "witness", ["Myong-jin", "Kim Mjong Dzin"]),
            ("Ro Chang-sop", "로창섭", "supervisor", ["Ro"]),
            ("Agnieszka Zielińska", "아그니에슈카 지엘린스카", "official", ["Zielińska"]),
        ],
        "note": "Polish starost labour-market test notice for welders at a Gdańsk-area subcontractor, with an attached worker list and English/Korean NGO notes; Polish case endings (Kima, Ro Czang Sopa); 'Starosta', 'Pracodawca' and 'Spawacz' are titles/words; Polish places, the employment-promotion act and the labour office public; mixed CRLF/LF.",
        "text": """INFORMACJA STAROSTY o braku możliwości zaspokojenia potrzeb kadrowych pracodawcy
{{u:Powiatowy Urząd Pracy w Gdańsku}}   Znak: PUP/CI/2016/0417
Podstawa: art. 88c {{u:ustawy o promocji zatrudnienia i instytucjach rynku pracy}}

Pracodawca: "Stal-Mont Pomorze" Sp. z o.o., {{u:Gdańsk}}
Stanowisko: spawacz (welder), liczba miejsc: 12
Wynik: brak kandydatów z rejestru bezrobotnych. Sporządziła: {{r:Agnieszka Zielińska}}, specjalista ds. rynku pracy

Załącznik - cudzoziemcy wskazani przez pracodawcę (Korea Północna):
1. {{r:KIM MYONG JIN}}, ur. 1983
2. {{r:RO CHANG SOP}}, ur. 1976 (brygadzista)
3. {{p:PAK UN HYOK}}, ur. 1989
4. {{p:JANG SONG CHOL}}, ur. 1985
5-12. (lista dalej w teczce)
Uwaga ({{r:A.Z.}}): pracodawca przedstawił umowy z tłumaczem panem {{p:Tomaszem Lee}}; rozmowa z {{r:Kimem}} i {{r:Ro Czang Sopem}} odbyła się przez tłumacza.

NGO note (translated by {{p:Marta Nowak}}):
The witness {{r:Kim Myong-jin}} ({{r:김명진}}; Polish spelling in a later document: "{{r:Kim Mjong Dzin}}") confirms he is no. 1. He says the brigade leader {{r:Ro Chang-sop}} answered every question the official asked, and that {{r:Zielińska}} did not ask to speak to the workers alone. The interpreter "{{p:Tomasz Lee}}" was, according to {{r:Myong-jin}}, a Korean-Polish man paid by the subcontractor.
증언자 메모: "{{r:로창섭}} 반장이 '폴란드 사람 앞에서는 웃으라'고 했어요. 우리는 {{u:그단스크}} 조선소 안에서 배 용접을 했어요." Starosta, pracodawca and spawacz are titles and nouns, not names.
Dalsze nazwiska z teczki (more names in the file): {{p:CHOE SONG IL}}, {{p:RIM KUM CHOL}}, {{p:KANG HYOK}}; kierowca (driver) {{p:Paweł Mazur}}. The workers lived in {{u:Gdynia}} and were driven to {{u:Gdańsk}} daily.""",
    },
    {
        "id": "h71-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Sok Pheakdey", "속 피악데이", "witness", ["Pheakdey", "ភក្ដី"]),
            ("Jo Hyang-hui", "조향희", "witness", ["향희", "Hyang", "Fragrance"]),
            ("Mun Yong-sik", "문영식", "supervisor", []),
        ],
        "note": "Cambodian tuk-tuk driver's fare notebook from Phnom Penh, in Khmer and English, listing rides for North Korean restaurant women, with Korean NGO notes; Khmer names in Khmer script; the Korean given name written as 'Hyang' and 'Miss Fragrance'; places public; 'Madam', 'Boss' as titles; the word 문 (door) beside the surname Mun.",
        "text": """សៀវភៅកត់ត្រា (fare notebook) - tuk-tuk driver {{r:សុខ ភក្ដី}} ({{r:Sok Pheakdey}})
2017 / May

Date | From → To | Passenger | USD | Note
02/05 | restaurant → {{u:Central Market}} | Miss {{r:Hyang}} + 2 girls | 3 | boss {{r:Mun}} pay
06/05 | restaurant → {{u:Aeon Mall Phnom Penh}} | Miss {{r:Hyang}}, Miss {{p:Kyong}} | 4 | boss pay
09/05 | restaurant → clinic {{u:Calmette Hospital}} | {{p:Kyong}} (sick) | 5 | {{r:Mun}} no pay
13/05 | restaurant → airport | Boss {{r:Mun}} + Madam {{p:Ryu}} | 10 | cash
20/05 | restaurant → {{u:Central Market}} | Miss {{r:Fragrance}} | 3 | she pay herself, 2 USD tip
27/05 | restaurant → {{u:Wat Phnom}} | {{r:Hyang}} | 2 | alone! 15 min

Note in Khmer: "{{r:ហ៊្យាង}} សួរផ្លូវទៅស្ថានទូតកូរ៉េខាងត្បូង" ("{{r:Hyang}} asked the way to the South Korean embassy")

[NGO 메모, 번역 {{p:Chan Sreyneang}} / {{p:류지안}}]
- 운전기사 {{r:Pheakdey}} 씨는 2017년 프놈펜 북한 식당 여종업원들을 자주 태웠음. "Miss {{r:Hyang}}"과 "Miss {{r:Fragrance}}"는 모두 증언자 {{r:조향희}}. '향'이 향기(fragrance)라는 뜻이라 {{r:Pheakdey}} 씨가 영어로 그렇게 부름.
- "boss {{r:Mun}}"은 식당 지배인 {{r:문영식}}. 5월 13일 공항에 간 "Madam {{p:Ryu}}"는 대사관 관련 인물로 추정.
- {{r:향희}} 씨는 5월 27일 혼자 나온 날 {{r:Pheakdey}}에게 한국 대사관 위치를 물었고, 6월 초 탈출함. {{p:Kyong}}({{p:경}}○○)의 소식은 모름.
- "문 앞에서 기다렸다"(waited at the door)의 문은 일반 단어.""",
    },
    {
        "id": "h71-mixed-09",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Chun-ok", "김춘옥", "witness", ["춘옥", "金春玉"]),
            ("Liu Guifang", "류구이팡", "official", ["刘姐", "刘桂芳"]),
            ("Sin Hye-ran", "신혜란", "supervisor", ["申惠兰"]),
        ],
        "note": "Chinese dormitory hot-water token ledger from a Hunchun garment factory, with North Korean women listed by Chinese-character names and room numbers, and Korean/English NGO notes; 开水票, 壶 and 楼 are ordinary words; the Chinese dorm manager as 刘姐; names as Chinese readings of Korean names.",
        "text": """宿舍开水票发放登记 (2019年1月) - {{u:珲春}}市 某服装厂 女工宿舍3号楼
管理员: {{r:刘桂芳}}

日期 | 房间 | 领取人 | 票数 | 签字 | 备注
1.05 | 301 | {{r:金春玉}} | 20 | {{r:金}} | 朝鲜班
1.05 | 302 | {{p:李银姬}} | 20 | {{p:李}} | 朝鲜班
1.05 | 303 | {{p:朴英兰}} | 20 | {{p:朴}} | 朝鲜班
1.05 | 310 | {{p:张丽}} | 10 | {{p:张丽}} | 本地
1.12 | 301 | {{r:申惠兰}} (代领全楼层) | 120 | {{r:申}} | 班长统一领
1.19 | 301 | {{r:申惠兰}} | 60 | {{r:申}} | 减半, 班长说节约
1.26 | 301 | {{r:金春玉}} | 5 | {{r:春玉}} | 私下来领, {{r:刘姐}}给了

[NGO 번역·메모, 번역 {{p:허은채}}]
- 301호 "{{r:金春玉}}"은 증언자 {{r:김춘옥}}. 북한 여성 노동자 이름은 한자로 적혀 있음: {{p:李银姬}}={{p:리은희}}, {{p:朴英兰}}={{p:박영란}}.
- 1월 12일부터 북한 측 반장 {{r:申惠兰}}({{r:신혜란}})이 층 전체 표를 대신 받아 1월 19일에는 절반으로 줄임. {{r:춘옥}} 씨: "{{r:신혜란}} 반장이 뜨거운 물도 못 쓰게 했어요. 영하 20도에 찬물로 씻었지요."
- 1월 26일 기록은 {{r:춘옥}} 씨가 몰래 내려가서 받은 것. 관리원 {{r:刘姐}}({{r:Liu Guifang}})가 다섯 장을 줬다.
English summary: token ledger corroborates that the North Korean team leader {{r:Sin Hye-ran}} controlled access to hot water in January 2019. The Chinese manager {{r:Liu}} is not a suspect; {{p:张丽}} (Zhang Li) was a local worker.
- 2층 관리원 {{p:孙姐}}, 보일러 담당 {{p:老高}}, 북한 측 부반장 {{p:한영실}}. 공장 제품은 {{u:블라디보스토크}}를 거쳐 수출되었다고 함. 공장 위치는 {{u:두만강}} 근처.""",
    },
    {
        "id": "h71-mixed-10",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Thongchai Saengdao", "통차이 쌩다오", "other", ["ทองชัย", "Thong"]),
            ("Kang Jin-hyok", "강진혁", "witness", ["Jin-hyok"]),
            ("Kang Ryon-hui", "강련희", "relative", ["련희"]),
        ],
        "note": "Mekong boatman's crossing notebook from Chiang Saen, in Thai with English and Korean NGO notes; passengers by nicknames, numbers and a written Korean name; Thai honorific ลุง (uncle) outside the name; places on both banks public; 'Golden Triangle' public; CRLF.",
        "text": """สมุดบันทึกเรือ (boat notebook) - {{r:ทองชัย แสงดาว}}, ท่าเรือ {{u:เชียงแสน}}
เดือน มีนาคม 2554 (March 2011)

วันที่ | ผู้โดยสาร | จำนวน | ค่าเรือ (บาท) | หมายเหตุ
3 | คนเกาหลี (พี่น้อง) | 2 | 3,000 | นายหน้า เฮีย
3 | "{{r:คัง}}" + น้องสาว | 2 | - | จ่ายแล้วที่ {{u:ห้วยทราย}}
11 | ลาว 5 คน | 5 | 500 |
17 | คนเกาหลี 4 คน, หัวหน้าชื่อ "Mr. {{p:Li}}" | 4 | 6,000 | ตำรวจเห็น
24 | ยาย{{p:จันทร์}} (ตลาด) | 1 | 40 |

On the inside cover, in pencil, in Korean: "{{r:강진혁}} {{r:강련희}} 2011.3.3 감사합니다"

[NGO note, interpreter {{p:Nattaya K.}} / 메모 {{p:손다인}}]
The boatman {{r:Thongchai Saengdao}}, known on the river as ลุง{{r:ทองชัย}} ("Uncle {{r:Thong}}"), kept this notebook. On 3 March 2011 he took two "Korean siblings" across from {{u:Huay Xai}} ({{u:Bokeo}}, {{u:Laos}}) to {{u:Chiang Saen}}. They were {{r:Kang Jin-hyok}} and his sister {{r:Kang Ryon-hui}}, who had left a North Korean restaurant in {{u:Vientiane}}. The broker was addressed only as "Hia" (เฮีย, elder brother); {{r:Jin-hyok}} never learned his name.
증언자 메모: "{{r:련희}}가 배에서 울었어요. {{r:ทองชัย}} 아저씨가 바나나를 줬어요." The entry of 17 March ("Mr. {{p:Li}}") is a different group. {{u:Golden Triangle}} is the river junction, not a person or group.
Others who crossed with {{r:Thongchai}} that spring (his memory): "Mr. {{p:Park}}", a woman called {{p:Sun}}, and two boys he calls {{p:Noi}} and {{p:Lek}}. All later went to the police in {{u:Chiang Rai}}.""",
    },
    {
        "id": "h71-mixed-11",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Han Kyong-nam", "한경남", "relative", ["경남"]),
            ("Han Kyong-su", "한경수", "witness", ["경수"]),
            ("Sato Hiroko", "사토 히로코", "official", ["佐藤", "さとう"]),
        ],
        "note": "Japanese inventory of items recovered from a North Korean wooden boat that drifted ashore, with Korean names written on the items, and Korean/English NGO notes; Japanese police officer and volunteer; 漂着, 遺留品 and item words not names; the Hangul word 경남 as a province vs a given name; Japanese places and agencies public.",
        "text": """漂着木造船 遺留品目録 (抜粋)
発見場所: {{u:秋田県}}{{u:男鹿市}} 海岸   発見日: 2017年11月24日
作成: {{u:秋田県警察}} 男鹿警察署 {{r:佐藤弘子}} 巡査部長   立会: {{u:海上保安庁}} 職員

番号 | 品目 | 記載・特徴 | 備考
1 | 救命胴衣(橙) | ハングル「{{r:한경남}}」とマジック書き | 船首付近
2 | ノート(手帳) | 表紙に「{{p:리성호}} 작업일지」 | 濡損
3 | 作業服上衣 | 胸に「{{r:경남}}」 | 男性用L
4 | 写真1枚 | 裏に「{{r:경수}}에게 1998」 | 家族写真
5 | たばこ空箱 | 中国製 | -
6 | 木札 | 「{{p:박}} 선장」 | 操舵室
7 | 乾燥イカ 約3kg | - | 廃棄

所見: 乗組員の生存者なし。遺体3体(身元不明)。船体番号判読不能。漁場は{{u:大和堆}}方面と推定。

[NGO 메모, 번역 {{p:와타나베 유키}} / {{p:최아름}}]
- 2022년 한국에 거주하는 {{r:한경수}} 씨가 일본 기사 사진에서 구명조끼의 이름 "{{r:한경남}}"을 보고 연락해 옴. {{r:경남}}은 그의 동생으로, 2017년 {{u:청진}}에서 오징어잡이 배를 탔다고 함. 4번 사진 뒷면 "{{r:경수}}에게 1998"은 {{r:경수}} 씨가 동생에게 준 사진.
- 경상남도를 뜻하는 "경남"과 이름 {{r:경남}}은 한자가 다를 수 있음.
- 2번 수첩의 "{{p:리성호}}"와 6번 "{{p:박}} 선장"은 신원 미상.
- {{r:佐藤}} 巡査部長 ({{r:Sato Hiroko}}) kindly answered our letter and confirmed items 1, 3 and 4 are held by the police. {{r:Han Kyong-su}} has asked for a DNA comparison through the {{u:Ministry of Foreign Affairs of Japan}}.""",
    },
    {
        "id": "h71-mixed-12",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Chol-hwan", "김철환", "witness", ["Chol-hwan", "Hwan"]),
            ("Denis Morozov", "데니스 모로조프", "other", ["Денис", "Den"]),
        ],
        "note": "Russian carpool (BlaBlaCar-style) booking chat between a Russian driver and a North Korean worker travelling from Khabarovsk to Vladivostok, with a Korean NGO summary; Russian names with diminutives and case endings; surname U beside Russian preposition 'у' and the Korean word 우; platform public; emoji.",
        "text": """[Переписка / chat export, {{u:BlaBlaCar}}, March 2019]
Поездка: {{u:Хабаровск}} → {{u:Владивосток}}, 16.03, 06:00, водитель {{r:Денис М.}}

{{r:Денис}}: Здравствуйте! Бронь подтверждена. Вы {{r:Ким}}? 🙂
{{r:Chol Hwan Kim}}: да. я {{r:Ким Чер Хван}}. у меня большая сумка
{{r:Денис}}: Ок, багажник большой. Место встречи у вокзала
{{r:Chol Hwan Kim}}: спасибо. пожалуйста никому не говорить что я еду
{{r:Денис}}: Конечно 👍 А кто такой {{p:У}}? Мне звонил какой-то {{p:У Сон Джин}} и спрашивал про вас
{{r:Chol Hwan Kim}}: не отвечайте ему пожалуйста 🙏
{{r:Денис}}: Понял. Не отвечу. У меня есть вода и печенье в машине
{{r:Денис}}: Вы на месте? Я у вокзала, серая Камри
{{r:Chol Hwan Kim}}: иду

[NGO 요약, 번역 {{p:Лиана Цой}} / {{p:정하늘}}]
증언자 {{r:김철환}}은 2019년 3월 하바롭스크 건설 현장을 떠나 카풀 앱으로 블라디보스토크까지 이동함. 운전자 {{r:Denis Mo\u200brozov}}({{r:Ден}})는 끝까지 {{p:우성진}}(작업반장)의 전화를 받지 않았다고 함. 대화 속 "у вокзала", "У меня"의 у는 러시아어 전치사이며 성씨 {{p:우}}와 무관. {{r:철환}} 씨는 "{{r:Денис}}가 도중에 {{u:우수리스크}}에서 밥을 사 줬다"고 함.
Note: the name {{r:Ким Чер Хван}} is the Russian spelling in his migration card; in South Korea he is registered as {{r:Kim Chol-hwan}}. {{r:Morozov}} has consented to this quotation.
Другие имена в приложении (other names in the app): попутчики {{p:Алексей}}, {{p:Марина Ш.}}; водитель на обратный путь {{p:Артём}}. 증언자의 동료 {{p:리광남}}, {{p:변철}}도 같은 달 현장을 떠났다고 함. Route via {{u:Lesozavodsk}}.""",
    },
    {
        "id": "h71-mixed-13",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Ri Un-hyang", "리은향", "witness", ["은향", "李恩香"]),
            ("Choe Ok-rim", "최옥림", "coworker", ["옥림", "崔玉林"]),
            ("Wang Jianjun", "왕젠쥔", "official", ["王主任"]),
        ],
        "note": "Chinese seafood-plant first-aid box usage log from Rongcheng with injuries on the squid and crab lines; North Korean women as Chinese readings, numbers and initials; 创可贴, 碘伏, 组长 are not names; Chinese forms of address whole; Korean/English NGO notes; mixed CRLF/LF.",
        "text": """急救箱使用登记表 - {{u:荣成}}市 石岛 某水产公司 二车间 (2019年7月)
安全员: {{r:王建军}} ({{r:王主任}})

日期 | 时间 | 使用人 | 工号 | 伤情 | 用品 | 处理人
7.02 | 10:15 | {{r:李恩香}} | K-031 | 鱿鱼刀割伤 左手 | 碘伏, 创可贴 | {{p:小赵}}
7.02 | 14:40 | {{r:崔玉林}} | K-044 | 蟹壳扎伤 | 创可贴 | {{p:小赵}}
7.05 | 09:20 | K-017 | K-017 | 冻伤 手指 | 纱布 | {{p:小赵}}
7.09 | 16:00 | {{r:李恩香}} | K-031 | 同一伤口感染 | 碘伏 | {{r:王主任}} (建议就医)
7.09 | 16:30 | - | - | 朝鲜组长{{p:金}}拒绝就医 | - | -
7.15 | 11:05 | {{p:玄美兰}} | K-052 | 滑倒 腰伤 | 膏药 | {{p:小赵}}
7.22 | 08:50 | {{r:李恩香}} | K-031 | 发烧 | 退烧药 | {{r:王建军}}

[NGO 메모, 번역 {{p:남궁윤}}]
- K-031 "{{r:李恩香}}"은 증언자 {{r:리은향}}. 7월 2일 오징어 칼에 베인 상처가 곪아 7월 22일 열이 났으나, 북한 측 조장 {{p:김}}({{p:김성애}})이 병원에 못 가게 함. {{r:은향}} 씨: "{{r:王主任}}이 병원에 가라고 했는데 {{p:김성애}} 조장이 '돈 든다'고 막았어요."
- K-044 {{r:崔玉林}}은 {{r:최옥림}}, {{r:은향}} 씨와 같은 조. {{r:옥림}}이는 2020년 귀국.
- K-017은 이름 없이 공번만 적힘. {{r:은향}} 씨는 "{{p:명순}}이 언니"라고 기억함.
- {{p:小赵}}는 중국인 안전 보조원. {{p:玄美兰}}은 {{p:현미란}}.
English: the log shows repeated treatment of worker K-031 ({{r:Ri Un-hyang}}) and a refusal of hospital care by the North Korean team leader. Safety officer {{r:Wang Jianjun}} recommended a doctor. Location: {{u:Shidao}}, {{u:Shandong}}.""",
    },
    {
        "id": "h71-mixed-14",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jo Kwang-il", "조광일", "witness", ["Kwang-il"]),
            ("Kim Hak-son", "김학선", "supervisor", []),
        ],
        "note": "Passenger-hoist daily check sheet from a Moscow high-rise site, in Russian with Uzbek remarks and English/Korean NGO notes; operators and inspectors by surname and initials; check items (тормоз, концевик) not names; Uzbek name in Latin and Cyrillic; Moscow public.",
        "text": """ЖУРНАЛ ЕЖЕСМЕННОГО ОСМОТРА ГРУЗОПАССАЖИРСКОГО ПОДЪЁМНИКА
Объект: жилой комплекс, корпус 3, {{u:Москва}}, {{u:Некрасовка}}   Подъёмник № 2 (мачтовый)

Дата | Смена | Тормоз | Концевик | Двери | Оператор | Подпись мастера
12.04 | 1 | ✓ | ✓ | ✓ | {{p:Юсупов Р.}} | {{p:Галкин}}
12.04 | 2 | ✓ | ✓ | неиспр. | {{r:Чо Кван Ир}} | {{r:Ким Хак Сон}}
13.04 | 1 | ✓ | ✓ | ✓ | {{p:Юсупов Р.}} | {{p:Галкин}}
13.04 | 2 | ✓ | не пров. | неиспр. | {{r:Чо К.}} | {{r:Ким}}
14.04 | 2 | - | - | - | {{r:Чо}} (перегруз 14 чел.) | {{r:Ким Х.С.}}
Замечание {{p:Галкина}}: "Двери не закрываются с 12.04. Корейская бригада ездит по 14 человек. Запретить!"
Izoh (Uzbek, by operator): "{{p:Rustam}} aytdi: koreys brigadiri {{r:Kim}} eshikni tuzattirmadi."

NGO note (translator {{p:Dilnoza Rakhimova}}):
{{r:Jo Kwang-il}} ({{r:조광일}}) operated the hoist on the evening shift in April 2018. The Uzbek operator {{p:Rustam Yusupov}} ({{p:Рустам}}) told us the North Korean brigade leader {{r:Kim Hak-son}} ({{r:김학선}}) refused to stop work to repair the doors, and made {{r:Kwang-il}} carry fourteen men at a time. The Russian master {{p:Galkin}} wrote the warning but was moved to another site.
증언자 메모: "{{r:김학선}} 반장이 '문 고치는 동안 로임 깎인다'고 했어요. 4월 14일에 {{p:오명철}}이 문틈에 손가락을 다쳤습니다." Тормоз, концевик and двери are check items, not names.
Other operators on later pages: {{p:Мирзаев Ш.}}, {{p:Алиев}}, {{p:Ли Сон Ир}}; site safety engineer {{p:Кравченко Е. В.}}. 증언자 메모: {{p:오명철}}은 {{u:평양}}으로 돌아갔다고 함. Developer office in {{u:Lyubertsy}}.""",
    },
    {
        "id": "h71-mixed-15",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ganbold Dorj", "간볼드 도르지", "witness", ["Ганболд", "Ganaa"]),
            ("Jong Myong-hwan", "정명환", "supervisor", ["Жон"]),
            ("Ho Chol-yong", "허철영", "witness", ["Chol-yong"]),
        ],
        "note": "Mongolian ready-mix concrete delivery tickets for an Ulaanbaatar apartment site worked by a North Korean brigade, with Mongolian driver remarks and English/Korean NGO notes; mix grades (М300) and truck numbers not names; Mongolian names with patronymic initials; a North Korean foreman in Cyrillic.",
        "text": """БЕТОН ХҮРГЭЛТИЙН БАРИМТ (ready-mix delivery tickets) - {{u:Улаанбаатар}}, {{u:Баянзүрх дүүрэг}}
Нийлүүлэгч: "Хан-Бетон" ХХК (private)

№ | Огноо | Машин | Жолооч | Марк | м3 | Хүлээн авсан | Цаг
4471 | 2016.09.03 | 07-21 УНА | {{r:Д. Ганболд}} | М300 | 8 | {{r:Жон}} (солонгос) | 05:40
4472 | 2016.09.03 | 07-22 УНА | {{p:Б. Мөнхбат}} | М300 | 8 | {{r:Жон М.}} | 06:15
4478 | 2016.09.03 | 07-21 УНА | {{r:Ганаа}} | М300 | 8 | {{r:Хо}} | 11:50
4479 | 2016.09.03 | 07-22 УНА | {{p:Мөнхөө}} | М300 | 8 | {{r:Хо Чол Ён}} | 12:30
4485 | 2016.09.04 | 07-21 УНА | {{r:Д. Ганболд}} | М250 | 6 | {{r:Жон}} | 02:10
Тэмдэглэл (driver's remark): "Солонгос ажилчид шөнө 2 цагт бетон цутгаж байна. {{r:Жон}} дарга хүлээн авсан." ("Korean workers pouring concrete at 2 am. Boss {{r:Jong}} received.")

NGO note (translator {{p:Saruul Erdene}}):
Driver {{r:Ganbold Dorj}} ("{{r:Ganaa}}") contacted our partner in {{u:Ulaanbaatar}} in 2021 with these ticket copies. He delivered at night because the North Korean brigade leader {{r:Jong Myong-hwan}} ({{r:정명환}}, written "{{r:Жон}}") wanted to pour before the Mongolian inspectors arrived. {{r:Ho Chol-yong}} ({{r:허철영}}), a former member of the brigade now in Seoul, signed tickets 4478-4479.
증언자 메모: "{{r:철영}}이가 서명한 건 {{r:정명환}}이 자리에 없어서예요. 우리는 24시간 교대로 일했어요. {{r:Ганболд}} 기사님은 우리한테 빵을 주고 갔어요." M300 and M250 are concrete grades.
Other receivers on later tickets: {{p:Ким}}, {{p:Пак Ч.}}, {{p:Хан}}; other drivers: {{p:Эрдэнэбат}}, {{p:Ц. Золбоо}}. Concrete plant near {{u:Nalaikh}}; the workers' dormitory in {{u:Sükhbaatar District}}.""",
    },
    {
        "id": "h71-mixed-16",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Agus Setiawan", "아구스 세티아완", "witness", ["Agus"]),
            ("Ri Chang-ho", "리창호", "coworker", ["Chang-ho", "Lee"]),
        ],
        "note": "Indonesian fish-hold cleaning rota on a Chinese-owned squid jigger with Indonesian, Chinese and North Korean crew, with Korean/English NGO notes; Indonesian 'Pak' (Mr) beside the Korean surname Pak; 'Palka', 'Mandor' and 'ABK' are words; Chinese bosun in Chinese characters; the Southwest Atlantic and a port public.",
        "text": """JADWAL PEMBERSIHAN PALKA (fish-hold cleaning rota) - kapal cumi "Fu Yuan Yu 8xx" (nomor disamarkan)
Wilayah: {{u:Atlantik Barat Daya}}, Jan-Feb 2020   Mandor: {{p:张海龙}} (Bosun {{p:Zhang}})

Minggu | Palka 1 | Palka 2 | Palka 3 | Cek
1 | {{r:Agus}}, {{p:Rizky}} | {{r:Lee}} (Korea Utara), {{p:Kim}} | {{p:Dedi}}, {{p:Made}} | {{p:张}}
2 | {{p:Rizky}}, {{p:Made}} | {{r:Agus}}, {{r:Lee}} | {{p:Kim}}, {{p:Pak}} | {{p:张}}
3 | {{p:Dedi}}, {{p:Pak}} | {{r:Agus}}, {{p:Kim}} | {{r:Lee}}, {{p:Rizky}} | {{p:Zhang}}
4 | {{r:Agus}}, {{r:Lee}} | {{r:Agus}}, {{r:Lee}} | {{r:Agus}}, {{r:Lee}} | {{p:张}} - hukuman

Catatan Pak {{r:Agus}}: "Minggu 4 kami berdua bersihkan semua palka, 36 jam, karena Bosun {{p:Zhang}} marah {{r:Lee}} bicara dengan saya."

NGO note (translator {{p:Siti Rahmawati}}):
{{r:Agus Setiawan}} (ABK, Indonesian crew) gave this rota to a port chaplain in {{u:Montevideo}}. He names the North Korean crewman "{{r:Lee}}" as {{r:Ri Chang-ho}}, who was one of four North Koreans on board; the others are "{{p:Kim}}" and "{{p:Pak}}" in the rota, and a fourth kept in the engine room. "Pak {{r:Agus}}" is Indonesian for "Mr {{r:Agus}}" - here "Pak" is a title, but in rows 2-3 {{p:Pak}} is the Korean crewman's surname.
증언자 메모 ({{r:Agus}}의 진술 번역): "{{r:창호}}는 한국말로 '{{r:아구스}} 형'이라고 불렀어요. 보선장 {{p:장}}이 둘 다 벌을 줬어요." {{p:Zhang Hailong}} was the bosun (mandor).
Crew list (Indonesian side): {{p:Rizky Pratama}}, {{p:Dedi Kurniawan}}, {{p:I Made Suarta}}; Chinese officers: captain {{p:林}}, engineer {{p:老吴}}. The jigger transshipped near the {{u:Falkland Islands}}.""",
    },
    {
        "id": "h71-mixed-17",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ram Bahadur Tamang", "람 바하두르 타망", "witness", ["Ram", "राम बहादुर तामाङ"]),
            ("Kim Jin-chol", "김진철", "coworker", ["Jin-chol"]),
            ("Pang Yong-su", "방영수", "supervisor", []),
        ],
        "note": "Qatari construction-site water-cooler refill sheet in English and Arabic with Nepali and Korean remarks; refill boys, HSE officer, foremen; cooler numbers and 'HSE', 'Refilled', 'Ice' are not names; Nepali name in Devanagari; the Korean word 방 (room) beside the surname Pang; Qatari places and ministry public; CRLF.",
        "text": """WATER COOLER REFILL SHEET / سجل تعبئة برادات المياه
Site: mixed-use tower, {{u:Al Wakrah}}, {{u:Qatar}}   Month: July 2016   HSE officer: {{p:Imran Siddiqui}}
Rule: coolers to be refilled with ice water every 2 hours (heat-stress plan, {{u:Ministry of Administrative Development, Labour and Social Affairs}} summer hours)

Cooler | Location | 08:00 | 10:00 | 12:00 | 14:00 | Refilled by | Foreman check
C-01 | gate | ✓ | ✓ | ✓ | ✓ | {{r:Ram B.}} | {{p:Shahid}}
C-02 | level 9 | ✓ | ✓ | - | - | {{r:Ram}} | {{p:Shahid}}
C-03 | level 14 (Korean gang) | ✓ | - | - | - | {{r:김진철}} | {{r:방}}
C-04 | level 14 (Korean gang) | locked | locked | locked | locked | - | {{r:PANG Y.S.}}
C-05 | canteen | ✓ | ✓ | ✓ | ✓ | {{p:عبدالله}} | {{p:Shahid}}

Remarks:
- Nepali (by refill boy): "{{r:राम}}ले C-04 भर्न पाएन, कोरियन फोरम्यानले ताला लगायो" ("{{r:Ram}} could not fill C-04, the Korean foreman locked it")
- Korean (pencil): "14층 물통 열쇠는 {{r:방}} 반장이 가지고 있음 - {{r:진철}}"
- HSE: "C-04 locked 4 days. Foreman {{r:Pang}} says workers waste water. Escalated to PM Mr. {{p:Daoud}}."

NGO note (interpreters {{p:Sunita Rai}}, {{p:권보람}}):
Refill boy {{r:Ram Bahadur Tamang}} and North Korean worker {{r:Kim Jin-chol}} ({{r:김진철}}) both describe the cooler on level 14 being locked by the North Korean foreman {{r:Pang Yong-su}} ({{r:방영수}}) in July 2016. {{r:Jin-chol}} says: "{{r:방영수}}이 물을 잠그고 방에 들어가 에어컨을 켰어요." (방 = room.) HSE officer {{p:Siddiqui}} reported it; the PM {{p:Daoud}} did nothing, according to {{r:Ram}}.
Other refill boys in July: {{p:Bishnu}}, {{p:Dil Kumar Rai}}, {{p:Sagar}}. Korean gang members named by {{r:Jin-chol}}: {{p:Ri Song-gwang}}, {{p:Ham Chol}}. Workers' camp at {{u:Industrial Area}}, {{u:Doha}}.""",
    },
]
