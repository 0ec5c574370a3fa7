# ruff: noqa: E501
"""Held-out evaluation passages, set 76. Built by build_heldout.py heldout76.

Fifty documents of the kind an NGO working on North Koreans sent abroad as forced
labourers could plausibly receive or write, written blind (the finder's code was not
read and the finder was not run). All genres are ones the earlier sets' opening lines
do not list (admiralty ship-arrest affidavits for crew wages, duty solicitors'
police-station attendance notes, US T-visa declarations, bereavement support-group
session notes, child-contact-centre supervised-visit reports, translated Polish
decisions deleting an agency from the employment-agency register (KRAZ), leaked-roster
authentication memos, seafarers' mission Christmas gift-bag lists, protest legal
observers' notes, charity bike-ride sponsorship forms, collective-claim opt-in
registers, asylum-accommodation room-inspection reports, Namibian building-inspection
registers, Malaysian CIDB green-card batches, Qatari fuel-card statements, Cambodian
tour guides' commission notebooks, translated Thai bail-bond receipts, piano-academy
recital programmes, wallpaper-and-flooring (도배) estimates with work notes,
clothing-alteration (수선) ticket books, cycling-club ride notices with comments,
adult learners' book reports (독후감) with teachers' corrections, military-unit
visit (면회) applications, classroom seating charts, protection-decision notices
(보호결정 통지서), transcribed North Korean absconding-incident reports (도주사건
보고서), transcribed North Korean study-room book-loan registers, transcribed North
Korean foreign-currency exchange request slips, door-to-door cosmetics saleswomen's
customer cards, hundred-day rice-cake (백일떡) distribution lists, charity-broadcast
donor captions, tombstone inscription orders (비석), community-service-order
execution logs, bank name-change requests with counter notes, Russian bathhouse
(баня) booking notebooks, Russian site-cabin (бытовка) allocation lists, Russian
building elders' notices with replies, Chinese factory mobile-phone custody
registers, Chinese wholesale-market stall leases, Mongolian khashaa plot rent
receipts, Polish police official notes (notatka urzędowa), Vietnamese restaurant
souvenir-sales books, Lao village-head certificates, Chinese community group-buy
(团购) order lists, Mongolian airport excess-baggage receipt books, Kuwaiti
building-material delivery challans, Thai police daily-event records, longliner
line-setting shift boards, Angolan football-pitch booking books and Russian brigade
common-fund (общак) notebooks), in English, Korean and mixed Korean/English with
Russian, Chinese, Arabic, Mongolian, Polish, Vietnamese, Lao, Thai, Malay,
Indonesian and Portuguese. Some passages use CRLF line breaks (two mix CRLF and LF),
zero-width characters, fullwidth letters, emoji, pipe and tab-separated tables,
signatures and handles; several passages are long running text. All persons are
fictional; real public figures are mentioned only neutrally.

Labelling convention (as in sets 72 to 75):
- {{r:...}} a mention of a registered private person (listed in the passage's
  "persons" as (romanized name, Hangul name, role, aliases)); {{p:...}} a mention
  of an unregistered private person; {{u:...}} a public name: a real public figure,
  a real place, a real organisation or company, a real ship, app, platform or law.
  Real public figures are only mentioned neutrally.
- Every fictional person is private, whatever their office (a fictional judge,
  police officer, consul, doctor, pastor, teacher, clerk, notary, village head or
  interpreter is private).
- Invented businesses, sites and vessels are left unmarked.
- A mention is labelled as the text writes it: the name only, without particles
  (박철민이 -> {{r:박철민}}이; the affectionate suffix 이 and the vocative 아/야 after
  a given name also stay outside) and without titles or honorifics (리 반장님 ->
  {{r:리}} 반장님, 김 동무 -> {{p:김}} 동무, 송희 씨 -> {{p:송희}} 씨, Mr {{p:Ho}},
  Dr {{p:X}}), but Chinese forms of address are labelled whole (老周, 小王, 王总,
  李组长) and Russian, Polish and Mongolian names keep their case endings (Пака,
  Кима, Kima, Pakiem).
- A nickname or alias that refers to a person is a mention of that person even when
  it is not registered as an alias; the same word used as an ordinary word is not.
- In an e-mail address or login only the local part is labelled, and only when it
  spells the person's name; role accounts are unmarked. In handles, file names and
  URLs only the part that spells the name is labelled; trailing digits stay outside.
- A surname discussed as a word is unmarked, and so are ordinary words that look like
  names ("No,", "So,", "a song", "the moon", "Do not", "an", "a bang", 상기, 손, 차).
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
- Japanese honorifics, Thai คุณ/นาย/นาง, Vietnamese anh/chị/cô/em, Lao ທ້າວ/ນາງ
  and Arabic السيد are titles and stay outside; Korean 군, 양, 선생, 동무, 반장, 씨,
  님 and 여사, Russian гражданин and Polish Pan/Pani stay outside.
- Registered persons are referred to only in spellings derivable from the persons
  list (romanized or Hangul name, either order, either part alone, capitals,
  fullwidth letters, hyphen or space variants, listed aliases); any other spelling
  (Cyrillic, Hanzi, Thai, Lao, Mongolian) is listed among the aliases.
- The dead are private persons like the living.
- In a partly masked name only the visible part is labelled ({{p:김}}○○).

Clarifications added in this set:
- A fictional private person who shares a real politician's name (a deckhand called
  안철수 / An Chol-su) is private.
- A real author or composer named on a programme or a book report (쇼팽, 생텍쥐페리)
  is public; a real leader's name inside a book title (『김일성 저작집』) is labelled
  public as the name alone; the title's other words are not marked.
- A donor caption such as "익명" or "○○맘" without a name part is not a mention; a
  handle that spells a name is labelled only in the name part.
- Lao and Thai names are labelled without the title words in front of them; a Lao
  or Thai transcription of a registered person is listed among the aliases.
- Military units, courts and police stations are public when they are real named
  bodies ({{u:Chiang Rai Provincial Court}}); numbered or invented units (○○사단,
  the 3rd brigade) are not marked.
- Vessel names, team names and shop names that contain no person's name are not
  marked; a person's name inside a shop name or a stall sign is ({{r:고}}씨네
  도배장판, {{r:龙爱}}特产店, a bathhouse named after its owner); card labels and codes such as
  KYE-HC are not.
- Community display nicknames that stand for a person in a club cafe or a WeChat
  group (페달왕, 바람개비, 幸福的猫) are mentions; a handle is labelled in its name
  part, and a surname joined by an underscore or a dot belongs to that part
  (@{{p:minsu_kim}}77, @{{p:yeongcheol.ro}}); handles without a name part
  (@seoul_dad) are not marked.
- An English article before a nickname stays outside (the {{r:Accountant}}); the
  ordinary word (an accountant) is not marked. A pseudonym given to an informant
  ({{p:Source N}}) is a mention.
- An office standing for a real public body is public ({{u:Pomeranian Voivode}},
  {{u:통일부장관}}); a fictional office-holder's name is private.
- Compound terms such as 북한이탈주민, 조선족, 중국집 and product descriptors built
  on a place (Sâm Kaesong, 延边大米) are not marked; a clipped country name
  standing for the country is avoided, and 북한 and 중국 in 북한 노동자, 중국 공장,
  중국 사람, 러시아 사람 are public; "orang Korea" is treated the same way.
- Thai นางสาว is a title like นาง and stays outside.
"""

PASSAGES: list[dict] = [
    {
        "id": "h76-en-01",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("So Myong-il", "소명일", "witness", ["Myong-il"]),
            ("An Chol-su", "안철수", "coworker", ["Chol-su"]),
            ("Ha Song-il", "하송일", "coworker", ["Song-il"]),
            ("Do Yong-nam", "도영남", "coworker", ["Yong-nam"]),
            ("Moon Chang-gi", "문창기", "coworker", ["Chang-gi"]),
            ("Ryang Kwang-chol", "량광철", "supervisor", []),
        ],
        "note": "Admiralty affidavit to arrest a longliner for crew wages, Port Louis; English-word surnames So, An, Ha, Do, Moon beside 'So,', 'a song', 'Do not', 'the moon'; a deckhand sharing a South Korean politician's name; schedule table in capitals and Hangul; Mauritian attorney and commissioner private; long.",
        "text": """IN THE {{u:SUPREME COURT OF MAURITIUS}}
ADMIRALTY JURISDICTION
Admiralty Action No. 14/2024 (in rem)

BETWEEN
(1) {{r:SO Myong-il}} and (2)-(9) the other crew members named in Schedule A - Plaintiffs
AND
The owners and all others interested in the fishing vessel "JIN HAI 607" (flag: {{u:Vanuatu}}) - Defendants

AFFIDAVIT OF {{r:SO MYONG-IL}} IN SUPPORT OF AN APPLICATION FOR A WARRANT OF ARREST

I, {{r:So Myong-il}} ({{r:소명일}}), deckhand, presently accommodated at the seafarers' hostel in {{u:Port Louis}}, make oath and say as follows:

1. I am the first plaintiff. I make this affidavit on my own behalf and, with their written authority, on behalf of the other plaintiffs named in Schedule A. I speak Korean only. This affidavit was read back to me in Korean by the sworn interpreter, Ms {{p:Grace Teo-Kim}}, before I signed it.

2. I was born in {{u:Chongjin}}, {{u:North Hamgyong Province}}, {{u:DPRK}}. In March 2021 I was selected by a fisheries company and sent, with {{r:An Chol-su}} and {{r:Ha Song-il}}, by train to {{u:Dandong}} and then by air to {{u:Singapore}}, where we joined the vessel at anchor. Our passports were taken on the first day by the political officer on board, {{r:Ryang Kwang-chol}}, and I did not see mine again until the police returned it to me in this country.

3. The master was a Chinese national, Captain {{p:Lin Guohua}}. The chief engineer was a Mr {{p:Tan}}. Neither of them spoke Korean. All orders reached us through {{r:Ryang}}, who also kept what he called the wage book. So, in practice, {{r:Ryang}} decided who worked, who ate first and who was punished. When {{r:Myong-il}} or any other man asked to see the wage book, {{r:Ryang}} said "Do not ask twice."

4. The agreed wage, as {{r:Ryang Kwang-chol}} read it to us before departure, was USD 450 per month. I now know from the crew list lodged with the port authority that the owners declared USD 1,100 per month for each of us. I have never seen either sum. What I received in 33 months was USD 620 in cash, handed to me at {{u:Port Louis}} in three instalments by {{r:Ryang}} himself, and a carton of cigarettes at New Year.

5. Between August 2022 and January 2024 the vessel did not call at any port. Our catch was transferred to a reefer at sea about once every six weeks. On those nights {{r:Moon Chang-gi}}, our bosun, told us to stay below. I remember {{r:Chang-gi}} saying, under a full moon, that the reefer's crew were Burmese and that we must not wave. {{r:Ha Song-il}} sang a song from home to keep us quiet; {{r:Song-il}} has a good voice and even {{r:Moon}} listened.

6. On 2 November 2023 the fourth plaintiff, {{r:Do Yong-nam}}, caught his right hand in the line hauler. Captain {{p:Lin}} refused to divert to {{u:Réunion}}. {{r:Yong-nam}} was treated on board by {{p:Tan}} with a sewing needle and spirits. He has lost the use of two fingers. A photograph of {{r:Do}}'s hand is exhibited as "SMI-3". {{r:Ryang}} told {{r:Yong-nam}} that the company would deduct the cost of the spirits.

7. On 19 January 2024 the vessel entered {{u:Port Louis}} for bunkers. That night {{r:Ha Song-il}}, {{r:Do Yong-nam}} and I left the vessel and walked to the port gate. A security officer, Mr {{p:Jeetun}}, telephoned the {{u:Mauritius Police Force}}, and a volunteer from the seafarers' mission, Father {{p:Aubeeluck}}, came to sit with us until the morning.

8. The other plaintiffs left the vessel the following morning with the help of the {{u:International Transport Workers' Federation}} inspector, Mr {{p:Vikash Seeruttun}}. {{r:An Chol-su}} was the last to come down the gangway; {{r:Ryang}} held him by the collar and tore his jacket. {{r:Chol-su}} still has the jacket. I wish to say that {{r:An}} is a quiet man and that he did not strike back.

9. The bosun {{r:Moon}} and the cook, {{p:Kang Un-bok}}, say that three other North Korean crew, {{p:Ri Song-chol}}, {{p:Yu Kwang-su}} and {{p:Paek Tong-hui}}, were transferred to another vessel of the same owners in October 2022 and that nobody has heard from them. I ask the Court to note their names.

10. I am informed by my attorney, Mr {{p:Kevin Li Kwong Wing}}, and believe that the vessel is due to sail on 3 February 2024. Unless she is arrested, the plaintiffs will have no security for their claims.

SCHEDULE A - PLAINTIFFS AND SUMS CLAIMED (USD)
No. | Name (passport) | Korean | Rank | Months | Claimed
1 | {{r:SO MYONG IL}} | {{r:소명일}} | deckhand | 33 | 35,680
2 | {{r:AN CHOL SU}} | {{r:안철수}} | deckhand | 33 | 35,680
3 | {{r:HA SONG IL}} | {{r:하송일}} | deckhand | 33 | 35,680
4 | {{r:DO YONG NAM}} | {{r:도영남}} | deckhand | 30 | 38,400 (incl. injury)
5 | {{r:MOON CHANG GI}} | {{r:문창기}} | bosun | 33 | 41,250
6 | {{p:KANG UN BOK}} | - | cook | 33 | 35,680
7 | {{p:CHOE MYONG-SIK}} | - | deckhand | 28 | 30,240
8 | {{p:SIN HYOK}} | - | deckhand | 28 | 30,240
9 | {{p:KYE SUN-GIL}} | - | oiler | 33 | 36,300

SWORN by the above-named deponent {{r:So Myong-il}} at {{u:Port Louis}} this 29th day of January 2024, through the interpreter {{p:Grace Teo-Kim}}, who first declared that she had truly and faithfully translated the contents of this affidavit.

Signature of deponent: {{r:소명일}}
Before me: {{p:M. A. Bhugon}}, Commissioner for Oaths
""",
    },
    {
        "id": "h76-en-02",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Yu Chol-min", "유철민", "witness", ["Chol-min"]),
            ("Ri Kum-hui", "리금희", "relative", ["Kum-hui", "Lee Geum-hee"]),
            ("Kye Tong-su", "계동수", "supervisor", []),
        ],
        "note": "UK duty solicitor's police-station attendance note, client a former Russian-site worker arrested after a scuffle in a New Malden supermarket; client's surname Yu beside the pronoun 'you'; wife in North and South spellings; former brigade leader recalled; officers and interpreter private; initials sign-off; CRLF.",
        "text": """POLICE STATION ATTENDANCE NOTE
Fee earner: {{p:Priya Nandakumar}} (duty solicitor)   Scheme ref: DSCC 240311/0447
Client: {{r:YU Chol-min}} ({{r:유철민}})   DOB 03/09/1979
Station: custody suite, {{u:Kingston upon Thames}}
Alleged offence: common assault, s.39 {{u:Criminal Justice Act 1988}}
OIC: DC {{p:Harriet Shaw}}   Custody sergeant: PS {{p:Okonkwo}}
Interpreter (Korean): Ms {{p:Jeon Da-eun}}, booked via the police framework

Time recording
21:14 call from DSCC, {{r:Yu}} detained 19:40, requests duty solicitor
21:20 telephone advice to client (3 min). Told him: you do not have to answer questions; wait for me. {{r:Yu}} said "Yes, yes, you come."
22:05 arrive station. Disclosure from DC {{p:Shaw}}:
 - complainant {{p:Song Ki-ho}}, 58, shop manager at a Korean grocery on the High Street, {{u:New Malden}};
 - allegation: client pushed complainant against a freezer after an argument over a refund; complainant has a bruise to the upper arm;
 - witnesses: a cashier, {{p:Emily Do}}, and a customer who gave her name only as "Mrs {{p:Pak}}";
 - CCTV seized but not yet viewed. No previous convictions.
22:30 consultation with client (interpreter present)

Client's account
{{r:Chol-min}} says he went back to return a rice cooker. Mr {{p:Song}} shouted at him in front of other customers and called him a "bukhan ttaegeori" (North Korean beggar). {{r:Yu}} says he raised both hands to stop {{p:Song}} coming closer and {{p:Song}} stepped back into the freezer. He denies pushing. He says {{p:Song}} reminded him of his old brigade leader in {{u:Yakutsk}}, {{r:Kye Tong-su}}, who used to shout "You are nothing" at the men; {{r:Kye}} hit him with a spirit level in 2015. I advised him that the history is relevant to his state of mind but is not a defence, and that he should not volunteer it in interview unless asked.

Client's wife, {{r:Ri Kum-hui}} (on her British papers {{r:Lee Geum-hee}}), was at the shop and saw the whole incident. {{r:Kum-hui}} is at home with their son and is willing to give a statement. Her number is on the custody record. Client asked me to tell {{r:Kum-hui}} that he is fine and that she should not call his sister {{p:Yu Chol-ok}} in {{u:Seoul}}.

Advice
Prepared statement, then no comment. Reasons: disclosure minimal, CCTV not viewed, interpreter quality unknown at the start. Client agreed. Drafted statement with {{r:Yu}}; interpreter read it back; client signed "{{r:유철민}}".

23:35 interview (DC {{p:Shaw}}, DC {{p:Marcus Bell}}). Prepared statement read. No comment to all questions. At one point DC {{p:Bell}} asked "Did you go there to frighten Mr {{p:Song}}?" and client began to answer; I intervened.
00:20 released under investigation. Bail not imposed. Interpreter's hours signed by Ms {{p:Jeon}}.

Follow-up
1. Request CCTV once viewed. 2. Take statement from {{r:Ri Kum-hui}} (book Korean interpreter, female). 3. Ask client for the name of the cashier's manager. 4. Consider referral to the NGO caseworker, {{p:Hannah Moon}}, re the {{u:Russia}} history.

{{p:PN}} / 12.03.24 00:48
""",
    },
    {
        "id": "h76-en-03",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Bang Chol-ho", "방철호", "witness", ["Chol-ho"]),
            ("Kim Yong-su", "김용수", "supervisor", ["Big Kim"]),
            ("Jon Myong-hak", "전명학", "coworker", ["Myong-hak"]),
            ("Sefa Tuilagi", "세파 투일라기", "other", ["Sefa"]),
        ],
        "note": "US T-visa declaration of a longliner crewman who left his vessel in Pago Pago; surname Bang beside 'a bang'; political officer nicknamed Big Kim beside a private Kim and Kim Jong Un; Samoan church helper registered; Taiwanese master and Samoan officials private; cannery and agency public; long.",
        "text": """DECLARATION OF {{r:BANG CHOL-HO}} IN SUPPORT OF FORM I-914, APPLICATION FOR T NONIMMIGRANT STATUS

I, {{r:Bang Chol-ho}}, declare as follows:

1. My name is {{r:Bang Chol-ho}}. In Korean it is written {{r:방철호}}. I was born on 7 July 1991 in {{u:Hamhung}}, {{u:North Korea}}. I make this declaration in support of my application for T nonimmigrant status. I do not read English. This declaration was prepared with the help of my attorney and was interpreted to me in Korean, line by line, by {{p:Daniel Oh}}, and I confirm that it is true.

How I came to the boat

2. In 2019 I was working at a machine factory. The party secretary of the factory, a man called {{p:Hwang}}, told me that I had been chosen to go abroad "to earn foreign currency for the Fatherland". I was told I would be paid 300 dollars a month and that my family would receive rations. I did not choose this. If I had refused, {{p:Hwang}} would have written it in my file.

3. Twelve of us travelled together through {{u:Beijing}} to {{u:Kaohsiung}} and were put on a longline fishing vessel. The man in charge of us was a political officer called {{r:Kim Yong-su}}. Because there was another Kim among us, a young cook called {{p:Kim Hyon-u}}, the men called the officer "{{r:Big Kim}}". {{r:Big Kim}} was not big. The name was a joke that nobody said in front of him.

4. The captain was Taiwanese. We called him "Captain" and never heard his full name; his crew called him {{p:A-Hui}}. The fishing master was Indonesian, a man called {{p:Pak Slamet}}. He was kind to us and shared his cigarettes. We worked with eight Indonesian and two Filipino crew. The Filipino bosun, {{p:Rodel}}, taught me English words like "hook", "float" and "hurry".

Conditions on the vessel

5. We worked from about 4 a.m. until after midnight when the line was being hauled. When the line was being set we slept three or four hours. {{r:Big Kim}} did not fish. He watched. Every evening he held a meeting where each of us had to criticise himself and another man. If a man fell asleep at the meeting, {{r:Kim Yong-su}} wrote his name in a notebook and that man lost his share of meat for a week.

6. I never saw a wage. Twice a year {{r:Kim}} read out a list of sums that he said had been "sent home". I believe almost all of our wages went to the company and to the state. On the day of the birthday of {{u:Kim Jong Un}}, {{r:Big Kim}} collected a further 50 dollars from each man as a loyalty gift. We did not have 50 dollars; he deducted it from the list.

7. My friend {{r:Jon Myong-hak}} from {{u:Sinpo}} was the youngest of us. In March 2021 a hook went through his palm. {{r:Myong-hak}} asked to see a doctor when we reached port. {{r:Big Kim}} said that a man who wants a doctor wants to escape. {{r:Jon}} worked with his hand wrapped in a plastic bag for two weeks. I believe he still has the scar. When I last saw {{r:Myong-hak}} he told me, "{{r:Chol-ho}}, if you go, do not tell me."

How I left the vessel

8. In August 2022 the vessel came to {{u:Pago Pago}} in {{u:American Samoa}} to unload at the {{u:StarKist}} cannery. North Korean crew were not allowed to go ashore. On the third night there was a bang on the hull, a fender breaking loose, and {{r:Big Kim}} went up on deck with the captain. I climbed down the other side onto the dock and walked away. I did not run because running is noticed.

9. I walked until morning and sat outside a church. A woman from the church, {{r:Sefa Tuilagi}}, brought me water and bread. {{r:Sefa}} could not understand me and I could not understand her, so she drew a picture of a boat and a question mark. I nodded. Mrs {{r:Tuilagi}} then telephoned her nephew, who works for the territorial government, and he called the {{u:U.S. Coast Guard}}. An officer called Petty Officer {{p:Faleolo}} asked me questions through a telephone interpreter.

10. I was later interviewed by agents of {{u:Homeland Security Investigations}}. I gave them the names of everyone on the vessel that I remember: {{r:Kim Yong-su}}, {{p:Kim Hyon-u}}, {{r:Jon Myong-hak}}, {{p:Ri Chang-il}}, {{p:Choe Song-gwon}}, {{p:O Kwang-min}}, {{p:Han Tae-sop}} and {{p:Paek Chol}}. I also gave them the name of the Taiwanese agent in {{u:Kaohsiung}}, a Mrs {{p:Tsai}}, who met us at the airport and took our passports.

Why I fear return

11. If I am returned to {{u:North Korea}} I will be treated as a traitor because I left my post abroad. My mother, {{p:Ryu Sun-hwa}}, and my younger sister, {{p:Bang Kyong-mi}}, will be punished because of me. I have heard from a man in {{u:Seoul}}, {{p:Kang Hyok-chol}}, who escaped from a construction site in {{u:Russia}}, that the family of a man who ran from his brigade was sent away from {{u:Hamhung}} within a month.

12. I am cooperating with law enforcement. I ask that my name and the names of my family members not be made public. I declare under penalty of perjury under the laws of the {{u:United States of America}} that the foregoing is true and correct.

Executed on 14 November 2023 at {{u:Honolulu}}.

/s/ {{r:Bang Chol-ho}}   {{r:방철호}}

CERTIFICATE OF INTERPRETATION: I, {{p:Daniel Oh}}, certify that I am competent to interpret from English into Korean and that I interpreted the above declaration to the declarant in full. /s/ {{p:D. Oh}}
""",
    },
    {
        "id": "h76-en-04",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Mi-ok", "최미옥", "relative", ["Mi-ok"]),
            ("Pak Sun-hui", "박순희", "relative", ["Sun-hui"]),
            ("Ha Jong-suk", "하정숙", "other", ["Jong-suk", "HJ"]),
        ],
        "note": "Bereavement support-group session notes (families of workers who died abroad); first names, initials, 'Grandpa' and 'Mr' as titles outside the mention; facilitator registered with initials HJ; deceased relatives private; surname Ha beside 'Ha!'; Kuwait, Russia and Chinese fishing grounds; names in an attendance line.",
        "text": """Bereavement circle - session 6 of 8 - notes for facilitators only (do not circulate)
Date: Thurs 14 Nov, 7-9pm, community room
Facilitator: {{r:HJ}} ({{r:Ha Jong-suk}}); co-facilitator {{p:Tom Whitfield}}; interpreter {{p:Yerin}} (sessional)
Present: {{r:Mi-ok}}, {{r:Sun-hui}}, Mr {{p:Ri}}, "Grandpa {{p:Pak}}", {{p:Young-ae}}, {{p:Chun-hwa}} (first time)
Apologies: {{p:Sang-mi}} (hospital appointment), Mr {{p:O}} (no reason given)

Check-in round (one word for the week)
- {{r:Mi-ok}}: "heavy". Anniversary of her husband {{p:Choe Kwang-nam}}'s death was Tuesday (died {{u:Kuwait}}, 2017, fall from scaffolding; body never returned). She lit a candle at home and her daughter {{p:Ji-yun}} did not want to talk about it.
- {{r:Sun-hui}}: "tired". Still no confirmation about her brother {{p:Pak Sun-chol}} (logging, {{u:Amur Oblast}}, letter from the company in 2019 said "accident"). She brought the letter again.
- Mr {{p:Ri}}: passed.
- Grandpa {{p:Pak}} (everyone calls him that; real name {{p:Pak Hyong-do}}, 81): "Ha!" and then "okay". Talked about his grandson {{p:Un-chol}} who died on a squid boat off {{u:Hokkaido}} - says he is angry at himself for having told {{p:Un-chol}} to go.
- {{p:Young-ae}}: "grateful".
- {{p:Chun-hwa}}: cried, no word. {{r:Sun-hui}} sat next to her for the rest of the session.

Main activity: letters to the person who died
{{r:Jong-suk}} explained the exercise; {{p:Tom}} handed out paper. Most wrote in Korean. {{r:Mi-ok}} read hers aloud - addressed "to {{p:Kwang-nam}}, my husband who never came home from the desert". Group silent for a long time afterwards. Grandpa {{p:Pak}} wrote two lines and folded the paper very small.

{{r:Choe Mi-ok}} asked whether the NGO could find out where {{p:Kwang-nam}}'s remains are. {{r:HJ}} said we would pass the question to {{p:Danbi}} in the casework team but could promise nothing. Note for {{p:Danbi}}: employer named by {{r:Mi-ok}} is a Korean-run construction company in {{u:Kuwait City}}; co-worker who brought the news was {{p:Kim Tae-ryong}}, now thought to be in {{u:Incheon}}.

Risk check
{{p:Chun-hwa}}: lost her son {{p:Hyok}} (age 23, garment factory, {{u:Dandong}}) in 2022; says she has not slept properly for months. {{r:Ha}} to call her on Monday. Gave her the GP letter template.
{{r:Pak Sun-hui}}: mentioned she "wants to join" her brother - clarified with her after session through {{p:Yerin}}; she said she meant at the memorial in the spring, not self-harm. {{r:HJ}} satisfied but will check in next week.

Closing round
Everyone said the name of their person aloud. Mr {{p:Ri}} said his cousin's name, {{p:Myong-su}}, for the first time.

Next week: memory objects. {{r:Sun-hui}} will bring the company letter; {{r:Mi-ok}} will bring {{p:Kwang-nam}}'s watch.
- {{r:HJ}} / {{p:TW}}
""",
    },
    {
        "id": "h76-en-05",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Hyok", "리혁", "relative", ["Hyok"]),
            ("Kim Son-a", "김선아", "relative", ["Son-a"]),
            ("Ri Ye-jin", "리예진", "relative", ["Ye-jin", "Jinnie"]),
        ],
        "note": "Child-contact-centre supervised-visit reports over three sessions; father a former Qatar worker, mother and child; one-syllable given name Hyok, child's pet name Jinnie, a cat called Dubu (unmarked), grandmother on video call; contact supervisors and social worker private; sign-off initials.",
        "text": """SUPERVISED CONTACT - SESSION REPORTS
Centre: Riverside Family Contact Centre (accredited)   Referral: family court order, contact supervised, 2 hrs fortnightly
Child: {{r:Ye-jin}} (age 6)   Resident parent: mother, {{r:Kim Son-a}}   Non-resident parent: father, {{r:Ri Hyok}}
Referring social worker: {{p:Abigail Turner}}   {{u:Cafcass}} officer: Mr {{p:Desai}}
Contact supervisors: {{p:Linda Ma}} ({{p:LM}}), {{p:Joon Baek}} ({{p:JB}}, Korean-speaking)

Session 1 - Sat 6 April, 10:00-12:00 - supervisor {{p:JB}}
Mother dropped {{r:Ye-jin}} at 09:55 via the side entrance as agreed; parents did not meet. {{r:Ye-jin}} hid behind {{p:Joon}} at first. Father arrived 09:58 with a bag of oranges and a drawing pad. He called her "{{r:Jinnie}}" and she corrected him: "My name is {{r:Ye-jin}}." {{r:Hyok}} laughed and apologised. They drew a house together; {{r:Ye-jin}} drew her mother, herself and a cat called Dubu.
Father spoke mostly Korean. Twice he started to talk about "when you lived in {{u:Doha}} with Appa" (child was born in {{u:Qatar}} while father was working there). {{p:JB}} redirected gently as the child became quiet. No concerns about physical care.

Session 2 - Sat 20 April - supervisor {{p:LM}}, {{p:JB}} interpreting
{{r:Ri}} brought a photo album. Photos included his mother, {{p:Ri Ok-sun}}, and his former co-workers at the site in {{u:Lusail}}. {{r:Ye-jin}} asked who "Uncle {{p:Chol}}" was; father said {{p:Chol}} was a friend who "stayed behind". {{p:LM}} asked father to keep to photos of family. At 11:15 father asked to video-call his mother in {{u:Seoul}}; agreed in advance with {{p:Abigail}}. Grandmother {{p:Ok-sun}} cried on the call and {{r:Ye-jin}} said "Halmoni, don't cry." Call lasted 6 minutes.
Handover at 12:00 fine. Mother reported by phone later that {{r:Ye-jin}} had a nightmare; {{r:Son-a}} feels the album "brought {{u:Qatar}} back".

Session 3 - Sat 4 May - supervisor {{p:JB}}
Father arrived 10:20 (20 min late, bus). {{r:Jinnie}} - she let him use the name today - had been waiting by the window. Played shop with the toy till. {{r:Hyok}} used the word "deduction" when she "paid" him too little - then explained to {{p:JB}} that in {{u:Doha}} the manager, a Mr {{p:Kang}}, deducted half their wages every month. Child did not appear to follow.
At the end {{r:Ye-jin}} gave father a drawing signed "{{r:YEJIN}}" with a heart. Father asked whether {{r:Son-a}} could be told he is attending a parenting course. {{p:JB}} said we pass on facts to the social worker, not messages.

Supervisor's summary for Ms {{p:Turner}}
Warm relationship; father attentive; his references to {{u:Qatar}} and to his time in the workers' camp are the main theme to manage. Recommend continuing supervised contact; consider moving to supported contact after session 6.
{{p:JB}} / {{p:LM}}   06.05
""",
    },
    {
        "id": "h76-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Tomasz Wrzosek", "토마시 브조섹", "supervisor", ["T. Wrzosek"]),
            ("Ri Song-hui", "리성희", "witness", ["Song-hui"]),
            ("Kim Chol", "김철", "witness", []),
            ("Agnieszka Lis", "아그니에슈카 리스", "other", []),
        ],
        "note": "Sworn translation of a Polish voivode's decision deleting a labour agency from the KRAZ register after supplying North Korean welders to a Gdynia shipyard subcontractor; Polish names in the nominative in English, agency owner and office clerk registered; workers listed by passport names; voivode's office, ministry and statute public; signing official private.",
        "text": """[Sworn translation from Polish - translator's ref. 118/2023]

{{u:POMERANIAN VOIVODE}}
{{u:Gdańsk}}, 14 September 2023
Ref.: WPS-VI.8230.41.2023

DECISION

Pursuant to Article 18i(1)(1) and (3) of the {{u:Act of 20 April 2004 on the Promotion of Employment and Labour Market Institutions}}, and Article 104 of the {{u:Code of Administrative Procedure}}, having conducted proceedings ex officio concerning the entity trading as "Baltic Staff Partner Sp. z o.o." (register certificate no. 21487), represented by the President of the Management Board, Mr {{r:Tomasz Wrzosek}},

the {{u:Pomeranian Voivode}}

decides to delete the above entity from the register of employment agencies (KRAZ).

STATEMENT OF REASONS

1. On 2 June 2023 the {{u:National Labour Inspectorate}}, District Labour Inspectorate in {{u:Gdańsk}}, notified the Voivode that the agency had, between March 2019 and October 2022, directed foreign nationals to perform temporary work at a hull-outfitting subcontractor in the port of {{u:Gdynia}} without the required work permits, and that the persons concerned were citizens of the {{u:Democratic People's Republic of Korea}}.

2. The inspection report (inspector {{p:Marek Dudziak}}) lists eleven welders and fitters, including Mr {{r:Kim Chol}}, Mr {{p:Pak Yong-il}}, Mr {{p:Han Kwang-song}}, Mr {{p:Jang Su-ryon}}, Mr {{p:Choe Hyon}} and Mr {{p:Rim Jong-gil}}, and one woman employed as a cook, Ms {{r:Ri Song-hui}}. The workers' passports were held by a person described in the documents as "coordinator", Mr {{p:Sok Man-chol}}, who was not an employee of the agency.

3. In a statement of 19 June 2023 Mr {{r:Wrzosek}} explained that the agency had signed a "cooperation agreement" with Mr {{p:Sok}} and did not know the workers' nationality, since all contracts were concluded through an intermediary company registered in {{u:Malta}}. This explanation cannot be accepted. The agency's own records, examined by the office clerk, Ms {{r:Agnieszka Lis}}, contain copies of passports issued in {{u:Pyongyang}} and bank transfer orders signed by Mr {{r:Tomasz Wrzosek}} to an account held by Mr {{p:Sok Man-chol}}.

4. Ms {{r:Ri Song-hui}}, heard as a witness on 27 June 2023 with the assistance of a sworn interpreter of Korean, Mr {{p:Paweł Nam}}, stated that she had never seen a contract, that the workers were paid "in envelopes" by Mr {{p:Sok}} and that from each envelope he took "the plan money". Mr {{r:Kim Chol}}, heard on the same day, confirmed that account and added that the welder {{p:Jang Su-ryon}} was injured in 2021 and was sent back to {{u:North Korea}} via {{u:Warsaw}} and {{u:Beijing}} within a week.

5. Ms {{r:Lis}} also identified, in the agency's payroll files, the names of four further workers for whom no documents at all were found: {{p:Ko Myong-chol}}, {{p:Yun Sang-hun}}, {{p:Ri Chol-jin}} and {{p:Paek Il-nam}}.

6. Having regard to the above, the Voivode finds that the agency performed services in breach of the conditions of Article 18i(1)(3) of the Act, and that the breach was gross. Pursuant to Article 18k, the entity may not be entered in the register again for three years.

INSTRUCTION
An appeal lies to the Minister competent for labour, through the {{u:Pomeranian Voivode}}, within 14 days of service.

By authority of the Voivode
{{p:Elżbieta Kaczmarczyk-Nowak}}
Head of the Employment Unit
(illegible signature)

Served on: 1) Mr {{r:T. Wrzosek}}; 2) {{u:National Labour Inspectorate}}, {{u:Gdańsk}}; 3) file.

I, {{p:Joanna Sowa}}, sworn translator of English, certify that the above is a true translation of the document presented to me in Polish.
""",
    },
    {
        "id": "h76-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Rim Chol-ung", "림철웅", "witness", ["Lim Cheol-woong", "Рим Чхоль Ун"]),
            ("Kang Song-nam", "강성남", "supervisor", ["Канг Сон Нам", "Accountant"]),
            ("Ko Un-jong", "고은정", "witness", ["Un-jong"]),
            ("Mirela Stan", "미렐라 스탄", "other", ["MS"]),
        ],
        "note": "Investigations desk memo authenticating a leaked dispatch roster for Vladivostok building sites; roster rows in Cyrillic and romanization, Rim/Lim spellings, a brigade leader nicknamed the Accountant (article outside) beside the ordinary word accountant, corroborating defector and analyst's initials; many unregistered roster names; an informant pseudonym labelled; a worker who shares the leader's name is private; ministry, UN panel and Bellingcat public; long.",
        "text": """MEMO - INVESTIGATIONS DESK - CONFIDENTIAL
Re: authentication of "Roster V-17" (leaked spreadsheet, 3 sheets)
From: {{r:Mirela Stan}} ({{r:MS}})   To: {{p:Jae-won Seo}}, {{p:Priyanka Rao}}   cc: legal ({{p:Oliver Grant}})
Status: DRAFT 2 - do not quote outside the desk

1. What we have
A spreadsheet of 214 rows said to list North Korean construction workers dispatched in 2018-2019 to building sites in {{u:Vladivostok}} and {{u:Artyom}}. It reached us through an intermediary we call {{p:Source N}}, who says it came from a Russian subcontractor's accounts office. Columns: row no., name in Cyrillic, name in Latin script, date of birth, passport no., brigade, site, "норма" (a monthly figure in roubles), and a remarks column in Korean.

2. Internal consistency
(a) Names. Cyrillic and Latin forms match in 209 of 214 rows. The mismatches look like typing, not fabrication: row 41 has "{{p:Ким Ён Чхоль}}" against "{{p:KIM YONG CHOL}}" (fine) but row 88 has "{{p:Ли Сон Ми}}" against "{{p:RI SONG MI}}", i.e. the Russian clerk used Ли for 리 while the Latin column keeps the North Korean form. That is exactly what we see in genuine Russian migration records.
(b) Row 12 is {{r:Рим Чхоль Ун}} / {{r:RIM CHOL UNG}}. We know this man. {{r:Rim Chol-ung}} gave us a recorded interview in 2022 under the South Korean spelling {{r:Lim Cheol-woong}}. His date of birth, his brigade ("3-я бригада") and his site (the apartment blocks on {{u:Russky Island}}) all match what {{r:Rim}} told us before we had ever seen the roster.
(c) The brigade leaders appear in the remarks column. For brigade 3 the leader is given as {{r:Канг Сон Нам}}, which is {{r:Kang Song-nam}}. {{r:Rim}} described a brigade leader called {{r:Kang}} whom the men nicknamed "the {{r:Accountant}}" because he wrote every deduction in a school exercise book. In the roster, the remarks against brigade 3 are unusually detailed ("담배값 공제", "충성자금 공제") - consistent with an accountant by temperament.

3. External corroboration
(a) {{r:Ko Un-jong}}, a former cook at the workers' canteen in {{u:Vladivostok}} now resettled in {{u:Incheon}}, looked at a printout of sheet 2 (names only, no other columns) on 3 March with {{p:Jae-won}} present. {{r:Un-jong}} recognised 23 names without prompting, including {{r:Rim Chol-ung}} ("the quiet one from {{u:Kimchaek}}"), {{p:Pak Tong-chol}}, {{p:So Kwang-hyok}}, {{p:An Myong-jun}}, {{p:Yu Song-il}}, {{p:Choe Un-gyong}} and the site doctor {{p:Ryu Jong-hwa}}. She did not recognise row 150, {{p:MUN KYONG SU}}, and said "there was a {{p:Mun}} but he was a driver, not a plasterer". The roster says plasterer. We flag but do not treat this as fatal.
(b) {{r:Ko}} also named {{r:Kang Song-nam}} as "the {{r:Accountant}}" before {{p:Jae-won}} mentioned the nickname. Good.
(c) Passport numbers: 14 rows match passports shown in the {{u:UN Panel of Experts}} reports' annexes (we compared visually, no database). Row 201, {{p:HWANG IL}}, has a passport number that appears in the panel annex under a different name, {{p:HWANG IL-SOP}}. Likely a reused or truncated entry.
(d) The subcontractor named in the file metadata ("Author: {{p:Ирина Кравцова}}") is a small firm; the company it worked for is listed as a Russian developer we will not name yet. Company registry records show a {{p:I. V. Kravtsova}} as chief accountant of the subcontractor from 2017 to 2020. That matches.

4. Red flags
- Sheet 3 uses a font that was not bundled with the office version in the metadata. {{p:Priyanka}} thinks the sheet was re-saved by {{p:Source N}} or by the intermediary. We asked; {{p:Source N}} says "I only copied it".
- Row 99, {{p:Kim Jong Un}}, born 1990, plasterer. This is a private individual with a common name, not the leader; the date of birth and passport are consistent with an ordinary worker. Keep but redact in any publication to avoid ridicule.
- Remarks against rows 60-75 refer to "{{p:Тимур}}" (possibly the Russian foreman {{p:Timur Akhmedov}} mentioned by {{r:Rim}}).

5. Assessment
High confidence that the roster is a genuine internal document of a Russian subcontractor, with minor re-saving. Medium confidence in the "норма" figures. No name from the roster should be published except those of persons who consent ({{r:Rim Chol-ung}} has consented; {{r:Ko Un-jong}} has not decided). {{p:Oliver}} to advise on {{r:Kang Song-nam}}, who is alleged to have committed abuses but who may himself be under duress.

6. Next steps
- {{p:Jae-won}}: second sitting with {{r:Un-jong}} on sheet 3.
- {{p:Priyanka}}: file-metadata report; ask {{u:Bellingcat}}-style volunteers? No - keep in-house.
- {{r:MS}}: letter to the developer asking for comment; check the {{u:Ministry of Internal Affairs of the Russian Federation}} migration statistics for {{u:Primorsky Krai}} 2018-19 against row counts.

{{r:M. Stan}}, 11 March
""",
    },
    {
        "id": "h76-en-08",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Jang Kwang-myong", "장광명", "witness", ["Kwang-myong"]),
            ("Carmen Quintana", "카르멘 킨타나", "other", ["Carmen", "C.Q."]),
            ("U Song-chol", "우성철", "coworker", []),
        ],
        "note": "Seafarers' mission Christmas gift-bag distribution lists, Las Palmas; crews of several vessels in a pipe table, names as written by the crews themselves; one-letter surname U beside the word 'u' in a text message; volunteers and chaplain private; one name with a zero-width space; mixed CRLF/LF.",
        "text": """Christmas at Sea - gift bag distribution 2023 - Port of {{u:Las Palmas de Gran Canaria}}
Coordinator: {{r:Carmen Quintana}} | Chaplain: Rev. {{p:Iain MacLeod}} | Van drivers: {{p:Pepe}}, {{p:Nuria}}
Bags: 312 packed (hat, socks, toiletries, chocolate, SIM card, card from a school), 287 delivered

Vessel | Berth | Date | Crew rec'd | Received by / signature | Volunteer
"Ocean Lily" (reefer) | Berth 4 | 20/12 | 22 | Capt. {{p:Andriy Melnyk}} | {{r:Carmen}}, {{p:Sven}}
"Hai Xiang 9" (longliner) | Berth 11 | 21/12 | 31 | {{p:陈建国}} (master) + list below | {{r:Carmen}}, {{p:Iain}}
"Santa Luzia" (trawler) | Fishing pier 2 | 21/12 | 18 | {{p:Joaquim Tavares}} | {{p:Nuria}}
"Tai Yuan 216" (longliner) | anchorage, by launch | 22/12 | 27 | {{r:Jang Kwang-myong}} (for the Korean crew) | {{p:Iain}}, {{p:Pepe}}

"Hai Xiang 9" - crew signed individually (master asked us to "make it proper")
1 {{p:陈建国}}  2 {{p:Wang Lei}}  3 {{p:Nguyễn Văn Hùng}} ... (rows 4-31 on scan)

"Tai Yuan 216" - the Korean crew did not sign individually. {{r:Jang Kwang-myong}} took 11 bags and wrote the names on the back of our sheet:
{{r:장광명}}, {{r:우성철}}, {{p:최영호}}, {{p:리명수}}, {{p:한​일남}}, {{p:로철진}}, {{p:김은혁}}, {{p:백송}}, {{p:주광일}}, {{p:방명식}}, {{p:림학수}}
A man on the launch, whom {{r:Kwang-myong}} called "{{r:Song-chol}}" (see note), asked {{p:Iain}} quietly whether the SIM cards work "in {{u:Korea}}". {{p:Iain}} said yes for calls to {{u:South Korea}}. {{r:Jang}} took the SIM cards out of all 11 bags and gave them back to us. He said: "Not needed. Thank you for the socks."

Note ({{r:Carmen}}, 23/12): the man is {{r:U Song-chol}}, no. 2 on the list above. After we left, {{p:Pepe}} got a {{u:WhatsApp}} message from a Spanish number: "u come again? need talk. {{r:song chol}}". We replied with the mission's number only. Reported to {{p:Iain}} and to the port welfare committee. I do not think {{r:U}} is safe to contact by phone.

Thank-you cards written by pupils of a primary school in {{u:Telde}}: signed "{{p:Lucía}}, 9", "{{p:Yeray}}, 10", "{{p:Aitana}} and {{p:Mateo}}". Two cards were given to the Korean crew; {{r:Jang}} returned them too.
- {{r:C.Q.}}
""",
    },
    {
        "id": "h76-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Han Se-ri", "한세리", "witness", ["Se-ri", "serihan"]),
            ("Tobias Fenwick", "토비아스 페닉", "other", ["Toby", "TF"]),
            ("Choi Jun", "최준", "witness", ["Jun"]),
        ],
        "note": "Legal observer's handwritten notes typed up after a vigil outside the DPRK embassy in Ealing; timestamps, police shoulder numbers unmarked, arrestees and bystanders named; handle serihan; one-syllable given name Jun; embassy, police force and statute public; protesters, officers and a counter-protester private.",
        "text": """LEGAL OBSERVER NOTES - typed from notebook
Event: candlelit vigil for North Korean workers, outside the {{u:Embassy of the Democratic People's Republic of Korea in London}}, {{u:Gunnersbury Avenue}}, {{u:Ealing}}
Date: Sat 16 March   LO team: {{r:Tobias Fenwick}} (LO1), {{p:Aisha Mahmood}} (LO2)
Organisers (self-described): "Freedom Pathways Collective" - contact {{r:Han Se-ri}} (insta @{{r:serihan}}_nk)

14:02 approx 40 people on pavement opposite embassy. Candles, placards with photos. {{r:Se-ri}} with megaphone reading names of workers who died abroad: "{{p:Kang Chol-min}}, {{u:Kuwait}}. {{p:Ri Yong-sik}}, {{u:Russia}}. {{p:Pak Hye-gyong}}, {{u:China}}..." (she read about 20; I caught only some: {{p:Kim Sung-nam}}, {{p:O Chang-il}}, {{p:Sin Kum-ok}}).
14:15 {{u:Metropolitan Police}} present: 2 PCs (shoulder nos. seen: 4417, 2280), later an inspector. Inspector gave name as {{p:Whitlock}}.
14:31 man in grey jacket (not part of vigil) photographing faces from the embassy side with a long lens. {{r:Jun}} ({{r:Choi Jun}}, student volunteer) crossed the road to ask him to stop. Raised voices. Man said "You are traitors". PC 4417 separated them.
14:36 {{r:Choi}} detained (handcuffed, rear stack) for "breach of the peace". I asked grounds; PC 4417 said "to prevent a breach". {{r:Toby}} (me) gave {{r:Jun}} bust card and said: name and address only, no comment. {{r:Jun}} asked me to call {{r:Se-ri}}.
14:40 Inspector {{p:Whitlock}} spoke to the photographer, who gave his name as "Mr {{p:Ri}}". He showed no ID and went inside the embassy gate.
14:44 {{p:Aisha}} filmed; a bystander, {{p:Gwen Ashcroft}} (lives on the street), says she saw the photographer "push the young lad first". Took her number.
14:58 {{r:Choi Jun}} de-arrested at the scene after Inspector {{p:Whitlock}} reviewed the PC's bodycam. No further action stated. {{r:Jun}} shaken; wrist red.
15:10 {{r:Han Se-ri}} asked vigil to move 10 m for a minute of silence. Names read again, this time including {{p:Ryu Myong-chol}} and {{p:Jo Kwang-hyok}}, added by "Grandmother {{p:Kim}}", an older woman who said her nephew was on a fishing boat.
15:40 vigil ends peacefully.

Post-event
- Bust card with {{r:Jun}}; advised him to request bodycam under {{u:Data Protection Act 2018}}.
- {{r:Se-ri}} wants a complaint about the photographer; explained the embassy is not within police control; suggested contacting the {{u:Foreign, Commonwealth and Development Office}}.
- Witness {{p:Gwen Ashcroft}}: statement to be taken by {{p:Aisha}}.
{{r:TF}} / {{p:AM}}
""",
    },
    {
        "id": "h76-en-10",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Daniel An", "대니얼 안", "other", ["Dan", "Danny"]),
            ("Ahn Mi-rae", "안미래", "other", ["Mi-rae"]),
        ],
        "note": "Charity bike-ride sponsorship forms (London to Brighton) for an NGO supporting former overseas workers; sponsor names, nicknames and messages; rider's surname An beside the article 'an'; a rider's mother with the South Korean spelling Ahn; a workers' memorial dedication with private names; emoji; CRLF.",
        "text": """{{u:LONDON}} TO {{u:BRIGHTON}} 2024 - SPONSORSHIP FORM (paper, page 1 of 2)
Rider: {{r:Daniel An}}   Team: "Pedal for Freedom" (4 riders: {{r:Dan}}, {{p:Kezia}}, {{p:Rob Hartley}}, {{r:Mi-rae}})
Riding in memory of: {{p:Kim Chang-su}} and {{p:Pak Ok-hwa}}, who never came home from their work sites abroad.
Gift Aid: tick if you are a {{u:UK}} taxpayer.

# | Sponsor name | Amount | Gift Aid | Message
1 | {{r:Ahn Mi-rae}} | £100 | ✓ | Go {{r:Danny}}!!! 엄마가 응원해 ❤️
2 | {{p:Grace Ahn}} | £25 | ✓ | From your favourite auntie. Don't fall off.
3 | {{p:Tom}} & {{p:Lucy Barker}} | £20 | ✓ | an amazing cause, proud of you
4 | Dr {{p:Samuel Osei}} | £50 | ✓ | For {{p:Chang-su}} and {{p:Ok-hwa}}.
5 | {{p:Jiyoon Park}} | £10 |   | 화이팅 🚴
6 | Mr & Mrs {{p:Hollis}} | £15 | ✓ | (no message)
7 | Anonymous | £40 |   | An old friend of {{p:Chang-su}}'s from {{u:Nampo}}. Thank you for remembering him.
8 | {{p:Kezia Okafor}} | £5 |   | See you at {{u:Ditchling Beacon}} lol
9 | {{p:Hyun-woo}} (church) | £20 | ✓ |
10 | The {{p:Whitaker}}s | £30 | ✓ | Good luck {{r:Dan}}, ride safe
11 | {{p:Ri Song-hak}} | £10 |   | I worked in {{u:Kuwait}} 6 years. Thank you.

Collected total (page 1): £325
Handed to: {{p:Rachel Lee}} (NGO fundraising) on 02/07   Signature: {{r:D. An}}

Note from {{r:Mi-rae}} attached (yellow post-it): "{{r:Danny}}, Mr {{p:Ri}} gave cash after church, he wants no thank-you letter. Please don't put his name online. 엄마"
""",
    },
    {
        "id": "h76-en-11",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Ok-hui", "김옥희", "witness", ["Ok-hui"]),
            ("Song Chun-ae", "송춘애", "witness", ["Chun-ae"]),
            ("Rim Hyang", "림향", "witness", ["Hyang"]),
            ("Yoo Ji-hoon", "유지훈", "other", ["JH"]),
        ],
        "note": "Collective-claim opt-in register for former seafood-plant workers in Hunchun and Donggang; claimant rows with names, opting-in dates, referrers and remarks; surname Song beside 'song', one-syllable given name Hyang; registered case officer initials; withdrawn and deceased claimants still labelled.",
        "text": """GROUP LITIGATION - OPT-IN REGISTER (working copy)
Matter: former {{u:DPRK}} seafood-processing workers v. [buyer redacted] - claim in unjust enrichment and negligence
Case officer: {{r:Yoo Ji-hoon}} ({{r:JH}})   Supervising partner: {{p:Fiona Blackwood}}   Updated: 28/05

Cl.# | Name (as on ID) | Plant (H = {{u:Hunchun}}, D = {{u:Donggang}}) | Opt-in date | Referred by | Status | Remarks
C-001 | {{r:KIM Ok-hui}} | seafood plant, H | 12/01 | Pastor {{p:Yang}} | signed | lead claimant; statement done
C-002 | {{r:SONG Chun-ae}} | same | 12/01 | {{r:Kim Ok-hui}} | signed | says the supervisor made them sing a song of praise before each shift
C-003 | {{r:RIM Hyang}} | squid line, D | 19/01 | self | signed | prefers "{{r:Hyang}}" only in correspondence
C-004 | {{p:Pak Mi-ran}} | H | 19/01 | {{r:Ok-hui}} | signed |
C-005 | {{p:Ri Sol-hwa}} | H | 02/02 | {{r:Ok-hui}} | WITHDRAWN 30/03 | family pressure; do not contact
C-006 | {{p:Jo Kum-sil}} | D | 02/02 | {{r:Rim Hyang}} | signed |
C-007 | {{p:Han Yong-ok}} | D | 09/02 | {{r:Hyang}} | signed | hearing impaired - written Korean only
C-008 | {{p:Choe Sun-nyo}} | H | 09/02 | Pastor {{p:Yang}} | signed |
C-009 | {{p:Kang Myong-hwa}} | H | 15/02 | {{r:Song Chun-ae}} | pending ID | only a {{u:China}} exit stamp copy
C-010 | {{p:Ryu Kyong-ae}} | D | 22/02 | self | signed | sister of {{p:Ryu Kyong-hui}} (C-011)
C-011 | {{p:Ryu Kyong-hui}} | D | 22/02 | {{p:Ryu Kyong-ae}} | signed |
C-012 | {{p:O Yun-jong}} | H | 01/03 | {{r:Chun-ae}} | DECEASED 14/04 | estate: daughter {{p:O Se-rin}} to be substituted
C-013 | {{p:Ma Chun-hwa}} | H | 08/03 | {{r:Ok-hui}} | signed |
C-014 | {{p:Sim Un-ha}} | D | 08/03 | {{p:Danny Cho}} (NGO) | signed |
C-015 | {{p:Tak Yong-mi}} | H | 21/03 | self | signed | dispute with C-001 about shift dates; {{r:JH}} to mediate

Notes
- {{r:Kim}} and {{r:Song}} both worked under the same line manager, a Chinese woman they call {{p:刘姐}}, and the same North Korean team leader, {{p:Jon Kyong-nam}}. Defence will say the two women rehearsed their accounts; their first statements were taken separately by {{r:JH}} and by {{p:Danny Cho}}.
- {{r:Rim}} remembers a worker called "{{p:Yong-ok}}" who lost a finger on the squid line in 2018 - is this C-007 {{p:Han Yong-ok}}? {{r:Hyang}} thinks yes. Check.
- Referrer "Pastor {{p:Yang}}" is {{p:Yang Dong-hyun}} of a church in {{u:Ansan}}; confirm he is not being paid per referral.
""",
    },
    {
        "id": "h76-en-12",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("O Chol-nam", "오철남", "witness", ["Chol-nam"]),
            ("Jo Eun-byul", "조은별", "relative", ["Eun-byul"]),
            ("Gareth Pryce", "개러스 프라이스", "official", ["G. Pryce"]),
        ],
        "note": "Asylum-accommodation room-inspection reports from a contractor's housing officer; room occupants by name, one-letter surname O beside the interjection 'Oh' and 'O2'; a family room with a child; officer registered; Home Office and council public; damp and safety items; names in a table.",
        "text": """PROPERTY INSPECTION REPORT - dispersed asylum accommodation
Address: [redacted], {{u:Cardiff}}   Property ref: CF-2231   Type: HMO, 5 bedrooms
Inspecting officer: {{r:Gareth Pryce}}   Date: 11/10/2023   Contract: {{u:Home Office}} asylum accommodation (AASC)
Previous inspection: 14/07/2023 (officer {{p:S. Lloyd}})

Room | Occupant(s) | Nationality (as on ARC) | Findings | Action
1 | {{r:O Chol-nam}} | {{u:PRK}} | mould on ceiling above window, smoke alarm OK | landlord: treat mould within 14 days
2 | {{p:Ahmad Rahimi}} | {{u:AFG}} | lock on door broken; occupant says it has been broken since August | urgent - 24 h
3 | {{r:Jo Eun-byul}} + son {{p:Ha-jun}} (4) | {{u:PRK}} | cot missing, window restrictor missing | urgent - 24 h (child)
4 | {{p:Tesfaye Alemu}} | {{u:ERI}} | no issues | -
5 | vacant | - | bed frame broken | remove

Occupant comments
Room 1: Mr {{r:O}} showed me a bucket he uses for the leak. "Oh, every night," he said. He asked whether the {{u:Home Office}} had received his address change; he had an interview with his legal rep, Ms {{p:Sunita Dhillon}}, last week. Mr {{r:Chol-nam}} also asked for the Korean-speaking support worker, {{p:Ji-hye}}, to visit; referred to {{u:Migrant Help}}.
Room 3: Ms {{r:Jo}} (her name on the ARC is written {{r:JO EUN BYUL}}) says {{p:Ha-jun}} has a cough since the mould came. She does not want to move to a hotel because Mr {{r:O}} helps her with shopping - they did not know each other before; they met in the initial accommodation in {{u:Wakefield}}. She says {{r:Chol-nam}} worked in {{u:Russia}} for a building company and does not sleep well; she has heard him shouting at night the name "{{p:Myong-guk}}".
Room 2: Mr {{p:Rahimi}} says the previous occupant, "{{p:Yusuf}}", took the key.

Officer's notes
Phone signal poor; O2 only. Gas safety certificate expires 01/12/2023 - chase landlord (Mr {{p:K. Hussain}}). Fire blanket missing in kitchen. Housing officer {{r:G. Pryce}} to revisit 25/10 with council environmental health ({{u:Cardiff Council}}). Safeguarding referral re Room 3 made to {{p:Carys Evans}}, safeguarding lead.
Signed: {{r:Gareth Pryce}}
""",
    },
    {
        "id": "h76-en-13",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Paek Hyon-chol", "백현철", "supervisor", ["Hyon-chol"]),
            ("Johannes Shikongo", "요하네스 시콩고", "official", ["J. Shikongo", "JS"]),
            ("Sok Il-gwang", "석일광", "coworker", ["Il-gwang"]),
        ],
        "note": "Namibian municipal building-inspection register for sites built by North Korean crews in Windhoek; stage inspections with site foremen's names and signatures in a pipe table; inspector registered; Mansudae Overseas Projects, City of Windhoek and a Namibian ministry public; Oshiwambo names private; CRLF.",
        "text": """{{u:CITY OF WINDHOEK}} - BUILDING CONTROL
STAGE INSPECTION REGISTER (extract)   Inspector: {{r:J. Shikongo}}   Book no. 7, pages 41-43

Date | Erf / site | Stage | Contractor's rep on site | Result | Sig.
03/02/15 | Erf 2231, {{u:Klein Windhoek}} (private residence) | foundations | {{r:PAEK Hyon-chol}} (foreman) | passed | {{r:JS}} / {{r:Paek}}
10/02/15 | Erf 2231 | DPC level | {{r:Paek}} | passed with note: brickforce missing, rectified same day | {{r:JS}}
17/02/15 | Erf 870, {{u:Olympia}} (office block) | column reinforcement | {{r:SOK Il-gwang}} | FAILED - cover to steel insufficient | {{r:JS}} / {{r:Sok}}
19/02/15 | Erf 870 | re-inspection | {{r:Sok Il-gwang}}, interpreter {{p:Ri Myong}} | passed | {{r:JS}}
02/03/15 | Erf 5512, {{u:Katutura}} (clinic extension, client: {{u:Ministry of Health and Social Services}}) | roof trusses | {{p:KIM Tong-il}} | passed | {{r:JS}} / {{p:Kim}}
09/03/15 | Erf 2231 | drainage | {{r:Paek}} absent; {{p:HAN Chol}} signed | passed | {{r:JS}} / {{p:Han}}
16/03/15 | Erf 870 | slab 2nd floor | {{r:Il-gwang}} | passed | {{r:JS}}
23/03/15 | Erf 5512 | final | {{p:Kim Tong-il}} | certificate of occupation recommended | {{r:JS}}

Inspector's remarks (p. 43, handwritten)
Contractor on all three sites given as "{{u:Mansudae Overseas Projects}}". Owners on Erf 2231 (Mr and Mrs {{p:Nangolo}}) say they were introduced by a Namibian agent, {{p:Petrus Amutenya}}, and paid him, not the company. Workers on Erf 870 sleep in a container on site; I counted 14 mattresses. Foreman {{r:Hyon-chol}} says the men go to the company's house in {{u:Eros}} on Sundays. One worker on Erf 870 (the others called him "{{p:Jong-ho}}") had a bandaged hand; {{r:Sok}} said it was old. Reported verbally to my supervisor, Ms {{p:Ndapewa Haufiku}}. Not within building-control mandate; suggested she pass it to {{u:Ministry of Labour, Industrial Relations and Employment Creation}}.
{{r:J. Shikongo}}, Building Inspector II
""",
    },
    {
        "id": "h76-en-14",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ju Kyong-il", "주경일", "supervisor", ["Kyong-il"]),
            (
                "Nurul Aina binti Hashim",
                "누룰 아이나 빈티 하심",
                "official",
                ["Nurul", "Nurul Aina"],
            ),
        ],
        "note": "Malaysian CIDB construction-personnel (green card) registration batch for a Kuching project, with the training provider's e-mail; North Korean workers' names in passport capitals, a Malay clerk with binti, Bangladeshi and Indonesian workers in the same batch; Malay titles Encik/Cik outside the mention; login local part nurul.aina; CIDB, Kuching and Kuala Lumpur public.",
        "text": """From: {{r:nurul.aina}}@[training-provider].com.my
To: {{r:Ju Kyong-il}} <site office>
Subject: RE: Batch 17 - Kad Hijau {{u:CIDB}} / green card - Projek Rumah Pangsa, {{u:Kuching}}

Dear Encik {{r:Ju}},

Please find below the list for the Safety Induction Course (SICW) on Saturday 09/09 at our centre, {{u:Jalan Padungan}}, {{u:Kuching}}. Registration with {{u:CIDB}} will be done after the course. Workers must bring original passport and work permit (PLKS). Your company's supervisor must attend to sign the attendance.

No | Nama / Name | Passport no. | Nationality | Trade
1 | {{p:RI CHOL SU}} | 8361xxxxx | {{u:KOREA (DPR)}} | tukang bata / bricklayer
2 | {{p:HWANG MYONG GIL}} | 8362xxxxx | {{u:KOREA (DPR)}} | bricklayer
3 | {{p:CHOE SONG RIM}} | 8362xxxxx | {{u:KOREA (DPR)}} | plasterer
4 | {{p:KIM JIN}} | 8357xxxxx | {{u:KOREA (DPR)}} | steel bar
5 | {{p:MD RAFIQUL ISLAM}} | BX0xxxxx | {{u:BANGLADESH}} | general worker
6 | {{p:AHMAD FAUZI}} | C7xxxxx | {{u:INDONESIA}} | carpenter
7 | {{p:JU KYONG NAM}} | 8358xxxxx | {{u:KOREA (DPR)}} | supervisor (assistant)

Note: for no. 4 Encik {{p:Kim Jin}}, the passport copy you sent is expired. For no. 7, please confirm he is not the same person as Encik {{r:Ju Kyong-il}} (same surname, same date of birth on the form). Many of your workers have the same surname, our system rejected two entries as "duplicate".

Also, our trainer, Encik {{p:Wong Kah Seng}}, asks if the Korean workers can understand Malay or English. Last batch, Encik {{p:Hwang}} translated for everybody but he was not able to answer the test for the others. If there is no interpreter, the workers may fail.

Terima kasih,
{{r:Nurul Aina binti Hashim}}
Admin Executive

> From: {{r:Ju Kyong-il}}
> Sent: 04/09 10:12
> Cik {{r:Nurul}}, 7 person attend. {{p:Kim Jin}} passport new one coming from {{u:Kuala Lumpur}} embassy. {{p:Ju Kyong-nam}} is my younger brother, not same person. Thank you. {{r:Ju}}
""",
    },
    {
        "id": "h76-en-15",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kye Hak-chol", "계학철", "supervisor", ["Hak-chol"]),
            ("Ryu Song-jin", "류성진", "coworker", ["Song-jin"]),
            ("Anil Thapa", "아닐 타파", "coworker", []),
        ],
        "note": "Qatari fuel-card transaction statement for a subcontractor's vans, with an analyst's annotations linking drivers to a North Korean brigade's moonlighting trips; driver IDs and names in columns, a handle-like card label KYE-HC, Nepali driver registered; WOQOD stations and Qatari places public.",
        "text": """FUEL CARD STATEMENT - account 40-11872 - period 01/05/2019 to 31/05/2019
Issuer: {{u:WOQOD}} ({{u:Qatar Fuel}})   Cardholder company: [subcontractor redacted], {{u:Doha}}

Card label | Vehicle | Driver (as registered) | Date/time | Station | Product | Litres | QAR
KYE-HC | 441xxx Hiace | {{r:KYE HAK CHOL}} | 02/05 05:41 | {{u:Al Wakrah}} | Gasoline 91 | 62.3 | 130.83
KYE-HC | 441xxx | {{r:KYE HAK CHOL}} | 05/05 21:12 | {{u:Al Khor}} | Gasoline 91 | 58.0 | 121.80
RYU-SJ | 552xxx Hiace | {{r:RYU SONG JIN}} | 06/05 04:58 | {{u:Industrial Area}} | Gasoline 91 | 70.1 | 147.21
THAPA-A | 618xxx pickup | {{r:ANIL THAPA}} | 06/05 13:20 | {{u:Mesaieed}} | Diesel | 81.4 | 166.87
KYE-HC | 441xxx | {{p:CHON MYONG SU}} | 11/05 22:47 | {{u:Al Khor}} | Gasoline 91 | 55.6 | 116.76
KYE-HC | 441xxx | {{r:KYE HAK CHOL}} | 18/05 23:30 | {{u:Al Khor}} | Gasoline 91 | 61.2 | 128.52

Analyst's notes ({{p:Farah}}, 14/02/2024)
1. Card "KYE-HC" is registered to {{r:Kye Hak-chol}}, named by three witnesses as the North Korean brigade leader on the residential tower site in {{u:Lusail}}. Night-time fills at {{u:Al Khor}} (5th, 11th, 18th) fit witness {{p:Ri Kwang-nam}}'s account that {{r:Kye}} drove men north after the day shift to do private tiling jobs for villa owners, and took their pay. On 11/05 the fill was signed by {{p:Chon Myong-su}}, who {{p:Ri}} says was {{r:Hak-chol}}'s deputy.
2. {{r:Ryu Song-jin}} (card RYU-SJ): witnesses say {{r:Song-jin}} was the brigade's regular driver; early-morning fills match the 5 a.m. bus run from the camp in the {{u:Industrial Area}}.
3. {{r:Anil Thapa}} is a Nepali driver of the subcontractor. {{r:Thapa}} has spoken to our partner in {{u:Kathmandu}} ({{p:Sushila}}) and says he sometimes drove "the Korean men" and was told by the Korean boss, "Mr {{r:Kye}}", not to talk to them. He asked that his name be kept out of any report.
4. Statement obtained by {{p:Ibrahim K.}} through a former employee of the subcontractor; provenance memo on file.
""",
    },
    {
        "id": "h76-en-16",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Sok Dara", "속 다라", "other", ["Dara"]),
            ("Ri Kum-hui", "리금희", "coworker", ["Kum-hui"]),
            ("Pak Yong-chol", "박용철", "supervisor", []),
        ],
        "note": "Cambodian tour guide's commission notebook (translated from Khmer) for bringing tour groups to a North Korean restaurant in Siem Reap; guide registered with a Khmer surname-first name, waitresses by stage first names, manager as Manager Pak with the title outside; Chinese and Korean tour leaders private; Angkor Wat, Siem Reap and a real airline public.",
        "text": """[Translation of a notebook given to us by the guide {{r:Sok Dara}}, {{u:Siem Reap}}, March 2024. Translator: {{p:Sreymom}}. Original in Khmer with numbers and some English.]

My groups to the Korean restaurant (the one with the singing girls) - commission 2 USD per head, paid by Manager {{r:Pak}} at the end of the month.

Jan 2018
04 - Chinese group, 31 pax, leader Mr {{p:Zhou}} - 62 USD. {{r:Kum-hui}} sang for them, they gave flowers.
09 - Korean group (South), 18 pax, leader Ms {{p:Yoon}} - 36 USD. Guests asked girls where they are from; girls said "{{u:Pyongyang}}". Ms {{p:Yoon}} very quiet after.
15 - Chinese group, 40 pax, leader {{p:小李}} - 80 USD. Manager {{r:Pak}} paid only 60, said 10 guests did not eat.
22 - after {{u:Angkor Wat}} sunrise tour, Korean family 4 pax, no commission (too small).
Total Jan: 178 USD received, 198 expected. Talked to {{r:Pak Yong-chol}}. He said "next month".

Feb 2018
03 - Chinese group 35 pax, Mr {{p:Zhou}} again - 70 USD.
11 - Korean group 22 pax, leader Mr {{p:Chae}} - 44 USD. {{r:Kum-hui}} asked me in English how much commission I get. I told her. She laughed and said "more than me".
20 - Chinese group 28 pax, leader Ms {{p:Wang Fang}} - 56 USD.
Total Feb: 170 USD.

Notes (written later)
- The girls: {{r:Kum-hui}}, {{p:Hyang-mi}}, {{p:Chun-yong}}, {{p:Song-a}}, {{p:Ok-ryon}}. Also {{p:Un-ha}}, who played accordion. They lived above the restaurant. They only went out together, two by two, with Mrs {{p:Choe}}; people said she was the wife of {{r:Pak}}.
- March 2018 the restaurant closed for two weeks. Manager {{r:Pak}} told me the girls went "home for a meeting". When it opened again, {{r:Kum-hui}} and {{p:Song-a}} were not there. New girls: {{p:Sol-hui}}, {{p:Myong-ok}}.
- I last saw {{r:Ri Kum-hui}} at the airport in April 2018, flight to {{u:Beijing}} with {{u:China Eastern Airlines}}. She was with Mrs {{p:Choe}} and did not look at me.
- {{r:Pak}} still owes me 20 USD from January.
({{r:Dara}})
""",
    },
    {
        "id": "h76-en-17",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Kum-ran", "최금란", "witness", ["Kum-ran", "กุมรัน ชเว"]),
            ("Yun Il-song", "윤일성", "witness", ["Il-song", "ยุน อิลซง"]),
            ("Supaporn Wongsa", "수파펀 웡사", "other", ["Supaporn", "สุภาพร วงศ์ษา"]),
        ],
        "note": "Translated Thai bail-bond receipts for two North Korean women and a man charged with illegal entry near Chiang Saen; Thai transcriptions of registered names listed as aliases with the titles นาย/นางสาว outside; NGO guarantor registered; judge, clerk and lawyer private; Chiang Rai Provincial Court public.",
        "text": """[Unofficial translation from Thai. Translator: {{p:Kanokwan S.}} for the NGO. Thai names are reproduced in brackets as on the receipts.]

{{u:CHIANG RAI PROVINCIAL COURT}}
RECEIPT FOR BAIL SECURITY
Receipt no. 0418/2566   Date: 14 June 2023 (B.E. 2566)

Black case no. Or.1402/2566 - Public Prosecutor v. (1) Ms {{r:Choe Kum-ran}} (นางสาว{{r:กุมรัน ชเว}}), (2) Mr {{r:Yun Il-song}} (นาย{{r:ยุน อิลซง}}), (3) Ms {{p:Ri Ok-ju}} (นางสาว{{p:อกจู รี}})
Charge: entering the Kingdom without permission ({{u:Immigration Act B.E. 2522}}), arrested at {{u:Chiang Saen}} district

Bail applicant: Ms {{r:Supaporn Wongsa}} (นางสาว{{r:สุภาพร วงศ์ษา}}), on behalf of the foundation, relationship: guarantor (NGO)
Security: cash, 10,000 baht per defendant, total 30,000 baht
Received by: {{p:Nattapong Kaewkham}}, court officer (นาย{{p:ณัฐพงษ์ แก้วคำ}})
Approved by: judge {{p:Thanawat}} (surname illegible)

Conditions: defendants to report to the court on 28 June 2023; not to leave {{u:Chiang Rai}} province; to reside at the shelter named by the applicant.

---
Translator's notes
1. The receipt uses นางสาว ("Miss") for Ms {{r:Choe}} and Ms {{p:Ri}}. On the charge sheet Ms {{r:Choe}}'s name was first typed "{{r:กุมรัน ชเว}}" and then corrected by hand. The defendants told our lawyer, คุณ{{p:Prasert}} ({{p:Prasert Chaiyo}}), that {{r:Kum-ran}} and {{p:Ok-ju}} are cousins and that {{r:Il-song}} met them on the boat across the {{u:Mekong}}.
2. {{r:Supaporn}} signed for all three. The court returned the deposit for {{r:Yun Il-song}} on 30 June after his case was transferred to the immigration detention centre in {{u:Bangkok}}; receipt 0452/2566 (not attached).
3. In the court's queue book the interpreter is named as "Mr {{p:Kim}}" only. He is {{p:Kim Dong-hyun}}, a Korean resident of {{u:Chiang Mai}}, paid by the court.
""",
    },
    {
        "id": "h76-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ryu Ha-eun", "류하은", "relative", ["하은"]),
            ("Ryu Chol-jun", "류철준", "witness", ["철준"]),
            ("Moon Seo-yeon", "문서연", "other", ["서연"]),
        ],
        "note": "피아노 학원 정기 발표회 프로그램: 원생 이름·곡목·작곡가(실존 작곡가는 공개), 원장 인사말과 학부모 감사 글; 탈북민 아버지의 글에 러시아 벌목장 시절 동료 이름; 곡목 '달빛'·'문 리버' 옆의 문 씨 원장; 이름 뒤 '이'는 밖.",
        "text": """제12회 봄빛 피아노 학원 정기 발표회
2024년 5월 25일(토) 오후 3시 · 구민회관 소강당

■ 원장 인사말
안녕하세요, 원장 {{r:문서연}}입니다. 올해는 처음 무대에 서는 친구가 여섯 명이나 됩니다. 실수해도 괜찮아요. 끝까지 치는 것이 오늘의 목표입니다. 반주를 도와주신 {{p:정다운}} 선생님, 무대 정리를 맡아 주신 {{p:고민재}} 아버님께 감사드립니다.

■ 1부
1. 작은 별 변주곡 ({{u:모차르트}}) - {{p:김서아}} (7세)
2. 나비야 - {{p:이도윤}} (6세)
3. 엘리제를 위하여 ({{u:베토벤}}) - {{p:박지호}} (9세)
4. 문 리버 ({{u:헨리 맨시니}}) - {{r:류하은}} (10세)
5. 젓가락 행진곡 (연탄) - {{p:최유나}}·{{p:최유진}} 자매
6. 소나티네 Op.36 No.1 ({{u:클레멘티}}) - {{p:한솔}} (11세)

■ 2부
7. 녹턴 Op.9 No.2 ({{u:쇼팽}}) - {{p:윤채원}} (13세)
8. 달빛 ({{u:드뷔시}}) - 강사 {{p:정다운}}
9. 아리랑 변주 (편곡 {{r:문서연}}) - {{r:하은}}이와 원장 연탄
10. 다 함께: 학원 합창 '꿈꾸지 않으면'

■ 학부모 글 - {{r:하은}}이 아빠 {{r:류철준}}
저는 {{u:북한}}에서 피아노를 한 번도 만져 본 적이 없습니다. 스무 살이 넘어 {{u:러시아}} {{u:아무르주}} 벌목장에 갔을 때, 같은 작업반의 {{p:김영호}} 형이 나무토막에 건반을 그려 놓고 손가락 연습을 하던 것이 생각납니다. {{p:영호}} 형은 {{u:평양음악무용대학}}에 가고 싶었다고 했습니다. 그 형은 지금 어디 있는지 모릅니다. 오늘 {{r:하은}}이가 치는 '문 리버'를 들으면 {{p:영호}} 형 생각이 날 것 같습니다. {{r:문서연}} 원장님, 2년 동안 학원비를 깎아 주셔서 감사합니다. - {{r:류철준}} 올림

■ 꽃다발 전달: {{r:하은}}이 할머니 {{p:오순녀}} 님은 사정상 참석하지 못해 영상으로 인사합니다.
""",
    },
    {
        "id": "h76-ko-02",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Rim Sun-ae", "림순애", "witness", ["순애"]),
            ("Ro Myong-ho", "로명호", "coworker", ["명호"]),
            ("Ko Jae-sik", "고재식", "other", []),
        ],
        "note": "도배·장판 시공 견적서와 작업 메모: 고객(탈북민)과 도배공 모두 북한식 성 림·로; 가게 이름 '고씨네'의 성 고는 표시, '사장'·'실장'·'여사님'은 밖; LH는 공개; 카카오톡 메모와 손글씨 메모; CRLF.",
        "text": """[견적서]  {{r:고}}씨네 도배장판
대표 {{r:고재식}}  ☎ 010-****-2231
고객명: {{r:림순애}} 님   현장: 한빛아파트 104동 1203호 ({{u:LH}} 임대)   실측일: 2024. 3. 9.

품목 | 규격 | 수량 | 단가 | 금액
실크벽지(거실·안방) | 친환경 | 14롤 | 38,000 | 532,000
합지벽지(작은방 2) | 일반 | 10롤 | 18,000 | 180,000
장판(전체) | 2.2T | 22평 | 28,000 | 616,000
곰팡이 제거·방수 처리 | 안방 북쪽 벽 | 1식 | 150,000 | 150,000
인건비 | 도배 2인·장판 1인 | 1일 | - | 포함
합계 1,478,000원 → 고객 사정 고려 1,300,000원으로 조정 (대표 {{r:고}})

※ 결제: 계약금 30만 원(3/11 입금 확인, 입금자명 "{{r:림순애}}"), 잔금 시공 후.

[작업 메모 - {{u:카톡}} 캡처]
3/14 07:52 {{r:고재식}}: {{r:명호}} 씨, 오늘 1203호 8시 반까지. 안방 곰팡이 심함. 락스 챙기고.
3/14 07:55 {{r:로명호}}: 네 사장님. {{p:태준}}이도 같이 갑니까?
3/14 07:56 {{r:고재식}}: {{p:태준}}이는 장판만. 오후에 {{p:박}} 실장 올 거야.
3/14 12:40 {{r:로명호}}: 고객님 점심 주셨습니다. 고향이 {{u:함경북도}} {{u:회령}}이랍니다. 저랑 같은 도. 😂
3/14 12:41 {{r:고재식}}: 수다 그만 떨고 ㅋㅋ 도배나 해
3/14 17:20 {{r:로명호}}: 끝. 안방 벽 뒤에서 예전 세입자 이름 적힌 종이 나옴 "{{p:강옥분}} 2009". 고객님이 버리래요.

[손글씨 메모 - 견적서 뒷면, {{r:로명호}}]
고객 {{r:림}} 여사님: 남편 {{p:박영철}} 씨는 {{u:쿠웨이트}} 건설장 다녀온 뒤 허리를 못 씀. 방 하나는 남편 방, 하나는 딸 {{p:은별}}이 방. {{p:은별}}이가 분홍 벽지 원함 → 합지 분홍으로 변경(차액 없음). 다음 주 {{r:순애}} 씨 언니 {{p:림순희}} 씨 집(같은 단지 107동)도 견적 문의.
""",
    },
    {
        "id": "h76-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Han Ok-ryon", "한옥련", "witness", ["옥련"]),
            ("Kang Mi-suk", "강미숙", "other", ["미숙"]),
        ],
        "note": "수선집 접수 장부(날짜·이름·품목·금액·찾음 표시): 주인은 중국 봉제공장에 파견됐던 탈북 여성, 가게 이름 속 '옥련'은 표시, 단골 손님 별명 '청진댁'은 사람으로 표시하고 지명 청진은 따로 나올 때만 공개; 가려진 이름은 보이는 성만; 한 글자 이름·전화 뒷자리·'학생' 같은 일반어는 표시하지 않음.",
        "text": """{{r:옥련}}수선 접수장 2024년 4월 (주인 {{r:한옥련}})

날짜 | 손님 | 물건 | 작업 | 금액 | 찾음
4/1 | {{p:김}}○○ (4471) | 정장바지 | 기장 줄임 3cm | 8,000 | ✔
4/1 | {{p:청진댁}} | 패딩 | 지퍼 교체 | 15,000 | ✔
4/2 | {{p:박은주}} | 교복 치마 | 허리 늘림 | 10,000 | ✔
4/3 | 학생 (이름 안 씀) | 체육복 | 무릎 덧댐 | 5,000 | ✔
4/3 | {{p:최}} 목사 | 양복 상의 | 소매 줄임 | 12,000 |
4/5 | {{r:미숙}}이 언니 | 커튼 2장 | 길이 맞춤 | 20,000 | ✔
4/6 | {{p:정}}○○ (0915) | 청바지 | 밑단 | 5,000 | ✔
4/8 | {{p:용}} (중국집 배달) | 조리복 3벌 | 단추·터짐 | 9,000 |
4/9 | {{r:강미숙}} | 한복 | 동정 교체 | 7,000 | ✔
4/11 | {{p:로은철}} 씨 | 작업복 | 팔꿈치 수선 | 6,000 | ✔ 외상
4/12 | {{p:윤지아}} 엄마 | 원피스 | 품 줄임 | 15,000 | ✔

[장부 뒷장 메모]
- {{p:청진댁}}은 같은 아파트 사는 {{p:방영순}} 언니. 고향이 {{u:청진}}이라서 다들 그렇게 부름. 패딩값 만 원만 받음.
- {{p:로은철}} 씨 외상 6천 원. {{p:은철}} 씨도 {{u:러시아}}에서 건설 일 했다고 함. 다음에 받기.
- {{r:미숙}} 언니 (센터 선생님)가 말한 대로 사업자 등록함. 세금 신고는 {{r:강미숙}} 선생님이 도와준다고.
- 예전 {{u:단둥}} 공장에서 같이 재봉하던 {{p:순실}}이, {{p:금옥}}이 생각남. 거기서는 하루 열네 시간 박았는데 여기선 내가 주인. 반장 {{p:리}}가 바늘 부러뜨리면 벌금 매기던 거 생각하면 지금도 손이 떨림.
- {{r:옥련}}아 힘내자!! (스스로에게)
""",
    },
    {
        "id": "h76-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Song Kwang-hyok", "송광혁", "witness", ["광혁", "페달왕"]),
            ("Yu Da-in", "유다인", "other", ["다인", "dain_yu"]),
            ("Pae Chol", "배철", "coworker", ["철"]),
        ],
        "note": "자전거 동호회 카페 정기 라이딩 공지와 댓글: 닉네임(페달왕), 아이디 dain_yu, 한 글자 이름 '철', 이모지; 탈북민 회원이 몽골 건설현장 동료를 초대; 한강·북한강 자전거길 등 실제 장소는 공개; '송'·'유' 성과 일반어 구분.",
        "text": """[정기 라이딩] 6/15(토) {{u:남양주}} {{u:북한강}} 코스 - 참가 댓글 달아 주세요 🚴‍♂️
작성자: 운영진 {{r:다인}} ({{r:dain_yu}})  |  조회 214

안녕하세요 '두바퀴 한마음' 회원 여러분~
이번 달 정기 라이딩은 {{u:팔당역}} 집결 → {{u:북한강 자전거길}} → {{u:양평}} 왕복 약 70km입니다.
집결: 오전 8시, {{u:팔당역}} 2번 출구 / 리딩: {{r:페달왕}}님 / 후미: {{p:바람개비}}님
초보 회원은 {{p:김하늘}} 님 조에서 천천히 가요. 헬멧 필수!!

[댓글 18]
{{r:페달왕}}: 리딩 맡겠습니다. 이번에 제 예전 직장 동료 {{r:철}}이 형도 처음 옵니다. {{u:몽골}}에서 같이 일했어요 ㅎㅎ
  └ {{r:dain_yu}}: 와 환영입니다!! 형님 성함이 어떻게 되세요? 명단에 적을게요
  └ {{r:페달왕}}: {{r:배철}}입니다. {{r:배}} 씨요 ㅋㅋ 자전거는 {{u:울란바토르}}에서 공사할 때 출퇴근용으로 탄 게 다래요
{{p:바람개비}}: 후미 OK 👍 펑크 패치 챙김
{{p:민트초코}}: 참석이요~ {{p:지훈}}이도 데려갑니다
{{p:한강러버}}: 불참 ㅠㅠ 다음에
{{p:오성진}}: 참석 (본명 닉으로 바꿨어요 {{p:오성진}}입니다 ㅋ)
{{p:느림보거북}}: 초보인데 {{p:하늘}}님 조 갈게요!
{{r:페달왕}}: 참고로 제 이름 {{r:송광혁}}이에요, 카페 닉만 아시는 분 많아서요. 점심은 {{u:양평}} 국숫집에서 제가 쏩니다 🍜
  └ {{p:민트초코}}: {{r:광혁}}님 최고 ❤️
  └ {{p:오성진}}: 노래방도 가나요? {{r:송}} 씨니까 송(song) 한 곡 ㅋㅋㅋ
  └ {{r:페달왕}}: 노래는 {{r:철}}이 형이 잘해요. {{u:몽골}} 숙소에서 반장 {{p:허}} 몰래 맨날 불렀음
{{r:배철}}: 처음 인사드립니다. {{r:광혁}}이 동생 소개로 왔습니다. 잘 부탁드립니다 🙇
  └ {{r:다인}}: {{r:배철}} 님 반갑습니다~ 명단 추가했어요!

[참가 명단 - 6/14 마감] {{r:페달왕}}({{r:송광혁}}), {{r:배철}}, {{p:바람개비}}, {{p:민트초코}}, {{p:지훈}}, {{p:오성진}}, {{p:느림보거북}}, {{p:김하늘}}, {{r:다인}}  (총 9명)
""",
    },
    {
        "id": "h76-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Choe Yong-hui", "최영희", "witness", ["영희"]),
            ("Ri Chun-hwa", "리춘화", "coworker", ["춘화", "李春花"]),
            ("So Eun-gyeong", "소은경", "other", ["은경"]),
        ],
        "note": "성인 학습자 독후감(『어린 왕자』)과 교사 첨삭: 중국 수산물 공장 시절 동료·반장·중국인 관리자 이야기, 교사 첨삭 괄호([고침])와 맺음말; 책 속 인물(어린 왕자, 여우)은 표시하지 않음, 작가는 공개; 동료의 한자 이름은 등록 별칭; 소 선생님의 성 '소'와 일반어 '소'(가축) 구분; 긴 글.",
        "text": """한글 글쓰기반 과제 - 독후감
이름: {{r:최영희}}   책: 『어린 왕자』 ({{u:생텍쥐페리}} 지음)   제출일: 10월 17일
첨삭: {{r:소은경}} 선생님 (빨간 글씨는 [ ] 안에 옮겨 적음)

<길들인다는 것>

나는 이 책을 처음에 아이들 책인 줄 알았다. 그림이 많고 글씨가 커서 [크고] 금방 읽을 줄 알았는데 사흘이나 걸렸다. 모르는 말이 많아서 {{r:은경}} 선생님께 물어보며 읽었다.

제일 마음에 남은 것은 여우가 한 말이다. "너는 네가 길들인 것에 언제까지나 책임이 있어." 이 말을 읽고 나는 {{u:중국}} 공장에 있을 때 생각이 났다.

나는 2016년부터 2019년까지 {{u:단둥}}의 수산물 가공 공장에서 일했다. 우리 작업반은 서른두 명이었고 모두 여자였다. 반장은 {{p:전경옥}}이라는 사람이었는데 우리보다 열 살이 많았다. {{p:전}} 반장은 아침마다 우리를 줄 세워 놓고 "오늘도 조국을 위해"라고 외치게 했다 [외치게 했다 - 잘 썼어요]. 그 말을 외치면 하루 열두 시간 오징어 껍질을 벗겨야 했다.

거기서 나를 길들인 [길들인 - 책의 표현을 잘 가져왔네요!] 사람이 있었다. {{r:리춘화}} 언니다. {{u:중국}} 관리자들은 언니를 {{r:李春花}}라고 불렀다. {{r:춘화}} 언니는 손이 빨라서 늘 일등을 했는데, 일등을 하면 받는 빵을 꼭 나에게 반 나눠 주었다. 내가 손을 칼에 베었을 때도 {{r:춘화}} 언니가 몰래 약을 발라 주었다. 중국인 관리자 {{p:王姐}}는 "둘이 자매냐"고 물었다. 우리는 웃기만 했다.

어린 왕자는 장미꽃 하나 때문에 자기 별로 돌아가려고 한다. 나는 {{r:춘화}} 언니를 두고 혼자 왔다. 2019년 겨울에 공장에서 {{p:김금순}}이랑 {{p:박설화}}가 먼저 없어졌고, 나는 그 다음 달에 나왔다. 언니에게는 말하지 못했다. 말하면 언니도 위험해지니까. 지금도 그것이 미안하다 [미안하다. - 문장을 짧게 끊은 것 좋아요].

책에서 어른들은 숫자만 좋아한다고 한다. 우리 공장도 그랬다. 하루에 몇 킬로, 한 달에 몇 달러, 충성자금 얼마. 반장 {{p:전경옥}}의 수첩에는 우리 이름 옆에 숫자만 있었다. {{r:최영희}} 38킬로, {{r:리춘화}} 45킬로, {{p:박설화}} 29킬로. 나는 내 이름 옆에 숫자 말고 다른 것이 적혀 있으면 좋겠다고 생각했다.

{{u:한국}}에 와서 {{u:하나원}}에서 같은 방을 쓴 {{p:명순}} 언니가 이 책을 선물해 주었다. {{p:명순}} 언니는 "{{r:영희}}야, 이건 어른 책이야" 라고 했다. 읽고 나니 그 말이 맞다.

마지막으로, 나도 누군가를 길들이고 싶다. 지금 다니는 반찬가게 사장님 {{p:오정례}} 님은 내가 실수해도 "괜찮다, 소 같이 일하지 말고 사람같이 일해라" 하신다 [소처럼 / 사람처럼 - 비유 표현 맞춤법]. 그런 사람이 되고 싶다. 그리고 언젠가 {{r:춘화}} 언니를 다시 만나면, 이번에는 내가 빵을 반 나눠 줄 것이다.

---
[선생님 총평 - {{r:소은경}}]
{{r:영희}} 씨, 석 달 전에는 세 줄 쓰기도 힘들어하셨는데 이번 글은 두 쪽이 넘어요. 책의 말 "길들인다"를 자기 삶에 연결한 것이 이 글의 가장 큰 힘입니다. 고칠 점: (1) 띄어쓰기 - '할수있다'→'할 수 있다'. (2) 사람 이름이 많이 나오는데, 문집에 실을 때는 {{r:춘화}} 언니, {{p:금순}}, {{p:설화}}, {{p:전경옥}} 반장 같은 실명은 가명으로 바꾸는 게 좋겠어요. 같이 정해 봐요. (3) 마지막 문단 아주 좋습니다.
다음 과제: '내가 길들인 것' 자유 글쓰기.
- {{r:소}} 쌤 ✍️
""",
    },
    {
        "id": "h76-ko-06",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("An Kum-sil", "안금실", "relative", ["금실"]),
            ("Kim Tae-yang", "김태양", "relative", ["태양"]),
        ],
        "note": "군부대 면회 신청서(어머니가 아들 면회 신청): 신청인·동반인·병사 정보 칸, 부대 번호는 표시하지 않음(○○사단), 육군과 지명은 공개; 아들 이름 '태양'과 일반어 '태양' 구분; 중간관리자 메모와 간부 이름은 비공개 인물.",
        "text": """{{u:육군}} ○○사단 ○○연대 면회 신청서 (인터넷 접수 출력본)

1. 면회 대상 장병
 - 성명: {{r:김태양}}   계급: 일병   소속: 3대대 9중대
 - 입대일: 2023. 11. 6.   훈련소: {{u:육군훈련소}}

2. 신청인
 - 성명: {{r:안금실}}   관계: 모   연락처: 010-****-5821
 - 주소: {{u:경기도}} {{u:시흥시}} (이하 생략)

3. 동반인 (최대 4명)
 - {{p:김하늘}} (여동생, 16세)
 - {{p:안금자}} (이모)
 - {{p:정순애}} (지인, 같은 교회)

4. 면회 희망일: 2024. 6. 8.(토) 10:00~15:00   장소: 면회실(외출 희망)
5. 반입 물품: 음식(집에서 만든 두부밥, 순대), 책 2권, 편지

6. 신청 사유 (자유 기재)
아들 {{r:태양}}이가 입대한 후 첫 면회입니다. 저는 {{u:북한}}에서 왔고, 아이 아빠 {{p:김명철}}은 {{u:러시아}}에 일하러 간 뒤 연락이 끊겼습니다. {{r:태양}}이는 아빠 얼굴을 사진으로만 압니다. 아이가 군대에서 잘 지내는지 직접 보고 싶습니다. 동반인 {{p:정순애}} 권사님은 제가 {{u:한국}}에 처음 왔을 때부터 {{r:태양}}이를 같이 키워 주신 분입니다.

※ 신청인 서명: {{r:안금실}}

[부대 처리 메모]
- 06/03 접수 확인, 중대 행정보급관 {{p:박진우}} 상사 → 중대장 {{p:이준혁}} 대위 결재 예정.
- {{r:김태양}} 일병 본인 면회 희망 확인(06/04, 분대장 {{p:최민규}} 병장 통해).
- 동반인 중 {{p:안금자}}는 신분증 지참 필요(주민등록증 미발급 시 여권).
- 날씨 예보: 태양 쨍쨍, 야외 면회 가능.
""",
    },
    {
        "id": "h76-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ryu Jin", "류진", "relative", ["진"]),
            ("Ha Seung-min", "하승민", "other", ["승민"]),
        ],
        "note": "중학교 학급 자리배치표(이름만 적힌 칸)와 담임 메모: 이름 두 글자·한 글자(진, 솔) 칸, 탈북 학생 류진의 짝 배치 이유; 담임 하 선생님; 칸 안의 '교탁'·'창문'은 표시하지 않음; 과목 선생님 성과 별명.",
        "text": """2학년 3반 자리배치표 (2학기 1차, 9/2~10/4)   담임: {{r:하승민}}

                    [ 교 탁 ]
창문 | 1분단 | 2분단 | 3분단 | 복도
1줄 | {{p:서윤}} · {{p:도현}} | {{p:지우}} · {{r:진}} | {{p:하린}} · {{p:민재}}
2줄 | {{p:예준}} · {{p:솔}} | {{p:채은}} · {{p:시우}} | {{p:주원}} · {{p:다은}}

[담임 메모 - 교무수첩]
- {{r:류진}}: 1학기 중 전학(9월 기준 재학 6개월). {{u:중국}}에서 태어나 중국어가 편함. 짝은 {{p:지우}}(학급 반장, 중국어 조금 함). 앞자리 요청은 어머니 {{p:류향옥}} 님 상담 결과.
- {{p:솔}}({{p:김솔}})과 {{p:예준}}은 떼어 놓으려다 {{p:솔}}이 안경 문제로 2줄 유지.
- {{r:진}}이가 수학 시간에 '칠판'을 '흑판'이라고 해서 애들이 웃음 → 다음 조회 때 다양한 말 이야기하기.
- 국어 {{p:오}} 선생님(애들은 '{{p:오}}쌤'), 과학 {{p:장민아}} 선생님께 {{r:진}}이 자리 공유함.
- 상담 기록: {{r:류진}} 어머니 말로는 아버지가 {{u:러시아}}에 일하러 갔다가 돌아오지 않았다고. 학급에서는 언급하지 않기로. - {{r:하}}
""",
    },
    {
        "id": "h76-ko-08",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Jang Myong-sil", "장명실", "witness", ["명실"]),
            ("Jang Un-hye", "장은혜", "relative", ["은혜"]),
            ("Ri Kwang-su", "리광수", "relative", ["이광수"]),
        ],
        "note": "보호결정 통지서(통일부)와 담당 공무원 안내 메모: 보호대상자와 동반 가족, 비보호 결정된 가족(해외 체류 기간 요건), 북한식 '리'와 남한식 '이' 표기를 별칭으로 등록; 법률·부처는 공개, 담당관은 비공개; 딸 이름 '은혜'와 일반어 '은혜' 구분; CRLF.",
        "text": """{{u:통일부}}
수신: {{r:장명실}} 귀하
제목: 북한이탈주민 보호 여부 결정 통지

1. 귀하가 신청한 보호 신청에 대하여 「{{u:북한이탈주민의 보호 및 정착지원에 관한 법률}}」 제8조에 따라 아래와 같이 결정하였음을 알려 드립니다.

 구분 | 성명 | 생년월일 | 관계 | 결정
 1 | {{r:장명실}} | 1979. 4. 2. | 본인 | 보호 결정
 2 | {{r:장은혜}} | 2008. 9. 15. | 자 | 보호 결정
 3 | {{r:리광수}} ({{r:이광수}}) | 1975. 1. 30. | 배우자 | 비보호 결정 (제9조 제1항 제4호: 국내 입국 전 해외 체류 10년 이상)

2. 비보호 결정에 이의가 있는 경우 통지를 받은 날부터 90일 이내에 행정심판을 청구할 수 있습니다.

2024. 2. 7.
{{u:통일부장관}} (직인 생략)

---
[담당관 안내 메모 - 면담 시 전달]
담당: 정착지원과 주무관 {{p:허수정}}
- {{r:명실}} 씨 본인과 딸 {{r:은혜}} 양은 보호 결정. {{u:하나원}} 입소일은 별도 안내.
- 배우자 {{r:리광수}} 씨는 1999년부터 {{u:중국}} {{u:연길}}에 체류한 기간이 길어 비보호. 다만 {{r:광수}} 씨가 2012~2016년 {{u:러시아}} {{u:하바롭스크}} 건설현장에 파견된 {{u:북한}} 노동자였다는 진술({{r:장명실}} 진술, 동료 {{p:조철민}}의 확인서)이 있으므로, 해외 체류 기간 산정에 대해 이의신청 가능성 검토 바람.
- 확인서 작성자 {{p:조철민}} 씨 연락처는 {{p:남궁}} 변호사(법률구조 연계)에게 전달함.
- {{r:은혜}} 양은 중국어·한국어 모두 가능, 학력 인정 상담 필요.
- 면담 중 {{r:명실}} 씨가 "여기까지 온 것도 은혜"라고 함. 심리상담 연계 동의.
""",
    },
    {
        "id": "h76-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Rim Kwang-hyok", "림광혁", "coworker", ["광혁"]),
            ("Ro Song-chol", "로성철", "supervisor", ["성철"]),
            ("Hwang Jong-nam", "황정남", "official", ["정남"]),
            ("Kim Il-bom", "김일범", "coworker", ["일범"]),
        ],
        "note": "탈북민이 기억해 옮겨 적은 북한 건설사업소 '도주사건 보고서'(러시아 모스크바주 현장): 보고자·도주자·연대책임자·목격자 이름이 동무·동지·반장 호칭과 함께 반복, 북한식 성 림·로; 러시아인 관리자와 택시기사; 옮겨 적은 사람의 주석; 긴 글.",
        "text": """[전사본 - 원문은 제보자가 현장 사무실에서 본 것을 기억으로 옮겨 적음. 괄호 안은 제보자 주석.]

도주사건 보고서
보고: 제3작업소 당비서 {{r:황정남}}
받음: 사업소 지배인 동지, 보위지도원 동지
일시: 주체107(2018)년 9월 23일

1. 사건 개요
2018년 9월 21일 22시경 제3작업소 2작업반 미장공 {{r:림광혁}}(1988년생, {{u:함경남도}} 출신)이 숙소에서 이탈하여 현재까지 돌아오지 않고 있음. 당일 저녁 총화 시 {{r:림광혁}} 동무는 정상 참석하였으며 특이한 언행은 없었음.

2. 경위
가. 21일 21시 30분 호실 점검 시 {{r:림광혁}}, {{r:김일범}}, {{p:방철수}}, {{p:한명국}} 4명 재실 확인(점검자: 2작업반장 {{r:로성철}}).
나. 22시 10분경 {{r:김일범}} 동무가 화장실에 간다며 나갔다가 돌아와 "{{r:광혁}}이가 없다"고 보고함.
다. {{r:로성철}} 반장이 숙소 주변과 현장 자재창고를 수색하였으나 발견하지 못함.
라. 22시 40분 {{r:로}} 반장이 당비서에게 보고. 당비서 {{r:황정남}}은 즉시 작업소 전원 인원 점검을 지시함.
마. 러시아인 현장관리자 {{p:세르게이}}(성 미상)에 따르면 21시 50분경 정문 앞에서 택시가 누군가를 태우고 떠났다고 함. 택시 번호는 확인 못함.

3. 원인 분석
가. {{r:림광혁}} 동무는 지난 8월 계획 미달로 두 달 치 생활비가 공제되었으며, 이에 대하여 작업반 총화에서 "집에 보낼 돈이 없다"는 불평을 한 적이 있음(참고: {{r:로성철}} 반장이 당시 바로 비판하였음).
나. {{r:림광혁}}은 현장에서 현지 말을 배워 러시아인 노동자들과 자주 말을 나누었음. 특히 우즈베크인 미장공 {{p:자스루르}}와 담배를 나누어 피우는 것이 여러 번 목격됨(목격: {{p:한명국}}, {{p:방철수}}).
다. 휴대전화: 작업소 규정상 개인 휴대전화 소지 금지이나, {{r:김일범}} 동무의 진술에 따르면 {{r:광혁}}이가 지난 7월부터 낡은 손전화를 가지고 있었다고 함. {{r:일범}} 동무는 이를 알고도 보고하지 않았음.

4. 조치
가. 사업소 보위지도원 {{p:최덕진}} 동지에게 즉시 보고하였으며, {{p:최}} 지도원 동지가 현지 협력자를 통하여 {{u:모스크바}} 시내 조선족 식당과 기차역을 확인 중.
나. {{r:김일범}}은 보고 지연 책임으로 자기비판서 제출, 야간 경비 1개월.
다. 2작업반장 {{r:로성철}}은 관리 책임으로 반장직 정지, 당 생활 총화에서 엄중 비판.
라. 호실 인원 {{p:방철수}}, {{p:한명국}}은 감시조에 편성하여 당분간 외출 금지.
마. {{r:림광혁}}의 가족(처 {{p:송미향}}, 아들 {{p:림은철}}, {{u:함흥시}} 거주)에 대한 통보는 본국 지시를 기다림.

5. 당비서 의견
이번 사건은 제3작업소 당 조직의 사상 사업이 약하였기 때문이며 그 책임은 당비서인 {{r:황정남}}에게 있음. 앞으로 작업반별 상호 감시를 강화하고, 러시아인과의 불필요한 접촉을 철저히 막겠음.

보고자 {{r:황정남}} (수표)

[제보자 주석]
- 나는 이 보고서를 사무실 청소 당번 때 책상 위에서 봤다. {{r:황정남}} 비서는 글씨가 예뻐서 다들 알아본다. {{r:정남}} 비서가 글씨를 예쁘게 쓰는 것과 사람을 대하는 것은 달랐다.
- {{r:광혁}}이는 나와 같은 호실은 아니었지만 고향 사람이었다. 나중에 들으니 {{u:모스크바}}에서 난민 신청을 했다고 한다. 살아 있기를 바란다.
- {{r:로성철}} 반장은 반장직 정지 한 달 뒤에 다시 반장이 되었다. {{r:성철}} 반장은 그 뒤로 우리를 더 심하게 대했다.
- {{r:일범}}이는 그해 12월에 먼저 귀국 조치되었다. {{r:김일범}}이 떠나던 날 아무도 배웅하지 못하게 했다.
""",
    },
    {
        "id": "h76-ko-10",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Sin Chol-ung", "신철웅", "official", ["철웅"]),
            ("Mun Kwang-il", "문광일", "coworker", ["광일"]),
            ("Pyon Song-hak", "변성학", "coworker", ["성학"]),
            ("Yu Hyon-jun", "유현준", "coworker", ["현준"]),
        ],
        "note": "쿠웨이트 건설현장 숙소 학습실 도서 대출 대장(전사본): 책 제목 속 실존 지도자 이름은 공개로 이름만 표시, 소설 속 인물은 표시하지 않음; 대출자 이름·반납 확인 서명(성만, 이름만); 성 문·유·변과 일반어 구분; 학습실 책임자 메모.",
        "text": """[전사본] 학습실 도서 대출 대장 - 2017년 상반기 ({{u:쿠웨이트}} 현장 숙소 2층 학습실)
학습실 책임: 선전지도원 {{r:신철웅}}

번호 | 대출일 | 도서명 | 대출자 | 반납일 | 확인
1 | 1.8 | 『{{u:김일성}} 저작집』 35권 | {{r:문광일}} | 1.22 | {{r:신}}
2 | 1.8 | 소설 『청춘송가』 | {{r:유현준}} | 2.5 | {{r:철웅}}
3 | 1.15 | 『{{u:김정일}} 선집』 12권 | {{r:변성학}} | 1.29 | {{r:신}}
4 | 1.15 | 『조선말 규범집』 | {{p:강명철}} | 분실 | -
5 | 2.1 | 소설 『불멸의 력사 - 1932년』 | {{r:광일}} | 3.1 | {{r:신}}
6 | 2.1 | 『{{u:로동신문}}』 묶음(12월분) | {{p:한일수}} | 2.8 | {{r:신}}
7 | 2.14 | 『영어 기초 회화』 | {{r:현준}} | (회수) | {{r:신철웅}}
8 | 3.3 | 시집 『어머니』 | {{p:최영남}} | 3.17 | {{r:신}}
9 | 3.3 | 『건설 안전 규정』 | {{r:성학}} | 3.10 | {{r:신}}

[비고 - 학습실 책임자 기록]
- 4번 『조선말 규범집』 분실: {{p:강명철}} 동무가 현장에 가지고 나갔다가 잃어버림. 생활비에서 5디나르 공제.
- 7번 『영어 기초 회화』: 사전 허가 없이 대출. {{r:유현준}} 동무가 아랍인 감독과 말하려고 빌렸다고 함. 책 회수하고 작업반장 {{p:배}}에게 통보. {{r:유}} 동무는 생활총화에서 비판받음.
- {{r:변성학}} 동무가 『{{u:김정일}} 선집』 필기장을 가장 성실하게 작성함. 월말 학습 모범으로 추천.
- {{r:문광일}} 동무는 눈이 나빠 밤에 학습실 불을 늦게까지 켜 둔다는 {{p:한일수}} 동무의 의견. 문 닫는 시간 22시 엄수.

[제보자 {{r:문광일}}의 덧붙임, 2023년 {{u:서울}}에서]
그 대장은 {{r:신철웅}} 지도원이 자기 책상 서랍에 넣어 두던 것이다. 나는 글을 옮겨 쓰는 일을 맡아서 기억한다. {{r:현준}}이는 영어책 때문에 크게 비판받고 그 뒤로 말이 없어졌다. {{r:성학}}이는 필기를 잘해서 칭찬받았지만, 우리끼리 있을 때는 "필기는 손이 하는 거지 머리가 하는 게 아니다"라고 웃었다.
""",
    },
    {
        "id": "h76-ko-11",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Kang Su-ryon", "강수련", "witness", ["수련"]),
            ("To Myong-guk", "도명국", "supervisor", ["명국"]),
            ("Ri Hye-gyong", "리혜경", "official", ["혜경"]),
        ],
        "note": "몽골 파견 건설노동자의 외화 환전 신청서 전사본(달러를 투그릭으로, 위안으로): 신청자·작업반장·재정부기원 서명란과 결재 칸, 성 도(To)와 조사 '도' 구분, 반려 사유 메모; 제보자 주석; CRLF와 LF 혼합.",
        "text": """[전사본 - 제보자 {{r:강수련}}이 보관하던 사본을 옮겨 적음]

외화 교환 신청서
소속: 2작업반   신청자: {{r:강수련}}   신청일: 2019. 5. 3.
교환 내용: {{u:미국}} 딸라 100 → {{u:몽골}} 투그릭 (현지 시세)
용도: 생활필수품(약, 속옷) 구입
작업반장 확인: {{r:도명국}} (수표)
재정부기원 확인: {{r:리혜경}} (수표)
지배인 결재: 반려

반려 사유 (재정부기원 {{r:리혜경}} 기록):
"신청자 {{r:강수련}} 동무는 4월분 계획 과제 미달로 개인 외화 보유 한도(50딸라)를 초과할 수 없음. 생활필수품은 작업반 공동 구입으로 해결할 것. 작업반장 {{r:도}} 동무도 사전 검토 없이 수표한 데 대하여 주의 줌."

다시 신청 (2019. 5. 10.)
교환 내용: {{u:미국}} 딸라 50 → {{u:중국}} 인민폐 (귀국 동무 편에 집으로 보낼 것)
전달자: {{p:허광철}} (5월 귀국 예정)
작업반장 확인: {{r:도명국}}
재정부기원 확인: {{r:혜경}} (이름만 씀)
결재: 승인. 단, 전달 금액은 재정부에서 기록하고 {{p:허광철}} 동무가 출국 전 재정부에 신고할 것.

[제보자 {{r:수련}}의 주석]
- 약은 같은 방 {{p:순덕}}이 언니 약이었다. {{p:순덕}} 언니는 혈압이 높았는데 반장 {{r:명국}}은 "약도 계획 달성하고 먹으라"고 했다.
- {{r:리혜경}} 부기원은 나보다 어렸다. 나중에 {{r:혜경}}이가 몰래 말하기를, 자기도 집에 돈을 못 보낸 지 일 년이 넘었다고 했다.
- 두 번째 신청 때 {{p:허광철}} 아저씨가 가지고 간 50딸라가 우리 엄마 {{p:김옥순}}에게 갔는지는 아직도 모른다. {{p:광철}} 아저씨 주소는 {{u:평성}}이라고만 들었다.
- {{r:도명국}} 반장 이름의 '도' 자 때문에 우리끼리는 "{{r:도}} 반장도 도망가고 싶겠지"라고 농담했다. 진짜로 도망간 건 나였다.
""",
    },
    {
        "id": "h76-ko-12",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Pak Kyong-ok", "박경옥", "witness", ["경옥"]),
            ("Chu Mi-ran", "주미란", "other", ["미란"]),
            ("Yun Pok-sil", "윤복실", "other", ["복실", "복실이"]),
        ],
        "note": "방문판매 화장품 카운슬러의 고객카드 세 장: 고객 인적사항·피부타입·구매이력·메모 칸, 고객을 소개한 사람 칸, 애칭 '복실이'(이름 전체로 불리는 애칭이라 이 포함), 고객이 말한 카타르 파견 남편과 동료; 제품명과 브랜드는 표시하지 않음.",
        "text": """고객카드 (담당 카운슬러: {{r:주미란}}, 영업소 7팀)

────────────────
고객명: {{r:박경옥}}   나이: 51   주소: ○○동 주공 3단지
피부: 건성, 기미   소개자: {{r:윤복실}} 고객
구매: 3/4 수분크림·선크림(분할 3회) / 4/2 영양크림 샘플
메모: {{u:북한}} {{u:량강도}} 출신. 남편 {{p:조영철}} 씨가 {{u:카타르}} 건설현장에 10년 있다가 왔는데 허리 수술. 돈 얘기는 조심. 분할금 2회차 4/4 받음(현금). {{r:경옥}} 언니가 같은 교회 {{p:명희}} 씨 소개해 주겠다고 함.

────────────────
고객명: {{r:윤복실}}   나이: 67   주소: 같은 단지 108동
피부: 복합성   소개자: 없음 (전 담당 {{p:서영자}} 카운슬러 은퇴 후 인수)
구매: 매달 클렌징폼 1, 핸드크림 2 (손주들 선물)
메모: 동네에서 다들 "{{r:복실이}} 할머니"라고 부름. 손주 {{p:하람}}, {{p:하진}}. 아들 {{p:윤기호}}는 택배 일. {{r:복실}} 어머님이 {{r:박경옥}} 고객 소개해 줌 → 사은품 드림.

────────────────
고객명: {{p:최정화}}   나이: 45   소개자: {{r:박경옥}}
피부: 지성, 트러블
구매: 4/18 토너 1 (첫 구매)
메모: {{r:경옥}} 언니 말로는 {{p:정화}} 씨 남편 {{p:로철호}} 씨도 {{r:경옥}} 언니 남편이랑 같은 현장에 있었다고. 남편들끼리 아직 연락함. 다음 방문 5/2 오후 2시 (아이 하교 전).

※ 팀장 {{p:한수경}} 확인 / 카운슬러 서명 {{r:미란}}
""",
    },
    {
        "id": "h76-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Ji-an", "리지안", "relative", ["지안", "복덩이"]),
            ("Ri Song-nam", "리성남", "witness", ["성남"]),
            ("Kim Yu-jong", "김유정", "relative", ["유정"]),
        ],
        "note": "백일떡 돌리기 명단(엄마가 쓴 메모 앱 목록): 아기 이름과 태명 '복덩이', 이웃·교회·직장 사람 이름과 호수, '○○ 엄마'에서 아이 이름만 표시, 소설가 김유정과 같은 이름의 엄마(비공개); 떡집 이름은 표시하지 않음; 체크 이모지.",
        "text": """📝 {{r:지안}}이 백일떡 돌릴 곳 (5/18 토, 떡 40상자 - 해밀떡집 예약함)

아기: {{r:리지안}} (태명 {{r:복덩이}}) 👶 2/7생
아빠 {{r:리성남}} / 엄마 {{r:김유정}}

[아파트 같은 층]
✅ 1501호 {{p:정민호}}·{{p:윤서영}} 부부 (택배 맡아 주심)
✅ 1502호 {{p:하준}}이 엄마
✅ 1504호 할머니 ({{p:송}} 할머니, 혼자 사심 - 2상자)
⬜ 1505호 (이사 옴, 이름 모름)

[교회]
✅ {{p:백승우}} 목사님
✅ 구역장 {{p:문정숙}} 권사님
✅ {{p:서윤}}이네, {{p:도윤}}이네 (쌍둥이 집)
⬜ 새가족 {{p:명옥}} 언니 (고향 {{u:회령}}, {{r:성남}} 씨 아는 분)

[{{r:성남}} 씨 회사]
✅ 팀장 {{p:권혁진}}
✅ {{p:최}} 대리, {{p:유진}} 씨
⬜ {{p:로광철}} 아저씨 - {{r:성남}} 씨랑 {{u:러시아}}에서 같이 일했던 분. 전화번호 바뀜. {{p:광철}} 아저씨 딸 {{p:은비}}한테 물어보기

[친정 쪽]
✅ 우리 엄마 {{p:홍미자}} (택배로)
✅ 언니 {{p:김유리}}, 조카 {{p:해솔}}

메모: {{r:유정}}아 떡 남으면 주민센터 갖다 드리자 - {{r:성남}} 💬
메모2: 소설가 {{u:김유정}} 아니냐고 또 물어봄 ㅋㅋ 그 {{u:김유정}} 아니고 {{r:지안}}이 엄마 {{r:김유정}}입니다~
""",
    },
    {
        "id": "h76-ko-14",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Han Kyong-hui", "한경희", "witness", ["경희"]),
            ("Jeon Ha-neul", "전하늘", "other", ["하늘", "haneul_j"]),
        ],
        "note": "자선 생방송 후원자 자막 목록(제작진이 정리한 송출용 텍스트)과 채팅 발췌: '○○○님 금액' 줄, 익명·'○○맘'은 표시하지 않음, 아이디 속 이름 부분만, 출연자(탈북민 사연자)와 진행자(비공개 인물); 전각 문자로 입력된 이름; 이모지.",
        "text": """[송출 자막 - 2부 후원자 명단 / 정리: 막내 작가 {{r:전하늘}}]
※ 실명 노출 동의자만. 동의 안 한 분은 '익명'으로.

{{p:김진수}}님 30,000원 / {{p:박영미}}님 10,000원 / 익명 50,000원 / 사랑맘님 20,000원 / {{p:이상철}}·{{p:정미숙}} 부부 100,000원 / {{p:ｃｈｏｉ　ｓｅｏｎｇｈｏ}}님 5,000원 / {{p:윤도현}}님 10,000원 / 익명 3,000원 / {{p:로영철}}님 ("같은 현장에 있었습니다") 50,000원 / {{p:강민지}}님 15,000원 / {{u:부산}} {{p:오}}씨 할머니 10,000원

[사연 소개 멘트 - 진행 {{p:최윤아}} 아나운서]
"오늘의 사연은 {{u:쿠웨이트}} 건설현장에서 일하다 사고로 남편을 잃은 {{r:한경희}} 씨의 이야기입니다. {{r:경희}} 씨의 남편 {{p:리명철}} 씨는 2016년 현장에서 추락했지만, 유해도 돌아오지 못했습니다."

[실시간 채팅 발췌 - 후원 연결용]
@{{p:minsu_kim}}77: {{r:경희}}님 힘내세요 ㅠㅠ 🙏
@{{r:haneul_j}}: (제작진) 후원 계좌는 화면 하단 참고해 주세요!
@seoul_dad: 만원 보냈습니다
@{{p:yeongcheol.ro}}: 저 {{p:리명철}} 씨랑 같은 작업반이었어요. {{p:명철}}이 형 좋은 사람이었어요
@{{p:jiyoung}}0420: {{r:경희}} 언니 옆에 아이 이름이 뭐예요?
@{{r:haneul_j}}: (제작진) 개인정보라 답변 드리기 어려워요 😊
@{{p:mijin_park}}: {{r:한경희}} 님 응원합니다

[작가 메모 - {{r:하늘}}]
- @{{p:yeongcheol.ro}} 님 = 자막의 {{p:로영철}} 님인 듯. 부장 {{p:남궁석}} 님께 보고. 사연자 {{r:경희}} 씨 동의 받고 연락처 전달할지 결정.
- '{{p:ｃｈｏｉ　ｓｅｏｎｇｈｏ}}' 전각으로 들어옴 → 송출 전 반각으로 수정.
""",
    },
    {
        "id": "h76-ko-15",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Kim Chang-ho", "김창호", "relative", ["창호"]),
            ("Kim Su-jin", "김수진", "relative", ["수진"]),
            ("Kim Su-hyon", "김수현", "relative", ["수현"]),
        ],
        "note": "비석 주문서(석재상 양식): 고인(러시아 벌목장에서 숨진 아버지, 유해 없는 가묘)과 배우자·자녀 이름의 비문 초안, 세로쓰기 줄 바꿈, 주문자와 석공 메모; 배우 김수현과 같은 이름의 딸(비공개); 실재 묘역(동화경모공원)은 공개; CRLF.",
        "text": """비석 주문서   ○○석재 (대표 {{p:양만석}})
주문일: 2024. 3. 28.   주문자: {{r:김수진}} (고인의 장녀)   연락처: 010-****-7719
설치 장소: {{u:파주}} {{u:동화경모공원}} 내 가족 묘역 (가묘 - 유해 없음)
석종: 오석   규격: 2자 × 3자   서체: 한글 궁서체

[비문 초안 - 앞면]
  아버지
  {{r:김창호}}
  之墓
  1958. 10. 2. ~ 2011. 1. 14.

[비문 초안 - 뒷면]
아버지 {{r:김창호}}는 {{u:함경북도}} {{u:길주}}에서 나시어
머나먼 {{u:러시아}} {{u:하바롭스크}} 벌목장에서 일하시다
그곳 눈 속에서 돌아가셨다.
유해를 모시지 못하여 이 돌에 이름을 새긴다.
어머니 {{p:박순옥}} (1961~2019)
장녀 {{r:수진}}  차녀 {{r:수현}}  사위 {{p:정태호}}  손자 {{p:정하민}}

[석공 메모 - {{p:양}} 대표]
- 주문자 요청: 뒷면에 아버지와 같이 일하던 분 이름 넣을지 고민 중 ("{{p:최덕수}} 아저씨가 마지막을 봤다") → 넣지 않기로 (4/2 전화, {{r:수진}} 씨).
- 차녀 이름 {{r:김수현}} - 배우랑 같은 이름이라 각자(刻字) 확인 두 번. 오자 없게.
- 앞면 가운데 '아버지' 글자 크게.
- 제막식 4/20 오전 11시. {{r:수현}} 씨 남편 없음, 사위는 {{r:수진}} 씨 남편 {{p:정태호}} 씨 한 명.
""",
    },
    {
        "id": "h76-ko-16",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Choe Hyok-chol", "최혁철", "witness", ["혁철"]),
            ("Seo Min-jae", "서민재", "official", ["민재"]),
        ],
        "note": "사회봉사명령 집행 일지(보호관찰소 집행 담당 기록): 대상자(러시아 건설현장 출신 청년)·협력기관 담당자·같은 날 봉사자들 이름, 시간 누계 칸; 직함 '주무관'·'사회복지사'는 밖; 실존 정치인과 같은 이름의 팀장(비공개); 보호관찰소와 복지관은 실재 기관일 때만 공개.",
        "text": """사회봉사명령 집행 일지
대상자: {{r:최혁철}} (남, 31)   명령 시간: 80시간   사건: 도로교통법 위반(무면허)
집행 담당: {{u:서울보호관찰소}} 주무관 {{r:서민재}}
협력기관: ○○노인복지관 (담당 사회복지사 {{p:한지수}})

일자 | 장소·내용 | 시간 | 누계 | 확인
4/6 | 복지관 급식 배식 | 6 | 6 | {{p:한지수}}
4/13 | 급식 배식·설거지 | 6 | 12 | {{p:한지수}}
4/20 | 독거 어르신 도시락 배달 ({{p:임}} 할머니 외 11가구) | 5 | 17 | {{p:한지수}}
4/27 | 불참 (사전 연락, 야간 근무) | 0 | 17 | {{r:서민재}}
5/4 | 복지관 환경 정리 | 6 | 23 | 대리 {{p:정수빈}}
5/11 | 급식 배식 | 6 | 29 | {{p:한지수}}

[담당자 메모 - {{r:서}} 주무관]
4/6 첫날. {{r:최혁철}} 씨 성실. 같은 조 대상자 {{p:박준영}}, {{p:김다온}}과 무난히 지냄.
4/20 도시락 배달 중 {{p:임}} 할머니가 "북쪽 말씨네" 하시자 {{r:혁철}} 씨가 당황. 이후 할머니 댁 배달은 {{p:박준영}} 씨로 교체 요청, 수용함.
4/27 불참 사유: 택배 물류센터 야간 근무 교대 ({{r:최혁철}} 씨 제출 근무표 확인, 팀장 {{p:오세훈}} 서명).
5/11 면담: {{r:혁철}} 씨는 {{u:러시아}} {{u:노보시비르스크}} 건설현장에 5년 있었고 그때 반장 {{p:계철남}}이 운전을 시켜서 운전은 할 줄 알지만 면허는 없었다고 함. 운전면허 학원 비용 지원 연계 검토(하나센터 {{p:유진아}} 상담사).
""",
    },
    {
        "id": "h76-ko-17",
        "language": "ko",
        "eol": "lf",
        "persons": [
            (
                "Kim So-yun",
                "김서윤",
                "witness",
                ["서윤", "Kim Seo-yun", "김순녀", "순녀", "Kim Sun-nyo", "soonnyo"],
            ),
            ("Pak Kyu-ri", "박규리", "other", ["규리"]),
        ],
        "note": "은행 예금주 명의변경(개명) 신청서와 창구 상담 메모: 개명 전 북한식 이름(김순녀)과 개명 후 이름(김서윤)이 같은 사람이라 둘 다 등록; 창구 직원·지점장·동행인; 위임장에 적힌 옛 직장 동료; 은행명은 공개.",
        "text": """[{{u:KB국민은행}} ○○지점] 고객정보 변경 신청서 (개명)
신청인(변경 전 성명): {{r:김순녀}}   변경 후 성명: {{r:김서윤}}
생년월일: 1983. 7. 12.   변경 사유: 법원 개명 허가 (2024. 1. 19. 결정)
첨부: 기본증명서(상세), 신분증(변경 후), 기존 통장 2권
대상 계좌: 보통예금 ***-21-****-771 / 적금 ***-04-****-310

신청인 서명: {{r:김서윤}}  (구 서명: {{r:김순녀}} - 창구에서 대조함)
접수 직원: {{r:박규리}} (창구 3번)   책임자 승인: 부지점장 {{p:정현우}}

[창구 상담 메모 - {{r:박규리}}]
- 고객님 설명: {{u:북한}}에서 쓰던 이름 '{{r:순녀}}'가 싫어서 바꿨다고 하심. 이제 '{{r:서윤}}'으로 불러 달라고.
- 동행인: {{p:이영순}} 님 (교회 집사님, 고객님 요청으로 옆에 앉음).
- 적금 자동이체 출금 계좌는 그대로, 카드 재발급 신청함. 체크카드 영문명: {{r:KIM SEOYUN}} → 여권 영문명과 일치 확인 필요 (여권은 아직 {{r:KIM SUN NYO}}).
- 고객님이 예전 {{u:중국}} 공장에서 같이 일하던 {{p:리영화}} 씨 명의로 송금받은 내역(2022년)을 물어보심 → 본인 계좌 거래만 조회 가능하다고 안내.
- 인터넷뱅킹 아이디 '{{r:soonnyo}}83' 변경 희망 → 아이디는 변경 불가, 해지 후 재가입 안내. 고객님 "{{r:순녀}}라는 글자 보기 싫다"고 하셔서 재가입 도와드림 (새 아이디 {{r:seoyun}}_k).
- 처리 완료 15:42. {{r:서윤}} 님 "이름 불러 줘서 고맙다"고 하심.
확인: {{p:정현우}} / 작성: {{r:규리}}
""",
    },
    {
        "id": "h76-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pak Yong-chol", "박영철", "supervisor", ["Пак", "Пак Ён Чхоль"]),
            ("Rim Song-il", "림성일", "coworker", ["Рим", "Рим Сон Ир"]),
            (
                "Valentina Sorokina",
                "발렌티나 소로키나",
                "other",
                ["Валентина Сорокина", "Валя", "Сорокина"],
            ),
        ],
        "note": "Russian bathhouse (баня) booking notebook from a Khabarovsk suburb, with Korean notes added by the worker who photographed it; Cyrillic Korean surnames with case endings (Пака, Риму), owner's diminutive Валя; a brigade booking every Saturday; Russian customers private; Хабаровск public.",
        "text": """[фото тетради, баня «У {{r:Вали}}», {{u:Хабаровск}} — переписано]
Хозяйка: {{r:Валентина Сорокина}}   тел. 8-914-***-**-12

Дата | Время | Кто | Чел. | Оплата | Прим.
сб 06.10 | 18:00–21:00 | корейцы (бригадир {{r:Пак}}) | 12 | 6000 | оплатил {{r:Пак}} наличными
вс 07.10 | 12:00–14:00 | {{p:Игорь Сёмин}} с друзьями | 4 | 2400 |
сб 13.10 | 18:00–21:00 | корейцы, записал {{r:Рим}} | 11 | 5500 | {{r:Пака}} не было, деньги у {{r:Рима}}
пт 19.10 | 19:00–22:00 | {{p:Наталья Викторовна}} (день рождения) | 8 | 4800 | веник берёзовый ×4
сб 20.10 | 18:00–21:00 | корейцы ({{r:Пак Ён Чхоль}}) | 12 | 6000 | разбили ковш — {{r:Паку}} сказала, заплатит
сб 27.10 | 18:00–20:00 | корейцы | 6 | 3000 | половина бригады на объекте, сказал {{r:Рим Сон Ир}}
вс 28.10 | 15:00–17:00 | {{p:Дима}} ({{p:Сорокин}}, сын) | 2 | — | свои

Приписка {{r:Вали}}: «Корейцы хорошие, тихие, моются быстро. Бригадир строгий, молодых гоняет. Младший, {{p:Чхоль}}, попросил в долг 500 руб. — не дала, {{r:Пак}} запретил».

[한국어 메모 — 사진 찍은 {{r:림성일}}]
- 토요일마다 목욕탕 예약은 반장 {{r:박영철}}이 했음. 돈은 우리 생활비에서 500루블씩 걷어서 냄. 반장은 돈을 걷고 {{r:발렌티나}} 아줌마한테 6000만 줬는데, 우리한테서는 7200 걷었음(12명×600).
- 13일은 반장이 {{u:블라디보스토크}}에 회의 가서 내가 대신 냈음. 그래서 장부에 내 이름({{r:Рим}})이 있음.
- 돈 빌려 달라던 막내는 {{p:김철}}이. {{p:철}}이는 약값이 필요했음. {{r:Валя}} 아줌마가 안 빌려준 건 반장 때문.
- 이 사진은 {{r:Валентина}} 아줌마가 찍게 해 줬음. "{{r:Сорокина}}"라고 자기 성도 크게 써 줬음.
""",
    },
    {
        "id": "h76-mixed-02",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Han Chol-u", "한철우", "supervisor", ["Хан Чхоль У", "Хан"]),
            ("Kye Song-gwang", "계성광", "coworker", ["Ке Сон Гван", "Ке"]),
            (
                "Oleg Zaitsev",
                "올레그 자이체프",
                "official",
                ["Зайцев", "О. Зайцев", "Олег Петрович"],
            ),
        ],
        "note": "Russian site-cabin (бытовка) allocation list from a Moscow-region housing site, with the site manager's initials-plus-surname sign-off and a Korean brigade's cabins by brigade leader; Cyrillic names in a pipe table with case endings (Хану, Зайцева); Tajik and Uzbek workers private; Korean margin notes; Московская область public; CRLF.",
        "text": """ЖК «Солнечный» — корпус 4   РАСПРЕДЕЛЕНИЕ БЫТОВОК (с 01.03.2019)
Начальник участка: {{r:О. Зайцев}}   Прораб: {{p:Р. Гайнуллин}}
{{u:Московская область}}, г.о. {{u:Балашиха}}

№ бытовки | Назначение | Ответственный | Кол-во мест | Примечание
Б-1 | прорабская | {{p:Гайнуллин Р.Ф.}} | — | ключ у охраны
Б-2 | раздевалка | {{p:Рахимов Ш.}} (бригада отделочников) | 14 | таджики
Б-3 | раздевалка | {{p:Юсупов Б.}} | 12 | узбеки
Б-4 | раздевалка + сушилка | {{r:Хан Чхоль У}} (корейская бригада) | 20 |
Б-5 | склад инструмента | {{r:Ке Сон Гван}} | — | инструмент корейцев, ключ у {{r:Ке}}
Б-6 | столовая (общая) | {{p:Нигора}} (повар) | — |
Б-7 | резерв | — | — | после 15.03 — {{r:Хану}} под вторую смену

Замечания начальника участка:
1. Бытовка Б-4 переполнена: по списку 20, по факту ночуют 26 человек. Бригадиру {{r:Хану}} объявлено устное предупреждение. Ночевать на объекте ЗАПРЕЩЕНО.
2. {{r:Ке}} просит розетку для электроплитки в Б-5 — отказано (пожарная безопасность).
3. Ключи от Б-7 передать {{r:Хан Чхоль У}} только после согласования со мной.
Подпись: {{r:Зайцев}} / ознакомлен: {{r:Хан}} (подпись по-корейски)

[корейские пометки на полях — владелец фото, бывший рабочий бригады]
- 우리 반장 {{r:한철우}}. {{u:러시아}} 사람들은 "{{r:Хан}}"이라고만 불렀음.
- Б-4에서 26명이 잤음. {{r:Зайцева}}는 알면서도 모른 척했음. 검사 나오는 날만 반장이 우리 중 여섯 명을 {{r:Олег Петрович}} 차에 태워 숙소로 보냈음.
- 공구창고 열쇠는 {{r:계성광}}이 가지고 있었음. {{r:성광}}이 형이 몰래 창고에서 전기 곤로를 켜서 라면 끓여 줌. 들키면 반장한테 혼나는데, 들킨 적 없음.
- 식당 {{p:니고라}} 아줌마가 우리한테 빵을 더 줬음.
""",
    },
    {
        "id": "h76-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            (
                "Galina Kuzmina",
                "갈리나 쿠즈미나",
                "other",
                ["Галина Кузьмина", "Галина Ивановна", "Кузьмина", "Кузьмина Г.И."],
            ),
            ("Jo Kwang-nam", "조광남", "supervisor", ["Чо", "Чо Кван Нам"]),
            ("Yun Hye-song", "윤혜성", "witness", ["혜성", "Хе Сон"]),
        ],
        "note": "Russian building elder's (старшая по дому) notices and residents' replies in a house chat, Vladivostok, about a flat rented to North Korean workers; Russian name with patronymic and case endings (Галине Ивановне, Чо indeclinable), residents' first names and diminutives, a Korean commentary by a woman who lived there; emoji.",
        "text": """[скриншоты домового чата «Дом 14 — жильцы», {{u:Владивосток}}; перевод/комментарии на корейском — {{r:윤혜성}}]

📌 ОБЪЯВЛЕНИЕ от старшей по дому
Уважаемые жильцы! В кв. 31 (собственник {{p:Тарасов В.}}) проживают 9 граждан {{u:КНДР}}. Ответственный — {{r:Чо Кван Нам}}. Прошу не устраивать скандалов, по всем вопросам — ко мне.
{{r:Кузьмина Г.И.}}, старшая по дому, кв. 12

{{p:Ирина}} (кв. 29): {{r:Галина Ивановна}}, они опять в 6 утра топают по лестнице 🙄
  {{r:Галина Ивановна}}: {{p:Ирина}}, они на стройку уходят. Я говорила с {{r:Чо}}, он обещал тише.
{{p:Серёжа}} 🔧: а прописка у них есть вообще?
  {{r:Галина Кузьмина}}: {{p:Сергей}}, это не ваше дело. Документы смотрела, всё законно.
{{p:Людмила Петровна}}: У них в квартире женщина, готовит на всех. Вежливая. Вчера мне пакет донесла. 👍
{{p:Ирина}} (кв. 29): всё равно 9 человек в двушке это ненормально
  {{p:Людмила}} → {{r:Галине Ивановне}}: согласна с {{p:Ириной}}, но люди не виноваты

📌 ОБЪЯВЛЕНИЕ
31.01 отключение воды с 10 до 16. {{r:Чо}}, предупредите своих.
  {{r:Чо Кван Нам}}: спасибо {{r:Галина}}.
  (ответ прочитан, 👍 от {{r:Кузьминой}})

[한국어 설명 — {{r:혜성}}]
- 31호에 살던 여자가 나다. 밥하는 사람. 우리 책임자는 {{r:조광남}}. 현지 말을 조금 해서 아파트 관리 담당 {{r:갈리나}} 아주머니랑 연락했다.
- {{r:Галина Ивановна}}는 우리를 감싸 줬다. {{r:조}} 책임자는 그분한테 명절마다 초콜릿을 줬다.
- 글 쓴 {{p:Ирина}}는 29호. 늘 화가 나 있었지만, {{p:Людмила Петровна}} 할머니는 나한테 "{{r:Хе Сон}}" 하고 이름을 불러 줬다. 그 할머니 덕분에 {{u:러시아}}가 무섭지만은 않았다.
- 9명 중 {{p:김영수}}, {{p:리철}}, {{p:방동혁}}은 2019년에 먼저 귀국했다.
""",
    },
    {
        "id": "h76-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Choe Un-ha", "최은하", "witness", ["崔银河", "은하"]),
            ("Kim Myong-ok", "김명옥", "supervisor", ["金明玉", "金组长"]),
            ("Zhang Lihua", "장리화", "official", ["张丽华", "张主任", "小张"]),
        ],
        "note": "Chinese seafood factory's mobile-phone custody register (手机保管登记表) for North Korean women workers, Hunchun, with a Korean worker's explanation; Korean names in Hanzi listed as aliases, Chinese forms of address (金组长, 张主任, 小张) labelled whole; phone brand names unmarked; one name in fullwidth letters.",
        "text": """手机保管登记表（朝方员工）  {{u:珲春}}  车间：二车间  保管人：{{r:张丽华}}（办公室）
日期 | 姓名 | 手机型号 | 交/取 | 签字 | 备注
3/1 | {{r:崔银河}} | 旧款安卓 | 交 | {{r:崔银河}} | 组长{{r:金明玉}}统一收
3/1 | {{p:朴英爱}} | 小米 | 交 | {{p:朴英爱}} |
3/1 | {{p:李顺姬}} | 华为 | 交 | {{p:李顺姬}} |
3/1 | {{p:韩春实}} | 老人机 | 交 | {{p:韩}} |
3/9 | {{r:崔银河}} | 旧款安卓 | 取（1小时） | {{r:金组长}} | 给家里打电话？{{r:金组长}}在旁边
3/15 | {{p:ＰＡＫ ＹＯＮＧ ＡＥ}} | 小米 | 取 | {{r:小张}} | 拼音签名，其实是{{p:朴英爱}}，手机坏了送修
3/22 | 全体 | — | 检查 | {{r:张主任}} | {{r:金明玉}}要求把手机卡也收走，工厂不同意

备注（{{r:张丽华}}）：朝方{{r:金组长}}说手机是"她们国家的规定"。我们只负责保管，不负责检查内容。{{r:崔银河}}问过我能不能借办公室电话，我说要问{{r:金组长}}。

[한국어 설명 — {{r:최은하}}, 2023년 인터뷰]
- 공장 사무실 {{r:张丽华}} 주임을 우리는 "{{r:小张}}"이라고 불렀다. {{u:중국}} 사람인데 우리한테 잘해 줬다.
- 반장 {{r:김명옥}}이 전화기를 다 걷어서 사무실에 맡겼다. {{u:중국}} 공장은 "그건 너희 조장이 정한 것"이라고 했다.
- 3월 9일에 집에 전화했을 때 {{r:김명옥}} 반장이 옆에 서 있어서 엄마한테 아무 말도 못 했다. "잘 있다"고만 했다.
- {{p:박영애}}({{p:朴英爱}}) 언니 전화기는 고장 난 게 아니라, 언니가 몰래 쓰다가 {{r:명옥}} 반장한테 들켜서 부서진 것이다.
""",
    },
    {
        "id": "h76-mixed-05",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Yong-ae", "리용애", "witness", ["李龙爱", "龙爱", "용애"]),
            ("Wang Jianguo", "왕젠궈", "other", ["王建国", "老王"]),
            ("Hong Chol-jin", "홍철진", "supervisor", ["洪哲镇", "洪经理"]),
        ],
        "note": "Chinese wholesale-market stall lease (摊位租赁合同) in Dandong for a stall selling North Korean goods, lessee a Korean woman whose manager signs as guarantor; Hanzi names of Korean persons registered as aliases, 老王 and 洪经理 labelled whole; stall sign with a person's name; Korean annotations by the lessee.",
        "text": """摊位租赁合同
出租方（甲方）：{{r:王建国}}（摊位业主）
承租方（乙方）：{{r:李龙爱}}（朝鲜籍，护照号 ********）
担保人：{{r:洪哲镇}}（乙方所在公司经理）
市场：{{u:丹东}}市 ○○批发市场 二楼 B-217号

一、租期：2018年4月1日至2019年3月31日。
二、租金：每月1800元，押金3000元。乙方经营食品、化妆品、工艺品。
三、乙方不得转租。摊位招牌为"{{r:龙爱}}特产店"，由乙方自行制作。
四、租金由担保人{{r:洪经理}}统一支付，乙方本人不经手现金。
甲方签字：{{r:王建国}}   乙方签字：{{r:李龙爱}}   担保人签字：{{r:洪哲镇}}
见证：市场管理处 {{p:刘红梅}}

[한국어 메모 — {{r:리용애}}가 2022년에 상담원 {{p:신다은}}에게 설명]
- 매대 주인 {{r:老王}} 아저씨는 좋은 사람이었다. {{r:왕젠궈}}라는 이름은 계약서 보고 처음 알았다.
- 돈은 전부 {{r:홍철진}} 사장(우리는 "{{r:洪经理}}"라고 불렀다)가 가져갔다. 나는 한 달에 200위안 받았다.
- 간판에 내 이름 '{{r:용애}}'를 썼는데, 내가 떠난 뒤에 그 자리에서 {{p:정순미}}라는 여자가 같은 간판으로 장사했다고 들었다.
- 옆 매대 {{p:小刘}}와 {{p:老金}}이 가끔 밥을 사 줬다. {{p:老金}}은 조선족 {{p:김춘식}} 아저씨.
""",
    },
    {
        "id": "h76-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            (
                "Byambyn Oyuntsetseg",
                "비암빈 오욘체첵",
                "other",
                ["Б.Оюунцэцэг", "Оюунцэцэг", "Оюунаа"],
            ),
            ("So Chang-ho", "소창호", "supervisor", ["Со Чан Хо", "Со"]),
            ("Kwak Sun-ok", "곽순옥", "witness", ["순옥", "Сун Ок"]),
        ],
        "note": "Mongolian landlady's rent receipt stubs for a fenced ger plot (хашаа) in Ulaanbaatar let to a North Korean construction team, with Korean notes; Mongolian patronymic initial inside the mention (Б.Оюунцэцэг), diminutive Оюунаа, Korean surname Со in Cyrillic with a hyphenated case suffix left outside (Со-гийн), the cook's given name in Cyrillic listed as an alias; district and city public.",
        "text": """ТҮРЭЭСИЙН ТӨЛБӨРИЙН БАРИМТ (хуудас тасалбар)
Хашаа: {{u:Сонгинохайрхан дүүрэг}}, 20-р хороо   Эзэн: {{r:Б.Оюунцэцэг}}

№ 041 | 2019.06.01 | Түрээслэгч: {{r:Со Чан Хо}} (солонгос баг) | 450,000₮ | гарын үсэг: {{r:Со}}
№ 042 | 2019.07.01 | Түрээслэгч: {{r:Со Чан Хо}} | 450,000₮ | хүлээн авсан: {{r:Оюунцэцэг}}
№ 043 | 2019.08.03 | Түрээслэгч: {{p:Ким Мён Су}} ({{r:Со}}-гийн оронд) | 450,000₮ | цахилгаан тусад нь 38,000₮
№ 044 | 2019.09.01 | Түрээслэгч: {{r:Со Чан Хо}} | 400,000₮ | 50,000₮ өртэй үлдсэн
№ 045 | 2019.10.05 | Түрээслэгч: {{p:Пак Ир Нам}} | 450,000₮ + 50,000₮ өр | {{r:Оюунаа}}

Тэмдэглэл ({{r:Оюунцэцэг}}): Солонгосууд 14 хүн, хоёр гэрт. Ахлагч {{r:Со}} хатуу. Нэг эмэгтэй тогооч байна, нэр нь {{r:Сун Ок}}. Миний хүү {{p:Бат-Эрдэнэ}} тэдэнд түлээ зөөж өгдөг. 9-р сард {{r:Со}} 50,000 дутуу өгсөн, дараа нь {{p:Пак}} төлсөн.

[한국어 메모 — {{r:곽순옥}}, 밥하던 사람]
- 집주인 {{r:오욘체첵}} 아주머니를 우리는 "{{r:Оюунаа}}"라고 불렀다. 아들 {{p:바트에르덴}}이 장작을 날라 줬다.
- 책임자 {{r:소창호}}는 집세를 우리 생활비에서 떼었다. 9월에 5만 투그릭을 덜 낸 건, {{r:소}} 책임자가 그 돈으로 술을 샀기 때문이다.
- 8월에 {{p:김명수}}가 대신 낸 것은 {{r:소창호}}가 {{u:울란바토르}} 대사관에 불려 갔을 때다.
- 10월에 낸 {{p:박일남}}은 새 책임자. {{r:소}} 책임자는 10월에 본국으로 소환됐다.
""",
    },
    {
        "id": "h76-mixed-07",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kim Hyon-sik", "김현식", "witness", ["Kim", "Hyon-sik"]),
            ("Pak Tong-il", "박동일", "supervisor", ["Pak"]),
            ("Krzysztof Wróbel", "크시슈토프 브루벨", "official", ["Wróbel"]),
        ],
        "note": "Polish police official note (notatka urzędowa) from Gdynia about a North Korean welder who asked for help at a petrol station, with a Korean interpreter's handwritten remarks; Polish case endings inside the mention (Kima, Kimowi, Pakiem, Paka), Pan/Pani and rank abbreviations outside; station attendant and interpreter private; CRLF.",
        "text": """{{u:Komenda Miejska Policji w Gdyni}}
{{u:Gdynia}}, dnia 14.11.2019 r.

NOTATKA URZĘDOWA

W dniu 13.11.2019 r. o godz. 23:40, pełniąc służbę patrolową wraz z sierż. {{p:Anną Kowalczyk}}, zostałem skierowany przez dyżurnego na stację paliw przy ul. Morskiej, gdzie według zgłoszenia pracownicy stacji, Pani {{p:Justyny Mazur}}, przebywał mężczyzna narodowości koreańskiej proszący o pomoc.

Na miejscu zastaliśmy mężczyznę, który okazał paszport {{u:KRLD}} na nazwisko {{r:KIM HYON SIK}}. Mężczyzna nie posługiwał się językiem polskim. Przy pomocy tłumacza telefonicznego, Pana {{p:Tomasza Lee}}, ustalono, że Pan {{r:Kim}} jest spawaczem zatrudnionym przez podwykonawcę w stoczni i że nie chce wracać do hotelu robotniczego, ponieważ boi się swojego przełożonego, Pana {{r:Paka}} (imię: {{r:Tong-il}}).

Pan {{r:Kim}} oświadczył, że jego przełożony {{r:Pak Tong-il}} zabrał mu paszport na dwa lata i oddał go dopiero wczoraj, „do kontroli”. Panu {{r:Kimowi}} udzielono informacji o możliwości kontaktu z organizacją pozarządową.

O godz. 00:25 na stację przyjechał samochodem mężczyzna, który przedstawił się jako {{r:Pak}} i zażądał wydania mu Pana {{r:Kima}}. Pan {{r:Kim}} odmówił. Po rozmowie z {{r:Pakiem}} (przez tłumacza) mężczyzna odjechał.

Pana {{r:Kima}} przewieziono do ośrodka interwencji kryzysowej. Sprawę przekazano do Wydziału do walki z Handlem Ludźmi.

asp. {{r:Krzysztof Wróbel}}

[uwagi tłumacza / 통역인 메모 — {{p:이태민}}, 2019.11.15]
- {{r:김현식}} 씨는 "{{r:박동일}} 반장이 무섭다"는 말을 다섯 번 넘게 했음. 반장 {{r:박}}은 같은 호텔에 사는 21명을 관리.
- {{r:현식}} 씨 동료 {{p:로명철}}, {{p:한수봉}}도 같은 처지라고 함. {{p:명철}} 씨는 손을 다쳤는데 병원에 못 갔다고.
- 경찰관 {{r:Wróbel}} 경위는 친절했음. 주유소 직원 {{p:Justyna}} 씨가 커피를 줬음.
""",
    },
    {
        "id": "h76-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jon Hyang-mi", "전향미", "witness", ["Hyang-mi", "Hương Mỹ"]),
            ("Nguyễn Thị Lan", "응우옌 티 란", "coworker", ["Lan", "란"]),
            ("Ryom Chun-ok", "렴춘옥", "supervisor", ["Chun-ok", "R.C.O."]),
        ],
        "note": "Souvenir-sales book (ginseng, paintings, embroidery) of a North Korean restaurant in Hanoi, kept in Vietnamese by the Vietnamese cashier with Korean entries by a waitress; Vietnamese titles chị/anh/em outside, a Vietnamised form of a Korean name listed as alias; the manager's initials in the approval column; customer tour leaders private.",
        "text": """SỔ BÁN HÀNG LƯU NIỆM — nhà hàng (tầng 1), {{u:Hà Nội}}
Thu ngân: {{r:Nguyễn Thị Lan}}   Quản lý nhà hàng: chị {{r:Chun-ok}}

Ngày | Hàng | SL | Giá (USD) | Khách | Người bán | Duyệt
02/03 | Sâm Kaesong (hộp 6 năm) | 2 | 240 | đoàn anh {{p:Tuấn}} ({{u:Sài Gòn}}) | em {{r:Hương Mỹ}} | {{r:R.C.O.}}
02/03 | Tranh thêu "Thác nước" | 1 | 350 | ông {{p:Park}} (khách Hàn) | {{p:Un-byol}} | {{r:R.C.O.}}
05/03 | Rượu sâm | 6 | 180 | đoàn {{u:Trung Quốc}}, trưởng đoàn {{p:陈先生}} | {{r:Hyang-mi}} | {{r:R.C.O.}}
09/03 | Tranh sơn dầu | 1 | 900 | chị {{p:Hoa}} (công ty du lịch) | {{p:Song-hui}} | {{r:Chun-ok}}
12/03 | Sâm (hộp) | 1 | 120 | anh {{p:Minh}} | {{r:Hương Mỹ}} | {{r:R.C.O.}}

Ghi chú của {{r:Lan}}: Chị {{r:Chun-ok}} giữ tiền. Em {{r:Hương Mỹ}} (tên thật {{r:Hyang-mi}}) bán giỏi nhất, nhưng không được giữ đồng nào. Ngày 09/03 chị {{r:Chun-ok}} bảo {{p:Song-hui}} bán tranh 900 nhưng ghi sổ 700.

[한국어 — {{r:전향미}}, 2021년 증언 때 이 장부 사진을 보여 주며]
- 계산원 {{r:란}} 언니는 베트남인인데 우리 편이었다. 우리 이름을 베트남식으로 불렀다. 나는 "{{r:Hương Mỹ}}".
- 승인 칸의 {{r:R.C.O.}}는 책임자 {{r:렴춘옥}}. {{r:렴}} 책임자는 그림값 200달러를 따로 챙겼다. 장부에는 700만 적게 했다.
- 같이 일한 {{p:은별}}({{p:Un-byol}}), {{p:송희}}({{p:Song-hui}})는 2020년에 {{u:평양}}으로 돌아갔다.
""",
    },
    {
        "id": "h76-mixed-09",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Han Myong-suk", "한명숙", "witness", ["Myong-suk", "ມຽງສຸກ"]),
            ("Khamphoui Sisouphanh", "캄푸이 시수판", "official", ["ຄຳພູຍ", "Khamphoui"]),
        ],
        "note": "Lao village-head certificate (translated, with the Lao original lines) confirming that a North Korean woman stayed in a village near the Mekong before being taken to the police; Lao title ນາງ/ທ້າວ outside the mention, Lao transcription of the Korean name listed as an alias; a registered woman sharing the name of a former South Korean prime minister (private); village head registered.",
        "text": """ໃບຢັ້ງຢືນ (CERTIFICATE) — unofficial translation below each line
ບ້ານ ○○, ເມືອງ {{u:ຫ້ວຍຊາຍ}}, ແຂວງ {{u:ບໍ່ແກ້ວ}}
(Village ○○, {{u:Houayxay}} district, {{u:Bokeo}} province)

ຂ້າພະເຈົ້າ ທ້າວ {{r:ຄຳພູຍ}} ນາຍບ້ານ ຂໍຢັ້ງຢືນວ່າ ນາງ {{r:ມຽງສຸກ}} ...
(I, Mr {{r:Khamphoui Sisouphanh}}, head of the village, certify that Ms {{r:Myong-suk}}, a Korean woman, stayed in the house of Mrs {{p:Bouasone}} from 3 to 6 May 2019.)

She came with two other persons, a man called {{p:Chol}} and a young woman called {{p:Un-ju}}, and a Lao man from {{u:Luang Namtha}}, Mr {{p:Sengphet}}, who said he was their guide. On 6 May I took the three Korean persons to the district police. Mr {{p:Sengphet}} left before the police arrived.

Signed: {{r:Khamphoui}}   Witness: {{p:Bouasone Phommachanh}}
Stamp of the village.

[Korean note — interviewer {{p:정예린}}, 2023]
- 증언자 {{r:한명숙}} 씨 (전직 총리와 이름이 같아 처음엔 가명인 줄 알았다고 통역 {{p:수진}} 씨가 농담함). {{r:명숙}} 씨는 {{u:중국}} {{u:심양}}의 식당에서 3년 일하다 탈출.
- 이장 {{r:캄푸이}} 씨가 써 준 확인서. {{r:명숙}} 씨는 "이장님은 경찰에 데려가면서도 밥을 먹여 줬다"고 함.
- 같이 있던 {{p:철}}이는 {{p:김철}}, {{p:은주}}는 {{p:최은주}}. 두 사람 모두 지금 {{u:한국}}에 있음.
""",
    },
    {
        "id": "h76-mixed-10",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Sun-hui", "리순희", "witness", ["李顺姬", "顺姬"]),
            ("Zhou Ping", "저우핑", "other", ["周萍", "周姐"]),
        ],
        "note": "Chinese community group-buy (社区团购) order list pasted from a WeChat group in Yanji, where a North Korean restaurant worker ordered through the group leader; WeChat nicknames with and without names, 周姐 labelled whole, a Korean explanation; fruit and product names unmarked.",
        "text": """【幸福小区团购群】 今日团购：延边大米、苹果梨、冻饺子   团长：{{r:周姐}}（{{r:周萍}}）
接单截止：今晚8点   自提点：3号楼门口

1. 🍎 {{p:王阿姨}} 苹果梨 2箱
2. {{p:小丽}} 大米 10斤
3. {{p:幸福的猫}} 冻饺子 3袋
4. {{r:顺姬}}（饭店）大米 50斤、冻饺子 10袋 — {{r:周姐}}帮忙送到饭店后门
5. {{p:阳光总在风雨后}} 苹果梨 1箱
6. {{p:金哥}} 大米 20斤
7. {{p:崔老师}} 苹果梨 1箱

{{r:周萍}}：@{{r:顺姬}} 明天上午10点送，钱还是你们经理付吗？
{{r:顺姬}}：是的，{{p:朴经理}}付。谢谢{{r:周姐}}🙏

[한국어 — {{r:리순희}} 설명]
- 식당 쌀은 원래 {{p:박}} 지배인이 사 왔는데, 2020년 봄 봉쇄 때부터 동네 공동구매 방에 들어가서 내가 주문했다. 방장 {{r:周萍}} 언니를 다들 "{{r:周姐}}"라고 불렀다.
- 위챗 닉네임은 본명 '{{r:李顺姬}}'의 '{{r:顺姬}}'만 썼다. {{p:朴经理}}가 그렇게 하라고 했다.
""",
    },
    {
        "id": "h76-mixed-11",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Tsend-Ayush Ganbold", "첸드아유시 간볼드", "official", ["Ц.Ганболд", "Ганболд"]),
            ("Rim Kyong-chol", "림경철", "supervisor", ["Рим Гён Чол"]),
        ],
        "note": "Mongolian airport excess-baggage receipt stubs for a group of North Korean workers returning home, with a Korean note; Mongolian patronymic initial inside (Ц.Ганболд), Korean names in Mongolian Cyrillic, group leader registered; Chinggis Khaan airport and airline public.",
        "text": """ИЛҮҮ ТЭЭШИЙН ТӨЛБӨРИЙН БАРИМТ — {{u:Чингис Хаан олон улсын нисэх буудал}}
Нислэг: {{u:Air Koryo}} JS-152 {{u:УБ}} → {{u:Пхеньян}}   Огноо: 2019.11.28   Кассчин: {{r:Ц.Ганболд}}

№ | Зорчигч | Илүү жин | Төлбөр | Төлсөн
1 | {{r:Рим Гён Чол}} (бүлгийн ахлагч) | 34 кг | 1,020,000₮ | {{r:Рим}}
2 | {{p:Ким Чол Мин}} | 18 кг | 540,000₮ | {{r:Рим}}
3 | {{p:Пак Сун Ир}} | 22 кг | 660,000₮ | {{r:Рим}}
4 | {{p:Ли Мён Хо}} | 15 кг | 450,000₮ | {{r:Рим}}

Тэмдэглэл: бүх төлбөрийг ахлагч {{r:Рим}} нэг дор бэлнээр төлсөн. — {{r:Ганболд}}

[한국어 — 제보자 {{p:박순일}}(3번)]
- 짐값은 책임자 {{r:림경철}}이 냈지만 나중에 우리 마지막 달 생활비에서 다 떼었다. 제일 짐이 많은 건 {{r:림}} 책임자 자신이었다.
""",
    },
    {
        "id": "h76-mixed-12",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kang Tae-ho", "강태호", "supervisor", ["Kang", "كانغ"]),
            ("Mohammed Al-Enezi", "무함마드 알에네지", "other", ["محمد العنزي", "Abu Fahad"]),
        ],
        "note": "Kuwaiti building-material shop delivery challans (Arabic/English) for private villa jobs done by a North Korean crew outside their contract; the Arabic السيد outside the mention, a kunya (Abu Fahad) as alias, a Korean crew leader in Arabic script; Indian driver private; Kuwaiti areas public; CRLF.",
        "text": """DELIVERY CHALLAN / إذن تسليم
Shop: [building materials], {{u:Shuwaikh Industrial}}   Driver: {{p:Rajesh}}

No. 7731 | 12/03/2017 | Site: villa, {{u:Jabriya}}, block 9 | Customer: السيد {{r:محمد العنزي}} | Received by: {{r:KANG}} (Korean team) | 40 bags cement, 2 m3 sand
No. 7748 | 15/03/2017 | Site: same | Customer: {{r:Abu Fahad}} | Received by: {{r:كانغ}} | tiles 60x60, 38 m2
No. 7790 | 22/03/2017 | Site: villa, {{u:Salwa}} | Customer: {{p:Khaled}} (via Mr {{r:Al-Enezi}}) | Received by: {{p:CHOE}} | 30 bags tile adhesive

Note from the shop ({{p:Faisal}}): Customer {{r:Mohammed Al-Enezi}} pays cash. Korean workers come only after 5 pm and Friday. Leader {{r:Kang Tae-ho}} signs in English.

[Korean note — former worker]
- 반장 {{r:강태호}}가 저녁과 금요일마다 우리를 개인 집 공사에 데려갔다. 돈은 집주인 {{r:무함마드}}가 반장한테 현금으로 줬고, 우리는 한 푼도 못 받았다.
""",
    },
    {
        "id": "h76-mixed-13",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Mun Song-hui", "문성희", "witness", ["มุน ซองฮี", "Song-hui"]),
            ("Somchai Inthawong", "솜차이 인타웡", "official", ["สมชาย อินทวงศ์"]),
        ],
        "note": "Thai police daily-event record (บันทึกประจำวัน) from Chiang Saen about a North Korean woman who walked into the station, translated line by line; Thai titles นาง/ร.ต.อ. outside, Thai transcription of her name listed as an alias; the surname Mun (Moon) in a note; a villager private.",
        "text": """รายงานประจำวันเกี่ยวกับคดี — สถานีตำรวจภูธร{{u:เชียงแสน}}
(Daily event record — {{u:Chiang Saen}} police station)

ลำดับ 12 เวลา 06.30 น. นาง{{r:มุน ซองฮี}} สัญชาติ{{u:เกาหลีเหนือ}} เดินเข้ามาแจ้งขอความช่วยเหลือ พร้อมด้วยนาย{{p:บุญมา}} ชาวบ้าน
(No. 12, 06:30. Ms {{r:Mun Song-hui}}, North Korean, walked in to ask for help, accompanied by Mr {{p:Boonma}}, a villager.)
ผู้บันทึก ร.ต.อ.{{r:สมชาย อินทวงศ์}}
(Recorded by Pol. Capt. {{r:Somchai Inthawong}})

Translator's note ({{p:Ploy}}): Ms {{r:Mun}} told the officer her name in Korean as "{{r:문성희}}"; the Thai clerk wrote "{{r:มุน ซองฮี}}". In English she signs "Moon" - {{r:Song-hui}} said she prefers Moon, "like the moon".
""",
    },
    {
        "id": "h76-mixed-14",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Kwang-jin", "김광진", "supervisor", ["金光进", "老金"]),
            ("Agus Salim", "아구스 살림", "coworker", ["Agus"]),
        ],
        "note": "Longliner line-setting shift board (排班表) copied from a photo, Chinese/Indonesian/Korean; North Korean bosun in Hanzi with 老金 labelled whole, Indonesian crew by single names, Pak as an Indonesian title outside; vessel invented.",
        "text": """放钩排班表 / Jadwal setting / 투승 당번표
第1班 00:00-04:00: 水手长 {{r:金光进}}、{{r:Agus}}、{{p:Wahyu}}、{{p:리성호}}
第2班 04:00-08:00: {{p:Budi}}、{{p:한철}}、{{p:王小军}}
备注: {{r:老金}}管朝鲜船员。Pak {{p:Hendra}} (fishing master) cek semua.

[Catatan {{r:Agus Salim}}]: Bosun {{r:Kim}} keras sama orang {{u:Korea}}. {{p:Sung-ho}} kerja dua shift.
[한국어 — {{p:리성호}}]: 갑판장 {{r:김광진}}이 우리만 두 번 세웠다.
""",
    },
    {
        "id": "h76-mixed-15",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ju Song-chol", "주성철", "coworker", ["Song-chol", "Ju"]),
            ("Domingos Cassule", "도밍구스 카술레", "other", ["Domingos"]),
        ],
        "note": "Angolan five-a-side pitch booking book (Portuguese) in Luanda where a North Korean construction crew booked Sunday games; Sr./Dona titles outside, the Korean booker's surname Ju, pitch owner registered and signing with his first name; Luanda and Viana public.",
        "text": """CAMPO "O BOM AMIGO" — {{u:Luanda}}, {{u:Viana}} — LIVRO DE MARCAÇÕES
Dono: {{r:Domingos Cassule}}

Dom 05/05 | 07h-09h | "Coreanos" — marcado por {{r:Ju}} | pago 8.000 Kz
Dom 12/05 | 07h-09h | "Coreanos" — {{r:Song-chol}} | pago
Dom 12/05 | 09h-11h | {{p:Nelson}} e amigos | pago
Dom 19/05 | 07h-09h | "Coreanos" — {{r:JU SONG CHOL}} | não pago (chefe deles, Sr. {{p:Ri}}, disse que paga depois)
Sáb 25/05 | 16h-18h | Dona {{p:Esperança}} (aniversário do filho) | pago

Obs.: {{r:Domingos}} — os coreanos jogam bem mas não falam com ninguém.
[한국어 메모 — {{r:주성철}}] 일요일 아침 축구는 반장 {{p:리}}가 허락한 유일한 외출이었다.
""",
    },
    {
        "id": "h76-mixed-16",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kye Chang-il", "계창일", "coworker", ["Кё Чан Ир", "Чан Ир"]),
            ("Rustam Nazarov", "루스탐 나자로프", "coworker", ["Рустам", "Рустам Назаров"]),
        ],
        "note": "Russian brigade common-fund (общак) notebook shared by North Korean and Uzbek workers on a St Petersburg site; contributors by first names and Cyrillic Korean names with case endings (Чан Иру), a Korean note; Санкт-Петербург public.",
        "text": """ОБЩАК — бригада, объект: {{u:Санкт-Петербург}}
Казначей: {{r:Рустам}}

01.04 | {{r:Кё Чан Ир}} | 500 |
01.04 | {{p:Бахтиёр}} | 500 |
08.04 | {{p:Ким}} (кореец) | 300 |
15.04 | выдано {{r:Чан Иру}} на лекарства | -1500 | отдаст в мае
22.04 | {{r:Рустам Назаров}} | 500 |

[한국어 — {{r:계창일}}] {{r:Рустам}}이 모은 돈에서 약값을 빌렸다. 우리 반장은 몰랐다.
""",
    },
]
