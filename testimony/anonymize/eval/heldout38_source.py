# ruff: noqa: E501
"""Held-out evaluation passages, set 38. Built by build_heldout.py heldout38.

Forty documents of the kind an NGO working on North Korean workers sent abroad
actually holds (port-call reports, notes verbales, inspection checklists, hostel
books, ethics applications, donor reports, referral letters, crowdfunding pages,
faxes, e-mail threads, observer reports, podcast transcripts, photo captions,
church bulletins, caseworker reports, petitions, transcripts, statements, room
tables, SMS exports, minutes, memorial programmes, bank statements, Excel comments,
subtitles, cover letters, remittance logs, tracked changes, grievance forms,
sign-in sheets, form exports, injury reports, Russian explanatory notes, sponsor
letters, border ledgers, inspection protocols, login sheets, vCards, visitor logs
and attendance registers), in English, Korean and mixed Korean/English with
Russian, Chinese, Arabic, Mongolian, Thai, Polish and Portuguese.

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
  names keep their case endings (Пака, Кима).
- A nickname or alias that refers to a person is a mention of that person even when
  it is not registered as an alias; the same word used as an ordinary word is not.
- In an e-mail address or login only the local part is labelled, and only when it
  spells the person's name (kim.yongho@..., yongho_k); role accounts are unmarked.
- A surname discussed as a word ("the surname 박 means gourd") is unmarked, and so
  are ordinary words that look like names (이상, 명이라, 맹세해, 위해, "No,", "So,").
- Country names are public places whenever they stand as nouns, also attributively
  (DPRK, PRC, North Korea, 한국, 북한 사람, 중국 돈); nationality adjectives and
  derived words (Korean, Chinese, 한국어, 중국산, 러시아인) are not marked.
"""

PASSAGES: list[dict] = [
    {
        "id": "h38-en-01",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Kye Sung-il", "계승일", "witness", ["Sung-il"]),
            ("Ho Jong-nam", "허정남", "supervisor", []),
            ("Sol Yong-chan", "설영찬", "coworker", []),
        ],
        "note": "Shipping agent's port-call report, Port Louis; crew names in capitals without hyphens, Indonesian title 'Pak' before the surname Ho, Mauritian, Chinese and Indonesian private names, agent's initial-dot-surname e-mail local part next to a role address.",
        "text": """PORT CALL REPORT - AGENCY FILE PL/24/0317
Prepared by: Island Maritime Services Ltd, {{u:Port Louis}}
Distribution: owners' representative, P&I correspondent, file. Not to be shown to the Master.

Vessel: F/V JIN HAI 607, tuna longliner, 58 m
Flag: {{u:Vanuatu}}
Master: Capt. {{p:Zhang Wei}}
Berth: {{u:Mer Rouge}} fishing quay, berth F4, then outer anchorage
ATA 11/03 06:40 LT, ATD 16/03 21:15 LT
Purpose: transhipment of frozen tuna, bunkers, provisions, crew matters

1. CREW ON ARRIVAL
28 on board per the crew list handed to us by the Master: fourteen Chinese, eight Indonesian and six North Korean nationals. The six {{u:DPRK}} nationals are listed as "deck workers" under a Chinese manning contract, names as typed by the vessel: {{r:KYE SUNG IL}}, {{r:HO JONG NAM}}, {{r:SOL YONG CHAN}}, {{p:RI PONG SU}}, {{p:CHA KWANG HYOK}}, {{p:PAEK UN GIL}}. On the vessel's previous call in November the same six men appeared as "crew from {{u:Yanbian}}" with a different passport series. Capt. {{p:Zhang}} called this "a clerical thing".

2. MEDICAL
11/03 at 10:20 the bosun, {{p:Liu Guoqiang}}, brought {{r:Kye}} to the gangway. Left hand crushed between the line hauler and the rail two days before arrival, wrapped in a T-shirt. Our runner {{p:Kevin Li Kam Wah}} drove him to {{u:Dr A. G. Jeetoo Hospital}}. {{r:Ho Jong-nam}} insisted on coming and stood in the examination room throughout. Dr {{p:Anand Boodhoo}} (orthopaedics) asked {{r:Ho}} to wait outside; {{r:Ho}} refused, and Dr {{p:Boodhoo}} called hospital security. Two fingers amputated on the evening of 11/03. Discharged 14/03 against medical advice because the Master wanted him on board before sailing.

{{p:Kevin}} reports that while {{r:Ho}} was at the pharmacy window, {{r:Kye}} asked him in English: "Church here? {{u:Korea}} people here?" {{p:Kevin}} did not know what to answer and pointed at {{u:St Louis Cathedral}} from the car. He wants it recorded that {{r:Sung-il}} (this is how {{p:Liu}} addresses him) wept in the car on the way back.

3. GROUP LEADER
{{r:Ho}} is described by the vessel as "fleet representative". The Indonesian crew call him Pak {{r:Ho}}, "Pak" being only "Mr" in Indonesian. He keeps the seaman's books of all six North Korean crew and, according to the bosun, their wage cards. The Indonesian spokesman, {{p:Dedi Kurniawan}}, told our office that the North Koreans are not allowed to eat with the others and that {{r:Ho}} searches their bunks after every port. {{p:Dedi}} asked that his name not be passed to the Master. {{p:Made Wirawan}}, oiler, confirmed this separately.

4. CREW CHANGE
Owners asked us to sign off {{r:Sol Yong-chan}} and {{p:Ri Pong-su}} and repatriate them via {{u:Dubai}} and {{u:Beijing}}. The {{u:Passport and Immigration Office}} declined shore passes for {{u:DPRK}} nationals pending instructions and referred us to {{u:UN Security Council}} resolution 2397. The sign-off was cancelled on 15/03. {{r:Sol}} was visibly distressed; {{r:Yong-chan}} had been told on board that he was going home for his father's funeral. {{p:Paek}}, the youngest, translated for him with the few English words he has.

5. OTHER
Cash to Master USD 18,000 (wage advance). Master asked that "the Korean share" be handed to Mr {{r:Ho}} directly; we declined to hand cash to anyone but the Master. The {{u:National Coast Guard}} boarded at anchorage on 15/03 for a routine inspection; the boarding officer, Lt {{p:R. Jhugroo}}, spoke with {{p:Cha}} and {{r:Kye}} for about ten minutes through a Mandarin-speaking cook, {{p:Wang Jianjun}}.

Agent's comment: we recommend that the owners' representative reads section 3 before the vessel's next call. We have not raised this with Capt. {{p:Zhang Wei}}.

{{p:Jean-Marc Lagesse}}
Operations, Island Maritime Services Ltd
{{p:jm.lagesse}}@islandmaritime.mu | ops@islandmaritime.mu""",
    },
    {
        "id": "h38-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yang Chol-jin", "양철진", "witness", []),
            ("Kwak Yong-su", "곽용수", "supervisor", []),
            ("Song Il-ho", "송일호", "coworker", []),
            ("Kim Hyang-sun", "김향순", "relative", []),
        ],
        "note": "Embassy note verbale with an annex, Doha; formal third person, names in capitals with Mr./Mrs., Hangul in brackets, surname Song in capitals, fictional consul and Qatari sponsor are private, long official names of real ministries and the embassy.",
        "text": """{{u:EMBASSY OF THE REPUBLIC OF KOREA}}
{{u:DOHA}}

No. QAT-CON/2019/0447

NOTE VERBALE

The {{u:Embassy of the Republic of Korea}} in the {{u:State of Qatar}} presents its compliments to the {{u:Ministry of Foreign Affairs}} of the {{u:State of Qatar}} (Protocol Department) and has the honour to bring the following matter to its attention.

On 2 February 2019 at approximately 14:30 hours a national of the {{u:Democratic People's Republic of Korea}}, Mr. {{r:YANG CHOL JIN}} ({{r:양철진}}), born 12 April 1986 in {{u:Kaechon}}, presented himself at the consular section of the Embassy and requested protection. Mr. {{r:YANG}} states that he entered the country in June 2016 as a construction worker and was employed at a residential project in {{u:Lusail}} under a sponsorship held by a local contracting company, the name of which is given in the Annex.

Mr. {{r:YANG}} further states that his passport is retained by Mr. {{r:KWAK YONG SU}}, who acts as the representative of the workers' group at that site, and that he has not received any wages in cash since December 2017. He also reports that one of his co-workers, Mr. {{r:SONG IL HO}}, was injured in a fall on or about 20 January 2019 and was treated at {{u:Hamad General Hospital}}.

The Embassy respectfully requests the kind assistance of the Ministry in facilitating the issuance of an exit permit for Mr. {{r:YANG CHOL JIN}} in accordance with the procedures of the {{u:Ministry of Interior}}, and in ascertaining the present welfare of Mr. {{r:SONG IL HO}}.

The Embassy avails itself of this opportunity to renew to the Ministry the assurances of its highest consideration.

{{u:Doha}}, 3 February 2019
[seal] [initialled]

ANNEX (for the Consular Affairs Department only; not for onward transmission)
1. Sponsor: Al Sahel General Contracting W.L.L. (CR no. withheld), owner Mr. {{p:Hamad bin Saleh Al-Marri}}; site manager Mr. {{p:Ajith Kumar Nair}}.
2. {{u:DPRK}} group at the {{u:Lusail}} site: approximately 60 workers. Mr. {{r:YANG}} names the following persons: Mr. {{r:KWAK YONG SU}} (group representative, holds the passports); Mr. {{p:JI MYONG HUN}} (security); Mr. {{r:SONG IL HO}} (mason, injured); Mr. {{p:TAK CHUN SIK}} and Mr. {{p:PYON HAK RAE}} (masons). He describes Mr. {{r:KWAK}} as "the one who decides everything" and Mr. {{p:JI}} as "the one who watches".
3. Mr. {{r:SONG}} was reportedly driven to hospital by a Nepali driver of the sponsor company, Mr. {{p:Dil Bahadur Rai}}, and collected two days later by Mr. {{r:KWAK}}.
4. Mr. {{r:YANG}}'s wife, Mrs. {{r:KIM HYANG SUN}} ({{r:김향순}}), and daughter, {{p:YANG SU RYON}}, reside in {{u:Pyongsong}}. He asks that their names not be communicated to any {{u:DPRK}} authority.
5. Consular officer in charge: Mr. {{p:NAM GI-TAE}}, First Secretary (Consul). Arabic interpretation: Ms. {{p:Fatima Al-Sulaiti}}.""",
    },
    {
        "id": "h38-en-03",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("O Chang-rim", "오창림", "supervisor", ["Oh Chang-rim"]),
            ("Jong Song-ho", "정성호", "witness", ["Song-ho"]),
            ("Pyo Jae-hun", "표재훈", "official", []),
        ],
        "note": "Qatari labour inspector's site checklist with O/X compliance marks next to a foreman whose surname is O; 'Do workers...' question; Nepali, Bangladeshi, Indian and Qatari private names; foreman's refused signature in Hangul and the OH spelling from his ID.",
        "text": """{{u:MINISTRY OF LABOUR}} - LABOUR INSPECTION DEPARTMENT
Site inspection checklist (construction), form LI-C/07

Inspection no.: 2018/AK/1193
Date: 14/08/2018   Time on site: 09:10 - 13:45
Location: villa compound, Zone 74, {{u:Al Khor}}
Main contractor: Gulf Ridge Contracting
Subcontractor (plaster and masonry): Pyolmuri Trading (workers from {{u:DPRK}})
Inspector: {{p:Mohammed Yousef Al-Emadi}}
Co-inspector: {{p:Sneha Pillai}} (English/Malayalam)
Korean interpretation: by telephone, Mr {{p:Lee Dong-hoon}}, volunteer

Legend: O = compliant   X = not compliant   N/A = not applicable

A. DOCUMENTS
A1 Work permits for all workers on site ..................... X
   23 workers present from the {{u:DPRK}}; permits shown for 17. Foreman {{r:O Chang-rim}} stated the others are "at head office in {{u:Doha}}".
A2 Workers hold their own passports ......................... X
   {{r:O}} keeps the passports in a locked box in the site office. Nepali and Indian workers of the main contractor hold their own (O).
A3 WPS salary records ....................................... X
   WPS shows QAR 1,300 per worker transferred to one account in the subcontractor's name. Worker {{r:Jong Song-ho}} states he receives "pocket money" of QAR 100 a month, in cash, from {{r:O}}.
A4 Contract in a language the worker understands ............ X
   Contracts in Arabic and English only. Q: Do workers know their contract terms? {{r:Jong}}: "No. Only {{r:O}} knows."

B. WORKING HOURS AND HEAT
B1 Midday work ban observed (11:30-15:00) .................... X
   At 11:50 four plasterers working on the roof of villa 9. {{r:O}} said the roof is "in the shade" (it is not). The main contractor's HSE officer, {{p:Prakash Shrestha}}, says he warned {{r:O}} twice in July.
B2 Shaded rest area with cold water .......................... O
   Rest cabin provided, but the Korean workers are told by {{r:O Chang-rim}} not to sit "with the others".
B3 Working hours not above 10 incl. overtime ................. X
   Nepali workers {{p:Bikash Gurung}} and {{p:Ram Bahadur Thapa}} state the Koreans start before them (05:00) and are still working when their own bus leaves at 18:30. {{p:Bikash}} calls the foreman "Mister {{r:O-O}}" because he shouts "O! O!" to make them hurry.

C. ACCOMMODATION (visited 12:40, {{u:Al Khor}} industrial area)
C1 Not more than 4 persons per room .......................... X
   8 per room in rooms 3 to 6. Room 5 as given by the workers: {{r:Jong Song-ho}}, {{p:Rim Kwang-su}}, {{p:Ok Chol}}, {{p:Hwang Un-bom}}, {{p:Sin Yong-gil}}, {{p:Kye Tong-hun}}, {{p:Chu Ha-rim}}, {{p:Ma Son-il}}.
C2 Kitchen and toilets ........................................ O
C3 Fire extinguisher in date .................................. X (expired 2016)

D. HEALTH AND SAFETY
D1 PPE worn, harness at height ................................ X
D2 First aid and injury register .............................. X
   No register. Workers state that {{p:Rim Kwang-su}} fell in June and was treated in the camp. {{p:Rim}} was not on site today. Bangladeshi steel fixer {{p:Md. Rafiqul Islam}} says he saw {{p:Kwang-su}} carried to the Korean bus, "not to hospital".

E. INTERVIEWS
E1 Interview held without the employer present ................ X
   {{r:O}} and a second Korean, {{r:Pyo Jae-hun}} (the workers call him "the political one"), refused to leave. {{r:Pyo}} photographed the inspectors. The interview with {{r:Jong Song-ho}} took place in the inspection car at 13:20; Mr {{p:Lee}} interpreted by phone. {{r:Song-ho}} asked whether "{{u:Qatar}} police" would tell {{r:O}} what he said. So far he has not been told anything.

F. OUTCOME
Compliant 3 (O), not compliant 12 (X).
Action: violation notice to main contractor; referral to the {{u:Ministry of Interior}} (Search and Follow-up) on passport retention; copy to the {{u:ILO Project Office for the State of Qatar}}.

Inspector: {{p:M. Y. Al-Emadi}}   signed
Foreman: refused to sign. Wrote "{{r:오창림}}" in Korean in the margin and crossed it out. Name on his QID: {{r:OH CHANG RIM}}.""",
    },
    {
        "id": "h38-en-04",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Pong Hyok", "봉혁", "witness", ["Hyok"]),
            ("Kwon Chol-ung", "권철웅", "supervisor", []),
        ],
        "note": "Vladivostok hostel reception shift book kept by several staff; one-syllable given name Hyok alone, Hangul and capitals, Russian entries with case endings (Квона, Хёка), staff signing with initials and first names, a police sergeant by surname only, guests by first name.",
        "text": """SEA BREEZE HOSTEL - RECEPTION SHIFT BOOK
Write in English or Russian please. Sign every entry.

12.10.2017 night - {{p:Dasha}}
23:40 Guest bed 14 ({{p:Tobias}}, {{u:Germany}}) complains about noise from the kitchen. Solved.
02:15 Young Asian man at the door, no luggage, all wet. Says "{{u:Korea}}. {{u:Korea}}." Not a guest. Cuts on both hands. I let him sit in the lobby because of the rain. He typed on my phone translator: "I am from north. Please no police." Name he wrote: {{r:봉혁}} / {{r:PONG HYOK}}. Told him he can stay in the lobby until 7. Gave him tea and plasters.
- {{p:D. Volkova}}

13.10 day - {{p:Artyom}}
07:05 Took over from {{p:Dasha}}. The Korean ({{r:Hyok}}) asleep on the sofa. Woke him, gave breakfast. Guest {{p:Mei}} ({{u:Taiwan}}, room 3) speaks some Korean and talked with him about 20 min. She says he worked on a building site in {{u:Vtoraya Rechka}} and ran away after a fight with his "brigadier". {{r:Hyok}} is nineteen.
09:30 {{p:Olga Petrovna}} (owner) called. No police, but he cannot have a bed without a passport. He can stay in staff room for 1 night. OK.
11:50 Two Korean men came asking for "our worker". The older one, grey jacket, said his name is "{{r:Kwon}}" and he is "director". Other one did not speak. I said no Koreans here. They looked in the kitchen. {{r:Hyok}} was in the staff room, door locked. They left 12:05 in a black {{u:Toyota}} Land Cruiser, number not seen.
- {{p:A. Sidorenko}}

13.10 night - {{p:Dasha}}
{{p:Mei}} translated more. Full name {{r:Pong Hyok}}. The brigadier is {{r:Kwon Chol-ung}}, I think the same man as the "director". Another worker from the brigade, {{p:Kim Song-jin}}, was also beaten; {{r:Hyok}} does not know where {{p:Song-jin}} is now. He wants to go to "{{u:South Korea}}". {{p:Mei}} gave him the number of a Korean church.
Опять видела машину {{r:Квона}} у входа в 21:10. Стояла 15 минут.
- {{p:D.V.}}

14.10 day - {{p:Artyom}}
08:00 Police (2) came, not for us: a guest in room 6 lost a wallet. Sergeant {{p:Kovalenko}} asked about "the Asian guy in the lobby". I said volunteer. He did not ask more.
10:40 {{p:Mei}} and {{p:Tobias}} took {{r:Hyok}} by taxi to the church on {{u:Svetlanskaya}} Street. {{p:Olga Petrovna}} knows.
- {{p:A.S.}}

15.10 day - {{p:Lena}} (new)
The man called "{{r:Kwon}}" phoned reception 3 times asking "where is boy". Said he will come back with "friends from police". I hung up. {{p:Olga Petrovna}} says write everything down, so:
Пишу по-русски. В 16:20 приходил {{r:Квон}} с ещё одним корейцем (назвался {{p:Ли}}). Спрашивали про мальчика, про {{r:Хёка}}. Показали фото на телефоне. Я сказала, что не знаю такого. {{p:Ольга Петровна}} сказала больше их не пускать, а {{p:Артёму}} передать ключ от служебной комнаты.
- {{p:Е. Мороз}}""",
    },
    {
        "id": "h38-en-05",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ryu Song-mi", "류성미", "witness", ["Song-mi"]),
            ("Ju Tae-gyong", "주태경", "supervisor", []),
            ("So Un-hui", "소은희", "coworker", ["Un-hui"]),
        ],
        "note": "University ethics-board resubmission with reviewer responses and a pilot-notes appendix that still carries real names; surname So beside sentence-initial 'So', Chinese forms of address 老孙 and 小刘 kept whole, a vocative 은희야, reviewers and committee staff private, real UN rapporteur and agencies mentioned neutrally; long.",
        "text": """RESEARCH ETHICS COMMITTEE - APPLICATION FOR ETHICAL REVIEW (HIGHER RISK)
Reference: REC/2023/114 (resubmission 2)
Project title: Debt, remittance and control: the working lives of North Korean women in Chinese seafood processing, 2015-2020
Principal investigator: Dr {{p:Helen Marsh}}, School of Social and Political Sciences
Co-investigator: Dr {{p:Kang Ji-won}}, visiting fellow
Research assistant: {{p:Daniel Oyelaran}} (PhD candidate)
Interpreter and transcriber: {{p:Seo Min-ah}} (freelance, signed confidentiality agreement on file)

SECTION 1. LAY SUMMARY
Since {{u:UN Security Council}} resolution 2397 (December 2017) required member states to send North Korean workers home, NGOs and journalists have continued to report North Korean women working in seafood and garment plants around {{u:Dandong}}, {{u:Donggang}} and {{u:Hunchun}}. Very little of this work rests on the women's own accounts. We will interview up to 30 women who worked in such plants and now live in the {{u:Republic of Korea}} or the {{u:United Kingdom}}, about recruitment, wages, debts, remittances to families and the ways in which they were controlled. We will use the {{u:ILO}} indicators of forced labour as a coding frame and will compare our findings with the reports of the {{u:UN}} Special Rapporteur on the situation of human rights in the {{u:DPRK}}, currently {{u:Elizabeth Salmón}}, and with published material from {{u:OHCHR}}.

SECTION 2. RECRUITMENT
Participants will be reached through two civil society partners, one in {{u:Seoul}} and one in {{u:London}}, who will pass on an information sheet in Korean. We will not recruit through any government list, and we will not approach anyone through the {{u:Ministry of Unification}} or the {{u:Korea Hana Foundation}}, because participants may perceive such an approach as an obligation.

SECTION 3. RISKS TO PARTICIPANTS
3.1 Family members in {{u:North Korea}}. Several pilot participants still send money home through brokers in {{u:China}}. If a participant can be identified, relatives may be punished. We will not record the names of relatives, home towns below province level, factory names, or the names of supervisors, and we will remove dates that could identify a transfer.
3.2 Distress. Pilot participants described beatings, forced night shifts and the death of a co-worker. The interpreter has been briefed by Dr {{p:Kang}} on stopping rules. A counsellor, {{p:Jeong Hye-rin}}, has agreed to be available by phone in Korean.

SECTION 4. DATA
Audio will be recorded on two encrypted recorders, not phones. Files will be moved the same day to the university's {{u:Microsoft}} OneDrive for Business and deleted from the recorders. Remote interviews will use {{u:Signal}}; we will not use {{u:KakaoTalk}} or {{u:WeChat}}. Transcripts will carry a participant code only (P01 to P30). A key linking codes to names will be held by Dr {{p:Marsh}} alone, on paper, in a locked cabinet.

SECTION 5. RESPONSES TO THE COMMITTEE'S LETTER OF 12 MAY 2023
5.1 Reviewer 1 (Prof. {{p:Graham Whitlow}}) asked why we do not interview current workers in {{u:China}}. We consider this unsafe for them and for the research team; Prof. {{p:Whitlow}} has since confirmed he accepts this.
5.2 Reviewer 2 (Dr {{p:Priya Raman}}) asked how we will handle disclosure of crimes. If a participant names a person who harmed her, that name will be replaced in the transcript with a role ("group leader", "factory manager").
5.3 The committee secretary, Ms {{p:Janet Okafor}}, pointed out that the version of Appendix C circulated with resubmission 1 still contained the real names from the pilot notes. We apologise. The mistake was ours (Mr {{p:Oyelaran}}). The corrected Appendix C is below; the names marked for deletion remain visible in this committee copy only so that the committee can check that every one of them has been found.

APPENDIX C. PILOT INTERVIEW NOTES (COMMITTEE COPY; NAMES TO BE DELETED)
Pilot 1. 14 March 2023, {{u:Seoul}}, 2 h 10 min. Interviewer Dr {{p:Kang}}, interpreter not needed.
P1 = {{r:Ryu Song-mi}} ({{r:류성미}}), 34, from {{u:North Pyongan}}. Worked 2016 to 2019 at a crab and squid plant in {{u:Donggang}}, {{u:Liaoning}}.
- About 180 women in one dormitory block, bunks of three. The group leader was a man, {{r:Ju Tae-gyong}} ({{r:주태경}}), with a women's team leader under him, {{p:Kim Chun-ok}}. {{r:Ju}} held all passports and the only phone. P1: "{{r:Ju}} would count us at the gate like fish."
- The Chinese plant manager she calls {{p:老孙}} and his deputy {{p:小刘}}. {{p:老孙}} paid the wages in one sum to {{r:Ju}}. P1 saw her own monthly figure only once, on a sheet that {{p:小刘}} left on a desk: 2,300 yuan. She received 150.
- Her closest friend in the plant was {{r:So Un-hui}} ({{r:소은희}}), from the same town. "{{r:Un-hui}} was the one who cried at night. So I sang to her until she slept." {{r:So}} had a daughter of four at home. When {{r:Un-hui}} cut her hand on a shell saw in 2018, {{r:Ju Tae-gyong}} did not allow her to see a doctor for three days. P1 imitates him calling "{{r:은희}}야, 일어나!" through the door.
- P1 speaks of {{r:Ju}} with fear but also says he was "less bad than the one before", a man she knows only as {{p:Pang}}.
- P1 wanted her real name used. Dr {{p:Kang}} explained why we cannot. P1 asked whether {{r:Song-mi}} could at least be written "somewhere, in a drawer". We said the key will be kept on paper.

Pilot 2. 21 March 2023, {{u:Incheon}}, 1 h 25 min. Interviewer Dr {{p:Marsh}}, interpreter Ms {{p:Seo Min-ah}}.
P2 = {{p:Choe Myong-ran}}, 29, from {{u:Ryanggang}}. Garment plant in {{u:Hunchun}}, 2017 to 2020.
- Knows of {{r:Ju Tae-gyong}} by reputation only: he was moved from {{u:Donggang}} to {{u:Hunchun}} in 2019 "to fix the women". Her own group leader was {{p:Ri Song-gwan}}; the security man was {{p:Cha}}.
- P2 describes {{p:Myong-ran}}'s (her own) debt: she refers to herself in the third person when upset. We have noted this for the interpreter's briefing.
- P2 asked that her friend {{p:Pak Ok-hwa}}, still in {{u:China}}, never be mentioned. She is mentioned here only so that the committee can check deletion.

Pilot 3. 2 April 2023, by {{u:Signal}}, 55 min. P3 = {{p:Hyon Chae-yong}}, 45, {{u:Dandong}} 2015 to 2017. Recalls {{r:So Un-hui}} from a pre-departure meeting in {{u:Sinuiju}}. Her Chinese line supervisor, {{p:王姐}}, was kind.

Signed: {{p:Helen Marsh}} (PI), {{p:Kang Ji-won}} (Co-I)
Contact for the committee: {{p:h.marsh}}@ (university address withheld in this copy)""",
    },
    {
        "id": "h38-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Paek Hyon-ju", "백현주", "witness", ["Hyon-ju"]),
            ("Mun Hak-chol", "문학철", "witness", ["Moon Hak-chol", "Hak-chol"]),
            ("Ri Chang-son", "리창선", "supervisor", []),
        ],
        "note": "NGO year-2 narrative report to a private donor; beneficiary surname Mun spelled Moon next to the harvest moon, staff list with roles, partner contacts, case stories with consent notes, a Cyrillic name in genitive, real places across Russia, Poland, Africa and Mongolia; real UN agencies and NGOs mentioned neutrally; long.",
        "text": """OPEN GATE WORKERS' PROJECT
Narrative report to the Halden Foundation, grant HF-2022-031, year 2 (1 July 2023 - 30 June 2024)
Prepared by {{p:Yoon Seo-yeon}}, executive director, with {{p:Tom Brannigan}} (programme officer)

1. SUMMARY
In year 2 we documented 61 new testimonies from people who worked abroad for North Korean state companies, against a target of 50. Most came from construction in {{u:Russia}} (23, mostly in the Far East), seafood and garment plants in {{u:China}} (19), construction in {{u:Kuwait}} and {{u:Qatar}} (8), shipyards in {{u:Poland}} (4), and monument and construction work in {{u:Africa}} (7: {{u:Senegal}}, {{u:Angola}}, {{u:Equatorial Guinea}}). Forty-four testimonies are now in the shared database; the rest are awaiting second-reader review.

We also supported 12 people with legal or medical needs, held two training days for South Korean resettlement caseworkers, and presented our findings to staff of the {{u:OHCHR}} office in {{u:Seoul}} and to a delegation from the {{u:ILO}}.

2. STAFF
{{p:Yoon Seo-yeon}} (director, 1.0 FTE). {{p:Tom Brannigan}} (programme, 0.8). {{p:Pyo Eun-ji}} and {{p:Ahn Ha-neul}} (interviewers). {{p:Ahn}} left in March to study; she was replaced by {{p:Kwon Da-som}} in May. {{p:Marek Zieliński}} (part-time researcher, {{u:Gdańsk}}). {{p:Nomin Batbayar}} (consultant, {{u:Ulaanbaatar}}, 20 days). Our accountant, {{p:Choi Jae-woong}}, retired in December; {{p:Jae-woong}} continues to help as a volunteer.

3. CASE STORIES (shared with consent; names used at the participants' request)
3.1 {{r:Paek Hyon-ju}}, 41, sewed uniforms for a garment plant near {{u:Hunchun}} from 2016 to 2019. Her group of 70 women was run by {{r:Ri Chang-son}}, whom she describes as "a man who liked numbers more than people". {{r:Ri}} kept two ledgers, one for the Chinese owner and one for {{u:Pyongyang}}. {{r:Hyon-ju}} told us that the women were paid for 26 days a month and worked 30, and that at New Year {{r:Ri Chang-son}} deducted a "loyalty gift" of 500 yuan from each woman. After her return she was sent to {{u:Hoeryong}}, and she left {{u:North Korea}} for good in 2021. She now works in a bakery in {{u:Bucheon}}. {{r:Paek}} asked us to write her name in full: "If I am a number, nobody will believe me." We checked this choice with her twice, in September and in February, and with her daughter {{p:Paek Ji-yun}}, who lives with her.

3.2 {{r:Mun Hak-chol}}, 52, spent eleven years on building sites in {{u:Saint Petersburg}} and {{u:Kaliningrad}}. His South Korean ID spells the name {{r:Moon Hak-chol}}. He was one of the last workers to leave {{u:Russia}} before 2020, via {{u:Vladivostok}} and a train to {{u:Tumangang}}. {{r:Hak-chol}} said his Russian foreman, {{p:Sergei Anatolyevich}}, was decent and sometimes paid him directly for weekend work, which the North Korean brigade leader, {{p:Kang Tong-il}}, then confiscated. {{r:Mun}} spent the harvest moon holiday of 2019 on a roof in {{u:Kaliningrad}}; "there is no moon in {{u:Russia}}," he joked, "only cloud." He remembers a note left for him in Russian by {{p:Sergei Anatolyevich}}'s wife, {{p:Tamara}}: "Для {{r:Муна}} - от {{p:Тамары}}, с праздником." He is our first participant to give evidence to a parliamentary hearing.

3.3 A participant we call Mr C (he asked us not to use his name) worked on a statue workshop in {{u:Dakar}} and on apartment blocks in {{u:Luanda}}. He named the company as the {{u:Mansudae Overseas Project Group}}. He described a site leader, {{p:Hong}}, and a doctor, {{p:Sin Yong-bok}}, who was himself a North Korean worker and treated malaria without medicine. We have not been able to corroborate this testimony and have marked it "single source".

4. PARTNERS
{{u:La Strada Foundation}} ({{u:Warsaw}}) referred two Polish-yard cases. Contact: {{p:Agnieszka Wróbel}}.
A Mongolian lawyer, {{p:Tsetsegmaa Dorj}}, advised on immigration records in {{u:Ulaanbaatar}}; {{p:Tsetsegmaa}} also introduced us to a former site interpreter, {{p:Ganbold}}.
The {{u:Citizens' Alliance for North Korean Human Rights}} and the {{u:NK Database Center}} shared methods for consent forms.
A Kuwaiti lawyer, Mr {{p:Yousef al-Enezi}}, helped us understand kafala-era sponsorship documents.

5. CHALLENGES
Security: one interviewer, {{p:Pyo}}, received a message in March from an unknown number that named two of our participants. We changed all phone numbers and moved interviews to our {{u:Seoul}} office. We reported the message to the police; an officer, Inspector {{p:Han}}, took a statement. We have heard nothing since.
Staffing: {{p:Ahn}}'s departure delayed 9 interviews.
Translation: the quality of Russian-language documents required a second translator, {{p:Yekaterina Ivanova}}.

6. FINANCIAL NOTE
Spending was 96 percent of the year-2 budget. Unspent travel funds (a cancelled trip to {{u:Warsaw}}) will be used for the {{u:Szczecin}} shipyard follow-up in year 3, subject to the Foundation's approval. {{p:Jae-woong}} has reviewed the figures.

7. YEAR 3 PRIORITIES
Complete the Polish and Mongolian case series; publish a short report on wages in Chinese seafood plants with the participant group including {{r:Hyon-ju}}; train two more caseworkers in {{u:Busan}}.

{{p:Yoon Seo-yeon}}
Executive Director
{{p:seoyeon.yoon}}@opengate-workers.org | info@opengate-workers.org""",
    },
    {
        "id": "h38-en-07",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("No Hyon-sik", "노현식", "witness", ["Hyon-sik"]),
            ("Ri Kyong-hui", "리경희", "relative", ["Lee Kyung-hee"]),
            ("Han Tok-su", "한덕수", "coworker", ["Tok-su"]),
        ],
        "note": "GP referral letter to psychiatry in south-west London; patient surname No beside the clinical 'No known allergies', 'No history of', 'No,' openings; GP surname Park beside a park; a brigade leader known only as Chief Ko; wife with North and South romanizations; NHS trust and hospital names real.",
        "text": """Coombe Road Family Practice
{{u:New Malden}}, {{u:Surrey}}

Dr {{p:Eunice Park}} MBBS MRCGP
Tel. 020 8xxx xxxx   {{p:eunice.park}}@nhs.net

To: Dr {{p:Michael Tran}}, Consultant Psychiatrist
Community Mental Health Team, {{u:South West London and St George's Mental Health NHS Trust}}
{{u:Springfield University Hospital}}, {{u:Tooting}}

19 September 2022

URGENT REFERRAL (routine pathway declined by patient's wife as "too slow")

Re: Mr {{r:NO Hyon-sik}} ({{r:노현식}}), DOB 03/02/1979
Address: {{u:New Malden}} (full address on the attached summary)
Interpreter: Korean, North Korean dialect preferred

Dear Dr {{p:Tran}},

Thank you for seeing Mr {{r:No}}, a 43-year-old man who came to the {{u:United Kingdom}} in 2016 after resettling first in {{u:South Korea}}. He has been registered with us since 2017 and until this year attended only for minor problems.

Presenting complaint: six months of insomnia, early waking at 3 to 4 am, intrusive memories, irritability and two episodes of shouting in his sleep that frightened his children. No history of self-harm. No current plan, but he said at the last visit that "a man who has nothing left to work for is already half dead", which his wife asked me to pass on to you.

Background: Mr {{r:No}} worked from 2009 to 2014 as a logger in the {{u:Amur Oblast}}, {{u:Russia}}, in a North Korean work brigade. He describes 16-hour days, wages withheld by the brigade leader, whom he calls only "Chief {{p:Ko}}", and a winter in which the men slept in a tent at minus 40. In 2012 his closest co-worker, Mr {{r:Han Tok-su}}, was killed by a falling tree in front of him; {{r:Tok-su}} was 31. Mr {{r:No}} says Chief {{p:Ko}} made the men carry on cutting and that the body was taken away the next day "like timber". The nightmares are of this day. No, he told me, he has never spoken about it in {{u:Korea}}, because he was afraid of being seen as a troublemaker.

He attends with his wife, Mrs {{r:Ri Kyong-hui}} (she also uses {{r:Lee Kyung-hee}} on British documents), who interprets. I would ask that a professional interpreter be used at your assessment; our practice has used Ms {{p:Grace Lim}} via the language line. Mrs {{r:Ri}} is coping but tired; she walks with him in {{u:Beverley Park}} every evening because "he sleeps better after the park". They have two children, {{p:Jin-woo}} (12) and {{p:Ha-eun}} (8).

Alcohol: he says no, "not since {{u:Russia}}". Mrs {{r:Lee}} agrees.
No known drug allergies.
Medication: sertraline 50 mg once daily since July, increased to 100 mg on 2 September. Zopiclone 3.75 mg, 7 tablets, not repeated.
PHQ-9: 21 (severe). GAD-7: 17. PCL-5 not done.
Physical: BP 142/91. Old frostbite injuries, left foot (two toes amputated in {{u:Blagoveshchensk}}, 2011).

Social: works nights at a food warehouse in {{u:Croydon}}. His manager, Mr {{p:Gary Holt}}, has been supportive. He is in contact with a Korean church group; the pastor, Rev. {{p:Shin Dong-uk}}, has visited. Mr {{r:No Hyon-sik}} is worried that a psychiatric record will affect his application for British citizenship. I have told him it will not.

Many thanks for seeing him. Please copy your letter to Mrs {{r:Ri}} at the same address, as Mr {{r:No}} has asked.

Yours sincerely,

Dr {{p:E. Park}}
cc: {{p:Sarah Whitcombe}}, social prescriber, Coombe Road Family Practice""",
    },
    {
        "id": "h38-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yu Jin-hak", "유진학", "witness", ["Jin-hak"]),
            ("Im Tae-song", "임태성", "coworker", ["Chopstick"]),
        ],
        "note": "Crowdfunding page with updates, donor list and comments; surname Yu next to 'you', emoji beside names, nickname Chopstick as registered alias and as the word chopstick, a Hanja-Hangul mixed-script name, donor initials, unregistered nickname Bear as a display name, family-name-only donor.",
        "text": """{{u:GoFundMe}} · Medical

Help {{r:Jin-hak}} hold a chopstick again 🙏
{{p:Rachel Kim}} is organizing this fundraiser on behalf of {{r:Yu Jin-hak}}.
CAD 18,450 raised of 25,000 goal · 236 donations

STORY
Hi everyone, I'm {{p:Rachel}}. I met {{r:Jin-hak}} three years ago when he joined the English conversation group I run at our community centre in {{u:North York}}.

{{r:Jin-hak}} is 38. From 2012 to 2018 he was sent by the North Korean state to work on building sites in {{u:Yakutsk}}, in the far north-east of {{u:Russia}}, where winter goes below minus 50. He was never paid properly; almost everything went to the company and to "loyalty funds". In January 2016 he lost the tips of four fingers to frostbite after his brigade leader kept the team pouring concrete through a night shift with no heated cabin. He escaped in 2018 and came to {{u:Canada}} in 2021.

His hands hurt every day. He works at a bakery in {{u:Scarborough}} and can't grip properly. Surgeons at {{u:Toronto Western Hospital}} can do a reconstruction, but part of it (the hand therapy and the special splints) isn't covered, and he can't take three months off work without pay.

{{r:Jin-hak}} always talks about his friend from the site, a tall thin man everyone called "{{r:Chopstick}}" ({{r:Im Tae-song}}), who carried him to the medical room on his back that night. {{r:Tae-song}} is now in {{u:Seoul}}. {{r:Jin-hak}} says the first thing he wants to do with his new hand is eat noodles with a chopstick in each hand, properly, next to {{r:Chopstick}}.

Thank you, all of you, for reading this far. 💛

UPDATES
Mar 14 - Surgery went well! Dr {{p:Anil Mehta}}'s team says the next six weeks are the hard part. {{r:Jin-hak}} says thank you to every one of you. - {{p:Rachel}}
Apr 30 - First therapy session done. His therapist {{p:Claire}} says he is "stubborn in a good way" 😂. He lifted a cup with his left hand.

DONATIONS (recent)
{{p:Doug Ferris}} · $50
Anonymous · $200
{{p:K.J.}} · $20 · "from a fellow {{u:Yakutsk}} winter survivor"
{{p:Soo-ah Lee}} · $100 · "for 삼촌"
{{p:Hyejin}} ❤️ · $10
🐻 {{p:Bear}} · $15 · "stay strong brother"
The {{p:Okonkwo}} family · $75
{{p:Mi-rae Chung}} · $25
Anonymous · $40 · "from the Tuesday group"

COMMENTS
Pastor {{p:Grace Ahn}}: {{r:Jin-hak}} shared his story at our church last Sunday. Nobody moved. We are praying for you, Mr {{r:Yu}}. 🙏
{{p:Hyejin}} ❤️: So happy to see the update!! You can do it {{r:진학}} 오빠
{{r:Tae-song Im}}: I am the {{r:Chopstick}} 😂 {{r:Jin-hak}} is my brother. In {{u:Yakutsk}} we said if we survive this we survive anything. Now you survive the surgery too. Thank you {{p:Rachel}} and everyone.
{{p:Doug Ferris}}: Sent this to my whole office. Go {{r:Yu}}!
{{p:장순옥}}: {{r:柳진학}} 형제님 힘내세요. 기도합니다.
{{p:Bear}} 🐻: Just read the whole thing. So sorry for what you went through man.
{{p:Rachel Kim}}: @{{p:Bear}} thank you! And {{p:K.J.}}, {{r:Jin-hak}} wants to know if you were at the same site 👀 please message me""",
    },
    {
        "id": "h38-en-09",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Kim Myong-hak", "김명학", "witness", ["Myong-hak"]),
            ("Pak Chol-min", "박철민", "coworker", []),
            ("Yom Tae-ryong", "염태룡", "supervisor", []),
        ],
        "note": "OCR'd fax from a Polish law office with damaged characters (rn for m, 0 for O, 1 for l, lost Polish diacritics) inside names and place names, an impossible date, page-break debris, a name hyphenated across a line break, Polish titles mec. and inż. outside the labels.",
        "text": """FAX  FAX  FAX                                            P.01/03
FROM: Kancelaria Radcy Prawnego {{p:K. Nowak-Lis}}, {{u:Gdyrua}}   TEL +48 58 6xx xx xx
TO: Open Gate Workers' Project, {{u:Seou1}}                   FAX +82 2 xxxx xxxx
DATE: 2O16-O9-31  14:O2
RE: Mr {{r:KIRN MYONG-HAK}} (your ref. PL-07)

Dear Sirs,

We refer to your letter of 12 September concerning our c1ient, Mr {{r:Kirn Myong-hak}}, welder, formerly p1aced by Armex sp. z o.o. at a ship repair yard in {{u:Gdynia}}.

1. Our c1ient states that from March 2014 to Ju1y 2016 he worked 12 hours a day, six and often seven days a week, on hull sections for two vessels. His wages (PLN 3,500 gross per month according to the contract we have seen) were paid into an account to which he had no access. He received approximate1y USD 100 per month in cash from the group "manager", Mr {{r:YOM TAE-RY0NG}}.

2. Mr {{r:Yorn}} kept the passports of all 14 workers in the group. On 3 Ju1y 2016 our c1ient's co-worker, Mr {{r:Pak Chol-
rnin}}, suffered burns to the face and arms when a cutting torch hose failed. He was taken to hospita1 in {{u:Gda?sk}} by the yard's safety officer, inż. {{p:Zbigniew Ka?u?a}}, and not by the employer. Mr {{r:Yom}} arrived at the hospita1 two hours 1ater and insisted that Mr {{r:PAK CH0L MIN}} be discharged the same evening.

3. On the basis of these facts we notified the {{u:Pa?stwowa Inspekcja Pracy}} (Labour Inspectorate), {{u:Gda?sk}} district. Inspector {{p:Tomasz Wierzbicki}} visited the yard on 19 August. We have not yet received the protoco1.
- - - - - - - - - - - - - - - - - - - - - - - - - - -  P.02/03
~~~~ ~~ ~~~~~~~ ~ ~~~~ . ..  ...  ~~~~
4. Mr {{r:Kirn}} left the group on 24 Ju1y with the he1p of a Korean-speaking priest, father {{p:Piotr Han}}, and is at present in {{u:Warszawa}}. He wishes to give a statement to the inspectorate but is afraid that Mr {{r:Y0m}} wi11 1earn of it. He says his fami1y in {{u:Ch0ngjin}} (wife {{p:Ri S0n-ok}}, two sons) wou1d be at risk. P1ease treat their names as confidentia1.

5. Mr {{r:Myong-hak}} asks whether your organisation can he1p him contact the {{u:Embassy of the Repub1ic of Korea}} in {{u:Warsaw}}. We understand from co11eagues at {{u:La Strada}} that this has been done for others.

6. Our c1ient a1so names the fo11owing workers who remain at the yard, so that you can assess risk: Mr {{p:S0 Kwang-ryo1}}, Mr {{p:Chang Hyon-u}}, Mr {{p:0k Yong-nam}}. He be1ieves Mr {{r:Pak}} was sent back to the {{u:DPRK}} in August.

Yours faithfu11y,

mec. {{p:Katarzyna Nowak-Lis}}
radca prawny
- - - - - - - - - - - - - - - - - - - - - - - - - - -  P.03/03
[page 3: copy of passport page, i11egib1e]
[handwritten at foot, sender's staff:] cc {{p:M. Ziel1nski}} - p1s ca11 before Fri""",
    },
    {
        "id": "h38-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Chae Ok-ran", "채옥란", "witness", ["Ok-ran"]),
            ("Kang Su-bin", "강수빈", "relative", []),
            ("Do Chun-ae", "도춘애", "supervisor", []),
        ],
        "note": "E-mail thread with quoted replies and signatures; witness name wrapped across a line break, surname Do beside 'Do we', Chinese boss 王总 labelled whole and as Mr Wang, name-spelling local parts next to role addresses, daughter named in a quoted line, public newspaper avoided.",
        "text": """From: {{p:Park Ji-hoon}} <{{p:jihoon.park}}@opengate-workers.org>
To: {{p:Sophie Laurent}} <{{p:sophie.laurent}}@protonmail.com>
Cc: legal@opengate-workers.org
Date: Thu, 14 Mar 2024 18:02:11 +0900
Subject: Re: Re: {{u:Hunchun}} garment testimony - can we quote Ms {{r:Chae}}?

Hi {{p:Sophie}},

Short answer: yes for the quotes in your draft, no for the photo. I went through the draft line by line with Ms {{r:Chae
Ok-ran}} this afternoon (in Korean, with {{p:Hye-won}} from our legal team on the call). She is fine with "Ms {{r:Chae}}, 46, a former seamstress", but asks you to drop the name of her town and the detail about the rice cooker, which she says "only three people in the world know".

Do we have her consent in writing? Yes, signed 11 March, scanned in our case file. I can send a redacted copy to your editor if needed.

Two corrections of fact:
1. Her team leader was {{r:Do Chun-ae}}, not "{{r:Do Chun-hae}}". {{r:Do}} was a woman, about 55 then.
2. The Chinese owner is {{p:王总}} in her account, i.e. "Boss {{p:Wang}}". Please don't write his full name ({{p:王建平}}) - we have only her word for it, and {{p:Wang}} is still in business in {{u:Hunchun}}.

Best,
{{p:Ji-hoon}}

--
{{p:Park Ji-hoon}} {{p:박지훈}} | Researcher
Open Gate Workers' Project | {{u:Seoul}}
Signal on request

> On 13 Mar 2024, at 23:40, {{p:Sophie Laurent}} <{{p:sophie.laurent}}@protonmail.com> wrote:
>
> Dear {{p:Ji-hoon}},
>
> Attached is the draft (1,900 words). The key passages are her account of the night in
> November 2017 when {{r:Do Chun-ae}} locked the sewing hall and made the women finish 600
> jackets for {{p:王总}}, and the part about her daughter {{r:Kang Su-bin}} being told at
> school in {{u:Onsong}} that her mother was "a traitor in {{u:China}}".
>
> Questions:
> - Can I use {{r:Su-bin}}'s first name? (I assume not.)
> - Is it right that {{r:Ok-ran}} was paid 200 yuan a month while Mr {{p:Wang}} paid the
>   North Korean side 2,600 per worker? This is the figure your colleague {{p:Yoo-jin}} gave me.
> - Do you know what happened to {{r:Do}} after 2019?
>
> Thanks,
> {{p:Sophie}}
>
> --
> {{p:Sophie Laurent}}, freelance
> +33 6 xx xx xx xx
>
>> On 8 Mar 2024, at 10:12, {{p:Ji-hoon}} <{{p:jihoon.park}}@opengate-workers.org> wrote:
>>
>> {{p:Sophie}} - I spoke to {{r:Ok-ran}}. She is willing. Her daughter {{r:Su-bin}} is now in
>> {{u:Seoul}} too (arrived 2022) and does not want to be in the story at all.
>> {{r:Ok-ran}} says the 2017 night shift happened because the factory had a deadline for
>> a buyer in {{u:Guangzhou}}. She remembers {{r:Do}} saying "You want to see your children?
>> Then sew." Please check the translation with me before it runs.
>>
>> {{p:JH}}""",
    },
    {
        "id": "h38-en-11",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Mun Chang-hyok", "문창혁", "witness", ["Moon Chang-hyok", "Chang-hyok"]),
            ("Ro Kum-chol", "로금철", "coworker", []),
        ],
        "note": "Regional observer programme transhipment report; crewman's surname spelled MOON beside a full moon, Chinese master surnamed Song beside a song, Filipino and Indonesian single and double names, observer and officers private, ocean, ports and the commission real, vessels invented.",
        "text": """{{u:IOTC}} REGIONAL OBSERVER PROGRAMME - TRANSHIPMENT AT SEA
Observer trip report, extract: sections 6 (crew) and 9 (other observations)
Observer: {{p:Thabo Nkosi}} (observer no. withheld)
Carrier vessel: OCEAN HARVEST 9 (observer embarked)
Area: western {{u:Indian Ocean}}, north-east of the {{u:Seychelles}}
Transhipment events observed: 7 (from 4 longliners)

6. CREW OF FISHING VESSELS (as observed during transhipment)

6.1 XIN LONG 17 (events 2 and 5)
Master: {{p:Song Lihua}}. Fishing master: {{p:Xu Guofeng}}. Crew list shown to the observer: 24 names, of which 9 Chinese, 8 Filipino, 5 Indonesian, 2 from the {{u:DPRK}}.
The two {{u:DPRK}} crew appear on the list as {{r:MOON CHANG HYOK}} and {{r:RO KUM CHOL}}. Neither held a seaman's book on board; Master {{p:Song}} stated that the documents were "with the company in {{u:Kaohsiung}}".
Event 2 took place at night under a full moon, which made the deck visible from the carrier's bridge without floodlights. During the transfer of frozen bigeye the Filipino crew sang a song in Tagalog to keep time; the two North Korean men worked separately on the aft hatch under the fishing master.
At 02:40 the observer saw {{p:Xu}} strike {{r:Ro}} on the back of the head with an open hand. {{r:Ro Kum-chol}} did not react. {{r:Moon}} stopped working and was shouted at.

6.2 Conversation with crew (event 5, daytime)
The observer spoke briefly with a Filipino deckhand, {{p:Jomar Dela Cruz}}, during a delay with the crane. {{p:Jomar}} said that the "two Koreans" have been on board for 26 months without going ashore, that they do not receive the monthly allotment the other crew receive, and that their pay is "sent to their boss". He said {{r:Chang-hyok}} has a skin infection on both feet and that Master {{p:Song}} gives him only antiseptic cream. {{p:Jomar}}'s colleague {{p:Rodel Santos}} confirmed the foot infection. An Indonesian crewman known on board only as {{p:Slamet}} gave the observer a piece of cardboard on which someone had written in Korean "{{r:문창혁}} 집에 가고싶다" (I want to go home). The observer has retained it (photo 9-114).
{{r:Moon}} himself said only "thank you" in English.

6.3 OCEAN HARVEST 9 (carrier)
Master {{p:Lin Zhiwei}}, chief officer {{p:Huang Jiaming}}. No concerns regarding the carrier's crew. The carrier's agent in {{u:Port Victoria}}, {{p:Marie-Claire Hoareau}}, was informed of the observer's report by the carrier master before the observer's own submission, contrary to programme rules.

9. OTHER OBSERVATIONS
9.1 Possible indicators of forced labour: retention of identity documents, withheld wages, isolation, physical violence (see 6.1-6.2). The observer is not trained to assess these and records them as seen and heard.
9.2 The observer requests that this section be forwarded to the flag state and to the {{u:IOTC Secretariat}} in {{u:Victoria}}. The observer's programme coordinator, Ms {{p:Aisha Mohamed}}, has been informed by e-mail.
9.3 The observer notes that a full moon is normally a poor period for fishing and that XIN LONG 17 nevertheless reported its highest catch of the trip that week.

Signed: {{p:T. Nkosi}}""",
    },
    {
        "id": "h38-en-12",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Hong Ye-rim", "홍예림", "witness", ["Ye-rim"]),
            ("Ha Kum-sil", "하금실", "supervisor", []),
            ("Kil Su-ryon", "길수련", "coworker", ["Tokki"]),
        ],
        "note": "Podcast transcript with timestamps; manager surnamed Ha beside laughter 'ha', a coworker nicknamed Tokki (rabbit) both as alias and the animal, Chinese address Lao Chen in English kept whole, Cambodian driver by one name, hosts and producer private, ad read with a real company.",
        "text": """HIDDEN HANDS - Episode 14: "The girls who sang for tips"
Auto-transcript, corrected by {{p:Lucy}} (producer). Speaker labels: NR = {{p:Nadia Rahman}} (host), CD = {{p:Chris Doyle}} (co-host), YR = guest.

[00:00:04] NR: Welcome back to Hidden Hands. I'm {{p:Nadia}}.
[00:00:06] CD: And I'm {{p:Chris}}. Before we start, thank you to everyone supporting us on {{u:Patreon}}; that is literally how we pay for interpreters.
[00:00:15] NR: Today's guest worked as a waitress and singer in a North Korean state restaurant in {{u:Cambodia}}, first in {{u:Phnom Penh}} and then in {{u:Siem Reap}}. She now lives in {{u:Seoul}}. She's asked us to use her real first name. Welcome, {{r:Ye-rim}}.
[00:00:27] YR: Thank you. Hello, everyone.
[00:00:30] NR: {{r:Ye-rim}}, how old were you when you were chosen?
[00:00:33] YR: Twenty. They chose us from a music college in {{u:Pyongyang}}. You need to be tall, you need a good family, and you need to sing.
[00:01:02] CD: And who ran the restaurant?
[00:01:04] YR: A woman manager, {{r:Ha Kum-sil}}. We called her Manager {{r:Ha}}. Also there was a man, the security, but he was mostly upstairs.
[00:01:15] CD: Ha. "Mostly upstairs" sounds ominous.
[00:01:18] YR: [laughs] Yes. Ha, ha. It was.
[00:01:22] NR: What was a normal day?
[00:01:24] YR: Wake at six. Clean. Rehearse. Open at eleven. Lunch service, dinner service, then the show at eight: songs, the gayageum, dancing. Close at eleven, then meeting with Manager {{r:Ha}}. Self-criticism. Sleep at one. Every day, no day off.
[00:02:10] NR: Were you allowed out?
[00:02:12] YR: Only in groups of three, with a list. To the market. {{r:Ha}} counted the change.
[00:02:40] CD: You mentioned a friend before we started recording. The rabbit?
[00:02:44] YR: [laughs] Yes, {{r:Tokki}}. Tokki means rabbit. Her real name is {{r:Kil Su-ryon}}. She had front teeth like a rabbit, and she was very fast, so Manager {{r:Ha}} called her that first, and then everybody. {{r:Su-ryon}} was my roommate for three years.
[00:03:05] NR: Is she okay?
[00:03:08] YR: I don't know. That is the hardest thing. When I left, {{r:Tokki}} stayed.
[00:03:30] NR: Can you tell us about the customers?
[00:03:33] YR: South Korean tourists mostly, from the tours to {{u:Angkor Wat}}. Some Chinese businessmen. One Chinese man came every week, we called him {{p:Lao Chen}}. {{p:Lao Chen}} always asked for me to sing "Arirang" and left a tip of 20 dollars on the table, and Manager {{r:Ha}} took the 20 dollars.
[00:04:01] CD: All of it?
[00:04:02] YR: All of it. It was "for the plan". We had a plan, like a factory. Each girl has a tip target, each month. If you don't reach it, you sing an extra hour.
[00:04:40] NR: How did you eventually leave?
[00:04:44] YR: A tuk-tuk driver, {{p:Sokha}}. He drove us to the market every week. I think {{p:Sokha}} understood more than he said. One day in 2016 I told him "{{u:Korea}} embassy", only that. He took me. I didn't even say goodbye to {{r:Su-ryon}}.
[00:05:20] CD: Did you face any consequences, or did your family?
[00:05:24] YR: My mother, {{p:Chon Ok-sun}}, was moved out of {{u:Pyongyang}}. I heard that through a broker. I will not say more.
[00:05:40] NR: We won't ask more. {{r:Ye-rim}}, is there something you'd like to say to {{r:Tokki}}, if she ever hears this?
[00:05:48] YR: [in Korean] {{r:수련}}아, 미안해. 토끼처럼 빨리 뛰어. [in English] Run fast, rabbit.
[00:06:05] NR: Thank you, {{r:Hong Ye-rim}}.
[00:06:08] CD: That was {{r:Ye-rim}}. After the break, {{p:Nadia}} talks to the researcher Dr {{p:Kwame Asante}} about how the restaurants were financed.
[00:06:15] [AD BREAK]""",
    },
    {
        "id": "h38-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Jin-hyok", "리진혁", "witness", ["Lee Jin-hyuk"]),
            ("Choe Kwang-bom", "최광범", "coworker", ["Choi Kwang-bum"]),
            ("Kwak Sung-chol", "곽성철", "supervisor", []),
        ],
        "note": "Photo archive caption sheet for review, pipe-separated; Ri/Lee/Yi and Choe/Choi romanizations, possessive bare surname Kwak's, Korean caption column with particles and 씨, photographers and reviewers private, bridges, rivers and stations real.",
        "text": """OPEN GATE PHOTO ARCHIVE - batch 2023-11 - captions for second review
Reviewer 1: {{p:Pyo Eun-ji}}   Reviewer 2: {{p:Marek Zieliński}}
Rule: no face of a worker still abroad; no face of a relative; places OK.

file | date | place | caption (EN) | caption (KO) | credit | consent
IMG_0412 | 2019-02-17 | {{u:Khabarovsk}} | Dormitory block used by a North Korean construction brigade. Former resident {{r:Ri Jin-hyok}} identified his room, 402, from the street. | {{u:북한}} 건설대가 쓰던 기숙사. {{r:리진혁}} 씨가 길에서 자기 방(402호)을 가리켰다. | {{p:Anton Belov}} | {{r:Ri}}: verbal, building only
IMG_0415 | 2019-02-17 | {{u:Khabarovsk}} | Same block, side entrance where {{r:Kwak}}'s team was counted every morning. | {{r:곽}} 반장 조가 매일 아침 인원 점검을 받던 옆문. | {{p:Anton Belov}} | n/a
IMG_0433 | 2019-02-18 | {{u:Amur River}} | Frozen river at dawn. {{r:Choe Kwang-bom}} says the brigade crossed here on foot to reach a site in winter. | 새벽의 얼어붙은 강. {{r:최광범}} 씨는 겨울에 이 강을 걸어서 건넜다고 한다. | {{p:Anton Belov}} | {{r:Choe}}: written
IMG_0440 | 2019-02-18 | {{u:Komsomolsk-on-Amur}} | Unfinished apartment block. Site leader {{r:Kwak Sung-chol}} (not pictured) ran two teams here, according to {{r:Lee Jin-hyuk}}. | 미완공 아파트. {{r:리진혁}}에 따르면 {{r:곽성철}} 반장이 이곳에서 두 개 조를 맡았다. | {{p:Anton Belov}} | REVIEW: remove {{r:Kwak}}'s name? (R1)
IMG_0502 | 2019-03-02 | {{u:Vladivostok Railway Station}} | Platform for the train to {{u:Khasan}} and the border. Many workers left and returned this way. | 하산행 열차 승강장. | {{p:Dasha Orlova}} | n/a
IMG_0519 | 2019-03-04 | {{u:Friendship Bridge}}, {{u:Tumen River}} | The rail bridge between {{u:Russia}} and {{u:North Korea}}, seen from the Russian bank. | {{u:러시아}} 쪽에서 본 {{u:두만강}} 철교. | {{p:Dasha Orlova}} | n/a
IMG_0611 | 2019-05-20 | {{u:Seoul}} | {{r:Yi Jin-hyok}} (as spelled on his first {{u:ROK}} ID) holding his Russian work permit, hands only. | {{r:리진혁}} 씨의 {{u:러시아}} 노동허가증 (손만 나옴). | {{p:Pyo Eun-ji}} | {{r:Jin-hyok}}: written. NOTE R2: caption EN spells Yi, KO spells 리, keep both?
IMG_0612 | 2019-05-20 | {{u:Seoul}} | Same permit, close-up. Permit holder's name blurred. | 이름 부분 흐림 처리. | {{p:Pyo Eun-ji}} | as above
IMG_0700 | 2020-09-09 | {{u:Dandong}} | View of the {{u:Sino-Korean Friendship Bridge}} over the {{u:Yalu River}}. A seafood plant employing North Korean women is said to be behind the trees on the left. | {{u:압록강}} 위 {{u:중조우의교}}. | {{p:Wen}} (stringer, full name withheld) | n/a
IMG_0731 | 2020-09-10 | {{u:Donggang}} | Women in white caps entering a factory gate. FACES VISIBLE. | 공장 정문으로 들어가는 여성들. 얼굴 보임. | {{p:Wen}} | REJECT (R1, R2)
IMG_0810 | 2021-06-14 | {{u:Ulaanbaatar}} | Construction site in {{u:Khan-Uul}} district formerly staffed by North Korean workers. Interpreter {{p:Ganbold}} says he worked there with {{r:Choi Kwang-bum}} in 2016. | {{u:울란바토르}} 건설 현장. 통역 {{p:간볼드}}는 2016년 여기서 {{r:최광범}}과 일했다고 한다. | {{p:Nomin Batbayar}} | n/a
IMG_0811 | 2021-06-14 | {{u:Ulaanbaatar}} | Notice board at the same site. Hangul sign reads "안전 제일" (safety first) and a duty list with the name "{{p:리철}}". | 게시판. 당번 명단에 "{{p:리철}}". | {{p:Nomin Batbayar}} | REVIEW: blur duty list (R2)
IMG_0902 | 2022-01-30 | {{u:Seoul}} | {{r:Choe}} and {{r:Ri}} at our office, backs to the camera, looking at IMG_0433. | 사무실에서 사진을 보는 {{r:최광범}}, {{r:리진혁}} (뒷모습). | {{p:Yoon Seo-yeon}} | both written

Comments
R1 ({{p:Eun-ji}}): {{r:Kwak}} is named in IMG_0440 only because {{r:Jin-hyok}} insisted. He says "{{r:곽}}가 이름은 다 알아야 한다" (everyone should know {{r:Kwak}}'s name). We should still check with legal.
R2 ({{p:Marek}}): agree. Also: in IMG_0811 the name {{p:리철}} could be anyone, but blur anyway.""",
    },
    {
        "id": "h38-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Hyon Myong-chol", "현명철", "witness", ["명철"]),
            ("Yom Sun-ok", "염순옥", "relative", []),
            ("Wi Kwang-song", "위광성", "coworker", ["광성"]),
        ],
        "note": "Church bulletin with a prayer list, sick list, offering and duty rosters; surname 위 beside 위해, 맹 beside 맹세, child named 소명 beside the word 소명 (calling), 세 명이라, 이상 as a word and inside 이상희, Hangul initials for a person in China, two-syllable surnames 황보 and 남궁.",
        "text": """새빛교회 주보 · 2024년 3월 10일 (사순절 넷째 주일) · 제41권 10호

■ 예배 안내
주일 1부 오전 9시 / 2부 오전 11시 / 오후 찬양예배 2시
설교: {{p:한성진}} 담임목사 「광야에서 부르는 노래」 (출애굽기 15:22-27)
대표기도: 1부 {{p:노은정}} 집사 / 2부 {{p:남궁현}} 장로

■ 북한선교부 중보기도 제목
1. {{r:현명철}} 형제의 어머니 {{r:염순옥}} 님(북녘 거주)의 건강을 위해 기도합니다. {{r:명철}} 형제는 2014년부터 2017년까지 {{u:러시아}} {{u:하바롭스크}}의 건설 현장에 파견되어 일하다가 {{u:한국}}에 왔습니다. 지난달 {{u:중국}} 쪽 연락을 통해 어머니께서 무릎을 크게 다치셨다는 소식을 들었습니다. 어머니 {{r:염}} 님께서 치료를 받으실 수 있도록, 그리고 {{r:명철}} 형제가 보내는 생활비가 안전하게 전달되도록 기도해 주십시오.
2. {{r:현}} 형제와 같은 작업반에서 일했던 {{r:위광성}} 형제가 아직 {{u:하바롭스크}}에 남아 있습니다. {{r:위}} 형제를 위해, 그리고 그와 함께 있는 작업반원들을 위해 기도합니다. {{r:광성}} 형제는 올해 마흔이 됩니다.
3. 지난 1월 {{u:블라디보스토크}} 현장에서 추락 사고로 세상을 떠난 {{p:천용수}} 님의 유가족을 위해 기도합니다. 형님 {{p:천용길}} 님은 지난해 우리 교회에서 세례를 받으셨습니다.
4. {{u:중국}}에 머물고 있는 {{p:ㄱㅁㅎ}} 자매가 안전하게 제3국으로 이동할 수 있도록 기도해 주십시오. (신변 보호를 위해 이니셜로만 적습니다.)
5. 병상에 계신 분들: {{p:맹춘자}} 권사님(허리 수술), {{p:소덕배}} 안수집사님(투석), {{p:소덕배}} 안수집사님 댁 손녀 {{p:소명}}이(폐렴). {{p:맹}} 권사님은 "부활절에는 꼭 내 발로 교회에 오겠다"고 맹세하셨습니다. 모두 함께 응원해 주십시오. {{p:소명}}이는 이번 주 퇴원 예정입니다.

■ 새가족 환영
이번 달 등록한 새가족이 세 명이라 2부 예배 후 환영회를 갖습니다. {{p:전금희}} 자매(양천구), {{p:탁영수}} 형제와 아들 {{p:탁준}}. {{p:전금희}} 자매는 {{u:하나원}} 수료 후 두 달 되었습니다. {{p:금희}} 자매님께 먼저 인사를 건네 주세요.

■ 북한선교부 소식
- 북한이탈주민 성경공부: 매주 수요일 저녁 7시, 인도 {{p:김혜숙}} 전도사. 이번 달 주제는 "나의 소명".
- 다음 주일(3/17) 오후 찬양예배에서 {{r:현명철}} 형제가 간증합니다. 제목: 「통나무보다 무거웠던 3년」. {{r:명철}} 형제는 간증 준비를 하며 이렇게 부탁했습니다. "우리 작업반장이었던 {{p:오봉학}} 반장을 위해서도 기도해 주십시오. 그 사람도 위에서 시켜서 한 일입니다." {{p:오}} 반장은 지금도 {{u:러시아}}에 있다고 합니다.
- {{u:통일부}} 지원 "탈북민 가정 결연" 참여 가정을 모집합니다. 문의: {{p:노은정}} 집사.

■ 지난주 헌금
감사헌금: {{p:전금희}}, {{p:노은정}}, {{p:소덕배}}, {{p:한경수}}, 무명 2
선교헌금: {{p:황보영자}}, {{p:남궁현}}, {{p:이상희}}, {{r:현명철}}
건축헌금: {{p:탁영수}}, {{p:한성진}}, 무명 1
(이상 헌금자 명단에 누락이 있으면 교회 사무실 {{p:윤다현}} 간사에게 알려 주십시오.)

■ 봉사 안내
주방: {{p:노은정}}, {{p:한경수}} / 안내: {{p:남궁현}}, {{p:이상희}} / 차량: {{p:탁영수}} / 영상: {{p:윤다현}}

이상 광고를 마칩니다. 한 주간도 주님의 평안이 함께하시기를 빕니다.""",
    },
    {
        "id": "h38-ko-02",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Han Myong-ok", "한명옥", "witness", ["명옥"]),
            ("Ri Un-byol", "리은별", "relative", ["은별"]),
            ("Pang Kil-nam", "방길남", "supervisor", []),
            ("Ok Son-hwa", "옥선화", "coworker", []),
        ],
        "note": "Resettlement caseworker's monthly case-management report in a table plus narrative; witness surname 한 beside 한국, 한 명, 한국어; supervisor surname 방 beside 방 (room); 방가 with the suffix outside; broker known as 최 사장; fictional officials and doctors private; real hospital and districts.",
        "text": """사례관리 월간 보고서 (2023년 11월)
작성: 전담 사례관리사 {{p:문지현}} / 확인: 팀장 {{p:서경아}}
대상자: {{r:한명옥}} (여, 48세, 2022년 9월 {{u:하나원}} 수료, 사례번호 22-117)

| 구분 | 11월 내용 | 비고 |
|---|---|---|
| 주거 | {{u:인천}} {{u:남동구}} 임대아파트. 관리비 체납 없음. | 11/14 가정방문 |
| 취업 | 요양보호사 양성과정 수강 중(출석률 92%). | 12월 시험 |
| 건강 | 11/8 {{u:가천대 길병원}} 정형외과(오른손목, 재봉 작업 후유증). 11/22 정신건강의학과 상담 1회. | 담당의 {{p:구본영}} |
| 가족 | 딸 {{r:리은별}}(19) {{u:북한}} 거주. 송금 문제 상담. | 아래 참조 |
| 기타 | 자조모임 11/28 참석. | |

1. 경과
11월 3일 전화 상담. {{r:한명옥}} 님은 {{u:한국}} 생활이 1년을 넘겼지만 "아직도 밤이면 미싱 소리가 들린다"고 함. {{r:명옥}} 님은 2015년부터 2018년까지 {{u:중국}} {{u:단둥}}의 의류공장에 파견되어 하루 14시간 이상 일했다고 이미 {{u:하나원}} 면담에서 진술한 바 있음.

11월 14일 가정방문. 대상자가 공장 시절 같은 방을 쓴 {{r:옥선화}} 님과 최근 연락이 닿았다며 기뻐함. {{r:옥선화}} 님은 2019년 입국하여 현재 {{u:대구}}에 거주한다고 함. 두 사람은 공장 책임자였던 {{r:방길남}}에 대해 이야기하다가 함께 울었다고 함. 대상자의 말: "{{r:방}} 지도원은 밤마다 방을 돌면서 편지를 뒤졌어요. 한 명이라도 울면 그 방 전체가 자아비판을 했어요." 대상자는 {{r:방}}가 이야기를 할 때 손을 떨었음. 상담 중 "{{r:선화}}가 아니었으면 나는 거기서 죽었어요"라는 말을 여러 번 함.

11월 20일 동행. 구청 복지과에서 긴급생계비 관련 상담(담당 주무관 {{p:김다은}}). 한국어 서류 작성에 어려움이 있어 사례관리사가 대신 작성을 도움.

11월 22일 정신건강의학과 상담. {{p:구본영}} 전문의 소견: 외상후 스트레스 증상, 수면제 단기 처방. 대상자는 약을 먹으면 "딸 꿈을 못 꿔서 싫다"고 함.

2. 가족 및 송금
딸 {{r:리은별}}은 {{u:신의주}}에 거주. 대상자는 중개인 "{{p:최}} 사장"을 통해 분기마다 송금하고 있으나, 9월 송금분(150만 원)이 전달되지 않았다고 함. {{p:최}} 사장은 "{{u:혜산}} 쪽 사람이 잡혔다"고만 설명함. 대상자는 {{r:은별}}이가 걱정되어 잠을 못 잔다고 함. 사례관리사는 송금 관련 법적 위험을 다시 안내하였음.
전 남편 {{p:리성호}}는 2017년 사망(대상자 진술).

3. 위기도 평가
중간(변동 없음). 자해 위험 낮음. 다만 "한 명이라도 의지할 사람이 있으면 좋겠다"는 말을 반복하여 자조모임 참여를 계속 권유함. 자조모임 진행자 {{p:강은혜}} 선생님께 대상자를 소개함.

4. 12월 계획
- 요양보호사 시험 응시 지원(시험장 동행: {{p:문지현}})
- {{u:남북하나재단}} 취업 연계 프로그램 신청
- {{r:옥선화}} 님과의 만남 주선 여부 대상자와 협의({{u:대구}} 방문 교통비 지원 검토)
- 송금 문제는 법률 상담 연계(변호사 {{p:하윤석}})

이상.""",
    },
    {
        "id": "h38-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kwak Il-nam", "곽일남", "witness", ["일남"]),
            ("To Myong-gil", "도명길", "coworker", []),
            ("Myong Sun-ae", "명순애", "relative", []),
        ],
        "note": "Petition for leniency (탄원서) to a criminal court, with a list of fifteen signatories; wife's surname 명 beside 열다섯 명이라, 맹세합니다, 이상과 같은, 나 beside the surname 나, affectionate 일남이 형, fictional judge and victim private.",
        "text": """탄 원 서

사    건: 2023고단1187 폭행
피 고 인: {{r:곽일남}} (1976년생)
탄 원 인: 대표 {{p:심재민}} 외 14명
수    신: {{u:수원지방법원 안산지원}} 형사단독 {{p:류지훈}} 판사님

존경하는 재판장님,

저희는 피고인 {{r:곽일남}}과 함께 일하고 함께 살아온 이웃, 직장 동료, 그리고 같은 {{u:북한}} 출신 탈북민들입니다. 탄원인이 모두 열다섯 명이라 일일이 인사를 드리지 못하는 점 양해하여 주시기 바랍니다.

피고인 {{r:곽일남}}은 2011년부터 2019년까지 {{u:러시아}} {{u:아무르주}}의 벌목장과 {{u:모스크바}} 인근 건설 현장에 파견되어 일했습니다. 그곳에서 그는 하루 열여섯 시간씩 일했고, 임금은 거의 받지 못했으며, 동료가 나무에 깔려 죽는 것을 두 번이나 보았습니다. 함께 벌목장에서 일했던 탄원인 {{r:도명길}}은 "{{r:일남}}이 형은 그때 죽은 동생을 자기 손으로 묻었다"고 말합니다.

2023년 6월 피고인은 {{u:안산}}의 공장에서 야간 근무 중 동료 {{p:석진우}} 씨와 말다툼 끝에 그의 어깨를 밀쳐 넘어지게 하였습니다. 피고인은 그 순간 {{p:석진우}} 씨가 고함치는 모습에서 벌목장 작업반장의 얼굴을 보았다고 합니다. 피고인은 다음 날 스스로 사과하였고, {{p:석}} 씨는 이미 처벌을 원하지 않는다는 처벌불원서를 제출하였습니다. {{p:진우}} 씨 역시 이 탄원서에 서명하였습니다.

피고인의 처 {{r:명순애}}는 2020년 먼저 {{u:한국}}에 왔고, 피고인은 아내를 찾아 2021년에 입국하였습니다. {{r:명순애}} 씨는 남편이 {{u:한국}}에 온 뒤로도 밤마다 "나무 넘어간다!" 하고 소리치며 깬다고 말합니다. 피고인은 현재 {{u:고려대학교 안산병원}}에서 외상후 스트레스 장애 치료를 받고 있으며, 치료를 빠지지 않고 다니고 있습니다.

저희 탄원인들은 피고인이 다시는 이런 일을 저지르지 않도록 곁에서 돌보고 함께할 것을 맹세합니다. 나 자신도 북에서 온 사람이라, 피고인의 고통을 누구보다 잘 압니다(탄원인 대표 {{p:심재민}}).

이상과 같은 사정을 헤아려 주시어 피고인 {{r:곽일남}}에게 최대한 관대한 처분을 내려 주시기를 간곡히 탄원합니다.

2023년 10월 16일

탄원인 명단
1. {{p:심재민}} (북한이탈주민 쉼터 운영, {{u:안산시}} 단원구)
2. {{r:도명길}} (피고인의 벌목장 동료)
3. {{p:석진우}} (피해자, 공장 동료)
4. {{p:한상욱}} (공장 반장)
5. {{p:류정화}} (이웃)
6. {{p:엄기태}} (교회 집사)
7. {{p:나순덕}} (이웃)
8. {{p:표성진}} (공장 동료)
9. {{p:진경란}} (탈북민 자조모임)
10. {{p:채동혁}} (탈북민 자조모임)
11. {{p:Nguyen Van Hung}} (공장 동료, {{u:베트남}})
12. {{p:Ravshan Tursunov}} (공장 동료, {{u:우즈베키스탄}})
13. {{p:우금단}} (이웃)
14. {{p:길해련}} (북한이탈주민 상담사)
15. {{r:명순애}} (피고인의 처)

첨부: 처벌불원서 1부({{p:석진우}}), 진료확인서 1부, 재직증명서 1부

※ 탄원인 {{p:나순덕}}의 덧붙임: "나는 {{r:일남}}이를 어릴 때부터 안 사람은 아니지만, 이 사람이 우리 집 보일러를 고쳐 주고 돈을 한 푼도 안 받은 사람이라는 것은 압니다."
※ 탄원인 {{r:도명길}}의 덧붙임: "벌목장 반장 {{p:차}}가 우리를 때릴 때 형이 대신 맞았습니다. 그 형이 사람을 일부러 다치게 할 사람이 아닙니다."
(끝)""",
    },
    {
        "id": "h38-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Maeng Chol-ho", "맹철호", "witness", ["철호"]),
            ("Ryu Ki-song", "류기성", "supervisor", ["기성"]),
            ("Namgung Hyok", "남궁혁", "coworker", ["혁"]),
        ],
        "note": "Oral-history transcript with speaker codes 면1/면2/구, Kuwait housing site; witness surname 맹 explained via Mencius (surname discussed as a word) and 맹세코; two-syllable surname 남궁 discussed; one-syllable given name 혁 with 이/아/씨; 기성이 said behind the leader's back; 서른두 명이라; 이상으로; Kuwaiti, Indian, Bangladeshi, Egyptian and Pakistani names in Hangul; a fictional consul; long.",
        "text": """녹 취 록

과제명: 해외 파견 {{u:북한}} 노동자 구술 기록 (2022년도)
구술자 코드: KW-07
면담 일시: 2022. 7. 19. 14:00~16:40 / 장소: {{u:서울}} 사무실 2층 면담실
면담자: 면1 {{p:정다운}}, 면2 {{p:허은채}}
구술자: 구 ({{r:맹철호}}, 1981년생, {{u:함경남도}} {{u:단천}} 출신)
※ [ ]는 녹취자 주. 구술자 요청에 따라 녹취 후 일부 인명 철자를 확인함.

면1: 녹음 시작하겠습니다. 오늘은 7월 19일이고요. 선생님 성함을 한 번만 말씀해 주시겠어요?
구: {{r:맹철호}}입니다. {{u:맹자}} 할 때 맹, 밝을 철, 넓을 호.
면1: 네, {{r:맹철호}} 선생님. {{u:쿠웨이트}}에는 언제 가셨어요?
구: 2013년 3월이요. {{u:평양}}에서 {{u:베이징}} 거쳐서 {{u:두바이}}, 거기서 {{u:쿠웨이트}}. 우리 조가 서른두 명이라 비행기 뒤쪽을 다 채웠어요. 다들 비행기는 처음이라 창문에 붙어서.
면1: 현장은 어디였어요?
구: {{u:자흐라}} 쪽 주택단지요. {{u:쿠웨이트}} 회사 밑에 {{u:인도}} 회사가 있고, 그 밑에 우리가 있고. 우리는 맨 밑이죠.
면2: 반장은 누구였어요?
구: {{r:류기성}}이라고. 우리보다 열 살 많았어요. {{r:류}} 반장. 우리끼리는 뒤에서 "{{r:기성}}이"라고 불렀지. 앞에서는 못 하고. [웃음]
면1: {{r:류기성}} 반장은 어떤 사람이었어요?
구: 어떤 사람이냐면... 돈 앞에서는 사람이 아니었어요. 한 달에 백이십 디나르 나온다고 했는데, 손에 들어오는 건 십 디나르, 십오 디나르. 나머지는 충성자금, 당자금, 숙소비. {{r:류}} 반장이 장부를 들고 와서 읽어 주는데, 다 읽고 나면 남는 게 없어요.
면2: 충성자금 이야기를 좀 더 해 주시겠어요?
구: {{u:김정은}} 생일이 1월 8일이잖아요. 그 전에 "충성의 선물"이라고 한 사람당 오십 디나르씩. 그달은 아무것도 못 받았어요. {{r:기성}}이가 그걸 제일 먼저 걷었어요.
면1: 같이 일하신 분 중에 기억나는 분이 있으세요?
구: {{r:남궁혁}}이. 남궁, 두 글자 성이요. 남쪽에도 있지요? 우리는 그냥 "{{r:혁}}이"라고 했어요. 스물둘인가 셋인가. {{u:함흥}} 애였는데 노래를 잘했어요.
면2: 숙소는 어땠어요?
구: 컨테이너 숙소. 한 방에 열두 명. 에어컨 하나. {{r:혁}}이하고 나하고는 이층 침대 위아래였어요. {{r:혁}}이가 위에서 밤마다 노래를 불렀어요. "{{r:혁}}아, 자라" 하면 "형님, 한 곡만" 하고.
면1: 식사는요?
구: 우리가 해 먹었어요. 취사원이 {{p:구달수}}라고... {{p:달수}} 아바이가 밥을 했는데, 쌀이 모자라면 {{u:인도}} 사람들 식당에서 남은 밥을 얻어 왔어요. {{u:인도}} 감독 {{p:라지}} 씨가 그걸 모른 척해 줬어요.
면2: {{r:혁}} 씨는 지금 어디 있는지 아세요?
구: 몰라요. 그게 제일... [침묵 5초] {{r:혁}}이는 2015년 여름에 떨어졌어요. 비계에서.
면1: 괜찮으시면 그 이야기를 조금 해 주시겠어요?
구: 팔월이었어요. 한낮에 오십 도 가까이 되는데, {{u:쿠웨이트}}는 여름 낮에는 일 못 하게 법이 있다고 하더라고요. {{p:라지}} 씨가 그랬어요. 열두 시부터 네 시까진 쉬어야 한다고. 근데 {{r:류기성}}이가 "계획 못 채우면 너희 다 돌려보낸다" 하니까 다 올라갔지. {{r:혁}}이가 어지럽다고 하더니 그냥... 삼층에서.
면1: 병원에는 갔어요?
구: {{p:라지}} 씨가 구급차를 부르자고 하는데 {{r:류}} 반장이 안 된다고. 경찰 오면 안 된다고. 그래서 우리 스폰서 회사 {{u:쿠웨이트}} 사람 {{p:아부 칼리드}}가 자기 차에 태워서 {{u:자흐라 병원}}에 데려갔어요. {{u:이집트}} 의사가 {{p:마흐무드}}라고 했는데, {{p:마흐무드}} 선생이 어떻게 다쳤냐고 물어보니까 {{r:류}} 반장이 옆에서 "집에서 넘어졌다" 하라고.
면2: {{r:혁}} 씨는 그 뒤에 어떻게 됐어요?
구: 다리 두 군데가 부러지고. 한 달을 숙소에 누워 있다가 귀국했어요. 귀국이라는 게... 돌아가서 어떻게 됐는지 아무도 몰라요. {{r:혁}}이 엄마 이름이 {{p:염복순}}인데, 혹시 그 이름 들으시면 알려 주세요.
면1: 네, 기록해 두겠습니다.
구: 그리고 보위원. {{p:지경수}}라고. {{p:지}} 보위원은 우리 숙소 옆방에 살았어요. 밤에 {{u:방글라데시}} 아이들하고 말하면 다음 날 총화 시간에 걸려요. {{p:카림}}이라고 {{u:방글라데시}} 청소부가 있었는데, 그 사람이 담배를 나눠 줬어요. {{p:카림}}하고 웃었다고 나 자아비판을 세 번 했어요.
면2: 자아비판은 어떻게 하는 건가요?
구: 모여 앉아서 자기 잘못을 말하고, 다른 사람이 또 비판하고. {{p:지경수}}가 맨 앞에 앉아서 다 적고. 그게 {{u:평양}}으로 올라가요.
면1: {{u:쿠웨이트}} 사람들하고는 접촉이 있었어요?
구: 거의 없었어요. {{p:아부 칼리드}}는 한 달에 한 번 와서 {{r:류}} 반장하고 차를 마시고 갔어요. 돈 봉투. 우리 월급이 {{p:아부 칼리드}} 손에서 {{r:류기성}} 손으로 가는 걸 내 눈으로 봤어요.
면1: 혹시 도망칠 생각은 해 보셨어요?
구: 맹세코 그때는 안 했어요. 가족이 있으니까. 내 처 {{p:한금옥}}이하고 딸 {{p:맹지혜}}가 {{u:단천}}에 있었으니까.
면1: 그럼 언제 결심하셨어요?
구: 2016년에 {{r:류}} 반장이 바뀌었어요. 새 반장은 {{p:탁}}가였는데 더 나빴어요. 우리 쪽 사람 한 명이 도망갔다고, 그 사람 때문에 다 외출 금지. 그 도망간 사람이 {{p:봉학수}}라고, {{p:학수}}는 나중에 {{u:한국}} 와서 다시 만났어요. {{p:학수}}가 도망가기 전에 담뱃갑 안쪽에 대사관 전화번호를 적어서 내 베개 밑에 넣어 놨더라고요.
면2: 그 번호로 전화하셨어요?
구: 전화기가 없었지요. 2017년 2월에 {{u:쿠웨이트시티}} 시장에 물건 사러 간 날, {{p:샤히드}}라는 {{u:파키스탄}} 택시 기사한테 담뱃갑을 보여 줬어요. "코리아, 사우스 코리아." {{p:샤히드}}가 알아듣고 거기까지 태워 줬어요. 돈도 안 받고.
면1: 대한민국 대사관으로요?
구: 네. {{u:주쿠웨이트 대한민국 대사관}}. 거기서 {{p:오}} 영사님이 나를 받아 줬어요. {{p:오}} 영사님은 나보다 키가 작았는데, [웃음] 그날은 제일 커 보였어요.
면2: {{u:한국}}에는 언제 오셨어요?
구: 2017년 5월. {{u:인천공항}}으로.
면1: 마지막으로 하고 싶은 말씀이 있으세요?
구: {{r:류기성}}이가 이 녹음을 들을 일은 없겠지만... 나는 그 사람도 불쌍하다고 생각해요. 그 사람도 위에서 내려오는 계획에 목이 매인 사람이니까. 근데 {{r:혁}}이한테 한 건 용서 못 해요. 그리고 {{r:남궁혁}}이 살아 있으면, {{r:철호}} 형이 여기 있다고. 그것만.
면1: 네. 이상으로 녹음을 마치겠습니다. 감사합니다.
[녹음 종료 16:40]

녹취 작성: {{p:허은채}} (2022. 7. 22.)
구술자 확인: 2022. 8. 3. 전화 확인. 구술자가 "{{r:류}} 반장 이름은 그대로 두라"고 함. {{r:혁}} 씨 어머니 이름({{p:염복순}})은 공개 자료에서 삭제하기로 함.""",
    },
    {
        "id": "h38-ko-05",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Hwangbo Chol", "황보철", "witness", ["철"]),
            ("Mo Kwang-il", "모광일", "supervisor", []),
            ("Kyong Song-nam", "경성남", "coworker", ["성남"]),
        ],
        "note": "Handwritten statement (진술서) typed up with original line breaks, [판독불가] and [?] marks; two-syllable surname 황보 with a one-syllable given name, spaced 황 보 철 in the signature, a supervisor's name broken across a line, a name partly illegible, 성남 as given name next to the city 성남, 맹세합니다 and 이상.",
        "text": """진 술 서
(자필 진술서를 타자로 옮김. 원문의 줄바꿈과 맞춤법을 그대로 두었음. [판독불가]는 읽을 수 없는 글자, [?]는 불확실한 글자. 옮긴이 {{p:차은비}})

성 명: {{r:황보철}}
생년월일: 1985. 4. 31.
주 소: {{u:경기도}} {{u:성남시}} 중원구 (이하 생략)

나 {{r:황보철}}은 2012년 9월부터 2018년 [판독불가]월까지
{{u:로씨야}} {{u:쌍뜨뻬쩨르부르그}}(상트페테르부르크) 건설장에서 일하였다.
우리 작업반은 24명이였고 반장은 {{r:모광
일}}이였다. {{r:모}} 반장은 매달 말일에 우리를 모아
놓고 계획 수행 정형을 말하였는데 계획을 못하면
그달 생활비는 없다고 하였다.

나와 제일 가까운 동무는 {{r:경성남}}이였다. {{r:성남}}이는
{{u:함경북도}} {{u:김책}} 사람으로 나보다 두 살 아래다.
지금 내가 사는 곳이 {{u:성남}}이라 처음 왔을 때 {{r:성남}}이
생각이 나서 많이 울었다.

2016년 겨울(12월 [?]일) 아파트 14층 외벽 작업중에
{{r:경성남}}이 발판과 함께 떨어졌다. 안전띠는
없었다. {{r:모광일}} 반장은 {{u:로씨야}} 사람 감독
{{p:쎄르게이}}에게 "혼자 [판독불가] 넘어졌다"고 말하라고
우리에게 시켰다. {{p:쎄르게이}}는 우리말을 몰랐다.
같이 있던 {{u:우즈베크}} 사람 {{p:루스탐}}이 구급차를 불렀다.
{{r:성남}}이는 병원에서 사흘만에 죽었다. 시신은 [판독불가]
[판독불가] 화장하였다고 {{r:모}} 반장이 말하였다.

그 뒤로 나는 {{r:모}} 반장 얼굴을 보기 싫었다. {{r:모}} 반장은
{{r:성남}}이 일을 말하는 사람은 "조국에 돌려보낸다"고 하였다.
작업반 보위지도원 {{p:김[판독불가]}}도 같은 말을 하였다.

2018년 봄, 나는 같은 방 {{p:박영[?]}}과 함께 현장을
나왔다. {{p:박}}은 중간에 잡혔다고 들었다. 나는
교회 사람 {{p:안드레이}} 집사의 도움으로 [판독불가]를 거쳐
{{u:한국}}에 왔다.

{{r:성남}}이 어머니 {{p:곽정희}}는 {{u:김책시}}에 있다. 아들이
어떻게 죽었는지 모를 것이다. 언젠가 알려 주고 싶다.

위 진술은 사실과 틀림없음을 맹세합니다. 이상.

2021년 3월 2일
진술인  {{r:황 보 철}}  (서명)

[옮긴이 주] 생년월일의 "4. 31."은 원문 그대로임(4월에는 31일이 없음). 진술인에게 확인 예정.""",
    },
    {
        "id": "h38-ko-06",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Sin Kyong-chol", "신경철", "witness", ["경철"]),
            ("Ri Pong-nam", "리봉남", "supervisor", []),
            ("Jo Sang-hun", "조상훈", "coworker", ["상훈"]),
        ],
        "note": "Brigade dormitory room allocation table copied from a notice board, pipe columns with bed numbers, trades and a health column full of 이상 없음; names 이상철 and 한국진 beside 이상 and 한국, surname 표 beside 이 표, surname 방 in a 방 배정 context, witness's own annotations with 상훈이 형.",
        "text": """숙소 배정표 (2019년 4월, 제3작업반)
※ {{r:신경철}}이 현장 게시판 사진을 보고 옮겨 적은 것. 원본 사진은 사건철 7번.

총반장: {{r:리봉남}} / 작업반장: {{p:윤덕삼}} / 보위지도원: {{p:표창길}} (지도원실 별도)
현장: {{u:블라디보스토크}} 아파트 신축, 숙소는 현장 옆 3층 건물 2층
총인원 32명 (방마다 8명)

[201호] 조장 {{p:윤덕삼}}
| 침대 | 성명   | 직종 | 건강       | 비고          |
| 1    | {{p:윤덕삼}} | 미장 | 이상 없음  | 조장          |
| 2    | {{p:이상철}} | 미장 | 이상 없음  |               |
| 3    | {{p:한국진}} | 타일 | 허리       | 야간 제외     |
| 4    | {{p:방명수}} | 미장 | 이상 없음  |               |
| 5    | {{p:엄경호}} | 미장 | 이상 없음  |               |
| 6    | {{p:최룡}}   | 잡부 | 이상 없음  | 취사 보조     |
| 7    | {{p:리경식}} | 타일 | 감기       |               |
| 8    | {{p:마동훈}} | 잡부 | 이상 없음  | 신입(3월)     |

[202호] 조장 {{p:계형준}}
| 1    | {{p:계형준}} | 철근 | 이상 없음  | 조장          |
| 2    | {{p:남기복}} | 철근 | 이상 없음  |               |
| 3    | {{p:오석}}   | 철근 | 손가락     | 4/11 부상     |
| 4    | {{p:변준호}} | 철근 | 이상 없음  |               |
| 5    | {{p:태용만}} | 철근 | 이상 없음  |               |
| 6    | {{p:지성근}} | 잡부 | 이상 없음  |               |
| 7    | {{p:육광철}} | 잡부 | 이상 없음  |               |
| 8    | {{p:함덕수}} | 철근 | 이상 없음  |               |

[203호] 조장 {{r:조상훈}}
| 1    | {{r:조상훈}} | 용접 | 이상 없음  | 조장          |
| 2    | {{r:신경철}} | 용접 | 손 화상    | 5/2 병원(?)   |
| 3    | {{p:김 철 웅}} | 용접 | 이상 없음  |               |
| 4    | {{p:성대호}} | 용접 | 이상 없음  |               |
| 5    | {{p:기명국}} | 잡부 | 이상 없음  |               |
| 6    | {{p:동성일}} | 용접 | 눈         | 보안경 없음   |
| 7    | {{p:여운학}} | 잡부 | 이상 없음  |               |
| 8    | {{p:추광}}   | 용접 | 이상 없음  |               |

[204호] 조장 {{p:금태혁}}
| 1    | {{p:금태혁}} | 목수 | 이상 없음  | 조장          |
| 2    | {{p:선우진}} | 목수 | 이상 없음  |               |
| 3    | {{p:피창수}} | 목수 | 이상 없음  |               |
| 4    | {{p:명길수}} | 목수 | 허리       |               |
| 5    | {{p:반성호}} | 목수 | 이상 없음  |               |
| 6    | {{p:하진}}   | 잡부 | 이상 없음  | 19세          |
| 7    | {{p:옥태산}} | 목수 | 이상 없음  |               |
| 8    | {{p:설무진}} | 목수 | 이상 없음  |               |

[지도원실] {{p:표창길}}, {{r:리봉남}}

※ {{r:경철}}(본인) 메모
- 203호는 용접조. {{r:상훈}}이 형이 조장이었다. {{r:조상훈}}은 나를 동생처럼 대해 줬다.
- 방 배정은 {{r:리봉남}} 총반장이 했다. 창문 있는 방은 20달러, 화장실 가까운 방은 10달러를 {{r:리}} 총반장에게 내야 했다. 그래서 201호에 돈 있는 사람들이 몰렸다.
- {{p:표}} 지도원은 이 표를 매주 새로 붙이면서 사람을 바꿨다. 말 많은 사람은 지도원실 옆방으로.
- "건강" 칸은 거의 다 "이상 없음"이었지만 실제로 이상 없는 사람은 몇 명 안 됐다. 아파도 "이상 없음"이라고 써야 일을 시켜 주고, 일을 해야 돈이 나온다.
- 204호 {{p:하진}}이는 열아홉 살이었다. 나이를 속이고 왔다. {{p:진}}이는 매일 밤 엄마 이야기를 했다.
- 202호 {{p:오석}}의 손가락 부상(4/11)은 철근 절단기 사고. {{r:리봉남}}은 {{p:오석}}을 병원에 보내지 않았다.
- 5/2 내 손 화상 때는 {{r:상훈}}이 형이 {{r:리}} 총반장에게 울면서 사정해서 병원에 갔다.""",
    },
    {
        "id": "h38-ko-07",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Tak Mi-hyang", "탁미향", "witness", ["미향"]),
            ("Tak Song-ryong", "탁성룡", "relative", ["성룡", "곰"]),
        ],
        "note": "SMS backup export between a resettled sister and a broker in China, with bank and remittance notifications; brother's registered nickname 곰 beside 곰 인형, 성룡이 with the affectionate 이, broker saved as 김사장 (title outside), fullwidth capitals in a remittance notice, 이상한 as a word, a Russian helper and an account-holder name in a bank SMS.",
        "text": """[SMS 백업] 대화 상대: {{p:김}}사장({{u:중국}}) +86 13x xxxx xxxx 외 2
내보낸 날짜: 2022-11-03 22:41 / 메시지 41개 중 발췌 (사건 관련 부분만, 작성 {{p:한지수}})

2022-09-14 09:12 [나] {{p:김}}사장님 {{r:성룡}}이 소식 있어요?
2022-09-14 11:40 [{{p:김}}사장] 아직 연락없음. 현장 옮겼다고 들었음. {{u:블라디}} 아니고 {{u:나홋카}}래
2022-09-14 11:41 [나] {{u:나홋카}}요? 거기는 왜요
2022-09-14 11:55 [{{p:김}}사장] 새 현장. 반장이 바뀜. 전 반장 {{p:계}}씨는 귀국
2022-09-14 11:56 [나] {{r:곰}}이 잘 있대요? 밥은 먹는대요?
2022-09-14 12:30 [{{p:김}}사장] {{r:곰}}? 누구
2022-09-14 12:31 [나] 우리 {{r:성룡}}이요 ㅎㅎ 어릴 때부터 {{r:곰}}이라고 불렀어요
2022-09-14 12:33 [{{p:김}}사장] ㅇㅋ. 돈 보내면 물어봄
2022-09-15 14:22 [Web발신] [{{u:KB}}]09/15 14:22 {{r:탁미향}}님 출금 500,000원 {{p:진옥련}}
2022-09-15 14:25 [나] 보냈어요 오십. {{p:진옥련}} 이름으로
2022-09-15 16:02 [{{p:김}}사장] 확인
2022-09-22 21:47 +7 914 xxx xxxx: 누나 나 {{r:성룡}}이. 이 번호 {{p:알렉세이}} 꺼. 답장하지마
2022-09-22 21:48 +7 914 xxx xxxx: 나 괜찮아. {{p:계}}반장 가고 새 반장 {{p:엄}}가. 더 나빠
2022-09-22 21:50 +7 914 xxx xxxx: 곰 인형 아직 있어? 엄마가 사준거
2022-09-22 21:52 [나] {{r:성룡}}아!!!! 있어 내 방에 있어
2022-09-22 21:52 [나] 답장하지 말라는데 해버렸네 미안
2022-09-23 08:10 [{{p:김}}사장] 동생 연락 왔지? {{p:알렉세이}} 폰은 쓰지 말라고 해. 그 {{u:러시아}} 애 믿으면 안됨
2022-09-23 08:15 [나] 네 알겠어요
2022-10-02 10:03 [Web발신] [{{u:Золотая Корона}}] Перевод выдан. Получатель: {{r:ＴＡＫ ＳＯＮＧ ＲＹＯＮＧ}}. 15 000 RUB
→ 수취인 표기: {{r:ＴＡＫ ＳＯＮＧ ＲＹＯＮＧ}}
2022-10-02 10:20 [나] {{p:김}}사장님 이거 뭐예요? 나는 루블 보낸 적 없는데
2022-10-02 11:41 [{{p:김}}사장] 그거 내가 보낸거. 현지에서 직접 줘야 반장이 못 뺏음
2022-10-02 11:42 [나] 고마워요
2022-10-19 23:58 [나] 사장님 어제 이상한 사람이 전화했어요. 한국말 하는 남자. {{r:성룡}}이 누나 맞냐고
2022-10-20 07:30 [{{p:김}}사장] 받지마. 번호 바꿔
2022-10-20 07:31 [{{p:김}}사장] {{r:미향}}씨 지금 당장
2022-10-20 07:35 [나] 무서워요
2022-10-20 09:12 [나] 번호 바꾸면 {{r:성룡}}이가 못찾잖아요
2022-10-20 09:40 [{{p:김}}사장] 내가 알려줌. 걱정마
2022-11-01 19:05 +7 914 xxx xxxx: 누나 {{p:엄}}반장이 폰 검사함. 당분간 연락 못함. {{p:알렉세이}}한테 고맙다고 해줘. {{r:곰}}이 간다

[작성자 메모] 마지막 문자 이후 {{r:탁성룡}}과 연락 두절. {{r:탁미향}} 씨가 상담 중 "{{r:곰}}이 간다"는 동생이 어릴 때 집을 나설 때 하던 말이라고 함.""",
    },
    {
        "id": "h38-ko-08",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ku Yong-ran", "구영란", "witness", ["영란"]),
            ("Pyon Hak-chol", "변학철", "coworker", []),
            ("Ji Yong-dok", "지영덕", "supervisor", []),
        ],
        "note": "Self-help group meeting minutes; surname 구 beside 남동구 and 구청, 지 beside 지난달 and 지원, a given name 순이 whose 이 belongs to the name, sister-style 언니/형님 after names, a grandchild by given name only, organisation names real, caseworker private.",
        "text": """탈북민 자조모임 「봄길」 11월 정기모임 회의록

일시: 2023. 11. 28.(화) 19:00~21:10
장소: {{u:인천}} {{u:남동구}} 구청 옆 복지관 3층 소모임실
진행: {{p:강은혜}} (상담사) / 기록: {{p:용혜진}}
참석(11명): {{r:구영란}}, {{r:변학철}}, {{p:우정숙}}, {{p:마경애}}, {{p:장순이}}, {{p:노영철}}, {{p:문해성}}, {{p:한명옥}}, {{p:남도희}}, {{p:강은혜}}, {{p:용혜진}}
불참: {{p:국진만}}(야간 근무), {{p:설봉녀}}(병원)

1. 근황 나누기
- {{r:구영란}}: 지난달 요양보호사 시험에 합격. 모두 박수. {{r:영란}} 언니는 "{{u:중국}}에서 미싱 돌릴 때는 이런 날이 올 줄 몰랐다"고 함.
- {{r:변학철}}: 겨울이라 현장 일이 줄어서 걱정. {{u:러시아}}에서 같이 일했던 {{r:지영덕}} 반장 이야기가 나오면 아직도 밤에 잠을 못 잔다고 함. {{r:변}} 선생님은 이번 달부터 병원 상담을 받기로 함.
- {{p:장순이}}: 손녀 {{p:하윤}}이 돌잔치. {{p:순이}} 형님이 떡을 가져옴.
- {{p:한명옥}}: 사례관리사 선생님과 {{u:대구}} 가는 일정 잡힘(공장 동료 만나러).
- {{p:노영철}}: 구청 일자리 지원 사업 면접 봄. 결과 기다리는 중.
- {{p:우정숙}}, {{p:마경애}}: 특별한 일 없음. {{p:경애}} 씨는 김장 이야기만 함. (웃음)

2. 안건: 「해외 파견 노동 증언 자료집」 참여 여부
- {{p:강은혜}} 선생님이 {{u:북한인권정보센터}}와 다른 단체에서 진행하는 자료 수집을 소개함. 이름은 모두 지우고, 본인이 원하면 실명도 가능.
- {{r:변학철}}: 참여하겠다. 다만 {{r:지영덕}}의 이름은 꼭 넣어 달라. "{{r:지}} 반장이 우리 월급 장부를 두 개 썼다. 하나는 {{u:러시아}} 회사 보여 주는 것, 하나는 {{u:평양}}에 올리는 것." 지원 물품을 받은 적이 없다고 함.
- {{r:구영란}}: 참여는 하되 가명으로. 딸이 아직 {{u:북한}}에 있음. 공장 반장 이름은 말하지 않겠다고 함.
- {{p:문해성}}: {{u:쿠웨이트}}에서 같이 일한 사람이 {{u:한국}}에 있는데 소개해 주겠다고 함. 그 사람 이름은 {{p:표광수}}, 지금 {{u:평택}}에 있음.
- {{p:남도희}}: 자료집이 나오면 {{u:통일부}}에도 가느냐고 질문. {{p:강은혜}} 선생님이 확인하기로 함.
- 결론: 참여 희망자 4명({{r:변학철}}, {{r:구영란}}, {{p:문해성}}, {{p:노영철}}). 12월 중 개별 면담.

3. 12월 김장 행사
- 일시: 12/9(토) 10시, 복지관 1층
- 배추: {{p:마경애}}, {{p:우정숙}} 담당 / 양념: {{p:장순이}}, {{p:한명옥}} / 운반: {{r:변학철}}, {{p:노영철}}
- 복지관 {{p:옥다슬}} 팀장님께 장소 협조 요청 완료
- {{u:남북하나재단}} 지원금 신청은 {{p:용혜진}}이 맡음

4. 기타
- {{p:국진만}} 씨가 야간 근무 때문에 못 오는 달이 많음. 모임 시간을 토요일 낮으로 바꾸자는 의견이 나옴({{p:우정숙}}). 다음 달에 다시 논의.
- {{r:영란}} 언니 합격 축하 케이크 비용 3만 원은 모임 회비에서.

다음 모임: 2023. 12. 26.(화) 19:00
기록자: {{p:용혜진}} / 확인: {{p:강은혜}}""",
    },
    {
        "id": "h38-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yon Sung-ho", "연승호", "witness", ["승호"]),
            ("O Pok-hui", "어복희", "relative", []),
            ("Pyon Tong-uk", "편동욱", "coworker", ["동욱"]),
        ],
        "note": "Memorial service programme (추모예배 순서지) with order of service, biography, eulogy and family list; deceased honoured with 故, surname 어 in running prose, 형님 after a given name, Russian logging towns, a brigade leader known by surname, church officers private.",
        "text": """故 {{r:연승호}} 성도 1주기 추모예배

일시: 2024년 4월 6일(토) 오후 3시
장소: 새빛교회 소예배실
인도: {{p:한성진}} 목사

■ 예배 순서
묵상기도 ······························· 다 같이
찬송 ·································· 493장 「하늘 가는 밝은 길이」
기도 ·································· {{p:남궁현}} 장로
성경봉독 ······························ 요한복음 14:1-3 ({{p:노은정}} 집사)
고인 약력 소개 ························· {{p:소덕배}} 안수집사
추모사 ································ {{r:편동욱}} (고인의 벌목장 동료)
말씀 ·································· 「내 아버지 집에 거할 곳이 많도다」 {{p:한성진}} 목사
유족 인사 ····························· {{r:어복희}} (고인의 아내)
찬송 ·································· 606장 「해보다 더 밝은 저 천국」
축도 ·································· {{p:한성진}} 목사

■ 고인 약력
1968년 {{u:함경북도}} {{u:길주}}에서 태어났습니다.
1999년부터 2008년까지 {{u:러시아}} {{u:아무르주}} {{u:틴다}}와 {{u:하바롭스크}} 변강의 벌목장에서 일했습니다.
2010년 {{u:중국}}을 거쳐 2011년 {{u:한국}}에 왔고, {{u:하나원}}을 수료한 뒤 {{u:부천}}에 정착했습니다.
2012년 {{r:어복희}} 자매와 결혼하여 1남 1녀를 두었습니다.
2014년 새빛교회에 등록하여 세례를 받았고, 주차 봉사와 북한선교부 봉사를 10년 가까이 섬겼습니다.
2023년 4월 7일, 벌목장에서 얻은 폐 질환으로 {{u:서울아산병원}}에서 소천하였습니다. 향년 55세.

■ 추모사 (요약)
{{r:승호}} 형님, 저 {{r:동욱}}이입니다. 형님을 처음 만난 것은 2001년 겨울 {{u:틴다}}였습니다. 우리 작업반 반장은 {{p:공}}가였는데, {{p:공}} 반장은 아픈 사람도 숲으로 내몰았습니다. 형님은 열이 나는 저 대신 톱을 잡아 주셨고, 저는 그 빚을 아직 갚지 못했습니다. 형님이 먼저 {{u:중국}}으로 넘어가셨을 때 저는 형님이 죽은 줄 알았습니다. 2013년 {{u:부천}}역 앞에서 형님이 "{{r:동욱}}아!" 하고 부르셨을 때, 저는 귀신을 본 줄 알았습니다. 형님, 이제 춥지 않은 곳에 계시지요. 형수님과 {{p:준서}}, {{p:서윤}}이는 우리가 지키겠습니다.

■ 유족
아내 {{r:어복희}}, 아들 {{p:연준서}}, 딸 {{p:연서윤}}
북녘에 남은 형 {{p:연승철}}, 누이 {{p:연금숙}} (소식 모름)

■ 알림
- 예배 후 1층 친교실에서 식사가 있습니다. 준비: 여전도회({{p:맹춘자}} 권사 외).
- 유족을 위한 위로 헌금은 교회 사무실 {{p:윤다현}} 간사에게 전해 주십시오.
- {{r:어}} 집사님께서 "남편이 살아 있을 때 북한선교부에 쓰고 싶어 했다"며 위로 헌금 전액을 북한선교부에 헌금하기로 하셨습니다.""",
    },
    {
        "id": "h38-ko-10",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Wang Kum-sil", "왕금실", "witness", ["금실"]),
            ("Je Sun-bok", "제순복", "relative", []),
            ("Ri Yong-ho", "리영호", "other", []),
        ],
        "note": "Bank statement export with transfer memos where names run into words without spaces (제순복생활비, 왕금실급여), truncated memo names, Korean surname 왕, a broker registered as other, real banks, telecoms and apps, annotations by the caseworker; 이상 as 'above' at the end.",
        "text": """거래내역 조회 (입출금 전체)
예금주: {{r:왕금실}} / 계좌: 1002-xxx-xxxxxx / 조회기간: 2023.01.01 ~ 2023.06.30
출력: 2023.07.11 14:02 {{u:우리은행}} 인터넷뱅킹

거래일시          | 적요      | 출금      | 입금      | 잔액      | 내용
2023.01.03 09:12 | 타행이체  |           | 1,850,000 | 2,104,310 | 대성식품급여
2023.01.05 13:40 | 타행이체  | 700,000   |           | 1,404,310 | {{r:리영호}}({{u:중국}})
2023.01.05 13:41 | 이체수수료 | 500      |           | 1,403,810 |
2023.01.10 08:00 | 자동이체  | 68,000    |           | 1,335,810 | {{u:SK텔레콤}}
2023.01.15 18:22 | 체크카드  | 42,300    |           | 1,293,510 | {{u:쿠팡}}
2023.01.20 10:05 | 모바일    | 300,000   |           | 993,510   | {{r:제순복}}생활비
2023.01.25 09:00 | 자동이체  | 312,000   |           | 681,510   | 임대료관리비
2023.02.03 09:10 | 타행이체  |           | 1,850,000 | 2,531,510 | 대성식품급여
2023.02.06 21:14 | {{u:토스}}      | 500,000   |           | 2,031,510 | {{r:리영호}}
2023.02.07 11:02 | 모바일    |           | 200,000   | 2,231,510 | {{p:진옥련}}반환
2023.02.14 19:30 | {{u:카카오페이}} | 35,000    |           | 2,196,510 | {{p:설미란}}
2023.02.20 10:03 | 모바일    | 300,000   |           | 1,896,510 | {{r:제순복}}생활비
2023.03.03 09:11 | 타행이체  |           | 1,720,000 | 3,616,510 | 대성식품급여
2023.03.04 15:00 | 타행이체  | 1,000,000 |           | 2,616,510 | {{r:리영호}}{{u:중국}}송금
2023.03.04 15:02 | 타행이체  | 1,000,000 |           | 1,616,510 | {{r:리영}}
2023.03.09 12:44 | 모바일    |           | 50,000    | 1,666,510 | {{p:왕덕칠}}
2023.03.20 10:02 | 모바일    | 300,000   |           | 1,366,510 | {{r:제순복}}생활비
2023.04.03 09:10 | 타행이체  |           | 1,850,000 | 3,216,510 | 대성식품급여
2023.04.10 16:31 | 타행이체  | 2,000,000 |           | 1,216,510 | {{r:리영호}}
2023.04.20 10:05 | 모바일    | 300,000   |           | 916,510   | {{r:제순복}}
2023.05.03 09:12 | 타행이체  |           | 1,850,000 | 2,766,510 | 대성식품급여
2023.05.08 07:55 | 모바일    | 100,000   |           | 2,666,510 | 어버이날{{r:제순복}}
2023.05.19 20:40 | 타행이체  |           | 300,000   | 2,966,510 | {{p:왕금철}}
2023.05.20 10:01 | 모바일    | 300,000   |           | 2,666,510 | {{r:제순복}}생활비
2023.06.02 09:10 | 타행이체  |           | 1,850,000 | 4,516,510 | 대성식품급여
2023.06.12 14:20 | 타행이체  | 3,000,000 |           | 1,516,510 | {{r:리영호}}
2023.06.20 10:00 | 모바일    | 300,000   |           | 1,216,510 | {{r:제순복}}생활비
2023.06.29 17:45 | 타행이체  |           | 1,000,000 | 2,216,510 | {{r:왕금실}}적금해지

[사례관리사 주석, {{p:배소라}}]
1. {{r:리영호}} 명의 계좌({{u:중국}} 은행과 연결된 국내 계좌)로 6개월간 7,500,000원 출금. 대상자 {{r:왕금실}} 씨는 이 돈이 {{u:북한}} {{u:혜산}}에 있는 딸 {{p:김은향}}에게 전달된다고 들었으나, 실제로 전달된 것은 1월분뿐이라고 함. 3/4 "{{r:리영}}"은 이름이 잘린 것으로 같은 사람.
2. {{r:제순복}} 씨는 대상자의 어머니로, {{u:경기도}} {{u:화성시}}에 거주(2019년 입국). 매달 20일 생활비 30만 원.
3. 2/7 {{p:진옥련}} 입금 20만 원은 대상자가 작년에 빌려준 돈을 돌려받은 것. {{p:진옥련}}은 {{u:단둥}} 공장 시절 동료.
4. 5/19 {{p:왕금철}}은 대상자의 남동생(2021년 입국).
5. 6/29 입금 내용의 "{{r:왕금실}}" 표기는 본인 적금 해지로, 예금주 본인임. (은행 표기 그대로 둠)
6. 대상자는 {{r:리영호}}에게 더 이상 송금하지 않기로 함. {{r:리영호}}의 {{u:중국}} 내 연락처는 경찰 상담 시 제출 예정. {{r:리}} 씨는 지난 4월 통화에서 "{{r:금실}}이 동무, 돈 안 보내면 딸이 고생한다"고 말했다고 함.
이상.""",
    },
    {
        "id": "h38-ko-11",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yuk Song-min", "육성민", "witness", ["성민"]),
            ("Kim Kyong-nam", "김경남", "supervisor", []),
            ("In Kyong-su", "인경수", "coworker", []),
        ],
        "note": "Excel comment export from a testimony database, one line per cell comment with author logins; 육 beside 육 개월, 인 beside 인원, 김 반장 resolved to a registered name, reviewers' logins that spell names next to admin, spaced 김 경 남, romanized and Hangul forms, 경남 as a region next to the given name.",
        "text": """파일: 증언DB_2023_v7.xlsx
메모 내보내기 (매크로 ExportComments, 2023-12-04 17:20, 실행자 admin)
형식: 시트!셀 | 셀 값 | 작성자 | 작성일 | 메모

목록!B7 | KW-03 | {{p:sujin.mo}} | 11-02 | 구술자 {{r:육성민}}. 파견 기간 2014~2017, 육 개월 연장 1회. 실명 공개 동의 안 함.
목록!C7 | 김 반장 | {{p:sujin.mo}} | 11-02 | "김 반장" = {{r:김경남}}으로 추정. KW-03 녹취 22쪽과 대조할 것.
목록!C7 | 김 반장 | {{p:hyunwoo.tak}} | 11-06 | 대조 완료. 녹취 22쪽에 "{{r:김 경 남}} 반장"이라고 띄어서 말함. 출신은 {{u:경상남도}}가 아니라 {{u:함경남도}}. 경남이라는 말이 나와서 헷갈렸음.
목록!C8 | {{r:Kim Kyong Nam}} | admin | 11-07 | 영문 표기 통일: {{r:Kim Kyong-nam}}
목록!D7 | 인원 40명 | {{p:sujin.mo}} | 11-02 | 인원은 구술자 기억. 다른 구술(KW-05)에서는 38명.
목록!E7 | {{r:인경수}} | {{p:hyunwoo.tak}} | 11-06 | 동료. 구술자와 같은 방. {{r:인}} 씨는 2016년 추락 사고(E9 참조).
목록!E9 | 추락 2016.8 | {{p:hyunwoo.tak}} | 11-06 | {{r:인경수}} 추락. {{r:김경남}} 반장이 병원 이송을 막았다고 함. {{u:아흐마디}} 병원? 확인 필요.
목록!E9 | 추락 2016.8 | {{p:sujin.mo}} | 11-08 | {{u:아흐마디}}가 아니라 {{u:파르와니야 병원}}이라고 KW-05에서 말함. 두 구술 모두 기재.
목록!F7 | 월 15KD | {{p:a.kowalczyk}} | 11-10 | Is KD = Kuwaiti dinar? Please confirm. {{r:Yuk}} says 15 but KW-05 says 10.
목록!F7 | 월 15KD | {{p:sujin.mo}} | 11-10 | Yes, Kuwaiti dinar. 구술자마다 차이 있음.
목록!G7 | 보위원 {{p:안}} | {{p:hyunwoo.tak}} | 11-06 | 이름 미상, 성만. "{{p:안}} 지도원". 안경 쓴 사람이라고 함(안경과 혼동 아님).
목록!H7 | {{u:쿠웨이트시티}} 탈출 | {{p:sujin.mo}} | 11-02 | 탈출 경위는 비공개. 도와준 사람 {{p:라시드}}(택시 기사) 이름 삭제 요청.
목록!B8 | KW-05 | {{p:sujin.mo}} | 11-08 | 구술자 {{p:도광춘}}. {{r:육성민}}, {{r:인경수}}와 같은 현장.
목록!C8 | 김 반장 | {{p:sujin.mo}} | 11-08 | KW-05도 "김 반장". {{r:김경남}}과 동일인 같음. 단, KW-05는 "{{r:김경남}}이"가 아니라 "{{r:경남}}이"라고 부름.
목록!B9 | KW-06 | {{p:hyunwoo.tak}} | 11-15 | 구술자 {{p:석경란}}. 여성. {{u:카타르}} 식당. 이 현장과 무관. 시트 옮길 것.
목록!B12 | MN-01 | {{p:a.kowalczyk}} | 11-20 | {{u:Mongolia}} site. Interpreter {{p:Bolor}}. Not linked to KW sheet.
인명색인!A3 | {{r:육성민}} | {{p:sujin.mo}} | 11-21 | 색인에는 실명, 보고서에는 "구술자 K". {{r:성민}} 씨 본인 요청.
인명색인!A4 | {{r:김경남}} | {{p:sujin.mo}} | 11-21 | 보고서에 실명 쓸지 법률 검토 중(변호사 {{p:류하림}}).
인명색인!A5 | {{r:인경수}} | {{p:hyunwoo.tak}} | 11-21 | 생사 미확인. {{r:경수}} 씨 가족({{u:청진}})에 대한 언급은 삭제.
인명색인!A6 | {{p:안○○}} | {{p:hyunwoo.tak}} | 11-21 | 이름 모름. 삭제 대상 아님.
인명색인!A7 | {{p:라시드}} | {{p:sujin.mo}} | 11-21 | 삭제.""",
    },
    {
        "id": "h38-ko-12",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Un Kwang-chol", "은광철", "witness", ["광철"]),
            ("Ro Chang-dok", "로창덕", "supervisor", []),
            ("Pin Sok-ku", "빈석구", "coworker", ["석구"]),
        ],
        "note": "Documentary subtitles (SRT) with speaker captions and narration; witness surname 은 beside the topic particle 은, coworker surname 빈 beside 빈 침대 (empty bed), vocative 석구야 and 광철아, names split across subtitle lines, Russian driver by diminutive, credits with romanized names.",
        "text": """1
00:00:02,000 --> 00:00:05,500
2017년 겨울
{{u:러시아}} {{u:하바롭스크}} 변강

2
00:00:06,100 --> 00:00:09,800
[{{r:은광철}} / 전 벌목공, 2019년 입국]

3
00:00:10,200 --> 00:00:13,900
아침 다섯 시면 {{r:로}} 반장이
문을 발로 차요.

4
00:00:14,300 --> 00:00:17,000
"일어나라, 해는 기다려 주지 않는다."

5
00:00:17,500 --> 00:00:21,200
그게 {{r:로창덕}}이
제일 좋아하던 말이에요.

6
00:00:22,000 --> 00:00:25,400
우리 방은 여덟 명이 자는 방인데
침대 하나는 늘 빈 침대였어요.

7
00:00:25,900 --> 00:00:29,000
{{r:빈석구}} 자리요.
{{r:석구}}는 밤에도 불려 나갔거든요.

8
00:00:29,500 --> 00:00:32,800
(내레이션) {{r:은}} 씨는 그 빈 침대를
지금도 꿈에서 본다고 말한다.

9
00:00:33,400 --> 00:00:36,900
{{r:로}} 반장은 {{r:석구}}를 운전수로 부렸어요.
목재를 몰래 팔 때요.

10
00:00:37,300 --> 00:00:40,100
(내레이션) 벌목장의 목재 일부는
{{u:중국}}으로 팔려 나갔다.

11
00:00:41,000 --> 00:00:44,600
{{p:알렉산드르}}라는 {{u:러시아}} 트럭 기사가 있었는데
우리는 {{p:사샤}}, {{p:사샤}} 하고 불렀죠.

12
00:00:45,000 --> 00:00:48,300
{{p:사샤}}가 {{r:석구}}한테 담배를 줬어요.
그걸 {{r:로}} 반장이 봤어요.

13
00:00:48,900 --> 00:00:52,000
그날 밤 {{r:석구}}는... [침묵]

14
00:00:53,500 --> 00:00:57,200
{{r:석구}}가 나가면서 그랬어요.
"{{r:광철}}아, 내 담배 네가 피워라."

15
00:00:57,800 --> 00:01:01,400
그래서 내가 "{{r:석구}}야, 가지 마라" 했는데...

16
00:01:02,000 --> 00:01:07,500
(내레이션) 2018년 1월, {{r:빈석구}} 씨는 작업 중 사고로 숨졌다.
작업반 보고서에는 "개인 부주의"로 적혔다.

17
00:01:08,200 --> 00:01:11,000
[{{p:김선화}} / {{u:북한인권정보센터}} 연구원]

18
00:01:11,400 --> 00:01:15,800
해외 파견 노동자의 사망은
대부분 어디에도 기록되지 않습니다.

19
00:01:16,300 --> 00:01:19,900
[{{r:은광철}}] {{r:석구}} 어머니는
{{u:회령}}에 계시는데

20
00:01:20,300 --> 00:01:23,700
아들이 어떻게 죽었는지 모르실 거예요.
{{r:로}} 반장은 안 알려 줬을 거예요.

21
00:01:24,500 --> 00:01:28,800
(내레이션) 제작진은 {{r:로창덕}} 씨에게 연락을 시도했으나
닿지 않았다.

22
00:01:29,500 --> 00:01:33,000
연출 {{p:손다인}} · 촬영 {{p:Kirill Sokolov}}
번역 감수 {{p:Yuna Park}} · 자료 협조 {{u:북한인권정보센터}}""",
    },
    {
        "id": "h38-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("U Sang-jin", "우상진", "witness", ["상진"]),
            ("Kuk Tae-song", "국태성", "supervisor", []),
            ("Je Kang-hyok", "제강혁", "coworker", ["강혁"]),
        ],
        "note": "Job application cover letter (자기소개서) by a former welder; surname 제 beside the humble pronoun 제 (제 동무 vs 제 동무), 국 beside 국 (soup), 우 beside 우선 and 우대, Hanja name in brackets, Russian employer with patronymic, referees and trainers private, real polytechnic and certification body.",
        "text": """자 기 소 개 서

지원 회사: (주)한빛플랜트 / 지원 분야: 배관 용접 (경력)
성명: {{r:우상진}} ({{r:禹相鎭}}) / 연락처: 010-xxxx-xxxx

1. 성장 과정
제 고향은 {{u:함경북도}} {{u:청진}}입니다. 아버지 {{p:우명길}}은 제철소 용접공이셨고, 저는 어릴 때부터 아버지 작업복에서 나는 쇳냄새를 좋아했습니다. 기술학교를 마치고 스무 살에 용접을 시작했습니다.

2. 해외 현장 경력
우선 제 경력에 대해 솔직하게 말씀드리겠습니다. 저는 2010년부터 2016년까지 {{u:러시아}} {{u:블라디보스토크}}와 {{u:나홋카}}의 건설 현장에서 {{u:북한}} 당국이 보낸 노동자로 일했습니다. 하루 열두 시간에서 열네 시간을 일했고, 월급은 거의 받지 못했습니다. 이 경험을 숨기지 않는 이유는, 그곳에서 제 기술의 대부분을 배웠기 때문입니다.

당시 작업반장은 {{r:국태성}}이었습니다. {{r:국}} 반장은 무섭고 엄한 사람이었지만 용접만큼은 정확하게 가르쳐 주었습니다. 겨울이면 {{r:국}} 반장이 직접 국을 끓여 언 손을 녹이게 해 주던 기억도 있습니다. 그러나 계획을 채우지 못하면 우리 생활비를 깎았고, 다친 사람을 병원에 보내지 않은 일도 있었습니다. 저는 그 두 얼굴을 모두 기억합니다.

{{u:러시아}} 측 현장 책임자였던 {{p:이고리 페트로비치}} 기사장은 제 용접 비드를 보고 "{{u:러시아}} 사람보다 낫다"고 했습니다. {{p:이고리}} 기사장은 {{r:국}} 반장 몰래 저에게 배관 도면 읽는 법을 가르쳐 주었습니다.

제 동무 {{r:제강혁}}은 같은 조 용접공이었습니다. 이름 때문에 현장에서 농담이 많았습니다. "{{r:제}} 동무는 제 동무입니다"라고 소개하면 {{u:러시아}} 사람들까지 웃었습니다. {{r:강혁}}이는 2015년 가스 호스 사고로 손을 다쳤고, 그 뒤로 만나지 못했습니다.

3. {{u:한국}}에서의 준비
2018년 {{u:한국}}에 온 뒤 {{u:한국폴리텍대학}}에서 특수용접 과정을 수료했고, {{u:한국산업인력공단}}이 시행하는 용접기능사와 배관기능사 자격을 취득했습니다. 과정 담당 {{p:김도윤}} 교수님께서 추천서를 써 주셨습니다. 지난 3년간 (주)동해기공에서 배관 용접을 하며 {{p:백승민}} 팀장님 밑에서 현장 안전 관리도 배웠습니다.

4. 입사 후 포부
귀사가 해외 플랜트 경력자를 우대한다는 공고를 보고 지원했습니다. 저는 추운 곳, 더운 곳, 높은 곳에서 모두 일해 보았습니다. 이제는 제 이름으로 계약서에 서명하고, 제 손으로 번 돈을 제 통장으로 받는 현장에서 일하고 싶습니다. 언젠가 {{r:강혁}}이를 다시 만나면, {{r:국}} 반장 밑에서가 아니라 정당한 현장에서 함께 용접하자고 말하고 싶습니다.

참고인: {{p:김도윤}} ({{u:한국폴리텍대학}} 교수), {{p:백승민}} ((주)동해기공 배관팀장)

2024년 2월
{{r:우상진}} 올림""",
    },
    {
        "id": "h38-mixed-01",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Pak Yong-chol", "박영철", "witness", ["Пак Ён Чоль", "영철"]),
            ("Choe Kwang-il", "최광일", "supervisor", ["Чхве Гван Ир"]),
            ("Pak Yong-hwa", "박영화", "relative", ["朴英花"]),
        ],
        "note": "Remittance agent's transfer log from Vladivostok with Russian column heads, senders in Cyrillic transliteration, receivers in Chinese characters, cashier notes in Korean and Russian with case endings (Пака, Чхве, Кима), an English analyst's summary; surname Pak in three scripts, Choe as Чхве, Choi and 최.",
        "text": """EXHIBIT R-12. Remittance agent's transfer log, February to April 2019 (excerpt, 24 of 311 rows)
Source: former cashier {{p:Maria Tsoi}} ({{p:Мария Цой}}), provided on a USB stick, {{u:Almaty}}, 2021. Column heads as in the original; Korean and Russian notes are the cashier's own.

Дата       | Отправитель       | Получатель ({{u:Китай}})      | Сумма, руб. | Комиссия | Примечание
03.02.2019 | {{r:Пак Ён Чоль}}       | {{r:朴英花}} ({{u:延吉}})         | 30 000      | 1 500    | 현금. 반장 동행
03.02.2019 | {{p:Ким Мён Хак}}       | {{p:金光浩}}         | 20 000      | 1 000    |
03.02.2019 | {{p:Ли Сон Ир}}         | {{p:李成日}}         | 15 000      | 750      | 15 тыс. только
03.02.2019 | {{r:Чхве Гван Ир}}      | {{p:崔美玲}} ({{u:沈阳}})         | 250 000     | 5 000    | бригадир, за всех?
03.02.2019 | {{p:Хан Дон Чхоль}}     | {{p:韩东哲}}         | 18 000      | 900      |
04.02.2019 | {{p:Чон Иль Нам}}       | {{p:郑日男}}         | 25 000      | 1 250    | 누나
04.02.2019 | {{p:Ри Ён Гиль}}        | {{p:李英吉}}         | 10 000      | 500      | Ри = Ли
02.03.2019 | {{r:Пак Ён Чоль}}       | {{r:朴英花}}         | 25 000      | 1 250    | {{r:영철}}이 혼자 옴
02.03.2019 | {{r:Чхве Гван Ир}}      | {{p:崔美玲}}         | 250 000     | 5 000    |
02.03.2019 | {{p:Ким Мён Хак}}       | {{p:金光浩}}         | 20 000      | 1 000    |
02.03.2019 | {{p:Со Кван Мин}}       | {{p:苏光民}}         | 12 000      | 600      | первый раз
02.03.2019 | {{p:Хан Дон Чхоль}}     | {{p:韩东哲}}         | 18 000      | 900      |
03.03.2019 | {{p:Чон Иль Нам}}       | {{p:郑日男}}         | 20 000      | 1 000    |
03.03.2019 | {{p:Ли Сон Ир}}         | {{p:李成日}}         | 15 000      | 750      |
30.03.2019 | {{r:Чхве Гван Ир}}      | {{p:崔美玲}}         | 300 000     | 6 000    | 4월 것 미리
06.04.2019 | {{r:Пак Ён Чоль}}       | {{r:朴英花}}         | 30 000      | 1 500    | 반장 동행
06.04.2019 | {{p:Ким Мён Хак}}       | {{p:金光浩}}         | 5 000       | 250      | 벌금?
06.04.2019 | {{p:Ри Ён Гиль}}        | {{p:李英吉}}         | 10 000      | 500      |
06.04.2019 | {{p:Со Кван Мин}}       | {{p:苏光民}}         | 12 000      | 600      |
07.04.2019 | {{p:Хан Дон Чхоль}}     | {{p:韩东哲}}         | 18 000      | 900      |
07.04.2019 | {{p:Чон Иль Нам}}       | {{p:郑日男}}         | 20 000      | 1 000    |
07.04.2019 | {{p:Ли Сон Ир}}         | {{p:李成日}}         | 15 000      | 750      |
20.04.2019 | {{p:Цой Валентина}}     | {{p:崔美玲}}         | 40 000      | 2 000    | касса, по звонку {{r:Чхве}}
20.04.2019 | {{r:Пак Ён Чоль}}       | —                       | 0           | 0        | 취소. 반장이 돈 가져감

Записка кассира (на обороте распечатки):
{{r:Чхве}} всегда приходил первым и сам считал деньги за всю бригаду. Деньги от {{r:Пака}} шли сестре в {{u:Яньцзи}}. У {{p:Кима}} в апреле вычли штраф, он плакал у кассы. {{p:Валентина Цой}} (моя тётя, хозяйка кассы) говорила, что с {{r:Чхве Гван Иром}} лучше не спорить.

캐셔 메모 (한국어):
{{r:최}} 반장이 매달 초에 사람들을 데리고 와서 자기가 돈을 셌다. {{r:박영철}}이는 늘 맨 뒤에 섰다. 4월 20일에 {{r:영철}}이가 혼자 와서 보내려던 돈을 {{r:최광일}} 반장이 따라와서 가져갔다. 그날 {{r:영철}}이가 "누나한테 미안하다"고 했다.

Analyst note ({{p:Daniyar Seitkali}}, 2021-06-14):
The log shows the brigade leader {{r:Choe Kwang-il}} (written {{r:Чхве Гван Ир}}; the same man is "{{r:Choi}}" in the cashier's spoken account) sending 250,000 to 300,000 roubles a month to one receiver in {{u:Shenyang}}, {{p:崔美玲}}, while the men of his brigade sent 10,000 to 30,000 each. {{r:Pak Yong-chol}}'s receiver, {{r:朴英花}}, is his elder sister {{r:Pak Yong-hwa}} in {{u:Yanji}}. The cancelled row of 20 April matches the cashier's note. {{p:Ri Yong-gil}} and {{p:Li Son-il}} may be one family (the cashier writes "Ри = Ли"). Recommend that the receiver names in {{u:China}} are removed before any publication.""",
    },
    {
        "id": "h38-mixed-02",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Sim Chol-u", "심철우", "witness", ["Chol-u", "Shim Chul-woo"]),
            ("Pak Tu-sam", "박두삼", "supervisor", ["Park Doo-sam"]),
            ("Yang Mu-il", "양무일", "coworker", ["Mu-il"]),
        ],
        "note": "Translation reviewer's list of tracked changes and comments on a Korean-to-English testimony; the surname 박 discussed as the word for gourd and 양 as amount (unmarked) next to the same surnames as mentions, a derogatory nickname for the foreman, Northern and Southern spellings, Russian name with patronymic in Hangul, Latin and Cyrillic genitive, an impossible date; long.",
        "text": """LIST OF MARKUP - RU-19_testimony_KO-EN_v3.docx
Exported from Word (Review > Show Markup > Print list), 19 Feb 2024
Author codes: LSH = {{p:Lim Seo-hyun}} (reviewer), JM = {{p:Jake Morrison}} (translator)

[1] Page 1, para 1
KO: 저는 {{r:심철우}}입니다. {{u:자강도}} {{u:희천}} 사람입니다.
EN (JM): My name is {{r:Shim Chul-woo}}. I am from {{u:Huichon}}, {{u:Chagang Province}}.
Deleted (LSH): "{{r:Shim Chul-woo}}"  Inserted (LSH): "{{r:Sim Chol-u}}"
Comment [LSH1]: He writes his own name {{r:Sim Chol-u}} on every form we have from him. Please don't convert Northern names into South Korean spelling; the Southern form is how an official in {{u:Seoul}} would write it, not how he does. Same for every other name in this file.
Comment [JM1]: Understood, sorry. Changing throughout.

[2] Page 1, para 3
KO: 우리 작업반장은 {{r:박두삼}}이었다. 사람들은 뒤에서 그를 "{{r:속 빈 박}}"이라고 불렀다.
EN (JM): Our foreman was {{r:Park Doo-sam}}. Behind his back people called him "{{r:Empty Park}}".
Deleted (LSH): "{{r:Park Doo-sam}}", "{{r:Empty Park}}"  Inserted (LSH): "{{r:Pak Tu-sam}}", "{{r:Hollow Gourd}}"
Comment [LSH2]: The surname 박 is also the native word for a gourd. 속 빈 박 is a hollow gourd: all noise, nothing inside. The current English makes readers picture a park with no people in it. Suggest "Hollow Gourd" with a footnote explaining the pun.
Comment [JM2]: Agree. Footnote added.

[3] Page 1, para 4
KO: {{r:박}} 반장은 {{u:블라디보스토크}} 역에서 우리 여권을 걷었다. 스물여섯 명이라 시간이 오래 걸렸다.
EN (JM): Foreman {{r:Park}} collected our passports at {{u:Vladivostok}} station. There were twenty-six of us, so it took a long time.
Deleted (LSH): "{{r:Park}}"  Inserted (LSH): "{{r:Pak}}"
Comment [LSH3]: Fine otherwise. Note for the glossary: 명이라 here is just the counter (twenty-six people), not a name.

[4] Page 2, para 1
KO: {{r:양무일}}이는 밥 양이 적다고 늘 투덜댔다. 그래서 우리는 그를 "{{r:양 많이}}"라고 놀렸다.
EN (JM): {{r:Yang Mu-il}} always grumbled that the portions were small, so we teased him as "{{r:More Yang}}".
Comment [LSH4]: There is a pun on 양 (his surname) and 양 (amount of food) that cannot survive in English. "More Yang" is opaque. Suggest: "so we nicknamed him '{{r:Big Helping}}'" and a footnote.
Comment [JM3]: Or keep Korean "{{r:Yang Mani}}" with a gloss? Leaving both for the editor, {{p:Hannah}}.

[5] Page 2, para 2
KO: "{{r:철우}}야, 너 또 {{p:나딸리야 쎄르게예브나}}한테 담배 얻었지?" 하고 {{r:무일}}이가 웃었다.
EN (JM): "{{r:Chol-u}}, did you get cigarettes from {{p:Natasha}} again?" {{r:Mu-il}} laughed.
Deleted (LSH): "{{p:Natasha}}"  Inserted (LSH): "{{p:Natalya Sergeyevna}}"
Comment [LSH5]: He never says {{p:Natasha}}; he always uses the full name and patronymic, which is how the Korean workers addressed the Russian site accountant. It matters to him: he says she was the only person on the site who called him by name. Her name appears as {{p:Наталья Сергеевна}} on the pay slip in annex 3.
Comment [JM4]: Changed. Do we need to anonymise her? She is not a public person.
Comment [LSH6]: Yes in the public version. Keep in this internal one.

[6] Page 2, para 5
KO: 2015년 2월 30일, {{r:박두삼}}이 우리를 모아 놓고 "이번 달 계획을 못 하면 전원 귀국"이라고 했다.
EN (JM): On 28 February 2015, {{r:Pak Tu-sam}} gathered us and said that if we missed this month's plan, everyone would be sent home.
Deleted (LSH): "28 February"  Inserted (LSH): "30 February [sic]"
Comment [LSH7]: Don't correct the witness. He says 30 February; the date may be wrong or he may be thinking of a different calendar of pay periods. Keep it and mark [sic].

[7] Page 3, para 1
KO: 작업반 지도원은 {{p:리}}였다. {{p:리}} 지도원은 밤마다 우리 편지를 읽었다.
EN (JM): The political instructor was {{p:Lee}}. Instructor {{p:Lee}} read our letters every night.
Deleted (LSH): "{{p:Lee}}" (x2)  Inserted (LSH): "{{p:Ri}}" (x2)
Comment [LSH8]: See [LSH1]. Ri, not Lee. He is not a named person in our registry, we only have the surname.

[8] Page 3, para 2
KO: 같은 현장에 {{u:우즈베크}} 사람 {{p:파루흐}}와 {{p:쇼히스타}}가 있었다. {{p:파루흐}}는 우리말을 조금 했다.
EN (JM): On the same site there were two Uzbeks, {{p:Farrukh}} and {{p:Shohista}}. {{p:Farrukh}} spoke a little Korean.
Comment [LSH9]: {{p:Shohista}} is a woman's name; the witness says she was the cook. Check with him whether "two Uzbek men" elsewhere in the text is right.
Comment [JM5]: It says {{u:우즈베크}} 사람 두 명 in para 6. Will ask.

[9] Page 3, para 4
KO: 경찰 {{p:꾸즈네쪼프}}가 {{r:박}} 반장에게 돈을 받는 것을 봤다.
EN (JM): I saw the policeman {{p:Kuznetsov}} take money from Foreman {{r:Pak}}.
Comment [LSH10]: Legal flag. An allegation against a police officer by name. The Russian original of the witness's earlier complaint says "у {{p:Кузнецова}}". Keep in the internal version only; our lawyer {{p:Oh Ji-yeon}} should see this paragraph before anything is published.

[10] Page 4, para 1
KO: 내 처 {{p:로은실}}과 딸 {{p:심하나}}는 아직 {{u:희천}}에 있다.
EN (JM): My wife {{p:Ro Un-sil}} and my daughter {{p:Sim Ha-na}} are still in {{u:Huichon}}.
Deleted (LSH): "{{p:Ro Un-sil}}", "{{p:Sim Ha-na}}"  Inserted (LSH): "[wife]", "[daughter]"
Comment [LSH11]: Consent form section 4: no relatives' names in any version. Also remove from the Korean column before this goes to {{p:Hannah}}.

[11] Page 4, para 3
KO: {{r:심철우}}라는 이름을 기억해 달라. {{r:박두삼}}도, {{r:양무일}}도.
EN (JM): Remember the name {{r:Shim Chul-woo}}. And {{r:Park Doo-sam}}, and {{r:Yang Mu-il}}.
Deleted (LSH): "{{r:Shim Chul-woo}}", "{{r:Park Doo-sam}}"  Inserted (LSH): "{{r:Sim Chol-u}}", "{{r:Pak Tu-sam}}"
Comment [LSH12]: Last line of the testimony. He asked that his real name be kept here. Legal to confirm.
Comment [JM6]: Done. I also found one more "{{r:Park}}" in the footnote to [2] and changed it. Global search for "Park" now only finds "car park" on page 4, which is correct ("주차장").

General comment [LSH13]: Good translation overall. Please add a glossary: 반장 = foreman, 지도원 = political instructor, 총화 = review meeting, 계획 = plan quota. And please switch off autocorrect: it keeps changing Korean names.
General comment [JM7]: Ha. Will do. Sending v4 on Wednesday.""",
    },
    {
        "id": "h38-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Cho Yong-bom", "조용범", "witness", ["Jo Yong-bom"]),
            ("Rim Chang-gyu", "림창규", "supervisor", []),
            ("Ok Kwang-chol", "옥광철", "coworker", []),
        ],
        "note": "Polish trade union grievance form (Polish, English, Korean statement); Korean names declined in Polish (Jo Yong-boma, Rimem, Rima, Okowi), surname 조 beside 조장 and 3조, Cho/Jo romanizations, Ukrainian and Vietnamese coworkers, the union and places real, the greenhouse company invented.",
        "text": """{{u:NSZZ „Solidarność”}} - Komisja Międzyzakładowa, {{u:Grójec}}
FORMULARZ SKARGI PRACOWNICZEJ / WORKER GRIEVANCE FORM / 노동자 고충 신고서
Nr sprawy: KM/2017/044

1. SKARŻĄCY / COMPLAINANT
Imię i nazwisko (name): {{r:CHO YONG BOM}} ({{r:조용범}}); w paszporcie: {{r:JO YONG BOM}}
Obywatelstwo: {{u:KRLD}} ({{u:Korea Północna}})
Stanowisko: pracownik szklarni (greenhouse worker), brygada 3
Tłumacz (interpreter): {{p:Kowalska Ji-eun}}

2. PRACODAWCA / EMPLOYER
Agro-Szklarnie Mazowsze sp. z o.o. (uzytkownik); agencja: Baltic Work Solutions sp. z o.o.
Kierownik gospodarstwa: {{p:Jerzy Wasiak}}
Osoba nadzorująca grupę pracowników z {{u:KRLD}} (wg skarżącego): {{r:Rim Chang-gyu}}

3. OPIS SKARGI / DESCRIPTION
PL: Skarżący, pan {{r:Jo Yong-bom}}, wskazuje, że od marca 2016 r. pracuje po 12-14 godzin dziennie, również w niedziele, i nie otrzymuje wynagrodzenia do ręki. Wynagrodzenie przelewane jest na konto, do którego dostęp ma wyłącznie pan {{r:Rim}}. Paszport pana {{r:Jo Yong-boma}} przechowuje pan {{r:Rim}}. W dniu 11 lipca 2017 r. kolega skarżącego, pan {{r:Ok Kwang-chol}}, zasłabł w szklarni (temperatura ok. 45°C). Pan {{r:Rim}} nie zgodził się na wezwanie karetki; pomocy udzielił pracownik z {{u:Ukrainy}}, pan {{p:Serhiy Bondarenko}}. Skarżący rozmawiał o tym z panem {{p:Wasiakiem}}, który odpowiedział, że sprawy pracowników z {{u:Korei}} „załatwia pan {{r:Rim}}”. Skarżący boi się, że jeśli {{r:Rimowi}} zostanie przekazana treść skargi, zostanie odesłany do kraju. Prosimy, aby panu {{r:Okowi}} zapewniono badanie lekarskie.

EN: The complainant, Mr {{r:Jo Yong-bom}}, states that since March 2016 he has worked 12 to 14 hours a day, including Sundays, and is not paid in hand. Wages go to an account only Mr {{r:Rim}} can access. Mr {{r:Rim}} keeps Mr {{r:Jo}}'s passport. On 11 July 2017 his co-worker Mr {{r:Ok Kwang-chol}} collapsed in the greenhouse (about 45°C). Mr {{r:Rim}} refused to call an ambulance; a Ukrainian worker, Mr {{p:Bondarenko}}, helped. The farm manager, Mr {{p:Wasiak}}, told the complainant that matters concerning the Koreans are "handled by Mr {{r:Rim}}".

KO (진술 원문): 저는 3조 {{r:조용범}}입니다. 우리 조장은 {{p:도}}가인데 조장도 {{r:림창규}} 말을 들어야 합니다. {{r:림}} 지도원이 여권과 통장을 다 가지고 있습니다. 7월 11일 {{r:옥광철}}이 쓰러졌을 때 {{r:림창규}}는 "물 먹이고 그늘에 눕혀라"라고만 했습니다. {{u:우크라이나}} 사람 {{p:세르히}}가 자기 차로 병원에 가자고 했지만 {{r:림}}이 막았습니다. {{r:광철}}이는 지금도 머리가 아프다고 합니다. {{u:베트남}} 아주머니 {{p:란}} 씨도 그날 다 봤습니다.

4. ŚWIADKOWIE / WITNESSES
- {{p:Serhiy Bondarenko}} (pracownik, {{u:Ukraina}}), tel. w aktach
- {{p:Nguyen Thi Lan}} (pracownica, {{u:Wietnam}}), widziała zasłabnięcie pana {{r:Oka}}
- {{r:Ok Kwang-chol}} - nie złoży zeznań (boi się)

5. ŻĄDANIA / REQUESTS
Zwrot paszportu; wypłata wynagrodzenia na konto skarżącego; zgłoszenie do {{u:Państwowej Inspekcji Pracy}} (Okręgowy Inspektorat Pracy w {{u:Warszawie}}).

Przyjął (received by): {{p:Krzysztof Malinowski}}, przewodniczący KM
Data: 2017-07-19
Podpis skarżącego: [{{r:조용범}}]   Podpis tłumacza: {{p:J. Kowalska}}""",
    },
    {
        "id": "h38-mixed-04",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ri Myong-su", "리명수", "witness", ["Myong-su"]),
            ("Hwang Kum-chol", "황금철", "supervisor", []),
            ("Chon Kwang-ho", "전광호", "coworker", []),
        ],
        "note": "Construction toolbox-talk attendance sheet from Qatar with 30 rows of Nepali, Indian, Bangladeshi, Egyptian, Filipino and Korean names, nationality adjectives (unmarked), signatures as initials and Hangul, a sub-foreman who signed for eleven absent workers, 'So,' and 'No' as words next to the surname So and a bare No in quotes.",
        "text": """TOOLBOX TALK ATTENDANCE SHEET / 안전교육 참석부
Project: Villa cluster B, {{u:Al Wakrah}}        Main contractor: Gulf Ridge Contracting
Date: 07-07-2016    Time: 06:00 - 06:15    Location: site office shade
Topic: Heat stress and hydration / 열사병 예방 / गर्मी से बचाव / গরমে সাবধান
Conducted by: HSE officer {{p:Joseph Mathew}}
Translation: Korean - {{r:Hwang Kum-chol}}; Bengali - {{p:Md. Abdul Karim}}; Nepali - {{p:Suman Tamang}}

KEY POINTS
1. Drink water every 15 to 20 minutes. So: do not wait until you are thirsty.
2. Dizzy, headache, stop sweating = STOP WORK and tell your foreman. 어지러우면 바로 작업 중지.
3. Midday break 11:30 - 15:00 (decision of the {{u:Ministry of Administrative Development, Labour and Social Affairs}}). No work on roofs in this time.
4. Buddy system: watch the man next to you.

No | Name                     | Nationality | Company   | Trade      | QID (last 4) | Sign
1  | {{p:Ram Prasad Adhikari}}      | Nepali      | GRC       | Mason      | 4471 | {{p:RP}}
2  | {{p:Suman Tamang}}             | Nepali      | GRC       | Mason      | 0932 | {{p:S.T.}}
3  | {{p:Bir Bahadur Magar}}        | Nepali      | GRC       | Helper     | 7710 | (thumb)
4  | {{p:Dipendra Karki}}           | Nepali      | GRC       | Steel fix  | 2208 | {{p:DK}}
5  | {{p:Md. Abdul Karim}}          | Bangladeshi | GRC       | Steel fix  | 5561 | {{p:Karim}}
6  | {{p:Md. Shafiqul Islam}}       | Bangladeshi | GRC       | Steel fix  | 3390 | {{p:Shafiq}}
7  | {{p:Jahangir Alam}}            | Bangladeshi | GRC       | Helper     | 1184 | {{p:J.A.}}
8  | {{p:Rakib Hasan}}              | Bangladeshi | GRC       | Helper     | 6027 | {{p:R}}
9  | {{p:Shaji Varghese}}           | Indian      | GRC       | Foreman    | 0015 | {{p:Shaji}}
10 | {{p:Manoj Kumar Yadav}}        | Indian      | GRC       | Shuttering | 8842 | {{p:MKY}}
11 | {{p:Sathish Kannan}}           | Indian      | GRC       | Shuttering | 4410 | {{p:S.K.}}
12 | {{p:Ahmed Fathy Abdelrahman}}  | Egyptian    | GRC       | Surveyor   | 9921 | {{p:A. Fathy}}
13 | {{p:Mahmoud El-Sayed}}         | Egyptian    | GRC       | Operator   | 1407 | {{p:M.S.}}
14 | {{p:Rolando Bautista}}         | Filipino    | GRC       | Electrician| 3052 | {{p:R.B.}}
15 | {{p:Jun-jun Reyes}}            | Filipino    | GRC       | Electrician| 7768 | {{p:JJR}}
16 | {{p:Dil Kumar Rai}}            | Nepali      | GRC       | Helper     | 5153 | {{p:DKR}}
17 | {{p:Hari Gurung}}              | Nepali      | GRC       | Mason      | 2290 | {{p:Hari}}
18 | {{r:Hwang Kum Chol}}           | Korean      | Pyolmuri  | Foreman    | 6611 | {{r:황금철}}
19 | {{r:Ri Myong Su}}              | Korean      | Pyolmuri  | Plasterer  | 6620 | {{r:리명수}}
20 | {{r:Chon Kwang Ho}}            | Korean      | Pyolmuri  | Plasterer  | 6621 | {{r:전광호}}
21 | {{p:So Chang Il}}              | Korean      | Pyolmuri  | Plasterer  | 6622 | {{p:소창일}}
22 | {{p:Kang Yong Nam}}            | Korean      | Pyolmuri  | Plasterer  | 6623 | {{p:강용남}}
23 | {{p:Ju Song Chol}}             | Korean      | Pyolmuri  | Tiler      | 6624 | {{p:주성철}}
24 | {{p:Pak Hyon U}}               | Korean      | Pyolmuri  | Tiler      | 6625 | {{p:박현우}}
25 | {{p:Kim Tok Il}}               | Korean      | Pyolmuri  | Tiler      | 6626 | {{p:김덕일}}
26 | {{p:Mun Chol Ho}}              | Korean      | Pyolmuri  | Helper     | 6627 | {{p:문철호}}
27 | {{p:Yun Ki Chol}}              | Korean      | Pyolmuri  | Helper     | 6628 | {{p:윤기철}}
28 | {{p:Chae Hyok}}                | Korean      | Pyolmuri  | Helper     | 6629 | {{p:채혁}}
29 | {{p:Nirmal Thapa Magar}}       | Nepali      | GRC       | Helper     | 0448 | {{p:NTM}}
30 | {{p:Abdul Rahim}}              | Bangladeshi | GRC       | Helper     | 1901 | (thumb)

HSE OFFICER'S REMARKS ({{p:J. Mathew}}, written 07-07-2016, 13:10)
Rows 18 to 28: all names and all "signatures" written by Mr {{r:Hwang}} in the same pen and hand. The Korean workers were NOT present at 06:00. I saw them on the roof of villa 14 from 05:00. When I asked, Mr {{r:Hwang}} said: "They know. I tell them later."
At 12:20 (during the midday break) the Korean team was still working on villa 14. Mr {{p:Shaji}} (row 9) brought them down with me.
At the water station, worker {{r:Ri Myong-su}} (row 19) asked me in English for "paper, Korean". I said we have no Korean safety leaflet. He said "No Korean paper, no Korean safety". Mr {{r:Chon}} (row 20) laughed. {{r:Myong-su}} asked me not to tell {{r:Hwang}} that he spoke to me.
So far this is the third time this month (see sheets 02-07 and 04-07). Escalated to the project HSE manager, Mr {{p:Tariq Siddiqui}}, and to the site manager, Mr {{p:Ajith Nair}}.
Note: QID numbers for rows 18 to 28 are almost consecutive (6611, then 6620 to 6629). Mr {{p:Ahmed Fathy}} (row 12) thinks they are invented. To be checked with the PRO, Mr {{p:Khalifa}}.""",
    },
    {
        "id": "h38-mixed-05",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jin Hye-gyong", "진혜경", "witness", ["Hye-gyong"]),
            ("Yun Ok-hui", "윤옥희", "coworker", ["Yoon Ok-hee"]),
            ("Pong Sun-hwa", "봉순화", "supervisor", []),
        ],
        "note": "Google Forms CSV export of an intake survey with quoted multi-line answers; e-mail local parts that spell names beside ones that do not, a respondent giving Hangul initials only, a staff test row, given names with 이 and 언니, the same supervisor named by two respondents in Korean and English, country columns bilingual.",
        "text": """Timestamp,Email Address,이름 (Name),파견 국가 (Country),기간 (Period),업종 (Sector),책임자 이름 (Supervisor),함께 일한 사람 (Co-workers),연락 가능 (Contact OK),하고 싶은 말 (Anything else)
2023/05/02 10:14:33 AM GMT+9,{{r:hyegyong.jin}}@gmail.com,{{r:진혜경}},{{u:중국}} ({{u:China}}),2016-2019,수산물 가공 (seafood),"{{r:봉순화}} 지도원, {{p:손}} 반장","{{p:은정}}, {{p:미옥}}이, {{p:경희}} 언니, {{r:윤옥희}}",예 (Yes),"{{r:봉순화}}가 우리 월급을 다 가져갔어요. 꼭 기록해 주세요.
{{p:미옥}}이는 아직 거기 있어요."
2023/05/02 11:02:09 AM GMT+9,sunflower1977@naver.com,{{p:ㅇㅅㅎ}},{{u:러시아}} ({{u:Russia}}),2009-2014,벌목 (logging),{{p:차}} 반장,,아니요 (No),"이름은 못 씁니다. 벌목장 이야기는 전화로만 할게요."
2023/05/03 09:40:51 PM GMT+9,{{p:chol.jang}}@outlook.com,{{p:Jang Chol}},{{u:Russia}},2013-2018,construction,"Chief {{p:Min}} ({{p:민}} 반장), later {{p:Kye Song-il}}","{{p:Tae-ho}}, {{p:Big Kim}}, {{p:Little Kim}}",Yes,"I wrote in English because my phone has no Korean keyboard. {{p:Min}} was ok, {{p:Kye}} was bad. {{p:Little Kim}} died in 2016 (fall). His name was {{p:Kim Un-chol}}, please remember him."
2023/05/04 02:15:27 PM GMT+9,{{r:okhee.yoon}}@naver.com,{{r:윤옥희}} ({{r:Yoon Ok-hee}}),{{u:중국}},2016-2018,수산물,"{{r:봉순화}}, {{p:손철만}}","{{r:진혜경}} ({{r:혜경}}이), {{p:리은정}}",예,"{{r:혜경}}이가 이 설문 보내줬어요. {{r:Pong Sun-hwa}} (이름 영어로 이렇게 쓰는지 모르겠음) 는 {{u:단둥}} 공장 지도원이었어요. {{p:손철만}} 반장은 {{r:봉}} 지도원 말만 들었어요."
2023/05/04 02:16:03 PM GMT+9,{{r:okhee.yoon}}@naver.com,{{r:윤옥희}},{{u:중국}},2016-2018,수산물,,,예,(중복 제출 - 위와 같음)
2023/05/06 08:03:44 AM GMT+9,jjang2love@daum.net,{{p:함경숙}},{{u:쿠웨이트}},2012-2015,식당 (restaurant),{{p:류}} 책임자,"{{p:영애}}, {{p:순희}}",예,"{{u:쿠웨이트}} 식당에서 일했어요. 책임자는 {{p:류}}씨였는데 여자였어요. 돈은 한 번도 못 받았어요.
{{p:순희}}는 지금 {{u:한국}}에 있어요. 연락처 드릴 수 있어요."
2023/05/06 10:30:00 AM GMT+9,test@opengate-workers.org,테스트 ({{p:허은채}}),테스트,,,,,,"[STAFF TEST - delete]"
2023/05/07 07:55:12 PM GMT+9,{{r:hyegyong.jin}}@gmail.com,{{r:Jin Hye-gyong}},{{u:China}},2016-2019,seafood,{{r:Pong Sun-hwa}},,Yes,"영어로 한 번 더 보내요. 단체에서 영어 이름도 필요하다고 해서요. - {{r:혜경}}"
""",
    },
    {
        "id": "h38-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Mi-hyang", "김미향", "witness", ["金美香", "미향"]),
            ("No Song-ho", "노성호", "supervisor", ["卢成浩"]),
            ("Han Chun-ok", "한춘옥", "coworker", ["韩春玉"]),
        ],
        "note": "Chinese factory work-injury report (工伤事故报告) with a Korean translator's notes; North Korean workers written in Chinese characters and in Hangul, Chinese forms of address 老周, 小王, 张总 labelled whole, an impossible date (11月31日), 班长 and 主任 titles outside, surname 韩/한 beside 한국.",
        "text": """丹东宏达水产食品有限公司
工伤事故报告

编号: HD-AQ-2018-117
事故时间: 2018年11月31日 22时40分左右
事故地点: 二车间 剥壳线 3号工位
受伤人员: {{r:金美香}}，女，{{u:朝鲜}}籍，27岁，工号 CX-042
伤情: 右手食指、中指被剥壳机卷入，中指末节离断

一、事故经过
当晚二车间加班生产（出口订单）。22时40分左右，{{r:金美香}}在清理3号工位剥壳机卡料时未停机，右手被卷入。同组工人{{r:韩春玉}}立即按下急停按钮并呼救。班长{{p:老周}}（{{p:周建军}}）到场后用毛巾包扎伤口。车间主任{{p:小王}}（{{p:王丽}}）通知朝方管理人员{{r:卢成浩}}。

二、事故处理
{{r:卢成浩}}到场后要求先由朝方自行处理，不同意叫救护车。经{{p:小王}}请示{{p:张总}}后，于23时30分由公司车辆送往{{u:东港}}市区医院，{{r:卢成浩}}随同。{{r:金美香}}于次日凌晨手术，12月3日出院，回宿舍休养。

三、原因分析
1. 工人未按规定停机清理（直接原因）。
2. 连续加班，工人疲劳（当月二车间{{u:朝鲜}}工人平均每日工作13小时以上）。
3. 朝方工人安全培训记录不全，{{r:卢成浩}}称培训"由朝方负责"。

四、整改措施
剥壳机加装防护罩；夜班不超过22时（{{p:张总}}批示："订单期间另议"）。

五、工伤认定
朝方工人不在本公司参保，医疗费用由公司垫付人民币8,600元，从朝方劳务费中扣除（经{{r:卢}}同意）。

报告人: 安全员 {{p:刘海燕}}
审核: 总经理 {{p:张德明}}
日期: 2018年12月5日

────────────────────
[번역자 주 - {{p:현소영}}, 2021. 3.]
1. 피해자 {{r:金美香}} = {{r:김미향}}. 2021년 {{u:한국}} 입국. 본인이 이 보고서 사본을 가지고 나옴. 사고 날짜 "11월 31일"은 원문 그대로임(11월은 30일까지). {{r:미향}} 씨는 사고가 12월 1일 새벽이었다고 기억함.
2. {{r:韩春玉}} = {{r:한춘옥}}. 같은 조 동료. {{r:미향}} 씨 말로는 {{r:춘옥}}이 언니가 기계를 멈추지 않았으면 손을 다 잃었을 것이라고 함. {{r:한춘옥}}의 현재 행방은 모름.
3. {{r:卢成浩}} = {{r:노성호}}. 북측 관리인(지도원). {{r:미향}} 씨 진술: "{{r:노}} 지도원이 병원에서 의사한테 중국말로 뭐라고 하더니, 다음 날 바로 퇴원시켰어요." 보고서의 "12월 3日 出院"과 다름.
4. {{p:老周}} = 중국인 반장 {{p:周建军}}. {{p:小王}} = 차장(车间主任) {{p:王丽}}, 여성. {{p:张总}} = 사장 {{p:张德明}}. {{r:미향}} 씨는 {{p:小王}}을 "{{p:왕}} 언니"라고 불렀고, 친절했다고 함.
5. "치료비 8,600위안은 {{u:조선}} 측 노무비에서 공제"라는 부분: {{r:미향}} 씨는 이 돈이 자기 몫에서 빠졌다고 들었음. {{r:노성호}}가 "네 손가락 값"이라고 말했다고 함.""",
    },
    {
        "id": "h38-mixed-07",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Ri Kwang-min", "리광민", "witness", ["Ли Гван Мин"]),
            ("Kim Thae-ho", "김태호", "supervisor", ["Ким Тхэ Хо"]),
            ("Choe Yong-il", "최영일", "coworker", ["Цой Ён Иль"]),
        ],
        "note": "Russian site foreman's explanatory note (объяснительная) with an NGO Korean translation and English file note; Russian case endings on Korean and Russian names (Кима, Киму, Цоя, Гусеву А. В., Петренко Игоря Николаевича, Сергея Кана), initials after surnames, Choe as Цой, Ri as Ли, Korean hangul renderings of Russian names.",
        "text": """Генеральному директору
ООО «СтройДальВосток»
{{p:Гусеву А. В.}}
от прораба участка № 3
{{p:Петренко Игоря Николаевича}}

ОБЪЯСНИТЕЛЬНАЯ

Я, {{p:Петренко Игорь Николаевич}}, прораб участка № 3 (жилой комплекс, ул. {{u:Русская}}, {{u:Владивосток}}), по факту отсутствия на рабочем месте рабочего бригады {{r:Кима}} (граждане {{u:КНДР}}) сообщаю следующее.

15 марта 2019 г. рабочий {{r:Ли Гван Мин}} не вышел на смену в 07:00. Бригадир {{r:Ким Тхэ Хо}} сообщил мне об этом только в 11:20, когда я сам спросил, почему на 9-м этаже работают 11 человек вместо 12. {{r:Ким}} объяснил, что {{r:Ли}} «заболел и лежит в общежитии». В общежитие меня не пустили.

В 14:00 рабочий той же бригады {{r:Цой Ён Иль}} через переводчика {{p:Сергея Кана}} сказал мне, что накануне вечером {{r:Ли Гван Мина}} избили в общежитии и что {{r:Ли}} ночью ушёл. {{r:Цоя}} сразу после этого разговора бригадир увёл в сторону. Больше {{r:Цой}} со мной не разговаривал.

Я сообщил о случившемся мастеру {{p:Ткаченко Д. С.}} и инженеру по охране труда {{p:Абрамовой Н. П.}}. Участковому {{p:Сидорову}} я не звонил, так как по договору вопросы с рабочими {{u:КНДР}} решает их руководитель. {{r:Киму}} я сказал, что обязан подать объяснительную.

Прошу учесть, что я не был свидетелем избиения и знаю о нём только со слов {{r:Цоя}}. Считаю нужным сообщить, что у рабочих бригады {{r:Кима}} паспорта хранятся у бригадира, а выходных у них нет.

16.03.2019      подпись      /{{p:И. Н. Петренко}}/

────────────────
[설명서 번역 - 오픈게이트 {{p:정미르}}, 2020. 11.]
총사장 {{p:구세프 A. V.}} 앞 / 제3구역 공사반장 {{p:뻬뜨렌꼬 이고리 니꼴라예비치}} 작성

저 {{p:뻬뜨렌꼬}}는 제3구역({{u:블라디보스토크}} {{u:루스까야}} 거리 주택단지) 공사반장으로서, {{r:김}} 작업반({{u:조선}} 공민) 노동자의 결근에 대해 다음과 같이 보고합니다.

2019년 3월 15일 노동자 {{r:리광민}}이 07:00 작업에 나오지 않았습니다. 작업반장 {{r:김태호}}는 11:20에야 알렸습니다. {{r:김}} 반장은 {{r:리}}가 "아파서 숙소에 누워 있다"고 했습니다. 14:00에 같은 작업반 {{r:최영일}}이 통역 {{p:쎄르게이 깐}}을 통해, 전날 저녁 숙소에서 {{r:리광민}}이 맞았고 밤에 나갔다고 말했습니다. 그 직후 {{r:최}}는 작업반장에게 끌려갔습니다.

[File note, EN, {{p:Mir Jeong}}]
Witness {{r:Ri Kwang-min}} ({{r:리광민}}) reached {{u:Seoul}} in 2020 and recognised the foreman, {{p:Igor Petrenko}}, from a photo. He confirms he was beaten by {{r:Kim Thae-ho}} and another man, {{p:Jong}}, on 14 March and left that night. He believes {{r:Choe Yong-il}} ("{{r:Tsoi}}" in the Russian note) was punished for speaking to {{p:Petrenko}}. The interpreter {{p:Sergei Kan}} is a local Korean-Russian; he is not the same person as the {{p:Kan}} in case RU-11.""",
    },
    {
        "id": "h38-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Son Myong-guk", "손명국", "witness", ["سون ميونغ غوك"]),
            ("Kang Ryong-su", "강룡수", "supervisor", ["كانغ ريونغ سو"]),
        ],
        "note": "Kuwaiti sponsor's absconding report (kafala) in Arabic with a certified English translation and a Korean NGO note; Korean names in Arabic script, Arabic titles السيد and العامل outside the labels, surname Son beside 'his son', translator and sponsor private, the manpower authority and ministry real in both languages.",
        "text": """بسم الله الرحمن الرحيم

التاريخ: 2017/3/19
السادة / {{u:الهيئة العامة للقوى العاملة}} المحترمين
إدارة العمالة - محافظة {{u:الأحمدي}}

الموضوع: بلاغ تغيب عن العمل

تحية طيبة وبعد،

نفيدكم بأن العامل / {{r:سون ميونغ غوك}}، الجنسية: كوري، المهنة: عامل بناء، المكفول على شركتنا، قد تغيب عن العمل منذ تاريخ 2017/3/12 ولم يعد حتى تاريخه. وقد أفادنا مندوب العمالة الكورية السيد / {{r:كانغ ريونغ سو}} بأن العامل غادر السكن دون إذن ودون علم الشركة. كما أفادنا مشرف الموقع السيد / {{p:أنيل كومار}} بأن العامل لم يحضر إلى الموقع منذ التاريخ المذكور.

لذا نرجو منكم اتخاذ اللازم وتسجيل بلاغ التغيب، وإبلاغ {{u:وزارة الداخلية}} بذلك، مع إخلاء مسؤولية الشركة.

وتفضلوا بقبول فائق الاحترام والتقدير،

الكفيل: {{p:فهد مبارك العجمي}}
المدير العام - شركة الوفرة الحديثة للمقاولات العامة
[ختم الشركة]

────────────────
CERTIFIED TRANSLATION (Arabic to English)
Translator: {{p:Rania Haddad}}, sworn translator, {{u:Kuwait City}}

Date: 19/3/2017
To: {{u:Public Authority for Manpower}}, Labour Department, {{u:Ahmadi}} Governorate
Subject: Report of absence from work (absconding)

We inform you that the worker {{r:SON MYONG GUK}}, nationality: Korean, occupation: construction worker, sponsored by our company, has been absent from work since 12/3/2017 and has not returned to date. The representative of the Korean workers, Mr {{r:KANG RYONG SU}}, informed us that the worker left the accommodation without permission and without the company's knowledge. The site supervisor, Mr {{p:Anil Kumar}}, informed us that the worker has not attended the site since that date.

We therefore request that you register the absconding report and inform the {{u:Ministry of Interior}}, releasing the company from responsibility.

Sponsor: {{p:Fahad Mubarak Al-Ajmi}}, General Manager, Al-Wafra Modern General Contracting Co.

────────────────
[오픈게이트 메모 - {{p:허은채}}, 2017. 4.]
- 이 "도주 신고"는 스폰서가 {{r:손명국}} 씨를 불법체류자로 만드는 절차임. 실제로 {{r:손명국}} 씨는 3월 12일 {{u:주쿠웨이트 대한민국 대사관}}에 보호를 요청하였음. 신고서에 "{{u:조선}} 사람 대표"로 나오는 {{r:강룡수}}는 {{r:손}} 씨에 따르면 여권 30여 개를 보관하던 작업반 책임자임.
- 신고서 날짜는 3/19인데 {{r:강룡수}}가 스폰서에게 알린 것은 3/12 당일이었다고 {{p:아닐}} 감독이 나중에 {{r:손}} 씨에게 전함.
- {{r:손}} 씨의 아들 {{p:손철}}({{u:남포}} 거주)의 안전 문제로, 보고서에는 {{r:손}} 씨의 이름을 쓰지 않기로 함.
- English summary for the lawyer: the sponsor filed an absconding report a week after Mr {{r:Son}} reached the embassy. Mr {{r:Son}} asks that his son, {{p:Son Chol}}, is never named. {{r:Myong-guk}} has no copy of his contract.""",
    },
    {
        "id": "h38-mixed-09",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ham Yong-jin", "함영진", "witness", ["Хам Ён Жин"]),
            ("Sok Chol-ho", "석철호", "supervisor", ["Сок Чол Хо"]),
            ("Ki Chun-sam", "기춘삼", "coworker", []),
        ],
        "note": "Mongolian border-post ledger page (Cyrillic Mongolian) photographed and annotated in Korean and English; Korean names in Mongolian Cyrillic, Mongolian officers as initial-dot-name (Б.Ганбаатар), DPRK as БНАСАУ in the nationality column, a group leader holding passports, one name misspelt in the ledger and corrected in the note, surname 기 beside 기차 and 기록.",
        "text": """{{u:ЗАМЫН-ҮҮД}} ТЕМЕР ЗАМЫН ХИЛИЙН БООМТ
Хилээр нэвтэрсэн зорчигчийн бүртгэл (гадаадын иргэн), 2016.10.14, ээлж II
Ээлжийн ахлах: ахлах дэслэгч {{p:Б.Ганбаатар}}
Бүртгэсэн: байцаагч {{p:Д.Оюунчимэг}}

№  | Овог нэр                | Иргэншил | Паспорт    | Чиглэл          | Тэмдэглэл
41 | {{r:СОК ЧОЛ ХО}}            | {{u:БНАСАУ}}   | 6xxxxx41   | гарсан          | бүлгийн ахлагч, 18 паспорт барьсан
42 | {{r:ХАМ ЁН ЖИН}}            | {{u:БНАСАУ}}   | 6xxxxx42   | гарсан          |
43 | {{r:КИ ЧУН САМ}}            | {{u:БНАСАУ}}   | 6xxxxx43   | гарсан          |
44 | {{p:ПАК МЁН ИЛ}}            | {{u:БНАСАУ}}   | 6xxxxx44   | гарсан          |
45 | {{p:ЧО КВАН СОН}}           | {{u:БНАСАУ}}   | 6xxxxx45   | гарсан          |
46 | {{p:РИ ТОН ГИЛ}}            | {{u:БНАСАУ}}   | 6xxxxx46   | гарсан          | эмчилгээ шаардлагатай (гар)
47 | {{p:ЮН СОН МИН}}            | {{u:БНАСАУ}}   | 6xxxxx47   | гарсан          |
48 | {{p:ХАН ЧХОЛ}}              | {{u:БНАСАУ}}   | 6xxxxx48   | гарсан          |
49 | {{p:ЧОН ИН ХО}}             | {{u:БНАСАУ}}   | 6xxxxx49   | гарсан          |
Тайлбар: № 41-49 {{u:БНАСАУ}}-ын барилгын ажилчид, {{u:Улаанбаатар}}-аас галт тэргээр ирсэн. Бүх паспортыг {{r:Сок Чол Хо}} нэг дор өгсөн. № 46 {{p:Ри Тон Гил}} гараа боосон, ахлагч эмчид үзүүлэхийг зөвшөөрөөгүй.
Гарын үсэг: {{p:Б.Ганбаатар}}

────────────────
[메모 - 사진 제공: 전직 국경 통역 {{p:Ganbold}}, 2019. 번역 및 주석: {{p:Nomin Batbayar}}, {{p:허은채}}]
1. 41번 {{r:СОК ЧОЛ ХО}} = {{r:석철호}}. 작업반 책임자. 여권 18개를 한꺼번에 제출했다고 기록됨.
2. 42번 {{r:ХАМ ЁН ЖИН}} = {{r:함영진}}(본 사건 구술자). {{r:함영진}} 씨는 이날 기차로 {{u:에렌호트}}를 거쳐 {{u:단둥}}으로 갔다고 기억함. {{r:함}} 씨 말: "{{r:석}} 반장이 여권을 다 들고 있어서 우리는 국경에서 얼굴만 보여 줬다."
3. 43번 {{r:КИ ЧУН САМ}}은 원부에 이렇게 적혀 있으나 {{r:함영진}} 씨는 {{r:기춘삼}}이라고 확인함. {{r:춘삼}}이는 기차 안에서 내내 울었다고 함. 기록상 "{{r:Ki}}"와 "{{r:Kee}}" 두 가지로 쓰인 문서가 있음.
4. 46번 {{p:РИ ТОН ГИЛ}} = {{p:리동길}}로 추정. 손 부상. 이름이 같은 사람이 많아 확인 불가.
5. The Тайлбар (remarks) line in English: "Nos. 41-49 are {{u:DPRK}} construction workers who came from {{u:Ulaanbaatar}} by train. All passports were handed over together by {{r:Sok Chol Ho}}. No. 46, {{p:Ri Tong Gil}}, had a bandaged hand; the leader did not allow him to see a doctor." The duty officer {{p:B. Ganbaatar}} and inspector {{p:D. Oyuunchimeg}} are named only because they signed; they are not accused of anything.""",
    },
    {
        "id": "h38-mixed-10",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ryom Kwang-chol", "렴광철", "witness", ["Yeom Kwang-cheol"]),
            ("Pae Yong-gu", "배영구", "supervisor", []),
            ("Yo Chang-su", "여창수", "coworker", []),
        ],
        "note": "Polish labour inspection protocol (protokół kontroli) with a worker list and an English NGO summary; Polish titles pan/pani outside the labels, case endings on Polish names (Lisa, Kubiakiem), Ryom/Yeom romanizations, inspector, company officers and interpreter private, inspectorate and Border Guard real, the subcontractor invented.",
        "text": """{{u:PAŃSTWOWA INSPEKCJA PRACY}}
{{u:Okręgowy Inspektorat Pracy w Gdańsku}}
Oddział w {{u:Gdyni}}

PROTOKÓŁ KONTROLI nr GD/2016/0912 (wyciąg)

1. Podmiot kontrolowany: Nord-Steel Montaż sp. z o.o., {{u:Gdynia}} (podwykonawca robót spawalniczych na terenie stoczni)
2. Kontrolę przeprowadził: starszy inspektor pracy {{p:Marta Górecka}}
3. Przy kontroli obecni: prezes zarządu {{p:Andrzej Kubiak}}; kierownik robót {{p:Tadeusz Lis}}; „koordynator grupy pracowników z {{u:KRLD}}” pan {{r:Pae Yong-gu}}; tłumacz języka koreańskiego {{p:Choi Min-jung}} (wezwana przez inspektora)

4. USTALENIA
4.1 W dniu kontroli (22.09.2016) na terenie robót przebywało 16 obywateli {{u:KRLD}}, zatrudnionych na podstawie umów o dzieło zawartych z agencją. Wykaz pracowników przedstawiony przez pana {{r:Pae}}:
  1) {{r:RYOM KWANG CHOL}}, spawacz
  2) {{r:YO CHANG SU}}, spawacz
  3) {{p:KIM SONG NAM}}, spawacz
  4) {{p:RI CHOL JIN}}, monter
  5) {{p:CHA YONG HO}}, monter
  6) {{p:O KUM SONG}}, szlifierz
  7) {{p:PAK IL}}, pomocnik
  8) {{p:HONG TONG CHOL}}, pomocnik
  (pozostałe 8 osób - wykaz w załączniku nr 3)
4.2 Ewidencja czasu pracy: brak. Według oświadczenia pana {{p:Lisa}} pracownicy z {{u:KRLD}} pracują „tak jak Polacy”, tj. 8 godzin. Według zapisów bramy stoczniowej pracownicy wchodzą o 6:00 i wychodzą po 20:00, także w soboty.
4.3 Wynagrodzenie: przelewane na jedno konto bankowe, którego właścicielem jest agencja. Pan {{p:Kubiak}} oświadczył, że „wypłaty dla Koreańczyków rozlicza pan {{r:Pae}}”.
4.4 Dokumenty tożsamości: paszporty 16 pracowników przechowywane w sejfie w kontenerze biurowym; klucz posiada pan {{r:Pae Yong-gu}}. Na żądanie inspektora paszporty okazano.
4.5 Rozmowa z pracownikiem bez udziału pana {{r:Pae}} i przedstawicieli pracodawcy: pan {{r:Ryom Kwang-chol}} oświadczył przez tłumacza, że otrzymuje miesięcznie ok. 120 USD w gotówce od pana {{r:Pae}}, że nie zna treści swojej umowy i że 2 tygodnie wcześniej jego kolega, pan {{r:Yo Chang-su}}, doznał oparzenia przedramienia i nie został skierowany do lekarza. Oparzenie pana {{r:Yo}} inspektor widziała osobiście.
4.6 Pan {{r:Pae}} odmówił podpisania protokołu przesłuchania, oświadczając, że „wszystko załatwia z panem {{p:Kubiakiem}}”.

5. WNIOSKI
Nakaz skierowania pana {{r:Yo Chang-su}} na badania lekarskie; wystąpienie w sprawie legalności zatrudnienia; zawiadomienie {{u:Straży Granicznej}} (Morski Oddział, placówka w {{u:Gdyni}}).

Protokół sporządzono w 2 egzemplarzach. Podpis inspektora: {{p:M. Górecka}}. Podpis prezesa: {{p:A. Kubiak}}. Pan {{r:Pae}} - odmowa podpisu.

────────────────
ENGLISH SUMMARY (Open Gate, {{p:Marek Zieliński}}, 2021)
The protocol records 16 North Korean welders and fitters at a {{u:Gdynia}} yard subcontractor in September 2016, no working-time records, wages paid into one agency account, and all passports in a safe whose key was held by the group coordinator, {{r:Pae Yong-gu}}. Our witness {{r:Ryom Kwang-chol}} (who now uses the South Korean spelling {{r:Yeom Kwang-cheol}}) is worker no. 1 on the list. He spoke to inspector {{p:Górecka}} alone and believes this is why he was sent home in November 2016; he left the {{u:DPRK}} again in 2018. His co-worker {{r:Yo}}, the man with the burn, was still in {{u:Poland}} in 2017 according to {{r:Ryom}}.""",
    },
    {
        "id": "h38-mixed-11",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Chang Myong-il", "장명일", "witness", ["Myong-il"]),
            ("Ko Un-jong", "고은정", "witness", ["Ko Eun-jeong"]),
            ("Chang Yong-dae", "장영대", "relative", []),
        ],
        "note": "User-account spreadsheet of an NGO case database (tab-free pipe layout) with usernames, display names, e-mails, roles and Korean notes; logins that spell names (myongil.chang, eunjeong_ko, ko.eunjeong) next to role accounts and word-like handles (bear1984, sunny.day), staff and witness-reviewers, a locked account of a relative.",
        "text": """Open Gate case DB - user accounts (export 2024-01-08, for the annual access review)
Reviewer: {{p:Tom Brannigan}}. Rule: remove accounts not used in 180 days; witness-reviewer accounts expire when their transcript is signed off.

username          | display name          | e-mail                                   | role             | last login  | 2FA | note
admin             | System Admin          | it@opengate-workers.org                  | superuser        | 2024-01-08  | yes |
{{p:yoon.seoyeon}}      | {{p:Yoon Seo-yeon}}         | {{p:seoyeon.yoon}}@opengate-workers.org        | director         | 2024-01-05  | yes |
{{p:tbrannigan}}        | {{p:Tom Brannigan}}         | {{p:tom.brannigan}}@opengate-workers.org       | programme        | 2024-01-08  | yes |
{{p:ej.pyo}}            | {{p:Pyo Eun-ji}}            | {{p:eunji.pyo}}@opengate-workers.org           | interviewer      | 2023-12-21  | yes |
interviewer02     | {{p:권다솜}}                | {{p:dasom.kwon}}@opengate-workers.org          | interviewer      | 2023-12-28  | yes | 신규 5월
{{p:mzielinski}}        | {{p:Marek Zieliński}}       | {{p:m.zielinski}}@opengate-workers.org         | researcher (PL)  | 2023-11-30  | yes |
translator_ru     | {{p:Yekaterina Ivanova}}    | {{p:e.ivanova.translate}}@gmail.com            | translator       | 2023-10-02  | no  | 2FA 설정 요청
bear1984          | {{p:최재웅}} (자원봉사)     | bear1984@naver.com                       | finance (read)   | 2023-12-30  | no  | 회계 은퇴 후 자원봉사. 닉네임 bear
sunny.day         | {{p:Nomin B.}}              | sunny.day.ub@gmail.com                   | consultant (MN)  | 2023-06-14  | no  | 180일 초과 - 비활성화
{{p:heo.eunchae}}       | {{p:허은채}}                | {{p:eunchae.heo}}@opengate-workers.org         | legal            | 2024-01-04  | yes |
{{r:myongil.chang}}     | {{r:Chang Myong-il}} ({{r:장명일}}) | {{r:myongil.chang}}@gmail.com                  | witness-reviewer | 2023-12-19  | no  | RU-22 녹취 검토 중. {{r:명일}} 씨 요청으로 2월까지 연장
{{r:eunjeong_ko}}       | {{r:고은정}}                | {{r:ko.eunjeong}}@daum.net                     | witness-reviewer | 2023-09-30  | no  | CN-08 검토 완료(9/30). 비활성화 예정
cn08_family       | {{r:장영대}}                | (없음)                                   | witness-reviewer | never       | no  | 잘못 만든 계정. {{r:장명일}} 씨 아버지 이름으로 생성됨 - 즉시 삭제
guest_hana        | 하나센터 공용           | hana.center.shared@gmail.com             | read-only        | 2023-04-11  | no  | 공용 계정 금지. 삭제

Reviewer's notes
1. {{r:Myong-il}}'s account: keep until 29 Feb; he is still checking the Russian place names in RU-22 with {{p:Yekaterina}}.
2. {{r:eunjeong_ko}}: transcript signed off on 30 Sep. Deactivate. {{r:Ko Eun-jeong}} asked us to keep her e-mail for the newsletter only (she uses the Southern spelling now; the case file has {{r:Ko Un-jong}}).
3. cn08_family was created by mistake with the name of {{r:Chang Myong-il}}'s father, {{r:Chang Yong-dae}}, who is still in {{u:North Korea}}. The account was never used. Delete now and check the audit log for any export. {{p:Eun-chae}} to confirm.
4. bear1984 is {{p:Jae-woong}}'s own handle; he likes it. Fine, but he must turn on 2FA.
5. guest_hana and any other shared account: delete.""",
    },
    {
        "id": "h38-mixed-12",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Tong Chol-min", "동철민", "witness", ["철민"]),
            ("Ma Yong-sik", "마영식", "supervisor", []),
            ("Sa Kwang-il", "사광일", "coworker", ["광일"]),
        ],
        "note": "vCard export of a worker's phone contacts (Russian SIM) with FN, N, NICKNAME, NOTE fields in Korean, Russian, Chinese and English; the supervisor saved under the unregistered nickname 여우 (fox) next to 여우 같은 as a word, structured N fields that split family and given name (사;광일), surname 동 beside 동무, 王老板 labelled whole, real bank and consulate.",
        "text": """BEGIN:VCARD
VERSION:3.0
FN:{{r:여우}}
N:;{{r:여우}};;;
TEL;TYPE=CELL:+7 914 xxx xx 01
NOTE:{{r:마영식}} 반장. 밤에 오는 전화 받지 말 것. 여우 같은 놈
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:{{r:광일}}이
N:{{r:사}};{{r:광일}};;;
NICKNAME:{{r:사층}}
TEL;TYPE=CELL:+7 924 xxx xx 17
NOTE:{{r:사광일}} 동무. 4층 방. 그래서 {{r:사층}}
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:{{p:Маша}} магазин
N:;{{p:Маша}};;;
TEL;TYPE=WORK:+7 423 xxx xx 40
NOTE:외상 됨. 빵, 담배
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:{{p:ОЛЕГ}} прораб
N:{{p:Смирнов}};{{p:Олег}};{{p:Викторович}};;
TEL;TYPE=CELL:+7 902 xxx xx 88
NOTE:{{p:올레그}} 감독. 좋은 사람. 돈은 직접 줌
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:{{p:王老板}}
N:{{p:王}};老板;;;
TEL;TYPE=CELL:+86 13x xxxx xxxx
NOTE:{{u:훈춘}} 송금. {{r:마}} 반장 모르게
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Dr {{p:Ahmed}} clinic
ORG:Prima Med
TEL;TYPE=WORK:+7 423 xxx xx 12
NOTE:{{u:우즈벡}} 의사. 돈 조금만 받음
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:{{p:Sergey}} Taxi
TEL;TYPE=CELL:+7 914 xxx xx 63
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:누나 ({{u:연길}})
N:{{p:동}};{{p:순희}};;;
TEL;TYPE=CELL:+86 18x xxxx xxxx
NOTE:{{p:동순희}}. {{u:연길}}. 한 달에 한 번만
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:{{p:Kim Dae-sung}} 목사
ORG:한인교회
TEL;TYPE=CELL:+7 908 xxx xx 21
EMAIL:{{p:daesung.kim}}@mail.ru
NOTE:일요일 2시. {{r:광일}}이도 한번 데려가기
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:{{u:Генконсульство Республики Корея}}
ORG:{{u:Генеральное консульство Республики Корея во Владивостоке}}
TEL;TYPE=WORK:+7 423 xxx xx xx
NOTE:마지막 방법
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:{{u:Сбербанк}} 900
TEL:900
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:나
N:{{r:동}};{{r:철민}};;;
TEL;TYPE=CELL:+7 914 xxx xx 05
NOTE:이 번호는 {{r:마}} 반장이 모름. 동무들한테 알려 주지 말 것
END:VCARD

[추출 메모 - {{p:정미르}}, 2021. 2.] 위 연락처는 구술자 {{r:동철민}} 씨의 {{u:러시아}} 휴대폰에서 본인 동의 하에 내보낸 것. "{{r:여우}}"는 작업반장 {{r:마영식}}. "누나 ({{u:연길}})" 카드는 {{r:철민}} 씨의 누나 {{p:동순희}}. 목사 {{p:김대성}}과 {{p:올레그}} 감독({{p:Олег Викторович Смирнов}})에게는 연락하지 않음.""",
    },
    {
        "id": "h38-mixed-13",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Rim Hye-song", "림혜송", "witness", ["Hye-song", "ริม ฮเย ซ็อง"]),
            ("Paek Ok-ju", "백옥주", "coworker", ["Ok-ju"]),
            ("Tae Kum-hwa", "태금화", "supervisor", []),
        ],
        "note": "Immigration detention centre visitor log from Bangkok (Thai column heads, Thai ranks outside the labels, Korean names in Thai script and in capitals) with a Korean visitor's note and an English summary; a restaurant manager from Vientiane named only in the note, church volunteers by first name, embassy staff private.",
        "text": """ศูนย์กักตัวคนต่างด้าว {{u:สวนพลู}} - สมุดบันทึกผู้เยี่ยม (Visitor log) อาคาร 2 หญิง
หน้า 118 (มีนาคม 2561 / March 2018)

วันที่ | ชื่อผู้เยี่ยม (visitor) | บัตร/พาสปอร์ต | ผู้ต้องกัก (detainee) | ห้อง | ความสัมพันธ์ | เข้า-ออก | เจ้าหน้าที่
05/03 | {{p:Park Soo-jin}} | M123xxxxx | {{r:RIM HYE SONG}} / {{r:ริม ฮเย ซ็อง}} | 2-4 | NGO | 10:05-10:50 | ส.ต.ท.หญิง {{p:วิภาวรรณ}}
05/03 | {{p:Park Soo-jin}} | M123xxxxx | {{r:PAEK OK JU}} / {{r:แพ็ก อก จู}} | 2-4 | NGO | 10:50-11:20 | ส.ต.ท.หญิง {{p:วิภาวรรณ}}
07/03 | {{p:Lee Han-byul}} | M441xxxxx | {{r:RIM HYE SONG}} | 2-4 | สถานทูต (embassy) | 14:00-15:10 | ด.ต. {{p:สมศักดิ์ แก้วมณี}}
07/03 | {{p:Lee Han-byul}} | M441xxxxx | {{r:PAEK OK JU}} | 2-4 | สถานทูต (embassy) | 15:10-16:00 | ด.ต. {{p:สมศักดิ์ แก้วมณี}}
09/03 | {{p:Grace}} / {{p:Esther}} | (church) | 2-4 ทั้งห้อง (whole room) | 2-4 | โบสถ์ (church) | 13:00-14:00 | ส.ต.ท.หญิง {{p:วิภาวรรณ}}
12/03 | Khun {{p:Nok}} (ล่าม interpreter) + {{p:Park Soo-jin}} | - | {{r:RIM HYE SONG}} | 2-4 | NGO | 09:30-11:45 | ส.ต.ต. {{p:ธนพล}}
14/03 | นาย{{p:ประเสริฐ วงศ์สุวรรณ}} | 3-1009-xxxxx | {{p:NGUYEN THI HOA}} | 2-6 | ทนาย (lawyer) | 10:00-10:30 | ด.ต. {{p:สมศักดิ์ แก้วมณี}}
16/03 | {{p:Lee Han-byul}} + {{p:Choi Jae-hyun}} | M441xxxxx / M209xxxxx | {{r:RIM}}, {{r:PAEK}} | 2-4 | สถานทูต (embassy) | 10:00-12:00 | ร.ต.อ. {{p:กิตติพงษ์}}
16/03 | {{p:Grace}} | (church) | 2-4 ทั้งห้อง | 2-4 | โบสถ์ | 13:00-13:40 | ส.ต.ท.หญิง {{p:วิภาวรรณ}}
20/03 | {{p:Park Soo-jin}} | M123xxxxx | {{r:PAEK OK JU}} | 2-4 | NGO | 10:00-10:40 | ส.ต.ต. {{p:ธนพล}}
22/03 | - | - | {{r:RIM HYE SONG}}, {{r:PAEK OK JU}} ย้ายออก (transferred out) | - | - | 06:00 | ร.ต.อ. {{p:กิตติพงษ์}}

[방문 메모 - {{p:박수진}}, 2018. 3. 12. 면회 후 작성]
{{r:림혜송}} 씨(26)와 {{r:백옥주}} 씨(24)는 {{u:라오스}} {{u:비엔티안}}의 {{u:북한}} 식당에서 일하다가 2018년 2월 함께 식당을 나왔음. 식당 책임자는 {{r:태금화}}. {{r:혜송}} 씨 말로는 "{{r:태}} 책임자는 우리가 손님한테 받은 팁을 매일 밤 세어서 가져갔다"고 함. {{r:옥주}}는 아직 밤에 자주 깬다고. {{u:메콩강}}을 건넌 뒤 {{u:농카이}}에서 {{u:태국}} 경찰에 자수함.
통역은 Khun {{p:Nok}}({{p:녹}} 씨, 태국인, 한국어 가능)이 도움. 같은 방 {{u:베트남}} 여성 {{p:응우옌 티 호아}}가 두 사람에게 담요를 나눠 줌.
{{r:혜송}} 씨는 식당 동료 {{p:강소연}}, {{p:리은주}}가 아직 {{u:비엔티안}}에 있다며 걱정함.

[English summary for the file]
Two North Korean women, {{r:Rim Hye-song}} and {{r:Paek Ok-ju}}, were held in room 2-4 from early March 2018 until their transfer on 22 March. Both worked in a North Korean state restaurant in {{u:Vientiane}} under the manager {{r:Tae Kum-hwa}}. Visits by our staff ({{p:Soo-jin}}), by embassy officers ({{p:Han-byul}}, {{p:Jae-hyun}}) and by two church volunteers are recorded above. {{r:Hye-song}} and {{r:Ok-ju}} arrived in {{u:Seoul}} on 29 March.""",
    },
    {
        "id": "h38-mixed-14",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Kong Il-gwang", "공일광", "witness", ["일광"]),
            ("Won Hak-su", "원학수", "supervisor", []),
            ("Om Chol-su", "엄철수", "coworker", ["철수"]),
        ],
        "note": "Angolan site attendance register (livro de ponto) in Portuguese with P/F marks, photographed and annotated in Korean by the witness; surname 공 beside 공 (ball) and 공일, 원 beside the currency 원, Portuguese titles Eng. and Sr. outside the labels, Angolan, Brazilian and Chinese names, a real memorial named after a public figure; 조선, 북한, 앙골라 and 미국 as attributive place names.",
        "text": """LIVRO DE PONTO - MÃO DE OBRA
Obra: Edifício residencial, Lote 14, {{u:Talatona}}, {{u:Luanda}}
Semana: 08/04/2013 a 14/04/2013
Encarregado geral: {{p:Mário Domingos}}   Fiscal: Eng. {{p:Ricardo Alves}}
Equipa coreana - responsável: Sr. {{r:WON HAK SU}}
Legenda: P = presente, F = falta, FJ = falta justificada, D = descanso

Nº | Nome                    | Função     | 2ª | 3ª | 4ª | 5ª | 6ª | Sáb | Dom
01 | {{p:Manuel Kiala}}            | Pedreiro   | P  | P  | P  | F  | P  | P   | D
02 | {{p:João Baptista Neto}}      | Servente   | P  | P  | P  | P  | P  | P   | D
03 | {{p:Domingos Kapenda}}        | Carpinteiro| P  | FJ | P  | P  | P  | P   | D
04 | {{p:Adelino Tchissola}}       | Servente   | P  | P  | P  | P  | F  | P   | D
05 | {{r:WON HAK SU}}              | Responsável| P  | P  | P  | P  | P  | P   | P
06 | {{r:KONG IL GWANG}}           | Pedreiro   | P  | P  | P  | P  | P  | P   | P
07 | {{r:OM CHOL SU}}              | Pedreiro   | P  | P  | P  | P  | P  | P   | P
08 | {{p:KIM YONG CHAN}}           | Armador    | P  | P  | P  | P  | P  | P   | P
09 | {{p:RI SONG HUN}}             | Armador    | P  | P  | P  | P  | P  | P   | P
10 | {{p:PAK CHUN IL}}             | Pintor     | P  | P  | P  | P  | P  | P   | P
11 | {{p:HAN MYONG SOK}}           | Pintor     | P  | P  | P  | P  | P  | P   | P
12 | {{p:SO TAE GIL}}              | Servente   | P  | P  | P  | P  | P  | P   | P
Observações: equipa coreana trabalha 7/7 conforme acordo com o Sr. {{r:Won}}. Nº 07 ({{r:Om}}) com febre na 4ª, mas marcado P a pedido do responsável. Material (ferro) entregue pelo fornecedor chinês, Sr. {{p:Zhou}}, na 5ª.
Visto: {{p:M. Domingos}}   Eng. {{p:R. Alves}}

────────────────
[구술자 {{r:공일광}}의 설명, 2020년 녹음에서 옮김. 정리 {{p:정다운}}]
이 출근부 사진은 제가 {{p:마리우}} 감독 책상에서 몰래 찍은 겁니다. 보시면 우리 {{u:조선}} 사람들은 일요일까지 전부 P로 돼 있지요. 일요일에도 일했다는 건 맞습니다. 그런데 {{r:철수}}가 수요일에 말라리아로 열이 사십 도였는데도 {{r:원}} 반장이 P로 적으라고 했습니다. {{r:원학수}} 반장 말이 "결근이 적히면 {{u:앙골라}} 회사에서 돈을 깎는다"는 거였습니다. 그 돈이 우리 돈도 아닌데 말입니다. 우리 손에 들어온 건 한 달에 {{u:미국}} 돈 50딸라, {{u:북한}} 돈으로 치면 몇십만 원이지만 여기서는 빵값밖에 안 됩니다.
{{r:엄철수}}는 그 주에 결국 쓰러졌고, {{u:앙골라}} 사람 {{p:아델리누}}가 자기 오토바이로 병원에 데려다줬습니다. {{r:원}} 반장은 나중에 {{p:아델리누}}에게 고맙다는 말도 안 했습니다.
일요일 저녁이면 {{u:앙골라}} 사람들이 공을 찼는데, 우리는 구경만 했습니다. {{p:마누엘}}이 "{{r:공}}, 같이 차자" 하고 불렀는데, 제 성이 공이라서 그게 우스웠던 모양입니다. {{r:원}} 반장이 보는 앞이라 못 갔습니다.
현장 근처에 {{u:아고스티뉴 네투}} 기념관({{u:Memorial Dr. António Agostinho Neto}})이 있었는데, 우리는 한 번도 들어가 보지 못했습니다.
{{r:일광}}이라는 제 이름을 {{p:도밍구스}} 씨는 "{{r:일}}"이라고만 불렀습니다.""",
    },
]
