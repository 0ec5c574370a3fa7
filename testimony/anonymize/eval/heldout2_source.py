# ruff: noqa: E501
"""Held-out evaluation passages (set 2) for the name anonymizer.

Markers: ⟦r:NAME⟧ registered private person, ⟦u:NAME⟧ unregistered private
person, ⟦p:NAME⟧ public (public figure, place, organisation, ship, river...).
Invisible characters are written as \\u escapes.  Built by heldout2_build.py.
"""

from __future__ import annotations

from typing import Any


def per(name: str, hangul: str, role: str, *aliases: str) -> dict[str, Any]:
    d: dict[str, Any] = {"name": name, "hangul": hangul, "role": role}
    if aliases:
        d["aliases"] = list(aliases)
    return d


PASSAGES: list[dict[str, Any]] = [
    {
        "id": "h2-en-01",
        "language": "en",
        "eol": "crlf",
        "note": "CRLF; registered witness in Pak/Park spellings, possessive Pak's, bare surname sentence-initial; supervisor Ri/Lee; unregistered Kuwaiti foreman; company and cities public.",
        "persons": [
            per("Pak Chol-su", "박철수", "witness"),
            per("Ri Yong-nam", "리영남", "supervisor"),
        ],
        "text": """Interview summary, second session.

The witness, ⟦r:Pak Chol-su⟧ (spelled "⟦r:Park Cheol-soo⟧" on his South Korean ID), worked in ⟦p:Kuwait⟧ from 2013 to 2016 for the ⟦p:Namgang Construction Company⟧. He describes a site near ⟦p:Jahra⟧ where about 80 North Koreans poured concrete for a housing project.

⟦r:Pak⟧ says the work began at 5 a.m. and finished at 10 or 11 p.m. On Fridays they worked as on any other day. ⟦r:Pak's⟧ passport was taken at the airport by the team leader, ⟦r:Ri Yong-nam⟧, and he only saw it again on the plane home.

Asked who paid the wages, he said the Kuwaiti foreman, a man named ⟦u:Fahad al-Mutairi⟧, gave the cash to ⟦r:Lee Young-nam⟧ (the same ⟦r:Ri⟧) once a month. The workers received nothing in hand. "⟦r:Ri⟧ told us the money went to the Party for loyalty funds."
""",
    },
    {
        "id": "h2-en-02",
        "language": "en",
        "eol": "lf",
        "note": "First-person statement; name late; reversed order 'Chol Kang'; Kang/Gang variants; ordinary English words 'so', 'no', 'song' not names; coworker nickname alias.",
        "persons": [
            per("Kang Chol", "강철", "witness"),
            per("Jo Myong-il", "조명일", "coworker", "Big Jo"),
        ],
        "text": """I was twenty-six when they told me I would go to ⟦p:Russia⟧. No one asked if I wanted to. So I went. We flew from ⟦p:Pyongyang⟧ to ⟦p:Vladivostok⟧ and then went by truck for two days to a logging camp north of ⟦p:Tynda⟧ in the ⟦p:Amur region⟧.

The work was cutting and hauling larch. In winter it was minus forty and we had no proper gloves. At night the older men sang a song about the homeland, and some cried. My closest friend there we called ⟦r:Big Jo⟧ because he was the tallest man in the camp. His real name is ⟦r:Jo Myong-il⟧. ⟦r:Jo⟧ lost two fingers to a chainsaw in 2011 and the camp doctor only wrapped them in cloth.

For the record my name is ⟦r:Chol Kang⟧, written ⟦r:Gang Cheol⟧ in my new passport. Please do not write ⟦r:Kang⟧ anywhere the Russians or the North can read it.
""",
    },
    {
        "id": "h2-en-03",
        "language": "en",
        "eol": "crlf",
        "note": "Surname So as person next to English 'so'; fullwidth Latin name from Korean IME; supervisor Han; unregistered Nepali and Korean coworkers; Qatar places public.",
        "persons": [
            per("So Yong-ho", "소영호", "witness"),
            per("Han Myong-su", "한명수", "supervisor"),
        ],
        "text": """Statement taken in ⟦p:Seoul⟧, 14 March. The witness typed his own name into the form as "⟦r:Ｓｏ Ｙｏｎｇ－ｈｏ⟧" and we have kept it.

I worked in ⟦p:Qatar⟧ from 2015, first in ⟦p:Doha⟧ and then at ⟦p:Lusail⟧. It was so hot that men fainted at noon, so the company moved the shift to night but did not shorten it. So we worked at night and slept badly in the day.

The manager of our unit was ⟦r:Han Myong-su⟧. ⟦r:Han⟧ kept a notebook on everyone. He wrote that ⟦r:So⟧ talked too much with the Nepali workers, especially with a man called ⟦u:Ram Bahadur⟧. After that I was moved to another team under ⟦u:Jon Kwang-nam⟧.

When I asked Mr. ⟦r:Han⟧ about the wages he said: so you think you are a capitalist now? No one asked again.
""",
    },
    {
        "id": "h2-en-04",
        "language": "en",
        "eol": "lf",
        "note": "Female witness Choe Kum-hui with diacritics (Chŏe Kŭm-hŭi), South spelling Choi Geum-hee, given name alone joined and spaced; Chinese manager in pinyin and characters; Kim Jong-un public.",
        "persons": [
            per("Choe Kum-hui", "최금희", "witness"),
        ],
        "text": """Interviewer's summary (English translation of Korean notes)

⟦r:Chŏe Kŭm-hŭi⟧ was sent to ⟦p:Dandong⟧, ⟦p:China⟧, in 2017 with some 200 other young women, to a seafood processing plant owned by a Chinese company, the ⟦p:Dandong Haiyang Aquatic Products Co.⟧ They peeled shrimp and cleaned squid from 7 a.m. to midnight.

The Chinese manager was ⟦u:Liu Yang⟧ (⟦u:劉陽⟧). The North Korean women were not allowed to speak to him; everything went through their own supervisor. Mr. ⟦u:Liu⟧ once tried to give the women bread on a holiday and the supervisor forbade it.

Each morning the women recited passages praising ⟦p:Kim Jong-un⟧. ⟦r:Kum-hui⟧ says the worst part was the dormitory: 20 women in one room, locked from outside at night. "⟦r:Kumhui⟧, you can't cry here," her roommate told her the first week.

Note: in her South Korean documents she is ⟦r:Choi Geum-hee⟧. Elsewhere in the file her name appears as "⟦r:Kum Hui⟧".
""",
    },
    {
        "id": "h2-en-05",
        "language": "en",
        "eol": "crlf",
        "note": "Zero-width space inside names (between surname and given name), Rim/Lim/Im variants; Polish foreman unregistered; Kim Il-sung portrait public; shipyard public.",
        "persons": [
            per("Rim Song-il", "림성일", "witness"),
            per("Ri Chun-hwa", "리춘화", "relative"),
        ],
        "text": """Interview notes (copied from messenger, formatting as received)

Witness: ⟦r:Rim\u200b Song-il⟧, also ⟦r:Lim Seong\u200bil⟧ in ROK documents.
Posting: ⟦p:Poland⟧, shipyard near ⟦p:Gdańsk⟧, 2014-2016, welding hull sections.

⟦r:Im⟧ described the Polish foreman, ⟦u:Tomasz Nowak⟧, as fair, but said that the Poles had no idea that the Koreans were not paid. "⟦u:Tomasz⟧ thought we were rich because we worked every Sunday." The salaries went to a company in ⟦p:Pyongyang⟧ through an agency in ⟦p:Warsaw⟧.

In the hostel there was a portrait of ⟦p:Kim Il-sung⟧ and ⟦p:Kim Jong-il⟧ in every room and the men had to clean the frames daily.

⟦r:Rim⟧'s wife, ⟦r:Ri Chun-hwa⟧, stayed in ⟦p:Chongjin⟧. He has had no news of ⟦r:Chun-hwa⟧ since 2019.
""",
    },
    {
        "id": "h2-en-06",
        "language": "en",
        "eol": "lf",
        "note": "Surname O/Oh including bare 'O' mid-sentence; soft hyphen inside given name; Mongolian unregistered names; Ulaanbaatar public.",
        "persons": [
            per("O Chang-min", "오창민", "witness"),
            per("Pak Yong-sik", "박용식", "supervisor"),
        ],
        "text": """Transcript excerpt, translated. Interviewer = Q, witness = A.

Q: Where did you work in ⟦p:Mongolia⟧?
A: In ⟦p:Ulaanbaatar⟧, on apartment blocks, and later at a sewing factory on the edge of the city. The building company was Mongolian, called ⟦p:Monnis Construction⟧ I think. There were Mongolian workers too, a young man named ⟦u:Batbayar⟧ and an older one, ⟦u:Ganbold⟧, who shared cigarettes with us.

Q: Who was in charge of the Koreans?
A: ⟦r:Pak Yong\u00adsik⟧. He had been a soldier. ⟦r:Park⟧ hit people with a shovel handle when they were slow.

Q: And what name did you use there?
A: My name, ⟦r:O Chang-min⟧. The Mongolians called me ⟦r:Oh⟧ because it was easy. When ⟦r:Pak⟧ shouted "⟦r:O⟧, come here!" everyone laughed because it sounded like a cry.

Q: Oh, I see. Did anyone try to leave?
A: One man, from ⟦p:Hamhung⟧. They sent him back in a week.
""",
    },
    {
        "id": "h2-en-07",
        "language": "en",
        "eol": "crlf",
        "note": "Yu/Ryu/Yoo variants next to English 'you'; fishing boat name public; captain unregistered with title; Chinese port public.",
        "persons": [
            per("Ryu Jin-hyok", "류진혁", "witness"),
        ],
        "text": """I was on a fishing boat, the ⟦p:Chilbosan 7⟧, from 2016 to 2018. We fished squid off ⟦p:Zhoushan⟧ and sold the catch to Chinese boats at sea. You never set foot on land. If you were sick you lay in the hold.

The captain was ⟦u:Ho Song-chol⟧. Captain ⟦u:Ho⟧ kept all our seaman's books in a metal box. There was a young cook, we called him little ⟦u:Pyo⟧, who was fifteen or sixteen.

I want the report to use my real name, ⟦r:Ryu Jin-hyok⟧. My ROK passport spells it ⟦r:Yoo Jin-hyeok⟧ and my friends call me ⟦r:Yu⟧. Do you need the Hangul? Then ⟦r:류진혁⟧.

[Interviewer: witness later asked to change this to initials only. Use ⟦r:R.J.H.⟧ in any public text.]
""",
    },
    {
        "id": "h2-en-08",
        "language": "en",
        "eol": "lf",
        "note": "Surname Mun/Moon next to the word 'moon'; Burmese unregistered names with honorifics U/Daw; KOMID and Myanmar places public.",
        "persons": [
            per("Mun Hye-jin", "문혜진", "witness"),
            per("Mun Song-chol", "문성철", "relative"),
        ],
        "text": """Background note prepared by the case officer.

The witness, ⟦r:Moon Hye-jin⟧, is the daughter of an engineer who worked in ⟦p:Myanmar⟧ in the early 2000s on tunnels near ⟦p:Naypyidaw⟧ and in ⟦p:Shan State⟧. She was with her father for one year as an interpreter-trainee. The contract was handled by the ⟦p:Korea Mining Development Trading Corporation⟧ (⟦p:KOMID⟧).

Her father, ⟦r:Mun Song-chol⟧, is still in the ⟦p:DPRK⟧. She describes Burmese labourers digging alongside Koreans at night "when the moon was up, because the satellites could not see". Two Burmese names she remembers: ⟦u:U Tin Aung⟧, a driver, and ⟦u:Daw Khin Myo⟧, who cooked. ⟦u:Tin Aung⟧ was later arrested.

Ms. ⟦r:Mun⟧ asks that her father's name be removed completely. Mentions of "Mr. ⟦r:Moon⟧" in the annex refer to him.
""",
    },
    {
        "id": "h2-en-09",
        "language": "en",
        "eol": "lf",
        "note": "Surname Song next to the word 'song'; emoji (astral) before a name; African unregistered names; Mansudae Overseas Project public; Angola/Luanda.",
        "persons": [
            per("Song Tae-ho", "송태호", "witness"),
            per("Kim Hak-su", "김학수", "supervisor"),
        ],
        "text": """Message forwarded by a partner NGO in ⟦p:Luanda⟧ (lightly edited):

"🙏 ⟦r:Song Tae-ho⟧ agreed to talk. He worked for ⟦p:Mansudae Overseas Project Group⟧ in ⟦p:Angola⟧ and ⟦p:Senegal⟧, building monuments and a stadium. 🇰🇵 Koreans were about 120 on site."

From the interview itself:

We sang a song every morning before work, the same song, about the General. Our chief was ⟦r:Kim Hak-su⟧, and ⟦r:Kim⟧ reported everything to the embassy in ⟦p:Luanda⟧. The Angolan workers were paid weekly and we were not. A carpenter named ⟦u:Joaquim Mbala⟧ asked me why, and I could not answer. Another, Mr. ⟦u:Dos Santos⟧, gave me his phone number but ⟦r:Kim Hak-soo⟧ found it in my pocket.

⟦r:Song⟧ - that's how everyone on the site called me, just ⟦r:Song⟧. 😔 ⟦r:Tae-ho⟧ was only used by my mother.
""",
    },
    {
        "id": "h2-en-10",
        "language": "en",
        "eol": "crlf",
        "note": "Witnesses surnamed Kim next to public figures Kim Jong-un / Kim Jong Un / Kim Il Sung; places named after people (Kim Chaek University, Kimchaek City, Kim Il-sung Square) public.",
        "persons": [
            per("Kim Jong-hyok", "김정혁", "witness"),
            per("Kim Son-hui", "김선희", "relative"),
        ],
        "text": """Witness background.

⟦r:Kim Jong-hyok⟧ studied at ⟦p:Kim Chaek University of Technology⟧ and was assigned in 2012 to a construction trading company that sent workers to ⟦p:Russia⟧. Before leaving, his group was taken to ⟦p:Kim Il-sung Square⟧ to swear loyalty. He is from ⟦p:Kimchaek City⟧, ⟦p:North Hamgyong⟧.

He says that the workers' "loyalty money" was described as a gift to ⟦p:Kim Jong Un⟧ for his birthday. ⟦r:Kim⟧ himself paid 300 dollars a year that way. He stresses that he is not related to ⟦p:Kim Jong-un⟧ or to ⟦p:Kim Il Sung⟧, "there are millions of Kims."

His sister, ⟦r:Kim Son-hui⟧, worked at the ⟦p:Kim Jong-suk Pyongyang Textile Mill⟧. ⟦r:Son-hui⟧ was questioned by the security police after he defected.

⟦r:Jong-hyok⟧ asks for initials only: ⟦r:K.J.H.⟧
""",
    },
    {
        "id": "h2-en-11",
        "language": "en",
        "eol": "lf",
        "note": "Initials with and without dots, given name alone, unregistered Korean minder; interviewer prose with sentence-initial capitalised ordinary words.",
        "persons": [
            per("Han Ok-sun", "한옥순", "witness"),
            per("Ri Kwang-chol", "리광철", "coworker"),
        ],
        "text": """Case summary for reviewer.

Witness ⟦r:HOS⟧ (⟦r:Han Ok-sun⟧), female, born 1985, worked at a garment factory in ⟦p:Hunchun⟧, ⟦p:Jilin⟧, 2018-2020. Hours: 8 a.m. to 10 p.m., two days off a month. Passports: kept by the minder ⟦u:Sin Yong-chol⟧. Wages: promised 400 USD a month; received about 30 yuan pocket money.

Corroboration: her co-worker ⟦r:R.K.C.⟧ (⟦r:Ri Kwang-chol⟧, the only man on the line, a mechanic) gave a separate statement in 2022. ⟦r:Kwang-chol⟧ confirms the hours and the locked dormitory. Both name the same minder; ⟦r:Ok-sun⟧ adds that ⟦u:Sin⟧ took the women's phones every night.

Review: Please check whether ⟦r:Ok Sun⟧ is the same person as "⟦r:Oksun⟧" in the 2021 hotline log. Likely yes.
""",
    },
    {
        "id": "h2-en-12",
        "language": "en",
        "eol": "crlf",
        "note": "Surnames Bang, Son, Ha used as persons next to the English words bang, son, ha; registered nickname alias.",
        "persons": [
            per("Bang Myong-chol", "방명철", "witness", "Hammer"),
            per("Son Il-gwang", "손일광", "supervisor"),
            per("Ha Song-mi", "하성미", "relative"),
        ],
        "text": """I was a welder in ⟦p:Kuwait⟧. The men called me ⟦r:Hammer⟧ because I was strong. My name is ⟦r:Bang Myong-chol⟧, ⟦r:Pang Myŏng-ch'ŏl⟧ in the old spelling.

There was a bang one day, a gas bottle exploded, and a young man from ⟦p:Sinuiju⟧ was burned. ⟦r:Son Il-gwang⟧, our section leader, told us to say nothing to the Kuwaitis. ⟦r:Son⟧ said if anyone talked, his son or daughter at home would suffer. Ha! As if we did not know that already.

My wife ⟦r:Ha Song-mi⟧ is in ⟦p:Wonsan⟧ with our son. ⟦r:Ha⟧ does not know I am in the South. Please, ⟦r:Song-mi⟧ must never be named.

The other welders, ⟦u:Kye Chol-ung⟧ and ⟦u:Tak Yong-su⟧, were sent home early because ⟦r:Bang⟧ argued for them. That's what ⟦r:Son⟧ wrote in his report, I heard.
""",
    },
    {
        "id": "h2-en-13",
        "language": "en",
        "eol": "lf",
        "note": "Surnames An and Do used as persons next to English 'an' and 'do'; An at sentence start; Russian unregistered names in Latin and Cyrillic; Putin public.",
        "persons": [
            per("An Chol-jin", "안철진", "witness"),
            per("Do Kyong-su", "도경수", "coworker"),
        ],
        "text": """Written statement, translated from Korean by a volunteer.

An hour before dawn the brigade leader woke us. I am ⟦r:An Chol-jin⟧ and I worked at a logging site of the ⟦p:Tyndales⟧ enterprise in ⟦p:Amur Oblast⟧ from 2009 to 2014.

⟦r:An⟧ is also what the Russians called me, "⟦r:Ан⟧", and they thought it was a first name. The Russian forester was ⟦u:Andrei Volkov⟧, ⟦u:Андрей⟧ in his own letters. Do not think the Russians were bad to us; ⟦u:Andrei⟧ brought us bread and vodka at New Year.

My friend ⟦r:Do Kyong-su⟧ ran away in 2013 and reached ⟦p:Moscow⟧. ⟦r:Do⟧ later went to the ⟦p:UNHCR⟧ office there. I do not know what happened after. On television at the camp they showed ⟦p:Putin⟧ meeting our leader in ⟦p:Vladivostok⟧, and the security man said this meant nobody could escape.
""",
    },
    {
        "id": "h2-en-14",
        "language": "en",
        "eol": "crlf",
        "note": "Ro/Roh/Noh variants, bare 'No' surname vs English 'no'; bidi control (U+202B) embedded before a name; right-to-left Arabic company name public.",
        "persons": [
            per("Ro Jong-sik", "로정식", "witness"),
            per("No Hyon-a", "노현아", "relative"),
        ],
        "text": """Transcript, session 3 (partly garbled by the messaging app; kept as received).

Q: Your name for the record?
A: ⟦r:Ro Jong-sik⟧. In ⟦p:Seoul⟧ they wrote ⟦r:Noh Jeong-sik⟧. The Kuwaiti contractor's papers said "\u202b⟦r:Roh Jong Sik⟧\u202c".

Q: Which contractor?
A: ⟦p:Al-Hajery Contracting⟧. Their office was in ⟦p:Farwaniya⟧. There were no holidays. No, not one in three years.

Q: Is anyone of your family still in the North?
A: My daughter. ⟦r:No Hyon-a⟧. She took her mother's name. ⟦r:No⟧ is a common name in ⟦p:Kaesong⟧. ⟦r:Hyon-a⟧ is nineteen now.

Q: Thank you, Mr. ⟦r:Ro⟧. We will stop here.
""",
    },
    {
        "id": "h2-en-15",
        "language": "en",
        "eol": "lf",
        "note": "Jong/Jung/Chung/Chŏng variants with apostrophe McCune-Reischauer; one-syllable given name alone; name at end.",
        "persons": [
            per("Jong Hak-chol", "정학철", "supervisor"),
            per("Choe Nam", "최남", "witness"),
        ],
        "text": """We were 36 workers in a flat in ⟦p:Krasnoyarsk⟧. The flat had two rooms. We plastered and painted apartments for a Russian firm, ⟦p:SibStroiInvest⟧, and were moved from one building to another every few weeks so the migration police would not notice us.

The man responsible for us was the "representative", ⟦r:Jong Hak-chol⟧. In the Russian documents: ⟦r:Chung Hak Chol⟧. In our own papers it was ⟦r:Chŏng Hak-ch'ŏl⟧. He took our money every Sunday evening. ⟦r:Jung⟧ kept 90 per cent, for "the plan". When a man asked to keep a little more, ⟦r:Jong⟧ said the plan was the plan.

Everyone called me ⟦r:Nam⟧. The full name is ⟦r:Choe Nam⟧, or ⟦r:Choi Nam⟧ as my refugee certificate has it.
""",
    },
    {
        "id": "h2-en-16",
        "language": "en",
        "eol": "lf",
        "note": "Baek/Paek and Seo/So variants; 'ma'am' and Chinese surname Ma as unregistered person; Xi Jinping public; Shenyang.",
        "persons": [
            per("Paek Sun-ok", "백순옥", "witness"),
            per("So Jong-hui", "서정희", "coworker"),
        ],
        "text": """Interviewer's note: The witness answered "yes, ma'am" to every question at first; she relaxed after an hour.

⟦r:Paek Sun-ok⟧ (ROK: ⟦r:Baek Soon-ok⟧) worked in a restaurant and then a wig factory in ⟦p:Shenyang⟧, 2016-2019. Restaurant: the "⟦p:Pyongyang Koryo Restaurant⟧". Factory owner: a Mr. ⟦u:Ma Jun⟧. ⟦u:Ma⟧ was never seen on the floor; the Korean manager dealt with everything.

She names her friend ⟦r:So Jong-hui⟧ (South spelling ⟦r:Seo Jeong-hee⟧) as the one who helped her plan the escape. ⟦r:Seo⟧ left a month before her and they met again in ⟦p:Bangkok⟧. When ⟦p:Xi Jinping⟧ visited ⟦p:Pyongyang⟧ in 2019 the restaurant staff were made to practise a welcome dance for weeks.

⟦r:Baek⟧ asks that the name of the restaurant be kept, but her own name not.
""",
    },
    {
        "id": "h2-en-17",
        "language": "en",
        "eol": "crlf",
        "note": "U+FEFF and U+2060 inside names, U+200D between syllables; Siberian logging; Cyrillic and Hangul-transliterated Russian names.",
        "persons": [
            per("Ri Myong-chol", "리명철", "witness"),
            per("Kim Yong-ae", "김영애", "relative"),
        ],
        "text": """\ufeffStatement (pasted from a Word file).

My name is ⟦r:Ri\u2060 Myong\u200dchol⟧. I went to the ⟦p:Khabarovsk⟧ region in 2010 with the forestry unit of the ⟦p:Ministry of Forestry⟧. We lived in wagons at a place called ⟦p:Chegdomyn⟧.

The Russian bosses: ⟦u:Sergei Petrovich⟧ (⟦u:Сергей Петрович⟧) and his brother ⟦u:Nikolai⟧. The Korean boss was a man the Russians called "Komandir"; I never learnt his real name.

My mother, ⟦r:Kim\ufeff Yong-ae⟧, wrote to me once through the embassy. ⟦r:Yong-ae⟧ is her given name; please do not print it. ⟦r:Lee Myung-chul⟧ is how I am registered in ⟦p:South Korea⟧ now.
""",
    },
    {
        "id": "h2-en-18",
        "language": "en",
        "eol": "lf",
        "note": "Translated transcript with interpreter's bracketed notes naming the interpreter (unregistered) and explaining Hangul forms; names late; Hangul inside English.",
        "persons": [
            per("Pak Un-ha", "박은하", "witness"),
            per("Rim Tae-song", "림태성", "supervisor"),
        ],
        "text": """[Interpreter's note: interview conducted in Korean by ⟦u:Jennifer Walsh⟧, interpreted by ⟦u:Yoon Seo-yeon⟧. Pauses marked ...]

We left from ⟦p:Sunan Airport⟧. There were fifty of us women. We did not know where we were going until we saw the sign at the airport in ⟦p:Vladivostok⟧. ... Then a bus to a textile factory.

The supervisor was a woman at first, then a man. The man was ⟦r:Rim Tae-song⟧ [Interpreter: she says 림태성 - "⟦r:Rim⟧" with R, the northern way; ROK would write ⟦r:Im Tae-seong⟧]. ⟦r:Rim⟧ slapped a girl for writing a letter home.

[Interpreter: the witness now gives her name.] I am ⟦r:Pak Un-ha⟧. ⟦r:Un-ha⟧... "silver river", my grandfather chose it. [Interpreter: she prefers "⟦r:Eunha⟧" in English.]
""",
    },
    {
        "id": "h2-en-19",
        "language": "en",
        "eol": "crlf",
        "note": "Emoji and astral math letters before names; messenger-style notes; unregistered Korean names; Kuwait public places.",
        "persons": [
            per("Choe Hyon-u", "최현우", "witness"),
        ],
        "text": """Field notes from phone call, 22:10.

📞 ⟦r:Choe Hyon-u⟧ called back from ⟦p:Busan⟧. Confirms: ⟦p:Kuwait⟧, 2012-2015, ⟦p:Sabah Al-Ahmad City⟧ housing project. 12-14 hour days, in summer work stopped 11-3 only when the inspectors were around.

Names he gave of others on site: 👷 ⟦u:Kim Song-ho⟧ (team leader), ⟦u:Yun Chang-sik⟧, and a doctor, Dr. ⟦u:Pyon⟧. 𝐍𝐁: ⟦u:Yun⟧ died in 2014, heat stroke, body sent home via ⟦p:Beijing⟧.

⟦r:Hyon-u⟧ will send photos. ⟦r:Choi⟧ is nervous about his brother in ⟦p:Nampo⟧.
""",
    },
    {
        "id": "h2-en-20",
        "language": "en",
        "eol": "lf",
        "note": "One-syllable names (Rim Il, Il alone), 'Il Rim' reversed order; ordinary capitalised words; Chinese factory; names late in long text.",
        "persons": [
            per("Rim Il", "림일", "witness"),
            per("Kang Yong-chol", "강영철", "supervisor"),
        ],
        "text": """Statement of the witness, read back and confirmed.

Before leaving I had to pass a political check at the provincial office in ⟦p:Hyesan⟧. They asked about relatives in ⟦p:China⟧ and in the South. Anyone with a relative abroad was refused. Then a medical check. Then four months of waiting, and a bribe of 200 dollars to the recruiter.

Work in ⟦p:Tumen⟧ was at an electronics assembly plant. Every morning, meeting. Every evening, meeting. Sunday, self-criticism session. Monday, again work.

The head of our group was ⟦r:Kang Yong-chol⟧; we called him "Director". He was called to ⟦p:Pyongyang⟧ in 2018 and replaced. The new one I never learnt the name of.

I am ⟦r:Rim Il⟧. Foreigners write ⟦r:Il Rim⟧ because they think ⟦r:Il⟧ is the family name. In the South I am ⟦r:Im Il⟧. All my friends say just ⟦r:Il⟧.
""",
    },
    {
        "id": "h2-en-21",
        "language": "en",
        "eol": "crlf",
        "note": "Chinese unregistered names in pinyin and characters, Chinese company names public; Korean supervisor registered with alias; given name joined.",
        "persons": [
            per("Jon Kum-ok", "전금옥", "witness"),
            per("Kye Yong-hui", "계영희", "supervisor", "Aunt Kye"),
        ],
        "text": """Summary of interview with ⟦r:Jon Kum-ok⟧ (a.k.a. ⟦r:Jeon Geum-ok⟧).

Employer: ⟦p:Hunchun Xinhua Textiles⟧, a subcontractor of a larger firm in ⟦p:Yanji⟧. Chinese line managers: ⟦u:Zhang Wei⟧ (⟦u:张伟⟧) and ⟦u:Wang Jianguo⟧ (⟦u:王建国⟧). ⟦u:Zhang⟧ once gave the women a day off after an inspection, which ⟦r:Aunt Kye⟧ - the North Korean supervisor ⟦r:Kye Yong-hui⟧ - then cancelled.

⟦r:Kumok⟧ (she writes it joined) estimates that 230 women worked there. ⟦r:Kye⟧ collected their wages from the Chinese accountant, Ms. ⟦u:Li Na⟧, every month.

Escape: December 2019, via ⟦p:Kunming⟧ and ⟦p:Laos⟧.
""",
    },
    {
        "id": "h2-en-22",
        "language": "en",
        "eol": "lf",
        "note": "Qatari unregistered engineer, Indian coworker, public stadium and company; witness with Yi/Lee/Rhee; mixed honorific 'Mr.'.",
        "persons": [
            per("Ri Sung-hun", "리성훈", "witness"),
            per("Ri Chol-man", "리철만", "relative"),
        ],
        "text": """I arrived in ⟦p:Doha⟧ in August 2014. The company was ⟦p:Genco⟧, the North Korean one, working under a Qatari contractor on a stadium site at ⟦p:Al Wakrah⟧. The Qatari engineer was ⟦u:Khalid Al-Kuwari⟧. He was polite but he never came into our camp.

An Indian electrician, ⟦u:Ramesh Kumar⟧, let me use his phone once. That is how I first read about the South. Later my name was written ⟦r:Yi Sung-hun⟧ by the embassy and ⟦r:Rhee Seung-hoon⟧ by the Korean consulate in ⟦p:Bangkok⟧. It is the same person, ⟦r:Ri Sung-hun⟧.

My younger brother, ⟦r:Ri Chol-man⟧, was in the same company in ⟦p:Kuwait⟧. ⟦r:Chol-man⟧ returned home in 2016. Mr. ⟦r:Yi⟧ - me - did not.
""",
    },
    {
        "id": "h2-en-23",
        "language": "en",
        "eol": "crlf",
        "note": "Many Kim names: public Kim Jong-il, Kim Jong Un, Kim Il-sung next to private Kims (Kim Yong-hak, Kim Myong-guk, Kim Chang-ho); Kim Il-sung University public; 'Kim' alone private.",
        "persons": [
            per("Kim Yong-hak", "김영학", "witness"),
        ],
        "text": """Interviewer summary.

The witness, ⟦r:Kim Yong-hak⟧, graduated from ⟦p:Kim Il-sung University⟧ in economics and was posted as an accountant to a construction company in ⟦p:Vladivostok⟧. He kept the books that showed how workers' wages were transferred. He names the company director, ⟦u:Kim Myong-guk⟧, and the security officer, ⟦u:Kim Chang-ho⟧, as the ones who decided how much each worker kept.

He estimates that 70-80% of earnings went to a "plan" fund attributed to ⟦p:Kim Jong Un⟧'s office, with additional sums for the anniversaries of ⟦p:Kim Il-sung⟧ and ⟦p:Kim Jong-il⟧.

Note for reviewer: the witness is NOT ⟦p:Kim Yong-nam⟧, the former head of state. ⟦r:Kim⟧ jokes that his name caused him trouble at every checkpoint. ⟦r:Yong-hak⟧ agrees to initials.
""",
    },
    {
        "id": "h2-en-24",
        "language": "en",
        "eol": "lf",
        "note": "Terse list-style notes; names in parentheses, slashes and after colons; sentence-initial ordinary words; 'Sunday', 'Party', 'General' capitalised but not names.",
        "persons": [
            per("Yang Chol-min", "양철민", "witness"),
            per("Hwang Un-ju", "황은주", "relative"),
            per("Ri Ok-ran", "리옥란", "coworker"),
        ],
        "text": """CASE NOTES - DO NOT EXPORT
Witness: ⟦r:Yang Chol-min⟧/⟦r:양철민⟧, b. 1979
Wife: ⟦r:Hwang Un-ju⟧ (in ⟦p:DPRK⟧, ⟦p:South Pyongan⟧)
Co-worker (corroborates hours): ⟦r:Ri Ok-ran⟧ - now ⟦r:Lee Ok-ran⟧, ⟦p:Incheon⟧
Site: ⟦p:Chita⟧, ⟦p:Russia⟧? (witness unsure; check vs. map)
Sunday: work. Party day: work. General's birthday: half day.
Minder: "Comrade ⟦u:Sok⟧" (no full name)
Follow-up: ask ⟦r:Yang⟧ whether ⟦r:Un-ju⟧ knows he left; ask ⟦r:Ok-ran⟧ for the dormitory address.
""",
    },
    {
        "id": "h2-ko-01",
        "language": "ko",
        "eol": "crlf",
        "note": "Hangul full name with 은/이/의, surname + 반장 with space, given name + 이가 (diminutive); decoys 임금, 여권, 박수; Kuwait company public.",
        "persons": [
            per("Pak Yong-chol", "박영철", "witness"),
            per("Ri Myong-gun", "리명근", "supervisor"),
        ],
        "text": """2013년 봄에 ⟦p:쿠웨이트⟧로 갔습니다. ⟦p:남강건설⟧ 소속이었고, 현장은 ⟦p:쿠웨이트시티⟧ 외곽 아파트 공사장이었습니다.

도착하자마자 여권을 다 걷어 갔습니다. 여권을 걷은 사람은 ⟦r:리명근⟧ 지배인이었고, ⟦r:리⟧ 지배인이 그걸 사무실 금고에 넣었습니다. 임금은 한 달에 120디나르라고 했는데 손에 쥔 건 거의 없었습니다. 회의 때마다 박수를 치라고 해서 박수만 쳤습니다.

저는 ⟦r:박영철⟧입니다. 현장에서는 다들 "⟦r:박⟧ 반장"이라고 불렀습니다. 고향 사람들은 "⟦r:영철⟧이"라고 했고요. ⟦r:박영철⟧의 이름이 나가면 ⟦p:평양⟧에 있는 식구들이 다칩니다.

같이 일한 ⟦u:김성호⟧, ⟦u:한경일⟧도 아직 거기 있을 겁니다.
""",
    },
    {
        "id": "h2-ko-02",
        "language": "ko",
        "eol": "lf",
        "note": "North Korean ㄹ surname 림 with 동무/동지, given name + 이가; Russian names in Hangul (안드레이) unregistered; decoys 김치, 장마, 고생; rivers and regions public.",
        "persons": [
            per("Rim Kwang-hyok", "림광혁", "coworker"),
            per("Jang Chol-nam", "장철남", "witness"),
        ],
        "text": """벌목장은 ⟦p:아무르주⟧ ⟦p:틴다⟧에서 북쪽으로 트럭을 타고 하루 가야 했습니다. 겨울에는 영하 40도, 여름에는 장마 때문에 길이 다 끊겼습니다. 먹는 건 김치 조금과 감자뿐이었습니다. 고생은 말로 다 못 합니다.

같은 조에 ⟦r:림광혁⟧ 동무가 있었습니다. ⟦r:광혁⟧이가 나무에 깔려 다리가 부러졌을 때 러시아 의사 ⟦u:안드레이⟧가 와서 봐 줬습니다. ⟦u:안드레이⟧는 좋은 사람이었습니다. 그런데 보위원 ⟦u:차용범⟧이 "⟦r:림⟧ 동지는 괜찮다"면서 병원에 못 가게 했습니다.

저는 ⟦r:장철남⟧이고, ⟦p:함경북도⟧ ⟦p:회령⟧ 출신입니다. ⟦r:장⟧씨 집안은 할아버지 때부터 거기 살았습니다. ⟦p:두만강⟧을 건너서 나왔습니다.
""",
    },
    {
        "id": "h2-ko-03",
        "language": "ko",
        "eol": "crlf",
        "note": "Female witness with 언니/씨, 께서 on supervisor; Chinese names in Hangul and characters; public 김정은 and Chinese company; decoys 정말, 전화.",
        "persons": [
            per("Choe Un-jong", "최은정", "witness"),
            per("Ho Myong-sun", "허명순", "supervisor"),
        ],
        "text": """면담 요약 (면담자 작성)

증인은 2017년부터 2019년까지 ⟦p:중국⟧ ⟦p:단둥⟧의 수산물 가공공장에서 일했다. 공장 주인은 중국인 ⟦u:왕젠궈⟧(⟦u:王建国⟧) 사장이었고, 조선 여성 노동자 약 180명이 오징어와 새우를 손질했다.

북측 관리자는 ⟦r:허명순⟧이었다. 증인에 따르면 "⟦r:허명순⟧ 선생께서 전화기를 전부 걷어 가셨다"고 한다. 아침마다 ⟦p:김정은⟧의 말씀을 외웠다. 증인은 "정말 숨 쉴 틈도 없었다"고 말했다.

증인 본인은 ⟦r:최은정⟧(⟦r:최⟧씨)이며, 같은 방을 쓰던 동생들은 그를 "⟦r:은정⟧ 언니"라고 불렀다. 한 동생 ⟦u:순애⟧는 손가락을 다쳐서 먼저 귀국했다.
""",
    },
    {
        "id": "h2-ko-04",
        "language": "ko",
        "eol": "lf",
        "note": "Surname 정 as person (정 조장, 정수남이) next to decoys 정말, 정도; 형 honorific; 전화, 노동 decoys; Qatar places public.",
        "persons": [
            per("Jong Su-nam", "정수남", "supervisor"),
            per("Yun Kwang-il", "윤광일", "witness"),
        ],
        "text": """⟦p:카타르⟧에 간 건 2015년입니다. ⟦p:도하⟧ 남쪽에 있는 숙소에서 한 방에 열두 명이 잤습니다. 노동 시간은 정해진 게 없었습니다. 하루 열네 시간 정도는 보통이었습니다.

우리 조장은 ⟦r:정수남⟧이었습니다. ⟦r:정⟧ 조장은 나이가 저보다 많아서 저는 "⟦r:수남⟧이 형"이라고 불렀습니다. ⟦r:정수남⟧이가 나쁜 사람은 아니었습니다. 위에서 시키니까 했을 뿐이지요. 정말로 나쁜 건 대표부 사람 ⟦u:계성철⟧이었습니다.

집에 전화 한 통 못 했습니다. 제 이름은 ⟦r:윤광일⟧입니다. ⟦r:윤⟧씨라고만 써 주세요.
""",
    },
    {
        "id": "h2-ko-05",
        "language": "ko",
        "eol": "crlf",
        "note": "Surname 오 (one syllable) with 씨 and zero-width space between surname and given name; decoys 오늘, 오후, 오래; Polish names in Hangul unregistered.",
        "persons": [
            per("O Se-jin", "오세진", "witness"),
            per("O Myong-hui", "오명희", "relative"),
        ],
        "text": """저는 ⟦r:오\u200b세진⟧입니다. ⟦p:폴란드⟧ ⟦p:그단스크⟧ 조선소에서 용접을 했습니다. 오늘 말씀드리는 건 2014년부터 2016년까지의 일입니다.

폴란드 반장은 ⟦u:토마시⟧라는 사람이었는데, 우리더러 "⟦r:오⟧ 씨, 오후에는 쉬어라" 해도 우리 대표가 못 쉬게 했습니다. 오래 있다 보니 폴란드 말도 조금 배웠습니다. ⟦u:토마시⟧의 친구 ⟦u:마렉⟧도 우리를 도와주려 했습니다.

제 누나 ⟦r:오명희⟧는 아직 ⟦p:청진⟧에 있습니다. ⟦r:명희⟧ 누나한테 무슨 일이 생길까 봐 이 증언도 오래 망설였습니다. "⟦r:세진⟧아, 몸조심해라" 하던 게 마지막 말이었습니다.
""",
    },
    {
        "id": "h2-ko-06",
        "language": "ko",
        "eol": "lf",
        "note": "류/유 variants for one person, 께서 and 반장 honorifics, decoys 유리, 이유; Mongolian names in Hangul unregistered; Ulaanbaatar public.",
        "persons": [
            per("Ryu Chol-ho", "류철호", "supervisor"),
            per("Sin Kum-sil", "신금실", "witness"),
        ],
        "text": """증인 진술 (녹취 정리)

⟦p:몽골⟧ ⟦p:울란바토르⟧에서 2011년부터 봉제공장과 건설현장에서 일했습니다. 공장 창문 유리가 깨져 있어서 겨울에는 손이 얼었습니다. 그 이유를 물으면 돈이 없다고만 했습니다.

우리 반장은 ⟦r:류철호⟧ 반장이었습니다. 남쪽 식으로는 ⟦r:유철호⟧라고 쓰지요. ⟦r:류⟧ 반장께서는 아침마다 총화를 했습니다. 몽골 사람 ⟦u:바트바야르⟧와 ⟦u:간볼드⟧가 우리한테 빵을 주면 ⟦r:철호⟧ 반장이 빼앗았습니다.

저는 ⟦r:신금실⟧입니다. 친구들은 "⟦r:금실⟧아"라고 불렀어요.
""",
    },
    {
        "id": "h2-ko-07",
        "language": "ko",
        "eol": "crlf",
        "note": "Surname 한 as person (한 선장이, 한명국의) next to decoys 한번, 한 달, 한국; ship name public; surname alone without space before honorific.",
        "persons": [
            per("Han Myong-guk", "한명국", "supervisor"),
            per("Pyo Chang-su", "표창수", "witness"),
        ],
        "text": """배 이름은 ⟦p:칠보산 7호⟧였습니다. ⟦p:저우산⟧ 앞바다에서 오징어를 잡았는데 한 달에 한번 중국 운반선이 와서 고기를 가져갔습니다. 한번 나가면 열 달은 땅을 못 밟았습니다.

선장은 ⟦r:한명국⟧이었습니다. ⟦r:한⟧선장이 선원수첩을 다 가지고 있었고, ⟦r:한명국⟧의 허락 없이는 아무것도 못 했습니다. 한국 배가 옆을 지나가도 보지 말라고 했습니다.

어린 취사원이 하나 있었는데, 이름은 ⟦u:김은성⟧이었습니다. 열여섯 살이었습니다.

제 이름은 ⟦r:표창수⟧입니다. 배에서는 "⟦r:표⟧씨" 아니면 "⟦r:창수⟧야"로 불렸습니다.
""",
    },
    {
        "id": "h2-ko-08",
        "language": "ko",
        "eol": "lf",
        "note": "Surname 문 as person (문 선생, 문경호가) next to decoys 문제, 문을, 신문; Burmese names in Hangul unregistered; KOMID and Myanmar public.",
        "persons": [
            per("Mun Kyong-ho", "문경호", "witness"),
        ],
        "text": """면담자 메모: 증인은 자신을 3인칭으로 말하는 경우가 많음. 그대로 옮김.

⟦r:문경호⟧가 ⟦p:미얀마⟧에 간 건 2003년이었다. ⟦p:조선광업개발무역회사⟧ 소속 기술자로 ⟦p:네피도⟧ 근처 땅굴 공사를 했다. 문제는 밤에만 일했다는 것이다. 숙소 문을 밖에서 잠갔다.

미얀마 사람 중에 ⟦u:우 띤 아웅⟧이라는 운전수와 ⟦u:도 킨 묘⟧라는 요리사가 있었다. 신문은 한 장도 볼 수 없었다. "⟦r:문⟧ 선생, 이건 비밀입니다" 하고 대표부 사람 ⟦u:조광혁⟧이 늘 말했다.

⟦r:문경호⟧는 지금 ⟦p:서울⟧에 산다. ⟦r:경호⟧라는 이름은 흔해서 괜찮을 거라고 했지만, 면담자는 가명을 권했다.
""",
    },
    {
        "id": "h2-ko-09",
        "language": "ko",
        "eol": "crlf",
        "note": "Surname 송 with 동무 and 랑/와 particles, decoys 송금, 노래; African names in Hangul unregistered; Mansudae and African countries public.",
        "persons": [
            per("Song Ki-chol", "송기철", "witness"),
            per("Ri Hyon-sik", "리현식", "coworker"),
        ],
        "text": """⟦p:만수대창작사⟧ 해외사업소로 ⟦p:적도기니⟧와 ⟦p:앙골라⟧에 갔습니다. 동상도 만들고 경기장도 지었습니다. 번 돈은 전부 본국으로 송금됐고 우리 손에는 한 푼도 안 왔습니다.

아침마다 노래를 불렀습니다. 같이 간 ⟦r:리현식⟧이랑 저는 같은 방을 썼습니다. ⟦r:현식⟧이와 저는 현지 목수 ⟦u:조제프⟧와 친해졌는데, ⟦u:조제프⟧가 우리한테 전화기를 빌려줬다가 들켰습니다. 앙골라 사람 ⟦u:마누엘 산투스⟧도 우리를 걱정해 줬습니다.

저는 ⟦r:송기철⟧이고, 사업소에서는 "⟦r:송⟧ 동무"라고 했습니다. ⟦r:송기철⟧과 ⟦r:리현식⟧ 둘 다 가명으로 해 주십시오.
""",
    },
    {
        "id": "h2-ko-10",
        "language": "ko",
        "eol": "lf",
        "note": "Private Kims next to public 김정은/김일성/김정일 and places named after them (김일성광장, 김책공업종합대학, 김책시, 김정숙평양제사공장); decoy 김치; 김 alone as private.",
        "persons": [
            per("Kim Chol-jin", "김철진", "witness"),
            per("Kim Ok-hui", "김옥희", "relative"),
        ],
        "text": """증인 ⟦r:김철진⟧은 ⟦p:김책공업종합대학⟧을 졸업하고 2012년 ⟦p:러시아⟧ 건설회사에 파견되었다. 출발 전 ⟦p:김일성광장⟧에서 충성 맹세를 했다고 한다. 고향은 ⟦p:김책시⟧이다.

증인은 매년 ⟦p:김정은⟧ 생일과 ⟦p:김일성⟧·⟦p:김정일⟧ 생일에 '충성자금'을 냈다고 진술했다. ⟦r:김⟧ 씨는 "김치 한 통 값도 안 남았다"고 했다.

여동생 ⟦r:김옥희⟧는 ⟦p:김정숙평양제사공장⟧에서 일하다가 증인이 탈북한 뒤 보위부 조사를 받았다. ⟦r:옥희⟧에게 해가 갈까 봐 증인은 이름을 밝히지 말아 달라고 했다. 면담자: ⟦r:김철진⟧ 씨는 ⟦p:김정은⟧과 아무 관계가 없다.
""",
    },
    {
        "id": "h2-ko-11",
        "language": "ko",
        "eol": "crlf",
        "note": "Names introduced by 이름은, ~라는, ~라고 하는; unregistered Koreans; decoy 명이라 ('스무 명이라'); witness registered with 만/도 particles.",
        "persons": [
            per("Chae Yong-hui", "채영희", "witness"),
        ],
        "text": """우리 작업반은 스무 명이라고 했지만 실제로는 스물다섯 명이었습니다. ⟦p:중국⟧ ⟦p:훈춘⟧ 봉제공장이었습니다.

관리원 이름은 ⟦u:방성국⟧이었습니다. 그 밑에 ⟦u:우정란⟧이라는 여자가 있었는데 저희를 감시했습니다. 또 ⟦u:탁철민⟧이라고 하는 보위원이 한 달에 한 번 왔습니다. 이름은 몰라도 얼굴은 다 기억합니다.

제 이름은 ⟦r:채영희⟧입니다. 공장에서 ⟦r:영희⟧만 매일 늦게까지 남았습니다. ⟦r:채영희⟧도 남들처럼 집에 가고 싶었지만 말을 못 했습니다.
""",
    },
    {
        "id": "h2-ko-12",
        "language": "ko",
        "eol": "lf",
        "note": "Surname 서 as person (서 씨, 서명철에게) next to decoys 서로, 서울; 성격 decoy; 한테/에게 particles.",
        "persons": [
            per("So Myong-chol", "서명철", "coworker"),
            per("Jon Hye-song", "전혜성", "witness"),
        ],
        "text": """저희는 서로 말을 잘 안 했습니다. 누가 보고할지 몰랐으니까요. 그런데 ⟦r:서명철⟧에게는 이상하게 마음이 갔습니다. 성격이 조용하고 남 얘기를 안 했습니다.

⟦r:서⟧ 씨는 ⟦p:블라디보스토크⟧ 현장에서 미장을 했고, 저는 도배를 했습니다. 나중에 ⟦r:명철⟧이한테 제가 떠날 거라고 말했더니 아무 말 없이 돈 50달러를 줬습니다.

저는 ⟦r:전혜성⟧입니다. 지금은 ⟦p:서울⟧에 삽니다. ⟦r:혜성⟧이라는 이름은 바꾸고 싶지 않습니다.
""",
    },
    {
        "id": "h2-ko-13",
        "language": "ko",
        "eol": "crlf",
        "note": "Surname 강 as person (강 보위원, 강영수가) next to 강 meaning river (두만강, 강에서) and decoy 장마; 보위원 honorific.",
        "persons": [
            per("Kang Yong-su", "강영수", "official"),
            per("Ri Sun-hui", "리순희", "witness"),
        ],
        "text": """우리를 감시한 사람은 ⟦r:강영수⟧ 보위원이었습니다. ⟦r:강⟧ 보위원은 밤에도 숙소를 돌았습니다.

⟦p:하바롭스크⟧ 근처 벌목장 옆으로 큰 강이 흘렀는데, 장마가 지면 강에서 통나무를 끌어냈습니다. 한 사람이 강에 빠져 죽었는데 ⟦r:강영수⟧가 사고 보고서에 "본인 부주의"라고 썼다고 합니다.

저는 ⟦r:리순희⟧, 취사를 맡았습니다. ⟦p:두만강⟧을 건너 나온 것은 2016년입니다. ⟦r:순희⟧라는 이름은 흔하니 그대로 두어도 된다고 했지만, 면담자가 지우자고 했습니다.
""",
    },
    {
        "id": "h2-ko-14",
        "language": "ko",
        "eol": "lf",
        "note": "Surnames 노/도 as persons next to decoys 노동, 노래 and particle 도; 조장 and 동지 honorifics.",
        "persons": [
            per("No Chang-il", "노창일", "supervisor"),
            per("To Myong-sik", "도명식", "witness"),
        ],
        "text": """노동 시간은 새벽 여섯 시부터 밤 열한 시까지였습니다. ⟦p:쿠웨이트⟧에서도 그랬고 나중에 간 ⟦p:아랍에미리트⟧에서도 그랬습니다.

조장은 ⟦r:노창일⟧ 동지였습니다. ⟦r:노⟧ 조장은 노래를 잘 불렀고 술도 잘 마셨습니다. 우리도 따라 마셨습니다. ⟦r:창일⟧ 조장이 취하면 본국 얘기를 했습니다.

저는 ⟦r:도명식⟧입니다. ⟦r:도⟧씨는 북에서도 드문 성입니다. 그래서 ⟦r:도명식⟧도 ⟦r:명식⟧이도 다 지워 주셔야 합니다.
""",
    },
    {
        "id": "h2-ko-15",
        "language": "ko",
        "eol": "crlf",
        "note": "Surname 안 as person (안 씨, 안성민의) next to decoys 안에, 안 했다, 한국; 아저씨 honorific.",
        "persons": [
            per("An Song-min", "안성민", "coworker"),
            per("Paek Hyon-ju", "백현주", "witness"),
        ],
        "text": """기숙사 안에서는 휴대전화를 쓸 수 없었습니다. 아무도 안 썼습니다. 한국 드라마를 봤다가 걸리면 바로 본국으로 보냈습니다.

같은 공장에 ⟦r:안성민⟧ 아저씨가 있었습니다. ⟦r:안⟧ 씨는 기계 수리공이었는데, 여자들이 다치면 ⟦r:안성민⟧의 방에 가서 약을 얻었습니다. ⟦r:성민⟧ 아저씨 덕분에 여러 명이 살았습니다.

저는 ⟦r:백현주⟧입니다. ⟦p:중국⟧ ⟦p:옌지⟧에 있었습니다. 공장 사장은 ⟦u:리우⟧ 사장이었습니다.
""",
    },
    {
        "id": "h2-ko-16",
        "language": "ko",
        "eol": "lf",
        "note": "림/임 variants of one person, decoy 임금 (wage) used repeatedly; 지배인 honorific; surname alone without space.",
        "persons": [
            per("Rim Chol-ung", "림철웅", "supervisor", "임철웅"),
            per("Ju Song-hui", "주성희", "witness"),
        ],
        "text": """임금 얘기부터 하겠습니다. 계약서에는 한 달 임금이 500달러였는데, 실제로 받은 임금은 30달러 정도였습니다. 임금을 달라고 하면 ⟦r:림⟧지배인이 "계획분부터 채워라"고 했습니다.

지배인 이름은 ⟦r:림철웅⟧입니다. 남한 신문에서는 ⟦r:임철웅⟧으로 나왔다고 들었습니다. ⟦r:임⟧ 지배인과 ⟦r:림철웅⟧은 같은 사람입니다. ⟦p:상트페테르부르크⟧ 건설현장이었습니다.

저는 ⟦r:주성희⟧입니다. ⟦r:성희⟧라고 부르던 사람은 이제 아무도 없습니다.
""",
    },
    {
        "id": "h2-ko-17",
        "language": "ko",
        "eol": "crlf",
        "note": "Surname 방 as person (방 씨, 방철수가) next to decoy 방 (room), 방에서; 마 surname unregistered Chinese (마 사장) next to 마을; 형 honorific.",
        "persons": [
            per("Bang Chol-su", "방철수", "coworker"),
            per("Choe Yong-nam", "최용남", "witness"),
        ],
        "text": """방 하나에 열 명이 잤습니다. 방에서 나가려면 허락을 받아야 했습니다.

옆자리가 ⟦r:방철수⟧ 형이었습니다. ⟦r:방⟧ 씨는 "⟦r:철수⟧ 형"으로 불리는 걸 좋아했습니다. ⟦r:방철수⟧가 아파서 누워 있던 날에도 방 밖으로 못 나갔습니다.

공장 주인은 중국 사람 ⟦u:마⟧ 사장이었는데, 마을 사람들은 그를 ⟦u:마원⟧이라고 불렀습니다. ⟦p:랴오닝성⟧ ⟦p:단둥⟧ 외곽이었습니다.

저는 ⟦r:최용남⟧이라고 합니다.
""",
    },
    {
        "id": "h2-ko-18",
        "language": "ko",
        "eol": "lf",
        "note": "Surname 하 as person (하은주가, 하 선생) next to decoys 하루, 하지만; 선생 and 께 honorifics; name late.",
        "persons": [
            per("Ha Un-ju", "하은주", "witness"),
            per("Ha Jong-nam", "하종남", "relative"),
        ],
        "text": """하루에 열다섯 시간씩 일했습니다. 하지만 아무도 불평하지 못했습니다. 하루 쉬는 날은 한 달에 한 번, 그것도 정치학습이었습니다.

⟦p:러시아⟧ ⟦p:노보시비르스크⟧의 건설현장에서 취사원으로 3년 있었습니다. 사람들이 밥이 적다고 하면 대표가 "⟦r:하⟧ 선생 탓"이라고 했습니다.

아버지 ⟦r:하종남⟧께 편지를 쓰고 싶지만 쓸 수가 없습니다. 저는 ⟦r:하은주⟧이고, ⟦r:은주⟧라고만 불러 주세요. 아니, 그것도 안 되겠습니다.
""",
    },
    {
        "id": "h2-ko-19",
        "language": "ko",
        "eol": "crlf",
        "note": "Surname 조 as person (조 반장, 조성민과) next to decoys 조선, 조금, 조(team); 과/와 particles; decoy 여권.",
        "persons": [
            per("Jo Song-min", "조성민", "supervisor"),
            per("Kwak Il-nam", "곽일남", "witness"),
        ],
        "text": """조선 사람은 우리 조 열 명뿐이었습니다. 조금 떨어진 곳에 중국 노동자들이 있었습니다.

조장은 ⟦r:조성민⟧이었고, 다들 "⟦r:조⟧ 반장"이라 불렀습니다. ⟦r:조성민⟧과 대표부 사람 ⟦u:염광수⟧가 여권을 나눠 가졌습니다. ⟦u:염⟧ 씨는 ⟦p:평양⟧에서 온 사람이었습니다.

⟦p:카타르⟧ ⟦p:루사일⟧ 현장입니다. 저는 ⟦r:곽일남⟧입니다. ⟦r:곽⟧ 씨라고 하면 다들 압니다.
""",
    },
    {
        "id": "h2-ko-20",
        "language": "ko",
        "eol": "lf",
        "note": "Decoys 맹세, 명이라, 한번, 이번, 고생, 문제 together; witness with 님 and 께서; unregistered Kuwaiti name in Hangul; name at the very end.",
        "persons": [
            per("Sok Chang-ho", "석창호", "witness"),
            per("Yom Kyong-ae", "염경애", "relative"),
        ],
        "text": """떠나기 전에 맹세를 했습니다. 이번에 가면 3년, 한번 더 연장하면 5년이라고 했습니다. 백 명이라는 말을 들었는데 간 사람은 일흔 명이었습니다.

⟦p:쿠웨이트⟧ ⟦p:자흐라⟧ 현장에서 쿠웨이트 감독 ⟦u:파하드⟧가 우리 작업을 검사했습니다. 문제가 생기면 우리 대표 ⟦u:표성일⟧이 책임을 우리에게 돌렸습니다. 고생이 이만저만이 아니었습니다.

어머니 ⟦r:염경애⟧님께서는 아직 ⟦p:평안남도⟧에 계십니다. 그래서 제 이름, ⟦r:석창호⟧는 꼭 빼 주십시오.
""",
    },
    {
        "id": "h2-ko-21",
        "language": "ko",
        "eol": "crlf",
        "note": "Zero-width joiner / word joiner inside Hangul names; soft hyphen between surname and given name; particles 를/을/를.",
        "persons": [
            per("Kim Yong-su", "김영수", "witness"),
            per("Pak Chun-sik", "박춘식", "supervisor"),
        ],
        "text": """(메신저에서 복사한 진술, 원문 그대로)

⟦r:김\u200b영수⟧입니다. ⟦p:러시아⟧ ⟦p:야쿠츠크⟧ 건설현장에 2017년까지 있었습니다.

감독은 ⟦r:박\u00ad춘식⟧이었습니다. ⟦r:박춘\u2060식⟧을 다들 무서워했습니다. ⟦r:춘식⟧이를 "호랑이"라고 불렀습니다.

⟦r:김영\u200c수⟧를 기억하는 사람이 있다면 그건 같은 방 ⟦u:리철⟧일 겁니다.
""",
    },
    {
        "id": "h2-ko-22",
        "language": "ko",
        "eol": "lf",
        "note": "Interviewer summary in Korean with romanized and Hangul forms; initials; unregistered Russian in Cyrillic and Hangul; public Putin (푸틴).",
        "persons": [
            per("Ri Yong-chol", "리용철", "witness"),
        ],
        "text": """면담 요약

증인 ⟦r:리용철⟧(영문 ⟦r:Ri Yong Chol⟧, 남한 여권 ⟦r:이용철⟧)은 2014~2018년 ⟦p:러시아⟧ ⟦p:블라디보스토크⟧의 아파트 건설현장에서 일했다. 러시아 측 현장소장은 ⟦u:드미트리 이바노프⟧(⟦u:Дмитрий Иванов⟧)였다.

증인에 따르면 2019년 ⟦p:푸틴⟧과 ⟦p:김정은⟧의 회담 직전 현장 노동자들의 외출이 전면 금지되었다. ⟦u:드미트리⟧는 이 조치에 반대했다고 한다.

보고서에는 이니셜 ⟦r:R.Y.C.⟧만 쓰기로 증인과 합의했다. ⟦r:이⟧씨 성은 흔하지만 ⟦r:용철⟧이라는 이름과 함께 쓰면 특정될 수 있다.
""",
    },
    {
        "id": "h2-ko-23",
        "language": "ko",
        "eol": "crlf",
        "note": "Many registered and unregistered persons in a short narrative; 의/에게/한테 particles; hangul-only; decoys 신문, 전화, 서로.",
        "persons": [
            per("Hong Chol-gu", "홍철구", "witness"),
            per("Chu Myong-ok", "주명옥", "relative"),
            per("Ko Yong-nam", "고영남", "supervisor"),
        ],
        "text": """⟦r:고영남⟧ 대표는 신문도 못 읽게 했고 전화도 못 하게 했습니다. ⟦r:고⟧ 대표의 부하 ⟦u:용성철⟧과 ⟦u:백광진⟧이 서로 번갈아 가며 우리를 감시했습니다.

⟦p:몽골⟧ ⟦p:다르항⟧의 건설현장이었습니다. 몽골 사람 ⟦u:체렌⟧이 ⟦r:고영남⟧에게 항의한 적도 있습니다.

제 아내 ⟦r:주명옥⟧한테 제가 살아 있다고 알리고 싶습니다. 저는 ⟦r:홍철구⟧, 사람들은 "⟦r:홍⟧ 씨"라고 했습니다.
""",
    },
    {
        "id": "h2-ko-24",
        "language": "ko",
        "eol": "lf",
        "note": "Long witness narrative with the witness's name only at the end; 가/이가/도/만 particles; public ministry and company names; decoys 조선, 정말, 유리.",
        "persons": [
            per("Nam Kwang-chol", "남광철", "witness"),
            per("Ri Song-ae", "리성애", "coworker"),
        ],
        "text": """처음 간 곳은 ⟦p:중국⟧ ⟦p:다롄⟧의 전자부품 공장이었습니다. ⟦p:조선릉라도무역총회사⟧가 보낸 인력이었습니다. 공장 창문은 유리 대신 비닐이었습니다.

두 번째는 ⟦p:러시아⟧였습니다. 거기서 ⟦r:리성애⟧가 같이 일했습니다. ⟦r:성애⟧가 아프면 제가 대신 일을 했고, 제가 아프면 ⟦r:리성애⟧도 그렇게 해 줬습니다. 조선말을 하는 사람이 둘뿐이었으니까요.

정말 힘들었던 건 ⟦p:인민무력부⟧에서 나온 사람 ⟦u:채광호⟧가 왔을 때였습니다. 그 사람만 오면 다들 얼어붙었습니다.

이제 말씀드립니다. 저는 ⟦r:남광철⟧입니다. ⟦r:남⟧씨만 써 주셔도 됩니다.
""",
    },
    {
        "id": "h2-mixed-01",
        "language": "mixed",
        "eol": "crlf",
        "note": "Korean original followed by English translation; same persons in Hangul with particles and in romanization; interpreter note.",
        "persons": [
            per("Pak Kum-chol", "박금철", "witness"),
            per("Ri Chang-ho", "리창호", "supervisor"),
        ],
        "text": """[원문]
저는 ⟦r:박금철⟧입니다. ⟦p:쿠웨이트⟧에서 ⟦r:리창호⟧ 지배인 밑에서 일했습니다. ⟦r:리⟧ 지배인은 여권을 빼앗았습니다.

[Translation]
I am ⟦r:Pak Kŭm-ch'ŏl⟧. I worked in ⟦p:Kuwait⟧ under manager ⟦r:Ri Chang-ho⟧. Manager ⟦r:Ri⟧ took our passports.

[Interpreter: "지배인" is translated as "manager". The witness pronounced his name ⟦r:Bak Geum-cheol⟧ when spelling it for us; we use ⟦r:Pak Kum-chol⟧ in the file.]
""",
    },
    {
        "id": "h2-mixed-02",
        "language": "mixed",
        "eol": "mixed",
        "note": "Mixed LF and CRLF in one text; English interviewer prose with Hangul quotations containing names with honorifics; fullwidth Latin; Chinese place names.",
        "persons": [
            per("Jong Yong-hui", "정영희", "witness"),
            per("Kim Sun-ok", "김순옥", "supervisor"),
        ],
        "text": 'Interview with ⟦r:Ｊｏｎｇ Ｙｏｎｇ-ｈｕｉ⟧ (as typed by the witness), ⟦p:Seoul⟧ office.\r\n\r\nShe worked at a seafood plant in ⟦p:Donggang⟧, ⟦p:Liaoning⟧. Her supervisor was "⟦r:김순옥⟧ 반장". She quotes her: "⟦r:영희⟧야, 울지 마라, 울면 ⟦r:김⟧ 반장한테 혼난다".\n\nIn English notes the supervisor is ⟦r:Kim Sun-ok⟧; the witness is ⟦r:Jung Young-hee⟧ on her ROK ID and "⟦r:정영희⟧ 씨" to the staff.\r\nShe says ⟦r:Sun-ok⟧ was not cruel, only afraid.\n',
    },
    {
        "id": "h2-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "note": "Translated transcript with Korean terms in brackets; Russian names in Latin, Cyrillic and Hangul (Андрей/Andrei/안드레이) for an unregistered person; Kim Jong-un public in both scripts.",
        "persons": [
            per("Choe Song-guk", "최성국", "witness"),
        ],
        "text": """Q: Who was the Russian boss?
A: ⟦u:Andrei⟧. [안드레이. Interpreter: the witness also wrote "⟦u:Андрей Смирнов⟧" on the paper.] ⟦u:Smirnov⟧ was fair. He gave us tea.

Q: Did you see pictures of the leader?
A: Every room had ⟦p:김정은⟧ [⟦p:Kim Jong-un⟧] and his father. We had to bow.

Q: Your name?
A: ⟦r:최성국⟧. [Interpreter: ⟦r:Choe Song-guk⟧; ROK spelling ⟦r:Choi Seong-guk⟧.] ⟦r:최⟧가 성이고 ⟦r:성국⟧이 이름입니다.
""",
    },
    {
        "id": "h2-mixed-04",
        "language": "mixed",
        "eol": "crlf",
        "note": "Spreadsheet-like mixed notes with Korean headers; names in both scripts; Korean company and Chinese company; unregistered Chinese names in characters.",
        "persons": [
            per("Ryu Kyong-ae", "류경애", "witness"),
            per("Yu Song-chol", "유성철", "relative"),
        ],
        "text": """증인 / Witness: ⟦r:류경애⟧ (⟦r:Ryu Kyong-ae⟧)
가족 / Family: 남편 ⟦r:유성철⟧ (⟦r:Yu Song-chol⟧), 북에 있음
근무지 / Site: ⟦p:Ningbo⟧ 수산 / seafood, 2016-2019
관리자 / Managers: ⟦u:陈小红⟧ (⟦u:Chen Xiaohong⟧), ⟦u:张丽⟧
회사 / Company: ⟦p:Ningbo Ocean Products Ltd.⟧
메모: ⟦r:경애⟧ 씨는 남편 ⟦r:성철⟧ 씨 이름이 나가는 걸 원하지 않음. Do not use "Mrs. ⟦r:Ryu⟧" in letters either.
""",
    },
    {
        "id": "h2-mixed-05",
        "language": "mixed",
        "eol": "lf",
        "note": "English statement with Korean honorific forms transliterated (Pak-dongmu, Ri-sonsaeng style written in Hangul); zero-width space in romanized name; bare surname after Korean honorific.",
        "persons": [
            per("Pak Myong-nam", "박명남", "supervisor"),
            per("Yun Chol", "윤철", "witness"),
        ],
        "text": """The minder was "⟦r:박명남⟧ 동지" to us, ⟦r:Pak\u200bMyong-nam⟧ in the Russian papers. ⟦r:Pak⟧ had been in ⟦p:Irkutsk⟧ for ten years and knew the police.

We worked for ⟦p:Irkutskstroi⟧ on apartment blocks. At night ⟦r:박⟧ 동지 counted us twice.

I am ⟦r:Yun Chol⟧ (⟦r:윤철⟧). ⟦r:Chol⟧ is one syllable, so people think it is a nickname. In the South they write ⟦r:Yoon Cheol⟧.
""",
    },
    {
        "id": "h2-mixed-06",
        "language": "mixed",
        "eol": "crlf",
        "note": "Korean narrative with English interpolations by the interviewer; public Kim Il-sung / 김일성 and Kim Jong-il; private Kim witness; 김일성종합대학 public.",
        "persons": [
            per("Kim Hyok-chol", "김혁철", "witness"),
            per("Kim Un-sil", "김은실", "relative"),
        ],
        "text": """저는 ⟦p:김일성종합대학⟧을 나왔습니다. [Interviewer: ⟦p:Kim Il-sung University⟧.] 그래서 통역으로 ⟦p:러시아⟧에 갔습니다.

⟦p:김일성⟧, ⟦p:김정일⟧ 초상화는 숙소마다 걸려 있었습니다. [Interviewer: portraits of ⟦p:Kim Il Sung⟧ and ⟦p:Kim Jong Il⟧.]

제 이름 ⟦r:김혁철⟧, 영어로는 ⟦r:Kim Hyok-chol⟧. 아내 ⟦r:김은실⟧은 ⟦p:평양⟧에 있습니다. [Interviewer: witness insists ⟦r:Un-sil⟧'s name must not appear. ⟦r:Kim⟧ is distressed.]
""",
    },
    {
        "id": "h2-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "note": "Emoji and astral characters before names in a messenger thread mixing Korean and English; bidi mark; unregistered names.",
        "persons": [
            per("Ro Un-hui", "로은희", "witness"),
        ],
        "text": """[카톡 대화 발췌 / messenger excerpt]
활동가: 🌸 ⟦r:은희⟧ 씨, 내일 인터뷰 괜찮으세요?
증인: 네 괜찮아요 😊
Activist note: ⟦r:Ro Un-hui⟧ (⟦r:로은희⟧, ROK ⟦r:Noh Eun-hee⟧) confirmed.
증인: 🙏 ⟦u:김미향⟧ 언니도 같이 가도 돼요? 언니도 ⟦p:단둥⟧에 있었어요
Activist note: ⟦u:Kim Mi-hyang⟧ not registered yet. \u200f⟦r:Ro⟧ will bring her.
""",
    },
    {
        "id": "h2-mixed-08",
        "language": "mixed",
        "eol": "crlf",
        "note": "English report paragraph quoting Korean testimony; registered persons with hangul surname alone + 씨/님; unregistered Polish and Mongolian names; 한국/조선 decoys.",
        "persons": [
            per("Sim Yong-gil", "심용길", "witness"),
            per("Hwang Kum-sun", "황금순", "relative"),
        ],
        "text": """Summary. The witness worked in ⟦p:Poland⟧ (farm greenhouses near ⟦p:Kraków⟧) and later in ⟦p:Mongolia⟧. Polish farmer: ⟦u:Jan Kowalski⟧. Mongolian interpreter: ⟦u:Oyuntsetseg⟧.

Quote: "한국 사람인 줄 알았다고 ⟦u:Kowalski⟧ 씨가 그러더군요. 조선 사람이라고 하니까 놀랐어요."

Witness: ⟦r:Sim Yong-gil⟧ / ⟦r:심용길⟧. Staff call him "⟦r:심⟧ 선생님". His mother, ⟦r:황금순⟧ 님 (⟦r:Hwang Kum-sun⟧), remains in ⟦p:Kangwon Province⟧.
""",
    },
    {
        "id": "h2-mixed-09",
        "language": "mixed",
        "eol": "lf",
        "note": "Interpreter's note explaining name forms (Rhee/Ri/Lee, Im/Rim); one person in five spellings; joined given name; public ship and company.",
        "persons": [
            per("Ri Sun-chol", "리순철", "witness"),
            per("Rim Yong-ho", "림영호", "coworker"),
        ],
        "text": """[Interpreter's note on names] The witness signs as ⟦r:리순철⟧. In the crew list of the ⟦p:Ryongaksan⟧ (a fishing vessel of the ⟦p:Korea Rungra Fisheries Company⟧) he is "⟦r:RI SUN CHOL⟧"; the Chinese port document has "⟦r:Li Shunzhe⟧"; his ROK card says ⟦r:Rhee Soonchul⟧. We write ⟦r:Ri Sun-chol⟧.

His friend on board, ⟦r:림영호⟧ (⟦r:Rim Yong-ho⟧, ROK ⟦r:Im Young-ho⟧), drowned in 2017. 증인: "⟦r:영호⟧가 없어진 날 아무도 배를 세우지 않았어요."
""",
    },
    {
        "id": "h2-mixed-10",
        "language": "mixed",
        "eol": "crlf",
        "note": "English statement with Korean nickname alias registered (곰 / 'Bear'); Qatar; unregistered African and South Asian names; decoy Korean words in quotes.",
        "persons": [
            per("Kang Myong-hak", "강명학", "supervisor", "Bear", "곰"),
            per("Jin Sang-ho", "진상호", "witness"),
        ],
        "text": """We called our team leader "⟦r:곰⟧" - the ⟦r:Bear⟧. The Bangladeshi workers called him "⟦r:Bear⟧" too. His name was ⟦r:Kang Myong-hak⟧ (⟦r:강명학⟧). ⟦r:Gang⟧ beat a boy from ⟦p:Kangso⟧ for a tiny mistake.

The site was in ⟦p:Al Khor⟧, ⟦p:Qatar⟧. A Ghanaian driver, ⟦u:Kwame Mensah⟧, and a Bangladeshi mason, ⟦u:Abdul Karim⟧, were kind to us. They worked as one gang, twenty men under one foreman. Every day we heard "노동, 노동, 노동".

Me: ⟦r:Jin Sang-ho⟧, or ⟦r:진상호⟧. 다들 "⟦r:상호⟧야"라고 했어요.
""",
    },
    {
        "id": "h2-mixed-11",
        "language": "mixed",
        "eol": "mixed",
        "note": "Mixed CRLF/LF; translated transcript with soft hyphen and U+2060 in romanized names, Hangul with 께서/님; public Kim Jong-un variant 'Kim Jong Un' adjacent to private Kim.",
        "persons": [
            per("Kim Jong-nam", "김종남", "witness"),
            per("Ri Kyong-sil", "리경실", "relative"),
        ],
        "text": "Q: Your full name?\r\nA: ⟦r:Kim Jong\u00adnam⟧. [Interpreter: 김종남, not the late brother of ⟦p:Kim Jong Un⟧ - different Hangul.] \n\r\nQ: Family?\r\nA: 어머니 ⟦r:리경실⟧님께서 ⟦p:신의주⟧에 계십니다. [Interpreter: mother ⟦r:Ri\u2060 Kyong-sil⟧ is in ⟦p:Sinuiju⟧.]\n\nQ: Anything else?\nA: ⟦r:Kim⟧ - that is, I - want the world to know. ⟦r:종남⟧이는 이제 두렵지 않습니다.\r\n",
    },
    {
        "id": "h2-mixed-12",
        "language": "mixed",
        "eol": "lf",
        "note": "Burmese and Russian and Chinese unregistered names in a mixed Korean-English memo; registered supervisor by bare surname with 보위원; Myanmar/Yangon public.",
        "persons": [
            per("Tak Kwang-il", "탁광일", "official"),
            per("Chong Mi-ran", "정미란", "witness"),
        ],
        "text": """메모 (면담자): 증인 ⟦r:정미란⟧ (⟦r:Chong Mi-ran⟧) - ⟦p:Yangon⟧ 식당 종업원 2015-2017.

식당 이름: ⟦p:Pyongyang Okryu Restaurant⟧. 미얀마 직원 ⟦u:Ma Thida⟧, ⟦u:Ko Zaw Min⟧. 손님 중 러시아인 ⟦u:Oleg⟧와 중국인 ⟦u:황웨이⟧가 자주 왔음.

감시: ⟦r:탁광일⟧ 보위원 (⟦r:Tak Kwang-il⟧). "⟦r:탁⟧ 보위원이 우리 여권을 갖고 있었어요." ⟦r:Miran⟧ says ⟦r:Tak⟧ read every letter.
""",
    },
    {
        "id": "h2-en-25",
        "language": "en",
        "eol": "crlf",
        "note": "Roll-call of unregistered co-workers (Korean names, varied romanizations, bare surnames, given names alone) in a witness statement; one registered witness named late.",
        "persons": [
            per("Kwon Song-chol", "권성철", "witness"),
        ],
        "text": """There were eleven of us in the container at ⟦p:Mina Abdullah⟧. I can still name them. ⟦u:Pak Chang-gil⟧ from ⟦p:Tanchon⟧, the oldest; ⟦u:Ri Hyon-chol⟧ and his cousin ⟦u:Ri Myong⟧; ⟦u:Choe Il-bong⟧, who could fix any engine; ⟦u:Kim Kwang-hyok⟧, ⟦u:Kim Tae-song⟧ and the youngest, ⟦u:Kim Chol⟧; ⟦u:Jang Song-man⟧; ⟦u:O Yong-jun⟧; ⟦u:Ryom Chol⟧; and ⟦u:Sonu Gyong-ae⟧'s husband, whose name I have forgotten.

⟦u:Chang-gil⟧ died first, in 2014. ⟦u:Choe⟧ said it was the heart. ⟦u:Il-bong⟧ and ⟦u:Ryom⟧ carried him to the truck. The Kuwaiti site doctor, Dr. ⟦u:Yousef⟧... no, ⟦u:Yousef Al-Rashidi⟧ I think, signed a paper in English that none of us could read.

So that is ten names and me. I am ⟦r:Kwon Song-chol⟧. ⟦r:Kwon⟧ is rare, so please use only "Witness".
""",
    },
    {
        "id": "h2-en-26",
        "language": "en",
        "eol": "lf",
        "note": "Unregistered Russian, Chinese, Mongolian and Korean names in a long interviewer summary; Cyrillic and pinyin; public organisations; no registered witness name except initials.",
        "persons": [
            per("Yun Song-ae", "윤성애", "witness"),
        ],
        "text": """Interviewer summary, file 2023-17.

The witness (⟦r:Y.S.A.⟧) describes a chain of intermediaries. In ⟦p:Pyongyang⟧ she was recruited by ⟦u:Kang Myong-sil⟧ of the ⟦p:Ministry of External Economic Relations⟧. In ⟦p:Dandong⟧ the group was received by a Chinese broker, ⟦u:Sun Liqiang⟧ (⟦u:孙立强⟧), and his wife Mrs. ⟦u:Sun⟧. From there they were taken to ⟦p:Ulan-Ude⟧, ⟦p:Buryatia⟧, where the factory belonged to a Russian, ⟦u:Viktor Sokolov⟧ (⟦u:Виктор Соколов⟧), and was managed day to day by a Buryat woman, ⟦u:Tuyana⟧.

Mongolian lorry drivers, ⟦u:Erdene⟧ and ⟦u:Bold-Erdene⟧, brought fabric from ⟦p:Darkhan⟧. ⟦u:Erdene⟧ once hid a letter for a worker, ⟦u:Kim Ryon-hui⟧, and posted it in ⟦p:Mongolia⟧. ⟦u:Ryon-hui⟧ was sent home when this was discovered, together with her friend ⟦u:Han Chun-ok⟧.

The Korean side: manager ⟦u:Sok Yong-nam⟧, deputy ⟦u:Jo Chol-ung⟧, security man ⟦u:Ri Kang⟧. ⟦u:Sokolov⟧ paid ⟦u:Sok⟧ in cash; ⟦u:Sok⟧ passed it on to the embassy in ⟦p:Moscow⟧.
""",
    },
    {
        "id": "h2-en-27",
        "language": "en",
        "eol": "crlf",
        "note": "African and Middle Eastern unregistered names; Korean names of punished workers; public countries and company; English word 'Yu' vs 'you', 'Ma' vs 'ma'.",
        "persons": [
            per("Yu Chol-u", "유철우", "witness"),
        ],
        "text": """From 2010 to 2013 I was in ⟦p:Equatorial Guinea⟧ and then ⟦p:Ethiopia⟧ with a construction team. In ⟦p:Malabo⟧ the local foreman was ⟦u:Esteban Obiang Nsue⟧; in ⟦p:Addis Ababa⟧ a lady engineer, Ms. ⟦u:Tigist Haile⟧, and her assistant ⟦u:Dawit⟧.

You want to know who was punished? ⟦u:Pyon Chol-ho⟧, for buying a radio. ⟦u:Chang Yong-nam⟧, for talking to ⟦u:Tigist⟧. ⟦u:Ma Kyong-il⟧, for being drunk - ⟦u:Ma⟧ cried "ma, ma" all night like a child. And ⟦u:U Sung-ho⟧, for nothing at all.

A Lebanese trader, ⟦u:Georges Haddad⟧, bought our cement on the side. Our chief ⟦u:Yon Chang-ok⟧ and ⟦u:Haddad⟧ split the money.

My name: ⟦r:Yu Chol-u⟧. You can write "⟦r:Yu⟧", it is like "you" in English, nobody will find me.
""",
    },
    {
        "id": "h2-en-28",
        "language": "en",
        "eol": "lf",
        "note": "Polish and Czech context with Polish unregistered names (diacritics) and Korean names of female workers; public companies and cities.",
        "persons": [
            per("Ri Chun-ok", "리춘옥", "witness"),
            per("Pak Son-hwa", "박선화", "coworker"),
        ],
        "text": """We were 24 women at a tomato greenhouse near ⟦p:Lublin⟧, employed through a Polish agency, ⟦p:Armex⟧. The owner was ⟦u:Krzysztof Wiśniewski⟧; his daughter ⟦u:Agnieszka⟧ did the accounts. The agency man was ⟦u:Paweł Zieliński⟧. Our own supervisor was ⟦u:Chon Kum-ja⟧.

I remember all the girls in my row: ⟦u:Kim Hyang⟧, ⟦u:Kim Ok-ryon⟧, ⟦u:Son Mi-gyong⟧, ⟦u:Yang Un-hui⟧, ⟦u:Sin Chae-ok⟧, and my best friend ⟦r:Pak Son-hwa⟧. ⟦r:Son-hwa⟧ and ⟦u:Ok-ryon⟧ were from the same village.

⟦u:Agnieszka⟧ asked ⟦r:Pak⟧ once why we never went to town. ⟦u:Chon⟧ answered for her.

I am ⟦r:Ri Chun-ok⟧. After ⟦p:Poland⟧ we were moved to ⟦p:Czechia⟧ for one season, at a farm of ⟦u:Jiří Novák⟧.
""",
    },
    {
        "id": "h2-ko-25",
        "language": "ko",
        "eol": "crlf",
        "note": "Korean roll-call of unregistered co-workers with particles and honorifics; one registered witness; decoys 노동, 한번, 서로.",
        "persons": [
            per("Hyon Kwang-song", "현광성", "witness"),
        ],
        "text": """같은 숙소에 있던 사람들을 다 기억합니다. ⟦u:김룡철⟧, ⟦u:리경남⟧, ⟦u:박성일⟧, ⟦u:최광호⟧, ⟦u:강명철⟧ 그리고 제일 어린 ⟦u:표성진⟧이. ⟦u:성진⟧이는 열아홉 살이었습니다.

⟦u:김룡철⟧이가 제일 먼저 쓰러졌습니다. ⟦u:리경남⟧ 동무랑 ⟦u:박성일⟧ 동무가 업고 나갔는데 대표 ⟦u:한상국⟧이 "꾀병"이라며 다시 일을 시켰습니다. ⟦u:최광호⟧는 그날 밤 서로 말도 하지 말라는 지시를 받았습니다.

한번은 ⟦u:강⟧ 동무가 "노동은 사람을 죽이려고 하는 게 아니다"라고 했다가 ⟦u:한상국⟧한테 맞았습니다.

저는 ⟦r:현광성⟧입니다. ⟦p:러시아⟧ ⟦p:사할린⟧ 건설현장이었습니다.
""",
    },
    {
        "id": "h2-ko-26",
        "language": "ko",
        "eol": "lf",
        "note": "Chinese, Russian and Mongolian names written in Hangul (unregistered); ~라는/이라고 하는 introductions; registered supervisor with 지배인께서.",
        "persons": [
            per("Ri Tae-hun", "리태훈", "supervisor"),
        ],
        "text": """⟦p:단둥⟧에서 처음 만난 중국 사람은 ⟦u:쑨리창⟧이라는 중개인이었습니다. ⟦u:쑨⟧ 사장 부인 ⟦u:류메이⟧도 늘 같이 다녔습니다. 거기서 버스를 타고 ⟦p:훈춘⟧으로 갔고, 공장 주인은 ⟦u:장웨이⟧, 회계는 ⟦u:리나⟧라고 하는 여자였습니다.

나중에 ⟦p:러시아⟧로 옮겼을 때 현장 소장은 ⟦u:세르게이⟧, 운전수는 ⟦u:블라디미르⟧였습니다. 몽골 사람 ⟦u:바트⟧도 있었습니다. ⟦u:세르게이⟧가 우리 대표와 싸운 적이 있습니다.

그 대표가 ⟦r:리태훈⟧ 지배인입니다. ⟦r:리태훈⟧ 지배인께서는 "중국 사람, 러시아 사람 말은 듣지 마라"고 했습니다. ⟦r:태훈⟧이라는 이름을 대면 다 압니다.
""",
    },
    {
        "id": "h2-ko-27",
        "language": "ko",
        "eol": "crlf",
        "note": "Victims list in an interviewer's Korean memo: many unregistered names with 씨/님, a few registered; decoys 문제, 정말, 고생, 여권.",
        "persons": [
            per("Yom Chol-su", "염철수", "witness"),
            per("Yom Kyong-hui", "염경희", "relative"),
        ],
        "text": """면담자 메모 - 증인이 언급한 피해자 명단 (확인 필요)

1. ⟦u:차명수⟧ - 2015년 ⟦p:카타르⟧ 현장 추락사. ⟦u:차⟧ 씨 유족은 ⟦p:남포⟧.
2. ⟦u:길영란⟧ 씨 - 여권 문제로 조기 송환.
3. ⟦u:탁명호⟧ - 도주 시도, 이후 행방불명. 증인은 "⟦u:명호⟧가 정말 살아 있으면 좋겠다"고 함.
4. ⟦u:봉철⟧ (성 모름) - 손가락 절단.
5. ⟦u:어은순⟧ 님 - 취사원, 고생을 많이 함.

증인 ⟦r:염철수⟧는 여동생 ⟦r:염경희⟧가 ⟦p:평양⟧에 있어 실명 공개를 원하지 않음. ⟦r:철수⟧ 씨와 ⟦r:경희⟧ 씨 모두 가명 처리.
""",
    },
    {
        "id": "h2-ko-28",
        "language": "ko",
        "eol": "lf",
        "note": "Fishing-boat testimony with unregistered crew names, given names alone with 이/아/야, ship and company public; decoys 장마, 한국, 유리.",
        "persons": [
            per("Chin Myong-guk", "진명국", "witness"),
        ],
        "text": """우리 배 ⟦p:대홍단 3호⟧에는 선원이 열네 명이었습니다. 선장 ⟦u:원태성⟧, 기관장 ⟦u:금광철⟧, 갑판장 ⟦u:옥진호⟧, 그리고 ⟦u:권일⟧, ⟦u:림성남⟧, ⟦u:박룡⟧ 같은 젊은 애들이었습니다.

장마철에도 바다에 나갔습니다. 배 유리창이 깨져도 그냥 갔습니다. ⟦u:성남⟧이가 물에 빠졌을 때 ⟦u:권일⟧이가 끌어올렸습니다. ⟦u:원⟧ 선장은 한국 배가 보이면 무전을 끄라고 했습니다.

회사는 ⟦p:조선릉라888무역회사⟧였습니다. 저는 ⟦r:진명국⟧이고 사람들은 "⟦r:명국⟧아" 했습니다.
""",
    },
    {
        "id": "h2-mixed-13",
        "language": "mixed",
        "eol": "crlf",
        "note": "Bilingual list of persons named in a testimony; unregistered names in both scripts with interpreter glosses; public Kim Jong-un / 김정은 next to private Kims.",
        "persons": [
            per("Kim Chung-il", "김충일", "witness"),
        ],
        "text": """[Interpreter: names mentioned, in order of appearance]

⟦u:김성국⟧ (⟦u:Kim Song-guk⟧) - 반장 / team leader
⟦u:리철민⟧ (⟦u:Ri Chol-min⟧) - 보위원 / security officer; witness calls him "⟦u:리⟧ 보위원"
⟦u:Wang Lei⟧ (⟦u:王磊⟧) - Chinese owner, "⟦u:왕⟧ 사장"
⟦u:Natasha⟧ / ⟦u:나타샤⟧ - Russian shop assistant
⟦u:Ganzorig⟧ - Mongolian driver

[Interpreter: ⟦p:김정은⟧ = ⟦p:Kim Jong-un⟧, not a witness. The witness himself is ⟦r:김충일⟧ (⟦r:Kim Chung-il⟧); he says "⟦r:충일⟧이라고 불러 주세요".]
""",
    },
    {
        "id": "h2-mixed-14",
        "language": "mixed",
        "eol": "lf",
        "note": "English narrative with Korean quotes naming unregistered workers with honorifics; Myanmar and Chinese unregistered names; public places.",
        "persons": [
            per("Sin Hyon-jong", "신현정", "witness"),
        ],
        "text": """We moved from ⟦p:Yangon⟧ to a dam site near ⟦p:Mandalay⟧ in 2006. The Burmese engineer was ⟦u:U Kyaw Win⟧; the Chinese subcontractor was ⟦u:Huang Jie⟧. Our own men: ⟦u:Jon Sung-il⟧, ⟦u:Kil Myong-chol⟧, ⟦u:Ri Yong-ae⟧'s brother ⟦u:Ri Yong-bom⟧.

When ⟦u:Yong-bom⟧ fell ill, the chief said: "⟦u:용범⟧이는 꾀병이야. ⟦u:전승일⟧ 동무가 대신 해." ⟦u:Jon⟧ worked two shifts for a week. ⟦u:Kyaw Win⟧ complained; the chief told him to mind his dam.

I am ⟦r:Sin Hyon-jong⟧ (⟦r:신현정⟧).
""",
    },
    {
        "id": "h2-en-29",
        "language": "en",
        "eol": "mixed",
        "note": "No registered persons: corroborating statement naming only unregistered people (Korean, Kuwaiti, Filipino); fullwidth Latin in one name; mixed LF/CRLF.",
        "persons": [],
        "text": "Corroborating statement (witness did not want her own name recorded at all).\r\n\r\nIn ⟦p:Kuwait⟧ our dormitory chief was ⟦u:Ｒｉ Ｏｋ-ｓｉｍ⟧ [typed by the witness on a Korean keyboard]. ⟦u:Ri⟧ was strict but not violent. The violent one was her husband ⟦u:Kang Il-nam⟧, who ran the site office with ⟦u:Ho Chol⟧.\n\nA Filipina nurse at the clinic, ⟦u:Maricel Santos⟧, treated ⟦u:Kang⟧'s victims without asking questions. The Kuwaiti sponsor, ⟦u:Abdullah Al-Enezi⟧, came once a year.\r\n\r\nWomen I remember: ⟦u:Yun Hyang-mi⟧, ⟦u:Kim Un-byol⟧, ⟦u:Byon Sun-hui⟧. ⟦u:Hyang-mi⟧ sang well. ⟦u:Un-byol⟧ was sent home pregnant.\n",
    },
    {
        "id": "h2-en-30",
        "language": "en",
        "eol": "crlf",
        "note": "No registered persons: NGO staff memo naming staff, interpreters and perpetrators (unregistered); public UN bodies and special rapporteur mandate; Kim Jong-un public.",
        "persons": [],
        "text": """Internal memo - review of the ⟦p:Vladivostok⟧ cluster.

Three witnesses independently name the same minder, ⟦u:Ryom Song-il⟧ (also "⟦u:Yeom Seong-il⟧"), and the same company, ⟦p:Rungrado General Trading Corporation⟧. Two of them also name his deputy ⟦u:Ju Kwang-chol⟧ and the Russian site manager ⟦u:Oleg Kuznetsov⟧.

Interpreters used: ⟦u:Lee Ji-won⟧ (sessions 1-4) and ⟦u:Daniel Park⟧ (sessions 5-6). ⟦u:Daniel⟧ flagged that ⟦u:Ryom⟧ may be the same man as "⟦u:Yom⟧" in the 2019 file.

For the submission to the ⟦p:Special Rapporteur on contemporary forms of slavery⟧ we describe ⟦u:Ryom⟧ only by function. References to ⟦p:Kim Jong-un⟧'s "gift fund" stay.
""",
    },
    {
        "id": "h2-ko-29",
        "language": "ko",
        "eol": "lf",
        "note": "No registered persons: Korean testimony naming only unregistered people with particles and honorifics; decoys 김치, 박수, 장마, 임금.",
        "persons": [],
        "text": """우리 현장 대표는 ⟦u:맹철호⟧였습니다. ⟦u:맹⟧ 대표는 임금 얘기만 나오면 박수를 치라고 했습니다. 부대표 ⟦u:마승일⟧은 김치를 담그는 걸 맡았고, 보위원 ⟦u:계광남⟧은 밤마다 숙소를 돌았습니다.

⟦p:이르쿠츠크⟧ 현장에는 ⟦u:편성희⟧ 언니, ⟦u:도경옥⟧ 언니, ⟦u:엄춘화⟧가 취사를 했습니다. ⟦u:춘화⟧는 장마철에 폐렴에 걸렸습니다.

러시아 사람 ⟦u:이고르⟧와 ⟦u:알렉산드르⟧가 ⟦u:편성희⟧ 언니한테 약을 줬는데, ⟦u:계광남⟧이가 알고 약을 빼앗았습니다.
""",
    },
    {
        "id": "h2-ko-30",
        "language": "ko",
        "eol": "crlf",
        "note": "No registered persons: interviewer's Korean summary of hearsay naming unregistered people, surname alone with 씨 and without space, two-syllable surname 선우/남궁.",
        "persons": [],
        "text": """전문(傳聞) 증언 요약

증인은 직접 보지는 못했으나 ⟦u:선우영남⟧과 ⟦u:남궁철⟧에게서 들었다고 한다. ⟦u:선우⟧ 씨는 ⟦p:카타르⟧에서, ⟦u:남궁⟧씨는 ⟦p:쿠웨이트⟧에서 일했다.

두 사람에 따르면 ⟦p:카타르⟧ 현장 책임자 ⟦u:황철남⟧과 ⟦p:쿠웨이트⟧ 책임자 ⟦u:허광일⟧은 같은 회사, ⟦p:조선건설총국⟧ 소속이었다. ⟦u:황⟧ 씨는 매달 한 번 ⟦u:허⟧씨에게 돈을 보냈다고 한다.

⟦u:영남⟧ 씨는 현재 ⟦p:인천⟧에 거주. 추가 면담 필요.
""",
    },
    {
        "id": "h2-mixed-15",
        "language": "mixed",
        "eol": "lf",
        "note": "No registered persons: bilingual chat log naming unregistered people, emoji before names, zero-width space inside an unregistered name, Chinese characters.",
        "persons": [],
        "text": """[Chat log, 2023-05-02]
활동가: ⟦u:태\u200b성호⟧ 씨 연락처 있으세요?
Volunteer: 👍 yes, ⟦u:Tae Song-ho⟧'s number is in the shared sheet. He knew ⟦u:徐明⟧ (⟦u:Xu Ming⟧) from ⟦p:Dalian⟧.
활동가: 🙂 ⟦u:쉬밍⟧ 사장이 ⟦u:태⟧ 씨를 고용했던 사람이죠?
Volunteer: Yes. Also ask about ⟦u:Kye Sun-hwa⟧ and ⟦u:Uk Chol⟧ - both were at the ⟦p:Dalian⟧ plant.
""",
    },
]
