# ruff: noqa: E501
"""Held-out evaluation passages, set 57. Built by build_heldout.py heldout57.

About fifty documents of the kind an NGO working on North Korean workers sent abroad
could plausibly receive or write, written blind (the finder's code was not read and
the finder was not run). A few are the core material staff type every day (third-person
interview summaries, a question-and-answer transcript, Korean interview notes and mixed
Korean/English notes); the rest are genres no earlier set used (restaurant
mystery-shopper reports, garment bundle tickets, barristers' cross-examination outlines,
country-expert reports for asylum appeals, written evidence to a parliamentary
committee, shareholder questions for an AGM, dry-dock work-order lists, port agents'
disbursement accounts, art-studio painting sale certificates, browser-history exports,
walking-group step leaderboards, wire-recall requests, domain-registration research
notes, medical-interpreter encounter forms, quiz-night team sheets, translated North
Korean cadre biographical records, settlement-centre class reunion dues lists,
housewarming potluck lists, used-car sale contracts, gym membership freeze requests,
hair-salon appointment books, draft civil complaints, angling-club outing rosters,
neighbourhood-patrol rotas, job-fair booth consultation logs, high-school equivalency
study-group journals, blood-drive registers, food-bank distribution registers, ID-photo
studio order books, audiobook narration cast sheets, translated Russian labour record
books, WeChat relay sign-up chains, translated UAE labour-card cancellation forms,
Mongolian landlords' rent notebooks, Polish occupational-medicine referral lists,
Vietnamese border-guard handover records, restaurant performers' costume inventories,
acupuncture-clinic receipt books, video-call breakout-room assignments, app-store
developer-account review notes, Chinese canteen meal-card top-up records, timber
phytosanitary certificate cover lists, newsletter mail-merge previews and
verbatim-theatre audition sign-up sheets), in English, Korean and mixed
Korean/English with Russian, Chinese, Arabic, Mongolian, Polish, Vietnamese, Swahili
and Japanese. All persons are fictional; real public figures are mentioned only
neutrally.

Labelling convention (as in the preceding sets):
- {{r:...}} a mention of a registered private person (listed in the passage's
  "persons" as (romanized name, Hangul name, role, aliases)); {{p:...}} a mention
  of an unregistered private person; {{u:...}} a public name: a real public figure,
  a real place, a real organisation or company, a real ship, app or platform.
- Every fictional person is private, whatever their office (a fictional ambassador,
  judge, police officer, inspector, pastor, doctor or interpreter is private).
- Invented businesses, sites, churches and vessels are left unmarked.
- A mention is the name only: particles, the affectionate suffix 이, possessive 's,
  plural -s and emoji stay outside (박철민이 -> {{r:박철민}}이), and so do titles and
  honorifics (리 반장님 -> {{r:리}} 반장님, 김 동무, 순희 언니, Mr {{p:Ho}}, Dr {{p:X}});
  Chinese forms of address are labelled whole (老王, 小李, 金经理), Russian and
  Polish names keep their case endings (Пака, Кима, Kima).
- A nickname or alias that refers to a person is a mention of that person even when
  it is not registered as an alias; the same word used as an ordinary word is not.
- Initials standing for a person are mentions; in e-mail addresses, handles, URLs and
  file names only the part that spells the name is labelled; role accounts are unmarked.
- Zero-width characters, fullwidth letters and a line break inside a name stay inside
  the mention; OCR-garbled names are labelled as written.
- Generic kinship or role words (엄마, 형, 반장, "the cook") are not mentions; a surname
  discussed as a word is not a mention, nor are ordinary words that look like names
  ("So,", "No.", "an", "Moon" the satellite, 이상, 위해, 송금, 문).
- Country names are public whenever they stand as nouns, also attributively (DPRK,
  North Korea, 한국, 북한 식당, 중국 돈); nationality adjectives and derived words
  (Korean, Chinese, 한국어, 중국인, 러시아인) are not marked.
"""

PASSAGES: list[dict] = [
    {
        "id": "h57-en-01",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("So Kwang-il", "소광일", "witness", ["Kwang-il"]),
            ("Moon Chol-ho", "문철호", "supervisor", ["Big Moon"]),
            ("An Yong-suk", "안영숙", "relative", ["Yong-suk"]),
        ],
        "note": "Third-person interview summary, Vladivostok construction; witness surname So beside the discourse word 'So,'; brigade leader Moon nicknamed Big Moon beside the moon; wife surname An beside the article 'an'; one-syllable given name Il; CRLF.",
        "text": """INTERVIEW SUMMARY - case VL-2024-031 (third interview, consolidated)
Interviewer: {{p:Rachel Nam}} | Interpreter: {{p:Ko Eun-ji}} | Date: 14 May 2024
Place: NGO office, {{u:Seoul}} | Duration: 2 h 40 min

Interviewee: {{r:So Kwang-il}} ({{r:소광일}}), born 1979 in {{u:Hamhung}}, {{u:South Hamgyong Province}}. Plasterer by trade.

1. Departure
{{r:So}} left {{u:Pyongyang}} by train in March 2017 with a group of 32 men. They crossed at {{u:Tumangang}} and were met on the Russian side by an official from the company, Mr {{p:Do}}, who collected every passport before the bus moved. So, {{r:So}} says, "from the first hour we were nobody." The group reached {{u:Vladivostok}} after dark.

2. Work and supervision
The brigade lived in containers behind a residential site on {{u:Russky Island}}. It was headed by {{r:Moon Chol-ho}}, whom the men called "{{r:Big Moon}}" because of his round face. {{r:Kwang-il}} remembers that on clear nights the moon over the bay was the only thing nobody could take from them. He kept a notebook of "sins" for each man. Other members named by the interviewee: {{p:Ha Song-nam}} (tiler), {{p:Jo Tae-hyok}} (welder), and a nineteen-year-old apprentice known only as {{p:Il}}. {{p:Il}} cried every night for a month; {{r:Big Moon}} moved him to night shift "to toughen him".

3. Wages
The Russian contractor paid about 55,000 roubles per worker per month to {{r:Moon}}. {{r:So}} received between 3,000 and 6,000. The rest went to the "plan" and, in April, to a loyalty fund for the birthday of {{u:Kim Il Sung}}. {{r:So}} saw a ledger once: {{r:Moon}}'s own name headed it, then Mr {{p:Do}}'s, then "the centre".

4. Family
His wife, {{r:An Yong-suk}} ({{r:안영숙}}), stayed at home with their son. {{r:Yong-suk}} wrote twice through the company, once to say the boy had entered middle school, once to ask for money for a doctor. He had an address for her only in the form "{{r:An}}, people's unit 14". He has not heard from {{r:Yong-suk}} since 2019.

5. Injury of a co-worker
In November 2018 {{p:Jo}} fell from a scaffold. {{r:Big Moon}} refused to call an ambulance; a Russian foreman named {{p:Vitaly}} drove {{p:Jo}} to hospital in his own car. He was sent back to the {{u:DPRK}} in a cast three weeks later.

6. Leaving the site
In August 2019 {{r:Kwang-il}} walked out during a power cut. A Korean-Russian woman he calls "Auntie {{p:Lyuba}}" hid him for four days, and he took a train to {{u:Moscow}}, where he approached the office of the {{u:UNHCR}}. He reached {{u:Incheon}} in 2020.

Follow-up
{{p:Rachel}} to check whether {{p:Ha Song-nam}} also reached the South (the interviewee heard a rumour). No further contact with the family is advised.
""",
    },
    {
        "id": "h57-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ha Myong-sun", "하명순", "witness", ["Myong-sun"]),
            ("O Chang-gil", "오창길", "supervisor", ["Chang-gil"]),
            ("Yu Kum-hui", "유금희", "coworker", ["Kum-hui"]),
            ("Jang Hye-won", "장혜원", "other", ["Hye-won"]),
        ],
        "note": "Question-and-answer transcript, garment factory near Dandong; interviewee Ha beside 'ha' laughter, supervisor surname O beside the interjection and 'O.K.'; co-worker Yu beside 'you'; interviewer in speaker labels; Chinese manager 老孙; a given name alone.",
        "text": """TRANSCRIPT - interview with {{r:HA Myong-sun}}, session 2
Interviewer: {{r:Jang Hye-won}} (J) | Interviewee: {{r:Ha Myong-sun}} (H)
Recorded 9 October 2023, {{u:Incheon}}. Checked by {{r:Hye-won}}.

J: Last time we stopped when you arrived in {{u:Dandong}}. Can you say again how many women were in your group?
H: Forty-one. We came across the bridge by bus, the {{u:Sino-Korean Friendship Bridge}}. Ha, I remember I thought the Chinese side looked so bright.
J: Who was in charge of the group?
H: {{r:O Chang-gil}}. Manager {{r:O}}. He was the one with the passports.
J: O, like the letter?
H: Yes, just {{r:O}}. He said "O.K." to the Chinese boss all the time, it was the only English he knew. Oh, and he had a deputy, a woman, {{p:Pyon}}-something. {{p:Pyon Ok-hwa}}, I think.
J: And the Chinese boss?
H: We called him {{p:老孙}}. His name was {{p:Sun Jianguo}}, but we only heard it at the New Year dinner.
J: Tell me about your line.
H: I was on sleeves. The girl beside me was {{r:Yu Kum-hui}}. You know, {{r:Yu}} was the fastest in the whole building. {{r:Kum-hui}} could do four hundred sleeves in a shift.
J: Was she paid more for that?
H: Nobody was paid. {{r:Chang-gil}} said our money was "deposited". In three years I saw maybe two hundred dollars.
J: Where did you sleep?
H: Fourth floor, above the cutting room. Eight to a room. Our room leader was {{p:Kye Sun-ja}}. {{p:Sun-ja}} was kind, she hid biscuits for the young ones.
J: Were you allowed out?
H: Twice a month, in groups of five, with {{p:Pyon}} walking behind. We went to the market near the {{u:Yalu River}} and looked at the water. {{r:Kum-hui}} said she could see her mother's roof. That was not true, her mother lived in {{u:Sinuiju}} but far from the river.
J: What happened in 2021?
H: COVID-19. We could not go home and nobody new came. {{r:O}} became very nervous. He slapped {{r:Yu}} in front of everyone because she asked about the deposit.
J: Do you know where {{r:Yu Kum-hui}} is now?
H: No. No, I don't. When I left in 2022 she was still there. If you find {{r:Kum-hui}}, tell her {{r:Myong-sun}} is in the South.
J: I will note that. One more question: was there anyone else who left with you?
H: A girl called {{p:Ryon}}. Only {{p:Ryon}}, I never knew her surname. We separated in {{u:Shenyang}}.
J: Thank you. We'll stop here.

[END OF SESSION 2 - transcript reviewed by {{r:J.H.W.}} 12/10/2023]
""",
    },
    {
        "id": "h57-en-03",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Kim Hyang-mi", "김향미", "witness", ["Hyang-mi", "Hyang"]),
            ("Rim Sol", "림솔", "coworker", ["Sol"]),
            ("Pak Tong-su", "박동수", "supervisor", []),
        ],
        "note": "Restaurant mystery-shopper report from Phnom Penh and Vientiane; waitresses' name badges with given names alone (one syllable), a fullwidth badge name, a zero-width space inside a name; dish names and song titles that look like names; the satellite moon in a song title; CRLF.",
        "text": """MYSTERY-SHOPPER VISIT REPORT (field team B)
Visits to restaurants reported to employ {{u:DPRK}} staff - {{u:Phnom Penh}} and {{u:Vientiane}}
Visitors: {{p:Tom Sandberg}} and {{p:Nari Oh}} | Report drafted by {{p:N.O.}}

VISIT 1 - {{u:Phnom Penh}}, 3 February 2024, 19:10-21:05
Venue: a two-storey restaurant on a side street off {{u:Norodom Boulevard}}. Sign in Korean and Khmer; portraits of {{u:Kim Il Sung}} and {{u:Kim Jong Il}} not displayed (noted in 2019 by another group).
Staff observed: six waitresses, one cashier, one man in a grey suit who did not eat.
Name badges read: "{{r:향미}}", "{{r:Ｓｏｌ}}" (fullwidth on the badge), "{{p:Ok}}", "{{p:Ye}}", "{{p:Un-ju}}" and "{{p:Bom}}".
- "{{r:Hyang}}" (badge {{r:향미}}) took our order, spoke good Chinese and a little English. When asked, she said her full name was {{r:Kim Hyang-mi}} and that she was from {{u:Pyongyang}}. She said she had been in {{u:Cambodia}} "two winters".
- "{{r:Sol}}" sang at 20:15. Songs: "Whistle", "Moon over Mount Paektu" and a Khmer pop song. The moon song is a standard; not a person.
- The man in the grey suit was addressed by the staff as "Manager {{r:Pak}}". {{p:Nari}} overheard {{r:Hyang}} call him "{{r:박동수}} 동지" on the phone.
Menu items noted (not names): naengmyon, green-bean pancakes, "Sol-bit" kimchi, dangogi soup.
Prices: USD only. Card machine present.

VISIT 2 - same venue, 6 February 2024, 12:30-13:40
Badges today: "{{r:향미}}", "{{p:Ok}}", "{{p:Bom}}". {{r:Sol}} absent. {{p:Ok}} told us that "{{r:Sol}} is sick"; another waitress corrected her: "{{r:솔}}이는 쉬는 날." {{r:Hyang-mi}} served us again and asked {{p:Nari}} where she was from; {{p:Nari}} answered "{{u:Japan}}".
A second man came at 13:10 and collected an envelope from the cashier. Cashier's badge: "{{p:Chun\u200bhui}}" (the zero-width space was in the badge print file a former visitor sent us).

VISIT 3 - {{u:Vientiane}}, 10 February 2024, 18:40-20:00
Venue near {{u:Patuxai}}. Four waitresses. Badges: "{{p:Son-a}}", "{{p:Ryu}}", "{{p:Mi}}" and one unreadable. Dance performance 19:30. A waitress introduced herself as "{{p:Ryu}}, like the river". Manager addressed as "Comrade {{p:Ham}}" by staff; {{p:Ham}} stood by the till the whole evening.
No sign of {{r:Kim Hyang-mi}} or {{r:Rim Sol}}, whom a former worker ({{p:Kang}}) had said were transferred here in 2023.

Observations relevant to forced labour indicators
- Staff did not leave the premises between visits 1 and 2 (observed from the café opposite).
- {{r:Pak}} carried a bag of passports (seen on the counter, six or seven, red covers) - not confirmed.
- A waitress said: "We go home when the manager says." Another laughed and changed the subject.

Recommendation: no further visits until the safety review by the security officer, {{p:Ilse Brandt}}, is complete.
""",
    },
    {
        "id": "h57-en-04",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Ok-ryon", "최옥련", "witness", ["Ok-ryon"]),
            ("Song Mi-hyang", "송미향", "coworker", ["Mi-hyang"]),
            ("Kang Yong-nam", "강용남", "supervisor", []),
        ],
        "note": "Transcription of garment bundle tickets kept by a former worker, Dandong; operator names in a table as surname only, initials, given names and romanized Hangul; surname Song beside 'song'; colour names and style codes that look like names; public brand-neutral places.",
        "text": """BUNDLE TICKETS - transcription of 38 paper stubs donated by {{r:Choe Ok-ryon}}
Source: a garment factory in {{u:Dandong}}, {{u:Liaoning}}, {{u:China}}, 2019-2020. Transcribed by {{p:Hannah Seo}}, 2 July 2024.
Each stub has: bundle no. | style | size/colour | qty | operation | operator | checker. Style codes are the factory's own (not brands).

Bundle  Style     Colour/size  Qty  Operation        Operator          Checker
0412    HW-221    NAVY / M     24   sleeve attach    {{r:Choe}}              {{r:K.Y.N.}}
0413    HW-221    NAVY / L     24   sleeve attach    {{r:Choe}}              {{r:K.Y.N.}}
0414    HW-221    NAVY / L     24   side seam        {{r:Song M.H.}}          {{r:K.Y.N.}}
0415    HW-221    ROSE / S     20   side seam        {{r:Song}}              {{p:Pak}}
0417    JK-09     OLIVE / M    18   collar           {{r:Ok-ryon}}           {{p:Pak}}
0419    JK-09     GRACE / XL   12   zip              {{p:Mun Chol-ok}}       {{r:Kang}}
0421    HW-230    IVORY / M    30   pocket           {{p:So-yon}}            {{r:Kang}}
0423    HW-230    MOON / L     30   button           {{r:Mi-hyang}}          {{r:K.Y.N.}}

Notes by the transcriber
1. "GRACE" and "MOON" are colour names on the buyer's card (a grey and a pale yellow). "Rose", "Olive" and "Ivory" likewise. None refer to persons.
2. "{{r:K.Y.N.}}" is {{r:Kang Yong-nam}}, the floor supervisor, who signed every checked bundle with his initials. {{r:Choe Ok-ryon}} explained that {{r:Kang}} deducted 2 yuan from the operator's tally for each reject, although operators were not paid per piece.
3. Operator "{{r:Song}}" is {{r:Song Mi-hyang}}, who sat beside {{r:Ok-ryon}}. {{r:Ok-ryon}} said {{r:Mi-hyang}} used to hum a song from the film "The Flower Girl" while sewing buttons, and {{r:Kang}} told her to stop.
4. "{{p:Pak}}" as checker is {{p:Pak Hye-suk}}, the deputy, who later went home in 2020.
5. Stub 0425 onwards (not transcribed here) is mostly illegible; the name "{{p:Rim}}" appears on three of them, in pencil.
6. On the reverse of 0417 {{r:Ok-ryon}} wrote: "27 Dec - no heating - {{r:송}} ill - {{r:강}} says work." Translation: {{r:Song}} was ill and {{r:Kang}} ordered work to continue.

Provenance: stubs carried out in the lining of a jacket by {{r:Choe}} in October 2020 via {{u:Kunming}}. Now stored in the archive, box 14.
""",
    },
    {
        "id": "h57-en-05",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Jo Un-byol", "조은별", "witness", ["Un-byol", "Star"]),
            ("Graham Whitlock", "그레이엄 휘틀록", "other", ["Whitlock"]),
            ("Kye Sung-chol", "계승철", "supervisor", ["Sung-chol"]),
            ("Wang Lihua", "왕리화", "official", ["王丽华", "Lihua"]),
        ],
        "note": "Barrister's cross-examination outline for a defence witness in a civil modern-slavery claim; claimant Jo beside 'Jo' as a short form, nickname Star beside the ordinary word; Chinese auditor in Latin and Hanzi; witness referred to by surname in capitals; half CRLF.",
        "text": """PRIVILEGED - DRAFT 3 - CROSS-EXAMINATION OUTLINE
Witness: {{r:GRAHAM WHITLOCK}} (Head of Responsible Sourcing, Defendant)
Counsel: {{p:Amara Osei}} | Junior: {{p:Felix Lund}}
Hearing before the {{u:High Court of Justice}}, {{u:King's Bench Division}}, listed 4-8 November 2024

Objectives (keep it short, 45 minutes max)
A. {{r:WHITLOCK}} knew by June 2019 that the {{u:Dandong}} supplier used {{u:DPRK}} labour.
B. The 2019 audit by {{r:Wang Lihua}} ({{r:王丽华}}) flagged "foreign workers, passports held" and {{r:Whitlock}} closed it without action.
C. He never spoke to a worker, in particular not to the Claimant {{r:Jo Un-byol}} or to her line leader.

Topic 1 - his role (5 min)
1.1 You joined the Defendant in 2016? Responsible for 140 suppliers, of which 31 in {{u:China}}? [WS1 para 3]
1.2 You visited the supplier once, in March 2018, for one day? [Travel log, bundle C/412]
1.3 On that visit you were accompanied by the factory's owner and an interpreter? You did not go above the third floor?

Topic 2 - the {{r:Wang}} audit (15 min)
2.1 Put: audit report dated 14 June 2019, auditor Ms {{r:Wang}} [sic - {{r:Wang Lihua}}], page 7: "approx. 60 female workers, nationality {{u:DPRK}}, passports kept by manager {{r:Kye}}".
2.2 You received it on 17 June? E-mail {{r:g.whitlock}}@... to {{p:s.pryce}}@... [C/455]
2.3 Your reply: "Noted - please re-word as 'foreign contract workers' for the CAP." Why re-word?
2.4 You never asked who {{r:Kye Sung-chol}} was?
2.5 DO NOT ask why; let him explain and then go to 2.6.
2.6 The follow-up audit in 2020 was cancelled: "COVID-19". But your e-mail to {{p:Pryce}} of 2 March 2020 says "{{r:Lihua}} can't get a visa anyway". Which was it?

Topic 3 - the Claimant (10 min)
3.1 You have read the Claimant's statement? She says line leader {{r:Kye}} called her "{{r:Star}}" (the meaning of her given name, {{r:Un-byol}}) and made her work a double shift when she asked for her passport.
3.2 You accept you have no evidence to contradict that?
3.3 The woman next to her, {{p:Paek Su-ryon}}, gave a statement too [D/23]. And {{p:Jong Hye-gyong}}. Neither was ever contacted by you.
3.4 CAREFUL: do not open the topic of Mrs {{p:Jo}} (the Claimant's mother) in {{u:Sinuiju}} - safety order of Master {{p:Fenwick}} dated 2 May 2024.
3.5 If he says the name means nothing to him: show C/512, the packing list on which "{{r:JO U.B.}}" appears as packer 17.

Topic 4 - remediation (5 min)
4.1 After the {{u:BBC}} report in 2021 you terminated the supplier? You did not pay the workers anything?
4.2 You are aware the {{u:UN Panel of Experts}} mentioned textile factories in {{u:Dandong}} in its 2019 report?

Re-examination risks
- Note: {{r:Whitlock}} may refer to his colleague {{p:Sarah Pryce}} as the person responsible. We say the e-mails show he decided.
- If {{r:Sung-chol}} is described as "a Chinese manager", correct: {{r:Kye}} is {{u:DPRK}}, per {{r:Wang}} p. 7.
- The star chart on C/600 is a production chart; don't confuse with the nickname.

{{p:A.O.}} / {{p:F.L.}} - 30 Oct 2024
""",
    },
    {
        "id": "h57-en-06",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("No Yong-jin", "노영진", "witness", ["Yong-jin"]),
            ("No Yong-chan", "노영찬", "relative", ["Yong-chan"]),
            ("Tak Chol-min", "탁철민", "supervisor", []),
        ],
        "note": "Country-expert report for an asylum appeal; appellant and brother with surname No beside 'No.' and 'no'; expert and tribunal judge fictional and private; UN bodies, tribunals and places public; appellant also as 'the Appellant'; CRLF.",
        "text": """IN THE {{u:FIRST-TIER TRIBUNAL}} (IMMIGRATION AND ASYLUM CHAMBER)
Appeal No. PA/04417/2024
Between: {{r:YONG-JIN NO}} (Appellant) and {{u:SECRETARY OF STATE FOR THE HOME DEPARTMENT}} (Respondent)

EXPERT REPORT ON NORTH KOREAN OVERSEAS LABOUR
by Dr {{p:Helen Marsh}}, Senior Lecturer

1. Instructions
1.1 I am instructed by Okoye & Hart Solicitors (ref. {{p:DH}}/2024/112) to comment on the plausibility of the Appellant's account and on the risk he would face on return. I have read the Appellant's witness statement, the refusal letter and the interview record. I have not met Mr {{r:No}}.
1.2 No. of pages: 24. I understand my duty is to the Tribunal.

2. Summary of the Appellant's account
2.1 Mr {{r:No Yong-jin}} says he was sent in 2016 to a logging camp near {{u:Tynda}}, {{u:Amur Oblast}}, and in 2018 to a construction brigade in {{u:Khabarovsk}}. His brigade leader was {{r:Tak Chol-min}}. His younger brother, {{r:No Yong-chan}}, was in the same brigade. He says that after {{r:Yong-chan}} was injured, {{r:Tak}} refused medical treatment, and the Appellant confronted him.
2.2 The Respondent doubts that two brothers would be sent abroad together. In my opinion this is unusual but not implausible: I have seen three other accounts, including that of a worker interviewed by the {{u:Database Center for North Korean Human Rights}}, in which siblings served in one brigade.

3. Background
3.1 The {{u:DPRK}} sends workers abroad through state trading companies. The {{u:UN Security Council}} in resolution 2397 (2017) required member states to repatriate them by December 2019. Reports of the {{u:UN Panel of Experts}} and of the {{u:Special Rapporteur on the situation of human rights in the Democratic People's Republic of Korea}} indicate that many remained in the {{u:Russian Federation}} after that date.
3.2 Workers are normally required to surrender passports, to contribute most of their wages and to attend weekly self-criticism sessions. The Appellant's description of {{r:Tak}}'s "notebook" of contributions matches accounts collected by the {{u:Citizens' Alliance for North Korean Human Rights}}.

4. Specific points raised in the refusal letter
4.1 The refusal letter says at para 31 that "the Appellant could not name the company". In interview (Q 54) he named a trading company; I have not been able to verify that name, but the absence of a record is not unusual.
4.2 The letter says he gave inconsistent dates of escape. In Q 71 he said "No, not in winter"; in his statement he says "late November". There, late November is winter; I do not regard "no, not in winter" as a clear inconsistency, given interpretation by Ms {{p:Jeon}}.
4.3 The Appellant's account that a Russian nurse called {{p:Oksana}} helped his brother is consistent with what I know of local hospitals accepting foreign workers for cash.

5. Risk on return
5.1 A worker who escaped and sought asylum would in my opinion be treated as a traitor. His family, including the parents of Mr {{r:No}} and his brother in {{u:Chongjin}}, would be at risk of collective punishment.
5.2 I note the brother's status is unknown. If {{r:No Yong-chan}} was returned to the {{u:DPRK}}, the Appellant's claim is strengthened rather than weakened.

6. Declaration
I confirm that the facts in this report are within my own knowledge or are identified as such.
Signed: {{p:H. Marsh}}, 21 August 2024
Copy: Judge {{p:Ellison}} (by direction of 2 August 2024); Presenting Officer {{p:R. Cole}}
""",
    },
    {
        "id": "h57-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Hyon Sang-uk", "현상욱", "witness", ["Sang-uk", "Pine"]),
            ("Do Kyong-ae", "도경애", "witness", ["Kyong-ae", "Willow"]),
            ("Han Pong-nam", "한봉남", "supervisor", ["Pong-nam"]),
        ],
        "note": "Written evidence submitted to a parliamentary committee; case studies under tree pseudonyms (Pine, Willow) that are aliases of registered witnesses beside the trees themselves; surname Do beside the verb 'do'; surname Han beside 'Han Chinese'; public bodies and real places.",
        "text": """Written evidence submitted by a UK-registered NGO working with North Korean overseas workers (MSW0071)
Inquiry: Forced labour in UK supply chains
Committee: {{u:Foreign Affairs Committee}}, {{u:House of Commons}}

Summary
- North Korean workers continue to be deployed in {{u:Russia}}, {{u:China}} and elsewhere despite {{u:UN Security Council}} resolution 2397.
- Goods made with their labour can enter UK supply chains, in particular seafood processed in {{u:China}} and garments finished in third countries.
- We recommend that the Committee ask the {{u:Foreign, Commonwealth and Development Office}} what steps have been taken since 2022.

About us
1. We interview former workers who have reached {{u:South Korea}} or a third country. Since 2015 we have recorded 212 testimonies. Interviews are conducted by our caseworkers, Dr {{p:Minji Lowe}} and {{p:Sam Ahn}}, with interpreters. All names below are pseudonyms chosen by the witnesses, except where stated.

Case study 1: "{{r:Pine}}"
2. "{{r:Pine}}" (real name withheld; on our records {{r:Hyon Sang-uk}}, who has consented to his real name being given to the Committee in confidence) worked in 2017-2019 at a seafood plant in {{u:Hunchun}}. He chose the pseudonym because the pine trees on the hills above {{u:Hoeryong}} were, he says, "the last thing I saw of home".
3. {{r:Pine}} reports that the North Korean manager, {{r:Han Pong-nam}}, held all passports and that workers processed squid and pollock for export. Most of the Chinese supervisors were Han Chinese; {{r:Han}}, the North Korean manager, was the only one who spoke to them directly. Boxes bore labels of a European importer (name provided to the Committee in confidence).
4. {{r:Sang-uk}} was paid nothing in cash for 22 months. When he asked, {{r:Pong-nam}} said: "You do not need money, you need loyalty."

Case study 2: "{{r:Willow}}"
5. "{{r:Willow}}" ({{r:Do Kyong-ae}}) was a seamstress in {{u:Dandong}} from 2018. She describes 14-hour shifts and two days off per month. We do not give her surname in public because her mother is still in {{u:Sinuiju}}; "{{r:Do}}" is a rare surname there. What we can do, she says, is tell the world.
6. {{r:Willow}} names her line leader as "Comrade {{p:Kim}}" only. Another worker from the same factory, {{p:Ri Hyang-ok}}, whom we interviewed separately, gives the line leader's full name as {{p:Kim Song-ae}}.
7. {{r:Kyong-ae}} saw labels of a well-known sportswear brand in the cutting room. We have not verified this and do not name the brand.

Case study 3: brief accounts
8. Three further witnesses ({{p:Ju}}, {{p:Yang}} and a man who asked to be called only "{{p:Teacher}}") describe construction work in {{u:Vladivostok}} between 2019 and 2022 after the {{u:UN}} deadline. {{p:Teacher}} was in fact a mathematics teacher at home before he was sent abroad.
9. {{p:Ju}} says his brigade leader {{p:Song Il-bom}} told the workers that "the Russians had promised" they could stay. We cannot verify this; we record it as his belief.

Recommendations
10. The Committee should invite evidence from the {{u:International Labour Organization}} and from importers.
11. We are willing to arrange for {{r:Pine}} or {{r:Willow}} to give oral evidence in private. Please contact {{p:Sam Ahn}} ({{p:sam.ahn}}@ - address supplied).

March 2024
""",
    },
    {
        "id": "h57-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Kwang-chol", "리광철", "witness", ["Kwang-chol", "Lee Kwang-cheol"]),
            ("Kim Sun-hwa", "김선화", "coworker", ["Sun-hwa"]),
            ("Erik Solberg", "에리크 솔베르그", "other", ["Solberg"]),
        ],
        "note": "Shareholder questions submitted for a seafood company's AGM; witness in Ri and Lee spellings; company chair and CEO fictional private; the co-worker named only by given name; real stock exchange, cities and UN bodies public; 'Kim' as private beside Kim Jong Un.",
        "text": """QUESTIONS FOR THE ANNUAL GENERAL MEETING - submitted under the Articles by a shareholder
To: the Chair of the Board, Mr {{r:Erik Solberg}}, Nordkyst Seafood ASA (listed on {{u:Oslo Børs}})
From: shareholder services of a human-rights NGO (holding 1,200 shares)
Date: 2 April 2024 | AGM: 25 April 2024, {{u:Bergen}}

Background
In October 2023 our organisation interviewed Mr {{r:Ri Kwang-chol}} (in his South Korean documents {{r:Lee Kwang-cheol}}), who from 2017 to 2021 worked at a fish-processing plant in {{u:Hunchun}}, {{u:China}}. Mr {{r:Ri}} states that among the boxes he packed were pollock fillets with a label of a company in {{u:Norway}}. He recognised the logo in a photograph of your company's products. We have passed his statement to your Chief Executive Officer, Ms {{p:Ingrid Haugland}}, on 10 January 2024 and have had no reply except an acknowledgment from Mr {{p:Lars Dahl}} of investor relations.

Question 1
Does the Board confirm that in 2018-2021 Nordkyst Seafood ASA sourced processed pollock from any plant in that city or its province? If so, which audits were done and by whom?

Question 2
Mr {{r:Ri}} describes a dormitory guarded by a North Korean manager, {{p:Kim Chol-u}}, and a Chinese deputy, {{p:Liu Bo}}. He says workers had one day off a month. A second worker, a woman he knew only as "{{r:Sun-hwa}}", lost two fingers in a filleting machine in 2020. Has the Board received any report of an accident of that kind at a supplier? Will the company compensate {{r:Sun-hwa}} if the report is confirmed?

Question 3
The {{u:UN Panel of Experts}} reported in 2020 on seafood processing with North Korean labour in {{u:China}}. Mr {{r:Solberg}}, when did the Board first discuss that report?

Question 4
In your 2023 Sustainability Report, page 44, you state that "no forced labour was identified". Who carried out the assessment? We understand it was a desk review by the consultancy of Dr {{p:Martin Eide}}. Did Dr {{p:Eide}} visit the plant?

Question 5
Will the Board meet with Mr {{r:Kwang-chol}} in {{u:Seoul}} or online? He is willing to meet with a board member and an interpreter of his choice (Ms {{p:Yoon}}, who interpreted our interviews).

Note for the Chair: Mr {{r:Ri}}'s surname is sometimes written "Rhee" or "Lee"; please do not confuse him with any public figure. The name "Kim" in Question 2 refers to a private individual and not to {{u:Kim Jong Un}} or any official.

Signed on behalf of the shareholder: {{p:Kristin Ødegård}}, {{p:Aleksander Berg}}
""",
    },
    {
        "id": "h57-en-09",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Kang Hak-chol", "강학철", "witness", ["Hak-chol"]),
            ("Yun Song-ho", "윤성호", "supervisor", ["Song-ho"]),
            ("Marek Wiśniewski", "마레크 비시니에프스키", "other", ["Marek"]),
        ],
        "note": "Dry-dock work-order list from a Polish shipyard, transcribed; welders by surname and initials in a table, Polish foreman with diacritics, surname Yun beside Polish words; ship names invented and unmarked; real cities and inspectorate public; CRLF.",
        "text": """DRY-DOCK WORK ORDERS - extract, block hull repair, floating dock 2
Shipyard in {{u:Gdynia}}, {{u:Poland}} - subcontractor crew "Brigade 7" ({{u:DPRK}} workers supplied through a Polish agency)
Extract provided by {{r:Kang Hak-chol}}, who photographed the whiteboard and printouts, May 2017. Transcribed by {{p:Zofia Kowal}}.

WO no.   Vessel                   Task                         Crew lead           Welders                            Sign-off
17-311   MV Nordlys Star          shell plate renewal, frame 44   {{r:Yun}}                {{r:Kang H.C.}}, {{p:Pak C.}}, {{p:Ri}}           {{r:M. Wiśniewski}}
17-312   MV Nordlys Star          bilge keel repair              {{r:Yun S.H.}}            {{p:Pak Chol-man}}, {{p:Choe}}             {{r:Marek}}
17-315   Baltic Amber             tank top cut-out, hot work      {{r:Yun}}                {{r:Kang}}, {{p:Choe}}, {{p:O}}                {{p:T. Zieliński}}

Notes from the photographs
- Hours booked per welder on WO 17-311: {{r:Kang}} 14 h / day, 13 consecutive days. Polish welders on the same order: 8 h / day (names not shown).
- On the whiteboard someone wrote "{{p:O}} - no ticket". {{r:Kang}} says {{p:O}} (full name {{p:O Chol-su}}) had no valid welding certificate and was made to weld anyway because the order was late.
- {{r:Marek}} (foreman {{r:Marek Wiśniewski}}) signed off most orders. According to {{r:Hak-chol}}, {{r:Marek}} once asked {{r:Yun}} why the Koreans never went home; {{r:Yun}} said "we are on a mission".

Context
The brigade lived in a hostel in {{u:Gdańsk}} and was driven daily to {{u:Gdynia}}. Wages went to a Polish agency account and then to the brigade leader. In 2017 the {{u:National Labour Inspectorate}} (PIP) inspected the yard; {{r:Song-ho}} kept the brigade in the hostel that day. The agency's contact was Mr {{p:Jacek}} (surname unknown).
{{r:Kang Hak-chol}} left the brigade in 2018 and reached {{u:Seoul}} a year later.
""",
    },
    {
        "id": "h57-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Paek Nam-il", "백남일", "supervisor", ["Nam-il"]),
            ("Ju Hyok", "주혁", "witness", ["Hyok"]),
            ("Olga Pak", "올가 박", "other", ["Ольга", "Olga"]),
        ],
        "note": "Port agent's disbursement account for an invented fishing-support vessel calling at Nakhodka; crew names in line items as surname only and one-syllable given name, Russian agent with Cyrillic endings (Пака, Ольга), witness's own annotations; 'Paek' beside 'pack'; real port, hospital-free.",
        "text": """FINAL DISBURSEMENT ACCOUNT (FDA) - copy kept by a crew member
Vessel: reefer "Sea Pioneer 8" (invented name; flag not shown) | Port: {{u:Nakhodka}} | Call: 11-19 January 2019
Agent: a local ship agency | Agent's officer: {{r:Olga Pak}} ({{r:Ольга Пак}})
Master: Capt. {{r:Paek Nam-il}}
Annotated in pen by {{r:Ju Hyok}}, deck hand, who brought the copy to {{u:Seoul}} in 2022.

No.  Item                                               USD       Annotation
1    Port dues, light dues                              2,140
2    Pilotage in / out                                  1,380
3    Mooring gang                                         410
4    Crew shore passes (6 persons): {{r:Paek}}, {{p:Rim}}, {{p:Song}}, {{p:Chae}}, {{p:Kil}}, {{r:Ju}}      180   "only {{r:Paek}} and {{p:Song}} went out"
5    Medical: crew member {{p:Kil Chol}}, clinic visit + X-ray           260   "{{p:Kil}} had broken ribs from the winch"
6    Medical: crew member {{r:Hyok}}, dentist                          95   "not me - I never saw a dentist"
7    Cash to Master (advance on wages)                  6,000     "we never got this - {{r:Nam-il}} kept it"
8    Provisions (rice 400 kg, cabbage, pork)            1,720
9    Telephone cards for crew                            120     "cards given to {{p:Chae}} to sell back"
10   Agency fee                                          900
11   Communication, transport, sundries                  340
     TOTAL                                             13,545

Agent's remarks (typed, Russian and English):
"Наличные переданы капитану {{r:Паку}} 15.01.2019. Received by Capt. {{r:Paek}} in presence of 2nd officer {{p:Rim}}. Подпись: {{r:О. Пак}}."
[Translation: cash handed to Captain {{r:Paek}} on 15.01.2019. Signature: {{r:O. Pak}}.] - NOTE by transcriber {{p:Lee Da-hye}}: the Russian "Паку" is the dative of Пак, i.e. Captain {{r:Paek}}. The agent herself is also surnamed Пак; she is a Korean-Russian and not related to the master.

{{r:Ju Hyok}}'s statement attached to the FDA (summary):
- The crew was eleven, not six; five names were never put on the shore-pass list: {{p:Han Chol-jin}}, {{p:Ri Song-man}}, {{p:Wi}}, {{p:Ko}} and a cook called "{{p:Granny}}" because he was fifty-eight.
- The "dentist" line (item 6) was a fake expense; {{r:Paek}} used the money to buy cigarettes and a pack of vodka bottles for the agency's driver.
- The agent spoke Korean and once asked {{r:Hyok}} if he was fed enough. He said yes because the 2nd officer was standing behind him.
- The vessel left for the {{u:Sea of Japan}} fishing grounds on 19 January and transshipped catch off {{u:Sakhalin}} in February.
""",
    },
    {
        "id": "h57-en-11",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Jong Yong-hwa", "정용화", "witness", ["Yong-hwa"]),
            ("Ri Ha-na", "리하나", "coworker", ["Ha-na", "Hana"]),
            ("Sok Man-bok", "석만복", "supervisor", []),
        ],
        "note": "Painting sale certificates from an art studio exhibition abroad, with the painter's own notes; painter and colleague under given names and honorific titles (People's Artist), buyer names, a title that contains an ordinary word 'Hana' (one) beside the colleague Hana; public art studio and cities; CRLF.",
        "text": """CERTIFICATES OF SALE - copies of five certificates issued at an exhibition of Korean paintings, {{u:Beijing}}, 2016
Issuer stamp: {{u:Mansudae Art Studio}} (overseas sales office). Provided by the painter {{r:Jong Yong-hwa}}, who was a member of the exhibition team; commentary recorded by {{p:Eunice Paik}}, 20 March 2024.

Certificate 16-041
Title: "Spring on the River" - oil on canvas, 90 x 120
Artist: Merited Artist {{r:Jong Yong-hwa}} ({{r:정용화}})
Price: USD 4,800 | Buyer: Mr {{p:Zhang Wei}} | Date: 12.05.2016
Signed for the studio: {{r:Sok Man-bok}}
Painter's note: "The buyer was {{p:老张}}, a regular. {{r:Sok}} gave him a discount and wrote the full price."

Certificate 16-044
Title: "Hana" (Korean for 'one'; a painting of a single pine tree)
Artist: {{r:Ri Ha-na}}
Price: USD 2,500 | Buyer: Ms {{p:Chen Yu}} | Date: 14.05.2016
Painter's note: "The title means 'one' - a single pine. Buyers always thought it was the painter's name. It was not, but {{r:Hana}} liked that. {{r:Ha-na}} got nothing from the sale."

Certificate 16-052
Title: "Girl at the Loom" - oil, 60 x 80
Artist: People's Artist {{p:Han Il-gu}} (attributed)
Price: USD 9,000 | Buyer: a gallery in {{u:Shanghai}} (represented by Ms {{p:Lin}})
Painter's note: "{{p:Han}} did not paint this. It was painted by {{p:Kim Hye-ryon}} and me. On the back you can still see '{{p:혜련}}' and '{{r:용화}}' in pencil. The name of a People's Artist sells for double."

Certificate 16-058
Title: "Sunrise over the Ridge" - oil, 150 x 200
Artist: {{r:Jong Yong-hwa}}
Price: USD 18,000 | Buyer: withheld | Date: 30.05.2016
Painter's note: "This one was sold to a company in {{u:Dalian}}. {{r:Sok}} said the money was for the 'centre'."

Summary of the painter's statement
{{r:Yong-hwa}} says that of USD 35,500 in sales he and {{r:Ha-na}} received a per diem of 10 yuan a day. The exhibition team lived in a flat near an art district. After the {{u:UN Security Council}} sanctions of 2016 the team was recalled; {{r:Ri Ha-na}} stayed behind for "packing" with {{r:Sok Man-bok}} and returned in autumn.
""",
    },
    {
        "id": "h57-en-12",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pak Song-chol", "박성철", "witness", ["Song-chol"]),
            ("Pak Chun-ok", "박춘옥", "relative", ["Chun-ok"]),
            ("Cha Kyong-sik", "차경식", "supervisor", []),
        ],
        "note": "Browser-history export from a laptop a witness lent for an evidence review; page titles and URLs with names (search queries, a profile URL, percent-encoded Hangul left unmarked), a zero-width joiner inside a name in a title, lower-case names in URLs; analyst's comments; public sites and places.",
        "text": """BROWSER HISTORY EXPORT - reviewed with consent of the owner, {{r:Pak Song-chol}}
Export: {{u:Chrome}} history, 2023-11-01 to 2023-11-30, filtered to entries the owner flagged. Reviewer: {{p:Gwen Tasker}}. Retained for 90 days.

visit_time            title                                                                url
2023-11-02 23:14:07   "{{r:Cha Kyong-sik}} {{u:Khabarovsk}}" - {{u:Google}} Search                       https://www.google.com/search?q={{r:cha+kyong+sik}}+khabarovsk
2023-11-02 23:16:40   Missing relatives - {{u:Korean Red Cross}}                             https://www.redcross.or.kr/...
2023-11-03 00:02:11   "{{r:박춘옥}} {{u:청진}}" - {{u:네이버}} 검색                                          https://search.naver.com/search.naver?query=%EB%B0%95%EC%B6%98%EC%98%A5
2023-11-05 21:45:52   {{r:Song-chol}}'s Drive - {{u:Google Drive}}                                 https://drive.google.com/...
2023-11-06 22:30:03   ({{u:VK}}) {{p:Евгений Соколов}}                                        https://vk.com/{{p:e.sokolov}}_khv
2023-11-06 22:31:19   {{p:Yevgeny Sokolov}} - photos                                        https://vk.com/albums...
2023-11-09 20:05:44   "{{r:Pak Chun\u200dok}}" - {{u:Facebook}} search                              https://www.facebook.com/search/top?q={{r:pak+chun+ok}}
2023-11-12 19:00:00   {{u:Khabarovsk}} weather - {{u:Gismeteo}}                                    https://www.gismeteo.ru/...
2023-11-14 22:12:45   How to send money to {{u:North Korea}} - {{u:Reddit}}                               https://www.reddit.com/r/...
2023-11-20 23:59:58   {{p:kim.sunhui}}1975 - {{u:Instagram}}                                       https://www.instagram.com/{{p:kim.sunhui}}1975/

Reviewer's comments
1. {{r:Cha Kyong-sik}} is the former brigade leader of the owner's construction brigade in {{u:Khabarovsk}}. {{r:Song-chol}} says he searched for {{r:Cha}} "to know if he is still there". No relevant result.
2. {{r:박춘옥}} ({{r:Pak Chun-ok}}) is the owner's elder sister in {{u:Chongjin}}. The Korean query is percent-encoded in the URL. In the search title a zero-width joiner appears inside her given name (typed on a phone keyboard); {{r:Chun-ok}} has no social-media presence as far as we know.
3. "{{p:Евгений Соколов}}" is the Russian site foreman who, according to the owner, paid the brigade's wages in cash to {{r:Cha}}. The owner looked at his photographs to find pictures of the site. One photo shows the dormitory; we have saved a copy. We do not intend to contact Mr {{p:Sokolov}}.
4. "{{p:kim.sunhui}}1975" is a South Korean acquaintance, {{p:Kim Sun-hui}}, from the owner's church; irrelevant, not retained.
5. Nothing in the history suggests the owner was contacted by {{u:DPRK}} officials. The search "How to send money to {{u:North Korea}}" relates to his wish to help {{r:Chun-ok}}; we advised him to speak with Pastor {{p:Noh}} before using any broker.

Owner's signature for the review: {{r:P.S.C.}} / {{p:G.T.}} 4 Dec 2023
""",
    },
    {
        "id": "h57-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Ok-hui", "김옥희", "witness", ["Ok-hui", "Okie"]),
            ("Son Gwang-ho", "손광호", "witness", ["Gwang-ho", "Sonny"]),
            ("Bae Su-jin", "배수진", "other", ["Su-jin"]),
        ],
        "note": "Weekly step-count leaderboard of a walking group for resettled former workers; nicknames and emoji around names, display names with numbers, surname Son beside 'son', a one-syllable given name, real parks and river public; coach message.",
        "text": """WALK TOGETHER - week 37 leaderboard 👟
Group: "Han River Walkers" (resettled former overseas workers + volunteers) | Coach: {{r:Bae Su-jin}}
Synced from the step app on Sunday 22:00. Please check your name and tell {{r:Su-jin}} if it is wrong!

Rank  Display name             Steps (week)   Best day
1     {{r:Okie}} 🌸                    98,410         Tue 19,870
2     {{r:Sonny}}_74                   91,002         Sat 22,115
3     {{p:Hyun}} 🐢                   84,550         Thu 15,200
4     Grandpa {{p:Ri}} → {{p:Ri}}       80,120         Sun 16,044
5     {{p:Mi}}                         72,300         Wed 12,901
6     {{p:jina.walks}}                 70,015         Mon 11,480
7     {{r:Su-jin}} (coach)             65,777         Sat 14,002
8     {{p:Myong-hak}}                  51,240         Fri 10,100
9     {{p:Choi}}                       40,012         Mon 9,300
10    {{p:Seol}}                       12,030         Sun 6,500

Coach's message
Congratulations {{r:Okie}} ({{r:Ok-hui}})! Three weeks in a row at number 1 🎉 {{r:Kim Ok-hui}} says she walks from {{u:Yeouido}} to {{u:Banpo Bridge}} every morning before work.
{{r:Sonny}}, you had the best single day - 22,115 steps at the forest park walk on Saturday! {{r:Gwang-ho}} told the group that in {{u:Kuwait}} he walked more than that every day on the site, "but nobody paid me for steps either".
{{p:Hyun}}, slow and steady 🐢, we love it. Welcome back {{p:Seol}}, your knee is getting better.
Note: "Grandpa {{p:Ri}}" asked to change his display name to "{{p:Ri}}" because his son said "grandpa" was embarrassing. Done.
{{p:jina.walks}} is our volunteer {{p:Jina Park}}. {{p:Myong-hak}}'s phone died on Saturday, so his total is lower than it should be.
Next Saturday: group walk along the {{u:Han River}}, meet at {{u:Ttukseom}} exit 2 at 9:00. {{r:Son Gwang-ho}} will bring barley tea. {{p:Choi}}, please bring the banner.
{{r:Su-jin}} 💚
""",
    },
    {
        "id": "h57-en-14",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Un-jong", "리은정", "witness", ["Un-jong"]),
            ("Ryu Chol", "류철", "relative", []),
            ("Zhao Minghui", "자오밍후이", "other", ["赵明辉"]),
        ],
        "note": "Bank wire-recall request and cover e-mail; sender and beneficiary names in capitals in SWIFT-style fields, a broker in Hanzi and pinyin, a one-syllable given name Chol, e-mail local part that spells a name; real banks and cities public.",
        "text": """From: {{p:minseo.kang}}@[ngo domain]
To: remittance desk, [bank]
Subject: Request to recall outgoing transfer - client {{r:RI UN JONG}} - ref. OT240611-0087

Dear Sir or Madam,

On behalf of our client Ms {{r:Ri Un-jong}} ({{r:리은정}}), and with her written authority (attached), we ask you to recall the transfer below. Ms {{r:Ri}} was told by a broker that the money would reach her brother, {{r:Ryu Chol}}, who she believes is still working in {{u:Russia}}. She has since learned that the broker's account belongs to a person she does not know.

Transfer details
:20:  OT240611-0087
:32A: 240611 USD 3,000.00
:50K: /110-***-****** {{r:RI UN JONG}} {{u:SEOUL}} KR
:57A: [beneficiary bank, {{u:Shenyang}}]
:59:  /6217***********4471 {{r:ZHAO MINGHUI}} SHENYANG CN
:70:  FAMILY SUPPORT FOR {{r:RYU CHOL}}
:71A: OUR

Background
1. Ms {{r:Ri}} fled the {{u:DPRK}} in 2019 from a restaurant in {{u:Shenyang}}. Her half-brother {{r:Chol}} (surname {{r:Ryu}}, from their mother's second marriage) was sent to a construction site in {{u:Vladivostok}} in 2018.
2. In May 2024 a woman calling herself "Aunt {{p:Hwa}}" contacted Ms {{r:Ri}} on {{u:WeChat}} and said she could pass money to {{r:Chol}} through "{{r:小赵}}", whose real name was given as {{r:赵明辉}} ({{r:Zhao Minghui}}).
3. After the transfer, "Aunt {{p:Hwa}}" blocked Ms {{r:Un-jong}}. A former co-worker of {{r:Ryu Chol}}, Mr {{p:Sim}}, now in {{u:Busan}}, told Ms {{r:Ri}} that {{r:Chol}} had already been sent home in 2022.
4. We believe the transfer is a fraud. Ms {{r:Ri}} has reported it to the police (case officer: Inspector {{p:Moon}}, {{u:Mapo Police Station}}).

We ask that you contact the beneficiary bank to recall the funds and inform us of the result.

Kind regards,
{{p:Minseo Kang}}, caseworker

Attachments: authority signed by {{r:리은정}}; police report receipt; screenshot of {{u:WeChat}} chat with "{{p:Hwa}}" (display name "{{p:花姐}}").
""",
    },
    {
        "id": "h57-en-15",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Han Jin-myong", "한진명", "witness", ["Jin-myong", "Jimmy"]),
            ("Kim Chung-hyok", "김충혁", "supervisor", ["Kevin Park", "Chung-hyok"]),
            ("So Ryon-hui", "소련희", "coworker", ["Ryon-hui", "Rachel So"]),
        ],
        "note": "Domain-registration research notes on an IT team abroad; false Western personas as aliases of registered persons, e-mail local parts and registrant fields, a role account left unmarked, surname So at a line start beside 'So', real platforms and cities public.",
        "text": """RESEARCH NOTES - domains linked to an IT team in {{u:Shenyang}} (witness: {{r:Han Jin-myong}})
Analyst: {{p:Ola Nilsen}} | Reviewed: {{p:Hae-won Cho}} | Status: internal, not for publication

Context
{{r:Jin-myong}} worked in 2018-2020 in a team of nine North Korean programmers in {{u:Shenyang}}. The team leader was {{r:Kim Chung-hyok}}, who used the persona "{{r:Kevin Park}}" on {{u:Upwork}} and {{u:GitHub}}. {{r:Jin-myong}} himself used "{{r:Jimmy}}". A female programmer, {{r:So Ryon-hui}}, ran the design side as "{{r:Rachel So}}". {{r:Jin-myong}} gave us six domain names he remembers registering.

Domain 1: [redacted]-apps.com
Registrar: {{u:Namecheap}} | Created 2018-07-14
Registrant (historical WHOIS, before privacy): "{{r:Kevin Park}}", {{u:Toronto}}, {{u:Canada}}; e-mail {{r:kevinpark}}.dev@gmail.com
Comment: matches the witness. {{r:Chung-hyok}} chose {{u:Canada}} "because Canadians are polite and nobody checks".

Domain 2: [redacted]studio.net
Registrant: "{{r:Rachel So}}", {{u:Vancouver}}; e-mail {{r:rachel.so}}.design@outlook.com
Comment: So far the only domain in the design persona. {{r:Ryon-hui}} built the landing pages. The real {{r:So Ryon-hui}} was 24 at the time and had never been there.

Domain 3: [redacted]-soft.io
Registrant: "{{p:Andrew Chen}}", {{u:Singapore}}; e-mail admin@[redacted]-soft.io (role account, not labelled)
Comment: {{r:Jimmy}} says "{{p:Andrew}}" was the persona of programmer {{p:Ri Kwang-song}}. Not confirmed.

Domain 4: [redacted]games.com
Registrant: "{{r:Jimmy Han}}" (!) - the witness used a near-real name. e-mail {{r:jimmyhan}}88@gmail.com
Comment: {{r:Han}} regrets this and asked us not to publish. The domain later hosted a mobile game listed on {{u:Google Play}}.

Domain 5 and 6: privacy-protected since registration. Hosting at an offshore provider. Name servers shared with domains 1 and 3.

Cross-references
- The {{u:Federal Bureau of Investigation}} advisory of 2022 describes North Korean IT workers using personas of this kind. We have not shared these domains with any authority.
- A Chinese middleman, {{p:老于}} ({{p:Yu Qiang}}), paid the team's hosting by {{u:Alipay}}. {{r:Jin-myong}} says {{p:Yu}} took 20 per cent.
- The team's minder was a security official known as "Section Chief {{p:Pang}}".

Next steps: check archived pages in web archives; ask {{r:Jin-myong}} whether {{r:Ryon-hui}} had her own persona on {{u:LinkedIn}}.
""",
    },
    {
        "id": "h57-en-16",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Mun Kyong-hui", "문경희", "witness", ["Kyong-hui"]),
            ("Mun Song", "문송", "relative", ["Song"]),
            ("Ahn Ji-hye", "안지혜", "other", ["Ji-hye"]),
        ],
        "note": "Medical-interpreter encounter forms from two hospital visits; patient and son surnamed Mun (Moon), the son's one-syllable given name Song beside 'song'; interpreter surname Ahn beside 'an'; clinicians private with titles; hospital names public; patient's quoted speech.",
        "text": """INTERPRETER ENCOUNTER FORM 1
Interpreter: {{r:Ahn Ji-hye}} (Korean <> English) | Booking ref. MI-22-0931
Date: 8 March 2022 | Location: outpatients, {{u:St Thomas' Hospital}}, {{u:London}}
Patient: {{r:MUN Kyong-hui}} (DOB 1968) | Clinician: Dr {{p:Aisha Rahman}}, rheumatology
Others present: patient's son, {{r:Mun Song}} (age 19)

Encounter notes (interpreter's own, no clinical content beyond what is needed)
- Dr {{p:Rahman}} asked about the onset of pain. Patient said it began "in the fish factory in {{u:China}}, from standing in cold water". I interpreted "fish factory" literally; patient later explained it was a seafood plant in {{u:Longjing}}.
- Son {{r:Song}} tried to answer for his mother twice. I reminded both that I interpret what each person says. {{r:Song}} then sang quietly to himself in the waiting room - a song from church.
- Patient used the word "반장" (team leader) for a man who beat her; I interpreted it as "team leader". She later named him: {{p:Jang Ung-chol}}. Dr {{p:Rahman}} did not ask further.
- Patient addressed me as "지혜 선생님"; I told her "{{r:Ji-hye}}" is fine.
Duration: 45 min. Next booking: blood results.

INTERPRETER ENCOUNTER FORM 2
Interpreter: {{r:Ji-hye Ahn}} | Booking ref. MI-22-1107
Date: 19 April 2022 | Location: {{u:Guy's Hospital}}, physiotherapy
Patient: {{r:Kyong-hui Mun}} | Clinician: {{p:Tom Fairweather}} (physio) and student {{p:Lucy}}
Others present: none

Encounter notes
- {{p:Tom}} showed exercises. Patient asked whether "an exercise" could be done at home; I interpreted.
- Patient said: "In {{u:Longjing}} our manager {{p:Jang}} never let us sit. {{p:Yu Ok-sil}} and I stood eleven hours a day." I interpreted in full. {{p:Fairweather}} paused and asked whether she would like a referral to a counsellor; patient said she already sees Ms {{p:Bell}} at the refugee service.
- Patient wrote her son's name on the form as "{{r:Moon Song}}" (South Korean spelling of the surname); hospital record has "{{r:MUN S}}". I flagged the mismatch to reception ({{p:Derek}}).
- The patient's friend "{{p:Ok-sil}}" was mentioned twice; not present.
Duration: 50 min.

Interpreter declaration: I interpreted accurately and completely and have kept the content confidential. {{r:J.H.A.}}
""",
    },
    {
        "id": "h57-en-17",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kang Mi-rae", "강미래", "other", ["Mi-rae", "Mirae"]),
            ("Jo Hyon-u", "조현우", "witness", ["Hyon-u"]),
            ("Ri Sol-mi", "리솔미", "witness", ["Sol-mi"]),
        ],
        "note": "Fundraising quiz-night team sheets with answer key; quiz answers are real public figures and places (public), team names with members' nicknames and a team name containing a surname (Kangaroos, unmarked), surnames Jo and Ri beside 'Jo' as a card and 'Ri' in chemistry; scorer's notes.",
        "text": """QUIZ NIGHT FOR OVERSEAS WORKERS' LEGAL FUND - team sheets and answer key
Host: {{r:Kang Mi-rae}} | Scorer: {{p:Paddy Moran}} | Venue: a church hall in {{u:New Malden}}

TEAMS
Table 1 "Kangaroos": {{r:Mi-rae}}'s family - {{p:Kang Dong-hun}}, {{p:Kang Se-bin}}, {{p:Erin}}
Table 2 "Northern Lights": {{r:Jo Hyon-u}}, {{r:Ri Sol-mi}}, {{p:Pyo}}, {{p:Hwang Gil-nam}}
Table 3 "Quiz Khalifa": {{p:Daniel}}, {{p:Mo}}, {{p:Sunny Lim}}, {{p:Bex}}
Table 4 "The Kimchi Fridges": {{p:Kim Young-ae}}, {{p:Kim Sung-min}}, {{p:Kim Bo-ra}} (three unrelated families)

ANSWER KEY (round 3: "Around the world")
3.1 Which country hosted the 2022 football World Cup? - {{u:Qatar}}
3.2 Who was the first Secretary-General of the {{u:United Nations}} from {{u:Asia}}? - {{u:U Thant}}
3.3 Name the river between {{u:Dandong}} and {{u:Sinuiju}}. - {{u:Yalu}} (accept {{u:Amnok}})
3.4 Which Russian port is the terminus of the {{u:Trans-Siberian Railway}}? - {{u:Vladivostok}}
3.5 Chemistry: what is the symbol of Rhenium? - Re (not Ri, {{r:Sol-mi}}!)

SCORER'S NOTES
- Table 2 won round 3 (all but 3.5). {{r:Hyon-u}} knew 3.4 "because I lived there for four years, building flats". Big applause.
- {{r:Sol-mi}} argued that "Ri" should be accepted on 3.5 because it is "a better element". Rejected by the host, with love.
- Table 3's "Quiz Khalifa" name was {{p:Mo}}'s idea. {{p:Mo}} is {{p:Mohammed}}, {{p:Bex}}'s husband.
- Joker cards: Table 2 played their joker (the "Jo" card - named after {{r:Jo}} because he designed them) on round 4.
- Raised £1,240. {{r:Mi-rae}} thanks everyone and especially {{r:Hyon-u}} and {{r:Sol-mi}} for sharing their stories in the interval.

FINAL SCORES: Table 2 - 41; Table 1 - 38; Table 3 - 36; Table 4 - 30
""",
    },
    {
        "id": "h57-ko-01",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("An Kum-chol", "안금철", "witness", ["금철"]),
            ("Ha Yong-su", "하용수", "supervisor", ["용수"]),
            ("Pang Un-ju", "방은주", "relative", ["은주"]),
            ("Chae Song-il", "채성일", "coworker", ["성일"]),
        ],
        "note": "Korean interview notes, Kuwait construction; surnames 안, 하, 방 beside ordinary words (안에, 하루, 방에서), given names with 이 suffix and particles, 동무 and 씨 outside; 송금, 이상, 문 unmarked; public places and a public figure.",
        "text": """면담 메모 (2차) - 2024년 2월 7일, 사무실 상담실
면담: {{p:윤서영}} / 기록: {{p:남궁 민}}
면담 대상: {{r:안금철}} (1981년생, {{u:평안남도}} {{u:남포}} 출신)

1. 파견 경위
{{r:안금철}} 씨는 2015년 봄에 {{u:쿠웨이트}}로 파견되었다고 함. {{u:평양}}에서 {{u:베이징}}을 거쳐 {{u:쿠웨이트시티}}에 도착. 같은 비행기에 40명 이상 탔다고 기억함. 출발 전 "해외에 나가면 돈을 많이 벌 수 있다"는 말을 들었으나 실제로는 송금도 못 했다고 함.

2. 작업장과 관리자
작업반장은 {{r:하용수}}. 본인은 "{{r:하}} 반장"이라고 부름. 하루 열네 시간 일했고, 금요일 오전에만 쉼. {{r:하용수}}가 여권을 모두 걷어서 사무실 금고 안에 넣었다고 함. "금고 문은 {{r:하}} 반장하고 당 비서 {{p:기}} 동무만 열 수 있었다."
같은 조에 {{r:채성일}}, {{p:변철호}}, {{p:마}} 동무(이름 모름)가 있었음. {{r:성일}}이는 용접공이었고 본인보다 다섯 살 어림. {{r:성일}}이가 더위에 쓰러졌을 때 {{r:용수}}는 "꾀병"이라며 물도 주지 않았다고 함.

3. 임금
한 달 임금은 현지 회사에서 약 400디나르로 책정되었다고 들었으나 본인이 받은 돈은 월 20~30디나르. 나머지는 "계획분"과 "충성자금"으로 빠짐. {{u:김정은}} 생일 전에는 추가로 걷었다고 함. 이상한 점을 묻자 {{r:하}} 반장이 "그런 걸 물으면 소환된다"고 말했다고 함.

4. 가족
아내 {{r:방은주}}는 {{u:남포}}에 있음. 본인은 "{{r:은주}}가 혼자 애 둘을 키운다"며 울었음. 방에서 나가 잠시 쉬었다가 면담 재개. 아내의 언니 {{p:방은숙}}이 {{u:평양}}에 산다고 했으나 연락은 없음. "{{r:은주}}한테 미안하다는 말만 전해 달라"고 부탁함. (전달 불가함을 설명함.)

5. 탈출
2017년 여름, 현장 근처 병원에 {{r:채성일}}을 데려간 날 병원에서 만난 파키스탄 노동자 {{p:Imran}}의 도움으로 {{u:대한민국 대사관}}에 연락. {{r:금철}} 씨는 "{{r:성일}}이를 두고 온 게 평생 걸린다"고 함.

6. 기타
- 현장에 {{u:한국}} 회사는 없었다고 함. 발주처는 현지 회사.
- 본인 말로는 {{r:하용수}}의 아들도 같은 나라에 와 있었다고 하나 확인 불가.
- 면담 중 "안 되면 할 수 없지요"라는 말을 여러 번 함. 심리 지원 연계 필요 (담당 {{p:유지원}} 선생님).

다음 면담: 3월 중. 기록 검토 {{p:서영}}.
""",
    },
    {
        "id": "h57-ko-02",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Song Chol-man", "송철만", "witness", ["철만"]),
            ("Rim Kwang-su", "림광수", "supervisor", ["광수"]),
            ("Ko Yong-nam", "고용남", "coworker", ["용남"]),
        ],
        "note": "Korean interview notes, logging in the Russian Far East; surname 송 beside 송금 and 송판, surname 고 beside 고생 and 고향, 림 vs 임 spellings of the same person, a Russian name with Korean particle, a bare surname and a nickname (곰).",
        "text": """면담 기록 - {{u:러시아}} 벌목 (사례 번호 RU-LG-019)
일시: 2023년 11월 15일 / 장소: {{u:서울}} {{u:양천구}} 카페 / 면담자: {{p:한지민}}

인적 사항: {{r:송철만}} (1976년생, {{u:함경북도}} {{u:김책}} 출신). 2012년부터 2016년까지 {{u:아무르주}} {{u:틴다}} 인근 벌목장에서 일함.

진술 요지
- 벌목 사업소 작업반에는 30명 정도 있었음. 반장은 {{r:림광수}}. 본인은 남한식으로 "{{r:임광수}}"라고 적어 달라고 했다가 다시 "{{r:림광수}}가 맞다"고 정정함. 같은 사람임.
- {{r:림}} 반장은 덩치가 커서 다들 "{{r:곰}}"이라고 불렀다고 함. "{{r:곰}}"은 {{r:림광수}}의 별명. 숲에 진짜 곰도 자주 나와서 "곰 나왔다"는 말과 "{{r:곰}} 온다"는 말을 구분해야 했다고 웃으며 말함.
- 겨울에는 영하 40도. 송판을 쌓아 숙소 벽을 막았다고 함. 톱질은 하루 할당량이 정해져 있었고 못 채우면 식사를 줄임.
- 고생이 제일 심했던 사람은 {{r:고용남}}. {{r:용남}}이는 2014년 겨울 나무에 다리가 깔려 다침. {{r:광수}}가 병원에 보내지 않고 숙소에 눕혀 두었다고 함. {{u:러시아}} 운전수 {{p:Алексей}}({{p:알렉세이}})가 자기 차로 시내 병원에 데려다 줌. 본인 표현으로 "{{p:알렉세이}}가 아니었으면 {{r:용남}}이는 죽었다."
- 임금: 현지 회사 측은 나무 1㎥당 돈을 줬다고 들었으나 노동자에게는 한 달 미화 50~100달러. 송금은 할 수 없었고, 귀국 때 한꺼번에 준다는 말만 들음.
- 고향 생각: "{{u:김책}}에 있는 어머니가 제일 보고 싶다." 어머니 이름은 말하지 않음.

기타 인물
- 당 비서 {{p:최}} (이름 모름) - 매주 생활총화 주재.
- 같은 작업반 {{p:전명국}}, {{p:엄}}씨 (50대), 막내 {{p:덕수}}.
- {{p:덕수}}는 열아홉 살이었고 2015년에 도망쳤다가 잡혀서 송환됐다고 들음.

면담자 의견: 진술이 일관적임. {{r:송철만}} 씨는 {{r:고용남}}의 생사를 알고 싶어 함. 적십자({{u:대한적십자사}}) 이산가족 절차는 해당되지 않음을 안내함. 후속: {{p:지민}} 담당.
""",
    },
    {
        "id": "h57-ko-03",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Kye Tong-chol", "계동철", "supervisor", ["동철"]),
            ("Kye Hak-bom", "계학범", "relative", []),
            ("Yon Ok-sil", "연옥실", "relative", ["옥실"]),
            ("Kim Ryong-il", "김룡일", "witness", ["룡일"]),
        ],
        "note": "Translated DPRK cadre biographical record (간부이력서) of a labour-export manager, with the witness's comments; family table (father, wife, children with one-syllable names), guarantors, DPRK institutions and places public; surname 연 beside 연도 and 연락; 김일성 as public figure inside institution names.",
        "text": """[번역·정리] 간부이력서 사본 (일부) - 제공: {{r:김룡일}} (전 {{u:러시아}} 파견 노동자)
정리: {{p:박소연}} / 2024년 4월 2일
※ 원본은 손글씨. {{r:김룡일}} 씨가 2019년 {{u:블라디보스토크}} 회사 사무실에서 몰래 촬영함.

1. 본인
성명: {{r:계동철}} (桂東哲)
생년월일: 1968년 8월 15일
출생지: {{u:평안북도}} {{u:정주시}}
출신성분: 노동자 / 사회성분: 사무원
당 입당: 1990년 ({{u:조선로동당}})
학력: 1991~1996 {{u:김책공업종합대학}} 건축공학부
경력: 1996~2004 {{u:평양}} 건설 연합기업소 기사 / 2004~2011 대외건설 관련 무역회사 과장 / 2011~ 해외 파견 건설대 책임자

2. 가족 관계
관계 | 성명 | 생년 | 직업·직위 | 거주지
부 | {{r:계학범}} | 1940 | 전 협동농장 관리위원장 (사망 2010) | {{u:정주}}
모 | {{p:한영숙}} | 1944 | 무직 | 〃
처 | {{r:연옥실}} | 1971 | 중학교 교원 | {{u:평양시}} {{u:모란봉구역}}
자 | {{p:계혁}} | 1995 | {{u:김일성종합대학}} 학생 | 〃
녀 | {{p:계봄}} | 1999 | 무직 | 〃
처남 | {{p:연광식}} | 1969 | 인민보안원 | {{u:사리원}}

3. 보증인
{{p:주경호}} (당 비서, 건설 연합기업소) / {{p:홍순길}} (과장)

{{r:김룡일}} 씨 설명
- {{r:계동철}}은 {{u:블라디보스토크}}와 {{u:나홋카}} 현장 세 곳을 책임진 사람. 노동자들은 "{{r:계}} 책임자", 뒤에서는 "{{r:동철}}이"라고 불렀다고 함.
- 처 {{r:연옥실}}은 교원이었고, {{r:동철}}이 "우리 {{r:옥실}}이가 보내 달란다"며 노동자들 돈에서 화장품 값을 걷어갔다고 함.
- 아들 {{p:혁}}이는 대학생이라 자랑을 많이 했다고 함. 딸 {{p:봄}}이는 "{{p:봄}}이" 하고 부르며 사진을 보여줬다고 함. (봄: 한 글자 이름. 계절 '봄'과 구분할 것.)
- 부친 {{r:계학범}}은 이력서상 2010년 사망. 연도는 원본 그대로 옮김.
- 처남 {{p:연광식}}이 보안원이라 {{r:동철}}에게 아무도 못 덤볐다고 함. 연락처는 없음.
- 봄이 되면 {{r:계}} 책임자가 직접 {{u:평양}}에 "보고"하러 다녀왔다고 함.
""",
    },
    {
        "id": "h57-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Pyon Hye-gyong", "변혜경", "witness", ["혜경"]),
            ("Ma Sun-ae", "마순애", "witness", ["순애"]),
            ("Ok Chun-hwa", "옥춘화", "witness", ["춘화"]),
        ],
        "note": "Settlement-centre graduating-class reunion dues list with a treasurer's note; names with 언니, 씨 and 이, surnames 마 and 옥 beside 마지막 and 옥상; a nickname (깡순이) and initials; 하나원 and places public; previous workplaces abroad.",
        "text": """{{u:하나원}} ○○기 동기 모임 - 2024년 상반기 회비 정리
총무: {{r:변혜경}} / 회비: 1인 2만 원 / 계좌는 단톡방 공지 참고

번호 | 이름 | 회비 | 비고
1 | {{r:변혜경}} | 20,000 | 총무
2 | {{r:마순애}} | 20,000 |
3 | {{r:옥춘화}} | 20,000 | 3월 늦게 냄
4 | {{p:장은\u200b별}} | 20,000 |
5 | {{p:류경철}} | - | 연락 안 됨
6 | {{p:심}}○○ | 20,000 | 이름 공개 원치 않음
7 | {{p:K.M.S.}} | 20,000 | 본인 요청으로 이니셜만
8 | {{p:차명희}} | 10,000 | 나머지 다음 달
9 | {{p:깡순이}} | 20,000 | ({{p:강순영}})
10 | {{p:우태성}} | 0 | 면제 (수술)

총무 메모
- 이번 모임은 5월 18일 {{u:안산}} 식당. 마지막으로 모인 게 작년 가을이었음.
- {{r:순애}} 언니가 떡을 해 온다고 함. {{r:마순애}} 언니는 {{u:중국}} {{u:단둥}} 봉제공장에 있다가 온 분이라 손이 빠름 😄
- {{r:춘화}}가 회비를 늦게 낸 건 월급이 늦게 나와서라고. {{r:옥춘화}} 씨 직장이 옥상 방수 공사하는 곳이라 비 오면 일이 없음.
- {{p:류경철}} 씨는 {{u:러시아}}에서 같이 온 {{p:우태성}} 오빠랑 친했는데 번호가 바뀐 것 같음. {{p:태성}} 오빠가 연락해 보기로.
- "{{p:깡순이}}"는 {{p:순영}} 언니 별명. 본인이 명단에 그렇게 써 달라고 함 ㅋㅋ
- {{p:차명희}} 씨는 아이가 아파서 반만 냄. 괜찮다고 했음.
- 남은 돈 38만 원은 {{u:남북하나재단}} 행사 때 쓰자는 의견 있음. {{r:혜경}}이 다음 모임 때 투표.

확인: {{r:변혜경}} (총무), {{r:마순애}} (감사)
""",
    },
    {
        "id": "h57-ko-05",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Chu Yong-ok", "주영옥", "witness", ["영옥"]),
            ("Sim Kwang-nam", "심광남", "relative", ["광남"]),
            ("No Eun-bi", "노은비", "other", ["은비"]),
        ],
        "note": "Housewarming potluck list pasted from a KakaoTalk group chat; display names with emoji and numbers, 언니/오빠/씨 outside, surname 주 beside 주소 and 주세요, surname 노 beside 노래, a child's one-syllable name, KakaoTalk public; CRLF.",
        "text": """[{{u:카카오톡}}] {{r:영옥}}이네 집들이 🏠 (12명)
저장한 날짜 : 2024-06-02 21:40

2024년 6월 1일 토요일
[{{r:주영옥}}] [오후 8:02] 여러분~ 다음 주 토요일 집들이 해요!! 🎉 주소는 따로 보낼게요
[{{r:주영옥}}] [오후 8:03] 음식 하나씩만 가져와 주세요. 아래에 이름 쓰고 메뉴 적어 주세요 🙏
[{{r:은비}}쌤] [오후 8:05] 1. {{r:노은비}} - 과일 🍉
[{{p:혜련}}💕] [오후 8:09] 2. {{p:혜련}} - 잡채
[{{p:Kwon}}_78] [오후 8:15] 3. {{p:권혁}} - 맥주 한 박스 🍺
[{{r:광남}}] [오후 8:16] 4. {{r:심광남}} - 순대 (우리 집이니까 난 당연히 ㅋㅋ)
[{{p:옥이}}] [오후 8:21] 5. {{p:정옥}} - 두부밥!!
[{{p:명수}}아빠] [오후 8:30] 6. {{p:명수}} 아빠 - 고기 굽는 거 담당
[{{p:혜련}}💕] [오후 8:33] {{r:영옥}} 언니 집 넓어요?? 😆
[{{r:주영옥}}] [오후 8:34] 넓진 않은데 다 들어와요 ㅋㅋ 노래방 기계는 없어요 노래는 각자 ㅋ
[{{r:은비}}쌤] [오후 8:40] 축하해요! 자립 1년 만에 집 구하셨어요 👏👏

2024년 6월 2일 일요일
[{{p:Kwon}}_78] [오전 10:12] 근데 {{p:성}} 형은 와요? {{u:러시아}}에서 같이 일했던 {{p:성}} 형
[{{r:광남}}] [오전 10:20] {{p:백성}} 형? {{p:백성}}이형은 {{u:부산}}이라 못 온대
[{{p:옥이}}] [오전 10:25] 7. {{p:옥이}} 남편 {{p:하진}} - 떡
[{{r:주영옥}}] [오전 10:30] {{r:광남}} 오빠가 {{u:블라디보스토크}}에서 먹던 순대 해준대요 ㅋㅋ
[{{r:은비}}쌤] [오전 10:42] 저는 아이 데려가도 되나요?
[{{r:주영옥}}] [오전 10:43] 당연하죠!! 💗
[{{r:광남}}] [오전 11:01] 주차는 {{u:구로구청}} 공영주차장 쓰세요 🚗

""",
    },
    {
        "id": "h57-ko-06",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Tae Myong-ho", "태명호", "witness", ["명호"]),
            ("Ha Jung-gi", "하중기", "other", ["중기"]),
        ],
        "note": "Used-car sale contract with the buyer's counsellor's memo; buyer a former Mongolia construction worker, surname 태 beside 태어나 and 태도, seller surname 하 beside 하자; dealer and witness names in signature fields; car makes public; OCR-like spacing in one name.",
        "text": """자동차 양도증명서 (매매계약서) - 사본
매도인(양도인): 성명 {{r:하중기}} / 주소 {{u:경기도}} {{u:수원시}} {{u:팔달구}} (이하 생략)
매수인(양수인): 성명 {{r:태명호}} / 주소 {{u:인천광역시}} {{u:남동구}} (이하 생략)

차명: {{u:현대}} 포터Ⅱ / 연식: 2016 / 주행거리: 142,300km
매매금액: 금 일천사백만 원정 (₩14,000,000)
계약금: ₩1,000,000 (2024. 3. 4. 지급) / 잔금: ₩13,000,000 (2024. 3. 11. 지급)

특약사항
1. 매도인은 차량의 하자(사고·침수 여부)를 고지한다: 2019년 후방 경미 사고 1회.
2. 명의 이전 비용은 매수인 부담.
3. 잔금 지급 시 매도인은 서류 일체를 인도한다.

2024년 3월 11일
매도인 {{r:하 중 기}} (인) / 매수인 {{r:태 명 호}} (인)
입회인(중개): 중고차 상사 직원 {{p:곽도윤}}

-----
상담사 메모 ({{p:이수경}}, 정착지원 상담)
- {{r:명호}} 씨는 {{u:몽골}} {{u:울란바토르}} 건설 현장에서 일하다 2018년 입국. 태어나 처음으로 자기 이름으로 된 차를 산다며 기뻐함.
- 계약 전 {{r:태명호}} 씨가 "{{r:하}} 사장님 태도가 좋다"고 했으나, 사고 이력이 특약에 늦게 들어간 점을 확인함. 매도인 {{r:하중기}} 씨와 통화하여 보험 이력 조회 동의 받음.
- 차는 택배 배송 일에 쓸 예정. 택배 회사 소장 {{p:문경태}} 씨 소개로 일자리 얻음.
- {{r:명호}} 씨 말: "{{u:몽골}}에서 {{p:오}} 반장이 우리 월급으로 차를 샀는데, 이제 내가 산다."
- 명의 이전은 {{p:수경}} 동행하여 차량등록사업소에서 완료 예정.
""",
    },
    {
        "id": "h57-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jin Sung-ho", "진승호", "witness", ["승호"]),
            ("Yo Mi-ran", "여미란", "witness", ["미란"]),
            ("Kang Tae-yang", "강태양", "other", ["태양"]),
        ],
        "note": "Gym membership freeze requests with staff notes; applicants who are former workers (Qatar, China), reasons mentioning co-workers; surname 여 beside 여기/여권, 진 beside 진단서, given name 태양 beside the word 'sun'; trainer nickname; gym chain invented.",
        "text": """회원 일시정지 신청서 (3건) - ○○피트니스 {{u:노원}}점
접수 담당: 트레이너 {{r:강태양}}

[신청 1]
회원명: {{r:진승호}} / 회원번호: 20231187 / 정지 기간: 2024.7.1 ~ 2024.8.31
사유: 해외 근무 관련 재판 증인 출석 및 치료
첨부: 진단서 1부
직원 메모: {{r:승호}} 회원님 말씀으로는 예전에 {{u:카타르}} {{u:도하}} 건설 현장에서 허리를 다쳤는데, 그때 같이 일한 {{p:반명철}} 씨 재판에 증인으로 나간다고 함. 진단서는 {{u:서울대학교병원}} 발급. {{r:진}} 회원님 PT 잔여 6회 보존.

[신청 2]
회원명: {{r:여미란}} / 회원번호: 20230542 / 정지 기간: 2024.7.15 ~ 2024.9.14
사유: 여권 재발급 및 해외 가족 상봉(?)
직원 메모: 여기 오신 지 1년 된 회원님. {{r:미란}} 님은 {{u:중국}} {{u:훈춘}} 수산물 공장에서 일하셨다고. 언니 {{p:여미숙}} 씨 소식을 {{u:연길}}에서 듣게 되어 간다고 함. 여권 사진 필요하다고 해서 근처 사진관 알려드림. 정지 2개월은 규정상 최대. {{r:여}} 회원님 요청으로 보관함 32번 유지.

[신청 3]
회원명: {{p:주혜숙}} (대리 신청: 남편 {{p:변상철}}) / 정지 기간: 2024.7.1 ~ 2024.7.31
사유: 출산
직원 메모: {{p:변상철}} 님이 대신 오심. {{p:혜숙}} 님 순산하셨다고 ^^ 아기 이름은 "{{p:햇살}}"이라고. ({{r:태양}} 쌤이랑 이름이 비슷하다며 웃으심 ㅎㅎ)

담당자 확인
- 태양이 뜨기 전 새벽반 회원이 많아 정지 신청 몰림.
- {{r:태양}} 쌤 → 매니저 {{p:오세진}}에게 보고 완료.
- 신청 1 {{r:진승호}} 회원님은 매니저 승인 필요 (PT 보존 건). {{p:오}} 매니저 7/1 결재.
- 회원들 사이에서 {{r:강태양}} 트레이너 별명 "{{r:해님}}". 신청서 서명란에 "{{r:해님}}"이라고 쓰지 말 것!
""",
    },
    {
        "id": "h57-ko-08",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Mun Son-hwa", "문선화", "witness", ["선화"]),
            ("Kim Ye-jin", "김예진", "other", ["예진"]),
            ("Pak Kum-sil", "박금실", "witness", ["금실"]),
        ],
        "note": "Hair-salon appointment book kept by a resettled former restaurant worker; customers by given name, surname plus 님/언니/씨, nicknames, phone-suffix labels; surname 문 beside 문자 and 문의; 금실 also an ordinary word (금실 좋은); CRLF.",
        "text": """선화헤어 예약장부 - 2024년 9월 둘째 주 (원장: {{r:문선화}})

9/9 (월)
10:00 {{p:정미}} 님 - 커트 / 010-****-1123
11:30 {{r:금실}} 언니 - 뿌리염색 (지난번 색 그대로) ✔
14:00 {{p:오}} 사장님 사모님 ({{p:윤경}}) - 펌
16:00 {{p:유나}} (학생) - 앞머리만
18:30 {{r:예진}} 쌤 - 커트, 상담 겸

9/10 (화) 휴무

9/11 (수)
10:00 {{p:혜원}} 님 - 매직 / 문자 확인 ✔
13:00 {{p:소금}}이 엄마 ({{p:권은희}}) - 커트
15:30 {{r:박금실}} 님 남편 {{p:지광혁}} 님 - 커트
17:00 문의 전화 (이름 안 남김)

9/12 (목)
11:00 {{p:Nguyen Thi Lan}} 님 ({{u:베트남}}) - 염색
14:00 {{r:금실}} 언니 친구 "{{p:꽃분이}}" 언니 - 펌
19:00 {{r:김예진}} 쌤 + 상담 선생님 {{p:류}} 쌤

메모 (원장)
- {{r:금실}} 언니랑은 {{u:중국}} {{u:선양}} 식당에서 같이 일했음. 언니가 손님 데려와 줌. {{r:금실}} 언니 부부 금실 좋아서 부러움 ㅎㅎ
- {{r:예진}} 쌤({{r:김예진}}, 하나센터 취업 상담사)이 가게 홍보 글 써 주신다고 함. {{r:예진}}쌤 감사!!
- "{{p:꽃분이}}" 언니 본명은 {{p:최분희}}. 예약할 때 꼭 "{{p:꽃분이}}"로 적어 달라고 함.
- {{p:소금}}이는 아이 이름. 엄마는 {{p:권은희}} 님.
- {{r:문선화}} - 9/13 미용 재료 주문. 문 닫는 시간 8시로 변경.
""",
    },
    {
        "id": "h57-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yang Hyok-chol", "양혁철", "witness", ["혁철"]),
            ("Yang Mi-ok", "양미옥", "witness", ["미옥"]),
            ("Tong Sang-gi", "동상기", "supervisor", []),
            ("Hwang Ji-yun", "황지윤", "other", ["지윤"]),
        ],
        "note": "Draft civil complaint (소장 초안) for damages by two siblings against the DPRK and a trading company; plaintiffs and defendants in formal fields, a lawyer's bracketed comments; surname 동 beside 동상 and 동생, 양 beside 양측; DPRK, its leader and a public company-like entity public.",
        "text": """소 장 (초안 v2 - 내부 검토용, 외부 유출 금지)

원 고 1. {{r:양혁철}} (주민등록번호 생략)
        2. {{r:양미옥}} (주민등록번호 생략)
원고들 소송대리인 변호사 {{r:황지윤}}

피 고 1. {{u:조선민주주의인민공화국}}
           대표자 국무위원장 {{u:김정은}}
        2. {{r:동상기}} ({{u:북한}} 국적, 주소 불명)

손해배상(기) 청구의 소

청 구 취 지
1. 피고들은 연대하여 원고 {{r:양혁철}}에게 금 150,000,000원, 원고 {{r:양미옥}}에게 금 100,000,000원 및 각 이에 대하여 소장 부본 송달 다음 날부터 다 갚는 날까지 연 12%의 비율로 계산한 돈을 지급하라.
2. 소송비용은 피고들이 부담한다.

청 구 원 인
1. 당사자의 지위
가. 원고 {{r:양혁철}}은 1985년 {{u:함경남도}} {{u:단천}}에서 출생하여 2016년부터 2019년까지 {{u:러시아}} {{u:하바롭스크}} 건설 현장에 파견되었던 사람이고, 원고 {{r:양미옥}}은 원고 {{r:혁철}}의 동생으로 2017년부터 2019년까지 {{u:중국}} {{u:훈춘}}의 수산물 가공 공장에 파견되었던 사람입니다.
나. 피고 {{r:동상기}}는 원고 {{r:양혁철}}이 속한 건설대의 책임자였습니다. [{{r:지윤}} 메모: 동상 건립 사업(해외 기념비) 쪽 경력도 있다는 진술 있음. 피고 이름과 '동상'이라는 단어를 혼동하지 않도록 주의. 피고 {{r:동}}의 인적사항은 원고 진술만 있음.]

2. 강제노동 및 임금 착취
가. 원고 {{r:양혁철}}은 하루 12~14시간 노동하였고, 임금의 대부분을 "계획분" 명목으로 빼앗겼습니다. 여권은 피고 {{r:동상기}}가 보관하였습니다 (갑 제3호증 동료 {{p:추영남}}의 진술서).
나. 원고 {{r:양미옥}}은 공장 관리자 {{p:남경희}}, 중국인 사장 {{p:왕}}○○ (통칭 "{{p:王老板}}") 밑에서 일하였습니다. 양측은 서로 책임을 미루었고 원고 {{r:미옥}}은 임금을 한 푼도 받지 못하였습니다 (갑 제5호증).
다. [검토 필요 - {{p:성민}} 변호사 의견: 피고 1에 대한 국내 판결례(2020년 국군포로 사건 등) 인용 추가.]

3. 손해배상책임
피고들의 행위는 불법행위에 해당하며 ... (작성 중)

입 증 방 법
갑 제1호증 원고 {{r:양혁철}}의 진술서
갑 제2호증 원고 {{r:양미옥}}의 진술서
갑 제3호증 {{p:추영남}}의 진술서
갑 제4호증 {{u:통일부}} 북한이탈주민 확인서

2024. 10. .
원고들 소송대리인 변호사 {{r:황 지 윤}} (서명 전)
{{u:서울중앙지방법원}} 귀중
""",
    },
    {
        "id": "h57-ko-10",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ryu Tae-sik", "류태식", "witness", ["태식"]),
            ("Pae Yong-hak", "배영학", "coworker", ["영학"]),
            ("Chang Mu-yol", "장무열", "other", ["무열"]),
        ],
        "note": "Angling-club outing roster with the leader's notes; surname 배 beside 배 (boat) and 배멀미, a nickname 붕어, members by surname+형/형님, one-syllable given name; members who were distant-water fishermen; real ports public; CRLF.",
        "text": """바다사랑 낚시회 - 10월 출조 명단
일시: 2024년 10월 19일(토) 새벽 4시 출발 / 장소: {{u:안흥항}} → 선상 우럭 낚시
총무: {{r:장무열}} / 선비 1인 8만 원 (배 예약 완료)

no | 이름 | 연락 | 비고
1 | {{r:장무열}} | 총무 | 차량 1 (운전)
2 | {{r:류태식}} | ○ | 차량 1
3 | {{r:배영학}} | ○ | 배멀미 약 필수!!
4 | {{p:붕어}} ({{p:김용준}}) | ○ | 차량 2 (운전)
5 | {{p:탁}} 형님 | ○ |
6 | {{p:진우}} | △ | 아이 아프면 불참
7 | {{p:엄기석}} | ○ | 미끼 담당
8 | {{p:혁}} | ○ | 처음 옴 ({{r:태식}} 형 지인)

총무 메모
- {{r:태식}} 형님하고 {{r:영학}} 형님은 예전에 원양어선 탔던 분들이라 배에서 제일 든든함. {{r:류태식}} 형님은 "{{u:러시아}} 앞바다에서 오징어 잡을 때는 하루 스무 시간 일했다"고. 오늘은 쉬러 가는 거니까 무리하지 마시라고 함 ㅎㅎ
- {{r:배영학}} 형님은 배를 그렇게 오래 탔는데도 배멀미를 함. 본인 말로는 "그때는 아파도 {{p:맹}} 선장이 약도 안 줬다." 오늘은 약 챙겨 드림.
- "{{p:붕어}}"는 {{p:용준}}이 별명. 붕어만 잡아서. 오늘은 우럭 잡자 {{p:붕어}}야!
- {{p:탁}} 형님 성함은 {{p:탁경일}}. 명단에 '{{p:탁}} 형님'으로 써 달라 하심.
- {{p:혁}}이는 {{r:태식}} 형 교회 동생. {{u:부산}}에서 올라옴.
- 회비 잔액 23만 원. 다음 출조는 11월 {{u:통영}}.
""",
    },
    {
        "id": "h57-ko-11",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kong Myong-sik", "공명식", "witness", ["명식"]),
            ("Sa Kyong-ja", "사경자", "other", ["경자"]),
            ("Do Hyon-su", "도현수", "other", ["현수"]),
        ],
        "note": "Neighbourhood voluntary patrol rota with the team leader's remarks; surname 공 beside 공원 and 공지, 사 beside 사거리, 도 beside 도로; members with 대원/반장님 titles outside, a resettled former Russia worker, a one-syllable given name; police station and district public.",
        "text": """○○동 자율방범대 11월 순찰 근무표
대장: {{r:사경자}} / 부대장: {{r:도현수}} / 근무 시간 21:00~23:00 / 집결: 동 주민센터 앞

날짜 | 1조 | 2조 | 코스
11/4 (월) | {{r:공명식}}, {{p:하은}} | {{p:탁민재}}, {{p:서}} 대원 | 공원 → 초등학교 → 사거리
11/6 (수) | {{r:도현수}}, {{p:김진}} | {{r:공명식}}, {{p:남윤아}} | 시장 → 도로변 원룸촌
11/8 (금) | {{r:사경자}}, {{p:옥란}} | {{p:탁민재}}, {{p:진}} | 공원 → 사거리
11/11 (월) | {{p:하은}}, {{p:서동규}} | {{r:공명식}}, {{r:도현수}} | 학원가

대장 공지
- {{r:공명식}} 대원님이 이번 달 근무를 네 번이나 자원해 주셨습니다. {{r:명식}} 씨는 {{u:러시아}} {{u:블라디보스토크}}에서 야간 경비 일을 오래 하셔서 밤길이 익숙하다고 하시네요. 감사합니다!
- 11/8 2조 {{p:진}}은 {{p:김진}} 대원이 아니라 새로 온 {{p:이진}} 대원입니다. 헷갈리지 마세요.
- {{p:서}} 대원 = {{p:서동규}} 대원.
- {{p:옥란}} 씨는 성을 안 쓰시길 원하셔서 이름만 적었습니다.
- 사거리 편의점 앞 취객 신고는 {{u:노원경찰서}} 상계지구대로. 지구대 담당 {{p:배}} 경위님 연락처는 단톡방에.
- 도로 공사 구간(시장 뒤)은 조명이 없으니 조심하세요. 부대장 {{r:현수}} 님이 랜턴 추가 구입했습니다.
- 다음 정기회의: 11/20, 장소는 {{r:경자}} 대장 댁 말고 주민센터 2층.
{{r:사경자}} 드림
""",
    },
    {
        "id": "h57-ko-12",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Song-hui", "리송희", "witness", ["송희", "이송희"]),
            ("Kim Tae-o", "김태오", "witness", ["태오"]),
            ("Jeon Han-byeol", "전한별", "other", ["한별"]),
        ],
        "note": "Job-fair booth consultation log for North Korean defectors; jobseekers' previous overseas work, employers' recruiters as private persons, surname 리/이 variants of one person, given name 태오 with particles; real fair organiser and companies public.",
        "text": """2024 북한이탈주민 취업박람회 - 상담 부스 기록지 (부스 17, 조선·용접 분야)
주최: {{u:남북하나재단}} / 장소: {{u:aT센터}} / 상담원: {{r:전한별}}

상담 1 (10:20)
구직자: {{r:리송희}} (본인이 "{{r:이송희}}"로도 써 달라고 함 - 신분증은 {{r:이송희}})
경력: {{u:중국}} {{u:단둥}} 봉제공장 3년, 국내 물류센터 1년
희망: 사무 보조 또는 품질 검사
상담 내용: {{r:송희}} 님은 한 번에 한 가지 일만 하고 싶다고. 지원 가능 기업 2곳 안내. 참가 기업 담당자 {{p:함지수}} 대리(물류)와 연결.

상담 2 (11:05)
구직자: {{r:김태오}}
경력: {{u:폴란드}} {{u:그단스크}} 조선소 용접 4년 (2014~2018), 국내 용접 자격 취득 준비 중
희망: 조선소 용접공
상담 내용: {{r:태오}} 씨는 "{{u:유럽}} 조선소에서 일했지만 돈은 {{p:방}} 반장이 다 가져갔다"고 함. {{u:HD현대중공업}} 협력사 채용 담당 {{p:권순재}} 과장에게 이력서 전달. {{r:태오}}가 자격증 따면 바로 연락 준다고 함.

상담 3 (13:40)
구직자: {{p:주}}○○ (이름 공개 거부)
경력: {{u:쿠웨이트}} 건설
상담 내용: 간단한 안내만. 한 번 더 방문하기로.

상담 4 (14:30)
구직자: {{p:엄성애}}, {{p:엄성철}} (남매)
경력: {{p:성애}} - {{u:러시아}} 식당 / {{p:성철}} - 같은 지역 건설
상담 내용: {{p:성철}} 씨는 동생과 같은 회사 원함. {{u:한화오션}} 부스 {{p:노}} 차장 소개.

상담원 메모
- {{r:한별}}(본인) - 오전 부스 인원 부족. {{p:유}} 팀장님께 요청.
- {{r:리송희}} 님 추가 상담 예약 11/28.
- 한 구직자가 "{{r:전한별}} 선생님 덕분에 면접 본다"며 음료수 주고 감.
""",
    },
    {
        "id": "h57-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Choe Un-hyang", "최은향", "witness", ["은향"]),
            ("Yun Hak-myong", "윤학명", "witness", ["학명"]),
            ("Kwak So-ra", "곽소라", "other", ["소라"]),
        ],
        "note": "High-school equivalency (검정고시) study-group journal; members and tutor with 쌤/씨/언니, given name 소라 beside 소라 (conch) in a reading text, surname 윤 beside 윤리 (ethics subject), essay about overseas work naming people; a one-syllable name; exam body public.",
        "text": """검정고시 스터디 일지 - "다시 학교" 모임 (매주 화·목 저녁 7시, 복지관 3층)
튜터: {{r:곽소라}} (대학생 자원봉사)

10월 15일 (화)
참석: {{r:최은향}}, {{r:윤학명}}, {{p:계옥}}, {{p:박준}}
과목: 국어 - 시 읽기 「소라」 (소라 껍데기에 바닷소리가 들린다는 시)
- {{r:은향}} 언니가 소라 껍데기 얘기를 듣고 {{u:중국}} {{u:다롄}} 공장 시절 바닷가 얘기를 해 줌.
- {{r:학명}} 씨는 윤리 과목이 제일 어렵다고. "{{r:윤}}씨가 윤리를 못 하면 어떡하냐"고 다들 웃음 ㅋㅋ
- {{p:계옥}} 님 결석 없이 6주째 👏

10월 17일 (목)
참석: {{r:최은향}}, {{r:윤학명}}, {{p:박준}}, {{p:향}} (새 멤버)
과목: 사회 - 노동권
- 글쓰기 과제 "내가 겪은 노동" 발표. {{r:학명}} 씨: {{u:쿠웨이트}} 건설 현장. "반장 {{p:길영수}}가 여권을 가져갔다. {{p:길}} 반장은 우리가 아파도 일하라고 했다."
- {{r:은향}} 언니: "{{u:다롄}}에서 관리원 {{p:추}}가 우리 편지를 다 읽었다. 친구 {{p:명옥}}이는 울다가 잠들었다."
- 새 멤버 {{p:향}} 님은 {{r:은향}} 언니랑 이름이 비슷해서 "{{p:작은 향}}", "{{r:큰 향}}"으로 부르기로 함. ({{p:향}} 님 본명 {{p:주향}})
- {{r:소라}} 쌤이 노동권 설명하면서 {{u:국제노동기구}}({{u:ILO}}) 협약 이야기함.

10월 22일 (화)
참석: 전원 + 게스트 {{p:남궁영}} 선생님 (전직 교사)
- 기출문제 풀이. 공식 사이트에서 작년 문제 다운로드.
- {{r:곽소라}} 쌤 다음 주 시험 기간이라 게스트 선생님이 대신 오심.
- 내년 4월 시험 접수 - {{r:최은향}}, {{r:윤학명}}, {{p:계옥}} 3명 확정.
작성: {{r:소라}}
""",
    },
    {
        "id": "h57-ko-14",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Hyon Chol-u", "현철우", "witness", ["철우"]),
            ("Kil Yong-hui", "길영희", "other", ["영희"]),
        ],
        "note": "Blood-drive participant register at a community event with the organiser's notes; surname 길 beside 길 (road), 현 beside 현장; deferral reasons mentioning malaria areas abroad; given names alone; Korean Red Cross and places public.",
        "text": """사랑나눔 헌혈 캠페인 - 참여자 명단 (2024.8.24 / 헌혈버스: {{u:대한적십자사}} {{u:서울남부혈액원}})
주관: 북한이탈주민 자조모임 / 담당: {{r:길영희}}

순번 | 성명 | 혈액형 | 결과 | 비고
1 | {{r:현철우}} | A+ | 부적격 | 말라리아 위험지역 체류력
2 | {{p:변은실}} | O+ | 헌혈 완료 |
3 | {{p:노경훈}} | B+ | 헌혈 완료 | 처음
4 | {{p:단비}} | AB+ | 헌혈 완료 | 성 미기재
5 | {{p:남영철}} | A+ | 부적격 | 혈압
6 | {{r:길영희}} | O+ | 헌혈 완료 | 담당자
7 | {{p:명}} | B+ | 헌혈 완료 |
8 | {{p:석혜란}} | A+ | 헌혈 완료 |
9 | {{p:우진}} ({{p:석혜란}} 아들) | O+ | 나이 미달 |

담당자 메모
- {{r:철우}} 씨는 예전에 {{u:적도기니}}? 아니 {{u:앙골라}} 건설 현장에서 일해서 말라리아 위험지역 체류력으로 부적격. 본인은 "현장에서 말라리아 걸린 사람 많았다, {{p:원}} 반장도 걸렸다"고 함. {{r:현}} 씨 많이 아쉬워함. 대신 간식 나눔 도와줌.
- {{p:단비}} 님은 본명 성을 안 쓰겠다고 함.
- {{p:명}}이는 외자 이름.
- 길 건너 주차장 이용. 버스 주차 허가는 {{u:구로구청}}.
- 다음 캠페인 12월. {{r:영희}}가 다시 신청 예정.
""",
    },
    {
        "id": "h57-ko-15",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Min Kyong-suk", "민경숙", "witness", ["경숙"]),
            ("Kwon Ok-nam", "권옥남", "witness", ["옥남"]),
            ("Seo Dong-hwan", "서동환", "other", ["동환"]),
        ],
        "note": "Food-bank distribution register with volunteer notes; recipients by full name, surname plus 할머니/씨, initials and family members; surname 민 beside 민원, 서 beside 서명; a former Mongolia worker; food bank and places public; CRLF.",
        "text": """푸드뱅크 물품 배분 대장 - 2024년 12월 (○○구 기초푸드뱅크 연계, 배분처: 북한이탈주민 지원 센터)
담당 봉사자: {{r:서동환}}

날짜 | 수령자 | 가구원 | 물품 | 서명
12/2 | {{r:민경숙}} | 2 (본인, 딸 {{p:유나}}) | 쌀 10kg, 라면, 김 | {{r:민}}
12/2 | {{r:권옥남}} | 1 | 쌀 5kg, 두유 | (대리 수령: {{r:서동환}})
12/3 | {{p:H.S.K.}} | 3 | 쌀 10kg, 통조림 | {{p:H}}
12/3 | {{p:반}} 할머니 | 1 | 죽, 두유, 김 |
12/4 | {{p:전경호}} | 4 | 쌀 20kg, 라면 2박스 | {{p:전}}
12/5 | {{p:임순복}} | 1 | 김치, 두부 |
12/6 | {{r:민경숙}} | 2 | 김치 (추가) | {{r:경숙}}

봉사자 메모
- {{r:경숙}} 씨는 {{u:몽골}}에서 봉제 일을 했다고. 딸 {{p:유나}}는 초등학생. 민원 넣은 것(임대주택 수리)이 해결돼서 기분 좋아 보였음.
- {{r:옥남}} 할머니는 다리가 아파서 제가 대신 수령하고 댁까지 배달. {{r:권옥남}} 할머니 아드님 {{p:권혁수}} 씨가 {{u:러시아}}에 있다가 연락이 끊겼다고 또 말씀하심.
- {{p:H.S.K.}} 님은 이니셜만 요청. 서명도 {{p:H}}만.
- {{p:반}} 할머니 = {{p:반정애}} 님. 서명 생략 (손 떨림).
- 김은 {{u:CJ제일제당}} 후원 물품.
- 다음 배분 12/16. {{r:동환}} 대신 {{p:미소}} 봉사자.
""",
    },
    {
        "id": "h57-ko-16",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Paek Hyang-sun", "백향순", "witness", ["향순"]),
            ("Ri Myong-jin", "리명진", "witness", ["명진"]),
            ("Kim Chang-ho", "김창호", "other", ["창호"]),
        ],
        "note": "ID-photo studio order book with the photographer's notes; names on envelopes in Korean and romanized passport spelling, surname 백 beside 백 (hundred) and 배경, given name 창호 beside 창호지; purposes (passport, residence card, exam); places and agencies public.",
        "text": """사진관 주문 장부 - 2024년 5월 셋째 주 (사진사: {{r:김창호}})

주문번호 | 이름(봉투) | 용도 | 규격 | 수량 | 찾는 날
0517-01 | {{r:백향순}} / {{r:PAEK HYANG SUN}} | 여권 | 3.5×4.5 | 8 | 5/18
0517-02 | {{p:조성민}} | 이력서 | 3×4 | 6 | 5/17
0517-03 | {{r:리명진}} / {{r:RI MYONG JIN}} | 여권 | 3.5×4.5 | 8 | 5/18
0517-04 | {{p:은별}}이 (아기) | 여권 | 3.5×4.5 | 4 | 5/20
0518-01 | {{p:Bayarmaa}} | 외국인등록 | 3×4 | 4 | 5/18
0518-02 | {{p:나경태}} | 운전면허 | 3.5×4.5 | 4 | 5/19
0518-03 | {{r:명진}} 씨 언니 ({{p:리명화}}) | 증명 | 3×4 | 4 | 5/20

사진사 메모
- {{r:백향순}} 님, {{r:리명진}} 님은 같이 오심. 두 분 다 처음 여권 만드신다고. {{r:향순}} 님은 "{{u:중국}}에 있을 때는 여권이 있어도 내 손에 없었다"고 하심. 그때 공장 관리인 {{p:하}} 반장이 가지고 있었다고.
- 여권 사진 배경 흰색. 백 번 찍어도 눈을 감으신다고 웃으심 ㅎㅎ 결국 12번째 컷.
- {{r:명진}} 님 영문 이름 RI로 할지 LEE로 할지 고민. 여권 안내문 보여드리고 본인이 RI로 결정.
- {{p:은별}}이는 {{p:조성민}} 씨 딸. 아빠 사진 찍고 같이 찍음.
- {{p:Bayarmaa}} 님은 {{u:몽골}} 분. {{r:창호}}(나)랑 {{u:울란바토르}} 얘기함.
- 창호지 액자 샘플 들어옴. 진열.
""",
    },
    {
        "id": "h57-ko-17",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Chung-sim", "리충심", "witness", ["충심"]),
            ("Sok Pong-gil", "석봉길", "supervisor", ["봉길"]),
            ("Ri Chun-bok", "리춘복", "relative", ["춘복"]),
            ("Han Da-in", "한다인", "other", ["다인"]),
        ],
        "note": "Audiobook narration cast sheet for a worker's memoir; characters from the memoir (real private persons) mapped to voice actors, character nicknames, 충심 beside the ordinary word 충심 (loyalty), surname 석 beside 석 달, honorifics 동무/아바이; production staff private; publisher invented; places public.",
        "text": """오디오북 낭독 배역표 - 『얼어붙은 현장』 (저자: {{r:리충심}})
제작: 오디오북 스튜디오 (연출 {{r:한다인}}) / 녹음: 2024년 7월 8일~19일

배역 | 작중 인물(실존) | 낭독자 | 비고
화자 '나' | {{r:리충심}} (저자) | 저자 본인 ({{r:리충심}}) | 1·12장 직접 낭독
반장 | {{r:석봉길}} | 성우 {{p:임재현}} | 함경도 말투
아버지 | {{r:리춘복}} | 성우 {{p:하명수}} | 2장 회상
동료 "{{p:뚱보}}" | {{p:채광일}} | 성우 {{p:오세준}} → {{p:오세형}} (정정) |
{{u:러시아}} 감독 | {{p:Виктор}} ({{p:빅토르}}) | 성우 {{p:Daniil Kim}} | 러시아어 대사
식당 아주머니 | {{p:나타샤}} | 성우 {{p:권민지}} |
보위원 | "{{p:여우}}" ({{p:기창렬}}) | 성우 {{p:임재현}} (2역) |

연출 메모 ({{r:다인}})
- 저자 {{r:충심}} 님 요청: 반장 {{r:석봉길}}의 실명은 책에 그대로 나오지만, 낭독에서 "{{r:봉길}}이"라고 부르는 장면은 원문대로 살릴 것. 반장을 석 달 동안 "{{r:석}} 동무"라고만 불렀다는 대목 강조.
- 2장: 아버지 {{r:리춘복}} 아바이가 떠나는 아들에게 "충심을 잃지 말라"고 말하는 장면. 여기서 '충심'은 저자 이름이 아니라 낱말. 저자가 이 말 때문에 자기 이름이 싫었다고 함. 낭독자 {{p:하명수}} 님께 따로 설명.
- "{{p:뚱보}}"는 별명. 실제로는 제일 말랐다고. 대사는 밝게.
- "{{p:여우}}"는 보위원 {{p:기창렬}}. 여우처럼 웃는다는 묘사 있음 - 동물 여우가 나오는 5장 숲 장면과 구분할 것.
- 러시아어 대사는 낭독자가 직접 감수. 지명 {{u:나홋카}}, {{u:우수리스크}} 발음 확인.
- 저자 {{r:리충심}} 님은 녹음 첫날 {{u:루스키섬}} 장면에서 울어서 30분 쉼.
""",
    },
    {
        "id": "h57-mixed-01",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Jon Ung-chol", "전웅철", "witness", ["Ung-chol", "웅철"]),
            ("Do Man-sik", "도만식", "supervisor", ["Man-sik"]),
            ("Kim Su-ryon", "김수련", "relative", ["Su-ryon"]),
        ],
        "note": "Mixed Korean/English interview notes, Qatar construction; interviewer's shorthand switching languages, surname 도/Do beside 'do' and 도착, 전 beside 전화, given names with particles in Hangul and romanized, a Nepali co-worker, public places, organisations and a public figure; CRLF.",
        "text": """Interview notes - {{r:JON Ung-chol}} ({{r:전웅철}}) - 2024.05.22 - interviewer {{p:KH}} / interp. none (interviewee speaks some English)

- b. 1983, {{u:Hoeryong}}. 2013-2017 {{u:Doha}}, {{u:Qatar}} - 건설 (rebar, formwork).
- 도착 2013.4. via {{u:Beijing}}. Group of 60. Team leader = {{r:도만식}} ({{r:Do Man-sik}}).
- "{{r:Do}} 반장 did not do anything, only shouting." ← 본인 표현 그대로.
- 숙소: labour camp in {{u:Industrial Area}}, 12 per room. Q: who else in room? A: {{p:Ri Chol-gyu}}, {{p:Kang}}, {{p:Yun Song-do}}, "small {{p:Hyok}}" and "big {{p:Hyok}}" (two men named {{p:Hyok}} - {{p:Hyok}} 1 = {{p:Pak Hyok}}, {{p:Hyok}} 2 surname unknown).
- Wages: QAR 1,200/month on paper → {{r:웅철}} got QAR 100-150. 나머지 → {{r:만식}} → "the company" → "the Party".
- 2015 여름: heat, 48°C. {{p:Yun Song-do}} collapsed. 전화 to ambulance by a Nepali foreman, {{p:Ram Bahadur}}. {{r:Do}} was angry at {{p:Ram}}.
- 아내 {{r:김수련}} ({{r:Kim Su-ryon}}) + son in {{u:Hoeryong}}. "{{r:수련}}이가 보고 싶다" - 3x during interview. Son's name not given.
- 2017: escaped during Eid al-Fitr holiday, contact w/ {{u:Embassy of the Republic of Korea in Qatar}}. Arrived 2017.10.
- Re {{r:Do Man-sik}}: 본인은 {{r:만식}}이가 2018년에 {{u:Kuwait}}로 옮겼다고 들음 (from {{p:Kang}}, by phone). Unverified.
- Re public figures: mentions {{u:Kim Jong Un}}'s portrait in the camp office; mentions 2022 World Cup stadium - "our people built part of it?" - unsure, do not quote.

TODO: {{p:KH}} → send consent form (KR). Check spelling 웅철 vs "Woong-chul" in his {{u:ROK}} ID: ID says {{r:JEON WOONG CHUL}}.
""",
    },
    {
        "id": "h57-mixed-02",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Ryon-hwa", "김련화", "witness", ["Ryon-hwa", "련화", "Лена"]),
            ("Ho Song-ae", "허성애", "supervisor", ["Song-ae"]),
            ("Natalia Ten", "나탈리야 텐", "other", ["Наталья", "Наташа"]),
        ],
        "note": "Mixed Korean/English/Russian notes on a restaurant in Vladivostok; a waitress with a Russian nickname (Лена), a Korean-Russian regular with Cyrillic diminutives and case endings (Наташи, Тен), manager surname 허/Ho beside 허락 and 'ho'; restaurant invented; public streets and city.",
        "text": """[notes - {{p:SJ}} - restaurant case, {{u:Vladivostok}}]
witness: {{r:Kim Ryon-hwa}} ({{r:김련화}}), waitress 2016-2019, now {{u:Seoul}}

1) 식당: {{u:북한}} 식당 on {{u:Okeanskiy Prospekt}} (name withheld). 18 girls. Manager: {{r:Ho Song-ae}} ({{r:허성애}}), 40s. 지배인 {{r:허}} 동무 - "nobody went out without 허락".
2) Russian customers gave the girls Russian names. {{r:련화}} = "{{r:Лена}}". Others: {{p:Ок-сун}} = "{{p:Оля}}", {{p:Chun-mi}} = "{{p:Маша}}".
3) Regular: {{r:Natalia Ten}} - 고려인, ran a flower shop nearby. Girls called her "{{r:Наташа}}" or "{{r:나타샤}} 이모".
   Quote (Russian, from {{r:Ryon-hwa}}'s phone, 2018): "{{r:Лена}}, передай привет от {{r:Наташи}}. Скажи {{r:Хо}}, что я приду в субботу."
   = "{{r:Lena}}, say hi from {{r:Natasha}}. Tell {{r:Ho}} I'll come Saturday." ({{r:Хо}} = {{r:Ho Song-ae}})
4) {{r:Natalia}} once gave {{r:Ryon-hwa}} a SIM card. {{r:허성애}} found it → self-criticism, 3 days kitchen only.
5) Wages: ₽ 0 in hand. Tips to "the box" → {{r:Song-ae}}.
6) 2019.03 restaurant "closed for renovation" → girls moved to {{u:Khabarovsk}}? {{r:련화}} did not go - she left from the flat on {{u:Svetlanskaya Street}} with {{r:Наташа}}'s help. Reached {{u:Bangkok}} 2019.06.
7) {{r:Ryon-hwa}} wants a message to {{p:Ок-сун}} ("{{p:Оля}}"): "I am fine". Not possible; explained.
8) Other staff: 17 girls + "Granny {{p:Ri}}" (cook, 60s).
""",
    },
    {
        "id": "h57-mixed-03",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ri Kwang-il", "리광일", "witness", ["Ли Гван Ир", "Kwang-il", "광일"]),
            ("Pak Chol-su", "박철수", "supervisor", ["Пак Чер Су", "철수"]),
            ("Yelena Smirnova", "옐레나 스미르노바", "official", ["Смирнова", "Е. А. Смирнова"]),
        ],
        "note": "Translated Russian labour record book (трудовая книжка) with Korean and English notes; Korean names in Russian transcription split across surname and first-name fields, Russian case endings (Пака) and the same ending discussed as grammar (unmarked), HR initials, a director private; Russian federal bodies and cities public; CRLF.",
        "text": """ТРУДОВАЯ КНИЖКА ТК-IV № 4417203 - 사본 1~3쪽, 번역·메모 {{p:한수민}} (2024.03)
제공: {{r:리광일}} / 원본 소지: 본인

[1쪽 - 원문]
Фамилия: {{r:Ли}}
Имя: {{r:Гван Ир}}
Отчество: -
Дата рождения: 12.03.1980
Образование: среднее профессиональное
Профессия, специальность: арматурщик
Дата заполнения: 15 мая 2015 г.
Подпись владельца книжки: {{r:Ли Г.И.}}
Подпись лица, ответственного за выдачу трудовых книжек: {{r:Смирнова Е.А.}}

[2~3쪽 - 원문 / 번역]
№ | Дата | Сведения о приёме на работу, переводе, увольнении | Основание
1 | 15.05.2015 | Принят арматурщиком 4 разряда (ООО «Восток-Монолит», г. {{u:Хабаровск}}) | Приказ № 112-к
  → 2015.5.15 철근공 4급으로 채용 ({{u:하바롭스크}} 소재 건설회사)
2 | 01.02.2016 | Переведён в бригаду № 3 (бригадир {{r:Пак Чер Су}}) | Приказ № 31-к
  → 3반으로 전보 (반장 {{r:박철수}})
3 | 20.06.2016 | Объявлена благодарность за добросовестный труд | Приказ № 207, директор {{p:Кузнецов В.П.}}
  → 성실 근무 표창 (사장 {{p:쿠즈네초프}})
4 | 30.11.2017 | Уволен по собственному желанию, п. 3 ч. 1 ст. 77 ТК РФ | Приказ № 402-к; специалист по кадрам {{r:Е. А. Смирнова}}
  → 자진 퇴사로 기록

[메모]
- {{r:리광일}} 씨 말: 4번 "자진 퇴사"는 거짓. 실제로는 반장 {{r:박철수}}가 "{{r:광일}}이는 말이 많다"며 귀국시키려 했고, 본인은 귀국 전날 숙소에서 나옴.
- 퇴사 사유 옆에 연필로 "по просьбе бригадира {{r:Пака}}" (반장 {{r:박}}의 요청에 따라)라고 적혀 있음. Пака는 Пак의 생격.
- 서명 "{{r:Смирнова Е.А.}}" = 인사 담당 {{r:옐레나 스미르노바}}. 본인 기억으로 {{r:스미르노바}} 씨는 친절했고, 여권 사본을 {{r:철수}} 반장에게 넘기는 것을 망설였다고 함.
- 표창(3번)은 {{u:러시아}} 측 회사가 준 것. 상금 5,000루블은 반장 {{r:Пак}}이 가져감.
- {{u:러시아}} 등록은 {{u:ФМС России}}에서 처리.

[English summary for the file]
Labour book of {{r:Ri Kwang-il}} ({{r:Li Gvan Ir}} in the Russian transcription). Four entries 2015-2017; final entry records voluntary resignation, which the witness disputes. Brigade leader {{r:Pak Chol-su}} ({{r:Пак Чер Су}}). HR officer {{r:Smirnova}}. Director {{p:V.P. Kuznetsov}}. Original kept by the witness; scan in folder RU-2024-07.
""",
    },
    {
        "id": "h57-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Choe Hye-ran", "최혜란", "witness", ["Hye-ran", "崔惠兰", "혜란"]),
            ("Hong Il-nam", "홍일남", "supervisor", ["洪日男", "洪主任"]),
            ("Guo Xiaomei", "궈샤오메이", "other", ["郭晓梅", "小郭"]),
        ],
        "note": "WeChat group relay sign-up chain (接龙) from a Chinese seafood plant, with a former worker's Korean annotations; names in Hanzi, pinyin and Hangul, Chinese forms of address (小郭, 洪主任, 老金) labelled whole, numbered relay lines, emoji; WeChat and cities public.",
        "text": """[{{u:微信}} 群聊 截图 OCR] XX水产 - 朝鲜员工宿舍群 (23)
제공·주석: {{r:최혜란}} / 정리: {{p:이다솜}}

{{r:小郭}}: #接龙
周六体检，请报名
1. {{r:郭晓梅}}（带队）
2. {{r:崔惠兰}}
3. {{p:金善玉}}
4. {{p:朴顺姬}}
5. {{p:李英爱}} 🙏
6. {{p:韩}}

{{r:洪主任}}: 朝鲜员工全部参加，不许请假。
{{p:老金}}: 收到👌
{{r:小郭}}: 6号请写全名
{{p:韩玉珠}}: 好的 谢谢{{r:郭姐}}

[주석 - {{r:혜란}}]
- {{r:小郭}} = {{r:궈샤오메이}}. {{u:중국}} 측 인사 담당, 우리가 "{{r:궈}} 선생"이라고 부름. 제일 친절했음.
- {{r:洪主任}} = {{r:홍일남}}. {{u:북한}} 측 관리자. {{u:중국}} 사람들은 "{{r:洪主任}}", 우리는 "{{r:홍}} 지도원"이라고 불렀음.
- {{p:老金}} = {{p:김명수}} (조장).
- 2번 {{r:崔惠兰}}이 나. 4번 {{p:朴顺姬}} = {{p:박순희}} 언니.
- 6번 "{{p:韩}}"은 {{p:한옥주}}. 처음엔 성만 써서 {{r:궈샤오메이}}가 고쳐 달라고 함.
- 체검(건강검진)은 {{u:珲春}} 시내 병원. 결과는 {{r:홍일남}}이 가져가고 우리는 못 봄.

[정리자 메모] 원문은 {{u:WeChat}} 캡처. {{u:훈춘}}({{u:珲春}}) 공장 이름은 삭제.
""",
    },
    {
        "id": "h57-mixed-05",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kim Chol-ho", "김철호", "witness", ["كيم تشول هو", "Chol-ho"]),
            ("Yang Sung-nam", "양승남", "supervisor", ["يانغ سونغ نام", "Yang"]),
            ("Rashid Al Mansoori", "라시드 알만수리", "official", ["راشد", "Rashid"]),
            ("Ri Hyon-gil", "리현길", "coworker", ["Hyon-gil"]),
        ],
        "note": "Translated UAE labour-card cancellation forms (Arabic/English) for two DPRK workers, with the witness's Korean comments; worker names in Arabic script and capitals, a private PRO with Arabic name, sponsor company invented; UAE ministry and emirates public; CRLF.",
        "text": """[Translated copy] Labour card cancellation - 2 forms, submitted {{u:Sharjah}}, March 2018
Source: photographs by {{r:Kim Chol-ho}} | Translation: {{p:Layla Haddad}} | Korean comments: {{r:김철호}}

FORM 1
Establishment: Al Noor Building Contracting LLC | Establishment no. 1-******
Worker name (English): {{r:KIM CHOL HO}} | الاسم: {{r:كيم تشول هو}}
Nationality: {{u:كوريا الشمالية}} ({{u:North Korea}}) | Occupation: نجار (carpenter)
Labour card no. ******** | Expiry: 14/06/2018
Reason for cancellation: إلغاء بناءً على طلب صاحب العمل (cancellation at the employer's request)
Worker's acknowledgment: "I received all my dues and have no claims." Signature: [Korean signature "{{r:김철호}}"]
PRO: {{r:راشد المنصوري}} ({{r:Rashid Al Mansoori}}) | stamp of the {{u:Ministry of Human Resources and Emiratisation}}

FORM 2
Worker name (English): {{r:RI HYON GIL}} | الاسم: {{r:ري هيون غيل}}
Occupation: حداد مسلح (steel fixer)
Reason: as Form 1
Worker's acknowledgment: same wording. Signature: "{{r:리현길}}"
Company representative: {{r:YANG SUNG NAM}} ({{r:يانغ سونغ نام}}) - "supervisor, labour supply"
PRO: {{r:Rashid}}

[{{r:김철호}} 씨 코멘트]
- "모든 임금을 받았다"는 문장에 서명했지만 한 푼도 못 받음. 반장 {{r:양승남}}이 "서명 안 하면 비행기 못 탄다"고 함.
- 회사 PRO {{r:라시드}} 씨는 아랍어로만 설명했고 {{r:양}} 반장이 "별거 아니다"라고 통역함.
- {{r:리현길}}은 같은 방 동료. {{r:현길}}이는 서명하고 {{u:평양}}으로 돌아감. 나는 {{u:두바이}} 공항 가기 전날 도망.
- 현장은 두 도시 사이 주택 단지. 회사 사장은 Mr {{p:Faisal}}이라고만 알았음.
- {{u:아랍에미리트}}에 {{u:북한}} 노동자 약 300명 있었다고 {{r:양승남}}이 말한 적 있음.

[Translator's note] "Mr {{r:Yang}}" in the PRO's e-mail of 2 March 2018 is the same person as {{r:YANG SUNG NAM}}. The e-mail local part "{{r:rashid.m}}" belongs to the PRO.
""",
    },
    {
        "id": "h57-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pak Ung-il", "박웅일", "witness", ["Ung-il", "Пак"]),
            ("Bat-Erdene", "바트에르덴", "other", ["Бат-Эрдэнэ", "Батаа"]),
            ("Ri Yong-chol", "리용철", "supervisor", ["Ли", "Yong-chol"]),
        ],
        "note": "Mongolian landlord's rent notebook (Cyrillic Mongolian) for a flat rented to a DPRK construction brigade, with Korean translation and the witness's notes; Korean names in Mongolian Cyrillic (Пак, Ли) and Mongolian names with diminutive (Батаа); districts of Ulaanbaatar public; invented construction firm.",
        "text": """[Монгол хэл - түрээсийн дэвтэр, хуулбар] - {{u:몽골}} 집주인 임대 장부 사본
소유자: {{r:Бат-Эрдэнэ}} ({{r:바트에르덴}}) / 주소: {{u:Баянзүрх дүүрэг}}, 3 өрөө байр
제공: {{r:박웅일}} (2017~2019 {{u:울란바토르}} 건설 현장) / 번역: {{p:Сарнай}} ({{p:사르나이}}), 정리 {{p:문하늘}}

Огноо | Түрээслэгч | Төлбөр | Гарын үсэг
2017.09.01 | {{r:Ли}} (солонгос бригад, 12 хүн) | 1,200,000₮ | {{r:Ли}}
2017.10.01 | {{r:Ли}} | 1,200,000₮ | {{r:Пак}} (орлож)
2017.11.01 | {{r:Ли Ён Чол}} | 1,200,000₮ + цахилгаан 85,000₮ | {{r:Ли}}
2018.01.01 | {{r:Ли}} | 1,000,000₮ (дутуу) | -
2018.02.01 | {{r:Ли}} | 1,400,000₮ (өрийг төлсөн) | {{r:Ли}}
2018.05.01 | {{r:Пак Ун Ир}} | 1,200,000₮ | {{r:Пак}}

Тэмдэглэл (집주인 메모): "{{r:Ли}} гуай хатуу хүн. {{r:Пак}} сайн хүн, монголоор ярьдаг. 12 хүн нэг байранд - хэт их."
번역: "{{r:리}} 씨는 엄한 사람. {{r:박}}은 좋은 사람, 몽골어를 한다. 한 집에 12명 - 너무 많다."

[{{r:박웅일}} 씨 메모]
- {{r:Ли}} = {{r:리용철}} 반장. 집세는 회사가 내는 걸로 알았는데, 장부를 보니 {{r:용철}} 반장이 우리 임금에서 뗀 돈으로 냈음.
- 2017년 10월, 1월에 내가 대신 서명({{r:Пак}}). 반장이 {{u:중국}}에 갔을 때.
- 집주인 {{r:Бат-Эрдэнэ}} 아저씨를 우리는 "{{r:Батаа}} 아저씨"라고 불렀음. {{r:바타}} 아저씨가 겨울에 난방비를 깎아 줌.
- 같이 살던 사람: {{p:전명훈}}, {{p:고}}씨 형제 등 ({{u:몽골}} 사람들이 "Ким"이 셋이라 헷갈려 했음).
- 현장: {{u:Сонгинохайрхан дүүрэг}}의 아파트 신축 (회사명 생략).
""",
    },
    {
        "id": "h57-mixed-07",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kim Chol-u", "김철우", "witness", ["KIM CHOL U", "Chol-u"]),
            ("Sin Yong-gwang", "신영광", "supervisor", ["Yong-gwang"]),
            ("Agnieszka Nowak", "아그니에슈카 노바크", "official", ["Nowak"]),
        ],
        "note": "Polish occupational-medicine referral list (skierowanie na badania) for a DPRK shipyard crew with Korean notes; Polish case endings on Korean surnames (Kima, Sina, Pakowi), a Polish HR officer with inflected forms, Polish words that look like names; Polish cities and the labour inspectorate public; CRLF.",
        "text": """LISTA SKIEROWAŃ NA BADANIA LEKARSKIE (medycyna pracy) - kopia
Pracodawca: agencja pracy (nazwa pominięta), {{u:Gdańsk}} | Miejsce pracy: stocznia, {{u:Gdynia}}
Skierowanie wystawił(a): {{r:Agnieszka Nowak}}, dział kadr | Data: 03.04.2017

Lp. | Nazwisko i imię | Stanowisko | Rodzaj badania | Uwagi
1 | {{r:KIM CHOL U}} | spawacz | okresowe | praca na wysokości
2 | {{r:SIN YONG GWANG}} | brygadzista | okresowe | -
3 | {{p:PAK SONG MIN}} | spawacz | okresowe | -
4 | {{p:RI KUM SONG}} | monter | wstępne | nowy
5 | {{p:HAN CHOL}} | malarz | okresowe | praca w hałasie
6 | {{p:KANG IL}} | spawacz | kontrolne | po urazie oka

Adnotacja (odręcznie): "Pan {{r:Sin}} prosi, żeby badania {{r:Kima}} i {{p:Kanga}} odbyły się razem z nim. Tłumaczy {{r:Sin}}. - {{r:A.N.}}"
Adnotacja 2: "Wynik {{p:Pakowi}} przekazać przez brygadzistę. Pani {{r:Nowak}} - proszę o kontakt z dr. {{p:Zielińską}}."

[번역 및 메모 - {{p:최다연}}]
- "Pan {{r:Sin}}" = 반장 {{r:신영광}}. 폴란드어에서 Kima, Kanga, Pakowi는 각각 김, 강, 박의 격변화 (낱말 설명).
- {{r:김철우}} 씨 진술: 검진 때마다 {{r:신영광}}이 옆에서 "통역"하면서 의사 질문에 대신 대답. 눈 다친 {{p:강일}}이도 "괜찮다"고 대답하게 했다고.
- 의사 {{p:Zielińska}} 선생님이 "Czy pan rozumie?"(이해하세요?)라고 {{r:철우}}에게 직접 물었지만 {{r:Sin}}이 가로막음.
- {{r:Nowak}} 씨는 나중에 {{u:Państwowa Inspekcja Pracy}}에 진술했다고 들음 (미확인).
- 참고: 폴란드어 "Pan/Pani"는 존칭, "malarz"는 도장공, "spawacz"는 용접공. 사람 이름 아님.
""",
    },
    {
        "id": "h57-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Un-hui", "김은희", "witness", ["Un-hui", "Kim Un Hui"]),
            ("Jang Ok-byol", "장옥별", "witness", ["Ok-byol"]),
            ("Nguyen Van Hung", "응우옌반흥", "official", ["Nguyễn Văn Hùng", "Hùng"]),
        ],
        "note": "Vietnamese border-guard handover record (biên bản bàn giao) for two former restaurant workers, with Korean and English annotations; Korean names in Vietnamese forms without diacritics, officers with rank titles outside, Vietnamese names with diacritics; Vietnamese provinces, Laos and the border guard public.",
        "text": """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc
BIÊN BẢN BÀN GIAO NGƯỜI NƯỚC NGOÀI (bản sao, dịch sơ bộ)

Hôm nay, ngày 14 tháng 3 năm 2019, tại Đồn Biên phòng (tên lược bỏ), tỉnh {{u:Nghệ An}}, chúng tôi gồm:
Bên giao: Đại úy {{r:Nguyễn Văn Hùng}}, {{u:Bộ đội Biên phòng}}
Bên nhận: Thiếu tá {{p:Trần Thị Mai}}, Công an tỉnh
Tiến hành bàn giao 02 người nước ngoài:
1. Họ tên: {{r:KIM UN HUI}}, nữ, sinh năm 1994, quốc tịch: {{u:Triều Tiên}}
2. Họ tên: {{r:JANG OK BYOL}}, nữ, sinh năm 1996, quốc tịch: {{u:Triều Tiên}}
Bị phát hiện khi đi bộ từ hướng {{u:Lào}} vào lãnh thổ {{u:Việt Nam}}. Tài sản: 01 điện thoại, 150 USD.
Người phiên dịch: {{p:Lê Minh Tuấn}} (tiếng Trung)
Ký tên: {{r:Hùng}} / {{p:Mai}}

[English gloss - {{p:E.P.}}]
Handover of two foreign women, {{r:Kim Un Hui}} and {{r:Jang Ok Byol}}, nationality "{{u:Triều Tiên}}" (= {{u:DPRK}}), found walking in from {{u:Laos}}. Handed over by Captain {{r:Nguyen Van Hung}} (border guard) to Major {{p:Tran Thi Mai}} (provincial police). Interpreter {{p:Le Minh Tuan}} interpreted via Chinese.

[한국어 메모 - {{r:김은희}} 진술 요약, 정리 {{p:박이슬}}]
- {{r:은희}}와 {{r:옥별}}은 {{u:하노이}} {{u:북한}} 식당 복무원이었음. 2019년 2월 식당 지배인 {{p:류}} 동무 몰래 나와서 {{u:라오스}}로 갔다가 길을 잃고 다시 {{u:베트남}} 쪽으로 넘어옴.
- 국경수비대 {{r:흥}} 대위는 친절했다고. "{{r:Hùng}} 아저씨가 물과 빵을 줬다." {{p:Mai}} 소령은 말이 없었음.
- 통역은 중국어로 했고 {{r:옥별}}이가 중국어를 조금 해서 대답함.
- 이후 수도로 옮겨졌고, 3주 뒤 제3국으로 출국 허가 (경로 비공개).
- 식당 동료 {{p:향미}}, {{p:설화}}는 남았다고 함. 지배인 {{p:류창수}}가 {{p:향미}}를 의심해 귀국시켰다는 소문 있음.
- {{r:장옥별}} 씨와 {{r:김은희}} 씨는 현재 국내 거주.
""",
    },
    {
        "id": "h57-mixed-09",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Han Mok-ran", "한목란", "witness", ["Mok-ran", "목란"]),
            ("Ju Kyong-hui", "주경희", "supervisor", ["Kyong-hui", "朱经理"]),
            ("O Un-jong", "오은정", "coworker", ["Un-jong", "은정"]),
        ],
        "note": "Performers' costume inventory from a DPRK restaurant in Shenyang (Korean, Chinese, English), with a former performer's notes; a performer named 목란 beside the 목란 (magnolia) costume pattern, 진달래 pattern, surname 오 beside 오후 and 'O' size, manager with Chinese form of address (朱经理) labelled whole; city and public figure public; CRLF.",
        "text": """무대 의상 대장 / 演出服装登记 / Costume inventory - 2018 (copy)
Restaurant in {{u:Shenyang}}, {{u:Liaoning}} (name withheld). Provided by {{r:Han Mok-ran}}, performer 2016-2019. Notes translated by {{p:Yoo Seo-hyun}}.

No. | 의상 / 服装 | 무늬 | 사이즈 | 담당 / 负责 | 상태
01 | 조선옷 (분홍) | 진달래 | S | {{r:목란}} | 양호
02 | 조선옷 (흰색) | 목란 | S | {{r:은정}} | 단추 떨어짐
03 | 조선옷 (하늘) | 목란 | M | {{p:설경}} | 양호
04 | 군복 스타일 (공연용) | - | M | {{p:향}} | 양호
05 | 드레스 (빨강) | - | O (free) | {{p:金丽花}} ({{p:김려화}}) | 수선 필요
06 | 장구 세트 | - | - | {{r:오은정}} | 양호
07 | 가야금 커버 | 진달래 | - | {{p:송이}} | 찢어짐
08 | 한복 (예비) | - | L | {{r:朱经理}} 보관 | -

확인: {{r:주경희}} (지배인) 2018.11.03 오후 / 核对: {{r:朱经理}}

[{{r:한목란}} 씨 메모 - 번역]
- 목란 무늬 옷은 {{u:북한}} 국화라서 "공식" 공연 때만 입음. 제 이름이 {{r:목란}}이라서 손님들이 "{{r:목란}}이가 목란 옷 입었다"며 웃었어요.
- {{r:주경희}} 지배인을 {{u:중국}} 직원들은 "{{r:朱经理}}"라고 불렀어요. {{r:주}} 지배인이 옷 관리까지 다 했고, 옷이 찢어지면 월급에서 뗐어요. {{p:송이}}가 가야금 커버 찢었을 때 50위안.
- {{r:은정}}이({{r:오은정}})는 장구 담당. {{r:오은정}}은 오후 공연 끝나면 늘 손이 부어 있었어요.
- {{p:金丽花}}는 조선족 직원 {{p:김려화}} 언니. 드레스는 사실 언니 것이 아니라 {{p:향}}이 것.
- 공연 곡목에 {{u:김정일}} 장군 찬가가 있어서 그때는 꼭 군복 스타일을 입었어요.
- 사이즈 "O"는 free size라는 뜻. 사람 이름 아님.
""",
    },
    {
        "id": "h57-mixed-10",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Chang-su", "리창수", "witness", ["Chang-su", "창수"]),
            ("Pak Yong-ae", "박영애", "coworker", ["Yong-ae", "영애"]),
            ("Juma Mwakyusa", "주마 므와큐사", "other", ["Juma"]),
        ],
        "note": "Receipt book of an acupuncture clinic run by a DPRK medical team in Dar es Salaam (Swahili/English) with a former doctor's Korean notes; Tanzanian patients private, doctors as 'Dr Ri'/'Daktari Pak' with titles outside, the Swahili word 'jina' (name) and 'Bi' title; M-Pesa and places public.",
        "text": """KITABU CHA RISITI / RECEIPT BOOK - Kliniki ya Tiba Asili ya Kikorea (copy, 12 pages)
{{u:Dar es Salaam}}, {{u:Tanzania}} - 2017. Provided by {{r:Ri Chang-su}} (physician, {{u:DPRK}} medical team 2015-2018). 정리: {{p:정하윤}}

Risiti Na. | Tarehe | Jina la mgonjwa (patient) | Matibabu | Kiasi (TSh) | Daktari
0231 | 03/05/2017 | {{r:Juma Mwakyusa}} | acupuncture (mgongo) | 50,000 | Dr {{r:Ri}}
0232 | 03/05/2017 | Bi {{p:Neema Kileo}} | cupping | 40,000 | Dr {{r:Pak}}
0233 | 04/05/2017 | Mzee {{p:Salim}} → {{p:Salim Omari}} | acupuncture | 50,000 | Dr {{r:Ri}}
0234 | 04/05/2017 | {{p:Grace Mushi}} | herbal | 30,000 | Daktari {{r:Pak}}
0235 | 05/05/2017 | {{r:Juma}} (2nd visit) | acupuncture | 50,000 | Dr {{r:Ri}}
0236 | 06/05/2017 | {{p:Fatuma}} | cupping | 40,000 | Dr {{r:Ri}}
Malipo: cash / {{u:M-Pesa}}

[{{r:리창수}} 선생 메모]
- 의료대는 7명. 책임자는 {{p:전}} 원장 ({{p:전명식}}). 저와 {{r:박영애}} 선생이 침술 담당.
- 환자들은 저를 "Dr {{r:Ri}}" 또는 "Daktari {{r:Ri}}", {{r:영애}} 선생을 "Mama {{r:Pak}}"이라고 불렀음.
- 진료비는 전부 {{p:전}} 원장에게. 한 달에 "국가 과제금" 미화 1,000달러 이상 내야 했음.
- {{r:Juma}} 씨는 {{u:Kariakoo}} 시장 상인. 허리 때문에 자주 옴. {{r:Juma}} 씨가 나중에 "{{u:North Korea}} doctors good, but why always so tired?"라고 물었음.
- Jina(이름) 칸에 성을 안 쓰는 환자가 많았음 ({{p:Fatuma}} 등). "Mzee"는 어르신이라는 존칭.
- 2018년 초 {{u:Tanzania}} 정부가 {{u:북한}} 의료진 단속 → {{p:전}} 원장이 서류 태움. 이 영수증 사본만 {{r:창수}}(나)가 숨김.
""",
    },
    {
        "id": "h57-mixed-11",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Yu Hyon-jin", "유현진", "other", ["Hyon-jin", "현진"]),
            ("Sol Chun-gil", "설춘길", "witness", ["Chun-gil", "춘길"]),
            ("Kang Bit-na", "강빛나", "other", ["Bit-na", "빛나"]),
        ],
        "note": "Video-call breakout-room assignment sheet for a caseworker training (Korean/English) with host chat; participants' display names in mixed scripts (fullwidth, lower case, phone numbers, iPad), an unnamed role-play client, surname Yu beside 'you', 빛나 beside 빛나다; Zoom public.",
        "text": """[{{u:Zoom}}] 사례관리자 교육 3회차 - Breakout rooms (2024-11-05 14:00 KST)
Host: {{r:Yu Hyon-jin}} | Co-host: {{r:강빛나}} | Guest speaker: {{r:설춘길}} (former worker, {{u:Kuwait}})

Room 1 - "First contact"
  {{p:김다은}} (iPad + phone)
  {{p:ｍｉｎｊｕ ｌｅｅ}}
  {{p:박상현}}
  facilitator: {{r:현진}}
Room 2 - "Interpreting trauma"
  {{p:Sophie}} (EN)
  {{p:choi.y}}
  Galaxy S21 (010-****-7781) → renamed "{{p:정미란}}"
  facilitator: {{r:빛나}}
Room 3 - "Ask the speaker"
  {{r:Chun-gil Sol}} (speaker)
  {{p:오주원}}
  {{p:Tanaka K.}} ({{u:Japan}})
  facilitator: {{r:유현진}}

Chat (saved)
14:02 {{r:Yu Hyon-jin}}: Welcome everyone! You will be moved to rooms in 1 min 🙂
14:03 {{p:김다은}}: {{r:현진}} 쌤 저 두 기기로 들어와 있어요 ㅠ
14:03 {{r:강빛나}}: iPad는 끄셔도 돼요!
14:05 {{p:ｍｉｎｊｕ ｌｅｅ}}: hi, I'm from the {{u:Busan}} centre
14:06 {{r:설춘길}}: 안녕하세요. {{u:쿠웨이트}}에서 일했던 {{r:설춘길}}입니다. 질문은 편하게 하세요.
14:07 {{p:Tanaka K.}}: Thank you Mr {{r:Sol}}. Is it ok to ask about your brigade leader?
14:07 {{r:설춘길}}: 네. 반장 이름은 {{p:봉}}... {{p:봉기철}}입니다.
14:30 {{r:Yu Hyon-jin}}: Role-play reminder: the "client" in the scenario card has no name - please don't use real names.
14:31 {{p:choi.y}}: {{r:빛나}} 쌤 시나리오 카드 다시 보내 주실 수 있나요?
14:31 {{r:강빛나}}: 네! 보냈습니다 ✨ 오늘 날씨 좋아서 창밖이 빛나네요 ㅎㅎ
14:50 Host: Thank you, you did great. See you next week!

[{{r:현진}} 메모] {{r:춘길}} 선생님 사례비 지급 - {{r:빛나}} 담당. {{p:Tanaka}} 씨 ({{u:아시아프레스}}?) 문의는 별도.
""",
    },
    {
        "id": "h57-mixed-12",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ryom Kyong-chol", "렴경철", "witness", ["Kyong-chol", "렴", "염경철"]),
            ("Ho Jin-u", "허진우", "supervisor", ["Jin-u", "Jason Ho"]),
            ("Li Wenbo", "리원보", "other", ["李文博", "老李"]),
        ],
        "note": "App-store developer-account review notes (English, Korean, Chinese) on apps built by a DPRK IT team in China; developer-account holder names, a Chinese front person (李文博, 老李), persona names as aliases, 렴/염 spellings, review note with surname Ho beside 'ho-hum'; app stores and cities public; CRLF.",
        "text": """DEVELOPER ACCOUNT REVIEW - working notes (NGO tech team)
Analyst: {{p:Priyanka Das}} | Korean input: {{p:송지후}} | Witness: {{r:Ryom Kyong-chol}} ({{r:렴경철}}; {{u:ROK}} ID: {{r:염경철}})

Account A - {{u:Google Play}}
Developer name shown: "{{r:Jason Ho}} Studio" → persona of team leader {{r:Ho Jin-u}} ({{r:허진우}})
Contact e-mail: {{r:jason.ho}}.apps@gmail.com | Address: {{u:Dalian}}
Apps: 3 casual games, 1 flashlight app
Witness comment (KR): "{{r:진우}} 동지가 '{{r:Jason}}'이라는 이름을 골랐다. {{u:미국}} 영화에서 봤다고."

Account B - {{u:Apple App Store}}
Account holder (legal name): {{r:李文博}} ({{r:Li Wenbo}}) - Chinese national
Witness comment (KR): "{{r:老李}}는 명의만 빌려준 {{u:중국}} 사람. 한 달에 2,000위안 받았다. {{r:리원보}} 씨는 우리가 {{u:북한}} 사람인 걸 알았다."
Witness comment (CN, as written by him): "{{r:老李}}人不错，就是爱喝酒。"

Account C - {{u:Google Play}}
Developer name: "{{p:Kevin Jang}}" → persona of {{p:Jang Il-hyok}} (team member)
Witness: "{{p:일혁}}이는 영어를 제일 잘했다. 그래서 {{p:Kevin}}."

Team list (from the witness)
{{r:허진우}} (leader) | {{r:렴경철}} (games) | {{p:장일혁}} (utilities) | {{p:문}}○○ (design, name forgotten) | {{p:Su-yong}} (server) | "막내" (the youngest, {{p:계성}})

Analyst notes
- Reviews on Account A are mostly ho-hum 3-star; one reviewer "{{p:Ahmed R.}}" complained about ads.
- Account B's listing says "Made with love in {{u:Shenyang}}". Witness says the team moved there in 2019.
- {{r:Ryom}} never had a persona of his own; {{r:Kyong-chol}} wrote code under {{r:Ho}}'s account.
- Do NOT contact {{r:Li Wenbo}}.
""",
    },
    {
        "id": "h57-mixed-13",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jong Song-nam", "정성남", "witness", ["郑成南", "Song-nam", "성남"]),
            ("Kim Yong-chol", "김영철", "supervisor", ["金永哲", "金队长"]),
            ("Zhang Lina", "장리나", "other", ["张丽娜", "小张"]),
        ],
        "note": "Chinese factory canteen meal-card top-up records (饭卡充值记录) with a former worker's Korean notes; Korean names in Hanzi, Chinese forms of address (金队长, 小张) labelled whole, operator IDs, 성남 as a given name beside the city 성남 (public); private 김영철 sharing a name with a public official is private here.",
        "text": """饭卡充值记录 (食堂) - 2019年10月 - 复印件
单位: 水产加工厂 (名称略), {{u:珲春市}} | 操作员: {{r:张丽娜}} (工号 A07)

日期 | 卡号 | 姓名 | 充值 (元) | 充值人 | 备注
10-01 | 3301 | {{r:郑成南}} | 100 | {{r:金队长}} | 集体充值
10-01 | 3302 | {{p:朴英植}} | 100 | {{r:金队长}} | 集体充值
10-01 | 3303 | {{p:李光男}} | 100 | {{r:金队长}} | 集体充值
10-01 | 3304 | {{p:崔}} | 100 | {{r:金队长}} |
10-08 | 3301 | {{r:郑成南}} | -60 | {{r:金永哲}} | 扣款 (罚)
10-15 | 3305 | {{p:韩\u200b明日}} | 50 | 本人 |
10-15 | 3301 | {{r:郑成南}} | 20 | {{p:老韩}} | 朋友代充
10-31 | 全部 | - | 清零 | {{r:小张}} | 月底清零

[{{r:정성남}} 메모 - 번역 {{p:윤가람}}]
- {{r:金队长}} = {{r:김영철}} 대장 (작업대장). 이름이 높은 사람과 같아서 우리끼리 "작은 {{r:영철}}"이라 불렀음. 이 {{r:김영철}}은 그냥 관리자.
- 10월 8일 "扣款(罚)"은 벌금. 내가 화장실에 오래 있었다고 {{r:김}} 대장이 60위안을 깎음.
- 10월 15일 {{p:老韩}} = {{p:한명일}}. 친구. 자기 돈으로 20위안 넣어 줌. {{p:명일}}이는 그 후 귀국.
- {{r:小张}}({{r:장리나}})은 중국인 직원. "{{r:成南}}, 你太瘦了"라며 가끔 반찬을 더 줬음.
- 월말에 잔액 "清零"(0으로 만듦). 남은 돈은 회사로.
- 나중에 {{u:한국}} 와서 {{u:성남}}에 살게 됐는데 이름이 {{r:성남}}이라 다들 웃음.
""",
    },
    {
        "id": "h57-mixed-14",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Sok-chon", "김석천", "witness", ["Ким Сок Чон", "Sok-chon"]),
            ("Choe Pong-ryol", "최봉렬", "supervisor", ["Цой Бон Рёль", "Цой", "崔队长"]),
            ("Andrei Zhukov", "안드레이 주코프", "other", ["Андрей", "Жуков"]),
        ],
        "note": "Cover list for timber phytosanitary certificates (Russian, English, Chinese) from a Far East logging station, with a former logger's Korean notes; brigade leaders in Russian transcription (Цой for 최) with case forms, a Russian loading master, Chinese consignee agent; real agency, border crossing and cities public.",
        "text": """РЕЕСТР ФИТОСАНИТАРНЫХ СЕРТИФИКАТОВ / Cover list, phytosanitary certificates - круглый лес (roundwood)
Отправитель: лесозаготовительный участок (название опущено), {{u:Хабаровский край}} | Станция погрузки: {{u:Облучье}}
Получатель / 收货人: 木材贸易公司 (名略), {{u:绥芬河}} | Пограничный переход: {{u:Гродеково}}
Сертификаты выданы: {{u:Россельхознадзор}}

№ сертификата | Вагон № | Порода | Объём, м³ | Бригада (погрузка) | Мастер
27-0411 | 59874412 | лиственница | 68.4 | бригада {{r:Цоя}} | {{r:Жуков А.}}
27-0412 | 59874420 | лиственница | 70.1 | бригада {{r:Цоя}} | {{r:Жуков А.}}
27-0413 | 59881003 | сосна | 66.0 | бригада {{p:Хана}} | {{r:Жуков А.}}
27-0414 | 59881011 | берёза | 61.7 | бригада {{r:Ким Сок Чон}} (зам.) | {{p:Волков С.}}
27-0415 | 59881029 | лиственница | 69.9 | бригада {{p:Хана}} | {{p:Волков С.}}

Примечание мастера: "Бригадир {{r:Цой}} просит оплатить погрузку наличными. Согласовано с {{p:Петровичем}}. - {{r:А. Жуков}}"
English: "Brigade leader {{r:Tsoi}} asks for the loading to be paid in cash. Agreed with {{p:Petrovich}}."
中文 (代理人批注): "{{r:崔队长}}的人干活快。- {{p:老孟}}"

[{{r:김석천}} 씨 메모 - 정리 {{p:오하람}}]
- "{{r:Цой}}" = 우리 반장 {{r:최봉렬}}. {{u:러시아}} 사람들은 최를 "Цой"라고 씀. {{u:중국}} 대리인 {{p:老孟}}은 "{{r:崔队长}}"이라고 불렀음.
- "бригада {{p:Хана}}"는 옆 반 {{p:한정국}} 반장.
- 27-0414 {{r:Ким Сок Чон}} (зам.) = 나. 반장이 없을 때 부반장으로 적힘.
- 마스터 {{r:Андрей}} ({{r:주코프}})는 괜찮은 사람. "Петрович"은 사장 {{p:Сергей Петрович}}의 부칭 - 현장에서는 그냥 "{{p:Петрович}}"로 통함.
- 현금은 {{r:최봉렬}} → 회사 → "{{u:평양}}". 우리 몫은 없음.
""",
    },
    {
        "id": "h57-mixed-15",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ha Son-gyong", "하선경", "witness", ["Son-gyong", "선경"]),
            ("Moon Jae-hee", "문재희", "other", ["Jae-hee"]),
            ("Ku Myong-ok", "구명옥", "witness", ["Myong-ok", "명옥"]),
        ],
        "note": "Newsletter mail-merge previews (English/Korean) with merge-field placeholders, one failed merge, donors' and staff names in greetings, a witness quoted by first name, surname Moon beside the moon festival (Chuseok full moon), 구 beside 구독; a real public figure public.",
        "text": """MAIL MERGE PREVIEW - Chuseok appeal 2024 (records 1-5 of 1,284)
Template: chuseok_appeal_v3.docx | Sender: {{r:Moon Jae-hee}}, fundraising | Checked by: {{p:Oliver Grant}}

--- Record 1 ---
To: {{p:margaret.hill}}@***
Dear {{p:Margaret}},
This Chuseok, as families in {{u:Korea}} gather under the full moon, {{r:Son-gyong}} will spend the holiday alone in {{u:Incheon}}. Until 2019 she sewed uniforms in {{u:Dandong}}, and her supervisor, Mrs {{p:Kye}}, kept her passport for three years...
Warm regards, {{r:Jae-hee Moon}}

--- Record 2 ---
To: {{p:pyo.jh}}@*** (KR)
{{p:표준호}} 님께,
추석 보름달 아래 가족이 모이는 이때, {{r:선경}} 씨는 {{u:인천}}에서 홀로 명절을 보냅니다. 2019년까지 {{u:단둥}}의 봉제공장에서 일했고 관리자 {{p:계}} 씨가 3년 동안 여권을 보관했습니다...
구독을 원하지 않으시면 수신거부를 눌러 주세요.
{{r:문재희}} 드림

--- Record 3 --- ⚠ MERGE ERROR
To: «Email»
Dear «FirstName»,
This Chuseok, as families in {{u:Korea}} gather under the full moon, «Story_Name» will spend...
[Field "FirstName" empty - record skipped]

--- Record 4 ---
To: {{p:t.nakamura}}@*** (JP)
{{p:中村}}様
今年のお盆ではなく秋夕（チュソク）に、{{r:明玉}}さんは... [Japanese template uses {{r:Ku Myong-ok}}'s story]
{{r:명옥}} 씨는 {{u:ウラジオストク}}で...
{{r:ムン・ジェヒ}}

--- Record 5 ---
To: {{p:dan.moon}}@***
Dear {{p:Dan}},
... "I want to eat songpyeon with my mother again," says {{r:Myong-ok}}, who worked at a restaurant in {{u:Vladivostok}} until 2018...
P.S. At the October event we will discuss the latest report of the {{u:UN}} Special Rapporteur, {{u:Elizabeth Salmón}}.
Warm regards, {{r:Jae-hee}}

Checker's note ({{p:O.G.}}): Record 5's donor {{p:Dan Moon}} is not related to {{r:Jae-hee}} (different Moon family, ha). Record 4: Japanese template mixes Hangul into the Japanese text - ask {{p:Naoko}} to fix. Record 3: ask the data team to check empty fields.
""",
    },
    {
        "id": "h57-mixed-16",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Mun Hyang-gi", "문향기", "witness", ["Hyang-gi", "향기"]),
            ("Sato Yumi", "사토 유미", "other", ["佐藤由美", "Yumi"]),
            ("Kim Jong-sil", "김종실", "supervisor", ["Jong-sil"]),
        ],
        "note": "Verbatim-theatre audition sign-up sheet in Tokyo (Japanese, Korean, English) for a play based on a former restaurant worker's testimony; roles named after real private persons in the testimony, Japanese names in kanji and romaji, Zainichi names, 향기 beside 향기 (scent), public venues and city.",
        "text": """オーディション受付表 / 오디션 신청표 / Audition sign-up
Verbatim play "The Kitchen Upstairs" (based on the testimony of {{r:Mun Hyang-gi}} / {{r:문향기}})
Venue: {{u:新宿}}, {{u:東京}} | Director: {{r:佐藤由美}} ({{r:Sato Yumi}}) | Date: 2024-09-14

# | 名前 / 이름 / Name | 希望役 / 희망 배역 | Lang. | 備考
1 | {{p:高橋 彩}} ({{p:Takahashi Aya}}) | {{r:香気}} ({{r:향기}}, lead) | JP/KR |
2 | {{p:李 美花}} ({{p:Ri Mihwa}}) | {{r:향기}} / 支配人 | JP/KR | 在日3世
3 | {{p:Kang Yu-na}} | 支配人 {{r:金}} ({{r:Kim Jong-sil}}) | KR/EN |
5 | {{p:朴 ソラ}} | {{p:ボラ}} ({{p:보라}}, {{r:Hyang-gi}}'s friend) | JP/KR |
6 | {{p:Ken Oh}} | Security officer "Comrade {{p:Pang}}" | EN/JP |

Director's notes ({{r:由美}})
- 役名はすべて証言者の実名 or 本人が選んだ名前. {{r:문향기}} 씨 본인의 동의 있음. 지배인 {{r:김종실}}은 실명 그대로 (본인 요청).
- {{r:Hyang-gi}} asked that the friend "{{p:보라}}" ({{p:ボラ}}) be played by a Korean speaker. {{p:朴 ソラ}} さん is a good fit.
- {{p:Ken}}: the role is Comrade {{p:Pang}}, not "Pang" the sound effect in scene 4.
- 향기 (scent) of the kitchen → scene 2 uses real incense; check fire rules at the {{u:新宿}} theatre.
- {{r:향기}} 씨가 첫 리허설 참관 예정 (9/28). 통역 {{p:Kang Yu-na}}.
""",
    },
]
