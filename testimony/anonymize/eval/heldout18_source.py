# ruff: noqa: E501, W291
"""Held-out evaluation passages, set 18. Markers: {{r:..}} registered private person,
{{p:..}} unregistered private person, {{u:..}} public name (figure, place, organisation,
company, ship). Built by build_heldout.py heldout18."""

PASSAGES: list[dict] = [
    {
        "id": "h18-en-01",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("So Yong-nam", "소영남", "witness", []),
            ("An Myong-chol", "안명철", "supervisor", ["Bulldozer"]),
            ("Song Il-gwang", "송일광", "coworker", []),
        ],
        "note": "Kuwait housing site; surnames So/An/Song as names and as ordinary words (So, an, An hour, song); Arab engineer and Egyptian driver; hospital named after a ruler.",
        "text": """Interviewer's note: the witness asked that we record his name exactly as he gave it, {{r:So Yong-nam}}, born 1979 in {{u:Hamhung}}. He worked from 2015 to 2018 on a housing project outside {{u:Jahra}}, {{u:Kuwait}}, under a contract held by a trading company he called "{{u:Namgang}}". He spoke for almost three hours.

So, you ask who ran the site. On paper it was the {{u:General Bureau of Cooperation with Foreign Countries}}, but day to day it was {{r:An Myong-chol}}. We called him {{r:Bulldozer}} behind his back. {{r:An}} was an ex-soldier, an angry man with a soft voice. An hour before the Kuwaiti inspectors came he would make us hide the youngest boys in the container.

There were forty-two of us. I shared a bunk with {{r:Song Il-gwang}}, who had a good voice. On Fridays, when the site was closed, {{r:Song}} sang a song from the film about the partisans and the Egyptians on the next site clapped. {{r:Il-gwang}} said the song was the only thing they could not take from his pay.

The Kuwaiti engineer was Mr {{p:Khalid al-Enezi}}. Mr {{p:Khalid}} was fair; he once asked {{r:An}} in English why we worked at night, and {{r:An}} told him we liked the cool air. Nobody liked it. Our water truck was driven by an Egyptian, {{p:Mahmoud}}, who sometimes brought us dates and once a Nokia phone for {{r:So}}... for me, I mean. I am {{r:So}}. Sorry, I talk about myself like a stranger.

In August 2016 a man from our team, {{p:Ryu Chang-ho}}, fell from the fourth floor. They took {{p:Chang-ho}} to {{u:Jahra Hospital}} first and then to {{u:Sheikh Jaber Al-Ahmad Al-Sabah Hospital}}. {{r:Bulldozer}} went with him and came back alone. He said {{p:Ryu}} would be sent home through {{u:Kuwait International Airport}} when he could walk. We never saw {{p:Ryu}} again. {{p:Mahmoud}} told {{r:Song}} that the Korean had died on the second day.

After that {{r:Song Il-gwang}} stopped singing. So did I. No one talked about {{p:Chang-ho}}; at the Saturday self-criticism meetings we read from the speeches of {{u:Kim Jong Un}} and {{r:An}} wrote down who yawned.

I left in 2018 when the sanctions came and {{u:Kuwait}} stopped renewing our visas. The last time I saw {{r:Myong-chol}} he was arguing with Mr {{p:al-Enezi}} about unpaid wages, our wages, which the company said had already been sent to {{u:Pyongyang}}.""",
    },
    {
        "id": "h18-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Kwang-jin", "최광진", "witness", []),
            ("Ri Yong-ho", "리용호", "supervisor", []),
        ],
        "note": "Amur logging camp recorded by interviewer; Choe/Choi and Ri/Lee variants; Russian patronymics and diminutives (Vasily Petrovich, Vasya, Galina Ivanovna, Galya); Lenin Street and the BAM railway; name far down.",
        "text": """Recorded in {{u:Seoul}}, March 2022. The witness, {{r:Choe Kwang-jin}} (his South Korean documents spell it {{r:Choi Kwang-jin}}), spent six years in timber camps in the {{u:Amur Oblast}}. Interviewer's questions are omitted.

We arrived by train from {{u:Khasan}} and went up the {{u:Baikal-Amur Mainline}} to a siding near {{u:Tynda}}. The camp belonged to a Russian firm, {{u:OOO Taiga-Stroy}}, but our section was run by the North Korean side. The section chief was {{r:Ri Yong-ho}}. In Russia he signed papers as {{r:Lee Yong Ho}}, because the Russian clerk could not write "Ri".

The Russians we dealt with were few. The one who mattered was the timber buyer, {{p:Vasily Petrovich}}. He was maybe sixty. His men called him {{p:Vasya}} and when he was angry with himself he said "{{p:Vaska}}, you fool". {{p:Vasily Petrovich}} paid {{r:Ri}} in cash, in the cabin, and {{r:Ri}} counted it twice in front of us so we would see how honest he was.

In the town there was a woman who rented rooms on {{u:Lenin Street}}, {{p:Galina Ivanovna}}. We went to her house when we got permission to go to the bath. {{p:Galya}}, the other Russians called her. She had a grandson, {{p:Dima}}, who liked to try our Korean words.

The worst winter was 2017. Two men from my brigade, {{p:Kang Sok-ju}} and {{p:Pyon Hak-chol}}, lost fingers. {{p:Sok-ju}} kept working with a bandage. {{p:Pyon}} was sent back. I don't know if he reached home. There was no doctor, only a medic called {{p:Tolik}} who came from {{u:Neryungri}} once a month and drank with {{r:Yong-ho}}.

In 2019 I ran. I won't say who helped, except that it was not {{p:Vasya}}, whatever {{r:Ri}} believed later. I reached {{u:Moscow}} by train, and the {{u:UNHCR}} office there sent me on. My brother's wife, {{p:Mun Chun-hwa}}, is still in {{u:Chongjin}}. I worry every day that the {{u:Ministry of State Security}} will punish {{p:Chun-hwa}} for what I am telling you.

Later a friend in {{u:Khabarovsk}} told me that {{r:Choi}} had been listed as dead in the camp records — me! — and that the chief, {{r:Lee}}, had been recalled. I hope {{r:Ri Yong-ho}} had to explain. I hope he had to explain to {{p:Galina Ivanovna}} why her rent was never paid.""",
    },
    {
        "id": "h18-ko-01",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Jong Un-hui", "정은희", "witness", []),
            ("Ri Kwang-ho", "리광호", "supervisor", []),
            ("Ok-sun", "옥순", "coworker", []),
        ],
        "note": "Chinese seafood plant in Dandong; Korean particles (은/는/이/가/을/를/의/에게/도/만); 리 지배인 title; given-name-only coworker with -이 form; Chinese boss in hangul and hanzi; ordinary words 한/김/정/강/문.",
        "text": """저는 {{r:정은희}}입니다. 2016년 봄에 {{u:평양}}에서 선발되어 {{u:단둥}}의 수산물 가공공장으로 갔습니다. 공장 이름은 {{u:동강수산유한공사}}였는데, 우리끼리는 그냥 "오징어 공장"이라고 불렀습니다. 한 방에 여덟 명이 잤고, 한 달에 한 번 밖에 나갈 수 있었습니다.

우리를 관리한 사람은 {{r:리광호}} 지배인이었습니다. {{r:리}} 지배인은 말이 적었지만 무서웠습니다. 아침마다 {{r:리광호}}가 점호를 했고, 늦는 사람은 그날 저녁을 굶었습니다. 정이 있는 사람은 아니었어요. 문을 밖에서 잠그는 것도 {{r:리}} 지배인의 일이었습니다.

제 옆자리는 {{r:옥순}}이었습니다. {{r:옥순}}이는 {{u:신의주}} 출신이라 중국말을 조금 했어요. {{r:옥순}}이가 없었으면 저는 첫 해를 못 버텼을 겁니다. 손이 얼면 {{r:옥순}}이 제 손을 자기 겨드랑이에 넣어 주었습니다.

중국 쪽 사장은 {{p:왕}} 사장이었습니다. 본명은 {{p:王建国}}이라고 명함에 적혀 있었어요. {{p:왕건국}} 사장은 우리에게 직접 말하지 않고 늘 통역을 통했는데, 통역은 조선족 여자 {{p:류미화}}였습니다. {{p:류}} 씨는 우리 편을 들어 주려고 했지만 {{r:리}} 지배인에게 여러 번 혼났습니다. {{p:미화}} 언니만 우리에게 바깥 소식을 알려 주었어요.

2017년 여름에 같은 조의 {{p:강순덕}}이 기계에 손을 다쳤습니다. {{p:순덕}}이를 병원에 데려간 것도 {{p:류}} 씨였습니다. {{r:리광호}}는 {{p:순덕}}이에게 일을 계속하라고 했습니다. 그 때 {{r:옥순}}이도 울었고 저도 울었습니다. 강 건너 {{u:신의주}} 불빛이 보이는 밤이었습니다.

그 해 가을에 공장에 새 감독이 왔습니다. 보위부에서 왔다는 {{p:도명수}}라는 남자였는데, 우리는 {{p:도}} 부장이라고 불렀어요. {{p:도명수}}와 {{r:리광호}}는 사이가 나빴습니다. {{p:도}} 부장은 밤에 기숙사를 돌면서 누가 한국 드라마를 봤는지 물었고, {{r:옥순}}이를 두 번이나 불러 갔습니다. 도대체 무엇을 물었는지 {{r:옥순}}이는 끝내 말하지 않았어요. 도 단위로 온 사람들끼리 서로 감시하게 했기 때문에, 같은 {{u:함경북도}} 출신끼리도 말을 조심했습니다.

공장 식당에서 밥을 해 준 사람은 중국 아주머니 {{p:장}} 씨였습니다. {{p:장}} 씨는 한국말을 전혀 못 했지만 {{r:옥순}}이와 저에게 몰래 계란을 주곤 했어요. 장날이면 {{p:장}} 씨가 시장에서 과일을 사다 주었습니다. 그 일이 {{p:도}} 부장한테 알려져서 {{p:장}} 씨는 석 달 만에 그만두었고, 대신 {{p:王}}이라는 젊은 남자가 왔는데, 그 사람은 {{p:왕}} 사장의 조카였습니다.

우리 조장은 {{p:백영란}}이었어요. {{p:영란}}이는 나이가 제일 많아서 언니 노릇을 했는데, {{r:리}} 지배인에게 우리 대신 말을 해 주다가 자기도 많이 맞았습니다. {{p:백영란}}의 남편은 {{u:남포}}에서 군대에 있다고 했어요.

김을 굽는 냄새가 나면 지금도 그 공장이 생각납니다. 우리는 하루에 열네 시간씩 일했고, 월급은 {{u:조선노동당}} 충성자금이라며 거의 다 떼어 갔습니다. {{u:김정은}} 생일에는 특별 작업을 했어요.

2019년에 저는 귀국 명령을 받았고, 귀국 전날 밤에 {{p:미화}} 언니의 도움으로 나왔습니다. {{r:옥순}}이는 함께 가지 않겠다고 했습니다. 지금 {{r:옥순}}이가 어디 있는지 모릅니다. {{r:리}} 지배인은 아마 아직도 {{u:단둥}}에 있을 겁니다. 한국에 와서 {{u:하나원}}을 나온 뒤에 {{p:류미화}} 언니에게 전화를 한 번 걸었는데, 번호가 바뀌어 있었습니다. {{p:미화}} 언니와 {{r:옥순}}이, 그리고 {{p:영란}}이 언니가 무사하기만 바랍니다.""",
    },
    {
        "id": "h18-mixed-01",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Han Song-chol", "한성철", "witness", []),
            ("Bang Tae-su", "방태수", "supervisor", ["Fox"]),
        ],
        "note": "Qatar stadium-area site, English notes with Korean quotes; Bang as name vs bang/방 as words; alias in both scripts; Nepali and Qatari private persons; Korean particles inside English text.",
        "text": """Interview notes (translated in part; Korean quotations kept as spoken).

Witness: {{r:Han Song-chol}} ({{r:한성철}}), 44, construction worker in {{u:Doha}}, {{u:Qatar}}, 2013–2017. Employer on paper: {{u:Genco}}; in practice the team belonged to a unit of the {{u:Korea Gonmyong Construction Corporation}}.

Q: Who was in charge of your team?
A: "{{r:방태수}}라는 사람이었어요. 우리는 {{r:여우}}라고 불렀죠." The man was {{r:Bang Tae-su}}, known as "the {{r:Fox}}". {{r:Han}} says {{r:Bang}} kept all passports in a locked room — "방에 다 넣고 잠갔어요" — and slept with the key.

He describes a bang one night in 2014 when a scaffold collapsed near the {{u:Lusail}} road. "{{r:방}} 반장은 아무도 병원에 못 가게 했어요." Two men were hurt; one was {{p:Cha Yong-gil}}, the other a young man he knows only as {{p:Kwon}}. {{p:차용길}}은 다리가 부러졌고, {{p:권}}은 머리를 다쳤다. According to {{r:Han}}, {{p:Kwon}} worked the next day with a bandage.

The Nepali workers on the neighbouring block were kind to them. One of them, {{p:Ram Bahadur}}, gave {{r:Han}} a phone charger; the Koreans called him "{{p:람}} 형". The site manager for the main contractor was a Qatari, Mr {{p:Abdullah}}, whose full name the witness never learned.

"{{r:여우}}가 제일 무서워한 건 감사였어요." Whenever the ministry inspectors came, {{r:Bang}} made the North Koreans leave through the back gate. {{r:태수}}는 자기 돈도 챙겼다고 한다: the witness believes {{r:Bang Tae-su}} sold part of the team's food ration to a shop run by an Indian, {{p:Suresh}}.

Q: Did you send money home?
A: "한 푼도 못 보냈어요." His wife, {{p:Yun Myong-ok}} ({{p:윤명옥}}), received nothing. He later learned that {{p:명옥}}이 시장에서 장사를 해서 아이들을 먹였다.

{{r:한성철}} left {{u:Qatar}} in 2017 from {{u:Hamad International Airport}} on a flight to {{u:Beijing}}, and escaped from the transit hotel with the help of a man he will not name. He asked us to note that {{r:Fox}} — {{r:Bang}} — "is not the worst; the worst are in {{u:Pyongyang}}".""",
    },
    {
        "id": "h18-en-03",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("O Sung-il", "오성일", "witness", []),
            ("Ma Chol-u", "마철우", "supervisor", []),
        ],
        "note": "Squid boat off Russia; one-letter surname O beside o'clock and the interjection O; Ma as surname and as 'ma'; ship names; Chinese captain in pinyin with Lao prefix and hanzi; Russian inspector with patronymic only.",
        "text": """Statement taken over two sessions. The witness is {{r:O Sung-il}}. He spells his surname with the single letter O; in Chinese documents it appeared as "Wu", which he says is wrong.

From 2012 I fished on a Chinese-registered squid boat, the {{u:Liao Dan Yu 2317}}, out of {{u:Dalian}}. Our side of the deal was a fishery company under the {{u:Ministry of People's Armed Forces}}. There were nine North Koreans and five Chinese. We left port at four o'clock in the morning, always at four o'clock, so that the harbour police would be asleep.

The Chinese captain was {{p:Zhang Guoqiang}}, {{p:张国强}}. The Chinese crew said Lao {{p:Zhang}}. Our leader was {{r:Ma Chol-u}}, a political man who had never been to sea. {{r:Ma}} was sick for the first two weeks. My mother used to say "a man who cannot stand cannot give orders", and ma was right, because {{r:Chol-u}} gave orders lying down.

O, those lights. At night we hung the lamps and the squid came up like rain. You worked until the hold was full. One boy, {{p:Jang Kum-chol}}, fell asleep standing at the reel and lost the tip of his finger. {{p:Kum-chol}} was seventeen; his papers said twenty. {{r:Ma}} wrote in the log that {{p:Jang}} had been careless.

In 2014 a Russian patrol boat, the {{u:Admiral Nevelskoy}}, stopped us north of {{u:Moneron Island}}. An inspector came aboard, a big man the captain called {{p:Sergei Nikolaevich}}. {{p:Sergei Nikolaevich}} looked at our hands and asked who we were. Lao {{p:Zhang}} said we were Chinese from {{u:Yanbian}}. The inspector laughed. He took a bribe — I saw the envelope — and the {{u:Admiral Nevelskoy}} let us go.

After that {{r:O Sung-il}} — that is me, they always called me by the whole name on the boat, "{{r:O Sung-il}}, get up!" — after that I was moved to the engine room with a Chinese mechanic, Xiao {{p:Liu}}. {{p:Liu}} was kind. He taught me the numbers. He also told me the boat's owner in {{u:Dalian}}, a woman called {{p:Wang Lihua}}, was paying {{r:Ma}} directly in dollars.

We never saw that money. When we came back to {{u:Nampo}} in 2015 {{r:Ma Chol-u}} said the catch had been poor. My brother-in-law, {{p:Ko Yong-dok}}, who worked at the port, told me later that {{r:Ma}} had built a house in {{u:Pyongsong}}.

I crossed into {{u:China}} in 2018. I did not try to find Lao {{p:Zhang}}. I only hope {{p:Kum-chol}} is still alive.""",
    },
    {
        "id": "h18-en-04",
        "language": "en",
        "eol": "crlf",
        "persons": [],
        "note": "Ulaanbaatar building site, no registered persons; Mongolian names and nicknames; Sukhbaatar Square and Chinggis Khaan airport as public; Yu/Jo/Ha surnames beside you/ha!; ALL CAPS roster line; names deep in text.",
        "text": """Interviewer's summary. The witness declined to give his name and asked that none of his relatives be named. He worked in {{u:Ulaanbaatar}}, {{u:Mongolia}}, from 2010 to 2013 on apartment blocks built for a Mongolian developer.

He flew in through {{u:Chinggis Khaan International Airport}} with thirty men. The contract was signed by a trading company he remembers as "{{u:Sobaeksu}}". The men lived in a half-built block on the eastern edge of the city, near {{u:Peace Avenue}}. On national holidays they were marched to {{u:Sukhbaatar Square}} to look at the statue of {{u:Genghis Khan}} "so we could tell our families we had seen the world".

The brigade leader was a man called {{p:Yu}}. "Only Yu. Did you ever hear his given name? No, you did not ask {{p:Yu}} questions." His deputy was {{p:Jo Myong-gil}}, whom everyone called {{p:Myong-gil}}. {{p:Jo}} was from {{u:Sinpo}}.

The Mongolian site manager was {{p:Ganbold}}. {{p:Ganbold}} drank, but he paid on time, which, says the witness, made him better than {{p:Yu}}. The crane operator was a Mongolian woman, {{p:Tsetsegmaa}}; the Koreans called her {{p:Tsetseg}}, and she called them "the ghosts" because they only came out at night. A driver named {{p:Bat-Erdene}}, "{{p:Batka}}", took them to the market on Sundays.

Asked whether there were accidents: "Ha! Every week." The worst was in 2012. A welder, {{p:Ha Jong-su}}, fell through an unfinished floor. On the roster that was read out the next morning his name was still there — "{{p:HA JONG-SU}}, present" — because {{p:Yu}} did not want to report it. {{p:Jong-su}} died in a Mongolian hospital three days later. His body was flown home; {{p:Jo Myong-gil}} went with it.

There was also a cook, {{p:Kye Sun-hui}}, the only woman on the Korean side, who was also the wife of someone in the embassy. {{p:Sun-hui}} reported everything. When the witness and another worker, {{p:Nam Il-ho}}, were found with a Mongolian phone card, it was {{p:Kye}} who told {{p:Yu}}. "{{p:Il-ho}} was sent back within a week. I was sent to the basement to mix concrete by hand for two months."

He left Mongolia in 2013 with the rest of the brigade. He escaped four years later from a different job, in {{u:Russia}}. He says he thinks of {{p:Tsetseg}} sometimes, and of {{p:Batka}}, "the only people there who laughed with us". About {{p:Yu}} he said nothing further.""",
    },
    {
        "id": "h18-ko-02",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Yong-chol", "김영철", "witness", []),
            ("Pak Myong-guk", "박명국", "supervisor", []),
            ("Pak Chang-su", "박창수", "coworker", []),
        ],
        "note": "Vladivostok construction; 큰 박/작은 박 distinguishing two registered Paks; particles 과/와/로/으로/이랑/한테/에게; -이 forms (영철이가); Russian diminutives in hangul; Svetlanskaya Street and a university as public.",
        "text": """면담 기록. 증언자는 {{r:김영철}}, 1985년생, {{u:함경남도}} {{u:단천}} 출신이다. 2014년부터 2018년까지 {{u:블라디보스토크}}의 건설 현장에서 일했다.

처음 간 곳은 {{u:극동연방대학교}} 근처의 아파트 공사장이었습니다. 우리 작업반에는 박씨가 둘 있었어요. 반장 {{r:박명국}}은 나이가 많아서 큰 {{r:박}}, 미장을 하던 {{r:박창수}}는 작은 {{r:박}}이라고 불렀지요. 큰 {{r:박}}은 우리한테 하루 계획량을 내려 주고, 작은 {{r:박}}이랑 저는 같이 벽을 발랐습니다.

어머니는 저를 늘 "{{r:영철}}아"라고 부르셨는데, 거기서는 다들 "{{r:영철}}이"라고 했어요. "{{r:영철}}이가 또 늦었다"는 말을 큰 {{r:박}}한테서 제일 많이 들었습니다. {{r:박명국}}과 저는 처음부터 사이가 안 좋았습니다. 큰 {{r:박}}은 {{u:조선인민군}} 공병 출신이라 모든 일을 군대식으로 시켰어요.

러시아 쪽 현장 소장은 {{p:알렉산드르 세르게예비치}}였어요. 러시아 사람들은 {{p:사샤}}라고 불렀고, 화가 나면 자기들끼리 "{{p:사시카}}"라고 했습니다. {{p:사샤}}는 돈 계산을 {{r:박명국}}에게만 했고, 우리와는 말을 섞지 않았어요. 가끔 빵을 사 준 건 {{p:사샤}}의 운전기사 {{p:콜랴}}였습니다. {{p:콜랴}}는 우리를 차로 {{u:스베틀란스카야 거리}}까지 태워 준 적도 있습니다.

2016년 겨울, 작은 {{r:박}}이 비계에서 떨어졌습니다. 다리가 부러졌는데 큰 {{r:박}}은 병원에 보내지 않고 숙소로 데려가라고 했어요. {{r:창수}}는 두 주일을 숙소에 누워 있었습니다. 결국 {{p:콜랴}}가 몰래 러시아 의사 {{p:나탈리야}}를 데려왔어요. {{p:나탈리야}} 선생은 돈을 받지 않았습니다. 그 뒤로 {{r:창수}}와 저는 {{p:콜랴}}한테 큰 빚을 졌다고 생각했습니다.

현장 바로 옆에는 우즈베크 사람들이 일하는 다른 공사장이 있었습니다. 거기 반장 {{p:루스탐}}은 러시아말과 우리말을 조금씩 섞어서 말했는데, 작은 {{r:박}}과 친해져서 담배를 나눠 피우곤 했어요. {{p:루스탐}}의 조카 {{p:아지즈}}는 열여덟 살밖에 안 됐는데 우리 {{r:창수}}를 "형"이라고 불렀습니다. 큰 {{r:박}}은 그것도 싫어해서 {{r:창수}}로 하여금 {{p:아지즈}}와 말하지 못하게 했습니다.

식당 일은 {{u:함흥}}에서 온 {{p:길순}} 아주머니가 맡았어요. {{p:길순}}이 아주머니는 길을 잃은 강아지까지 거두어 먹이는 분이었는데, 우리는 그 개를 "{{r:박}} 반장"이라고 몰래 불렀습니다. 큰 {{r:박}}한테 들키면 큰일 날 농담이었지요.

숙소에는 {{u:평양}}에서 온 보위원 {{p:현}} 씨가 있었어요. {{p:현}} 동무는 밤마다 누가 러시아 사람이랑 이야기했는지 적었습니다. {{p:현}}으로부터 불려 간 사람은 다음 날 바로 일을 빼앗겼어요. 한 번은 저도 불려 갔는데, 큰 {{r:박}}이 저를 감싸 주었습니다. 그 일로 {{r:박명국}}을 조금 다르게 보게 되었습니다.

2018년에 저는 작업 중에 현장을 빠져나와 {{u:블라디보스토크 역}}으로 갔습니다. 거기서 {{u:모스크바}}로 가는 기차를 탔고, {{u:유엔난민기구}} 사무실을 찾아갔습니다. 떠나기 전날 작은 {{r:박}}에게만 말했어요. {{r:박창수}}는 "{{r:영철}}아, 가라"고만 했습니다.

지금도 {{r:창수}}가 어떻게 되었는지 모릅니다. 박을 타서 만든 바가지를 보면 그 사람 생각이 나요. 고향 마을에서 {{r:창수}}네 어머니가 박을 키웠거든요. 큰 {{r:박}}, {{r:박명국}}은 제가 떠난 다음 해에 귀국했다고 들었습니다. {{p:콜랴}}와 {{p:나탈리야}} 선생에게는 고맙다는 말도 못 하고 왔는데, 혹시 이 기록이 러시아에 닿는다면 {{r:영철}}이가 살아 있다고 전해 주세요.""",
    },
    {
        "id": "h18-ko-03",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Jo Myong-hyok", "조명혁", "witness", []),
            ("Yom Hyok", "염혁", "coworker", []),
            ("No Kwang-sik", "노광식", "official", []),
        ],
        "note": "Polish shipyard welders; 조 as surname vs 조 (team) and 조장; one-syllable given name 혁 with -이 forms; 노 참사 official vs 노 as ordinary; Polish names incl. diminutive in hangul; Chopin airport and Lech Walesa as public.",
        "text": """저는 {{r:조명혁}}입니다. 2013년부터 2016년까지 {{u:폴란드}} {{u:그단스크}} 근처 조선소에서 용접공으로 일했습니다. 우리 회사는 {{u:조선릉라도무역총회사}} 밑에 있었고, 폴란드 쪽 하청 회사는 {{u:Armex Sp. z o.o.}}라고 했습니다.

조선소에서 우리는 세 개 조로 나뉘었습니다. 저는 2조 조장이었어요. 조 이름도 조장이라니, 폴란드 사람들은 {{r:조}}, {{r:조}} 하면서 웃었습니다. 제 밑에는 {{r:혁}}이가 있었습니다. 성은 {{r:염}}인데 다들 {{r:혁}}이라고만 불렀어요. {{r:혁}}이는 손이 빨라서 폴란드 반장도 {{r:혁}}을 제일 좋아했습니다.

폴란드 반장은 {{p:야체크 코발스키}}라는 사람이었습니다. {{p:코발스키}} 씨는 우리에게 커피를 주고 가끔 집에도 초대하려고 했는데, 대사관에서 허락하지 않았어요. {{p:야체크}}의 부인 {{p:마우고자타}}, 다들 {{p:마우고시아}}라고 부르던 분이 크리스마스에 과자를 보내 주기도 했습니다.

우리를 감시한 사람은 {{u:바르샤바}} 대사관의 {{r:노광식}} 참사였습니다. {{r:노}} 참사는 한 달에 두 번 조선소에 왔어요. 노동 시간에 대해서는 한마디도 안 하고, 돈 이야기만 했습니다. {{r:노광식}}이 오는 날이면 {{r:혁}}이도 말을 하지 않았습니다. 노를 젓듯이 하루 종일 같은 동작만 반복하는 일이었는데, {{r:노}} 참사는 그것도 모자란다고 했어요.

2015년 여름에 {{r:혁}}이가 용접 불꽃에 눈을 다쳤습니다. {{p:야체크}} 반장이 병원에 데려가려 하자, 우리 쪽 관리원 {{p:설}} 동무가 막았어요. {{p:설}}은 "조선 사람은 조선 방식으로 치료한다"고 했습니다. 결국 {{r:혁}}이는 사흘 동안 붕대만 감고 일했고, 오른쪽 눈이 지금도 잘 안 보인다고 들었습니다.

그 일 뒤에 폴란드 노동 감독관이 왔습니다. {{p:아그니에슈카 노박}}이라는 여자였는데, 통역으로 폴란드에 사는 한국 유학생 {{p:서지현}} 씨가 따라왔어요. {{p:서지현}} 씨는 우리 말을 알아들었기 때문에 {{r:노}} 참사가 무척 싫어했습니다. {{p:노박}} 감독관은 우리 숙소도 보고 갔습니다.

2016년 가을, 귀국 전에 {{u:바르샤바 쇼팽 공항}}에서 비행기를 기다리다가 저는 화장실에서 빠져나왔습니다. 조선소 앞에서 {{u:레흐 바웬사}} 사진을 본 적이 있는데, 폴란드 사람들이 자유를 위해 싸웠다는 이야기를 {{p:야체크}}한테서 들었던 게 용기가 되었어요.

한국에 와서 들으니, 제가 떠난 뒤에 2조 조장은 {{p:탁영수}}라는 사람이 맡았다고 합니다. {{p:탁}} 조장은 {{r:혁}}이와 같은 {{u:청진}} 출신이라 {{r:혁}}이를 잘 챙겼다고 들었어요. {{p:탁영수}}의 형은 {{u:김책제철연합기업소}}에서 일한다고 했습니다. 또 조선소에 남아 있던 {{p:도}} 씨 형제, {{p:도철}}과 {{p:도훈}}도 그 해 겨울에 모두 귀국했다고 합니다. 도대체 {{r:노}} 참사가 무엇을 보고했는지 궁금합니다.

{{p:마우고시아}} 아주머니에게서는 지금도 가끔 소식이 옵니다. {{u:서울}}의 한 교회를 통해서 편지를 주고받는데, {{p:야체크}} 씨가 작년에 은퇴했다고 했습니다. 편지마다 "{{r:혁}}은 어떻게 지내냐"고 물으시는데, 저는 대답할 수가 없어요. 편지 끝에는 늘 {{p:마우고시아}} 아주머니의 딸 {{p:조시아}}가 그린 그림이 들어 있습니다. 폴란드에서는 {{p:조피아}}를 줄여서 {{p:조시아}}라고 부른다고 하더군요. 제 성과 소리가 비슷해서 반가웠습니다.

{{r:혁}}이는 같이 오지 못했습니다. {{r:염혁}}의 어머니가 {{u:청진}}에 계시는데, 제가 나온 일로 {{r:혁}}이가 고생하지 않았으면 좋겠습니다.""",
    },
    {
        "id": "h18-mixed-02",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Yu Kwang-chol", "유광철", "witness", []),
            ("Jo Song-nam", "조성남", "supervisor", []),
        ],
        "note": "Sarawak site, Korean narrative with English terms; fullwidth Ｊｏ and a zero-width space inside a name; Malay names with bin and Encik/Kak titles; Sdn Bhd company; Yu/you pun.",
        "text": """증언자 {{r:유광철}} (English spelling in his passport: {{r:YU KWANG CHOL}}). 2011–2014, {{u:Malaysia}} {{u:Sarawak}} 주, {{u:Bintulu}} 인근 건설 현장.

저희는 {{u:Kuching}}을 거쳐 {{u:Bintulu}}로 갔습니다. 고용 회사는 {{u:Mansudae Overseas Project}}가 아니라 말레이시아 회사 {{u:Syarikat Bina Jaya Sdn Bhd}}로 되어 있었어요. 실제 관리는 우리 쪽 {{r:조성남}} 소장이 했습니다. 현지 사람들은 소장을 "Mr {{r:Jo}}"라고 불렀고, 회사 서류에는 {{r:Ｊｏ Ｓｏｎｇ Ｎａｍ}}처럼 넓은 글자로 찍혀 있었어요. 왜 그런지는 모르겠습니다.

현장 감독은 말레이 사람 Encik {{p:Ahmad bin Ismail}}이었어요. Encik {{p:Ahmad}}는 우리가 일을 잘한다고 칭찬했지만, {{r:조}} 소장에게 돈을 주는 것을 본 적이 있습니다. 매점은 Kak {{p:Siti}}라는 아주머니가 했어요. Kak {{p:Siti Nurhaliza binti Razak}}. 가수랑 이름이 같다고 해서 다들 웃었습니다.

제 성 {{r:Yu}}가 영어 you와 소리가 같아서, 사람들이 "Hey you!" 하고 부르면 제가 돌아봤어요. 그래서 현장에서는 저를 "You {{r:Yu}}"라고 불렀습니다. 중국계 운전기사 {{p:Lim Chee Keong}}, 다들 Ah {{p:Keong}}이라고 부르던 사람이 그 별명을 지었습니다.

같이 일한 사람 중에 {{p:석}} 씨가 있었습니다. 성이 {{p:석}}, 이름은 {{p:석봉}}이라서 "{{p:석석봉}}"이라고 장난을 쳤죠. {{p:석봉}}이는 2013년에 말라리아에 걸렸는데, {{r:조성남}}은 병원비가 아깝다고 약만 줬습니다. Ah {{p:Keong}}이 밤에 몰래 {{u:Bintulu Hospital}}로 데려가서 살았어요.

2014년 초에 {{u:Kuala Lumpur}}의 대사관에서 사람이 왔습니다. 이름은 {{p:Pyo}}라고만 했어요. {{p:표}} 참사는 {{r:Jo}} 소장과 밤새 술을 마셨고, 다음 날 우리 모두 여권을 다시 걷어 갔습니다. 저는 그 주에 Encik {{p:Ahmad}}의 소개로 알게 된 교회 목사님, Pastor {{p:Daniel Wong}}을 통해 도망쳤습니다.

지금도 가끔 메신저에서 옛 동료 이름을 검색해 봐요. 어떤 계정은 "{{p:석\u200b봉}}"처럼 이름 사이에 보이지 않는 글자가 들어가 있어서 처음엔 못 찾았습니다. {{r:조}} 소장이 아직 {{u:Sarawak}}에 있는지는 모르겠어요.

Interviewer's addendum: the witness later added that a second supervisor, known to the workers only as "{{p:Kwak}}" ({{p:곽}} 부소장), handled money transfers through a shop in {{u:Miri}} owned by a Chinese-Malaysian, Mr {{p:Tan Ah Huat}}. {{p:곽}} 부소장은 {{r:조성남}}과 늘 다퉜고, 2013년 말에 먼저 귀국했다고 한다. He also remembered a Bangladeshi worker, {{p:Rahim}}, who shared cigarettes with {{p:석봉}}이 and who was deported after a police raid on the site at {{u:Tanjung Kidurong}}. {{p:라힘}}은 떠나기 전에 {{r:유광철}}에게 자기 전화번호를 적어 주었지만, {{r:Jo}} 소장이 그 쪽지를 빼앗았다.""",
    },
    {
        "id": "h18-en-05",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pak Su-ryon", "박수련", "witness", []),
            ("Ri Chun-hui", "리춘희", "supervisor", []),
            ("Gil Mi-ok", "길미옥", "coworker", []),
            ("Mun Hye-jin", "문혜진", "coworker", []),
        ],
        "note": "Hunchun garment factory, four registered women; Pak/Park/Bak and Ri/Yi variants; Gil and Moon as names vs a brand 'Blue Moon' and the moon; Korean-Chinese boss Piao (朴) vs Pak; names late in text.",
        "text": """I am {{r:Pak Su-ryon}}. The Chinese wrote me as {{r:Park Suryon}} on the dormitory list and as {{r:Bak Su Ryon}} on the bank card I never held. In 2017 I was sent with two hundred women to a garment factory in {{u:Hunchun}}, in {{u:Jilin}}, a short drive from the {{u:Tumen River}}.

We sewed jackets. The labels said "{{u:Blue Moon}}", an outdoor brand, and under it "Made in China". Every night we worked until the moon was high; on the busy weeks until dawn.

The women's leader was {{r:Ri Chun-hui}}. Her husband was at the consulate in {{u:Shenyang}}, so {{r:Ri}} could do what she wanted. The Chinese manager called her Madam {{r:Yi}}, and she liked that. {{r:Chun-hui}} kept a notebook. If you went to the toilet three times in a morning, it went in the notebook.

My machine was between {{r:Gil Mi-ok}} and {{r:Mun Hye-jin}}. {{r:Mi-ok}} was from {{u:Kaesong}}. Her surname is {{r:Gil}}, like "road", and she used to say she would find the road home by herself. {{r:Hye-jin}} was younger. The Chinese supervisors could not say {{r:Mun}}; they said "{{r:Moon}}", and {{r:Moon}} she became, even to us.

The factory owner was a Korean-Chinese man, {{p:Piao Zhehu}}. In Korean his name is {{p:Pak Chol-ho}}, the same surname as mine, and {{r:Ri Chun-hui}} joked that {{r:Pak}} and {{p:Pak}} should marry. I did not laugh. {{p:Piao}} never spoke to the workers. His driver, Xiao {{p:Chen}}, did; {{p:Chen}} brought us sunflower seeds and news from the radio.

In the second winter {{r:Hye-jin}} coughed blood. {{r:Ri}} said it was a cold. It was {{r:Gil}} who went to {{p:Piao}}'s office — alone, which was forbidden — and asked for a doctor. A Chinese doctor came, Dr {{p:Jin Meilan}}, {{p:金美兰}}, a Korean-Chinese woman. Dr {{p:Jin}} said it was tuberculosis. {{r:Moon}} was sent home on the next bus to {{u:Namyang}}.

For this, {{r:Mi-ok}} was made to write self-criticism for three nights. She also lost her Sunday outing. I still remember her handwriting: neat, small, "I, {{r:Gil Mi-ok}}, failed to trust the collective."

I left in 2019. A broker named Teacher {{p:Choi}} — that is what he called himself, I never knew if "Teacher" was a name or a job — took me through {{u:Yanji}} and {{u:Kunming}}. Of the women from my line, I know that {{r:Hye-jin}} survived. Her sister, {{p:Mun Hye-gyong}}, sent word through a church. I do not know about {{r:Mi-ok}}.""",
    },
    {
        "id": "h18-en-06",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Kwak Chol-jin", "곽철진", "supervisor", []),
        ],
        "note": "St Petersburg stadium site, witness anonymous; supervisor in ALL CAPS and with emoji in a quoted chat; No and Do surnames beside no/do; Russian diminutives (Zhenya, Lyuda) and patronymics; Pushkin town, Nevsky Prospekt, Pulkovo as public.",
        "text": """Interviewer's record, interview 3 of 4. The witness is identified here only as "W". He worked in {{u:Saint Petersburg}} from 2015 to 2017, first on the stadium on {{u:Krestovsky Island}} and then on private dachas near {{u:Pushkin}}.

W says the Korean team was about sixty men under a brigade chief, {{r:Kwak Chol-jin}}. On the site list it was written "{{r:KWAK CHOL JIN}}", always in capitals, and the Russians said "{{r:Kvak}}". {{r:Kwak}} had a Russian phone. W saw messages on it from the Russian subcontractor — "{{r:Kwak}} 👍 tomorrow 40 men" — and once a voice message in Korean from someone at the {{u:DPRK Consulate General}} in {{u:Nakhodka}}.

The Russian foreman was {{p:Yevgeny Borisovich}}. His workers called him {{p:Zhenya}}, W called him "Mister {{p:Zhenya}}". {{p:Yevgeny Borisovich}} sometimes gave the Koreans cash directly, which {{r:Kwak}} then took. "No, not all of it," W says. "{{r:Kwak}} left us enough for noodles."

Two Korean names come up often. {{p:No Chang-il}}, a plasterer from {{u:Sariwon}}: "{{p:No}} was the best of us. No one could do a ceiling like him." And a young man called {{p:Do}}: "{{p:Do}} did what he was told. Do this, do that. He never complained." {{p:Do}}'s given name W did not know.

In summer 2016 a worker died in the stadium. W did not know him; the Russians said he was called {{p:Chon}} or {{p:Jon}}. The death was on the news. After that a Russian journalist, {{p:Lyudmila}}, tried to talk to the Koreans near the metro. {{r:Kwak}} told them that anyone who spoke to her would be sent home. W remembers that her colleagues called her {{p:Lyuda}} and that she wore a yellow coat.

The second year they worked on dachas for rich people. The owner of one house, a businessman W knew as {{p:Arkady}}, paid the team in food and vodka. {{p:Arkady}}'s wife, {{p:Olga Sergeyevna}}, was kind to them and gave {{p:No Chang-il}} her late father's boots.

On Sundays, with permission, they walked along {{u:Nevsky Prospekt}} in groups of five. W saw the statue of {{u:Peter the Great}} and thought about running. He did not. In 2017 the team was flown out of {{u:Pulkovo Airport}} to {{u:Vladivostok}} and then split up. {{r:Chol-jin}} went with the group to {{u:Rason}}.

W escaped in 2019 from a job in {{u:Primorye}}. He asked that we record: "If {{p:No}} or {{p:Do}} read this, I am alive. {{r:KWAK}} — I have nothing to say to him.\"""",
    },
    {
        "id": "h18-ko-04",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Ha Jong-min", "하정민", "witness", []),
            ("Mun Kyong-su", "문경수", "supervisor", []),
        ],
        "note": "Dubai tower site in Korean; 하 and 문 as surnames beside 하다 and 문 (door); particles 로/으로/도/만/이랑/한테; Arab, Pakistani and Filipino private persons in hangul; Burj Khalifa, Sheikh Zayed Road, Ibn Battuta Mall as public names after persons.",
        "text": """증언자 {{r:하정민}} 씨의 진술을 정리한 것이다. {{r:하}} 씨는 2012년부터 2016년까지 {{u:아랍에미리트}} {{u:두바이}}에서 일했다.

우리는 {{u:평양 순안국제공항}}에서 {{u:베이징}}을 거쳐 {{u:두바이}}로 들어갔습니다. 회사는 {{u:남강건설}}이라고 했는데, 현지 계약은 {{u:Al Noor Contracting LLC}}라는 회사 이름으로 되어 있었어요. 처음 일한 곳은 {{u:셰이크 자이드 로드}} 옆의 호텔 공사장이었고, 멀리 {{u:부르즈 칼리파}}가 보였습니다.

우리 책임자는 {{r:문경수}} 지배인이었습니다. {{r:문}} 지배인은 숙소 문을 밤 아홉 시에 잠갔어요. 문을 잠그고 열쇠는 자기만 가지고 있었지요. 불이라도 나면 어쩌려고 그랬는지 모르겠습니다. {{r:문경수}}한테 한 번 그 이야기를 했다가 한 달 동안 야간 작업만 했습니다.

현장 감독은 팔레스타인 출신 엔지니어 {{p:아부 하산}}이었어요. 본명은 {{p:무함마드 알리 하산}}인데 다들 {{p:아부 하산}}이라고 불렀습니다. {{p:아부 하산}}은 우리를 "코리아"라고 부르며 물을 자주 갖다 주었어요. 파키스탄 사람 운전기사 {{p:임란}}이랑은 말은 안 통해도 친했습니다. {{p:임란}}이 우리를 현장으로 실어 나르고, 가끔 몰래 {{u:이븐 바투타 몰}} 앞에 세워 구경을 시켜 주기도 했어요.

같은 방에는 {{p:변}} 씨 형제가 있었습니다. 형은 {{p:변철호}}, 동생은 {{p:변철수}}였는데, 둘 다 {{u:강원도}} 출신이었어요. {{p:철수}}로 말하자면 하루도 쉬지 않고 일하는 사람이었고, {{p:철호}}는 노래를 잘했습니다. {{p:변}} 씨네도 돈을 한 푼도 못 받았습니다.

2014년 여름, 기온이 오십 도까지 올라간 날 {{p:철수}}가 쓰러졌습니다. 하필 그날 {{r:문}} 지배인은 {{u:아부다비}}에 가고 없었어요. 필리핀 간호사 {{p:마리셀}} 씨가 현장 진료소에 있어서 겨우 살았습니다. {{p:마리셀}} 씨는 {{p:철수}}에게 하루는 쉬어야 한다고 했지만, 다음 날 돌아온 {{r:문경수}}는 {{p:철수}}도, {{p:철호}}도 일하라고 했어요.

하루 일과는 새벽 네 시에 시작해서 밤 아홉 시에 끝났습니다. 하다 보면 손이 먼저 일을 하고 머리는 멍해져요. 하기야 생각을 하면 더 힘들었으니까요. 한 달에 한 번 {{u:김정은}} 원수님 노작을 학습했고, {{r:문}} 지배인은 충성자금을 걷었습니다.

2015년에는 새로 온 보위원 {{p:기}} 동무가 우리 방을 맡았어요. {{p:기영남}}이라는 사람이었는데, 나이는 어려도 눈치가 빨랐습니다. {{p:기}} 동무는 {{p:임란}}이랑 우리가 말하는 걸 보고 {{r:문}} 지배인에게 보고했어요. 그 뒤로 {{p:임란}}은 다른 현장으로 옮겨졌고, 우리는 버스로만 다녔습니다. 버스 기사는 인도 사람 {{p:라젠드라}}였는데, 그 사람은 한 마디도 하지 않았어요.

숙소 식당에서는 {{u:함경북도}}에서 온 {{p:봉순}} 아주머니가 밥을 했습니다. {{p:봉순}}이 아주머니는 {{r:정민}}이가 제일 어리다고 밥을 더 퍼 주셨어요. 고향에서 어머니가 부르던 대로 "{{r:정민}}아" 하고 불러 주는 사람은 그 아주머니뿐이었습니다. 아주머니의 남편 {{p:함태식}} 씨도 같은 현장에서 미장일을 했는데, {{p:함}} 씨는 2015년 겨울에 먼저 귀국했습니다.

2016년에 저는 숙소 근처 모스크 앞에서 인도 사람 {{p:조셉}}을 만났습니다. {{p:조셉}}이 한국 영사관 전화번호를 알려 주었고, 그래서 {{u:주두바이 대한민국 총영사관}}으로 갈 수 있었어요. 떠나던 날 밤, 숙소 문이 이상하게 잠겨 있지 않았습니다. {{r:문}} 지배인만 알 이유겠지요.

{{r:하정민}}으로서 바라는 것은 하나입니다. {{p:변}} 씨 형제가 살아서 고향에 돌아갔기를, 그리고 {{p:아부 하산}}과 {{p:임란}}에게 고맙다는 말이 전해지기를 바랍니다.""",
    },
    {
        "id": "h18-ko-05",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Pae Yong-sik", "배영식", "relative", ["털보"]),
        ],
        "note": "Daughter recounts her father's 1990s Khabarovsk logging years; registered relative with nickname 털보; 배 as surname vs ship/pear/belly; 곰 and 소 nicknames and words; Kim Il Sung Square and Lenin as public; interviewer-recorded third person.",
        "text": """면담자 기록. 증언자는 딸이며, 본인 이름은 기록하지 않기로 했다. 아래는 증언자의 아버지 {{r:배영식}}(1948년생)이 1990년대에 {{u:러시아}} {{u:하바롭스크 변강}}의 벌목장에서 일했던 이야기를 딸이 전한 것이다.

아버지는 1993년에 {{u:체그도민}} 벌목장으로 가셨어요. 저는 그때 열두 살이었습니다. 아버지는 수염이 많아서 벌목장에서는 {{r:털보}}라고 불렸다고 해요. 편지에도 가끔 "{{r:털보}} 아버지가"라고 쓰셨습니다. 집에서 어머니는 "{{r:배}} 동무"라고 부르곤 했는데, 배가 고플 때 배 이야기를 하면 식구들이 다 웃었어요.

벌목장 작업반장은 {{p:곰}}이라는 별명의 사람이었어요. 진짜 곰처럼 덩치가 컸대요. 성은 {{p:구}}였고, 이름은 아버지도 몰랐습니다. {{p:구}} 반장은 소처럼 일만 시켰고, 쉬는 날에도 나무를 세게 했어요. 아버지 말로는 그 사람도 위에서 받는 압력 때문에 그랬다고 합니다.

러시아 사람 중에는 {{p:표도르}}라는 트럭 기사가 있었어요. 아버지는 그 사람을 "{{p:페댜}}"라고 불렀습니다. {{p:표도르}}는 아버지에게 보드카를 주고 대신 조선 담배를 받아 갔대요. 마을에 사는 고려인 할머니 {{p:안나 김}}, 다들 {{p:안나}} 할머니라고 부르던 분이 김치를 담가 주셨다고 합니다. {{p:안나}} 할머니의 러시아 이름은 {{p:안나 페트로브나}}였어요.

벌목장에는 {{u:조선림업대표부}}에서 나온 감독원도 있었는데, 아버지는 그 사람을 "{{p:진}} 주임"이라고만 기억했어요. {{p:진}} 주임은 한 달에 한 번 와서 계획량을 따졌고, 못 채운 작업반은 식량을 줄였다고 합니다. 진짜 배고픈 건 그때였다고 하셨어요. 아버지와 같은 조였던 {{p:석철}}이라는 젊은이는 배가 고파서 러시아 마을에 감자를 훔치러 갔다가 붙잡혔는데, {{p:표도르}}가 경찰한테 말해서 풀려났대요. {{p:석철}}이는 그 뒤로 {{p:표도르}}를 "형님"이라고 불렀답니다.

어머니는 아버지가 안 계신 삼 년 동안 {{u:혜산}} 장마당에서 장사를 하셨어요. 외삼촌 {{p:오만복}}이 가끔 도와주셨는데, {{p:만복}}이 삼촌은 자기도 러시아로 가겠다고 하다가 선발에서 떨어졌습니다. 오만 가지 걱정을 하던 어머니는 외삼촌까지 보낼 수는 없다고 하셨대요.

1995년 겨울에 아버지 친구 {{p:소병관}} 아저씨가 나무에 깔려 돌아가셨습니다. {{p:소}} 아저씨는 저희 집에도 자주 오셨던 분이에요. {{p:병관}}이 아저씨의 유골은 다음 해 봄에야 {{u:라진}}을 통해 돌아왔다고 합니다. 그때 아버지가 처음으로 우는 걸 봤어요.

아버지는 1996년에 돌아오셨습니다. {{u:평양}}의 {{u:김일성광장}}에서 "영예로운 해외 노동자" 표창을 받았는데, 표창장에는 {{r:배영식}}이라는 이름이 금색으로 찍혀 있었어요. 그러나 돈은 거의 없었습니다. 집에 가져온 것은 {{u:레닌}} 얼굴이 있는 러시아 동전 몇 개와 낡은 외투 한 벌뿐이었어요.

아버지는 2009년에 돌아가셨습니다. 돌아가시기 전에 {{r:털보}} 시절 이야기를 많이 하셨어요. "{{p:구}} 반장도, {{p:페댜}}도 다 늙었겠지." 저는 2015년에 탈북했고, 지금은 {{u:인천}}에 삽니다. 배를 타고 바다를 건너온 것은 아니지만, 배를 보면 늘 {{r:배}} 씨 집안의 딸이라는 생각이 나요.

면담자 덧붙임: 증언자는 아버지의 작업반 동료로 {{p:염}} 씨와 {{p:우}} 씨를 더 기억했다. {{p:염}} 씨는 아버지와 같은 {{u:양강도}} 출신이었고, {{p:우}} 씨는 벌목장 취사원이었다고 한다. {{p:우}} 씨라는 사람이 우는 소리를 잘 냈다는 농담이 집안에 전해진다고 했다.""",
    },
    {
        "id": "h18-mixed-03",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ri Un-ju", "리은주", "witness", []),
            ("Chae Song-ae", "채송애", "supervisor", []),
            ("Sun-i", "순이", "coworker", []),
        ],
        "note": "Shandong seafood plant, English notes with Korean and hanzi; soft hyphen inside a name; Ri/Lee/Yi variants; given-name-only coworker 순이 with particles; Chinese owner with Lao/Xiao forms; Haier and Shidao port public.",
        "text": """Case file 18-07. Witness: {{r:Ri Un-ju}} / {{r:리은주}} (South Korean ID: {{r:Lee Eun-ju}}). Place: seafood processing plant, {{u:Shidao}}, {{u:Rongcheng}}, {{u:Shandong}}, 2016–2019.

The witness was one of 180 women sent by the {{u:Korea Rungrado General Trading Corporation}}. The plant belonged to a company registered as {{u:Rongcheng Haiyang Foods Co., Ltd.}} and processed crab and pollock for export.

Supervisor: {{r:Chae Song-ae}} ({{r:채송애}}). The witness: "{{r:채}} 반장은 우리를 짐승처럼 다뤘어요." The Chinese called her "{{r:Cai}}" ({{r:蔡}}). {{r:Chae}} confiscated phones and kept a list of who cried at night.

The owner was {{p:Li Zhiqiang}} ({{p:李志强}}), called Lao {{p:Li}} by everyone. The witness stresses that Lao {{p:Li}} and herself share the same written surname, "so the Chinese girls joked that I was his daughter". His nephew, Xiao {{p:Wang}}, ran the night shift.

Her closest friend was {{r:순이}}. "{{r:순이}}는 {{u:남포}}에서 왔어요. {{r:순이}}가 없었으면..." {{r:Sun-i}} is only a given name; the witness never knew her surname. {{r:순이}}와 함께 밤마다 노래를 불렀고, {{r:채}} 반장한테 들키면 둘 다 벌을 섰다.

A document the witness kept — a copy of a dormitory roster — lists her as "{{r:Ri Un\u00adju}}" with a soft hyphen in the middle, which the interviewer copied exactly; the same roster lists "{{p:Kang Ok\u00adhwa}}" and "{{p:Ho Chun\u00adsil}}". {{p:옥화}}는 같은 방이었고, {{p:Ho}} was the oldest woman, 마흔 살. "{{p:허}} 언니는 허리가 아파서 늘 허리띠를 졸라맸어요."

On hot days the freezers broke. A Chinese electrician, {{p:Sun Jianguo}}, repaired them; the Koreans mixed him up with {{r:Sun-i}} because of the name "Sun". "{{p:쑨}} 기사님이랑 {{r:순이}}를 같이 부르면 두 사람이 다 돌아봤어요."

In 2018 the women were given new uniforms with a {{u:Haier}} logo, donated refrigerators having come with them. That winter {{r:Sun-i}} fainted on the line. {{r:Chae}} said she was pretending. Lao {{p:Li}} called an ambulance himself. {{r:순이}}를 병원으로 데려간 것은 {{p:李}} 사장이었다.

{{r:Un-ju}} escaped in 2019 with help from a Korean-Chinese taxi driver, {{p:Jin Guangzhe}} ({{p:김광철}} in Korean). The witness asked us to write that {{r:Yi}}, {{r:Lee}}, {{r:Ri}} — "whatever you write, it is me" — is grateful to him.""",
    },
    {
        "id": "h18-en-07",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Jong Sang-hun", "정상훈", "witness", []),
            ("Yang Hyok", "양혁", "coworker", []),
        ],
        "note": "Qatar stadium site; Jong/Jung/Chung variants and Sang-hun/Sanghun/Sang Hun given-name forms; one-syllable given name Hyok; university and stadium named after rulers; Arab kunya names; 'young' and 'yang' traps.",
        "text": """My name is {{r:Jong Sang-hun}}. On my Qatari work permit it was {{r:JUNG SANGHUN}}, and the Filipino clerk in the camp office wrote {{r:Chung Sang Hun}} on my meal card, so I had three names in one country.

I arrived in {{u:Doha}} in 2013. The camp was in the industrial area, in a compound we shared with Nepalis and Bangladeshis. We worked first on roads around {{u:Education City}}, near the {{u:Hamad bin Khalifa University}} buildings, and later on a hotel near the {{u:Khalifa International Stadium}}. The work was contracted through a Qatari firm, {{u:Al Sadd Engineering W.L.L.}}, but our bosses were Korean.

I want to talk about {{r:Hyok}}. {{r:Yang Hyok}}. He was young — the youngest of us — and yang, you know, the sunny side; that was his character. {{r:Hyok}} was nineteen when we arrived. He had lied about his age to be chosen. {{r:Yang}} slept in the bunk under mine.

The Qatari supervisor for the contractor was a man everyone called {{p:Abu Nasser}}. His real name was {{p:Nasser al-Kuwari}}, I think; he was the father of {{p:Nasser}}, so {{p:Abu Nasser}}. He never shouted. His assistant, an Egyptian engineer, {{p:Tarek}}, did the shouting for him. {{p:Tarek}} called {{r:Hyok}} "little one" in Arabic.

Our Korean brigade leader was called {{p:Sin}}. Only {{p:Sin}}. He carried a small red notebook and wrote our names in it every evening. {{p:Sin}}'s deputy was a man named {{p:Kye Chol-nam}}. {{p:Chol-nam}} was not bad; he gave us extra water when {{p:Sin}} was not looking.

In July 2014, on a day of forty-seven degrees, {{r:Hyok}} collapsed on the road. {{p:Sin}} said to put him in the shade and keep working. {{p:Tarek}} called an ambulance anyway. {{r:Hyok}} was in {{u:Hamad General Hospital}} for four days. When he came back {{p:Sin}} made him write a confession for "causing trouble with foreigners".

{{r:Sang-hun}}, {{r:Sanghun}}, whatever — I was there. I wrote it too, because I had helped carry him. I think that was the day I decided. It took me two more years. In 2016 a Nepali friend, {{p:Bikash}}, lent me his phone and I called a number in {{u:Seoul}} that another worker, {{p:Ju Yong-chan}}, had memorized before he was sent home.

I left through {{u:Hamad International Airport}}. I do not know about {{r:Yang Hyok}}. I asked the {{u:National Intelligence Service}} people in {{u:Seoul}} about him, and about {{p:Kye Chol-nam}}, and they said nothing. If {{r:Hyok}} reads this: {{r:Sanghun}} is alive and he remembers the water you shared.""",
    },
    {
        "id": "h18-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pyo Kang-il", "표강일", "witness", []),
        ],
        "note": "Senegal monument project; Ban as coworker's surname vs 'ban' and the public Ban Ki-moon and the UN Secretary-General by title; Pyo; Senegalese private persons with Madame title; African Renaissance Monument and Abdoulaye Wade as public.",
        "text": """Interviewer's summary of a telephone interview. The witness, {{r:Pyo Kang-il}}, is a sculptor's assistant who worked in {{u:Dakar}}, {{u:Senegal}}, between 2008 and 2010 on the {{u:African Renaissance Monument}} for the {{u:Mansudae Overseas Project Group of Companies}}.

{{r:Pyo}} describes a team of about fifty North Koreans housed in a walled compound near {{u:Ouakam}}. He says the project was personally followed by President {{u:Abdoulaye Wade}}, who visited the site twice; the workers were made to line up in clean overalls each time.

The head of the team was a senior artist he calls Professor {{p:Choe}}. Professor {{p:Choe}} was "not cruel, only afraid". The political officer was a man named {{p:Ban}}. "{{p:Ban}} enforced every ban: no radio, no walking outside, no talking to Senegalese." The witness laughs when asked whether {{p:Ban}} was related to {{u:Ban Ki-moon}}: "We were told the {{u:UN Secretary-General}} was a South Korean puppet. {{p:Ban}} hated sharing his name."

The Senegalese foreman was {{p:Moussa Diop}}. {{p:Moussa}} spoke some Russian from studying in {{u:Kyiv}} and could talk to the Korean engineer, {{p:Chang Un-sik}}. Through {{p:Moussa}} and {{p:Chang}} the team learned a little about the country. The compound's cook was a Senegalese woman, Madame {{p:Ndiaye}}, whose daughter {{p:Fatou}} sometimes brought mangoes over the wall.

{{r:Pyo}} was assigned to the bronze finishing with two others, {{p:Moon Chang-gyu}} and a very quiet young man, {{p:Il}}. "{{p:Il}} was his given name; I think his surname was {{p:Song}}, but everyone said {{p:Il}}." Asked about the moon over the sea at {{u:Mamelles}} hill, the witness says that {{p:Moon}} used to stand on the scaffolding at night looking at it "as if his own name was calling him home".

In 2009 {{p:Moon Chang-gyu}} burned his arm badly on the casting line. The team doctor had no burn cream. {{p:Moussa Diop}} took him to the {{u:Hôpital Principal de Dakar}}, against {{p:Ban}}'s orders. For this {{p:Moussa}} was dismissed by the contractor, and {{p:Ban}} reported {{p:Moon}} and {{r:Pyo}} to the embassy.

The monument was unveiled in April 2010. The Koreans were not allowed to attend. {{r:Kang-il}} watched the fireworks from the compound roof with {{p:Il}}. He returned to {{u:Pyongyang}} later that year and left North Korea in 2014. He still keeps a photograph of Madame {{p:Ndiaye}} and {{p:Fatou}}, which he asked us not to publish.""",
    },
    {
        "id": "h18-en-09",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Hong Chol-min", "홍철민", "witness", []),
            ("Ri Tae-gwang", "리태광", "supervisor", ["Old Man"]),
            ("Sim Kyong-hui", "심경희", "relative", []),
            ("Kim Chol", "김철", "coworker", []),
        ],
        "note": "Long Moscow-region passage with four registered persons, most mentions far beyond the first paragraph; Chol-min/Chol Min/Cholmin; one-syllable given name Chol vs Chol-min; zero-width space and emoji near names; metro stations and squares named after people; Tajik and Russian private persons.",
        "text": """This is the third session with the witness. We continued from where the previous session stopped, in the autumn of 2016, when he had been moved from the construction site in {{u:Krasnogorsk}} to apartment renovations inside {{u:Moscow}}.

Renovation work was different. The men worked in teams of three or four inside people's flats, often unsupervised for days. The team leaders collected the money from the owners in cash and took it to the office, which was in a building near {{u:Pushkin Square}}. The witness says he first learned the names of metro stations from the addresses: {{u:Mayakovskaya}}, {{u:Chekhovskaya}}, {{u:Tverskaya}}. "I didn't know who {{u:Mayakovsky}} was. I thought it was a factory."

Asked about the people in his team. He says the team was four: himself, the leader, and two men named {{r:Chol}} and {{p:Chol-ung}}. Because of the similar names, they called the first one "Big {{r:Chol}}" and the other one "{{p:Ung}}". Big {{r:Chol}} is {{r:Kim Chol}}, a carpenter from {{u:Anju}}.

Q: And your own name, for the record?
A: {{r:Hong Chol-min}}. In Russia my migration card said {{r:Khon Chol Min}}. My wife writes it {{r:Cholmin}} without the line. It's all me.

The person responsible for all Moscow teams was {{r:Ri Tae-gwang}}. The men called him {{r:Old Man}}. {{r:Ri}} was about sixty and had been in Russia since Soviet times. He spoke good Russian. The witness says {{r:Old Man}} was "the only one who understood what the Russians were saying about us, so he controlled everything".

There were Russians the team dealt with every day. A flat owner in {{u:Khamovniki}}, {{p:Igor Valentinovich}}, hired them three times. He called the witness "{{p:Igoryok}}'s Koreans" jokingly, using his own nickname. His wife {{p:Marina}} gave them lunch. There was also a Tajik team on the same staircase, and their leader {{p:Farrukh}} became friendly with {{r:Kim Chol}}. {{p:Farrukh}} and Big {{r:Chol}} traded tools and cigarettes.

The witness's wife is {{r:Sim Kyong-hui}}. She stayed in {{u:Hamhung}} with their son. He says {{r:Kyong-hui}} received one payment in three years, through {{r:Ri}}'s office, about a tenth of what he had been promised. In 2017 a message reached him through {{p:Farrukh}}'s phone: a photo of his son, sent by {{r:Kyong-hui}}'s cousin in {{u:China}}, with the caption "{{r:Kyong\u200bhui}} 😢 says come home". The interviewer has a screenshot; the name in it contains an invisible character, which we reproduce.

In early 2018 {{r:Old Man}} announced that the team would be sent to a logging site in the {{u:Tyumen Oblast}}. {{p:Ung}} refused and was beaten by two men from the office, {{p:Sok}} and {{p:Nam}}. The witness says {{p:Sok}} was the one who hit; {{p:Nam}} only held him.

That week the witness went to a church on {{u:Lenin Avenue}} where a Korean-Russian pastor, {{p:Viktor Tsoi}} — "not the singer", he says — helped him contact a lawyer. He spent four months in hiding at the flat of {{p:Marina}}'s sister, {{p:Svetlana}}, near {{u:Novye Cheryomushki}} station.

He left Russia from {{u:Sheremetyevo}} in August 2018 with a UN travel document. He has not been in contact with {{r:Kim Chol}}. He says he would like {{r:Ri Tae-gwang}} to be asked one question: where did the money go? He says {{r:Kyong-hui}} is still in {{u:Hamhung}} and he calls her once a year through a broker, Mrs {{p:Yang}}, who lives in {{u:Yanji}}.""",
    },
    {
        "id": "h18-ko-06",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Sin Kum-ryong", "신금룡", "witness", []),
            ("Kang Tong-il", "강동일", "supervisor", []),
        ],
        "note": "Sakhalin construction in Korean; local Sakhalin Koreans with Korean names are unregistered private persons; 신 and 강 as surnames vs 신발/강; Chekhov town and street as public; particles 과/와/의/에게/로/만/이랑; 강 소장 and 동일 as ordinary word 동일.",
        "text": """저는 {{r:신금룡}}입니다. 2014년부터 2017년까지 {{u:사할린}} {{u:유즈노사할린스크}}에서 건설 일을 했습니다. 러시아 회사 이름은 {{u:OOO Sakhalin-Stroi}}였고, 우리 쪽 회사는 {{u:조선대외건설총회사}}였어요.

현장 소장은 {{r:강동일}}이었습니다. {{r:강}} 소장은 키가 작고 목소리가 컸어요. {{r:강동일}}과 우리 작업반의 관계는 처음부터 나빴습니다. 우리가 받은 월급은 러시아 회사가 주는 돈과 동일한 액수가 아니었어요. 거의 절반을 {{r:강}} 소장이 가져갔습니다. 이 문제를 {{r:동일}}이 형, 아니 {{r:강}} 소장에게 물어본 사람은 다음 달에 귀국했어요.

{{u:사할린}}에는 옛날부터 살던 조선 사람들이 많았습니다. 그 사람들을 우리는 "사할린 동포"라고 불렀어요. 우리가 일하던 아파트의 주인 중 한 분이 {{p:박순자}} 할머니였는데, 러시아 이름은 {{p:소피야}}였습니다. {{p:순자}} 할머니는 우리에게 떡과 김치를 주셨어요. 할머니의 아들 {{p:니콜라이 박}}은 택시 기사였고, 다들 {{p:콜랴}}라고 불렀습니다. {{p:콜랴}}가 없었으면 저는 여기까지 못 왔을 거예요.

같은 작업반에는 {{p:길용}}이, {{p:탁}} 씨, 그리고 {{u:회령}}에서 온 {{p:주명식}}이 있었습니다. {{p:길용}}이는 신발이 다 떨어져서 겨울에도 여름 신을 신고 일했어요. 신을 사 달라고 하자 {{r:강}} 소장은 "{{p:길용}}이 너만 춥냐"고 했습니다. 결국 {{p:순자}} 할머니가 돌아가신 남편의 장화를 {{p:길용}}에게 주었어요.

{{p:탁}} 씨는 나이가 쉰이 넘었고, 우리 중에 제일 말이 없었습니다. {{p:주명식}}은 반대로 말이 많아서 {{r:강동일}}한테 자주 맞았어요. {{p:명식}}이는 {{u:김일성종합대학}}에 다니다가 그만둔 사람이라 러시아 책도 읽었습니다. {{p:명식}}이랑 저는 밤마다 {{u:체호프}}라는 러시아 작가 이야기를 했어요. 사할린에는 {{u:체호프}}라는 이름이 붙은 거리와 마을도 있고, 박물관도 있었습니다. {{u:체호프 거리}}에 있는 박물관에 한 번 가 보고 싶었지만 허락이 나지 않았어요.

현장의 러시아 쪽 감독은 {{p:드미트리 알렉세예비치}}였는데, 우리는 짧게 {{p:디마}} 감독이라고 불렀어요. {{p:디마}}는 {{r:강}} 소장과 매주 금요일마다 사무실에서 돈을 세었습니다. 그 사무실 창문으로 {{r:금룡}}이, 그러니까 제가 몰래 들여다본 적이 있는데, 러시아 돈 뭉치가 책상에 가득했어요. {{p:디마}}의 아내 {{p:옥사나}}는 현장 식당에서 빵을 팔았고, 우리한테는 늘 반값만 받았습니다.

2016년 봄에 보위부에서 {{p:류}} 동무가 왔습니다. {{p:류}} 동무는 {{r:강}} 소장과 함께 우리 짐을 다 뒤졌어요. {{p:명식}}이의 러시아 책을 찾아내서 태워 버렸습니다. 그 일 뒤로 {{p:명식}}이는 말을 하지 않게 되었어요. 강을 건너 도망치는 꿈을 꿨다고 저한테만 말했습니다.

2017년 가을, 우리 작업반은 귀국 명령을 받았습니다. 떠나기 사흘 전에 {{p:콜랴}}가 택시로 저를 {{u:코르사코프}} 항구 쪽으로 데려다 주었어요. 거기서 {{p:순자}} 할머니의 조카 {{p:이영호}} 씨를 만났고, 그분 도움으로 {{u:블라디보스토크}}의 한국 영사관까지 갈 수 있었습니다.

{{p:길용}}이와 {{p:탁}} 씨, {{p:명식}}이는 모두 돌아갔다고 들었습니다. {{r:신금룡}}이라는 이름이 공개되면 고향 가족이 위험하니 꼭 지워 달라고 부탁드립니다. {{r:강}} 소장 이름은 지우지 않아도 된다고 말하고 싶지만, 그것도 규칙대로 해 주세요. {{p:순자}} 할머니와 {{p:콜랴}}에게는 언젠가 직접 고맙다고 말하고 싶습니다.""",
    },
    {
        "id": "h18-mixed-04",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Paek Hyon-ju", "백현주", "witness", []),
            ("Ju Song-hui", "주성희", "coworker", []),
        ],
        "note": "Dandong garment factory; quoted WeChat messages with emoji, fullwidth name and nicknames; Chinese names in hanzi, pinyin and hangul; Ju surname vs 주 (week/main) and 'Ju' in Juche; Paek/Baek/Baik variants.",
        "text": """Transcript excerpts, interview with {{r:Paek Hyon-ju}} ({{r:백현주}}; passport spelling {{r:BAEK HYUN JU}}). Garment factory, {{u:Dandong}} economic zone, 2017–2020.

Q: 공장에 대해 말해 주세요.
A: 회사 이름은 {{u:Dandong Huaxing Garments Co.}}였고, 중국 사장은 {{p:孙立新}}이라는 사람이었어요. 우리는 {{p:쑨}} 사장이라고 했고, 중국 직원들은 {{p:Sun Lixin}}, 아니면 그냥 {{p:Sun}} 총이라고 불렀죠. 일은 주 7일, 하루 열다섯 시간이었어요. 주 단위로 계획이 나왔습니다.

Q: Who were you closest to?
A: {{r:주성희}}요. {{r:성희}}는 저보다 두 살 어렸어요. 주체 사상 학습 시간에 {{r:주}} 동무라고 부르면 다들 "{{u:주체}}"의 주냐고 놀렸어요. {{r:Ju Song-hui}} — she asked me to say her name here, because she is safe now.

The interviewer notes that {{r:Song-hui}}, whom the witness also calls "{{r:성희}}이", was interviewed separately (file 18-11) and confirmed she is in {{u:Seoul}}.

Q: 관리자는 누구였나요?
A: 우리 쪽 책임자는 {{p:봉}} 지도원이었어요. {{p:봉철만}}. 중국 사람들은 {{p:Feng}}이라고 했어요. {{p:봉}} 지도원이 매일 아침 사상 교육을 했고, 중국 관리자인 {{p:刘}} 주임과 같이 생산량을 체크했습니다. {{p:류}} 주임, {{p:Liu Yan}}은 여자였는데 우리 편이 아니었어요.

In 2019 the women were briefly allowed to use one shared phone with WeChat. The witness kept screenshots. One message from {{r:Song-hui}} reads: "{{r:현주}}야 🥺 {{p:봉}} 지도원 왔어 숨겨". Another, from a Chinese co-worker, {{p:Xiaomei}} ({{p:小梅}}), is signed with her WeChat name written in fullwidth letters, "{{p:Ｘｉａｏｍｅｉ}} 🌸". {{p:小梅}}는 우리를 제일 많이 도와준 중국 친구였어요.

Q: What happened in 2020?
A: 코로나 때문에 국경이 닫혀서 귀국을 못 했어요. {{p:봉철만}}은 우리한테 월급이 "조국에 다 보내졌다"고 했어요. 그런데 {{p:Xiaomei}}가 그러는데, {{p:孙}} 사장이 돈을 {{p:봉}} 지도원 개인 계좌로 보냈대요. {{r:성희}}랑 저는 그해 12월에 같이 나왔습니다. {{p:샤오메이}}의 사촌 오빠, 택시를 하는 {{p:Zhao Peng}}이 {{u:Shenyang}}까지 데려다줬어요.

The witness asked us to add: "{{p:Feng}}, {{p:봉}}, {{p:Bong}} — whatever name he uses now, he should answer for the money." She also asked that the name of a woman who stayed behind, {{p:Tak Un-sil}} ({{p:탁은실}}), be protected: "{{p:은실}}이 언니는 아직 거기 있어요.\"""",
    },
    {
        "id": "h18-ko-07",
        "language": "ko",
        "eol": "mixed",
        "persons": [],
        "note": "Hunchun seafood plant, no registered persons; 큰 김/작은 김 unregistered; 김 (laver), 한 (one), 이 (this), 나 as ordinary words; given names alone with -이; Korean-Chinese and Han Chinese names; Yanbian University and Tumen River as public.",
        "text": """면담 요약. 증언자는 익명을 원했다. 2018년부터 2020년까지 {{u:중국}} {{u:지린성}} {{u:훈춘}}의 수산물 가공 공장에서 일한 여성이다.

우리 공장에는 김씨 성을 가진 여자가 둘 있었어요. 한 명은 나이가 많아서 큰 {{p:김}}, 다른 한 명은 작은 {{p:김}}이라고 불렀어요. 큰 {{p:김}}은 {{p:김영애}}, 작은 {{p:김}}은 {{p:김순정}}이었는데, 이름보다 그렇게 부르는 게 편했어요. 큰 {{p:김}}이 우리 조장이었고, 작은 {{p:김}}이랑 저는 같은 작업대에서 게를 깠습니다.

공장에서는 김도 가공했어요. 김을 굽고 자르고 포장하는 일이었는데, 한 번에 수천 장씩 했어요. 한 달에 한 번 쉬는 날이 있었는데 그날도 한나절은 학습을 했습니다. 이 공장의 중국 이름은 {{u:훈춘해룡식품유한회사}}였어요.

관리 책임자는 {{p:나}} 부장이라는 남자였어요. {{p:나}} 부장은 우리에게 "나를 아버지라고 생각하라"고 했는데, 나는 한 번도 그렇게 생각한 적이 없습니다. {{p:나영호}}, 그게 그 사람 이름이었어요. {{p:나영호}}는 술을 마시면 {{p:순정}}이를 불러내서 노래를 시켰습니다.

중국 쪽 공장장은 {{p:한국진}}이라는 조선족이었어요. 중국 이름으로는 {{p:韩国进}}, 발음은 {{p:Han Guojin}}. 이름에 "한국"이 들어가서 우리끼리는 속으로 웃었지요. {{p:한}} 공장장은 {{u:연변대학교}}를 나온 사람이라 조선말을 잘했고, {{p:나}} 부장과는 사이가 나빴습니다. {{p:한}} 공장장의 부인 {{p:최춘매}} 씨가 가끔 공장에 와서 우리 손에 바르는 약을 나누어 주었어요.

2019년 여름에 {{p:순정}}이가 냉동 창고에서 쓰러졌어요. 문이 밖에서 잠겨 있었는데, 그걸 연 사람이 중국 경비원 老{{p:赵}}, 우리가 {{p:자오}} 아저씨라고 부르던 분이었습니다. {{p:자오}} 아저씨도 {{p:순정}}이를 업고 뛰었어요. {{p:나}} 부장만 화를 냈습니다. "왜 중국 사람이 우리 일에 끼어드냐"고요.

공장 숙소는 방 하나에 열 명씩 잤어요. 제 옆자리는 {{u:청진}}에서 온 {{p:옥}}이였는데, 본명은 {{p:박옥희}}였어요. {{p:옥}}이는 겨우 열아홉이었고, 밤마다 엄마 이야기를 했어요. 그 옆은 {{p:려}} 씨 아주머니, {{p:려명숙}}이었어요. {{p:려}} 씨는 한 번도 웃지 않았는데, 나중에 알고 보니 남편이 교화소에 있다고 했어요. 이 사람들 이야기는 밖에서 한 번도 한 적이 없어요.

중국 직원 중에는 {{p:왕리}}라는 아가씨가 있었어요. {{p:王丽}}, 우리보다 어렸는데 휴대폰으로 한국 노래를 몰래 들려주었어요. {{p:왕리}}가 들려준 노래 가운데 {{u:아이유}}의 노래가 있었는데, {{p:옥}}이는 그 가수 이름을 처음 듣고 "아이 유?" 하면서 한참 웃었어요. 그게 {{p:나}} 부장한테 걸려서 {{p:왕리}}는 다른 작업장으로 옮겨졌어요.

그 일이 있고 나서 큰 {{p:김}}이 {{p:나}} 부장에게 대들었어요. {{p:영애}} 언니가 "우리도 사람입니다"라고 말한 날을 잊을 수가 없어요. 다음 주에 {{p:영애}} 언니는 귀국했습니다. 작은 {{p:김}}은 그 뒤로 말이 없어졌고요.

2020년 코로나로 국경이 닫혔을 때, 우리는 {{u:두만강}} 건너편을 매일 보면서도 집에 갈 수 없었어요. 저는 그해 겨울 {{p:최춘매}} 씨의 도움을 받아 공장을 나왔습니다. {{p:순정}}이에게 같이 가자고 했는데, 엄마가 {{u:회령}}에 계셔서 못 간다고 했어요.

저는 제 이름을 밝히지 않겠습니다. 하지만 {{p:나영호}}라는 이름은 기록에 남겨 주세요. 그리고 큰 {{p:김}}, 작은 {{p:김}}, {{p:자오}} 아저씨 — 이 사람들이 모두 무사하기를 바랍니다.""",
    },
    {
        "id": "h18-ko-08",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("U Yong-nam", "우영남", "witness", []),
            ("Kwak Sang-jun", "곽상준", "supervisor", []),
            ("Chol", "철", "coworker", []),
            ("U Yong-gil", "우영길", "relative", []),
        ],
        "note": "Russian crab boat in Korean; one-syllable surname 우 vs 우리/우는; one-syllable given name 철 with 철이/철이가 and 철 (season/iron) as words; brothers sharing a surname; Russian captain with patronymic and diminutive; ship named after a person.",
        "text": """저는 {{r:우영남}}입니다. 2015년부터 2018년까지 러시아 게잡이 배를 탔습니다. 배 이름은 {{u:카피탄 마카로프호}}였고, {{u:나홋카}} 항구에서 출항했어요. 우리 쪽 회사는 {{u:조선수산협력회사}}라고 했습니다.

배에는 우리 조선 사람이 열두 명, 러시아 사람이 여덟 명 있었어요. 선장은 {{p:미하일 이바노비치}}였는데, 러시아 선원들은 {{p:미샤}}, 나이 든 갑판장은 {{p:미시카}}라고 불렀어요. {{p:미하일 이바노비치}}는 우리를 차별하지 않았습니다.

우리를 책임진 사람은 정치지도원 {{r:곽상준}}이었어요. {{r:곽}} 지도원은 배멀미를 심하게 해서 선실에만 있었는데, 그래도 매일 저녁 총화를 했습니다. 우리가 잡은 게의 양을 세는 것도 {{r:곽상준}}의 일이었어요.

제 형 {{r:우영길}}도 같은 배를 탔습니다. 우리 형제는 {{u:함경북도}} {{u:김책}} 출신이에요. 러시아 사람들은 우리 둘을 "{{r:우}} 1", "{{r:우}} 2"라고 불렀어요. 형이 {{r:우}} 1이었지요. 우리는 배에서도 우리끼리 고향 말을 했습니다. {{r:영길}}이 형은 밤마다 우는 소리를 안 내려고 이불을 물고 잤어요.

제일 친했던 사람은 {{r:철}}이었어요. 성은 끝내 몰랐습니다. 모두 {{r:철}}이라고만 했어요. {{r:철}}이는 철이 없다는 말을 자주 들을 만큼 장난이 심했지만, 철판을 다루는 일은 제일 잘했어요. {{r:철}}이가 게 통발에 손이 끼었을 때 {{p:미샤}} 선장이 직접 칼로 줄을 끊어 주었습니다.

배의 요리사는 {{u:사할린}} 출신 고려인 {{p:게나디 한}}이었어요. 다들 {{p:한}} 씨 아니면 {{p:게나}}라고 불렀습니다. {{p:한}} 씨는 조선말을 한 마디도 못 했지만, 할머니한테 배웠다는 된장국을 끓여 주었어요. 그 국 한 그릇이 그 배에서 제일 따뜻한 것이었습니다. {{r:곽}} 지도원은 {{p:게나}}가 우리 쪽에 너무 가깝다고 싫어했어요.

갑판장은 {{p:바실리 스테파노비치}}라는 나이 든 사람이었는데, 러시아 선원들은 {{p:스테파니치}}라고 줄여 불렀어요. {{p:스테파니치}}는 술에 취하면 우리한테 소련 시절에 {{u:원산}} 항구에 갔던 이야기를 했습니다. 형은 그 이야기를 좋아했어요. {{r:영길}}이 형은 원산에서 군 복무를 했거든요.

한겨울 {{u:오호츠크해}}는 지옥이었어요. 얼음이 갑판에 붙으면 망치로 깨야 했는데, 2016년 1월에 {{r:철}}이랑 저랑 얼음을 깨다가 {{r:철}}이가 바다에 빠졌습니다. 러시아 선원 {{p:세료자}}가 구명줄을 던져서 살렸어요. {{p:세르게이}}, 그러니까 {{p:세료자}}는 그 뒤로 {{r:철}}이를 "동생"이라고 불렀어요.

{{r:곽}} 지도원은 그 사고를 보고하지 않았습니다. 보고하면 자기가 책임을 져야 하니까요. 대신 {{r:철}}이에게 "조심성이 없다"며 자아비판을 시켰어요. {{r:영길}}이 형이 그때 {{r:곽상준}}한테 대들었다가 석 달 동안 선창 청소만 했습니다.

2018년 가을, 배가 {{u:부산}} 근처 공해에서 한국 배와 물건을 교환할 때가 있었어요. 그때 저는 한국 선원 {{p:문}} 씨에게 쪽지를 건넸고, {{p:문}} 씨가 해경에 연락해 주었습니다. 형은 같이 가지 않겠다고 했어요. {{r:영길}}이 형에게는 아내와 딸이 있었거든요. 형수 {{p:정옥}}이와 조카 {{p:은별}}이를 두고 갈 수 없다고 했습니다.

지금도 {{r:우영길}}이 어디 있는지 모릅니다. {{r:철}}이도, {{p:미샤}} 선장도요. {{r:곽}} 지도원은 제가 떠난 뒤 문책을 받았다고 들었습니다. 문책이라고 해 봐야 얼마나 받았을지는 모르겠습니다만, {{r:곽상준}}이 다시는 배를 타지 않았으면 좋겠어요.""",
    },
    {
        "id": "h18-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("An Kum-hui", "안금희", "witness", []),
            ("Ha Sol-mi", "하솔미", "coworker", []),
            ("An Chang-sop", "안창섭", "relative", []),
        ],
        "note": "Donggang seafood plant; witness and her father share the surname An next to 'an'/'An' articles; Ha as name vs 'Ha!'; given names with and without hyphen; Chinese foreman in pinyin and hanzi; names concentrated in later paragraphs.",
        "text": """An interview in two parts, recorded in {{u:Busan}} in 2023. An interpreter was not needed. The witness is a woman of thirty-one who worked in {{u:Donggang}}, {{u:Liaoning}}, from 2017 to 2021.

"An ordinary day started at five. We peeled shrimp, then squid, then whatever came. The building was an old cold store by the harbour; the company sign said {{u:Donggang Xinhai Aquatic Products}}. We were an all-women team of ninety from {{u:Pyongyang}} and {{u:Nampho}}."

Asked her name for the record, she gave it as {{r:An Kum-hui}}, and then explained that her father is {{r:An Chang-sop}}, a retired engineer of the {{u:Ministry of Railways}}. "My father, {{r:An}}, taught me never to cry in front of a boss. So I didn't."

The Chinese foreman was {{p:Gao Wenbin}} ({{p:高文斌}}). The women called him {{p:Gao}} or "Boss {{p:Gao}}". Mr {{p:Gao}} was strict but he did not hit. The Korean side was run by a woman she names only as {{p:Hyon}}. "{{p:Hyon}} was the one who hit."

Her best friend was {{r:Ha Sol-mi}}. "{{r:Solmi}} laughed at everything. Ha! she would say, like that, when the shrimp jumped off the table. Ha! And then {{p:Hyon}} would come and {{r:Ha}} would be silent for an hour." {{r:Sol-mi}} is from {{u:Wonsan}}; her mother, {{p:Ri Pok-sun}}, was a teacher.

In 2020 the border closed. The women were not paid for eight months. {{p:Hyon}} said the money was held by the {{u:Central Committee}}. Boss {{p:Gao}} told {{r:Kum-hui}} quietly that the Chinese company had paid every month, to an account in the name of a Korean man named {{p:Jon Ki-ho}}, whom nobody had ever seen. "{{p:Jon}} — maybe he was a real person, maybe a name on paper."

A Chinese cleaner, Auntie {{p:Mei}}, smuggled in a phone card. Through it {{r:An Kum-hui}} reached a missionary, Pastor {{p:Kim}}, in {{u:Dandong}}. In March 2021 {{r:Kum-hui}} and {{r:Ha Sol-mi}} left the dormitory at night during a power cut.

Her father does not know she is in the South. "If you meet someone who knows {{r:An Chang-sop}} in {{u:Sinuiju}}, please, tell nobody.\"""",
    },
    {
        "id": "h18-en-11",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Choe Ung-bom", "최응범", "witness", []),
        ],
        "note": "Polish greenhouses; Polish private persons with Pan/Pani titles and diminutives (Zbyszek, Kasia); university and airport named after public figures; John Paul II and God as capitalised non-names; Korean coworkers So and Bang beside 'so' and 'bang'.",
        "text": """Statement of {{r:Choe Ung-bom}}, recorded in {{u:Warsaw}}, 2021.

I came to {{u:Poland}} in 2014 with twenty men. We were told it would be shipbuilding; it was tomatoes. The greenhouses were near {{u:Kutno}}, owned by a company called {{u:Agro-Plon Sp. z o.o.}}, and we lived in two containers behind the boiler house.

The owner was Pan {{p:Zbigniew Wrona}}. The Polish workers called him {{p:Zbyszek}} when he was not there and Pan {{p:Wrona}} when he was. His daughter, {{p:Katarzyna}} — {{p:Kasia}} — did the office work and paid the money, in euros, to our leader. She believed, I think, that the money came to us. It did not.

Our leader was a man called {{p:So}}. Not "so" like "so what" — {{p:So}} is a surname in Korea. {{p:So Chang-hun}}. So, {{p:So}} took the money from {{p:Kasia}} every month, counted it, put it in a bag. He sent it through someone at the embassy. I remember a name, {{p:Ri Hyon-nam}}, but I never met him.

In my container there was a young man named {{p:Bang}}, {{p:Bang Song-jin}}, who was afraid of the boiler. One night in 2015 there was a bang — the boiler valve — and {{p:Bang}} ran outside in his underwear into the snow. Everybody laughed, even {{p:So}}. Then {{p:Song-jin}} cried, and nobody laughed.

On Sundays Pani {{p:Halina}}, the neighbour, an old woman, brought us soup. She showed us a picture of {{u:John Paul II}} on her wall and said, "God sees you." I did not understand God then. I understood soup.

In 2016 a Polish labour inspector came, a young woman, {{p:Agnieszka}}. She had studied Asian languages at {{u:Adam Mickiewicz University}} in {{u:Poznań}} and knew a few Korean words. {{p:So}} told us to say we were volunteers. I said it. I am ashamed.

After she left, {{p:Kasia}} gave me a phone number on a piece of paper. I kept it in my shoe for a year. In 2017, at {{u:Warsaw Chopin Airport}}, before the flight home, I went to the toilet and did not come back. The number was a lawyer, Mr {{p:Marek Nowicki}}.

{{r:Ung-bom}} — that is what my mother calls me — is the only one from that group who stayed. I heard {{p:Bang Song-jin}} went home sick, and {{p:So Chang-hun}} was promoted. Pan {{p:Zbyszek}} sold the greenhouses in 2019. I sent {{p:Kasia}} a postcard from {{u:Seoul}}. She answered.""",
    },
    {
        "id": "h18-en-12",
        "language": "en",
        "eol": "mixed",
        "persons": [],
        "note": "Yakutia road camp, interviewer notes, no registered persons; fullwidth and soft-hyphen names copied from a document; Russian patronymic-only and surname-only references; Lenin Street, Lena River and a ship as public; Yakut private persons.",
        "text": """Field notes, interview 14. The witness gave no name and asked us to use none for him. He worked in the {{u:Sakha Republic}} ({{u:Yakutia}}) on road building in 2009–2012, based at a camp outside {{u:Aldan}}.

He brought a photocopy of the camp roster he had kept. The interviewer copied the names as printed. The Korean names on it are printed in a wide typeface, for example "{{p:Ｒｉ Ｍｙｏｎｇ－ｓｕ}}" and "{{p:Ｃｈａ Ｋｙｏｎｇ}}", and one name is broken across a line with a soft hyphen: "{{p:Kye Hak\u00adchol}}". The witness identified these three as members of his team.

{{p:Myong-su}} was the team leader. "{{p:Ri}} was a soldier before. He made us march to the site." {{p:Cha}} was the cook; the witness calls him "Uncle {{p:Cha}}". {{p:Hak-chol}} was his friend: "{{p:Hakchol}} and I were from the same county. We talked about home every night."

The Russian company was {{u:Aldan-Dorstroy}}, and the site boss was known to them only by his patronymic, {{p:Petrovich}}. "Everyone said {{p:Petrovich}}. I thought it was his name." His deputy, {{p:Smirnov}}, drove a grey truck and sold the Koreans tea and tobacco at double price.

Supplies came down the {{u:Lena River}} on a barge, the {{u:Kapitan Gotsky}}. The barge crew included a Yakut man, {{p:Nyurgun}}, who spoke a little Korean that he had learned from earlier Korean workers. {{p:Nyurgun}}'s wife, {{p:Sardana}}, ran a shop on {{u:Lenin Street}} in {{u:Aldan}}. The witness says that in the whole town the street with shops was {{u:Lenin Street}}, "just like at home, there is always a {{u:Lenin}} or a {{u:Kim}} street".

Asked to clarify: in his hometown the main road is {{u:Kim Il Sung Street}}. He laughs.

In the winter of 2011 {{p:Hak-chol}} got frostbite in both feet. {{p:Petrovich}} drove him to the hospital in {{u:Aldan}} himself. {{p:Ri Myong-su}} was angry, because hospital visits were reported to the {{u:Ministry of State Security}} office in {{u:Khabarovsk}}. {{p:Hakchol}} lost three toes.

The witness returned to {{u:North Korea}} in 2012 and crossed into {{u:China}} in 2016. He asked whether we could find {{p:Nyurgun}}: "He gave me fish when I was hungry. Tell {{p:Nyurgun}} the Korean with the broken tooth is alive.\"""",
    },
    {
        "id": "h18-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yun Kwang-hyok", "윤광혁", "witness", []),
            ("Son Il-bong", "손일봉", "supervisor", []),
        ],
        "note": "Kuwait site in Korean; particles 는/가/를/에게/한테/로/으로/도/만/과/의; 손 (hand) and 일 (work) near 손일봉; 손 지배인; Arab and Indian names in hangul; Kuwait Towers and Jaber Al-Ahmad bridge as public names with a ruler's name.",
        "text": """증언 녹취록 일부. 증언자 {{r:윤광혁}}은 2013년부터 2017년까지 {{u:쿠웨이트}}의 건설 현장에서 일했다.

저는 {{u:쿠웨이트}}에 2013년 여름에 도착했습니다. 처음 본 것이 {{u:쿠웨이트 타워}}였는데, 그게 물탱크라는 말을 듣고 놀랐어요. 우리 숙소는 {{u:자흐라}} 쪽 사막 가장자리에 있었고, 일은 {{u:셰이크 자베르 알아흐마드 알사바 코즈웨이}} 공사장 근처의 자재 창고에서 했습니다.

우리 지배인은 {{r:손일봉}}이었어요. {{r:손}} 지배인은 손이 아주 컸습니다. 그 손으로 사람을 때리면 하루 종일 귀가 울렸어요. 일이 끝나도 {{r:손일봉}}은 우리를 재우지 않고 총화를 했습니다. "일, 일, 일"만 말하는 사람이라 우리끼리는 "{{r:일봉}}이 아니라 일벌"이라고 했지요.

현장의 쿠웨이트 쪽 감독은 {{p:살렘}} 씨였어요. {{p:살렘 알라시디}}. {{p:살렘}} 씨는 우리한테 친절했지만 {{r:손}} 지배인하고만 이야기했습니다. 창고 관리인은 인도 케랄라에서 온 {{p:토마스}} 아저씨였는데, {{p:토마스}}가 우리한테 영어를 조금 가르쳐 주었어요. "Hand"가 손이라는 것을 {{p:토마스}}한테서 배웠을 때 다들 웃었어요. {{r:손}} 지배인이 손이라니까요.

같은 방에는 {{p:함}} 씨와 {{p:명}} 씨가 있었습니다. {{p:함}} 씨는 {{p:함영철}}, {{p:명}} 씨는 {{p:명진호}}. 명절이면 {{p:명}} 씨가 고향 노래를 불렀어요. {{p:영철}}이 형은 그 노래를 들으면 늘 돌아누웠습니다.

2015년에 {{p:진호}}가 크레인 사고로 다리를 다쳤어요. {{r:손}} 지배인은 병원에 가는 것을 막았고, 결국 {{p:살렘}} 씨가 {{p:진호}}를 자기 차로 {{u:아단 병원}}에 데려갔습니다. {{p:살렘}} 씨 덕분에 {{p:진호}}는 다리를 잃지 않았어요. 그 일로 {{r:손일봉}}은 {{p:살렘}} 씨와 크게 다퉜고, 우리에게는 "외국인과 말하면 귀국"이라고 했습니다.

보위원은 {{p:남}} 동무였어요. {{p:남}} 동무는 남의 편지를 다 뜯어 보는 사람이었지요. 제 아내 {{p:변순희}}가 보낸 편지도 {{p:남}} 동무가 먼저 읽었습니다. {{p:순희}}는 편지에 "아이들은 잘 있다"고만 썼어요. 사실은 그렇지 않다는 것을 저는 알았습니다.

현장 밥은 {{u:평안남도}}에서 온 취사원 {{p:육}} 씨가 했어요. {{p:육}} 씨는 고기 육 자를 쓰는 성이라서 "고기도 없는데 {{p:육}} 씨"라고 놀림을 받았지요. {{p:육}} 씨 본명은 {{p:육덕환}}이었는데, 손이 빠르고 마음이 따뜻했어요. {{p:덕환}}이 아저씨가 몰래 남겨 둔 누룽지로 {{p:진호}}가 병원에서 돌아온 뒤에 몸을 추슬렀습니다.

금요일이면 쿠웨이트 사람들은 쉬었지만 우리는 쉬지 않았습니다. 그날은 이집트 사람 운전기사 {{p:아흐메드}}가 물차를 끌고 왔어요. {{p:아흐메드}}는 {{r:손}} 지배인 몰래 우리에게 담배를 한 갑씩 주고 갔습니다. {{r:윤광혁}}이라고 제 이름을 정확히 부른 외국 사람은 {{p:아흐메드}}뿐이었어요. 다른 사람들은 그냥 "코리"라고 했거든요. {{p:아흐메드}}한테는 딸이 셋 있었는데, 큰딸 {{p:누르}}의 사진을 늘 지갑에 넣고 다녔어요.

2017년 쿠웨이트 정부가 북한 노동자 비자를 더 이상 연장하지 않기로 했을 때, 우리는 모두 귀국해야 했습니다. 저는 공항으로 가는 버스에서 {{p:토마스}} 아저씨가 알려 준 번호로 전화를 했고, {{u:주쿠웨이트 대한민국 대사관}}에 들어갔어요.

{{r:광혁}}이라는 제 이름은 아버지가 지어 주셨습니다. 빛 광 자에 빛날 혁 자. 그 이름이 이 기록에서는 지워진다고 들었어요. 괜찮습니다. {{p:함영철}} 형과 {{p:명진호}}가 무사하다면요.""",
    },
    {
        "id": "h18-mixed-05",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Tak Yong-chan", "탁영찬", "witness", []),
            ("Hwang Pyong-so", "황병서", "supervisor", []),
        ],
        "note": "Russian logging in Korean with Cyrillic names; supervisor shares a name with a public DPRK official (Hwang Pyong So) but is a private person; diminutives in Cyrillic and hangul; Lenin and Kim Jong Il as public.",
        "text": """Interview summary (English) with quotations (Korean). Witness {{r:Tak Yong-chan}} ({{r:탁영찬}}), logging camp near {{u:Tyrma}}, {{u:Khabarovsk Krai}}, 2010–2015.

{{r:탁영찬}} 씨는 자기 작업반장의 이름이 {{r:황병서}}였다고 말했다. "군 총정치국장이었던 {{u:황병서}}와 이름이 똑같아서 다들 무서워했어요. 그런데 우리 {{r:황}} 반장은 그 사람과 아무 관계도 없는 평범한 사람이었어요." The interviewer confirmed: the camp foreman {{r:Hwang Pyong-so}} is a private individual, not the former {{u:KPA General Political Bureau}} director {{u:Hwang Pyong So}}.

The Russian side: the camp's buyer was {{p:Василий Кузьмич}} ({{p:바실리 쿠지미치}}). The Koreans called him {{p:Вася}} or {{p:바샤}}. "{{p:바샤}}는 술만 마시면 {{u:레닌}} 동상 앞에서 노래를 불렀어요." His wife {{p:Нина}} ({{p:니나}}) sold bread in the settlement shop.

About his team: "{{p:림}} 씨, {{p:하}} 씨, 그리고 막내 {{p:준}}이가 있었어요." {{p:Rim}}, {{p:Ha}} and the youngest, {{p:Jun}}. {{p:준}}이는 열여덟이었다. {{p:하}} 씨는 하루에 나무를 제일 많이 베었고, {{p:림}} 씨는 숲에서 길을 제일 잘 찾았다.

In 2012, on the birthday of {{u:Kim Jong Il}}, the team was ordered to cut a double quota. {{p:Jun}} was injured by a falling larch. {{r:Hwang}} carried him to the road himself. "{{r:황}} 반장이 {{p:준}}이를 업고 십 리를 걸었어요. 그 사람을 미워할 수가 없었어요." {{p:Вася}} drove {{p:Jun}} to the hospital in {{u:Chegdomyn}}.

A later quarrel: the money. "{{r:황병서}} 반장은 돈 문제로는 우리 편이 아니었어요." The witness believes {{r:Hwang}} shared the team's wages with an official from the {{u:Forestry Ministry}} representation, a man he remembers only as "{{p:Paek}}" ({{p:백}} 대표).

The camp cook was a Korean woman, {{p:Mo Ok-rye}}, "{{p:모}} 아주머니". {{p:모옥례}} 아주머니는 {{p:준}}이가 병원에서 돌아오자 닭을 한 마리 구해다 삶아 주었다. The witness says {{p:Mo}} got the chicken from {{p:Нина}}, paying with her own cigarettes. {{r:Hwang}} pretended not to see.

{{r:Yong-chan}} escaped in 2015 with help from {{p:Нина}}'s nephew, {{p:Костя}} ({{p:Konstantin}}), who drove him to {{u:Khabarovsk}}. "{{p:코스탸}}한테는 아직도 빚이 있어요."

The witness asked twice that we be careful: "신문에 {{r:황병서}}라고 나오면 사람들은 그 장군을 생각할 거예요. 하지만 제가 말하는 건 우리 반장이에요.\"""",
    },
    {
        "id": "h18-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [],
        "note": "Qatar dormitory, no registered persons; Korean narrative with English place and company names; Arab and Nepali private persons; 'Al' prefixes in streets and companies (public) vs in private names; ordinary words 나라/하나/우리 near short surnames 나/하.",
        "text": """면담 요약 (익명 증언자, 2012–2016, {{u:Qatar}} {{u:Al Wakrah}}).

증언자는 {{u:Al Wakrah}}의 숙소에서 살면서 {{u:Hamad Port}} 공사장과 {{u:Al Wakrah Stadium}} 현장에서 일했다. 현지 회사는 {{u:Al Bayan Trading & Contracting W.L.L.}}이었고, 우리 쪽은 {{u:Korea Gonmyong Trading Corporation}} 소속이었다.

작업반장은 {{p:하}} 반장이었다. 본명은 {{p:하만수}}. "{{p:하}} 반장은 하나부터 열까지 다 간섭했어요." 부반장은 {{p:나}} 씨였는데, 우리는 그를 "{{p:나}} 부반장"이라고 불렀다. "나라에 충성하라는 말을 {{p:나}} 부반장보다 많이 한 사람은 없어요."

The Qatari site manager was Mr {{p:Hamad al-Marri}} — the witness points out he had the same name as the port, "{{u:Hamad}} is the port, Mr {{p:Hamad}} is a man". Mr {{p:al-Marri}} paid the Korean company directly. A Nepali foreman, {{p:Dil Bahadur Gurung}}, ran the neighbouring crew; the Koreans called him "{{p:딜}} 형님". {{p:딜}} 형님은 우리한테 망고를 주곤 했다.

숙소에는 {{p:금}} 씨라는 나이 든 미장공이 있었다. {{p:금철호}}. 금요일마다 {{p:금}} 씨는 금 같은 시간이라며 잠만 잤다. 그리고 어린 {{p:성}}이가 있었다. {{p:성}}이의 본명은 {{p:여성민}}인데, "여성"이라는 말 때문에 놀림을 받기 싫어서 그냥 {{p:성}}이라고 불러 달라고 했다.

In 2014 {{p:Song-min}} — {{p:Seong-min}} on his Qatari ID — collapsed from heat. {{p:하만수}} refused to call an ambulance. {{p:Dil Bahadur}} called one from his own phone. "{{p:딜}} 형님 아니었으면 {{p:성}}이는 죽었어요." Afterwards {{p:하}} 반장 reported {{p:Dil}} to Mr {{p:al-Marri}}, who did nothing.

Asked about the dormitory: there were twelve men to a room and one air-conditioner that worked only at night. "에어컨 밑자리는 {{p:하}} 반장 자리였어요." The political officer who visited monthly from the embassy in {{u:Doha}} was a man named {{p:Kim Su-nam}}, "{{p:김}} 참사". {{p:김수남}} 참사는 우리 여권을 한꺼번에 가지고 있었다. When the witness asked for his passport to renew a visa, {{p:Kim}} said the passport belonged to the state.

A Sudanese guard at the compound gate, {{p:Osman}}, sometimes let the men buy phone cards. {{p:오스만}}은 아랍어로 "인내"라는 말을 가르쳐 주었다. The witness remembers {{p:Osman}} saying that God is with the patient, and says he tried to be patient for two more years.

The witness left Qatar through {{u:Hamad International Airport}} in 2016 and escaped during the transit in {{u:Beijing Capital International Airport}}. He asked that {{p:금철호}} and {{p:여성민}} be protected: "그 사람들은 아직 {{u:North Korea}}에 있어요.\"""",
    },
    {
        "id": "h18-en-13",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yu Chol-jin", "유철진", "witness", []),
            ("No Sang-ho", "노상호", "supervisor", []),
        ],
        "note": "Kuala Lumpur site; No as surname vs 'no' in speech; Yu vs 'you'; streets and towers named after public figures (Jalan Tun Razak, Petronas Towers); Malay private persons with Encik/Puan titles and bin/binti; Indian-Malaysian landlord.",
        "text": """I, {{r:Yu Chol-jin}}, worked in {{u:Kuala Lumpur}} from 2012 to 2016. We built the inside of office towers, mostly drywall and ceilings, in buildings along {{u:Jalan Tun Razak}}. From the roof you could see the {{u:Petronas Twin Towers}}. The contract went through a Malaysian company, {{u:Mega Jurutera Sdn Bhd}}.

Our boss was {{r:No Sang-ho}}. Imagine the jokes. When you asked {{r:No}} for anything, the answer was no. "{{r:No}} says no," we said. Even the Malaysian engineer, Encik {{p:Faizal bin Hamid}}, learned this joke. Encik {{p:Faizal}} would ask "Mr {{r:No}}, yes or no?" and {{r:Sang-ho}} would not smile.

The landlord of our rented shophouse in {{u:Kepong}} was an Indian-Malaysian, Mr {{p:Subramaniam}}. His wife, Puan {{p:Lakshmi}}, cooked for us when we paid her, and sometimes when we didn't. Their son {{p:Arun}} was studying at {{u:Universiti Malaya}} and wanted to practise Korean with us; {{r:No}} forbade it.

You want the names of the others? I will give only the ones who are safe or dead. {{p:Kim Tong-hyok}}, who is in {{u:Seoul}} now. {{p:Tong-hyok}} left before me. And {{p:Sok Yong-ae}}'s husband — I don't remember his given name, we all said "{{p:Sok}}" — who died of a fever in 2014. His wife {{p:Yong-ae}} was a cook at the embassy in {{u:Kuala Lumpur}}.

After {{u:Kim Jong Nam}} was killed at {{u:Kuala Lumpur International Airport}} in 2017, I know the workers were sent home. I was not there any more. I left in 2016, with the help of Puan {{p:Lakshmi}}'s brother, {{p:Ganesh}}, who drove me to {{u:Johor Bahru}}. From there a pastor, {{p:Ezra Tan}}, helped me.

People ask me: Mr {{r:Yu}}, do you hate {{r:No Sang-ho}}? No. You see, {{r:Sang-ho}} was afraid too. I am {{r:Chol-jin}}; I can say that because I am out. I can tell you that he sent money home for a sick daughter, {{p:Un-byol}}, and that he cried when the news came that she was better. But I cannot forgive him for {{p:Sok}}. He would not call a doctor.

Encik {{p:Faizal}} came to the funeral. He said a prayer in Arabic. {{r:No}} said nothing at all.""",
    },
    {
        "id": "h18-en-14",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Kim Ok-hwa", "김옥화", "witness", []),
            ("Choi Myong-nam", "최명남", "supervisor", []),
            ("Kim Ryong", "김룡", "relative", []),
        ],
        "note": "Long passage, Chinese garment factory near Shenyang; witness and brother share surname Kim with Kim Il Sung/Kim Jong Un nearby; registered names mostly in the last half; Choi/Choe; one-syllable given name Ryong; Chinese names in pinyin and hanzi; months and nationalities capitalised.",
        "text": """This interview was recorded over a long afternoon. The witness asked to begin with the factory rather than with herself, so the first part of the record describes the place.

The factory stood in an industrial park south of {{u:Shenyang}}, close to the {{u:Hunhe River}}. It had four floors; the North Korean women worked on the third and lived on the fourth. The company name on the gate was {{u:Shenyang Jinhua Garment Co., Ltd.}}; the North Korean side was a branch of a trading company attached to the {{u:Ministry of Light Industry}}. There were portraits of {{u:Kim Il Sung}} and {{u:Kim Jong Il}} in the dormitory corridor and, after 2012, a photograph of {{u:Kim Jong Un}}. Every Monday the women bowed to them.

In January and February production was highest, before the Chinese New Year; in August they made winter coats. Mostly they sewed for Japanese and Korean brands, and once, the witness says, for an American company whose logo was a bear.

The Chinese staff were few: a production manager, {{p:Zhou Ping}} ({{p:周平}}), a quality inspector, {{p:Ma Li}} ({{p:马丽}}), and a gatekeeper the women called Old {{p:Sun}}. {{p:Ma Li}} was young and curious. She asked the Korean women about their families; they did not answer. Old {{p:Sun}} sometimes let them stand at the gate in the evening.

Now the witness herself. She is {{r:Kim Ok-hwa}}, from {{u:Haeju}}. She worked in {{u:Shenyang}} from 2011 to 2016. Her supervisor there was {{r:Choi Myong-nam}}, whose name she first wrote for us as {{r:Choe Myong Nam}}. {{r:Choi}} was a woman of fifty, married to an official in {{u:Pyongyang}}. "{{r:Myong-nam}} was not evil. She was frightened of the {{u:Party}} and she made us frightened."

Her younger brother, {{r:Kim Ryong}}, was a soldier. {{r:Ryong}} wrote her two letters in five years. "I kept {{r:Ryong}}'s letters in the lining of my coat. {{r:Choi}} found them once and read them aloud to everyone." The letters were harmless; {{r:Ryong}} wrote about the weather and the food in his unit.

In 2014 {{p:Ma Li}} gave {{r:Ok-hwa}} a small radio. {{r:Ok-hwa}} listened to South Korean broadcasts at night with a woman from {{u:Kaechon}}, {{p:Chu Son-yong}}. In May 2015 {{p:Son-yong}} was caught. {{r:Choi Myong-nam}} sent {{p:Chu}} home within the week. Before she left {{p:Son-yong}} told {{r:Kim Ok-hwa}} that she had not named her.

In 2016, before she was due to return, {{r:Kim}} went to the market with two others and slipped away. A Korean-Chinese woman, {{p:Pu Xiulan}} ({{p:朴秀兰}}), hid her for three weeks. Mrs {{p:Pu}} — "she said her surname is the Chinese reading of a Korean one" — put her on a bus to {{u:Kunming}}.

Asked what she wants from this record, {{r:Ok-hwa}} said: "That {{r:Ryong}} is never punished for me. That {{r:Choi}} is asked what she knew. And that someone tells {{p:Ma Li}} thank you.\"""",
    },
    {
        "id": "h18-ko-10",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Ri Sun-ok", "리순옥", "witness", []),
            ("Im Tae-ho", "임태호", "official", []),
            ("Pong-ja", "봉자", "coworker", []),
        ],
        "note": "Chinese fishing-net and seafood plant in Korean; 리/이 variant of the same surname; 임 as surname vs 임무/임금; 봉자 with 봉자야/봉자가/봉자랑; particles 을/를/와/과/으로/만/도; Chinese names in hanzi and hangul; Dalian station and port as public.",
        "text": """저는 {{r:리순옥}}입니다. 남쪽에 와서는 {{r:이순옥}}으로 이름을 올렸어요. 2016년부터 2019년까지 {{u:중국}} {{u:다롄}}의 수산물 공장에서 일했습니다. 공장 이름은 {{u:大连海辰水产有限公司}}였고, 우리는 그냥 "다롄 공장"이라고 했어요.

우리를 감시하던 사람은 영사관에서 나온 {{r:임태호}} 영사였습니다. {{r:임}} 영사는 자기 임무가 우리를 "보호"하는 것이라고 했지만, 실제로는 임금을 걷어 가는 것이 임무였어요. 한 달에 한 번 {{r:임태호}}가 오면, 공장 중국 사장 {{p:于海波}}, 우리말로 {{p:우해파}} 사장이 사무실에서 돈 봉투를 내주었어요. {{p:于}} 사장은 우리와 눈을 마주치지 않았습니다.

제 단짝은 {{r:봉자}}였어요. 성은 끝내 몰랐어요. "{{r:봉자}}야" 하고 부르면 "왜, {{r:순옥}}아" 했지요. {{r:봉자}}랑 저는 새벽 네 시에 같이 일어나 같이 밥을 먹었습니다. {{r:봉자}}가 아프면 제가 {{r:봉자}}의 몫까지 했고, 제가 아프면 {{r:봉자}}가 했어요.

공장 관리인은 조선족 {{p:김춘화}} 씨였는데, 중국 이름은 {{p:金春花}}, 다들 {{p:김}} 주임이라고 불렀어요. {{p:김}} 주임은 우리말을 해서 편했지만, {{r:임}} 영사 앞에서는 우리를 모르는 척했어요. {{p:김}} 주임이 김장철이면 배추를 가져다주었던 것은 기억합니다.

같은 방에 {{p:은별}}이와 {{p:해순}}이 언니가 있었어요. {{p:해순}}이 언니는 {{u:원산}}에서 왔고, {{p:은별}}이는 {{u:평성}}에서 왔어요. {{p:은별}}이만 노래를 잘해서 명절에 공연을 하면 늘 앞에 섰어요. {{p:해순}} 언니는 임신한 채로 왔다가 들켜서 2017년에 돌려보내졌어요.

공장에는 우리 쪽 작업반장도 따로 있었어요. {{p:연}} 반장, {{p:연미향}}이라는 여자였는데, 나이는 서른다섯이었어요. {{p:연}} 반장은 우리를 세 조로 나누고, 조마다 하루 목표를 정했어요. 목표를 못 채우면 그 조는 일요일에도 나와야 했어요. {{p:미향}} 언니는 자기도 위에서 시키는 대로 할 뿐이라고 했지만, {{r:임}} 영사 앞에서는 누구보다 목소리가 컸어요.

일요일 오후에는 가끔 공장 마당에서 배구를 했어요. 중국 여자 노동자들 가운데 {{p:왕팡}}, {{p:王芳}}이라는 아가씨가 있었는데, 배구를 아주 잘했어요. {{p:왕팡}}은 {{r:봉자}}랑 저한테 중국말로 숫자를 가르쳐 주었고, 우리는 그 대신 조선 노래를 가르쳐 주었어요. {{p:연}} 반장만 그걸 싫어했어요. 한번은 {{p:왕팡}}이 준 사탕을 {{p:연미향}}이 빼앗아서 쓰레기통에 버렸어요.

2018년 겨울에 {{r:봉자}}가 공장 기계에 머리카락이 끼어 다쳤어요. 중국 노동자 小{{p:刘}}가 기계를 세웠고, 샤오{{p:류}}가 아니었으면 {{r:봉자}}는 죽었을 거예요. {{r:임}} 영사는 이 일로 공장을 찾아와 샤오{{p:류}}를 해고하라고 했어요. {{p:于}} 사장은 그 말을 듣지 않았어요. 그것만은 고마웠어요.

2019년 봄, 우리는 {{u:다롄역}}에서 귀국 열차를 탈 예정이었어요. 그 전날 밤 저는 {{p:김춘화}} 주임에게 편지를 남기고 나왔어요. {{r:봉자}}에게는 말하지 못했어요. {{r:봉자}}를 위험하게 만들고 싶지 않았거든요.

{{r:리순옥}}이라는 이름, {{r:이순옥}}이라는 이름 둘 다 저예요. {{r:봉자}}가 살아 있다면 {{r:순옥}}이가 미안하다고 했다고 전해 주세요. 그리고 {{r:임태호}} 영사가 이 기록을 보게 되면, 우리 월급이 어디로 갔는지 대답해야 합니다. 샤오{{p:류}}와 {{p:왕팡}}에게도 고맙다는 말을 꼭 전하고 싶어요. 그 사람들이 없었으면 저도, {{r:봉자}}도 그 공장에서 버티지 못했을 거예요.""",
    },
    {
        "id": "h18-ko-11",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Kim Song-hun", "김성훈", "witness", []),
        ],
        "note": "Mongolian construction in Korean, one registered person mentioned late; zero-width space and soft hyphen in hangul names; Mongolian names with diminutives in hangul; 성 (castle/surname) and 훈 as ordinary; Sukhbaatar square and Genghis Khan statue as public.",
        "text": """면담 기록. 증언자는 2010년부터 2014년까지 {{u:몽골}} {{u:울란바토르}}에서 아파트 건설 일을 한 남성이다. 처음 두 차례 면담에서는 이름을 밝히지 않았다.

우리 작업반은 스무 명이었어요. 반장은 {{p:채}} 반장, {{p:채명호}}였습니다. {{p:채}} 반장은 "성을 쌓듯이 일하라"는 말을 입에 달고 살았어요. 성을 쌓는다니, 우리는 아파트를 짓고 있었는데요. 부반장은 {{p:길}} 씨였는데, {{p:길}} 씨는 길눈이 밝아서 시내 심부름은 늘 그분이 했습니다.

몽골 쪽 현장 감독은 {{p:바트바야르}}였어요. 몽골 사람들은 {{p:바기}}라고 줄여서 불렀어요. {{p:바트바야르}}의 누나 {{p:오윤체첵}} 씨가 현장 식당을 했는데, 다들 {{p:오윤}} 아주머니라고 했어요. {{p:오윤}} 아주머니는 양고기 국을 끓여 주었고, 우리 중 몇 사람은 처음으로 양고기를 먹어 봤어요.

쉬는 날에는 가끔 {{u:수흐바타르 광장}}에 단체로 갔습니다. 광장에 있는 {{u:칭기즈 칸}} 동상 앞에서 사진을 찍을 수는 없었어요. {{p:채}} 반장이 사진은 금지라고 했거든요. 그래도 {{u:몽골 국립대학교}} 학생 {{p:톨가}}라는 청년이 몰래 우리 사진을 찍어 주었어요.

작업반에서 제일 어린 사람은 {{p:훈}}이었어요. 본명은 {{p:방\u200b훈}}. 서류에 이름이 그렇게 이상하게 찍혀 있어서 몽골 사무원이 한참 헤맸어요. {{p:훈}}이는 훈련소에서 막 나온 것처럼 말이 딱딱했지요. {{p:방훈}}이와 저는 같은 층에서 미장을 했습니다.

2012년 겨울, 영하 사십 도에 {{p:훈}}이가 손가락 동상에 걸렸어요. {{p:채명호}}는 일을 멈추지 못하게 했지만, {{p:오윤}} 아주머니가 {{p:훈}}이를 식당 안으로 데려가 녹여 주었어요. 그 일로 {{p:오윤}} 아주머니는 {{p:채}} 반장과 크게 싸웠고, {{p:바기}}가 중간에서 말렸어요.

작업반에는 나이 든 목수 {{p:탁}} 영감도 있었어요. {{p:탁경수}}라는 분이었는데, 예순이 다 된 나이에 해외에 나왔다고 했어요. {{p:탁}} 영감은 몽골 목수 {{p:간바타르}}와 말은 안 통해도 나무를 다루는 솜씨로 서로 알아봤어요. {{p:간바타르}}가 영감에게 몽골식 대패를 선물했을 때, {{p:채}} 반장이 그걸 빼앗았어요. 나중에 {{p:바기}}가 다시 찾아다 주었지요.

현장에는 중국 회사에서 온 전기 기사 {{p:류강}}, {{p:刘刚}}도 있었어요. {{p:류강}}은 조선말을 조금 했는데, 자기 할머니가 조선 사람이었대요. {{p:류}} 기사는 우리에게 한국 노래가 든 메모리 카드를 주려고 했다가 {{p:채명호}}에게 들켜서 현장에서 쫓겨났어요. 그 뒤로 우리는 {{p:류}} 기사를 다시 보지 못했어요.

보위원은 {{p:송}} 동무였어요. {{p:송\u00ad철}}이라고 명단에 적혀 있었는데, 중간에 보이지 않는 줄표가 들어가 있었어요. {{p:송}} 동무는 노래 부르는 것도 싫어해서 송년회 때도 노래를 못 부르게 했습니다.

세 번째 면담에서 증언자는 자기 이름을 밝혔다. 증언자의 이름은 {{r:김성훈}}이다. {{r:성훈}} 씨는 2014년 귀국 후 2017년에 탈북했다. "{{r:김성훈}}이라는 이름은 흔하니까 괜찮을 거라고 생각했는데, 그래도 지워 주세요." {{r:김}} 씨는 {{p:훈}}이와 {{p:오윤}} 아주머니의 소식을 알고 싶다고 했다. 그는 또 {{p:톨가}}가 찍어 준 사진 한 장을 아직 가지고 있다고 말했다. 사진에는 {{r:성훈}} 씨와 {{p:방훈}}, {{p:탁경수}} 영감이 함께 서 있고, 뒤로 공사 중인 아파트가 보인다. 면담자는 사진을 보았지만 복사하지 않았다. 증언자의 요청에 따른 것이다.""",
    },
    {
        "id": "h18-ko-12",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Chu Myong-sil", "주명실", "witness", []),
            ("Yo Kwang-mu", "여광무", "supervisor", []),
            ("Chu Hak-son", "주학선", "relative", []),
        ],
        "note": "Qatar hotel laundry (women) in Korean; 주 and 여 as surnames beside 주 (week), 여자/여기; father and daughter share surname; particles 에게/한테/으로/과/의/도/만; nickname 곰보; Arab and Filipino names in hangul; public mosque and stadium named after persons.",
        "text": """저는 {{r:주명실}}입니다. 2014년부터 2017년까지 {{u:카타르}} {{u:도하}}의 호텔 세탁 공장에서 일했어요. 여자 서른 명이 한 숙소에서 살았습니다. 여기 와서 보니 여자가 해외에 나가 일한 경우는 드물다고 하더군요.

우리 책임자는 {{r:여광무}}였어요. {{r:여}} 지배인은 얼굴에 곰보 자국이 있어서 우리끼리는 {{r:곰보}}라고 불렀어요. 물론 앞에서는 그렇게 못 불렀지요. {{r:여광무}}는 일주일에 한 번, 주말마다 우리를 불러서 생활총화를 시켰어요. 주 칠 일 일했는데 주말이 따로 있었던 건 아니에요.

제 아버지 {{r:주학선}}도 해외 노동을 했던 분이에요. 1990년대에 {{u:러시아}}에 다녀오셨지요. 아버지는 떠나는 저에게 "{{r:명실}}아, 누구 앞에서도 울지 마라"고 하셨어요. {{r:주}} 씨 집안 사람은 고집이 세다는 말이 동네에 있었는데, 저도 그 고집으로 버텼어요.

세탁 공장 매니저는 카타르 사람이 아니라 요르단 사람 {{p:파디}} 씨였어요. {{p:파디 하다드}}. {{p:파디}} 씨는 우리를 "시스터"라고 불렀어요. 공장에는 필리핀 여자들도 있었는데, 그중 {{p:젠}}이라는 친구와 친해졌어요. {{p:제니퍼 산토스}}가 본명이었는데, 다들 {{p:젠}}이나 {{p:제니}}라고 불렀어요. {{p:젠}}이랑 저는 다림질대 두 개를 사이에 두고 손짓으로 말했습니다.

우리 조에는 {{p:옥}} 씨 언니도 있었어요. {{p:옥향미}}. 성이 {{p:옥}}이라 다들 "옥 같은 언니"라고 불렀어요. {{p:향미}} 언니는 {{u:청진}} 사람이라 말투가 거셌지만 마음은 여렸어요. {{p:향미}} 언니의 딸 {{p:설화}}는 그때 다섯 살이었대요.

가끔 버스를 타고 {{u:이맘 무함마드 이븐 압둘 와하브 모스크}} 앞을 지나갔어요. 큰 사원이었지요. 2016년에는 {{u:칼리파 국제 경기장}} 근처 호텔로 일터가 바뀌었어요. 그때 {{r:여}} 지배인은 우리 여권을 모두 걷어 가서 금고에 넣었습니다.

숙소 사감은 {{r:여}} 지배인의 부인 {{p:맹순영}}이었어요. {{p:맹}} 씨는 우리 편지를 검열하고, 누가 누구와 친한지 적어서 남편에게 올렸어요. {{p:순영}}이 아주머니, 하고 부르면 "사감 동지라고 불러라" 했지요. {{p:맹순영}}의 조카 {{p:맹철}}도 같은 호텔 주방에서 일했는데, 그 사람은 착했어요. {{p:철}}이 오빠가 주방에서 남은 빵을 몰래 가져다주었거든요.

2016년 여름 {{p:향미}} 언니가 뜨거운 다리미에 팔을 데었어요. {{r:곰보}}는 "조심 안 한 탓"이라며 병원에 보내지 않았어요. {{p:파디}} 씨가 회사 간호사 {{p:마리아}}를 불러 주었고, {{p:마리아}} 씨가 매일 붕대를 갈아 주었어요. {{p:젠}}은 자기 약을 나누어 주었어요.

2017년 귀국 직전에 {{p:젠}}이 자기 전화기로 한국 교회 번호를 찾아 주었어요. 저는 그 번호로 연락해서 공항에 가는 날 빠져나왔습니다. 아버지 {{r:주학선}}은 아직 {{u:함흥}}에 계세요. 아버지가 저 때문에 고생하실까 봐 매일 걱정돼요. {{r:여광무}}에게는 하고 싶은 말이 없어요. 다만 {{p:젠}}과 {{p:파디}} 씨, {{p:마리아}} 씨에게는 꼭 고맙다고 전하고 싶어요. {{p:향미}} 언니의 팔 흉터가 다 나았는지, {{p:설화}}가 엄마를 다시 만났는지도 알고 싶어요. 여기 {{u:서울}}에서 세탁소 앞을 지날 때마다 그 공장의 뜨거운 김이 생각납니다. 아버지에게 "{{r:명실}}이는 울지 않았다"고 말할 날이 오면 좋겠어요. 사실은 많이 울었지만요. {{p:젠}}이 안아 줄 때마다 울었어요. {{r:곰보}} 앞에서만은 한 번도 울지 않았어요. 그건 {{r:주}} 씨 집안의 고집이에요.""",
    },
    {
        "id": "h18-ko-13",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Song Yong-hui", "송영희", "witness", []),
            ("Ma Kyong-nam", "마경남", "supervisor", ["마귀"]),
        ],
        "note": "Russian greenhouse/farm near Vladivostok in Korean; nickname alias 마귀 for 마경남; 마 and 송 as surnames vs 마을/마음/소나무 words; Korean-Russian (Koryo-saram) private persons with Russian first names; particles 으로/이랑/한테/도/만.",
        "text": """저는 {{r:송영희}}입니다. 2015년부터 2018년까지 {{u:연해주}} {{u:우수리스크}} 근처 농장에서 일했어요. 오이와 토마토를 키우는 비닐하우스였는데, 러시아 회사 {{u:OOO Primagro}}의 농장이었어요. 우리 쪽은 여자 열다섯, 남자 스무 명이었습니다.

우리 책임자는 {{r:마경남}}이었어요. 다들 뒤에서는 {{r:마귀}}라고 불렀어요. 성이 {{r:마}} 씨라서 그런 것도 있지만, 하는 짓이 정말 마귀 같았거든요. {{r:마}} 지배인은 마을 사람들과 말도 못 하게 했고, 마음에 안 들면 밥을 주지 않았어요. {{r:마경남}}한테 한 번 찍히면 끝이었습니다.

농장 주인은 고려인 {{p:블라디미르 김}}이었어요. 러시아 사람들은 {{p:볼로댜}}라고 했고, 우리는 {{p:김}} 사장이라고 했어요. {{p:블라디미르}} 사장은 조선말을 거의 못 했지만, 할아버지가 {{u:함경북도}}에서 왔다고 했어요. 그분의 어머니 {{p:류드밀라 박}} 할머니는 우리를 보면 늘 "아이고, 우리 딸들" 하셨어요. {{p:류다}} 할머니는 우리말을 조금 하셨어요.

같이 일한 사람 중에 {{p:소}} 씨가 있었어요. {{p:소명옥}}. {{p:명옥}}이 언니는 소나무 아래에서 쉬는 걸 좋아했어요. 그리고 남자 쪽에서는 {{p:마}} 씨가 한 명 더 있었는데, 그 사람은 {{r:마경남}}과 친척이 아니었어요. {{p:마영진}}이라는 젊은 사람이었어요. 그래서 우리는 {{r:마귀}}와 구분하려고 {{p:영진}}이를 "착한 {{p:마}}"라고 불렀어요.

2016년 여름에 비닐하우스 안이 사십오 도까지 올라갔어요. {{p:명옥}}이 언니가 쓰러졌는데, {{r:마}} 지배인은 물 한 잔 주고 다시 일하라고 했어요. 그때 러시아 트랙터 기사 {{p:안드레이}}가 언니를 자기 트럭에 태워 {{u:우수리스크}} 병원에 데려갔어요. {{p:안드레이}}는 나중에 {{r:마경남}}에게 맞을 뻔했어요. 러시아 사람인데도요.

농장 식당에서는 {{p:옥사나}} 아주머니가 일했어요. {{p:옥사나}} 아주머니랑 저는 말이 안 통해서 그림을 그려 가며 이야기했어요. 제 이름을 물어서 "{{r:송영희}}"라고 썼더니, 아주머니는 "{{r:Сон}}"이라고 러시아 글자로 따라 썼어요. 그 종이를 지금도 가지고 있어요.

농장에는 우즈베크 사람들도 일했어요. 그 사람들 반장은 {{p:알리셰르}}였는데, 다들 {{p:알리크}}라고 불렀어요. {{p:알리크}}는 우리한테 참외를 가져다주었고, {{r:마귀}}가 보지 않을 때는 같이 노래도 불렀어요. {{p:알리셰르}}의 동생 {{p:사르도르}}는 {{p:영진}}이와 나이가 같아서 둘이 친구처럼 지냈어요. 송편 같은 떡을 만들 줄 안다고 해서 추석에 {{p:사르도르}}한테 부탁한 적도 있어요.

우리 쪽 여자 반장은 {{p:봉}} 씨였어요. {{p:봉영실}}. {{p:봉}} 반장은 {{r:마}} 지배인 앞에서는 말 한마디 못 했지만, 밤에는 우리 손을 잡고 "조금만 참자"고 했어요. {{p:영실}}이 언니는 딸이 {{u:평양음악무용대학}}에 다닌다고 자랑했어요.

2017년 가을, {{p:영진}}이가 도망쳤다가 붙잡혀 왔어요. {{r:마귀}}는 {{p:영진}}이를 창고에 가두고 사흘 동안 밥을 주지 않았어요. {{p:블라디미르}} 사장이 이 일을 알고 크게 화를 냈고, {{u:블라디보스토크}}에 있는 {{u:조선민주주의인민공화국 총영사관}}에 항의했다고 들었어요. 그 뒤로 {{r:마}} 지배인이 조금 조심했어요.

2018년에 저는 {{p:류다}} 할머니의 도움으로 나왔어요. 할머니 손자 {{p:세르게이 박}}이 저를 {{u:블라디보스토크}}까지 태워다 주었어요. {{p:명옥}}이 언니와 {{p:영진}}이는 남았어요. {{r:영희}}는 잘 있다고, 언젠가 전해 주세요.""",
    },
    {
        "id": "h18-mixed-07",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ko Chang-min", "고창민", "witness", []),
            ("Jang Song-gil", "장성길", "supervisor", []),
        ],
        "note": "Chinese squid boat, English log with Korean quotations; Ko/Go/Goh variants; Jang vs public Jang Song Thaek; 'go' and 고 as words; Chinese captain with hanzi and pinyin; ship names as public.",
        "text": """Log of interview, {{u:Seoul}}, 2022. Witness: {{r:Ko Chang-min}} ({{r:고창민}}); his Chinese seaman's book reads {{r:GAO CHANGMIN}}, and a South Korean form misspelled it {{r:Go Chang Min}}.

He fished for squid from 2016 to 2019 on the {{u:Lu Rong Yuan Yu 606}}, a Chinese boat out of {{u:Shidao}}. The North Korean crew were supplied by a company under the {{u:Korea Ryonbong General Corporation}}. The political officer on board was {{r:Jang Song-gil}}. "{{r:장성길}}이라는 이름 때문에 다들 처음엔 {{u:장성택}} 친척이냐고 물었어요. 2013년에 처형된 그 사람요. 아니었어요." {{r:Jang}} was, he says, "a small man with a big voice".

"Go, go, go" — the Chinese captain's English. The captain was {{p:Yu Jianming}} ({{p:于建明}}), "Captain {{p:Yu}}". Go meant work; stop meant eat. "{{p:于}} 선장은 나쁜 사람이 아니었어요. 우리 돈을 {{r:장}} 지도원한테 준 것뿐이에요."

Crew he remembers: {{p:Ryom Chol-gyu}}, the cook; a boy called {{p:Su}}; and an older man, {{p:Ki Pong-nam}}, "{{p:기}} 영감". {{p:기봉남}} 영감은 기침을 달고 살았다. {{p:Su}} was fifteen and had been added to the crew list as eighteen. "{{p:수}}는 고향 생각에 매일 울었어요."

In 2018 the boat was inspected near {{u:Jeju}} by the Korean coast guard. {{r:Jang Song-gil}} ordered the North Koreans below deck. {{r:Chang-min}} stayed above, "just one minute longer", and met the eyes of a coast guard officer, Officer {{p:Nam}}.

Life on board: twenty hours on the jigging lines in the season, four hours' sleep. The Chinese mate, {{p:Dong Wei}} ({{p:董伟}}), ran the machines and shouted at everybody equally. "{{p:董}} 항해사는 우리를 때리지는 않았어요." A Chinese deckhand, Xiao {{p:Hu}}, taught {{r:Chang-min}} to count in Chinese and shared instant noodles. "샤오{{p:후}}한테는 지금도 고마워요." {{r:Ko}} remembers that Xiao {{p:Hu}}'s mother, {{p:Zhao Min}}, once sent a parcel of dried dates for "the Korean boys".

He did not go then. He went in 2019, when the boat put in at {{u:Busan}} for repairs. {{p:Ryom Chol-gyu}} covered for him. "{{p:염철규}}가 없었으면 못 갔어요." {{r:고창민}} says {{r:장}} 지도원 was sent home after that, and he does not know what happened to {{p:Su}} or {{p:Ki}}.""",
    },
    {
        "id": "h18-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kang Hyok-chol", "강혁철", "witness", []),
        ],
        "note": "Kazan construction, Korean narrative with English and Cyrillic; one registered witness named in ALL CAPS and hangul; Tatar and Russian private persons with patronymics; Tukay Street, Kazan Kremlin, Kazan Federal University as public; emoji next to names.",
        "text": """Witness statement, {{r:KANG HYOK CHOL}} ({{r:강혁철}}), {{u:Kazan}}, {{u:Republic of Tatarstan}}, 2016–2019. Translated from Korean by the interviewer; some phrases kept.

저는 2016년에 {{u:Kazan}}에 갔어요. 현장은 {{u:Kazan Federal University}} 기숙사 공사장이었고, 나중에는 {{u:Tukay Street}}의 쇼핑센터 공사장으로 옮겼어요. Russian company: {{u:OOO Kazanstroyinvest}}. 우리 쪽 책임자는 {{p:석}} 소장, 본명 {{p:석광일}}이었어요.

The Tatar foreman was {{p:Rinat Faritovich}} — "{{p:리나트}} 아저씨". {{p:Rinat}} spoke to us slowly, in simple Russian. His boss was {{p:Ilgiz}}, a young man with a big car. "{{p:일기즈}}는 우리를 사람으로 안 봤어요."

In the dormitory were {{p:Jin}} and {{p:Gu}}: "{{p:진}}이랑 {{p:구}} 씨가 제 침대 양 옆이었어요." {{p:Gu Yong-sam}} was the oldest. {{p:Jin}}'s full name was {{p:Jin Ju-hyok}}, "{{p:주혁}}이". {{p:구영삼}} 씨는 구두를 닦는 솜씨가 좋아서 {{p:석}} 소장 구두를 맨날 닦았어요.

The witness shows a phone screenshot from 2018, a chat with a Russian woman who sold SIM cards near the market, {{p:Альфия}} ({{p:Alfiya}}). Her contact name in his phone: "{{p:Alfiya}} 🌷📱". A message from her: "{{r:Хёк}}, завтра можно 🙂". He explains: "{{r:혁}}이라고 부르면 러시아 사람들은 발음을 못 해서 {{r:Хёк}}이라고 썼어요."

On Sundays the team was sometimes taken to see the {{u:Kazan Kremlin}} and the {{u:Qol Şärif Mosque}}. "{{u:Lenin}} 동상도 있었어요. {{u:Lenin}}이 여기서 대학을 다녔대요." 

In 2019 {{p:Jin Ju-hyok}} was injured — a fall from a scaffold. {{p:Rinat Faritovich}} drove him to hospital. {{p:석광일}} later made {{p:Jin}} sign a paper saying it was his own fault. The witness adds that a Korean nurse at the hospital, whom the Russians called {{p:Sveta}} but whose Korean name was {{p:Son Mi-jong}}, translated for {{p:Jin}}. "{{p:손미정}} 간호사가 아니었으면 {{p:주혁}}이는 다리를 잃었을 거예요." "{{p:진}}이는 글을 쓰면서 울었어요."

{{r:Hyok-chol}} left in December 2019 with the help of {{p:Alfiya}}'s brother, {{p:Marat}}. He asks that {{p:Rinat}} be told: "{{r:혁철}}이가 잘 있다고, 고맙다고.\"""",
    },
    {
        "id": "h18-mixed-09",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Pak Mi-gyong", "박미경", "witness", []),
            ("Yi Song-ho", "이성호", "supervisor", []),
            ("Pak Chol-su", "박철수", "relative", []),
            ("Kye Ok", "계옥", "coworker", ["Xiao Yu"]),
        ],
        "note": "Hunchun seafood plant, four registered persons in two scripts; Pak/Park and Yi/Ri/Lee variants; brother and sister share surname; one-syllable given name Ok; fullwidth and zero-width-space names in a quoted roster; Chinese names in hanzi.",
        "text": """Interview with {{r:Pak Mi-gyong}} ({{r:박미경}}), recorded in {{u:Seoul}}. Seafood factory in {{u:Hunchun}}, {{u:Jilin}}, 2017–2020. Interviewer's notes in English, quotations in Korean.

The witness went with her brother's encouragement. Her brother, {{r:Pak Chol-su}} ({{r:박철수}}), had worked in {{u:Russia}} before. "{{r:철수}} 오빠가 중국은 러시아보다 낫다고 했어요." {{r:Chol-su}} is still in {{u:Chongjin}}.

The factory's supervisor on the Korean side was {{r:Yi Song-ho}}. She writes the surname {{r:이}}; the roster used {{r:Ri}}; the Chinese used {{r:Li}} ({{r:李}}). "{{r:이성호}}는 우리를 번호로 불렀어요. 저는 17번이었어요." {{r:Song-ho}} reported to a consulate official the women knew only as "{{p:Jo}}" ({{p:조}} 영사).

Her friend at the next table was {{r:Kye Ok}}. "{{r:옥}}이는 키가 작아서 작업대 밑에 상자를 놓고 섰어요." {{r:Ok}} was nineteen. The Chinese called her "{{r:Xiao Yu}}" — little jade — because {{r:Ok}} means jade. "{{r:계옥}}이랑 저는 같은 날 태어났어요."

The witness kept a photograph of the roster. The interviewer copied it exactly: "17. {{r:ＰＡＫ ＭＩ ＧＹＯＮＧ}}", "18. {{r:Kye\u200bOk}}", "19. {{p:Ro Son-hui}}". {{p:노선희}} 언니는 노래를 잘했어요. The Chinese shift boss was {{p:Cui Dongmei}} ({{p:崔冬梅}}), Korean-Chinese, "{{p:최}} 반장님". {{p:Cui}} shared her lunch with {{r:Ok}}.

In 2020 the women stopped being paid. {{r:이성호}} told them the money was "kept by the state". {{r:Mi-gyong}} learned from {{p:Cui Dongmei}} that the Chinese company had paid {{r:Yi}} in cash each month. When {{r:Kye Ok}} asked {{r:Yi}} about it, {{r:Yi Song-ho}} slapped her. "{{r:옥}}이가 우는 걸 그때 처음 봤어요."

{{r:Pak}} escaped in late 2020 with help from {{p:Cui}}'s husband, {{p:Jin Chengzhu}}. {{r:Ok}} did not come. "{{r:계옥}}이는 엄마 때문에 못 간다고 했어요." The witness asks that {{r:Park Mi Kyung}} — the spelling on her new documents — and all the other forms of her name be removed, and that {{r:Yi}}'s name be kept in the organisation's files "for the day there is a court".""",
    },
]
