# ruff: noqa: E501
"""Held-out evaluation passages, set 72. Built by build_heldout.py heldout72.

Fifty-one documents of the kind an NGO working on North Koreans sent abroad as forced
labourers could plausibly receive or write, written blind (the finder's code was not
read and the finder was not run). All genres are ones the earlier sets' opening lines
do not list (OpenStreetMap changeset discussions, camp basketball box scores,
wound-care dressing charts, fishing-vessel crew wifi-voucher reports, IT asset custody
registers, cease-and-desist letters, US trial subpoenas with proof of service, dream
journals with therapist's margin notes, interlibrary loan request queues, Sieve
mail-filter scripts, sea-service testimonials, airline offload and denied-boarding
reports, fleet telematics trip reports, air-conditioner service job cards, new-staff
onboarding checklists, US plea agreements, contact-verification (safety-number) logs,
Buddhist 49th-day memorial-rite registers, home-appliance after-service histories,
mobile gift-voucher send histories, gastroscopy reports, brigade leaders' written
undertakings (각서), transcribed North Korean five-person mutual-surveillance group
assignments, transcribed North Korean art-propaganda troupe rosters, transcribed North
Korean ideology-exam score sheets, homesick-memorial rite (망향제) participant lists,
staff annual-leave planners, confidentiality-undertaking registers, notices of appeal
(항소장), fall-risk assessments, isolation-room entry logs, transcribed North Korean
pre-dispatch health certificates, dry-cleaner claim-ticket ledgers, Russian
left-luggage receipts, Russian general works journals, Russian hidden-works inspection
acts, Russian polyclinic appointment slips, Russian tick-bite registers, skidder
machine-hour sheets, Chinese company-seal usage registers, Chinese factory e-bike
registration lists, Chinese wage bank-card custody registers, QQ group file listings,
Chinese filleting-knife issue-and-return registers, Chinese fire-extinguisher
inspection tags, Mongolian brick-kiln firing logs, Polish greenhouse picking-trolley
scan exports, Thai immigration fine receipts, Japanese lost-property report receipts,
Vietnamese pharmacy credit books and Kuwaiti municipality camp-occupancy violation
notices), in English, Korean and mixed Korean/English with Russian, Chinese, Arabic,
Mongolian, Polish, Thai, Japanese and Vietnamese. Some passages use CRLF line breaks
(some mix CRLF and LF), zero-width characters, fullwidth letters and digits, names
split across line breaks, OCR-style mixed-script names and emoji. All persons are
fictional; real public figures are mentioned only neutrally.

Labelling convention:
- {{r:...}} a mention of a registered private person (listed in the passage's
  "persons" as (romanized name, Hangul name, role, aliases)); {{p:...}} a mention
  of an unregistered private person; {{u:...}} a public name: a real public figure,
  a real place, a real organisation or company, a real ship, app, platform or law.
  Real public figures are only mentioned neutrally.
- Every fictional person is private, whatever their office (a fictional minister,
  judge, police officer, consul, doctor, inspector, pastor or interpreter is private).
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
"""

PASSAGES: list[dict] = [
    {
        "id": "h72-en-01",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Song-chol", "리성철", "witness", ["Song-chol"]),
            ("Pak Myong-su", "박명수", "supervisor", ["Пак"]),
            ("Jo Un-gi", "조운기", "coworker", ["Un-gi"]),
        ],
        "note": "OpenStreetMap changeset discussion about a logging camp north of Tynda; usernames with a given name inside (only the name part labelled), Russian genitive of a surname in a name= tag, a cook in Cyrillic and in romanization, bare surnames Jo and Kang, 'So,' and 'No,' as ordinary words, DWG and OSMF as organisations.",
        "text": """OpenStreetMap changeset discussion, exported 20 June 2023 for incident file W-17.
Usernames kept as shown. The personal names in the tags below were later redacted by the {{u:Data Working Group}}; this export preserves the first upload.

Changeset 138406172 by mapper_{{p:dasom}}
Comment: "Logging camp N of {{u:Tynda}}, {{u:Amur Oblast}}: dormitories, canteen, sawmill shed. Traced from imagery, building use from interview with Mr {{r:Ri Song-chol}} (there 2016-18)"
Source: aerial imagery; interview sketch
Changes: 41 (29 ways, 12 nodes)

Tags as first uploaded:
  way 1187700421   building=dormitory
                   name=Общежитие бригады {{r:Пака}}
                   note=brigade leader {{r:Pak Myong-su}} slept in the end room, per {{r:Song-chol}}
  way 1187700433   building=dormitory
                   note={{r:Jo}} and {{p:Kang}} patched this roof, winter 2017
  node 10944771203 building=kitchen
                   operator=повар {{p:Ким Ён Сук}}
  node 10944771219 man_made=chimney
                   note=stoker {{p:Chae}}'s hut, burned 2018

Discussion (7 comments)

sakhalin_{{p:vova}} - 15 June 2023 08:12 UTC
Hi and welcome. name= is for names used on the ground, not "the dormitory of {{r:Pak}}'s brigade", and note= should never carry private people. Were you there yourself?

mapper_{{p:dasom}} - 15 June 2023 11:40 UTC
Thanks {{p:Vova}}, my mistake. I volunteer for a group documenting North Korean workers in the {{u:Russian Far East}}. Our interviewee drew the camp from memory and we matched it to the imagery. The men called the first dormitory "{{r:Pak}}'s barrack" after the brigade leader. So, second-hand, but the layout fits exactly.

tundra_geo - 15 June 2023 12:05 UTC
No judgement, but please also look at way 1187700433 ("{{r:Jo}} and {{p:Kang}}") and the operator tag on the kitchen ("{{p:Ким Ён Сук}}"). If the cook is still in {{u:Russia}} that tag could get her in trouble.

mapper_{{p:dasom}} - 15 June 2023 12:31 UTC
The cook was a man, {{p:Kim Yong-suk}}; the Cyrillic came from {{r:Ri}}'s sketch, which a Russian driver labelled for him. Removing all of it now, including the roof note about {{r:Un-gi}}. Sorry again.

fgr_dwg (DWG) - 16 June 2023 09:02 UTC
Versions 1 of the five affected objects are redacted under the {{u:OpenStreetMap Foundation}} redaction policy. Please send anything further to the DWG mailbox rather than to a changeset comment.

mapper_{{p:dasom}} - 16 June 2023 10:15 UTC
Thank you. For the record, my coordinator {{p:Ha Ji-won}} reviewed the new version before upload, and {{r:Jo Un-gi}}'s name is nowhere in it.

an_amur_local - 17 June 2023 04:48 UTC
The camp is real, I drove the {{u:BAM}} service road past it in 2019, men in blue quilted jackets at the gate. No, the sawmill shed is not there any more, it burned in 2021.""",
    },
    {
        "id": "h72-en-02",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Yu Chang-ho", "유창호", "witness", ["Chang-ho"]),
            ("O Kwang-chol", "오광철", "coworker", ["Kwang-chol", "Big O"]),
            ("Mun Hyok", "문혁", "coworker", ["Moon"]),
        ],
        "note": "Basketball box scores from a Kuwait housing-project camp league, copied from the witness's notebook; fixed-width table, surnames O, So, An, Ha, Yu, Do and No as players, Mun read as Moon next to the moon, nickname Big O, Indian referee, initials, Michael Jordan as a public figure; CRLF.",
        "text": """INTER-BRIGADE BASKETBALL - CAMP 2, {{u:Mutla'a City}} project, {{u:Kuwait}}
Friday 9 February 2018, court behind the canteen, lights from 19:30
Box score kept by {{r:Yu Chang-ho}}; copied from his notebook by the NGO, March 2023

BRIGADE 3 "TORCH" 58
No  Player              MIN  PTS  REB  AST  F
 4  {{r:O Kwang-chol}}         40   21    6    3  2
 7  {{p:So M.H.}}              38   12    4    5  3
 9  {{p:An Chol}}              35    9    9    1  4
11  {{r:Yu C.H.}}              30    8    2    6  1
13  {{p:Ha Un-song}}           22    6    5    0  5 (fouled out)
15  {{p:No Kyong-il}}          15    2    1    1  0

BRIGADE 5 "FLAG" 55
No  Player              MIN  PTS  REB  AST  F
 5  {{r:Mun Hyok}}             40   19   11    2  3
 6  {{p:Do Yong-nam}}          36   14    3    4  2
 8  {{p:Kye}}                  34   10    2    2  4
10  {{p:Rim S.}}               28    6    4    1  1
12  {{p:Paek Ju-won}}          22    4    0    3  2
14  {{p:Ri}} (the younger)      20    2    1    0  1

Referee: Mr {{p:Varghese}} (site safety officer, volunteered)
Table / clock: {{p:Kim Tae-hyok}}, brigade 4

Notes in the same hand:
- {{r:Big O}} again. Nobody in the camp can stop {{r:Kwang-chol}} under the basket. The Indian drivers call him "{{u:Michael Jordan}}", he doesn't know who that is.
- {{r:Moon}} had eleven rebounds and a bleeding lip. The moon came up over the crane at half time and {{r:Mun}} said it looked like a basketball, and everybody laughed because he never jokes.
- {{p:Ha}} fouled out arguing. {{p:An}} said "no, no, no" at every whistle; Mr {{p:Varghese}} said one more no and he goes out too.
- Stake: two packets of instant noodles per man. {{p:Do}} paid ours in March, late.
- Brigade leader {{p:Choe}} watched from the steps and told {{r:Yu}} to stop writing things down. I kept the score anyway. So this is the last page.""",
    },
    {
        "id": "h72-en-03",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kang Chol-ho", "강철호", "witness", ["Chol-ho", "KANG CHOL HO"]),
            ("Ri Yong-jin", "리영진", "supervisor", []),
        ],
        "note": "Wound-care dressing chart from a Doha hospital burns unit; patient name in capitals, nurses' sign-off initials in a table column are mentions, a company minder acting as interpreter, a visitor named Song beside the word song, Filipino and Indian nurses with nicknames.",
        "text": """{{u:HAMAD MEDICAL CORPORATION}} - {{u:Hamad General Hospital}}, Burns & Plastics Unit, Ward 8
WOUND ASSESSMENT AND DRESSING CHART (page 2 of 3)

Patient: {{r:KANG CHOL HO}}   HC no. 6220-18831   Nationality: {{u:DPRK}}   Bed 8-14
Wound: partial-thickness burn, right forearm and dorsum of hand, approx. 4% TBSA (hot bitumen, site accident 02/07/2017)
Consultant: Dr {{p:Al-Mansouri}}   Tissue viability nurse: {{p:Jocelyn R. Santos}}

Date        Time   Wound bed              Exudate  Dressing applied                 Pain 0-10  Sign
04/07/2017  09:10  sloughy, pink edges    mod      silver foam + crepe              7          {{p:JRS}}
05/07/2017  09:40  slough reducing        mod      silver foam + crepe              6          {{p:MDC}}
06/07/2017  10:05  granulating 60%        low      silver foam                      5          {{p:JRS}}
07/07/2017  08:55  granulating 70%        low      foam, elevation advised          5          {{p:A.K.}}
08/07/2017  09:30  granulating, 1 blister low      foam, blister left intact        4          {{p:MDC}}
09/07/2017  09:20  epithelialising edges  low      non-adherent + light bandage     3          {{p:JRS}}

Nursing notes:
04/07 Patient speaks no English or Arabic. Company representative Mr {{r:Ri Yong-jin}} interpreted; he answered several questions before the patient could. Pain score taken by pointing at the face scale. {{p:JRS}}
05/07 Pt asked (through Mr {{r:Ri}}) when he can return to work. Explained at least 3 weeks. Mr {{r:Ri}} said the company doctor will decide. Escalated to Dr {{p:Al-Mansouri}}. {{p:MDC}} ({{p:Maricel}})
06/07 Visitor: Mr {{p:Song}}, co-worker, brought rice and kimchi in a jar. While I changed the dressing Mr {{p:Song}} sang a song to him quietly, patient calmer, pain 5 instead of 7. Good. {{p:JRS}}
07/07 Night staff report pt awake and crying 02:00. Charge nurse {{p:Anil}} ({{p:A.K.}}) called the interpreter line; pt said only "no money, no money". Social work referral sent.
08/07 Social worker {{p:Noura}} saw pt WITHOUT company rep (rep arrived after). Pt gave his name as {{r:Kang Chol-ho}} and wrote it in Korean on her pad: {{r:강철호}}. He asked for his passport. Referral to ward manager.
09/07 Mr {{r:Ri}} informed us pt will be discharged to the company clinic tomorrow against advice. Dr {{p:Al-Mansouri}} documented. Dressing supplies x 6 given to {{r:Chol-ho}} himself, not to Mr {{r:Ri}}. {{p:JRS}}""",
    },
    {
        "id": "h72-en-04",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Choe Kum-song", "최금성", "witness", ["Kum-song", "Goldie", "CUI JINCHENG"]),
            ("Hong Yong-sik", "홍영식", "supervisor", ["HONG YONGZHI"]),
            ("Sin Myong-ho", "신명호", "coworker", []),
        ],
        "note": "Squid-jigger crew internet data-card usage log (VSAT vouchers) exported by the vessel's IT contractor; crew named by cabin and in pinyin-style spelling, a login that spells a name, a nickname Goldie, a political officer's surname in lower case, Chinese officers with forms of address, Zhoushan and Montevideo; half CRLF.",
        "text": """CREW WIFI VOUCHER REPORT - F/V Zhe Yuan Yu 873 (squid jigger), period 01-31 Oct 2019
Exported by satellite service contractor for owner's office; forwarded to NGO by a crew member's relative in {{u:Montevideo}}
Voucher = 50 MB, price USD 10, deducted from wages at settlement in {{u:Zhoushan}}

Login          Registered to                Cabin  Vouchers  MB used  Deduct USD
capt_{{p:wang}}      Capt. {{p:Wang Jianguo}}          1      12        600      0 (company)
chief_{{p:liu}}      Chief Officer {{p:Liu Dehai}}     2      9         448      0 (company)
{{p:laozhou}}        Bosun {{p:Zhou Fuqiang}}         5      6         300      60
{{r:jincheng}}_c      {{r:CUI JINCHENG}} ({{u:DPRK}})        9      4         197      40
dprk_09b       {{r:XIN MINGHAO}} ({{u:DPRK}})         9      1         50       10
dprk_11a       {{p:HAN YONGJUN}} ({{u:DPRK}})         11     0         0        0
dprk_11b       {{p:JIN CHUNHUA}} ({{u:DPRK}})         11     2         91       20
pol_off        {{r:HONG YONGZHI}} ({{u:DPRK}})        10     7         350      0 (agency)

Contractor's remarks:
1. Crew logins dprk_09b, dprk_11a and dprk_11b were opened by the political officer, {{r:hong}}, who holds the passwords; the crew cannot log in themselves. Login {{r:jincheng}}_c was opened in July at the crew member's own request and was closed by the master on 19 Oct.
2. Traffic on {{r:jincheng}}_c 14-18 Oct: {{u:WeChat}} voice calls to a Uruguayan number. {{p:老周}} reported this to the master.
3. Cabin 9: {{r:Cui Jincheng}} is the Chinese reading the agency uses for {{r:최금성}}. His messages are signed "{{r:Goldie}}" in English. {{r:Xin Minghao}} in the same cabin is {{r:Sin Myong-ho}}.

Note added by NGO caseworker {{p:Lucía Ferreira}}, 12 Feb 2020:
The sister of {{r:Choe Kum-song}}, Mrs {{p:Choe Mi-ran}}, lives in {{u:Seoul}} and received the WeChat calls. {{r:Kum-song}} told her that political officer {{r:Hong Yong-sik}} took the phone of anyone who used the wifi without him. After 19 Oct she heard nothing. {{r:Sin}} is said to have disembarked at {{u:Montevideo}} in December with a hand injury; we have asked {{p:Father Diego}} at the seafarers' mission to look for him.""",
    },
    {
        "id": "h72-en-05",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Un-jong", "최은정", "witness", ["Un-jong"]),
            ("Ryu Kwang-il", "류광일", "witness", ["Kwang-il"]),
        ],
        "note": "NGO IT asset custody register pasted as a pipe table; staff e-mail local parts that spell names, role accounts unmarked, two witnesses lent phones (one by case number and first name), staff surname O beside the letter o in a model number, initials in the checked-by column, brand names as companies.",
        "text": """IT ASSET CUSTODY REGISTER - Seoul office (export 2024-01-08, Sheet "Active")

| Tag     | Item                        | Custodian                 | Login / e-mail                 | Issued     | Checked |
|---------|-----------------------------|---------------------------|--------------------------------|------------|---------|
| LT-0112 | {{u:Lenovo}} ThinkPad T14 g2         | {{p:Grace Han}}                 | {{p:grace.han}}@                     | 2022-03-02 | {{p:MJP}}     |
| LT-0113 | {{u:Lenovo}} ThinkPad T14 g2         | {{p:O Hye-rin}}                 | {{p:ohyerin}}@                       | 2022-03-02 | {{p:MJP}}     |
| LT-0120 | {{u:Apple}} MacBook Air M2           | {{p:Park Min-jae}} (IT)         | {{p:minjae.park}}@                   | 2023-01-16 | {{p:HR}}      |
| LT-0121 | {{u:Apple}} MacBook Air M2           | interview room 2 (shared) | interview2@                    | 2023-01-16 | {{p:MJP}}     |
| PH-0031 | Galaxy A14 (burner)         | W-22 {{r:Choe Un-jong}}         | none                           | 2023-06-30 | {{p:O.H.R.}}  |
| PH-0032 | Galaxy A14 (burner)         | W-25 {{r:Kwang-il}}             | none                           | 2023-07-04 | {{p:O.H.R.}}  |
| PH-0033 | Galaxy A14 (burner)         | spare                     | none                           | 2023-07-04 | {{p:MJP}}     |
| RC-0004 | Zoom H5 recorder            | {{p:Lee Seo-yeon}} (field)      | {{p:seoyeon.l}}@                     | 2021-11-20 | {{p:HR}}      |
| YK-0015 | YubiKey 5C NFC                 | {{p:Daniel Cho}}                | {{p:dcho}}@                          | 2023-09-11 | {{p:MJP}}     |
| YK-0016 | YubiKey 5C NFC                 | finance@ (role)           | finance@                       | 2023-09-11 | {{p:MJP}}     |

Comments (cell notes):
- PH-0031: lent to {{r:Un-jong}} for the safety period after her move. She may keep it until the case review. Number is not in the CRM. ({{p:Hye-rin}})
- PH-0032: {{r:Ryu Kwang-il}} reported the phone "hot" and slow, o.k. after reset; {{p:Min-jae}} checked no apps added. Return due 2024-02.
- LT-0113: {{p:O}} is on leave until 22 Jan; laptop locked in cabinet B. Model T14 g2, not "gO" as typed on the sticker.
- RC-0004: {{p:Seo-yeon}} took it to {{u:Busan}} for the fishing interviews; SD card wiped on return, checked by {{p:Hye-rin}} and {{p:Grace}}.
- Initials: {{p:MJP}} = {{p:Park Min-jae}}, {{p:HR}} = {{p:Hye-rin}} (her initials, not the HR team), {{p:O.H.R.}} = same person, older signature.""",
    },
    {
        "id": "h72-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jang Mi-ok", "장미옥", "witness", ["Mi-ok", "Jang Mi Ok"]),
            ("Jang Song-ho", "장성호", "relative", ["Song-ho"]),
        ],
        "note": "Cease-and-desist letter from a Seoul law office to a YouTuber who exposed a former Chinese seafood-plant worker; handle with a name part, a channel name, the client's brother, Korean statutes and YouTube as public, the lawyer and paralegal private, 'Do not' as an ordinary word.",
        "text": """BY E-MAIL AND REGISTERED POST

Seoul, 14 March 2024

To: the operator of the {{u:YouTube}} channel "TrueNorth{{p:Jun}} TV" (handle @truenorth_{{p:jun}})
Attention: Mr {{p:Bae Jun-ho}}

Re: Our client Ms {{r:Jang Mi-ok}} - demand to cease and desist and to remove video "I found the woman from the {{u:Donggang}} fish factory!!" (uploaded 2 March 2024)

Dear Mr {{p:Bae}},

We act for Ms {{r:Jang Mi-ok}} ({{r:장미옥}}), who worked from 2017 to 2020 at a seafood-processing plant in {{u:Donggang}}, {{u:Liaoning}}, {{u:People's Republic of China}}, before resettling in the {{u:Republic of Korea}}.

1. In the video referred to above (at 03:12-05:40) you show our client's face without blurring, state her full name, her former dormitory room number and the name of her brother, Mr {{r:Jang Song-ho}}, who, as you say yourself, "is still in {{u:North Korea}}, in {{u:Sinuiju}}". You also read out messages that our client exchanged privately with your assistant, Ms {{p:Yeon Da-bin}}, who had contacted her under the pretext of a charity interview.

2. Publishing this information without consent infringes our client's rights under the {{u:Personal Information Protection Act}} and may constitute defamation under the {{u:Act on Promotion of Information and Communications Network Utilization and Information Protection}}. More urgently, it places Mr {{r:Song-ho}} and the rest of our client's family at real risk.

3. We therefore demand that you, within 48 hours of this letter:
   (a) remove the video and all clips, shorts and community posts derived from it;
   (b) delete the recordings and screenshots of our client's messages held by you or by Ms {{p:Yeon}};
   (c) confirm in writing to the undersigned that you have done so.
   Do not contact our client, directly or through anyone else. Any contact should be made through this office.

4. Our client has also asked the {{u:Korea Communications Standards Commission}} to review the video. If you do not comply, we are instructed to file a criminal complaint and a civil claim without further notice.

For the avoidance of doubt, the comments under the video by users calling themselves "{{p:minsu}}_0812" and "real_{{p:sunhee}}" that add our client's current city are covered by this demand as far as you can remove them.

Yours faithfully,

{{p:Kwon Hae-won}}, Attorney at Law
cc: Ms {{r:Jang}} (client); {{p:Min Ye-seul}}, paralegal (file)""",
    },
    {
        "id": "h72-en-07",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Hwang Chol", "황철", "witness", ["HWANG CHOL", "Mr. Hwang"]),
            ("Tak Yong-bom", "탁영범", "supervisor", ["TAK YONG BOM", "Tom Tak"]),
        ],
        "note": "US federal subpoena to testify at a criminal trial with return of service; fictional defendant and attorneys private, witness served through a resettlement caseworker, defendant's alias, a process server with initials, court and rule as public; CRLF.",
        "text": """AO 89 (Rev. 08/09) Subpoena to Testify at a Hearing or Trial in a Criminal Case

{{u:UNITED STATES DISTRICT COURT}}
for the
{{u:District of Columbia}}

{{u:UNITED STATES OF AMERICA}}
v.
{{r:TAK YONG BOM}}, also known as "{{r:Tom Tak}}", and {{p:LEONID V. GORSHKOV}}
Case No. 1:23-cr-00417

SUBPOENA TO TESTIFY AT A HEARING OR TRIAL IN A CRIMINAL CASE

To: {{r:HWANG CHOL}}
    c/o {{p:Esther Kang}}, Case Manager, refugee resettlement office, {{u:Annandale}}

YOU ARE COMMANDED to appear in the {{u:United States District Court}} at the time, date and place shown below to testify in this criminal case. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.

Place of Appearance: {{u:E. Barrett Prettyman U.S. Courthouse}}, 333 Constitution Ave. NW, {{u:Washington, DC}} 20001
Courtroom No.: 18
Date and Time: 06/10/2024 9:30 am

You must also bring with you the following documents: any pay slips, notebooks, photographs or messages in your possession relating to your work for "Saebyol Trading" in {{u:Vladivostok}} between 2015 and 2019, including the notebook in which you recorded payments made to {{r:TAK YONG BOM}}.

(SEAL OF THE COURT)                          CLERK OF COURT
Date: 04/22/2024                             {{p:A. Whitfield}}, Deputy Clerk

The name, address, e-mail and telephone number of the attorney representing the {{u:United States}}, who requests this subpoena, are:
AUSA {{p:Rebecca Lindqvist}}, National Security Section, {{p:rebecca.lindqvist}}@usdoj.gov

PROOF OF SERVICE
This subpoena for {{r:Hwang Chol}} was received by me on 04/24/2024.
I served the subpoena by delivering a copy to the named person as follows: in person, at the office of {{p:Ms. Kang}}, in the presence of an interpreter, Mr. {{p:Yoon Sang-min}}, on 04/29/2024 at 2:15 pm. Mr. {{r:Hwang}} asked whether {{r:Tak}} would be in the courtroom. I told him I could not answer and referred him to AUSA {{p:Lindqvist}}.
I have tendered to the witness the fees for one day's attendance and the mileage allowed by law, in the amount of $40.00 + $23.45.
I declare under penalty of perjury that this information is true.
Date: 04/29/2024   Server's signature: {{p:D.M.O.}}   Printed name and title: {{p:Dwayne M. Okafor}}, Deputy {{u:U.S.}} Marshal

Additional information regarding attempted service, etc.: First attempt 04/26/2024 at the witness's apartment failed; a neighbour, Mrs. {{p:Pak}}, said Mr. {{r:Hwang}} was at work. Service by {{u:Federal Rule of Criminal Procedure 17}}(d).""",
    },
    {
        "id": "h72-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Do Myong-gil", "도명길", "witness", ["Myong-gil"]),
            ("Kim Hak-chol", "김학철", "supervisor", ["Bear"]),
            ("Ri Chol", "리철", "coworker", ["Chol", "Cholie"]),
            ("Do Sun-hui", "도순희", "relative", ["Sun-hui"]),
        ],
        "note": "Dream journal kept by a former logger in trauma therapy, translated, with the therapist's margin notes; nickname the Bear beside a real bear, given name Chol alone and as a pet name, surname Do beside the verb do, the witness's daughter by given name, Chegdomyn and Tumen as places.",
        "text": """DREAM JOURNAL - translation of pages 3 to 6 (Korean original kept by client)
Client: {{r:Do Myong-gil}} | Therapist: {{p:Dr. Helen Marsh}} | Translator: {{p:Kim Na-ra}}
[Therapist's margin notes in square brackets, initialled {{p:HM}}]

12 November
The same dream. I am back at the cutting area above {{u:Chegdomyn}}, the snow is up to my knees and the saw will not start. The {{r:Bear}} is standing behind me with the notebook. He does not shout. He writes my name and the number of cubic metres, and the number gets smaller while I watch.
[{{p:HM}}: "the {{r:Bear}}" = brigade leader {{r:Kim Hak-chol}}. Client says he was called that because he slept all winter and woke up hungry in spring, not because of his size.]

15 November
A real bear this time. It came to the kitchen bins like the one in 2016, and {{r:Chol}} threw a pot at it, and in the dream the pot turned into my daughter's school bag. I woke up and counted to 200 the way Dr {{p:Marsh}} said.
[{{p:HM}}: {{r:Chol}} = {{r:Ri Chol}}, bunk neighbour. Daughter = {{r:Sun-hui}}, 11 when he left, in {{u:Hoeryong}}.]

19 November
No dream, or I do not remember. I went to the market with Mrs {{p:Gwak}} from church and bought pears. She asked me what I do on Sundays. I do nothing on Sundays, that is what Sundays are for.

23 November
{{r:Cholie}} (that is what the Russian drivers called him, "{{r:Чоли}}") was standing in the river. The {{u:Tumen}}, not the river at the camp. He was holding his boots above his head and telling me the water was warm. I said, {{r:Chol}}, you cannot swim, and he said he learned in {{u:Russia}}. I woke at 4 and did not sleep again.
[{{p:HM}}: {{r:Ri Chol}} died in a felling accident in Feb 2018, client was present. First time client has named the river. Do not push; revisit.]

27 November
I dreamed {{r:Sun-hui}} was grown up and working at the bank in {{u:Seoul}} where I get my money, behind the glass. She did not know me. I told the teller my name, {{r:Do Myong-gil}}, 도 like the province, and she laughed, and it was not {{r:Sun-hui}} any more, it was the woman from the bank, Ms {{p:Yoon}}.
[{{p:HM}}: discussed 27/11. Client asked whether {{r:도순희}} could be searched for through the {{u:Red Cross}}. Referred to {{p:Jeong Eun-ji}} (family tracing).]""",
    },
    {
        "id": "h72-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pak Jin-hyok", "박진혁", "witness", ["Jin-hyok", "Park Jin-hyuk"]),
        ],
        "note": "Interlibrary loan request queue of a university library; real authors and institutions public, a fictional thesis author, library staff and the requesting researcher private, a self-published memoir by a witness under two spellings, patron names surname-first with a comma, a renewal note.",
        "text": """INTERLIBRARY LOAN - BORROWING REQUESTS (status report, 05/02/2024)
Patron: {{p:Okonkwo, Adaeze}} (PhD candidate, School of Law) | Department contact: {{p:Prof. Lindgren}}

TN 884201  Book
  Title: Witness to Transformation: Refugee Insights into {{u:North Korea}}
  Author: {{u:Haggard, Stephan}}; {{u:Noland, Marcus}}
  Publisher: {{u:Peterson Institute for International Economics}}, 2011
  Lender: {{u:University of Edinburgh}}   Status: Received, due 03/03/2024

TN 884207  Thesis
  Title: Remittance obligations of dispatched North Korean workers in the Russian construction sector
  Author: {{p:Seo, Yu-jin}} (MA thesis, 2019)
  Lender: none located   Status: Cancelled - not lent; patron to e-mail the author ({{p:yujin.seo}}@...)

TN 884215  Book (memoir, self-published)
  Title: Forty Below: My Years in the Russian Forest
  Author: {{r:Park, Jin-hyuk}} [as catalogued]; {{r:박진혁}} [Korean edition]
  Notes from patron: "Same author as Korean title 영하 40도. Author's own romanization is {{r:Pak Jin-hyok}}; please search both."
  Lender: {{u:National Library of Korea}}   Status: Conditional - library use only

TN 884219  Report
  Title: The Hidden Gulag, 2nd ed.
  Author: {{u:Hawk, David}}
  Publisher: {{u:Committee for Human Rights in North Korea}}, 2012
  Status: Filled electronically (PDF) - supplied by ILL staff {{p:M. Ferraro}}

TN 884230  Article
  Title: "Loyalty funds and brigade accounting" (working paper, 2021)
  Author: {{p:Hartmann, Jonas}}; {{p:Ri, Kyong-ae}}
  Status: Unfilled - working paper withdrawn by authors

Staff notes:
- 884215: lender asked whether the patron knows the author. Patron says she interviewed Mr {{r:Pak}} in 2022 and he gave permission to cite the memoir; {{p:Ferraro}} confirmed with {{p:Lindgren}}. Book not to leave the reading room. {{p:MF}}
- 884207: {{p:Okonkwo}} reports Ms {{p:Seo}} replied and will send a copy; close request.
- Renewal of 884201 requested 01/02; lender allows one renewal. {{p:Adaeze}} to collect at circulation desk (ask for {{p:Tomasz}}).""",
    },
    {
        "id": "h72-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Chol-man", "리철만", "witness", ["Chol-man", "cholman"]),
            ("An Yong-hui", "안영희", "witness", ["Yong-hui"]),
            ("Ri Kwang-ok", "리광옥", "relative", []),
        ],
        "note": "Sieve mail-filter script exported from the NGO's intake mailbox; e-mail local parts that spell names (digits outside), role accounts unmarked, folder names with surnames, a witness named An beside the article 'an', comments with initials and given names, Gmail and Naver as companies.",
        "text": """# sieve script "intake-rules", exported from intake@ mailbox, 2024-02-05
# maintained by {{p:Jae-won}} (IT). Last edit: {{p:sohee.bae}} 2024-01-29 "add W-31 second address"
require ["fileinto", "imap4flags", "envelope"];

# --- W-31 {{r:Ri Chol-man}} writes from two addresses ({{u:Gmail}} + {{u:Naver}}) ---
if address :is "from" ["{{r:rcholman}}1984@gmail.com", "{{r:cholman}}.ri@naver.com"] {
    addflag "\\\\Flagged";
    fileinto "Cases/W-31 {{r:Ri}}";
    stop;
}

# --- W-31 sister {{r:Ri Kwang-ok}}, forwards things for him; keep with his file ---
if address :is "from" "{{r:kwangok}}.ri77@naver.com" {
    fileinto "Cases/W-31 {{r:Ri}}";
    stop;
}

# --- W-34 {{r:An Yong-hui}} (use An, not Ahn, in folder names) ---
if anyof (address :is "from" "{{r:yonghui}}.an@gmail.com",
          header :contains "subject" "{{r:Yong-hui}}") {
    fileinto "Cases/W-34 {{r:An}}";
    stop;
}

# --- translators: never auto-file, they reply to many cases ---
if address :domain :is "from" "translate-partner.kr" {
    fileinto "Translators";
    # Mrs {{p:Cha}} and {{p:Hyun-woo}} use this domain; {{p:Hyun-woo}} sometimes from {{p:hwlim}}.tr@gmail.com
    stop;
}

# --- broker spam posing as a witness (see incident 2023-11) ---
if header :contains "from" ["{{p:Kim Sung-il}}", "{{p:sungil}}.kim.help"] {
    fileinto "Junk/Suspicious";
    stop;
}

# --- role accounts ---
if address :is "to" ["press@", "finance@"] {
    fileinto "Shared/Roles";
}

# TODO ({{p:SB}}): an e-mail from an embassy in {{u:Doha}} mentioned an {{r:An}} - is it {{r:Yong-hui}}'s cousin?
#   check with {{p:Ji-yeon}} before making a rule. Do not file {{u:Qatar}} embassy mail automatically.""",
    },
    {
        "id": "h72-en-11",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Kim Yong-chol", "김용철", "witness", ["JIN YONGZHE", "KIM YONG CHOL"]),
            ("Ryang Su-il", "량수일", "coworker", ["LIANG SHOUYI"]),
        ],
        "note": "Sea-service testimonials issued by a Chinese fishing company to DPRK crew, copied into the NGO file; names in capitals with Chinese readings, master and chief engineer private, invented vessels unmarked, ports and flag state public, a crewmate named in an annotation; half CRLF.",
        "text": """CERTIFICATE OF SEA SERVICE / TESTIMONIAL (copy 1 of 2)

Company: Rongda Ocean Fishery Co., Ltd., {{u:Rongcheng}}
Vessel: Lu Rong Yuan Yu 617   Type: longliner   Flag: {{u:China}}   GT: 498

This is to certify that Mr. {{r:JIN YONGZHE}} ({{r:KIM YONG CHOL}}), nationality {{u:DPRK}}, seaman's book no. 108-4412, served on board the above vessel as Ordinary Seaman (deck) from 03 April 2017 to 11 September 2018, a total of 526 days, including 488 days at sea. Area of operation: high seas, with port calls at {{u:Port Louis}} and {{u:Cape Town}}.

During his service his conduct was: GOOD. His ability was: GOOD.
He is not recommended for re-engagement on account of the contract end.

Master: Capt. {{p:SUN HAIBO}}                  signature: {{p:孙海波}}
Chief Engineer (witness): {{p:QU DEMING}}       signature: {{p:曲德明}}
Company stamp. Date: 15 September 2018

CERTIFICATE OF SEA SERVICE / TESTIMONIAL (copy 2 of 2)

This is to certify that Mr. {{r:LIANG SHOUYI}} ({{r:RYANG SU IL}}), nationality {{u:DPRK}}, seaman's book no. 108-4419, served on board Lu Rong Yuan Yu 617 as Ordinary Seaman (deck) from 03 April 2017 to 11 September 2018. Conduct: GOOD. Ability: FAIR.
Master: Capt. {{p:SUN HAIBO}}

Annotations by NGO intake worker {{p:P. Ndlovu}}, {{u:Cape Town}}, 02/2023:
- Copies handed over by Mr {{r:Kim Yong-chol}} himself. He says the "526 days" hides two months on a second boat, the Lu Rong Yuan Yu 618, where he was lent with {{r:Ryang}} and a third man, {{p:Kang Myong}}, for bait handling. No pay for that period.
- "Ability: FAIR" for {{r:Ryang Su-il}}: {{r:Kim}} says {{r:Ryang}} lost two fingers in the line hauler in June 2018; the testimonial says nothing about it. Capt. {{p:Sun}} told them the company doctor in {{u:Port Louis}} had "fixed" it.
- {{r:Su-il}}'s whereabouts unknown since 2019. {{r:Yong-chol}} asks that his own name not be given to the company in any correspondence. Agreed with {{p:Thandeka}}.""",
    },
    {
        "id": "h72-en-12",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Pak Chol-min", "박철민", "witness", ["PAK/CHOLMIN", "Chol-min"]),
            ("So Yong-nam", "소영남", "supervisor", ["SO/YONGNAM", "So"]),
        ],
        "note": "Airline denied-boarding and offload reports from Doha airport; passenger-record forms SURNAME/GIVENNAME with MR outside, an escort with surname So beside 'so', gate and security staff private with initials, airline, airport and ministry public; CRLF.",
        "text": """{{u:QATAR AIRWAYS}} - AIRPORT SERVICES
OFFLOAD / DENIED BOARDING REPORT          Ref: DOH-GS-2019-08-1172
Station: {{u:Hamad International Airport}} (DOH)   Gate: C31
Flight: QR 896 DOH-PEK, 14 AUG 2019, STD 01:55

Passengers concerned (group booking, PNR 5KXQ7P, 4 pax):
  1. {{r:PAK/CHOLMIN}} MR          seat 41C   status: OFFLOADED AT OWN REQUEST
  2. {{r:SO/YONGNAM}} MR           seat 41D   status: BOARDED
  3. {{p:CHOE/KWANGIL}} MR         seat 41E   status: BOARDED
  4. {{p:RI/MYONGSU}} MR           seat 41F   status: BOARDED

Narrative (gate agent {{p:N. Abdelrahman}}, staff no. 40217):
At 01:20 pax 1 ({{r:PAK/CHOLMIN}}) arrived at the gate with pax 2-4. Pax 2 held all four passports and boarding passes. At the boarding-pass scan pax 1 sat down on the floor and refused to continue. Pax 2 ({{r:SO/YONGNAM}}) spoke to him in Korean and pulled his arm. I asked pax 2 to stop, so he stopped and said to me in English: "He is sick, no problem, he will come". Pax 1 said several times "no go, no go" and showed me a paper with an address in {{u:Doha}}.
Duty manager {{p:Farah I.}} and airport security (officer {{p:Al-Kuwari}}, badge 1183) attended at 01:34. Pax 1 was separated from the group. {{u:Ministry of Interior}} immigration officer attended 01:41 and took pax 1 landside. Pax 2 requested that pax 1's passport stay with him; the immigration officer took it.
Hold baggage: 1 pc tagged to {{r:PAK/CHOLMIN}} offloaded, handed to security.
Flight departed 02:09 (14 min delay, code 93).

Duty manager's remarks ({{p:F.I.}}):
Pax 2, Mr {{r:So}}, told me he is "team leader" for a construction company in {{u:Lusail}} and that pax 1 "has family problem". Pax 1 gave his name again to security as {{r:Pak Chol-min}} and the name of a man in {{u:Al Wakrah}}, Mr {{p:Bijoy}}, who had given him the address. Referred per station procedure. No further airline action. So closed for Airport Services.

Copies: station manager {{p:K. Menon}}; security control room; file.""",
    },
    {
        "id": "h72-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Kwang-su", "김광수", "supervisor", ["KIM K.", "Kwang-su"]),
            ("Han Ung-il", "한응일", "witness", ["Ung-il", "Hana"]),
        ],
        "note": "Fleet telematics trip report for minibuses carrying workers between a Gdansk hostel and Gdynia shipyards; driver keys named in capitals with an initial, Polish dispatcher with case ending (Kima), a passenger's nickname Hana beside the Korean number word, a dispatcher's remark in Polish, towns and a motorway public.",
        "text": """{{u:Webfleet}} - TRIP REPORT (driver-key based)   Account: Transport Usług Pomorze sp. z o.o.
Period: 06/03/2017 - 10/03/2017   Vehicles: GD 4K771 (17-seat minibus), GD 9P203 (17-seat minibus)
Report requested by: {{p:Agnieszka Wróbel}} (dispatcher)

Date   Vehicle   Driver key           Start  From                         To                          km    Idle   Events
06/03  GD 4K771  {{r:KIM K.}} (#0457)      05:41  hostel, {{u:Gdańsk}}            yard gate 3, {{u:Gdynia}}         31.2  00:42  harsh brake x2
06/03  GD 4K771  {{r:KIM K.}} (#0457)      18:55  yard gate 3                 hostel                     31.9  00:05  -
06/03  GD 9P203  {{p:NOWAK P.}} (#0311)    05:50  hostel                     yard gate 3                 30.8  00:03  -
07/03  GD 4K771  NO KEY                05:39  hostel                     yard gate 3                 31.0  00:39  no driver ID
07/03  GD 4K771  {{r:KIM K.}} (#0457)      21:14  yard gate 3                 hostel                     34.6  00:11  speeding {{u:S6}}
08/03  GD 9P203  {{p:NOWAK P.}} (#0311)    05:48  hostel                     yard gate 3                 30.7  00:02  -
09/03  GD 4K771  {{p:HAN U.S.}} (#0462)    05:44  hostel                     yard gate 3                 31.1  00:36  harsh brake
10/03  GD 4K771  {{r:KIM K.}} (#0457)      05:40  hostel                     yard gate 3                 31.3  00:44  -

Dispatcher's notes:
- Pan {{r:Kim}} again idling 40 min at the hostel before departure: he waits for the head count. Rozmawiałam z Panem {{r:Kimem}}, says the men may not leave before "the list" is read. I told him the engine must not run that long. {{p:AW}}
- 07/03 no key: klucz Pana {{r:Kima}} was on the dashboard. Morning driver was {{r:Kim}} per hostel CCTV.
- 09/03 key #0462 is registered to {{p:Han Ui-song}}, who left in February, but it was used by one of the passengers, {{r:Han Ung-il}}; {{r:Kim Kwang-su}} was sick. Mr {{p:Nowak}} says {{r:Ung-il}} has a Polish licence, the Koreans call him "{{r:Hana}}" because he is always number one on the list ("hana" = one). Insurance to be checked.

Note added by NGO researcher {{p:Marta Lis}}, 2022:
{{r:Han Ung-il}} confirms he drove twice. The "list" was a roll call by the minder, Comrade {{p:Jang}}, also on board. 40 minutes is about right.""",
    },
    {
        "id": "h72-en-14",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ri Hyon-u", "리현우", "coworker", ["Hyon-u"]),
            ("Choe Song-gun", "최성근", "supervisor", []),
        ],
        "note": "Air-conditioner service job cards from a Kuwaiti labour camp; room leaders reporting faults, technicians and supervisor private, a camp boss called 'Choe sir' (sir outside), fullwidth letters in one name, room leaders by surname only (Yu, Jo), 'No one' as ordinary words, real brands and ministry public; CRLF.",
        "text": """GULF COOL TECHNICAL SERVICES W.L.L. - JOB CARD BOOK (carbon copies)
Client: camp operator, Block C/D labour accommodation, {{u:Jahra}}, {{u:Kuwait}}
Units: {{u:Carrier}} window type 2 TR; {{u:Gree}} split 1.5 TR (rooms C-01 to C-24, D-01 to D-16)

JOB 2291   Date: 11/06/2018   Room: C-14   Reported by: {{r:Ri Hyon-u}} (room leader)
Complaint: no cooling, water dripping inside
Found: drain blocked, coil dirty. Cleaned, gas OK.   Technician: {{p:Rajesh K.}}   Time 40 min
Customer sign: {{r:리현우}}

JOB 2298   Date: 13/06/2018   Room: C-14   Reported by: {{r:Ｒｉ Ｈｙｏｎ－ｕ}}
Complaint: same again, room 46 deg at 15:00, 12 men in room
Found: compressor cutting on overload. Unit too small for 12 persons. Advise replace 2.5 TR.   Technician: {{p:Rajesh K.}}
Remark: camp supervisor ("{{r:Choe}} sir") refused replacement, says company will not pay. Men sleep outside on mats.
Customer sign: {{r:Hyon-u}}

JOB 2305   Date: 14/06/2018   Room: D-03   Reported by: {{p:Yu}} (room leader)
Complaint: remote missing
Found: remote kept in supervisor office; unit locked at 24 deg. Supervisor {{r:Choe Song-gun}} says AC only from 21:00.   Technician: {{p:Sunil M.}}
Customer sign: {{p:Yu}}

JOB 2311   Date: 16/06/2018   Room: D-07   Reported by: {{p:Jo}}
Complaint: burning smell
Found: fan motor burnt, wire melted at plug, extension cable with 4 cookers on same socket. Unit isolated. No one to use cookers on this line.   Technician: {{p:Sunil M.}}
Customer sign: {{p:조}}

Supervisor's weekly sheet (Gulf Cool), signed {{p:Thomas Mathew}}:
C-14 third call in one week. Leader {{r:Ri}} is polite but very worried, he says one man ({{p:Kang}}) fainted on Tuesday. Camp boss Mr {{r:Choe}} says it is not our matter. Reported to client's HSE (Mr. {{p:Fahad}}) by phone; temperature readings attached. Cc {{u:Ministry of Electricity and Water}} inspection? - no, not our role. So closed, pending client PO.""",
    },
    {
        "id": "h72-en-15",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Rim Kyong-hui", "림경희", "witness", ["Kyong-hui"]),
            ("Ha Song-nam", "하성남", "witness", ["Song-nam"]),
        ],
        "note": "New-staff onboarding checklist of the NGO with task owners and sign-offs; staff first names alone, initials, a buddy named Moon beside moon, two witnesses the new hire will shadow (registered), surname Ha beside 'ha', apps and training providers public.",
        "text": """ONBOARDING CHECKLIST - {{p:Julia Brandt}} (Research & Advocacy Officer), start date 4 March 2024
Line manager: {{p:Seo-yeon}} | Buddy: {{p:Hannah Moon}} | HR: {{p:Kyu-ri}}

WEEK 1
[x] Laptop and YubiKey issued (IT: {{p:Min-jae}})                              sign: {{p:MJP}}
[x] {{u:Signal}} installed, number registered with office phone, not personal      sign: {{p:MJP}}
[x] Read: Confidentiality policy, Safeguarding policy, Witness data handling SOP    sign: {{p:JB}}
[x] Lunch with buddy ({{p:Hannah}}; "{{p:Moonie}}" on {{u:Slack}})                         sign: {{p:HM}}
[ ] Tour of interview rooms; do NOT enter room 2 during sessions              owner: {{p:Kyu-ri}}

WEEK 2
[x] Online course: Trauma-informed interviewing ({{u:Coursera}})                 sign: {{p:JB}}
[x] Case database training, read-only access                                 sign: {{p:Seo-yeon}}
[ ] Shadow interview 1: W-40 {{r:Rim Kyong-hui}} (follow-up, seafood plant, {{u:Hunchun}})
      - interpreter {{p:Eun-bi}}; {{r:Kyong-hui}} agreed to an observer on 28/02, re-confirm on the day
[ ] Shadow interview 2: W-41 {{r:Ha Song-nam}} (first interview, logging, {{u:Khabarovsk Krai}})
      - Mr {{r:Ha}} prefers a male observer; ask {{p:Tae-hoon}} to sit in instead if he says no

WEEK 3-4
[ ] Draft one case summary (W-40) - reviewer {{p:Seo-yeon}}
[ ] Meet partner organisations: {{u:Walk Free}}, {{u:International Labour Organization}} {{u:Seoul}} liaison
[ ] Read annual report 2023, chapter 4 (Gulf construction)

Comments thread:
{{p:Hannah}}: Ha, the moon-themed cake was my idea, sorry! Welcome {{p:Julia}} 🌙
{{p:Seo-yeon}}: Reminder: in notes, {{r:Kyong-hui}} is "W-40" only. Never her surname, never her town.
{{p:Julia}}: Noted. Is Mr {{r:Song-nam}}'s interview in Korean or Russian?
{{p:Tae-hoon}}: Korean, but he switches to Russian for swear words 🙂""",
    },
    {
        "id": "h72-en-16",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Myong-ran", "최명란", "witness", ["C.M.R.", "Victim-1"]),
            ("Kim Song-u", "김성우", "witness", ["K.S.U.", "Victim-2"]),
            ("Jong Tae-gil", "정태길", "supervisor", ["CC-1", "Daniel Jong"]),
        ],
        "note": "Extract from a US plea agreement with a fictional recruiter; victims by pseudonym and initials, co-conspirator by label and alias, defendant and defence counsel private, statute, court and agencies public, 'Victim-1' labels counted as mentions of the registered persons.",
        "text": """{{u:U.S. Department of Justice}}
{{u:United States}} Attorney, {{u:Southern District of New York}}

Re: {{u:United States}} v. {{p:Viktor Sadykov}}, 23 Cr. 611 (S.D.N.Y.)

Dear Mr. {{p:Feldstein}}:

On the understandings specified below, the Office of the {{u:United States}} Attorney for the {{u:Southern District of New York}} ("this Office") will accept a guilty plea from your client, {{p:Viktor Sadykov}} ("the defendant"), to Count Two of the above-referenced Indictment, charging the defendant with conspiracy to obtain forced labour, in violation of {{u:Title 18, United States Code, Section 1594(b)}}.

[...]

STIPULATED FACTS (extract)

a. Between in or about 2016 and in or about 2019, the defendant operated a labour-supply business that placed workers from the {{u:Democratic People's Republic of Korea}} with construction contractors in {{u:Moscow}} and {{u:Kazan}}, and received payment for those placements through accounts at a bank in {{u:Hong Kong}}.

b. A co-conspirator not named herein ("{{r:CC-1}}"), a {{u:DPRK}} national who used the name "{{r:Daniel Jong}}" in correspondence with the defendant, supervised the workers and retained their passports.

c. {{r:Victim-1}}, a female {{u:DPRK}} national whose initials are {{r:C.M.R.}}, was employed as a cook for a brigade of approximately 30 workers in {{u:Kazan}} from in or about March 2017 to in or about December 2018. {{r:Victim-1}} received no wages directly. {{r:CC-1}} told {{r:Victim-1}} that her family would be punished if she left the dormitory without permission.

d. {{r:Victim-2}}, a male {{u:DPRK}} national whose initials are {{r:K.S.U.}}, worked as a plasterer. In or about August 2018 {{r:Victim-2}} was struck by {{r:CC-1}} after asking for his passport to visit a clinic. The defendant learned of this incident in a message from a site foreman, {{p:A.B.}}, and took no action.

e. The defendant transferred at least $1,240,000 received from contractors to accounts controlled by {{r:CC-1}} and by a trading company designated by the {{u:Office of Foreign Assets Control}}.

[...]

AGREED AND CONSENTED TO:
{{p:Viktor Sadykov}}, Defendant                           Date
{{p:Aaron Feldstein}}, Esq., Attorney for Defendant        Date
APPROVED: {{p:Nicole Reyes}}, Chief, Terrorism and International Narcotics Unit

[Handwritten on the NGO's copy, by {{p:Ye-jin}}: {{r:C.M.R.}} = our W-12 {{r:Choe Myong-ran}}; {{r:K.S.U.}} = W-15 {{r:Kim Song-u}}; "{{r:Daniel Jong}}" = {{r:Jong Tae-gil}}, the man {{r:Myong-ran}} calls "the accountant". Tell her before the sentencing date.]""",
    },
    {
        "id": "h72-en-17",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Yu Kum-chol", "유금철", "witness", ["Kum-chol"]),
            ("No Hye-gyong", "노혜경", "witness", ["Hye-gyong"]),
            ("Sok Chang-min", "석창민", "relative", ["Chang-min"]),
        ],
        "note": "NGO contact-verification log (Signal safety numbers and video checks); witnesses with surnames Yu and No beside the words you and no, a relative in Russia, staff initials in a column, a contact's display name with emoji and zero-width space, app names public; half CRLF.",
        "text": """CONTACT VERIFICATION LOG - {{u:Signal}} / {{u:WhatsApp}} safety numbers
Rule: every new number for a witness or relative is verified by video or in person BEFORE any case detail is sent.

| # | Date       | Contact (display name)         | Case  | Method            | Result                       | By  |
|---|------------|--------------------------------|-------|-------------------|------------------------------|-----|
| 1 | 2024-01-09 | "{{r:Kum-chol}} 🌲"                   | W-44  | video, 2 min      | verified                     | {{p:DK}}  |
| 2 | 2024-01-11 | "{{r:Yu Kum\u200b-chol}}"               | W-44  | none              | NOT verified - see note      | {{p:DK}}  |
| 3 | 2024-01-15 | "{{r:노혜경}}"                       | W-45  | in person, office | verified                     | {{p:SYL}} |
| 4 | 2024-01-22 | "Mama {{r:Hye}}"                      | W-45  | video             | verified                     | {{p:SYL}} |
| 5 | 2024-02-02 | "{{r:Sok C.M.}}"                      | W-44r | QR in person      | verified                     | {{p:DK}}  |
| 6 | 2024-02-07 | "{{p:Jenya T.}}"                   | -     | none              | blocked                      | {{p:DK}}  |

Notes:
1. {{r:Yu Kum-chol}} changed phones on 10 Jan. Entry 1 is the new phone.
2. The "{{r:Yu Kum-chol}}" account (with an invisible character in the name) wrote on 11 Jan: "It is me, {{r:Kum-chol}}, new number, send me the file please." {{r:Kum-chol}} confirmed by video on entry 1 that this is NOT him. Do you see the pattern? Same as the "{{p:Pak}}" account in November. Reported to {{p:Daeho}} (security).
3-4. {{r:No Hye-gyong}} has two phones, one for work. Her children call her "Mama {{r:Hye}}", she asked us to save it like that. No case detail to the work phone.
5. {{r:Sok Chang-min}} is {{r:Kum-chol}}'s brother-in-law, now in {{u:Novosibirsk}}, came to {{u:Seoul}} in January; verified in person by {{p:Daeho Kim}} ({{p:DK}}). {{r:Chang-min}} will pass messages only, no documents.
6. "{{p:Jenya T.}}" messaged {{r:Hye-gyong}}'s number asking where {{r:Kum-chol}} lives. Unknown. Blocked on {{p:Su-yeon Lee}}'s advice ({{p:SYL}}).""",
    },
    {
        "id": "h72-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Myong-chol", "김명철", "coworker", ["명철"]),
            ("Ryu Jong-hun", "류정훈", "witness", ["정훈"]),
            ("Kim Ok-sun", "김옥순", "relative", []),
        ],
        "note": "Buddhist temple register for 49th-day memorial rites (사십구재 접수 대장); deceased worker (died on a Russian building site) as 영가, requester a former co-worker, the deceased's mother named only in the requester's words, monks and temple staff private, real temple and cities public, 고(故) and 영가 outside the mention.",
        "text": """사십구재 접수 대장 (2023년 계묘년 하반기)
{{u:조계사}} 종무소 | 담당: {{p:묘진}} 스님, 사무장 {{p:정해숙}}

번호 | 영가 | 사망일 | 복위자(신청인) | 관계 | 입재 | 막재 | 비고
23-41 | 고(故) {{p:이순자}} 영가 | 2023.07.02 | {{p:박상우}} | 아들 | 07.08 | 08.19 | 위패 2
23-42 | 고(故) {{r:김명철}} 영가 | 2017.11.23 | {{r:류정훈}} | 직장 동료 | 07.15 | 08.26 | 위패 1, 사진 없음
23-43 | 고(故) {{p:최동수}} 영가 | 2023.07.09 | {{p:최은영}} 외 2 | 딸 | 07.15 | 08.26 | 천도재 함께
23-44 | 고(故) {{p:한말례}} 영가 | 2023.07.20 | {{p:한정민}} | 손자 | 07.26 | 09.06 |

23-42 상담 메모 ({{p:정해숙}} 기록)
신청인 {{r:류정훈}} 님(50대 남성, 북한이탈주민)이 직접 방문. 영가 {{r:김명철}} 님은 신청인과 함께 {{u:러시아}} {{u:블라디보스토크}} 건설 현장에 파견되어 일하던 동료로, 2017년 11월 23일 공사장 7층 비계에서 떨어져 사망했다고 함. 시신은 북으로 보내졌다고 들었으나 확인할 길이 없고, 제사도 못 지냈을 것 같다고 하심.
신청인 말씀: "{{r:명철}}이는 나보다 세 살 아래였습니다. 같은 방에서 3년을 잤어요. 고향이 {{u:함흥}}인데, 어머니 {{r:김옥순}} 씨가 아직 살아 계신지도 모릅니다. 49재라도 해 주고 싶습니다."
사망일이 오래되어 기일 기준이 아니라 접수일 기준으로 입재하기로 함. 위패에 쓸 한자 이름을 신청인이 모른다고 하여 한글로만 모심(金明哲으로 추정한다고 하셨으나 확실하지 않다고 하심).
사진은 없음. 신청인이 현장에서 찍은 단체 사진이 있는데 다른 사람들 얼굴이 나와서 올리기 어렵다고 함. {{p:묘진}} 스님께서 사진 없이도 괜찮다고 말씀드림.
보시금: 신청인 형편을 고려하여 주지 스님 허락으로 감면. {{r:정훈}} 님이 재 끝나면 꼭 갚겠다고 하셔서 "안 갚으셔도 된다"고 함.

막재(08.26) 후 메모
{{r:류정훈}} 님과 함께 온 분: {{p:조영애}} 님(같은 교회? 아니라 하심, 하나센터 동기라고), {{p:문}} 씨 성만 말씀하신 남성 1명. 문 앞에서 오래 우셨음. 위패는 소각, 재 사진은 신청인이 원하지 않아 찍지 않음. 신청인이 {{r:명철}} 님 이름으로 연등 하나 더 달고 싶다고 하심. 부처님오신날 접수 때 연락드리기로 함 (연락처는 종무소 장부에만).""",
    },
    {
        "id": "h72-ko-02",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Han Sun-hui", "한순희", "witness", ["순희", "한*희"]),
            ("O Yong-gil", "오영길", "relative", ["영길"]),
        ],
        "note": "Home-appliance after-service request history (가전 A/S 접수 이력) printed for a resettled former Chinese garment worker; a masked customer name 한*희 counted as a mention, technicians and call agents private, a mistaken '오 기사님' beside the surname 오 discussed as a word and the number 오 (five), brand and service centre public; CRLF.",
        "text": """[{{u:삼성전자서비스}}] 서비스 접수 이력 조회 (고객 요청 출력본)
출력일: 2024.02.14 | 출력 담당: 노원센터 {{p:임다정}}

고객명: {{r:한*희}} | 연락처: 010-****-7712 | 주소: {{u:서울}} ***

접수번호 | 접수일 | 제품 | 증상 | 처리 | 엔지니어
2309-11482 | 2023.09.04 | 세탁기 WW90 | 탈수 시 소음 | 수평 조정, 무상 | {{p:김태윤}}
2311-03317 | 2023.11.02 | 냉장고 RS84 | 냉동실 성에 | 도어 패킹 교체, 유상 38,000원 | {{p:백승호}}
2401-22950 | 2024.01.19 | 휴대폰 Galaxy A34 | 화면 파손 | 액정 교체, 유상 121,000원 | {{p:류미나}}
2402-08104 | 2024.02.07 | 냉장고 RS84 | 냉동실 성에(재접수) | 방문 예정 2.16 | {{p:백승호}}

상담 이력 메모 (콜센터 {{p:조은별}})
2023.11.02: 고객 {{r:한순희}} 님 본인 통화. {{u:한국}} 생활 2년째라고 하시며 "성에"라는 말을 몰라 "냉동실에 얼음이 털처럼 자란다"고 설명하심. 엔지니어 방문 시간 오후 5시 이후 요청(봉제공장 근무).
2024.01.19: 휴대폰 액정 파손. 고객께서 남편 {{r:오영길}} 님이 술 마시고 던졌다고 하심. 상담사가 괜찮으시냐고 여쭈었더니 괜찮다고, 남편은 좋은 사람이라고 하심. 수리비 분할 불가 안내.
2024.02.07: 냉장고 재접수. 방문 일정 통화 중 고객께서 "{{p:오}} 기사님"이 다시 오시냐고 물으심. 지난번 엔지니어는 {{p:백승호}} 기사로, 오 씨 성 기사는 없음 안내. 고객님이 착각하셨다고, 남편이 오 씨라서 헷갈렸다고 웃으심. 상담사가 오 분 뒤 일정 문자 발송.

센터 내부 메모 ({{p:백승호}})
11.02 방문 시 고객 댁에 중국어 봉제 작업 지시서, {{u:단둥}} 공장 이름이 있는 작업복 있었음. 고객이 북에서 {{u:중국}} 공장에 파견 갔었다고 먼저 이야기하심. 남편분 {{r:영길}} 씨도 같은 공장 출신이라고 함. 특이사항 없음.
02.16 방문 예정. 고객 요청: 남편 없는 시간(평일 오후)에 방문. 참고로 기록함.

※ 본 출력물은 고객 요청에 따라 제공되었으며, 고객 {{r:한순희}} 님이 지원 단체 상담사 {{p:윤가람}} 선생님께 전달하는 데 동의함.""",
    },
    {
        "id": "h72-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kang Un-byol", "강은별", "witness", ["은별", "별이"]),
            ("Kang Un-ha", "강은하", "relative", ["은하"]),
            ("Pak Se-ryong", "박세령", "coworker", ["세령"]),
        ],
        "note": "KakaoTalk gift-voucher (기프티콘) send history copied from a former Vietnamese restaurant worker's phone; recipients by display name with emoji, given names with 언니/쌤 and particles, a pet name 별이, the word 별 (star) as an ordinary word, a sister who may still be in the North, shops and app public.",
        "text": """{{u:카카오톡}} 선물하기 - 보낸 선물 내역 (캡처 6장 옮겨 적음, 상담일 2024.03.05)
옮겨 적은 사람: 상담사 {{p:권나래}}

2024.02.29 | 받는 사람: {{p:지수}} 쌤 🍰 | {{u:투썸플레이스}} 스트로베리 초콜릿 생크림 | 메시지: "쌤 덕분에 자격증 붙었어요!!"
2024.02.14 | 받는 사람: {{r:세령}}이 💕 | {{u:스타벅스}} 아메리카노 T 2잔 | 메시지: "{{r:세령}}아 우리 {{u:하노이}}에서 처음 만난 날 기억나? 벌써 6년"
2024.01.31 | 받는 사람: {{p:최은주}} 언니 | 아이스크림 파인트 | 메시지: "언니 이사 축하해요"
2024.01.01 | 받는 사람: {{p:문소연}} | 편의점 모바일 상품권 1만원 | 메시지: "새해 복 많이 받으세요 선생님"
2023.12.24 | 받는 사람: 엄마 ♡ (수신 실패, 번호 없음) | - | 메시지 없음
2023.12.24 | 받는 사람: {{p:하}} 목사님 | {{u:파리바게뜨}} 케이크 교환권 | 메시지: "메리 크리스마스"
2023.11.18 | 받는 사람: ⭐{{r:은하}}⭐ | {{u:스타벅스}} 1만원 | 메시지: "{{r:은하}}야 생일 축하해. 언니가 미안해"

상담 메모
- {{r:강은별}} 씨는 2017~2019년 {{u:베트남}} {{u:하노이}}의 {{u:북한}} 식당에서 일함. 같이 일한 {{r:박세령}} 씨(위 2월 14일 "{{r:세령}}이")와 함께 탈출해 지금도 가깝게 지냄.
- 11월 18일 받는 사람 "⭐{{r:은하}}⭐"는 친동생 {{r:강은하}} 씨. 아직 북에 있는 것으로 알았는데 2023년 가을에 {{u:한국}} 번호로 연락이 와서 선물을 보냈다고 함. 본인도 그 번호가 진짜 동생인지 확신하지 못함. 동생은 어릴 때 언니를 "{{r:별}} 언니"라고 불렀고, 집에서는 {{r:은별}} 씨를 "{{r:별이}}"라고 불렀다고 함. 그 번호의 사람이 "{{r:별이}} 언니"라고 불러서 믿었다고. 별 모양 이모티콘도 동생이 좋아하던 것.
- "{{p:하}} 목사님"은 다니는 교회 목사님({{p:하경수}} 목사). {{p:하}} 목사님께도 이 번호 이야기를 했다고 함.
- 12월 24일 "엄마 ♡"는 번호가 없는 저장 이름. 매년 크리스마스에 눌러 본다고 함.
- 조치: 동생 번호 확인 요청, 가족 찾기 담당 {{p:류지현}} 팀장에게 연결. {{r:은별}} 씨에게 이 번호로 돈을 보내지 말 것을 안내함. {{r:은별}} 씨 동의 받음.""",
    },
    {
        "id": "h72-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Mun Kwang-nam", "문광남", "witness", ["광남"]),
        ],
        "note": "Gastroscopy report (위내시경 결과지) for a former Kuwait construction worker; patient name with spaces, endoscopist, nurse and interpreter private, surname 문 beside 문 (door) and 문진 (history-taking), hospital and cities public.",
        "text": """위내시경 검사 결과지
{{u:국립중앙의료원}} 소화기내과 내시경실

환자명: {{r:문 광 남}} (M/52)   등록번호: 20-338172   검사일: 2024-01-23
검사의: {{p:양승민}}   보조 간호사: {{p:허윤아}}, {{p:기다은}}   의뢰의: 가정의학과 {{p:서준혁}}
진정: 미다졸람 3mg (수면)   동행: 지원 단체 활동가 {{p:남궁연}}

문진 요약
- 주소: 3개월간 명치 통증, 식후 더부룩함, 체중 5kg 감소.
- 과거력: 2014~2019년 {{u:쿠웨이트}} 건설 현장 근무(철근공). 현장에서 진통제(이부프로펜으로 추정)를 하루 4~6알씩 복용했다고 함. "{{p:리}} 반장이 아프다고 하면 약을 주고 일을 시켰다"고 진술.
- 음주: 소주 주 2~3회. 흡연: 20갑년, 2년 전 금연.
- 가족력: 부친 위암({{u:북한}}에서 사망, 정확한 진단 불명).

소견
1. 식도: 정상.
2. 위: 전정부 소만에 1.2cm 크기의 궤양, 백태 동반(A1 stage). 주변 점막 발적. 생검 4개 시행.
3. 위: 체부에 위축성 위염, 장상피화생 의심.
4. 십이지장: 구부에 반흔.
5. CLO test: 양성.

결론: 위궤양(A1), 헬리코박터 감염, 위축성 위염. 조직검사 결과 확인 필요.
계획: 헬리코박터 제균 치료, PPI 8주. 조직검사 결과 외래(2주 후). NSAID 중단.

간호 기록 ({{p:허윤아}})
수면 회복 중 환자가 문 쪽을 보며 "{{p:철수}}야 문 닫아라"라고 여러 번 말함. 깨어난 후 기억 못 함. 동행인 {{p:남궁연}} 님 말로는 {{p:철수}}는 {{u:쿠웨이트}} 현장에서 같이 일하던 사람 이름이라고 함.
환자 본인 요청으로 결과 설명은 통역 없이 한국어로 진행. 환자 {{r:문광남}} 님께서 "{{u:북한}}에서는 이런 검사 한 번도 못 해 봤다"고 하심. 다음 외래 때 {{p:남궁연}} 님 동행 예정. {{r:광남}} 님 보호자 연락처는 본인이 원하지 않아 미기재.""",
    },
    {
        "id": "h72-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jo Chang-sik", "조창식", "supervisor", ["창식"]),
            ("Song Il-nam", "송일남", "witness", ["일남"]),
            ("An Hyong-chol", "안형철", "coworker", ["형철"]),
            ("Yu Tong-su", "유동수", "coworker", []),
        ],
        "note": "Transcribed handwritten undertaking (각서) by a brigade leader on a Moscow building site promising to repay deducted wages, with the witness's explanation; surnames 조, 송, 안, 유 beside the words 조 (group), 송금, 안 (not) and 유 (existence), a Russian foreman in Cyrillic and Hangul, thumbprint witnesses, a 동무 form.",
        "text": """[자료 7] 각서 사본 - 증언자 {{r:송일남}} 씨 제공 (원본은 공책 한 장에 볼펜, 2018년 작성). 원문대로 옮김, 맞춤법 고치지 않음.

각  서

나 {{r:조창식}}은 {{u:모스크바}}시 건설대상 제3작업반 반장으로서 아래 사항을 약속한다.

1. 2018년 5월, 6월 두달분 작업반 로임에서 내가 "계획분"이라며 더 떼낸 돈 각 사람당 1만 5천루블을 9월 말까지 돌려준다.
2. 돌려줄 대상: {{r:송일남}}, {{r:안형철}}, {{r:유동수}}, {{p:김춘길}}, {{p:방영호}} (5명, 이상 제3작업반)
3. 이 일을 회사대표부 {{p:황}} 부장 동지에게 보고하지 않는다는 조건으로 약속한다. 만일 이 약속을 어기면 작업반원들이 대표부에 신소하여도 나는 할말이 없다.
4. 이 각서는 {{r:안형철}} 동무가 보관한다.

2018년 7월 14일
작업반장 {{r:조창식}} (지장)
립회: {{r:송일남}} (지장), {{r:유동수}} (지장)

---

증언자 설명 (2023.10.11 면담, 면담자 {{p:채서윤}})
- 반장 {{r:조창식}}은 현장에서 다들 "{{r:조}} 반장"이라고 불렀고, 나이가 많은 {{r:유동수}}만 "{{r:창식}}이"라고 불렀다. 작업반을 세 조로 나눴는데 조마다 계획이 따로 있었다.
- 5, 6월에 {{u:러시아}} 측 현장 감독 {{p:Сергей Палыч}}({{p:세르게이 팔르이치}})가 돈을 제대로 냈는데 반장이 "계획분"이라고 더 뗐다. {{r:형철}}이가 먼저 따졌고, 안 돌려주면 대표부에 간다고 해서 이 각서를 받아냈다.
- 돈은 결국 9월에 절반만 받았다. 나머지는 {{r:조}} 반장이 "송금이 막혔다"고 해서 못 받았다. 송금 얘기는 거짓말이었다고 생각한다. ({{r:일남}} 씨는 자기 성 때문에 "송금 {{r:송}}"이라고 놀림 받았다고 웃으며 말함.)
- 각서 원본은 {{r:안형철}}이 가지고 있었는데, 2019년 귀국할 때 {{p:황}} 부장이 짐 검사를 해서 빼앗겼다. 지금 이 사본은 {{r:일남}} 씨가 몰래 공책에 베껴 둔 것이다.
- {{p:김춘길}}, {{p:방영호}}의 행방은 모름. {{r:유동수}} 씨는 2020년에 {{u:평양}}으로 돌아갔다고 들었음. 유 씨 성이 들어간 다른 반원은 없었다고 함(각서의 "유"는 {{r:유동수}} 한 사람).""",
    },
    {
        "id": "h72-ko-06",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Ri Sang-hun", "리상훈", "witness", ["상훈"]),
            ("Kim Jong-hwan", "김종환", "supervisor", []),
            ("Pak Chung-il", "박충일", "coworker", ["충일"]),
        ],
        "note": "Transcribed North Korean dormitory five-person mutual-surveillance group assignments (5인조 편성표) from a Qatar construction camp, reconstructed by a witness; 조장 titles outside, 동무 forms, bare surnames, 조 as group word beside surname 조, 반장 and 보위원 as roles; half CRLF.",
        "text": """[재구성 자료] 숙소 5인조 편성표 - {{u:카타르}} {{u:도하}} 건설 숙소 제2동, 2016년 하반기
재구성: 증언자 {{r:리상훈}} (면담 3회차, 2023.06.02) | 정리: {{p:하은솔}}
※ 원본은 숙소 복도 게시판에 붙어 있던 손글씨 표. 증언자가 기억나는 대로 적고, 모르는 칸은 비움.

조 | 조장 | 조원 | 담당 (증언자 기억)
1조 | {{p:최광명}} | {{p:한성일}}, {{p:길명수}}, {{p:려철}}, (1명 기억 안 남) | 조장이 매일 밤 반장에게 구두 보고
2조 | {{r:박충일}} | {{r:리상훈}}(증언자), {{p:조영식}}, {{p:방}} 동무, {{p:태}} 동무 | 토요일 생활총화 때 서로 비판
3조 | {{p:오금철}} | {{p:소명길}}, {{p:안철}}, {{p:마}} 씨, {{p:정영수}} | 외출 시 반드시 3명 이상
4조 | {{p:조}} 조장 (이름 모름) | {{p:김}} 동무 둘, {{p:계순남}}, {{p:표}} | 통화 감시(전화기 1대 공동 사용)

편성 책임: 작업반장 {{r:김종환}} / 감독: 대표부 보위원 ({{p:리}} 보위원, 이름 모름)

증언자 설명
"5인조는 다섯이 한 묶음이다. 한 사람이 도망가거나 딴생각하면 나머지 넷이 같이 책임진다. 그래서 서로 본다. 2조 조장이 {{r:충일}}이었는데 {{r:충일}}이는 사람이 좋아서 보고를 대충 했다. 그게 {{r:김종환}} 반장한테 걸렸다."
"4조 조장은 성이 조가였다. 조 조장이라고 부르면 웃기니까 다들 '{{p:조}} 씨'라고 불렀다. 이름은 끝까지 몰랐다."
"{{p:방}} 동무랑 {{p:태}} 동무는 이름은 안다. 그런데 말 안 하겠다. 아직 거기 있을 수도 있다." (면담자: 이름 기록하지 않음)
"2016년 12월에 {{p:조영식}}이가 밤에 {{u:카타르}} 사람 가게에 혼자 갔다 왔다. 그 주 총화에서 우리 조 다섯이 다 비판받았다. {{r:박충일}} 조장은 조장에서 떨어졌고 {{r:김종환}} 반장이 나보고 조장 하라고 했는데 안 했다. {{r:상훈}}이 너는 사람이 물러서 안 된다고 {{r:충일}}이가 웃었다."
"보위원은 '{{p:리}} 보위원'이라고만 불렀다. 성이 리인 건 확실하다."

정리자 주: 표의 '{{p:리}} 보위원'은 이름을 모르므로 비등록. 3조의 '{{p:마}} 씨'는 증언자가 성만 기억함.""",
    },
    {
        "id": "h72-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kye Yong-mi", "계영미", "witness", ["영미"]),
            ("Ryom Hyang-sim", "렴향심", "coworker", ["향심"]),
            ("O Jong-ran", "오정란", "supervisor", []),
        ],
        "note": "Transcribed roster of a North Korean restaurant's art-propaganda troupe (예술선전대) in Dandong with rehearsal notes; performers by given name with 동무, a manager by surname 오 beside 오 (five) and 오후, song titles that contain ordinary words, stage names, Chinese staff with forms of address.",
        "text": """[옮겨 적은 자료] 예술선전대 편성 및 련습 계획 - {{u:단둥}} 식당, 2019년 4월
제공: 증언자 {{r:계영미}} (당시 봉사원 겸 선전대원). 사진으로 찍어 둔 것을 옮김.

책임: 지배인 {{r:오정란}} / 련습 지도: {{p:량금숙}} ({{u:평양}}에서 파견된 예술 지도원)

순서 | 종목 | 출연 | 비고
1 | 합창 "반갑습니다" | 전원 (8명) | 첫 곡, 손님 박수 유도
2 | 독창 "휘파람" | {{r:렴향심}} | 목 상태 보고 {{r:영미}}로 교체
3 | 가야금 병창 | {{p:하설화}}, {{p:국은정}} | 가야금 1대뿐, 교대
4 | 무용 "물동이춤" | {{r:계영미}}, {{p:진보배}}, {{p:하설화}}, {{p:백}} 동무 | 의상 4벌 중 1벌 수선
5 | {{u:중국}} 노래 "月亮代表我的心" | {{r:렴향심}} | {{u:중국}} 손님 있을 때만
6 | 합창 "다시 만납시다" | 전원 | 마지막 곡

련습 시간: 매일 오후 2시 30분~4시 (점심 영업 뒤). 오후 5시부터 저녁 영업.

지배인 지시 (표 아래 손글씨)
- {{r:향심}} 동무 {{u:중국}} 노래 발음 {{p:小金}}한테 다시 배울 것.
- {{p:백}} 동무 체중 관리. 오 키로 빼라.
- 련습 빠지면 그 주 외출 없음. - {{r:오}}

증언자 설명 (2023.09.14, 면담 {{p:안소희}})
"지배인이 {{r:오정란}}이었다. 우리는 '{{r:오}} 지배인'이라고 했다. '오 키로 빼라'는 건 5킬로라는 뜻이다. 그 말 듣고 {{p:백}} 동무가 밤에 울었다."
"{{p:小金}}은 주방에서 일하던 조선족 청년이다. 이름은 {{p:김위}}였던 것 같다. {{u:중국}} 사장은 {{p:王老板}}이라고 불렀다."
"{{r:향심}}이는 노래를 제일 잘했다. 달 노래(月亮代表我的心)를 부르면 {{u:중국}} 손님들이 팁을 많이 줬는데, 팁은 다 {{r:오}} 지배인이 걷었다."
"휘파람은 원래 {{r:향심}}이 노래인데 목이 쉬면 내가 했다. 나는 노래를 못한다. 그래서 '{{r:영미}}는 춤만 춰라'는 소리를 들었다."
정리자 주: 표의 "{{p:하설화}}"는 무대에서 쓰던 이름이고 본명은 증언자도 모른다고 함. {{r:영미}} 씨는 사진 원본을 지우기로 함.""",
    },
    {
        "id": "h72-ko-08",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Chae Kwang-ho", "채광호", "witness", ["광호"]),
            ("Son Tae-hyok", "손태혁", "official", []),
            ("Ho Myong-sik", "허명식", "coworker", ["명식"]),
        ],
        "note": "Transcribed ideology-exam score sheet (사상학습 시험 성적표) from a Russian logging camp, with the witness's comments; scores in a table, a party secretary by title, leaders' names as exam content (public figures), surname 허 beside 허 (empty), 손 beside 손 (hand), a name split across a line break.",
        "text": """[증언자 재구성] 1/4분기 사상학습 시험 성적 - {{u:하바롭스크 변강주}} {{u:체그도민}} 림업 사업소 제5작업반, 2017년 3월
재구성: {{r:채광호}} | 면담: {{p:고유나}}, 2023.11.20

시험 과목: 김일성-김정일주의 기본 원리 / 당의 유일적령도체계 확립의 10대 원칙 / 원수님 신년사(2017)
출제 및 채점: 세포비서 {{r:손태혁}}

번호 | 이름 | 원리 | 10대원칙 | 신년사 | 합계 | 평가
1 | {{p:림창수}} | 28 | 30 | 38 | 96 | 우
2 | {{r:채광호}} | 25 | 27 | 30 | 82 | 량
3 | {{r:허명식}} | 18 | 20 | 15 | 53 | 가 (재시험)
4 | {{p:남}} 아바이 | 20 | 29 | 25 | 74 | 량
5 | {{p:도현철}} | 30 | 30 | 40 | 100 | 최우등
6 | {{p:국철민}} | 22 | 25 | 27 | 74 | 량

증언자 설명
"시험은 1년에 네 번 봤다. 셋째 칸 신년사는 그해 {{u:김정은}} 원수님 신년사를 외우는 거다. {{u:김일성}}, {{u:김정일}} 두 분 노작도 외워야 했다. 답을 한 자라도 틀리면 감점이다."
"{{r:허명식}}이는 글을 잘 몰랐다. 나무는 제일 잘 베는 사람이었는데 시험만 보면 머리가 허해진다고 했다. 재시험도 떨어져서 한 달 외출 금지를 받았다. 세포비서 {{r:손태혁}}이 시험지를 손에 들고 흔들면서 '{{r:허명
식}}이 너는 나무하고만 말하냐'고 했다."
"{{p:도현철}}이는 매번 만점이었다. 원래 {{u:평양}}에서 대학 다니다 온 사람이다. 다들 {{p:도}} 선생이라고 불렀다."
"{{p:남}} 아바이는 이름이 {{p:남기수}}였다. 나이가 쉰이 넘어서 아바이라고 불렀다."
"나는 82점. 중간만 하면 된다. 너무 잘하면 일을 더 시키고, 못하면 찍힌다. {{r:명식}}이는 그걸 몰랐다."
면담자 주: 5번 {{p:도현철}}은 증언자가 실명 기록에 동의함(귀국한 것으로 알고 있다 함). 표의 나머지 이름은 증언자 기억.""",
    },
    {
        "id": "h72-ko-09",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Han Tok-su", "한덕수", "witness", ["덕수"]),
            ("Han Mi-hyang", "한미향", "relative", ["미향"]),
            ("Sin Yong-chan", "신영찬", "witness", ["영찬"]),
            ("Sin Kum-hwa", "신금화", "relative", []),
        ],
        "note": "Participant application list for a Chuseok homesick-memorial rite (망향제) at Imjingak with bus seats; a witness sharing a name with a real public figure (private here), family members left in the North named as 제사 대상, a chat-style 비고 column, surnames 신 and 한 beside 신청 and 한 (one), CRLF.",
        "text": """2023 추석 망향제 참가 신청 명단 (북한이탈주민 노동자 모임)
일시: 2023.09.28(목) 10:00 | 장소: {{u:임진각}} 망배단 | 버스: {{u:서울역}} 8:00 출발
접수: 총무 {{p:주혜린}} | 확인: 회장 {{p:백상진}}

번호 | 신청인 | 연락 | 버스 | 망향 대상(고향/가족) | 비고
1 | {{r:한덕수}} | 본인 | 1호 3번 | {{u:청진}} / 딸 {{r:한미향}} | {{u:쿠웨이트}} 건설 출신. 동명이인 문의 많음
2 | {{r:신영찬}} | 본인 | 1호 4번 | {{u:혜산}} / 어머니 {{r:신금화}} | {{u:러시아}} 벌목 출신. 음식 1가지 준비
3 | {{p:우정애}} | 딸 {{p:김소라}} 대리 | 1호 5, 6번 | {{u:신의주}} / 남편 | {{u:중국}} 수산 공장 출신, 휠체어
4 | {{p:석경철}} | 본인 | 자차 | {{u:원산}} / 형 {{p:석경남}} | {{u:몽골}} 건설 출신
5 | {{p:오}} 선생님 (이름 비공개 요청) | 본인 | 1호 7번 | 비공개 | -

총무 메모
- 1번 {{r:한덕수}} 님: 같은 이름의 전 총리가 있어서 버스 회사에서 전화로 두 번이나 확인함. 그분 아니라고 설명드림. 회장님이 명단 대외용에는 "{{r:한○수}}"로 표기하자고 하셔서 대외용 파일 따로 만듦. {{r:덕수}} 님 본인은 웃으면서 "한 사람이 두 번 웃겨 줬다"고 하심.
- 2번 {{r:신영찬}} 님: 신청서에 어머니 성함 {{r:신금화}} 님을 한자로도 적고 싶다고 하셨는데 모르신다고. 제사상에 놓을 종이에 한글로만. {{r:영찬}} 님 말씀으로는 어머니 생신이 추석 다음 날이라 매년 이때가 제일 힘들다고 하심.
- 1번 딸 {{r:미향}} 씨는 {{r:덕수}} 님이 {{u:쿠웨이트}} 가기 전 6살. 지금 스물셋. 망배단 앞에서 이름 부르고 싶다고 하셔서 순서 정할 때 회장님과 의논.
- 5번 {{p:오}} 선생님: 비고 비움, 전화로만 연락. 이름은 제 수첩에만.
- 3번 {{p:우정애}} 님 딸 {{p:소라}} 씨가 휠체어 리프트 있는 차 있냐고 문의. 버스 회사 {{p:탁}} 기사님께 확인 → 없음. 자차 이용 권유.""",
    },
    {
        "id": "h72-ko-10",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Kyong-ok", "리경옥", "witness", ["경옥"]),
            ("Jang Chol-u", "장철우", "witness", ["철우"]),
        ],
        "note": "NGO staff annual-leave planner (연차 계획표) with coverage notes; staff by name and nickname, English names of Korean staff, witnesses whose follow-up sessions must be covered (registered), surnames 하, 유, 송 beside ordinary words, leave codes, a fullwidth name in a cell.",
        "text": """2024년 상반기 연차 사용 계획표 (조사연구팀) - 공유 시트, 최종 수정 {{p:유다인}} 2024.01.12

이름 | 1월 | 2월 | 3월 | 4월 | 5월 | 6월 | 합계 | 업무 대행자
{{p:하지원}} (팀장) | - | 2/9~2/13 설 연휴 붙여서 | - | 4/10 선거일 전후 | - | 6/3~6/7 | 9일 | {{p:송민호}}
{{p:송민호}} | 1/29 | - | 3/18~3/22 | - | 5/6 | - | 7일 | {{p:하지원}}
{{p:유다인}} | - | 2/14 | - | 4/22~4/26 | - | 6/14 | 7일 | {{p:Ｊｅｎｎｙ}}
{{p:Jenny 박}} ({{p:박지은}}) | - | - | 3/4~3/8 해외 | - | 5/13~5/14 | - | 7일 | {{p:유다인}}
{{p:탁현우}} | 1/2 | - | - | 4/29~5/3 | - | 6/28 | 7일 | {{p:송민호}}

대행 시 주의 사항 (메모 열)
- {{p:송민호}} 3/18~3/22 휴가 중: 증언자 {{r:리경옥}} 님 후속 면담(3/20)이 잡혀 있음. {{r:경옥}} 님은 남성 면담자를 불편해하셔서 {{p:하지원}} 팀장이 대신 들어가기로 함. 팀장 휴가와 겹치지 않게 확인 완료.
- {{p:유다인}} 4/22~4/26 휴가 중: {{r:장철우}} 님 녹취 검수 마감(4/24). {{p:Jenny}}가 대행. {{r:철우}} 님 녹취에는 러시아어가 많아 {{p:지은}} 씨가 적임.
- {{p:탁현우}} 4/29~5/3: {{u:러시아}} 출장 보고서 초안 마감이 5/2. 휴가 전에 {{p:현우}} 씨가 초안 넘기기로.
- {{p:하}} 팀장님 6월 휴가는 하반기로 옮길 수도 있음(예산 보고). - {{p:유}}
- 주의: 휴가 계획표에 증언자 성함 쓰지 말라는 지침 있음! {{r:리경옥}}, {{r:장철우}} 님 이름은 코드(W-52, W-55)로 바꿔 주세요. - {{p:하지원}}
  └ 답글 {{p:송민호}}: 네 팀장님, 수정하겠습니다. 송구합니다 🙏
  └ 답글 {{p:유다인}}: 제가 {{r:경옥}} 님 이름을 넣었어요. 죄송합니다. 오늘 안에 바꿀게요.""",
    },
    {
        "id": "h72-ko-11",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yang Chol-su", "양철수", "witness", ["철수"]),
            ("Pyon Ok-hui", "변옥희", "witness", ["옥희"]),
            ("Ri Jin-hyok", "리진혁", "witness", ["진혁"]),
        ],
        "note": "Register of signed confidentiality undertakings (비밀유지서약서 접수 대장) for interpreters, transcribers and volunteers, with the witnesses each signatory may see; signatories with romanized and Hangul names, initials in the checked-by column, a Mongolian interpreter, a surname 양 beside 양 (amount), witness codes with names in a restricted column.",
        "text": """비밀유지서약서 접수 대장 (외부 협력자) - 2023년
보관: 사무국 잠금 캐비닛 B-2 | 관리: {{p:염소정}}

연번 | 서약자 | 구분 | 서약일 | 접근 허용 사건 | 서약서 원본 | 확인
23-01 | {{p:문예린}} | 한-러 통역 | 01.16 | W-48, W-49 | 보관 | {{p:염}}
23-02 | {{p:Bolormaa Tsend}} ({{p:볼로르마}}) | 몽-한 통역 | 02.03 | W-50 | 보관 | {{p:염}}
23-03 | {{p:곽도윤}} | 녹취 전사(자원봉사) | 02.20 | W-48 | 보관 | {{p:YSJ}}
23-04 | {{p:표하람}} | 녹취 전사(자원봉사) | 03.07 | W-49, W-51 | 보관 | {{p:YSJ}}
23-05 | {{p:David Lin}} | 중-영 번역 | 04.11 | W-51 | 스캔본만 | {{p:염}}
23-06 | {{p:나은채}} | 사진 촬영 | 05.02 | 없음(행사만) | 보관 | {{p:염}}

[제한 열 - 사무국장만 열람] 사건 코드 대조
W-48 = {{r:양철수}} ({{u:러시아}} 건설, {{u:노보시비르스크}})
W-49 = {{r:변옥희}} ({{u:중국}} 수산, {{u:훈춘}})
W-50 = {{r:리진혁}} ({{u:몽골}} 건설, {{u:울란바토르}})
W-51 = {{r:변옥희}} 님 추가 면담 (별건으로 관리)

비고
- 23-01 {{p:문예린}} 통역사님: {{r:양철수}} 님이 통역사 교체를 원하지 않는다고 하심. 다만 통역비 양이 많아 예산 확인 필요. {{r:철수}} 님은 "{{u:러시아}} 말보다 통역사 선생님 말이 더 빠르다"고 칭찬하심.
- 23-02 {{p:볼로르마}} 님: 몽골어 서약서 번역본에 서명. {{r:진혁}} 님 면담 2회. {{r:리진혁}} 님이 몽골어로 인사해서 통역사님이 놀라셨다고.
- 23-04 {{p:표하람}} 님: 전사 파일에 {{r:옥희}} 님 실명이 3군데 그대로 남아 있어 반려 후 재작업. 본인에게 재교육. - {{p:염소정}}
- 23-05 {{p:David}}: 원본 서명본 우편 도착 전. {{p:Lin}} 씨는 해외 거주. {{r:변옥희}} 님 사건의 중국어 문서만 번역.
- {{p:YSJ}} = {{p:염소정}} 본인 영문 이니셜(서명 바뀐 것). 혼동 주의.""",
    },
    {
        "id": "h72-ko-12",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jong Kwang-hyok", "정광혁", "witness", ["광혁"]),
            ("Ri Son-ae", "리선애", "witness", ["선애"]),
            ("Ma Chol-jun", "마철준", "other", []),
        ],
        "note": "Notice of appeal (항소장) in a Korean civil suit by two former dispatched workers against a broker, with the grounds in outline; plaintiffs and defendant private, court, statute and cities public, names in parties block with addresses elided, the broker's surname 마 with 사장 and 선생 outside, a Hanja form of a plaintiff's name.",
        "text": """항  소  장

사    건   2022가단528817 손해배상(기)
원고(항소인)   1. {{r:정광혁}} ({{r:鄭光赫}})
               2. {{r:리선애}}
               원고들 주소: 송달장소 신고함
               원고들 소송대리인 변호사 {{p:소윤재}}, {{p:진아름}}
피고(피항소인)  {{r:마철준}}
               {{u:안산시}} 단원구 (이하 생략)

위 사건에 관하여 {{u:서울중앙지방법원}}이 2024. 1. 18. 선고한 판결에 대하여 원고들은 모두 불복하고 다음과 같이 항소를 제기합니다(판결 정본 송달일 2024. 1. 25.).

원판결의 표시
1. 원고 {{r:정광혁}}의 청구 중 12,000,000원 및 이에 대한 지연손해금 부분을 인용하고, 나머지 청구를 기각한다.
2. 원고 {{r:리선애}}의 청구를 기각한다.

항소취지
1. 원판결 중 원고들 패소 부분을 취소한다.
2. 피고는 원고 {{r:정광혁}}에게 38,000,000원, 원고 {{r:리선애}}에게 21,000,000원 및 각 이에 대한 지연손해금을 지급하라.

항소이유(요지, 추후 준비서면으로 보충)
가. 원판결은 피고 {{r:마철준}}이 원고들의 {{u:중국}} 입국 및 {{u:라오스}} 경유 이동을 알선하면서 받은 금원이 "정당한 수수료"라고 보았으나, 피고는 원고들이 {{u:러시아}} {{u:블라디보스토크}}의 건설 현장과 {{u:중국}} {{u:옌지}}의 식당에서 각 탈출한 사정을 이용하여 {{u:한국}} 정착금을 담보로 과다한 금원을 약정하게 하였습니다({{u:민법}} 제104조 불공정한 법률행위).
나. 원판결은 원고 {{r:리선애}}가 2020. 6. 피고의 동생 {{p:마철호}}에게 송금한 돈을 피고에게 지급한 것으로 볼 증거가 없다고 하였으나, 원심 증인 {{p:권순덕}}의 증언과 {{u:위챗}} 대화(갑 제11호증)에 따르면 피고는 동생을 "우리 회사 경리"라고 소개하였습니다.
다. 피고는 브로커들 사이에서 "{{r:마}} 사장"으로 불렸고, 원고 {{r:광혁}}에게는 "{{r:마}} 선생"이라는 호칭을 쓰게 하였습니다. 원심은 피고 본인신문에서 피고가 위 호칭을 부인한 것만을 근거로 판단하였습니다.

첨부서류  1. 항소장 부본 1통  2. 송달료 납부서 1통

2024. 2. 7.
원고들 소송대리인 변호사 {{p:소윤재}} (인)

{{u:서울중앙지방법원}} 귀중""",
    },
    {
        "id": "h72-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Pong-nam", "김봉남", "witness", ["봉남"]),
            ("Kim Yong-ae", "김용애", "relative", ["용애"]),
            ("To Un-suk", "도은숙", "other", []),
        ],
        "note": "Inpatient fall-risk assessment (낙상위험 평가지, Morse scale) for an elderly former Mongolian construction worker; patient called 아바이 by staff, daughter and a paid caregiver registered, surname 도 beside 도 (degree) and 정도, nurses by name and sign, hospital public.",
        "text": """낙상위험 평가지 (Morse Fall Scale) - {{u:서울의료원}} 7병동
환자: {{r:김봉남}} (M/74) | 병록번호 11-904455 | 진단: 요추 압박골절, 당뇨 | 입원일 2024.02.19

평가일시 | 낙상력 | 2차진단 | 보행보조 | 정맥주사 | 보행 | 의식 | 총점 | 등급 | 평가자
02.19 14:00 | 25 | 15 | 15 | 20 | 10 | 15 | 100 | 고위험 | {{p:구하늘}}
02.20 09:00 | 25 | 15 | 15 | 20 | 10 | 0 | 85 | 고위험 | {{p:변서진}}
02.22 09:00 | 25 | 15 | 15 | 0 | 10 | 0 | 65 | 고위험 | {{p:구하늘}}
02.25 09:00 | 25 | 15 | 0 | 0 | 10 | 0 | 50 | 고위험 | {{p:옥지민}}

간호 기록 발췌
02.19 입원 시 보호자(딸) {{r:김용애}} 님 진술: 아버지가 집에서 2번 넘어짐. 환자는 1990년대 말~2000년대 초 {{u:몽골}} {{u:울란바토르}} 건설 현장에 파견되어 일했고, 그때 비계에서 떨어져 허리를 다친 적이 있다고 함. "그래서 넘어짐이 이번이 처음이 아니다"라고 함. ({{p:구하늘}})
02.19 야간: 환자 "화장실 혼자 간다" 하며 침상 난간 넘으려 함. 낙상 예방 교육 재시행. 환자께서 "{{p:바트}}가 불러서 나가야 된다"고 하심. 딸 {{r:용애}} 님 말로는 {{p:바트}}는 {{u:몽골}} 현장 감독 이름이라고. 섬망 의심, 주치의 {{p:탁재민}} 보고. ({{p:변서진}})
02.20 의식 명료. 환자가 간호사들을 "동무"라고 부르심. 스스로 "{{r:김}} 아바이라고 불러라, 다들 그렇게 불렀다"고 하심. 이후 병동에서 "{{r:김봉남}} 아버님"으로 부르기로 함.
02.22 간병인 {{r:도은숙}} 님(공동간병 아님, 개인 간병) 배치. 보행 시 동행. {{r:도}} 여사님께 낙상 예방 수칙 설명, 이해 정도 양호.
02.24 환자 체온 37.8도, 새벽 3시 혼자 일어나 앉음. 간병인 {{r:도은숙}} 님 즉시 제지, 낙상 없음.
02.25 보조기 착용 보행 가능. 딸 {{r:용애}} 님이 "아버지가 {{u:몽골}} 이야기를 하시면 그냥 들어 달라"고 부탁하심. {{r:봉남}} 님은 오늘 {{u:몽골}} 노래를 부르심. 같은 병실 {{p:함}} 할아버지께서 잘한다고 박수. ({{p:옥지민}})""",
    },
    {
        "id": "h72-ko-14",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Paek Yong-ho", "백영호", "witness", ["영호"]),
            ("Jon Kum-ok", "전금옥", "relative", ["금옥"]),
            ("Paek Ju-hyon", "백주현", "relative", ["주현"]),
        ],
        "note": "Isolation-room entry log (격리실 출입 기록) for a tuberculosis patient who worked in a Chinese seafood plant; visitors and staff with time in and out, N95 check, a wife and son registered, an NGO worker, initials, surname 전 beside 전 (before), CRLF.",
        "text": """음압격리실 출입 기록지 - 호흡기내과 병동 격리실 3호
환자: {{r:백영호}} (M/47) | 진단: 폐결핵(도말 양성) | 격리 시작 2023.10.30

일자 | 입실 | 퇴실 | 출입자 | 구분 | N95 밀착 확인 | 서명
10.30 | 14:10 | 14:35 | {{p:위수경}} | 간호사 | ○ | {{p:위}}
10.30 | 16:00 | 16:20 | {{p:남현준}} | 주치의 | ○ | {{p:남}}
10.31 | 10:05 | 10:30 | {{r:전금옥}} | 보호자(배우자) | ○ (교육 후) | {{r:전금옥}}
10.31 | 15:40 | 15:55 | {{p:남궁소은}} | 통역/지원단체 | ○ | {{p:ㄴㄱㅅㅇ}}
11.01 | 09:30 | 09:50 | {{r:백주현}} | 보호자(아들, 17세) | ○ | {{r:주현}}
11.02 | 10:00 | 10:40 | {{r:전금옥}} | 보호자(배우자) | ○ | {{r:전}}
11.03 | 11:15 | 11:20 | {{p:위수경}} | 간호사 | ○ | {{p:위}}
11.03 | 13:00 | 13:30 | {{p:신태오}} | 보건소 역학조사관 | ○ | {{p:신태오}}

특이사항 (격리실 담당 간호사 {{p:위수경}} 작성)
- 10.31 보호자 {{r:전금옥}} 님께 N95 착용 교육. 입실 전 손 위생 거부 없음. 면회 30분 제한 안내.
- 10.31 통역 {{p:남궁소은}} 님 입실: 환자는 한국어 의사소통 가능하나 약 설명을 중국어로 받고 싶다고 함. 환자가 {{u:중국}} {{u:훈춘}}의 수산물 가공 공장에서 6년 일하며 중국어 약 설명서만 봤다고 함. 서명란에 초성으로 서명함.
- 11.01 아들 {{r:주현}} 군 면회. 보호자 동의 하에 미성년 면회 허용. 환자가 아들에게 "{{r:주현}}아, 엄마 말 잘 들어라"라고 함. 아들은 {{u:한국}}에서 태어났다고 함.
- 11.02 환자 아내 {{r:금옥}} 님이 "공장 기숙사에서 같이 지내던 {{p:맹순철}}, {{p:리옥}}도 기침을 했다"고 말함. 역학조사관에게 전달. {{r:영호}} 님 본인은 그 이름들을 조사관에게 알리는 것을 원치 않는다고 함({{u:중국}}에 있거나 북에 돌아간 사람들이라고).
- 11.03 보건소 {{p:신태오}} 조사관 면담: 접촉자 조사. 국내 접촉자는 가족 2명과 직장 동료 {{p:우}} 씨 1명. 해외 접촉자는 조사 범위 외.
- 전 직장(국내 물류센터)에는 환자 동의 하에 통보. 환자 {{r:백영호}} 님은 통보 전 "전에 다니던 데라서 상관없다"고 하심.""",
    },
    {
        "id": "h72-ko-15",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Rim Chol-ung", "림철웅", "witness", ["철웅"]),
            ("Ko Song-jin", "고성진", "coworker", ["성진"]),
            ("Kim Un-hyok", "김은혁", "coworker", []),
            ("Chae Ok-nam", "채옥남", "official", []),
        ],
        "note": "Transcribed North Korean pre-dispatch health certificates (해외파견 건강진단서) for three workers bound for Russian construction, with the witness's notes; DPRK spelling and spacing, a doctor's name, 검진 results, the word 고 in 고혈압 beside surname 고, a line-broken name, a bribe mentioned.",
        "text": """[옮겨 적은 자료] 해외파견 로동자 건강진단서 3건 - {{u:평안남도}} {{u:평성시}} 인민병원, 2016년 2월
제공: {{r:림철웅}} (당시 파견 대상자, 현재 국내 거주). 본인이 보관하던 사본 사진을 보고 구술, 정리 {{p:석다은}}.

건강진단서 (1)
성명: {{r:림철웅}}   성별: 남   나이: 34   소속: 조선건설회사 ○○사업소
파견지: {{u:로씨야련방}} {{u:쌍뜨뻬쩨르부르그}}
혈압: 120/80   흉부 렌트겐: 이상 없음   간염: 음성   시력: 좌 1.0 우 0.9
종합판정: 파견 가능
검진의사: {{r:채옥남}} (도장)

건강진단서 (2)
성명: {{r:고성진}}   성별: 남   나이: 41
혈압: 150/95 (고혈압 1도)   흉부 렌트겐: 좌상엽 석회화 소견   간염: 음성
종합판정: 파견 가능 (조건부 - 약물 지참)
검진의사: {{r:채옥남}}

건강진단서 (3)
성명: {{r:김은혁}}   성별: 남   나이: 29
혈압: 118/76   흉부 렌트겐: 이상 없음   간염: B형 양성 → 정정 표시 후 "음성"으로 고쳐 씀
종합판정: 파견 가능
검진의사: {{r:채옥남}}

증언자 설명
- "{{r:채옥남}} 의사 선생은 여자였다. 검진은 5분도 안 걸렸다."
- "{{r:고성진}}이는 혈압이 높았는데 '고혈압 1도' 써 놓고도 보냈다. 고 씨라서 고혈압이라고 우리가 놀렸다. {{r:성진}}이는 2017년 여름에 현장에서 쓰러졌다. 그 뒤로 못 봤다."
- "3번 {{r:김은혁}}은 간염이 나왔는데 서류를 고쳤다. {{r:은혁}}이 어머니가 담배 두 보루랑 돈을 {{r:채옥남}} 선생한테 줬다고 들었다. {{r:은혁}}이는 {{u:러시아}}에 가서도 계속 피곤하다고 했다."
- "나는 그때 {{r:철웅}}이 아니라 '{{r:림}} 동무'라고 불렸다. 동무들이 다 성으로 불렀다. 파견 서류에는 내 이름이 '{{r:림 철
웅}}'으로 칸이 모자라서 두 줄로 적혀 있었다."
정리자 주: 증언자는 {{r:고성진}}, {{r:김은혁}}의 실명을 외부 보고서에 쓰지 않기를 원함. 내부 자료에 한해 원문대로 둠.""",
    },
    {
        "id": "h72-ko-16",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jong Sun-ok", "정순옥", "witness", ["순옥"]),
            ("Pang Myong-hwan", "방명환", "witness", ["명환"]),
        ],
        "note": "Neighbourhood dry-cleaner's claim-ticket ledger (세탁소 보관증 장부) with a note on a Kuwait work jacket bearing a name tag; customers by flat number and name, a name tag in Latin capitals, the owner's family, 방 (room) beside surname 방, an unclaimed item.",
        "text": """행복세탁 보관증 장부 (2024년 1월) - {{u:인천}} {{u:남동구}} 논현동
사장 {{p:탁영순}}, 아들 {{p:탁준호}} 배달

번호 | 접수일 | 고객 | 품목 | 금액 | 찾을 날 | 찾음
0112 | 01.03 | {{r:정순옥}} (305동 1102) | 코트 1, 목도리 1 | 13,000 | 01.06 | ○
0113 | 01.03 | {{p:윤성희}} (302동) | 정장 상하 | 9,000 | 01.06 | ○
0114 | 01.04 | {{r:방명환}} (301동 807) | 작업복 상의 1(기름때), 패딩 1 | 21,000 | 01.09 | ×
0115 | 01.05 | {{p:나}} 선생님 (305동) | 와이셔츠 5 | 7,500 | 01.08 | ○
0116 | 01.08 | {{r:정순옥}} | 이불 커버 2 | 16,000 | 01.11 | ○
0117 | 01.09 | {{p:하민수}} (상가 2층 학원) | 커튼 | 25,000 | 01.15 | ○
0118 | 01.12 | {{r:방}} 사장님 댁? ({{r:명환}} 씨 부인이 맡김) | 한복 | 30,000 | 01.19 | ○

사장 메모 (장부 뒷장)
- 0114 {{r:방명환}} 씨 작업복: 등에 영어로 회사 이름, 가슴에 이름표 "{{r:PANG MYONG HWAN}}". 기름때가 너무 심해서 두 번 빨았는데도 안 빠짐. 아들 {{p:준호}}가 그 회사 검색해 보니 {{u:쿠웨이트}} 건설 회사라고. {{r:명환}} 씨한테 물어봤더니 "거기서 5년 일했다, 북에서 보내서 갔다"고 함. 버리지 말고 그대로 달라고 함. 이상하게 기름때보다 이름표를 더 걱정함. 이름표 실밥 풀리지 않게 조심.
- 01.20 {{r:명환}} 씨 아직 안 찾아감. 전화 안 받음. {{r:정순옥}} 씨가 같은 교회라서 물어봤더니 방 빼고 이사 간다고 했다고. {{r:방}} 사장님 댁 한복은 부인이 찾아감.
- 01.27 {{r:순옥}} 씨가 대신 찾아가도 되냐고 물음. 본인 아니면 안 된다고 함. {{r:순옥}} 씨가 {{r:명환}} 씨 전화번호 바뀐 거 알려 줌 (장부에는 안 적음).
- 02.03 {{r:방명환}} 씨 직접 와서 찾아감. 돈 2만 1천 원 다 냄. 작업복을 보며 "이거 하나 남았다"고 함.""",
    },
    {
        "id": "h72-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Chol-su", "김철수", "witness", ["Ким Чхоль Су", "철수"]),
            ("Pak Yong-ho", "박영호", "coworker", ["Пак Ён Хо", "영호"]),
            ("Ri Song-chol", "리성철", "supervisor", ["Ли Сон Чхоль"]),
        ],
        "note": "Left-luggage receipts from Vladivostok railway station (квитанции камеры хранения), photographed by a witness, with his Korean notes; Korean names in Russian transliteration with case endings (Паку, Ким Чхоль Су), cloakroom attendants private, station and cities public, the dative and genitive forms labelled whole.",
        "text": """[사진 4장 옮김] {{u:블라디보스토크}} 역 짐 보관소 영수증 - 증언자 {{r:김철수}} 제공, 2019년 1월

КВИТАНЦИЯ № 004418   Камера хранения ручной клади, вокзал {{u:Владивосток}}
Дата приёма: 12.01.2019 08:40   Срок хранения: 3 сут.
Ф.И.О. сдающего: {{r:Ким Чхоль Су}}   Документ: паспорт {{u:КНДР}}
Мест: 2 (сумка, коробка)   Оплачено: 450 руб.
Принял: кассир {{p:Лукьянова Т.Н.}}

КВИТАНЦИЯ № 004419   та же дата, 08:42
Ф.И.О. сдающего: {{r:Пак Ён Хо}}   Документ: паспорт {{u:КНДР}}
Мест: 1 (чемодан)   Оплачено: 250 руб.
Принял: кассир {{p:Лукьянова Т.Н.}}

КВИТАНЦИЯ № 004502   15.01.2019 19:10 (выдача)
Выдано: 2 места по квитанции № 004418 гражданину {{r:Ли Сон Чхолю}} по доверенности от {{r:Кима}}
Выдал: {{p:Гаврилов С.}}   Подпись получателя: {{r:Ли}}

Пометка на обороте № 004419: "Получено лично. {{r:Паку Ён Хо}} доплата 250 руб. за просрочку" - {{p:Т.Л.}}

증언자 메모 (한국어, 면담 중 구술, 2023.04.18, 면담 {{p:윤하람}})
- 1월 12일 새벽에 나({{r:철수}})와 {{r:영호}}가 숙소를 나와서 짐을 역에 맡겼다. 비행기표를 구하는 동안 짐을 숙소에 두면 반장이 눈치챈다. 역 짐 보관소 아주머니 {{p:타티야나}}가 여권을 보고 이름을 {{u:러시아}} 글자로 적었다.
- 그런데 15일 저녁에 반장 {{r:리성철}}이 내 영수증을 들고 와서 짐을 찾아갔다. 영수증은 내 점퍼 주머니에 있었는데 내가 잠든 사이에 가져간 것 같다. "위임장"은 {{r:리성철}}이 자기가 쓴 거다. 나는 써 준 적 없다.
- 내 짐(가방, 상자)에는 3년 동안 모은 돈 1,400달러와 가족사진이 있었다. 다시 못 봤다.
- {{r:영호}}는 다음 날 혼자 자기 짐을 찾았고, 보관료를 더 냈다. {{r:박영호}}는 2월에 {{u:인천}}으로 왔다. 나는 3월에 {{u:하바롭스크}}를 거쳐 나왔다.
- 영수증 사진은 {{r:영호}}가 자기 영수증 찍을 때 내 것도 같이 찍어 둔 것이다.""",
    },
    {
        "id": "h72-mixed-02",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kim Tong-hyok", "김동혁", "supervisor", ["Ким Дон Хёк"]),
            ("Han Kwang-myong", "한광명", "witness", ["Хан Гван Мён", "광명"]),
            ("Choe Yong-sik", "최용식", "coworker", ["Цой Ен Сик"]),
        ],
        "note": "Extract from a Russian general works journal (общий журнал работ) of a Moscow housing block, with a Korean translator's notes; foremen and inspectors private with initials, a Korean brigade in the genitive (бригада Кима), an injured worker Цой (Choe) in Russian spelling, CRLF.",
        "text": """ОБЩИЙ ЖУРНАЛ РАБОТ № 2 (выписка, раздел 3 "Сведения о выполнении работ")
Объект: жилой дом, корпус 4, {{u:Москва}}, район {{u:Некрасовка}}
Лицо, ответственное за ведение журнала: производитель работ {{p:Захаров А.В.}}

Дата     | Наименование работ                                    | Исполнитель                  | Подпись
14.08.18 | Армирование перекрытия 9 эт., оси 1-7                   | бригада {{r:Кима Д.Х.}} (14 чел.)   | {{p:Захаров}}
15.08.18 | Армирование перекрытия 9 эт., оси 7-14                  | бригада {{r:Кима Д.Х.}} (14 чел.)   | {{p:Захаров}}
16.08.18 | Бетонирование перекрытия 9 эт. Работа до 02:30          | бригада {{r:Кима}}, насос ООО "БетонТранс" | {{p:Захаров}}
17.08.18 | Простой до 13:00. Несчастный случай, см. акт Н-1 от 17.08 | -                            | {{p:Захаров}}
18.08.18 | Уход за бетоном. Монтаж опалубки стен 10 эт.            | бригада {{r:Кима}} (13 чел.)        | {{p:Захаров}}

Замечания технадзора (инженер {{p:Белова Н.С.}}):
16.08: бетонирование в ночное время без согласования. Рабочие бригады {{r:Ким Дон Хёка}} без касок. Устранить.
17.08: со слов бригадира {{r:Кима}}, рабочий {{r:Цой Ен Сик}} упал с перекрытия в шахту лифта (высота ок. 3 м), доставлен в больницу. Ограждение шахты отсутствовало.

[번역자 주석 - {{p:박유나}}, 2023.07]
- "бригада {{r:Кима Д.Х.}}" = 작업반장 {{r:김동혁}}의 작업반. 러시아어로는 성에 격 어미가 붙어 적힘.
- 증언자 {{r:한광명}} ({{r:Хан Гван Мён}}) 씨에 따르면 16일 타설은 새벽 2시 반이 아니라 4시 넘어서 끝났다. 그날 작업반 14명이 24시간 가까이 일했다.
- 17일 사고자 "{{r:Цой Ен Сик}}"은 {{r:최용식}}. {{u:러시아}}에서는 최 씨를 Цой로 적는다. {{r:광명}} 씨는 "{{r:용식}}이가 떨어질 때 옆에 있었다"고 함. 병원은 {{u:모스크바}} 시립병원으로 기억하나 이름은 모름.
- "13 чел."(13명): {{r:최용식}}이 빠진 인원. 사고 뒤 작업반장은 보고 전에 "발을 헛디딘 것"으로 말하라고 지시했다고 함({{r:한광명}} 씨 진술).""",
    },
    {
        "id": "h72-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Yong-chol", "리영철", "supervisor", ["Ли Ен Чоль", "Ли Ен Чоля"]),
            ("So Myong-guk", "서명국", "witness", ["명국", "Со Мён Гук"]),
        ],
        "note": "Russian act of inspection of hidden works (акт освидетельствования скрытых работ) for waterproofing in St Petersburg, signed by parties, with the Korean worker's comments; Korean brigade leader in Russian genitive, a worker surname 서 romanized So (ordinary English 'so' also present in the English note), signatories with initials, standards and city public.",
        "text": """АКТ № 37/ГИ
освидетельствования скрытых работ
Объект: жилой комплекс, {{u:Санкт-Петербург}}, {{u:Приморский район}}, корпус 2
"21" сентября 2017 г.

Представитель застройщика: инженер строительного контроля {{p:Новиков П.Е.}}
Представитель лица, осуществляющего строительство: прораб {{p:Мельник В.А.}}
Представитель лица, выполнившего работы: бригадир {{r:Ли Ен Чоль}} (субподрядчик)

1. К освидетельствованию предъявлены: гидроизоляция фундаментной плиты и стен подвала в осях А-Ж / 1-9, выполненная бригадой {{r:Ли Ен Чоля}}.
2. Работы выполнены по проекту 114-17-КЖ, материалы: Техноэласт ЭПП, праймер битумный.
3. При выполнении работ применены: {{u:СП 71.13330.2017}}.
4. Даты: начало 12.09.2017, окончание 20.09.2017.
5. Работы выполнены в соответствии с проектной документацией.
6. Разрешается производство последующих работ: обратная засыпка пазух.

Подписи: {{p:Новиков}} / {{p:Мельник}} / {{r:Ли}}

---
Comments of witness {{r:So Myong-guk}} ({{r:서명국}}), taken down in Korean and English by {{p:Yerin Cho}}, 2024-01-09:
- 9일 동안 했다고 적혀 있지만 실제로는 6일 만에 끝냈다. 비가 와서 바닥이 젖어 있었는데 {{r:리영철}} 반장이 그냥 하라고 했다. So the membrane was laid on wet concrete. He thinks it leaked later.
- 러시아인들은 {{r:리영철}} 반장을 "{{r:Ли}}"라고 불렀다. 서류에 서명한 것도 반장 한 사람. 우리는 서류를 본 적이 없다.
- 현장에서 {{r:명국}} 씨는 "{{r:Со}}"라고 불렸다. 러시아인들이 서 씨를 Со로 적었다. 전화번호부에도 "{{r:Со Мён Гук}}"으로 저장돼 있었다고.
- 작업자 명단: {{r:서명국}}, {{p:황인철}}, {{p:남궁철}}, {{p:조영수}}, {{p:지성호}}, 반장 포함 7명. {{p:황인철}}은 버너에 화상을 입었다.
- 마감 다음 날 {{p:Мельник}} прораб가 반장에게 봉투를 줬다. 봉투 안은 모른다. 그날 저녁 반장이 "이번 달은 계획을 넘겼다"고만 했다.""",
    },
    {
        "id": "h72-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jong Kwang-il", "정광일", "witness", ["Чон Гван Ир", "광일"]),
            ("Ryu Chol-ho", "류철호", "supervisor", ["Рю Чхоль Хо"]),
        ],
        "note": "Russian polyclinic appointment slips (талоны на приём) for a Korean construction worker in Novosibirsk, three visits, with his Korean annotations; doctors with initials, a minder who came along (Рю), OCR-like errors in one transliterated name, polyclinic number generic, city public.",
        "text": """[스캔본 3장] {{u:노보시비르스크}} 시립 폴리클리닉 진료권 (талон) - 증언자 {{r:정광일}} 보관

ТАЛОН НА ПРИЁМ К ВРАЧУ № 118-0342
Поликлиника № 2, г. {{u:Новосибирск}}
Пациент: {{r:Чон Гван Ир}}, 1983 г.р.   Полис ДМС: нет (платно)
Врач: травматолог-ортопед {{p:Сидоренко О.П.}}   Каб. 214
Дата: 05.03.2019   Время: 10:40
Выдал: регистратор {{p:Ахмедова}}

ТАЛОН НА ПРИЁМ К ВРАЧУ № 118-0517
Пациент: {{r:Чoн Гвaн Ip}}   [as scanned; Latin letters mixed into the Cyrillic]
Врач: рентгенолог {{p:Фомин Д.Д.}}   Каб. 105
Дата: 07.03.2019   Время: 08:20
Сопровождающий: {{r:Рю Чхоль Хо}} (переводчик организации)

ТАЛОН НА ПРИЁМ К ВРАЧУ № 118-0790
Пациент: {{r:Чон Г.И.}}
Врач: травматолог-ортопед {{p:Сидоренко О.П.}}   Каб. 214
Дата: 12.03.2019   Время: 11:00
Примечание регистратуры: "оплата наличными, оплатил сопровождающий {{r:Рю}}"

증언자 메모 (뒷면에 한국어로, 2019년 당시 본인이 쓴 것)
- 3월 4일 2층 거푸집에서 떨어짐. 오른쪽 손목. 다음 날 {{r:류철호}}가 병원에 데려감. {{r:류철호}}는 통역이라고 했지만 사실은 대표부 사람이다. 의사 선생님(여자, {{p:시도렌코}})이 "어떻게 다쳤냐"고 물으면 {{r:류}}가 대신 "집에서 넘어졌다"고 말함.
- 7일 엑스레이. 뼈에 금이 갔다고 함. 깁스 3주. 그런데 {{r:류}}는 깁스하면 일 못 한다고 붕대만 감자고 했다. 의사 선생님이 화를 냄.
- 12일 다시 감. 의사가 나한테만 종이를 줌. 러시아어라서 못 읽었다. 나중에 {{p:Валя}}(현장 식당 {{u:러시아}} 아주머니)가 읽어 줬다: "3주간 노동 금지".
- 그 종이는 {{r:류철호}}가 가져감. 이 진료권 3장만 내 가방에 남았다.
면담자({{p:노아린}}) 주: 2번 진료권의 "{{r:Чoн Гвaн Ip}}"은 키릴 문자 사이에 라틴 문자가 섞여 있음(스캔 OCR 오류가 아니라 원본 타자 그대로). {{r:광일}} 씨 본인 확인.""",
    },
    {
        "id": "h72-mixed-05",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Kang Song-il", "강성일", "witness", ["Кан Сон Ир", "성일"]),
            ("Mun Chol-jin", "문철진", "coworker", ["Мун Чхоль Чин", "철진"]),
            ("Ok Kum-chol", "옥금철", "coworker", ["Ок Кым Чхоль"]),
        ],
        "note": "Tick-bite emergency register (журнал учёта обращений с укусами клещей) of a district hospital in Amur Oblast, Korean loggers among local patients, with an NGO translator's notes; Russian patients private, place of bite column with real settlements, a surname Ок (Ok) that is also an English word, half CRLF.",
        "text": """ЖУРНАЛ учёта обращений по поводу присасывания клещей
ГБУЗ АО "{{u:Тындинская больница}}", приёмное отделение, май-июнь 2018 (выписка)

№   | Дата  | Ф.И.О.                 | Возраст | Место укуса (территория)      | Локализация | Клещ на исследование | Иммуноглобулин | Врач
214 | 22.05 | {{p:Смирнова А.Г.}}          | 61      | дача, {{u:Тында}}                   | шея         | да                   | да             | {{p:Оганесян}}
219 | 24.05 | {{r:Кан Сон Ир}}             | 36      | лесосека, р-н {{u:Хорогочи}}          | подмышка    | нет (удалён сам)     | нет (платно)   | {{p:Оганесян}}
220 | 24.05 | {{r:Мун Чхоль Чин}}          | 29      | лесосека, р-н {{u:Хорогочи}}          | пах         | да                   | нет (платно)   | {{p:Оганесян}}
233 | 30.05 | {{p:Петров И.}}              | 8       | {{u:Тында}}, парк                   | голова      | да                   | да             | {{p:Ким Л.В.}}
241 | 03.06 | {{r:Ок Кым Чхоль}}           | 44      | лесосека                      | спина (3)   | да                   | нет            | {{p:Ким Л.В.}}
247 | 06.06 | {{r:Кан С.И.}}               | 36      | лесосека                      | повтор      | -                    | -              | {{p:Оганесян}}

Примечание врача {{p:Оганесян А.Р.}}: корейские рабочие доставлены мастером, полисов нет. Иммуноглобулин платный, мастер отказался оплачивать. Рекомендовано наблюдение 21 день.

[번역 및 메모 - {{p:최하윤}}, 2023.11]
- 219번 {{r:Кан Сон Ир}} = 증언자 {{r:강성일}}. 220번 {{r:Мун Чхоль Чин}} = 같은 작업반 {{r:문철진}}. 241번 {{r:Ок Кым Чхоль}} = {{r:옥금철}}. ("Ок" is the Russian spelling of the surname 옥; OK in English, which confused our volunteer {{p:Ben}} at first.)
- "мастер" = {{u:북한}} 측 작업반장이 아니라 {{u:러시아}} 회사 쪽 현장 감독 {{p:Вадим}}. {{r:성일}} 씨 말로는 {{p:Вадим}}이 주사비를 안 내려고 "한국인들은 안 걸린다"고 했다.
- 247번: {{r:성일}} 씨가 6월 6일 열이 나서 다시 감. 의사는 입원하라고 했지만 작업반장 {{p:리}} 동지가 데려갔다. 이후 2주 동안 숙소에서 누워 지냈다.
- {{r:철진}} 씨는 괜찮았다. {{r:옥금철}} 씨는 7월에 심하게 앓았고 {{u:블라고베셴스크}} 병원으로 옮겨졌다고 들었다. 그 뒤 소식 없음.
- 병원 기록상 {{p:Ким Л.В.}}는 한국계 러시아인 의사로, 우리 작업반원들과 관계없음.""",
    },
    {
        "id": "h72-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Hyon Sung-chol", "현승철", "witness", ["Хён Сын Чхоль", "승철"]),
            ("Pak To-il", "박도일", "coworker", ["Пак До Ир", "도일"]),
            ("Kim Hye-song", "김혜성", "supervisor", ["Ким Хе Сон"]),
        ],
        "note": "Machine-hour sheet for a skidder (табель работы трелёвочного трактора ТДТ-55) at a Khabarovsk logging plot, operators by Russian-spelled Korean names with initials, with an English and Korean interview gloss; mechanic and dispatcher private, the word 'do' beside the given name To-il, a nickname Bulldozer.",
        "text": """ТАБЕЛЬ учёта работы техники - трелёвочный трактор ТДТ-55, гос. № 27 ХА 4415
Лесозаготовительный участок, {{u:Ванинский район}}, {{u:Хабаровский край}}. Февраль 2019, 1-я декада

Дата | Тракторист          | Моточасы | Кубатура (м3) | Простой / причина              | Механик
01.02 | {{r:Хён С.Ч.}}            | 11.5     | 46            | -                              | {{p:Лапин}}
02.02 | {{r:Хён С.Ч.}}            | 12.0     | 51            | -                              | {{p:Лапин}}
03.02 | {{r:Пак Д.И.}}            | 9.0      | 30            | 3 ч - обрыв троса               | {{p:Лапин}}
04.02 | {{r:Пак Д.И.}}            | 13.5     | 55            | -                              | {{p:Лапин}}
05.02 | -                   | 0        | 0             | мороз -46, техника не заведена | {{p:Лапин}}
06.02 | {{r:Хён С.Ч.}} / {{r:Пак Д.И.}} | 16.0     | 62            | работа в 2 смены без пересменки | {{p:Лапин}}
07.02 | {{r:Хён С.Ч.}}            | 12.0     | 48            | -                              | {{p:Рогов}}
Подпись ответственного: бригадир {{r:Ким Хе Сон}}   Диспетчер: {{p:Шульга Е.}}

Interview gloss (NGO researcher {{p:Oliver Grant}} with interpreter {{p:Ha Yoon-seo}}, 2023-05-30)
Q: Who are "{{r:Хён С.Ч.}}" and "{{r:Пак Д.И.}}"?
A ({{r:Hyon Sung-chol}}): That is me and {{r:To-il}}, {{r:Pak To-il}}. We were the only two who could drive the skidder. The Russians called me "{{r:Бульдозер}}", {{r:Bulldozer}}, because I never stopped.
Q: On 6 February it says sixteen hours.
A: More. We did two shifts. {{r:도일}}이 does the night, I do the day, but that day {{r:To-il}} had fever so I sat in the cab with him to keep him awake. Brigade leader {{r:Kim Hye-song}} signs the paper. We never see it. What do you do when the leader says drive? You drive.
Q: The mechanic, {{p:Lapin}}?
A: {{p:Лапин}} was good. Old man, {{p:Gena}}. He gave us tea with sugar. {{p:Рогов}} only came one day.
Q: The minus 46 day?
A: That day {{r:김혜성}} made us cut by hand because the machines didn't start. Nobody wrote that down. ({{r:승철}} 씨 laughs.)""",
    },
    {
        "id": "h72-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Chol-su", "김철수", "supervisor", ["金哲洙", "金队长"]),
            ("Ri Hyang-mi", "리향미", "witness", ["李香美", "향미"]),
            ("Choe Kum-hui", "최금희", "coworker", ["崔今姬"]),
        ],
        "note": "Company-seal usage register (用印登记表) of a Chinese seafood company employing DPRK workers, with Korean notes by a former worker; Chinese forms of address labelled whole (刘总, 小张, 金队长), Korean names in Hanzi, a worker's given name in Korean, 朝鲜 as a country, city and bureau public.",
        "text": """用印登记表 (2018年第三季度) - {{u:珲春市}}某水产品有限公司 行政部
印章类别: 公章 / 合同专用章 / 劳务专用章

序号 | 日期 | 用印事由 | 份数 | 经办人 | 批准人 | 备注
31 | 07-03 | {{u:朝鲜}}劳务人员{{r:金哲洙}}等15人劳务合同续签 | 2 | {{p:小张}} | {{p:刘总}} | 原件交{{r:金队长}}
32 | 07-11 | 外国人工作许可延期申请(附名单) | 1 | {{p:小张}} | {{p:刘总}} |
33 | 08-02 | 向{{u:珲春市公安局}}出入境管理大队出具在职证明:{{r:李香美}}、{{r:崔今姬}} | 2 | {{p:张丽娜}} | {{p:刘总}} | 住院用
34 | 08-20 | 工资代付确认书(朝方代表签收) | 1 | {{p:小张}} | {{p:刘总}} | {{r:金哲洙}}签字
35 | 09-15 | 宿舍租赁合同 | 2 | {{p:王会计}} | {{p:刘建军}} |

[증언자 메모 - {{r:리향미}}, 2023.08 면담 때 사진 보며 설명, 기록 {{p:변하연}}]
- 31번 "{{r:金哲洙}}" = 우리 작업반장 {{r:김철수}}. 중국인들은 "{{r:金队长}}"이라고 불렀다. 계약 원본은 {{r:김철수}}가 가져갔고 우리는 본 적 없다.
- 33번: 8월에 나와 {{r:금희}} 언니({{r:최금희}})가 공장에서 가스에 중독돼서 병원에 입원했다. 병원에서 "일하는 사람"이라는 증명서를 달라고 해서 회사가 도장을 찍어 준 것. {{r:李香美}}가 나, {{r:崔今姬}}가 {{r:금희}} 언니.
- {{p:小张}}은 행정실 아가씨 {{p:张丽娜}}. 우리한테 잘해 줬다. {{p:刘总}}은 사장. 본명은 {{p:刘建军}}인데 한 번도 이름으로 부르는 걸 못 들었다.
- 34번 "工资代付确认书": 월급을 회사가 우리한테 안 주고 "朝方代表", 즉 {{r:金队长}}한테 준다는 확인서. {{r:김철수}} 반장이 서명. 우리 월급은 {{r:향미}}인 나한테 한 번도 직접 온 적 없다.
- 도장 찍는 날은 {{r:金队长}}이 {{p:刘总}} 방에 들어가 한 시간씩 있었다.""",
    },
    {
        "id": "h72-mixed-08",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Pak Yong-sik", "박영식", "supervisor", ["朴永植", "老朴"]),
            ("Jo Ok-hwa", "조옥화", "witness", ["赵玉花", "옥화"]),
        ],
        "note": "Factory e-bike registration list (电动车登记表) in a Dandong garment plant, bikes registered in Chinese managers' names but used by DPRK team leaders; Chinese forms of address (老朴, 李姐), Korean names in Hanzi, plate numbers, a witness note in Korean, CRLF.",
        "text": """厂区电动车登记表 - {{u:丹东}}某服装厂 保卫科 (2019年5月更新)
说明: 厂区内电动车须登记, 车主须为本厂中国籍员工或经批准人员。

编号 | 车主姓名 | 部门 | 车牌/车架号 | 颜色 | 实际使用人 | 登记人
E-031 | {{p:李秀芬}} | 车间二 | 丹东B-70412 | 白 | 本人 | {{p:郭}}
E-032 | {{p:赵国强}} | 保卫科 | 丹东B-70419 | 黑 | 本人 | {{p:郭}}
E-033 | {{p:李秀芬}} | 车间二 | 车架 TDR0927…44 | 红 | {{r:朴永植}} (朝方) | {{p:郭}}
E-034 | {{p:孙经理}} | 行政 | 丹东B-71105 | 灰 | {{r:老朴}} | {{p:郭}}
E-035 | {{p:于海燕}} | 食堂 | 车架 XYD2210…07 | 粉 | {{r:赵玉花}}? | {{p:郭}}

保卫科备注: E-033、E-034 实际使用人为朝方管理人员{{r:朴永植}}, 由{{p:李姐}}、{{p:孙经理}}代为登记。E-035 使用人待确认。{{p:郭建平}}

[증언자 {{r:조옥화}} 설명, 2024.01.16, 면담 {{p:여다온}}]
- "{{r:老朴}}"은 우리 공장 {{u:조선}} 측 관리자 {{r:박영식}}. 중국인들이 그렇게 불렀다. 전동 오토바이를 두 대나 썼다. 하나는 {{p:李姐}}(2작업장 조장 {{p:리슈펀}} 언니) 이름으로, 하나는 {{p:孙经理}} 이름으로 등록했다.
- E-035 분홍색은 식당 아주머니 {{p:于海燕}} 것이다. 내가 빌려 탄 적이 두 번 있다. 그래서 "{{r:赵玉花}}?"라고 적힌 것. {{r:赵玉花}}는 내 이름 {{r:조옥화}}를 {{u:중국}} 글자로 쓴 것이다.
- 그 일 때문에 {{r:박영식}}이 나를 불러서 "누가 허락했냐"고 했다. 그 주 생활총화에서 비판받았다. {{r:옥화}}가 오토바이 타고 도망가려 했다는 소문까지 났다.
- 보위과 {{p:郭}} 과장님은 {{u:중국}} 사람이고 조선말을 조금 했다. 나를 "{{r:小赵}}"라고 불렀다.""",
    },
    {
        "id": "h72-mixed-09",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Un-jong", "리은정", "witness", ["李恩贞", "은정"]),
            ("Kang Sol-hui", "강설희", "coworker", ["姜雪姬", "설희"]),
            ("Pak Mi-ryong", "박미령", "coworker", ["朴美玲"]),
            ("Sin Jong-ae", "신정애", "supervisor", ["申贞爱", "申组长"]),
        ],
        "note": "Wage bank-card custody register (工资卡保管登记表) kept by a Chinese seafood plant's office for DPRK women workers, cards held by the team leader; Hanzi names, last four digits, a Chinese clerk 小李, the team leader as 申组长 labelled whole, Korean notes with given names and 언니, a bank public.",
        "text": """工资卡保管登记表 - {{u:东港}}某水产公司 财务室 (2020年1月)
卡片开户行: {{u:中国农业银行}} 东港支行

工号 | 姓名 | 卡号后四位 | 领取日期 | 领取人签字 | 保管人 | 备注
D-101 | {{r:李恩贞}} | 4471 | 2019-06-02 | {{r:申贞爱}} | {{p:小李}} | 代领
D-102 | {{r:姜雪姬}} | 4488 | 2019-06-02 | {{r:申贞爱}} | {{p:小李}} | 代领
D-103 | {{r:朴美玲}} | 4495 | 2019-06-02 | {{r:申贞爱}} | {{p:小李}} | 代领
D-104 | {{p:韩春玉}} | 4502 | 2019-06-02 | {{r:申贞爱}} | {{p:小李}} | 代领
D-105 | {{p:卢英实}} | 4519 | - | - | {{p:小李}} | 卡未领取(回国)
D-106 | {{r:申贞爱}} | 4526 | 2019-06-02 | 本人 | - | 组长

财务室说明: 朝方要求全部工资卡由组长{{r:申组长}}统一保管, 密码由组长设定。本表由{{p:李婷}}({{p:小李}})填写, 财务经理{{p:黄}}核对。

[증언자 메모 - {{r:리은정}}, 2023.12.05, 기록 {{p:하소율}}]
- 표에 "代领"(대리 수령)이라고 적힌 것: 카드를 우리가 받은 적이 없고 {{r:신정애}} 조장이 다 가져갔다는 뜻이다. 비밀번호도 조장이 정했다.
- {{r:申组长}}은 {{r:신정애}}. 중국인들은 그렇게 불렀고 우리는 "조장 동지"라고 불렀다.
- {{r:설희}}({{r:강설희}})는 나랑 같은 방. {{r:설희}}가 한 번 은행에서 자기 카드 잔액을 물어보다가 조장한테 걸려서 한 달 외출 금지당했다.
- {{r:朴美玲}} = {{r:박미령}} 언니. {{r:미령}} 언니는 2021년에 귀국. D-105 {{p:卢英实}}(노영실)은 2019년에 병으로 귀국했는데 카드는 그냥 남아 있었다. 그 카드의 돈이 어디로 갔는지 모른다.
- {{p:小李}} 언니는 친절했다. 한 번 몰래 "你的卡里有钱"(네 카드에 돈 있다)고 말해 줬다. {{r:은정}}이라는 내 이름을 한국어로 부를 줄 알았다.""",
    },
    {
        "id": "h72-mixed-10",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Yong-hui", "김영희", "witness", ["金英姬", "영희"]),
            ("Choe Chang-gil", "최창길", "supervisor", ["崔昌吉", "老崔"]),
            ("Han Pok-sun", "한복순", "coworker", ["韩福顺", "복순"]),
        ],
        "note": "QQ group file listing (群文件) of a Chinese factory's management group, exported by a sympathetic Chinese employee; file names containing Hanzi names of DPRK workers (only the name part labelled), uploader nicknames with forms of address, pinyin file stems, Korean notes, QQ and city public.",
        "text": """{{u:QQ}}群文件 - 群: "{{u:延吉}}工厂管理2019" (群号 6338…) | 导出: 2020-03-11
[exported and forwarded by a Chinese office worker, {{p:Xiao Meng}}, who asked not to be named further]

文件名 | 大小 | 上传者 | 上传时间 | 下载次数
{{u:朝鲜}}工人名单_2019.xlsx | 38KB | {{p:老崔}}_韩语翻译 | 2019-02-14 | 21
{{r:金英姬}}_体检报告.jpg | 1.2MB | {{p:小孟}} | 2019-04-02 | 3
{{r:韩福顺}}_住院发票.pdf | 640KB | {{p:小孟}} | 2019-06-18 | 5
宿舍检查_{{r:cui}}changji_0703.docx | 22KB | {{r:崔昌吉}} | 2019-07-03 | 9
{{r:jinyingji}}_请假条.jpg | 480KB | {{p:赵主任}} | 2019-08-20 | 2
罚款记录_8月.xlsx | 17KB | {{r:崔昌吉}} | 2019-09-01 | 14
加班表_{{p:金明}}组.xlsx | 29KB | {{p:金明}} | 2019-09-30 | 6

群公告 (2019-07-03, 上传者 {{r:崔昌吉}}): 以后{{u:朝鲜}}员工的请假、看病一律先报我, 不要直接找{{p:赵主任}}。

[한국어 메모 - 면담자 {{p:양서하}}, 증언자 {{r:김영희}}와 함께 확인, 2023.10]
- {{p:老崔}}(한국어 통역)와 {{r:崔昌吉}}은 다른 사람이다. {{p:老崔}}는 조선족 통역 {{p:최룡수}}. {{r:崔昌吉}}은 북측 관리자 {{r:최창길}}. {{u:중국}} 사람들은 {{r:최창길}}도 "{{r:老崔}}"라고 불러서 헷갈렸다고 {{r:영희}} 씨가 말함. 파일 이름의 "{{r:cui}}changji"는 {{r:최창길}}의 병음을 잘못 적은 것.
- "{{r:金英姬}}_体检报告" = {{r:영희}} 씨의 건강검진 결과. 본인은 결과를 받은 적이 없음.
- "{{r:jinyingji}}_请假条" = {{r:영희}} 씨의 휴가 신청서. 이름을 병음으로 적은 것. 아버지 장례 때문에 낸 휴가는 거부됨.
- "{{r:韩福顺}}_住院发票" = 같은 방의 {{r:한복순}}. {{r:복순}} 언니는 6월에 손가락이 기계에 끼어 입원했다. 병원비는 {{r:복순}} 언니 월급에서 깎았다고 {{r:최창길}}이 말했다고 함.
- "罚款记录"(벌금 기록)은 열어 보지 못함. {{p:小孟}}이 보내 준 것은 목록뿐.""",
    },
    {
        "id": "h72-mixed-11",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Choe Sun-ok", "최순옥", "supervisor", ["崔顺玉", "崔组长"]),
            ("Ro Un-ha", "로은하", "witness", ["卢银河", "은하"]),
            ("Ji Myong-ok", "지명옥", "coworker", ["池明玉"]),
        ],
        "note": "Filleting-knife issue-and-return register (刀具领用归还登记) from a Chinese seafood plant's squid line, with cut-injury entries and a witness's Korean account; 崔组长 labelled whole, DPRK workers in Hanzi, a Chinese safety officer, the word 银河 (galaxy) inside a given name and used alone as her nickname, half CRLF.",
        "text": """刀具领用归还登记表 - 鱿鱼加工车间 (三号线), {{u:荣成}} 2019年11月 第2周
规定: 每班领刀、还刀必须登记, 刀号与人对应, 少一把全线停工检查。

日期 | 班次 | 刀号 | 领用人 | 领用时间 | 归还时间 | 组长确认 | 备注
11-11 | 早 | K-07 | {{r:卢银河}} | 06:02 | 18:10 | {{r:崔组长}} |
11-11 | 早 | K-08 | {{r:池明玉}} | 06:02 | 12:40 | {{r:崔组长}} | 左手食指割伤, 送医务室
11-11 | 早 | K-09 | {{p:文香}} | 06:03 | 18:11 | {{r:崔组长}} |
11-12 | 早 | K-07 | {{r:卢银河}} | 06:00 | 18:30 | {{r:崔组长}} |
11-12 | 早 | K-08 | {{p:韩美玉}} (替{{r:池}}) | 06:05 | 18:30 | {{r:崔组长}} |
11-13 | 早 | K-07 | {{r:卢银河}} | 06:01 | 21:45 | {{r:崔顺玉}} | 加班
11-13 | 早 | K-09 | {{p:文香}} | 06:01 | - | - | 刀未还! 查找 40 分钟, 在冷库找到

安全员 {{p:邹海波}} 意见: 11日割伤处理已记录。13日刀具未还, 全线停工40分钟, 按规定扣{{p:文香}}当日工资。

[증언자 {{r:로은하}} 설명, 2024.02.20, 기록 {{p:허다인}}]
- "{{r:卢银河}}"가 나. {{u:중국}} 사람들이 "{{r:银河}}"(은하수)라고 놀렸다. 은하수처럼 예쁜 이름이라고.
- {{r:崔组长}}은 우리 조장 {{r:최순옥}}. 중국인들도 우리도 "{{r:최}} 조장"이라 불렀다. 칼 하나라도 없으면 조장이 혼났기 때문에 우리를 더 다그쳤다.
- 11일에 {{r:명옥}}이({{r:지명옥}})가 손가락을 베었다. 꿰매야 했는데 의무실에서 반창고만 붙여 줬다. 다음 날 {{r:명옥}}이 대신 {{p:한미옥}}이 나왔다.
- 13일: {{p:문향}}이가 칼을 냉동 창고 선반에 두고 나왔다. 40분 동안 줄 전체가 멈추고 다 같이 찾았다. 그날 {{p:문향}}이 월급이 깎이고, 저녁 총화에서 {{r:최순옥}} 조장이 "칼 한 자루가 조국의 얼굴"이라고 말했다.
- 나는 그날 밤 9시 45분까지 일했다. 표에 "加班"(연장근무)이라고 적혀 있지만 연장 수당은 없었다.""",
    },
    {
        "id": "h72-mixed-12",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Yun Chol-nam", "윤철남", "witness", ["尹哲男", "철남"]),
            ("Kwak Myong-jin", "곽명진", "supervisor", ["郭明镇"]),
        ],
        "note": "Monthly fire-extinguisher inspection tags (灭火器检查记录卡) from a DPRK workers' dormitory in a Chinese electronics plant, checked by DPRK floor monitors; signatures in Hanzi and Hangul on the tag, a misread signature (尹哲乃) labelled as written, a Chinese fire officer by form of address (钱消防), Korean account of a fire, the 119 number not a name.",
        "text": """灭火器月度检查记录卡 (挂卡, 拍照转录) - 宿舍楼B 三层走廊 编号 MHQ-B3-02
型号: MFZ/ABC4 干粉  生产日期: 2016-05  下次维修: 2021-05

月份 | 压力表 | 铅封 | 喷管 | 检查人 | 日期
2019-01 | 正常 | 完好 | 完好 | {{r:尹哲男}} | 01-05
2019-02 | 正常 | 完好 | 完好 | {{r:尹哲男}} | 02-04
2019-03 | 正常 | 完好 | 完好 | {{r:윤철남}} | 03-05
2019-04 | 红区 | 断 | 完好 | {{r:郭明镇}} | 04-18  (已使用)
2019-05 | 正常 | 新 | 完好 | {{p:钱消防}} | 05-02  (已充装)
2019-06 | 正常 | 完好 | 完好 | {{r:尹哲乃}} | 06-03

[Transcriber's note: the June signature reads "{{r:尹哲乃}}"; probably {{r:尹哲男}} written in a hurry.]

[증언자 {{r:윤철남}} 설명, 2023.09.07, 면담 {{p:기서윤}}]
- 3층 층장이 나였다. 매달 초에 소화기 카드에 서명하는 것도 층장 일이었다. 3월에는 {{u:중국}} 글자가 생각이 안 나서 한글로 "{{r:윤철남}}"이라고 썼다가 {{r:곽명진}}한테 혼났다.
- 4월 18일 밤에 3층 302호에서 전기장판에 불이 났다. {{p:정남혁}}이가 장판을 켜 놓고 잤다. 내가 이 소화기로 껐다. 소방서(119에 해당하는 {{u:중국}} 번호)는 부르지 않았다. {{r:곽명진}} 관리원이 "일이 커지면 다 돌아가야 한다"고 했다.
- 그래서 4월 칸에는 {{r:곽명진}}이 서명했다. 자기가 불을 끈 것처럼. {{p:钱消防}}은 {{u:중국}} 측 소방 담당 {{p:钱}} 씨인데 5월에 와서 소화기를 다시 채웠다. 불난 것은 몰랐다.
- {{p:정남혁}}은 그 일로 5월에 귀국 조치되었다. {{p:남혁}}이는 그때 스물두 살.
- 6월 서명 "{{r:尹哲乃}}"은 내 글씨가 삐뚤어서 그렇게 보이는 것. {{r:철남}}이 맞다.""",
    },
    {
        "id": "h72-mixed-13",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kim Hyong-jun", "김형준", "witness", ["Ким Хён Жүн", "형준"]),
            ("Ryu Song-gwang", "류성광", "supervisor", ["Рю Сон Гуан"]),
            ("Kil Yong-nam", "길용남", "coworker", ["Гил Ён Нам"]),
        ],
        "note": "Brick-kiln firing log (тоосгоны зуухны шаталтын бүртгэл) from a brickworks near Ulaanbaatar with DPRK stokers, Mongolian foremen and a Korean translator's notes; Korean names in Mongolian Cyrillic, Mongolian names with patronymic initials, a stoker's surname 길 beside the word 길 (road), CRLF.",
        "text": """ТООСГОНЫ ЗУУХНЫ ШАТАЛТЫН БҮРТГЭЛ - Зуух №2, 2018 оны 10 сар
Байршил: {{u:Улаанбаатар}}, {{u:Налайх}} дүүрэг. Ээлжийн мастер: {{p:Д. Ганбаатар}}

Огноо | Ээлж | Галч | Температур (°C) | Нүүрс (тн) | Тоосго (мянга) | Тэмдэглэл
10.03 | шөнө | {{r:Ким Хён Жүн}}, {{r:Гил Ён Нам}} | 980 | 4.2 | 31 | -
10.04 | өдөр | {{r:Ким Хён Жүн}} | 1010 | 4.5 | 33 | ганцаараа
10.04 | шөнө | {{r:Гил Ён Нам}}, {{p:Пак}} | 960 | 4.0 | 29 | -
10.05 | шөнө | {{r:Ким Х.Ж.}}, {{r:Гил Ё.Н.}} | 1040 | 4.8 | 35 | зуухны хаалга гэмтсэн
10.06 | өдөр | {{p:Б. Тэмүүлэн}} | - | - | - | зогсолт, засвар
Хариуцсан: {{u:Солонгос}} багийн ахлагч {{r:Рю Сон Гуан}}   Мастер: {{p:Ганбаатар}}

[번역 및 메모 - 몽골어 통역 {{p:Bolor}} 씨와 함께, 정리 {{p:엄지아}}, 2023.06]
- 표의 "Галч"는 화부(불 때는 사람). {{r:Ким Хён Жүн}}은 증언자 {{r:김형준}}. {{r:Гил Ён Нам}}은 같은 방 {{r:길용남}}.
- 10월 4일 "ганцаараа"(혼자서): {{r:형준}} 씨가 낮 근무를 혼자 했다는 뜻. 전날 밤 근무에 이어서 한 것. 증언자: "24시간 불 앞에 있었다. {{r:류성광}} 반장이 {{r:용남}}이는 쉬게 하고 나만 세웠다."
- 10월 5일 "зуухны хаалга гэмтсэн"(가마 문이 고장남): 그날 밤 가마 문이 열리면서 {{r:길용남}}의 얼굴과 팔에 화상. {{u:몽골}} 마스터 {{p:간바타르}}가 차로 병원에 데려감. 반장 {{r:류성광}}은 "길에서 넘어졌다"고 말하라고 함. (길 씨 성과 길이 같아서 동료들이 나중에 그 말로 놀렸다고.)
- {{p:Пак}}은 이름을 모르는 다른 작업반 사람. 증언자 말로는 "{{p:박}} 동무".
- {{p:Б. Тэмүүлэн}}은 몽골인 기술자 {{p:테무렌}}. 수리하러 온 날만 이름이 있다.
- {{r:류성광}}의 몽골어 표기 "{{r:Рю Сон Гуан}}"은 {{u:몽골}} 측 서류에 그대로 적힌 것.""",
    },
    {
        "id": "h72-mixed-14",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Song-il", "김성일", "witness", ["KIM SONG IL", "Kim Song-il", "성일"]),
            ("Pang Chol-ho", "방철호", "supervisor", ["PANG CHOL HO"]),
            ("Jon Hye-ran", "전혜란", "coworker", ["JON HYE RAN"]),
        ],
        "note": "Greenhouse picking-trolley scan export (skany wózków zbioru) from a Polish tomato farm with DPRK pickers, with Polish supervisor comments and Korean notes; names in capitals, Polish case endings (Kima, Kimowi, Pangiem) labelled whole, a supervisor's nickname, fullwidth digits in a worker ID, towns and agencies public.",
        "text": """EKSPORT: skany wózków zbioru - szklarnia nr 3, {{u:Grójec}} (pow. grójecki)
Data: 2018-07-19 | Zmiana: 06:00-18:00 | System: PickTrack v2 | Brygadzista: {{p:Tomasz Wójcik}}

ID     | Pracownik            | Rzędy | Skrzynki | kg    | Norma % | Uwagi
K-011  | {{r:KIM SONG IL}}          | 14    | 118      | 708   | 112     |
K-012  | {{r:JON HYE RAN}}          | 12    | 97       | 582   | 92      | przerwa 40 min (zasłabnięcie)
K-013  | {{p:RI OK SIL}}            | 13    | 104      | 624   | 99      |
K-０14  | {{p:HAN CHUN GIL}}         | 11    | 86       | 516   | 82      | ID źle wpisane (pełna szerokość)
K-015  | {{r:PANG CHOL HO}}         | 2     | 9        | 54    | -       | koordynator
PL-201 | {{p:Nowicka J.}}           | 10    | 80       | 480   | 76      |

Komentarze brygadzisty:
- Pan {{r:Pang}} (koordynator) skanuje skrzynki innych pracowników na swój numer? Do wyjaśnienia z Panem {{r:Pangiem}} i agencją.
- Pani {{r:Jon}} zasłabła o 13:20, temperatura w szklarni 41°C. Pan {{r:Kim}} zaniósł ją do cienia. Dziękuję Panu {{r:Kimowi}}. - {{p:T.W.}}
- Premie za normę >110% przysługują: {{r:Kima}} (K-011). Wypłata przez agencję.

[한국어 메모 - 증언자 {{r:김성일}}, 2023.05, 정리 {{p:소하린}}]
- {{u:폴란드}} 감독 {{p:토마스}}는 우리가 "{{p:토마토}} 반장"이라고 불렀다. 토마토 농장 감독이라서. 좋은 사람이었다.
- 보너스는 한 번도 받지 못했다. 에이전시가 보너스를 {{r:방철호}}에게 줬고, {{r:방철호}}가 "계획분"으로 가져갔다.
- {{r:방철호}}가 남의 상자를 자기 번호로 찍은 것은 맞다. 우리 번호로 찍어 봤자 돈은 어차피 안 오니까 그냥 뒀다.
- {{r:혜란}}이({{r:전혜란}})는 그날 쓰러진 뒤 다음 주에도 일했다. {{r:성일}} 씨는 "{{r:혜란}}이를 그늘로 옮긴 게 나"라고 함.
- {{u:폴란드}} 노동감독관이 2018년 가을에 농장에 왔다고 들었다. ({{u:Państwowa Inspekcja Pracy}})""",
    },
    {
        "id": "h72-mixed-15",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Ri Song-hui", "리송희", "witness", ["RI SONG HUI", "รี ซอง ฮุย", "송희"]),
            ("Ri Myong-chol", "리명철", "relative", ["RI MYONG CHOL", "명철"]),
            ("Kye Hyang-ok", "계향옥", "witness", ["KYE HYANG OK", "향옥"]),
        ],
        "note": "Thai immigration fine receipts for illegal entry (ใบเสร็จค่าปรับ) issued in Chiang Rai to DPRK nationals who left Chinese factories, with Korean notes; names in Latin capitals and Thai script, Thai officers private, surname 송 (Song) as a given-name syllable, the English word 'song' elsewhere, Mekong and agencies public, half CRLF.",
        "text": """ใบเสร็จรับเงินค่าปรับ (Fine receipt) - {{u:สำนักงานตรวจคนเข้าเมืองจังหวัดเชียงราย}}
เล่มที่ 118 เลขที่ 5537   วันที่ 9 มีนาคม 2562 (2019)
ได้รับเงินจาก / Received from: {{r:RI SONG HUI}} ({{r:รี ซอง ฮุย}})   สัญชาติ: {{u:เกาหลีเหนือ}}
ข้อหา: เข้าเมืองโดยไม่ได้รับอนุญาต (Illegal entry, {{u:Immigration Act B.E. 2522}} s.62)
จำนวนเงิน: 2,000 บาท   ผู้รับเงิน: ร.ต.อ. {{p:สมชาย วงศ์ทอง}}

เล่มที่ 118 เลขที่ 5538   วันที่ 9 มีนาคม 2562
Received from: {{r:RI MYONG CHOL}} ({{r:รี มยอง ชอล}})   จำนวนเงิน: 2,000 บาท   ผู้รับเงิน: ร.ต.อ. {{p:สมชาย}}

เล่มที่ 118 เลขที่ 5539   วันที่ 9 มีนาคม 2562
Received from: {{r:KYE HYANG OK}} ({{r:แก ฮยาง อก}})   จำนวนเงิน: 2,000 บาท   ผู้รับเงิน: ร.ต.อ. {{p:สมชาย}}
หมายเหตุ: ค่าปรับชำระโดย Mr. {{p:Daniel Seo}} (มูลนิธิ)

[한국어 메모 - 상담사 {{p:육다현}}, 2023.03 정착 상담 중 영수증 확인]
- {{r:리송희}} 씨와 오빠 {{r:리명철}} 씨, 같은 공장 동료 {{r:계향옥}} 씨. 세 사람은 {{u:중국}} {{u:선양}}의 봉제 공장과 수산 공장에서 일하다 2019년 2월에 나와 {{u:메콩강}}을 건너 {{u:태국}}에 들어옴.
- 경찰이 이름을 현지 글자로 적음. {{r:송희}} 씨 말로는 "경찰 아저씨가 내 이름의 송(song)이 노래냐고 물었다. 아니라고 했더니 웃으며 노래를 불러 보라고 했다."
- 벌금은 {{u:한국}} 선교 단체의 {{p:서대니}} 목사님({{p:Daniel Seo}})이 냈다. 그 뒤 {{u:방콕}} 이민국 보호소로 옮겨져 한 달 있었다.
- {{r:명철}} 씨는 현재 {{u:대전}} 거주. {{r:향옥}} 씨는 연락이 끊겼다가 2022년에 다시 연락됨.
- 영수증 원본은 {{r:송희}} 씨가 보관. 사본은 본인 동의하에 파일에 넣음.""",
    },
    {
        "id": "h72-mixed-16",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ho Chol-nam", "허철남", "witness", ["Ho Chol-nam", "ホ・チョルナム", "철남"]),
            ("Yoon Ha-eun", "윤하은", "other", ["Ha-eun", "ユン・ハウン"]),
        ],
        "note": "Japanese police lost-property report receipt (遺失届出受理票) filed in Tokyo by an NGO staffer and a witness after losing a bag with interview notes at a side event, with the Korean incident note; names in katakana and Latin, a police officer private, the surname 허/ホ discussed as a word, a contents list that names other witnesses by initials, police and venues public.",
        "text": """遺失届出受理票 (控)
{{u:警視庁}} {{u:丸の内警察署}} 会計課遺失物係
受理番号: 第2023-118734号   受理日時: 令和5年11月28日 21時40分

届出人: {{r:ユン・ハウン}} ({{r:YOON HA EUN}})   国籍: {{u:韓国}}   連絡先: 宿泊先ホテル
同行者: {{r:ホ・チョルナム}} ({{r:HO CHOL NAM}})
遺失日時: 令和5年11月28日 18時頃
遺失場所: {{u:東京駅}} 丸の内北口付近 又は タクシー車内
遺失物: 黒色リュックサック 1個
  内容: ノートパソコン1台(暗号化済み)、A5ノート2冊(韓国語手書き)、名刺約20枚、充電器
受理者: 巡査 {{p:佐藤 健太}}

[한국어 사건 메모 - {{r:윤하은}}, 2023.11.29, 보안 담당 {{p:권도현}} 앞]
- 11/28 {{u:도쿄}} 국제 심포지엄 부대행사(해외 파견 노동자 세션) 후, {{r:허철남}} 님과 택시로 호텔 이동 중 가방 분실. {{u:도쿄역}} 앞에서 내렸는데 그때 두고 내린 것 같음.
- 노트북: 전체 암호화, 원격 잠금 요청 완료({{p:도현}} 님 확인).
- 수첩 2권이 문제: 11/27~28 면담 메모. 증언자 이름은 이니셜로만 적음(W-60 {{p:K.M.S.}}, W-61 {{p:R.J.}}). 다만 {{r:철남}} 님 본인의 발표 원고 초안에는 실명 "{{r:허철남}}"과 {{u:쿠웨이트}} 현장 반장 이름 "{{p:도명수}}"가 적혀 있음.
- 경찰서에서 {{p:사토}} 순경이 {{r:철남}} 님 이름을 가타카나로 적으면서 "ホ"가 맞는지 몇 번 물음. {{r:철남}} 님이 한국어로 성을 천천히 발음해 주자 순경이 웃음. 일본어로는 허 씨 성이 "ホ"로 적힌다고.
- 11/30 추가: 택시 회사에서 가방 발견 연락. {{u:丸の内警察署}}에서 수령. 수첩 봉인 상태 확인. {{r:Ha-eun}}, {{r:Chol-nam}} 서명 후 수령.
- 교훈: 수첩에 실명 적지 않기, 발표 원고는 클라우드에만. {{p:권도현}} 님이 전 직원 공지 예정.""",
    },
    {
        "id": "h72-mixed-17",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Ryon-hwa", "김련화", "witness", ["chị Kim", "련화"]),
            ("So Chun-hyang", "소춘향", "coworker", ["Xô", "춘향"]),
            ("Min Jong-ok", "민정옥", "supervisor", ["bà Min"]),
        ],
        "note": "Vietnamese neighbourhood pharmacy sales book (sổ bán thuốc) near a DPRK restaurant in Hanoi, with customers noted by nickname and kinship titles, and a former waitress's Korean notes; surname So written Xô, Vietnamese forms chị/bà outside, pharmacist private, a nickname from a folk tale heroine, Hanoi districts and a medicine brand public.",
        "text": """SỔ BÁN THUỐC (ghi nợ / khách quen) - Nhà thuốc Minh Châu, {{u:Cầu Giấy}}, {{u:Hà Nội}}
Dược sĩ: {{p:Nguyễn Thị Hằng}} | tháng 6-7/2019

Ngày | Khách | Thuốc | Số lượng | Tiền (đ) | Ghi chú
03/06 | chị {{r:Kim}} (nhà hàng {{u:Triều Tiên}}) | {{u:Panadol}} Extra | 2 vỉ | 36.000 | trả ngay
03/06 | chị {{r:Kim}} | băng dán cá nhân | 1 hộp | 25.000 | cho em {{r:Xô}}, bị bỏng tay
11/06 | em {{r:Xô}} | thuốc bỏng Silvirin | 1 tuýp | 42.000 | tự đến, đi cùng bà {{r:Min}}
18/06 | anh {{p:Tuấn}} (xe ôm) | thuốc ho | 1 chai | 55.000 |
26/06 | bà {{r:Min}} | thuốc ngủ? - không bán, không có đơn | - | - | bà {{r:Min}} hỏi mua cho "cô gái hát"
02/07 | chị {{r:Kim}} | vitamin B, men tiêu hóa | 1+1 | 120.000 | nợ, hẹn thứ 7
06/07 | chị {{r:Kim}} | trả nợ | - | 120.000 | xong. Chị {{r:Kim}} nói sắp về nước?

[한국어 메모 - 증언자 {{r:김련화}}, 2024.03.12, 기록 {{p:표나은}}]
- "chị {{r:Kim}}"({{r:김}} 언니)은 나. 약국 {{p:항}} 언니({{p:Hằng}})가 나를 그렇게 불렀다. 식당에서 약 심부름은 내가 했다.
- "em {{r:Xô}}"는 {{r:소춘향}}. 소 씨를 베트남인들이 Xô라고 적었다. 식당 안에서 우리는 {{r:춘향}}이를 "춘향전의 춘향이"라고 놀렸다. 6월 초에 주방에서 기름에 손을 데었다.
- "bà {{r:Min}}"은 식당 책임자 {{r:민정옥}} 지배인. 6월 26일에 수면제를 사려고 했다는 것은 나도 몰랐다. "cô gái hát"(노래하는 아가씨)은 아마 {{p:량은실}}. 그 무렵 밤에 잠을 못 자고 울었다.
- 7월 6일 외상값을 갚은 뒤 나는 8월에 식당을 떠났다. {{p:항}} 언니한테 인사도 못 했다.
- 약국 장부 사진은 2023년에 {{u:하노이}}에 간 지원 단체 활동가 {{p:Linh}} 씨가 찍어 왔다.""",
    },
    {
        "id": "h72-mixed-18",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kim Chol", "김철", "coworker", ["كيم تشول", "Kim Chol"]),
            ("Ri Tae-song", "리태성", "supervisor", ["لي تاي سونغ", "Ri Tae-song"]),
            ("Pak Hak-nam", "박학남", "witness", ["학남"]),
        ],
        "note": "Kuwait Municipality camp-occupancy violation notices (مخالفة إشغال سكن عمال) in Arabic with an English site translation and a witness's Korean notes; Korean names in Arabic script, room leaders by bare surname, a Kuwaiti inspector private, municipality and districts public, a door label KIM ROOM named after a different Kim, CRLF.",
        "text": """{{u:بلدية الكويت}} - إدارة الرقابة والتفتيش، فرع {{u:محافظة الجهراء}}
محضر مخالفة رقم 4471/2017   التاريخ: 2017/08/16
الموقع: سكن عمال، {{u:الجهراء}}، قطعة 3، المبنى ب
المخالفة: إشغال الغرف بعدد يتجاوز الحد المسموح (أكثر من 8 أشخاص في الغرفة)
الغرفة ب-12: 14 عاملاً - مسؤول الغرفة: {{r:كيم تشول}}
الغرفة ب-14: 13 عاملاً - مسؤول الغرفة: {{p:بارك}}
المسؤول عن السكن: {{r:لي تاي سونغ}} (ممثل الشركة)
المفتش: {{p:عبدالله سالم العنزي}}   التوقيع: {{p:ع.س.ع}}

ENGLISH (site translation, Gulf office)
{{u:Kuwait Municipality}} - {{u:Jahra}} branch. Violation 4471/2017, 16 Aug 2017.
Labour accommodation, Block 3, Building B.
Room B-12: 14 workers, room leader {{r:Kim Chol}}. Room B-14: 13 workers, room leader {{p:Park}}.
Camp responsible: {{r:Ri Tae-song}}. Inspector: {{p:Abdullah Salem Al-Enezi}}.
Fine: KD 200 per room. Correct within 14 days.

[한국어 메모 - 증언자 {{r:박학남}}, 2023.02.08, 기록 {{p:함소연}}]
- B-12호 방장이 {{r:김철}}. 14명이 2층 침대 7개에서 잤다. 에어컨 1대.
- B-14호 "{{p:بارك}}"({{p:박}})는 내가 아니라 {{p:박명일}}이다. 나({{r:학남}})는 B-12호에 있었다. 같은 박 씨가 많아서 쿠웨이트인들은 그냥 "Park"이라고 적었다.
- 점검 다음 날 {{r:리태성}} 책임자가 방마다 4명씩 빼서 창고 2층으로 옮겼다. 창고에는 창문이 없었다. 14일 뒤 재점검 때는 다시 8명만 남긴 것처럼 보이게 했다.
- 벌금은 회사가 낸 게 아니라 우리 "계획분"에서 나갔다고 {{r:김철}}이가 말했다.
- 점검관 {{p:압둘라}} 씨는 방에 들어와서 "No, no, too many" 하고 사진을 찍었다. {{r:리태성}}은 점검관 앞에서 우리한테 웃으라고 했다.
- 방 문에 붙은 이름표 "{{p:KIM}} ROOM"은 {{r:김철}}의 성에서 따온 것이 아니라 창고 관리인 {{p:Kim Tae-hun}}({{u:한국}} 회사 사람)의 이름. 헷갈리지 말 것.""",
    },
]
