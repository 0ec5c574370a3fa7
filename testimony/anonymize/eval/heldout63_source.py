# ruff: noqa: E501
"""Held-out evaluation passages, set 63. Built by build_heldout.py heldout63.

Fifty documents of the kind an NGO working on North Koreans sent abroad as forced
labourers could plausibly receive or write, written blind (the finder's code was not
read and the finder was not run). All genres are ones no earlier set used as far as
their opening lines show (law-firm pro bono intake e-mail threads, remittance
couriers' pocket ledgers, online memorial condolence books, PhD viva examiners'
reports, civic-tech hackathon team sheets, letter-of-credit refusal notices,
locksmiths' emergency job sheets, antenatal booking notes, museum audio-guide
scripts, UPR stakeholder submission drafts, court-transcript order forms, ferry
ticket-office ledgers, caterers' invoices with named dietary plates, GP registration
batches, comedy open-mic sign-up sheets, craft-circle attendance books,
overseas-voter registration desk logs, designated-driver call memos, Q&A-site
threads, notary intake registers, credential-recognition applications, homecoming
gift lists, lunch-box group orders, community-centre course enrolments,
convenience-store handover notebooks, statements of fact, returned-parcel
registers, dormitory night-watch logbooks, pre-departure background checks,
university club applications, groupware expense approvals, cleaning-company job
rosters, emergency welfare applications, caregiver-matching requests, WeChat Pay
refund disputes, Russian bonus-deprivation orders, UAE typing-centre receipts,
Japanese photo-permission letters, Mongolian exchange-kiosk registers, Polish PESEL
application lists, Vietnamese Tet gift-basket orders, Chinese nucleic-acid testing
rosters, photo-app face-label exports, Uruguayan port agents' crew parcel lists,
Russian IOUs, note-taking vault exports, seal-engraving order books, interpretation
booth logs, online-shopping order histories and Chinese dormitory face-recognition
enrolment lists), in English, Korean and mixed Korean/English with Russian, Chinese,
Arabic, Japanese, Mongolian, Polish, Vietnamese and Spanish. All persons are
fictional; real public figures are mentioned only neutrally.

Labelling convention (as in the preceding sets):
- {{r:...}} a mention of a registered private person (listed in the passage's
  "persons" as (romanized name, Hangul name, role, aliases)); {{p:...}} a mention
  of an unregistered private person; {{u:...}} a public name: a real public figure,
  a real place, a real organisation or company, a real ship, app or platform.
- Every fictional person is private, whatever their office (a fictional judge,
  police officer, ambassador, bank officer, clerk or interpreter is private).
- Invented businesses, sites, schools and vessels are left unmarked.
- A mention is labelled as the text writes it: the name only, without particles,
  the affectionate suffix (이, 아, 야, 이네) or titles (씨, 동무, 동지, 반장, 사장님,
  선생님, Mr, Mrs, Ms, Dr, Auntie, Pan/Pani, Sr., chị, anh, ông, 様, さん), but
  Chinese forms of address are labelled whole (老孙, 小金, 王姐, 刘主任, 王经理) and
  Russian and Polish names keep their case endings (Хану, Соном, Сергеева, Rima).
- A nickname, pseudonym, stage name or alias that refers to a person is a mention of
  that person even when it is not registered; the same word used as an ordinary
  word is not (a song, the moon, birch trees, 국, 하나, 별일, 조금, 석 달, "No.", Spanish
  "o", the Russian preposition for "with").
- A surname or a letter discussed as a word is unmarked; kinship or role words used
  instead of a name (엄마, 반장, the cook) are unmarked.
- Country names are public whenever they stand as nouns, also attributively
  (러시아 현장, 중국 이름, 조선 사람); derived words and compounds (Korean, 중국산,
  러시아어, 북한이탈주민) are not marked.
- Possessive 's, emoji and brackets stay outside a mention; zero-width characters
  and fullwidth letters inside a name stay inside. In e-mail addresses, handles,
  hashtags, wiki-links and file names only the part that spells the name is labelled.
"""

PASSAGES: list[dict] = [
    {
        "id": "h63-en-01",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Song Kum-hyang", "송금향", "witness", ["Kum-hyang", "Song Geum-hyang"]),
            ("Ri Yong-nam", "리용남", "supervisor", ["Lee Yong-nam"]),
            ("Song Chol", "송철", "relative", []),
        ],
        "note": "Pro bono law-firm case-intake e-mail thread with quoted reply; client in passport capitals, South romanization, Chinese characters and unhyphenated form; zero-width character inside a given name; e-mail local parts spelling names; role mailboxes unmarked; Chinese form of address labelled whole; sanctioned trading company public.",
        "text": """From: {{p:Priya Raman}} <{{p:priya.raman}}@brightwell-legal.co.uk>
To: Casework <casework@nkws.org.uk>
Cc: {{p:Tom Ellery}} <{{p:t.ellery}}@brightwell-legal.co.uk>; Conflicts <conflicts@brightwell-legal.co.uk>
Date: Tue, 14 May 2024 09:12
Subject: RE: RE: Pro bono referral - {{r:SONG Kum-hyang}} - our ref PB/24/0311

Dear {{p:Min-ji}},

Thank you for the referral pack and for the timeline, which is very clear. Before the conflicts team can open a file we need three points confirmed.

1. Name. The intake form says "{{r:Song Kum-hyang}}", her resettlement certificate says "{{r:SONG GEUM HYANG}}" and the hospital letter from {{u:Dandong}} says "{{r:宋金香}}". We will open the file under the passport spelling; can you confirm which one that is? (Ms {{r:Song}} said at the first meeting that a broker once wrote her name as "{{r:Song Kumhyang}}" on a train ticket; we will add that as an alias.)

2. Opposing parties. Your summary gives the brigade leader as "Mr {{r:Ri}}", as "{{r:Ri Yong-nam}}" and, in the Korean statement, as "{{r:리용남}} 지도원". We assume these are one man, and also the "{{r:Lee Yong-nam}}" in the press cutting. The dispatching entity is given as {{u:Rungrado General Trading Corporation}}. We will run both through our system; the firm has acted for several seafood importers, so a hit is possible.

3. Family. She asked whether anything we file could reach her brother {{r:Song Chol}} in {{u:Chongjin}}. {{p:Tom}} will explain on the call how anonymity orders work; please do not promise her anything before then. She also mentioned a cousin, "{{p:Myong-ok}}", who may still be at the plant.

Could the call be on Thursday at 10? Our trainee {{p:Yusuf Adeyemi}} will take the note, and the song she wanted to play us can wait for the second meeting.

Kind regards,
{{p:Priya}}

{{p:Priya Raman}} | Associate | Pro Bono & Human Rights
Brightwell Legal LLP

-----Original Message-----
From: Casework <casework@nkws.org.uk>
Sent: Monday, May 13, 2024 5:40 PM
To: {{p:Priya Raman}} <{{p:priya.raman}}@brightwell-legal.co.uk>
Subject: RE: Pro bono referral - {{r:SONG Kum-hyang}}

Hi {{p:Priya}},

Attaching the pack. Short version: {{r:Kum-hyang}} (41) worked from 2016 to 2019 in a seafood plant outside {{u:Donggang}}, {{u:Liaoning}}, gutting and freezing squid, 14-hour shifts, no days off, passports kept by the managers. Wages went to the brigade; she says she received 100 RMB a month. She left in 2019 with help from another worker, {{p:Kang Yu-jin}}, and reached {{u:Seoul}} in 2020. She moved to the UK in 2022.

Her supervisor {{r:Ri}} is the one she wants named in any claim. He confiscated a phone from {{p:Jo Hye-ran}} and beat her in front of the line; {{r:Kum\u200bhyang}} saw it from the next table. The Chinese manager was "{{p:老孙}}" ({{p:Sun Deming}}), who she says was decent to the women.

She worries most about {{r:Chol}}, her younger brother. {{p:Yu-jin}} may also be willing to give a statement; I will ask.

Thanks,
{{p:Min-ji}}
--
{{p:Kwon Min-ji}} (she/her) | Casework Officer
Not a secure channel - please do not forward.
""",
    },
    {
        "id": "h63-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Thak Un-song", "탁은송", "witness", ["Un-song"]),
            ("Pyon Hak-chol", "변학철", "other", ["Big Pyon"]),
            ("Thak Sun-bok", "탁순복", "relative", []),
            ("No Chol-ho", "노철호", "coworker", []),
            ("Kang Song-ho", "강성호", "coworker", []),
        ],
        "note": "Remittance courier's pocket ledger typed up from six phone photos; table rows numbered with the abbreviation No. beside a registered worker surnamed No; Korean consonant initials for the witness; courier nickname Big Pyon; bare surnames in the via column; unregistered senders and recipients; border towns public.",
        "text": """TYPED TRANSCRIPTION - courier ledger, photos IMG_4410 to IMG_4415
Provided by {{r:Thak Un-song}} on 3 April 2023 (photos taken by him in 2018 in {{u:Hunchun}}).
Handwritten in Korean; typed and translated by {{p:Esther Kwak}}, checked by {{p:D. Moon}}.
The courier is the man the witness calls "{{r:Big Pyon}}" ({{r:변학철}}). Sums in RMB unless marked.

Headings (translated): No. | date | from (worker) | amount | to (family, town) | via | note

No. 1  | 3/11 | {{r:Kang Song-ho}}  | 2,000 | wife {{p:Jong Ok-hui}}, {{u:Hyesan}}     | {{r:Pyon}}  | delivered 3/19, receipt by phone
No. 2  | 3/11 | {{r:No Chol-ho}}    | 1,500 | mother, {{u:Hoeryong}}               | {{r:Pyon}}  | mother ill, add 100 from own pocket?
No. 3  | 3/12 | {{p:Ryom Kwang-su}} | 3,000 | brother {{p:Ryom Kwang-il}}, {{u:Musan}} | {{p:Cha}}   | {{p:Cha}} took 10%
No. 4  | 3/12 | {{r:ㅌㅇㅅ}}         | 1,000 | mother {{r:Thak Sun-bok}}        | {{r:Pyon}}  | second half next month
No. 5  | 3/14 | {{p:Kim Yong-dok}}  |   800 | daughter {{p:Kim Un-a}}              | {{p:Cha}}   | returned - address wrong
No. 6  | 3/14 | {{p:O Il-nam}}      | 2,500 | wife {{p:Pang Myong-suk}}, {{u:Kimchaek}} | {{r:Pyon}} | ok
No. 7  | 3/15 | {{r:Thak}}          |   500 | {{r:Sun-bok}}                          | {{r:Pyon}}  | paid in USD 70
No. 8  | 3/18 | {{p:Han Chang-gil}} | 4,000 | wife, {{u:Chongjin}}                   | {{p:Ma}}    | big one, go myself
No. 9  | 3/18 | {{r:No}}            | 1,200 | sister {{p:No Sun-ae}}                | {{r:Pyon}}  | "{{r:노철호}} the second time"
No. 11 | 3/22 | {{r:Kang Song-ho}}  | 1,000 | wife {{p:Jong Ok-hui}}                | {{r:Pyon}}  | extra for the wedding
No. 12 | 3/25 | {{p:Rim Hyok}}      | 2,200 | {{p:Rim}}'s uncle, {{u:Musan}}          | {{p:Ma}}    | uncle not home, leave with neighbour {{p:Tae-sik}}

Total carried (photo 6, bottom line): 20,300 RMB + 70 USD. Fee written as "10 per 100, {{p:Cha}} 12".

Translator's notes
- Row 4: "{{r:ㅌㅇㅅ}}" are the consonant initials of {{r:탁은송}}. {{r:Un-song}} confirms he wrote himself this way so that his name would not be in the book in full.
- Rows 2 and 9: the sender is the witness's roommate {{r:No Chol-ho}}. Do not confuse the surname with the abbreviation "No." at the start of each row.
- "{{p:Cha}}" and "{{p:Ma}}" are, according to {{r:Un-song}}, two other couriers working the {{u:Tumen River}} crossing. He never knew their full names; {{r:Pyon}} called the second one "old {{p:Ma}}".
- The last photo also shows a phone number under the name "{{p:Dong-chol}}" (crossed out). Withheld.
""",
    },
    {
        "id": "h63-en-03",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Han Tong-il", "한동일", "witness", ["Tong-il", "Uncle Tong-il"]),
            ("Han Ye-rin", "한예린", "relative", ["Ye-rin", "Yerin"]),
            ("Kil Chun-sik", "길춘식", "coworker", []),
        ],
        "note": "Online memorial page with a book of condolence; messages signed with full names, given names, Korean names and families; surname Moon beside the moon over a river; the word for unification discussed as a word; emoji after names; moderator replies by given name; logging towns and a hospital public.",
        "text": """In loving memory of {{r:HAN Tong-il}} ({{r:한동일}}), 1961 - 2024

Book of condolence. Messages are read by the family before they appear; moderated by {{r:Yerin}}.
The funeral was held on 22 March 2024 at {{u:Kingston Cemetery}}. In lieu of flowers, please support the community kitchen.

About {{r:Tong-il}}
Born in {{u:Hamhung}}. Nine winters in the logging camps of {{u:Khabarovsk Krai}}, then {{u:Seoul}}, and from 2011 {{u:New Malden}}, where everybody knew him as the man who fixed bicycles for free. He liked to say that his parents had named him after 통일, unification, "so I was born with homework". He died peacefully at {{u:Kingston Hospital}} with his daughter {{r:Ye-rin}} beside him.

Messages (27)

{{p:Sarah Whitlock}} . 24 Mar 2024
Rest well, Mr {{r:Han}}. You fixed my son's bike three times and never took a penny. 🕯️

{{p:박정애}} . 24 Mar 2024
{{r:동일}} 오빠, 이제 편히 쉬세요. 뉴몰든 골목에서 자전거 고치던 모습 잊지 않을게요.

{{r:Kil Chun-sik}} . 24 Mar 2024
We cut larch together outside {{u:Chegdomyn}} in 1996. When {{p:Pak}} the cook hid our bread ration, {{r:Tong-il}} walked into the kitchen and came out with all of it. I owe you my life, brother. See you by the {{u:Amur}}, under the same moon.

The {{p:Moon}} family (two doors down) . 25 Mar 2024
Dear {{r:Ye-rin}}, we are so sorry. Your dad taught our {{p:Joon}} to ride. 🙏

{{p:Kyung-ho}}, {{p:Seo-yeon}} and the kids . 25 Mar 2024
Uncle {{r:Tong-il}}, thank you for the kimchi every November.

A friend from the camp . 25 Mar 2024
He never told anyone here what {{p:Byon}} the brigade leader did to him in 1998. I will not tell it here either. He forgave more than I can.

Rev. {{p:Daniel Oh}} . 26 Mar 2024
It was a privilege to pray with {{r:Tong-il}} in his last week. He asked us to remember {{p:Choe Kwang-ho}} and {{p:Rim Yong-chol}}, who did not come back from the forest.

{{p:Margaret}} (allotment no. 14) . 26 Mar 2024
The runner beans you gave me are still growing, {{r:Tongil}}. 🌱

{{p:Hyun Ji-won}} . 27 Mar 2024
{{r:Han}} 선생님, thank you for coming to our school to talk about {{u:North Korea}}. We will remember.

Reply from the family . 27 Mar 2024
Thank you, {{p:Sarah}}, {{p:Jung-ae}} imo, {{r:Chun-sik}} ajeossi and everyone. Dad would be embarrassed by all this. - {{r:Yerin}}
""",
    },
    {
        "id": "h63-en-04",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Daniel An", "다니엘 안", "other", ["An"]),
            ("Rim Chol-ung", "림철웅", "witness", ["Larch"]),
        ],
        "note": "PhD viva joint examiners' report; candidate surnamed An beside the article 'an' and with possessive; fictional examiners private; interviewee pseudonyms that are also tree names (Birch, Chestnut) labelled only where they stand for a person; an interviewee's real name left unredacted in the thesis; real scholars cited neutrally.",
        "text": """JOINT REPORT OF THE EXAMINERS
Degree: Doctor of Philosophy
Candidate: {{r:Daniel AN}}
Thesis title: "Wages Without Workers: Remittance Extraction from North Korean Labour in the {{u:Russian Far East}}, 2008-2019"
Internal examiner: Professor {{p:Helen Marsh}}
External examiner: Dr {{p:Kenji Watanabe}}
Independent chair: Dr {{p:Ruth Abara}}
Date of oral examination: 9 October 2023

1. Summary of the thesis

Mr {{r:An}} offers an original account of how wages earned by dispatched workers were converted into payments to the state. The thesis rests on 31 interviews with former workers conducted in {{u:Seoul}}, {{u:Vladivostok}} and {{u:London}}, on Russian court records, and on an archive of work-unit ledgers. It engages carefully with {{u:Marcus Noland}} and {{u:Stephan Haggard}} on markets and with the literature on state-sanctioned forced labour produced for the {{u:International Labour Organization}}.

2. Conduct of the examination

The candidate defended the work with confidence. Dr {{p:Watanabe}} pressed him on sampling: 22 of the interviewees were recruited through one church network, and {{r:An}}'s reply, that "there is no neutral door into this population", was thoughtful but should be written into chapter 2.

3. Required corrections (minor, three months)

3.1 Anonymisation. The thesis uses tree names as pseudonyms ("{{p:Birch}}", "{{p:Chestnut}}", "{{r:Larch}}"). This works, but the convention is broken in places. On p. 143 the full name of an interviewee, {{r:Rim Chol-ung}}, appears in a quotation; on p. 151 the same man is called "Mr {{r:Rim}}" and on p. 160 "{{r:Chol-ung}}". Use his pseudonym, "{{r:Larch}}", throughout.
3.2 On p. 97, "{{p:Chestnut}}" describes being beaten by a brigade leader named as Comrade "{{p:Jo}}"; the name of a third party identified only by a former worker must be removed or justified.
3.3 The photograph on p. 112 shows a birch stand near {{u:Tynda}} with two men whose faces are visible. Blur them, or obtain consent as you did for {{r:Larch}}.
3.4 Interviewee 14 is called both "Mrs {{p:Ko}}" and "{{p:Ko Sun-hwa}}". If the latter is a real name it must go; it is also an odd fit with the tree names, since the others in her group are "{{p:Willow}}" and "{{p:Alder}}".
3.5 Appendix C still contains the consent-form file names (e.g. consent_{{r:rim}}_2019.pdf). Rename these.

4. Recommendation

The examiners agree that the degree be awarded subject to minor corrections, to be approved by Professor {{p:Marsh}}.

Signed by all three examiners (originals on file).
cc: {{r:Daniel An}}; supervisor Dr {{p:Yoon Seo-hyun}}; Doctoral School, {{u:SOAS University of London}}
""",
    },
    {
        "id": "h63-en-05",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Mun Hye-song", "문혜송", "witness", ["Hye-song", "Hyesong Moon"]),
            ("So Yong-jin", "소용진", "coworker", ["YJ"]),
        ],
        "note": "Civic-tech hackathon team sign-up sheet; witness now a developer, surname Mun written Moon beside moon as a word and a team called Moonshot; surname So beside 'so'; initials YJ as a nickname; GitHub handles spelling names; mentors and organisers private; platforms public.",
        "text": """TESTIMONY TOOLS HACK - weekend of 18-19 November 2023
Team sign-up sheet (copied from the shared doc; final at 09:40 Saturday)
Venue kindly lent by a co-working space in {{u:Shoreditch}}. Wi-Fi password on the whiteboard. Organisers: {{p:Nadia Hussain}}, {{p:Jae Park}}.

| Team | Members | GitHub | Challenge |
|------|---------|--------|-----------|
| Moonshot | {{r:Hyesong Moon}}, {{p:Oliver Grant}}, {{p:Lina Farouk}} | @{{r:hyesong-moon}}, @{{p:ogrant}}, @lf-dev | Offline-first interview recorder |
| Red Pen | {{p:Tomasz Zielinski}}, {{p:Aiko Mori}} | @{{p:tzielinski}}, @{{p:aikomori}} | Redaction checker for PDFs |
| So-and-So | {{r:So Yong-jin}}, {{p:Ben Carter}}, {{p:Chi-won}} | @{{r:yjso}}, @{{p:bcarter}} | Korean name matcher |
| (no name yet) | {{p:Gabriel}}, {{p:Ming}} | - | "something with {{u:Signal}}" |

Mentors on the floor: see the whiteboard.

Notes from the kickoff
- {{r:Hye-song}} spoke for five minutes about why she wants an offline recorder: at the restaurant in {{u:Shenyang}} the phones were checked every night by the manager, Comrade {{p:Jang}}, and by his wife {{p:Ok-sil}}.
- {{r:YJ}} ({{r:Yong-jin}}) worked with her at the same restaurant and now writes Python for a logistics firm. So his team will do names.
- Please do NOT use real testimonies. {{r:Moon}} has prepared a fake data set; the people in it ({{p:Kim Ok-ran}}, {{p:Ri Hak-bom}} and so on) are invented but look real, which is the point.
- {{p:Lina}} asked whether it is a problem that the team is called Moonshot when {{r:Hye-song}}'s surname is Moon. {{r:Hye-song}} said she likes it.
- Demo time Sunday 16:00. Judges: {{p:Nadia}} and a guest from {{u:Mozilla}}.

Code of conduct contact: {{p:Jae}} (07700 900 418)
""",
    },
    {
        "id": "h63-en-06",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Kim Son-hui", "김선희", "witness", ["Son-hui", "KIM S.H."]),
            ("Ju Kwang-il", "주광일", "supervisor", []),
        ],
        "note": "Bank's letter-of-credit discrepancy notice for a frozen seafood shipment, with the NGO's margin notes linking packing-list signatures to a witness; fictional bank officers and Chinese plant staff private; capitalised names and initials; ports, banks and the ICC public.",
        "text": """NOTICE OF REFUSAL - DOCUMENTARY CREDIT
Our ref: IMP/LC/22/00871    Date: 17 June 2022
Issuing bank: Nordhafen Handelsbank AG, Trade Finance Operations
To: {{u:Bank of China}}, {{u:Dandong}} Branch (presenting bank)
Attn: Ms {{p:WANG Lijuan}}, Documentary Credits

Credit amount: USD 412,800.00
Beneficiary: Dandong Haifeng Aquatic Products Co., Ltd.
Applicant: Elbe Frost Seafood GmbH, {{u:Hamburg}}
Goods: frozen Alaska pollock fillets, 22 x 40' reefer containers, shipped {{u:Dalian}} to {{u:Hamburg}}

We refer to your presentation dated 9 June 2022. We refuse to honour on the following discrepancies under UCP 600 (publication of the {{u:International Chamber of Commerce}}):

1. Packing list signed by "{{r:KIM S.H.}}, QC" and "{{r:JU K.I.}}, line manager". Credit calls for signature by an authorised signatory of the beneficiary. Neither name appears on the beneficiary's signatory list (signatories: {{p:ZHANG Hao}}, {{p:LIU Xiaomei}}).
2. Certificate of origin gives producer as "Haifeng Plant No. 2, {{u:Donggang}}", credit calls for {{u:Dandong}}.
3. Inspection certificate signed by Mr {{p:SUN Wei}} is dated after the bill of lading.
4. Bill of lading shows vessel as "HAI XING 7", insurance certificate as "HAIXING 7".

We hold the documents at your disposal pending further instructions.
For Nordhafen Handelsbank AG: {{p:Katrin Vogel}}, Senior Specialist / {{p:Jens Albers}}, Team Lead

-----
[NGO margin notes, added by {{p:J. Lim}}, 2 March 2023]
- The "{{r:KIM S.H.}}" signature on the packing list: our witness {{r:Kim Son-hui}} ({{r:김선희}}) recognised her own initials. She signed QC sheets for the Korean line from 2019 to 2022 but had no authority to sign export papers. {{r:Son-hui}} says {{r:Ju}} told the women to sign whatever {{p:Zhang}} put in front of them.
- "{{r:JU K.I.}}" = {{r:Ju Kwang-il}} ({{r:주광일}}), the brigade leader. {{r:Son-hui}} describes him as the only man allowed to leave the compound.
- The importer has not answered our letter. Ask {{p:Anke}} whether the bank would talk to us.
- This notice came to us from a former employee of the importer who asked to remain unnamed ("{{p:H.}}").
""",
    },
    {
        "id": "h63-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ryu Song-mi", "류송미", "witness", ["Song-mi"]),
            ("Ryu Ha-rin", "류하린", "relative", ["Ha-rin", "Harin"]),
            ("Ho Man-sik", "허만식", "other", []),
        ],
        "note": "Locksmith's emergency job sheet for a survivor's flat after a threat, with key-holder list; technician nickname; surname Ha for an unregistered neighbour beside the registered daughter Ha-rin; police officer and housing officer private; lock brand, police force and charity public.",
        "text": """CITYSAFE LOCKS - JOB SHEET #24-1187
Date: 06/02/2024   Call received: 21:48   On site: 22:35   Completed: 23:50
Technician: {{p:Gary Pryce}} ("{{p:Gaz}}")   Van: 3
Customer: Ms {{r:RYU Song-mi}}   Address: Flat 4, [withheld], {{u:Croydon}}
Referred by: women's refuge line ({{u:Refuge}}) / caseworker {{p:Amira Said}}, mob. 07700 900 233
Police ref: CAD 8812/06FEB, {{u:Metropolitan Police}}, PC {{p:Ellis}} (attended 21:20)

Job description
Customer reports her former partner, Mr {{r:Ho}}, has a key and came to the flat tonight. Change all locks. {{r:Ho}} is under a non-molestation order since January (per PC {{p:Ellis}}).

Work done
- Front door: replaced euro cylinder with {{u:Yale}} anti-snap, 5 keys cut.
- Fitted door chain and viewer.
- Window lock, daughter's bedroom.
Parts GBP 96.00 / Labour GBP 120.00 (out of hours) / Total GBP 216.00 - invoiced to caseworker, not to customer.

Key holders (customer's instructions, keys numbered)
1. {{r:Song-mi}} (customer)
2. {{r:Ha-rin}} (daughter, 15)
3. {{p:Amira Said}} (caseworker) - sealed envelope
4. Neighbour Mrs {{p:Ha}} (Flat 3) - "only if {{r:Harin}} is locked out"
5. Spare - kept by Citysafe office, released only to {{r:Ryu}} in person with ID
NOT to be given to: {{r:Ho Man-sik}} ({{r:허만식}}), or to his friend "{{p:Big Lee}}" or anyone sent by them.

Technician notes
Customer was calm but shaking. {{r:Ha-rin}} translated for her mum. Said he had come at 9pm, kicked the door, shouted her name. Old cylinder had fresh scratch marks. Advised customer to keep the chain on. Told her the new cylinder is rated for 10 minutes minimum. {{r:Ryu}} asked if he can copy the key from a photo - told her no. Mrs {{p:Ha}} next door came out and offered tea, nice lady.

Signed customer: {{r:류송미}}   Signed tech: {{p:G. Pryce}}
""",
    },
    {
        "id": "h63-en-08",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Choe Un-jong", "최은정", "witness", ["Un-jong", "Choi Eun-jung"]),
            ("Pak Se-hyok", "박세혁", "relative", ["Se-hyok"]),
            ("Choe Yong-ae", "최영애", "relative", []),
        ],
        "note": "NHS antenatal booking appointment notes with a telephone interpreter; patient in North and South romanization; obstetric history from a restaurant posting in China; partner and mother registered; midwife, interpreter and GP private; hospitals, NHS and places public.",
        "text": """MATERNITY BOOKING APPOINTMENT - CONFIDENTIAL
Trust: {{u:St George's University Hospitals NHS Foundation Trust}}
Clinic: Community antenatal, {{u:Tooting}} hub   Date: 11/01/2024   Gestation by LMP: 9+2
Patient: {{r:CHOI Eun-jung}} (registered with GP as {{r:Choe Un-jong}}, both spellings on record)   DOB 14/05/1995
NHS no.: on system   Booked by: RM {{p:Bethany Cole}}
Interpreter: telephone, Korean, ID 40117 ("{{p:Soo-ah}}") - patient happy with female interpreter
GP: Dr {{p:A. Okonkwo}}, Mitcham Lane Surgery

Social history
Lives with partner {{r:Pak Se-hyok}} (32), self-employed, present for first half of appointment. Patient asked to speak alone for second half; {{r:Se-hyok}} waited outside without objection. Came to UK 2021 via {{u:South Korea}}. Before that worked 2014-2018 in a {{u:DPRK}}-run restaurant in {{u:Shenyang}}, {{u:China}}, as a waitress and singer. Mother {{r:Choe Yong-ae}} believed to be in {{u:Pyongyang}}, no contact since 2019.

Obstetric history
G2 P0. 2017: termination in {{u:Shenyang}} at approx. 10 weeks, arranged by the restaurant manager ("Mrs {{p:Kang}}"), not by choice. Patient says two other waitresses, {{p:Hyang-mi}} and {{p:Ok-ju}}, had the same. No complications known. Patient became tearful; offered perinatal mental health referral - accepted.

Safeguarding
Routine enquiry: no DV disclosed. Patient describes partner as supportive. Asked whether anyone from the restaurant could find her; she is unsure. {{r:Un-jong}} asked that her old name from {{u:China}}, "{{r:崔恩贞}}", never appear on letters. Flagged.

Plan
Dating scan booked 22/01. Bloods taken today. Perinatal MH referral to Dr {{p:Fiona Grant}}. Next appointment 16 weeks, with interpreter. Partner {{r:Pak}} to be given leaflets in Korean.

RM {{p:B. Cole}} 11/01/2024 15:42
""",
    },
    {
        "id": "h63-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kye Ok-sim", "계옥심", "witness", ["Ok-sim"]),
            ("Jon Myong-guk", "전명국", "witness", ["Myong-guk"]),
            ("Yun Tae-song", "윤태성", "coworker", []),
        ],
        "note": "Museum audio-guide script for a small exhibition of objects lent by former workers; track numbers and narrator cues; lenders named with consent; a construction helmet from Qatar and a ledger from Russia; voice actors and curator private; real stadium, cities and museum partner public; a surname used as a nickname in a quoted scene.",
        "text": """AUDIO GUIDE SCRIPT - "Sent Abroad: Objects from the Work Brigades"
Version 4 (for recording 12 July). Narrator A: {{p:Ruth Ellingham}}. Narrator B (Korean voice): {{p:Lee Hana}}. Producer: {{p:Sam O'Neill}}.

TRACK 01 - Welcome
NARRATOR A: Welcome. Everything in this room was carried out of a work site by the person who lent it to us. Some of the lenders asked to be named. Others did not, and we have respected that.

TRACK 02 - The white helmet (case 1)
NARRATOR A: This helmet came from a building site in {{u:Lusail}}, {{u:Qatar}}, a few kilometres from {{u:Lusail Stadium}}. Its owner, {{r:Jon Myong-guk}}, wrote his brigade number inside the rim in marker pen. Look closely and you can also see a name scratched out: {{r:Yun Tae-song}}, the friend who wore it before him.
NARRATOR B (Korean, subtitled): "{{r:태성}}이가 먼저 썼어요. 그 다음에 제가."
NARRATOR A: "{{r:Tae-song}} wore it first," {{r:Myong-guk}} says. "Then me." {{r:Yun}} was sent home in 2017 after a fall. {{r:Jon}} never learned what became of him.

TRACK 03 - The ration ledger (case 2)
NARRATOR A: A school exercise book, ruled by hand. It records rice, oil and cigarettes issued to eleven men at a logging camp near {{u:Tynda}} in the winter of 2009. The book was kept by a foreman the men called "{{p:Goat}}". The names of the men have been covered, at their request, except one: "{{p:Paek}}", whose family asked that he be remembered.

TRACK 04 - The embroidered handkerchief (case 3)
NARRATOR A: {{r:Kye Ok-sim}} embroidered this handkerchief in a garment factory in {{u:Dandong}}, on her only day off each month. The flowers are azaleas, from her home county near {{u:Kusong}}. The initials in the corner, K.O.S., are her own.
NARRATOR B: "{{r:옥심}}아, 그건 팔지 마라."
NARRATOR A: "{{r:Ok-sim}}, don't sell that one." Her roommate, {{p:Hwang Sun-i}}, said it when the factory held its sale for visiting traders. {{r:Ok-sim}} kept it for eleven years.

TRACK 05 - Listening station
NARRATOR A: Here you can hear {{r:Myong-guk}} and {{r:Ok-sim}} in conversation, recorded at the {{u:Korean Cultural Centre UK}} in 2023 and moderated by our curator, Dr {{p:Esther Yoo}}. Thanks also to {{p:Ji-ho}} and {{p:Margot}}, who translated.
""",
    },
    {
        "id": "h63-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Hyok-chol", "최혁철", "witness", ["Hyok-chol"]),
            ("Ri Kum-suk", "리금숙", "witness", ["Kum-suk"]),
            ("Sin Yong-bom", "신용범", "supervisor", []),
        ],
        "note": "Draft stakeholder submission for the Universal Periodic Review with tracked comments asking to remove names; witnesses in numbered paragraphs and footnotes; commenter initials; countries as nouns, UN bodies and a sanctions resolution's committee public.",
        "text": """DRAFT v3 - NOT FOR CIRCULATION
Joint stakeholder submission to the 4th cycle Universal Periodic Review of the {{u:Democratic People's Republic of Korea}}
Submitted to the {{u:Office of the United Nations High Commissioner for Human Rights}} for the {{u:Human Rights Council}}

B. Overseas labour (paragraphs 14-19)

14. Since the 3rd cycle, the {{u:DPRK}} has continued to send workers to the {{u:Russian Federation}} and {{u:China}} in breach of {{u:UN Security Council}} resolution 2397 (2017), whose implementation is monitored by the {{u:1718 Committee}}. The submitting organisations interviewed 46 former workers between 2020 and 2024.

15. Workers describe passport confiscation, 12- to 16-hour days and deductions of 70 to 90 per cent of wages. One former construction worker, {{r:Choe Hyok-chol}},[fn 12] described how his brigade leader, {{r:Sin Yong-bom}}, held all passports in a safe in his room in {{u:Vladivostok}}.
    [Comment {{p:JK}}: remove both names - we agreed initials only. Replace with "Mr C." and "the brigade leader".]
    [Reply {{p:MH}}: {{r:Hyok-chol}} explicitly asked to be named. The leader stays out.]

16. Women in seafood processing in two Chinese border cities described being locked into dormitories at night. A former worker, {{r:Ri Kum-suk}}, said: "{{r:Kum-suk}} was not my name there. They called us by our bed numbers."[fn 13]
    [Comment {{p:SP}}: double-check the quote - is she speaking of herself in the third person? Ask {{p:Yoo-jin}}.]

17. Several interviewees referred to a "loyalty fund" contribution collected by a political officer. One gave the officer's name as "{{p:Kang}}", another as "{{p:Kang Chol-min}}". [Comment {{p:JK}}: delete.]

18. Recommendations: (a) ratify the core {{u:ILO}} conventions on forced labour; (b) allow the {{u:Special Rapporteur on the situation of human rights in the Democratic People's Republic of Korea}} to visit; (c) ensure that workers abroad hold their own passports.

Footnotes
12. Interview 2022-07, {{u:Seoul}}, interviewer {{p:M. Hwang}}. {{r:Choe}} consented to the use of his name.
13. Interview 2023-02, {{u:Busan}}, interviewer {{p:Park Yoo-jin}}; interpreter {{p:Dana}}. {{r:Ri}} consented to the use of her name but not her photograph.
""",
    },
    {
        "id": "h63-en-11",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yu Chol-bom", "유철범", "witness", ["Chol-bom"]),
            ("Yu Ok-sun", "유옥순", "relative", []),
        ],
        "note": "Three court-transcript order forms to a transcription company for an asylum appeal; appellant surname Yu in a case name against the Home Secretary; given name before surname in capitals; fictional judges, solicitors and clerks private; tribunal, hearing centre and Home Office public; a mother's statement in a related case.",
        "text": """TRANSCRIPT ORDER FORM (1 of 3)
Supplier: Thamesway Court Reporting Ltd
Court/Tribunal: {{u:First-tier Tribunal (Immigration and Asylum Chamber)}}, {{u:Taylor House}}
Case name: {{r:YU}} v {{u:Secretary of State for the Home Department}}   Appeal no.: PA/04412/2023
Hearing date: 14 March 2024   Judge: First-tier Tribunal Judge {{p:Okafor}}
Portion required: evidence of the appellant (examination-in-chief and cross-examination) and closing submissions
Ordered by: {{p:Lucy Barnes}}, Solicitor, Barnes Hartley, for the appellant, Mr {{r:Chol-bom YU}}
Delivery: 7 working days, PDF, e-mail to {{p:lucy.barnes}}@barneshartley.co.uk
Special instructions: Korean interpreter on the record (Mr {{p:Jeon}}); please spell Korean and Russian place names as in the glossary attached.

TRANSCRIPT ORDER FORM (2 of 3)
Court/Tribunal: {{u:Upper Tribunal (Immigration and Asylum Chamber)}}, {{u:Field House}}
Case name: {{u:Secretary of State for the Home Department}} v {{r:Yu Chol-bom}}   Appeal no.: UI-2024-001177
Hearing date: 2 July 2024   Judges: Upper Tribunal Judge {{p:Pennington}}, Deputy Upper Tribunal Judge {{p:Ahmed}}
Portion required: the whole of the hearing, including the Presenting Officer's submissions (Mr {{p:Cartwright}})
Ordered by: {{p:Lucy Barnes}}, as above
Notes: the Upper Tribunal clerk, {{p:Dawn}}, says the recording of the morning session is incomplete. Please flag any gaps. In the first transcript "Mr {{r:You}}" and "Mr {{r:Ryu}}" were both used for the appellant - please use "Mr {{r:Yu}}" throughout.

TRANSCRIPT ORDER FORM (3 of 3)
Court/Tribunal: {{u:First-tier Tribunal (Immigration and Asylum Chamber)}}, {{u:Hatton Cross}}
Case name: {{r:YU Ok-sun}} v {{u:Secretary of State for the Home Department}}   Appeal no.: PA/01930/2024
Hearing date: 19 August 2024   Judge: Tribunal Judge {{p:Whitfield}}
Portion required: oral evidence of the witness {{r:Yu Chol-bom}} (son of the appellant) only
Ordered by: {{p:Hamza Idris}}, trainee, for {{p:Lucy Barnes}}
Notes: the appellant Mrs {{r:Yu}} gave evidence through interpreter {{p:Kim Eun-hye}}. {{r:Chol-bom}} gave evidence in English. Invoice to firm, not to client.

Internal (Thamesway): jobs 1 and 2 assigned; job 3 pending QA.
""",
    },
    {
        "id": "h63-en-12",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kye Song-chol", "계성철", "witness", ["Song-chol"]),
            ("Ri Hyon-u", "리현우", "supervisor", ["Hyon-u"]),
            ("Kim Tu-man", "김두만", "coworker", []),
            ("Ma Kyong-su", "마경수", "coworker", []),
        ],
        "note": "Ferry ticket-office booking ledger for the Rajin-Vladivostok route, typed from a photographed page; group bookings by brigade leaders; passport-style capitals without hyphens; real ferry and operator public; ticket clerk private; cabin classes and berth numbers as noise.",
        "text": """Ticket office ledger, ferry {{u:Man Gyong Bong}}, {{u:Rajin}} - {{u:Vladivostok}} line (operator {{u:InvestStroyTrest}})
Page for sailings of 25 and 29 August 2017. Typed from photo supplied by {{r:Kye Song-chol}}; original in Russian and Korean.
Clerk on duty: {{p:Nadezhda K.}} (initials on each line: "N.K.")

Sailing 25.08 {{u:Rajin}} -> {{u:Vladivostok}}
 1 | group 14 pax | leader {{r:RI HYON U}} | 3rd class, berths 301-314 | paid cash USD | N.K.
 2 |  - members listed on attached sheet: {{r:KYE SONG CHOL}}, {{r:KIM TU MAN}}, {{p:PAK UN GIL}}, {{p:CHOE MYONG HO}}, {{p:JANG SONG IL}}, {{p:SIN CHOL}}, {{p:TONG IL HO}}, {{r:MA KYONG SU}}, {{p:PYON CHANG HO}}, {{p:KIM SONG CHOL}} (2nd)
 3 | 2 pax | {{p:ZHANG Yuhua}}, {{p:ZHANG Lei}} | 2nd class cabin 12 | tourists ({{u:China}})
 4 | 1 pax | {{p:SMIRNOV A.V.}} | 1st class | company rep.
 5 | cargo | 3 cars + 40 boxes | consignee "Primorskaya Stroy" | weight 4.1 t

Sailing 29.08 {{u:Vladivostok}} -> {{u:Rajin}}
 6 | 1 pax | {{p:KANG UN HYE}} | 3rd class | return, sick (note: "hospital, see Dr {{p:Lim}}")
 7 | 3 pax | {{p:YU SON IL}}, {{p:YU SON HUI}}, {{p:NO HAK}} | 3rd class | families
 8 | group 6 pax | leader {{r:RI HYON U}} (again) | escorting 5 returning |

Witness comments (from interview with {{r:Song-chol}}, 2022):
- {{r:Hyon-u}} was the brigade leader who took them across and came back four days later with the sick and the "problem" workers. Line 8, "escorting 5 returning", is men sent home: {{r:Song-chol}} names two as {{r:Ma Kyong-su}} and {{p:Tong Il-ho}}, who had argued with {{r:Ri}} about pay.
- {{r:Kim Tu-man}} and the witness shared berths 306-307. {{r:Tu-man}} later ran from the site and he does not know where he is.
- The Russian clerk "{{p:Nadya}}" was kind, gave them tea. "{{p:Smirnov}}" was the man from the construction company who met them at the port.
- The second {{p:KIM SONG CHOL}} in line 2 is a different man from another county; the list says "(2nd)" because there were two.
""",
    },
    {
        "id": "h63-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Hwang Kum-ok", "황금옥", "witness", ["Kum-ok"]),
            ("Jo Song-hak", "조성학", "witness", ["Song-hak"]),
            ("O Chun-hwa", "오춘화", "witness", []),
        ],
        "note": "Caterer's invoice with headcount and dietary requirements per named guest for a survivors' forum; surname O in a list; a guest who is also a speaker; caterer staff private; venue, borough and parliament committee public; 'no' as an ordinary word in a dietary column.",
        "text": """INVOICE 2024/117 - Anatolia Kitchen Catering
To: NK Workers Support (attn. {{p:Grace Lim}})
Event: Survivors' Forum, 28 September 2024, {{u:Conway Hall}}, {{u:Red Lion Square}}, {{u:London}}
Delivery: 11:30, back entrance. Contact on the day: {{p:Mehmet}} 07700 900 612 (or {{p:Selin}})

Lunch for 34 guests, mixed mezze buffet               34 x GBP 18.50 = GBP 629.00
Separate plates (dietary, labelled with names)          7 x GBP 4.00  = GBP  28.00
Tea/coffee all day                                                     GBP  85.00
Total                                                                  GBP 742.00

Named plates (as given to us by {{p:Grace}}):
1. {{r:Hwang Kum-ok}} - diabetic, no rice, no sweets
2. {{r:Jo Song-hak}} - no pork (says it makes him ill since the camp)
3. {{r:O Chun-hwa}} - soft food only, dental treatment
4. Mrs {{p:O Mi-rae}} - vegetarian (not the same as no. 3!)
5. {{p:Hassan Qureshi}} (speaker) - halal
6. {{p:Yoon}} (interpreter) - nut allergy, SEVERE - epipen
7. {{p:Baek Ji-hoon}} - gluten free

Seating note from client: {{r:Kum-ok}} and {{r:Chun-hwa}} to sit together, near the door. {{r:Song-hak}} will speak in the afternoon session, chaired by Dr {{p:Naomi Price}}; please have his plate ready by 12:15 so he can eat before. The guests from the {{u:All-Party Parliamentary Group on North Korea}} secretariat ({{p:Tom}}, {{p:Harriet}}) are included in the 34. No photographs of guests please; a crew from {{u:BBC Korean}} may film the room before lunch only.

Leftovers: client agrees to donate to the {{u:Trussell Trust}} food bank on {{u:Holborn}}? No - to the church hall on {{u:Lamb's Conduit Street}}, ask for Father {{p:Michael}}.

Payment within 14 days. Bank details overleaf. Thank you! {{p:Mehmet Aydin}}
""",
    },
    {
        "id": "h63-en-14",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Ha Yong-chol", "하용철", "witness", ["Yong-chol"]),
            ("Ha Kyong-ae", "하경애", "relative", ["Kyong-ae"]),
            ("Ha Jin", "하진", "relative", ["Jin"]),
        ],
        "note": "NGO-assisted batch of GP registration forms summarised for a surgery; family surnamed Ha with a one-syllable given name; fullwidth letters copied from a phone form; previous-address and next-of-kin fields; other applicants unregistered; surgery staff private; NHS bodies and towns public.",
        "text": """GP REGISTRATION BATCH - handed in at Fairfield Medical Practice, {{u:New Malden}}, 3 June 2024
Prepared by: {{p:Soo-min Jang}} (volunteer), checked by {{p:Rachel Ogden}} (caseworker)
For the attention of: {{p:Debbie}}, practice manager. Proof of address is NOT required for registration ({{u:NHS England}} guidance); please do not turn people away.

1. {{r:ＨＡ Yong-chol}} (as typed on his phone; please register as {{r:HA Yong-chol}})
   DOB 02/02/1979. Previous GP: none in UK. Previous address: {{u:Seoul}}, {{u:Republic of Korea}}.
   Next of kin: wife {{r:Ha Kyong-ae}}. Medical: back injury from work in {{u:Russia}}, needs referral. Interpreter: yes.
2. {{r:HA Kyong-ae}}
   DOB 15/09/1982. Next of kin: husband {{r:Yong-chol}}. Interpreter: yes. Asked for female GP.
3. {{r:HA Jin}}
   DOB 30/11/2012. Parent/guardian: {{r:Ha Yong-chol}}, {{r:Ha Kyong-ae}}. School: local junior school.
   Note: {{r:Jin}} has asthma, inhaler brought from home running out.
4. {{p:KO Man-chol}}
   DOB 19/07/1966. Next of kin: none. Lives alone. Interpreter: yes.
5. {{p:SEO Hyang-hui}}
   DOB 08/03/1990. Next of kin: partner {{p:Kevin Doyle}}. Interpreter: no. Pregnant (approx. 20 weeks) - please expedite; midwife self-referral done via {{u:Kingston Hospital}}.
6. {{p:SEO Un-gyong}}
   DOB 01/01/1958 (mother of no. 5, "1 January" because real date unknown). Next of kin: daughter {{p:Hyang-hui}}.
7. {{p:RI Chang-ho}}
   DOB 27/06/1985. Previous GP elsewhere - records to be transferred.

Volunteer's notes
- {{r:Yong-chol}} and {{r:Kyong-ae}} came to the UK in April. {{r:Kyong-ae}} will collect the letters for the whole family.
- Mr {{p:Ko}} and Mr {{p:Ri}} asked whether registering could be reported to the {{u:Home Office}}. Explained as well as I could. {{p:Rachel}} to follow up.
- {{p:Hyang-hui}} prefers to be called "{{p:Hannah}}".
- The child {{r:Jin}} should NOT be mixed up with {{p:Jin Min-seo}}, who registered last month.

Sign-off: {{p:S. Jang}} / {{p:R. Ogden}}
""",
    },
    {
        "id": "h63-en-15",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Chung-guk", "김충국", "witness", ["Chung-guk", "Kimchi"]),
            ("Paek Ryon-hui", "백련희", "other", ["Ryon-hui", "Seoul Sister"]),
        ],
        "note": "Comedy open-mic sign-up sheet and host's running notes; a former logging worker with a stage nickname that is also a food word; impressions of a real leader beside the private surname Kim; stage names labelled as nicknames of their performers (one containing a capital city's name), a double act's name unmarked; venue staff private; real leaders and places mentioned neutrally in set titles.",
        "text": """OPEN MIC - THE CELLAR, Thursday 7 March
Sign-up sheet (first come, 5 min each, light at 4:30)
Host: {{p:Jamie Rourke}}. Sound: {{p:Pete}}. Door: {{p:Ayo}}.

Slot | Act (as written) | Real name (for payment / DBS, NOT for announcing) | Notes
1  | {{p:Simon Y.}}              | {{p:Simon Yeo}}            | new
2  | "{{r:Kimchi}}"             | {{r:Kim Chung-guk}}         | 2nd time, wants slot 2 or 3 only
3  | Two Pints              | {{p:Laura Finch}} + {{p:Mo}}    | double act, 7 min?
4  | {{r:Seoul Sister}}            | {{r:Paek Ryon-hui}}        | sings 1 song at end
5  | {{p:Big Dave}}                | {{p:Dave Holloway}}         | regular
6  | {{p:Magda}}                 | {{p:Magdalena Nowak}}       | poems
7  | {{p:Comrade Chuckles}}        | {{p:Ed Park}}               | ???

Host notes (scribbled)
- {{r:Kimchi}}: ex-lumberjack from {{u:North Korea}}, did 6 years logging he says. Bit on "my brigade leader {{p:Pak}} counted trees like money" killed last time. Intro him as "{{r:Kimchi}}, all the way from {{u:Pyongyang}} via {{u:Amur}}"? He says not to say his real name, not even "{{r:Chung-guk}}". Don't say Kim either, there are too many.
- {{r:Kimchi}} has a bit where he does {{u:Kim Jong Un}} and {{u:Vladimir Putin}} at a sauna. Fine, but no photos of him on social media, he asked.
- {{r:Ryon-hui}} ({{r:Seoul Sister}}) used to sing at a restaurant in {{u:Ningbo}}. She's doing a song about the manager, "Madam {{p:Cho}}". Audience loved her in Feb.
- {{p:Comrade Chuckles}} ({{p:Ed}}) doing {{u:North Korea}} jokes too - put him far from {{r:Chung-guk}} in the order so it doesn't look like a theme night.
- Payment: 5 quid bar tab each; {{r:Paek}} and {{r:Kim}} get a taxi home (charity covers, ask {{p:Jiyoung}}).
""",
    },
    {
        "id": "h63-en-16",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Jang Sun-hui", "장순희", "witness", ["Sun-hui", "Sun"]),
            ("Mun Ok-ryon", "문옥련", "witness", ["Ok-ryon", "Ok"]),
            ("Ri Pong-sil", "리봉실", "witness", []),
            ("Ko Min-ja", "고민자", "witness", ["Min-ja"]),
        ],
        "note": "Women's craft circle attendance book with weekly notes; a registered woman called Sun beside the sun and Sunday; an auntie nickname; surname Mun beside 'moon' in a knitting pattern name; a volunteer called Joy beside the word joy; pattern swaps and who took what; community centre and shop public.",
        "text": """STITCH & TEA - attendance book, spring term 2024
Tuesdays 10:30-12:30, community room, {{u:New Malden}} library. Volunteer lead: {{p:Joy Whitaker}}.

Date    | Present                                                            | Notes
9 Jan   | {{r:Sun-hui}}, Auntie {{r:Ok}}, {{r:Pong-sil}}, {{r:Min-ja}}, {{p:Helen}}, {{p:Joy}}             | new year, mince pies left over
16 Jan  | {{r:Sun}}, {{r:Ok-ryon}}, {{r:Min-ja}}, {{p:Eun-sook}}, {{p:Joy}}                               | {{r:Pong-sil}} ill
23 Jan  | {{r:Sun}}, Auntie {{r:Ok}}, {{r:Pong-sil}}, {{p:Eun-sook}}, {{p:Hye-won}} (new!), {{p:Joy}}      | started the Half Moon shawl pattern
30 Jan  | {{r:Sun-hui}}, {{r:Ri Pong-sil}}, {{p:Helen}}, {{p:Joy}}                                     | sun came out, sat by window
6 Feb   | all of the above + Mrs {{p:Baek}}'s daughter {{p:Sora}}                                      | Lunar New Year cards

Pattern & wool swap (who took what)
- Half Moon shawl (pattern from {{u:Ravelry}}): {{r:Ok-ryon}}, {{p:Eun-sook}}
- 4 balls grey DK from {{u:John Lewis}} sale: {{r:Sun}}
- Crochet hook set, donated by {{p:Helen}}: {{r:Pong-sil}}
- Baby hat pattern: {{p:Hye-won}} (for her sister {{p:Hye-jin}} in {{u:Seoul}})

{{p:Joy}}'s notes (private, not for the board)
- Auntie {{r:Ok}} ({{r:Mun Ok-ryon}}) told the group today about sewing uniforms in {{u:Dandong}} for nine years, 16 hours a day. Everyone went very quiet. {{r:Sun-hui}} held her hand. She said the forewoman, Comrade {{p:Yang}}, counted the stitches per minute with a stopwatch. Asked if she wants to talk to the project about it - said maybe, after Easter.
- {{r:Sun}} says she was in a wig factory in {{u:Hunchun}}, not a garment one. She makes the best tension of anyone. Don't call her "{{r:Jang}} ajumma", she doesn't like it.
- {{r:Pong-sil}} is very shy. Came with her neighbour Mrs {{p:Baek}} the first time.
- Sunday market stall idea - sell the hats, money to the group? Ask {{p:Helen}} and the library manager ({{p:Clive}}).
- Real joy to see {{r:Ok-ryon}} laughing today.
""",
    },
    {
        "id": "h63-en-17",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Tong Kwang-myong", "동광명", "witness", ["Kwang-myong"]),
            ("Yun Chae-ok", "윤채옥", "relative", ["Chae-ok"]),
            ("Pyon Il-su", "변일수", "coworker", []),
            ("No Sung-il", "노성일", "coworker", []),
        ],
        "note": "Overseas-voter registration drive list for South Korean elections run at a community event in England; registrants in surname-first and surname-last order; surnames No and Yu beside the words no and you; helper initials; embassy, election commission and towns public; election candidates not named.",
        "text": """OVERSEAS VOTER REGISTRATION - HELP DESK LOG
22nd general election (10 April 2024) - overseas registration closes 10 February
Registration is made online with the {{u:National Election Commission}}; we only help people fill it in. Forms are checked by the {{u:Embassy of the Republic of Korea in the United Kingdom}}.
Desk at the community hall, {{u:New Malden}}, Saturday 20 January. Helpers: {{p:JH}}, {{p:SY}}, {{p:Minho}}.

#  | Name (as on passport)   | Status            | Helper | Note
01 | {{r:TONG Kwang Myong}}        | done              | {{p:JH}}     | first time voting "anywhere real" - his words
02 | {{r:Chae-ok Yun}}             | done              | {{p:JH}}     | wife of 01
03 | {{r:NO Sung-il}}              | no passport with him | {{p:SY}}  | come back next week
04 | {{p:Hyeon-ju Yu}}             | done              | {{p:SY}}     | asked "will you tell anyone I vote?" - no
05 | {{r:PYON Il Su}}              | done              | {{p:Minho}}  | worked with 01 in {{u:Kuwait}}
06 | {{p:Ri Chun-ok}}              | done              | {{p:Minho}}  |
07 | {{p:Ri Myong-chol}}           | not eligible      | {{p:JH}}     | British passport only - explained
08 | {{p:So Yeon-hee}}             | done              | {{p:SY}}     | student, {{u:University of Surrey}}

Notes
- {{r:Kwang-myong}} and {{r:Il-su}} were on the same building site in {{u:Kuwait City}} in 2015-16. {{r:Tong}} said voting is "the opposite of the brigade meeting". {{r:Pyon}} laughed and said no, the opposite of the brigade meeting is going home early.
- Mr {{r:No}} (03) says he will come next Saturday. {{r:No}}'s wife may come too.
- {{p:Hyeon-ju}} asked us to help you-know-who next time (her mother, not registered yet).
- {{r:Chae-ok}}'s mother-in-law lives in a care home; {{r:Chae-ok}} wants to know if she can vote for her. No!
- Total: 6 done, 1 not eligible, 1 incomplete. Sent summary to {{p:Ji-hye}} at the association.
""",
    },
    {
        "id": "h63-ko-01",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Choe Kwang-su", "최광수", "witness", ["광수"]),
            ("Pak Yong-dok", "박용덕", "supervisor", []),
            ("Kim Yong-ran", "김영란", "relative", ["영란"]),
        ],
        "note": "Designated-driver's phone memo of calls, shown at counselling; customers with titles (사장님, 과장, 님) outside the mention; the driver recognises a former site manager among the customers; affectionate 이 after a given name in a quoted phone call; Seoul districts public.",
        "text": """대리운전 콜 메모 (기사 {{r:최광수}}, 2023년 11월)
본인이 휴대폰 메모장에 적어 둔 것을 11월 20일 상담 때 보여 줌. 상담원 {{p:정다은}}이 그대로 옮겨 적음. 요금은 생략.

11/03 21:40 식당 앞 → 아파트 / 손님 {{p:이민호}} 님, 많이 취함, 팁 만원
11/03 23:15 호프집 앞 → 아파트 단지 / {{p:윤}} 사장님, 벤츠. 차 긁혔다고 트집 잡다가 그냥 감
11/04 00:50 회사 앞 → 오피스텔 / {{p:김지현}} 님, 조용한 여자분
11/05 22:10 고깃집 → 빌라 / {{p:한}} 과장 (법인차), 회사 욕 한 시간
11/06 휴무 - {{r:영란}}이 생일. 케이크 사 감
11/07 21:30 노래방 → {{u:일산}} / 손님 두 명 {{p:민수}}, {{p:태호}}. 뒷자리에서 싸움
11/09 21:05 {{u:연신내}} → {{u:일산}} / 손님 이름 {{r:박용덕}}
   → 목소리 듣고 알았다. {{u:러시아}} 현장 {{r:박}} 지배인. 심장이 떨어지는 줄. 그 사람은 나를 못 알아봄.
   → 뒷자리에서 누구랑 통화: "{{p:용철}}이 그 새끼 돈 아직 안 보냈냐", "{{p:석진}}이한테 말해 놔라"
   → 내릴 때 "기사님 고향이 어디요" 물어서 {{u:강원도}}라고 거짓말함
11/10 손이 떨려서 일 못 나감. {{r:영란}}이가 그만두라고 함
11/12 22:40 술집 → 호텔 / {{p:Daniel}}이라는 외국 손님, 영어로 길 안내
11/14 23:00 같은 식당 → 같은 아파트 / 또 {{r:박용덕}}. 콜 취소함. 동료 {{p:장}}기사가 대신 받음
11/15 {{p:장}} 기사한테 물어봄. 그 손님 {{u:일산}} ○○아파트 산다고. 혼자 산다고.

상담원 메모
- {{r:광수}} 씨는 2012~2016년 {{u:블라디보스토크}} 건설 현장에서 일했고, 당시 지배인이 {{r:박용덕}}이라고 함. {{r:박}} 지배인은 임금을 모아 두었다가 "충성자금"으로 가져갔다고 진술.
- {{r:최광수}} 씨는 {{r:박}} 씨가 {{u:한국}}에 들어와 있다는 사실에 큰 충격을 받음. 신고 의사는 아직 없음.
- 부인 {{r:김영란}} 씨도 함께 상담 받기를 원함. 다음 상담 12월 1일.
- {{p:장}} 기사 이름은 기록에서 빼 달라고 함 (회사 동료라서).
""",
    },
    {
        "id": "h63-ko-02",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Sun-ok", "리순옥", "witness", ["순옥"]),
            ("Ri Chol-nam", "리철남", "relative", ["철남", "Ri Chol Nam"]),
            ("Kang Ok-bun", "강옥분", "relative", []),
        ],
        "note": "Q&A-site question from a woman looking for her brother sent to Russia, with answers; masked user IDs unmarked; brother in Hangul, passport romanization and with 이 before 오빠; answerers name other workers and a team leader by surname plus title; public aid organisations; a nickname that is an ordinary word (장대) for an unregistered man.",
        "text": """Q. {{u:러시아}}로 파견 나갔던 오빠를 찾고 싶어요
비공개 | 2023.05.01 | 조회수 1,284 | 내공 100

안녕하세요. 저는 2019년에 {{u:한국}}에 온 탈북민입니다. 글이 서툴러도 이해해 주세요.
저희 오빠 {{r:리철남}}(1978년생, {{u:함경북도}} {{u:김책}} 출신)이 2014년쯤 {{u:하바롭스크}}로 건설 일을 나갔다가 2017년부터 소식이 끊겼어요. 여권에는 북한식으로 "{{r:Ri Chol Nam}}"이라고 되어 있을 거예요.
같이 나간 사람 중에 {{p:김명호}}, {{p:방성철}}이라는 분이 있었다고 어머니({{r:강옥분}})께 들었어요. 오빠는 키가 크고 왼손 새끼손가락이 없어요.
혹시 {{r:철남}}이 오빠를 아시는 분, 아니면 그 현장에 있었던 분 계시면 꼭 연락 주세요. 어머니가 돌아가시기 전에 소식이라도 전해 드리고 싶어요.
- {{r:순옥}} 올림

답변 1 | kkh1**** | 2023.05.02
먼저 {{u:대한적십자사}}나 {{u:남북하나재단}}에 상담해 보세요. 해외 파견 노동자 가족 찾기는 공식 절차가 거의 없지만 민간단체 중에 도와주는 곳이 있습니다. 개인정보(오빠 실명, 출신지)는 이런 공개 게시판에 올리지 않는 게 좋습니다. 질문 수정하시길 권합니다.

답변 2 | 익명 | 2023.05.03
저도 2015~2016년에 {{u:하바롭스크}} 주택 현장에 있었습니다. {{r:리철남}}이라는 이름은 기억이 안 나는데, {{u:김책}} 사람이 여럿 있었어요. {{p:방성철}}이는 압니다. 제 옆 침대였어요. 키가 엄청 커서 다들 "{{p:장대}}"라고 불렀는데 손가락은 멀쩡했습니다. 그러니까 오빠분은 아닌 것 같고요. 반장은 {{p:황}} 반장, 지도원은 {{p:문}} 동무였습니다.
{{p:방성철}}이는 2017년에 귀국했다고 들었어요.

답변 3 | yun9**** | 2023.05.03
우리 교회 {{p:최}} 집사님이 {{u:러시아}} 쪽 사람들 찾는 일 하세요. 쪽지 주세요.

질문자 추가 (2023.05.04)
답변 감사합니다. 실명은 내일 지우겠습니다. 답변 2 분, {{p:방성철}} 씨가 {{r:철남}}이 오빠랑 같은 반이었는지 혹시 아세요? 오빠는 원래 {{p:김명호}} 씨 반이었다고 했어요. 그리고 {{r:강옥분}}은 저희 어머니 이름이라 이것도 지울게요.

답변 2 추가 | 익명 | 2023.05.05
{{p:김명호}}는 모르겠네요. 미안합니다. 찾으시길 바랍니다.
""",
    },
    {
        "id": "h63-ko-03",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ju Myong-sil", "주명실", "witness", ["명실"]),
            ("An Sung-chol", "안성철", "relative", []),
            ("Ju Chang-ho", "주창호", "relative", ["창호"]),
        ],
        "note": "Notary office intake register with the office manager's remarks; surname 안 beside the negative adverb 안 (안 됨); lawyer and office manager with titles outside the mention; Russian client and interpreter in Hangul; proxies given with kinship in brackets; an embassy and country names public.",
        "text": """○○합동법률사무소 공증 접수부 (2024년 3월 둘째 주)
번호    | 접수일 | 촉탁인 | 대리인 | 종류 | 담당
24-0311 | 3/11 | {{p:김정숙}} | - | 번역공증 (가족관계증명서, 영문) | {{p:오}} 사무장
24-0312 | 3/11 | {{r:주명실}} | - | 위임장 인증 (수임인: 변호사 {{p:윤세진}}) | {{p:오}} 사무장
24-0313 | 3/11 | {{r:안성철}} | {{r:주명실}} (처) | 사서증서 인증 (사실확인서) | {{p:정}} 변호사
24-0315 | 3/12 | {{p:이동훈}}, {{p:이동희}} | - | 금전소비대차 공정증서 | {{p:정}} 변호사
24-0316 | 3/12 | {{r:주창호}} | {{r:주명실}} (누나) | 위임장 인증 | 접수 안 됨 (본인 미출석)
24-0317 | 3/13 | {{p:세르게이 볼코프}} | 통역인 {{p:김율리아}} | 번역공증 (러시아어 근로계약서) | {{p:한}} 주임
24-0319 | 3/14 | {{p:안미란}} | - | 번역공증 (운전경력증명서) | {{p:오}} 사무장

사무장 메모
- 3/11 {{r:주명실}} 씨: {{u:러시아}} 건설회사 상대 임금 소송 위임장. 남편 {{r:안}} 씨의 사서증서는 북한 해외파견 당시 근무 사실에 대한 본인 진술서. 공증인은 서명 진정만 인증하고 내용은 책임지지 않는다고 {{p:정}} 변호사님이 설명함. 두 분 다 이해했다고 함.
- {{r:안성철}} 씨는 귀가 잘 안 들려서 필담으로 진행. {{r:명실}} 씨가 옆에서 도와줌. 서명은 한글 정자로 "{{r:안성철}}".
- 3/12 {{r:주창호}} 씨 건: 본인이 {{u:영국}}에 있어서 출석 안 됨. 누나 {{r:명실}} 씨에게 전화해서 {{u:주영국 대한민국 대사관}}에서 영사 확인을 받으라고 안내함. {{r:창호}} 씨 여권 사본은 돌려드림.
- 3/13 {{p:볼코프}} 씨 근로계약서에 "{{p:Пак}}", "{{p:Ким}}" 등 한국 사람 이름이 있어 통역인 {{p:김율리아}} 씨가 한글로 옮김 ({{p:박}}, {{p:김}}). 이름만 있고 이름 주인은 모름.
- 3/14 {{p:안미란}} 씨는 {{r:안성철}} 씨와 관계 없음 (동명 성씨). 헷갈리지 말 것.
""",
    },
    {
        "id": "h63-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Paek Chol-min", "백철민", "witness", ["철민", "白哲民"]),
            ("Han Yong-su", "한영수", "other", ["영수"]),
            ("Paek Hyang", "백향", "relative", ["향"]),
        ],
        "note": "Credential-recognition application by a former overseas worker, with guarantors and counsellor's notes; applicant in Hangul and Hanja; a sister with a one-syllable given name and affectionate 이 outside the mention; teachers with 선생 outside; a real university and provinces public; invented schools unmarked; a zero-width space inside one Hangul name.",
        "text": """북한이탈주민 학력인정 신청서 (사본 - 상담용 메모 포함)

1. 신청인
성명: {{r:백철민}} (한자: {{r:白哲民}})   생년월일: 1988.04.12
북한 주소: {{u:평안남도}} {{u:개천시}}   입국: 2019.08

2. 학력 사항
가. ○○인민학교 (1995~1999) - 담임 {{p:리영옥}} 선생
나. ○○고등중학교 (1999~2005) - 담임 {{p:조명철}} 선생, 교장 {{p:차}} 선생
다. {{u:김책공업종합대학}} 금속공학부 (2005~2008, 3학년 중퇴) - 지도교원 {{p:오성국}}
※ 졸업증명서 없음. 인우보증으로 대체함.

3. 경력 (참고)
2010~2016 {{u:연해주}} 건설 현장 파견 (철근공). 사업소 지배인 {{p:곽}}, 작업반장 {{p:남궁현}}.
2017~2019 귀국 후 제철소 근무.

4. 인우보증인
가. {{r:한영수}} - 대학 같은 학부 동기, 2015년 입국. "{{r:철민}}이와 3년 동안 같은 기숙사에서 지냈음."
나. {{p:리성훈}} - 고등중학교 2년 후배, 2018년 입국.

5. 상담 메모 (상담사 {{p:유지은}})
- {{r:철민}} 씨는 대학 중퇴 사유를 "파견 대상자로 뽑혀서"라고 함. 실제로는 아버지 문제로 제적되었다는 말도 함. 심의 때 어느 쪽으로 쓸지 다시 상의.
- 보증인 {{r:한영수}} 씨는 2회 통화 완료. 기숙사 방 번호, 학부장 이름({{p:석}} 부교수)까지 정확히 기억함. {{r:영수}} 씨 신분증 사본 받음.
- {{p:리성훈}} 씨는 연락 안 됨. 대신 동생 {{r:백향}} 씨가 같은 고등중학교를 다녔다며 보증하겠다고 함. 가족은 보증인이 될 수 없다고 안내함.
- {{r:향}}이는 언니가 아니라 여동생 (2001년생). 오빠 일을 많이 걱정함. "{{r:향}}이도 대학 가고 싶대요" - {{r:철민}}.
- 심의 예정: 2024.06, 관할 교육청. 결과 나오면 {{r:백\u200b철민}} 씨가 직접 연락하기로 함.
""",
    },
    {
        "id": "h63-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Rim Song-gun", "림성근", "witness", ["성근"]),
            ("Rim Chun-hwa", "림춘화", "relative", ["춘화"]),
            ("Rim Kuk", "림국", "relative", ["국"]),
        ],
        "note": "Transcribed homecoming-gift list from a returning worker's notebook, by recipient, with the transcriber's notes; a son with the one-syllable name 국 beside 국 (soup) as an ordinary word; cadres with 동지, 부장, 아주머니 outside; given names with affectionate 이 and 이네; a Russian port public.",
        "text": """[귀국 선물 목록 - {{r:림성근}}의 수첩 (2018년 11월, {{u:나홋카}})]
옮긴이 주: 수첩은 본인이 2023년 면담 때 보여 준 것. 맞춤법은 고치지 않음. 괄호 안은 옮긴이 설명.

집
- {{r:춘화}} : 털목도리 (빨간색), 화장품 세트, 치마 천 2마
- {{r:국}}이 : 운동화 (42), 영어 사전, 사탕 한 봉지
- 어머니 : 털신, 혈압약 3통, 국 끓일 소고기 통조림 6개
- 장인 어른 ({{p:김봉수}}) : 담배 2보루

처가
- 처형 {{p:춘옥}}이 : 냄비
- 동서 {{p:한명길}} : 손목시계 (싼 것)

동네·직장
- 인민반장 {{p:최}} 아주머니 : 설탕 5kg
- 초급당비서 {{p:리경남}} 동지 : 보드카 2병, 담배 1보루
- 보위지도원 {{p:강}} 동지 : 100달러 (봉투)
- {{p:박}} 부장 동지 : 전기밥솥 ← 꼭!!
- {{p:성호}} (동무) : 라이터 3개
- {{p:금순}}이네 : 빨래비누

남은 돈 계산: 1,200달러 - 선물 약 640달러 = 560 (이 중 300은 {{r:춘화}} 몫)

옮긴이 메모
- {{r:성근}} 씨는 목록의 절반이 "뇌물"이었다고 함. {{p:강}} 지도원 몫의 봉투는 다음 파견 명단에 다시 넣어 달라는 뜻이었음. {{p:박}} 부장은 출신 기업소의 노동부장.
- 아들 {{r:림국}}은 당시 14세. 영어 사전은 "{{r:국}}이가 꼭 사 오라고 해서" 샀다고 함.
- 어머니 줄의 "국 끓일"의 국은 사람 이름이 아님.
- {{p:금순}}이네는 옆집. {{p:금순}}이는 {{r:국}}이 소꿉친구.
- 아내 {{r:림춘화}} 씨와는 2020년 이후 연락 두절. {{r:성근}} 씨는 이 목록을 보며 한참 울었음.
""",
    },
    {
        "id": "h63-ko-06",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("So Un-ha", "소은하", "witness", ["은하"]),
            ("No Kyong-hui", "노경희", "witness", ["경희"]),
            ("Ha Myong", "하명", "coworker", ["명"]),
        ],
        "note": "Group lunch-box order sheet for a vocational class, with a staff member's notes; surname 소 beside 소불고기 (beef) on the menu, surname 노 and 하 with a one-syllable given name 명; trainees by full name, surname plus 씨 and given name; the shop owner and teacher with titles outside; one public place.",
        "text": """도시락 단체 주문서 - 한빛도시락 (사장님 {{p:송}}: 010-0000-7731)
주문처: ○○직업전문학교 요양보호사반 (담당 {{p:이수정}})
배달: 2024년 4월 15일(월) 12:00, {{u:노원구}} {{u:상계동}} 교육장 3층

번호 | 이름 | 메뉴 | 비고
1 | {{r:소은하}} | 소불고기 도시락 | 밥 적게
2 | {{r:노경희}} | 제육 도시락 |
3 | {{r:하명}} | 소불고기 도시락 | 맵게 X
4 | {{p:김순녀}} | 생선까스 |
5 | {{p:박옥화}} | 제육 도시락 |
6 | {{p:리은정}} | 비빔밥 | 계란 빼기 (알레르기)
7 | {{p:최명희}} | 소불고기 도시락 |
8 | {{p:장영철}} | 제육 도시락 곱빼기 |
9 | {{p:한은별}} | 비빔밥 |
10 | {{p:정}} 선생님 (강사) | 생선까스 |
11 | {{p:이수정}} (담당) | 소불고기 도시락 |
합계 11개 / 소불고기 4, 제육 3, 생선까스 2, 비빔밥 2

담당자 메모
- {{r:은하}} 씨는 위 수술 후라 밥을 반만. 지난주에 {{r:소}} 씨 도시락이 바뀌어서 {{p:장영철}} 씨가 대신 먹음. 이번엔 이름 스티커 꼭 붙여 달라고 요청.
- {{r:경희}} 씨가 {{r:노경희}}로 두 번 적혀 있어서 하나 지움.
- {{r:명}}이 ({{r:하명}} 씨, 23세)는 막내. 다들 "{{r:명}}아"라고 부름. {{r:하명}} 씨는 {{u:중국}}에서 오래 있어서 매운 걸 못 먹음.
- {{p:리은정}} 씨 계란 알레르기 심함. 사장님께 전화로 다시 확인 ({{p:송}} 사장님 직접 받음).
- 다음 주부터 {{p:김순녀}} 씨는 결석 (병원). 10개로 줄일 것.
""",
    },
    {
        "id": "h63-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kang Pok-sun", "강복순", "witness", ["복순"]),
            ("Yu Chun-ja", "유춘자", "witness", ["춘자"]),
            ("Kang Un-song", "강은송", "relative", ["은송"]),
            ("Jang Sun-ae", "장순애", "other", []),
        ],
        "note": "Community-centre course enrolment list for the spring term with the coordinator's notes; masked phone numbers; a woman and her granddaughter both surnamed 강; a surname-only mention with 할머니; instructors with 강사 outside; waiting list; a district public.",
        "text": """2024년 봄학기 {{u:양천구}} ○○동 주민센터 문화강좌 수강생 명단 (3월 4일 기준)

[스마트폰 활용 기초] 화 10:00 / 강사 {{p:박지훈}}
1. {{r:강복순}} (010-****-2231) 북한이탈주민 우선
2. {{r:유춘자}} (010-****-8810) 북한이탈주민 우선
3. {{p:김말순}} (010-****-0192)
4. {{p:이정자}} (010-****-5546)
5. {{p:오금례}} (010-****-7790)
6. {{p:최덕희}} (010-****-3318)

[서예] 수 14:00 / 강사 {{p:윤석}} 선생
1. {{p:한상철}}
2. {{p:남궁옥}}
3. {{r:유춘자}}
4. {{r:장순애}}

[어린이 미술] 토 10:00 / 강사 {{p:문하늘}}
1. {{r:강은송}} (8세, 보호자 {{r:강복순}} - 할머니)
2. (외 2명, 명단 별도)

대기자: {{p:권영숙}}, {{p:서말례}}, {{p:Nguyen Thi Lan}} (베트남, 스마트폰반 희망)

담당 주무관 메모 ({{p:정하윤}})
- {{r:복순}} 할머니는 손녀 {{r:은송}}이를 혼자 키움. 아이 엄마는 {{u:중국}}에 있다고만 함. 수강료 감면 서류 제출 완료.
- {{r:강}} 할머니가 스마트폰반에서 "손녀한테 문자 보내는 법"만 배우면 된다고 하심.
- {{r:춘자}} 씨는 {{u:러시아}} 벌목장에서 일하다 온 남편을 작년에 잃음. 서예반 {{p:윤석}} 선생님께 미리 말씀드려 둠.
- {{r:유춘자}} 씨와 {{r:장순애}} 씨는 같은 임대아파트. 같이 다니기로 함.
- 대기자 {{p:Nguyen Thi Lan}} 님은 통역 필요할 수 있음 ({{p:란}} 씨 딸이 한국어 가능).
""",
    },
    {
        "id": "h63-ko-08",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Cha Un-byol", "차은별", "witness", ["은별", "별"]),
            ("Tokko Chol", "독고철", "supervisor", []),
        ],
        "note": "Convenience-store shift handover notebook with disposal records; a part-timer called 별 beside 별 as an ordinary word (별일, 별로); a two-syllable surname 독고 for a former minder who appears as a customer; store manager and other part-timers with 점장, 씨, 님 outside; product names that look like names unmarked.",
        "text": """GS○○ 목동○○점 근무 인수인계 노트 (2024년 2월)

2/12 (월) 오전 {{p:민재}} → 오후 {{r:은별}}
- 삼각김밥 폐기 7개, 도시락 2개 (폐기 등록 완료 - {{p:민재}})
- 담배 재고 맞음. 택배 2건 보관 중 ({{p:김현수}} 님, {{p:오지영}} 님)
- 별일 없음

2/12 (월) 오후 {{r:은별}} → 야간 {{p:태윤}}
- 폐기: 샌드위치 3, 우유 1
- 18:40쯤 남자 손님이 계속 쳐다봄. 계산할 때 카드 이름 "{{r:DOKKO CHOL}}". {{r:독고철}}. 북에서 우리 식당 담당 보위원이었던 사람 이름이랑 똑같음. 얼굴도 비슷. 저는 모르는 척함. - {{r:별}}
- 점장님께 전화드림

2/13 (화) 점장 메모 ({{p:한성우}})
{{r:은별}} 씨 놀란 것 같아서 이번 주 오후 근무는 {{p:태윤}} 씨랑 같이. 그 손님 다시 오면 나한테 바로 연락.
CCTV 18:30~19:00 백업해 둠. {{r:은별}}이 많이 놀랐음. 별로 큰일 아니었으면 좋겠다.

2/14 (수) 오후 {{r:은별}} + {{p:태윤}}
- 폐기: 김밥 4, 바나나우유 2
- 그 손님 안 옴
- {{p:태윤}}: 발렌타인 초콜릿 진열 다시 함

2/15 (목) 오후 {{r:차은별}}
- 17:55 그 남자 또 옴. 이번엔 말 걸었음: "혹시 {{u:블라디보스토크}} 평양관 있었지?" 아니라고 함. "{{r:은별}}이 맞잖아" 하고 웃고 나감.
- 떨려서 {{p:한성우}} 점장님한테 전화. 점장님이 경찰에 신고하자고 함.
- 폐기: 도시락 1

2/16 (금) 점장 메모
{{u:양천경찰서}} 신변보호 담당 {{p:정}} 경위님과 통화. {{r:독고}} 씨 인적사항은 알려줄 수 없다고 함. {{r:차은별}} 씨 근무는 당분간 오전으로 변경, {{p:민재}} 씨와 교대.
{{r:독고철}} 손님 오면 {{p:민재}} 씨가 계산하고 바로 메모 남길 것.
""",
    },
    {
        "id": "h63-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ryang Chol-su", "량철수", "coworker", ["철수"]),
            ("Sok Myong-il", "석명일", "witness", ["명일"]),
            ("Ju Yong-gwan", "주영관", "supervisor", []),
        ],
        "note": "Handwritten statement of facts by a co-worker confirming a workplace injury in Kuwait; surname 석 beside 석 달 (three months) and 석 as a counter; the confirmer's own name in the signature block; a brigade leader and a Pakistani foreman; a hospital and city public; the surname 량 in North Korean spelling.",
        "text": """사 실 확 인 서

확인자
성명: {{r:량철수}}   생년월일: 1975년 3월 8일
주소: {{u:경기도}} ○○시 (상세 주소 생략)   연락처: 010-****-4416
대상자와의 관계: {{u:쿠웨이트}} 건설 현장 같은 작업반 동료 (2014~2017)

확인 대상자
성명: {{r:석명일}}   생년월일: 1979년 11월 2일

확인 내용
본인 {{r:량철수}}는 2014년 6월부터 2017년 3월까지 {{u:쿠웨이트 시티}} 외곽 주택 건설 현장에서 {{r:석명일}}과 같은 작업반(작업반장 {{r:주영관}})에서 일하였습니다.
2016년 8월 11일 오후 3시경, {{r:석명일}}은 4층 높이 비계에서 철근을 나르다가 떨어졌습니다. 그날 기온은 50도 가까이 되었고, 우리는 아침 5시부터 물을 석 잔밖에 마시지 못했습니다.
{{r:명일}}이가 떨어진 뒤 {{u:파키스탄}} 사람 감독 "{{p:Imran}}"이 구급차를 부르려 했으나 {{r:주영관}} 작업반장이 막았습니다. {{r:주}} 반장은 "{{u:조선}} 사람은 {{u:조선}} 사람이 돌본다"며 숙소로 옮기게 했습니다.
{{r:석}} 동무는 석 달 동안 숙소에 누워 있었고, 허리 통증으로 지금도 일을 못 합니다. 그동안 우리 반 {{p:김혁}}, {{p:전광일}}이 번갈아 밥을 날랐습니다. 보위지도원 {{p:함}}은 이 일을 본국에 보고하지 말라고 했습니다.
2016년 11월에야 {{r:석명일}}은 {{u:아단 병원}}에서 엑스레이를 찍었습니다. 그때 통역은 현지 회사 직원 {{p:Ahmed}} 씨가 해 주었습니다.
위 내용은 제가 직접 보고 겪은 사실이며, 사실과 다를 경우 어떠한 책임도 지겠습니다.

2024년 2월 7일
확인자: {{r:량철수}} (서명)

첨부: 확인자 신분증 사본 1부
※ 접수 메모 (단체 직원 {{p:노은지}}): {{r:철수}} 씨가 직접 손으로 씀. "{{r:량}}"을 "{{r:양}}"으로 고치지 말라고 부탁함. 대상자 {{r:명일}} 씨 산재 관련 민사소송 증거로 제출 예정.
""",
    },
    {
        "id": "h63-ko-10",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Kil Sun-nyo", "길순녀", "witness", ["순녀"]),
            ("Kil Yong-ho", "길용호", "relative", ["용호"]),
            ("Pang Kum-ju", "방금주", "witness", ["금주"]),
        ],
        "note": "NGO register of returned holiday gift parcels with courier reasons and follow-up; surname 길 beside 길 (road) and 방 beside 방 (room) and 방금 (just now); given name 금주 beside 금주 (abstinence) as an ordinary word; courier drivers with 기사님 outside; a courier company public.",
        "text": """2023 추석 선물 택배 반송 처리 대장 (발송 62건 중 반송 9건)
발송: 9월 18일 {{u:CJ대한통운}} / 담당 {{p:허윤아}}, {{p:박상민}}

번호 | 받는 분 | 지역 | 반송 사유 (택배사) | 처리
R-01 | {{r:길순녀}} | {{u:인천}} {{u:남동구}} | 수취인 부재 3회 | 전화 연결, 재발송 9/27
R-02 | {{p:김철호}} | {{u:경기}} ○○시 | 주소 불명 | 이사 확인 중
R-03 | {{r:방금주}} | {{u:서울}} ○○구 | 수취 거절 | 아래 메모
R-04 | {{p:리영희}}, {{p:리영수}} | ○○군 | 주소 불명 | 폐기 (주소 확인 불가)
R-05 | {{p:조명순}} | ○○구 | 파손 | 재발송 9/25
R-06 | {{r:길용호}} | {{u:인천}} {{u:남동구}} | 수취인 부재 | R-01과 같은 집 (아들). 함께 재발송
R-07 | {{p:채은영}} | ○○시 | 연락 두절 | 보류
R-08 | {{p:Tran Thi Mai}} ({{p:조명수}} 씨 배우자) | ○○시 | 수취인 정보 불일치 | 남편 이름으로 재발송
R-09 | {{p:심}} (이름 미기재) | ○○구 | 수취인 불명 | 원래 명단 오류, 폐기

처리 메모
- R-01/06: {{r:순녀}} 어머님은 요양병원 입원 중, 아들 {{r:용호}} 씨가 야간 근무라 부재. {{r:길용호}} 씨와 통화 후 경비실에 맡기기로 함. 길이 좁아 택배 기사님이 못 들어갔다고 함.
- R-03: {{r:금주}} 씨가 수취 거절. 방금 통화함. 작년에 받은 택배에 단체 이름이 찍혀 있어서 같은 건물 사람이 "탈북자냐"고 물었다고 함. 앞으로 단체명 없이 개인 이름({{p:허윤아}})으로 보내기로. {{r:방}} 씨는 금주 중이라 술 든 선물세트는 빼 달라고 함. {{r:방금주}} 씨 방이 반지하라 습기 많음 - 다음엔 제습제도.
- R-08: {{p:조명수}} 씨는 2020년 {{u:중국}}에서 일하다 온 분. 부인 {{p:Mai}} 씨 이름으로는 택배사 시스템 등록 불가.
- R-09: 명단 만든 {{p:박상민}} 간사 실수. 재확인 결과 "{{p:심}}"은 {{p:심정희}} 씨로 추정되나 주소 다름.
""",
    },
    {
        "id": "h63-ko-11",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Kwang-hyok", "김광혁", "witness", ["광혁"]),
            ("Chon Se-ung", "전세웅", "supervisor", ["세웅"]),
            ("Pak Chol", "박철", "coworker", ["철"]),
            ("Ri Myong-su", "리명수", "coworker", []),
        ],
        "note": "Transcribed night-watch logbook from a dispatched construction brigade's dormitory with the transcriber's notes; watchmen in shift pairs by full name and by surname plus 동무; a one-syllable given name 철 beside 철근 (rebar); 동무, 반장, 지도원 outside the mention; the place of the dormitory public.",
        "text": """[불침번 근무 일지 - 옮겨 적은 것]
원본: {{u:울란우데}} ○○건설 현장 3작업반 숙소, 2017년 1월. 증언자 {{r:김광혁}}이 탈출할 때 가지고 나온 공책 3쪽. 옮긴이 {{p:설지민}}.

1월 14일
22:00-24:00 {{r:김광혁}}, {{r:리명수}} / 이상 없음
24:00-02:00 {{r:박철}}, {{p:남용식}} / 02:10 {{p:남용식}} 동무 화장실 다녀옴 (10분)
02:00-04:00 {{p:조경호}}, {{p:허춘길}} / 이상 없음
04:00-06:00 {{p:문영철}}, {{p:하성호}} / 05:20 난로 꺼짐, 다시 피움
확인: 작업반장 {{r:전세웅}}

1월 15일
22:00-24:00 {{r:리명수}}, {{p:조경호}} / 23:40 {{r:김광혁}} 동무 전화기 소리 (반장 동지께 보고)
24:00-02:00 {{r:김광혁}}, {{r:박철}} / 이상 없음
02:00-04:00 {{p:허춘길}}, {{p:남용식}} / 철근 창고 문 잠김 확인
04:00-06:00 {{p:하성호}}, {{p:문영철}} / 이상 없음
확인: {{r:전}} 반장 (대리 서명 {{p:안}} 지도원)

1월 16일
22:00-24:00 {{r:박철}}, {{p:문영철}} / 이상 없음
24:00-02:00 {{r:김광혁}}, {{p:하성호}} / 01:30 {{r:광혁}}이 자리 비움 (15분), 본인은 화장실이라 함
02:00-04:00 {{p:남용식}}, {{p:조경호}} / 이상 없음
04:00-06:00 {{r:리명수}}, {{p:허춘길}} / 05:50 {{r:김광혁}} 동무 없음!! 반장 동지께 즉시 보고
확인: {{r:전세웅}}

옮긴이 메모
- 1월 15일 "전화기 소리"는 {{r:광혁}} 씨가 몰래 가지고 있던 중국산 휴대폰. 같은 불침번이던 {{r:리명수}}가 반장 {{r:세웅}}에게 보고함. 이 일로 {{r:광혁}} 씨는 다음 날 총화에서 비판받음.
- 1월 16일 밤, {{r:광혁}} 씨는 {{r:박철}}과 함께 탈출을 계획했으나 {{r:철}}이는 마지막에 남기로 함. 공책 마지막 줄은 {{r:광혁}} 씨가 나간 뒤 다른 사람이 쓴 것.
- "{{r:철}}이는 철근 창고 열쇠를 나한테 줬다. 그게 다였다." - 증언 녹취 중.
- {{p:안}} 지도원은 보위 담당. 이름은 모름.
""",
    },
    {
        "id": "h63-ko-12",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ri Myong-hak", "리명학", "witness", ["명학"]),
            ("Ri Tok-sam", "리덕삼", "relative", []),
            ("Choe Kum-nyo", "최금녀", "relative", []),
            ("Ri Myong-sil", "리명실", "relative", ["명실"]),
        ],
        "note": "Transcribed pre-departure background check on a dispatch candidate, with family table and the witness's comments; relatives by full name with kinship words outside; cadres with 동지 and 비서 outside; a maternal uncle in China unregistered; the ruling party, province and city public.",
        "text": """[해외파견 대상자 신원조회서 - 증언자 기억에 따라 재구성한 사본]
재구성: 증언자 {{r:리명학}}, 2023년 10월. 원본은 본인이 직접 본 적이 있으며 항목 순서는 기억에 따름. 정리 {{p:윤다혜}}.

1. 대상자
성명: {{r:리명학}}   출생: 1982.5.3 {{u:함경남도}} {{u:함흥시}}
소속: ○○기계공장 선반공   당원 여부: {{u:조선로동당}} 당원 (2006 입당)
파견 예정지: {{u:러시아}} 건설 (3년)

2. 가족 관계
부: {{r:리덕삼}} (1951, 공장 노동자, 제대군인)
모: {{r:최금녀}} (1954, 가두 여성)
처: {{p:한정화}} (1985, 인민학교 교원)
자: {{p:리은혁}} (2010)
동생: {{r:리명실}} (1987, 방직공장)
외삼촌: {{p:최광식}} (1958) - 1998년 행방불명. ※ "월경 의심" 표시

3. 사회정치생활 평가 (초급당비서 {{p:강영덕}} 작성)
"{{r:리명학}} 동무는 조직생활에 성실하며 ... 다만 외삼촌 {{p:최광식}}의 행적이 불분명하므로 보위부 확인 요망."

4. 보위부 확인 (담당 {{p:오}} 동지)
"{{p:최광식}}은 {{u:중국}} 체류 확인 안 됨. 대상자와 연계 없음. 파견 가능."

5. 결론: 파견 승인 (인민위원회 노동부 {{p:김학수}} 부장 동지 서명)

증언자 설명
- "외삼촌 때문에 두 번 떨어졌어요. 세 번째에 {{p:강영덕}} 비서 동지한테 술을 사고야 됐습니다." - {{r:명학}}
- 아버지 {{r:리덕삼}}은 2020년 사망. 어머니 {{r:최금녀}}와 여동생 {{r:명실}}이는 {{u:함흥}}에 있음. 아내 {{p:한정화}}와 아들 {{p:은혁}}이는 이혼 후 연락 끊김.
- 외삼촌 {{p:최광식}}은 실제로 {{u:연길}}에 살았다고 함. 파견 중 {{r:명학}} 씨가 몰래 한 번 통화함.
- {{p:오}} 동지는 보위부 지도원. 이름은 모름.
""",
    },
    {
        "id": "h63-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Hong Chung-il", "홍충일", "witness", ["충일", "Hong Chung-il"]),
            ("Yang Ye-ji", "양예지", "other", ["예지"]),
        ],
        "note": "University club membership application with the applicant's self-introduction and the club officers' comments; the applicant names his brigade and friends from a Mongolian construction posting; officers with 회장, 총무, 선배 outside; a Romanized name in the e-mail field; a university, city and country names public.",
        "text": """[{{u:고려대학교}} 산악동아리 ○○회 - 2024년 1학기 신입회원 가입 신청서]

이름: {{r:홍충일}}   학번: 24학번 (북한이탈주민 특별전형)   학과: 건축학과
나이: 34세   연락처: 010-****-0725   이메일: {{r:hongchungil}}84@○○○.com
등산 경험: 있음 (아래)
추천인: {{r:양예지}} (21학번, 같은 과 선배)

자기소개
안녕하세요. 저는 {{r:홍충일}}입니다. {{u:북한}}에서 온 지 4년 되었습니다. 2015년부터 2018년까지 {{u:몽골}} {{u:울란바토르}}에서 건설 일을 했습니다. 쉬는 날이 한 달에 한 번이었는데, 그날마다 작업반 동무들과 숙소 뒤 산에 올랐습니다. {{p:정수}}, {{p:남일}}이, 그리고 나이 많은 {{p:박}} 반장님도 같이 갔습니다. 산 위에서는 아무도 감시하지 않아서 좋았습니다.
{{u:한국}}에 와서는 혼자 {{u:북한산}}에 몇 번 갔습니다. {{r:예지}} 선배가 이 동아리를 소개해 주었습니다. 나이가 많지만 열심히 하겠습니다.

기타 (알레르기, 건강): 무릎이 조금 안 좋음 (현장에서 다침)

--- 아래는 임원 작성 ---
회장 {{p:서지원}}: 환영. 나이 상관없음. {{r:충일}} 형님 경험 많으실 듯.
총무 {{p:김도윤}}: 회비 감면 대상 확인 필요 (학생처 {{p:최}} 선생님께 문의).
{{r:양예지}}: 제가 추천했어요. 형님이 이름이 알려지는 건 싫어하셔서 단톡방에는 "{{r:충일}}"로만 올려 주세요. 사진 SNS 업로드도 안 됨!
부회장 {{p:민하}}: 3월 첫 산행 {{u:관악산}} 코스로 잡을게요. 무릎 때문에 쉬운 코스.
총무 {{p:김도윤}}: 확인 - 학생처에서 감면 가능. {{r:홍충일}} 회원 가입 승인.
""",
    },
    {
        "id": "h63-ko-14",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jin Song-hui", "진성희", "witness", ["성희"]),
            ("Kwak Tae-ung", "곽태웅", "witness", ["태웅"]),
            ("Jin A-rum", "진아름", "relative", ["아름"]),
        ],
        "note": "Groupware expense-approval document exported as text from an NGO, with approval line and comment thread; honorarium and travel costs for two witnesses; approvers by name plus rank (팀장, 국장, 대리) outside the mention; the surname 진 beside 진행 and 진짜; a train company, cities and a ministry public.",
        "text": """[전자결재] 지출결의서 - 문서번호 ○○-2024-0412
기안자: {{p:오세린}} (조사팀 대리)   기안일: 2024-04-12
결재선: {{p:오세린}} 대리 → {{p:한민규}} 팀장 → {{p:문정아}} 사무국장 (전결)
제목: 4월 증언 녹취 참가자 사례비 및 교통비 지급

1. 지출 내역
가. 증언 참가 사례비: {{r:진성희}} 150,000원, {{r:곽태웅}} 150,000원
나. 교통비 ({{u:코레일}} {{u:부산}}-{{u:서울}} 왕복): {{r:곽태웅}} 119,600원
다. 통역·속기: {{p:유나래}} (속기사) 200,000원
합계: 619,600원

2. 진행 경과
- 4/9 {{r:진성희}} 님 녹취 (3시간, {{u:중국}} 수산물 공장 관련). 면담자 {{p:오세린}}, 보조 {{p:이한결}}.
- 4/10 {{r:곽태웅}} 님 녹취 (4시간, {{u:러시아}} 벌목장 관련). 면담자 {{p:한민규}}.
- 사례비는 {{u:통일부}} 지원사업 예산 항목 "증언 수집" 에서 집행.

3. 첨부: 영수증 2매, 계좌 사본 2매 (개인정보 - 결재 후 삭제)

[의견]
{{p:한민규}} 팀장 (04-12 15:20): 확인. {{r:곽태웅}} 선생님 교통비는 실비로. {{r:태웅}} 선생님이 영수증 사진 보내 주셨음.
{{p:문정아}} 사무국장 (04-12 17:02): 계좌 사본은 결재 후 바로 삭제해 주세요. {{r:진}} 선생님은 본인 이름 대신 딸 명의 계좌({{r:진아름}})로 받기를 원하셨다던데 맞나요?
{{p:오세린}} 대리 (04-12 17:10): 네 맞습니다. {{r:성희}} 선생님 본인 통장이 없어서 따님 {{r:아름}} 씨 계좌로 진행합니다. 진짜 죄송한데 증빙 메모 따로 첨부하겠습니다.
{{p:문정아}} 사무국장 (04-12 17:15): 승인. 다음부터는 본인 명의 원칙 안내 부탁드려요.
[결재 완료 2024-04-12 17:15]
""",
    },
    {
        "id": "h63-ko-15",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Sim Ok-hwa", "심옥화", "witness", ["옥화"]),
            ("Song Hye-ryon", "송혜련", "coworker", ["혜련"]),
            ("Jo Kum-sil", "조금실", "other", ["금실"]),
        ],
        "note": "Cleaning company's weekly job assignment sheet and group-chat notes, run by a resettled woman; the owner 조금실 beside 조금 (a little) and 금실 (marital harmony) as ordinary words; surname 송 beside 송금 (remittance); team leaders with 팀장, 이모 outside; apartment complexes invented; a city district public.",
        "text": """깨끗한손 청소 - 주간 작업 배정표 (5월 셋째 주)
대표 {{r:조금실}} (010-****-3300)

날짜 | 현장 | 작업 | 팀 | 인원
5/20(월) | {{u:목동}} ○○아파트 1203호 | 입주 청소 | A팀 | {{r:심옥화}}(팀장), {{r:송혜련}}, {{p:리순덕}}
5/20(월) | ○○상가 2층 | 사무실 정기 | B팀 | {{p:김은주}}(팀장), {{p:최영란}}
5/21(화) | ○○빌라 302호 | 이사 청소 | A팀 | {{r:심옥화}}, {{r:송혜련}}, {{p:장미}}
5/22(수) | 어린이집 | 정기 + 에어컨 | B팀 + {{r:조금실}} 대표 | {{p:김은주}}, {{p:최영란}}, {{p:박순이}}
5/23(목) | {{u:양천구}} ○○교회 | 정기 | A팀 | {{r:옥화}}, {{p:순덕}}
5/24(금) | {{u:목동}} ○○아파트 805호 | 거주 청소 | A팀 | {{r:혜련}}, {{p:장미}}, {{p:순이}}

단톡방 공지 (대표)
- 월요일 A팀 조금 늦어도 괜찮아요. 집주인 {{p:윤}} 사모님이 10시에 문 열어 주심.
- {{r:옥화}} 팀장님, 지난주 805호 고객님({{p:김}} 사모님)이 칭찬 많이 하셨어요. 금요일도 꼭 부탁드린대요.
- {{r:혜련}} 씨, 월급날 전에 송금 필요하면 미리 말해요. 가불 가능.
- {{p:장미}} 씨는 {{u:중국}} 동포, 이번 주부터 A팀. {{r:심}} 팀장이 잘 알려 주세요.

단톡방 답글
{{r:심옥화}}: 네 대표님. {{p:순덕}} 언니 무릎 아파서 목요일 빠질 수도 있어요.
{{r:송혜련}}: 감사합니다 대표님. 이번 달은 괜찮아요.
{{p:리순덕}}: 목요일 나갑니다~ 걱정 마세요
{{r:조금실}}: 다들 고마워요. 우리 회사 5년 됐네요 ㅎㅎ 금실 좋은 부부처럼 오래 같이 가요!
{{r:송혜련}}: {{r:금실}} 언니 최고 👍

상담 메모 (단체 직원 {{p:허지현}}, 2024.6)
- 이 배정표는 {{r:옥화}} 씨가 상담 때 보여 준 것. {{r:옥화}} 씨는 {{u:단둥}} 봉제공장에서 8년 일함. 지금 직장은 만족한다고.
- {{r:조금실}} 대표도 탈북민. {{r:혜련}} 씨와 {{r:옥화}} 씨 모두 {{r:조}} 대표가 직접 뽑았다고 함.
""",
    },
    {
        "id": "h63-ko-16",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Mun Chol-ung", "문철웅", "witness", ["철웅"]),
            ("O Yong-suk", "오영숙", "relative", ["영숙"]),
            ("Mun Ha-na", "문하나", "relative", ["하나"]),
        ],
        "note": "Emergency welfare support application with household table and the case manager's notes; a daughter named 하나 beside 하나 (one) as a numeral; surname 오 beside 오전 and 오후; surname 문 beside 문 (door); official and case manager with 주무관, 사례관리사 outside; a district and a hospital public.",
        "text": """긴급지원 신청서 (생계·의료) - 접수번호 2024-긴급-0387
접수: {{u:강서구}} ○○동 행정복지센터   접수일: 2024년 8월 5일 오전
담당: {{p:이재훈}} 주무관   사례관리: {{p:박소연}} 사례관리사

1. 신청인
성명 {{r:문철웅}} / 1976년생 / 북한이탈주민 (2015 입국)

2. 가구원
관계   | 성명     | 나이 | 비고
본인   | {{r:문철웅}} | 48 | 산재 후유증 (허리), 일용직 중단
배우자 | {{r:오영숙}} | 45 | 식당 주방 (월 120만 원)
자녀   | {{r:문하나}} | 16 | 고등학생
자녀   | {{p:문혁}}   | 9  | 초등학생

3. 위기 사유
주소득자 {{r:문철웅}}의 질병으로 3개월 이상 소득 없음. 월세 2개월 체납. 배우자 {{r:오영숙}}의 소득만으로 4인 가구 생계 곤란.
신청인은 2009~2013년 {{u:러시아}} {{u:사할린}} 벌목장 파견 당시 허리를 다쳤고, 2022년 건설 현장 추락으로 악화됨.

4. 상담 내용 (사례관리사 {{p:박소연}})
- {{r:철웅}} 씨는 문 앞에서 한참 망설이다 들어옴. 도움 받는 것을 부끄러워함.
- 아내 {{r:영숙}} 씨는 오후 근무라 오전에만 통화 가능. {{r:오}} 씨는 남편이 병원에 가지 않는다고 걱정함.
- 딸 {{r:하나}}는 알바를 하겠다고 하는데 부모가 반대. 하나 있는 노트북이 고장 나서 온라인 수업을 휴대폰으로 들음.
- 아들 {{p:혁}}이는 방과후 돌봄 이용 중.
- {{r:문}} 씨 가족은 {{u:서울특별시 서남병원}} 의료비 지원 연계 필요.

5. 결정: 생계지원 1개월 + 의료지원 (검토). 결정 통지: 8월 7일. 주무관 {{p:이재훈}}
""",
    },
    {
        "id": "h63-ko-17",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Hyon Tae-sik", "현태식", "witness", ["태식"]),
            ("Hyon Mi-ae", "현미애", "relative", ["미애"]),
            ("Jong Pong-su", "정봉수", "coworker", ["봉수"]),
        ],
        "note": "Hospital caregiver-matching request with candidate caregivers and the coordinator's notes; a daughter 현미애 beside 현미 (brown rice) in the diet field; candidates from China and Korea with 여사님, 씨 outside; a former co-worker visiting; a hospital and city public; a Chinese caregiver's name in Hanzi and Hangul.",
        "text": """간병인 매칭 신청서 - ○○간병협회 접수
접수일: 2024.10.02   담당 코디네이터: {{p:민소라}}

[환자]
성명: {{r:현태식}} (남, 66세)   병원: {{u:국립중앙의료원}} 7병동 712호
진단: 뇌경색 후 좌측 편마비   식사: 연하식, 현미밥 불가
특이사항: 북한이탈주민, 한국어 가능, 청력 저하. {{u:중국}}·{{u:러시아}}에서 장기간 노동 (본인 진술)

[보호자]
성명: {{r:현미애}} (딸, 38세) / 연락처 010-****-6612
요청: 주 6일 24시간, 남성 간병인 선호했으나 여성도 가능. {{u:북한}} 말씨를 알아듣는 분이면 좋겠음.

[후보 간병인]
1. {{p:김춘란}} 여사님 (62, {{u:연변}} 출신 동포) - 경력 9년, 남성 환자 경험 많음
2. {{p:刘玉梅}} ({{p:류옥매}}, 58) - 경력 5년, 한국어 보통
3. {{p:박정남}} 씨 (55, 남) - 경력 3년, 주 5일만 가능
4. {{p:이금자}} 여사님 (67) - 경력 12년, 7병동 경험 있음

[코디네이터 메모]
- 10/02 {{r:미애}} 씨와 통화. 아버지가 사람을 잘 안 믿으심. {{u:러시아}}에서 같이 일한 {{r:정봉수}} 아저씨 말고는 찾아오는 사람이 없다고.
- 10/03 {{p:김춘란}} 여사님 면회. {{r:태식}} 아버님이 {{p:김}} 여사님 말투를 듣고 "어디서 왔소" 하고 처음 웃으심. 1순위.
- 10/03 {{r:봉수}} 아저씨({{r:정봉수}})가 병실에 와 계셨음. {{r:현}} 선생님이 벌목장에서 자기를 살려 준 사람이라고 함.
- 10/04 {{p:류옥매}} 씨는 다른 환자 배정. {{p:박정남}} 씨는 주 5일이라 제외.
- 10/05 계약: {{p:김춘란}}, 10/07부터. 보호자 {{r:현미애}} 서명 완료. 주말 하루는 {{r:미애}} 씨 본인이 간병.
""",
    },
    {
        "id": "h63-mixed-01",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ryu Kyong-ok", "류경옥", "witness", ["경옥", "柳京玉"]),
            ("Jin Hua", "김화", "other", ["金花", "小金"]),
            ("Ryu Chang-il", "류창일", "relative", ["창일"]),
        ],
        "note": "WeChat Pay refund-dispute chat export in Chinese with the NGO's Korean glosses; a Chinese friend's account used to pay a broker; Chinese forms of address (小金, 老黄) labelled whole; WeChat ID spelling a name; customer-service agent's nickname private; the witness in Hanzi and Hangul; platforms and a city public.",
        "text": """[{{u:微信支付}} 客服对话记录 - 导出 2023-07-14]
[옮긴이 주: 원문 중국어, 괄호 안 한국어는 단체 직원 {{p:한소희}} 번역. 계정 주인은 증언자의 친구 {{r:金花}}({{r:김화}}).]

用户 {{r:金花}} (微信号: {{r:jinhua}}_1988) 10:02
你好，我要投诉一笔转账，对方收钱不办事。
(안녕하세요, 송금 한 건을 신고하려고 합니다. 상대방이 돈만 받고 일을 안 했어요.)

客服 {{p:小雪}} (工号 3318) 10:04
您好，请提供交易单号和对方微信昵称。

用户 {{r:金花}} 10:06
单号 4200001893202306281122。对方昵称"{{p:老黄}}"，真名好像叫{{p:黄建军}}。钱是我朋友{{r:柳京玉}}的，她在{{u:韩国}}，让我帮她转给{{p:老黄}}，说是帮她哥哥{{r:柳昌日}}从{{u:延吉}}过来。
(거래번호 ... 상대 닉네임 "{{p:老黄}}", 본명은 {{p:황건군}}인 것 같아요. 돈은 제 친구 {{r:류경옥}}의 것인데, 그녀는 {{u:한국}}에 있고, 오빠 {{r:류창일}}을 {{u:연길}}에서 데려오는 데 쓴다며 저한테 {{p:老黄}}에게 보내 달라고 했어요.)

客服 {{p:小雪}} 10:09
抱歉，该交易已于6月28日完成，超过退款期限。如涉及诈骗，建议向公安机关报案。

用户 {{r:金花}} 10:12
我报过了，派出所的{{p:王警官}}说要等。{{p:老黄}}把我拉黑了。
(신고했어요. 파출소 {{p:王}} 경관이 기다리라고 했어요. {{p:老黄}}이 저를 차단했어요.)

客服 {{p:小雪}} 10:15
我们已记录您的投诉，编号 TS-88231。请保留聊天截图。

--- 단체 메모 ({{p:한소희}}) ---
- {{r:경옥}} 씨가 {{r:小金}}({{r:김화}} 씨)에게 부탁해 2023년 6월 28일 38,000위안을 보냄. {{r:경옥}} 씨는 "{{r:小金}}이 아니면 보낼 방법이 없었다"고 함.
- {{r:창일}} 씨는 2019년 {{u:훈춘}} 수산물 공장에 파견되었다가 탈출해 시내에 숨어 있었음. 현재 연락 안 됨.
- 브로커 {{p:老黄}}은 {{r:경옥}} 씨가 2020년 자신이 {{u:한국}}에 올 때 도와준 브로커 {{p:崔}}의 소개로 알게 됨.
- 회사 측 답변은 사실상 환불 불가. {{r:金花}} 씨가 {{u:위챗}} 계정에서 기록을 지우기 전에 스크린샷 확보함.
""",
    },
    {
        "id": "h63-mixed-02",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Chol-su", "김철수", "witness", ["Ким Чхоль Су", "철수"]),
            ("Pak Yong-chol", "박영철", "coworker", ["Пак Ён Чхоль"]),
            ("Han Song-ryong", "한성룡", "supervisor", ["Хан Сон Рён"]),
        ],
        "note": "Russian timber-yard order depriving a Korean brigade of its monthly bonus, in Cyrillic with the NGO's Korean translation and notes; Korean names in Russian transcription with case endings (Хану, Кима) kept inside; Russian foreman and director private with initials; a Russian town public; signature list of acknowledgement.",
        "text": """ООО «Северный лес»
ПРИКАЗ № 47-к
г. {{u:Тында}}                                              12.02.2019

О лишении премии

В связи с нарушением требований охраны труда на нижнем складе 08.02.2019 г., повлёкшим травму работника, ПРИКАЗЫВАЮ:
1. Лишить премии за февраль 2019 г. работников бригады № 3 (бригадир {{r:Хан Сон Рён}}):
   - {{r:Ким Чхоль Су}}, раскряжёвщик - 100%
   - {{r:Пак Ён Чхоль}}, чокеровщик - 100%
   - {{p:Чон Гван Ир}}, раскряжёвщик - 100% (пострадавший)
   - {{p:Ли Сон Хо}}, подсобный рабочий - 50%
   - {{p:Юн Мён Гук}}, подсобный рабочий - 50%
2. Бригадиру {{r:Хану С.Р.}} объявить выговор.
3. Контроль за исполнением приказа возложить на мастера {{p:Сидоренко В.П.}}

Генеральный директор                                   {{p:Е.А. Миронов}}

С приказом ознакомлены:
{{r:Хан}} ______   {{r:Ким}} ______   {{r:Пак}} ______   {{p:Ли}} ______   {{p:Юн}} ______
(подписи бригады проставлены одной рукой - прим. переводчика)

--- 번역 및 메모 (번역 {{p:Елена Ким}}, 검토 {{p:조수빈}}) ---
[명령서 요약] 2019년 2월 8일 하치장 안전 위반으로 3작업반 전원의 2월 상여금 박탈. 반장 {{r:한성룡}}에게 견책.
- 증언자 {{r:김철수}}: "그날 통나무가 굴러서 {{p:정광일}}이 다리가 부러졌어요. 회사는 우리 잘못이라고 했지만, 그날 {{r:한}} 반장이 하루 할당량을 두 배로 올렸어요."
- "{{r:Кима}}, {{r:Пака}}" 식으로 {{u:러시아}} 서류마다 이름 끝이 바뀜. 번역문에는 원래 이름으로 통일.
- 서명 칸 다섯 개는 모두 {{r:한성룡}}이 혼자 씀. {{r:철수}} 씨는 이 명령서를 본 적도 없다고 함. 사본은 {{r:박영철}} 씨가 2021년 사무실에서 몰래 찍은 것.
- 마스터 {{p:시도렌코}}는 {{u:한국}} 사람들에게 친절했다고. 감독 {{p:Миронов}} 이름은 {{r:영철}} 씨도 처음 들었다고 함.
- "{{p:Ли Сон Хо}}"는 {{p:리성호}}, "{{p:Юн Мён Гук}}"은 {{p:윤명국}}.
""",
    },
    {
        "id": "h63-mixed-03",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ri Kwang-jin", "리광진", "witness", ["Kwang-jin", "لي كوانغ جين"]),
            ("Sin Tong-ho", "신동호", "supervisor", ["Tong-ho", "شين دونغ هو"]),
            ("Kim Ok-chol", "김옥철", "coworker", ["Ok-chol", "كيم أوك تشول"]),
        ],
        "note": "Typed-up receipts from a UAE government-services typing centre for a North Korean construction crew's labour cards, English/Arabic with Korean notes; worker names in Arabic script and passport Latin; Emirati clerks and the sponsor's PRO private with romanized Arabic names; emirates, a ministry and the service brand public.",
        "text": """Receipts photographed by the witness, typed by NGO volunteer {{p:Layla Haddad}}. Order: receipt no., date, service, name on application, amount (AED), clerk.
[증언자 {{r:리광진}}이 2017년에 찍어 둔 영수증 사진 6장. 아랍어는 {{p:Layla}} 씨가 확인.]

{{u:Tasheel}} - {{u:Al Qusais}} service centre, {{u:Dubai}}
Rcpt 0043187 | 14/03/2017 | New work permit | {{r:RI KWANG JIN}} / {{r:لي كوانغ جين}} | 1,215.00 | clerk: {{p:Fatima Al Suwaidi}} / {{p:فاطمة السويدي}}
Rcpt 0043188 | 14/03/2017 | New work permit | {{r:KIM OK CHOL}} / {{r:كيم أوك تشول}} | 1,215.00 | clerk: {{p:Fatima Al Suwaidi}}
Rcpt 0043189 | 14/03/2017 | New work permit | {{p:PAK SONG MIN}} / {{p:باك سونغ مين}} | 1,215.00 | clerk: {{p:Fatima Al Suwaidi}}
Rcpt 0043190 | 14/03/2017 | Typing - contract | {{r:SIN TONG HO}} (supervisor) | 60.00 | clerk: {{p:Rashid}}

Al Nahda Typing, {{u:Sharjah}}
Rcpt S-22981 | 02/04/2017 | Medical fitness typing | {{r:RI KWANG JIN}} | 320.00 | clerk: {{p:Mohammed Abdulla}} / {{p:محمد عبدالله}}
Rcpt S-22982 | 02/04/2017 | Emirates ID typing | {{r:RI KWANG JIN}}, {{r:KIM OK CHOL}} | 740.00 | clerk: {{p:Mohammed Abdulla}}

Paid by: company PRO {{p:Anwar Hussain}} (cash). Sponsor on all permits: a contracting company in {{u:Ajman}}.

Notes (Korean, NGO caseworker {{p:지은}})
- {{r:광진}} 씨는 이 영수증을 {{r:신동호}} 반장 가방에서 몰래 찍었다고 함. 노동허가 비용은 회사가 내야 하는데, 반장 {{r:신}} 동무는 "너희 빚"이라며 첫 석 달 임금에서 공제.
- {{r:김옥철}}은 같은 방 동료. {{r:옥철}}이는 2018년 귀국.
- {{p:PAK SONG MIN}}({{p:박성민}})은 다른 작업반. {{r:광진}} 씨는 잘 모른다고.
- {{r:Tong-ho}}의 아랍어 표기는 영수증 4번에 "{{r:شين دونغ هو}}"로 적혀 있음 (사진 흐림).
- PRO {{p:Anwar}}는 {{u:파키스탄}} 사람. 한국어 "빨리"를 알았다고.
- 허가 발급 기관: {{u:Ministry of Human Resources and Emiratisation}}.
""",
    },
    {
        "id": "h63-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Cho Hye-gyong", "조혜경", "witness", ["チョ・ヘギョン", "趙恵京", "혜경"]),
            ("Cho Min", "조민", "relative", ["민", "チョ・ミン"]),
            ("Yang Kum-sun", "양금순", "coworker", ["ヤン・クムスン", "금순"]),
        ],
        "note": "Japanese publisher's photo-permission request for a memoir translation, with the author's Korean reply; names in katakana with middle dot, in Japanese kanji reading and in Hangul; Japanese honorific 様 and さん outside the mention; a manager's surname before 社長; a brother with a one-syllable given name; invented publisher; cities public.",
        "text": """件名：写真掲載許諾のお願い（『帰れない食堂』日本語版）
差出人：みどり書房 編集部 {{p:佐藤美穂}}
宛先：{{r:チョ・ヘギョン}}様（cc: 翻訳者 {{p:金田理恵}}様）
日付：2024年9月3日

{{r:チョ・ヘギョン}}様

いつもお世話になっております。みどり書房編集部の{{p:佐藤}}です。
日本語版の口絵に、以下の写真を掲載させていただきたく、ご許諾をお願い申し上げます。

写真1：{{u:瀋陽}}の食堂前（2016年）。写っている方：{{r:チョ・ヘギョン}}様、{{r:ヤン・クムスン}}様、もう一人の女性（{{p:キム・ソヨン}}さん？）
写真2：弟さんの{{r:チョ・ミン}}様（2005年頃、{{u:平壌}}）
写真3：食堂の厨房。奥に写っている男性は原書で「{{p:李}}社長」と書かれている方でしょうか。
写真4：{{u:ソウル}}での出版記念会（2022年）。{{p:朴}}先生、{{p:山田}}カメラマン撮影

顔が写っている方については、ご本人の許諾が必要と考えております。ぼかしを入れることも可能です。
ご多忙のところ恐縮ですが、9月20日までにご返信いただけますと幸いです。

みどり書房 {{p:佐藤美穂}}

---
답장 (한국어, 번역자 {{p:金田}} 님께 cc)
{{p:佐藤}} 선생님께,
연락 감사합니다. 사진 1은 {{r:금순}} 언니 얼굴을 꼭 흐리게 해 주세요. {{r:양금순}} 언니는 아직 {{u:북한}}에 가족이 있습니다. 옆의 여자는 {{p:김소연}}이 맞지만, 그 친구도 흐리게 해 주세요.
사진 2는 동생 {{r:민}}이 사진인데, {{r:조민}}은 지금 어디 있는지 모릅니다. 싣지 말아 주세요.
사진 3의 남자는 {{p:리}} 사장 맞습니다. 그 사람은 얼굴이 나와도 괜찮습니다. 다만 이름은 원서처럼 "{{p:리}} 사장"으로만 써 주세요.
사진 4는 {{p:박}} 선생님께 제가 직접 여쭤보겠습니다.
{{r:조혜경}} 드림
""",
    },
    {
        "id": "h63-mixed-05",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Cha Myong-il", "차명일", "witness", ["Ча Мён Ир", "명일"]),
            ("Kang Il-bom", "강일범", "supervisor", ["Кан Ир Бом"]),
            ("Cha Un-gyong", "차은경", "relative", ["은경"]),
        ],
        "note": "Currency-exchange kiosk transaction log from Ulaanbaatar in Mongolian Cyrillic, with English column glosses and the NGO's Korean notes; Korean workers' names in Mongolian transcription; Mongolian cashiers with single names and patronymic initials; a supervisor exchanging the whole crew's dollars; a bank and city public.",
        "text": """Валют солилцооны цэг, {{u:Улаанбаатар}}, {{u:Баянзүрх дүүрэг}} - өдрийн бүртгэл (currency exchange kiosk, daily register)
Copy provided by the kiosk owner's daughter, {{p:Сарангэрэл}}, in 2022. English glosses by {{p:Tuya}}; Korean notes by {{p:오하람}}.

Огноо (date) | Нэр (name) | Зарсан (sold) | Авсан (bought, MNT) | Кассчин (cashier)
2018.06.30 | {{r:Кан Ир Бом}}        | USD 4,200 | 10,269,000 | {{p:Оюунчимэг}}
2018.06.30 | {{r:Ча Мён Ир}}         | USD 100   | 244,500    | {{p:Оюунчимэг}}
2018.06.30 | {{p:Ли Чхоль Нам}}      | USD 50    | 122,250    | {{p:Оюунчимэг}}
2018.07.31 | {{r:Кан Ир Бом}}        | USD 3,900 | 9,555,000  | {{p:Бат-Эрдэнэ}}
2018.07.31 | {{p:Ким Сон Ир}}        | USD 100   | 245,000    | {{p:Бат-Эрдэнэ}}
2018.07.31 | {{r:Ча}}                | USD 80    | 196,000    | {{p:Бат-Эрдэнэ}}
2018.08.31 | {{r:Кан}} (+2 хүн / +2 persons) | USD 4,500 | 11,070,000 | {{p:Оюунчимэг}}

Note from {{p:Сарангэрэл}} (translated): "My mother remembers Mr {{r:Кан}}. He came on the last day of every month with a thick envelope. The young one, {{r:Ча}}, came alone once and asked if we could send money to {{u:China}}. Mother said no."

[한국어 메모]
- 증언자 {{r:차명일}} (2016~2019 {{u:울란바토르}} 아파트 건설): 월급날마다 작업반장 {{r:강일범}}이 모든 사람의 달러를 모아 환전소에 가져갔다. 환전한 투그릭 중 일부만 나눠줬다.
- "{{r:Ча Мён Ир}}" 100달러 줄은 {{r:명일}} 씨 본인. 반장 몰래 모은 돈을 바꿔서 누나 {{r:차은경}}에게 보내려 했다고.
- 7월 31일 "{{r:Ча}}" 80달러도 본인. 은행({{u:Khan Bank}}) 송금은 안 된다고 해서 결국 {{u:중국}} 상인 {{p:老刘}}을 통해 {{r:은경}} 누나한테 보냄.
- {{p:Ли Чхоль Нам}}은 {{p:리철남}}, {{p:Ким Сон Ир}}은 {{p:김성일}}으로 추정. 같은 작업반.
""",
    },
    {
        "id": "h63-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jo Chol-jun", "조철준", "witness", ["Chol-jun", "CHO CHOL JUN"]),
            ("Ri Song-il", "리성일", "supervisor", []),
            ("Rim Kyong-nam", "림경남", "coworker", ["Kyong-nam"]),
        ],
        "note": "Polish municipal office list of PESEL number applications lodged by a shipyard labour agency for North Korean welders, with the clerk's Polish notes and the NGO's Korean comments; Polish declension of Korean surnames (Rima, Jo) kept inside the mention; agency staff and clerks private; city, office and shipyard public.",
        "text": """{{u:Urząd Miejski w Gdańsku}} - Wydział Spraw Obywatelskich
Wykaz wniosków o nadanie numeru PESEL (cudzoziemcy, obywatele {{u:KRLD}}) - złożone przez pełnomocnika, 14.05.2018
Pełnomocnik: {{p:Marek Nowicki}}, agencja pracy tymczasowej (adres w {{u:Gdynia}})

Lp. | Nazwisko i imię | Podstawa | Uwagi
1 | {{r:JO CHOL JUN}}   | praca - spawacz | brak pełnomocnictwa podpisanego osobiście
2 | {{r:RIM KYONG NAM}} | praca - spawacz | OK
3 | {{p:KANG MYONG SU}} | praca - spawacz | OK
4 | {{p:HAN IL GWANG}}  | praca - monter  | OK
5 | {{r:RI SONG IL}}    | praca - brygadzista | OK
6 | {{p:CHOE UN HO}}    | praca - spawacz | brak zdjęcia
7 | {{p:Olena Kovalenko}} | praca | (inna agencja - pomyłka w wykazie)

Notatka urzędniczki ({{p:A. Wróbel}}):
Pan {{p:Nowicki}} złożył wszystkie wnioski sam. Poprosiłam o osobiste stawiennictwo Pana {{r:Jo}} i Pana {{r:Rima}} - przyszli 16.05 z brygadzistą, Panem {{r:Ri}}, który odpowiadał za nich na wszystkie pytania. Pan {{r:Jo}} nie znał swojego adresu zamieszkania. Przekazano do wiadomości kierownika (Pani {{p:Zofia}}).

[한국어 메모 - 단체 조사원 {{p:정유나}}]
- 1번 {{r:조철준}} 씨가 증언자. "그날 {{u:폴란드}} 여자 직원이 저한테만 물었는데 {{r:리성일}} 반장이 대신 대답했다."
- "Pana {{r:Rima}}"는 폴란드어 격변화. 2번 {{r:림경남}}을 가리킴. {{r:경남}}이는 {{r:철준}} 씨와 같은 숙소.
- 작업장은 {{u:Gdańsk}} 조선소 하청 (정확한 회사명은 아직 확인 중). 증언자 기억으로는 "{{u:Nauta}}" 근처였다고.
- 7번 {{u:우크라이나}} 여성은 명단 오류로 보임.
""",
    },
    {
        "id": "h63-mixed-07",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kim Un-sil", "김은실", "witness", ["Un-sil", "Kim Eun Sil"]),
            ("Pak Song-nam", "박송남", "supervisor", ["Song-nam"]),
            ("Kang Ryon-hwa", "강련화", "coworker", ["Ryon-hwa"]),
        ],
        "note": "Vietnamese gift-basket shop's Tet order list for a North Korean restaurant in Hanoi, with recipients and delivery staff, plus the witness's Korean comments; Vietnamese kinship titles (anh, chị, ông, giám đốc) outside the mention; Korean names in Vietnamese spelling and in Hangul; city, districts and countries public.",
        "text": """GIỎ QUÀ TẾT - ĐƠN ĐẶT HÀNG (Tết Mậu Tuất 2018)
Cửa hàng: Hoa Mai Gift, {{u:Hoàn Kiếm}}, {{u:Hà Nội}}   Người nhận đơn: chị {{p:Thu}}
Khách hàng: nhà hàng Hàn ({{u:Triều Tiên}}) - người đặt: giám đốc {{r:Pak Song Nam}}   Thanh toán: tiền mặt USD

STT | Giỏ | Gửi tới | Địa chỉ | Người giao
1 | Giỏ lớn (rượu + bánh) | ông {{p:Trần Quốc Bảo}} | phường (công an) | {{r:Kim Eun Sil}} + anh {{p:Tuấn}}
2 | Giỏ lớn | bà {{p:Lê Thị Hồng}} (chủ nhà) | {{u:Ba Đình}} | {{r:Kang Ryon Hwa}} + anh {{p:Tuấn}}
3 | Giỏ vừa | anh {{p:Phạm Minh Đức}} (thuế) | - | {{r:Kim Eun Sil}}
4 | Giỏ vừa | chị {{p:Ngọc}} (nhà cung cấp hải sản) | {{u:Long Biên}} | anh {{p:Tuấn}}
5 | Giỏ nhỏ x 6 | nhân viên bếp người Việt (6 người, danh sách riêng) | tại nhà hàng | -
Ghi chú: giám đốc {{r:Pak}} dặn giỏ số 1 phải giao trước 8 giờ sáng 14/2.

---
[증언자 {{r:김은실}}의 설명, 2023년 면담. 정리 {{p:이다온}}]
- 주문서는 가게 직원 {{p:Thu}} 언니가 사진 찍어 보내 준 것. {{r:은실}} 씨는 이 가게에 자주 심부름 갔음.
- 1번 "ông {{p:Trần Quốc Bảo}}"는 동네 공안. {{r:박송남}} 지배인이 매년 제일 큰 선물을 보냄.
- {{r:련화}}와 둘이서 집주인 할머니({{p:Hồng}} 할머니)한테 선물 갖다 드림. 할머니가 {{r:련화}}한테 "예쁘다"며 용돈을 주려 했는데 {{r:송남}} 지배인이 알면 큰일이라 거절.
- {{u:베트남}} 직원 6명 중 {{p:Sơn}}이는 나중에 {{r:은실}} 씨가 식당을 떠날 때 도와준 사람. 이름을 써도 되는지 아직 확인 못 함.
- "{{r:Eun Sil}}"은 가게 직원이 남쪽식으로 적은 것. 본인 여권에는 {{r:KIM UN SIL}}.
""",
    },
    {
        "id": "h63-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Un-hyang", "리은향", "witness", ["李银香", "은향"]),
            ("Kye Sun-hui", "계순희", "supervisor", ["桂顺姬"]),
            ("Ri Un-ju", "리은주", "relative", ["李银珠", "은주"]),
        ],
        "note": "Chinese seafood plant's nucleic-acid testing roster for its North Korean workers during Covid lockdown, in Chinese with the witness's Korean notes; Korean women in Chinese character names; Chinese forms of address (小李, 刘主任, 老张) labelled whole; dormitory and batch numbers; sisters on the same roster; cities public.",
        "text": """{{u:东港市}}某水产品加工厂 - 朝鲜籍员工核酸检测登记表
日期：2022年4月18日   检测点：厂区南门   登记：{{p:小李}}（人事部）   复核：{{p:刘主任}}

序号 | 姓名 | 宿舍 | 采样时间 | 结果
1  | {{r:桂顺姬}}（组长） | 3-101 | 07:02 | 阴性
2  | {{r:李银香}}         | 3-104 | 07:03 | 阴性
3  | {{r:李银珠}}         | 3-104 | 07:03 | 阴性
4  | {{p:金英爱}}         | 3-104 | 07:04 | 阴性
5  | {{p:朴春花}}         | 3-105 | 07:05 | 阴性
6  | {{p:韩美兰}}         | 3-105 | 07:05 | 未采（发烧，隔离）
7  | {{p:崔玉善}}         | 3-106 | 07:06 | 阴性
8  | {{p:郑光淑}}         | 3-106 | 07:07 | 阴性
备注：6号{{p:韩美兰}}已送{{u:丹东}}市传染病医院。3号楼全体封闭管理7天，饭由{{p:老张}}送。

[증언자 {{r:리은향}}의 메모 (2024년, 한국어)]
- 이 표는 사무실 {{p:小李}}가 단톡방에 잘못 올린 것을 {{r:은향}}이가 캡처함.
- 1번 "{{r:桂顺姬}}"는 우리 조장 {{r:계순희}}. 조장 동무는 봉쇄 기간에도 밖에 나갈 수 있었음.
- 2, 3번은 나와 동생 {{r:은주}}. {{u:중국}} 이름은 공장이 마음대로 붙인 것. {{r:李银珠}}가 {{r:은주}}.
- 6번 {{p:한미란}} 언니는 병원에 간 뒤 3주 동안 소식이 없었음. 돌아와서 {{r:계}} 조장이 "아무한테도 말하지 말라"고 함.
- {{p:老张}}은 식당 아저씨, 우리한테 몰래 사과를 줬음. {{p:刘主任}}은 무서운 사람.
- 우리 방(3-104)에는 {{p:김영애}} 언니도 있었음. {{p:영애}} 언니는 아직 {{u:중국}}에.
""",
    },
    {
        "id": "h63-mixed-09",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Yun Ha-yong", "윤하영", "witness", ["하영", "Hayoung"]),
            ("Pak Sun-sil", "박순실", "coworker", ["순실", "Sunsil"]),
            ("Yun Tok-su", "윤덕수", "relative", ["덕수"]),
        ],
        "note": "Export of a phone photo app's face-grouping labels, typed by the owner in mixed Hangul, English, Chinese and emoji, with the NGO's evidence notes; kinship-only and role-only labels unmarked; a zero-width joiner and fullwidth letters inside names; Chinese form of address labelled whole; the photo app and a city public.",
        "text": """Evidence item E-07: Android phone of {{r:YUN Ha-yong}}, handed to us 12 Jan 2024 with consent
{{u:Google Photos}} > People & pets > labels (exported by {{p:Sam K.}}, digital security volunteer)

Label (as typed by owner)      | Photos | Earliest   | NGO note
엄마 ❤️                         | 212    | 2019-03-02 | mother, no name given
{{r:순실}}이 언니 🌸               | 148    | 2019-05-11 | = {{r:Pak Sun-sil}}, roommate at the garment factory
{{r:Sunsil}}                       | 9      | 2020-01-01 | same person, second group (hat on)
{{r:덕수}} 오빠                     | 64     | 2019-03-02 | brother {{r:Yun Tok-su}}
{{p:王姐}}                          | 31     | 2019-07-20 | Chinese line supervisor
Mr. {{p:Zhao}}                      | 12     | 2019-08-01 | factory owner
반장 😡                           | 5      | 2019-09-13 | brigade leader, owner refused to name him
{{p:Ｃｈｏｅ}} (dormitory)             | 7      | 2020-02-14 | fullwidth letters as typed
{{p:Mi\u200dna}}                           | 22     | 2021-06-30 | friend in {{u:Seoul}}; label contains a zero-width joiner
{{p:Anna}} teacher                  | 18     | 2022-03-10 | Korean language teacher at the settlement centre
나                                | 403    | 2019-03-02 | the owner herself
{{r:하영}}&{{r:순실}}                    | 27     | 2019-10-01 | both, group photos
(unlabelled groups: 41)

NGO notes ({{p:Kang Min-seo}})
- Photos labelled "{{r:순실}}이 언니" are the best evidence of dormitory conditions in {{u:Qingdao}}: bunk beds, 12 to a room. {{r:Ha-yong}} asks that {{r:Sun-sil}}'s face never be shown; {{r:Pak}} may still be in {{u:China}}.
- "{{p:王姐}}" appears in 31 photos at the cutting tables; {{r:하영}} says she was kind and should not be blamed.
- The "반장" group: owner does not want to say his name. Do not guess. ({{r:덕수}} 오빠 says the name is {{p:Choe}}, but this is not confirmed and may refer to the "{{p:Ｃｈｏｅ}}" group.)
- Export reviewed by {{p:Sam}}; no location data kept.
""",
    },
    {
        "id": "h63-mixed-10",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("O Chol-jin", "오철진", "witness", ["Chol-jin"]),
            ("Ryu Myong-ho", "류명호", "coworker", ["Myong-ho"]),
            ("Hong Son-ae", "홍선애", "relative", ["선애"]),
        ],
        "note": "Port agent's list of parcels for crew of fishing vessels in Montevideo, Spanish and English with the NGO's Korean notes; surname O beside the Spanish conjunction 'o'; Spanish titles (Sr., capitán) outside the mention; crew names in capitals without hyphens; invented vessels unmarked; port, city and courier public.",
        "text": """AGENCIA MARÍTIMA - ENTREGA DE ENCOMIENDAS A TRIPULANTES / CREW PARCEL DELIVERY LIST
Puerto: {{u:Montevideo}}   Fecha: 03/11/2019   Agente: {{p:Martín Acosta}}   Chofer: {{p:Walter}}
Recibido vía {{u:DHL}} y vía iglesia (entregados en mano por la Sra. {{p:Graciela Pérez}})

Nº | Buque | Tripulante | Remitente | Contenido | Firma recibido
1 | F/V Hai Feng 818 | {{r:O CHOL JIN}}    | {{r:HONG SON AE}} (esposa), vía iglesia | ropa, medicinas | ✔ capitán {{p:Liu}}
2 | F/V Hai Feng 818 | {{r:RYU MYONG HO}}  | - (sin remitente) | cigarrillos 2 cartones | ✔ capitán {{p:Liu}}
3 | F/V Hai Feng 818 | {{p:KIM YONG IL}}   | {{p:KIM SUN OK}} | carta | ✘ no entregado, capitán dice "no está a bordo"
4 | F/V Lu Rong 2201 | {{p:ZHANG Wei}}     | familia | comida seca | ✔ {{p:Zhang}}
5 | F/V Lu Rong 2201 | {{p:Ali Mahmud}}    | {{u:ITF}} | tarjeta SIM | ✔ {{p:Ali}}
6 | F/V Hai Feng 818 | {{r:O}} o {{r:RYU}} (nombre ilegible) | iglesia | biblia en coreano | ✘ capitán rechazó

Nota del agente: El capitán {{p:Liu}} firmó por los tripulantes coreanos 1 y 2; no se permitió al Sr. {{r:O}} ni al Sr. {{r:Ryu}} bajar al muelle. Encomienda 6: no sabemos si era para {{r:O}} o para {{r:Ryu}}; la Sra. {{p:Pérez}} dice que para el mayor.

[한국어 메모 - 단체 조사원 {{p:배수진}}, 2023]
- 1번 {{r:오철진}} 씨(증언자)는 아내 {{r:홍선애}}가 보낸 소포를 받은 것을 기억함. 그런데 열어 보니 약은 선장 {{p:Liu}}가 빼 간 뒤였다고. {{r:선애}} 씨는 {{u:중국}} 쪽 교회를 통해 보냈음.
- 2번 {{r:류명호}}는 같은 배 동료. 담배는 누가 보냈는지 {{r:명호}}도 모름.
- 3번 {{p:김용일}}은 한 달 전에 다른 배로 옮겨졌다고 {{r:철진}} 씨가 말함.
- 6번 성경은 결국 아무도 못 받음. 스페인어 "o"는 '또는'이라는 뜻이고, 앞의 "O"는 {{r:오}} 씨 성.
""",
    },
    {
        "id": "h63-mixed-11",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ri Yong-gil", "리용길", "witness", ["Ли Ён Гиль", "용길"]),
            ("So Kwang-nam", "소광남", "supervisor", ["Со Гван Нам"]),
            ("Ri Hyang-mi", "리향미", "relative", ["향미"]),
        ],
        "note": "Handwritten Russian IOU (raspiska) typed up, with a second one for the brigade leader and the NGO's Korean translation; Russian names in genitive and instrumental kept inside (Сергеева Андрея Викторовича, Соном); the surname Со beside the Russian preposition со; passport data; a city and country public.",
        "text": """РАСПИСКА
г. {{u:Владивосток}}, 15 октября 2018 г.

Я, {{r:Ли Ён Гиль}}, гражданин {{u:КНДР}}, паспорт № 836******, получил от {{p:Сергеева Андрея Викторовича}} денежные средства в размере 60 000 (шестьдесят тысяч) рублей в долг.
Обязуюсь вернуть указанную сумму до 15 января 2019 г.
Деньги получены в присутствии бригадира {{r:Со Гван Нама}}, который поручился за меня.
Подпись: {{r:Ли}} ______

Второй листок (тем же почерком):
Я, {{r:Со Гван Нам}}, подтверждаю, что деньги взяты со мной вместе и переданы мне для отправки семье {{r:Ли}}. Поручаюсь.
Подпись: {{r:Со}} ______
Свидетель: {{p:Тимур Алиев}}, прораб

---
[번역 및 메모 - 번역 {{p:안나 최}}, 메모 {{p:남궁지현}}]
차용증. {{u:블라디보스토크}}, 2018.10.15.
"나 {{r:리용길}}은 {{p:세르게예프 안드레이 빅토로비치}}에게서 6만 루블을 빌렸으며 2019.1.15까지 갚겠다. 돈은 작업반장 {{r:소광남}}이 입회한 자리에서 받았고, 그가 보증했다."
둘째 장: "나 {{r:소광남}}은 돈을 함께 받았으며, {{r:리}}의 가족에게 보내기 위해 내가 넘겨받았음을 확인한다."

메모
- {{r:용길}} 씨에 따르면 돈은 아내 {{r:리향미}}의 수술비로 보내려던 것. {{r:소광남}} 반장이 "내가 보내 주마" 하고 가져간 뒤 {{r:향미}} 씨는 한 푼도 받지 못했음.
- 러시아어 "со мной"의 "со"는 '와 함께'라는 전치사. 서명란 "{{r:Со}}"는 반장의 성 {{r:소}}.
- 집주인 {{p:Сергеев}}(세르게예프)는 나중에 {{r:용길}} 씨를 경찰에 신고하겠다고 협박하며 "Я договаривался с {{r:Соном}}"(나는 {{r:소}} 씨와 약속했다)라고 말함. 반장 {{r:Со}}는 "Спрашивайте с {{r:Ли}}"({{r:리}}한테 받으라) 하고 전화를 끊었다고 ({{p:Сергеев}}가 한 말을 {{r:용길}} 씨가 전함).
- 증인 {{p:Тимур}}는 현장 작업감독.
""",
    },
    {
        "id": "h63-mixed-12",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pak Chang-u", "박창우", "witness", ["Chang-u", "창우"]),
            ("Ku Song-hwan", "구성환", "supervisor", ["Song-hwan"]),
            ("Pak Mi-ran", "박미란", "relative", ["미란"]),
        ],
        "note": "Researcher's note-taking vault export (Markdown with YAML front matter, wiki-links and tags); names inside [[...]] links and file names labelled without brackets; aliases in front matter; hashtags labelled only for the part that spells a name; Korean and English mixed; a zero-width space inside one backlinked name; the app, country and city public.",
        "text": """---
title: "{{r:Pak Chang-u}}"
aliases: ["{{r:박창우}}", "{{r:Chang-u}}", "W-23"]
tags: [witness, gulf, construction]
created: 2024-02-03
---

# {{r:Pak Chang-u}} (W-23)

Vault: NK-labour-research ({{u:Obsidian}}). Linked: [[{{r:Ku Song-hwan}}]], [[{{r:Pak Mi-ran}}]], [[Site - {{u:Kuwait}} housing 2015]], [[{{p:Jang Il-su}}]]

## Basics
- Born 1980, {{u:Sinpo}}. Construction worker in {{u:Kuwait}} 2014-2017, then back, then left 2019.
- Interview 1: 2024-01-29, {{u:Seoul}}, with [[{{p:Hwang Da-eun}}]] interpreting. Audio: `W23_{{r:pak}}_01.m4a`
- Wife: [[{{r:Pak Mi-ran}}]] (same surname, not related - common question). {{r:미란}} 씨 is in {{u:Incheon}}.

## Key claims
1. Brigade leader [[{{r:Ku Song-hwan}}]] kept passports in a locked suitcase. #passports
2. {{r:창우}} says the "plan" was 800 USD per man per month; he received ~100. #wages #{{r:창우}}_quote
3. Heat: work stopped only when the Kuwaiti inspector came. {{r:Chang-u}}: "{{r:구성환}} had a boy watching the road."
4. A co-worker [[{{p:Jang Il-su}}]] collapsed in August 2016; {{r:Ku}} refused hospital. Cross-check with [[{{p:Ri Kwang-ho}}]] (W-31) who names the same man "{{p:Il-su}}".

## To do
- [ ] Ask {{r:Chang-u}} about the second site ("near the big mall")
- [ ] Check [[{{r:Ku Song-hwan}}]] against W-31 and W-40 (different spelling "{{r:Koo Sung-hwan}}" in W-40?)
- [ ] {{r:박미란}} consent for quote? She said no names.

## Backlinks
- [[Index - supervisors]] -> {{r:Ku Song\u200b-hwan}}
- [[Daily 2024-01-29]] -> "met {{r:Chang-u}} at the cafe, he brought {{r:Mi-ran}}"
""",
    },
    {
        "id": "h63-mixed-13",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Chae Kum-bi", "채금비", "witness", ["蔡金妃", "채서윤", "蔡瑞允", "금비", "서윤"]),
            ("Chae Man-bok", "채만복", "relative", ["蔡萬福"]),
            ("Kwon Song-hui", "권송희", "other", []),
        ],
        "note": "Seal-engraving shop's order book with names in Hangul and Hanja, fonts and materials, and the witness's explanation; one woman under her old and her new (changed) name, both labelled as her; a memorial seal for a father who died on a dispatch; seal text in Hanja; the engraver and customers private; a district public.",
        "text": """인장 주문 장부 - 명인당 ({{u:서울}} {{u:종로구}})   2023년 12월
번호 | 주문일 | 주문자 | 새길 이름 (한자) | 재질 / 서체 | 찾는 날 | 비고
1207 | 12/04 | {{p:김영수}}   | {{p:金英洙}}       | 회양목 / 전서 | 12/06 | 은행용
1208 | 12/04 | {{r:채서윤}}   | {{r:蔡瑞允}}       | 벽조목 / 인전 | 12/08 | 개명 후 새 이름
1209 | 12/04 | {{r:채서윤}}   | {{r:蔡金妃}}       | 벽조목 / 인전 | 12/08 | 옛 이름 - 보관용이라고 함
1210 | 12/04 | {{r:채서윤}}   | {{r:蔡萬福}}       | 옥 / 전서     | 12/11 | 돌아가신 아버님, 제사용
1211 | 12/05 | {{p:박정호}}   | {{p:朴正浩}}       | 뿔 / 해서     | 12/07 |
1212 | 12/05 | {{p:이순자}}, {{p:이민규}} | {{p:李順子}}, {{p:李敏圭}} | 회양목 / 전서 | 12/07 | 모자
1213 | 12/06 | {{r:권송희}}   | {{r:權松姬}}       | 벽조목 / 인전 | 12/09 | {{r:채서윤}} 님 소개
1214 | 12/07 | {{p:Thomas Miller}} | {{p:米勒}} (한자 이름 지어 드림) | 회양목 / 예서 | 12/09 | 외국인, 선물용

각인장 메모 ({{p:정}} 사장)
- 1208~1210: 한 분이 세 개. 옛 이름 {{r:채금비}}, 새 이름 {{r:채서윤}}. 아버님 {{r:채만복}}({{r:萬福}}) 어른은 해외에 일하러 나가셨다가 돌아가셨다고. 옥으로 해 드림. 값 깎아 드림.
- {{r:권송희}} 님도 고향이 이북이라고. {{r:서윤}} 님이 데려옴.

[단체 메모 - 상담사 {{p:우지안}}, 2024.1]
- 이 장부 사진은 {{r:서윤}} 씨(옛 이름 {{r:금비}})가 보여 줌. 아버지 {{r:채만복}} 씨는 2011년 {{u:러시아}} 벌목장 파견 중 사고로 사망. 시신은 돌아오지 않았다고.
- "아버지 도장이라도 있어야 제사 때 이름을 부를 수 있을 것 같았어요." - {{r:채서윤}}
- {{r:권송희}} 씨는 {{r:서윤}} 씨의 교회 친구, 역시 {{u:러시아}} 파견 노동자 가족.
""",
    },
    {
        "id": "h63-mixed-14",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Sok Chun-ho", "석춘호", "witness", ["Chun-ho", "춘호"]),
            ("Jong Sol-mi", "정설미", "witness", ["Sol-mi", "설미"]),
        ],
        "note": "Simultaneous-interpretation booth handover log for a side event, in English with Korean and Japanese glossary entries; interpreters by first name and initials; speaker pronunciation notes for witnesses (surname Sok beside 'sock'); a fictional ambassador private; a UN venue, city and mission names public.",
        "text": """BOOTH LOG - KO/EN/JA - side event "Sent to Work: Testimonies from Abroad"
{{u:Palais des Nations}}, {{u:Geneva}}, Room XXIV, 14 March 2024, 13:15-14:45
Booth KO<>EN: {{p:Yoon-hee}} ({{p:YH}}), {{p:Daniel Cho}} ({{p:DC}})   Booth JA: {{p:Akiko Sato}} ({{p:AS}}), {{p:Kenta}} ({{p:KM}})   Tech: {{p:Marc}}

Pronunciation / glossary (prepared by {{p:YH}})
- {{r:SOK Chun-ho}} ({{r:석춘호}}) - say "{{r:Suk}}", not "sock". Witness 1. Speaks Korean, fast, north-eastern accent.
- {{r:JONG Sol-mi}} ({{r:정설미}}) - "{{r:Jung Sull-mee}}". Witness 2. Prefers "Ms {{r:Jong}}", not "{{r:Sol-mi}}".
- Moderator: Ambassador {{p:Henrik Lund}} (EN). Panelist: Prof. {{p:Tanaka Yuko}} / {{p:田中優子}} (JA).
- 지명: {{u:Tynda}} (틴다), {{u:Dandong}} (단둥)
- 벌목 = logging, 충성자금 = "loyalty funds", 작업반장 = brigade leader (do not translate as "foreman" - {{r:Chun-ho}} asked)

Handover notes
13:15 {{p:DC}} on. Opening by Amb. {{p:Lund}}. Mentions the {{u:Permanent Mission of the Republic of Korea}} as co-host.
13:24 {{p:YH}} on. {{r:Chun-ho}} starts. Names his brigade leader "{{p:Pak}}" and a friend "{{p:Yong-nam}}" who died in the forest. Interpreted as said.
13:31 {{r:석춘호}} says "{{p:박}} 반장 그 새끼" - rendered "that bastard, brigade leader {{p:Pak}}". Moderator smiled.
13:40 {{p:DC}} on. {{r:Sok}} finishes; long applause. {{p:Marc}}: mic 3 buzzing.
13:42 {{r:Sol-mi}} / Ms {{r:Jong}} starts. Seafood plant, {{u:Dandong}}. Names the Chinese manager "{{p:王经理}}" - {{p:DC}} said "Manager {{p:Wang}}". Mentions her sister {{p:Sol-hwa}} still in the plant - she asked beforehand that this not go in the record; flagged to organiser {{p:Ines}}.
14:05 {{p:YH}} on. Q&A. One question in Japanese, relayed via EN.
14:30 Prof. {{p:Tanaka}} closing. {{p:AS}} on JA.
14:44 End. {{p:YH}}: both witnesses thanked the booth. {{r:설미}} 씨 gave us chocolates.
""",
    },
    {
        "id": "h63-mixed-15",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ha Un-jong", "하은정", "witness", ["은정"]),
            ("Ha Song-nam", "하성남", "relative", ["성남"]),
            ("Ma Yong-ae", "마영애", "coworker", ["영애"]),
        ],
        "note": "Online-shopping order history exported by a resettled woman, with gift recipients and an overseas shipment to China, Korean with English and Chinese fields; a brother named 성남 beside the city of 성남; surname 마 beside 마스크; masked recipient names and phone numbers; sellers and couriers public where real.",
        "text": """주문 내역 내보내기 (2023.09.01 ~ 2023.12.31) - 계정: {{r:하은정}} / {{r:haeunjung}}***@naver.com
※ 상담 때 본인이 출력해 온 것. 받는 분 이름은 출력물 그대로 (일부 마스킹).

주문일 | 상품 | 받는 분 | 배송지 | 상태
09.12 | 겨울 패딩 (남성 XL) | {{r:하성남}} | {{u:성남}}시 ○○구 | 배송 완료
09.12 | KF94 마스크 200매 | {{r:하*남}} | 위와 같음 | 배송 완료
09.30 | 추석 과일 선물세트 | {{r:마영애}} | {{u:인천}} ○○구 | 배송 완료
10.15 | 혈압계 | {{p:김*순}} | {{u:대전}} ○○구 | 배송 완료
10.15 | 어린이 책 세트 | {{p:박서진}} | {{u:대전}} ○○구 | 배송 완료
11.02 | [해외배송] 전기장판 | {{p:崔明花}} / {{p:Cui Minghua}} | {{u:延吉市}} | 통관 지연
11.02 | [해외배송] 감기약 | {{p:崔明花}} | 위와 같음 | 반송 (의약품 불가)
11.20 | 생일 케이크 쿠폰 | {{r:영애}} | 모바일 쿠폰 | 사용 완료
12.10 | 목도리 | {{r:성남}}이 | {{u:성남}}시 | 배송 완료
12.24 | 크리스마스 선물 (장난감) | {{p:하지우}} | {{u:성남}}시 | 배송 완료

상담 메모 (상담사 {{p:문서연}})
- {{r:은정}} 씨는 매달 수입의 절반 가까이를 선물로 씀. 본인은 "빚 갚는 것"이라고 표현.
- 남동생 {{r:성남}}이는 {{u:성남}}시에 삶. 이름이 도시 이름과 같아서 어릴 때 놀림 받았다고 웃음. {{p:하지우}}는 {{r:성남}} 씨 아들.
- {{r:마영애}} 씨는 {{u:중국}} 수산물 공장에서 같이 일한 언니. 마스크 박스는 {{r:마}} 언니가 아니라 동생 몫.
- {{p:崔明花}}({{p:최명화}})는 공장에서 탈출할 때 도와준 조선족 아주머니. 감기약이 반송돼서 {{r:은정}} 씨가 많이 속상해함. 다른 방법 안내함.
- {{p:김*순}} 님, {{p:박서진}} 님은 교회 분들. 이름 지워 달라고 요청.
""",
    },
    {
        "id": "h63-mixed-16",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Kim Hyang-sun", "김향순", "witness", ["金香顺", "향순"]),
            ("Ho Chol-min", "허철민", "supervisor", ["许哲民"]),
            ("Kim Hyang-ok", "김향옥", "relative", ["金香玉", "향옥"]),
        ],
        "note": "Chinese factory dormitory face-recognition access enrolment list with access-group permissions, in Chinese with English system fields and the witness's Korean notes; North Korean workers in Chinese character names, the supervisor with exit rights; Chinese forms of address (小周, 赵科长) labelled whole; device IDs; a city and district public.",
        "text": """门禁系统 人脸录入名单 / Access Control Face Enrolment Export
设备: DS-K1T671 #2 (女工宿舍B栋)   导出人: {{p:小周}}（保卫科）   日期: 2021-11-03
单位: {{u:珲春}}边境经济合作区 某服装厂

ID   | 姓名 Name      | 部门 Dept | 权限组 Access group    | 有效期 Valid
B001 | {{r:许哲民}}      | 朝鲜管理  | 全部 ALL (出入厂门)   | 2021-11-03 ~ 2024-11-02
B002 | {{p:金明玉}}      | 朝鲜管理  | 宿舍+车间             | 同上
B101 | {{r:金香顺}}      | 缝纫一组  | 宿舍+车间 (无厂门)     | 同上
B102 | {{r:金香玉}}      | 缝纫一组  | 宿舍+车间 (无厂门)     | 同上
B103 | {{p:李春花}}      | 缝纫一组  | 宿舍+车间 (无厂门)     | 同上
B104 | {{p:朴玉珠}}      | 缝纫二组  | 宿舍+车间 (无厂门)     | 同上
B107 | {{p:吴英兰}}      | 整烫组    | 宿舍+车间 (无厂门)     | 录入失败，重拍
备注: 朝鲜工人只开宿舍和车间。厂门权限只给{{r:许}}和{{p:金明玉}}。{{p:赵科长}}批准。

[증언자 {{r:김향순}}의 설명 - 한국어, 2023년 면담. 정리 {{p:설하은}}]
- 이 명단은 보안과 {{p:小周}}가 컴퓨터 화면을 켜 둔 채 나가서 {{r:향순}}이가 휴대폰으로 찍은 것.
- B001 "{{r:许哲民}}"은 우리를 관리하던 {{r:허철민}} 지도원. 공장 문을 나갈 수 있는 사람은 {{r:허}} 지도원과 {{p:김명옥}} 부지도원 둘뿐이었음.
- B102 {{r:金香玉}}는 내 언니 {{r:김향옥}}. {{r:향옥}} 언니와 나는 같은 조에서 3년 일함. 언니는 2022년에 귀국시켜졌고 지금 소식 모름.
- B107 {{p:오영란}}은 얼굴 인식이 안 돼서 매번 {{p:小周}}가 문을 열어 줘야 했음. 그래서 우리가 "문지기 동생"이라고 놀림.
- {{p:赵科长}}은 공장 보안과장. {{u:중국}} 사람인데 한국말 조금 함.
""",
    },
]
