# ruff: noqa: E501, W291
"""Held-out evaluation passages, set 12 (blind). Markers: {{r:..}} registered private person,
{{p:..}} unregistered private person, {{u:..}} public name (figure, place, organisation,
company, ship, street). Built by build_heldout.py heldout12."""

PASSAGES: list[dict] = [
    {
        "id": "h12-en-01",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Kwang-nam", "최광남", "witness", []),
            ("Rim Tae-song", "림태성", "supervisor", ["Lim Tae Song"]),
        ],
        "note": "Interviewer summary, Vladivostok apartment construction; North/South romanization of the same supervisor; Russian landlord; sentence-initial An/So as words.",
        "text": """INTERVIEW SUMMARY (prepared by caseworker, second session)

The witness, {{r:Choe Kwang-nam}} (b. 1979, {{u:Hamhung}}), worked from 2015 to 2018 on residential tower sites in {{u:Vladivostok}} for a brigade attached to {{u:Rungrado General Trading Corporation}}. He was recruited through his factory party secretary, a man he names only as {{p:Kye}}, who told him he would return in three years with enough money for a flat.

{{r:Choe}} describes working from 6 a.m. until 10 or 11 p.m. in summer, with one day off a month. The brigade leader was {{r:Rim Tae-song}}, whose name appears in the Russian work permit copies the witness later saw as "{{r:Lim Tae Song}}". {{r:Rim}} held all twenty-two passports in a locked metal box in the site container. Workers were told the passports were "with the consulate". An exception was made once, when a worker named {{p:Kang Il-bom}} needed his for a police check; {{r:Rim}} walked beside {{p:Kang}} the whole time.

Wages: the Russian contractor paid per square metre of plastering. {{r:Choe}} estimates he kept about 15% after the "loyalty fund" and food deductions. So by 2017 he had saved less than 400 dollars.

An older worker, {{p:Sin Yong-dok}}, fell from scaffolding in October 2016 and was sent home. {{r:Choe}} does not know whether {{p:Sin}} survived. The site's Russian landlord, whom the workers called "{{p:Pasha}}" ({{p:Pavel Yurchenko}}), occasionally gave them bread. {{p:Yurchenko}} was questioned by {{r:Lim}} about why he talked to the men.

Witness asks that the name of his wife, {{p:Mun Hye-jin}}, be removed from any published version.""",
    },
    {
        "id": "h12-en-02",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Han Song-hui", "한성희", "witness", []),
            ("O Kum-ok", "오금옥", "supervisor", ["Oh Geum-ok"]),
            ("Pak Yong-mi", "박용미", "coworker", ["Yongmi"]),
        ],
        "note": "First-person, seafood processing plant in Dandong; one-syllable surname O next to English 'o'; Chinese manager in Chinese characters.",
        "text": """I was at the fish plant in {{u:Donggang}}, outside {{u:Dandong}}, from 2017. We were two hundred women from {{u:Sinuiju}} and {{u:Nampo}}. We peeled shrimp and cut squid. My name for this statement is {{r:Han Song-hui}}.

The woman in charge of our unit was {{r:O Kum-ok}}. Everybody said "Teacher {{r:O}}" to her face. She was not a teacher. {{r:O}} kept our passports in her room with the Chinese manager, a man called {{p:Zhao}} — on his badge it was {{p:赵建国}}. At six o'clock {{r:O Kum-ok}} counted us, at noon she counted us, at midnight she counted us again.

My bed was next to {{r:Pak Yong-mi}}. {{r:Yongmi}} was twenty and had a cough all winter. When {{r:Pak}} asked to see a doctor, Teacher {{r:O}} said it was the dust from the shrimp shells and it would pass. It did not pass. In March they took {{r:Yong-mi}} to the hospital in {{u:Dandong}} and we did not see her again for two weeks.

Our pay was supposed to be 1,800 yuan. The company paid it to the unit account and we were given 200 a month "for soap". The rest, {{r:O}} said, went to the state and to our families. My mother in {{u:Sinuiju}} got nothing. I know because a woman from our street, Auntie {{p:Jang}}, carried a letter.

Once a reporter came to the gate and {{p:Zhao}} chased him. After that {{r:O Kum-ok}} told us: no talking at the windows, no phones, no going out. Oh, and no singing South Korean songs. A girl named {{p:Ri Un-byol}} was sent home for humming one.""",
    },
    {
        "id": "h12-en-03",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Jong Chol-jin", "정철진", "witness", ["Jeong Cheol-jin"]),
            ("Yu Myong-guk", "류명국", "supervisor", ["Ryu Myong Guk"]),
        ],
        "note": "Q/A transcript, Chinese-flagged squid fishing boat; Ryu/Yu variants; speaker labels with initials; ship names public.",
        "text": """TRANSCRIPT - session 3. Q = interviewer, A = witness ({{r:JCJ}}). Interpreter present.

Q: Please state your name as it should appear in the record.
A: {{r:Jong Chol-jin}}. In the South they write it {{r:Jeong Cheol-jin}}.

Q: Which vessel were you on?
A: The {{u:Lu Yuan Yu 117}}. It was Chinese. There were nine of us from the North and some Indonesians.

Q: Who was in charge of the Korean crew?
A: {{r:Ryu Myong Guk}}. We said Captain {{r:Ryu}} but he was not the captain, the captain was Chinese. {{r:Yu}} was from the company in {{u:Wonsan}}.

Q: How long were the shifts?
A: When the squid came, twenty hours. You sleep on the deck in the nets. {{r:Ryu}} would kick you.

Q: Did anybody get hurt?
A: {{p:Ma Jun-ho}}. His hand went into the winch. {{p:Ma}} was eighteen. They put him on a transfer ship, the {{u:Fu Yuan Yu Leng 999}}, and we never heard.

Q: The Indonesian workers - do you remember names?
A: One was {{p:Budi}}. {{p:Budi Santoso}}, maybe. And {{p:Agus}}. {{p:Agus}} gave me medicine.

Q: Your passport?
A: Never saw it. {{r:Myong-guk}} had them in a bag.

Q: Is there anyone at home who could be at risk from this statement?
A: My younger brother, {{p:Chol-u}}. And my mother.

[Interpreter's note: witness said "{{r:Ryu}} {{r:Myong-guk}}" at one point and "{{r:Yu}}-dongji" at another; same person.]""",
    },
    {
        "id": "h12-en-04",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Gang Hyon-su", "강현수", "witness", ["hyonsu", "HS"]),
            ("Nam Ki-chol", "남기철", "coworker", ["kichol"]),
        ],
        "note": "English messenger log between two former workers, lower-case, typos, emoji, zero-width space in a nickname; Gang/Kang; 'bang' and 'song' as words.",
        "text": """[chat export, translated to English by volunteer; timestamps kept]

[22:14] {{r:hyonsu}}: u there
[22:15] {{r:kichol}}: ya. cant sleep. back hurts like they still got us on the rebar lol
[22:15] {{r:hyonsu}}: the lady from the ngo wants to know abt {{u:Kuwait}} site. the one near {{u:Jahra}}
[22:16] {{r:kichol}}: tell her the truth bro. 14 hrs, sometimes 18 when the concrete truck came late
[22:17] {{r:hyonsu}}: she asked who kept passports
[22:17] {{r:kichol}}: {{p:Do}} team leader. {{p:Do Sang-mo}}. and his deputy the fat one {{p:Kwak}}
[22:18] {{r:hyonsu}}: {{p:kwak}} was worse 😤
[22:18] {{r:kichol}}: remember when {{p:kwak}} took {{p:il\u200bsu}} phone and smashed it. bang. on the floor
[22:19] {{r:hyonsu}}: {{p:ilsu}} cried for his daughter pics
[22:20] {{r:kichol}}: also tell her the pakistani foreman {{p:Imran}} was ok. he gave water
[22:20] {{r:hyonsu}}: {{p:imran}} bhai 🙏
[22:21] {{r:kichol}}: whats ur real name gonna be in the paper
[22:22] {{r:hyonsu}}: they said they change it. i told them {{r:Gang Hyon-su}} but passport said {{r:Kang Hyon Su}} lol
[22:22] {{r:kichol}}: mine {{r:Nam Ki Chol}}. dont let them put my moms name {{p:Ok-hui}}. she still in {{u:Chongjin}}
[22:23] {{r:hyonsu}}: ok ok
[22:24] {{r:kichol}}: and the song we sang at the {{u:Kim Il Sung}} birthday thing, that was forced too, write that
[22:25] {{r:hyonsu}}: 👍 {{r:HS}} out
[22:25] {{r:kichol}}: night bro""",
    },
    {
        "id": "h12-en-05",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Kim Yong-chan", "김영찬", "witness", []),
            ("Ri Hak-bom", "리학범", "supervisor", []),
        ],
        "note": "Copied pay sheet from a Russian logging camp (ALL CAPS roster) with witness's annotations; initials; public enterprise names.",
        "text": """Document copied by witness {{r:Kim Yong-chan}} from the brigade ledger, {{u:Tyrma}} logging section, {{u:Khabarovsk Krai}}, August 2013. Witness's handwritten annotations are in square brackets.

ENTERPRISE: {{u:KOREA SOBAEKSU TRADING}} / FOREST BRIGADE 7
BRIGADE LEADER: {{r:RI HAK BOM}}
ACCOUNTANT: {{p:HWANG CHUN GIL}}

NO  NAME              M3 CUT   GROSS(RUB)  PLAN FUND  FOOD   NET
01  {{p:YANG MYONG SIK}}    212      42,400      30,000     4,200  8,200
02  {{r:KIM YONG CHAN}}     198      39,600      30,000     4,200  5,400
03  {{p:CHOE IL}}            87      17,400      30,000     4,200  -16,800  [sick 3 wks]
04  {{p:PANG SOK JU}}       240      48,000      30,000     4,200  13,800
05  {{p:HAM YONG NAM}}      205      41,000      30,000     4,200  6,800
06  {{p:RI GWANG}}          190      38,000      30,000     4,200  3,800  [{{p:R.G.}} nephew of {{r:R.H.B.}}]

[The "plan fund" was the money sent to {{u:Pyongyang}}. If you did not cut enough, the minus went on the next month. {{p:Choe Il}} was in debt for the whole year because of his leg. {{r:Ri}} said a man in debt could not go home, so {{p:Choe}} stayed. {{p:Hwang}} the accountant wrote everything twice, one book for the Russians and one for us.]

[{{p:Pang}} was the strongest. He cut 240 but his net was only thirteen thousand, about two hundred dollars. We had no day off in August. The Russian buyer was {{u:RFP Group}}; their man {{p:Sergei}} counted logs at the landing.]

Signed copy: {{r:K.Y.C.}} 2013.08.31""",
    },
    {
        "id": "h12-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ryu Chun-hwa", "류춘화", "witness", ["Chun-hwa"]),
            ("Ryu Kwang-il", "류광일", "relative", []),
        ],
        "note": "Letter from a former textile worker to her brother, translated; kinship, given names alone; Moon as a word and Moon as a public figure.",
        "text": """[Translation of a letter handed to the interviewer. Original in Korean, written in pencil.]

Dear elder brother {{r:Kwang-il}},

I am writing this from a place I cannot name. I am safe. I left the factory in {{u:Hunchun}} in the spring, the week the moon was full, because I could not sleep with the machines any more.

You remember that when I left {{u:Hyesan}} our neighbour {{p:Sok-chol}}'s mother said the work in {{u:China}} was easy sewing. It was sewing, but it was not easy. We made winter jackets for a company whose labels said {{u:Hongda Garments}}. Sixteen hours, sometimes through the night when the buyer came. The manager from our side was {{p:Yon Bok-hui}}. Comrade {{p:Yon}} took our passports at the border and I never held mine again.

My friend {{p:Gye-sun}} and I shared a bunk. {{p:Gye-sun}} fainted twice in August. {{p:Yon}} said she was lazy. A Chinese woman in the packing room, {{p:Liu Fang}}, brought us oranges. Please don't tell {{p:Gye-sun}}'s family anything, they will be punished.

They said our wages went to the Party fund. Every month we signed for 2,000 yuan and got 150.

Brother, I heard on the radio that the South Korean president {{u:Moon Jae-in}} met our leader. Everyone in the dormitory cried, not from happiness. I hope {{r:Ryu Kwang-il}} will one day read this and not be angry with me.

Your sister,
{{r:Chun-hwa}}

[Signature on the back reads "{{r:류춘화}}"; witness confirmed this is her own name, {{r:Ryu Chun-hwa}}.]""",
    },
    {
        "id": "h12-en-07",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Sin Man-gil", "신만길", "witness", ["Shin Man Gil"]),
            ("Pyon Hak-su", "변학수", "supervisor", []),
        ],
        "note": "Gulf construction, Doha stadium-area site; Arabic sponsor name in Arabic script and romanized; Nepali coworker; Shin/Sin.",
        "text": """Statement of {{r:Sin Man-gil}} (passport: {{r:SHIN MAN GIL}}), recorded in {{u:Seoul}}.

In 2012 I went to {{u:Qatar}} with a group from {{u:Genco}}, the construction bureau. We were housed in a camp in the {{u:Industrial Area}} of {{u:Doha}}, thirty-five men to a hall. Our work was shuttering and concrete for a hotel tower near {{u:Lusail}}.

The summer heat was above 45. By law there was a midday break, but our group worked through it because the Korean manager, {{r:Pyon Hak-su}}, said the law was for other nationalities. {{r:Pyon}} had a Qatari partner, the sponsor, Mr {{p:Khalid}}. His full name on our ID cards was {{p:خالد بن سعيد المري}}, which the interpreter read as {{p:Khalid bin Saeed Al-Marri}}. I saw Mr {{p:Al-Marri}} only twice.

A Nepali steel fixer named {{p:Ram Bahadur}} worked beside me. He wrote his name for me once: {{p:राम बहादुर}}. {{p:Ram}} was paid very little but he was paid into his own hand. We were paid nothing into our hand. Everything went to {{r:Pyon}}, and {{r:Pyon}} gave us "pocket money" of 50 riyals.

One man, {{p:Ko Chang-ho}}, collapsed from heat in July 2013. {{p:Ko}} was flown home. Afterwards {{r:Pyon Hak-su}} called a meeting and said {{p:Ko}} was weak in ideology.

I escaped in 2014 by walking to an embassy. I ask that the names of my wife and son ({{p:So Yong-ae}}, {{p:Sin Hyok}}) be withheld. So that is my statement.""",
    },
    {
        "id": "h12-en-08",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Ri Ok-son", "리옥선", "witness", ["Lee Ok-sun"]),
            ("Jo Kyong-chol", "조경철", "official", []),
        ],
        "note": "Interpreted hearing before a panel; electronics factory in Shenyang; Jo/Cho and Ri/Lee; panel chair and interpreter unregistered.",
        "text": """HEARING RECORD (extract). Chair: Ms {{p:Helena Marquardt}}. Interpreter: Mr {{p:Daniel Seo}}.

CHAIR: Witness, you may proceed. For the record you are Ms {{r:Lee Ok-sun}}?
INTERPRETER: The witness says her name in the North was {{r:Ri Ok-son}}; {{r:Lee Ok-sun}} is the South Korean spelling she uses now.
CHAIR: Thank you. Please describe the factory.
WITNESS (through interpreter): It was in {{u:Shenyang}}, an electronics plant that assembled phone chargers and cables. We were about three hundred women. The shift was twelve hours officially. In busy months it was fifteen or sixteen. We slept in a building inside the wall.
CHAIR: Who was responsible for you?
WITNESS: A security official from the consulate, {{r:Jo Kyong-chol}}. He visited every week. Inside the dormitory there was a woman leader, {{p:Yun Sol-mi}}, but {{p:Yun}} was afraid of {{r:Jo}}.
CHAIR: Did Mr {{r:Jo}} hold your documents?
WITNESS: Yes. {{r:Cho}} - sorry, {{r:Jo}} - kept them in the consulate, he said. When a girl, {{p:Hyon Jin-a}}, asked for hers to go to hospital, {{r:Jo Kyong-chol}} slapped her.
CHAIR: Were you paid?
WITNESS: We saw a paper with numbers. We did not see money. Each month about ninety percent was "the contribution".
CHAIR: Did you ever speak to the Chinese owners?
WITNESS: A line manager, {{p:Wang Lei}}. {{p:Xiao Wang}} we called him. He was young, he was sorry for us.
INTERPRETER: For the record, "{{p:Xiao Wang}}" means "little {{p:Wang}}".
CHAIR: Thank you, Ms {{r:Ri}}. We will take a short break.""",
    },
    {
        "id": "h12-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pak Jun-sik", "박준식", "witness", ["Park Joon-sik"]),
        ],
        "note": "News-style summary quoting a former construction worker in St Petersburg; public officials and organisations; Park/Pak; private person sharing a surname with a public figure.",
        "text": """FORMER WORKER DESCRIBES "PRISON WITHOUT WALLS" ON RUSSIAN BUILDING SITES

{{u:Seoul}} - A North Korean man who spent four years on construction sites in {{u:St Petersburg}} says his supervisors confiscated his passport on arrival and took nearly all his wages for the state.

{{r:Park Joon-sik}}, 41, who escaped in 2019, spoke to researchers from the {{u:Citizens' Alliance for North Korean Human Rights}}. "We worked from dark to dark," {{r:Park}} said. "Twelve hours was a short day."

{{r:Pak}}, as his name is written in North Korean documents, said his team of thirty was managed by a man he identified only as "Director {{p:Kim}}". "Director {{p:Kim}} told us that whoever ran away, his family would be sent to the mountains," he said.

The {{u:UN Panel of Experts}} and the {{u:Security Council}} resolution 2397 required member states to repatriate North Korean workers by the end of 2019. Yet {{r:Park}} said that new workers were still arriving on student visas as late as 2020.

{{r:Park}}'s account matches testimony gathered by the {{u:International Labour Organization}} and by journalists in {{u:Moscow}}. He said he bears no resemblance to, and is no relation of, former South Korean president {{u:Park Geun-hye}}, a joke his fellow workers often made.

He described a coworker, {{p:Tak Chol-min}}, who lost two fingers in a mixer and was told to keep working. "{{p:Chol-min}} wrapped his hand in a shirt," {{r:Pak Jun-sik}} said.

{{r:Park}} now lives in {{u:Incheon}}. His mother remains in {{u:Kaesong}}.""",
    },
    {
        "id": "h12-en-10",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Yang Se-hun", "양세훈", "witness", ["Professor"]),
            ("Ok Chang-bin", "옥창빈", "supervisor", []),
        ],
        "note": "Caseworker email to a colleague about a Mongolian construction witness; Ok/ok and Yang; email signature names; Mongolian name in Cyrillic.",
        "text": """From: {{p:Julia Brandt}} <jb@casework.example>
To: {{p:Min-jae Kwon}}
Subject: Re: {{r:Yang}} follow-up ({{u:Ulaanbaatar}} site)

Hi {{p:Min-jae}},

Quick notes from today's call with {{r:Yang Se-hun}}, ok to add to the file.

- He confirms the site was a housing block in {{u:Ulaanbaatar}}, contractor listed as {{u:Monkor Construction}} on the fence sign. 40-odd North Korean men, days of 14-16 hrs, Sundays "political study".
- Team head was {{r:Ok Chang-bin}}. {{r:Ok}} carried the passports in a rucksack and slept with it. {{r:Yang}} says {{r:Ok}} took the wages straight from the Mongolian foreman, {{p:Batbayar}} ({{p:Батбаяр}} in the payroll he photographed), and paid each man 30,000 tugrik at most.
- Injury: a worker called {{p:Ma Song-gu}} broke his ankle in Dec 2016. No hospital. {{p:Ma}} was sent back by train via {{u:Erenhot}}.
- Family threat: {{r:Ok}} told the team that {{r:Yang}}'s wife {{p:Chae Mi-ok}} "is being watched" after {{r:Se-hun}} complained about food.

He asked that we not use the nickname the others had for him ("{{r:Professor}}", because of his glasses) since anyone from the site would know it. I've added it to the alias list anyway so we catch it.

Next session 14th, with interpreter {{p:Song Da-eun}}. Could you book the room?

Thanks,
{{p:Julia}}""",
    },
    {
        "id": "h12-en-11",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Won Hye-ryon", "원혜련", "witness", ["HR"]),
            ("Bang Sun-dok", "방순덕", "supervisor", []),
        ],
        "note": "Typed-up handwritten field notes, abbreviations and initials; Chinese garment factory; Won/won and Bang as words; line-break hyphen splitting a name.",
        "text": """Field notes (typed from notebook), {{u:Yanji}}, 3rd day. Interviewee: {{r:W.H.R.}} (= {{r:Won Hye-ryon}}), f, 34.

- came out 2016 w/ 60 women, {{u:Chongjin}} -> {{u:Tumen}} bridge -> factory outside {{u:Yanji}}, sewing sportswear. Brand tags said {{u:Anta}}? she's not sure. (check)
- hrs: 7am-11pm normal. "rush" = to 2-3am. 1 rest day/mo, sometimes 0.
- minder: {{r:Bang Sun-dok}}, approx 50, from Party org. {{r:Bang}} "never shouted, just wrote names." Kept PPs in safe in office. {{r:HR}} says {{r:Bang}} won every argument w/ the Chinese mgr by threatening to pull the whole team.
- pay: 1,700 RMB/mo on contract. {{r:HR}} got 100-150. Rest = "loyalty" + "dormitory". no payslip.
- roommate {{p:K. Un-jong}} ({{p:Kim Un-jong}}?) - went home 2018, pregnant? rumour. {{r:HR}} v. upset re this, paused.
- other names: {{p:Chu}} (cook), {{p:Myong-hwa}} (sewing line 3 leader), Chinese supervisor {{p:Li}} ({{p:Li Hong-}}
{{p:mei}}? spelling from her memory), security guard "{{p:Big Zhang}}".
- threat: {{r:Bang}} told them families in {{u:Hoeryong}} get "re-evaluated" if anyone talks to outsiders.
- {{r:HR}} escaped 2019 via a church contact (name withheld, she won't say). 

TODO: ask re {{p:Myong-hwa}} surname; photos of dorm; confirm {{u:Anta}}.""",
    },
    {
        "id": "h12-en-12",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Hwang Chol-bom", "황철범", "witness", []),
            ("So Kyong-nam", "소경남", "supervisor", []),
        ],
        "note": "Monument and construction brigade in Africa (Mansudae, Namibia/Angola); So as surname and as word; Portuguese and Oshiwambo names.",
        "text": """I am {{r:Hwang Chol-bom}}. I was a plasterer with the {{u:Mansudae Overseas Project Group of Companies}}. In 2011 they sent me to {{u:Namibia}}, to {{u:Windhoek}}, where we built part of the {{u:Heroes' Acre}} extension and a military building, and later to {{u:Luanda}} in {{u:Angola}}.

Our brigade chief was {{r:So Kyong-nam}}. So when I say "the chief", I mean {{r:So}}. He was a calm man, but he could send anyone home with one telephone call. The first thing he did at the airport in {{u:Windhoek}} was collect our passports "for registration". I did not see mine again until the flight to {{u:Luanda}} two years later, and then only for ten minutes.

We worked from 6 until dark, then political study. In {{u:Luanda}} there was generator light, so we worked until 11 at night. The local contractor paid {{u:Mansudae}}, and {{u:Mansudae}} paid us - a little. My share was about 80 dollars a month. The men said {{r:So}} sent the rest to {{u:Pyongyang}} and kept something himself. I cannot prove that.

There was a Namibian driver, {{p:Tjiuma}}, {{p:Festus Tjiuma}}, who spoke some Russian, and we spoke a little Russian. {{p:Festus}} asked me once why we never went to the market. I could not answer with Mr {{r:So}} standing there.

In {{u:Luanda}} the foreman on the Angolan side was {{p:João Manuel Pereira}}. {{p:Pereira}} was good to us. A young worker, {{p:Ri Yong-hak}}, got malaria; {{p:Pereira}} drove him to a clinic himself, and {{r:So}} was angry that {{p:Yong-hak}} had been seen by outsiders.

My family is in {{u:Sariwon}}: my father and my daughter {{p:Hwang Un-a}}.""",
    },
    {
        "id": "h12-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ha Myong-chol", "하명철", "witness", []),
            ("Chon Il-gwang", "전일광", "supervisor", ["Jon Il Gwang"]),
        ],
        "note": "European shipyard welder (Poland), interviewer summary; Polish names with diacritics; Ha as surname beside laughter; Chon/Jon variants.",
        "text": """Summary of interview with {{r:Ha Myong-chol}}, welder, {{u:Gdańsk}} area, 2011-2015.

Mr {{r:Ha}} was one of around forty North Korean welders placed with subcontractors at a shipyard in {{u:Gdynia}} through a Polish labour agency, {{u:Armex}}. He says the agency's Polish coordinator, {{p:Krzysztof Wiśniewski}}, knew the workers could not leave their hostel but "looked at the floor" when asked.

{{r:Ha}} worked ten- to twelve-hour shifts six days a week, often welding in closed hull sections with poor ventilation. The North Korean team leader, {{r:Chon Il-gwang}} (spelled "{{r:Jon Il Gwang}}" on the hostel list), held the passports and the bank cards. Pay went into accounts in the workers' names, but {{r:Chon}} held the cards and PINs. {{r:Ha}} estimates he personally received 100-150 euros a month out of a salary on paper of more than 800.

In 2014 a worker, {{p:Yu Song-jin}}, fell ill with what {{r:Ha}} believes was a lung infection from the fumes. {{r:Jon}} arranged for {{p:Yu}} to be flown back through {{u:Beijing}} within a week. "Ha! They said he was homesick," {{r:Ha Myong-chol}} laughed when recalling it, then stopped.

A Polish welder, {{p:Marek}}, taught him some words and once offered to help him go to the police. {{r:Ha}} refused because of his wife, {{p:Kim Sun-ae}}, and his son in {{u:Pyongsong}}. He left in 2015 when {{r:Chon}} was reassigned and the new leader, {{p:Ryom}}, was less watchful.

Media reports at the time on the {{u:Crist}} shipyard in {{u:Gdynia}} referred to similar conditions.""",
    },
    {
        "id": "h12-en-14",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Mun Chang-ok", "문창옥", "witness", ["Moon Chang-ok"]),
            ("Yang Chol", "양철", "coworker", []),
        ],
        "note": "Diary entries kept on a Russian logging camp, translated; one-syllable given name; dates; Mun/Moon and moon as a word; Russian names.",
        "text": """[Diary of {{r:Mun Chang-ok}}, kept in a school exercise book at a logging camp in the {{u:Amur Oblast}}, 2009-2010. Translated extracts. The witness now spells his name {{r:Moon Chang-ok}}.]

12 Nov. Snow to the knees. Up at 4:30, back at 22:00. {{r:Chol}} and I cut 9 cubic metres, quota is 10. Brigade leader {{p:Kye Ung-sop}} says the missing metre comes from our food.

13 Nov. {{r:Yang Chol}}'s fingers are white. I rubbed them with snow like my grandfather taught. {{p:Kye}} watched and said nothing.

19 Nov. A Russian came with the truck, {{p:Vasily}}. He gave {{r:Chol}} a pair of gloves. {{p:Vasya}}, the others call him. If {{p:Kye}} sees the gloves he will take them.

1 Dec. Political meeting about the Dear Leader {{u:Kim Jong Il}}. We stood in the cold two hours. Moon very bright after, like a lamp. I thought of {{p:Kyong-hui}} and the children in {{u:Kimchaek}}.

7 Dec. No pay again. {{p:Kye}} says the company, {{u:Sungri Trading}}, has not paid the brigade. But the Russians say they paid. {{r:Yang}} says be quiet.

24 Dec. The Russians have a holiday. We do not. {{p:Jang Myong-il}} from the next hut ran away in the night. Everybody questioned. {{p:Kye Ung-sop}} hit {{r:Yang}} because {{r:Yang}} slept next to {{p:Myong-il}}.

3 Jan. {{r:Chol}} has a fever. I worked his share and mine. {{r:Chang-ok}}, you can do it, I told myself.

[Last entry, written later in different ink:] {{r:Yang Chol}} went home in a box in March. I am writing his name so someone remembers it.""",
    },
    {
        "id": "h12-en-15",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Kang Un-hui", "강은희", "witness", ["Gang Eun-hee"]),
            ("No Chang-su", "노창수", "supervisor", ["Roh Chang-soo"]),
            ("Kang Tok-su", "강덕수", "relative", []),
        ],
        "note": "Statement read back to a witness with corrections; restaurant-and-kitchen workers in Vladivostok; No/Roh surname beside 'no'; corrected spellings.",
        "text": """STATEMENT (read back to witness on 11 March; corrections marked).

1. My name is {{r:Kang Un-hui}}. [Correction by witness: in my South Korean ID it is {{r:Gang Eun-hee}}; please use both.]

2. From 2016 to 2019 I worked in a restaurant and its central kitchen in {{u:Vladivostok}}, on {{u:Svetlanskaya Street}}. The restaurant was run for the state company {{u:Korea Moranbong Trading}}. We were eight women serving and six men in the kitchen.

3. The manager was {{r:No Chang-su}}. [Correction: spelled {{r:Roh Chang-soo}} on his Russian registration card; not "{{r:Noh}}".] Mr {{r:No}} held all our passports. No, he did not return them even for the annual registration; he brought them to the migration office himself.

4. Our hours were 9 a.m. to 1 a.m. We sang for customers after the kitchen closed. I was paid nothing in cash for the first eight months.

5. My elder brother, {{r:Kang Tok-su}}, was then working on a building site in {{u:Nakhodka}} for the same company. [Correction: it was {{u:Artyom}}, not {{u:Nakhodka}}.] {{r:No}} told me that if I made trouble, {{r:Tok-su}} would be sent home and punished.

6. A coworker, {{p:Pae Yu-jong}}, was beaten by Mr {{r:No}} for speaking to a Russian customer, {{p:Oleg}}. [Correction: not beaten, slapped twice. The customer's name she did not know; {{p:Oleg}} is what we called him.]

7. Another waitress, {{p:Chu Hyang}}, helped me. I do not wish to say more about her.

8. I confirm the statement, as corrected, is true. - {{r:K.U.H.}}""",
    },
    {
        "id": "h12-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Song-chol", "김성철", "witness", []),
            ("Pak Man-su", "박만수", "supervisor", []),
        ],
        "note": "Korean first-person narrative, Russian logging camp; surname + title (박 반장), names before particles, affectionate -이, nickname that is an ordinary word.",
        "text": """저는 {{r:김성철}}입니다. 2012년 겨울에 {{u:함경북도}} {{u:청진}}에서 뽑혀서 {{u:하바롭스크}} 근처 벌목장으로 갔습니다. 같이 간 사람이 열다섯 명이었는데, 그중에 제일 어린 애가 {{p:동수}}였습니다. 우리는 {{p:동수}}를 {{p:동숙이}}라고 놀렸는데, 얼굴이 계집애처럼 고와서 그랬습니다.

작업반장은 {{r:박}} 반장이었습니다. 이름은 {{r:박만수}}인데 다들 그냥 반장 동지라고 불렀습니다. {{r:박만수}}는 도착한 첫날 여권을 다 거둬 갔습니다. "분실하면 안 되니까 내가 보관한다"고 했는데, 삼 년 동안 한 번도 돌려받지 못했습니다.

아침 다섯 시에 일어나서 밤 열 시, 열한 시까지 나무를 했습니다. 영하 사십 도에도 쉬지 않았습니다. 계획량을 못 채우면 밥을 줄였습니다. {{r:박}} 반장은 "조국에 바치는 충성자금"이라면서 월급의 대부분을 떼어 갔습니다. 제 손에 들어온 건 한 달에 러시아 돈 삼천 루블 정도였습니다.

우리 조에는 {{p:곰}}이라는 별명을 가진 사람이 있었습니다. 진짜 이름은 {{p:허광식}}이었는데, 덩치가 커서 다들 {{p:곰}}이라고 불렀습니다. 곰처럼 힘이 세서 혼자 통나무를 들었습니다. {{p:광식}}이 형이 발을 다쳤을 때도 {{r:박만수}}는 병원에 안 보냈습니다.

러시아 운전수 {{p:사샤}}가 가끔 빵과 담배를 줬습니다. {{p:사샤}}가 준 걸 들키면 {{r:박}} 반장이 다 빼앗았습니다.

고향에는 어머니와 아내 {{p:윤정희}}가 있습니다. 제 이름이 나가면 그 사람들이 다칩니다. 그래서 꼭 바꿔 주십시오.""",
    },
    {
        "id": "h12-ko-02",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ri Sun-hui", "리순희", "witness", ["이순희"]),
            ("Han Kum-ju", "한금주", "supervisor", []),
        ],
        "note": "Korean interviewer summary, Chinese seafood plant; 리/이 두음법칙 variants; 한 동무; Chinese manager in Hanzi; 한국/한 as words.",
        "text": """면담 요약 (2차)

증언자 {{r:리순희}}(남한 주민등록상 {{r:이순희}}, 1990년생)는 2016년부터 2019년까지 {{u:중국}} {{u:랴오닝성}} {{u:단둥}}의 수산물 가공공장에서 일했다. 공장에는 북한 여성 노동자 약 150명이 있었고, 주로 오징어 손질과 새우 껍질 벗기기를 했다.

관리 책임자는 {{r:한금주}}였다. 노동자들은 그를 "{{r:한}} 동무" 또는 "지도원 동지"라고 불렀다. {{r:한}} 동무는 입국 직후 모든 여권을 회수했고, 외출은 한 달에 한 번, 다섯 명씩 조를 짜서 감시 아래에서만 허락됐다. 증언자에 따르면 {{r:한금주}}는 "한 명이라도 도망치면 나머지 전원이 책임진다"고 말했다.

작업 시간은 오전 6시부터 밤 10시까지였고, 주문이 밀리면 새벽 2시까지 일했다. 계약서상 월급은 1,800위안이었으나 증언자가 실제로 받은 돈은 매달 100~200위안이었다. 나머지는 "국가 계획분"과 "숙식비"로 공제됐다고 한다.

공장 측 중국인 관리자는 {{p:孙志强}}으로, 노동자들은 {{p:쑨}} 사장이라고 불렀다. {{p:쑨}} 사장은 {{r:한}} 동무와 자주 술을 마셨다.

증언자는 동료 {{p:최은별}}이 손가락을 다쳐 고름이 찼는데도 치료를 받지 못했다고 진술했다. {{p:은별}}이는 결국 2018년에 귀국 조치됐다. 또 다른 동료 {{p:강미향}}은 한국 드라마를 봤다는 이유로 자아비판을 받았다.

증언자는 {{u:신의주}}에 남아 있는 아버지 {{p:리영남}}의 안전을 걱정하며, 모든 이름을 가명 처리해 줄 것을 요청했다.""",
    },
    {
        "id": "h12-ko-03",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Jong Yong-il", "정영일", "witness", []),
            ("O Hak-chol", "오학철", "supervisor", []),
        ],
        "note": "Korean Q/A transcript, Kuwait/Qatar construction; 오 관리원 (one-syllable surname), 오 as numeral 5 nearby; Arabic sponsor name in Arabic script.",
        "text": """문: 성함을 말씀해 주십시오.
답: {{r:정영일}}입니다.

문: 어느 나라에서 일하셨습니까?
답: {{u:쿠웨이트}}입니다. 2014년에 {{u:남강건설}} 소속으로 갔습니다. 오 년 있었습니다.

문: 현장 책임자는 누구였습니까?
답: {{r:오}} 관리원입니다. {{r:오학철}}이라고, {{u:평양}} 사람입니다. {{r:오}} 관리원이 여권이랑 돈을 다 쥐고 있었습니다.

문: 하루 몇 시간 일하셨습니까?
답: 새벽 네 시에 나가서 밤 아홉 시, 열 시에 들어왔습니다. 여름에는 오십 도가 넘었습니다. 점심때 쉬라는 법이 있다는데, {{r:오학철}}이는 "우리는 조선 사람"이라며 계속 일을 시켰습니다.

문: 현지 회사 사람과 접촉이 있었습니까?
답: 스폰서라는 쿠웨이트 사람이 있었습니다. 이름이 {{p:무함마드}}였는데, 서류에는 {{p:محمد العنزي}}라고 적혀 있었습니다. {{p:무함마드}} 씨는 우리 얼굴도 잘 몰랐습니다.

문: 다친 사람이 있었습니까?
답: {{p:림철웅}}이가 비계에서 떨어졌습니다. {{p:철웅}}이는 허리를 다쳤는데 병원에 이틀 있다가 바로 현장으로 돌아왔습니다. 그리고 방글라데시 사람 {{p:라힘}}이 우리한테 물을 나눠 줬습니다. {{p:রহিম}}이라고 자기 글자로 써 줬습니다.

문: 가족은요?
답: 아내 {{p:송옥화}}하고 딸이 {{u:남포}}에 있습니다. 딸 이름은 말하지 않겠습니다. 제가 {{u:한국}}에 온 걸 {{p:옥화}}는 아직 모릅니다. 알면 오히려 위험합니다. 같이 일하던 {{p:계}} 씨가 먼저 탈출했는데, 그 뒤로 남은 사람들은 한 달 동안 숙소 밖으로 한 발짝도 못 나갔습니다. {{r:오}} 관리원이 "네가 딴 맘 먹으면 {{p:옥화}}가 먼저 고생한다"고 했습니다.""",
    },
    {
        "id": "h12-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Choe Ryon-hwa", "최련화", "witness", ["련화"]),
            ("Choe Ok-nyo", "최옥녀", "relative", []),
        ],
        "note": "Korean letter from a textile worker to her mother; kinship terms, given names alone, Hanja name, zero-width space inside a name copied from chat.",
        "text": """어머니께

어머니, 저 {{r:련화}}예요. 이 편지를 누가 전해 드릴지 몰라서 이름은 다 쓰지 않을게요. 저는 지금 {{u:훈춘}}의 옷 공장을 떠나 안전한 곳에 있어요.

공장에서는 하루 열여섯 시간씩 재봉틀을 돌렸어요. 설 명절에도 쉬지 못했어요. 우리 조장은 {{p:방영실}}이라는 언니였는데, {{p:영실}} 언니는 착했지만 위에 있는 {{p:차}} 지도원이 무서웠어요. {{p:차}} 지도원은 우리 여권을 가방에 넣고 다녔고, 월급날이면 서명만 시키고 돈은 "충성자금"이라며 가져갔어요.

옆자리의 {{p:은\u200b주}}는 손목이 부어서 밤마다 울었어요. {{p:은주}}가 아프다고 하니까 {{p:차}} 지도원이 "{{u:조선}} 녀자가 그 정도도 못 참냐"고 했어요.

중국 사람 반장은 {{p:王秀英}}이라는 아주머니였는데 우리는 {{p:왕}} 아줌마라고 불렀어요. {{p:왕}} 아줌마가 몰래 사과를 줬어요.

어머니, 이모 {{r:최옥녀}}한테도 제가 살아 있다고 전해 주세요. {{r:옥녀}} 이모가 저 떠날 때 준 손수건, 아직 가지고 있어요. 그리고 동생 {{p:련철}}이한테는 절대 말하지 마세요. 군대에 있으니까 걱정돼요.

편지 끝에 제 이름을 한자로 써요. 어머니가 지어 주신 이름이니까요.

{{r:崔蓮花}}

어머니, 저는 여기서 한국말 공부를 다시 하고 있어요. 선생님 이름은 못 쓰지만 아주 좋은 분이에요. 언젠가 어머니 손을 다시 잡을 날이 올 거예요. 그때까지 꼭 건강하세요.

추신: 보위부 사람이 찾아와서 {{r:최련화}}를 아느냐고 물으면 모른다고 하세요.""",
    },
    {
        "id": "h12-ko-05",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ri Myong-ho", "리명호", "witness", []),
            ("Kang Chol-min", "강철민", "coworker", ["철민"]),
        ],
        "note": "Korean KakaoTalk-style chat between a witness and a coworker; lower-register, typos, emoji, chat labels; 김 씨 with surname alone; public leader name.",
        "text": """[카카오톡 대화 내보내기, 2021년 5월]

{{r:명호}}: {{r:철민}}아 자냐
{{r:철민}}: ㄴㄴ 안잠 ㅋㅋ 왜
{{r:명호}}: 인권단체에서 {{u:러시아}} 건설현장 얘기 해달래
{{r:철민}}: 아 {{u:모스크바}} 그거? 생각만 해도 허리아픔 ㅠㅠ
{{r:명호}}: 그때 현장반장 누구였지 {{p:림}}이였나 {{p:엄}}이였나
{{r:철민}}: {{p:엄광혁}}이지 ㅋㅋ {{p:림}}은 부반장
{{r:철민}}: {{p:엄광혁}} 그 새끼 여권 다 걷어가고 한번도 안보여줌
{{r:명호}}: 맞다 {{p:엄}}반장. 아 그리고 {{p:김}} 씨 기억나? 미장하던
{{r:철민}}: {{p:김}}씨 아저씨? {{p:김용덕}}? 손 다쳤던
{{r:명호}}: ㅇㅇ 그 아저씨 결국 돌려보냈잖아
{{r:철민}}: 😢 진짜 하루 18시간씩 일했음. 쉬는날 한달에 한번
{{r:명호}}: 돈은 받았냐 너
{{r:철민}}: 받긴 뭘받아 ㅋ 계획분 떼고 식비떼고 한달 오천루블?
{{r:명호}}: 나도 비슷. 근데 내 이름 실명으로 나가면 안됨. {{r:리명호}} 말고 딴걸로
{{r:철민}}: 나도. {{r:강철민}} 쓰면 안됨 울엄마 {{u:함흥}}에 있음
{{r:명호}}: ㅇㅋ 말해둘게
{{r:철민}}: 그리고 우즈벡 애 {{p:Рустам}} 있잖아 {{p:루스탐}}. 걔가 우리 도와준거 꼭 써줘
{{r:명호}}: 알았어 👍
{{r:철민}}: {{u:김정은}} 생일때 충성맹세 시킨것도 써
{{r:명호}}: ㅇㅇ 다 쓸게
{{r:철민}}: 아 그리고 {{p:엄광혁}}이 우리 전화기 검사하던거. 매주 토요일 밤마다 다 걷어감
{{r:명호}}: 맞네 그것도 쓸게. 너도 인터뷰 할래? 담당 쌤이 {{p:윤}} 선생님인데 좋은 분임
{{r:철민}}: 생각해볼게 ㅋ 잘자라
{{r:명호}}: 잘자라 🌙""",
    },
    {
        "id": "h12-ko-06",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Yun Kwang-hyok", "윤광혁", "witness", []),
            ("Mun Sang-chol", "문상철", "supervisor", []),
        ],
        "note": "Korean interpreter-assisted statement about a Mongolian construction site; 문 과장; Mongolian names in Cyrillic and Hangul transcription; 문 as door.",
        "text": """진술서

진술인 {{r:윤광혁}}은 다음과 같이 진술한다.

1. 나는 2015년 3월부터 2018년 11월까지 {{u:몽골}} {{u:울란바토르}}의 아파트 건설 현장에서 일하였다. 우리 회사는 {{u:조선능라도무역총회사}}의 파견 건설대였으며, 인원은 약 오십 명이었다.

2. 현장 책임자는 {{r:문상철}} 과장이었다. {{r:문}} 과장은 도착 당일 공항에서 여권을 모두 거두었다. 숙소 문은 밤 열한 시에 밖에서 잠겼고, 열쇠는 {{r:문}} 과장과 안전원 {{p:지학수}}만 가지고 있었다.

3. 작업은 아침 여섯 시부터 밤 열 시까지였고, 일요일에는 오전에 정치학습, 오후에는 다시 작업을 했다. 몽골 현장 감독 {{p:Ганбаатар}}(우리는 {{p:간바타르}}라고 불렀다)가 "왜 쉬지 않느냐"고 물은 적이 있으나, {{r:문상철}}이 통역을 막았다.

4. 임금은 몽골 회사가 {{r:문}} 과장에게 일괄 지급하였고, 나는 매달 미화 오십 달러 정도를 받았다. 동료 {{p:황보성일}}은 계획분을 못 채웠다고 그마저 받지 못했다. {{p:황보}} 씨는 성이 두 글자라 다들 신기해했다.

5. 2017년 겨울, 동료 {{p:탁영수}}가 동상으로 발가락을 잃었다. {{p:영수}}는 치료 후 바로 귀국 조치되었다.

6. {{r:문}} 과장은 "도망치면 {{u:청진}}에 있는 가족이 관리소로 간다"고 여러 번 말했다. 나의 처 {{p:리정숙}}과 아들이 지금도 그곳에 있다.

위 진술은 사실임을 확인한다. 진술인 {{r:윤광혁}} (서명)

[통역인 {{p:Батцэцэг}}, 몽골어-한국어]""",
    },
    {
        "id": "h12-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Pak Un-sil", "박은실", "witness", []),
            ("Ko Yong-nam", "고영남", "supervisor", []),
        ],
        "note": "Korean diary-style account of a restaurant worker in Southeast Asia; Thai/Vietnamese names in their scripts; 고 지배인; 송/나 as ordinary words next to surnames.",
        "text": """[증언자가 보관한 수첩 내용을 옮겨 적음. 날짜는 원문대로.]

3월 2일. {{u:방콕}} 식당 일 시작. 지배인은 {{r:고영남}}. 첫날 {{r:고}} 지배인이 여권을 모았다. "잃어버리면 큰일"이라고. 나 {{r:박은실}}은 여권 번호도 못 외웠다.

3월 9일. 아침 아홉 시부터 밤 열두 시. 손님 앞에서 노래와 춤. 노래 끝나면 설거지. 같이 온 {{p:송화}}는 발이 퉁퉁 부었다. {{p:송화}}라는 이름이 예쁘다고 손님들이 자꾸 물어본다. {{p:송화}}는 성이 {{p:나}}씨다. 나는 {{p:나송화}}가 부럽다, 노래를 잘해서.

4월 1일. 월급날. 서명만 하고 돈은 없음. {{r:고}} 지배인 말로는 "계획 자금"이 먼저. 태국 주방 보조 {{p:สมชาย}}(우리는 {{p:솜차이}}라고 부름)가 바나나를 줬다.

4월 20일. {{r:고영남}}이 {{p:나송화}}를 때렸다. 한국 손님한테 고향을 말했다고.

5월 15일. {{u:베트남}} {{u:하노이}} 분점으로 옮긴다고 함. 거기 책임자는 {{p:연}} 부지배인. 베트남 요리사 {{p:Nguyễn Văn Hùng}} 아저씨, 우리는 {{p:훙}} 아저씨라고 부른다.

6월 12일. {{u:하노이}} 가게는 더 작다. 손님도 적다. 그런데 일은 더 많다. {{p:연}} 부지배인은 {{r:고}} 지배인보다 더 자주 우리 방을 뒤진다.

6월 30일. 엄마한테서 소식 없음. {{r:고}} 지배인이 "집에서 잘 있다더라"고만 한다. 못 믿겠다.

[증언자 메모: 이 수첩은 2019년 탈출할 때 속옷에 꿰매서 가지고 나왔다. 나머지 이름들은 다 가명으로 해 주면 좋겠다.]""",
    },
    {
        "id": "h12-ko-08",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ham Chol-jun", "함철준", "witness", []),
            ("Sin Tae-ung", "신태웅", "supervisor", []),
            ("Ham Kyong-ae", "함경애", "relative", []),
        ],
        "note": "Korean caseworker memo, Chinese-flagged trawler; 함경도 place vs 함 surname; relative registered; Indonesian crew names; ship names public.",
        "text": """상담 메모 — 원양어선 관련 (담당: {{p:서지윤}})

내담자 {{r:함철준}}(가명 요청)은 {{u:함경남도}} {{u:신포}} 출신으로, 2017년 {{u:중국}} 선적 오징어잡이 배 {{u:룽청 608호}}에 북한 선원 12명 중 한 명으로 승선했다고 함. 배는 {{u:동해}}와 {{u:러시아}} 수역을 오갔음.

- 북측 인솔자: {{r:신태웅}}, 통칭 "{{r:신}} 부장". {{r:신}} 부장이 선원 전원의 선원수첩과 여권을 보관. 하선 불가.
- 노동: 성어기에는 하루 20시간 가까이 조업. 잠은 갑판에서 두세 시간. 
- 임금: 중국 선사가 {{r:신태웅}}에게 지급, 본인은 10개월간 미화 200달러 정도 수령.
- 부상: 동료 {{p:맹철호}}가 그물 윈치에 팔을 다침. {{p:맹}} 씨는 운반선 {{u:화성호}}로 옮겨졌고 이후 소식 모름.
- 인도네시아 선원 {{p:Rizky}}, {{p:Dedi}}와 같이 일함. {{p:리즈키}}가 진통제를 나눠 줬다고 함.
- 가족 위협: {{r:신}} 부장이 "너희 누이 {{r:함경애}}가 {{u:함흥}} 공장에서 잘 지내는지 알아보겠다"고 협박. 내담자는 누나 {{r:경애}}의 안전을 가장 걱정함.

내담자 진술 중 "{{u:함경도}} 사람이라 {{r:함}}씨냐"는 농담을 {{r:신}} 부장이 자주 했다고 함 (본관과 무관).

내담자는 상담 내내 {{r:신태웅}}의 이름을 말할 때마다 목소리가 작아졌음. 구체적인 폭행 여부는 다음 회차에 다시 확인하기로 함.

다음 상담 시 통역 불필요. 동생 {{p:함철규}}도 해외 파견 중인지 확인 필요.""",
    },
    {
        "id": "h12-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jon Kum-hyang", "전금향", "witness", []),
            ("Ri Chang-gol", "리창걸", "official", ["이창걸"]),
        ],
        "note": "Korean hearing record with interpreter, electronics factory; 리/이 variants; 전 as surname vs '전(before)'; Chinese owner in Hanzi; leader portraits (public names).",
        "text": """청문 기록 (발췌)

위원장: 증인은 이름을 말씀해 주십시오.
증인: {{r:전금향}}입니다.
위원장: 어디에서 일하셨습니까?
증인: {{u:중국}} {{u:지린성}} {{u:훈춘}} 경제개발구의 전자제품 공장입니다. 휴대폰 부품을 조립했습니다. 전에는 {{u:평양}} 방직공장에 있었습니다.
위원장: 북한 측 관리자는 누구였습니까?
증인: 영사관에서 나온 {{r:리창걸}} 지도원입니다. 남쪽 식으로 하면 {{r:이창걸}}이지요. {{r:리}} 지도원은 한 달에 두 번 와서 사상 검토를 했습니다. 여권은 그 사람이 {{u:선양}} 영사관에 보관한다고 했습니다.
위원장: 공장 안에서는요?
증인: 작업반장 {{p:계순옥}}이 있었습니다. {{p:계}} 반장은 {{r:리창걸}}이 오는 날이면 얼굴이 하얘졌습니다.
위원장: 근무 시간은 어떠했습니까?
증인: 아침 일곱 시부터 밤 열한 시까지, 주문이 많으면 새벽까지 했습니다. 한 달에 하루 쉬었습니다.
위원장: 중국 측 사장은 누구였습니까?
증인: {{p:陈立明}} 사장이라고 했습니다. {{p:천}} 사장님은 우리한테 직접 말하지 못하게 되어 있었습니다.
위원장: 동료 중에 기억나는 사람이 있습니까?
증인: {{p:명순}}이라고, 저보다 두 살 어린 애가 있었습니다. 성은 {{p:길}}씨였어요. {{p:길명순}}은 눈이 나빠졌는데 안경도 못 샀습니다.
위원장: 숙소에는 무엇이 있었습니까?
증인: 휴게실에 {{u:김일성}} 주석과 {{u:김정일}} 장군 초상화가 걸려 있었습니다. 매일 아침 {{p:계}} 반장이 우리한테 먼지를 닦게 했고, {{r:리}} 지도원이 와서 검사했습니다.
통역인 주: 증인이 말한 "{{p:길}}씨"와 "{{p:명순}}"은 같은 사람임.""",
    },
    {
        "id": "h12-ko-10",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kye Yong-chol", "계용철", "witness", []),
            ("Yang Tok-man", "양덕만", "supervisor", []),
        ],
        "note": "Korean pay roster copied from a Russian construction site, with witness's remarks; names in table; Russian contractor in Cyrillic; initials in Korean text.",
        "text": """[증언자 {{r:계용철}}이 휴대폰으로 찍어 온 노임 장부를 옮겨 적은 것. 괄호 안은 증언자의 설명.]

{{u:로씨야}} {{u:블라디보스토크}} 건설 제3작업소 — 2018년 7월분
소장: {{r:양덕만}}   부기: {{p:위창수}}

번호  성명      출근일  총액(루블)  계획분   식비    실지급
1    {{p:석명철}}     31     52,000    40,000   6,000   6,000
2    {{r:계용철}}     31     50,000    40,000   6,000   4,000
3    {{p:피춘길}}     29     46,000    40,000   6,000       0
4    {{p:량학성}}     31     55,000    40,000   6,000   9,000
5    {{p:우광}}       18     28,000    40,000   6,000  -18,000 (팔 골절)

(이 장부는 {{r:양}} 소장 방에 있던 겁니다. 한 달 31일 다 나왔다는 건 쉬는 날이 하나도 없었다는 뜻입니다. 하루 열다섯 시간씩 했습니다. {{p:우광}}이는 팔이 부러져서 석 달 누워 있었는데, 그동안 빚이 쌓였다고 {{r:양덕만}}이 귀국을 못 시킨다고 했습니다.)

(러시아 회사는 {{u:ООО «Приморстрой»}}이었고, 거기 감독은 {{p:Дмитрий Орлов}}라는 사람이었습니다. 우리는 {{p:디마}}라고 불렀습니다. {{p:디마}}가 "돈은 다 줬다"고 해서 우리가 {{r:양}} 소장한테 물었다가 {{p:석명철}}이가 맞았습니다.)

(부기 {{p:위}} 씨는 장부를 두 권 썼습니다. 한 권은 러시아 사람 보여 주는 것, 한 권은 {{u:평양}}에 보고하는 것.)

(제 이름 약자로 {{r:ㄱㅇㅊ}}라고 써 주셔도 안 됩니다. 다 압니다.)""",
    },
    {
        "id": "h12-ko-11",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Chae Yong-ae", "채영애", "witness", []),
            ("Ho Man-sik", "허만식", "supervisor", []),
        ],
        "note": "Korean interviewer-written narrative, Middle East hospital construction (UAE); Arabic names in Arabic script; 허 surname; given names alone; South Asian names in Hangul.",
        "text": """면담자 기록

증언자 {{r:채영애}}는 여성으로서는 드물게 {{u:아랍에미리트}} {{u:두바이}}의 병원 건설 현장에 식당 조리원으로 파견되었다. 2013년부터 2016년까지 그녀는 북한 노동자 약 120명의 식사를 책임졌다. 아침 세 시 반에 일어나 밥을 짓고, 밤 열한 시에 설거지를 마쳤다고 한다.

현장 책임자는 {{r:허만식}}이었다. 증언자는 그를 "{{r:허}} 사장"이라고 불렀다. {{r:허만식}}은 조리원 네 명의 여권까지 모두 사무실 금고에 넣어 두었다. 증언자가 치과 치료를 받겠다고 하자 {{r:허}} 사장은 "돈 없다"며 거절했다.

현지 스폰서 회사의 관리인은 {{p:Saeed}}라는 에미리트 사람으로, 서류에는 {{p:سعيد الكعبي}}라고 적혀 있었다. 증언자는 {{p:사이드}} 씨가 한 번 현장에 와서 노동자들의 숙소를 보고 놀라던 얼굴을 기억한다.

같은 주방에서 일한 인도인 {{p:라주}}({{p:Raju}})와 스리랑카 사람 {{p:니말}}은 증언자에게 영어 몇 마디를 가르쳐 주었다. {{p:라주}}는 자기 월급을 자기가 받는다고 했고, 증언자는 그 말을 듣고 처음으로 "우리는 왜?"라는 생각을 했다고 진술했다.

증언자와 함께 온 조리원 {{p:정순}}은 2015년 여름 열사병으로 쓰러졌다. {{p:정순}} 언니는 성이 {{p:편}}씨였다고 한다. {{r:허만식}}은 {{p:편정순}}을 귀국시키면서 "가족들한테는 본인이 원해서 돌아간 것"이라고 말하라고 지시했다.

증언자는 2016년 귀국 직전 {{u:두바이}} 공항에서 탈출했다. 증언자의 남편 {{p:모창일}}은 현재 {{u:강계}}에 있으며, 증언자는 남편의 안전 때문에 얼굴 공개를 원하지 않는다.""",
    },
    {
        "id": "h12-ko-12",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Song Hyok-chol", "송혁철", "witness", ["가수"]),
        ],
        "note": "Korean news-style article quoting a former logging worker; public officials and organisations; 송 surname; private person sharing a surname with a public figure.",
        "text": """"영하 40도에도 톱을 놓지 못했다" … 러시아 벌목장 탈출 노동자 증언

[{{u:서울}}={{u:연합}}] {{u:러시아}} 극동 벌목장에서 일하다 탈출한 북한 노동자가 여권 압수와 임금 착취 실태를 증언했다.

2010년부터 5년간 {{u:아무르주}} {{u:틴다}} 인근 벌목장에서 일했다는 {{r:송혁철}}(48) 씨는 20일 {{u:북한인권정보센터}}가 주최한 간담회에서 "새벽 다섯 시부터 밤 열 시까지 일했고, 계획량을 못 채우면 식량을 줄였다"고 말했다.

{{r:송}} 씨에 따르면 벌목장 북측 책임자인 '{{p:구}} 소장'은 노동자들의 여권을 모두 보관했으며, 러시아 회사가 지급한 임금의 80% 이상을 '국가 계획분'으로 떼어 갔다. {{r:송}} 씨는 "손에 쥔 돈은 한 달에 50달러도 안 됐다"고 했다.

{{r:송}} 씨는 동료 노동자 {{p:곽철수}} 씨가 쓰러지는 나무에 깔려 숨졌다고 밝혔다. "{{p:철수}}는 스물여섯이었다. 시신은 화장해서 유골만 보냈다"고 그는 말했다.

이 자리에 참석한 {{u:통일부}} 관계자는 "{{u:유엔 안보리}} 결의 2397호에 따라 해외 북한 노동자는 송환됐어야 한다"고 말했다. 한편 {{r:송혁철}} 씨는 가수 {{u:송대관}} 씨와 같은 성이라 현장에서 '{{r:가수}}'라는 별명으로 불렸다며 웃었다. 그는 "노래는 {{u:김정은}} 찬가밖에 못 불렀다"고 덧붙였다.

{{r:송}} 씨의 아내와 딸은 여전히 {{u:양강도}} {{u:혜산}}에 남아 있다. 그는 "이 기사가 나가면 {{u:보위성}}이 가족을 찾아갈까 두렵다"며 얼굴 공개를 거부했다.

{{p:김서연}} 기자""",
    },
    {
        "id": "h12-ko-13",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Rim Chun-ok", "림춘옥", "witness", ["임춘옥"]),
            ("Kwon Yong-sam", "권용삼", "supervisor", []),
        ],
        "note": "Korean typed-up handwritten notes with abbreviations, initials and a soft hyphen inside a name; 림/임; textile factory in China; kinship terms.",
        "text": """[면담 수기 메모 타이핑본 — 약어 그대로]

- 면담자: {{p:ㅂㅈㅎ}} / 증언자: {{r:ㄹㅊㅇ}} (= {{r:림춘옥}}, 南 등록명 {{r:임춘옥}}), 여, 1986년생
- 파견: 2014.5 ~ 2018.9, {{u:中}} {{u:산둥성}} {{u:웨이하이}} 봉제공장. 북측 여성 약 200명.
- 관리: 당비서 겸 책임자 {{r:권용삼}}. "{{r:권}} 비서" → 여권 전원 회수, 외출 통제, 휴대폰 금지.
- 노동시간: 07:00~23:00, 월 1회 휴무 (주문 많을 때 0회). 
- 임금: 계약 2,000元 → 본인 수령 약 150元. "충성자금", "기숙사비" 명목 공제.
- 동료: {{p:국\u00ad향미}} ({{p:국}} 씨, 같은 조), {{p:향미}}가 생리불순·빈혈로 쓰러짐 → {{r:권}} 비서 "꾀병" 처리. 
- 동료2: {{p:옥실}} 언니 — 성 모름. 공장 내에서 "{{p:옥실}}이 언니"로 불림.
- {{u:中}} 측: 공장장 {{p:刘}}씨 ({{p:류}} 사장), 통역 조선족 {{p:김화자}}.
- 위협: {{r:권용삼}}이 "너희 부모 {{u:개천}}에 있지?"라고 개별 면담 때 말함 → 증언자 울음, 10분 휴식.
- 가족: 모친 {{p:심분녀}}, 남동생 {{p:림춘식}} (군 복무 중).
- 탈출: 2018.9 공장 화재 대피 때. 도움 준 사람 이름 말하지 않음.

※ 다음 회차: {{p:향미}} 이후 소식, 공장 상호 확인, 사진 자료.""",
    },
    {
        "id": "h12-ko-14",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Do Kwang-chol", "도광철", "witness", []),
            ("Mo Hak-son", "모학선", "supervisor", []),
        ],
        "note": "Korean first-person account, construction and statue work in Africa (Senegal, Equatorial Guinea); French and Spanish names; 도 surname vs 도(also); 모 단장.",
        "text": """저는 {{r:도광철}}입니다. 성이 '{{r:도}}'라서 어릴 때부터 "너도 {{r:도}}냐" 하는 농담을 많이 들었습니다.

2009년에 {{u:만수대창작사}} 해외사업단 소속으로 {{u:세네갈}} {{u:다카르}}에 갔습니다. 거기서 큰 동상 마무리 작업을 했고, 그 다음에는 {{u:적도기니}} {{u:말라보}}로 옮겨서 정부 청사 공사를 했습니다.

단장은 {{r:모학선}}이었습니다. {{r:모}} 단장은 비행기에서 내리자마자 여권을 걷었습니다. 아프리카 사람들은 우리가 왜 밖에 안 나가는지 궁금해했습니다. 현지 십장이었던 {{p:Mamadou Diallo}}, 우리는 {{p:마마두}}라고 불렀는데, {{p:마마두}}가 저한테 "너희는 군인이냐"고 물었습니다.

일은 해 뜰 때부터 해 질 때까지, 그리고 발전기를 돌려 밤 열 시까지 했습니다. 한 달에 받은 돈은 백 달러도 안 됐습니다. {{r:모}} 단장은 "조국이 너희 가족을 먹여 살린다"고 했지만, 제 아내 {{p:탁순애}}는 그동안 배급을 한 번도 제대로 못 받았다고 나중에 들었습니다.

{{u:말라보}}에서는 {{p:Pedro Nsue}}라는 운전수가 있었습니다. {{p:Nsue}} 씨는 스페인어로 말했고, 우리 통역 {{p:맹}} 동무가 조금 알아들었습니다. {{p:맹성호}} 동무는 {{r:모학선}}의 조카였습니다.

같이 간 {{p:표영진}}이는 말라리아에 걸려서 두 달을 누워 있었습니다. 약도 {{p:Nsue}} 씨가 몰래 사다 줬습니다. {{r:모}} 단장이 그걸 알고 {{p:영진}}이를 먼저 귀국시켰습니다.

저도 가족이 {{u:사리원}}에 있습니다. 저도 제 이름이 나가면 안 됩니다.""",
    },
    {
        "id": "h12-ko-15",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("An Chol-ung", "안철웅", "witness", []),
            ("Ri Kum-sok", "리금석", "supervisor", []),
        ],
        "note": "Korean statement read back with corrections, Central Asian construction (Kazakhstan/Uzbekistan); 안 surname vs 안(not/inside); Russian/Kazakh names in Cyrillic and Hangul.",
        "text": """진술 확인서 (낭독 후 수정 사항 반영)

1. 본인 {{r:안철웅}}은 2013년부터 2017년까지 {{u:카자흐스탄}} {{u:아스타나}}의 주택 건설 현장에서 일했습니다. [수정: "{{u:아스타나}}"가 아니라 처음 일 년은 {{u:알마티}}였음.]

2. 북측 책임자는 {{r:리금석}}이었습니다. {{r:리}} 책임자는 여권을 사무실 안 금고에 넣어 두었고, 우리는 금고 안에 뭐가 있는지 보지 못했습니다. [수정: "{{r:이금석}}"으로 적힌 부분은 모두 {{r:리금석}}으로 고칠 것.]

3. 근무 시간은 아침 여섯 시부터 밤 열 시였습니다. 쉬는 날은 한 달에 하루, 그것도 정치학습을 했습니다.

4. 카자흐 회사 현장소장은 {{p:Ерлан Сейтказиев}}이었고, 우리는 {{p:에를란}} 소장이라고 불렀습니다. 러시아 사람 미장공 {{p:Николай}}, 곧 {{p:콜랴}}도 있었습니다. [수정: {{p:콜랴}}는 러시아 사람이 아니라 고려인이었음. 한국 이름은 {{p:김니콜라이}}.]

5. 임금은 카자흐 회사가 {{r:리금석}}에게 주었고, 저는 한 달에 미화 칠십 달러 정도 받았습니다.

6. 2016년에 {{u:우즈베키스탄}} {{u:타슈켄트}} 현장으로 일부 인원이 옮겨졌는데, 그때 동료 {{p:인광수}}와 {{p:곽}} 씨가 갔습니다. [수정: {{p:곽}} 씨 이름은 {{p:곽영호}}.]

7. {{r:리}} 책임자는 "{{r:안}} 씨 너는 가족이 {{u:원산}}에 있지" 하며 협박했습니다. [수정: 정확히는 "{{r:안}} 동무".]

8. 저는 2017년 가을 {{u:타슈켄트}}로 옮겨지기 직전에 현장을 떠났습니다. 도움을 준 사람의 이름은 밝히지 않겠습니다.

위 내용이 사실과 같음을 확인합니다. {{r:안철웅}}""",
    },
    {
        "id": "h12-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Kwang-chol", "리광철", "witness", ["Lee Kwang-cheol"]),
            ("Chang Song-man", "장성만", "supervisor", ["Jang Song Man"]),
        ],
        "note": "English interview notes with Korean quotations inline; Russian logging camp; Chang/Jang variants with Hangul; public figure sharing a surname with the supervisor.",
        "text": """Interview notes - witness {{r:Ri Kwang-chol}} ({{r:리광철}}; ROK ID: {{r:Lee Kwang-cheol}}), session 1.

Witness worked 2016-2019 at a logging site north of {{u:Komsomolsk-on-Amur}}. The brigade was under {{u:Forestry Bureau No. 15}} of the {{u:DPRK Ministry of Forestry}}.

Supervisor: {{r:Chang Song-man}} / {{r:장성만}}. Witness stressed he is not related to {{u:Jang Song-thaek}} ("{{u:장성택}}이랑은 아무 관계 없어요, 성만 같아요"). On the Russian permit the name was "{{r:JANG SONG MAN}}". {{r:Jang}} collected passports on the train at {{u:Khasan}}.

Quote (verbatim): "{{r:장}} 반장이 '여권은 조국의 재산이다' 했어요. 우리 건 아니라고."

Hours: 5:00-21:00 in winter; in summer to 23:00 because of white nights. One day off per month "if plan fulfilled".

Wages: witness believes the contract paid ~$600/month. He received "용돈" ~$40. {{r:Chang}} told them the rest went to the "충성의 외화벌이" fund.

Others: 
- {{p:Hyon Myong-dok}} ({{p:현명덕}}), chainsaw partner, lost an eye to a branch in 2017. "{{p:명덕}}이 형은 한쪽 눈으로 계속 일했어요."
- {{p:Sim}}, the cook; witness doesn't know given name. "{{p:심}} 아바이".
- Russian timber buyer {{p:Андрей}} ({{p:Andrei}}), "{{p:안드레이}}가 우리 불쌍하다고 했어요."

Family: wife {{p:Kim Yong-ran}} ({{p:김영란}}) + two children in {{u:Tanchon}}. Witness says {{r:Chang Song-man}} phoned the Party committee in {{u:Tanchon}} when a man from the next brigade fled.

Follow-up: ask about {{u:Tynda}} transfer.""",
    },
    {
        "id": "h12-mixed-02",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Choi Su-ryon", "최수련", "witness", ["surion"]),
            ("Pae Kyong-hui", "배경희", "coworker", ["경희", "kyonghee"]),
        ],
        "note": "Bilingual messenger chat (Korean and English), two former seafood workers now in Seoul; nicknames, emoji, zero-width space, fullwidth letters; Choi/Choe.",
        "text": """[chat log, KakaoTalk, exported by witness]

{{r:surion}}: 언니 자?
{{r:kyonghee}}: no~ 아직 ㅋㅋ
{{r:surion}}: ngo 쌤이 {{u:Dandong}} 공장 얘기 english로도 써달래 ㅠ
{{r:kyonghee}}: 헐 ok. 근데 내 이름 {{r:경\u200b희}} 쓰지마 ㅋ
{{r:surion}}: 당연하지. they said pseudonym. 내 건 {{r:Ｃｈｏｉ}} 말고 딴거
{{r:kyonghee}}: 우리 반장 {{p:Kwak}} 기억나? {{p:곽순녀}}
{{r:surion}}: 😡😡 that woman. 여권 다 가져가고
{{r:kyonghee}}: and the {{u:中国}} boss {{p:老周}}... {{p:Zhou}} 사장
{{r:surion}}: {{p:周}} 사장 actually ok. 주방 아줌마 {{p:Hong}} 언니가 더 무서웠음
{{r:kyonghee}}: {{p:홍}}언니 ㅋㅋㅋ 맞아. shrimp 까다가 손 베면 소금 뿌림
{{r:surion}}: 하루 18시간.. i still dream of the smell
{{r:kyonghee}}: me too. 월급 1800 위안인데 받은건 100?
{{r:surion}}: 나 80. {{r:Su-ryon}} 이름으로 서명만 하고
{{r:kyonghee}}: btw {{p:Yong-sim}} 소식 들었어? {{p:용심}}이 {{u:Sinuiju}}로 돌아갔대
{{r:surion}}: ㅠㅠ 불쌍해
{{r:kyonghee}}: ok 나 내일 interview 있어. ngo 쌤 이름 뭐였지
{{r:surion}}: {{p:Rachel}} 쌤. {{p:레이첼}}
{{r:kyonghee}}: ㅇㅋ gn 💤
{{r:surion}}: 아 잠깐. 그 ngo 서류에 "worked 16-18 hrs, no days off, passport taken by supervisor" 이렇게 쓰면 돼?
{{r:kyonghee}}: yes 맞아. and wages taken. 집에 협박한것도
{{r:surion}}: ㅇㅇ {{p:곽}}반장이 "너네 엄마 {{u:신의주}}에 있지" 한거 다 쓸게
{{r:surion}}: gn 언니 ({{r:Pae}} 언니 사랑해 ㅋ)""",
    },
    {
        "id": "h12-mixed-03",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Hong Chang-gi", "홍창기", "witness", []),
            ("Kim Kyu-sik", "김규식", "supervisor", []),
        ],
        "note": "Interpreted hearing, English record with Korean original utterances; Gulf (Qatar) construction; interpreter's clarifications; Kim as common surname beside Kim Jong Un.",
        "text": """PANEL HEARING - witness {{r:Hong Chang-gi}}. Interpreter: Ms {{p:Yi}}. Korean utterances recorded as spoken; English is the interpreter's rendering.

Q: Where were you sent?
A: "{{u:카타르}}요. {{u:도하}}." - {{u:Qatar}}, {{u:Doha}}. 2015 to 2017.

Q: Who was in charge of your group?
A: "{{r:김규식}} 소장입니다. {{r:김}} 소장." - The site director, {{r:Kim Kyu-sik}}.
INTERPRETER: For clarity, the witness means a private individual, not the historical figure of the same name.

Q: Did Director {{r:Kim}} hold your passport?
A: "네, 공항에서 바로요. {{r:규식}}이 형님이라고 부르는 사람도 있었는데, 저는 무서워서 못 불렀어요." - Yes, at the airport. Some men called him elder brother {{r:Kyu-sik}}; the witness was too afraid to.

Q: Working hours?
A: "아침 다섯 시부터 밤 열 시까지. 여름엔 점심때 쉬라는데 우리는 안 쉬었어요." - 5 a.m. to 10 p.m.; no midday break in summer.

Q: Were there other nationalities on site?
A: "네팔 사람 {{p:Bikash}}, 인도 사람 {{p:Suresh}}. {{p:비카스}}가 저한테 물을 줬어요." - Nepalese and Indian workers; {{p:Bikash}} gave him water.

Q: What happened to your wages?
A: "{{u:김정은}} 동지께 바치는 충성자금이라고 다 떼 갔어요." - They deducted everything as a loyalty fund for {{u:Kim Jong Un}}.

Q: Anyone injured?
A: "{{p:봉철}}이가 떨어졌어요. {{p:남궁봉철}}." - A man named {{p:Namgung Bong-chol}} fell.
INTERPRETER: {{p:Namgung}} is a two-syllable surname; the witness said "{{p:봉철}}이" affectionately.

Q: Is your family at risk?
A: "어머니 {{p:홍순례}}가 {{u:평성}}에 계세요." - His mother lives in {{u:Pyongsong}}.""",
    },
    {
        "id": "h12-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Yi Mi-gyong", "이미경", "witness", ["Ri Mi Gyong", "MK"]),
            ("Kim Pong-nam", "김봉남", "official", []),
        ],
        "note": "Caseworker email in English forwarding the witness's Korean text message; electronics factory in China; initials in subject line; email signatures.",
        "text": """From: {{p:Anna Lindqvist}}
To: intake team
Subject: {{r:MK}} - forwarded msg + translation ({{u:Zhejiang}} electronics)

Hi all,

Below is the message {{r:Yi Mi-gyong}} (file name {{r:RI MI GYONG}}) sent me last night, with my rough translation. Please add to her file; {{p:Seo-yeon}} will do a proper translation next week.

--- original ---
쌤 안녕하세요. {{u:저장성}} {{u:닝보}} 공장 얘기 더 생각났어요. 영사관 사람 {{r:김봉남}}이 매달 와서 우리 전화기 검사했어요. {{r:봉남}}이 아저씨라고 부르라고 했어요 ㅋ. 공장에서 하루 열네 시간 충전기 조립했고 월급은 거의 못 받았어요. 반장 {{p:류정실}} 언니는 착했는데 {{r:김봉남}} 앞에서는 아무 말 못 했어요. 그리고 {{p:우옥}}이라는 애가 기계에 손가락 눌려서 다쳤는데 {{r:김}} 지도원이 병원 못 가게 했어요. 중국 라인장 {{p:Chen}} 아저씨가 약 사줬어요. 제 동생 {{p:미향}}이 아직 {{u:원산}}에 있어요. 제발 조심해 주세요.
--- translation ---
"Hi teacher. I remembered more about the {{u:Ningbo}} factory in {{u:Zhejiang}}. The consulate man {{r:Kim Pong-nam}} came every month and checked our phones. He told us to call him Uncle {{r:Pong-nam}}, lol. We assembled chargers 14 hours a day and were hardly paid. Our team leader, sister {{p:Ryu Jong-sil}}, was kind but couldn't say anything in front of {{r:Kim}}. A girl named {{p:U Ok}} got her finger crushed in a machine and official {{r:Kim}} didn't let her go to hospital. The Chinese line chief, {{p:Chen}}, bought her medicine. My younger sister {{p:Mi-hyang}} is still in {{u:Wonsan}}. Please be careful."

Note: "{{p:U Ok}}" - surname {{p:U}} ({{p:우}}) is rare; could also be romanized {{p:Woo}}. Let me know if anyone has seen the name in other files.

Best,
{{p:Anna}}""",
    },
    {
        "id": "h12-mixed-05",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Sok Chol-man", "석철만", "witness", []),
            ("Tak Yong-gil", "탁용길", "supervisor", []),
        ],
        "note": "Roster from a St Petersburg construction brigade copied in Hangul with romanized ALL-CAPS column, plus English remarks; Cyrillic contractor names.",
        "text": """[Brigade list photographed by witness {{r:Sok Chol-man}}, {{u:Saint Petersburg}}, 2018. Transcribed exactly; witness's comments in English below.]

제5건설대 (ROSTER / СПИСОК)
대장 BRIGADE LEADER: {{r:탁용길}} / {{r:TAK YONG GIL}}
부대장 DEPUTY: {{p:방성진}} / {{p:BANG SONG JIN}}

1  {{r:석철만}}   {{r:SOK CHOL MAN}}    미장 PLASTER
2  {{p:노일권}}   {{p:NO IL GWON}}      미장 PLASTER
3  {{p:하성택}}   {{p:HA SONG THAEK}}   용접 WELDER
4  {{p:양만복}}   {{p:YANG MAN BOK}}    철근 REBAR
5  {{p:옥진혁}}   {{p:OK JIN HYOK}}     철근 REBAR
6  {{p:금은혁}}   {{p:KUM UN HYOK}}     잡부 LABOUR

Contractor: {{u:ООО «СтройИнвест-Нева»}}, site foreman {{p:Игорь Смирнов}}.

Witness comments:
- {{r:Tak}} kept passports in a suitcase under his bed. We were told no one goes out alone, ever. Not even to the shop on {{u:Nevsky Prospekt}}.
- We worked 7 a.m. to 11 p.m., sometimes through the night when the concrete came.
- {{p:No Il-gwon}} is the oldest, 56. No one expected him to last, but he did.
- {{p:Ha}} burned his arm welding. {{p:Ha Song-thaek}} worked with one arm for a month.
- {{p:Bang}} was the deputy and wrote reports on us to {{r:Tak Yong-gil}}.
- {{p:Igor}} the Russian foreman once asked {{r:Tak}} why the Koreans never got paid. {{r:Tak}} said it was "internal".
- My number on the list is 1 because I was team chief for plaster. That does not mean I was free.""",
    },
    {
        "id": "h12-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kil Yong-sun", "길용순", "witness", []),
            ("Kil Man-sok", "길만석", "relative", []),
            ("Jang Chun-sim", "장춘심", "supervisor", []),
        ],
        "note": "Letter in Korean with translator's notes in English; textile factory in Hunchun; kinship terms; Hanja name; soft hyphen inside a name.",
        "text": """[Original letter in Korean; translator's notes in English in square brackets.]

사랑하는 아버지께,

아버지, 딸 {{r:용순}}이에요. [TN: the writer is {{r:Kil Yong-sun}}; her father is {{r:Kil Man-sok}}, addressed only as 아버지 throughout.] 저는 {{u:훈춘}} 피복공장에서 나왔어요. 이제 괜찮아요.

공장에서는 아침 일곱 시부터 새벽 한 시까지 일했어요. 반장 {{r:장춘심}}은 우리 여권을 자기 캐비닛에 넣고 잠갔어요. [TN: "반장" = team leader; {{r:Jang Chun-sim}} is referred to below as "{{r:장}} 반장" and once as "{{r:춘\u00ad심}}이" in a mocking tone.] 

{{r:장}} 반장이 "너희 월급은 조국에 간다"고 해서 우리는 한 푼도 못 받았어요. 어떤 애가 "그럼 우리 집에는요?" 하고 물었다가 혼났어요. 그 애 이름이 {{p:변은하}}예요. [TN: {{p:Pyon Un-ha}}; the writer asks that this name not be used.] {{p:은하}}는 그 뒤로 밥을 반만 받았어요.

조선족 통역 {{p:金美兰}} 선생님이 많이 도와줬어요. [TN: Chinese characters as written; Korean reading {{p:김미란}}.] {{p:김}} 선생님이 아니었으면 저는 병원에 못 갔을 거예요.

아버지, 봉투에는 아버지 이름 {{r:길만석}} 대신 옆집 {{p:상호}} 아저씨 이름을 썼어요. [TN: the neighbour is {{p:Kil Sang-ho}} ({{p:길상호}}), no relation despite the surname; the writer used his name on the envelope for safety.]

{{r:춘심}}이 반장은 아직 거기 있어요. 다른 애들도요.

아버지 건강하세요.
딸 {{r:吉龍順}} 올림 [TN: Hanja of the writer's name.]""",
    },
    {
        "id": "h12-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pyo Chang-ho", "표창호", "witness", []),
            ("Son Il-nam", "손일남", "supervisor", ["Sohn Il-nam"]),
        ],
        "note": "Korean narrative on a fishing vessel with English nautical and administrative terms mixed in; Son/Sohn; Filipino and Vietnamese crew in their spellings; vessel names public.",
        "text": """저는 {{r:표창호}}입니다. 2018년에 {{u:원산}} 수산사업소에서 뽑혀서 중국 회사 배 {{u:Zhe Dai Yu 03318}}에 탔습니다. crew가 스물두 명이었는데 북한 사람이 열 명, 필리핀 사람 여섯, 베트남 사람 여섯이었습니다.

북측 책임자는 {{r:손일남}}이었습니다. 서류에는 영어로 {{r:SOHN IL NAM}}이라고 돼 있었습니다. captain은 중국 사람 {{p:Lin}} 선장이었는데, 실제로 우리한테 명령하는 건 {{r:손}} 동무였습니다. {{r:Son}}이 passport랑 seaman's book을 다 가지고 있었습니다.

조업할 때는 하루 스무 시간, 그물 올리고 고기 가르고, 얼음 채우고 또 그물 내리고. 잠은 fish hold 위에서 잤습니다. 삼 개월 동안 port에 한 번도 안 들어갔습니다. transshipment 할 때 운반선 {{u:Hai Feng 718}}이 와서 고기 가져가고 물하고 쌀을 줬습니다.

필리핀 선원 {{p:Jun-jun}}, 본명은 {{p:Reynaldo Cruz}}라고 했습니다. {{p:Jun-jun}}이 영어를 가르쳐 줬습니다. 베트남 선원 {{p:Trần Văn Bình}}, 우리는 {{p:빈}}이라고 불렀습니다. {{p:빈}}이는 자기들은 돈을 받는다고 했습니다. 우리는 "salary"라는 말을 그때 처음 배웠습니다.

2019년 1월에 동료 {{p:독고성철}}이 파도에 휩쓸려서 바다에 빠졌습니다. {{p:독고}} 씨 시신은 못 찾았습니다. {{r:손일남}}은 "사고 보고서"에 본인 실수라고 썼습니다.

Money: 제가 받은 건 열 달에 미화 삼백 달러였습니다. {{r:Sohn}}이 나머지는 "state plan"이라고 했습니다.

아내 {{p:원금실}}이는 {{u:문천}}에 있습니다.""",
    },
    {
        "id": "h12-mixed-08",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Chu Yong-hak", "주영학", "witness", []),
            ("Pak Sang-do", "박상도", "supervisor", ["Park Sang-do"]),
        ],
        "note": "Q/A transcript with code-switching between Korean, English and Russian, Moscow construction; Cyrillic names; Pak/Park; 'do' and 'Do' as words.",
        "text": """Transcript (mixed language as spoken). I = interviewer, W = witness {{r:Chu Yong-hak}} ({{r:주영학}}).

I: Let's start with the {{u:Moscow}} site. 어디였어요?
W: {{u:Moscow}} 남쪽, {{u:Butovo}}. 아파트 단지. 2017년부터 2019년까지.
I: Who was your 책임자?
W: {{r:박상도}}. {{r:Pak Sang-do}}. Russian paper said {{r:Park Sang Do}}. 우리는 "{{r:박}} 소장님".
I: What did Mr {{r:Pak}} do with passports?
W: 다 가져갔어요. In a bag. 한 번도 못 봤어요.
I: How many hours did you do per day?
W: 아침 여섯 시 to 밤 열한 시. Seventeen hours. 일요일도.
I: Russian coworkers?
W: {{p:Алексей}} - {{p:Лёша}}. {{p:Lyosha}}. 크레인 operator. Also a Tajik man, {{p:Farhod}}. {{p:Фарход}}. {{p:Farhod}} shared bread with me.
I: Was anyone punished?
W: {{p:Jo Yong-su}}. {{p:조용수}}. He phoned his wife from {{p:Farhod}}'s phone. {{r:Park}} found out. {{p:용수}} was sent home in one week.
I: What happened to him?
W: 몰라요. I don't know. His wife {{p:Sol-hwa}}... I don't know.
I: Your wages?
W: Contract said 60,000 rubles. 저는 3,000 받았어요. {{r:Sang-do}} said 나머지는 {{u:Korean Workers' Party}}.
I: Do you have family in the North?
W: 네. 어머니 and my sister {{p:Chu Yong-ok}}, in {{u:Anju}}.
I: Thank you. Do you want a break?
W: Do we have coffee? 하하. OK.""",
    },
    {
        "id": "h12-mixed-09",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Nam Hye-gyong", "남혜경", "witness", ["Hyegyong"]),
            ("Yon Chol-ung", "연철웅", "supervisor", ["Yeon Cheol-ung"]),
        ],
        "note": "Diary written in a mix of English practice sentences and Korean by a former greenhouse and construction worker in Poland/Malta; Nam as surname; fullwidth letters in a name.",
        "text": """[Diary of {{r:Nam Hye-gyong}}, written during English classes in {{u:Seoul}}, 2022. She writes English first, then Korean when she cannot find the words.]

Monday. My teacher Ms {{p:Clara}} say: write about your past. OK. 
I worked in {{u:Poland}}. Greenhouse, tomato. 토마토 따고 포장하고, 하루 열네 시간. Our boss is {{r:Yon Chol-ung}}. {{r:연}} 소장. He take my passport at airport {{u:Warsaw}}. 

Tuesday. I remember {{r:Yon}} face. 무섭다. In English: scary. The Polish farm owner was Mr {{p:Tomasz}}. {{p:Tomasz Nowak}}. He is not bad man but he give money to {{r:연철웅}}, not to us. 우리는 한 달에 오십 유로.

Wednesday. After one year they send us to {{u:Malta}}. Construction, hotel. Very hot. 모래 바람. My friend {{p:Jin-ok}} cry every night. {{p:진옥}}이 is from {{u:Kaesong}} like me.

Thursday. Teacher say use past tense. OK. {{r:Yeon}} (South spelling {{r:Ｙｅｏｎ Ｃｈｅｏｌ－ｕｎｇ}}, I copy from news 🤔) was angry when {{p:Jin-ok}} talk to a Maltese worker, {{p:Joseph Borg}}. He said: "너희 가족 생각해라." Think of your family.

Friday. Today I write my name big: {{r:HYEGYONG}}. Free name. Nobody take it.

Saturday. I miss my mother {{p:Ri Sun-bok}}. 어머니 잘 계세요? 

Sunday. Church. Pastor {{p:Kim Dae-sung}} prayed for workers still in {{u:Russia}} and {{u:China}}. The news said {{u:Kim Jong Un}} sends more workers now. I prayed for {{p:Jin-ok}}.""",
    },
    {
        "id": "h12-mixed-10",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ma Kwang-su", "마광수", "witness", []),
        ],
        "note": "English news-style summary with Korean quotations, Uzbekistan/Russia construction; private witness shares a name with a public writer; Ma as surname; public bodies.",
        "text": """NORTH KOREAN BUILDERS IN {{u:TASHKENT}} "WORKED LIKE MACHINES", FORMER LABOURER SAYS

A former North Korean construction worker who spent three years in {{u:Tashkent}} and later in {{u:Novosibirsk}} has described 16-hour days, confiscated passports and wages siphoned to {{u:Pyongyang}}.

The man, {{r:Ma Kwang-su}}, 39 - who shares his name with the late South Korean novelist {{u:Ma Kwang-soo}} but is no relation - spoke to reporters in {{u:Seoul}} on Tuesday. "우리는 기계처럼 일했습니다," {{r:Ma}} said. "We worked like machines."

According to {{r:Ma}}, his brigade of forty was run by a party official he called "{{p:Gu}} 부장", {{p:Gu Yong-chan}}. "{{p:구용찬}}이가 여권을 다 가져갔어요. We never saw them," {{r:Ma}} said.

The {{u:UN Special Rapporteur on the situation of human rights in the DPRK}} has repeatedly raised concerns about such workers. The {{u:Ministry of Employment and Labour Relations of Uzbekistan}} did not respond to questions.

{{r:Ma}} said a colleague, {{p:Ryang Chol}}, collapsed on site in {{u:Novosibirsk}} in January 2020. "{{p:량철}}이는 그냥 쓰러졌어요. No doctor," he said. An Uzbek foreman, {{p:Sherzod}} ({{p:Шерзод}}), later told him {{p:Ryang}} had died.

"{{r:마}} 씨, 조국을 배신하면 가족이 어떻게 되는지 알지?" was what {{p:Gu}} told him, {{r:Ma}} recalled - "Mr {{r:Ma}}, you know what happens to the family of a traitor."

{{r:Ma Kwang-su}} says his wife and two sons remain in {{u:Hamhung}}. He asked that his photograph not be published.

Reporting by {{p:Lee Ji-hoon}}.""",
    },
]
