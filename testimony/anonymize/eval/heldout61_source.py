# ruff: noqa: E501
"""Held-out evaluation passages, set 61. Built by build_heldout.py heldout61.

Fifty documents of the kind an NGO working on North Koreans sent abroad as forced
labourers could plausibly receive or write, written blind (the finder's code was not
read and the finder was not run). All genres are ones no earlier set used as far as
their opening lines show (pastoral counselling session logs, financial-ombudsman
remittance complaints, dating-app chat exports, recipe-blog comment threads, maritime
declarations of health with crew schedules, veterinary patient records, letting
agents' viewing notes, hospice volunteer visit notes, personal safety plans, airline
special-assistance requests, Gulf government-relations officers' task lists, labour
camp welfare officers' weekly reports, online-game guild chat logs, memorial playlist
dedications, local-election candidate leaflets, fishing-vessel deck log extracts,
library borrowing histories, fortune-teller consultation cards, matchmaking-agency
member profiles, taekwondo grading lists, lost-dog posters with replies,
neighbourhood-app community posts, webtoon comment sections, church new-family
home-visit records, Naver Band group posts, class-parents' group chats, internet-cafe
private-message boxes, payment-order applications, unemployment-benefit job-search
logs, delivery riders' daily settlement sheets, translated North Korean thought-trend
reports on dispatched workers, gold-shop purchase ledgers, badminton-club member
rolls, undergraduate oral-history assignment reports, Telegram channel exports,
shrimp-peeling weigh slips, sewing-line efficiency boards, Russian house registers,
VK community posts with comments, Kuwaiti newspaper lost-passport notices, Mongolian
emergency dispatch cards, Polish clinic SMS reminder exports, Vietnamese
temporary-residence declarations, disaster-victim-identification ante-mortem forms,
design-review comment threads, holiday-rental host messages, NGO quarterly objective
trackers, Polish sworn translators' repertories, Chinese work-injury determination
applications and Russian air-ambulance request logs), in English, Korean and mixed
Korean/English with Russian, Chinese, Arabic, Mongolian, Polish and Vietnamese.
Settings: construction in Kuwait, Qatar, Russia and Mongolia, logging in
Siberia and the Russian Far East, seafood and garment factories in China, fishing
boats, a Polish shipyard, Vietnam, and resettlement in South Korea and the UK. All
persons are fictional; real public figures are mentioned only neutrally.

Labelling convention (as in the preceding sets):
- {{r:...}} a mention of a registered private person (listed in the passage's
  "persons" as (romanized name, Hangul name, role, aliases)); {{p:...}} a mention
  of an unregistered private person; {{u:...}} a public name: a real public figure,
  a real place, a real organisation or company, a real ship, app or platform.
- Every fictional person is private, whatever their office.
- Invented businesses, sites, churches and vessels are left unmarked.
- A mention is labelled as the text writes it: the name only, without particles
  and without titles or honorifics (Mr, Dr, Pastor, Elder, Auntie, Uncle, 씨, 동무,
  반장, 님); the affectionate suffix and vocative endings after a given name stay
  outside. Chinese forms of address are labelled whole (老刘, 小王, 王姐), and Russian
  and Polish names keep their case endings.
- A nickname or alias that refers to a person is a mention; the same word used as an
  ordinary word is not. Surnames that are also ordinary words (An, O, So, Ha, Yu, Jo,
  No, Do, Song, Moon) are labelled only where they refer to a person.
- Initials standing for a person are mentions. In handles, hashtags, e-mail
  addresses, file names and PNR names only the part that spells the name is labelled.
- Zero-width characters and fullwidth letters inside a name stay inside the mention.
- Possessive 's, plural -s, particles and emoji stay outside a mention.
- Generic kinship or role words used instead of a name are not mentions. Animals'
  names are not person mentions.
- Country names are public places whenever they stand as nouns, also attributively
  (DPRK, 북한 사람, 중국 돈); nationality adjectives and compound words (Korean,
  한국어, 중국인, 조선족, 탈북민) are not marked.
"""

PASSAGES: list[dict] = [
    {
        "id": "h61-en-01",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ri Kwang-su", "리광수", "witness", ["Lee Kwang-soo", "Kwang-su", "KS"]),
            ("Pyon Chol", "변철", "supervisor", ["Abacus"]),
            ("Ho Un-jong", "허은정", "relative", ["Un-jong"]),
        ],
        "note": "Pastoral counsellor's session log, Amur Oblast logging and Vladivostok construction; counsellor, interpreter and counsellee also as initials; nickname Abacus beside the ordinary word abacus; surname So beside sentence-initial So; Elder Moon beside the moon; one-syllable given name; Chinese form of address; Korean sentence inside the English; impossible session date; long, CRLF.",
        "text": """GRACE HARBOUR FELLOWSHIP - PASTORAL CARE TEAM
Counselling session log (CONFIDENTIAL - kept in the locked cabinet, never in the membership database)

Counsellor: Rev. {{p:Deborah Nam}} ({{p:DN}})
Interpreter / co-counsellor: {{p:Yun Ha-rin}} ({{p:HR}})
Counsellee: {{r:RI Kwang-su}} ({{r:KS}}); name on South Korean ID card: {{r:LEE Kwang-soo}}
Referred by: Pastor {{p:Seo Jin-uk}} of the Korean-Chinese congregation in {{u:Ansan}}, after a conversation at the Thursday meal
Agreed frequency: weekly, 60 minutes, Monday evenings; review after six sessions

Session 1 - 4 March 2024, 19:00-20:05
Present: {{p:DN}}, {{p:HR}}, {{r:KS}}

{{r:Kwang-su}} arrived twenty minutes early and waited in his car until {{p:Ha-rin}} went down to fetch him. He did not want to be seen walking into "a room for people with problems". He asked twice whether I would write things down. I explained that these notes stay in this cabinet and that only {{p:Ha-rin}} and I read them; he nodded and put his phone face down on the table.

Presenting concern: sleeps three to four hours; wakes at 04:30 "for roll call", even on Sundays. Recurring dream of the timber yard near {{u:Tynda}} in {{u:Amur Oblast}}, where he was sent in 2011 with a logging brigade. In 2016 the brigade was moved to apartment construction in {{u:Vladivostok}}. He left the site in 2017.

He spoke at length about his brigade leader, {{r:Pyon Chol}}, whom the men called "{{r:Abacus}}" because he counted every rouble twice, out loud, in front of them. "{{r:Abacus}} counted our plan money so we could watch how little was left for us." Even now, {{r:Kwang-su}} says, the sound of coins in someone's pocket makes his shoulders rise. He used the Korean word for the counting frame and laughed when {{p:Ha-rin}} explained that in English it is also called an abacus.

He mentioned a co-worker, {{p:So Myong-il}}, who lost two fingers to a chainsaw in January 2014 and was kept working on the landing with his hand wrapped in a glove. So I asked what happened to {{p:Myong-il}} afterwards; he does not know.

At the end he asked me to pray for his wife, {{r:Ho Un-jong}}, and their daughter, {{p:Ri Sol}}, who are in {{u:Chongjin}}. He has not heard whether {{r:Un-jong}} received the last money he sent through a broker he calls only Uncle {{p:Jang}}. We prayed together; he kept his eyes open.

Session 2 - 11 March 2024
Present: {{p:DN}}, {{p:HR}}, {{r:KS}}

He brought a photograph of the brigade in front of a log truck, winter 2013. From left: {{p:Kye}} the cook, {{r:Pyon}}, {{p:Mun Sang-hyok}}, {{r:Kwang-su}} himself, and a Russian driver the men knew as {{p:Tolik}}. "{{p:Tolik}} gave us cigarettes, and {{r:Pyon}} took them off us before we reached the barracks." This was the first time he laughed in a session.

He then asked whether God forgives a man who reported on his friends. In 2015 the political officer, {{p:Jon Tae-bok}}, required each man to write a monthly note on two others. {{r:Kwang-su}} wrote about {{p:Mun}} and {{p:Kye}}. "Only small things. {{p:Mun}} sang a South Korean song in the sauna. {{p:Kye}} fed our bread to a Russian dog." {{p:Mun Sang-hyok}} was sent home three months later. We talked about guilt and coercion, and I read Psalm 32 with him. He asked to keep the printout.

Session 3 - 18 March 2024 (cancelled)
Text received at 17:52: "Pastor sorry. Overtime at factory. Next week OK? - {{r:KS Lee}}". I replied that next week is fine.

Session 4 - 25 March 2024
Present: {{p:DN}}, {{p:HR}}, {{r:KS}}

He had spoken on the phone with {{p:Choe Yong-ae}}, a woman from his home district now living in {{u:Incheon}}, who heard from her own cousin that {{r:Un-jong}} had been questioned by the local security office in the autumn. {{r:Un-jong}}'s uncle, {{p:Ho Chang-gil}}, is party secretary at a factory and "may cover for her". {{r:Kwang-su}} was more agitated than in earlier sessions; {{p:Ha-rin}} suggested a short walk around the car park, which helped.

He returned to {{r:Pyon}}. In {{u:Vladivostok}} the brigade leader kept the men's passports in a cash box and lent money at ten per cent a month. When {{p:Kang Ui-song}}, the youngest in the brigade, tried to buy a SIM card, {{r:Pyon Chol}} beat him with a pipe in front of everyone and the next morning gave him extra rice. "That was {{r:Abacus}}: the stick first, then the rice, and both went into his book."

Homework agreed: to write a letter to {{r:Pyon}} that will not be sent. He read out the first line in Korean: "{{r:변철}} 동무, 나는 아직도 당신의 주판알 소리를 듣습니다." ({{p:Ha-rin}}'s rendering: "Comrade {{r:Pyon Chol}}, I still hear the beads of your abacus.")

Session 5 - 31/04/2024 as entered in the diary (held Monday 1 April)
Present: {{p:DN}}, {{r:KS}}; {{p:HR}} absent (ill). We used a telephone interpreting line; the interpreter gave her name as "{{p:Jenny}}".

He read the whole letter. Key lines in my notes: he forgives {{r:Pyon}} "for the stick but not for the book". He named others he wants to remember: {{p:Myong-il}}, {{p:Sang-hyok}}, {{p:Ui-song}}, and a Chinese cook at the next camp, {{p:老刘}}, who secretly sold them tofu. He asked whether he may pray for {{r:Pyon}}; I said yes, if and when he wants to.

Risk: no current suicidal thoughts (asked directly; answered directly). Sleep slightly better (five hours). He watches the moon from his balcony when he cannot sleep, "because it is the same moon as over {{u:Chongjin}}".

Plan: continue weekly to session 6; referral for psychiatric assessment with Dr {{p:Ahn Ji-woo}} in {{u:Suwon}} (he agreed); review with the pastoral team ({{p:DN}}, {{p:HR}}, Elder {{p:Moon}}) on 8 April. Elder {{p:Moon}} will see only the summary, not these notes.

- {{p:D. Nam}}
""",
    },
    {
        "id": "h61-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kang Song-hui", "강송희", "relative", ["Song-hui"]),
            ("Kang Song-ok", "강송옥", "witness", ["Song-ok"]),
        ],
        "note": "Advice-agency complaint letter to the Financial Ombudsman about a misdirected remittance to Yanji; sender and sister share the syllable Song; recipient in Latin and Hanzi and a near-identical payout name; counter staff by first name only; impossible date on the firm's final response; invented remittance firm unmarked.",
        "text": """{{u:Citizens Advice Kingston}}
Money and Debt Team

{{u:Financial Ombudsman Service}}
Exchange Tower
{{u:London}} E14 9SR

14 May 2024

Dear Sir or Madam,

Complaint against HomeLink Remit Ltd - failed international money transfer
Our client: Ms {{r:KANG Song-hui}} (date of birth 02/09/1981)
Firm's reference: HLR-CMP-22871

I write on behalf of Ms {{r:Kang}}, who has given written consent (enclosed) for me to act for her. Ms {{r:Kang}} speaks some English but asked me to set out her complaint in writing, because the firm's complaints team has twice closed her case after telephone calls in which no interpreter was offered.

1. What happened

On 3 January 2024 Ms {{r:Kang}} paid GBP 2,400 in cash at the firm's agency counter in {{u:New Malden}} to send CNY 21,300 to a named recipient in {{u:Yanji}}, {{u:Jilin Province}}. The recipient was Ms {{p:JIN Meihua}} ({{p:金美花}}), whose name, telephone number and ID number Ms {{r:Kang}} wrote on the form herself.

The purpose of the transfer, as Ms {{r:Kang}} explained to the counter agent (a young man whose badge read "{{p:Sean}}"), was to reach her younger sister, {{r:Kang Song-ok}}. From 2017 to 2023 {{r:Song-ok}} worked in a seafood processing plant in {{u:Donggang}}, near {{u:Dandong}}, as one of a group of North Korean women sent there by their state. She has since left that plant. Ms {{p:Jin}} is a family acquaintance who agreed to pass the money on.

On 9 January the firm's tracking page showed the transfer as "PAID". Ms {{p:Jin}} told Ms {{r:Kang}} on {{u:WeChat}} the same evening that she had received nothing. The payout record, which Ms {{r:Kang}} obtained only on 20 March, shows that the money was collected in cash in {{u:Hunchun}} by a person identified as "{{p:JIN MEIHU}}", on an ID document whose number does not match the one Ms {{r:Kang}} gave.

2. The firm's handling of the complaint

Ms {{r:Kang}} telephoned on 10 January. The agent, who gave his name as {{p:Gary}}, told her the money "must be with the family" and ended the call. She called again on 2 February and spoke to {{p:Priya Raman}}, a complaints handler, who closed the complaint the same day. No interpreter was offered on either call, although the firm's own file notes "customer limited English - Korean". The firm's final response letter is dated 30 February 2024 and signed "{{p:P. Raman}}"; it arrived on 7 March.

3. Why we say the firm is at fault

(a) The money was paid to a person whose name and ID number did not match the transfer instruction.
(b) The firm had our client's correct details on the form, in her own handwriting, and a copy of that form is enclosed.
(c) The firm did not treat the matter as a complaint when Ms {{r:Kang}} first raised it and did not take her language needs into account.

4. Impact on our client

The money was borrowed: GBP 1,000 from a friend from church, Mrs {{p:Yu}}, and GBP 600 as an advance from her employer at the restaurant where she works, Mr {{p:Hwang}}. She is repaying both from wages of about GBP 1,400 a month. Her daughter {{p:Yu-na}}, who is fourteen, has been translating letters for her mother since January and told me she is afraid "Auntie {{r:Song-ok}}" will think the family has forgotten her. Ms {{r:Kang}} has not heard from {{r:Song-ok}} since 22 January. The helper in {{u:Yanji}}, whom the family call only Uncle {{p:Piao}}, has stopped answering.

5. What our client asks for

A refund of GBP 2,400 plus the transfer fee of GBP 18.99, interest, and compensation for distress and inconvenience.

Yours faithfully,

{{p:Tom Whitfield}}
Money and Debt Adviser

Enclosures: consent form signed by {{r:Kang Song-hui}}; counter receipt; transfer form; payout record; {{u:WeChat}} screenshots with translation by {{p:Kim Ji-hye}} (volunteer).
""",
    },
    {
        "id": "h61-en-03",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Jun-ho", "최준호", "witness", ["Choi Junho", "Junho", "Jun-ho"]),
            ("O Kyong-nam", "오경남", "supervisor", ["Lighter"]),
        ],
        "note": "Dating-app chat export; speaker labels on every line; handle with the given name; bare surname O beside the interjections o and O; nickname Lighter beside the ordinary word; sentence-initial Do; emoji right after names; Kuwait construction site remembered.",
        "text": """Conversation export - {{u:Tinder}} data download (messages.json, converted to text by the account holder)
Account: {{r:junho}}_k_92
Match: {{p:Hyeri}}, 29 - matched 12 Feb 2024

[12/02 21:14] {{p:Hyeri}}: hiii 👋 your profile says "built half of {{u:Kuwait}}" lol is that true
[12/02 21:20] {{r:Junho}}: haha not half. maybe 2 buildings 😅 I did construction in {{u:Kuwait}} 2014 to 2018
[12/02 21:21] {{p:Hyeri}}: wait really?? how did you end up there
[12/02 21:26] {{r:Junho}}: long story. I'm from the North. the company sent us, 60 men from my city. we lived in containers next to the site in {{u:Jahra}}
[12/02 21:27] {{p:Hyeri}}: o wow. I'm sorry I didn't mean to make it heavy
[12/02 21:29] {{r:Junho}}: its ok 🙂 I like to say it normally. my boss there was Mr {{r:O}}, very strict
[12/02 21:29] {{p:Hyeri}}: O like the letter O? 😂
[12/02 21:31] {{r:Junho}}: yes just {{r:O}}. {{r:O Kyong-nam}}. everyone called him {{r:Lighter}} because he lit his cigarettes from the welding torch
[12/02 21:31] {{p:Hyeri}}: omg 😳
[12/02 21:33] {{r:Junho}}: if {{r:Lighter}} came to your floor you stopped talking. even the Indian guys stopped
[12/02 21:34] {{p:Hyeri}}: and now? you're in seoul?
[12/02 21:38] {{r:Junho}}: yes. after {{u:Hanawon}} I work at a logistics centre in {{u:Icheon}}. night shift 🥱 my lighter is just a normal lighter now haha
[12/02 21:39] {{p:Hyeri}}: lol 😂 ok I like you
[13/02 08:02] {{p:Hyeri}}: morning! my friend {{p:Da-eun}} says I should ask you for coffee before you disappear into night shift
[13/02 08:40] {{r:Junho}}: {{p:Da-eun}} is right 😂 Saturday? {{u:Hongdae}}?
[13/02 08:41] {{p:Hyeri}}: ok!! Do you like cats? the cafe I like has 4 cats
[13/02 08:44] {{r:Junho}}: I like. my friend {{p:Sang-u}} from {{u:Kuwait}} has 3 cats now. he was our cook there, he fed the street cats behind the canteen and Mr {{r:O}} shouted every time
[13/02 08:45] {{p:Hyeri}}: {{p:Sang-u}} 🐱❤️ good man
[13/02 08:51] {{r:Junho}}: he says hi. he is reading over my shoulder 😑
[14/02 19:10] {{p:Hyeri}}: happy valentine's 🌹 btw what's your full name? {{r:Junho}} what?
[14/02 19:16] {{r:Junho}}: {{r:Choe Jun-ho}}. on my south ID it's {{r:Choi Junho}}. my mother still calls me {{r:Jun-ho}}-ya in my dreams
[14/02 19:17] {{p:Hyeri}}: 🥺
[14/02 19:18] {{p:Hyeri}}: mine is {{p:Lee Hye-ri}}. my mom calls me {{p:Hyeri}}-ya when I'm in trouble lol
[14/02 19:25] {{r:Junho}}: haha. one more thing, my cousin {{p:Seung-ri}} saw your profile first and said "go!!" so if we marry he wants credit
[14/02 19:26] {{p:Hyeri}}: O M G slow down 😂😂
[14/02 19:27] {{r:Junho}}: joke joke 🙏
[16/02 14:55] {{p:Hyeri}}: I'm here! table by the window, grey coat
[16/02 14:56] {{r:Junho}}: 2 min. parking 🚗
""",
    },
    {
        "id": "h61-en-04",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Mun Hye-gyong", "문혜경", "relative", ["Hye-gyong"]),
            ("Mun Tae-ho", "문태호", "witness", []),
            ("Ryang Ki-chol", "량기철", "supervisor", []),
        ],
        "note": "Recipe-blog comment thread on camp potato noodles from a Khabarovsk logging brigade; commenters by handle and first name; a handle containing the ordinary word moon; @-replies; Russian diminutives; Auntie title outside; emoji.",
        "text": """TAIGA TABLE - recipes from a logging camp and a {{u:Seoul}} kitchen
Potato noodles the way my father made them near {{u:Khabarovsk}}
Posted by {{r:Mun Hye-gyong}} - 3 November 2023 - 9 comments

My father, {{r:Mun Tae-ho}}, cooked for a North Korean logging brigade outside {{u:Khabarovsk}} for six winters. There was no flour worth the name, so he made noodles from potato starch he bought from Auntie {{p:Ha}}, a Koryo-saram woman with a stall at the market, and pressed them through a tin can with nails punched in it. The brigade leader, {{r:Ryang Ki-chol}}, decided who got a second bowl. Dad says the second bowl was the whole politics of the camp. Recipe below, then the comments!

[recipe card: 500 g potato starch, 150 ml boiling water, pinch of salt; broth from pork bones or, in the camp, from whatever {{r:Ryang}} allowed]

COMMENTS (9)

{{p:Linda P.}} - 3 Nov
Made this tonight with Yukon Golds, starch from the Asian shop. The tin-can press is genius 🥔🥔 My kids loved it.

  {{r:Hye-gyong}} (author) - 3 Nov
  Thank you {{p:Linda}}! Dad says the trick is to let the dough rest under a warm pot lid, like he did next to the stove in the barracks.

koreanmom_{{p:jisoo}} - 4 Nov
울컥했어요. My uncle was also sent to the Far East in the 2010s. He never talks about it, but he eats noodles exactly like this, standing up, very fast.

moonriverkitchen - 4 Nov
Beautiful post. Could I use arrowroot instead of potato starch? Also what broth would you suggest for vegetarians?

  {{r:Hye-gyong}} (author) - 4 Nov
  Arrowroot will be softer. For broth try dried shiitake and kelp. In the camp they had neither, only the moon and the frost 😅

{{p:Dmitri Volkov}} - 5 Nov
I grew up in a village in {{u:Khabarovsk Krai}}. In the 90s my father bought kimchi from the Korean loggers, swapped it for cigarettes. One of them was called {{p:Kim}}, he taught me to count to ten in Korean. If your dad remembers a driver called {{p:Volodya}}, that was my uncle!

  {{r:Hye-gyong}} (author) - 5 Nov
  @{{p:Dmitri Volkov}} I asked! Dad says he remembers a {{p:Volodya}} with a red Ural truck and a gold tooth, and another driver, {{p:Seryozha}}, who was always laughing. Small world 🙂

{{p:Sung-min}} - 6 Nov
My uncle was in {{u:Tynda}} with a brigade led by a man named {{r:Ryang}}. Could it be the same person? He says {{r:Ryang}} took half the cigarettes every payday.

  {{r:Hye-gyong}} (author) - 6 Nov
  @{{p:Sung-min}} Dad won't say more about Mr {{r:Ryang}} in public, sorry. Send me a message? 🙏

Grandma {{p:Oksana}} - 8 Nov
Please post your father's kimchi next!
""",
    },
    {
        "id": "h61-en-05",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Kim Chol-ung", "김철웅", "witness", ["Chol-ung", "KIM CHOL UNG"]),
            ("Pak Yong-su", "박용수", "supervisor", []),
        ],
        "note": "Maritime declaration of health for a squid jigger at Montevideo with the schedule of ill persons, a partial crew list and the master's handwritten notes plus a later NGO annotation; names in capitals surname-first, master in Latin and Hanzi, political officer by bare surname; table; CRLF.",
        "text": """MARITIME DECLARATION OF HEALTH
Submitted at the port of {{u:Montevideo}}          Date: 17 June 2018
Name of ship: HAI XIANG 816 (fishing vessel, squid jigging)     Arriving from: fishing grounds, SW Atlantic
Nationality (flag): {{u:China}}     Master's name: {{p:WANG Jianguo}} ({{p:王建国}})
Gross tonnage: 698     Net tonnage: 209
Ship Sanitation Control Exemption Certificate carried on board? Yes. Issued at {{u:Zhoushan}}, date 02/03/2018
Ports of call since commencement of voyage: {{u:Zhoushan}}; {{u:Busan}} (bunkering only)
Number of crew: 31     Number of passengers: 0

Health questions
1. Has any person died on board during the voyage otherwise than as a result of accident? NO
2. Is there on board or has there been during the voyage any case of disease which you suspect to be of an infectious nature? YES - see schedule, crew no. 19
3. Has the total number of ill persons during the voyage been greater than normal/expected? NO
4. Is there any ill person on board now? YES - crew nos. 19 and 24
5. Was a medical practitioner consulted? NO (no doctor on board; radio advice only)
6. Are you aware of any condition on board which may lead to infection or spread of disease? NO

I hereby declare that the particulars and answers to the questions given in this Declaration of Health (including the schedule) are true and correct to the best of my knowledge and belief.
Signature: {{p:王建国}} (Master)     Countersigned: {{p:ZHOU Haibin}} (Chief Officer)

SCHEDULE - PARTICULARS OF EVERY CASE OF ILLNESS OR DEATH
| Crew no. | Name | Sex | Age | Joined | Nature of illness | Onset | Disposal | Medicines given |
| 19 | {{r:KIM CHOL UNG}} | M | 34 | {{u:Zhoushan}} 03/2018 | high fever, cough, chest pain | 09/06/2018 | isolated in cabin | paracetamol, amoxicillin |
| 24 | {{p:RI SONG HO}} | M | 41 | {{u:Zhoushan}} 03/2018 | crush injury, left hand (winch) | 15/06/2018 | on light duty | bandage, ibuprofen |

CREW LIST (extract, as handed to the port agent)
Officers and engineers (Chinese): 1 {{p:WANG JIANGUO}} master; 2 {{p:ZHOU HAIBIN}} chief officer; 3 {{p:LIN XIAODONG}} chief engineer; 4 {{p:CHEN QIANG}} second engineer
Deck crew ({{u:DPRK}} nationals, passports held by the master): 17 {{r:PAK YONG SU}} foreman; 18 {{p:HONG MYONG GIL}}; 19 {{r:KIM CHOL UNG}}; 20 {{p:JONG SU RYON}}; 21 {{p:CHOE IL}}; 24 {{p:RI SONG HO}}

MASTER'S NOTES (handwritten, in English, on the back of page 2)
No.19 {{r:Kim}} fever from 9 June, no better. Foreman {{r:Pak Yong-su}} says {{r:Kim}} was already sick at {{u:Busan}} but worked. Foreman {{r:Pak}} asks no hospital, "cost too much, company will not pay". Agent Mr {{p:Rodríguez}} says port doctor must come on board. {{p:Hong}} (the political one) wants to be present when doctor talks to {{r:Kim}}. No.24 {{p:Ri}} hand OK, can work.

[NGO annotation, added 2021 by {{p:M. Silva}}: {{r:Chol-ung}} told us in interview that the port doctor, a woman he remembers as "Dra. {{p:Pereira}}", ordered him ashore for an X-ray, and that {{r:Pak}} and {{p:Hong}} sat on either side of him in the taxi. Diagnosis pneumonia. He was back on board after two days because {{r:Pak Yong-su}} signed him out. See interview file {{r:KCU}}_2021-03.]
""",
    },
    {
        "id": "h61-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Han Yong-chol", "한용철", "witness", ["Yongchol Han", "Y C HAN"]),
            ("Ko Chang-ho", "고창호", "coworker", ["Chang-ho"]),
        ],
        "note": "Small-animal clinic patient record for a dog owned by a former Gdansk shipyard welder; the dog's name is not a person; owner name order reversed and as card initials; vets and nurse by title and first name; late co-worker as previous owner; Polish neighbour; real pet insurer.",
        "text": """RIVERSIDE VETERINARY CENTRE - PATIENT RECORD
Patient: Boram (canine, Jindo cross, female neutered, approx. 6 y, 17.4 kg)   Microchip: 826 0981 0044 5521
Owner: Mr {{r:HAN Yong-chol}} (registered online as "{{r:Yongchol Han}}")   Address: {{u:Croydon}} CR0
Previous owner (per microchip database): Mr {{r:KO Chang-ho}}, deceased
Alternate contact: Ms {{p:Agnieszka Wróbel}} (neighbour)
Insurance: {{u:Petplan}}, policy in owner's name

12/01/2024 - Dr {{p:Fiona Clarke}} / RVN {{p:Becky}}
S: Lethargic 2 days, off food, drinking more. Owner speaks limited English; consultation via telephone interpreter ({{p:Ji-won}}).
O: T 39.6. Mild abdominal discomfort on palpation. MM pink, CRT <2 s.
A: ? pyelonephritis ? pyometra ruled out (neutered). Bloods and urine taken.
P: Supportive care, recheck 48 h.
Note: Owner tearful. Explained (via {{p:Ji-won}}) that the dog belonged to his friend {{r:Ko Chang-ho}}; the two men were welders together at the shipyard in {{u:Gdańsk}} before coming to the UK in 2019. {{r:Chang-ho}} died in November. Owner asked that the record keep Mr {{r:Ko}} as "first owner". Done.

14/01/2024 - Dr {{p:Fiona Clarke}}
Urine culture: E. coli. Start amoxicillin-clavulanate. Owner asked whether the dog "is sad because of {{r:Chang-ho}}". Reassured.

19/01/2024 - Dr {{p:Okoye}} / RVN {{p:Becky}}
Much brighter, eating. Owner attended with Ms {{p:Ko Mi-ran}}, {{r:Chang-ho}}'s sister, who will care for the dog while Mr {{r:Han}} travels to {{u:Seoul}} in February. Ms {{p:Ko}} added as second contact; owner signed consent for her to authorise treatment.

Invoice 19/01/2024: GBP 312.40, paid by card, cardholder {{r:Y C HAN}}. Claim form sent to insurer.
""",
    },
    {
        "id": "h61-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jo Kum-sun", "조금순", "witness", ["Kum-sun"]),
            ("Pak Yong-nam", "박용남", "witness", ["Yong-nam"]),
        ],
        "note": "Letting agent's viewing notes for a couple who worked on Qatar construction; surname Jo; sentence-initial Do; applicants by given name; landlord and colleagues by first name and initials; charity caseworker with hyphenated first name; real boroughs.",
        "text": """APPLICANT VIEWING NOTES - internal (do not send to landlord)
Branch: {{u:New Malden}}     Negotiator: {{p:Chloe Barnes}} ({{p:CB}})
Applicants: {{r:Jo Kum-sun}} and {{r:Pak Yong-nam}} (married; different surnames - wife keeps her own, normal for Korean couples)
Referred by: {{p:Hee-jin Ahn}}, housing caseworker at a refugee charity, who is acting as guarantor contact

Budget: up to GBP 1,450 pcm. Need 2 bed, ground floor or lift ({{r:Yong-nam}} has a knee injury from a fall on a building site in {{u:Qatar}}).
Move: ASAP; current room in {{u:Kingston upon Thames}} ends 31 July.

Viewing 1 - two-bed flat near the station, Mon 8 July 10:00
Present: {{p:CB}}, {{r:Kum-sun}}, {{r:Yong-nam}}, {{p:Hee-jin}}
{{r:Kum-sun}} did most of the talking; good English. Liked the kitchen, worried about the stairs. {{r:Yong-nam}} checked every window lock and the boiler label. Do they have pets? No. Smokers? No.
Landlord Mr {{p:Patel}} was there; asked where they worked before. {{r:Yong-nam}} said "construction, {{u:Doha}}, stadium area" and then stopped. {{p:Hee-jin}} told me afterwards not to ask about that again.

Viewing 2 - maisonette off the main road, Mon 8 July 11:15
Present: {{p:CB}}, {{r:Kum-sun}}, {{r:Yong-nam}}. Ground floor, garden. Loved it. {{r:Pak}} asked if he can grow peppers. Landlady Mrs {{p:Doreen Fisher}} (elderly, lives upstairs) very chatty, told them her late husband {{p:Harold}} was a builder too.

Referencing: no UK credit history before 2021. Employer reference for Ms {{r:Jo}} from the cafe manager, {{p:Sun-young}}; for Mr {{r:Pak}} from the warehouse, {{p:Gareth Lewis}}. Charity will guarantee 6 months.

Follow-up 10 July: Mrs {{p:Fisher}} accepted. {{p:Hee-jin}} says {{r:Kum-sun}} cried on the phone. Holding deposit received from {{r:JO K S}}. Handed to {{p:RB}} ({{p:Ravi}}) for tenancy paperwork.
""",
    },
    {
        "id": "h61-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Man-sik", "최만식", "witness", ["Man-sik"]),
            ("Choe Un-gyong", "최은경", "relative", ["Un-gyong"]),
        ],
        "note": "Hospice volunteer's visit notes with an elderly former logger from the Chegdomyn camps; volunteer's short name; nun and chaplain by title; nickname for the camp doctor; surname Yu in 'tall Yu'; Russian girlfriend's diminutive; dying patient dictates a list of names.",
        "text": """ST COLUMBA HOSPICE - VOLUNTEER VISITING SERVICE
Visit notes for: Mr {{r:CHOE Man-sik}} (Room 4), aged 71
Volunteer: {{p:Margaret Lowe}} ("{{p:Maggie}}")     Key nurse: Sister {{p:Aoife}}

Tue 3 Sept - 40 min
Mr {{r:Choe}} awake, in his chair by the window. His daughter {{r:Un-gyong}} was there for the first ten minutes, then left for work. He asked me to call him Mr {{r:Man-sik}} "like the nurses". His English is good; he says he learnt it from a radio in a logging camp near {{u:Chegdomyn}}, {{u:Khabarovsk Krai}}, where he was sent in 1983. He spent eleven years in the camps. He laughed that the camp doctor was called "{{p:Aspirin}}" because aspirin was all he ever gave.

Thu 5 Sept - 30 min
Tired. Talked about his friend {{p:Ju Yong-gil}}, who was crushed under a log sledge in 1987. "{{p:Yong-gil}} had the best singing voice in the brigade." He also mentioned a Russian woman, {{p:Lyuba}}, who worked in the camp shop and hid letters for the men. He asked me not to tell {{r:Un-gyong}} about {{p:Lyuba}}. I said I would only write it here.

Tue 10 Sept - 1 h
His grandson {{p:Daniel}} visited (student, very gentle). Mr {{r:Choe}} asked me to write down the names of his friends "so someone remembers them". I wrote them on the card he keeps in the drawer: {{p:Ju Yong-gil}}; {{p:Rim Kwang-ho}}; tall {{p:Yu}} from {{u:Hamhung}} (no given name, "everyone just said {{p:Yu}}"); {{p:Kye Chang-sop}}; and the brigade leader {{p:Paek}}, "who was not a bad man, only afraid". {{p:Daniel}} took a photo of the card.

Thu 12 Sept - 20 min
Very sleepy. {{r:Un-gyong}} asked about the form for the chaplain. Rev. {{p:Owusu}} came and sat with them. Mr {{r:Man-sik}} said his late wife {{p:Sun-hwa}} was a Christian "in secret, in {{u:Seoul}}, which is not a secret".

Tue 17 Sept
Sister {{p:Aoife}} phoned: Mr {{r:Choe}} died early this morning, {{r:Un-gyong}} and {{p:Daniel}} with him. Ms {{r:Choe}} has asked if I would read the list of names at the funeral. - {{p:M.L.}}
""",
    },
    {
        "id": "h61-en-09",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ri Yong-hui", "리영희", "witness", ["Yong-hui"]),
            ("Ri Bom", "리봄", "relative", ["Bom"]),
            ("Kang Myong-ok", "강명옥", "supervisor", []),
            ("Ri Yong-chol", "리영철", "relative", []),
        ],
        "note": "Personal safety plan filled in with a counsellor by a former Donggang seafood-plant worker; one-syllable daughter's name beside the ordinary spring; surname Do with a title beside 'Do not'; one-syllable given name of a roommate; counsellor in full, by given name and by initials; CRLF.",
        "text": """MY SAFETY PLAN
Name: {{r:Ri Yong-hui}}          Date: 22/10/2023          Completed with: {{p:Park So-yeon}} (counsellor)

Step 1 - Warning signs (thoughts, images, situations) that a crisis may be developing:
- The smell of fish and ammonia, like the plant in {{u:Donggang}}
- Seeing the number 305 (our dormitory room)
- Messages from unknown Chinese numbers on {{u:WeChat}}
- Thinking about {{p:Sun-ok}}, who stayed behind

Step 2 - Things I can do on my own to take my mind off problems:
- Walk along the {{u:Han River}} until the lights come on
- Video call with my daughter {{r:Bom}} (she is at college in {{u:Cheongju}})
- Sing the spring song {{r:Bom}} taught me. Spring is her name and it is my favourite season

Step 3 - People and social settings that provide distraction:
- {{p:An Su-ji}} (friend from church)
- Thursday sewing class at the community centre, teacher Mrs {{p:Do}}
- The cafe near the station where {{p:Mi-jin}} works

Step 4 - People whom I can ask for help:
1. {{p:Su-ji}} - 010-****-2231
2. My cousin {{r:Ri Yong-chol}}, {{u:Daejeon}} - 010-****-7710
3. {{p:So-yeon}} (counsellor) - office hours only

Step 5 - Professionals or agencies I can contact during a crisis:
- Counsellor: {{p:Park So-yeon}}
- Psychiatrist: Dr {{p:Hwang}}, Monday and Thursday clinic
- Crisis line: 109
- {{u:Korea Hana Foundation}} call centre

Step 6 - Making the environment safe:
- Give the extra sleeping pills to {{p:Su-ji}}
- Leave the old dormitory group chat, where the former team leader {{r:Kang Myong-ok}} still posts "greetings" to everyone
- Do not answer calls from numbers starting +86 at night

The one thing that is most important to me and worth living for is:
"{{r:Bom}}. And one day telling what happened to the girls in room 305: {{p:Sun-ok}}, {{p:Hyang}}, {{p:Un-ha}}, and me."

Signed: {{r:Yong-hui}}          Counsellor: {{p:S.Y.P.}}
""",
    },
    {
        "id": "h61-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Sin Tae-ung", "신태웅", "witness", ["SHIN TAE UNG", "Tae-ung"]),
        ],
        "note": "Airline special-assistance request with PNR names, a medical information form and agent notes; passenger spelled Sin and Shin; PNR name with slash; agent by initials; escort in two orders; logging amputation in Khabarovsk Krai; real airlines and UN body.",
        "text": """SPECIAL ASSISTANCE REQUEST - SSR WCHS / MEDA
Booking ref: K7Q2LM     Issued by: {{u:Korean Air}} (ticketing), onward on {{u:Lufthansa}}
PAX 1: {{r:SIN/TAEUNG}} MR     PAX 2: {{p:BAEK/HANNAH}} MS (escort)
Itinerary: KE905 ICN-FRA 12MAR / LH1208 FRA-GVA 12MAR; return GVA-FRA-ICN 19MAR

MEDICAL INFORMATION FORM - PART 1 (completed by attending physician)
Attending physician: Dr {{p:Noh Jae-won}}, rehabilitation medicine, {{u:Seoul}}
Diagnosis: left transfemoral amputation (2015, traumatic; struck by a rolling larch log at a logging site in {{u:Khabarovsk Krai}}); walks with prosthesis and crutches; chronic phantom pain.
Fit to travel: YES. Needs wheelchair to and from aircraft (cannot manage long distances), bulkhead or aisle seat for the left leg.
Escort: Ms {{p:Hannah Baek}}, programme officer of the inviting NGO (not medical).
Purpose of travel (optional): speaker at a side event during the session of the {{u:UN Human Rights Council}}.

AGENT NOTES
14FEB 0932 - Call from Ms {{p:Baek}}: Mr {{r:Sin}} can walk about 50 m. Requests aisle 30C/30D or bulkhead. Prosthesis is not battery-powered. -{{p:MJY}}
14FEB 0940 - MEDA sent to medical desk. -{{p:MJY}}
16FEB 1711 - PAX 1 called himself ({{r:Tae-ung}}), handled by Korean desk, agent {{p:Yoo Min-ji}}. Passport reads "{{r:SHIN TAE UNG}}", ticket reads "{{r:SIN/TAEUNG}}". Name correction not needed per policy (one letter); note added. He asked whether crutches count as cabin baggage: no. -{{p:MJY}}
19FEB 1022 - Medical desk approved. GVA station informed; meeting point arranged with Mr {{p:Laurent Favre}} of the side-event organisers. -{{p:KDH}}
20FEB 0815 - Ms {{p:Hannah Baek}} asked to add a note: Mr {{r:Sin Tae-ung}} prefers not to be addressed by name over the public announcement system. Added OSI. -{{p:KDH}}
""",
    },
    {
        "id": "h61-en-11",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Myong-chol", "리명철", "witness", ["RI MYONG CHOL"]),
            ("Hwang Kwang-il", "황광일", "supervisor", []),
        ],
        "note": "Kuwaiti government-relations officer's (mandoob) weekly task list for a contractor's labour file; kunya Abu Faisal labelled whole beside his name in Latin and Arabic; workers in capitals; Korean group leader by bare surname; Arabic word for absence; 'brother' as a title.",
        "text": """MANDOOB TASK LIST - week 18/2016
Company: Al-Waha General Contracting W.L.L. - labour file no. 11/2207 with the {{u:Public Authority for Manpower}}
Prepared by: {{p:Abu Faisal}} ({{p:Mohammed Al-Enezi}} / {{p:محمد العنزي}})     For: Mr {{p:Raju Nair}} (HR)

| # | Task | Worker / file | Office | Status |
| 1 | Renew residence (art. 18) | {{r:RI MYONG CHOL}} | Immigration, {{u:Farwaniya}} | medical done; waiting fingerprint |
| 2 | Renew residence (art. 18) | {{p:CHA KWANG SONG}} | Immigration, {{u:Farwaniya}} | done 03/05 |
| 3 | New work permit x 12 (Korean group, 2nd batch) | list from Mr {{r:Hwang}} | PAM, {{u:Shuwaikh}} | quota approved, paying fees |
| 4 | Civil ID collection x 7 | {{p:KIM SONG IL}}, {{p:KANG CHOL}}, {{p:PAK UN GYONG}} + 4 others | PACI | ready Sunday |
| 5 | Traffic fine, pickup 41-xxxxx | driver {{p:Shafiq}} | traffic dept | paid KD 30 |
| 6 | Absconding report (غياب) | {{r:RI MYONG CHOL}} | Immigration, {{u:Farwaniya}} | ON HOLD - see note |

NOTES (from {{p:Abu Faisal}})
- Item 3: The Korean group leader Mr {{r:Hwang Kwang-il}} wants all passports handed back to him after stamping, not to the workers. I told him the company policy says the worker keeps the passport. He said the Korean side is responsible for its own people and Mr {{p:Raju}} agreed by phone. I gave the passports to Mr {{r:Hwang}} against his signature (copy in file).
- Item 6: Mr {{r:Hwang}} asked me on Tuesday to file absconding for {{r:Ri Myong-chol}} (worker did not come back from hospital). On Thursday {{r:Ri}} was back on site with his arm in plaster. Brother {{p:Khaled}} at immigration says once filed it cannot be taken back, so I did not file. Please confirm with Mr {{r:Hwang}} before I do anything.
- Item 4: Civil IDs must be collected in person; {{r:Hwang}} says only he will collect. Need authorisation letter signed by Mr {{p:Raju}}.
""",
    },
    {
        "id": "h61-en-12",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Jon Chol-ho", "전철호", "witness", ["Chol-ho", "JON CHOL-HO"]),
            ("Kim Yong-sop", "김용섭", "supervisor", []),
            ("Ha Song-nam", "하성남", "coworker", ["Song-nam"]),
        ],
        "note": "Labour camp welfare officer's weekly report, Doha Industrial Area, 2015; incident table with names in capitals; group leader by bare surname Kim; surname Ha; given names alone; Nepali and Indian staff by first name; interpreter by bare surname; real hospital and ministry; long, CRLF.",
        "text": """WEEKLY WELFARE REPORT - LABOUR ACCOMMODATION, BLOCK C
Street 42, {{u:Industrial Area}}, {{u:Doha}}
Reporting week: 9-15 August 2015
Welfare Officer: {{p:Ramesh Thapa}}     Camp Boss: {{p:Bikash Gurung}}
Distribution: HSE Manager ({{p:Colin Shaw}}); Project Director; Subcontract Administrator ({{p:Anil}})

1. OCCUPANCY
Block C: 394 beds, 389 occupied. 210 Nepali (main contractor), 83 Indian (MEP subcontractor), 96 North Korean (structural subcontractor, group leader Mr {{r:Kim Yong-sop}}).

2. HEAT AND HEALTH
Midday break observed on site 11:30-15:00 except on Wednesday, when the North Korean group was seen working on the slab at 13:15 (reported by {{p:Bikash}}). Mr {{r:Kim}} said the group was "only cleaning". Water coolers in Block C working; cooler on floor 2 repaired on 11/08.

3. INCIDENTS
| Date | Room | Person | What happened | Action |
| 11/08 | C-14 | {{r:JON CHOL-HO}} | Collapsed at 13:40 in the corridor after returning from site, confused, hot skin | Ambulance; taken to {{u:Hamad General Hospital}}; {{p:Bikash}} went with him |
| 12/08 | C-14 | {{r:HA SONG-NAM}} | Refused breakfast and lunch; said he must "share" {{r:Chol-ho}}'s shift | Spoke with him through interpreter; ate dinner |
| 13/08 | C-09 | {{p:YADAV Sunil}} | Dispute over bunk with {{p:Deepak}} | Moved to C-11 |
| 14/08 | C-02 | {{r:JON CHOL-HO}} | Returned from hospital (heat exhaustion, 2 nights); moved by group leader to room C-02 | See point 4 |

4. OBSERVATIONS ON THE NORTH KOREAN GROUP
(a) Room doors on the C-wing are locked from outside at 22:00 by the group leader or his deputy, Mr {{p:Ri}}. I raised fire safety with Mr {{r:Kim Yong-sop}} on 12/08. He answered through the interpreter, Mr {{p:Jin}}, that the men "sleep better when the door is locked". {{p:Colin}} has been informed. Fire doors must not be locked; I have asked {{p:Bikash}} to hold the keys.
(b) After the hospital, {{r:Chol-ho}} was moved from C-14 to C-02, which is the room of Mr {{p:Ri}}, who the other workers call "the political one". {{r:Song-nam}} asked me (with gestures, then through the Indian plumber {{p:Thomas}}, who knows some Korean words from a previous job in {{u:Kuwait}}) whether {{r:Chol-ho}} can come back to C-14. I said this is for the group leader. He said "No. {{r:Kim}} no." He looked frightened after saying it.
(c) The hospital discharge letter for {{r:Jon Chol-ho}} was taken by Mr {{r:Kim}}. I asked for a copy for our file; he said it will be "given later".
(d) Pay: I do not see the pay of this group. Subcontract Administrator says the subcontractor is paid per man per month to a company account. {{p:Anil}} will check whether the workers have bank cards. Several Nepali workers have ATM cards; none of the Korean workers has been seen at the ATM in the camp.
(e) On Friday 14/08 the North Korean group had a meeting in the canteen from 19:00 to 21:30. {{p:Bikash}} heard shouting. Afterwards {{r:Ha Song-nam}} sat outside alone. When I asked him if he was OK, he said "OK, OK" and went inside.

5. GRIEVANCE BOX
Opened 15/08 in presence of {{p:Bikash}} and {{p:Colin}}. 7 slips: 5 in Nepali (food, wifi, transport to site), 2 in Korean, unsigned. Korean slips handed to {{p:Colin}} for translation; {{p:Colin}} says a Korean engineer on the project, Ms {{p:Grace Kim}}, can translate on Monday. One of the slips has the name "{{r:전철호}}" written at the bottom and crossed out.

6. VISITS
{{u:Ministry of Labour}} inspection team expected next week (date not confirmed). Camp to be deep-cleaned on 18/08.

7. RECOMMENDATIONS
- Keys to C-wing to be held by Camp Boss only.
- Copy of medical discharge for {{r:JON CHOL-HO}} to be kept by welfare office.
- Private meeting with {{r:Ha Song-nam}} and {{r:Jon Chol-ho}}, with an interpreter who is not from the subcontractor (ask {{p:Grace Kim}}).

{{p:R. Thapa}}, Welfare Officer, 16/08/2015
""",
    },
    {
        "id": "h61-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Ha-jun", "김하준", "relative", ["Hajun", "hajun"]),
            ("Kim Song-chol", "김성철", "witness", []),
        ],
        "note": "Online-game guild chat log shared by a mother; handles with names inside, system lines, teenage spelling; son talks about his father's years in a Russian construction brigade; handle containing an ordinary word; 'No' and 'so' as words; initials; emoji.",
        "text": """[Guild chat log - "Northwind" guild - exported by in-game client 2024-05-03]
[21:02] <system> {{r:hajun}}_0402 has come online.
[21:02] <{{p:minseo}}_bbang> yo {{r:hajun}}
[21:03] <{{r:hajun}}_0402> hi. raid at 9:30?
[21:03] <{{p:DaveyK}}> raid at 9:30 yes. {{r:Hajun}} bring pots this time lol
[21:04] <{{r:hajun}}_0402> ok ok
[21:07] <{{p:minseo}}_bbang> {{r:hajun}} why u offline all week
[21:08] <{{r:hajun}}_0402> my dad had surgery. back problem
[21:08] <{{p:DaveyK}}> oof hope he is ok
[21:09] <{{r:hajun}}_0402> ya. he says its from russia. he was building apartments in {{u:Vladivostok}} for like 8 years before I was born. carrying cement bags up stairs bc no lift
[21:10] <{{p:minseo}}_bbang> wait ur dad is from north korea??
[21:10] <{{r:hajun}}_0402> ya
[21:11] <{{p:minseo}}_bbang> thats so cool. sorry. not cool. u know what I mean
[21:11] <{{r:hajun}}_0402> lol its fine
[21:13] <NightOwl_{{p:JS}}> my grandpa was in {{u:Sakhalin}} too but from south, long ago
[21:14] <{{r:hajun}}_0402> my dad says his boss there was called {{p:Ko}} and everyone hated him. he took their money and said it was for the party
[21:14] <{{p:DaveyK}}> wtf
[21:15] <{{r:hajun}}_0402> dad's friend {{p:Yong-jin}} visited the hospital yesterday. they were in the same brigade. they talked all night about some russian lady {{p:Galina}} who gave them soup
[21:16] <{{p:minseo}}_bbang> soup lady {{p:Galina}} 🫡
[21:16] <{{r:hajun}}_0402> lol
[21:18] <NightOwl_{{p:JS}}> ok focus. tank is {{p:DaveyK}}, healer me, {{r:hajun}} dps
[21:18] <{{p:DaveyK}}> No. I tanked last week
[21:19] <{{p:minseo}}_bbang> so who tanks
[21:19] <NightOwl_{{p:JS}}> {{p:DK}} tanks. {{p:JS}} heals. {{p:MS}} and {{r:HJ}} dps. done
[21:20] <{{r:hajun}}_0402> my mom is asking who i talk to lol. she says hi 👋 and that dad ({{r:Kim Song-chol}}) is fine
[21:20] <{{p:DaveyK}}> hi {{r:hajun}}'s mom!!
[21:30] <system> Raid "Frost Citadel" started.
""",
    },
    {
        "id": "h61-en-14",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Hong Chol-nam", "홍철남", "coworker", ["Chol-nam"]),
            ("Ryu Kyong-il", "류경일", "witness", ["Kyong-il"]),
        ],
        "note": "Memorial playlist with track dedications for a Sakhalin construction brigade member; real singer as public figure; the word song and the surname Song; dedications signed by given names and initials; a song title containing an ordinary name-like word.",
        "text": """PLAYLIST: For {{r:Chol-nam}}, and the {{u:Sakhalin}} brigade
Created by {{r:Ryu Kyong-il}} on {{u:YouTube}} - 14 tracks - unlisted
Description: {{r:Hong Chol-nam}} (1979-2023) sang these in the dormitory in {{u:Yuzhno-Sakhalinsk}}, 2012-2017. Friends added a line for each song. Please add yours.

1. Arirang (folk) - "The first song {{r:Chol-nam}} sang on our first night. He cried, then said it was the onions." - {{r:Kyong-il}}
2. Whistle (North Korean light music) - "He whistled this while tying rebar. Brigade leader {{p:Song}} told him to stop, he whistled quieter." - {{p:Tae-sik}}
3. A song by {{u:Kim Kwang-seok}} (heard on a smuggled USB stick) - "We listened under the blanket. {{r:Chol-nam}} said this singer understood everything." - {{r:K.I.R.}}
4. Katyusha - "For {{p:Nadya}} from the bakery, who sang it back to him." - {{p:Sang-hun}}
5. Nostalgia (instrumental) - "For his mother {{p:Pak Ok-hui}} in {{u:Sinpo}}." - {{r:Kyong-il}}
6. Snow Falls on the Mountain - "{{r:Hong}} sang this when the snow closed the site for three days and we had no wages for two months." - {{p:Ri Un-song}}
7. A song with no title that he made up about the cook, Auntie {{p:Kum-ok}} - "Nobody remembers the words. Only 'Auntie, Auntie, one more bowl'." - {{p:Tae-sik}}
8. Moon River - "His favourite English song. He learned it from a DVD. 'Moon river, wider than a mile' in a Hamgyong accent." - {{r:Kyong-il}}
9. Mother's Song - "From {{r:Chol-nam}}'s daughter {{p:Hong Ye-rin}}: Appa, thank you for singing to me on the phone every Sunday from 2018." - {{p:Ye-rin}}

Comments
{{p:Jang Su-bin}}: I didn't know him, but I was in {{u:Korsakov}} with another brigade. Thank you for this.
{{r:Ryu Kyong-il}}: @{{p:Jang Su-bin}} thank you. If you knew {{p:Song}} the brigade leader, you knew our life.
""",
    },
    {
        "id": "h61-en-15",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pak Chol-min", "박철민", "witness", ["Chol-min", "Chol-min Pak", "CHOL-MIN PAK"]),
            ("Pak Hye-yon", "박혜연", "relative", ["Hye-yon"]),
        ],
        "note": "Local-election candidate leaflet in New Malden by a former Gdansk shipyard welder; candidate's name in several orders and in capitals; endorsements signed with first names and initials; imprint line naming the agent; real borough, ward and shipyard city; fictional council officers private.",
        "text": """VOTE {{r:CHOL-MIN PAK}} - INDEPENDENT
{{u:Coombe Hill}} ward - {{u:Royal Borough of Kingston upon Thames}} - by-election Thursday 2 May

"I welded ships in {{u:Gdańsk}}. Now I want to fix our pavements."

Who is {{r:Chol-min}}?
{{r:Chol-min Pak}} was born in {{u:Hamhung}}. From 2014 to 2017 he was one of the North Korean welders sent to work in Polish shipyards, paid almost nothing while his wages went to the state. He escaped in 2017 and came to {{u:New Malden}} in 2018 with his wife {{r:Hye-yon}}. Today he runs a small repair business on the High Street and volunteers at the Saturday food bank.

What {{r:Chol-min}} will do
- Fix the pavements by the station before someone else falls (ask Mrs {{p:Joan Whitlock}}, who broke her wrist there in January).
- Fight for proper interpreting at council meetings: Korean, Polish, Tamil.
- Hold a surgery every first Saturday in the community hall.

What neighbours say
"{{r:Chol-min}} fixed my boiler on Christmas Eve and refused to take money." - {{p:Gwen}}, neighbour
"He helped my dad fill in his pension forms in Korean and English." - {{p:Min-ji Lee}}
"Mr {{r:Pak}} is the only candidate who has ever knocked on our door twice." - {{p:R. & S. Anand}}
"I worked with him at the shipyard. In {{u:Poland}} he shared his food with everyone. He will share his time with you." - {{p:Kazimierz}} (by video from {{u:Gdynia}})

A word from {{r:Hye-yon}}
"My husband does not like speeches. He likes to fix things. Please give him the chance." - {{r:Pak Hye-yon}}

How to vote: polling station at St John's Hall. Postal votes must reach the Electoral Services Officer, Mr {{p:Andrew Fenwick}}, by 5 pm on 2 May.

Promoted by {{p:Susan Oduya}} on behalf of {{r:Chol-min Pak}}, both of 14 Elm Close, {{u:New Malden}} KT3. Printed by a local print shop.
""",
    },
    {
        "id": "h61-en-16",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Choe Kwang-hyok", "최광혁", "witness", ["Kwang-hyok", "CHOE K.H."]),
            ("Ri Tong-su", "리동수", "supervisor", []),
            ("Yu Chang-min", "유창민", "coworker", []),
        ],
        "note": "Fishing-vessel deck log extracts, South Pacific, with watchkeepers' initials, Chinese officers and North Korean deckhands; impossible date 29 February 2019; surname Yu; fishing master by Chinese form of address; man injured and a transfer to a reefer; table; CRLF.",
        "text": """DECK LOG - F/V OCEAN HARVEST 7 (longliner) - extracts copied by the ship's agent for the NGO, 2020
Columns: Date | Time (ship's) | Position | Watch | Remarks

2019-02-27 | 0400 | 12 41S 136 08W | 2/O {{p:XU}} | Hauling line. Wind E 4. All normal.
2019-02-27 | 1630 | 12 44S 136 02W | C/O {{p:TANG}} | Deckhand {{r:CHOE K.H.}} ({{u:DPRK}} crew no. 12) struck on right forearm by hook during haul. First aid by C/O. Reported to Master.
2019-02-28 | 0800 | 12 50S 135 57W | 2/O {{p:XU}} | {{r:CHOE K.H.}} arm swollen. Foreman {{r:RI T.S.}} states crew member fit for light work.
2019-02-29 | 0800 | 12 55S 135 51W | 2/O {{p:XU}} | [sic - date as written in log] Master {{p:老杨}} radio call with company. Injured crew to remain on board.
2019-03-01 | 2200 | 13 02S 135 44W | 3/O {{p:Rahmat}} | Crew {{r:YU C.M.}} reports {{r:CHOE}} has fever. Foreman {{r:RI}} says not necessary to inform Master. 3/O informed Master anyway.
2019-03-02 | 0600 | 13 02S 135 40W | C/O {{p:TANG}} | Master ordered antibiotics from medicine chest. {{r:CHOE}} in bunk.
2019-03-04 | 1400 | 13 10S 135 20W | C/O {{p:TANG}} | Rendezvous with reefer. {{r:CHOE KWANG HYOK}} transferred to reefer for landing at {{u:Papeete}}, escorted by foreman {{r:RI TONG SU}}. Catch transhipped.

NGO NOTES ON THE EXTRACTS (by {{p:S. Hwang}}, 2021)
1. {{r:Kwang-hyok}} confirmed in interview that the injury happened on 27 February and that he asked {{r:Ri Tong-su}} three times to let him see the Master. {{r:Ri}} refused until the Indonesian officer, whom {{r:Kwang-hyok}} knew only as "{{p:Pak Rahmat}}", went to the bridge himself.
2. {{r:Yu Chang-min}}, the bunkmate, gave the same account in a separate interview. {{r:Yu}} adds that the fishing master, whom the Chinese officers called {{p:老杨}}, said the company would deduct the reefer fee from the Koreans' pay.
3. The entry dated 29 February 2019 cannot be right (2019 is not a leap year). The agent who copied the log, Mr {{p:Leung}}, thinks the officer simply continued counting. The entries of 28 February and 1 March bracket it.
4. At {{u:Papeete}}, {{r:Kwang-hyok}} was treated at the hospital for an infected wound. {{r:Ri}} held his passport the whole time.
""",
    },
    {
        "id": "h61-en-17",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Song Mi-hyang", "송미향", "witness", ["Mi-hyang", "SONG M"]),
            ("Song Ji-a", "송지아", "relative", ["Ji-a"]),
        ],
        "note": "Public-library borrowing history export and staff notes for a former Dandong garment-factory worker and her child; surname Song beside book titles with the word song; real authors as public figures; linked junior card; staff by first name; holds placed for another patron by initials.",
        "text": """LIBRARY MANAGEMENT SYSTEM - PATRON ACTIVITY EXPORT (requested by the patron under a subject access request)
Patron: {{r:SONG M}} ({{r:Song Mi-hyang}})     Card: 2100 4471 9920     Branch: {{u:New Malden}} Library
Linked junior card: {{r:SONG J}} ({{r:Song Ji-a}}), age 9

LOANS (most recent first)
2024-03-02  The Girl with Seven Names - {{u:Hyeonseo Lee}}   returned 2024-03-20
2024-03-02  Let's Learn Sewing Patterns (junior)   [junior card]   returned 2024-03-16
2024-02-10  English Grammar in Use - {{u:Raymond Murphy}}   renewed x2
2024-01-15  The Song of Achilles - {{u:Madeline Miller}}   returned 2024-02-09
2023-12-01  Korean-English Bilingual Picture Dictionary   [junior card]   returned late (fine waived)
2023-11-20  Escape from Camp 14 - {{u:Blaine Harden}}   returned 2023-12-18

HOLDS
2024-03-20  Nothing to Envy - {{u:Barbara Demick}}   placed at counter by staff ({{p:Liz}}) on patron's behalf

STAFF NOTES ON ACCOUNT
2023-11-20 - Patron asked for books "about women in Chinese factories". Suggested journal databases. Patron mentioned she worked in a garment factory in {{u:Dandong}} for four years; "the book I need doesn't exist yet". -{{p:Liz}}
2023-12-01 - Fine on junior card waived; {{r:Ji-a}} brought the book back herself and apologised very formally. -{{p:Tom}}
2024-01-15 - Patron asked whether The Song of Achilles is "about a song". Explained. She said her surname Song means pine tree and laughed. -{{p:Liz}}
2024-03-02 - {{r:Mi-hyang}} asked whether library records can be seen by "a foreign government". Explained data protection. She then asked us to remove the name of her friend {{p:Jo Un-byol}} from the pick-up list. Done. -{{p:Priya}}
2024-03-20 - Hold placed for a second copy for another patron ({{p:H.K.}}), who came with Ms {{r:Song}}. -{{p:Liz}}
""",
    },
    {
        "id": "h61-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Rim Jong-hyok", "림정혁", "witness", ["임정혁", "정혁"]),
            ("Rim Jong-su", "림정수", "relative", ["정수"]),
            ("O Myong-gil", "오명길", "supervisor", ["왕눈이"]),
        ],
        "note": "Fortune-teller's consultation card for a former Kuwait construction worker asking after his brother; North and South spellings of the surname; fortune-teller's pen name with title; nickname of the work-team leader; surname O with a title; 최씨 with the title outside; impossible solar birth date; the word 수 (water) beside a given name ending in 수.",
        "text": """○○철학관 상담 카드 (손님에게 주지 말 것)
접수: 2024. 3. 9.(토) 오후 2시   상담: {{p:도원}} 선생   소개: {{p:하미숙}} 님 (단골)

손님: {{r:림정혁}} (남한 주민등록상 '{{r:임정혁}}'), 남, 38세
생년월일시: 양력 1986년 2월 30일 인시 (본인이 이렇게 씀. 북에서 신고가 잘못됐다고 함. 실제 생일은 모른다고)
문의 1. 동생 {{r:림정수}}(1989년생)의 생사. 2016년부터 {{u:쿠웨이트}} 건설 현장에 있다가 2019년 이후 소식 끊김.
문의 2. 올해 이사운.

상담 메모
- {{r:정혁}} 씨 본인도 2013~2017년 {{u:쿠웨이트}} {{u:자흐라}} 현장. 동생 {{r:정수}}가 한 해 늦게 같은 회사로 왔다고.
- 형제 둘 다 작업반장 {{r:오명길}} 밑. 다들 '{{r:왕눈이}}'라고 불렀다 함. 눈이 커서가 아니라 "다 본다"고 해서.
- "{{r:오}} 반장이 동생을 데리고 있어서 안심했는데, 제가 나오고 나서 {{r:왕눈이}}가 동생을 제일 먼저 의심했을 거예요" 하며 울먹임.
- 어머니 {{p:한순덕}} 님은 {{u:함흥}}에 계심(2015년이 마지막 소식). 아버지는 돌아가심.
- 동생 사진 보여 줌: 공사장 앞, 옆에 {{p:김영호}}라는 동료, 뒤에 {{u:인도}} 사람 운전수 '{{p:라지}}'.
- 선생 풀이: 동생 사주에 수(水)가 많다. "살아 있다, 물가에 있다." 손님이 "{{r:정수}}라는 이름도 물 수 자"라고 하자 선생이 웃음.
- 다음 상담 때 동생 생시 알아 오기로. {{p:하미숙}} 님이 아는 브로커 {{p:최}}씨가 {{u:단둥}}에 연락해 볼 수 있다고.
- 복채 5만 원. 손님 부탁: "이 카드에 동생 이름은 쓰지 말아 달라." → 이미 적었음. 다음에 가림 처리. ({{p:도원}})
""",
    },
    {
        "id": "h61-ko-02",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ri Un-byol", "리은별", "witness", ["이은별", "은별", "LEE EUNBYUL"]),
            ("Ri Un-chol", "리은철", "relative", ["은철"]),
            ("Kang Chun-hwa", "강춘화", "supervisor", []),
        ],
        "note": "Matchmaking-agency member profile and manager's notes for a woman who worked in a Dandong garment factory; name before and after a change of surname spelling; fullwidth Latin name; a Korean-American match with surname So; factory supervisor by surname and title; one-syllable and given-name-only co-workers; CRLF.",
        "text": """[회원 프로필 - 내부용]  ○○웨딩 상담실
회원번호: F-24-0713   담당 매니저: {{p:정유나}} (팀장 {{p:문성훈}})
성명: {{r:이은별}} (개명 전 {{r:리은별}})   영문: {{r:ＬＥＥ ＥＵＮＢＹＵＬ}}
출생: 1990년   키: 161cm   거주: {{u:인천}} {{u:남동구}}
학력: 사이버대 사회복지학과 재학
직업: 요양보호사 (4년차)
가족: 어머니({{u:북한}} 거주, 연락 끊김), 남동생 {{r:리은철}}({{u:서울}}, 2022년 입국)

본인 소개글 (회원 작성)
"2012년부터 2017년까지 {{u:중국}} {{u:단둥}}의 의류공장에서 일했습니다. 그때는 하루 열여섯 시간씩 재봉틀 앞에 앉아 있었습니다. 지금은 어르신들 돌보는 일이 좋습니다. 거짓말하지 않는 사람을 만나고 싶습니다."

매니저 상담 메모
2024.05.11 첫 상담. 동생 {{r:은철}} 씨 동행. {{r:은별}} 님은 말수 적지만 분명함. {{u:북한}} 출신이라는 걸 첫 만남 전에 상대에게 꼭 알려 달라고 함.
- 공장 이야기: 조장이던 {{r:강춘화}}가 휴대폰을 걷어 가고, 편지도 먼저 읽었다고. "{{r:강}} 조장 앞에서는 웃으면 안 됐어요." 같은 방 쓰던 {{p:순옥}}이, {{p:향}}이 얘기하다 잠시 중단.
- 희망 조건: 술 안 마시는 사람, 나이 35~42, 지역 무관.
2024.05.18 매칭 제안 1: M-23-1190 {{p:박도현}}(37, 공무원). 회원이 사진 보고 보류.
2024.05.25 매칭 제안 2: M-24-0088 {{p:Daniel So}}(39, 재미교포, {{u:LA}} 거주 후 귀국). {{u:한국}} 이름 {{p:소민준}}.
2024.06.01 첫 만남 후기(회원 통화): "{{p:대니얼}} 씨 좋았어요. 제가 {{u:단둥}} 얘기 하니까 끝까지 들어 줬어요." 상대 측 매니저 {{p:홍지수}}도 긍정적 피드백 전달.
2024.06.03 동생 {{r:은철}} 씨 전화: 누나가 많이 웃는다고. 팀장 {{p:문성훈}}에게 보고 완료. ({{p:정유나}})
""",
    },
    {
        "id": "h61-ko-03",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Rim Kwang-min", "림광민", "witness", ["광민"]),
            ("Rim Yu-jin", "림유진", "relative", ["유진"]),
            ("Choe Kyong-sun", "최경순", "relative", []),
        ],
        "note": "Taekwondo school grading results table with instructors' notes; a father who logged in Khabarovsk training beside his son; surnames An, Do and Ha; one-syllable given name; affectionate suffix after given names; child names with honorific for the mother; CRLF; table.",
        "text": """○○태권도장 승급심사 결과표 (2024년 2분기)
심사일: 2024년 6월 29일(토)   심사위원: 관장 {{p:안재석}}, 사범 {{p:도하은}}, 사범 {{p:하준서}}

| 번호 | 이름 | 학년/나이 | 현재 띠 | 결과 | 비고 |
| 1 | {{p:김서윤}} | 초2 | 흰띠 | 노란띠 | 앞차기 자세 좋음 |
| 2 | {{r:림유진}} | 초4 | 노란띠 | 초록띠 | 어머니 {{r:최경순}} 님 참관 |
| 3 | {{p:박준}} | 초3 | 노란띠 | 보류 | 품새 순서 틀림, 다음 달 재심사 |
| 4 | {{r:림광민}} | 성인(48) | 흰띠 | 노란띠 | {{r:유진}}이 아버지. 허리 부상 이력, 뛰어 옆차기 제외 |
| 5 | {{p:안하율}} | 초1 | 흰띠 | 노란띠 | 울지 않고 끝까지 함 👍 |
| 6 | {{p:한솔}} | 중1 | 초록띠 | 파란띠 | 겨루기 우수 |

사범 메모 ({{p:도하은}})
- {{r:광민}} 아버님은 {{u:러시아}} {{u:하바롭스크}} 근처 벌목장에서 9년 일하셨다고 함. 그때 다친 허리 때문에 재활 겸 아들 {{r:유진}}이랑 같이 배우고 싶다고 등록. 심사 중 "벌목장에서는 넘어지면 끝이었는데 여기서는 넘어져도 박수 쳐 주네요" 하셔서 다 같이 웃음.
- {{r:유진}}이가 품새 하다가 아빠 보고 웃어서 한 번 멈춤. 관장님이 괜찮다고 다시 하게 함.
- {{r:최경순}} 어머님이 떡 가져오심. {{p:서윤}}이, {{p:하율}}이 어머님들과 인사.
- 관장님 지시: 다음 심사 때 {{p:준}}이는 품새만 다시, {{p:한솔}}이는 대회 준비반으로.
- 안 다치게 매트 두 장 더 깔 것. ({{p:하준서}} 사범 담당)
""",
    },
    {
        "id": "h61-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("An Yong-chol", "안영철", "witness", ["영철"]),
            ("An Tae-min", "안태민", "relative", ["태민"]),
        ],
        "note": "Lost-dog poster on an apartment community board with residents' replies; the dog's name is not a person; surname An beside the negation 안; owner who built apartments in Ulaanbaatar; residents by unit number, surname and title; handle with a child's name; emoji.",
        "text": """[우리 아파트 커뮤니티 > 분실/습득]
🐶 강아지를 찾습니다 (보리, 진돗개 믹스, 6살, 황색)
작성자: 105동 {{r:안영철}}   2024.10.06 21:40

어제 저녁 7시쯤 단지 뒤 산책로에서 목줄이 풀려 잃어버렸습니다. 겁이 많아서 부르면 오히려 도망갈 수 있습니다. 보신 분은 연락 부탁드립니다. 010-****-3318 (아들 {{r:안태민}} 번호 010-****-0924)
보리는 제가 {{u:몽골}} {{u:울란바토르}} 아파트 공사장에서 일할 때 거기 있던 개의 새끼를 데려온 것은 아니고, 그 개가 생각나서 {{u:한국}}에 와서 입양한 아이입니다. 저한테는 가족입니다.

댓글 (7)
{{p:지우}}맘: 어머 어떡해요 ㅠㅠ 공유할게요
102동 {{p:하}} 할머니 (대리 작성 손녀): 할머니가 오늘 아침 놀이터 쪽에서 누런 개 봤다고 하세요! 근데 목줄은 안 보였대요
    └ {{r:안영철}}: 감사합니다!! 바로 가 보겠습니다
관리사무소 {{p:문}} 과장: CCTV 확인 요청 주시면 내일 오전에 같이 보겠습니다.
{{p:도윤}}아빠: 저도 {{u:몽골}}에서 일한 적 있어요. 반갑네요. 산책로 입구에 사료 조금 놔 두면 돌아오는 경우 많습니다
    └ {{r:안영철}}: {{p:도윤}} 아버님 고맙습니다. {{u:울란바토르}} 어디 계셨어요? 저는 2014년에 거기 {{u:북한}} 건설대에 있었습니다. 반장이 {{p:곽}}씨였는데 개를 싫어했어요 😅
    └ {{p:도윤}}아빠: 저는 {{u:한국}} 건설사 감리로 갔었어요. {{u:북한}} 분들 현장 옆이었는데 {{p:곽}} 반장 기억날 것 같기도 하네요
{{r:태민}}: (아들입니다) 찾았습니다!!! 경비실 {{p:박}} 아저씨가 지하주차장에서 데리고 계셨어요 😭 다들 감사합니다
    └ {{r:안영철}}: {{p:박}} 선생님, {{p:하}} 할머님, {{p:문}} 과장님 정말 감사합니다. 떡 돌리겠습니다 🙏
""",
    },
    {
        "id": "h61-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kye Yong-su", "계영수", "witness", ["영수"]),
            ("Ha Chol-guk", "하철국", "coworker", ["철국", "하모니카"]),
        ],
        "note": "Neighbourhood-app community post looking for a former Gdansk shipyard co-worker; surname Ha beside the laugh 하하 and the nickname 하모니카 beside the instrument; handles ending in 맘/아빠; Polish foreman's diminutive in Hangul; emoji.",
        "text": """[동네생활 > 같이해요]  📍{{u:안산시}} {{u:단원구}}
제목: {{u:폴란드}} 조선소에서 같이 일한 형님 찾습니다
작성자: {{r:영수}}네 ({{r:계영수}})   조회 312   댓글 6

2015년부터 2018년까지 {{u:그단스크}} 조선소에서 용접 일 같이 하던 {{r:하철국}} 형님을 찾습니다. 저희는 북에서 같이 파견 나갔던 사람들입니다. 형님은 1975년생쯤, 키가 작고 왼쪽 눈썹에 흉터가 있습니다. 쉬는 시간마다 하모니카를 불어서 다들 '{{r:하모니카}}'라고 불렀습니다. 저는 2019년에, 형님은 2020년쯤 {{u:한국}}에 왔다고 들었는데 연락이 끊겼습니다.
혹시 {{r:철국}}이 형 아시는 분, 또는 "하모니카 부는 {{u:북한}} 아저씨" 보신 분 연락 주세요. 🙏

댓글
{{p:서연}}맘: 마음이 찡하네요. 공유했어요!
하늘공원러: 하하 저희 아파트 경비 아저씨가 점심마다 하모니카 부시는데 혹시..? 나이는 좀 더 들어 보이시긴 해요
    └ {{r:영수}}네: 감사합니다! 어느 아파트인지 채팅 드려도 될까요? 형님이면 "{{p:마렉}}이 안부 묻는다"고 하면 알아들을 거예요. {{p:마렉}}은 {{u:폴란드}} 반장인데 우리를 잘 챙겨 줬어요
{{p:준호}}아빠: 저 {{u:그단스크}}에 출장 갔을 때 {{u:북한}} 사람들 봤어요. 밥 먹을 때도 한 줄로 다니던데.. 고생 많으셨습니다
{{p:김정희}}: 탈북민 지원센터에 물어보시는 것도 방법일 것 같아요. 저희 동네 센터 {{p:노}} 선생님이 잘 도와주세요
    └ {{r:영수}}네: {{p:노}} 선생님 저도 알아요 ㅎㅎ 이미 부탁드렸습니다. 그래도 감사합니다
하늘공원러: (추가) 경비 아저씨 성함 여쭤 봤는데 {{p:하}}씨 맞대요!! 근데 이름은 "{{p:하경수}}"라고 하시네요 ㅠㅠ
    └ {{r:영수}}네: 아.. 그래도 고맙습니다. 하하 형님이 이름을 바꿨을 수도 있으니 한번 뵈러 가겠습니다
""",
    },
    {
        "id": "h61-ko-06",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ryu Ji-hye", "류지혜", "relative", ["솔바람"]),
            ("Ryu Chang-sik", "류창식", "witness", ["창식"]),
        ],
        "note": "Webtoon comment section under an episode based on the author's father's Amur logging years; author's pen name as an alias; masked reader IDs with visible name parts; replies naming relatives; 작가님 and 아버님 titles outside; 탈북민 compound unmarked; CRLF.",
        "text": """[{{u:네이버웹툰}}] 벌목장의 겨울 - 37화 "눈 속의 이름들"   작가: {{r:솔바람}}
작가의 말: 이번 화는 아버지 {{r:류창식}}이 {{u:아무르주}} 벌목장에서 보낸 네 번째 겨울 이야기입니다. 아버지가 이름을 그대로 써도 된다고 하셔서 동료분들 이름 중 일부는 실명입니다(가족 동의 받음). - {{r:솔바람}}

베스트 댓글
{{p:hyun}}****: 작가님 아버님 {{r:창식}} 님 건강하시죠? 매주 이거 보고 울어요
    ㄴ {{r:솔바람}}(작가): 네 ㅎㅎ 요즘은 텃밭 하세요. 댓글 다 읽어 드리고 있어요
{{p:지민}}**: 마지막 컷에 눈 위에 이름 쓰는 장면.. {{p:박성호}}, {{p:최용범}}, {{p:림철}}.. 다 실제 분들이라니
{{p:mina}}_k***: 반장 {{p:곽}}은 진짜 사람이에요? 너무 무서워요
    ㄴ {{r:솔바람}}(작가): 반장님은 이름을 바꿨어요. 아버지가 "그 사람도 무서워서 그랬다"고 하셔서요.
sky7****: 저희 삼촌도 2000년대에 {{u:틴다}} 쪽 벌목장에 계셨대요. {{p:명수}} 삼촌이라고.. 혹시 아버님이 아실까요
    ㄴ {{r:솔바람}}(작가): 아버지께 여쭤 봤는데 {{u:틴다}} 쪽 {{p:명수}}라는 분은 두 분 기억하신대요 ㅠ 성이 뭐였는지 알려 주시면 다시 여쭤 볼게요
    ㄴ sky7****: {{p:신}}씨요! {{p:신명수}}!
    ㄴ {{r:솔바람}}(작가): 쪽지 드릴게요 🙏
qwer****: 탈북민 작가 작품 중에 제일 담담해서 좋아요. {{r:류지혜}} 작가님 인터뷰 기사 보고 왔어요
{{p:Sasha}}_vl**: Я из {{u:Тынды}}. Мой отец работал с корейцами. Спасибо, {{r:Чансик}}-аджосси! (번역: 저는 {{u:틴다}} 출신이에요. 아버지가 {{u:한국}} 사람들하고 일하셨어요. 고마워요, {{r:창식}} 아저씨!)
{{p:은비}}맘: 아버님이 그때 몇 살이셨어요? 저희 아빠랑 비슷할 것 같아서요
    ㄴ {{r:솔바람}}(작가): 스물아홉이셨대요. 지금 제 나이예요.
""",
    },
    {
        "id": "h61-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jong Kwang-chol", "정광철", "witness", ["광철"]),
            ("Mun Sun-hui", "문순희", "relative", ["순희"]),
            ("Jong Ha-na", "정하나", "relative", ["하나"]),
        ],
        "note": "Church new-family home-visit record for a family whose father worked on Qatar construction; church titles (성도님, 권사님, 집사님, 목사님) outside; the given name 하나 beside the numeral 하나; surname Mun beside the word 문 (door); Lusail stadium site.",
        "text": """새가족부 심방 기록지
심방일: 2024년 4월 14일(주일) 오후 3시     장소: 가정 ({{u:경기도}} {{u:시흥시}})
심방자: {{p:이옥자}} 권사님, {{p:서민호}} 집사님, 새가족부 담당 {{p:조은빛}} 전도사
대상 가정: {{r:정광철}} 성도님(52), {{r:문순희}} 성도님(49), 딸 {{r:정하나}}(15, 중2)
등록일: 2024년 3월 10일 (인도자: {{p:김성애}} 집사님)

1. 가정 상황
- {{r:광철}} 성도님은 2010년부터 2016년까지 {{u:카타르}} {{u:도하}}, {{u:루사일}} 건설 현장에서 일하셨음. 2016년에 현장을 이탈하여 2017년 입국. 무릎과 허리가 안 좋아 현재 물류센터 야간 근무.
- {{r:순희}} 성도님과 {{r:하나}}는 2019년에 따로 입국. 7년 만에 가족이 다시 만남.
- {{r:하나}}는 학교 적응 중. 교회 중등부 {{p:한지우}} 선생님과 친해짐.

2. 나눈 이야기
- {{r:정광철}} 성도님: "{{u:카타르}}에서는 문 하나 없는 컨테이너에서 열 명이 잤습니다. 지금 집은 문이 있어서 좋아요." 다 같이 웃음.
- 현장 작업반장 {{p:박영호}}가 여권을 걷어 가고, 한 달에 한 번 '충성자금'을 떼어 갔다고 하심. 같이 일하던 {{p:림경수}}는 더위에 쓰러져 귀국했다고.
- {{r:문순희}} 성도님은 남편이 없을 때 {{u:북한}}에서 보위부 사람 {{p:최}} 지도원이 자주 찾아왔다고 하심. 말씀하시다가 우심.
- {{r:하나}}: "아빠가 돌아왔을 때 저는 아빠 얼굴을 몰랐어요." {{p:이옥자}} 권사님이 안아 줌.

3. 기도 제목
- {{r:광철}} 성도님 무릎 수술 (5월 예정)
- {{r:하나}} 친구 관계, 수학 공부
- {{u:카타르}}에 남아 있을지 모르는 동료 {{p:림경수}} 님 가족, {{p:장철민}} 님

4. 후속 조치
- {{p:서민호}} 집사님이 수술 날 병원 동행
- 구역 배정: 3구역 ({{p:문영자}} 구역장). 문 구역장님 댁이 가까움.
- 다음 심방: 6월, 담당 {{p:조은빛}} 전도사
작성: {{p:조은빛}}
""",
    },
    {
        "id": "h61-ko-08",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Paek Chol-jun", "백철준", "witness", ["철준", "곰"]),
            ("Kim Kwang-hyon", "김광현", "coworker", ["광현", "대포"]),
            ("Ri Tal-ho", "리달호", "supervisor", ["달호"]),
            ("Pang Yong-ae", "방영애", "relative", ["영애"]),
        ],
        "note": "Naver Band group posts and comments by former Kuwait construction workers now in the South; members by display name; nicknames 곰 and 대포 beside the ordinary words; the surname 방 beside the word 방 (room); work-team leader with 동무 and 반장 outside; honorific 형님; impossible date in a pinned post; long, CRLF.",
        "text": """[{{u:네이버 밴드}}] 모래바람 동지회 (2012~2018) · 멤버 23명 · 비공개 밴드

📌 공지 (리더 {{r:백철준}})
1. 이 밴드는 {{u:쿠웨이트}} {{u:자흐라}}, {{u:아흐마디}} 현장에서 같이 고생한 사람들 모임입니다.
2. 가족 얘기, 고향 얘기는 조심해서 씁시다. 북에 있는 가족 이름은 절대 쓰지 말 것.
3. 정기 모임: 2024년 2월 30일(금) 저녁 7시 → (수정) 3월 1일(금)로 변경. 날짜 틀려서 죄송합니다 😅 - {{r:곰}}

---
{{r:백철준}} · 2024.02.20 21:12
다들 잘 지내십니까. 이번 모임 장소는 {{u:안산}} {{u:단원구}} 양고기집입니다. {{r:광현}}이가 예약했습니다. 회비 3만 원.
  댓글 {{r:김광현}}: 예약 완료입니다 형님. 방 두 개 잡았어요. {{p:방}} 사장님이 {{u:중국}} 동포라 양꼬치 잘 해 준답니다
  댓글 {{p:한경철}}: {{r:곰}} 형님 오랜만에 뵙겠네요 ㅎㅎ 저는 {{u:청주}}에서 갑니다
  댓글 {{p:류성일}}: 저는 그날 야간이라.. {{r:대포}} 형 술 너무 많이 마시지 마요
  댓글 {{r:김광현}}: ㅋㅋ 이제 {{r:대포}} 아니고 소총이다

---
{{r:김광현}} · 2024.02.22 08:45
어제 꿈에 {{r:리달호}} 반장이 나왔습니다. 아직도 아침 점호 소리 들리는 것 같습니다. 다들 그 사람 기억나지요. 여권 상자 들고 다니던.
  댓글 {{r:백철준}}: 잊을 수가 있나. {{r:달호}} 동무가 내 월급 명세서를 한 번도 보여 준 적이 없다.
  댓글 {{p:한경철}}: 반장은 {{r:리}}가, 통역은 {{p:장}}가. 그 둘이 다 해 먹었지요
  댓글 {{p:오순남}}: 저는 {{p:장}} 통역이 더 무서웠어요. {{u:쿠웨이트}} 경찰한테 우리 말을 거꾸로 전했으니까
  댓글 {{r:김광현}}: {{p:순남}}이 말 맞다

---
{{r:방영애}} · 2024.02.25 19:03
안녕하세요. 저는 {{r:철준}} 씨 처입니다. 남편이 밴드 보면서 웃는 걸 처음 봐서 가입했어요. 모임 때 반찬 좀 싸 가겠습니다. 혹시 못 드시는 거 있으면 댓글 주세요 😊
  댓글 {{r:백철준}}: 우리 {{r:영애}}가 김치 잘 합니다 👍
  댓글 {{p:류성일}}: 형수님 감사합니다!! 저는 다 잘 먹습니다
  댓글 {{p:문태일}}: 저는 오이만 빼 주십쇼 ㅎㅎ
  댓글 {{r:방영애}}: {{p:문태일}} 님 오이 빼 드릴게요 ㅋㅋ

---
{{p:한경철}} · 2024.03.02 10:30
어제 모임 사진 올립니다. 사진 속 사람들 이름은 안 적겠습니다. 다들 즐거웠습니다.
그리고 한 가지. {{r:곰}} 형님이 건배사로 "{{u:쿠웨이트}}에서 못 받은 월급 대신 오늘은 우리가 우리한테 한 잔씩 준다" 하셨는데 다들 울었지요.
  댓글 {{r:김광현}}: 우리 {{r:철준}} 형님 말 잘 하신다
  댓글 {{p:오순남}}: {{p:림용수}}도 왔으면 좋았을 텐데. 걔는 아직 {{u:러시아}}에 있다고 들었어요
  댓글 {{r:백철준}}: {{p:용수}} 소식 아는 사람은 나한테 따로 연락하라. 공개로 쓰지 말고.
  댓글 {{r:방영애}}: 다음엔 {{p:용수}} 씨도 꼭 오시길 기도할게요 🙏
""",
    },
    {
        "id": "h61-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yu Chun-ok", "유춘옥", "witness", ["춘옥"]),
            ("Yu Bit-na", "유빛나", "relative", ["빛나"]),
        ],
        "note": "Class parents' group chat export; parents by child-name display names (OO맘, OO아빠); the teacher by surname and title; the verb 빛나 (shine) beside the child's given name 빛나; a mother who peeled shrimp in Donggang; one-syllable name; emoji.",
        "text": """[{{u:카카오톡}}] 3학년 2반 학부모방 대화 내보내기 (2024.04.11)

2024년 4월 11일 목요일
[{{p:서준}}맘] [오후 8:02] 내일 현장체험학습 도시락 싸야 하죠?
[{{p:하윤}}아빠] [오후 8:03] 네 알림장에 있었어요
[{{r:빛나}}엄마] [오후 8:05] 안녕하세요 {{r:빛나}} 엄마 {{r:유춘옥}}입니다. 이번에 전학 와서 처음 인사드려요 😊
[{{p:서준}}맘] [오후 8:05] 어머 반가워요~ {{r:빛나}} 너무 예쁘던데요 ㅎㅎ
[{{p:하윤}}아빠] [오후 8:06] 환영합니다!
[{{p:지안}}맘] [오후 8:10] 혹시 {{r:빛나}}가 말투가 좀 다른 것 같던데 어디서 오셨어요?
[{{r:빛나}}엄마] [오후 8:14] 저는 북에서 왔어요. {{r:빛나}}는 여기서 태어났고요. 괜찮아요 많이들 물어보세요 ㅎㅎ
[{{p:지안}}맘] [오후 8:15] 아 실례했으면 죄송해요 🙏
[{{r:빛나}}엄마] [오후 8:16] 아니에요~ 저 {{u:중국}} {{u:둥강}}에서 새우 까는 공장 다니다가 나왔어요. 그래서 새우 손질은 자신 있어요 ㅋㅋ 체험학습 도시락에 새우튀김 넣을게요
[{{p:서준}}맘] [오후 8:17] 우와 ㅋㅋㅋ 저 레시피 좀 ㅠ
[{{p:하윤}}아빠] [오후 8:18] 오늘 운동장에서 아이들 얼굴이 다 빛나더라고요. 내일 날씨 좋대요
[{{p:민}}이엄마] [오후 8:20] 담임 {{p:오}} 선생님이 내일 8시 40분까지 오라고 하셨어요
[{{p:지안}}맘] [오후 8:22] {{r:춘옥}} 씨 다음에 커피 한잔해요~ 저 {{u:단둥}} 여행 가 본 적 있어요
[{{r:빛나}}엄마] [오후 8:25] 좋아요 😊 {{u:단둥}}은 저한테 여행지는 아니었지만 ㅎㅎ 커피는 좋아요. 공장 같이 다니던 언니 {{p:정숙}}이도 근처 살아요
[{{p:서준}}맘] [오후 8:26] 👍👍
[{{p:오지현}}] [오후 8:40] (3-2 담임) 어머님 아버님들 내일 우산도 챙겨 주세요~ {{r:빛나}} 어머님 환영합니다 🌸
""",
    },
    {
        "id": "h61-ko-10",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Hwang Myong-ok", "황명옥", "relative", ["명옥"]),
            ("Hwang Song-il", "황성일", "witness", ["성일", "Хван Сон Ир"]),
        ],
        "note": "Internet-cafe private-message box between a woman searching for her brother sent to Siberian logging and other members; nicknames as display names, some containing given names; Russian name in Cyrillic inside a Korean message; the word 황 in 황당 beside the surname 황; 씨 and 님 outside.",
        "text": """[다음 카페 '고향 사람 찾기' > 쪽지함]  보관함 / 받은 쪽지 4건

보낸 사람: 봄날의곰   받는 사람: {{r:명옥}}이네   2024.01.08 22:14
제목: 글 보고 쪽지 드립니다
안녕하세요. 카페에 올리신 글 보았습니다. 동생분 {{r:황성일}} 씨가 2015년에 {{u:이르쿠츠크}} 쪽 벌목장으로 갔다고 하셨지요. 저도 2014~2018년 {{u:이르쿠츠크주}} {{u:우스티쿠트}} 근처에 있었습니다. 저희 작업반에 '{{r:성일}}'이라는 젊은 친구가 있었는데 {{u:개성}} 출신이라고 했습니다. 혹시 동생분 고향이 어디인지요? 저는 실명을 밝히기 어려워서 양해 부탁드립니다.

보낸 사람: {{r:명옥}}이네   받는 사람: 봄날의곰   2024.01.09 07:02
제목: RE: 글 보고 쪽지 드립니다
선생님 정말 감사합니다. 제 이름은 {{r:황명옥}}입니다. 동생은 {{u:개성}}이 아니고 {{u:사리원}} 출신입니다. 그래도 같은 시기니까 혹시 아실까 해서요. 동생은 오른손 엄지가 조금 짧고, 노래를 잘했습니다. 작업반장이 {{p:탁}}씨라고 했는데 기억나세요?

보낸 사람: 봄날의곰   받는 사람: {{r:명옥}}이네   2024.01.09 23:40
제목: RE: RE:
{{p:탁}} 반장은 기억 안 나는데 {{p:탁영진}}이라는 사람이 옆 작업반에 있었습니다. 황당한 얘기지만 {{u:러시아}} 사람들은 우리 이름을 다 이상하게 적었습니다. 작업 명단에 '{{r:Хван Сон Ир}}'이라고 적힌 사람이 있었던 것 같습니다. 그게 동생분일 수도 있습니다. 같은 방 쓰던 {{p:허동철}}이라는 친구는 지금 {{u:부산}}에 있는데 물어보겠습니다.

보낸 사람: 나무꾼{{p:동철}}   받는 사람: {{r:명옥}}이네   2024.01.12 18:05
제목: 봄날의곰 형님 소개로 연락드립니다
{{p:허동철}}입니다. {{r:성일}}이 기억합니다. 노래 잘하던 {{u:사리원}} 친구 맞습니다. 2017년 겨울에 손을 다쳐서 {{u:브라츠크}} 병원에 갔다가 다시 안 왔습니다. 반장 {{p:탁영진}}이 "귀국시켰다"고만 했습니다. 더 아는 건 {{p:곽인수}} 형님이 알 수도 있는데 그분은 아직 북에 계십니다. 누님, 힘내십시오.
""",
    },
    {
        "id": "h61-ko-11",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Jo Yong-ran", "조영란", "relative", ["영란"]),
            ("Cha Myong-hun", "차명훈", "other", []),
            ("Jo Yong-mi", "조영미", "witness", ["영미"]),
        ],
        "note": "Payment-order application to a real district court over a broker's loan for getting a sister out of a Hunchun seafood plant; parties in capitals-free Korean legal format with 채권자/채무자; surname Cha beside the word 차 (car, tea); broker's alias; bank names public; CRLF.",
        "text": """지 급 명 령 신 청 서

채 권 자   {{r:조영란}} (주민등록번호 생략)
           {{u:서울특별시}} {{u:양천구}} (이하 생략)   전화 010-****-5512
채 무 자   {{r:차명훈}} (주민등록번호 불상, 1978년생 추정)
           {{u:경기도}} {{u:김포시}} (최후 주소, 이하 생략)

청구금액: 금 12,000,000원

신 청 취 지
채무자는 채권자에게 금 12,000,000원 및 이에 대하여 이 사건 지급명령 정본 송달 다음 날부터 다 갚는 날까지 연 12%의 비율로 계산한 돈과 아래 독촉절차비용을 지급하라는 명령을 구합니다.

신 청 원 인
1. 채권자는 2016년 {{u:북한}}을 떠나 2017년 {{u:대한민국}}에 입국한 사람입니다. 채권자의 동생 {{r:조영미}}는 2015년부터 {{u:중국}} {{u:훈춘}}의 수산물 가공공장에 파견되어 일하고 있었습니다.
2. 채무자 {{r:차명훈}}은 {{u:중국}}을 오가며 '{{r:차}} 사장'이라는 이름으로 탈북 안내를 한다는 사람으로, 2022년 3월 채권자에게 "{{r:영미}} 씨를 공장에서 빼내어 제3국을 거쳐 데려오겠다"고 하면서 비용을 빌려 달라고 하였습니다. 채권자는 2022. 3. 14. 금 7,000,000원, 2022. 4. 2. 금 5,000,000원을 채무자 명의 {{u:신한은행}} 계좌로 송금하였습니다(갑 제1호증의 1, 2).
3. 채무자는 "일이 끝나면 모두 갚겠다, 못 데려오면 전액 돌려주겠다"고 약속하고 차용증(갑 제2호증)을 써 주었습니다. 차용증에는 채무자 본인이 '{{r:차명훈}}'이라고 서명하였고, 입회인으로 {{p:윤기석}}이 서명하였습니다.
4. 그러나 {{r:조영미}}는 공장을 벗어나지 못하였고, 채무자는 2022년 8월 이후 "{{r:영미}}가 아파서 못 움직인다", "공장 관리원 {{p:김순녀}}가 눈치챘다"는 말만 하다가 연락을 끊었습니다. 채무자는 그 사이 새 차를 샀다고 채권자의 지인 {{p:남궁현}}에게 자랑하였다고 합니다.
5. 따라서 채권자는 채무자에게 대여금 12,000,000원 및 지연손해금의 지급을 구합니다.

입 증 방 법
1. 갑 제1호증의 1, 2   각 송금확인증 ({{u:신한은행}})
2. 갑 제2호증          차용증
3. 갑 제3호증          {{u:카카오톡}} 대화 캡처 (채무자 '{{r:차}}사장' 계정)

2024.   5.   7.
채권자  {{r:조영란}} (인)

{{u:서울남부지방법원}} 귀중
""",
    },
    {
        "id": "h61-ko-12",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Son Il-gwon", "손일권", "witness", ["일권"]),
        ],
        "note": "Unemployment-benefit job-search activity log of a former St Petersburg construction worker; table of employers' contact persons by surname and title; counsellor by surname and title; surname Son in a sentence with the word 손 (hand); invented companies unmarked; real ministry public.",
        "text": """구직활동 확인서 (실업인정 신청서 별지)
성명: {{r:손일권}}   인정 대상 기간: 2024.05.01 ~ 2024.05.28   담당: {{p:노}} 상담사
관할: {{u:고용노동부}} ○○고용센터

| 번호 | 활동일 | 활동 내용 | 사업장/기관 | 담당자 | 결과 |
| 1 | 05.03 | 방문 면접 | ○○철근콘크리트 | {{p:김}} 소장 | 불합격 (나이) |
| 2 | 05.08 | 이메일 지원 | ○○인테리어 | {{p:이지은}} 대리 | 답변 없음 |
| 3 | 05.13 | 직업훈련 상담 | 폴리텍 용접반 | {{p:박상현}} 교수 | 7월 과정 안내 |
| 4 | 05.20 | 전화 문의 | ○○건설 협력사 | {{p:황}} 부장 | 면접 예정 05.30 |
| 5 | 05.24 | 취업특강 참석 | 고용센터 | 강사 {{p:정윤서}} | 수료 |

상담 기록 (담당 {{p:노}} 상담사 작성)
- 05.02 초기 상담. {{r:손일권}} 님은 2012~2017년 {{u:러시아}} {{u:상트페테르부르크}} 아파트 건설 현장 철근공. 북에서 파견 나갔다가 2017년 현장 이탈, 2018년 입국.
- 손 기술은 좋으나 국내 자격증이 없음. 현장 경력 인정 어려움. 용접 기능사 과정 권유.
- 본인 말: "{{u:러시아}}에서는 {{p:곽}} 반장이 자격증 대신이었어요. 반장이 된다 하면 되는 거였지요." 상담사가 {{u:한국}} 현장은 다르다고 설명.
- 05.20 {{r:일권}} 님이 직접 찾은 협력사 {{p:황}} 부장은 같은 고향 사람인 {{p:석지훈}} 씨 소개라고 함. 실업인정 요건 충족.
- 다음 출석일: 06.11. 가져올 것: 면접 결과 문자 캡처, 폴리텍 신청서.
""",
    },
    {
        "id": "h61-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Song Myong-ho", "송명호", "witness", ["명호", "사할린"]),
            ("Pak Chun-hwa", "박춘화", "relative", []),
        ],
        "note": "Delivery rider's daily settlement sheet with the branch manager's memo; rider nicknamed after Sakhalin beside the island itself; surname Song beside the word 송금; customers and another driver by surname; table; manager by title.",
        "text": """[○○배달대행 {{u:부천}}지사] 기사 일일 정산표   2024-07-19(금)
기사: {{r:송명호}} (단톡방 닉네임 '{{r:사할린}}')   오토바이 번호: 생략   관리: {{p:엄}} 실장

| 시간 | 가게 | 도착지 | 거리 | 배달료 | 비고 |
| 11:12 | 김밥집 | 상동 아파트 | 1.8km | 3,800 | |
| 11:40 | 중국집 | 중동 오피스텔 | 2.4km | 4,300 | 고객 {{p:최}}님 "벨 누르지 마세요" |
| 12:05 | 치킨집 | 상동 빌라 | 1.1km | 3,500 | |
| 15:02 | 카페 | 신중동역 | 0.9km | 3,300 | 사고 (아래 메모) |
| 19:30 | 족발집 | 심곡동 주택 | 3.2km | 5,100 | 고객 {{p:윤서진}}님 팁 2,000 |
총 42건 / 배달료 합계 171,600원 / 수수료·보험 -21,300원 / 지급 150,300원

{{p:엄}} 실장 메모
- {{r:송}} 기사님 오늘도 최다. 기사들이 다 '{{r:사할린}}' 형님이라고 부름. 본인 말로는 {{u:사할린}} {{u:유즈노사할린스크}} 건설 현장에서 7년 일해서 추위는 무섭지 않은데 여름이 무섭다고.
- 15:02 신중동역 앞 사고: 신호 위반 승용차가 우회전하며 접촉. 상대 운전자 {{p:하민석}} 씨 과실 인정, 보험 접수함. {{r:명호}} 씨 무릎 찰과상. 병원 가라고 했는데 "{{u:러시아}}에서는 이 정도로 안 쉬었다"며 계속 일함.
- 본인 요청: 정산금 송금은 아내 {{r:박춘화}} 씨 명의 계좌로 해 달라고 함. 다음 주부터 변경. 통장 사본 받음.
- 같이 일하는 {{p:배}} 기사님(닉 '번개')이 {{r:송명호}} 씨 오토바이 브레이크 봐 주기로 함.
""",
    },
    {
        "id": "h61-ko-14",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ri Song-ho", "리성호", "witness", ["성호"]),
            ("Han Myong-su", "한명수", "supervisor", ["딱따구리"]),
            ("Pang Chol-su", "방철수", "coworker", ["철수"]),
        ],
        "note": "Transcription of a North Korean party-cell secretary's thought-trend report on a construction brigade in Vladivostok, with the transcriber's notes; North Korean spellings of Russia and Vladivostok; 동무 and 동지 outside; nickname of the cell secretary; Russian overseer by first name; a wife named in a letter; the surname 방 beside the word 방 (room); long, CRLF.",
        "text": """[전사본] 해외파견자 사상동향 보고 (2016년 11월분)
※ 제보자 {{r:리성호}}가 2019년 탈출하면서 휴대폰으로 찍어 가져온 손글씨 보고서를 단체에서 전사함. 철자와 띄어쓰기는 원문대로. 전사: {{p:윤다은}}, 검토: {{p:K.J.H.}}

─────────────────────────
해외파견자 사상동향 보고
{{u:블라디보스또크}} 주재 ○○건설사업소 제3작업대
보고자: 작업대 당세포비서 {{r:한명수}}
받는곳: 사업소 보위지도원 {{p:최광진}} 동지
주체105(2016)년 11월 30일

1. 총적상태
작업대 인원 42명중 41명이 현장에 출근하고 있으며 1명({{p:로경철}}, 허리부상)은 숙소에서 취사를 돕고있음. 11월에는 {{u:로씨야}} 측 공사 감독의 요구로 야간작업이 12일 있었음. 전반적으로 작업대원들은 과제수행에 열성을 보이고 있으나 로임이 석달째 지불되지 않은데 대하여 불평이 있음.

2. 개별동향
가. {{r:리성호}} (1983년생, {{u:함경북도}} {{u:청진시}} 출신, 미장공)
- 10월 24일 현장에서 {{u:로씨야}} 감독 {{p:쎄르게이}}와 담배를 나누며 20분간 웃으며 이야기함. 무슨 말을 했는가 물으니 "벽 두께 이야기"라고 대답함.
- 같은 호실 {{r:방철수}}에게 "집에 돈을 못 보내니 여기 있을 리유가 없다"고 말하였음({{r:방철수}} 동무 제보).
- 조치: 개별담화 2회 진행. 자기비판서 제출. 계속 장악하겠음.

나. {{r:방철수}} (1979년생, {{u:함흥시}} 출신, 철근공)
- 동지들의 동향을 자주 보고하여 도움을 주고 있음. 그러나 11월 15일 저녁 방에서 {{u:남조선}} 노래를 흥얼거리는것을 {{p:김영근}} 동무가 들었다고 함. 본인은 부인함.
- 안해 {{p:조옥순}}에게서 온 편지에 "아이가 아프다"는 내용이 있어 심리가 불안함.
- 조치: 편지는 보관. 당분간 야간작업에서 제외.

다. {{p:김영근}} (1988년생, {{u:평안남도}} 출신, 잡부)
- 휴대전화를 몰래 가지고 있다는 제보가 있어 11월 20일 소지품 검열을 하였으나 발견되지 않았음. {{p:쎄르게이}}가 자기 전화기를 빌려주었을 가능성이 있음.

라. {{p:로경철}} (1975년생)
- 허리부상으로 작업 못함. 귀국을 요구하나 사업소 계획상 내년 봄까지 대기시켜야 함.

3. 제기되는 문제
- 로임 미지불로 작업대원들이 집에 송금을 못하고 있음. 사업소에서 {{u:로씨야}} 측과 빨리 해결해주기 바람.
- 충성자금 11월분 42명중 35명만 납부. 나머지 7명({{r:리성호}}, {{p:김영근}} 등)은 다음달에 합산하여 받겠음.
- 숙소 방 하나에 8명씩 자고 있어 감기가 돌고있음.

보고자 {{r:한명수}} (수표)
─────────────────────────

전사자 주 ({{p:윤다은}})
1. {{r:성호}} 씨에 따르면 {{r:한명수}}는 작업대에서 '{{r:딱따구리}}'로 불렸다. 매일 저녁 숙소 방문을 두드리며 돌아다녀서. "{{r:딱따구리}}가 오면 다들 자는 척했어요."
2. '{{p:쎄르게이}}'는 {{r:성호}} 씨 기억으로 성이 {{p:Морозов}}였고, 실제로 자기 전화기를 빌려주었다고 함. {{r:성호}} 씨는 이 전화로 {{u:한국}} 방송을 처음 보았다.
3. {{r:방철수}}에 대하여: {{r:성호}} 씨는 "{{r:철수}} 형도 살려고 그랬다. 원망 안 한다"고 말했다. 그의 이름은 보고서에 세 번 나오는데, 그중 한 번은 보위지도원이 빨간 줄을 그어 놓았다.
4. 보고서 날짜 '주체105년'은 2016년이 맞음. 보고서 뒷면에 {{p:최광진}}의 메모 "{{r:리성호}} 계속 장악, 귀국 검토"가 있다.
5. 검토자 {{p:K.J.H.}} 의견: 공개 시 {{r:방철수}}, {{p:김영근}}, {{p:로경철}}, {{p:조옥순}} 이름은 모두 가명 처리할 것.
""",
    },
    {
        "id": "h61-ko-15",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ko Sun-sil", "고순실", "witness", ["순실"]),
            ("Sok Kwang-il", "석광일", "witness", ["광일"]),
            ("Ko Ye-jin", "고예진", "relative", ["예진"]),
        ],
        "note": "Gold-shop purchase ledger extract with the owner's notes; sellers who bought gold while working in a Dandong garment factory and on a Kuwait site; surname Ko with 여사님 and beside the connective -고; surname Sok (석) beside the word 석 달; table; shop owner by surname and title.",
        "text": """○○금은방 귀금속 매입 대장 (2023년 하반기 발췌)  ※ 매입 시 신분증 확인, 1년 보관

| 일자 | 매도인 | 생년 | 품목 | 중량 | 매입가 | 비고 |
| 08.03 | {{r:고순실}} | 1979 | 24K 반지 2점 | 7.50g | 612,000 | 본인·딸 동행 |
| 08.17 | {{p:이만호}} | 1961 | 18K 목걸이 | 4.20g | 231,000 | |
| 09.12 | {{r:고순실}} | 1979 | 24K 팔찌 | 11.25g | 921,000 | 영수증 없음, 진술서 받음 |
| 10.05 | {{r:석광일}} | 1969 | 22K 팔찌 | 15.00g | 1,140,000 | {{u:쿠웨이트}}산 각인 |
| 11.21 | {{p:마동찬}} | 1984 | 14K 귀걸이 | 2.10g | 84,000 | |

사장 메모 ({{p:진}} 사장)
- 08.03 {{r:고}} 여사님은 딸 {{r:고예진}} 양과 옴. 반지는 {{u:중국}} {{u:단둥}} 의류공장 다닐 때 몇 년 동안 모은 돈으로 산 거라고. "공장에서 {{p:리}} 지도원이 알면 뺏으니까 브라 속에 꿰매고 다녔다"고 웃으면서 말함. 딸 {{r:예진}}이가 엄마 손 꼭 잡고 있었음.
- 09.12 {{r:순실}} 여사님 두 번째 방문. 딸 대학 등록금 때문이라고. 순도 검사 이상 없음.
- 10.05 {{r:석광일}} 씨: {{u:쿠웨이트}} 현장에서 일할 때 석 달 치 몰래 모은 돈으로 금시장에서 산 팔찌라고 함. "{{p:강}} 감독이 알았으면 벌써 없어졌을 거다. 같이 간 {{p:윤철}}이는 걸려서 뺏겼다." 각인 확인, 정상.
- {{r:광일}} 씨가 "이거 팔면 {{u:쿠웨이트}} 기억도 같이 파는 거"라고 해서 한참 앉아 있다 가심. 커피 드림.
- 대장 확인: 직원 {{p:소희}}, {{p:오명숙}}.
""",
    },
    {
        "id": "h61-ko-16",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Do Kyong-nam", "도경남", "witness", ["경남"]),
            ("Yu Mi-ran", "유미란", "relative", ["미란"]),
        ],
        "note": "Badminton-club member roll and dues sheet with the treasurer's notes; surnames Do, Ha, An, Yu and No; a member who built apartments in Ulaanbaatar; province name 경남 as a given name beside the region; English first name; table; CRLF.",
        "text": """○○동 새벽 배드민턴 클럽 회원 명부 및 회비 현황 (2024년 상반기)
총무: {{p:노은서}}   회장: {{p:하정우}}

| 번호 | 이름 | 급수 | 1월 | 2월 | 3월 | 4월 | 5월 | 6월 | 비고 |
| 1 | {{p:하정우}} | A | O | O | O | O | O | O | 회장 |
| 2 | {{p:노은서}} | C | O | O | O | O | O | O | 총무 |
| 3 | {{p:안민재}} | B | O | O | X | O | O | O | |
| 4 | {{r:도경남}} | D | - | - | O | O | O | O | 3월 신입 |
| 5 | {{r:유미란}} | 초심 | - | - | O | O | O | O | {{r:도경남}} 회원 배우자 |
| 6 | {{p:Jason Lim}} | B | O | O | O | X | X | O | 출장 |
| 7 | {{p:유재현}} | A | O | O | O | O | O | O | |
| 8 | {{p:한보람}} | C | O | X | X | X | O | O | 부상 회복 |

총무 메모 ({{p:노은서}})
- {{r:경남}} 님은 {{u:경남}} 출신이 아니라 {{u:함경북도}} 출신이심 ㅎㅎ 처음 오신 날 다들 헷갈려서 웃음. 2010년대에 {{u:몽골}} {{u:울란바토르}} 아파트 공사장에서 일하셨다고. 스매시가 엄청 셈.
- {{r:미란}} 님은 남편 따라 3월에 들어오심. 라켓 없으셔서 {{p:한보람}} 님이 예전 라켓 드림.
- {{r:도}} 회원님이 4월 회식 때 "{{u:몽골}}에서는 반장이 {{p:조}}씨였는데 공 대신 사람을 쳤다"는 얘기 하셔서 분위기 잠깐 조용해짐. 회장님이 잘 넘어감.
- {{p:Jason}} 님 4·5월 회비 6월에 합산 납부 약속.
- 6월 월례대회 조 편성: A조 {{p:하정우}}/{{r:도경남}}, B조 {{p:안민재}}/{{p:유재현}}, C조 {{r:유미란}}/{{p:노은서}}
""",
    },
    {
        "id": "h61-ko-17",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Ok-hwa", "김옥화", "witness", ["한별"]),
            ("Ri Sun-ae", "리순애", "supervisor", []),
        ],
        "note": "Undergraduate oral-history assignment report on a woman who worked in a North Korean restaurant in Hanoi; the narrator's pseudonym is a mention; student and professor private; Vietnamese customer in Hangul transcription and Vietnamese script; restaurant manager with 지배인 outside; the word 별 beside the pseudonym 한별.",
        "text": """구술사 방법론 기말 과제 - 구술 채록 보고서
제출자: 사회학과 3학년 {{p:최다인}}   담당 교수: {{p:양지석}} 교수님   제출일: 2023. 12. 15.

1. 구술자 소개
구술자는 2010년대 후반 {{u:베트남}} {{u:하노이}}의 {{u:북한}} 식당에서 일했던 40대 여성으로, 본인 요청에 따라 '{{r:한별}}'(가명)이라고 부른다. 실명({{r:김옥화}})은 동의서에만 적었고 이 보고서의 공개본에서는 삭제한다.

2. 채록 개요
일시: 2023. 11. 4., 11. 18. (총 4시간 20분)   장소: {{u:서울}} 소재 구술자 자택
동석자: 구술자의 지인 {{p:박은정}} (첫 회만)

3. 주요 내용 요약
{{r:한별}} 씨는 식당에서 낮에는 서빙, 밤에는 공연을 했다. 지배인 {{r:리순애}}는 매일 밤 매출을 세고 종업원들의 웃음까지 점검했다고 한다. "{{r:리}} 지배인은 '손님 앞에서는 별처럼 웃어라'고 했어요. 저는 그 말이 싫어서 가명을 한별로 지었어요." 같은 방을 쓴 {{p:명희}}, {{p:향미}}와는 지금도 연락이 안 된다.
단골손님 중 {{u:베트남}} 사업가 {{p:응우옌 반 훙}}({{p:Nguyễn Văn Hùng}})은 종업원들에게 베트남어를 몰래 가르쳐 주었는데, 이를 안 {{r:리순애}}가 그를 '불순 손님'으로 보고했다고 한다.
{{r:한별}} 씨는 2019년 식당을 떠났다. 그 과정은 구술자 요청으로 녹음을 끄고 들었으므로 적지 않는다.

4. 채록자 성찰
처음에 나는 '{{u:북한}} 식당 종업원'이라는 말로 {{r:한별}} 씨를 정리하려고 했다. 두 번째 만남에서 그녀가 "나는 노래를 잘하는 사람이지 식당 물건이 아니었다"고 했을 때 그 말이 부끄러웠다. {{p:양지석}} 교수님 수업에서 배운 '공유된 권한' 개념을 다시 생각하게 됐다.

5. 첨부: 구술 동의서(실명 기재본은 교수님께만 제출), 녹취록 42쪽, 사진 없음(구술자 요청)
""",
    },
    {
        "id": "h61-mixed-01",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kim Yong-chun", "김영춘", "supervisor", ["Ким", "Ким Ен Чун", "Юра", "yura"]),
            ("Jon Myong-guk", "전명국", "witness", ["명국", "Мёнгук"]),
            ("Chae Song-il", "채성일", "coworker", ["성일", "Саша"]),
        ],
        "note": "Telegram channel export of Russian renovation ads offering a North Korean brigade in Vladivostok, with a researcher's Korean and English annotations; brigade leader as Ким with Russian case endings and a Russian nickname; workers with Russian names given by clients; КНДР as a country; view counters and emoji; long, CRLF.",
        "text": """{{u:Telegram}} channel export - "Ремонт {{u:Владивосток}} | бригады, отзывы" (public channel, 14.2K subscribers)
Exported 2024-03-11 by {{p:Anna Lee}} (research officer). [KR] annotations by {{p:정수아}}; [EN] by {{p:Anna}}.
Identification of the brigade by the witness {{r:전명국}} ({{r:Jon Myong-guk}}), interview of 2024-03-08.

[2023-09-02 10:14] 📌 Корейская бригада ({{u:КНДР}}) ищет объекты: штукатурка, плитка, кровля, утепление. Быстро, недорого, без выходных. Бригадир {{r:Ким}}, звонить после 20:00. +7 914 *** ** 31
👁 2.1K   💬 14
[KR] '{{u:КНДР}}' 브리가다 광고. 브리가디르 '{{r:Ким}}' = {{r:명국}} 씨가 말한 작업반장 {{r:김영춘}}. 전화번호 끝자리 31이 {{r:명국}} 씨 기억과 같음.
[EN] {{r:Jon}} confirms the phone was a Russian SIM registered to a Russian woman, "{{p:Tatyana}}", who took a cut.

[2023-09-05 18:40] Отзыв от подписчика: Делали у меня дачу в {{u:Артёме}}. Ребята {{r:Кима}} работали по 14 часов, ни разу не присели. Один, {{r:Саша}} (так он себя назвал), говорил немного по-русски. Рекомендую! - {{p:Олег}}
👁 3.4K   💬 22
[KR] '{{r:Саша}}' = {{r:채성일}}. {{u:러시아}} 손님들한테는 다 {{u:러시아}} 이름을 썼다고 함. {{r:명국}} 씨는 '{{r:Мёнгук}}' 그대로 썼는데 손님들이 '{{p:Миша}}'라고 부른 건 다른 사람({{p:장경호}})이었다고.
[EN] "Ребята {{r:Кима}}" = "{{r:Kim}}'s guys": the client's name for the whole brigade.

[2023-09-18 09:02] ‼️ Срочно! Бригада {{r:Юры}} (корейцы) свободна с 20 сентября. Кровля, сайдинг. Цены договорные. Пишите в личку @{{r:yura}}_remont_vl
👁 1.8K
[KR] '{{r:Юра}}'도 {{r:김영춘}}. {{r:명국}} 씨: "반장이 {{u:러시아}} 사람들한테는 {{r:Юра}}라고 했어요. {{u:텔레그램}} 계정도 반장 명의였는데 실제로 문자는 {{p:Tatyana}} 아주머니가 보냈어요."

[2023-10-03 21:15] Отзыв: Корейцы сделали ванную, плитка ровная, но бригадир {{r:Ким}} потом поднял цену на 30%. Ребята сами ни копейки не получили, это видно. Жалко их. - {{p:Марина К.}}
👁 5.6K   💬 41
[EN] Comments under this post (selected):
  {{p:Дмитрий}}: а кто им платит вообще? они же все деньги отдают своему начальнику
  {{p:Елена Сергеевна}}: У {{r:Кима}} ребята хорошие, а сам он жадный. {{r:Саша}} у меня кошку кормил, пока я в отпуске была 🐈
  {{p:Vlad}}_Primorye: Санкции же. Их вообще не должно здесь быть с 2019 года. {{u:ООН}} запретила
  {{p:Марина К.}}: @{{p:Дмитрий}} начальнику и государству. {{r:Саша}} сказал "деньги - {{u:Пхеньян}}" и показал пальцем вверх
[KR] {{r:명국}} 씨 확인: 2023년에도 {{u:블라디보스토크}}와 {{u:아르툠}}에서 민간 수리 일을 계속했음. 반장이 하루 작업량을 정하고, 돈은 반장이 받아 '계획분'을 떼고 나머지를 석 달에 한 번 나눠 줌. {{r:성일}}이 고양이 얘기 듣고 "그 아주머니 집이 제일 좋았다"고 웃었다고.

[2023-11-20 12:30] Корейская бригада уехала на зиму? Кто знает, где {{r:Ким}}? Должен мне 20 тысяч за материалы. - {{p:Игорь}}
👁 2.9K   💬 9
[KR] {{r:명국}} 씨 탈출 시점(2023.11.14) 직후. {{r:명국}} 씨: "제가 나가고 나서 반장이 작업반을 다른 데로 옮겼을 거예요. {{r:Ким Ен Чун}}이라고 {{u:러시아}} 서류에 적혀 있었어요."
[EN] Action: ask about {{p:Tatyana}}'s identity only through the lawyer, Mr {{p:Baranov}}. Do NOT contact the channel admin (@{{p:alexey}}_admin_vl).

[2024-01-15 08:00] Новая корейская бригада с марта. Бригадир новый, {{p:Пак}}. Цены прежние.
👁 3.1K
[KR] 새 반장 '{{p:Пак}}'은 {{r:명국}} 씨도 모르는 사람. 같은 회사에서 보낸 다른 작업반일 가능성.
""",
    },
    {
        "id": "h61-mixed-02",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Hyang-suk", "리향숙", "witness", ["李香淑", "향숙", "Hyang-suk"]),
            ("Pak Myong-hui", "박명희", "supervisor", ["朴组长", "朴明姬"]),
            ("Kim Un-sil", "김은실", "coworker", ["金银实", "은실"]),
        ],
        "note": "Transcribed shrimp-peeling weigh slips from a Donggang seafood plant with a translator's Korean notes and English NGO notes; workers in Hanzi and Hangul; team leader as 朴组长 labelled whole; Chinese weigher as 小王; numbered workers; the character 金 as gold in 金额 beside the surname.",
        "text": """[Transcription] 剥虾计重单 / 새우 까기 계량표 - photographed by {{r:Ri Hyang-suk}} in 2018, {{u:Donggang}} plant (name withheld)
Translator's notes in Korean by {{p:한서영}}; NGO notes in English by {{p:J. Park}}.

日期 2018-05-17   车间: 二车间   组: {{u:朝鲜}} 3组   组长: {{r:朴组长}}   过秤员: {{p:小王}}
| 编号 | 姓名 | 毛重(kg) | 虾仁(kg) | 出成率 | 计件金额(元) | 签字 |
| 301 | {{r:李香淑}} | 21.4 | 9.8 | 45.8% | 29.40 | {{r:李香淑}} |
| 302 | {{r:金银实}} | 19.0 | 8.1 | 42.6% | 24.30 | {{r:金银实}} |
| 303 | {{p:崔英爱}} | 22.6 | 10.4 | 46.0% | 31.20 | {{p:崔英爱}} |
| 304 | {{p:韩玉}} | 15.2 | 6.0 | 39.5% | 18.00 | (代签) {{r:朴明姬}} |
合计金额 102.90 元 → 组长统一领取

[KR 번역자 주]
- '{{r:朴组长}}' = 조장 {{r:박명희}}. 공장 사람들은 다 {{r:朴组长}}이라고 불렀고, 우리끼리는 '{{r:명희}} 조장'이라고 했다고 {{r:향숙}} 씨가 말함.
- '计件金额'(개수당 금액)은 한 번도 본인 손에 들어오지 않았다. 합계 금액은 조장이 '통일 수령'했다고 적혀 있다.
- 304번 {{p:韩玉}}({{p:한옥}})은 그날 손을 베어 일찍 들어갔는데, 조장이 대신 서명함. {{r:향숙}} 씨: "{{p:옥}}이는 그날 반밖에 못 했는데 반도 못 받았어요."
- 과칭원 '{{p:小王}}'은 중국인 젊은 남자. 저울을 가끔 우리 쪽으로 봐 줬다고.

[EN] NGO notes
1. Slip corroborates {{r:Hyang-suk}}'s account that piece-rate earnings (about CNY 25-30 a day per worker) were collected by the team leader, {{r:Pak Myong-hui}}, on behalf of the group.
2. {{r:Kim Un-sil}} ({{r:은실}}) has given a separate statement and recognises her own signature on the slip.
3. Worker 303, {{p:Choe Yong-ae}}, is not in contact with us. Do not publish her name.
""",
    },
    {
        "id": "h61-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Sin Ok-gyong", "신옥경", "witness", ["申玉京", "옥경", "Shen Yujing"]),
            ("Kang Hye-ryon", "강혜련", "coworker", ["姜惠莲", "혜련"]),
            ("Mun Kwang-ho", "문광호", "supervisor", ["文经理", "文"]),
        ],
        "note": "Sewing-line efficiency board from a Hunchun garment factory transcribed with the witness's Korean comments and English notes; names in Hanzi, Hangul and Pinyin; the manager as 文经理 labelled whole and as 문 with a title; the surname Mun beside the Chinese word 文件; a 'red flag' and 'yellow card' column; impossible date on the board.",
        "text": """[Board transcription] 缝制车间 效率看板 / 재봉 작업장 효율 게시판
Photo taken by {{r:Sin Ok-gyong}}, {{u:Hunchun}}, 2019. Board date as written: 2019年2月30日 (sic).

线别: {{u:朝鲜}} B线   款号: JK-4471 (女式夹克)   目标: 320件/天   经理: {{r:文经理}}
| 工位 | 姓名 | 工序 | 目标 | 完成 | 效率 | 红旗/黄牌 |
| B-01 | {{r:申玉京}} ({{r:Shen Yujing}}) | 上领 | 330 | 341 | 103% | 🚩 |
| B-02 | {{r:姜惠莲}} | 合侧缝 | 330 | 298 | 90% | 黄牌 |
| B-03 | {{p:朴顺姬}} | 装拉链 | 320 | 322 | 101% | |
| B-04 | {{p:李美兰}} | 钉扣 | 350 | 260 | 74% | 黄牌 x2 |
注: 效率低于80% 扣当天饭票. -- {{r:文}}

[KR 제보자 코멘트 ({{r:옥경}} 씨, 2023 인터뷰)]
- "{{r:文经理}}은 {{u:조선}} 사람 {{r:문광호}}예요. {{u:중국}} 사장 앞에서는 {{r:文经理}}, 우리 앞에서는 {{r:문}} 지배인." 文件(서류)은 전부 그 사람이 들고 다님.
- 빨간 깃발 받은 날에도 돈은 똑같았어요. 깃발은 사진 찍으려고 주는 거.
- {{r:혜련}}이는 손목이 아파서 그 주에 계속 黄牌. {{p:美兰}} 언니({{p:이미란}})는 눈이 나빠서 단추 구멍이 안 보였어요.

[EN] Notes ({{p:T. Osei}})
- Pinyin "{{r:Shen Yujing}}" on the board is how the factory HR system rendered {{r:申玉京}}; her Korean name is {{r:Sin Ok-gyong}}.
- "Deducting the day's meal ticket below 80%" is a recurring complaint; {{r:Kang Hye-ryon}} ({{r:姜惠莲}}) describes the same rule in her statement.
- The board date 30 February cannot be right; the photo metadata says 2019-03-02.
""",
    },
    {
        "id": "h61-mixed-04",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ryom Chol-jin", "렴철진", "witness", ["Рём Чхоль Джин", "철진"]),
            ("Chang Song-bom", "장성범", "supervisor", ["Чан Сон Бом", "Чана"]),
        ],
        "note": "Transcription of a Russian house register (домовая книга) for a private house in Ussuriysk where a North Korean brigade was registered, with Korean and English notes; names in Cyrillic transcription and Hangul; a Russian case ending on the supervisor's surname; the owner and passport officer by name and patronymic; CRLF; table.",
        "text": """[Transcription] ДОМОВАЯ КНИГА для прописки граждан, проживающих в доме N 14, ул. Садовая, г. {{u:Уссурийск}}
Владелец: {{p:Гончаренко Валентина Петровна}}
Copied by the NGO from photographs provided by {{r:렴철진}}. Korean notes [KR] by {{p:문지원}}; English notes [EN] by {{p:D. Kovalenko}}.

| N | Фамилия, имя | Год рожд. | Гражданство | Откуда прибыл | Дата регистрации | Выбыл |
| 7 | {{r:Чан Сон Бом}} | 1972 | {{u:КНДР}} | {{u:Пхеньян}} | 12.03.2015 | 30.11.2017 |
| 8 | {{r:Рём Чхоль Джин}} | 1984 | {{u:КНДР}} | {{u:Хамхын}} | 12.03.2015 | - |
| 9 | {{p:Ким Сон Нам}} | 1980 | {{u:КНДР}} | {{u:Хамхын}} | 12.03.2015 | 05.06.2016 |
| 10 | {{p:Ли Гван Чхоль}} | 1988 | {{u:КНДР}} | {{u:Пхеньян}} | 01.09.2016 | 30.11.2017 |
Отметка паспортиста: регистрация по заявлению собственника. Паспортист {{p:Н. Ю. Сидоркина}}

Рукописная приписка на полях: "Все вопросы - к бригадиру {{r:Чану}}. Деньги за жильё получены от {{r:Чана}} за 2016 г. полностью. {{p:В.П.}}"

[KR] 7번 '{{r:Чан Сон Бом}}' = 작업반장 {{r:장성범}}. 8번이 제보자 {{r:렴철진}} 본인. {{r:철진}} 씨는 '출거' 칸이 비어 있는 이유가 "반장이 저를 도망자로 신고하기 전에 집주인한테 말을 안 해서"라고 설명함. 9번 {{p:김성남}}은 2016년 6월 귀국, 10번 {{p:리광철}}은 반장과 같이 2017년 11월 떠남.
[KR] 여백 메모의 '{{p:В.П.}}'는 집주인 {{p:Валентина Петровна}}의 머리글자. {{r:철진}} 씨: "{{p:발렌티나}} 할머니는 반장한테만 말을 했어요. 우리한테는 빵을 줬고요."
[EN] The register shows the brigade registered at a private house rather than at a company address. "{{r:Чану}}" and "{{r:Чана}}" are the dative and genitive of {{r:Чан}}: the owner is referring to {{r:Chang Song-bom}} throughout. The passport officer {{p:Sidorkina}} signed all four entries on the same day.
""",
    },
    {
        "id": "h61-mixed-05",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ju Kwang-nam", "주광남", "witness", ["광남", "Гена", "게나"]),
            ("Yang Chol-ho", "양철호", "supervisor", ["Ян", "Яна"]),
        ],
        "note": "VK community post recommending a North Korean renovation brigade in Khabarovsk with comments and Korean translations; the supervisor's surname Yang as Ян with a genitive identical to the woman's name Яна; a Russian nickname given to the witness; a commenter named Яна; handles; emoji.",
        "text": """[{{u:ВКонтакте}}] Сообщество "Ремонт и стройка {{u:Хабаровск}} | отзывы"
Запись от 14.06.2022

{{p:Ирина Мельникова}}: Хочу поблагодарить корейских строителей! Бригада {{r:Яна}} (бригадир {{r:Ян}}, невысокий, в кепке) за 10 дней сделала нам кровлю и забор. Особенно спасибо {{r:Гене}} - он всё время улыбался и чинил мне ещё и калитку бесплатно 😊 Телефон дам в личке.
[KR 번역: 한국인({{u:북한}}) 건설 팀에 감사. '{{r:양}}' 반장(작고 모자 쓴 사람)의 작업반이 열흘 만에 지붕과 울타리를 해 줬다. 특히 '{{r:게나}}'가 늘 웃으며 쪽문까지 공짜로 고쳐 줬다.]

Комментарии
{{p:Яна Ковальчук}}: {{p:Ирина}}, а они легально работают? Я слышала, им ничего не платят.
  {{p:Ирина Мельникова}}: {{p:Яна}}, я платила бригадиру, наличными. Что он им отдаёт - не знаю 🤷‍♀️
{{p:Сергей}} {{p:Т.}}: У {{r:Яна}} ребята правда хорошие. {{r:Гена}} этот и у меня был, по-русски уже неплохо говорит.
{{p:Яна Ковальчук}}: Жалко ребят. {{r:Гена}}, если читаешь, удачи тебе 🙏
{{p:vasya}}_dv: нелегалы, санкции, бла-бла. Делают хорошо и дёшево, остальное не моё дело
  {{p:Ирина Мельникова}}: @{{p:vasya}}_dv каждому своё

[KR 단체 메모 - {{p:남궁윤}}]
- '{{r:Гена}}({{r:게나}})'는 제보자 {{r:주광남}}. {{r:광남}} 씨: "{{u:러시아}} 아주머니들이 제 이름이 어렵다고 {{r:Гена}}라고 불렀어요. 그 쪽문은 {{p:Ирина}} 아주머니가 좋아서 고쳐 준 거예요."
- 반장 '{{r:Ян}}' = {{r:양철호}}. 'Бригада {{r:Яна}}'의 '{{r:Яна}}'는 {{r:Ян}}의 소유격이고, 댓글의 {{p:Яна Ковальчук}}은 전혀 다른 사람(여성 이름).
- {{r:광남}} 씨는 2022년 9월 {{u:하바롭스크}}를 떠남. {{r:양}} 반장은 그 뒤 작업반을 {{u:콤소몰스크나아무레}}로 옮겼다고 들었다고.
""",
    },
    {
        "id": "h61-mixed-06",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Hyon Chol-nam", "현철남", "witness", ["HYON CHOL NAM", "هيون تشول نام", "철남"]),
            ("Kil Yong-gun", "길용근", "supervisor", ["KIL YONG GUN"]),
        ],
        "note": "Kuwaiti newspaper lost-passport classified notices in Arabic and English, clipped by an NGO, with Korean notes; the same worker's name in Latin capitals and Arabic script; an employer's sponsor-style notice signed by a North Korean manager; the word gil (road) in Korean beside the surname Kil; CRLF.",
        "text": """[Clippings] Classified notices, lost documents - {{u:Arab Times}} / {{u:Al-Qabas}}, March 2017
Collected by {{p:Laila Haddad}} for the NGO; Korean notes [KR] by {{p:오세린}}.

LOST PASSPORT
I, {{r:HYON CHOL NAM}}, holder of {{u:DPRK}} passport No. 836****, have lost my passport. Finder please hand it over to the nearest police station or to the embassy concerned.
({{u:Arab Times}}, 6 March 2017)

فقدان جواز سفر
فقد جواز سفر باسم / {{r:هيون تشول نام}} - كوري الجنسية - رقم 836****. على من يجده تسليمه إلى أقرب مخفر شرطة.
({{u:القبس}}، 6 مارس 2017)

LOST PASSPORTS - EMPLOYER'S NOTICE
The following workers of our company have lost their passports: {{r:HYON CHOL NAM}}, {{p:SO MYONG SIK}}, {{p:KANG IL BONG}}. Any information to the undersigned. Signed: {{r:KIL YONG GUN}}, site manager.
({{u:Arab Times}}, 9 March 2017)

[KR] 메모
- 같은 날짜에 영어·아랍어 신문 양쪽에 {{r:현철남}} 씨 이름으로 분실 공고가 났다. {{r:철남}} 씨는 본인이 이 공고를 낸 적이 없다고 함. "여권은 처음부터 {{r:길}} 지배인 금고에 있었어요."
- 사흘 뒤 '고용주 공고'는 {{r:길용근}} 본인 이름으로 나감. 같이 적힌 {{p:소명식}}, {{p:강일봉}}은 {{r:철남}} 씨와 같은 날 현장을 떠난 사람들. {{p:소명식}} 씨는 현재 {{u:서울}} 거주, 연락 가능.
- 아랍어 공고의 '{{r:هيون تشول نام}}'은 {{r:HYON CHOL NAM}}을 소리 나는 대로 적은 것. 국적은 'كوري'(한국인)로만 적혀 남북 구분이 없음.
- {{r:철남}} 씨: "{{r:길}} 지배인은 신문에 이름을 내서 우리가 도망친 사람이라고 모두에게 알리려 한 거예요. 그 길로 우리는 대사관에도 못 가게 됐어요."
""",
    },
    {
        "id": "h61-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pak Chol-ung", "박철웅", "witness", ["Пак Чол Үн", "Pak Chol Ung", "철웅"]),
            ("Ri Kyong-sik", "리경식", "supervisor", ["Ли", "Li"]),
        ],
        "note": "Mongolian emergency dispatch card (Mongolian Cyrillic) for a fall at an Ulaanbaatar apartment site, with English translation notes and Korean comments; worker name in Mongolian Cyrillic with the letter Ү; dispatcher and ambulance doctor by initial and given name; the supervisor as Ли; Mongolian forms of address.",
        "text": """[Copy] ДУУДЛАГЫН КАРТ N 2016-08-14/0377 - 103 Түргэн тусламж, {{u:Улаанбаатар}}
Дуудлага хүлээн авсан: {{p:Б. Сарангэрэл}} (диспетчер)   Цаг: 14:22
Хаяг: {{u:Баянзүрх дүүрэг}}, барилгын талбай (орон сууцны 12 давхар)
Дуудсан хүн: барилгын инженер {{p:Ганбаатар}}, утас 9911****
Өвчтөн: Солонгос ({{u:БНАСАУ}}) ажилчин {{r:Пак Чол Үн}}, 33 настай, эрэгтэй
Шалтгаан: 4-р давхраас уналт, баруун хөл гэмтсэн, ухаантай
Бригад: эмч {{p:Д. Отгонбаяр}}, сувилагч {{p:Туяа}}   Ирсэн цаг: 14:41
Тэмдэглэл: Ажилчдын ахлагч {{r:Ли}} гэх хүн өвчтөнийг эмнэлэгт явуулахаас татгалзаж, "манай эмч үзнэ" гэв. {{p:Ганбаатар}} инженерийн шаардлагаар {{u:Гэмтэл Согог Судлалын Үндэсний Төв}} руу хүргэв.

[EN] Translation notes ({{p:Enkhjin B.}})
- Caller: site engineer {{p:Ganbaatar}}. Patient: "Korean ({{u:DPRK}}) worker {{r:Pak Chol Ung}}, 33, male; fall from 4th floor, right leg injured, conscious."
- "The workers' leader, a man called {{r:Li}}, refused to let the patient go to hospital, saying 'our own doctor will see him'. Taken to the national trauma centre at engineer {{p:Ganbaatar}}'s insistence."
- "{{p:Sarangerel}}" and "{{p:Otgonbayar}}" are given names; the initials before them are patronymic initials, as usual in {{u:Mongolia}}.

[KR] 제보자 코멘트
- {{r:철웅}} 씨: "{{r:리}} 반장은 {{r:리경식}}이에요. 병원 가면 돈 든다고 못 가게 했어요. {{u:몽골}} 기사 {{p:간바타르}} 씨가 소리를 질러서 갔어요. {{p:투야}} 간호사가 제 손을 잡아 줬어요."
- 병원에서 석 달 깁스. 그동안 반장이 "{{r:철웅}}이 때문에 계획 못 했다"고 작업반 회의에서 비판함.
""",
    },
    {
        "id": "h61-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Choe Song-jin", "최성진", "witness", ["CHOE SONG JIN", "Song-jin", "성진"]),
            ("Ryu Myong-chol", "류명철", "supervisor", ["Ryu"]),
            ("Jong Il-su", "정일수", "coworker", ["JONG IL SU"]),
        ],
        "note": "Polish clinic SMS reminder export obtained by subject access request, all sent to the brigade leader's phone, with Korean notes; Polish genitive and instrumental endings on doctors' and a patient's names; a zero-width space inside a name; Pan/Pani titles outside; surname Ryu; the given name Song-jin beside Polish words.",
        "text": """Eksport wiadomości SMS - system rejestracji przychodni (udostępniony na wniosek pacjenta, art. 15 RODO)
Numer odbiorcy dla wszystkich wiadomości: +48 5** *** 112 (telefon brygadzisty, Pan {{r:RYU}})
Tłumaczenie/komentarz [KR]: {{p:백은하}}

[2017-10-02 09:00] Przypominamy o wizycie Pana {{r:CHOE SONG JIN}} u dr. {{p:Nowaka}} (medycyna pracy) 04.10 godz. 8:15, gab. 12. Prosimy zabrać paszport.
[2017-10-04 10:40] Pacjent {{r:CHOE SONG JIN}} nie stawił się na wizytę. Prosimy o kontakt z rejestracją.
[2017-10-05 13:02] Przypominamy o wizycie Pana {{r:JONG IL SU}} u lek. {{p:Anny Wiśniewskiej}} (chirurgia) 06.10 godz. 11:30. Zdjęcie szwów.
[2017-10-16 09:00] Przypominamy o wizycie Pana {{r:CHOE SONG\u200bJIN}} u dr. {{p:Nowaka}} 17.10 godz. 8:15. W razie rezygnacji prosimy o SMS "NIE".
[2017-10-17 08:52] Wizyta odwołana przez pacjenta (SMS "NIE").
[2017-11-20 09:00] Wyniki badań Pana {{r:CHOE SONG JIN}} są do odbioru w rejestracji. Pani {{p:Ewa}} z rejestracji prosi o kontakt.

[KR]
- 모든 문자가 {{r:류명철}} 반장 전화로 갔다. {{r:성진}} 씨는 이 문자를 한 번도 본 적이 없다고 함. "10월 4일에는 반장이 '오늘은 용접 계획이 있다'고 병원에 못 가게 했어요."
- 10월 17일 'NIE'(아니요) 답장은 {{r:성진}} 씨가 보낸 게 아니다. "{{r:Ryu}} 반장이 보냈겠지요. 저는 폴란드어로 NIE가 뭔지도 몰랐어요."
- {{r:정일수}} 씨는 10월 초 철판에 손을 베여 꿰맸다. {{p:Wiśniewska}} 선생님이 "왜 이렇게 늦게 왔냐"고 했다고 {{r:일수}} 씨가 전함.
- 11월 20일 결과 문자: 폐 엑스레이 이상 소견. 반장은 {{r:Song-jin}}에게 결과를 알려 주지 않았고, 2018년 1월 {{p:Ewa}} 씨가 직접 전화를 걸어 통역 {{p:Marek}}을 통해 알려 주었다.
- 문서 속 이름 '{{r:CHOE SONG JIN}}' 중 한 건은 시스템 출력에서 보이지 않는 문자가 끼어 있음(원본 그대로 둠).
""",
    },
    {
        "id": "h61-mixed-09",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ri Son-hui", "리선희", "witness", ["RI SON HUI", "Lý Thiện Hy", "선희"]),
            ("Han Jong-nam", "한정남", "supervisor", ["HAN JONG NAM", "Hàn Chính Nam"]),
        ],
        "note": "Vietnamese guesthouse temporary-residence declaration for North Korean restaurant staff in Hanoi, with the receptionist's Vietnamese notes and Korean NGO notes; names in Latin capitals and Sino-Vietnamese readings with diacritics; Vietnamese kinship titles anh and chị outside; the word Han in Vietnamese beside the surname Han; CRLF.",
        "text": """PHIẾU KHAI BÁO TẠM TRÚ / DECLARATION OF TEMPORARY RESIDENCE
Cơ sở lưu trú: Nhà nghỉ (guesthouse), quận {{u:Đống Đa}}
Người khai: anh {{p:Trần Văn Đức}} (lễ tân)   Ngày khai: 03/07/2018

Quốc tịch của cả nhóm: {{u:Triều Tiên}}
| STT | Họ tên (hộ chiếu) | Tên đọc Hán-Việt | Năm sinh | Số hộ chiếu | Từ ngày | Đến ngày |
| 1 | {{r:HAN JONG NAM}} | {{r:Hàn Chính Nam}} | 1970 | 654**** | 03/07/2018 | 03/10/2018 |
| 2 | {{r:RI SON HUI}} | {{r:Lý Thiện Hy}} | 1994 | 836**** | 03/07/2018 | 03/10/2018 |
| 3 | {{p:KIM UN JU}} | {{p:Kim Ân Châu}} | 1995 | 836**** | 03/07/2018 | 03/10/2018 |
| 4 | {{p:CHOE HYANG}} | {{p:Thôi Hương}} | 1996 | 836**** | 03/07/2018 | 03/10/2018 |

Ghi chú của lễ tân ({{p:Đức}}):
- Ông {{r:Hàn}} giữ tất cả hộ chiếu, tự điền phiếu cho cả nhóm. Các cô gái không nói chuyện với lễ tân.
- Chị {{p:Lan}} (buồng phòng) nói cô {{r:Lý Thiện Hy}} khóc trong phòng tối 05/07. Ông {{r:Hàn}} bảo không sao.
- Hạn thanh toán: ông {{r:Han Jong Nam}} trả tiền mặt theo tháng.

[KR 단체 메모 - {{p:조해인}}]
- 1번 {{r:HAN JONG NAM}} = 식당 책임자 {{r:한정남}}. {{u:베트남}} 서류에는 한자음대로 '{{r:Hàn Chính Nam}}'으로도 적힘. 베트남어 'hàn'(용접하다)과 헷갈리지 않게 주의.
- 2번 {{r:RI SON HUI}}({{r:Lý Thiện Hy}}) = 제보자 {{r:리선희}}. {{r:선희}} 씨: "{{r:한}} 책임자가 여권을 다 가졌어요. 그날 운 건 어머니 생일이라서."
- 3번 {{p:김은주}}, 4번 {{p:최향}}은 {{r:선희}} 씨와 같은 식당 동료. 연락 안 됨, 공개 금지.
- 국적 '{{u:Triều Tiên}}'은 베트남어로 {{u:조선}}({{u:북한}})을 가리킴.
""",
    },
    {
        "id": "h61-mixed-10",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Rim Yong-ho", "림영호", "other", ["RIM YONG HO", "YONG HO", "영호", "Yong-ho"]),
            ("Rim Yong-chol", "림영철", "relative", ["영철"]),
            ("Kye Tong-il", "계동일", "coworker", ["동일"]),
        ],
        "note": "Disaster-victim-identification ante-mortem form for a North Korean fisherman missing after a squid jigger sank, completed in Korean and English from his brother's interview; the missing man's name in several forms; a tattoo of a woman's name; the word 동일 (same) beside the given name 동일; dentist and interviewer by surname and title; zero-width joiner inside a name.",
        "text": """ANTE-MORTEM (AM) DATA - MISSING PERSON / 실종자 생전 정보 (yellow form, unofficial NGO copy)
Case: sinking of a squid jigger (name withheld), SW Atlantic, 2019; 5 North Korean crew missing
AM file no.: NGO-AM-2019-03     Informant: {{r:림영철}} ({{r:Rim Yong-chol}}), brother, resident in the South since 2015
Interviewer: {{p:서하린}}   Interpreter: none (Korean)   Date of interview: 2020-01-14

A. PERSONAL DETAILS / 인적 사항
Family name: {{r:RIM}}   Given names: {{r:YONG HO}}   Korean: {{r:림영호}}
Sex: M   DOB: 1985 (month unknown; informant says "spring")   Height: approx. 168 cm
Last known location: on board the vessel, 2019-02 (last phone call to a fellow crewman's wife, {{p:Kang Ok-nyo}})

B. DESCRIPTION / 신체 특징
- Hair: black, short. Eyes: brown; wears no glasses.
- Scars: 6 cm scar on left forearm ("fell on a hook at {{u:Nampo}} harbour as a teenager" - informant).
- Tattoos: Hangul letters "{{p:순덕}}" on the inside of the right wrist (name of their late mother, {{p:박순덕}}). Informant: "형이 {{u:중국}} 배 타기 전에 어머니 이름을 새겼어요."
- Teeth: one gold crown, upper left (informant remembers it glinting "when {{r:영호}} laughed"). No dental records exist; informant's own dentist, Dr {{p:Noh}}, advised that a photo of the smile may help.

C. CLOTHING AND EFFECTS / 소지품
- Informant believes {{r:Yong-ho}} had a small silver ring given by his wife, {{p:Ju Hye\u200dyong}}, who remains in the North.
- Ship's crew list (copy obtained via the NGO's contact at the port, Mr. {{p:Álvarez}}) lists him as "{{r:RIM YONG HO}}, deckhand, crew no. 22".

D. INFORMANT'S STATEMENT (summary) / 진술 요약
{{r:영철}} 씨는 형 {{r:영호}} 씨가 2017년부터 {{u:중국}} 원양어선에서 일했다고 함. 같은 배의 {{r:계동일}} 씨가 2019년 3월 {{u:몬테비데오}}에서 구조된 뒤 {{r:영철}} 씨에게 연락해 왔다. {{r:동일}} 씨에 따르면 "배가 기울 때 {{r:영호}}는 기관실에 있었다." 두 사람 진술이 동일함. {{r:계동일}} 씨는 현재 연락 가능하며 별도 진술서 작성 예정.
선장({{p:杨}}씨), {{u:북한}} 측 작업반장 {{p:마철}}, 그리고 {{p:장금혁}}, {{p:안성국}} 등 4명의 행방은 알 수 없음.

E. DNA REFERENCE / DNA
Reference sample: brother ({{r:Rim Yong-chol}}), buccal swab, collected 2020-01-14 by {{p:서하린}}; chain of custody form attached.

Form checked by: {{p:M. Oduya}} (forensic adviser), initials {{p:MO}}, 2020-01-20.
""",
    },
    {
        "id": "h61-mixed-11",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kwak Un-ha", "곽은하", "witness", ["은하", "Un-ha"]),
            ("Pyo Chang-sun", "표창순", "supervisor", []),
        ],
        "note": "Design-review comment threads on a report layout from a collaborative design tool; staff by display names and @-mentions; a zero-width space inside a pasted name; a photo caption naming a witness to blur; the surname 표 beside the word 표 (table); emoji reactions.",
        "text": """{{u:Figma}} - "2024 Annual Report_KR-EN_v7" - Comments export (page: 04 Stories)

#12 on frame "Story 3 - Chinese seafood plant"
  {{p:Mina Cho}} · 2d: The pull quote here is from {{r:곽은하}}. She agreed to her given name only → please change "{{r:Kwak Un\u200bha}}" to "{{r:Un-ha}}". (the name was pasted from the doc, there is a hidden character in it)
    ↳ {{p:정다빈}} · 2d: 수정했어요. 그런데 사진 캡션에도 '{{r:곽은하}} 씨가 공장 기숙사를 설명하고 있다'고 되어 있어요. 캡션도 '{{r:은하}} 씨'로 바꿀게요 👍
    ↳ {{p:Mina Cho}} · 2d: 👍 and blur the face of the woman behind her, she's not a participant.

#13 on frame "Story 3 - table: deductions"
  {{p:David Ko}} · 1d: 표 위에 '관리원 {{r:표창순}}'이라고 실명이 나와요. 가해자 실명 공개는 법률 검토 필요. @{{p:Sora}} can you check with legal?
    ↳ {{p:Sora Nam}} · 1d: Legal (Ms {{p:Baek}}) says replace with "a North Korean supervisor". I'll update the text layer.
    ↳ {{p:정다빈}} · 1d: 그럼 본문에 '{{r:표}} 관리원이 말했다'는 부분도 바꿔야 해요. 3단락.
    ↳ {{p:David Ko}} · 1d: ✅ done. 그리고 '{{r:Pyo}}'라고 된 영어판 각주도 지웠어요.

#14 on frame "Story 4 - {{u:Qatar}}"
  {{p:Sora Nam}} · 5h: Photo credit says "{{p:Jake}} / NGO". Full name please: {{p:Jake Morrison}}?
    ↳ {{p:Mina Cho}} · 5h: yes {{p:Jake Morrison}}. 🙏
  {{p:Hyun-woo}} (guest) · 3h: 문장 "{{r:은하}}는 하루 14시간 새우를 깠다" → "{{r:은하}} 씨는"으로 통일해 주세요. 다른 스토리도 다 '씨' 붙였어요.
    ↳ {{p:정다빈}} · 3h: 반영 완료 😊
""",
    },
    {
        "id": "h61-mixed-12",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Yun Chol-man", "윤철만", "witness", ["Chol-man", "철만"]),
            ("Ok Hye-won", "옥혜원", "other", ["Hye-won", "혜원"]),
        ],
        "note": "Holiday-rental host-guest message thread for a flat booked for a witness interview near a Polish shipyard, with Korean side notes between staff; host's Polish diminutive; the surname 옥 beside 옥상 (rooftop); the guest's name hidden from the host by the staff; emoji; CRLF.",
        "text": """{{u:Airbnb}} - Messages with host {{p:Magdalena}} ("{{p:Magda}}") - Apartment "Sea view studio", 3 guests, 12-15 Oct
Booked by: {{r:Hye-won}} (account holder {{r:Ok Hye-won}})

{{r:Hye-won}} · 2 Oct 10:14
Hi {{p:Magda}}! We are three people coming for work meetings: me, my colleague {{p:Ji-ho}}, and a guest who will join for one night. Is early check-in possible on the 12th?

{{p:Magda}} · 2 Oct 11:02
Hello {{r:Hye-won}} 🙂 Early check-in from 12:00 is fine. Parking is in the yard, code I will send. My father {{p:Zbigniew}} lives downstairs, if anything, ask him! He speaks only Polish but he is very helpful 😄

{{r:Hye-won}} · 2 Oct 11:20
Thank you! One question: our guest prefers privacy. Could you please not put his name on the building's guest list? He is a witness in a human rights project.

{{p:Magda}} · 2 Oct 11:45
Of course. I don't need the name for the building. Only for the registration I need the name of the person who booked, so only you. Good luck with your work 🙏

[내부 메모 - 카톡 전달본]
{{r:혜원}}: 집주인한테는 {{r:철만}} 씨 이름 안 알려 줬어요. 옥상에 테라스 있어서 인터뷰는 거기서 해도 될 듯.
{{p:지호}}: 좋아요. {{r:윤철만}} 씨는 12일 저녁 {{u:Gdańsk}} 도착, 제가 역에서 픽업할게요. 통역은 {{p:Agnieszka}} 씨가 13일 오전에 옴.
{{r:혜원}}: {{r:철만}} 씨가 조선소 근처는 가기 싫대요. 예전 반장 {{p:신}}씨가 아직 근처에 있을지도 모른다고.
{{p:지호}}: 그럼 숙소에서만. {{p:Magda}} 씨 아버님께도 손님 얘기는 하지 말자.

{{r:Hye-won}} · 15 Oct 09:30
Checked out. Thank you {{p:Magda}}, and please say thank you to Mr {{p:Zbigniew}} for the apples! 🍎

{{p:Magda}} · 15 Oct 10:12
Tata says you are welcome and your friend has "good hands", he helped him fix the door 😄 Come back!
""",
    },
    {
        "id": "h61-mixed-13",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ma Yong-sil", "마영실", "witness", ["영실", "Yong-sil"]),
            ("Cha Kum-chol", "차금철", "witness", ["금철", "Kum-chol"]),
        ],
        "note": "NGO quarterly objective-and-key-results tracker in Korean and English with owners by initials and given names; case references with witnesses' names; the surname Ma beside Korean 마 (hemp) and English 'ma'; a zero-width space in an owner's name; table.",
        "text": """Q3 2024 OKR Tracker - Overseas Labour Team (내부용, 외부 공유 금지)
Last edited by {{p:Jae\u200bwon Seo}} · 2024-09-30

O1. 해외 파견 노동 증언 기록 확대 / Expand testimony collection
| KR | Key result | Owner | Status | Note |
| 1.1 | 신규 심층 인터뷰 12건 (현재 9건) | {{p:ＪＳ}} | 🟡 | {{r:마영실}} ({{u:Dandong}} seafood) 2차 인터뷰 10/8 |
| 1.2 | Russian logging testimonies: 4 → 6 | {{p:Taeho}} | 🟢 | {{r:Kum-chol}} session 3 done; transcript with {{p:Lina}} |
| 1.3 | 번역 검수 100% | {{p:Lina K.}} | 🔴 | {{r:Yong-sil}} transcript EN draft late |

O2. 정책 옹호 / Advocacy
| 2.1 | Submission to the {{u:ILO}} Committee of Experts | {{p:JS}} | 🟢 | sent 9/15 |
| 2.2 | Briefing for {{u:Seoul}} embassies x3 | {{p:Hannah}} | 🟡 | 2 done |

O3. 증언자 지원 / Witness care
| 3.1 | 모든 증언자 사후 연락 2회 | {{p:Taeho}} | 🟡 | {{r:차금철}} 씨 연락 안 됨 (9/20 이후). {{r:금철}} 씨 동생 {{p:차금순}} 씨가 "형이 이사했다"고 함 |
| 3.2 | Counselling referrals | {{p:Hannah}} | 🟢 | {{r:영실}} 씨 상담 연결 완료 (상담사 {{p:주은영}}) |

Comments
- {{p:Taeho}}: {{r:Cha Kum-chol}} 건은 위험 신호 없음, 단순 이사로 보임. 10월 첫 주 재연락.
- {{p:Lina K.}}: {{r:Ma Yong-sil}} transcript: the "마" in "마대 자루" is hemp sacking, not her surname - fixed in EN ("hemp sacks"). ma'am in the draft also removed.
- {{p:Jae\u200bwon}}: 좋습니다. Q4 목표 초안은 {{p:Hannah}}가 10/10까지.
""",
    },
    {
        "id": "h61-mixed-14",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Ju-song", "김주성", "witness", ["Kima Ju-songa", "주성"]),
            ("Ri Myong-nam", "리명남", "supervisor", ["Ri", "Riego", "Ri Myong-nama"]),
        ],
        "note": "Polish sworn translator's repertory entries for documents in a former shipyard worker's case, with Korean notes; Polish case endings on Korean names (Kima Ju-songa, Riego); the translator by name and initials; the surname Ri beside Polish words; table.",
        "text": """REPERTORIUM TŁUMACZA PRZYSIĘGŁEGO - wyciąg (pozycje 211-216/2019)
Tłumacz przysięgły języka koreańskiego: {{p:Katarzyna Lis}} ({{p:KL}})

| Nr | Data | Zleceniodawca | Opis dokumentu | Język | Stron |
| 211 | 04.03.2019 | kancelaria adw. {{p:Tomasza Zielińskiego}} | świadectwo pracy {{r:Kima Ju-songa}} wystawione przez pracodawcę | PL→KO | 2 |
| 212 | 04.03.2019 | j.w. | paski wynagrodzeń {{r:Kim Ju-song}}, 01.2017-12.2017 | PL→KO | 12 |
| 213 | 11.03.2019 | j.w. | oświadczenie {{r:Kim Ju-song}} (odręczne) | KO→PL | 4 |
| 214 | 11.03.2019 | j.w. | notatka brygadzisty {{r:Ri Myong-nama}} o "nieobecności" pracownika | KO→PL | 1 |
| 215 | 19.03.2019 | {{p:Monika Dąbrowska}} (osoba fizyczna) | list od żony pracownika, {{p:Ho Chun-mi}} | KO→PL | 3 |
| 216 | 19.03.2019 | j.w. | zaświadczenie lekarskie, dr {{p:Jan Kowalczyk}} | PL→KO | 1 |

Uwagi tłumacza ({{p:KL}}): W poz. 214 podpis "{{r:리명남}}" odręczny; w tłumaczeniu zachowano pisownię nazwiska "{{r:Ri}}" zgodnie z paszportem. Kopię notatki dostarczył pan {{r:Kim}}; oryginał pozostał u {{r:Riego}}.

[KR 메모 - {{p:성하윤}}]
- 211번의 '{{r:Kima Ju-songa}}'는 폴란드어 소유격 형태로 적힌 {{r:김주성}} 씨 이름. 214번 '{{r:Ri Myong-nama}}'도 같은 식으로 {{r:리명남}} 반장.
- {{r:주성}} 씨 말: "{{r:리}} 반장이 제가 병원 간 날을 '무단결근'이라고 썼어요. 그 종이가 제 월급을 다 가져갔어요."
- 215번 편지의 {{p:허춘미}} 씨는 {{r:주성}} 씨 아내. 편지 원문은 {{p:Monika}} 씨(교회 자원봉사자)가 맡겨 번역함.
""",
    },
    {
        "id": "h61-mixed-15",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kim Kum-ran", "김금란", "witness", ["金锦兰", "금란"]),
            ("Jo Hye-sim", "조혜심", "coworker", ["赵惠心", "혜심"]),
            ("Hwang Yong-nam", "황용남", "supervisor", ["黄队长"]),
        ],
        "note": "Chinese work-injury determination application for a North Korean garment worker's hand injury, with a Korean translation; names in Hanzi and Hangul; the team leader as 黄队长 labelled whole; the employer's contact by Chinese form of address; witness co-worker; CRLF.",
        "text": """工伤认定申请表 / 산업재해 인정 신청서 (사본, 번역 첨부)
申请人: {{r:金锦兰}}   受伤害职工: {{r:金锦兰}}   性别: 女   出生日期: 1993年4月
用人单位: ○○服装有限公司 (地址略)   联系人: {{p:刘经理}} ({{p:刘建华}})
事故时间: 2018年11月6日 22时40分   事故地点: 缝制车间 B线
受伤害部位: 左手食指、中指   职业病名称: 无

受伤害经过简述:
2018年11月6日晚加班期间, 申请人在B线操作平缝机时, 因连续工作超过十四小时, 左手被卷入机针, 食指、中指受伤。同组工人{{r:赵惠心}}当场用布包扎并报告带班人{{r:黄队长}}。{{r:黄队长}}未送医院, 次日才由{{p:刘经理}}安排到厂医务室处理。

证明人: {{r:赵惠心}}   签字: (未签)
申请人签字: {{r:金锦兰}}   申请日期: 2019年1月8日

[KR 번역 및 메모 - 번역: {{p:임소정}}]
- 신청인/재해자 {{r:김금란}}({{r:金锦兰}}). 사업장 연락 담당 '{{p:류 경리}}'({{p:刘建华}}).
- 경위: 2018.11.6 밤 잔업 중 14시간 넘게 연속 작업하다가 왼손이 재봉틀 바늘에 말려 들어가 검지·중지 부상. 같은 조 {{r:조혜심}}({{r:赵惠心}})이 천으로 감고 '{{r:黄队长}}'(작업대장 {{r:황용남}})에게 보고. {{r:황}} 대장은 병원에 보내지 않음.
- 증인란의 {{r:혜심}} 씨 서명은 비어 있다. {{r:금란}} 씨: "{{r:혜심}}이는 서명하면 귀국당한다고 {{r:황용남}}이 말해서 못 했어요."
- 이 신청서는 실제로 제출되지 않았다. 작성은 공장 중국인 직원 {{p:小赵}}가 몰래 도와줬다고 함.
""",
    },
    {
        "id": "h61-mixed-16",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Sok Chol-hwan", "석철환", "witness", ["Сок Чхоль Хван", "철환"]),
            ("Paek Ung-chol", "백웅철", "supervisor", ["Пэк", "Пэка"]),
        ],
        "note": "Russian air-ambulance request log from a remote logging camp with English and Korean notes; names in Cyrillic with case endings; the dispatcher and paramedic by surname and initials; the supervisor refusing evacuation; impossible date 31.06; the word 석 (three) beside the surname 석.",
        "text": """ЖУРНАЛ ЗАЯВОК НА САНАВИАЦИЮ (выписка) - диспетчерская, {{u:Хабаровский край}}
| N | Дата, время | Откуда | Пострадавший | Диагноз (со слов) | Решение | Диспетчер |
| 118 | 31.06.2015 14:05 | лесозаготовительный участок, 140 км от пос. | {{r:Сок Чхоль Хван}}, гр. {{u:КНДР}} | травма грудной клетки, падение дерева | вертолёт вылетел 15:30 | {{p:Ефимова Л. А.}} |
| 119 | 31.06.2015 16:50 | то же | {{r:Сок Чхоль Хван}} | - | отмена: бригадир {{r:Пэк}} отказался от эвакуации, больного увезли на машине | {{p:Ефимова Л. А.}} |
Примечание фельдшера {{p:Гусев Н. П.}}: Бригадира {{r:Пэка}} предупредил о рисках, он подписал отказ. Пострадавший по-русски не говорит.

[EN] Notes ({{p:R. Fitzgerald}})
- The date 31.06.2015 does not exist; the witness places the accident at the end of June 2015. The log is as photographed by a Russian nurse, {{p:Olga}}, who gave it to the witness later.
- The helicopter had already taken off when the brigade leader, {{r:Paek}}, cancelled. Paramedic {{p:Gusev}} wrote that he "warned {{r:Paek}} of the risks".

[KR 메모]
- {{r:석철환}} 씨: "{{r:백웅철}} 반장이 헬기 값을 회사가 물어야 한다고 취소했어요. 트럭으로 석 시간 넘게 실려 갔어요. 갈비뼈가 석 대 부러졌는데."
- 같이 트럭에 탄 {{p:문경호}}는 지금 {{u:평양}}에 있다고 들음. {{r:철환}} 씨는 {{p:올가}} 간호사 이름만 기억함.
""",
    },
]
