# ruff: noqa: E501
"""Held-out evaluation passages, set 6 (new genres and voices: verbatim Q&A transcripts,
Hamgyong dialect, chat exports, ledgers, medical notes, affidavits, a long narrative).
Markers: {{r:..}} registered private person, {{p:..}} unregistered private person,
{{u:..}} public name. Built by build_heldout.py heldout6."""

PASSAGES: list[dict] = [
    {
        "id": "h6-en-01",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Ri Kwang-chol", "리광철", "witness", ["Lee Kwang-cheol"]),
            ("Pak Yong-gil", "박용길", "supervisor", ["Uncle Pak"]),
            ("Song Chol-u", "송철우", "coworker", []),
        ],
        "note": "Verbatim interview transcript with speaker labels; nickname Uncle Pak; Song as surname and as the word song; 'No' as a word.",
        "text": """INTERVIEW TRANSCRIPT - verbatim, session 2 of 3
Present: INT (interviewer), WIT (witness), INTERP (interpreter)

INT: For the record, please state your name.
WIT: {{r:Ri Kwang-chol}}. In the South my card says {{r:Lee Kwang-cheol}}.
INT: Where were you sent?
WIT: {{u:Chegdomyn}}, in {{u:Khabarovsk Krai}}. Logging, for the forestry enterprise of the {{u:Ministry of Forestry}}, sector 7.
INT: Who was in charge of your brigade?
WIT: {{r:Pak Yong-gil}}. We called him {{r:Uncle Pak}} behind his back because he was old, but he was not kind. {{r:Pak}} had the key to the safe.
INTERP: He says "the safe" - he means the metal box where the passports were kept.
INT: Did anyone else control the passports?
WIT: The security man, {{p:Hyon}}. {{p:Hyon}} and {{r:Pak}} shared the key.
INT: Tell me about the accident in 2016.
WIT: My friend {{r:Song Chol-u}} - a larch fell on his leg. We were singing a song to keep warm, then the crack. {{r:Song}} lay in the snow for two hours. The Russian foreman, {{p:Viktor Lebedev}}, wanted to call an ambulance from {{u:Chegdomyn}} but {{r:Uncle Pak}} said no.
INT: Why no?
WIT: No hospital, no record. If the Russians write a report, the company pays a fine.
INT: What happened to {{r:Song Chol-u}} afterwards?
WIT: Sent in a truck to {{u:Vladivostok}}, then home by plane. I heard from {{p:Kang Il-su}} that {{r:Chol-u}} limps now. {{p:Il-su}} came to the camp in 2017.
INT: Did {{p:Lebedev}} ever speak to you directly?
WIT: Only "davai, davai". But his wife {{p:Natasha}} gave us bread at the gate.
INTERP: "{{p:Natasha}}" may be a short name; the witness does not know her full name.
INT: Thank you, Mr {{r:Ri}}. We stop here.""",
    },
    {
        "id": "h6-en-02",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Myong-hak", "최명학", "witness", ["Choi Myung-hak"]),
            ("Kim Chang-sop", "김창섭", "supervisor", []),
            ("Ryu Sun-ok", "류순옥", "relative", []),
        ],
        "note": "Caseworker's English summary; private Kim next to Kim Jong Un and a generic 'many Kims' (not labelled).",
        "text": """CASEWORKER SUMMARY - file KW-2025-031
Prepared for the coordinator, not for export.

The witness, {{r:Choe Myong-hak}} (ROK documents: {{r:Choi Myung-hak}}), 44, spent 2014-2017 on residential tower sites in {{u:Jahra}}, {{u:Kuwait}}, dispatched by {{u:Korea Kangsong Construction Company}}. He was one of 38 men under site chief {{r:Kim Chang-sop}}, whom he describes as "the man who was always reading out {{u:Kim Jong Un}}'s New Year address". Mr {{r:Choe}} stresses that {{r:Kim}} is no relation of any leader; there are many Kims on every site.

The visa sponsor was a Kuwaiti national, {{p:Fahad Al-Enezi}}, who came monthly and handed an envelope to {{r:Kim Chang-sop}}. The witness did not see the contents. According to {{r:Choe}}, the Egyptian site engineer {{p:Mahmoud Saleh}} told him in broken English that the envelope held "all your salary, brother".

Wages: promised USD 800 a month; received about USD 60 twice a year. Deductions were announced by the party secretary, {{p:Jong}}, as "loyalty funds" for the anniversary of the {{u:Workers' Party of Korea}}.

Hours: 6am to 10pm in summer, with a noon break only after {{p:Rajan}}, an Indian crane operator, complained to the sponsor that the Koreans were fainting.

Family: wife {{r:Ryu Sun-ok}} and a daughter in {{u:Hamhung}}. {{r:Ryu}} was visited by the security service twice after the witness left the site. He asks that neither her name nor the daughter's ({{p:Choe Ye-rim}}) appear anywhere.

Escape: in March 2017 {{r:Myong-hak}} walked out during Friday prayers while the gate guard was away and reached the {{u:Embassy of the Republic of Korea in Kuwait}} with the help of a Sri Lankan driver known only as "{{p:Nimal}}".

Follow-up: ask {{r:Choe}} whether {{p:Mahmoud}} would give a statement.""",
    },
    {
        "id": "h6-en-03",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Han Ok-ju", "한옥주", "witness", []),
            ("Jo Kyong-hui", "조경희", "supervisor", []),
            ("Ri Hyang-mi", "리향미", "coworker", ["Hyang"]),
        ],
        "note": "WhatsApp export between two staff (their names are private too); emoji glued to names; zero-width space inside a name; 'Han Chinese' as an ordinary word.",
        "text": """[14/03/2025, 09:02:11] {{p:Mina Seo}}: morning 🙏 the interview with {{r:Han Ok-ju}} is moved to Thursday
[14/03/2025, 09:03:40] {{p:Daniel}}: ok. is she bringing the sister?
[14/03/2025, 09:04:02] {{p:Mina Seo}}: no, {{r:Ok-ju}} says {{p:Ok-sun}} is too scared 😔
[14/03/2025, 09:05:15] {{p:Daniel}}: understood. her old team leader, was that the Han Chinese woman?
[14/03/2025, 09:06:47] {{p:Mina Seo}}: no the team leader was {{r:Jo\u200b Kyong-hui}}. {{r:Jo}}👿 was the one who hit her with the ruler
[14/03/2025, 09:07:30] {{p:Daniel}}: got it. and the Chinese boss?
[14/03/2025, 09:08:02] {{p:Mina Seo}}: Mr {{p:Liu}}, factory in {{u:Hunchun}}, {{u:Hunchun Haixing Garments}} I think. will check
[14/03/2025, 09:10:55] {{p:Daniel}}: 👍 also she kept saying "big sister {{r:Hyang}}"?
[14/03/2025, 09:11:20] {{p:Mina Seo}}: {{r:Hyang}}👈 is {{r:Ri Hyang-mi}}, the girl from {{u:Chongjin}} who slept next to her. she is in {{u:Busan}} now
[14/03/2025, 09:12:03] {{p:Daniel}}: can we ask 🙂{{r:Hyang-mi}} to come as well?
[14/03/2025, 09:12:41] {{p:Mina Seo}}: I'll ask. pls dont write {{r:Ok-ju}}'s real name in the shared folder, use W-3
[14/03/2025, 09:13:00] {{p:Daniel}}: sorry 🙈 fixed
[15/03/2025, 18:22:17] {{p:Mina Seo}}: update: {{r:Jo Kyong-hui}} is apparently still in {{u:Hunchun}}, {{r:Hyang-mi}} saw her photo on WeChat
[15/03/2025, 18:23:05] {{p:Daniel}}: 😮 does {{r:Han}} know?
[15/03/2025, 18:24:30] {{p:Mina Seo}}: not yet. I'll tell {{r:Ok-ju}} on Thursday, in person""",
    },
    {
        "id": "h6-en-04",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Yu Chol-jin", "유철진", "witness", []),
            ("Bang Myong-su", "방명수", "supervisor", []),
        ],
        "note": "Crew list of a fishing boat with jobs; O, Do, Gang, Bang, Yu as bare surnames; 'the gang' and 'bang' as words; two Kims told apart by given name.",
        "text": """CREW OF THE {{u:Ryongaksan 2}} (as remembered by {{r:Yu Chol-jin}}, deckhand), season 2018
Home port {{u:Rajin}}; fishing licence bought through a Chinese agent in {{u:Dalian}}.

Captain ............ {{p:O Song-nam}} ("Captain {{p:O}}", hard but fair)
Political officer .. {{r:Bang Myong-su}}
Chief engineer ..... {{p:Do Hyon-chol}}
Cook ............... {{p:Gang}} (given name forgotten; everybody said "{{p:Gang}}-ajusshi")
Deckhands .......... {{r:Yu Chol-jin}} (me), {{p:Kim Song-hyok}}, {{p:Kim Hyok}}, {{p:Ri Nam-il}}, {{p:Pyon}} "the quiet one", {{p:Jo Il-bom}}
Chinese liaison .... {{p:Sun Dalei}}

Interviewer's notes:
- {{r:Yu}} insists there were two Kims among the deckhands and that {{p:Hyok}} (the younger) fell overboard in October; {{p:Song-hyok}} tried to reach him with a gaff.
- {{r:Bang}} took the crew's seamen's books on the first day. The word "bang" in the witness's Korean notes (a room) is unrelated.
- The catch was transferred at sea to the {{u:Liao Yu 8}}; {{p:Sun Dalei}} signed for it.
- {{p:O}} was replaced in 2019 by a captain whose name {{r:Chol-jin}} never learned.
- Do not confuse "the gang" (the deck crew) with the cook {{p:Gang}}. What did the crew do on rest days? "Do? Mend nets."
""",
    },
    {
        "id": "h6-en-05",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kang Sun-hui", "강순희", "witness", ["Sun-hui"]),
            ("Kang Myong-chol", "강명철", "relative", []),
            ("Ri Tong-su", "리동수", "supervisor", []),
        ],
        "note": "Translated smuggled letter; kinship words alone ('elder brother', 'Mother') not labelled; signature by initial; translator's own name private.",
        "text": """[Translation of a handwritten letter; Korean original in the file. Translator: {{p:Grace Lim}}. Square brackets are mine.]

Dear elder brother,

It is your younger sister {{r:Sun-hui}}. I write this in the dormitory in {{u:Kazan}} while the others sleep. Please burn it after reading.

Brother, the money I said I would send at New Year did not come because the manager, Comrade {{r:Ri}} [{{r:Ri Tong-su}}, the site manager - translator], kept all of it "for the plan". He says the plan is for {{u:Pyongyang}}, but we know {{r:Ri}} bought a car for his wife.

My friend {{p:Un-ha}} from {{u:Kilju}} is sick in the lungs. The Russian doctor at the clinic, Dr {{p:Marina Sergeyevna}}, said she must rest, but {{r:Ri}} sent her back to the plastering on the third day. If you see {{p:Un-ha}}'s mother at the market, do not tell her.

Tell Mother that {{r:Sun-hui}} eats well. Tell {{p:Yong-chol}} [the writer's nephew] to study hard for the {{u:Kim Chaek University of Technology}} entrance exam; it is the only way. Our cousin {{p:Pak Chang-ho}}, who works at the {{u:Ministry of Construction and Building-Materials Industries}}, might help, but do not ask him for money.

Brother {{r:Myong-chol}}, if the security people come, say you have not heard from me since {{u:Sinuiju}}.

Your sister,
{{r:S.}} [signed with the initial only]

Translator's note: the writer is {{r:Kang Sun-hui}}, witness in case RU-24-009. Her brother {{r:Kang Myong-chol}} remains in {{u:North Hamgyong}}. "Comrade {{r:Ri}}" appears four times in the original; I kept the form.""",
    },
    {
        "id": "h6-en-06",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Son Chol-ho", "손철호", "witness", []),
            ("Yun Hak-il", "윤학일", "coworker", []),
            ("Cha Kwang-nam", "차광남", "supervisor", []),
        ],
        "note": "Clinical outpatient note (SOAP); surname Son next to the word son; surname-first caps in header; doctor and caseworker names private.",
        "text": """OUTPATIENT NOTE - {{u:Severance Hospital}}, Dept. of Rehabilitation Medicine
Pt: {{r:SON, Chol-ho}} (DOB 1979)   Ref: caseworker {{p:Jeon Ha-eun}}, {{u:Korea Hana Foundation}}
Accompanied by: pt's son

S: 46M, former construction worker ({{u:Russia}}, {{u:Novosibirsk}}, 2015-19). C/o L knee pain since fall from scaffold 2017. First aid by co-worker {{r:Yun Hak-il}} ("{{r:Hak-il}} tied it with a sock"). Seen once at a Russian clinic by Dr {{p:A. P. Orlov}}; no imaging, no records. Supervisor ({{r:Cha Kwang-nam}}) refused follow-up - "{{r:Cha}} said the clinic costs 40 dollars". {{r:Son}} reports night pain, no fever. Non-smoker since 2019.
O: Antalgic gait. L knee effusion +, medial joint line tenderness. ROM 0-95.
A: Chronic post-traumatic OA L knee, probable old tibial plateau fracture.
P: X-ray both knees, MRI L knee. PT referral. NSAID 2 wk.
Social: lives with son {{p:Son Ji-hun}} (19), who interpreted medical terms. Mr {{r:Son}} asked that his son's name not go into any NGO file. Wife remains in {{u:Kanggye}}.
Note for NGO: pt says {{r:Yun}} (co-worker above) has the same injury and is in {{u:Daejeon}}.
Signed: Dr {{p:Park Se-yeon}}, MD   cc: {{p:Jeon Ha-eun}}""",
    },
    {
        "id": "h6-en-07",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Jong Yong-chan", "정용찬", "witness", []),
            ("An Song-gil", "안성길", "coworker", []),
            ("Sok Myong-il", "석명일", "supervisor", []),
        ],
        "note": "Wage ledger table reconstructed from memory; two men called Ri told apart; No and An as surnames and as words.",
        "text": """WAGE LEDGER (reconstructed from memory by witness {{r:Jong Yong-chan}}; {{u:Doha}} 2016, team 3 of {{u:Korea Namgang Construction}}; amounts in QAR per month)

Name              | Job         | Contract | Paid out | "Plan" | Notes
------------------+-------------+----------+----------+--------+--------------------------
{{r:Jong Yong-chan}}    | tiler       | 1,800    | 150      | 1,650  | witness
{{r:An Song-gil}}       | tiler       | 1,800    | 150      | 1,650  | friend, now in {{u:Seoul}}
{{p:Ri Chol-ho}}        | plasterer   | 1,800    | 0        | 1,800  | "debt" for the flight
{{p:Ri Chol}}           | plasterer   | 1,800    | 100      | 1,700  | not the same {{p:Ri}}
{{p:Han Tae-sop}}       | electrician | 2,200    | 200      | 2,000  |
{{p:No Kyong-sik}}      | labourer    | 1,500    | 0        | 1,500  | sent home sick
{{p:Kim}} (young)    | labourer    | 1,500    | 100      | 1,400  | given name unknown
{{r:Sok Myong-il}}      | team leader | 2,500    | 600      | 1,900  | kept the book

Notes. The witness and {{r:An}} both say the figures in the official book kept by {{r:Sok}} were higher than these. No one saw the book after {{r:Sok Myong-il}} handed it to the embassy's third secretary, Mr {{p:Kye}}, in {{u:Doha}}. The payroll clerk of {{u:Al Darwish Engineering}}, {{p:Anil Menon}}, paid the lump sum to {{r:Sok}} in cash. No worker ever signed. An extra "fee" was taken in Ramadan; {{p:No}} could not pay it and was sent home. {{r:Yong-chan}} thinks {{p:Chol-ho}} paid for {{p:No}}'s ticket.""",
    },
    {
        "id": "h6-en-08",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Pak Un-song", "박은송", "witness", ["Park Eun-sung", "Unsong-i"]),
            ("Kwak Song-ae", "곽성애", "supervisor", []),
        ],
        "note": "Timeline with an all-caps passport header; initials P.U.S.; Mongolian names incl. a short form.",
        "text": """TIMELINE - SUBJECT FILE MN-07
PASSPORT NAME: {{r:PAK UN SONG}}    ROK NAME: {{r:PARK EUN-SUNG}}    CALLED: "{{r:Unsong-i}}"

2009-04  Recruited in {{u:Hyesan}}; selection interview by Comrade {{p:Jang}} of the provincial labour office
2009-07  Train {{u:Sinuiju}} - {{u:Beijing}} - {{u:Ulaanbaatar}}
2009-08  Starts on the {{u:Erdenet}} road project; Mongolian driver {{p:Batsaikhan}} teaches her to drive the roller
2011-02  {{p:Batsaikhan}} and site chief {{p:Ganbold}} complain about unpaid Koreans; minder {{r:Kwak Song-ae}} moves the team away
2012-??  {{r:Kwak}} takes {{r:P.U.S.}}'s passport "for renewal"; never returned
2013-05  Co-worker {{p:Ri Yon-hui}} injured; {{r:Un-song}} nurses her for a month
2014-10  Escapes via {{u:Zamyn-Uud}} helped by a Mongolian woman, {{p:Oyuntsetseg}} ("{{p:Tsetsgee}}")
2015-01  Arrives {{u:Incheon}}; {{u:Hanawon}} Jan-Apr
2019-    Works in {{u:Ansan}}. Sister {{p:Pak Un-hui}} remains in {{u:Ryanggang Province}}.
NB: {{r:Kwak}} was seen again in 2018 by {{p:Yon-hui}} at {{u:Chinggis Khaan International Airport}}.""",
    },
    {
        "id": "h6-en-09",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Hong Chol-bom", "홍철범", "witness", ["Hong Cheol-beom"]),
            ("Mun Song-jin", "문성진", "coworker", []),
            ("Ri Yong-nam", "리용남", "supervisor", []),
        ],
        "note": "Court-style affidavit; exhibit marks built from the deponent's initials (HCB-1) labelled as his mention; notary private; UN rapporteur public.",
        "text": """AFFIDAVIT

I, {{r:Hong Chol-bom}}, also known as {{r:Hong Cheol-beom}}, of {{u:Seoul}}, {{u:Republic of Korea}}, MAKE OATH and say as follows:

1. I am the deponent. The facts below are within my own knowledge unless I say otherwise, in which case I give the source.

2. From May 2014 to September 2016 I worked as a welder at a shipyard in {{u:Gdańsk}}, {{u:Poland}}, for a subcontractor, {{u:Baltic Stal-Serwis Sp. z o.o.}}, which I understood to take North Korean workers through {{u:Korea Rungrado General Trading Corporation}}.

3. Our group leader was {{r:Ri Yong-nam}}. On our arrival {{r:Ri}} collected all passports. I did not hold mine again until I left. A copy of my passport, now marked "{{r:HCB}}-1", was given to me later by a Polish clerk.

4. The Polish foreman, Mr {{p:Krzysztof Wiśniewski}}, paid our wages into an account controlled by {{r:Ri Yong-nam}}. Mr {{p:Wiśniewski}} told me in 2015, through a Ukrainian welder named {{p:Oleksandr}}, that he "could not do anything".

5. On 11 March 2016 my co-worker {{r:Mun Song-jin}} fell from a block on slipway 2. I saw the fall. {{r:Mun}} was taken away by car, not by ambulance. I never saw {{r:Song-jin}} again. I am told by {{p:Mun Kyong-ae}}, his cousin, now in {{u:Incheon}}, that he died in {{u:Pyongyang}} in 2017. That part is hearsay.

6. A photograph of the slipway, marked "{{r:HCB}}-2", is attached.

7. I make this affidavit in support of a communication to Mr {{u:Tomoya Obokata}}, {{u:United Nations}} Special Rapporteur on contemporary forms of slavery, and for no other purpose.

SWORN at {{u:Seoul}} this 2nd day of October 2025

......................................
{{r:Hong Chol-bom}}

Before me: {{p:Lee Seung-hoon}}, Attorney at Law / Notary""",
    },
    {
        "id": "h6-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Choe Hyon-gu", "최현구", "witness", ["Choi Hyun-koo", "Hyon-gu"]),
            ("Ryang Chun-sik", "량춘식", "supervisor", []),
            ("Kim Kwang-hyok", "김광혁", "coworker", ["Kwang-hyok"]),
            ("Choe Mi-ran", "최미란", "relative", []),
        ],
        "note": "Long translated narrative (5,000+ characters); after the opening the private names sit deep in later paragraphs; two Kims and two Choes; public figures and places named after them.",
        "text": """Testimony (English translation, edited only for paragraphing). Interview held over two days in {{u:Seoul}}.

I was born in 1981 in a village outside {{u:Tanchon}}, in {{u:South Hamgyong}}. My father worked in the magnesite mine and my mother sold tofu. I finished middle school and then did ten years of military service in a construction unit, which is why they later thought I would be good for work abroad. When I came back from the army there was no work that paid anything, and everyone knew that the men who came back from {{u:Russia}} had televisions and rice. So when the notice came to our enterprise that a group was being formed for the {{u:Far East}}, I put my name forward, and my wife cried, because she knew that the ones who came back also came back thin.

The selection took almost a year. There were medical checks, and interviews about our families, and study sessions about the sayings of {{u:Kim Il Sung}} and {{u:Kim Jong Il}}. They wanted men whose wives and children would stay behind, so that nobody would run. You had to pay, too. I sold our sewing machine and borrowed from my wife's brother to pay the man at the provincial office, which everyone did but nobody wrote down. In the autumn of 2012 we went by train to {{u:Pyongyang}}, and from there by plane to {{u:Vladivostok}}. Before we left we were taken to lay flowers at {{u:Mansudae Hill}}, and a cadre from the {{u:Ministry of External Economic Relations}} told us that every rouble we earned was a bullet for the Party.

The work was apartment blocks on the edge of {{u:Vladivostok}}, later in {{u:Ussuriysk}}. We were in brigades of about twelve. We lived in containers on the site and in the winter we slept in our coats. The day began at six with a meeting where the brigade leader read the newspaper, and ended when the light was gone, or later if there was a lamp. In summer that was sixteen hours. We had a day off on the leader's birthdays, and at the New Year, and sometimes not even then. We were told that our families received rations because of our loyalty, which I know now was not true.

For the first two years I did not think of leaving. I did not want to leave; I wanted to go home with money. But the money never came. Each month the plan was raised. We were told we owed the enterprise for the flight, for the visa, for the food, for the containers we slept in. A man who earned nothing for three months was sent home as a failure, and his family suffered for it, so everyone went out at night to do private jobs for Russians, painting flats, laying tiles, and half of that money too went to the leaders. This was the situation of everyone, I am not special.

Now I must talk about the people, and I ask you to be careful with these names.

Our brigade leader in {{u:Ussuriysk}} was {{r:Ryang Chun-sik}}. He was from {{u:Hamhung}} and he was maybe fifty. {{r:Ryang}} was not the worst kind; he did not beat people for pleasure. But he was afraid of the security man above him, and fear makes a man cruel in a different way. When my friend {{r:Kim Kwang-hyok}} fell from the third floor in 2014 and broke his wrist, {{r:Ryang}} wrapped it himself and told {{r:Kwang-hyok}} to carry bricks with the other arm, because a man in hospital shows up in Russian papers. {{r:Kim}} did that for six weeks. He still cannot close that hand.

There was another {{p:Kim}} in our brigade, {{p:Kim Yong-sam}}, an older man whom we called "{{p:Yong-sam}} the grandfather". He taught me how to hide money in the lining of my boots. The security officer who visited from the consulate was a man called {{p:Ho}}, we never knew his given name, and when {{p:Ho}} came all of us stood in a row and {{r:Ryang}} reported on each one of us. I later learned from {{p:Yong-sam}} that {{r:Ryang}} had reported me for listening to a Russian radio, and that {{p:Ho}} had written my name in his book.

The Russians we worked with were mostly fine. The site engineer, {{p:Andrei Mikhailovich Kuznetsov}}, sometimes gave us his lunch. His deputy, a young woman called {{p:Olga}}, once asked me in sign language whether we were paid, and I made the sign of zero with my fingers, and she looked at the ground. Later {{p:Kuznetsov}} tried to pay two of us directly, {{r:Kwang-hyok}} and me, for extra work on a weekend, and {{r:Ryang}} found the money the same night. After that {{r:Kim Kwang-hyok}} and I were watched more closely.

The thing that decided me was a letter from my wife, {{r:Choe Mi-ran}}, in the spring of 2015. It came through a man returning from home leave, {{p:Paek Il-chol}}, and it said only that our son was sick and that the ration had stopped, and that her sister {{p:Choe Mi-yong}} was feeding them. {{r:Mi-ran}} never complained in letters, so I understood that it was very bad. I asked {{r:Ryang}} for an advance to send home and he laughed. He said, "{{r:Choe}}, your family eats because the Party feeds them," and that night I decided.

I left in August 2015 on a Sunday, when the brigade went to a study session. {{r:Kwang-hyok}} knew; he gave me the money from his boots, about 9,000 roubles. A taxi driver from {{u:Uzbekistan}}, {{p:Rustam}}, drove me to {{u:Vladivostok}} for almost all of that money and did not ask questions. In {{u:Vladivostok}} I went to a church that a Russian Korean, Pastor {{p:Alexei Tsoi}}, ran from a flat, and he kept me for two months, and then people I will not name took me by land to {{u:China}} and then through {{u:Laos}} and {{u:Thailand}}.

I arrived in {{u:Incheon}} in February 2016. My name in the South is {{r:Choi Hyun-koo}}, but at the interview with the {{u:National Intelligence Service}} I gave my real name first. I have not heard from {{r:Mi-ran}} since 2017, when a broker told me that she and the boy had been moved to the countryside near {{u:Kimchaek}}. I was told by {{p:Paek}}, who left {{u:Russia}} in 2018, that after I ran {{r:Ryang Chun-sik}} was recalled and {{r:Kwang-hyok}} was sent home early. I do not know what happened to either of them.

Please, when you write this for the {{u:United Nations}}, do not put {{r:Mi-ran}}'s name, or my son's, or the name of {{r:Kwang-hyok}}, who helped me. If you must write a name, write {{r:Hyon-gu}} only, the people who know me will know it is me, and the others will not.

[Interviewer's note: the witness's son is named in the audio at 1:14:20; not transcribed here on purpose.]""",
    },
    {
        "id": "h6-en-11",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Pak Chol-min", "박철민", "witness", ["Park Cheol-min"]),
            ("Rim Sung-ho", "림승호", "supervisor", []),
        ],
        "note": "Intake form typed by a volunteer: fullwidth letters, soft hyphen and zero-width joiner inside names, all-caps field values.",
        "text": """INTAKE FORM (volunteer copy, typed from the paper form)
Full name (as in DPRK passport): {{r:ＰＡＫ ＣＨＯＬ ＭＩＮ}}
Name in {{u:ROK}}: {{r:Park Cheol\u00admin}}
Preferred name for contact: {{r:Ｃｈｏｌ－ｍｉｎ}}
Year of birth: 1986     Province: {{u:North Pyongan}}
Country of work: {{u:China}} ({{u:Shenyang}}), electronics assembly
Employer: {{u:Shenyang Dongfang Electronics}} / dispatched by {{u:Korea Sobaeksu Trading Company}}
Minder / supervisor: {{r:RIM SUNG HO}} ({{r:Rim}} was called "chief")
Other Koreans in the dormitory: {{p:Ｋａｎｇ Ｍｉｎ－ｊｕ}}, {{p:Se\u200dol-a}}, {{p:Ju Hye-ryon}}
Chinese staff known by name: Ms {{p:Wang Lifang}} (HR), "{{p:Xiao Zhang}}" (guard)
Family in {{u:DPRK}}: mother, younger brother {{p:Pak Chol-jun}}
Consent to UN submission: YES   Name in public report: NONE
Volunteer remark: {{r:Pak}} asked twice whether {{r:Rim}} could see this form. Told him no.
Entered by: {{p:Ahn Yu-jin}}""",
    },
    {
        "id": "h6-en-12",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Chun-mi", "김춘미", "witness", []),
            ("Jo Song-il", "조성일", "supervisor", []),
        ],
        "note": "Hotline call log in a hurry: lowercase names, dotted and undotted initials (K.C.M., KCM) for the caller, nickname for an unnamed broker.",
        "text": """HOTLINE LOG - night shift
22:41 call from {{r:K.C.M.}} (= {{r:kim chun mi}}, case CN-19-112), upset, on a borrowed phone.
22:43 says her former team leader {{r:jo song il}} phoned her mother's neighbour in {{u:Hyesan}}. asks if {{r:Jo}} can find her in {{u:Seoul}}.
22:47 told her {{r:Jo}} has no access to ROK registry. she calmed down.
22:50 she mentions "{{p:Auntie Yun}}" (the broker?) who took 2m KRW. will call back with full name.
22:58 {{r:KCM}} asks whether {{p:Sol-hui}}, her roommate from the {{u:Dandong}} factory, gave evidence yet. don't know, checked nothing.
23:05 call ends. next step: {{p:Hye-won}} to call {{r:Chun-mi}} 10am tomorrow.
23:20 note for {{p:Hye-won}}: do not mention {{p:Sol-hui}}'s whereabouts, even if {{r:Kim}} insists.""",
    },
    {
        "id": "h6-en-13",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Pak Myong-suk", "박명숙", "witness", ["Myong-suk"]),
            ("Yang Tok-su", "양덕수", "supervisor", []),
        ],
        "note": "Email thread with wrapped lines: a name split across a line break; quoted text; lawyer and staff names private.",
        "text": """From: {{p:Helen Carter}}
To: {{p:Jang Eun-ji}}
Subject: Re: declaration of W-11

Dear {{p:Eun-ji}},

Thank you for the draft. Two points. First, in paragraph 4 the declarant is named as {{r:Pak
Myong-suk}} and in paragraph 9 as "Ms {{r:Park}}"; please use one form, or better, only the
pseudonym. Second, the minder {{r:Yang Tok-su}} is described as "the same {{r:Yang}} who ran the
{{u:Okryu Restaurant}} branch in {{u:Kathmandu}}" - can {{r:Myong-suk}} confirm this from her own
knowledge?

Best,
{{p:Helen}}

> On 3 Nov, {{p:Jang Eun-ji}} wrote:
> {{r:Myong-suk}} says the restaurant was owned on paper by a Nepali, {{p:Ram Bahadur Thapa}},
> and that {{r:Yang}} reported to {{p:Rim}} at the embassy. Her colleague {{p:So-yon}} can confirm.

Reply:
{{p:Helen}}, yes - {{r:Myong-suk}} worked under {{r:Yang
Tok-su}} from 2016 to 2018 and saw him at the embassy with Mr {{p:Rim}}. {{p:So-yon}} is
willing to talk but only by phone.
{{p:Eun-ji}}""",
    },
    {
        "id": "h6-en-14",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Yo-jong", "김요종", "witness", []),
            ("Choe Son-il", "최선일", "supervisor", []),
        ],
        "note": "Reviewer's redaction comments; a private witness whose name looks like a public figure's; public Choe Son Hui, Ri Son Gwon, Kim Yo Jong next to private Choe and Ri.",
        "text": """REVIEW COMMENTS on draft petition P-2025-04 (reviewer: {{p:Seo Da-bin}})

p.2, l.14: The witness is {{r:Kim Yo-jong}} ({{r:김요종}}, note the different second syllable), NOT {{u:Kim Yo Jong}}, the sister of {{u:Kim Jong Un}}. The translator "corrected" the spelling to the famous one in two places. Please restore {{r:Kim Yo-jong}} and then replace both with the pseudonym. Everywhere the text says "{{r:Kim}} said", it means the witness.
p.3, l.2: "{{r:Choe}}" here is the site supervisor {{r:Choe Son-il}}; the following sentence about "{{u:Choe Son Hui}}'s speech at the {{u:United Nations}}" is about the foreign minister and stays as is. Do not let the anonymizer merge them.
p.3, l.20: "Mr {{p:Ri}}" (the embassy driver) must go. The quotation from {{u:Ri Son Gwon}} can stay.
p.4, l.5: the company is {{u:Korea Jangsu Trading}}; the person {{p:Jang Su-bok}} is a co-worker and must go.
p.5: the rapporteur's name ({{u:Elizabeth Salmón}}) is public; fine.
p.6, fn 3: "{{p:Sim}} and {{p:Ko}}" - co-workers, not public officials. Remove.
General: {{r:Choe}} appears 11 times; I checked each against the audio. Ask {{p:Woo-jin}} to re-run the export.""",
    },
    {
        "id": "h6-en-15",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Moon Kyong-sil", "문경실", "witness", ["Kyong-sil"]),
            ("Ri Hyok", "리혁", "coworker", ["Hyok"]),
            ("O Yong-ae", "오영애", "supervisor", []),
        ],
        "note": "Diary entries in translation; one-syllable given name Hyok; Moon as surname and as the moon; O as surname.",
        "text": """Diary of {{r:Moon Kyong-sil}}, seafood plant, {{u:Donggang}} (translated; dates as written)

3.2  Cold. The moon was out when we started. Supervisor {{r:O}} counted the crabs twice.
3.9  {{r:Hyok}} from the boiler room passed me a note. If {{r:O Yong-ae}} finds it I am finished. Burned it.
3.15 Meeting. They read {{u:Kim Jong Un}}'s letter to the workers abroad. {{r:O}} watched who was crying.
4.1  No moon tonight. {{r:Hyok}} says {{p:Ho}} from the next dormitory will go back in May. {{p:Ho}}'s wife is sick.
4.3  Mr {{p:Zhao}}, the Chinese owner, came with his son. {{r:O}} bowed so low.
4.20 {{r:Ri Hyok}} was moved to the packing line. I see him at lunch. {{p:Il}} and {{p:Sun-ok}} know about us.
5.1  Day off!! (first since January). Walked to the river with {{p:Sun-ok}}.
5.7  {{r:O}} called me in. Someone told. {{r:Kyong-sil}}, she said, you are a disgrace to {{u:Kim Il Sung Square}} where you swore the oath.
Translator: "{{r:Moon}}" is how the writer spells her surname in the front of the notebook (문).""",
    },
    {
        "id": "h6-en-16",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("So Kwang-myong", "소광명", "witness", []),
            ("Bader Al-Mutairi", "바데르 알무타이리", "other", []),
        ],
        "note": "Interpreter's notes on Kuwaiti names in Arabic and Latin; a registered foreign sponsor; So as surname and as the word so.",
        "text": """Interpreter's notes, session with {{r:So Kwang-myong}}
- The sponsor's name on the residence permit is {{r:بدر المطيري}}; the witness says "{{r:Bader}}" or "Mr {{r:Mutairi}}". I write {{r:Bader Al-Mutairi}}.
- {{r:Al-Mutairi}} owned a contracting firm, {{u:Al-Mutairi General Trading & Contracting}}. (The firm's name is public; the man is named because the witness wants to accuse him.)
- So far {{r:So}} has named two other Kuwaitis: a driver, {{p:Salem}} ({{p:سالم}}), and an accountant, {{p:Yousef Al-Shammari}}. So I asked about the North Korean side.
- Minder: "Chief {{p:Kye}}". Party secretary: {{p:Ri Sang-bok}}. Interpreter on site: {{p:Tong}}.
- {{r:So}} says {{r:Bader}} visited the camp in {{u:Sabah Al-Ahmad}} only twice and spoke to {{p:Kye}} in English.
- The witness asks whether {{u:Kuwait}} can be told about {{r:Al-Mutairi}}'s role. Referred to coordinator {{p:Chun}}.""",
    },
    {
        "id": "h6-en-17",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Ok-hwa", "리옥화", "witness", ["Auntie Ok"]),
            ("Ri Song-hui", "리성희", "relative", []),
        ],
        "note": "Church newsletter prayer request in plain English; nickname Auntie Ok; pastor and church members private; Ri and Lee for the same family.",
        "text": """PRAYER REQUESTS - {{u:Hanmaum Church}}, {{u:Incheon}}, week 46

Please keep praying for {{r:Auntie Ok}} ({{r:Ri Ok-hwa}}), who joined us in spring after years at a sewing factory in {{u:China}}. {{r:Ok-hwa}} asks us to pray for her daughter {{r:Song-hui}}, still in {{u:Musan}}, and for her friend {{p:Hwa-ja}} who was sent back from {{u:Tumen}} last year.

Thanks to Deacon {{p:Lee}} and his wife {{p:Grace}} for driving {{r:Auntie Ok}} to her hospital visits. {{r:Ri}} says she is "slowly getting better, like a tree in March".

Pastor {{p:Cho Dong-hwan}} reminds everyone not to post photos of {{r:Ok}} or of any of our North Korean members online. Last month a photo with Brother {{p:Min}} and {{r:Auntie Ok}} was shared by mistake.

If you want to help {{r:Ri Song-hui}} through the mission fund, speak to {{p:Esther}} after the service. Please do not write {{r:Song-hui}}'s name on the envelope.""",
    },
    {
        "id": "h6-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ju Kyong-thaek", "주경택", "witness", []),
            ("Om Song-gu", "엄성구", "supervisor", []),
            ("Nam Ki-chol", "남기철", "coworker", ["기철"]),
            ("Han Ok-ran", "한옥란", "relative", ["옥란"]),
        ],
        "note": "Verbatim oral testimony in Hamgyong dialect (-지비, -슴다, 무스거, 일없다); surname + 가 ('엄가 놈', '탁가'); kinship words alone (큰형, 에미나이) not labelled.",
        "text": """[녹취 원문 - 사투리 그대로 받아 적음. 증언자: 함경북도 출신, 2회차]

내 이름이 {{r:주경택}}이지비. 고향은 {{u:명천}}이구. 기래서 {{u:로씨야}} 벌목은 2008년에 갔슴다.
우리 작업소 소장이 {{r:엄성구}}라는 아바이였는데, 그 {{r:엄}}가 놈이 사람을 짐승처럼 부렸지비. 아침 다섯 시에 깨우구, 밤 열한 시까지 나무 찍게 했슴다. 무스거 쉬는 날이 있갔슴둥?
한 방에 열 놈씩 잤는데, 내 옆에 {{r:기철}}이라구 있었슴다. {{r:남기철}}이. {{u:청진}} 아새끼인데 손재간이 좋아서 {{r:기철}}이가 톱을 다 손봤지비.
한번은 {{r:기철}}이 발이 얼어서 시커멓게 됐는데, {{r:엄성구}}는 "일없다, 일해라" 이러구. 그때 로씨야 사람 {{p:볼로쟈}}가 약을 갖다줬슴다. {{p:볼로쟈}}는 좋은 사람이지비.
우리 큰형이 그때 {{u:김책제철련합기업소}}에 있었는데, 큰형한테 편지 쓰믄 보위원 {{p:탁}}가가 다 뜯어봤슴다. {{p:탁}}가 말구 {{p:계}} 지도원두 있었구.
에미나이들은 없었슴다, 벌목장엔. 남정들만.
내 처 {{r:옥란}}이는 지금두 {{u:명천}}에 있으니까네, {{r:옥란}}이 이름은 절대 쓰지 마오. {{r:한옥란}}이라구 쓰믄 다 알아봄다.
{{r:엄}} 소장은 2011년에 {{u:평양}}으로 올라갔다구 {{p:현수}}한테서 들었슴다. {{p:현수}}는 {{r:기철}}이 사촌이지비.
기래두 {{r:주경택}}이 이 이름은 써두 일없슴다. 내는 이제 남조선 사람이니까.""",
    },
    {
        "id": "h6-ko-02",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ri Un-jong", "리은정", "witness", ["은정"]),
            ("Choe Myong-hwa", "최명화", "coworker", ["명화"]),
        ],
        "note": "KakaoTalk export (header, date lines, [name] [time] message); display names are private persons; zero-width space inside a given name; emoji after names.",
        "text": """{{r:리은정}} 님과 카카오톡 대화
저장한 날짜 : 2025-04-02 21:14:05

--------------- 2025년 4월 1일 화요일 ---------------
[{{r:리은정}}] [오후 2:03] 선생님 안녕하세요
[{{r:리은정}}] [오후 2:03] 어제 말씀드린 {{r:명\u200b화}} 언니 일이요
[{{p:박소연}}] [오후 2:05] 네 {{r:은정}}님 😊 말씀하세요
[{{r:리은정}}] [오후 2:06] {{r:명화}}언니가 {{u:단둥}}에서 같이 있던 {{r:최명화}}예요. 지금 {{u:대구}}에 있대요
[{{r:리은정}}] [오후 2:07] 언니도 증언하겠대요 근데 {{p:성}}반장 이름 나오면 무섭대요 ㅠㅠ
[{{p:박소연}}] [오후 2:09] {{p:성}}반장이 {{p:성철호}} 맞죠?
[{{r:리은정}}] [오후 2:09] 네네 {{p:성철호}}
[{{r:리은정}}] [오후 2:10] 그리고 중국 사장은 {{p:왕}}사장🐷 ㅋㅋ 본명은 {{p:왕궈창}}
[{{p:박소연}}] [오후 2:12] 알겠어요. {{r:명화}}님 번호 주실 수 있어요?
[{{r:리은정}}] [오후 2:13] 사진
[{{r:리은정}}] [오후 2:13] 이거 {{r:최명화}}💕 언니 번호예요
--------------- 2025년 4월 2일 수요일 ---------------
[{{p:박소연}}] [오전 10:31] {{r:은정}}님 {{r:명화}}님이랑 통화했어요🙏 목요일에 같이 오세요
[{{r:리은정}}] [오전 10:40] 네🥰 감사합니다 선생님
[{{p:박소연}}] [오전 10:41] 아 그리고 {{p:성철호}} 얘기는 {{r:명화}}님이 원하실 때만 할게요""",
    },
    {
        "id": "h6-ko-03",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("U Song-min", "우성민", "witness", []),
            ("To Kwang-hyok", "도광혁", "coworker", ["광혁"]),
            ("Han Myong-gil", "한명길", "supervisor", []),
        ],
        "note": "Verbatim Q&A transcript with 면담자/증언자 labels; 도, 한 as surnames and inside ordinary words (도대체, 한 번도); pseudonym '증언자 ㄱ' not labelled.",
        "text": """[녹취록] 2025.09.18 / 면담자: 활동가 / 증언자: 남, 40대

면담자: 오늘은 {{u:카타르}} 얘기를 좀 더 해 주세요. 현장 이름 기억나세요?
증언자: {{u:루사일}}이요. 경기장 옆 아파트였어요. 회사는 {{u:조선남강건설무역회사}}.
면담자: 같이 일한 분들 이름을 말씀해 주실 수 있어요?
증언자: 제일 친했던 건 {{r:도광혁}}이요. 우리는 그냥 {{r:광혁}}이라고 불렀어요. 그리고 {{r:한}} 반장, {{r:한명길}}.
면담자: {{r:한명길}} 씨가 반장이었어요?
증언자: 네. {{r:한}} 반장은 한 번도 웃는 걸 못 봤어요. 도대체 무슨 생각을 하는지.
면담자: 여권은 누가 가지고 있었어요?
증언자: 처음엔 {{r:한명길}}이, 나중엔 대표부의 {{p:조}} 참사가요. {{p:조}} 참사는 {{u:도하}}에 살았어요.
면담자: 임금은요?
증언자: 한 달에 900리얄이라고 했는데 정말 받은 건 100리얄? 송금도 못 했어요.
면담자: {{r:광혁}} 씨는 지금 어디 있는지 아세요?
증언자: {{r:도광혁}}이는... 2019년에 쓰러졌어요. 더위에. {{u:하마드 종합병원}}에 실려 갔다가 귀국했다고 {{p:명수}}가 그랬어요.
면담자: {{p:명수}}는 누구죠?
증언자: {{p:방명수}}요, 용접공. 그 사람도 나중에 {{u:한국}}에 왔어요.
면담자: 네팔 사람들하고도 얘기하셨어요?
증언자: 네, {{p:비노드}}라는 친구. {{p:비노드}}가 물을 많이 줬어요.
면담자: 마지막으로, 선생님 성함을 기록에 어떻게 남길까요?
증언자: {{r:우성민}}이라고 쓰지 마시고, 그냥 "증언자 ㄱ"이라고 해 주세요. {{r:우}}가는 드물어서 금방 알아봐요.""",
    },
    {
        "id": "h6-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Pang Jong-nam", "방정남", "witness", []),
            ("Pang Chol", "방철", "coworker", []),
            ("Yon Kwang-su", "연광수", "supervisor", []),
        ],
        "note": "Dormitory room list (방 배정표): 방 as the word 'room' and as a surname in the same lines; 하 and 석 as surnames; '석씨 형제' is one mention.",
        "text": """{{u:하바롭스크}} 제3작업소 숙소 방 배정표 (증언자 {{r:방정남}}이 기억으로 작성, 2017년 겨울)

1호 방: {{r:방정남}}(본인), {{r:방철}}, {{p:마영수}}, {{p:석}}씨 형제
2호 방: {{p:하태식}}, {{p:하태룡}}, {{p:지}} 아바이
3호 방: 작업반장 {{r:연광수}} 혼자 (난로 있는 방)
4호 방: 취사원 {{p:곽순녀}}, {{p:라옥}}
※ {{r:방철}}은 {{r:방정남}}의 사촌이 아님. 성만 같음.
※ {{r:연}} 반장은 밤마다 방마다 돌며 인원 점검. 방문은 밖에서 잠금.
※ {{p:하태식}}·{{p:하태룡}}은 형제. 동생 {{p:태룡}}이가 2018년 도망.
※ 러시아 측 관리인 {{p:알렉세이}}는 3호 방에만 들어옴. {{r:연광수}}와 보드카를 마심.
※ {{r:방}} 씨(증언자)는 {{p:마영수}}와 함께 {{u:콤소몰스크나아무레}} 현장으로 옮겨짐.""",
    },
    {
        "id": "h6-ko-05",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ham Song-ae", "함성애", "witness", []),
            ("Cha Un-ok", "차은옥", "coworker", ["은옥"]),
            ("Kil Myong-ok", "길명옥", "supervisor", []),
        ],
        "note": "Wage ledger copied from a notebook; two-syllable surname 남궁; two sisters 리금실/리금순; 길 surname vs ordinary word.",
        "text": """임금 장부 (증언자 {{r:함성애}} 보관 수첩 사본, {{u:중국}} {{u:훈춘}} 수산물가공공장, 2018년 6월분, 단위: 위안)

번호  성명        직무   계약임금  실수령  "계획분"  비고
1     {{r:함성애}}      포장   2,000     200     1,800
2     {{r:차은옥}}      포장   2,000     200     1,800     {{r:은옥}}이 병가 3일 공제
3     {{p:리금실}}      선별   2,000     0       2,000     "빚"
4     {{p:리금순}}      선별   2,000     150     1,850     {{p:금실}}의 언니
5     {{p:남궁현}}      냉동   2,200     200     2,000
6     {{p:오}}씨(이름 모름) 냉동 2,200  100     2,100
7     {{r:길명옥}}      조장   2,500     500     2,000     수첩 관리

메모: {{r:길}} 조장이 매달 이 장부를 중국 측 회계 {{p:진샤오메이}}에게서 받아 {{u:조선릉라도무역총회사}} 대표 {{p:표}} 선생에게 넘겼다. 퇴근길에 {{r:함성애}}가 몰래 베껴 적었다. 실수령이 0원인 사람은 {{p:리금실}}뿐이 아니었다. {{r:차은옥}}도 7월에는 0원.""",
    },
    {
        "id": "h6-ko-06",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kye Yong-chol", "계영철", "witness", []),
            ("Ma Kwang-il", "마광일", "supervisor", []),
            ("Hong Sok-jin", "홍석진", "coworker", []),
        ],
        "note": "Clinical record in Korean (주호소, 현병력, 사회력); staff names private; 마 surname in a quoted phrase.",
        "text": """진료 기록지 ({{u:하나원}} 부속의원)
환자: {{r:계영철}} (남/41)   보호자: 없음   담당 간호사: {{p:윤서진}}
주호소: 요통, 양손 저림 (3년)
현병력: {{u:러시아}} {{u:블라디보스토크}} 건설현장(2016~2021) 미장공. 2019년 비계에서 추락, 당시 현장 책임자 {{r:마광일}}이 병원 이송을 거부했다고 함. "{{r:마}} 책임자가 파스 두 장 줬다"고 진술. 동료 {{r:홍석진}}이 업어서 숙소로 옮김.
과거력: 결핵(2010, {{u:함흥}}), 완치 주장.
사회력: 처 {{p:김선녀}}, 아들 1명 북한 거주. 흡연 20갑년.
진찰: L4-5 압통, SLR 양성(좌 40도), 양측 손목 Tinel 양성.
계획: 요추 MRI, 근전도. 정신건강의학과 협진 - 악몽("{{r:마광일}}이 나오는 꿈").
기록: 의사 {{p:한지훈}}
추기: 환자가 {{r:홍석진}}도 같은 병원 진료를 원한다고 함. {{r:홍}}씨 연락처는 담당 상담사 {{p:정미래}}가 보유. {{r:계}}씨 본인은 기록 열람 동의.""",
    },
    {
        "id": "h6-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ryu Jong-sim", "류정심", "witness", []),
            ("Myong Kyong-ho", "명경호", "supervisor", []),
            ("An Sun-sil", "안순실", "coworker", ["순실"]),
        ],
        "note": "Formal sworn statement (진술서) with numbered paragraphs; Chinese manager in Hangul and Hanja; 안 as surname and negation; lawyer witness private.",
        "text": """진 술 서

성    명: {{r:류정심}} (가명 사용 요청)
생년월일: 1984년생
주    소: 서울특별시 (상세 주소 생략)

위 진술인은 {{u:북한인권정보센터}}의 면담에서 다음과 같이 사실대로 진술합니다.

1. 진술인은 2013년 3월부터 2017년 8월까지 {{u:중국}} {{u:랴오닝성}} {{u:단둥}}의 의류공장에서 재봉공으로 일하였습니다. 파견 기관은 {{u:조선은하무역총회사}}였습니다.
2. 공장 내 북한 측 책임자는 {{r:명경호}}였으며, {{r:명경호}}는 입국 즉시 진술인과 동료들의 여권을 회수하였습니다.
3. 진술인의 동료 {{r:안순실}}은 2015년 겨울 손가락이 재봉틀에 끼어 크게 다쳤으나, {{r:명}} 책임자는 "치료비는 본인 부담"이라며 병원에 안 보냈습니다. 이는 진술인이 직접 보았습니다.
4. 중국인 공장장 {{p:쑨리화}}({{p:孫麗華}})는 노동자들의 임금을 {{r:명경호}}에게 현금으로 지급하였다고, 통역 {{p:김화}}를 통해 들었습니다. 이 부분은 전해 들은 것입니다.
5. 진술인의 언니 {{p:류정옥}}은 현재 {{u:평안북도}}에 거주하고 있어, 진술인은 실명이 공개되지 않기를 원합니다.
6. {{r:안순실}}은 2016년 귀국하였으며, 이후 소식은 모릅니다. {{r:순실}}이의 남편 {{p:제성호}}도 같은 공장 경비였습니다.

위 진술은 사실과 다름이 없음을 확인합니다.

2025년 10월 14일
진술인 {{r:류정심}} (서명)
입회인 변호사 {{p:오세린}}""",
    },
    {
        "id": "h6-ko-08",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Na Song-jun", "나성준", "witness", ["성준"]),
            ("Jong Yong-ae", "정영애", "relative", ["영애"]),
            ("Yom Tok-su", "염덕수", "coworker", ["덕수"]),
        ],
        "note": "Letter from a worker in Kuwait to his wife, old-style -오/-소 endings; given names with 아/야/이는; 나 as pronoun and as surname 나.",
        "text": """{{r:영애}}에게

{{r:영애}}야, 잘 있소? 나는 {{u:쿠웨이트}}에서 잘 있소. 여기는 더워서 밤에도 땀이 나오.
우리 {{p:은별}}이는 학교 잘 다니오? {{p:은별}}이한테 아버지가 곧 간다고 말해 주오.
여기 같이 온 {{r:덕수}} 동무가 이 편지를 가지고 가오. {{r:덕수}}는 믿을 만한 사람이니 걱정 마오.
돈은 {{r:덕수}}한테 300딸라 맡겼소. {{p:황}} 지도원이 알면 안 되니 아무한테도 말하지 마오.
어머니께도 안부 전해 주오. 큰누이네 {{p:명식}}이는 군대 갔소?
{{p:황}} 지도원이 요즘 우리 방을 자주 뒤지오. {{p:황철민}}이라는 사람인데, 우리 고향 {{u:덕천}} 사람이라 더 무섭소. 나도 조심하고 있소.
{{r:영애}}야, 혹시 보위부에서 누가 와서 {{r:나성준}}이 편지 했냐고 물으면 모른다고 하오.

2016년 8월 15일 {{u:알아흐마디}}에서
당신의 {{r:성준}}

[정리자 메모: 편지를 쓴 사람은 증언자 {{r:나성준}}, 받는 사람은 처 {{r:정영애}}. 편지를 전달한 {{r:염덕수}}는 2017년 탈북하여 {{u:경기도}} 거주. {{r:나}}씨는 편지 원본 공개에 동의하지 않음.]""",
    },
    {
        "id": "h6-ko-09",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kang Chol-min", "강철민", "witness", ["ㄱㅊㅁ"]),
            ("So Myong-chol", "서명철", "supervisor", []),
        ],
        "note": "Timeline with Hangul initial consonants (ㄱㅊㅁ, ㄹㅇㅅ, ㅈㅎㅅ) standing for people; Mongolian names in Hangul; 서 surname.",
        "text": """{{r:ㄱㅊㅁ}}({{r:강철민}}) 연표 - 검토용, 외부 반출 금지
2010.03  {{u:평안남도}} {{u:개천}}에서 선발. 담당 {{p:ㄹㅇㅅ}} 지도원
2010.09  {{u:몽골}} {{u:울란바토르}} 도착. 아파트 건설현장 배치, 반장 {{r:서명철}}
2011.07  몽골인 운전수 {{p:바야르}}와 친해짐. {{r:서}} 반장이 경고
2012.11  동료 {{p:ㅈㅎㅅ}}({{p:정혁수}}) 3층에서 추락, 치료 없이 귀국
2013.04  {{r:서명철}}, 임금 3개월분을 "충성자금"으로 공제
2014.02  {{r:강철민}} 탈출 시도 실패, {{u:자민우드}}에서 체포, 2주 구금
2014.06  송환 대신 현장 복귀 ({{r:서명철}}이 {{p:ㄹㅇㅅ}}에게 뇌물을 썼다고 함)
2015.08  재탈출 성공, {{p:바야르}}와 그 부인 {{p:솔롱고}} 도움
2016.01  {{u:인천국제공항}} 도착
※ {{r:ㄱㅊㅁ}} 요청: {{p:바야르}}, {{p:솔롱고}} 이름은 반드시 삭제. {{p:혁수}}의 가족은 {{u:개천}}에 있음.""",
    },
    {
        "id": "h6-ko-10",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Ri Sun-yong", "리순영", "witness", []),
            ("Jong Ki-nam", "정기남", "relative", []),
        ],
        "note": "Counsellor's session log; witness calls her husband '정씨'; bare surname 리 + subject particle 가 for a different (unregistered) person; 언니 for a non-relative.",
        "text": """상담 일지 #7 (상담사 {{p:문하늘}})
내담자: {{r:리순영}} (여, 39)
- 오늘은 {{u:러시아}} 얘기 대신 가족 얘기. 남편 {{r:정기남}}은 {{u:블라디보스토크}}에서 같이 일하다 먼저 귀국했다고 함.
- "{{r:정}}씨는 착한 사람이에요" - 남편을 늘 "{{r:정}}씨"라고 부름.
- 현장 조장 {{p:리}}가 남편을 때렸다고. "{{p:리}}가 그랬어요, 그 {{p:리}}가." 조장의 이름은 끝내 말하지 않음.
- 같은 방을 쓴 {{p:순옥}} 언니(친언니 아님)가 {{u:대구}}에 있음. 연락 원함.
- 악몽, 불면 지속. {{u:국립정신건강센터}} 연계 검토.
- 다음 회기: {{r:순영}} 씨가 {{r:기남}} 씨 사진을 가져오겠다고 함. 사진은 사본을 만들지 않기로.
- 슈퍼바이저 {{p:장}} 선생님께 보고함.""",
    },
    {
        "id": "h6-ko-11",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Yun Kwang-chol", "윤광철", "witness", ["광철"]),
            ("Pyon Tae-ho", "변태호", "supervisor", []),
            ("Ri Chang-gun", "리창군", "coworker", ["창군"]),
        ],
        "note": "Long Korean oral narrative from a fishing boat; names appear late; ship names and ports public; 배 (boat), 선장 as ordinary words.",
        "text": """저는 {{u:함경남도}} {{u:신포}}에서 태어났습니다. 아버지도 배를 탔고 할아버지도 배를 탔습니다. 그래서 외화벌이 배에 탄다고 했을 때 집에서는 아무도 말리지 않았습니다. 바다 일은 힘들어도 배 위에서는 밥은 먹는다고들 했으니까요. 2017년 봄에 수산사업소에서 사람을 뽑는다는 말이 돌았고, 저는 뇌물로 담배 두 보루와 돈 오십 달러를 냈습니다. 그게 시작이었습니다.

처음 몇 달은 연안에서 오징어를 잡았습니다. 그러다가 가을에 큰 배로 옮겨 탔는데, 그 배가 {{u:대양 3호}}였습니다. 선적항은 {{u:원산}}이었고, 실제로는 중국 배들과 바다 위에서 만나서 잡은 것을 넘기는 일을 했습니다. 중국 쪽에서 기름과 쌀을 받고 고기를 넘기는 겁니다. 우리한테는 그게 무역이라고 했습니다. 선원은 스물두 명이었습니다.

하루는 새벽 세 시에 시작했습니다. 그물을 걷고, 고기를 가르고, 얼음에 재우고, 다시 그물을 놓고. 잠은 네 시간이면 많이 잔 날이었습니다. 석 달 동안 육지를 못 본 적도 있습니다. 손은 소금물에 다 터져서 겨울에는 피가 났습니다. 배에 약이라고는 진통제 몇 알뿐이었습니다. 사고가 나면 그냥 누워 있는 수밖에 없었습니다.

돈 얘기를 하자면, 계약서 같은 건 본 적이 없습니다. 한 철이 끝나면 쌀 몇 킬로와 중국 돈 조금을 줬는데, 그것도 선장이 "계획"을 채운 다음의 얘기였습니다. 계획을 못 채우면 빚이 됐습니다. 다음 철에 갚아야 했습니다. 그래서 그 배에서 내리는 사람은 거의 없었습니다.

이제 사람들 얘기를 하겠습니다. 선장은 {{r:변태호}}였습니다. {{r:변}} 선장은 원래 군대 출신이라 말보다 주먹이 먼저 나갔습니다. 정치지도원은 {{p:공}} 지도원이라고만 알았습니다. {{p:공}} 지도원은 매일 밤 총화를 했고, 누가 중국 선원하고 말을 섞으면 다음 날 아침 밥을 주지 않았습니다.

제 옆 침상은 {{r:리창군}}이었습니다. {{r:창군}}이는 저보다 다섯 살 어렸는데, {{u:흥남}} 사람이었습니다. 2018년 겨울에 {{r:창군}}이가 그물 감는 기계에 팔이 끼었습니다. {{r:변태호}}는 배를 돌리지 않았습니다. 중국 배 {{u:요단어 2265}}호의 선장 {{p:류청}}이 자기 배로 옮겨서 {{u:다롄}}으로 데려가겠다고 했는데, {{r:변}} 선장과 {{p:공}} 지도원이 둘이 같이 안 된다고 했습니다. 결국 {{r:리창군}}은 보름 뒤 {{u:남포}}에 내렸고, 팔을 잘랐다고 들었습니다. 그 얘기는 기관장 {{p:심영길}} 동지한테 들었습니다. {{p:심}} 기관장은 나쁜 사람은 아니었습니다.

저는 2019년에 중국 쪽 배로 넘어가는 기회가 있었습니다. 그 얘기는 길어서 다음에 하겠습니다. 다만 도와준 중국 선원 {{p:라오왕}}의 이름은 적지 말아 주십시오. 그리고 제 이름 {{r:윤광철}}도 문서에는 적지 마십시오. 제 어머니 {{p:백순덕}}이 아직 {{u:신포}}에 계십니다. 고향 사람들은 {{r:광철}}이라는 이름만 들어도 압니다.""",
    },
    {
        "id": "h6-ko-12",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Pae Ok-sun", "배옥순", "witness", []),
            ("Kim Tae-hun", "김태훈", "supervisor", []),
        ],
        "note": "Text messages forwarded by a caseworker: emoji before/after names, soft hyphen and zero-width joiner inside names, 배 as surname and as 'boat/belly'.",
        "text": """[문자 제보 모음 - 담당 {{p:서예린}} 전달]
(1) 선생님 저 🌸{{r:배옥순}}이에요. 배가 아파서 오늘 못 가요 ㅠ
(2) 어제 말한 {{r:김\u00ad태훈}} 그 사람 {{u:선양}}에서 아직 일한대요😡
(3) {{r:김태\u200d훈}}이가 {{p:정아}} 언니 여권도 가지고 있었어요
(4) {{p:정아}}언니🙏 지금 {{u:태국}}에 있대요 무사하대요
(5) 그리고 {{r:김}} 부장 밑에 {{p:최}}가도 있었는데 {{p:최}}가는 좀 괜찮았어요
(6) 🙇‍♀️{{r:옥순}}이가 부탁드려요 제 이름 빼 주세요
(7) 중국 사장님 {{p:장}}사장은 착했어요. 이름은 {{p:장리}}
[담당자 메모: (2)(3)의 {{r:김태훈}}은 {{u:선양}} 봉제공장 북측 책임자. 한국 배우와 이름이 같으나 무관. {{r:배}}씨는 다음 주 면담 예정.]""",
    },
    {
        "id": "h6-ko-13",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Pak Chol-min", "박철민", "witness", ["朴哲民", "철민"]),
            ("Ri Kum-hui", "리금희", "coworker", ["李今姬"]),
        ],
        "note": "Translator's memo on a Chinese factory register that writes Korean names in Hanja; 박철민이 / 철민이가 particle forms; Chinese staff in Hanja and Hangul.",
        "text": """번역자 메모 - 중국 공장 명부(사진 3장) 대조

1. 명부 12번 {{r:朴哲民}}은 증언자 {{r:박철민}}이다. 중국 사람들은 {{r:朴}}을 "Piáo"로 읽어 그를 "{{r:Piáo}}"라고 불렀고 작업복 이름표에도 {{r:朴哲民}}으로 되어 있었다고 함.
2. 명부 13번 {{r:李今姬}}는 {{r:리금희}}. 남한식으로는 {{r:이금희}}로 쓴다. {{r:박철민}}이 말하길 {{r:금희}}는 같은 조 재봉공.
3. 명부 맨 끝의 "管理 {{p:金成國}}"은 북측 관리원 {{p:김성국}}. {{r:철민}}이가 가장 두려워한 사람.
4. 중국 측 서명란: 공장장 {{p:趙建華}}({{p:자오젠화}}), 인사 담당 {{p:劉芳}}({{p:류팡}}).
5. 명부 상단 회사명 {{u:延吉華豐服裝有限公司}}({{u:연길화풍복장유한공사}}).
6. "{{u:金日成}}", "{{u:金正日}}" 은 명부 뒷면 구호에 나오는 것으로, 사람 이름 목록이 아님.
※ {{r:박철민}}이는 명부 사진을 {{p:김성국}}에게 들키지 않으려고 신발 속에 숨겼다고 함.""",
    },
    {
        "id": "h6-ko-14",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Jo Hak-chol", "조학철", "witness", []),
            ("Mikhail Zaitsev", "미하일 자이체프", "other", ["Зайцев"]),
        ],
        "note": "Korean summary of a Russian police record; Cyrillic names inside Korean text; a registered Russian employer; 조 surname vs 조서, 조장.",
        "text": """러시아 경찰 조서 요약 (원문 러시아어, 번역 {{p:김나래}})

사건: 2019년 7월 {{u:연해주}} {{u:아르툠}} 건설현장 무단이탈 신고
신고인: 고용주 {{r:미하일 자이체프}}({{r:Михаил Зайцев}}), {{u:프리모르스트로이}} 대표
대상자: 북한 국적 {{r:조학철}}({{r:Чжо Хак Чхоль}}), 미장공

요약: {{r:자이체프}}는 {{r:조학철}}이 숙소에서 사라졌다고 신고하면서, 북측 조장 {{p:강영호}}({{p:Кан Ён Хо}})가 요청해서 신고한다고 진술. 경찰관 {{p:Д. Смирнов}} 작성.
조서에 따르면 {{p:강영호}}는 {{r:조학철}}의 여권을 "회사가 보관 중"이라고 말함. {{r:Зайцев}}도 이를 확인함.
※ 번역자: 조서 2쪽의 "{{r:Чжо}}"는 {{r:조}}씨를 러시아식으로 적은 것. 조장, 조서의 "조"와 혼동하지 말 것.
※ 증언자 {{r:조학철}}은 당시 {{p:세르게이}}라는 러시아 노동자 집에 숨어 있었다고 함.""",
    },
    {
        "id": "h6-ko-15",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Jong-suk", "김종숙", "witness", []),
            ("Kim Tok-hun", "김덕훈", "supervisor", []),
        ],
        "note": "Reviewer's comments in Korean: a private supervisor with the same Hangul name as a DPRK premier, places and factories named after leaders, private Kims.",
        "text": """검토 의견 (검토자 {{p:나은비}}) - 사건 KR-25-071

1) 2쪽 "{{r:김덕훈}}" - 여기서는 증언자가 일한 {{u:카자흐스탄}} {{u:알마티}} 현장의 북측 반장 {{r:김덕훈}}임. 내각총리였던 {{u:김덕훈}}과 동명이인. 반장 쪽만 익명화할 것.
2) 증언자 {{r:김종숙}}의 출신 공장 "{{u:김정숙평양제사공장}}"은 공장 이름이므로 그대로 둠. {{u:김정숙}} 본인 언급(3쪽)도 공인.
3) 3쪽 "{{r:김}} 반장이 {{u:김일성광장}} 사진을 보여 줬다" - 앞의 {{r:김}}은 반장({{r:김덕훈}}), 뒤는 장소.
4) 4쪽 동료 명단 {{p:김영란}}, {{p:김영}}, {{p:편}}씨 - 모두 익명화. {{p:김영}}은 {{p:김영란}}과 다른 사람.
5) 5쪽 "{{u:김책공업종합대학}} 출신 통역 {{p:석}}씨" - 대학명은 유지, {{p:석}}씨는 삭제.
6) {{r:김종숙}} 본인은 "{{r:종숙}}이"로도 나옴(6쪽). 놓치지 말 것.""",
    },
    {
        "id": "h6-ko-16",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Son Hyang-mi", "손향미", "witness", ["향미"]),
            ("Ho Kyong-ok", "허경옥", "supervisor", []),
            ("Jon Un-byol", "전은별", "coworker", ["은별"]),
        ],
        "note": "Diary of a restaurant worker in Vientiane; given names alone with 이/이가/이랑; 손 (hand/guest) as words; Lao names.",
        "text": """{{r:손향미}}의 일기 ({{u:비엔티안}}, {{u:평양식당}} 시절, 증언자가 가져온 공책에서 발췌)

5월 3일. 손님이 많았다. 한국 손님들이 노래를 청했다. {{r:은별}}이가 "반갑습니다"를 불렀다. {{r:허}} 지배인이 웃었다. 손이 퉁퉁 부었다.
5월 9일. {{r:허경옥}} 지배인이 팁을 다 걷었다. {{r:은별}}이랑 나는 한 푼도 못 받았다.
5월 14일. 라오스 사람 {{p:솜삭}} 아저씨가 과일을 줬다. {{r:허}} 지배인이 보면 안 된다.
5월 20일. {{p:분미}}네 가게에서 실을 샀다. {{r:전은별}}은 엄마한테 편지를 쓴다고 했다.
6월 1일. 대사관 {{p:로}} 참사가 왔다. {{r:향미}}야, 너는 왜 웃지 않니 하고 물었다. {{p:로}} 참사는 무섭다.
6월 2일. {{r:은별}}이가 울었다. 집 생각.
[면담자 메모: 일기 속 "나"는 {{r:손향미}} 본인. {{r:손}}씨는 일기 원본 제출에 동의.]""",
    },
    {
        "id": "h6-ko-17",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Kim Chol-ung", "김철웅", "witness", ["KIM CHOL UNG", "김도윤", "철웅"]),
            ("Kim Hye-son", "김혜선", "relative", []),
        ],
        "note": "Personal data form: all-caps passport romanization, ROK name change, pseudonym (not labelled), relatives and references.",
        "text": """인적사항 카드 (내부용)
성명(북한): {{r:김철웅}}
여권상 영문 성명: {{r:KIM CHOL UNG}}
남한 개명 후 성명: {{r:김도윤}}
가명(보고서용): 증언자 K-4
성별/출생: 남/1983
출신: {{u:자강도}} {{u:강계시}}
파견 기간/지역: 2012~2018 / {{u:러시아}} {{u:상트페테르부르크}}
파견 회사: {{u:조선능라888무역회사}}
현지 감독: {{p:마}} 과장 (이름 모름), {{p:장학수}}
가족(북한 잔류): 처 {{r:김혜선}}, 딸 1
참고인: {{p:허민재}} (같은 현장, 2019 입국)
비고: {{r:김철웅}}과 처 {{r:김혜선}}은 같은 김씨라 가족 관계 질문에 혼동 있었음. {{r:철웅}}씨는 "{{r:혜선}}이 이름은 빼 달라"고 요청.""",
    },
    {
        "id": "h6-mixed-01",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Yo Jong-nam", "여정남", "witness", ["Yeo Jeong-nam"]),
            ("Hwangbo Chol", "황보철", "supervisor", []),
            ("Ha Song-guk", "하성국", "coworker", []),
        ],
        "note": "Consecutive-interpretation transcript: questions in English, answers in Korean, interpreter's English rendering; two-syllable surname Hwangbo; Ha as surname and as laughter; Polish names.",
        "text": """[Transcript, consecutive interpretation. Q in English, A in Korean, interpreter's rendering in brackets.]
Q: Please give your name as you want it recorded.
A: {{r:여정남}}입니다. 남한 여권에는 {{r:Yeo Jeong-nam}}으로 돼 있어요.
[INTERP: {{r:Yo Jong-nam}}; the ROK passport reads {{r:Yeo Jeong-nam}}.]
Q: Who recruited you?
A: {{u:평양}}에서 {{p:한}} 부장이라는 사람이요. {{u:조선청봉무역회사}} 사람이었어요.
[INTERP: A Mr {{p:Han}}, a department head at {{u:Korea Chongbong Trading Company}}.]
Q: Who was your group leader in {{u:Szczecin}}?
A: {{r:황보철}}이요. 두 글자 성이에요. {{r:황보}} 반장.
[INTERP: {{r:Hwangbo Chol}}; a two-syllable surname. "Team leader {{r:Hwangbo}}".]
Q: And the Polish side?
A: 폴란드 반장은 {{p:마렉}}. {{p:마렉 질린스키}}. 우리한테 커피를 줬어요. 하하.
[INTERP: The Polish foreman was {{p:Marek Zieliński}}; he gave them coffee. (Witness laughs: "ha ha".)]
Q: Was anyone hurt?
A: {{r:하성국}}이가 용접하다가 눈을 다쳤어요. {{r:하}} 동무는 한 달 동안 앞을 못 봤어요. {{r:황보철}}은 병원에 안 보냈고, {{p:마렉}}이 자기 차로 데려갔어요.
[INTERP: {{r:Ha Song-guk}} injured his eyes welding. {{r:Ha}} could not see for a month. {{r:Hwangbo}} refused the hospital; {{p:Marek}} drove him in his own car.]
Q: Ha... sorry. Did the company know?
A: 회사 {{u:Crist}} 사람들은 몰랐을 거예요. 중간 회사가 있었어요.
[INTERP: The people of {{u:Crist}} probably did not know; there was a middleman company.]""",
    },
    {
        "id": "h6-mixed-02",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Pak Se-hyang", "박세향", "witness", ["Park Se-hyang", "세향"]),
            ("Choe Kum-chol", "최금철", "supervisor", []),
        ],
        "note": "Staff chat mixing Korean and English about redactions; Park/Pak for one person; 'So' as an English word at line start; staff names private.",
        "text": """[팀 채팅방 - 익명화 검토]
{{p:지혜}}: {{r:박세향}} 씨 파일 redaction 다 했어요?
{{p:Tom}}: almost. question - is "{{r:Park}}" on p.3 the witness or the supervisor?
{{p:지혜}}: witness요. 남한 이름이 {{r:Park Se-hyang}}, 북한식 {{r:Pak Se-hyang}}. supervisor는 {{r:최금철}}
{{p:Tom}}: ok. So "{{r:Choe}}" on p.5 = {{r:Choe Kum-chol}}?
{{p:지혜}}: 네 맞아요 👍 근데 p.6 "{{u:최룡해}}"는 그냥 두세요 공인이니까
{{p:Tom}}: got it. and "{{p:Auntie Hwa}}"?
{{p:지혜}}: 그건 같은 방 쓰던 {{p:송화}} 이모요. 익명화 필요해요
{{p:Tom}}: and "{{r:세향}}이" in the Korean quote?
{{p:지혜}}: 그것도 {{r:박세향}}. 다 지워주세요 🙏
{{p:Tom}}: done. btw the factory "{{u:Dandong Jinhui Seafood}}" keep?
{{p:지혜}}: keep. 회사명은 공개해도 돼요. {{p:Tom}} 고마워요~""",
    },
    {
        "id": "h6-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kang Hye-yong", "강혜영", "witness", []),
            ("Ri Myong-sik", "리명식", "supervisor", ["이명식"]),
            ("Kang Un-gyong", "강은경", "coworker", []),
        ],
        "note": "English caseworker summary with Korean quotations; two private Kangs; 리/이 variants; Kang also inside a place name.",
        "text": """Summary for the reviewer - W-19

{{r:Kang Hye-yong}} (33) worked in a wig factory in {{u:Pingdu}}, {{u:Shandong}}, 2016-2019. She and another {{r:Kang}}, {{r:Kang Un-gyong}} (no relation), slept in the same room. The minder was {{r:Ri Myong-sik}}. In her words: "{{r:리명식}} 지도원이 우리 방 문을 밤마다 잠갔어요. {{r:은경}}이가 아파도 못 나갔어요."

She recalls the factory owner, Mr {{p:Gao}}, and his daughter {{p:Gao Ting}}, who handled payroll. "{{p:가오팅}}은 우리 월급을 {{r:리}} 지도원한테 봉투로 줬어요."

When {{r:Un-gyong}} had a fever in 2018, {{r:Ri}} refused to call a doctor. {{r:Hye-yong}} asked the Chinese cleaner, {{p:Wang Xiumei}}, to buy medicine. She says: "{{p:왕}} 아줌마 아니었으면 {{r:은경}}이 죽었어요."

{{r:Kang}} (the witness) left in 2019 via {{u:Kangwon}}? - no, she corrected this: via {{u:Yunnan}}. In the {{u:ROK}} her minder's name is spelled {{r:이명식}} in press reports about another case; the reviewer should check whether it is the same man.""",
    },
    {
        "id": "h6-mixed-04",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Ryom Kwang-il", "렴광일", "witness", []),
            ("Sin Tok-chol", "신덕철", "supervisor", []),
        ],
        "note": "Bilingual list of co-workers with jobs and Hangul/romanized forms; Son, Yu and Jo as bare surnames; jobs in Korean.",
        "text": """Co-workers named by {{r:Ryom Kwang-il}} ({{r:렴광일}}) - {{u:Ulan-Ude}} logging camp, 2013-2016

 1. {{r:Sin Tok-chol}} / {{r:신덕철}} - 작업반장 (brigade leader)
 2. {{p:Son Myong-ho}} / {{p:손명호}} - 톱수 (sawyer)
 3. {{p:Son}} (the younger, {{p:Myong-ho}}'s cousin) - 운반 (hauling)
 4. {{p:Yu Chang-il}} / {{p:유창일}} - 트랙터 운전 (tractor)
 5. {{p:Jo}} 아바이 - 취사 (cook)
 6. {{p:Ri Hak-bom}} / {{p:리학범}} - 보위원 (security)
 7. {{p:Dorj}} - Buryat driver for {{u:Buryatles}}
Notes: {{r:Ryom}} says {{r:Sin}} and {{p:Ri Hak-bom}} split the brigade's pay. {{p:Jo}} cooked for {{r:신덕철}} separately. {{r:렴}}씨는 {{p:Son}} 형제 중 형만 기억.""",
    },
    {
        "id": "h6-mixed-05",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Mun Yong-ho", "문영호", "witness", ["Moon Young-ho"]),
            ("Ri Chol-hwan", "리철환", "official", []),
            ("Mun Sol-hui", "문설희", "relative", []),
        ],
        "note": "UN submission annex with Hangul in parentheses; public figures and places named after them (Kim Il Sung Square, Rungrado, Kim Chaek); Moon/Mun one family.",
        "text": """ANNEX 2 - VICTIM INFORMATION (confidential, not for publication)

Victim: {{r:Mun Yong-ho}} ({{r:문영호}}; ROK: {{r:Moon Young-ho}}), male, b. 1978, {{u:Kaesong}}.
Posting: construction, {{u:Saint Petersburg}}, 2015-2018, via {{u:Rungrado General Trading Corporation}} ({{u:릉라도무역총회사}}).
Alleged perpetrators: the {{u:DPRK}} embassy labour official {{r:Ri Chol-hwan}} ({{r:리철환}}); site chief {{p:Pang Song-ho}} ({{p:방성호}}); the Russian contractor's manager {{p:Igor Belov}}.
Relatives in the {{u:DPRK}}: sister {{r:Mun Sol-hui}} ({{r:문설희}}), {{u:Kaesong}}.
Consent: {{r:Moon}} consents to submission; name in public report: none. He knows that his sister's name must never be sent to the {{u:DPRK}}.
Context: before departure the workers were assembled at {{u:Kim Il Sung Square}}; {{r:Mun}} was told by {{r:Ri}} that disloyalty abroad would be "reported to {{u:Kim Jong Un}}'s office". The victim's nephew studies at {{u:Kim Chaek University of Technology}} ({{u:김책공업종합대학}}).
Submitted by: {{u:Transitional Justice Working Group}}, contact person {{p:Hwang Ji-min}}.""",
    },
    {
        "id": "h6-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Tak Myong-hui", "탁명희", "witness", []),
            ("Batbayar Gantulga", "바트바야르 간톨가", "other", ["Батбаяр", "바트바야르"]),
        ],
        "note": "Mongolia posting; Mongolian names in Cyrillic, Latin and Hangul; a registered Mongolian driver who helped; North Korean supervisor unregistered.",
        "text": """Notes from the interview with {{r:Tak Myong-hui}} ({{r:탁명희}}), sewing workshop, {{u:Ulaanbaatar}} 2014-2017.

The Mongolian driver who took the women to the workshop each day was {{r:Batbayar Gantulga}} (Cyrillic on his card: {{r:Гантулгын Батбаяр}}). {{r:탁명희}} 씨는 그를 "{{r:바트바야르}} 삼촌"이라고 불렀다. {{r:Batbayar}} bought them soap and once lent {{r:Myong-hui}} his phone.

The North Korean manager was {{p:Chon Hye-ok}} ({{p:천혜옥}}), who "counted the soap". The workshop belonged to {{u:Monnoos Trading LLC}}; its owner, Ms {{p:Enkhjargal}} ({{p:Энхжаргал}}), never entered the sewing room.

{{r:Tak}} asks that {{r:Батбаяр}} not be named, because he could lose his licence. {{p:천혜옥}}은 2017년 {{u:평양}}으로 소환되었다고 함. Her successor, {{p:Ko Un-sil}}, came from the {{u:DPRK Embassy in Ulaanbaatar}}.""",
    },
    {
        "id": "h6-mixed-07",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kim Chol-nam", "김철남", "witness", ["Ким Чер Нам"]),
            ("Ro Tae-song", "로태성", "supervisor", ["노태성"]),
        ],
        "note": "Russian employment papers transcribed with Korean comments: Korean names in Cyrillic (Ким Чер Нам), Russian names in Latin/Cyrillic; 로/노 variants.",
        "text": """Документы из папки (перевод и комментарии):
1) Трудовой договор № 117: работник {{r:Ким Чер Нам}} = {{r:김철남}} (증언자). Подпись работодателя: {{p:Гусев А. В.}} ({{p:Gusev}}), {{u:ООО «ДальСтройМонтаж»}}.
2) Доверенность: бригадир {{r:Ро Тхэ Сон}} = {{r:로태성}} (남한 기록상 {{r:노태성}}). 여권 보관 위임장에 {{r:로태성}}이 서명.
3) Ведомость: 급여 수령인은 근로자가 아니라 "{{r:Ро Т. С.}}". {{r:김철남}} 씨는 자기 서명이 없다고 확인.
4) Справка из поликлиники {{u:Хабаровск}}: врач {{p:Ольга Ким}} ({{p:Olga Kim}}, 고려인 의사). Patient: {{r:Kim Chol-nam}}.
Комментарий переводчика ({{p:유나}}): {{p:Ольга Ким}}은 증언자와 친척 아님. 성이 같을 뿐.
{{r:노}} 반장은 2020년 귀국, {{p:Гусев}}는 2021년 회사를 닫았다.""",
    },
    {
        "id": "h6-mixed-08",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Sim Ok-ryon", "심옥련", "witness", []),
            ("Kwon Il-nam", "권일남", "supervisor", []),
        ],
        "note": "Bilingual psychiatric intake: clinical English, patient quotes in Korean; therapist names private.",
        "text": """PSYCHOLOGY INTAKE / 심리 초기면담 - {{u:Korea Hana Foundation}} counselling centre
Client: {{r:SIM Ok-ryon}} ({{r:심옥련}}), F/36. Therapist: Dr. {{p:Yoon Ha-rin}}.
Presenting problem: intrusive memories, startle, insomnia since 2019 (return from {{u:Qatar}}, hotel laundry).
History: Supervisor {{r:Kwon Il-nam}} ("{{r:권}} 과장") locked the workers in after 9pm. Client quote: "{{r:권일남}}이 문 두드리는 소리가 아직도 들려요."
Colleague {{p:Un-jong}} attempted self-harm in 2018; client found her. "{{p:은정}}이가 피를 흘리고 있었어요."
Support: lives alone in {{u:Gimpo}}. Church friend {{p:Lydia}}. Sister {{p:Sim Ok-ju}} still in {{u:Sariwon}}.
Plan: PE therapy weekly. Screen PCL-5. Client asked that {{r:Kwon}}'s name be removed from any report "because he has family too".
Note: {{r:심}}씨 consented to share this summary with caseworker {{p:한나}} only.""",
    },
    {
        "id": "h6-mixed-09",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Chon Song-i", "천송이", "witness", ["Chun Song-yi", "송이"]),
            ("Yang Chol-jin", "양철진", "supervisor", []),
        ],
        "note": "Email from a witness in Korean with an English signature block; given name with vocative and 이가; 'Song' as surname-like given name syllable vs English 'song'; staff private.",
        "text": """Subject: 증언 관련 / re: my testimony
From: {{r:Chun Song-yi}}
To: {{p:Kim Ha-neul}} (NGO)

{{p:하늘}} 선생님,

안녕하세요. {{r:송이}}예요. 지난번에 말씀 못 드린 게 있어서 메일 드려요.
{{u:러시아}} {{u:노보시비르스크}} 식당에서 지배인 {{r:양철진}}이 저희 월급을 가져갔다는 거 말씀드렸잖아요. 그런데 {{r:양}} 지배인 위에 {{p:채}} 대표라는 사람이 또 있었어요. {{p:채}} 대표가 {{u:모스크바}}에서 한 달에 한 번 왔어요.
그리고 식당에서 노래 부르던 {{p:금향}}이가 지금 {{u:서울}}에 있대요. {{p:금향}}이도 증언하고 싶대요.
제 이름은 꼭 빼 주세요. {{u:청진}}에 엄마가 계셔요.

{{r:송이}} 드림

--
{{r:Song-yi Chun}}
Graduate student, {{u:Ewha Womans University}}
"every song has an end"
(sent from my phone)""",
    },
    {
        "id": "h6-mixed-10",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Jang Kum-song", "장금송", "witness", ["Jang Geum-song"]),
            ("Choe Hyon-chol", "최현철", "supervisor", []),
        ],
        "note": "Bilingual timeline; all-caps names in the header; names split across line break inside a cell; Chinese names in Hanja and pinyin.",
        "text": """TIMELINE / 연표 - WITNESS {{r:JANG KUM SONG}} ({{r:장금송}})
2011.05  Recruited, {{u:Nampo}}. 선발 담당 {{p:오}} 지도원.
2011.08  Arrives {{u:Dandong}}; electronics plant of {{u:Liaoning Hongxiang Group}}. 책임자 {{r:최현철}}.
2012.02  {{r:Choe Hyon-chol}} takes passports. 동료 {{p:리은향}}, {{p:홍순미}} 같은 방.
2013.10  {{p:Hong Sun-mi}} collapses on the line; Chinese foreman {{p:Zhou Qiang}} ({{p:周强}}) calls a doctor against {{r:Choe}}'s order.
2014.03  {{r:최현철}}, {{p:周强}}을 "불순분자와 접촉"했다고 공장에 항의.
2015.07  {{r:Jang}} escapes with {{p:Ri Un-hyang}}; helped by a Korean-Chinese woman, {{p:Jin
Meihua}} ({{p:김미화}}).
2016.02  {{u:Seoul}}. ROK name {{r:Jang Geum-song}}.""",
    },
    {
        "id": "h6-mixed-11",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ko Chol-ho", "고철호", "witness", []),
            ("Sok Yong-dae", "석용대", "supervisor", []),
            ("Ko Myong-chol", "고명철", "coworker", []),
        ],
        "note": "Fishing-boat interview notes in English with Korean phrases; ships Tae Yang 3 and Kwangmyong 8 public; two Kos (brothers).",
        "text": """Interview notes - fishing, 2016-2018

{{r:Ko Chol-ho}} ({{r:고철호}}) was a deckhand on the {{u:Tae Yang 3}}, home port {{u:Wonsan}}; later transferred to the {{u:Kwangmyong 8}}. His brother {{r:Ko Myong-chol}} was on the same boat until 2017.
Captain: {{r:Sok Yong-dae}} ({{r:석용대}}) - "{{r:석}} 선장은 배에서 왕이었어요."
{{r:Sok}} sold the catch at sea to Chinese buyers; the buyer's agent was {{p:Lao Chen}}, a man from {{u:Weihai}}.
In 2017 {{r:Myong-chol}} lost two fingers in the winch. "{{r:명철}}이 손가락을 주머니에 넣고 왔어요." {{r:Sok}} would not return to port.
The boatswain {{p:Ju}} and the cook {{p:Ma Song-ok}} (the only woman) helped {{r:Chol-ho}} bandage him.
Political officer: {{p:Kye Hyon-u}}. {{p:Kye}} confiscated the crew's seamen's books.
{{r:Ko}} (the witness) jumped to a Chinese boat near {{u:Dalian}} in 2018.""",
    },
    {
        "id": "h6-mixed-12",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Jon Yong-il", "전용일", "witness", []),
            ("Nasser Al-Kaabi", "나세르 알카비", "other", ["ناصر الكعبي"]),
        ],
        "note": "Qatar posting: Arabic-script names, Korean narration, English labels; registered Qatari contractor; Indian and Nepali co-workers.",
        "text": """증언 요약 - {{r:전용일}} (여권: {{r:JON YONG IL}})
현장: {{u:Al Wakrah}} stadium housing, {{u:Qatar}}, 2014-2016
원청: {{u:Al Kaabi Contracting}}. 대표 {{r:Nasser Al-Kaabi}} ({{r:ناصر الكعبي}}).
{{r:나세르}}는 현장에 두 번 왔고, 북측 대표 {{p:리경남}}과만 얘기했다.
Indian supervisor {{p:Suresh Nair}} told {{r:Jon}}: "your money goes to Mr {{p:Ri}}, not to you".
네팔 노동자 {{p:Bikash}}와 {{p:Santosh}}가 {{r:전용일}}에게 휴대폰 충전기를 빌려줬다.
{{r:Al-Kaabi}}'s secretary, {{p:فاطمة}} ({{p:Fatima}}), handled the visas.
{{r:전}}씨는 {{r:Nasser}}가 알았다고 믿는다.""",
    },
    {
        "id": "h6-mixed-13",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Rim Hak-song", "림학송", "witness", ["Lim Hak-song"]),
            ("Kim Yong-dok", "김영덕", "supervisor", []),
        ],
        "note": "Bilingual payroll sheet: Korean headings, English notes; team members by full name, surname only and nickname; public employer and dispatching company.",
        "text": """월별 지급 내역 / Monthly payout - team 5, {{u:Jeddah}} housing project, 2015
(reconstructed by {{r:Rim Hak-song}} / {{r:림학송}})

성명 Name            | 약속 Promised | 수령 Received | 비고 Notes
{{r:림학송}} {{r:Rim Hak-song}}  | SAR 1,500     | 100           | witness
{{p:차용남}} {{p:Cha Yong-nam}}  | SAR 1,500     | 0             | "빚" debt for visa
{{p:편}} 아바이 "Old {{p:Pyon}}" | SAR 1,200     | 50            | cook
{{p:송은철}} {{p:Song Un-chol}}  | SAR 1,500     | 100           | sang at the party, so {{r:Kim}} gave him 50 more
{{r:김영덕}} {{r:Kim Yong-dok}}  | SAR 2,500     | ?             | team leader, kept the cash
Employer: {{u:Saudi Binladin Group}} subcontractor; dispatch: {{u:Korea General Construction Corporation}}.
Note: {{r:Rim}} (SK spelling {{r:Lim Hak-song}}) says {{r:김영덕}} paid {{p:송}}씨 extra only once. The song was about {{u:Kim Jong Il}}.""",
    },
    {
        "id": "h6-mixed-14",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Ryu Ha-na", "류하나", "witness", ["하나", "Hana"]),
            ("Jo Tae-gyong", "조태경", "supervisor", []),
        ],
        "note": "Chat from a young witness: romanized Korean, ㅋㅋ/ㅠㅠ, Konglish; given name Hana (also 'one' in Korean: 하나); Jo and An as surnames and words.",
        "text": """[DM export]
{{r:hana}}🐰: ssaem annyeong~ {{r:hana}}eyo ㅋㅋ
{{p:Sophie}} (NGO): hi {{r:Hana}}! how are you?
{{r:hana}}🐰: gwaenchanayo. 하나 물어봐도 돼요?
{{p:Sophie}} (NGO): of course
{{r:hana}}🐰: {{r:jo tae gyong}} ajeossi ireum, report-e naomyeon an dwae yo ㅠㅠ
{{p:Sophie}} (NGO): {{r:Jo}} was the manager in {{u:Shenyang}}, right? we will not print it
{{r:hana}}🐰: ne. {{r:Jo}} ajeossi still in {{u:Shenyang}}... {{p:Yeji}} eonni saw him
{{p:Sophie}} (NGO): who is {{p:Yeji}}?
{{r:hana}}🐰: {{p:Yeji}} = {{p:An Ye-ji}}, restaurant eonni. an... she is in {{u:Busan}} now
{{p:Sophie}} (NGO): ok. we can ask {{p:An}} too if she wants
{{r:hana}}🐰: 네!! 그리고 제 본명 {{r:류하나}} 말고 "{{r:하나}}"도 쓰지 마세요 ㅋㅋ 하나도 안 돼요""",
    },
    {
        "id": "h6-mixed-15",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Do Kyong-su", "도경수", "witness", ["Doh Kyung-soo"]),
            ("Yun Chol-gyu", "윤철규", "supervisor", []),
            ("Do Hye-suk", "도혜숙", "relative", []),
        ],
        "note": "English declaration with a Korean annex; surname Do/Doh vs the verb 'do'; relative with same surname; declarant's initials in the exhibit marks.",
        "text": """DECLARATION OF {{r:DO KYONG-SU}}

I, {{r:Do Kyong-su}} ({{r:Doh Kyung-soo}}), declare:
1. From 2017 to 2019 I worked on a greenhouse farm near {{u:Kraków}}, {{u:Poland}}, placed there by a North Korean group led by {{r:Yun Chol-gyu}}.
2. I do not know the name of the Polish farm owner; the workers called him "{{p:Pan Jan}}".
3. {{r:Yun}} took 90 per cent of our pay. I attach my notebook as "{{r:DKS}}-1".
4. My sister {{r:Do Hye-suk}} remains in {{u:Hamhung}}. I ask that her name not be disclosed. What they do to families, they do quietly.
5. Co-workers who can confirm: {{p:Ri Jong-hak}}, {{p:Paek}} (given name unknown), and {{p:Yun Sol}} (not related to {{r:Yun Chol-gyu}}).

Annex (원문, 본인 자필):
저 {{r:도경수}}는 위 내용이 사실임을 확인합니다. {{r:윤철규}} 반장은 우리 돈을 {{u:바르샤바}}의 대사관으로 가져갔습니다. 동생 {{r:혜숙}}이 이름은 절대 쓰지 마십시오. {{p:리종학}}도 같은 말을 할 겁니다.

Signed: {{r:Do Kyong-su}}    Witnessed: {{p:Anna Lewandowska}}, translator""",
    },
    {
        "id": "h6-mixed-16",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Chae Kum-ok", "채금옥", "witness", ["금옥"]),
            ("Hyon Song-wol", "현송월", "supervisor", []),
        ],
        "note": "Audio transcription with timestamps and bracketed transcriber notes; a private supervisor sharing the name of the public figure Hyon Song Wol, told apart in the text.",
        "text": """[00:12:31] 증언자: 식당 지배인이 {{r:현송월}}이었어요.
[00:12:35] 면담자: 그... 유명한 {{u:현송월}}이요?
[00:12:37] 증언자: 아니요 ㅎㅎ 이름만 같아요. 우리 지배인 {{r:현송월}}은 {{u:신의주}} 사람이고 마흔 살쯤.
[00:12:45] [transcriber: the witness's manager {{r:Hyon Song-wol}} is a private person; {{u:Hyon Song Wol}} the {{u:Moranbong Band}} leader is mentioned only here]
[00:13:02] 증언자: {{r:현}} 지배인이 손님 팁을 다 가져갔어요. 그리고 {{p:문}} 부지배인도.
[00:13:10] 면담자: 어느 나라였죠?
[00:13:11] 증언자: {{u:캄보디아}} {{u:시엠립}}이요. 식당 이름은 {{u:평양랭면관}}.
[00:13:20] 증언자: 저랑 같이 노래한 애들은 {{p:설아}}, {{p:진주}}, {{p:봄이}}...
[00:13:28] [inaudible 2s] ...{{p:진주}}는 나중에 도망갔어요.
[00:13:40] 면담자: {{r:금옥}} 씨는 언제 나오셨어요?
[00:13:42] 증언자: 2019년. {{p:Sokha}}라는 캄보디아 툭툭 기사가 도와줬어요.
[00:13:50] [transcriber: witness = {{r:Chae Kum-ok}}, case KH-19-004]""",
    },
    {
        "id": "h6-mixed-17",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Paek Song-hwan", "백성환", "witness", ["Baek Seong-hwan"]),
            ("Ri Kyong-chol", "리경철", "supervisor", ["Lee Kyong-chol"]),
            ("Han Un-bom", "한은범", "coworker", []),
        ],
        "note": "Reviewer's note pasted from several tools: fullwidth letters, zero-width and soft hyphen inside names, a name split across a line break, Hangul and Latin for the same people.",
        "text": """검토 메모 - 폴란드 조선소 사건 (PL-23-02)

1) 증언자 이름이 문서마다 다름: {{r:ＰＡＥＫ Ｓｏｎｇ－ｈｗａｎ}} (스캔본), {{r:Baek Seong\u00adhwan}} (워드 파일), {{r:백\u200b성환}} (카톡 캡처). 모두 같은 사람.
2) 감독 {{r:리경철}} = {{r:Ri Kyong-chol}} = {{r:Lee
Kyong-chol}} (영문 기사에서 줄바꿈된 채로 복사됨). {{r:Ri}}는 {{u:Gdynia}} 현장, {{u:Nauta}} 조선소 하청.
3) 동료 {{r:한은범}}: English draft says "{{r:Han}} was injured in 2016"; 한국어 초안에는 "{{r:은범}}이가 다쳤다". 같은 사건.
4) 폴란드 감독관 {{p:Piotr Nowak}}, 통역 {{p:Kasia}} - 익명화 필요. {{p:Nowak}}은 흔한 성이지만 여기선 특정인.
5) {{u:Kim Jong Un}} 초상 언급(2쪽)과 {{u:Korea Rungrado}} 회사명은 그대로.
6) {{r:백성환}} 씨가 "{{r:Paek}}" 대신 "{{r:Baek}}"을 원함 - 어느 쪽이든 익명화되므로 상관없음.""",
    },
]
