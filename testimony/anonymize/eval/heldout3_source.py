# ruff: noqa: E501
"""Held-out evaluation set 3 for the name anonymizer (written blind).

Markers: [[P|...]] registered private person, [[U|...]] unregistered private
person, [[G|...]] public mention. "eol" is lf, crlf or mixed (see heldout3_build.py).
persons: (romanized name, hangul, role[, aliases]).
"""

PASSAGES = [
    {
        "id": "h3-en-01",
        "eol": "crlf",
        "note": "Q&A transcript with speaker labels; bare surname So vs English 'so'; public figure Kim Jong-un next to witness Kim.",
        "persons": [("Kim Yong-su", "김용수", "witness"), ("So Chol-min", "소철민", "supervisor")],
        "text": """Q: Please state your name for the record.
A: [[P|Kim Yong-su]]. Some people at the site called me [[P|Yong-su]], others just [[P|Kim]].

Q: Who was in charge of your brigade in [[G|Kuwait]]?
A: A man named [[P|So Chol-min]]. We all said "Comrade [[P|So]]". He was so strict that nobody dared to ask for a day off, and so we worked every Sunday.

Q: Did he mention the leadership?
A: Every morning he read out a message from [[G|Kim Jong-un]] and then told us how much we owed the [[G|Namgang General Construction Company]]. [[P|So]] kept our passports in a safe at the office in [[G|Jahra]].
""",
    },
    {
        "id": "h3-en-02",
        "eol": "lf",
        "note": "Interpreter's bracketed notes; reversed order; given name alone; North/South romanization of same person.",
        "persons": [
            ("Ri Myong-chol", "리명철", "witness", ["Myong-chol"]),
            ("Pak Kwang-il", "박광일", "coworker"),
        ],
        "text": """WITNESS: [[P|Ri Myong-chol]] (South Korean spelling on his settlement card: [[P|Lee Myeong-cheol]])

The witness said that in 2016 he left [[G|Chongjin]] with forty other men for a logging camp near [[G|Tynda]] in the [[G|Amur Oblast]]. [Interpreter: he uses the word "사업소", meaning the enterprise office of the [[G|Ministry of Forestry]].]

"[[P|Myong-chol]], you will be back in three years," his mother told him. [Interpreter: the witness repeats his own name in the third person here.] His closest friend there was [[P|Kwang-il Pak]], who lost two fingers to a chainsaw in the winter of 2017. [[P|Pak]] was never taken to a hospital.

Asked whether anyone complained, [[P|Myeong-cheol]] said: "Complain to whom? The party secretary [[U|Jang]] would have sent us home in disgrace."
""",
    },
    {
        "id": "h3-en-03",
        "eol": "mixed",
        "note": "Pasted e-mail thread with headers; all caps header names; initials; unregistered Russian names in Latin.",
        "persons": [("Choe Song-hui", "최성희", "witness")],
        "text": """From: field office
To: review desk
Subject: RE: transcript [[P|CHOE SONG-HUI]] / second session

Dear colleagues,

Attached is the corrected transcript for [[P|CHOE SONG-HUI]] ([[P|S.H.C.]] in the index). Please note that Ms [[P|Choi]] – she prefers the southern spelling now – worked in a seafood plant in [[G|Hunchun]], not in [[G|Dandong]] as first recorded.

She mentioned two Russian buyers, [[U|Sergei Volkov]] and [[U|Andrei]], who visited the plant; they are not perpetrators but should still be redacted. Her team leader was a woman called [[U|Hwang Kum-ok]].

Best,
[[U|Daniel]] (volunteer)
""",
    },
    {
        "id": "h3-en-04",
        "eol": "lf",
        "note": "List of persons mentioned; slash-separated and comma-separated names; surnames that are English words (Moon, Song, Bang).",
        "persons": [
            ("Moon Hyok", "문혁", "witness"),
            ("Song Il-nam", "송일남", "supervisor"),
            ("Han Kum-sil", "한금실", "relative"),
        ],
        "text": """Persons mentioned: [[P|Moon Hyok]] (witness), [[P|Song Il-nam]] (minder), [[U|Bang Chol]] / [[P|Han Kum-sil]] (co-worker / wife of witness).

Summary. [[P|Moon]] worked on a tower block in [[G|Lusail]], [[G|Qatar]], from 2013 to 2015. He describes a song the workers had to sing before meals and a bang on the container door at 4 a.m. every day. The minder [[P|Song]] counted the men twice a day.

[[U|Bang]] and [[P|Moon]] slept in the same container. A full moon was the only calendar they had, said the witness. His wife [[P|Kum-sil]] still lives in [[G|Hamhung]].
""",
    },
    {
        "id": "h3-en-05",
        "eol": "crlf",
        "note": "Table typed as text; columns with names; public place Kim Il-sung Square; Kim Chaek University.",
        "persons": [("Jo Un-hyok", "조은혁", "witness"), ("Yu Sang-chol", "유상철", "coworker")],
        "text": """NAME            | ROLE      | SITE
----------------+-----------+-------------------
[[P|Jo Un-hyok]]      | witness   | [[G|Ulan-Ude]] sawmill
[[P|Yu Sang-chol]]    | co-worker | [[G|Ulan-Ude]] sawmill
[[U|Ri Chang-bok]]    | minder    | [[G|Ulan-Ude]] sawmill

Remarks: [[P|Jo]] studied at [[G|Kim Chaek University of Technology]] before being assigned abroad. He stood in [[G|Kim Il-sung Square]] for the 2012 parade. [[P|Yu]], a mechanic, repaired the saws; [[U|Ri]] was the one who held the passports.
""",
    },
    {
        "id": "h3-en-06",
        "eol": "lf",
        "note": "Letter to family (translated); given names alone; nickname registered; emoji near name.",
        "persons": [
            ("Kang Hyon-u", "강현우", "witness", ["Big Kang"]),
            ("Kang Son-hwa", "강선화", "relative"),
        ],
        "text": """Translated letter, never sent, written by the witness in [[G|Vladivostok]] in 2018.

Dear [[P|Son-hwa]],

I am well. The foreman calls me "[[P|Big Kang]]" because I carry two sacks of cement at once 💪. Do not believe what Uncle [[U|Chol-jun]]'s wife says about the money; the company has not paid anyone since spring.

Tell [[U|Hyang]] to study hard. When I come back I will bring her a doll. 🎎 [[P|Hyon-u]]
""",
    },
    {
        "id": "h3-en-07",
        "eol": "crlf",
        "note": "Messenger exchange pasted in; zero-width spaces inside names; timestamps.",
        "persons": [("Pak Se-jin", "박세진", "witness"), ("Ri Sun-ok", "리순옥", "relative")],
        "text": """[10:02] interviewer: did you hear from your sister?
[10:03] [[P|Pak\u200bSe-jin]]: yes, [[P|Sun\u200b-ok]] sent a message via the broker
[10:03] [[P|Pak\u200bSe-jin]]: she says Mr. [[U|Ho]] from the trade office came to her house again
[10:05] interviewer: please spell the name of the trade office man
[10:06] [[P|Pak\u200bSe-jin]]: I only know [[U|Ho]]. he works for [[G|Korea Rungra 888 Trading Corporation]]

[Note by staff: the witness's display name contains an invisible character copied from the messenger; her sister's married name is [[P|Ri Sun-ok]].]
""",
    },
    {
        "id": "h3-en-08",
        "eol": "lf",
        "note": "Reviewer's note; bare surnames An, No, O, Do that are English words; ordinary English uses unmarked.",
        "persons": [
            ("An Chol-gyu", "안철규", "witness"),
            ("No Kwang-chol", "노광철", "supervisor"),
            ("O Hye-ryon", "오혜련", "coworker"),
        ],
        "text": """Reviewer's note (internal): An important correction. The witness is [[P|An Chol-gyu]], not "[[P|Ahn]]". Where the transcript says "[[P|An]] said no", the speaker is the witness, and the "no" is his answer. Do not merge him with [[P|No Kwang-chol]], the site chief, whom everyone called simply [[P|No]].

Also: "[[P|O]]" on page 4 is the surname of the female cook [[P|O Hye-ryon]], not an exclamation. O, and one more thing: [[U|Do]] on page 6 is a driver surnamed [[U|Do]] whose given name the witness did not know. What do we do with him? Redact.
""",
    },
    {
        "id": "h3-en-09",
        "eol": "mixed",
        "note": "Court-style translated statement; diacritics (McCune-Reischauer); breve letters.",
        "persons": [
            ("Chŏng Myŏng-ch'ŏl", "정명철", "witness", ["Jeong Myeong-cheol"]),
            ("Ri Kŭm-sun", "리금순", "relative"),
        ],
        "text": """STATEMENT OF WITNESS

I, [[P|Chŏng Myŏng-ch'ŏl]], born 1979 in [[G|South Hamgyŏng Province]], state as follows:

1. From 2009 to 2012 I was employed, against my will, at a construction site in [[G|Omsk]], [[G|Russian Federation]], under the [[G|Korea General Construction Corporation of Moranbong]].

2. My wife, [[P|Ri Kŭm-sun]], was informed by the local security office that I would be punished if I failed to meet the quota.

3. The supervisor, [[U|Ch'oe Yŏng-nam]], beat a worker named [[U|Kim Sŏng-ho]] with a steel pipe in my presence.

Signed: [[P|Chong Myong-chol]]
""",
    },
    {
        "id": "h3-en-10",
        "eol": "lf",
        "note": "Ship names and company public; fishing boat; Chinese and Filipino crew names unregistered.",
        "persons": [("Ha Jin-song", "하진송", "witness")],
        "text": """The witness, [[P|Ha Jin-song]], worked on the trawler [[G|Tae Dong Gang 7]], leased to a company in [[G|Zhoushan]]. Ha ha, he laughed, when asked about days off: there were none.

The Chinese captain, [[U|Wang Jianguo]] ([[U|王建国]]), kept the catch records. Two Filipino deckhands, [[U|Rodel Santos]] and [[U|Jun-Jun]], were on the same ship. [[P|Ha]] says [[U|Rodel]] gave him medicine when he had a fever.

In 2019 the [[G|Tae Dong Gang 7]] docked at [[G|Nakhodka]] and [[P|Jin-song]] was transferred to another vessel.
""",
    },
    {
        "id": "h3-en-11",
        "eol": "crlf",
        "note": "Fullwidth letters from Korean IME in a name; restaurant in South-East Asia; public Pyongyang restaurant chain.",
        "persons": [("Kim Ok-hwa", "김옥화", "witness"), ("Yun Mi-ran", "윤미란", "supervisor")],
        "text": """Interview notes (typed on a Korean keyboard, some letters came out fullwidth):

Witness: [[P|Ｋｉｍ Ｏｋ-ｈｗａ]], waitress at the [[G|Pyongyang Okryu Restaurant]] in [[G|Phnom Penh]], 2014–2017.

[[P|Ok-hwa]] sang and served from 10 a.m. until midnight. The manager, [[P|Ｙｕｎ Ｍｉ-ｒａｎ]], collected tips every night. When a customer, a Cambodian businessman called [[U|Sokha]], offered to help her leave, [[P|Yun]] reported it to the embassy.

Note: do not confuse the witness with [[G|Kim Yo-jong]], who is mentioned later in a newspaper clipping.
""",
    },
    {
        "id": "h3-en-12",
        "eol": "lf",
        "note": "Medical staff in Africa; African names; joined and spaced given names.",
        "persons": [("Rim Songchol", "림성철", "witness"), ("Rim Hyangmi", "림향미", "relative")],
        "text": """Dr [[P|Rim Songchol]] (also written [[P|Rim Song Chol]]) was sent as a doctor to a clinic in [[G|Dar es Salaam]], [[G|Tanzania]], in 2015.

Patients knew him as "Dr. [[P|Rim]]". A Tanzanian nurse, [[U|Neema Mwakyusa]], and a Nigerian pharmacist, [[U|Chukwuemeka Obi]], worked with him. He had to hand over 70 percent of his fees to the [[G|Korea Medical Cooperation]] office.

His daughter [[P|Hyangmi]] stayed in [[G|Pyongyang]] as a guarantee. "[[P|Songchol]] never talked about going home," [[U|Neema]] told us later by phone.
""",
    },
    {
        "id": "h3-en-13",
        "eol": "mixed",
        "note": "IT workers; aliases as written; Western cover names; soft hyphen inside name.",
        "persons": [
            ("Jon Hyok-chol", "전혁철", "witness", ["Jason Lee"]),
            ("Son Kyong-ho", "손경호", "supervisor"),
        ],
        "text": """Case summary – IT unit in [[G|Shenyang]]

The witness [[P|Jon Hyok\u00adchol]] worked in a team of twelve programmers controlled by [[G|Chosun Expo]]. On freelancing platforms he used the name "[[P|Jason Lee]]".

His team leader, [[P|Son Kyong-ho]], set a monthly target of 5,000 US dollars per person. [[P|Son]] kept the laptops locked at night. Whoever failed, like a young man called [[U|Chol-ung]], was sent back to [[G|Pyongyang]].

[[P|Hyok-chol]] said that he was a son of a farmer and never expected to see a computer.
""",
    },
    {
        "id": "h3-en-14",
        "eol": "lf",
        "note": "Mongolian mine; Mongolian names; bare surname Gang; gang as English word.",
        "persons": [("Gang Chol-ho", "강철호", "witness")],
        "text": """The witness, [[P|Gang Chol-ho]], spent two winters at a fluorspar mine near [[G|Erdenet]], [[G|Mongolia]]. A gang of twenty Koreans worked underground in shifts.

The Mongolian shift boss, [[U|Batbayar]], and the driver [[U|Ganbold Tsogt]] sometimes shared food with them. [[P|Gang]] and his bunk-mate [[U|Ma Yong-bok]] were punished for accepting it.

[[U|Ma]] later fell ill; the witness does not know whether he survived. "I last saw [[U|Yong-bok]] in March," said [[P|Chol-ho]].
""",
    },
    {
        "id": "h3-en-15",
        "eol": "crlf",
        "note": "Q&A with interpreter; public figures Kim Il-sung and Choe Ryong-hae beside witness surnamed Choe; Kimchaek city.",
        "persons": [("Choe Kwang-jin", "최광진", "witness")],
        "text": """Q: Where are you from?
A: From [[G|Kimchaek]], in [[G|North Hamgyong]].

Q: And your name?
A: [[P|Choe Kwang-jin]]. No relation to [[G|Choe Ryong-hae]], I promise. [laughs]

Q: What did they teach you before departure?
A: Two weeks of study of [[G|Kim Il-sung]] and [[G|Kim Jong-il]]. Then the security man, Comrade [[U|Ri]], told us our families were responsible for us.

[Interpreter: the witness then says "[[P|Kwang-jin]]-a" as if addressing himself; it is how his mother spoke to him.]
""",
    },
    {
        "id": "h3-en-16",
        "eol": "lf",
        "note": "Narrative with names at first and last word; quotes; possessive 's.",
        "persons": [("Seo Jong-nam", "서종남", "witness")],
        "text": """[[P|Seo]] arrived in [[G|Dubai]] in August 2011. He was assigned to a villa project for the [[G|Al Habtoor Group]]'s subcontractor.

"[[U|Baek]]'s hands were shaking from the heat," he recalled. [[U|Baek Un-ha]] collapsed on the scaffolding that afternoon and was taken to [[G|Rashid Hospital]] by an Emirati foreman named [[U|Khalid Al Mansouri]].

The next day the minder [[U|Sin]] announced that [[U|Un-ha]] had been sent home. Nobody believed it, least of all [[P|Seo Jong-nam]]
""",
    },
    {
        "id": "h3-en-17",
        "eol": "mixed",
        "note": "Russian names in Cyrillic and Latin; Korean-Russian; Siberian logging.",
        "persons": [("Yun Chol-jin", "윤철진", "witness")],
        "text": """Site: [[G|Tyndalesprom]] logging area, [[G|Khabarovsk Krai]].

The witness [[P|Yun Chol-jin]] dealt with the Russian forester [[U|Nikolai Petrovich Sorokin]] ([[U|Николай Петрович Сорокин]]), who bought wood privately from the Koreans. The forester's wife, [[U|Galina]], sold them bread.

Another Russian, [[U|Виктор]], drove the timber truck. [[P|Yun]] says the brigade leader [[U|Rim Tae-song]] took a cut of every trade.
""",
    },
    {
        "id": "h3-en-18",
        "eol": "lf",
        "note": "Vietnamese and Chinese names; factory in China; Chinese characters; ordinary English 'yu' none.",
        "persons": [("Jang Hyang-mi", "장향미", "witness"), ("Kim Sun-hui", "김순희", "relative")],
        "text": """[[P|Jang Hyang-mi]] sewed garments in a factory in [[G|Dandong]] owned by a Chinese businessman, [[U|Liu Wei]] ([[U|刘伟]]). The line supervisor was a Vietnamese woman, [[U|Nguyễn Thị Lan]], who had worked there before the Koreans came.

[[P|Hyang-mi]] shared a room with seven other women. Her mother, [[P|Kim Sun-hui]], was called to the factory enterprise office in [[G|Sinuiju]] twice. The Korean supervisor, [[U|Pak Jong-sil]], read [[P|Hyang-mi]]'s letters before they were sent.
""",
    },
    {
        "id": "h3-en-19",
        "eol": "crlf",
        "note": "Arab names; Kuwait; supervisor nickname; bare given name one syllable.",
        "persons": [
            ("Ri Chol", "리철", "witness"),
            ("Kim Nam-jin", "김남진", "supervisor", ["Fox"]),
        ],
        "text": """Witness: [[P|RI CHOL]]
Country: [[G|Kuwait]]    Site: [[G|Sabah Al-Ahmad Sea City]]

[[P|Chol]] (one syllable, his given name) says the Kuwaiti engineer [[U|Abdullah Al-Rashidi]] once asked why the Koreans never rested. The Egyptian interpreter, [[U|Mahmoud]], was told not to speak to them.

The minder [[P|Kim Nam-jin]], nicknamed "the [[P|Fox]]", answered for them. [[P|Ri]] said that "the [[P|Fox]]" sent reports to the embassy every Friday.
""",
    },
    {
        "id": "h3-en-20",
        "eol": "lf",
        "note": "Public figure Ri Sol-ju next to private Ri; restaurant; Kim Jong Un without hyphen.",
        "persons": [("Ri Hye-gyong", "리혜경", "witness"), ("Ri Jong-ok", "리정옥", "coworker")],
        "text": """[[P|Ri Hye-gyong]] sang in a restaurant band in [[G|Vientiane]]. The performers were told to copy the hairstyle of [[G|Ri Sol-ju]], the wife of [[G|Kim Jong Un]].

Her friend [[P|Ri Jong-ok]] played the accordion. Customers could not tell the two apart. [[P|Jong-ok]] was sent back after a Lao customer, [[U|Souksavanh]], gave her a phone.

The [[G|Korea Haedanghwa Group]] ran the restaurant.
""",
    },
    {
        "id": "h3-en-21",
        "eol": "mixed",
        "note": "Reviewer checklist; initials only; names in parentheses; zero-width joiner.",
        "persons": [("Hong Yong-il", "홍영일", "witness"), ("Hong Yong-nam", "홍영남", "relative")],
        "text": """Checklist for export
[x] witness name removed: [[P|Hong Yong-il]] ([[P|H.Y.I.]])
[x] relative removed: brother ([[P|Hong\u200dYong-nam]])
[ ] co-worker in para. 3 ("[[U|Chol-su]]") still visible
[ ] the minder (Mr. [[U|Kye]]) — check spelling

Comment: [[P|Yong-il]] worked at the [[G|Al Wakrah]] stadium site in [[G|Qatar]] for [[G|Genco]].
""",
    },
    {
        "id": "h3-en-22",
        "eol": "crlf",
        "note": "Multi-paragraph narrative; bare surname Han and Son as English word; Korean surnames Yu and Seo.",
        "persons": [("Han Song-ryong", "한성룡", "witness")],
        "text": """In 2017 [[P|Han Song-ryong]] was sent to a shipyard near [[G|Saint Petersburg]].

"[[P|Han]] and I were like brothers," said [[U|Son Il-ho]], who was interviewed separately. "My son was born while I was away. [[P|Han]] lent me money for the call."

The two men later escaped together with help from a Russian Orthodox priest, Father [[U|Alexei]]. [[U|Son]] reached [[G|Seoul]] in 2019; [[P|Song-ryong]] stayed in [[G|Russia]].
""",
    },
    {
        "id": "h3-en-23",
        "eol": "lf",
        "note": "Names separated by slashes and semicolons; witness list for group interview.",
        "persons": [
            ("Yang Chol-su", "양철수", "witness"),
            ("Ryu Kyong-hui", "류경희", "witness", ["Yoo Kyung-hee"]),
            ("Mun Il-bong", "문일봉", "witness"),
        ],
        "text": """Group interview, [[G|Seoul]], 12 March 2023.
Present: [[P|Yang Chol-su]]/[[P|Ryu Kyong-hui]]/[[P|Mun Il-bong]]; interviewer [[U|Lee Jiwon]]; interpreter none.

All three worked in [[G|Jilin]] at a fish-processing plant. [[P|Yoo Kyung-hee]] (South Korean ID spelling) says [[P|Yang]] was the one who organised the escape. [[P|Mun]] disagreed: "It was [[P|Kyong-hui]]'s idea."

The plant belonged to the [[G|Yanbian Haiyang Food Company]].
""",
    },
    {
        "id": "h3-en-24",
        "eol": "crlf",
        "note": "Unicode edge cases: astral emoji between names, soft hyphen between name parts, BOM-like zero width no-break space.",
        "persons": [("Kwon Hyok", "권혁", "witness"), ("Kwon Mi-yong", "권미영", "relative")],
        "text": """Chat pasted by the witness:

[[P|Kwon\u00adHyok]] 🙏 [[P|Mi-yong]] – are you safe?
[[P|Mi\ufeff-yong]] 🌸: yes, Aunt [[U|Chun-ja]] is with me

[The witness, [[P|Hyok]], explains that [[U|Chun-ja]] is his mother's sister in [[G|Hyesan]].]
""",
    },
    {
        "id": "h3-ko-01",
        "eol": "crlf",
        "note": "문답 녹취록; 조사 붙은 이름; 성+직함 붙여쓰기/띄어쓰기; 김정은 공인.",
        "persons": [("Kim Chol-ung", "김철웅", "witness"), ("Pak Yong-ho", "박영호", "supervisor")],
        "text": """문: 성함을 말씀해 주십시오.
답: [[P|김철웅]]입니다. 현장에서는 다들 [[P|철웅]]이라고 불렀습니다.

문: [[G|쿠웨이트]] 현장의 책임자는 누구였습니까?
답: [[P|박영호]]라는 사람이었습니다. 우리는 [[P|박]]반장이라고 불렀고, 나이 많은 사람들은 [[P|박]] 동무라고 했습니다. [[P|박영호]]는 아침마다 [[G|김정은]] 원수님의 말씀을 읽게 했습니다.

문: 여권은 어떻게 되었습니까?
답: 도착한 날 [[P|박]]반... 아니, [[P|박영호]]가 다 걷어 갔습니다. 이번에도 정말 돌려받지 못했습니다.
""",
    },
    {
        "id": "h3-ko-02",
        "eol": "lf",
        "note": "통역 메모 없이 한국어 진술; 모든 조사(은/는/이/가/을/를/의/에게/한테/와/과/도/만/께서/님); 이름과 닮은 일반어(이번, 정말, 조금, 한참, 유리).",
        "persons": [("Ri Yong-nam", "리영남", "witness"), ("Yu Ri-hwa", "유리화", "relative")],
        "text": """저 [[P|리영남]]은 2015년에 [[G|러시아]] [[G|블라디보스토크]]로 갔습니다. 같이 간 [[U|조금철]]이가 제일 친했습니다. [[U|조금철]]과 저는 조금 먹고 한참 일했습니다.

[[U|금철]]이를 감독은 매일 때렸습니다. 감독 [[U|한명수]]에게 말대꾸를 했다는 이유였습니다. [[U|한명수]]한테 맞은 사람은 [[U|금철]]이만이 아니었습니다.

아내 [[P|유리화]]의 편지는 한 번도 못 받았습니다. 유리창 너머로 눈만 보며 [[P|리화]]를 생각했습니다. [[P|리영남]]도 울었다고 그 사람들이 나중에 말했습니다.
""",
    },
    {
        "id": "h3-ko-03",
        "eol": "mixed",
        "note": "메신저 대화 붙여넣기; 이름 사이 zero-width space; 이모지.",
        "persons": [("Choe Un-jong", "최은정", "witness"), ("Choe Un-byol", "최은별", "relative")],
        "text": """[오후 3:12] [[P|최\u200b은정]]: 언니 소식 들었어? 😢
[오후 3:13] 조사원: 아직요. [[P|은별]] 씨 연락 왔나요?
[오후 3:15] [[P|최\u200b은정]]: [[P|은\u200c별]]이가 [[G|혜산]]에서 보위부에 불려갔대요
[오후 3:16] [[P|최\u200b은정]]: [[U|장]] 과장 그 사람이 또 왔다고
[오후 3:20] 조사원: [[U|장]] 과장의 이름은 아세요?
[오후 3:21] [[P|최\u200b은정]]: [[U|장성호]]요. 🙏
""",
    },
    {
        "id": "h3-ko-04",
        "eol": "lf",
        "note": "언급 인물 목록(쉼표/빗금); 공인 김일성, 김정일; 김일성광장 장소.",
        "persons": [
            ("Song Chol-man", "송철만", "witness"),
            ("Han Yong-ae", "한영애", "relative"),
            ("Moon Kwang-su", "문광수", "coworker"),
        ],
        "text": """언급 인물: [[P|송철만]](증인), [[P|한영애]](처), [[P|문광수]]/[[U|방대길]](동료)

[[P|송철만]]은 [[G|김일성광장]] 행사에 동원된 뒤 [[G|카타르]]로 파견되었다고 한다. 출국 전 [[G|김일성]], [[G|김정일]] 동상에 꽃을 바쳤다.

[[P|문]] 동무와 [[U|방]] 동무는 같은 방을 썼다. 송이버섯 철이 되면 [[P|송]] 씨는 고향 생각이 났다고 한다. 한편 [[P|영애]] 씨는 지금도 [[G|함흥]]에 산다.
""",
    },
    {
        "id": "h3-ko-05",
        "eol": "crlf",
        "note": "표 형식 텍스트; 한글 러시아 이름; 벌목.",
        "persons": [("Ryu Chang-ho", "류창호", "witness"), ("Kye Sun-il", "계순일", "supervisor")],
        "text": """이름 | 역할 | 장소
[[P|류창호]] | 증인 | [[G|아무르주]] 벌목소
[[P|계순일]] | 작업반장 | [[G|아무르주]] 벌목소
[[U|니콜라이 이바노프]] | 러시아인 운전수 | [[G|틴다]]

비고: [[P|류창호]]는 [[P|계]]반장이 여권을 가져갔다고 진술함. [[U|니콜라이]]는 몰래 빵을 팔았다. [[P|창호]] 씨의 남쪽 표기는 [[P|유창호]]다.
""",
    },
    {
        "id": "h3-ko-06",
        "eol": "lf",
        "note": "가족에게 쓴 편지; 이름만 부르기(한 음절/두 음절); 호칭 '야/아'.",
        "persons": [
            ("Jang Il", "장일", "witness"),
            ("Jang Ok", "장옥", "relative"),
            ("Kim Myong-ja", "김명자", "relative"),
        ],
        "text": """사랑하는 [[P|옥]]아,

아버지는 [[G|중국]] [[G|단둥]]의 공장에서 잘 지낸다. 너의 어머니 [[P|명자]]에게도 안부 전해라. [[P|김명자]] 동지가 건강하다니 다행이다.

[[U|순희]] 이모가 보낸 돈은 받지 못했다. 공장장 [[U|왕]] 씨가 다 가져갔다.

[[P|옥]]이 아빠 [[P|장일]]이, 2016년 가을
""",
    },
    {
        "id": "h3-ko-07",
        "eol": "mixed",
        "note": "법정식 진술서 번역본; 전각 숫자/문자; 존칭 '님'과 '께서'.",
        "persons": [("O Hyon-chol", "오현철", "witness"), ("O Chang-su", "오창수", "relative")],
        "text": """진 술 서

본인 [[P|오현철]]은 다음과 같이 진술합니다.

１. 본인은 ２０１４년부터 [[G|몽골]] [[G|울란바토르]] 근처 건설 현장에서 일했습니다.
２. 아버지 [[P|오창수]]님께서는 [[G|평양]]에서 보위부 조사를 받으셨습니다.
３. 현장 감독 [[U|김혁]]은 [[U|바트바야르]]라는 몽골인 기사와 돈을 나눴습니다.

오늘 [[P|오현철]] (서명)
""",
    },
    {
        "id": "h3-ko-08",
        "eol": "lf",
        "note": "검토자 메모; 성만 있는 언급(안/노/하/도); 이름과 닮은 일반어(안전, 노동, 하루, 도시) 미표시.",
        "persons": [("An Kyong-su", "안경수", "witness"), ("No Chun-sik", "노춘식", "supervisor")],
        "text": """검토 메모: 녹취록 5쪽의 "[[P|안]]이 말하길"은 증인 [[P|안경수]]를 뜻함. 안전 교육은 없었다는 부분과 혼동하지 말 것.

감독 [[P|노춘식]]은 남쪽 표기로 [[P|노춘식]], 북쪽 문서에는 [[P|로춘식]]으로 나옴. [[P|로]]반장이 하루 열여섯 시간 노동을 시켰다.

또 [[U|하]] 씨와 [[U|도]] 씨(이름 미상)가 언급됨. 도시 이름 [[G|하바롭스크]]는 그대로 둠.
""",
    },
    {
        "id": "h3-ko-09",
        "eol": "crlf",
        "note": "공인 리설주, 최룡해와 증인 리/최; 김책공업종합대학; 김책시.",
        "persons": [("Ri Sol-hwa", "리설화", "witness"), ("Choe Ryong-il", "최룡일", "coworker")],
        "text": """증인 [[P|리설화]]는 [[G|김책공업종합대학]]을 졸업하고 [[G|김책시]]에서 일하다가 [[G|중국]] [[G|선양]]의 IT 회사로 파견되었다.

[[P|리설화]]는 [[G|리설주]]와 이름이 비슷해서 놀림을 받았다고 한다. 같은 팀의 [[P|최룡일]]은 [[G|최룡해]]의 친척이냐는 질문을 자주 받았다.

[[P|룡일]] 동무는 2018년에 귀국했다. [[P|설화]] 씨는 2019년에 탈출했다.
""",
    },
    {
        "id": "h3-ko-10",
        "eol": "lf",
        "note": "어선; 선박 이름 공인; 중국인 이름(한자/한글).",
        "persons": [("Pyon Song-chol", "변성철", "witness")],
        "text": """[[P|변성철]]은 중국 어선 [[G|루룽위 2682호]]에서 2년 동안 일했다. 선장은 [[U|장웨이]]([[U|張偉]])라는 중국인이었다.

배에는 인도네시아 선원 [[U|부디]]와 필리핀 선원 [[U|마크]]도 있었다. [[U|부디]]는 [[P|성철]]에게 담배를 주었다.

[[P|변]] 씨는 "바다 위에서는 도망갈 곳이 없었다"고 말했다.
""",
    },
    {
        "id": "h3-ko-11",
        "eol": "mixed",
        "note": "이름 뒤 다양한 조사: 이라는, 라는, 이라고, 으로, 로서, 에게서, 하고, 이랑.",
        "persons": [("Hwang Un-chol", "황은철", "witness")],
        "text": """[[P|황은철]]이라는 이름은 가명이 아니다. 그는 [[G|아랍에미리트]] [[G|두바이]]의 건설 현장에서 일했다.

같은 현장의 여성 취사원 [[U|량금희]]라는 사람이 있었는데, [[U|금희]]하고 [[P|은철]]이랑은 고향이 같았다. [[U|량금희]]에게서 들은 이야기로는 감독 [[U|허광철]]이 돈을 빼돌렸다고 한다.

[[P|황은철]]로서는 믿기 어려웠다. 남쪽 문서에는 [[U|양금희]]로 적혀 있다.
""",
    },
    {
        "id": "h3-ko-12",
        "eol": "crlf",
        "note": "검토자 코멘트 목록; 이니셜; 괄호 안 이름.",
        "persons": [
            ("Seo Hyang-suk", "서향숙", "witness"),
            ("Baek Nam-il", "백남일", "supervisor"),
        ],
        "text": """내보내기 점검표
- 증인 이름 ([[P|서향숙]]) 삭제 확인
- 감독 ([[P|백남일]], 약칭 "[[P|백]] 지배인") 삭제 확인
- 3문단 "[[P|ㅅㅎㅅ]]"는 증인 이니셜임

메모: [[P|향숙]] 씨는 [[G|캄보디아]] [[G|프놈펜]]의 [[G|평양랭면관]]에서 일했다. [[P|백]]지배인은 [[G|조선무역은행]]으로 송금했다.
""",
    },
    {
        "id": "h3-ko-13",
        "eol": "lf",
        "note": "전각 라틴 문자로 적힌 이름이 한국어 본문에; 별명 등록.",
        "persons": [("Kang Tae-ho", "강태호", "witness", ["곰"])],
        "text": """증인 [[P|강태호]](여권 표기 [[P|ＫＡＮＧ ＴＡＥ ＨＯ]])는 현장에서 "[[P|곰]]"이라고 불렸다. 힘이 세서였다.

[[P|곰]]이 형이라고 부른 [[U|마성일]]은 [[G|시베리아]] 벌목장에서 다쳤다. [[U|마]] 동무는 병원에 가지 못했다.

[[P|태호]]는 "[[U|성일]]이 형 생각을 하면 지금도 마음이 아프다"고 했다.
""",
    },
    {
        "id": "h3-ko-14",
        "eol": "mixed",
        "note": "아프리카 의료진; 아프리카 이름 한글 표기; 소개 표현 '이름은'.",
        "persons": [("Jon Kyong-ae", "전경애", "witness")],
        "text": """증인의 이름은 [[P|전경애]]이다. 간호사로 [[G|앙골라]] [[G|루안다]]의 병원에 파견되었다.

그곳 의사의 이름은 [[U|주앙 페레이라]]였고, 통역은 [[U|아마라]]라는 여성이 맡았다. [[U|아마라]] 씨는 [[P|경애]]에게 포르투갈어를 가르쳐 주었다.

수입의 대부분은 [[G|조선의학협회]]로 보내졌다고 [[P|전경애]] 씨는 말했다.
""",
    },
    {
        "id": "h3-ko-15",
        "eol": "crlf",
        "note": "긴 서술; 3문단; 성+씨 붙여쓰기; 이름과 닮은 일반어(김장, 박수, 문제, 방).",
        "persons": [("Kim Song-il", "김성일", "witness")],
        "text": """[[P|김성일]]씨는 2012년 [[G|러시아]] [[G|모스크바]]의 아파트 공사장에 갔다. 겨울이면 김장도 못 하고 배추 한 통 없이 지냈다.

[[P|김]]씨는 동료 [[U|박춘화]]와 함께 일했다. 회의 때마다 박수를 쳐야 했는데, [[U|박]]씨는 손이 얼어 박수를 못 쳤다.

문제는 돈이었다. 방 한 칸에 열 명이 살았고, [[U|춘화]]는 끝내 병이 들었다. [[P|성일]]은 그 이야기를 하며 오래 말이 없었다.
""",
    },
    {
        "id": "h3-ko-16",
        "eol": "lf",
        "note": "몽골어 이름과 베트남어 이름 한글 표기; 광산.",
        "persons": [("Rim Kwang-hyok", "림광혁", "witness", ["임광혁"])],
        "text": """[[P|림광혁]](남쪽 표기 [[P|임광혁]])은 [[G|몽골]] 광산에서 일했다. 몽골인 감독 [[U|간바타르]]는 북한 노동자들에게 친절했다.

같은 숙소에는 베트남 출신 [[U|응우옌 반 훙]]도 있었다. [[U|훙]] 씨는 [[P|광혁]]에게 라면을 나눠 주었다.

[[P|림]] 씨는 "[[U|간바타르]]가 없었으면 살아남지 못했을 것"이라고 말했다.
""",
    },
    {
        "id": "h3-ko-17",
        "eol": "mixed",
        "note": "보고서 형식; 기관/회사 공인; 성 '소', '유', '서'.",
        "persons": [("So Yong-chol", "소영철", "witness"), ("Yu Jin-hui", "유진희", "relative")],
        "text": """1. 개요
증인 [[P|소영철]]은 [[G|조선릉라888무역회사]] 소속으로 [[G|중국]] [[G|훈춘]]의 수산물 가공공장에서 일하였다.

2. 가족
처 [[P|유진희]]는 [[G|청진]]에 거주. 소식에 따르면 [[P|진희]]는 2020년 보위원에게 불려갔다.

3. 기타
[[P|소]] 씨는 소 한 마리 값도 안 되는 돈을 받았다고 했다. 서류에는 [[P|소영철]], 남쪽 표기로도 [[P|소영철]]이다.
""",
    },
    {
        "id": "h3-ko-18",
        "eol": "crlf",
        "note": "질의응답; 통역자 주석(괄호); 호칭 선생님/언니/오빠.",
        "persons": [("Hyon Mi-ok", "현미옥", "witness"), ("Hyon Chol", "현철", "relative")],
        "text": """문: 식당에서 누가 관리했습니까?
답: [[U|김영희]] 선생님이요. 우리는 [[U|영희]] 언니라고 불렀습니다. (통역: 실제 친언니는 아님)

문: 증인 본인의 이름을 확인하겠습니다.
답: [[P|현미옥]]입니다. 오빠는 [[P|현철]]이고요. [[P|철]]이 오빠는 [[G|라오스]]에 있었어요.

문: [[P|현철]] 씨는 지금 어디 있습니까?
답: 모릅니다. [[U|리]] 지배인이 말해 주지 않았어요.
""",
    },
    {
        "id": "h3-ko-19",
        "eol": "lf",
        "note": "공인 김정은/김정일과 같은 성의 사인; 지명 김정숙군; 공인 직함.",
        "persons": [("Kim Jong-hyok", "김정혁", "witness")],
        "text": """[[P|김정혁]]은 [[G|량강도]] [[G|김정숙군]] 출신이다. 그는 [[G|김정은]] 위원장의 현지지도 사진을 매일 닦아야 했다고 한다.

[[P|김정혁]]의 이름이 [[G|김정일]]과 비슷해 감독 [[U|석광남]]이 자주 트집을 잡았다. [[U|석]] 감독은 "[[P|정혁]]이 너는 이름값을 하라"고 했다.
""",
    },
    {
        "id": "h3-ko-20",
        "eol": "crlf",
        "note": "소프트 하이픈과 zero-width joiner가 한글 이름 안에.",
        "persons": [("Cha Yong-hui", "차영희", "witness"), ("Cha Kwang-nam", "차광남", "relative")],
        "text": """녹취록(메신저에서 복사):

[[P|차\u00ad영희]]: 동생 [[P|광\u200d남]]이는 아직 [[G|평성]]에 있어요.
조사원: [[P|차광남]] 씨 말씀이시죠?
[[P|차\u00ad영희]]: 네. [[P|광남]]이가 [[U|정]] 보위원한테 끌려갔었어요.
""",
    },
    {
        "id": "h3-ko-21",
        "eol": "lf",
        "note": "카타르 건설; 아랍 이름 한글; '~라는 사람'; 성+님.",
        "persons": [("Nam Chol-u", "남철우", "witness"), ("Ju Kyong-il", "주경일", "supervisor")],
        "text": """[[P|남철우]]는 [[G|카타르]] [[G|도하]]의 경기장 공사에 동원되었다. 카타르 측 감독관은 [[U|무함마드 알타니]]라는 사람이었다.

북측 책임자는 [[P|주경일]]로, 노동자들은 [[P|주]]님이라고 부르며 눈치를 보았다. [[P|주경일]]은 [[U|무함마드]]에게 뇌물을 주었다는 소문이 있었다.

[[P|철우]]는 남쪽에 도착해서야 [[U|무함마드]]가 자신을 도우려 했다는 것을 알았다.
""",
    },
    {
        "id": "h3-ko-22",
        "eol": "mixed",
        "note": "여러 문단; 한 음절 이름; 성 '방', '강', '한'; 일반어 방/강/한.",
        "persons": [("Bang Hun", "방훈", "witness")],
        "text": """[[P|방훈]]은 [[G|러시아]] [[G|하바롭스크]]의 건설 현장 방 한 칸에서 여섯 명과 함께 살았다.

[[P|훈]]은 [[U|강웅]]과 가장 가까웠다. [[U|웅]]이는 강 건너 마을에 몰래 다녀오다 걸렸다.

한 번은 [[U|강]] 동무가 [[P|방]] 동무를 대신해 벌을 받았다. 한이 맺힌다고 [[P|방훈]]은 말했다.
""",
    },
    {
        "id": "h3-ko-23",
        "eol": "crlf",
        "note": "러시아 이름 키릴 문자와 한글; 고려인.",
        "persons": [("Ri Kum-song", "리금송", "witness")],
        "text": """[[P|리금송]]은 [[G|사할린]]의 건설 현장에서 고려인 통역 [[U|빅토르 김]]([[U|Виктор Ким]])을 만났다.

[[U|빅토르]]는 [[P|금송]]에게 러시아어를 가르쳤다. 러시아인 사장 [[U|세르게이 쿠즈네초프]]는 임금을 북측 책임자 [[U|최]] 씨에게 직접 주었다.

[[P|리]] 씨는 "[[U|Сергей]]는 우리가 돈을 받는 줄 알았다"고 했다.
""",
    },
    {
        "id": "h3-ko-24",
        "eol": "lf",
        "note": "인터뷰 요약; 제목 줄에 이름; 따옴표 안 이름; 이름이 마지막 단어.",
        "persons": [("Yun Hae-song", "윤해송", "witness"), ("Yun Pok-nam", "윤복남", "relative")],
        "text": """증인: [[P|윤해송]] / 면담자: [[U|박지현]]

"[[P|해송]]아, 꼭 살아서 와라." 어머니 [[P|윤복남]]의 마지막 말이었다.

[[P|윤해송]]은 [[G|중국]] [[G|연길]]의 식당에서 3년을 일했다. 식당 사장 [[U|리]]는 조선족이었다. 밤마다 편지를 쓴 사람은 [[P|해송]]
""",
    },
    {
        "id": "h3-mixed-01",
        "eol": "crlf",
        "note": "English interview with Hangul names inserted by the interpreter; particles attached to Hangul.",
        "persons": [("Kim Hak-chol", "김학철", "witness"), ("Ri Pong-su", "리봉수", "supervisor")],
        "text": """Q: What was the minder's name?
A: [Interpreter: he writes it down – [[P|리봉수]].] [[P|Ri Pong-su]]. We called him [[P|리]] 지도원.

Q: And you are [[P|Kim Hak-chol]]?
A: 네, [[P|김학철]]입니다. [Interpreter: "Yes, I am [[P|Kim Hak-chol]]."]

Q: Where was the site?
A: [[G|Novosibirsk]], 노보시비르스크. [[P|봉수]]는 매일 밤 우리를 세었습니다. [Interpreter: "[[P|Pong-su]] counted us every night."]
""",
    },
    {
        "id": "h3-mixed-02",
        "eol": "lf",
        "note": "Bilingual table; romanized and Hangul columns; Chinese characters.",
        "persons": [
            ("Pak Myong-hui", "박명희", "witness"),
            ("Rim Chol-jin", "림철진", "supervisor"),
        ],
        "text": """No. | Name (romanized) | 이름 | Role
1 | [[P|Pak Myong-hui]] | [[P|박명희]] | witness 증인
2 | [[U|Jo Song-gun]] | [[U|조성군]] | co-worker 동료
3 | [[P|Rim Chol-jin]] | [[P|림철진]] | minder 감시원
4 | [[U|Zhang Li]] | [[U|张丽]] | Chinese owner 중국인 사장

All worked at the [[G|Hunchun Ocean Food Processing Plant]] ([[G|훈춘]]) from 2017 to 2019.
""",
    },
    {
        "id": "h3-mixed-03",
        "eol": "mixed",
        "note": "E-mail in English quoting a Korean messenger message; zero-width space; emoji.",
        "persons": [("Choe Hyang", "최향", "witness"), ("Choe Il-song", "최일성", "relative")],
        "text": """Subject: message from [[P|Choe Hyang]]'s brother

Hi team,

The witness forwarded this from her brother [[P|Choe Il-song]] (please note: NOT [[G|Kim Il-sung]] 😅):

> [[P|최\u200b향]]아, [[U|림]] 반장이 또 집에 왔어. 🙁 [[P|일성]]이가

Her brother's name reads "[[P|일성]]" in Hangul; the redaction must not touch [[G|김일성]] elsewhere in the file.

Regards,
[[U|Mina]]
""",
    },
    {
        "id": "h3-mixed-04",
        "eol": "crlf",
        "note": "Reviewer's notes mixing English and Korean; reversed romanized names; Hangul with particle.",
        "persons": [
            ("Yang Song-nam", "양성남", "witness", ["Ryang Song-nam"]),
            ("Yang Hui-suk", "양희숙", "relative"),
        ],
        "text": """Reviewer note 1: witness is [[P|Song-nam Yang]] (North Korean spelling [[P|Ryang Song-nam]], [[P|량성남]]). Hangul in transcript: [[P|량성남]]은, [[P|양성남]]이.

Reviewer note 2: p.3 "[[P|희숙]]이" = his wife [[P|Yang Hui-suk]]. Please redact both.

Reviewer note 3: "[[G|양강도]]" is a province, not a name. "[[G|Yanggang]]" too.
""",
    },
    {
        "id": "h3-mixed-05",
        "eol": "lf",
        "note": "Korean statement with English terms; public company and ship names; Filipino crew.",
        "persons": [("Han Chol-bom", "한철범", "witness")],
        "text": """[[P|한철범]]은 squid fishing boat [[G|Ocean Star 3]]에서 일했다. Captain은 [[U|Chen Ming]]([[U|陈明]])이었고, Filipino crew [[U|Marlon dela Cruz]]가 있었다.

[[U|Marlon]] said [[P|Han]] never received wages. [[P|철범]] 씨는 [[G|Yantai]]에서 배에서 내렸다.
""",
    },
    {
        "id": "h3-mixed-06",
        "eol": "crlf",
        "note": "Court-style bilingual statement; all caps header; diacritics; public figures.",
        "persons": [("Sŏ Kwang-ch'ŏl", "서광철", "witness"), ("Sŏ Ŭn-ju", "서은주", "relative")],
        "text": """WITNESS: [[P|SŎ KWANG-CH'ŎL]] / 증인: [[P|서광철]]

1. I, [[P|Sŏ Kwang-ch'ŏl]], worked in [[G|Kuwait]] from 2010 to 2013. 본인 [[P|서광철]]은 [[G|쿠웨이트]]에서 일하였다.
2. My daughter [[P|Ŭn-ju]] ([[P|은주]]) was expelled from school in [[G|Pyongyang]].
3. The portraits of [[G|Kim Il-sung]] and [[G|Kim Jong-il]] ([[G|김일성]], [[G|김정일]]) hung in our dormitory.
""",
    },
    {
        "id": "h3-mixed-07",
        "eol": "lf",
        "note": "Messenger chat mixing scripts; fullwidth Hangul-keyboard letters; emoji near names.",
        "persons": [("Jong Un-ha", "정은하", "witness"), ("Jong Yong-chol", "정용철", "relative")],
        "text": """[[P|Ｊｏｎｇ Ｕｎ-ｈａ]]: 🥺 my dad [[P|Yong-chol]] is sick
staff: 아버님 성함이 [[P|정용철]] 맞으시죠?
[[P|Ｊｏｎｇ Ｕｎ-ｈａ]]: 네 맞아요 ❤️[[P|은하]]
staff: Do you know the doctor's name?
[[P|Ｊｏｎｇ Ｕｎ-ｈａ]]: Dr. [[U|Oyunchimeg]], she's Mongolian 🇲🇳
""",
    },
    {
        "id": "h3-mixed-08",
        "eol": "mixed",
        "note": "Persons-mentioned list in both scripts; slash and semicolon separators; organisations named after people.",
        "persons": [
            ("Ri Chang-su", "리창수", "witness"),
            ("Kim Kyong-nam", "김경남", "coworker"),
            ("U Sang-ho", "우상호", "supervisor"),
        ],
        "text": """Persons mentioned / 언급 인물: [[P|Ri Chang-su]] ([[P|리창수]]); [[P|Kim Kyong-nam]]/[[P|김경남]]; [[P|U Sang-ho]] ([[P|우상호]], minder).
Organisations / 기관: [[G|Kim Il-sung Socialist Youth League]], [[G|김일성사회주의청년동맹]], [[G|Kim Chaek University]].

Note: [[P|U]] is a surname here (우). [[P|Chang-su]] says [[P|U]] confiscated passports at [[G|Domodedovo]].
""",
    },
    {
        "id": "h3-mixed-09",
        "eol": "crlf",
        "note": "Letter in Korean with English translation below; given name alone; relatives.",
        "persons": [("Mun Song-ae", "문성애", "witness"), ("Mun Hyok-chol", "문혁철", "relative")],
        "text": """보고 싶은 [[P|혁철]]에게,
누나 [[P|성애]]는 [[G|상하이]]에서 잘 있다. [[U|최]] 사장이 월급을 안 준다.

[Translation]
Dear [[P|Hyok-chol]],
Your sister [[P|Song-ae]] is fine in [[G|Shanghai]]. Boss [[U|Choe]] is not paying wages.

[Staff: sender is [[P|Mun Song-ae]]; the boss is [[U|최]] ([[U|Choe]]), given name unknown.]
""",
    },
    {
        "id": "h3-mixed-10",
        "eol": "lf",
        "note": "Summary with African and Arab names; Korean and English; surnames Yu/Baek as bare.",
        "persons": [("Yu Chol-nam", "유철남", "witness"), ("Baek Song-hui", "백송희", "coworker")],
        "text": """Dr [[P|Yu Chol-nam]] ([[P|유]] 선생) and nurse [[P|Baek Song-hui]] worked in [[G|Kampala]], [[G|Uganda]]. Ugandan colleague [[U|Okello Moses]] and Sudanese driver [[U|Omar Abdelrahman]] remember them.

[[U|Okello]]: "[[P|Yu]] was quiet. [[P|Baek]] cried often."
[[P|백송희]] 씨는 2018년에 귀국했고, [[P|유철남]] 선생은 남았다.
""",
    },
    {
        "id": "h3-mixed-11",
        "eol": "crlf",
        "note": "Korean transcript with romanized name tags; soft hyphen; registered nickname in Hangul and English.",
        "persons": [
            ("Kim Kwang-ho", "김광호", "supervisor", ["여우", "Yeou"]),
            ("Ri Song-min", "리성민", "witness"),
        ],
        "text": """[[P|Ri Song\u00ad-min]] ([[P|리성민]]): 감독은 [[P|김광호]]였어요. 다들 "[[P|여우]]"라고 불렀죠.
Interviewer: "[[P|Yeou]]" means fox?
[[P|Ri Song\u00ad-min]]: 네. [[P|여우]]가 여권을 다 가져갔어요. [[P|Kim Kwang-ho]] was from [[G|Wonsan]].
""",
    },
    {
        "id": "h3-mixed-12",
        "eol": "mixed",
        "note": "Mixed review with Vietnamese restaurant; Vietnamese names with diacritics; Hangul and romanized witness.",
        "persons": [("Ko Un-mi", "고은미", "witness"), ("Ko Chol", "고철", "relative")],
        "text": """Case note – restaurant in [[G|Hanoi]] / [[G|하노이]] 식당

[[P|Ko Un-mi]] ([[P|고은미]]) worked at the [[G|Pyongyang Koryo Restaurant]]. The Vietnamese landlord, [[U|Trần Văn Minh]], and a waitress from the neighbouring café, [[U|Phạm Thu Hà]], befriended her.

[[P|은미]] 씨의 아버지 [[P|고철]]은 [[G|남포]]에 있다. [[P|Un-mi]] fears for [[P|Ko Chol]].
""",
    },
    {
        "id": "h3-en-25",
        "eol": "lf",
        "note": "Roster of co-workers (unregistered) typed as a list; names at line start and end; 'called' introductions.",
        "persons": [("Kim Tae-song", "김태성", "witness")],
        "text": """Brigade 3 roster as remembered by [[P|Kim Tae-song]]:

- [[U|Ri Kwang-chol]], welder, from [[G|Sariwon]]
- [[U|Pak Un-gil]], carpenter; a cheerful man called "[[U|Gil-i]]" by everyone
- [[U|Choe Man-sik]] / [[U|Han Sung-ho]], plasterers
- a young driver named [[U|Yong-jun]]
- cook: [[U|Kim]] (older woman, given name unknown)

[[P|Tae-song]] adds that [[U|Kwang-chol]] and [[U|Sung-ho]] were sent home after an inspection by the [[G|Ministry of State Security]]. The welder [[U|Ri]] later died, he heard from [[U|Man-sik]]
""",
    },
    {
        "id": "h3-en-26",
        "eol": "crlf",
        "note": "Narrative with many unregistered names of other nationalities; public cities and companies; surname Do/Moon as English words.",
        "persons": [("Ri Un-song", "리운송", "witness")],
        "text": """In [[G|Irkutsk]] [[P|Ri Un-song]] worked beside Uzbek and Tajik workers. He remembers [[U|Rustam Karimov]], [[U|Farrukh]] and an older Tajik called [[U|Davron Nazarov]]. The Russian site manager, [[U|Dmitri Sokolov]], paid them but not the Koreans.

"Do you know why?" asked [[P|Un-song]]. "Because [[U|Moon]], our chief, took the money to the [[G|Korea Sobaeksu Trading Company]]." Under the moon, after midnight, the men smoked with [[U|Rustam]].

A Chinese supplier, [[U|Li Xiaoming]] ([[U|李晓明]]), and his Korean-Chinese interpreter, [[U|Jin Chunhua]] ([[U|김춘화]]), visited monthly.
""",
    },
    {
        "id": "h3-ko-25",
        "eol": "lf",
        "note": "동료 명단(미등록 인물 다수); 성만; 성+직함 붙여쓰기.",
        "persons": [("Ryom Kwang-su", "렴광수", "witness", ["염광수"])],
        "text": """[[P|렴광수]]가 기억하는 작업반원:

[[U|허명철]], [[U|고영남]], [[U|서춘식]], [[U|문철]], 그리고 막내 [[U|은혁]]이.

[[U|허명철]]은 용접공이었고 [[U|고]]씨는 목수였다. [[U|서춘식]]이라는 사람은 [[G|평안남도]] 출신으로, 다들 [[U|서]]반장이라고 불렀다. [[U|은혁]]이는 열아홉 살이었다.

[[P|광수]] 씨(남쪽 표기 [[P|염광수]])는 [[U|문철]]이 2017년에 [[G|우즈베키스탄]] 노동자 [[U|루스탐]]과 싸운 일을 이야기했다.
""",
    },
    {
        "id": "h3-ko-26",
        "eol": "crlf",
        "note": "감시원과 보위원(미등록) 다수; 공인 기관; 이름과 닮은 일반어(고생, 정말, 이번, 문제).",
        "persons": [("Pak Hyon-ju", "박현주", "witness")],
        "text": """[[P|박현주]]는 [[G|중국]] [[G|닝보]]의 전자 공장에서 일했다. 공장에는 [[G|국가보위성]]에서 나온 [[U|전명수]] 보위원과 당 비서 [[U|림경철]]이 있었다.

[[U|전명수]]는 여자들의 휴대전화를 검사했다. 정말 고생이 많았다고 [[P|현주]]는 말했다. 이번에도 문제는 [[U|림]] 비서였다.

중국인 관리인 [[U|천샤오옌]]([[U|陈晓燕]])은 [[P|현주]]를 불쌍히 여겼다. 같은 방의 [[U|명옥]], [[U|순금]], [[U|혜영]]은 지금도 그곳에 있다.
""",
    },
    {
        "id": "h3-mixed-13",
        "eol": "lf",
        "note": "Interview notes switching languages; many unregistered co-workers; Kim Jong-un and 김정은 public.",
        "persons": [("Sin Chol-ho", "신철호", "witness")],
        "text": """Witness [[P|Sin Chol-ho]] ([[P|신철호]]) named his room-mates: [[U|Kim Yong-dok]], [[U|Ri Hak-su]], [[U|Jang Song-il]]. 방장은 [[U|김영덕]]이었다.

[[U|Yong-dok]] once tore a poster of [[G|Kim Jong-un]] by accident; [[U|리학수]]가 보고했다. 그 뒤 [[U|영덕]]은 [[G|평양]]으로 송환되었다. [[G|김정은]] 초상화는 새로 걸렸다.

Site: [[G|Doha]], employer [[G|Qatari Diar]]. [[P|Chol-ho]] says [[U|Jang]] was kind.
""",
    },
    {
        "id": "h3-mixed-14",
        "eol": "crlf",
        "note": "Mixed-language e-mail between NGOs; staff names unregistered; Mongolian names in Latin and Cyrillic.",
        "persons": [("Om Yong-il", "엄영일", "witness")],
        "text": """From: [[U|Sarangerel]] ([[G|Ulaanbaatar]] partner)
To: [[U|Jeong Hana]]

Dear [[U|Hana]] 님,

[[P|Om Yong-il]] ([[P|엄영일]]) met our lawyer [[U|Bat-Erdene Dorj]] ([[U|Бат-Эрдэнэ Дорж]]) last week. [[P|영일]] 씨 said the foreman [[U|Cha]] kept passports at the [[G|Tavan Tolgoi]] site.

Best,
[[U|Saraa]]
""",
    },
]
