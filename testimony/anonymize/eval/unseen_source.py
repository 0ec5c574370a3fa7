"""Held-out evaluation passages for the name anonymizer (source of unseen.json).

Written without looking at the anonymizer. Markers (see build_unseen.py):
[[P:name|tags]] registered private mention, [[U:name|tags]] unregistered private mention,
{{name|tags}} public mention (must stay), <<word>> look-alike word that is NOT a mention.
Invisible and fullwidth characters are written as escapes (\\r\\n, \\u200b, \\uff30 ...).
"""

# ruff: noqa: E501

from __future__ import annotations

from typing import Any


def p(name: str, hangul: str, role: str, aliases: list[str] | None = None) -> dict[str, Any]:
    """A registered person as staff would enter them."""
    person: dict[str, Any] = {"name": name, "hangul": hangul, "role": role}
    if aliases:
        person["aliases"] = aliases
    return person


PASSAGES: list[dict[str, Any]] = [
    {
        "id": "unseen-en-01",
        "language": "en",
        "note": "CRLF, 4 paragraphs, names from paragraph 3; bare surname with possessive; alias 'Big Pak'; 'a man named'.",
        "persons": [
            p("Pak Chol-min", "박철민", "witness", ["Big Pak", "큰 박"]),
            p("Kwak Song-il", "곽성일", "supervisor"),
        ],
        "text": (
            "Statement of witness, taken in Seoul, March 2019.\r\n\r\n"
            "I was sent to {{Kuwait}} in 2011 by {{Namgang Construction|org}}. We were forty-two men in one "
            "container camp outside {{Kuwait City}}. Work started at five and ended when the light was gone, "
            "in summer often after ten at night.\r\n\r\n"
            "Our team leader was [[P:Kwak Song-il]]. [[P:Kwak|bare]] kept all our passports in a metal box "
            "under his bed. The men called me [[P:Big Pak|alias]] because I was the tallest in the brigade. "
            "[[P:Kwak|bare]]'s deputy, a man named [[U:Ri Tae-song|intro]], counted the cement bags every "
            "evening and wrote down who had been slow.\r\n\r\n"
            "When I asked for my wages, [[P:Kwak|bare]] said the money had gone to the Party as a loyalty "
            "contribution. In three years I never saw more than 30 dinars in one month."
        ),
    },
    {
        "id": "unseen-en-02",
        "language": "en",
        "note": "Surnames that are English words (Song, Moon) used alone as persons; variant Mun Kwang Chol.",
        "persons": [
            p("Song Yong-ho", "송영호", "coworker"),
            p("Moon Kwang-chol", "문광철", "supervisor", ["Old Fox"]),
        ],
        "text": (
            "Interviewer summary (translated from Korean by the office).\n\n"
            "The witness was assigned to a logging camp about 60 km north of {{Tynda}}, {{Amur Oblast}}, in "
            "the winter of 2009. The camp was run by {{Forestry Enterprise No. 15|org}}, which has sent North "
            "Korean workers to {{Russia}} under agreements dating back to the 1960s.\n\n"
            "He shared a wagon with [[P:Song Yong-ho]], a man from {{South Hamgyong}}. [[P:Song|bare,engword]] "
            "told him that a worker of another brigade had lost two fingers to a chain saw and was sent home "
            "without any compensation. The brigade leader was [[P:Moon Kwang-chol]] (the witness writes "
            "[[P:Mun Kwang Chol|variant,nk-spaced]] in his own notes); behind his back the men called him [[P:Old Fox|alias]]. "
            "[[P:Moon|bare,engword]] hit him with a "
            "measuring pole when the quota of 12 cubic metres was not met and, according to the witness, "
            "'he hit [[P:Song|bare,engword]] worse, in front of everybody.'\n\n"
            "The witness says he received about a tenth of the wage he was promised."
        ),
    },
    {
        "id": "unseen-en-03",
        "language": "en",
        "note": "English words So/No/Do/park/moon/Park as ordinary words (decoys) next to real persons 'Mr. Ha' and a cook 'named So'.",
        "persons": [p("Ha Jin-u", "하진우", "supervisor")],
        "text": (
            "<<So>> we left the site at four in the morning, all six of us. <<No>> one came after us, "
            "because the minder, Mr. [[P:Ha|bare,engword,title]], had been drinking with the Russian "
            "foreman since the evening. <<Do>> you know what it is to walk on a frozen road without papers? "
            "A cook named [[U:So|intro,engword]] had drawn us a map on the back of a cigarette packet.\r\n"
            "At dawn we hid behind a bus shelter next to a small <<park>> on the edge of {{Vladivostok}}. "
            "I remember <<the moon>> was still up. A driver shouted to another, '<<Park>> the truck over "
            "there!', and we thought they had seen us. [[P:Ha|bare,engword]] reported us missing only at "
            "noon, [[U:So|engword]] told me later on the phone."
        ),
    },
    {
        "id": "unseen-en-04",
        "language": "en",
        "note": "One-syllable given names alone (Hyok, Chol, Il) of registered persons; Chinese manager 'Auntie Liu'.",
        "persons": [
            p("Kim Hyok", "김혁", "coworker"),
            p("Jo Chol", "조철", "coworker"),
            p("Rim Il", "림일", "coworker"),
        ],
        "text": (
            "There were three others from my county in {{North Hwanghae}}: [[P:Kim Hyok]], [[P:Jo Chol]] "
            "and [[P:Rim Il]]. In 2016 we were sent to a seafood processing plant in {{Donggang}}, near "
            "{{Dandong}}, to peel shrimp and crab for sixteen hours a day.\n\n"
            "[[P:Hyok|given1]] was nineteen and had never been away from home. He cried every night of the "
            "first week. The Chinese line manager, a woman we called Auntie [[U:Liu|chinese]], shouted at him "
            "in Chinese and he did not understand a word.\n\n"
            "In the second winter, when the security men came to search the dormitory, [[P:Chol|given1]] "
            "ran. He ran towards the river. [[P:Il|given1]] came back two days later with his face swollen "
            "and would not say where he had been. Nobody ever told us what happened to [[P:Chol|given1]]. "
            "[[P:Hyok|given1]]'s mother wrote twice asking about him."
        ),
    },
    {
        "id": "unseen-en-05",
        "language": "en",
        "note": "Initials (P.C., K.C.M., Mr. K.) of registered persons; interpreter name; 'Park Chul' variant next to a different unregistered 'Park Chul-soo'.",
        "persons": [
            p("Pak Chol", "박철", "witness"),
            p("Kim Chang-min", "김창민", "supervisor"),
        ],
        "text": (
            "Interviewer notes, session 2 (interpreter: [[U:Seo Yun-ah]]).\n\n"
            "W ([[P:P.C.|initials]]) worked in {{Doha}}, {{Qatar}}, from 2015 to 2017 for a subcontractor of "
            "{{Korea Rungrado General Trading Corporation|org}}. In the first session he gave the site "
            "manager's initials as [[P:K.C.M.|initials]]; today he calls him Mr. [[P:K.|initials,title]] "
            "throughout.\n\n"
            "[[P:P.C.|initials]] says [[P:K.C.M.|initials]] collected the passports at {{Hamad International "
            "Airport}} and kept them in the site office safe. Mr. [[P:K.|initials,title]] also held the bank "
            "card the employer had issued in each worker's name.\n\n"
            "Note: the name on W's Qatari ID card was transcribed as '[[P:Park Chul|variant]]'. Do not "
            "confuse with [[U:Park Chul-soo]] from case 2016-07."
        ),
    },
    {
        "id": "unseen-en-06",
        "language": "en",
        "note": "Romanization variants Ri/Lee/Yi, Choe/Choi/Chwe; mix of CRLF and LF.",
        "persons": [
            p("Ri Yong-nam", "리영남", "witness"),
            p("Choe Kwang-hyok", "최광혁", "official"),
        ],
        "text": (
            "Case file note on spellings.\r\n\r\n"
            "The witness appears in our records as [[P:Ri Yong-nam]] (intake form), [[P:Lee Yong-nam|variant]] "
            "(South Korean ID), [[P:Yi Yongnam|variant]] (hospital record) and [[P:Ri Yong Nam|nk-spaced]] "
            "(his handwritten statement).\r\n"
            "The political officer at the site was [[P:Choe Kwang-hyok]], spelled [[P:Choi Kwang-hyuk|variant]] "
            "in the Russian police report and [[P:Chwe|bare,variant]] in one interpreter's notes.\n\n"
            "In {{Ussuriysk}} the two men lived in the same dormitory block. [[P:Lee|bare,variant]] says "
            "[[P:Choi|bare,variant]] read every letter the workers wrote home before it went through the "
            "{{DPRK Consulate General in Nakhodka|org}}, and that anyone who complained about food was "
            "called to a 'life review' session.\r\n\r\n"
            "Please use the intake spelling in all new documents."
        ),
    },
    {
        "id": "unseen-en-07",
        "language": "en",
        "note": "Reversed order (Myong-su Han, Song-mi O), NK spaced syllables, one-letter surname O alone.",
        "persons": [
            p("O Song-mi", "오성미", "witness"),
            p("Han Myong-su", "한명수", "supervisor"),
        ],
        "text": (
            "Statement of [[P:O Song-mi|engword]], recorded in {{Warsaw}}.\n\n"
            "I was sent to {{Poland}} in 2014 to weld ship sections at a yard near {{Gdansk}}. Forty-one of "
            "us came through {{Wonbong Trading Company|org}}.\n\n"
            "Our manager was [[P:Myong-su Han|reversed]]; that is how his name was written on the Polish "
            "work permit, surname last. Among ourselves we said [[P:Han Myong Su|nk-spaced]]. When the Polish "
            "labour inspector came, [[P:Han|bare]] made us say that we worked eight hours and kept our own "
            "passports.\n\n"
            "I told the inspector my name was [[P:Song-mi O|reversed,engword]]. He wrote down only "
            "'[[P:O|bare,engword]]'. [[P:O|bare,engword]] is a strange name, he said, and laughed."
        ),
    },
    {
        "id": "unseen-en-08",
        "language": "en",
        "note": "Fullwidth letters in names typed in Korean input mode; CRLF.",
        "persons": [
            p("Pak Chol-min", "박철민", "witness"),
        ],
        "text": (
            "Witness: [[P:\uff30\uff41\uff4b \uff23\uff48\uff4f\uff4c-\uff4d\uff49\uff4e]] (typed on the office PC in Korean input mode)\r\n"
            "Site: {{Jahra}}, {{Kuwait}}\r\n\r\n"
            "Summary: the witness worked with [[U:\uff2b\uff49\uff4d \uff39\uff4f\uff4e\uff47-\uff48\uff4f]] on a housing project for two "
            "years. [[U:\uff2b\uff29\uff2d|bare]] was the only one who could read English, so the Kuwaiti engineers "
            "gave the drawings to him. The minder did not like this. [[U:\uff2b\uff49\uff4d|bare]] was sent home in "
            "2013 after a 'self-criticism' meeting.\r\n"
            "[[P:\uff30\uff41\uff4b|bare]] stayed until 2015."
        ),
    },
    {
        "id": "unseen-en-09",
        "language": "en",
        "note": "Zero-width chars pasted from messenger: BOM before the first name, ZWSP/word joiner/ZWNJ/soft hyphen inside names.",
        "persons": [
            p("Yu Myong-hui", "유명희", "relative"),
        ],
        "text": (
            "\ufeff[[U:Kang Chol\u200b-ho]] is still in {{Kuwait}}, I heard from people who came back.\r\n"
            "My brother worked under him for three years. [[U:Kang\u2060Chol-ho]] took the passports on "
            "the first day. My brother says [[U:Kang|bare]] beat a young worker named "
            "[[U:Ri\u200c Kwang-il|intro]] so badly that he could not stand for a week.\r\n\r\n"
            "I am [[P:Yu Myong\u00adhui]], his sister. Please do not put my name anywhere, our mother is "
            "still in {{Hyesan}}."
        ),
    },
    {
        "id": "unseen-en-10",
        "language": "en",
        "note": "Messenger log: emoji and astral CJK character directly before names.",
        "persons": [
            p("Jong Su-ryon", "정수련", "coworker"),
            p("Ri Hye-gyong", "리혜경", "witness"),
        ],
        "text": (
            "Chat log handed over by the witness (translated, emoji kept):\n"
            "[2019-05-02 21:14] 😢[[P:Jong|bare]] didn't come back from the night shift\n"
            "[2019-05-02 21:15] 🙏🙏[[P:Su-ryon|given]] please answer\n"
            "[2019-05-02 21:20] 𠀀[[U:Baek Nam-sun]] says the minder took her to the office\n"
            "[2019-05-02 21:31] 😢😢😢\n"
            "[2019-05-03 07:02] 🙏[[P:Hye-gyong|given]] don't write anything more here\n\n"
            "The witness ([[P:Ri Hye-gyong]]) explains that the messages were sent from the garment factory "
            "dormitory in {{Hunchun}}, {{Jilin}}, and that [[P:Jong Su-ryon]] was sent back to "
            "{{Chongjin}} a week later."
        ),
    },
    {
        "id": "unseen-en-11",
        "language": "en",
        "note": "Witness surnamed Kim next to public figures Kim Il-sung, Kim Jong-il, Kim Jong Un; places/universities named after people; a second Kim (unregistered).",
        "persons": [p("Kim Jong-ho", "김정호", "witness")],
        "text": (
            "My name is [[P:Kim Jong-ho]]. Every morning before work we bowed to the portraits of "
            "{{Kim Il-sung|figure}} and {{Kim Jong-il|figure}} that hung in the dining hut. After "
            "{{Kim Jong Un|figure}} came to power the loyalty contributions doubled.\n\n"
            "My younger brother studied at {{Kim Chaek University of Technology|named-after-person}}; that "
            "is why they trusted me with the machines. I had taken part in the parade on "
            "{{Kim Il-sung Square|named-after-person}} in 2010, and I was born in "
            "{{Kimchaek|named-after-person}}.\n\n"
            "The team leader was also a Kim, [[U:Kim Tae-sik]], no relation. [[U:Kim|bare]] told us that "
            "{{Kim Jong-un|figure}} himself had ordered the plan figures raised. I do not believe it. "
            "[[P:Kim|bare]], that is me, was beaten for saying so."
        ),
    },
    {
        "id": "unseen-en-12",
        "language": "en",
        "note": "Very long single sentence; registered name at the very end of the text without final punctuation.",
        "persons": [],
        "text": (
            "We were taken by bus from {{Pyongyang}} to {{Sinuiju}}, then by train across the bridge to "
            "{{Dandong}} and on to {{Shenyang}}, then by plane to {{Moscow}} and by another plane to "
            "{{Vladivostok}}, where a man from the company who never told us his name took our passports "
            "'for registration', put us in a minibus with blacked-out windows and drove us for nine hours "
            "to a construction site where we were told we would work for three years without a single "
            "day off except the birthdays of the leaders and that anyone who tried to talk to a Russian "
            "would be sent home at once and his family would answer for it, and the man who said all "
            "this, standing on a pile of rebar in the rain, was [[U:Ryu Kwang-chol]]"
        ),
    },
    {
        "id": "unseen-en-13",
        "language": "en",
        "note": "Registered name at the very start of the text and directly followed by punctuation/newline; surname Yu/Ryu variant.",
        "persons": [
            p("Ryu Kwang-chol", "류광철", "supervisor"),
            p("Ji Sang-uk", "지상욱", "witness"),
        ],
        "text": (
            "[[P:Yu Kwang-chol|variant]]:\n"
            "that is the name on the list the witness drew from memory (initials [[P:R.K.C.|initials]] in "
            "the 2017 list). He is the same man as "
            "[[P:Ryu|bare]] in the first interview and [[P:Yoo|bare,variant]] in the South Korean "
            "police record.\n"
            "Witness ([[P:Ji Sang-uk]]) insists [[P:Ryu Kwang Chol|nk-spaced]] personally held the keys "
            "of the passport safe.\n"
            "Cross-check with statement of [[U:Nam Chol-jin]]?"
        ),
    },
    {
        "id": "unseen-en-14",
        "language": "en",
        "note": "Myanmar tunnels; Burmese and Korean names; surname An alone; interviewer summary; CRLF.",
        "persons": [
            p("An Song-chol", "안성철", "witness"),
        ],
        "text": (
            "Summary, interview 14 (Bangkok).\r\n\r\n"
            "The witness, [[P:An Song-chol]], was an engineer sent to {{Myanmar}} in 2008 to help dig "
            "tunnels near {{Naypyidaw}}. He says the work was arranged by {{Korea Mining Development "
            "Trading Corporation|org}} and that the tunnels were for the military.\r\n\r\n"
            "At first he gave only his last name, [[P:An|bare,engword]], and his home county. "
            "[[P:An|bare,engword]] reports that a Burmese officer, [[U:U Aung Kyaw]], visited the site "
            "monthly. The Korean side was led by [[U:Pak Jae-gyong]], who kept the team's passports and "
            "mobile phones.\r\n\r\n"
            "Asked whether he could have left, [[P:An|bare,engword]] answered: '<<An>> engineer who leaves is "
            "a traitor. [[U:Pak|bare]] told us that on the first day.'"
        ),
    },
    {
        "id": "unseen-en-15",
        "language": "en",
        "note": "Mongolia; female witness; Mongolian and Korean names; 'whose name was'; decoy 'Do you know'.",
        "persons": [
            p("Choe Un-jong", "최은정", "witness"),
        ],
        "text": (
            "I am [[P:Choe Un-jong]]. I worked in a sewing factory in {{Ulaanbaatar}} from 2012, eighty "
            "women in two rooms. The Mongolian owner, whose name was [[U:Batbayar|intro]], paid the money "
            "to our supervisor, [[U:Paek Song-hui]], not to us.\n\n"
            "<<Do>> you know how much I received? Nothing for eleven months, then 50 dollars. "
            "[[U:Paek|bare]] said the rest was kept for the state.\n\n"
            "A Mongolian woman from the shop downstairs, [[U:Oyuna]], once gave me bread. "
            "[[U:Paek|bare]] saw it and I had to write a self-criticism."
        ),
    },
    {
        "id": "unseen-en-16",
        "language": "en",
        "note": "Fishing boat; ship names (public); captain and crew; surnames Jo and Do alone.",
        "persons": [
            p("Do Hyon-u", "도현우", "coworker"),
        ],
        "text": (
            "From 2017 the witness worked on the {{Chilbosan-ho|ship}}, a trawler fishing squid off "
            "{{Uruguay}}, and later on the {{Tongil-ho 7|ship}}. Captain [[U:Jo Myong-gil]] held the "
            "seamen's books.\n\n"
            "Twenty months without touching land. When a crewman, [[P:Do Hyon-u]], fell ill, [[U:Jo|bare]] "
            "refused to put into port. [[P:Do|bare,engword]] lay in the net store for nine days.\n\n"
            "The catch was transferred at sea to a Chinese vessel, the {{Lu Rong Yu 1107|ship}}. "
            "[[U:Jo|bare]] said the crew's pay went to {{Korea Taesong Trading Company|org}}."
        ),
    },
    {
        "id": "unseen-en-17",
        "language": "en",
        "note": "Chinese factory; Chinese names (Zhang Wei, Wang) unregistered; registered Korean minder as 'Comrade Ma'.",
        "persons": [
            p("Ma Chol-su", "마철수", "supervisor"),
            p("Hong Yun-a", "홍윤아", "witness"),
        ],
        "text": (
            "Witness [[P:Hong Yun-a]] worked in an electronics assembly plant in {{Dandong}} owned by a "
            "Chinese company. The floor manager was [[U:Zhang Wei|chinese]]; the owner, Mr. "
            "[[U:Wang|chinese]], came only at New Year.\n\n"
            "The Korean minder, Comrade [[P:Ma|bare,title]], lived in the same building and locked the "
            "door at night. [[P:Ma|bare]] would say 'the Chinese are watching you, and I am watching the "
            "Chinese.' [[U:Zhang|chinese,bare]] once tried to give the women a day off; [[P:Ma|bare]] "
            "refused it."
        ),
    },
    {
        "id": "unseen-en-18",
        "language": "en",
        "note": "Roh/Noh/No variants of one registered surname, next to 'No one' / 'no' decoys.",
        "persons": [p("Ro Kyong-chol", "로경철", "official")],
        "text": (
            "<<No>> one at the site spoke Russian except the representative, [[P:Ro Kyong-chol]]. In the "
            "South Korean file he is [[P:Roh Kyung-chul|variant]]; other witnesses say "
            "[[P:Noh|bare,variant]].\r\n\r\n"
            "The witness: 'Mr. [[P:No|bare,variant,engword]] told us no means no. <<No>> holidays, no "
            "letters, no going to the shop alone. [[P:No|bare,variant,engword]] said it with a smile.'\r\n"
            "The site was in {{Khabarovsk}}."
        ),
    },
    {
        "id": "unseen-en-19",
        "language": "en",
        "note": "Jong/Jung/Chung/Chong variants and McCune-Reischauer diacritics (Chŏng Myŏng-ch'ŏl).",
        "persons": [p("Jong Myong-chol", "정명철", "supervisor")],
        "text": (
            "Academic transcription (from the 2016 study) gives the foreman's name as "
            "[[P:Chŏng Myŏng-ch'ŏl|variant,diacritic]]. Our witness writes [[P:Jong Myong-chol]]; the "
            "Qatari labour ministry letter says [[P:Jung Myung-chul|variant]] and the embassy list "
            "[[P:Chung Myong Chol|variant]].\n\n"
            "According to the witness, [[P:Chung|bare,variant]] ran the site at {{Lusail}} for "
            "{{Genco|org}} and reported to the embassy in {{Doha}}. [[P:Chŏng|bare,diacritic]] is also "
            "named in case 2015-03."
        ),
    },
    {
        "id": "unseen-en-20",
        "language": "en",
        "note": "Rim/Lim/Im variants; 'Im' that looks like a typo of I'm; one-syllable given name Il.",
        "persons": [p("Rim Il", "림일", "witness")],
        "text": (
            "Intake typed quickly by a volunteer, left as is:\n"
            "witness [[P:Lim Il|variant]] (NK spelling [[P:Rim Il]]), b. 1979, {{Kangwon Province}}. "
            "[[P:Im|bare,variant]] said he was in {{Siberia}} 2005-2010, logging. [[P:Rim|bare]] says the "
            "brigade leader [[U:Sok Yong-chan]] took the passports. <<Im>> not sure of the year of return, "
            "check. [[P:Il|given1]] has a daughter in {{Hamhung}}."
        ),
    },
    {
        "id": "unseen-en-21",
        "language": "en",
        "note": "English-word surnames Bang, Gang, Son, Yu as persons vs. 'the gang', 'a son' decoys.",
        "persons": [
            p("Bang Chol-u", "방철우", "supervisor"),
            p("Son Hyang-mi", "손향미", "witness"),
        ],
        "text": (
            "I am [[P:Son Hyang-mi|engword]]. I have <<a son>> who was six when I left.\n\n"
            "The restaurant in {{Vientiane}} was managed by Mr. [[P:Bang|bare,engword,title]]. Another "
            "man, [[U:Gang|bare,engword]], drove the van. The three of them, [[P:Bang|bare,engword]], "
            "[[U:Gang|bare,engword]] and the cashier [[U:Yu Son-hwa]], were like <<a gang>>; they shared "
            "out the tips between them.\n\n"
            "[[P:Son|bare,engword]], they called me, never by my given name."
        ),
    },
    {
        "id": "unseen-en-22",
        "language": "en",
        "note": "Romanized Korean titles (dongmu, banjang, jojang, ajossi) after names; 'Comrade'.",
        "persons": [
            p("Pak Yong-su", "박용수", "official"),
        ],
        "text": (
            "The witness uses the Korean forms of address in English; we keep them:\n"
            "'[[U:Han|bare]] dongmu was the jojang, team leader. Above him was [[P:Pak|bare]] banjang. "
            "When [[P:Pak Yong-su]] came to the dormitory everyone stood up.'\r\n"
            "'The Russian driver, [[U:Sergei|russian]], called him Comrade [[P:Pak|bare,title]]. We called "
            "the old cook [[U:Jang|bare]] ajossi.'\r\n"
            "Team: {{Construction Team 8|org}}, {{Moscow}}."
        ),
    },
    {
        "id": "unseen-en-23",
        "language": "en",
        "note": "Public Moon (Moon Jae-in), Han River, Mount Paektu vs registered supervisor surnamed Moon; decoys 'Moon' as month.",
        "persons": [p("Moon Yong-chol", "문용철", "supervisor")],
        "text": (
            "I escaped in 2018, the year {{Moon Jae-in|figure}} met {{Kim Jong-un|figure}} at "
            "{{Panmunjom}}. I watched it on a phone in the bathroom. The supervisor, [[P:Moon Yong-chol]], "
            "found the phone.\n\n"
            "I live now in {{Seoul}}, near the {{Han River}}. Sometimes I dream of {{Mount Paektu}} and of "
            "[[P:Moon|bare,engword]] shouting. The Korean New Year is counted by <<the moon>>; "
            "[[P:Moon|bare,engword]] gave us that one day off, nothing more."
        ),
    },
    {
        "id": "unseen-en-24",
        "language": "en",
        "note": "Given names alone, two syllables, with spelling variants (Myong-chol, Myeong-cheol, Myongchol, Myong Chol).",
        "persons": [
            p("Rim Myong-chol", "림명철", "coworker"),
            p("Kim Un-gyong", "김은경", "witness"),
        ],
        "text": (
            "Statement of [[P:Kim Un-gyong]] (translated).\n\n"
            "My cousin [[P:Rim Myong-chol]] was at the same site in {{Tomsk}}. [[P:Myong-chol|given]] said "
            "the company owed him two years of pay.\n\n"
            "In the letter he sent through a Russian woman he signed '[[P:Myeong-cheol|given,variant]]', "
            "the southern way, to confuse the censors. On the photo the back says "
            "'[[P:Myongchol|given,variant]] 2014'. My aunt still calls him [[P:Myong Chol|given,nk-spaced]] "
            "on the phone, she does not know where he is."
        ),
    },
    {
        "id": "unseen-en-25",
        "language": "en",
        "note": "Decoy-only English passage: Song/Moon/So/No/Do/Park/Han/Ha as ordinary words; unregistered translator name only.",
        "persons": [],
        "text": (
            "<<So>> many things happened that year. We sang <<a song>> every morning at the line-up, "
            "always the same <<song>> about the General. <<No>> one dared to stop singing. At night "
            "there was only <<the moon>> and the generator.\r\n\r\n"
            "'<<Do>> not <<park>> here,' the sign said in Russian. '<<Ha>>!' the driver laughed.\r\n\r\n"
            "Translated by [[U:Jessica Lee]], checked against the Korean recording."
        ),
    },
    {
        "id": "unseen-ko-01",
        "language": "ko",
        "note": "Hangul names with copula/particles; aliases 큰 박 and 작은 김; 김 반장 title; decoys 임금을, 여권을.",
        "persons": [
            p("Pak Chol-min", "박철민", "witness", ["Big Pak", "큰 박"]),
            p("Kim Yong-ho", "김영호", "supervisor", ["작은 김"]),
        ],
        "text": (
            "제 이름은 [[P:박철민|particle]]입니다. 2011년에 {{쿠웨이트}}로 갔습니다. "
            "{{남강건설|org}} 소속이었습니다.\n\n"
            "현장에서 사람들은 저를 [[P:큰 박|alias]]이라고 불렀습니다. 키가 제일 커서요. "
            "반장은 [[P:김영호|particle]]였는데 키가 작아서 뒤에서는 [[P:작은 김|alias]]이라고 했습니다. "
            "[[P:김|bare,title]] 반장은 첫날 <<여권을>> 모두 걷어 갔습니다. <<임금을>> 달라고 하면 "
            "충성자금으로 다 나갔다고 했습니다.\n\n"
            "저는 [[P:김영호|particle]]를 다시 만나면 묻고 싶습니다. 그 돈이 어디로 갔는지."
        ),
    },
    {
        "id": "unseen-ko-02",
        "language": "ko",
        "note": "림일씨/림일은/림 씨, one-syllable given name 일이; decoys 임금을, 한번, 이번에, 한국.",
        "persons": [
            p("Rim Il", "림일", "coworker"),
            p("Cha Myong-sun", "차명순", "witness"),
        ],
        "text": (
            "저 [[P:차명순|particle]]은 {{틴다}} 근처 벌목장에서 일했습니다. [[P:림일|particle,title]]씨는 "
            "저와 같은 작업반이었습니다.\n"
            "[[P:림일|particle]]은 톱에 손가락을 다쳤는데 병원에 보내 주지 않았습니다. <<임금을>> 석 달 "
            "동안 한 푼도 못 받았습니다. [[P:림|bare,title]] 씨가 항의하자 보위원이 <<한번>>만 더 "
            "그러면 조국으로 돌려보내겠다고 했습니다.\n"
            "<<이번에>> <<한국>>에 와서 들으니 [[P:일|given1,particle]]이는 아직 {{러시아}}에 있다고 합니다."
        ),
    },
    {
        "id": "unseen-ko-03",
        "language": "ko",
        "note": "한명수가, 한 동무, 한씨, 한 씨 (spaced/unspaced titles); decoys 한번, 한국; '...라는 사람'.",
        "persons": [p("Han Myong-su", "한명수", "supervisor")],
        "text": (
            "{{카타르}} {{도하}}의 건설 현장에서 [[P:한명수|particle]]가 우리 여권을 가지고 있었습니다. "
            "앞에서는 [[P:한|bare,title]] 동무라고 부르고, 뒤에서는 그냥 [[P:한|bare,title]]씨라고 "
            "했습니다.\r\n"
            "<<한번>>은 [[P:한|bare,title]] 씨가 술에 취해서 <<한국>> 사람하고 말하면 가족이 다 "
            "잡혀간다고 했습니다. 같이 있던 [[U:양철수|intro]]라는 사람이 그 말을 듣고 울었습니다."
        ),
    },
    {
        "id": "unseen-ko-04",
        "language": "ko",
        "note": "Witness-side Kim (김영호를, 김 과장님) next to public 김정은/김일성/김정일; 보위부; decoy 김치.",
        "persons": [],
        "text": (
            "{{보위부|org}}에서 나온 [[U:김영호|particle]]를 처음 본 것은 2015년 {{블라디보스토크}}에서였습니다. "
            "우리는 그 사람을 [[U:김|bare,title]] 과장님이라고 불러야 했습니다.\n\n"
            "[[U:김|bare,title]] 과장은 매주 월요일 {{김정은|figure}} 동지의 말씀을 읽게 했습니다. 숙소에는 "
            "{{김일성|figure}}, {{김정일|figure}} 초상화가 걸려 있었고 매일 아침 먼지를 닦았습니다. "
            "<<김치>>는 한 달에 한 번 나왔습니다.\n\n"
            "[[U:김영호|particle]]는 지금도 그 일을 하고 있을 겁니다."
        ),
    },
    {
        "id": "unseen-ko-05",
        "language": "ko",
        "note": "Given names alone in Hangul (명철이가, 명철은), two-syllable full name 윤철 before plain particle; decoys 맹세해, 명이라.",
        "persons": [
            p("Rim Myong-chol", "림명철", "coworker"),
            p("Yun Chol", "윤철", "supervisor"),
        ],
        "text": (
            "하늘에 <<맹세해>>요, 거짓말 하나 없습니다. 우리 작업반은 열두 <<명이라>> 서로 다 알았습니다. "
            "[[P:림명철|particle]]이 제일 어렸고, [[P:윤철|particle]]은 반장이었습니다.\n\n"
            "{{이르쿠츠크}}에 도착한 첫 주에 [[P:명철|given,particle]]이가 비계에서 떨어졌습니다. "
            "[[P:윤철|particle]]이 병원에 못 가게 했습니다. [[P:명철|given,particle]]은 그 뒤로 다리를 "
            "절었습니다."
        ),
    },
    {
        "id": "unseen-ko-06",
        "language": "ko",
        "note": "Alias 꼬마 (registered), 조장 title, given name alone 성호; decoys 그래서, 이번에.",
        "persons": [
            p("Ri Song-ho", "리성호", "coworker", ["꼬마"]),
            p("O Kwang-su", "오광수", "supervisor"),
        ],
        "text": (
            "우리 조에서 제일 어린 [[P:리성호|particle]]를 다들 [[P:꼬마|alias]]라고 불렀습니다. 열여덟 "
            "살이었습니다. <<그래서>> [[P:오광수|title]] 조장이 제일 힘든 일을 시켰습니다.\n"
            "[[P:오|bare,title]] 조장은 [[P:꼬마|alias]]한테 밤에도 시멘트를 나르게 했습니다.\n"
            "<<이번에>> 처음으로 [[P:성호|given]] 이름을 밖에서 말합니다."
        ),
    },
    {
        "id": "unseen-ko-07",
        "language": "ko",
        "note": "Unregistered foreigners in Hangul (나타샤, 세르게이, 장웨이), '이름은 ...', '...라는 사람'; registered witness.",
        "persons": [p("Yun Jong-ae", "윤정애", "witness")],
        "text": (
            "{{하바롭스크}}의 식당에서 일할 때 러시아 사람 중에 [[U:나타샤|russian]]라는 여자가 있었는데 "
            "빵을 몰래 주었습니다. 운전수 이름은 [[U:세르게이|russian,intro]]였습니다.\n\n"
            "중국에서 온 [[U:장웨이|chinese,intro]]라는 사람이 재료를 납품했는데, 우리 사정을 알고 "
            "편지를 부쳐 주었습니다. 조선 사람 중에 우리를 도와준 사람 이름은 [[U:최광호|intro]]입니다.\n\n"
            "저 [[P:윤정애|particle]]가 이 이야기를 하는 것은 [[U:나타샤|russian]]한테 고맙다고 "
            "말하고 싶어서입니다."
        ),
    },
    {
        "id": "unseen-ko-08",
        "language": "ko",
        "note": "CRLF, 4 paragraphs, names only from paragraph 3; 지배인 title, given name alone 명호.",
        "persons": [
            p("Jong Song-chol", "정성철", "witness"),
        ],
        "text": (
            "하루 일과는 새벽 다섯 시에 시작했습니다. 점심은 삼십 분, 저녁은 현장에서 먹었습니다. "
            "밤 열한 시 전에 숙소에 들어간 적이 거의 없습니다.\r\n\r\n"
            "여권은 공항에서 바로 걷어 갔습니다. 한 달에 쉬는 날은 하루였고, 그것도 학습으로 "
            "보냈습니다.\r\n\r\n"
            "그 현장의 지배인은 [[U:강명호|intro]]라는 사람이었습니다. [[U:강|bare,title]] 지배인은 "
            "{{쿠웨이트}} 사람 회사와 계약을 하고 돈을 직접 받았습니다. 저 [[P:정성철|particle]]은 "
            "그 돈을 한 번도 본 적이 없습니다.\r\n\r\n"
            "나중에 들으니 [[U:명호|given]] 동무는 {{평양}}으로 소환되었다고 합니다."
        ),
    },
    {
        "id": "unseen-ko-09",
        "language": "ko",
        "note": "보위원 title; 국가보위성/로동신문 public; decoys 전화, 신문.",
        "persons": [],
        "text": (
            "현장에는 {{국가보위성|org}}에서 파견된 보위원 [[U:차광일|particle]]이 있었습니다. "
            "[[U:차|bare,title]] 보위원은 <<전화>>를 못 쓰게 했고, <<신문>>도 {{로동신문|org}}만 "
            "읽게 했습니다. [[U:차광일|particle]]이 없는 날에도 누가 대신 보고했습니다. 그 사람이 "
            "[[U:문성국]]이었다는 것을 나중에 알았습니다."
        ),
    },
    {
        "id": "unseen-ko-10",
        "language": "ko",
        "note": "지배인/감독 titles; surname 노 vs decoy 노동; decoy 조선은; Chinese supervisor in Hangul.",
        "persons": [],
        "text": (
            "{{몽골}} {{울란바토르}}의 아파트 공사장이었습니다. [[U:노철웅|title]] 지배인은 <<노동>> 시간을 "
            "장부에 여덟 시간으로 적었습니다. 실제로는 열네 시간이었습니다.\n\n"
            "[[U:노|bare,title]] 지배인은 늘 '<<조선은>> 너희를 버리지 않는다'고 했습니다. 몽골 회사에서 "
            "나온 감독은 [[U:바트|intro]]라는 젊은 사람이었는데, [[U:바트|bare]] 감독도 [[U:노|bare]] "
            "씨 앞에서는 아무 말도 못 했습니다."
        ),
    },
    {
        "id": "unseen-ko-11",
        "language": "ko",
        "note": "Kinship titles 언니, 형, 아저씨 after given names; one-syllable given name 철.",
        "persons": [
            p("Song Mi-ran", "송미란", "coworker"),
            p("Bang Chol", "방철", "coworker"),
        ],
        "text": (
            "같은 방을 쓴 [[P:미란|given]] 언니가 제일 의지가 됐습니다. [[P:송미란|particle]]은 "
            "{{단둥}} 공장에 저보다 이 년 먼저 왔습니다.\n\n"
            "남자 숙소에는 [[P:방철|particle]]이라는 사람이 있었는데, 우리는 [[P:철|given1]]이 형이라고 "
            "불렀습니다. 식당 주방장 [[U:박|bare]] 아저씨는 밤에 몰래 누룽지를 주었습니다."
        ),
    },
    {
        "id": "unseen-ko-12",
        "language": "ko",
        "note": "Decoys 장마, 정말, 유리, 박수, 노동 beside persons surnamed 장, 유 with titles.",
        "persons": [
            p("Yu Kyong-hui", "유경희", "coworker"),
        ],
        "text": (
            "<<장마>> 때도 일을 쉬지 않았습니다. [[U:장|bare,title]] 반장은 비가 와도 콘크리트를 치라고 "
            "했습니다. <<정말>> 힘들었습니다.\n"
            "[[P:유경희|particle]]는 고향에서 <<유리>> 공장에 다니다가 왔다고 했습니다. [[P:유|bare,title]] "
            "씨는 손이 빨라서 [[U:장성민|particle]]이 늘 칭찬했습니다. 행사 때는 다 같이 <<박수>>를 쳐야 "
            "했습니다. <<노동>>이 끝나면 또 총화였습니다."
        ),
    },
    {
        "id": "unseen-ko-13",
        "language": "ko",
        "note": "Kakao chat log: emoji and astral characters directly before Hangul names.",
        "persons": [
            p("Ri Un-ha", "리은하", "witness"),
            p("Kang Hyon-ok", "강현옥", "coworker"),
        ],
        "text": (
            "[오후 9:02] 😢[[P:현옥|given]]이 오늘도 안 왔어\n"
            "[오후 9:03] 🙏[[P:강현옥|particle]] 언니 어디 있는지 아는 사람?\n"
            "[오후 9:10] 𠀀𠀀 [[U:김순녀]] 말로는 보위원이 데려갔대\n"
            "[오후 9:11] 😢😢\n"
            "[오후 9:30] 🙏[[P:은하|given]]야 그만 써\n\n"
            "(증언자 [[P:리은하|particle]]가 제출한 대화 기록, {{훈춘}} 수산물 가공 공장 숙소)"
        ),
    },
    {
        "id": "unseen-ko-14",
        "language": "ko",
        "note": "Zero-width space/joiner and soft hyphen inside Hangul names; CRLF.",
        "persons": [
            p("Pak Chol-min", "박철민", "witness"),
            p("Kim Yong-ho", "김영호", "coworker"),
        ],
        "text": (
            "증언자 [[P:박\u200b철민|particle]]은 2013년부터 {{쿠웨이트}}에서 일했습니다.\r\n"
            "함께 일한 [[P:김\u200d영호|particle]]는 같은 군 출신입니다.\r\n"
            "[[P:박철\u00ad민|particle]]의 진술에 따르면 [[P:김영\u2060호|particle]]가 먼저 귀국했습니다.\r\n"
            "\u200b[[P:박|bare,title]] 씨는 가족이 {{청진}}에 있어 실명 공개를 원하지 않습니다."
        ),
    },
    {
        "id": "unseen-ko-15",
        "language": "ko",
        "note": "Qatar construction; multi-paragraph; names in paragraph 3+; 감독 and 동무 titles.",
        "persons": [
            p("Hwang Chol-nam", "황철남", "witness"),
        ],
        "text": (
            "{{카타르}}에 간 것은 2014년 봄이었습니다. {{도하}} 외곽 숙소에서 현장까지 버스로 한 시간이 "
            "걸렸습니다. 여름에는 오십 도가 넘었습니다.\n\n"
            "쉬는 날은 없었습니다. 낮에 너무 더우면 밤에 일했습니다.\n\n"
            "우리 팀은 [[U:리명길|title]] 감독 밑에 있었습니다. [[U:리|bare,title]] 감독은 월급 명세서를 "
            "보여 준 적이 없습니다. 네팔 사람 [[U:람|intro]]이라는 친구가 자기 월급이 구백 리얄이라고 "
            "했을 때 처음으로 우리가 얼마나 빼앗기는지 알았습니다.\n\n"
            "[[U:명길|given]] 동무한테 물었더니 저를 [[P:황철남|particle]]이 아니라 반동이라고 불렀습니다."
        ),
    },
    {
        "id": "unseen-ko-16",
        "language": "ko",
        "note": "Chinese garment factory; Chinese name in Hangul and in Chinese characters; 服装 and 東 in company name.",
        "persons": [p("Jo Kum-hui", "조금희", "witness")],
        "text": (
            "저 [[P:조금희|particle]]는 2016년부터 {{丹東華東服装有限公司|org}}에서 일했습니다. 공장장은 "
            "[[U:장웨이|chinese]], 한자로 [[U:張偉|chinese]]입니다.\n"
            "조선 쪽 책임자는 [[U:한영철]]이었는데, [[U:한|bare,title]] 책임자는 중국 돈을 다 받아서 "
            "대사관에 가져갔다고 들었습니다. [[P:금희|given]]야, 너는 말이 너무 많다고 "
            "했습니다."
        ),
    },
    {
        "id": "unseen-ko-17",
        "language": "ko",
        "note": "Fishing boat; ship names in Hangul (public); 선장/기관장 titles.",
        "persons": [
            p("Ho Chol-jun", "허철준", "witness"),
        ],
        "text": (
            "저는 {{칠보산호|ship}}를 타고 {{동해}}에서 오징어를 잡았습니다. 선장은 [[U:전영수|particle]]였고 "
            "선원 수첩은 [[U:전|bare,title]] 선장이 다 가지고 있었습니다.\n"
            "기관장 [[U:우명호]] 동무는 배가 {{원산}}에 들어가기 전에는 아무도 내리지 못한다고 했습니다.\n"
            "나중에 옮겨 탄 배는 {{통일호|ship}}였습니다. [[P:허철준|particle]]이라는 이름은 선원 명부에서 "
            "빠져 있었습니다."
        ),
    },
    {
        "id": "unseen-ko-18",
        "language": "ko",
        "note": "Myanmar tunnel construction; Burmese name in Hangul; 소장 title; bare surname in mid-sentence.",
        "persons": [
            p("Min Chol-ho", "민철호", "witness"),
        ],
        "text": (
            "{{미얀마}}의 땅굴 공사는 비밀이었습니다. {{조선광업개발무역회사|org}}에서 보낸 [[U:신광우|title]] "
            "소장이 모든 것을 관리했습니다.\n\n"
            "미얀마 군인 [[U:아웅 초|intro]]라는 사람이 한 달에 한 번 왔습니다. 그때마다 [[U:신|bare,title]] "
            "소장은 우리를 굴 안에 숨겼습니다.\n\n"
            "증언자 [[P:민철호|particle]]는 '[[U:신|bare]]이 시키는 대로 하지 않으면 귀국'이라고 "
            "기억합니다."
        ),
    },
    {
        "id": "unseen-ko-19",
        "language": "ko",
        "note": "Poland shipyard; Polish name in Hangul; mixed LF and CRLF; title 동지.",
        "persons": [],
        "text": (
            "{{폴란드}} {{그단스크}} 근처 조선소에서 용접을 했습니다.\r\n"
            "책임자는 [[U:권성일|title]] 동지였습니다. 폴란드 사람 반장 [[U:토마시|intro]]는 우리가 왜 "
            "월급 통장을 못 가지는지 물었습니다.\n"
            "[[U:권|bare,title]] 동지가 대신 대답했습니다. 통장은 [[U:권성일|particle]]이 가지고 "
            "있었습니다.\r\n"
        ),
    },
    {
        "id": "unseen-ko-20",
        "language": "ko",
        "note": "Very long sentence; registered name at the very end followed only by a period.",
        "persons": [],
        "text": (
            "{{평양}}에서 기차를 타고 {{신의주}}를 거쳐 {{단둥}}으로 가서 다시 버스를 타고 밤새 달려 "
            "{{선양}}에 도착했을 때 우리를 맞은 사람은 여권을 걷고 핸드폰을 걷고 가족 사진까지 걷어 간 뒤 "
            "앞으로 삼 년 동안 누구와도 연락하지 말고 시키는 대로만 하면 돌아갈 때 큰돈을 가져갈 수 "
            "있다고 말했는데 그 사람이 바로 [[U:리철수]]."
        ),
    },
    {
        "id": "unseen-ko-21",
        "language": "ko",
        "note": "Registered name at the very start of the text; name followed by newline; 곽 surname.",
        "persons": [
            p("Ok Sun-hui", "옥순희", "witness"),
        ],
        "text": (
            "[[U:곽명일|particle]]은 2017년까지 {{러시아}} {{톰스크}} 현장의 작업반장이었습니다.\n"
            "증언자 [[P:옥순희]]\n"
            "진술: [[U:곽|bare,title]] 반장이 노임의 70%를 '계획분'으로 가져갔음. [[P:옥|bare,title]] "
            "씨 본인은 월 50달러 정도 받음."
        ),
    },
    {
        "id": "unseen-ko-22",
        "language": "ko",
        "note": "Witness 김일수 vs public 김일성, 김일성광장, 김책공업종합대학, 김책시; 평양/청진.",
        "persons": [p("Kim Il-su", "김일수", "witness")],
        "text": (
            "증언자 [[P:김일수|particle]]는 {{청진}} 출신으로 {{김책공업종합대학|named-after-person}}을 "
            "졸업했다. {{김일성광장|named-after-person}} 행사에 동원된 적이 있고, 2012년 {{김책시|named-after-person}}의 "
            "기계 공장에서 차출되어 {{러시아}}로 갔다.\n\n"
            "[[P:김|bare,title]] 씨는 '{{김일성|figure}} 주석 생일에만 쉬었다'고 말한다. [[P:일수|given]]는 "
            "{{평양}}에 있는 어머니 때문에 이름을 밝히지 않기를 원한다."
        ),
    },
    {
        "id": "unseen-ko-23",
        "language": "ko",
        "note": "Hangul surname variants: registered 리영남/림명철 written 이영남/임명철 (southern spelling).",
        "persons": [
            p("Ri Yong-nam", "리영남", "witness"),
            p("Rim Myong-chol", "림명철", "coworker"),
        ],
        "text": (
            "한국 주민등록에는 [[P:이영남|variant,particle]]으로 되어 있지만 본인은 [[P:리영남|particle]]으로 "
            "불러 달라고 한다. 같은 현장의 [[P:임명철|variant,particle]]도 마찬가지로 [[P:림명철|particle]]이 "
            "본명이다.\n"
            "[[P:이|bare,variant,title]] 씨와 [[P:임|bare,variant,title]] 씨는 {{우수리스크}}에서 같은 방을 "
            "썼다."
        ),
    },
    {
        "id": "unseen-ko-24",
        "language": "ko",
        "note": "박 반장 vs 박반장 (spaced/unspaced title), 큰 박 / 작은 박 aliases, honorific 님.",
        "persons": [
            p("Pak Song-chol", "박성철", "supervisor", ["큰 박"]),
            p("Pak Il-nam", "박일남", "coworker", ["작은 박"]),
        ],
        "text": (
            "우리 현장에는 박씨 성을 가진 사람이 둘이었습니다. [[P:박성철|particle]] 반장을 [[P:큰 박|alias]], "
            "[[P:박일남|particle]]을 [[P:작은 박|alias]]이라고 불렀습니다.\n\n"
            "[[P:박|bare,title]]반장은 아침마다 인원 점검을 했고, [[P:박|bare,title]] 반장님이 없으면 "
            "[[P:작은 박|alias]]이 대신 했습니다. [[P:큰 박|alias]]은 술을 마시면 때렸습니다."
        ),
    },
    {
        "id": "unseen-ko-25",
        "language": "ko",
        "note": "Siberian logging; 형/동무 titles; Russian names in Hangul; CRLF and LF mixed; names in paragraph 3.",
        "persons": [
            p("Sok Chol-jin", "석철진", "coworker"),
            p("Yang Song-ho", "양성호", "witness"),
        ],
        "text": (
            "{{아무르주}}의 벌목장은 겨울에 영하 사십 도였습니다.\r\n\r\n"
            "하루 목표는 열두 입방이었고, 못 채우면 밥을 줄였습니다.\n\n"
            "같은 천막에 [[P:석철진|particle]]이 있었는데 저는 [[P:철진|given]]이 형이라고 불렀습니다. "
            "러시아 운전수 [[U:볼로댜|russian]]가 우리한테 담배를 주었는데, [[P:석|bare,title]] 형은 "
            "그 담배를 모아서 돈으로 바꿨습니다.\r\n\r\n"
            "저 [[P:양성호|particle]]가 {{블라디보스토크}}로 도망칠 때 [[P:철진|given]]이 형이 길을 "
            "알려 주었습니다."
        ),
    },
    {
        "id": "unseen-mixed-01",
        "language": "mixed",
        "note": "Bilingual summary: Hangul name with particle after a parenthesised romanization; title 반장 after Hangul surname in English sentence; CRLF.",
        "persons": [
            p("Pak Chol-min", "박철민", "witness", ["Big Pak"]),
            p("Kwak Song-il", "곽성일", "supervisor"),
        ],
        "text": (
            "면담 요약 / Interview summary (2019-03-14)\r\n\r\n"
            "증언자 [[P:박철민|particle]]([[P:Pak Chol-min]])은 2011-2014년 {{쿠웨이트}}({{Kuwait}}) 건설 "
            "현장에서 일했다. Team leader: [[P:곽성일]] ([[P:Kwak Song-il]]).\r\n\r\n"
            "W states that [[P:곽|bare,title]] 반장 took all passports. Asked again, he repeated: "
            "'[[P:곽성일|particle]]이가 다 가져갔어요.' [[P:Pak|bare]] wants initials only in any UN document."
        ),
    },
    {
        "id": "unseen-mixed-02",
        "language": "mixed",
        "note": "Hangul + Latin + Cyrillic in one sentence; Russian names in Cyrillic and Hangul; Kim Il-sung University (public).",
        "persons": [
            p("Ri Chol", "리철", "coworker"),
            p("Nam Yong-su", "남영수", "witness"),
        ],
        "text": (
            "Witness [[P:Nam Yong-su]] ([[P:남영수]]), logging camp near {{Якутск}} ({{Yakutsk}}).\n\n"
            "The Russian foreman, [[U:Сергей Иванов|russian]] ([[U:세르게이 이바노프|russian]]), shouted "
            "'давай, давай' every morning, and [[P:리철|particle]]이 translated for us because he had studied "
            "Russian at {{Kim Il-sung University|named-after-person}}.\n\n"
            "[[P:Chol|given1]] later told me that [[U:Сергей|russian]] was cheated by the company too. "
            "[[P:Ri Chol]] 동무는 2015년에 {{Rason}}으로 돌아갔다."
        ),
    },
    {
        "id": "unseen-mixed-03",
        "language": "mixed",
        "note": "Chinese police record: registered name in Chinese characters (朴哲民), company names with 東/装, Chinese name in three scripts.",
        "persons": [p("Pak Chol-min", "박철민", "witness")],
        "text": (
            "Chinese police record ({{遼寧省公安廳|org}}, partial copy) gives the witness's name as "
            "[[P:朴哲民|hanja,variant]] ([[P:박철민]]), 男, 1981年生. Employer: {{東港市華東服装廠|org}} "
            "({{Donggang}}).\n"
            "The co-worker listed next to him is [[U:李光日|hanja]]: [[U:리광일]] in Korean, "
            "[[U:Ri Kwang-il]] in English. [[P:朴|bare,hanja]] and [[U:李|bare,hanja]] were detained "
            "together on 2017-08-02."
        ),
    },
    {
        "id": "unseen-mixed-04",
        "language": "mixed",
        "note": "Bidi controls (U+2066..U+2069 isolate, U+202E override) around names pasted from a PDF.",
        "persons": [
            p("Choe Mi-yong", "최미영", "witness"),
        ],
        "text": (
            "Pasted from the partner NGO's PDF, direction marks kept:\n"
            "Supervisor: \u2066[[U:Kang Chol-ho]]\u2069 ([[U:강철호]])\n"
            "Witness: \u202e[[P:Choe Mi-yong]]\u202c\n"
            "Notes: [[P:최미영|title]] 씨는 {{카타르}}에서 2년 일했다. [[U:Kang|bare]] kept the passports "
            "in the office of {{Sinhung Construction|org}}."
        ),
    },
    {
        "id": "unseen-mixed-05",
        "language": "mixed",
        "note": "Translator's notes: English translation with Korean originals in quotes; surname So (English word) as person and as decoy.",
        "persons": [
            p("So Yong-ae", "소영애", "witness"),
            p("Jong Myong-chol", "정명철", "supervisor"),
        ],
        "text": (
            "Translation of the interview with [[P:So Yong-ae|engword]] (Korean original in quotes where the "
            "translator was unsure).\n\n"
            "[[P:So|bare,engword]] says the foreman, [[P:Jong|bare]] ('[[P:정|bare,title]] 반장'), sold "
            "the workers' rice ration in {{Nakhodka}}. Her words: '[[P:정명철|particle]]이가 우리 돈을 다 "
            "가져갔다' (= [[P:Jong Myong-chol]] took all our money).\n\n"
            "<<So>> the workers stopped asking. '[[P:명철|given]] 동무한테 물어보면 매 맞아요' "
            "(if you ask [[P:Myong-chol|given]], you get beaten)."
        ),
    },
    {
        "id": "unseen-mixed-06",
        "language": "mixed",
        "note": "Fullwidth Latin names (and a fullwidth place name) mixed with Hangul particles/titles; CRLF.",
        "persons": [
            p("Kim Yong-ho", "김영호", "supervisor"),
            p("Rim Il", "림일", "witness"),
        ],
        "text": (
            "증언자: [[P:\uff32\uff49\uff4d \uff29\uff4c]] ([[P:림일]])\r\n"
            "반장: [[P:\uff2b\uff29\uff2d|bare]] 반장 = [[P:김영호]]\r\n\r\n"
            "[[P:\uff2b\uff49\uff4d \uff39\uff4f\uff4e\uff47-\uff48\uff4f|particle]]는 {{\uff2b\uff55\uff57\uff41\uff49\uff54}} 현장에서 여권을 관리했다. "
            "[[P:\uff32\uff49\uff4d|bare,title]]씨 says the passports were returned only at the airport.\r\n"
        ),
    },
    {
        "id": "unseen-mixed-07",
        "language": "mixed",
        "note": "Messenger chat in Korean+English; emoji directly before names; surname Ha (English word) with 언니.",
        "persons": [
            p("Ha Myong-ok", "하명옥", "witness"),
            p("Ryu Chol-man", "류철만", "supervisor"),
        ],
        "text": (
            "[21:02] 😢 [[P:Ryu|bare]] 반장 came again tonight\n"
            "[21:03] 🙏[[P:명옥|given]]아 don't open the door\n"
            "[21:05] ok. [[P:류철만|particle]]이 passport 안 준대\n"
            "[21:06] 𠀀[[U:Sasha|russian]] from the shop said she can help\n"
            "[21:20] 👍[[P:Myong-ok|given]] be careful\n"
            "[21:25] [[P:Ha|bare,engword]] 언니 where are you?? 😢"
        ),
    },
    {
        "id": "unseen-mixed-08",
        "language": "mixed",
        "note": "Spreadsheet rows pasted as tab-separated text with CRLF; name at the very start; alias column.",
        "persons": [
            p("Pak Chol-min", "박철민", "witness", ["Big Pak"]),
            p("Kwak Song-il", "곽성일", "supervisor"),
        ],
        "text": (
            "[[P:박철민]]\t[[P:Pak Chol-min]]\t[[P:Big Pak|alias]]\t증언자\t{{Kuwait}}\r\n"
            "[[P:곽성일]]\t[[P:Kwak Song-il]]\t\t반장\t{{Kuwait}}\r\n"
            "[[U:리태성]]\t[[U:Ri Tae-song]]\t\t부반장\t{{Kuwait}}\r\n"
        ),
    },
    {
        "id": "unseen-mixed-09",
        "language": "mixed",
        "note": "Russian migration record: registered names transliterated in Cyrillic; Cyrillic place and company (public).",
        "persons": [
            p("Pak Chol-min", "박철민", "witness"),
        ],
        "text": (
            "Extract of a Russian migration record (translated by [[U:Anna Kovaleva]]):\n"
            "Гражданин КНДР [[P:Пак Чол Мин|cyrillic,variant]], 1981 г.р., работал в {{ООО «Амурлес»|org}}, "
            "г. {{Тында}}. Бригадир: [[U:Мун Кван Чхоль|cyrillic,variant]].\n\n"
            "The record confirms that [[P:Pak|bare]] and [[U:Moon|bare,engword]] were at the same site in "
            "2010. [[P:Pak|bare]] recognised his own name in Russian letters."
        ),
    },
    {
        "id": "unseen-mixed-10",
        "language": "mixed",
        "note": "Interview transcript alternating English and Korean; 'Mr. 한'; Russian names in Latin and Hangul.",
        "persons": [
            p("Jo Hye-ran", "조혜란", "witness"),
        ],
        "text": (
            "Interviewer: Who kept the passports?\n"
            "증언자: [[U:한명수|particle]]요. Mr. [[U:한|bare,title]].\n"
            "Interviewer: The same [[U:Han|bare]] who met you at {{Sheremetyevo}}?\n"
            "증언자: 네, [[U:한|bare,title]] 동무. He had a list with all our names, mine too, [[P:조혜란]].\n"
            "Interviewer: And the cook?\n"
            "증언자: [[U:올가|russian]]. [[U:Olga Petrovna|russian]]. 좋은 사람이었어요."
        ),
    },
    {
        "id": "unseen-mixed-11",
        "language": "mixed",
        "note": "Forwarded WeChat message: zero-width chars and soft hyphen inside Latin and Hangul names; mixed LF/CRLF.",
        "persons": [
            p("Bae Un-sil", "배은실", "witness"),
        ],
        "text": (
            "Forwarded message (WeChat), reporter [[P:Bae Un\u200b-sil]] / [[P:배\u200c은실]]\r\n"
            "[[U:Choe\u00adSong-nam]] ([[U:최\u200d성남]])은 {{선양}} 영사관에서 나왔다고 했음.\n"
            "[[U:최|bare,title]] 영사는 workers' wages를 직접 받음. [[U:Choe|bare]]\u200b said: "
            "'no one goes home before the plan.'\r\n"
            "— [[P:은실|given]]"
        ),
    },
    {
        "id": "unseen-mixed-12",
        "language": "mixed",
        "note": "English and Korean decoys together (조선은, 정말, 노동, So, No one) with registered names; name at very end after a colon.",
        "persons": [
            p("Yun Chol", "윤철", "supervisor"),
            p("Ki Hyang-suk", "기향숙", "witness"),
        ],
        "text": (
            "Interpreter's comment: the witness often switches to Korean.\n\n"
            "'<<조선은>> 우리를 버렸어요.' <<No>> one, she says, believed the promise of wages. '<<정말>> "
            "<<노동>>만 했어요.' <<So>> when [[P:Yun|bare]] (she says [[P:윤|bare,title]] 반장) told them "
            "to sign the contract in Chinese, [[P:기향숙|particle]]은 refused.\n\n"
            "Signed by the team leader, according to the witness: [[P:Yun Chol]]"
        ),
    },
    {
        "id": "unseen-en-26",
        "language": "en",
        "note": "Intake typed in fullwidth (Korean input mode): registered witness, unregistered interviewer and co-workers in fullwidth; fullwidth public place.",
        "persons": [p("Han Song-jin", "한성진", "witness")],
        "text": (
            "Interviewer: [[U:\uff23\uff48\uff4f\uff49 \uff25\uff55\uff4e-\uff4a\uff49]]\n"
            "Place of interview: {{\uff33\uff45\uff4f\uff55\uff4c}}\n"
            "Witness: [[P:\uff28\uff41\uff4e \uff33\uff45\uff4f\uff4e\uff47-\uff4a\uff49\uff4e|variant]] (NK spelling [[P:Han Song-jin]])\n\n"
            "The witness names two co-workers who stayed behind in {{Salmiya}}: [[U:\uff2c\uff45\uff45 \uff24\uff4f\uff4e\uff47-\uff48\uff59\uff55\uff4e]] "
            "and [[U:\uff2b\uff41\uff4e\uff47 \uff2d\uff49\uff4e-\uff53\uff45\uff4f\uff4b]]. [[U:\uff2b\uff41\uff4e\uff47|bare]] had a wife in {{Wonsan}}. "
            "[[P:\uff28\uff41\uff4e|bare]] (file initials [[P:H.S.J.|initials]]) last spoke with [[U:Lee Dong-hyun]] in 2016."
        ),
    },
    {
        "id": "unseen-en-27",
        "language": "en",
        "note": "Zero-width characters next to and inside unregistered names; several public bodies; CRLF.",
        "persons": [p("Baek Ji-hun", "백지훈", "witness")],
        "text": (
            "Statement of [[P:Baek Ji-hun]], translated.\r\n\r\n"
            "We were recruited through the {{Ministry of External Economic Relations|org}} and the contract "
            "was signed with {{Al Habtoor|org}}, but our real boss was the {{Ministry of State Security|org}} "
            "man, [[U:Ri\u200bSon-gwon]].\r\n\r\n"
            "His deputy, \u2060[[U:Hyon Chol]]\u2060, did the counting. A Kuwaiti engineer named "
            "[[U:Faisal\u00ad Al-Mutairi|intro]] once asked [[U:Hyon|bare]] why we never left the "
            "compound. [[U:Ri|bare]] answered for him.\r\n\r\n"
            "I left in 2017 via {{Dubai}}."
        ),
    },
    {
        "id": "unseen-en-28",
        "language": "en",
        "note": "Interviewer summary, 4 paragraphs, many unregistered Korean/Russian/Chinese names and public places; names in paragraph 3-4.",
        "persons": [p("Sim Kyong-il", "심경일", "witness")],
        "text": (
            "Interview 31, {{Busan}}, two sessions.\n\n"
            "The witness left {{Nampo}} in 2012 on a cargo ship, the {{Ryongaksan-ho|ship}}, to join a "
            "crab fishing crew working out of {{Nakhodka}}. The ship was registered to "
            "{{Korea Sinhung Shipping Company|org}}.\n\n"
            "On board were the political instructor [[U:Chae Yong-gil]], the boatswain [[U:Kye Sang-hun]] "
            "and a Russian mechanic, [[U:Dmitri Volkov|russian]]. [[U:Chae|bare]] confiscated the crew's "
            "documents on the second day. [[U:Dmitri|russian]] lent the witness his phone once.\n\n"
            "In port, a Chinese broker called [[U:Li Hongbin|chinese]] bought the catch. "
            "[[U:Kye|bare]] said the money went straight to {{Pyongyang}}. [[P:Sim|bare]] has not "
            "heard from [[U:Kye Sang-hun]] since 2014."
        ),
    },
    {
        "id": "unseen-ko-26",
        "language": "ko",
        "note": "Fullwidth Latin and zero-width chars inside a Korean text; unregistered people with titles.",
        "persons": [p("Mun Hye-ok", "문혜옥", "witness")],
        "text": (
            "증언자 [[P:문혜옥|particle]]은 공장 명부에서 영어 이름 [[P:\uff2d\uff35\uff2e \uff28\uff39\uff25 \uff2f\uff2b|variant]]으로 "
            "적혀 있었다고 한다.\n"
            "공장의 중국인 관리자는 [[U:\uff2c\uff29\uff35|chinese]] 과장, 조선 측 감시원은 [[U:최\u200b성호|particle]]였다. "
            "[[U:최|bare,title]] 씨는 매일 밤 방을 검사했다.\n"
            "같은 방에 있던 [[U:김\u00ad순옥|particle]]이는 {{혜산}} 사람이었다."
        ),
    },
    {
        "id": "unseen-ko-27",
        "language": "ko",
        "note": "Mostly unregistered persons with Korean titles (지배인, 보위원, 아저씨); many public places and bodies.",
        "persons": [p("Ryu Mi-gyong", "류미경", "witness")],
        "text": (
            "저 [[P:류미경|particle]]은 {{평양}}의 {{해외건설총국|org}}을 거쳐 {{러시아}} {{하바롭스크}}로 "
            "갔습니다. 지배인은 [[U:변학철|particle]]이었고, 보위원은 [[U:남궁철|particle]]이었습니다.\n\n"
            "[[U:변|bare,title]] 지배인과 [[U:남궁|bare,title]] 보위원은 늘 같이 다녔습니다. 러시아 경찰 "
            "[[U:알렉세이|russian]]가 한번 검문을 했을 때 [[U:남궁철|particle]]이 돈을 주고 보냈습니다.\n\n"
            "숙소 관리인 [[U:황|bare]] 아저씨만 우리 편이었습니다. {{조선로동당|org}} 창건일에는 "
            "{{김정은|figure}} 동지에게 충성의 편지를 썼습니다."
        ),
    },
    {
        "id": "unseen-ko-28",
        "language": "ko",
        "note": "Multi-paragraph CRLF, names from paragraph 3; unregistered names with 형/언니; emoji before a name.",
        "persons": [p("Ju Song-hak", "주성학", "witness")],
        "text": (
            "{{중국}} {{훈춘}}의 수산물 가공 공장에는 조선 여성 삼백 명이 있었습니다.\r\n\r\n"
            "하루 열여섯 시간 게를 깠습니다. 손이 터져도 장갑을 주지 않았습니다.\r\n\r\n"
            "남자는 운전수와 수리공 몇 명뿐이었습니다. 저 [[P:주성학|particle]]은 수리공이었고, "
            "[[U:도경호|particle]] 형이 운전수였습니다. [[U:경호|given]] 형은 여공들 편지를 몰래 "
            "부쳐 주다가 걸렸습니다.\r\n\r\n"
            "😢 [[U:지영|given]] 언니, [[U:은주|given]] 언니는 그 뒤로 다시 못 봤습니다. 😢"
            "[[U:선화|given]]는 {{중국}} 공안에 잡혀 {{도문}} 구류장으로 갔다고 들었습니다."
        ),
    },
    {
        "id": "unseen-mixed-13",
        "language": "mixed",
        "note": "Fullwidth, zero-width and Cyrillic in one mixed record; unregistered Russian and Korean names.",
        "persons": [p("Kim Chol-jun", "김철준", "witness")],
        "text": (
            "Case 2020-11 | 증언자 [[P:\uff2b\uff49\uff4d \uff23\uff48\uff4f\uff4c-\uff4a\uff55\uff4e]] ([[P:김철준]])\r\n"
            "Site: {{Новосибирск}} ({{Novosibirsk}}), {{ОАО «Сибстрой»|org}}\r\n"
            "Foreman: [[U:Виктор|russian]] ([[U:빅토르|russian]]), Korean minder: [[U:\uff28\uff57\uff41\uff4e\uff47\u200b\uff29\uff4c-\uff48\uff4f]] "
            "([[U:황일호]])\r\n"
            "Note: [[U:황|bare,title]] 동무 kept the passports; [[U:Виктор|russian]] did not know.\r\n"
        ),
    },
    {
        "id": "unseen-mixed-14",
        "language": "mixed",
        "note": "Mixed summary dense with public places/organisations and unregistered names; Kim Jong Un next to a Kim minder.",
        "persons": [p("Tak Yong-chol", "탁용철", "witness")],
        "text": (
            "Summary: the witness [[P:Tak Yong-chol]] ([[P:탁|bare,title]] 씨 in Korean) worked for "
            "{{Mansudae Overseas Project Group|org}} in {{Windhoek}}, {{Namibia}}, and later in "
            "{{Dakar}}.\n\n"
            "Minder: [[U:Kim Myong-sik]] ([[U:김명식]]), who liked to say he had shaken hands with "
            "{{Kim Jong Un|figure}}. Site engineer: [[U:Jo Tong-il]]. The Senegalese driver was "
            "[[U:Mamadou|intro]].\n\n"
            "[[U:Kim|bare]] 동무 took the workers' wages to the embassy in {{Dakar}}; [[U:Jo|bare,engword]] "
            "did not dare to object."
        ),
    },
]
