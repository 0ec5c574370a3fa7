# ruff: noqa: E501
"""Held-out evaluation passages, set 26. Markers: {{r:..}} registered private person,
{{p:..}} unregistered private person, {{u:..}} public name (figure, place, organisation,
company, ship). Built by build_heldout.py heldout26."""

PASSAGES: list[dict] = [
    {
        "id": "h26-en-01",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kang Un-hui", "강은희", "witness", ["Un-hui"]),
            ("Bang Song-il", "방성일", "supervisor", ["Padlock"]),
            ("Moon Chol-ho", "문철호", "witness", ["Chol-ho"]),
            ("Song Tae-gwan", "송태관", "supervisor", []),
            ("Ma Yong-ae", "마영애", "witness", ["Yong-ae"]),
            ("Jo Kum-sil", "조금실", "relative", ["Kum-sil"]),
        ],
        "note": "Grant report case vignettes; supervisor Bang beside the noise, nickname Padlock (an English word), witness Moon beside 'under the moon', foreman Song beside 'sing a song', witness Ma beside the kin word 'Ma' in a quoted message; NGO staff and a referral lawyer are private; UN rapporteur and funder are public.",
        "text": """ANNUAL NARRATIVE REPORT - {{u:Open Horizons Foundation}}, grant OH-2023-117
Section 4. Case vignettes (internal edition)

Prepared by {{p:Ines Haugland}}, programme officer, with caseworkers {{p:Yoon Da-bin}} and {{p:Han Sun-woo}}. The public edition replaces every name below with a capital letter. This internal copy keeps the names on file; do not forward it.

4.1 {{r:Kang Un-hui}}, seafood processing, {{u:Donggang}}
{{r:Kang Un-hui}}, 41, spent three years gutting squid for {{u:Haiyang Ocean Foods}} in a compound of about ninety North Korean women. The group was run by {{r:Bang Song-il}}. To his face the women said "Uncle {{r:Bang}}"; among themselves they called him {{r:Padlock}}, because every night at ten he padlocked the dormitory from outside and the bang of the door woke the whole floor. {{r:Padlock}} kept the passports in a biscuit tin under his bed. When the Chinese quality inspector, {{p:Liu Fang}}, complained that the women's hands were swollen, {{r:Bang}} told her the hands belonged to the Party. {{r:Un-hui}} developed tendonitis in both wrists and was refused leave. In 2020 a Korean-Chinese van driver, {{p:Jin Zhehu}} (he gave his name to her as {{p:Kim Chol-ho}}), hid her among crates of frozen fish. {{r:Kang}} now lives in {{u:Incheon}}. {{p:Da-bin}} accompanied her to a hand surgeon at {{u:Severance Hospital}} in March.

4.2 {{r:Moon Chol-ho}}, construction, {{u:Lusail}}
{{r:Moon Chol-ho}}, 36, poured concrete for a housing block near {{u:Lusail}} from 2016 to 2019. Work under the moon was routine: {{r:Moon}} describes pours that began at two in the morning to beat the heat. The foreman, {{r:Song Tae-gwan}}, made the men sing a song about {{u:Kim Jong Il}} before each shift, and {{r:Song}}'s deputy, a man the workers knew only as {{p:Ko}}, collected their phones at the gate. The Qatari sponsor was {{u:Al-Dhafra Building Company}}; its site engineer, {{p:Hamad al-Kuwari}}, never spoke to the Koreans directly. A Nepali steel fixer, {{p:Bishnu Tamang}}, lent {{r:Chol-ho}} his phone for four minutes in 2018. Those four minutes produced the first call {{r:Moon}}'s wife, {{p:Ri Sun-ok}}, had received from him in two years. When {{r:Chol-ho}} collapsed with heat exhaustion, {{p:Bishnu}} and another Nepali, {{p:Raju}}, carried him to the site clinic; {{r:Song}} docked him three days' pay.

4.3 {{r:Ma Yong-ae}}, garment work, {{u:Hunchun}}
{{r:Ma Yong-ae}}, 52, sewed sportswear labels in a factory in {{u:Hunchun}}. She is the oldest client supported under this grant. Her daughter, {{r:Jo Kum-sil}}, stayed in {{u:Hyesan}}; {{r:Kum-sil}} still ends her smuggled voice messages with "Ma, eat well", which {{r:Ma}} played for us twice during intake. The line supervisor, {{p:Ri Myong-suk}}, fined women for talking; the Chinese owner, Mr {{p:Zhang}}, was rarely seen. {{r:Yong-ae}} asked us to record that one Chinese cook, Auntie {{p:Wang}}, gave the women boiled eggs on the harvest holiday, and that {{p:Ri Myong-suk}} made {{p:Wang}} stop.

4.4 Other clients, short notes
- {{p:Yu Chang-min}}, welder, formerly at the {{u:Crist}} yard in {{u:Gdynia}}; referred to legal aid.
- {{p:So Hye-ran}}, waitress, {{u:Vientiane}}; {{p:Hye-ran}} declined a full interview.
- {{p:Do Min-gyu}}, logger, {{u:Tynda}}; {{p:Do}} wants his brother {{p:Do Min-chol}} found first.
- A client who asked to be called only "{{p:Swallow}}"; {{p:Swallow}} worked at a restaurant in {{u:Phnom Penh}}.

4.5 Outcomes
Our referral partner at {{u:Korea Legal Aid Corporation}}, attorney {{p:Noh Ji-hoon}}, took up the wage claims of {{r:Kang}} and {{r:Moon}}. {{p:Noh}} advises that a claim against {{r:Bang}} personally is not realistic. This section also draws on the 2023 thematic report of {{u:Tomoya Obokata}}, UN Special Rapporteur on contemporary forms of slavery. Financial annex prepared by {{p:IH}}; reviewed by {{p:Sun-woo}}.""",
    },
    {
        "id": "h26-en-02",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("No Kwang-chol", "노광철", "witness", ["Kwang-chol", "NKC", "N"]),
            ("Jang Sok-ho", "장석호", "supervisor", ["JSH"]),
            ("Yi Tong-hyok", "리동혁", "coworker", ["Lee", "TH", "RI TON KHEK", "Ли Тон Хёк"]),
        ],
        "note": "Journalist's interview notes with abbreviations; source surname No beside sentence-initial 'No' and 'no photos', source initials NKC and single letter N as a pseudonym, lowercase brigade leader 'jang', coworker as Yi/Lee/RI TON KHEK and in Cyrillic; fixer, interpreter, editor and initials are private; stadium, football club and gas company public.",
        "text": """STORY FILE: "Stadium of bones" (wkg title) - {{u:St Petersburg}}
Int. #3, 14.02, cafe nr {{u:Moskovsky Prospekt}} metro, 2h10m
Present: me, fixer {{p:Artyom}} ({{p:AB}}), interp {{p:Lena Kwon}} ({{p:LK}}), src {{r:N}}.

src = {{r:No Kwang-chol}} ({{r:NKC}}), b. 1984, {{u:Kaechon}}. bricklayer/plasterer.
no photos. no name in print. agreed: "Mr {{r:N}}" in copy.
No, he says, he never signed anything in Russian. {{r:No}} signed one Korean paper in {{u:Pyongyang}}, never saw it again.

- arr. RU 2016 via {{u:Vladivostok}}, 9 days train to {{u:SPb}} w/ 34 men.
- sites: stadium cladding on {{u:Krestovsky Island}}, then apt blocks in {{u:Kudrovo}}, then dacha repairs "for cash, {{r:jang}}'s side business".
- brig. ldr {{r:Jang Sok-ho}} ({{r:JSH}}). {{r:jang}} kept passports + 70-80% of pay. acc. to {{r:NKC}}, {{r:jang sok-ho}} never ate w/ the men, lived in a separate trailer w/ a TV.
- co-worker: {{r:Yi Tong-hyok}}. {{r:NKC}} says "{{r:Lee}}". RU work permit reads {{r:RI TON KHEK}} / {{r:Ли Тон Хёк}} (photo on {{r:NKC}}'s phone, saved). = same guy.
- 11/2017 {{r:TH}} fell ~6m from scaffold, broke pelvis. {{r:jang}} told site mgr he fell "in the dorm". RU site mgr {{p:Oleg Viktorovich Nesterenko}}, men called him {{p:Viktorych}}. {{p:Nesterenko}} did not check.
- {{r:Lee}} sent home 01/2018. {{r:Kwang-chol}} doesn't know if alive.
- the "political guy": {{p:Kye}} (surname only). {{p:Kye}} held self-criticism Sun evenings. quote: "{{p:Kye}} was scarier than {{r:Jang}}."
- money: ~$900/mo per man paid by RU contractor ({{u:SevZapStroyMontazh}}, check spelling) to {{r:Jang}}; men got ~$100-150. "plan" to {{u:Pyongyang}} ~$600/man.
- exit 08/2019, bus to {{u:Moscow}}, help from a Baptist pastor, {{p:Yevgeny}} (no surname given), -> {{u:UNHCR}} office.

TODO
* verify w/ {{p:Dmitri Sokolov}} (labour activist, quoted by {{u:Fontanka}} 2017) re: death on site.
* ask {{r:Kwang-chol}} again re {{p:Kye}}'s full name. he thinks {{p:Kye Myong-jin}}.
* legal: {{p:Rachel}} ({{p:RP}}) says OK to name {{u:Zenit}}'s stadium, NOT the RU contractor until 2nd source.

Quote to use: "We built a stadium for {{u:Zenit}} and {{u:Gazprom}}. I never saw a match. {{r:Jang}} saw two." (end of notes)""",
    },
    {
        "id": "h26-en-03",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("O Nam-hyok", "오남혁", "supervisor", []),
            ("Kwak Chol-jin", "곽철진", "witness", []),
            ("Han Il-bong", "한일봉", "coworker", ["HAN IL BON"]),
        ],
        "note": "Polish labour inspection report in sworn translation; one-letter surname O after Mr, passport and certificate spellings in capitals, inspector's first name used by a worker, Polish staff private; former Lenin Shipyard, Solidarity Centre and a ship named after a writer are public.",
        "text": """TRANSLATION FROM POLISH
Sworn translator: {{p:Katarzyna Zielińska}}, reg. no. TP/4411/07

{{u:National Labour Inspectorate}} ({{u:Państwowa Inspekcja Pracy}}), District Labour Inspectorate in {{u:Gdańsk}}
INSPECTION REPORT (EXTRACT), ref. GD-0712/2016
Inspector: {{p:Agnieszka Wróbel}}, senior labour inspector, assisted by {{p:Piotr Nowicki}}
Inspected entity: {{u:Baltmar Steel sp. z o.o.}}, subcontractor for hull sections at a shipyard in {{u:Gdynia}}

1. Persons present
On the day of the inspection, 19 workers holding passports of the {{u:Democratic People's Republic of Korea}} were present in hall B. The entity's interpreter, Mr {{r:O Nam-hyok}}, introduced himself as "coordinator". Mr {{r:O}} answered every question on behalf of the workers. When the inspector addressed the worker {{r:Kwak Chol-jin}} directly, Mr {{r:O}} stepped between them. Mr {{r:Kwak}} then stated, through Mr {{r:O}}, that he works eight hours a day. Timesheets signed by the foreman, Mr {{p:Tomasz Lis}}, show twelve-hour shifts, six days a week, for Mr {{r:Kwak}} and for Mr {{r:Han Il-bong}}.

2. Welding certificates
The certificate of Mr {{r:Han Il-bong}} was issued in the name "{{r:HAN IL BON}}". The certificate of Mr {{p:Ri Chang-hun}} was issued in the name "{{p:LI CHAN HUN}}"; his passport reads "{{p:RI CHANG HUN}}". The entity's HR officer, Ms {{p:Ewa Mazur}}, could not explain the discrepancies. Ms {{p:Mazur}} stated that the documents had been supplied by Mr {{r:O}}.

3. Wages
Wages for all 19 workers were transferred to one bank account held by Mr {{r:O}}. Mr {{p:Lis}} stated that he "assumed Mr {{r:O}} paid them". Mr {{r:Han}} stated that he had received no cash in {{u:Poland}}. Mr {{r:Han}} appeared afraid; when leaving he said, in Polish, "thank you, Ms {{p:Agnieszka}}". Mr {{r:Kwak}} did not speak again after Mr {{r:O}} returned to the room.

4. Accident of 3 August
On 3 August the worker {{p:Pak Yong-il}} suffered burns to his forearm. First aid was given by a welder of another subcontractor, Mr {{p:Marek Dąbrowski}}. Mr {{p:Pak}} was not entered in the accident register. Mr {{r:O}} stated that Mr {{p:Pak}} "burned himself while cooking". Mr {{p:Dąbrowski}} stated that he saw the injury happen at the welding station.

5. Context
The workers are lodged in a hostel on {{u:aleja Jana Pawła II}} in {{u:Gdynia}}. The hull sections are destined for the ferry to be named {{u:Stanisław Lem}}. The closing meeting with the entity's management took place at its office near the {{u:European Solidarity Centre}}, on the grounds of the former {{u:Lenin Shipyard}}.

6. Measures
Orders were issued under the Labour Code. A copy of this report was sent to the {{u:Border Guard}} and to the {{u:Ministry of Family, Labour and Social Policy}}.

Signed: {{p:A. Wróbel}}

Translator's note: the original writes "pan O" for Mr {{r:O}} throughout; the workers' names are given as the inspector wrote them.""",
    },
    {
        "id": "h26-en-04",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Pak Chun-il", "박춘일", "supervisor", []),
            ("Ri Song-ho", "리성호", "witness", ["Song-ho"]),
            ("Kwon Yong-man", "권용만", "coworker", []),
        ],
        "note": "Trawler deck log in translation; the vessel is named after a person (Ivan Susanin) and the cook is also called Ivan; bosun Pak by rank and surname, initials with periods, Russian diminutive Zhenya; tanker named after a person; Russian officers private, FSB border service public.",
        "text": """DECK LOG (EXTRACT), F/V {{u:Ivan Susanin}}, home port {{u:Nakhodka}}
Kept by 2nd mate {{p:Andrei Pavlenko}}. English translation for the crew's lawyer by {{p:M. Ostrova}}.

12.09 06:00 Departed {{u:Nakhodka}}. Crew 31: 18 RU, 13 DPRK. DPRK group leader {{r:Pak Chun-il}} signed on as bosun. Master {{p:V. S. Gromov}}.
12.09 14:30 Bosun {{r:Pak}} reports all DPRK crew fit.
14.09 03:10 Position 46 N 143 E, {{u:Sea of Okhotsk}}. Trawl shot.
15.09 22:40 DPRK crewman {{r:Ri Song-ho}} injured left hand in the winch. First aid by the cook, {{p:Ivan Belykh}}. {{r:Ri}} asks to see the master; {{r:Pak}} refuses on his behalf.
16.09 08:00 {{r:Ri S.H.}} not at station. {{r:Pak}} says "sleeping". Found in fish hold by deckhand {{p:Zhenya}} ({{p:Yevgeny Lukin}}). Master informed. {{p:Gromov}} orders {{r:Ri}} to mess room.
16.09 08:20 Hand swollen. {{p:Ivan}} says fracture likely. {{r:Song-ho}} states through {{p:Ivan}}'s phone translator: "bosun take my passport, I want go home".
17.09 11:00 {{r:Kwon Yong-man}} asks master for wage statement. {{r:Pak}} answers that DPRK wages are "paid in {{u:Pyongyang}}". {{r:Kwon}} does not accept.
19.09 Bunkering from tanker {{u:Viktor Bakaev}}. Crew change refused by company ({{u:Vostok Ryba Holding}}).
21.09 Radio contact with {{u:Korsakov}} port control.
23.09 23:50 {{r:Kwon}} and {{r:Ri}} argue with {{r:Pak}} on the aft deck. {{r:Pak}} strikes {{r:Kwon}}. Master separates them. Bosun {{r:Pak}} confined to cabin 4 hours. Witness: {{p:Zhenya}}, {{p:A. Pavlenko}}.
24.09 07:00 {{r:Pak}} claims {{r:Kwon Yong-man}} "attacked first". {{p:Lukin}} states otherwise.
25.09 DPRK crewman {{p:Mun Myong-chol}} translates for {{r:Ri}}. {{p:Myong-chol}} asks that his name not be written. (Written by order of master.)
26.09 04:00 Through {{u:La Pérouse Strait}}, {{u:Cape Crillon}} abeam 6 nm.
27.09 10:15 Arrived {{u:Korsakov}}. Inspection by the {{u:Border Service of the FSB}}, Capt. Lt. {{p:Sidorenko}}. {{r:Ri Song-ho}} taken ashore to {{u:Korsakov Central District Hospital}}.
27.09 16:00 {{r:Pak}} and {{r:Kwon}} questioned separately. {{p:Sidorenko}} returns {{r:Kwon}}'s passport to him, not to {{r:Pak}}.

Signed: 2nd mate {{p:A. Pavlenko}}; master {{p:V. Gromov}}.""",
    },
    {
        "id": "h26-en-05",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Jon Myong-guk", "전명국", "witness", ["Myong-guk", "J.M.G."]),
            ("Chae Kwang", "채광", "supervisor", []),
            ("Ha Yong-chol", "하용철", "coworker", ["Yong-chol"]),
        ],
        "note": "Crew complaint letter to an ITF inspector typed by a port chaplain; numbered crew list, one-syllable given names, crewman Ha beside the captain's laugh 'ha ha', group chief Chae; Taiwanese captain and manning agent private; longliner named after a historical person, seafarers' mission and federation public.",
        "text": """To: Mr {{p:Luis Fernández}}, ITF Inspector, {{u:Port of Montevideo}}
From: the Korean crew of the longliner {{u:Cheng Kung 12}}, c/o {{u:Stella Maris}} seafarers' centre
Date: 3 June

Dear Mr {{p:Fernández}},

We are nine crew from {{u:DPR Korea}}. I, {{r:Jon Myong-guk}}, write for all of us. Father {{p:Tomás}} of {{u:Stella Maris}} types this letter because our English is not good. Our names:
1. {{r:Jon Myong-guk}}
2. {{r:Ha Yong-chol}}
3. {{p:Choe Kum-bok}}
4. {{p:Sin Gwang-u}}
5. {{p:Kim Dok-su}}
6. {{p:Kim Il}}
7. {{p:Ryang Hyon}}
8. {{p:Yun Chol}}
9. {{p:Mun Se-ung}}

Our complaints.

1. Passports. Our passports are kept by the captain, Mr {{p:Chen Ming-hui}}, and by our group chief {{r:Chae Kwang}}. {{r:Chae}} is not a fisherman. {{r:Chae}} does no work on deck. He watches us and writes in a book.

2. Injury. In February, {{r:Ha}} lost two fingers on the line hauler. When we asked the captain for port, he laughed, ha ha, and said {{r:Ha}} is careless. {{r:Yong-chol}} worked again after four days. {{p:Ryang}} and I held his hand in ice.

3. Wages. The contract says 450 dollars each month. The agent, Mr {{p:Lin}} of {{u:Fortune Ocean Manning}}, pays everything to {{r:Chae}}. In fourteen months I, {{r:Myong-guk}}, received 200 dollars. {{p:Kim Il}} received nothing because {{r:Chae}} says {{p:Kim}} owes for cigarettes.

4. Food and water. The ship went from {{u:Kaohsiung}} to fish near the {{u:Falkland Islands}}, then came to {{u:Punta del Este}} and here. In eleven months we touched land two times. Rice with fish bait. Water from the tank is brown. {{p:Choe}} and {{p:Sin}} have sickness of the stomach since April.

5. Threats. {{r:Chae}} says if we talk to anyone in {{u:Montevideo}} our families in {{u:Nampo}} will suffer. {{p:Yun Chol}}'s wife is pregnant. {{p:Yun}} is very afraid. {{r:Chae}} also says the captain, {{p:Chen}}, will throw troublemakers in the sea. {{p:Mun}} saw the captain hit {{p:Sin Gwang-u}} with a gaff.

We ask the {{u:International Transport Workers' Federation}} to help us leave the ship, to get our passports and our money. We do not want to go back on the {{u:Cheng Kung 12}}. Please do not show this letter to {{r:Chae}} or to Mr {{p:Lin}}.

{{r:Jon Myong-guk}} ({{r:J.M.G.}}), for the crew
Marks of the others: {{r:Ha Yong-chol}}, {{p:Choe Kum-bok}}, {{p:Kim Dok-su}}, {{p:Mun Se-ung}}

Typed and witnessed: Fr. {{p:Tomás Acosta}}, chaplain""",
    },
    {
        "id": "h26-en-06",
        "language": "en",
        "eol": "mixed",
        "persons": [
            ("Kim Song-nam", "김성남", "coworker", ["big kim"]),
            ("Kim Yong-ho", "김용호", "coworker", ["little kim"]),
            ("Pyon Chun-hwa", "편춘화", "witness", []),
            ("Ri Kwang-il", "리광일", "coworker", ["glasses"]),
        ],
        "note": "Remittance agent's ledger notes translated from Chinese, all lowercase; two men surnamed Kim told apart as big/little (descriptor outside the marker), nickname 'glasses' beside the literal word, minder So beside 'so what', a zero-width space inside one name, couriers' Chinese nicknames lao zhao and xiao liu; banks, apps, bridge and holidays public or unmarked.",
        "text": """ledger - {{u:Dandong}} - my notes aug to oct
(translated from chinese by {{p:wei}}, volunteer; names kept as the agent wrote them)

aug 02  big {{r:kim}} = {{r:kim song-nam}}, from the {{u:Donggang}} fish plant. 4,000 rmb cash. to his wife in {{u:Sinuiju}}. courier {{p:lao zhao}}. fee 30%. big {{r:kim}} wants receipt, i say no receipts ever.
aug 02  little {{r:kim}} ({{r:kim yong-ho}}) 1,500. same courier. little {{r:kim}} says dont tell big {{r:kim}} how much.
aug 09  {{r:pyon}} (woman, garment, lives at the {{u:Hongxiang}} dorm) 2,200 to her mother. {{r:pyon chun-hwa}} paid in 50s, three fake. gave them back.
aug 15  holiday on their side, no couriers. {{u:Sino-Korean Friendship Bridge}} closed to trucks. boats on the {{u:Yalu River}} stopped too.
aug 21  {{r:glasses}} = {{r:ri kwang-il}}, same team as big {{r:kim}}. 3,000. {{r:glasses}} broke his glasses, cannot read the amounts, i read for him.
aug 30  {{r:kwang\u200bil}} again, 500, for medicine for his son.
sep 03  minder {{p:so}} came asking who sends money. so what, i said. {{p:so}} = {{p:so yong-dok}}, security man for the fish plant. he took 500 from me to keep quiet.
sep 10  mr {{p:han}} at the {{u:Bank of China}} branch on {{u:Jinshan Street}} says no more big cash deposits without id. {{u:ICBC}} same rule. {{u:Alipay}} only for chinese id.
sep 18  {{r:kim yong-ho}} sick. {{r:yong-ho}}'s friend {{p:chol}} brought 800 for him. {{p:chol}} says little {{r:kim}} coughs blood.
sep 25  {{r:chun-hwa}} 1,000 + a letter. {{p:lao zhao}} refused the letter, too dangerous.
oct 01  national day, {{u:Tiananmen}} parade on tv all morning, no customers.
oct 05  {{u:WeChat}} pay account of {{p:xiao liu}} frozen. use {{p:auntie cui}}'s account for now.
oct 12  big {{r:kim}} gone. people say he went to {{u:Shenyang}}, to the consulate. {{p:so}} came again, angry, asked about {{r:kim song-nam}}. i said i never heard that name.
oct 20  {{r:pyon}} 3,000 to mother. last time, she says, plant sending women home in nov.
oct 28  {{r:glasses}} 2,000. {{r:ri}} asks if i can find big {{r:kim}}. no.

owed to me: {{p:so yong-dok}} 500 (never coming back). {{p:lao zhao}} still holds 1,200 of {{r:pyon}}'s.""",
    },
    {
        "id": "h26-en-07",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Son Mi-ok", "손미옥", "witness", ["Miok", "孫美玉", "Sun Meiyu"]),
            ("Ri Yong-nam", "리영남", "supervisor", []),
            ("Ko Eun-byul", "고은별", "coworker", ["Eun-byul"]),
        ],
        "note": "Shelter intake form with free-text answers; client name in capitals, in Chinese characters and pinyin and in fullwidth letters; coworker Ko beside 'Ko and I'; manager Ri by surname after Manager; team leader Yang and a Korean-Chinese driver's nickname; staff initials private; city, hospital and shelter network public.",
        "text": """SAFE HOUSE INTAKE FORM v3 (transcribed from paper)
Intake no.: 2022-031
Date: 11/04/2022   Staff: {{p:SJ}} ({{p:Seo Ji-yeon}})   Interpreter: {{p:Noi}}
Full name (as given): {{r:SON MI-OK}}
Other names used: {{r:Son Mi Ok}}; "{{r:Miok}}"; Chinese papers: {{r:孫美玉}} ({{r:Sun Meiyu}})
Name as saved in phone contacts of co-client: {{r:ＭＩＯＫ}}
Year of birth: 1990   Place of origin: {{u:Hoeryong}}, {{u:North Hamgyong}}
Accompanied by: {{r:Ko Eun-byul}} (same factory), see intake 2022-032
Referred by: Pastor {{p:Choi}} ({{u:Shenyang}}), via a driver known as "{{p:A-Fei}}"
Last workplace: garment factory, {{u:Hunchun}}; Chinese owner {{p:Piao Chenglong}} ({{p:朴成龍}}); NK manager {{r:Ri Yong-nam}}

Q6. Describe your work (free text, client's words as interpreted):
We sewed jackets for export, fourteen hours. Manager {{r:Ri}} counted pieces. If we missed the count, {{r:Ri Yong-nam}} took the whole team's meat ration. Our team leader was a woman, {{p:Yang}}; we called her team leader {{p:Yang}}. {{p:Yang}} was not bad, she was afraid of {{r:Ri}} like us. {{r:Eun-byul}} and I slept in the same bunk. {{r:Ko}} and I planned for one year.

Q7. People you are worried about:
My mother, {{p:Kim Sun-hwa}}, in {{u:Hoeryong}}. My sister {{p:Mi-hyang}}. A girl from our dormitory, {{p:Chun-ok}}, who was taken away by {{r:Ri}} in 2021 after she talked to {{p:A-Fei}}.

Q8. Health (staff note):
Burn scar, left hand. Client: "{{r:Ri}} pushed my hand on the iron." Referred to Dr {{p:Pornthip}} at {{u:Police General Hospital}}, {{u:Bangkok}}. {{r:Mi-ok}} asks that a woman doctor examine her.

Q9. Emergency contact in {{u:Korea}}: cousin {{p:Kang Hye-won}}, {{u:Suwon}}.

Q10. Staff remarks:
Client calm, answers short. Client says {{r:Eun-byul}} knows more about the money. Do not room {{r:Son}} and {{r:Ko}} apart. Next: {{u:UNHCR}} registration Monday with {{p:Noi}}, then interview at the {{u:Embassy of the Republic of Korea}}. Client crossed from {{u:Laos}} by boat on the {{u:Mekong}} near {{u:Chiang Saen}}.
Staff signature: {{p:S. Ji-yeon}}""",
    },
    {
        "id": "h26-en-08",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Chu Song-hwa", "주성화", "witness", ["Song-hwa"]),
            ("Sim Yong-jun", "심용준", "witness", ["Yong-jun"]),
            ("Yang Chol", "양철", "witness", ["Chol"]),
            ("Hwang Pong-ae", "황봉애", "witness", ["Pong-ae"]),
        ],
        "note": "Doctoral researcher's anonymisation key, partly redacted; a surname left before a redaction bar and before a Hangul mask, a nickname and its Hangul, one-syllable given name Chol with a vocative, a soft hyphen inside one name; participant codes are not names; researcher, supervisor, coder and assistant private; university and committees public.",
        "text": """ANONYMISATION KEY - PhD project "Remitted lives" ({{u:University of Sheffield}})
Researcher: {{p:Hannah Lindqvist}} | Supervisor: Prof. {{p:David Okafor}} | Second coder: {{p:Min-seo Pyo}}
Version 4, 2 May. REDACTED COPY FOR ETHICS AUDIT. Participants who withdrew are struck out.

Code | Name on file | Hangul | Role | Site | Notes
P01 | {{r:Chu Song-hwa}} | {{r:주성화}} | participant | {{u:Tumen}}, seafood | interviewed three times
P02 | {{r:Sim Yong-jun}} | {{r:심용준}} | participant | {{u:Vladivostok}}, construction | says "{{r:Yong-jun}}" of himself in recordings
P03 | {{p:Kim}} ████ | {{p:김}}○○ | participant (withdrew) | {{u:Dubai}} | key destroyed 01/03
P04 | {{r:Yang Chol}} | {{r:양철}} | participant | {{u:Ulaanbaatar}} | one-syllable given name
P05 | ████ | ███ | participant (withdrew) | - | -
P06 | {{r:Hwang Pong\u00adae}} | {{r:황봉애}} | participant | {{u:Dandong}}, garment | asked to be cited by given name
S01 | {{p:Ri Man-sik}} | {{p:리만식}} | supervisor (named by P01, P06) | {{u:Tumen}} | -
S02 | "{{p:Moustache}}" | "{{p:콧수염}}" | supervisor (named by P02) | {{u:Vladivostok}} | real name unknown
O01 | {{p:Zhao Li}} | {{p:자오리}} | Chinese owner | {{u:Tumen}} | -
R01 | {{p:Yeo Su-bin}} | - | research assistant | {{u:Seoul}} | transcribed P01-P04
R02 | {{p:HL}} | - | researcher | - | -

Coding notes
- P01 calls S01 "{{p:만식}}이 아저씨"; code as S01. {{r:Song-hwa}} also mentions a cousin, {{p:Chu Myong-hui}}, who is not a participant: code as X01.
- P02 and P04 knew each other. P02 addresses P04 as "{{r:Chol}}-a"; {{r:Chol}} calls P02 "{{r:Sim}} hyong". Both -> codes.
- {{p:Moustache}} in P02 is the same man P04 calls "the {{p:Walrus}}"? Not confirmed; keep separate.
- {{p:Min-seo}} double-coded 40% of segments; agreement 0.81. Disagreements resolved with {{p:HL}}.
- All audio of {{p:Kim}} ████ (P03) to be deleted by 30/06 per the {{u:University Research Ethics Committee}}.
- P06 wants to be cited as "{{r:Pong-ae}}". Discuss with Prof. {{p:Okafor}}.
- Left in clear throughout (public): {{u:Kim Jong Un}}, {{u:Mansudae Overseas Project Group}}, {{u:Rason}}, {{u:Ryugyong Hotel}}.""",
    },
    {
        "id": "h26-en-09",
        "language": "en",
        "eol": "crlf",
        "persons": [
            ("Yu Bok-nam", "유복남", "witness", ["YB", "Bok-nam"]),
            ("Ri Chang-ho", "리창호", "supervisor", ["Horse"]),
            ("Jo Myong-su", "조명수", "coworker", ["Myong-su"]),
        ],
        "note": "Interview transcript with time codes and speaker initials (each initial a mention); witness surname Yu beside 'you', brigade leader nicknamed Horse with 'the' outside the marker, Russian customers with name and patronymic; interviewer, observer and transcriber private; Moscow streets and Red Square public.",
        "text": """TRANSCRIPT - recording 0412_B.wav - working copy, names not yet removed
Recorded at {{u:Korea University}}, {{u:Seoul}}, for the {{u:Database Center for North Korean Human Rights}} oral history series.
Speakers: {{p:JH}} = {{p:Jae-hee Moon}} (interviewer); {{r:YB}} = {{r:Yu Bok-nam}}; {{p:PS}} = {{p:Peter Sandoval}} (observer)

[00:00:04] {{p:JH}}: Okay, it's recording. Mr {{r:Yu}}, are you comfortable?
[00:00:09] {{r:YB}}: Yes. You can call me {{r:Bok-nam}}.
[00:00:14] {{p:JH}}: {{r:Bok-nam}}-ssi, then. When did you go to {{u:Moscow}}?
[00:00:20] {{r:YB}}: 2014, spring. In the brigade of {{r:Ri Chang-ho}}. Twenty men. We did apartment repairs, inside work.
[00:01:02] {{p:JH}}: Where did you live?
[00:01:05] {{r:YB}}: In the apartments we were repairing. Sleeping on the floor. Near {{u:Lenin Street}}, then in {{u:Mytishchi}}.
[00:02:40] {{p:JH}}: Tell me about {{r:Ri}}.
[00:02:44] {{r:YB}}: We called him the {{r:Horse}}. Long face, and he never got tired. The {{r:Horse}} found the customers, took the money, all of it.
[00:03:31] {{p:PS}}: Sorry - the customers were Russian families?
[00:03:35] {{r:YB}}: Yes. One woman, {{p:Tamara Ivanovna}}, she fed us soup. Her son {{p:Misha}} showed us {{u:Red Square}} on his phone. We never went. Not to {{u:Red Square}}, not to the {{u:Kremlin}}, not to {{u:Gorky Park}}.
[00:05:12] {{p:JH}}: And you, Mr {{r:Yu}}, how much did you receive?
[00:05:16] {{r:YB}}: Me, {{r:Yu}}? Zero for seven months. Then fifty dollars. {{r:Chang-ho}} said the rest went to the plan.
[00:06:40] {{p:JH}}: Who else was with you?
[00:06:44] {{r:YB}}: {{r:Jo Myong-su}}, my friend from {{u:Tanchon}}. {{r:Myong-su}} was a painter. And {{p:Kang}}, the old one. And {{p:Sok Il-nam}}.
[00:08:03] {{p:JH}}: What happened to {{r:Jo}}?
[00:08:07] {{r:YB}}: He fell through a balcony floor. The {{r:Horse}} said no hospital. {{p:Tamara Ivanovna}} called an ambulance herself. {{r:Myong-su}} was taken to {{u:Sklifosovsky Institute}}.
[00:09:50] {{p:PS}}: And the police?
[00:09:52] {{r:YB}}: {{r:Ri}} paid somebody. I do not know who. A man called {{p:Arkady}}.
[00:11:26] {{p:JH}}: Did {{r:Jo}} go home?
[00:11:30] {{r:YB}}: Sent home, 2015. I have no news. You know, {{p:Kang}} told me later {{r:Myong-su}} was in {{u:Pyongyang}} and alive.
[00:52:33] END. Transcribed by {{p:AK}}; checked by {{p:JH}}.""",
    },
    {
        "id": "h26-en-10",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Kim Chol-nam", "김철남", "witness", ["Kim Chul Nam", "كيم تشول نام"]),
            ("Jong Song-su", "정성수", "supervisor", []),
            ("Paek Myong-ho", "백명호", "coworker", ["بيك"]),
        ],
        "note": "UAE labour office letter in certified translation; passport names in capitals and labour-card spellings, the witness's name in Arabic script, Arab and South Asian private names with full nasab; ruler named with honorifics outside the marker; ministry, court, contracting company and a street named after a king are public.",
        "text": """[Certified translation from Arabic - {{p:Rania Haddad}}, sworn translator, {{u:Al Noor Translation Services}}, {{u:Sharjah}}]

{{u:United Arab Emirates}}
{{u:Ministry of Human Resources and Emiratisation}}
Labour Relations Department - {{u:Sharjah}} Office
Ref.: LR/SHJ/2017/3381
Date: 14 Ramadan 1438 AH, corresponding to 9 June 2017

To: Mr {{p:Khalid Saeed Al-Mansouri}}, Managing Partner, {{u:Al Bayan Contracting L.L.C.}}
Subject: Complaint No. 4471 submitted by the worker {{r:KIM CHOL NAM}}, nationality: {{u:Democratic People's Republic of Korea}}

Greetings,

With reference to the above complaint, the worker {{r:Kim Chol Nam}} (name in the labour card: "{{r:Kim Chul Nam}}"; in the Arabic original: {{r:كيم تشول نام}}) stated before this department that he did not receive his wages for eleven months, and that his wages were collected by the person named {{r:JONG SONG SU}}, described in the records of your establishment as "foreman and representative of the workers". The worker further stated that Mr {{r:Jong}} keeps his passport and that the workers live in a labour camp in {{u:Al Sajaa}}.

The department summoned the representative of the establishment, Mr {{p:Mohammed Iqbal}}, public relations officer, who stated that the establishment paid the wages of the Korean workers in full to Mr {{r:Jong Song Su}} and to the company {{u:Korea Namgang Trading}}, and presented receipts signed by Mr {{r:Jong}}.

The worker {{r:Kim}} was accompanied by his co-worker {{r:PAEK MYONG HO}}, who confirmed his statement. Mr {{r:Paek}} added that the worker {{p:RYU CHOL}} was returned to his country after an injury at the tower site near {{u:King Faisal Street}} and the {{u:Sharjah City Centre}} mall, and that Mr {{p:Ryu}} was not compensated. Mr {{r:Paek}} also stated that Mr {{r:Jong}} threatened the workers' families.

The hearing was interpreted by Mr {{p:Lee Seung-hoon}}, Korean interpreter.

Accordingly, and in accordance with the directives of His Highness Sheikh Dr. {{u:Sultan bin Muhammad Al-Qasimi}}, Member of the Supreme Council and Ruler of {{u:Sharjah}}, your establishment is requested to settle the wages of the worker {{r:Kim Chol Nam}} directly to him within fourteen days. Failing settlement, the complaint will be referred to the {{u:Sharjah Labour Court}}, and a copy sent to {{u:Sharjah Police}}.

Head of Labour Relations Section
{{p:Fatima Obaid Al-Suwaidi}}

Translator's note: the worker's name appears in three spellings in the original; the co-worker's name is written {{r:بيك}} in Arabic and rendered {{r:Paek}} above.""",
    },
    {
        "id": "h26-en-11",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ok Sung-min", "옥성민", "witness", ["Sung-min"]),
            ("Gil Hye-suk", "길혜숙", "witness", ["Hye-suk"]),
            ("Bae Yong-chol", "배영철", "witness", []),
        ],
        "note": "Petition draft to UN special rapporteurs with bracketed staff comments; many public officials (rapporteurs, High Commissioner, DPRK, Russian and Chinese ministers and leaders) beside private victims; witness surname Ok beside 'OK', staff first names and initials in comments are private; a cosmodrome and regions public.",
        "text": """DRAFT v2 - not for circulation - comments in [square brackets]

To: Ms {{u:Elizabeth Salmón}}, Special Rapporteur on the situation of human rights in the {{u:Democratic People's Republic of Korea}}
Cc: Mr {{u:Tomoya Obokata}}, Special Rapporteur on contemporary forms of slavery; Mr {{u:Volker Türk}}, UN High Commissioner for Human Rights

From: {{u:Forced Labour Watch Korea}} and three individual petitioners

Subject: Forced labour of DPRK nationals in the {{u:Russian Federation}} after 2019

1. We write on behalf of three former workers, {{r:Ok Sung-min}}, {{r:Gil Hye-suk}} and {{r:Bae Yong-chol}}, who consent to be named to your mandates but not in any public document. [{{p:Sora}}: they consent, but only to the rapporteurs - put this in bold. / {{p:TK}}: done]

2. Mr {{r:Ok Sung-min}} worked on a construction site in {{u:Amur Oblast}} from 2019 to 2022. Mr {{r:Ok}} states that the brigade leader, {{p:Hyon Chang-dok}}, kept all passports and that the men worked from six to midnight. When Mr {{r:Ok}} said it was not OK to work on the day his father died, {{p:Hyon}} put him on night shifts for a month. [{{p:TK}}: is "not OK" too cute next to his name? {{p:Sora}}: it is his own phrase, keep.]

3. Ms {{r:Gil Hye-suk}} worked at a sewing workshop in {{u:Primorsky Krai}}. The workshop's DPRK manager, known to the women as Madam {{p:Kye}}, confiscated their phones. Ms {{r:Gil}} states that a co-worker, {{p:Jang Ok-hui}}, was sent home in 2021 after fainting twice. {{r:Hye-suk}} has not heard from {{p:Ok-hui}} since.

4. Mr {{r:Bae Yong-chol}} was a logger near {{u:Tynda}}. Mr {{r:Bae}} lost hearing in one ear. His team leader {{p:Ro Man-gil}} refused treatment; a Russian paramedic, {{p:Svetlana Orlova}}, treated {{r:Bae}} without charge.

5. We respectfully ask you to raise these cases with the Minister of Foreign Affairs of the DPRK, Ms {{u:Choe Son Hui}}, and with the Minister of External Economic Relations, Mr {{u:Yun Jong Ho}}; with the Minister of Foreign Affairs of the {{u:Russian Federation}}, Mr {{u:Sergei Lavrov}}; and to remind the {{u:People's Republic of China}} of its obligations under {{u:Security Council}} resolution 2397, as documented by the {{u:Panel of Experts}}. [{{p:TK}}: do we name {{u:Putin}}? / {{p:Sora}}: yes - {{u:Putin}} and {{u:Kim Jong Un}} met at the {{u:Vostochny Cosmodrome}} in September 2023, cite it. {{u:Xi Jinping}} no, nothing specific.]

6. Petitioners' contact: {{p:Sora Kim}}, director; {{p:Taek-gyu Lim}} ({{p:TK}}), legal officer. [{{p:Sora}}: remove {{p:Taek-gyu}}'s mobile number before sending.]

Annex A: statements of {{r:Sung-min}}, {{r:Hye-suk}} and Mr {{r:Bae}} (Korean originals with English translation by {{p:Da-eun Shin}}).""",
    },
    {
        "id": "h26-en-12",
        "language": "en",
        "eol": "lf",
        "persons": [
            ("Ri Hyang-sim", "리향심", "supervisor", []),
            ("Nam Ok-ryon", "남옥련", "witness", ["Ok-ryon"]),
            ("So Yon-hui", "소연희", "coworker", ["Yon-hui"]),
            ("An Un-jong", "안운정", "coworker", ["Un-jong"]),
        ],
        "note": "Restaurant staff roster from Vientiane with a volunteer's notes; waitress surnames So and An beside the words 'so' and 'an', manager as Comrade Ri, Lao kitchen staff by given name or nickname (Noy, Bounmy), a zero-width space inside one name; restaurant, avenue named after a prince, monuments, river, airlines public.",
        "text": """STAFF ROSTER - week 32 - {{u:Moranbong Restaurant}}, {{u:Souphanouvong Avenue}}, {{u:Vientiane}}
(copied by a former waitress; notes in English by {{p:Vanh}}, volunteer)

Manager: Comrade {{r:Ri Hyang-sim}}
Political / accounts: Comrade {{p:Cha Kyong-il}}

FLOOR
Mon  lunch: {{r:Nam Ok-ryon}}, {{r:So Yon-hui}}, {{p:Yu Kyong-a}}   dinner + show: {{r:An Un-jong}}, {{p:Ha Chun-mi}}, {{p:Kye Sol-mi}}
Tue  lunch: {{r:An Un-jong}}, {{p:Yu Kyong-a}}, {{p:Ha Chun-mi}}   dinner + show: {{r:Nam Ok-ryon}}, {{r:So Yon-hui}}, {{p:Kye Sol\u200b-mi}}
Wed  lunch: {{r:So}}, {{p:Kye}}, {{p:Ha}}   dinner + show: {{r:Nam}}, {{r:An}}, {{p:Yu}}
Thu  closed for study session (Comrade {{p:Cha}})

KITCHEN (Lao staff): {{p:Somphone}} (head cook), {{p:Noy}}, {{p:Khamla Phommachanh}}, {{p:Bounmy}}
Driver: {{p:Thongdy}}  - airport runs to {{u:Wattay International Airport}}

Notes by {{p:Vanh}}:
- {{r:Ok-ryon}} (the source) says Comrade {{r:Ri}} assigned shows so that no two girls from the same city worked together.
- So {{r:So}} and {{r:Nam}} are never on the same lunch shift, and {{r:An}} is always paired with {{p:Ha}} - she thinks to watch each other.
- Stage: portraits of {{u:Kim Il Sung}} and {{u:Kim Jong Il}} above the curtain. {{r:Un-jong}} sings at 20:00; {{r:Yon-hui}} plays the accordion.
- {{p:Noy}} off sick all week; {{p:Bounmy}} covered. {{p:Somphone}} told {{r:Ok-ryon}} that {{p:Cha}} takes the tips from the jar.
- {{r:Ri Hyang-sim}} keeps passports in the office safe. Girls walk as a group, only to {{u:Patuxay}} and {{u:That Luang}} on holidays, never alone to the {{u:Mekong}} night market.
- Customers mostly from {{u:South Korea}} and {{u:China}}; Saturday tour groups booked through {{u:Lotte Tour}}.
- Group flew in on {{u:Air Koryo}} via {{u:Beijing}}, then {{u:Lao Airlines}}.
- Comrade {{r:Ri}} calls {{r:Nam}} "{{r:Ok-ryon}}-a" when pleased and "{{r:Nam}} dongmu" when not.""",
    },
    {
        "id": "h26-ko-01",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ryo Un-chol", "려은철", "witness", ["은철"]),
            ("Mun Ki-chol", "문기철", "supervisor", ["문지기"]),
            ("Pang Tok-su", "방덕수", "coworker", ["덕수"]),
        ],
        "note": "Memoir chapter (수기) from a Yakutsk building site; supervisor surname 문 beside the word 문 (door) and nickname 문지기, coworker 방 beside 방 (room), 배 beside 배고프다, 구 as a minder's surname, big/small 박 with 큰/작은 outside; Russian foreman and cook in Hangul with patronymic and diminutives.",
        "text": """제4장 문을 잠그는 사람

{{u:야쿠츠크}}의 겨울은 영하 오십 도까지 내려갔다. {{u:평양}}에서 {{u:모스크바}}를 거쳐 비행기를 두 번 갈아타고 온 곳이었다. {{u:사하 공화국}}의 수도라고 했다. 우리 작업반 스물두 명은 {{u:레닌 대로}} 뒤편의 아파트 골조 공사에 붙어 있었다. 반장은 {{r:문기철}}이었다. 앞에서는 {{r:문}} 반장이라고 불렀지만, 밤 열 시만 되면 {{r:문}} 반장이 합숙소 문을 밖에서 잠갔기 때문에 뒤에서는 다들 {{r:문지기}}라고 했다.

나, {{r:려은철}}은 미장공이었다. {{r:문기철}}은 나를 부를 때 언제나 "{{r:려}} 동무" 했고, 기분이 좋은 날에만 "{{r:은철}}이" 했다.

내 옆 침상은 {{r:방덕수}}였다. {{r:방}} 동무는 방 한구석에 앉아 손톱으로 벽에 날짜를 긁어 세었다. "{{r:덕수}}야, 그거 {{r:문지기}}가 보면 어쩌려고." 하면 {{r:덕수}}는 "문이 잠겼으니 날짜라도 세야지요." 했다.

배가 고픈 것은 모두 같았지만 {{p:배성일}}이는 유난히 못 견뎠다. {{p:배}} 동무는 공사장 식당 아주머니 {{p:스베틀라나}}에게 빵을 얻어 오곤 했다. 러시아 사람들은 그 아주머니를 {{p:스베타}}라고 불렀다. {{p:스베타}} 아주머니는 우리를 '{{u:코레야}}'라고 불렀다.

작업반에는 성이 같은 사람이 둘 있었다. 나이 많은 쪽이 큰 {{p:박}}, {{p:박명철}}이었고 어린 쪽이 작은 {{p:박}}, {{p:박영수}}였다. 작은 {{p:박}}은 열아홉이었다. {{p:영수}}가 손가락을 다친 날, {{r:문}} 반장은 "손가락 하나로 계획을 못 채우냐"고 했다.

보위 일은 {{p:구}}라는 사람이 했다. {{p:구}} 지도원은 한 달에 아홉 번, 구 일마다 한 번씩 수첩 검사를 했다. 러시아 현장 감독은 {{p:니콜라이 페트로비치}}였다. {{p:니콜라이}}는 {{r:문기철}}에게 "사람들을 좀 재워라"고 두 번 말했다. {{r:문기철}}은 통역을 하면서 그 말을 우리에게 전하지 않았다. 그 통역을 옆에서 들은 사람이 {{r:덕수}}였다.

돈은 {{u:조선건설총회사}} 이름으로 {{r:문}} 반장이 다 받았다. 한 해가 끝날 때 {{r:문지기}}가 "{{u:김정은}} 동지께 올리는 충성의 자금"이라며 장부를 읽었다. 내 몫은 없었다.

이듬해 삼월, {{r:방덕수}}가 사라졌다. 잠긴 문 대신 화장실 창문이었다. {{r:문}} 반장은 {{u:블라디보스토크}}에서 온 사람들과 밤새 전화를 했다. 나는 {{r:덕수}}가 {{u:레나강}}을 건넜기를 빌었다.""",
    },
    {
        "id": "h26-ko-02",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ham Ok-hwa", "함옥화", "witness", ["옥화"]),
            ("Kim Sun-yong", "김순영", "coworker", ["순영"]),
            ("Kang Mal-sun", "강말순", "supervisor", ["여우"]),
        ],
        "note": "Radio listener's letter read on air; sender and friend by given name with particles and vocatives (순영아, 옥화는), team leader by surname plus 조장 and nickname 여우 beside the animal, 꼬마 as nickname for the youngest girl, Chinese factory staff in Hangul; the broadcaster and cities public, programme host not named.",
        "text": """[사연 낭독 원고 - {{u:KBS 한민족방송}} 금요일 밤 코너]

{{u:인천}}에 사는 {{r:옥화}} 님이 보내 주신 사연입니다.

"안녕하세요. 저는 {{r:함옥화}}입니다. 이 사연을 듣고 있을지 모르는 친구 {{r:순영}}이에게 편지를 씁니다.

{{r:순영}}아, 우리가 {{u:단둥}} 수산물 공장에 간 게 벌써 여덟 해 전이구나. 창밖으로 {{u:압록강}} 너머 {{u:신의주}} 불빛이 보이던 그 공장 말이야. 오징어 배를 가르다 손이 얼면 네가 내 손을 네 겨드랑이에 넣어 주었지. 조장 {{r:강말순}}이 보면 둘 다 벌을 받는데도 {{r:순영}}이는 웃기만 했어.

{{r:강}} 조장을 우리는 몰래 {{r:여우}}라고 불렀지. 진짜 여우처럼 눈이 가늘어서가 아니라, 누가 무슨 말을 하면 꼭 보위원 {{p:허}} 동무 귀에 들어갔으니까. {{r:여우}}가 기숙사 문 앞에 서 있으면 아무도 말을 안 했어.

제일 어린 {{p:정은}}이 기억나니? 다들 {{p:꼬마}}라고 불렀던 애. {{p:꼬마}}가 열이 나서 쓰러졌을 때 중국 공장장 {{p:왕리}} 사장이 병원에 보내자고 했는데 {{r:강말순}}이 안 된다고 했지. 그날 밤 {{p:정은}}이를 업고 의무실까지 간 게 너였어, {{r:순영}}아.

나는 {{u:중국}}을 떠나 지금 {{u:대한민국}}에서 산 지 다섯 해가 됐어. {{u:하나원}}을 나와서 처음 한 일이 너를 찾는 신청서를 쓰는 거였어. 요즘은 요양보호사 일을 해. 같이 일하는 {{p:미정}} 언니가 이 방송을 알려 줬어.

{{r:김순영}}, 네 고향이 {{u:청진}} {{u:수남구역}}이라고 했던 거 기억해. 네 어머니 {{p:리복실}} 어머님도 건강하시길. {{p:류}} 과장님, 공장 사무실에 계시던 그 조선족 아저씨가 한 번은 너한테 편지를 전해 주겠다고 했었는데, 그 편지가 갔는지 모르겠다.

{{r:옥화}}는 잘 지낸다고, {{r:순영}}이도 꼭 살아 있으라고, 그 말만 전하고 싶어요."

네, {{r:함옥화}} 님. {{r:순영}} 님께 이 목소리가 닿기를 바랍니다. 신청곡은 '{{u:임진강}}'입니다.""",
    },
    {
        "id": "h26-ko-03",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Ri Myong-ho", "리명호", "witness", ["이명호", "Ли Мён Хо", "李明浩"]),
            ("Yon Pong-hak", "연봉학", "supervisor", ["안경"]),
            ("Chi Song-gun", "지성근", "coworker", []),
        ],
        "note": "Fictional government-style interview summary; witness as 리/이 and in Cyrillic and hanja, investigators as surname plus ○○ mask, supervisor nicknamed 안경 beside the word for glasses, surname 연 beside 연봉 (salary) and 지 beside 지성; agencies, trading companies and Russian cities public.",
        "text": """[면담 결과 요약] 해외 파견 노동자 출신 북한이탈주민 면담 (대외비, 가상 문서)

작성: {{u:북한인권기록센터}} 조사관 {{p:한}}○○, 검토 {{p:서}}○○ 팀장
면담일: 2023. 5. 17.~18. / 장소: {{u:국가정보원}} 보호센터 면담실

1. 대상자 인적사항
 - 성명: {{r:리명호}} (남측 표기 {{r:이명호}}, 러시아 체류 문서상 {{r:Ли Мён Хо}}, 한자 {{r:李明浩}})
 - 출생: 1981년, {{u:함경남도}} {{u:단천시}}
 - 파견 기간: 2017. 4. ~ 2022. 9. / 파견지: {{u:아무르주}} {{u:블라고베셴스크}} 일대 건설 현장

2. 파견 경위
 - {{r:리명호}}는 {{u:조선릉라도무역총회사}} 산하 건설사업소 소속으로 선발. 선발 과정에서 도당 간부 {{p:모}}○○에게 담배 20보루를 뇌물로 제공했다고 진술.
 - 작업반 책임자는 {{r:연봉학}}. 노동자들은 그를 '{{r:안경}}'이라 불렀음. 대상자는 "{{r:안경}}이 안경을 벗으면 그날은 누가 맞는 날"이라고 진술.

3. 주요 진술
 - 연봉에 해당하는 계약 금액은 러시아 측 업체 {{u:아무르스트로이}}가 {{r:연봉학}}에게 일괄 지급. 대상자가 손에 쥔 돈은 월 미화 50~80달러 수준.
 - 동료 {{r:지성근}}(1985년생)은 2019년 겨울 동상으로 발가락 두 개를 절단. {{r:지}}씨는 지성으로 일하던 사람이었는데 치료 후 곧바로 현장에 복귀시켰다고 함. {{r:성근}}이 귀국했는지는 모름.
 - 보위 담당 {{p:탁영일}}이 매주 생활총화 주관. {{p:탁}} 보위원은 {{u:김정은}} 위원장 생일 전후로 '충성자금' 추가 납부를 지시.
 - 러시아인 현장 소장 {{p:알렉세이 드미트리예비치}}가 한 번 {{r:연}} 반장에게 임금 명세를 보여 달라고 했으나 거절당함.

4. 이탈 경위
 - 2022. 9. 현장 이동 중 {{u:하바롭스크}}에서 이탈. 현지 교민 {{p:최}}○○ 목사의 도움으로 {{u:유엔난민기구}} 사무소 접촉. 이후 {{u:외교부}} 협조로 입국.

5. 조사관 의견
 - 진술 일관성 높음. {{r:연봉학}}, {{p:탁영일}} 실명은 동일 현장 출신 {{p:구}}○○의 진술과 일치.
 - {{r:명호}} 씨는 가족({{u:단천}} 거주 처 {{p:김영란}}) 신변을 우려하여 실명 공개를 원하지 않음.""",
    },
    {
        "id": "h26-ko-04",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Tak Un-ju", "탁은주", "witness", ["은주"]),
            ("No Song-chol", "노성철", "relative", []),
            ("To Hak-su", "도학수", "supervisor", []),
        ],
        "note": "Church newsletter with prayer requests and a testimony; church titles 집사/권사/목사/자매 outside the marker, surname 노 beside 노동, surname 도 beside the particle 도 (도 반장도), Kuwait site; pastor and members private; church, Kuwaiti city and ruler-named road public.",
        "text": """{{u:새빛교회}} 소식지 제312호 (2024년 10월 셋째 주)

■ 담임목사 칼럼 - {{p:조영훈}} 목사
지난주 탈북민 사역부 예배에서 {{r:탁은주}} 자매가 간증을 나누었습니다. 본인의 동의를 얻어 일부를 싣습니다.

■ 간증 - "모래바람 속의 남편" ({{r:탁은주}})
제 남편 {{r:노성철}}은 2013년에 {{u:쿠웨이트}} 건설 현장으로 파견되었습니다. 노동자들은 다섯 시에 일어나 밤 열 시까지 일했다고 합니다. {{r:노}} 씨는, 아니 우리 집 양반은 편지에 늘 "잘 있다"고만 썼습니다. 나중에 같은 현장에 있던 {{p:함기섭}} 씨를 만나서야 사정을 알았습니다.

현장 반장은 {{r:도학수}}라는 사람이었답니다. {{r:도}} 반장도 처음에는 사람들을 아꼈는데, 당 자금 계획이 내려오고부터 달라졌다고 합니다. {{r:도학수}}는 여권을 모두 거두어 {{u:쿠웨이트시티}} 사무소에 맡겼고, 월급은 {{u:자하라}} 현장 사무소에서 {{r:도}} 반장이 대신 받았습니다. {{p:함}} 씨 말로는 남편이 한여름에 쓰러졌을 때도 {{r:도}} 반장이 병원에 보내지 않았다고 합니다.

{{r:성철}} 씨는 지금 어디 있는지 모릅니다. 저는 {{u:중국}}을 거쳐 2019년에 왔습니다. 남편이 보낸 유일한 사진은 {{u:쿠웨이트 타워}} 앞에서 찍은 것입니다. 딸 {{p:노은별}}이는 지금 고등학생입니다. {{p:은별}}이가 아빠 얼굴을 잊을까 봐 사진을 보여 줍니다.

■ 기도 제목
 - {{r:은주}} 자매와 {{p:은별}} 학생, 그리고 소식이 끊긴 {{r:노성철}} 형제를 위하여
 - 수술을 앞둔 {{p:김옥순}} 권사님
 - {{p:정}} 집사님 가정의 사업장
 - {{u:러시아}} {{u:연해주}}에서 사역하시는 {{p:이바울}} 선교사님 (현지 이름 {{p:파벨}})
 - 다음 달 {{u:하나원}}을 수료하는 {{p:장미}} 자매, {{p:소영}} 자매

■ 교회 소식
 - 11월 탈북민 연합 기도회: {{u:임진각}}, 주관 {{u:한국기독교총연합회}}.
 - 탈북민 사역부 부장 {{p:박정례}} 권사님이 이번 주 {{u:통일부}} 주최 세미나에 참석하십니다.
 - 다음 주 식사 봉사: 3구역 ({{p:윤}} 집사님, {{p:차}} 집사님)
 - 지난주 {{u:셰이크 자베르 코즈웨이}} 사진전을 보고 오신 {{p:함기섭}} 성도님이 사진을 기증하셨습니다.""",
    },
    {
        "id": "h26-ko-05",
        "language": "ko",
        "eol": "mixed",
        "persons": [
            ("Pak Chol-min", "박철민", "coworker", ["큰 박"]),
            ("Chong Yong-ho", "정영호", "witness", ["영호"]),
            ("Kim Hye-song", "김혜송", "coworker", ["꼬마"]),
        ],
        "note": "Staff summary of a returnees' group chat; chat nicknames with emoji, 큰 박 with 큰 outside the marker, 꼬마 nickname, names before particles (철민이가, 영호는, 박씨한테 with the surname marked), fullwidth letters and a zero-width space inside names, staff surname with 간사; cities and companies public.",
        "text": """[주간 요약] 해외노동 귀환자 모임 단톡방 (11/3~11/9)
작성: {{p:윤}} 간사 / 검토: {{p:해솔}}
※ 단톡방 닉네임은 그대로 옮김. 외부 공유 금지.

1. 참여 현황
 - 이번 주 발언자 9명. 새로 들어온 분: "🐻{{p:곰돌이}}" (본명 {{p:안태성}}, {{u:치타}} 벌목장 출신).
 - 큰 {{r:박}}(닉네임 "{{r:ＰＡＫ}}")이 주 3회 이상 공지를 올림. {{r:철민}}이가 방장 역할을 자처하는 분위기.

2. 주요 대화
 - 11/4 {{r:영호}}는 {{u:카타르}} 시절 반장 {{p:길명수}} 얘기를 다시 꺼냄. "{{p:길}} 반장 지금도 {{u:도하}}에 있다" 는 소문. {{p:길명수}} 실명이 단톡방에 그대로 노출됨 → 관리자({{p:해솔}})가 메시지 가림 처리.
 - 11/5 {{r:꼬마}}(={{r:김혜송}}) 🙏 "{{r:영호}} 오빠, {{r:박}}씨한테 돈 빌린 거 갚았어요?" → 여기서 {{r:박}}씨 = 큰 {{r:박}}. {{r:박}}씨한테 말고 다른 {{p:박}}씨({{p:박순애}} 님)와 혼동하는 댓글 있었음.
 - 11/6 {{r:혜\u200b송}} 님이 {{u:훈춘}} 공장 시절 사진 공유. 사진 속 조장 {{p:리금순}} 얼굴 노출 → 삭제 요청함.
 - 11/7 {{p:곰돌이}}님 첫 인사. "{{r:철민}}이 형 덕분에 왔다" 함. {{p:태성}} 씨는 {{u:러시아}} 쪽 단체와 연락 중.
 - 11/8 {{r:정영호}}가 {{u:롯데마트}}, {{u:이마트}} 물류센터 일자리 정보 공유. {{r:꼬마}}가 지원하겠다고 함 😊
 - 11/9 "큰 {{r:박}}" ↔ "Ｍｒ.{{p:Ｋａｎｇ}}"(본명 {{p:강태호}}) 말다툼. 원인: {{p:강}} 님이 {{r:박철민}} 님의 {{u:블라디보스토크}} 시절 얘기를 다른 방에 옮김.

3. 조치
 - {{p:윤}} 간사가 {{r:철민}} 님, {{p:태호}} 님과 각각 통화 예정.
 - 실명 노출 건 2건 ({{p:길명수}}, {{p:리금순}}) → 단톡방 공지로 재안내.
 - {{u:남북하나재단}} 취업 지원 프로그램, {{u:고용노동부}} 체불임금 상담 안내 예정.
 - 다음 오프라인 모임: 11/23, {{u:서울시청}} 근처 카페. 담당 {{p:해솔}}.""",
    },
    {
        "id": "h26-ko-06",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Kye Tong-il", "계동일", "witness", ["동일"]),
            ("Sol Man-gap", "설만갑", "supervisor", []),
            ("Yun Chang-gyu", "윤창규", "coworker", ["창규"]),
        ],
        "note": "Interpreter's memo for a lawyer meeting with Russian and Chinese names written in Hangul (full name with patronymic, diminutives, Chinese names with 老/小), surname 계 beside 계약 and 설 beside 설날, 동일 given name beside the word 동일; lawyer and interpreter private; cities, company and court public.",
        "text": """통역 메모 - {{p:임수진}} 변호사 상담 (2024. 2. 6.)
통역: {{p:차민정}} / 의뢰인: {{r:계동일}}

○ 의뢰인 진술 요지 (통역자 메모, 의뢰인 표현 그대로)
 - {{r:계동일}} 씨는 2015~2018년 {{u:하바롭스크}} 건설 현장({{u:아무르강}} 변, {{u:무라비요프-아무르스키 거리}} 근처), 2018~2020년 {{u:중국}} {{u:투먼}} 수산물 공장에서 일함. 계약서는 본 적 없음. 계약 당사자가 누구인지 {{r:계}} 씨 본인은 모름.
 - 러시아 현장: 원청 소장 {{p:세르게이 알렉산드로비치 코발료프}}. 현장에서는 {{p:세료자}}라고 불렀다 함. 회계 담당 {{p:나탈리야}}(='{{p:나타샤}}')가 월급 명세를 작업반장 {{r:설만갑}}에게만 줌.
 - {{r:설}} 반장은 설날에도 일을 시켰음. "{{r:설만갑}}이는 설도 없다"는 말이 돌았다 함.
 - 동료 {{r:윤창규}}: 2017년 추락. {{p:코발료프}}가 병원비를 냈다고 들었으나 {{r:설}} 반장이 그 돈도 가져갔다는 소문. {{r:창규}}는 이후 귀국.
 - 중국 공장: 사장 {{p:왕샤오밍}}({{p:王小明}} 추정), 직원들은 '{{p:왕}} 사장' 또는 '{{p:샤오왕}}'. 조선족 통역 {{p:류진}}이 '{{p:라오류}}'로 불림. 북측 관리자는 {{p:명}}씨라고만 기억. {{p:명}} 관리원은 {{r:동일}}이에게 "너는 동일 작업반이니 {{r:창규}} 몫까지 해라" 했다 함.
 - {{r:동일}} 씨 말로는 {{p:라오류}}가 가끔 담배를 주었고, {{p:샤오왕}}은 좋은 사람이었다 함.

○ 변호사 의견 ({{p:임}} 변호사)
 - 러시아 원청({{u:하바롭스크스트로이}} 추정) 상대 소송은 현실성 낮음.
 - {{u:국가인권위원회}} 진정 가능성 검토. {{u:러시아 연방 이민국}} 기록 조회는 불가.
 - 국내 절차: {{u:서울행정법원}}보다는 {{u:대한법률구조공단}} 연계 검토.
 - {{r:계동일}} 씨 동의 시 {{u:유엔 인권최고대표사무소}} 서울사무소에 사례 제보.

○ 통역자 메모
 - "{{p:세료자}}"와 "{{p:코발료프}}"는 동일인. "{{p:나타샤}}"와 "{{p:나탈리야}}"도 동일인.
 - 의뢰인이 {{r:윤창규}}를 "{{r:윤}} 동무", "{{r:창규}}"로 번갈아 부름.""",
    },
    {
        "id": "h26-ko-07",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Ro Chang-hyok", "로창혁", "witness", ["창혁"]),
            ("Hyon Yong-dae", "현영대", "supervisor", ["영대"]),
            ("Ma Kwang-su", "마광수", "coworker", ["광수"]),
        ],
        "note": "Diary kept on a Doha building site (dated entries, terse); supervisor surname 현 beside 현장 and nickname-free references, coworker 마 beside the interjection 마 and 마지막, Nepali and Egyptian co-workers in Hangul, one-syllable names; stadium, city, sponsor company and emir-named street public.",
        "text": """{{u:도하}} 일기 (수첩에서 옮김, 옮긴이 {{p:심재윤}})

2016. 7. 2.
현장 도착 열하루째. 반장 {{r:현영대}}가 여권을 걷었다. {{r:현}} 반장 말로는 "잃어버리면 안 되니까"라고. 같은 방 {{r:마광수}}가 "마, 그걸 누가 믿나" 하다가 {{r:현}} 반장한테 뺨을 맞았다.

2016. 7. 9.
낮 기온 48도. {{u:루사일}} 경기장 쪽 철근 작업. 네팔 사람 {{p:람}}이 물을 나눠 줬다. {{p:람 바하두르}}라고 쓴다고. {{r:광수}}는 {{p:람}}이한테 담배를 줬다.

2016. 7. 21.
{{r:영대}} 반장이 충성자금 이야기. 한 사람당 매달 150달러. 월급은 {{u:알 사드 건설}}에서 {{r:현영대}} 통장으로 들어간다고 {{p:방}} 보위원이 말했다. {{p:방}}은 {{r:현}} 반장보다 무섭다.

2016. 8. 3.
{{r:광수}}가 쓰러졌다. 이집트 사람 감독 {{p:마흐무드}}가 병원에 데려가라고 소리쳤다. {{r:현}} 반장은 숙소에 눕혀 두었다. 밤에 {{r:마}} 동무가 "{{r:창혁}}아, 나 집에 가고 싶다" 했다.

2016. 8. 15.
{{u:셰이크 자심 거리}}로 차를 타고 지났다. 창밖으로 {{u:타밈 빈 하마드 알사니}} 초상화가 크게 걸려 있었다. {{r:광수}}가 "여기도 초상화가 있네" 했다.

2016. 8. 20.
텔레비전에 {{u:FIFA}} 월드컵 경기장 광고. {{u:알 자눕 경기장}}이라고. 길가에 {{u:현대건설}} 간판도 보였다. {{u:평양}}에서는 이런 것을 본 적이 없다. 다음 달 {{u:알 코르}} 쪽 현장으로 옮긴다는 소문.

2016. 9. 1.
{{p:람}}이 떠났다. 계약이 끝났다고. 마지막 날 {{p:람}}이가 사진을 찍자고 했는데 {{r:현}} 반장이 못 하게 했다.

2016. 9. 30.
나, {{r:로창혁}}. 마흔 번째 생일. {{r:마광수}}와 라면 한 봉지를 나눠 먹었다. {{p:방}} 보위원이 우리 방 앞을 두 번 지나갔다.

(옮긴이 주: 원본 수첩의 {{r:현영대}}, {{p:방}} 등은 일기 주인 {{r:로창혁}} 씨의 요청으로 실명 그대로 옮겼으나 공개본에서는 가린다. - {{p:심}})""",
    },
    {
        "id": "h26-ko-08",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Sin Hye-jong", "신혜정", "witness", ["혜정"]),
            ("An Kyong-chol", "안경철", "coworker", ["경철"]),
            ("Ha Myong-sil", "하명실", "other", ["명실"]),
        ],
        "note": "Self-help group meeting minutes; surname 안 beside the negative 안 and 안경, surname 하 beside 하다 forms, 신 beside 신발, first names with 씨/님, facilitator and volunteer private; a Polish shipyard town, Lotte and Hyundai as companies, Mt Paektu as a place.",
        "text": """해외노동 경험자 자조모임 제14차 회의록
일시: 2024. 3. 9.(토) 14:00 / 장소: {{u:안산}} 다문화센터 2층
진행: {{r:하명실}} / 기록: {{p:봉수아}} (자원활동가)
참석: {{r:신혜정}}, {{r:안경철}}, {{p:우진수}}, {{p:함순례}}, {{p:배}} 선생님(외부 강사), 그 외 3명

1. 지난 회의 확인
 - {{r:하명실}} 진행자가 지난 회의록을 읽음. {{r:하}} 진행자는 "말하기 싫은 것은 안 해도 된다"는 원칙을 다시 안내함.

2. 나눔
 - {{r:혜정}} 씨: {{u:훈춘}} 봉제공장 7년. 작업반장 {{p:채숙희}} 이야기. "{{p:채}} 반장이 신발도 못 신게 하고 맨발로 재단실 청소를 시켰다." {{r:신혜정}} 씨는 지금 {{u:롯데}} 계열 물류센터에서 일함.
 - {{r:경철}} 씨: {{u:폴란드}} {{u:그디니아}} 조선소 용접. 안경을 쓰고 일하다 불똥에 안경알이 녹은 이야기. {{r:안}} 씨 말로는 당시 통역 겸 관리자 {{p:로}}씨가 "안경값은 네 돈으로" 라고 함. {{r:안경철}} 씨는 요즘 {{u:현대중공업}} 협력업체 면접 준비 중.
 - {{p:우진수}} 씨: {{u:몽골}} 건설. 말씀 안 하심. {{p:진수}} 씨는 다음에 하겠다고 함.
 - {{p:함순례}} 씨: 남편 {{p:리태봉}} 소식 없음. {{p:순례}} 씨가 울어서 {{r:명실}} 씨가 휴식 제안.

3. 강의 - {{p:배}} 선생님 "임금 체불과 국제기준"
 - {{u:국제노동기구}} 강제노동 지표 11개 설명. {{u:유엔 인권이사회}} 보고서, {{u:한국산업인력공단}} 교육 과정과 {{u:고용노동부}} 상담 창구 소개. {{r:경철}} 씨가 질문: "{{u:백두산}} 관광 사업도 강제노동이냐" → 다음 회의에서 답변하기로.

4. 다음 회의
 - 4월 13일. {{r:혜정}} 씨가 간식 담당. {{p:봉수아}} 자원활동가는 다음 달부터 불참, 후임 {{p:나은}} 씨.""",
    },
    {
        "id": "h26-ko-09",
        "language": "ko",
        "eol": "crlf",
        "persons": [
            ("Pyon Suk-ja", "변숙자", "relative", ["숙자"]),
            ("Ku Yong-chol", "구영철", "witness", ["키다리"]),
            ("Yo Pong-su", "여봉수", "supervisor", []),
        ],
        "note": "Family-tracing request form with free-text fields; missing man's surname 구 beside the number 구 and 구조, nickname 키다리, surname 여 beside 여기/여권, one-syllable surname 단 with 씨, a mask after a surname, Sakhalin names in Hangul; Red Cross, ministry and Sakhalin towns public.",
        "text": """소재 확인 의뢰서 (단체 내부 양식 v2)
접수번호: FS-2023-088 / 접수일: 2023. 8. 21. / 접수자: {{p:문하람}}

1. 의뢰인
 성명: {{r:변숙자}}   관계: 처   연락처: (비공개)
 거주지: {{u:경기도}} {{u:평택시}}

2. 찾는 사람
 성명: {{r:구영철}}   출생: 1976년   고향: {{u:함경북도}} {{u:김책시}}
 별칭: "{{r:키다리}}" (키가 커서 작업반에서 부르던 이름)
 마지막 소재: {{u:사할린}} {{u:유즈노사할린스크}} 아파트 건설 현장 (2017년 겨울)

3. 함께 있던 사람 (아는 대로)
 - 반장 {{r:여봉수}}: 여권을 모두 가지고 있었다고 함
 - {{p:단}}씨 (이름 모름), {{p:편길남}}, {{p:석}}○○
 - 러시아 쪽 감독 {{p:안드레이}}, 통역 {{p:김}}○○ ({{u:사할린}} 동포로 추정)

4. 자유 기술란 (의뢰인 작성)
 우리 집 양반 {{r:구영철}}은 2014년에 떠났습니다. 떠날 때 "구 년만 참으라"고 농담을 했는데 정말 구 년이 되었습니다. 현장 사람들은 다들 {{r:키다리}}라고 불렀다고 합니다. 2017년에 {{p:편길남}} 씨가 먼저 돌아와서 {{r:구}} 씨 소식을 전해 주었습니다. {{r:영철}} 씨가 비계에서 떨어졌는데 {{r:여봉수}} 반장이 병원에 안 보냈다고. 여기 와서 {{u:대한적십자사}}에도 물어보았지만 {{u:러시아}}에 있는 사람은 찾기 어렵다고 했습니다. {{r:여}} 반장이 여권을 돌려주지 않아서 {{r:키다리}}가 구조 요청도 못 했을 거라고 {{p:길남}} 씨가 말했습니다. 아들 {{p:구은혁}}이도 아버지를 찾고 싶어 합니다. {{p:은혁}}이는 아버지 얼굴을 사진으로만 압니다.

5. 접수자 메모
 - {{u:국제적십자위원회}} 가족 소식 서비스 연계 검토. {{u:통일부}} 이산가족정보통합센터 등록 완료. {{u:외교부}} 재외국민보호과 문의는 의뢰인이 원치 않음.
 - {{p:편길남}} 씨 연락처 확보 필요 ({{r:숙자}} 씨가 알고 있음).
 - {{u:코르사코프}} 항 또는 {{u:홀름스크}} 인근 동포 단체 {{p:허}}○○ 회장에게 문의 예정. 담당 {{p:문하람}}, 보조 {{p:예진}}.""",
    },
    {
        "id": "h26-ko-10",
        "language": "ko",
        "eol": "lf",
        "persons": [
            ("Kim Hyang-mi", "김향미", "witness", ["향미"]),
            ("Ri Sun-ok", "리순옥", "supervisor", []),
            ("Pak Un-ha", "박은하", "coworker", ["은하"]),
        ],
        "note": "Korean transcript with speaker labels that are given names (each label a mention); coworker 은하 beside 은하수, manager 리 지배인, Khmer kitchen staff and a Korean tourist by given name; restaurant, museum built by a North Korean company, Cambodian cities and temples public.",
        "text": """녹취 정리 - 캄보디아 식당 종업원 출신 면담 (2차, 발췌)
면담자: {{p:서연}} / 응답자: {{r:향미}} (본인 희망으로 이름 그대로)

{{p:서연}}: 지난번에 {{u:프놈펜}} 식당 이야기까지 했죠.
{{r:향미}}: 네. {{u:평양랭면관}}이요. {{u:노로돔 대로}}, {{u:독립기념탑}} 근처요. 2015년부터 2018년까지 있었어요. 손님은 {{u:대한민국}} 관광객이랑 {{u:중국}} 단체 손님이 많았어요.
{{p:서연}}: 지배인이 누구였어요?
{{r:향미}}: {{r:리순옥}} 지배인. 우리는 그냥 {{r:리}} 지배인이라고 했어요. 여권은 {{r:리}} 지배인이 다 가지고 있었고요.
{{p:서연}}: 같이 일한 친구 중에 기억나는 사람은요?
{{r:향미}}: {{r:은하}}요. {{r:박은하}}. 노래를 제일 잘했어요. 은하수 노래를 부르면 남조선 손님들이 울었어요. {{r:은하}}는 지금 어디 있는지 몰라요.
{{p:서연}}: 주방에는 현지 사람도 있었어요?
{{r:향미}}: {{u:캄보디아}} 언니들이요. {{p:소카}} 언니, {{p:다라}}. {{p:다라}}는 남자였어요. {{p:소카}} 언니가 몰래 망고를 줬어요. {{r:리}} 지배인이 보면 혼났어요.
{{p:서연}}: 손님 중에 기억나는 사람이 있어요?
{{r:향미}}: 한국 사업하는 사람, {{p:최}} 사장님이라고... {{p:최}} 사장님이 {{r:은하}}한테 명함을 줬는데 {{r:리순옥}}이 그걸 빼앗아 찢었어요.
{{p:서연}}: {{u:시엠레아프}}에도 갔었다고 했죠?
{{r:향미}}: 네, 2017년에 한 달. {{u:앙코르 파노라마 박물관}} 옆 식당이요. 그 박물관 {{u:만수대창작사}}가 지은 거래요. {{u:앙코르와트}}는 버스 창문으로만 봤어요.
{{p:서연}}: 돈은 받았어요?
{{r:향미}}: 한 달에 삼십 달러요. 나머지는 "{{u:조선노동당}}에 바치는 것"이라고 {{r:리}} 지배인이 그랬어요. 보위원 {{p:용}} 동무가 장부를 썼어요.
{{p:서연}}: {{p:용}} 동무 이름은 알아요?
{{r:향미}}: {{p:용철}}이었던 것 같아요. {{p:용철}} 동무. 성은 몰라요.
{{p:서연}}: 오늘은 여기까지 할까요, {{r:향미}} 씨?
{{r:향미}}: 네. 다음에 {{r:은하}} 사진 가져올게요.

[정리: {{p:서연}} / 검토: {{p:도윤}} / {{u:북한인권정보센터}} 구술 사업]""",
    },
    {
        "id": "h26-mixed-01",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Han Song-chol", "한성철", "witness", ["Хан Сон Чхоль", "Song-chol"]),
            ("Yun Kyong-su", "윤경수", "supervisor", ["Юн Гён Су"]),
        ],
        "note": "Russian employment contract excerpt with a Korean pencil note and an English lawyer's note; director's name in the genitive with patronymic, Korean names in Cyrillic transcription and initials-plus-surname signatures; street named after a person, Russky Island, university campus and Putin public.",
        "text": """ТРУДОВОЙ ДОГОВОР № 117/16 (выдержка)

г. {{u:Владивосток}}                                    «01» апреля 2016 г.

ООО «{{u:Приморстройинвест}}», в лице генерального директора {{p:Кузнецова Андрея Петровича}}, действующего на основании Устава, именуемое в дальнейшем «Работодатель», и гражданин КНДР {{r:Хан Сон Чхоль}}, именуемый в дальнейшем «Работник», заключили настоящий договор о нижеследующем:

1.1. Работник принимается на должность монтажника. Место работы: г. {{u:Владивосток}}, {{u:улица Адмирала Фокина}}, а также объекты на {{u:острове Русский}}.
3.1. Заработная плата Работника составляет 35 000 (тридцать пять тысяч) рублей в месяц.
3.4. По письменному заявлению Работника заработная плата перечисляется его представителю - бригадиру {{r:Юн Гён Су}}.
5.2. Паспорт Работника хранится у представителя Работника.

Подписи:
Работодатель ______ {{p:А. П. Кузнецов}}
Работник ______ {{r:Хан Сон Чхоль}}
Переводчик ______ {{r:Юн Гён Су}}

[연필 메모, 한국어] 서명은 {{r:윤경수}} 반장이 대신 함. {{r:한성철}} 본인은 러시아어 모름. {{r:윤}} 반장이 "3.4는 형식"이라고 했다 함. 현장은 {{u:블라디보스토크}} 시내.

[EN note, {{p:ML}} = {{p:Mariana Lopes}}, counsel]
- Clause 3.4 is the key: {{r:Han}} says he never made any "written application". {{r:Yun}} signed both as interpreter and as the worker's representative; same handwriting on the worker's line.
- Director {{p:Kuznetsov}} appears in the company register; his deputy, {{p:Irina Sergeyevna Volkova}}, signed the annex.
- Same template used for {{p:Ким Ён Ир}} ({{p:Kim Yong-il}}) and {{p:Ли Гван Чхоль}} ({{p:Ri Kwang-chol}}); {{r:Song-chol}} says {{p:Yong-il}} was sent home in 2017.
- The objects on {{u:Russky Island}} were dormitories of the {{u:Far Eastern Federal University}}, the campus {{u:Putin}} showed to {{u:APEC}} leaders in 2012.
- The {{u:Primorsky Krai}} migration office has the original.
- Ask {{p:Natasha}} at the {{u:Primorye}} migrants' help centre whether {{r:Юн Гён Су}} is still registered in {{u:Vladivostok}}.""",
    },
    {
        "id": "h26-mixed-02",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Kim Yong-ae", "김영애", "coworker", ["金英爱", "Jin Ying'ai"]),
            ("Choe Kwang-chol", "최광철", "supervisor", ["崔光哲"]),
            ("Pak Jong-suk", "박정숙", "witness", ["朴贞淑"]),
        ],
        "note": "Chinese factory notice with titles attached directly to names (组长, 主任, 班长, 厂长), 小/老 prefixes outside the marker, Korean names in Chinese characters and pinyin, followed by a Korean translator's memo; company, province, city and river public.",
        "text": """{{u:东港市鑫海水产有限公司}}

通  知

各车间、各班组：

近日，朝鲜籍员工{{r:金英爱}}（二车间）在工作时间擅自离岗两小时，经朝方管理人员{{r:崔光哲}}组长核实属实。经研究决定，对{{r:金英爱}}罚款人民币伍佰元，由{{r:崔光哲}}组长从其工资中扣除。二车间班长{{p:孙丽娟}}负有管理责任，罚款贰佰元。

另：朝鲜籍员工{{r:朴贞淑}}、{{p:李春花}}、{{p:韩明月}}三人在宿舍违规使用电器，由{{r:崔}}组长负责批评教育。

请各车间严格执行考勤制度。特此通知。

人事部主任 {{p:刘建华}}
厂长 {{p:王国栋}}
二〇一九年六月十二日

（手写批注：小{{r:金}}又哭了，老{{p:李}}说她是想家。{{p:孙}}班长求情无用。——{{p:刘}}）

[번역 메모 - {{p:정다운}}]
- {{r:金英爱}} = {{r:김영애}} (중국어 발음 {{r:Jin Ying'ai}}). 공장에서는 '小{{r:金}}'으로 불림.
- {{r:崔光哲}} = {{r:최광철}}. 여성 노동자들은 '{{r:최}} 조장'이라고 부름.
- {{r:朴贞淑}} = {{r:박정숙}}, 이 자료를 가져온 증언자. {{r:정숙}} 씨 말로는 {{r:영애}}가 자리를 비운 것은 {{u:신의주}}에 있는 어머니와 통화하려고 화장실에 숨었기 때문.
- {{p:李春花}} = {{p:리춘화}}, {{p:韩明月}} = {{p:한명월}}.
- {{p:孙丽娟}} 반장은 한족. {{p:刘建华}} 주임은 조선족이고 한국어를 조금 함.
- 공장 위치: {{u:辽宁省}} {{u:东港市}}, {{u:鸭绿江}} 하구 근처. {{u:단둥}}에서 차로 40분.
- 제품은 {{u:대련}}을 거쳐 {{u:일본}}과 {{u:한국}}으로 수출된다고 함. {{r:정숙}} 씨 일행은 {{u:유엔 안전보장이사회}} 결의 2397호 이후에도 계속 일함.""",
    },
    {
        "id": "h26-mixed-03",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Choe Myong-su", "최명수", "witness", ["Чой Мён Сү", "Choi Myong Su"]),
            ("Pak Song-il", "박성일", "supervisor", ["Пак Сон Ил", "Pak Son Il"]),
            ("Ryu Chong-il", "류정일", "coworker", ["Рю Чон Ир", "Ryu Chon Il"]),
        ],
        "note": "Mongolian police note in Cyrillic with Mongolian case suffixes hyphenated to foreign names (outside the marker), officers and interpreter as patronymic initial plus given name, English translation and Korean note; districts, company, avenue and square named after historical figures public.",
        "text": """ЦАГДААГИЙН ТЭМДЭГЛЭЛ
{{u:Улаанбаатар}} хотын {{u:Сонгинохайрхан}} дүүргийн Цагдаагийн 4 дүгээр хэлтэс
2018 оны 11 дүгээр сарын 23

Ахлах дэслэгч {{p:Б.Батбаяр}} би БНАСАУ-ын иргэн {{r:Чой Мён Сү}}-ийн гомдлыг хүлээн авав. Иргэн {{r:Чой Мён Сү}} нь {{u:Хан-Уул}} дүүрэгт байрлах «{{u:Монгол Нью Стар}}» ХХК-ийн барилгын талбайд ажилладаг. Тэрээр ахлагч {{r:Пак Сон Ил}}-д паспортоо хураалгасан, 14 сар цалин аваагүй гэж мэдүүлэв. Хамт ажилладаг {{r:Рю Чон Ир}} мэдүүлгийг баталсан. Орчуулагчаар {{p:Г.Оюунчимэг}} ажиллав. Компанийн захирал {{p:Д.Ганзориг}} холбогдож чадсангүй.

Тэмдэглэл үйлдсэн: {{p:Б.Батбаяр}}

---
English translation ({{p:Enkhjin}}, volunteer):
POLICE NOTE, Police Division No. 4, {{u:Songinokhairkhan}} district, {{u:Ulaanbaatar}}, 23 November 2018.
I, Senior Lieutenant {{p:B. Batbayar}}, received the complaint of DPRK citizen {{r:Choi Myong Su}}. {{r:Choi}} works at a construction site of {{u:Mongol New Star}} LLC in {{u:Khan-Uul}} district. He stated that his passport was taken by the team leader {{r:Pak Son Il}} and that he has not been paid for 14 months. His co-worker {{r:Ryu Chon Il}} confirmed the statement. Interpreter: {{p:G. Oyuunchimeg}}. The company director, {{p:D. Ganzorig}}, could not be reached.
Translator's remark: the site is off {{u:Chinggis Avenue}}, ten minutes from {{u:Sukhbaatar Square}}.

[한국어 메모 - {{p:권나래}}]
{{r:최명수}} = {{r:Чой Мён Сү}} = {{r:Choi Myong Su}}. {{r:박성일}} 반장 = {{r:Пак Сон Ил}}. {{r:류정일}} = {{r:Рю Чон Ир}}. 다음 날 {{r:박}} 반장이 경찰서에 와서 {{r:명수}} 씨를 데려갔다고 {{r:정일}} 씨가 전함. {{p:바트바야르}} 경위는 그 뒤 연락 안 됨. {{u:주몽골 대한민국 대사관}} 영사 면담 요청함.""",
    },
    {
        "id": "h26-mixed-04",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Sok Yong-bom", "석용범", "witness", ["Bombom", "Yong-bom"]),
            ("Kang Myong-chol", "강명철", "supervisor", []),
        ],
        "note": "Angolan labour inspectorate statement in Portuguese with an English summary; Portuguese titles (senhor, Chefe, inspector) outside the marker, Angolan nickname in quotes, Korean nickname Bombom; presidents, a queen-named street, a memorial named after a president and national companies public.",
        "text": """{{u:REPÚBLICA DE ANGOLA}}
{{u:Inspecção Geral do Trabalho}} - Delegação Provincial de {{u:Luanda}}
AUTO DE DECLARAÇÕES N.º 214/IGT/2015

Aos doze dias do mês de Março de dois mil e quinze, nesta Delegação, sita na {{u:Rua Rainha Ginga}}, perante o inspector {{p:Domingos Kiala Bento}}, compareceu o cidadão angolano {{p:Manuel Tchipilica}}, conhecido por "{{p:Mané}}", servente numa obra junto ao {{u:Memorial Dr. António Agostinho Neto}}, empreitada da empresa {{u:Mansudae Overseas Projects}}.

Declarou: que trabalhou ao lado de cerca de quarenta trabalhadores norte-coreanos, chefiados pelo senhor {{r:Kang Myong-chol}}, a quem os angolanos chamavam Chefe {{r:Kang}}; que os coreanos trabalhavam das seis às vinte e duas horas, sete dias por semana; que o Chefe {{r:Kang}} guardava os passaportes de todos num cofre; que o trabalhador coreano {{r:Sok Yong-bom}}, a quem os colegas chamavam "{{r:Bombom}}", lhe pediu ajuda em Janeiro; que o senhor {{r:Sok}} tinha uma ferida infectada na perna e que o senhor {{r:Kang}} não autorizou a ida ao {{u:Hospital Josina Machel}}; que o declarante levou o {{r:Bombom}} ao hospital no seu próprio carro, com o colega {{p:Adão Luvualu}}.

Mais declarou: que o intérprete da empresa, um senhor de apelido {{p:Ri}}, ameaçou o declarante; que o encarregado angolano, {{p:Francisco Mateus}}, conhecido por "{{p:Xico}}", viu tudo. Nada mais disse.

O inspector: {{p:Domingos Kiala Bento}}
O declarante: {{p:Manuel Tchipilica}}

---
[EN summary - {{p:Joana Ferreira}}, volunteer]
- {{p:Mané}} ({{p:Manuel Tchipilica}}) is our Angolan source; {{p:Xico}} has not answered.
- {{r:Sok Yong-bom}} later reached {{u:Seoul}} via {{u:Lisbon}}. {{r:Yong-bom}} confirms Chief {{r:Kang}} kept passports and that {{p:Ri}} the interpreter was the security man.
- The statue works around the memorial to {{u:Agostinho Neto}} were inaugurated under President {{u:José Eduardo dos Santos}}; the {{u:Mansudae}} team also built in {{u:Namibia}}, e.g. on {{u:Sam Nujoma Avenue}} in {{u:Windhoek}}.
- Company payments allegedly routed through {{u:Banco de Poupança e Crédito}}; check with {{p:Adão}}.""",
    },
    {
        "id": "h26-mixed-05",
        "language": "mixed",
        "eol": "mixed",
        "persons": [
            ("Son Kwang-ho", "손광호", "witness", ["Kwang-ho"]),
            ("Tae Chang-ryol", "태창렬", "supervisor", []),
        ],
        "note": "Equatorial Guinean labour appearance record in Spanish with a Korean translator's memo; witness surname Son beside the Spanish verb 'son', coworker surname Yo beside the pronoun 'yo', don/señor outside the marker, Spanish double surnames for Guinean officials; president, avenues, towns, hotel and ministry public.",
        "text": """{{u:REPÚBLICA DE GUINEA ECUATORIAL}}
{{u:Ministerio de Trabajo y Seguridad Social}} - Delegación Regional de {{u:Bioko Norte}}
ACTA DE COMPARECENCIA

En {{u:Malabo}}, a 4 de mayo de 2016, ante el inspector de trabajo {{p:Santiago Nsue Ondo}}, comparece don {{p:Pedro Esono Mba}}, encargado de obra de la empresa {{u:Construcciones Ekuke S.L.}} en la urbanización de {{u:Sipopo}}.

Declara: que en la obra trabajan veintiocho ciudadanos de la {{u:República Popular Democrática de Corea}}, bajo la dirección del señor {{r:Tae Chang-ryol}}; que el señor {{r:Tae}} cobra los salarios de todos en efectivo; que los trabajadores coreanos viven en contenedores junto a la {{u:Carretera de Luba}}; que el trabajador {{r:Son Kwang-ho}} se cayó de un andamio el 20 de abril. Preguntado por los nombres, dice: "Los que más recuerdo son {{r:Son}} y {{p:Yo}}. Son los dos que hablan algo de español." Añade que el señor {{p:Yo Chang-sik}} le dijo un día: "Yo no tengo pasaporte, lo tiene {{r:Tae}}."

Comparece también don {{p:Cipriano Ndong Esono}}, vigilante, quien confirma lo anterior y declara que el día del accidente el señor {{r:Tae}} impidió que llevaran a {{r:Son}} al {{u:Hospital La Paz}}.

Firmado: {{p:S. Nsue Ondo}}, inspector; {{p:P. Esono Mba}}, compareciente.

[번역자 메모 - {{p:오하늘}}]
- {{r:손광호}} = {{r:Son Kwang-ho}}. 스페인어 문장 "Son los dos..."의 son은 동사. 앞의 "{{r:Son}} y {{p:Yo}}"만 사람 이름.
- {{p:Yo}} = {{p:여창식}}. "Yo no tengo..."의 yo는 대명사 '나'.
- {{r:태창렬}} 반장은 {{u:말라보}}의 {{u:독립 대로}}({{u:Avenida de la Independencia}}) 근처 사무실에 있었다고 {{r:광호}} 씨가 말함.
- 현장 옆 {{u:Sofitel Malabo Sipopo Le Golf}} 호텔은 {{u:Teodoro Obiang Nguema Mbasogo}} 대통령 시절 정상회의용으로 지어짐.
- {{r:광호}} 씨는 2017년 {{u:바타}}를 거쳐 {{u:카메룬}}으로 나옴. {{r:태}} 반장은 지금도 {{u:적도기니}}에 있다고 함.""",
    },
    {
        "id": "h26-mixed-06",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Ri Un-gyong", "리은경", "witness", ["Un-gyong"]),
            ("Kim Pok-sil", "김복실", "supervisor", []),
            ("Hong Sol", "홍솔", "coworker", ["Sol"]),
        ],
        "note": "Interview notes in English with Korean quotations about a Kathmandu restaurant; one-syllable given name Sol with 이/아 suffixes, manager by surname plus 지배인, Nepali colleagues by given name, caste name and nickname; airport named after a king, Thamel, palace museum and stupa public.",
        "text": """INTERVIEW NOTES - KTM-03 (draft)
Interviewer: {{p:Yejin Baek}} ({{p:YB}}); notes typed by {{p:Arjun}}

W = {{r:Ri Un-gyong}} ({{r:리은경}}), b. 1993, {{u:Pyongyang}}. Waitress, {{u:Pyongyang Okryu Restaurant}}, {{u:Durbar Marg}}, {{u:Kathmandu}}, 2014-2017.

- Arrived via {{u:Air China}} through {{u:Beijing}}, landed {{u:Tribhuvan International Airport}}.
- Manager: {{r:Kim Pok-sil}}. W: "{{r:김복실}} 지배인은 웃는 얼굴로 때리는 사람이었어요." Always "{{r:김}} 지배인", never the given name.
- Co-worker closest to W: {{r:Hong Sol}}. W calls her "{{r:솔}}이". "{{r:솔}}아, 하고 부르면 뛰어왔어요." {{r:Sol}} played the gayageum at the evening show.
- Nepali staff: cook {{p:Ramesh Shrestha}}, dishwasher {{p:Bikash}}, cashier {{p:Sita Gurung}}. Driver {{p:Dawa Sherpa}}, called "Dai" (elder brother) by everyone. W: "{{p:다와}} 아저씨가 {{u:보드나트}}에 한 번 데려가 줬어요. {{r:김}} 지배인 몰래."
- Tips went to {{r:Kim}}; wages (USD 300 on paper) paid in cash to {{r:Kim Pok-sil}} by the Nepali owner, Mr {{p:Thapa}}.
- 2016: a South Korean customer, Mr. {{p:Jeong}} (W unsure of name), left a note in a menu. {{r:Kim}} found it. {{r:Un-gyong}} and {{r:Sol}} were locked in the storeroom for a night.
- W walked out one morning to {{u:Thamel}}, took a taxi to the {{u:UNHCR}} office. {{r:Hong}} stayed. W: "{{r:솔}}이한테 같이 가자고 못 했어요."
- W saw {{u:Narayanhiti Palace Museum}}, {{u:Kathmandu Durbar Square}} and {{u:Pashupatinath}} only from the bus.

FOLLOW-UP ({{p:YB}} to {{p:Arjun}}):
1. Ask {{p:Ramesh}} whether {{r:Hong Sol}} is still in {{u:Nepal}}.
2. {{p:Sita}}'s number from {{p:Dawa}}.
3. Do not contact the owner {{p:Thapa}}.""",
    },
    {
        "id": "h26-mixed-07",
        "language": "mixed",
        "eol": "lf",
        "persons": [
            ("Hwang Sun-hui", "황순희", "witness", ["黃順姬", "순희"]),
            ("Ko Chang-nam", "고창남", "supervisor", ["高昌男"]),
            ("Yom Kum-ju", "염금주", "coworker", ["금주"]),
        ],
        "note": "Research coding memo in Korean and English with coded segments; names in hanja and Hangul, coder initials private, surname 고 beside 고생 and given name 금주 beside the word for abstinence, mask after surname; factory, cities, brands and public figures public.",
        "text": """CODING MEMO #7 - 단둥 봉제공장 인터뷰 (코더: {{p:JW}}, {{p:SK}})
Project: women's garment work in {{u:Dandong}} / 연구책임: {{p:정소윤}} 교수

1. Name handling (이름 처리)
 - 인터뷰이 {{r:황순희}}({{r:黃順姬}}). 전사본에서 {{r:순희}}, "{{r:황}} 동무", 중국 서류의 {{r:黃順姬}} 모두 → [W07].
 - 공장 관리자 {{r:고창남}}({{r:高昌男}}). 여성들은 "{{r:고}} 부장" 이라 부름. 주의: "고생"의 고, "고향"의 고는 이름 아님.
 - 동료 {{r:염금주}}. "{{r:금주}}가 술을 끊었다"가 아니라 사람 이름. 술 "금주"와 구분할 것.
 - 중국인 사장 {{p:于海涛}}({{p:위하이타오}}), 통역 {{p:金}}○○ (조선족).

2. Coded segments (examples)
 [W07-031] "{{r:고창남}}이 '{{u:김정은}} 원수님께 드리는 선물'이라고 한 달치 월급을 가져갔어요." → CODE: WAGE_CONFISCATION
 [W07-044] "{{r:금주}}랑 나는 같은 기계였어요. {{r:금주}}가 손가락을 다쳤을 때 {{r:고}} 부장은 '고생했다' 한마디." → CODE: INJURY / NEGLECT
 [W07-052] "{{p:于}} 사장은 우리한테 {{u:Adidas}} 상표를 달게 했는데, 진짜인지는 몰라요." → CODE: SUPPLY_CHAIN (note: do not assert brand involvement; see {{u:Clean Clothes Campaign}} guidance)
 [W07-060] "{{u:신의주}}에서 {{u:압록강}} 건너 버스 타고 왔어요. 보위원 {{p:맹}}씨가 같이 왔어요." → CODE: RECRUITMENT
 [W07-071] "{{p:맹}} 보위원 이름은 {{p:맹철규}}인데 다들 '{{p:맹꽁이}}'라고." → nickname, private

3. Inter-coder notes
 - {{p:JW}} coded [W07-044] as INJURY only; {{p:SK}} added NEGLECT. Resolved by {{p:정소윤}} → both.
 - {{p:SK}}: "{{r:Hwang}}'s account of {{u:Xi Jinping}}'s 2019 visit to {{u:Pyongyang}} is hearsay, code as CONTEXT."
 - English abstract: W07 ({{r:Sun-hui}}) describes supervisor {{r:Ko}} and co-worker {{r:Kum-ju}}; the factory supplied {{u:Uniqlo}}-style basics to unknown buyers. Public bodies mentioned: {{u:UN Panel of Experts}}, {{u:Korea Hana Foundation}}.""",
    },
    {
        "id": "h26-mixed-08",
        "language": "mixed",
        "eol": "crlf",
        "persons": [
            ("Kim Chang-il", "김창일", "witness", ["Little Kim", "창일"]),
            ("Ri Tae-sik", "리태식", "supervisor", ["Big Ri", "Ли Тхэ Сик"]),
        ],
        "note": "Volunteer's field diary in English and Korean with emoji next to names, lowercase names, 'Little'/'Big' kept outside the marker, Russian diminutives (Galya, Seryozha), a soft hyphen inside one name; Lenin Street in Latin and Cyrillic, railway, river, towns public.",
        "text": """field diary - {{u:Tynda}} trip - {{p:Minji}} (volunteer)

day 1 🚆
arrived {{u:Tynda}} on the {{u:Baikal-Amur Mainline}} overnight from {{u:Neryungri}}. hostel on {{u:Lenin Street}} ({{u:улица Ленина}}), opposite the {{u:BAM Museum}}. {{p:Galina}} (owner, "call me {{p:Galya}}" 😊) knows where the Korean loggers buy rice.

day 2 🌲
met little {{r:kim}} = {{r:kim chang-il}} 🙏 at the market. 24 y.o., from {{u:Kilju}}. he says his brigade leader is {{r:Ri Tae-sik}}, everyone calls him big {{r:Ri}}. "big {{r:ri}} 무서워요 😨". {{r:창일}}이는 벌목장에서 2년째. 여권은 big {{r:Ri}}가 가지고 있음.
little {{r:Kim}} asked me not to write his name. i write it here only, diary stays with me. → transfer to key sheet, then delete ({{p:Hyun}} said so).

day 3 ❄️
{{p:Seryozha}} (truck driver, {{p:Sergei Malakhov}}) drove me to the turn-off for the camp. he knew big {{r:Ri}} too: "{{r:Ri}} - hard man, good vodka." {{p:Seryozha}} says the timber goes to {{u:Heihe}} across the {{u:Amur River}}.

day 4 📞
call with {{p:Hyun}} ({{p:현지훈}}) in {{u:Seoul}}. he wants photos of the {{u:Russian Railways}} timber yard, not of people. told him {{r:창일}} has a cough since Nov. {{p:Hyun}}: ask about {{p:To\u00adsik}}, the man who lost his foot last winter.

day 5 🙏
{{r:창일}} says {{p:Tosik}} is {{p:Ham To-sik}}, sent home in March. another logger, {{p:Jong}} ("we call him {{p:Jong}}-ajae"), joined us at the market; {{p:Jong}} didn't talk. little {{r:kim}} laughed for the first time when {{p:Galya}} gave him pelmeni 🥟.

day 6
bus to {{u:Blagoveshchensk}}. {{u:Lenin}} statue in the square, snow on his head. wrote up notes for {{p:Hyun}} and {{p:Dasom}}. big {{r:Ri}}'s full name confirmed by {{p:Seryozha}}: "{{r:Ли Тхэ Сик}}" on a timber invoice.""",
    },
]
