# ruff: noqa: E501, W291
"""Held-out evaluation passages, set 14 (blind). Markers: {{r:..}} registered private person,
{{p:..}} unregistered private person, {{u:..}} public name (figure, place, organisation,
company, ship). Built by build_heldout.py heldout14."""

PASSAGES: list[dict] = [
    {
        "id": "h14-en-01",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("An Chol-jin", "안철진", "witness", []),
            ("So Kwang-il", "소광일", "supervisor", []),
        ],
        "note": "Construction in Vladivostok, first person; surnames An and So used next to the words an/so; Russian manager with patronymic, diminutive and Cyrillic; Russian shop owner with diminutive.",
        "text": """My name is {{r:An Chol-jin}}. I was born in 1983 in {{u:Hamhung}} and was sent to {{u:Vladivostok}} in March 2015 with a brigade of the {{u:Namgang Construction Company}}. We built an apartment block near the {{u:Zolotoy Bridge}} for a Russian developer.

Our brigade leader was {{r:So Kwang-il}}. So you understand, {{r:So}} was not a bad man, but he had a quota from the company and the quota came first. Every man owed him "plan money", seven hundred dollars a month. If a man did not have it, {{r:So}} wrote him down as lazy and the political instructor read the list out at the Saturday meeting.

The instructor was {{p:Hwang Un-song}}. We said Instructor {{p:Hwang}}. He kept our passports in a safe in the dormitory and he wrote reports to the {{u:Ministry of State Security}} about who talked to Russians.

The Russian site manager was {{p:Sergei Petrovich}}. The older men said {{p:Seryozha}} behind his back, and on his office door it was written {{p:Сергей Петрович Колесников}}. {{p:Seryozha}} paid the company, not us. An hour after payday the money was already in {{r:So}}'s bag.

In the winter of 2016 my friend {{p:Kang Yong-su}} fell from the fourth-floor scaffolding and broke his hip. {{p:Yong-su}} was sent home by train through {{u:Khasan}} and I never heard from him again. After that I asked {{r:So Kwang-il}} if I could move to painting work inside. He laughed and said that an {{r:An}} from Hamhung should know his place, and that painting was for men who brought in their plan money.

I left the brigade in 2018 with the help of a Russian woman, {{p:Lyudmila}}, who ran a kiosk near the port. {{p:Lyuda}} let me sleep in her storeroom for two nights and bought me a ticket to {{u:Moscow}}. I have not told my mother what I did there, so please do not use my real name.""",
    },
    {
        "id": "h14-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("O Yong-nam", "오영남", "witness", ["Oh Young-nam"]),
            ("Ri Myong-chol", "리명철", "supervisor", ["Lee Myung-chul", "Abacus"]),
        ],
        "note": "Kuwait construction, interviewer summary; one-letter surname O with the exclamation Oh and blood type O; North/South spellings Ri/Lee; nickname; Kuwaiti engineer in Latin and Arabic script; Nepali worker in Latin and Devanagari.",
        "text": """Interview summary, 12 June 2022, {{u:Seoul}}. Interviewee: {{r:O Yong-nam}} (b. 1976, {{u:Sinpo}}, {{u:South Hamgyong}}). In his South Korean documents the name is spelled {{r:Oh Young-nam}}; he prefers {{r:O}}.

{{r:O}} worked in {{u:Kuwait}} from 2011 to 2016 on housing projects at {{u:Jahra}} for a North Korean contractor operating under the name {{u:Gulf Crown Contracting}}. He estimates 120 North Koreans on the site. The team leader was {{r:Ri Myong-chol}} (spelled {{r:Lee Myung-chul}} in a 2017 South Korean press report that {{r:O}} showed us). The men called {{r:Ri}} the "{{r:Abacus}}" because he counted everything: cement bags, cigarettes, minutes in the toilet.

Working day: 5 a.m. to 9 p.m. in summer, with a two-hour break at midday only after a Kuwaiti inspector complained. {{r:O}} says he gave blood twice at the {{u:Adan Hospital}} because blood type O was always short and donors were given a day off. {{r:Ri}} took the day off back the following week.

The site engineer, a Kuwaiti named {{p:Fahad Al-Mutairi}} (he once wrote his name for {{r:O}} as {{p:فهد المطيري}}), sometimes brought the men water and dates. {{p:Fahad}} complained to {{r:Ri}} about the hours. "Oh, they are volunteers," {{r:Ri}} told him, according to {{r:O}}.

{{r:O}} shared a container with a Nepali scaffolder employed by another firm, {{p:Ram Bahadur Thapa}} ({{p:राम बहादुर थापा}}), who let him use a phone. It was through {{p:Ram}} that {{r:O}} first heard a South Korean radio programme. {{r:Abacus}} found out in 2015; {{r:O}} was moved to night shifts and {{p:Ram Bahadur}} was told by his own company to stay away from the Koreans.

{{r:O}} left Kuwait on a home-leave ticket in 2016 and did not board the connecting flight in {{u:Beijing}}.""",
    },
    {
        "id": "h14-en-03",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ha Jong-sik", "하정식", "witness", []),
            ("Song Chol-man", "송철만", "supervisor", []),
            ("Ri Tok-hyon", "리덕현", "coworker", []),
        ],
        "note": "Qatar construction, Q/A transcript; surname Song next to the word song, surname Ha next to the interjection Ha; two unrelated men with the same surname Ha; Egyptian foreman in Latin and Arabic script.",
        "text": """Transcript, session 2, 18 March 2021. Q = interviewer. A = {{r:Ha Jong-sik}}. Interpreter present.

Q: When did you arrive in {{u:Doha}}?
A: August 2013. Forty men from {{u:Genco}}. We lived in a labour camp in the {{u:Industrial Area}}.
Q: Who was in charge of your unit?
A: {{r:Song Chol-man}}. Everybody said Manager {{r:Song}}. On holidays he made us sing a song about the General before we were allowed to eat.
Q: Which song?
A: "No Motherland Without You". Ha, you know it. {{r:Song}} sang louder than anyone.
Q: Yesterday you mentioned another man named {{p:Ha}}. A relative?
A: No, no relation. {{p:Ha Myong-guk}}. Same surname, different family. {{p:Myong-guk}} was the bookkeeper. He and {{r:Song}} kept two ledgers.
Q: Two ledgers?
A: One for the Qatari company, one for {{u:Pyongyang}}. The foreman of the Qatari company was an Egyptian, {{p:Mahmoud}}. {{p:Mahmoud Abdel-Rahman}}, I saw his card once. He wrote it like this: {{p:محمود عبد الرحمن}}.
Q: Did {{p:Mahmoud}} know about the ledgers?
A: He knew we were not paid. He showed me pictures of his son on his phone. His son was studying in {{u:Cairo}}.
Q: Were you ever injured?
A: In 2015 a steel beam hit my shoulder. Manager {{r:Song}} said it was my own fault. My roommate {{r:Ri Tok-hyon}} carried me to the clinic. {{r:Tok-hyon}} was punished for leaving the site, three days without meat.
Q: Where is {{r:Ri}} now?
A: Still in Qatar, I think, or sent on to {{u:Russia}}. His wife is in {{u:Chongjin}}.
Q: Is there anything else about {{r:Song Chol-man}} you want to add?
A: Ha. He has a new car in Pyongyang now. [laughs]""",
    },
    {
        "id": "h14-en-04",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jo Un-hui", "조은희", "witness", []),
        ],
        "note": "Short correction note; South and North spellings Choi/Choe of the same unregistered supervisor, including the struck-out wrong spelling; bare surname Jo.",
        "text": """Note 3 (corrected 14 Feb 2023). The first draft said the supervisor at the {{u:Omsk}} site was {{p:Choi Sung-ho}}; that was my South Korean spelling. The witness, {{r:Jo Un-hui}}, writes him {{p:Choe Song-ho}}.
{{r:Jo}} also corrected the date: {{p:Choe}} left for {{u:Novosibirsk}} in 2019, not 2018.
In para 6 strike "Mr {{p:Choi}}" and read "Mr {{p:Choe}}". No other changes.""",
    },
    {
        "id": "h14-en-05",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("No Su-ryon", "노수련", "witness", []),
            ("Yu Kyong-ae", "유경애", "supervisor", ["Needle"]),
        ],
        "note": "Seafood plant in Liaoning, interviewer summary; surname No next to the word no; nickname; Chinese manager in Hanzi and pinyin with given name alone; Chinese driver 'Little Zhang'; public figure Kim Il Sung.",
        "text": """Interviewer summary. Witness: {{r:No Su-ryon}}, 31, from {{u:Hyesan}}. Interviewed in {{u:Bangkok}}, 2 and 3 November 2020.

{{r:No}} was one of about 180 young women sent in 2017 to a squid-processing plant in {{u:Donggang}}, {{u:Liaoning}}, owned by {{u:Haiyang Aquatic Products Co.}} No one in her group saw a contract. The Korean team leader was {{r:Yu Kyong-ae}}, a woman of about fifty whom the workers called Aunt {{r:Yu}} to her face and "{{r:Needle}}" behind her back, because she pricked at everyone.

The Chinese floor manager was {{p:王丽娟}} ({{p:Wang Lijuan}} on her badge); the women said Manager {{p:Wang}} or, when she was friendly, simply {{p:Lijuan}}. {{r:No}} summed it up: {{p:Wang}} counted boxes, {{r:Yu}} counted women.

In December 2018 a girl from {{u:Kaesong}}, {{p:Jo Kum-byol}}, cut her hand deeply on the slicing machine. {{r:No}} says {{r:Yu}} would not let {{p:Kum-byol}} go to hospital in {{u:Dandong}} because of the rule against outside contact. In the end a Chinese driver took her, {{p:张伟}}, whom the women called Little {{p:Zhang}}. {{r:Needle}} reported Little {{p:Zhang}} to the company and he was not seen again.

Asked about days off: "No. Only the Sun's Day," meaning the birthday of {{u:Kim Il Sung}}. Her bunkmate {{p:Ri Hyang-mi}} kept a calendar on the bed frame; {{p:Hyang-mi}} counted 611 working days in a row.

{{r:No}} asked that her mother, {{p:Kim Ok-sun}}, who still lives in Hyesan, not be named in any publication.""",
    },
    {
        "id": "h14-en-06",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Moon Kwang-ho", "문광호", "witness", ["Mun Kwang-ho"]),
            ("Pak Se-ung", "박세웅", "coworker", []),
            ("Nam Il-u", "남일우", "supervisor", []),
        ],
        "note": "Long first-person statement, squid-jigging boat; Moon/Mun spellings and the word moon; Indonesian honorific 'Pak' before a name next to a Korean named Pak; Chinese owner's man in Hanzi and pinyin with the prefix 'Lao' outside the name; Indonesian deckhands; ship names.",
        "text": """Statement of {{r:Moon Kwang-ho}}, recorded in {{u:Busan}}, September 2019.

At home my name was {{r:Mun Kwang-ho}}. When I arrived in the South the officials wrote it {{r:Moon}}, like the moon in the sky, and now every form I sign says {{r:Moon}}. I was born in 1979 in {{u:Sinpo}}, where my father repaired nets for the fisheries station.

In April 2016 I was selected for a "foreign currency earning" crew. There were eleven of us. We were flown to {{u:Shenyang}}, then taken by bus to {{u:Weihai}}, and put on a Chinese squid-jigging boat called the {{u:Lu Rong Yu 1187}}. On paper the boat belonged to a company in {{u:Shidao}}, but the Korean side was run by a captain from our own country, {{r:Nam Il-u}}. Captain {{r:Nam}} had been at sea for thirty years. He was not cruel in the way some are. He simply did not see us. If a man was sick, Captain {{r:Nam}} looked at the quota sheet, not at the man.

The Chinese owner had his own man on board, an old engineer named {{p:刘建国}}. We called him Lao {{p:Liu}}, "old {{p:Liu}}", the way the Chinese crew did. {{p:Liu}} spoke a little Korean because his mother was from {{u:Yanbian}}. He was the one who told me that the owner paid the captain for each of us every month. Whatever he paid, we never saw it. Captain {{r:Nam}} said our wages were sent directly to the {{u:Korea Sea Fishing Company}} account in Pyongyang and that our families would receive rations. My wife says she received two bags of maize in three years.

Squid jigging is night work. You hang hundreds of lamps over the side and the squid come up to the light. When the moon was full the catch was poor, because the squid did not need our lamps, and on those nights the captain was in a bad mood and we were given extra work painting and chipping rust. On dark nights we worked from six in the evening until seven in the morning, then slept four or five hours in a hold that had been built for nets.

The boatswain was {{r:Pak Se-ung}}, from {{u:Kimchaek}}. {{r:Pak}} was the oldest of us, fifty-two, and he had a bad heart. {{r:Se-ung}} used to say that the sea was the only place where the Party could not see him, but he said it quietly, because there was a security man among us. I will not say which one; he was only a boy and I think he was frightened himself.

There were also six Indonesians on board, hired through an agency in {{u:Jakarta}}. They slept in a separate cabin and ate separately, but at work we were together. The one I knew best was {{p:Budi Santoso}}, from {{u:Tegal}}. {{p:Budi}} called me Pak {{r:Mun}}, because in his language "Pak" means something like "Mister". This made everyone laugh, because our boatswain really was {{r:Pak}}, so when {{p:Budi}} shouted "Pak!" two men turned round. After a while {{p:Budi}} called {{r:Pak Se-ung}} "Pak {{r:Pak}}" and called me "Pak {{r:Moon}}", which he had learned from the Chinese crew.

Another Indonesian, {{p:Agus Setiawan}}, had a fever for ten days in the winter of 2017. {{p:Agus}} asked to be taken to port. The Chinese master refused. It was {{r:Pak}} who gave {{p:Agus}} his own blanket and sat with him. After {{p:Agus}} recovered, {{p:Budi}} told me the Indonesians had not been paid for eight months either. So it was not only us.

In March 2018 {{r:Pak Se-ung}} collapsed on deck while we were hauling. Captain {{r:Nam}} radioed a transport boat, the {{u:Zhe Dai Yu 03}}, and {{r:Pak}} was transferred at sea. We were told he was taken to a hospital in {{u:Zhoushan}}. Months later Lao {{p:Liu}} told me quietly that {{r:Se-ung}} had died on the transport boat and that the body was sent home in a box through {{u:Dandong}}. Captain {{r:Nam}} never said one word about it.

I decided then. In August 2018 we came into port at {{u:Busan}} for repairs — this was the first time in my life I saw the South. The Chinese master let the Indonesians go ashore for a day. {{p:Budi}} took my hand and walked me out with them, wearing his second jacket. Nobody looked at us. At the bus station {{p:Budi}} gave me a phone number of a church. I have not been able to reach {{p:Budi Santoso}} since then. If anybody can find him in Tegal, I want him to know that Pak {{r:Moon}} is alive.

About the others: I do not know what happened to Captain {{r:Nam Il-u}}. I heard from a man who came later that Lao {{p:Liu}} was dismissed by the owner after my escape. I am sorry for that. {{p:Liu Jianguo}} was a good man. I also heard that the {{u:Lu Rong Yu 1187}} was renamed and still fishes in the same waters.

I ask that the names of the other Korean crew members not be used, because their families are still in Sinpo.""",
    },
    {
        "id": "h14-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kye Son-hwa", "계선화", "witness", []),
            ("Ma Chun-ok", "마춘옥", "supervisor", []),
        ],
        "note": "Translated unsent letter home from a restaurant in Phnom Penh; 'Ma' as address to the mother next to Manager Ma; sister and brother by given name, one-syllable 'Chol'; Khmer cashier in Latin and Khmer script; South Korean customer.",
        "text": """[Translation of an unsent letter found among the belongings of {{r:Kye Son-hwa}}, waitress at the {{u:Pyongyang Koryo Restaurant}}, {{u:Phnom Penh}}. Dated 3 May 2016. The writer addresses her mother as "엄마", rendered here as "Ma". — Translator]

Ma,

I am well, don't worry. The heat here is like the steam room of the bath house in {{u:Sariwon}}, but every day. We sing for the guests at seven and at nine, and I play the accordion now, not only the drum.

Our manager is a woman called {{r:Ma Chun-ok}}. Don't laugh, Ma, she has your name! Manager {{r:Ma}} is strict but she lets me keep the tips from the Chinese tables if I give her half. I am saving it in the lining of my winter coat, the one {{p:Un-byol}} sewed for me. Tell {{p:Un-byol}} the stitches are holding.

The cashier is a Cambodian girl called {{p:Sokha}}. She writes her name like this: {{p:សុខា}}. {{p:Sokha}} teaches me words in her language and I teach her our songs. Manager {{r:Ma}} says we must not be friends with local people, so we only talk when {{r:Ma}} is at the market.

A South Korean businessman, a Mr {{p:Yoon}}, comes every Thursday and always asks where I am from. I tell him what we are told to say. Ma, he is not a bad man. He left a book on the table once. I did not take it.

How is {{p:Chol}}? Is he still growing? Tell {{p:Chol}} his sister will bring him a real football, not a pig's bladder. And tell Grandmother {{p:Pok-sun}} that I pray for her knees, even if we are not supposed to pray.

Your daughter,
{{r:Son-hwa}}""",
    },
    {
        "id": "h14-en-08",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Jang Chol-jun", "장철준", "witness", ["JCJ"]),
        ],
        "note": "NGO internal email thread about an IT worker in Shenyang; initials JCJ and K.C.; fullwidth Latin in a messenger display name; staff names and signature initials; Chinese client in Hanzi and pinyin; diminutive Dan.",
        "text": """From: {{p:Hannah Reyes}}
To: {{p:Daniel Cho}}
Date: Tue, 7 Mar 2023 09:14
Subject: RE: RE: {{r:JCJ}} follow-up

{{p:Dan}},

Second call with {{r:JCJ}} went fine. For the file: full name {{r:Jang Chol-jun}}, b. 1994, {{u:Pyongyang}}, graduate of {{u:Kim Chaek University of Technology}}. He was on a team of nine doing outsourced app development in {{u:Shenyang}} for a front company, {{u:Liaoning Hongxiang Software}}. His messenger profile showed as "{{r:Ｊａｎｇ Ｃ.Ｊ.}}" in fullwidth letters, which he says was how they avoided keyword filters.

The team leader he refers to only as {{p:K.C.}} — he was reluctant to give the full name. Later in the call he let slip "{{p:Kim Chang-ok}}", so I assume {{p:K.C.}} = {{p:Kim Chang-ok}}. Can you check against the 2019 list?

Also: the Chinese client contact was {{p:陈志强}} ({{p:Chen Zhiqiang}}). {{r:Jang}} says {{p:Chen}} knew perfectly well who they were.

– {{p:H.}}

-----Original Message-----
From: {{p:Daniel Cho}}
Sent: Mon, 6 Mar 2023 18:40
To: {{p:Hannah Reyes}}
Subject: RE: {{r:JCJ}} follow-up

{{p:Hannah}} – yes, {{p:K.C.}} appears on the 2019 list as {{p:Kim Chang Ok}}, team leader, Shenyang. Same person I think. Please ask {{r:JCJ}} whether {{p:Kim}} confiscated the laptops at night or only the phones. {{p:Min-ji}} from the legal team needs that for the {{u:UN Panel of Experts}} submission.

Do NOT forward {{r:Chol-jun}}'s audio outside the team.

{{p:Dan}}""",
    },
    {
        "id": "h14-en-09",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Do Hyon-mi", "도현미", "witness", []),
            ("Chu Yong-bom", "주용범", "supervisor", []),
        ],
        "note": "Medical team in Tanzania, interviewer summary; surname Do next to the verb do; Tanzanian nurse; Ethiopian pharmacist in Latin and Ge'ez script; Dr before a surname.",
        "text": """Summary of interview with Dr {{r:Do Hyon-mi}}, 44, internist, from {{u:Pyongyang}}. Recorded 21 April 2022.

Dr {{r:Do}} was sent to {{u:Tanzania}} in 2014 as part of a medical team organised by the {{u:Ministry of Public Health}} and placed in a private clinic in {{u:Dar es Salaam}}. The team of seven lived above the clinic. The team head was Dr {{r:Chu Yong-bom}}, a surgeon, who collected all fees in cash. Each doctor had to hand over 1,000 US dollars a month; {{r:Chu}} forwarded it to the embassy. Doctors were expected to do acupuncture and "Koryo medicine" treatments on the side to make up the sum.

"What did we do when we could not pay? We borrowed from each other," Dr {{r:Do}} said. "Do you know, I sold my own blood pressure machine."

The Tanzanian nurse at the clinic, {{p:Neema Mushi}}, helped Dr {{r:Do}} with Swahili and warned her when health inspectors were coming, since none of the Korean doctors had a Tanzanian licence. {{p:Neema}} also found patients for the acupuncture. The pharmacist next door was an Ethiopian, {{p:Abebe Girma}}, who wrote his name on his shop sign in his own script as {{p:አበበ ግርማ}}. {{p:Abebe}} sold medicines to the team on credit.

In 2017 a patient died after an injection given by Dr {{r:Chu}}. Dr {{r:Do}} says the team head told the family it was a heart attack and that the team moved to a different building within a month. {{p:Neema Mushi}} lost her job.

Dr {{r:Do}} left the team in 2019 during a transfer through {{u:Addis Ababa}}. She asks that her husband, {{p:Kim Hyon-u}}, and her son not be mentioned.""",
    },
    {
        "id": "h14-en-10",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Choe Kwang-hyok", "최광혁", "witness", []),
            ("Son Tae-ryong", "손태룡", "supervisor", []),
        ],
        "note": "Payroll table copied from a bookkeeper's notebook, Tyumen; soft hyphen inside a name; surnames Bang, An, Son in table cells; initials of the brigade leader.",
        "text": """Payroll extract, brigade 3, {{u:Tyumen}} site, October 2017. Copied by the witness, {{r:Choe Kwang-hyok}}, from the bookkeeper's notebook. Figures in roubles.

No. | Name | Job | Gross | Plan money | Food | Paid out
1 | {{r:Choe Kwang\u00adhyok}} | welder | 62,000 | 45,000 | 9,000 | 8,000
2 | {{p:Yun Sang-do}} | welder | 62,000 | 45,000 | 9,000 | 8,000
3 | {{p:Bang Il-nam}} | plasterer | 48,000 | 35,000 | 9,000 | 4,000
4 | {{p:An Ki-chol}} | plasterer | 48,000 | 35,000 | 9,000 | 4,000
5 | {{p:Kim Mu-song}} | labourer | 41,000 | 30,000 | 9,000 | 2,000
6 | {{r:Son Tae-ryong}} | brigade leader | 90,000 | — | — | 90,000

Notes (witness): The "Plan money" column was headed in the notebook with {{r:Son}}'s initials, "{{r:S.T.R.}}". {{p:Bang}} and {{p:An}} were paid less because the plastering contract ended early. {{p:Kim Mu-song}} was nineteen; {{p:Mu-song}} sent nothing home that year. {{r:Kwang-hyok}} was later transferred to the {{u:Surgut}} site.""",
    },
    {
        "id": "h14-en-11",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Bang Sung-chol", "방성철", "witness", []),
        ],
        "note": "Short call log; surname Bang next to the noun bang; a second unrelated Bang.",
        "text": """Call log, 9 Nov. {{r:Bang Sung-chol}} rang from {{u:Yekaterinburg}}. He heard a bang on the dormitory door at 2 a.m. and thought it was the security men.
It was {{p:Bang}} from brigade 5 (no relation), drunk, looking for cigarettes.
{{r:Sung-chol}} asks us not to call him after 22:00 local.""",
    },
    {
        "id": "h14-en-12",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ma Chol-u", "마철우", "witness", []),
            ("Son Myong-ho", "손명호", "supervisor", []),
        ],
        "note": "UAE construction, first person; surname Son next to the noun son; surname Ma; Pakistani coworker in Latin and Urdu script; Emirati sponsor by given name; one-syllable nickname.",
        "text": """I am {{r:Ma Chol-u}}, forty-seven years old, from {{u:Tanchon}}. From 2014 to 2017 I worked on tower projects in {{u:Dubai}} and then {{u:Sharjah}}.

My son was born in January 2015, while I was in Dubai. I learned about it from a letter three months later. My wife named him {{p:Kwang-il}}. I have seen my son once, in a photograph.

Our section leader was {{r:Son Myong-ho}}. {{r:Son}} was from the {{u:Ministry of People's Armed Forces}} side, a former officer, and he ran the camp like a barracks. We were thirty-two men in four rooms. {{r:Son}} checked the rooms at midnight with a torch. He had a deputy, {{p:Yang Chun-sik}}, whom we called "{{p:Dog}}" because he followed {{r:Son}} everywhere. The name of {{p:Yang}} I only learned when I saw his passport at the airport.

On the site there were also workers from {{u:Pakistan}}, {{u:Bangladesh}} and {{u:Nepal}}. The one I knew was a Pakistani electrician, {{p:Imran Qureshi}}. He wrote his name for me in his language: {{p:عمران قریشی}}. {{p:Imran}} had a son too, the same age as mine, and we showed each other with our hands how tall they must be now. We could not talk, only like that.

The company that hired us was an Emirati firm. The sponsor, a local man we only knew as Mr {{p:Saeed}}, came once a month in a white car. {{p:Saeed}} shook hands with {{r:Son Myong-ho}} and gave him an envelope. Mr {{p:Saeed}} never looked at us.

In 2017, after the sanctions, we were told to go home. {{r:Son}} said anyone who talked to foreigners would be sent to a camp, and he looked at me when he said it. I do not know whether {{p:Dog}} told him about {{p:Imran}}. I went home, and I left again in 2019 across the {{u:Tumen River}}. My son is still there with his mother.""",
    },
    {
        "id": "h14-en-13",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Rim Hye-gyong", "림혜경", "witness", ["Lim Hye-kyung", "Im Hye-gyong", "Gyong-i"]),
            ("Kang Sun-hui", "강순희", "supervisor", []),
        ],
        "note": "Intake form with labels; Rim/Lim/Im spellings; fullwidth Latin name on a badge; diminutive with -i; date of birth, age and home town around names; relatives; interviewer initial plus surname; Chinese owner by surname.",
        "text": """INTAKE FORM — CONFIDENTIAL
Case no.: 2023-117
Full name: {{r:Rim Hye-gyong}}
Other spellings: {{r:Lim Hye-kyung}} (ROK ID card); {{r:Im Hye-gyong}} (Chinese work permit)
Known as: "{{r:Gyong-i}}" (at the factory)
Name on factory ID badge: {{r:ＲＩＭ ＨＹＥ-ＧＹＯＮＧ}}
Date of birth: 04/11/1989    Age at interview: 33
Home town: {{u:Kimchaek}}, {{u:North Hamgyong Province}}
Place of work abroad: garment factory, {{u:Dandong}}, {{u:China}} (2016–2020)
Employer (as known): {{u:Dandong Jinhai Garments}}
Supervisor(s): {{r:Kang Sun-hui}} (Korean team leader); factory owner Mr {{p:Liu}} (Chinese, full name unknown)
Co-workers named: {{p:Pak Ok-hwa}}, {{p:Ryu Son-a}}
Relatives in DPRK: mother {{p:Pak Myong-suk}} (b. 1961); brother {{p:Rim Hye-song}} (b. 1993, soldier)
Interviewer: {{p:S. Moreau}}
Interpreter: {{p:Jeon Ha-eun}}
Notes: {{r:Rim}} says {{r:Kang}} held all passports and kept 70% of wages as "loyalty funds". {{p:Ok-hwa}} and {{p:Son-a}} escaped with her in 2020; {{p:Ryu}} is now in {{u:Seoul}}. Team leader {{r:Kang}} was called "Comrade {{r:Sun-hui}}" by the workers. Do not contact brother.""",
    },
    {
        "id": "h14-en-14",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Gang Yong-chol", "강영철", "witness", ["Kang Yong-chol"]),
            ("Jon Tae-sik", "전태식", "supervisor", ["Bear", "Chon Tae-sik"]),
        ],
        "note": "Translated diary excerpt, logging in Amur region; surname Gang next to the noun gang; nickname Bear next to a real bear; Russian names with diminutives and Cyrillic; translator's notes; Jon/Chon spellings.",
        "text": """Excerpt from the diary of {{r:Gang Yong-chol}}, logging camp near {{u:Tynda}}, {{u:Amur Oblast}}, 2012. Translated from Korean; translator's notes in square brackets. [The writer's surname is also spelled {{r:Kang}} in South Korean records.]

14 January. Minus 41. The Russian gang came back from the upper cut today with a dead elk on the sledge. Their chief is {{p:Ivan}}, the others call him {{p:Vanya}}. {{p:Ваня}} gave us the liver. Our foreman {{r:Jon Tae-sik}} [also {{r:Chon Tae-sik}}], whom everyone calls "{{r:Bear}}", took it for the office.

20 January. {{r:Bear}} says plan money is now 120 thousand roubles a quarter. Nobody can pay that. {{p:Son-gil}} cried in the washroom. I told him {{r:Gang}} will help, but how?

3 February. A real bear came to the kitchen shed last night — a young one, woken early. The Russians shot at it and missed. {{r:Jon}} hid in the truck. For a week nobody dared call him {{r:Bear}} to his face, but behind him we laughed.

9 February. {{p:Vanya}} and his brother {{p:Kolya}} [{{p:Nikolai}}] took {{p:Son-gil}} and me to the village to sell planks. We got 4,000 roubles. {{p:Kolya}} kept 1,000. Good people.

11 February. Someone told. {{r:Jon Tae-sik}} made me stand in the snow for one hour and wrote my name in the book. {{r:Yong-chol}}, he said, you are a gang of one. [The original plays on the word 깡패, gangster.]""",
    },
    {
        "id": "h14-en-15",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Yu Chang-nam", "유창남", "witness", []),
            ("No Kyong-chol", "노경철", "supervisor", ["Roh Kyung-chul"]),
            ("Moon Song-hui", "문송희", "relative", ["Mun Song-hui"]),
            ("Jo Chun-bok", "조춘복", "coworker", ["Chun-bok"]),
        ],
        "note": "Long interviewer summary across Qatar and Russia; zero-width space inside a romanized name; surnames No, Moon, Yu, Jo, Song used also as words or in compounds; North/South spellings No/Roh and Mun/Moon; Arabic-named Qatari private persons; Russian names and diminutives; public figure Kim Jong Un; ages and home towns.",
        "text": """INTERVIEWER SUMMARY — {{r:Yu Chang-nam}}
Sessions: 4, 6 and 9 October 2021, {{u:Incheon}}. Interpreter: none (interview in Korean, summary by interviewer).

1. Background
{{r:Yu Chang-nam}}, born 1972 in {{u:Hoeryong}}, served ten years in the army construction corps before being assigned to overseas work in 2008. He is married to {{r:Moon Song-hui}} (in the North, {{r:Mun Song-hui}}), who joined him in the South in 2020 via {{u:China}} and {{u:Laos}}. They have one daughter, still in Hoeryong with {{r:Song-hui}}'s mother.

2. Qatar, 2008–2013
{{r:Yu}} worked for a North Korean construction company in {{u:Lusail}} and {{u:Al Wakrah}}, mostly on villas and a shopping centre. The unit leader was {{r:No Kyong-chol}}, spelled {{r:Roh Kyung-chul}} in a list later published by a South Korean NGO. {{r:No}} was about fifty, from {{u:Pyongsong}}, and had worked in {{u:Libya}} in the 1990s. According to {{r:Yu}}, {{r:No}} was "not a shouter": he made decisions by silence. No one was allowed to keep cash; {{r:No}} held everything in a safe in the site office.

{{r:Yu}}'s closest friend in the unit was {{r:Jo Chun-bok}}, a carpenter from {{u:Kilju}}. {{r:Chun-bok}} had a good voice and was made to lead the morning song at the loyalty session. {{r:Yu}} recalls that {{r:Jo}} changed the words once, as a joke, and that {{r:No Kyong-chol}} said nothing but cut {{r:Jo}}'s food ration for a month.

The Qatari contractor's site supervisor was a man called {{p:Khalid}}, full name recalled as {{p:Khalid Al-Naimi}}. {{p:Khalid}} was friendly and brought the Koreans fruit during Ramadan. Another contact was the Sudanese timekeeper {{p:Osman}}, who let {{r:Yu}} see the official time sheets. {{r:Yu}} says the time sheets showed ten-hour days while the men actually worked fourteen. {{p:Osman}} told him, in English, "You work for your leader, not for you." {{r:Yu}} did not understand the sentence at the time; {{r:Chun-bok}} translated it later from a dictionary.

In 2011 a worker in the unit, {{p:Song Man-sik}}, 24, fell from a villa roof and died. {{r:Yu}} says the unit was ordered to report it as a traffic accident. {{p:Man-sik}}'s body was sent home through {{u:Beijing}}. {{r:Yu}} remembers that {{r:No}} collected money from every worker "for {{p:Song}}'s family" and that he does not believe any of it arrived.

3. Russia, 2014–2019
After a year at home, {{r:Yu}} was sent to {{u:Khabarovsk}} in 2014, this time with a different company but again under {{r:No Kyong-chol}}, who had been promoted. {{r:Yu}} describes the Russia period as "freer and hungrier". Workers were allowed to find their own jobs (so-called "self-earning"), but had to pay a fixed sum of 600 to 800 US dollars a month to {{r:No}}.

{{r:Yu}} found work renovating flats for a Russian contractor, {{p:Andrei}}, whom the workers called {{p:Andryusha}}. {{p:Andrei}}'s wife, {{p:Natasha}}, cooked for them on Sundays. {{r:Yu}} says the couple paid cash on time and once hid {{r:Jo Chun-bok}} for two days when security officers came looking for him after a fight in the dormitory. {{r:Chun-bok}} later went back to the North; {{r:Yu}} has not heard from him.

In the winter of 2016, under the slogan of a "200-day loyalty campaign" announced after a speech by {{u:Kim Jong Un}}, the plan money was raised to 1,000 dollars a month. {{r:Yu}} says most men in his dormitory worked through the night on second jobs. Several fell ill. {{r:No}}'s answer, according to {{r:Yu}}: "The moon gives light at night too. Work by the moon."

4. Exit
In 2019, with help from a Korean-Russian pastor in Khabarovsk whom he asked us not to name, {{r:Yu}} crossed into China and reached the South in 2020. His wife {{r:Song-hui}} followed the same year. {{r:Moon Song-hui}} was interviewed separately (see file 21-088).

5. Assessment
The account is detailed and internally consistent. Names of supervisors match other testimony: {{r:Roh Kyung\u200b-chul}} (as copied from the NGO's online list) appears in two other files (Khabarovsk 2015, 2017). {{p:Khalid Al-Naimi}} and {{p:Osman}} could not be verified. {{r:Yu}} requests that his daughter's name never be recorded.""",
    },
    {
        "id": "h14-ko-01",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ri Kwang-chol", "리광철", "witness", []),
            ("Pak Chol", "박철", "coworker", ["철이"]),
        ],
        "note": "Construction in St Petersburg, first person; one-syllable given name with affectionate -i and vocative -a; nickname 여우 with 라고 불렀다; surname with 반장; Russian manager in Hangul; ordinary words starting with 안 next to a name.",
        "text": """저는 {{r:리광철}}입니다. 1987년 {{u:함경북도}} {{u:청진}}에서 태어났고, 2016년 봄에 {{u:상트페테르부르크}}의 아파트 건설장으로 파견되었습니다. 회사 이름은 {{u:목란건설회사}}라고 들었습니다.

같이 간 스물두 명 가운데 제일 친한 사람이 {{r:박철}}이었습니다. 동갑이라서 저는 그냥 {{r:철}}이라고 불렀고, {{r:철}}이는 저를 "{{r:광철}}아" 하고 불렀습니다. 밤에 숙소에서 {{r:철}}이가 고향 {{u:김책}} 얘기를 하면 다들 조용해졌습니다.

작업반장은 {{p:허성국}}이라는 사람이었는데, 우리는 뒤에서 "{{p:여우}}"라고 불렀습니다. 눈치가 빠르고 러시아 사람들 앞에서는 웃고 우리 앞에서는 얼굴이 달라졌기 때문입니다. {{p:허}} 반장은 한 달에 한 사람당 8만 루블씩 계획분을 거두었습니다. 못 내면 토요일 생활총화 때 이름이 불렸습니다.

러시아 쪽 현장 감독은 {{p:안드레이}}였습니다. 안전모를 안 쓰면 벌금을 물렸는데, 그 벌금도 {{p:여우}}가 우리 몫에서 떼어 갔습니다. {{p:안드레이}}는 그걸 몰랐을 겁니다.

2017년 겨울에 {{r:철}}이가 철근을 자르다가 손가락 두 개를 다쳤습니다. {{p:안드레이}}가 병원에 데려가자고 했지만 {{p:허성국}}이 안 된다고 하고 숙소에서 붕대만 감게 했습니다. 그 뒤로 {{r:박철}}은 말수가 줄었습니다.

저는 2019년에 혼자 나왔습니다. {{r:철}}아, 이 글을 볼 수는 없겠지만 미안하다.""",
    },
    {
        "id": "h14-ko-02",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jo Ha-na", "조하나", "witness", ["하나"]),
            ("Choe Yong-sun", "최영순", "supervisor", ["호랑이"]),
        ],
        "note": "Seafood plant in Hunchun, interviewer summary; given name 하나 next to the word 하나 (one); surname 조 next to 조금 and the title 조장; nickname; Chinese owner in Hanzi and as 장 사장; Korean-Chinese interpreter with 언니; one-syllable given name with -i.",
        "text": """면담 요약 (2021. 5. 14., 서울)
증언자: {{r:조하나}} (여, 29세, {{u:량강도}} {{u:혜산시}} 출신)

{{r:조하나}}는 2018년 3월 {{u:중국}} {{u:훈춘}}의 수산물 가공공장에 파견되었다. 공장은 {{u:훈춘해림수산유한공사}}로, 북한 여성 노동자 약 150명이 일했다. 증언자가 속한 조는 스무 명이었고 조장은 {{r:최영순}}이었다. 노동자들은 {{r:최}} 조장을 "{{r:호랑이}}"라고 불렀다.

증언자는 하루 14시간 동안 게와 새우 껍질을 벗겼다고 한다. 3년 동안 월급은 하나도 받지 못했고, "조금만 참으면 귀국 선물을 준다"는 말만 들었다. 휴대전화는 하나씩 나누어 주었다가 밤마다 {{r:호랑이}}가 거두어 갔다.

공장 사장은 중국인 {{p:張桂芳}}이었다. 노동자들은 그를 {{p:장}} 사장이라고 불렀다. 조선족 통역 {{p:김춘화}}는 증언자에게 친절했는데, 증언자는 그녀를 "{{p:춘화}} 언니"라고 불렀다. {{p:춘화}} 언니가 몰래 건네준 약으로 손 습진을 치료했다고 한다.

2019년 여름, 같은 조의 {{p:전미향}}이 기계에 팔을 다쳤으나 {{r:최영순}}은 병원에 보내지 않았다. {{r:하나}}가 {{p:장}} 사장에게 직접 말하자 그제야 병원에 갔다. 그 일로 {{r:하나}}는 한 달 동안 사상 검토를 받았다.

증언자는 고향에 남은 여동생 {{p:별}}이의 안전을 걱정하며 실명을 쓰지 말아 달라고 요청하였다.""",
    },
    {
        "id": "h14-ko-03",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Mun Song-jin", "문성진", "witness", []),
            ("O Tong-su", "오동수", "supervisor", []),
        ],
        "note": "Kuwait construction, Q/A transcript with 문:/답: labels and a witness surnamed 문; surname 오 with 과장 next to 오늘/오후; bare surname with 반장; ordinary word 이상 and 정도.",
        "text": """녹취록 (2차 면담, 2020. 11. 2.)
문: 면담자 / 답: {{r:문성진}}

문: {{r:문성진}} 씨, 오늘은 쿠웨이트 이야기부터 하겠습니다. 언제 가셨습니까?
답: 2012년 봄입니다. {{u:평양}}에서 {{u:베이징}}을 거쳐 {{u:쿠웨이트}}로 들어갔습니다. 회사는 {{u:남강건설}}이었습니다.
문: 현장 책임자는 누구였습니까?
답: {{r:오동수}} 과장입니다. 다들 {{r:오}} 과장이라고 불렀습니다. 오후 세 시가 제일 더운데, {{r:오}} 과장은 그 시간에도 쉬지 못하게 했습니다.
문: 작업반은 어떻게 나뉘어 있었습니까?
답: 세 개 반이었습니다. 저는 {{p:김}} 반장 밑에 있었습니다. {{p:김}} 반장 이름은 {{p:김룡남}}인데, 사람은 괜찮았습니다.
문: 하루에 몇 시간 정도 일하셨습니까?
답: 열네 시간 이상입니다. 이상하게도 라마단 때는 현지 사람들이 일을 안 하니까 우리가 더 일했습니다.
문: 동료 중에 다친 사람이 있었습니까?
답: {{p:황철국}}이라는 친구가 떨어져서 다리를 다쳤습니다. {{p:철국}}이는 치료도 제대로 못 받고 석 달 뒤에 귀국했습니다.
문: {{r:오}} 과장은 그 일에 대해 뭐라고 했습니까?
답: 본인 부주의라고 보고했습니다. {{r:오동수}}는 그해 가을에 {{u:평양}}으로 소환되었다가 다시 나왔다고 들었습니다.
문: {{r:문}} 선생님, 잠깐 쉬었다 할까요?
답: 네, 괜찮습니다.""",
    },
    {
        "id": "h14-ko-04",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Kim Yong-chol", "김영철", "witness", ["영철"]),
            ("Pak Kwang-su", "박광수", "supervisor", ["pak"]),
        ],
        "note": "Messenger chat log between two former workers; speaker labels; emoji next to names; romanized surname in small letters before 반장; typo in a given name; laughter and short forms; one-syllable given name.",
        "text": """[{{r:영철}}] [오후 9:02] 야 자냐
[{{p:동훈}}] [오후 9:03] 안잔다 ㅋㅋ
[{{r:영철}}] [오후 9:03] 오늘 면담하는 사람이 {{u:블라디보스토크}} 때 얘기 물어보더라
[{{r:영철}}] [오후 9:04] {{r:pak}} 반장 기억나?? 😡
[{{p:동훈}}] [오후 9:05] 당연하지 그 {{r:박광수}} 새끼 ㅋㅋㅋ
[{{p:동훈}}] [오후 9:05] {{r:박}}반장 지금도 거기 있다던데
[{{r:영철}}] [오후 9:06] 그리고 밥해주던 아줌마 {{p:순희}} 아줌마 🥲
[{{p:동훈}}] [오후 9:07] 😭{{p:순희}} 아줌마 보고싶다 진짜
[{{r:영쳘}}] [오후 9:07] 근데 그 러시아 기사 이름 뭐였지 {{p:사샤}}? {{p:알렉산드르}}?
[{{p:동훈}}] [오후 9:08] {{p:사샤}} 맞음 ㅋ 담배 사주던
[{{r:영철}}] [오후 9:09] 면담하는 분이 실명 써도 되냐고 해서 안된다고 했다
[{{p:동훈}}] [오후 9:10] ㅇㅇ 잘했다 {{p:혁}}이 아직 거기 있잖아
[{{r:영철}}] [오후 9:10] 맞다 {{p:혁}}이… 👍 내일 통화하자
[{{p:동훈}}] [오후 9:11] ㅇㅋ 잘자라 {{r:영철}}아""",
    },
    {
        "id": "h14-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yon Chang-hyok", "연창혁", "witness", ["창혁"]),
            ("Rim Kyong-su", "림경수", "supervisor", []),
        ],
        "note": "Letter home from Qatar; one-syllable given name 금 with -i next to 금반지 and 금이 가다 (to crack); surname 림 with 반장; wife and nephew by given name; signature by given name.",
        "text": """어머니께

어머니, 그간 몸은 괜찮으십니까. 저는 {{u:카타르}}의 {{u:도하}}에서 잘 있습니다. 여기는 한낮에 50도까지 올라가서 숨이 턱턱 막히지만, 밤에는 그래도 바람이 좀 붑니다.

우리 작업반장은 {{r:림경수}}라는 분인데, {{u:신의주}} 사람입니다. {{r:림}} 반장은 말은 거칠어도 밥은 제때 먹게 해 줍니다. 지난달에는 {{r:림}} 반장이 우리 반 사람들에게 수박을 한 통씩 사 주었습니다.

{{p:금}}이는 학교에 잘 다니는지요. {{p:금}}이한테 오빠가 돌아갈 때 금반지는 못 사도 색연필은 꼭 사 가겠다고 전해 주십시오. 

지난주에 우리가 짓던 건물 벽에 금이 가서 감독들이 난리가 났습니다. 다행히 다친 사람은 없었습니다. 그 일로 {{r:림경수}} 반장이 회사에 불려 가서 한참 혼났습니다.

{{p:옥순}}이한테도 안부 전해 주십시오. 돈은 회사를 통해 보낸다고 하니 받으면 {{p:옥순}}이가 알아서 쓰라고 하십시오. 조카 {{p:은철}}이 생일도 곧인데 챙기지 못해 미안합니다.

2015년 6월 3일
아들 {{r:창혁}} 올림""",
    },
    {
        "id": "h14-ko-06",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Song Mi-ran", "송미란", "witness", []),
        ],
        "note": "Short phone memo; surname 송 next to 송금 (remittance); unregistered interpreter by surname with 씨; ordinary negation 안 next to surname 안.",
        "text": """추가 메모 (11/3). {{r:송미란}} 씨 전화 옴. 송금은 3년 동안 한 번도 집에 닿지 않았다고 함.
{{r:송}} 씨 말로는 {{u:단둥}} 공장의 통역 {{p:안}} 씨가 중간에서 돈을 챙겼다고 함. {{p:안}} 씨 이름은 안 알려 줌(모른다고 함).
다음 주 화요일 오후 재통화 예정.""",
    },
    {
        "id": "h14-ko-07",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Han Myong-su", "한명수", "witness", ["꺽다리"]),
            ("Byon Il-gwang", "변일광", "supervisor", []),
        ],
        "note": "Personal record form with labels; nickname; date of birth, age and home town around names; relatives; surname with 소대장; interviewer.",
        "text": """신상 기록표 (비공개)
사건 번호: 2022-046
성명: {{r:한명수}}
이명/별칭: "{{r:꺽다리}}" (현장에서 부르던 별명)
생년월일: 1985. 7. 2. (면담 당시 만 37세)
출신지: {{u:평안남도}} {{u:순천시}}
파견 기간: 2015. 4. ~ 2019. 11.
파견지: {{u:러시아}} {{u:모스크바}} 주택 건설 현장
소속 회사: {{u:조선모란봉건설총회사}}
현지 책임자: {{p:장경호}} (지배인), {{r:변일광}} (소대장)
가족 사항: 처 {{p:리순영}} (1987년생), 아들 {{p:한은성}} (2012년생), 모 {{p:최금녀}}
동료 (증언자 진술): {{p:권대혁}}, {{p:황}}(이름 모름)
면담자: {{p:정수빈}}
비고: {{r:변}} 소대장이 여권을 보관함. {{r:한명수}}는 2019년 귀국 직전 {{u:모스크바}}에서 이탈. 처 {{p:순영}}과 연락 두절.""",
    },
    {
        "id": "h14-ko-08",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Jang Tok-su", "장덕수", "witness", []),
            ("Bae Song-ho", "배성호", "supervisor", ["곰", "Pae Song-ho"]),
            ("Sok Yong-nam", "석영남", "coworker", ["석이"]),
        ],
        "note": "Long first-person statement, logging in Amur region; nickname 곰 next to a real bear; surname 배 next to 배 (belly, boat); one-syllable affectionate name 석이; Russian driver in Hangul, Cyrillic and diminutive; ordinary words 이상, 정말, 전부; public figure.",
        "text": """진술서

저는 {{r:장덕수}}이고, 1975년 {{u:함경남도}} {{u:단천}}에서 태어났습니다. 2010년부터 2015년까지 {{u:러시아}} {{u:아무르주}} {{u:틴다}} 근처의 벌목장에서 일했습니다. 우리 사업소는 {{u:림업성}} 산하라고 했고, 현지에서는 {{u:제12임업대표부}}라고 불렀습니다.

벌목장 책임자는 {{r:배성호}}였습니다. 몸집이 크고 목소리가 굵어서 우리는 모두 그를 "{{r:곰}}"이라고 불렀습니다. 처음 간 날 {{r:곰}}이 우리를 세워 놓고 "여기서는 내가 법이다"라고 했습니다. {{r:배}} 책임자는 계획을 못 채운 사람에게 밥을 반만 주었습니다. 그래서 겨울 내내 배가 고팠습니다. 배고픈 것보다 추운 것이 더 무서웠지만, 둘이 같이 오면 정말 견디기 힘들었습니다.

저와 같이 톱질을 한 짝은 {{r:석영남}}이었습니다. 저보다 열 살 어려서 저는 {{r:석}}이라고 불렀습니다. {{r:석}}이는 {{u:혜산}} 출신인데, 말이 빠르고 노래를 잘했습니다. 밤에 천막에서 {{r:석}}이가 노래를 부르면 {{r:곰}}도 가만히 듣곤 했습니다.

통나무를 철도역까지 실어 나르는 기사는 러시아 사람 {{p:바실리}}였습니다. 러시아 사람들은 그를 {{p:바샤}}라고 불렀고, 트럭 유리에는 {{p:Вася}}라고 씌어 있었습니다. {{p:바샤}}는 우리에게 담배와 빵을 싸게 팔았고, 가끔은 그냥 주었습니다. {{r:배성호}}는 {{p:바샤}}와 거래를 해서 나무 일부를 따로 팔았는데, 그 돈은 전부 {{r:곰}}의 주머니로 들어갔습니다. 우리는 이상하다고 생각했지만 아무 말도 못 했습니다.

2012년 2월에 진짜 곰이 나타났습니다. 겨울잠에서 일찍 깬 곰이 부엌 창고를 뒤졌습니다. 밥 짓던 {{p:옥희}} 아주머니가 소리를 질러서 다들 뛰어나갔는데, {{r:곰}}, 그러니까 {{r:배}} 책임자는 트럭 운전석에 숨어서 나오지 않았습니다. 그날 이후 우리끼리는 "진짜 곰이 오니까 가짜 곰이 숨더라"라고 웃었습니다. 물론 {{r:배성호}} 앞에서는 아무도 웃지 못했습니다.

2013년 겨울에 {{r:석}}이가 쓰러지는 나무에 다리를 맞았습니다. 뼈가 부러졌는데 {{r:곰}}은 병원에 보내지 않고 천막에 눕혀 두었습니다. 결국 {{p:바샤}}가 자기 트럭으로 {{r:석영남}}을 {{u:틴다}} 병원에 데려다주었습니다. 그 일로 {{p:바실리}}는 사업소와 거래가 끊겼고, {{r:석}}이는 석 달 뒤 {{u:하바롭스크}}를 거쳐 귀국했습니다.

그해 {{u:김정은}}의 지시라며 충성자금 액수가 두 배로 올랐습니다. 한 사람당 한 해에 1,500달러였습니다. 전부 낼 수 있는 사람은 없었습니다. {{r:곰}}은 못 낸 사람의 이름을 적어 대표부에 보고했고, 그 명단에 제 이름도 있었습니다. 저는 2015년 봄 {{p:바샤}}의 도움으로 벌목장을 빠져나와 {{u:블라디보스토크}}로 갔습니다. 그 뒤 {{r:곰}}이 어떻게 되었는지는 모릅니다. {{r:석}}이 소식도 모릅니다.

이 진술에 나오는 {{r:석영남}}의 이름은 절대 밝히지 말아 주십시오. {{r:석}}이의 어머니는 아직 {{u:혜산}}에 계십니다.""",
    },
    {
        "id": "h14-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jin Yong-ok", "진영옥", "witness", []),
            ("Ri Chang-gun", "리창근", "supervisor", []),
        ],
        "note": "Medical team in Angola, interviewer summary; Angolan nurse in Hangul and Latin; Nigerian patient's relative; surname with 원장 and 선생; ordinary words 진료, 진짜 next to surname 진.",
        "text": """면담 요약: {{r:진영옥}} (여, 51세, 내과 의사, {{u:평양의학대학}} 졸업)

{{r:진영옥}}은 2013년부터 2018년까지 {{u:앙골라}} {{u:루안다}}의 개인 병원에서 일했다. 의료단은 모두 여섯 명이었고, 책임자는 외과 의사 {{r:리창근}}이었다. 의료단원들은 그를 {{r:리}} 원장이라고 불렀다. {{r:리}} 원장은 매달 한 사람당 800달러를 거두어 {{u:대사관}}에 바쳤다고 한다.

현지 면허가 없었기 때문에 진료는 주로 밤에, 또는 환자의 집에서 했다. 증언자는 "진짜 의사로 대접받은 적은 한 번도 없었다"고 말했다. 부족한 돈은 침술과 고려약 판매로 메웠다.

병원의 앙골라인 간호사 {{p:마리아 페레이라}}({{p:Maria Pereira}})가 포르투갈어 통역을 도왔다. {{p:마리아}}는 {{r:진}} 선생에게 현지 말을 가르쳐 주었고, 단속이 나올 때면 미리 알려 주었다. 2016년에는 나이지리아 출신 상인 {{p:Chukwuemeka Obi}}의 아내가 침을 맞은 뒤 감염되어 큰 문제가 되었다. {{p:오비}} 씨는 경찰에 신고하겠다고 했으나 {{r:리창근}}이 돈을 주고 무마했다.

그 일 뒤로 {{p:마리아}}는 병원을 그만두었다. 증언자는 2018년 귀국 명령을 받고 {{u:아디스아바바}} 경유 중 이탈하였다. 남편 {{p:황}} 씨와 딸은 {{u:평양}}에 있다.""",
    },
    {
        "id": "h14-ko-10",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Kang Un-ju", "강은주", "witness", []),
            ("Mun Hye-ryon", "문혜련", "supervisor", []),
        ],
        "note": "Restaurant in Vientiane, first person; surname 강 next to 메콩강 and 강 (river); surname 문 with 지배인 next to 문 (door); Lao cook in Lao script and Hangul; ordinary word 이상.",
        "text": """저는 {{r:강은주}}입니다. 2014년부터 2017년까지 {{u:라오스}} {{u:비엔티안}}에 있는 {{u:평양친선관}} 식당에서 접대원으로 일했습니다.

식당 책임자는 {{r:문혜련}} 지배인이었습니다. {{r:문}} 지배인은 아침 여섯 시에 문을 열고 밤 열한 시에 문을 잠갔습니다. 우리는 그 사이에 밖으로 나갈 수 없었습니다. 식당 뒤에는 메콩강이 흘렀는데, 3년 동안 강가에 나가 본 것은 딱 두 번이었습니다.

주방에는 라오스 사람 요리사가 한 명 있었습니다. 이름은 {{p:ສົມພອນ}}, 우리는 {{p:솜폰}} 아저씨라고 불렀습니다. {{p:솜폰}} 아저씨는 우리가 배고플 때 몰래 찹쌀밥을 주었습니다. {{r:문혜련}}이 그것을 알고 {{p:솜폰}}을 내보내려고 했지만 주인이 반대했습니다.

같이 일한 동무 중에 {{p:리설향}}이 있었습니다. {{p:설향}}이는 노래를 제일 잘해서 손님들이 팁을 많이 주었는데, 그 돈은 전부 {{r:문}} 지배인에게 바쳐야 했습니다. 어느 날부터 {{p:설향}}이가 이상하게 말이 없어지더니, 2016년 봄에 갑자기 귀국했습니다.

저는 2017년 가을, 식당이 문을 닫기 직전에 강을 건너 {{u:태국}}으로 나왔습니다. 그때 도와준 분이 {{p:Somsak}}이라는 태국 사람이었는데, 자기 이름을 {{p:สมศักดิ์}}이라고 적어 주었습니다. 강은 밤에 건넜습니다. {{r:강}}씨 성을 가진 제가 강을 건넌다고 {{p:Somsak}}이 웃었습니다.""",
    },
    {
        "id": "h14-ko-11",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Kim Yong-ho", "김영호", "witness", []),
            ("Sok Kwang-nam", "석광남", "supervisor", ["영감"]),
        ],
        "note": "Roster table from memory; nickname 영감 (also an ordinary word); surname 도 followed by the particle 도; surname 하; one-syllable surname only; ages and home towns in columns.",
        "text": """제2작업반 명단 (2018년 8월 기준, {{u:이르쿠츠크}} 현장. 증언자 {{r:김영호}}의 기억에 의함)

번호 | 이름 | 나이 | 출신 | 직무 | 비고
1 | {{r:석광남}} | 52 | {{u:신의주}} | 작업반장 | "{{r:영감}}"이라 불림
2 | {{r:김영호}} | 38 | {{u:원산}} | 미장공 | 증언자 본인
3 | {{p:도철민}} | 27 | {{u:함흥}} | 미장공 | 
4 | {{p:하명진}} | 31 | {{u:사리원}} | 용접공 | 2018. 10. 부상
5 | {{p:우}}(이름 모름) | 40대 | {{u:개성}} | 운전 | 보위원으로 의심
6 | {{p:조광호}} | 24 | {{u:함흥}} | 잡역 | 

비고: {{p:도철민}}도 {{p:조광호}}와 같은 함흥 출신이라 둘이 늘 붙어 다녔다. {{p:하명진}}은 용접 중 눈을 다쳤으나 {{r:영감}}은 작업을 계속 시켰다. 영감이라는 말은 원래 나이 든 남자를 부르는 말인데, {{r:석}} 반장은 그 별명을 싫어했다. {{p:우}} 씨는 밤마다 {{r:석광남}}에게 따로 보고했다.""",
    },
    {
        "id": "h14-ko-12",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Paek Sun-ok", "백순옥", "witness", []),
        ],
        "note": "Correction note to an interview record; wrong and right forms of an unregistered supervisor's name both marked; surname with 과장; Chinese manager in Hanzi; ordinary words 정정, 장소 next to surnames 정 and 장.",
        "text": """면담 기록 정정 (2022. 9. 30.)

1. 3쪽 둘째 문단에 공장 책임자를 "{{p:정명수}}"로 적었으나, 증언자 {{r:백순옥}} 확인 결과 "{{p:정명식}}"이 맞음. 이하 모두 {{p:정명식}}으로 정정.
2. 5쪽 "{{p:장}} 부장"은 "{{p:장}} 과장"의 오기. {{p:장}} 과장은 중국인 관리자 {{p:张海燕}}의 통역을 겸했다고 함.
3. 면담 장소는 서울이 아니라 {{u:인천}}임.
4. {{r:백}} 씨는 2017년이 아니라 2016년에 {{u:단둥}}에 도착했다고 정정함. {{r:순옥}} 씨 본인이 달력을 보고 확인.

작성: {{p:윤지혜}}""",
    },
    {
        "id": "h14-ko-13",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Sok Jin-u", "석진우", "witness", []),
            ("Ri Song-il", "리성일", "supervisor", ["이성일"]),
        ],
        "note": "UAE construction, first person; zero-width space inside a Hangul name copied from a messenger; Ri/이 forms; surname 성 confusable with 성공; Indian and Emirati private persons in Hangul, Latin and Arabic; son by one-syllable name.",
        "text": """저는 {{r:석진우}}입니다. 2013년부터 2017년까지 {{u:아랍에미리트}} {{u:아부다비}}와 {{u:두바이}}의 건설 현장에서 일했습니다.

우리 단위 책임자는 {{r:리성일}}이었습니다. 남쪽에 와서 보니 신문에는 {{r:이성일}}이라고 나와 있더군요. 나중에 한 동료가 보내 준 메시지를 복사했더니 이름이 "{{r:리\u200b성일}}"처럼 이상하게 붙어 나왔는데, 같은 사람입니다. {{r:리}} 책임자는 늘 "계획을 성공적으로 수행하라"는 말만 했습니다.

현장 반장은 {{p:성}} 반장이었는데, 이름은 {{p:성기남}}입니다. {{p:성}} 반장은 {{u:남포}} 사람으로, 우리와 같이 땀을 흘리는 사람이었습니다. 성공한 사람이라고는 {{r:리성일}} 한 사람뿐이었습니다.

인도에서 온 전기공 {{p:라지}}와 친하게 지냈습니다. 본명은 {{p:Rajesh Kumar}}라고 했습니다. {{p:라지}}는 휴대전화로 자기 딸 사진을 보여 주었고, 저는 아들 {{p:훈}}이 얘기를 했습니다. 말은 안 통해도 손짓으로 다 알아들었습니다.

현지 회사 감독은 {{p:Ahmed Al-Shamsi}}였습니다. 사무실 문패에는 {{p:أحمد الشامسي}}라고 적혀 있었습니다. {{p:아흐메드}}는 우리가 하루 열여섯 시간 일하는 것을 알고 있었지만, 계약서에는 여덟 시간으로 되어 있었습니다.

2017년 제재 이후 귀국 명령이 내려왔고, 저는 귀국해서 2019년에 다시 탈북했습니다. {{p:훈}}이는 지금 어머니와 함께 {{u:남포}}에 있습니다.""",
    },
    {
        "id": "h14-ko-14",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jong Min-hyok", "정민혁", "witness", ["ＭＩＮ", "Min"]),
            ("Kim Chol-ho", "김철호", "supervisor", ["ㄱㅊㅎ"]),
        ],
        "note": "IT team in Shenyang, interviewer summary; fullwidth Latin handle; Korean consonant initials; Latin initial with 씨; Chinese client in Hanzi; ordinary words 정도, 민간 near surname 정 and given name 민.",
        "text": """면담 요약 (IT 인력 파견, 2023. 2. 8.)

증언자 {{r:정민혁}}(33세, {{u:평양}} 출신)은 2017년부터 2021년까지 {{u:중국}} {{u:선양}}의 아파트에서 IT 개발팀원으로 일했다. 팀은 여덟 명이었으며, 중국 회사 {{u:선양화신과기}}의 이름으로 외주 일감을 받았다. 증언자는 온라인 작업용 계정 이름으로 "{{r:ＭＩＮ}}"을 썼는데, 전각 영문자로 적어야 검색에 걸리지 않는다고 팀장이 지시했다고 한다. 고객들은 그를 그냥 "{{r:Min}}"이라고 불렀다.

팀장은 {{r:김철호}}였다. 팀원들은 메모나 메신저에서 그를 "{{r:ㄱㅊㅎ}}"라고만 적었다. {{r:김}} 팀장은 한 사람당 매달 3,000달러 정도의 실적을 요구했고, 못 채우면 잠을 재우지 않았다고 한다.

중국 쪽 연락책은 {{p:赵明}}이었고, 팀원들은 "{{p:자오}} 사장"이라 불렀다. 증언자에 따르면 {{p:자오}} 사장은 이들이 북한 사람임을 알고 있었다.

팀에는 {{u:국가보위성}} 소속으로 보이는 사람이 한 명 있었는데, 증언자는 그를 "{{p:K}}씨"라고만 불렀다. 민간인처럼 행동했지만 {{p:K}}씨는 모든 대화를 기록했다.

증언자는 2021년 노트북을 반납하러 가는 길에 이탈하였다. 같은 팀의 {{p:민수}}(성은 모름)가 아직 선양에 있는지 알고 싶어 한다.""",
    },
    {
        "id": "h14-ko-15",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Nam Kwang-jin", "남광진", "witness", []),
            ("Yom Chang-sik", "염창식", "supervisor", []),
        ],
        "note": "Fishing boat in Russian waters, first person; surname 남 next to 남쪽/남은; surname with 선장; Russian inspector in Hangul, Cyrillic and diminutive; Vietnamese crewman with diacritics and in Hangul; ship names; 배 as boat.",
        "text": """저는 {{r:남광진}}이고 {{u:함경북도}} {{u:김책시}} 출신입니다. 2015년에 {{u:러시아}} 수역에서 명태를 잡는 합영 어선 {{u:대양 5호}}에 올랐습니다.

선장은 {{r:염창식}}이었습니다. {{r:염}} 선장은 배 위에서는 왕이었습니다. 남은 식량이 얼마인지, 언제 항구에 들어갈지 모두 {{r:염}} 선장 혼자 정했습니다. 배가 남쪽으로 내려갈 때마다 우리는 혹시 하고 기대했지만, 항상 {{u:나홋카}}로 돌아갔습니다.

러시아 쪽 검사관은 {{p:세르게이}}였습니다. 서류에는 {{p:Сергей Волков}}라고 적혀 있었고, 선원들은 {{p:세료자}}라고 불렀습니다. {{p:세료자}}는 어획량을 검사하러 올 때마다 {{r:염창식}}에게서 봉투를 받았습니다.

배에는 베트남 선원 두 명도 있었습니다. 한 명은 {{p:Nguyễn Văn Hùng}}, 우리는 {{p:훙}}이라고 불렀습니다. {{p:훙}}은 손재주가 좋아서 그물을 잘 고쳤습니다. 다른 한 명은 {{p:Trần Minh Đức}}이었는데, 저는 그 사람과 말을 해 본 적이 없습니다.

2017년 겨울, 제 동료 {{p:탁영범}}이 그물에 손이 끼어 손가락을 잃었습니다. {{r:염}} 선장은 배를 돌리지 않았고, {{p:영범}}이는 열흘 동안 붕대만 감고 일했습니다. 저는 그때 {{r:남광진}}이라는 이름을 버리더라도 꼭 살아서 나가겠다고 결심했습니다.""",
    },
    {
        "id": "h14-mixed-01",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Yang Ok-ju", "양옥주", "witness", []),
            ("Jong Song-nam", "정성남", "supervisor", ["Jeong Seong-nam"]),
        ],
        "note": "Bilingual interviewer notes, Novosibirsk construction; Jong/Jeong spellings and Hangul of the same supervisor; witness in both scripts; Russian kitchen owner with diminutive; Korean bare surname with 반장 inside English text.",
        "text": """Interview notes — {{r:Yang Ok-ju}} ({{r:양옥주}}), 2nd session, 15 Aug 2022
면담 장소: {{u:서울}} 사무실 / interpreter not needed

- {{r:Yang}} worked as a cook for a construction unit in {{u:Novosibirsk}}, 2016–2019. 남편과 함께 파견된 경우 (husband {{p:Cha Myong-guk}} was a plasterer in the same unit).
- Unit head: {{r:Jong Song-nam}} — she spells it {{r:Jeong Seong-nam}} now, "남쪽 식으로". Hangul: {{r:정성남}}. {{r:정}} 반장 took her food budget and bought cheaper rice; she had to make up the difference from tips.
- 식당 보조: a Russian woman, {{p:Tatiana}}, "{{p:Tanya}}". {{p:Tanya}} rented them the kitchen. {{r:양옥주}} 씨 says {{p:Tanya}} paid her directly twice without {{r:Jong}} knowing.
- 2018: {{p:Cha}} fell ill (hepatitis?). {{r:Jong}} refused hospital. 남편 {{p:차명국}}은 결국 귀국 조치됨.
- She left in 2019 alone. 아직 남편 소식 모름.
- Follow-up: ask about {{r:Jeong}}'s deputy, name given only as "{{p:Ko}}" / "{{p:고}} 부반장".""",
    },
    {
        "id": "h14-mixed-02",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Yu Sun-hui", "유순희", "witness", ["sunhee"]),
        ],
        "note": "Messenger chat between interviewer and interpreter; names in small letters; zero-width space in a pasted name; surname yu next to you; ok as a word next to a person named Ok-bun; emoji next to names; typos; Korean particles on romanized and Hangul names.",
        "text": """{{p:jiwon}} 🌸: hi! r u free to talk abt the {{u:Dandong}} interview?
me: yes 10 min
{{p:jiwon}} 🌸: ok so {{r:yu}} said the team leader was {{p:kim ok\u200b-bun}} not {{p:kim ok-sun}}, i misheard 😅
me: ok noted. {{r:yu sun-hui}} or {{r:유순희}}, which spelling for the file
{{p:jiwon}} 🌸: she writes {{r:Yu Sun-hui}}. her kakao name is just "{{r:sunhee}}" 🙂
me: ok. and the chinese boss?
{{p:jiwon}} 🌸: 老{{p:黄}}… everyone said "{{p:Huang}} laoban". {{p:황}} 사장 in korean
me: did {{r:yu}} give a full name for him
{{p:jiwon}} 🌸: no. only {{p:黄}}. sry
{{p:jiwon}} 🌸: also {{p:ok-bun}}이 she hit girls with a ruler 😢 {{r:순희}}도 맞았대
me: thank you so much. you ok?
{{p:jiwon}} 🌸: yeah just tired. ttyl""",
    },
    {
        "id": "h14-mixed-03",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Pyon Mi-hyang", "변미향", "witness", ["Byun Mi-hyang"]),
            ("So Chun-hwa", "소춘화", "supervisor", []),
        ],
        "note": "Transcript with line-by-line translation, electronics factory in Dalian; each name in Hangul and romanized form; surname So next to English 'so'; surname 소 with 지도원; Chinese line manager in Hanzi and pinyin; one-syllable given name.",
        "text": """Transcript excerpt, interview 22-031, {{u:Dalian}} factory. Korean original followed by English translation.

[KO] 문: 공장에서 누가 감독했습니까?
[EN] Q: Who supervised you at the factory?
[KO] 답: {{r:소춘화}} 지도원이요. {{r:소}} 지도원은 우리보다 다섯 살 많았어요.
[EN] A: Instructor {{r:So Chun-hwa}}. Instructor {{r:So}} was five years older than us.
[KO] 답: 중국 라인장은 {{p:孙丽}}였는데, 우리는 {{p:쑨}} 언니라고 했어요.
[EN] A: The Chinese line manager was {{p:Sun Li}}; we called her Sister {{p:Sun}}.
[KO] 답: 제 짝은 {{p:옥}}이었어요. {{p:옥}}이는 열아홉 살이었어요.
[EN] A: My partner on the line was {{p:Ok}}. {{p:Ok}} was nineteen.
[KO] 문: {{r:변미향}} 씨, 하루에 몇 시간 일했나요?
[EN] Q: Ms {{r:Pyon}}, how many hours a day did you work?
[KO] 답: 열두 시간, 바쁠 때는 열여섯 시간. 그래서 {{p:옥}}이가 쓰러졌어요.
[EN] A: Twelve hours, sixteen when busy. So {{p:Ok}} collapsed.
[KO] 답: {{r:소}} 지도원은 꾀병이라고 했어요.
[EN] A: Instructor {{r:So}} said she was faking it.

[Translator's note: the witness now spells her name {{r:Byun Mi-hyang}}. "언니" rendered as "Sister".]""",
    },
    {
        "id": "h14-mixed-04",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("O Chol-min", "오철민", "witness", ["Oh Cheol-min"]),
            ("Kim Yong-su", "김영수", "supervisor", []),
        ],
        "note": "NGO internal email thread in English and Korean; surname O/Oh and the interjection oh; soft hyphen inside a Hangul name pasted from a web page; staff names and sign-offs; bare surname 김 with 대표; Kuwaiti company public.",
        "text": """From: {{p:박서연}} <research team>
To: {{p:Mark Feldman}}
Subject: Re: {{r:오철민}} case — names check

{{p:Mark}},

네, 확인했습니다. The witness is {{r:O Chol-min}} (ROK ID: {{r:Oh Cheol-min}}). 쿠웨이트 현장 책임자 이름은 "{{r:김\u00ad영수}}"로 보도된 기사에 나오는데, 기사에서 복사하니 중간에 이상한 문자가 들어가 있네요. It is the same {{r:Kim Yong-su}} that {{r:O}} names. {{r:김}} 대표라고 불렸다고 합니다.

Oh, and {{r:오철민}} 씨 asked again that his brother {{p:오철호}} not appear anywhere.

{{p:서연}}

> On 3 May, {{p:Mark Feldman}} wrote:
> {{p:Seo-yeon}}, can you check whether the Kuwait supervisor "{{r:Kim Yong Su}}" in {{r:O}}'s statement is the same man as in the 2017 {{u:Korea JoongAng Daily}} piece? Also, who is "Mr {{p:Mahdi}}"? The contractor {{u:Kharafi National}} is public, fine.
> — {{p:M.F.}}""",
    },
    {
        "id": "h14-mixed-05",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Bang Hyon-ae", "방현애", "witness", []),
        ],
        "note": "Short bilingual note; surname 방 next to 방 (room) and English 'bang'; one-syllable given name; Russian landlord by diminutive.",
        "text": """Note 14/06: {{r:방현애}} 씨 ({{r:Bang Hyon-ae}}) called. 기숙사 방이 너무 추워서 {{u:Ussuriysk}} 시절 이야기를 더 하고 싶지 않다고 함.
She mentioned the landlord {{p:Tolya}} banged on the door every night; {{r:Bang}} 씨 thinks {{p:Tolya}} reported them.
동생 {{p:진}}이 소식은 아직 없음. Call again Friday.""",
    },
    {
        "id": "h14-mixed-06",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ryu Song-chol", "류성철", "witness", ["Yu Song-chol"]),
            ("Chae Kum-nam", "채금남", "supervisor", []),
        ],
        "note": "Bilingual roster of a logging brigade; names in Hangul and romanized columns; Ryu/Yu spellings; surnames So, Yu, Ha, No in cells; English remark column with 'no'; initials.",
        "text": """Brigade roster / 작업반 명단 — {{u:Khabarovsk Krai}} logging site, winter 2015 (reconstructed by witness {{r:Ryu Song-chol}})

# | 이름 | Name | Role / 직무 | Remarks
1 | {{r:채금남}} | {{r:Chae Kum-nam}} | 반장 / brigade leader | kept passports
2 | {{r:류성철}} | {{r:Ryu Song-chol}} | 톱수 / sawyer | witness; ROK spelling {{r:Yu Song-chol}}
3 | {{p:소명일}} | {{p:So Myong-il}} | 톱수 / sawyer | partner of {{r:Ryu}}
4 | {{p:하경수}} | {{p:Ha Kyong-su}} | 운반 / hauler | injured Feb 2015, no treatment
5 | {{p:노은혁}} | {{p:No Un-hyok}} | 취사 / cook | 
6 | {{p:유광}} | {{p:Yu Kwang}} | 운반 / hauler | one-syllable given name; no relation to witness

Remarks: {{p:S.M.I.}} = {{p:So Myong-il}} in the witness's notebook. {{p:No}} was also the brigade's informer, according to {{r:Ryu}}. {{r:채}} 반장 and {{p:Ha}} were from the same town, {{u:Kowon}}.""",
    },
    {
        "id": "h14-mixed-07",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Choe Un-gyong", "최은경", "witness", ["Choi Eun-kyung", "꼬맹이"]),
            ("Ho Jong-man", "허정만", "supervisor", ["Heo Jeong-man"]),
        ],
        "note": "Bilingual intake form; labels in both languages; Choe/Choi, Ho/Heo spellings; date of birth, age and home town; relatives; nickname 꼬맹이; surname 허 next to 허가 (permit).",
        "text": """접수 양식 / INTAKE FORM
성명 / Name: {{r:최은경}} / {{r:Choe Un-gyong}} (ROK: {{r:Choi Eun-kyung}})
별칭 / Nickname: "{{r:꼬맹이}}" (used by co-workers)
생년월일 / DOB: 1996-02-19 (26세 / age 26)
출신 / Home town: {{u:Chongjin}} / {{u:청진}}
파견지 / Place of work: 봉제공장 garment factory, {{u:Hunchun}}, {{u:Jilin}}
감독 / Supervisor: {{r:허정만}} / {{r:Ho Jong-man}} (ROK spelling {{r:Heo Jeong-man}})
동료 / Co-workers: {{p:Ri Un-ha}} / {{p:리은하}}; {{p:윤}} (first name unknown)
가족 / Family in DPRK: 어머니 {{p:정말순}} (mother, b. 1968)
비고 / Notes: 외출 허가는 {{r:허}} 감독만 줄 수 있었음 (only {{r:Ho}} could give permission to go out). {{r:Un-gyong}} says {{p:Un-ha}} left with her in 2022.""",
    },
    {
        "id": "h14-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Do Yong-gil", "도영길", "witness", []),
            ("Jo Myong-hak", "조명학", "supervisor", ["Cho Myong-hak"]),
        ],
        "note": "Translated excerpt with Korean original and English translation, Qatar; surname Do next to English do; surname 조 next to 조명 (lighting); Qatari and Indian private persons in Latin and Arabic; Jo/Cho spellings; translator's bracket.",
        "text": """Excerpt 4 (original Korean, then translation). Witness: {{r:Do Yong-gil}} / {{r:도영길}}. Site: {{u:Lusail}}, {{u:Qatar}}, 2014.

원문:
"우리 반은 밤에 조명 설치를 했습니다. 책임자 {{r:조명학}}은 조명 일을 맡았다고 자기 이름이 딱 맞는다며 웃었습니다. 현지 감독 {{p:Abdullah}} 씨는 아랍어로 이름을 {{p:عبد الله الكواري}}라고 써 주었습니다. 인도 사람 {{p:수레시}}가 우리 통역을 했습니다. {{r:조}} 책임자는 {{p:압둘라}}에게 우리가 자원해서 밤일을 한다고 말했습니다."

Translation:
"Our unit installed lighting at night. The man in charge, {{r:Jo Myong-hak}}, laughed that his name suited the job, since 'jomyong' means lighting. [Translator: the pun works only in Korean; the name is also spelled {{r:Cho Myong-hak}}.] The local supervisor, Mr {{p:Abdullah}}, wrote his name for us in Arabic as {{p:عبد الله الكواري}} ({{p:Abdullah Al-Kuwari}}). An Indian worker, {{p:Suresh}}, interpreted for us. {{r:Jo}} told {{p:Abdullah}} that we volunteered for night work. What could we do? Do you say no to {{r:Jo}}? Nobody did."

[Comment by interviewer: {{r:Do}} later added that {{p:Suresh}} was sent back to {{u:Kerala}} after the {{u:Ministry of Labour}} inspection in 2015.]""",
    },
    {
        "id": "h14-mixed-09",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Kwon Hyang-sun", "권향순", "witness", ["hyangsun"]),
            ("Ma Yong-dok", "마영덕", "supervisor", []),
        ],
        "note": "Messenger chat with timestamps between witness and caseworker; mixed Korean and English; names in small letters; surname ma next to 'ma' as mother and the Korean 마; emoji glued to names; Russian names with diminutives; typo in a name.",
        "text": """[2023-04-02 21:14] {{p:Sarah}} (caseworker): hi {{r:hyangsun}} 👋 is now ok to talk?
[2023-04-02 21:15] {{r:hyangsun}}: 네 괜찮아요 ㅎㅎ
[2023-04-02 21:15] {{p:Sarah}} (caseworker): you said last time the manager was "{{r:ma}}"? is that a name?
[2023-04-02 21:16] {{r:hyangsun}}: yes {{r:마영덕}} 지배인 ㅋㅋ not ma like mother 😂
[2023-04-02 21:16] {{r:hyangsun}}: my ma (엄마) still in {{u:Hyesan}}
[2023-04-02 21:17] {{p:Sarah}} (caseworker): got it. and the russian lady in {{u:Ussuriysk}}?
[2023-04-02 21:18] {{r:hyangsun}}: {{p:Galina}}… we call {{p:Galya}}. {{p:갈랴}} 아주머니 very kind 🙏
[2023-04-02 21:18] {{r:hyangsun}}: her son {{p:Misha}} drive us to market
[2023-04-02 21:19] {{r:hyangsun}}: {{r:마영득}} 아니 {{r:마영덕}} sorry typo 😅 he take all money
[2023-04-02 21:20] {{p:Sarah}} (caseworker): thank you {{r:Hyang-sun}}. talk thursday? 🌷
[2023-04-02 21:20] {{r:hyangsun}}: 👍👍""",
    },
    {
        "id": "h14-mixed-10",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Son Il-ho", "손일호", "witness", []),
            ("Moon Chang-gyu", "문창규", "supervisor", ["Mun Chang-gyu"]),
        ],
        "note": "Bilingual interviewer notes with a correction; surname Son next to 'son'; Moon/Mun spellings and the noun moon; Chinese site owner in Hanzi; crossed-out wrong name still marked; surname 문 with 소장 next to 문제.",
        "text": """Notes — {{r:Son Il-ho}} ({{r:손일호}}), 3rd session. Site: seafood cold store, {{u:Rason}}-{{u:Hunchun}} route, 2016–2019.

1. 소장: {{r:Moon Chang-gyu}} (North: {{r:Mun Chang-gyu}}). {{r:문}} 소장은 문제가 생기면 무조건 노동자 탓. {{r:Son}} remembers that on full moon nights {{r:Moon}} gave out soju, once a month.
2. His son {{p:Kwang-ho}} was born 2017 while he was away; 아들 {{p:광호}} 얼굴은 사진으로만 봄.
3. Chinese owner: {{p:孟凡}} ({{p:Meng Fan}}), "{{p:Meng}} 사장".
4. CORRECTION (added 12/10): earlier I wrote the deputy was "{{p:Yang Su-il}}" — wrong. {{r:Son}} says it was {{p:Yang Sung-il}} ({{p:양승일}}). {{p:Yang}} handled the passports, not {{r:Moon}}.
5. {{r:손}} 씨 wants to check with {{p:Kyong-hui}} (his cousin, in {{u:Seoul}}) before we use any of this.""",
    },
]
