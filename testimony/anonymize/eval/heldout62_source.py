# ruff: noqa: E501
"""Held-out evaluation passages, set 62. Built by build_heldout.py heldout62.

Fifty documents of the kind an NGO working on North Koreans sent abroad as forced
labourers could plausibly receive or write, written blind (the finder's code was not
read and the finder was not run). All genres are ones no earlier set used as far as
their opening lines show (court interpreters' invoices, seafarers' union grievance
submissions, tax-office letters, labour-camp cricket scorecards, artwork provenance
notes, OCR'd ship-owners' telexes, podcast show notes, journal expressions of concern,
employment-tribunal claim particulars, pre-sentence reports, translated fire
investigation reports, cabin-crew in-flight incident reports, moot-court problems,
recording-studio session logs, charity-shop till sheets, fact-finding mission
situation reports, chess tournament crosstables, Korean tax-office notices, court
auction property statements, labour-attorney consultation cards, radio listener
letters, web-novel afterwords, mobile wedding invitations, inminban overnight-guest
registers, bowling-club score sheets, apartment PA announcement scripts, car-repair
estimates, personal-training logs, North Korean newspaper articles, petitions for
early return, property-register extracts, senior-centre yut-nori brackets,
photo-club outing posts, funeral-hall board transcriptions, Angolan mobile-money
dispute SMS threads, Russian dacha-cooperative dues ledgers, Russian hostel
complaints books, Chinese police reward notices, Chinese payslip stubs, Kuwaiti zakat
distribution lists, Japanese neighbourhood circulars, Vietnamese karaoke-bar tab
books, Mongolian cashmere-sorting registers, Polish criminal-record certificate
batches, documentary dubbing cue sheets, transcribed ration ledgers, app-store review
threads, Russian universal transfer documents and marathon result lists), in English,
Korean and mixed Korean/English with Russian, Chinese, Arabic, Japanese, Vietnamese,
Mongolian, Polish, Portuguese and French. All persons are fictional; real public
figures are mentioned only neutrally.

Labelling convention (as in the preceding sets):
- {{r:...}} a mention of a registered private person (listed in the passage's
  "persons" as (romanized name, Hangul name, role, aliases)); {{p:...}} a mention
  of an unregistered private person; {{u:...}} a public name: a real public figure,
  a real place (streets and squares named after people included), a real
  organisation, company, law, ship, app or platform.
- Every fictional person is private, whatever their office.
- Invented businesses, sites, vessels and products are left unmarked.
- A mention is the name only: particles, the affectionate suffix 이, titles
  (씨, 님, 동무, 반장, Mr, Dr, бригадир), possessive 's, plural -s and emoji stay
  outside; Chinese forms of address are labelled whole (老周, 小王, 王总); Russian
  and Polish names keep their case endings.
- Nicknames, given names alone, bare surnames and initials standing for a person
  are mentions; the same strings used as ordinary words are not.
- Zero-width characters, fullwidth letters and OCR damage inside a name stay
  inside the mention. In handles, e-mail addresses and file names only the part
  that spells the name is labelled.
- Country names are public when they stand as nouns, also attributively
  (북한 사람, 중국 돈); nationality adjectives and derived words are not marked.
"""

PASSAGES: list[dict] = [
    {
        "id": "h62-en-01",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ko Myong-hui", "고명희", "witness", ["Myong-hui"]),
            ("So Kum-chol", "소금철", "witness", ["Kum-chol"]),
            ("Mun Tae-ho", "문태호", "supervisor", ["Moon Tae-ho", "Big Moon"]),
        ],
        "note": "Court interpreter's invoice with an attendance schedule for a modern-slavery trial; defendant Mun spelled Moon beside a restaurant called Half Moon and the word moon; witness So beside sentence-initial 'So'; nickname; Hangul names for the Mandarin interpreter; judge, counsel, ushers and caseworkers are private; CRLF.",
        "text": """INVOICE AND ATTENDANCE SCHEDULE
Invoice no.: JYH/2024/031        Date of invoice: 29 March 2024
Interpreter: {{p:Ji-yeon Harper}} MCIL, NRPSI reg. 16043 (Korean <> English)
Booked via: {{u:thebigword}}, job refs TBW-88412 to TBW-88416
Payable by: {{u:HM Courts & Tribunals Service}}, {{u:Kingston Crown Court}}
Case: R v {{r:MOON Tae-ho}} and {{p:LIANG Wei}}, T2023 7741, counts under ss.1-2 of the {{u:Modern Slavery Act 2015}}
Witnesses interpreted for: {{r:KO Myong-hui}} (W1) and {{r:SO Kum-chol}} (W2)

Day 1, Monday 4 March 2024
Attended 09:00. Court 2, HHJ {{p:Pemberton}}. Jury sworn at 11:40. No evidence called. At the request of Ms {{p:Adeyemi}} (CPS paralegal) I sight-translated the ABE summary for Ms {{r:Ko}} in the witness service suite; Witness Service volunteer {{p:Gillian Rowe}} present throughout. Released 15:10.
Claim: 6.25 hrs (3 hrs minimum + 3.25).

Day 2, Tuesday 5 March 2024
W1 {{r:Ko Myong-hui}} gave evidence 10:05-12:58 and 14:05-16:20, behind screens. Cross-examined by Mr {{p:Harcourt}} KC for D1 and Ms {{p:Iqbal}} for D2.
At 11:20 the witness referred to D1 as "{{r:Big Moon}}" (큰 문). Counsel asked me to repeat it and the judge directed that it be rendered as said. The restaurant where W1 worked, Half Moon Noodle Bar, appears on the payslips; I have spelled both as they were spoken so the transcript is not confused. W1 also mentioned "the auntie from {{u:Yanji}}", whom she later named as {{p:Pak Chun-ok}}, and a cook she called only {{p:Yong-su}}.
Claim: 7.5 hrs.

Day 3, Wednesday 6 March 2024
W2 {{r:So Kum-chol}} sworn 10:10 on the Bible at his own request. So the court rose at 10:40 while the usher, Mr {{p:Okafor}}, found one; 15 minutes lost. Mr {{r:So}} said the defendant's wife, "{{p:Hye-jin}} 사모님", kept the passports in a shoebox in the flat above the shop. I rendered 사모님 as "madam". He said {{r:Moon}} paid him 40 pounds a day, cash, "when the moon was in a good mood", which the jury laughed at; I noted that this is a word-play in Korean too.
Re-examination by Ms {{p:Clarke}} for the Crown. {{r:Kum-chol}} became distressed at 15:35 and the judge rose for the day.
Claim: 7.0 hrs.

Day 4, Thursday 7 March 2024
D2 {{p:Liang}} gave evidence through a Mandarin interpreter, Mr {{p:Zhou Min}}. I stood by to spell Korean names for the court clerk: {{r:고명희}}, {{r:소금철}}, {{r:문태호}}, and the cook's given name {{p:용수}}. The clerk, Ms {{p:Begum}}, asked whether "{{r:Mun}}" and "{{r:Moon}}" are the same surname: yes, two romanisations of one name.
Claim: 4.0 hrs (half day, released 13:00).

Day 5, Friday 8 March 2024
Stand-by, not called. Jury out. Counsel for D1 asked me to check whether Ms {{r:Ko}}'s word 혼내다 was "to scold" or "to punish"; I gave a written note via Ms {{p:Adeyemi}}.
Claim: 3.0 hrs (minimum).

Travel: {{u:Croydon}} to {{u:Kingston upon Thames}} daily, rail, 5 x 11.40 = 57.00
Subsistence: 2 x 5.00 (days 2 and 3 over 10 hrs away)

Total hours 27.75 at 34.00 = 943.50; travel 57.00; subsistence 10.00. TOTAL 1,010.50

Signed: {{p:J. Harper}}
Countersigned, court usher: {{p:D. Okafor}}
""",
    },
    {
        "id": "h62-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Kwang-son", "리광선", "witness", ["Kwang-son", "Lee Kwang-sun"]),
            ("Han Song-il", "한성일", "coworker", ["Song-il"]),
            ("Tak Yong-nam", "탁용남", "supervisor", ["Bosun Tak"]),
        ],
        "note": "Seafarers' union grievance submission for a longliner crew; surname Han beside 'Handler'; given name Song-il beside the word song; bosun's surname used alone; Indonesian and Filipino crew; real unions, flag state and port public, vessel invented and unmarked.",
        "text": """{{u:International Transport Workers' Federation}} / Fisheries Section
GRIEVANCE SUBMISSION - FORM G-3 (crew on distant-water fishing vessels)
Submitted by: Indonesian seafarers' union, port office {{u:Busan}}
Vessel: F/V Sea Orchid 707 (longliner), flag: {{u:Vanuatu}}, last port unknown
Date received: 14 August 2023          Case handler: {{p:Rina Wulandari}}

1. Complainants
(a) {{r:RI Kwang-son}}, oiler, {{u:DPRK}} national (on board under a Chinese seaman's book in the name {{r:LI Guangshan}})
(b) {{r:HAN Song-il}}, deckhand, same nationality
(c) {{p:Agus Prasetyo}}, deckhand, Indonesian
(d) {{p:Jun-Jun Dela Cruz}}, cook, Filipino
Representative: {{p:Rina Wulandari}}, assisted by interpreter {{p:Choi Ye-eun}} (Korean)

2. Respondents
Master: {{p:Huang Zhiqiang}}. Bosun: {{r:TAK Yong-nam}} ({{u:DPRK}}). Manning agent: not known by name to the complainants; payments went through "Mr {{p:Kang}} in {{u:Dalian}}".

3. Particulars
3.1 Between January and July 2023 the complainants worked 18 to 20 hours a day during setting and hauling. Rest hours were not recorded. The bosun, {{r:Tak}}, kept the passports and the seaman's books of (a) and (b) in his cabin and told the master that the two Koreans "do not need shore leave".
3.2 On 2 May 2023 (a) {{r:Ri}} injured his right hand on a branch line. {{r:Bosun Tak}} refused to report it to the master. (d) {{p:Dela Cruz}} cleaned and dressed the wound. The hand is still stiff.
3.3 (b) {{r:Han}} was beaten with a gaff handle by {{r:Tak}} on 19 June 2023 after he was heard singing a South Korean song on watch. The song, according to (c) {{p:Agus}}, was an old ballad about a river. {{r:Song-il}} says he learned it from a smuggled USB in {{u:Chongjin}}.
3.4 Wages. (a) and (b) were promised 500 US dollars a month. They received nothing on board. {{r:Kwang-son}} was told by {{r:Tak Yong-nam}} that the money had been "sent home". The Indonesian crew received 300 dollars a month minus a 1,200-dollar "deposit" held by their agent in Java.

4. Relief sought
Back pay; return of documents; medical examination of {{r:Ri Kwang-son}} ashore; removal of {{r:Tak}} from any vessel on which the complainants serve; referral to the flag state and to the coast guard.

5. Handler's notes
Met (a) and (b) at the Seamen's Centre with (c). {{r:Han Song-il}} did most of the talking; {{r:Ri}} showed the hand and the false book. Both asked that their names not be given to the master or to "the Chinese company". {{p:Agus}} confirmed every date from his own diary. Photos of the hand taken by {{p:Choi}}. The cook, {{p:Jun-Jun}}, has since signed off; phone number on file.
Next step: call the ITF inspector, {{p:Park Dong-wook}}, re port state control boarding before the vessel sails on 17 August.
{{p:R.W.}} 14/08/23
""",
    },
    {
        "id": "h62-en-03",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Sol-mi", "최솔미", "witness", ["Sol-mi", "Sol Mi Choe", "Solmi Choi"]),
            ("Choe Hyok", "최혁", "relative", ["Hyok"]),
        ],
        "note": "UK tax office letter on late self-assessment with a caseworker's reply and notes; client's name reordered and respelled by the tax office; one-syllable given name of her son; HMRC officer and adviser private; New Malden high street and HMRC public; impossible date in the HMRC letter (31 September).",
        "text": """{{u:HM Revenue and Customs}}
Self Assessment, BX9 1AS
Date: 31 September 2023
Our ref: UTR 71XXX XXXXX / K

Ms {{r:Sol Mi Choe}}
Flat 3, 112 {{u:High Street}}
{{u:New Malden}} KT3

Dear Ms {{r:Choe}}

Self Assessment tax return for the year ended 5 April 2022: penalty for late filing

We have not received your tax return for the year shown above. Because of this you are liable to a penalty of 100 pounds. If your return is still outstanding three months after the due date, daily penalties of 10 pounds a day may be charged for up to 90 days.

If you think you have a reasonable excuse you can appeal online or write to us.

Yours sincerely
{{p:A. Fairbairn}}
Officer, Self Assessment

---- reply drafted by caseworker, sent 12 October 2023 ----

Dear Mr {{p:Fairbairn}}

Appeal against late-filing penalty - Ms {{r:Solmi Choi}} (your letter spells her name {{r:Sol Mi Choe}}; the same person)

I write on behalf of my client, Ms {{r:Choe Sol-mi}}, with her signed authority (form 64-8 enclosed). Ms {{r:Choe}} did not know that she had to register for Self Assessment. In 2021-22 she worked cash-in-hand for a catering business owned by a Mr {{p:Yeo}} and believed he paid her tax. She came here in 2019, after leaving a restaurant in {{u:Vladivostok}} where she had been placed by the authorities of the {{u:DPRK}}. Her English is limited and the only official letters she had received before were from the {{u:Home Office}}.

In addition, between October 2022 and February 2023 her son {{r:Hyok}} (aged 9) was in {{u:Kingston Hospital}} for long periods, and Ms {{r:Choe}} spent most days there. I enclose a letter from the ward sister, Ms {{p:Nwosu}}.

We ask that the penalty be cancelled. Ms {{r:Choe}} has now registered and the return is enclosed.

Yours sincerely
{{p:Grace Lim}}
Caseworker

---- internal notes ----
12/10 {{r:Sol-mi}} signed 64-8 at the office. {{r:Hyok}} came too, drew a picture of the tax man with horns. She asked if "{{p:Fairbairn}}" is a real name or a job title.
12/10 Mr {{p:Yeo}} (owner) not reachable. His nephew, {{p:Daniel Yeo}}, said "uncle pays everybody properly". Not pursuing.
20/11 HMRC phone line, 47 min on hold; adviser {{p:Priya}} confirmed the appeal is logged. Spelling on their system: {{r:CHOE SOL MI}}.
08/01 Penalty cancelled. Told Ms {{r:Choe}} by KakaoTalk; she sent three flower emoji and a photo of {{r:Hyok}} with the letter.
{{p:GL}}
""",
    },
    {
        "id": "h62-en-04",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Jo Un-song", "조운성", "witness", ["Un-song", "Jo"]),
            ("Pang Chol", "방철", "coworker", ["Chol"]),
            ("Kim Yong-bom", "김용범", "supervisor", ["Tiger"]),
        ],
        "note": "Qatar labour-camp cricket league scorecard with match notes; batting names in scorecard shorthand (initial plus surname, c & b, run out), Jo beside the word 'jo', one-syllable given name Chol, brigade leader nicknamed Tiger beside a team called the Tigers; Nepali, Indian and Sri Lankan players private; Asian Town Cricket Stadium and places public; mixed line endings.",
        "text": """ASIAN TOWN FRIDAY LEAGUE - DIVISION C
Venue: {{u:Asian Town Cricket Stadium}}, {{u:Doha}}          Date: Friday 17 February 2017
Match 14: Al Noor Steel Tigers v Gulf Star Contracting XI (20 overs a side)
Toss: Gulf Star, elected to field. Umpires: {{p:R. Thapa}}, {{p:S. Perera}}. Scorer: {{p:Binod Khadka}}

AL NOOR STEEL TIGERS
{{p:M. Rai}}              c {{p:Fernando}} b {{p:Kumara}}        23
{{p:K. Gurung}}           b {{p:Kumara}}                      4
{{p:A. Shrestha}}         run out ({{p:Nadeem}})             31
{{r:U.S. Jo}}             not out                      17
{{p:D. Tamang}}           lbw b {{p:Ashraf}}                  0
{{r:C. Pang}}             c & b {{p:Ashraf}}                  9
Extras (w 6, lb 2)                                      8
TOTAL (5 wkts, 20 overs)                               92

GULF STAR CONTRACTING XI
{{p:Nadeem Ashraf}}       b {{p:Rai}}                        38
{{p:Lahiru Fernando}}     c {{r:Jo}} b {{p:Gurung}}                12
{{p:Chaminda Kumara}}     st {{p:Tamang}} b {{p:Rai}}                 2
{{p:Sajid}}               not out                      21
Extras                                                 4
TOTAL (3 wkts, 17.2 overs)                             77 (match abandoned, see notes)

SCORER'S NOTES (written on the back of the sheet, in English, by {{p:Binod}})
1. The two Korean players are from the North Korean camp next door. The captain, {{p:Mahesh Rai}}, asked them in November if they want to play and they came every Friday until this match. {{r:Un-song}} (we write U.S. {{r:Jo}}) bowls left arm and is the best fielder in the league. {{r:Chol}} ({{r:Pang Chol}}) only bats, very slow, but he never gets out on purpose, he says "in {{u:Korea}} we have jo, means group, I stay for the group".
2. At 17.2 overs of the second innings a man came to the ground from their camp. The Koreans call him "{{r:Tiger}}" and were afraid of him. He is their boss, {{r:Kim Yong-bom}}. He shouted at {{r:Jo}} and {{r:Pang}} in front of everybody and took them away in a pick-up. Our team is also called the Tigers, so some players laughed at first, then nobody laughed.
3. Match abandoned by agreement of the captains {{p:Mahesh}} and {{p:Nadeem}}. No points.
4. On 24 February only {{r:Chol}} came back, with a bruise on his face. He said {{r:Un-song}} was "sent back". He asked me to keep the ball {{r:Jo}} signed for me. I still have it.
5. {{r:Kim}} came to the ground again on 3 March and spoke to the league organiser, Mr {{p:Ahmed Al-Kuwari}}, who later told us Koreans cannot play any more "because of their company".

Sheet handed to the NGO in {{u:Kathmandu}} by {{p:Binod Khadka}} in 2022, with a photo of the ball.
""",
    },
    {
        "id": "h62-en-05",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ryu Kyong-sik", "류경식", "witness", ["Kyong-sik", "Ryu"]),
            ("Sin Hak-chol", "신학철", "supervisor", []),
            ("Ryu Song-mi", "류성미", "relative", ["Song-mi"]),
        ],
        "note": "Artwork provenance research note on a painting sold abroad; painter Ryu in two spellings (Ryu/Yu) beside the ordinary word 'you', Ryugyong Hotel as a public name that contains the surname; Mansudae Art Studio and its overseas projects public; dealers, collectors and auction specialists private; initials in an inscription.",
        "text": """PROVENANCE RESEARCH NOTE - draft 2 (not for circulation)
Object: oil on canvas, 91 x 117 cm, "Morning at the Fish Farm", signed lower right in Hangul 류경식 and dated 2016
Requested by: {{p:Elisabeth Varga}}, specialist, Asian paintings (private client enquiry)
Prepared by: {{p:Tom Brennan}}, research volunteer

1. Artist
The signature reads {{r:류경식}}, i.e. {{r:Ryu Kyong-sik}}; in the {{u:Mansudae Art Studio}} export catalogues he appears as "{{r:Yu Kyong Sik}}" because the initial R is dropped in South Korean usage. He is not a People's Artist and has no public profile; he is therefore treated here as a private person. Our interview with him in 2021 (through the NGO) is the main source. If you are reading this as the client: please note that the artist asked that his present country of residence not be disclosed.
{{r:Ryu}} says he was sent abroad in 2014 with a team of about twenty painters and mosaic workers, first to {{u:Windhoek}} and later to {{u:Dakar}}, where {{u:Mansudae Overseas Projects}} had monument contracts. Between commissions the team painted landscapes for sale. The team leader, {{r:Sin Hak-chol}}, fixed prices and kept the money; painters received "about a tenth, sometimes nothing".

2. Chain of ownership
(a) 2016-2017: sold from the team's studio to a French expatriate, Mme {{p:Odile Ferrand}}, for 1,800 euros cash. {{r:Kyong-sik}} remembers her because she asked him his name and {{r:Sin}} answered for him.
(b) 2017-2020: {{p:Ferrand}} estate; sold by her son {{p:Luc Ferrand}} through a provincial dealer, M. {{p:Garnier}}.
(c) 2020: bought by the present owner, who asked that her name be withheld.
Gap: none after 2016, but (a) rests on {{r:Ryu}}'s memory and a receipt signed "{{r:Sin H.C.}}".

3. Inscription on the stretcher (verso)
In pencil: "For {{r:S.M.}} - if you see this, you are in {{u:Pyongyang}} again." {{r:Ryu}} confirmed that {{r:S.M.}} is his younger sister, {{r:Ryu Song-mi}}, and that he wrote it hoping the painting would go home. It did not. When we read it to him he said: "You see, even a painting cannot go back."

4. Assessment
No sanctions-related transfer after 2017 appears in the chain, but the 2016-2017 sale was made by a team deployed under a UN-designated entity. Recommend disclosure in the catalogue note. Do not use the artist's name, his sister's name or the name {{r:Song-mi}} in any public text. The hotel in the background is not the {{u:Ryugyong Hotel}}, as the client thought, but a fish-farm building.
{{p:T.B.}} / checked {{p:E.V.}}
""",
    },
    {
        "id": "h62-en-06",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Kye Chung-il", "계충일", "witness", ["Chung-il"]),
            ("O Ki-nam", "오기남", "coworker", ["Ki-nam"]),
            ("Ma Thae-song", "마태성", "supervisor", []),
        ],
        "note": "OCR of a ship-owner's telex printout with broken spacing and character errors; names split by spaces and garbled (rn for m, 0 for O), surname O beside the letter O and the number 0, surname Ma beside 'MA' abbreviations; sanctioned DPRK-linked ship as a public name; CRLF.",
        "text": """ZCZC  MLA 0417  1422 UTC  23 NOV 2018
TO: MASTER  MV  ORIENT  GRACE  VIA  INMARSAT-C
FM: 0WNERS  OPS  DEPT  NAMP0
ATTN  CAPT  {{p:S U N  Y O N G  H U I}}

RE  CREW  MATTERS  AND  P&I  CLAIM

1. RECD  Y R  MSG  0F  21/11  RE  0ILER  {{r:KYE  CHUNG  IL}}  INJURED  ENGINE  R0OM  19/11.  0WNERS  NOTE  CHIEF  ENG  {{r:MA  THAE  S0NG}}  STATEMENT  THAT  INJURY  SELF-INFLICTED.  PLS  SEND  STATEMENTS  0F  OTHER  WITNESSES  INCL  WIPER  {{r:0  KI  NAM}}  AND  2ND  ENG  {{p:TRAN  VAN  HUNG}}.

2. DO  N0T  LAND  {{r:KYE}}  AT  {{u:NAKHODKA}}.  AGENT  {{p:PETROV}}  ADVISES  HOSPITAL  WILL  REQUIRE  PASSPORT  AND  P&I  GUARANTEE.  PROCEED  TO  {{u:NAMPO}}  AS  PER  VOYAGE  ORDERS.  MA  STER  TO  CONFIRM  ETA.

3. RE  Y R  REQUEST  T0  SIGN  0FF  {{r:0  KI  NAM}}:  NOT  APPROVED.  REPLACEMENT  N0T  AVAILABLE.  0WNERS  REMIND  MASTER  THAT  CREW  CONTRACTS  ARE  WITH  THE  MANNING  DEPT  0F  THE  COMPANY  AND  NOT  WITH  INDIVIDUAL  CREW.

4. P&I  CORRESP0NDENT  MRS  {{p:LIM  HWEE  LING}}  ASKS  F0R  PH0T0S  0F  INJURY  AND  MEDICAL  L0G  ENTRIES  19-22/11.  {{r:MA  THAE  S0NG}}  T0  PREPARE.

5. SALARY  ADVANCE  F0R  CREW  AS  LIST  BELOW  T0  BE  PAID  IN  USD  AT  NAMP0  ONLY:
   {{r:KYE  C  I}}   200
   {{r:0  K  N}}     150
   {{p:RI  S  M}}    150
   {{p:CH0E  U  G}}  150
   {{p:TRAN  V  H}}  NIL  (PAID  BY  AGENT  HAIPHONG)

BRGDS  {{p:K I R N  Y 0 N G  C H 0 L}}  0PS  MANAGER
NNNN

[Handwritten on the printout, in Korean, translated:]
This is the telex they showed the insurance man. The real one said to keep me on board. I am {{r:Kye Chung-il}}, the oiler. The injury was from the pump coupling, not from me. {{r:Ki-nam}} saw it and wrote a statement, but the chief, {{r:Ma}}, tore it up. The captain {{p:Sun}} was not a bad man but he was afraid. Mr. {{p:Kim Yong-chol}} in the office is the one who wrote all this. Note: the ship {{u:Ji Song 6}} was next to us at {{u:Nampo}} when I got off; {{r:O Ki-nam}} was moved to that ship.

[Researcher note: the telex reached us as a fax of a photo of a printout; OCR errors left as they are. "{{p:Kirn Yong Chol}}" = {{p:Kim Yong-chol}}. "0" for the letter O throughout, so {{r:0 KI NAM}} is {{r:O Ki-nam}}. {{r:Chung-il}} confirmed all names on 6 May 2019. - {{p:HJ}}]
""",
    },
    {
        "id": "h62-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("An Chol-min", "안철민", "witness", ["Chol-min", "Chulmin Ahn"]),
            ("Yu Hye-gyong", "유혜경", "relative", ["Hye-gyong"]),
        ],
        "note": "Podcast episode show notes with chapter timestamps, credits and listener comments; guest An (also Ahn) beside the article 'an'; wife Yu beside 'you'; Dosan-daero and Ahn Chang-ho as public names containing the surname; hosts, producer and commenters private; handles and an e-mail address with the name in the local part; emoji.",
        "text": """Borderlines, Episode 112: "An Ordinary Man in Ulan-Ude"
Published 9 May 2024 | 58 min | Explicit: no

This week {{p:Mia}} and {{p:Sung-jae}} talk to {{r:An Chol-min}}, who spent six years on building sites in {{u:Russia}} before he reached {{u:Seoul}} in 2020. {{r:Chol-min}} (he now spells it {{r:Chulmin Ahn}} on his bank card, "because the bank said so") tells us about the winter of 2017, the night his brigade walked off a site in {{u:Ulan-Ude}}, and why he still can't eat cabbage soup. His wife, {{r:Yu Hye-gyong}}, joins at the end. 🎧

CHAPTERS
00:00 Cold open: "An apple, a hammer and a passport"
02:14 Who is {{r:Chol-min}}? From {{u:Hamhung}} to {{u:Vladivostok}}
09:40 The brigade: foreman {{p:Kwak}}, the "political" Mr {{p:Ri}}, and the cook everyone called {{p:Granny}}
17:05 Money: 1,200 dollars a month promised, 80 received
24:30 The walk-off, and the Russian site boss {{p:Vitaly}} who bought them dinner
33:12 Getting out: a taxi driver named {{p:Bair}} and a night bus west
41:50 {{r:Hye-gyong}} joins: "You think he was brave? He called me crying."
50:20 Listener questions
56:40 Credits

NOTES AND LINKS
- The street we recorded near is {{u:Dosan-daero}}, named after the independence activist {{u:Ahn Chang-ho}}; {{r:Chol-min}} jokes he is "no relation, and no street".
- The site where {{r:An}} worked is now a shopping centre. We are not naming the developer for legal reasons.
- If you worked with Mr {{r:An}} in Siberia and want to get in touch, write to the producer: {{p:dana}}.kwon@borderlines-pod.example (encrypted mail available).

CREDITS
Hosts: {{p:Mia Hartley}}, {{p:Lee Sung-jae}}
Producer: {{p:Dana Kwon}}
Interpretation: {{p:Bae Ji-su}}
Music: "Snow Line" by {{p:Oliver Tan}}
Thanks to {{p:Andrei}} for the Russian street sounds, and to {{r:Hye-\u200bgyong}} for the kimchi.

TOP COMMENTS
@{{p:hanna_b}}_92: An amazing episode. When you asked him what he misses and he said "nothing, only the birch trees" I had to stop the car 😢
@{{p:kwak}}.jiwon: My grandfather was a foreman {{p:Kwak}} in {{u:Russia}} too but not the same one I hope lol
@{{p:yu}}_minseo: You two should have Mrs {{r:Yu}} on as a regular guest
  ↳ Borderlines (creator): She said maybe 😄 - {{p:Mia}}
@{{p:orenburg_fan}}: which site was it??
  ↳ Borderlines (creator): We won't say, sorry. {{r:Chol-min}} still has colleagues there.
""",
    },
    {
        "id": "h62-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Hong Yong-ae", "홍영애", "witness", ["Yong-ae", "Respondent 14"]),
            ("Mo Kyong-nam", "모경남", "supervisor", []),
        ],
        "note": "Journal expression-of-concern notice and editor's correspondence about a study that printed a respondent's name; academic authors and editors are private; the respondent appears as a code and by name; surname Mo beside 'mo' (moment); journal, publisher, university and COPE public; ethics committee chair private.",
        "text": """EXPRESSION OF CONCERN
{{u:Journal of Refugee Studies}} - advance article, posted 2 February 2024

Expression of Concern: "Remittance obligations and coercion among North Korean restaurant workers in Southeast Asia" by {{p:H. Lindqvist}}, {{p:J. Park}} and {{p:M. Osei}}

The editors are issuing this notice to alert readers to concerns about the above article. After publication it was brought to our attention that Table 3 and the quotation on page 14 contain information that could identify a research participant ("{{r:Respondent 14}}"), including her full name in one instance, her former workplace and the name of her former manager. The authors have stated that this was an error introduced during revision. The article has been temporarily removed from the website while the matter is investigated under the publisher's guidelines. A further notice will follow.

---- correspondence attached to the editorial file (confidential) ----

From: Dr {{p:Helena Lindqvist}}
To: Editor-in-chief, Prof. {{p:Amara Bello}}
Date: 29 January 2024

Dear {{p:Amara}},
I am writing about the page 14 quote. In the accepted version the speaker was "{{r:Respondent 14}}". In the proofs, after a query from the copy-editor, my co-author replaced the code with the interview file name, which was the respondent's name: "{{r:Hong Yong-ae}}". None of us caught it. The same paragraph names her manager at the restaurant in {{u:Vientiane}}, "{{r:Mo Kyong-nam}}", and says he "took the passports on the first day".
Ms {{r:Hong}} contacted our ethics office through the NGO that introduced her. She is frightened, because Mr {{r:Mo}} knows her family in {{u:Sinuiju}}. I have apologised to her personally. We ask for the article to be withdrawn until we can correct it.
Regards, {{p:Helena}}

From: Prof. {{p:Amara Bello}}
To: Dr {{p:Helena Lindqvist}}; cc Dr {{p:Jae-won Park}}, Dr {{p:Michael Osei}}, {{u:Oxford University Press}} journals
Date: 30 January 2024
{{p:Helena}}, thank you. We will take it down today and publish an expression of concern without repeating any names. Please ask {{p:Jae-won}} to send the original consent form for {{r:Respondent 14}} and the ethics approval. Give me a mo to speak to the publisher about Google cache removal.
{{p:A.B.}}

From: Dr {{p:Jae-won Park}}
Date: 30 January 2024
I take full responsibility. {{r:Yong-ae}} told us "write my story, not my name". I wrote her name. The restaurant manager {{r:Mo}} is still in post, according to {{r:Hong}}. I have asked the NGO caseworker {{p:Sun-hee}} whether a call with her would help or make it worse.
{{p:Jae-won}}

Handwritten on the file by the managing editor, {{p:Kate Doherty}}: "Chair of the ethics committee, Prof. {{p:Nilsson}}, informed 31/1. Ask OUP to purge the PDF from all mirrors. Names NOT to appear in any notice."
""",
    },
    {
        "id": "h62-en-09",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Cha Mi-ran", "차미란", "witness", ["Mi-ran", "Miran Cha"]),
            ("Song Gwang-ho", "송광호", "supervisor", ["Song", "Kwang-ho Song"]),
            ("Pae Un-ju", "배은주", "coworker", ["Un-ju"]),
        ],
        "note": "Employment tribunal claim particulars (ET1 section 8.2) for a restaurant worker in the UK; respondent Song beside the word song and a karaoke song list; claimant Cha beside 'cha' (tea); coworker's given name alone; ACAS and tribunal public; New Malden places; mixed line endings.",
        "text": """EMPLOYMENT TRIBUNALS
Claim form ET1 - continuation sheet for section 8.2 (details of claim)
Claimant: Ms {{r:Mi-ran Cha}}
Respondent: Golden Pine Korean Restaurant Ltd (company number withheld) and Mr {{r:Kwang-ho Song}} (director)
ACAS early conciliation certificate: R123456/23/41, issued by {{u:ACAS}} on 2 October 2023

1. The Claimant, {{r:Cha Mi-ran}}, is a British citizen of North Korean origin. She worked for the First Respondent as a kitchen assistant and waitress at its restaurant on {{u:Kingston Road}}, {{u:New Malden}}, from 3 January 2022 to 18 July 2023, when she was dismissed.

2. The Second Respondent, Mr {{r:Song}}, is the sole director. He also owns the karaoke room upstairs. Staff called him "사장님" or "{{r:Song}} sajang".

3. Unpaid wages. The Claimant worked about 60 hours a week and was paid a flat 1,500 pounds a month in cash, which is below the national minimum wage. She was not given payslips. Ms {{r:Cha}} kept a notebook of her hours; pages are attached at Appendix A.

4. Unlawful deductions. From March 2023 Mr {{r:Song}} deducted 200 pounds a month "for the cha" (tea and meals), and 50 pounds every time a customer complained about a song being cut off in the karaoke room, which the Claimant was told to supervise after 10 pm.

5. Harassment related to race and religion. The Second Respondent repeatedly said in front of customers that the Claimant was "a North Korean spy" and that "people from up there don't need holidays". A fellow worker, {{r:Pae Un-ju}}, heard this on several occasions. {{r:Un-ju}} was also from the North and was dismissed two weeks before the Claimant.

6. Dismissal. On 18 July 2023 the Claimant asked for her unpaid holiday pay. {{r:Song}} told her to "go back to {{u:Pyongyang}}" and not to come back. The Claimant's manager, Mrs {{p:Yoo}}, was present and said nothing. The next day the restaurant's accountant, Mr {{p:Gareth Lowe}}, sent her a P45 with a leaving date of 30 June.

7. The Claimant asks the Tribunal to treat her as a worker with the rights that the {{u:Employment Rights Act 1996}} gives.

Representative: Ms {{p:Fatima Siddiqui}}, {{u:Citizens Advice Kingston}}
Interpreter used in preparing this claim: Mr {{p:Jin Ho-seok}}

Notes for the hearing bundle (rep only):
- {{r:Mi-ran}} says Mr {{r:Song}} sings "My Way" every Friday; irrelevant but she asked that we write it down because "everyone knows he sings it when he fires someone".
- Witnesses: {{r:Pae Un-ju}} (willing), the dishwasher {{p:Bogdan}} (unsure), a regular customer Mrs {{p:Hwang}} (willing).
- Check the Companies House entry for any second director; {{r:Song}}'s wife {{p:Jeong Min-ah}} was a director until 2021.
""",
    },
    {
        "id": "h62-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yun Chang-ho", "윤창호", "witness", ["Chang-ho"]),
            ("Yun Ok-hwa", "윤옥화", "relative", ["Ok-hwa"]),
            ("Sok Myong-jin", "석명진", "supervisor", []),
        ],
        "note": "Pre-sentence report for a former overseas worker convicted of a driving offence; probation officer, magistrates, solicitor and GP private; his mother shares the surname; ex-foreman Sok beside the word 'sock'; Korean kinship words (eomma) unmarked; courts, probation service and NHS bodies public.",
        "text": """PRE-SENTENCE REPORT
{{u:The Probation Service}}, {{u:South London}}
Court: {{u:Croydon Magistrates' Court}}          Date of hearing: 14 June 2024
Name: {{r:YUN Chang-ho}}          DOB: 02/05/1988          Offence: driving without insurance; failing to stop
Author: {{p:Sarah Mensah}}, Probation Officer          Sources: interview (2 hrs, with interpreter {{p:Kim Eun-ji}}), CPS papers, letter from GP Dr {{p:Raj Patel}}, letter from {{u:Refugee Council}} caseworker {{p:Tom Hughes}}

1. Offence analysis
Mr {{r:Yun}} accepts that on 3 March 2024 he drove a friend's van, uninsured, and drove away after clipping a parked car on a residential street. He says he panicked when he saw a police car, because "in my old life, the police took people and they did not come back". He returned to the scene 40 minutes later and gave his details to the owner, Mr {{p:Ellis}}.

2. Background
{{r:Chang-ho}} grew up near the Chinese border. From 2012 to 2018 he was one of about 80 men sent by a North Korean company to build apartment blocks in {{u:Kuwait}}. He describes 14-hour days, his passport held by the brigade foreman {{r:Sok Myong-jin}}, and wages "sent to the fatherland" apart from small pocket money. He says {{r:Sok}} made the men stand outside in the heat as punishment and once hit him with a shovel handle. He tells this plainly and did not ask for sympathy. He left the camp in 2018 with help from an embassy contact and came here in 2021.

3. Family
His mother, {{r:Yun Ok-hwa}}, lives with him in {{u:Croydon}}; she came out separately in 2015. He calls her eomma throughout the interview. Mrs {{r:Yun}} attended court on the last occasion. His sister {{p:Yun Jin-a}} remains in the North; he has had no news of her since 2019. {{r:Ok-hwa}} told me by phone that her son "does not sleep well since the Gulf".

4. Health
Letter from Dr {{p:Patel}} confirms depression and suspected PTSD; referral to {{u:South London and Maudsley NHS Foundation Trust}} pending since January. Mr {{r:Yun}} says he drinks "a few beers, not soju".

5. Risk
Low risk of reoffending. No previous convictions in the UK. He has since passed his theory test and is taking lessons with a driving instructor, Mr {{p:Banerjee}}, who wrote a short note of support. The van owner, {{p:Kwon Dae-sik}}, has not been charged.

6. Proposal
A community order with 80 hours of unpaid work and a rehabilitation activity requirement of 10 days. {{r:Chang-ho}} asked that any unpaid work not involve "a foreman who shouts"; I have explained that the supervisors are trained. He laughed and said he would wear two pairs of socks in any case, because {{r:Sok}} never let them have dry ones.

{{p:S. Mensah}}, PO          Countersigned: {{p:D. Whitfield}}, SPO
""",
    },
    {
        "id": "h62-en-11",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Chon Hak-su", "전학수", "witness", ["Hak-su"]),
            ("Rim Kyong-chol", "림경철", "coworker", ["Kyong-chol", "Lim"]),
            ("Ho Song-bok", "허성복", "supervisor", []),
        ],
        "note": "English translation of a Russian fire investigation report on a workers' barracks; Russian officials and witnesses private with Cyrillic original names in brackets; Korean names via Russian transliteration (Чон Хак Су); Ho beside 'ho'; Lenin Street as a public street named after a person; Ministry of Emergencies public; CRLF.",
        "text": """[Translation from Russian. Translator: {{p:Natalia Ivanova}}. Original in the case file of the NGO.]

{{u:EMERCOM of Russia}} - Main Directorate for {{u:Primorsky Krai}}
Investigation and Fire Inspection Unit, {{u:Artyom}}

TECHNICAL REPORT No. 112
on the cause of the fire of 14 January 2019

Place of fire: two-storey wooden barracks (temporary workers' accommodation), {{u:Lenin Street}} ({{u:ulitsa Lenina}}) 215
Owner of the building: a private individual, {{p:Gorbunov A. S.}} ({{p:Горбунов А. С.}})
Occupants: 34 citizens of the {{u:DPRK}} working for a construction contractor

1. Circumstances
The fire was reported at 03:42 by the neighbour {{p:Pavlova T. I.}}, who saw smoke from the roof. Two fire engines arrived at 03:51 under senior lieutenant {{p:Zaitsev D. V.}} ({{p:Зайцев Д. В.}}). All occupants had left the building by the time of arrival, except citizen {{r:Rim Kyong Chol}} ({{r:Рим Гён Чхоль}}), who was brought out from the first floor by citizen {{r:Chon Hak Su}} ({{r:Чон Хак Су}}) with burns to the hands.

2. Explanations taken
2.1 Citizen {{r:Чон Хак Су}} (through an interpreter, citizen {{p:Пак Ен Сун}}): at about 03:30 he woke to smoke, ran to the room of {{r:Рима}}, who was asleep, and carried him out. The doors to the yard were padlocked from outside, as every night, on the orders of the brigade leader. They left through the window of the drying room.
2.2 Citizen {{r:Ho Song Bok}} ({{r:Хо Сон Бок}}), the brigade leader: the padlock was there "against thieves". He keeps the key. On that night he was sleeping in the separate room by the gate. He says he opened the padlock "immediately". The neighbour {{p:Pavlova}} states the fire crew broke it.
2.3 The interpreter notes that the workers called the brigade leader "{{r:Ho}} 반장" and that one of them shouted "ho, ho" (in Korean, "fire! fire!" sounds different; the interpreter believes it was a call to the leader by name).

3. Cause
Overloaded extension lead feeding an electric heater in the drying room. No automatic alarm. Emergency exit blocked.

4. Conclusions
Violation of fire-safety rules by the owner {{p:Gorbunov}} and by the person responsible for the premises, {{r:Ho Song Bok}}. Materials sent to the Investigative Committee.

Inspector: captain of internal service {{p:Sokolova M. A.}} ({{p:Соколова М. А.}})

[NGO note, 2023: {{r:Hak-su}} gave us this document in 2023. He says {{r:Kyong-chol}} lost two fingers and was sent home in February 2019; {{r:Lim}} is how the Russians wrote his name on the hospital card. {{r:Ho}} was not punished. The translator {{p:Natalia}} asked that her surname be removed from the public version.]
""",
    },
    {
        "id": "h62-en-12",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kang Un-jong", "강은정", "witness", ["Un-jong", "Eun-jeong Kang"]),
            ("Mun Chol-jin", "문철진", "supervisor", []),
        ],
        "note": "Cabin crew in-flight incident report: a woman travelling under escort passes a note asking for help; seat-row names on the manifest; escort Mun written MOON on the manifest beside the moon outside the window; crew members referred to by first names and staff numbers; airline, airports and authorities public.",
        "text": """CABIN CREW IN-FLIGHT INCIDENT REPORT (CIR)
Operator: name withheld at the airline's request (group booked through the {{u:Air Koryo}} office)
Flight: XX 845 {{u:Beijing Capital International Airport}} (PEK) - {{u:Dubai International Airport}} (DXB)
Date: 11/11/2019          Aircraft reg: B-XXXX          Report no. CIR-19-11-0447
Reporting crew: {{p:Isabel Moreno}}, purser, staff no. 40318

Summary
During the meal service at about 02:10 UTC (over western {{u:China}}), a female passenger in 34K, manifest name {{r:KANG UN JONG}}, handed the crew member serving her row, {{p:Hoang Thi Mai}} (staff no. 51122), a folded napkin with the handwritten words in English "HELP ME. NOT MY WISH. CALL POLICE DUBAI". The passenger in 34J, manifest name {{r:MOON CHOL JIN}}, appeared to be travelling with her and with 12 other passengers in rows 34 to 36 holding {{u:DPRK}} passports.

Actions
1. {{p:Mai}} did not react in front of the passengers. She brought the napkin to me in the galley.
2. I informed the captain, Capt. {{p:Farid Haddad}}, via interphone. The captain instructed that crew should not confront anyone and that he would inform the operations centre for onward notification to the authorities at destination.
3. I went to row 34 to offer duty-free items. Mr {{r:Moon}} answered for Ms {{r:Kang}} each time I spoke to her. She did not look at me. When the moon was visible through the window at 03:00 she pulled the blind down and I saw she was crying.
4. Crew member {{p:Daniel}} (staff no. 48870) kept watch on row 34 from the rear galley. At 04:15 {{r:Moon}} went to the lavatory. {{p:Mai}} asked Ms {{r:Kang}} quietly "Are you safe?" and she wrote "NO" on the menu card. The menu card is attached.
5. Before landing, {{r:MOON}} collected all 13 passports from the group and put them in a shoulder bag.

On arrival
Aircraft met at the gate by officers of {{u:Dubai Police}}. The group was held at the aircraft door. {{r:KANG UN JONG}} was taken aside by a female officer, Lt. {{p:Mariam}}. The rest of the group, including {{r:Moon}}, left with a man who met them at the gate and introduced himself to the ground staff as "Mr {{p:Ri}}, company representative".

Crew comments
{{p:Mai}}: "She wrote her own name on the napkin under the message too: {{r:강은정}}. I think she wanted someone to know it."
{{p:Daniel}}: "The man in 34J checked on her every few minutes."

Attachments: napkin (photographed), menu card, manifest extract rows 34-36 (names: {{r:KANG UN JONG}}, {{r:MOON CHOL JIN}}, {{p:RI SONG HUI}}, {{p:PAK MYONG OK}}, {{p:CHOE KUM HYANG}}, {{p:KIM UN HA}} and 7 others).

Follow-up received 19/11/2019 via Ms {{p:Sato}}, security dept: the female passenger was referred to a shelter. No further information.
""",
    },
    {
        "id": "h62-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Paek Sung-jin", "백승진", "witness", ["Sung-jin"]),
            ("Ha Chun-sik", "하춘식", "supervisor", ["Ha"]),
            ("Paek Jin-ok", "백진옥", "relative", ["Jin-ok"]),
        ],
        "note": "Law-school moot court problem based on a fictionalised forced-labour case; fictional claimant, foreman and wife private though labelled as parties; Ha beside the laugh 'ha'; the fictional state of 'Northland' unmarked while real courts and treaties are public; students and the moot master private; initials for parties in the citation.",
        "text": """2024 REGIONAL HUMAN RIGHTS MOOT COURT COMPETITION
Problem set by: Prof. {{p:Ingrid Solberg}} and Dr {{p:Kwame Asante}}
All persons and companies in this problem are fictional. Any resemblance to real cases is for teaching purposes only.

{{r:PAEK}} v. REPUBLIC OF ESTERIA
(Application to the Regional Court of Human Rights)

Facts
1. The applicant, Mr {{r:Paek Sung-jin}}, is a national of Northland, a closed state. In 2016 he was recruited by a Northland state company to work as a welder at a shipyard in Esteria, a member state of the regional Convention. He was housed in a locked hostel and his passport was held by his foreman, Mr {{r:Ha Chun-sik}}.
2. The applicant alleges that he worked 16 hours a day and received about 10 per cent of his wage, the rest being transferred to Northland. Esterian labour inspectors visited the yard twice, in 2017 and 2018. On both visits, Mr {{r:Ha}} interpreted for the workers. The inspectors' reports record "no complaints".
3. On 1 May 2018 {{r:Paek}} slipped a note to an inspector, Ms {{p:Lind}}, asking for help. Ms {{p:Lind}} passed the note to her superior, Mr {{p:Torvik}}, who forwarded it to the police. No action was taken. Three days later {{r:Paek}} was put on a flight home. He escaped during a stopover and applied for asylum in a third state.
4. The applicant's wife, {{r:Paek Jin-ok}}, remained in Northland. The applicant states that after his escape {{r:Jin-ok}} was sent to a labour camp.
5. The applicant complains under Article 4 (prohibition of slavery and forced labour) of the Convention that Esteria failed in its positive obligations.

Questions for the parties
(a) Did Esteria know or ought it to have known of a real and immediate risk to the applicant? Consider {{u:Rantsev v. Cyprus and Russia}} and {{u:Chowdury and Others v. Greece}}.
(b) Can the respondent rely on the fact that the employer was a foreign state company?
(c) What is the relevance of the foreman {{r:Ha}} acting as interpreter for the inspectors?

Clarifications issued 12 February 2024 (answers to teams' questions)
Q (Team 7): Did Mr {{r:Ha}} hold any official position in Esteria? A: No. He held a Northland service passport.
Q (Team 3): Is the inspector Ms {{p:Lind}} still employed? A: The problem is silent. Ha! Nice try.
Q (Team 11): Was {{r:Sung-jin}} able to communicate in Esterian? A: Only a few words.
Q (Team 3): May teams refer to Mrs {{r:Paek}}'s detention as a separate violation? A: No; she is not an applicant.

Moot master: Judge (ret.) {{p:Helga Brandt}}
Teams' written memorials due 1 March. Oral rounds at the host faculty of law, 5-7 April. Queries to the organiser, Ms {{p:Karin Lie}}.
""",
    },
    {
        "id": "h62-en-14",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ri Ha-na", "리하나", "witness", ["Ha-na", "Hana Lee", "Hana"]),
            ("Kwon Il-gyu", "권일규", "coworker", ["Il-gyu"]),
        ],
        "note": "Recording-studio session log for a song by a former restaurant singer; singer's stage name Hana beside 'Hana' the bank and 'hana' (one) in Korean counting; session musicians, engineer and producer private; guitarist's given name alone; take numbers; real studio equipment brands and venues public; CRLF.",
        "text": """SESSION LOG - Studio B
Project: "Letters from Dandong" (single)          Client: independent / NGO-funded
Artist: {{r:HANA LEE}} (legal name {{r:Ri Ha-na}}; please use stage name on all credits)
Producer: {{p:Joon Baek}}          Engineer: {{p:Min-kyu Seo}}          Assistant: {{p:Yerin}}
Date: Sat 16 March 2024, 11:00-19:30

Players
Guitar: {{r:Kwon Il-gyu}}
Bass: {{p:Ahn Jae-hoon}}
Piano: {{p:Catherine Oh}}
Gayageum: {{p:Seo Da-bin}}
Backing vocals: {{p:Yoon Ha-rin}}, {{p:Ji Eun-seo}}

11:00  Setup. Vocal mic {{u:Neumann}} U87 through a 1073 preamp. {{r:Hana}} asked for the lights down.
11:40  Guide track with {{r:Il-gyu}} on acoustic. He and {{r:Ha-na}} sang together in the restaurant band in {{u:Dandong}} from 2014 to 2016; he plays without a chart.
12:15  Vocal take 1. Count-in in Korean: "hana, dul, set" (she laughed, said it was her own name every time). Good feel, pitchy in the bridge.
12:30  Take 2-4. {{p:Joon}} wants more air. {{r:Hana}}: "In the restaurant the manager, Comrade {{p:Jang}}, told us never to breathe on the mic."
13:10  Lunch. {{r:Kwon}} and {{p:Catherine}} went to the {{u:Hana Bank}} ATM on the corner for cash for the delivery guy.
14:00  Piano overdub ({{p:Catherine Oh}}), 3 passes, comp from 2 and 3.
15:20  Gayageum ({{p:Da-bin}}). Beautiful. {{r:Ha-na}} cried at the end of the second pass; we took 15 minutes.
15:45  BVs ({{p:Ha-rin}}, {{p:Eun-seo}}). "Oh" ad-libs in the last chorus, as {{p:Joon}} asked.
16:30  Vocal takes 5-9. Take 7 is the one. {{r:Hana}} changed a line: instead of "the girl from Sinuiju" she now sings "the girl from the river", because the real girl, {{p:Kim Ryon-hui}}, is still in the North and she does not want her named.
18:00  Rough mix. {{p:Min-kyu}} printed to {{u:Pro Tools}} session {{r:HANA}}_LETTERS_v3.
19:30  Wrap. Drive backed up x2 ({{p:Yerin}} took one home).

Notes for credits: "Vocals: {{r:Hana Lee}}. Guitar: {{r:Kwon Il-gyu}}." Do NOT credit the restaurant or anybody from it. {{r:Il-gyu}} asks to be credited as "{{r:I.G. Kwon}}" only.
""",
    },
    {
        "id": "h62-en-15",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yang Myong-suk", "양명숙", "witness", ["Myong-suk", "Yang", "M.S. Yang"]),
            ("Yang Kum-bi", "양금비", "relative", ["Kum-bi", "Goldie"]),
        ],
        "note": "Charity-shop volunteer till reconciliation sheets over a week, with handover comments; resettled volunteer and her daughter with a nickname (Goldie) beside 'gold' items; volunteers by first name and initials; surnames Do and May as names beside the verb and the month; Gift Aid, HMRC and the charity public.",
        "text": """{{u:British Red Cross}} shop, {{u:Sutton}} - DAILY TILL RECONCILIATION
Week commencing Monday 6 May 2024
(keep in the red folder; manager {{p:Linda Cross}} to check Fridays)

MON 6 MAY (bank holiday, open 10-4)
Till opened by: {{p:Pat}}          Float: 50.00
Cash 212.40 | Card 188.10 | Gift Aid sales 64.00 | Total 464.50
Comments: Quiet morning. {{r:Myong-suk}}'s first shift on the till on her own, no problems. Her daughter {{r:Kum-bi}} came in after school and sorted the jewellery (we call her {{r:Goldie}} now, she found a real gold ring in a bag of costume stuff!). Closed by {{p:Pat}} / {{r:M.S. Yang}}.

TUE 7 MAY
Till opened by: {{p:Derek Do}}          Float: 50.00
Cash 145.00 | Card 201.35 | Total 346.35
Comments: Till 2.10 short. Checked with {{p:Derek}}, probably the 2 pound coin given to the man who wanted change for parking. Do not give change for parking please!! Mrs {{p:Okonkwo}} brought 6 bags of men's shoes. Mrs {{r:Yang}} says one pair is exactly like the boots they had in the camp; she went quiet after that. {{p:L.C.}}

WED 8 MAY
Till opened by: {{r:Yang Myong-suk}}          Float: 50.00
Cash 301.20 | Card 256.00 | Total 557.20
Comments: Good day, sold the sewing machine (45.00) to {{p:Jenny}} from the church. {{r:Myong-suk}} showed {{p:Jenny}} how to thread it "like in the factory". She told {{p:May}} and me that she did this job in a camp in {{u:Kuwait City}} for two years, sewing uniforms for the Korean workers, and that the boss, Mr {{p:Chong}}, took all the money. {{p:May}} says we should not ask more unless she wants to talk.

THU 9 MAY
Till opened by: {{p:May Sullivan}}          Float: 50.00
Cash 122.75 | Card 99.80 | Total 222.55
Comments: May is a slow month, as {{p:May}} always says. Gift Aid forms in the tray for Mr & Mrs {{p:Hollis}} and Ms {{p:Adebayo}}. {{r:Goldie}} did her homework in the back room again, please tell {{r:Myong-suk}} it's fine but she must not use the steamer.

FRI 10 MAY
Till opened by: {{p:Linda Cross}}          Float: 50.00
Cash 260.00 | Card 240.00 | Total 500.00 (!!)
Comments: Week total 2,090.60. {{r:Yang}} family: {{r:Kum-bi}} made a poster in Korean and English, "Everything 1 pound Friday". {{p:Derek}} wants to keep it up. Volunteer hours for {{r:M.S. Yang}}: 22. Reference letter for her job centre adviser, Mr {{p:Osborne}}, to be signed by me next week. {{p:LC}}
""",
    },
    {
        "id": "h62-en-16",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Ryong-ho", "최룡호", "witness", ["Ryong-ho", "Choi Yong-ho"]),
            ("Kim Ok-sun", "김옥순", "witness", ["Ok-sun"]),
            ("Sim Tae-ung", "심태웅", "supervisor", ["Sim"]),
            ("Jon Yong-chol", "전용철", "coworker", ["Yong-chol"]),
        ],
        "note": "NGO fact-finding mission daily situation report from Mongolia; witnesses coded W-1, W-2 and then named; supervisor Sim beside SIM cards; mission staff, drivers and officials private; codes like 'W-1' not labelled; Ulaanbaatar places, Sukhbaatar Square and Chinggis Khaan airport as public names that contain persons' names.",
        "text": """FACT-FINDING MISSION: MONGOLIA, 2-9 SEPTEMBER 2023
SITREP No. 4 - Tuesday 5 September, 22:40 local
From: mission lead {{p:Anna Kowalczyk}}          To: programme director {{p:Seo Hyun-woo}}; security focal point {{p:Ben Adler}}
Classification: restricted (mission team only)

1. Security
No incidents. Team moved from the hotel near {{u:Sukhbaatar Square}} to the guesthouse as planned. Driver {{p:Bat-Erdene}} replaced by {{p:Gansukh}} ({{p:Bat-Erdene}}'s mother is in hospital). Local SIM cards bought in the names of two team members; do not use them for witness contact.

2. Interviews today
W-1 ({{r:Choe Ryong-ho}}, construction, 2015-2019, {{u:Ulaanbaatar}} apartment blocks). 3 hrs. Interpreter {{p:Yu Ji-won}}. Consistent with his 2021 statement given under the name {{r:Choi Yong-ho}}. Key new point: the brigade leader, {{r:Sim Tae-ung}}, took the workers' phones and SIMs and kept a list of who called whom. {{r:Ryong-ho}} drew a map of the compound.
W-2 ({{r:Kim Ok-sun}}, cook at the same compound, 2016-2018). 2 hrs. Confirms {{r:Sim}} held passports and says he "bought" the workers' days off from the Mongolian site manager, Mr {{p:Davaa}}, for vodka. {{r:Ok-sun}} named a worker who died in 2017, {{r:Jon Yong-chol}}, cause unknown; body repatriated by rail.
W-3 (Mongolian neighbour, Mrs {{p:Oyunchimeg}}): saw men carried from the site on two occasions. She called one of them "the tall boy {{r:Yong-chol}}". Wants no name in the report.

3. Meetings
10:00 {{u:National Human Rights Commission of Mongolia}}, with commissioner's adviser Ms {{p:Enkhjargal}}. Promised data on work permits 2015-2019.
15:00 Lawyer {{p:Tserenbaatar}}, re court files on the 2018 wage dispute.

4. Issues
- {{r:Kim Ok-sun}} recognised the interpreter {{p:Ji-won}}'s accent as "from the South" and asked twice whether this would be reported to the embassy. Reassured. Consider a Mongolian-Korean interpreter for her follow-up.
- W-1 insists {{r:Sim}} is now back in {{u:Mongolia}} with a new brigade; unverified. Do not try to locate him.
- Flight home 9/9 via {{u:Chinggis Khaan International Airport}}; {{p:Ben}} to confirm.

Next sitrep 6/9. {{p:AK}}
""",
    },
    {
        "id": "h62-en-17",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Jong-hyok", "리정혁", "witness", ["Jong-hyok", "J. Ri"]),
            ("Kim Chung-song", "김충성", "coworker", ["Chung-song"]),
        ],
        "note": "Chess tournament crosstable (Swiss pairings) from a community club with round notes; players as 'Surname, Initial' with ratings; a resettled former logger plays; Kim Chung-song whose given name means loyalty; opening names containing persons (Sicilian, Caro-Kann, Alekhine) left unmarked as ordinary chess terms; FIDE and the federation public.",
        "text": """{{u:Surrey County Chess Association}} - Spring Rapid (Swiss, 5 rounds, 15+10)
Venue: {{u:Kingston upon Thames}}, St Luke's church hall          Arbiter: {{p:Graham Whitby}}          Date: 20 April 2024

Final crosstable
No Name                 Rtg   R1    R2    R3    R4    R5    Pts
1  {{p:Novak, P.}}          1984  W7    W4    D2    W3    D5    4.5
2  {{r:Ri, J.}}             1720  W9    W6    D1    W5    D3    4.0
3  {{p:Hughes, T.}}         1850  W10   D5    W8    L1    D2    3.5
4  {{p:Okeke, C.}}          1801  W11   L1    W9    D6    W8    3.5
5  {{p:Shah, R.}}           1765  W12   D3    W7    L2    D1    3.0
6  {{r:Kim, C.S.}}          1610  W13   L2    W10   D4    D9    3.0
7  {{p:Fairley, J.}}        1702  L1    W11   L5    W12   W10   3.0
8  {{p:Baxter, S.}}         1690  W14   D9    L3    W13   L4    2.5
9  {{p:Lee, J.}}            1655  L2    D8    L4    W14   D6    2.5
10 {{p:Mbeki, A.}}          1540  L3    W13   L6    W11   L7    2.0
(11-14 omitted)

Arbiter's notes
R1: {{r:Ri}} - {{p:Lee}}: not related, both asked. {{r:Ri}}'s name is spelled {{r:Ri Jong-hyok}} on his FIDE ID and {{r:Lee}} on his library card; we use the FIDE spelling. No relation to board 9 {{p:Lee, J.}} ({{p:Jasmine Lee}}).
R2: {{r:Kim, C.S.}} lost on time against {{r:Ri}}. Both players are members of the Tuesday newcomers' group run by Mrs {{p:Park}}.
R3: Long draw on board 1, {{p:Novak}} - {{r:Ri}}, Caro-Kann. Spectators asked to stand back.
R4: Board 2 {{r:Jong-hyok}} v {{p:Shah}}, a Sicilian. {{r:Jong-hyok}} won in 38 moves. He told me he learned chess "on a plank in a logging camp in {{u:Khabarovsk Krai}}, with pieces {{r:Chung-song}} carved from birch". {{r:Chung-song}} confirmed: "I made the knights too big."
R5: {{r:J. Ri}} offered a draw to {{p:Hughes}} at move 20 to catch the last bus; accepted.

Prizes: 1st {{p:P. Novak}} 60; 2nd {{r:J. Ri}} 40; best U1700 {{r:C.S. Kim}} 20 (he gave it to the tea fund).
Grading results sent to the federation by {{p:G. Whitby}}.
""",
    },
    {
        "id": "h62-ko-01",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ri Un-sim", "리은심", "witness", ["이은심", "은심"]),
            ("Cha Yong-nam", "차영남", "supervisor", []),
        ],
        "note": "세무서 종합소득세 신고 안내문과 정착도우미의 상담 메모; 두음법칙에 따른 리/이 표기, 성 차(車)와 자동차 차, 성 방과 방문·방, 성 오와 오전, 한 음절 이름 철이; 세무서·홈택스·하나원 공공 명칭; CRLF.",
        "text": """국세청
{{u:강서세무서}} 소득세과
문서번호: 소득-2024-0517-113          시행일자: 2024. 5. 17.

수신: {{r:리은심}} 님 (주민등록 표기 {{r:이은심}}) 귀하
제목: 2023년 귀속 종합소득세 확정신고 안내

1. 귀하의 2023년 귀속 종합소득세 확정신고 기한은 2024. 5. 31.입니다.
2. {{u:국세청}}에 제출된 지급명세서에 따르면 귀하는 다음 사업자로부터 사업소득(인적용역)을 받았습니다.
   - 상호: 우리집반찬 / 대표자: {{r:차영남}} / 지급액 14,400,000원 / 원천징수세액 432,000원
   - 상호: 한빛물류(주) / 지급액 2,150,000원 / 원천징수세액 64,500원
3. 신고는 {{u:홈택스}}(www.hometax.go.kr) 또는 모바일 {{u:손택스}}에서 하실 수 있으며, 방문 신고는 세무서 1층 신고창구에서 받습니다.
4. 문의: 소득세과 {{p:방수진}} 조사관 (☎ 02-2630-XXXX)

※ 이 안내문은 신고 편의를 위한 것이며, 실제 소득과 다른 경우 정정하여 신고하시기 바랍니다.

---- 정착도우미 상담 메모 (작성: {{p:하윤서}}) ----
5/20 (월) {{r:은심}} 씨가 안내문 들고 사무실 방문. "세금 내라는 거냐, 벌금이냐"고 걱정. {{r:차영남}} 사장이 처음에 "프리랜서로 해야 보험 안 내도 된다"고 해서 3.3% 떼는 걸로 일했다고 함. 실제로는 매일 오전 9시부터 저녁 7시까지 가게에 출근했고, {{r:차}} 사장 지시대로 반찬 만들고, 오후에는 {{r:차}} 사장 차로 배달까지 했음 → 근로자성 강함. 노무사 {{p:문지환}} 님께 연결하기로.
5/20 (월) {{r:은심}} 씨 이야기: {{u:북한}}에 있을 때 {{u:단둥}} 수산물 공장에 3년 파견(2015~2018). 그때도 월급은 반장 {{p:오금순}}이가 다 걷어 갔고 "세금"이라는 말은 들어본 적 없다고. "여기서는 {{r:차}} 사장이 {{p:오}} 반장이랑 똑같다"며 웃음. ({{p:오}} 반장 = {{p:오금순}})
5/22 (수) 세무서 동행. {{p:방수진}} 조사관 친절. 상담실 방이 좁아서 아들 {{p:철}}이도 같이 들어감. {{p:방}} 조사관이 "경비 증빙 없으면 단순경비율 적용"이라고 설명, {{r:리은심}} 님 명의로 신고 완료. 환급 예상 약 21만원.
5/22 (수) 돌아오는 길에 {{r:은심}} 씨가 {{u:하나원}} 동기 {{p:계순영}} 씨도 같은 가게에서 일했다고 말함. {{p:순영}} 씨도 안내문 받았는지 확인 필요.
5/27 (월) 노무사 {{p:문지환}}: 근로자성 인정 가능성 높음, 퇴직금·주휴수당 청구 검토. {{r:차영남}} 사장에게 내용증명 보내기 전에 {{r:은심}} 씨 본인 의사 다시 확인. 본인은 "{{r:차}} 사장이 나쁜 사람은 아니다, 다만 돈 계산이 북한식"이라고.
5/31 (금) {{p:철}}이 학교 상담 때문에 {{r:은심}} 씨 통화 못 함. 다음 주로.
""",
    },
    {
        "id": "h62-ko-02",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kang Sun-nyo", "강순녀", "witness", ["순녀"]),
            ("Ju Kyong-ho", "주경호", "other", []),
        ],
        "note": "법원 경매 매각물건명세서와 임차인 현황, NGO 직원 메모; 성 주(朱)와 '주' (주 2회), 채권자·전입세대주·집행관 등 가공 인물은 사인, 법원·은행·구청 공공; 이름 뒤 '씨', '님', '에게', '의'는 표지 밖.",
        "text": """{{u:서울북부지방법원}}
매각물건명세서

사건: 2023타경10472 부동산강제경매
매각물건번호: 1          작성일자: 2024.03.08          담임법관(사법보좌관): {{p:윤태석}}
채권자: {{p:최만수}}          채무자 겸 소유자: {{r:주경호}}
소재지: {{u:노원구}} 상계동 ○○○-○ 2층 201호 (다세대주택)
감정평가액: 198,000,000원          최저매각가격: 158,400,000원
배당요구종기: 2023.11.20

점유자의 점유권원, 점유할 수 있는 기간, 차임 또는 보증금에 관한 관계인의 진술 및 임차인이 있는 경우 배당요구 여부와 그 일자, 전입신고일자 또는 사업자등록신청일자와 확정일자의 유무와 그 일자
점유자 성명: {{r:강순녀}} / 점유부분: 201호 전부 / 정보출처: 현황조사, 권리신고 / 점유권원: 주거임차인 / 임대차기간: 2021.06.01.~2023.05.31. / 보증금: 50,000,000원 / 전입신고: 2021.06.03. / 확정일자: 2021.06.03. / 배당요구: 2023.10.30.
점유자 성명: {{p:강지훈}} / 점유부분: 201호 중 방1 / 정보출처: 전입세대열람 / 점유권원: 미상 (임차인 {{r:강순녀}}의 아들로 추정)

※ 최선순위 설정일자보다 대항요건을 먼저 갖춘 주택임차인의 임차보증금은 매수인에게 인수되는 경우가 발생할 수 있음.
※ 집행관 {{p:정동욱}} 현황조사(2023.09.14.): 폐문부재, 2회 방문. 관리인 {{p:노}}씨(1층 거주) 진술에 의하면 "{{r:강순녀}}라는 할머니와 아들이 산다"고 함.

---- NGO 주거지원 담당 메모 ({{p:장미란}}) ----
3/12 {{r:순녀}} 님 전화. 우편함에 "경매"라고 적힌 서류가 와서 무섭다고 함. 집주인 {{r:주경호}} 씨가 사업하다 빚이 생긴 것 같다고. {{r:순녀}} 님은 2016~2019년 {{u:중국}} {{u:훈춘}} 의류공장에 파견됐다가 탈북, 2020년 입국. 보증금 5천만원은 정착금과 {{u:LH}} 대출로 마련한 돈.
3/13 {{u:법률구조공단}} {{p:서경민}} 변호사 상담. 전입+확정일자가 근저당보다 빠르면 대항력 있음 → 등기부 확인 필요. 근저당권자 {{u:국민은행}} 설정일 2021.08. → {{r:강순녀}} 님이 선순위. 보증금 보호될 가능성 높음.
3/14 {{r:순녀}} 님께 설명. 주 2회 방문 요양 오는 요양보호사 {{p:백선영}} 씨가 같이 들음. {{r:순녀}} 님: "{{r:주}} 사장이 착한 사람인데 왜 이렇게 됐냐". 아들 {{p:지훈}}이는 야간 근무라 통화 못 함.
3/20 매각기일 4/23. 배당요구 이미 했음(10/30, {{p:백선영}} 씨가 도와줌). {{r:주경호}} 씨에게서 문자 옴: "할머니 죄송합니다. 보증금은 꼭 돌려받게 하겠습니다." {{r:순녀}} 님이 문자 보여주며 울었음.
4/24 매각 완료 (매수인 {{p:황보석진}}). 배당기일 통지 기다림. {{p:MR}}
""",
    },
    {
        "id": "h62-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("To Yong-mi", "도영미", "witness", ["영미"]),
            ("Pan Sok-gyu", "반석규", "supervisor", []),
            ("Yom Chun-hwa", "염춘화", "coworker", ["춘화"]),
        ],
        "note": "공인노무사 상담카드(수산물 가공공장 임금체불); 성 도(都)와 보조사 '도', 성 반(潘)과 '반' (반나절, 반장), 성 염과 '염장'; 과거 러시아 파견 회상; 고용노동부 지청·근로기준법 공공; 베트남 동료 이름.",
        "text": """상담카드 No. 24-0311
상담일: 2024. 3. 11.(월) 14:00~15:40          상담자: 공인노무사 {{p:임채원}}
내담자: {{r:도영미}} (여, 1979년생, 2017년 입국)          연락처: 010-XXXX-XXXX
동석: 통역 없음 / 정착도우미 {{p:박선주}} 동석
사업장: ○○수산 ({{u:통영시}} 소재, 멸치·굴 가공, 상시근로자 약 30명)
사업주: {{p:김정태}}          현장 관리자(공장장): {{r:반석규}}

1. 상담 내용
- 근무기간: 2022.04.01.~2024.02.29.(퇴사). 주 6일, 06:00~18:00. 성수기(10~2월)에는 밤 9시까지.
- 임금: 월 230만원 정액(현금 150 + 계좌 80). 연장·휴일수당 없음. 퇴직금 미지급.
- {{r:도영미}} 님 말씀: "{{r:반}} 공장장이 반나절만 일한 날은 반만 준다고 했다. 그런데 반나절이 아니라 열 시간이었다."
- 동료 {{r:염춘화}} 님(조선족, 60대)도 같은 조건. {{r:춘화}} 님은 굴 염장 작업을 맡았고 손에 습진이 심함. {{u:베트남}} 동료 {{p:응우옌 티 투}}, {{p:팜 반 롱}}도 연장수당 못 받음 ({{p:롱}} 씨는 자기 이름 가운데 글자가 '반'이라서 공장장과 친척이냐는 농담을 들었다고 함).
- 퇴사 사유: 2024.2. 공장장 {{r:반석규}}가 "북에서 온 사람은 말이 많다"며 다음 달부터 나오지 말라고 함. 해고예고수당 없음.

2. 내담자 과거 경력 (참고)
- 2012~2015년 {{u:러시아}} {{u:하바롭스크}} 건설현장 취사원으로 파견. 그때 작업반장 {{p:한윤구}}가 여권을 보관했고 "월급은 조국에 바친다"고 했음. {{r:영미}} 님은 "여기서도 {{r:반}} 공장장이 휴대폰에 노동시간 적지 말라고 한 게 그때랑 비슷해서 무서웠다"고 함.
- {{r:도}} 님도 처음에는 진정이 "고발"인 줄 알았음. 설명함.

3. 검토 의견
- 체불 추정액: 연장·야간수당 약 1,480만원, 주휴수당 약 420만원, 퇴직금 약 460만원, 해고예고수당 230만원.
- 입증: 내담자가 달력에 적은 출퇴근 시간, {{r:춘화}} 님 진술, 현금 봉투 사진. {{r:염춘화}} 님은 "{{r:영미}}가 하면 나도 하겠다"고 함(정착도우미 {{p:박선주}} 님 통화 확인).
- 조치: {{u:고용노동부}} {{u:통영지청}}에 진정 제기 (근로기준법 제36조, 제56조, 퇴직급여법 제9조). 담당 근로감독관 배정 후 출석 동행.

4. 다음 일정: 3/15 진정서 초안 작성 후 {{r:도영미}} 님 서명. 굴 작업장 사진은 {{r:춘화}} 님 딸 {{p:염지혜}} 씨가 보내주기로 함.
상담자 서명: {{p:임채원}} (인)
""",
    },
    {
        "id": "h62-ko-04",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Song Un-ha", "송은하", "witness", ["은하"]),
            ("Kim Jong-nyo", "김정녀", "relative", []),
            ("Yu Son-hwa", "유선화", "coworker", ["선화"]),
        ],
        "note": "라디오 사연 원고(DJ 낭독용)와 작가 메모; 사연자 성 송과 신청곡 '송', 엄마 이름, 블라디보스토크 식당 동료; 실존 가수 나훈아·이미자, 방송국·프로그램 공공; 블라디보스토크 거리 이름(스베틀란스카야); DJ·작가·PD는 가공 사인; 혼합 줄바꿈.",
        "text": """{{u:KBS 한민족방송}} <보고 싶은 얼굴> 4월 18일 방송분 원고
구성: {{p:임소라}} 작가 / 진행: {{p:윤솔}} / 연출: {{p:강태현}} PD
[두 번째 사연 - 낭독 3분 30초]

(음악 잔잔히 깔리며)
DJ: 오늘 두 번째 편지는 바닷가 도시에 사시는 {{r:송은하}} 님이 보내 주셨습니다. {{r:은하}} 님, 이름이 참 예쁘죠. 은하수 할 때 그 은하래요. 읽어 드릴게요.

"안녕하세요, {{p:윤솔}} 님. 저는 2019년까지 {{u:러시아}} {{u:블라디보스토크}}의 조선 식당에서 일하던 사람입니다. 식당은 {{u:스베틀란스카야 거리}}에서 조금 들어간 골목에 있었어요. 매일 저녁 손님들 앞에서 노래를 불렀는데, 제일 많이 부른 노래가 {{u:이미자}} 선생님의 '동백 아가씨'였어요. {{u:러시아}} 손님들은 뜻도 모르면서 박수를 쳤지요.
식당에는 저를 포함해 아홉 명이 있었는데, 저랑 제일 친했던 동무가 {{r:유선화}}예요. {{r:선화}}는 {{u:평양}} 출신이고 장구를 잘 쳤어요. 밤에 숙소에서 몰래 남쪽 노래를 같이 들었는데, {{r:선화}}가 '{{u:나훈아}}가 누구냐' 하며 웃던 얼굴이 아직도 생생합니다.
지배인 {{p:한명옥}} 동지는 우리 휴대폰을 매일 밤 걷어 갔고, 한 달 팁을 모두 '충성자금'이라며 가져갔어요. 저는 2019년 가을에 혼자 나왔습니다. {{r:선화}}에게는 아무 말도 못 했어요. 미안해서 지금도 잠이 안 와요.
고향에 계신 우리 엄마 {{r:김정녀}} 씨, 엄마 딸 {{r:은하}}는 잘 살고 있어요. 요즘은 요양병원에서 일해요. 그리고 {{r:선화}}야, 혹시 이 방송 듣고 있으면 꼭 살아만 있어.
신청곡은 {{u:나훈아}}의 '고향역'입니다. 엄마랑 {{r:선화}}가 같이 들었으면 좋겠어요."

DJ: {{r:은하}} 님, 편지 고맙습니다. 어머님 {{r:김정녀}} 님, 그리고 {{r:유선화}} 님께도 이 노래가 닿기를 바랍니다. 신청곡 듣겠습니다. '고향역'.
(음악)

---- 작가 메모 ----
- 사연자 본인 동의: 실명 방송 OK (본인 요청). 단 엄마 이름은 원래 빼려 했으나 {{r:송은하}} 님이 "엄마가 이름을 들어야 안다"고 다시 요청 → {{p:강태현}} PD 확인 후 유지.
- 지배인 이름({{p:한명옥}})은 방송에서 뺌. 원고 위 문단에서 삭제할 것!! (낭독본은 "지배인 동지"로)
- {{r:송}} 씨 성 때문에 DJ가 '송 송 송' 말장난 하지 않도록 {{p:윤솔}} 님께 미리 말씀드림.
- 선물: 라디오 1대 (택배 {{p:소라}} 작가가 발송)
""",
    },
    {
        "id": "h62-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ma Tong-chol", "마동철", "witness", ["동철", "마"]),
            ("Ri Bok-sil", "리복실", "relative", ["복실"]),
        ],
        "note": "웹소설 완결 후기(작가의 말)와 댓글; 취재원 성 마와 감탄사 '마', 한 음절 필명, 독자 닉네임(@ 없이)과 실명 같은 닉네임; 플랫폼·출판사 공공; 소설 속 지명(아무르주, 틴다) 실제 지명; 이모지.",
        "text": """[작가의 말] 『자작나무 숲의 겨울』 완결 후기

안녕하세요, {{p:윤}}입니다. (필명이 한 글자라 독자님들이 늘 "{{p:윤}} 작가님 성이 윤이에요?" 물으시는데, 아니에요 ㅎㅎ 본명은 비밀!)
158화 연재를 무사히 마쳤습니다. {{u:카카오페이지}}에서 처음 연재를 시작할 때만 해도 이 이야기를 끝까지 쓸 수 있을지 몰랐어요. 🙏

이 소설은 실제 {{u:러시아}} {{u:아무르주}} 벌목장에서 일하셨던 분의 이야기에서 시작됐습니다. 제가 "{{r:마}} 선생님"이라고 부르는 분이에요. 2021년 겨울, 지인 소개로 처음 만난 {{r:마동철}} 선생님은 두 시간 내내 말씀이 없으시다가, 제가 "춥지 않으셨어요?" 하고 묻자 "마, 추운 게 문제가 아니었다" 하시더니 그때부터 네 시간을 이야기하셨어요.
소설의 주인공 '강우'는 선생님의 이야기를 바탕으로 했지만, 인물과 사건은 많이 바꿨습니다. {{u:틴다}} 근처의 벌목장, 영하 45도의 새벽, 작업반장이 걷어 가던 월급, 동료가 나무에 깔려 죽던 날은 모두 {{r:동철}} 선생님이 직접 겪은 일이에요. 선생님은 그 동료의 이름을 끝내 말씀하지 않으셨어요. "그 사람 어머니가 아직 살아 계실지도 모른다"면서요.
선생님의 부인 {{r:리복실}} 여사님께도 감사드립니다. 취재 갈 때마다 된장찌개를 끓여 주셨어요. {{r:복실}} 여사님 말씀이 "우리 영감이 이렇게 말 많은 걸 처음 봤다"고 ㅋㅋ

그리고 늘 원고를 먼저 읽어 준 담당 편집자 {{p:서다은}} 님, 러시아어 감수를 해 준 {{p:알렉세이}}, 벌목 장비 자료를 찾아 준 친구 {{p:정훈}}이, 고마워요. 표지를 그려 주신 {{p:달빛고래}} 작가님도요!

마지막으로, 이 소설을 읽고 {{u:북한}} 해외 노동자 문제에 대해 처음 알게 되었다는 댓글을 정말 많이 받았어요. 인세 일부는 선생님과 상의해서 관련 단체에 기부합니다.
{{p:윤}} 드림.

---- 댓글 (베스트순) ----
{{p:자작나무숲}}: 마지막 화에서 강우가 눈 속에서 편지 읽는 장면 진짜 울었어요 😭 {{r:마동철}} 선생님 건강하세요
{{p:kimsunhee}}_0412: 작가님 후기까지 완벽... 실화라니 마음이 무거워요
{{p:벌목꾼아들}}: 저희 아버지도 90년대에 거기 갔다 오셨어요. 아버지가 이 소설 보시고 "{{r:마}} 선생이 누군지 알 것 같다"고 하셔서 깜짝 놀람
  ↳ {{p:윤}}(작가): 앗 ㅠㅠ 혹시라도 실명은 댓글에 적지 말아 주세요! 선생님 신변 때문에요.
{{p:박하사탕}}: 외전 주세요 제발 {{r:복실}} 여사님 모티브 캐릭터 외전...
""",
    },
    {
        "id": "h62-ko-06",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kye Son-hui", "계선희", "witness", ["선희"]),
            ("Jong U-jin", "정우진", "relative", ["우진"]),
        ],
        "note": "모바일 청첩장 문구와 방명록 축하 메시지; 양가 부모 이름, 축사·사회자, 하나원 동기·식당 시절 동료가 닉네임과 실명으로 등장; 지하철역·카카오페이 공공; '선희야', '우진아' 호격 조사는 표지 밖; 이모지.",
        "text": """💐 저희 결혼합니다 💐

{{p:정만호}} · {{p:김순자}}의 장남 {{r:우진}}
{{p:계춘길}} · {{p:박옥녀}}의 장녀 {{r:선희}}

서로 다른 곳에서 태어나 먼 길을 돌아 만난 두 사람이
이제 같은 길을 함께 걸어가려 합니다.
귀한 걸음 하시어 축복해 주세요.

2024년 10월 19일 토요일 낮 12시 30분
더채플앳 ○○ 3층 그레이스홀
🚇 {{u:양재역}} 7번 출구 도보 5분 / 주차 2시간 무료

신랑 {{r:정우진}} 010-XXXX-XXXX
신부 {{r:계선희}} 010-XXXX-XXXX
마음 전하실 곳: 신랑측 {{u:카카오페이}} 송금 / 신부측 은행 110-XXX-XXXXXX (예금주 {{r:계선희}})

※ 신부 아버님 {{p:계춘길}} 님은 함께하지 못하십니다. 신부 측 혼주는 {{u:하나원}} 시절부터 {{r:선희}}를 돌봐 주신 {{p:한정숙}} 어머님이 서 주십니다.
주례 없는 결혼식 / 사회 신랑 친구 {{p:오승민}} / 축가 {{p:하은비}}

---- 방명록 ----
{{p:한정숙}}: 우리 {{r:선\u200b희}}, 정말 축하한다. {{u:중국}} 공장에서 손 다 터 가며 일하던 너를 처음 만났을 때가 엊그제 같은데. {{r:우진}}이는 우리 딸 울리면 안 된다! ❤️
{{p:숙희}}({{u:하나원}} 147기): {{r:선희}}야 축하해!! {{p:금옥}}이랑 {{p:명순}} 언니랑 같이 갈게 ㅎㅎ
막내동생 {{p:준서}}: 형 결혼 축하해요 🎉 근데 형 이제 게임은...
{{p:김순자}}: 우리 며느리 {{r:선희}}야, 고생 많았다. 이제 우리 집 딸이다.
{{p:Ｔａｎｙａ}}: Поздравляю, {{r:Сонхи}}! Я помню тебя в {{u:Ханчжоу}}... 행복해!
{{p:오승민}}: 사회 준비 중입니다. {{r:우진}}아 리허설 7시!!
{{p:노란우산}}: {{r:선희}} 씨 공장 동기예요. 반장 {{p:황}}이 그때 못되게 굴던 거 생각하면 오늘 너무 기뻐요 😭
""",
    },
    {
        "id": "h62-ko-07",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Mun Kwang-hyok", "문광혁", "witness", ["광혁"]),
            ("Han Bok-sil", "한복실", "relative", ["복실"]),
            ("Mun Kwang-chol", "문광철", "relative", ["광철"]),
        ],
        "note": "북한 인민반 숙박등록대장 한 쪽의 전사본과 증언자 설명; 이름 사이 띄어쓰기 없는 북한식 표기, 성 문과 '문'(대문), 어머니 한복실과 '한복'; 인민반장·보안원·이웃 세대주는 사인; 김정일·김정숙 이름이 들어간 공공 명칭; CRLF.",
        "text": """[전사본] {{u:함경북도}} {{u:청진시}} ○○동 제17인민반 숙박등록대장 (2017년 7월~9월분, 1쪽)
제공: {{r:문광혁}} (2023년 면담 시 휴대폰 사진으로 제출) / 전사: {{p:최은주}} / 검토: {{p:안병수}}

번호 | 날짜 | 세대주 | 숙박자 성명 | 관계 | 본적(주소) | 기간 | 사유 | 인민반장 확인
41 | 7.3 | {{p:리춘식}} | {{p:리명옥}} | 딸 | {{u:김책시}} | 7.3~7.10 | 방학 | {{p:오춘화}}
42 | 7.14 | {{r:한복실}} | {{r:문광혁}} | 아들 | {{u:로씨야}} 파견(휴가) | 7.14~8.13 | 휴가 귀국 | {{p:오춘화}}
43 | 7.14 | {{r:한복실}} | {{p:최금주}} | 며느리 | {{u:나선시}} | 7.14~7.20 | 남편 면회 | {{p:오춘화}}
44 | 8.2 | {{p:박경수}} | {{p:장영일}} | 처남 | 같은 시 | 8.2~8.4 | 장사 | {{p:오춘화}}
45 | 8.13 | {{r:한복실}} | {{r:문광철}} | 아들 | {{u:김정숙군}} | 8.13~8.15 | 형 배웅 | {{p:오춘화}} / 보안원 {{p:황성남}} 확인
46 | 9.1 | {{p:김혜련}} | {{p:김영}} | 조카 | (미기재) | 9.1~9.3 | - | (도장 없음)

(42번 비고란, 연필) "{{u:로씨야}} {{u:아무르주}} 벌목 파견자. 휴가 중 외출 시 반장에게 보고. 8.13 출발." - 보안원 {{p:황성남}}

---- 증언자 설명 (면담 녹취 요약) ----
{{r:문광혁}}: 2017년 여름에 어머니 환갑이라 한 달 휴가를 받아서 집에 왔습니다. 벌목장에서 3년 일하고 처음 온 거였어요. 회사에서 "휴가 중에 무슨 말 하고 다니면 다시는 못 나간다"고 해서 집 문 밖으로 잘 안 나갔어요. 인민반장 {{p:오춘화}} 아주머니가 매일 저녁 와서 "{{r:광혁}}이 집에 있냐" 하고 문을 두드렸어요.
어머니 {{r:한복실}}은 그때 한복을 새로 지어 입으셨는데, 제가 보낸 돈으로 산 천이라고 자랑하셨어요. 사실 제가 보낸 돈은 회사가 다 떼고 남은 것뿐이었어요.
동생 {{r:광철}}이는 군대 있다가 저 배웅하러 이틀 왔어요. 45번이 그거예요. 보안원 {{p:황성남}}이 도장 찍으면서 "{{r:문}} 씨네 형제는 둘 다 나라에 충성한다"고 했어요.
아내 {{p:최금주}}는 처가에서 일주일 왔다 갔어요. 43번. 그게 마지막이었어요. 제가 2019년에 벌목장에서 나온 뒤로 아내 소식은 모릅니다.

[검토 메모: 46번 '{{p:김영}}'은 한 글자 이름이 맞음(증언자 확인). 42번 본적란이 '{{u:로씨야}} 파견'으로 되어 있는 것은 원문 그대로. 건물 이름 '{{u:김정일혁명사적관}}'이 뒷장에 보이나 본 쪽과 무관. - {{p:안병수}}]
""",
    },
    {
        "id": "h62-ko-08",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ha Un-byol", "하은별", "witness", ["은별", "별"]),
            ("An Song-guk", "안성국", "coworker", ["성국"]),
        ],
        "note": "볼링 동호회 정기전 점수표와 공지; 성 하와 웃음 '하하', 성 안과 부정어 '안', 한 음절 애칭 '별'과 일반어 별; 닉네임 회원, 총무·회장 사인; 볼링장 이름은 가공, 구청·체육회 공공.",
        "text": """🎳 새터 볼링 동호회 '스트라이크' 10월 정기전 결과
일시: 2024.10.12(토) 오후 2시 / 장소: ○○볼링센터 ({{u:양천구}}) / 작성: 총무 {{p:구명선}}

순위 | 이름(닉네임) | 1G | 2G | 3G | 합계 | 에버리지
1 | {{p:최정훈}} ({{p:훈}}이) | 201 | 188 | 215 | 604 | 201.3
2 | {{r:하은별}} ({{r:별}}) | 176 | 192 | 180 | 548 | 182.7
3 | {{p:리강철}} | 155 | 201 | 170 | 526 | 175.3
4 | {{r:안성국}} ({{r:국}}이) | 160 | 149 | 188 | 497 | 165.7
5 | {{p:장미정}} ({{p:장미}}) | 130 | 142 | 139 | 411 | 137.0
6 | {{p:오태양}} | 99 | 120 | 131 | 350 | 116.7
- | {{p:문순복}} | 불참 | | | |

🏆 이번 달 MVP: {{r:은별}} 님! 3게임 연속 170 이상 👏
🎯 하이게임: {{p:최정훈}} 215
💸 벌금(거터 3회 이상): {{p:오태양}} 님 5천원, {{r:안성국}} 님 5천원 ㅋㅋ

총무 공지
1. {{r:성국}} 님이 "다음 달엔 안 진다"고 하셨습니다. 안 지시면 회식 쏘신대요 😂
2. 다음 정기전 11/9(토). 장소 동일. 레인 예약 {{p:구명선}}.
3. {{u:양천구}} 생활체육회 리그 참가 신청 마감 10/25. 회장 {{p:리강철}} 님께 말씀해 주세요.
4. {{p:문순복}} 어머님 수술 잘 끝나셨다고 합니다. 다음 주 병문안 같이 가실 분!

---- 단톡방 댓글 ----
{{r:하은별}}: 하하 MVP 감사합니다!! 사실 {{u:러시아}} 식당에 있을 때 지배인 {{p:윤}} 동무가 볼링장 청소 시켜서 공 던지는 거 그때 처음 봤어요 ㅋㅋ
{{p:장미정}}: {{r:별}}아 너 진짜 잘한다 ⭐ {{r:별}}이 별을 땄네
{{r:안성국}}: 다음 달엔 진짜 안 져요. {{r:은별}}이 공 빌려줘
{{p:최정훈}}: {{r:국}}이 형 공 탓 아님 ㅋㅋㅋ
{{r:하은별}}: {{r:성국}} 오빠 제 공 14파운드예요 괜찮으시겠어요?
{{p:리강철}}: 회장입니다. 구 리그 우리 팀 명단은 {{p:최정훈}}, {{r:하은별}}, {{p:리강철}}, {{r:안성국}} 순으로 올리겠습니다. 이의 있으신 분 안 계시죠?
""",
    },
    {
        "id": "h62-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Pyon Kyong-hui", "변경희", "witness", ["경희"]),
            ("Pyon Han-gyol", "변한결", "relative", ["한결"]),
        ],
        "note": "아파트 관리사무소 안내방송 원고 모음과 방송 후 민원 메모; 방송에서 입주민 실명이 나간 사고; 성 변과 '변경'(change), 이름 한결과 부사 '한결'; 경비원·관리소장·택배기사 사인; LH·구청·경찰서 공공; 세종대로 등 인명 유래 도로명 공공.",
        "text": """○○마을 휴먼시아 관리사무소 안내방송 원고 (2024년 6월)
※ 방송 전 관리소장 확인 필수 / 작성: 관리과장 {{p:엄태식}}

[6/3 10:00] 단지 내 물탱크 청소 안내
입주민 여러분께 알려드립니다. 6월 5일 수요일 오전 9시부터 오후 3시까지 물탱크 청소로 단수됩니다. 일정 변경 시 다시 알려드리겠습니다.

[6/7 18:30] 미아 찾기 (긴급)
입주민 여러분께 알려드립니다. 지금 놀이터에서 초등학교 2학년 남자 어린이를 찾고 있습니다. 이름은 {{r:변한결}}, 파란색 티셔츠에 노란 모자를 쓰고 있습니다. 보신 분은 관리사무소나 경비실로 연락 바랍니다. 어머님 {{r:변경희}} 님께서 경비실에서 기다리고 계십니다.
(18:52 추가) {{r:한결}} 어린이를 찾았습니다. 협조해 주신 입주민 여러분께 감사드립니다. 찾아 주신 분은 105동 {{p:도성민}} 님입니다.

[6/10 09:00] 택배 보관 안내
경비실에 보관 중인 택배를 찾아가 주십시오. 장기 보관 물품: 102동 {{p:함수정}} 님, 108동 {{p:나진우}} 님.

[6/12 14:00] 주차 안내
{{u:세종대로}} 방면 정문 앞 이중 주차 차량 12가 3456 차주께서는 차량을 이동해 주시기 바랍니다.

---- 방송 후 민원 메모 (관리소장 {{p:설미옥}}) ----
6/8 107동 {{r:변경희}} 님 방문. 어제 미아 방송에서 본인과 아들 실명을 방송한 것에 대해 항의. 본인은 북한이탈주민으로 {{u:중국}} 수산물 공장 파견 근무 중 탈출했고, 예전 공장 관리자 쪽 사람이 {{u:한국}}에 있다는 말을 들어서 이름이 알려지는 것을 매우 두려워함. 신변보호 담당 경찰관 {{p:노형준}} 경위도 통화로 같은 요청.
6/8 답변: 당시 경비원 {{p:탁만수}} 님이 급하게 어머님이 불러 준 이름을 그대로 원고에 적었고, 과장 {{p:엄태식}}이 확인 없이 방송함. 사과드림. 재발 방지를 위해 앞으로 미아 방송은 이름 대신 옷차림만 방송하기로 함.
6/10 {{r:경희}} 님이 조금 한결 누그러진 목소리로 전화. "{{r:한결}}이가 방송에 자기 이름 나왔다고 좋아했다"며 웃으심. 다만 단지 단톡방에 방송 내용이 올라간 것 삭제 요청 → 동대표 {{p:위순자}} 님께 부탁드림.
6/11 {{u:LH}} 주거복지과 {{p:권오철}} 주임에게 경과 보고. {{u:양천경찰서}} 보안과에 확인 요청.
6/14 방송 원고 양식 변경: '개인정보 포함 여부' 체크란 추가. 관리소장 {{p:설미옥}}
""",
    },
    {
        "id": "h62-ko-10",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Kil Myong-su", "길명수", "witness", ["명수"]),
            ("Kil Chun-ok", "길춘옥", "relative", ["춘옥"]),
        ],
        "note": "자동차 정비 견적서와 고객 상담 메모; 고객 성 길(吉)과 '길'(도로), 정비사·견적 담당 사인; 러시아 파견 시절 운전 회상; 현대자동차·쏘나타·보험사 공공; '길 사장님' 호칭; 혼합 줄바꿈.",
        "text": """[견적서] ○○카센터 / 대표 {{p:표재훈}}
견적번호: 2024-0923-07          견적일: 2024.09.23
고객명: {{r:길명수}} 님          연락처: 010-XXXX-XXXX
차량: {{u:현대자동차}} 쏘나타(LF) 2016년식 / 차량번호 34나 XXXX / 주행거리 187,420km
담당 정비사: {{p:연승호}} 기사

번호 | 작업 내용 | 부품비 | 공임 | 소계
1 | 앞 브레이크 패드 교환 | 68,000 | 30,000 | 98,000
2 | 앞 디스크 연마 | - | 40,000 | 40,000
3 | 엔진오일·필터 교환 | 52,000 | 15,000 | 67,000
4 | 타이밍벨트 키트 교환 (권장) | 210,000 | 180,000 | 390,000
5 | 오른쪽 앞 범퍼 판금·도색 | - | 250,000 | 250,000
합계 845,000원 (부가세 별도) / 보험 처리 시 5번 항목 자기부담금 20만원

※ 4번은 10만km 주기 초과로 권장 사항입니다. 고객님 선택.
※ 5번 사고는 {{u:DB손해보험}} 접수번호 24-XXXXXX, 담당 {{p:허은지}} 대리.

---- 상담 메모 (카운터 {{p:조아름}}) ----
9/23 {{r:길명수}} 님 직접 내방. 말투가 북쪽 분이심. 브레이크에서 쇳소리 난다고. 길에서 갑자기 밀리는 느낌이 있었다고 하심.
9/23 견적 설명 드렸더니 4번은 다음 달에 하시겠다고. 이유: 이번 달 월세가 먼저. "{{u:러시아}}에서 십 년 트럭을 몰았는데 그때는 부품이 없어서 철사로 묶고 다녔다. 여기는 너무 깨끗하게 고친다"며 웃으심.
9/24 부인 {{r:길춘옥}} 님 전화 (남편과 같은 길 씨, 본관이 달라서 결혼 가능했다고 하심 ㅎㅎ). 5번은 보험 처리로 진행. 견적서 사진 카톡으로 보내 드림.
9/25 {{p:연승호}} 기사: 앞 디스크 편마모 심함, 교환 권장으로 변경 (+120,000). {{r:명수}} 님께 전화 → 승인.
9/26 출고. 결제 카드 {{r:길춘옥}} 명의. {{r:길}} 사장님이 기사님께 음료수 한 박스 놓고 가심. 그러면서 "{{u:하바롭스크}}에서 우리 반장 {{p:표}}가 차 고장 나면 운전수 월급에서 뗐다. 여기 사장님도 {{p:표}} 씨라서 깜짝 놀랐다"고 하셔서 대표님({{p:표재훈}})이 "저는 안 뗍니다" 하심 ㅋㅋ
9/26 다음 방문 예정: 10월 중순 타이밍벨트. {{r:춘옥}} 님 차(모닝)도 엔진오일 같이 보기로.
""",
    },
    {
        "id": "h62-ko-11",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yong Kum-chol", "용금철", "witness", ["금철"]),
        ],
        "note": "헬스장 PT(개인 트레이닝) 수업 일지; 회원 성 용(龍)과 '용'(용 쓰다), 금철이 형 같은 호칭; 트레이너·센터장·다른 회원 사인; 과거 쿠웨이트 건설 현장 부상 언급; 보험공단·병원 공공; 한 명만 등록된 인물.",
        "text": """PT 수업 일지 - 회원: {{r:용금철}} (48세, 남) / 담당: {{p:신재혁}} 트레이너
목표: 허리 통증 완화, 체중 -8kg, 어깨 가동범위 회복
특이사항: 2014~2017년 {{u:쿠웨이트}} 건설 현장에서 철근 작업 중 추락, 오른쪽 어깨·허리 부상 (치료 제대로 못 받음). {{u:서울대학교병원}} 재활의학과 {{p:문혜원}} 교수 소견서 있음.

1회차 (3/4) 인바디: 체중 84.2 / 골격근 31.0 / 체지방률 29.8%. 스쿼트 맨몸 10회도 허리 불편. {{r:금철}} 님이 "현장에서는 아파도 용을 쓰면서 일했다"고 하심. 이제는 용 쓰지 말고 천천히 하시라고 말씀드림.
2회차 (3/7) 데드버그, 버드독, 밴드 로우. 어깨 외회전 시 통증 4/10. 회원님이 예전 작업반장 {{p:차광일}} 이야기를 하심: 다쳐도 병원에 안 보내고 "용가리 통뼈"라며 다음 날 또 올려 보냈다고.
3회차 (3/11) 컨디션 좋음. 고블릿 스쿼트 8kg x 10 x 3. 센터장 {{p:나혜진}} 님이 지나가다 "{{r:용}} 회원님 자세 좋아졌다"고 칭찬.
4회차 (3/14) 결석. 문자: "야간 근무 바뀜. 미안합니다 {{p:재혁}} 선생."
5회차 (3/18) 보충. 어깨 통증 3/10. 밴드 외회전 15회 x 3 가능. 회원님 옆 레인 회원 {{p:황보은서}} 님과 인사, 같은 동네라고.
6회차 (3/21) 체중 82.9. {{r:용금철}} 님이 처음으로 웃으면서 사진 찍어 달라 하심 (딸한테 보낸다고). 따님 이름은 말씀 안 하심.
7회차 (3/25) 허리 통증 재발 5/10. 원인: 주말에 이삿짐 나르기 알바. 다음 주까지 하체 운동 중단, {{p:문혜원}} 교수 외래 3/28 예약되어 있음.
8회차 (3/28) 외래 결과 "디스크 탈출 소견 없음, 근력 운동 지속". {{u:근로복지공단}} 상담은 "외국에서 다친 건 안 된다"고 들었다며 속상해하심. 센터장님이 아는 노무사 {{p:김서윤}} 님 연락처 드림.
9회차 (4/1) 케틀벨 데드리프트 12kg. 회원님 왈 "{{p:재혁}}이 선생은 반장보다 무섭다" ㅋㅋ. 제가 "{{r:금철}}이 형님, 반장은 돈을 떼 갔잖아요" 했더니 크게 웃으심.
10회차 (4/4) 최종 인바디 81.6 / 체지방률 27.1%. 재등록 10회. 담당 {{p:신재혁}}
""",
    },
    {
        "id": "h62-ko-12",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jin Myong-ho", "진명호", "witness", ["명호"]),
            ("Kye Yong-gil", "계영길", "supervisor", ["영길"]),
            ("Jin Ok-ryon", "진옥련", "relative", []),
        ],
        "note": "북한 신문 기사(해외 건설자 미담) 전사와 증언자 반박 메모; 최고지도자·당·국가 기관은 공공, 기사에 실명으로 나온 가공 노동자·작업반장·기자는 사인; 성 진과 '진'(陣, 진지), 북한식 두음 표기 '리', '로'; 김일성·김정일 이름이 붙은 상 이름 공공.",
        "text": """[자료 전사] {{u:로동신문}} 주체107(2018)년 11월 ○일 4면 (원문 사진에서 전사, 맞춤법 원문대로)

조국의 부름에 충정으로 보답하는 해외건설자들
- {{u:로씨야련방}}에서 일하는 우리 건설자들의 이야기 -

경애하는 {{u:김정은}}동지께서는 해외에 나가 일하는 우리 로동자들은 조국의 명예를 걸고 일하는 애국자들이라고 말씀하시였다.
{{u:아무르주}}의 한 건설장에서 일하고있는 {{r:계영길}}작업반장은 이 말씀을 가슴에 새기고 매일 새벽 다섯시면 누구보다 먼저 현장에 나선다. 그가 이끄는 작업반은 지난 한해동안 계획을 132%로 넘쳐 수행하였다.
작업반의 미장공 {{r:진명호}}동무는 손에 동상을 입고도 "조국의 어머니들이 기다린다"며 작업을 멈추지 않았다. 그의 어머니 {{r:진옥련}}녀성은 {{u:함흥시}}에서 아들의 소식을 전해듣고 "우리 {{r:명호}}가 조국에 충성한다니 더 바랄것이 없다"고 기뻐하였다.
{{u:로씨야}} 현장감독 {{p:세르게이}}는 "조선 로동자들은 세계 최고의 건설자들"이라고 경탄하였다.
작업반원 {{p:리충혁}}, {{p:한금룡}}, {{p:오정수}}동무들도 {{r:계영길}}동무를 따라 휴식일도 반납하며 충성의 외화벌이에 떨쳐나섰다.
본사기자 {{p:장혁철}}

---- 증언자 메모 (2022년, 면담자 {{p:남궁현}} 정리) ----
1. {{r:진명호}} 씨는 이 기사를 2019년에 현장에서 처음 봤다고 함. 작업반장 {{r:계영길}}이 신문을 들고 와서 반원들 앞에서 읽게 했다고.
2. "손에 동상을 입고도"는 사실. 그러나 병원에 보내 달라고 했는데 {{r:계}} 반장이 안 보내 줬다. 기사는 거꾸로 썼다. {{r:명호}} 씨는 "기사에 제 말이라고 나온 것은 제가 한 말이 아니다. 기자 {{p:장혁철}}은 현장에 온 적이 없다. 반장이 불러 준 거다"라고 함.
3. 어머니 {{r:진옥련}}은 실제로 고향에 사셨고, 이 기사 때문에 동네에서 "충성 어머니"로 불렸다고. 2020년에 돌아가셨다는 소식을 들었음.
4. {{p:리충혁}}, {{p:한금룡}}은 실제 반원. {{p:오정수}}는 그 현장에 없던 사람이라고 함.
5. 휴식일 반납: 반원들이 원한 게 아니라 {{r:영길}} 반장이 회의에서 "자원"을 받아 냈다고. {{r:진}} 씨 표현으로는 "진 치고 앉아서 한 명 한 명 손 들 때까지 기다렸다".
6. 작업반은 이 기사 덕에 '{{u:김일성청년영예상}}' 후보에 올랐다가 2019년 반원 두 명이 도망친 뒤 취소됐다고 함.
※ 공개 자료에 인용할 때 증언자·어머니 이름은 가릴 것. 신문 원본 이름은 그대로 두되 각주로 처리. - {{p:남궁현}}
""",
    },
    {
        "id": "h62-ko-13",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Hyon Pong-chol", "현봉철", "witness", ["봉철"]),
            ("Ra Sun-ok", "라순옥", "relative", []),
            ("Wi Chang-hyok", "위창혁", "supervisor", []),
        ],
        "note": "러시아 파견 노동자가 쓴 조기 귀국 청원서(손글씨 전사, 지운 글자 표시)와 답신; 성 위(魏)와 '위'(위 사람), 성 라(羅)와 러시아어 음역; 지운 이름도 표지; 도당·건설회사 등 북한 기관 이름은 공공, 가공 회사는 표지 없음; CRLF.",
        "text": """[전사] 청원서 (원본: 학습장 한 장, 연필. ~~ ~~ 안은 원문에서 줄을 그어 지운 부분)

수신: {{u:조선능라도무역총회사}} 주재 건설사업소 지배인 {{r:위창혁}} 동지
발신: 제3작업반 미장공 {{r:현봉철}}

위 사람은 주체105(2016)년 4월 {{u:로씨야}} {{u:연해주}} 건설장에 파견되여 현재까지 3년간 일하고있습니다.
이번에 고향 {{u:함경남도}} {{u:단천시}}에서 온 편지에 의하면 어머니 {{r:라순옥}}이 ~~위암~~ 큰 병으로 병원에 누워계시며 집에는 돌볼 사람이 없다고 합니다. 동생 ~~{{p:현봉남}}~~ 은 군대에 있고 처는 ~~{{p:박영애}}~~ 작년에 세상을 떠났습니다.
저는 계획과제를 빠짐없이 수행하였으며 작업반장 {{p:조철남}}동지도 저의 사정을 알고있습니다.
어머니의 병간호를 위하여 계약기간보다 일찍 귀국할수 있도록 허락하여주실것을 청원합니다.
귀국에 드는 려비는 제 로임에서 공제하여도 좋습니다. ~~미지불된 로임 14개월분은~~

주체107(2018)년 2월 30일
청원자 {{r:현봉철}} (지장)

[답신, 같은 종이 뒷면, 다른 필체, 볼펜]
{{r:현봉철}}동무
청원 내용을 검토하였음. 현재 계획 수행 기간이므로 귀국은 불가함. 어머니 병간호는 해당 인민위원회에 요청하여 조치하도록 하겠음. 동무는 조직의 믿음에 보답하여 맡은 과제를 끝까지 수행할것.
지배인 {{r:위}} (서명)

---- 면담 기록 (2021, 면담자 {{p:설지원}}) ----
- 날짜 '2월 30일'은 본인이 잘못 쓴 것이라고 함. "날짜 같은 건 생각도 안 났다."
- 지운 부분: 동생 이름과 아내 이름은 "혹시 식구들한테 해가 갈까 봐" 다시 지웠다고. 미지불 로임 부분은 작업반장 {{p:조}}가 "이거 쓰면 청원이 아니라 반항"이라며 지우라고 했다고.
- 어머니 {{r:라순옥}} 님은 이 청원이 거절되고 4개월 뒤 사망. 소식은 같은 현장의 {{p:김일권}}을 통해 들었다고 함.
- {{r:봉철}} 씨는 지배인 {{r:위창혁}}을 "위에서 시키는 대로만 하는 사람"이라고 표현. {{r:위}} 지배인은 2019년 본국 소환됐다는 소문.
- {{u:러시아}} 이웃 할머니 {{p:Раиса}}가 {{r:봉철}} 씨 이름을 '{{r:Хён Бон Чхоль}}'이라고 적어 준 쪽지도 함께 제출. 할머니는 그를 '{{r:Боря}}'라고 불렀다고 함.
""",
    },
    {
        "id": "h62-ko-14",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yon Kyong-suk", "연경숙", "witness", ["경숙"]),
            ("Sol Chang-min", "설창민", "other", []),
        ],
        "note": "부동산 등기사항전부증명서(갑구·을구) 발췌와 전세사기 피해 상담 메모; 성 연(延)과 '연 3.5%', 성 설(薛)과 '설 연휴'; 소유권 이전·가압류 등 다수 사인; 은행·법원·구청 공공; 한자 병기 이름.",
        "text": """등기사항전부증명서(말소사항 포함) - 집합건물 (발췌)
[집합건물] {{u:강서구}} {{u:화곡동}} ○○○-○ ○○빌라 제4층 제402호
고유번호 1156-2019-XXXXXX

【갑구】(소유권에 관한 사항)
순위 1 | 소유권보존 | 2019년 3월 12일 | 소유자 (주)○○건설
순위 2 | 소유권이전 | 2019년 7월 2일 매매 | 소유자 {{p:한상범}} 650312-******
순위 3 | 소유권이전 | 2021년 4월 30일 매매 | 소유자 {{r:설창민}}(薛昌民) 880905-******
순위 4 | 가압류 | 2023년 6월 14일 {{u:서울남부지방법원}}의 가압류 결정 | 채권자 {{p:진수희}}, 청구금액 금 180,000,000원
순위 5 | 임의경매개시결정 | 2023년 11월 2일 | 채권자 {{u:우리은행}}

【을구】(소유권 이외의 권리에 관한 사항)
순위 1 | 근저당권설정 | 2021년 4월 30일 | 채권최고액 금 216,000,000원 / 채무자 {{r:설창민}} / 근저당권자 같은 은행(순위 5 채권자)
순위 2 | 주택임차권 | 2023년 9월 20일 | 임차보증금 금 150,000,000원 / 임차권자 {{r:연경숙}}(延京淑) / 주민등록일자 2021년 5월 3일

---- 상담 메모 ({{u:강서구}} 전세피해지원센터 연계, 담당 {{p:남기현}} 변호사) ----
10/5 {{r:연경숙}} 님 (2018년 입국, 이전 {{u:중국}} {{u:훈춘}} 수산물 공장 파견 근무) 상담. 보증금 1억 5천은 정착지원금, 공장에서 몰래 모은 돈, 정부 기금 대출(연 2.1%)로 마련. 임대인 {{r:설창민}}은 빌라 40여 채를 가진 것으로 파악됨.
10/5 {{r:경숙}} 님: "{{r:설}} 사장은 설 연휴 때 과일 상자까지 보냈다. 그래서 믿었다." 공인중개사 {{p:오민규}} 소개로 계약. 중개사 {{p:오}} 씨는 "{{r:설}} 사장 물건은 안전하다"고 했다고.
10/12 임차권등기 완료 확인(을구 2번). 근저당(을구 1번)이 먼저라 경매 시 보증금 전액 회수 어려움. 특별법상 피해자 결정 신청 준비.
10/19 같은 빌라 302호 {{p:주하은}} 님, 501호 {{p:탁영호}} 님도 피해. 세 세대 공동 대응 원함. {{r:연경숙}} 님이 이웃들에게 "나는 북에서 돈 떼이는 건 익숙한데, 여기서까지 떼일 줄은 몰랐다"고 말씀하셔서 다 같이 웃다가 울었음.
10/26 전세사기피해지원위원회 결정 신청 접수. {{r:연}} 님 연락처는 본인 요청으로 센터 외부 공유 금지.
""",
    },
    {
        "id": "h62-ko-15",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Chang Bok-sun", "장복순", "witness", ["복순"]),
            ("Ok Man-sik", "옥만식", "coworker", ["만식"]),
        ],
        "note": "경로당 설맞이 윷놀이 대회 대진표와 진행 메모; 성 옥(玉)과 '옥'(구슬), 성 장과 '장'(시장, 장 보다); 윷 용어 도·개·걸·윷·모와 성 도·모; 팀 이름은 인명이 아님; 노인회·구청 공공; 대부분 할머니·할아버지 이름.",
        "text": """○○동 새터경로당 설맞이 윷놀이 대회 (2024. 2. 13.)
주최: 경로당 회장 {{p:도경자}} / 후원: {{u:대한노인회}} 지회, {{u:노원구청}} 어르신복지과
진행: 사회복지사 {{p:모선영}}

[대진표]
1경기 | 진달래팀 ({{r:장복순}}, {{p:한말순}}) vs 소나무팀 ({{r:옥만식}}, {{p:권태환}}) → 진달래팀 승
2경기 | 백두산팀 ({{p:리영실}}, {{p:도경자}}) vs 한라산팀 ({{p:최기봉}}, {{p:남옥희}}) → 한라산팀 승
3경기 | 진달래팀 vs 한라산팀 (결승) → 진달래팀 우승 🏆
번외 | 손주 팀 ({{p:서준}}, {{p:하윤}}) vs 복지사 팀 ({{p:모선영}}, 공익 {{p:김태오}}) → 손주 팀 승

[진행 메모 - {{p:모선영}}]
- 1경기: {{r:복순}} 할머니 첫 판에 모 두 번 연속. "모 나왔다!" 소리에 {{p:모선영}} 복지사 본인이 불린 줄 알고 대답함 ㅋㅋ 소나무팀 {{r:옥만식}} 할아버지가 개만 다섯 번. "옥에 티가 개다"라며 본인이 웃으심.
- {{r:옥}} 할아버지는 {{u:북한}}에서 오신 지 6년. 말씀 중에 "{{u:로씨야}}에서 벌목할 때 눈 속에서 나무토막으로 윷 만들어 놀았다"고 하심. 그때 같이 놀던 분 이름이 {{p:석만길}}이라고, 살아 있으면 꼭 만나고 싶다고.
- 2경기: {{p:도경자}} 회장님 팀이 도만 나와서 졌음. "{{p:도}} 회장이 도만 던졌다"는 말에 다들 폭소. ({{p:도}} 회장님 본인이 먼저 하신 말씀)
- 결승: {{r:장복순}} 할머니가 마지막에 윷. 할머니는 {{u:중국}} {{u:연길}} 식당에서 일하다가 오셨다고, 거기서는 설날에도 장사했다고 하심. 장 보러 갈 때마다 감시원이 따라왔다고.
- 상품: 우승팀 쌀 10kg ×2 ({{r:복순}} 할머니, {{p:한말순}} 할머니), 준우승 라면 한 박스.
- {{r:만식}} 할아버지가 {{r:복순}} 할머니께 쌀 들어 드림. 두 분 같은 고향 분이라고.
- 사진: 단체사진 1장 (초상권 동의 받음, 단 {{r:옥만식}} 할아버지는 뒷모습만 나오게 해 달라고 요청).
- 다음 행사: 3/1 삼일절 기념 노래자랑. 반주기 섭외 {{p:김태오}}.
""",
    },
    {
        "id": "h62-ko-16",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Chu Hyang-mi", "주향미", "witness", ["향미"]),
            ("Sim Chol-ung", "심철웅", "coworker", ["철웅"]),
        ],
        "note": "사진 동호회 밴드 출사 공지와 댓글; 닉네임·실명 혼용, 성 주와 '이번 주', 성 심과 '심'(심심하다), 사진 작가 실명(공인 아님), 출사지 지명과 인명 유래 지명(충무로·을지로·퇴계로) 공공; 네이버 공공.",
        "text": """📷 [공지] 11월 정기 출사 - 을지로·충무로 골목 야경
작성자: 운영자 {{p:빛나리}} ({{p:권빛나}}) · 2024.11.04

이번 달 출사는 {{u:을지로}} 인쇄 골목에서 시작해서 {{u:충무로}} 지나 {{u:퇴계로}} 쪽으로 걷는 코스입니다!
모임: 11/16(토) 오후 4시 {{u:을지로3가역}} 1번 출구
준비물: 삼각대, 여분 배터리, 따뜻한 옷
강사: 사진가 {{p:백승우}} 선생님 (야경 노출 강의 30분)
참가비: 1만원 (강사료 + 음료) → 총무 {{p:탁하람}} 계좌로

참석 댓글 남겨 주세요 👇

---- 댓글 ----
{{r:향미}}: 참석이요!! 이번 주는 야근 없어요 ㅎㅎ 삼각대 빌려주실 분 계세요?
  ↳ {{r:철웅}}: {{r:향미}} 씨 제 거 하나 더 있어요. 가져갈게요
  ↳ {{r:향미}}: 감사해요 {{r:심}} 선배님 🙏
{{p:탁하람}}: 총무입니다. 입금 확인: {{p:빛나리}}, {{r:주향미}}, {{r:심철웅}}, {{p:유재민}}, {{p:곽지수}}
{{p:곽지수}}: 저도 갑니다. 근데 그 골목에 카메라 서비스센터 아직 있나요?
{{p:유재민}}: 심심해서 그런데 출사 끝나고 노가리 골목 가실 분~
  ↳ {{r:철웅}}: 저요. {{r:주}} 작가도 데려갈게요
{{p:빛나리}}: 지난달 출사 때 {{r:향미}} 님 사진이 {{u:네이버}} 오늘의 사진에 뽑혔어요 👏👏 고기잡이배 불빛 사진!
  ↳ {{r:주향미}}: 아니에요 ㅠㅠ 사실 그 배 보니까 예전 생각이 나서 찍은 거예요. 저 {{u:중국}} 어선에서 일하던 오빠 생각이요
  ↳ {{r:심철웅}}: {{r:향미}} 씨 사진은 늘 마음이 있어요. 저도 {{u:러시아}} 현장 있을 때 사진기 하나 있었으면 했어요
{{p:백승우}}: 강사 {{p:백승우}}입니다. 이번엔 타워 보이는 포인트도 하나 넣겠습니다. 참석자분들 RAW로 찍어 오세요.
{{p:빛나리}}: 📌 참석 확정 8명: {{p:빛나리}}, {{r:향미}}, {{r:철웅}}, {{p:재민}}, {{p:지수}}, {{p:하람}}, {{p:백승우}} 선생님, 신입 {{p:오다인}}
""",
    },
    {
        "id": "h62-ko-17",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ho Chang-dok", "허창덕", "other", ["창덕"]),
            ("Ho Un-jong", "허은정", "relative", ["은정"]),
            ("Ri Yong-suk", "리용숙", "relative", []),
        ],
        "note": "장례식장 빈소 현황판 전사와 상주 측 메모; 고인·상주·배우자 이름, 발인·장지; 성 허와 '허허', 故 표기, 한자 이름, 조문객 명단(동료·사장·교회 목사 사인); 병원·공원묘원·교회 이름 중 실재 기관만 공공; 러시아 현장 동료 이름 러시아어.",
        "text": """[빈소 현황판 전사] {{u:고려대학교 안산병원}} 장례식장 (2024.01.09 촬영)

특1호실
故 {{r:허창덕}}(許昌德) 님 / 향년 61세
상주: 처 {{r:리용숙}} / 딸 {{r:허은정}} / 사위 {{p:오재석}}
입관 1월 9일 14:00 / 발인 1월 10일 07:00 / 장지 {{u:함백산추모공원}}

2호실
故 {{p:김순례}} 님 / 향년 88세
상주: 아들 {{p:박종민}}, {{p:박종훈}} / 며느리 {{p:이수경}}

---- 상주 측 메모 (딸 {{r:허은정}}이 NGO 담당자에게 보낸 것) ----
선생님, 아버지 장례 잘 치렀습니다. 와 주셔서 감사했어요.
조문 오신 분들 정리해서 보내 드려요. 아버지가 예전에 {{u:러시아}}에서 같이 일하셨던 분들이 이렇게 많이 오실 줄 몰랐어요.
- {{p:전학철}} 아저씨 (건설 현장 같은 작업반). 아버지 영정 앞에서 "{{r:창덕}}이 형, 거기선 반장 없지?" 하시면서 우셨어요.
- {{p:리명수}} 아저씨, {{p:장길호}} 아저씨 ({{u:나홋카}} 현장). 두 분이 아버지 별명이 '{{r:허허 영감}}'이었다고. 뭘 해도 허허 웃으셔서요.
- {{u:러시아}} 분 {{p:Виктор Семёнович}} 할아버지가 {{u:블라디보스토크}}에서 꽃을 보내셨어요. 리본에 "{{r:Дёку}} от {{p:Вити}}"라고 적혀 있었어요. 아버지를 '{{r:Дёк}}'이라고 부르셨대요.
- 아버지 직장 사장님 {{p:최병국}} 님, 교회 {{p:한상훈}} 목사님과 교인분들.
- 엄마({{r:리용숙}})는 발인 날 아침에 기절하셔서 {{p:오재석}}(남편)이 병원 모시고 갔어요. 지금은 괜찮으세요.
- 조의금 장부는 남편이 정리하고 있어요. 아버지 옛 반장이었던 {{p:함덕수}}라는 분 이름으로 봉투가 하나 있었는데 얼굴은 못 봤어요. 엄마는 그 이름 보고 한참 말이 없으셨어요. 아버지가 현장에서 다쳤을 때 병원 못 가게 한 사람이래요.
아버지 증언 녹음 파일(2019년)은 계속 보관해 주세요. 아버지 이름 {{r:창덕}}으로 공개해도 된다고 엄마가 허락하셨어요. 단 제 이름 {{r:은정}}이랑 엄마 이름은 빼 주세요.
{{r:은정}} 드림
""",
    },
    {
        "id": "h62-mixed-01",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Nam Sang-chol", "남상철", "witness", ["Sang-chol", "Nam"]),
            ("Ri Kum-song", "리금성", "coworker", ["Kum-song"]),
        ],
        "note": "Angolan mobile-money dispute SMS thread (Portuguese, English, Korean) exported from a phone; worker's name as the bank writes it (NAM SANG CHOL), surname Nam beside Portuguese 'não'; Angolan colleague, bank agents and a lawyer private; Unitel, BAI, Multicaixa Express, Luanda places public; emoji; CRLF.",
        "text": """[SMS export - phone of {{r:NAM SANG CHOL}} - contact "BAI Apoio" and others - 03/2019]

12/03/2019 09:14  BAI: Multicaixa Express: Transferencia recebida 45.000,00 AOA de {{p:JOAQUIM M. DOS SANTOS}}. Saldo 45.212,00 AOA.
12/03/2019 09:31  BAI: Multicaixa Express: Levantamento 45.000,00 AOA ATM {{u:Talatona}} 02. Saldo 212,00 AOA.
12/03/2019 09:40  Eu → BAI Apoio: Bom dia. Eu nao fiz levantamento. Sou {{r:Nam Sang Chol}}. Cartao esta com chefe. Please help.
12/03/2019 10:02  BAI Apoio: Caro cliente, para reclamacoes ligue 923 120 120 ou dirija-se a um balcao {{u:BAI}}. Obrigado.
12/03/2019 10:15  Eu → {{p:Joaquim}}: {{p:Joaquim}} 형님 thank you money. but money no. chief take card. 😢
12/03/2019 10:21  {{p:Joaquim}}: Irmão {{r:Nam}}, não entendo. O cartão não está contigo?? Quem é o chefe?
12/03/2019 10:24  Eu → {{p:Joaquim}}: 반장 {{p:Jong}}. he keep all card. all passport. {{r:금성}} card also.
12/03/2019 10:30  {{p:Joaquim}}: O {{p:Jong}} levantou o teu dinheiro? Isso é roubo. Vou falar com a Dra. {{p:Isabel}}.
12/03/2019 11:05  Eu → {{r:금성}}: {{r:금성}}아 조심해라. {{p:정}} 반장이 내 카드로 돈 뺐다. 너 카드도 그 사람한테 있지?
12/03/2019 11:12  {{r:금성}}: 형 나두 지난달에 {{p:Mário}} 아저씨가 보낸 2만 없어졌어. 말하면 또 맞아. 지우라 이 문자
12/03/2019 11:13  Eu → {{r:금성}}: 알았다
12/03/2019 14:48  {{p:Joaquim}}: {{r:Nam}}, a Dra. {{p:Isabel Cardoso}} é advogada. Ela diz: vai ao balcão do {{u:BAI}} com o BI ou passaporte e pede o vídeo do ATM. Não, não digas ao {{p:Jong}}.
12/03/2019 14:50  Eu → {{p:Joaquim}}: passport no.
12/03/2019 15:02  {{p:Joaquim}}: Ok. Amanhã eu vou contigo. Às 7h no portão da obra em {{u:Camama}}.
13/03/2019 07:45  {{p:Joaquim}}: Estou no portão. Onde estás?
13/03/2019 08:30  {{p:Joaquim}}: {{r:Nam}}??
13/03/2019 12:10  Eu → {{p:Joaquim}}: sorry. chief no go. {{r:남}} no go.
13/03/2019 12:11  {{p:Joaquim}}: Não faz mal irmão. 🙏
18/03/2019 16:20  BAI Apoio: Reclamacao n. 2019-0318-4471 registada em nome de {{r:NAM SANG CHOL}}. Prazo de resposta 15 dias uteis. Atendente: {{p:Neusa}}.
02/04/2019 10:00  BAI Apoio: Reclamacao 2019-0318-4471: Levantamento efectuado com cartao e PIN correctos. Reclamacao indeferida.
02/04/2019 10:07  Eu → {{r:금성}}: 안됐다. 은행도 안 도와준다
02/04/2019 10:09  {{r:금성}}: 형 {{u:Unitel}} 번호 바꿔. {{p:정}} 반장이 폰 검사한대

[NGO note, 2022: phone handed over by {{r:Nam Sang-chol}} ("Eu" = his own outgoing messages). {{p:Joaquim}} is his Angolan site colleague; {{r:Kum-song}} is {{r:Ri Kum-song}}, still in {{u:Angola}} as far as he knows. The chief "{{p:Jong}}" / "{{p:정}} 반장" is {{p:Jong Myong-dok}}. Portuguese checked by {{p:Ana Ferreira}}.]
""",
    },
    {
        "id": "h62-mixed-02",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Rim Chol-nam", "림철남", "witness", ["Chol-nam", "Рим Чхоль Нам", "Коля"]),
            ("Pyon Kwang-su", "편광수", "supervisor", ["Пхён"]),
        ],
        "note": "Russian dacha cooperative (SNT) dues and works ledger with a Korean worker's annotations; Russian members with initials and case forms; Korean brigade names in Cyrillic; a Russian nickname (Коля) for a Korean worker; chairwoman private; Sberbank, Artyom, Primorsky Krai public; Lenin and Pushkin streets as public places.",
        "text": """СНТ «Рассвет», г. {{u:Артём}}, {{u:Приморский край}}
ВЕДОМОСТЬ членских взносов и работ, сезон 2018
Председатель: {{p:Кравченко Л. П.}}          Казначей: {{p:Шевчук О. В.}}

Участок | Член СНТ | Взнос (руб.) | Оплата | Работы / примечание
12 | {{p:Иванова Т. С.}} | 4 500 | 15.05 наличн. | забор, корейская бригада, 18 000
17 | {{p:Петренко В. А.}} | 4 500 | 02.06 {{u:Сбербанк}} | —
23 | {{p:Ким Л. Д.}} | 4 500 | 10.06 | баня, бригада {{r:Пхёна}}, 45 000 (наш кореец, не путать)
31 | {{p:Сидоров А. А.}} | 4 500 | не оплачено | крыша, бригада {{r:Пхёна}}, 30 000 — долг бригаде!
40 | {{p:Кравченко Л. П.}} | 4 500 | 01.05 | веранда, 25 000
44 | {{p:Логинов}} | 4 500 | 20.07 | —

Примечания казначея:
- Корейская бригада: старший {{r:Пхён Гван Су}}, рабочие {{r:Рим Чхоль Нам}} ({{r:Коля}}), {{p:Со Мён Гук}}, {{p:Ан Ир}}. Деньги за работы платить только {{r:Пхёну}}, так он сказал председателю.
- {{p:Сидоров}} говорит, что заплатит {{r:Коле}} напрямую осенью. {{p:Л. П.}} против.
- 12.08 {{r:Колю}} увезли на скорой с участка 31 (упал с крыши). {{r:Пхён}} сказал не звонить в больницу, «сами решим». {{p:Иванова}} всё равно вызвала.

[Korean annotations on the photocopy, handwriting of {{r:림철남}}, translated]
- 12번 {{p:이바노바}} 할머니는 좋은 분. 점심에 보르시 줬음. 돈은 {{r:편}} 반장이 다 받음.
- 23번 "{{p:김}}"은 고려인. 우리보고 "동포"라고 했는데 {{r:편광수}}가 말 섞지 말라고 함.
- 31번 지붕에서 떨어진 게 나. 갈비뼈 두 대. 시내 병원 의사 {{p:Олег}}가 치료. 병원비는 {{p:시도로프}}가 냄. {{r:편}} 반장은 그 돈도 달라고 했음.
- {{r:Коля}}는 내 {{u:러시아}} 이름. 할머니들이 {{r:철남}}이 발음 어렵다고 지어 줌.
- {{p:서명국}}({{p:Со Мён Гук}})과 {{p:안일}}({{p:Ан Ир}})은 2019년 봄 {{u:블라디보스토크}} {{u:레닌 거리}} 숙소로 옮김. 그 뒤 소식 모름.
- 우리 숙소는 {{u:Пушкинская улица}} 근처 지하실이었음.

[NGO: annotations translated by {{p:Юлия Ким}} (volunteer), 2021. Ledger page given to {{r:Chol-nam}} by the treasurer {{p:Shevchuk}} in 2019.]
""",
    },
    {
        "id": "h62-mixed-03",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Sok Un-chol", "석은철", "witness", ["Un-chol", "Сок Ын Чхоль"]),
            ("Kuk Sang-hun", "국상훈", "supervisor", ["Кук"]),
        ],
        "note": "Russian hostel 'book of complaints and suggestions' with guests' entries, administrator replies and a Korean worker's entry in broken Russian, plus the NGO's translation; surname Kuk beside Korean 국 (soup) in a food complaint; Russian guests and administrators with initials and case endings; Khabarovsk streets named after people (Muravyov-Amursky, Karl Marx) public; mixed line endings.",
        "text": """КНИГА ЖАЛОБ И ПРЕДЛОЖЕНИЙ
Хостел «Амур-Транзит», г. {{u:Хабаровск}}, {{u:ул. Карла Маркса}}
Начата: 01.02.2017          Ответственный: администратор {{p:Лысенко Г. Н.}}

№ 14 | 03.03.2017 | {{p:Белов С. И.}}, комната 5
Шумно после 23:00, в соседней комнате (8) живут корейцы-строители, в 5 утра хлопают дверью. Просьба принять меры.
Ответ администрации: Проведена беседа со старшим группы. {{p:Г. Н. Лысенко}}

№ 15 | 11.03.2017 | {{p:Мартыненко Ольга}}, комната 3
Спасибо {{p:Галине Николаевне}} за чистоту! Очень уютно. Рекомендую.

№ 16 | 19.03.2017 | (без подписи, почерк печатными буквами)
Я {{r:СОК ЫН ЧХОЛЬ}}. Комната 8. Нас 9 человек. Начальник {{r:КУК}} берёт паспорт. Зарплата нет 6 месяц. Помогите пожалуйста. Не говорите {{r:КУКУ}}.
Ответ администрации: (пусто)

№ 17 | 20.03.2017 | {{p:Лысенко Г. Н.}}
Запись № 16 показана старшему группы корейцев гр. {{r:Кук Сан Хуну}} по его требованию. Он пояснил, что запись сделал «больной человек». Вопрос закрыт.

№ 18 | 02.04.2017 | {{p:Тимур}}, комната 2
Почему у корейцев в комнате 8 замок снаружи??? Это нормально? Я звонил в полицию, сказали не их дело.
Ответ администрации: Замок по просьбе руководителя группы. {{p:Г. Н.}}

№ 19 | 15.04.2017 | {{p:Е. Воронцова}}
Предлагаю повесить на кухне расписание, корейские ребята варят суп в 4 утра, запах.

---- NGO translation and notes (2020, interview with {{r:Sok Un-chol}}) ----
[No. 16 is {{r:Un-chol}}'s own entry. He wrote it in the Russian he learned on site from the foreman {{p:Andrei}}. He had hoped a guest would read it.]
{{r:석은철}}: 16번은 제가 썼어요. 그런데 그 관리인 아주머니가 {{r:국}} 반장한테 보여 줬어요. 그날 밤 {{r:국상훈}}이가 저를 화장실로 불러서 때렸어요. "네가 국을 쏟았냐, 왜 일을 만들어" 하면서요.
19번 국 끓이는 냄새는 맞아요. 새벽 네 시에 우리가 국 끓여 먹고 나갔거든요. {{r:국}} 반장은 국만 주고 밥은 적게 줬어요.
18번 {{p:티무르}}라는 사람은 기억나요. 우즈베크 사람인데 담배 주면서 "{{r:Сок}}, беги" 그랬어요. 도망치라고요.
{{r:Un-chol}} left the hostel in June 2017 through {{u:Vladivostok}}. He says {{r:Kuk}} stayed in the city "as long as there were workers to count". The administrator {{p:Lysenko}}'s first name is {{p:Galina}}; he remembers her as kind to guests but afraid of {{r:Kuk}}.
""",
    },
    {
        "id": "h62-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Hyang-ok", "김향옥", "witness", ["金香玉", "Hyang-ok"]),
            ("Ryang Un-hui", "량은희", "coworker", ["梁恩姬", "Un-hui"]),
            ("Cho Song-chol", "조성철", "supervisor", ["赵成哲"]),
        ],
        "note": "Chinese police reward notice for two North Korean women who left a seafood plant, with netizens' comments and an NGO translation; names in Chinese characters and Hangul; 小金 style address labelled whole; police officers private; Dandong public security bureau, districts and WeChat/Weibo public; the plant invented; Korean notes.",
        "text": """悬 赏 通 告
{{u:丹东市公安局}}{{u:振兴区}}分局  丹公振（刑）悬字〔2018〕第07号

2018年9月3日凌晨，在我区某水产品加工企业务工的两名外籍女性擅自离开宿舍，去向不明。为尽快查明其下落，现向社会公开征集线索，悬赏如下：

一、人员基本情况
1. {{r:金香玉}}（{{r:KIM HYANG OK}}），女，朝鲜籍，1994年生，身高约158厘米，短发，离开时穿灰色运动服。
2. {{r:梁恩姬}}（{{r:RYANG UN HUI}}），女，朝鲜籍，1996年生，身高约162厘米，长发扎马尾，左手腕有烫伤疤痕。

二、悬赏金额：对提供有效线索者奖励人民币伍仟元；协助找到人员者奖励人民币贰万元。
三、联系人：{{p:刘警官}} 0415-XXXXXXX；{{p:王振东}} 139XXXXXXXX（微信同号）
举报人信息严格保密。
{{u:丹东市公安局}}{{u:振兴区}}分局 2018年9月5日

---- 评论（截图自{{u:微博}}，2018年9月）----
{{p:鸭绿江边的猫}}：这两个姑娘我见过，在厂门口，每天低着头排队进去。
{{p:老赵不是我}}：@{{p:丹东王哥}} 你们厂的吧？
{{p:丹东王哥}}：不是我们厂的，是江边那家。管她们的是朝鲜那边一个姓{{r:赵}}的，大家叫他{{r:赵队长}}，凶得很。
{{p:Lily_小林}}：为什么要悬赏？她们犯了什么罪？？
  ↳ {{p:鸭绿江边的猫}}：没犯罪啊，就是跑了。
{{p:阿强}}：{{r:小金}}，如果你看到，快跑远点 🙏

---- NGO 메모 (2021, 인터뷰) ----
- 이 통고문은 {{r:김향옥}} 씨가 입국 후 인터넷에서 찾아 보여 줌. "사진은 안 올려서 다행"이라고.
- {{r:향옥}} 씨와 {{r:량은희}} 씨는 같은 방. {{r:은희}} 씨 손목 흉터는 공장 튀김기 화상. 둘이 같이 나와서 {{u:선양}}까지 갔다가 {{r:은희}} 씨는 {{u:라오스}} 국경에서 잡혀 북송된 것으로 추정(확인 안 됨).
- 「{{r:赵队长}}」 = 공장 관리 책임자 {{r:조성철}}. {{r:조}} 대장은 휴대폰을 모두 회수하고 월급의 70%를 "국가과제"로 가져갔다고.
- 연락처의 {{p:王振东}}은 공장 측 중국인 관리자로 추정. 경찰관 "{{p:刘警官}}"의 실명은 모름.
- 댓글의 "{{r:小金}}"은 {{r:향옥}} 씨를 부른 것. ({{r:향옥}} 씨는 이 댓글 보고 울었다고 함)
""",
    },
    {
        "id": "h62-mixed-05",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Jon Un-sun", "전은순", "witness", ["全恩顺", "Un-sun"]),
            ("Han Sol-hui", "한설희", "coworker", ["韩雪姬", "Sol-hui"]),
            ("O Myong-chol", "오명철", "supervisor", ["吴明哲", "O"]),
        ],
        "note": "OCR of Chinese payslip stubs (工资条) from a garment factory with Korean and English notes; names in Chinese characters, a zero-width space inside one name and fullwidth Latin in another, surname O as 吴 and as a bare Latin O beside 'O' in a size code; line leader and HR clerk private; Hunchun places and Alipay public; CRLF.",
        "text": """[OCR 결과 - 사진 6장 중 1~3장, 원문 중국어]

工资条  2017年10月
姓名：{{r:全恩\u200b顺}}    工号：KP-0317    车间：缝纫二车间    组长：{{p:李春梅}}
基本工资 2,280.00 | 计件 1,146.50 | 加班 620.00 | 应发合计 4,046.50
扣：住宿 300.00 | 伙食 450.00 | 管理费（外方） 2,800.00 | 其他 100.00
实发：396.50
备注：管理费由外方负责人 {{r:吴明哲}} 统一领取

工资条  2017年10月
姓名：{{r:韩雪姬}}    工号：KP-0322    车间：缝纫二车间    组长：{{p:李春梅}}
基本工资 2,280.00 | 计件 980.00 | 加班 620.00 | 应发合计 3,880.00
扣：住宿 300.00 | 伙食 450.00 | 管理费（外方） 2,800.00 | 次品罚款 200.00
实发：130.00
备注：次品罚款经 {{p:小周}} 确认

工资条  2017年11月
姓名：{{p:ＣＨＡ　ＫＵＭ　ＯＫ}}（{{p:车金玉}}）    工号：KP-0309    组长：{{p:李春梅}}
实发：0.00    备注：病假 12 天，扣除

---- 한국어 메모 (증언자 {{r:전은순}} 구술, 정리 {{p:도하람}}) ----
- 제 이름 가운데 글자 사진에 얼룩이 있어서 OCR이 이상하게 나옴. 원래 {{r:全恩顺}} = {{r:전은순}}.
- 管理费 2,800원은 {{r:오명철}} 부장이 가져감. 우리는 그걸 "{{r:오}} 부장 몫"이라고 불렀음. {{u:중국}} 사람들은 {{r:吴经理}}라고 불렀고.
- {{r:설희}}({{r:韩雪姬}})는 10월에 불량 났다고 200원 벌금. 실제로는 옆 줄 한족 아줌마 {{p:张姐}} 실수였음. {{p:张姐}}가 미안하다고 {{u:支付宝}}로 100원 보내려 했는데 {{r:설희}}는 휴대폰이 없었음.
- {{p:차금옥}} 언니는 11월에 아파서 12일 쉼 → 월급 0원. 언니는 2018년에 먼저 귀국.
- 组长 {{p:李春梅}}는 조선족, 우리한테 잘해 줬음. {{p:小周}}는 품질 검사원 {{p:周小军}}.

---- English summary for the donor report ({{p:T. Whitman}}) ----
Net pay for October 2017: {{r:Jon Un-sun}} CNY 396.50 of 4,046.50 gross (9.8%); {{r:Han Sol-hui}} CNY 130.00 of 3,880.00 (3.4%). The "management fee (foreign side)" of CNY 2,800 per worker was collected by {{r:O Myong-chol}}, the North Korean manager; Chinese staff called him "Manager {{r:Wu}}", the Chinese reading of his surname. Size codes on the stubs (S, M, L, O for oversize) are unrelated to Mr {{r:O}}. The factory is in {{u:Hunchun}}, {{u:Jilin}}; the name is withheld.
""",
    },
    {
        "id": "h62-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Han Kwang-myong", "한광명", "witness", ["Kwang-myong", "هان كوانغ ميونغ"]),
            ("Sin Chang-bom", "신창범", "supervisor", ["شين", "Shin"]),
        ],
        "note": "Kuwaiti mosque committee's zakat distribution list (Arabic, English, Korean); names in Arabic script and Latin; Sabah Al-Ahmad City and Jaber Al-Ahmad Hospital as public places named after people; volunteers and camp foremen private; Kuwait Zakat House public; the Arabic word 'shin' as a letter name beside the surname; Korean notes.",
        "text": """لجنة مسجد الرحمة - كشف توزيع زكاة الفطر
Al-Rahma Mosque committee - Zakat al-Fitr distribution list
Ramadan 1438 / June 2017 - {{u:مدينة صباح الأحمد}}, {{u:الكويت}}
بالتنسيق مع {{u:بيت الزكاة}}
مسؤول التوزيع: {{p:عبدالله الرشيدي}} / Distribution officer: {{p:Abdullah Al-Rashidi}}

الرقم | الاسم | السكن | موقع العمل | الكمية
1 | {{p:محمد إقبال}} | ب-12 | موقع 4 | كيس أرز 10 كغ + 5 د.ك
2 | {{p:راجو كومار}} | ب-12 | موقع 4 | كيس أرز 10 كغ + 5 د.ك
3 | {{r:هان كوانغ ميونغ}} / {{r:HAN KWANG MYONG}} | ج-3 | موقع 7 | كيس أرز 10 كغ + 5 د.ك (لم يُستلم)
4 | {{p:كيم تشول}} / {{p:KIM CHOL}} | ج-3 | موقع 7 | (لم يُستلم)
5 | {{p:باك سونغ إل}} / {{p:PAK SONG IL}} | ج-3 | موقع 7 | (لم يُستلم)
6 | {{p:جوزيف ماثيو}} | أ-7 | موقع 2 | كيس أرز 10 كغ + 5 د.ك

ملاحظة المتطوع {{p:فهد}}: العمال الكوريون في موقع 7 لم يُسمح لهم بالاستلام. المشرف الكوري ({{r:شين}}) قال إن "المساعدة ممنوعة". أخذنا الأرز إلى السكن ليلاً وتركناه عند الحارس {{p:أبو سالم}}.
Volunteer note ({{p:Fahad}}): The Korean workers at site 7 were not allowed to collect. Their Korean supervisor, Mr {{r:Shin}}, said "help is forbidden". We took the rice to the camp at night and left it with the guard, {{p:Abu Salem}}.

---- 한국어 메모 (2019, 면담 {{u:서울}}, 통역 {{p:김하늘}}) ----
{{r:한광명}}: 3번이 저예요. 그날 {{r:신창범}} 반장이 "아랍 사람들 주는 쌀 받으면 사상이 썩는다"고 했어요. 그런데 밤에 경비 {{p:아부 살렘}} 아저씨가 쌀을 창고 뒤에 숨겨 줬어요. {{p:김철}}이랑 {{p:박성일}}이랑 셋이 나눠 먹었어요.
{{r:신}} 반장은 다음 날 쌀 포대를 보고 누가 받았냐고 다 세워 놓고 물었는데 아무도 말 안 했어요. {{r:광명}}이가 다 먹었다고 {{p:성일}}이가 농담하다가 맞았어요.
그해 여름 {{p:김철}}이가 더위 먹고 쓰러져서 {{u:자베르 알아흐마드 병원}}에 실려 갔어요. 병원비는 {{r:신창범}}이가 우리 월급에서 뗐어요.
[Arabic script note: "شين" in the list is the volunteers' spelling of the surname Sin; it is also the name of the Arabic letter ش. Names checked with {{p:Fahad}} by phone, 2019.]
""",
    },
    {
        "id": "h62-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pak Sun-ae", "박순애", "witness", ["新井順愛", "Arai Junai", "순애", "朴順愛"]),
            ("Pak Yong-nam", "박영남", "relative", ["영남"]),
        ],
        "note": "Japanese neighbourhood-association circular (回覧板) with household sign-off column and a Korean note from a former returnee's daughter; Japanese alias (通名) and Korean name for one person; household names with 様 outside; street and shopping arcade names, ward, police station and Chongryon public; Korean note with Japanese words.",
        "text": """回 覧 板　　令和5年7月
{{u:大阪市}}{{u:生野区}}　○○町会　第3班
班長：{{p:金田}}（3-12）

【お知らせ】
1. 夏祭り（盆踊り）のご案内
　日時：8月19日（土）18:00〜21:00　場所：○○公園
　お手伝いできる方は町会長 {{p:山本義雄}} 様までご連絡ください。
2. {{u:御幸通商店街}} 夜間パトロール
　7月より毎週金曜、{{u:生野警察署}}の協力で実施します。担当：{{p:李}}さん・{{p:高橋}}さん
3. ゴミ出しのお願い
　{{u:鶴橋駅}}方面の集積所にルール違反のゴミが増えています。

【確認欄】（見たら印を押して次へ回してください）
3-10 {{p:高橋}} ㊞　3-11 {{p:朴}}（{{p:新井}}）㊞　3-12 {{p:金田}} ㊞　3-14 {{r:新井順愛}} ㊞　3-15 {{p:松本}}（不在）　3-16 {{p:玄}} ㊞

---- 回覧板に挟まっていたメモ（韓国語、{{r:朴順愛}}さん筆、NGOへ）----
선생님, 回覧板 사진 보내 드려요. 3-14가 저예요. 여기서는 {{r:新井順愛}}라는 이름을 써요. 외삼촌 {{p:新井}} 씨(3-11, 본명 {{p:박동수}})가 지어 주셨어요. 저는 {{r:박순애}}입니다.
제 어머니는 1960년대에 귀국사업으로 {{u:북한}}에 가셨고, 저는 거기서 태어났어요. 2014년에 {{u:중국}} 수산 공장에 파견 나갔다가 빠져나왔고, 2019년에 여기로 왔어요.
盆踊り 도와 달라고 町会長 {{p:山本}} 님이 그러시는데, 사람 많은 데 가면 아직 무서워요. 그쪽 단체 사람들이 올까 봐요. ({{u:朝鮮総連}} 지부가 가까워요.)
3-16 {{p:玄}} 할머니는 섬 출신이신데, 제 사정을 다 아세요. 저를 "{{r:순애}}야" 하고 부르세요.
오빠 {{r:박영남}}은 아직 거기 있어요. {{r:영남}} 오빠 소식 들으시면 꼭 알려 주세요.
{{r:順愛}}

[NGO note: the circular names ({{p:金田}}, {{p:高橋}}, {{p:松本}} etc.) are the neighbours' household names. {{r:Sun-ae}} uses the 通名 {{r:Arai Junai}} at work and at the ward office. Her uncle {{p:Arai}} is {{p:Pak Tong-su}}.]
""",
    },
    {
        "id": "h62-mixed-08",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Choe Jin-ho", "최진호", "supervisor", ["Choi", "Jin-ho"]),
            ("Rim Hye-song", "림혜성", "witness", ["Hye-song", "Song"]),
        ],
        "note": "Vietnamese karaoke bar tab book (sổ ghi nợ) kept for a North Korean restaurant's managers in Hanoi, with a former waitress's Korean comments and an English note; Vietnamese kinship pronouns (anh, chị, em) outside the mention; 'Song' as a given-name syllable beside the word 'song' (bài hát translated); streets named after historical persons public; Vietcombank and Zalo public; mixed line endings.",
        "text": """SỔ GHI NỢ - Karaoke Hoa Sen, {{u:phố Trần Hưng Đạo}}, {{u:Hà Nội}}
Khách quen: nhà hàng Triều Tiên (anh {{r:Choi}})    Quản lý: chị {{p:Thu}}

Ngày | Khách | Phòng | Nội dung | Số tiền (đ) | Ghi chú
05/01/2019 | anh {{r:Choi}} + 3 khách {{u:TQ}} | VIP 2 | bia, trái cây, 3 giờ | 3.450.000 | ghi nợ
12/01/2019 | anh {{r:Choi}}, anh {{p:Kang}} | VIP 2 | rượu Hàn, 4 giờ | 5.100.000 | ghi nợ
19/01/2019 | anh {{r:Choi}} + em {{r:Song}} (nhân viên nhà hàng, hát) | VIP 1 | 2 giờ | 1.800.000 | em {{r:Song}} hát 6 bài, không uống
26/01/2019 | anh {{p:Kang}} | P5 | bia | 900.000 | trả tiền mặt
02/02/2019 | anh {{r:Choi}} + khách ông {{p:Lâm}} | VIP 2 | 5 giờ | 7.200.000 | ghi nợ - anh {{r:Choi}} nói "Tết trả hết"
Tổng nợ đến 02/02: 17.550.000đ
14/03/2019 | anh {{r:Choi}} trả 10.000.000 qua {{u:Vietcombank}} (tên TK: {{p:NGUYEN VAN HAI}}) | | | còn 7.550.000
ghi chú của chị {{p:Thu}}: anh {{r:Choi}} về nước rồi? gọi {{u:Zalo}} không được. Hỏi anh {{p:Kang}}.

---- 한국어 메모 (전 종업원 {{r:림혜성}}, 2022) ----
이 장부 사진은 노래방 사장 언니 {{p:투}}({{p:Thu}})가 2019년에 제 휴대폰으로 보내 준 거예요. 여기 '{{r:Song}}'이 저예요. {{u:베트남}} 사람들은 제 이름 끝 글자만 불렀어요. em {{r:Song}}.
{{r:최진호}} 부지배인은 식당 돈으로 손님들 접대한다고 했는데, 실제로는 자기가 놀았어요. 저는 손님 앞에서 노래 부르러 불려 갔고요. 노래(song) 여섯 곡 부르면 {{r:최}} 부지배인이 팁을 다 가져갔어요.
{{p:강}} 씨는 {{p:강명일}} 지배인이에요. 장부에 돈 갚은 계좌 이름 {{p:NGUYEN VAN HAI}}는 식당 거래처 사람인데 잘 몰라요.
2019년 3월에 {{r:진호}} 부지배인이 갑자기 본국 소환됐어요. 우리끼리는 빚 때문이라고 했어요. 저는 그해 여름에 나왔어요.

[English note for the file, {{p:K. Ellison}}: the tab shows 17.55m VND of entertainment charged by the deputy manager {{r:Choe Jin-ho}} ("anh {{r:Choi}}"). The waitress {{r:Rim Hye-song}} was brought in to sing; "em" and "anh" are Vietnamese kinship pronouns, not names. Restaurant in {{u:Ba Đình}} district; bar near {{u:phố Lê Duẩn}} junction.]
""",
    },
    {
        "id": "h62-mixed-09",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kwak Un-sil", "곽은실", "witness", ["Un-sil", "Гуак Ын Сил"]),
            ("Chae Jong-hwa", "채정화", "supervisor", ["Чэ"]),
            ("Pyo Song-ae", "표성애", "coworker", ["Song-ae"]),
        ],
        "note": "Mongolian cashmere sorting-line quality register (Mongolian Cyrillic) with a Korean worker's comments and an English gloss; Korean names in Mongolian transliteration with case suffixes; Mongolian inspectors and line leaders private; Chinggis Avenue and Sükhbaatar district as public names that are persons' names; surname Pyo beside Korean 표 (ticket, chart).",
        "text": """ЯМААНЫ НООЛУУР ЯЛГАХ ХЭСЭГ - ЧАНАРЫН БҮРТГЭЛ
{{u:Улаанбаатар}} хот, {{u:Хан-Уул дүүрэг}}, үйлдвэр № 2          2016 оны 11-р сар
Хариуцсан ажилтан: чанарын хянагч {{p:Б. Оюунчимэг}}

Огноо | Ажилчин | Ялгасан (кг) | Гологдол (%) | Тэмдэглэл
11.07 | {{r:Гуак Ын Сил}} | 14.2 | 1.8 | сайн
11.07 | {{r:Пё Сон Э}} | 11.9 | 3.4 | гар өвдсөн гэж хэлсэн
11.07 | {{p:Ли Гым Сун}} | 13.5 | 2.1 |
11.08 | {{r:Гуак Ын Сил}} | 15.0 | 1.5 | шилдэг
11.08 | {{r:Пё Сон Э}} | 8.7 | 6.0 | {{r:Чэ}} даргад мэдэгдсэн
11.09 | {{r:Пё Сон Э}} | - | - | ирээгүй (өвчтэй)
11.10 | {{p:Ли Гым Сун}} | 12.8 | 2.4 |

Хянагчийн тэмдэглэл: Солонгос ажилчдын ахлагч {{r:Чэ Жон Хва}} бүх ажилчдын цалинг өөрөө авдаг. {{r:Пё}}-г өвчтэй байхад ажиллуулсан. Ээлжийн ахлагч {{p:Д. Батцэцэг}}-д мэдэгдэв. {{p:Батцэцэг}} хариу өгөөгүй.
{{p:Б. Оюунчимэг}}

---- 한국어 메모 ({{r:곽은실}}, 2020) ----
이 표는 {{u:몽골}} 검사원 {{p:오윤치메그}} 언니가 사진 찍어서 나중에 {{u:페이스북}}으로 보내 줬어요. 몽골어 글자로 제 이름이 '{{r:Гуак Ын Сил}}'이에요.
{{r:성애}}는 손목이 부어서 캐시미어 털을 못 골랐는데, {{r:채정화}} 반장이 "표 나쁘게 나오면 너 때문에 우리 작업반 전체가 욕먹는다"며 아픈 날도 일 시켰어요. 여기 표에 '{{r:Чэ}} даргад' 라고 적힌 게 {{r:채}} 반장한테 보고했다는 뜻이래요.
{{r:표성애}}는 11월 9일에 결국 쓰러졌어요. {{p:리금순}}(표에는 {{p:Ли Гым Сун}})이 업고 숙소로 갔어요.
숙소는 {{u:칭기스 대로}} 뒤쪽이었고, 반장은 {{u:수흐바타르구}}에 있는 대표부에 매주 갔어요.

[English gloss for the case file, {{p:N. Ganbold}}: "гологдол" = rejects; "шилдэг" = best; "ирээгүй (өвчтэй)" = absent (sick). The inspector {{p:Oyunchimeg}} wrote that the Korean team leader {{r:Chae Jong-hwa}} took all workers' wages and made {{r:Pyo Song-ae}} work while ill. The worker {{r:Kwak Un-sil}} consistently had the lowest reject rate on the line.]
""",
    },
    {
        "id": "h62-mixed-10",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Han Yun-chol", "한윤철", "witness", ["Han Jun Czol", "Yun-chol"]),
            ("So Myong-hak", "소명학", "supervisor", ["So Mjong Hak"]),
        ],
        "note": "Polish employment agency's batch request for criminal-record certificates (KRK) for North Korean welders, with a clerk's e-mail and a Korean note; Polish declension of Korean names (Hana, Soa, Kima), Polish transliteration (Czol, Mjong), surname So beside the English 'so what' quoted in Polish text, impossible birth date 30.02; John Paul II street and Grunwaldzka avenue public; CRLF.",
        "text": """WNIOSEK ZBIORCZY o udzielenie informacji z {{u:Krajowego Rejestru Karnego}}
Wnioskodawca: agencja pracy tymczasowej (nazwa pominięta), {{u:Gdańsk}}, {{u:ul. Jana Pawła II}} 15
Osoba do kontaktu: {{p:Agnieszka Wróbel}}, specjalista ds. kadr
Data: 14.04.2016
Dotyczy: obywatele {{u:KRLD}} zatrudnieni przy spawaniu kadłubów

Lp. | Nazwisko i imię | Data ur. | Nr paszportu | Stanowisko
1 | {{r:HAN JUN CZOL}} | 12.02.1985 | PD836410229 | spawacz
2 | {{r:SO MJONG HAK}} | 03.07.1972 | PD745120031 | brygadzista
3 | {{p:KIM CZOL MIN}} | 21.09.1988 | PD836410517 | spawacz
4 | {{p:RI GWANG SU}} | 30.02.1986 | PD836411002 | monter
5 | {{p:PAK SONG HUI}} | 17.11.1990 | PD836409874 | pomocnik

---- e-mail ----
Od: {{p:agnieszka.wrobel}}@agencja.example
Do: {{p:marek.zielinski}}@agencja.example
Temat: KRK - Koreańczycy

{{p:Marek}},
KRK odesłał wniosek dla pozycji 4 - data urodzenia 30.02 nie istnieje. Pan {{p:Ri}} ma w paszporcie to samo, więc nie wiem co zrobić. Zapytałam pana {{r:Soa}} (brygadzistę), powiedział, że "so what, wpisać 28". Nie wpiszę, bo to fałszerstwo.
Druga sprawa: pan {{r:Han}} przyszedł do mnie sam, bez {{r:Soa}}, i pytał przez tłumacza w telefonie, czy może dostać kopię umowy. Mówił, że paszport ma pan {{r:So}}. Nie wiem, czy mamy prawo mu odmówić. Porozmawiaj proszę z panią {{p:Kowalską}} z działu prawnego.
Dla {{r:Hana}} i {{p:Kima}} certyfikaty spawacza są ważne, stocznia w {{u:Gdyni}} chce ich od maja.
{{p:A.}}

---- 한국어 메모 ({{r:한윤철}}, 2019) ----
{{u:폴란드}} 회사 여직원 {{p:아그니에슈카}} 씨가 저한테 계약서 보여 주려고 했어요. 그런데 다음 날 {{r:소명학}} 반장이 알고 저를 다른 현장으로 보냈어요. {{r:소}} 반장은 "여기 놈들한테 말 걸면 바로 귀국"이라고 했어요.
4번 {{p:리광수}}는 생일이 진짜 2월 30일로 여권에 적혀 있었어요. 북에서 여권 만들 때 틀린 거예요. {{p:광수}}는 그걸로 놀림 많이 받았어요.
숙소는 {{u:그룬발츠카 대로}}({{u:aleja Grunwaldzka}}) 근처였어요. 우리 이름 폴란드어로는 '{{r:Han Jun Czol}}'이라고 썼대요.
""",
    },
    {
        "id": "h62-mixed-11",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ham Yong-su", "함영수", "witness", ["영수", "Yong-su"]),
            ("Ra Mi-hyang", "라미향", "relative", ["미향", "Mi-hyang"]),
            ("Ok Tae-gyu", "옥태규", "supervisor", []),
        ],
        "note": "Documentary dubbing (ADR) cue sheet, Korean original lines with English dub lines and director's notes; character column uses interviewees' names and roles; voice actors, director and mixer private; surname Ham beside 'ham' (acting) and Ok beside 'OK'; broadcaster and streaming platform public; the brigade leader named only in the Korean line.",
        "text": """ADR CUE SHEET - "Forty Below" (feature documentary, 82')
Reel 3 | Version: EN dub v2 | Dub director: {{p:Claire Dunmore}} | Mixer: {{p:Raj Nair}} | Studio date: 07/02/2024
Voice cast: {{r:YONG-SU}} - {{p:Daniel Kim}}; {{r:MI-HYANG}} - {{p:Grace Yi}}; NARRATOR - {{p:Peter Hollis}}

CUE | TC IN | TC OUT | CHARACTER | ORIGINAL (KO) | DUB (EN) | NOTES
301 | 03:12:04 | 03:12:09 | {{r:YONG-SU}} | 그때 반장이 {{r:옥태규}}였어요. | Our brigade leader back then was {{r:Ok Tae-gyu}}. | Name OK to keep? - see legal note
302 | 03:12:10 | 03:12:16 | {{r:YONG-SU}} | {{r:옥}} 반장은 여권을 다 걷어서 가방에 넣고 다녔어요. | He collected all our passports and carried them in a bag. | drop "{{r:Ok}}" in EN for lip-sync
303 | 03:12:20 | 03:12:24 | NARRATOR | - | {{u:Amur}} region, {{u:Russia}}. Minus forty. |
304 | 03:12:31 | 03:12:38 | {{r:MI-HYANG}} | 우리 {{r:영수}}가 편지에 춥다는 말을 한 번도 안 썼어요. | In all his letters, {{r:Yong-su}} never once wrote that he was cold. | {{p:Grace}}: softer, she smiles here
305 | 03:12:40 | 03:12:44 | {{r:MI-HYANG}} | 근데 글씨가 떨렸어요. | But the handwriting shook. | hold 1 sec before
306 | 03:12:50 | 03:12:58 | {{r:YONG-SU}} | {{p:정철}}이가 나무에 깔렸을 때, {{r:옥}} 반장은 "일 계속해" 했어요. | When the tree fell on {{p:Jong-chol}}, the leader just said, "Keep working." |
307 | 03:13:02 | 03:13:05 | {{r:YONG-SU}} | 저는 그게 제일 무서웠어요. | That frightened me more than anything. |
308 | 03:13:10 | 03:13:16 | NARRATOR | - | {{r:Ham Yong-su}} left the camp in 2016. His wife {{r:Ra Mi-hyang}} followed two years later. | check names w/ producer

Director's notes ({{p:C.D.}}):
- {{p:Daniel}} is over-acting 302, less ham please - he is tired, not angry.
- 306: the name of the dead man ({{p:Jong-chol}}, surname unknown) stays in the KO track but not in subtitles. Family asked.
- Legal ({{p:Sophie Marchetti}}, broadcaster's lawyer): {{r:Ok Tae-gyu}} is a private individual. OK to say "the brigade leader" in EN; remove the name in 301 EN and in the {{u:Netflix}} subtitle file. Keep KO audio as is? -> yes, per {{r:Yong-su}}'s wish.
- {{r:Mi-hyang}} asked that her maiden surname Ra not be translated as a musical note joke again (cf. v1, "Ra like do-re-mi" - deleted).
- Pick-up session for cue 304 with {{p:Grace Yi}} on 09/02.
""",
    },
    {
        "id": "h62-mixed-12",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Tong Chun-sik", "동춘식", "witness", ["춘식", "Chun-sik"]),
            ("Tong Kum-hui", "동금희", "relative", ["금희"]),
            ("Kye Ho-nam", "계호남", "other", []),
        ],
        "note": "Transcribed North Korean food-ration ledger page for households of overseas workers, with a translator's English notes; surname Tong beside 동 (neighbourhood unit, 'dong') and 동무; household heads and distribution-centre clerk private; Kim Il Sung and Kim Jong Il birthday holidays as public names.",
        "text": """[전사] 식량배급 대장 - {{u:평안남도}} {{u:순천시}} ○○동 량정사업소 (2016년 1~4월)
※ 해외 파견자 가족 세대 별도 면 (원문: "외화벌이 파견자 가족")

세대번호 | 세대주 | 식구 | 파견자 | 1월 | 2월 | 3월 | 4월 | 비고
0412 | {{r:동금희}} | 3 | {{r:동춘식}}(남편, {{u:로씨야}}) | 15일분 | 15일분 | 미공급 | 7일분 | 2월 16일 명절공급 추가
0418 | {{p:한옥실}} | 2 | {{p:박정일}}(아들, {{u:중국}}) | 15일분 | 15일분 | 미공급 | 미공급 |
0421 | {{p:로명순}} | 4 | {{p:로철}}(남편, {{u:꾸웨이트}}) | 15일분 | 10일분 | 미공급 | 미공급 | 충성자금 미납
0433 | {{r:계호남}} | 2 | {{p:계영일}}(아들, {{u:로씨야}}) | 15일분 | 15일분 | 15일분 | 15일분 | (간부 세대)
담당 량정원: {{p:문선녀}}

---- Translator's notes ({{p:Hannah Seo}}) ----
1. "15일분" = a half-month ration. "미공급" = not supplied. In 2016 the whole ○○동 received nothing in March; the ledger shows the families of dispatched workers were not exempt.
2. 2월 16일 명절공급 = the extra supply for the birthday of {{u:Kim Jong Il}}; the Korean text on the next page (not transcribed) mentions the {{u:Kim Il Sung}} birthday supply on 15 April.
3. Household 0412 is the family of our witness, {{r:Tong Chun-sik}} ({{r:동춘식}}). His wife {{r:Tong Kum-hui}} was the registered household head while he was abroad. Note: 동 in "○○동" is an administrative unit and 동무 means comrade; neither is his surname.
4. Household 0433 ({{r:계호남}}) got full rations every month. {{r:Chun-sik}} says {{r:Kye Ho-nam}} was a party official whose son {{p:Kye Yong-il}} was the deputy brigade leader on his site.
5. The clerk {{p:문선녀}} signed every line; {{r:Chun-sik}} remembers her as "{{p:문}} 동무, who cried when she had nothing to give".

---- 증언자 메모 ({{r:동춘식}}) ----
{{r:금희}}가 3월에 배급을 못 받아서 옥수수 국수 팔러 장마당에 나갔대요. 저는 그때 현장에서 '충성의 외화'를 번다고 일하고 있었어요. 한 푼도 집에 안 갔어요. {{r:계호남}}이네 집만 다 받았어요. 그 집 아들 {{p:영일}}이가 우리 부반장이었으니까요. {{r:동}} 동무, {{r:동}} 동무 하고 부르던 {{p:영일}}이 목소리가 아직도 싫어요.
""",
    },
    {
        "id": "h62-mixed-13",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Om Kwang-chol", "엄광철", "witness", ["Kwang-chol", "Eom Kwang-cheol"]),
            ("Ki Myong-su", "기명수", "supervisor", []),
        ],
        "note": "French hospital transfer slip (fiche de liaison) for an injured monument-site worker in Dakar, with a nurse's handwritten additions and a Korean statement; French titles (M., Dr, Pr) outside the mention; hospitals and avenues named after persons (Aristide Le Dantec, Cheikh Anta Diop) and the Monument de la Renaissance africaine public; Korean surname Om beside the syllable 'om'; Ki beside 'ki' in a Wolof word list.",
        "text": """FICHE DE LIAISON / TRANSFERT INTER-HOSPITALIER
Établissement d'origine : Centre de santé de {{u:Ouakam}}, {{u:Dakar}}
Établissement d'accueil : {{u:Hôpital Aristide Le Dantec}}, service de chirurgie orthopédique
Date : 14/06/2009 - 16h40

Patient : M. {{r:OM KWANG CHOL}} (nom écrit par le patient : {{r:엄광철}})
Âge : 34 ans environ. Nationalité : nord-coréenne. Employeur : chantier du {{u:Monument de la Renaissance africaine}}
Accompagnant : M. {{r:KI MYONG SU}}, chef d'équipe (ne parle pas français ; a refusé de laisser son numéro)
Médecin référent : Dr {{p:Aminata Faye}}

Motif du transfert : chute d'un échafaudage (environ 6 m). Fracture ouverte probable jambe droite, plaie du cuir chevelu suturée. Conscient, orienté.
Traitement reçu : sérum antitétanique, antalgique, attelle.
Observations : le patient n'a pas pu s'exprimer ; l'accompagnant M. {{r:Ki}} répondait à sa place et a demandé que le patient soit « soigné sur le chantier ». Refusé.

[Ajout manuscrit de l'infirmière {{p:Fatou Ndiaye}}, 17h10]
Le patient a dit « {{r:om}}... {{r:om}} » en montrant sa poitrine - j'ai cru d'abord à une prière, c'était son nom. M. {{r:Ki}} a pris la fiche des mains du brancardier {{p:Moussa}}. Ambulance partie par l'{{u:avenue Cheikh Anta Diop}} à 17h25.

[Ajout, service d'orthopédie, 15/06, Pr {{p:Diallo}}]
Patient opéré (ostéosynthèse). Sortie contre avis médical le 17/06, emmené par trois compatriotes dont M. {{r:Ki}}.

---- 한국어 진술 ({{r:엄광철}}, 2015, 면담 {{p:정소연}}) ----
{{u:세네갈}}에서 동상 짓다가 떨어졌어요. {{r:기명수}} 반장이 처음엔 병원에 안 보내려고 했는데, 현지 간호사 {{p:파투}}라는 분이 소리를 질러서 보냈어요. 제가 이름 말하려고 "{{r:엄}}, {{r:엄}}" 했더니 기도하는 줄 알았대요.
수술해 준 의사 선생님은 {{p:디알로}} 교수님이었어요. 사흘 만에 {{r:기}} 반장이 "돈 없다"며 저를 끌고 나왔어요. 다리는 지금도 휘었어요.
같이 일하던 {{p:문성철}}, {{p:리학봉}}이 들것을 들었어요. 현장 통역 {{p:마마두}} 씨는 월로프 말로 "기(ki)는 그 사람(this one)"이라고 가르쳐 줬는데, 우리는 그게 {{r:기}} 반장 얘기인 줄 알고 웃었어요.
""",
    },
    {
        "id": "h62-mixed-14",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Yu Chong-ae", "유정애", "witness", ["Chong-ae", "Jeong-ae Yu"]),
            ("Paek Chol-su", "백철수", "other", ["Chol-su", "Baek"]),
        ],
        "note": "App-store review thread for a remittance-tracing app, with developer replies, in Korean, English and Russian; reviewer display names and handles (some spelling real names, some not), Yu beside 'you'; app, stores, banks and messengers public; a developer support agent private; a review naming a broker; CRLF.",
        "text": """{{u:App Store}} > 가족찾기 송금 추적 (Family Link Remit) > 평가 및 리뷰
평균 3.1 ★ (412개 평가)

★☆☆☆☆  "돈이 어디 갔는지 모르겠어요"  - {{r:정\u200b애유}}, 2023.08.02
{{u:중국}} 브로커 {{r:백철수}}한테 300만원 보냈는데 앱에는 '전달 완료'라고 나와요. {{u:북한}}에 있는 언니는 못 받았대요. 환불 어떻게 해요?
  개발자 답변 (2023.08.03): 안녕하세요 {{r:정애유}} 님, 불편을 드려 죄송합니다. 저희 앱은 송금 중개 서비스가 아니며 이용자가 입력한 정보만 기록합니다. 브로커 관련 피해는 {{u:경찰청}} 또는 {{u:남북하나재단}} 상담센터(1577-6635)로 문의해 주세요. - 고객지원 {{p:하지수}}

★★★★★  "Finally an app that understands us"  - {{p:minji_lee}}, 2023.09.14
Used it to log every payment I sent to my mum through the broker. When the broker said "you didn't pay", I had the screenshots. Thank you!!
  Developer reply: Thank you, {{p:Minji}}! - {{p:Jisoo}} (support)

★★☆☆☆  "Русский язык?"  - {{p:Светлана Пак}}, 2023.10.01
Приложение хорошее, но нет русского языка. Мой муж {{p:Виктор}} не читает по-корейски. You should add Russian.
  Developer reply: Спасибо, {{p:Светлана}}! Russian is planned for v2.3. - {{p:Jisoo}}

★☆☆☆☆  "조심하세요 이 브로커"  - 익명의 사용자, 2023.10.22
{{r:백철수}}({{r:백}} 사장, {{u:위챗}} 아이디 {{r:baek}}_cs77) 조심하세요. 저도 당했어요. {{r:유정애}} 씨 리뷰 보고 연락했는데 같은 사람이에요.
  개발자 답변 (2023.10.23): 개인 실명·연락처가 포함된 리뷰는 운영 정책상 일부 가려질 수 있습니다. 피해 신고는 위 안내처로 부탁드립니다. - {{p:하지수}}

★★★★☆  "Useful, but..."  - {{r:Ｊｅｏｎｇ-ａｅ Ｙｕ}}, 2023.11.05 (updated)
Update: I got half the money back after the police called Mr {{r:Baek}}. You guys helped by keeping the records. Still 4 stars because the app crashes on {{u:Galaxy}} phones. My sister {{p:Chong-sil}} finally received 150만원 in {{u:Hyesan}} 🙏
  Developer reply: We're so glad, Ms {{r:Yu}}. Crash fix in 2.2.1. - {{p:Jisoo Ha}}
""",
    },
    {
        "id": "h62-mixed-15",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Chae Kwang-il", "채광일", "supervisor", ["Чхэ Гван Ир", "Kwang-il"]),
            ("Sin Un-bok", "신은복", "witness", ["Un-bok", "Син Ын Бок"]),
        ],
        "note": "Russian universal transfer document (УПД) for renovation works, with signatories, a 'received by' line signed by a Korean brigade leader, and an accountant's and a worker's comments; Russian names with initials before and after the surname, case endings; Korean names in Cyrillic; Gazprom-named street and Sberbank public; the contractor firms invented; impossible date.",
        "text": """УНИВЕРСАЛЬНЫЙ ПЕРЕДАТОЧНЫЙ ДОКУМЕНТ
Счёт-фактура № 118 от 31.06.2019          Статус: 1
Продавец: ООО «СтройМастер-Восток», ИНН XXXXXXXXXX, г. {{u:Владивосток}}, {{u:ул. Светланская}}, 47
Покупатель: ИП {{p:Дмитриенко Сергей Павлович}}
Основание: договор подряда № 14/19 (ремонт квартиры, {{u:ул. Адмирала Фокина}}, 9)

№ | Наименование работ | Ед. | Кол-во | Цена | Сумма
1 | Демонтаж перегородок | м2 | 32 | 450 | 14 400
2 | Штукатурка стен | м2 | 118 | 520 | 61 360
3 | Укладка плитки | м2 | 24 | 1 200 | 28 800
4 | Электромонтаж | точка | 36 | 600 | 21 600
Всего к оплате: 126 160 руб. (без НДС)

Руководитель организации: {{p:Ершов А. В.}} / Главный бухгалтер: {{p:М. Н. Котова}}
Работы сдал: бригадир {{r:Чхэ Гван Ир}} (подпись)
Работы принял: {{p:Дмитриенко С. П.}} (подпись)
Оплата: {{u:Сбербанк}}, р/с ООО «СтройМастер-Восток»

---- Комментарий бухгалтера (записка на обороте) ----
{{p:Сергей Павлович}}, дата 31.06 - ошибка, правильно 30.06. Переделаю. Наличные для корейцев {{r:Чхэ}} просил отдать ему лично, 40 000, без расписки. Я отказала, пусть {{p:Ершов}} сам решает. {{p:М. Н.}}

---- 한국어 메모 ({{r:신은복}}, 2021) ----
이 서류는 {{r:채광일}} 반장 가방에서 나온 사본이에요. 우리 작업반 다섯 명이 6월 한 달 이 집 수리를 했어요. 미장은 제가 했어요. {{u:러시아}} 회사는 12만 6천 루블 받았는데 우리한테는 한 사람당 3천 루블도 안 왔어요.
{{r:Чхэ}} 반장(현지 사람들은 '{{r:Чхэ}}' 또는 '{{r:Гван Ир}}'이라고 불렀어요)은 현금 4만 루블을 따로 받으려고 했는데 회계 아주머니 {{p:코토바}}가 안 줬대요. 그 아주머니 이름이 {{p:마리나}}였던 것 같아요.
집주인 {{p:세르게이}} 씨는 우리한테 커피를 타 줬어요. {{r:채}} 반장이 "로스케가 주는 건 먹지 마라" 했는데 {{p:김성호}}가 몰래 마셨어요.
[{{r:Un-bok}} confirmed in 2021 that the brigade leader is {{r:Chae Kwang-il}}; the worker {{p:Kim Song-ho}} returned to the {{u:DPRK}} in 2020.]
""",
    },
    {
        "id": "h62-mixed-16",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Sol Myong-gil", "설명길", "witness", ["Myong-gil", "Сол Мён Гиль"]),
            ("Ju Song-nam", "주성남", "coworker", ["Song-nam", "Чу Сон Нам"]),
        ],
        "note": "Marathon result list (Russian and English) from a Siberian city race with a Korean running-club post and comments; bib numbers, surnames first in Cyrillic, a Korean surname Sol beside Korean 설명 (explanation) and Russian 'соль'; race director and timing staff private; Kirov Square, Irkutsk and the athletic federation public; emoji.",
        "text": """БАЙКАЛЬСКИЙ ПОЛУМАРАФОН 2017 - ИТОГОВЫЙ ПРОТОКОЛ (21,1 км), мужчины 30-39
Старт: {{u:площадь Кирова}}, {{u:Иркутск}}, 10.09.2017, 09:00          Главный судья: {{p:Н. В. Сафронов}}

Место | Номер | Фамилия, имя | Город | Время
1 | 214 | {{p:Михайлов Артём}} | {{u:Иркутск}} | 1:14:52
2 | 388 | {{p:Цыренов Баир}} | {{u:Бурятия}} (без клуба) | 1:16:10
3 | 501 | {{r:Сол Мён Гиль}} | б/к (без клуба) | 1:17:43
4 | 077 | {{p:Грачёв Денис}} | {{u:Ангарск}} | 1:18:05
...
19 | 502 | {{r:Чу Сон Нам}} | б/к | 1:31:26
Примечание судьи: участники 501 и 502 зарегистрированы в день старта, оплату внёс {{p:Грачёв Д.}}. Награждение призёров: {{r:Сол}} на церемонию не явился, медаль передана {{p:Грачёву}}.

---- 러닝 크루 게시물 ({{u:서울}}, 2023) ----
📌 이번 주 인터뷰: 우리 크루 '새벽 달리기' 멤버 {{r:설명길}} 님
{{r:명길}} 님은 2017년 {{u:이르쿠츠크}} 건설 현장에 계실 때 하프 마라톤 3위를 하셨대요!! 🥉 설명이 좀 길어요 ㅎㅎ
"현장에서 {{u:러시아}} 동료 {{p:데니스}}가 몰래 참가비를 내 줬어요. {{r:성남}}이랑 새벽에 숙소 빠져나와서 뛰었어요. 반장 {{p:고}} 동무가 알면 끝장이라, 시상식은 못 가고 바로 현장으로 돌아왔어요. 메달은 {{p:데니스}}가 받아서 나중에 줬는데 반장한테 뺏겼어요."
"{{r:성남}}이요? {{r:주성남}}은 2018년에 귀국했어요. 지금 어디 있는지 몰라요."

---- 댓글 ----
{{p:runner_jh}}: 와 1시간 17분이면 엘리트급인데요 👏
{{p:달리는곰}}: {{r:명길}}이 형 진짜 멋있어요. 메달 뺏긴 거 너무하다 😡
{{p:Denis Grachev}}: Hi, I am {{p:Denis}} from {{u:Angarsk}}! My friend showed me this. {{r:Мён Гиль}}, ты жив! Соль тебе с хлебом привезу 😄 I still have photo of you and {{r:Song-nam}}.
  ↳ {{r:설명길}}: {{p:데니스}}!!! 😭 연락해요 (번역: {{p:Денис}}, напиши мне)
{{p:크루장_하윤}}: 크루 공식 인증합니다. {{r:설}} 선배님 다음 대회 {{u:춘천마라톤}} 같이 가요!
""",
    },
]
