# ruff: noqa: E501
"""Held-out evaluation passages, set 75. Built by build_heldout.py heldout75.

Fifty documents of the kind an NGO working on North Koreans sent abroad as forced
labourers could plausibly receive or write, written blind (the finder's code was not
read and the finder was not run). All genres are ones the earlier sets' opening lines
do not list (Canadian Basis-of-Claim narratives, wedding photographers' shot lists,
lottery-syndicate agreements, witness-care unit contact logs, card chargeback dispute
letters, volunteer background-check trackers, third-party hate-crime reporting forms,
crewing agents' sign-off debrief questionnaires, telemedical (TMAS) advice logs,
banns-of-marriage registers, community-association AGM proxy registers,
tenant-referencing reports, sanctions whistleblower tip submissions, children's
reading-record diaries, hospital patient-advice (PALS) logs, church-hall hire diaries,
self-storage access logs, church testimony texts (간증문), karaoke-room (노래방)
booking books, screen-golf booking exports, PC-bang member usage logs, jjimjilbang
locker-key registers, pottery-studio work-storage registers, exam invigilators'
incident reports, transcribed North Korean holiday-supply (명절공급) lists, transcribed
North Korean dormitory outing registers (외출등록부), transcribed North Korean sick-call
books, Korean criminal-court witness summonses with service reports, daycare
medication request forms, academy shuttle-bus boarding lists, Chuseok grave-mowing
(벌초) service orders, water-purifier rental visit schedules, Sunday-school
talent-market point sheets, wedding-guest chartered-bus lists, Russian minibus drivers' fare notebooks, Kuwaiti mobile
top-up receipt lists, Chinese internet-cafe ID registration logs, Russian bed-linen
issue registers, Russian absence-from-work acts, Mongolian bakery bread-round credit
lists, Qatari grocery (baqala) credit books, Thai temple overnight-lodging registers,
Vietnamese restaurant staff-meal books, Polish workers'-hostel key-deposit books,
Malaysian panel-clinic visit lists, Chinese sewing-machine assignment sheets, Chinese
hospital escort-pass registers, Russian witness summonses (повестка), hotel wake-up
call lists and an NGO's pre-export redaction review checklist), in English, Korean and
mixed Korean/English with Russian, Chinese, Arabic, Mongolian, Thai, Vietnamese,
Polish and Malay. Some passages use CRLF line breaks (three mix CRLF and LF),
zero-width characters, fullwidth letters, emoji, impossible dates, pipe and
tab-separated tables, signatures and lists; two passages are long running text. All
persons are fictional; real public figures are mentioned only neutrally.

Labelling convention (as in sets 72 to 74):
- {{r:...}} a mention of a registered private person (listed in the passage's
  "persons" as (romanized name, Hangul name, role, aliases)); {{p:...}} a mention
  of an unregistered private person; {{u:...}} a public name: a real public figure,
  a real place, a real organisation or company, a real ship, app, platform or law.
  Real public figures are only mentioned neutrally.
- Every fictional person is private, whatever their office (a fictional judge,
  police officer, consul, doctor, pastor, teacher, clerk or interpreter is private).
- Invented businesses, sites and vessels are left unmarked.
- A mention is labelled as the text writes it: the name only, without particles
  (박철민이 -> {{r:박철민}}이; the affectionate suffix 이 and the vocative 아/야 after
  a given name also stay outside) and without titles or honorifics (리 반장님 ->
  {{r:리}} 반장님, 김 동무 -> {{p:김}} 동무, 송희 씨 -> {{p:송희}} 씨, 철민 군,
  은정 양, 최 선생, Mr {{p:Ho}}, Dr {{p:X}}), but Chinese forms of address are
  labelled whole (老周, 小王, 王总, 李组长) and Russian, Polish and Mongolian names
  keep their case endings (Пака, Кима, Kima, Pakiem).
- A nickname or alias that refers to a person is a mention of that person even when
  it is not registered as an alias; the same word used as an ordinary word is not.
- In an e-mail address or login only the local part is labelled, and only when it
  spells the person's name; role accounts are unmarked. In handles, file names and
  URLs only the part that spells the name is labelled; trailing digits stay outside.
- A surname discussed as a word is unmarked, and so are ordinary words that look like
  names ("No,", "So,", "a song", "the moon", "Do not", "Ha!", 상기, 손, 차, 장).
- Country names are public places whenever they stand as nouns, also attributively
  (DPRK, North Korea, 한국, 북한 사람, 중국 돈, Россия, 朝鲜); nationality adjectives
  and derived words (Korean, Chinese, 한국어, 중국산, 러시아인, 朝鲜族) are not marked.
- A possessive 's, a plural -s, particles and emoji stay outside a mention.
- Zero-width characters and fullwidth letters inside a name stay inside the mention.
- Initials standing for a person are mentions, also as sign-off initials in a column.
- Generic kinship or role words used instead of a name (엄마, 형, 반장, "the cook")
  are not mentions; a pet name used like a name is.
- Speaker labels and signature lines are mentions.
- A name inside an invented business or team name is labelled, the rest is not.
- In '<child> 엄마' the child's name is a mention of the child, 엄마 stays outside.
- Japanese honorifics, Thai คุณ, Vietnamese anh/chị/cô/em and Arabic السيد are
  titles and stay outside; an Arabic prefix (و, ل) stays outside.

Clarifications added in this set:
- Registered persons are referred to only in spellings derivable from the persons
  list: the romanized or Hangul name, either order, either part alone, capitals,
  fullwidth letters, hyphen or space variants, and the listed aliases; any other
  spelling of a registered person (a Russian, Chinese or Arabic transcription) is
  listed among the aliases.
- The dead are private persons like the living: ancestors on a grave-mowing order
  or a relative named in a testimony are labelled {{p:...}} unless registered.
- A child's name on a daycare or shuttle-bus form is a mention; so is a Korean
  pet name with 이 inside it when it is the whole name the person is called by
  (똘이, 복실이), but the suffix 이 after a full given name stays outside.
- Korean 군, 양, 선생, 동무, 반장, 씨, 님 and 여사 stay outside; the Russian
  гражданин (also abbreviated) and Polish Pan/Pana/Pani stay outside; Mongolian
  гуай and дарга stay outside.
- Song titles and a real singer's stage name in a karaoke log: the song title is not
  marked, the real singer is public.
- A person's name inside a login, a member ID or a Wi-Fi voucher code is labelled
  only when it spells the name (pc_{{p:minsu}}); numeric member IDs are not.
- A dormitory, hostel or room named after nobody is not a mention; product names
  (a top-up card, a brand of noodles) are not marked unless they are a real
  company's name standing as the company.
"""

PASSAGES: list[dict] = [
    {
        "id": "h75-en-01",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Song-ho", "김송호", "witness", ["Kim Seong-ho", "Seong-ho", "Song-ho"]),
            ("Jo Un-byol", "조은별", "supervisor", ["Jo Eun-byeol", "Big Spoon"]),
            ("Moon Hye-gyong", "문혜경", "relative", ["Mun Hye-gyong", "Hye-gyong"]),
            ("Ha Chol", "하철", "coworker", ["Chol"]),
        ],
        "note": "Canadian Basis-of-Claim narrative (long running text), Vladivostok construction and escape; North/South spellings of the claimant, surnames Jo, Ha, Moon, So, An, O, Do beside the words so, no, ha, moon; one-syllable given name Chol; a nickname of the brigade leader; a fictional IRB member, counsel and interpreter are private.",
        "text": """BASIS OF CLAIM FORM - NARRATIVE RESPONSE TO QUESTION 2
Claimant: {{r:KIM Song-ho}} (Korean: {{r:김송호}})
Counsel of record: {{p:Rebecca Thornhill}}, Barrister and Solicitor
Interpreter who read this narrative back to the claimant: {{p:Daniel Seo}}
Tribunal: {{u:Refugee Protection Division}}, {{u:Immigration and Refugee Board of Canada}}, {{u:Toronto}} registry

2(a) What happened to you that causes you to fear harm

1. My name is {{r:Kim Song-ho}}. The officer at {{u:Pearson International Airport}} wrote my name the South Korean way, {{r:Kim Seong-ho}}, so on some of my papers I am {{r:Seong-ho}} and on others {{r:Song-ho}}. They are the same person. I was born on 14 May 1986 in {{u:Hamhung}}, {{u:South Hamgyong Province}}, {{u:North Korea}}. My father, {{p:Kim Tae-sik}}, operated a lathe at the {{u:February 8 Vinalon Complex}} until his lungs failed. My mother, {{p:Pak Ok-nyo}}, sold bean curd in the market. I have one older sister, {{p:Kim Song-mi}}, who married a railway worker named {{p:Do Kyong-sam}} and moved to {{u:Kimchaek}}. I have not heard from her since 2017.

2. I served ten years in the army, in a construction unit. When I came out in 2014 I married {{r:Moon Hye-gyong}}. In {{u:North Korea}} her surname is written {{r:Mun}}; she is {{r:Mun Hye-gyong}} on our marriage paper. Our daughter {{p:Kim Ye-rim}} was born in 2015. {{r:Hye-gyong}} worked in a children's clothing cooperative. She told me to go abroad because everybody said that a man who worked three years in {{u:Russia}} could come back and buy a flat. So I applied.

3. To be chosen I paid money. I paid 300 US dollars to a man in the district labour office, {{p:Ri Kwang-nam}}, and a carton of cigarettes and a bottle of ginseng liquor to the security officer who checked my family background, {{p:Chae Sung-il}}. My uncle had gone south in the war, so my background was not clean. {{p:Chae}} wrote that it was clean. I do not know why. My wife thinks it was the ginseng.

4. In March 2016 I left {{u:Pyongyang}} by train with forty-two other men. We crossed at {{u:Tumangang}} and entered {{u:Russia}} at {{u:Khasan}}. From there a bus took us to {{u:Vladivostok}}. Our brigade worked for a North Korean company whose name on the gate was "Rungra Building" but which the men called simply "the company". The Russian general contractor was a firm on {{u:Russkiy Island}}; I never knew its full name. We built apartment blocks and, for one summer, the car park of a shopping centre.

5. The brigade leader was {{r:Jo Un-byol}}. Some of the documents from the South Korean side spell him {{r:Jo Eun-byeol}}. Behind his back we called him "{{r:Big Spoon}}", because his share of everything was the biggest spoon in the pot. {{r:Jo}} kept our passports in a cash box in his room. He also kept the wage book. The Russian contractor paid about 55,000 roubles a month for each of us. {{r:Jo}} told us that 38,000 went to the state plan, 6,000 to food and rent, 4,000 to the "loyalty fund" and the rest to us, but in my first year I received only four payments of 5,000 roubles. When I asked where the rest was, {{r:Big Spoon}} said: "So you are an accountant now?" No one asked again.

6. We worked from seven in the morning until ten at night, sometimes until one. In winter the temperature on the eleventh floor was minus twenty-five. On 31 November 2016, as {{r:Jo}} wrote it on the board (there is no such date; he meant 1 December), my friend {{r:Ha Chol}} slipped on ice on the scaffolding and fell two floors. {{r:Chol}} broke his hip. {{r:Jo Un-byol}} did not call an ambulance. He said a Russian hospital would ask for papers and the papers were with him, and he would not give them. {{r:Ha}} lay in the dormitory for nine days. A Russian woman who sold bread near the site, we called her Aunt {{p:Valya}}, brought him painkillers. {{r:Ha Chol}} was sent back to {{u:Korea}} in January 2017 on a stretcher. I do not know if he can walk.

7. In the dormitory there were four men to a room. My roommates were {{p:So Myong-guk}}, {{p:An Jong-su}} and {{p:O Chang-il}}. {{p:So}} was from {{u:Sinpo}} and knew boats. {{p:An}} was very young, twenty-two, and cried at night. {{p:O}} was the one who read the Russian newspapers he found in the rubbish and told us what was happening in the world. It was {{p:O Chang-il}} who told me that there was a South Korean consulate in {{u:Vladivostok}}. I did not believe him. Ha, I said, a consulate of the puppets, here? He showed me the address in the newspaper.

8. In 2017 the {{u:United Nations}} adopted new sanctions. I later learned this was {{u:Security Council resolution 2397}}. At the time we only knew that {{r:Jo}} became nervous. A security officer from the embassy, a man called {{p:Hwang}} whom we never saw without sunglasses, visited every week. He told us that any man who spoke to a South Korean would be taken home in a box. He took {{p:An Jong-su}} aside because {{p:An}} had a Russian SIM card. After that {{p:Jong-su}} was not in our room; {{r:Big Spoon}} said he had been "sent home early for health reasons". I never saw {{p:An}} again.

9. In March 2018 my wife's letter came through a man who was going home. {{r:Hye-gyong}} wrote that the district had taken our flat for "unpaid contributions" and that she and {{p:Ye-rim}} were living with her brother, {{p:Moon Hye-chol}}. She wrote: "Do not send money through the company. Nothing arrives." I understood then that the money for three years, which {{r:Jo}} said was being "saved" for us, would never come.

10. On 17 June 2018, a Sunday, we were taken to the market on {{u:Sportivnaya}} to buy soap. I told {{r:Jo Un-byol}} I had diarrhoea and went to the toilet behind the market. I walked to the address {{p:O}} had shown me. I had no passport. The guard at the consulate would not let me in at first; a Korean lady came out, Ms {{p:Yang}}, and took me inside. I stayed in a back room of the consulate for eleven days. Then I was taken by car to the airport. I will not describe this part because it could harm people who helped me.

11. I arrived in {{u:Seoul}} and was questioned for four months by the {{u:National Intelligence Service}}. The officer who interviewed me, who said his name was Mr {{p:Noh}}, kept asking about {{p:Hwang}}, the man in sunglasses, and about {{r:Big Spoon}}. I was then sent to {{u:Hanawon}}. I did not finish the programme. In {{u:Hanawon}} a man from my province, {{p:Yu Myong-chol}}, told me that {{r:Jo Un-byol}}'s cousin was in the South and worked with the Northern side. I do not know if it was true. I became afraid. Every time a man spoke to me in the {{u:Hamgyong}} accent I thought he was sent by {{r:Jo}}.

12. My fear is not only of the North Korean state. The people who organised my escape were paid by a broker, Mr {{p:Song Ki-tae}}, and he says I owe him 15 million won. He has called me many times. In 2019 a man came to my door in {{u:Incheon}} and said "{{p:Song}} sends regards". The police in {{u:Incheon}}, an officer called {{p:Moon Jae-hak}}, said it was a civil matter. (He is no relation of my wife; {{p:Moon}} is a common name.)

13. In 2020 I went to work in construction again, in {{u:Gimpo}}. A co-worker from {{u:Yanggang Province}}, {{p:Gil Chun-hwa}}, recognised me and said that my name was on a list read out at a meeting in {{u:Vladivostok}}: "{{r:Kim Song-ho}}, traitor, his family to be dealt with." {{p:Gil}} told me that {{r:Moon Hye-gyong}} and our daughter had been moved to the countryside. I could not sleep for months. A doctor at a clinic, Dr {{p:Ahn Soo-yeon}}, diagnosed depression.

14. In December 2022 a friend from church, {{p:Peter Han}}, lent me money and I came to {{u:Canada}}. I did not apply for refugee status in the {{u:United States}} because I did not stop there. I made my claim at the airport on 2 January 2023.

2(b) Who harmed you

15. The people who harmed me are: the North Korean state and its agents abroad, especially {{r:Jo Un-byol}} ({{r:Big Spoon}}) and the embassy security officer {{p:Hwang}}; and the broker {{p:Song Ki-tae}} and the men who work for him. I name also {{p:Ri Kwang-nam}} and {{p:Chae Sung-il}} so the Board understands how workers are chosen, not because they harmed me directly.

2(c) Why I cannot get protection in {{u:South Korea}}

16. I understand the Board will ask why I did not stay in {{u:South Korea}}. I did not finish the settlement process and I do not hold a South Korean passport; I travelled on a document that counsel will explain. I am afraid that agents of the North can reach me there. {{p:Yu Myong-chol}} and {{p:Gil Chun-hwa}} both heard things about me that only people from the North could know. My wife {{r:Hye-gyong}} is still there, in the North; if I am visible in {{u:Korea}}, she suffers.

2(d) Statement

17. I have read (or had read to me) this narrative. It is true and complete. I understand that I may be questioned about it by the Member, and that the Member this time is Ms {{p:Claire Bouchard}}.

Signed: {{r:Kim Song-ho}} / {{r:김송호}}
Interpreter's declaration: I, {{p:Daniel Seo}}, interpreted this narrative from English into Korean for the claimant on 20 January 2023, which he confirmed.
Counsel: {{p:R. Thornhill}}
""",
    },
    {
        "id": "h75-en-02",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ri Kwang-jin", "리광진", "witness", ["Lee Kwang-jin", "Kwang-jin", "KJ"]),
            ("Song Eun-ji", "송은지", "relative", ["Eun-ji"]),
            ("Yu Chol-man", "유철만", "coworker", ["Chol-man"]),
        ],
        "note": "Wedding photographer's shot list for a former Kuwait construction worker's wedding in New Malden; groom as Lee and as initials KJ, surnames Song, Yu, Moon, Oh beside 'song', 'moon gate', 'Oh'; impossible date 31 June; a do-not-publish note for the Kuwait group; a real singer in the first-dance line; CRLF.",
        "text": """SHOT LIST v3 - {{r:Kwang-jin}} + {{r:Eun-ji}}
Wedding date: Saturday 31 June 2024 (sic - contract says 29 June, confirmed with {{r:Eun-ji}} by text)
Ceremony: {{u:Kingston Register Office}}, 13:00
Reception: Hanok Garden restaurant, {{u:New Malden}}, from 15:30
Lead: {{p:Tom Aldridge}}   Second shooter: {{p:Mina Cho}}
Couple's phones: {{r:Lee Kwang-jin}} 07700 900 311 / {{r:Song Eun-ji}} 07700 900 472
Family wrangler on the day: {{r:Yu Chol-man}} (groom's friend, speaks Korean + some English)

FAMILY FORMALS (outside the register office, steps, 13:40-14:05)
1. Couple alone
2. Couple + bride's parents, {{p:Song Dae-ho}} and {{p:Jang Mi-ran}}
3. #2 + bride's brother {{p:Song Min-jae}} and his partner {{p:Chloe Barnes}}
4. #3 + bride's sister {{p:Song Ye-rin}} and nephew {{p:Noah}} (ring bearer, 6 - bribe with sweets)
5. Couple + bride's grandmother {{p:Kang Bok-sun}} (wheelchair - shoot seated, level)
6. Couple + bride's aunts {{p:Moon Sook-ja}} and {{p:Song Hwa-ja}}, uncle {{p:Park Jong-min}}
7. Groom's side: NO FAMILY PRESENT. {{r:KJ}}'s parents are in {{u:North Korea}}. Instead: "{{u:Kuwait}} brothers" - {{r:Chol-man}}, {{p:Paek Nam-il}}, {{p:Jo Song-ryong}}
   !!! GROUP 7: DO NOT POST, DO NOT TAG, DO NOT USE IN PORTFOLIO. {{r:Yu}} and {{p:Nam-il}} still have family in {{u:North Korea}}. {{r:Kwang-jin}} asked twice. Faces must not appear on {{u:Instagram}} even in the background.
8. Couple + church group: Pastor {{p:Daniel Oh}}, Mrs {{p:Grace Oh}}, {{p:Esther Ryu}}, {{p:Samuel Kwon}}
9. Couple + friends: {{p:Hana Lim}}, {{p:Jiwoo Park}}, {{p:Ben Ashworth}}, {{p:Sol}} (just "{{p:Sol}}", bride's uni friend), {{p:Priya Natarajan}}
10. Couple + NGO people who helped {{r:KJ}}: {{p:Helen Carter}} and {{p:Joon Ha}} - ask first, {{p:Helen}} may not want to be photographed

RECEPTION MOMENTS
- Pyebaek (bows) with {{r:Eun-ji}}'s parents only - dates and chestnuts thrown, get the catch!
- Speech 1: {{p:Song Min-jae}} (brother). Speech 2: {{r:Chol-man}} in Korean, {{p:Mina}} will stand by him.
- Oh, and the cake: bride's aunt {{p:Moon}} made it, please get her with it.
- First dance song: "Perfect" ({{u:Ed Sheeran}}). Second song is a Korean trot song {{r:Kwang-jin}} sang in the {{u:Kuwait}} camp - let him have the moment, wide shot.
- Moon gate shot at sunset in the garden if weather allows (moon gate = round arch at the back).

DON'TS
- Don't photograph guest list/seating plan board (has full names of group 7)
- Don't call the groom "Mr {{r:Ri}}" on the mic - he uses {{r:Lee}} now

Confirmed by: {{r:Eun-ji}} ✔  {{r:KJ}} ✔   {{p:T.A.}} 12/06/24
""",
    },
    {
        "id": "h75-en-03",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pak Myong-su", "박명수", "witness", ["Park Myung-soo", "Myong-su", "Myung-soo"]),
            ("No Tae-hun", "노태훈", "coworker", ["Noh Tae-hoon", "Tae-hun"]),
            ("An Sol-mi", "안솔미", "other", ["Sol-mi"]),
        ],
        "note": "Lottery-syndicate agreement (template) among former logging and construction workers in south-west London, with a caseworker's covering note; surnames No and An beside the words 'no' and 'an', members in capitals on a signature table, initials in a 'paid' column, Korean notes with 이 after given names, a given name in a WhatsApp group name.",
        "text": """Caseworker note (attach to file PMS-2023-08): client {{r:Pak Myong-su}} brought in the syndicate agreement below because the group is arguing about a GBP 2,140 win and one member is threatening to "tell the embassy" where {{r:Myong-su}} lives. The threat is the reason we keep a copy. No action on the money itself - not our business. {{p:J.W.}}

--------------------------------------------------------------------
LOTTERY SYNDICATE AGREEMENT
(based on the free template from {{u:The National Lottery}} website - we changed some words)

Syndicate name: "Friday Boys + {{r:Sol-mi}}" ({{u:WhatsApp}} group of the same name)
Manager: {{r:NO Tae-hun}} (he buys tickets every Friday at the {{u:Co-op}} on the High Street)
Deputy manager: {{r:AN Sol-mi}}
Start date: 1 March 2023
Games: Lotto and EuroMillions, 2 lines each, same numbers every week

1. Each member pays GBP 5 a week to the Manager, in cash or by bank transfer to {{r:Noh Tae-hoon}}'s account (he has the South Korean spelling on his bank card).
2. If a member does not pay by Thursday 8pm, that member is not in that week's draw. No exceptions, no "I pay you next week" - this was the whole problem in February.
3. Winnings are shared equally among paid-up members of that week.
4. The Manager keeps a record of payments (see table). Members can see it any time.
5. If a member leaves, he or she gets back nothing; a new member can join with the Manager's agreement.
6. Disagreements are decided by majority. If it is a tie, {{r:Sol-mi}} decides, because she is not from the same work team as anybody and she is fair.

MEMBERS
| # | Name (as on bank card) | Korean | Phone | Signature |
|---|---|---|---|---|
| 1 | {{r:NOH TAE HOON}} | {{r:노태훈}} | 07700 900 118 | {{r:T.H. Noh}} |
| 2 | {{r:AN SOL MI}} | {{r:안솔미}} | 07700 900 231 | {{r:S. An}} |
| 3 | {{r:PARK MYUNG SOO}} | {{r:박명수}} | 07700 900 360 | {{r:박명수}} |
| 4 | {{p:KIL YONG HO}} | {{p:길용호}} | 07700 900 402 | {{p:Kil}} |
| 5 | {{p:CHOI SEONG NAM}} | {{p:최성남}} | 07700 900 519 | {{p:choi s n}} |
| 6 | {{p:RYU KI CHOL}} | {{p:류기철}} | 07700 900 677 | {{p:Ryu}} |
| 7 | {{p:SO HYANG SIM}} | {{p:소향심}} | 07700 900 704 | {{p:H.S. So}} |

PAYMENT RECORD (kept by {{r:Tae-hun}}) - paid = initials of manager
| Week | {{r:No}} | {{r:An}} | {{r:Park}} | {{p:Kil}} | {{p:Choi}} | {{p:Ryu}} | {{p:So}} |
| 3 Feb | {{r:TH}} | {{r:TH}} | - | {{r:TH}} | {{r:TH}} | {{r:TH}} | {{r:TH}} |
| 10 Feb | {{r:TH}} | {{r:TH}} | {{r:TH}} | - | {{r:TH}} | {{r:TH}} | {{r:TH}} |
| 17 Feb (win 2,140) | {{r:TH}} | {{r:TH}} | {{r:TH}} (late, Friday morning) | {{r:TH}} | {{r:TH}} | - | {{r:TH}} |

Note written under the table in Korean by {{r:안솔미}}: {{r:명수}} 오빠는 금요일 아침에 냈으니 규칙 2번에 따라 이번 주는 빠짐. 미안해요. - {{r:솔미}}
Note under that, by hand: 나는 목요일 밤에 {{r:태훈}}이한테 문자 보냈다!! 읽씹한 건 {{r:태훈}}이 - {{r:명수}}

Signed by all members on 1 March 2023 at the house of Mrs {{p:Kil}} in {{u:New Malden}}.
Witness to signatures: {{p:Kevin O'Brien}} (neighbour)
""",
    },
    {
        "id": "h75-en-04",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Choe Kum-hui", "최금희", "witness", ["Choi Geum-hee", "Kum-hui", "Geum-hee"]),
            ("Do Hyon-a", "도현아", "other", ["Hyon-a"]),
            ("Son Yong-dok", "손용덕", "supervisor", ["Yong-dok"]),
        ],
        "note": "Witness-care unit contact log for a Modern Slavery Act prosecution; officer initials in a column, surname Do beside 'do', surname Son beside the word 'son', Crown Court and CPS public, fictional judge and prosecutor private; half the line breaks CRLF.",
        "text": """WITNESS CARE UNIT - CONTACT LOG (extract, disclosed to NGO with witness's consent)
Case: R v {{p:LIM Dong-hwan}} and {{p:CHOI Ji-sook}} - {{u:Southwark Crown Court}} - URN 01XX1234523
Offence(s): arranging or facilitating travel with a view to exploitation, s.2 {{u:Modern Slavery Act 2015}}; holding a person in slavery or servitude, s.1
Witness: {{r:CHOE Kum-hui}} (aka {{r:CHOI Geum-hee}} on {{u:Home Office}} papers) - vulnerable and intimidated witness, special measures granted
Supporter / safe contact: {{r:DO Hyon-a}} (friend, NGO volunteer) - consent to share: YES
Officer in case: DC {{p:Harriet Webb}}, {{u:Metropolitan Police}}
CPS lawyer: {{p:Marcus Adeyemi}}, {{u:Crown Prosecution Service}}

| Date | Officer | Contact | Summary |
|---|---|---|---|
| 03/01/24 | {{p:SP}} | Phone via interpreter {{p:Kim Ha-young}} | Needs assessment done. {{r:Kum-hui}} asks that the defendants not know her new address. Explained special measures. She asks if {{r:Hyon-a}} can be with her at court - said we would ask. |
| 05/01/24 | {{p:SP}} | Email to DC {{p:Webb}} | Requested screens + {{r:Do Hyon-a}} as supporter in the live-link room. |
| 12/01/24 | {{p:RB}} | Phone | {{r:Choe}} upset: a man came to the restaurant where she works now and said {{r:Son Yong-dok}} "sends greetings". {{r:Son}} was the manager at the hotel kitchen in {{u:Dubai}} where she was first sent, before the {{u:UK}}. Passed to DC {{p:Webb}} as possible intimidation. |
| 12/01/24 | {{p:RB}} | Call back from OIC | DC {{p:Webb}} will visit. Crime ref made. {{r:Yong-dok}} is not a defendant here but is known to the defendants (his son works for {{p:Lim}}). |
| 19/01/24 | {{p:SP}} | Home visit with {{r:Hyon-a}} | Pre-trial visit booked with the {{u:Witness Service}} for 02/02. {{r:Geum-hee}} prefers her Korean name spelt {{r:Choe}} on the court list; told her the list uses the indictment spelling. |
| 30/02/24 | {{p:SP}} | - | [entry dated 30/02 in system - should read 01/03] Trial date confirmed 11/03, HHJ {{p:Pemberton}}. |
| 04/03/24 | {{p:RB}} | Phone | {{r:Kum-hui}} asks whether she must say the name of her daughter in court. Told her to speak to Mr {{p:Adeyemi}} at the meeting; do not know. |
| 08/03/24 | {{p:SP}} | Text | "I do not want to do this any more" - called {{r:Hyon-a}}, who went round. Later text from {{r:Kum-hui}}: "OK. I go. Thank you". |
| 11/03/24 | {{p:SP}} | At court | Gave evidence by live link, 10:05-15:40. Interpreter {{p:Kim}} swapped with {{p:Jeon Mi-hyang}} after lunch. Defence counsel (Mr {{p:Ashcroft}} for {{p:Lim}}, Ms {{p:Delaney}} for {{p:Choi}}) cross-examined about {{r:Son}} and about the agent in {{u:Shenyang}}, "Uncle {{p:Bae}}". |
| 15/03/24 | {{p:RB}} | Phone | Verdict: {{p:Lim}} guilty both counts, {{p:Choi}} guilty count 1. Sentencing 26/04. {{r:Choe Kum-hui}} asked "So he goes to prison?" - explained. |
| 26/04/24 | {{p:SP}} | Phone | {{p:Lim}} 7 years, {{p:Choi}} 4 years. VPS read by Mr {{p:Adeyemi}}. {{r:Kum-hui}} thanked {{r:Hyon-a}} and the interpreters. Case closed for WCU. Referral to {{u:Citizens Advice}} re compensation, and to {{u:Refugee Council}} re counselling. |

Officers: {{p:SP}} = {{p:Sarah Pennington}}, {{p:RB}} = {{p:Rafiq Begum}}
""",
    },
    {
        "id": "h75-en-05",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jang Su-ryon", "장수련", "witness", ["Su-ryon", "Jang Soo-ryun"]),
            ("Hong Kwang-il", "홍광일", "other", ["Hong Gwang-il", "Kwang-il"]),
        ],
        "note": "Card chargeback dispute letter drafted by a caseworker for a former garment worker, with a transaction table whose merchant descriptors contain a broker's name run together; names in a payment reference, a bank card name in capitals, a fictional bank adviser private.",
        "text": """{{r:Su-ryon Jang}}
Flat 4, 18 Elm Road
{{u:Manchester}} M14

Disputes Team
{{u:Santander UK}}
(by secure message and post)

14 August 2024

Your ref: DSP-44812-J   Card ending 3391   Cardholder: MS {{r:SOO RYUN JANG}}

Dear Sir or Madam,

Request for chargeback - transactions not authorised by me

I am writing, with help from my caseworker {{p:Olivia Grant}}, to dispute the eight card transactions listed below. I did not make these payments and I did not allow anybody to make them.

In March 2024 a man called {{r:Hong Kwang-il}} (he also writes {{r:Hong Gwang-il}}) offered to help me apply for a refund of my tenancy deposit. {{r:Hong}} is known in our community as somebody who "helps" people who came from {{u:North Korea}} with paperwork. I gave him my card for one payment of GBP 35 for a translation. He photographed the card. After that the payments below happened. When I asked {{r:Kwang-il}} about them on the phone, he said they were "fees" for helping my brother {{p:Jang Su-chol}}, who is still in {{u:China}}. I have no proof that he helped my brother at all.

| Date | Merchant descriptor (as on statement) | Amount GBP | Authorised? |
|---|---|---|---|
| 18/03/24 | TRANSLATE-UK LTD | 35.00 | YES |
| 21/03/24 | PP* {{r:HONGGWANGIL}} | 250.00 | NO |
| 21/03/24 | PP* {{r:HONGGWANGIL}} | 250.00 | NO |
| 02/04/24 | FPS TO {{r:KWANGIL HONG}} | 480.00 | NO |
| 02/04/24 | FPS TO {{r:KWANGIL HONG}} | 12.40 | NO |
| 19/04/24 | ONLINE MARKETPLACE 4471 | 89.99 | NO |
| 06/05/24 | {{p:JI'S}} PHONE REPAIR | 140.00 | NO |
| 06/05/24 | {{p:JI'S}} PHONE REPAIR | 140.00 | NO |
| 31/04/24 | PP* {{r:HONGGWANGIL}} | 300.00 | NO (date as shown on the app; statement shows 01/05) |

Total disputed: GBP 1,662.39

I reported this to the police on 9 June 2024 (crime reference from {{u:Action Fraud}}: NFRC240609XXXX). On 11 June I spoke to your adviser {{p:Priya}} in the {{u:Manchester Arndale}} branch, who told me to write this letter. She said the payments marked PP* must be disputed with {{u:PayPal}} first; I have done that too (case PP-D-88231, payments to {{r:Hong}}'s account, the name on that account was "{{r:K I Hong}}").

The FPS transfers went to an account in the name "{{r:KWANGIL HONG}}" with the reference "{{p:SU CHOL}} CHINA". My brother's name is {{p:Jang Su-chol}}. He has never received anything, as far as I know from my aunt, {{p:Ri Ok-ran}}, who is in touch with him.

Please refund the disputed amounts. I attach my statement pages with the lines marked, the police reference and a letter from my caseworker.

Yours faithfully,

{{r:Su-ryon Jang}}
({{r:장수련}})

Enc. statement pages March-May 2024; {{u:Action Fraud}} reference; letter from {{p:O. Grant}}, caseworker
""",
    },
    {
        "id": "h75-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("So Chol-jun", "소철준", "other", ["Chol-jun", "CJ"]),
            ("Ha Yong-mi", "하영미", "other", ["Yong-mi", "Ha Young-mi"]),
        ],
        "note": "Volunteer background-check tracker pasted as tab-separated text; two former workers who now volunteer are registered, the rest private; surnames So and Ha as whole cells, initials in a checked-by column, a name in an e-mail local part, a one-syllable nickname.",
        "text": """VOLUNTEER CHECKS TRACKER - export 2024-09-02 (sheet "Active")
Basic/enhanced checks through the {{u:Disclosure and Barring Service}}; overseas criminal-record certificates where the person lived abroad 12+ months.

Surname	Given name	Role	Check	Ref	Issued	Renew	Checked by	Notes
{{p:Abbott}}	{{p:Lucy}}	drop-in host	Enhanced	001788	2022-10-04	2025-10-04	{{p:MK}}
{{p:Begum}}	{{p:Shirin}}	interpreter (Bengali)	Enhanced	001802	2023-01-19	2026-01-19	{{p:MK}}
{{r:So}}	{{r:Chol-jun}}	peer mentor	Basic	001915	2023-06-30	2026-06-30	{{p:MK}}	former {{u:Russia}} worker; no overseas cert possible ({{u:DPRK}}) - risk-assessed, see note by {{p:Mira}}
{{r:Ha}}	{{r:Yong-mi}}	peer mentor / kimchi club	Basic	001916	2023-06-30	2026-06-30	{{p:DL}}	same as above; {{u:UK}} spelling on ID is {{r:Ha Young-mi}}
{{p:Castellano}}	{{p:Inés}}	legal clinic	Enhanced	001933	2023-07-11	2026-07-11	{{p:DL}}	Spanish cert received
{{p:Ogunleye}}	{{p:Tunde}}	driver	Enhanced	002004	2023-09-01	2026-09-01	{{p:DL}}
{{p:Nam}}	{{p:Da-eun}}	interpreter (Korean)	Enhanced	002010	2023-09-14	2026-09-14	{{p:MK}}	Korean police cert (범죄경력회보서) received 2023-10-02
{{p:Do}}	{{p:Min}}	IT help	Basic	002088	2024-02-29	2027-02-29	{{p:MK}}	renew date impossible - system added 3 yrs to 29 Feb; set to 2027-02-28
{{p:Walsh}}	{{p:Brendan}}	driver	Enhanced	002101	2024-03-06	2027-03-06	{{p:DL}}
{{p:Fitzgerald-Yoon}}	{{p:Esther}}	trustee	Basic	002150	2024-04-22	2027-04-22	{{p:DL}}
{{p:Moon}}	{{p:Ji-hoon}}	kimchi club	Basic	PENDING			{{p:MK}}	chased 3x; {{p:Ji-hoon}} says he posted the form
{{p:Kowalczyk}}	{{p:Agata}}	drop-in host	Enhanced	EXPIRED	2021-05-10	2024-05-10	{{p:DL}}	do not roster until renewed!

Comments on the sheet:
- {{p:Mira Kovacs}} (2023-06-28): {{r:CJ}} and {{r:Yong-mi}} cannot get a certificate from {{u:North Korea}}, obviously. Risk assessment signed off by the chair, {{p:Esther}}. Both only work in pairs with a checked volunteer.
- {{p:Dan Leung}} (2024-03-06): emailed {{p:do.min}}@ about renewal date. Also: is "{{p:Do}}, {{p:Min}}" the right way round? He signs "{{p:Min Do}}".
- {{p:Dan Leung}} (2024-03-07): yes, surname {{p:Do}}. Fixed nothing, it was right.
- {{p:Mira Kovacs}} (2024-08-30): {{r:Chol-jun}} asked if his name can be removed from the shared drive list - he is worried about screenshots. Moved him to initials only on the rota: "{{r:S.C.J.}}".

{{p:MK}} = {{p:Mira Kovacs}}; {{p:DL}} = {{p:Dan Leung}}
""",
    },
    {
        "id": "h75-en-07",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Rim Hyang-sun", "림향순", "witness", ["Lim Hyang-soon", "Hyang-sun"]),
            ("Rim Tae-song", "림태성", "relative", ["Tae-song", "Tommy"]),
        ],
        "note": "Third-party hate-crime report form submitted by an NGO worker for a former seafood-plant worker and her son; an English nickname Tommy for the son, surname Rim/Lim, the attackers described without names except a shouted first name, fullwidth letters in the victim's name as typed on a phone; CRLF.",
        "text": """THIRD-PARTY HATE INCIDENT REPORT - copy of online form submitted to {{u:True Vision}} on 22/10/2023, 21:14

Section 1 - About you (the person reporting)
Name: {{p:Aisling Byrne}}
Organisation: (withheld in this copy)
Relationship to victim: support worker
May the police contact you? Yes - email only

Section 2 - About the victim
Name: {{r:Ｒｉｍ Ｈｙａｎｇ－ｓｕｎ}} (she typed it on her phone, fullwidth; official spelling {{r:LIM Hyang-soon}})
Age: 47   Gender: F
Does the victim know you are reporting? Yes. {{r:Hyang-sun}} asked me to report because her English is limited and she is afraid of going to the station.
Other people affected: her son {{r:Tae-song}} ("{{r:Tommy}}" at school), 14

Section 3 - What happened
On Saturday 21 October at about 16:30 Ms {{r:Rim}} and {{r:Tae-song}} were waiting at the bus stop outside the library on the main road in {{u:Croydon}}. Three teenage boys, white, about 15-16, started shouting "{{u:Kim Jong Un}}" at them and "go back to {{u:China}}, virus". One of them threw a can of energy drink which hit {{r:Hyang-sun}} on the shoulder. When {{r:Tommy}} told them to stop, one boy pushed him into the bus shelter. One of the others called the boy who pushed "{{p:Kyle}}" - "{{p:Kyle}}, leave it, there's cameras". A woman at the stop, who gave her name only as {{p:Bernadette}}, told the boys she was calling the police, and they left towards the park.

Ms {{r:Rim}} told me afterwards (in Korean, my translation): "In {{u:Dalian}} the Chinese managers called us spies, and now here the children call me Chinese." She worked at a seafood plant in {{u:China}} from 2014 to 2017 as a North Korean dispatched worker before she escaped. She is not Chinese and not a spy. I mention this because it explains why she does not want to be in contact with the police directly.

Section 4 - Why do you think this was a hate incident?
Race / nationality. The words used.

Section 5 - Injuries / damage
Bruise on left shoulder ({{r:Hyang-sun}}). {{r:Tae-song}}'s school blazer torn at the pocket. {{r:Tommy}} has not wanted to go to school since.

Section 6 - Witnesses
{{p:Bernadette}} (surname not known), regular at that stop, about 60. The bus driver (number 119) may have seen.

Section 7 - Anything else
Please do not send letters to the home address: {{r:Rim Hyang-sun}}'s ex-partner, Mr {{p:Cha Sung-ho}}, sometimes collects her post. Contact through me.

Submitted by: {{p:A. Byrne}}
""",
    },
    {
        "id": "h75-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Reynaldo Dizon", "레이날도 디손", "witness", ["Rey"]),
            ("Kang Chol-nam", "강철남", "coworker", ["Chol-nam", "Kang Chul-nam"]),
            ("Pak Yong-gil", "박용길", "coworker", ["Yong-gil", "Gil"]),
        ],
        "note": "Crewing agent's sign-off debrief questionnaires from a distant-water longliner; Filipino deckhands describe North Korean crewmates known by surname, by the given-name part Gil (also a word-like syllable) and by a nickname, and a role word (BANJANG) used as a form of address left unmarked; the fictional Taiwanese master and fishing master private; vessel invented and unmarked; questionnaire answers in capitals.",
        "text": """SIGN-OFF DEBRIEF QUESTIONNAIRE (crew returning from FV "Hai Sheng 27" - invented name used in our copy)
Agency: crewing office, {{u:Manila}}. Forms collected at {{u:NAIA}} on 8 May 2024 by {{p:Ma. Cristina Lopez}}.

FORM 1
Name: {{r:REYNALDO DIZON}}   Rank: deckhand   Months on board: 22
Q5. Were wages paid as per contract? NO. ONLY 4 MONTHS PAID IN FULL. AGENT IN {{u:KAOHSIUNG}} SAID THE REST AFTER LANDING.
Q8. Any physical abuse? YES. BOSUN {{p:CHEN}} HIT {{p:JOMAR}} WITH A HOOK HANDLE. CAPTAIN {{p:LIN}} SAW AND DID NOTHING.
Q11. Other nationalities on board? 6 INDONESIAN, 4 NORTH KOREAN, 3 TAIWANESE OFFICERS.
Q12. Anything else the agency should know? THE NORTH KOREAN CREW, THEY NEVER GET SHORE LEAVE IN {{u:PORT LOUIS}}. THEIR LEADER {{r:KANG}} KEEPS THE PASSPORTS. ONE OF THEM, {{r:GIL}}, TOLD ME IN ENGLISH "NO MONEY FOR US, ALL MONEY GO HOME". {{r:GIL}} IS A GOOD MAN. HE GAVE ME HIS GLOVES.
Signature: {{r:Rey Dizon}}

FORM 2
Name: {{p:JOMAR PASCUAL}}   Rank: deckhand   Months on board: 14
Q8. Any physical abuse? YES SEE {{r:REY}}'S FORM. I HAVE SCAR ON ARM.
Q12. Anything else? {{r:PAK}} (NORTH KOREAN) IS SICK IN THE LUNGS. FISHING MASTER {{p:WU}} SAYS HE IS LAZY. {{r:KANG CHOL NAM}} ARGUE WITH {{p:WU}} ABOUT IT, AFTER THAT {{r:KANG}} IS ALSO PUNISHED, NO RICE 2 DAYS.
Signature: {{p:J. Pascual}}

FORM 3
Name: {{p:ARNEL "BUDOY" SANTOS}}   Rank: cook   Months on board: 22
Q12. Anything else? THE KOREANS CALL {{r:PAK YONG GIL}} "{{r:GIL}}" AND CALL {{r:KANG}} "BANJANG" (I THINK IT MEANS LEADER). SO I ALSO CALL HIM LIKE THAT. THEY ASK ME TO SEND A LETTER FROM {{u:MANILA}} BUT I WAS AFRAID.
Signature: {{p:Budoy}}

Agency staff note ({{p:MCL}}): Forms 1-3 consistent. Passing Q8/Q12 answers to the welfare officer, Fr. {{p:Joel Ramos}}, and to the union. {{r:Rey}} willing to be contacted; {{p:Jomar}} not yet; {{p:Budoy}} yes but not by phone.
""",
    },
    {
        "id": "h75-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("O Yong-chol", "오영철", "witness", ["Oh Young-chul", "Yong-chol"]),
            ("Ri Myong-guk", "리명국", "supervisor", ["Myong-guk"]),
        ],
        "note": "Telemedical advice (TMAS) case log for a general-cargo ship with a North Korean crew; the one-letter surname O in capitals, as 'Mr O' and beside the letter O in a blood group and the interjection 'Oh'; duty doctors' first names and initials; an e-mail local part spelling the master's name; invented ship unmarked.",
        "text": """TMAS CASE LOG - exported from case sheet #24-0713
Service: {{u:CIRM}} ({{u:Rome}}) relayed by MRCC; vessel details as given by the master
Vessel: MV "Sea Pearl 8" (invented name in this copy), general cargo, flag withheld
Position at first call: 12°41'N 045°02'E ({{u:Gulf of Aden}})
Master: {{r:RI MYONG GUK}}, master.{{r:rimyongguk}}@[domain withheld]
Patient: {{r:O YONG CHOL}}, 2nd engineer, 38 y, {{u:DPRK}} national. Blood group O+ (per crew list)

| UTC | From | Message |
|---|---|---|
| 13/07 0412 | Master | Crew member {{r:O Yong-chol}} burned left forearm and hand, hot oil from purifier, 20 min ago. Pain severe. Skin white and red, blisters. |
| 13/07 0420 | Dr {{p:Lucia}} ({{p:LM}}) | Cool with running water 20 min. Remove rings/watch. Do not break blisters. Estimate area with palm of patient = 1%. Photo please. |
| 13/07 0455 | Master | Photo sent. Mr {{r:O}} says hand no feeling on back. Area approx 4 palms. |
| 13/07 0510 | Dr {{p:Lucia}} ({{p:LM}}) | Oh - loss of sensation suggests deep burn. Cling film dressing, elevate arm, paracetamol 1g + ibuprofen 400mg. Fluids orally 3 L in next 8 h. Record urine. Recommend medical evacuation or diversion to nearest port. |
| 13/07 0630 | Master | Company (Mr {{p:Jong}}, office) says no diversion. Will continue to destination, 5 days. |
| 13/07 0641 | Dr {{p:Lucia}} ({{p:LM}}) | Formally advise diversion to {{u:Djibouti}}. Record that advice was given. Please confirm patient consent to continue. |
| 13/07 0702 | Master | Patient {{r:Yong-chol}} agrees to continue. Signed by patient. [image: form with signature "{{r:오영철}}" and "{{r:Ri M.G.}}"] |
| 14/07 0815 | Dr {{p:Giorgio}} ({{p:GB}}) | Status? Temperature? Smell from wound? |
| 14/07 0950 | Master | 38.6. Patient shivering. 3rd officer {{p:Han Kwang-su}} changed dressing, says yellow fluid. |
| 14/07 1003 | Dr {{p:Giorgio}} ({{p:GB}}) | Start amoxicillin-clavulanate from medicine chest. Again strongly advise diversion. If master refuses, we notify flag state and MRCC. |
| 14/07 1140 | Master | Diverting to {{u:Djibouti}}. ETA 15/07 0600. Agent {{p:Abdourahman}} informed. |
| 15/07 0745 | Agent | Patient landed, taken to hospital by ambulance with {{p:Han}} as escort. Master {{r:Ri}} asks that the log be sent only to him, not to the company. |

Note by {{p:GB}}, 15/07: the master said by phone that the company office, "Mr {{p:Jong}}", had told him the patient should "go home by plane not hospital". We have recorded this and passed the case to the welfare desk. Master {{r:Myong-guk}} was cooperative throughout. Closing: {{p:G. Bianchi}}, {{p:L. Marchetti}}.
""",
    },
    {
        "id": "h75-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yang Song-il", "양성일", "witness", ["Song-il"]),
            ("Chu Mi-ryong", "주미령", "relative", ["Mi-ryong", "Joo Mi-ryung"]),
        ],
        "note": "Transcribed parish banns-of-marriage register with three publications per couple and the officiating ministers' signatures; a former Russia logging worker and his fiancee registered, surname Song as a given-name part next to 'song' in a hymn note, an objection note naming the groom's former supervisor, initials of curates.",
        "text": """REGISTER OF BANNS - transcription of pp. 41-42 (photographed by the parish office at our request)
Church: St Barnabas (invented name used in our copy), in the {{u:Royal Borough of Kingston upon Thames}}

No. 161
Banns of marriage between {{p:Oliver James FLETCHER}}, bachelor, of this parish, and {{p:Hannah Louise KIM}}, spinster, of the parish of St Mark, {{u:Surbiton}}
1st time: 7 April 2024 - {{p:R.T.}}   2nd time: 14 April - {{p:R.T.}}   3rd time: 21 April - {{p:S.O.}}

No. 162
Banns of marriage between {{r:SONG IL YANG}}, bachelor, of this parish, and {{r:MI RYONG CHU}}, spinster, of this parish
1st time: 7 April 2024 - {{p:R.T.}}   2nd time: 14 April - {{p:R.T.}}   3rd time: [blank, see note]
Note in the margin (hand of the vicar, Revd {{p:Rachel Thorne}}): "14/4 after service Mr {{p:Ri Jong-ho}} stated an objection to the marriage of {{r:Yang}}, saying {{r:Song-il}} had a wife in {{u:North Korea}}. Told him an objection must be made in writing. Spoke to {{r:Song-il}} and {{r:Mi-ryong}} with interpreter. Mr {{r:Yang}} says he was never married; he was sent to {{u:Russia}} at 24 and has been in the {{u:UK}} since 2019. Referred to registrar. 3rd reading postponed. {{p:RT}}"
Further note: "28/4 - no written objection received. Mr {{p:Ri}} not seen since. {{r:Song-il Yang}} says {{p:Ri}} was the deputy political officer at the logging camp in {{u:Tyndinsky District}} and 'wants to make trouble'. 3rd reading today. {{p:RT}}"
3rd time: 28 April 2024 - {{p:R.T.}}

No. 163
Banns of marriage between {{p:Daniel Kwame ASANTE}}, bachelor, of the parish of All Saints, and {{p:Grace Mi-na OH}}, spinster, of this parish
1st time: 14 April 2024 - {{p:S.O.}}   2nd time: 21 April - {{p:S.O.}}   3rd time: 28 April - {{p:R.T.}}

Hymn sheet for 28 April (clipped to the register page): processional - "Be Thou My Vision"; after the banns, a song in Korean sung by {{r:Mi-ryong}}'s friends from the Korean fellowship, led by Deacon {{p:Chang}}. {{r:Joo Mi-ryung}} (her South Korean spelling) asked that the song be printed in the order of service.

{{p:R.T.}} = Revd {{p:Rachel Thorne}}, vicar; {{p:S.O.}} = Revd {{p:Samuel Oduya}}, curate
""",
    },
    {
        "id": "h75-en-11",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kye Chun-sik", "계춘식", "witness", ["Chun-sik"]),
            ("Ho Un-sil", "허은실", "other", ["Un-sil", "Heo Eun-sil"]),
            ("Ban Tae-yong", "반태용", "coworker", ["Tae-yong"]),
            ("Yu Song-hui", "유송희", "other", ["Song-hui", "Yoo Song-hee"]),
        ],
        "note": "Proxy register for a community association's AGM; members appoint each other as proxies, so registered names appear as appointer and appointee; surnames Ho, Ban, Yu beside 'ban' and 'you'; a disputed proxy signed with initials only; the chair's ruling.",
        "text": """ANNUAL GENERAL MEETING - 16 March 2024
Association of Former Overseas Workers - invented name in this copy
PROXY REGISTER (kept by the secretary, {{r:Ho Un-sil}})

| No. | Member appointing | Proxy appointed | Instruction | Received | Valid? |
|---|---|---|---|---|---|
| P1 | {{r:Kye Chun-sik}} | {{r:Ban Tae-yong}} | vote as proxy thinks fit | 09/03 by hand | yes |
| P2 | {{p:Seo Gwang-ho}} | {{r:Kye Chun-sik}} | FOR res. 1-3, AGAINST res. 4 | 10/03 email | yes |
| P3 | {{p:Tak Mi-yong}} | the Chair ({{r:Yu Song-hui}}) | FOR all | 11/03 post | yes |
| P4 | {{p:Bang Il-nam}} | {{r:Tae-yong}} | FOR res. 4 (the ban on political speeches) | 12/03 | yes |
| P5 | {{p:K.Y.}} | {{r:Ho Un-sil}} | - | 15/03 text message | NO - see note |
| P6 | {{p:Min Hye-ran}} | {{r:Heo Eun-sil}} | FOR all | 13/03 | yes |
| P7 | {{r:Ban Tae-yong}} | {{r:Chun-sik}} | if I am at work | 14/03 | withdrawn - {{r:Ban}} attended |
| P8 | {{p:Ri Su-bok}} | {{p:Ri Jin-a}} (daughter, not a member) | FOR all | 14/03 | NO - proxy must be a member |

Resolutions: (1) accounts 2023; (2) re-election of {{r:Yu Song-hui}} as chair; (3) re-election of {{r:Ho Un-sil}} as secretary; (4) to ban speeches for or against any political party at association events.

Note on P5 (secretary): a text from an unknown number said "proxy to {{r:Un-sil}} for {{p:K.Y.}}". We have two members with those initials, {{p:Kang Yong-nam}} and {{p:Kim Yu-jin}}. Neither confirmed. Treated as invalid.

Chair's ruling (minuted): "You cannot hold a proxy for yourself, and you cannot appoint your daughter. {{p:Su-bok}} may attend next time. P5 is invalid because we do not know who sent it." - {{r:Song-hui}}

Count at the meeting: 23 members present, 5 valid proxies (P1, P2, P3, P4, P6). Resolution 4 carried 19-8. {{r:Kye Chun-sik}} asked that it be minuted that he voted P2 against res. 4 "as {{p:Seo}} told me, not my own view". Minuted.

Certified correct: {{r:U.S. Ho}} (secretary)   {{r:S.H. Yu}} (chair)
""",
    },
    {
        "id": "h75-en-12",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Chon Myong-ok", "전명옥", "witness", ["Jeon Myung-ok", "Myong-ok"]),
            ("Pyon Kwang-su", "변광수", "relative", ["Kwang-su"]),
        ],
        "note": "Tenant-referencing report on a former restaurant worker, with a guarantor (her cousin), an employer reference and an affordability note; surname Chon/Jeon in two spellings, the applicant's former restaurant manager named in a gap explanation, referees private; CRLF.",
        "text": """TENANT REFERENCING REPORT
Prepared for: letting agent (branch withheld)   Property: 2-bed flat, {{u:Sutton}}
Report date: 05/02/2024   Reference no.: TR-558120

APPLICANT
Name: Ms {{r:Myong-ok CHON}} (passport: {{r:JEON MYUNG OK}})
Date of birth: 11/09/1989
Right to rent: confirmed (share code checked by {{p:A. Patel}})
Result: ACCEPT WITH GUARANTOR

1. Employment
Employer: care agency (invented), {{u:Croydon}}
Referee: {{p:Joanne Kirby}}, registered manager
"{{r:Myong-ok}} has worked for us as a care assistant since June 2022, 30 h/week, permanent. Reliable and kind; clients ask for her by name." - {{p:J. Kirby}}

2. Previous landlord
Referee: Mr {{p:Gareth Powell}}
"Tenant since 2021 at [address], rent always paid. Left the flat clean. Her cousin {{r:Kwang-su}} helped with one month in 2022 when her hours were cut." - {{p:G. Powell}}

3. Address history gap (03/2016 - 08/2019)
Applicant's explanation, typed by her support worker {{p:Hyun-joo Baek}}: "From 2016 to 2019 I was working in a North Korean restaurant in {{u:Vientiane}}, {{u:Laos}}. The manager, {{p:Kim Jong-sil}}, kept my passport and I lived in a room above the restaurant with five other waitresses, {{p:Un-jong}}, {{p:Pom-i}}, {{p:Hyang-mi}} and the two {{p:Kim}} sisters. I cannot give an address or a landlord reference for those years." Accepted by referencing officer {{p:D. Osei}}.

4. Guarantor
Name: Mr {{r:Kwang-su PYON}}   Relationship: cousin
Employment: chef, {{u:New Malden}}; income sufficient (36x rent test passed)
Note: guarantor's name appears as "{{r:Pyon K.}}" on payslips; confirmed same person by ID.

5. Affordability
Applicant alone: fail (income 24.1x rent); with guarantor {{r:Pyon}}: pass.

Comments from {{p:D. Osei}}: Nothing adverse. Applicant asked that the report not be shared with anyone other than the agent because "people from my time in {{u:Laos}} are looking for me". Flag added. {{r:Chon}} prefers contact by text.
""",
    },
    {
        "id": "h75-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Han Il-nam", "한일남", "other", ["Jason Lee", "jasonlee_dev", "Il-nam"]),
            ("Sok Chol-min", "석철민", "other", ["Kevin Zhang", "kzhang", "Chol-min"]),
            ("Mo Song-u", "모성우", "supervisor", ["Song-u"]),
        ],
        "note": "Sanctions whistleblower tip submitted online about suspected North Korean remote IT workers; registered persons appear under their cover names (listed as aliases), handles and real names; the tipster, recruiter and client staff private; platforms and the sanctions authority public; a handle labelled only in its name part.",
        "text": """SUBMISSION - report a suspected breach of financial sanctions
Recipient: {{u:Office of Financial Sanctions Implementation}}
Submitted: 2024-05-19 23:48 BST   Anonymous: NO

Your name: {{p:Thomas Reid}}
Your role: engineering manager at a small software company (name given in the attachment)

What is the suspected breach?
Between October 2023 and April 2024 we paid about GBP 61,000 to two contract developers found through {{u:Upwork}}, "{{r:Jason Lee}}" (profile @{{r:jasonlee}}_dev) and "{{r:Kevin Zhang}}" (username {{r:kzhang}}88). We now believe both are North Korean IT workers working for the {{u:DPRK}} state.

Why do you believe this?
1. In a screen-share on 3 April, {{r:Jason}} left a chat window open. The messages were in Korean. A colleague, {{p:Ji-woo Seong}}, read them: someone called "{{r:Mo}} 선생" was telling "{{r:일남}}" that the "monthly plan" was short by 2,000 dollars and that "{{r:철민}}" had to "bring in a second client".
2. {{r:Kevin Zhang}}'s payout account changed three times. The last account was in the name of a person called {{p:Wang Lifeng}}, not {{r:Kevin}}.
3. When we asked for a video call with camera on, {{r:Jason Lee}} sent a colleague instead, who said he was "{{r:Jason}}'s team lead, {{p:Daniel}}". {{p:Daniel}} would not turn on the camera either.
4. After we ended the contracts, {{p:Ji-woo}} found a post on a Korean forum quoting a South Korean news report naming two developers, {{r:Han Il-nam}} and {{r:Sok Chol-min}}, who worked under the names "{{r:Jason Lee}}" and "{{r:Kevin Zhang}}" for a unit led by a man called {{r:Mo Song-u}}. The report said they were based in {{u:Shenyang}}. I cannot verify this.

Who else was involved?
Recruiter who introduced "{{r:Kevin}}": {{p:Priya Sandhu}}, a freelance recruiter on {{u:LinkedIn}}. I do not think she knew.
Our finance officer who approved the payments: {{p:Martin Cole}}.

What have you done so far?
Stopped payments. Reported to {{u:Action Fraud}}. Kept the chat screenshot (attached) in which "{{r:Mo}} 선생" and "{{r:Song-u}}" appear; the screenshot also shows a message from "{{r:일남}}" to "{{r:철민}}": "{{r:철민}}아, 고객한테 카메라 얘기 나오면 바로 나한테 말해".

Attachments: chat_screenshot_{{r:jason}}.png; payments.csv; contract_{{r:kzhang}}.pdf
Declaration: the information is true to the best of my knowledge. {{p:T. Reid}}
""",
    },
    {
        "id": "h75-en-14",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pak Ha-neul", "박하늘", "relative", ["Ha-neul", "Haneul"]),
            ("Ri Son-hwa", "리선화", "witness", ["Son-hwa", "Lee Sun-hwa"]),
        ],
        "note": "Primary-school reading-record diary of a former worker's daughter, with the mother's comments in Korean and English and the teacher's initials; the child's given name Ha-neul is also the word 하늘 'sky', used both ways; book characters unmarked, real authors public; the mother mentions the father left behind in Russia.",
        "text": """READING RECORD - Year 2, Class Hedgehogs
Name: {{r:Haneul Pak}}
(photo of pages sent by mum on {{u:WhatsApp}} to the homework club volunteer, transcribed)

| Date | Book | Pages | Comment | Signed |
|---|---|---|---|---|
| 8 Jan | The Gruffalo | all | {{r:Haneul}} read with expression. Loved the mouse. | {{r:S. Lee}} (mum) |
| 10 Jan | The Gruffalo | all again | again!! | {{r:선화}} |
| 12 Jan | Oxford Reading Tree 5 | 1-16 | Good decoding. Keep practising "th". | Mrs {{p:B.}} |
| 15 Jan | Biff and Chip | 1-12 | {{r:하늘}}이가 "sky"가 영어로 하늘이라고 자기 이름이라고 함 ㅎㅎ | {{r:리선화}} |
| 17 Jan | Zog | 1-20 | {{r:Ha-neul}} told me Zog is her favourite dragon. Lovely reading! | {{p:BW}} |
| 22 Jan | Zog | 20-end | Read to her dad on video call. He is still working in {{u:Russia}} and cannot come. She read very slowly so he can hear. | {{r:Sun-hwa Lee}} |
| 24 Jan | (no book) | - | Sorry, {{r:Haneul}} was sick. | {{r:선화}} |
| 29 Jan | Room on the Broom | 1-14 | Excellent - {{r:Haneul}} noticed the rhymes. Is it ok if {{p:Amira}} borrows the book? | {{p:BW}} |
| 31 Jan | Room on the Broom | all | 선생님 네 괜찮습니다. {{p:아미라}} 주세요. | {{r:Son-hwa}} |
| 2 Feb | The Smartest Giant in Town | 1-10 | {{r:하늘}}이 대신 제가 씁니다 - 할머니({{p:김순덕}}) 생신이라 늦게 읽음 | {{r:리선화}} |
| 5 Feb | The Smartest Giant in Town | 10-end | {{r:Ha-neul}} asked what "giant" is in Korean. | {{p:BW}} |

Teacher's note on the back cover:
Dear Mrs {{r:Pak}} / Ms {{r:Lee}} - I know the school has you under {{r:Pak}} because of {{r:Ha-neul}}'s surname. Which would you like? {{r:Haneul}} is doing so well. All the {{u:Julia}} books ({{u:Julia Donaldson}}) are in the class library. - Mrs {{p:Bethany Wright}}

Reply: {{r:Lee}} is my name. {{r:Son-hwa Lee}}. {{r:Pak}} is {{r:Haneul}} father name. Thank you teacher. The sky today is very blue and {{r:Haneul}} is very happy.
""",
    },
    {
        "id": "h75-en-15",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Sin Yong-ae", "신영애", "witness", ["Shin Young-ae", "Yong-ae"]),
            ("Kim Jae-u", "김재우", "relative", ["Jae-u", "Kim Jae-woo"]),
        ],
        "note": "Hospital patient-advice (PALS) contact log about a former seafood-plant worker treated for tuberculosis; staff first names and initials, an interpreter agency booking name, surname Shin/Sin, husband's one-name reference 'Jae', the hospital and NHS bodies public.",
        "text": """PATIENT ADVICE AND LIAISON SERVICE - CONTACT LOG
Trust: {{u:St George's University Hospitals NHS Foundation Trust}}
Case: PALS/24/3391   Opened: 04/03/2024   Handler: {{p:Nadia Hussain}}
Patient: {{r:SHIN Young-ae}} (hospital no. withheld)   Contact: husband, Mr {{r:Kim Jae-woo}}

04/03 10:20 - Phone ({{p:NH}}). Mr {{r:Kim}} says his wife {{r:Yong-ae}} was discharged from the respiratory ward on 1 March with TB medication but nobody explained the tablets in Korean. He says the interpreter booked for the ward round did not come. {{r:Jae-u}} is worried because his wife worked for three years in a fish plant in {{u:China}} "where many women coughed blood and nobody was treated".
04/03 11:05 - Email to ward manager Sister {{p:Gemma Lloyd}}: please confirm interpreter booking for 28/02 ward round.
05/03 09:40 - Reply from {{p:Gemma}}: booking was made under the name "{{r:SIN Y}}" for 10:00; interpreter agency says the linguist, Mr {{p:Paek}}, attended at 10:30 and the ward round had finished. Dr {{p:Oyelaran}} (registrar) explained with a telephone interpreter instead.
05/03 14:15 - Call to Mr {{r:Kim}}: explained the above. He says the phone interpreter "spoke South Korean words my wife does not know". Mrs {{r:Sin}} understood that she must take the tablets "until she feels better" - she had stopped on day 3. Alerted TB nurse {{p:Kwabena}} urgently.
05/03 15:30 - TB nurse {{p:Kwabena Mensah}} ({{p:KM}}) home visit booked with face-to-face interpreter Ms {{p:Lee Hye-won}}. DOT (directly observed therapy) agreed.
12/03 10:00 - {{p:KM}} reports: {{r:Young-ae}} back on medication, taking it in front of him three times a week. She asked whether the hospital will tell "the embassy". Reassured: we do not share with any embassy. Husband {{r:Jae}} says his wife's co-workers in {{u:China}}, {{p:Ryu Kum-ok}} and {{p:Ham Sun-ja}}, may also be ill; they are still there.
15/03 - Compliments card received from {{r:Kim Jae-u}} and {{r:Sin Yong\u200b-ae}}: "Thank you {{p:Nadia}} and nurse {{p:Kwabena}}."
15/03 - Case closed. Learning: interpreter bookings must use the name on the hospital system, not a short form. Shared with {{u:NHS England}} interpreting lead. - {{p:N. Hussain}}
""",
    },
    {
        "id": "h75-en-16",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kye Ok-nyo", "계옥녀", "witness", ["Ok-nyo"]),
            ("So Pom-hui", "소봄희", "other", ["Pom-hui"]),
        ],
        "note": "Church-hall hire diary for a month, with bookers' names, a North Korean women's sewing group run by two registered women, a cancelled booking by a man who had followed one of them; surname So beside 'so', the title Auntie outside the name, initials in the keyholder column.",
        "text": """HALL HIRE DIARY - MAY 2024 (main hall + small room)
Bookings secretary: Mrs {{p:Pauline Dwyer}}. Keys from Mr {{p:Leonard Fisk}} (verger) unless stated.

Wed 1   10:00-12:00 small room  Toddler music - {{p:Kerry Mills}}           key: {{p:KM}}
Wed 1   19:00-21:00 main hall   Badminton - {{p:Ashok Verma}}               key: {{p:AV}}
Thu 2   13:00-16:00 small room  Sewing circle (Korean ladies) - Mrs {{r:Kye Ok-nyo}} / Ms {{r:So Pom-hui}}   key: {{r:SPH}}
Sat 4   14:00-18:00 main hall   Birthday party ({{p:Olivia}}, 7) - {{p:Sarah Grant}}   key: {{p:LF}}
Tue 7   18:30-20:00 small room  AA - contact {{p:Bill}}                      key: {{p:B.}}
Thu 9   13:00-16:00 small room  Sewing circle - Auntie {{r:Kye}}            key: {{r:SPH}}
         NOTE: {{r:Pom-hui}} rang - a man came to the door last week asking for "the {{r:Kye}} woman". He said he was her cousin. {{r:Ok-nyo}} says she has no cousin here. If he comes again do not let him in, ring {{r:Pom-hui}} on the number in the front of the diary. ({{p:PD}})
Sat 11  10:00-13:00 main hall   Jumble sale - {{u:Mothers' Union}}, {{p:Jean Harkness}}   key: {{p:LF}}
Thu 16  13:00-16:00 small room  Sewing circle - {{r:Kye}} / {{r:So}}       key: {{r:SPH}}
Thu 16  17:00-18:00 small room  BOOKING REQUEST by phone, "Mr {{p:Choe}}", for "a meeting with Mrs {{r:Kye}}". REFUSED, he gave no address. So I said the room was full. ({{p:PD}})
Sun 19  12:30-15:00 main hall   Korean church lunch - Pastor {{p:Jung}}  key: {{p:LF}}
Thu 23  13:00-16:00 small room  Sewing circle - {{r:Ok-nyo}}, {{r:Pom-hui}} + 6 ladies   key: {{r:SPH}}
         Quilt finished! Names sewn on the back: {{r:옥녀}}, {{r:봄희}}, {{p:금실}}, {{p:향미}}, {{p:순옥}}, {{p:정아}}, {{p:은심}}, {{p:명순}}. They would like to hang it in the hall. Ask PCC. ({{p:PD}})
Sat 25  CANCELLED - {{p:Sarah Grant}} party moved to 1 June
Thu 30  13:00-16:00 small room  Sewing circle - Auntie {{r:Kye}} unwell, {{r:So Pom-hui}} leading   key: {{r:SPH}}

Payments received May: {{p:Mills}} GBP 24, {{p:Verma}} GBP 40, {{p:Grant}} GBP 60 (deposit carried over), sewing circle - no charge (agreed by PCC, min. 12 Feb), AA GBP 15, {{p:Harkness}} - no charge, Korean church GBP 30.
""",
    },
    {
        "id": "h75-en-17",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Jon Chol-ho", "전철호", "witness", ["Chol-ho", "Jun Chul-ho"]),
            ("Kim Yong-sun", "김용순", "other", ["Yong-sun"]),
        ],
        "note": "Self-storage facility access-log export for a unit rented by a former worker, with gate PIN users and a dispute about a third person's access; surname Jon beside the name Jon, lower-case usernames, a broker with a first-name-only alias, CRLF.",
        "text": """ACCESS LOG EXPORT - Unit C-114 (25 sq ft)
Site: self-storage, {{u:Wembley}}   Exported by: {{p:Callum Price}}, store manager, 18/11/2023
Tenant: {{r:JON CHOL HO}} (ID: passport, alt. spelling {{r:JUN CHUL HO}})
Authorised users: {{r:jon.cholho}} (tenant), {{r:yongsun.kim}} ({{r:Kim Yong-sun}}, added 02/06/2023 by tenant)

Timestamp            | Gate PIN user      | Door | Event
2023-06-02 10:14:22  | {{r:jon.cholho}}         | C    | Unit opened
2023-06-02 10:51:09  | {{r:jon.cholho}}         | C    | Unit closed
2023-07-15 16:30:44  | {{r:yongsun.kim}}        | C    | Unit opened
2023-07-15 16:38:02  | {{r:yongsun.kim}}        | C    | Unit closed
2023-09-03 08:02:51  | {{r:yongsun.kim}}        | C    | Unit opened
2023-09-03 08:02:59  | (reception override) {{p:jon.d}} | C | Unit opened - override by staff "{{p:Jon D.}}"
2023-09-03 08:47:13  | {{r:yongsun.kim}}        | C    | Unit closed
2023-10-21 19:55:00  | {{r:jon.cholho}}         | GATE | PIN rejected (outside hours)
2023-10-22 09:03:31  | {{r:jon.cholho}}         | C    | Unit opened
2023-10-22 09:40:17  | {{r:jon.cholho}}         | C    | Unit closed - tenant reported items missing

Manager's note ({{p:C. Price}}):
Tenant Mr {{r:Jon}} came to reception on 22/10 and said a box of documents and a laptop were missing. He says the only other authorised user, Ms {{r:Kim}}, would not take them. He believes a man he knows as "Uncle {{p:Sang}}", who "handled the money" for workers sent to {{u:Russia}}, got the PIN from Ms {{r:Yong-sun}}'s phone. On 03/09 there was an override by staff member {{p:Jon D.}} ({{p:Jonathan Davies}}, no relation to the tenant, it is only the same name). {{p:Jonathan}} says a man with Ms {{r:Kim}} said the keypad was not working, and he opened the door for them. He did not ask the man's name. CCTV for 03/09 retained; police ref given to Mr {{r:Jon}} on 23/10.

Tenant's statement (typed by his NGO caseworker {{p:Leah Goldberg}}): "I am {{r:Chol-ho}}. In the box were my notebooks from {{u:Kuwait}} with the names of our team and what we were paid, and photos. {{r:Yong-sun}} is my friend's wife and she helped me move. I do not blame her. I blame {{p:Sang}}."
""",
    },
    {
        "id": "h75-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Choe Un-jong", "최은정", "witness", ["Un-jong", "은정"]),
            ("Ryu Myong-suk", "류명숙", "supervisor", ["Myong-suk", "유명숙"]),
            ("Choe Kwang-il", "최광일", "relative", ["Kwang-il"]),
            ("Kim Hye-ryon", "김혜련", "coworker", ["Hye-ryon", "혜련"]),
        ],
        "note": "Church testimony text (간증문), long running text: a former restaurant waitress in China tells her story at a Sunday service; particles glued to names, 동무, 언니, 지배인, 선생, 집사님, 씨 after names, the manager's surname in North and South forms (류/유), a given name alone, a brother's name inside '광일이 오빠', God and Bible names unmarked, the church invented; a nickname made from a place (연길 이모) labelled in its place part as the person.",
        "text": """주일 오후예배 간증 원고 (2023년 10월 15일)
간증자: {{r:최은정}} 자매
원고 정리: 교육부 {{p:한지민}} 전도사 / 검토: 담임 {{p:오세훈}} 목사님

할렐루야. 안녕하세요. 저는 {{r:최은정}}입니다. 이 교회에 온 지 이제 삼 년이 되었습니다. 처음 왔을 때 저는 맨 뒤에 앉아서 아무하고도 말을 안 했는데, 그때 제 옆에 말없이 앉아 주신 분이 {{p:박순옥}} 권사님이십니다. 권사님, 감사합니다.

저는 {{u:평안남도}} {{u:순천}}에서 태어났습니다. 아버지 {{p:최상훈}}은 탄광 기사였고, 어머니 {{p:장옥희}}는 인민반장이었습니다. 오빠가 한 명 있는데 이름이 {{r:광일}}입니다. {{r:광일}}이 오빠는 군대에 십 년 있다가 나와서 탄광에 들어갔습니다. 제가 {{u:중국}}에 간다고 했을 때 {{r:광일}} 오빠가 제일 반대했습니다. "{{r:은정}}아, 밖에 나가면 사람이 변한다" 하고요.

2015년 봄에 저는 {{u:평양}}에 있는 무역회사 소속으로 {{u:중국}} {{u:단둥}}에 있는 조선식당에 복무원으로 파견되었습니다. 같이 간 동무들이 열두 명이었습니다. 제일 친했던 동무는 {{r:김혜련}}이라는 동무였습니다. {{r:혜련}}이는 노래를 아주 잘했습니다. 식당에서 저녁마다 공연을 했는데, {{r:혜련}}이가 가야금을 타고 제가 노래를 불렀습니다. 다른 동무들 이름은 다 말씀 못 드리지만, {{p:옥별}}이, {{p:설경}}이, {{p:충심}}이 이런 동무들이 있었습니다. 지금도 그 동무들은 거기 있을지도 모릅니다.

식당 지배인은 {{r:류명숙}} 동지였습니다. 남쪽에서는 {{r:유명숙}}이라고 쓰겠지요. {{r:류명숙}} 지배인은 우리보다 열다섯 살 많았고, {{u:보위부}}에서 나온 {{p:남}} 선생이라는 남자와 함께 우리를 감시했습니다. 우리는 한 달에 {{u:중국}} 돈으로 천오백 원을 받기로 되어 있었는데, 실제로 손에 쥔 건 한 달에 이백 원, 어떤 달은 백 원이었습니다. 나머지는 "충성자금"이라고 {{r:류}} 지배인이 가져갔습니다. 손님이 팁을 주면 그것도 다 바쳐야 했습니다. 어느 날 제가 {{u:남조선}} 손님한테서 받은 오십 원짜리를 양말 속에 넣었다가 {{r:명숙}} 지배인한테 들켰습니다. 그날 밤 저는 총화 시간에 무릎을 꿇고 앉아 있었고, {{p:남}} 선생은 "{{r:최은정}} 동무는 사상이 썩었다"고 했습니다.

그때 저를 위해 울어 준 사람이 {{r:혜련}}이였습니다. {{r:혜련}}이가 밤에 제 이불 속으로 들어와서 "{{r:은정}}아, 우리 나중에 꼭 같이 살자" 그랬습니다.

2017년 가을에 식당에 자주 오던 조선족 아주머니가 있었습니다. 우리는 그분을 "{{p:연길}} 이모"라고 불렀습니다. 정말 이름은 지금도 모릅니다. {{p:연길}} 이모가 어느 날 화장실에서 저한테 작은 성경책을 쥐여 주었습니다. 저는 그게 뭔지도 몰랐습니다. 요한복음이라는 말이 제일 먼저 눈에 들어왔습니다. 다윗이나 모세 같은 이름들이 나오는데, 처음에는 다 {{u:중국}} 사람 이름인 줄 알았습니다. (웃음)

2018년 1월, 식당 문을 닫은 뒤에 저와 {{r:혜련}}이는 쓰레기를 버리러 나간다고 하고 뒷문으로 나갔습니다. {{p:연길}} 이모의 아들 {{p:리성철}} 씨가 차를 대고 기다리고 있었습니다. 우리는 그 차를 타고 {{u:심양}}으로 갔고, 거기서 다시 기차를 타고 남쪽으로, {{u:쿤밍}}까지 갔습니다. {{u:라오스}} 국경을 넘을 때 {{r:혜련}}이가 발목을 삐었습니다. 제가 {{r:혜련}}이를 업고 산을 넘었습니다. 지금 생각하면 제 힘이 아니었습니다.

{{u:태국}}에서 석 달을 기다렸습니다. 이민국 수용소에 있을 때 {{u:한국}} 선교사님 한 분이 면회를 오셨는데, {{p:정다윗}} 선교사님이셨습니다. 선교사님이 "{{r:은정}} 자매" 하고 부르셨을 때 저는 자매가 무슨 뜻인지도 몰랐습니다. 2018년 여름에 저희는 {{u:인천공항}}에 내렸습니다.

{{u:하나원}}을 나와서 저는 {{u:부천}}에, {{r:혜련}}이는 {{u:대구}}에 배정되었습니다. 처음 일 년은 매일 전화했습니다. 그런데 2020년에 {{r:혜련}}이가 전화를 안 받기 시작했습니다. 나중에 들으니 {{r:혜련}}이 어머니가 {{u:보위부}}에 불려 갔다는 소식을 듣고 많이 아팠다고 합니다. {{r:김혜련}}, 이 자리에 없지만 저는 오늘도 너를 위해 기도한다.

가장 힘든 것은 {{r:광일}}이 오빠 소식입니다. 작년에 브로커를 통해서 들은 말로는, 제가 탈북한 뒤에 오빠가 탄광에서 쫓겨나 {{u:함경북도}} 어느 농장으로 갔다고 합니다. 오빠 처 {{p:문향미}} 언니와 조카 {{p:최진혁}}이도 같이 갔다고 합니다. 제가 떠나서 가족이 벌을 받았습니다. 이 말을 하는 게 지금도 제일 어렵습니다.

작년 겨울 어느 날, 교회 주차장에서 {{p:김영수}} 집사님이 "{{r:은정}} 씨, 요즘 얼굴이 밝아졌어요" 하셨습니다. 그날 집에 가서 울었습니다. 밝아진 게 아니라, 그냥 익숙해진 것 같아서요. 그런데 {{p:영수}} 집사님 말이 맞았습니다. 주님이 저를 조금씩 바꾸고 계셨습니다.

저는 지금 요양보호사로 일하고 있습니다. 제가 돌보는 할머니 한 분이 {{u:황해도}}에서 피난 오신 분인데, 제 말투를 들으시고는 "아이고, 고향 사람 왔네" 하십니다. 그 할머니 성함은 {{p:한복례}} 할머니입니다. 할머니가 제 손을 잡으실 때마다 저는 어머니 생각이 납니다.

마지막으로 부탁드립니다. 제가 식당에서 같이 일했던 동무들, 지금도 {{u:중국}}과 {{u:러시아}}와 여러 나라에서 일하는 {{u:북한}} 노동자들을 위해 기도해 주십시오. 그리고 {{r:류명숙}} 지배인을 위해서도 기도해 주십시오. 저는 그분이 무서웠지만, 그분도 누군가에게 돈을 바쳐야 하는 사람이었습니다. 용서는 아직 다 못 했습니다. 하나님이 하시겠지요.

들어 주셔서 감사합니다.

※ 정리자 메모({{p:한지민}}): 영상 송출 시 간증자 얼굴은 모자이크, 이름은 "{{r:은정}} 자매"로만 표기. {{r:혜련}} 자매 관련 부분과 오빠 {{r:최광일}}, 올케 {{p:문향미}} 이름은 자막에서 삭제할 것. {{p:오세훈}} 목사님 확인 완료.
""",
    },
    {
        "id": "h75-ko-02",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jo Myong-chol", "조명철", "witness", ["Myong-chol"]),
            ("Ha Un-byol", "하은별", "other", ["Un-byol"]),
        ],
        "note": "Karaoke-room (노래방) booking book photographed by a former Russia construction worker; bookers written with 씨, 님, 군, 양, 사장님, 손님; a given name 은별 beside the word 별 and a song title; real singers public, song titles unmarked; phone tails as the only ID.",
        "text": """○○노래연습장 예약장부 (2024년 2월 - 사진 3장 중 2장째, 제보자 {{r:조명철}} 씨 제공)

날짜 | 시간 | 방 | 예약자 | 인원 | 연락처 | 비고
2/9(금) | 21:00 | 5번(대) | {{r:조명철}} | 8 | 010-****-4412 | {{u:러시아}} 같이 있던 형님들 모임. 서비스 30분
2/9(금) | 21:30 | 2번 | {{p:박정우}} 님 | 3 | 010-****-9017 |
2/10(토) | 20:00 | 7번 | {{p:김민재}} 군 외 | 5 | 010-****-2231 | 대학생, 신분증 확인함
2/10(토) | 22:00 | 5번(대) | {{r:하은별}} 양 | 6 | 010-****-0876 | 생일. 케이크 반입 OK
2/11(일) | 19:00 | 3번 | {{p:최}} 사장님 | 4 | - | 단골, 외상 (아래 참고)
2/14(수) | 20:30 | 5번(대) | {{r:명철}} 씨 | 10 | 010-****-4412 | 또 옴 ㅋ 형님들 + {{r:은별}} 씨 친구들
2/14(수) | 21:00 | 1번 | {{p:송하윤}} | 2 | 010-****-5540 | 커플
2/17(토) | 21:00 | 5번(대) | {{r:조}} 손님 | 12 | 010-****-4412 | 명절 모임. 의자 추가. 노래 리스트 부탁하심
2/18(일) | 18:00 | 4번 | {{p:문소희}} 님 | 3 | 010-****-3319 |

※ 2/17 {{r:조명철}} 손님 요청 리스트 (카운터 {{p:지현}}이가 받아 적음)
- {{r:명철}} 씨: {{u:나훈아}} '테스형!', '홍시'
- {{p:장용남}} 씨({{u:러시아}}에서 같이 일한 형님): '휘파람' - 반주기에 없음, 대신 '찔레꽃'
- {{p:석광호}} 씨: {{u:조용필}} '돌아와요 부산항에'
- {{r:은별}} 씨: '별빛이 내린다' (노래 제목에 별이 들어가서 고른 거라고 함 ㅎ)
- {{p:라영철}} 씨: 아무거나, 단 '반갑습니다'는 빼 달라고 함. 이유 물어보니 "그 노래는 거기서 너무 많이 불렀다"고
- 마지막 곡 단체: '우리의 소원'

※ 외상: {{p:최}} 사장님 2/11 45,000원 → 2/20 입금 확인 ({{p:지현}})
※ 2/17 밤 11시쯤 모르는 남자 한 명이 "{{r:조명철}}이 여기 있냐"고 물어봄. 5번방이라고 말 안 함. {{r:명철}} 씨한테 전해 드림. 본인이 "{{u:러시아}} 때 보위원 같다"고 함. CCTV 저장해 둠 - 사장 {{p:윤성구}}
""",
    },
    {
        "id": "h75-ko-03",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("An Song-ho", "안성호", "witness", ["Song-ho", "성호"]),
            ("Do Kyong-min", "도경민", "coworker", ["Kyong-min", "경민"]),
        ],
        "note": "Screen-golf booking export pasted by a former Kuwait construction worker who now works at the venue; surnames 안 and 도 as bare names beside the words 안 'not' and 도 'also', a zero-width space inside a registered name, fullwidth letters in a nickname, app nicknames built on names, a member ID that is not a name, a celebrity named only to say the boss is not him (public); CRLF.",
        "text": """[예약내역 내보내기] ○○스크린골프 2호점 / 기간 2024.04.01~04.07 / 출력자: 매니저 {{r:안\u200b성호}}

예약번호,일시,룸,예약자명,닉네임,인원,홀,결제,메모
R0401-03,04-01 19:00,3,{{p:정태민}},{{p:태민}}프로,4,18,현장,
R0401-05,04-01 21:00,5,{{r:도경민}},{{r:경민}}이형,2,9,선결제,직원지인 할인
R0402-01,04-02 10:00,1,{{p:이순자}},골프맘{{p:순자}},3,18,선결제,
R0403-02,04-03 20:00,2,{{p:한도윤}},{{p:ＤＯＹＵＮ}}＿Ｈ,4,18,현장,본인 포함 4명이라고 함
R0404-04,04-04 22:00,4,{{p:백승우}},user88231,2,9,현장,노쇼
R0405-01,04-05 18:30,3,{{r:도경민}},{{r:경민}}이형,4,18,현장,{{u:쿠웨이트}} 때 같이 일한 사람들이라고 함. {{p:길만수}} {{p:남궁혁}} 동반
R0406-02,04-06 13:00,5,{{p:오현주}},{{p:현주}}♡,2,18,선결제,
R0406-06,04-06 23:00,1,{{p:김철}},{{p:철}},1,9,현장,혼자 옴

[메모 - 매니저 {{r:성호}}]
- 4/5 {{r:도}} 씨 일행 중 {{p:길만수}} 씨가 계산할 때 "{{r:안}} 반장 여기서 일하네" 하고 웃음. {{u:쿠웨이트}}에서 내가 반장이었던 걸 아는 사람은 많지 않은데 {{r:경민}}이가 말한 것 같음. 안 좋은 건 아님.
- 4/6 23시 "{{p:김철}}" 손님은 닉네임이 그냥 "{{p:철}}". 혼자 와서 두 시간 치고 감. 옛날 얘기는 안 함. 누군지 모르겠음, 그냥 적어 둠.
- 사장님({{u:유재석}} 아님, 동명이인 아님, 그냥 {{p:유}} 사장님)께 보고함.

출력: {{r:An Song-ho}} / 2024-04-07 23:58
""",
    },
    {
        "id": "h75-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Song Chol", "송철", "witness", ["철", "Chol"]),
            ("Om Ji-hye", "엄지혜", "other", ["지혜", "Ji-hye"]),
        ],
        "note": "PC-bang member usage log printed for a caseworker; the witness has a one-syllable given name 철 and the surname 송 (a word-like syllable), logins built on his name (labelled in the name part only), a staff member's given name 지혜 that is also the word 'wisdom', a numeric member ID unmarked.",
        "text": """PC방 회원 이용내역 조회 (출력: 2024-06-03 02:14 / 야간 알바 {{r:엄지혜}})
조회 조건: 회원ID 검색어 "{{r:chol}}" / 기간 2024-05-27~06-02

회원ID | 이름 | 좌석 | 시작 | 종료 | 금액 | 비고
{{r:songchol}}84 | {{r:송철}} | 17 | 05-27 23:02 | 05-28 04:10 | 6,000 | 야간정액
{{r:chol}}_kim | {{p:김철}} | 22 | 05-28 15:30 | 05-28 17:45 | 3,000 |
{{r:songchol}}84 | {{r:송철}} | 17 | 05-29 22:48 | 05-30 05:00 | 6,000 | 야간정액
{{r:songchol}}84 | {{r:송철}} | 31 | 05-31 01:12 | 05-31 01:40 | 1,000 | ※ 본인 아님 (아래)
1002931 | {{p:박민혁}} | 31 | 05-31 01:45 | 05-31 06:00 | 5,000 |
{{r:songchol}}84 | {{r:송철}} | 17 | 06-01 23:10 | 06-02 04:55 | 6,000 | 야간정액

※ 메모 ({{r:지혜}})
5/31 새벽 1시쯤 {{r:송철}} 회원 아이디로 31번 자리에 로그인한 사람은 {{r:철}}이 오빠가 아니었음. 40대 남자, 처음 보는 얼굴. 카운터에 와서 "{{r:송철}}이 비번 알려 줘서 왔다"고 함. 28분 쓰고 나감. 뭘 했는지는 모름. 다음 날 {{r:철}}이 오빠한테 물어보니 비번 알려 준 적 없다고 함. 오빠가 "{{u:러시아}} 벌목장에서 같이 있던 {{p:곽}} 지도원 같다"고, CCTV 보여 달라고 해서 사장님 {{p:남기석}} 님 허락받고 보여 줌. 오빠가 얼굴 보고 한참 말을 안 함.

※ 사장님 메모 ({{p:남}})
경찰에 낼 거면 CCTV 원본 줄 수 있음. {{r:송}} 회원 비번 변경 완료. 지혜롭게 대처한 {{r:지혜}} 씨 시급 인상 ㅋ

※ 상담 선생님께: {{r:Song Chol}} 씨가 이 출력물을 저한테 부탁해서 드립니다. 오빠 이름 {{r:Chol}}이 영어로는 이렇게 쓴다고 해서 같이 적어요. - {{r:엄지혜}} 드림
""",
    },
    {
        "id": "h75-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yun Kum-sun", "윤금순", "witness", ["금순"]),
            ("Paek Son-hui", "백선희", "coworker", ["선희"]),
            ("Chae Ok-ju", "채옥주", "other", ["옥주", "옥자", "채옥자"]),
        ],
        "note": "Jjimjilbang locker-key register kept by the night cashier; former seafood-plant workers who live at the sauna between jobs; names with 님, 여사, 언니, 씨, 이모; a handwritten correction; the cashier's one-syllable sign-off; locker numbers not names.",
        "text": """○○불가마사우나 사물함 키 대장 (여탕 / 야간) - 2024년 1월 셋째 주

날짜 | 입장 | 키번호 | 성명 | 전화 끝 | 장기 | 퇴장 | 확인
1/15 | 22:10 | 여-214 | {{r:윤금순}} | 7730 | 장기(주) | - | {{p:희}}
1/15 | 22:40 | 여-215 | {{r:백선희}} | 1182 | 장기(주) | - | {{p:희}}
1/15 | 23:05 | 여-031 | {{p:서미란}} | 4410 | | 1/16 07:10 | {{p:희}}
1/16 | 21:50 | 여-216 | {{r:채옥주}} | 0923 | 1박 | 1/17 09:00 | {{p:희}}
1/16 | 23:30 | 여-102 | {{p:고은비}} | 5566 | | 1/17 06:40 | {{p:희}}
1/17 | 22:00 | 여-216 | {{r:채옥주}} → {{r:채옥자}}? | 0923 | 1박 | 1/18 08:30 | {{p:희}}
1/18 | 20:45 | 여-217 | {{p:마순영}} | 8841 | 장기(주) | - | {{p:희}}
1/19 | 22:15 | 여-214 | {{r:윤금순}} | 7730 | 연장 | - | {{p:희}}

특이사항 (야간 캐셔 {{p:박영희}})
- 214 {{r:윤금순}} 여사님, 215 {{r:백선희}} 씨는 같은 공장({{u:중국}} 수산물 공장)에서 일했던 사이라고 함. 둘 다 일자리 구할 때까지 주 단위로 있음. {{r:금순}} 이모가 {{r:선희}}를 딸처럼 챙김.
- 216 {{r:채옥주}} 님은 본인이 이름을 "{{r:옥자}}"라고 불러서 1/17에 {{r:옥자}}로 적었다가 신분증 보고 {{r:옥주}}로 고침. 화살표 표시가 그거임. {{r:옥주}} 씨는 {{r:금순}} 언니 소개로 왔다고 함.
- 1/18 217 {{p:마순영}} 손님은 본인이 "{{r:선희}}랑 {{r:금순}}이 여기 있는 거 어떻게 알았냐"는 질문에 대답 안 함. {{r:선희}} 씨가 많이 놀람. {{r:윤}} 여사님 말로는 {{p:마}} 씨가 "{{u:단둥}} 공장 관리원 마누라"라고.
- 1/19 {{r:금순}} 이모 연장하면서 "선생님들(상담소) 오면 이 장부 보여 줘도 된다"고 하심. 사장님 {{p:안}} 사장님 동의.
확인: {{p:희}}
""",
    },
    {
        "id": "h75-ko-06",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Hyon Myong-sun", "현명순", "witness", ["명순", "玄"]),
            ("Pong Su-nam", "봉수남", "witness", ["수남", "봉수나"]),
        ],
        "note": "Pottery-studio work-storage register for a weekly class for resettled North Korean women and men; names carved on the foot of pieces (as written, one misspelt), the teacher's initials, names with 님, 선생님, 어머님; a piece titled with a person's name; a place in a piece title.",
        "text": """흙과사람 공방 - 작품 보관 대장 (목요일 반 / 2023년 가을 학기)
강사: {{p:지은솔}} / 보조: {{p:탁하람}}

번호 | 작품 | 만든 사람 | 굽 새김 | 상태 | 찾아감
T-01 | 찻사발 2 | {{r:현명순}} | "{{r:명순}}" | 재벌 완료 | 11/30 본인
T-02 | 접시 | {{r:봉수남}} | "{{r:ㅂㅅㄴ}}" | 초벌 | -
T-03 | 달항아리(소) | {{r:현명순}} | "{{r:玄}}" | 재벌 완료, 금 감 | 보관
T-04 | 컵 4 | {{p:라정옥}} | "{{p:정옥}}" | 재벌 완료 | 12/7 딸 {{p:라은하}} 님
T-05 | 화분 | {{r:봉수남}} | "{{r:봉수나}}" (받침 빠짐) | 재벌 완료 | 보관
T-06 | 인형 "우리 {{p:명철}}이" | {{p:석금화}} | "{{p:석}}" | 초벌 | -
T-07 | 그릇 | {{p:엄태식}} | 없음 | 재벌 완료 | 12/14 본인

메모 ({{p:ㅈㅇㅅ}})
- T-03 {{r:명순}} 어머님 항아리 금 간 거 말씀드림. "괜찮아요, 우리 집도 금 갔어요" 하심.
- T-05 {{r:수남}} 선생님 굽에 "{{r:봉수나}}"라고 쓰셔서 웃음. 본인 말로는 {{u:러시아}} 벌목장 10년 있는 동안 자기 이름 쓸 일이 없어서 손이 잊어버렸다고.
- T-06 {{p:석금화}} 님 인형 제목이 "우리 {{p:명철}}이" - 북에 두고 온 아들 이름이라고 함. 초벌 후 이름 지워 달라고 하심. 대장에도 지워 달라고 하셨는데 대장은 내부용이라 그대로 둠, 외부 공유 금지.
- 다음 학기 전시 제목 후보: "{{u:두만강}}에서 {{u:한강}}까지" ({{p:탁하람}} 제안), "손의 기억" ({{r:현명순}} 님 제안)
""",
    },
    {
        "id": "h75-ko-07",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Kil Song-guk", "길성국", "witness", ["성국"]),
            ("Mun Kyong-ae", "문경애", "other", ["경애"]),
        ],
        "note": "Exam invigilator's incident report (부정행위 의심 경위서) from a care-worker licence exam; an examinee who had worked in Mongolia writes in the margin; seat numbers and examinee numbers are not names; surname 길 beside the word 길 'road'; 응시자, 감독관, 씨 after names; CRLF.",
        "text": """부정행위 의심 경위서

시험명: 제○○회 요양보호사 자격시험 (필기·실기)
시험장: ○○고등학교 3층 304호 / 일시: 2024년 2월 30일(토) ※ 원문 날짜 그대로. 실제 시행일은 2월 24일
작성자: 감독관 {{p:윤태경}} (정), {{p:홍수빈}} (부)

1. 대상 응시자
- 응시번호 24-0304-17, 성명 {{r:길성국}} (남, 1979년생)
- 응시번호 24-0304-18, 성명 {{r:문경애}} (여, 1982년생)

2. 경위
10:42경 부감독관 {{p:홍수빈}}이 {{r:길성국}} 응시자의 책상 위 수험표 뒷면에 글씨가 적혀 있는 것을 발견함. 확인 결과 문제와 관련된 내용이 아니라 "{{r:경애}} 씨 길 건너 편의점 앞 12시" 및 "{{p:장}} 반장 전화 X"라는 메모였음. {{r:길성국}} 응시자는 "시험 끝나고 옆자리 {{r:문경애}} 씨를 만나기로 한 약속 메모"라고 진술함. {{r:문경애}} 응시자도 같은 취지로 진술함.

두 응시자는 같은 교육원 수강생이며, 교육원에서 {{r:길}} 씨를 "{{u:몽골}} 아저씨"라고 부른다고 함({{r:문경애}} 진술). {{r:성국}} 씨는 {{u:몽골}} 건설 현장에서 일하다 왔다고 하였음.

"{{p:장}} 반장"이 누구냐는 질문에 {{r:길성국}} 응시자는 한참 머뭇거리다가 "{{u:몽골}}에 있을 때 반장이다. 요즘 자꾸 전화가 와서 받지 말라고 적어 둔 것"이라고 답함. 그 이상은 말하지 않았음.

3. 조치
수험표 뒷면 메모는 시험과 무관하다고 판단하여 부정행위로 처리하지 않음. 다만 규정에 따라 수험표 외 필기구 사용으로 구두 주의 조치함. 두 응시자 모두 시험을 끝까지 마침.

4. 기타
시험 종료 후 {{r:문경애}} 응시자가 감독관({{p:윤태경}})에게 "{{r:성국}} 오빠가 그 반장 때문에 많이 무서워한다, 어디 신고할 데가 있느냐"고 물어 와서, 관할 경찰서 신변보호 담당이나 지역 정착지원 기관에 문의하도록 안내함.

작성일: 2024. 2. 24.
정감독관 {{p:윤태경}} (서명)   부감독관 {{p:홍수빈}} (서명)
확인: 시험장 책임관리관 {{p:배진호}}
""",
    },
    {
        "id": "h75-ko-08",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Sok Kwang-ho", "석광호", "witness", ["광호"]),
            ("Ri Tong-chol", "리동철", "supervisor", ["동철", "이동철"]),
        ],
        "note": "Transcribed North Korean holiday-supply (명절공급) list from a construction dormitory in Russia, with 동무, 동지, 작업반장 and a handwritten note by the informant; names in North Korean spelling (리) and the informant's South Korean spelling (이); real leaders' names public; the holiday name unmarked.",
        "text": """[전사본] 2.16 명절공급 대상자 명단 - 제3작업반
(원본: 공책 1쪽, 제보자 {{r:석광호}} 씨가 2019년에 찍은 사진. 전사: {{p:채수정}})

위대한 령도자 {{u:김정일}}동지 탄생 77돐을 맞으며 조국에서 보내온 명절공급물자를 아래와 같이 분배함.

순번 | 이름 | 직위 | 술 | 담배 | 사탕과자 | 수표
1 | {{r:리동철}} | 작업반장 | 1 | 2 | 1 | {{r:리}}
2 | {{p:하명수}} | 부반장 | 1 | 2 | 1 | {{p:하}}
3 | {{r:석광호}} | 반원 | 1 | 1 | 1 | {{r:석}}
4 | {{p:주경철}} | 반원 | 1 | 1 | 1 | {{p:주}}
5 | {{p:엄영남}} | 반원 | - | 1 | 1 | {{p:엄}}
6 | {{p:방철진}} | 반원 | 1 | 1 | 1 | {{p:방}}
7 | {{p:위성일}} | 반원(병결) | - | - | 1 | (대리 {{r:석}})
8 | {{p:고명}} | 반원 | 1 | 1 | 1 | {{p:고}}

비고: 5번 {{p:엄영남}} 동무는 총화에서 비판받은 관계로 술 공급 제외 - 작업반장 {{r:리동철}}
비고: 7번 {{p:위성일}} 동무 병결, 사탕과자는 {{r:석광호}} 동무가 대리 수령

제보자 메모 (손글씨, 한국어로 {{r:석광호}} 씨가 씀):
"술 한 병, 담배 한 갑이 명절공급 전부. 그것도 {{r:동철}}이 반장이 중간에 두 병씩 빼 갔다. 명단에 2라고 써 있는 게 그거. {{p:엄영남}}이는 {{u:블라디보스토크}} 시장에서 {{u:러시아}} 여자랑 말했다고 비판받았다. {{p:위성일}}이는 그해 여름에 실려 갔다. 남쪽 이름으로 하면 {{r:이동철}} 반장이다. {{p:고명}}이는 이름이 외자라서 다들 '{{p:고명}} 동무'라고 다 붙여 불렀다."

전사자 주: '수표'란은 서명란(북한어). 성만 적힌 것은 본인 서명으로 보임. 원본에는 {{u:김정일}} 이름 부분이 굵은 글씨.
""",
    },
    {
        "id": "h75-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Pang Un-hye", "방은혜", "witness", ["은혜"]),
            ("Jong Kum-ok", "정금옥", "supervisor", ["금옥"]),
            ("Sol Mi-hyang", "설미향", "coworker", ["미향"]),
        ],
        "note": "Transcribed North Korean dormitory outing register (외출등록부) from a seafood plant in China: three-woman outing groups, group leaders marked (조장), return times, the minder's one-syllable signature; the witness's given name 은혜 is also the word 'grace' and appears both ways; surname 설 beside the holiday 설.",
        "text": """[전사] 외출등록부 (2016년 설 명절 기간) - {{u:중국}} {{u:요녕성}} ○○수산 조선인 녀성숙소
원본: 제보자 {{r:방은혜}} 씨가 몰래 찍은 사진 2장. 전사 {{p:마지원}} (2023.5.)

※ 외출은 3인 1조, 조장 책임. 조장은 ◎ 표시.

날짜 | 조 | 성명 | 행선 | 나감 | 들어옴 | 확인
2/7 | 1 | ◎{{r:정금옥}}, {{p:김설화}}, {{p:리순정}} | 시장 | 10:00 | 12:30 | {{p:최}}
2/7 | 2 | ◎{{p:하옥순}}, {{r:방은혜}}, {{r:설미향}} | 은행(송금) | 13:00 | 14:10 | {{p:최}}
2/8 | 1 | ◎{{r:정금옥}}, {{p:김설화}}, {{p:한봄}} | 병원({{p:리순정}} 동무 대신) | 09:30 | 11:50 | {{p:최}}
2/8 | 3 | ◎{{r:설미향}}, {{r:방은혜}}, {{p:도춘실}} | 시장 | 15:00 | 15:55 | {{p:최}}
2/9 | 2 | ◎{{p:하옥순}}, {{p:한봄}}, {{p:도춘실}} | 목욕탕 | 18:00 | 19:40 | {{p:최}}
2/10 | 3 | ◎{{r:설미향}}, {{r:방은혜}}, {{r:정금옥}} | 사진관 | 10:00 | 10:50 | {{p:최}}

※ 2/8 3조 55분 만에 들어옴 - 조장 {{r:설미향}} 동무 총화 때 비판. (원본 붉은 글씨)

제보자 설명 ({{r:은혜}} 씨 구술, 전사자 정리):
- "{{p:최}}"는 공장에 같이 나와 있던 보위원 {{p:최명길}}. 사인을 늘 성 한 글자로만 했다.
- {{r:정금옥}} 언니는 우리 숙소 책임자였다. {{r:금옥}} 언니가 조장이면 늘 제시간에 들어왔다.
- 2/8에 우리 조가 일찍 들어온 건 시장에서 {{u:한국}} 사람이 말을 걸어서 {{r:미향}}이가 겁이 나서 그냥 돌아온 것이다. 그런데도 비판받았다. "왜 일찍 왔냐, 누굴 만났냐" 하고.
- 2/10 사진관은 조국에 보낼 사진 찍으러 간 날. 그때 찍은 사진이 이거다. (사진 첨부 - 얼굴 가림 처리 요청)
- 나는 이 공장에서 은혜를 입은 건 없다. 이름만 {{r:은혜}}다. (웃음)
""",
    },
    {
        "id": "h75-ko-10",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ju Yong-nam", "주영남", "witness", ["영남"]),
            ("Mun Chang-ho", "문창호", "coworker", ["창호"]),
        ],
        "note": "Transcribed North Korean sick-call book (앓이신고대장) from a logging camp in the Russian Far East; the camp medic's initials, names with 동무 and 의사 선생; given name 창호 is also the word 'paper window' and appears once as the word; the medicine names unmarked; registered informant adds notes.",
        "text": """[전사] 앓이신고대장 - {{u:아무르주}} ○○벌목사업소 제2작업소 (2017년 12월분)
제보: {{r:주영남}} (당시 제2작업소 통계원). 전사·주석: {{p:노은솔}}

날짜 | 성명 | 증상 | 처치 | 작업 | 군의
12/2 | {{p:표성훈}} | 손가락 동상 | 붕대, 연고 | 계속 | {{p:ㄱ}}
12/4 | {{r:문창호}} | 열 39도, 기침 | 해열제 2알 | 계속 | {{p:ㄱ}}
12/5 | {{r:문창호}} | 열, 숨참 | 해열제 | 계속 (작업소장 지시) | {{p:ㄱ}}
12/9 | {{p:김승철}} | 허리 | 없음 | 계속 | {{p:ㄱ}}
12/11 | {{r:문창호}} | 피가래 | 페니실린 주사 1 | 휴식 1일 | {{p:ㄱ}}
12/15 | {{p:류강}} | 톱에 다리 베임 | 6바늘 꿰맴 | 휴식 3일 | {{p:ㄱ}}
12/20 | {{r:주영남}} | 설사 | 숯가루 | 계속 | {{p:ㄱ}}
12/27 | {{r:문창호}} | (기재 없음) | 후송 | - | {{p:ㄱ}}

제보자 주 ({{r:영남}} 씨):
"{{p:ㄱ}}"은 군의 {{p:곽성진}}이다. 의사 선생이라고 불렀지만 의학 공부를 제대로 한 사람이 아니었다. {{r:창호}}는 12월 내내 기침을 했는데 작업소장 {{p:태명호}} 동지가 계획 때문에 쉬게 하지 않았다. 27일에 {{r:문창호}} 동무는 트럭에 실려 {{u:틴다}} 쪽으로 갔다. 그 뒤로 못 봤다. 누가 {{r:창호}}가 {{u:평양}}으로 갔다고 했고, 누구는 죽었다고 했다.

전사자 주: 원본 공책 표지 안쪽에 "창호지 바르듯 붙여 놓고 살자"라는 낙서가 있음(누가 썼는지 모름). 12/20 {{r:주영남}} 본인 기록은 본인이 직접 씀.
""",
    },
    {
        "id": "h75-ko-11",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yom Hye-song", "염혜송", "witness", ["혜송"]),
            ("Nam Kwang-chol", "남광철", "other", ["광철"]),
        ],
        "note": "Korean criminal-court witness summons with the postal service report attached; the defendant is a broker (registered), the witness a former worker; judge, clerk and mail carrier private; the summons refers to a law (public) and the court (public); 피고인, 증인, 귀하 outside the names; an initial-only recipient on the service report.",
        "text": """{{u:서울남부지방법원}}
증 인 소 환 장

사    건   2024고단1187 사기 등
피 고 인   {{r:남광철}}
증    인   {{r:염혜송}} 귀하

위 사건에 관하여 증인으로 신문하고자 하니 2024. 7. 3. 14:00에 이 법원 제407호 법정에 출석하시기 바랍니다.

※ 정당한 사유 없이 출석하지 아니하는 경우에는 {{u:형사소송법}} 제151조에 따라 500만 원 이하의 과태료에 처하거나 구인할 수 있습니다.
※ 신변 안전이 우려되는 경우 재판부에 신변보호 또는 비공개 신문을 신청할 수 있습니다.

2024. 5. 28.
판사 {{p:도윤희}}
법원주사 {{p:채민수}} (전화 02-○○○○-○○○○)

-----------------------------------
송 달 보 고 서
송달서류: 증인소환장 (2024고단1187)
송달받을 사람: {{r:염혜송}}
송달장소: {{u:서울}} ○○구 ○○로 ○○, 302호
송달일시: 2024. 5. 31. 11:20
송달방법: ☐ 본인 ☑ 동거인에게 교부(사무원·피용자·동거인)
수령인: {{p:염}}○○ (관계: 딸) 서명 "{{p:염ㅈ}}"
우편집배원: {{p:구본석}}

-----------------------------------
[상담기록 메모 - {{p:석하늘}} 상담사]
6/3 {{r:혜송}} 씨 내방. 소환장 받고 많이 불안해함. 피고인 {{r:남광철}}은 {{r:혜송}} 씨가 {{u:중국}}에서 나올 때 돈을 받고 "{{u:한국}} 가면 일자리 준다"고 했던 브로커. {{u:한국}} 와서도 "정착금에서 갚아라"며 천만 원을 가져감. {{r:남}} 씨 쪽 사람이 집에 찾아올까 걱정. 딸 {{p:지수}}가 소환장을 대신 받았는데 "엄마 왜 법원 가?" 물어서 대답 못 했다고 함.
→ 재판부에 비공개 신문·신변보호 신청서 작성 지원. 담당 경찰관 {{p:홍정민}} 경사에게 연락함. {{r:염혜송}} 씨 동의받음.
""",
    },
    {
        "id": "h75-ko-12",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Chu Ye-jin", "주예진", "relative", ["예진"]),
            ("Chu Song-mi", "주송미", "witness", ["송미"]),
        ],
        "note": "Daycare medication request forms (투약의뢰서) for a former worker's child and classmates, with the teacher's check initials; child's name with the vocative 아/야 and in '<child> 엄마', the mother signing; a child pet name used like a name (똘이); the medicine brand unmarked.",
        "text": """○○어린이집 투약의뢰서 (새싹반) - 2024년 11월 4일(월)

※ 보호자가 작성, 담임이 투약 후 확인

원아명 | 증상 | 약 종류 | 용량 | 투약 시간 | 보관 | 의뢰자 | 투약자 확인
{{r:주예진}} | 기침, 콧물 | 물약(시럽) | 5ml | 점심 후 | 냉장 | 엄마 {{r:주송미}} | {{p:ㅎㅅ}} 12:40
{{p:배하준}} | 열 | 해열제 | 4ml | 38도 이상 시 | 실온 | 아빠 {{p:배성훈}} | - (열 안 남)
{{p:오시우}} | 장염 | 가루약 | 1포 | 점심 후 | 실온 | 엄마 {{p:김다혜}} | {{p:ㅎㅅ}} 12:45
{{p:똘이}}({{p:노은찬}}) | 피부염 | 연고 | 적당량 | 낮잠 후 | 실온 | 할머니 {{p:노정숙}} | {{p:ㅈㅁ}} 15:10

[연락장 - {{r:예진}}이 엄마 → 선생님]
선생님 안녕하세요 {{r:예진}}이 엄마예요. {{r:예진}}이가 주말에 기침을 많이 해서 약 보냈어요. 밥 먹고 꼭 먹여 주세요. 그리고 혹시 저 말고 다른 사람이 {{r:예진}}이 데리러 오면 절대 보내지 마세요. 특히 "{{p:송철민}}"이라는 남자요. 저 {{u:중국}}에 있을 때 알던 사람인데 요즘 연락이 와요. 사진 붙여 놓을게요. - {{r:주송미}}

[선생님 답장 - 담임 {{p:한서연}}]
{{r:예진}}이 어머님, 약 잘 먹였어요. {{r:예진}}아 하니까 "네!" 하고 씩씩하게 먹었어요 😊 말씀하신 분은 원장님({{p:정미경}})께도 말씀드렸고, 등하원 명단에는 어머님과 {{p:노정숙}} 할머님... 아 죄송해요, 그건 {{p:은찬}}이네요. 어머님 명단에는 어머님({{r:송미}} 님)과 이모 {{p:주송희}} 님 두 분만 있어요. 두 분 외에는 안 보냅니다. 걱정 마세요.

[엄마 답장] 감사합니다 선생님 🙏 {{p:송희}}는 제 동생이에요. 괜찮아요.
""",
    },
    {
        "id": "h75-ko-13",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ha Ji-u", "하지우", "relative", ["지우"]),
            ("Kang Mi-ran", "강미란", "witness", ["미란"]),
        ],
        "note": "Academy shuttle-bus boarding list kept by the driver and the escort teacher; children listed by name with 군 and 양, parents' phone tails, a name with a zero-width joiner pasted from a messenger, the driver's note about an unknown man asking for a child of a former restaurant worker; the child's surname 하 beside the laugh 하하; CRLF.",
        "text": """○○수학학원 차량 탑승 명단 - 2호차 (하원 18:10 출발)
기사: {{p:변상훈}} / 동승 선생님: {{p:윤다솜}}
날짜: 2024-09-12(목)

순 | 이름 | 학년 | 내리는 곳 | 보호자 연락 | 탑승 | 하차
1 | {{p:김도현}} 군 | 초4 | ○○아파트 정문 | 모 ****-2210 | ✔ | ✔
2 | {{p:이서아}} 양 | 초3 | ○○아파트 정문 | 모 ****-7821 | ✔ | ✔
3 | {{r:하\u200d지우}} 양 | 초5 | 시장 앞 | 모({{r:강미란}}) ****-5530 | ✔ | ✔ (엄마 마중)
4 | {{p:박준서}} 군 | 초5 | 시장 앞 | 부 ****-0098 | 결석 |
5 | {{p:최유나}} 양 | 초4 | 교회 앞 | 조모 ****-3301 | ✔ | ✔
6 | {{p:류건}} 군 | 초6 | 교회 앞 | 모 ****-6672 | ✔ | ✔

메모 (동승 {{p:윤다솜}}):
- 3번 {{r:지우}} 이름 복사해서 붙였더니 글자 사이에 이상한 공백이 들어감. 시스템 문제인 듯.
- 17:55 학원 앞에서 40대 남자가 "{{r:하지우}} 어느 차 타냐, 내가 삼촌이다"라고 물어봄. 안 알려 줌. {{r:지우}} 양이 "삼촌 없어요" 하고 하하 웃음. 남자 그냥 감.
- 시장 앞에서 {{r:지우}} 어머니({{r:강미란}} 님)께 말씀드리니 얼굴이 하얘지심. 어머님 말씀: {{u:러시아}} 식당에서 같이 일한 사람들 중에 "{{p:하}} 씨 성 가진 사람"이 찾는다는 얘기를 들었다고. {{r:지우}} 아빠 쪽 친척은 {{u:한국}}에 없다고 하심.
- 원장님 {{p:표진아}} 님께 보고. 내일부터 {{r:하지우}} 양은 어머님 직접 인계만.

기사 메모 ({{p:변}}): 남자 차량 번호 못 봄. 검은 점퍼, {{u:경상도}} 말씨 아님, {{u:북한}} 말투 비슷.
""",
    },
    {
        "id": "h75-ko-14",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Tak Yong-su", "탁영수", "witness", ["영수"]),
            ("Tak Song-gil", "탁성길", "relative", ["성길"]),
        ],
        "note": "Chuseok grave-mowing service order list (벌초 대행) from a local forestry cooperative; deceased ancestors with 故 and 공/씨/유인 titles outside; a former worker who found his grandfather's brother's grave in the South; applicants, contractors and the contractors private; a woman recorded only by clan seat and surname (김해 김씨): the surname labelled, the clan seat not a place mention; a mountain and the reunion centre public.",
        "text": """2024년 추석 벌초 대행 신청 접수 목록 (○○면 일대) - 접수 담당 {{p:곽은지}}

접수 | 신청인 | 연락처 | 묘소 위치 | 봉분 수 | 묘주(고인) | 비용 | 작업자
B-031 | {{p:임정호}} | ****-2381 | ○○리 산 14 | 2 | 故 {{p:임상규}}, 故 {{p:김순례}} | 180,000 | {{p:석}} 팀장
B-032 | {{p:안혜숙}} | ****-7719 | ○○리 산 22-1 | 1 | 故 {{p:안병철}} | 100,000 | {{p:석}} 팀장
B-033 | {{r:탁영수}} | ****-0412 | {{u:천마산}} 북쪽 사면, 좌표 첨부 | 1 | 故 {{r:탁성길}} 공 | 150,000 (위치 확인 필요) | {{p:마}} 반장
B-034 | {{p:서동민}} | ****-5520 | △△리 가족묘 | 4 | 故 {{p:서만석}} 외 3기 | 320,000 | {{p:마}} 반장
B-035 | {{p:나은주}} | ****-9004 | ○○리 산 3 | 1 | 유인 김해 {{p:김}}씨 | 100,000 | {{p:석}} 팀장

B-033 특이사항 (접수자 메모):
신청인 {{r:탁영수}} 님은 {{u:북한}}에서 오신 분으로, {{u:러시아}} 벌목장에서 일하다 {{u:한국}}에 오셨다고 함. 할아버지의 동생 되시는 {{r:탁성길}} 님(6·25 때 남쪽으로 내려오심, 1998년 별세)의 묘를 작년에 {{u:이산가족정보통합센터}}를 통해 찾았다고 함. 비석에 "{{r:탁성길}}지묘", 옆에 부인 "유인 평산 {{p:신}}씨"라고 되어 있다고 함. {{r:영수}} 님 말씀: "할아버지가 북에서 늘 {{r:성길}}이 얘기를 하셨다. 살아서 못 만났으니 풀이라도 깎아 드리고 싶다."
현장 확인은 {{p:마}} 반장님({{p:마동구}})이 9/2에 신청인과 동행. 9/2 결과: 봉분 찾음. 비석에 손자 이름으로 "{{p:탁민호}}" 새겨져 있음 - 남쪽 친척으로 보임. {{r:영수}} 님께 알려 드렸더니 한참 우심.
""",
    },
    {
        "id": "h75-ko-15",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kwak Chol-su", "곽철수", "witness", ["철수"]),
            ("Kwak Un-gyong", "곽은경", "relative", ["은경"]),
            ("Sin Tae-gil", "신태길", "supervisor", ["태길"]),
        ],
        "note": "Water-purifier rental technician's visit schedule with customer notes; a former Kuwait worker and his wife are customers, his former site boss appears as a 'referral' customer; names with 고객님, 님, 사장; a name split by the app into surname and given name columns; the rental company invented.",
        "text": """[방문 일정] 정수기 케어 - 담당 {{p:엄지수}} 매니저 / 2024.03.11(월)

시간 | 고객명 | 주소(동) | 제품 | 작업 | 비고
09:30 | {{p:조은비}} 고객님 | ○○동 | 냉온정수기 | 필터 교체 | 강아지 있음
10:40 | {{r:곽}} / {{r:철수}} | △△동 | 직수형 | 정기 점검 | 부인 {{r:곽은경}} 님 연락처로 연락
11:50 | {{p:노명자}} 고객님 | △△동 | 얼음정수기 | 고장 접수 |
13:30 | {{p:민경호}} 고객님 | ○○동 | 직수형 | 신규 설치 | 추천인: {{r:신태길}}
15:00 | {{r:신태길}} 고객님 | □□동 | 냉온정수기 | 필터 교체 | 추천 3건 달성 - 사은품
16:20 | {{p:윤하진}} 고객님 | □□동 | 직수형 | 해지 회수 |

[방문 메모]
10:40 {{r:곽철수}} 고객님 댁: 점검 중에 고객님이 "{{r:신태길}}이라는 사람이 이 회사 고객이냐"고 물으심. 개인정보라 말씀 못 드린다고 함. 고객님 말씀으로는 {{r:신}} 사장이 {{u:쿠웨이트}} 건설 현장에서 자기 작업반 반장이었고, 월급을 다 떼어 먹었다고. 그 사람이 {{u:한국}}에 와서 정수기 영업 추천인으로 자기 이름을 쓴 걸 보고(추천인 문자에 {{r:신태길}}이라고 찍혀 옴) 놀라셨다고 함. 부인 {{r:은경}} 님이 옆에서 "여보, 그만해요" 하심.
15:00 {{r:신태길}} 고객님 댁: 사은품 전달. 고객님이 "{{r:곽철수}}네 집도 가냐"고 물으심. 대답 안 함. {{r:태길}} 고객님이 "{{r:철수}}한테 안부 전해 달라"고 하심. 전하지 않기로 함.
→ 팀장님({{p:하경민}})께 보고: 두 고객 간 분쟁 가능성. 추천인 정보 노출 문제. {{r:곽}} 고객님 추천인 문자 수신 차단 요청함.
""",
    },
    {
        "id": "h75-ko-16",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ryom Ha-ram", "렴하람", "relative", ["하람", "염하람"]),
            ("Ryom Chol-jin", "렴철진", "witness", ["철진", "염철진"]),
        ],
        "note": "Sunday-school talent-market point sheet (달란트 적립표) with children's names, the teacher's initials and a father's note; the child's surname in the North (렴) and South (염) forms, a child known by an English name, Bible names unmarked, given names with 이 inside a list.",
        "text": """○○교회 유년부 달란트 적립표 - 3월 (사랑반)
담당: {{p:천수아}} 선생님 / 보조: {{p:임다은}}

이름 | 3/3 | 3/10 | 3/17 | 3/24 | 3/31 | 합계 | 비고
{{p:권하윤}} | 3 | 3 | 2 | 3 | 3 | 14 |
{{r:염하람}} | 2 | 3 | 3 | 3 | 3 | 14 | 요절 암송 ★
{{p:문시온}} | 3 | 1 | - | 3 | 2 | 9 |
{{p:Joshua}} ({{p:진주원}}) | 3 | 3 | 3 | - | 3 | 12 | 영어 이름으로 불러 달라고 함
{{p:탁은우}} | - | 2 | 3 | 3 | 3 | 11 |
{{p:소이안}} | 1 | 2 | 2 | 2 | 3 | 10 | 새친구 3/3

※ 3/24 요절: 다윗과 골리앗 - {{r:하람}}이가 제일 먼저 외움. "다윗이 작아도 이겼어요!"
※ 3/31 달란트 시장: {{r:하람}} 14개로 필통, {{p:하윤}} 14개로 인형, {{p:Joshua}} 12개로 사탕.

[학부모 연락 - {{r:하람}} 아빠 {{r:렴철진}} 님, 3/31]
선생님, {{r:하람}}이 이름이 교회 명단에는 "{{r:염하람}}"으로 되어 있는데 원래는 "{{r:렴하람}}"입니다. 북에서는 렴으로 씁니다. 주민등록은 {{r:염}}으로 했지만 아이가 할머니 성 따라 쓰고 싶다고 해서요. 아무거나 괜찮습니다. 그리고 부활절 사진에 {{r:하람}}이 얼굴 나오는 건 괜찮은데 제 이름은 빼 주세요. 저는 {{u:중국}} 공장에서 나온 사람이라 아직 조심합니다. - {{r:철진}}
[답장 - {{p:ㅊㅅㅇ}}] 네 아버님, {{r:렴하람}}으로 고쳐 둘게요. 사진에 아버님 성함은 안 넣겠습니다.
""",
    },
    {
        "id": "h75-ko-17",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Jon Song-hui", "전성희", "witness", ["성희"]),
            ("Kim Tae-ung", "김태웅", "relative", ["태웅"]),
            ("Ri Kum-hyang", "리금향", "coworker", ["금향", "이금향"]),
        ],
        "note": "Wedding-guest chartered bus list (하객 버스 탑승 명단) for a former restaurant worker's wedding; bride's side and groom's side, guests with 씨, 님, 언니, 이모 and a fullwidth-letter name typed on a phone; a co-worker from the restaurant in Cambodia in two spellings; the bus company invented; half the line breaks CRLF.",
        "text": """신부측 하객 버스 탑승 명단 (45인승 1대) - 2024.10.19(토) 09:00 출발
출발: ○○역 3번 출구 앞 / 도착: ○○웨딩홀 / 인솔: 신부 친구 {{p:하소연}}
신랑 {{r:김태웅}} ♥ 신부 {{r:전성희}}

번호 | 이름 | 관계 | 연락처 | 탑승 확인
1 | {{p:하소연}} | 친구(인솔) | ****-1188 | ✔
2 | {{r:리금향}} | {{u:캄보디아}} 식당 같이 일한 언니 | ****-5071 | ✔
3 | {{p:조미옥}} | {{u:하나원}} 동기 | ****-3320 | ✔
4 | {{p:정순애}} 이모 | 교회 | ****-7741 | ✔
5 | {{p:정순애}} 이모 남편 {{p:박병철}} 님 | 교회 | - | ✔
6 | {{p:ＹＵＮＡ ＫＩＭ}} | 회사 동료 | ****-9012 | ✔
7 | {{p:성지민}} | 회사 동료 | ****-4401 | 불참(연락 옴)
8 | {{p:류은심}} | 상담 선생님 | ****-2256 | ✔
9 | {{p:마경진}} 씨 | 동네 언니 | ****-8830 | ✔

메모 (인솔 {{p:소연}}):
- {{r:금향}} 언니는 이름을 {{r:이금향}}으로 적어 달라고 했는데 신부가 명단에 {{r:리금향}}으로 넣음. 그대로 둠.
- {{r:성희}}가 부탁한 것: 버스에서 "{{u:캄보디아}}"나 "식당" 얘기 하지 말 것. 신랑 쪽 어른들은 {{r:성희}}가 {{u:프놈펜}} 식당에 있었던 거 모름. {{r:태웅}} 씨만 앎.
- 10:20 휴게소에서 {{p:조미옥}} 씨가 {{r:금향}} 언니한테 "{{p:명옥}}이 소식 들었냐"고 물음. {{r:금향}} 언니가 울어서 잠깐 출발 늦어짐. ({{p:명옥}}은 식당에서 같이 있다가 못 나온 사람이라고 함.)
- 식 끝나고 {{r:전성희}}, {{r:김태웅}} 부부가 버스까지 와서 인사함. 신부가 {{r:금향}} 언니 손 잡고 한참 있음.
""",
    },
    {
        "id": "h75-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pak Chol-ung", "박철웅", "witness", ["Пак Чер Ун", "Чер", "Черчик", "Chol-ung"]),
            ("Kim Song-dok", "김성덕", "supervisor", ["Ким Сон Дек", "Ким"]),
        ],
        "note": "Russian minibus (маршрутка) driver's fare notebook, photographed pages with an NGO's Korean translation notes; Russian case endings kept inside (Пака, Киму), a Russian diminutive for a registered worker, the driver and dispatcher private, the brigade leader as бригадир Ким; route towns public.",
        "text": """[사진 전사] 마르쉬루트카 기사 수첩 - 노선 {{u:Артём}} → стройка (ул. ○○), 2019년 10월
제공: {{r:박철웅}} 씨 (2023년 면담 때 제공, 기사 {{p:Виктор}} 씨가 귀국 선물로 줬다고 함)

Дата | Кто | Сколько | Отдал?
01.10 | корейцы 12 чел., бригадир {{r:Ким}} | 12×60 | да, {{r:Ким}} за всех
03.10 | корейцы 11 чел. + {{r:Пак}} с рукой (в больницу) | 11×60 + 100 | {{r:Ким}} отдал только 660, за {{r:Пака}} нет
04.10 | {{r:Пак Чер Ун}} обратно из больницы | 100 | в долг
08.10 | корейцы 12 чел. | 12×60 | да
15.10 | {{r:Чер}} один, в аптеку | 100 | в долг
21.10 | {{r:Черчик}} (так его {{p:Люда}} зовёт) | 100 | отдал 50 сигаретами ха
31.10 | {{r:Киму}} сказал: долг {{r:Пака}} 250 руб. | - | {{r:Ким}} сказал "не знаю его"

Диспетчер {{p:Людмила Петровна}} - позвонить насчёт {{r:Кима}}.

[번역·메모 - {{p:천유리}}]
- 10/3: {{r:철웅}} 씨가 손을 다친 날. 반장 {{r:김성덕}}이 병원비 차비 100루블을 안 내서 기사 {{p:Виктор}}({{p:빅토르}})가 외상으로 달아 둠.
- "{{r:Черчик}}"는 '철'을 러시아식 애칭으로 부른 것. 배차 담당 {{p:Люда}}({{p:류드밀라}}) 아주머니가 그렇게 불렀다고 {{r:철웅}} 씨가 말함.
- 10/31: 기사가 {{r:김성덕}}에게 {{r:철웅}} 씨 외상 250루블을 말하자 {{r:김}} 반장이 "모른다"고 함. {{r:철웅}} 씨 말로는 그 뒤에 {{r:김}} 반장한테 "{{u:러시아}} 사람이랑 친하게 지낸다"고 비판받음.
""",
    },
    {
        "id": "h75-mixed-02",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Han Yong-ho", "한영호", "witness", ["هان يونغ هو", "هان", "Yong-ho"]),
            ("Sim Kwang-chol", "심광철", "supervisor", ["شيم", "Sim"]),
        ],
        "note": "Kuwaiti phone-shop mobile top-up receipt list (Arabic/English) with a Korean explanation; a worker's name in Arabic script and Latin, the Arabic prefix و outside the name, السيد outside, a supervisor topping up on the workers' behalf; the operators as companies are public; CRLF.",
        "text": """إيصالات شحن الرصيد - محل ○○ للهواتف، {{u:الجهراء}}
TOP-UP RECEIPTS (copies kept by shop) - March 2019

رقم | التاريخ | الاسم / Name | الشبكة | المبلغ (د.ك) | ملاحظة
0311 | 02/03 | {{r:هان}} / {{r:HAN YONG HO}} | {{u:Zain}} | 2.000 |
0312 | 02/03 | {{p:Ali}} (camp driver) | {{u:Ooredoo}} | 5.000 |
0340 | 09/03 | السيد {{r:شيم}} و{{r:هان}} | {{u:Zain}} | 4.000 | paid by {{r:Sim}} for 2 numbers
0355 | 16/03 | {{r:SIM}} | {{u:Zain}} | 10.000 | 5 cards, "for my team"
0381 | 23/03 | {{r:هان يونغ هو}} | {{u:Zain}} | 0.500 | smallest card
0399 | 30/03 | {{p:راجو}} / {{p:RAJU}} | {{u:stc}} | 1.000 |

[설명 - 제보자 {{r:한영호}} 씨, 통역 {{p:유다인}}]
"{{r:심광철}} 반장이 '팀 전화비'라고 카드를 사 와서 나눠 줬는데, 그 돈은 다음 달 월급에서 두 배로 뺐다. 3월 16일 10디나르가 그거다. 나는 몰래 0.5디나르짜리를 사서 집에 연락하려고 했다. 가게 주인 {{p:아부 칼리드}}가 영수증에 아랍어로 내 이름을 써 줬다. {{r:심}} 반장은 그 영수증을 보고 내 전화를 압수했다."
""",
    },
    {
        "id": "h75-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Chung-il", "리충일", "witness", ["李忠日", "충일", "小李"]),
            ("Kang Yong-sil", "강영실", "coworker", ["姜英实", "영실", "小姜"]),
        ],
        "note": "Chinese internet-cafe (网吧) real-name registration log with a Korean note; North Korean workers registered under Chinese character names (listed as aliases), Chinese forms of address labelled whole (小李, 老板娘 unmarked as a bare title), the cafe owner private, a temporary card number not a name.",
        "text": """网吧实名登记本 (临时上网卡) - {{u:丹东}}市 ○○网吧 - 2018年7月
(사진 전사, 제보자 {{r:리충일}} 씨 제공)

日期 | 姓名 | 证件 | 卡号 | 时段 | 登记人
7/3 | {{p:王磊}} | 身份证 | 0412 | 20:00-23:00 | {{p:周}}
7/5 | {{r:李忠日}} | 无 ({{u:朝鲜}}, 厂里担保) | 临-07 | 22:10-22:50 | {{p:周}}
7/5 | {{r:姜英实}} | 无 (同上) | 临-08 | 22:10-22:50 | {{p:周}}
7/9 | {{r:李忠日}} | 无 | 临-07 | 21:30-22:00 | {{p:周}}
7/12 | {{p:刘建国}} | 身份证 | 0377 | 19:00-01:00 | {{p:周}}

备注 (老板 {{p:周红梅}}): {{r:小李}}说他们工厂不让出来，每次只能半小时。厂里的{{p:崔经理}}来问过有没有朝鲜人来上网，我说没有。

[메모 - 전사 {{p:길하늘}}]
{{r:충일}} 씨 설명: "7월 5일에 {{r:영실}} 동무랑 같이 처음 가서 {{u:한국}} 드라마를 봤다. 주인 아주머니({{p:周}} 사장)가 우리를 '{{r:小李}}', '{{r:小姜}}'이라고 불렀다. 7월 12일 뒤로는 {{p:崔}} 경리({{u:중국}} 쪽 관리자)가 눈치채서 다시 못 갔다."
""",
    },
    {
        "id": "h75-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Yun Chol-hak", "윤철학", "witness", ["Юн Чер Хак", "Юн", "철학"]),
            ("Tong Myong-il", "동명일", "coworker", ["Тон Мён Ир", "Тон"]),
        ],
        "note": "Russian dormitory bed-linen issue register (журнал выдачи постельного белья) with Korean annotations; registered workers in Cyrillic (case endings inside: Юну, Тона), the commandant signing with initials, a given name 철학 that is also the word 'philosophy' used both ways; the building contractor invented.",
        "text": """ЖУРНАЛ ВЫДАЧИ ПОСТЕЛЬНОГО БЕЛЬЯ - общежитие № 2 (корейская бригада), {{u:Хабаровск}}
Комендант: {{p:Сорокина Т.В.}}

№ | Дата | Ф.И.О. | Комн. | Выдано | Подпись | Сдано
14 | 05.11.2018 | {{r:Юн Чер Хак}} | 3 | простыня, наволочка, одеяло | {{r:Юн}} |
15 | 05.11.2018 | {{r:Тон Мён Ир}} | 3 | простыня, наволочка | {{r:Тон}} | одеяло не хватило
16 | 05.11.2018 | {{p:Ри Сон Чер}} | 4 | простыня, наволочка, одеяло | {{p:Ри}} |
17 | 19.11.2018 | {{r:Тон Мён Ир}} | 3 | одеяло (доп.) | {{p:Т.С.}} | выдано по просьбе {{r:Юну}}
18 | 03.12.2018 | {{p:Ри Сон Чер}} | 4 | - | - | сдал всё, уехал

Примечание коменданта: бригадир {{p:Чве}} просил одеяла не выдавать "лишние". Выдала {{r:Тону}}, он болел. {{p:Т.С.}}

[메모 - 번역 {{p:권나래}}]
- {{r:윤철학}} 씨 설명: 방 3호에 {{r:동명일}}과 같이 살았다. {{r:명일}}이가 감기로 열이 나서 내가 사감 {{p:소로키나}}한테 담요를 하나 더 달라고 했다. 반장 {{p:최}}는 "{{u:러시아}} 놈들한테 아쉬운 소리 하지 마라"고 했다.
- 18번 {{p:리성철}}은 12월에 갑자기 귀국했다. 이유는 모른다.
- {{r:철학}} 씨가 웃으며: "내 이름이 {{r:철학}}인데, 거기서는 철학 같은 건 없었다."
""",
    },
    {
        "id": "h75-mixed-05",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Chang Un-song", "장은성", "witness", ["Чан Ын Сон", "Чан", "은성"]),
        ],
        "note": "Russian act of absence from work (акт о невыходе на работу) drawn up against a North Korean worker who had escaped, with a Korean note; the worker in Cyrillic with case endings (Чана), гр. outside the name, signatories with initials before and after the surname; CRLF.",
        "text": """АКТ № 7
об отсутствии работника на рабочем месте

г. {{u:Владивосток}}                                   31 июня 2018 г. [так в оригинале]

Мы, нижеподписавшиеся: прораб {{p:Гончаренко А.Н.}}, мастер участка {{p:И.П. Лазарев}}, представитель корейской бригады {{p:Пан Ен Гир}}, составили настоящий акт о том, что гр. {{r:Чан Ын Сон}}, арматурщик, отсутствовал на рабочем месте 29 и 30 июня 2018 г. с 08:00 до 20:00.
Со слов представителя бригады {{p:Пана}}, местонахождение {{r:Чана}} неизвестно. Объяснение от {{r:Чана}} получить невозможно.

Подписи: {{p:Гончаренко}} / {{p:Лазарев}} / {{p:Пан}}

[메모 - 번역 {{p:현서윤}}]
날짜 "6월 31일"은 원문 그대로(존재하지 않는 날짜). 이 행위서는 {{r:장은성}} 씨가 탈출한 뒤에 만들어진 것으로, {{r:은성}} 씨는 2023년에 {{u:한국}} 변호사를 통해 사본을 받았다. 서명한 북측 대표 "{{p:Пан Ен Гир}}"은 {{p:방영길}} 작업반장이다.
""",
    },
    {
        "id": "h75-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ko Myong-hun", "고명훈", "witness", ["Ко Мён Хун", "Ко", "명훈"]),
            ("Sa Kwang-nam", "사광남", "supervisor", ["Са", "광남"]),
        ],
        "note": "Mongolian bakery bread-round credit list (Mongolian Cyrillic) for a North Korean construction brigade in Ulaanbaatar, with a Korean note; a Mongolian case suffix fused to a name stays inside (Баяраас), a hyphen-joined suffix outside (Ко-гийн), гуай and дарга outside; the baker's daughter private; surname 사 beside the word 사 'buy'.",
        "text": """Талхны зээлийн дэвтэр - "○○" талх нарийн боов, {{u:Улаанбаатар}}, {{u:Баянзүрх}} дүүрэг (2017 оны 4 сар)
Хүргэгч: {{p:Баяр}} / Тооцоо: {{p:Оюунаа}}

Огноо | Хэнд | Талх | Үнэ (₮) | Төлсөн
04.03 | Солонгос бригад, {{r:Ко}} гуай | 20 | 24,000 | тийм
04.10 | Солонгос бригад, {{r:Ко}}-гийн хүмүүс | 20 | 24,000 | үгүй
04.17 | {{r:Са}} дарга (бригадын) | 10 | 12,000 | үгүй
04.24 | {{r:Ко Мён Хун}} ганцаараа | 2 | 2,400 | {{p:Баяраас}} зээлээр
04.30 | {{r:Са}} дарга | - | 36,000 нийт өр | "дараа" гэсэн

[메모 - 통역 {{p:어지민}}]
{{r:고명훈}} 씨 말: "빵은 우리가 돈을 모아서 샀다. 반장 {{r:사광남}}이 '내가 사 주겠다'고 하고 외상을 달아 놓고 돈은 안 줬다. 빵집 딸 {{p:Оюунаа}}({{p:오윤아}})가 나한테 몰래 빵 두 개를 줬는데 그것도 외상으로 적혔다. 24일에 '{{p:Баяраас}}'라고 쓴 건 배달하는 {{p:바야르}}한테서 빌렸다는 뜻이라고 한다."
""",
    },
    {
        "id": "h75-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Choe Song-il", "최성일", "witness", ["شوي", "Choe", "성일"]),
            ("Kye Yong-nam", "계영남", "coworker", ["كيه", "Kye", "영남"]),
        ],
        "note": "Qatari grocery (baqala) credit book for North Korean construction workers, Arabic with English and a Korean note; workers written in Arabic script (registered spellings listed), the Arabic prefix ل outside the name, the grocer private; a one-page book with a struck-through debt.",
        "text": """دفتر الدين - بقالة ○○، {{u:الوكرة}}
CREDIT BOOK (page 12) - Korean workers, camp near the bridge

التاريخ | الاسم | الأغراض | المبلغ (ر.ق)
٠٣/٠٥ | {{r:شوي}} ({{r:CHOE}}) | رز ٥ كغ، زيت | 28
٠٣/٠٥ | {{r:كيه}} ({{r:KYE}}) | شاي، سكر | 11
١٠/٠٥ | {{r:شوي}} | سجائر ٢ علبة | 24
١٧/٠٥ | ل{{r:كيه}} - دواء صداع | | 6
٣١/٠٥ | ~~{{r:شوي}} - الكل مدفوع~~ | | 0

ملاحظة ({{p:أبو ناصر}}): الكوري {{r:شوي}} دفع عن {{r:كيه}} أيضا. قال المسؤول {{p:بيك}} لا تعطيهم دين بعد اليوم.

[메모 - 통역 {{p:문가온}}]
{{r:최성일}} 씨: "5월 31일에 내가 {{r:영남}}이 빚까지 다 갚았다. 그날 {{p:백}} 반장(가게 주인은 '{{p:بيك}}'이라고 씀)이 가게에 와서 우리한테 외상 주지 말라고 했다. 그 뒤로는 가게 주인 {{p:아부 나세르}}가 몰래 빵을 줬다."
""",
    },
    {
        "id": "h75-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Hwang Pom-i", "황봄이", "witness", ["봄이", "พมอี"]),
            ("Hwang Chol-gu", "황철구", "relative", ["철구"]),
        ],
        "note": "Thai temple overnight-lodging register (Thai) for a mother and son crossing towards Bangkok, with a Korean note by the woman; Thai names of monks and the abbot with the titles พระ/หลวงพ่อ outside, คุณ, นาย and a police rank outside; the witness's given name 봄이 is a full name with 이 inside; the Mekong and provinces public.",
        "text": """ทะเบียนผู้มาพักค้างคืน วัด○○ อ.เชียงแสน {{u:เชียงราย}} (มีนาคม 2561)
ผู้บันทึก: พระ{{p:สมชาย}}

วันที่ | ชื่อ | จำนวน | มาจาก | หมายเหตุ
12 | คุณ{{r:พมอี}} กับลูกชาย | 2 | {{u:ลาว}} (ข้ามแม่น้ำ{{u:โขง}}) | คนเกาหลี ไม่มีเอกสาร
12 | นาย{{p:ดำ}} | 1 | {{u:แม่สาย}} | คนขับรถ
13 | คุณ{{r:พมอี}} | 2 | - | หลวงพ่อ{{p:บุญมี}} อนุญาตพักต่อ
14 | - | - | - | ตำรวจ ส.ต.อ. {{p:วิชัย}} มารับไป

[메모 - 제보자 {{r:황봄이}} 씨, 2023년 작성]
스님 {{p:솜차이}}가 장부에 내 이름을 "{{r:พมอี}}"라고 썼다고 나중에 들었다. 아들 {{r:철구}}는 그때 열두 살이었다. {{r:황철구}}, 지금은 대학생이다. 큰스님({{p:분미}} 스님)이 우리한테 밥을 주고 사흘째 경찰을 불러 주셨다. 그 경찰이 우리를 {{u:방콕}} 이민국으로 보냈다.
""",
    },
    {
        "id": "h75-mixed-09",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Ryon-hwa", "김련화", "witness", ["Kim Ryon Hoa", "련화", "Ryon-hwa"]),
            ("Chang Ok-bong", "장옥봉", "supervisor", ["Chang", "옥봉"]),
        ],
        "note": "Vietnamese restaurant staff-meal book (sổ cơm nhân viên) kept by the Vietnamese cook for the Korean waitresses of a North Korean restaurant in Hanoi; chị/em/cô outside the names, a Vietnamese rendering of a Korean name listed as alias, the cook private.",
        "text": """SỔ CƠM NHÂN VIÊN - nhà hàng ○○ ({{u:Hà Nội}}), tháng 6/2019
Người ghi: {{p:Nguyễn Thị Hoa}} (bếp)

Ngày | Tên | Bữa | Ghi chú
03/6 | chị {{r:Ryon Hoa}} + 7 em | trưa, tối | cô {{r:Chang}} bảo bớt thịt
10/6 | chị {{r:Ryon Hoa}} + 6 em | trưa | em {{p:Un Hi}} ốm, không ăn
17/6 | 8 người | trưa, tối | cô {{r:Chang}} ăn riêng
24/6 | chị {{r:Kim Ryon Hoa}} | tối | ăn một mình, khóc

[메모 - 통역 {{p:응우옌 민}}, 정리 {{p:도하은}}]
{{r:김련화}} 씨: "요리사 {{p:호아}} 언니가 내 이름을 '{{r:Ryon Hoa}}'라고 썼다. 지배인 {{r:장옥봉}}이 고기를 줄이라고 했다. 6월 24일은 {{p:은희}}가 {{u:평양}}으로 끌려간 날이라 혼자 늦게 먹었다. {{p:호아}} 언니가 계란을 하나 더 얹어 줬다."
""",
    },
    {
        "id": "h75-mixed-10",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Ri Yong-jun", "리영준", "witness", ["Ri Jong Dzun", "Ri", "영준"]),
            ("Sin Chang-ho", "신창호", "supervisor", ["Sin Czang Ho", "Sin"]),
        ],
        "note": "Polish workers'-hostel key-deposit book (Polish) from a shipyard town, with a Korean note; Polish case endings inside the names (Sinowi), Pan/Pana outside; Polish spellings of Korean names listed as aliases; the receptionist private; half the line breaks CRLF.",
        "text": """KSIĄŻKA KAUCJI ZA KLUCZE - hotel pracowniczy ○○, {{u:Gdańsk}}
Recepcja: {{p:Krystyna Mazur}}

Data | Pokój | Imię i nazwisko | Kaucja (zł) | Zwrot | Podpis
02.02.2017 | 14 | {{r:Ri Jong Dzun}} | 50 | - | {{r:Ri}}
02.02.2017 | 14 | {{p:Kim Chol}} | 50 | - | {{p:Kim}}
02.02.2017 | 15 | {{r:Sin Czang Ho}} (brygadzista) | 100 | - | {{r:Sin}}
20.03.2017 | 14 | klucz zgubiony - Pan {{r:Ri}} | -50 | | {{p:K.M.}}
21.03.2017 | 14 | kaucję za Pana {{r:Ri}} zatrzymał Pan {{r:Sin}} | | | {{p:K.M.}}

Uwaga: Pan {{r:Sin}} trzyma klucze wszystkich pokoi koreańskich. Powiedziałam {{r:Sinowi}}, że to niezgodne z regulaminem. {{p:K. Mazur}}

[메모 - 통역 {{p:소정민}}]
{{r:리영준}} 씨: "열쇠를 잃어버린 게 아니라 {{r:신창호}} 반장이 가져갔다. 보증금 50즐로티도 반장이 받았다. 접수원 {{p:크리스티나}}가 반장한테 뭐라고 했는데 소용없었다."
""",
    },
    {
        "id": "h75-mixed-11",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Han Kum-chol", "한금철", "witness", ["Han Kum Chol", "금철"]),
            ("Yun Tae-sop", "윤태섭", "coworker", ["Yun", "태섭"]),
        ],
        "note": "Malaysian panel-clinic visit list (Malay/English) for a Sarawak construction company's foreign workers, with a Korean note; Encik outside the name, doctors with Dr outside, 'orang Korea' treated as public (Korea), a clinic assistant's initials.",
        "text": """SENARAI LAWATAN KLINIK PANEL - syarikat pembinaan ○○, {{u:Kuching}}
Bulan: Ogos 2016   Disediakan oleh: {{p:Siti Aminah}} (pembantu klinik)

Tarikh | Nama pekerja | Warganegara | Diagnosis | Cuti sakit | Doktor
04/08 | {{p:Rahman bin Ali}} | {{u:Bangladesh}} | demam | 1 hari | Dr {{p:Lim}}
09/08 | {{r:HAN KUM CHOL}} | {{u:DPRK}} | luka tangan (jahit 4) | tiada - majikan tolak | Dr {{p:Lim}}
16/08 | {{r:YUN TAE SOP}} | {{u:DPRK}} | sakit belakang | tiada | Dr {{p:Lim}}
23/08 | {{r:HAN KUM CHOL}} | {{u:DPRK}} | jangkitan luka | 2 hari - dibatalkan oleh Encik {{p:Jo}} | Dr {{p:Kavitha}}

Nota doktor ({{p:KR}}): pekerja orang {{u:Korea}} ini datang dengan penyelia Encik {{p:Jo}}. Penyelia menjawab bagi pihak pekerja. Sila hantar pekerja seorang diri.

[메모 - {{p:림수진}}]
{{r:한금철}} 씨: "{{p:조}} 반장이 병가를 취소시켰다. {{r:태섭}}이는 허리가 아파도 다음 날 일했다."
""",
    },
    {
        "id": "h75-mixed-12",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ryu Sun-hui", "류순희", "witness", ["柳顺姬", "순희", "小柳"]),
            ("Ma Yong-ok", "마영옥", "supervisor", ["马英玉", "영옥", "马组长"]),
        ],
        "note": "Chinese garment factory sewing-machine assignment sheet (机台分配表) for North Korean women workers, with a Korean note; Chinese renderings of Korean names listed as aliases, Chinese forms of address labelled whole (马组长, 小柳), a machine number not a name.",
        "text": """机台分配表 - ○○服装厂 三车间 ({{u:朝鲜}}工组) - 2019年9月
{{u:珲春}}市

机台号 | 姓名 | 工序 | 备注
J-01 | {{r:马英玉}} | 组长/检验 |
J-02 | {{r:柳顺姬}} | 上领 | 速度快
J-03 | {{p:金明花}} | 上袖 |
J-04 | {{p:朴春玉}} | 锁边 | 眼睛不好
J-05 | {{r:柳顺姬}}(兼) | 钉扣 | {{r:马组长}}安排

车间主任 {{p:赵}}: {{r:小柳}}一个人做两台机，{{r:马组长}}说没问题。

[메모 - {{p:탁유진}}]
{{r:류순희}} 씨: "기계 두 대를 혼자 돌렸다. 조장 {{r:마영옥}}이 그렇게 정했다. {{p:명화}} 언니는 눈이 나빠서 박음질 대신 단추를 달고 싶어 했는데 안 됐다."
""",
    },
    {
        "id": "h75-mixed-13",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("So Un-ha", "소은하", "witness", ["苏银河", "은하"]),
            ("Tae Mi-gyong", "태미경", "coworker", ["太美京", "미경"]),
        ],
        "note": "Chinese hospital escort-pass (陪护证) register for a North Korean seafood-plant worker after surgery, with a Korean note; Chinese renderings listed as aliases, the surname 소/苏 and given name 은하 (also the word 'galaxy'), 王姐 labelled whole; CRLF.",
        "text": """陪护证发放登记 - {{u:大连医科大学附属第一医院}} 普外科 (2018年8月)

日期 | 患者 | 床号 | 陪护人 | 关系 | 证号 | 发证
8/14 | {{r:苏银河}} | 12 | {{r:太美京}} | 同事 | P-0814-3 | {{p:王姐}}
8/15 | {{r:苏银河}} | 12 | 厂方 {{p:老韩}} | 单位 | P-0815-1 | {{p:王姐}}
8/16 | {{r:苏银河}} | 12 | (收回) | - | - | {{p:王姐}}

[메모 - {{p:구하린}}]
{{r:소은하}} 씨: "맹장 수술 때 {{r:미경}}이가 하루 옆에 있었다. 다음 날 공장 관리원 {{p:한}} 씨가 와서 {{r:미경}}이를 돌려보내고 증을 가져갔다. 밤에 창밖으로 은하수가 보였는데 그게 내 이름이라서 울었다."
""",
    },
    {
        "id": "h75-mixed-14",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Hak-chol", "김학철", "witness", ["Ким Хак Чер", "학철"]),
        ],
        "note": "Russian witness summons (повестка о вызове свидетеля) from a district court in Primorye addressed to a North Korean worker, with a Korean note; гр. outside the name, the Russian dative case inside (Киму Хак Черу), the judge and clerk with initials; the court public.",
        "text": """ПОВЕСТКА о вызове свидетеля
{{u:Уссурийский районный суд Приморского края}}

Гр. {{r:Киму Хак Черу}}
Вам надлежит явиться 14.02.2019 к 10:00 в каб. 21 в качестве свидетеля по делу № 1-88/2019 по обвинению гр. {{p:Дьяченко В.С.}}
Судья {{p:О.Л. Кравец}}   Секретарь {{p:Ершова}}

[메모 - {{p:방하윤}}]
{{r:김학철}} 씨 설명: {{u:러시아}} 운전기사 {{p:댜첸코}}가 우리 작업반 차를 몰다 사고를 냈다. 나는 옆자리에 있었다. 반장이 "법원에 가면 돌아올 수 없다"고 해서 안 갔다. {{r:학철}}이라는 이름이 {{u:러시아}} 서류에 남은 게 지금도 무섭다.
""",
    },
    {
        "id": "h75-mixed-15",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Paek Myong-ho", "백명호", "witness", ["Пэк Мён Хо", "Пэк", "명호"]),
            ("Yo Chang-sik", "여창식", "official", ["Ё Чан Сик", "창식"]),
        ],
        "note": "Hotel wake-up call list (Russian/English) for a North Korean delegation of workers in transit through Vladivostok, with a Korean note; room numbers not names, Mr outside, the night porter's first name, surname Yo (여) and its Cyrillic form.",
        "text": """WAKE-UP CALLS / ПОБУДКА - 21.11.2017 - hotel ○○, {{u:Владивосток}}
Ночной портье: {{p:Саша}}

Комн. | Гость | Время | Отметка
412 | Mr {{r:Пэк Мён Хо}} + 3 | 04:30 | звонил, ответил
413 | Mr {{r:Ё Чан Сик}} (руководитель) | 04:15 | звонил, ответил
414 | {{p:Ким Ир Нам}} + 3 | 04:30 | не отвечал - {{r:Ё}} сам пошёл будить

[메모 - {{p:석다원}}]
{{r:백명호}} 씨: "송출 책임자 {{r:여창식}}이 새벽에 방마다 돌면서 여권을 다시 걷었다. 414호 {{p:김일남}}은 그날 공항에 안 나타났다."
""",
    },
    {
        "id": "h75-mixed-16",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Nam Jong-hui", "남정희", "witness", ["정희", "Nam Jung-hee"]),
            ("Cha Myong-sik", "차명식", "supervisor", ["명식"]),
        ],
        "note": "An NGO's pre-export redaction review checklist (Korean/English) before sending a testimony to the UN; names listed as items to redact, the surname 차 beside the word 차 'car', reviewer initials, the UN office public.",
        "text": """REDACTION REVIEW CHECKLIST / 반출 전 익명화 검토표
Doc: T-2024-031 ({{r:Nam Jung-hee}} testimony) → {{u:OHCHR Seoul}}

☑ 증언자 이름 ({{r:남\u200b정희}}, "{{r:정희}}") → [W1]
☑ 반장 이름 ({{r:차명식}}, "{{r:차}} 반장") → [P1]. 주의: "차를 타고" 의 차는 그대로 둠
☐ p.4 "{{p:옥실}} 언니" - 누구인지 확인 필요 ({{r:정희}} 씨에게 문의)
☑ 통역 이름 ({{p:Ha Seo-yeon}}) 삭제

Reviewer: {{p:JK}} / 2nd: {{p:M. Lindqvist}}
""",
    },
]
