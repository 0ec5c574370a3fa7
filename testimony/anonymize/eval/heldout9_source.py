# ruff: noqa: E501
"""Held-out evaluation passages, set 9 (blind). Markers: {{r:..}} registered private person,
{{p:..}} unregistered private person, {{u:..}} public name (figure, place, organisation,
company, ship). Built by build_heldout.py heldout9."""

PASSAGES: list[dict] = [
    {
        "id": "h9-en-01",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Chol-ho", "리철호", "witness", []),
            ("Pak Song-il", "박성일", "supervisor", ["Tiger"]),
            ("Kim Hyok", "김혁", "coworker", []),
        ],
        "note": "Logging camp, first person; foreman known by nickname; Russian driver with diminutive; section chief known only by surname; sentence-initial So/No/Young traps.",
        "text": """My name is {{r:Ri Chol-ho}}. In the winter of 2014 I was sent to a logging camp near {{u:Tynda}} with eleven men from {{u:Kilju}}. The foreman was a man the others called {{r:Tiger}}. His papers said {{r:Pak Song-il}}, but nobody used that name. When {{r:Tiger}} was drunk he would shout that {{r:Pak}} was watching us, as if {{r:Pak}} were a different person.

So the first month was larch. No one told us the quota. My partner on the two-man saw was {{r:Kim Hyok}}, a quiet boy of nineteen whose father had worked with mine at the {{u:Kim Chaek Iron and Steel Complex}}. {{r:Hyok}} could not stand the cold. By February {{r:Kim}} had lost two toenails and {{r:Tiger}} still sent him out at five.

The cook was a widow we called Auntie {{p:Sun-ok}}. {{p:Sun-ok}} saved the rice crust for the youngest, which meant {{r:Hyok}} and a boy named {{p:Yun Tae-gil}}. {{p:Tae-gil}} later ran away. The driver who took the logs to the railhead at {{u:Berkakit}} was a Russian, {{p:Gennady}}, who sold us cigarettes. {{p:Gennady Sorokin}}, I think, but we all said {{p:Gena}}. It was {{p:Gena}} who told {{p:Tae-gil}} where the road went.

After {{p:Tae-gil}} disappeared a security man came from {{u:Khabarovsk}}. We knew him only as Section Chief {{p:Ho}}. {{p:Ho}} questioned every one of us. He asked me three times whether {{p:Gena}} had a car of his own. I said I did not know. He asked {{r:Hyok}}, and {{r:Hyok}} cried.

Young men break in different ways. {{r:Kim Hyok}} stopped eating in April. The camp doctor, a Korean woman named {{p:Jong Mi-ran}}, gave him glucose and wrote "exhaustion" in the book. Dr {{p:Jong}} was kind, but she answered to {{r:Tiger}} like everyone else.

I left in 2017 through {{u:Vladivostok}}. I do not know what happened to any of them. I heard that {{r:Pak Song-il}} was promoted and now runs a site in {{u:Yakutia}}.""",
    },
    {
        "id": "h9-en-02",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Choe Kum-hyang", "최금향", "witness", []),
            ("Ryu Myong-suk", "류명숙", "supervisor", ["Crab"]),
        ],
        "note": "Seafood plant in China; Chinese owner and wife in pinyin and hanzi; public figures on a poster; unregistered co-workers outnumber registered; 'Song' sentence-initial trap.",
        "text": """I am {{r:Choe Kum-hyang}}. From 2017 to 2020 I peeled crab and shrimp at a processing plant in {{u:Donggang}}, {{u:Liaoning}}. There were about three hundred of us in two dormitories behind the plant. The team leader for my floor was {{r:Ryu Myong-suk}}. To her face we said Comrade {{r:Ryu}}; behind her back she was {{r:Crab}}, because she walked sideways along the tables and pinched.

The owner was Mr {{p:Wang}}. His name card said {{p:王建国}}, and the interpreter wrote it {{p:Wang Jianguo}}. His wife ran the office. Everybody called her Boss Lady {{p:Liu}}; she signed {{p:刘秀英}}. {{p:Liu}} was the one who kept our passports in a steel cabinet. In the office there was a framed photograph of {{u:Xi Jinping}} shaking hands with {{u:Kim Jong Un}} in {{u:Beijing}}, and {{p:Wang}} liked to point at it when he wanted more hours.

Song practice was at six every morning, before the shift. {{r:Ryu}} checked who was singing. My bed neighbour {{p:Kang Ok-ju}} from {{u:Sinuiju}} could not sing at all, so {{p:Ok-ju}} moved her lips. The other one in our room was {{p:Han Un-jong}}; {{p:Un-jong}} was twenty-two and had a cough from the ammonia. A girl from {{u:Hyesan}} whom we called {{p:Little Bean}} slept above her. {{p:Little Bean}}'s real name was {{p:Jo Kyong-hui}}, but I only learned that at the end.

In 2019 {{p:Un-jong}} fainted on the line. {{r:Crab}} said she was pretending. A Chinese forewoman, {{p:Zhang Lihua}} ({{p:张丽华}}), carried her out herself. {{p:Zhang}} got into trouble with Mr {{p:Wang}} for that.

When COVID came, nobody went home. {{r:Ryu Myong-suk}} told us the {{u:Workers' Party of Korea}} would decide. I ran in 2020 with {{p:Ok-ju}}. I do not know where the others are now.""",
    },
    {
        "id": "h9-en-03",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Kwak Yong-nam", "곽용남", "witness", []),
            ("Yusuf Al-Hamadi", "유수프 알하마디", "other", ["Abu Khalil"]),
        ],
        "note": "Gulf construction site; Arabic private names in Latin and Arabic script, kunya; a man 'not his real name'; public emir and companies; Do/An sentence-initial traps.",
        "text": """I, {{r:Kwak Yong-nam}}, was a plasterer on a tower site in {{u:Kuwait City}} from 2015 to 2017. Our company on paper was the {{u:Korea Gonmyong Construction Corporation}}, but the contract was with a local firm, {{u:Al Ruwais Contracting}}. The man who held our residence cards was {{r:Yusuf Al-Hamadi}}, whom everyone called {{r:Abu Khalil}}. On his office door it said {{r:يوسف الحمادي}}. {{r:Abu Khalil}} was not cruel; he was simply never there.

Our brigade leader I will call Mr {{p:Kwon}} (not his real name, he still has family in {{u:Nampo}}). {{p:Kwon}} took two thirds of every payment. Do not think we did not know. An Egyptian engineer, {{p:Mahmoud Farouk}}, showed me the real pay sheet on his phone. {{p:Mahmoud}} said, "Your leader signs for forty men, and there are thirty-one of you." Engineer {{p:Farouk}} was sent back to {{u:Cairo}} the next month.

The Pakistani scaffolders were friendly. One of them, {{p:Imran}}, shared tea with us at the car park behind the site office. {{p:Imran Qureshi}} had a brother in {{u:Lahore}} and a picture of him on his helmet. Our cook, {{p:Ma Chun-hwa}}, made noodles for {{p:Imran}} once and {{p:Kwon}} shouted at her for an hour.

In summer the heat was fifty degrees. The site nurse, a Filipina named {{p:Rosalie Dizon}}, wrote "heat stroke" on a card for my friend {{p:Sok Chol-jin}}. {{p:Chol-jin}} was put on night work for that. {{p:Rosalie}} cried when she told me.

In 2017 the {{u:UN}} sanctions came and the {{u:Emir of Kuwait}} stopped new visas. {{r:Yusuf}} told {{p:Kwon}} we had to leave by December. {{r:Al-Hamadi}} paid the last month directly into our hands, the only time. I kept that money and came south through {{u:Shenyang}}.""",
    },
    {
        "id": "h9-en-04",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Song-chol", "김성철", "supervisor", []),
            ("Paek Il-gwon", "백일권", "witness", []),
            ("O Kwang-min", "오광민", "coworker", ["Ox"]),
        ],
        "note": "Construction site in St Petersburg; all-caps brigade roster copied by the witness; streets named after people; Russian landlord; one-letter surname O.",
        "text": """The witness, {{r:Paek Il-gwon}}, kept a copy of the brigade list he was given in {{u:Saint Petersburg}} in 2018. He wrote it out again for us from memory:

BRIGADE 3 — SITE: {{u:MOSKOVSKY PROSPEKT}} 140
1. {{r:KIM SONG-CHOL}} — BRIGADE LEADER
2. {{r:PAEK IL-GWON}} — TILER
3. {{r:O KWANG-MIN}} — TILER
4. {{p:CHANG MYONG-HO}} — ELECTRICIAN
5. {{p:RIM HAK-SU}} — WELDER
6. {{p:SIN UN-GIL}} — COOK / DRIVER
NOTE: {{r:KIM}} HOLDS ALL PASSPORTS.

"{{r:Kim Song-chol}} was from {{u:Chongjin}}, like me," {{r:Paek}} says. "{{r:Song-chol}} was fair at first. The problem was {{r:O}}. We called {{r:O Kwang-min}} the {{r:Ox}}, because he could carry two sacks of cement. The {{r:Ox}} was also the informer."

The brigade slept in a flat on {{u:Lenin Street}} that belonged to a pensioner, {{p:Valentina Petrovna}}. {{p:Valentina}} came on the first of every month for the rent and gave {{p:Sin Un-gil}} a jar of pickled cucumbers. "{{p:Un-gil}} cooked for us and drove the van. He was the only one of us who spoke Russian." {{p:Chang}} the electrician was injured on the site on {{u:Pushkin Avenue}} in March 2019; a Russian foreman, {{p:Oleg Dvornikov}}, drove him to hospital against orders. Afterwards {{r:Kim}} told {{p:Oleg}} never to come to our floor again.

No one from the embassy visited. {{p:Rim Hak-su}} tried to call his wife from a pay phone near the {{u:Hermitage}} and the {{r:Ox}} reported him. {{p:Hak-su}} was sent home. "That was when I decided," says {{r:Il-gwon}}. "{{r:Kwang-min}} watched me for another year, but I left in 2020."

Asked whether the leader is still there, the witness said he had heard that both men were moved to a site in {{u:Kazan}}.""",
    },
    {
        "id": "h9-en-05",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Jang Chol-u", "장철우", "witness", ["chori"]),
            ("Nam Hyon-sik", "남현식", "supervisor", []),
        ],
        "note": "Lower-case messaging chat exported from a phone; emoji; names lower-case; boat names public; dates and ages not names.",
        "text": """[Chat export, translated. Participants: "user1" (witness's phone), "user2". Times in UTC.]

2021-06-02 03:14 user2: you there {{r:chori}}?
2021-06-02 03:15 user1: yes. still on the boat. {{r:nam}} is asleep 😴
2021-06-02 03:15 user2: who is {{r:nam}}
2021-06-02 03:16 user1: captain. {{r:nam hyon-sik}}. the one i told you about. he keeps the phone in his cabin, i took it from {{p:du-ho}}
2021-06-02 03:16 user2: {{p:du-ho}} is the engineer?
2021-06-02 03:17 user1: yes {{p:ko du-ho}}. he is ok. he lets me use it at night
2021-06-02 03:18 user2: how many korean crew on the {{u:Zhe Dai Yu 31077}}
2021-06-02 03:18 user1: 14. and 3 chinese. chinese bosun is lao {{p:chen}}, he is fine 👍 the other chinese ones we call {{p:shorty}} and {{p:glasses}}
2021-06-02 03:20 user1: {{p:shorty}} hit {{p:kyong-su}} yesterday
2021-06-02 03:20 user2: {{p:kyong-su}} from {{u:hamhung}}?
2021-06-02 03:21 user1: no thats the other {{p:kyong-su}}. this is small {{p:kyong-su}}, {{p:yang kyong-su}}, 19 years old
2021-06-02 03:23 user2: ok. is {{r:nam}} paying anything
2021-06-02 03:24 user1: nothing since feb. captain {{r:nam}} says the money goes to {{u:pyongyang}} and {{u:kim jong un}} will decide 🙄
2021-06-02 03:25 user1: we are near {{u:zhoushan}}, next port in 10 days maybe
2021-06-02 03:26 user2: tell me when. the pastor {{p:peter}} can meet you
2021-06-02 03:27 user1: {{p:du-ho}} wants to come too
2021-06-02 03:27 user2: ok. delete this chat. i am {{r:chol-u}}'s cousin, say that if they ask 🙏
2021-06-02 03:28 user1: {{r:jang chol-u}} says thank you 🫡
2021-06-02 03:29 user1: {{r:nam}} is awake. bye""",
    },
    {
        "id": "h9-en-06",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Hwang Myong-jin", "황명진", "witness", []),
            ("Joaquim Mbala", "조아킹 음발라", "other", []),
            ("Mamadou Ndiaye", "마마두 은디아예", "other", ["Papa Mamadou"]),
        ],
        "note": "Angola and Senegal construction; Portuguese and French-Wolof private names; monuments and a state company that look like names; 'Bang' and 'Rich' traps.",
        "text": """{{r:Hwang Myong-jin}} worked for the {{u:Mansudae Overseas Project Group}} first in {{u:Luanda}} and then in {{u:Dakar}}. He is a painter by training, but abroad he mixed concrete.

In {{u:Angola}} the work was on a memorial near the {{u:Agostinho Neto}} mausoleum and on private villas. "The villas paid better," {{r:Hwang}} says. "The Angolan who found the jobs was {{r:Joaquim Mbala}}. {{r:Joaquim}} spoke a little Chinese and no Korean, so our interpreter {{p:Son Hae-il}} did everything through Chinese. {{p:Hae-il}} liked {{r:Mbala}}. Rich people in {{u:Talatona}} wanted Korean painters because of the statues, and Senhor {{r:Joaquim}} knew that."

One Angolan labourer, {{p:Domingos}}, was paid more than any of us in a single week. {{p:Domingos Kiala}} laughed about it and bought us {{u:Cuca}} beer. Our manager, {{p:Rim Tong-hyok}}, made {{p:Son}} write a report about the beer.

Bang — that was the sound of the generator at night, he says; you could not sleep.

In 2016 the brigade moved to {{u:Senegal}}. The {{u:African Renaissance Monument}} had been finished years before, but there were repairs, and villas again. The landlord in {{u:Ouakam}} was {{r:Mamadou Ndiaye}}, whom the boys called {{r:Papa Mamadou}}. His wife, {{p:Awa}}, sold us bread; {{p:Awa Diop}} refused to take money from {{p:Chae Ryong-il}}, the youngest, because he looked ill. {{p:Ryong-il}} had malaria twice.

{{p:Rim}} wanted {{r:Ndiaye}} to report anyone who left the house. {{r:Mamadou}} refused. "He said, this is my house, not a prison." A Senegalese foreman, {{p:Ibrahima Sarr}}, gave {{r:Hwang}} his phone number. {{p:Ibrahima}} is the reason {{r:Myong-jin}} could contact his sister in {{u:Seoul}}.

He left {{u:Dakar}} in 2018. He believes the manager is now in {{u:Equatorial Guinea}}.""",
    },
    {
        "id": "h9-en-07",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ju Un-hui", "주은희", "witness", []),
            ("Batbayar Dorj", "바트바야르 도르지", "other", ["Baagii"]),
        ],
        "note": "Mongolia sewing workshop and construction; Mongolian private names in Latin and Cyrillic; square and city district named after persons are public; 'Moon' and 'Ha' traps.",
        "text": """I am {{r:Ju Un-hui}}. I sewed uniforms in a workshop in {{u:Ulaanbaatar}} from 2013 to 2016, and in the last year I cooked for a construction brigade in {{u:Khan-Uul}} district.

The workshop belonged to a Mongolian, {{r:Batbayar Dorj}}. On the contract his name was written {{r:Батбаяр Дорж}}, and the girls called him {{r:Baagii}}, which is what his wife called him. {{r:Baagii}} was honest about money, but the money went to our manager first. Our manager was Manager {{p:Yang}}, a woman of fifty. {{p:Yang Sun-bok}}. {{p:Sun-bok}} wore a {{u:Kim Il Sung}} badge even on Sundays.

Moon festival is not a holiday there, but {{r:Batbayar}} gave us a day off anyway. We walked to {{u:Sukhbaatar Square}} and took a photograph in front of the statue of {{u:Damdin Sükhbaatar}}. {{p:Yang}} made us stand in a line.

My friends were {{p:Kye Song-mi}} and {{p:Ri Hyang}}. {{p:Song-mi}} had a boyfriend in {{u:Pyongyang}}; {{p:Hyang}} had nobody and was braver. There was also a Mongolian seamstress, {{p:Oyunchimeg}} ({{p:Оюунчимэг}}), who taught {{p:Hyang}} Mongolian numbers. Ha! We laughed that {{p:Hyang}} would marry a herder.

When I moved to the construction brigade, the foreman was {{p:Choe Il}}. Everyone feared {{p:Choe}}. The Mongolian truck driver, {{p:Ganbold}}, brought sand, and {{p:Ganbaatar}}, his cousin, brought bricks. {{p:Ganbold}} gave me a SIM card. {{p:Choe Il}} found it and broke it.

In 2016 {{r:Baagii}} told me quietly that the Mongolian government would not renew our visas. He was right. I went home, and later left again, on my own, through {{u:China}}. I want {{r:Batbayar}} to know I am alive, but please do not use my name in anything he can read.""",
    },
    {
        "id": "h9-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Sim Kyong-ho", "심경호", "witness", []),
            ("Ri Jong-hyok", "리정혁", "supervisor", ["Professor"]),
        ],
        "note": "IT team in China; team known by nicknames and online handles; 'Mr. Kwon (not his real name)'; Chinese client with English first name; public companies and university.",
        "text": """{{r:Sim Kyong-ho}} was one of nine programmers sent to {{u:Shenyang}} in 2018 by a trading company attached to the {{u:Korea Computer Center}}. The team lived and worked in two flats in a residential compound.

"The team leader was {{r:Ri Jong-hyok}}, a graduate of {{u:Kim Chaek University of Technology}}. We called him the {{r:Professor}}. The {{r:Professor}} took the contracts, kept the laptops with internet, and wrote our daily reports. {{r:Jong-hyok}} himself coded very little."

The client who paid for most of the work was a Chinese man who used the English name {{p:Kevin}}. {{p:Kevin Zhao}} ran a gambling-app business. "{{p:Kevin}} never came to the flat. His assistant, {{p:Zhou Meiling}}, came with the cash. {{p:Meiling}} was maybe twenty-five."

Among the programmers, {{r:Sim}} names {{p:Han Chol}}, the best of them; {{p:Kim Ju-song}}, called {{p:Pencil}} because he was thin; and a man he calls Mr {{p:Kwon}} (not his real name). "{{p:Kwon}} was the political one. He reported on {{p:Pencil}} for watching South Korean dramas. {{p:Ju-song}} lost his bonus for a year."

Each of them also had online identities for freelancing sites. "I was '{{r:Kevin Sim}}' on one site and '{{r:K. Sim}}' on another. The {{r:Professor}} said no one would check." He admits that these names were fake, but made from his own.

No one was allowed out alone. "{{p:Han}} went to buy medicine once with {{p:Meiling}} and was criticised for three days." So the team stayed inside, eighteen hours a day.

In 2020 {{r:Ri}} was called back to {{u:Pyongyang}} and a new leader arrived. {{r:Kyong-ho}} says he does not know the new man's name. He left in 2021 with the help of {{p:Meiling}}'s uncle, whose name he will not give.""",
    },
    {
        "id": "h9-en-09",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Son Ok-ryon", "손옥련", "witness", []),
            ("Kang Hye-gyong", "강혜경", "supervisor", []),
            ("Mun Chol", "문철", "official", []),
        ],
        "note": "Restaurant waitress abroad; manager and embassy man; restaurant names are public companies; Moon trap vs private surname Mun; customers named by the witness.",
        "text": """{{r:Son Ok-ryon}} was a waitress and singer at a North Korean restaurant in {{u:Vientiane}} from 2012 to 2014, and then at the {{u:Pyongyang Okryu Restaurant}} branch in {{u:Ningbo}}.

"Our manager in {{u:Laos}} was {{r:Kang Hye-gyong}}. Manager {{r:Kang}} had been a dancer. She chose the songs and who sat with which guests. There were eight of us girls. I remember {{p:Kim Sol-mi}}, who played the gayageum, and {{p:Pak Ryon-hui}}, who sang best. {{p:Sol-mi}} and {{p:Ryon-hui}} shared a bed with me."

Every Friday a man from the embassy came: {{r:Mun Chol}}. "{{r:Mun}} looked at the accounts with {{r:Kang Hye-gyong}}. When {{r:Mun Chol}} was there, we had to smile all evening." Moon River was the song the South Korean tourists always asked for, she recalls, and {{r:Kang}} allowed it only when {{r:Mun}} was gone.

Among the regular guests she names a Lao businessman, {{p:Somsak}}, and a Thai engineer, {{p:Anan Srisuk}}. "{{p:Somsak}} was polite. {{p:Anan}} gave {{p:Ryon-hui}} a phone, and Manager {{r:Kang}} took it from her the same night."

In {{u:Ningbo}} the manager was a different woman, {{p:Jo Son-yong}}. "{{p:Jo}} was stricter. We could not go out even to the market. The cook, Uncle {{p:Tae}}... we called him that, his name was {{p:Ri Tae-sik}}. {{p:Tae-sik}} brought us news. He was the one who said the girls from the {{u:Ryugyong Restaurant}} had gone to the South."

{{r:Ok-ryon}} herself left in 2016. She says the singer stayed behind and she has no news of the gayageum player.""",
    },
    {
        "id": "h9-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yu Sung-nam", "유승남", "witness", []),
            ("Rustam Karimov", "루스탐 카리모프", "other", []),
        ],
        "note": "Uzbekistan and Kazakhstan construction; Uzbek and Kazakh private names in Latin and Cyrillic; public Uzbek figures and streets named after persons; 'Gang' trap.",
        "text": """{{r:Yu Sung-nam}} was a bricklayer in {{u:Tashkent}} in 2011 and later in {{u:Almaty}}. The site in {{u:Tashkent}} was a hotel on {{u:Amir Temur Avenue}}.

"The Uzbek contractor was {{r:Rustam Karimov}}. {{r:Рустам Каримов}}, it said on the gate. Not related to the president {{u:Islam Karimov}} — everybody asked him that, and {{r:Rustam}} laughed each time. {{r:Karimov}} paid our company in dollars, in a bag."

"Our brigade had eighteen men. The leader was {{p:Yom Kwang-chol}}. The deputy was {{p:Chon Hak-bom}}, and {{p:Hak-bom}} was a good man; he let us phone home from {{r:Rustam}}'s office. {{p:Yom}} did not know about it." Gang is what the Uzbek workers shouted for 'go' in the morning, {{r:Yu}} says, or that is how it sounded to him.

Uzbek workers he remembers: {{p:Dilshod}}, who brought plov every Friday, and {{p:Shukhrat Yusupov}}, the crane operator. "{{p:Shukhrat}} taught me a few words. {{p:Дилшод}} wrote his name for me in Russian letters so I could find him, but I lost the paper."

In {{u:Almaty}} the brigade built flats near {{u:Abay Avenue}}. The Kazakh landlord was {{p:Yerlan Bekov}}. "{{p:Yerlan}} did not like {{p:Yom}}. He once said in front of everyone that {{p:Yom Kwang-chol}} was a thief. After that {{p:Kwang-chol}} moved us to a container on the site."

In the container there was a man from {{u:Kanggye}}, {{p:So Chang-il}}. So we were twelve in one container, {{p:Chang-il}} coughing every night. {{r:Sung-nam}} left {{u:Kazakhstan}} in 2013 and says he still thinks about {{p:So}}.""",
    },
    {
        "id": "h9-en-11",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ko Yong-ae", "고영애", "witness", []),
            ("Choe Myong-gil", "최명길", "supervisor", []),
            ("Ryang Su-ryon", "량수련", "coworker", []),
        ],
        "note": "Garment factory in Hunchun; a name with a zero-width space, one with a soft hyphen, fullwidth letters from a scanned form; Park as 'car park'; Young/No sentence-initial; dates and numbers.",
        "text": """Statement of {{r:Ko Yong-ae}}, 41, recorded on 9 May 2023.

From 2016 I worked at a garment factory in {{u:Hunchun}}, {{u:Jilin}}, that made jackets for export. On the form the company gave us, my name was typed in wide letters, {{r:ＫＯ ＹＯＮＧ ＡＥ}}, and my number was 0457. There were about 400 North Korean women there.

The head of our group was {{r:Choe Myong-gil}}, a man from the {{u:Ministry of State Security}}, or so we believed. {{r:Choe}} had a desk by the door. He watched us come in from the car park and wrote down who was late. Park the bus further away, he told the driver, so we would walk longer in the snow.

My line partner was {{r:Ryang Su-ryon}}. {{r:Su-ryon}} was from {{u:Onsong}}. In 2018 {{r:Ryang}} hurt her hand in the cutting machine. The Chinese supervisor, {{p:Jin Xiaoping}}, took her to the clinic; the doctor was called {{p:Piao}}, a Korean-Chinese. Dr {{p:Piao}} said she needed an operation. {{r:Choe}} said no.

Young women came and went. I remember {{p:Chu Hyon-a}}, who was sixteen when she came, and {{p:Pyon Kum-ju}}, called {{p:Kum}}. {{p:Hyon-a}} was sent home pregnant in 2019; {{p:Kum}} told me the father was the driver, {{p:Lee Dong\u200bchun}}, a Chinese-Korean. No one ever asked {{p:Dong-chun}} anything.

Our cook was {{p:Ki\u00adm Jong-nyo}}. {{p:Jong-nyo}} put extra potatoes in the bowls of the girls who were sick. When {{r:Choe Myong-gil}} found out, he stopped that. {{p:Kim}} cried in the kitchen.

In 2020, 2021 and 2022 nobody went home. In 2022 {{r:Su-ryon}} said to me, "{{r:Yong-ae}}, if we stay we die here." We left together on 14 March. I do not know where the others are.""",
    },
    {
        "id": "h9-en-12",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Kim Yo-sun", "김요순", "witness", []),
            ("Choe Son-ae", "최선애", "coworker", []),
            ("Sergei Lavrenko", "세르게이 라브렌코", "other", []),
        ],
        "note": "Caseworker summary; private persons sharing surnames or look-alike names with public figures (Kim Yo Jong, Choe Son Hui, Sergei Lavrov); electronics assembly in Russia; public names in same sentences.",
        "text": """Caseworker summary. The witness, {{r:Kim Yo-sun}}, is not to be confused with {{u:Kim Yo Jong}}; she laughed when we asked her to spell it. {{r:Yo-sun}} worked in an electronics assembly plant near {{u:Vladivostok}} from 2019 to 2022.

Her closest colleague was {{r:Choe Son-ae}}. {{r:Son-ae}} told her that when {{u:Choe Son Hui}} visited {{u:Moscow}} in 2022, the workers were made to watch the news on a television in the canteen. {{r:Choe}} said it was the only time they saw a television. Ms {{r:Choe}} is now in {{u:South Korea}} as well.

The landlord of the workers' building was {{r:Sergei Lavrenko}}. "Not {{u:Lavrov}}," {{r:Kim}} says, "but the girls joked that {{r:Sergei}} was the foreign minister, because he walked like a big man." {{r:Lavrenko}} rented the building to the company's Russian partner, {{u:Primorsky Electronic Systems}}.

The North Korean manager was {{p:Ho Myong-sil}}, assisted by a man called {{p:Tak}}. {{p:Tak}}'s full name was {{p:Tak Chol-ryong}}. "{{p:Myong-sil}} counted the boards, {{p:Chol-ryong}} counted us." A Russian quality inspector, {{p:Irina Vasilyeva}}, sometimes brought chocolate. {{p:Irina}} was warned by the Russian partner not to talk to the women.

Other workers named: {{p:An Kyong-ok}}, {{p:Do Sun-hwa}} and {{p:Ha Yong-mi}}. An interpreter, {{p:Olga}}, helped {{p:Sun-hwa}} when she burned her arm. No worker was paid directly.

{{r:Yo-sun}} left after {{u:Vladimir Putin}} and {{u:Kim Jong Un}} met at {{u:Vostochny Cosmodrome}} in 2023; she says after that meeting {{p:Ho}} told them they would stay five more years. She contacted us through {{r:Son-ae}}.""",
    },
    {
        "id": "h9-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Bang Yong-nam", "방영남", "witness", []),
            ("Jo Tae-bok", "조태복", "supervisor", ["Jo Abai"]),
        ],
        "note": "Construction in Vladivostok, northern dialect; '조 아바이', '김 씨네 아들 철이', 'XX네', nickname 여우, 반장 known only by a surname that is also a word (길); names followed by 이/이는/이네.",
        "text": """내 이름은 {{r:방영남}}이오. 2015년 봄에 {{u:블라디보스토크}} 건설장으로 갔댔소. 작업반장은 {{r:조태복}}이라는 사람이었는데, 다들 {{r:조}} 아바이라고 불렀지비. {{r:조}} 아바이는 쉰이 넘었는데 말이 없고 손이 컸소.

우리 {{u:회령}}에서 같이 간 사람이 셋이었소. {{p:김}} 씨네 아들 {{p:철}}이, 앞집 {{p:순남}}이, 그리고 {{p:리명호}}. {{p:철}}이는 열아홉이었고 {{p:순남}}이는 나보다 두 살 위였소. {{p:명호}}는 기술자라 대우가 좀 나았지.

첫해 겨울에 {{p:순남}}이 발을 다쳤소. 비계에서 떨어졌는데, {{r:조}} 아바이가 업고 내려왔지. 로씨야 의사가 왔는데 이름이 {{p:나탈리야}}였소. {{p:나탈리야}} 선생이 깁스를 해줬는데, 보위원 {{p:황}} 동지가 병원엔 못 간다 했소. {{p:황}} 동지 이름은 {{p:황기철}}이었는데 우린 뒤에서 '{{p:여우}}'라 했지.

그래 {{p:순남}}이는 석 달을 숙소에 누워 있었소. 밥은 취사원 {{p:옥희}} 아주마이가 갖다줬소. {{p:옥희}}네 집도 {{u:회령}}이었거든.

{{p:철}}이는 이듬해 도망쳤소. {{p:여우}}가 우리를 하나씩 불러 물었는데, 나는 모른다 했소. 다른 사람들도 모른다 했고. 그 일로 {{r:조태복}}이 반장 자리에서 떨어졌소. 새 반장은 {{p:길}} 반장이라는 사람인데 성만 알았지 이름은 모르오. 길에서 만나도 못 알아볼 거요.

나는 2019년에 나왔소. {{r:영남}}이 살아 있다고, {{p:철}}이네 어머니한테 전해주면 좋겠소.

숙소는 컨테이너 네 개를 붙여 만든 것이었소. 겨울이면 벽에 성에가 손가락 두께로 끼었지. 한 달에 한 번 생활총화를 했는데, 거기서 서로 비판을 해야 했소. 비판할 게 없으면 지어내기라도 해야 했지. 돈은 한 번도 손에 쥐어보지 못했소. 계획분을 바치고 나면 남는 게 없다고 했으니. 집에 편지 한 장 보내려 해도 보위원이 먼저 읽었소. 그래서 편지에는 늘 잘 있다고만 썼지.""",
    },
    {
        "id": "h9-ko-02",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Kye Un-ha", "계은하", "witness", []),
            ("Ri Hong-mae", "리홍매", "other", []),
        ],
        "note": "Seafood plant in Donggang, colloquial speech; given names that are ordinary words (은하, 별, 단비, 봄순); Chinese owner in hangul and hanzi; Korean-Chinese interpreter; particles directly after names.",
        "text": """저는 {{r:계은하}}입니다. {{u:단둥}} 옆 {{u:동항}}에 있는 수산물 가공공장에서 2018년부터 3년 있었어요. 은하수에서 따온 이름이에요. 공장에서는 다들 {{r:은하}}야, {{r:은하}}야 했어요.

사장은 {{p:왕}} 사장이었어요. 명함에는 {{p:王志强}}이라고 있었고, 우리는 {{p:왕즈창}}이라고 읽었어요. 통역은 조선족 여자 {{r:리홍매}}였는데, {{r:홍매}} 언니가 없으면 아무 말도 안 통했어요. {{r:리홍매}} 언니는 {{u:연길}} 사람이라 우리 말을 잘했어요.

우리 방에는 여섯이 있었어요. {{p:별}}이, {{p:단비}}, {{p:봄순}}이, {{p:정옥}}이, 그리고 {{p:김선화}} 언니. {{p:별}}이는 원래 이름이 {{p:한별}}인데 다들 {{p:별}}이라고만 불렀어요. 밤에 별 보면서 {{p:별}}이 울었어요. {{p:단비}}는 비 오는 날 태어나서 {{p:단비}}래요.

우리 조장은 {{p:선화}} 언니였어요. 조장이라도 나쁜 사람은 아니었어요. 그런데 위에 지도원 {{p:장}} 동무가 있었는데, {{p:장}} 동무가 제일 무서웠어요. {{p:장명순}}. 그 이름 지금도 꿈에 나와요.

2020년에 코로나 왔을 때 {{p:봄순}}이 열이 났어요. {{r:홍매}} 언니가 약 사다 줬는데, {{p:장명순}}이 알고 {{r:홍매}} 언니를 공장에 못 오게 했어요. {{p:왕}} 사장도 아무 말 안 했어요.

{{p:정옥}}이랑 저는 2021년에 같이 나왔어요. 그 애가 먼저 가자고 했어요. 나머지는 아직 거기 있을 거예요.

하루 일은 아침 여섯 시에 시작해서 밤 열 시에 끝났어요. 손은 늘 얼음물에 있었어요. 게 껍질에 손이 베여도 장갑을 갈아주지 않았어요. 한 달에 하루 쉬는 날이 있었는데, 그날도 밖에는 못 나갔어요. 기숙사 문 앞에는 늘 누가 서 있었어요. 월급은 한 번도 본 적이 없어요. 회사가 나라에 바친다고 했어요. 집에 갈 때 준다던 돈도 결국 못 받았어요.""",
    },
    {
        "id": "h9-ko-03",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Sok Ki-bong", "석기봉", "witness", []),
            ("Chae Man-sik", "채만식", "supervisor", ["범"]),
            ("Ham Tong-il", "함동일", "coworker", []),
        ],
        "note": "1990s Amur logging camp; '동지', '아바이', nickname 범 (tiger); given name used alone with 이; Russian names in hangul; public figures and places; surname 함 also a common noun.",
        "text": """{{r:석기봉}} 씨는 1996년에 {{u:아무르주}} {{u:틴다}} 벌목장에 갔다. 고난의 행군 때였다.

"사업소 소장은 {{r:채만식}} 동지였습니다. 우리는 {{r:범}}이라고 했어요. 호랑이 범이요. {{r:채만식}}이가 소리 지르면 산이 울렸어요. 그런데 {{r:채}} 소장도 위에서 계획 못 하면 맞았어요."

같은 조에 {{r:함동일}}이 있었다. "{{r:동일}}이는 {{u:단천}} 사람이고 나보다 세 살 어렸어요. 우리는 같은 톱을 썼어요. {{r:함}} 동무가 톱을 잘 갈았어요. 함에다 공구 넣어 놓고 자물쇠까지 채워 놨지요."

취사장에는 {{p:윤}} 아바이가 있었다. "{{p:윤}} 아바이, {{p:윤봉춘}}. 그 아바이 아니었으면 다 굶었을 거예요. 감자 껍질까지 모아서 죽 쒀줬어요."

로씨야 사람들 중에는 트럭 운전수 {{p:바실리}}와 그의 동생 {{p:미샤}}가 있었다. "{{p:바실리}}가 담배를 주면 우리는 그걸 {{p:윤}} 아바이한테 줬어요. {{p:미샤}}는 나쁜 놈이었어요. 보위부 {{p:탁}} 지도원한테 우리 얘기를 다 일렀어요."

1997년 겨울에 {{r:동일}}이가 나무에 깔렸다. "{{r:범}}이 트럭을 안 내줬어요. {{p:바실리}}가 몰래 {{r:동일}}이를 {{u:틴다}} 병원에 데려갔어요. 의사는 {{p:이리나}}라는 여자였는데 다리를 잘라야 한다고 했어요."

그 뒤로 {{r:함동일}}은 귀국했다. {{r:석기봉}} 씨는 그 해 {{u:김정일}} 생일에 받은 사탕을 {{r:동일}}이 가방에 넣어줬다고 했다. "{{r:기봉}}이 형, 고마워, 그랬어요. 그게 마지막이었어요."

{{r:채만식}}은 2000년대에 {{u:하바롭스크}}로 옮겼다는 소문을 들었다고 한다.

그때는 식량이 모자라서 다들 뼈만 남았다. 하루에 빵 두 덩이와 멀건 국이 전부였다고 한다. 영하 사십 도에도 나무를 베러 나갔고, 손발이 언 사람이 한둘이 아니었다. 도망치는 사람도 많았다. 잡히면 본보기로 모두 앞에서 비판을 받고 귀국 조치가 됐다. 그래도 집에 있으면 굶어 죽는다는 생각에 다들 버텼다고 한다.""",
    },
    {
        "id": "h9-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yom Chang-su", "염창수", "witness", []),
            ("Khalid Al-Mutairi", "할리드 알무타이리", "other", ["아부 파이살"]),
        ],
        "note": "Qatar/Kuwait construction told in Korean; Arabic private names in hangul and Arabic script; kunya as nickname; Egyptian and Nepali co-workers; public emir and companies.",
        "text": """{{r:염창수}}는 2014년부터 {{u:카타르}} {{u:도하}}의 아파트 건설장에서 미장공으로 일했다. 회사는 {{u:조선남강건설회사}}였고, 현지 하청은 {{u:알사드 건설}}이었다.

"현지 사장은 {{r:할리드 알무타이리}}라고 했어요. 아랍 글로는 {{r:خالد المطيري}}. 다들 {{r:아부 파이살}}이라고 불렀어요. 큰아들 이름이 {{p:파이살}}이라서 그렇대요. {{r:할리드}} 사장은 돈은 늦게 줘도 때리지는 않았어요."

우리 쪽 책임자는 {{p:로}} 지배인이었다. "{{p:로영호}}. {{p:로}} 지배인은 통장을 다 가지고 있었어요. 우리 손에 들어온 건 한 달에 백 달러도 안 됐어요."

같이 일한 외국 사람들도 있었다. "이집트 기사 {{p:아흐마드}}, 네팔 사람 {{p:람}}하고 {{p:비크람}}. {{p:람}}은 이름이 짧아서 우리가 '{{p:람}}아' 하고 불렀어요. {{p:비크람 타파}}는 사진을 잘 찍었어요. {{p:아흐마드}}는 {{u:카이로}}에 딸이 있다고 했어요."

여름에는 낮 기온이 오십 도였다. "{{p:기순}}이가 쓰러졌어요. {{p:마기순}}, {{u:남포}} 사람이에요. {{p:기순}}이를 병원에 데려간 건 {{r:알무타이리}}였어요. {{p:로영호}}는 일 못 하면 밥도 없다고 했고요."

"2017년에 {{u:타밈 빈 하마드 알사니}} 국왕이 사진으로 걸려 있는 사무실에서 {{r:아부 파이살}}이 우리를 불렀어요. 북조선 사람들은 이제 비자가 안 나온다고. {{p:로}} 지배인 얼굴이 하얘졌어요."

{{r:창수}}는 귀국하는 길에 {{u:선양}}에서 빠져나왔다. {{p:기순}}이 소식은 모른다고 했다.

숙소는 사막 끝에 있는 창고 같은 건물이었다. 에어컨이 하나 있었는데 자주 고장 났다. 새벽 네 시에 일어나 해가 뜨기 전에 일을 시작했고, 한낮에는 잠깐 쉬었다가 밤까지 일했다. 금요일에도 쉬지 못했다. 다른 나라 일꾼들은 금요일에 쉬는 걸 보고 다들 부러워했다고 한다. 한 달에 한 번 충성의 편지를 써야 했다.""",
    },
    {
        "id": "h9-ko-05",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Pyon Hae-sun", "변해순", "witness", []),
            ("Enkhtuya", "엥흐토야", "other", ["토야"]),
        ],
        "note": "Mongolia; Mongolian private names in hangul and Cyrillic; square and statue named after persons as public; '해순이네', nickname from an animal; 'XX 언니'.",
        "text": """저 {{r:변해순}}이는요, 2012년에 {{u:울란바토르}}에 있는 봉제 공장에 갔어요. 공장 주인은 몽골 여자였어요. 이름이 {{r:엥흐토야}}, 몽골 글자로 {{r:Энхтуяа}}. 우리는 그냥 {{r:토야}} 언니라고 했어요.

{{r:토야}} 언니 남편은 {{p:바트에르덴}}이라는 사람이었는데, 술을 많이 마셨어요. {{p:바트에르덴}}이 오면 {{r:토야}} 언니가 우리를 방에 들여보냈어요.

북조선 쪽 관리원은 {{p:곽}} 지도원이었어요. 이름은 {{p:곽순덕}}. 여자였는데 남자보다 무서웠어요. {{p:순덕}}이 한번 소리 지르면 다들 바늘을 떨어뜨렸어요.

방에는 넷이 있었어요. 저, {{p:명월}}이, {{p:송화}}, 그리고 제일 어린 {{p:금별}}이. {{p:금별}}이는 별명이 {{p:다람쥐}}였어요. 빨리빨리 움직여서. {{p:다람쥐}}가 제일 먼저 몽골말을 배웠어요. {{p:명월}}이는 {{u:신의주}}, {{p:송화}}는 {{u:평성}} 사람이었어요.

일요일에 {{u:수흐바타르 광장}}에 딱 한 번 갔어요. {{u:칭기스칸}} 동상 앞에서 사진을 찍었는데, {{p:곽순덕}}이 사진을 다 가져갔어요.

몽골 재봉사 {{p:사랑게렐}}이라는 아주머니가 있었어요. {{p:Сарангэрэл}}이라고 쓰더라고요. 이름에 '사랑'이 들어 있어서 우리가 웃었어요. {{p:사랑게렐}} 아주머니가 {{p:송화}}한테 휴대폰을 빌려줬어요. 그 일로 {{p:송화}}는 귀국했어요.

2016년에 저도 돌아갔다가 2019년에 다시 나왔어요. {{r:해순}}이네 집은 지금 아무도 없어요. {{r:토야}} 언니한테 {{r:해순}}이 잘 있다고 전해주세요.

하루에 재봉틀 앞에 열네 시간을 앉아 있었어요. 눈이 나빠져서 바늘에 실을 못 꿰는 사람도 있었어요. 겨울에는 영하 삼십 도까지 내려가는데, 공장 안은 난방이 잘 안 됐어요. 돈은 회사가 다 가져갔어요. 우리한테는 한 달에 몇 만 투그릭, 비누하고 치약 살 돈만 줬어요.""",
    },
    {
        "id": "h9-ko-06",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Tak Sung-ho", "탁승호", "witness", []),
            ("Emeka Okonkwo", "에메카 오콘쿼", "other", []),
            ("Mun Kil-su", "문길수", "supervisor", []),
        ],
        "note": "Nigeria and Angola construction told in Korean; Nigerian, Angolan private names in hangul and Latin; monument and president as public; 문 surname trap near ordinary noun 문 (door).",
        "text": """{{r:탁승호}}는 2013년에 {{u:나이지리아}} {{u:라고스}}에 갔다. 동상과 건물을 짓는 일이었다.

"우리 책임자는 {{r:문길수}}였어요. {{r:문}} 책임자는 밤마다 숙소 문을 밖에서 잠갔어요. 문 두드려도 안 열어줬어요. {{r:길수}}라는 이름이 참 안 어울렸지요."

나이지리아 사람 중에는 중개인 {{r:에메카 오콘쿼}}가 있었다. "{{r:Emeka Okonkwo}}, 명함에는 그렇게 있었어요. {{r:에메카}}는 {{r:문길수}}하고 술을 같이 마셨어요. 그런데 우리한테도 잘했어요. {{r:오콘쿼}} 씨가 물을 트럭으로 실어다 줬어요."

현장 경비원은 {{p:아데바요}}라는 젊은 사람이었다. "{{p:아데바요}}는 우리한테 축구를 가르쳐줬어요. {{p:아데바요 오군}}. {{p:Adebayo}}라고 자기 팔에 문신이 있었어요."

같이 간 조선 사람은 열두 명이었다. "{{p:배}}네 형제, {{p:배영철}}이하고 {{p:배영수}}가 있었고, {{u:청진}}에서 온 {{p:도}} 기사, {{p:도흥렬}}이 있었어요. {{p:영철}}이가 말라리아에 걸렸을 때 {{p:도}} 기사가 밤새 옆에 있었어요."

2015년에 일부는 {{u:앙골라}} {{u:루안다}}로 옮겼다. "거기서는 앙골라 여자 {{p:마리아 다 실바}} 집에 세 들었어요. {{p:마리아}} 아주머니는 {{p:영수}}를 아들처럼 대했어요. {{r:문}} 책임자가 그걸 싫어했어요."

{{r:승호}}는 2017년에 귀국 명령을 받았고, 도중에 빠져나왔다. "그 형은 아직 거기 있을 거예요. {{r:에메카}}한테 물어보면 알 거예요."

현장은 늘 더웠다. 물이 모자라서 씻지도 못하는 날이 많았다. 말라리아 약은 처음 몇 달만 나오고 그 뒤로는 끊겼다고 한다. 밤에는 모기장 하나를 두 사람이 같이 썼다. 돈은 책임자를 거쳐서 대사관으로 갔고, 일꾼들 손에 들어오는 건 거의 없었다. 귀국할 때 준다던 돈도 받지 못했다고 한다.""",
    },
    {
        "id": "h9-ko-07",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Yang Chol-min", "양철민", "witness", ["철민"]),
            ("Sin Kwang-ho", "신광호", "supervisor", []),
        ],
        "note": "Korean messenger chat from a fishing boat; casual spelling, ㅋㅋ, emoji; given names alone with particles; boat names public; numbers and times not names; Chinese crew in hangul.",
        "text": """[메신저 대화 일부. 발신자 A = 증언자, B = 친척]

B: {{r:철민}}아 살아있나
A: 어 살아있다 ㅋㅋ 배에 있어
B: 어느 배
A: {{u:루룽위 1178}}. 중국 배야. 조선 사람 열둘
B: 선장은 누군데
A: {{r:신광호}}. 우린 그냥 {{r:신}} 선장. 성질 더러움 😡
B: 돈은 주나
A: 안 줘 ㅋ {{r:광호}}가 다 가져감. 위에 보낸다 함
A: 기관장 {{p:룡남}}이 형이 그나마 나아
B: {{p:룡남}}이면 {{p:고룡남}}?
A: ㅇㅇ {{p:고룡남}} 맞아. 그 형이 폰 빌려줌 🙏
B: 같이 간 {{p:대성}}이는
A: {{p:대성}}이 어제 손 다쳤어. 그물에 걸려서
A: 중국 갑판장 {{p:류씽}}이 붕대 감아줬어. {{p:류}} 형 착해
B: 병원은
A: 없지 ㅋㅋㅋ 바다 한가운데
A: {{r:신}} 선장이 {{p:대성}}이한테 엄살이라고 함
B: 미친
A: 그리고 {{p:복실}}이 알지? 우리 동네 {{p:복실}}이네 오빠 {{p:명철}}이도 여기 있어
B: {{p:명철}}이가 거기 있다고?? {{p:복실}}이가 찾고 있던데
A: 응 말해줘. {{p:명철}}이 잘 있다고
B: ㅇㅋ. 다음 항구 언제
A: 열흘 후 {{u:저우산}}. {{u:석도}}일 수도
B: 목사님이 기다린대. {{p:요한}} 목사님
A: ㅇㅋ {{p:요한}} 목사님한테 고맙다고 해줘
A: 아 {{r:광호}} 온다 끈다
B: 조심해 {{r:철민}}아 💪

[증언자는 이 대화를 캡처해 두었다가 상륙 후 지원 단체에 넘겼다. 대화에 나오는 숫자와 날짜는 원문 그대로이다. 배는 열한 달 동안 항구에 들어가지 못했고, 선원들은 그동안 한 번도 육지를 밟지 못했다고 한다. 임금 명세서는 한 번도 받은 적이 없다.]""",
    },
    {
        "id": "h9-ko-08",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ri Hyon-u", "리현우", "witness", []),
            ("Ju Song-guk", "주성국", "supervisor", ["교수"]),
        ],
        "note": "IT team in Shenyang/Dandong told in Korean; nicknames that are ordinary nouns (교수, 연필, 안경); online handle of a client; '(가명)' name; public companies and university.",
        "text": """{{r:리현우}}는 2017년부터 {{u:선양}}의 아파트에서 프로그램을 만들었다. 팀은 여덟 명이었다.

"팀장은 {{r:주성국}}이었어요. {{u:김책공업종합대학}} 나온 사람인데, 우리는 '{{r:교수}}'라고 불렀어요. {{r:교수}}가 인터넷 되는 노트북 두 대를 자기 방에 두고 있었어요. {{r:주}} 팀장 허락 없이는 아무것도 못 했어요."

팀원 중에 {{p:연필}}이 있었다. "{{p:연필}}은 말라서 붙은 별명이에요. 본명은 {{p:길은혁}}. {{p:은혁}}이가 제일 어렸어요. 그리고 {{p:안경}}, 안경 낀 {{p:모정일}}. {{p:정일}}이는 수학을 제일 잘했어요."

"그리고 {{p:권}} 씨라고 할게요. 가명이에요. {{p:권}} 씨는 당 일을 봤어요. {{p:연필}}이 남조선 드라마를 본다고 {{p:권}} 씨가 보고했어요."

중국 쪽 고객은 {{p:장웨이}}라는 남자였다. "{{p:张伟}}라고 썼어요. 온라인에서는 다른 이름을 썼고요. {{p:장웨이}}의 조카 {{p:샤오린}}이 돈을 가지고 왔어요. {{p:샤오린}}은 우리랑 나이가 비슷했어요."

우리도 가짜 이름이 있었다. "저는 사이트마다 '{{r:Henry Lee}}', '{{r:H. Lee}}' 이렇게 썼어요. 제 이름에서 따온 거예요. {{r:교수}}는 '{{r:Johnny Ju}}'라고 했어요."

2019년에 {{r:주성국}}이 {{u:평양}}으로 불려갔다. "새 팀장은 {{p:강}} 아무개였는데 이름은 끝까지 몰랐어요." {{r:현우}}는 2020년에 {{p:샤오린}}의 도움으로 빠져나왔다고 했다.

하루 일은 열여섯 시간이었다. 아침에 일어나면 바로 컴퓨터 앞에 앉았고, 밤 열두 시가 넘어서야 잤다. 한 달 목표 금액이 정해져 있었는데, 못 채우면 총화 시간에 비판을 받았다. 외출은 한 달에 한 번, 셋씩 짝을 지어 나갔다. 번 돈의 대부분은 나라에 바쳤다고 한다.""",
    },
    {
        "id": "h9-ko-09",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Han Sol-hwa", "한솔화", "witness", []),
            ("Pak Yu-gyong", "박유경", "supervisor", []),
            ("Kim Chun-ok", "김춘옥", "coworker", []),
        ],
        "note": "Restaurant waitresses in Phnom Penh and Ningbo; restaurant names as public companies; Cambodian and Chinese customers in hangul; 'XX 동지'; same surname Kim as a public figure in one sentence.",
        "text": """{{r:한솔화}}는 2014년부터 {{u:프놈펜}}의 {{u:평양랭면관}}에서 복무원으로 일했다.

"관리인은 {{r:박유경}} 동지였어요. {{r:박}} 동지는 {{u:평양}} 무용단 출신이라 우리 춤까지 가르쳤어요. {{r:유경}} 동지가 웃으면 그날은 괜찮았어요."

복무원은 열 명이었다. "제일 친했던 건 {{r:김춘옥}}이에요. {{r:춘옥}}이는 노래를 잘했어요. 손님들이 {{r:춘옥}}이 노래 들으러 왔어요. 그리고 {{p:려은정}}, {{p:최나래}}. {{p:나래}}는 날개라는 뜻이라고 자랑했어요. {{p:은정}}이는 장고를 쳤어요."

캄보디아 손님 중에는 {{p:소판}}이라는 사업가가 있었다. "{{p:소판}} 씨는 예의 바른 사람이었어요. 그 친구 {{p:비락}}은 술만 마시면 {{p:나래}}한테 전화번호를 달라고 했어요. {{r:박유경}}이 {{p:비락}}을 다시는 못 오게 했어요."

"벽에는 {{u:김정은}} 원수님 사진이 걸려 있었어요. {{r:김춘옥}}이가 사진 앞에서 인사하는 걸 깜빡해서 자아비판을 했어요. 같은 김씨라고 {{r:박}} 동지가 놀렸어요."

2016년에 식당은 {{u:닝보}}로 옮겼다. "거기 주인은 중국 사람 {{p:천}} 사장, {{p:천궈핑}}이었어요. {{p:천}} 사장 부인 {{p:샤오훙}}이 우리한테 과일을 줬어요."

"다른 애들은 2018년에 귀국했어요. {{r:춘옥}}이하고 저는 남았어요." {{r:솔화}}는 2019년에 혼자 나왔다. "{{r:춘옥}}이한테 미안해요."

식당 일은 점심 전에 시작해서 밤 열한 시에 끝났다. 끝나면 그날 공연 총화를 했다. 손님과 너무 오래 이야기하면 비판을 받았다. 숙소는 식당 위층이었고, 외출은 관리인과 함께일 때만 가능했다. 팁은 모두 관리인에게 냈다고 한다.""",
    },
    {
        "id": "h9-ko-10",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kang Pong-hak", "강봉학", "witness", []),
            ("Bakhtiyor Rakhimov", "바흐티요르 라히모프", "other", []),
        ],
        "note": "Uzbekistan and Kazakhstan construction in Korean; Uzbek and Kazakh private names in hangul and Cyrillic; streets and figures named after persons public; Koryo-saram interpreter; '봉학이'.",
        "text": """{{r:강봉학}}은 2010년에 {{u:타슈켄트}}의 호텔 건설장에 갔다. 호텔은 {{u:아미르 티무르 거리}}에 있었다.

"우즈베크 사장은 {{r:바흐티요르 라히모프}}였어요. 간판에는 {{r:Бахтиёр Рахимов}}라고 쓰여 있었어요. 우리는 {{r:바흐티요르}} 사장이라고 했지요. {{r:라히모프}} 사장은 우리한테 직접 돈을 주고 싶어 했는데, 우리 책임자가 못 하게 했어요."

책임자는 {{p:전}} 반장, {{p:전학삼}}이었다. "{{p:학삼}}이 형은 나쁜 사람은 아닌데 겁이 많았어요. 위에 보위원 {{p:표}} 동지가 있었거든요. {{p:표}} 동지가 오면 {{p:전학삼}}이 벌벌 떨었어요."

통역은 고려인 할머니 {{p:김 마리야}}... 아니, {{p:마리야 김}}이었다. "{{p:마리야}} 할머니는 조선말을 옛날식으로 했어요. 우리가 {{u:평양}} 말 하면 웃었어요."

우즈베크 일꾼 중에는 {{p:딜쇼드}}와 {{p:울루그벡}}이 있었다. "{{p:딜쇼드}}는 금요일마다 플롭을 가져왔어요. {{p:울루그벡}}은 이름이 옛날 왕 {{u:울루그베그}}하고 같다고 자랑했어요."

2012년에 일부는 {{u:알마티}}로 옮겼다. "카자흐 집주인 {{p:아이굴}} 아주머니, {{p:Айгүл}}. {{p:아이굴}} 아주머니가 우리 {{p:석}}이한테 따뜻한 옷을 줬어요. {{p:석}}이는 {{p:임석}}이라고, 제일 어린 애였어요."

{{r:봉학}}이는 2014년에 나왔다. "{{r:바흐티요르}} 사장 전화번호는 아직도 외우고 있어요."

숙소는 현장 옆 가건물이었다. 여름에는 사십 도가 넘었고 겨울에는 영하로 떨어졌다. 한 달에 한 번 돈을 받는 날이 있었지만, 손에 쥔 건 담배 몇 갑 값뿐이었다고 한다. 나머지는 계획분이라며 책임자가 가져갔다.""",
    },
    {
        "id": "h9-ko-11",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Chon Jin-ju", "전진주", "witness", ["진주"]),
            ("Ryom Pom-il", "렴범일", "supervisor", []),
        ],
        "note": "Garment/electronics factory in Hunchun; given names that are ordinary words or place names (진주 as pearl and city, 나라, 보람, 하늘); a zero-width space inside one name; names directly followed by verbs.",
        "text": """저는 {{r:전진주}}예요. 진주 목걸이 할 때 그 보석 이름이요. 남쪽에 {{u:진주}}라는 도시가 있다는 건 여기 와서 알았어요. 2016년에 {{u:훈춘}}의 봉제 공장에 갔어요. 나중에는 같은 회사 전자 공장으로 옮겼어요.

우리 대장은 {{r:렴범일}}이었어요. {{r:렴}} 대장은 키가 작고 목소리가 컸어요. {{r:범일}}이 오면 다들 고개를 숙였어요.

같은 조에 {{p:나라}}, {{p:보람}}이, {{p:하늘}}이가 있었어요. 이름이 다 좋죠. {{p:나라}}는 {{p:조나라}}, 나라를 위해 살라고 아버지가 지어준 이름이래요. {{p:보람}}이는 일 잘한다고 상을 받았는데 보람이 없었어요, 돈은 안 줬으니까. {{p:하늘}}이는 하늘만 쳐다봤어요. 집 생각 한다고.

중국 조장은 조선족 {{p:김미\u200b화}} 언니였어요. {{p:미화}} 언니가 우리한테 중국말을 가르쳐줬어요. 공장 사장은 {{p:정}} 사장, 한족이고 {{p:郑}}이라고 썼어요. {{p:정}} 사장은 얼굴 보기 힘들었어요.

2019년에 {{p:하늘}}이 손가락을 다쳤어요. 기계에. {{r:렴범일}}이 병원 못 간다 했어요. {{p:미화}} 언니가 몰래 약을 줬어요. 그리고 {{p:보람}}이 울었어요. {{p:보람}}이 {{p:하늘}}이랑 사촌이었거든요.

2020년부터는 아무도 집에 못 갔어요. {{p:나라}}가 그러더라고요. "{{r:진주}}야, 우리 여기서 늙어 죽겠다." 그래서 2022년에 저 혼자 나왔어요. {{p:조나라}}, {{p:보람}}이, {{p:하늘}}이 다 아직 거기 있을 거예요.

일은 아침 일곱 시부터 밤 아홉 시까지였어요. 점심은 이십 분이었어요. 기숙사에는 한 방에 여덟 명이 잤고, 창문에는 쇠창살이 있었어요. 휴대폰은 금지였어요. 월급날이 있긴 했는데, 우리 손에는 아무것도 안 들어왔어요. 다 회사 통장으로 들어갔대요.""",
    },
    {
        "id": "h9-ko-12",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Kim Tong-chol", "김동철", "witness", []),
            ("Sergei Mironov", "세르게이 미로노프", "other", ["세료자"]),
            ("Ri Sang-hun", "리상훈", "supervisor", []),
            ("Kim Il-bok", "김일복", "coworker", []),
        ],
        "note": "Moscow-region construction; public figures (김정은, 김일성, 푸틴, 라브로프) and person-named streets and squares in the same paragraphs as private Kims; Russian private names and diminutives; 'XX 동지', 'XX네'.",
        "text": """{{r:김동철}}은 2017년부터 {{u:모스크바}} 근교 아파트 건설장에서 일했다. 숙소는 {{u:레닌 거리}}에 있는 낡은 건물이었고, 현장은 {{u:푸시킨 대로}} 끝에 있었다.

"우리 반장은 {{r:리상훈}} 동지였어요. {{r:상훈}} 동지는 {{u:김일성광장}}에서 행진도 했다고 자랑했어요. {{r:리}} 반장이 제일 무서워한 건 대사관 사람 {{p:현}} 참사였어요."

같은 방에는 {{r:김일복}}이 있었다. "{{r:일복}}이는 이름이 {{u:김일성}}하고 한 글자 다르다고 늘 놀림을 받았어요. {{r:김일복}}이가 그러면 웃으면서 '나는 복이다' 했어요."

러시아 현장 감독은 {{r:세르게이 미로노프}}였다. "러시아 사람들은 {{r:세료자}}라고 불렀어요. {{r:세르게이}}는 우리 보고 {{u:라브로프}} 장관이 {{u:평양}} 갔다고 신문을 보여줬어요. {{r:미로노프}} 씨 부인 {{p:스베틀라나}}는 우리한테 빵을 줬어요. {{p:스베타}}라고 부르라고 했어요."

"2019년에 {{u:푸틴}}하고 {{u:김정은}}이 {{u:블라디보스토크}}에서 만났을 때, {{p:현}} 참사가 와서 텔레비전을 틀어줬어요. 그날 {{r:리상훈}}이 술을 마시고 울었어요."

현장에는 우즈베크 일꾼 {{p:자수르}}도 있었다. "{{p:자수르}}가 {{r:일복}}이한테 러시아 돈 바꾸는 법을 가르쳐줬어요. 그게 {{p:현}} 참사 귀에 들어갔어요. {{r:김일복}}은 석 달 뒤에 귀국했어요."

"{{r:일복}}이네 집은 {{u:함흥}}이에요. 우리 {{r:동철}}이네랑 가까워요." {{r:김동철}}은 2021년에 {{r:세료자}}의 도움을 받아 현장을 떠났다.

현장 일은 아침 일곱 시부터 밤늦게까지였다. 겨울에는 영하 이십 도에서도 벽돌을 쌓았다. 돈은 회사 대표부가 받아서 계획분을 떼고 나머지를 조금씩 나눠줬는데, 그마저도 밥값과 숙소비로 다시 걷어 갔다고 한다.""",
    },
    {
        "id": "h9-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ok Myong-chol", "옥명철", "witness", []),
            ("Pi Sung-jin", "피승진", "supervisor", []),
        ],
        "note": "English narration quoting Korean speech with hangul names; Korean nickname 곰; romanized and hangul forms of the same persons; Russian site in Khabarovsk; Lenin Square public.",
        "text": """{{r:Ok Myong-chol}} worked on a housing site in {{u:Khabarovsk}} from 2016. He still imitates his foreman's voice: "{{r:옥명철}}이, 빨리 안 하나!" The foreman was {{r:Pi Sung-jin}}, and the men called him {{r:곰}}, the bear. "When {{r:피승진}} came up the stairs, you heard {{r:곰}} before you saw him," {{r:Myong-chol}} says.

His bunk mate was a young man from {{u:Hoeryong}}, {{p:Son Kwang-il}}. "We said {{p:광일}}이 or just {{p:Kwang-il}}. {{p:광일}}이는 노래를 잘했어요." The brigade cook was an older Korean woman, {{p:Yun Pok-sil}}, and the Russians called her Baba {{p:Polya}} because they could not say {{p:Pok-sil}}.

On 15 April they were marched to {{u:Lenin Square}} for a photograph in front of a portrait of {{u:Kim Il Sung}}. "{{r:피}} 반장이 그랬어요. '{{p:광일}}이는 맨 앞에 서라.' Because he was the tallest."

A Russian plumber, {{p:Anatoly}}, taught them card games. "{{p:Tolya}} was a good man. {{r:Pi}} hated him." In 2018 {{p:Kwang-il}} fell from the fourth floor. {{r:Ok}} says the site doctor wrote 'fall, own fault'. "{{r:곰}}이 그렇게 쓰라고 했어요."

{{r:Myong-chol}} left in 2019 through {{u:Vladivostok}} with {{p:Yun}}'s help.

The site was a nine-storey block of flats. The men worked from seven in the morning until eleven at night, seven days a week in summer. Wages were paid to the company, and the company paid "plan money" to the state; what was left was perhaps thirty dollars a month. 우리는 그걸 '담뱃값'이라고 했어요, he says. In winter they poured concrete at minus twenty-five, with heaters under tarpaulins. Nobody had a contract he could read.""",
    },
    {
        "id": "h9-mixed-02",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ma Kyong-nam", "마경남", "witness", []),
            ("Cho Pyong-hun", "조병훈", "official", []),
        ],
        "note": "Korean narration containing romanized names from passports and a Russian form; all-caps Latin names inside Korean sentences; Cyrillic name; '마 씨네'.",
        "text": """{{r:마경남}} 씨의 여권에는 {{r:MA KYONG NAM}}이라고 적혀 있었다. 러시아 노동 허가증에는 {{r:МА КЁН НАМ}}이라고 되어 있었다. "세 가지 이름으로 산 셈이에요."

{{u:이르쿠츠크}}에 도착하던 날, 여권은 모두 {{r:조병훈}}이 걷어 갔다. "{{r:Cho Pyong-hun}}, 회사 대표부 사람이에요. {{r:조}} 대표는 여권을 비닐봉지에 넣어서 가방에 넣었어요."

같이 간 사람들의 여권 이름도 기억한다. "{{p:PAK UN-SONG}}, {{p:RI CHANG-HO}}, {{p:KIM SU-BOK}}. {{p:은성}}이는 제 친구고, {{p:창호}}는 운전수였어요. {{p:수복}}이 형은 {{u:김일성종합대학}}까지 다니다가 나왔대요."

러시아 쪽 서류는 {{p:Людмила}}라는 여자가 처리했다. "{{p:류드밀라}}, 우리는 {{p:Lyuda}}라고 불렀어요. {{p:류다}}가 우리 이름을 러시아 글자로 잘못 써서 {{p:은성}}이가 두 번 경찰서에 갔어요."

"{{r:마}} 씨네 막내라고 {{r:조병훈}}이 저를 귀여워했어요. 그래도 여권은 안 줬어요." {{r:경남}}이는 2020년에 여권 없이 나왔다.

{{u:이르쿠츠크}}에서는 목수 일을 했다. 하루 열두 시간, 한 달에 쉬는 날은 이틀이었다. 돈은 대표부가 받아서 계획분을 떼고 나머지를 나눠줬는데, 한 사람 앞에 한 달 오십 달러도 안 됐다고 한다. "Passport, visa, work permit — we never held any of them," he says in English. "여권이 없으니 도망칠 생각도 못 했어요." 숙소는 현장 옆 가건물이었고, 겨울이면 난로 하나로 열 명이 버텼다. 그는 그때 일을 이야기하면서 여러 번 말을 멈췄다. "Three names, and none of them really mine," he said at the end.

The company's office in the city had a sign in Russian and a portrait in the back room. Workers were called there once a month for a meeting. 회의에서는 계획 수행 정형을 발표했고, 못 한 조는 앞에 나가 비판을 받았다. "Every month the same speech, the same numbers, the same criticism. Nobody believed the numbers," he adds.""",
    },
    {
        "id": "h9-mixed-03",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Jin Song-hui", "진성희", "witness", []),
            ("Wu Haiyan", "우하이옌", "supervisor", []),
        ],
        "note": "Bilingual transcript: Korean original line followed by English translation, so each name appears in hangul and romanized form; Chinese forewoman in hanzi, pinyin and hangul.",
        "text": """[Original / Translation]

진술인: 저는 {{r:진성희}}입니다. {{u:옌지}} 수산 공장에 있었어요.
Witness: I am {{r:Jin Song-hui}}. I was at a seafood plant in {{u:Yanji}}.

진술인: 조장은 중국 여자 {{r:우하이옌}}이었어요. {{r:吴海燕}}.
Witness: The line leader was a Chinese woman, {{r:Wu Haiyan}}. ({{r:吴海燕}} in the original.)

진술인: {{r:우}} 조장 밑에 우리 쪽 관리원 {{p:맹}} 동무가 있었어요. {{p:맹춘화}}요.
Witness: Under Leader {{r:Wu}} there was our own minder, Comrade {{p:Maeng}}. {{p:Maeng Chun-hwa}}.

진술인: {{p:춘화}}는 {{p:영란}}이를 미워했어요. {{p:영란}}이가 중국말을 잘해서요.
Witness: {{p:Chun-hwa}} hated {{p:Yong-ran}}, because {{p:Yong-ran}} spoke good Chinese.

진술인: {{p:영란}}이 성은 {{p:방}}이에요. {{p:방영란}}.
Witness: {{p:Yong-ran}}'s surname is {{p:Pang}}. {{p:Pang Yong-ran}}.

진술인: {{r:하이옌}} 언니가 {{p:영란}}이를 감싸줬어요.
Witness: Big sister {{r:Haiyan}} protected {{p:Yong-ran}}.

[Interviewer's note: the witness pronounced the surname of {{p:Yong-ran}} both as '{{p:Pang}}' and '{{p:Bang}}'; transcribed as said. So far no other worker from this plant has been interviewed.]

[Context: the plant processed squid and pollock for export. The witness says the women worked from six in the morning until ten at night, with one day off a month, and that their wages were paid to a North Korean trading company rather than to them. 하루에 열여섯 시간 일했어요. 돈은 한 번도 손에 쥐어 본 적이 없어요. The interview took place in two sessions in 2023; the witness asked for a Korean-speaking interviewer and checked this translation herself.]""",
    },
    {
        "id": "h9-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ryu Kwang-song", "류광성", "witness", []),
            ("Dmitry Kozlov", "드미트리 코즐로프", "other", ["Dima"]),
        ],
        "note": "English narration with Russian quotes in Cyrillic and Korean quotes in hangul; Russian private names with diminutives; police officer known only by rank and surname; Putin and Lavrov public; 'Rich' and 'No' traps.",
        "text": """{{r:Ryu Kwang-song}} spent three years on construction sites around {{u:Novosibirsk}}. The Russian site manager was {{r:Dmitry Kozlov}}. "Everybody said {{r:Dima}}. On his door: {{r:Дмитрий Козлов}}. {{r:Kozlov}} would shout «{{r:Рю}}, давай!» at me all day."

The North Korean side was run by {{p:Hyon Myong-gun}}. "{{p:현명근}} 동지. We said Director {{p:Hyon}}. He lived in a flat; we lived in containers."

In 2018 a police officer came to check documents. "Major {{p:Tikhonov}}, I remember the name because {{r:Dima}} repeated it: «{{p:Тихонов}} пришёл». Major {{p:Tikhonov}} took money from {{p:Hyon}} and left." No one was arrested.

Rich Russians bought the flats. A woman named {{p:Alla Fyodorova}} came every week to check the tiles in her flat. "{{p:Alla}} brought us tea and once asked my name. I said '{{r:류광성}}', and she wrote it down as {{r:Ryu Kvan Son}}."

{{r:Ryu}}'s closest friend was {{p:Che Song-ung}}. "{{p:성웅}}이는 저보다 한 살 어렸어요. {{p:Song-ung}} watched the news about {{u:Putin}} and {{u:Lavrov}} on {{r:Dima}}'s phone and translated for us."

{{r:Kwang-song}} left in 2019; he says {{p:Che}} stayed.

The workers lived in shipping containers on the edge of the site, eight to a container. In winter the temperature outside fell below minus thirty; inside there was one electric heater. "우리는 밤마다 신발을 안고 잤어요, otherwise they froze to the floor." Wages went to the company account. Each man received between twenty and fifty dollars a month, depending on whether the plan was fulfilled.""",
    },
    {
        "id": "h9-mixed-05",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kim Hak-chol", "김학철", "witness", []),
            ("Fatima Al-Sayegh", "파티마 알사예그", "other", []),
        ],
        "note": "Korean narration with English and Arabic names inside; UAE construction; Arabic script name; Indian and Bangladeshi co-workers; public company and ruler.",
        "text": """{{r:김학철}}은 2014년에 {{u:두바이}}의 건설장에 갔다. 현장 사무실 비서는 {{r:Fatima Al-Sayegh}}였다. "명찰에는 {{r:فاطمة الصايغ}}. 우리는 {{r:파티마}} 씨라고 불렀어요. {{r:Fatima}} 씨가 우리 체류증을 관리했어요."

북조선 쪽 반장은 {{p:Ri Yong-dok}}, 우리말로 {{p:리용덕}}이었다. "{{p:용덕}}이 형은 영어를 조금 했어요. 그래서 {{r:파티마}} 씨랑 얘기하는 건 {{p:리}} 반장 몫이었어요."

인도 전기공 {{p:Rajesh}}, 방글라데시 사람 {{p:Abdul Karim}}도 있었다. "{{p:라제쉬}}는 크리켓 얘기만 했어요. {{p:Karim}}은 라마단 때 우리한테 대추야자를 줬어요."

현장 벽에는 {{u:Mohammed bin Rashid Al Maktoum}} 사진이 있었다. "이름은 달라도 사진 속 사람만큼 유명하진 않았죠. 우리 현장 경비원 {{p:Mohammed Saleh}}는 가난한 예멘 사람이었어요. {{p:Saleh}}는 {{r:학철}}이를 '{{r:Hakki}}'라고 불렀어요."

{{r:김학철}}은 2017년 제재 이후 귀국 명령을 받았다. "{{r:Fatima}} 씨가 마지막 날 울었어요."

현장은 서른 층짜리 호텔이었다. 여름에는 오십 도가 넘었고, 낮에는 두 시간 쉬었다가 밤까지 일했다. "We worked under lights until midnight. 한 달에 하루 쉬었어요." 임금은 회사가 받아서 계획분을 먼저 떼었다. 그가 손에 쥔 것은 한 달에 백 달러 정도였다고 한다. 숙소는 현장에서 버스로 한 시간 떨어진 노동자 캠프였고, 한 방에 열두 명이 잤다. "No phone, no passport, no day off. 그게 {{u:두바이}}였어요." 그는 마지막 해에 모은 돈도 귀국할 때 모두 바쳐야 했다고 말했다.

The camp had a canteen run by an outside caterer, but the North Korean workers were not allowed to eat there; they cooked their own rice in the room. "우리는 밥을 따로 해 먹었어요. Other workers could buy a {{u:Coke}}. We could not." Twice a year an official from the embassy came to check the accounts and to lead a study session.""",
    },
    {
        "id": "h9-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("No Chun-sik", "노춘식", "witness", []),
            ("Oumar Diallo", "우마르 디알로", "other", []),
        ],
        "note": "English and French sentences with Korean quotes; Senegal and Guinea; private surname No versus the English word 'No'; French honorific 'Monsieur' outside span; monument public.",
        "text": """No, he says, he was never in {{u:Pyongyang}} before he left. {{r:No Chun-sik}} grew up in {{u:Kimchaek}} and was sent to {{u:Dakar}} in 2011 with the {{u:Mansudae Overseas Project}}.

The Senegalese contractor was {{r:Oumar Diallo}}. "Monsieur {{r:Diallo}} spoke French to us through our interpreter {{p:Kye Hun}}. {{p:Hun}} translated «Monsieur {{r:Diallo}} dit que le travail est lent» as '{{r:디알로}} 사장이 일이 늦다고 한다'. Then our manager, {{p:Chong Pyong-rok}}, shouted at us."

"{{p:정병록}} 지배인은 {{r:Oumar}}를 무서워했어요. 돈이 {{r:Oumar}}한테서 나오니까."

The men rented rooms from a widow, Madame {{p:Fall}}, or rather, he corrects: Madame {{p:Fatou Fall}}. "{{p:Fatou}} cooked thieboudienne for us on Fridays. {{r:노}} 씨, she called me — she could say {{r:노}} but not {{r:Chun-sik}}."

In 2013 part of the brigade went to {{u:Conakry}}. There the landlord was {{p:Alpha Camara}}. "{{p:Camara}} was the one who told {{p:Kye}} where the bus station was. After that, {{p:계훈}}이 없어졌어요."

{{r:Chun-sik}} came back to {{u:Dakar}}, then left for good in 2015.

The brigade worked on villas and on repairs to public buildings. In the dry season the work started at six; in the rainy season the men were sent to paint indoors. Each month the manager collected the money from the contractor, paid the "plan" to the embassy, and gave each worker a small sum for soap and cigarettes. 한 달에 이십 달러, 많으면 삼십 달러였어요. The men were not allowed to walk in the city alone, and the passports stayed in a locked bag.""",
    },
    {
        "id": "h9-mixed-07",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Sol Tong-gyu", "설동규", "witness", []),
            ("Hwang Pong-su", "황봉수", "supervisor", []),
            ("Gao Jianhua", "가오젠화", "other", []),
        ],
        "note": "Bilingual crew list of a fishing vessel (Korean hangul + romanized), then English narration; ship names public; Chinese captain in hanzi; nicknames in Korean.",
        "text": """Crew list copied by the witness (vessel {{u:Lu Yan Yuan Yu 010}}, 2019):
선장 Captain: {{r:高建华}} / {{r:Gao Jianhua}}
조선 선원 책임 Korean crew chief: {{r:황봉수}} / {{r:Hwang Pong-su}}
갑판원 Deckhand: {{r:설동규}} / {{r:Sol Tong-gyu}}
갑판원 Deckhand: {{p:구명식}} / {{p:Ku Myong-sik}}
취사 Cook: {{p:탁영자}} / {{p:Thak Yong-ja}}

{{r:Sol}} explains the list. "{{r:Gao}} was the Chinese captain; he stayed on the bridge. {{r:황봉수}}, we called him {{r:봉수}} 아바이, took our wages. {{p:Myong-sik}} was my friend from {{u:Sinpo}}. We called him {{p:멸치}}, anchovy, because he was thin."

The cook was the only woman on board, which is rare. "{{p:영자}} 아주마이. Everyone respected {{p:Yong-ja}}. Even Captain {{r:Gao}}."

In 2020 the {{u:Lu Yan Yuan Yu 010}} stayed at sea for eleven months. "{{p:멸치}}가 아팠어요. {{r:봉수}} 아바이는 '참아라' 했어요. {{p:Myong-sik}} almost died." {{r:Tong-gyu}} left the ship in {{u:Montevideo}} in 2021.

The vessel fished squid in the {{u:South-West Atlantic}} and transshipped its catch at sea, so the crew almost never touched land. 월급은 한 번도 못 받았어요. The witness says the Korean crew worked in shifts of eighteen hours during the season and slept in a hold with no window. Food was rice, salted fish and instant noodles. Two of the men developed scurvy. When the ship finally came into port, the Korean crew were kept on board while the Chinese crew went ashore.""",
    },
    {
        "id": "h9-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Paek Chung-il", "백중일", "witness", ["jjungi"]),
            ("Won Ho-chol", "원호철", "supervisor", []),
        ],
        "note": "Lower-case code-switching chat between IT workers (Korean and English); romanized nicknames; emoji; company and city names public; 'won' as currency versus surname Won.",
        "text": """[group chat, 3 members, exported 2020-11-03]

dev_1: {{r:ho-chol}} 형 오늘 안 옴?
dev_2: 몰라 ㅋㅋ {{r:won}} 팀장 어제 술 마심 🍺
dev_1: client {{p:tony}} asked for the build again
dev_2: {{p:tony}} 또? 그 {{p:토니}} 진짜 귀찮아
dev_1: {{p:tony wang}} paid only half, 500 usd
dev_2: 환율로 몇 won임
dev_1: 몰라 ㅋ {{r:원호철}}이한테 물어봐
dev_2: {{p:sunggi}} knows, he does the money
dev_1: {{p:성기}}는 {{u:shenyang}} 감
dev_2: ㅇㅇ {{p:kang sung-gi}} 다음주 와
dev_1: 🙄 {{r:won}}이 {{p:sunggi}}한테 다 떠넘김
dev_2: {{r:jjungi}} 너 이거 지워 {{r:원}} 팀장 보면 죽어
dev_1: ok ok. {{r:중일}}이 지운다 👍

[The witness, {{r:Paek Chung-il}}, confirmed that "dev_2" was a colleague whose name he will not give.]

[Context supplied by the witness: the team of six programmers worked from a flat in a residential compound, writing mobile games and gambling software for Chinese clients. Everyone had a daily quota in dollars. The chat was on a phone that the team leader did not know about; it was kept hidden in a rice sack. 팀원들은 하루 열여섯 시간 일했고, 한 달에 한 번만 밖에 나갈 수 있었다. Messages were usually deleted every night. This export survived because the phone was switched off before it could be wiped. The witness asked us to keep the spelling and the emoji exactly as they were.]""",
    },
    {
        "id": "h9-mixed-09",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ri Kum-sil", "리금실", "witness", []),
            ("Tsetseg Bold", "체체그 볼드", "other", []),
        ],
        "note": "Korean narration with Mongolian names in Latin, Cyrillic and hangul; English quotations; statue and square named after persons public; 'Bold' also an English adjective.",
        "text": """{{r:리금실}}은 2015년에 {{u:몽골}} {{u:다르한}}의 건설 현장 식당에서 일했다. 식당 주인은 몽골 여자 {{r:Tsetseg Bold}}였다. "{{r:Цэцэг}}, 꽃이라는 뜻이래요. 우리는 {{r:체체그}} 아주머니라고 했어요."

Bold was not a word she knew then, she laughs: "I thought {{r:Bold}} was only her father's name."

현장 책임자는 {{p:Kang Chol-bong}}이었다. "{{p:강철봉}}. 이름처럼 쇠몽둥이 같은 사람이었어요. {{p:철봉}}이가 오면 다들 조용해졌어요."

몽골 운전수 {{p:Tömör}}, 한글로 {{p:투무르}}는 {{r:체체그}} 아주머니의 조카였다. "{{p:Tömör}} means iron, too. So we had two iron men, {{p:Kang}} and {{p:Tömör}}," she says.

같이 일한 언니는 {{p:하정순}}. "{{p:정순}}이 언니 발이 얼어서 {{r:Tsetseg}}이 병원에 데려갔어요. {{p:강철봉}}이 화를 냈는데, {{r:체체그}} 아주머니가 '여기는 내 식당'이라고 했어요."

"{{u:칭기스칸 광장}}에 한 번 갔어요. 옛날에는 {{u:수흐바타르 광장}}이라고 했대요." {{r:금실}}은 2017년에 나왔다.

식당은 현장 노동자들에게 하루 세 끼를 해 주었다. 새벽 다섯 시에 일어나 밥을 지었고, 밤 열 시에 설거지를 마쳤다. "We cooked for two hundred men. 손이 쉴 틈이 없었어요." 월급은 회사가 받았고, 그녀에게는 한 달에 몇 만 투그릭만 주었다고 한다. 겨울에는 영하 사십 도까지 내려갔다. 물은 트럭으로 실어 왔는데, 물이 얼면 눈을 녹여서 썼다. "It was cold, but the owner was kind. 그게 다행이었어요," she says.

In spring the wind carried dust from the steppe into the kitchen, and everything tasted of sand. 봄에는 모래바람 때문에 눈을 못 떴어요. The workers on the site were mostly from the same province, and on holidays they sang together after dinner. "That was the only time we were happy," she says. The contract was renewed twice without anyone asking them.""",
    },
    {
        "id": "h9-mixed-10",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Kwang-hyok", "김광혁", "witness", []),
            ("Chukwuma Eze", "추쿠마 에제", "other", ["Chuks"]),
        ],
        "note": "English with Korean quotes; Nigerian private names and nickname; private Kim next to public Kims; Abuja and company names public; 'Young' and 'Do' traps.",
        "text": """{{r:Kim Kwang-hyok}} is no relation of {{u:Kim Jong Il}}, he jokes — "every second man at home is a Kim." He was sent to {{u:Abuja}} in 2012.

The Nigerian partner was {{r:Chukwuma Eze}}, called {{r:Chuks}}. "{{r:Chuks}} was young, maybe thirty. Young and rich. {{r:Eze}} paid our company, not us." In Korean the men called him "{{r:추크스}} 사장".

The Korean brigade leader was {{p:Ro Hyong-sik}}. "{{p:로형식}} 반장, we said. {{p:Ro}} drank with {{r:Chuks}}." A Nigerian foreman, {{p:Ngozi Adeyemi}}, was a woman, which surprised them. "{{p:Ngozi}} was stricter than {{p:Ro}}. Do this, do that — she shouted, but she also paid the Nigerians on time."

His friend on the site was {{p:Sim Hyon-chol}}. "{{p:현철}}이는 축구를 잘했어요. The Nigerians called him {{p:Okocha}}, after the footballer {{u:Jay-Jay Okocha}}."

{{r:Kwang-hyok}} left in 2015. He says {{r:Eze}} knew everything.

The brigade built a hotel and, later, parts of a government compound. Work started at six and finished after dark; Sunday was a day of political study, not rest. The wages were paid in dollars to the company; the workers received perhaps forty dollars a month. 말라리아에 걸려도 일했어요, he says. Medicines came from the Nigerian workers, who shared what they had. When the contract ended, the men were told that their savings would be paid in {{u:Pyongyang}}. None of them saw the money.""",
    },
    {
        "id": "h9-mixed-11",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("An Mi-yong", "안미영", "witness", []),
            ("To Ki-nam", "도기남", "supervisor", []),
        ],
        "note": "OCR-style text with a soft hyphen and a zero-width space inside names and fullwidth letters; English and Korean; sentence-initial An/Do/Song/Moon traps; private surnames An and To.",
        "text": """Testimony of {{r:An Mi-yong}} (OCR of a handwritten form; line breaks as in the original).

An electronics plant in {{u:Dalian}}, 2017–2021. Do not publish the plant's name.
Supervisor: {{r:ＴＯ ＫＩ－ＮＡＭ}} ({{r:도기남}})

"{{r:To}} 지배인은 밤에도 공장에 있었어요. {{r:Ki\u00adnam}} never slept, we said. {{r:도기남}}이가 보면 화장실도 못 갔어요."

Song practice every morning, then the line. Moon cakes only once, in 2018, from the Chinese owner, Mr {{p:Sun}} ({{p:孙}}).

Friends: {{p:Sŏ\u200bk Yŏng-hŭi}} — "{{p:영희}}" — and {{p:Hong Pom-sun}}. "{{p:범순}}이랑 {{p:영희}}랑 나랑 셋이 늘 같이 다녔어요. {{p:Pom-sun}} had a bad back."

"{{r:미영}}아," {{p:Yong-hui}} said in 2021, "우리 가자." {{r:An}} and {{p:Sok}} left together; {{p:Hong}} stayed.

Hours: 07:00–22:00. Day off: 1 per month. Wages: "paid to company." Dormitory: 10 per room. Phone: forbidden.
[Handwritten in the margin:] 하루에 회로판 천 개. 못 하면 밥 반 그릇. We soldered until our eyes hurt. The windows of the dormitory had bars, and the door was locked from outside at 22:30. In 2020 no one went home because of the border closure, and the quota was raised by a third. The witness asked that the date of her departure be withheld.

[Second page, typed by the caseworker:] The witness describes the dormitory as a former warehouse with bunk beds in three tiers. 화장실은 한 층에 하나였고, 물은 저녁에만 나왔다. Workers who missed the quota lost half a meal. Those who fell ill were sent back only when they could no longer stand. The witness kept a small notebook of dates, which she showed us; it is not reproduced here.""",
    },
    {
        "id": "h9-mixed-12",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Pak Un-byol", "박은별", "witness", []),
            ("Choe Kyong-suk", "최경숙", "supervisor", []),
            ("Lim Jae-won", "임재원", "other", []),
        ],
        "note": "Restaurant in Shenyang/Vladivostok; English narration with Korean quotes; public figures (Kim Jong Un, Choe Son Hui, Xi Jinping) next to private Choe and Pak; restaurant name public; South Korean customer.",
        "text": """{{r:Pak Un-byol}} sang at a North Korean restaurant in {{u:Vladivostok}}, the {{u:Pyongyang Café}}, from 2016. "{{r:은별}}이, that is silver star," she says.

The manager was {{r:Choe Kyong-suk}}. "{{r:최경숙}} 동지. Not related to {{u:Choe Son Hui}}, but Manager {{r:Choe}} liked people to think so." When {{u:Kim Jong Un}} came to {{u:Vladivostok}} in 2019, {{r:Kyong-suk}} made the girls rehearse for a visit that never came.

A South Korean customer, {{r:Lim Jae-won}}, came every month. "{{r:임재원}} 선생님. He was a businessman from {{u:Busan}}. {{r:Lim}} tipped in dollars. {{r:최}} 동지 took the tips."

The other singers were {{p:Ri Ok-byol}} and {{p:Jang Sol-hui}}. "{{p:옥별}}이하고 저는 이름이 비슷해서 쌍둥이라고 했어요. {{p:Sol-hui}} played the accordion."

A Chinese supplier, {{p:Fan Lei}}, once brought a calendar with {{u:Xi Jinping}} on it. "{{r:Choe}} hid it. {{p:Fan}} laughed."

"{{p:Ok-byol}} went back in 2020. I left in 2022 with {{r:Lim}}'s help."

The restaurant opened at noon and closed at eleven. After closing, the women cleaned, then gathered for a review of the day's performance. "누가 손님하고 오래 얘기했는지, 누가 웃지 않았는지, 다 총화했어요." They lived upstairs and went out only in groups of three, with the manager. Tips and wages went to the manager; each singer got a small sum at New Year. In 2020 the restaurant closed for months, and the singers were made to sell lunch boxes on the street.""",
    },
]
