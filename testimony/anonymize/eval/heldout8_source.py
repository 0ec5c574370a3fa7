# ruff: noqa: E501, W291
"""Held-out evaluation passages, set 8 (blind). Markers: {{r:..}} registered private person,
{{p:..}} unregistered private person, {{u:..}} public name (figure, place, organisation,
company, ship). Built by build_heldout.py heldout8."""

PASSAGES: list[dict] = [
    {
        "id": "h8-en-01",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("O Chol-min", "오철민", "witness", []),
            ("Ri Kwang-su", "리광수", "supervisor", ["Bear"]),
            ("Pak Un-hui", "박운희", "relative", []),
        ],
        "note": "Caseworker note; surname O; South Korean spelling Oh; nickname; Russian foreman with name+patronymic; ordinary 'so', 'no'.",
        "text": """CASE NOTE - file 2023/118
Caseworker: {{p:Miriam Okafor}}
Client: {{r:O Chol-min}} (born 1986), former logger, {{u:Tynda}} sector, {{u:Amur Oblast}}

Met {{r:O}} at the shelter at 10:30. He was calm and said he had slept well for the first time in weeks, so we went straight to the work history. He asked that his mother, {{r:Pak Un-hui}}, not be contacted by phone; she still lives near {{u:Kimchaek}} and any call could be traced. Note: on his South Korean papers the client is spelled "{{r:Oh Cheol-min}}". Same person, no need for a second file.

Work history: sent in 2014 through an enterprise under the {{u:Ministry of Forestry}}, brigade of 24 men under {{r:Ri Kwang-su}}, whom the men called "{{r:Bear}}". {{r:Ri}} kept all passports in a metal box under his bunk. The quota was 16 cubic metres a day per man; {{r:O}} said no one met it in winter.

Co-workers he named: {{p:Jang Song-il}} (lost two fingers to a chainsaw, 2016), a cook he knew only as {{p:Kwak}}, and a Russian foreman, {{p:Sergei Anatolyevich}}, who sometimes brought cigarettes. {{r:Bear}} reported {{p:Jang}} for "idleness" and {{p:Jang}} was sent home in 2017. {{p:Kwak}}'s brother-in-law, {{p:Mun Yong-ho}}, was in the same brigade.

{{r:O}} repeated twice that the money went to "the Party fund" and quoted the usual line about {{u:Kim Jong Un}}'s loyalty funds. He does not know what happened to {{r:Ri}} after 2019.

Mother: {{r:Pak}} is 61, ill. Client wants to send money through a broker; I explained the risks.

Next: appointment with Dr. {{p:Seo}} on Thursday; {{p:Miriam}} to follow up on the housing form.""",
    },
    {
        "id": "h8-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yu Song-chol", "유성철", "witness", []),
            ("An Myong-guk", "안명국", "supervisor", []),
            ("Do Hyok", "도혁", "coworker", []),
        ],
        "note": "Interview transcript, Kuwait construction; surnames Yu, An, Do; one-syllable given name alone; Arabic-name site manager; ordinary 'do', 'an'.",
        "text": """TRANSCRIPT - interview no. 41, recorded in {{u:Seoul}}, 12 May 2022
Q = {{p:Lee Ji-hye}} (NGO), A = {{r:Yu Song-chol}}, interpreter not needed

Q: Mr {{r:Yu}}, where were you sent?
A: {{u:Kuwait City}}, a housing project near {{u:Jahra}}. The contractor was a Kuwaiti firm but we were under {{u:Namgang Construction}}.
Q: Who ran your unit?
A: {{r:An Myong-guk}}. We called him Engineer {{r:An}}, because he had studied in {{u:Hamhung}}. {{r:An}} was not cruel, but he did what the representative told him.
Q: The representative?
A: A man from the embassy side. I never knew his name. Only that we had to do an hour of study every night on {{u:Kim Jong Il}}'s works.
Q: Were there accidents?
A: Yes. {{r:Hyok}} fell from the scaffold in July 2017. {{r:Do Hyok}}, he was twenty-two. {{r:Do}} broke his back. They kept {{r:Hyok}} in the dormitory for three days before a doctor came.
Q: Who brought the doctor?
A: The site manager, {{p:Abdullah Al-Mutairi}}. {{p:Abdullah}} shouted at {{r:An}}, in English, and then Engineer {{r:An}} phoned the embassy.
Q: What happened to {{r:Do}}?
A: Sent home on a stretcher. His friend {{p:Ma Chol-jun}} went with him to the airport. I heard from {{p:Ma}} in 2019 that {{r:Hyok}} is in {{u:Sinuiju}}, cannot walk.
Q: Anyone else we should record?
A: {{p:Bang Sung-il}}, the welder, who kept a diary. And {{p:Ravi}}, an Indian driver who took our letters to the post office. {{p:Bang}} hid the diary in his boot.
Q: Thank you, Mr {{r:Yu}}. Do you want a break?
A: No, let's finish.""",
    },
    {
        "id": "h8-en-03",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Choe Mi-ran", "최미란", "witness", ["Miri"]),
            ("Choe Kum-ok", "최금옥", "relative", []),
            ("Jo Yong-nam", "조영남", "supervisor", []),
        ],
        "note": "Translated letter from a seafood plant worker to her sister; nickname; Chinese names pinyin and characters; Jo/Cho; ordinary 'ok'.",
        "text": """[Translation of a handwritten letter, received via courier, 2021. Translator: {{p:K. Han}}]

Dear {{r:Kum-ok}},

I hope this reaches you and that you are well. I am OK. Do not believe what they say at the meetings, but do not worry either. Your {{r:Miri}} is still strong.

We are in {{u:Donggang}}, not far from {{u:Dandong}}. The factory peels crab and packs squid for a company called {{u:Haiyang Foods}}. There are 180 of us from {{u:Chongjin}} and {{u:Hoeryong}}. Our leader is Comrade {{r:Jo Yong-nam}}. {{r:Jo}} counts the boxes himself. If a girl is slow he takes her phone-card money. The Chinese manager, {{p:Zhang Lihua}} ({{p:张丽华}}), is kinder than {{r:Jo}}. She gave {{p:Sun-hui}} medicine when her hands swelled.

{{p:Sun-hui}} says hello. You remember her, {{p:Kang Sun-hui}} from the third floor. Her mother knew our mother.

Tell your husband, {{p:Chol-ho}}, that the money will come in autumn through Mr {{p:Wang}}. Do not give it to anyone else. {{p:Wang}} is a Chinese trader in {{u:Sinuiju}} market, he knows {{r:Jo}} but he is honest.

At night we sing the song about the General and then sleep. The moon over the river is the same moon. 

Your sister,
{{r:Choe Mi-ran}}

[Translator's note: "{{r:Miri}}" is the writer's childhood name. The recipient, {{r:Choe Kum-ok}}, is registered under the South Korean spelling "{{r:Choi Geum-ok}}".]""",
    },
    {
        "id": "h8-en-04",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ha Jin-u", "하진우", "witness", []),
            ("Song Yong-dok", "송영덕", "coworker", []),
            ("Kim Jong-su", "김종수", "supervisor", []),
        ],
        "note": "Intake form with Name: fields, Qatar; private Kim Jong-su next to public Kim Jong Un; Ha, Song as names and 'song' as word; Nepali co-worker.",
        "text": """INTAKE FORM (page 1 of 2)
Name: {{r:HA Jin-u}}
Other names used: {{r:Ha Jin-woo}} (ROK passport)
Date of birth: 03/11/1990
Place of birth: {{u:Kaechon}}, {{u:South Pyongan}}
Country of overseas work: {{u:Qatar}} ({{u:Doha}}, {{u:Lusail}})
Employer / agency: {{u:Genco}} (North Korean side), subcontracted to a local firm
Years: 2015-2018
Supervisor's name: {{r:Kim Jong-su}}
Emergency contact: {{p:Ha Yong-ae}} (aunt)

Narrative (interviewer summary):
{{r:Ha}} worked as a plasterer. The team leader, {{r:Kim Jong-su}}, is not related to {{u:Kim Jong Un}}; {{r:Ha}} laughed when asked. {{r:Kim}} kept the workers' salary books and took 70 percent "for the state plan". The oldest man in the team, {{r:Song Yong-dok}}, known as "Teacher {{r:Song}}" because he had been a school teacher in {{u:Kaechon}}, wrote letters for the others. {{r:Song}} collapsed from heat in August 2017. {{r:Ha}} carried {{r:Song}} to the water tank with help from a Nepali labourer, {{p:Bikash Tamang}}. {{p:Bikash}} later gave {{r:Ha}} his phone to call home.

Q: Did you ever sing at work?
A: Only the morning song, about the Leader. Otherwise no.

Witnesses to incident: {{p:Tamang}} ({{u:Nepal}}), {{p:Ri Chang-ho}} (DPRK), foreman {{p:Mohammed Rafiq}}.

Signature of interviewee: [signed] {{r:H.J.W.}}
Interviewer: {{p:Sofia Marchetti}}""",
    },
    {
        "id": "h8-en-05",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ryu Chang-sop", "류창섭", "witness", []),
            ("Ri Son-hwa", "리선화", "relative", []),
        ],
        "note": "Email thread between NGO staff about a case; staff names private; Ryu/Yu; Ri/Lee/Yi spellings; UN rapporteur by title only.",
        "text": """From: {{p:Daniel Osei}}
To: {{p:Park Hye-won}}
Cc: {{p:Grace Lim}}
Subject: Re: RCS file - consent question

Hi {{p:Hye-won}},

Quick update on the {{r:Ryu}} file. {{r:Ryu Chang-sop}} called this morning. He is fine with us quoting his testimony about the {{u:Vladivostok}} sites in the submission to the Special Rapporteur on the situation of human rights in the DPRK, but only without his wife's name. His wife is {{r:Ri Son-hwa}}; on the ROK documents she is "{{r:Lee Sun-hwa}}" and on the Chinese visa it was "{{r:Yi Shanhua}}"... let's make sure all three are caught.

Also: he mentioned a Russian woman, {{p:Natalya}}, who rented them the flat. Not sure we need her.

Best,
{{p:Daniel}}

---
From: {{p:Park Hye-won}}
To: {{p:Daniel Osei}}

{{p:Daniel}}, thanks. Yes, redact {{p:Natalya}} too, she is a private person. I'd keep {{u:Vladivostok}} and {{u:Ussuriysk}} as they are. Can you ask Mr {{r:Ryu}} (or {{r:Yu}}, he writes it that way in English) whether {{r:Son-hwa}} still has contact with her brother in {{u:Hyesan}}? Last time {{r:Ryu}} said the brother, {{p:Ri Son-chol}}, had been questioned by the {{u:Ministry of State Security}}.

Also, {{p:Grace}}, can you check the dates? I have 2016-2019 in my notes.

{{p:Hye-won}}

---
From: {{p:Grace Lim}}

2016 to 2019 is right. {{r:Ryu}} left the site in March 2019, not May. No further changes.
{{p:G.}}""",
    },
    {
        "id": "h8-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kwon Yong-il", "권영일", "witness", ["Yongi"]),
            ("Sin Hyang-mi", "신향미", "relative", []),
            ("Pak Myong-chol", "박명철", "coworker", ["Fatty"]),
        ],
        "note": "Chat log exported from a messaging app; lower-case names; emoji next to names; fullwidth Pak; surname Sin; ordinary 'sin', 'gang'.",
        "text": """[Chat export, translated from Korean by volunteer {{p:Eun-ji}}, timestamps KST]

[21:02] {{r:yongi}}: hi noona its me 🙏
[21:02] {{r:yongi}}: new phone, the old one was taken
[21:04] {{r:Hyang-mi}}: {{r:yong-il}}?? 😭 are you safe
[21:05] {{r:yongi}}: yes. in {{u:Shenyang}} now. {{r:ｐａｋ}} is with me
[21:05] {{r:Hyang-mi}}: which {{r:pak}}
[21:06] {{r:yongi}}: {{r:fatty}} 😂 {{r:myong-chol}}. from the {{u:Rason}} group
[21:07] {{r:Hyang-mi}}: tell {{r:fatty}} his mum called me
[21:09] {{r:yongi}}: ok. the broker is a guy called lao {{p:zhou}}, he wants 2000 more
[21:10] {{r:Hyang-mi}}: dont pay {{p:zhou}} anything until you cross. ask ms {{p:sin}} at the church first
[21:11] {{r:yongi}}: {{p:sin}} 목사님? ok
[21:11] {{r:Hyang-mi}}: no, her daughter. {{p:sin eun-ju}}. the pastor is away
[21:12] {{r:yongi}}: got it 👍 {{r:PAK}} says hi
[21:13] {{r:Hyang-mi}}: is it a sin to say i dont care about him lol
[21:14] {{r:yongi}}: haha. we had to leave the others. {{p:cheol}} and the gang from block 3 stayed
[21:15] {{r:Hyang-mi}}: {{p:cheol}} who
[21:15] {{r:yongi}}: {{p:nam cheol}}, you dont know him
[21:20] {{r:yongi}}: battery low. 🔋 love you. {{r:kwon}} out

[Volunteer note: "{{r:Yongi}}" = {{r:Kwon Yong-il}}; "noona" = older sister, i.e. {{r:Sin Hyang-mi}}, his cousin. "{{r:Fatty}}" = {{r:Pak Myong-chol}}.]""",
    },
    {
        "id": "h8-en-07",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Jong Tae-hun", "정태훈", "witness", []),
            ("Choe Yong-sik", "최영식", "supervisor", []),
            ("Kang Hyo-rim", "강효림", "coworker", []),
        ],
        "note": "Court-like sworn statement; Jong/Jung; Choe/Choi; shares surname Choe with Choe Ryong-hae; numbered paragraphs; initials.",
        "text": """WITNESS STATEMENT

I, {{r:JONG Tae-hun}} (also written {{r:Jung Tae-hoon}}), make this statement in support of the complaint filed by the NGO. I understand that it may be used in proceedings.

1. I was born in 1979 in {{u:Hamhung}}. From 2012 to 2017 I worked in {{u:Russia}}, first near {{u:Khabarovsk}} and then in {{u:Amur Oblast}}, in a logging unit of the {{u:Sungri General Bureau}}.

2. The unit chief was {{r:Choe Yong-sik}}. To be clear, {{r:Choe}} is not a relative of {{u:Choe Ryong-hae}}, although {{r:Choe Yong-sik}} liked to hint that he was. Among ourselves we called him "{{r:Y.S.}}".

3. In February 2015, a worker named {{r:Kang Hyo-rim}} refused to go into the forest because of frostbite. {{r:Choe}} made {{r:Kang}} stand outside the barrack for two hours at minus 30. I saw this. {{p:Han Man-sik}} and {{p:Ok Chun-gil}} also saw it.

4. After that, {{r:Hyo-rim}} lost three toes. The Russian paramedic, {{p:Olga Petrovna Sidorova}}, treated him. {{p:Sidorova}} wrote a report; I do not know what happened to it.

5. {{p:Ok}} later told me that {{r:Choe}} had deducted the cost of the treatment from {{r:Kang}}'s wages.

6. In 2017 I escaped with the help of a Russian driver I knew only as {{p:Vitya}}. I reached the {{u:UNHCR}} office in {{u:Moscow}} and later {{u:Incheon}}.

7. I confirm that the statements above are true to the best of my knowledge.

Signed: {{r:T.H. Jong}}
Witnessed by: {{p:Rebecca Naidoo}}, paralegal""",
    },
    {
        "id": "h8-en-08",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Mun Kyong-hui", "문경희", "witness", []),
            ("Yang Chun-bok", "양춘복", "supervisor", []),
        ],
        "note": "List of co-workers in a Chinese garment factory, dictated by witness; many unregistered names; Mun/Moon; Yang; bare given names; ordinary 'no', 'so'.",
        "text": """CO-WORKER LIST as dictated by {{r:Mun Kyong-hui}} (ROK spelling: {{r:Moon Kyung-hee}}), session 3

Factory: garment workshop, {{u:Hunchun}}, {{u:Jilin}} province. Women's dormitory, 2017-2020.
Team leader: {{r:Yang Chun-bok}} ("Granny {{r:Yang}}", about 55)

1. {{p:Ri Ok-sun}}, sewing, from {{u:Chongjin}}
2. {{p:Ho Myong-ae}}, sewing, from {{u:Kimchaek}}
3. {{p:Son Yu-mi}}, ironing - "{{p:Yu-mi}} had asthma"
4. {{p:Kye Chun-hwa}}, cutting
5. {{p:Jon Hye-gyong}}, cutting, {{p:Kye}}'s friend
6. {{p:Ok-hui}} (surname not remembered), packing
7. {{p:Ri Ok-sun}}'s younger sister, name not known
8. {{p:Pyon Sol-ju}}, bookkeeper, sat next to {{r:Yang}}

Notes by interviewer:
- No. 6: {{r:Kyong-hui}} thinks {{p:Ok-hui}} was from {{u:Hyesan}}. So possibly a {{u:Ryanggang}} group.
- {{r:Yang}} was "not a bad person", says {{r:Mun}}; Granny {{r:Yang}} cried when {{p:Yu-mi}} was sent back.
- Chinese line manager: {{p:Li Jianguo}} ({{p:李建国}}). {{p:Li}} confiscated phones in 2019.
- {{r:Mun}} also mentions "{{p:Ah-Fang}}", a Chinese cleaner who smuggled out letters. {{p:Ah-Fang}} is no longer at the factory.
- The factory's Chinese owner is listed as {{u:Hunchun Jinda Apparel Co.}}; the DPRK side was {{u:Rungrado Trading}}.

{{r:Mun}} asked that {{p:Pyon}} not be named in any report because {{p:Pyon}}'s husband is still in {{u:Pyongyang}}.""",
    },
    {
        "id": "h8-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Chol-ung", "리철웅", "witness", []),
            ("Tatiana Viktorovna Belova", "타티아나 빅토로브나 벨로바", "other", ["Tanya"]),
        ],
        "note": "Translated statement of a Russian nurse; Cyrillic names; patronymic-only address; registered non-Korean person with hangul; Ri as 'Ri'/'Li'.",
        "text": """Statement of {{r:Tatiana Viktorovna Belova}} ({{r:Татьяна Викторовна Белова}}), nurse, translated from Russian

My name is {{r:Belova}}. Between 2014 and 2019 I worked at the district hospital in {{u:Tynda}}. Colleagues call me {{r:Tanya}}. Several times a year North Korean workers were brought to us from the logging camps. They were always accompanied by a minder. I remember one minder well, a man they called Comrade {{p:Hwang}}; the Russian staff called him {{p:Khvan}} ({{p:Хван}}).

In December 2016 a young man, {{r:Ri Chol-ung}} (on our card: {{r:Li Chkhol Un}}, {{r:Ли Чхоль Ун}}), was brought in with a broken leg. {{r:Ri}} told me through a Korean-Russian interpreter, {{p:Marina Kim}}, that a tree had fallen on him. {{p:Marina}} is a Koryo-saram woman from {{u:Blagoveshchensk}}. Our chief surgeon, {{p:Igor Nikolaevich}}, wanted to keep {{r:Chol-ung}} for two weeks. {{p:Hwang}} refused and took {{r:Ri}} back after three days.

I want to say that {{p:Igor Nikolaevich Sokolov}} argued with the minder and then with the logging company, {{u:Tyndales}}. Nothing helped. I visited {{r:Chol-ung}} once at the camp with {{p:Sokolov}}'s permission. He gave me a small drawing of {{u:Mount Paektu}}. I still have it.

I did not know any other names. The head of the North Korean side, I think, was from {{u:Pyongyang}}, but I never saw him.

I confirm my words. {{r:T. V. Belova}}

[NGO note: {{r:Ri Chol-ung}} was later interviewed in {{u:Seoul}} (file RCU-2). He calls her "{{r:Tanya}} nurse".]""",
    },
    {
        "id": "h8-en-10",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Kim Hak-chol", "김학철", "witness", []),
            ("No Sang-gi", "노상기", "supervisor", []),
            ("Mun Chang-ryol", "문창렬", "coworker", []),
        ],
        "note": "Fishing boat report; ship names public; surname No vs word 'no'; Captain title; Indonesian and Chinese crew; Kim Il Sung public.",
        "text": """INCIDENT REPORT - distant-water fishing, prepared by {{p:A. Reyes}}, field officer

Source: {{r:Kim Hak-chol}}, deckhand, interviewed in {{u:Busan}} on 2 Oct 2023.

Vessels: {{r:Kim}} served first on the {{u:Chilbosan 5}} (DPRK flag, home port {{u:Nampo}}), then was transferred at sea to a Chinese-owned longliner, the {{u:Zhe Dai Yu 117}}, operating off {{u:Somalia}}. There was no shore leave for 14 months.

Master of the {{u:Chilbosan 5}}: Captain {{r:No Sang-gi}}. The crew used "Captain {{r:No}}" even on shore. No one dared to call him by his given name. {{r:No}}'s deputy, {{p:Paek Kwang-rim}}, handled the catch logs.

Key events:
(a) 11 June 2021: deckhand {{r:Mun Chang-ryol}} fell overboard during hauling. {{r:Kim}} and an Indonesian crewman, {{p:Agus Setiawan}}, pulled {{r:Mun}} out. Captain {{r:No}} logged the incident as "no injury".
(b) On the Chinese vessel the bosun, {{p:Chen Dawei}} ({{p:陈大伟}}), beat {{r:Chang-ryol}} for sleeping on watch. {{p:Agus}} and another Indonesian, {{p:Rudi}}, protested and were locked in the fish hold by {{p:Chen}}.
(c) Portraits of {{u:Kim Il Sung}} and {{u:Kim Jong Il}} were kept in a plastic bag in the bridge, and {{r:No}} made the Korean crew bow to them on the national holiday.

{{r:Hak-chol}} says he still has a photo of {{r:Mun}} on deck, which he will share. He does not know where {{r:No Sang-gi}} is now; he heard {{r:No}} was recalled to {{u:Pyongyang}} in 2022.

Recommendation: request crew lists for the {{u:Zhe Dai Yu 117}} through {{u:Global Fishing Watch}}; no contact with {{p:Chen}}.""",
    },
    {
        "id": "h8-en-11",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Han Chol-jin", "한철진", "witness", []),
            ("Batbayar Dorjsuren", "바트바야르 도르지수렌", "other", ["Bataa"]),
            ("Ri Ung-bom", "리웅범", "supervisor", []),
        ],
        "note": "Field notes, Mongolia construction; Mongolian private names; Ulaanbaatar public; Ri as 'Rhee' spelling.",
        "text": """Field notes - {{u:Ulaanbaatar}}, 9-11 September 2019 ({{p:M. Tsogt}}, researcher)

Day 1. Visited the apartment block site in the {{u:Bayanzurkh}} district with a local contact, {{r:Batbayar Dorjsuren}} ("{{r:Bataa}}"), who used to deliver cement there. {{r:Bataa}} says about 60 North Korean men live in containers behind the site. He has spoken with one of them many times, {{r:Han Chol-jin}}, a carpenter from {{u:Anju}}.

Day 2. Met {{r:Han}} at a noodle shop near {{u:Sukhbaatar Square}}, with {{r:Batbayar}} interpreting through Russian. {{r:Han}} said the unit head, {{r:Ri Ung-bom}}, lets them go out in pairs on Sundays only. {{r:Ri}} (he wrote it "{{r:Rhee}}" in Latin letters) keeps a notebook with everyone's debts. {{r:Chol-jin}} owes "three months of plan". A Mongolian woman, {{p:Oyuntsetseg}}, runs the shop; {{p:Oyuka}}, as everyone calls her, gives the Koreans free tea.

{{r:Han}} named two men who were sent home for drinking: {{p:Yun Tok-man}} and {{p:Pyo Chol}}. {{p:Pyo}} had a wife in {{u:Sariwon}}.

Day 3. {{r:Bataa}} took me past the site again. The general contractor's sign reads {{u:Monnis Build LLC}}. A Mongolian foreman, {{p:Ganbold}}, shouted at us to leave. {{r:Dorjsuren}} thinks {{p:Ganbold}} gets a share from {{r:Ri}}.

To do: ask {{r:Han}} whether {{p:Yun}} reached home; photos of the containers; check the {{u:Mongolian Labour Inspectorate}} records.""",
    },
    {
        "id": "h8-en-12",
        "language": "en",
        "eol": "crlf",
        "persons": [],
        "note": "No registered persons (all private mentions unregistered). Report on African sites (statue/monument work); African private names; Mansudae public; ordinary 'gang' and 'bang'.",
        "text": """Summary of testimony - construction in {{u:Africa}}

The witness, {{p:Kye Song-hun}}, worked for {{u:Mansudae Overseas Projects}} from 2010 to 2016, first in {{u:Windhoek}}, {{u:Namibia}}, and later in {{u:Dakar}}. He was a concrete worker in a gang of twelve, under a brigade leader named {{p:Chu Yong-bae}}.

{{p:Kye}} explained that the workers were paid nothing directly. {{p:Chu}} received a lump sum from the embassy in {{u:Windhoek}} and handed out "pocket money" of 20 dollars a month. {{p:Chu Yong-bae}} also sold cement on the side, according to {{p:Kye}}.

Local people he remembers: a Namibian driver, {{p:Johannes Shikongo}}, who drove the team each morning; a Senegalese cook, {{p:Fatou Ndiaye}}, whom the Koreans called "Auntie {{p:Fatou}}"; and a security guard, {{p:Moussa}}, who once let {{p:Song-hun}} call his mother from a payphone. {{p:Shikongo}} taught the men a few words of Oshiwambo. {{p:Ndiaye}}'s son, {{p:Ibrahima}}, brought them mangoes.

One night in 2014 there was a loud bang in the storage yard - a gas bottle exploded. A worker named {{p:Chin Myong-ho}} was burned. {{p:Chu}} told the gang to say it was a cooking accident. {{p:Chin}} was flown back via {{u:Addis Ababa}} and {{u:Beijing}}.

{{p:Kye}} stresses that the statues were of African leaders, not of {{u:Kim Il Sung}}, but the men were told the work proved the greatness of {{u:Juche}} art.

Follow-up: {{p:Kye}} would like {{p:Fatou}} to know he is alive; NGO will not attempt contact.""",
    },
    {
        "id": "h8-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Hwang Kum-chol", "황금철", "witness", []),
            ("Sok Man-gil", "석만길", "coworker", []),
            ("Ma Yong-jun", "마영준", "supervisor", []),
        ],
        "note": "Researcher notes on Gulf (UAE) site with Nepali and Bangladeshi co-workers; surname Ma vs word; Arabic script name; initials.",
        "text": """Research memo - interview with {{r:H.K.C.}}, Gulf construction, 2016-2018
Author: {{p:Priya Raman}}

The interviewee ({{r:Hwang Kum-chol}}, initials {{r:H.K.C.}}) was employed on a tower project in {{u:Sharjah}}, {{u:United Arab Emirates}}. The North Korean crew of about 40 was attached to a local contractor. {{r:Hwang}} shared a room with {{r:Sok Man-gil}}, an electrician from {{u:Tanchon}}.

On supervision: the North Korean team leader was {{r:Ma Yong-jun}}. {{r:Hwang}} described {{r:Ma}} as "strict but afraid". {{r:Ma}} had to report every Friday to someone at the trading office in {{u:Dubai}}; {{r:Hwang}} never learned that person's name.

On contact with other workers: Nepali labourers from the same site, especially {{p:Dil Bahadur Gurung}} and {{p:Sita Ram Thapa}}, shared food. {{p:Gurung}} lent {{r:Sok}} a mobile phone. When {{r:Ma}} found out, {{r:Man-gil}} was made to write a self-criticism. A Bangladeshi supervisor, {{p:Mohammad Habibur Rahman}}, covered for {{r:Sok}} and told {{r:Ma}} the phone was his.

The Emirati site engineer is remembered as {{p:Khalid}} ({{p:خالد}}); the interviewee could not give a surname. {{p:Khalid}} paid overtime in cash on two occasions, money that {{r:Ma}} immediately collected "for the loyalty fund".

{{r:Kum-chol}} added that the men were ordered to watch recordings of {{u:Kim Jong Un}}'s New Year speech in the site office, and that {{r:Sok}} fell asleep and was punished.

Quotes to verify with {{r:H.K.C.}}: the figure of 40 workers; whether {{p:Thapa}} is still in the UAE.""",
    },
    {
        "id": "h8-en-14",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Pak Chang-gun", "박창군", "witness", []),
            ("Gang Su-ryon", "강수련", "relative", []),
            ("Jon Il-bok", "전일복", "supervisor", ["Iron Jon"]),
        ],
        "note": "OCR'd scanned document in ALL CAPS with fullwidth letters, zero-width space and soft hyphen inside names; Gang as name vs 'gang'.",
        "text": """[OCR OUTPUT - SCANNED DEPARTURE LIST AND COVER NOTE, QUALITY POOR]

DEPARTURE LIST - BRIGADE 7 - {{u:VLADIVOSTOK}} - 2018
01  {{r:PAK CHANG-GUN}}     M  1984  CARPENTER
02  {{p:RI TONG-HWAN}}      M  1981  CARPENTER
03  {{p:KIL SONG-MAN}}      M  1990  LABOURER
04  {{p:YON CHOL}}          M  1992  LABOURER
05  {{r:JON IL-BOK}}        M  1970  BRIGADE LEADER
RESPONSIBLE ORGAN: {{u:KORYO CONSTRUCTION GENERAL CORPORATION}}

Cover note (typed, NGO):
The list above was given to us by {{r:Ｐａｋ Ｃｈａｎｇ-ｇｕｎ}} (entry 01), who photographed it before leaving. The OCR renders some names with odd characters; e.g. the brigade leader appears as {{r:Jon Il-\u200bbok}} in one copy and as {{r:Jon Il\u00adbok}} in another. {{r:Pak}} says everyone called {{r:Jon}} "{{r:Iron Jon}}".

{{r:Pak}}'s wife, {{r:Gang Su-ryon}}, is in {{u:Seoul}} already (ROK spelling {{r:Kang Soo-ryun}}). {{r:Su-ryon}} confirmed that her husband left {{u:Vladivostok}} in 2019. The Russian heading used "бригада"; the brigade was not a criminal gang, whatever the press wrote.

{{p:Kil}} and {{p:Yon Chol}} were said to be the youngest. {{p:Ri Tong-hwan}} was {{r:PAK}}'s friend from {{u:Kilju}}. No further information on {{p:YON}}.

Handwritten on the back: "{{r:P.C.G.}} - keep". """,
    },
    {
        "id": "h8-en-15",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("So Yong-ae", "소영애", "witness", []),
            ("Wang Xiuying", "왕수영", "supervisor", []),
            ("Ri Hyang-suk", "리향숙", "coworker", []),
        ],
        "note": "Seafood factory in Dandong; surname So vs word 'so'; Chinese private Wang with Chinese characters; Boss title; Hyang-suk alone.",
        "text": """Case summary prepared for the monthly meeting ({{p:Lena Vogt}})

Witness: {{r:So Yong-ae}}, 34, from {{u:Sinpo}}. Worked 2017-2021 at a seafood processing plant in {{u:Dandong}}, {{u:Liaoning}}, owned by {{u:Dandong Haixing Aquatic Products}}.

{{r:So}} told us that the women worked 14-hour shifts peeling shrimp. The Chinese owner, {{r:Wang Xiuying}} ({{r:王秀英}}), was known as "Boss {{r:Wang}}"; the Korean women called her "{{r:왕}}사장" among themselves. Boss {{r:Wang}} paid the North Korean manager, not the women. That manager was a man named {{p:Kim Song-nam}} (no relation to the public figures). {{p:Kim}} slept in the same building so he could count the women at night.

So far {{r:So}} is the only witness from this plant. She mentioned a friend, {{r:Ri Hyang-suk}}, who tried to escape in 2020 and was caught at the {{u:Yalu River}}. {{r:Hyang-suk}} was taken back across the bridge to {{u:Sinuiju}}. {{r:So Yong-ae}} heard from another worker, {{p:Yom Chun-mi}}, that {{r:Ri}} was sent to a labour training camp. {{p:Chun-mi}} is still at the plant.

{{r:Wang}} herself, {{r:So}} says, was not cruel; once she gave {{r:Hyang-suk}} money for a doctor. But {{r:Wang Xiuying}} also reported to the police when two women went missing. The police officer was a man called {{p:Liu}}, first name unknown.

The witness asks that we not publish the plant's name until {{p:Chun-mi}}'s contract ends. She is so afraid for her that she could not sleep after the interview.

Next steps: {{p:Lena}} to draft; {{p:Tomasz}} to review legal risk.""",
    },
    {
        "id": "h8-ko-01",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Kim Un-byol", "김은별", "witness", []),
            ("Yun Sang-ho", "윤상호", "supervisor", []),
            ("Kim Un-hyok", "김은혁", "relative", []),
        ],
        "note": "Resettlement-centre style record; particles; title 반장 after name; 김정은 public next to private 김; places in Hangul.",
        "text": """정착지원 기초조사 기록지 (교육 8주차)

성명: {{r:김은별}}
출생: 1992년, {{u:함경북도}} {{u:청진시}}
해외 파견: 2016~2019년, {{u:러시아}} {{u:블라디보스토크}} 인근 건설현장 (봉제 아님, 미장 보조)
작성: 상담사 {{p:오지현}}

1. 파견 경위
{{r:김은별}}은 {{u:청진}}의 지역 여맹 추천으로 선발되었다고 진술함. 같은 조에 여성 4명이 있었으며, 그 중 {{p:리은심}}과 {{p:배옥화}}를 기억함. {{r:은별}}은 "{{p:옥화}} 언니가 제일 고생했다"고 말함.

2. 관리자
현장 책임자는 {{r:윤상호}} 반장. {{r:윤}} 반장은 매달 "충성자금" 명목으로 임금의 대부분을 걷었고, {{u:김정은}} 동지 생일마다 추가로 돈을 내게 했다고 함. {{r:윤상호}}의 부인도 같은 현장 식당에서 일했는데, 이름은 모른다고 함. 본인 표현으로 "{{r:윤}}가네 식구들은 다 한통속".

3. 가족
오빠 {{r:김은혁}}(1988년생)은 {{u:청진}}에 남아 있음. {{r:은혁}}이는 군 복무 중 다리를 다쳐 현재 무직. {{r:김은별}}은 오빠에게 송금하기를 원하나, 브로커 {{p:최}}씨 외에는 연결 경로가 없음. 상담사가 위험성 안내함.

4. 건강
허리 통증 호소. {{u:하나원}} 의무실 연계. 담당 간호사 {{p:문선영}} 선생님께 전달함.

5. 기타
{{r:은별}} 씨는 같은 시기 {{u:블라디보스토크}}에 있던 남성 노동자 {{p:함광철}}과 연락을 원함. {{p:함광철}}은 {{u:인천}} 거주로 추정. 본인 동의하에 {{p:함}}씨 측에 의사 확인 예정.

특이사항: {{r:김은별}}은 {{u:김정은}}, {{u:김여정}} 등의 이름이 나오면 말을 멈추는 경향이 있음.""",
    },
    {
        "id": "h8-ko-02",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Yong-chol", "리영철", "witness", []),
            ("Jang Myong-sik", "장명식", "supervisor", []),
            ("Pak Tok-su", "박덕수", "coworker", []),
        ],
        "note": "Interview transcript with 문/답 labels, Russian logging; affectionate 이 (영철이가); 리/이 spellings; Russian names in Cyrillic and Hangul; 동무 after name.",
        "text": """면담 녹취록 (2023.4.7, 서울 사무실)
문: 면담자 {{p:정수아}} / 답: {{r:리영철}}

문: 처음 파견된 곳이 어디였습니까?
답: {{u:아무르주}} {{u:틴다}} 쪽 벌목장입니다. 2013년에 갔습니다.
문: 함께 간 사람들은 기억나십니까?
답: 네. 우리 소대장이 {{r:장명식}}이었습니다. {{r:장명식}} 동무라고 불렀지요. 그리고 저랑 제일 친했던 게 {{r:박덕수}}입니다. {{r:덕수}}는 {{u:함흥}} 사람이고, 나이가 저보다 두 살 많았습니다.
문: 소대장은 어떤 사람이었습니까?
답: {{r:장}} 소대장은 계획량 못 채우면 밥을 줄였습니다. 한번은 {{r:덕수}}가 손을 다쳤는데도 나무를 베라고 했어요.
문: 러시아 사람들과는 접촉이 있었습니까?
답: 운전수 {{p:알렉세이}}라는 사람이 있었습니다. 러시아 글자로는 {{p:Алексей}}요. {{p:알렉세이}}가 담배도 주고, 가끔 휴대전화도 빌려줬습니다. 그리고 감독관 {{p:니콜라이 이바노비치}}... 그 사람은 {{r:장명식}}이랑 술을 자주 마셨습니다.
문: 가족들은 당신을 어떻게 불렀습니까?
답: 집에서는 그냥 {{r:영철}}이라고 했지요. 어머니가 "{{r:영철}}이가 돈 벌어 온다" 하고 동네에 자랑하셨답니다. 지금 남쪽 서류에는 {{r:이영철}}로 되어 있습니다.
문: {{r:박덕수}} 씨는 지금 어디 있습니까?
답: 모릅니다. 2016년에 {{r:박}} 동무가 먼저 귀국했습니다. {{u:평양}}을 거쳐 {{u:함흥}}으로 갔다고 들었습니다. {{r:덕수}}한테 미안한 마음뿐입니다.
문: 마지막으로 하실 말씀은?
답: {{r:장명식}}이 같은 사람도 위에서 시키니까 그랬다는 걸 알지만, 그래도 용서는 안 됩니다.""",
    },
    {
        "id": "h8-ko-03",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Ko Hye-suk", "고혜숙", "witness", []),
            ("Ko Chol", "고철", "relative", []),
        ],
        "note": "Letter from a mother (factory worker in China) to her son; one-syllable given name 철; many particles; Chinese names in hanzi.",
        "text": """사랑하는 아들 {{r:철}}에게

{{r:철}}아, 엄마다. 이 편지가 너한테 닿을지 모르겠다. 여기 {{u:단동}}은 벌써 추워졌다. 공장에서는 하루에 열네 시간씩 옷을 꿰매고, 밤에는 생활총화를 한다. 엄마는 괜찮으니 걱정하지 마라.

{{r:철}}이는 밥은 잘 먹고 다니니? 할머니 말씀 잘 듣고 있지? 할머니께 {{r:혜숙}}이가 잘 있다고 전해 다오.

우리 조장은 {{p:편순녀}}라는 사람인데, 처음에는 무서웠지만 지금은 엄마를 좀 봐준다. {{p:편순녀}} 조장이 지난달에 아팠을 때 엄마가 죽을 끓여 줬거든. 중국 사람 관리인은 {{p:류광}}({{p:刘光}})이라고 하는데, 조선말을 조금 한다. {{p:류}} 사장은 돈 계산이 정확하다고 다들 말한다.

같은 방에 {{u:혜산}}에서 온 {{p:석은주}}라는 아가씨가 있다. {{p:은주}}는 너보다 겨우 여섯 살 많다. {{p:은주}}랑 엄마는 서로 머리를 땋아 준다.

돈은 {{p:량}} 선생을 통해 보내마. 다른 사람한테는 절대 말하지 마라. {{p:량}} 선생이 {{u:신의주}}에 들르면 너를 찾을 거다.

{{r:고철}}, 엄마가 너를 얼마나 보고 싶은지 모른다. 졸업하면 꼭 공부 계속해라.

{{u:단동}}에서 엄마 {{r:고혜숙}}

[단체 메모: 편지 원본은 {{r:고혜숙}}의 동의를 받아 보관. 아들 {{r:고철}}은 현재 {{u:양강도}}에 거주하는 것으로 추정. 편지를 전달한 사람 {{p:량}}씨의 실명은 {{p:량춘화}}.]""",
    },
    {
        "id": "h8-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Chon Kwang-ho", "전광호", "witness", []),
            ("Kim Yong-nam", "김영남", "supervisor", []),
            ("Abdulrahman Al-Kandari", "압둘라흐만 알칸다리", "other", []),
        ],
        "note": "Caseworker log in Korean; private Kim Yong-nam shares full name pattern with public figure Kim Yong Nam (flagged as public once); Arabic names in Hangul and Arabic script; Kuwait.",
        "text": """상담일지 #2022-057
내담자: {{r:전광호}} (남, 45세)
상담자: {{p:한다은}}

오늘 {{r:전광호}} 님은 {{u:쿠웨이트}} 건설현장 경험을 처음으로 자세히 이야기함. 2011년부터 2015년까지 {{u:쿠웨이트시티}} 외곽 주택단지 공사에 투입되었고, 북한 측 회사는 {{u:남강건설}}이었다고 함.

현장 책임자 이름이 {{r:김영남}}이라서 처음엔 상담자가 전 최고인민회의 상임위원장 {{u:김영남}}과 혼동했으나, 내담자는 "그 {{u:김영남}}이 아니라 우리 지배인 {{r:김영남}}"이라고 웃으며 정정함. {{r:김}} 지배인은 평소 조용했으나 본국 검열이 오면 노동자들을 심하게 다그쳤다고 함.

{{u:쿠웨이트}} 측 현장 감독은 {{r:압둘라흐만 알칸다리}}({{r:عبد الرحمن الكندري}}). {{r:알칸다리}} 감독은 무더위에 작업을 중단시킨 적이 있는데, 이때 {{r:김영남}}이 "계획 미달"이라며 반발했다고 함. 내담자는 "{{r:압둘라흐만}} 씨 덕분에 그날 여럿이 살았다"고 말함.

동료 중 {{p:탁영길}}이 열사병으로 쓰러졌고, 방글라데시 출신 운전기사 {{p:카림}}이 병원으로 옮겼다고 함. {{p:탁영길}}은 이후 귀국 조치됨. {{r:광호}} 씨는 {{p:카림}}의 성은 모른다고 함.

{{r:전광호}} 님은 아내 {{p:석미향}}과 딸이 {{u:평성}}에 남아 있어 매우 불안해함. 다음 회기에 가족 관련 심리지원 연계 예정.

상담자 소견: {{r:전}} 님은 진술이 일관되고 구체적임. 날짜와 지명({{u:아흐마디}}, {{u:자흐라}})을 정확히 기억함.""",
    },
    {
        "id": "h8-ko-05",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Paek Song-i", "백송이", "witness", []),
            ("Ri Chun-sik", "리춘식", "supervisor", []),
            ("Mo Kyong-nam", "모경남", "coworker", []),
        ],
        "note": "Formal sworn statement (진술서) in Korean; 리/이; given name 송이 is also a common noun (송이 = mushroom/bunch) used as word elsewhere; nickname with 아바이.",
        "text": """진 술 서

성명: {{r:백송이}}
생년월일: 1995. 2. 14.
주소: 생략

본인 {{r:백송이}}는 다음과 같이 사실대로 진술합니다.

1. 본인은 2017년 3월 {{u:중국}} {{u:절강성}}의 한 수산물 가공공장에 파견되었습니다. 파견 기관은 {{u:조선릉라888무역회사}}라고 들었습니다.

2. 공장에서 북한 노동자들을 관리한 사람은 {{r:리춘식}} 지배인입니다. 나이가 많아서 다들 뒤에서는 "{{r:춘식}}이 아바이"라고 불렀습니다. {{r:리춘식}}은 남쪽식으로 쓰면 {{r:이춘식}}입니다.

3. {{r:리}} 지배인은 여성 노동자들의 여권과 휴대전화를 모두 보관했습니다. 2018년 여름, 동료 {{r:모경남}}이 어머니 병환 소식을 듣고 귀국을 요청했으나 {{r:리춘식}}은 이를 거절했습니다. {{r:모경남}}은 그날 밤 기숙사에서 울다가 쓰러졌습니다.

4. 그때 중국인 공장장 {{p:천메이}}({{p:陳梅}})가 {{r:경남}}을 병원에 데려갔습니다. {{p:천}} 공장장은 이 일로 {{r:리}} 지배인과 크게 다투었습니다.

5. 본인은 바닷가에서 따 온 포도 한 송이를 {{r:경남}}이에게 준 적이 있는데, 이 일로 "개인행동"이라며 비판을 받았습니다. 비판 총화를 주도한 사람은 당 비서 {{p:편}}이었습니다. {{p:편}}의 이름은 모릅니다.

6. 본인은 2019년 {{u:상하이}}를 거쳐 탈출하였고, 현재 {{u:대한민국}}에 거주하고 있습니다.

위 진술은 사실과 다름없음을 확인합니다.

2024년 1월 22일
진술인 {{r:백송이}} (서명)
확인자 {{p:조은비}} (인권단체 조사원)""",
    },
    {
        "id": "h8-ko-06",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Son Mi-yong", "손미영", "witness", ["미영"]),
            ("Hong Chang-il", "홍창일", "coworker", []),
            ("Yu Kyong-sim", "유경심", "relative", []),
        ],
        "note": "Messenger chat in Korean with emoji; nicknames; name with 이랑, 한테, 도, 만; ordinary 손 (hand) used as a word.",
        "text": """[메신저 대화 캡처, 단체 직원 {{p:나혜린}}이 내담자 동의하에 정리]

{{r:미영}} 🌸: 언니 나 도착했어
{{r:미영}} 🌸: {{u:하나원}} 수료했고 이제 {{u:인천}} 임대아파트야
{{r:경심}}언니: 진짜?? 😭😭 {{r:미영}}아 고생했다
{{r:미영}} 🌸: 언니 {{r:창일}}이 소식 알아?
{{r:경심}}언니: {{r:창일}}이는 아직 {{u:블라디}}에 있대. {{p:봉수}} 오빠한테 들었어
{{r:미영}} 🌸: {{p:봉수}} 오빠도 연락돼? 대박
{{r:경심}}언니: 응 ㅋㅋ {{p:봉수}}만 폰 있어서 걔한테만 연락 옴
{{r:미영}} 🌸: {{r:창일}}이한테 나 잘 있다고 전해줘 🙏
{{r:경심}}언니: 알았어. 근데 {{r:홍창일}}이 {{p:안}}반장한테 또 맞았다더라
{{r:미영}} 🌸: 헐 그 사람 진짜... 손에 뭐 들고 때리는 거 아직도 그래?
{{r:경심}}언니: ㅇㅇ 😡
{{r:미영}} 🌸: 언니도 조심해. {{r:경심}}이 언니까지 잘못되면 나 못 살아
{{r:경심}}언니: 난 괜찮아 ㅎㅎ 우리 엄마랑 {{p:순복}}이랑 같이 있어

[정리자 메모: '{{r:경심}}언니'는 대화 상대 {{r:유경심}}의 대화명. {{r:유경심}}은 내담자 {{r:손미영}}의 사촌. '{{p:안}}반장'은 현장 반장 {{p:안}}씨로 추정, 이름 미상. {{p:봉수}}의 성은 {{p:왕}}씨라고 함({{p:왕봉수}}). 대화에 나온 "{{u:블라디}}"는 {{u:블라디보스토크}}의 줄임말. 캡처 원본에는 사진과 음성 메시지도 있었으나, 내담자의 요청에 따라 사진은 삭제하고 텍스트만 보관함. 대화 시점은 2023년 3월 초로 추정되며, 이후 두 사람은 다른 메신저로 옮겨 연락하고 있다고 함.]""",
    },
    {
        "id": "h8-ko-07",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Ham Chol-su", "함철수", "witness", []),
            ("Ri Tong-il", "리동일", "supervisor", []),
        ],
        "note": "Co-worker roster in Korean table form; many unregistered names; 리/이; names followed by commas and parentheses; 동일 also common word.",
        "text": """동료 명단 (증언자 {{r:함철수}} 구술, 2회차 면담에서 작성)

파견지: {{u:카타르}} {{u:도하}} 경기장 부속 건물 공사, 2014~2017
소속: {{u:조선건설총회사}} 산하 제3작업반
작업반장: {{r:리동일}} (남측 표기 {{r:이동일}})

번호 / 이름 / 출신 / 비고
1 / {{p:강성복}} / {{u:함흥}} / 용접공, 반장 대리
2 / {{p:우명수}} / {{u:단천}} / 2016년 추락 사고
3 / {{p:맹철호}} / {{u:평양}} / 취사
4 / {{p:엄광진}} / {{u:원산}} / {{p:우명수}}와 동향 친구
5 / {{p:탁정남}} / {{u:사리원}} / 나이 제일 어림
6 / {{p:국영삼}} / 미상 / 보위 담당으로 의심
7 / 성 모름, 이름 "{{p:광범}}" / {{u:청진}} / 2017년 귀국

증언자 설명:
- {{p:강성복}}은 {{r:리동일}} 반장과 같은 날짜에 입국. 반장과 동일한 방을 썼다.
- {{p:우명수}}가 떨어졌을 때 {{r:리}} 반장은 현장에 없었고 {{p:맹철호}}가 먼저 달려갔다. {{p:우}}씨는 {{u:도하}}의 병원에서 두 달간 입원했다.
- {{p:국영삼}}은 모두가 피했다. {{p:국}}씨 앞에서는 {{p:광범}}이도 농담을 하지 않았다.
- 네팔 노동자 {{p:람 바하두르}}와 {{p:수닐}}은 옆 현장에서 일했다. {{p:수닐}}이 {{r:함철수}}에게 전화기를 빌려주었다.

{{r:철수}} 씨는 명단의 사람들이 아직 북한에 있을 수 있으므로 공개를 원하지 않음. {{r:함}}씨 요청에 따라 이 명단은 내부용으로만 보관.""",
    },
    {
        "id": "h8-ko-08",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Cha Yong-ho", "차용호", "witness", []),
            ("Ok Song-nam", "옥성남", "supervisor", []),
            ("Pyon Il-gwang", "편일광", "coworker", []),
        ],
        "note": "Fisherman testimony in Korean; ship names public (칠보산5호 style); 선장 title; 옥 surname; Chinese and Indonesian crew in Hangul.",
        "text": """[어선 선원 증언 요약 - 조사원 {{p:윤하늘}}]

증언자 {{r:차용호}}(1983년생)는 2018~2020년 {{u:원산}} 선적 어선 {{u:칠보산5호}}와 중국 선적 어선 {{u:랴오위1023호}}에서 일했다고 진술함.

선장은 {{r:옥성남}}. 선원들은 그를 "{{r:옥}} 선장" 혹은 그냥 "선장 동지"라고 불렀다. {{r:옥성남}} 선장은 어획량이 적으면 선원들의 식량을 줄였다. {{r:차용호}}는 "{{r:옥}}가는 바다에서 왕이었다"고 표현함.

2019년 여름, 동료 {{r:편일광}}이 그물에 손이 감겨 손가락 두 개를 잃었다. {{r:일광}}이를 처치한 것은 중국인 기관장 {{p:쑨하이타오}}({{p:孙海涛}})였다. {{p:쑨}} 기관장은 {{r:편일광}}을 항구로 보내자고 했으나 {{r:옥}} 선장이 반대하였다.

배에는 인도네시아 선원 {{p:위디}}와 {{p:안디}}도 있었다. {{r:차용호}}는 {{p:안디}}에게서 인도네시아 말 몇 마디를 배웠다고 함. {{p:위디}}는 {{r:용호}}에게 가족사진을 보여 주었다.

2020년 {{u:칠보산5호}}가 {{u:남포}}로 귀항할 때 {{r:용호}}는 중국 배에 남았고, 이후 {{u:부산}}으로 입국하였다. {{r:편일광}}의 현재 행방은 알 수 없음.

참고: 증언자는 {{u:김정은}} 위원장의 "수산 부문 혁명" 관련 구호를 배 안에서 매일 외웠다고 함.

조사원 의견: 증언자의 기억은 날짜와 항구 이름에서 대체로 정확하나, 중국 배의 정확한 등록번호는 확인이 필요하다. 선원 명부를 구할 수 있다면 {{r:옥}} 선장과 {{p:쑨}} 기관장의 관계도 더 분명해질 것이다. 증언자는 바다에서 보낸 2년 동안 한 번도 육지에 내리지 못했다고 거듭 말했으며, 그동안 받은 돈은 한 푼도 없었다고 함. 다음 면담은 다음 달 {{u:부산}}에서 진행할 예정이다.""",
    },
    {
        "id": "h8-ko-09",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Hyon Song-min", "현성민", "witness", []),
            (
                "Sergei Vladimirovich Kozlov",
                "세르게이 블라디미로비치 코즐로프",
                "other",
                ["세료자"],
            ),
        ],
        "note": "Russian logging narrative in Korean; Cyrillic names and Hangul transliterations; patronymic alone; registered Russian; 현 surname vs 현 (current) word.",
        "text": """러시아 벌목장 증언 정리 (작성: {{p:김나래}})

증언자 {{r:현성민}}은 2010년부터 2016년까지 {{u:하바롭스크주}} {{u:체그도민}} 일대 벌목장에서 일했다. 현 거주지는 {{u:대구}}이다.

{{r:현성민}}이 가장 자주 언급한 사람은 러시아인 트럭 운전수 {{r:세르게이 블라디미로비치 코즐로프}}({{r:Сергей Владимирович Козлов}})이다. 북한 노동자들은 그를 {{r:세료자}}라고 불렀다. {{r:코즐로프}}는 노동자들에게 빵과 소시지를 몰래 가져다주었고, {{r:현}}씨가 처음 러시아어를 배운 것도 {{r:세르게이}} 덕분이었다고 한다.

북한 측 작업소 책임자는 {{p:방철웅}}, 보위 지도원은 {{p:차}}라는 성만 알려진 인물이었다. {{p:방철웅}}은 {{r:코즐로프}}가 노동자들과 가까이 지내는 것을 싫어해 러시아 회사 측에 항의하기도 했다. 러시아 회사 간부 {{p:안드레이 페트로비치}}({{p:Андрей Петрович}})는 {{p:방}}씨의 편을 들었다.

2015년 겨울, 동료 {{p:곽성일}}이 동상으로 발가락을 잃었다. {{r:세료자}}가 트럭으로 {{p:곽성일}}을 {{u:콤소몰스크나아무레}} 병원까지 데려갔다. {{p:곽}}씨는 이후 귀국했다.

{{r:성민}} 씨는 "{{r:세르게이}} 아저씨가 아니었으면 나도 거기서 죽었을 것"이라고 말했다. 현재 {{r:Козлов}}의 연락처는 없다.

작성자 메모: 증언자는 벌목장의 하루 일과를 자세히 설명했다. 새벽 다섯 시에 일어나 점호를 하고, 여섯 시에는 이미 숲에 들어가야 했다. 점심은 숲에서 언 밥을 먹었고, 저녁에는 생활총화와 학습이 이어졌다. 계획량을 채우지 못한 날에는 밤늦게까지 통나무를 옮겼다고 한다. 증언자는 "그래도 {{r:세료자}}가 오는 날은 명절 같았다"고 덧붙였다. 추가 면담에서 {{p:방철웅}}의 출신지와 나이를 다시 확인할 것.""",
    },
    {
        "id": "h8-ko-10",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Sim Ok-hwa", "심옥화", "witness", []),
            ("Zhao Jianming", "자오젠밍", "supervisor", ["趙建明"]),
            ("Kye Myong-hui", "계명희", "coworker", []),
        ],
        "note": "Chinese seafood plant in Korean; Chinese names in hanzi and Hangul; 사장 title after hanzi name; public 시진핑/김정은 in passing; particles 과/와/의.",
        "text": """중국 수산물 가공공장 실태 보고 (내부 초안)

1. 개요
증언자 {{r:심옥화}}(여, 31세)는 2018년부터 2022년까지 {{u:랴오닝성}} {{u:둥강}}시의 수산물 가공공장에서 일했다. 공장 운영사는 {{u:둥강해풍식품유한공사}}이다.

2. 관리 구조
공장 사장은 중국인 {{r:자오젠밍}}({{r:趙建明}})이다. 북한 여성들은 그를 "{{r:趙}}사장" 또는 "{{r:자오}} 사장"이라고 불렀다. 북한 측 관리자는 {{p:리은향}} 지도원과 당 세포비서 {{p:남}}씨였다. {{r:자오젠밍}}과 {{p:리은향}}의 관계는 매우 가까웠다고 한다.

3. 주요 증언
{{r:심옥화}}의 작업반 동료 {{r:계명희}}는 2020년 코로나 봉쇄 기간에 2년 넘게 귀국하지 못했다. {{r:명희}}는 어머니의 부고를 1년 뒤에야 들었다. 이때 {{r:옥화}}가 {{r:명희}}와 함께 밤새 울었다고 한다.

공장 식당의 조선족 조리사 {{p:김춘매}}는 북한 노동자들에게 몰래 휴대전화를 빌려주었다. {{p:춘매}} 아주머니의 전화로 {{r:심옥화}}는 처음 남한 방송을 들었다.

4. 정치 교육
매주 토요일 {{u:김정은}} 총비서의 노작 학습이 있었다. 중국 측은 간섭하지 않았다. 2019년 {{u:시진핑}} 주석의 {{u:평양}} 방문 때는 공장에 축하 행사가 열렸다.

5. 기타
{{r:계명희}}의 현재 상태는 알 수 없다. {{r:심}}씨는 {{r:계}}씨를 반드시 찾고 싶다고 말했다.""",
    },
    {
        "id": "h8-ko-11",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Sol Myong-jin", "설명진", "witness", []),
            ("Hamad Al-Marri", "하마드 알마리", "other", []),
            ("Ri Kyong-ho", "리경호", "supervisor", []),
        ],
        "note": "Kuwait/Qatar construction narrative in Korean; 설명 surname trap (설명진 vs 설명 'explanation'); Arabic name in Hangul, Latin and Arabic; 를/을/에게.",
        "text": """[조사 보고서 부록 3 - 중동 건설현장]

증언자 {{r:설명진}}은 2013~2016년 {{u:카타르}} {{u:루사일}} 지역 고층건물 공사에 투입되었다. 아래는 {{r:설명진}}의 설명을 요약한 것이다.

현장의 북한 측 책임자는 {{r:리경호}}였다. {{r:리경호}}를 노동자들은 "{{r:경호}} 동지"라고 불렀는데, 경호원 출신이라는 소문도 있었다. {{r:리}}는 숙소 열쇠를 혼자 갖고 있었다.

{{u:카타르}} 측 발주처 감독은 {{r:하마드 알마리}}({{r:Hamad Al-Marri}}, {{r:حمد المري}})였다. {{r:하마드}}는 북한 노동자들이 금요일에도 일하는 것을 보고 놀랐다고 한다. 그가 {{r:리경호}}에게 휴식을 주라고 했으나 {{r:리}}는 "우리는 자원해서 일한다"고 대답했다. {{r:알마리}} 감독은 이후 북한 팀을 다른 구역으로 옮겼다.

{{r:명진}}은 같은 숙소의 {{p:지광수}}, {{p:부용철}}과 친했다. {{p:부용철}}은 {{u:제주}}가 아니라 {{u:개성}} 출신이다(증언자 강조). {{p:지광수}}에게는 {{u:도하}}에서 만난 필리핀 간호사 {{p:마리셀}}이라는 친구가 있었는데, {{p:마리셀}}을 통해 가족에게 편지를 보냈다.

2016년 귀국 명령이 내려졌을 때 {{r:설명진}}은 {{u:도하}} 공항에서 {{u:인천}}행 비행기로 갈아탈 기회를 노렸다고 한다. 자세한 탈출 경위는 비공개.

* 추가 설명: "설명"은 일반 명사로도 쓰이므로 보고서 검토 시 주의. {{r:설}}씨 본인은 이름 때문에 놀림을 많이 받았다고 함.""",
    },
    {
        "id": "h8-ko-12",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ju Hyon-sil", "주현실", "witness", []),
            ("Enkhtuya Batsaikhan", "엥흐토야 바트사이항", "other", ["토야"]),
        ],
        "note": "Mongolia (Ulaanbaatar) sewing/construction in Korean; Mongolian names in Hangul and Cyrillic; 현실 also a word ('reality'); 주 surname.",
        "text": """몽골 파견 노동자 면담 메모
작성일: 2021.11.3 / 작성자: {{p:서윤아}}

면담 대상 {{r:주현실}}(여)은 2015~2018년 {{u:울란바토르}}의 봉제공장에서 일했다. 공장은 몽골 회사 {{u:에르뎀테크스}} 소유였고, 북한 측 파견 회사 이름은 모른다고 함.

{{r:주현실}}은 몽골인 동료 {{r:엥흐토야 바트사이항}}({{r:Энхтуяа Батсайхан}})을 여러 번 언급했다. 다들 {{r:토야}}라고 불렀다. {{r:토야}}는 북한 여성들에게 몽골어를 가르쳐 주었고, 자기 집에서 만든 보즈(만두)를 가져오기도 했다. 북한 측 관리자 {{p:왕순희}}는 {{r:엥흐토야}}와의 대화를 금지했다.

{{p:왕순희}} 관리원은 {{u:평양}} 출신으로, {{u:김일성}} 초상화 앞에서 매일 아침 결의 모임을 열었다. {{r:현실}}은 "그것이 우리의 현실이었다"고 말했다.

{{r:주}}씨와 같은 방을 쓴 사람은 {{p:명춘옥}}, {{p:어은별}}이었다. {{p:어은별}}은 {{r:토야}}의 도움으로 병원에 갔다. 몽골인 의사 {{p:바야르마}}({{p:Баярмаа}})가 무료로 진료해 주었다고 함.

2018년 공장이 문을 닫은 뒤 북한 노동자들은 {{u:자민우드}}를 거쳐 {{u:중국}}으로 이동했고, {{r:주현실}}은 그 과정에서 이탈했다. {{r:토야}}와는 지금도 SNS로 연락한다고 한다.

추가 메모: 면담 대상은 공장의 하루 작업 시간이 열두 시간이 넘었고, 한 달에 쉬는 날은 이틀뿐이었다고 말했다. 겨울에는 기숙사 난방이 자주 끊겨 여성들이 옷을 껴입고 잤다고 한다. 월급은 몽골 회사에서 북한 측 관리자에게 직접 넘어갔고, 노동자 본인은 명세서를 본 적이 없다. 작성자는 다음 면담 때 {{p:왕순희}}의 나이와 출신, 그리고 공장 주소를 다시 묻기로 함.""",
    },
    {
        "id": "h8-ko-13",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Pang Chol-gu", "방철구", "witness", ["구"]),
            ("Pang Myong-sun", "방명순", "relative", []),
            ("Ri Yong-sil", "리영실", "relative", []),
        ],
        "note": "Family relations statement; 방 surname vs 방 'room'; one-syllable nickname; names with 의/와/도/만; 영실 as name.",
        "text": """가족관계 진술 (보호결정 심사용)

진술인: {{r:방철구}}
작성: 조사관 {{p:변지민}}

1. 부모
부친 {{p:방기남}}(사망, 2009년). 모친 {{r:리영실}}(1958년생)은 현재 {{u:함경남도}} {{u:함흥시}}에 거주하는 것으로 추정됨. {{r:리영실}}의 친정은 {{u:북청}}이다.

2. 형제
누나 {{r:방명순}}(1980년생). {{r:명순}}도 2012년 {{u:러시아}} {{u:나홋카}}의 봉제공장에 파견된 적이 있다. {{r:방명순}}의 남편은 {{p:길성철}}이며, 슬하에 딸 하나({{p:길은혜}})가 있다.

3. 진술인의 해외 파견
진술인은 2014년부터 {{u:사할린}}에서 건설 노동을 했다. 그때 숙소 방 하나에 여섯 명이 살았다고 한다. 같은 방에는 {{p:석룡}}, {{p:육광일}} 등이 있었다. {{p:육광일}}은 진술인에게 "{{r:구}}"라는 짧은 별명을 처음 지어준 사람이다. 현장에서는 {{r:방}}씨 성을 붙여 "{{r:방철구}}", 혹은 "{{r:방}} 동무"라고 불렀다.

4. 연락 현황
진술인은 {{r:명순}} 누나와만 간접적으로 연락하고 있다. 어머니 {{r:영실}}과는 2019년 이후 연락이 끊겼다. 브로커 {{p:추}}씨를 통해 소식을 전해 들었는데, {{p:추}}씨는 {{u:중국}} {{u:연길}}에 있다.

5. 조사관 의견
진술이 일관됨. 누나 {{r:방명순}}과 매형 {{p:길성철}}의 신원은 추가 확인 필요. 진술인은 가족에게 피해가 갈 것을 매우 걱정하고 있으며, 이 기록이 외부에 공개되지 않기를 원함. 보호결정 이후 정착 지역은 본인의 희망에 따라 {{u:경기도}}로 할 예정이고, 취업 상담은 다음 주에 시작함. 면담 도중 진술인은 여러 차례 눈물을 보였으나 질문에는 끝까지 성실하게 답하였다.""",
    },
    {
        "id": "h8-ko-14",
        "language": "ko",
        "eol": "lf",
        "persons": [],
        "note": "No registered persons (all private mentions unregistered). NGO internal memo in Korean between staff; staff names private; two private Kims; public 김정일/최룡해; romanized names inside Korean; 씨/님/선생.",
        "text": """[내부 메모]
수신: 조사팀 {{p:마지영}}, {{p:도현우}}
발신: {{p:함수빈}}
제목: {{u:사할린}}-{{u:연해주}} 건 증언자 2인 교차 검증

{{p:지영}} 선생님, {{p:현우}} 씨,

지난주 면담한 {{p:김철웅}} 씨와 {{p:김선애}} 씨의 진술을 대조했습니다. 두 분은 같은 성이지만 친척이 아니며, {{p:철웅}} 씨는 {{u:사할린}} {{u:유즈노사할린스크}}의 건설현장, {{p:선애}} 씨는 같은 회사의 급식소에서 일했습니다.

1) 현장 책임자: {{p:김철웅}} 씨는 "{{p:노}} 부장"이라고만 기억합니다. {{p:김선애}} 씨는 같은 사람을 "{{p:노창국}}"이라고 했습니다. 동일 인물로 판단됩니다. {{p:노창국}}은 {{u:김정일}} 사망 당시 노동자들에게 애도 행사 참석을 강요했다고 두 분 모두 진술.

2) {{p:선애}} 씨 진술 중 "{{u:최룡해}}가 현장을 시찰했다"는 부분은 확인 불가. {{p:김철웅}} 씨는 들은 바 없다고 함.

3) 러시아인 관리인: {{p:철웅}} 씨는 "{{p:Viktor}}", {{p:선애}} 씨는 "{{p:빅토르}} 아저씨"라고 지칭. 같은 인물로 보입니다.

4) 문서 표기: {{p:김철웅}}의 여권상 로마자는 {{p:Kim Chol Ung}}, 남한 주민등록상 {{p:Kim Cheol-woong}}. {{p:김선애}}는 {{p:Kim Seon-ae}}.

{{p:현우}} 씨, {{p:노창국}} 관련 기존 자료 있으면 공유 부탁드립니다.
{{p:수빈}} 드림""",
    },
    {
        "id": "h8-ko-15",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Yom Kwang-jin", "염광진", "witness", []),
            ("Tak Yong-gu", "탁용구", "supervisor", []),
            ("Do Un-jong", "도은정", "coworker", []),
        ],
        "note": "Court-style examination transcript in Korean; 재판장/증인 labels; 도 surname vs particle 도; 은정 particles; 탁 surname.",
        "text": """[모의 법정 증언 기록 - 국제 인권 심포지엄]

재판장: 증인은 이름을 말씀해 주십시오.
증인: {{r:염광진}}입니다.
재판장: 변호인, 신문하십시오.
변호인({{p:여민정}}): 증인은 {{u:러시아}} 어디에서 일했습니까?
증인: {{u:연해주}} {{u:우수리스크}}의 아파트 건설현장입니다. 2015년부터 2018년까지요.
변호인: 현장 책임자는 누구였습니까?
증인: {{r:탁용구}}입니다. {{r:탁}} 과장이라고 불렀습니다.
변호인: {{r:탁용구}}가 노동자들을 때린 적이 있습니까?
증인: 네. 특히 여성 취사원 {{r:도은정}}을 자주 괴롭혔습니다. {{r:은정}}이도, 저도, 모두 참기만 했습니다.
변호인: {{r:도은정}}은 어떻게 되었습니까?
증인: {{r:도}}씨는 2017년에 병이 나서 귀국했습니다. {{r:은정}}이가 떠나던 날 {{r:탁}} 과장은 역에도 안 나왔습니다.
변호인: 다른 목격자가 있습니까?
증인: 용접공 {{p:공석진}}과 러시아인 경비 {{p:드미트리}}가 있었습니다. {{p:드미트리}}도 {{r:탁}} 과장에게 항의했습니다.
재판장: 증인, {{p:공석진}}은 지금 어디 있습니까?
증인: 모릅니다. {{p:공}}씨는 {{u:평양}}에 가족이 있어 돌아갔습니다.
변호인: 마지막으로, 증인은 왜 증언하게 되었습니까?
증인: {{r:은정}}이를 위해서입니다. 그리고 {{r:광진}}이라는 제 이름도 이제 숨기지 않겠습니다.
재판장: 수고하셨습니다. 휴정하겠습니다.

[기록자 주: 이 모의 법정은 실제 재판이 아니며, 해외 파견 노동 피해 사례를 알리기 위해 열렸다. 증인의 동의를 받아 녹취하였고, 공개본에서는 모든 개인 이름을 가명으로 바꾼다. 재판장과 변호인 역할은 인권단체 활동가들이 맡았다. 행사는 두 시간 동안 진행되었으며 청중은 약 여든 명이었다.]""",
    },
    {
        "id": "h8-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Song-gun", "리성근", "witness", []),
            ("Chae Yong-sik", "채용식", "supervisor", []),
            ("Ri Song-hui", "리성희", "relative", []),
        ],
        "note": "English report with Hangul in parentheses and Hangul-only mentions with particles; Ri/Lee/Yi/리/이; 채용 is also a word (hiring).",
        "text": """Summary for donors (draft 2) - Russian construction testimonies

The main witness, {{r:Ri Song-gun}} ({{r:리성근}}; in the ROK registry {{r:Lee Seong-geun}}), worked in {{u:Moscow}} and {{u:Kazan}} between 2015 and 2019. {{r:Ri}} described a system in which the brigade leader, {{r:Chae Yong-sik}} ({{r:채용식}}), controlled hiring and firing. The Korean word for hiring is 채용, which caused confusion in our first transcript: the witness said "{{r:채용식}}이 채용을 다 맡았다", i.e. {{r:Chae}} handled all recruitment.

{{r:Song-gun}}'s sister, {{r:Ri Song-hui}} ({{r:성희}}), is also a former worker; she was at a textile plant in {{u:Yanji}}. In her own words: "{{r:성근}}이 오빠가 먼저 떠났고, 저는 그 다음 해에..." [untranslated]. {{r:Song-hui}} spells her name "{{r:Yi Seong-hui}}" on her Chinese documents.

Other names in the testimony:
- {{p:Pak Sang-ryong}} ({{p:박상룡}}), a plasterer, {{r:Ri}}'s roommate in {{u:Kazan}}
- {{p:Sergey}}, Russian site guard; {{r:Song-gun}} does not know his surname
- Uncle {{p:Yang}} ({{p:양}} 아저씨) - a cook from {{u:Nampho}}

{{r:Chae}} reportedly told the men that money from {{u:Moscow}} was going to the "{{u:Kim Jong Un}} loyalty fund". {{r:채}} 반장 also confiscated {{p:Pak}}'s phone. When asked whether {{p:Yang}} was kind, {{r:Ri}} said yes, "{{p:양}} 아저씨 was like a father".

Quote for the brochure: "We built houses for other people and had no house ourselves." - {{r:R.S.G.}}""",
    },
    {
        "id": "h8-mixed-02",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kang Yong-chol", "강용철", "witness", []),
            ("U Chang-hyon", "우창현", "supervisor", []),
            ("Myong Sun-ok", "명순옥", "relative", []),
        ],
        "note": "Korean interview with English interpreter notes; surname U; romanized and Hangul in same lines; Kang/Gang; 선생 title.",
        "text": """면담 기록 / Interview record - session 2 (interpreter: {{p:Julia Baek}})

문: 처음 {{u:쿠웨이트}}에 도착했을 때 누가 마중 나왔습니까?
답: {{r:우창현}} 지배인이요. {{r:우}} 지배인이 공항에서 여권을 다 걷어 갔어요.
[Interp. note: witness names the manager as {{r:U Chang-hyon}}; "{{r:U}}" is the full surname. The witness pronounces it like the English "oo".]

문: {{r:우창현}}은 어떤 사람이었습니까?
답: 말은 부드러운데 돈 문제는 무서웠어요. {{r:창현}}이는... 아, 지배인을 그렇게 부르면 안 되는데, 우리끼리는 그렇게 불렀어요.
[Interp. note: "{{r:Chang-hyon}}-i", a familiar form. Witness laughs.]

문: 부인 {{r:명순옥}} 씨와는 연락이 됩니까?
답: 네, {{r:순옥}}이는 지금 {{u:서울}}에 있어요. 저보다 먼저 왔어요.
[Interp. note: wife {{r:Myong Sun-ok}}. Note "{{r:Myong}}" is the surname, not part of the given name.]

문: 현장에 다른 나라 사람들도 있었습니까?
답: 이집트 사람 {{p:Mahmoud}}, 그리고 인도 사람 {{p:Suresh}}. {{p:마흐무드}}는 {{r:우}} 지배인하고 사이가 나빴어요.
[Interp. note: {{p:Mahmoud}} = same person as {{p:마흐무드}}.]

문: 본인 이름을 영어로 어떻게 씁니까?
답: {{r:Kang Yong-chol}}. 남한 여권에는 {{r:Gang Yong-cheol}}로 되어 있어요.
[Interp. note: I asked Mr {{r:Kang}} to spell it; he wrote "{{r:GANG}}". Also mentions a teacher at {{u:Hanawon}}, {{p:Shin}} 선생, who helped him with English.]

문: 더 하고 싶은 말씀이 있습니까?
답: {{p:신}} 선생님께 감사하다고 전해 주세요.""",
    },
    {
        "id": "h8-mixed-03",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Ri Myong-ok", "리명옥", "witness", ["Okja", "옥자"]),
            ("Choe Song-il", "최성일", "supervisor", []),
        ],
        "note": "Email in English quoting Korean SMS; Choe/Choi/최; nickname; names with 한테/이랑; fullwidth and zero-width in a quoted name.",
        "text": """Subject: FW: messages from {{r:M.O.}} (please redact before sharing)

{{p:Sarah}},

Below are the SMS that {{r:Myong-ok}} forwarded last night. She says it is fine to use them for the report but only after names are removed. Her co-workers call her "{{r:Okja}}" - please treat that as her name as well.

---
> [02:14] 언니 나 {{r:옥자}}야. {{r:최성일}}이 오늘 또 검사했어
> [02:15] 전화기 숨겼어. {{p:은하}}랑 {{p:은하}} 동생이랑 같이 있어
> [02:20] {{r:최}} 소장이 다음 달에 {{u:평양}}에서 검열 온대
> [02:31] 언니, {{p:수련}}이한테 내 얘기 하지 마
---

Context: {{r:Ri Myong-ok}} ({{r:리명옥}}) worked 2019-2022 at a seafood plant in {{u:Rongcheng}}, {{u:Shandong}}. The North Korean manager was {{r:Choe Song-il}} ({{r:최성일}}), whom she sometimes writes as "{{r:Choi}}". In one message the name appears as "{{r:최\u200b성일}}" - there is a zero-width character inside, probably from her phone keyboard. Another message writes "{{r:ＣＨＯＥ}}" in fullwidth.

{{p:Eun-ha}} ({{p:은하}}) seems to be a co-worker; {{p:Su-ryon}} is {{r:Myong-ok}}'s cousin in {{u:Seoul}}. I would not add {{p:Su-ryon}} to the registry.

{{r:Ri}} wants to stay anonymous until her contract ends. She is OK with us using "{{u:Rongcheng}}" as the location.

Thanks,
{{p:Tae-yang}}

P.S. {{r:Okja}} also mentioned a Chinese supervisor, Mrs {{p:Sun}}, "who is the only one who says thank you".""",
    },
    {
        "id": "h8-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Son Kyong-il", "손경일", "witness", []),
            ("Son Kyong-hwa", "손경화", "relative", []),
            ("Ho Chang-nam", "허창남", "supervisor", []),
        ],
        "note": "Bilingual intake form (Korean labels, English answers); Name/성명 fields; Son as surname vs English 'son'; Ho/허; ALL CAPS name field.",
        "text": """INTAKE / 접수 양식

성명 (Name): {{r:SON KYONG-IL}} / {{r:손경일}}
기타 이름 (Other names): {{r:Sohn Kyung-il}}
성별 (Sex): M
출생연도 (Year of birth): 1987
출신지 (Place of origin): {{u:강원도}} {{u:원산시}} / {{u:Wonsan}}, {{u:Kangwon}}
파견국 (Country of deployment): {{u:Russia}} - {{u:Vladivostok}}, {{u:Nakhodka}}
파견기관 (Sending organ): {{u:Rungrado General Trading Corporation}}
관리자 성명 (Supervisor): {{r:Ho Chang-nam}} ({{r:허창남}})
가족 (Family): sister {{r:Son Kyong-hwa}} ({{r:손경화}}), in {{u:Wonsan}}; mother deceased; no son, no daughter

진술 요약 (Summary):
{{r:Son}} worked as a bricklayer from 2016. His supervisor {{r:Ho}} ("{{r:허}} 반장") took 80% of wages. {{r:Kyong-il}} says {{r:Ho Chang-nam}} was a son of a Party official in {{u:Wonsan}} and could not be criticised. {{r:손경일}}은 2019년 {{u:나홋카}}에서 이탈.

Co-workers named: {{p:Gye Myong-sop}} ({{p:계명섭}}), {{p:Ri Chol}}, and a Russian landlady, {{p:Galina Stepanovna}}. {{p:Galina}} hid {{r:Son}} for four days. {{p:Gye}} and {{p:Ri Chol}} were sent back in 2020.

Sister: {{r:Kyong-hwa}} was told by the local security office that her brother was "dead in an accident". {{r:Son Kyong-il}} wants her to know the truth. ({{r:경화}}에게 연락하는 방법은 추후 논의.)

접수자 (Intake officer): {{p:Jeon Ha-eun}} / {{p:전하은}}
서명 (Signature): {{r:S.K.I.}}""",
    },
    {
        "id": "h8-mixed-05",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kim Hyang-ok", "김향옥", "witness", []),
            ("Yun Chol-ho", "윤철호", "supervisor", []),
            ("Kim Jong-hui", "김정희", "coworker", []),
        ],
        "note": "Translation memo: Korean original with English translation side by side; private Kim Jong-hui vs public Kim Jong Un/Kim Jong Il; Yun/Youn; particle-attached names.",
        "text": """TRANSLATION MEMO - excerpt 4 (translator: {{p:Nadia Hoffmann}})

[KO] 저는 {{r:김향옥}}입니다. 2016년에 {{u:중국}} {{u:훈춘}}의 전자부품 공장으로 갔습니다.
[EN] My name is {{r:Kim Hyang-ok}}. In 2016 I went to an electronics parts factory in {{u:Hunchun}}, {{u:China}}.

[KO] 우리를 관리한 사람은 {{r:윤철호}}였습니다. {{r:윤철호}}는 매일 아침 {{u:김정은}} 원수님 말씀을 읽게 했습니다.
[EN] The man who managed us was {{r:Yun Chol-ho}}. Every morning {{r:Yun}} made us read the words of Marshal {{u:Kim Jong Un}}.

[KO] 제 친구 {{r:김정희}}는 손이 빨라서 늘 1등을 했습니다. 그런데 {{r:정희}}가 1등을 해도 돈은 {{r:윤}} 지도원이 가져갔습니다.
[EN] My friend {{r:Kim Jong-hui}} was fast with her hands and always came first. But even when {{r:Jong-hui}} came first, Instructor {{r:Yun}} took the money.

[KO] {{r:정희}}의 아버지는 {{u:김정일}} 시대에 군관이었다고 들었습니다.
[EN] I heard that {{r:Jong-hui}}'s father was an officer in the {{u:Kim Jong Il}} era.

[KO] 중국인 반장 {{p:멍}}씨는 우리를 불쌍히 여겼습니다. {{p:멍}}씨 이름은 {{p:멍샤오위}}({{p:孟小雨}})입니다.
[EN] The Chinese team leader, Ms {{p:Meng}}, pitied us. Her name is {{p:Meng Xiaoyu}} ({{p:孟小雨}}).

Translator's notes:
1. "{{r:김정희}}" must not be confused with {{u:Kim Jong Un}}'s family; it is a common name. I rendered it {{r:Kim Jong-hui}}; the ROK form would be {{r:Kim Jeong-hee}}.
2. {{r:Yun}} may appear as "{{r:Youn}}" in the Chinese work permit.
3. The witness refers to herself once as "{{r:향옥}}이" in the audio; I translated it as "{{r:Hyang-ok}}".""",
    },
    {
        "id": "h8-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kwak Chol-nam", "곽철남", "witness", []),
            ("Hyon Yong-ae", "현영애", "relative", []),
        ],
        "note": "Staff chat mixing Korean and English, lower-case names, emoji; surname-only mentions; staff first names; Korean particle on romanized name.",
        "text": """#case-team channel export (Slack-like), 2024-02-19

{{p:minji}}: morning all ☀️ quick q on the {{r:kwak}} file
{{p:minji}}: {{r:곽철남}} 씨 wife name is {{r:현영애}} right? or {{r:hyon yong-ae}} in english
{{p:tom}}: yes {{r:Hyon Yong-ae}}. ROK docs say {{r:Hyun Young-ae}}
{{p:minji}}: 👍 and is she registered or just mentioned
{{p:tom}}: registered, she gave her own testimony in jan
{{p:jiwoo}}: fyi {{r:Kwak}}이 어제 전화함. he's moving to {{u:Busan}}
{{p:minji}}: 오 ok. did {{r:kwak}} say anything about {{p:Seok}}?
{{p:jiwoo}}: {{p:석}} 반장? no. only that {{p:Seok}} is still in {{u:Tynda}} w/ the brigade
{{p:tom}}: for the record: {{p:Seok}} = brigade leader, not registered. we only have surname
{{p:minji}}: got it. also {{r:영애}} 씨 mentioned a russian doctor "Dr. {{p:Pavel}}"... do we mark him
{{p:tom}}: yes private person, mark {{p:Pavel}}
{{p:jiwoo}}: 🙃 i'll redo the export then
{{p:minji}}: thx {{p:jiwoo}}! and {{p:tom}} can you check whether {{r:Chol-nam}} is ok with {{u:Tynda}} being named
{{p:tom}}: will ask {{r:Chol-nam}} tmrw 📞
{{p:jiwoo}}: reminder - {{u:Kim Jong Un}} quotes stay as is, {{u:Hanawon}} and {{u:Ministry of Unification}} too
{{p:minji}}: ✅""",
    },
    {
        "id": "h8-mixed-07",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Pak Yong-sun", "박영순", "supervisor", []),
            ("Sin Kum-hui", "신금희", "witness", []),
            ("Ri Hae-song", "리해송", "coworker", []),
        ],
        "note": "Spreadsheet-like bilingual roster (pipes); Pak/Park/박; Sin/Shin/신; romanization and Hangul in the same row; a soft hyphen inside a name.",
        "text": """ROSTER / 명단 - garment factory, {{u:Tumen}} ({{u:도문}}), women's team 2
Source: {{r:Sin Kum-hui}} ({{r:신금희}}), compiled with {{p:Anna Kowalczyk}}

| # | Name (rom.)        | 이름          | Role / 역할         | Notes                                           |
|---|--------------------|---------------|---------------------|-------------------------------------------------|
| 1 | {{r:Park Young-soon}}    | {{r:박영순}}  | team leader / 반장  | ROK spelling given by witness; DPRK: {{r:Pak Yong-sun}} |
| 2 | {{r:Shin Keum-hee}}     | {{r:신금희}}  | sewing / 재봉       | = witness                                       |
| 3 | {{r:Ri Hae-song}}  | {{r:리해송}}  | sewing / 재봉       | "{{r:해송}}이는 노래를 잘했다"                 |
| 4 | {{p:Ju Sol-mi}}    | {{p:주설미}}  | packing / 포장      | {{p:Sol-mi}} left 2019                          |
| 5 | {{p:Tong Ok-ryon}} | {{p:동옥련}}  | cutting / 재단      | surname {{p:동}} (rare)                               |
| 6 | -                  | {{p:순덕}}    | cook / 취사         | surname unknown                                 |

Notes:
- {{r:Pak}} was promoted after {{r:Hae-song}} complained about pay; {{r:Sin}} thinks {{r:박}} 반장 reported {{r:Hae\u00adsong}} to the party secretary.
- {{r:Ri}}'s name is written {{r:이해송}} in the witness's own notebook.
- {{p:Tong}} and {{p:순덕}} were close; {{p:순덕}}이는 {{p:Tong}}을 "언니" 라고 불렀다.
- Row 6: the cook is remembered only as {{p:Sun-dok}}.
- A Chinese accountant, {{p:Gao Min}} ({{p:高敏}}), kept the real pay records; {{p:Gao}} is not on the team.""",
    },
    {
        "id": "h8-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Cho Sung-ho", "조성호", "witness", []),
            ("Mikhail Yuryevich Ganin", "미하일 유리예비치 가닌", "official", []),
        ],
        "note": "Korean notes with English and Russian names of officials; Russian official registered; Cyrillic and Hangul transliteration; Jo/Cho/조; Putin public.",
        "text": """[조사 메모 - 러시아 이민국 관련, 작성 {{p:Kwon Na-yeon}}]

증언자 {{r:조성호}}({{r:Jo Song-ho}}로도 표기, 여권상 {{r:CHO SUNG HO}})는 2018년 {{u:블라디보스토크}}에서 체류 허가 문제로 러시아 이민국 직원과 여러 번 만났다. 해당 직원은 {{r:Mikhail Yuryevich Ganin}} ({{r:Михаил Юрьевич Ганин}}), 한국어로는 {{r:미하일 유리예비치 가닌}}.

{{r:가닌}}은 {{r:조}}씨에게 "you must go back with your brigade"라고 영어로 말했다고 한다. {{r:Ganin}}이 북한 측 담당자 {{p:Rim Chol-u}}({{p:림철우}})와 자주 통화했다는 것이 {{r:조성호}}의 주장이다. {{p:림철우}}는 {{u:주러시아 북한대사관}} 소속으로 추정되나 공식 직함은 불명.

{{r:Sung-ho}}(증언자는 자신을 이렇게 영어로 소개함)는 당시 {{u:Vladimir Putin}} 대통령과 {{u:김정은}} 위원장의 2019년 {{u:블라디보스토크}} 정상회담 직전에 노동자 단속이 강화되었다고 말했다. 이 시기 {{r:Mikhail Yuryevich}}는 {{r:조성호}}의 서류를 한 번 "분실"했다고 한다.

동료 증인:
- {{p:Jo Hyok-chol}}({{p:조혁철}}) - {{r:조성호}}와 같은 성이지만 친척 아님
- {{p:Larisa}} (러시아인 통역사, 성 미상) - {{p:라리사}}는 {{r:Ganin}}과의 면담에 두 번 동석
- {{p:Hyok-chol}}의 친구 {{p:Pae}}, 2019년 귀국

추가 확인: {{r:M.Yu. Ganin}}이 현재도 근무 중인지 ({{u:MVD}} 공개 자료 확인 필요). {{p:Jo Hyok-chol}}의 현재 거주지는 {{u:인천}}.

Note for the English summary: the witness says the officer never asked for a bribe directly, but the documents were returned only after the brigade leader paid "a fee". 이 부분은 증언자의 추측일 수 있으므로 보고서에는 "unverified"로 표시할 것. Dates and the office address should be checked against the witness's own calendar.""",
    },
    {
        "id": "h8-mixed-09",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Tong Chol-ho", "동철호", "witness", []),
            ("Ri Sang-bok", "리상복", "supervisor", ["Bok"]),
            ("Noor Fatima", "누르 파티마", "other", []),
        ],
        "note": "Translated statement into English with Korean inserts; Qatar; Pakistani private name with Urdu script; nickname; surname Tong; laughter 'ha ha'.",
        "text": """STATEMENT (translated from Korean; original phrases in brackets)

I am {{r:Tong Chol-ho}} [{{r:동철호}}]. From 2014 to 2018 I was in {{u:Doha}}, {{u:Qatar}}, building a hotel near the {{u:Corniche}}. Our team belonged to a company the workers called "{{u:Paekho}}" [{{u:백호}}].

Our leader was {{r:Ri Sang-bok}} [{{r:리상복}}]. Behind his back we said "{{r:Bok}}" [{{r:복}}이], which sounds like "luck", ha ha. {{r:Ri}} was not lucky for us. [{{r:상복}}이는 우리 돈을 다 가져갔다.] {{r:Sang-bok}} sent the money to an account in {{u:Pyongyang}}.

At the labour camp clinic there was a nurse from {{u:Pakistan}}, {{r:Noor Fatima}} [{{r:누르 파티마}}], in her own letters {{r:نور فاطمہ}}. {{r:Noor}} treated my burn in 2016. {{r:Fatima}} - we called her Sister {{r:Fatima}}... I am sorry, I mean we called her "{{r:파티마}} 선생". She gave me extra bandages and said nothing to {{r:Bok}}.

My friend {{p:Paek Chol}} [{{p:백철}}] - not related to the company name - fell from the fourth floor in 2017. {{p:Chol}} lived. {{p:Paek}} was sent back. The driver who took him to hospital was a Nepali man, {{p:Hari}}. {{p:Hari Prasad}} ... I only know that much.

[{{r:동철호}}는 이 진술서가 {{u:유엔}}에 제출되는 데 동의함.] I agree that this statement can be given to the {{u:United Nations}}. My name may be shown as {{r:T.C.H.}}

Signed: {{r:Tong Chol-ho}}""",
    },
    {
        "id": "h8-mixed-10",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Chong Kwang-hyok", "정광혁", "witness", []),
            ("Jong Su-bok", "정수복", "coworker", []),
            ("Hyon Tae-sik", "현태식", "supervisor", []),
        ],
        "note": "Report mixing Hangul and romanization in the same sentence; Chong/Jong/Jung/정 variants for two different people; Hyon/Hyun; fishing and port names public.",
        "text": """Field report: distant-water fishing crews, {{u:Mauritius}} port calls (2017-2019)

The witness {{r:Chong Kwang-hyok}} ({{r:정광혁}}, also {{r:Jung Kwang-hyuk}}) and his shipmate {{r:Jong Su-bok}} ({{r:정수복}}) were on the {{u:Puksong 3}} ({{u:북성3호}}) under a political officer named {{r:Hyon Tae-sik}} ({{r:현태식}}). Note: both men share the same surname; {{r:Chong}} spells it with "Ch", {{r:Jong}} with "J". When we write "{{r:정}}씨" below we mean the witness, {{r:광혁}}.

{{r:정광혁}}은 {{u:Port Louis}}에서 a Mauritian dock worker, {{p:Jean-Claude Ramdin}}, 에게 편지를 맡겼다. {{p:Ramdin}} posted it to {{u:Seoul}}. 편지는 {{r:수복}}의 어머니 앞으로 쓰인 것이었다.

{{r:현태식}} (the "{{r:Hyon}}" of the crew) confiscated letters whenever he found them. {{r:현}} 정치지도원은 {{r:Su-bok}}을 두 번 때렸다. {{r:Jong Su-bok}}의 사촌 {{p:Jong Myong-il}} ({{p:정명일}}) was also on board but in the engine room.

When the ship reached {{u:Walvis Bay}}, {{r:Kwang-hyok}} tried to reach the port chaplain, Father {{p:Tomas}}... [the witness's words: "{{p:토마스}} 신부님"]. He could not; {{r:Hyon Tae-sik}} kept him on board.

The {{u:Puksong 3}} belongs to a fishing station under the {{u:Korean People's Army}}, says {{r:Chong}}. He also says the catch was sold to a Taiwanese buyer, {{p:Lin Wei-ting}} ({{p:林偉廷}}). {{p:Lin}} paid in cash to {{r:Hyon}}.

Follow-up: {{r:정수복}}은 현재 소재 불명. {{r:Kwang-hyok}} asks that {{p:Ramdin}} not be contacted.""",
    },
    {
        "id": "h8-mixed-11",
        "language": "mixed",
        "eol": "mixed",
        "persons": [],
        "note": "No registered persons (all private mentions unregistered). Resettlement-centre style record in Korean with English field labels; Mun/Moon and 'moon' as word; public Ri Son-gwon next to private Ri; 지배인 title; a title used as a nickname left unmarked.",
        "text": """[Protection Centre Record / 보호센터 기록]
Case no.: 2022-PC-311
Name / 성명: {{p:문성학}} ({{p:Mun Song-hak}}; ROK: {{p:Moon Sung-hak}})
Interviewer / 면담관: {{p:하지원}}

Work abroad / 해외 노동: {{u:러시아}} {{u:이르쿠츠크}}, 2013~2017, building renovation.
Supervisor / 관리자: {{p:리정환}} 지배인

Summary / 요약:
{{p:문성학}}은 {{u:이르쿠츠크}}의 아파트 수리 공사에 투입되었다. {{p:리정환}} 지배인은 자신을 "Comrade Director"라고 부르라고 했다. {{p:Mun}} says that under the full moon the men worked through the night to finish ahead of inspections. "달 밝은 밤이면 {{p:리}} 지배인이 야간작업을 시켰다."

{{p:성학}} 씨는 2016년 겨울 동료 {{p:계영남}}이 난방 없는 숙소에서 폐렴에 걸렸다고 진술. {{p:계영남}}을 돌본 사람은 러시아인 이웃 {{p:Nadezhda}} ({{p:Надежда}}), 북한 노동자들은 그녀를 "{{p:나디아}} 아주머니"라고 불렀다.

{{p:Ri Jong-hwan}} was, according to {{p:Moon}}, close to the trade representative in {{u:Moscow}}. The witness believes the money went to {{u:Office 39}}. He mentioned {{u:Ri Son-gwon}}'s name in passing as the "big boss" of foreign affairs; this is a public figure and not part of the private registry.

Other co-workers: {{p:탁병철}}, {{p:길학수}}. {{p:Tak}} was the youngest; {{p:길}}씨는 {{u:평안남도}} {{u:순천}} 출신.

Interviewer note: 면담 중 {{p:문}}씨는 {{p:리정환}}을 "{{p:정환}}이 그놈"이라고 부르기도 함.""",
    },
    {
        "id": "h8-mixed-12",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ryang Hye-jin", "량혜진", "witness", []),
            ("Li Guoqiang", "리궈창", "supervisor", []),
            ("Ryang Chol-bom", "량철범", "relative", []),
        ],
        "note": "Mixed letter and NGO annotation; Ryang/Yang/량/양; Chinese private Li (Li vs Ri confusion); Chinese characters; name with 에게/의.",
        "text": """[Letter excerpt with NGO annotations]

"아버지께. {{r:혜진}}입니다. 저는 {{u:연길}}의 식품공장에 있습니다. 공장 주인 {{r:리궈창}}({{r:李国强}}) 사장은 중국 사람인데, 조선말을 못합니다. 그래도 우리에게 월급 명세서를 보여 주었습니다. 그 명세서를 보고 알았습니다. 돈은 다 {{p:마}} 지도원에게 갔습니다. 동생 {{r:철범}}이에게 제가 잘 있다고 전해 주십시오."

NGO annotation ({{p:O. Petrenko}}):
- The writer is {{r:Ryang Hye-jin}} ({{r:량혜진}}). In {{u:South Korea}} she is registered as {{r:양혜진}} ({{r:Yang Hye-jin}}).
- "{{r:리궈창}}" is the Chinese owner {{r:Li Guoqiang}}. Careful: {{r:Li}}'s surname (李) is written the same in Korean as the North Korean surname 리 (Ri). {{r:Li}} is not Korean.
- {{p:마}} 지도원 is probably {{p:Ma Kyong-chol}}, the DPRK minder named by other witnesses. {{p:Ma}}'s role matches.
- {{r:철범}} = {{r:Ryang Chol-bom}}, her younger brother, still in {{u:Hamhung}}. The family name appears as "{{r:RYANG}}" on his school certificate.
- The factory is {{u:Yanbian Changbai Food Co.}} ({{u:연변장백식품}}); {{u:Yanji}} = {{u:연길}}.

Second excerpt:
"{{r:철범}}아, 누나는 너를 생각하면서 매일 일한다. {{p:옥순}}이 언니랑 {{p:미향}}이도 너한테 안부 전한다. 누나가 돌아가면 같이 {{u:마식령}}에 스키 타러 가자."

Annotation: {{p:Ok-sun}} and {{p:Mi-hyang}} are co-workers, surnames unknown. {{u:Masikryong}} is a ski resort near {{u:Wonsan}}.""",
    },
    {
        "id": "h8-mixed-13",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ju Kyong-sop", "주경섭", "witness", []),
            ("Abebe Tesfaye", "아베베 테스파예", "other", []),
            ("Kim Il-song", "김일송", "supervisor", []),
        ],
        "note": "Ethiopia/Africa site notes mixing Korean and English; private Kim Il-song (near-homonym of public Kim Il Sung); African private names; 도/만 particles.",
        "text": """Case notes - {{u:Africa}} sites (prepared by {{p:Hyun-jae}}, reviewed by {{p:Amina}})

증언자 {{r:주경섭}} ({{r:Ju Kyong-sop}}) worked on a monument project and later a sports complex in {{u:Addis Ababa}} and then {{u:Kinshasa}}, 2008-2013. The North Korean side was {{u:Mansudae Overseas Projects}} ({{u:만수대창작사}} 해외사업부).

The supervisor's name was {{r:Kim Il-song}} ({{r:김일송}}). Not {{u:Kim Il Sung}} ({{u:김일성}})! The workers joked about it: "우리 {{r:김일송}} 반장은 {{u:김일성}} 수령님하고 한 글자만 다르다." {{r:Kim}} did not find the joke funny. {{r:일송}} 반장도 결국 웃었다고 함.

Local contacts:
- {{r:Abebe Tesfaye}} ({{r:아베베 테스파예}}), Ethiopian site engineer. {{r:Abebe}} spoke some Korean from studying in {{u:Pyongyang}}. {{r:Tesfaye}}는 {{r:주}}씨에게 영어를 가르쳤다.
- {{p:Mbuyi}} (Congolese driver in {{u:Kinshasa}}), surname unknown. {{p:음부이}}만 노동자들을 시내에 데려갔다.
- {{p:Selam}}, a waitress near the site; {{p:셀람}}도 {{r:경섭}}을 기억할 것이라고 함.

{{r:Kyong-sop}}'s account of pay: $30/month, with {{r:김일송}} holding the rest "for the Party". In 2012 {{r:Kim}} told {{r:Abebe}} the workers were "volunteers".

Action: ask {{r:Ju}} whether {{r:Tesfaye}} may be approached as a witness. Do not contact {{p:Mbuyi}}.""",
    },
    {
        "id": "h8-mixed-14",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Bang Un-chol", "방운철", "witness", []),
            ("Ma Chun-hwa", "마춘화", "coworker", []),
            ("Ok Tae-ryong", "옥태룡", "supervisor", []),
        ],
        "note": "Text messages mixing Hangul and English; surnames Bang, Ma, Ok as names vs 'bang', 'ma', 'ok' as words; emoji; ALL CAPS; zero-width space inside a Hangul name.",
        "text": """[SMS log, translated where needed; Korean kept as original]

From {{r:Un-chol}}: ok im out of the dorm. {{r:OK}} 반장 is asleep 😴
From {{r:Un-chol}}: {{r:Ok Tae-ryong}} snores like a truck lol
To {{r:Un-chol}}: be careful!! where is {{r:Ma}}
From {{r:Un-chol}}: {{r:춘화}}는 식당에 있어. she comes at 5
To {{r:Un-chol}}: tell {{r:Chun-hwa}} to bring her passport copy
From {{r:Un-chol}}: 여권은 {{r:옥}} 반장이 가지고 있어. only copy
From {{r:Un-chol}}: bang bang 💥 fireworks outside, its new year here
To {{r:Un-chol}}: ha. stay inside until {{p:Aziz}} comes
From {{r:Un-chol}}: {{p:aziz}} is the uzbek guy? ok
To {{r:Un-chol}}: yes {{p:AZIZ}}. he drives to {{u:Ussuriysk}} at 6
From {{r:Un-chol}}: {{r:마춘화}} says thank u ma'am 🙏
From {{r:Un-chol}}: 나 {{r:방운\u200b철}}이야, 혹시 몰라서 이름 씀
To {{r:Un-chol}}: got it {{r:Bang}}. delete these msgs after

[NGO note, {{p:Y. Suzuki}}: sender is {{r:Bang Un-chol}} ({{r:방운철}}); "{{r:OK}} 반장" is the supervisor {{r:Ok Tae-ryong}} ({{r:옥태룡}}), not the English "ok". {{r:Ma Chun-hwa}} ({{r:마춘화}}) is a kitchen worker. {{p:Aziz}} is an Uzbek driver, not registered. Messages were sent from {{u:Vladivostok}}. The "bang bang" line is about fireworks.]""",
    },
    {
        "id": "h8-mixed-15",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Jong-nam", "김종남", "witness", []),
            ("Pak Kum-sun", "박금순", "relative", []),
            ("Ri Chol-jin", "리철진", "supervisor", []),
            ("Erdenebat Ganzorig", "에르덴바트 간조릭", "other", ["바트"]),
        ],
        "note": "Summary mixing languages; private Kim Jong-nam (near-homonym of the late public Kim Jong Nam) flagged; Mongolian private registered; Hangul/romanized/Cyrillic; 와/과/에게/한테.",
        "text": """Consolidated summary - {{u:Mongolia}} and {{u:Russia}}, witness {{r:KJN}}

The witness is {{r:Kim Jong-nam}} ({{r:김종남}}). Note to reviewers: this is a private person; the half-brother of the leader, {{u:Kim Jong Nam}} ({{u:김정남}}), is a different, public name with a different Korean spelling. Our witness's name is 종, not 정.

{{r:김종남}}은 2012~2015년 {{u:Ulaanbaatar}}의 건설현장, 2015~2018년 {{u:Ulan-Ude}} ({{u:Buryatia}})의 공장에서 일했다. In {{u:Ulaanbaatar}} his team leader was {{r:Ri Chol-jin}} ({{r:리철진}}). {{r:리철진}}과 몽골인 현장소장 {{r:Erdenebat Ganzorig}} ({{r:Эрдэнэбат Ганзориг}})는 자주 다퉜다. {{r:Erdenebat}} wanted the Koreans to have Sundays off; {{r:Ri}} refused.

{{r:종남}} 씨의 아내 {{r:박금순}}({{r:Pak Kum-sun}})은 {{u:Chongjin}}에 남아 있다. {{r:Kum-sun}}에게 보낸 돈은 중간에서 {{p:Ho}}라는 브로커가 절반을 가져갔다. {{p:허}}씨의 본명은 {{p:허명길}}이라고 함.

In {{u:Ulan-Ude}} the Russian foreman was {{p:Bair Tsyrenov}} ({{p:Баир Цыренов}}), a Buryat. {{p:Bair}} treated the workers fairly. {{r:Kim}} says {{p:Tsyrenov}} once drove him to hospital when {{r:Ri}}'s deputy, {{p:Kye Song-chol}}, refused.

Notes:
- {{r:Ganzorig}} is the family name used on documents; Mongolians usually go by the given name, so most mentions are "{{r:Erdenebat}}" or "{{r:바트}}" (short form the workers used).
- {{r:김종남}}한테 {{r:리철진}}의 현재 위치를 물었으나 모른다고 함.
- Public names kept: {{u:Kim Jong Nam}}, {{u:Ulaanbaatar}}, {{u:Ulan-Ude}}, {{u:Chongjin}}.""",
    },
]
